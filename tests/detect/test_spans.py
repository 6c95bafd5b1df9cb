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


@pytest.mark.parametrize("seed", range(5))
def test_overlaps_is_the_pairwise_test(seed: int) -> None:
    rng = random.Random(seed)
    spans = [(a, a + rng.randint(1, 30)) for a in (rng.randint(0, 500) for _ in range(60))]
    index = SpanIndex(spans)
    for _ in range(300):
        a = rng.randint(0, 520)
        b = a + rng.randint(1, 20)
        assert index.overlaps(a, b) == any(x < b and a < y for x, y in spans)
