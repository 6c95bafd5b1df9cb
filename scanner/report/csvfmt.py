"""CSV: one row per file, lists joined with `;`."""

from __future__ import annotations

import csv
from typing import TextIO

from scanner.report.summary import Summary
from scanner.types import Verdict

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
)


class CsvReporter:
    def __init__(self, out: TextIO) -> None:
        self.writer = csv.writer(out)

    def start(self) -> None:
        self.writer.writerow(COLUMNS)

    def file(self, v: Verdict) -> None:
        top = "; ".join(f"{e.text} ({e.location})" for e in v.evidence[:3])
        self.writer.writerow(
            [
                v.path,
                v.verdict,
                f"{v.score:.4f}",
                ";".join(v.control_codes),
                ";".join(v.categories),
                ";".join(v.magnet_types),
                v.carrier,
                v.exclusion.reason if v.exclusion else "",
                v.error or "",
                top,
            ]
        )

    def finish(self, summary: Summary) -> None:
        pass
