"""Saved scans: `scanner report` turns one into any report, `scanner diff` compares two sweeps.

A saved scan is what `scanner scan` wrote with `--format jsonl` (one file entry per line, as
files finished: a scan that was stopped still gives what it found) or `--format json`."""

from __future__ import annotations

import codecs
import collections
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from scanner.cache import verdict_from_dict
from scanner.report.members import Members
from scanner.report.summary import FAIL_ON_CHOICES, Summary
from scanner.report.text import path_line
from scanner.types import SKIP_KINDS, VERDICTS, Verdict

if TYPE_CHECKING:
    from scanner.report.info import ScanInfo

FLAGGED = ("controlled", "review")


class SavedScanError(ValueError):
    """Not a saved scan (the message says which line or why)."""


def load_scan(path: Path) -> list[Verdict]:
    return list(iter_scan(path))


def iter_scan(path: Path, state: dict | None = None) -> Iterator[Verdict]:
    """The verdicts of a saved scan, one at a time: a JSON Lines scan is read line by line, so a
    sweep of hundreds of thousands of files is never held whole (a JSON document is parsed at
    once). Raises SavedScanError, at the entry where it finds one, for what is no saved scan;
    the last line of a scan killed while writing it is left out (`state["cut"]` is its number,
    and the scan is not complete). `state`, when given, is told what the scan says of itself:
    `complete` is True for a JSON document whose summary says it was not interrupted, False for
    one that was, None for JSON Lines (which say nothing: a sweep stopped halfway cannot be told
    from a finished one but by its exit code, 130), unless cut."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise SavedScanError(f"cannot read {path}: {exc}") from exc
    with handle:
        try:
            start = handle.read(4096)
            head = start.decode("utf-8", "ignore").lstrip("\ufeff")
            whole = _text(start + handle.read(), path) if _one_document(head) else None
        except OSError as exc:
            raise SavedScanError(f"cannot read {path}: {exc}") from exc
        if whole is not None:
            stripped = whole.lstrip()
            if "\n{" not in stripped.rstrip():
                try:
                    doc = json.loads(whole, parse_constant=_no_constant)
                except (ValueError, RecursionError):  # RecursionError: nested deeper than a scan's
                    doc = None
                if isinstance(doc, dict) and isinstance(doc.get("files"), list):
                    if state is not None:
                        head, summary = doc.get("scanner"), doc.get("summary")
                        state["scanner"] = head if isinstance(head, dict) else None
                        state["summary"] = summary if isinstance(summary, dict) else None
                        stopped = isinstance(summary, dict) and summary.get("interrupted") is True
                        state["complete"] = not stopped
                        code = summary.get("exit_code") if stopped else None
                        state["stopped"] = code if code in (4, 130, 143) else (130 if stopped else None)
                    escaped = _SURROGATE_ESCAPE.search(whole) is not None
                    for i, e in enumerate(doc["files"], start=1):
                        yield _verdict(e, path, i, escaped)
                    return
            lines: Iterator[str] = iter(whole.splitlines())
        else:
            handle.seek(0)
            lines = _lines(handle, path)
        if state is not None:
            state["complete"] = None
        pending: tuple[int, ValueError] | None = None
        entries = 0
        for number, line in enumerate(lines, start=1):
            if pending is not None:  # a line that is not JSON, and not the last one
                raise SavedScanError(f"{path}, line {pending[0]}: not JSON ({pending[1]})") from pending[1]
            if not line.strip():
                continue
            try:
                entry = json.loads(line, parse_constant=_no_constant)
            except ValueError as exc:
                pending = (number, exc)
                continue
            except RecursionError:
                pending = (number, ValueError("nested deeper than any scan's entry"))
                continue
            entries += 1
            yield _verdict(entry, path, number, _SURROGATE_ESCAPE.search(line) is not None)
        if pending is None and not entries:
            raise SavedScanError(
                f"{path} holds no file entry: a JSON Lines scan of nothing, or one stopped before "
                "its first file; there is nothing to report or compare"
            )
        if pending is not None:
            if not entries:  # not one entry: no saved scan at all
                raise SavedScanError(f"{path}, line {pending[0]}: not JSON ({pending[1]})") from pending[1]
            # a last line that is not JSON: the line a scan killed while writing it left. The
            # scan did not finish: its files after that line were not scanned
            if state is not None:
                state["complete"] = False
                state["cut"] = pending[0]


def _one_document(head: str) -> bool:
    """Whether the scan starting with `head` is one JSON document (`--format json`) rather than
    JSON Lines: it opens with an object naming its files."""
    return head.lstrip().startswith("{") and '"files"' in head


#: what the UTF-8 decoder says of bytes that end inside a character
_CUT_CHARACTER = "unexpected end of data"


def _text(data: bytes, path: Path) -> str:
    """A saved scan's bytes as text (a byte-order mark left out). A scan killed while writing
    its last line may have been cut inside a character (most bytes of a Chinese report are):
    that character is left out, and the line it cut is then no JSON, as any cut line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason == _CUT_CHARACTER:
            return data[: exc.start].decode("utf-8-sig")
        raise SavedScanError(f"cannot read {path}: {exc}") from exc


def _lines(handle: BinaryIO, path: Path) -> Iterator[str]:
    """The lines of an open saved scan, without their line ends; bytes that are not UTF-8 are
    said as a SavedScanError, but for a last line cut inside a character (`_text`)."""
    try:
        for number, raw in enumerate(handle):
            if number == 0 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if raw.endswith(b"\n"):
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise SavedScanError(f"cannot read {path}, line {number + 1}: {exc}") from exc
            else:  # the last line: maybe cut
                line = _text(raw, path)
            yield line.rstrip("\r\n")
    except OSError as exc:
        raise SavedScanError(f"cannot read {path}: {exc}") from exc


#: a JSON escape of a UTF-16 surrogate: the only way a lone one (no Unicode text, which no
#: report can write) gets into a decoded entry
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _no_constant(name: str) -> float:
    """NaN and Infinity are no JSON (Python writes them, no JSON reader reads them back)."""
    raise ValueError(f"{name} is not JSON")


def _unicode(entry: dict) -> bool:
    try:
        json.dumps(entry, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _verdict(entry: object, path: Path, where: int, escaped: bool = False) -> Verdict:
    """`escaped`: the entry's text holds an escaped surrogate (then it is checked to be
    Unicode)."""
    try:
        if not isinstance(entry, dict):
            raise TypeError("not an object")
        if escaped and not _unicode(entry):
            raise ValueError("a text holds a lone surrogate: it is no Unicode text")
        problem = _malformed(entry)
        if problem:
            raise ValueError(problem)
        return verdict_from_dict(entry)
    except (KeyError, TypeError, ValueError) as exc:
        raise SavedScanError(f"{path}, entry {where}: not a file verdict ({exc})") from exc


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def _evidence_ok(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(e, dict)
        and all(_is_text(e.get(k)) for k in ("text", "category", "location"))
        and all(_is_text(e[k]) for k in ("snippet", "rule", "kind") if k in e)
        and ("weight" not in e or _is_number(e["weight"]))
        for e in value
    )


def _malformed(entry: dict) -> str | None:
    """What in a saved file entry is not of the type a report writes there (every report reads
    these fields: a number where a list belongs, or a verdict no report knows, would stop one
    halfway), or None."""
    if not (_is_text(entry.get("path")) and entry["path"]):
        return "path is not a text"
    if entry.get("verdict") not in VERDICTS:
        return f"verdict {entry.get('verdict')!r} is none of {', '.join(VERDICTS)}"
    for key in ("control_codes", "categories", "magnet_types", "reasons"):
        if key in entry and not _texts(entry[key]):
            return f"{key} is not a list of texts"
    for key in ("carrier",):
        if key in entry and not _is_text(entry[key]):
            return f"{key} is not a text"
    for key in ("error", "file_type", "sha256", "language", "section"):
        if entry.get(key) is not None and not _is_text(entry[key]):
            return f"{key} is not a text"
    if "score" in entry and not _is_number(entry["score"]):
        return "score is not a number"
    if "evidence" in entry and not _evidence_ok(entry["evidence"]):
        return "evidence is not a list of findings (text, category, location)"
    scores = entry.get("category_scores")
    if scores is not None and not (
        isinstance(scores, dict) and all(_is_text(k) and _is_number(v) for k, v in scores.items())
    ):
        return "category_scores is not an object of numbers"
    exclusion = entry.get("exclusion")
    if exclusion is not None and not (
        isinstance(exclusion, dict)
        and _is_text(exclusion.get("reason"))
        and _is_number(exclusion.get("score", 0))
        and _evidence_ok(exclusion.get("evidence", []))
    ):
        return "exclusion is not a reason with its score and evidence"
    skipped = entry.get("skipped", [])
    if not (
        isinstance(skipped, list)
        and all(
            isinstance(x, dict)
            and x.get("kind") in SKIP_KINDS
            and _is_text(x.get("where"))
            and _is_text(x.get("detail"))
            for x in skipped
        )
    ):
        return "skipped is not a list of parts not read"
    waiver = entry.get("waiver")
    if waiver is not None and not (isinstance(waiver, dict) and all(_is_text(v) for v in waiver.values())):
        return "waiver is not an object of texts"
    return None


@dataclass(frozen=True, slots=True)
class Entry:
    """What a diff keeps of a file's verdict: two sweeps of hundreds of thousands of files are
    compared without holding their evidence."""

    path: str
    verdict: str
    control_codes: tuple[str, ...]
    categories: tuple[str, ...]
    #: a valid waiver accepts the finding: the file does not fail the sweep
    waived: bool = False

    @classmethod
    def of(cls, v: Verdict) -> Entry:
        return cls(v.path, v.verdict, tuple(v.control_codes), tuple(v.categories), v.waiver is not None)

    @property
    def flagged(self) -> bool:
        """It fails the sweep: controlled or review, and no valid waiver (an expired one is no
        waiver: the file is flagged again)."""
        return self.verdict in FLAGGED and not self.waived

    @property
    def shown(self) -> str:
        return self.verdict + (" (waived)" if self.waived else "")


@dataclass
class Diff:
    newly_flagged: list[tuple[Entry | None, Entry]] = field(default_factory=list)
    cleared: list[tuple[Entry, Entry | None]] = field(default_factory=list)
    changed: list[tuple[Entry, Entry]] = field(default_factory=list)
    added: list[Entry] = field(default_factory=list)
    removed: list[Entry] = field(default_factory=list)
    #: entries that repeat a path already listed in their sweep (paired in the order listed)
    repeated: int = 0

    def to_dict(self) -> dict:
        def pair(a: Entry | None, b: Entry | None) -> dict:
            v = b or a
            assert v is not None
            return {
                "path": v.path,
                "old": a.verdict if a else None,
                "new": b.verdict if b else None,
                "old_waived": a.waived if a else None,
                "new_waived": b.waived if b else None,
                "control_codes": list(v.control_codes),
                "categories": list(v.categories),
            }

        return {
            "newly_flagged": [pair(a, b) for a, b in self.newly_flagged],
            "cleared": [pair(a, b) for a, b in self.cleared],
            "changed": [pair(a, b) for a, b in self.changed],
            "added": [v.path for v in self.added],
            "removed": [v.path for v in self.removed],
            "removed_flagged": [pair(v, None) for v in self.removed if v.flagged],
            "repeated_paths": self.repeated,
        }


#: a file's place in a sweep, as a diff pairs it: its path, whether it is a member of the
#: container before it, and which of the entries of that path and kind it is (0 for the first)
_Key = tuple[str, bool, int]


def _entries(verdicts: Iterable[Verdict]) -> tuple[dict[_Key, Entry], int]:
    """Each verdict's `Entry` by its key, and how many entries repeat a path and kind. Entries
    that share a path are paired with the other sweep's in the order listed (the walk's order
    is the same from sweep to sweep): a real file `out.zip!inner.txt`, listed after the members
    of `out.zip`, with its member `inner.txt`; two files shown under one name (hand-made
    scans, or names that no encoding tells apart)."""
    members = Members()
    seen: collections.Counter[tuple[str, bool]] = collections.Counter()
    out: dict[_Key, Entry] = {}
    for v in verdicts:
        kind = (v.path, members.container_of(v) is not None)
        out[(*kind, seen[kind])] = Entry.of(v)
        seen[kind] += 1
    return out, sum(n - 1 for n in seen.values() if n > 1)


def _state(e: Entry) -> tuple:
    return e.verdict, e.control_codes, e.waived


def diff(old: Iterable[Verdict], new: Iterable[Verdict]) -> Diff:
    """What became flagged (controlled or review, without a valid waiver: what fails a sweep) or
    stopped being flagged between two sweeps;
    other changes of verdict; files that appeared or went away. The sweeps are read one verdict
    at a time (`iter_scan`) and only each file's `Entry` is kept."""
    before, repeated_before = _entries(old)
    after, repeated_after = _entries(new)
    out = Diff(repeated=repeated_before + repeated_after)
    for key in sorted(after):
        b, a = after[key], before.get(key)
        if a is None:
            out.added.append(b)
        # flagged: fails the sweep (a waived file does not; one whose waiver lapsed does again)
        if b.flagged and (a is None or not a.flagged):
            out.newly_flagged.append((a, b))
        elif a is not None and a.flagged and not b.flagged and b.verdict != "error":
            # a flagged file that cannot be read now (truncated, encrypted) is not cleared: it
            # is another change of verdict
            out.cleared.append((a, b))
        elif a is not None and _state(a) != _state(b):
            out.changed.append((a, b))
    # a file the new sweep does not list is removed, not cleared: it was deleted or moved, or
    # the new sweep did not reach it (a sweep stopped halfway); `removed_flagged` counts those
    # that were flagged
    for key in sorted(before):
        if key not in after:
            out.removed.append(before[key])
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
            change = f"{a.shown if a else 'new file'} -> {b.shown if b else 'gone'}"
            lines.append(f"  {path_line(v.path)}: {change}{codes}")
    gone = [v for v in d.removed if v.flagged]
    lines.append(f"flagged before, not in the new sweep (deleted, moved or not reached): {len(gone)}")
    for v in gone:
        codes = f" ({', '.join(v.control_codes)}; {', '.join(v.categories)})" if v.control_codes else ""
        lines.append(f"  {path_line(v.path)}: {v.verdict} -> not listed{codes}")
    lines.append(f"files added: {len(d.added)}, removed: {len(d.removed)}")
    if d.repeated:
        lines.append(
            f"note: {d.repeated} entries repeat a path listed before them in the same sweep; "
            "they are paired with the other sweep's in the order listed"
        )
    return "\n".join(lines) + "\n"


def saved_info(state: dict) -> ScanInfo | None:
    """The `scanner` header of a saved JSON scan (`iter_scan`'s state), as the report of it
    carries it: its roots, options, thresholds, digests, host and times. None for JSON Lines,
    which has no header; a field of the wrong type is left at its default."""
    head = state.get("scanner")
    if not isinstance(head, dict):
        return None
    from scanner.report.info import ScanInfo

    def text(key: str) -> str | None:
        value = head.get(key)
        return value if isinstance(value, str) else None

    def texts(key: str) -> tuple[str, ...]:
        value = head.get(key)
        return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

    def mapping(key: str) -> dict:
        value = head.get(key)
        return value if isinstance(value, dict) else {}

    info = ScanInfo(
        roots=texts("roots"),
        options=mapping("options"),
        thresholds={k: v for k, v in mapping("thresholds").items() if _is_number(v)},
        lexicon_digest=text("lexicon_digest") or "",
        model_digest=text("model_digest"),
        model_used=head.get("model_used") is True,
        warnings=texts("warnings"),
        host=text("host") or "",
        started=text("started") or "",
        finished=text("finished"),
        version=text("version") or "",
    )
    return info


def apply_saved_summary(summary: Summary, state: dict) -> bool:
    """Carry into `summary` what a saved JSON scan's own summary says beyond its files: the
    verdicts it failed on, its time, what it skipped, what came from the cache. Returns whether
    the saved scan was redacted (its report is then redacted too: the content already is)."""
    saved = state.get("summary")
    if isinstance(saved, dict):
        fail_on = saved.get("fail_on")
        if isinstance(fail_on, list) and all(k in FAIL_ON_CHOICES for k in fail_on):
            summary.fail_on = frozenset(fail_on)
        if _is_number(saved.get("seconds")) and saved["seconds"] >= 0:
            summary.seconds = float(saved["seconds"])
        skipped = saved.get("skipped")
        if isinstance(skipped, dict):
            for reason, count in skipped.items():
                if isinstance(count, int) and not isinstance(count, bool) and count > 0:
                    summary.skip(reason, count)
        cached = saved.get("cached")
        if isinstance(cached, int) and not isinstance(cached, bool) and cached >= 0:
            summary.cached = cached
    head = state.get("scanner")
    return isinstance(head, dict) and head.get("redacted") is True
