"""An environmental monitoring report: what a plant emits, measured against its limits.

A separation plant's quarterly monitoring report names its workshops (萃取车间, 灼烧窑), its
waste (放射性渣, 废有机相) and the plant's own name (稀土分离有限公司), and tabulates
concentrations against limits. It says what leaves the stacks and drains, not how anything is
made (DOMAIN.md: mentions are not technology). Such a report is known by two things together:

- its **title** (its first lines) calls it a monitoring, emission or EHS
  report: 环境监测报告, 自行监测, 排污, 排放监测, "environmental monitoring report", "emissions
  report", "stack test report", "EHS report";
- its **body** judges measurements against limits: at least `MIN_LIMIT_WORDS` distinct words
  of compliance (达标, 超标, 限值, 排放标准, 排放浓度, 排气筒, 执行标准, "emission limit",
  "permit limit", "compliant", "exceedance").

Where both hold, `analyze` adds a weakening context finding (`MONITORING_RULE`, factor
`MONITORING_FACTOR`) at the title and at the body's last word of compliance, which the scores
treat as they treat the lexicon's weakening contexts (a market report's, a purchase order's:
a title whose wording goes on in the body).
"""

from __future__ import annotations

import re

MONITORING_RULE = "rule.emission-monitoring-report"
#: a weakening context's factor (the lexicon's strongest trade contexts are 0.3)
MONITORING_FACTOR = 0.3
#: distinct compliance words the body must hold
MIN_LIMIT_WORDS = 3
#: the title: the first characters of the text
TITLE_CHARS = 300

_TITLE = re.compile(
    r"环境监测|监测报告|自行监测|自测报告|排污|排放监测|废气监测|废水监测|监督性监测|环保季报|环保月报"
    r"|(?i:environmental\s+monitoring|emissions?\s+(?:monitoring|report|test)|stack\s+(?:test|emission)"
    r"|effluent\s+monitoring|EHS\s+(?:report|monitoring|quarterly|monthly)|environmental\s+(?:quarterly|"
    r"monthly|annual)?\s*report)"
)
_LIMIT_WORDS = re.compile(
    r"达标|超标|限值|排放标准|排放浓度|排放速率|排气筒|执行标准|标准限值|排放口|厂界"
    r"|(?i:emission\s+limits?|permit\s+limits?|discharge\s+limits?|compliant|non-?compliance|exceedances?"
    r"|stack\s+height|outfall|within\s+(?:the\s+)?limits?)"
)


def monitoring_spans(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The span of the title that calls `text` a monitoring report and that of its last word of
    compliance, or None when the text is no monitoring report. (The file name is among the
    text's first lines: `extract`.) Both are findings: the title says what the document is, and
    the body that goes on judging against limits is what makes the title count as one."""
    found = _TITLE.search(text, 0, TITLE_CHARS)
    if found is None:
        return None
    words = list(_LIMIT_WORDS.finditer(text))
    if len({_key(m.group()) for m in words}) < MIN_LIMIT_WORDS:
        return None
    return (found.start(), found.end()), (words[-1].start(), words[-1].end())


def _key(word: str) -> str:
    return " ".join(word.lower().split())
