"""A file is as severe as its most severe section.

The whole document is scored once (as before sections existed), then every section with its
own findings and its own weakening context, but with the whole document's rare-earth anchoring
and internal context (see `score_categories`). The learned model reads each section's text, so
the whole text is read, not its opening only. The focus of the verdict is whichever of these
combines highest; the whole document wins ties, so a short file reads as it always has.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from scanner.detect.analyze import Analysis
from scanner.detect.sections import Section, split_sections
from scanner.policy.decide import ModelView
from scanner.policy.scoring import Scores, score_categories
from scanner.types import Finding

#: A section must beat the whole document by this much to become the focus: equal evidence is
#: reported for the whole file.
MARGIN = 0.02

ModelFn = Callable[[str, Scores], ModelView | None]


@dataclass(frozen=True)
class Focus:
    """What the verdict is about: the whole document or its most severe section."""

    section: Section | None  # None: the whole document
    findings: tuple[Finding, ...]
    scores: Scores
    model: ModelView | None
    combined: float
    whole: float  # the whole document's combined score, for the reasons
    sections: int  # how many sections the document was judged in


def combined(scores: Scores, model: ModelView | None) -> float:
    rules = scores.best[1]
    return model.mix(model.flag, rules) if model is not None else rules


def judge_sections(analysis: Analysis, scores: Scores, model_fn: ModelFn) -> list[Focus]:
    """The whole document first, then every section that holds stage or clause-b evidence
    (one without any cannot be the most severe part)."""
    whole_view = model_fn(analysis.text, scores)
    whole = combined(scores, whole_view)
    sections = split_sections(analysis.text, analysis.segment_starts, analysis.locations)
    out = [Focus(None, analysis.findings, scores, whole_view, whole, whole, max(1, len(sections)))]
    if len(sections) < 2:
        return out
    for section in sections:
        found = tuple(f for f in analysis.findings if section.contains(f.offset))
        if not any(f.kind in ("stage", "clause-b") for f in found):
            continue
        own = score_categories(found, anchor=scores.re_strength, internal=scores.strengthen_factor)
        view = model_fn(analysis.text[section.start : section.end], own)
        out.append(Focus(section, found, own, view, combined(own, view), whole, len(sections)))
    return out


def most_severe(analysis: Analysis, scores: Scores, model_fn: ModelFn) -> Focus:
    judged = judge_sections(analysis, scores, model_fn)
    best = judged[0]
    for focus in judged[1:]:
        if focus.combined > best.combined + (MARGIN if best.section is None else 0.0):
            best = focus
    return best
