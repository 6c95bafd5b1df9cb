"""JSON (one object, `{"scanner": {...}, "files": [...], "summary": {...}}`) and JSON Lines
(one file entry per line, streamed as each file is done; no header, no summary line).

The JSON document names the scan's end (`scanner.finished`) before its files, so it can only
be written once the scan is over; its file entries are kept until then in a temporary file
(in memory up to `SPOOL_BYTES`), not as objects: a sweep of hundreds of thousands of files
held about 5 KB of Python objects a file. The text is what `json.dump(doc, indent=2)` writes
(a test compares them byte for byte)."""

from __future__ import annotations

import json
import shutil
import tempfile
from typing import Any, TextIO

from scanner import __version__
from scanner.report.info import ScanInfo
from scanner.report.redact import redact as redact_verdict
from scanner.report.summary import Summary
from scanner.types import Verdict

#: file entries kept in memory up to this many bytes, then in a temporary file
SPOOL_BYTES = 16 * 1024 * 1024


class JsonReporter:
    def __init__(self, out: TextIO, info: ScanInfo | None = None, redact: bool = False) -> None:
        self.out = out
        self.info = info
        self.redact = redact
        self.count = 0
        # closed by `finish`: it lives as long as the report, not one block
        self._spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+", encoding="utf-8")  # noqa: SIM115

    def start(self) -> None:
        pass  # `info.started` was set when the info was made, before the scan

    def file(self, v: Verdict) -> None:
        entry = (redact_verdict(v) if self.redact else v).to_dict()
        self._spool.write(",\n" if self.count else "\n")
        self._spool.write(_indented(json.dumps(entry, ensure_ascii=False, indent=2), "    "))
        self.count += 1

    def header(self) -> dict[str, Any]:
        """The `"scanner"` object: the scan's info (finished now, unless set) and whether the
        report is redacted."""
        head = self.info.done().to_dict() if self.info is not None else {"version": __version__}
        return {**head, "redacted": self.redact}

    def finish(self, summary: Summary) -> None:
        out = self.out
        head = json.dumps(self.header(), ensure_ascii=False, indent=2)
        out.write('{\n  "scanner": ' + _indented(head, "  ", first=False) + ',\n  "files": [')
        if self.count:
            self._spool.seek(0)
            shutil.copyfileobj(self._spool, out)
            out.write("\n  ")
        self._spool.close()
        tail = json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)
        out.write('],\n  "summary": ' + _indented(tail, "  ", first=False) + "\n}\n")


def _indented(text: str, prefix: str, first: bool = True) -> str:
    """`text` (JSON: no line break inside a string) with `prefix` before each line (but the
    first, unless `first`), as `json.dump` indents a value nested in another."""
    lines = text.split("\n")
    return "\n".join(prefix + line if first or i else line for i, line in enumerate(lines))


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
