"""The value finder's unit alternation written as a trie finds exactly what the flat
alternation finds."""

import random
from pathlib import Path

import pytest

import scanner.detect.values as values
from scanner.detect.lexicon import Term
from scanner.detect.values import ValueFinder, _alternation

ROOT = Path(__file__).resolve().parents[2]


def _unit(case_sensitive: bool) -> Term:
    return Term(id="unit.x", set="unit", category=None, forms=(), weight=1.0, case_sensitive=case_sensitive)


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        ([("kPa", False), ("Pa", False), ("MPa", False)], "(?:(?i:(?:mpa|kpa|pa)))"),
        ([("mA", True), ("m", True)], "(?:m(?:A|))"),  # the longer form first, then the shorter
        ([("µm", False), ("μm²", False)], "(?:(?i:μm²|µm))"),  # µ and μ match alike: flat
    ],
)
def test_trie_patterns(forms: list[tuple[str, bool]], expected: str) -> None:
    assert _alternation([(f, _unit(cs)) for f, cs in forms]) == expected


def test_the_trie_finds_what_the_flat_alternation_finds(detector, monkeypatch) -> None:
    trie = detector.values
    monkeypatch.setattr(values, "_alternation", lambda forms: _alternation(forms, trie=False))
    flat = ValueFinder(detector.lexicon)
    assert flat._suffix.pattern != trie._suffix.pattern
    units = [f for t in detector.lexicon.of_set("unit") for f in t.forms]
    rng = random.Random(3)
    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for d in ("text", "coded-sheets", "carriers-a")
        for p in sorted((ROOT / "corpora" / d).rglob("*"))
        if p.suffix in (".txt", ".csv", ".md", ".nc", ".eml")
    ]
    for _ in range(500):
        unit = rng.choice(units)
        texts.append(
            rng.choice(["", "T ", "温度(", "pH ", "x"])
            + rng.choice([unit, unit.upper(), unit.lower()])
            + rng.choice([": 1060", ")=5", " 12.5", ""])
            + rng.choice([" 1060", "1.5", "-3", ""])
            + rng.choice([unit, unit.swapcase(), "/s", ""])
        )
    found = 0
    for text in texts:
        a = [(v.unit.id, v.text, v.start, v.end) for v in trie.find(text)]
        assert a == [(v.unit.id, v.text, v.start, v.end) for v in flat.find(text)], text[:200]
        found += len(a)
    assert found > 5000
