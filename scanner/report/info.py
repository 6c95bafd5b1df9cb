"""What a scan was run with: the `"scanner"` header of `--format json` (and the roots and
warnings of the text summary)."""

from __future__ import annotations

import dataclasses
import os
import platform
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from scanner import __version__


def utc_now() -> str:
    """The current time, ISO 8601 in UTC to the millisecond: `2025-11-20T09:41:07.123Z`."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _plain(value: Any) -> Any:
    """`value` as JSON can hold it (paths as strings, sets as sorted lists, …)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted(_plain(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _plain(dataclasses.asdict(value))
    if isinstance(value, Iterable) and not isinstance(value, bytes):
        return [_plain(v) for v in value]
    return str(value)


@dataclass(frozen=True)
class ScanInfo:
    """One scan's settings and provenance.

    `roots`: the paths given on the command line, as given. `options`: the CLI options that
    affect results (name → value). `thresholds`: the thresholds in force (after the model's
    review threshold is applied). `lexicon_digest`: `scanner.detector.lexicon.digest`.
    `model_digest`: the model artifact's SHA-256 (its manifest's `sha256`), None when the scan
    is rules-only. `model_used`: whether the learned model took part. `warnings`: things the
    reader of the report should know (a model that could not be loaded, …).
    """

    roots: tuple[str, ...]
    options: Mapping[str, Any] = field(default_factory=dict)
    thresholds: Mapping[str, Any] = field(default_factory=dict)
    lexicon_digest: str = ""
    model_digest: str | None = None
    model_used: bool = False
    warnings: tuple[str, ...] = ()
    host: str = field(default_factory=platform.node)
    started: str = field(default_factory=utc_now)
    finished: str | None = None
    version: str = __version__

    def __post_init__(self) -> None:
        # accept lists, Paths and dataclasses (Thresholds) from the caller; keep plain values
        roots = [self.roots] if isinstance(self.roots, str | os.PathLike) else self.roots
        object.__setattr__(self, "roots", tuple(os.fspath(r) for r in roots))
        object.__setattr__(self, "options", _plain(self.options))
        object.__setattr__(self, "thresholds", _plain(self.thresholds))
        warnings = [self.warnings] if isinstance(self.warnings, str) else self.warnings
        object.__setattr__(self, "warnings", tuple(str(w) for w in warnings))

    def done(self, finished: str | None = None) -> ScanInfo:
        """This info with `finished` set (now, unless given); unchanged when already set."""
        if self.finished is not None and finished is None:
            return self
        return dataclasses.replace(self, finished=finished or utc_now())

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "roots": list(self.roots),
            "options": dict(self.options),
            "thresholds": dict(self.thresholds),
            "lexicon_digest": self.lexicon_digest,
            "model_digest": self.model_digest,
            "model_used": self.model_used,
            "warnings": list(self.warnings),
            "host": self.host,
            "started": self.started,
            "finished": self.finished,
        }
