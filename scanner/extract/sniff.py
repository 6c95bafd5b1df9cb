"""Tell a file's type from its content first, its extension second."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

TEXT_EXTENSIONS = {
    ".txt",
    ".md",
    ".markdown",
    ".rst",
    ".log",
    ".ini",
    ".cfg",
    ".conf",
    ".yaml",
    ".yml",
    ".toml",
    ".json",
    ".tex",
    ".py",
    ".m",
    ".inp",
    ".dat",
    ".nc",
    ".gcode",
    ".ngc",
    ".tap",
    ".mpf",
    ".cnc",
    ".step",
    ".stp",
    ".igs",
    ".iges",
    ".svg",
}
NC_EXTENSIONS = {".nc", ".gcode", ".ngc", ".tap", ".mpf", ".spf", ".cnc", ".eia"}
DELIMITED_EXTENSIONS = {".csv": ",", ".tsv": "\t", ".tab": "\t"}
MARKUP_EXTENSIONS = {".html", ".htm", ".xhtml", ".xml"}

# Formats recognised by content whose readers come in a later release: they are reported as
# `unsupported format: …` rather than read as something they are not.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "pdf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"AC10", "dwg"),
    (b"{\\rtf", "rtf"),
    (b"\x89HDF\r\n\x1a\n", "hdf5"),
    (b"AutoCAD Binary DXF", "dxf-binary"),
)
# An OOXML file encrypted with a password is an OLE2 file holding an "EncryptedPackage" stream.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_LEGACY_EXT = {
    ".doc": "doc",
    ".xls": "xls",
    ".ppt": "ppt",
    ".wps": "wps",
    ".et": "et",
    ".dps": "dps",
    ".msg": "msg",
}


def sniff(head: bytes, name: str, open_zip: bytes | None = None) -> str:
    """Return a type name for a file whose first bytes are `head`.

    `open_zip` is the whole content when the caller already holds it (needed to look inside
    OOXML/ODF zips and OLE2 files for an encrypted package); without it a zip is reported as
    `zip`.
    """
    suffix = PurePath(name).suffix.lower()
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind == "ole2":
                if open_zip is not None and _ENCRYPTED_PACKAGE in open_zip[:1_000_000]:
                    return "encrypted-office"
                return _LEGACY_EXT.get(suffix) or _ole_kind(open_zip)
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:2] == b"BM" and suffix in (".bmp", ".dib"):
        return "bmp"
    if head[:4] == b"PK\x03\x04" or head[:4] == b"PK\x05\x06":
        return _zip_kind(open_zip, suffix)
    if head[:262].find(b"ustar") == 257:
        return "tar"
    if suffix in (".eml", ".mht", ".mhtml", ".mbox") or (
        head.startswith(b"From ") and (b"\nFrom:" in head[:4096] or b"\nReceived:" in head[:4096])
    ):
        return "email"
    if suffix == ".svg" or (b"<svg" in head[:4096] and _looks_like_markup(head)):
        return "svg"
    if suffix in DELIMITED_EXTENSIONS:
        return "delimited"
    if suffix in MARKUP_EXTENSIONS or _looks_like_markup(head):
        return "markup"
    if suffix == ".dxf" or head.lstrip()[:32].replace(b"\r", b"").startswith(b"0\nSECTION"):
        return "dxf"
    if suffix in NC_EXTENSIONS or _looks_like_nc(head, suffix):
        return "gcode"
    if suffix in (".step", ".stp", ".p21") or head.lstrip().startswith(b"ISO-10303-21"):
        return "step"
    if suffix in (".igs", ".iges"):
        return "iges"
    if suffix in TEXT_EXTENSIONS:
        return "text"
    if _looks_like_email(head):
        return "email"
    if _looks_binary(head):
        return "binary"
    return "text"


_OLE_STREAMS = (
    ("WordDocument".encode("utf-16-le"), "doc"),
    ("Workbook".encode("utf-16-le"), "xls"),
    ("PowerPoint Document".encode("utf-16-le"), "ppt"),
    ("__substg1.0_".encode("utf-16-le"), "msg"),
)


def _ole_kind(data: bytes | None) -> str:
    """An OLE2 file without a telling extension, named by the streams in its directory."""
    if data is not None:
        for name, kind in _OLE_STREAMS:
            if name in data[:4_000_000]:
                return kind
    return "ole2"


def _zip_kind(data: bytes | None, suffix: str) -> str:
    if data is None:
        return {".docx": "docx", ".docm": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".pptx": "pptx"}.get(
            suffix, "zip"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, ValueError, EOFError):
        return "zip-corrupt"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if mimetype.startswith("application/vnd.oasis.opendocument"):
        return "odf"
    if mimetype == "application/epub+zip":
        return "epub"
    if suffix in (".mph",):
        return "comsol"
    return "zip"


def _looks_like_markup(head: bytes) -> bool:
    start = head.lstrip()[:64].lower()
    return start.startswith((b"<!doctype html", b"<html", b"<?xml"))


def _looks_like_email(head: bytes) -> bool:
    lines = head[:2048].split(b"\n", 12)
    keys = {ln.split(b":", 1)[0].strip().lower() for ln in lines if b":" in ln}
    return len(keys & {b"from", b"to", b"subject", b"received", b"mime-version", b"message-id"}) >= 3


#: Heidenhain conversational programs start "0 BEGIN PGM name MM"; Fanuc ISO programs (.iso)
#: start with "%" or an O-number.
_HEIDENHAIN = re.compile(rb"^\s*0\s+BEGIN\s+PGM\b")
_ISO_START = re.compile(rb"^\s*(?:%|O\d+)")


def _looks_like_nc(head: bytes, suffix: str) -> bool:
    """NC programs whose extensions are shared with other files: `.iso` (also disc images) and
    Heidenhain's `.h` (also C headers) are NC programs when their first line says so."""
    if _HEIDENHAIN.match(head):
        return True
    return suffix == ".iso" and bool(_ISO_START.match(head)) and not _looks_binary(head)


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text with BOM
    sample = head[:8192]
    if b"\x00" in sample:
        # UTF-16 without BOM has NULs on one parity only (ASCII/CJK mix); anything else is binary
        half = max(1, len(sample) // 2)
        even = sample[0::2].count(0) / half
        odd = sample[1::2].count(0) / half
        if even > 0.3 and odd < 0.05:
            other = sample[1::2]
        elif odd > 0.3 and even < 0.05:
            other = sample[0::2]
        else:
            return True
        control = sum(1 for b in other if b < 9 or 13 < b < 32)
        return control > 0.1 * len(other)
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > 0.1 * len(sample)
