"""Files attached to a PDF (the attachments pane: the document's embedded files, and files
attached to a page as an annotation), handed out as members like an archive's: `spec.pdf!data.xlsx`.

A PDF that carries a workbook of process parameters as an attachment shows the workbook to
anyone who opens it; its pages say nothing of it. Each attached file is read under the same
limits and refusals as an archive member; one that cannot be taken out is an unreadable member.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import threading
import zlib
from collections.abc import Iterator

from scanner.config import Limits
from scanner.crawl.containers import Member, _Budget, _refusal, unsafe_name

#: what a PDF holding an attached file has in its bytes: the embedded file stream's type (a
#: stream's dictionary is never inside a compressed object stream), or the names of the tree and
#: annotation that list attachments where they are not compressed
MARKERS = (b"/EmbeddedFile", b"/FileAttachment", b"/EF")
MAX_DEPTH = 32
MAX_FILES = 10_000
#: the most bytes the object streams of one PDF are inflated to, in all, to look for the markers
MAX_OBJECT_STREAMS = 64 * 1024 * 1024
_OBJECT_STREAM = re.compile(rb"/Type\s*/ObjStm\b")

_lock = threading.Lock()
#: the last bytes object looked into and the answer (a PDF is asked about several times)
_last: tuple[bytes, bool] | None = None


def has_attachments(data: bytes) -> bool:
    """Whether the PDF's bytes show an attached file: a marker in the bytes, or in one of its
    compressed object streams. A PDF 1.5 writer may put the name tree and the file
    specification in an object stream and leave the embedded file stream's optional /Type out:
    no marker then shows in the bytes, and the attachment was listed as not read."""
    if any(marker in data for marker in MARKERS):
        return True
    if b"/ObjStm" not in data:
        return False
    last = _last
    if last is not None and last[0] is data:
        return last[1]
    found = _in_object_streams(data)
    _remember(data, found)
    return found


def _remember(data: bytes, found: bool) -> None:
    global _last
    with _lock:
        _last = (data, found)


def _in_object_streams(data: bytes) -> bool:
    """Whether a marker stands in one of the PDF's object streams, each inflated from where its
    `stream` keyword ends (object streams are deflated; one that is not, or is damaged, is not
    looked into: the reader still says the attachments it lists were not read)."""
    view = memoryview(data)
    budget = MAX_OBJECT_STREAMS
    for match in _OBJECT_STREAM.finditer(data):
        start = data.find(b"stream", match.end())
        if start < 0 or budget <= 0:
            break
        start += len(b"stream")
        start += (
            2 if data[start : start + 2] == b"\r\n" else 1 if data[start : start + 1] in (b"\n", b"\r") else 0
        )
        inflater = zlib.decompressobj()
        try:
            content = inflater.decompress(view[start:], budget)
        except zlib.error:
            continue
        budget -= len(content)
        if any(marker in content for marker in MARKERS):
            return True
    return False


def pdf_attachments(data: bytes, limits: Limits) -> Iterator[Member]:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    from scanner.extract import pdfrefs

    pdfrefs.install()
    try:  # the bytes show an attached file: one that cannot be listed is said, never dropped
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        specs = list(_specs(doc))
    except Exception as exc:
        yield Member("(attached files)", None, f"attached files cannot be listed: {type(exc).__name__}")
        return
    take = _Budget(limits)
    seen: set[int] = set()
    names: dict[str, int] = {}
    for index, (label, spec) in enumerate(specs):
        if take.full:
            yield take.rest(len(specs) - index)
            return
        key = id(spec)
        if key in seen:
            continue
        seen.add(key)
        name = _unique(_safe(label), names)
        yield _member(name, spec, limits, take)


def _specs(doc) -> Iterator[tuple[str, dict]]:
    """(name, file specification) of every attached file: the EmbeddedFiles name tree, then
    the pages' file attachment annotations."""
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1

    from scanner.extract.pdfextras import _name, _text

    count = 0
    names = resolve1(doc.catalog.get("Names"))
    tree = resolve1(names.get("EmbeddedFiles")) if isinstance(names, dict) else None
    stack = [(tree, 0)] if isinstance(tree, dict) else []
    while stack and count < MAX_FILES:
        node, depth = stack.pop()
        pairs = resolve1(node.get("Names"))
        if isinstance(pairs, list):
            for key, value in zip(pairs[0::2], pairs[1::2], strict=False):
                spec = resolve1(value)
                if isinstance(spec, dict):
                    count += 1
                    yield _text(spec.get("UF") or spec.get("F")) or _text(key), spec
        kids = resolve1(node.get("Kids"))
        if isinstance(kids, list) and depth < MAX_DEPTH:
            stack.extend((resolve1(k), depth + 1) for k in kids if isinstance(resolve1(k), dict))
    for number, page in enumerate(PDFPage.create_pages(doc), start=1):
        annots = resolve1(getattr(page, "annots", None)) or []
        for annot in annots if isinstance(annots, list) else []:
            annot = resolve1(annot)
            if isinstance(annot, dict) and _name(annot.get("Subtype")) == "FileAttachment":
                spec = resolve1(annot.get("FS"))
                if isinstance(spec, dict) and count < MAX_FILES:
                    count += 1
                    yield _text(spec.get("UF") or spec.get("F")) or f"page-{number}-attachment", spec


def _member(name: str, spec: dict, limits: Limits, take) -> Member:
    from pdfminer.pdftypes import PDFStream, resolve1

    files = resolve1(spec.get("EF"))
    stream = resolve1(files.get("UF") or files.get("F")) if isinstance(files, dict) else None
    if not isinstance(stream, PDFStream):
        return Member(name, None, "attached file without its content (an external reference)")
    packed = len(stream.rawdata) if stream.rawdata is not None else 0
    try:
        body = _decoded(stream, limits.max_member_bytes)
    except _TooBig as exc:
        return Member(name, None, str(exc))
    except Exception as exc:
        return Member(name, None, f"attached file cannot be decoded: {type(exc).__name__}")
    refusal = _refusal(name, len(body), packed or len(body), limits, take)
    return refusal if refusal is not None else Member(name, body)


class _TooBig(Exception):
    pass


#: filters decoded here, each under the byte limit; a chain holding any other (LZW, a
#: predictor, an image codec) is not decoded: its file is a member that could not be read
_BOUNDED = frozenset({"FlateDecode", "Fl", "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85"})


def _decoded(stream, limit: int) -> bytes:
    """The stream's content, each filter of its chain applied in turn without ever holding more
    than `limit` bytes (a 3 kB attachment can inflate to gigabytes, twice over)."""
    from pdfminer.pdftypes import resolve1

    filters = resolve1(stream.get("Filter"))
    filters = filters if isinstance(filters, list) else [filters] if filters is not None else []
    names = [str(getattr(resolve1(f), "name", f)).lstrip("/") for f in filters]
    if stream.rawdata is None:  # already decoded by pdfminer (an object stream's member)
        body = stream.get_data()
        if len(body) > limit:
            raise _TooBig(f"attached file larger than the member limit ({limit} bytes)")
        return body
    if any(n not in _BOUNDED for n in names) or stream.get("DecodeParms") or stream.get("DP"):
        raise _TooBig(f"attached file in a filter chain not read under a size limit ({' '.join(names)})")
    body = stream.rawdata
    for n in names:
        if n in ("FlateDecode", "Fl"):
            inflater = zlib.decompressobj()
            out = inflater.decompress(body, limit + 1)
            if len(out) > limit or inflater.unconsumed_tail:
                raise _TooBig(f"attached file larger than the member limit ({limit} bytes)")
            body = out
        elif n in ("ASCIIHexDecode", "AHx"):
            digits = b"".join(body.split()).split(b">")[0]
            body = binascii.unhexlify(digits + b"0" * (len(digits) % 2))
        else:
            body = base64.a85decode(body.strip().removeprefix(b"<~").removesuffix(b"~>"), adobe=False)
    return body


def _safe(label: str) -> str:
    """A member name from an attached file's name: its last path part, never a traversal."""
    base = label.replace("\\", "/").rsplit("/", 1)[-1].strip() or "attachment"
    return "attachment" if unsafe_name(base) else base


def _unique(name: str, names: dict[str, int]) -> str:
    n = names.get(name, 0)
    names[name] = n + 1
    return name if n == 0 else f"{name} ({n + 1})"
