"""CSV: one row per file, lists joined with `;`. The file starts with a UTF-8 byte order mark:
Excel on a Chinese (or any non-UTF-8) Windows reads CSV in the ANSI code page without it and
garbles every Chinese path and term.

A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written after a
single quote: Excel would run it as a formula (a file named `=HYPERLINK("http://…")`.txt`
shared by anyone with write access to the drive). Excel shows the quote-prefixed text as it is.
Every field is written in double quotes: Excel set to a `;` list separator (most of Europe)
splits an unquoted field at its semicolons, and a file named `x;=1+1;@SUM(A1).txt` would give
it cells that begin with a formula."""

from __future__ import annotations

import csv
from typing import TextIO

from scanner.report.redact import redact as redact_verdict
from scanner.report.summary import Summary, unread_reason
from scanner.report.text import path_line, waiver_status
from scanner.types import Verdict

BOM = "\ufeff"
COLUMNS = (
    "path",
    "verdict",
    "score",
    "control_codes",
    "categories",
    "magnet_types",
    "carrier",
    "exclusion",
    "error",
    "top_evidence",
    "waiver",  # the waiver that holds, or why the file's waiver no longer does
    "not_read",  # what of the file was not read, and why (a `review` or `error` for that)
)


#: what a spreadsheet takes for the start of a formula (OWASP's CSV injection list)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(text: str) -> str:
    """`text` as a spreadsheet shows it and never runs it (see the module's documentation)."""
    return "'" + text if text.startswith(FORMULA_START) else text


class CsvReporter:
    def __init__(self, out: TextIO, redact: bool = False, bom: bool = True) -> None:
        self.out = out
        self.writer = csv.writer(out, quoting=csv.QUOTE_ALL)
        self.redact = redact
        self.bom = bom

    def start(self) -> None:
        if self.bom:
            self.out.write(BOM)
        self.writer.writerow(COLUMNS)

    def file(self, v: Verdict) -> None:
        if self.redact:
            v = redact_verdict(v)
        top = "; ".join(f"{e.text} ({e.location})" for e in v.evidence[:3])
        self.writer.writerow(
            [
                inert(path_line(v.path)),
                v.verdict,
                f"{v.score:.4f}",
                ";".join(v.control_codes),
                ";".join(v.categories),
                ";".join(v.magnet_types),
                v.carrier,
                v.exclusion.reason if v.exclusion else "",
                inert(v.error or ""),
                inert(top),
                inert(waiver_status(v)),
                inert(unread_reason(v) or ""),
            ]
        )

    def finish(self, summary: Summary) -> None:
        pass
