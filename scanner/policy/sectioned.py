"""A file is as severe as its most severe section.

The whole document is scored once, then every section with its own findings and its own
weakening context, but with the whole document's rare-earth anchoring and internal context (see
`score_categories`). The learned model reads each section's text, so the whole text is read, not
its opening only. A document of one section is judged whole, as before sections existed; a
longer one is as severe as its most severe section.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from scanner.detect.analyze import Analysis
from scanner.detect.sections import Section, split_sections
from scanner.policy.decide import ModelView
from scanner.policy.scoring import Scores, names_the_document, score_categories
from scanner.types import Finding

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
    whole_model: ModelView | None = None  # the model's view of the whole document (the carrier)
    #: the whole document, judged whole because its sections alone say nothing while it reads
    #: as a process (`most_severe`'s `spread`): flagged for review at most
    spread: bool = False


def combined(scores: Scores, model: ModelView | None) -> float:
    rules = scores.best[1]
    return model.mix(model.flag, rules) if model is not None else rules


def evidenced_sections(
    analysis: Analysis, scores: Scores
) -> Iterator[tuple[Section, tuple[Finding, ...], Scores]]:
    """Each section of a document of several sections that holds stage or clause-b evidence
    (one without any cannot be the most severe part), with its findings and its own scores
    (the whole document's anchoring and internal context carried in, and the other materials
    its file name or title names). Nothing for a document
    of one section."""
    sections = split_sections(analysis.text, analysis.segment_starts, analysis.locations)
    if len(sections) < 2:
        return
    # another material named in the file name or the title is what every section is about
    about = tuple(f for f in analysis.findings if f.kind == "other-material" and names_the_document(f))
    for section, found in zip(sections, findings_by_section(sections, analysis.findings), strict=True):
        if not any(f.kind in ("stage", "clause-b") for f in found):
            continue
        found += tuple(f for f in about if not section.contains(f.offset))
        own = score_categories(found, anchor=scores.re_strength, internal=scores.strengthen_factor)
        yield section, found, own


def findings_by_section(sections: list[Section], findings: tuple[Finding, ...]) -> list[tuple[Finding, ...]]:
    """The findings each section contains, in the order of `findings`. Sections come in text
    order without overlap (`split_sections`), so each finding is placed by one binary search: a
    long parameter sheet has tens of thousands of findings and over a thousand sections, and
    testing every finding against every section took most of its time (25 s of a 10 MB CSV)."""
    starts = [s.start for s in sections]
    ordered = all(a.end <= b.start for a, b in itertools.pairwise(sections))
    if not ordered:  # not what `split_sections` gives: each section tests every finding
        return [tuple(f for f in findings if s.contains(f.offset)) for s in sections]
    grouped: list[list[Finding]] = [[] for _ in sections]
    for f in findings:
        i = bisect.bisect_right(starts, f.offset) - 1
        if i >= 0 and sections[i].contains(f.offset):
            grouped[i].append(f)
    return [tuple(g) for g in grouped]


def judge_sections(analysis: Analysis, scores: Scores, model_fn: ModelFn) -> list[Focus]:
    """The whole document first, then every evidenced section."""
    whole_view = model_fn(analysis.text, scores)
    whole = combined(scores, whole_view)
    out = [Focus(None, analysis.findings, scores, whole_view, whole, whole, whole_view)]
    for section, found, own in evidenced_sections(analysis, scores):
        view = model_fn(analysis.text[section.start : section.end], own)
        out.append(Focus(section, found, own, view, combined(own, view), whole, whole_view))
    return out


def most_severe(
    analysis: Analysis, scores: Scores, model_fn: ModelFn, spread: tuple[float, float] | None = None
) -> Focus:
    """The most severe section; the whole document when it is one section (or none of its
    sections holds stage vocabulary). A long document is judged by its sections: a polishing
    guide whose recycling note and whose polishing parameters sit in different chapters is not
    a recycling process, though the whole text holds both. But a manual that gives one step of a
    route per chapter, between pages of site information, is a process that no chapter shows
    alone: with `spread` = (whole, section), a document that scores at least `whole` while its
    most severe section stays below `section` is judged whole, marked `spread` (a person should
    decide, `pipeline`)."""
    judged = judge_sections(analysis, scores, model_fn)
    if len(judged) == 1:
        return judged[0]
    best = max(judged[1:], key=lambda focus: focus.combined)
    whole = judged[0]
    if spread is not None and whole.combined >= spread[0] and best.combined < spread[1]:
        return dataclasses.replace(whole, spread=True)
    return best
