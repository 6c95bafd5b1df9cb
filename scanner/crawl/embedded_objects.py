"""Objects embedded in Office documents: a workbook behind a chart, a PDF or a spreadsheet
inserted as an object, a file attached inside a Word document. They live in the package's
`embeddings/` folder, either as files of their own (`Microsoft_Excel_Sheet1.xlsx`) or wrapped in
an OLE2 object (`oleObject1.bin`) whose `CONTENTS`/`Package` stream holds the file, whose
`Ole10Native` stream holds an attached file with its name, or which is itself a legacy
Word/Excel/PowerPoint file. Each is handed out as a member, scanned like an archive member
(`report.docx!word/embeddings/oleObject1.bin/parameters.xlsx`): a document is not clear while
an object inside it was never read."""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Iterator

from scanner.config import Limits
from scanner.crawl.containers import Member, _Budget, _refusal, unique_names, unsafe_name
from scanner.extract.zipview import open_zip

#: Packages whose embedded objects are read.
EMBEDDING_PACKAGES = ("docx", "xlsx", "pptx", "pdf", "rtf")
_EMBEDDED = re.compile(r"^(word|xl|ppt)/embeddings/[^/]+$")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def has_embedded_objects(data: bytes, file_type: str = "docx") -> bool:
    """Whether the package holds embedded objects (`embedded_objects` yields something): its
    directory alone is read (a PDF: its bytes are looked at for attached files)."""
    if file_type == "pdf":
        from scanner.crawl.pdf_attachments import has_attachments

        return has_attachments(data)
    if file_type == "rtf":
        from scanner.crawl.rtf_objects import has_rtf_objects

        return has_rtf_objects(data)
    try:
        with open_zip(data) as zf:
            return any(not i.is_dir() and _EMBEDDED.match(i.filename) for i in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def embedded_objects(data: bytes, limits: Limits, file_type: str = "docx") -> Iterator[Member]:
    """The package's embedded objects, unwrapped from their OLE2 envelope where they have one
    (a PDF: the files attached to it, `pdf_attachments`), each under a name of its own."""
    yield from unique_names(_objects(data, limits, file_type))  # type: ignore[misc]


def _objects(data: bytes, limits: Limits, file_type: str) -> Iterator[Member]:
    if file_type == "pdf":
        from scanner.crawl.pdf_attachments import has_attachments, pdf_attachments

        if has_attachments(data):  # else the PDF's reader lists any it finds as not read
            yield from pdf_attachments(data, limits)
        return
    if file_type == "rtf":
        from scanner.crawl.rtf_objects import rtf_objects

        yield from rtf_objects(data, limits)
        return
    try:
        zf = open_zip(data)
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    take = _Budget(limits)  # the same limits and refusals as an archive's members
    with zf:
        objects = [i for i in zf.infolist() if not i.is_dir() and _EMBEDDED.match(i.filename)]
        for index, info in enumerate(objects):
            name = info.filename
            if take.full:
                yield take.rest(len(objects) - index)
                break
            refusal = _refusal(name, info.file_size, info.compress_size, limits, take)
            if refusal:
                yield refusal
                continue
            try:
                body = zf.read(info)
            except Exception as exc:  # a damaged part: not read, and said so
                yield Member(name, None, f"unreadable embedded object: {type(exc).__name__}: {exc}")
                continue
            if body.startswith(_OLE2):
                yield _unwrap(name, body)
            else:
                yield Member(name, body)


def _unwrap(name: str, body: bytes) -> Member:
    """An OLE2 object's payload: the file it wraps, or the OLE2 file itself when it is a legacy
    Office document (or something the scanner will name as unknown)."""
    import olefile

    try:
        ole = olefile.OleFileIO(body)
    except Exception as exc:
        return Member(name, None, f"damaged embedded object: {type(exc).__name__}: {exc}")
    try:
        streams = {"/".join(entry).lower(): entry for entry in ole.listdir()}
        if "\x01ole10native" in streams:
            label, payload = _ole10native(ole.openstream(streams["\x01ole10native"]).read())
            label = label if label and not unsafe_name(label) else "attachment"
            return Member(f"{name}/{label}", payload)
        for stream in ("contents", "package"):
            if stream in streams:
                return Member(name, ole.openstream(streams[stream]).read())
    except Exception as exc:  # broken sector chains
        return Member(name, None, f"damaged embedded object: {type(exc).__name__}: {exc}")
    finally:
        ole.close()
    return Member(name, body)  # a legacy Word/Excel/PowerPoint object, sniffed by its streams


def _ole10native(stream: bytes) -> tuple[str, bytes]:
    """An `Ole10Native` stream (an attached file, "Packager" object): its label and its data.
    Layout: size, flags, label\\0, source path\\0, two reserved words, temporary path length and
    path\\0, data length, data. Anything else is taken as raw data after the size."""
    try:
        pos = 4 + 2
        label_end = stream.index(b"\x00", pos)
        label = stream[pos:label_end].decode("latin-1")
        pos = stream.index(b"\x00", label_end + 1) + 1  # source path
        pos += 4  # reserved
        (temp_len,) = struct.unpack_from("<I", stream, pos)
        pos += 4 + temp_len
        (size,) = struct.unpack_from("<I", stream, pos)
        pos += 4
        if size > len(stream) - pos:
            raise ValueError("data length past the stream")
        return _label(label), stream[pos : pos + size]
    except (ValueError, struct.error):
        return "", stream[4:]


def _label(label: str) -> str:
    """The attached file's name as Windows wrote it (an ANSI code page: try GBK for Chinese)."""
    from scanner.extract.decode import decode_short

    return decode_short(label.encode("latin-1")).replace("\\", "/").rsplit("/", 1)[-1]
