"""EMF/WMF drawings are read from their text records, without rendering or OCR."""

from __future__ import annotations

import struct

import pytest

from scanner.extract.metafile import NotAMetafile, read_metafile


def emf(*records: bytes) -> bytes:
    header = struct.pack("<II", 1, 88) + b"\x00" * 32 + b" EMF" + b"\x00" * 44
    eof = struct.pack("<II", 14, 20) + b"\x00" * 12
    return header + b"".join(records) + eof


def exttextoutw(text: str) -> bytes:
    chars = text.encode("utf-16-le")
    body = b"\x00" * 16 + struct.pack("<Iff", 1, 1.0, 1.0)  # bounds, mode, scales
    body += struct.pack("<ii", 0, 0) + struct.pack("<II", len(text), 76) + struct.pack("<I", 0)
    body += b"\x00" * 16 + struct.pack("<I", 0)  # rectangle, offDx
    record = body + chars
    record += b"\x00" * (-len(record) % 4)
    return struct.pack("<II", 84, 8 + len(record)) + record


def stretchdibits(width: int, height: int) -> bytes:
    fixed = b"\x00" * 40  # bounds, dest x/y, src x/y/cx/cy
    bmi_at = 8 + len(fixed) + 32
    body = fixed + struct.pack("<IIII", bmi_at, 40, bmi_at + 40, 0) + b"\x00" * 16
    body += struct.pack("<Iii", 40, width, height) + b"\x00" * 28
    return struct.pack("<II", 81, 8 + len(body)) + body


def wmf_textout(text: str) -> bytes:
    raw = text.encode("cp1252")
    padded = raw + b"\x00" * (len(raw) % 2)
    record = struct.pack("<H", len(raw)) + padded + struct.pack("<hh", 0, 0)
    header = struct.pack("<HHHIHIH", 1, 9, 0x300, 0, 0, 0, 0)
    body = struct.pack("<IH", (6 + len(record)) // 2, 0x0521) + record
    return header + body + struct.pack("<IH", 3, 0)


@pytest.mark.parametrize(
    ("data", "text", "bitmaps"),
    [
        (emf(exttextoutw("烧结温度 1060 ℃")), "烧结温度 1060 ℃", False),
        (emf(exttextoutw("Chart title"), stretchdibits(1200, 900)), "Chart title", True),
        (emf(stretchdibits(32, 32)), "", False),
        (wmf_textout("Jet mill D50 3.0 um"), "Jet mill D50 3.0 um", False),
    ],
    ids=["emf text", "emf with a scan", "emf with an icon", "wmf text"],
)
def test_text_records_and_bitmaps(data: bytes, text: str, bitmaps: bool) -> None:
    drawing = read_metafile(data)
    assert drawing.text == text
    assert drawing.has_bitmaps is bitmaps


@pytest.mark.parametrize("data", [b"", b"\x01\x00\x00\x00" + b"\x00" * 100, b"%PDF-1.4"])
def test_other_data_is_not_a_metafile(data: bytes) -> None:
    with pytest.raises(NotAMetafile):
        read_metafile(data)
