"""XLSX workbooks read straight from their XML with lxml: the cell values openpyxl's read-only
mode gives (`data_only`), at a fraction of its cost.

openpyxl builds an object per style, shared string and cell through its descriptor machinery:
15–30 ms for an ordinary office workbook, where this reader takes 1–3 ms. It reads what the
scanner reads and nothing else (the sheets' rows, the shared strings, the number formats that
make a number a date, the core properties) and follows openpyxl's read-only rules exactly,
its quirks included (but for a stale `dimension`, which neither is let to trust), so a workbook
gives the same text and cell locations whichever reader read it (`tests/extract/test_sheetxml.py`
compares them). Anything outside the common shape — another namespace (strict OOXML), a chart
sheet, the 1904 date system, a value it cannot convert, any parse error — raises `Unsupported`
and the caller reads the workbook with openpyxl, which then decides as it always has.
"""

from __future__ import annotations

import itertools
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from scanner.extract.opc import SAFE as _SAFE
from scanner.extract.opc import relationship_rows, rels_of
from scanner.extract.opc import xml as _xml
from scanner.extract.zipview import open_zip, part_stream

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_WORKSHEET_REL = _REL + "/worksheet"
_SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
#: openpyxl's workbook content types, in the order `_find_workbook_part` tries them
_WORKBOOK_TYPES = (
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
)
_IN_MAIN = f"{{{_MAIN}}}"
_ROW = f"{{{_MAIN}}}row"
_C = f"{{{_MAIN}}}c"
_V = f"{{{_MAIN}}}v"
_IS = f"{{{_MAIN}}}is"
_T = f"{{{_MAIN}}}t"
_R = f"{{{_MAIN}}}r"
_DIMENSION = f"{{{_MAIN}}}dimension"
_SHEET_DATA = f"{{{_MAIN}}}sheetData"


#: openpyxl's `DocumentProperties` names its own library as the creator of a workbook that
#: names none (kept, so that both readers give the same text)
DEFAULT_PROPERTIES: dict[str, str | None] = {"creator": "openpyxl"}


class Unsupported(Exception):
    """Not a workbook this reader reads as openpyxl would: read it with openpyxl."""


@dataclass
class Row:
    """One row as openpyxl's `iter_rows` yields it: `width` cells (what the cell limit counts),
    the text of each (empty where there is no cell), and the row number of its first cell."""

    width: int
    texts: list[str]
    number: int | None


@dataclass
class Workbook:
    archive: zipfile.ZipFile
    properties: dict[str, str | None]
    sheets: list[tuple[str, str]]  # title, part name
    strings: list[str]
    date_styles: set[int] = field(default_factory=set)
    timedelta_styles: set[int] = field(default_factory=set)

    @property
    def sheetnames(self) -> list[str]:
        return [title for title, _ in self.sheets]

    def close(self) -> None:
        self.archive.close()

    def rows(self, part: str) -> Iterator[Row]:
        """The sheet's rows in openpyxl's read-only order and shape (`_cells_by_row`, `_get_row`:
        rows missing from the XML come as empty rows, a `dimension` cuts the rows and columns
        beyond it). Any fault raises `Unsupported`."""
        try:
            yield from self._rows(part)
        except Unsupported:
            raise
        except Exception as exc:
            raise Unsupported(f"{type(exc).__name__}: {exc}") from exc

    def _rows(self, part: str) -> Iterator[Row]:
        from openpyxl.utils.cell import range_boundaries

        parsed = self._parsed_rows(part)
        first = next(parsed, None)
        # A sheet's `dimension` is not trusted: export tools leave a stale one ("A1" over a full
        # sheet), and openpyxl's read-only mode would stop there, every other cell unread. The
        # rows and cells are read as the XML holds them (openpyxl after `reset_dimensions`).
        max_col = max_row = None
        if isinstance(first, str):  # the sheet's dimension, checked but not used
            range_boundaries(first)
            first = None
        rows = parsed if first is None else itertools.chain([first], parsed)
        empty = Row(max_col or 0, [""] * (max_col or 0), None)
        counter = idx = 1
        for idx, cells in rows:
            if max_row is not None and idx > max_row:
                break
            while counter < idx:
                counter += 1
                yield empty
            if counter <= idx:
                counter += 1
                yield _shape(cells, max_col)
        if max_row is not None and max_row < idx:
            for _ in range(counter, max_row + 1):
                yield empty

    def _parsed_rows(self, part: str) -> Iterator:
        """The sheet's `dimension` reference first if one comes before its first row and the
        end of its data (openpyxl's `parse_dimensions` reads the same one, in a pass of its
        own), then (row number, [(row, column, text)]) per `row` element, numbered as openpyxl's
        `WorkSheetParser` numbers them."""
        from lxml import etree

        row_counter = 0
        dimension_open = True
        with part_stream(self.archive, part) as stream:
            tags = (_DIMENSION, _ROW, _SHEET_DATA)
            for _, element in etree.iterparse(stream, events=("end",), tag=tags, **_SAFE):
                if element.tag != _ROW:
                    if element.tag == _DIMENSION and dimension_open:
                        ref = element.get("ref")
                        if ref is None:
                            raise Unsupported("a dimension without a reference")
                        yield ref
                    dimension_open = False
                    continue
                dimension_open = False
                r = element.get("r")
                if r is not None:
                    try:
                        row_counter = int(r)
                    except ValueError:
                        number = float(r)
                        if not number.is_integer():
                            raise Unsupported(f"row number {r}") from None
                        row_counter = int(number)
                else:
                    row_counter += 1
                col_counter = 0
                cells = []
                for child in element:
                    if child.tag != _C:
                        raise Unsupported(f"{child.tag} in a row")
                    coordinate = child.get("r")
                    if coordinate:
                        row, column = _coordinate(coordinate)
                        col_counter = column
                    else:
                        col_counter += 1
                        row, column = row_counter, col_counter
                    cells.append((row, column, self._cell_text(child)))
                element.clear()
                while element.getprevious() is not None:
                    del element.getparent()[0]
                yield row_counter, cells

    def _cell_text(self, cell) -> str:
        """The cell's value as `xlsx._cell_text` writes openpyxl's (data only)."""
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            child = cell.find(_IS)
            return "" if child is None else _text_content(child)
        value = cell.findtext(_V) or None
        if value is None:
            return ""
        if kind == "n":
            number = float(value) if ("." in value or "E" in value or "e" in value) else int(value)
            style = cell.get("s", 0)
            if style:
                style = int(style)
            if style in self.date_styles:
                from openpyxl.utils.datetime import WINDOWS_EPOCH, from_excel

                try:
                    when = from_excel(number, WINDOWS_EPOCH, timedelta=style in self.timedelta_styles)
                except (OverflowError, ValueError):
                    return "#VALUE!"
                return str(when)
            if isinstance(number, float) and number.is_integer():
                return str(int(number))
            return str(number)
        if kind == "s":
            return self.strings[int(value)]
        if kind == "b":
            return str(bool(int(value)))
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601

            return str(from_ISO8601(value))
        return value  # str (a formula's text result), e (an error such as #N/A), others as written


def open_workbook(data: bytes) -> Workbook:
    """The workbook's parts this reader needs, or `Unsupported`."""
    try:
        archive = open_zip(data)
    except Exception as exc:
        raise Unsupported(f"not a zip: {exc}") from exc
    try:
        return _open(archive)
    except Exception as exc:
        archive.close()
        if isinstance(exc, Unsupported):
            raise
        raise Unsupported(f"{type(exc).__name__}: {exc}") from exc


def missing_sheets(data: bytes) -> list[str]:
    """The sheets the workbook lists whose part is not in the file (openpyxl leaves them out
    without a word); [] where the workbook cannot be looked into."""
    try:
        with open_zip(data) as archive:
            names = set(archive.namelist())
            book, workbook_part, _ = _workbook(archive)
            rels = _relationships(archive, workbook_part)
            return [
                sheet.get("name", "")
                for sheet in book.iter(f"{{{_MAIN}}}sheet")
                if rels.get(sheet.get(f"{{{_REL}}}id", ""), ("", ""))[1] not in names
            ]
    except Exception:
        return []


def _workbook(archive: zipfile.ZipFile):
    """The workbook part's root and name, and the manifest's overrides (content type → part)."""
    types = _xml(archive, "[Content_Types].xml")
    overrides = {o.get("ContentType"): o.get("PartName", "") for o in types.iter(f"{{{_CT}}}Override")}
    workbook_part = next((overrides[t] for t in _WORKBOOK_TYPES if t in overrides), None)
    if workbook_part is None:
        raise Unsupported("no workbook part named in the manifest")
    workbook_part = workbook_part.lstrip("/")
    return _xml(archive, workbook_part), workbook_part, overrides


def _open(archive: zipfile.ZipFile) -> Workbook:
    names = set(archive.namelist())
    book, workbook_part, overrides = _workbook(archive)
    if book.tag != f"{{{_MAIN}}}workbook":
        raise Unsupported(f"workbook root {book.tag}")
    pr = book.find(f"{{{_MAIN}}}workbookPr")
    if pr is not None and pr.get("date1904") not in (None, "0", "false"):
        raise Unsupported("1904 date system")
    rels = _relationships(archive, workbook_part)
    sheets: list[tuple[str, str]] = []
    for sheet in book.iter(f"{{{_MAIN}}}sheet"):
        rid = sheet.get(f"{{{_REL}}}id")
        if not rid:
            raise Unsupported("a sheet without a relationship")
        kind, target = rels[rid]
        if target not in names:
            raise Unsupported(f"missing sheet part {target}")
        if kind != _WORKSHEET_REL:
            raise Unsupported(f"sheet of type {kind}")
        sheets.append((sheet.get("name", ""), target))
    strings_part = overrides.get(_SHARED_STRINGS_TYPE)
    strings = _shared_strings(archive, strings_part.lstrip("/")) if strings_part else []
    date_styles, timedelta_styles = _date_styles(archive) if "xl/styles.xml" in names else (set(), set())
    properties = _core_properties(archive) if "docProps/core.xml" in names else dict(DEFAULT_PROPERTIES)
    return Workbook(archive, properties, sheets, strings, date_styles, timedelta_styles)


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships as openpyxl's `get_dependents` resolves them: id → (type,
    target relative to the package root)."""
    return {rid: (kind, target) for rid, kind, target in relationship_rows(archive, rels_of(part))}


def _text_content(node) -> str:
    """openpyxl's `Text.content`: the last plain `t` child, then each run's (last) `t`, in order;
    phonetic runs left out."""
    plain = None
    runs = []
    for child in node:
        if not isinstance(child.tag, str):
            continue  # a comment or processing instruction (openpyxl's parser drops them)
        if not child.tag.startswith(_IN_MAIN):
            raise Unsupported(f"{child.tag} in a string")  # openpyxl matches local names
        if child.tag == _T:
            plain = child.text
        elif child.tag == _R:
            run_text = None
            for grand in child:
                if isinstance(grand.tag, str) and not grand.tag.startswith(_IN_MAIN):
                    raise Unsupported(f"{grand.tag} in a run")
                if grand.tag == _T:
                    run_text = grand.text
            if run_text is None:
                raise Unsupported("a rich-text run without text")  # openpyxl refuses it
            runs.append(run_text)
    return "".join(s for s in [plain, *runs] if s is not None)


def _shared_strings(archive: zipfile.ZipFile, part: str) -> list[str]:
    from lxml import etree

    strings = []
    with part_stream(archive, part) as stream:
        for _, node in etree.iterparse(stream, events=("end",), tag=f"{{{_MAIN}}}si", **_SAFE):
            strings.append(_text_content(node).replace("x005F_", ""))
            node.clear()
    return strings


def _date_styles(archive: zipfile.ZipFile) -> tuple[set[int], set[int]]:
    """The cell styles whose number format makes a number a date or a duration, as openpyxl's
    `Stylesheet._normalise_numbers` indexes them."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

    root = _xml(archive, "xl/styles.xml")
    custom = {}
    for fmt in root.iter(f"{{{_MAIN}}}numFmt"):
        custom[int(fmt.get("numFmtId"))] = fmt.get("formatCode")
    xfs = root.find(f"{{{_MAIN}}}cellXfs")
    dates: set[int] = set()
    durations: set[int] = set()
    if xfs is None:
        return dates, durations
    for index, xf in enumerate(xfs.iterfind(f"{{{_MAIN}}}xf")):
        number = int(xf.get("numFmtId", 0))
        code = custom[number] if number in custom else BUILTIN_FORMATS.get(number)
        if is_date_format(code):
            dates.add(index)
        if is_timedelta_format(code):
            durations.add(index)
    return dates, durations


def _core_properties(archive: zipfile.ZipFile) -> dict[str, str | None]:
    """The core properties by local name (the last of a name wins, as in openpyxl)."""
    from lxml import etree

    out = dict(DEFAULT_PROPERTIES)
    for child in _xml(archive, "docProps/core.xml"):
        if isinstance(child.tag, str):
            out[etree.QName(child).localname] = child.text
    return out


#: a plain cell reference ("B12"); anything else goes through openpyxl's own parser
_PLAIN_COORDINATE = re.compile(r"([A-Z]{1,3})([0-9]+)")
_COLUMNS: dict[str, int] = {}


def _coordinate(coordinate: str) -> tuple[int, int]:
    """openpyxl's `coordinate_to_tuple`, with the column letters' index remembered."""
    plain = _PLAIN_COORDINATE.fullmatch(coordinate)
    if plain is None:
        from openpyxl.utils.cell import coordinate_to_tuple

        return coordinate_to_tuple(coordinate)
    letters, digits = plain.groups()
    column = _COLUMNS.get(letters)
    if column is None:
        from openpyxl.utils.cell import column_index_from_string

        column = _COLUMNS[letters] = column_index_from_string(letters)
    return int(digits), column


def _shape(cells: list[tuple[int, int, str]], max_col: int | None) -> Row:
    """openpyxl's `_get_row` with `min_col` 1: a row as wide as the dimension (or as its last
    cell's column), cells outside it dropped."""
    if not cells and not max_col:
        return Row(0, [], None)
    width = max_col or cells[-1][1]
    texts = [""] * width
    first: tuple[int, int] | None = None  # (column, row) of the leftmost cell kept
    for row, column, text in cells:
        if 1 <= column <= width:
            texts[column - 1] = text
            if first is None or column < first[0]:
                first = (column, row)
    return Row(width, texts, first[1] if first else None)
