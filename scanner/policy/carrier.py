"""Which carrier of technology a document is (drawing, process spec, parameter sheet, …)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TypeVar

from scanner.extract.formats import CARRIER_PRIORS
from scanner.extract.sniff import NC_CODES
from scanner.policy.shape import text_shape
from scanner.types import Finding

T = TypeVar("T")
_GCODE_LINE = re.compile(rf"(?m)^\s*(?:N\d+\s*)?(?:{NC_CODES}|O\d{{3,}})\b")
#: Cue weight a carrier needs before it is named: drawings and messages share many single
#: words with ordinary documents (设计, 批准, material, Dear), their identity needs several.
MINIMUM = {"email": 1.5, "drawing": 1.4, "simulation-data": 1.2, "process-spec": 0.8}
_TYPE_PRIOR = CARRIER_PRIORS  # one record per format: scanner/extract/formats.py
_EXT_PRIOR = {
    ".dxf": "drawing",
    ".dwg": "drawing",
    ".step": "drawing",
    ".stp": "drawing",
    ".igs": "drawing",
    ".iges": "drawing",
    ".svg": "drawing",
    ".nc": "nc-program",
    ".gcode": "nc-program",
    ".ngc": "nc-program",
    ".tap": "nc-program",
    ".mpf": "nc-program",
    ".cnc": "nc-program",
    ".inp": "simulation-data",
    ".mph": "simulation-data",
    ".h5": "simulation-data",
    ".eml": "email",
    ".msg": "email",
}


#: A carrier the format or the content's own shape settles (an .nc program, a DXF drawing, an
#: e-mail file) is kept; between the carriers plain text can be, the learned model decides when
#: it is this sure.
LEARNED_MINIMUM = 0.4
SETTLING_PRIOR = 2.0
#: What a table can carry: the labelled sets' controlled spreadsheets and CSV exports are
#: parameter sheets or logs (86 of 95) or simulation data, and clear ones are sheets or
#: "other" (price lists, registers); one that reads like a specification is still a sheet to
#: whoever opens it.
TABLE_CARRIERS = ("parameter-sheet", "simulation-data", "other")
#: Configuration files are parameter sheets (DOMAIN.md), or simulation inputs.
CONFIG_SUFFIXES = frozenset({".json", ".yaml", ".yml", ".ini", ".cfg", ".conf", ".toml", ".properties"})


@dataclass(frozen=True)
class FormatCues:
    """What a file's format says of its carrier, read once per document."""

    file_type: str
    suffix: str
    gcode_lines: int
    #: what the text's layout shows it is, whatever file holds it: an e-mail's header block
    #: ("email") or a chat export ("other"); `shape.text_shape`
    shape: str | None = None

    @property
    def settled(self) -> str | None:
        """The carrier the format alone gives: a firm type prior (a spreadsheet may be a
        parameter sheet or a log; a DXF file is a drawing), an extension, G-code lines, or the
        text's shape (a message, a chat)."""
        if self.file_type in _TYPE_PRIOR and _TYPE_PRIOR[self.file_type][1] >= SETTLING_PRIOR:
            return _TYPE_PRIOR[self.file_type][0]
        if self.suffix in _EXT_PRIOR:
            return _EXT_PRIOR[self.suffix]
        return "nc-program" if self.gcode_lines >= 5 else self.shape


def format_cues(path: str, file_type: str, text: str, layout: str | None = None) -> FormatCues:
    """`layout`: the document's text as its reader laid it out (`shape.layout_text`), for its
    shape; the analysed `text` is normalised (a tab between two names is gone)."""
    suffix = path[path.rfind(".") :].lower() if "." in path else ""
    shape = text_shape(file_type, text if layout is None else layout)
    return FormatCues(file_type, suffix, len(_GCODE_LINE.findall(text[:200_000])), shape)


def decide_carrier(
    path: str,
    file_type: str,
    findings: tuple[Finding, ...],
    text: str,
    flagged: bool,
    learned: dict[str, float] | None = None,
    cues: FormatCues | None = None,
) -> str:
    """The carrier by format, extension and cue words; where none of those settles it, the
    learned model's carrier heads (`learned`: carrier → probability) choose. `cues` are the
    document's format cues when the caller has them already."""
    cues = cues or format_cues(path, file_type, text)
    if cues.file_type == "pptx" and cues.settled is None:
        # slides that specify a process are a process specification (DOMAIN.md); a deck that
        # carries no technology is a presentation
        return "process-spec" if flagged else "other"
    if learned:
        learned = learned_choices(cues, learned)
    if cues.settled is None and learned:
        best = max(learned, key=lambda c: learned[c])
        if learned[best] >= LEARNED_MINIMUM:
            return best
    return _by_rules(cues, findings, text, flagged)


def learned_choices(cues: FormatCues, heads: dict[str, T]) -> dict[str, T]:
    """The carrier heads that may choose for this format: a table or a configuration file is
    one of `TABLE_CARRIERS`."""
    if _TYPE_PRIOR.get(cues.file_type, ("",))[0] == "parameter-sheet" or cues.suffix in CONFIG_SUFFIXES:
        return {c: v for c, v in heads.items() if c in TABLE_CARRIERS}
    return heads


def _by_rules(cues: FormatCues, findings: tuple[Finding, ...], text: str, flagged: bool) -> str:
    scores: dict[str, float] = defaultdict(float)
    seen: set[str] = set()
    for f in findings:
        if f.kind == "carrier" and f.category and f.rule_id not in seen:
            seen.add(f.rule_id)
            scores[f.category] += f.weight
    for carrier, minimum in MINIMUM.items():
        if scores.get(carrier, 0) < minimum:
            scores.pop(carrier, None)  # one "Dear" or one "设计" does not make a carrier
    return rules_choice(format_scores(cues, text, scores), flagged)


def format_scores(cues: FormatCues, text: str, scores: dict[str, float] | None = None) -> dict[str, float]:
    """Each carrier's rule score: its cue words' (`scores`, already cut at `MINIMUM`) plus what
    the format, the extension and the text's shape say."""
    scores = defaultdict(float, scores or {})
    if cues.file_type in _TYPE_PRIOR:
        carrier, prior = _TYPE_PRIOR[cues.file_type]
        scores[carrier] += prior
    if cues.suffix in _EXT_PRIOR:
        scores[_EXT_PRIOR[cues.suffix]] += 2.0
    if cues.suffix in CONFIG_SUFFIXES:
        scores["parameter-sheet"] += 1.0
    if cues.gcode_lines >= 5:
        scores["nc-program"] += 1.0 + min(cues.gcode_lines, 50) / 10
    elif cues.shape is not None:
        scores[cues.shape] += SETTLING_PRIOR
    lines = text.split("\n")
    rows = sum(1 for line in lines if line.count(" | ") >= 2)
    if rows >= 8 and rows >= 0.8 * len(lines):
        scores["parameter-sheet"] += 0.8  # mostly table rows: a sheet or a log
    return scores


def rules_choice(scores: dict[str, float], flagged: bool) -> str:
    if not scores:
        return "process-spec" if flagged else "other"
    best = max(scores, key=lambda c: scores[c])
    if scores[best] < 0.6:
        return "process-spec" if flagged else "other"
    return best
