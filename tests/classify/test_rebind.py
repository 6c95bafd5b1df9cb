"""Binding a model to lexicons that only add terms: accepted by `artifact.load`, and refused
for any other change."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from scanner.classify import artifact
from scanner.classify.artifact import LexiconMismatch
from scanner.classify.rebind import RebindRefused, added_terms, rebind
from scanner.config import default_lexicon_dir
from scanner.detect.lexicon import load_lexicon

ADDED = """
[[terms]]
id = "exc.test_added"
zh = ["此件测试公开"]
regex = ['测试编号\\s*[:：]\\s*\\d{6}']
weight = 0.5
kind = "cue"
reason = "public-domain"
"""


def _lexicons(tmp_path: Path, name: str, edit=None) -> Path:
    """A copy of the shipped lexicons, `edit` applied to the text of exclusions.toml."""
    target = tmp_path / name
    shutil.copytree(default_lexicon_dir(), target)
    if edit is not None:
        path = target / "exclusions.toml"
        path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return target


def _model(trained: Path, tmp_path: Path) -> Path:
    target = tmp_path / "model"
    shutil.copytree(trained, target)
    return target


def test_added_terms_are_bound_and_accepted(trained: Path, tmp_path: Path) -> None:
    model = _model(trained, tmp_path)
    old = load_lexicon(_lexicons(tmp_path, "old"))
    new = load_lexicon(_lexicons(tmp_path, "new", lambda s: s + ADDED))
    with pytest.raises(LexiconMismatch):
        artifact.load(model, new.digest)  # not yet bound
    binding = rebind(model, old, new, "a test cue")
    assert binding == {
        "digest": new.digest,
        "from": old.digest,
        "terms_added": ["exc.test_added"],
        "note": "a test cue",
    }
    loaded = artifact.load(model, new.digest)
    assert loaded is not None
    assert artifact.load(model, old.digest) is not None  # the lexicons it was trained with still fit
    assert loaded.digest == artifact.load(trained, old.digest).digest  # the model files are untouched


def _drop_first_term(text: str) -> str:
    start = text.index("[[terms]]")
    end = text.index("[[terms]]", start + 1)
    return text[:start] + text[end:]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (None, "add no term"),
        (_drop_first_term, "terms removed: exc.abstract"),
        (lambda s: s.replace("weight = 0.15", "weight = 0.2", 1), "terms changed: exc.abstract"),
        (lambda s: s.replace('zh = ["摘要"]', 'zh = ["摘要", "提要"]', 1), "terms changed: exc.abstract"),
        (lambda s: s.replace("10\\.\\d{4,9}", "10\\.\\d{4,8}", 1) + ADDED, "terms changed: exc.doi"),
    ],
    ids=["nothing-added", "removed", "weight-changed", "form-added-to-a-term", "regex-changed"],
)
def test_other_lexicon_changes_are_refused(trained: Path, tmp_path: Path, edit, message: str) -> None:
    model = _model(trained, tmp_path)
    before = (model / artifact.MANIFEST).read_bytes()
    old = load_lexicon(_lexicons(tmp_path, "old"))
    new = load_lexicon(_lexicons(tmp_path, "new", edit))
    with pytest.raises(RebindRefused, match=message):
        rebind(model, old, new, "refused")
    assert (model / artifact.MANIFEST).read_bytes() == before


def test_rebind_needs_the_lexicons_the_model_was_trained_with(trained: Path, tmp_path: Path) -> None:
    model = _model(trained, tmp_path)
    other = load_lexicon(_lexicons(tmp_path, "other", lambda s: s + "\n# another file\n"))
    new = load_lexicon(_lexicons(tmp_path, "new", lambda s: s + "\n# another file\n" + ADDED))
    with pytest.raises(RebindRefused, match="trained with lexicons of digest"):
        rebind(model, other, new, "wrong base")


def test_a_binding_from_other_lexicons_is_not_accepted(trained: Path, tmp_path: Path) -> None:
    """A binding counts only from the digest the model was trained with (a manifest edited to
    bind from elsewhere is refused)."""
    model = _model(trained, tmp_path)
    manifest = json.loads((model / artifact.MANIFEST).read_text(encoding="utf-8"))
    manifest["lexicon_rebound"] = {"digest": "1" * 64, "from": "2" * 64, "terms_added": ["x"], "note": ""}
    artifact.write_manifest(model, manifest)
    with pytest.raises(LexiconMismatch):
        artifact.load(model, "1" * 64)


def test_added_terms_keep_the_order_of_the_new_lexicons(tmp_path: Path) -> None:
    second = ADDED.replace("exc.test_added", "exc.test_second").replace("此件测试公开", "另一测试")
    old = load_lexicon(_lexicons(tmp_path, "old"))
    new = load_lexicon(_lexicons(tmp_path, "new", lambda s: s + ADDED + second))
    assert added_terms(old, new) == ["exc.test_added", "exc.test_second"]
