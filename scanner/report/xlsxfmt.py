"""XLSX: the CSV columns in a workbook (one sheet of files, one of counts), for auditors who
live in Excel. Written with openpyxl, which the scanner already uses to read workbooks."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from scanner.report.csvfmt import COLUMNS
from scanner.report.redact import redact as redact_verdict
from scanner.types import VERDICTS, Verdict


def write_xlsx(path: Path, verdicts: list[Verdict], redact: bool = False) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "files"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for v in verdicts:
        if redact:
            v = redact_verdict(v)
        top = "; ".join(f"{e.text} ({e.location})" for e in v.evidence[:3])
        sheet.append(
            [
                v.path,
                v.verdict,
                round(v.score, 4),
                ";".join(v.control_codes),
                ";".join(v.categories),
                ";".join(v.magnet_types),
                v.carrier,
                v.exclusion.reason if v.exclusion else "",
                v.error or "",
                top,
            ]
        )
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    counts = book.create_sheet("counts")
    counts.append(["verdict", "files"])
    tally = Counter(v.verdict for v in verdicts)
    for verdict in VERDICTS:
        counts.append([verdict, tally[verdict]])
    book.save(path)
