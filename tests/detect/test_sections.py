"""Sections: where a document's parts begin, and how a person is told where they are."""

from __future__ import annotations

import itertools

import pytest

from scanner.detect.sections import (
    MAX_CHARS,
    MIN_CHARS,
    WHOLE_CHARS,
    heading_title,
    quiet_runs,
    split_sections,
)
from scanner.types import Location

FILLER_EN = "The company continued to grow its sales network and served customers worldwide.\n"
FILLER_ZH = "公司持续完善治理结构，加强投资者关系管理，推进信息披露工作，销售网络覆盖全球主要市场。\n"


@pytest.mark.parametrize(
    "line",
    [
        "# Annual report 2025",
        "### 3.2 Sintering",
        "3.2 Sintering and ageing",
        "第三章 工艺说明",
        "三、工艺参数",
        "附录 F 内部工艺参数",
        "附錄 B 燒結條件",
        "Appendix F — process window",
        "Annex 2: commissioning record",
        "Anhang A Sinterparameter",
        "付録 1 焼結条件",
        "(二) 设备调试",
    ],
)
def test_headings(line: str) -> None:
    assert heading_title(line)


@pytest.mark.parametrize(
    "line",
    [
        "1 1080 4.5 h 0.65 MPa",  # a table row
        "1 | 额定电流 | 6 | 5.9~6.1 | kA | 整流柜恒流运行",  # a spreadsheet row
        "2\tSintering\t1065",
        "3.2 The furnace is held at 1065 °C for four hours before the first ageing step.",
        "2025 年实现营业收入 52.3 亿元，同比增长 12%。",
        "",
        "12",
        "1. 速凝铸片：辊速 1.8 m/s，浇注温度 1450 ℃，片厚 0.25–0.35 mm。",
    ],
)
def test_not_headings(line: str) -> None:
    assert heading_title(line) is None


def _text_locations(text: str) -> tuple[tuple[int, ...], tuple[Location, ...]]:
    starts, locations, pos = [], [], 0
    for number, line in enumerate(text.split("\n"), 1):
        starts.append(pos)
        locations.append(Location(line=number))
        pos += len(line) + 1
    return tuple(starts), tuple(locations)


@pytest.mark.parametrize(
    "text",
    [
        "# Note\nSintering at 1065 °C for 4 h.\n",
        "".join(f"## {i}. Slide {i}\n" + FILLER_EN * 6 for i in range(1, 5)),  # under WHOLE_CHARS
    ],
)
def test_a_short_document_is_one_section(text: str) -> None:
    assert len(text) < WHOLE_CHARS
    assert len(split_sections(text)) == 1


def test_an_appendix_after_a_long_report_is_its_own_section() -> None:
    appendix = "## Appendix F process parameters\n" + "Sinter 1065 °C 4 h\n" * 20
    text = "# Annual report\n" + FILLER_EN * 40 + appendix
    starts, locations = _text_locations(text)
    sections = split_sections(text, starts, locations)
    assert len(sections) == 2
    last = sections[-1]
    assert text[last.start :].startswith("## Appendix F")
    assert "Appendix F process parameters" in last.where and last.where.startswith("lines 42–")


def test_small_blocks_join_until_a_section_is_big_enough() -> None:
    text = "".join(f"## {i}. Heading {i}\nshort body line\n" for i in range(1, 120))
    sections = split_sections(text)
    assert len(sections) > 1
    assert all(s.end - s.start >= MIN_CHARS for s in sections[:-1])


def test_long_text_without_structure_is_cut_into_windows() -> None:
    text = FILLER_ZH * 400
    sections = split_sections(text)
    assert len(sections) > 3
    assert all(s.end - s.start <= MAX_CHARS for s in sections)
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(sections))
    assert "(part 1 of" in sections[0].where


@pytest.mark.parametrize(
    "banner",
    [
        "-----Original Message-----",
        "---------- Forwarded message ---------",
        "发件人：张工 <zhang@example.cn>",
        "寄件者: 陳經理",
        "Von: Müller, Hans",
        "On Tue, 4 Nov 2025 at 09:12, Li Wei <li@example.com> wrote:",
        "-------- 原始邮件 --------",
    ],
)
def test_quoted_and_forwarded_messages_start_sections(banner: str) -> None:
    text = FILLER_EN * 20 + banner + "\n" + FILLER_EN * 20
    sections = split_sections(text)
    assert len(sections) == 2
    assert text[sections[1].start :].startswith(banner)
    assert "quoted or forwarded message" in sections[1].where


def test_quote_depth_starts_a_section() -> None:
    text = FILLER_EN * 20 + "".join("> " + line + "\n" for line in (FILLER_EN * 20).splitlines())
    sections = split_sections(text)
    assert len(sections) == 2 and "quoted" in sections[1].where


def test_pages_and_sheets_are_named() -> None:
    pages = [FILLER_EN * 18 for _ in range(4)]
    text = "\n".join(pages)
    starts, pos = [], 0
    for p in pages:
        starts.append(pos)
        pos += len(p) + 1
    locations = tuple(Location(page=i + 1) for i in range(4))
    sections = split_sections(text, tuple(starts), locations)
    assert [s.where for s in sections][:2] == ["page 1", "page 2"]
    sheets = (Location(sheet="参数", cell=""), Location(sheet="Costs", cell=""))
    text = FILLER_EN * 20 + "\n" + FILLER_EN * 20
    sections = split_sections(text, (0, len(FILLER_EN) * 20 + 1), sheets)
    assert [s.where for s in sections] == ["sheet 参数", "sheet Costs"]


@pytest.mark.parametrize(
    ("text", "marked", "expected"),
    [
        ("a\nb\nc\n", [], []),
        ("trade\nroute 1\nroute 2\n", [0], ["route 1\nroute 2"]),
        ("route\ntrade\nroute again\n\n", [6], ["route", "route again"]),
        ("trade\n\nroute\n\ntrade too\n", [0, 14], ["route"]),
        ("trade\ntrade\n", [0, 6], []),
        ("one line, marked at its end", [26], []),
    ],
    ids=["nothing-marked", "after", "around", "blank-lines-trimmed", "all-marked", "one-line"],
)
def test_quiet_runs(text: str, marked: list[int], expected: list[str]) -> None:
    assert [text[lo:hi] for lo, hi in quiet_runs(text, marked)] == expected
