"""The heat-treatment profile of sintered NdFeB, told by its numbers (`detect/profiles.py`)."""

from __future__ import annotations

import pytest

from scanner.detect.profiles import PROFILE_RULE

#: a furnace card without a word of rare earths, as a workshop writes it
CARD = (
    "段,温度(℃),时间(min),真空(Pa)\n1,450,90,<1\n2,850,120,<1\n3,1060,240,<5E-3\n"
    "回火一,890,150,Ar\n回火二,520,200,Ar 风冷\n"
)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("note.txt", "Batch 7: sintering 1,070 °C 4.5 h vacuum, temper 880 °C 2 h + 480 °C 3 h.\n", True),
        ("卡.txt", "工艺：真空烧结 1045℃×5h；一级回火 905℃×2h，二级回火 495℃×3h，充氩风冷。\n", True),
        ("sinter-card.csv", CARD, True),  # 'sinter' in the file name, the temperatures in rows
        ("furnace.csv", CARD, False),  # no word of sintering anywhere: 1060 °C alone is not enough
        # ferrous powder metallurgy: sintered at 1,120 °C, hardened at 850 °C, tempered at 550 °C
        (
            "pm-steel.txt",
            "Sintering 1120 °C 30 min in N2-H2; harden at 850 °C, oil quench, temper at 550 °C 1 h.\n",
            False,
        ),
        # a steel part hardened at 1,050 °C and tempered twice at 560 °C: no tempering at 800–950 °C
        (
            "h13.txt",
            "Sintered insert: harden 1050 °C, then tempering 560 °C 2 h, second tempering 560 °C 2 h.\n",
            False,
        ),
        # SmCo: sintered near 1,200 °C, aged at 830 °C, slow-cooled to 400 °C
        (
            "smco.txt",
            "Sintering 1210 °C 1 h, solution 1175 °C 4 h, aging at 830 °C 12 h, slow cool to 400 °C.\n",
            False,
        ),
        # the first temperature stands before the tempering word: a hardening step, not a temper
        ("before.txt", "Sintering 1060 °C; heat to 900 °C and quench, tempering 500 °C.\n", False),
    ],
    ids=[
        "english-line",
        "chinese-line",
        "card-named-sinter",
        "card-unnamed",
        "pm-steel",
        "h13",
        "smco",
        "before",
    ],
)
def test_the_sintered_ndfeb_profile(scanner, name: str, text: str, found: bool) -> None:
    _verdict, analysis = scanner.scan_bytes_with_analysis(name, text.encode(), quick=False)
    assert analysis is not None
    profile = [f for f in analysis.findings if f.rule_id == PROFILE_RULE]
    assert bool(profile) is found
    if found:
        (f,) = profile
        assert f.attr("magnet_type") == "NdFeB" and f.attr("specific") == "yes"


def test_a_furnace_card_with_the_profile_is_flagged_and_says_why(scanner) -> None:
    """Found by a false-flag hunter's recall probes: a sintering card with two tempering stages
    and no rare-earth word came out clear (0.42: anchoring 0, scores × 0.30)."""
    verdict, _ = scanner.scan_bytes_with_analysis("sinter-card.csv", CARD.encode(), quick=False)
    assert verdict.verdict in ("controlled", "review"), (verdict.verdict, verdict.score)
    assert verdict.magnet_types == ("NdFeB",)
    assert any("the heat-treatment profile of sintered NdFeB" in r for r in verdict.reasons)
    # the stage's reason names the rule's finding by what it found, not by its tempering word
    assert any(
        "sintered-NdFeB heat-treatment profile 1060 °C / 890 °C / 520 °C" in r for r in verdict.reasons
    )


def test_explain_shows_the_profile_beside_its_finding(scanner, tmp_path) -> None:
    from scanner.explain import render_explanation

    (tmp_path / "sinter-card.csv").write_text(CARD, encoding="utf-8")
    verdict, analysis = scanner.explain_file(tmp_path / "sinter-card.csv")
    text = render_explanation(verdict, analysis, scanner, "text")
    assert "the sintered-NdFeB heat-treatment profile 1060 °C / 890 °C / 520 °C" in text


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("Furnace 3 card. Sintering: 1060 °C, 4 h, vacuum. Tempering: 900 °C 2 h; 500 °C 3 h.\n", "yes"),
        # no profile (sintered hotter than NdFeB is): the same generic words stay generic
        ("Furnace 3 card. Sintering: 1210 °C, 4 h, vacuum. Tempering: 900 °C 2 h; 500 °C 3 h.\n", "no"),
    ],
    ids=["profile", "no-profile"],
)
def test_the_profiles_words_make_their_values_process_parameters(scanner, text: str, near: str) -> None:
    """Once the numbers say sintered NdFeB, 'sintering 1060 °C' is NdFeB sintering, as where
    'NdFeB' stands beside it: its values count as process parameters. An exploratory tester's
    card in English with the profile found still came out clear (0.41): its temperatures stood
    by generic words only."""
    _verdict, analysis = scanner.scan_bytes_with_analysis("card.txt", text.encode(), quick=False)
    assert analysis is not None
    sintering = next(f for f in analysis.findings if f.kind == "value" and f.matched_text.startswith("1"))
    assert sintering.attr("near_term") == near
