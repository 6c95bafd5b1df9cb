"""Lexicons are data reviewed like code: every shipped file loads and keeps its contract."""

from pathlib import Path

import pytest

from scanner.config import default_lexicon_dir
from scanner.detect.lexicon import LexiconError, load_lexicon
from scanner.types import CATEGORIES


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon(default_lexicon_dir())


def test_every_stage_has_a_real_vocabulary_in_both_languages(lexicon) -> None:
    for category in CATEGORIES:
        terms = [t for t in lexicon.of_set("stage") if t.category == category]
        zh = [f for t in terms for f in t.forms if any("\u4e00" <= c <= "\u9fff" for c in f)]
        en = [f for t in terms for f in t.forms if f.isascii()]
        assert len(terms) >= 60, category
        assert len(zh) >= 100 and len(en) >= 100, category


def test_sets_are_all_present(lexicon) -> None:
    sets = {t.set for t in lexicon.terms}
    assert sets >= {
        "stage",
        "anchor",
        "clause-b",
        "carrier",
        "exclusion",
        "context",
        "other-material",
        "parameter",
        "unit",
    }


def test_magnet_families_are_tagged(lexicon) -> None:
    types = {t.magnet_type for t in lexicon.of_set("stage") if t.magnet_type}
    assert types == {"NdFeB", "SmCo", "Ce"}


def test_weights_and_ids(lexicon) -> None:
    ids = [t.id for t in lexicon.terms]
    assert len(ids) == len(set(ids))
    assert all(0 <= t.weight <= 1 for t in lexicon.terms)


def test_a_broken_file_is_refused_with_its_name(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text(
        'set = "stage"\n[[terms]]\nid = "x"\nzh = ["烧结"]\ncategory = "cooking"\n', encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"bad\.toml: term x"):
        load_lexicon(tmp_path)


def test_the_compiled_toml_parser_reads_the_lexicons_as_the_standard_library_does(monkeypatch) -> None:
    """tomli (the standard library's parser, compiled) is used at every start for its speed; its
    reading of every shipped lexicon is the standard library's, term for term."""
    import tomllib

    import scanner.detect.lexicon as module

    assert module.tomllib.__name__ == "tomli"
    fast = load_lexicon(default_lexicon_dir())
    monkeypatch.setattr(module, "tomllib", tomllib)
    assert load_lexicon(default_lexicon_dir()) == fast


def test_invalid_toml_is_refused_by_the_compiled_parser_too(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('set = "stage"\n[[terms]\nid = "x"\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.toml: not valid TOML"):
        load_lexicon(tmp_path)
