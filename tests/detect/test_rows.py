"""A table row's cells as the scanner's text holds it (`detect/rows.py`)."""

from __future__ import annotations

import pytest

from scanner.detect.rows import by_column, cell_spans, rows_under


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("1,E,41.2", ["1", "E", "41.2"]),
        ("| 级数 | 有机相镨 | 0.1 |", ["级数", "有机相镨", "0.1"]),
        ("a\tb\t\tc", ["a", "b", "c"]),
        ("Seg  SP   Hold", ["Seg", "SP", "Hold"]),
        ("stg: 1 | La o: 5.93", ["stg: 1", "La o: 5.93"]),
    ],
)
def test_cells_and_where_they_start(line: str, cells: list[str]) -> None:
    spans = cell_spans(line)
    assert [c for c, _ in spans] == cells
    assert all(line[at : at + len(c)] == c for c, at in spans)


@pytest.mark.parametrize(
    ("line", "values"),
    [
        # by position, about as many cells as the header
        ("5,升温,1065", ["5", "升温", "1065"]),
        # by the names the row writes, in the header's order, whatever the row's
        ("seg: 5 | hold: 300 | SP: 1065", ["5", "1065", "300"]),
        ("seg: 5 | SP: 1065", ["5", "1065", ""]),
        # another shape: a row of ten cells under three columns
        (",".join(str(n) for n in range(10)), None),
    ],
)
def test_by_column(line: str, values: list[str] | None) -> None:
    got = by_column(line, ("seg", "SP", "hold"))
    assert (None if got is None else [v for v, _ in got]) == values
    if got is not None:
        assert all(line[at : at + len(v)] == v for v, at in got if v)


def test_rows_under_a_header_end_after_a_gap() -> None:
    text = "h\n1\n2\n#\n3\n\n\n\n4"
    rows, stop = rows_under(text, 1, lambda line, _at: int(line) if line.isdigit() else None, 2)
    assert rows == [1, 2, 3]
    assert text[stop:] == "4"


def test_lines_with_a_word_each_once_in_text_order() -> None:
    from scanner.detect.rows import lines_with

    text = "stage hold\nnothing\nStage 2 stage 3\nhold"
    assert [text[a:b] for a, b in lines_with(text, ("stage", "Stage", "hold"))] == [
        "stage hold",
        "Stage 2 stage 3",
        "hold",
    ]
    assert lines_with("no header here", ("stage",)) == []
