"""Phrases that say a rare-earth material is absent (`detect/negation.py`), and what the
analysis leaves out because of them."""

from __future__ import annotations

import pytest

from scanner.detect.negation import negated_spans


def _negated(text: str, word: str) -> bool:
    start = text.index(word)
    return negated_spans(text).covers(start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("This deposit contains no bastnaesite or monazite, so no flotation is needed.", "bastnaesite"),
        ("This deposit contains no bastnaesite or monazite, so no flotation is needed.", "monazite"),
        ("The ore holds no rare-earth minerals.", "rare-earth"),
        ("A motor design without rare earth magnets.", "rare earth"),
        ("The catalyst is free of lanthanum and cerium.", "cerium"),
        ("The product does not contain any rare earth elements.", "rare earth"),
        ("Ferrite and other non-rare-earth magnets.", "rare-earth"),
        ("A rare-earth-free traction motor.", "rare-earth"),
        ("REE-free grades only", "REE"),
        ("neither neodymium nor dysprosium is used", "dysprosium"),
        ("本产品不含稀土元素。", "稀土"),
        ("该矿床不含氟碳铈矿或独居石，无需稀土浮选。", "独居石"),
        ("铁氧体等非稀土永磁材料", "稀土"),
        ("本工艺未添加镝、铽。", "镝"),
    ],
)
def test_should_be_negated(text: str, word: str) -> None:
    assert _negated(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("No oxygen ingress during jet milling of the NdFeB powder.", "NdFeB"),
        ("Do not exceed 1080 C when sintering NdFeB blocks.", "NdFeB"),
        ("No. 3 cell: PrNd metal, current 6 kA", "PrNd"),
        ("Part No 1234 NdFeB N42 block", "NdFeB"),
        ("no more than 0.5 % Dy in the alloy", "Dy"),
        ("The deposit contains no magnetite; bastnaesite is the main mineral.", "bastnaesite"),
        # 'the' begins another phrase
        ("Without delay the monazite concentrate goes to the kiln.", "monazite"),
        ("It contains no iron but it is rich in cerium oxide.", "cerium"),
        ("稀土精矿经焙烧后浸出，不含杂质的溶液进入萃取。", "稀土"),  # the negation follows the word
        ("该产品不含铅，稀土含量为 30%。", "稀土"),  # a comma ends the phrase
        ("无水氯化稀土电解", "稀土"),  # 无 alone is no trigger: 无水 means anhydrous
        ("Free sample of NdFeB magnets on request", "NdFeB"),
    ],
)
def test_should_not_be_negated(text: str, word: str) -> None:
    assert not _negated(text, word)


def test_a_scope_is_at_most_a_few_words() -> None:
    text = "contains no alpha beta gamma delta epsilon zeta eta theta monazite"
    assert not _negated(text, "monazite")


@pytest.fixture(scope="module")
def detector():
    from scanner.config import default_lexicon_dir
    from scanner.detect.analyze import Detector

    return Detector(default_lexicon_dir())


def _analysis(detector, text: str):
    from scanner.types import Document, Location, Segment

    document = Document("a.txt", "txt", "0" * 64, (Segment(text, Location(line=1)),))
    return detector.analyze(document, detector.prepare(document))


def test_a_material_named_as_absent_is_no_finding_and_is_kept_for_the_reasons(detector) -> None:
    text = "Iron ore flow sheet. This deposit contains no bastnaesite or monazite, so no extra step."
    analysis = _analysis(detector, text)
    assert {f.matched_text.lower() for f in analysis.negated} >= {"bastnaesite", "monazite"}
    held = {f.matched_text.lower() for f in analysis.findings}
    assert "bastnaesite" not in held and "monazite" not in held


def test_process_steps_in_a_negated_phrase_are_still_findings(detector) -> None:
    """A step is never dropped (a spec says "no oxygen ingress during jet milling", "without
    tempering"), nor one element ("52SH without Dy" does without one rare earth): only rare
    earths as such and their minerals are, where a phrase says they are absent."""
    text = "NdFeB alloy without Dy: jet milling to 3.2 um, vacuum sintering 1060 C, no oxygen pick-up."
    analysis = _analysis(detector, text)
    assert not analysis.negated
    held = {f.matched_text.lower() for f in analysis.findings}
    assert {"ndfeb", "jet milling", "dy"} <= held
