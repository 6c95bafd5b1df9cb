"""Plain text: one segment per line, located by line number."""

from __future__ import annotations

from scanner.extract.base import Extracted, Source
from scanner.extract.decode import decode_bytes
from scanner.types import Location, Segment


def extract_text(source: Source) -> Extracted:
    text, encoding = decode_bytes(source.read())
    return Extracted(segments=tuple(lines_to_segments(text)), metadata={"encoding": encoding})


def lines_to_segments(text: str, first_line: int = 1) -> list[Segment]:
    segments = []
    for number, line in enumerate(text.splitlines(), start=first_line):
        if line.strip():
            segments.append(Segment(text=line, location=Location(line=number)))
    return segments
