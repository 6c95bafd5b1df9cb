"""NC / machining programs (G-code: .nc .gcode .ngc .tap .mpf .cnc .iso …): comments, program
names and numbers, tool calls, and feeds and speeds rewritten as named parameters
(`F200` → `feed rate 200 mm/min`, `S3000` → `spindle speed 3000 rpm`), so that a magnet-slicing
program reads as a carrier of process parameters and an unrelated part program does not."""

from __future__ import annotations

import re

from scanner.extract.base import Extracted, Source, require_text
from scanner.extract.decode import decode_bytes
from scanner.types import Location, Segment

_COMMENT = re.compile(r"\(([^()]*)\)|;(.*)$")
_PROGRAM = re.compile(r"^\s*(?:%|O\d+|:\d+|%_N_\w+)")
_FEED = re.compile(r"(?<![A-Z])F(\d+(?:\.\d+)?)")
_SPEED = re.compile(r"(?<![A-Z])S(\d+(?:\.\d+)?)")
_TOOL = re.compile(r"(?<![A-Z])T(\d+)")
_INCH = re.compile(r"(?<![A-Z])G20\b")


def extract_gcode(source: Source) -> Extracted:
    text, encoding = decode_bytes(source.read())
    segments: list[Segment] = []
    unit = "mm/min"
    feeds: set[str] = set()
    speeds: set[str] = set()
    tools: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if _INCH.search(line):
            unit = "in/min"
        code = _COMMENT.sub(" ", line)
        for m in _COMMENT.finditer(line):
            comment = (m.group(1) or m.group(2) or "").strip()
            if comment:
                segments.append(Segment(comment, Location(line=number)))
        if _PROGRAM.match(code) and code.strip():
            segments.append(Segment(f"program {code.strip()}", Location(line=number)))
        described = []
        for value in _FEED.findall(code):
            if value not in feeds:
                feeds.add(value)
                described.append(f"feed rate {value} {unit}")
        for value in _SPEED.findall(code):
            if value not in speeds:
                speeds.add(value)
                described.append(f"spindle speed {value} rpm")
        for value in _TOOL.findall(code):
            if value not in tools:
                tools.add(value)
                described.append(f"tool T{value}")
        if described:
            segments.append(Segment("; ".join(described), Location(line=number)))
    return require_text(Extracted(tuple(segments), {"encoding": encoding}), "this NC program")
