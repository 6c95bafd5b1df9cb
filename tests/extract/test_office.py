"""DOCX, XLSX and PDF fixtures are made here, in both languages."""

from __future__ import annotations

import io

import pytest

from scanner.config import Limits
from scanner.extract.base import Source
from scanner.extract.errors import ExtractionError
from scanner.extract.registry import extract_document


def make_docx(
    paragraphs: list[str],
    table: list[list[str]] | None = None,
    header: str | None = None,
    title: str | None = None,
) -> bytes:
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_xlsx(sheets: dict[str, list[list[object]]], title: str | None = None) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    if title:
        wb.properties.title = title
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_pdf(pages: list[str], title: str = "", keywords: str = "") -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_keywords(keywords)
    pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def test_docx_paragraphs_tables_headers_properties() -> None:
    data = make_docx(
        ["烧结工艺规程", "烧结温度 1060℃，保温 4 h"],
        table=[["工序", "温度(℃)"], ["一级回火", "900"]],
        header="受控文件 QP-S-017",
        title="NdFeB sintering",
    )
    doc = extract_document("spec.docx", data, Limits())
    assert doc.file_type == "docx"
    located = {s.text: str(s.location) for s in doc.segments}
    assert located["烧结温度 1060℃，保温 4 h"] == "paragraph 2"
    assert located["title: NdFeB sintering"] == "metadata:title"
    assert located["受控文件 QP-S-017"].startswith("header")
    row = next(s for s in doc.segments if "一级回火" in s.text)
    assert row.text == "工序: 一级回火 | 温度(℃): 900"
    assert str(row.location_at(row.text.index("900"))) == "B2, table 1, row 2"


def test_xlsx_sheets_cells_and_headers() -> None:
    data = make_xlsx(
        {
            "设定值": [["参数", "槽温(℃)", "电流密度(A/cm2)"], ["EL-3", 1045, 1.0]],
            "Log": [["shift", "note"], ["A", "anode effect at 03:10"]],
        },
        title="cell set-points",
    )
    doc = extract_document("cell.xlsx", data, Limits())
    assert doc.file_type == "xlsx"
    row = next(s for s in doc.segments if "1045" in s.text)
    assert "槽温(℃): 1045" in row.text
    assert str(row.location_at(row.text.index("1045"))) == "设定值!B2"
    assert any(str(s.location) == "Log!B2" or "anode effect" in s.text for s in doc.segments)


def test_a_sheet_whose_part_is_missing_is_not_read_and_says_so() -> None:
    """A workbook that lists a sheet whose part is gone: openpyxl drops it without a word."""
    import zipfile

    data = make_xlsx({"预算": [["item", "cost"], ["paper", 5]], "工艺": [["烧结", "1060 °C"]]})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            if info.filename != "xl/worksheets/sheet2.xml":
                new.writestr(info, old.read(info))
    doc = extract_document("book.xlsx", out.getvalue(), Limits())
    assert [(s.kind, s.where) for s in doc.skipped] == [("unreadable", "sheet 工艺")]
    assert any("paper" in s.text for s in doc.segments)


def test_pdf_pages_and_metadata() -> None:
    data = make_pdf(
        ["Mixer-settler cascade, 60 stages.", "Calcination at 900 C."],
        title="SX flowsheet",
        keywords="P507, PrNd",
    )
    doc = extract_document("flow.pdf", data, Limits())
    assert doc.file_type == "pdf"
    located = [(s.text, str(s.location)) for s in doc.segments]
    assert ("Title: SX flowsheet", "metadata:title") in located
    assert any(loc == "page 2" and "Calcination" in t for t, loc in located)
    assert doc.metadata["keywords"] == "P507, PrNd"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj <<", "PDF"),
        ("broken.docx", b"PK\x03\x04" + b"\x00" * 100, "unsupported format: zip-corrupt"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "corrupt image: not a PNG, JPEG, TIFF"),
        ("archive.zip", None, "unsupported format: zip"),
    ],
)
def test_unreadable_files_raise_clear_reasons(name: str, data: bytes | None, reason: str) -> None:
    if data is None:
        import zipfile

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("readme.txt", "hello")
        data = buf.getvalue()
    with pytest.raises(ExtractionError, match=reason):
        extract_document(name, data, Limits())


def test_truncated_docx_is_an_error() -> None:
    data = make_docx(["hello"])[:600]
    with pytest.raises(ExtractionError):
        extract_document("cut.docx", data, Limits())


def test_image_only_pdf_is_an_error_not_clear() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    with pytest.raises(ExtractionError, match="no extractable text"):
        extract_document("scan.pdf", bytes(pdf.output()), Limits())


def test_source_is_never_written(tmp_path) -> None:
    assert Source("x", b"abc").read() == b"abc"


def test_chinese_pdf_pages_lines_and_metadata() -> None:
    from pathlib import Path

    data = (Path(__file__).resolve().parents[1] / "fixtures" / "zh_sintering_card.pdf").read_bytes()
    doc = extract_document("card.pdf", data, Limits())
    located = [(s.text, str(s.location)) for s in doc.segments]
    assert ("Title: 烧结钕铁硼工艺卡", "metadata:title") in located
    page1 = next(s for s in doc.segments if str(s.location) == "page 1")
    assert "氢破" in page1.text
    assert str(page1.location_at(page1.text.index("氢破"))) == "page 1, line 2"


def test_chinese_pdf_is_controlled_with_page_locations(scanner) -> None:
    from pathlib import Path

    data = (Path(__file__).resolve().parents[1] / "fixtures" / "zh_sintering_card.pdf").read_bytes()
    v = scanner.scan_bytes("card.pdf", data)
    assert v.verdict == "controlled"
    assert v.magnet_types == ("NdFeB",)
    assert any(e.location.startswith("page 2") for e in v.evidence)


def test_pdf_xmp_metadata_is_read_without_an_xml_parser() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 10, "Drawing SX-3-ST-014")
    pdf.set_xmp_metadata(
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description rdf:about="">'
        '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">P507 mixer-settler, 18 extraction '
        "stages &amp; 12 scrub stages</rdf:li></rdf:Alt></dc:description>"
        "</rdf:Description></rdf:RDF>"
    )
    doc = extract_document("drawing.pdf", bytes(pdf.output()), Limits())
    found = {str(s.location): s.text for s in doc.segments}
    assert (
        found["metadata:xmp description"]
        == "description: P507 mixer-settler, 18 extraction stages & 12 scrub stages"
    )


def make_ruled_table_pdf(rows: list[list[str]], text_page_after: bool = False) -> bytes:
    """A page with a table drawn with cell borders (vector paths), and optionally a second page
    of text only."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    with pdf.table() as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    if text_page_after:
        pdf.add_page()
        pdf.multi_cell(0, 6, "Plain text page: magnet sintering schedule, no table here.")
    return bytes(pdf.output())


def test_pdf_ruled_table_is_read_as_table_rows() -> None:
    data = make_ruled_table_pdf([["Step", "Temperature (C)"], ["Sintering", "1060"]], text_page_after=True)
    doc = extract_document("sheet.pdf", data, Limits())
    rows = [s for s in doc.segments if s.location.table]
    assert rows, "the ruled table on page 1 was not read"
    assert rows[-1].text == "Step: Sintering | Temperature (C): 1060"
    assert {s.location.page for s in rows} == {1}


@pytest.mark.parametrize(
    ("make", "has_paths"),
    [
        (lambda: make_pdf(["Only words on this page."]), False),
        (lambda: make_ruled_table_pdf([["a", "b"], ["1", "2"]]), True),
    ],
)
def test_pdfium_tells_pages_with_vector_paths(make, has_paths: bool) -> None:
    import pypdfium2 as pdfium

    from scanner.extract.pdf import _has_paths

    pdf = pdfium.PdfDocument(make())
    try:
        assert _has_paths(pdf[0]) is has_paths
    finally:
        pdf.close()


def test_text_only_pdf_is_not_laid_out_by_pdfplumber(monkeypatch) -> None:
    """pdfplumber's per-character layout is what cost a text-only PDF ten times its reading; a
    page without vector paths has no ruled table to find."""
    import pdfplumber.page

    laid_out: list[int] = []
    original = pdfplumber.page.Page.objects

    def record(self):
        laid_out.append(self.page_number)
        return original.fget(self)

    monkeypatch.setattr(pdfplumber.page.Page, "objects", property(record))
    doc = extract_document("memo.pdf", make_pdf(["Quarterly budget memo.", "Second page."]), Limits())
    assert [str(s.location) for s in doc.segments] == ["page 1", "page 2"]
    assert laid_out == []
    extract_document("sheet.pdf", make_ruled_table_pdf([["a", "b"], ["1", "2"]], True), Limits())
    assert laid_out and set(laid_out) == {1}  # the ruled page only


@pytest.mark.parametrize(
    ("pages", "walked"),
    [
        (["Quarterly budget memo.", "Second page."], False),  # text only: metadata alone is read
        (["Page."] * 12, False),  # more pages than are searched for tables
    ],
)
def test_pdfplumber_reads_no_page_tree_it_does_not_need(monkeypatch, pages: list[str], walked: bool) -> None:
    """pdfplumber's own `close` parses every page again to close it; closing only the pages read
    keeps a metadata-only read from walking the document's whole page tree."""
    from pdfminer.pdfpage import PDFPage

    calls: list[int] = []
    original = PDFPage.create_pages

    def counted(document):
        calls.append(1)
        return original(document)

    monkeypatch.setattr(PDFPage, "create_pages", staticmethod(counted))
    doc = extract_document("memo.pdf", make_pdf(pages), Limits())
    assert doc.segments
    assert bool(calls) is walked
    extract_document("sheet.pdf", make_ruled_table_pdf([["a", "b"], ["1", "2"]], True), Limits())
    assert calls  # a page that may hold a table is still laid out


def test_a_text_layer_without_a_character_map_is_read_by_ocr(scanner) -> None:
    """A font whose /ToUnicode map is missing (some print drivers and plotters): the text layer
    is glyph numbers, control characters; the page shows the recipe, so it is read by OCR."""
    import re

    from fpdf import FPDF

    from scanner.extract.pdf import garbled

    pdf = FPDF()
    pdf.set_compression(False)
    pdf.add_page()
    pdf.add_font("dv", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("dv", size=14)
    spec = (
        "Sintered NdFeB 48SH work instruction: jet mill to D50 3.2 um, press in a 1.8 T field, "
        "vacuum sintering 1060 C for 4 h, first tempering 900 C 2 h, second tempering 500 C 3 h."
    )
    pdf.multi_cell(0, 8, spec)
    data = re.sub(rb"/ToUnicode \d+ 0 R", b"/ToUnicode 9999 0 R", bytes(pdf.output()))
    doc = extract_document("wi.pdf", data, Limits())
    layer = next(s.text for s in doc.segments if str(s.location).startswith("page 1"))
    assert garbled(layer)
    assert any("OCR" in str(s.location) for s in doc.segments)
    assert scanner.scan_bytes("wi.pdf", data).verdict == "controlled"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Work Instruction WI-S-031 Rev B - NdFeB 48SH sintering route", False),
        ("烧结温度 1060℃ 保温 4 小时 回火 900℃ 2 小时 氩气冷却", False),
        (
            "\x01\x04 \x05\x06\x07\x08\x08\x06 \x01\x05\x0e\x0f\x10 \x11\x12\x13 \x14 \x15\x16\x17\x12\x18",
            True,
        ),
        ("".join(chr(0xE001 + i) + (" " if i % 5 == 4 else "") for i in range(30)), True),  # private use
        ("\x01\x02", False),  # too short to say
    ],
)
def test_a_garbled_text_layer_is_told(text: str, expected: bool) -> None:
    from scanner.extract.pdf import garbled

    assert garbled(text) is expected
