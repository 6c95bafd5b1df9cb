"""Counts over a scan, shared by every reporter, and the exit code they lead to.

Exit codes (like clamscan and gitleaks):

* 0 — nothing that fails the run was found;
* 1 — a `controlled` or `review` file was found (of the kinds in `fail_on`);
* 2 — usage error (the CLI's, never the summary's);
* 3 — some files could not be read (`error`) and nothing was flagged;
* 4 — internal failure: a verdict whose error starts with "internal error", or the scan
  itself failed (`Summary.fail`). Always 4, whatever `fail_on` says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from scanner.types import UNREAD_PREFIX, VERDICTS, Verdict

EXIT_CLEAN, EXIT_FLAGGED, EXIT_USAGE, EXIT_UNREAD, EXIT_INTERNAL = 0, 1, 2, 3, 4
#: The verdicts that can fail a run, and the default: all of them.
FAIL_ON_CHOICES: tuple[str, ...] = ("controlled", "review", "error")
FAIL_ON_ALL: frozenset[str] = frozenset(FAIL_ON_CHOICES)


def parse_fail_on(values: str | Iterable[str]) -> frozenset[str]:
    """`"controlled,review"` (or an iterable of such strings) as a fail-on set.

    Raises ValueError naming the unknown kind; an empty set is allowed (only internal
    failures then fail the run)."""
    items = [values] if isinstance(values, str) else list(values)
    kinds = {part.strip().lower() for item in items for part in item.split(",") if part.strip()}
    unknown = sorted(kinds - FAIL_ON_ALL)
    if unknown:
        named = ", ".join(map(repr, unknown))
        raise ValueError(f"unknown --fail-on kind {named}: choose from {', '.join(FAIL_ON_CHOICES)}")
    return frozenset(kinds)


def unread_reason(verdict: Verdict) -> str | None:
    """The first reason saying what content was not read, if any."""
    return next((r for r in verdict.reasons if r.startswith(UNREAD_PREFIX)), None)


@dataclass
class Summary:
    fail_on: frozenset[str] = FAIL_ON_ALL
    counts: Counter = field(default_factory=Counter)
    files: int = 0
    #: how long the scan took; None where it is not known (a report of a saved JSON Lines scan)
    seconds: float | None = 0.0
    #: paths not scanned at all (user exclusions, …): reason → number of paths
    skipped: Counter = field(default_factory=Counter)
    #: files with at least one "not inspected:" reason (content not read)
    partly_unread: int = 0
    #: verdicts whose error starts with "internal error"
    internal: int = 0
    #: failures of the scan itself (not of one file), see `fail`
    failures: list[str] = field(default_factory=list)
    #: files whose verdicts came from the results cache (unchanged since a previous scan)
    cached: int = 0
    #: the scan was stopped (Ctrl-C) before every file was done: the counts are partial
    interrupted: bool = False
    #: the exit code of a stopped scan (130 for Ctrl-C, 143 for SIGTERM), which its reports
    #: record as the scan's exit code (None: the scan was not stopped, or not by a signal known)
    stopped: int | None = None
    #: flagged files with a valid waiver, by verdict: counted, shown, but they do not fail the run
    waived: Counter = field(default_factory=Counter)
    #: whether what the scan left out and whether it was stopped are known (False: a report of a
    #: saved JSON Lines scan, which keeps no summary)
    recorded: bool = True

    def __post_init__(self) -> None:
        self.fail_on = parse_fail_on(self.fail_on)

    def add(self, verdict: Verdict) -> None:
        self.files += 1
        self.counts[verdict.verdict] += 1
        if verdict.waiver is not None:
            self.waived[verdict.verdict] += 1
        unread, internal = verdict.facts()  # a cached verdict knows them without being decoded
        self.partly_unread += unread
        self.internal += internal

    def skip(self, reason: str, count: int = 1) -> None:
        """Count `count` paths left out of the scan for `reason` (not verdicts: `files` and
        the per-verdict counts do not change)."""
        self.skipped[reason] += count

    @property
    def left_out(self) -> int:
        """How many paths were left out of the scan (`skipped`), whatever the reason."""
        return sum(self.skipped.values())

    def left_out_reasons(self) -> str:
        """The paths left out, by reason: "2 excluded by pattern '*.log'; 1 hidden"."""
        return "; ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))

    def fail(self, message: str) -> None:
        """Record that the scan itself failed (the exit code becomes 4)."""
        self.failures.append(message)

    def exit_code(self, fail_on: frozenset[str] | None = None) -> int:
        """0, 1, 3 or 4 (see the module docstring); `fail_on` defaults to the constructor's."""
        kinds = self.fail_on if fail_on is None else parse_fail_on(fail_on)
        if self.internal or self.failures:
            return EXIT_INTERNAL
        if any(self.counts[k] - self.waived[k] for k in ("controlled", "review") if k in kinds):
            return EXIT_FLAGGED
        if "error" in kinds and self.counts["error"]:
            return EXIT_UNREAD
        return EXIT_CLEAN

    def recorded_exit_code(self) -> int | None:
        """The exit code a report gives for the scan: a stopped scan's (130, 143 or 4), else the
        verdicts' (`exit_code`); None for a scan stopped by what it did not record (a JSON Lines
        scan killed midway: 130, 137 or 143, not known), not its verdicts' code."""
        if self.interrupted:
            return self.stopped
        return self.exit_code()

    def to_dict(self) -> dict:
        return {
            "files": self.files,
            **{v: self.counts[v] for v in VERDICTS},
            "partly_unread": self.partly_unread,
            "internal_errors": self.internal + len(self.failures),
            "skipped": dict(sorted(self.skipped.items())),
            **({} if self.seconds is None else {"seconds": round(self.seconds, 3)}),
            "fail_on": [k for k in FAIL_ON_CHOICES if k in self.fail_on],
            "exit_code": self.recorded_exit_code(),
            "cached": self.cached,
            "waived": sum(self.waived.values()),
            "interrupted": self.interrupted,
        }
