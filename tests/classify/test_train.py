"""Choosing the blend of model and rules: recall less three times the out-of-fold false-flag
rate, then the higher review threshold, then the lower model weight."""

from __future__ import annotations

import numpy as np
import pytest

from scanner.classify.train import FF_COST, REVIEWS, pick_blend


def _pick(model, rules, gold):
    ctl = np.array([g == "controlled" for g in gold])
    clr = np.array([g == "clear" for g in gold])
    return pick_blend(np.array(model), np.array(rules), ctl, clr)


def test_a_model_that_separates_where_the_rules_do_not_gets_weight() -> None:
    # the rules score every document alike; the model tells them apart
    w, review, table = _pick([0.9, 0.9, 0.1, 0.1], [0.3, 0.3, 0.3, 0.3], ["controlled"] * 2 + ["clear"] * 2)
    assert w > 0.0
    assert table[f"{w}@{review}"] == {"recall": 1.0, "false_flags": 0.0}


def test_rules_alone_when_the_model_only_adds_false_flags() -> None:
    w, review, _ = _pick([0.9, 0.9, 0.9, 0.9], [0.9, 0.9, 0.1, 0.1], ["controlled"] * 2 + ["clear"] * 2)
    assert w == 0.0
    assert review == max(REVIEWS)  # ties go to the higher threshold


@pytest.mark.parametrize(
    ("clear_documents", "catch_the_last"),
    [
        (10, False),  # +0.10 recall for +0.10 false flags, which cost 3 × 0.10
        (40, True),  # +0.10 recall for +0.025 false flags, which cost 3 × 0.025
    ],
)
def test_a_false_flag_costs_ff_cost_misses(clear_documents: int, catch_the_last: bool) -> None:
    # nine controlled documents score 0.9 and a tenth 0.45; one clear document scores 0.45 too,
    # so catching the tenth (review threshold ≤ 0.42) also flags it
    scores = [0.9] * 9 + [0.45] + [0.1] * (clear_documents - 1) + [0.45]
    gold = ["controlled"] * 10 + ["clear"] * clear_documents
    w, review, table = _pick(scores, scores, gold)
    assert FF_COST == 3.0
    assert (table[f"{w}@{review}"]["recall"] == 1.0) is catch_the_last
    assert (review <= 0.42) is catch_the_last


def test_a_held_blend_is_the_stored_models(tmp_path) -> None:
    """`scanner train --hold-blend DIR` keeps the model weight and review threshold of the model
    stored in DIR (the shipped one's: 0.6 and 0.46 in its manifest); a folder without a model
    holds nothing."""
    import json
    from pathlib import Path

    from scanner.classify.artifact import MANIFEST
    from scanner.classify.train import held_blend

    shipped = Path(__file__).resolve().parents[2] / "models"
    manifest = json.loads((shipped / MANIFEST).read_text(encoding="utf-8"))
    assert held_blend(shipped) == (manifest["blend"], manifest["review_threshold"])
    assert held_blend(tmp_path) is None
    (tmp_path / MANIFEST).write_text('{"blend": 0.3}', encoding="utf-8")
    assert held_blend(tmp_path) is None  # no review threshold
