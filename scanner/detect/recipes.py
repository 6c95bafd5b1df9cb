"""Numbers that name their material: the alloy recipe of a sintered magnet.

DOMAIN.md puts "alloy recipes" first among what a controlled magnet-manufacturing document holds,
and a recipe is often a line of element symbols and numbers with no word of rare earths around
it ("PrNd 29.0%, Tb 0.8%, Co 1.5%, Cu 0.15%, Ga 0.25%, Al 0.2%, B 0.97%, Fe余量"). The
composition names the material:
- **NdFeB**: Nd2Fe14B holds 26.7 wt% Nd and 1.0 wt% B; a sintered magnet's alloy holds about
  28–33 wt% rare earths (PrNd, with Dy, Tb, Ce, La, Ho, Gd), 0.85–1.1 wt% boron and iron for
  the balance, with small additions of Co, Cu, Ga, Al, Zr, Nb or Ti;
- **Sm2Co17**: about 23–27 wt% Sm, cobalt for the balance (about 48–52 wt%), 14–22 wt% Fe,
  4–8 wt% Cu and 1.5–3.5 wt% Zr.
A steel, a superalloy or a brazing alloy has no rare earths near those levels; a bought
magnet's datasheet gives a family ("Nd-Fe-B") or at most its main elements, not the additions.

One line or table row that writes the rare earths' share, boron in NdFeB's range, iron as the
balance (or at 55–72 %) and two additions or more, or samarium, cobalt as the balance (or at
45–67 %) and two of Fe, Cu, Zr, Hf, Ti, is an alloy recipe; so is a run of consecutive lines
that does so together (a sheet with one element a row, a composition wrapped over lines). One
finding of a magnet term is added for it (`RECIPE_RULE`), a specific process step of magnet
manufacturing, as `profiles.py` adds for a heat-treatment profile, and its shares are read as
compositions. With Ce and La at `CE_SHARE` or more it names a Ce-substituted magnet.

A composition that was measured, or a product's typical one, is no recipe: a line that says
so (ICP, XRF, 实测, 化验, typical) holds none, whatever the aim in the line above it; a document
that is a certificate, an inspection report, an assay or a purchase specification holds none at
all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scanner.detect.firstchars import gated

#: the finding's rule
RECIPE_RULE = "rule.magnet-alloy-recipe"
#: the unit its shares are read in once it is found: weight per cent, a composition
COMPOSITION = "unit.composition"
#: its weight: that of the heat-treatment profile (`profiles.PROFILE_WEIGHT`)
RECIPE_WEIGHT = 0.8

#: element names as recipes write them, symbols and Chinese, with the symbol they stand for
_NAMES = {
    "PrNd": "PrNd",
    "Pr-Nd": "PrNd",
    "Nd": "Nd",
    "Pr": "Pr",
    "Dy": "Dy",
    "Tb": "Tb",
    "Ce": "Ce",
    "La": "La",
    "Ho": "Ho",
    "Gd": "Gd",
    "Sm": "Sm",
    "B": "B",
    "Co": "Co",
    "Cu": "Cu",
    "Ga": "Ga",
    "Al": "Al",
    "Zr": "Zr",
    "Nb": "Nb",
    "Ti": "Ti",
    "Hf": "Hf",
    "Fe": "Fe",
    "镨钕": "PrNd",
    "钕": "Nd",
    "镨": "Pr",
    "镝": "Dy",
    "铽": "Tb",
    "铈": "Ce",
    "镧": "La",
    "钬": "Ho",
    "钆": "Gd",
    "钐": "Sm",
    "硼": "B",
    "钴": "Co",
    "铜": "Cu",
    "镓": "Ga",
    "铝": "Al",
    "锆": "Zr",
    "铌": "Nb",
    "钛": "Ti",
    "铪": "Hf",
    "铁": "Fe",
}
_NAME = "|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True))
#: between an element and its share: a colon or an equals sign, or a table's cell boundary
#: ("Nd | wt%: 23.5": one element a row, its share in the next column)
_SEP = r"\s*(?:[:=]\s*|\|\s*(?:[^|:\n]{1,24}:\s*)?)?"
#: an element and its share ("PrNd 29.0%", "B: 0.98", "Tb=0.8 wt%", "钴1.5%", "Nd23.0Pr7.0"), a
#: symbol not inside a word ("Br", "Cost", "Also"), the share a number not inside another
_SHARE = re.compile(
    rf"(?<![A-Za-z])(?P<el>{_NAME})(?![a-z]){_SEP}(?P<num>\d{{1,2}}(?:\.\d+)?)(?![\d.])"
    r"(?:\s*(?:wt\.?\s*%|%))?"
)
#: an element written as the balance ("Fe余量", "Fe: bal.", "Co balance", "铁 余量", "Fe(bal)")
_BALANCE = re.compile(
    rf"(?<![A-Za-z])(?P<el>{_NAME})(?![a-z]){_SEP}[(（]?(?:余量|余|bal(?:ance|\.)?|rest|remainder)",
    re.IGNORECASE,
)
#: what every recipe holds: boron's share (NdFeB) or samarium's (SmCo)
_MAY = gated(re.compile(rf"(?<![A-Za-z])(?:B|Sm)(?![a-z]){_SEP}\d|[硼钐]{_SEP}\d"))
_RARE_EARTHS = frozenset({"PrNd", "Nd", "Pr", "Dy", "Tb", "Ce", "La", "Ho", "Gd"})
_NDFEB_ADDITIONS = frozenset({"Co", "Cu", "Ga", "Al", "Zr", "Nb", "Ti"})
_SMCO_ADDITIONS = frozenset({"Fe", "Cu", "Zr", "Hf", "Ti"})
#: NdFeB's bands, (low, high) for the rare earths' total, boron and iron, in weight and in
#: atomic per cent
_NDFEB_WT = ((26.0, 36.0), (0.8, 1.2), (55.0, 72.0))
_NDFEB_AT = ((11.0, 17.0), (5.0, 7.5), (70.0, 85.0))
#: a composition in atomic per cent ("at.%", "atomic %", 原子百分比)
_ATOMIC = re.compile(r"(?i:\bat\.?\s*%|\batomic\s*(?:%|per\s*cent|percent))|原子\s*(?:百分|%)")
#: Ce and La together at this share or more (wt%): a Ce-substituted or high-abundance magnet
CE_SHARE = 3.0


@dataclass(frozen=True)
class Recipe:
    """An alloy recipe found: where it begins, the magnet family, and what it holds."""

    start: int  # the recipe's first share ("PrNd 29.0%"), where its finding stands
    end: int
    magnet_type: str  # "NdFeB", "Ce" (Ce-substituted NdFeB) or "SmCo"
    shown: str  # "PrNd+Tb 29.8 %, B 0.97 %, Fe balance; Co, Cu, Ga, Al"
    #: where each of its elements stands: the shares beside them are process parameters, as
    #: values beside a process term are
    share_offsets: tuple[int, ...] = ()
    #: each element's share as written ("29.0%"), (start, end): a composition, once the recipe
    #: is found
    share_spans: tuple[tuple[int, int], ...] = ()

    @property
    def attrs(self) -> tuple[tuple[str, str], ...]:
        return (
            ("term_kind", "process-step"),
            ("magnet_type", self.magnet_type),
            ("specific", "yes"),
            ("recipe", self.shown),
        )


#: a document that reports a composition measured, not laid down: a certificate or an
#: inspection of bought magnets, an assay of scrap, a purchase specification (DOMAIN.md:
#: incoming-inspection records and specifications of bought magnets are clear)
_ANALYSIS_DOCUMENT = re.compile(
    r"(?i:certificate of (?:analysis|conformity)|\bCOA\b|(?:material|mill|test) certificate"
    r"|inspection (?:report|record)|incoming inspection|\bassay\b|purchase specification)"
    r"|检验报告|检测报告|化验单|化验报告|质保书|质量证明书|来料检验|进料检验|材质证明|采购规范"
)
#: a line that gives a measured composition ("ICP实测", "XRF", "measured"), or a product's
#: typical one (a datasheet's "Typical composition"): its shares describe a material, whatever
#: the target in the line above says
_ANALYSIS_LINE = re.compile(
    r"(?i:\bICP|\bXRF\b|\bmeasured\b|\bactual\b|\banaly[sz]|\btypical\b|\btyp\.)"
    r"|实测|化验|检测|分析|实际|典型"
)
#: lines read together: a composition written one element a line, or wrapped over a few
RUN_LINES = 16


def may_hold(text: str) -> bool:
    """Whether `text` may hold a recipe: boron or samarium with a share (the quick pass asks, for
    a text with no rare-earth term: `find_recipes` then decides)."""
    return _MAY.search(text) is not None


def find_recipes(text: str) -> list[Recipe]:
    """The alloy recipes of `text`: one a line at most, and one for a run of consecutive lines
    that hold shares and none of which is a recipe alone (one element a line; a composition
    wrapped). A line of the scanner's text is a segment or part of one: the quick pass, which
    reads no segments, finds the same. None in a document that reports an analysis, nor in a
    line that gives a measured composition."""
    if not may_hold(text) or _ANALYSIS_DOCUMENT.search(text):
        return []
    found: list[Recipe] = []
    run: list[tuple[int, int]] = []  # the lines of the current run: (start, end)
    begin = 0
    for line in text.split("\n"):
        end = begin + len(line)
        shares = _SHARE.search(text, begin, end) is not None or _BALANCE.search(text, begin, end) is not None
        held = shares and not _ANALYSIS_LINE.search(line)
        recipe = _recipe(text, begin, end) if held else None
        if recipe is not None:
            found.append(recipe)
        if held and recipe is None and len(run) < RUN_LINES:
            run.append((begin, end))
        else:
            found.extend(_run_recipe(text, run))
            run = [(begin, end)] if held and recipe is None else []
        begin = end + 1
    found.extend(_run_recipe(text, run))
    return found


def _run_recipe(text: str, run: list[tuple[int, int]]) -> list[Recipe]:
    """The recipe of a run of two lines or more, read as one."""
    if len(run) < 2:
        return []
    recipe = _recipe(text, run[0][0], run[-1][1])
    return [] if recipe is None else [recipe]


def _recipe(text: str, begin: int, end: int) -> Recipe | None:
    shares: dict[str, float] = {}
    first: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    for m in _SHARE.finditer(text, begin, end):
        el = _NAMES[m.group("el")]
        if el not in shares:  # the first share an element is given
            shares[el] = float(m.group("num"))
            first[el] = m.start()
            spans[el] = (m.start("num"), m.end())
    if len(shares) < 4:
        return None
    balance = {_NAMES.get(m.group("el"), "") for m in _BALANCE.finditer(text, begin, end)}
    start = min(first.values())
    opening = _SHARE.match(text, start)
    recipe_end = opening.end() if opening is not None else start + 1  # the finding: its first share
    rare = {el: v for el, v in shares.items() if el in _RARE_EARTHS and v > 0}
    total = sum(rare.values())
    boron = shares.get("B")
    # in atomic per cent where the line or the one above says so: Nd2Fe14B is 11.8 at% Nd and
    # 5.9 at% B
    above = text.rfind("\n", 0, max(begin - 1, 0)) + 1
    atomic = _ATOMIC.search(text, above, end) is not None
    (re_low, re_high), (b_low, b_high), (fe_low, fe_high) = _NDFEB_AT if atomic else _NDFEB_WT
    iron = "Fe" in balance or fe_low <= shares.get("Fe", 0) <= fe_high
    additions = sorted(el for el in _NDFEB_ADDITIONS if 0 < shares.get(el, 0) <= 5)
    ndfeb = bool(rare) and re_low <= total <= re_high and boron is not None and b_low <= boron <= b_high
    if ndfeb and boron is not None and iron and len(additions) >= 2:
        unit = "at%" if atomic else "%"
        iron_shown = "Fe balance" if "Fe" in balance else f"Fe {_num(shares['Fe'])} {unit}"
        shown = (
            f"{'+'.join(rare)} {_num(total)} {unit}, B {_num(boron)} {unit}, {iron_shown}; "
            f"{', '.join(additions)}"
        )
        # a Ce-substituted or high-abundance magnet (DOMAIN.md: NdFeB and Ce; the policy adds NdFeB)
        family = "Ce" if shares.get("Ce", 0) + shares.get("La", 0) >= CE_SHARE else "NdFeB"
        return Recipe(start, recipe_end, family, shown, tuple(sorted(first.values())), _spans(spans))
    samarium = shares.get("Sm")
    cobalt = "Co" in balance or 45 <= shares.get("Co", 0) <= 67
    smco_additions = sorted(el for el in _SMCO_ADDITIONS if el in shares and el not in balance)
    if samarium is not None and 22 <= samarium <= 38 and cobalt and len(smco_additions) >= 2:
        cobalt_shown = "Co balance" if "Co" in balance else f"Co {_num(shares['Co'])} %"
        shown = f"Sm {_num(samarium)} %, {cobalt_shown}; {', '.join(smco_additions)}"
        return Recipe(start, recipe_end, "SmCo", shown, tuple(sorted(first.values())), _spans(spans))
    return None


def _spans(spans: dict[str, tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(sorted(spans.values()))


def _num(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")
