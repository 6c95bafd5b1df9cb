"""The one data chain: Document → Segment → Finding → Verdict.

Extractors produce `Document`s, detectors produce `Finding`s, the policy produces `Verdict`s and
reporters read `Verdict`s only. All types are frozen; `to_dict()` is explicit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from typing import Any, Literal

VerdictName = Literal["controlled", "review", "excluded", "clear", "error"]
VERDICTS: tuple[str, ...] = ("controlled", "review", "excluded", "clear", "error")
#: Most severe first: a container or a gate takes the first one present. A member found
#: controlled outranks one that could not be read: the container carries what is known of it
#: (its codes, stages and carrier), and lists the unread member beside it; the sweep's exit
#: code ranks them the same way (1 before 3).
SEVERITY: tuple[str, ...] = ("controlled", "error", "review", "excluded", "clear")
CATEGORIES: tuple[str, ...] = (
    "mining",
    "separation",
    "metal-smelting",
    "magnet-manufacturing",
    "recycling",
)
CONTROL_CODES: tuple[str, ...] = ("1E902.a", "1E902.b")
MAGNET_TYPES: tuple[str, ...] = ("NdFeB", "SmCo", "Ce")
CARRIERS: tuple[str, ...] = (
    "drawing",
    "process-spec",
    "parameter-sheet",
    "nc-program",
    "simulation-data",
    "email",
    "other",
)
EXCLUSION_REASONS: tuple[str, ...] = ("public-domain", "basic-research", "patent-filing")
#: where a verdict keeps its JSON line (`Verdict.json_line`): not a field, so neither compared,
#: nor copied by `dataclasses.replace` (a changed verdict is encoded again)
JSON_LINE = "_json_line"
#: A reason line naming content that was not read (`scanner.policy.decide`).
UNREAD_PREFIX = "not inspected:"
#: How the error of a verdict that is the scanner's own fault begins.
INTERNAL_PREFIX = "internal error"


#: the reason a flagged file's waiver no longer holds begins with this (`waivers.py`)
FLAGGED_AGAIN = "flagged again: "
#: a section's title stands between these in its description (`Verdict.section`): it is the
#: document's own text, which `report/redact.py` masks
TITLE_OPEN, TITLE_CLOSE = "“", "”"


@dataclass(frozen=True)
class Location:
    """Where a person finds a piece of text. Only the fields that apply are set."""

    page: int | None = None
    sheet: str | None = None
    cell: str | None = None
    paragraph: int | None = None
    line: int | None = None
    row: int | None = None
    table: int | None = None
    part: str | None = None  # "metadata:title", "header", "footer", …

    def __str__(self) -> str:
        bits: list[str] = []
        if self.part:
            bits.append(self.part)
        if self.page is not None:
            bits.append(f"page {self.page}")
        if self.sheet is not None:
            bits.append(f"{self.sheet}!{self.cell}" if self.cell else f"sheet {self.sheet}")
        elif self.cell:
            bits.append(self.cell)
        if self.table is not None:
            bits.append(f"table {self.table}")
        if self.row is not None:
            bits.append(f"row {self.row}")
        if self.paragraph is not None:
            bits.append(f"paragraph {self.paragraph}")
        if self.line is not None:
            bits.append(f"line {self.line}")
        return ", ".join(bits) or "document"

    def with_cell(self, cell: str) -> Location:
        return Location(
            page=self.page,
            sheet=self.sheet,
            cell=cell,
            paragraph=self.paragraph,
            line=self.line,
            row=self.row,
            table=self.table,
            part=self.part,
        )


@dataclass(frozen=True)
class Segment:
    """A piece of extracted text and where it came from.

    `marks` refine the location inside the text: ``(offset, cell)`` pairs, sorted by offset,
    naming the cell (e.g. ``B7``) that starts at that character offset of `text`.
    """

    text: str
    location: Location
    marks: tuple[tuple[int, str], ...] = ()

    def location_at(self, offset: int) -> Location:
        cell = None
        for start, name in self.marks:
            if start > offset:
                break
            cell = name
        return self.location.with_cell(cell) if cell else self.location


#: Kinds of content a reader did not read. All but `metadata` send a file to `review`:
#: `limit` (a page, cell, object or character limit cut the reading short), `unreadable` (a part
#: failed to parse or decode), `not-inspected` (a picture without OCR, a format with no reader).
#: `metadata` is content known to hold no document text (an archive's AppleDouble resource
#: fork): recorded for coverage, never a reason for review.
SKIP_KINDS: tuple[str, ...] = ("limit", "unreadable", "not-inspected", "metadata")
UNREAD_KINDS: frozenset[str] = frozenset({"limit", "unreadable", "not-inspected"})


@dataclass(frozen=True)
class Skip:
    """Content of a file that was not read: what kind of gap, where, and why."""

    kind: str  # one of SKIP_KINDS
    where: str  # "pages 31–200", "embedded picture image3.emf", "sheet Costs", …
    detail: str  # the reason, said plainly

    def __post_init__(self) -> None:
        if self.kind not in SKIP_KINDS:
            raise ValueError(f"unknown skip kind {self.kind!r}")

    @property
    def unread(self) -> bool:
        return self.kind in UNREAD_KINDS

    def __str__(self) -> str:
        return f"{self.where}: {self.detail}" if self.where else self.detail

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "where": self.where, "detail": self.detail}


@dataclass(frozen=True)
class Document:
    """What an extractor read from one file (or archive member)."""

    path: str
    file_type: str
    sha256: str
    segments: tuple[Segment, ...]
    metadata: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # for people: how the file was read ("pages 2–3 read by OCR")
    skipped: tuple[Skip, ...] = ()  # what was not read: any unread kind means never `clear`

    @property
    def unread(self) -> tuple[Skip, ...]:
        return tuple(s for s in self.skipped if s.unread)


@dataclass(frozen=True)
class Finding:
    """One match of one rule at one place."""

    rule_id: str  # lexicon term id, or "param:<unit>", or an exclusion predicate name
    # stage | anchor | clause-b | carrier | exclusion | context | other-material | parameter | value
    kind: str
    category: str | None  # stage name, activity, carrier, reason, … (the set's meaning)
    matched_text: str
    location: Location
    snippet: str
    weight: float
    segment_index: int
    offset: int  # character offset inside the normalised document text
    attrs: tuple[tuple[str, str], ...] = ()  # e.g. (("magnet_type", "NdFeB"),)

    def attr(self, name: str) -> str | None:
        for key, value in self.attrs:
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class Evidence:
    text: str
    category: str
    location: str
    rule: str
    kind: str
    weight: float
    snippet: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "category": self.category,
            "location": self.location,
            "snippet": self.snippet,
            "rule": self.rule,
            "kind": self.kind,
            "weight": round(self.weight, 3),
        }


@dataclass(frozen=True)
class Exclusion:
    reason: str
    evidence: tuple[Evidence, ...]
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "score": round(self.score, 3),
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Verdict:
    path: str
    verdict: str
    control_codes: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    magnet_types: tuple[str, ...] = ()
    carrier: str = "other"
    exclusion: Exclusion | None = None
    score: float = 0.0
    evidence: tuple[Evidence, ...] = ()
    reasons: tuple[str, ...] = ()
    error: str | None = None
    file_type: str | None = None
    sha256: str | None = None
    category_scores: tuple[tuple[str, float], ...] = ()
    language: str | None = None
    skipped: tuple[Skip, ...] = ()
    section: str | None = None  # the most severe section, when it and not the whole file decided
    #: an accepted finding (scanner/waivers.py): licence or justification, reviewer, expiry.
    #: A waived file keeps its verdict and is reported as waived; it does not fail the run.
    waiver: dict[str, str] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "verdict": self.verdict,
            "control_codes": list(self.control_codes),
            "categories": list(self.categories),
            "magnet_types": list(self.magnet_types),
            "carrier": self.carrier,
            "exclusion": self.exclusion.to_dict() if self.exclusion else None,
            "score": round(self.score, 4),
            "evidence": [e.to_dict() for e in self.evidence],
            "reasons": list(self.reasons),
            "file_type": self.file_type,
            "sha256": self.sha256,
            "language": self.language,
            "category_scores": {k: round(v, 4) for k, v in self.category_scores},
            "skipped": [s.to_dict() for s in self.skipped],
            "section": self.section,
        }
        if self.waiver is not None:
            out["waiver"] = dict(self.waiver)
        if self.verdict == "error":
            out["error"] = self.error or "unknown error"
        return out

    def facts(self) -> tuple[bool, bool]:
        """What a scan's summary counts besides the verdict: whether some content was not read
        (a reason starting with `UNREAD_PREFIX`) and whether the verdict is an internal error."""
        unread = any(r.startswith(UNREAD_PREFIX) for r in self.reasons)
        return unread, self.verdict == "error" and (self.error or "").startswith(INTERNAL_PREFIX)

    def json_line(self) -> str:
        """`to_dict` as one line of JSON, non-ASCII characters kept: a JSON Lines report's line.
        A verdict stored in or read back from the results cache keeps the line it was stored
        as (`cache.py`), so that a warm sweep does not encode each verdict again."""
        line = self.__dict__.get(JSON_LINE)
        return line if line is not None else json.dumps(self.to_dict(), ensure_ascii=False)


def shown_score(score: float, digits: int = 2) -> str:
    """A score as people read it, cut (never rounded up) to `digits` decimals: 0.6197 is below
    the controlled threshold 0.62 and is shown 0.61, not 0.62 beside a `review` verdict. The
    cut is of the score as Python prints it, so 0.62 itself stays 0.62."""
    return str(Decimal(repr(float(score))).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_FLOOR))
