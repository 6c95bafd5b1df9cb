import io
import zipfile

import pytest

from scanner.extract.sniff import sniff


def _zip(names: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n in names:
            zf.writestr(n, "x")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"%PDF-1.7\n", "report.txt", "pdf"),  # content wins over a wrong extension
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 20, "old.doc", "doc"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 20, "old.wps", "wps"),
        (b"\x89PNG\r\n\x1a\n....", "scan.png", "png"),
        (b"a,b,c\n1,2,3\n", "sheet.csv", "delimited"),
        (b"<!DOCTYPE html><html>", "page.bin", "markup"),
        (b"plain words", "notes.md", "text"),
        (b"plain words", "noext", "text"),
        (b"\x00\x01\x02\x03\x04\x05" * 100, "blob", "binary"),
        ("稀土".encode("utf-16"), "u16.txt", "text"),
        (b"From: a@b.c\nTo: d@e.f\nSubject: hi\n\nbody", "message", "email"),
    ],
)
def test_sniff_by_content_first(head: bytes, name: str, expected: str) -> None:
    assert sniff(head, name) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["word/document.xml", "[Content_Types].xml"], "docx"),
        (["xl/workbook.xml"], "xlsx"),
        (["ppt/presentation.xml"], "pptx"),
        (["readme.txt"], "zip"),
    ],
)
def test_sniff_looks_inside_zip(names: list[str], expected: str) -> None:
    data = _zip(names)
    assert sniff(data[:8192], "file.bin", open_zip=data) == expected


def test_corrupt_zip_is_named() -> None:
    data = b"PK\x03\x04" + b"\x00" * 50
    assert sniff(data, "x.docx", open_zip=data) == "zip-corrupt"
