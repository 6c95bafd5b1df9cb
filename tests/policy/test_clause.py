"""Clause a, b or both (DOMAIN.md: b only when the purpose is assembly, commissioning,
maintenance, repair or upgrade of a production line and process values appear only as targets
or references; a and b when the document also lays down the process)."""

from __future__ import annotations

import pytest

from scanner.policy.clause import B_RECORD, PROCESS_TITLE, REFERENCE_FRAMING
from scanner.policy.decide import document_clause
from tests.conftest import scan_text


@pytest.mark.parametrize(
    "text",
    [
        "重启检查（参照工艺卡 PC-S-3）",
        "以下工艺参数仅供参考",
        "回火温度参考值 480–520 ℃",
        "按工艺卡执行，设备部不得更改设定值",
        "按工艺规程 QP-07 升温",
        "Set-points are listed below only as reference for the restart check.",
        "The SAT uses the buyer's recipe as a reference.",
        "Sintering 1060 °C (for reference).",
        "Reference values from Process: interface height 350–400 mm.",
        "Process recipes are used here only as reference targets.",
        "Values are reference only.",
        "Anode-cathode distance per process card, typically 80–90 mm.",
        "Heat according to the process specification PS-12.",
        "See process sheets for the aging curve.",
    ],
)
def test_reference_framing_is_found(text: str) -> None:
    assert REFERENCE_FRAMING.search(text), text


@pytest.mark.parametrize(
    "text",
    [
        "参考文献\n[1] 王某. 稀土永磁. 2020.",
        "References\n[1] Smith J. Magnets. 2019.",
        "CROSS-REFERENCE TO RELATED APPLICATIONS",
        "A saturated calomel reference electrode was used.",
        "The process card PC-S-3 gives sintering at 1060 °C for 4 h.",
        "工艺卡：烧结 1060 ℃ × 4 h",
        "参数设定如下",
    ],
)
def test_no_reference_framing(text: str) -> None:
    assert not REFERENCE_FRAMING.search(text), text


MAINTENANCE = (
    "Preventive maintenance and overhaul procedure MP-SF-012, NdFeB vacuum sintering furnace line 3.\n"
    "1. Maintenance: replace the heating elements every 2000 h, lubricate the charging car, "
    "overhaul the diffusion pump yearly.\n"
    "2. Repair: troubleshooting of thermocouple faults; replace worn door seals.\n"
    "3. Commissioning after overhaul: leak rate < 5e-3 Pa.L/s, then a hot run with an empty charge.\n"
    "4. Restart check{framing}: vacuum sintering 1060 °C for 4 h, first aging 900 °C for 2 h, "
    "second aging 500 °C for 3 h, jet-milled powder D50 3.2 um, magnetic field orientation 2 T.\n"
    "5. Upstream: strip casting at roll speed 1.5 m/s, flake thickness 0.3 mm; hydrogen "
    "decrepitation at 0.1 MPa, dehydrogenation at 550 °C for 6 h; grain boundary diffusion of Tb "
    "at 900 °C for 10 h.\n"
)
#: the process laid down at length: twice the activity evidence and more
RECIPE = (
    "6. Alloy: Nd 23.5 wt%, Pr 6.5 wt%, Dy 1.0 wt%, B 0.98 wt%, Co 1.0 wt%, Cu 0.15 wt%, Ga 0.2 wt%, "
    "Fe balance; vacuum induction melting at 1450 °C, pouring onto the water-cooled wheel.\n"
    "7. Jet milling: nitrogen 0.6 MPa, classifier 3500 rpm, oxygen below 800 ppm; pressing in a "
    "1.8 T aligning field, cold isostatic pressing at 200 MPa; sintering 1070 °C for 5 h under "
    "vacuum 5e-3 Pa, gas quench; aging 880 °C 3 h and 490 °C 4 h; Br 1.40 T, HcJ 1680 kA/m.\n"
)


@pytest.mark.parametrize(
    ("framing", "extra", "codes"),
    [
        ("", "", ("1E902.a", "1E902.b")),  # the process values as they are: laid down, too
        ("（参照工艺卡）", "", ("1E902.b",)),
        (" (as reference)", "", ("1E902.b",)),
        ("（参照工艺卡）", RECIPE, ("1E902.a", "1E902.b")),  # the document lays down the process anyway
    ],
)
def test_process_values_given_as_references_leave_clause_b(scanner, framing: str, extra: str, codes) -> None:
    v = scan_text(scanner, MAINTENANCE.format(framing=framing) + extra)
    assert v.verdict in ("controlled", "review"), v.reasons
    assert v.control_codes == codes, v.reasons
    if codes == ("1E902.b",):
        assert any("process values given as references" in r for r in v.reasons), v.reasons


@pytest.mark.parametrize(
    "head",
    [
        "Bastnaesite Concentrator - Flotation Circuit Commissioning Report",
        "file name: VSF-06 overhaul record 2024",
        "Maintenance log, jet mill JM-2, week 41",
        "Repair report SR-0873: jet mill classifier wheel",
        "Installation and commissioning record, line 3",
        "file name: 设备档案 烧结炉 VSF-06 大修记录 2024",
        "萃取槽检修记录（2025年第三季度）",
        "电解槽维修台账",
        "氢碎炉调试报告",
        "驗收報告：釤鈷時效爐",
    ],
)
def test_a_record_of_line_work_is_found(head: str) -> None:
    assert B_RECORD.search(head), head


@pytest.mark.parametrize(
    "head",
    [
        "Commissioning and start-up plan - 10 kA electrolysis line 2",  # a plan prescribes
        "Upgrade Plan UP-SC2-01: Strip caster SC-2",
        "Preventive maintenance plan — jet mills JM-1/JM-2",
        "Installation manual VSF-600",
        "2#油泥回收线调试方案",
        "技改方案：晶界扩散线涂覆工序改造",
        "SAT checklist, line 3",
        "Test report: tensile strength of M8 bolts",  # no line work named
        "烧结工艺记录表",  # a record of the process itself
    ],
)
def test_no_record_of_line_work(head: str) -> None:
    assert not B_RECORD.search(head), head


@pytest.mark.parametrize(
    ("title", "codes"),
    [
        ("Overhaul and commissioning plan, vacuum sintering furnace line 3", ("1E902.a", "1E902.b")),
        ("Overhaul record, vacuum sintering furnace line 3", ("1E902.b",)),
        ("烧结炉大修记录（3号线）", ("1E902.b",)),
        ("Overhaul record and process specification, sintering line 3", ("1E902.a", "1E902.b")),
    ],
)
def test_a_record_of_line_work_leaves_clause_b(scanner, title: str, codes) -> None:
    """A record's process values are what the work measured and the targets it was measured
    against; a plan, or a record that calls itself a process specification too, keeps a."""
    assert bool(PROCESS_TITLE.search(title)) == ("specification" in title)
    v = scan_text(scanner, title + "\n" + MAINTENANCE.format(framing=""))
    assert v.verdict in ("controlled", "review"), v.reasons
    assert v.control_codes == codes, v.reasons
    if codes == ("1E902.b",):
        assert any("the document is a record of that work" in r for r in v.reasons), v.reasons
    else:
        assert not any("record of that work" in r for r in v.reasons), v.reasons


@pytest.mark.parametrize(
    ("closing", "codes"),
    [
        (
            "6. Parameters frozen for production from 1 July: the restart values above.\n",
            ("1E902.a", "1E902.b"),
        ),
        ("6. 定型工艺参数（自 2024-07-01 起正式执行）：同上述重启检查值。\n", ("1E902.a", "1E902.b")),
        ("6. All values above were measured during the hot run.\n", ("1E902.b",)),
        ("6. Spare parts approved by the maintenance manager.\n", ("1E902.b",)),
    ],
)
def test_a_record_that_settles_the_process_keeps_clause_a(scanner, closing: str, codes) -> None:
    """Found by an exploratory tester: a commissioning report ending in "定型工艺参数（自 … 起正式
    执行）" was b alone. A record that lays down the parameters to be run from then on lays down
    the process (DOMAIN.md: a and b)."""
    v = scan_text(
        scanner,
        "Overhaul record, vacuum sintering furnace line 3\n" + MAINTENANCE.format(framing="") + closing,
    )
    assert v.control_codes == codes, v.reasons
    if len(codes) == 2:
        assert any("lays down the process too" in r for r in v.reasons), v.reasons


def test_a_record_that_lays_down_the_process_at_length_keeps_clause_a(scanner) -> None:
    v = scan_text(
        scanner,
        "Overhaul record, vacuum sintering furnace line 3\n" + MAINTENANCE.format(framing="") + RECIPE,
    )
    assert v.control_codes == ("1E902.a", "1E902.b"), v.reasons


@pytest.mark.parametrize(
    ("title", "process"),
    [
        ("三期萃取线开车调试及工艺操作规程", True),  # commissioning, then the process to run
        ("烧结工艺规程", True),
        ("燒結工藝操作規程", True),
        ("萃取槽检修操作规程", False),  # a maintenance procedure names no process
        ("设备安全操作规程", False),
        ("Commissioning plan, line 2", False),
    ],
)
def test_a_document_that_calls_itself_the_process(title: str, process: bool) -> None:
    assert bool(PROCESS_TITLE.search(title)) is process


@pytest.mark.parametrize(
    ("section", "whole", "head", "codes"),
    [
        # the whole document's purpose is line work and the section finds it too
        (("1E902.a", "1E902.b"), ("1E902.a", "1E902.b"), False, ("1E902.a", "1E902.b")),
        (("1E902.b",), ("1E902.a", "1E902.b"), False, ("1E902.b",)),
        # a FAT/SAT protocol judged by its bath chapter: the title names the line work
        (("1E902.a",), ("1E902.a", "1E902.b"), True, ("1E902.a", "1E902.b")),
        (("1E902.a",), ("1E902.b",), True, ("1E902.a", "1E902.b")),
        # a monthly report's maintenance chapter, not what the document is for
        (("1E902.a",), ("1E902.a", "1E902.b"), False, ("1E902.a",)),
        # a daily report's sheet of set points: the whole document is no line work
        (("1E902.a", "1E902.b"), ("1E902.a",), False, ("1E902.a",)),
        (("1E902.a", "1E902.b"), ("1E902.a",), True, ("1E902.a",)),
    ],
)
def test_clause_b_is_the_whole_documents_purpose(section, whole, head: bool, codes) -> None:
    assert document_clause(section, whole, head) == codes


FAT_SAT = (
    "FAT/SAT Protocol - 10 kA PrNd electrolysis cells EC-6000, customer site\n"
    "1. Scope: factory acceptance test (FAT) at our works and site acceptance test (SAT) after "
    "installation; commissioning team of four; punch list closed before hand-over.\n"
    "2. Mechanical completion: cell shell levelled ±2 mm, cathode lifting gear checked, busbar "
    "bolts torqued, insulation resistance ≥ 1 MΩ; cold commissioning of the off-gas fans.\n"
    "3. Hot commissioning: bake-out of the graphite lining 72 h, bath melted in, first oxide feed.\n"
    "4. Process window for acceptance runs\n"
    "Bath LiF-NdF3-PrF3 10:90 wt%, (Pr,Nd)2O3 feed 2.5 kg per 10 min, bath 1050 ± 10 °C, "
    "anode current density 0.9 A/cm², cathode (W) current density 7 A/cm², cell voltage 9.5-10.5 V, "
    "anode-cathode distance 90 mm, metal tapped every 4 h, current efficiency ≥ 78 %, PrNd metal "
    "TRE ≥ 99.5 %, C ≤ 0.03 %, O ≤ 0.03 %.\n"
    "5. Sign-off: buyer, seller, commissioning engineer.\n"
)


def test_a_commissioning_protocol_with_a_process_chapter_is_both_clauses(scanner) -> None:
    v = scan_text(scanner, FAT_SAT)
    assert v.verdict == "controlled" and v.categories == ("metal-smelting",), v.reasons
    assert "1E902.b" in v.control_codes, v.reasons
