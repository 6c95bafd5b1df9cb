"""The literal pre-filter of identifier patterns: never skips a text a pattern matches."""

import re
from pathlib import Path

import pytest

from scanner.config import default_lexicon_dir
from scanner.detect.lexicon import load_lexicon
from scanner.detect.literals import LiteralTest, required_literals

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
        (r"\d{4}-\d{2}", False, {("-", True)}),
        (r"\d+", False, None),  # no literal: always runs
        (r"(?:a|\d)x?", False, None),  # a branch without a literal: always runs
        (r"x{0,3}\d", False, None),  # an optional literal is no requirement
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
        (r"\d+", False, "anything", True),
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
