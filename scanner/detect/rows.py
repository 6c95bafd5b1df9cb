"""The cells of a table row as the scanner's text holds it, for the rules that read tables of
numbers (`cascades.py`, `programs.py`): a delimited row ("1,E,41.2", a Markdown or
tab-separated row, columns two spaces apart) or a row the spreadsheet readers write under a
header line, each cell after its column's name ("stg: 1 | La o: 5.93").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

_CELL_SPLIT = re.compile(r"\s*(?:\||\t|,|;|，|；)\s*|\s{2,}")
#: a cell as the spreadsheet readers write it under a header: "name: value"
_NAMED = re.compile(r"(.+?):\s+(.*)")


def cell_spans(line: str) -> list[tuple[str, int]]:
    """A row's non-empty cells, each with where it starts in `line`."""
    out = []
    pos = 0
    for sep in [*_CELL_SPLIT.finditer(line), None]:
        end = sep.start() if sep is not None else len(line)
        cell = line[pos:end]
        stripped = cell.strip().strip("|").strip()
        if stripped:
            out.append((stripped, pos + cell.find(stripped)))
        if sep is not None:
            pos = sep.end()
    return out


def row_cells(line: str) -> list[str]:
    """A row's non-empty cells."""
    return [c for c, _ in cell_spans(line)]


def by_column(line: str, names: tuple[str, ...]) -> list[tuple[str, int]] | None:
    """A row's cells under the header `names`, each with where its value starts in `line`: by
    their own column names where the row writes them ("name: value"), else by position when
    the row has about as many cells as the header. None for a row of another shape."""
    spans = cell_spans(line)
    if not spans:
        return None
    named = [(_NAMED.fullmatch(c), at) for c, at in spans]
    if named[0][0] is not None and named[0][0].group(1).strip() in names:
        out: list[tuple[str, int]] = [("", -1)] * len(names)
        for m, at in named:
            if m is None:
                continue
            name = m.group(1).strip()
            if name in names:
                out[names.index(name)] = (m.group(2).strip(), at + m.start(2))
        return out
    if abs(len(spans) - len(names)) <= len(names) // 2:
        return spans
    return None


def line_end(text: str, start: int) -> int:
    """Where the line that begins at `start` ends (its newline, or the text's end)."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def lines_with(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The lines of `text` (start, end) that hold one of `words`, in text order, each once:
    where a table's header may stand. The words are found by str's search in C; a pattern
    without a literal prefix is tried at every character (80 µs a kilobyte), and most texts
    hold none of them."""
    starts: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            at = text.find(word, line_end(text, at))
    return [(start, line_end(text, start)) for start in sorted(starts)]


def rows_under(
    text: str, end: int, read: Callable[[str, int], T | None], max_gap: int
) -> tuple[list[T], int]:
    """What `read` makes of each line below a header line that ends at `end` (the line and where
    it starts; None for a line that is no row), until more than `max_gap` lines in a row are
    none; and where the reading stopped."""
    found: list[T] = []
    gap = 0
    pos = end + 1
    while pos <= len(text) and gap <= max_gap:
        stop = line_end(text, pos)
        item = read(text[pos:stop], pos)
        if item is None:
            gap += 1
        else:
            found.append(item)
            gap = 0
        pos = stop + 1
    return found, pos
