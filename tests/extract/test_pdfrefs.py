"""Indirect references that come back on themselves: pdfminer followed them for ever."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

_PAGE = b"BT /F1 12 Tf 20 100 Td (canteen menu for the week) Tj ET"


def pdf_with(extra: dict[int, bytes], info: bytes = b"6 0 R", root: bytes = b"1 0 R") -> bytes:
    """A one-page PDF whose trailer names `info` and `root`, with objects 6 and up as `extra`."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        4: b"<< /Length %d >>\nstream\n" % len(_PAGE) + _PAGE + b"\nendstream",
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        **extra,
    }
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 00000 f \n"
    out += b"trailer\n<< /Size %d /Root %s /Info %s >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, info, xref)
    return bytes(out)


RINGS = {
    "info-refers-to-itself": pdf_with({6: b"6 0 R"}),
    "info-in-a-ring-of-two": pdf_with({6: b"7 0 R", 7: b"6 0 R"}),
    "a-value-of-info-in-a-ring": pdf_with({6: b"<< /Title (menu) /Note 7 0 R >>", 7: b"8 0 R", 8: b"7 0 R"}),
    "a-long-chain-to-info": pdf_with(
        {n: b"%d 0 R" % (n + 1) for n in range(6, 206)} | {206: b"<< /Title (x) >>"}
    ),
}


@pytest.mark.parametrize("name", sorted(RINGS))
def test_a_ring_of_references_ends_in_a_verdict_and_explain_ends(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(RINGS[name])
    scan = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(path), "--no-cache", "-q", "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    record = json.loads(scan.stdout.splitlines()[0])
    assert record["verdict"] == "clear", record
    explain = subprocess.run(
        [sys.executable, "-m", "scanner", "explain", str(path)], capture_output=True, text=True, timeout=120
    )
    assert explain.returncode == 0, explain.stderr
    assert "verdict:   clear" in explain.stdout


def test_a_chain_that_ends_is_followed_to_its_end_and_a_ring_gives_the_default() -> None:
    import io

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFObjRef, resolve1

    from scanner.extract import pdfrefs

    pdfrefs.install()
    data = pdf_with({6: b"<< /Title (menu) >>", 7: b"8 0 R", 8: b"9 0 R", 9: b"(end)", 10: b"10 0 R"})
    document = PDFDocument(PDFParser(io.BytesIO(data)))
    assert document.info == [{"Title": b"menu"}]
    assert resolve1(PDFObjRef(document, 7)) == b"end"
    assert PDFObjRef(document, 7).resolve() == b"end"
    assert resolve1(PDFObjRef(document, 10), default="gone") == "gone"
    assert resolve1(PDFObjRef(document, 99), default="gone") == "gone"  # not in the file, as before
