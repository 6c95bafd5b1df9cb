"""Reporters, listed explicitly. Each has start(), file(verdict) and finish(summary)."""

from __future__ import annotations

from typing import Protocol, TextIO

from scanner.report.csvfmt import CsvReporter
from scanner.report.jsonfmt import JsonlReporter, JsonReporter
from scanner.report.summary import Summary
from scanner.report.text import TextReporter
from scanner.types import Verdict

FORMATS = ("text", "json", "jsonl", "csv")


class Reporter(Protocol):
    def start(self) -> None: ...
    def file(self, v: Verdict) -> None: ...
    def finish(self, summary: Summary) -> None: ...


def make_reporter(fmt: str, out: TextIO, colour: bool = False) -> Reporter:
    if fmt == "text":
        return TextReporter(out, colour)
    if fmt == "json":
        return JsonReporter(out)
    if fmt == "jsonl":
        return JsonlReporter(out)
    if fmt == "csv":
        return CsvReporter(out)
    raise ValueError(f"unknown format {fmt!r}")


__all__ = ["FORMATS", "Reporter", "Summary", "make_reporter"]
