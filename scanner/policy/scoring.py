"""Category scores from findings: transparent arithmetic, every factor reported.

For each stage c:

    raw_c   = Σ over distinct stage terms of c: weight × repetition bonus
              + parameter bonus (measured values next to process terms), shared by share of raw
    tech_c  = raw_c × re_factor × other_factor_c × mention_factor × strengthen_factor
    score_c = 1 − exp(−tech_c / SCALE)

- re_factor: how firmly the text is tied to rare earths (anchors and RE-specific terms). Generic
  process words alone (sintering, solvent extraction) are not rare-earth technology.
- other_factor_c: other materials that share the stage's vocabulary (copper SX, ferrite, Li-ion
  recycling, aluminium electrolysis) pull the score down unless rare-earth evidence outweighs them.
- mention_factor: market, price, procurement and product-use contexts make a mention of rare
  earths, not technology (DOMAIN.md: "a mention is not technology").
"""

from __future__ import annotations

import bisect
import dataclasses
import math
from collections import defaultdict
from dataclasses import dataclass, field

from scanner.detect.kinds import NAMING_KINDS, WHOLE_DOCUMENT_KINDS
from scanner.types import CATEGORIES, Finding

SCALE = 3.0
PARAM_UNIT = 0.22  # score added per weighted process parameter
PARAM_CAP = 14.0  # weighted parameters beyond this add nothing
RE_FLOOR = 0.3  # generic process words with no rare-earth anchor at all keep this share
RE_FULL = 1.2  # anchoring weight at which nothing is taken off
ACTIVITY_UNIT = 0.4  # score added per unit of production-line activity evidence (clause b)
STRONG_TERM = 0.5  # stage process terms at least this heavy count towards rare-earth anchoring
STRONG_SHARE = 0.3  # … at this share of their weight
LOCAL_CHARS = 60  # a weakening context this close to a stage term scales that term
MENTION_PARAM = 0.3  # process parameters count this much against mention context
OTHER_WEIGHT = 2.5  # how hard other-material vocabulary pulls a stage down
STRENGTHEN_CAP = 1.25  # production/internal context raises a score by at most this factor
HEAD_CHARS = 400  # a weakening context in a document's title or opening lines says what it is …
HEAD_BOOST = 2.0  # … (a CV, a buyer's guide, a product-use guide) and counts this much more
REPEAT_BONUS = 0.15
REPEAT_CAP = 4


@dataclass(frozen=True)
class TermHit:
    rule_id: str
    weight: float
    count: int
    first: Finding


@dataclass
class Scores:
    raw: dict[str, float] = field(default_factory=dict)
    tech: dict[str, float] = field(default_factory=dict)
    score: dict[str, float] = field(default_factory=dict)
    re_strength: float = 0.0
    re_factor: float = 1.0
    other: dict[str, float] = field(default_factory=dict)
    other_factor: dict[str, float] = field(default_factory=dict)
    mention: float = 0.0
    mention_factor: float = 1.0
    #: each weakening context term's share of `mention` (counted once a document, twice over in
    #: its opening: HEAD_BOOST), for the explanation
    mention_terms: dict[str, float] = field(default_factory=dict)
    other_in_head: bool = False  # other-material vocabulary in the file name or the title
    #: every weakening context stands in the opening, above the first stage term, and the body
    #: has none: the opening is then not taken for the document's title (no HEAD_BOOST)
    opening_alone: bool = False
    strengthen_factor: float = 1.0
    parameters: float = 0.0
    activity: float = 0.0
    distinct_terms: int = 0
    hits: dict[str, list[TermHit]] = field(default_factory=dict)

    @property
    def best(self) -> tuple[str | None, float]:
        if not self.score:
            return None, 0.0
        cat = max(self.score, key=lambda c: self.score[c])
        return cat, self.score[cat]


def distinct(findings: list[Finding]) -> list[TermHit]:
    """Group findings by rule: one hit per term, with its count, its strongest weight and the
    place where it has it."""
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        groups[f.rule_id].append(f)
    hits = []
    for rid, fs in groups.items():
        best = max(fs, key=lambda f: f.weight)
        hits.append(TermHit(rid, best.weight, len(fs), best))
    return hits


def weaken_locally(stage: list[Finding], contexts: list[Finding]) -> list[Finding]:
    """A stage term next to a weakening context ("purchased N42SH", "GBD grade from the
    supplier", 采购氧化镨钕) says less about a process: its weight is scaled by the context's
    factor. Context lowers a score as well as raising it (presidio could only raise)."""
    weak = sorted((f.offset, _factor_of(f)) for f in contexts if f.category == "weaken")
    if not weak:
        return stage
    offsets = [o for o, _ in weak]
    out = []
    for f in stage:
        # the contexts within LOCAL_CHARS either side: two binary searches (a scan to the end of
        # the list made a long document's scoring quadratic: 2.6 s of a 3.5 MB text)
        i = bisect.bisect_left(offsets, f.offset - LOCAL_CHARS)
        j = bisect.bisect_right(offsets, f.offset + LOCAL_CHARS, lo=i)
        factors = [fac for _, fac in weak[i:j]]
        out.append(dataclasses.replace(f, weight=f.weight * min(factors)) if factors else f)
    return out


#: How much a term of each kind counts as *process* evidence. Products and materials (NdFeB,
#: N52SH, 氧化镨钕) say what a document is about, not how anything is made: a purchase order
#: for magnets names them too. Product properties (Br, HcJ) appear in every magnet datasheet.
#: A stage's words in a company's or a plant's name (稀土分离有限公司, `detect/names.py`) say who
#: someone is, as a product's name says what it is.
KIND_FACTOR = {"product": 0.25, "material": 0.35, "quality-parameter": 0.3, "name": 0.25}


def process_weight(hit: TermHit) -> float:
    return hit.weight * KIND_FACTOR.get(hit.first.attr("term_kind") or "", 1.0)


def weighted(hits: list[TermHit]) -> float:
    return sum(process_weight(h) * (1 + REPEAT_BONUS * min(h.count - 1, REPEAT_CAP)) for h in hits)


#: A value next to a process term is a process parameter; next to a product property (Br, HcJ)
#: it is a specification; far from both it is a number.
NEAR_FACTOR = {"yes": 1.0, "quality": 0.25, "no": 0.1}


def parameter_strength(findings: list[Finding]) -> float:
    """Distinct measured values, weighted by unit strength; values far from any process term
    count a third."""
    seen: set[str] = set()
    total = 0.0
    for f in findings:
        if f.kind != "value":
            continue
        key = f.matched_text.replace(" ", "")
        if key in seen:
            continue
        seen.add(key)
        near = f.attr("near_term")
        total += f.weight * NEAR_FACTOR.get(near or "no", 0.1)
    return min(total, PARAM_CAP)


def score_categories(
    findings: tuple[Finding, ...] | list[Finding],
    anchor: float = 0.0,
    internal: float = 1.0,
    whole_other: dict[str, float] | None = None,
) -> Scores:
    """Score every stage from one document's findings (see the module docstring).

    For a section of a document, `anchor` and `internal` (a factor) carry the whole document's
    rare-earth anchoring and internal/production context: an appendix of a magnet maker's
    report need not repeat 稀土 to be about rare earths. Weakening context stays with the section it is in.
    A section with no rare-earth anchor of its own borrows the whole document's anchoring, and with it
    the whole document's other-material factors (`whole_other`): the analysis table in the
    appendix of a Li-ion battery recycling manual is about what the manual is about, though its
    columns name only P204, P507 and nickel, cobalt and lithium in g/L."""
    s = Scores()
    by_kind: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_kind[f.kind].append(f)
    by_kind["stage"] = weaken_locally(by_kind["stage"], by_kind["context"])
    stage_by_cat: dict[str, list[Finding]] = defaultdict(list)
    for f in by_kind["stage"]:
        stage_by_cat[f.category or ""].append(f)

    anchors = distinct(by_kind["anchor"])
    # A term that names a rare-earth magnet family (N48H, 2:17, Ce-Fe-B) ties the text to rare
    # earths as firmly as the words "rare earth" do.
    specific_hits = distinct(
        [f for f in by_kind["stage"] if f.attr("specific") == "yes" or f.attr("magnet_type")]
    )
    # Strong stage terms (注液强度, mixer-settler cascades for PrNd, 氢破) are not proof of rare
    # earths alone, but several of them together are how a log without the word 稀土 reads.
    strong = [
        h
        for h in distinct(by_kind["stage"])
        if h.weight >= STRONG_TERM and is_process_hit(h) and h not in specific_hits
    ]
    s.re_strength = (
        sum(h.weight for h in anchors)
        + sum(h.weight for h in specific_hits)
        + STRONG_SHARE * sum(h.weight for h in strong)
    )
    # no anchor or magnet family of its own (strong stage terms alone are no proof of rare earths)
    borrowed = not anchors and not specific_hits and anchor > 0
    s.re_strength = max(s.re_strength, anchor)
    s.re_factor = min(1.0, RE_FLOOR + (1 - RE_FLOOR) * s.re_strength / RE_FULL)

    others = distinct(by_kind["other-material"])
    # a material named in the file name or the title is what the document is about
    head_others = {f.rule_id for f in by_kind["other-material"] if names_the_document(f)}
    s.other_in_head = bool(head_others)
    for cat in CATEGORIES:
        o = sum(
            h.weight * (HEAD_BOOST if h.rule_id in head_others else 1.0)
            for h in others
            if competes(h.first, cat)
        )
        s.other[cat] = o
        s.other_factor[cat] = (
            1.0 if o == 0 else (s.re_strength + 0.5) / (s.re_strength + 0.5 + OTHER_WEIGHT * o)
        )
        if borrowed and whole_other is not None:
            s.other_factor[cat] = min(s.other_factor[cat], whole_other.get(cat, 1.0))

    weakening = [f for f in by_kind["context"] if f.category == "weaken"]
    weaken = distinct(weakening)
    strengthen = distinct([f for f in by_kind["context"] if f.category == "strengthen"])
    s.parameters = parameter_strength(by_kind["value"])
    all_stage = distinct(by_kind["stage"])
    s.distinct_terms = len(all_stage)
    # How much the document *does* (steps, equipment, reagents), not what it names: a motor
    # design or an inspection report names magnet grades and properties at length.
    technical = sum(process_weight(h) for h in all_stage if is_process_hit(h)) + MENTION_PARAM * s.parameters
    if any(f.rule_id in NAMING_KINDS for f in weakening):
        # a CV's steps and equipment are a person's experience: only its parameters are done
        technical = MENTION_PARAM * s.parameters
    # the opening says what a document is up to the line where its technical content begins:
    # "Invoice No. 118" above a recipe, "NdFeB magnet market report" as its title; a line of
    # trade wording after the recipe ("please pay the invoice") is no title, and counts once
    begins = first_stage_segment(by_kind["stage"])
    in_opening = [opens(f, begins) for f in weakening]
    # … but only when that wording goes on past the opening: a market report, a quotation or a
    # buyer's guide speaks of prices, buyers or uses in its body too. A line of trade wording
    # above a recipe and none below it is no title ("Market prices for magnets rose in 2024."
    # over a sintering route): it counts once, as anywhere else. A monitoring report or an EIA
    # (`kinds.WHOLE_DOCUMENT_KINDS`) was found by its title and a body in the same vein, so its
    # opening is a title wherever the body's cue falls (in another section, when the document
    # is judged by its opening section); a datasheet's title over its grade's process card is
    # not (the card is the datasheet's own chapter)
    kind = any(f.rule_id in WHOLE_DOCUMENT_KINDS for f in weakening)
    s.opening_alone = begins is not None and bool(weakening) and all(in_opening) and not kind
    head = (
        set()
        if s.opening_alone
        else {f.rule_id for f, opening in zip(weakening, in_opening, strict=True) if opening}
    )
    s.mention_terms = {
        h.rule_id: 2 * (1 - _factor(h)) * (HEAD_BOOST if h.rule_id in head else 1.0) for h in weaken
    }
    s.mention = sum(s.mention_terms.values())
    s.mention_factor = (technical + 1) / (technical + 1 + s.mention)
    s.strengthen_factor = max(
        internal,
        min(STRENGTHEN_CAP, math.prod(_factor(h) for h in strengthen)) if strengthen else 1.0,
    )

    # Clause b: assembly, commissioning, maintenance, repair and upgrade of a production line.
    # Such documents name few process steps, yet next to a stage's equipment they are 1E902.b
    # technology: activity evidence adds to the stages the document's equipment belongs to.
    s.activity = activity_strength(by_kind["clause-b"])
    term_scores = {}
    for cat in CATEGORIES:
        hits = distinct(stage_by_cat.get(cat, []))
        s.hits[cat] = sorted(hits, key=lambda h: -h.weight)
        term_scores[cat] = weighted(hits)
    top = max(term_scores.values()) if term_scores else 0.0
    for cat in CATEGORIES:
        share = term_scores[cat] / top if top else 0.0
        s.raw[cat] = term_scores[cat] + PARAM_UNIT * s.parameters * share + ACTIVITY_UNIT * s.activity * share
        s.tech[cat] = s.raw[cat] * s.re_factor * s.other_factor[cat] * s.mention_factor * s.strengthen_factor
        s.score[cat] = 1 - math.exp(-s.tech[cat] / SCALE)
    return s


def first_stage_segment(findings: list[Finding] | tuple[Finding, ...], in_text: bool = False) -> int | None:
    """The segment where a document's first stage term stands (None: it has none); `in_text`:
    the first in its text, not in its file name or properties (for what another material's
    opening says: "Used mixer settlers Co Ni.eml" still opens with its subject, "RE: Used
    mixer-settlers - cobalt/nickel project")."""
    return min(
        (f.segment_index for f in findings if f.kind == "stage" and not (in_text and names_the_document(f))),
        default=None,
    )


def opens(finding: Finding, begins: int | None) -> bool:
    """Whether a finding stands in the document's opening: its first HEAD_CHARS characters, up
    to the segment where its first stage term is (`begins`, `first_stage_segment`)."""
    return finding.offset < HEAD_CHARS and (begins is None or finding.segment_index <= begins)


def names_the_document(finding: Finding) -> bool:
    """Whether a finding stands in the file name or the document's properties (title, subject):
    what the document says it is, for every part of it."""
    return (finding.location.part or "").startswith("metadata:")


def activity_strength(findings: list[Finding]) -> float:
    """Distinct assembly/commissioning/maintenance/repair/upgrade terms standing next to a
    stage's process vocabulary (a motor assembly note is not a production line of the five
    stages); production-line object words count half, and only next to such an activity."""
    hits = distinct([f for f in findings if f.category == "production-line" or f.attr("near_stage") == "yes"])
    acts = [h for h in hits if h.first.category != "production-line"]
    objects = [h for h in hits if h.first.category == "production-line"]
    if not acts:
        return 0.0
    return sum(h.weight * (1 + 0.1 * min(h.count - 1, 5)) for h in acts) + 0.5 * sum(
        h.weight for h in objects
    )


def is_process_hit(hit: TermHit) -> bool:
    kind = hit.first.attr("term_kind") or ""
    return kind not in KIND_FACTOR


def _factor_of(f: Finding) -> float:
    value = f.attr("factor")
    return float(value) if value else 0.5


def _factor(hit: TermHit) -> float:
    term_factor = hit.first.attr("factor")
    return float(term_factor) if term_factor else 0.5


def competes(finding: Finding, category: str) -> bool:
    """Whether another material's term shares `category`'s vocabulary (all stages' when the
    lexicon names none)."""
    stages = finding.attr("competes_with")
    return not stages or category in stages.split(",")
