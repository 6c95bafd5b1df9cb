"""Shared types: how a score is shown to people."""

from __future__ import annotations

import pytest

from scanner.config import Thresholds
from scanner.types import shown_score


@pytest.mark.parametrize(
    ("score", "digits", "shown"),
    [
        # found by an exploratory test: 0.6197, a `review` verdict, was shown 0.62, the
        # controlled threshold, beside another file's 0.624 shown 0.62 and `controlled`
        (0.6197, 2, "0.61"),
        (0.62, 2, "0.62"),
        (0.624, 2, "0.62"),
        (0.4599, 2, "0.45"),
        (0.46, 2, "0.46"),
        (0.6197, 3, "0.619"),
        (1.0, 2, "1.00"),
        (0.0, 2, "0.00"),
    ],
)
def test_a_score_is_cut_not_rounded_up(score: float, digits: int, shown: str) -> None:
    assert shown_score(score, digits) == shown


@pytest.mark.parametrize("threshold", [Thresholds().controlled, Thresholds().review, 0.46])
@pytest.mark.parametrize("delta", [-1e-4, -1e-9, 0.0, 1e-9, 1e-4])
def test_a_shown_score_is_on_the_side_of_the_threshold_the_score_is(threshold: float, delta: float) -> None:
    score = threshold + delta
    assert (float(shown_score(score)) >= threshold) is (score >= threshold)
