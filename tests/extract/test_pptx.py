"""PPTX: slides, tables, notes and properties, in both languages; slide shows; encryption."""

from __future__ import annotations

import io

import pytest

from scanner.config import Limits
from scanner.extract.errors import ExtractionError
from scanner.extract.registry import extract_document


def make_pptx(slides: list[tuple[str, list[str]]], notes: str = "", table=None, title: str = "") -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    deck.core_properties.title = title
    for heading, bullets in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = heading
        body = slide.placeholders[1].text_frame
        body.text = bullets[0]
        for line in bullets[1:]:
            body.add_paragraph().text = line
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    if table:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        shape = slide.shapes.add_table(len(table), len(table[0]), Inches(1), Inches(1), Inches(6), Inches(2))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                shape.table.cell(r, c).text = value
    buf = io.BytesIO()
    deck.save(buf)
    return buf.getvalue()


def test_slides_notes_tables_and_locations() -> None:
    data = make_pptx(
        [("烧结工艺培训", ["真空烧结 1060℃×4 h", "二级回火 500℃×3 h"])],
        notes="讲解时强调氢破脱氢温度 550℃",
        table=[["工序", "温度(℃)"], ["回火", "500"]],
        title="NdFeB training",
    )
    doc = extract_document("training.pptx", data, Limits())
    located = {s.text: str(s.location) for s in doc.segments}
    assert located["真空烧结 1060℃×4 h"] == "slide 1, paragraph 1"
    assert located["讲解时强调氢破脱氢温度 550℃"] == "slide 1 notes"
    assert "工序: 回火 | 温度(℃): 500" in located
    assert located["title: NdFeB training"] == "metadata:title"


def test_controlled_and_clear_decks(scanner) -> None:
    controlled = make_pptx(
        [
            (
                "PrNd/Ce split - line 2",
                [
                    "P507 1.5 mol/L, saponification 36 %",
                    "Extraction 42 stages, scrubbing 18 stages, O/A = 1:1.5",
                    "Oxalate precipitation 60 °C, calcination 900 °C 2 h",
                ],
            ),
        ],
        notes="Strip liquor 0.9 mol/L PrNd chloride; TREO >= 99 %.",
    )
    clear = make_pptx([("Q3 sales review", ["Revenue up 4 %", "New customers in Europe"])])
    assert scanner.scan_bytes("sx.pptx", controlled).verdict in ("controlled", "review")
    assert scanner.scan_bytes("sales.pptx", clear).verdict == "clear"


def test_slide_show_is_read_like_a_presentation() -> None:
    import zipfile

    data = make_pptx([("Slide", ["hello world"])])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zf, zipfile.ZipFile(out, "w") as target:
        for item in zf.infolist():
            body = zf.read(item.filename)
            if item.filename == "[Content_Types].xml":
                body = body.replace(
                    b"presentationml.presentation.main+xml", b"presentationml.slideshow.main+xml"
                )
            target.writestr(item, body)
    doc = extract_document("show.ppsx", out.getvalue(), Limits())
    assert any(s.text == "hello world" for s in doc.segments)


def test_encrypted_office_file_is_named() -> None:
    fake = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100 + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(ExtractionError, match="encrypted Office document"):
        extract_document("secret.pptx", fake, Limits())


@pytest.mark.parametrize("where", ["layout", "master"])
def test_text_on_a_slide_layout_or_master_is_read(where: str) -> None:
    """A text box on the layout or the master is drawn on every slide that uses it."""
    import io

    from pptx import Presentation
    from pptx.util import Inches

    from scanner.config import Limits
    from scanner.extract.registry import extract_document

    deck = Presentation()
    layout = deck.slide_layouts[6]
    slide = deck.slides.add_slide(layout)
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(2))
    box.text_frame.text = "烧结温度 1060 °C 保温 4 h"
    holder = layout if where == "layout" else deck.slide_master
    holder.shapes._spTree.append(box._element)  # python-pptx adds shapes to slides only: moved
    out = io.BytesIO()
    deck.save(out)
    doc = extract_document("deck.pptx", out.getvalue(), Limits())
    found = [str(s.location) for s in doc.segments if "1060" in s.text]
    assert found and found[0].startswith(f"slide {where}"), found


def test_layouts_of_placeholders_only_give_no_text() -> None:
    """A default deck's layouts and master hold placeholder prompts ('Click to edit Master
    title style'), which no slide shows: nothing of them is read."""
    import io

    from pptx import Presentation

    from scanner.extract import ooxmlrest

    deck = Presentation()
    deck.slides.add_slide(deck.slide_layouts[0])
    out = io.BytesIO()
    deck.save(out)
    segments, skipped = ooxmlrest.rest(out.getvalue(), "pptx")
    assert not [s for s in segments if str(s.location).startswith("slide ")] and not skipped
