"""A furnace program that names its material by its numbers alone: sintered NdFeB's heat
treatment in a controller's segment table.

DOMAIN.md's hardest cases are "technology described only by equipment and numbers (no 'rare
earth' anywhere)" and "a parameter sheet that is all numbers under short Chinese headers". A
vacuum furnace's recipe export is both: a table of segments (段号, step, seg) with a set-point
temperature (目标温度, SP, setpoint) and a hold time (保温时间, hold, dwell, soak) a row, and
not one word of sintering or tempering. `profiles.py` reads the profile where its words stand;
this module reads it from the program: a hold at 1,000–1,095 °C, then, later in the program, a
hold at 800–950 °C and then one at 420–650 °C, with nothing hotter than 1,095 °C between. Steel
is never held at 800–950 °C after 1,000 °C and then tempered (it hardens, and tempers once or
twice at one level); tool steels harden at 1,000–1,080 °C but temper at 500–600 °C only;
superalloys age at 700–850 °C after a solution treatment; ferrous PM, ferrite, carbide and SmCo
sinter hotter (`profiles.py`). The program is the same profile `profiles.py` finds: a NdFeB
magnet term (`PROFILE_RULE`), and its three temperatures are process parameters.

The table is read from the text as the readers give it: a delimited row ("5,升温,1065,45,300,…")
or a row the spreadsheet readers write as "段号: 5 | 目标温度(℃): 1065 | …" under a header line.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from scanner.detect.profiles import FIRST_TEMPER_C, SECOND_TEMPER_C, SINTERING_C, TEMPERATURE_HEADER
from scanner.detect.rows import by_column, lines_with, row_cells, rows_under

#: lines between the header and a row, or between two rows (a comment, a blank line)
MAX_GAP = 2
#: what a program table's header holds, as written (`rows.lines_with`)
_HOLD_WORDS = (
    *("保温", "恒温", "保持时间"),
    *("hold", "Hold", "HOLD", "dwell", "Dwell", "DWELL", "soak", "Soak", "SOAK"),
)
#: the set-point temperature's column: a temperature's header (`profiles.TEMPERATURE_HEADER`), or
#: a set point's
_SET_POINT = re.compile(r"(?i:(?<![a-z])(?:t\.?sp|sp|set[ _-]?point|setpoint)(?![a-z]))")
#: a column of temperatures measured, not set (a log's thermocouples, 实测)
_MEASURED = re.compile(r"实测|实际|(?i:(?<![a-z])(?:pv|actual|measured|tc\d*)(?![a-z]))")
#: the hold time's column
_HOLD = re.compile(r"保温|恒温|保持时间|(?i:(?<![a-z])(?:hold|dwell|soak)(?![a-z]))")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclasses.dataclass(frozen=True)
class Program:
    """The program found: its header line's place, and its three holds' temperature cells."""

    start: int
    end: int
    temperatures: tuple[float, float, float]
    #: (start, end, text) of the three temperatures in the text
    readings: tuple[tuple[int, int, str], ...]

    @property
    def shown(self) -> str:
        return " / ".join(f"{t:g} °C" for t in self.temperatures)


@dataclasses.dataclass(frozen=True)
class _Columns:
    temperature: int
    hold: int
    names: tuple[str, ...]


def _columns(cells: list[str]) -> _Columns | None:
    temperature = next(
        (
            i
            for i, c in enumerate(cells)
            if (TEMPERATURE_HEADER.search(c) or _SET_POINT.search(c))
            and not _MEASURED.search(c)
            and not _HOLD.search(c)
        ),
        None,
    )
    hold = next((i for i, c in enumerate(cells) if _HOLD.search(c)), None)
    if temperature is None or hold is None:
        return None
    return _Columns(temperature, hold, tuple(cells))


def _step(columns: _Columns, line: str, start: int) -> tuple[float, float, int, int] | None:
    """A row's set point and hold, and where the set point stands; None for another line."""
    values = by_column(line, columns.names)
    if values is None:
        return None
    cells = []
    for i in (columns.temperature, columns.hold):
        if i >= len(values) or not _NUMBER.fullmatch(values[i][0]):
            return None
        cells.append(values[i])
    (temperature, at), (hold, _) = cells
    return float(temperature), float(hold), start + at, start + at + len(temperature)


def find_program(text: str) -> Program | None:
    """The first segment table of `text` that holds sintered NdFeB's heat treatment (see the
    module docstring), or None."""
    resume = 0  # the rows read under a header are no header
    for start, end in lines_with(text, _HOLD_WORDS):
        if start < resume:
            continue
        columns = _columns(row_cells(text[start:end]))
        if columns is None:
            continue
        steps, pos = rows_under(text, end, functools.partial(_step, columns), MAX_GAP)
        resume = pos
        found = _profile(steps)
        if found is not None:
            held = [steps[k] for k in found]
            return Program(
                start,
                end,
                (held[0][0], held[1][0], held[2][0]),
                tuple((s[2], s[3], text[s[2] : s[3]]) for s in held),
            )
    return None


def _profile(steps: list[tuple[float, float, int, int]]) -> tuple[int, int, int] | None:
    """The indices of the sintering hold (the last one in the range before the tempering) and
    the first and second tempering holds after it, with nothing hotter than sintering between
    (see the module docstring)."""
    sinter = first = None
    for k, (t, hold, _, _) in enumerate(steps):
        if t > SINTERING_C[1]:
            sinter = first = None  # hotter than NdFeB is sintered: start again
        elif hold <= 0:
            continue
        elif first is None and SINTERING_C[0] <= t:
            sinter = k
        elif sinter is not None and first is None and FIRST_TEMPER_C[0] <= t <= FIRST_TEMPER_C[1]:
            first = k
        elif first is not None and SECOND_TEMPER_C[0] <= t <= SECOND_TEMPER_C[1]:
            return sinter, first, k
    return None
