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
from scanner.detect.kinds import WHOLE_DOCUMENT_KINDS
from scanner.detect.sections import Section, describe, quiet_runs, split_sections
from scanner.policy.decide import ModelView, other_conflict
from scanner.policy.scoring import (
    HEAD_CHARS,
    Scores,
    competes,
    distinct,
    first_stage_segment,
    is_process_hit,
    names_the_document,
    opens,
    parameter_strength,
    score_categories,
)
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
    #: a run of lines judged apart from the trade wording around it (`quiet_parts`)
    quiet: bool = False


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
    # another material named in the file name, the title or the opening above the first stage
    # term ("Bid reference: … (copper heap-leach / SX-EW)") is what every section is about
    begins = first_stage_segment(analysis.findings, in_text=True)
    about = tuple(
        f
        for f in analysis.findings
        if (f.kind == "other-material" and (names_the_document(f) or opens(f, begins)))
        or f.rule_id in WHOLE_DOCUMENT_KINDS  # a monitoring report's or an EIA's every chapter
    )
    # a window of a long block is a cut, not a chapter: the weakening context of the block's
    # opening and of the file name (an incoming-inspection table's title and supplier rows,
    # "IQC_外购磁块") speaks for its rows in every window (found once a block: a long sheet is
    # a thousand windows of one block)
    weakening = [f for f in analysis.findings if f.kind == "context" and f.category == "weaken"]
    openings: dict[int, tuple[Finding, ...]] = {}
    for section, found in zip(sections, findings_by_section(sections, analysis.findings), strict=True):
        if not any(f.kind in ("stage", "clause-b") for f in found):
            continue
        found += tuple(f for f in about if not section.contains(f.offset))
        block = section.block_start
        if block is not None:
            if block not in openings:
                openings[block] = tuple(
                    f for f in weakening if names_the_document(f) or block <= f.offset < block + HEAD_CHARS
                )
            found += tuple(f for f in openings[block] if not section.contains(f.offset))
        own = score_categories(
            found,
            anchor=scores.re_strength,
            internal=scores.strengthen_factor,
            whole_other=scores.other_factor,
        )
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


#: a run of lines judged apart from the trade wording around it holds at least this many
#: distinct process terms (steps, equipment, reagents: not products, materials or properties) …
QUIET_MIN_TERMS = 3
#: … and measured values next to them of at least this weight (`parameter_strength`: about three
#: temperatures, pressures or flow ratios): a route, not questions about one or a CV's skills
QUIET_MIN_PARAMETERS = 3.0
QUIET_WHERE = "apart from the trade or product-use wording around it"
#: at most this many quiet parts are judged by the model, those the rules score highest
QUIET_PARTS = 100


def quiet_parts(analysis: Analysis, scores: Scores) -> Iterator[tuple[Section, tuple[Finding, ...], Scores]]:
    """The runs of lines that hold no weakening context, in a document that has some, each with
    its findings and its own scores (the section undescribed: `judge_quiet` says where the
    parts it judges are), when the run holds a process (QUIET_MIN_TERMS). A monthly
    report's market paragraph says the report is about trade, not that its next paragraph's
    sintering route is: trade wording weakens what it stands beside, and a route that stands
    apart from it is judged apart, as a chapter is (`evidenced_sections`), however short the
    document. What names the document (file name, title, a first line that reads as a title),
    the wording of its opening above its
    first stage term when the body goes on in that vein (`Scores.opening_alone`: a buyer's guide,
    a price list), and the other materials it names (a ferrite kiln's profile stays ferrite) say
    what the whole document is, and are carried into every run, unless the document's
    rare-earth anchoring outweighs those materials: their lines are then set apart as trade
    wording is. Not for tables: a price column's header speaks for every row under it."""
    weakening = [f for f in analysis.findings if f.kind == "context" and f.category == "weaken"]
    # another material's vocabulary is what the document is about unless its rare-earth
    # anchoring outweighs it: then a line naming another metal's process ("adapted from our
    # aluminium potline", "the same settlers run our copper SX") is set apart like trade wording
    begins = first_stage_segment(analysis.findings)
    others = [f for f in analysis.findings if f.kind == "other-material"]
    # … but not when the document names it in its file name, title or opening lines, above its
    # first stage term in the text (a La-Co ferrite process card, an AlNiCo sintering card:
    # "ferrite" in the title, La2O3 in the batch)
    text_begins = first_stage_segment(analysis.findings, in_text=True) if others else None
    about = any(names_the_document(f) or opens(f, text_begins) for f in others)
    stage = scores.best[0]
    aside = (
        [f for f in others if competes(f, stage)]  # zinc stearate in a magnet's binder is no matter
        if others and stage and not about and scores.re_strength > max(scores.other.values())
        else []
    )
    if not weakening and not aside:
        return
    if any(f.location.row is not None or f.location.sheet is not None for f in weakening + aside):
        return
    title = _title_span(analysis)
    # findings are compared by identity (a long report holds tens of thousands of them, and
    # `in` on a list of dataclasses compares every field of every one)
    weak = {id(f) for f in weakening}
    carried = tuple(
        f
        for f in analysis.findings
        if names_the_document(f)
        or (
            id(f) in weak
            and (title[0] <= f.offset < title[1] or (not scores.opening_alone and opens(f, begins)))
        )
    )
    # the lines of trade wording set apart, the other materials carried; then, when they may
    # be, the other materials' lines set apart too: two views, each only adding candidates (a
    # line set apart splits a run, and the smaller runs may no longer hold a route)
    for apart in ([], aside) if aside else ([],):
        set_apart = {id(f) for f in apart}
        keep = carried + tuple(f for f in others if id(f) not in set_apart)
        kept = {id(f) for f in keep}
        marked = [f.offset for f in weakening + apart if id(f) not in kept]
        runs = quiet_runs(analysis.text, marked)
        sections = [Section(lo, hi, "") for lo, hi in runs if (lo, hi) != (0, len(analysis.text))]
        for section, found in zip(sections, findings_by_section(sections, analysis.findings), strict=True):
            process = [h for h in distinct([f for f in found if f.kind == "stage"]) if is_process_hit(h)]
            if len(process) < QUIET_MIN_TERMS or parameter_strength(list(found)) < QUIET_MIN_PARAMETERS:
                continue
            found += tuple(f for f in keep if not section.contains(f.offset))
            # with another metal's lines set apart (its anchoring outweighs them), the part is
            # judged without them: the whole document's other-material factors are not carried
            own = score_categories(
                found,
                anchor=scores.re_strength,
                internal=scores.strengthen_factor,
                whole_other=None if apart else scores.other_factor,
            )
            yield section, found, own


#: a first line this long at most, not ending as a sentence does, is the document's title
TITLE_LINE_CHARS = 160
_SENTENCE_END = (".", "。", "!", "！", "?", "？", ";", "；")


def _title_span(analysis: Analysis) -> tuple[int, int]:
    """The span of the document's first line, after its file name and properties, when it reads
    as a title ("EHS monthly report — October 2025 — separation plant (supplier site, for our ESG
    file)"): what the document says it is, for every part of it. A sentence ("Market prices for
    magnets rose in 2024.") is no title. (0, 0) when there is none."""
    text = analysis.text
    start = next(
        (
            begin
            for begin, where in zip(analysis.segment_starts, analysis.locations, strict=False)
            if not (where.part or "").startswith("metadata")
        ),
        0,
    )
    start += len(text[start:]) - len(text[start:].lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not line or len(line) > TITLE_LINE_CHARS or line.endswith(_SENTENCE_END):
        return (0, 0)
    return (start, end)


def judge_sections(analysis: Analysis, scores: Scores, model_fn: ModelFn, quiet: bool = True) -> list[Focus]:
    """The whole document first, then every evidenced section, then (`quiet`) every quiet part
    (`judge_quiet`)."""
    whole_view = model_fn(analysis.text, scores)
    whole = combined(scores, whole_view)
    out = [Focus(None, analysis.findings, scores, whole_view, whole, whole, whole_view)]
    for section, found, own in evidenced_sections(analysis, scores):
        view = model_fn(analysis.text[section.start : section.end], own)
        out.append(Focus(section, found, own, view, combined(own, view), whole, whole_view))
    return out + (judge_quiet(analysis, scores, model_fn, out[0]) if quiet else [])


def judge_quiet(
    analysis: Analysis, scores: Scores, model_fn: ModelFn, whole: Focus, floor: float = 0.0
) -> list[Focus]:
    """Every quiet part (`quiet_parts`) whose rules score reaches `floor`, judged, marked
    `quiet`. The rules must find the route in the part on their own: the model learned from
    whole documents, and a part cut from its trade wording reads to it as more of a process
    than the rules say (a trip report's guided tour, "around 1080 °C")."""
    parts = [part for part in quiet_parts(analysis, scores) if part[2].best[1] >= floor]
    # the model reads the parts the rules score highest, QUIET_PARTS of them at most (a long
    # report of trade lines between process lines has thousands of runs)
    parts = sorted(parts, key=lambda part: (-part[2].best[1], part[0].start))[:QUIET_PARTS]
    out = []
    for bare, found, own in sorted(parts, key=lambda part: part[0].start):
        lo, hi = bare.start, bare.end
        where = describe(analysis.text, analysis.segment_starts, analysis.locations, lo, hi)
        section = Section(lo, hi, f"{where}, {QUIET_WHERE}")
        view = model_fn(analysis.text[lo:hi], own)
        out.append(
            Focus(section, found, own, view, combined(own, view), whole.whole, whole.whole_model, quiet=True)
        )
    return out


def most_severe(
    analysis: Analysis,
    scores: Scores,
    model_fn: ModelFn,
    spread: tuple[float, float] | None = None,
    quiet: tuple[float, float] | None = None,
) -> Focus:
    """The most severe section; the whole document when it is one section (or none of its
    sections holds stage vocabulary). A long document is judged by its sections: a polishing
    guide whose recycling note and whose polishing parameters sit in different chapters is not
    a recycling process, though the whole text holds both. But a manual that gives one step of a
    route per chapter, between pages of site information, is a process that no chapter shows
    alone: with `spread` = (whole, section), a document that scores at least `whole` while its
    most severe section stays below `section` is judged whole, marked `spread` (a person should
    decide, `pipeline`). With `quiet` = (settled, floor), a focus that scores below `settled`
    (the controlled threshold), or whose other-material evidence would make a controlled verdict
    review (`decide.other_conflict`), is weighed against the document's quiet parts whose rules score
    reaches `floor` (the review threshold; `judge_quiet`): the more severe is the verdict's
    focus, so a quiet part can raise a verdict, never lower one."""
    judged = judge_sections(analysis, scores, model_fn, quiet=False)
    whole = judged[0]
    best = max(judged[1:], key=lambda focus: focus.combined) if len(judged) > 1 else whole
    if len(judged) > 1 and spread is not None and whole.combined >= spread[0] and best.combined < spread[1]:
        best = dataclasses.replace(whole, spread=True)
    if quiet is None or (best.combined >= quiet[0] and not other_conflict(best.scores)):
        return best
    parts = judge_quiet(analysis, scores, model_fn, whole, floor=quiet[1])
    return max([best, *parts], key=lambda focus: focus.combined)
