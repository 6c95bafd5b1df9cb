"""Shared by CSV and spreadsheet readers: turn rows into segments that keep their headers.

A parameter sheet is often all numbers under short headers (``槽温(℃)``, ``O/A``). A data row
is emitted as ``header: value | header: value`` so that every value is read next to the name
and unit of its column; `marks` keep each cell's coordinate for the evidence location.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from scanner.types import Location, Segment

_NUMERIC = re.compile(r"^[\s+\-−~≤≥<>±.,%\d/:()（）]*$")


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    if index < len(_LETTERS):
        return _LETTERS[index]
    return _column_letter(index)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


_LETTERS = [_column_letter(i) for i in range(702)]  # A … ZZ, computed once


def is_header_row(cells: Sequence[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2:
        return False
    textual = sum(1 for c in filled if not _NUMERIC.match(c))
    return textual >= 0.6 * len(filled)


def row_segment(
    cells: Sequence[str],
    row_number: int,
    headers: Sequence[str] | None,
    location: Location,
) -> Segment | None:
    parts: list[str] = []
    marks: list[tuple[int, str]] = []
    offset = 0
    for col, value in enumerate(cells):
        value = value.strip()
        if not value:
            continue
        header = headers[col].strip() if headers and col < len(headers) else ""
        piece = f"{header}: {value}" if header and header != value else value
        if parts:
            offset += 3  # " | "
        marks.append((offset, f"{column_letter(col)}{row_number}"))
        parts.append(piece)
        offset += len(piece)
    if not parts:
        return None
    return Segment(text=" | ".join(parts), location=location, marks=tuple(marks))


def rows_to_segments(
    rows: Sequence[Sequence[str]],
    make_location: Callable[[int], Location],
    first_row: int = 1,
    numbers: Sequence[int] | None = None,
) -> list[Segment]:
    """`make_location(row_number)` builds each row's location; `numbers` gives each row's own
    number where rows are not consecutive. Header rows are detected as rows that are mostly
    text; the latest header applies to the rows under it."""
    segments: list[Segment] = []
    headers: Sequence[str] | None = None
    for index, cells in enumerate(rows):
        number = numbers[index] if numbers else first_row + index
        if is_header_row(cells):
            headers = [c.strip() for c in cells]
            seg = row_segment(cells, number, None, make_location(number))
        else:
            seg = row_segment(cells, number, headers, make_location(number))
        if seg:
            segments.append(seg)
    return segments
