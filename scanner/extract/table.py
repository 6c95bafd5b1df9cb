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
#: one unit, as a units row under a header writes it ("°C", "(h)", "[MPa]", "g/L", "A/cm²")
_UNIT_ATOM = (
    r"(?:°C|℃|°F|‰|%|wt%|at%|vol%|mol%|ppm|ppb|pH|MGOe|kOe|Oe|rpm|Torr|psi|mbar|bar"
    r"|[kMGmcdµμun]?(?:Pa|A|V|W|Hz|g|L|l|m|s|T|J|N|Ω|mol)|h|hr|hrs|min|sec|d|K|t|C|r"
    r"|小时|分钟|分|秒|天|吨|千克|公斤|克|升|毫升|米|毫米|微米|转|安|伏|度)(?:[23²³])?"
)
_UNIT_CELL = re.compile(rf"[\[(（]?\s*{_UNIT_ATOM}(?:\s*[/·*]\s*{_UNIT_ATOM})*\s*[\])）]?")
_BRACKETS = "[]()（）"


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


def _units_row(values: Sequence[str]) -> bool:
    """A row whose every filled cell is a unit: the units of the header above it. One bare
    letter alone ('N' under 'Batch | Lot size | Run') is a value as much as a unit: a single
    cell counts only bracketed or of two characters or more."""
    filled = [v for v in values if v]
    if not filled or not all(_UNIT_CELL.fullmatch(v) for v in filled):
        return False
    return len(filled) > 1 or len(filled[0]) > 1


def _with_units(headers: Sequence[str], units: Sequence[str]) -> list[str]:
    """A header with the units row under it: "Temperature" over "°C" is "Temperature (°C)"."""
    merged = list(headers) + [""] * max(0, len(units) - len(headers))
    for col, unit in enumerate(units):
        if unit:
            bare = unit.strip(_BRACKETS).strip()
            merged[col] = f"{merged[col]} ({bare})" if merged[col] else f"({bare})"
    return merged


def _groups_over(upper: Sequence[str], lower: Sequence[str]) -> bool:
    """`upper` names groups of `lower`'s columns, as merged header cells do ("烧结" over "温度 |
    时间"; a spreadsheet keeps a merged cell's text in its first cell, the others empty): short
    names, each group over two columns or more, and either two groups or a name merged down
    over both rows beside one ("批号" above an empty cell). A sheet's key-value preamble
    ("revision | R7 …" above the table's header) is none: its one "group" is a value, and the
    header under it has a name in every column."""
    width = max(len(upper), len(lower))
    up = [upper[i] if i < len(upper) else "" for i in range(width)]
    low = [lower[i] if i < len(lower) else "" for i in range(width)]
    filled = [i for i, v in enumerate(up) if v]
    if len(filled) < 2 or sum(1 for v in low if v) <= len(filled):
        return False
    if any(len(up[i]) > GROUP_CHARS or _NUMERIC.match(up[i]) or _DIGITS.search(up[i]) for i in filled):
        return False  # a value (a number, a date, a code), not a group's name
    if any(i + 1 in filled and low[i] for i in filled):
        return False  # side by side, each over a column: a key and its value ("Line | 冷轧二车间")
    groups = sum(1 for i in filled if i + 1 < width and not up[i + 1] and low[i + 1])
    merged_down = any(not low[i] for i in filled)
    return groups >= 2 or (groups == 1 and merged_down)


#: a group's name is short: a longer cell above a header is a value or a note
GROUP_CHARS = 24
#: a group's name has no number in it: "PF-Ce-07", "2024-02", "Rev 3" are values
_DIGITS = re.compile(r"\d")


def _with_groups(upper: Sequence[str], lower: Sequence[str]) -> list[str]:
    """Each column named by its group and its own name: "烧结 温度", "烧结 时间", "回火 温度";
    a group runs from its cell to the right until the next one."""
    names = []
    group = ""
    for col in range(max(len(upper), len(lower))):
        above = upper[col] if col < len(upper) else ""
        own = lower[col] if col < len(lower) else ""
        if above:
            group = above
        if above and not own:
            names.append(above)  # a name over both rows (merged down): its own
        elif group and own and group != own:
            names.append(f"{group} {own}")
        else:
            names.append(own or group)
    return names


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
    a third of its reading here). A row of units right under a header adds its units to the
    header's names ("Temperature (°C)"): each value is then read with its unit."""
    segments: list[Segment] = []
    headers: list[str] | None = None
    under_header = False  # the last row that held something was a header
    may_group = True  # that header may be the groups of the next one
    for index, cells in enumerate(rows):
        number = numbers[index] if numbers else first_row + index
        values = [c.strip() for c in cells]
        if under_header and headers is not None and _units_row(values):
            headers = _with_units(headers, values)
            found = _row_text(values, number, None)
            under_header = False
        elif _is_header(values):
            grouped = under_header and may_group and headers is not None and _groups_over(headers, values)
            headers = _with_groups(headers, values) if grouped else values  # type: ignore[arg-type]
            found = _row_text(values, number, None)
            under_header = True
            may_group = not grouped  # groups over groups: the third header row starts afresh
        else:
            found = _row_text(values, number, headers)
            if found is not None:
                under_header, may_group = False, True
        if found is not None:
            segments.append(Segment(text=found[0], location=make_location(number), marks=found[1]))
    return segments
