"""crawl → extract → detect → decide: one short, readable chain."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from scanner.classify.artifact import LexiconMismatch
from scanner.classify.artifact import load as load_model
from scanner.classify.features import dense_features, model_text
from scanner.config import ScanConfig
from scanner.crawl.containers import ContainerError, Member, Message, expand
from scanner.crawl.embedded_objects import EMBEDDING_PACKAGES, embedded_objects, has_embedded_objects
from scanner.crawl.walk import Item, walk
from scanner.detect.analyze import Analysis, Detector, Prepared
from scanner.extract.errors import ExtractionError, UnsupportedFormat
from scanner.extract.formats import CONTAINER_TYPES, no_content_reason
from scanner.extract.registry import extract_document, type_of
from scanner.extract.text import lines_to_segments
from scanner.policy.carrier import format_cues
from scanner.policy.container import aggregate, severity
from scanner.policy.decide import ModelView, coverage, decide, model_anchoring
from scanner.policy.exclusions import ExclusionScore, exclusions_for
from scanner.policy.quick import feature_box, quick_carrier
from scanner.policy.scoring import HEAD_CHARS, RE_FLOOR, Scores, score_categories
from scanner.policy.sectioned import most_severe
from scanner.policy.shape import layout_text
from scanner.types import Document, Segment, Skip, Verdict

#: Types that were opened but hold nothing the scanner can read as a document: `review` (an
#: archive inside an executable holds content it does not unpack yet; a person should look).
#: Other unsupported types (encrypted S/MIME, a corrupt zip) could not be opened: `error`.
UNKNOWN_CONTENT = ("binary", "ole2", "embedded-archive")


class MemberNotFound(LookupError):
    """`explain` was given a member path that names no member (the message says which)."""


class Scanner:
    """Holds what loads once per process: lexicons and spaCy pipelines."""

    def __init__(self, config: ScanConfig | None = None) -> None:
        self.config = config or ScanConfig()
        #: called with a container member's path before it is read (workers report progress)
        self.on_member: Callable[[str], None] | None = None
        self.detector = Detector(self.config.lexicon_dir)
        #: what a user should know about this scan's set-up (printed by the CLI, kept in reports)
        self.warnings: list[str] = []
        self.model = None
        if self.config.use_model:
            try:
                self.model = load_model(self.config.model_dir, self.detector.lexicon.digest)
            except LexiconMismatch as exc:
                # company lexicons: the model's features were counted with the shipped lexicons,
                # so its probabilities would be meaningless; the rules use the new terms
                self.warnings.append(f"rules only: {exc}")
        rules_review = self.config.thresholds.review  # the review threshold of the rules alone
        if self.model is not None and self.config.review_from_model:
            # the review threshold chosen with the model at training, unless set explicitly
            th = self.config.thresholds
            review = min(self.model.models.review, th.controlled)
            self.config = dataclasses.replace(self.config, thresholds=dataclasses.replace(th, review=review))
        th = self.config.thresholds
        self.terse_config = dataclasses.replace(
            self.config, thresholds=dataclasses.replace(th, review=min(th.review, rules_review))
        )
        #: the most a document without stage or anchor terms can score, and so whether the
        #: two-stage scan's quick pass may judge a document
        self.quick_bound = quick_bound(self)
        self.quick = self.config.quick and self.quick_bound < self.terse_config.thresholds.review
        self._carrier_heads = (
            [h for h in self.model.models.heads if h.startswith("carrier:")] if self.model else []
        )

    def warm(self, deep: bool = True) -> None:
        """Load now what loads on first use (the quick pass and, unless `deep` is False,
        spaCy's matchers): before forking workers."""
        self.detector.warm(deep)

    def scan_paths(self, paths: Iterable[str]) -> Iterator[Verdict]:
        """One verdict per file; a container's own verdict first, then its members'."""
        for item in walk(list(paths), self.config.follow_symlinks):
            yield from self.scan_item_all(item)

    def scan_item_all(self, item: Item) -> list[Verdict]:
        if item.skipped:
            return []  # left out at the user's request (--exclude): counted, not scanned
        if item.problem or item.fs_path is None:
            return [error_verdict(item.display, item.problem or "cannot read")]
        try:
            data = item.open_bytes(self.config.limits.max_file_bytes)
        except ExtractionError as exc:
            return [error_verdict(item.display, str(exc))]
        except PermissionError:
            return [error_verdict(item.display, "permission denied")]
        except OSError as exc:
            return [error_verdict(item.display, f"cannot read: {exc.strerror or exc}")]
        return self.scan_bytes_all(item.display, data)

    def scan_bytes_all(
        self, name: str, data: bytes, depth: int = 0, quick: bool | None = None
    ) -> list[Verdict]:
        """The file's verdict, and for a container (zip, tar, gz, e-mail) each member's after
        it, named `outer.zip!inner/a.docx`. `quick`: may the quick pass judge it (by default at
        the top only; the members of a container at the top, `_members`)."""
        quick = depth == 0 if quick is None else quick
        try:
            file_type = type_of(name, data)
        except ExtractionError as exc:
            return [error_verdict(name, str(exc))]
        if file_type == "dwg":
            return [dwg_verdict(name, data)]
        no_content = no_content_reason(file_type)
        if no_content:
            return [no_content_verdict(name, file_type, data, no_content)]
        if file_type not in CONTAINER_TYPES:
            # a document with embedded objects is judged in full, as are they: it takes the
            # carrier of its highest-scoring part, and a quick verdict has no score
            embeds = file_type in EMBEDDING_PACKAGES and has_embedded_objects(data, file_type)
            own = self.scan_bytes_with_analysis(name, data, file_type, quick=quick and not embeds)[0]
            if file_type in EMBEDDING_PACKAGES and own.verdict != "error":
                return self._with_embedded(name, data, file_type, own, depth)
            return [own]
        if depth >= self.config.limits.max_depth:
            return [
                error_verdict(
                    name,
                    f"nesting limit reached: containers {depth} deep (limit {self.config.limits.max_depth})",
                    file_type,
                )
            ]
        try:
            members = expand(file_type, name, data, self.config.limits)
            found = self._members(name, file_type, members, depth, quick=quick and depth == 0)
            # the container's own content hash: what a waiver names to accept it whole
            return [dataclasses.replace(found[0], sha256=hashlib.sha256(data).hexdigest()), *found[1:]]
        except ContainerError as exc:
            return [error_verdict(name, str(exc), file_type)]

    def _with_embedded(
        self, name: str, data: bytes, file_type: str, own: Verdict, depth: int
    ) -> list[Verdict]:
        """An Office document and the objects embedded in it (a workbook behind a chart, an
        attached PDF), each scanned as a member; the document is as severe as its worst part."""
        members = list(embedded_objects(data, self.config.limits, file_type))
        if not members:
            return [own]
        if depth >= self.config.limits.max_depth:
            gap = Skip(
                "limit", "embedded objects", f"not read: nesting limit ({self.config.limits.max_depth})"
            )
            reasons: list[str] = list(own.reasons)
            verdict, exclusion = coverage((gap,), own.verdict, own.exclusion, reasons)
            return [
                dataclasses.replace(
                    own,
                    verdict=verdict,
                    exclusion=exclusion,
                    reasons=tuple(reasons),
                    skipped=(*own.skipped, gap),
                )
            ]
        found = self._members(name, file_type, iter(members), depth, own)
        worst = found[0]
        if severity(worst) >= severity(own) and not worst.skipped:
            return [own, *found[1:]]  # nothing inside is worse: the document's own verdict stands
        return found

    def _members(
        self,
        name: str,
        file_type: str,
        members: Iterable[Member | Message],
        depth: int,
        own: Verdict | None = None,
        quick: bool = False,
    ) -> list[Verdict]:
        """The container's verdict (the most severe of `own` and its members') and the members'.
        `quick`: the quick pass may judge its message and the members that are no containers
        (a container inside is judged in full); each member judged quickly is judged again in
        full if its score, which the quick pass does not give, could choose the container's
        verdict (`_undecided`)."""
        parts: list[Verdict] = [own] if own is not None else []
        listed: list[Verdict] = []
        skipped: list[Skip] = []
        #: the parts judged quickly: where each is listed, and how to judge it in full
        again: dict[int, tuple[int | None, Callable[[], Verdict]]] = {}
        kept = 0  # bytes of the members judged quickly, kept to judge them again
        members, alone = _message_alone(members, own is None and depth == 0)
        for member in members:
            if isinstance(member, Message):
                verdict = self._message_verdict(
                    name, member.text, quick=alone or quick, headers=member.headers
                )
                if is_quick(verdict):
                    redo = functools.partial(self._message_verdict, name, member.text, headers=member.headers)
                    again[len(parts)] = (None, redo)
                parts.append(verdict)
                continue
            if member.skip is not None:
                skipped.append(member.skip)
                continue
            path = f"{name}!{member.name}"
            if member.problem or member.data is None:
                found = [error_verdict(path, member.problem or "unreadable member")]
            else:
                if self.on_member is not None:
                    self.on_member(path)
                fits = quick and kept + len(member.data) <= QUICK_MEMBER_BYTES
                found = self.scan_bytes_all(path, member.data, depth + 1, quick=fits)
                if fits and is_quick(found[0]):
                    kept += len(member.data)
                    redo = functools.partial(self._member_in_full, path, member.data, depth + 1)
                    again[len(parts)] = (len(listed), redo)
            parts.append(found[0])
            listed.extend(found)
        verdict = aggregate(name, file_type, parts, self.config.limits.max_evidence, tuple(skipped))
        if again and self._undecided(verdict, file_type, parts, again.keys()):
            for index, (position, redo) in again.items():
                parts[index] = redo()
                if position is not None:
                    listed[position] = parts[index]
            verdict = aggregate(name, file_type, parts, self.config.limits.max_evidence, tuple(skipped))
        return [verdict, *listed]

    def _member_in_full(self, path: str, data: bytes, depth: int) -> Verdict:
        """A member the quick pass judged, judged in full (a member that is no container)."""
        if self.on_member is not None:
            self.on_member(path)
        return self.scan_bytes_all(path, data, depth, quick=False)[0]

    def _undecided(
        self, verdict: Verdict, file_type: str, parts: list[Verdict], quick: Iterable[int]
    ) -> bool:
        """Whether judging the `quick` parts in full could change the container's `verdict`. Its
        fields come from the most severe part (`aggregate`), the highest-scoring of those of
        that severity; a quick verdict's score is 0 where the full one may reach `quick_bound`.
        Not when those parts share one carrier (every field a verdict is judged by is then the
        same whichever is chosen: quick parts bring no stages, codes or magnet types, as the
        deep pass finds none in a text without stage or anchor terms), when the container is a
        clear e-mail (its carrier is `email` whichever), or when a part judged in full scores
        above what any quick part could."""
        worst = min(severity(v) for v in parts)
        same = [i for i, v in enumerate(parts) if severity(v) == worst]
        judged = set(quick)
        if len(same) < 2 or judged.isdisjoint(same):
            return False
        if file_type == "email" and verdict.verdict == "clear":
            return False
        if len({parts[i].carrier for i in same}) == 1:
            return False
        full = [parts[i].score for i in same if i not in judged]
        return not (full and max(full) > self.quick_bound)

    def explain_file(self, path: Path | str) -> tuple[Verdict, Analysis | None]:
        """Scan one file and keep its analysis, for `scanner explain`. `path` may name a
        container member as `scan` prints it: `outer.zip!dir/inner.docx`, `mail.eml!a.pdf`;
        raises MemberNotFound when the member named is not there."""
        verdict, analysis, _ = self.explain_parts(path)
        return verdict, analysis

    def explain_parts(self, path: Path | str) -> tuple[Verdict, Analysis | None, list[Verdict]]:
        """`explain_file`, and the verdicts of what the file holds (a container's members, a
        document's embedded objects and attachments), each of which `explain` can name."""
        outer, members = split_member_path(str(path))
        item = walk([outer], self.config.follow_symlinks)
        first = next(iter(item))
        if first.problem or first.fs_path is None:
            return error_verdict(first.display, first.problem or "cannot read"), None, []
        try:
            data = first.open_bytes(self.config.limits.max_file_bytes)
        except ExtractionError as exc:
            return error_verdict(first.display, str(exc)), None, []
        except OSError as exc:
            return error_verdict(first.display, f"cannot read: {exc.strerror or exc}"), None, []
        name = first.display
        depth = 0  # containers opened so far, as scan counts them
        while members:  # a member's own name may hold "!" (b!c.txt): the longest that is one
            limit = self.config.limits.max_depth
            if depth >= limit:  # scan stops here too: what lies deeper is never read
                return (
                    error_verdict(name, f"nesting limit reached: containers {depth} deep (limit {limit})"),
                    None,
                    [],
                )
            depth += 1
            found, taken = self._member_bytes(name, data, members)
            if isinstance(found, Verdict):
                return found, None, []
            name, data = f"{name}!{'!'.join(members[:taken])}", found
            members = members[taken:]
        try:
            file_type = type_of(name, data)
        except ExtractionError as exc:
            return error_verdict(name, str(exc)), None, []
        if file_type in CONTAINER_TYPES or file_type == "dwg":
            whole = self.scan_bytes_all(name, data, depth)
            analysis = self._deciding_message(name, data, file_type, whole[0])
            return whole[0], analysis, whole[1:]
        if file_type in EMBEDDING_PACKAGES and has_embedded_objects(data, file_type):
            # judged with the objects it embeds, as `scan` judges it: the document's own
            # analysis would leave out a recipe in an embedded workbook
            whole = self.scan_bytes_all(name, data, depth)
            return whole[0], None, whole[1:]
        return (*self.scan_bytes_with_analysis(name, data, file_type), [])

    def _deciding_message(self, name: str, data: bytes, file_type: str, verdict: Verdict) -> Analysis | None:
        """The analysis of an e-mail's own headers and body when they decide its verdict (an
        e-mail is a container of its message and attachments: without it, `explain` of a
        message whose body holds the recipe showed no term, value or place at all)."""
        if file_type != "email":
            return None
        try:
            message = next(
                (m for m in expand(file_type, name, data, self.config.limits) if isinstance(m, Message)), None
            )
        except (ExtractionError, ContainerError):
            return None
        if message is None or not message.text.strip():
            return None
        own, analysis = self._judge(_message_document(name, message.text, message.headers), quick_pass=False)
        if own.verdict != verdict.verdict or abs(own.score - verdict.score) > 1e-9:
            return None  # an attachment decided: its own explain names it
        return analysis

    def _member_bytes(self, name: str, data: bytes, parts: list[str]) -> tuple[bytes | Verdict, int]:
        """The bytes of the member of a container that `parts` name (or the verdict saying why
        not), and how many of `parts` its name took: a member's name may hold "!" itself, so
        the longest of `parts[0]`, `parts[0]!parts[1]`, … that is a member's name is it."""
        wanted = {"!".join(parts[:k]): k for k in range(1, len(parts) + 1)}
        best: tuple[Member, int] | None = None
        try:
            file_type = type_of(name, data)
            if file_type in CONTAINER_TYPES:
                members: Iterable[Member | Message] = expand(file_type, name, data, self.config.limits)
            elif file_type in EMBEDDING_PACKAGES:
                members = embedded_objects(data, self.config.limits, file_type)
            else:
                no = f"{name} is not a container ({file_type}): it has no member {parts[0]!r}"
                raise MemberNotFound(no)
            for found in members:  # their names are unique (`unique_names`)
                if isinstance(found, Message) or found.name not in wanted:
                    continue
                taken = wanted[found.name]
                if best is None or taken > best[1]:
                    best = (found, taken)
        except (ExtractionError, ContainerError) as exc:
            return error_verdict(name, str(exc)), 0
        if best is None:
            raise MemberNotFound(f"no member {'!'.join(parts)!r} in {name}")
        member, taken = best
        if member.data is None:
            return error_verdict(f"{name}!{member.name}", member.problem or "unreadable member"), taken
        return member.data, taken

    def scan_bytes(self, name: str, data: bytes) -> Verdict:
        """One file's verdict (for a container: the most severe of its members)."""
        return self.scan_bytes_all(name, data)[0]

    def _message_verdict(self, name: str, text: str, quick: bool = False, headers: int = 0) -> Verdict:
        """An e-mail's headers and body, scanned as the message itself (carrier `email`).
        `quick`: the message is all its container holds (`_message_alone`), so the quick pass
        may judge it; a part beside others is judged in full (the container's verdict is its
        highest-scoring part's, and a quick verdict has no score). `headers`: how many of the
        text's first lines are header lines (`message_segments`)."""
        if not text.strip():
            return Verdict(
                path=name,
                verdict="clear",
                carrier="email",
                file_type="email",
                reasons=("empty message body",),
            )
        return self._judge(_message_document(name, text, headers), quick_pass=quick)[0]

    def scan_bytes_with_analysis(
        self, name: str, data: bytes, file_type: str | None = None, quick: bool = True
    ) -> tuple[Verdict, Analysis | None]:
        """A single (non-container) file's verdict and the analysis behind it."""
        try:
            document = extract_document(name, data, self.config.limits, file_type)
        except UnsupportedFormat as exc:
            if exc.file_type not in UNKNOWN_CONTENT:
                return error_verdict(name, str(exc), exc.file_type), None
            # opened, but not a format whose text the scanner reads: a person should look (an
            # `error` is for files that could not be opened at all)
            skip = Skip("not-inspected", "content", str(exc))
            return unread_verdict(name, exc.file_type, data, skip), None
        except ExtractionError as exc:
            return error_verdict(name, str(exc), getattr(exc, "file_type", None) or file_type), None
        return self._judge(document, quick)

    def _judge(self, document: Document, quick_pass: bool = True) -> tuple[Verdict, Analysis | None]:
        """detect → model → decide for one extracted document (`quick_pass`: may the quick pass
        judge it)."""
        try:
            prepared = self.detector.prepare(document)
            quick = self._quick_verdict(document, prepared) if self.quick and quick_pass else None
            if quick is not None:
                return quick
            analysis = self.detector.analyze(document, prepared)
            scores = score_categories(analysis.findings)
            candidates = exclusions_for(analysis, scores)
            cues = format_cues(
                document.path, document.file_type, analysis.text, layout_text(document.segments)
            )
            config = self.terse_config if cues.settled in TERSE_CARRIERS else self.config
            th = config.thresholds
            focus = most_severe(
                analysis,
                scores,
                lambda text, own: self.model_view(analysis, own, candidates, text),
                spread=(th.controlled, th.review),
                quiet=(th.controlled, th.review),
            )
            verdict = decide(
                document,
                analysis,
                config,
                focus.model,
                focus.scores,
                candidates,
                section=focus.section,
                section_findings=focus.findings,
                whole_score=focus.whole,
                whole_model=focus.whole_model,
                cues=cues,
                whole_scores=scores,
            )
            if focus.spread and verdict.verdict == "controlled":
                verdict = dataclasses.replace(
                    verdict,
                    verdict="review",
                    reasons=(
                        f"the document as a whole scores {focus.whole:.2f}, but none of its sections "
                        f"reaches the review threshold ({th.review:.2f}) alone: a process spread over "
                        "its chapters, or vocabulary that only adds up; a person should decide",
                        *verdict.reasons,
                    ),
                )
            return verdict, analysis
        except Exception as exc:  # fail closed: an internal fault is an error, never "clear"
            return error_verdict(
                document.path, f"internal error: {type(exc).__name__}: {exc}", document.file_type
            ), None

    def _quick_verdict(self, document: Document, prepared: Prepared) -> tuple[Verdict, Analysis] | None:
        """The verdict of a document whose text holds no stage or anchor term, or None when the
        deep pass must run after all. It is `clear` (or `review` for what was not read) by the
        same rules as the deep pass, without findings or the model's verdict heads, and its
        score is 0; its carrier is the deep pass's, decided over the range of rule features the
        text allows (`policy/quick.py`), or the deep pass runs."""
        look = self.detector.quick.look(
            prepared.text, functools.partial(prepared.identifiers, self.detector.identifiers), HEAD_CHARS
        )
        if look.may_score:
            return None
        analysis = self.detector.unanalysed(prepared)
        cues = format_cues(document.path, document.file_type, analysis.text, layout_text(document.segments))
        logits = None
        if self.model is not None and cues.settled is None and cues.file_type != "pptx":
            logits = self.model.models.linear_logits(model_text(analysis), self._carrier_heads)
            if logits is None:
                return None
        carrier_terms = [t for t in look.candidates if t.set == "carrier"]
        # first without finding the values (a regex pass), then, if they could matter, with them
        carrier = quick_carrier(
            cues,
            analysis.text,
            logits,
            *feature_box(look.candidates, analysis.language, look=look),
            carrier_terms,
        )
        if carrier is None and logits is not None:
            values = functools.partial(prepared.values, self.detector.values)
            box = feature_box(look.candidates, analysis.language, values, look)
            carrier = quick_carrier(cues, analysis.text, logits, *box, carrier_terms)
        if carrier is None:
            return None
        config = self.terse_config if cues.settled in TERSE_CARRIERS else self.config
        verdict = decide(document, analysis, config, exclusions=[], cues=cues)
        reasons = (
            f"{QUICK_REASON} no rare-earth stage or anchor term in the text, so no stage can score "
            f"(the learned model alone reaches at most {self.quick_bound:.2f}, below the review "
            f"threshold {config.thresholds.review:.2f}); context and values were not analysed",
            *verdict.reasons[1:],
        )
        return dataclasses.replace(verdict, reasons=reasons, carrier=carrier), analysis

    def model_view(
        self,
        analysis: Analysis,
        scores: Scores,
        candidates: list[ExclusionScore],
        text: str | None = None,
    ) -> ModelView | None:
        """The model's view of the document, or of one section's `text` scored as `scores`."""
        if self.model is None:
            return None
        text = model_text(analysis if text is None else text)
        dense = dense_features(analysis, scores, candidates)
        probs = self.model.models.probabilities(text, dense)
        return ModelView(probs, self.model.models.blend, anchoring=model_anchoring(scores))


#: how the first reason of a quick pass's verdict begins
QUICK_REASON = "quick pass:"
#: the members of a container the quick pass judges are kept to be judged again in full if need
#: be (`Scanner._members`), up to this many bytes in all; beyond, members are judged in full
QUICK_MEMBER_BYTES = 32 * 1024 * 1024


def _message_document(name: str, text: str, headers: int) -> Document:
    """An e-mail's headers and bodies as the document the message is judged as."""
    return Document(path=name, file_type="email", sha256="", segments=message_segments(text, headers))


def message_segments(text: str, headers: int) -> tuple[Segment, ...]:
    """An e-mail's text a line a segment, placed as a reader finds it: "header, line 2" for its
    first `headers` lines, then "body, line N" counted from the body's first line (the lines of
    headers and bodies run together matched no line a mail program shows)."""
    out = []
    for segment in lines_to_segments(text):
        line = segment.location.line
        if line is None or not headers:
            out.append(segment)
            continue
        part, number = ("header", line) if line <= headers else ("body", line - headers)
        where = dataclasses.replace(segment.location, part=part, line=number)
        out.append(dataclasses.replace(segment, location=where))
    return tuple(out)


def _message_alone(members: Iterable[Member | Message], top: bool) -> tuple[Iterable[Member | Message], bool]:
    """`members`, and whether they are one message and nothing else in a container scanned for
    itself (`top`: not a member of another, no text of its own): an e-mail without attachments,
    whose verdict is then its message's, carrier `email` when clear (`aggregate`). Only the
    first two members are looked at before the scan goes on through the rest."""
    if not top:
        return members, False
    iterator = iter(members)
    head = list(itertools.islice(iterator, 2))
    alone = len(head) == 1 and isinstance(head[0], Message)
    return itertools.chain(head, iterator), alone


def is_quick(verdict: Verdict) -> bool:
    """Whether the quick pass judged this verdict (its score is then 0, not the model's)."""
    return bool(verdict.reasons) and verdict.reasons[0].startswith(QUICK_REASON)


def quick_bound(scanner: Scanner) -> float:
    """The highest score a document with no stage or anchor finding can reach: every stage's
    rules score is 0 (no stage term), so only the model counts, weighted by its blend and by
    its anchoring, which without anchors or stage terms is at most the rules' rare-earth floor
    (`model_anchoring`: re_factor = RE_FLOOR; the other-material and mention factors are at most
    1 while weakening contexts weaken). Infinite when a weakening context could raise a score."""
    weaken = [t for t in scanner.detector.lexicon.terms if t.set == "context" and t.category == "weaken"]
    if any(t.factor > 1 for t in weaken):
        return float("inf")
    if scanner.model is None:
        return 0.0
    return scanner.model.models.blend * RE_FLOOR


#: Carriers the regulation names whose text is coordinates, codes and terse labels rather than
#: prose: drawings, NC programs, simulation inputs (settled by the format, not by the words).
#: The model's probabilities run lower on such text than on prose (an EDM program for SmCo arcs
#: read 0.37), so they go to review from the rules' own review threshold (0.38) instead of the
#: blended one; `controlled` keeps its threshold.
TERSE_CARRIERS = frozenset({"drawing", "nc-program", "simulation-data"})


def dwg_verdict(name: str, data: bytes) -> Verdict:
    """DWG is a closed binary format: without a proprietary library its content cannot be
    inspected, so a person must look (never `clear` unread)."""
    version = data[:6].decode("ascii", "replace")
    return Verdict(
        path=name,
        verdict="review",
        carrier="drawing",
        file_type="dwg",
        reasons=(
            f"DWG content not inspectable (AutoCAD format {version}): a person should open the drawing",
        ),
    )


def no_content_verdict(name: str, file_type: str, data: bytes, reason: str) -> Verdict:
    """A file recognised by its content as holding no document text (a signature, a font, a
    video, macOS metadata): `clear`, with the reason."""
    return Verdict(
        path=name,
        verdict="clear",
        file_type=file_type,
        sha256=hashlib.sha256(data).hexdigest(),
        reasons=(reason if reason.startswith("no document content") else f"no document content: {reason}",),
        skipped=(Skip("metadata", "content", reason),),
    )


def unread_verdict(name: str, file_type: str, data: bytes, skip: Skip) -> Verdict:
    """A file the scanner opened but could not read as a document: `review`, with the reason."""
    reasons: list[str] = []
    verdict, _ = coverage((skip,), "clear", None, reasons)
    return Verdict(
        path=name,
        verdict=verdict,
        file_type=file_type,
        sha256=hashlib.sha256(data).hexdigest(),
        reasons=tuple(reasons),
        skipped=(skip,),
    )


def error_verdict(path: str, reason: str, file_type: str | None = None) -> Verdict:
    return Verdict(path=path, verdict="error", error=reason, reasons=(reason,), file_type=file_type)


def scan_paths(paths: Iterable[str], config: ScanConfig | None = None) -> Iterator[Verdict]:
    """Scan files and folders (recursively); yield one `Verdict` per file as it is done."""
    yield from Scanner(config).scan_paths(paths)


def split_member_path(path: str) -> tuple[str, list[str]]:
    """`outer.zip!dir/inner.zip!a.docx` → (`outer.zip`, [`dir/inner.zip`, `a.docx`]); a path
    that exists as it is (a file name with "!" in it) is not split."""
    if "!" not in path or Path(path).exists():
        return path, []
    head, *rest = path.split("!")
    # the longest existing prefix is the file on disk ("!" may occur in folder names too)
    for cut in range(len(rest), 0, -1):
        outer = "!".join([head, *rest[: len(rest) - cut]])
        if Path(outer).is_file():
            return outer, rest[len(rest) - cut :]
    return path, []
