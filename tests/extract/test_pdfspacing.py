"""A PDF whose glyphs are placed one by one at an even pitch is read as words (found by an
exploratory test: PDFium cut "Work instruction" into "Wor k i nst r uct i on", the lexicon
matched nothing, and a recipe so drawn came out clear)."""

from __future__ import annotations

import pytest

from scanner.config import Limits
from scanner.extract.pdfspacing import looks_broken
from scanner.extract.registry import extract_document
from tests.extract.pdfs import numbered_pdf

LINES = [
    "Work instruction WI-EL-03: PrNd metal by molten-salt electrolysis",
    "Electrolyte: PrNdF3 88 wt% - LiF 12 wt%, oxide feed Pr6O11/Nd2O3 mixture.",
    "Cell: 6 kA round cell, graphite anode, tungsten cathode, molybdenum crucible.",
    "Operating temperature 1050 deg C; cathode current density 6.5 A/cm2; cell voltage 10 V.",
]
COVER = "Company newsletter: canteen menu and sports day."


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _pdf(content: str, font: str = "Helvetica") -> bytes:
    stream = content.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        f"<< /Type /Font /Subtype /Type1 /BaseFont /{font} >>".encode(),
        f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
    ]
    return numbered_pdf(objects, "1.4")


def per_glyph(pitch: float, font: str = "Helvetica") -> bytes:
    """The cover line set normally, then each line's glyphs one text object each, `pitch`
    points apart, a word gap an empty place."""
    content = f"BT /F1 12 Tf 72 740 Td ({_escaped(COVER)}) Tj ET\n"
    for row, line in enumerate(LINES):
        x = 72.0
        for ch in line:
            if ch != " ":
                content += f"BT /F1 9 Tf {x:.2f} {700 - row * 14} Td ({_escaped(ch)}) Tj ET\n"
            x += pitch
    return _pdf(content, font)


def set_normally() -> bytes:
    content = f"BT /F1 12 Tf 72 740 Td ({_escaped(COVER)}) Tj ET\n"
    for row, line in enumerate(LINES):
        content += f"BT /F1 9 Tf 72 {700 - row * 14} Td ({_escaped(line)}) Tj ET\n"
    return _pdf(content)


def _text(data: bytes) -> str:
    return "\n".join(s.text for s in extract_document("page.pdf", data, Limits()).segments)


@pytest.mark.parametrize(
    ("data", "font"),
    [
        (per_glyph(5.0), "Helvetica"),
        (per_glyph(5.4, "Times-Roman"), "Times-Roman"),
        (per_glyph(5.4), "Courier"),
    ],
    ids=["helvetica-5pt", "times-5.4pt", "courier"],
)
def test_glyphs_at_an_even_pitch_are_read_as_words(data: bytes, font: str) -> None:
    text = _text(data)
    for line in LINES:
        assert line in text, text
    assert COVER in text  # the normally set line is left as PDFium reads it


def test_a_normally_set_page_is_read_as_pdfium_reads_it() -> None:
    text = _text(set_normally())
    assert all(line in text for line in [COVER, *LINES])


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("Wor k i nst r uct i on WI - EL- 03: Pr Nd met al by mol t en- sal t el ect r ol ysi s " * 2, True),
        (
            "The canteen will close at 14:00 on Friday for cleaning; lunch is served in the hall instead.",
            False,
        ),
        ("a b", False),  # too few words to tell
    ],
)
def test_only_a_page_that_looks_broken_is_looked_at_glyph_by_glyph(text: str, broken: bool) -> None:
    assert looks_broken(text) is broken


def test_a_normally_set_page_of_units_is_left_as_it_is() -> None:
    """Process notes full of units look broken to the cheap test (one- and two-letter words);
    their glyphs keep no one pitch, so PDFium's text stands."""
    import pypdfium2

    from scanner.extract.pdfspacing import respaced

    pdf = pypdfium2.PdfDocument(set_normally())
    textpage = pdf[0].get_textpage()
    try:
        assert respaced(textpage, textpage.get_text_range()) is None
    finally:
        textpage.close()
        pdf.close()
