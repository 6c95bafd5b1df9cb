"""Clause a (the technology itself) or b (assembly, commissioning, maintenance, repair and
upgrade of production lines), or both (DOMAIN.md: b only when the purpose is one of these
activities and process values appear only as targets; a and b when it also lays down the
process).

The words of that rule are a cue of their own: a maintenance procedure or a commissioning
record often says that its process values are references ("listed as reference only", "参照工艺卡",
"按工艺卡", "per process card"): the process is laid down elsewhere, by its owner. Where a
document says so, its process evidence must weigh twice as much as its activity evidence
(`A_WITH_B_REFERENCED`) for clause a to stay beside b. So must a document that calls itself a
record of that work (`B_RECORD`): a commissioning report's values are what was measured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scanner.detect.profiles import PROFILE_RULE
from scanner.policy.scoring import ACTIVITY_UNIT, Scores, distinct, process_weight
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

#: the head of the text read for what the document calls itself (its file name, title, first lines)
HEAD_CHARS = 400
#: a document that calls itself a record of production-line work, in its file name, title or
#: first lines: a commissioning report, an overhaul record, a maintenance log, 调试报告, 大修记录,
#: 维修台账. Its process values are that work's results and the targets it was measured against:
#: clause a stays beside b only when its process evidence weighs twice its activity evidence, as
#: where it says its values are references. Plans, procedures, manuals and upgrade proposals are
#: not records: they prescribe, and often lay down the process they commission or change.
B_RECORD = re.compile(
    r"(?:调试|調試|试车|試車|验收|驗收|安装|安裝|大修|检修|檢修|维修|維修|维护|維護|保养|保養|点检|點檢)"
    r"(?:报告|報告|记录|記錄|日志|日誌|台账|臺賬)"
    r"|\b(?:commissioning|installation|assembly|erection|acceptance|maintenance|overhaul|repair|service"
    r"|refurbishment|start-?up)\s+(?:and\s+\w+\s+)?(?:reports?|records?|logs?)\b",
    re.IGNORECASE,
)
#: a record that lays down the process all the same: the parameters its work settled on, to be
#: run from then on ("5 定型工艺参数（自 2024-07-01 起正式执行）", "parameters frozen for
#: production"). A commissioning report that ends so is a and b (DOMAIN.md: b, and it also lays
#: down the process); its values are no longer only what was measured
LAYS_DOWN = re.compile(
    r"(?:定型|固化|确定的?)(?:后的?)?工艺参数|工艺参数(?:定型|固化)|参数定型|定型参数|正式执行|正式运行参数"
    r"|\b(?:frozen|released|finali[sz]ed|approved)\s+(?:process\s+|operating\s+)?(?:parameters|set-?points)\b"
    r"|\b(?:parameters|set-?points)\s+(?:(?:are|were|have\s+been)\s+)?(?:frozen|released|finali[sz]ed)\b",
    re.IGNORECASE,
)
#: a document that calls itself the process (a process card, a work instruction): no record title
#: then lowers its clause a
PROCESS_TITLE = re.compile(
    r"工艺(?:操作)?(?:规程|規程|卡|文件|标准|標準|参数表|參數表)|工藝(?:操作)?(?:規程|卡|文件|標準|參數表)"
    r"|作业指导书|作業指導書"
    r"|\bprocess\s+(?:specifications?|specs?|cards?|sheets?|instructions?|recipes?)\b|\bwork\s+instructions?\b"
    r"|\bSOP\b|\brecipes?\b",
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
    #: the words by which the document calls itself a record or plan of line work, when they weighed
    record: str = ""
    #: the words by which such a record lays down the process all the same, when they weighed
    laid_down: str = ""


def decide_clause(
    findings: tuple[Finding, ...], scores: Scores, category: str, text: str = ""
) -> ClauseDecision:
    """`text`: the document's text, where it may say its process values are references."""
    hits = distinct([f for f in findings if f.kind == "clause-b"])
    activity_hits = [h for h in hits if h.first.category != "production-line"]
    activity = scores.activity
    process = scores.raw.get(category, 0.0) - ACTIVITY_UNIT * activity
    # the heat-treatment profile sums up words and values counted already (`detect/profiles.py`):
    # it tells the material, not how much process the document lays down
    process -= sum(process_weight(h) for h in scores.hits.get(category, []) if h.rule_id == PROFILE_RULE)
    activities = tuple(sorted({h.first.category or "" for h in activity_hits}))
    if activity < B_MIN or len(activity_hits) < 2:
        return ClauseDecision(("1E902.a",), activity, process, activities)
    if process < A_WITH_B * activity:
        return ClauseDecision(("1E902.b",), activity, process, activities)
    framing = REFERENCE_FRAMING.search(text)
    if framing is not None and process < A_WITH_B_REFERENCED * activity:
        return ClauseDecision(("1E902.b",), activity, process, activities, framing.group())
    head = text[:HEAD_CHARS]
    record = B_RECORD.search(head)
    if record is not None and not PROCESS_TITLE.search(head) and process < A_WITH_B_REFERENCED * activity:
        laid = LAYS_DOWN.search(text)
        if laid is None:
            return ClauseDecision(("1E902.b",), activity, process, activities, record=record.group())
        return ClauseDecision(("1E902.a", "1E902.b"), activity, process, activities, laid_down=laid.group())
    return ClauseDecision(("1E902.a", "1E902.b"), activity, process, activities)
