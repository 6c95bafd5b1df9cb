"""Rows to segments (CSV, spreadsheets, Word/PowerPoint/PDF tables): every value next to its
column's header, every cell's place marked. The reader strips each cell once and builds a
row's location only for a row that holds something; it must give what the plain form gives."""

from __future__ import annotations

import random

import pytest

from scanner.extract.table import (
    _UNIT_CELL,
    column_letter,
    is_header_row,
    row_segment,
    rows_to_segments,
)
from scanner.types import Location, Segment

_NUMERIC_CHARS = " +-−~≤≥<>±.,%0123456789/:()（）"


def _reference(rows, make_location, first_row=1, numbers=None) -> list[Segment]:
    """The plain form: a header test and a segment per row, each cell stripped where used."""
    import re

    numeric = re.compile(r"^[\s+\-−~≤≥<>±.,%\d/:()（）]*$")

    def header(cells) -> bool:
        filled = [c for c in cells if c.strip()]
        return len(filled) >= 2 and sum(1 for c in filled if not numeric.match(c)) >= 0.6 * len(filled)

    def units(cells) -> bool:
        filled = [c.strip() for c in cells if c.strip()]
        ok = bool(filled) and all(_UNIT_CELL.fullmatch(c) for c in filled)
        return ok and (len(filled) > 1 or len(filled[0]) > 1)

    def segment(cells, number, headers, location):
        parts, marks, offset = [], [], 0
        for col, value in enumerate(cells):
            value = value.strip()
            if not value:
                continue
            head = headers[col].strip() if headers and col < len(headers) else ""
            piece = f"{head}: {value}" if head and head != value else value
            if parts:
                offset += 3
            marks.append((offset, f"{column_letter(col)}{number}"))
            parts.append(piece)
            offset += len(piece)
        return Segment(" | ".join(parts), location, tuple(marks)) if parts else None

    def groups(upper, lower) -> bool:
        """Merged group names over the header below (`table._groups_over`), written plainly."""
        n = max(len(upper), len(lower))
        up = [(upper[i] if i < len(upper) else "").strip() for i in range(n)]
        low = [(lower[i] if i < len(lower) else "").strip() for i in range(n)]
        named = [i for i in range(n) if up[i]]
        if len(named) < 2 or len([v for v in low if v]) <= len(named):
            return False
        for i in named:
            if len(up[i]) > 24 or numeric.match(up[i]) or re.search(r"[0-9]", up[i]):
                return False
            if i + 1 in named and low[i]:
                return False
        spans = len([i for i in named if i + 1 < n and not up[i + 1] and low[i + 1]])
        return spans >= 2 or (spans == 1 and any(not low[i] for i in named))

    def grouped(upper, lower) -> list[str]:
        n = max(len(upper), len(lower))
        out, group = [], ""
        for i in range(n):
            above = upper[i].strip() if i < len(upper) else ""
            own = lower[i].strip() if i < len(lower) else ""
            group = above or group
            if above and not own:
                out.append(above)
            elif group and own and group != own:
                out.append(group + " " + own)
            else:
                out.append(own or group)
        return out

    out, headers, last_was_header, may_group = [], None, False, True
    for index, cells in enumerate(rows):
        number = numbers[index] if numbers else first_row + index
        if last_was_header and units(cells):
            for col, cell in enumerate(cells):
                unit = cell.strip().strip("[]()（）").strip()
                if not unit:
                    continue
                while len(headers) <= col:
                    headers.append("")
                headers[col] = f"{headers[col]} ({unit})" if headers[col] else f"({unit})"
            seg = segment(cells, number, None, make_location(number))
            last_was_header = False
        elif header(cells):
            if last_was_header and may_group and headers is not None and groups(headers, cells):
                headers, may_group = grouped(headers, cells), False
            else:
                headers, may_group = [c.strip() for c in cells], True
            seg = segment(cells, number, None, make_location(number))
            last_was_header = True
        else:
            seg = segment(cells, number, headers, make_location(number))
            if seg:
                last_was_header, may_group = False, True
        if seg:
            out.append(seg)
    return out


def _cell(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return ""
    if kind == 1:
        return " " * rng.randrange(3)
    if kind == 2:
        return "".join(rng.choice(_NUMERIC_CHARS) for _ in range(rng.randrange(1, 6)))
    if kind == 3:
        return rng.choice(["槽温(℃)", "O/A", "Nd2O3 %", "名称", " 烧结 ", "item", "date", "回火", "批号"])
    if kind == 4:
        return rng.choice(["1080", " 2.5 ", "≤5×10-3 Pa", "N52", "—"])
    return "".join(rng.choice("abcXYZ 中文-") for _ in range(rng.randrange(1, 8)))


@pytest.mark.parametrize("seed", range(12))
def test_rows_to_segments_is_the_plain_form(seed: int) -> None:
    rng = random.Random(seed)
    rows = [
        [_cell(rng) for _ in range(rng.randrange(0, 9 if seed else 800))] for _ in range(rng.randrange(1, 60))
    ]
    numbers = sorted(rng.sample(range(1, 10_000), len(rows))) if seed % 3 == 0 else None
    first = rng.randrange(1, 5)
    made: list[int] = []

    def where(n: int) -> Location:
        made.append(n)
        return Location(row=n)

    got = rows_to_segments(rows, where, first, numbers)
    assert got == _reference(rows, lambda n: Location(row=n), first, numbers)
    assert made == [int(s.location.row) for s in got]  # a location only for a row that holds something


@pytest.mark.parametrize(
    ("cells", "header"),
    [
        (["名称", "槽温(℃)", "O/A"], True),
        (["1080", "2.5", "3"], False),
        (["item", " "], False),  # one filled cell
        (["Nd", "1.2", "Pr", "0.3", "Dy"], True),  # 3 of 5 textual: 0.6
        (["Nd", "1.2", "0.4", "Pr", "0.3"], False),
    ],
)
def test_header_rows(cells: list[str], header: bool) -> None:
    assert is_header_row(cells) is header


def test_row_segment_marks_each_cell_under_its_header() -> None:
    seg = row_segment([" 1080 ", "", "N52"], 7, [" 烧结温度 ", "x", "牌号"], Location(row=7))
    assert seg is not None and seg.text == "烧结温度: 1080 | 牌号: N52"
    assert seg.marks == ((0, "A7"), (13, "C7"))
    assert row_segment(["", "  "], 1, None, Location(row=1)) is None


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a units row under the header: each value is read with its column's unit
        (
            [["Step", "Temperature", "Time"], ["", "°C", "h"], ["Sintering", "1060", "4"]],
            "Step: Sintering | Temperature (°C): 1060 | Time (h): 4",
        ),
        (
            [["Step", "Temp", "Vacuum"], ["", "(℃)", "[Pa]"], ["Aging", "500", "0.01"]],
            "Step: Aging | Temp (℃): 500 | Vacuum (Pa): 0.01",
        ),
        # a unit column: rows of mostly text are read as they stand
        (
            [["Parameter", "Value", "Unit"], ["Sintering", "1060", "°C"], ["Vacuum", "5e-3", "Pa"]],
            "Vacuum | 5e-3 | Pa",
        ),
        # not a units row: text under a header is a new header, as before
        (
            [["Parameter", "Value"], ["Extractant", "P507"], ["O/A", "1.5"]],
            "Extractant: O/A | P507: 1.5",
        ),
        # one bare letter alone is no units row
        (
            [["Batch", "Lot size", "Run"], ["", "", "N"], ["12", "3", "7"]],
            "Batch: 12 | Lot size: 3 | Run: 7",
        ),
        # a units row only right under a header, not after data
        (
            [["Step", "Temp"], ["Sintering", "1060"], ["", "°C"], ["Aging", "500"]],
            "Step: Aging | Temp: 500",
        ),
    ],
)
def test_units_and_data_rows(rows: list[list[str]], expected: str) -> None:
    segments = rows_to_segments(rows, lambda n: Location(row=n))
    assert segments[-1].text == expected
    assert segments == _reference(rows, lambda n: Location(row=n))


GROUPED = [
    ["批号", "烧结", "", "", "回火", ""],
    ["", "温度", "时间", "真空度", "温度", "时间"],
    ["", "℃", "h", "Pa", "℃", "h"],
    ["N52-01", "1065", "5", "3e-3", "900", "2"],
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # merged group cells over a header, a name merged down beside them, units under both
        (
            GROUPED,
            "批号: N52-01 | 烧结 温度 (℃): 1065 | 烧结 时间 (h): 5 | 烧结 真空度 (Pa): 3e-3 | "
            "回火 温度 (℃): 900 | 回火 时间 (h): 2",
        ),
        # two groups, the first column named in the lower row
        (
            [
                ["", "sintering", "", "tempering", ""],
                ["lot", "T", "t", "T", "t"],
                ["A1", "1065", "5", "900", "2"],
            ],
            "lot: A1 | sintering T: 1065 | sintering t: 5 | tempering T: 900 | tempering t: 2",
        ),
        # no groups: a key-value preamble above the header (the sheets of the labelled corpus)
        (
            [
                ["Line", "冷轧二车间", "Asset", "AF-3 全氢罩式炉", "", "Rev", "2024-02"],
                ["任务号", "任务", "周期", "参考值", "单位", "允差", "上次执行"],
                ["A1", "1.2", "30", "1", "5", "0.5", "7"],
            ],
            "任务号: A1 | 任务: 1.2 | 周期: 30 | 参考值: 1 | 单位: 5 | 允差: 0.5 | 上次执行: 7",
        ),
        (
            [
                ["编号 PF-Ce-07", "", "", "编制", "杨帆", "", "审核", "周婷"],
                ["牌号", "PrNd", "Ce", "La", "Dy", "B", "Co", "Cu"],
                ["N45", "23.5", "6.5", "0.3", "0.2", "0.98", "1.0", "0.1"],
            ],
            "牌号: N45 | PrNd: 23.5 | Ce: 6.5 | La: 0.3 | Dy: 0.2 | B: 0.98 | Co: 1.0 | Cu: 0.1",
        ),
        (
            [
                ["contact", "Mr Zhong", "", "buyer", "Shen"],
                ["no", "code", "item", "spec", "unit", "qty"],
                ["1", "A-1", "PrNd oxide", "99.5%", "kg", "500"],
            ],
            "no: 1 | code: A-1 | item: PrNd oxide | spec: 99.5% | unit: kg | qty: 500",
        ),
    ],
)
def test_merged_group_headers(rows: list[list[str]], expected: str) -> None:
    segments = rows_to_segments(rows, lambda n: Location(row=n))
    assert segments[-1].text == expected
    assert segments == _reference(rows, lambda n: Location(row=n))
