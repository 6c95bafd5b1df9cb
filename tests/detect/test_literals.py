"""The literal pre-filter of identifier patterns: never skips a text a pattern matches."""

import re
from pathlib import Path

import pytest

from scanner.config import default_lexicon_dir
from scanner.detect.lexicon import load_lexicon
from scanner.detect.literals import DIGIT, LiteralIndex, LiteralTest, may_match, required_literals

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("pattern", "ignorecase", "expected"),
    [
        (r"\bISBN(?:-1[03])?:? ?\d+", True, {("isbn", False)}),
        (r"(?-i:\bRa ?\d+)", True, {("Ra", True)}),  # case-sensitive inside: looked for as it is
        (r"\bGB(?:/T|/Z)? ?\d{3,5}", False, {("GB", True)}),
        (r"(?:收件人|发件人|抄送) ?:", False, {("收件人", True), ("发件人", True), ("抄送", True)}),
        (r"[φΦ⌀∅] ?\d+", True, {("φ", False), ("⌀", False), ("∅", False)}),
        (r"(?<!诉讼)时效(?![性期])", False, {("时效", True)}),  # lookarounds add nothing
        (r"\d{4}-\d{2}", False, {(DIGIT * 4 + "-" + DIGIT * 2, False)}),
        (r"\d+", False, {(DIGIT, False)}),  # a digit, any digit
        (r"(?:a|\d)x?", False, None),  # a branch without a literal: always runs
        (r"x{0,3}\d", False, {(DIGIT, False)}),  # an optional literal is no requirement
        (r"[^a]+", False, None),  # no literal: always runs
        # digit classes and fixed repeats go on with the run, each digit as DIGIT
        (r"\bUS ?\d{2}/\d{3},\d{3}\b", True, {(f"{DIGIT * 2}/{DIGIT * 3},{DIGIT * 3}", False)}),
        (r"(?-i:\bO\d{4} ?\()", True, {("o" + DIGIT * 4, False)}),  # folded: a superset
        (r"ZL ?2\d{3}[0-9]{8}\.", False, {(DIGIT * 12 + ".", False)}),  # "2" is a digit too
        (r"\d{12}\.[\dX]", False, {(DIGIT * 12 + ".", False)}),  # a mixed class ends the run
        (r"AB-{2,}C", False, {("AB--", True)}),  # a variable repeat ends it after its least
        (r"\d{3}x{2,4}", False, {(DIGIT * 3 + "xx", False)}),
        (r"\d{40}", False, {(DIGIT * 16, False)}),  # long repeats are cut
        # a run before literal alternatives goes in front of each (".inp", not "inp")
        (r"\b[\w-]+\.(?:inp|cas|cas\.h5)\b", True, {(".inp", False), (".cas", False), (".cas.h5", False)}),
        (r"No\. ?(?:12|34)", False, {("No.", True)}),  # longest-shortest wins: "No." beats none
        (r"id(?:ab|cd)x", False, {("idab", True), ("idcd", True)}),
        (r"ab(?:c|\d)", False, {("ab", True)}),  # an alternative that is no literal: the run alone
    ],
)
def test_required_literals(pattern: str, ignorecase: bool, expected) -> None:
    found = required_literals(pattern, ignorecase)
    assert (set(found) if found is not None else None) == expected


@pytest.mark.parametrize(
    ("pattern", "ignorecase", "text", "may_match"),
    [
        (r"\bISBN ?\d+", True, "see isbn 978", True),  # folded
        (r"\bISBN ?\d+", True, "a plain memo", False),
        (r"(?-i:\bRa ?\d+)", True, "surface ra 0.8", False),  # exact: "ra" is not "Ra"
        (r"(?-i:\bRa ?\d+)", True, "surface Ra 0.8", True),
        (r"(?i)\bscale ?: ?\d+", False, "SCALE: 1", True),
        (r"(?i)straße", False, "STRASSE", True),  # case folding both sides
        (r"\d+", False, "anything", False),  # no digit: cannot match
        (r"\d+", False, "anything 1", True),
        (r"\d+", False, "anything \u0661", True),  # Arabic-Indic one: \d matches any script's
        (r"\bUS ?\d{2}/\d{3},\d{3}", True, "us 12/345,678", True),
        (r"\bUS ?\d{2}/\d{3},\d{3}", True, "us business, 2026", False),
        (r"(?-i:\bS\d{3,5} ?M0?[34]\b)", True, "S1200 M3", True),
        (r"(?-i:\bS\d{3,5} ?M0?[34]\b)", True, "Sales and Marketing", False),
        # re.IGNORECASE matches the Turkish ı and İ to i, which casefold keeps apart
        (r"\bISBN ?\d+", True, "ıSBN 978", True),
        (r"\bISBN ?\d+", True, "İSBN 978", True),
        (r"(?i)claıms?", False, "CLAIMS", True),
        (r"(?i)is", False, "İs", True),
        (r"\bISO ?\d{3,5}", True, "Kalite: İSO 9001 belgesi", True),
        (r"(?-i:\bI\d{4})", True, "İ1234", True),  # no match, but a digit literal is folded: a superset
        (r"\bI\d{4}", True, "İ1234", True),
    ],
)
def test_literal_test(pattern: str, ignorecase: bool, text: str, may_match: bool) -> None:
    assert LiteralTest(text).any(required_literals(pattern, ignorecase)) is may_match


def _texts() -> list[str]:
    """Text files of the project's own labelled sets and samples (never the sealed sets)."""
    dirs = [ROOT / "corpora" / "text", ROOT / "corpora" / "carriers-a", ROOT / "samples"]
    files = sorted(p for d in dirs for p in d.rglob("*") if p.suffix in (".txt", ".md", ".eml", ".csv"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in files]


def test_every_lexicon_pattern_is_never_skipped_where_it_matches() -> None:
    """Over real texts (and the texts a pattern itself matches, in every case), a pattern that
    matches is never filtered out."""
    lexicon = load_lexicon(default_lexicon_dir())
    texts = _texts()
    assert len(texts) > 100
    checked = 0
    for term in lexicon.terms:
        for pattern in term.regex:
            for flags in (0, re.IGNORECASE):
                compiled = re.compile(pattern.pattern, pattern.flags | flags)
                required = required_literals(compiled)
                for text in texts:
                    for m in compiled.finditer(text):
                        sample = [m.group(0), m.group(0).upper(), m.group(0).lower(), text]
                        for candidate in sample:
                            if compiled.search(candidate):
                                assert LiteralTest(candidate).any(required), (pattern.pattern, candidate)
                                checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    "text",
    [
        "",
        "see ISBN 978-7-03",
        "Surface Ra 0.8 and ra 0.4",
        "STRASSE und Straße",
        "收件人: 张三 抄送: 李四",
        "file.INP and case.cas.h5",
        "a plain memo about lunch",
        "US 12/345,678 and ＵＳ １２/３４５,６７８",
        "O1234 (PART) and o12",
    ],
)
def test_literal_index_holds_what_each_test_finds(text: str) -> None:
    """The one-pass index (`LiteralIndex`) finds exactly the literals the per-literal test finds,
    exact ones as they are and the others folded."""
    literals = {
        ("isbn", False),
        ("Ra", True),
        ("ra", True),
        ("straße", False),
        ("收件人", True),
        ("抄送", True),
        (".inp", False),
        (".cas.h5", False),
        ("No.", True),
        ("memo", False),
        (f"{DIGIT * 2}/{DIGIT * 3},{DIGIT * 3}", False),
        ("o" + DIGIT * 4, False),
        ("o" + DIGIT * 3, False),
    }
    present = LiteralIndex(literals).present(text)
    assert present == {lit for lit in literals if LiteralTest(text).any(frozenset([lit]))}
    for lit in literals:
        assert may_match(frozenset([lit]), present) is LiteralTest(text).any(frozenset([lit]))
    assert may_match(None, present)


def test_literal_index_agrees_with_the_literal_test_on_the_lexicon() -> None:
    """Over the project's own texts, every identifier pattern's literals: the index and the
    per-literal test agree on which patterns may match; a repeated question is answered from
    the last answer, a new text afresh."""
    lexicon = load_lexicon(default_lexicon_dir())
    required = [
        required_literals(re.compile(p.pattern, p.flags), True) for t in lexicon.terms for p in t.regex
    ]
    index = LiteralIndex(lit for req in required if req for lit in req)
    texts = _texts()
    assert len(texts) > 100
    for text in texts:
        present = index.present(text)
        assert index.present(text) is present
        test = LiteralTest(text)
        assert [may_match(r, present) for r in required] == [test.any(r) for r in required]
