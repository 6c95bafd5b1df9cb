"""Whether a span of text overlaps one of many others, in logarithmic time.

A long sheet holds tens of thousands of values, recipe shares and temperatures; comparing each
with each was quadratic (a 5,000-row recipe sheet took half a minute)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable


class SpanIndex:
    """Spans (start, end) sorted by start, with the furthest end reached by each prefix: a span
    (a, b) overlaps one of them exactly when one that starts before b ends after a."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = list(itertools.accumulate((b for _, b in ordered), max))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Whether one span holds all of (start, end)."""
        i = bisect.bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end
