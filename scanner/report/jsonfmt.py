"""JSON (one object, `{"files": [...], "summary": {...}}`) and JSON Lines (one object per file,
streamed as each file is done)."""

from __future__ import annotations

import json
from typing import TextIO

from scanner import __version__
from scanner.report.summary import Summary
from scanner.types import Verdict


class JsonReporter:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.files: list[dict] = []

    def start(self) -> None:
        pass

    def file(self, v: Verdict) -> None:
        self.files.append(v.to_dict())

    def finish(self, summary: Summary) -> None:
        doc = {"scanner": {"version": __version__}, "files": self.files, "summary": summary.to_dict()}
        json.dump(doc, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")


class JsonlReporter:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def start(self) -> None:
        pass

    def file(self, v: Verdict) -> None:
        self.out.write(json.dumps(v.to_dict(), ensure_ascii=False) + "\n")
        self.out.flush()

    def finish(self, summary: Summary) -> None:
        pass
