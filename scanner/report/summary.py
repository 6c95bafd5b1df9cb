"""Counts over a scan, shared by every reporter."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from scanner.types import VERDICTS, Verdict


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)
    files: int = 0
    seconds: float = 0.0

    def add(self, verdict: Verdict) -> None:
        self.files += 1
        self.counts[verdict.verdict] += 1

    @property
    def flagged(self) -> bool:
        return any(self.counts[v] for v in ("controlled", "review", "error"))

    def to_dict(self) -> dict:
        return {
            "files": self.files,
            **{v: self.counts[v] for v in VERDICTS},
            "seconds": round(self.seconds, 3),
            "exit_code": 1 if self.flagged else 0,
        }
