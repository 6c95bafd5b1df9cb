"""Plain text: one segment per line, located by line number; a tab-separated table in it is
read as a table.

A line's JSON and C-style escapes of characters (`\\u70e7\\u7ed3`, as Python's `json.dump`
writes every Chinese character by default) are read as the characters they stand for; in a
JSON file, so are its `\\n`, `\\t` and `\\r` (a text field's line breaks)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from scanner.extract.base import Extracted, Source
from scanner.extract.decode import decode_bytes
from scanner.extract.table import is_header_row, rows_to_segments
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


#: a text that begins as XML does
_XML_START = re.compile(r"\s*<")


def extract_text(source: Source) -> Extracted:
    text, encoding = decode_bytes(source.read())
    json = source.name.lower().endswith((".json", ".jsonl", ".ndjson", ".geojson"))
    extracted = Extracted(segments=tuple(lines_to_segments(text, json=json)), metadata={"encoding": encoding})
    if _XML_START.match(text):  # XML that no declaration named (an XPS page, `.fpage`)
        from scanner.extract.markup import glyph_gap

        gap = glyph_gap(text)
        if gap is not None:
            return extracted.plus(gap)
    return extracted


def lines_to_segments(text: str, first_line: int = 1, json: bool = False) -> list[Segment]:
    """One segment a line; a block of tab-separated lines under a header line (a table pasted
    from a spreadsheet into a mail or a note) is read as the table it is, each value beside
    its column's name (`table.rows_to_segments`)."""
    lines = text.splitlines()
    tables = dict(_tab_tables(lines)) if "\t" in text else {}
    if "  " in text or "\u3000" in text:  # columns aligned with spaces (`_spaced_tables`)
        tables.update(_spaced_tables(lines))  # its lines hold no tab: no tab table's lines
    segments = []
    index = 0
    while index < len(lines):
        if index in tables:
            end = tables[index]
            rows = [_cells(unescape(line, json)) for line in lines[index:end]]
            numbers = list(range(first_line + index, first_line + end))
            segments.extend(rows_to_segments(rows, lambda n: Location(line=n), numbers=numbers))
            index = end
            continue
        line = lines[index]
        if line.strip():
            segments.append(Segment(text=unescape(line, json), location=Location(line=first_line + index)))
        index += 1
    return segments


#: a pasted table: at least this many lines of at least `TAB_CELLS` cells, the first of them a
#: header of short names (a chat export's "time TAB name TAB message" lines are no table: its
#: first line ends in a message)
TAB_ROWS, TAB_CELLS, HEADER_CELL_CHARS = 3, 3, 40
#: a time or a date: a log's or a chat's line, never a column's name
_STAMP = re.compile(r"\d{1,2}:\d{2}|\d{4}[-/.年]\d{1,2}")


#: columns aligned with spaces: cells stand two or more spaces apart
_SPACED = re.compile(r" *\u3000[ \u3000]*| {2,}")


def _reads_as_table(header: list[str], rows: int) -> bool:
    """Whether a block of `rows` lines under `header` reads as a table: TAB_ROWS lines at least,
    under a header of short names that are neither times nor dates."""
    return (
        rows >= TAB_ROWS
        and is_header_row(header)
        and all(len(cell) <= HEADER_CELL_CHARS and not _STAMP.search(cell) for cell in header)
    )


def _cells(line: str) -> list[str]:
    """A table line's cells: split at tabs, or, in a line without tabs, where two or more
    spaces stand (a column aligned with spaces)."""
    return line.split("\t") if "\t" in line else _SPACED.split(line.strip())


def _spaced_tables(lines: list[str]) -> Iterator[tuple[int, int]]:
    """(first, end) line indices of each block of lines whose columns are aligned with spaces
    (a process card typed in a plain-text editor: "段  温度(℃)  时间(min)", then rows of numbers)
    and that reads as a table: TAB_ROWS lines at least, each of the header's number of cells,
    TAB_CELLS or more, under a header of short names. A row with another number of cells (a
    cell left empty shifts the columns) ends the block: a value is never put under another
    column's name."""
    index = 0
    while index < len(lines):
        line = lines[index]
        header = _SPACED.split(line.strip()) if "\t" not in line else []
        end = index + 1
        if len(header) >= TAB_CELLS:
            while (
                end < len(lines)
                and "\t" not in lines[end]
                and len(_SPACED.split(lines[end].strip())) == len(header)
            ):
                end += 1
        if _reads_as_table(header, end - index):
            yield index, end
            index = end
        else:
            index += 1


def _tab_tables(lines: list[str]) -> Iterator[tuple[int, int]]:
    """(first, end) line indices of each block of tab-separated lines that reads as a table."""
    index = 0
    while index < len(lines):
        if lines[index].count("\t") < TAB_CELLS - 1:
            index += 1
            continue
        end = index
        while end < len(lines) and lines[end].count("\t") >= TAB_CELLS - 1:
            end += 1
        header = [cell.strip() for cell in lines[index].split("\t")]
        if _reads_as_table(header, end - index):
            yield index, end
        index = end
