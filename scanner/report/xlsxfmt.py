"""XLSX: the CSV columns in a workbook (one sheet of files, one of counts, one of the scan's
settings when they are known), for auditors who
live in Excel. Written with openpyxl, which the scanner already uses to read workbooks, in its
write-only mode: rows go to a temporary file as they come, so a sweep's verdicts are never all
held (the whole-workbook mode kept every cell as an object).

Every text is written as a string cell: openpyxl would store a text beginning with `=` (a file
named `=HYPERLINK(…).txt`) as a live formula. Characters a workbook cannot hold (control
characters in a file name) are written as `\\xNN` escapes instead of failing the report."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from scanner.report.csvfmt import COLUMNS
from scanner.report.info import ScanInfo
from scanner.report.redact import redact as redact_verdict
from scanner.report.summary import Summary, unread_reason
from scanner.report.text import path_line, waiver_status
from scanner.types import VERDICTS, Verdict


def write_xlsx(
    path: Path,
    verdicts: Iterable[Verdict],
    redact: bool = False,
    info: ScanInfo | None = None,
    summary: Summary | None = None,
) -> None:
    """The files sheet, the counts sheet, a coverage sheet (given the scan's `summary`: whether
    it was stopped, what it left out, how many files it did not read in full) and (given the
    scan's `info`: a saved JSON scan) a scan sheet of what the scan was run with."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("files")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in COLUMNS:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    tally: Counter[str] = Counter()
    rows = 1
    for v in verdicts:
        tally[v.verdict] += 1
        if redact:
            v = redact_verdict(v)
        top = "; ".join(f"{e.text} ({e.location})" for e in v.evidence[:3])
        row = [
            path_line(v.path),
            v.verdict,
            round(v.score, 4),
            ";".join(v.control_codes),
            ";".join(v.categories),
            ";".join(v.magnet_types),
            v.carrier,
            v.exclusion.reason if v.exclusion else "",
            v.error or "",
            top,
            waiver_status(v),
            unread_reason(v) or "",
        ]
        sheet.append([_text_cell(sheet, value) if isinstance(value, str) else value for value in row])
        rows += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{rows}"
    counts = book.create_sheet("counts")
    counts.append(["verdict", "files"])
    for verdict in VERDICTS:
        counts.append([verdict, tally[verdict]])
    if summary is not None:  # how much of the tree the counts cover
        cover = book.create_sheet("coverage")
        if not summary.recorded:
            cover.append(
                ["recorded", "no: a saved JSON Lines scan keeps no summary; what follows is not known"]
            )
        cover.append(
            [
                "interrupted",
                "yes: only the files done before the scan was stopped" if summary.interrupted else "no",
            ]
        )
        code = summary.recorded_exit_code()
        cover.append(["exit code", "not recorded (the scan was stopped)" if code is None else code])
        cover.append(["partly unread (see not_read)", summary.partly_unread])
        cover.append(["left out (not scanned)", summary.left_out])
        for reason, n in sorted(summary.skipped.items()):
            cover.append([_text_cell(cover, f"left out: {reason}"), n])
    if info is not None:
        scan = book.create_sheet("scan")
        head = {**info.to_dict(), "redacted": redact}
        for key, value in head.items():
            plain = isinstance(value, str | int | float | bool)
            shown = value if plain else json.dumps(value, ensure_ascii=False)
            scan.append([key, _text_cell(scan, shown) if isinstance(shown, str) else shown])
    book.save(path)


def _text_cell(sheet, text: str) -> WriteOnlyCell:
    """A string cell holding `text` (never a formula), with what a workbook cannot hold
    escaped."""
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text))
    cell.data_type = "s"
    return cell
