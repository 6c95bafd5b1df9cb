"""Clause a (the technology itself) or b (assembly, commissioning, maintenance, repair and
upgrade of production lines), or both (DOMAIN.md: b only when the purpose is one of these
activities and process values appear only as targets; a and b when it also lays down the
process)."""

from __future__ import annotations

from dataclasses import dataclass

from scanner.policy.scoring import ACTIVITY_UNIT, Scores, distinct
from scanner.types import Finding

B_MIN = 1.5  # summed weight of distinct activity terms that makes a b-purpose document
A_WITH_B = 1.0  # process evidence relative to activity evidence that keeps clause a too


@dataclass(frozen=True)
class ClauseDecision:
    codes: tuple[str, ...]
    activity: float
    process: float
    activities: tuple[str, ...]


def decide_clause(findings: tuple[Finding, ...], scores: Scores, category: str) -> ClauseDecision:
    hits = distinct([f for f in findings if f.kind == "clause-b"])
    activity_hits = [h for h in hits if h.first.category != "production-line"]
    activity = scores.activity
    process = scores.raw.get(category, 0.0) - ACTIVITY_UNIT * activity
    activities = tuple(sorted({h.first.category or "" for h in activity_hits}))
    if activity < B_MIN or len(activity_hits) < 2:
        return ClauseDecision(("1E902.a",), activity, process, activities)
    if process >= A_WITH_B * activity:
        return ClauseDecision(("1E902.a", "1E902.b"), activity, process, activities)
    return ClauseDecision(("1E902.b",), activity, process, activities)
