"""The XML deck reader gives what python-pptx gives, or hands the deck to it.

Decks are written with python-pptx and then edited part by part, so that each case is exactly
the XML under test; the fast reader's `Extracted` must equal python-pptx's to the last segment."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest
from pptx import Presentation
from pptx.util import Inches

from scanner.extract import pptx as reader
from scanner.extract import slidexml
from scanner.extract.base import Source
from scanner.extract.slidexml import read_deck
from tests.extract.packages import compare_readers, edit

A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def deck() -> bytes:
    """Three slides: title and body (a soft line break, an empty paragraph), notes; a table with
    a two-paragraph cell; a group holding a text box and a connector beside a plain shape."""
    prs = Presentation()
    prs.core_properties.title = "烧结工艺评审"
    prs.core_properties.author = "Li Wei"
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Sintering review"
    body = slide.placeholders[1].text_frame
    body.text = "vacuum sintering\vat 1060 °C"
    body.add_paragraph().text = ""
    body.add_paragraph().text = "tempering 900 °C"
    slide.notes_slide.notes_text_frame.text = "speaker notes: 回火两段"
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    table = slide.shapes.add_table(2, 3, Inches(1), Inches(2), Inches(6), Inches(1)).table
    for r, row in enumerate([["工序", "温度(℃)", "时间(h)"], ["烧结", "1060", "4"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 0).text_frame.add_paragraph().text = "second line"
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    group = slide.shapes.add_group_shape()
    group.shapes.add_textbox(Inches(1), Inches(1), Inches(2), Inches(1)).text_frame.text = "grouped text"
    group.shapes.add_connector(1, Inches(0), Inches(0), Inches(1), Inches(1))
    slide.shapes.add_shape(1, Inches(3), Inches(3), Inches(2), Inches(1)).text_frame.text = "a rectangle"
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def both(data: bytes):
    source = Source("deck.pptx", data)
    return reader.extract_pptx(source), reader._extract_python_pptx(data)


FIELD = (
    f'<a:fld xmlns:a="{A}" id="{{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}}" type="slidenum"><a:t>2</a:t></a:fld>'
)

# the fast reader reads these itself; both readers must give the same
SAME: dict[str, Callable[[bytes], bytes]] = {
    "text frames, a table, a group, notes": lambda d: d,
    "a field and a line break in a paragraph": lambda d: edit(
        d,
        "ppt/slides/slide3.xml",
        lambda x: x.replace("<a:t>a rectangle</a:t></a:r>", "<a:t>a rectangle</a:t></a:r><a:br/>" + FIELD),
    ),
    "a paragraph of a field alone": lambda d: edit(
        d, "ppt/slides/slide3.xml", lambda x: x.replace("<a:r><a:t>a rectangle</a:t></a:r>", FIELD)
    ),
    "an empty text element": lambda d: edit(
        d, "ppt/slides/slide3.xml", lambda x: x.replace("<a:t>a rectangle</a:t>", "<a:t/>")
    ),
    "no core properties: python-pptx's default title": lambda d: edit(
        edit(d, "docProps/core.xml", None),
        "_rels/.rels",
        lambda x: re.sub(r'<Relationship [^>]*Target="docProps/core.xml"/>', "", x),
    ),
    "a slide show": lambda d: edit(
        d,
        "[Content_Types].xml",
        lambda x: x.replace("presentationml.presentation.main+xml", "presentationml.slideshow.main+xml"),
    ),
    "a shape python-pptx leaves unread (alternate content)": lambda d: edit(
        d,
        "ppt/slides/slide3.xml",
        lambda x: x.replace(
            "</p:spTree>",
            '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            "<mc:Fallback/></mc:AlternateContent></p:spTree>",
        ),
    ),
}


@pytest.mark.parametrize("name", list(SAME))
def test_the_fast_reader_gives_what_python_pptx_gives(name: str) -> None:
    compare_readers(
        read_deck, reader.extract_pptx, reader._extract_python_pptx, SAME[name](deck()), "deck.pptx"
    )


def test_what_it_reads() -> None:
    extracted = reader.extract_pptx(Source("deck.pptx", deck()))
    texts = [(str(s.location), s.text) for s in extracted.segments]
    assert ("metadata:title", "title: 烧结工艺评审") in texts
    assert ("slide 1 notes", "speaker notes: 回火两段") in texts
    assert any(t == "vacuum sintering\vat 1060 °C" for _, t in texts)  # a soft break keeps words apart
    assert any("烧结" in t and "second line" in t for _, t in texts)  # a cell's paragraphs, one row
    assert any(t == "grouped text" for _, t in texts)


# these go to python-pptx, which reads them (or refuses them) as it always has
HANDED_OVER: dict[str, Callable[[bytes], bytes]] = {
    "a shape of no known type": lambda d: edit(
        d,
        "ppt/slides/slide3.xml",
        lambda x: re.sub(
            r'(name="Rectangle 4".*?)<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>', r"\1", x, flags=re.S
        ),
    ),
    "an external core-properties relationship": lambda d: edit(
        d,
        "_rels/.rels",
        lambda x: x.replace('Target="docProps/core.xml"', 'Target="docProps/core.xml" TargetMode="External"'),
    ),
    "a content part": lambda d: edit(
        d,
        "ppt/slides/slide3.xml",
        lambda x: x.replace("</p:spTree>", '<p:contentPart r:id="rId9"/></p:spTree>'),
    ),
    "a relationship to a missing part": lambda d: edit(d, "ppt/slides/slide2.xml", None),
    "a run without text": lambda d: edit(
        d, "ppt/slides/slide3.xml", lambda x: x.replace("<a:t>a rectangle</a:t>", "")
    ),
    "a template with macros (python-pptx refuses it)": lambda d: edit(
        d,
        "[Content_Types].xml",
        lambda x: x.replace(
            "openxmlformats-officedocument.presentationml.presentation.main+xml",
            "ms-powerpoint.template.macroEnabled.main+xml",
        ),
    ),
    "not a zip": lambda d: d[: len(d) // 2],
}


@pytest.mark.parametrize("name", list(HANDED_OVER))
def test_what_the_fast_reader_hands_to_python_pptx(name: str) -> None:
    data = HANDED_OVER[name](deck())
    compare_readers(
        read_deck, reader.extract_pptx, reader._extract_python_pptx, data, "deck.pptx", handed_over=True
    )


def test_an_ordinary_deck_never_reaches_python_pptx(monkeypatch) -> None:
    import pptx

    def refuse(*args, **kwargs):
        raise AssertionError("python-pptx was asked to open the deck")

    monkeypatch.setattr(pptx, "Presentation", refuse)
    assert reader.extract_pptx(Source("deck.pptx", deck())).segments
    assert slidexml.DEFAULT_PROPERTIES == {"title": "PowerPoint Presentation"}


def test_words_either_side_of_a_soft_line_break_stay_apart(scanner) -> None:
    """A title broken with Shift+Enter ("Vacuum sintering⏎of NdFeB …") was read as its runs
    glued together ("sinteringof"): the stage term went unseen. Both readers keep the break."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Process card"
    slide.placeholders[
        1
    ].text_frame.text = (
        "Vacuum sintering\vof NdFeB green compacts\vat 1060 ℃ for 4 h,\vtempering 900 ℃ 2 h then 480 ℃ 3 h"
    )
    out = io.BytesIO()
    prs.save(out)
    data = out.getvalue()
    fast, reference = both(data)
    assert fast == reference
    assert any("sintering\vof" in s.text for s in fast.segments)
    verdict = scanner.scan_bytes("card.pptx", data)
    assert any("sintering" in e.snippet.lower() for e in verdict.evidence), verdict.evidence
