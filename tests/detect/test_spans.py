"""`SpanIndex.overlaps` is the plain pairwise test, in logarithmic time (`detect/spans.py`)."""

from __future__ import annotations

import random

import pytest

from scanner.detect.spans import SpanIndex


@pytest.mark.parametrize(
    ("spans", "probe", "overlaps"),
    [
        ([(10, 20)], (15, 16), True),
        ([(10, 20)], (19, 30), True),
        ([(10, 20)], (20, 30), False),  # touching is not overlapping
        ([(10, 20)], (0, 10), False),
        ([(0, 100), (10, 12)], (50, 60), True),  # a long span earlier still reaches it
        ([], (0, 5), False),
    ],
)
def test_overlaps(spans, probe, overlaps: bool) -> None:
    assert SpanIndex(spans).overlaps(*probe) is overlaps


@pytest.mark.parametrize(
    ("spans", "probe", "covers"),
    [
        ([(10, 20)], (10, 20), True),
        ([(10, 20)], (12, 15), True),
        ([(10, 20)], (9, 15), False),
        ([(10, 20)], (15, 21), False),
        ([(0, 100), (10, 12)], (50, 60), True),  # a long span earlier holds it
        ([(0, 5), (6, 10)], (4, 7), False),  # two spans together are not one
        ([], (0, 5), False),
    ],
)
def test_covers(spans, probe, covers: bool) -> None:
    assert SpanIndex(spans).covers(*probe) is covers


PAIRWISE = {
    "overlaps": lambda a, b, spans: any(x < b and a < y for x, y in spans),
    "covers": lambda a, b, spans: any(x <= a and b <= y for x, y in spans),
}


@pytest.mark.parametrize("method", sorted(PAIRWISE))
@pytest.mark.parametrize("seed", range(5))
def test_each_answer_is_the_pairwise_test(seed: int, method: str) -> None:
    rng = random.Random(seed)
    spans = [(a, a + rng.randint(1, 30)) for a in (rng.randint(0, 500) for _ in range(60))]
    index = SpanIndex(spans)
    for _ in range(300):
        a = rng.randint(0, 520)
        b = a + rng.randint(1, 20)
        assert getattr(index, method)(a, b) == PAIRWISE[method](a, b, spans)
