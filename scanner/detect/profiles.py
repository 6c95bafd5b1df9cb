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

A document that names sintering, gives a sintering temperature in the NdFeB range (written
after a sintering word where one is; 1,100 °C and above is iron powder's), and then tempers at
both levels after it, each temperature written after a word of a tempering stage (steel is
annealed at 800–900 °C too, but never after sintering at 1,000–1,095 °C), describes sintered
NdFeB: one finding of a NdFeB magnet term is added (`PROFILE_RULE`), which anchors the text to
rare earths as naming "NdFeB" does.

Furnace cards write it in the shop's own way, and the profile reads them so:
- the tempering stages as "1st anneal", "aging", "heat treatment", 时效, or the shorthand
  一回/二回 (`_STAGE_WORDS`);
- temperatures with a bare 度 or "degrees" ("1065度×5h"), and a transposed table's row named by
  a temperature ("温度(℃) | 烧结: 1060 | 一级回火: 900"), beside the measured Celsius values.
Once the profile is found those readings are temperatures in °C (`Profile.readings`), measured
values as any other.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from scanner.detect.spans import SpanIndex
from scanner.detect.values import Value
from scanner.types import Finding, Segment

#: the finding's rule
PROFILE_RULE = "rule.ndfeb-sinter-temper-profile"
#: its weight: a magnet family named (N52, 2:17 weigh 0.55–0.85)
PROFILE_WEIGHT = 0.8
#: °C ranges: the sintering temperature, the first and the second tempering stage
SINTERING_C = (1000.0, 1095.0)
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
FAHRENHEIT = "unit.fahrenheit"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
#: a thousands separator ("1,065 °C")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


@dataclasses.dataclass(frozen=True)
class Profile:
    """The profile found: where its first tempering word stands (its finding's place), what it
    found, and where all the words it is made of stand."""

    start: int
    end: int
    shown: str  # "1060 °C / 900 °C / 500 °C"
    word_offsets: tuple[int, ...]
    #: the temperatures it read that are no measured value: (start, end, text) of "1065度", or
    #: of a number in a row named by a temperature. Once the profile is found they are °C.
    readings: tuple[tuple[int, int, str], ...] = ()

    @property
    def attrs(self) -> tuple[tuple[str, str], ...]:
        return (
            ("term_kind", "process-step"),
            ("magnet_type", "NdFeB"),
            ("specific", "yes"),
            ("profile", self.shown),
        )


@dataclasses.dataclass(frozen=True)
class _Temperature:
    start: int
    end: int
    numbers: tuple[str, ...]
    text_read: bool = False  # read by this module, not a measured value


#: the words of a tempering stage beyond the lexicon's tempering terms, as furnace cards write
#: them: "1st anneal", "aging", "heat treatment", 时效, 热处理, and the shop's shorthand 一回/二回
#: (一级回火, 二级回火), a word of its own between spaces or at a line's start
_STAGE_WORDS = re.compile(
    r"(?i:\b(?:temper(?:ing|ed)?|anneal(?:ing|ed)?|age|ag(?:e)?ing|aged|heat[- ]?treat(?:ment|ed)?)\b)"
    r"|回火|时效|热处理|(?<![\u4e00-\u9fff])[一二12]回(?![\u4e00-\u9fff])"
)
#: a program line's comment ("SOAK 1060 C ; sinter", "# 1st aging", "// temper"): its marker
#: within this many characters before the word
_COMMENT = re.compile(r"[;#!]|//")
COMMENT_CHARS = 8
#: what may follow a word that ends its line: a comment's close, punctuation
_CLOSING = " \t;:.,)）]】"
#: a temperature written with a bare 度 or "degrees" ("1065度", "900 degrees"): three or four
#: digits (an angle of 30度 or 45 degrees is no furnace's), never 度 of an angle (角) after it;
#: or a controller's set point
_COLLOQUIAL = re.compile(
    r"(?<![\d.,])(?P<num>\d{3,4}(?:\.\d+)?)\s*(?:度(?!角)|(?i:degrees?|deg)\b(?!\s*(?:angle|turn|rotation)))"
    # a furnace controller's temperature set point, without its unit ("TSP=1060", "Temp SP: 900")
    r"|(?i:\bT\.?SP|\btemp(?:erature)?[ _.]?(?:SP|set[ _-]?point))\s*[=:]\s*(?P<sp>\d{3,4}(?:\.\d+)?)\b"
)
#: a table row whose first cell names a temperature ("温度(℃) | 烧结: 1060 | 一级回火: 900": a
#: transposed table, the steps across the columns): every number of the row is one
_TEMPERATURE_ROW = re.compile(
    r"^(?:[^|:\n]{1,40}:\s)?[^|\n]{0,20}(?:温度|(?i:temp(?:erature)?\b)|℃|°C)[^|\n]{0,20} \| "
)
#: a column's header that names a temperature in °C ("temp_C", "温度(℃)", "Temperature (°C)",
#: "setpoint_C", "T [C]")
TEMPERATURE_HEADER = re.compile(
    r"温度|(?i:(?<![a-z])temp(?:erature)?(?![a-z]))|℃|°C|(?<=[_(\[\s])C(?=[)\]]|\s*$)"
)
_DIGIT = re.compile(r"\d")
#: a cell of such a column: a number of three or four digits (after its header)
_COLUMN_NUMBER = re.compile(r"(?:[^|:\n]{1,40}:\s)?(?P<num>\d{3,4}(?:\.\d+)?)\s*")
#: a cell of such a row that is a number of three or four digits (after its column's header)
_CELL_NUMBER = re.compile(
    r"(?<= \| )(?:[^|:\n]{1,40}:\s)?(?P<num>\d{3,4}(?:\.\d+)?)(?= \||\s*$)", re.MULTILINE
)


def find_profile(
    findings: list[Finding],
    values: list[Value],
    text: str,
    starts: list[int],
    segments: Sequence[Segment] = (),
) -> Profile | None:
    """The sintered-NdFeB profile where a document's term `findings`, measured `values` and
    `text` hold it; None otherwise. `starts`: the document's segment starts (a line or row);
    `segments`: the segments themselves (a table row's cells are marked).

    Its temperatures are the Celsius values, those written with a bare 度 or "degrees", and
    the numbers of a row or column named by a temperature. Its tempering words are
    the lexicon's tempering terms and the shop words of a tempering stage (`_STAGE_WORDS`)."""
    if not any(f.rule_id in SINTERING_TERMS for f in findings):
        return None
    temperatures = _temperatures(values, text, starts, segments)
    # the temperature written after a sintering word; else (a card whose rows are numbered
    # segments, "sinter" in its title) the first in the range
    in_range = [t for t in temperatures if _in(t.numbers, SINTERING_C)]
    keys, range_keys = [t.start for t in temperatures], [t.start for t in in_range]
    sintering = next(
        (
            t
            for f in findings
            if f.rule_id in SINTERING_TERMS
            for t in _after(in_range, range_keys, f.offset, f.offset + len(f.matched_text), starts, text)
        ),
        in_range[0] if in_range else None,
    )
    if sintering is None:
        return None
    words = sorted(
        {(f.offset, f.offset + len(f.matched_text)) for f in findings if f.rule_id in TEMPERING_TERMS}
        | {m.span() for m in _STAGE_WORDS.finditer(text)}
    )
    first = second = None
    for start, end in words:
        after = [t for t in _after(temperatures, keys, start, end, starts, text) if t.start > sintering.start]
        first = first or next(((start, end, t) for t in after if _in(t.numbers, FIRST_TEMPER_C)), None)
        second = second or next(((start, end, t) for t in after if _in(t.numbers, SECOND_TEMPER_C)), None)
        if first and second:
            break
    if not (first and second):
        return None
    shown = " / ".join(_shown(t.numbers) for t in (sintering, first[2], second[2]))
    offsets = [f.offset for f in findings if f.rule_id in SINTERING_TERMS] + [s for s, _ in words]
    measured = SpanIndex((v.start, v.end) for v in values)
    readings = tuple(
        (t.start, t.end, text[t.start : t.end])
        for t in temperatures
        if t.text_read and not measured.overlaps(t.start, t.end)
    )
    return Profile(first[0], first[1], shown, tuple(sorted(set(offsets))), readings)


def _after(
    temperatures: list[_Temperature], keys: list[int], start: int, end: int, starts: list[int], text: str
) -> list[_Temperature]:
    """The temperatures a word (at `start`–`end`) names: those written after it in its line or
    row, within `AFTER_CHARS` characters; and, in a table row or where the word is a comment
    that ends a program's line ("SOAK 1060 C ; sinter"), those before it there too, or, where
    that line has none, those of the line above it (the ramp to the hold's set point). In running
    text a temperature before the word belongs to another step ("heat to 900 °C and quench,
    tempering 500 °C"; "repeat at 900 °C and 500 °C tempering references"). `temperatures` are
    in text order and `keys` are their starts: only the word's own segment is looked at (a long
    log's thousands of words and temperatures are not compared each with each)."""
    segment = bisect.bisect_right(starts, start) - 1
    seg_start = starts[segment]
    seg_end = starts[segment + 1] - 1 if segment + 1 < len(starts) else len(text)
    lo, hi = bisect.bisect_left(keys, seg_start), bisect.bisect_left(keys, seg_end)
    above = bisect.bisect_left(keys, starts[segment - 1] if segment else seg_start)
    if above == hi:
        return []  # none in its line, nor in the line above
    line_start = text.rfind("\n", seg_start, start) + 1
    comment = _COMMENT.search(text, max(line_start, start - COMMENT_CHARS), start)
    row = text.find(" | ", seg_start, seg_end) >= 0
    either_way = row or (comment is not None and not text[end:seg_end].strip(_CLOSING))
    before = comment.start() if comment is not None else start
    found = [
        t
        for t in temperatures[lo:hi]
        if start < t.start <= end + AFTER_CHARS or (either_way and t.end <= before)
    ]
    if found or comment is None or not either_way or segment == 0:
        return found
    # a program's hold that names its step where the line above ramps to its set point ("SEG 3
    # RAMP TSP=1060" / "SEG 4 DWELL TIME=05:00 ; sinter"): that line's temperatures, unless it
    # names a step of its own in a comment
    if _COMMENT.search(text, starts[segment - 1], seg_start):
        return []
    return temperatures[above:lo]


def _temperatures(
    values: list[Value], text: str, starts: list[int], segments: Sequence[Segment]
) -> list[_Temperature]:
    """The document's temperatures in °C, in text order (see `find_profile`)."""
    found = [_Temperature(v.start, v.end, _numbers(v.text)) for v in values if v.unit.id == CELSIUS]
    found += [  # a traveller in °F: 1940 °F is 1060 °C
        _Temperature(
            v.start,
            v.end,
            tuple(f"{(float(n.replace(',', '.')) - 32) * 5 / 9:.0f}" for n in _numbers(v.text)),
        )
        for v in values
        if v.unit.id == FAHRENHEIT
    ]
    for m in _COLLOQUIAL.finditer(text):
        if m.group("num") is not None:  # "1065度": the number and its word
            found.append(_Temperature(m.start(), m.end(), (m.group("num"),), True))
        else:  # "TSP=1060": the number
            found.append(_Temperature(m.start("sp"), m.end("sp"), (m.group("sp"),), True))
    if " | " in text:
        for i, begin in enumerate(starts):
            end = starts[i + 1] - 1 if i + 1 < len(starts) else len(text)
            row = text[begin:end]
            if _TEMPERATURE_ROW.match(row):
                for m in _CELL_NUMBER.finditer(row):
                    found.append(
                        _Temperature(begin + m.start("num"), begin + m.end("num"), (m.group("num"),), True)
                    )
    found.extend(_column_temperatures(text, starts, segments))
    found.sort(key=lambda t: t.start)
    return found


def _column_temperatures(text: str, starts: list[int], segments: Sequence[Segment]) -> list[_Temperature]:
    """The numbers of a table column named by a temperature ("step | temp_C | time_h" over
    "sintering | 1060 | 4.5"): a row whose every cell is a word and one of them a temperature
    names the columns of the rows under it (until a row without cells). A row of mostly words
    is read as it stands (`extract/table.py`), so its numbers are found here by their column."""
    found: list[_Temperature] = []
    columns: set[str] = set()
    for i, seg in enumerate(segments[: len(starts)]):
        if not seg.marks:
            columns = set()
            continue
        cells = _cells(text, starts[i], seg)
        named = {col for col, _, _, cell in cells if TEMPERATURE_HEADER.search(cell)}
        if named and not any(
            _DIGIT.search(cell) for _, _, _, cell in cells if not TEMPERATURE_HEADER.search(cell)
        ):
            columns = named
            continue
        for col, start, _, cell in cells:
            m = _COLUMN_NUMBER.fullmatch(cell) if col in columns else None
            if m is not None:
                found.append(
                    _Temperature(start + m.start("num"), start + m.end("num"), (m.group("num"),), True)
                )
    return found


def _cells(text: str, begin: int, seg: Segment) -> list[tuple[str, int, int, str]]:
    """A row's cells: (column letters, start, end, text), the cell's header included."""
    out = []
    end_of_row = begin + len(seg.text)
    for k, (offset, ref) in enumerate(seg.marks):
        start = begin + offset
        end = begin + seg.marks[k + 1][0] - 3 if k + 1 < len(seg.marks) else end_of_row
        out.append((ref.rstrip("0123456789"), start, end, text[start:end]))
    return out


def _numbers(text: str) -> tuple[str, ...]:
    """The numbers a value is written with ("1,065 °C" → ["1065"]; "880-900°C" → two)."""
    return tuple(_NUMBER.findall(_THOUSANDS.sub("", text)))


def _in(numbers: tuple[str, ...], bounds: tuple[float, float]) -> bool:
    low, high = bounds
    return bool(numbers) and all(low <= float(n.replace(",", ".")) <= high for n in numbers)


def _shown(numbers: tuple[str, ...]) -> str:
    return "–".join(numbers) + " °C"
