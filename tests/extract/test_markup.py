"""Fixed-layout pages (OFD, XPS) whose text is drawn from a font's glyph numbers: what a viewer
shows is not in the text codes, so the page is not read in full (found by an exploratory test:
an OFD and an XPS drawing a recipe that way came out clear)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from scanner.config import Limits
from scanner.extract.markup import glyph_gap
from scanner.extract.registry import extract_document

OFD = "http://www.ofdspec.org/2016"


@pytest.mark.parametrize(
    ("page", "gap"),
    [
        (f'<ofd:Page xmlns:ofd="{OFD}"><ofd:TextObject><ofd:CGTransform CodePosition="0" CodeCount="1" '
         'GlyphCount="3"><ofd:Glyphs>17 18 19</ofd:Glyphs></ofd:CGTransform><ofd:TextCode>*</ofd:TextCode>'
         "</ofd:TextObject></ofd:Page>", True),
        ('<FixedPage><Glyphs FontUri="/f.ttf" Indices="300;301;302" OriginX="1"/></FixedPage>', True),
        ('<FixedPage><Glyphs UnicodeString="Sintering 1060 C" Indices="300;301"/></FixedPage>', False),
        (f'<ofd:Page xmlns:ofd="{OFD}"><ofd:TextObject><ofd:TextCode>烧结</ofd:TextCode></ofd:TextObject>'
         "</ofd:Page>", False),
        ("<note>Glyphs and indices are words here</note>", False),
        ('<FixedPage><Glyphs UnicodeString="" Indices="300;301;302"/></FixedPage>', True),
        ('<FixedPage><Glyphs UnicodeString="{}" Indices="300;301;302"/></FixedPage>', True),
        ('<FixedPage><Glyphs UnicodeString="." Indices="3;4;5;6;7;8"/></FixedPage>', True),
    ],
)  # fmt: skip
def test_glyph_gap(page: str, gap: bool) -> None:
    assert (glyph_gap(page) is not None) is gap


def _zip(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return out.getvalue()


def test_an_xps_page_of_glyph_numbers_is_a_gap_even_without_an_xml_declaration() -> None:
    page = '<FixedPage xmlns="http://schemas.microsoft.com/xps/2005/06"><Glyphs Indices="3;4"/></FixedPage>'
    doc = extract_document("1.fpage", page.encode(), Limits())
    assert [s.where for s in doc.skipped] == ["glyphs"]


def test_an_ofd_drawing_text_from_glyphs_goes_to_review(scanner) -> None:
    page = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD}"><ofd:Content><ofd:Layer>'
        '<ofd:TextObject ID="4"><ofd:CGTransform CodePosition="0" CodeCount="1" GlyphCount="2">'
        "<ofd:Glyphs>17 18</ofd:Glyphs></ofd:CGTransform><ofd:TextCode>*</ofd:TextCode></ofd:TextObject>"
        "</ofd:Layer></ofd:Content></ofd:Page>"
    )
    data = _zip({"OFD.xml": f'<ofd:OFD xmlns:ofd="{OFD}"/>', "Doc_0/Pages/Page_0/Content.xml": page})
    verdicts = {v.path: v for v in scanner.scan_bytes_all("invoice.ofd", data)}
    assert verdicts["invoice.ofd"].verdict == "review"
    assert verdicts["invoice.ofd!Doc_0/Pages/Page_0/Content.xml"].verdict == "review"


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _svg(shapes: int, extra: str = "") -> bytes:
    paths = "".join(f'<path d="M{i} 0 L{i} 10 L{i + 1} 10 Z"/>' for i in range(shapes))
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="200">{extra}{paths}</svg>'.encode()


def test_an_svg_of_many_shapes_and_no_text_is_drawn_and_read_by_ocr(scanner, monkeypatch) -> None:
    """Text exported as outlines (one path a glyph) is drawn by LibreOffice and read by OCR, as a
    PDF page of many paths is (found by an exploratory test: such an SVG of a recipe came out
    clear). LibreOffice's drawing is stood in for by a scan of a separation card."""
    from scanner.extract import external

    drawn = []

    def convert(data: bytes, suffix: str, target: str, timeout: float) -> bytes:
        drawn.append((suffix, target))
        return (FIXTURES / "zh_separation_card_scan.png").read_bytes()

    monkeypatch.setattr(external, "libreoffice_convert", convert)
    v = scanner.scan_bytes("flow.svg", _svg(60))
    assert drawn == [(".svg", "png")]
    assert v.verdict in ("controlled", "review") and "separation" in v.categories, v.reasons


@pytest.mark.parametrize(
    ("data", "drawn", "gap"),
    [
        (_svg(10), False, False),  # an icon: a few shapes
        # its own text is read
        (_svg(60, "<text x='1' y='1'>Quarterly meeting room plan, floor 3</text>"), False, False),
        (_svg(60, "<image href='http://example.com/a.png'/>"), False, True),  # not drawn: it would fetch
        # a character reference is the scheme to a renderer (found by an exploratory test: the
        # OCR of a local file's picture came into the report)
        (_svg(60, "<image href='&#102;ile:///etc/secret.png'/>"), False, True),
        (_svg(60, "<image href='file&#58;///etc/secret.png'/>"), False, True),
        (_svg(60, "<image href='../secret.png'/>"), False, True),
    ],
)  # fmt: skip
def test_which_svgs_are_drawn(monkeypatch, data: bytes, drawn: bool, gap: bool) -> None:
    from scanner.extract import external

    calls = []
    monkeypatch.setattr(external, "libreoffice_convert", lambda *a: calls.append(a) or b"")
    doc = extract_document("plan.svg", data, Limits())
    assert bool(calls) is drawn
    assert any(s.where == "drawing" for s in doc.skipped) is gap
