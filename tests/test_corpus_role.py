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


@pytest.mark.parametrize("folder", ["models/corpus-formats", "models/corpus-formats-b"])
def test_the_looked_at_carrier_batches_are_consumed(folder: str) -> None:
    found = corpus_role(ROOT / folder)
    assert found.role == "consumed" and not found.held_out and found.first_measurement
