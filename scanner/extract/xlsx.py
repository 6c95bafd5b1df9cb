"""XLSX with openpyxl in read-only mode: every sheet, cell coordinates, headers, properties."""

from __future__ import annotations

import io

from scanner.extract.base import Extracted, Source, open_package, property_segments, require_text
from scanner.extract.table import rows_to_segments
from scanner.types import Location, Segment, Skip

_PROPS = ("title", "subject", "keywords", "creator", "description", "category")


def extract_xlsx(source: Source) -> Extracted:
    import openpyxl

    workbook = open_package(
        "XLSX",
        lambda: openpyxl.load_workbook(
            io.BytesIO(source.read()), read_only=True, data_only=True, keep_links=False
        ),
    )
    segments: list[Segment] = []
    metadata: dict[str, str] = {}
    skipped: list[Skip] = []
    try:
        segments.extend(property_segments(workbook.properties, metadata, _PROPS))
        budget = source.limits.max_sheet_cells
        for sheet in workbook.worksheets:
            segments.append(Segment(f"sheet: {sheet.title}", Location(sheet=sheet.title, cell="")))
            rows: list[list[str]] = []
            numbers: list[int] = []
            try:
                for row in sheet.iter_rows(values_only=False):
                    cells = list(row)
                    budget -= len(cells)
                    if budget < 0:
                        skipped.append(
                            Skip(
                                "limit",
                                f"sheet {sheet.title}",
                                f"cell limit reached ({source.limits.max_sheet_cells})",
                            )
                        )
                        break
                    texts = [_cell_text(c) for c in cells]
                    if any(texts):
                        rows.append(texts)
                        numbers.append(_row_number(cells, len(numbers) + 1))
            except Exception as exc:
                skipped.append(
                    Skip("unreadable", f"sheet {sheet.title}", f"partly unreadable: {type(exc).__name__}")
                )
            segments.extend(
                rows_to_segments(rows, lambda r, s=sheet.title: Location(sheet=s), numbers=numbers)
            )
            if budget < 0:
                rest = workbook.sheetnames[workbook.sheetnames.index(sheet.title) + 1 :]
                if rest:
                    skipped.append(Skip("limit", "sheets " + ", ".join(rest), "not read: cell limit reached"))
                break
    finally:
        workbook.close()
    return require_text(Extracted(tuple(segments), metadata, (), tuple(skipped)), "this workbook")


def _cell_text(cell) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _row_number(cells: list, fallback: int) -> int:
    for cell in cells:
        row = getattr(cell, "row", None)
        if isinstance(row, int):
            return row
    return fallback
