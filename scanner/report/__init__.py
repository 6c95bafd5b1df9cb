"""Reporters, listed explicitly. Each has start(), file(verdict) and finish(summary)."""

from __future__ import annotations

from typing import Protocol, TextIO

from scanner.report.info import ScanInfo
from scanner.report.summary import (
    EXIT_CLEAN,
    EXIT_FLAGGED,
    EXIT_INTERNAL,
    EXIT_UNREAD,
    EXIT_USAGE,
    FAIL_ON_ALL,
    FAIL_ON_CHOICES,
    Summary,
    parse_fail_on,
)
from scanner.types import Verdict

FORMATS = ("text", "json", "jsonl", "csv", "sarif", "html")


class Reporter(Protocol):
    def start(self) -> None: ...
    def file(self, v: Verdict) -> None: ...
    def finish(self, summary: Summary) -> None: ...


def make_reporter(
    fmt: str,
    out: TextIO,
    colour: bool = False,
    redact: bool = False,
    info: ScanInfo | None = None,
    bom: bool = True,
) -> Reporter:
    """The reporter for `fmt`. `redact` masks process values and snippet text in every format
    (`scanner.report.redact`); `info` is the JSON header (and the roots and warnings of the
    text summary); `bom` starts CSV with a UTF-8 byte order mark (for Excel)."""
    # each format's module is imported when asked for (a warm sweep's start-up is most of it)
    if fmt == "text":
        from scanner.report.text import TextReporter

        return TextReporter(out, colour, redact=redact, info=info)
    if fmt == "json":
        from scanner.report.jsonfmt import JsonReporter

        return JsonReporter(out, info=info, redact=redact)
    if fmt == "jsonl":
        from scanner.report.jsonfmt import JsonlReporter

        return JsonlReporter(out, redact=redact)
    if fmt == "csv":
        from scanner.report.csvfmt import CsvReporter

        return CsvReporter(out, redact=redact, bom=bom)
    if fmt == "sarif":
        from scanner.report.sariffmt import SarifReporter

        return SarifReporter(out, info=info, redact=redact)
    if fmt == "html":
        from scanner.report.htmlfmt import HtmlReporter

        return HtmlReporter(out, info=info, redact=redact)
    raise ValueError(f"unknown format {fmt!r}")


__all__ = [
    "EXIT_CLEAN",
    "EXIT_FLAGGED",
    "EXIT_INTERNAL",
    "EXIT_UNREAD",
    "EXIT_USAGE",
    "FAIL_ON_ALL",
    "FAIL_ON_CHOICES",
    "FORMATS",
    "Reporter",
    "ScanInfo",
    "Summary",
    "make_reporter",
    "parse_fail_on",
]
