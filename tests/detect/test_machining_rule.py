"""An NC program that names the rare-earth magnet it machines is a magnet-manufacturing carrier
(DOMAIN.md: slicing, grinding and wire cutting are magnet manufacturing); a program that cuts a
part to take bought magnets is not."""

from __future__ import annotations

from scanner.detect.analyze import MACHINING_RULE
from scanner.extract.registry import extract_document

SMCO_EDM = """%
O0233
(SmCo 2:17 YXG-28 arc segment, wire EDM, 1 cut + 2 trims)
(WORKPIECE: SmCo block 50 x 30 x 10, magnetised direction // 10)
G92 X0 Y0
G90 G41 D1
G01 X4.000 Y0.000
G02 X24.000 Y0.000 I10.000 J0.000
G01 X4.000 Y0.000
G40 G01 X0 Y0
M02
"""

ROTOR_CORE = """%
O5120
(IPM 转子铁芯 磁钢槽 x8, 硅钢叠片 35WW300)
(磁钢: 外购 N42UH 36 x 5.2 x 80, 槽宽 5.30)
G92 X0 Y0
G90 G41 D1
G01 X5.000 Y0.000
G01 X5.000 Y36.000
G40 G01 X0 Y0
M02
"""


def test_program_for_a_rare_earth_magnet_is_flagged(scanner) -> None:
    v = scanner.scan_bytes("O0233.cnc", SMCO_EDM.encode())
    assert v.verdict in ("controlled", "review"), v.reasons
    assert v.categories == ("magnet-manufacturing",) and v.magnet_types == ("SmCo",)
    assert v.carrier == "nc-program"
    assert any(e.rule == MACHINING_RULE for e in v.evidence)


def test_the_same_words_outside_an_nc_program_get_no_rule(scanner) -> None:
    document = extract_document("notes.txt", b"SmCo 2:17 YXG-28 arc segment", scanner.config.limits)
    analysis = scanner.detector.analyze(document)
    assert not any(f.rule_id == MACHINING_RULE for f in analysis.findings)


def test_rotor_core_cut_for_bought_magnets_is_clear(scanner) -> None:
    v = scanner.scan_bytes("O5120.cnc", ROTOR_CORE.encode())
    assert v.verdict == "clear", v.reasons
