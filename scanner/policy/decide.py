"""Turn one document's findings into a `Verdict`, with the reasons a reviewer reads."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from scanner.config import ScanConfig
from scanner.detect.analyze import Analysis
from scanner.detect.cascades import CASCADE_RULE
from scanner.detect.kinds import RULES as KIND_RULES
from scanner.detect.profiles import PROFILE_RULE
from scanner.detect.recipes import RECIPE_RULE
from scanner.detect.sections import Section
from scanner.policy.carrier import FormatCues, decide_carrier, format_cues
from scanner.policy.clause import A_WITH_B_REFERENCED, PROCESS_TITLE, decide_clause
from scanner.policy.clause import HEAD_CHARS as CLAUSE_HEAD
from scanner.policy.exclusions import ExclusionScore, exclusions_for, licence_lines, signoff_block
from scanner.policy.scoring import Scores, distinct, score_categories
from scanner.types import (
    CATEGORIES,
    MAGNET_TYPES,
    Document,
    Evidence,
    Exclusion,
    Finding,
    Skip,
    Verdict,
    shown_score,
)

TOPIC_SCORE = 0.15  # an excluded document must still be *about* a 1E902 stage …
TOPIC_ANCHOR = 1.0  # … and about rare earths …
#: … and not mainly about trade, teaching or compliance (`Scores.mention_factor` below this;
#: the lowest of the 111 labelled excluded documents of corpora/text is 0.37)
TOPIC_MENTION = 0.3
#: the identifiers of a formal publication (a journal article, a book, a standard, proceedings,
#: published supplementary data): a document below the review threshold is excluded as
#: published only with one of them (DOMAIN.md's public-domain list); a web page's or a popular
#: reader's publication cues alone leave it a mention, clear
FORMAL_PUBLICATION = frozenset(
    {
        "exc.doi",
        "exc.article_history",
        "exc.received_dates",
        "exc.journal_names",
        "exc.vol_pp",
        "exc.cn_dates",
        "exc.issn",
        "exc.isbn",
        "exc.gb_number",
        "exc.industry_std_number",
        "exc.iso",
        "exc.proceedings",
        "exc.supplementary",
    }
)
CATEGORY_SHARE = 0.6  # a second stage is reported when its evidence reaches this share of the best
OTHER_CONFLICT = 0.5  # other-material evidence this strong turns "controlled" into "review"


@dataclass(frozen=True)
class ModelView:
    """The learned model's probabilities for one document, and how much they weigh."""

    probs: dict[str, float]
    blend: float  # final score = blend × model + (1 − blend) × rules
    anchoring: float = 1.0  # see model_anchoring

    @property
    def flag(self) -> float:
        return self.probs["flag"] * self.anchoring

    def mix(self, model: float, rules: float) -> float:
        return self.blend * model + (1 - self.blend) * rules


def with_learned_b(codes: tuple[str, ...], model: ModelView | None) -> tuple[str, ...]:
    """The rules' clause with the learned model's say on b: b where its clause-b head reaches
    0.5, and then a as well only where the rules find a beside b."""
    if model is None or "clause_b" not in model.probs:
        return codes
    b = model.probs["clause_b"] >= 0.5
    a = not b or "1E902.a" in codes
    return tuple(c for c, keep in (("1E902.a", a), ("1E902.b", b)) if keep)


def line_work_in_head(findings: tuple[Finding, ...]) -> bool:
    """Whether the file name, title or first lines name line work (commissioning, FAT/SAT,
    maintenance, repair, retrofit): what the document says it is for."""
    return any(
        f.kind == "clause-b" and f.category != "production-line" and f.offset < CLAUSE_HEAD for f in findings
    )


def document_clause(
    section_codes: tuple[str, ...], whole_codes: tuple[str, ...], head_line_work: bool
) -> tuple[str, ...]:
    """The clause of a document judged by its most severe section. Clause b is the whole
    document's purpose: there where the whole document reads as line work and the section finds
    line work too, or the file name, title or first lines name it (a monthly report or a KPI
    workbook names maintenance in a chapter; that is not what it is for). Clause a is the
    section's: the chapter that scores highest is where the process is laid down, or not."""
    b = "1E902.b" in whole_codes and ("1E902.b" in section_codes or head_line_work)
    if not b:
        return ("1E902.a",)
    return section_codes if "1E902.b" in section_codes else ("1E902.a", "1E902.b")


def other_conflict(scores: Scores) -> bool:
    """Whether the best stage's other-material evidence is strong enough (`OTHER_CONFLICT`) to
    turn a controlled verdict into review."""
    cat = scores.best[0]
    return cat is not None and scores.other_factor.get(cat, 1.0) < OTHER_CONFLICT


#: Rules evidence at which the model's probability counts in full without rare-earth anchoring.
MODEL_EVIDENCE = 0.2


def model_anchoring(scores: Scores) -> float:
    """How far the model's probability counts. The model reads style as well as substance: a
    computer-science paper can look to it like the published papers it learned from. Its
    probability counts in full where the text is tied to rare earths (the rules' anchoring
    factor) or the rules find real stage evidence (an in-situ leach log need not say 稀土);
    otherwise it is scaled down with the weaker of the two. Trade, teaching, HR and product-use
    context weakens it as it weakens the rules (a CV or a popular-science reader describes the
    stages in words the model has seen in process documents)."""
    cat, rules = scores.best
    anchoring = max(scores.re_factor, min(1.0, rules / MODEL_EVIDENCE))
    if cat and scores.other_in_head:
        # a ferrite spec or a copper tank-house log, so titled, reads to the model like the
        # process documents it learned from; and the material the title names is what the
        # document is about, whichever stage its vocabulary competes with: a battery
        # black-mass report ("black mass" competes with recycling) reads to the model as
        # separation in its solvent-extraction chapter
        anchoring *= min(scores.other_factor.values(), default=1.0)
    return anchoring * scores.mention_factor


def _negated_reason(negated: tuple[Finding, ...]) -> str:
    """The rare-earth words left out because a phrase says the material is absent."""
    names = list(dict.fromkeys(f.matched_text for f in negated))
    first = negated[0]
    return (
        f"not counted: {', '.join(names[:6])}{', …' if len(names) > 6 else ''} named only as absent "
        f"({first.location}: '{first.snippet}')"
    )


def decide(
    document: Document,
    analysis: Analysis,
    config: ScanConfig,
    model: ModelView | None = None,
    scores: Scores | None = None,
    exclusions: list[ExclusionScore] | None = None,
    section: Section | None = None,
    section_findings: tuple[Finding, ...] | None = None,
    whole_score: float | None = None,
    whole_model: ModelView | None = None,
    cues: FormatCues | None = None,
    whole_scores: Scores | None = None,
) -> Verdict:
    """`scores` and `model` are those of the verdict's focus: the whole document, or, when
    `section` is given, its most severe section, whose findings are `section_findings`.
    Exclusions and the carrier stay properties of the whole document, whose scores are
    `whole_scores` (computed when a section decides and they are not given)."""
    th = config.thresholds
    findings = section_findings if section is not None and section_findings is not None else analysis.findings
    scores = scores or score_categories(findings)
    if section is None:
        whole_scores = scores
    elif whole_scores is None:
        whole_scores = score_categories(analysis.findings)
    best_cat, rule_best = scores.best
    best = rule_best
    if model is not None:
        best = model.mix(model.flag, rule_best)
    flagged = best >= th.review
    # an alloy recipe (`detect/recipes.py`: none in a measured line, an analysis document or a
    # purchase specification) is technology however much trade wording wraps it: a sales
    # e-mail that pastes "the composition our melt shop uses" is the leak this tool is for
    recipe_wrapped = (
        not flagged
        and scores.mention_factor < 1
        and any(f.rule_id == RECIPE_RULE for f in findings)
        and scores.score.get("magnet-manufacturing", 0.0) > 0
    )
    flagged = flagged or recipe_wrapped
    # Basic research and patent drafts carry little production know-how, so they can score
    # below the review threshold while plainly being about a 1E902 stage: the exclusion is
    # still what a reviewer needs to see.
    # Anchoring stays with the rules: the corpus's published and patent documents are all about
    # rare earths, so a model can learn "journal layout" as a sign of the topic.
    # … and a document that only talks about the stages (compliance minutes quoting the
    # regulation, a market note: their mention context outweighs their process words many times
    # over) is about the rules or the market, not a stage, whatever it says of patents
    on_topic = flagged or (
        rule_best >= TOPIC_SCORE
        and scores.re_strength >= TOPIC_ANCHOR
        and scores.mention_factor >= TOPIC_MENTION
    )
    reasons: list[str] = []

    floor = th.review if flagged else TOPIC_SCORE
    top_tech = max(scores.tech.values()) if scores.tech else 0.0
    # Compared before saturation: 0.85 and 0.93 look alike as scores, but recycling that uses
    # leaching and precipitation is not also separation unless that vocabulary rivals its own.
    categories = (
        tuple(
            c for c in CATEGORIES if scores.score[c] >= floor and scores.tech[c] >= CATEGORY_SHARE * top_tech
        )
        if on_topic
        else ()
    )
    categories = _drop_subsumed(
        categories, scores, firm=frozenset(c for c in categories if scores.score[c] >= th.controlled)
    )
    if model is not None and on_topic:
        # the model names a stage only where the stage's own vocabulary appears in the text
        learned = tuple(
            c
            for c in CATEGORIES
            if model.probs.get(f"category:{c}", 0.0) >= 0.5 and scores.raw.get(c, 0.0) > 0
        )
        # a stage the rules alone find at the controlled threshold is there whatever the model
        # says: a message of two recipes must not name one stage (a licence for the other
        # would release it)
        sure = tuple(c for c in categories if scores.score[c] >= th.controlled)
        categories = _drop_subsumed(
            tuple(c for c in CATEGORIES if c in learned or c in sure)
            if learned
            else categories or ((best_cat,) if best_cat else ()),
            scores,
            by_weight=False,
        )
    # the stages a section named that the whole document does not bear out, and those it adds
    dropped: list[str] = []
    added: list[str] = []
    if section is not None and categories:
        checked = _whole_document_stages(categories, whole_scores, whole_model, th.controlled)
        dropped = [c for c in categories if c not in checked]
        added = [c for c in checked if c not in categories]
        categories = checked
    if "magnet-manufacturing" in categories and "recycling" not in categories:
        # judged over the whole document: a route's scrap feed and its magnet steps are chapters
        categories = _with_scrap_recycling(categories, whole_scores, th.review)
    if recipe_wrapped and "magnet-manufacturing" not in categories:
        categories = tuple(c for c in CATEGORIES if c == "magnet-manufacturing" or c in categories)
    magnet_types = _magnet_types(findings, analysis.text) if "magnet-manufacturing" in categories else ()
    if exclusions is None:
        exclusions = exclusions_for(analysis, scores)
    top_exclusion = exclusions[0] if exclusions else None

    if section is not None:
        reasons.append(
            f"most severe section: {section.where} scores {best:.2f}"
            + (f" (whole document {whole_score:.2f})" if whole_score is not None else "")
        )
        notes = []
        if dropped:
            notes.append(
                f"{', '.join(dropped)} named by the section alone, not by the whole text's rules or model"
            )
        if added:
            notes.append(f"{', '.join(added)} named by the whole text's rules and model")
        if notes:
            reasons.append("stages checked against the whole document: " + "; ".join(notes))
    if flagged:
        reasons.append(_score_reason(scores, best_cat or ""))
    elif best > 0:
        reasons.append(
            f"no 1E902 technology: best stage {best_cat} scores {best:.2f} "
            f"(< review threshold {th.review:.2f})"
        )
    else:
        reasons.append("no rare-earth process terms found")
    if best > 0:
        reasons.extend(_factor_reasons(scores, best_cat or ""))
    if analysis.negated:
        reasons.append(_negated_reason(analysis.negated))
    for rule, kind in KIND_RULES.items():
        title = next((f for f in findings if f.rule_id == rule), None)
        if title is not None:
            reasons.append(
                f"{kind.name} ('{title.matched_text}', {title.location}): counted as a context that "
                "weakens its process words"
            )
    profile = next((f for f in findings if f.rule_id == PROFILE_RULE), None)
    if profile is not None:
        reasons.append(
            f"sintering, first and second tempering at {profile.attr('profile')} ({profile.location}): "
            "the heat-treatment profile of sintered NdFeB, counted as a NdFeB magnet term"
        )
    recipe = next((f for f in findings if f.rule_id == RECIPE_RULE), None)
    if recipe is not None:
        family = recipe.attr("magnet_type")
        reasons.append(
            f"alloy composition {recipe.attr('recipe')} ({recipe.location}): the alloy recipe of a "
            f"sintered {family} magnet, counted as a {family} magnet term"
        )
    cascade = next((f for f in findings if f.rule_id == CASCADE_RULE), None)
    if cascade is not None:
        reasons.append(
            f"a table of {cascade.attr('cascade')} ({cascade.location}): the stage profile of a "
            "rare-earth extraction cascade, counted as a separation term"
        )
    if model is not None:
        anchoring = f" × anchoring and context {model.anchoring:.2f}" if model.anchoring < 1 else ""
        reasons.append(
            f"learned model: probability of 1E902 technology {model.probs['flag']:.2f}{anchoring}, "
            f"rules {rule_best:.2f}, combined {best:.2f} (model weight {model.blend:.2f})"
        )

    verdict = "clear"
    exclusion = None
    codes: tuple[str, ...] = ()
    if on_topic:
        clause = decide_clause(findings, scores, best_cat or "", analysis.text)
        whole = None
        if section is not None:
            whole = decide_clause(analysis.findings, whole_scores, best_cat or "", analysis.text)
        if (
            whole is not None
            and clause.codes == ("1E902.b",)
            and PROCESS_TITLE.search(analysis.text[:CLAUSE_HEAD]) is not None
            and "1E902.a" in whole.codes
        ):
            # judged by its most severe section, a document of line work is b; whether one that
            # calls itself the process too also lays it down is a question about the whole
            # document (a commissioning and process operating procedure: chapters of
            # commissioning, then the process to run from then on)
            clause = dataclasses.replace(whole, codes=("1E902.a", "1E902.b"))
        codes = with_learned_b(clause.codes, model)
        if whole is not None:
            # whether a document's purpose is line work is a question about the whole text, not
            # about the chapter whose process scores highest (a FAT/SAT protocol's bath chapter,
            # a retrofit proposal's hardware scope, a daily report's sheet of set points)
            with_b = document_clause(
                codes, with_learned_b(whole.codes, whole_model), line_work_in_head(analysis.findings)
            )
            if "1E902.b" in with_b and "1E902.b" not in codes:
                clause = whole
            codes = with_b
        if "1E902.b" in codes:
            reasons.append(
                "clause b: production-line "
                + ", ".join(clause.activities)
                + f" (activity weight {clause.activity:.2f})"
                + (
                    f"; process values given as references ('{clause.referenced}'), process "
                    f"weight {clause.process:.2f} < {A_WITH_B_REFERENCED:g} × activity"
                    if clause.referenced and "1E902.a" not in codes
                    else f"; the document is a record of that work ('{clause.record}'), process "
                    f"weight {clause.process:.2f} < {A_WITH_B_REFERENCED:g} × activity"
                    if clause.record and "1E902.a" not in codes
                    else f"; a record of that work that lays down the process too ('{clause.laid_down}')"
                    if clause.laid_down and "1E902.a" in codes
                    else ""
                )
            )
    cues = cues or format_cues(document.path, document.file_type, analysis.text)
    internal = (
        _internal_marker(findings, analysis.text, top_exclusion.reason, drawing=cues.settled == "drawing")
        if top_exclusion
        else None
    )
    if (
        on_topic
        and top_exclusion
        and top_exclusion.score >= th.exclusion
        and flagged
        and internal is not None
    ):
        # published, filed or fundamental, it says, and a company's own document too: a cover
        # line is easily added to a company's spec ("Published in … doi …", "权利要求书 申请号
        # …"), so the contradiction is a person's to settle
        verdict = "review"
        reasons.append(
            f"{top_exclusion.reason} exclusion cues weigh {top_exclusion.score:.2f}, but the document "
            f"calls itself internal ({internal}): a person should decide"
        )
    elif (
        on_topic
        and top_exclusion
        and top_exclusion.score >= th.exclusion
        and (
            flagged
            or top_exclusion.reason != "public-domain"
            or any(e.rule in FORMAL_PUBLICATION for e in top_exclusion.evidence)
        )
    ):
        # basic research and patent drafts carry little know-how and may score low while plainly
        # about a stage; a text below the review threshold that is published only as a web page
        # or a reader is (DOMAIN.md: popular science and encyclopedia pages are mentions) is no
        # published technology to exclude: clear. One with a formal publication's identifiers
        # (a journal's DOI, volume and dates, an ISBN, a standard's number) is excluded as before
        verdict = "excluded"
        exclusion = Exclusion(top_exclusion.reason, top_exclusion.evidence, top_exclusion.score)
        reasons.append(
            f"excluded as {top_exclusion.reason}: exclusion cues weigh "
            f"{top_exclusion.score:.2f} (≥ {th.exclusion:.2f})"
        )
    elif flagged:
        verdict = "controlled" if best >= th.controlled else "review"
        if recipe_wrapped:
            reasons.append(
                f"an alloy recipe under trade wording that weakens the score to {shown_score(best)} "
                f"(below the review threshold {th.review:.2f}): a recipe is technology whatever "
                "wraps it (a sales message that pastes it sends it): a person should decide"
            )
        elif verdict == "review":
            reasons.append(
                f"score {shown_score(best)} is between the review ({th.review:.2f}) and controlled "
                f"({th.controlled:.2f}) thresholds: a person should look"
            )
        if verdict == "controlled" and other_conflict(scores):
            verdict = "review"
            reasons.append("conflicting evidence: other-material vocabulary is strong too")
        named = names_only(analysis.findings) if verdict == "controlled" else []
        if named:
            # DOMAIN.md: mentions are not technology, and a text without one step, piece of
            # equipment or reagent of any stage says nothing of how a thing is made (a motor's
            # bench log, a demagnetisation curve, a powder user's log): against the numbers
            # and the model, that is for a person to weigh, never `controlled` on its own
            verdict = "review"
            reasons.append(
                f"conflicting evidence: the document names rare-earth products, materials or "
                f"their properties ({', '.join(named)}), but no step, equipment or reagent of "
                "any stage, as a product's description, test or use does: a person should decide"
            )
        if top_exclusion and top_exclusion.score >= th.exclusion_review and internal is None:
            verdict = "review"
            reasons.append(
                f"possible {top_exclusion.reason} exclusion (cues weigh "
                f"{top_exclusion.score:.2f}, below {th.exclusion:.2f}): a person should decide"
            )
        elif top_exclusion and top_exclusion.score >= th.exclusion_review:
            # a few cues of a publication (a date "实施" under a work instruction) against the
            # document's own sign-off or control block: a company's document, not excluded
            reasons.append(
                f"not excluded: {top_exclusion.reason} cues weigh only {top_exclusion.score:.2f} "
                f"(below {th.exclusion:.2f}), and the document calls itself internal ({internal})"
            )
    else:
        codes, categories, magnet_types = (), (), ()
        if on_topic and top_exclusion and top_exclusion.score >= th.exclusion:
            reasons.append(
                f"published (public-domain cues weigh {top_exclusion.score:.2f}; no journal, book "
                f"or standard identifier), but it scores {shown_score(best)}, below the review "
                f"threshold {th.review:.2f}: it mentions a stage without laying down its "
                "technology, so there is nothing to exclude"
            )
    technology = verdict in ("controlled", "review")  # before coverage: a gap is not a topic
    verdict, exclusion = coverage(document.skipped, verdict, exclusion, reasons)
    for note in document.notes:
        reasons.append(f"note: {note}")
    carrier_view = whole_model or model
    learned = (
        {k.split(":", 1)[1]: v for k, v in carrier_view.probs.items() if k.startswith("carrier:")}
        if carrier_view is not None
        else None
    )
    carrier = decide_carrier(
        document.path, document.file_type, analysis.findings, analysis.text, technology, learned, cues
    )
    return Verdict(
        path=document.path,
        verdict=verdict,
        control_codes=codes,
        categories=categories,
        magnet_types=magnet_types,
        carrier=carrier,
        exclusion=exclusion,
        score=best,
        evidence=_evidence(findings, scores, categories, exclusion, config.limits.max_evidence),
        reasons=tuple(reasons),
        file_type=document.file_type,
        sha256=document.sha256,
        category_scores=tuple((c, scores.score[c]) for c in CATEGORIES),
        language=analysis.language,
        skipped=document.skipped,
        section=section.where if section is not None and verdict != "clear" else None,
    )


#: at most this many of a product-only document's terms are named in its reason
NAMED_PRODUCTS = 4
#: Kinds of stage term that name what a thing is (N42UH, 稀土抛光粉, 氧化镨钕), not how it is made,
#: and a stage's words in a name (`detect/names.py`: 华钕金属材料有限公司, a patent's title, a
#: citation), which say who someone is or what was published.
NAMING_KINDS = frozenset({"product", "material", "name"})
#: Quality parameters that are properties of a product as it is bought, sold or tested: a
#: magnet's magnetic and physical properties and test results, an oxide's, a metal's, a
#: concentrate's or a scrap's grade and purity. The other quality parameters are how a process
#: is run (cell voltage, O/A ratio, saponification degree, injection intensity, powder size):
#: a log of them is a process's record.
PRODUCT_PROPERTIES = frozenset(
    {
        *(
            f"mag.{name}"
            for name in [
                "remanence",
                "br-symbol",
                "hcj",
                "coercivity",
                "hcb",
                "high-coercivity",
                "bhmax",
                "mgoe",
                "squareness",
                "magnet-density",
                "irreversible-loss",
                "temp-coefficient",
                "permeance",
                "recoil-permeability",
                "curie",
                "saturation",
                "demag-curve",
                "surface-field",
                "salt-spray",
                "pct-hast",
                "anisotropy-field",
            ]
        ),
        "sep.loi",
        "sep.relative_purity",
        "sep.nines_purity",
        "sep.treo",
        "sep.non_re_impurities",
        "met.metal_purity",
        "met.non_re_metal_impurities",
        "met.gas_impurities",
        "min.re_grade",
        "min.ore_grade_generic",
        "min.ore_type_class",
        "min.re_partition",
        "min.concentrate_grade",
        "rec.scrap-re-content",
        "rec.re-product-purity",
        "rec.product-purity",
    }
)


def names_only(findings: tuple[Finding, ...] | list[Finding]) -> list[str]:
    """The stage terms of a document whose every stage term names a product or a material, or
    a product's property (`NAMING_KINDS`, `PRODUCT_PROPERTIES`), strongest first, up to
    `NAMED_PRODUCTS`; [] when it has none, or names a step, a piece of equipment, a reagent or
    a process's operating parameter, or a production line's work (clause b). Of the 1,238
    labelled documents of the project's corpora (not the sealed sets), 45 name only such terms:
    40 clear, 5 excluded, none controlled."""
    stage = [f for f in findings if f.kind == "stage"]
    if not stage or any(f.kind == "clause-b" for f in findings):
        return []
    hits = distinct(stage)
    if not all(_names(h.first) for h in hits):
        return []
    hits.sort(key=lambda h: (-h.weight, h.first.offset))
    return [h.first.matched_text for h in hits[:NAMED_PRODUCTS]]


def _names(f: Finding) -> bool:
    kind = f.attr("term_kind")
    return kind in NAMING_KINDS or (kind == "quality-parameter" and f.rule_id in PRODUCT_PROPERTIES)


#: what an internal document says of itself (the lexicon's contexts): a publication does not
INTERNAL_MARKERS = frozenset({"ctx.internal", "ctx.controlled_doc", "ctx.no_distribution"})


def _internal_marker(findings, text: str, reason: str, drawing: bool = False) -> str | None:
    """What marks the document as a company's own, against its `reason` to be excluded, said
    for a reason line. A sign-off block ('编制：… 批准：…') goes against every exclusion: no
    labelled published, patent or research document carries one (0 of 127), while 71 of
    851 others do. A marker term ('内部资料', '严禁外传') goes against publication only: a
    disclosure to a patent attorney is confidential until it is filed. A drawing's title block
    (设计, 审核, 批准) is its CAD template's, on a patent's figures as on a workshop drawing: it
    says nothing of whose the drawing is. A bought copy's licence line ('licensed copy, do not
    distribute') is no marker of the company's own."""
    licences = licence_lines(findings)
    found = next(
        (f for f in findings if f.rule_id in INTERNAL_MARKERS and f.segment_index not in licences), None
    )
    if found is not None and reason == "public-domain":
        return f"'{found.matched_text}', {found.location}"
    block = None if drawing else signoff_block(text)
    if block is None:
        return None
    return f"its own sign-off or document-control block: '{_one_line(block)}'"


def _one_line(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def coverage(
    skipped: tuple[Skip, ...], verdict: str, exclusion: Exclusion | None, reasons: list[str]
) -> tuple[str, Exclusion | None]:
    """The one coverage rule: content that was not read (a limit, a failure, a picture without
    OCR) sends a file that would be `clear` or `excluded` to `review`. Each gap is a reason line
    starting "not inspected:", which the one-line text output shows."""
    unread = [s for s in skipped if s.unread]
    for item in unread:
        reasons.append(f"not inspected: {item}")
    if unread and verdict in ("clear", "excluded"):
        reasons.append("part of the content was not read: a person should look")
        return "review", None
    return verdict, exclusion


#: Recycling recovers rare earths from waste by leaching, extraction and precipitation, and
#: mining purifies its leach liquor the same way: their documents use separation vocabulary,
#: and recycling's use mining's leaching, precipitation and comminution vocabulary too. Such a
#: stage is reported beside them only where it holds its own proper vocabulary and, where the
#: rules name it, its evidence is the stronger.
SUBSUMES = {"recycling": ("separation", "mining"), "mining": ("separation",)}
#: separation beside recycling needs this many distinct terms of separation proper: a
#: recycling route names the extraction line its leach liquor goes to (萃取分离, P507, 萃余液)
#: where a document that also separates lays the extraction down. Of the 79 gold-controlled
#: documents the text corpus and the tester batches name recycling in (development sets),
#: separation was named as labelled in 67 when one such term sufficed, and is in 74 with three.
SEPARATION_BESIDE_RECYCLING = 3


#: separation proper: solvent extraction (extractants, saponification, mixer-settlers, phases,
#: cascades and their parameters), ion exchange and extraction chromatography. Recycling and
#: mining roast, leach, precipitate and calcine as separation does (DOMAIN.md lists oxidising
#: roast and selective HCl leaching under recycling, leach-liquor purification and precipitation
#: under mining), and name the separation plant their product goes to (分离厂): only this
#: vocabulary says a recycling or mining document separates too
_SEPARATION_PROPER = re.compile(
    r"^sep\.(?:solvent_extraction|re_extraction_separation|p507|p204|cyanex|phosphinic"
    r"|naphthenic|tbp|p350|n235|n1923|n263|neutral_extractants|diluent|modifier|extractant|.*saponification"
    r"|mixer|settler|centrifugal_extractor|extraction_|sx_|organic|aqueous|loaded_organic|blank_organic"
    r"|raffinate|strip|scrubbing|feed_stage|cascade|fractional|full_separation|group_separation"
    r"|prnd_separation|la_ce_separation|heavy_re_separation|yttrium_separation|prnd_ratio|stage_count"
    r"|flow_ratio|separation_factor|distribution_ratio|loading_capacity|reflux|emulsification|third_phase"
    r"|crud|entrainment|phase_disengagement|solvent_loss|ion_exchange)"
)


#: mining's vocabulary that recycling routes share: leaching and its liquor, impurity removal,
#: precipitation of the mixed carbonate or oxide and its tanks (沉淀池), comminution and
#: screening, and words that mean another thing in a recycling plant (爆破 is a
#: shot-blasting booth's, 矿块 a lump of scrap). The rest of mining's terms (deposits, ores,
#: in-situ and heap leaching, lixiviants, beneficiation, flotation, tailings) are mining
#: proper, which a recycling route has no use for.
_MINING_SHARED = frozenset(
    {
        "min.leaching_rate",
        "min.re_leaching_rate",
        "min.leach_liquor",
        "min.re_leach_liquor",
        "min.liquor_conc",
        "min.liquor_re_conc",
        "min.liquid_solid_ratio",
        "min.impurity_removal",
        "min.abc_precip",
        "min.precipitation_rate",
        "min.liquor_recycle",
        "min.tail_water",
        "min.site_ponds",
        "min.mixed_re_carbonate",
        "min.mixed_re_oxide",
        "min.crushing",
        "min.crusher",
        "min.screening",
        "min.grinding",
        "min.mill",
        "min.hydrocyclone",
        "min.grind_fineness",
        "min.dewatering",
        "min.pulp",
        "min.magnetic_separation",
        "min.magnetic_separator",
        "min.gangue_minerals",
        "min.blasting",
        "min.orebody",
    }
)


def _proper_terms(child: str, scores: Scores) -> int:
    """How many distinct terms of `child`'s own vocabulary the document holds, where it stands
    beside a stage that shares the rest of it."""
    hits = scores.hits.get(child, [])
    if child == "separation":
        return sum(1 for h in hits if _SEPARATION_PROPER.match(h.rule_id))
    return sum(1 for h in hits if h.rule_id not in _MINING_SHARED)


def _drop_subsumed(
    categories: tuple[str, ...], scores: Scores, by_weight: bool = True, firm: frozenset[str] | None = None
) -> tuple[str, ...]:
    """Separation beside recycling or mining, and mining beside recycling, only where it holds
    its proper vocabulary (`_SEPARATION_PROPER`; mining's beyond `_MINING_SHARED`) and, `by_weight`
    (the rules' naming; the model names a stage it has learned to see beside another), where
    its evidence is the stronger. Beside recycling, separation needs `SEPARATION_BESIDE_RECYCLING`
    terms of its proper vocabulary and mining one, where recycling is `firm` (None: every named
    stage). Beside a recycling that is not (the rules name stages at the review threshold, and
    recycling that reaches only that, beside a stronger route, may be no stage of the document
    at all), separation needs one such term and mining is not judged."""

    def needs(parent: str, child: str) -> int | None:
        """The proper terms `child` needs beside `parent`; None: `parent` does not subsume it."""
        if parent == "recycling" and firm is not None and parent not in firm:
            return 1 if child == "separation" else None
        return SEPARATION_BESIDE_RECYCLING if (parent, child) == ("recycling", "separation") else 1

    drop = set()
    for parent, children in SUBSUMES.items():
        if parent not in categories:
            continue
        for child in children:
            need = needs(parent, child)
            if child not in categories or need is None:
                continue
            weaker = by_weight and scores.tech[child] < scores.tech[parent]
            if weaker or _proper_terms(child, scores) < need:
                drop.add(child)
    return tuple(c for c in categories if c not in drop)


def _with_scrap_recycling(categories: tuple[str, ...], scores: Scores, review: float) -> tuple[str, ...]:
    """Recycling beside magnet manufacturing where recycling alone scores at the review
    threshold (DOMAIN.md: recycling magnet scrap into magnets, by hydrogen processing of scrap,
    re-melting or re-sintering, is both stages). Its words are few beside the magnet process's
    (a HDD-magnet reprocessing report, a scrap-HD trial), so it is not held to `CATEGORY_SHARE`
    of them: its own evidence, enough to flag a document alone, makes it a stage."""
    if "magnet-manufacturing" not in categories or "recycling" in categories:
        return categories
    if scores.score.get("recycling", 0.0) >= review:
        return tuple(c for c in CATEGORIES if c in categories or c == "recycling")
    return categories


#: a stage the whole document's model gives less than this …
WHOLE_TRACE = 0.1


def _whole_document_stages(
    categories: tuple[str, ...], whole: Scores, whole_model: ModelView | None, controlled: float
) -> tuple[str, ...]:
    """The stages a most severe section names, checked against the whole document. Dropped: a
    stage whose evidence over the whole text is below `CATEGORY_SHARE` of the best stage's and
    that the model, reading the whole text, gives less than `WHOLE_TRACE` (a NiMH-battery
    recycling SOP's leaching section, whose "hydride alloy" and "batch" read to a section as a
    magnet process). Added: a stage the whole document names on every count (the rules at the
    controlled threshold and at `CATEGORY_SHARE` of the best stage, the model at 0.5), though
    the section does not (a polishing-powder regeneration report judged by its acid-leach
    chapter is a recycling report), unless another named stage subsumes it (`SUBSUMES`). At
    least one stage stays."""
    if whole_model is None or not any(k.startswith("category:") for k in whole_model.probs):
        return categories
    top = max(whole.tech.values(), default=0.0)

    def share(c: str) -> bool:
        return whole.tech.get(c, 0.0) >= CATEGORY_SHARE * top

    def learned(c: str) -> float:
        return whole_model.probs.get(f"category:{c}", 0.0)

    kept = [c for c in categories if share(c) or learned(c) >= WHOLE_TRACE]
    added = [c for c in CATEGORIES if share(c) and learned(c) >= 0.5 and whole.score[c] >= controlled]
    named = set(kept) | set(added)
    # separation is not added beside recycling or mining: their routes leach and precipitate
    added = [c for c in added if not any(c in SUBSUMES.get(parent, ()) for parent in named)]
    return tuple(c for c in CATEGORIES if c in kept or c in added) or categories


_SAMARIUM = re.compile(r"钐|samarium|\bsm\s*-?\s*co|\bsm2co17|\bsmco5|\bsm\(co", re.IGNORECASE)


def _magnet_types(findings: tuple[Finding, ...], text: str = "") -> tuple[str, ...]:
    found = {f.attr("magnet_type") for f in findings if f.attr("magnet_type")}
    if not found:
        # a magnet process that never names its magnet (烧结磁体, "sintered magnets", 磁粉) is
        # NdFeB unless samarium appears: SmCo and Ce magnets are named because they are the
        # exceptions, and NdFeB is what nearly every rare-earth magnet line makes
        found = {"SmCo" if _SAMARIUM.search(text) else "NdFeB"}
    if "Ce" in found:
        found.add("NdFeB")  # DOMAIN.md: a Ce-substituted or high-abundance magnet is NdFeB and Ce
    return tuple(t for t in MAGNET_TYPES if t in found)


def _score_reason(scores: Scores, cat: str) -> str:
    hits = scores.hits.get(cat, [])
    names = ", ".join(_hit_name(h.first) for h in hits[:6])
    return (
        f"{cat} scores {scores.score[cat]:.2f}: {len(hits)} distinct process terms ({names}"
        f"{', …' if len(hits) > 6 else ''}) and process parameters weighing "
        f"{scores.parameters:.1f}"
    )


def _hit_name(f: Finding) -> str:
    """A term as a reason names it: its text, or what a rule over several findings found."""
    if f.rule_id == PROFILE_RULE:
        return f"sintered-NdFeB heat-treatment profile {f.attr('profile')}"
    if f.rule_id == RECIPE_RULE:
        return f"{f.attr('magnet_type')} alloy recipe {f.attr('recipe')}"
    if f.rule_id == CASCADE_RULE:
        return f"extraction-cascade profile, {f.attr('cascade')}"
    return f.matched_text


def _factor_reasons(scores: Scores, cat: str) -> list[str]:
    out = []
    if scores.re_factor < 1:
        out.append(
            f"weak rare-earth anchoring (strength {scores.re_strength:.2f}): scores × {scores.re_factor:.2f}"
        )
    if scores.other_factor.get(cat, 1) < 1:
        out.append(
            f"other-material vocabulary (weight {scores.other[cat]:.2f}): "
            f"scores × {scores.other_factor[cat]:.2f}"
        )
    if scores.mention_factor < 0.95:
        out.append(
            f"context of trade, product use or teaching (weight {scores.mention:.2f}): "
            f"scores × {scores.mention_factor:.2f}"
            + (
                "; all of it stands in the opening, above the first process term, and none "
                "further down: each term counts once (it is not taken for the document's title)"
                if scores.opening_alone
                else ""
            )
        )
    if scores.strengthen_factor > 1:
        out.append(f"production/internal context: scores × {scores.strengthen_factor:.2f}")
    return out


_KIND_LIMITS = {
    "stage": 12,
    "value": 10,
    "anchor": 5,
    "clause-b": 6,
    "context": 6,
    "other-material": 6,
    "carrier": 3,
    "parameter": 4,
}


def _evidence(findings, scores: Scores, categories, exclusion, limit: int) -> tuple[Evidence, ...]:
    out: list[Evidence] = []
    per_kind: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    wanted = set(categories) or {c for c, v in scores.score.items() if v > 0}
    ordered = sorted(findings, key=lambda f: (f.kind != "stage", -f.weight, f.offset))
    for f in ordered:
        if f.kind == "exclusion":
            continue  # listed under `exclusion`
        if f.kind == "stage" and f.category not in wanted:
            continue
        if f.kind == "value" and f.attr("near_term") != "yes":
            continue
        key = (f.rule_id, f.matched_text.lower())
        if key in seen:
            continue
        if per_kind.get(f.kind, 0) >= _KIND_LIMITS.get(f.kind, 4):
            continue
        seen.add(key)
        per_kind[f.kind] = per_kind.get(f.kind, 0) + 1
        out.append(
            Evidence(
                f.matched_text, _evidence_category(f), str(f.location), f.rule_id, f.kind, f.weight, f.snippet
            )
        )
        if len(out) >= limit:
            break
    return tuple(out)


def _evidence_category(f: Finding) -> str:
    if f.kind == "stage":
        return f.category or "stage"
    if f.kind == "value":
        return "process-parameter"
    if f.kind == "clause-b":
        return f"1E902.b:{f.category}"
    if f.kind == "context":
        return f"context:{f.category}"
    return f.kind
