"""Readable output: one line per file, coloured on a terminal, and a summary.

A line is `VERDICT  score  path  codes categories[magnets] carrier`, and, where the verdict has
a reason a reader needs on the spot, ` — reason`: for `review` because content was not read,
the first "not inspected:" reason; for `error`, the error; for a `clear` file with nothing to
read, its "no document content:" reason. Every line is one line: line breaks in a path or a
reason are written as spaces (reasons) or `\\n` (paths)."""

from __future__ import annotations

import re
from typing import TextIO

import click

from scanner.report.info import ScanInfo
from scanner.report.redact import redact as redact_verdict
from scanner.report.summary import UNREAD_PREFIX, Summary, unread_reason
from scanner.types import FLAGGED_AGAIN, Verdict, shown_score

COLOURS = {"controlled": "red", "review": "yellow", "excluded": "cyan", "clear": "green", "error": "magenta"}
NO_CONTENT_PREFIX = "no document content:"
# every character Python's str.splitlines() breaks a line at
_BREAKS = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x09\x0e-\x1b\x7f]")  # a tab too: a CSV or a terminal column would shift
#: bidirectional controls: a name "invoice\u202etxt.exe" would be shown as "invoiceexe.txt"
_BIDI = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """A reason or an error as one line: breaks and runs of white space become one space."""
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", _BREAKS.sub(" ", text))).strip()


#: a backslash of the name that a reader could take for the start of one of `path_line`'s
#: escapes (or that stands before a character it escapes, or before another backslash)
_AMBIGUOUS_BACKSLASH = re.compile(
    r"\\(?=[nrt\\]|x(?:[01][0-9a-fA-F]|7[fF]|85)|u(?:061c|200[ef]|202[89a-e]|206[6-9])"
    r"|[\x00-\x1f\x7f\x85\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069])"
)


def path_line(path: str) -> str:
    """A path on one line, as it is: a line break in a file name is shown as `\\n` (`\\r`, …),
    a control character as `\\x1b`, a bidirectional control as `\\u202e` (it would reorder
    the name as shown), and a backslash that could be read as the start of such an escape as
    `\\\\`: a file named `new\\nline.txt` in so many characters and one whose name holds a
    line break are not shown alike. Other backslashes (`dir\\file.txt`, the escapes of a name
    that is not UTF-8, which the crawler keeps apart: `crawl/item.py`) are shown as they are."""
    escaped = _BREAKS.sub(_escape, _AMBIGUOUS_BACKSLASH.sub(r"\\\\", path))
    return _BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", _CONTROL.sub(_escape, escaped))


def _escape(match: re.Match[str]) -> str:
    return repr(match.group())[1:-1]


def lapsed(v: Verdict) -> str | None:
    """Why a flagged file's waiver no longer holds (expired, its licence gone or out of date)."""
    return next((r for r in v.reasons if r.startswith(FLAGGED_AGAIN)), None)


def waiver_status(v: Verdict) -> str:
    """A flagged file's waiver as reports show it: the waiver that holds, or why the one it had
    no longer does; "" for none."""
    if v.waiver is not None:
        return "waived: " + waiver_line(v.waiver)
    return lapsed(v) or ""


def why(v: Verdict) -> str | None:
    """The reason shown on a verdict's line, if it has one worth showing there."""
    if v.verdict == "error":
        return v.error or "unknown error"
    if v.verdict == "controlled":
        return lapsed(v)
    if v.verdict == "review":
        reason = unread_reason(v) or lapsed(v)
        if reason is None:  # a container: its member's reason, named by the member
            member = v.path + "!"
            reason = next((r for r in v.reasons if r.startswith(member) and f": {UNREAD_PREFIX}" in r), None)
        if reason is None and not (v.evidence or v.categories) and v.reasons:
            reason = v.reasons[0]  # nothing found, and still review: why ("DWG content not inspectable")
        return reason
    if v.verdict == "clear" and v.reasons and v.reasons[0].startswith(NO_CONTENT_PREFIX):
        return v.reasons[0]
    return None


class TextReporter:
    def __init__(self, out: TextIO, colour: bool, redact: bool = False, info: ScanInfo | None = None) -> None:
        self.out = out
        self.colour = colour
        self.redact = redact
        self.info = info

    def _style(self, text: str, verdict: str) -> str:
        return (
            click.style(text, fg=COLOURS.get(verdict), bold=verdict == "controlled") if self.colour else text
        )

    def _echo(self, line: str) -> None:
        click.echo(line, file=self.out, color=self.colour)

    def start(self) -> None:
        pass

    def file(self, v: Verdict) -> None:
        if self.redact:
            v = redact_verdict(v)
        label = self._style(f"{v.verdict.upper():<10}", v.verdict)
        bits = []
        if v.verdict != "error":
            if v.control_codes:
                bits.append("+".join(v.control_codes))
            if v.categories:
                cats = ",".join(v.categories)
                if v.magnet_types:
                    cats += "[" + ",".join(v.magnet_types) + "]"
                bits.append(cats)
            if v.exclusion:
                bits.append(f"excluded: {v.exclusion.reason}")
            bits.append(v.carrier)
            if v.section:
                bits.append(f"in {one_line(v.section)}")
        if v.waiver is not None:
            bits.append("WAIVED: " + waiver_line(v.waiver))
        reason = why(v)
        if reason:
            bits.append(one_line(reason) if v.verdict == "error" else "— " + one_line(reason))
        score = shown_score(v.score) if v.verdict != "error" else "  - "
        self._echo(f"{label} {score}  {path_line(v.path)}  {' '.join(bits)}".rstrip())

    def finish(self, summary: Summary) -> None:
        counts = summary.counts
        parts = [
            self._style(f"{counts[k]} {k}", k)
            for k in ("controlled", "review", "excluded", "clear", "error")
            if counts[k]
        ]
        took = "(time not recorded)" if summary.seconds is None else f"in {summary.seconds:.1f}s"
        self._echo(f"\n{summary.files} files {took}: " + (", ".join(parts) or "none"))
        if summary.interrupted:
            self._echo(self._style("interrupted: the counts above are of the files done so far", "review"))
        if summary.waived:
            self._echo(f"waived (accepted, not failing the run): {sum(summary.waived.values())} files")
        if summary.cached:
            self._echo(f"from the results cache (unchanged since a previous scan): {summary.cached} files")
        if summary.partly_unread:
            self._echo(f"partly unread: {summary.partly_unread} files (see their 'not inspected' reasons)")
        if summary.skipped:
            skipped = ", ".join(f"{n} {one_line(reason)}" for reason, n in sorted(summary.skipped.items()))
            self._echo(f"skipped (not scanned): {skipped}")
        internal = summary.internal + len(summary.failures)
        if internal:
            self._echo(self._style(f"internal errors: {internal}", "error"))
            for message in summary.failures:
                self._echo(f"  {one_line(message)}")
        if self.info is not None:
            self._echo("scanned: " + ", ".join(path_line(r) for r in self.info.roots))
            for warning in self.info.warnings:
                self._echo(self._style(f"warning: {one_line(warning)}", "review"))


def waiver_line(waiver: dict[str, str]) -> str:
    basis = f"licence {waiver['licence']}" if waiver.get("licence") else waiver.get("justification", "")
    return f"{basis}, reviewed by {waiver.get('reviewer', '?')}, until {waiver.get('expires', '?')}"
