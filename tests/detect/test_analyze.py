"""The detector builds spaCy's phrase matchers on first use, or refuses to when its process may
not build them now (a scan worker that hands the file to one that has them)."""

from __future__ import annotations

import pytest

from scanner.config import default_lexicon_dir
from scanner.detect.analyze import BuildDeferred, Detector
from scanner.types import Document, Location, Segment

SPEC = "烧结钕铁硼工艺：真空烧结1060℃×4 h，一级回火900℃×2 h。"


def _document(text: str) -> Document:
    return Document("spec.txt", "txt", "0" * 64, (Segment(text, Location(line=1)),))


def test_a_detector_that_may_not_build_raises_build_deferred_and_is_unchanged() -> None:
    detector = Detector(default_lexicon_dir())
    detector.may_build = lambda: False
    document = _document(SPEC)
    with pytest.raises(BuildDeferred):
        detector.analyze(document, detector.prepare(document))
    assert not detector.built
    assert not isinstance(BuildDeferred(), Exception)  # no reader's fault handler takes it


@pytest.mark.parametrize("allowed", [None, lambda: True])
def test_a_detector_that_may_build_builds_once_and_is_then_never_asked(allowed) -> None:
    detector = Detector(default_lexicon_dir())
    detector.may_build = allowed
    document = _document(SPEC)
    first = detector.analyze(document, detector.prepare(document))
    assert detector.built
    detector.may_build = lambda: False  # built: nothing left to refuse
    again = detector.analyze(document, detector.prepare(document))
    assert first.findings == again.findings
    assert any(f.kind == "stage" for f in first.findings)
