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
        # as furnace cards write it (an exploratory tester's cards, all missed before): a bare 度,
        # the shorthand 一回/二回, 时效, "anneal" and "aging", a temp_C column, a transposed table
        ("卡.txt", "3#烧结炉 工艺\n烧结 1065度×5h\n风冷至80度出炉\n一回 900度×2h\n二回 500度×3h\n", True),
        ("卡.txt", "热处理工艺\n烧结1050度 保温6小时\n一次时效900度 2小时\n二次时效480度 3小时\n", True),
        (
            "fc.txt",
            "Sinter 1060 °C x 4 h under vacuum.\nFirst anneal 900 °C x 2 h.\nSecond aging 490 °C x 3 h.\n",
            True,
        ),
        (
            "steps.csv",
            "step,temp_C,time_h,atmosphere\nsintering,1060,4.5,vacuum\n1st tempering,900,2,Ar\n"
            "2nd tempering,500,3,Ar\n",
            True,
        ),
        ("工艺.csv", "工序,烧结,一级回火,二级回火\n温度(℃),1060,900,500\n时间(h),5,2,3\n", True),
        # a steel course: annealed at 800–900 °C and hardened at 1000–1050 °C, before its slide on
        # sintering, which PM parts undergo at 1,100–1,120 °C (not at a temperature of NdFeB's)
        (
            "course.md",
            "Annealing of carbon steels: 800-900 °C.\nTool steels are hardened at 1000-1050 °C.\n"
            "Tempering at 500-650 °C.\nPowder metal parts are sintered at about 1100-1120 °C.\n",
            False,
        ),
        # sintered at 1,100 °C, as iron powder is: not NdFeB's temperature, whatever follows
        (
            "plan.txt",
            "Powders are sintered by spark plasma sintering at 1100 °C, then annealed at 900 °C for "
            "1-100 h and aged at 600 °C.\n",
            False,
        ),
        # an angle in 度 is no temperature
        ("角.txt", "烧结 1060℃×4h\n一回 转台旋转 900度角\n二回 500℃×3h\n", False),
        # a second exploratory tester's cards: the step named in the row's last column, a
        # program's comment ending the line, "AGE 1", a traveller in °F, a Japanese card
        (
            "snt.csv",
            "Step,Setpoint_C,Soak_min,Comment\n4,1045,240,sinter\n5,80,0,cool\n6,890,120,1st temper\n"
            "7,80,0,cool\n8,480,240,2nd temper\n",
            True,
        ),
        (
            "prog.txt",
            "SEG 2 SOAK 1060 C 5 h ; sinter\nSEG 5 SOAK 900 C 2 h ; 1st aging\n"
            "SEG 7 SOAK 510 C 3 h ; 2nd aging\n",
            True,
        ),
        ("list.txt", "SINTER   1060 C   5:00 h\nAGE 1     900 C   2:00 h\nAGE 2     510 C   3:00 h\n", True),
        # a controller's set points, no unit written
        (
            "f3.txt",
            "SEG 2  SOAK  TSP=1060  TIME=05:00  ; sinter\nSEG 5  SOAK  TSP=900  TIME=02:00  ; 1st aging\n"
            "SEG 7  SOAK  TSP=510  TIME=03:00  ; 2nd aging\n",
            True,
        ),
        ("f.txt", "Sinter: 1940 °F, hold 4 hr\n1st temper: 1650 °F, 2 hr\n2nd temper: 950 °F, 3 hr\n", True),
        ("条件.txt", "焼結 1050℃ 4h 真空\n一次時効 880℃ 1h\n二次時効 520℃ 2h\n", True),
        # running text wrapped before its word: the temperatures belong to the survey, not to it
        (
            "cmp.txt",
            "survey at the sintering set point (reference 1060 °C): soak; repeat at 900 °C and 500 °C "
            "tempering\n"
            "references.\n",
            False,
        ),
        # a program whose holds name their steps where the line above ramps to the set point
        (
            "f3.txt",
            "PROG 12\nSEG 3  RAMP   TSP=1060  RATE=3.0 C/MIN\nSEG 4  DWELL  TIME=05:00   ; sinter\n"
            "PROG 13\nSEG 1  RAMP   TSP=900   RATE=8.0 C/MIN\nSEG 2  DWELL  TIME=02:00   ; 1st aging\n"
            "SEG 4  RAMP   TSP=510   RATE=6.0 C/MIN\nSEG 5  DWELL  TIME=03:00   ; 2nd aging\n",
            True,
        ),
        # … but not a line above that names a step of its own
        (
            "f4.txt",
            "SEG 3  HOLD  TSP=1060   ; degas\nSEG 4  DWELL  TIME=05:00   ; sinter\n"
            "SEG 5  HOLD  TSP=900   ; cool\nSEG 6  DWELL  TIME=02:00   ; 1st aging\n"
            "SEG 7  HOLD  TSP=510   ; cool\nSEG 8  DWELL  TIME=03:00   ; 2nd aging\n",
            False,
        ),
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
        "chinese-du-shorthand",
        "chinese-du-aging",
        "english-anneal-aging",
        "temp-c-column",
        "transposed-table",
        "steel-course",
        "iron-powder-1100",
        "angle",
        "step-in-last-column",
        "program-comments",
        "age-1-age-2",
        "set-points",
        "fahrenheit",
        "japanese",
        "prose-wrapped",
        "ramp-then-hold",
        "ramp-with-its-own-step",
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


def test_the_profiles_temperatures_in_du_are_measured_values(scanner) -> None:
    """Once the profile is found, a temperature written with a bare 度 is a temperature in °C
    and counts as a process parameter; where no profile is found, 度 stays unread (an angle, a
    degree of anything)."""
    text = "3#烧结炉 工艺\n烧结 1065度×5h\n一回 900度×2h\n二回 500度×3h\n"
    _verdict, analysis = scanner.scan_bytes_with_analysis("卡.txt", text.encode(), quick=False)
    assert analysis is not None
    read = {f.matched_text: f.attr("near_term") for f in analysis.findings if f.rule_id == "unit.celsius"}
    assert read == {"1065度": "yes", "900度": "yes", "500度": "yes"}
    plain = "转台 旋转 1065度\n"
    _verdict, analysis = scanner.scan_bytes_with_analysis("卡.txt", plain.encode(), quick=False)
    assert analysis is not None
    assert not any(f.rule_id == "unit.celsius" for f in analysis.findings)
