"""Objects embedded in Office documents are scanned like archive members: a recipe in a
workbook inserted into a harmless Word file, or attached to it as a file, flags the document."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from scanner.config import Limits, ScanConfig
from scanner.crawl.embedded_objects import _ole10native, embedded_objects
from scanner.pipeline import Scanner

RECIPE = (
    "烧结钕铁硼工艺：氢破吸氢压力0.1 MPa，脱氢温度550℃；气流磨D50 3.0 μm；"
    "真空烧结1060℃×4 h，一级回火900℃×2 h，二级回火500℃×3 h；Br≥1.38 T，HcJ≥20 kOe。"
)


def docx_with(parts: dict[str, bytes]) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Agenda for the partner visit: welcome, plant tour, lunch.")
    base = io.BytesIO()
    document.save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        for name, data in parts.items():
            dst.writestr(name, data)
    return out.getvalue()


def xlsx_of(text: str) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.active["A1"] = text
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def ole10native(label: str, data: bytes) -> bytes:
    """An `Ole10Native` stream as Windows' Packager writes it."""
    name = label.encode("gb18030") + b"\x00"
    path = b"C:\\tmp\\" + name
    body = b"\x02\x00" + name + path + b"\x00\x00\x03\x00" + struct.pack("<I", len(path)) + path
    body += struct.pack("<I", len(data)) + data
    return struct.pack("<I", len(body)) + body


@pytest.mark.parametrize(
    ("part", "data"),
    [
        ("word/embeddings/Microsoft_Excel_Sheet1.xlsx", xlsx_of(RECIPE)),
        ("word/embeddings/notes.txt", RECIPE.encode()),
    ],
    ids=["embedded workbook", "embedded text"],
)
def test_a_recipe_in_an_embedded_object_flags_the_document(scanner, part: str, data: bytes) -> None:
    verdicts = scanner.scan_bytes_all("agenda.docx", docx_with({part: data}))
    assert verdicts[0].verdict in ("controlled", "review"), verdicts[0].reasons
    assert verdicts[1].path == f"agenda.docx!{part}"
    assert "magnet-manufacturing" in verdicts[1].categories


def test_an_innocuous_embedded_object_leaves_the_documents_verdict(scanner) -> None:
    verdicts = scanner.scan_bytes_all(
        "agenda.docx", docx_with({"word/embeddings/Microsoft_Excel_Sheet1.xlsx": xlsx_of("Lunch: 12:00")})
    )
    assert [v.verdict for v in verdicts] == ["clear", "clear"]
    assert verdicts[0].file_type == "docx"


def test_an_attached_file_is_unwrapped_with_its_name() -> None:
    label, payload = _ole10native(ole10native("参数表.txt", RECIPE.encode()))
    assert label == "参数表.txt"
    assert payload == RECIPE.encode()


def test_embedded_objects_are_bounded() -> None:
    data = docx_with({"word/embeddings/big.bin": b"x" * 5000})
    (member,) = embedded_objects(data, Limits(max_member_bytes=1000))
    assert member.data is None and "too large" in (member.problem or "")


def test_nesting_limit_reaches_embedded_objects() -> None:
    inner = docx_with({"word/embeddings/notes.txt": RECIPE.encode()})
    outer = docx_with({"word/embeddings/inner.docx": inner})
    scanner = Scanner(ScanConfig(use_model=False, limits=Limits(max_depth=1)))
    verdicts = scanner.scan_bytes_all("outer.docx", outer)
    assert verdicts[0].verdict == "review"
    assert any("nesting limit" in r for r in verdicts[0].reasons)


def test_explain_opens_an_embedded_object_as_scan_prints_it(tmp_path) -> None:
    (tmp_path / "agenda.docx").write_bytes(
        docx_with({"word/embeddings/Microsoft_Excel_Sheet1.xlsx": xlsx_of(RECIPE)})
    )
    verdict, analysis = Scanner(ScanConfig(use_model=False)).explain_file(
        str(tmp_path / "agenda.docx") + "!word/embeddings/Microsoft_Excel_Sheet1.xlsx"
    )
    assert verdict.verdict in ("controlled", "review") and analysis is not None
    assert verdict.file_type == "xlsx"


def test_explain_of_a_document_judges_its_embedded_objects_as_scan_does(tmp_path) -> None:
    """A harmless memo with a recipe in an embedded workbook: explain on the memo itself gives
    scan's verdict (it gave the memo's own text alone: clear)."""
    path = tmp_path / "agenda.docx"
    path.write_bytes(docx_with({"word/embeddings/Microsoft_Excel_Sheet1.xlsx": xlsx_of(RECIPE)}))
    scanner = Scanner(ScanConfig(use_model=False))
    explained, _ = scanner.explain_file(str(path))
    scanned = scanner.scan_bytes_all("agenda.docx", path.read_bytes())[0]
    assert explained.verdict == scanned.verdict != "clear"
    assert explained.control_codes == scanned.control_codes
