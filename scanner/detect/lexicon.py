"""Load and validate the lexicon data files (see lexicons/README.md)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from scanner.detect.normalize import normalize
from scanner.types import CARRIERS, CATEGORIES, EXCLUSION_REASONS, MAGNET_TYPES

try:  # the standard library's parser, compiled with mypyc: a third of its time at every start
    import tomli as tomllib
except ImportError:  # pragma: no cover - a declared dependency
    import tomllib

SETS = (
    "stage",
    "anchor",
    "clause-b",
    "carrier",
    "exclusion",
    "context",
    "other-material",
    "parameter",
    "unit",
)
ACTIVITIES = ("assembly", "commissioning", "maintenance", "repair", "upgrade")


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the term."""


@dataclass(frozen=True)
class Term:
    id: str
    set: str
    category: str | None  # stage for set=stage; activity/carrier/reason/effect otherwise
    forms: tuple[str, ...]  # normalised zh + en forms
    weight: float
    specific: bool = False
    kind: str = "cue"
    case_sensitive: bool = False
    magnet_type: str | None = None
    factor: float = 1.0
    competes_with: tuple[str, ...] = ()
    regex: tuple[re.Pattern[str], ...] = ()
    source: str = ""

    def __hash__(self) -> int:
        """By id alone (equal terms have equal ids): the generated hash of all thirteen fields
        was worked out anew each time a term entered a set, thousands of times a document."""
        return hash(self.id)


@dataclass(frozen=True)
class Lexicon:
    terms: tuple[Term, ...]
    digest: str  # sha256 over the files, for reproducible reports
    versions: tuple[tuple[str, str], ...]

    def of_set(self, name: str) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.set == name)


def load_lexicon(directory: Path) -> Lexicon:
    files = sorted(Path(directory).glob("*.toml"))
    if not files:
        raise LexiconError(f"no lexicon files (*.toml) in {directory}")
    digest = hashlib.sha256()
    terms: list[Term] = []
    versions: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    for path in files:
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise LexiconError(f"{path.name}: not valid TOML: {exc}") from exc
        set_name = data.get("set")
        if set_name not in SETS:
            raise LexiconError(f"{path.name}: set must be one of {SETS}, not {set_name!r}")
        versions.append((str(data.get("id", path.stem)), str(data.get("version", "?"))))
        for entry in data.get("terms", []):
            term = _term(entry, set_name, data.get("category"), path.name)
            if term.id in seen:
                raise LexiconError(f"{path.name}: term id {term.id!r} also in {seen[term.id]}")
            seen[term.id] = path.name
            terms.append(term)
    return Lexicon(tuple(terms), digest.hexdigest(), tuple(versions))


def _term(entry: dict, set_name: str, file_category: str | None, source: str) -> Term:
    term_id = entry.get("id")
    if not isinstance(term_id, str) or not term_id:
        raise LexiconError(f"{source}: a term has no id: {entry!r}")
    where = f"{source}: term {term_id}"
    forms: list[str] = []
    for key in ("zh", "en"):
        values = entry.get(key, [])
        if isinstance(values, str):
            values = [values]
        for value in values:
            if not isinstance(value, str):
                raise LexiconError(f"{where}: {key} forms must be strings")
            norm = normalize(value)
            if norm and norm not in forms:
                forms.append(norm)
    patterns = []
    for expr in entry.get("regex", []):
        try:
            patterns.append(re.compile(expr, re.IGNORECASE))
        except re.error as exc:
            raise LexiconError(f"{where}: bad regex {expr!r}: {exc}") from exc
    if not forms and not patterns:
        raise LexiconError(f"{where}: no zh, en or regex form")
    weight = float(entry.get("weight", 0.5))
    if not 0.0 <= weight <= 1.0:
        raise LexiconError(f"{where}: weight {weight} outside 0..1")
    category = _category(entry, set_name, file_category, where)
    magnet_type = entry.get("magnet_type")
    if magnet_type is not None and magnet_type not in MAGNET_TYPES:
        raise LexiconError(f"{where}: magnet_type {magnet_type!r} not in {MAGNET_TYPES}")
    competes = tuple(entry.get("competes_with", ()))
    for stage in competes:
        if stage not in CATEGORIES:
            raise LexiconError(f"{where}: competes_with {stage!r} is not a stage")
    return Term(
        id=term_id,
        set=set_name,
        category=category,
        forms=tuple(forms),
        weight=weight,
        specific=bool(entry.get("specific", False)),
        kind=str(entry.get("kind", "cue")),
        case_sensitive=bool(entry.get("case_sensitive", False)),
        magnet_type=magnet_type,
        factor=float(entry.get("factor", 1.0)),
        competes_with=competes,
        regex=tuple(patterns),
        source=source,
    )


def _category(entry: dict, set_name: str, file_category: str | None, where: str) -> str | None:
    if set_name == "stage":
        category = entry.get("category", file_category)
        if category not in CATEGORIES:
            raise LexiconError(f"{where}: stage category {category!r} not in {CATEGORIES}")
        return category
    if set_name == "clause-b":
        activity = entry.get("activity")
        if activity is not None and activity not in ACTIVITIES:
            raise LexiconError(f"{where}: activity {activity!r} not in {ACTIVITIES}")
        return activity or "production-line"
    if set_name == "carrier":
        carrier = entry.get("carrier")
        if carrier not in CARRIERS:
            raise LexiconError(f"{where}: carrier {carrier!r} not in {CARRIERS}")
        return carrier
    if set_name == "exclusion":
        reason = entry.get("reason")
        if reason not in EXCLUSION_REASONS:
            raise LexiconError(f"{where}: reason {reason!r} not in {EXCLUSION_REASONS}")
        return reason
    if set_name == "context":
        effect = entry.get("effect")
        if effect not in ("weaken", "strengthen"):
            raise LexiconError(f"{where}: effect must be weaken or strengthen")
        return effect
    if set_name == "unit":
        return str(entry.get("dimension", "other"))
    return set_name
