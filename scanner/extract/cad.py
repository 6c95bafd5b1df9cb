"""STEP (ISO 10303-21) and IGES exchange files: the words in them, not their geometry.

STEP: every quoted string with letters in it — FILE_DESCRIPTION, FILE_NAME (author,
organisation, originating system), PRODUCT names and descriptions, property and annotation
texts — once each, located by line. IGES: the Start section (free text) and the strings of the
Global section (file name, author, organisation)."""

from __future__ import annotations

import re

from scanner.extract.base import Extracted, Source
from scanner.extract.decode import decode_bytes
from scanner.types import Location, Segment

_QUOTED = re.compile(r"'((?:[^']|'')*)'")
_STEP_ESCAPE = re.compile(r"\\X2\\([0-9A-F]+)\\X0\\")
_HOLLERITH = re.compile(r"(\d+)H")


def extract_step(source: Source) -> Extracted:
    text, encoding = decode_bytes(source.read())
    segments: list[Segment] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        for m in _QUOTED.finditer(line):
            value = _STEP_ESCAPE.sub(_unescape, m.group(1).replace("''", "'")).strip()
            if len(value) > 1 and any(c.isalpha() for c in value) and value not in seen:
                seen.add(value)
                segments.append(Segment(value, Location(line=number)))
    notes = () if segments else ("the exchange file holds geometry only: no names or notes",)
    return Extracted(tuple(segments), {"encoding": encoding}, notes)


def extract_iges(source: Source) -> Extracted:
    text, encoding = decode_bytes(source.read())
    segments: list[Segment] = []
    global_text = []
    for number, line in enumerate(text.splitlines(), start=1):
        section = line[72:73] if len(line) >= 73 else ""
        body = line[:72].rstrip()
        if section == "S" and body.strip():
            segments.append(Segment(body.strip(), Location(line=number)))
        elif section == "G":
            global_text.append(body)
    for value in _hollerith_strings("".join(global_text)):
        if any(c.isalpha() for c in value):
            segments.append(Segment(value, Location(part="global section")))
    notes = () if segments else ("the exchange file holds geometry only: no names or notes",)
    return Extracted(tuple(segments), {"encoding": encoding}, notes)


def _unescape(m: re.Match[str]) -> str:
    hexes = m.group(1)
    return "".join(chr(int(hexes[i : i + 4], 16)) for i in range(0, len(hexes) - 3, 4))


def _hollerith_strings(text: str) -> list[str]:
    """IGES strings are written `nHtext` (n characters)."""
    out = []
    pos = 0
    while True:
        m = _HOLLERITH.search(text, pos)
        if not m:
            return out
        n = int(m.group(1))
        start = m.end()
        out.append(text[start : start + n].strip())
        pos = start + n
