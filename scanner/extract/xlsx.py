"""XLSX: every sheet, cell coordinates, headers, properties.

Read straight from the XML (`sheetxml.py`) when the workbook has the common shape, else with
openpyxl in read-only mode; both give the same rows, so the same text and locations."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Iterator
from types import SimpleNamespace

from scanner.extract import ooxmlrest, sheetxml
from scanner.extract.base import Extracted, Source, open_package, property_segments, require_text
from scanner.extract.sheetxml import Row, Unsupported
from scanner.extract.table import rows_to_segments
from scanner.types import Location, Segment, Skip

_PROPS = ("title", "subject", "keywords", "creator", "description", "category")


def extract_xlsx(source: Source) -> Extracted:
    data = source.read()
    try:
        book = sheetxml.open_workbook(data)
    except Unsupported:
        pass
    else:
        try:
            return _extract(
                SimpleNamespace(**book.properties), book.sheetnames, book.sheets, book.rows, source
            )
        except Unsupported:
            pass  # read it again with openpyxl, which decides as it always has
        finally:
            book.close()
    return _extract_openpyxl(data, source)


def _extract_openpyxl(data: bytes, source: Source) -> Extracted:
    import openpyxl

    workbook = open_package(
        "XLSX",
        lambda: openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False),
    )
    try:
        sheets = {sheet.title: sheet for sheet in workbook.worksheets}
        extracted = _extract(
            workbook.properties,
            workbook.sheetnames,
            [(title, title) for title in sheets],
            lambda title: _openpyxl_rows(sheets[title]),
            source,
        )
    finally:
        workbook.close()
    # a sheet the workbook lists whose part is not in the file: openpyxl drops it silently
    gone = [
        Skip("unreadable", f"sheet {name}", "its part is missing from the file")
        for name in sheetxml.missing_sheets(data)
    ]
    return dataclasses.replace(extracted, skipped=(*extracted.skipped, *gone)) if gone else extracted


def _openpyxl_rows(sheet) -> Iterator[Row]:
    # a stale `dimension` ("A1" over a full sheet) would end the rows and cells read there
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()
    for row in sheet.iter_rows(values_only=False):
        cells = list(row)
        yield Row(len(cells), [_cell_text(c) for c in cells], _row_number(cells))


def _extract(
    properties: object,
    sheetnames: list[str],
    sheets: list[tuple[str, str]],
    rows_of: Callable[[str], Iterator[Row]],
    source: Source,
) -> Extracted:
    """The workbook's segments from either reader: `sheets` are (title, key for `rows_of`)."""
    segments: list[Segment] = []
    metadata: dict[str, str] = {}
    skipped: list[Skip] = []
    segments.extend(property_segments(properties, metadata, _PROPS))
    budget = source.limits.max_sheet_cells
    for title, key in sheets:
        segments.append(Segment(f"sheet: {title}", Location(sheet=title, cell="")))
        rows: list[list[str]] = []
        numbers: list[int] = []
        try:
            for row in rows_of(key):
                budget -= row.width
                if budget < 0:
                    limit = source.limits.max_sheet_cells
                    skipped.append(Skip("limit", f"sheet {title}", f"cell limit reached ({limit})"))
                    break
                if any(row.texts):
                    rows.append(row.texts)
                    numbers.append(row.number if row.number is not None else len(numbers) + 1)
        except Unsupported:
            raise
        except Exception as exc:
            skipped.append(Skip("unreadable", f"sheet {title}", f"partly unreadable: {type(exc).__name__}"))
        segments.extend(rows_to_segments(rows, lambda r, s=title: Location(sheet=s), numbers=numbers))
        if budget < 0:
            rest = sheetnames[sheetnames.index(title) + 1 :]
            if rest:
                skipped.append(Skip("limit", "sheets " + ", ".join(rest), "not read: cell limit reached"))
            break
    extracted = Extracted(tuple(segments), metadata, (), tuple(skipped))
    return require_text(ooxmlrest.completed(extracted, source.read(), "xlsx"), "this workbook")


def _cell_text(cell) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _row_number(cells: list) -> int | None:
    for cell in cells:
        row = getattr(cell, "row", None)
        if isinstance(row, int):
            return row
    return None
