"""Legacy binary office files common in Chinese offices: Word/WPS Writer (DOC, WPS), Excel/WPS
Spreadsheets (XLS, ET), PowerPoint/WPS Presentation (PPT, DPS).

LibreOffice (headless, in a private folder, with a timeout) converts them to DOCX/XLSX/PPTX,
which the OOXML readers then read with full locations. Where LibreOffice is missing or fails,
lighter readers take over: xlrd for workbooks, antiword/catdoc for Word files, catppt for
slides, and last the text runs found in the file's OLE2 streams. Encrypted files are recognised
first, so their verdict says a password is needed."""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from pathlib import Path

from scanner.extract.base import Extracted, Source, open_package
from scanner.extract.decode import decode_short
from scanner.extract.docx import extract_docx
from scanner.extract.embedded import read_with_pictures
from scanner.extract.errors import ExtractionError
from scanner.extract.external import ToolFailed, libreoffice_convert, private_folder, run, which
from scanner.extract.pptx import extract_pptx
from scanner.extract.table import rows_to_segments
from scanner.extract.text import lines_to_segments
from scanner.extract.xlsx import extract_xlsx
from scanner.types import Location, Segment, Skip

_FAMILY = {
    "word": ("docx", extract_docx, "Word document", ".doc"),
    "excel": ("xlsx", extract_xlsx, "Excel workbook", ".xls"),
    "powerpoint": ("pptx", extract_pptx, "PowerPoint presentation", ".ppt"),
}
_META = ("title", "subject", "author", "keywords", "comments")


def extract_word(source: Source) -> Extracted:
    return _extract(source, "word")


def extract_excel(source: Source) -> Extracted:
    return _extract(source, "excel")


def extract_powerpoint(source: Source) -> Extracted:
    return _extract(source, "powerpoint")


def _extract(source: Source, family: str) -> Extracted:
    import olefile

    data = source.read()
    target, reader, label, suffix = _FAMILY[family]
    ole = open_package(f"legacy {label}", lambda: olefile.OleFileIO(data))
    try:
        if _encrypted(ole, family):
            raise ExtractionError(f"encrypted {label}: a password is needed to read it")
        properties = _property_segments(ole)
        damaged = _damaged_streams(ole)
    finally:
        ole.close()
    failures: list[str] = []
    try:
        converted = libreoffice_convert(data, suffix, target, source.limits.office_timeout_seconds)
        extracted = read_with_pictures(reader, Source(name=source.name, data=converted, limits=source.limits))
        note = f"converted from legacy {label} with LibreOffice"
        return Extracted(
            tuple(properties) + extracted.segments,
            extracted.metadata,
            (note, *extracted.notes),
            extracted.skipped + damaged,
        )
    except (ToolFailed, ExtractionError) as exc:
        failures.append(f"LibreOffice: {exc}")
    for name, fallback in _FALLBACKS[family]:
        try:
            segments = fallback(data, source)
        except (ToolFailed, ExtractionError) as exc:
            failures.append(f"{name}: {exc}")
            continue
        if any(s.text.strip() for s in segments):
            return Extracted(
                tuple(properties + segments), {}, (f"read with {name}; " + "; ".join(failures),), damaged
            )
        failures.append(f"{name}: no text")
    streams = _stream_text(data)
    if streams:
        # a reader that only sees UTF-16 runs misses 8-bit text and structure: not `clear` on it
        unread = Skip(
            "unreadable", label, "read only in part (text runs in its streams): " + "; ".join(failures)
        )
        return Extracted(tuple(properties + lines_to_segments(streams)), {}, (), (unread, *damaged))
    if properties:
        body = Skip("unreadable", f"body of the {label}", "not read: " + "; ".join(failures))
        return Extracted(tuple(properties), {}, (), (body, *damaged))
    raise ExtractionError(f"legacy {label} could not be read: " + "; ".join(failures))


def _with_file(data: bytes, suffix: str, command: Callable[[Path], list[str]], timeout: float) -> str:
    with private_folder() as folder:
        path = folder / f"in{suffix}"
        path.write_bytes(data)
        return run(command(path), timeout, cwd=folder).decode("utf-8", "replace")


def _antiword(data: bytes, source: Source) -> list[Segment]:
    binary = which("antiword")
    if binary is None:
        raise ToolFailed("not installed")
    text = _with_file(data, ".doc", lambda p: [binary, "-m", "UTF-8.txt", str(p)], 60)
    return lines_to_segments(text)


def _catdoc(data: bytes, source: Source) -> list[Segment]:
    binary = which("catdoc")
    if binary is None:
        raise ToolFailed("not installed")
    return lines_to_segments(_with_file(data, ".doc", lambda p: [binary, "-d", "utf-8", str(p)], 60))


def _catppt(data: bytes, source: Source) -> list[Segment]:
    binary = which("catppt")
    if binary is None:
        raise ToolFailed("not installed")
    return lines_to_segments(_with_file(data, ".ppt", lambda p: [binary, "-d", "utf-8", str(p)], 60))


def _xlrd(data: bytes, source: Source) -> list[Segment]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except xlrd.biffh.XLRDError as exc:
        raise ExtractionError(str(exc)) from exc
    segments: list[Segment] = []
    budget = source.limits.max_sheet_cells
    try:
        for sheet in book.sheets():
            rows: list[list[str]] = []
            for r in range(sheet.nrows):
                budget -= sheet.ncols
                if budget < 0:
                    break
                rows.append([_cell(v) for v in sheet.row_values(r)])
            segments.extend(
                rows_to_segments(rows, lambda r, name=sheet.name: Location(sheet=name, cell=f"row {r}"))
            )
    finally:
        book.release_resources()
    return segments


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_FALLBACKS: dict[str, list[tuple[str, Callable[[bytes, Source], list[Segment]]]]] = {
    "word": [("antiword", _antiword), ("catdoc", _catdoc)],
    "excel": [("xlrd", _xlrd)],
    "powerpoint": [("catppt", _catppt)],
}


def _encrypted(ole, family: str) -> bool:
    """Password protection, read from the file's own flags."""
    if ole.exists("EncryptedPackage") or ole.exists("EncryptedSummary"):
        return True
    if family == "word" and ole.exists("WordDocument"):
        fib = ole.openstream("WordDocument").read(12)
        return len(fib) >= 12 and bool(struct.unpack_from("<H", fib, 10)[0] & 0x0100)  # fEncrypted
    if family == "excel":
        stream = "Workbook" if ole.exists("Workbook") else "Book" if ole.exists("Book") else None
        if stream:
            head = ole.openstream(stream).read(4096)
            offset = 0
            while offset + 4 <= len(head):  # BIFF records of the globals substream, up to EOF
                kind, size = struct.unpack_from("<HH", head, offset)
                if kind == 0x002F:  # FILEPASS
                    return True
                if kind == 0x000A:  # EOF
                    break
                offset += 4 + size
    return False


def _damaged_streams(ole) -> tuple[Skip, ...]:
    """Streams whose sectors run past the end of the file or break the chain: a truncated or
    damaged file that LibreOffice may convert in part, silently. What it recovers is read, but
    the file is not `clear` on it."""
    damaged = []
    for entry in ole.listdir(streams=True, storages=False):
        name = "/".join(entry)
        try:
            size = ole.get_size(entry)
            with ole.openstream(entry) as stream:
                got = len(stream.read())
        except Exception as exc:  # olefile raises IOError/OSError/ValueError on broken chains
            damaged.append(Skip("unreadable", f"stream {name}", f"damaged or truncated: {exc}"))
            continue
        if got < size:
            damaged.append(Skip("unreadable", f"stream {name}", f"truncated: {got} of {size} bytes present"))
    return tuple(damaged[:5])


def _property_segments(ole) -> list[Segment]:
    """Title, subject, author, keywords, comments from the OLE summary information."""
    try:
        meta = ole.get_metadata()
    except Exception:  # a broken property set does not stop reading the body
        return []
    segments = []
    for key in _META:
        value = getattr(meta, key, None)
        if isinstance(value, bytes):
            value = decode_short(value)
        if isinstance(value, str) and value.strip("\x00 ").strip():
            text = value.strip("\x00 ").strip()
            segments.append(Segment(f"{key}: {text}", Location(part=f"metadata:{key}")))
    return segments


#: Printable characters of the scripts documents are written in: ASCII, CJK, full-width forms.
_RUN = re.compile(
    r"[\t\x20-\x7e\u00a0-\u024f\u2000-\u206f\u2100-\u218f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]{4,}"
)


def _stream_text(data: bytes, limit: int = 4_000_000) -> str:
    """UTF-16 text runs in the document streams: the last-resort reader of Word, WPS and
    PowerPoint bodies, which store their text as UTF-16 (or as 8-bit runs, caught by the tools)."""
    import olefile

    with olefile.OleFileIO(data) as ole:
        return _runs(ole, limit)


def _runs(ole, limit: int) -> str:
    out: list[str] = []
    total = 0
    for entry in ole.listdir(streams=True, storages=False):
        if entry[-1].startswith("\x05") or entry[-1].startswith("\x01"):
            continue  # property sets and OLE plumbing
        try:
            data = ole.openstream(entry).read(limit)
        except Exception:
            continue
        for start in (0, 1):  # text may sit at an odd offset of the stream
            decoded = data[start : len(data) - (len(data) - start) % 2].decode("utf-16-le", "replace")
            for found in _RUN.findall(decoded):
                text = found.strip()
                if len(text) >= 4 and not _misaligned(text) and any(c.isalpha() for c in text):
                    out.append(text)
                    total += len(text)
        if total >= limit:
            break
    return "\n".join(out)


def _misaligned(text: str) -> bool:
    """ASCII read one byte off turns into CJK-looking code points ending in 00 (S\\0 → U+5300)."""
    wide = [c for c in text if ord(c) > 0x24F]
    return bool(wide) and sum(1 for c in wide if ord(c) & 0xFF == 0) > len(wide) / 2
