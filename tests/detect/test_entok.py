"""The lexicon matcher's tokenizer and phrase matching (`entok.py`, `matcher.py`) give exactly
what spaCy's own tokenizer and PhraseMatchers give (`spacy_reference.py`: the matcher as it was
built on spaCy): the same tokens, NORMs and places, and the same matches, over the project's
texts, every tokenizer exception and adversarial text; and a scan never imports spaCy."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from scanner.config import default_lexicon_dir
from scanner.detect import entok
from scanner.detect.analyze import MATCHED_SETS
from scanner.detect.lexicon import load_lexicon
from scanner.detect.matcher import Phrases, TermMatcher

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def reference():
    from tests.detect.spacy_reference import SpacyTermMatcher

    return SpacyTermMatcher(load_lexicon(default_lexicon_dir()), MATCHED_SETS)


@pytest.fixture(scope="module")
def ours(detector) -> TermMatcher:
    return detector.terms


def _project_texts() -> list[str]:
    """The corpora's texts that are no sealed set's, and the samples'."""
    dirs = [ROOT / "corpora" / d for d in ("text", "coded-sheets", "carriers-a", "carriers-b")]
    dirs.append(ROOT / "samples")
    suffixes = {".txt", ".csv", ".md", ".nc", ".eml", ".json", ".tsv", ".html", ".xml", ".dxf", ".inp"}
    files = sorted(p for d in dirs for p in d.rglob("*") if p.is_file() and p.suffix in suffixes)
    return [p.read_text(encoding="utf-8", errors="replace") for p in files]


def _random_texts(seed: int, count: int) -> list[str]:
    """Words glued to punctuation, numbers, URLs, abbreviations and tokenizer exceptions, with
    every kind of white space between them."""
    rng = random.Random(seed)
    pieces = [
        *"abcXYZ()[]{}'\".,;:!?-–—/\\%°×&$@#*+=<>~_|’‘“”…·\u00a0\u3000\t\n\r\x0b\x1c",
        " ",
        "  ",
        " \n",
        "NdFeB",
        "Sm2Co17",
        "(Pr,Nd)F3",
        "e.g.",
        "U.S.",
        "n't",
        "'s",
        "’s",
        ":)",
        "http://x.org/a?b=1",
        "www.example.com",
        "a.m.",
        "Jan.",
        "don't",
        "1060",
        "3.0",
        "μm",
        "kA/m",
        "稀土",
        "烧结",
        "Cu(g/L)",
        "REO[%]",
        "sintered",
        "magnets'",
        "''",
        "--",
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def _exception_texts() -> list[str]:
    """Every tokenizer exception alone, glued to affixes, and between words."""
    rules = entok.tables().rules
    out = []
    for key in sorted(rules):
        out += [key, f"({key})", f"{key}.", f"x {key} y", f'"{key}",', f"{key}{key}"]
    return out


def _tokens(nlp, text: str) -> list[tuple[int, int, str, str]]:
    return [(t.idx, t.idx + len(t.text), t.text, t.norm_) for t in nlp(text)]


def test_the_shipped_tables_are_the_installed_spacys(monkeypatch) -> None:
    """The matcher reads spaCy's tables from a shipped copy; it must be what the installed spaCy
    gives, and a copy from another spaCy version is not used."""
    from importlib.metadata import version

    data = json.loads(entok.SHIPPED_TABLES.read_text(encoding="utf-8"))
    assert data["spacy"] == version("spacy"), "run python tools/spacy_data.py"
    live = entok.live_tables()
    assert entok.shipped_tables() == live
    assert entok.tables() == live
    import importlib.metadata

    monkeypatch.setattr(importlib.metadata, "version", lambda name: "0.0")
    assert entok.shipped_tables() is None
    assert entok.tables().to_json() == {**live.to_json(), "spacy": "0.0"}


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(_project_texts, id="project-texts"),
        pytest.param(_exception_texts, id="tokenizer-exceptions"),
        pytest.param(lambda: _random_texts(1, 4000), id="random"),
    ],
)
def test_tokens_are_spacys(ours: TermMatcher, texts) -> None:
    nlp = entok.spacy_english()
    checked = 0
    for text in texts():
        assert ours.en(text) == _tokens(nlp, text), repr(text[:300])
        checked += 1
    assert checked > 100


def test_the_lexicon_forms_are_tokenised_as_spacy_does(ours: TermMatcher) -> None:
    nlp = entok.spacy_english()
    forms = [f for t in load_lexicon(default_lexicon_dir()).terms for f in t.forms]
    assert len(forms) > 5000
    for form in forms:
        assert ours.en(form) == _tokens(nlp, form), form


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(_project_texts, id="project-texts"),
        pytest.param(lambda: _random_texts(2, 4000), id="random"),
    ],
)
def test_matches_are_spacys(ours: TermMatcher, reference, texts) -> None:
    found = 0
    for text in texts():
        # in the same order too: of two terms matching the same words, the first is kept
        mine = [(m.term.id, m.start, m.end) for m in ours.find(text)]
        theirs = [(m.term.id, m.start, m.end) for m in reference.find(text)]
        assert mine == theirs, repr(text[:300])
        found += len(mine)
    assert found > 0


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("NdFeB sintered magnets", "NdFeB"),
        ("the magnets were SINTERED in vacuum", "sinter"),
        ("烧结 钕铁硼", "钕铁硼"),
        ("钕 铁 硼", "钕铁硼"),  # single spaces between characters are no tokens
    ],
)
def test_known_forms_match(ours: TermMatcher, reference, text: str, term: str) -> None:
    mine = {text[m.start : m.end].lower() for m in ours.find(text)}
    theirs = {text[m.start : m.end].lower() for m in reference.find(text)}
    assert mine == theirs
    assert any(term.lower() in t.replace(" ", "") for t in mine)


@pytest.mark.parametrize(
    ("sequences", "keys", "expected"),
    [
        ([("t1", "a b")], "a b a b", {("t1", 0, 2), ("t1", 2, 4)}),
        ([("t1", "a b"), ("t2", "a b c")], "a b c", {("t1", 0, 2), ("t2", 0, 3)}),  # overlapping
        ([("t1", "a b"), ("t2", "a b")], "a b", {("t1", 0, 2), ("t2", 0, 2)}),  # once per term
        ([("t1", "a b"), ("t1", "a b")], "a b", {("t1", 0, 2)}),
        ([("t1", "b")], "a b b", {("t1", 1, 2), ("t1", 2, 3)}),
        ([("t1", "a b")], "a c b", set()),
        ([("t1", "a b")], "a", set()),  # a sequence cut off by the end
    ],
)
def test_phrases(sequences, keys: str, expected) -> None:
    phrases = Phrases()
    for term_id, seq in sequences:
        phrases.add(term_id, seq.split())
    found = list(phrases.find(keys.split()))
    assert len(found) == len(set(found)) and set(found) == expected


@pytest.mark.parametrize("text", ["stage.ndfeb", "x", "稀土", "abcdefgh", "abcdefghi", "ctx.spot", "a" * 23])
def test_the_hash_is_spacys(text: str) -> None:
    from spacy.strings import StringStore

    from scanner.detect.matcher import spacy_hash

    assert spacy_hash(text) == StringStore().add(text)


def test_terms_of_one_sequence_come_in_spacys_order() -> None:
    """Many terms with the same form, added in different orders: reported as spaCy's
    PhraseMatcher reports them (its hash table, grown as it fills)."""
    from scanner.detect.spacy_import import import_spacy

    spacy = import_spacy()
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    for count in (2, 3, 4, 5, 9, 20):
        ids = [f"term.{i}" for i in range(count)]
        random.Random(count).shuffle(ids)
        theirs = PhraseMatcher(nlp.vocab)
        phrases = Phrases()
        for term_id in ids:
            theirs.add(term_id, [nlp.make_doc("rare earth")])
            phrases.add(term_id, ["rare", "earth"])
        doc = nlp.make_doc("a rare earth b")
        assert [nlp.vocab.strings[k] for k, _, _ in theirs(doc)] == [
            t for t, _, _ in phrases.find([t.text for t in doc])
        ]


def test_a_deep_scan_does_not_import_spacy(tmp_path) -> None:
    """The deep pass matches the lexicon without spaCy: neither its import nor its pipelines
    are part of a worker's start."""
    doc = tmp_path / "route.txt"
    doc.write_text(
        "烧结钕铁硼工艺：真空烧结1060℃×4 h，气流磨D50 3.0 μm，晶界扩散Dy。\n"
        "Solvent extraction of Pr/Nd with P507 in a 60-stage mixer-settler cascade, O/A 1:1.5.\n",
        encoding="utf-8",
    )
    code = (
        "import sys, runpy; sys.argv = ['scanner', 'scan', sys.argv[1], '--no-cache', '-q', '-j', '1',"
        " '--time-limit', '0', '--format', 'json'];"
        "import atexit; atexit.register(lambda: print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY',"
        " file=sys.stderr)); runpy.run_module('scanner', run_name='__main__')"
    )
    done = subprocess.run([sys.executable, "-c", code, str(doc)], capture_output=True, text=True, timeout=300)
    assert json.loads(done.stdout)["files"][0]["verdict"] == "controlled"
    assert done.stderr.strip().endswith("NO-SPACY"), done.stderr


@pytest.mark.parametrize(
    "text",
    [
        # spaCy's own tokenizer wrote past its token array on these (special cases that add
        # tokens, "°C." → "°", "C", ".", before ones that remove them) and aborted the process
        "°C." * 10 + " x(╯°□°）╯︵┻━┻" + " b" * 7,
        "°C.°C. " * 19 + "b " * 5 + "a'' " * 20,
    ],
)
def test_texts_that_crashed_spacys_tokenizer_are_read(ours: TermMatcher, text: str) -> None:
    tokens = ours.en(text)
    assert "".join(t[2] for t in tokens) == "".join(text.split())
    assert [t for t in tokens if t[2] == "°"]
    list(ours.find(text))


def test_a_deep_scan_of_a_text_that_crashed_spacy_gives_the_verdict(scanner, tmp_path) -> None:
    text = (
        "Sintered NdFeB magnet production: strip casting at 1450 °C, hydrogen decrepitation, jet "
        "milling to D50 3.0 μm, pressing in a 2 T field, vacuum sintering at 1060 °C.°C. for 4 h, "
        "ageing at 900 °C. 2 h and 500 °C. 3 h; grain boundary diffusion of Dy.\n"
        + "°C.°C. " * 19
        + "b " * 5
        + "a'' " * 20
    )
    verdict = scanner.scan_bytes("route.txt", text.encode("utf-8"))
    assert verdict.verdict in ("controlled", "review"), verdict.reasons


@pytest.mark.parametrize(
    ("text", "term"),
    [("NdFeB \ud83d magnets", "NdFeB"), ("稀土\udc80永磁", "稀土")],
)
def test_lone_surrogates_do_not_stop_the_matching(ours: TermMatcher, text: str, term: str) -> None:
    """spaCy's tokenizer raised on a lone surrogate (a file name or text in no encoding)."""
    assert term in {text[m.start : m.end] for m in ours.find(text)}


def test_a_url_without_an_at_sign_is_matched_without_the_user_part(ours: TermMatcher) -> None:
    """spaCy's URL expression backtracks over the whole piece trying a user name before an "@"
    (quadratic on long runs such as "x:y/x:y/…"); a piece without "@" is matched by the
    expression without that part, which gives the same answers."""
    import re

    tok = ours.en
    full = re.compile(*tok.tables.url).match
    rng = random.Random(4)
    alphabet = [*"ab:/.-_?#=0123", "http://", "www.", ".com", ".org", "x.y", "%20"]
    for _ in range(5000):
        piece = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        assert tok._is_url(piece) == (full(piece) is not None), piece

    def refused(_piece: str):
        raise AssertionError("the full expression ran on a piece without '@'")

    plain, tok._url = tok._url, refused
    try:
        assert len(tok("x:y/" * 50_000)) > 1
    finally:
        tok._url = plain
