"""Legacy binary office files (DOC, XLS, PPT and WPS Office's WPS/ET/DPS): LibreOffice first
(installed by the set-up), then the lighter readers, then OLE2 text runs. The fixtures are made
here: OOXML files written by the tests, converted to the legacy formats by LibreOffice."""

from __future__ import annotations

import struct
from pathlib import Path

import olefile
import pytest

from scanner.config import Limits
from scanner.extract.errors import ExtractionError
from scanner.extract.external import private_folder, run, which
from scanner.extract.registry import extract_document
from tests.conftest import REAL_WORLD
from tests.extract.test_office import make_docx, make_xlsx
from tests.extract.test_pptx import make_pptx

ZH_PROCESS = [
    "氧化镨钕熔盐电解工艺规程 DJ-GY-006",
    "电解质体系 LiF-NdF3-PrF3，LiF 质量分数 10%，电解温度 1050 ℃。",
    "阴极电流密度 6.5 A/cm²，阳极电流密度 0.9 A/cm²，槽电压 9.5 V，加料速率 4 kg/h。",
    "出炉金属镨钕 TREM≥99.0%，Pr/TREM 25%，电流效率 ≥ 80%。",
]
EN_ORDER = [
    ["Item", "Description", "Qty", "Unit price"],
    [1, "Office chairs", 12, 85.0],
    [2, "Desk lamps", 6, 19.5],
]
EN_SLIDES = [
    ("Sintering line SL-2 commissioning", ["Hydrogen decrepitation at 0.15 MPa, dehydrogenation 560 C"]),
    ("Sintering schedule for N48H", ["Vacuum sintering 1060 C x 5 h; ageing 900 C x 2 h then 490 C x 3 h"]),
]


def convert(data: bytes, suffix: str, target: str) -> bytes:
    """An OOXML file converted to a legacy format by LibreOffice, in a private folder."""
    binary = which("soffice")
    assert binary, "tools/install-system-packages.sh installs LibreOffice"
    with private_folder() as folder:
        source = folder / f"fixture{suffix}"
        source.write_bytes(data)
        run(
            [
                binary,
                "--headless",
                f"-env:UserInstallation={(folder / 'p').as_uri()}",
                "--convert-to",
                target,
                "--outdir",
                str(folder / "out"),
                str(source),
            ],
            180,
            cwd=folder,
        )
        return (folder / "out" / f"fixture.{target}").read_bytes()


@pytest.fixture(scope="module")
def legacy() -> dict[str, bytes]:
    return {
        "doc": convert(make_docx(ZH_PROCESS, title="熔盐电解工艺规程"), ".docx", "doc"),
        "xls": convert(make_xlsx({"Order": EN_ORDER}), ".xlsx", "xls"),
        "ppt": convert(make_pptx(EN_SLIDES), ".pptx", "ppt"),
    }


def test_doc_through_libreoffice_is_controlled(scanner, legacy) -> None:
    v = scanner.scan_bytes("电解工艺规程.doc", legacy["doc"])
    assert v.file_type == "doc"
    assert v.verdict == "controlled", v.reasons
    assert v.categories == ("metal-smelting",)
    assert any("converted from legacy Word document with LibreOffice" in r for r in v.reasons)
    assert any(e.location.startswith("paragraph") for e in v.evidence)


def test_xls_purchase_order_is_clear_with_cell_locations(legacy) -> None:
    doc = extract_document("order.xls", legacy["xls"], Limits())
    assert doc.file_type == "xls"
    assert any("Office chairs" in s.text and s.location.sheet == "Order" for s in doc.segments)


def test_ppt_slides_are_read(scanner, legacy) -> None:
    v = scanner.scan_bytes("commissioning.ppt", legacy["ppt"])
    assert v.file_type == "ppt"
    assert v.verdict in ("controlled", "review"), v.reasons
    assert "magnet-manufacturing" in v.categories


@pytest.mark.parametrize(
    ("kind", "name", "expected"), [("doc", "a.wps", "wps"), ("xls", "b.et", "et"), ("ppt", "c.dps", "dps")]
)
def test_wps_office_names_are_read_like_their_microsoft_twins(legacy, kind, name, expected) -> None:
    doc = extract_document(name, legacy[kind], Limits())
    assert doc.file_type == expected
    assert any(s.text.strip() for s in doc.segments)


def test_ole2_file_without_extension_is_named_by_its_streams(legacy) -> None:
    assert extract_document("download.bin", legacy["doc"], Limits()).file_type == "doc"
    assert extract_document("download", legacy["xls"], Limits()).file_type == "xls"


@pytest.mark.parametrize(("kind", "readers"), [("doc", ("antiword", "catdoc")), ("xls", ("xlrd",))])
def test_without_libreoffice_the_light_readers_take_over(monkeypatch, legacy, kind, readers) -> None:
    monkeypatch.setenv("SCANNER_NO_EXTERNAL", "soffice,libreoffice")
    doc = extract_document(f"x.{kind}", legacy[kind], Limits())
    assert any(
        n.startswith(f"read with {r}") and "LibreOffice: not installed" in n
        for n in doc.notes
        for r in readers
    )
    text = " ".join(s.text for s in doc.segments)
    assert {"doc": "熔盐电解", "xls": "Office chairs"}[kind] in text
    assert not doc.unread


def test_libreoffice_timeout_falls_back(legacy) -> None:
    doc = extract_document("x.doc", legacy["doc"], Limits(office_timeout_seconds=0.05))
    assert any("timed out" in n for n in doc.notes)
    assert "熔盐电解" in " ".join(s.text for s in doc.segments)


def test_with_no_reader_at_all_the_text_runs_are_read_but_the_file_is_not_clear(
    monkeypatch, scanner, legacy
) -> None:
    monkeypatch.setenv("SCANNER_NO_EXTERNAL", "all")
    doc = extract_document("x.ppt", legacy["ppt"], Limits())
    text = " ".join(s.text for s in doc.segments)
    assert "Sintering schedule for N48H" in text
    assert "匀" not in text  # no text read one byte off
    assert doc.unread and "read only in part" in str(doc.unread[0])
    v = scanner.scan_bytes("x.doc", legacy["doc"])
    assert "熔盐电解" in " ".join(e.snippet for e in v.evidence)
    assert v.verdict in ("review", "controlled")
    assert any(r.startswith("not inspected: ") and "read only in part" in r for r in v.reasons)


def test_encrypted_word_document_says_a_password_is_needed(tmp_path: Path, legacy) -> None:
    path = tmp_path / "locked.doc"
    path.write_bytes(legacy["doc"])
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        fib = bytearray(ole.openstream("WordDocument").read())
        flags = struct.unpack_from("<H", fib, 10)[0] | 0x0100  # fEncrypted
        struct.pack_into("<H", fib, 10, flags)
        ole.write_stream("WordDocument", bytes(fib))
    with pytest.raises(ExtractionError, match="encrypted Word document: a password is needed"):
        extract_document("locked.doc", path.read_bytes(), Limits())


@pytest.mark.skipif(not REAL_WORLD.is_dir(), reason="shared real-world corpus absent")
def test_encrypted_workbook_from_the_real_world(scanner) -> None:
    v = scanner.scan_bytes("password.xls", (REAL_WORLD / "legacy-office/password.xls").read_bytes())
    assert v.verdict == "error"
    assert v.error == "encrypted Excel workbook: a password is needed to read it"


def test_corrupt_ole2_file_is_an_error() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    with pytest.raises(ExtractionError, match="corrupt legacy Word document"):
        extract_document("broken.doc", data, Limits())


@pytest.mark.parametrize("kind", ["doc", "xls", "ppt"])
@pytest.mark.parametrize("keep", [0.5, 0.8])
def test_a_truncated_legacy_file_is_never_clear(scanner, legacy, kind, keep) -> None:
    """LibreOffice recovers part of a truncated file without a word: the damaged streams are
    found in the file's own sector chains, and what was recovered is not passed as clear."""
    data = legacy[kind]
    v = scanner.scan_bytes(f"cut.{kind}", data[: int(len(data) * keep)])
    assert v.verdict in ("review", "error", "controlled"), v.reasons
    assert v.verdict != "clear"


def test_a_stream_whose_sectors_run_past_the_end_is_recorded(scanner, legacy) -> None:
    """The directory survives but the workbook stream's sector chain points past the end of the
    file (a file cut short by a failed copy): whatever LibreOffice recovers, not `clear`."""
    data = bytearray(legacy["xls"])
    entry = data.find("Workbook".encode("utf-16-le"))
    assert entry > 0
    data[entry + 116 : entry + 120] = (0x0FFFFF).to_bytes(4, "little")  # start sector
    v = scanner.scan_bytes("cut.xls", bytes(data))
    assert v.verdict in ("review", "error"), v.reasons
    if v.verdict == "review":
        assert any("stream Workbook" in r for r in v.reasons), v.reasons
