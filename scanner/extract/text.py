"""Plain text: one segment per line, located by line number.

A line's JSON and C-style escapes of characters (`\\u70e7\\u7ed3`, as Python's `json.dump`
writes every Chinese character by default) are read as the characters they stand for; in a
JSON file, so are its `\\n`, `\\t` and `\\r` (a text field's line breaks)."""

from __future__ import annotations

import re

from scanner.extract.base import Extracted, Source
from scanner.extract.decode import decode_bytes
from scanner.types import Location, Segment

#: one UTF-16 code unit written as an escape (a pair of them for a character past U+FFFF)
_ESCAPE = re.compile(
    r"(?<!\\)\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\)\\u([0-9a-fA-F]{4})"
)
_JSON_BREAK = re.compile(r"(?<!\\)\\[nrt]")


def _unescaped(m: re.Match[str]) -> str:
    if m.group(3) is not None:
        code = int(m.group(3), 16)
        return " " if 0xD800 <= code <= 0xDFFF or code < 0x20 else chr(code)
    high, low = int(m.group(1), 16), int(m.group(2), 16)
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))


def unescape(line: str, json: bool = False) -> str:
    """`line` with its character escapes read (and, for `json`, its escaped line breaks as
    spaces)."""
    if "\\u" in line:
        line = _ESCAPE.sub(_unescaped, line)
    if json and "\\" in line:
        line = _JSON_BREAK.sub(" ", line)
    return line


def extract_text(source: Source) -> Extracted:
    text, encoding = decode_bytes(source.read())
    json = source.name.lower().endswith((".json", ".jsonl", ".ndjson", ".geojson"))
    return Extracted(segments=tuple(lines_to_segments(text, json=json)), metadata={"encoding": encoding})


def lines_to_segments(text: str, first_line: int = 1, json: bool = False) -> list[Segment]:
    segments = []
    for number, line in enumerate(text.splitlines(), start=first_line):
        if line.strip():
            segments.append(Segment(text=unescape(line, json), location=Location(line=number)))
    return segments
