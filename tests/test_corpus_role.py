"""Evaluation prints the labelled set's declared role: a consumed set is never a held-out one."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.corpus_role import corpus_role

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("toml", "role", "held_out"),
    [
        ('role = "sealed-test"\n', "sealed-test", True),
        ('role = "consumed"\nfirst_measurement = "recall 9/10"\n', "consumed", False),
        ('role = "dev"\n', "dev", False),
        ('role = "train"\n', "train", False),
    ],
)
def test_declared_roles(tmp_path: Path, toml: str, role: str, held_out: bool) -> None:
    (tmp_path / "corpus.toml").write_text(toml)
    (tmp_path / "files").mkdir()
    found = corpus_role(tmp_path / "files")
    assert (found.role, found.held_out) == (role, held_out)
    assert found.describe().startswith(f"corpus role: {role}")


def test_undeclared_and_unknown_roles(tmp_path: Path) -> None:
    assert "do not report these figures as held-out" in corpus_role(tmp_path).describe()
    (tmp_path / "corpus.toml").write_text('role = "held-out-honest"\n')
    with pytest.raises(ValueError, match="unknown role"):
        corpus_role(tmp_path)


@pytest.mark.parametrize("folder", ["corpora/carriers-a", "corpora/carriers-b"])
def test_the_looked_at_carrier_batches_are_consumed(folder: str) -> None:
    found = corpus_role(ROOT / folder)
    assert found.role == "consumed" and not found.held_out and found.first_measurement


def _labelled_sets() -> list[Path]:
    return sorted({p.parent for p in (ROOT / "corpora").rglob("labels*.jsonl")})


@pytest.mark.parametrize("folder", _labelled_sets(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_labelled_set_declares_its_role(folder: Path) -> None:
    assert corpus_role(folder).role != "undeclared"


def test_the_text_corpus_dev_part_is_not_held_out() -> None:
    from scanner.corpus_role import part_role

    dev = part_role(ROOT / "corpora" / "text", "test")
    assert dev.role == "dev" and not dev.held_out
    assert part_role(ROOT / "corpora" / "text", "train").role == "train"


def test_labelled_sets_live_under_corpora() -> None:
    stray = [p for p in (ROOT / "models").rglob("labels*.jsonl")] + [
        p for p in (ROOT / "tools").rglob("labels*.jsonl")
    ]
    assert not stray
