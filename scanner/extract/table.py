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
    """A row of at least two filled cells, mostly text (not numbers): the names of the columns
    under it."""
    return _is_header([c.strip() for c in cells])


def _is_header(values: Sequence[str]) -> bool:
    """`is_header_row` of cells already stripped (`_NUMERIC` takes white space either way)."""
    filled = [v for v in values if v]
    if len(filled) < 2:
        return False
    match = _NUMERIC.match
    textual = sum(1 for v in filled if not match(v))
    return textual >= 0.6 * len(filled)


def row_segment(
    cells: Sequence[str],
    row_number: int,
    headers: Sequence[str] | None,
    location: Location,
) -> Segment | None:
    """One row as ``header: value | value``, each cell's place marked; None for an empty row."""
    stripped = None if headers is None else [h.strip() for h in headers]
    found = _row_text([c.strip() for c in cells], row_number, stripped)
    return None if found is None else Segment(text=found[0], location=location, marks=found[1])


def _row_text(
    values: Sequence[str], row_number: int, headers: Sequence[str] | None
) -> tuple[str, tuple[tuple[int, str], ...]] | None:
    """`row_segment`'s text and marks, from stripped cells and stripped headers."""
    parts: list[str] = []
    marks: list[tuple[int, str]] = []
    offset = 0
    width = len(headers) if headers else 0
    for col, value in enumerate(values):
        if not value:
            continue
        header = headers[col] if col < width else ""  # type: ignore[index]
        piece = f"{header}: {value}" if header and header != value else value
        if parts:
            offset += 3  # " | "
        marks.append((offset, f"{column_letter(col)}{row_number}"))
        parts.append(piece)
        offset += len(piece)
    if not parts:
        return None
    return " | ".join(parts), tuple(marks)


def rows_to_segments(
    rows: Sequence[Sequence[str]],
    make_location: Callable[[int], Location],
    first_row: int = 1,
    numbers: Sequence[int] | None = None,
) -> list[Segment]:
    """`make_location(row_number)` builds each row's location; `numbers` gives each row's own
    number where rows are not consecutive. Header rows are detected as rows that are mostly
    text; the latest header applies to the rows under it. Each cell is stripped once, and a
    row's location is built only when the row holds something (a sheet of 100,000 rows spent
    a third of its reading here)."""
    segments: list[Segment] = []
    headers: list[str] | None = None
    for index, cells in enumerate(rows):
        number = numbers[index] if numbers else first_row + index
        values = [c.strip() for c in cells]
        if _is_header(values):
            headers = values
            found = _row_text(values, number, None)
        else:
            found = _row_text(values, number, headers)
        if found is not None:
            segments.append(Segment(text=found[0], location=make_location(number), marks=found[1]))
    return segments
