"""The first-character lookahead of the identifier alternation: it never changes what the
alternation finds (every non-empty match, where it is and which alternative made it)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from scanner.config import default_lexicon_dir
from scanner.detect.firstchars import first_chars, gated, lookahead
from scanner.detect.identifiers import Identifiers
from scanner.detect.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("pattern", "starts", "never"),
    [
        (r"\bISBN ?\d+", "Ii", "S0 "),  # a boundary is passed over; case follows the flags
        (r"(?<![\d.])\d{12}\.\d", "07", "a. "),  # so is a lookbehind
        (r"(?:No\.)? ?\d+", "Nn 5", "x."),  # an optional prefix: it, and what follows
        (r"(?:19|20)\d{2}", "12", "03"),
        (r"[φΦ⌀∅] ?\d+", "φΦ⌀∅", "d1"),
        (r"[^\s,]+@x", "a@", " ,"),  # a negated class
        (r"(?P<r0>第 ?\d+ ?卷)", "第", "卷1"),  # a named group
        (r"x{0}y", "y", "x"),  # a repeat of none adds nothing
        (r"(?:a|)b", "ab", "c"),  # an alternative that may be empty: what follows counts too
    ],
)
def test_what_a_match_can_begin_with(pattern: str, starts: str, never: str) -> None:
    ahead = re.compile(lookahead([first_chars(pattern, re.IGNORECASE)]), re.IGNORECASE)
    assert all(ahead.match(ch) for ch in starts)
    assert not any(ahead.match(ch) for ch in never)


# what comes first is not worked out: any character, a back-reference, a conditional group
@pytest.mark.parametrize("pattern", [r".+x", r"(a)?\1x", r"(?:(a)|b)?(?(1)c|d)"])
def test_what_is_not_worked_out_gives_no_filter(pattern: str) -> None:
    assert first_chars(pattern) is None
    assert lookahead([first_chars(r"ab"), first_chars(pattern)]) == ""


def _texts() -> list[str]:
    """The project's own labelled texts and samples (never the sealed sets), and random text
    made of the characters identifiers are made of."""
    dirs = [ROOT / "corpora" / "text", ROOT / "corpora" / "carriers-a", ROOT / "samples"]
    files = sorted(p for d in dirs for p in d.rglob("*") if p.suffix in (".txt", ".md", ".eml", ".csv"))
    texts = [p.read_text(encoding="utf-8", errors="replace")[:60_000] for p in files]
    rng = random.Random(7)
    alphabet = "0123456789 .,-/:()XABCDEGINPSTUWZLcnpstuwzl@_第卷期号一种方法权利要求ISBN\n"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(50, 400))) for _ in range(300)]
    return texts


def test_the_lexicon_identifiers_find_exactly_what_the_plain_alternation_finds() -> None:
    identifiers = Identifiers(load_lexicon(default_lexicon_dir()).terms)
    alternatives = identifiers._alternatives  # the same alternatives, without the lookahead
    plain = re.compile("|".join(alternatives), re.IGNORECASE)
    filtered = re.compile(lookahead(identifiers._first) + f"(?:{plain.pattern})", re.IGNORECASE)
    assert lookahead(identifiers._first), "the lexicon's identifiers should have a filter"
    checked = 0
    for text in _texts():
        want = [(m.lastgroup, m.span()) for m in plain.finditer(text) if m.end() > m.start()]
        got = [(m.lastgroup, m.span()) for m in filtered.finditer(text) if m.end() > m.start()]
        assert got == want
        checked += len(want)
    assert checked > 100  # the texts do hold identifiers


def _gated_patterns() -> list[re.Pattern[str]]:
    from scanner.detect import kinds, recipes

    return [kind.title for kind in kinds.KINDS] + [recipes._MAY]


@pytest.mark.parametrize("pattern", _gated_patterns(), ids=lambda p: p.pattern[:24])
def test_a_gated_pattern_finds_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    """The kinds' titles and the recipe pre-check, behind their lookahead (`gated`): the same
    matches at the same places, in texts as written and upper-cased (their `(?i:…)` parts)."""
    filtered = gated(pattern)
    assert filtered.pattern != pattern.pattern, "the pattern should get a filter"
    texts = _texts()
    texts += [t.upper() for t in texts]
    texts += ["Stack Test of furnace 3", "STACK EMISSION 2024", "硼: 0.98", "Sm=25"]
    for text in texts:
        assert [m.span() for m in filtered.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_gated_keeps_a_pattern_it_cannot_filter() -> None:
    pattern = re.compile(r".+x")
    assert gated(pattern) is pattern
