"""Numbers that name their process: the stage profile of a rare-earth extraction cascade.

DOMAIN.md's separation stage is solvent extraction in mixer-settler cascades, with stage counts
and flow ratios. Its most telling carrier is the cascade's stage profile: a table with one row
per stage (1, 2, 3, … N) and, for each stage, the concentration of each rare-earth element in
the organic and the aqueous phase. A design or simulation program writes it, and a plant's
engineer keeps it, with hardly a word beside the element symbols ("stg | La_o | Ce_o | Pr_o |
Nd_o | La_a | …"), so the lexicon's terms find little in it. Other metals' cascades (copper,
cobalt and nickel, uranium) have stage profiles too, but of their own elements; an assay table
has rare-earth columns, but rows of samples, not of stages.

A table whose header names a stage column (stage, stg, 级, 级数, 级序, 槽号, …) and at least three
columns of rare-earth elements, of at least two distinct ones or one and the rare earths' total
(a symbol as a word before a phase or unit, "La_o", "x_Nd_aq", "Pr6O11 %", an element's Chinese
name, "有机相镧", or "REO", "C_RE_org"), followed by at least five rows
numbered by consecutive stages with numbers in them, is such a profile: one finding of a
separation term is added at its header (`CASCADE_RULE`).

The table is read from the text as the readers give it: a delimited row ("1,E,41.2,…", a
Markdown or tab-separated row) or a row the spreadsheet readers write as "stg: 1 | La o: 5.93 |
…" under a header line.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from scanner.detect.rows import by_column, lines_with, row_cells, rows_under

#: the finding's rule
CASCADE_RULE = "rule.ree-cascade-profile"
#: its weight: a specific separation step (P507 weighs 0.55, fractional extraction 0.55)
CASCADE_WEIGHT = 0.7
#: rows numbered by consecutive stages that make a profile
MIN_STAGES = 5
#: columns of rare-earth elements, and distinct elements among them
MIN_ELEMENT_COLUMNS = 3
MIN_ELEMENTS = 2
#: lines between the header and the first stage row, or between two stage rows (a comment, a
#: blank line, a section's name)
MAX_GAP = 2

#: the header of a stage column
_STAGE_HEAD = re.compile(
    r"(?:stg|stage|stages|stage\s*(?:no\.?|#|number|nr\.?)|no\.?\s*of\s*stage|n(?:o|r)\.?\s*stage"
    r"|级|级数|级号|级序|级次|萃取级|第\s*n\s*级|槽号|槽序|槽次|級|級數|級號|級序)",
    re.IGNORECASE,
)
#: what every stage column's header holds, as written (`rows.lines_with`)
_STAGE_WORDS = ("stg", "Stg", "STG", "stage", "Stage", "STAGE", "级", "級", "槽")
#: the rare-earth elements' symbols (Y only beside another: a lone Y is a coordinate)
_SYMBOLS = "La|Ce|Pr|Nd|Pm|Sm|Eu|Gd|Tb|Dy|Ho|Er|Tm|Yb|Lu|Sc|Y"
#: a column of an element: its symbol as a word of the header, before a phase, a unit or a
#: formula's digits ("La", "La o", "x_Nd_aq", "Nd(aq)", "Pr6O11 %", "Nd2O3/REO"), never inside
#: a word ("Lab", "Cell")
_ELEMENT_COLUMN = re.compile(rf"(?<![A-Za-z])(?:{_SYMBOLS})(?![a-z])")
#: a column of the rare earths together ("C_RE_aq", "REO %", "TREO g/L", "ΣREE")
_TOTAL_COLUMN = re.compile(r"(?<![A-Za-z])(?:T?REO|REE?|TREE|稀土|REO总量)(?![a-z])")
_CHINESE = "镧铈镨钕钷钐铕钆铽镝钬铒铥镱镥钪钇鑭鈰鐠釹鉕釤銪釓鋱鏑鈥鉺銩鐿鑥鈧釔"
_INTEGER = re.compile(r"\d{1,3}")
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?%?")


@dataclasses.dataclass(frozen=True)
class Cascade:
    """The profile found: its header line's place, and what it holds."""

    start: int
    end: int
    first: int  # the first and last stage numbered
    last: int
    elements: tuple[str, ...]

    @property
    def shown(self) -> str:
        return f"stages {self.first}–{self.last} × {'/'.join(self.elements)}"

    @property
    def attrs(self) -> tuple[tuple[str, str], ...]:
        return (("term_kind", "process-step"), ("specific", "yes"), ("cascade", self.shown))


def _element(cell: str) -> str | None:
    """The rare-earth element a column header names ("RE" for the rare earths together), or
    None."""
    m = _ELEMENT_COLUMN.search(cell)
    if m is not None:
        return m.group(0)
    for ch in cell[:8]:
        if ch in _CHINESE:
            return ch
    return "RE" if _TOTAL_COLUMN.search(cell) else None


@dataclasses.dataclass(frozen=True)
class _Header:
    stage: int  # the stage column's index
    names: tuple[str, ...]  # the columns' headers
    elements: tuple[str, ...]  # distinct elements, in order


def _header(cells: list[str]) -> _Header | None:
    if len(cells) < 1 + MIN_ELEMENT_COLUMNS:
        return None
    stage = next((i for i, c in enumerate(cells) if _STAGE_HEAD.fullmatch(c)), None)
    if stage is None:
        return None
    named = [e for e in map(_element, cells) if e is not None]
    distinct = tuple(dict.fromkeys(named))
    # a lone Y is a coordinate; one element beside the rare earths' total is a profile too
    telling = [e for e in distinct if e != "Y"]
    if len(named) < MIN_ELEMENT_COLUMNS or len(telling) < MIN_ELEMENTS:
        return None
    return _Header(stage, tuple(cells), distinct)


def _stage_number(header: _Header, line: str, _at: int) -> int | None:
    """The stage a row is numbered, when it holds numbers besides it; else None."""
    values = by_column(line, header.names)
    if values is None or header.stage >= len(values):
        return None
    stage = values[header.stage][0]
    if not _INTEGER.fullmatch(stage):
        return None
    if sum(1 for v, _ in values if _NUMBER.fullmatch(v)) < 3:  # the stage number and two more
        return None
    return int(stage)


def find_cascades(text: str) -> list[Cascade]:
    """The extraction-cascade stage profiles in `text` (see the module docstring). Only the
    lines where a stage column's header may stand are read as headers, and only the lines below
    a header as its rows: most texts have none, and a long one is not split into lines."""
    found: list[Cascade] = []
    resume = 0  # the rows of a profile found are no header
    for start, end in lines_with(text, _STAGE_WORDS):
        if start < resume:
            continue
        header = _header(row_cells(text[start:end]))
        if header is None:
            continue
        numbers, pos = rows_under(text, end, functools.partial(_stage_number, header), MAX_GAP)
        run = _longest_run(numbers)
        if run is not None:
            found.append(Cascade(start, end, run[0], run[1], header.elements))
            resume = pos
    return found


def _longest_run(numbers: list[int]) -> tuple[int, int] | None:
    """The longest run of consecutive stage numbers (1, 2, 3, …) of at least `MIN_STAGES`."""
    best: tuple[int, int] | None = None
    begin = 0
    for k in range(1, len(numbers) + 1):
        if k == len(numbers) or numbers[k] != numbers[k - 1] + 1:
            if k - begin >= MIN_STAGES and (best is None or k - begin > best[1] - best[0] + 1):
                best = (numbers[begin], numbers[k - 1])
            begin = k
    return best
