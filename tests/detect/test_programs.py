"""A furnace program that names sintered NdFeB by its set points and holds alone
(`detect/programs.py`)."""

from __future__ import annotations

import pytest

from scanner.detect.profiles import PROFILE_RULE
from scanner.detect.programs import find_program
from tests.conftest import scan_text

_HEAD_ZH = "段号,类型,目标温度(℃),升温时间(min),保温时间(min),真空上限(Pa)\n"


def _program(head: str, steps: list[tuple[str, float, float]]) -> str:
    return head + "\n".join(
        f"{k},{kind},{t:g},60,{hold:g},5.0E-3" for k, (kind, t, hold) in enumerate(steps, 1)
    )


NDFEB = [
    ("升温", 300, 60),
    ("升温", 600, 120),
    ("升温", 850, 90),  # a degassing hold below the sintering: no tempering yet
    ("升温", 1000, 30),
    ("升温", 1065, 300),
    ("冷却", 80, 0),
    ("升温", 900, 180),
    ("冷却", 80, 0),
    ("升温", 500, 240),
    ("冷却", 60, 0),
]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # should find: sintering, then the two tempering holds, by their numbers alone
        (_program(_HEAD_ZH, NDFEB), "1065 °C / 900 °C / 500 °C"),
        # an English controller export, "name: value" rows as the spreadsheet readers write them
        (
            "Seg | Type | SP (C) | Ramp (min) | Hold (min)\n"
            + "\n".join(
                f"Seg: {k} | Type: {kind} | SP (C): {t:g} | Ramp (min): 60 | Hold (min): {h:g}"
                for k, (kind, t, h) in enumerate(NDFEB, 1)
            ),
            "1065 °C / 900 °C / 500 °C",
        ),
        # should not find: a tool steel hardened at 1,030 °C and tempered twice at 560 °C
        (
            _program(
                _HEAD_ZH,
                [
                    ("升温", 850, 60),
                    ("升温", 1030, 40),
                    ("冷却", 60, 0),
                    ("升温", 560, 120),
                    ("升温", 560, 120),
                ],
            ),
            None,
        ),
        # a superalloy: solution 1,080 °C, stabilise 845 °C, age 760 °C
        (
            _program(
                _HEAD_ZH, [("升温", 1080, 240), ("冷却", 60, 0), ("升温", 845, 1440), ("升温", 760, 960)]
            ),
            None,
        ),
        # ferrite or SmCo: sintered hotter than NdFeB, whatever follows
        (
            _program(
                _HEAD_ZH, [("升温", 1200, 120), ("冷却", 60, 0), ("升温", 900, 120), ("升温", 500, 120)]
            ),
            None,
        ),
        # the tempering temperatures before the sintering: a ramp up, not a heat treatment
        (
            _program(_HEAD_ZH, [("升温", 500, 60), ("升温", 900, 60), ("升温", 1065, 300), ("冷却", 60, 0)]),
            None,
        ),
        # no hold at the tempering temperatures (a cooling ramp passes through them)
        (_program(_HEAD_ZH, [("升温", 1065, 300), ("冷却", 900, 0), ("冷却", 500, 0)]), None),
        # a furnace log's measured temperatures, not its set points
        (
            "时间(min),TC1实测温度(℃),保温\n"
            + "\n".join(f"{k},{t},1" for k, t in enumerate([1065, 900, 500])),
            None,
        ),
    ],
)
def test_find_program(text: str, shown: str | None) -> None:
    found = find_program(text)
    assert (found.shown if found else None) == shown


def test_a_program_is_a_ndfeb_term_and_its_holds_are_parameters(scanner) -> None:
    text = "设备编号,SF-03,型号,VSF-600\n配方号,P48-11,装炉量(kg),420\n\n" + _program(_HEAD_ZH, NDFEB)
    v, analysis = scanner.scan_bytes_with_analysis("SF03_P48-11.csv", text.encode("utf-8"), quick=False)
    rule = [f for f in analysis.findings if f.rule_id == PROFILE_RULE]
    assert len(rule) == 1 and rule[0].attr("magnet_type") == "NdFeB"
    held = [f for f in analysis.findings if f.kind == "value" and f.matched_text in ("1065", "900", "500")]
    assert {f.attr("near_term") for f in held} == {"yes"}
    assert v.verdict in ("controlled", "review") and v.categories == ("magnet-manufacturing",), v.reasons


def test_the_quick_pass_reads_a_program_too(scanner) -> None:
    """No stage or anchor term in the text: the quick pass must not clear it."""
    v = scan_text(scanner, _program(_HEAD_ZH, NDFEB))
    assert v.verdict in ("controlled", "review"), v.reasons
