"""Masking numbers no form can match: the matches found are those of the unmasked text."""

import itertools
import random
from pathlib import Path

import pytest

from scanner.detect.inert import InertWords

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def words() -> InertWords:
    inert = InertWords(lead={"(", "2:17"}, trail={"17", ")"}, inner={"-", "/"}, whole={"2:14:1"})
    inert.placeholder = "¤"
    return inert


@pytest.mark.parametrize(
    ("word", "inert"),
    [
        ("2026-03-14", True),
        ("1234.56", True),
        ("170", True),  # "17" is a form's last token, but "170" is one token
        ("17", False),
        ("17.5", False),  # "17" then "." may be tokens: kept
        ("3(", False),  # ends with "(": a form beginning with "(" may start there
        ("(3", True),
        ("-", False),  # a form's inner run: the whole word
        ("x2:14:1y", False),  # not letterless: never masked
        ("12:14:15", True),  # "2:14:1" inside, but not at token edges
        ("2:14:1", False),
    ],
)
def test_which_words_are_inert(words: InertWords, word: str, inert: bool) -> None:
    masked = words.mask(f"a {word} b")
    assert (masked != f"a {word} b") is (inert and len(word) > 1), masked
    assert len(masked) == len(word) + 4


def test_a_remembered_answer_is_the_answer_and_forgotten_when_runs_change() -> None:
    inert = InertWords(lead={"("}, trail={")"}, inner={"-"})
    inert.placeholder = "¤"
    assert inert.inert("17") and inert.inert("17")  # asked twice: remembered
    inert.add(["Sm", "17"])  # now "17" may end a form
    assert not inert.inert("17")
    assert inert.inert("9.")
    inert.trail.add("9")  # changed directly, then sealed as the matcher does
    inert.choose_placeholder(lambda text: 1)
    assert not inert.inert("9.")


def test_spacy_never_splits_between_two_digits(detector) -> None:
    """What `_edged` relies on, over numbers as tables and logs write them."""
    from scanner.detect.entok import spacy_english

    nlp = spacy_english()
    rng = random.Random(7)
    alphabet = "0123456789" * 4 + ".,:;-+/()[]%°×'\"=<>#~_*&^$€"
    for _ in range(3000):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 14)))
        doc = nlp.make_doc(word)
        for a, b in itertools.pairwise(doc):
            assert not (a.text[-1].isdigit() and b.text[0].isdigit()), (word, [t.text for t in doc])


def _texts() -> list[str]:
    dirs = [ROOT / "corpora" / "text", ROOT / "corpora" / "coded-sheets", ROOT / "corpora" / "carriers-a"]
    suffixes = (".txt", ".csv", ".md", ".nc", ".eml")
    files = sorted(p for d in dirs for p in d.rglob("*") if p.suffix in suffixes)
    return [p.read_text(encoding="utf-8", errors="replace") for p in files]


def test_masking_finds_exactly_the_matches_of_the_unmasked_text(detector) -> None:
    matcher = detector.terms
    rng = random.Random(11)
    texts = _texts()
    assert len(texts) > 100
    # and numbers around the forms' own numeric tokens, glued and spaced every which way
    numeric = ["2:17", "1:5", "(Pr,Nd)F3", "Sm2Co17", "N52", "2:14:1", "SmCo 2:17", "Nd-Fe-B", "Nd - Fe - B"]
    for _ in range(300):
        pool = [*numeric, "1060", "17", "(3", "2026-03-14", "1:5-", "-", "/", "84-1"]
        parts = [rng.choice(pool) for _ in range(8)]
        texts.append(rng.choice([" ", "", "  ", "\n"]).join(parts))
    masked_total = 0
    for text in texts:
        inert = matcher._inert
        placeholder, inert.placeholder = inert.placeholder, None
        try:
            plain = sorted((m.term.id, m.start, m.end) for m in matcher.find(text))
        finally:
            inert.placeholder = placeholder
        masked_total += inert.mask(text) != text
        assert sorted((m.term.id, m.start, m.end) for m in matcher.find(text)) == plain, text[:200]
    assert masked_total > 50
