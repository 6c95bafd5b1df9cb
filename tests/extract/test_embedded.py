"""Pictures inside office packages are read by OCR when the package's own text is short: a scan
pasted into Word is not passed unread."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from scanner.config import Limits
from scanner.extract import ocr
from scanner.extract.registry import extract_document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def docx_with_picture(picture: Path, paragraphs: list[str]) -> bytes:
    import docx
    from docx.shared import Cm

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.add_picture(str(picture), width=Cm(16))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_scan_pasted_into_word_is_read(scanner) -> None:
    data = docx_with_picture(FIXTURES / "zh_separation_card_scan.png", [])
    v = scanner.scan_bytes("扫描件.docx", data)
    assert v.verdict in ("controlled", "review"), v.reasons
    assert v.categories == ("separation",)
    assert any(e.location.startswith("OCR image1.png") for e in v.evidence)
    assert any("embedded pictures read by OCR" in r for r in v.reasons)


def test_a_slide_that_is_one_photo_is_read(scanner) -> None:
    from pptx import Presentation
    from pptx.util import Cm

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    slide.shapes.add_picture(str(FIXTURES / "en_swarf_recycling_scan.png"), Cm(1), Cm(1), width=Cm(22))
    out = io.BytesIO()
    deck.save(out)
    v = scanner.scan_bytes("photo.pptx", out.getvalue())
    assert v.verdict in ("controlled", "review"), v.reasons


def test_logos_and_documents_with_text_are_not_ocred(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.effect_noise((120, 60), 80).save(logo)
    text = ["Minutes of the quarterly safety meeting. " * 20]
    doc = extract_document("minutes.docx", docx_with_picture(logo, text), Limits())
    assert not any("OCR" in n for n in doc.notes)


def test_pictures_without_ocr_make_the_document_unread(monkeypatch) -> None:
    monkeypatch.setenv("SCANNER_NO_EXTERNAL", "tesseract")
    ocr.engine.cache_clear()
    try:
        data = docx_with_picture(FIXTURES / "en_canteen_notice_scan.png", [])
        doc = extract_document("scan.docx", data, Limits())
        assert doc.unread and "OCR not available" in str(doc.unread[0])
    finally:
        monkeypatch.delenv("SCANNER_NO_EXTERNAL")
        ocr.engine.cache_clear()
