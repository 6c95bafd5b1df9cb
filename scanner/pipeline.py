"""crawl → extract → detect → decide: one short, readable chain."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path

from scanner.classify.artifact import load as load_model
from scanner.classify.features import dense_features, model_text
from scanner.config import Limits, ScanConfig
from scanner.crawl.walk import Item, walk
from scanner.detect.analyze import Analysis, Detector
from scanner.extract.errors import ExtractionError
from scanner.extract.registry import extract_document
from scanner.policy.decide import ModelView, decide
from scanner.policy.exclusions import ExclusionScore, exclusions_for
from scanner.policy.scoring import Scores, score_categories
from scanner.types import Verdict


class Scanner:
    """Holds what loads once per process: lexicons and spaCy pipelines."""

    def __init__(self, config: ScanConfig | None = None) -> None:
        self.config = config or ScanConfig()
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
        for item in walk(list(paths), self.config.follow_symlinks):
            yield self.scan_item(item)

    def scan_item(self, item: Item) -> Verdict:
        if item.problem or item.fs_path is None:
            return error_verdict(item.display, item.problem or "cannot read")
        try:
            data = read_file(item.fs_path, self.config.limits)
        except ExtractionError as exc:
            return error_verdict(item.display, str(exc))
        except PermissionError:
            return error_verdict(item.display, "permission denied")
        except OSError as exc:
            return error_verdict(item.display, f"cannot read: {exc.strerror or exc}")
        return self.scan_bytes(item.display, data)

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
        return self.scan_bytes_with_analysis(first.display, data)

    def scan_bytes(self, name: str, data: bytes) -> Verdict:
        verdict, _ = self.scan_bytes_with_analysis(name, data)
        return verdict

    def scan_bytes_with_analysis(self, name: str, data: bytes) -> tuple[Verdict, Analysis | None]:
        try:
            document = extract_document(name, data, self.config.limits)
        except ExtractionError as exc:
            return error_verdict(name, str(exc), getattr(exc, "file_type", None)), None
        try:
            analysis = self.detector.analyze(document)
            scores = score_categories(analysis.findings)
            candidates = exclusions_for(analysis, scores)
            view = self.model_view(analysis, scores, candidates)
            verdict = decide(document, analysis, self.config, view, scores, candidates)
            return verdict, analysis
        except Exception as exc:  # fail closed: an internal fault is an error, never "clear"
            return error_verdict(
                name, f"internal error: {type(exc).__name__}: {exc}", document.file_type
            ), None

    def model_view(
        self, analysis: Analysis, scores: Scores, candidates: list[ExclusionScore]
    ) -> ModelView | None:
        if self.model is None:
            return None
        text, dense = model_text(analysis), dense_features(analysis, scores, candidates)
        return ModelView(self.model.models.probabilities(text, dense), self.model.models.blend)


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
