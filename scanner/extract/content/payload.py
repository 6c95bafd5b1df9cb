"""Archives and documents carried inside another file (a self-extracting archive, an
installer, an appended file): `embedded_payload`."""

from __future__ import annotations

import re
import struct
from collections.abc import Callable

#: The OLE2 compound file signature (also the format table's `ole2` magic).
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Archives and documents inside another file, each recognised by its signature and the header
# fields after it (a program that reads zips or writes PDFs holds the bare signature as a
# constant, a header it does not).


def _zip_entry(b: bytes, i: int) -> bool:
    """A zip local file header: version, method, a name of printable characters."""
    if len(b) < i + 30:
        return False
    version, flags, method = struct.unpack_from("<HHH", b, i + 4)
    name_length = struct.unpack_from("<H", b, i + 26)[0]
    name = b[i + 30 : i + 30 + name_length]
    return (
        10 <= version & 0xFF <= 63
        and flags < 0x4000
        and method in (0, 1, 6, 8, 9, 12, 14, 93, 95, 98, 99)
        and 0 < name_length <= 1024
        and len(name) == name_length
        and all(c >= 0x20 for c in name)
    )


def _pdf_header(b: bytes, i: int) -> bool:
    """A PDF's header line, then binary comment or objects without the NUL that ends a C string
    constant (a program that writes PDFs holds "%PDF-1.3\\n" too), and an object soon after."""
    return (
        re.match(rb"%PDF-[12]\.\d[\r\n]", b[i : i + 9]) is not None
        and b"\x00" not in b[i : i + 64]
        and b" obj" in b[i : i + 4096]
    )


def _ole2_header(b: bytes, i: int) -> bool:
    return (
        b[i + 24 : i + 25] == b"\x3e"
        and b[i + 26 : i + 27] in (b"\x03", b"\x04")
        and b[i + 28 : i + 30] == b"\xfe\xff"
    )


def _rar_header(b: bytes, i: int) -> bool:
    """RAR 4: the marker, then the archive header (type 0x73); RAR 5: the marker, a CRC, then
    the main header (type 1)."""
    if b[i + 6 : i + 7] == b"\x00":
        return _byte_in(b, i + 9, b"\x73")
    if b[i + 6 : i + 8] == b"\x01\x00":
        return _byte_in(b, i + 13, b"\x01") or (
            _byte_in(b, i + 12, bytes(range(0x80, 0x100))) and _byte_in(b, i + 14, b"\x01")
        )
    return False


def _7z_header(b: bytes, i: int) -> bool:
    """7z: the signature, version 0.2–0.4, then the start header (CRC, next header's offset,
    size and CRC), which is not all zeros."""
    return (
        b[i + 6 : i + 7] == b"\x00"
        and _byte_in(b, i + 7, b"\x02\x03\x04")
        and b[i + 8 : i + 32].strip(b"\x00") != b""
    )


def _nsis_header(b: bytes, i: int) -> bool:
    """NSIS: the signature, then the header's length and the length of all the data (not a
    second signature, as in a program that looks for installers)."""
    if len(b) < i + 24:
        return False
    header, total = struct.unpack_from("<II", b, i + 16)
    return 0 < header <= total and b[i + 16 : i + 20] != b"\xef\xbe\xad\xde"


def _byte_in(b: bytes, i: int, allowed: bytes) -> bool:
    return i < len(b) and b[i] in allowed


_PAYLOADS: tuple[tuple[bytes, Callable[[bytes, int], bool]], ...] = (
    (b"PK\x03\x04", _zip_entry),
    (b"7z\xbc\xaf\x27\x1c", _7z_header),
    (b"Rar!\x1a\x07", _rar_header),
    (b"MSCF\x00\x00\x00\x00", lambda b, i: b[i + 12 : i + 16] == b"\x00" * 4),  # a Windows cabinet
    (OLE2, _ole2_header),  # an MSI installer, an Office file
    (b"%PDF-", _pdf_header),
    (b"\xef\xbe\xad\xdeNullsoftInst", _nsis_header),  # an NSIS installer's data
)


def embedded_payload(data: bytes) -> bool:
    """True when `data` holds an archive or a document past its first byte."""
    for signature, valid in _PAYLOADS:
        position = data.find(signature, 1)
        for _ in range(10_000):  # bounded: a hostile file may repeat a signature everywhere
            if position < 0 or valid(data, position):
                break
            position = data.find(signature, position + 1)
        else:
            return True  # so many signatures that it cannot be told: not document-free
        if position >= 0:
            return True
    return False
