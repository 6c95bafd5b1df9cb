"""JSON (one object, `{"scanner": {...}, "files": [...], "summary": {...}}`) and JSON Lines
(one file entry per line, streamed as each file is done; no header, no summary line).

The JSON document is written once the scan is over; its file entries are spooled as text until
then (`spool.py`)."""

from __future__ import annotations

from typing import Any, TextIO

from scanner import __version__
from scanner.report.info import ScanInfo
from scanner.report.redact import redact as redact_verdict
from scanner.report.spool import ArraySpool
from scanner.report.summary import Summary
from scanner.types import Verdict


class JsonReporter:
    def __init__(self, out: TextIO, info: ScanInfo | None = None, redact: bool = False) -> None:
        self.out = out
        self.info = info
        self.redact = redact
        self._files = ArraySpool(depth=1)

    def start(self) -> None:
        pass  # `info.started` was set when the info was made, before the scan

    def file(self, v: Verdict) -> None:
        self._files.add((redact_verdict(v) if self.redact else v).to_dict())

    def header(self) -> dict[str, Any]:
        """The `"scanner"` object: the scan's info (finished now, unless set) and whether the
        report is redacted."""
        head = self.info.done().to_dict() if self.info is not None else {"version": __version__}
        return {**head, "redacted": self.redact}

    def finish(self, summary: Summary) -> None:
        doc = {"scanner": self.header(), "files": self._files.placeholder, "summary": summary.to_dict()}
        self._files.dump(doc, self.out)


class JsonlReporter:
    def __init__(self, out: TextIO, redact: bool = False) -> None:
        self.out = out
        self.redact = redact

    def start(self) -> None:
        pass

    def file(self, v: Verdict) -> None:
        if self.redact:
            v = redact_verdict(v)
        self.out.write(v.json_line() + "\n")
        self.out.flush()

    def finish(self, summary: Summary) -> None:
        pass
