"""Saved scans: `scanner report` turns one into any report, `scanner diff` compares two sweeps.

A saved scan is what `scanner scan` wrote with `--format jsonl` (one file entry per line, as
files finished: a scan that was stopped still gives what it found) or `--format json`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from scanner.cache import verdict_from_dict
from scanner.report.text import path_line
from scanner.types import Verdict

FLAGGED = ("controlled", "review")


class SavedScanError(ValueError):
    """Not a saved scan (the message says which line or why)."""


def load_scan(path: Path) -> list[Verdict]:
    return list(iter_scan(path))


def iter_scan(path: Path) -> Iterator[Verdict]:
    """The verdicts of a saved scan, one at a time: a JSON Lines scan is read line by line, so a
    sweep of hundreds of thousands of files is never held whole (a JSON document is parsed at
    once). Raises SavedScanError, at the entry where it finds one, for what is no saved scan;
    the last line of a scan killed while writing it is left out."""
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as exc:
        raise SavedScanError(f"cannot read {path}: {exc}") from exc
    with handle:
        try:
            head = handle.read(4096)
            whole = head + handle.read() if _one_document(head) else None
        except (OSError, UnicodeDecodeError) as exc:
            raise SavedScanError(f"cannot read {path}: {exc}") from exc
        if whole is not None:
            stripped = whole.lstrip()
            if "\n{" not in stripped.rstrip():
                try:
                    doc = json.loads(whole)
                except ValueError:
                    doc = None
                if isinstance(doc, dict) and isinstance(doc.get("files"), list):
                    for i, e in enumerate(doc["files"], start=1):
                        yield _verdict(e, path, i)
                    return
            lines: Iterator[str] = iter(whole.splitlines())
        else:
            handle.seek(0)
            lines = (line.rstrip("\r\n") for line in _lines(handle))
        pending: tuple[int, ValueError] | None = None
        for number, line in enumerate(lines, start=1):
            if pending is not None:  # a line that is not JSON, and not the last one
                raise SavedScanError(f"{path}, line {pending[0]}: not JSON ({pending[1]})") from pending[1]
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except ValueError as exc:
                pending = (number, exc)
                continue
            yield _verdict(entry, path, number)
        # a last line that is not JSON: the line a scan killed while writing it left


def _one_document(head: str) -> bool:
    """Whether the scan starting with `head` is one JSON document (`--format json`) rather than
    JSON Lines: it opens with an object naming its files."""
    return head.lstrip().startswith("{") and '"files"' in head


def _lines(handle: TextIO) -> Iterator[str]:
    """The lines of an open saved scan, a decoding error said as a SavedScanError."""
    try:
        yield from handle
    except UnicodeDecodeError as exc:
        raise SavedScanError(f"cannot read {handle.name}: {exc}") from exc


def _verdict(entry: object, path: Path, where: int) -> Verdict:
    try:
        if not isinstance(entry, dict):
            raise TypeError("not an object")
        return verdict_from_dict(entry)
    except (KeyError, TypeError, ValueError) as exc:
        raise SavedScanError(f"{path}, entry {where}: not a file verdict ({exc})") from exc


@dataclass(frozen=True, slots=True)
class Entry:
    """What a diff keeps of a file's verdict: two sweeps of hundreds of thousands of files are
    compared without holding their evidence."""

    path: str
    verdict: str
    control_codes: tuple[str, ...]
    categories: tuple[str, ...]

    @classmethod
    def of(cls, v: Verdict) -> Entry:
        return cls(v.path, v.verdict, tuple(v.control_codes), tuple(v.categories))


@dataclass
class Diff:
    newly_flagged: list[tuple[Entry | None, Entry]] = field(default_factory=list)
    cleared: list[tuple[Entry, Entry | None]] = field(default_factory=list)
    changed: list[tuple[Entry, Entry]] = field(default_factory=list)
    added: list[Entry] = field(default_factory=list)
    removed: list[Entry] = field(default_factory=list)

    def to_dict(self) -> dict:
        def pair(a: Entry | None, b: Entry | None) -> dict:
            v = b or a
            assert v is not None
            return {
                "path": v.path,
                "old": a.verdict if a else None,
                "new": b.verdict if b else None,
                "control_codes": list(v.control_codes),
                "categories": list(v.categories),
            }

        return {
            "newly_flagged": [pair(a, b) for a, b in self.newly_flagged],
            "cleared": [pair(a, b) for a, b in self.cleared],
            "changed": [pair(a, b) for a, b in self.changed],
            "added": [v.path for v in self.added],
            "removed": [v.path for v in self.removed],
        }


def diff(old: Iterable[Verdict], new: Iterable[Verdict]) -> Diff:
    """What became flagged (controlled or review) or stopped being flagged between two sweeps;
    other changes of verdict; files that appeared or went away. The sweeps are read one verdict
    at a time (`iter_scan`) and only each file's `Entry` is kept."""
    before = {v.path: Entry.of(v) for v in old}
    after = {v.path: Entry.of(v) for v in new}
    out = Diff()
    for path in sorted(after):
        b, a = after[path], before.get(path)
        if a is None:
            out.added.append(b)
        if b.verdict in FLAGGED and (a is None or a.verdict not in FLAGGED):
            out.newly_flagged.append((a, b))
        elif a is not None and a.verdict in FLAGGED and b.verdict not in FLAGGED:
            out.cleared.append((a, b))
        elif a is not None and (a.verdict, a.control_codes) != (b.verdict, b.control_codes):
            out.changed.append((a, b))
    for path in sorted(before):
        if path not in after:
            out.removed.append(before[path])
            if before[path].verdict in FLAGGED:
                out.cleared.append((before[path], None))
    return out


def render_diff(d: Diff) -> str:
    lines = []
    for title, items in (
        ("newly flagged", d.newly_flagged),
        ("cleared (no longer flagged)", d.cleared),
        ("other changes of verdict", d.changed),
    ):
        lines.append(f"{title}: {len(items)}")
        for a, b in items:
            v = b or a
            assert v is not None
            codes = f" ({', '.join(v.control_codes)}; {', '.join(v.categories)})" if v.control_codes else ""
            change = f"{a.verdict if a else 'new file'} -> {b.verdict if b else 'gone'}"
            lines.append(f"  {path_line(v.path)}: {change}{codes}")
    lines.append(f"files added: {len(d.added)}, removed: {len(d.removed)}")
    return "\n".join(lines) + "\n"
