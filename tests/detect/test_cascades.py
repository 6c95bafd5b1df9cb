"""The stage profile of a rare-earth extraction cascade, told by its table (`detect/cascades.py`)."""

from __future__ import annotations

import pytest

from scanner.detect.cascades import CASCADE_RULE, find_cascades


def _rows(first: int, last: int, row: str) -> str:
    return "\n".join(row.format(n=n, x=0.01 * n) for n in range(first, last + 1))


_CSV_HEAD = "stg,sec,Vo,Va,La_o,Ce_o,Pr_o,Nd_o,La_a,Ce_a\n"
_CSV_ROWS = _rows(1, 12, "{n},E,41.2,12.3,5.9,23.7,{x:.3f},0.02,58.2,118.2")


def _found(text: str) -> list[str]:
    return [c.shown for c in find_cascades(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # should find: a CSV as a design program writes it (underscores read as spaces or not)
        (_CSV_HEAD + _CSV_ROWS, ["stages 1–12 × La/Ce/Pr/Nd"]),
        (_CSV_HEAD.replace("_", " ") + _CSV_ROWS, ["stages 1–12 × La/Ce/Pr/Nd"]),
        # the spreadsheet readers' rows: each cell under its column's name
        (
            "stage | section | La o | Ce o | Pr o\n"
            + _rows(1, 6, "stage: {n} | section: E | La o: 5.9 | Ce o: 23.7 | Pr o: {x:.2f}"),
            ["stages 1–6 × La/Ce/Pr"],
        ),
        # a Markdown table in Chinese, elements by name, one element beside the total
        (
            "| 级数 | 有机相镨(g/L) | 水相钕(g/L) | 水相钕/REO |\n|---|---|---|---|\n"
            + _rows(1, 8, "| {n} | 12.{n} | 30.1 | 0.{n} |"),
            ["stages 1–8 × 镨/钕"],
        ),
        (
            "stage,section,x_Nd_aq,y_Nd_org,C_RE_aq_mol_L,C_RE_org_mol_L\n"
            + _rows(1, 9, "{n},E,0.0176,0.0261,0.944,0.1515"),
            ["stages 1–9 × Nd/RE"],
        ),
        # a comment line between rows, a profile that starts at stage 30
        (
            _CSV_HEAD
            + _rows(30, 33, "{n},S,41,12,5,23,0.1,0.02,58,118")
            + "\n# scrub\n"
            + _rows(34, 36, "{n},S,41,12,5,23,0.1,0.02,58,118"),
            ["stages 30–36 × La/Ce/Pr/Nd"],
        ),
        # should not find: copper's and cobalt's cascades, a flotation circuit's stages
        (
            "stage,section,Cu_org,Cu_aq,Fe_aq,pH\n" + _rows(1, 8, "{n},E,{x:.2f},2.1,0.5,1.8"),
            [],
        ),
        (
            "stage | Co org | Ni aq | Mg aq\n"
            + _rows(1, 8, "stage: {n} | Co org: 1.{n} | Ni aq: 8 | Mg aq: 2"),
            [],
        ),
        # an assay table of samples, not stages
        ("sample,La,Ce,Pr,Nd\n" + _rows(1, 8, "{n},420,880,95,310"), []),
        # stages with coordinates: a lone Y is no rare earth
        ("stage,X,Y,Z,T\n" + _rows(1, 8, "{n},1.0,2.0,3.0,25"), []),
        # too few stages, or stages that do not follow each other
        (_CSV_HEAD + _rows(1, 4, "{n},E,41,12,5,23,0.1,0.02,58,118"), []),
        (_CSV_HEAD + "\n".join(f"{n},E,41,12,5,23,0.1,0.02,58,118" for n in (1, 3, 5, 7, 9, 11)), []),
        # a header with words in its rows, not numbers
        (_CSV_HEAD + _rows(1, 8, "{n},E,see,note,below,ok,a,b,c,d"), []),
        # a word that begins with an element's symbol is no element ("Lab", "Cell", "Prep")
        ("stage,Lab,Cell,Prep,Note\n" + _rows(1, 8, "{n},1,2,3,4"), []),
    ],
)
def test_find_cascades(text: str, found: list[str]) -> None:
    assert _found(text) == found


def test_a_cascade_is_a_separation_term_of_the_analysis() -> None:
    from scanner.pipeline import Scanner
    from scanner.types import Document, Location, Segment

    text = "LCe|PrNd v7\n" + _CSV_HEAD + _CSV_ROWS
    segments = tuple(Segment(line, Location(row=i + 1)) for i, line in enumerate(text.split("\n")))
    analysis = Scanner().detector.analyze(Document("c.csv", "delimited", "", segments))
    rule = [f for f in analysis.findings if f.rule_id == CASCADE_RULE]
    assert [(f.kind, f.category, f.location.row) for f in rule] == [("stage", "separation", 2)]
    assert rule[0].attr("cascade") == "stages 1–12 × La/Ce/Pr/Nd"
