"""Clause a, b or both (DOMAIN.md: b only when the purpose is assembly, commissioning,
maintenance, repair or upgrade of a production line and process values appear only as targets
or references; a and b when the document also lays down the process)."""

from __future__ import annotations

import pytest

from scanner.policy.clause import REFERENCE_FRAMING
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
