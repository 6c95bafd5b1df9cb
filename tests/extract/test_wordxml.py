"""The XML Word reader gives what python-docx gives, or hands the document to it.

Documents are written with python-docx and then edited part by part, so that each case is
exactly the XML under test; the fast reader's `Extracted` must equal python-docx's to the last
segment."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest
from docx import Document
from docx.enum.text import WD_BREAK

from scanner.config import Limits
from scanner.extract import docx as reader
from scanner.extract import wordxml
from scanner.extract.base import Source
from scanner.extract.wordxml import read_document
from tests.extract.packages import compare_readers, edit

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = "word/document.xml"


def document(vertical_merge: bool = False) -> bytes:
    """Properties; paragraphs with a tab, a line break and a page break; a table with a header
    row and a cell spanning two columns; a second section with its own header and first-page
    header; a footer."""
    doc = Document()
    doc.core_properties.title = "烧结工艺规程"
    doc.core_properties.author = "Li Wei"
    doc.add_paragraph("Sintering\tprocess card")
    run = doc.add_paragraph("vacuum sintering").add_run(" at 1060 °C")
    run.add_break(WD_BREAK.LINE)
    run.add_text("tempering 900 °C")
    run.add_break(WD_BREAK.PAGE)
    doc.add_paragraph("")
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate([["工序", "温度(℃)", "时间(h)"], ["烧结", "1060", "4"], ["回火", "900", "2"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 1).merge(table.cell(2, 2))
    table.cell(1, 0).add_paragraph("second line")
    if vertical_merge:
        table.cell(1, 0).merge(table.cell(2, 0))
    doc.sections[0].header.paragraphs[0].text = "Confidential — plant 2"
    doc.sections[0].footer.paragraphs[0].text = "page footer"
    section = doc.add_section()
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "annex header"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "annex first page"
    doc.add_paragraph("annex text")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def in_body(old: str, new: str) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        def replace(xml: str) -> str:
            assert old in xml, old
            return xml.replace(old, new, 1)

        return edit(data, BODY, replace)

    return change


ANNEX = "<w:t>annex text</w:t></w:r>"

# the fast reader reads these itself; both readers must give the same
SAME: dict[str, Callable[[bytes], bytes]] = {
    "paragraphs, breaks, a table with a span, sections": lambda d: d,
    "a hyperlink's runs": in_body(
        ANNEX,
        ANNEX
        + '<w:hyperlink r:id="rId99"><w:r><w:t xml:space="preserve"> see annex</w:t></w:r></w:hyperlink>',
    ),
    "a carriage return, a non-breaking hyphen, an absolute tab": in_body(
        ANNEX, "<w:t>annex</w:t><w:cr/><w:t>text</w:t><w:noBreakHyphen/><w:ptab/><w:t>x</w:t></w:r>"
    ),
    "a column break and a text-wrapping break": in_body(
        ANNEX, '<w:t>annex</w:t><w:br w:type="column"/><w:br w:type="textWrapping"/><w:t>text</w:t></w:r>'
    ),
    "a text of spaces alone": in_body(ANNEX, ANNEX + '<w:r><w:t xml:space="preserve">   </w:t></w:r>'),
    "an empty text element": in_body("<w:t>annex text</w:t>", "<w:t/>"),
    "a tracked insertion (python-docx reads past it)": in_body(
        ANNEX, ANNEX + "<w:ins w:id='1' w:author='x'><w:r><w:t>inserted</w:t></w:r></w:ins>"
    ),
    "a content control in the body (python-docx reads past it)": in_body(
        "<w:sectPr",
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>in a control</w:t></w:r></w:p></w:sdtContent></w:sdt><w:sectPr",
    ),
    "a table inside a cell (python-docx reads its cell's paragraphs only)": in_body(
        "<w:t>1060</w:t></w:r></w:p>",
        "<w:t>1060</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>nested</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    ),
    "a cell restarting a vertical merge": in_body("<w:tcPr>", '<w:tcPr><w:vMerge w:val="restart"/>'),
    "hidden runs in a table cell": in_body(
        "<w:t>1060</w:t></w:r>",
        "<w:t>10</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>q</w:t></w:r><w:r><w:t>60</w:t></w:r>",
    ),
    "hidden runs, one switched off, one in a hyperlink (read after the paragraph's other runs)": in_body(
        ANNEX,
        ANNEX + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>zz</w:t></w:r><w:r><w:t>more</w:t></w:r>"
        '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>shown</w:t></w:r>'
        '<w:hyperlink r:id="rId99"><w:r><w:rPr><w:vanish/></w:rPr><w:t>yy</w:t></w:r></w:hyperlink>',
    ),
    "hidden runs in a header (read after the header paragraph's other runs)": lambda d: edit(
        d,
        "word/header1.xml",
        lambda x: x.replace(
            "<w:t>Confidential — plant 2</w:t></w:r>",
            "<w:t>Confid</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>qq</w:t></w:r>"
            "<w:r><w:t>ential — plant 2</w:t></w:r>",
            1,
        ),
    ),
    "no core properties: python-docx's default title": lambda d: edit(
        edit(d, "docProps/core.xml", None),
        "_rels/.rels",
        lambda x: re.sub(r'<Relationship [^>]*Target="docProps/core.xml"/>', "", x),
    ),
}


@pytest.mark.parametrize("name", list(SAME))
def test_the_fast_reader_gives_what_python_docx_gives(name: str) -> None:
    data = SAME[name](document())
    compare_readers(read_document, reader.extract_docx, reader._extract_python_docx, data, "card.docx")


def test_what_it_reads() -> None:
    extracted = reader.extract_docx(Source("card.docx", document()))
    texts = [(str(s.location), s.text) for s in extracted.segments]
    assert ("metadata:title", "title: 烧结工艺规程") in texts
    assert any(t == "vacuum sintering at 1060 °C\ntempering 900 °C" for _, t in texts)
    assert any("烧结" in t and "second line" in t for _, t in texts)  # a cell's paragraphs, one row
    assert ("header (section 1)", "Confidential — plant 2") in texts
    assert ("header (section 2)", "annex header") in texts
    assert ("first page header (section 1)", "annex first page") in texts  # where python-docx put it
    assert ("footer (section 1)", "page footer") in texts
    assert not any("footer (section 2)" in where for where, _ in texts)  # linked to section 1's


# these go to python-docx, which reads them (or refuses them) as it always has
HANDED_OVER: dict[str, Callable[[bytes], bytes]] = {
    "a vertically merged cell": lambda d: document(vertical_merge=True),
    "a vertical merge continuing from no row above": in_body("<w:tcPr>", "<w:tcPr><w:vMerge/>"),
    "a break of an unknown type": in_body(ANNEX, ANNEX + '<w:r><w:br w:type="sideways"/></w:r>'),
    "a header reference to no part": lambda d: edit(
        d,
        BODY,
        lambda x: re.sub(r'(<w:headerReference w:type="default" r:id=")[^"]+', r"\1rId404", x, count=1),
    ),
    "a relationship to a missing part": lambda d: edit(d, "word/footer1.xml", None),
    "a macro-enabled document (python-docx refuses it)": lambda d: edit(
        d,
        "[Content_Types].xml",
        lambda x: x.replace(
            "officedocument.wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml"
        ),
    ),
    "not a zip": lambda d: d[: len(d) // 2],
}


@pytest.mark.parametrize("name", list(HANDED_OVER))
def test_what_the_fast_reader_hands_to_python_docx(name: str) -> None:
    data = HANDED_OVER[name](document())
    compare_readers(
        read_document, reader.extract_docx, reader._extract_python_docx, data, "card.docx", handed_over=True
    )


def test_a_vertically_merged_cell_is_read_by_python_docx_as_the_cell_above() -> None:
    extracted = reader.extract_docx(Source("card.docx", document(vertical_merge=True)))
    rows = [s.text for s in extracted.segments if s.location.table == 1]
    assert sum("烧结" in r for r in rows) == 2, rows  # the merged cell's text on both its rows


def test_an_ordinary_document_never_reaches_python_docx(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("python-docx was asked to open the document")

    monkeypatch.setattr(reader, "_open", refuse)
    assert reader.extract_docx(Source("card.docx", document())).segments
    assert wordxml.DEFAULT_PROPERTIES == {"title": "Word Document"}


def test_hidden_runs_are_read_after_the_words_they_split() -> None:
    data = in_body(
        ANNEX,
        "<w:t>an</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>zz</w:t></w:r><w:r><w:t>nex text</w:t></w:r>",
    )(document())
    texts = [s.text for s in reader.extract_docx(Source("card.docx", data, Limits())).segments]
    assert "annex text\nzz" in texts


def test_hidden_runs_in_a_header_are_read_after_its_words() -> None:
    data = SAME["hidden runs in a header (read after the header paragraph's other runs)"](document())
    texts = [s.text for s in reader.extract_docx(Source("card.docx", data, Limits())).segments]
    assert "Confidential — plant 2\nqq" in texts
