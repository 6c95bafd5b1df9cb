"""Numbers that name their material: the heat-treatment profile of sintered NdFeB.

DOMAIN.md's hard cases include technology "described only by equipment and numbers (no 'rare
earth' anywhere)": a furnace card that says 烧结 and 回火 and gives the temperatures. The words
are shared with steel, ferrite, carbide and ceramics; the numbers are not. Sintered NdFeB is
vacuum-sintered at about 1,030–1,100 °C and then tempered in two stages, the first at about
850–950 °C and the second at about 450–650 °C (the lexicon's `mag.two-stage-tempering`). Steel
is never tempered above its transformation point (about 720 °C): what it heats to 800–950 °C
it hardens or anneals. Ferrous powder metallurgy sinters at 1,120 °C and more; ferrite at
1,180–1,250 °C; cemented carbide and SmCo (which is aged at 800–850 °C, but sintered at about
1,200 °C) above 1,100 °C.

A document that tempers at both levels, each temperature written after a tempering word, and
that names sintering and gives a sintering temperature in the NdFeB range, describes sintered
NdFeB: one finding of a NdFeB magnet term is added (`PROFILE_RULE`), which anchors the text to
rare earths as naming "NdFeB" does.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from scanner.detect.values import Value
from scanner.types import Finding

#: the finding's rule
PROFILE_RULE = "rule.ndfeb-sinter-temper-profile"
#: its weight: a magnet family named (N52, 2:17 weigh 0.55–0.85)
PROFILE_WEIGHT = 0.8
#: °C ranges: the sintering temperature, the first and the second tempering stage
SINTERING_C = (1000.0, 1100.0)
FIRST_TEMPER_C = (800.0, 950.0)
SECOND_TEMPER_C = (420.0, 650.0)
#: a tempering temperature stands after its tempering word, in the same line or row, within
#: this many characters ("temper 880 C 2 h + 480 C 3 h"; "回火一 | 温度(°C): 900")
AFTER_CHARS = 60
SINTERING_TERMS = frozenset(
    {
        "mag.sintering",
        "mag.vacuum-sintering",
        "mag.liquid-phase-sintering",
        "mag.sintering-furnace",
        "mag.sintering-profile",
    }
)
TEMPERING_TERMS = frozenset({"mag.tempering", "mag.two-stage-tempering", "mag.aging", "mag.aging-bare"})
#: degrees Celsius (not a heating rate, "C/h", nor kelvin)
CELSIUS = "unit.celsius"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
#: a thousands separator ("1,065 °C")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def profile_findings(findings: list[Finding], values: list[Value], starts: list[int]) -> list[Finding]:
    """One `PROFILE_RULE` finding, at the first tempering word of the profile, where a
    document's term `findings` and measured `values` hold the sintered-NdFeB profile; []
    otherwise. `starts`: the document's segment starts (a value's line or row)."""
    if not any(f.rule_id in SINTERING_TERMS for f in findings):
        return []
    celsius = [v for v in values if v.unit.id == CELSIUS]
    sintering = next((v for v in celsius if _in(v, SINTERING_C)), None)
    if sintering is None:
        return []
    first = second = None
    for term in (f for f in findings if f.rule_id in TEMPERING_TERMS):
        after = [
            v
            for v in celsius
            if term.offset < v.start <= term.offset + len(term.matched_text) + AFTER_CHARS
            and bisect.bisect_right(starts, v.start) - 1 == term.segment_index
        ]
        first = first or next(((term, v) for v in after if _in(v, FIRST_TEMPER_C)), None)
        second = second or next(((term, v) for v in after if _in(v, SECOND_TEMPER_C)), None)
        if first and second:
            break
    if not (first and second):
        return []
    profile = f"{_shown(sintering)} / {_shown(first[1])} / {_shown(second[1])}"
    attrs = (
        ("term_kind", "process-step"),
        ("magnet_type", "NdFeB"),
        ("specific", "yes"),
        ("profile", profile),
    )
    return [
        dataclasses.replace(
            first[0],
            rule_id=PROFILE_RULE,
            category="magnet-manufacturing",
            weight=PROFILE_WEIGHT,
            attrs=attrs,
        )
    ]


def profile_word_offsets(findings: list[Finding]) -> list[int]:
    """Where the words a profile is made of (sintering and tempering terms) stand."""
    return [f.offset for f in findings if f.rule_id in SINTERING_TERMS or f.rule_id in TEMPERING_TERMS]


def _numbers(v: Value) -> list[str]:
    """The numbers a value is written with ("1,065 °C" → ["1065"]; "880-900°C" → two)."""
    return _NUMBER.findall(_THOUSANDS.sub("", v.text))


def _in(v: Value, bounds: tuple[float, float]) -> bool:
    low, high = bounds
    return any(low <= float(n.replace(",", ".")) <= high for n in _numbers(v))


def _shown(v: Value) -> str:
    return "–".join(_numbers(v)) + " °C"
