"""Should-match / should-not-match tables for the lexicon matcher."""

import pytest

from scanner.types import Document, Location, Segment


def findings(detector, text: str):
    doc = Document("t.txt", "text", "0", (Segment(text, Location(line=1)),))
    return detector.analyze(doc).findings


def rules(detector, text: str, kind: str) -> set[str]:
    return {f.rule_id for f in findings(detector, text) if f.kind == kind}


def matched(detector, text: str, kind: str) -> set[str]:
    return {f.matched_text.lower() for f in findings(detector, text) if f.kind == kind}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("氢破后气流磨至D50 3.0 μm", {"氢破", "气流磨"}),
        ("氢\n破工序", {"氢破"}),  # broken across a PDF line
        ("ＮｄＦｅＢ sintered magnets", {"ndfeb"}),  # full-width
        ("the magnets were SINTERED in vacuum", {"sintered"}),  # case and inflection
        ("NdFeB磁体的晶界扩散", {"晶界扩散"}),
    ],
)
def test_stage_terms_are_found(detector, text: str, expected: set[str]) -> None:
    assert expected <= matched(detector, text, "stage") | matched(detector, text, "anchor")


@pytest.mark.parametrize(
    "text",
    [
        "相比之下，今年的销售额更高。",  # 相比 'compared with', not the O/A phase ratio
        "Free trade and a green agenda",  # 'ree' inside words
        "诉讼时效为三年",  # 时效 in a legal sense, not magnet ageing
    ],
)
def test_everyday_words_do_not_match_stage_terms(detector, text: str) -> None:
    assert rules(detector, text, "stage") == set()


def test_longest_match_wins_within_a_set(detector) -> None:
    found = [f for f in findings(detector, "loaded strip liquor 90 g/L") if f.kind == "stage"]
    texts = [f.matched_text for f in found]
    assert "loaded strip liquor" in texts
    assert "strip" not in texts


def test_latin_term_glued_to_hanzi_is_found(detector) -> None:
    assert "ndfeb" in matched(detector, "采用NdFeB方案", "stage") | matched(
        detector, "采用NdFeB方案", "anchor"
    )


def test_values_next_to_process_terms_are_parameters(detector) -> None:
    values = [f for f in findings(detector, "真空烧结温度1060℃，保温4 h") if f.kind == "value"]
    assert {f.matched_text for f in values} >= {"1060°C"}
    assert all(f.attr("near_term") == "yes" for f in values)


def test_locations_point_at_cells(detector) -> None:
    seg = Segment(
        "槽温(℃): 1045 | 阳极电流密度(A/cm2): 1.0", Location(sheet="设定值"), marks=((0, "B2"), (14, "C2"))
    )
    doc = Document("s.xlsx", "xlsx", "0", (seg,))
    values = {f.matched_text: str(f.location) for f in detector.analyze(doc).findings if f.kind == "value"}
    assert values["°C): 1045"] == "设定值!B2"
