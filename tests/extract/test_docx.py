"""DOCX reading: the opener that leaves styles, settings and numbering unparsed reads what
python-docx's own `docx.Document` reads, headers included."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from scanner.config import Limits
from scanner.extract import docx as reader
from scanner.extract.registry import extract_document
from tests.conftest import REAL_WORLD

ROOT = Path(__file__).resolve().parents[2]


def _two_sections() -> bytes:
    import docx
    from docx.enum.section import WD_SECTION

    document = docx.Document()
    document.core_properties.title = "Line upgrade"
    document.add_heading("Quarterly review", level=1)
    document.add_paragraph("Budget and travel.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "item", "amount"
    table.cell(1, 0).text, table.cell(1, 1).text = "canteen", "120"
    first = document.sections[0]
    first.header.paragraphs[0].text = "Internal - header one"
    first.footer.paragraphs[0].text = "page footer"
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph("Second section text.")
    second = document.sections[1]
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "header two"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _with_python_docx(data: bytes, monkeypatch: pytest.MonkeyPatch):
    """The extraction with python-docx's own opener (every part parsed)."""
    import docx

    with monkeypatch.context() as m:
        m.setattr(reader, "_open", lambda b: docx.Document(io.BytesIO(b)))
        return extract_document("x.docx", data, Limits())


def _docx_files() -> list[Path]:
    dirs = [ROOT / "samples", ROOT / "corpora", REAL_WORLD]
    return sorted(p for d in dirs if d.is_dir() for p in d.rglob("*.docx"))[:40]


def test_headers_of_every_section_and_the_body_are_read() -> None:
    doc = extract_document("x.docx", _two_sections(), Limits())
    texts = [(s.text, s.location.part) for s in doc.segments]
    assert ("Internal - header one", "header (section 1)") in texts
    assert ("page footer", "footer (section 1)") in texts
    assert ("header two", "header (section 2)") in texts
    assert any(t == "Second section text." for t, _ in texts)
    assert doc.metadata.get("title") == "Line upgrade"


def test_reads_what_python_docx_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    files = [("two-sections.docx", _two_sections())] + [(str(p), p.read_bytes()) for p in _docx_files()]
    assert len(files) > 5
    for name, data in files:
        ours = extract_document(name, data, Limits())
        theirs = _with_python_docx(data, monkeypatch)
        assert ours.segments == theirs.segments, name
        assert ours.skipped == theirs.skipped, name
        assert ours.metadata == theirs.metadata, name


def test_a_header_python_docx_would_invent_is_blank() -> None:
    """The first section's undefined headers are skipped: python-docx would add them from its
    template, which holds no text."""
    from docx.parts.hdrftr import FooterPart, HeaderPart

    assert b"<w:t" not in HeaderPart._default_header_xml()
    assert b"<w:t" not in FooterPart._default_footer_xml()


def test_styles_are_left_unparsed() -> None:
    from docx.opc.part import XmlPart

    document = reader._open(_two_sections())
    styles = [p for p in document.part.package.iter_parts() if p.partname.endswith("styles.xml")]
    assert styles and not any(isinstance(p, XmlPart) for p in styles)


def test_a_route_with_hidden_junk_between_its_letters_is_flagged(scanner) -> None:
    """Hidden runs (`w:vanish`) put between the letters of each word: Word shows the route."""
    route = (
        "Sintered NdFeB magnet process specification. Strip casting of the alloy at 1450 C, hydrogen "
        "decrepitation, jet milling to 3.2 um, pressing at 1.8 T, vacuum sintering at 1060 C for 4 h."
    )
    document = Document()
    paragraph = document.add_paragraph()
    for letter in route:
        paragraph.add_run(letter)
        paragraph.add_run("q").font.hidden = True
    buffer = io.BytesIO()
    document.save(buffer)
    assert scanner.scan_bytes("route.docx", buffer.getvalue()).verdict == "controlled"
