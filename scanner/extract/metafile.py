"""Windows metafiles (EMF, EMF+, WMF): the text they draw, read from their records, and whether
they also hold pictures (bitmaps) that only OCR could read.

Office stores charts, Visio drawings, equation images and the previews of embedded objects as
EMF/WMF. Their words are text-drawing records (EMR_EXTTEXTOUTW, EMR_SMALLTEXTOUT, EMF+
DrawString, META_TEXTOUT, META_EXTTEXTOUT), so reading the records is exact and needs no
rendering; a metafile that wraps a bitmap (a scan pasted as EMF) reports it, and the caller
renders and OCRs it instead. Reading is bounded by the record count and the data's length."""

from __future__ import annotations

import gzip
import struct
from dataclasses import dataclass

from scanner.extract.decode import decode_bytes

MAX_RECORDS = 200_000
#: A bitmap whose sides are both at least this many pixels may hold text for OCR.
BITMAP_SIDE = 100

_EMR_HEADER, _EMR_EOF, _EMR_COMMENT = 1, 14, 70
_EMR_EXTTEXTOUTA, _EMR_EXTTEXTOUTW, _EMR_SMALLTEXTOUT = 83, 84, 108
#: bitmap records and the offset of their source-bitmap header fields (offBmiSrc, cbBmiSrc)
_EMR_BITMAPS = {76: 84, 77: 100, 78: 108, 79: 100, 80: 48, 81: 48, 114: 100, 116: 100}
_EMFPLUS_DRAWSTRING = 0x401C
_EMFPLUS_IMAGE_OBJECT = 0x4008  # EmfPlusObject with an image (flags' object type 5)
_WMF_TEXTOUT, _WMF_EXTTEXTOUT = 0x0521, 0x0A32
_WMF_BITMAPS = {0x0940, 0x0B41, 0x0F43, 0x0922, 0x0B23}


class NotAMetafile(ValueError):
    """The data is not an EMF or WMF this reader understands."""


@dataclass(frozen=True)
class Metafile:
    text: str  # the drawn words, one text record a line
    has_bitmaps: bool  # holds pictures large enough to carry text


def read_metafile(data: bytes) -> Metafile:
    """The words of an EMF/WMF (gzip-compressed .emz/.wmz too). Raises `NotAMetafile`."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data[: 64 * 1024 * 1024])
        except (OSError, EOFError) as exc:
            raise NotAMetafile(f"compressed metafile: {exc}") from exc
    if len(data) >= 44 and struct.unpack_from("<I", data, 0)[0] == _EMR_HEADER and data[40:44] == b" EMF":
        return _emf(data)
    if data[:4] == b"\xd7\xcd\xc6\x9a":
        return _wmf(data, 22)
    if len(data) >= 18 and data[:2] in (b"\x01\x00", b"\x02\x00") and data[2:4] == b"\x09\x00":
        return _wmf(data, 0)
    raise NotAMetafile("not an EMF or WMF")


def _emf(data: bytes) -> Metafile:
    lines: list[str] = []
    bitmaps = False
    pos = 0
    for _ in range(MAX_RECORDS):
        if pos + 8 > len(data):
            break
        kind, size = struct.unpack_from("<II", data, pos)
        if size < 8 or pos + size > len(data):
            raise NotAMetafile(f"damaged EMF record at byte {pos}")
        record = data[pos : pos + size]
        if kind in (_EMR_EXTTEXTOUTW, _EMR_EXTTEXTOUTA):
            lines.append(_exttextout(record, wide=kind == _EMR_EXTTEXTOUTW))
        elif kind == _EMR_SMALLTEXTOUT:
            lines.append(_smalltextout(record))
        elif kind in _EMR_BITMAPS:
            bitmaps = bitmaps or _emf_bitmap_is_large(record, _EMR_BITMAPS[kind])
        elif kind == _EMR_COMMENT and record[12:16] == b"EMF+":
            text, images = _emfplus(record[16:])
            lines.extend(text)
            bitmaps = bitmaps or images
        elif kind == _EMR_EOF:
            break
        pos += size
    return Metafile("\n".join(line for line in lines if line.strip()), bitmaps)


def _exttextout(record: bytes, wide: bool) -> str:
    if len(record) < 76:
        return ""
    count, offset = struct.unpack_from("<II", record, 44)
    raw = record[offset : offset + count * (2 if wide else 1)]
    return raw.decode("utf-16-le", "replace") if wide else decode_bytes(raw)[0] if raw else ""


def _smalltextout(record: bytes) -> str:
    if len(record) < 36:
        return ""
    count, options = struct.unpack_from("<II", record, 16)
    start = 36 if options & 0x100 else 52  # ETO_NO_RECT: no bounds rectangle
    if options & 0x200:  # ETO_SMALL_CHARS: 8-bit characters
        return decode_bytes(record[start : start + count])[0] if count else ""
    return record[start : start + 2 * count].decode("utf-16-le", "replace")


def _emf_bitmap_is_large(record: bytes, header_at: int) -> bool:
    """Whether a bitmap record's source bitmap (a BITMAPINFOHEADER) is large enough to hold text."""
    if len(record) < header_at + 16:
        return False
    offset, size = struct.unpack_from("<II", record, header_at)
    if size < 12 or offset + 12 > len(record):
        return False
    width, height = struct.unpack_from("<ii", record, offset + 4)
    return min(abs(width), abs(height)) >= BITMAP_SIDE


def _emfplus(data: bytes) -> tuple[list[str], bool]:
    lines: list[str] = []
    images = False
    pos = 0
    while pos + 12 <= len(data):
        kind, flags, size, length = struct.unpack_from("<HHII", data, pos)
        if size < 12 or pos + size > len(data):
            break
        body = data[pos + 12 : pos + 12 + length]
        if kind == _EMFPLUS_DRAWSTRING and len(body) >= 28:
            count = struct.unpack_from("<I", body, 8)[0]
            lines.append(body[28 : 28 + 2 * count].decode("utf-16-le", "replace"))
        elif kind == _EMFPLUS_IMAGE_OBJECT and (flags >> 8) & 0x7F == 5:
            images = True
        pos += size
    return lines, images


def _wmf(data: bytes, start: int) -> Metafile:
    if len(data) < start + 18:
        raise NotAMetafile("WMF header cut short")
    header_words = struct.unpack_from("<H", data, start + 2)[0]
    pos = start + 2 * header_words
    lines: list[str] = []
    bitmaps = False
    for _ in range(MAX_RECORDS):
        if pos + 6 > len(data):
            break
        words, function = struct.unpack_from("<IH", data, pos)
        size = 2 * words
        if size < 6 or pos + size > len(data):
            raise NotAMetafile(f"damaged WMF record at byte {pos}")
        record = data[pos + 6 : pos + size]
        if function == 0x0000:  # META_EOF
            break
        if function == _WMF_TEXTOUT and len(record) >= 2:
            count = struct.unpack_from("<H", record, 0)[0]
            lines.append(decode_bytes(record[2 : 2 + count])[0] if count else "")
        elif function == _WMF_EXTTEXTOUT and len(record) >= 8:
            count, options = struct.unpack_from("<hH", record, 4)
            offset = 16 if options & 0x6 else 8  # ETO_OPAQUE / ETO_CLIPPED: a rectangle first
            if count > 0:
                lines.append(decode_bytes(record[offset : offset + count])[0])
        elif function in _WMF_BITMAPS:
            bitmaps = True
        pos += size
    return Metafile("\n".join(line for line in lines if line.strip()), bitmaps)
