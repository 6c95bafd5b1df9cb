"""Clause a (the technology itself) or b (assembly, commissioning, maintenance, repair and
upgrade of production lines), or both (DOMAIN.md: b only when the purpose is one of these
activities and process values appear only as targets; a and b when it also lays down the
process).

The words of that rule are a cue of their own: a maintenance procedure or a commissioning
record often says that its process values are references ("listed as reference only", "参照工艺卡",
"按工艺卡", "per process card"): the process is laid down elsewhere, by its owner. Where a
document says so, its process evidence must weigh twice as much as its activity evidence
(`A_WITH_B_REFERENCED`) for clause a to stay beside b.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scanner.policy.scoring import ACTIVITY_UNIT, Scores, distinct
from scanner.types import Finding

B_MIN = 1.5  # summed weight of distinct activity terms that makes a b-purpose document
A_WITH_B = 1.0  # process evidence relative to activity evidence that keeps clause a too
#: the same where the document says its process values are references (`REFERENCE_FRAMING`)
A_WITH_B_REFERENCED = 2.0
#: a document saying that its process values are references or targets owned elsewhere
REFERENCE_FRAMING = re.compile(
    r"参照|仅供参考|供参考|参考值|参考范围|按工艺(?:卡|文件|规程)"
    r"|\b(?:for|as(?: a)?)\s+reference\b|\breference\s+(?:values?|targets?|only|ranges?)\b"
    r"|\b(?:per|according\s+to|see)\s+(?:the\s+)?process\s+(?:cards?|spec(?:ification)?s?|sheets?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ClauseDecision:
    codes: tuple[str, ...]
    activity: float
    process: float
    activities: tuple[str, ...]
    #: the words saying the process values are references, when they weighed
    referenced: str = ""


def decide_clause(
    findings: tuple[Finding, ...], scores: Scores, category: str, text: str = ""
) -> ClauseDecision:
    """`text`: the document's text, where it may say its process values are references."""
    hits = distinct([f for f in findings if f.kind == "clause-b"])
    activity_hits = [h for h in hits if h.first.category != "production-line"]
    activity = scores.activity
    process = scores.raw.get(category, 0.0) - ACTIVITY_UNIT * activity
    activities = tuple(sorted({h.first.category or "" for h in activity_hits}))
    if activity < B_MIN or len(activity_hits) < 2:
        return ClauseDecision(("1E902.a",), activity, process, activities)
    if process < A_WITH_B * activity:
        return ClauseDecision(("1E902.b",), activity, process, activities)
    framing = REFERENCE_FRAMING.search(text)
    if framing is not None and process < A_WITH_B_REFERENCED * activity:
        return ClauseDecision(("1E902.b",), activity, process, activities, framing.group())
    return ClauseDecision(("1E902.a", "1E902.b"), activity, process, activities)
