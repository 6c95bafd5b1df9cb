"""An emission-monitoring report is known by its title and a body that judges measurements
against limits (`detect/monitoring.py`); it weakens the process words it names."""

from __future__ import annotations

import pytest

from scanner.detect.monitoring import monitoring_spans
from tests.conftest import scan_text

REPORT = (
    "XX稀土分离有限公司 2024年第三季度环境监测报告\n"
    "监测依据: GB 26451-2011《稀土工业污染物排放标准》。\n"
    "废水: pH 7.4, 氨氮 8.6 mg/L (限值 15), 达标。\n"
    "废气: DA001 灼烧窑 颗粒物 6.2 mg/m3 (限值 40), DA003 萃取车间 氯化氢 4.1 mg/m3 (限值 50), 达标。\n"
    "固废: 酸溶渣 126 t 暂存于放射性渣库; 废有机相 1.8 t 交有资质单位处置。\n"
    "结论: 各项指标均符合排放标准要求。\n"
)
STACK_TEST = (
    "Stack test report, Q3 2024 — solvent-extraction plant\n"
    "Outfall 1 effluent: ammonium 9 mg/L against a permit limit of 15 mg/L; compliant.\n"
    "Stack 2 (calciner): dust 5 mg/Nm3, emission limit 30 mg/Nm3. No exceedance this quarter.\n"
)
SX_SPEC = (
    "萃取车间 P507 镨钕分离工艺规程\n"
    "料液 REO 1.5 mol/L, pH 2.0; 皂化度 36%; 萃取段 40 级, 洗涤段 30 级, O/A 1.8。\n"
    "萃余液达标后排放至污水站; 废气经碱洗塔处理。\n"
)


@pytest.mark.parametrize(
    ("text", "is_report"),
    [
        (REPORT, True),
        (STACK_TEST, True),
        (SX_SPEC, False),  # a spec that says its raffinate meets the limit: no monitoring title
        ("环境监测报告\n本季度无异常。\n", False),  # a title, but no judging against limits
        ("Process spec\n" + "\n" * 400 + "environmental monitoring report: 达标 限值 超标", False),  # not a title
    ],
)
def test_a_monitoring_report_is_its_title_and_its_limits(text: str, is_report: bool) -> None:
    assert (monitoring_spans(text) is not None) is is_report


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (REPORT, False),
        (STACK_TEST, False),
        (SX_SPEC, True),
    ],
)
def test_a_monitoring_report_is_not_technology(scanner, text: str, flagged: bool) -> None:
    v = scan_text(scanner, text)
    assert (v.verdict in ("controlled", "review")) is flagged, v.reasons
    if not flagged and v.score > 0:
        assert any("emission-monitoring report" in r for r in v.reasons)
