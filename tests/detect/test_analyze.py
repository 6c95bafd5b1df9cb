"""The detector builds spaCy's phrase matchers on first use, or refuses to when its process may
not build them now (a scan worker that hands the file to one that has them)."""

from __future__ import annotations

import re

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


def _language_by_shares(text: str) -> str:
    """The language as the shares of Hanzi and Latin letters give it, with no shortcut."""
    sample = text[:50_000]
    cjk = len(re.findall("[\u4e00-\u9fff]", sample))
    latin = len(re.findall("[A-Za-z]", sample))
    if not cjk and not latin:
        return "none"
    if not re.search("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]", sample):
        return "en"
    share = cjk / (cjk + latin / 4)
    return "zh" if share > 0.85 else "en" if share < 0.15 else "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12 34 %",
        "plain English",
        "Ünïcödé but Latin",
        "㐀 extension A only",  # CJK but no Hanzi of the main block
        "㐀",
        "烧结钕铁硼",
        "烧结 NdFeB magnets, sintered at 1060 °C and tempered",
        "NdFeB 烧结",
        "中" + "a" * 30,
        "中" * 100 + " and a few words",
        "ＮｄＦｅＢ",  # full-width letters are not [A-Za-z]
        "x" * 50_000 + "中文",  # Hanzi beyond the sample
    ],
)
def test_the_language_is_what_the_shares_give(text: str) -> None:
    from scanner.detect.analyze import _language

    assert _language(text) == _language_by_shares(text)
