"""Nothing passes unread: a failure injected into each reader (a page, a sheet, a slide, a part,
a picture, OCR) or a limit reached turns a `clear` document into `review`, with a typed `Skip`
and a "not inspected:" reason. Each case is first scanned without the failure, to show it is
clear then (so the test can fail)."""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from scanner.config import Limits, ScanConfig
from scanner.extract import ocr, slidexml
from scanner.extract.base import Source
from scanner.pipeline import Scanner
from tests.extract.pdfs import numbered_pdf

INNOCUOUS = [
    "Minutes of the canteen committee, March.",
    "The menu will change on Monday; vegetarian dishes are served on Wednesday.",
    "Please return trays to the racks near the exit.",
]
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def pdf_bytes(pages: int = 2) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for number in range(pages):
        pdf.add_page()
        for line in INNOCUOUS:
            pdf.cell(0, 10, f"{line} (page {number + 1})", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def docx_bytes(picture: Path | None = None) -> bytes:
    import docx
    from docx.shared import Cm

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Canteen committee"
    for line in INNOCUOUS * 4:
        document.add_paragraph(line)
    if picture is not None:
        document.add_picture(str(picture), width=Cm(12))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx_bytes() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Menu"
    for row, line in enumerate(INNOCUOUS, start=1):
        sheet.cell(row=row, column=1, value=line)
    second = book.create_sheet("Rota")
    second["A1"] = "Monday: team A"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def pptx_bytes() -> bytes:
    from pptx import Presentation
    from pptx.util import Cm

    deck = Presentation()
    for line in INNOCUOUS:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        slide.shapes.add_textbox(Cm(1), Cm(1), Cm(20), Cm(3)).text_frame.text = line
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def odt_bytes() -> bytes:
    body = "".join(f"<text:p>{line}</text:p>" for line in INNOCUOUS)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        f"{body}</office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
        zf.writestr("styles.xml", '<?xml version="1.0"?><office:document-styles/>')
    return out.getvalue()


def comsol_bytes() -> bytes:
    """A COMSOL model file (.mph: a zip of XML and text parts)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("fileinfo.xml", '<?xml version="1.0"?><fileInfo version="6.1"/>')
        zf.writestr(
            "dmodel.xml", "<model>" + "".join(f"<note>{line}</note>" for line in INNOCUOUS) + "</model>"
        )
        zf.writestr("savepoint1/model.xml", "<model><param>canteen menu version 3</param></model>")
    return out.getvalue()


def hdf5_bytes() -> bytes:
    import h5py

    out = io.BytesIO()
    with h5py.File(out, "w") as handle:
        for index, line in enumerate(INNOCUOUS):
            handle.create_dataset(f"note_{index}", data=line.encode())
    return out.getvalue()


def text_picture(path: Path, lines: list[str], mode: str = "L") -> Path:
    image = Image.new("L", (1400, 120 + 60 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((40, 40 + 60 * index), line, fill=0, font_size=36)
    image.convert(mode).save(path)
    return path


def _raise(exc: Exception) -> Callable:
    def boom(*args, **kwargs):
        raise exc

    return boom


def _break_zip_part(monkeypatch, suffix: str) -> None:
    real = zipfile.ZipFile.read

    def read(self, name, pwd=None):
        filename = getattr(name, "filename", name)
        if str(filename).endswith(suffix):
            raise zipfile.BadZipFile(f"Bad CRC-32 for file {filename!r}")
        return real(self, name, pwd)

    monkeypatch.setattr(zipfile.ZipFile, "read", read)


def _inject_pdf_page(monkeypatch) -> None:
    import pypdfium2

    real = pypdfium2.PdfPage.get_textpage
    calls = {"n": 0}

    def get_textpage(self):
        calls["n"] += 1
        if calls["n"] == 2:
            raise pypdfium2.PdfiumError("Failed to load text page")
        return real(self)

    monkeypatch.setattr(pypdfium2.PdfPage, "get_textpage", get_textpage)


def _inject_docx_header(monkeypatch) -> None:
    """A header neither reader can read: the XML reader hands the document to python-docx (as
    it does a header reference to no part), which stops at the header."""
    import docx.section

    from scanner.extract import wordxml

    monkeypatch.setattr(wordxml, "read_document", _raise(wordxml.Unsupported("no header part")))
    monkeypatch.setattr(docx.section.Section, "header", property(_raise(KeyError("rId9"))))


def _inject_xlsx_sheet(monkeypatch) -> None:
    """A sheet neither reader can read: the XML reader hands the workbook to openpyxl, which
    stops at the sheet."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    from scanner.extract import sheetxml

    real = ReadOnlyWorksheet.iter_rows
    real_fast = sheetxml.Workbook.rows

    def rows(self, part):
        if dict((p, t) for t, p in self.sheets)[part] == "Rota":
            raise sheetxml.Unsupported("broken sheet XML")
        return real_fast(self, part)

    monkeypatch.setattr(sheetxml.Workbook, "rows", rows)

    def iter_rows(self, *args, **kwargs):
        if self.title == "Rota":
            raise ValueError("broken sheet XML")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ReadOnlyWorksheet, "iter_rows", iter_rows)


def _inject_pptx_slide(monkeypatch) -> None:
    """A slide neither reader can read: the XML reader hands the deck to python-pptx, which
    stops at the slide."""
    monkeypatch.setattr("scanner.extract.slidexml.read_deck", _raise(slidexml.Unsupported("bad shape")))
    monkeypatch.setattr("scanner.extract.pptx._slide_segments", _raise(AttributeError("bad shape")))


def _inject_ocr(module: str) -> Callable:
    def inject(monkeypatch) -> None:
        monkeypatch.setattr(f"scanner.extract.{module}.read_page", _raise(ocr.OcrFailed("tesseract crashed")))

    return inject


def _no_injection(monkeypatch) -> None:
    return None


def _limits(**kwargs) -> Callable[[], Limits]:
    return lambda: Limits(**kwargs)


needs_ocr = pytest.mark.skipif(
    ocr.engine() is None, reason="needs Tesseract (tools/install-system-packages.sh)"
)

# (case, file name, bytes builder, failure injected, limits that make the reader stop short)
CASES = [
    ("pdf page fails", "minutes.pdf", pdf_bytes, _inject_pdf_page, None),
    ("pdf page limit", "minutes.pdf", pdf_bytes, _no_injection, _limits(max_pdf_pages=1)),
    ("docx header fails", "minutes.docx", docx_bytes, _inject_docx_header, None),
    ("xlsx sheet fails", "menu.xlsx", xlsx_bytes, _inject_xlsx_sheet, None),
    ("xlsx cell limit", "menu.xlsx", xlsx_bytes, _no_injection, _limits(max_sheet_cells=2)),
    (
        "pptx slide fails",
        "menu.pptx",
        pptx_bytes,
        _inject_pptx_slide,
        None,
    ),
    ("odt part fails", "minutes.odt", odt_bytes, lambda mp: _break_zip_part(mp, "styles.xml"), None),
    ("comsol part fails", "canteen.mph", comsol_bytes, lambda mp: _break_zip_part(mp, "/model.xml"), None),
    (
        "hdf5 object limit",
        "notes.h5",
        hdf5_bytes,
        lambda mp: mp.setattr("scanner.extract.hdf5.MAX_OBJECTS", 1),
        None,
    ),
    (
        "text limit",
        "minutes.txt",
        lambda: ("\n".join(INNOCUOUS * 50)).encode(),
        _no_injection,
        _limits(max_text_chars=500),
    ),
]


@pytest.mark.parametrize(("case", "name", "build", "inject", "limits"), CASES, ids=[c[0] for c in CASES])
def test_a_reader_that_stops_short_never_gives_clear(monkeypatch, case, name, build, inject, limits) -> None:
    data = build()
    scanner = Scanner(ScanConfig(use_model=False))
    assert scanner.scan_bytes(name, data).verdict == "clear", "the document itself is innocuous"
    if limits is not None:
        scanner = Scanner(ScanConfig(use_model=False, limits=limits()))
    with monkeypatch.context() as mp:
        inject(mp)
        v = scanner.scan_bytes(name, data)
    assert v.verdict == "review", (case, v.reasons, v.error)
    assert v.skipped and all(s.unread for s in v.skipped), v.skipped
    assert any(r.startswith("not inspected: ") for r in v.reasons)


@needs_ocr
@pytest.mark.parametrize("module", ["image", "embedded"])
def test_ocr_failing_on_a_picture_never_gives_clear(monkeypatch, tmp_path, module) -> None:
    picture = text_picture(tmp_path / "notice.png", INNOCUOUS)
    name, data = (
        ("notice.png", picture.read_bytes()) if module == "image" else ("m.docx", docx_bytes(picture))
    )
    scanner = Scanner(ScanConfig(use_model=False))
    assert scanner.scan_bytes(name, data).verdict == "clear"
    _inject_ocr(module)(monkeypatch)
    v = scanner.scan_bytes(name, data)
    assert v.verdict == "review", v.reasons
    assert any("tesseract crashed" in r for r in v.reasons)


RECIPE = [
    "WI-118 sintering work instruction, NdFeB N52 green compacts",
    "Vacuum sintering 1060 C for 4 h, argon quench",
    "First tempering 900 C 2 h, second tempering 500 C 3 h",
    "Jet milling to D50 3.2 um after hydrogen decrepitation",
]


@needs_ocr
@pytest.mark.parametrize(
    ("mode", "agenda_lines"),
    [("1", 0), ("1", 12), ("L", 12)],
    ids=["small 1-bit scan alone", "1-bit scan after agenda text", "grey scan after agenda text"],
)
def test_a_scanned_work_instruction_in_a_docx_is_read(scanner, tmp_path, mode, agenda_lines) -> None:
    picture = text_picture(tmp_path / "wi.png", RECIPE, mode)
    if mode == "1":
        assert picture.stat().st_size < 15_000  # under the old byte-size cut for icons
    import docx
    from docx.shared import Cm

    document = docx.Document()
    for index in range(agenda_lines):
        document.add_paragraph(f"Agenda item {index + 1}: canteen, parking and the summer outing.")
    document.add_picture(str(picture), width=Cm(16))
    out = io.BytesIO()
    document.save(out)
    v = scanner.scan_bytes("agenda.docx", out.getvalue())
    assert v.verdict in ("controlled", "review"), v.reasons
    assert "magnet-manufacturing" in v.categories, v.reasons


def test_undecodable_and_vector_pictures_are_recorded(monkeypatch, tmp_path) -> None:
    """A picture that cannot be decoded, and an EMF that cannot be converted, are gaps."""
    monkeypatch.setenv("SCANNER_NO_EXTERNAL", "soffice,libreoffice")
    out = io.BytesIO()
    base = docx_bytes()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("word/media/image1.png", b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 400)
        dst.writestr("word/media/image2.emf", b"\x01\x00\x00\x00" + b"\x00" * 36 + b" EMF" + b"\x00" * 200)
    v = Scanner(ScanConfig(use_model=False)).scan_bytes("m.docx", out.getvalue())
    assert v.verdict == "review", v.reasons
    where = {s.where: s.kind for s in v.skipped}
    assert where == {
        "embedded picture image1.png": "unreadable",
        "embedded picture image2.emf": "not-inspected",
    }


def pdf_with_image(
    filter_name: str, data: bytes, width: int = 1200, height: int = 1600, parms: str = ""
) -> bytes:
    """A one-page PDF whose page is one picture, stored with the given filter."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray "
        f"/BitsPerComponent 1 /Filter /{filter_name} {parms} /Length {len(data)} >>\nstream\n".encode()
        + data
        + b"\nendstream",
    ]
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    objects.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
    return numbered_pdf(objects)


GARBAGE = bytes(random.Random(7).randrange(256) for _ in range(5000))


@needs_ocr
@pytest.mark.parametrize(
    ("case", "data", "expected"),
    [
        ("garbage JBIG2", pdf_with_image("JBIG2Decode", GARBAGE), "JBIG2Decode data"),
        (
            "garbage CCITT G4",
            pdf_with_image(
                "CCITTFaxDecode", GARBAGE, parms="/DecodeParms << /K -1 /Columns 1200 /Rows 1600 >>"
            ),
            "cannot be decoded",
        ),
        ("garbage JPEG", pdf_with_image("DCTDecode", GARBAGE), "DCTDecode data"),
        (
            "picture bomb",
            pdf_with_image("FlateDecode", zlib.compress(b"\0" * 1000), width=60_000, height=60_000),
            "over the image limit",
        ),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else "",
)
def test_an_image_page_that_cannot_be_decoded_is_not_no_text(case, data, expected) -> None:
    v = Scanner(ScanConfig(use_model=False)).scan_bytes("scan.pdf", data)
    assert v.verdict == "review", (case, v.reasons)
    assert any(expected in r for r in v.reasons), v.reasons


@needs_ocr
def test_a_blank_scanned_page_is_blank_not_unread() -> None:
    white = zlib.compress(b"\xff" * (1200 * 1600 // 8))
    v = Scanner(ScanConfig(use_model=False)).scan_bytes("blank.pdf", pdf_with_image("FlateDecode", white))
    assert v.verdict == "clear", v.reasons


@needs_ocr
def test_a_scan_under_a_caption_on_a_pdf_page_is_read(scanner, tmp_path) -> None:
    """A page with a caption line and a scanned work instruction below it: the caption is a
    text layer, so the page was not taken for a scan and the picture was never read."""
    from fpdf import FPDF

    picture = text_picture(tmp_path / "wi.png", RECIPE, "L")
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 8, "Attachment 3 - signed copy of the work instruction below.")
    pdf.image(str(picture), x=10, y=30, w=190)
    v = scanner.scan_bytes("attachment3.pdf", bytes(pdf.output()))
    assert v.verdict in ("controlled", "review"), v.reasons
    assert "magnet-manufacturing" in v.categories, v.reasons


@needs_ocr
def test_a_picture_in_an_rtf_document_is_read(scanner, tmp_path) -> None:
    picture = text_picture(tmp_path / "wi.png", RECIPE, "L").read_bytes()
    rtf = (
        "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Signed copy below.\\par "
        "{\\pict\\pngblip\\picw800\\pich300 " + picture.hex() + "}\\par}"
    )
    v = scanner.scan_bytes("wi.rtf", rtf.encode())
    assert v.verdict in ("controlled", "review"), v.reasons
    assert "magnet-manufacturing" in v.categories, v.reasons


def _annotated_pdf(subtype: str, lines: list[str]) -> bytes:
    """A one-page PDF whose only words besides a cover line are drawn by an annotation's
    appearance stream (no /Contents): every viewer shows them on the page."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    drawn = "BT /F1 12 Tf 14 TL 5 180 Td " + " ".join(f"({esc(x)}) Tj T*" for x in lines) + " ET"
    cover = "BT /F1 12 Tf 50 800 Td (Cover sheet - see stamp) Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 4 0 R /Annots [6 0 R] >>",
        f"<< /Length {len(cover)} >>\nstream\n{cover}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Type /Annot /Subtype /{subtype} /Rect [20 450 580 700] /F 4 /AP << /N 7 0 R >> >>",
        "<< /Type /XObject /Subtype /Form /BBox [0 0 560 250] /Resources << /Font << /F1 5 0 R >> >> "
        f"/Length {len(drawn)} >>\nstream\n{drawn}\nendstream",
    ]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(
        f"{o:010d} 00000 n \n" for o in offsets
    )
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


@needs_ocr
@pytest.mark.parametrize("subtype", ["Stamp", "FreeText"])
def test_text_an_annotation_draws_without_contents_is_read(scanner, subtype: str) -> None:
    v = scanner.scan_bytes("stamped.pdf", _annotated_pdf(subtype, RECIPE))
    assert v.verdict in ("controlled", "review"), v.reasons
    assert "magnet-manufacturing" in v.categories, v.reasons


@needs_ocr
def test_a_picture_as_word_writes_it_in_rtf_is_read(scanner, tmp_path) -> None:
    """Word writes `{\\*\\blipuid …}` between the picture's kind and its data."""
    picture = text_picture(tmp_path / "wi.png", RECIPE, "L").read_bytes()
    rtf = (
        "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Signed copy below.\\par "
        "{\\*\\shppict{\\pict{\\*\\picprop}\\picw800\\pich300\\pngblip\\bliptag-1{\\*\\blipuid 0a1b2c}"
        + picture.hex()
        + "}}\\par}"
    )
    v = scanner.scan_bytes("wi.rtf", rtf.encode())
    assert v.verdict in ("controlled", "review"), v.reasons
    assert "magnet-manufacturing" in v.categories, v.reasons


@pytest.mark.parametrize(
    ("rtf", "where"),
    [
        ("{\\rtf1 text\\par {\\pict\\dibitmap0\\picw10 0a0b0c0d}}", "picture 1"),  # a bitmap kind not read
        ("{\\rtf1 text\\par {\\pict\\picw10 0a0b0c0d}}", "picture 1"),  # no kind at all
    ],
)
def test_an_rtf_picture_not_read_is_a_gap(rtf: str, where: str) -> None:
    from scanner.extract.rtf import extract_rtf

    out = extract_rtf(Source("p.rtf", rtf.encode(), Limits()))
    assert [s.where for s in out.skipped] == [where]


def test_unclosed_rtf_picture_data_is_read_in_linear_time() -> None:
    from scanner.extract.rtf import _pictures

    found, gaps = _pictures("{\\rtf1 {\\pict\\pngblip " + "0a1b2c3d " * 200_000 + "\\par x")
    assert found is not None and gaps == []
