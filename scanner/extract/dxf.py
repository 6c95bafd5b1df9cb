"""ASCII DXF drawings, read as (group code, value) pairs without a CAD library: text strings
(TEXT/MTEXT/ATTRIB values, codes 1 and 3), names (2), layers (8), text styles (7) and
comments (999). Coordinates and other numeric groups carry no words and are skipped, which
also keeps a 3 MB survey drawing from being scanned as a wall of numbers."""

from __future__ import annotations

import re

from scanner.extract.base import Extracted, Source
from scanner.extract.decode import decode_bytes
from scanner.types import Location, Segment

TEXT_CODES = {"1", "2", "3", "7", "8", "999"}
_MTEXT_CODES = re.compile(r"\\[PpNn~]|\\[A-Za-z][^;\\]*;|[{}]")
_SKIP_VALUES = {
    "",
    "0",
    "ENTITIES",
    "SECTION",
    "ENDSEC",
    "EOF",
    "TABLE",
    "ENDTAB",
    "BLOCK",
    "ENDBLK",
    "HEADER",
    "CLASSES",
    "TABLES",
    "BLOCKS",
    "OBJECTS",
    "Standard",
    "STANDARD",
    "ByLayer",
    "ByBlock",
    "CONTINUOUS",
    "Continuous",
}


def extract_dxf(source: Source) -> Extracted:
    text, encoding = decode_bytes(source.read())
    lines = text.splitlines()
    segments: list[Segment] = []
    seen: set[str] = set()
    for i in range(0, len(lines) - 1, 2):
        code = lines[i].strip()
        if code not in TEXT_CODES:
            continue
        value = _MTEXT_CODES.sub(" ", lines[i + 1]).strip()
        if value in _SKIP_VALUES or value in seen or not any(c.isalpha() for c in value):
            continue
        seen.add(value)  # layer and style names repeat on every entity
        segments.append(Segment(value, Location(line=i + 2)))
    notes = () if segments else ("the drawing holds geometry only: no text, names or comments",)
    return Extracted(tuple(segments), {"encoding": encoding}, notes)
