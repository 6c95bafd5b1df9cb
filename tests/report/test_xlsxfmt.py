"""The XLSX report: written row by row (openpyxl's write-only mode), read back as a person
opening it in Excel would see it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from scanner.report.csvfmt import COLUMNS
from scanner.report.xlsxfmt import write_xlsx
from scanner.types import Evidence, Verdict

FLAGGED = Verdict(
    path="稀土/烧结规程.docx",
    verdict="controlled",
    score=0.91234,
    control_codes=("1E902.a",),
    categories=("magnet-manufacturing",),
    magnet_types=("NdFeB",),
    carrier="process-spec",
    evidence=(
        Evidence(
            text="1080 °C",
            category="magnet-manufacturing",
            location="page 2",
            rule="value",
            kind="value",
            weight=1.0,
            snippet="烧结温度 1080 °C",
        ),
    ),
)
CLEAR = Verdict(path="minutes.txt", verdict="clear")


def verdicts():
    """A generator: the writer must not need a list."""
    yield FLAGGED
    yield CLEAR
    yield CLEAR


def test_rows_header_filter_and_counts(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    write_xlsx(out, verdicts())
    book = openpyxl.load_workbook(out)
    sheet = book["files"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == list(COLUMNS) and all(c.font.bold for c in sheet[1])
    assert [r[0] for r in rows[1:]] == ["稀土/烧结规程.docx", "minutes.txt", "minutes.txt"]
    first = dict(zip(COLUMNS, rows[1], strict=True))
    assert first["verdict"] == "controlled" and first["score"] == 0.9123
    assert first["top_evidence"] == "1080 °C (page 2)" and first["waiver"] is None
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{chr(ord('A') + len(COLUMNS) - 1)}4"
    counts = {r[0].value: r[1].value for r in book["counts"].iter_rows(min_row=2)}
    assert counts["controlled"] == 1 and counts["clear"] == 2 and counts["error"] == 0


def test_redacted_rows_hide_the_snippet(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    write_xlsx(out, [FLAGGED], redact=True)
    values = [c.value for c in openpyxl.load_workbook(out)["files"][2]]
    assert values[COLUMNS.index("top_evidence")] == "# °C (page 2)"


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ('=HYPERLINK("http://evil.example","x").txt', '=HYPERLINK("http://evil.example","x").txt'),
        ("+1-2.txt", "+1-2.txt"),
        ("@SUM(A1).txt", "@SUM(A1).txt"),
        ("a\x1bb.txt", "a\\x1bb.txt"),  # a control character a workbook cannot hold: escaped
        ("tab\there.txt", "tab\\there.txt"),  # a tab is shown escaped, as in every report for people
    ],
)
def test_file_names_are_text_never_formulas(tmp_path: Path, path: str, shown: str) -> None:
    out = tmp_path / "r.xlsx"
    write_xlsx(out, [Verdict(path=path, verdict="clear", error=None)])
    with zipfile.ZipFile(out) as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml
    cell = openpyxl.load_workbook(out)["files"]["A2"]
    assert cell.value == shown and cell.data_type == "s"


def test_coverage_sheet_says_what_the_counts_do_not_cover(tmp_path: Path) -> None:
    """A stopped scan's workbook said 107 controlled and 591 clear with nothing to tell it was
    stopped, and paths left out by patterns were not mentioned (found by an exploratory test)."""
    from collections import Counter

    from scanner.report.summary import Summary

    why = ("not inspected: unsupported format: binary",)
    unread = Verdict(path="blob.bin", verdict="review", reasons=why)
    summary = Summary(interrupted=True, stopped=130, skipped=Counter({"excluded by pattern '*.log'": 3}))
    out = tmp_path / "r.xlsx"
    write_xlsx(out, iter([FLAGGED, unread]), summary=summary)
    book = openpyxl.load_workbook(out)
    cover = {row[0].value: row[1].value for row in book["coverage"].iter_rows()}
    assert cover["interrupted"].startswith("yes") and cover["exit code"] == 130
    assert cover["left out (not scanned)"] == 3 and cover["left out: excluded by pattern '*.log'"] == 3
    files = list(book["files"].iter_rows(min_row=2, values_only=True))
    assert files[1][COLUMNS.index("not_read")] == "not inspected: unsupported format: binary"
    assert sum(row[1] for row in book["counts"].iter_rows(min_row=2, values_only=True)) == 2
