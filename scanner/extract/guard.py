"""Checks made before a zip-based document (DOCX, XLSX, PPTX, ODF, EPUB, COMSOL) is handed to
its library: a part that would decompress beyond the limits (a zip bomb dressed as a document)
and XML parts that declare entities (the "billion laughs" expansion bomb) are refused with the
reason, before any parser sees them."""

from __future__ import annotations

import re
import zipfile

from scanner.config import Limits
from scanner.extract.errors import ExtractionError
from scanner.extract.formats import ZIP_PACKAGES
from scanner.extract.zipview import open_zip, part_head

__all__ = ["ZIP_PACKAGES", "guard_package", "refuse_entities"]

#: The document type declaration must come before the root element: the head of a part is enough.
_PROLOG = 4096
#: a part at most this large is read whole (the reader reads it next, from what was read here:
#: `zipview`); a larger one only as far as its prolog
_WHOLE = 256 * 1024
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


def guard_package(data: bytes, limits: Limits, kind: str) -> None:
    try:
        zf = open_zip(data)
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # the reader reports a corrupt file in its own words
    total = 0
    with zf:
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > limits.max_member_bytes or (
                info.file_size > 10_000_000 and ratio > limits.max_ratio
            ):
                raise ExtractionError(
                    f"{kind}: part {info.filename} would decompress to {info.file_size} bytes "
                    f"(ratio {ratio:.0f}:1): refused as a decompression bomb"
                )
            if total > limits.max_container_bytes:
                raise ExtractionError(
                    f"{kind}: parts would decompress to more than {limits.max_container_bytes} bytes: refused"
                )
            if info.filename.lower().endswith((".xml", ".rels", ".xhtml", ".opf", ".ncx")):
                try:
                    head = (
                        zf.read(info)[:_PROLOG] if info.file_size <= _WHOLE else part_head(zf, info, _PROLOG)
                    )
                except Exception:
                    continue  # a broken part is the reader's to report
                if _ENTITY.search(head):
                    raise ExtractionError(
                        f"{kind}: XML part {info.filename} declares entities: refused "
                        "(entity-expansion bomb risk; documents have no need of them)"
                    )


def refuse_entities(head: bytes, kind: str) -> None:
    """For XML-family text files (HTML, XML, SVG): entity declarations are refused."""
    if _ENTITY.search(head[:65536]):
        raise ExtractionError(f"{kind}: declares XML entities: refused (entity-expansion bomb risk)")
