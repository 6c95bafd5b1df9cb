"""Run every detector over one document and return located findings.

Knows nothing of file formats (it reads `Segment`s) and nothing of verdicts (the policy does).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from scanner.detect.cascades import CASCADE_RULE, CASCADE_WEIGHT, find_cascades
from scanner.detect.identifiers import Identifiers, Match
from scanner.detect.kinds import kind_spans
from scanner.detect.lexicon import SETS, Lexicon, Term, load_lexicon
from scanner.detect.names import NAME_KIND, in_a_citation, in_a_name, in_a_quote, in_a_title
from scanner.detect.negation import negated_spans
from scanner.detect.normalize import normalize, normalize_marked
from scanner.detect.profiles import CELSIUS, PROFILE_RULE, PROFILE_WEIGHT, Profile, find_profile
from scanner.detect.programs import find_program
from scanner.detect.recipes import COMPOSITION, RECIPE_RULE, RECIPE_WEIGHT, find_recipes
from scanner.detect.script import to_simplified
from scanner.detect.secrets import masked_slice, secret_spans
from scanner.detect.spans import SpanIndex
from scanner.detect.values import Value, ValueFinder
from scanner.types import Document, Finding, Location, Segment

if TYPE_CHECKING:
    from scanner.detect.matcher import TermMatcher
    from scanner.detect.quick import QuickPass

#: A file's name is read as the first line of its text: people name files for what they hold
#: ("烧结曲线_5号炉.csv", "Magnet buyers guide.pdf"), and a sheet of bare numbers may say what
#: it is nowhere else. Rules read it; the learned model does not (see `without_file_name`).
FILE_NAME_LABEL = "file name: "
_NAME_SEPARATORS = re.compile(r"[_\-.+~#=]+")


def file_name_segment(path: str) -> Segment | None:
    name = re.split(r"[/\\!]", path)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
    readable = " ".join(_NAME_SEPARATORS.sub(" ", stem).split())
    if sum(ch.isalpha() for ch in readable) < 2:
        return None
    return Segment(FILE_NAME_LABEL + readable, Location(part="metadata:file name"))


def without_file_name(text: str) -> str:
    """`text` without the file-name line `analyze` puts first."""
    if text.startswith(FILE_NAME_LABEL):
        cut = text.find("\n")
        return text[cut + 1 :] if cut >= 0 else ""
    return text


#: Every term set is phrase-matched except units, which the value finder uses.
MATCHED_SETS = tuple(s for s in SETS if s != "unit")
#: A value is a process parameter when a stage or parameter term stands this close to it.
NEAR_CHARS = 80
SNIPPET_CHARS = 45
NEAR_WEIGHT = 0.3
#: a generic process word names a rare-earth process when a rare-earth material or magnet family
#: of its stage stands this close to it (`_specified`)
SPECIFY_CHARS = 60


@dataclass(frozen=True)
class Prepared:
    """A document's text as every detector reads it: its segments normalised and joined by
    newlines (the file name first), traditional Chinese read as simplified."""

    text: str
    segments: tuple[Segment, ...]
    starts: tuple[int, ...]
    #: what detectors found in `text` already (the quick pass's values and identifiers), for
    #: the deep pass
    memo: dict = dataclasses.field(default_factory=dict, compare=False, repr=False)

    def values(self, finder: ValueFinder) -> list:
        if "values" not in self.memo:
            self.memo["values"] = list(finder.find(self.text))
        return self.memo["values"]

    def identifiers(self, finder: Identifiers) -> list[Match]:
        if "identifiers" not in self.memo:
            self.memo["identifiers"] = finder.find(self.text)
        return self.memo["identifiers"]


@dataclass(frozen=True)
class Analysis:
    findings: tuple[Finding, ...]
    text: str  # the normalised document text, segments joined by "\n"
    segment_starts: tuple[int, ...]
    language: str  # zh | en | mixed | none
    locations: tuple[Location, ...] = ()  # where each segment (starting at segment_starts) is
    #: rare-earth materials named only as absent ("contains no monazite"; `negation.py`): not
    #: among the findings, kept to be named in the verdict's reasons
    negated: tuple[Finding, ...] = ()


class BuildDeferred(BaseException):
    """The phrase matchers are needed and this process may not build them now
    (`Detector.may_build`): a scan worker that is not one of its pool's builders hands the file
    back, and a worker that has the matchers reads it (`parallel.WorkerPool`). A BaseException,
    so that no handler that turns a reader's fault into a verdict takes it for one."""


class Detector:
    """Loads lexicons and builds the matchers once; `analyze` is then called per document."""

    def __init__(self, lexicon_dir: Path) -> None:
        self.lexicon: Lexicon = load_lexicon(lexicon_dir)
        self.values = ValueFinder(self.lexicon)
        #: the unit of the temperatures a heat-treatment profile reads (`profiles.py`)
        self._celsius = next((t for t in self.lexicon.of_set("unit") if t.id == CELSIUS), None)
        #: the unit of an alloy recipe's shares (`recipes.py`)
        self._composition = next((t for t in self.lexicon.of_set("unit") if t.id == COMPOSITION), None)
        #: the identifier patterns of every matched set (no spaCy: the quick pass reads them too)
        self.identifiers = Identifiers(t for t in self.lexicon.terms if t.set in MATCHED_SETS)
        self._terms: TermMatcher | None = None
        self._quick: QuickPass | None = None
        self._building = threading.Lock()  # threads of one process (Dask workers) build it once
        #: called with False as the phrase matchers start being built on first use, and with
        #: True once they are (a scan worker stops the file's clock meanwhile: building them is
        #: no part of the file's time)
        self.on_build: Callable[[bool], None] | None = None
        #: whether the phrase matchers may be built now, asked when they are first needed (None:
        #: always); when not, `BuildDeferred` is raised
        self.may_build: Callable[[], bool] | None = None

    @property
    def terms(self) -> TermMatcher:
        """The phrase matchers (`matcher.py`), built on first use (or by `warm`): a scan whose
        every file is in the results cache, or the quick pass judges, never needs them."""
        if self._terms is None:
            if self.may_build is not None and not self.may_build():
                raise BuildDeferred
            with self._building:
                if self._terms is None:
                    if self.on_build is not None:
                        self.on_build(False)
                    from scanner.detect.matcher import TermMatcher

                    self._terms = TermMatcher(self.lexicon, MATCHED_SETS, self.identifiers)
                    if self.on_build is not None:
                        self.on_build(True)
        return self._terms

    @property
    def built(self) -> bool:
        """Whether the phrase matchers are built (a worker forked now inherits them)."""
        return self._terms is not None

    @property
    def quick(self) -> QuickPass:
        """The two-stage scan's quick pass (`quick.py`), built on first use."""
        if self._quick is None:
            with self._building:
                if self._quick is None:
                    from scanner.detect.quick import QuickPass, spacy_exceptions

                    self._quick = QuickPass(self.lexicon, spacy_exceptions(), self.identifiers)
        return self._quick

    def warm(self, deep: bool = True) -> None:
        """Build what is built on first use now (before worker processes are forked from this
        one, so that they share it instead of each building its own): the quick pass, and
        unless `deep` is False the phrase matchers."""
        if deep:
            _ = self.terms
        _ = self.quick

    def prepare(self, document: Document) -> Prepared:
        texts: list[str] = []
        segments: list[Segment] = []
        name = file_name_segment(document.path)
        for seg in (name, *document.segments) if name is not None else document.segments:
            if seg.marks:
                norm, marks = normalize_marked(seg.text, seg.marks)
            else:
                norm, marks = normalize(seg.text), ()
            if norm:
                texts.append(norm)
                # a segment normalising leaves as it was is kept (most rows and lines)
                same = norm is seg.text and marks is seg.marks
                segments.append(seg if same else Segment(norm, seg.location, marks))
        starts: list[int] = []
        pos = 0
        for t in texts:
            starts.append(pos)
            pos += len(t) + 1
        original = "\n".join(texts)
        # traditional Chinese is matched as simplified; offsets are kept, so the places and
        # snippets of findings quote the original text
        return Prepared(to_simplified(original), tuple(segments), tuple(starts))

    def unanalysed(self, prepared: Prepared) -> Analysis:
        """The analysis of a text the quick pass clears: no findings."""
        locations = tuple(s.location for s in prepared.segments)
        return Analysis((), prepared.text, prepared.starts, _language(prepared.text), locations)

    def analyze(self, document: Document, prepared: Prepared | None = None) -> Analysis:
        prepared = prepared or self.prepare(document)
        text, segments, starts = prepared.text, list(prepared.segments), list(prepared.starts)
        locator = _Locator(segments, starts)
        findings: list[Finding] = []
        for m in _longest(self.terms.find(text, prepared.identifiers(self.identifiers))):
            # a stage's words in a company's or a plant's name, in a patent's title, in a line
            # that quotes the control list or in an entry of a reference list (`names.py`), name
            # who someone is, what is owned, what is controlled or what was published, as a
            # product's name says what it is
            named = m.term.set == "stage" and (
                in_a_name(text, m.end)
                or in_a_title(text, m.start, m.end)
                or in_a_quote(text, m.start, m.end)
                or in_a_citation(text, m.start, m.end)
            )
            findings.append(
                locator.finding(
                    m.term.id,
                    m.term.set,
                    m.term.category,
                    m.start,
                    m.end,
                    m.term.weight,
                    _named(_attrs(m.term)) if named else _attrs(m.term),
                )
            )
        findings.sort(key=lambda f: f.offset)
        findings, negated = _split_negated(findings, text)
        # A value is a process parameter next to a term that says something about the process;
        # generic words (magnet, coating, 烧结 alone) weigh less than this and do not qualify.
        process = [f.offset for f in findings if _is_process(f) and f.weight >= NEAR_WEIGHT]
        stage_process = [f.offset for f in findings if f.kind == "stage" and _is_process(f)]
        findings = [
            _with_attr(f, "near_stage", "yes" if _near(stage_process, f.offset, f.offset) else "no")
            if f.kind == "clause-b"
            else f
            for f in findings
        ]
        quality = [f.offset for f in findings if f.kind in ("stage", "parameter") and not _is_process(f)]
        properties = [f.offset for f in findings if f.attr("term_kind") in QUALITY_KINDS]
        specified = _specified(findings)
        values = prepared.values(self.values)
        recipes = find_recipes(text)
        if recipes:  # an alloy recipe (`recipes.py`): its shares are the recipe's parameters
            specified = sorted({*specified, *(o for r in recipes for o in r.share_offsets)})
            if self._composition is not None:  # a share written without its unit is one too
                measured = SpanIndex((v.start, v.end) for v in values)
                values = sorted(
                    [
                        *values,
                        *(
                            Value(self._composition, text[a:b], a, b)
                            for r in recipes
                            for a, b in r.share_spans
                            if not measured.overlaps(a, b)
                        ),
                    ],
                    key=lambda v: v.start,
                )
        # the numbers may name the material themselves (`profiles.py`): then the generic words
        # of that profile (烧结, tempering) are NdFeB's, as where "NdFeB" stands beside them
        profile = find_profile(findings, values, text, starts, segments)
        # … or a furnace program's segment table says it by its set points and holds alone
        # (`programs.py`): its three holds are the profile's temperatures and its parameters
        program = find_program(text) if profile is None else None
        if program is not None:
            profile = Profile(program.start, program.end, program.shown, (program.start,), program.readings)
        if profile is not None:
            specified = sorted({*specified, *profile.word_offsets})
            if profile.readings and self._celsius is not None:
                values = sorted(
                    [*values, *(Value(self._celsius, t, a, b) for a, b, t in profile.readings)],
                    key=lambda v: v.start,
                )
        shares = SpanIndex(
            [
                *(span for r in recipes for span in r.share_spans),
                *((a, b) for a, b, _ in (program.readings if program is not None else ())),
            ]
        )
        for v in values:
            # in a table row, the value's own column says first what it is: under 'Br (T)' or
            # 'HcJ (kA/m)' a property of a product, however near 'working temp.' or a step is
            own = locator.cells(v.start, v.end) if quality else None
            if shares and shares.overlaps(v.start, v.end):
                near = "yes"  # a recipe's share: what the recipe lays down, not a product's property
            elif own is not None and _within(quality, own) and not _within(process, own):
                near = "quality"
            elif _near(process, v.start, v.end) or (
                specified and _near(specified, v.start, v.end) and not _near(properties, v.start, v.end)
            ):
                near = "yes"
            elif _near(quality, v.start, v.end):
                near = "quality"
            else:
                near = "no"
            findings.append(
                locator.finding(
                    v.unit.id,
                    "value",
                    v.unit.category,
                    v.start,
                    v.end,
                    v.unit.weight,
                    (("near_term", near),),
                )
            )
        if document.file_type == "gcode":
            findings.extend(machining_program_findings(findings))
        # a monitoring report, a datasheet (`kinds.py`): a weakening context at its title and body
        for kind, *spans in kind_spans(text):
            for span in spans:
                findings.append(
                    locator.finding(
                        kind.rule,
                        "context",
                        "weaken",
                        *span,
                        1.0,
                        (("term_kind", "cue"), ("factor", str(kind.factor))),
                    )
                )
        for recipe in recipes:  # an alloy recipe: a magnet term
            findings.append(
                locator.finding(
                    RECIPE_RULE,
                    "stage",
                    "magnet-manufacturing",
                    recipe.start,
                    recipe.end,
                    RECIPE_WEIGHT,
                    recipe.attrs,
                )
            )
        if profile is not None:  # at its first tempering word, a NdFeB magnet term
            findings.append(
                locator.finding(
                    PROFILE_RULE,
                    "stage",
                    "magnet-manufacturing",
                    profile.start,
                    profile.end,
                    PROFILE_WEIGHT,
                    profile.attrs,
                )
            )
        for cascade in find_cascades(text):  # at its header, a separation term
            findings.append(
                locator.finding(
                    CASCADE_RULE,
                    "stage",
                    "separation",
                    cascade.start,
                    cascade.end,
                    CASCADE_WEIGHT,
                    cascade.attrs,
                )
            )
        findings.sort(key=lambda f: f.offset)
        return Analysis(
            tuple(findings),
            text,
            tuple(starts),
            _language(text),
            tuple(s.location for s in segments),
            negated,
        )


#: the anchors a phrase can say are absent: rare earths as such, their minerals and ores. A
#: single element is not among them: "52SH without Dy", "Dy-free grades" are magnet technology
#: that does without one rare earth, not a text without rare earths
NEGATABLE_ANCHORS = frozenset(
    (
        "anc.rare-earth",
        "anc.ree",
        "anc.reo",
        "anc.treo",
        "anc.lanthanide",
        "anc.ionic-re",
        "anc.re-concentrate",
        "anc.re-minerals",
        "anc.re-deposits",
    )
)


def _negatable(f: Finding) -> bool:
    """Rare earths as such, or a rare-earth mineral (a mining material: bastnaesite, monazite)."""
    if f.kind == "anchor":
        return f.rule_id in NEGATABLE_ANCHORS
    return f.kind == "stage" and f.category == "mining" and f.attr("term_kind") == "material"


def _split_negated(findings: list[Finding], text: str) -> tuple[list[Finding], tuple[Finding, ...]]:
    """The findings less rare earths and their minerals where a phrase says they are absent,
    and those."""
    candidates = [f for f in findings if _negatable(f)]
    if not candidates:
        return findings, ()
    scopes = negated_spans(text)
    if not scopes:
        return findings, ()
    negated = {id(f) for f in candidates if scopes.covers(f.offset, f.offset + len(f.matched_text))}
    if not negated:
        return findings, ()
    return [f for f in findings if id(f) not in negated], tuple(f for f in findings if id(f) in negated)


#: DOMAIN.md counts machining (slicing, grinding, wire cutting) as magnet manufacturing, and an NC
#: program is a carrier of that technology. A program whose own text names the rare-earth magnet
#: it machines (N52, SmCo 2:17, 钕铁硼) is therefore evidence of a magnet-manufacturing step,
#: however few process words its comments hold. The rule's finding sits on the magnet's mention,
#: so a procurement context there ("外购 N42UH": a rotor core cut to take bought magnets)
#: weakens it as it weakens the mention.
MACHINING_RULE = "rule.nc-program-machines-re-magnet"
MACHINING_WEIGHT = 1.2


def machining_program_findings(findings: list[Finding]) -> list[Finding]:
    magnets = [f for f in findings if f.kind == "stage" and f.attr("magnet_type")]
    if not magnets:
        return []
    first = magnets[0]
    attrs = (("term_kind", "process-step"), ("magnet_type", first.attr("magnet_type") or ""))
    return [
        dataclasses.replace(
            first,
            rule_id=MACHINING_RULE,
            category="magnet-manufacturing",
            weight=MACHINING_WEIGHT,
            attrs=attrs,
        )
    ]


class _Locator:
    def __init__(self, segments: list[Segment], starts: list[int]) -> None:
        self.segments = segments
        self.starts = starts
        #: each table row's cell starts in document offsets, by segment, made once a row
        self._cell_starts: dict[int, list[int]] = {}
        #: the passwords each segment holds (`secrets`), found once a segment
        self._secrets: dict[int, list[tuple[int, int]]] = {}

    def cells(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of the table cells from the one holding `start` to the one holding `end`
        (a value and its unit's cell), in document offsets; None outside a table row."""
        index = max(0, bisect.bisect_right(self.starts, start) - 1)
        seg = self.segments[index]
        if not seg.marks:
            return None
        base = self.starts[index]
        offsets = self._cell_starts.get(index)
        if offsets is None:
            offsets = self._cell_starts[index] = [base + offset for offset, _ in seg.marks]
        first = max(0, bisect.bisect_right(offsets, start) - 1)
        last = max(0, bisect.bisect_right(offsets, max(start, end - 1)) - 1)
        stop = offsets[last + 1] if last + 1 < len(offsets) else base + len(seg.text)
        return offsets[first], stop

    def finding(self, rule_id, kind, category, start, end, weight, attrs) -> Finding:
        index = max(0, bisect.bisect_right(self.starts, start) - 1)
        seg = self.segments[index]
        local = start - self.starts[index]
        local_end = min(len(seg.text), end - self.starts[index])
        lo = max(0, local - SNIPPET_CHARS)
        hi = min(len(seg.text), local_end + SNIPPET_CHARS)
        secrets = self._secrets.get(index)
        if secrets is None:
            secrets = self._secrets[index] = secret_spans(seg.text)
        snippet = (
            ("…" if lo else "")
            + masked_slice(seg.text, lo, hi, secrets)
            + ("…" if hi < len(seg.text) else "")
        )
        return Finding(
            rule_id=rule_id,
            kind=kind,
            category=category,
            matched_text=masked_slice(seg.text, local, local_end, secrets),
            location=seg.location_at(local),
            snippet=snippet,
            weight=weight,
            segment_index=index,
            offset=start,
            attrs=attrs,
        )


#: Term kinds that say *what a thing is* rather than *how it is made*.
PRODUCT_KINDS = frozenset({"product", "material"})
QUALITY_KINDS = frozenset({"quality-parameter"})


def _is_process(f: Finding) -> bool:
    """Stage terms for steps, equipment, reagents, intermediates and defects, and parameter
    names such as 烧结温度 or current density (not product properties such as Br or HcJ)."""
    kind = f.attr("term_kind")
    if f.kind == "stage":
        return kind not in PRODUCT_KINDS and kind not in QUALITY_KINDS
    return f.kind == "parameter" and kind not in QUALITY_KINDS


def _specified(findings: list[Finding]) -> list[int]:
    """The offsets of generic process words (sintering, tempering, 烧结: shared with ferrite,
    ceramics and steel, too light to make a value a process parameter) that a term naming a
    rare-earth material or magnet family of their own stage stands beside, within
    `SPECIFY_CHARS`: 'NdFeB sintering 1060 °C', '2:17 aging 830 °C' say how a rare-earth
    product is made. Sorted, as `_near` needs."""
    generic = [f for f in findings if f.kind == "stage" and _is_process(f) and f.weight < NEAR_WEIGHT]
    if not generic:
        return []
    naming: dict[str, list[int]] = {}
    for f in findings:
        if f.kind == "stage" and (f.attr("specific") == "yes" or f.attr("magnet_type")):
            naming.setdefault(f.category or "", []).append(f.offset)
    out = []
    for g in generic:
        offsets = naming.get(g.category or "")
        if offsets:
            i = bisect.bisect_left(offsets, g.offset - SPECIFY_CHARS)
            if i < len(offsets) and offsets[i] <= g.offset + SPECIFY_CHARS:
                out.append(g.offset)
    return out


def _with_attr(f: Finding, key: str, value: str) -> Finding:
    return dataclasses.replace(f, attrs=(*f.attrs, (key, value)))


def _longest(matches) -> list:
    """Within one term set, a match inside a longer match of the same set is dropped: "strip
    liquor" inside "loaded strip liquor" is one mention, not two."""
    by_set: dict[str, list] = {}
    for m in matches:
        by_set.setdefault(m.term.set, []).append(m)
    kept = []
    for group in by_set.values():
        group.sort(key=lambda m: (m.start, -(m.end - m.start)))
        end = -1
        for m in group:
            if m.end <= end:
                continue  # contained in the previous kept match
            kept.append(m)
            end = max(end, m.end)
    return kept


def _attrs(term: Term) -> tuple[tuple[str, str], ...]:
    attrs = [("term_kind", term.kind)]
    if term.magnet_type:
        attrs.append(("magnet_type", term.magnet_type))
    if term.set == "context":
        attrs.append(("factor", str(term.factor)))
    if term.specific:
        attrs.append(("specific", "yes"))
    if term.competes_with:
        attrs.append(("competes_with", ",".join(term.competes_with)))
    return tuple(attrs)


def _named(attrs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """A term's attributes with its kind that of a name (`names.py`)."""
    return tuple((k, NAME_KIND if k == "term_kind" else v) for k, v in attrs)


def _within(sorted_offsets: list[int], span: tuple[int, int]) -> bool:
    """Whether a term begins inside `span` (start inclusive, end exclusive)."""
    i = bisect.bisect_left(sorted_offsets, span[0])
    return i < len(sorted_offsets) and sorted_offsets[i] < span[1]


def _near(sorted_offsets: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(sorted_offsets, start - NEAR_CHARS)
    return i < len(sorted_offsets) and sorted_offsets[i] <= end + NEAR_CHARS


_HANZI_RUN = re.compile("[\u4e00-\u9fff]+")
_LATIN_RUN = re.compile("[A-Za-z]+")


def _language(text: str) -> str:
    sample = text[:50_000]
    if sample.isascii() or _HANZI_RUN.search(sample) is None:
        # no Hanzi: English as soon as there is one Latin letter (the shares below would say so)
        return "en" if _LATIN_RUN.search(sample) else "none"
    # counted run by run in C (a loop over the characters cost as much as the term matching)
    cjk = sum(map(len, _HANZI_RUN.findall(sample)))
    latin = sum(map(len, _LATIN_RUN.findall(sample)))
    # one Hanzi carries about as much as a 3–4 letter English word
    zh_weight, en_weight = cjk, latin / 4
    share = zh_weight / (zh_weight + en_weight)
    if share > 0.85:
        return "zh"
    if share < 0.15:
        return "en"
    return "mixed"
