"""crawl → extract → detect → decide: one short, readable chain."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from scanner.classify.artifact import load as load_model
from scanner.classify.features import dense_features, model_text
from scanner.config import Limits, ScanConfig
from scanner.crawl.containers import CONTAINER_TYPES, ContainerError, Message, expand
from scanner.crawl.walk import Item, walk
from scanner.detect.analyze import Analysis, Detector
from scanner.extract.errors import ExtractionError
from scanner.extract.registry import extract_document, type_of
from scanner.extract.text import lines_to_segments
from scanner.policy.container import aggregate
from scanner.policy.decide import ModelView, decide
from scanner.policy.exclusions import ExclusionScore, exclusions_for
from scanner.policy.scoring import Scores, score_categories
from scanner.types import Document, Verdict


class Scanner:
    """Holds what loads once per process: lexicons and spaCy pipelines."""

    def __init__(self, config: ScanConfig | None = None) -> None:
        self.config = config or ScanConfig()
        #: called with a container member's path before it is read (workers report progress)
        self.on_member: Callable[[str], None] | None = None
        self.detector = Detector(self.config.lexicon_dir)
        self.model = (
            load_model(self.config.model_dir, self.detector.lexicon.digest) if self.config.use_model else None
        )
        if self.model is not None and self.config.review_from_model:
            # the review threshold chosen with the model at training, unless set explicitly
            th = self.config.thresholds
            review = min(self.model.models.review, th.controlled)
            self.config = dataclasses.replace(self.config, thresholds=dataclasses.replace(th, review=review))

    def scan_paths(self, paths: Iterable[str]) -> Iterator[Verdict]:
        """One verdict per file; a container's own verdict first, then its members'."""
        for item in walk(list(paths), self.config.follow_symlinks):
            yield from self.scan_item_all(item)

    def scan_item_all(self, item: Item) -> list[Verdict]:
        if item.problem or item.fs_path is None:
            return [error_verdict(item.display, item.problem or "cannot read")]
        try:
            data = read_file(item.fs_path, self.config.limits)
        except ExtractionError as exc:
            return [error_verdict(item.display, str(exc))]
        except PermissionError:
            return [error_verdict(item.display, "permission denied")]
        except OSError as exc:
            return [error_verdict(item.display, f"cannot read: {exc.strerror or exc}")]
        return self.scan_bytes_all(item.display, data)

    def scan_bytes_all(self, name: str, data: bytes, depth: int = 0) -> list[Verdict]:
        """The file's verdict, and for a container (zip, tar, gz, e-mail) each member's after
        it, named `outer.zip!inner/a.docx`."""
        try:
            file_type = type_of(name, data)
        except ExtractionError as exc:
            return [error_verdict(name, str(exc))]
        if file_type == "dwg":
            return [dwg_verdict(name, data)]
        if file_type not in CONTAINER_TYPES:
            return [self.scan_bytes_with_analysis(name, data, file_type)[0]]
        if depth >= self.config.limits.max_depth:
            return [
                error_verdict(
                    name,
                    f"nesting limit reached: containers {depth} deep (limit {self.config.limits.max_depth})",
                    file_type,
                )
            ]
        parts: list[Verdict] = []
        listed: list[Verdict] = []
        try:
            for member in expand(file_type, name, data, self.config.limits):
                if isinstance(member, Message):
                    parts.append(self._message_verdict(name, member.text))
                    continue
                path = f"{name}!{member.name}"
                if member.note:
                    found = [Verdict(path=path, verdict="clear", reasons=(member.note,))]
                elif member.problem or member.data is None:
                    found = [error_verdict(path, member.problem or "unreadable member")]
                else:
                    if self.on_member is not None:
                        self.on_member(path)
                    found = self.scan_bytes_all(path, member.data, depth + 1)
                parts.append(found[0])
                listed.extend(found)
        except ContainerError as exc:
            return [error_verdict(name, str(exc), file_type)]
        own = aggregate(name, file_type, parts, self.config.limits.max_evidence)
        return [own, *listed]

    def explain_file(self, path: Path) -> tuple[Verdict, Analysis | None]:
        """Scan one file and keep its analysis, for `scanner explain`."""
        item = walk([str(path)], self.config.follow_symlinks)
        first = next(iter(item))
        if first.problem or first.fs_path is None:
            return error_verdict(first.display, first.problem or "cannot read"), None
        try:
            data = read_file(first.fs_path, self.config.limits)
        except ExtractionError as exc:
            return error_verdict(first.display, str(exc)), None
        except OSError as exc:
            return error_verdict(first.display, f"cannot read: {exc.strerror or exc}"), None
        try:
            file_type = type_of(first.display, data)
        except ExtractionError as exc:
            return error_verdict(first.display, str(exc)), None
        if file_type in CONTAINER_TYPES or file_type == "dwg":
            return self.scan_bytes_all(first.display, data)[0], None
        return self.scan_bytes_with_analysis(first.display, data, file_type)

    def scan_bytes(self, name: str, data: bytes) -> Verdict:
        """One file's verdict (for a container: the most severe of its members)."""
        return self.scan_bytes_all(name, data)[0]

    def _message_verdict(self, name: str, text: str) -> Verdict:
        """An e-mail's headers and body, scanned as the message itself (carrier `email`)."""
        if not text.strip():
            return Verdict(
                path=name,
                verdict="clear",
                carrier="email",
                file_type="email",
                reasons=("empty message body",),
            )
        document = Document(
            path=name,
            file_type="email",
            sha256="",
            segments=tuple(lines_to_segments(text)),
        )
        return self._judge(document)[0]

    def scan_bytes_with_analysis(
        self, name: str, data: bytes, file_type: str | None = None
    ) -> tuple[Verdict, Analysis | None]:
        """A single (non-container) file's verdict and the analysis behind it."""
        try:
            document = extract_document(name, data, self.config.limits, file_type)
        except ExtractionError as exc:
            return error_verdict(name, str(exc), getattr(exc, "file_type", None) or file_type), None
        return self._judge(document)

    def _judge(self, document: Document) -> tuple[Verdict, Analysis | None]:
        """detect → model → decide for one extracted document."""
        try:
            analysis = self.detector.analyze(document)
            scores = score_categories(analysis.findings)
            candidates = exclusions_for(analysis, scores)
            view = self.model_view(analysis, scores, candidates)
            verdict = decide(document, analysis, self.config, view, scores, candidates)
            return verdict, analysis
        except Exception as exc:  # fail closed: an internal fault is an error, never "clear"
            return error_verdict(
                document.path, f"internal error: {type(exc).__name__}: {exc}", document.file_type
            ), None

    def model_view(
        self, analysis: Analysis, scores: Scores, candidates: list[ExclusionScore]
    ) -> ModelView | None:
        if self.model is None:
            return None
        text, dense = model_text(analysis), dense_features(analysis, scores, candidates)
        return ModelView(self.model.models.probabilities(text, dense), self.model.models.blend)


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


def error_verdict(path: str, reason: str, file_type: str | None = None) -> Verdict:
    return Verdict(path=path, verdict="error", error=reason, reasons=(reason,), file_type=file_type)


def scan_paths(paths: Iterable[str], config: ScanConfig | None = None) -> Iterator[Verdict]:
    """Scan files and folders (recursively); yield one `Verdict` per file as it is done."""
    yield from Scanner(config).scan_paths(paths)


def read_file(path: Path, limits: Limits) -> bytes:
    """Read a file read-only, refusing one larger than the limit."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise ExtractionError(f"file too large: {size} bytes (limit {limits.max_file_bytes})")
    with open(path, "rb") as handle:  # read-only: the scanner never writes what it scans
        return handle.read(limits.max_file_bytes + 1)
