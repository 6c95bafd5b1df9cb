"""The alloy recipe of a sintered magnet, told by its composition (`detect/recipes.py`)."""

from __future__ import annotations

import pytest

from scanner.detect.recipes import RECIPE_RULE, find_recipes


def _found(text: str) -> list[str]:
    return [r.magnet_type for r in find_recipes(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # should find: a recipe line, Chinese punctuation normalised as the scanner reads it
        ("牌号 48H:PrNd 30.2%,Dy 0.5%,Co 1.2%,Cu 0.1%,Ga 0.2%,B 0.96%,Fe余量", ["NdFeB"]),
        ("Composition (wt%): Nd 23.0, Pr 7.0, Dy 1.5, B 0.95, Co 2.0, Al 0.3, Cu 0.1, Fe bal.", ["NdFeB"]),
        ("镨钕 29.5%,镝 1.0%,钴 1.0%,铜 0.1%,铝 0.2%,硼 0.98%,铁 余量", ["NdFeB"]),
        # a table row as the scanner reads it: each cell under its column's name
        ("grade: 50SH | PrNd: 29.5 | Tb: 0.6 | Co: 1 | Cu: 0.12 | Ga: 0.2 | B: 0.95 | Fe: 余量", ["NdFeB"]),
        ("2:17 alloy: Sm 25.5, Co bal., Fe 17.0, Cu 6.0, Zr 2.8 (wt%)", ["SmCo"]),
        # one a line
        (
            "A: Nd 30, B 1.0, Co 1, Cu 0.1, Fe bal\nB: Nd 31, B 0.9, Al 0.2, Ga 0.1, Fe bal",
            ["NdFeB", "NdFeB"],
        ),
        # should not find: a tool steel, a superalloy with boron, a hydrogen-storage alloy with La
        ("H13: C 0.40, Cr 5.2, Mo 1.3, V 1.0, Si 1.0, Fe bal.", []),
        ("IN-738: Ni bal, Cr 16, Co 8.5, Mo 1.7, Ti 3.4, Al 3.4, B 0.01, Zr 0.05", []),
        ("AB5 alloy: La 28, Ni bal, Co 10, Mn 5, Al 2", []),
        # a magnet family with its main elements only, as a datasheet gives it
        ("Material: sintered Nd-Fe-B, Nd 30 %, B 1 %, Fe balance", []),
        # boron outside NdFeB's range, rare earths far below it
        ("Nd 30, B 3.5, Co 1, Cu 0.1, Fe bal", []),
        ("Nd 2, B 1, Co 1, Cu 0.1, Fe bal", []),
        # the composition spread over lines, read as one run
        ("Nd 30\nB 1.0\nCo 1\nCu 0.1\nFe bal", ["NdFeB"]),
        # measured, not laid down: a magnet buyer's inspection, an assay of scrap
        ("Incoming inspection, ICP: Nd 23.1, Pr 6.9, Dy 0.8, B 0.97, Co 1.1, Cu 0.12, Fe bal", []),
        ("废料化验:PrNd 29.0%,Dy 1.0%,Co 1.0%,Cu 0.1%,B 0.95%,Fe余量", []),
        # a second exploratory tester's layouts: one element a row (as the scanner reads a
        # sheet), one a line, a composition wrapped, glued codes, an aim row above a measured one
        (
            "元素: 镨钕 | wt%: 29.0\n元素: 硼 | wt%: 1.00\n元素: 钴 | wt%: 1.0\n"
            "元素: 铜 | wt%: 0.15\n元素: 镓 | wt%: 0.30\n铁 | 余量",
            ["NdFeB"],
        ),
        ("element   wt%\nNd  24.2\nPr  6.1\nB   0.93\nCo  0.8\nCu  0.10\nFe  bal.", ["NdFeB"]),
        ("Target: PrNd 29.8%, Dy 1.0%,\nB 0.98%, Co 1.5%,\nCu 0.12%, Ga 0.25%,\nAl 0.2%, Fe bal.", ["NdFeB"]),
        ("F1-1401  Nd23.0Pr7.0Dy1.0B0.98Co1.2Cu0.15Ga0.2Fe(bal) wt%  600 kg", ["NdFeB"]),
        (
            "项目: 目标成分 | Nd: 23.2 | Pr: 7.0 | B: 0.96 | Co: 1.2 | Cu: 0.15 | Fe: 余量\n"
            "项目: ICP实测 | Nd: 23.1 | Pr: 7.05 | B: 0.95 | Co: 1.19 | Cu: 0.15 | Fe: 余量",
            ["NdFeB"],
        ),
        # in atomic per cent where the line or the one above says so, and not otherwise
        ("Nominal composition (at.%):\n  Nd 10.6, Pr 3.5, Dy 0.3, B 5.9, Co 1.0, Cu 0.1, Fe bal.", ["NdFeB"]),
        ("Nominal composition:\n  Nd 10.6, Pr 3.5, Dy 0.3, B 5.9, Co 1.0, Cu 0.1, Fe bal.", []),
        # Ce-substituted: NdFeB and Ce (the policy adds NdFeB to Ce)
        ("PrNd 24.0%, Ce 7.0%, B 1.0%, Co 1.0%, Cu 0.15%, Fe余量", ["Ce"]),
        # not a recipe: a whole certificate, its composition line alone naming no analysis
        ("Certificate of analysis\nNd 23.4, Pr 6.9, Dy 1.3, B 0.98, Co 1.1, Cu 0.12, Fe bal.", []),
        # a measured line, and the rows of different tables far apart: no run across a gap
        ("ICP: Nd 23.1, Pr 6.9, B 0.97, Co 1.1, Cu 0.12, Fe bal", []),
        ("| Typical composition (wt%) | PrNd 30.5, B 1.0, Co 1.0, Cu 0.1, Ga 0.2, Fe balance |", []),
        ("Nd 30\nB 1.0\n\nCo 1\nCu 0.1\nFe bal", []),
    ],
    ids=[
        "zh-line",
        "en-line",
        "zh-names",
        "table-row",
        "smco-2-17",
        "two-lines",
        "tool-steel",
        "superalloy",
        "ab5",
        "family-only",
        "boron-high",
        "rare-earths-low",
        "spread",
        "inspection",
        "scrap-assay",
        "one-element-a-row",
        "one-element-a-line",
        "wrapped",
        "glued-codes",
        "aim-above-measured",
        "atomic-per-cent",
        "atomic-unsaid",
        "ce-substituted",
        "certificate",
        "measured-line",
        "datasheet-typical",
        "gap",
    ],
)
def test_the_alloy_recipe(text: str, found: list[str]) -> None:
    assert _found(text) == found


def test_a_recipe_without_a_rare_earth_word_is_flagged_and_says_why(scanner) -> None:
    """An exploratory tester's recipe sheets (grade, composition, target properties) came out
    clear (0.22–0.37): the composition was read as a list of product names."""
    text = (
        "配方表(内部)\n"
        "牌号 48H:PrNd 30.2%,Dy 0.5%,Co 1.2%,Cu 0.1%,Ga 0.2%,Al 0.1%,B 0.96%,Fe余量\n"
        "目标性能:Br≥13.7kGs,HcJ≥17kOe\n"
    )
    verdict, analysis = scanner.scan_bytes_with_analysis("配方.txt", text.encode(), quick=False)
    assert analysis is not None
    (recipe,) = [f for f in analysis.findings if f.rule_id == RECIPE_RULE]
    assert recipe.attr("magnet_type") == "NdFeB" and recipe.location.line == 2
    assert verdict.verdict in ("controlled", "review"), (verdict.verdict, verdict.score)
    assert verdict.magnet_types == ("NdFeB",)
    assert any("the alloy recipe of a sintered NdFeB magnet" in r for r in verdict.reasons)


def test_the_quick_pass_sends_a_recipe_to_the_deep_pass(detector) -> None:
    """A recipe is a magnet term made of numbers: a text that holds one and no rare-earth word
    the quick pass would otherwise clear unread."""
    recipe = "Alloy,Sm25.5 Co bal Fe18 Cu5.5 Zr2.8 wt%"
    assert detector.quick.look(recipe).may_score
    assert not detector.quick.look("Alloy: Co bal Fe18 Cu5.5 Zr2.8 wt%").may_score  # no samarium


def test_explain_shows_the_recipe_beside_its_finding(scanner, tmp_path) -> None:
    from scanner.explain import render_explanation

    path = tmp_path / "配方.txt"
    path.write_text("牌号 48H:PrNd 30.2%,Dy 0.5%,Co 1.2%,Cu 0.1%,Ga 0.2%,B 0.96%,Fe余量\n", encoding="utf-8")
    verdict, analysis = scanner.explain_file(path)
    text = render_explanation(verdict, analysis, scanner, "text")
    assert "the alloy recipe PrNd+Dy 30.7 %, B 0.96 %, Fe balance; Co, Cu, Ga" in text
