"""OpenDocument (ODT, ODS, ODP) and EPUB: the text of their XML parts, read from the zip in
memory by a tag-stripping parser that expands no entities and fetches nothing (an XML entity
bomb stays a few bytes)."""

from __future__ import annotations

import io
import re
import zipfile

from scanner.extract.base import Extracted, Source, require_text
from scanner.extract.errors import ExtractionError
from scanner.extract.markup import _TextCollector
from scanner.types import Location, Segment, Skip

MAX_PART_BYTES = 64 * 1024 * 1024
_ODF_PARTS = ("meta.xml", "content.xml", "styles.xml")
_ODF_OBJECT = re.compile(r"^Object[^/]*/(content|meta)\.xml$")
_EPUB_PART = re.compile(r"\.(x?html?|xml)$", re.IGNORECASE)


def extract_odf(source: Source) -> Extracted:
    try:
        zf = zipfile.ZipFile(io.BytesIO(source.read()))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExtractionError(f"corrupt OpenDocument/EPUB file: {exc}") from exc
    segments: list[Segment] = []
    skipped: list[Skip] = []
    with zf:
        names = zf.namelist()
        if "content.xml" in names:
            # the document's parts, then those of the objects embedded in it (a chart's or a
            # spreadsheet's own content.xml, in `Object 1/`)
            parts = [p for p in _ODF_PARTS if p in names] + [p for p in names if _ODF_OBJECT.match(p)]
        else:  # EPUB: every (X)HTML chapter, in archive order
            parts = [p for p in names if _EPUB_PART.search(p) and not p.startswith("META-INF")]
        for part in parts:
            info = zf.getinfo(part)
            if info.file_size > MAX_PART_BYTES:
                skipped.append(Skip("limit", part, f"{info.file_size} bytes, over the part limit"))
                continue
            try:
                text = zf.read(part).decode("utf-8", errors="replace")
            except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError) as exc:
                skipped.append(Skip("unreadable", part, str(exc) or type(exc).__name__))
                continue
            segments.extend(_part_segments(part, text))
    return require_text(Extracted(tuple(segments), {}, (), tuple(skipped)), "this document")


def _part_segments(part: str, xml: str) -> list[Segment]:
    # paragraph-like elements end a line, as an HTML block does (the collector runs inline
    # elements, a <text:span> inside a word, on in their line); a line break is one too, and
    # ODF's space and tab elements are spaces
    xml = re.sub(r"</(text:p|text:h|p|h\d|li|div|table:table-cell)>", "</p>", xml)
    xml = re.sub(r"<text:line-break\s*/>", "<br>", xml)
    xml = re.sub(r"<text:(?:s|tab)(?:\s[^>]*)?/>", " ", xml)
    parser = _TextCollector()
    parser.feed(xml)
    parser.close()
    segments = []
    for line, chunk in parser.chunks:
        for piece in chunk.splitlines():
            if piece.strip():
                segments.append(Segment(piece.strip(), Location(part=part, line=line)))
    return segments
