"""Saved scans: `scanner report` makes any report from one, `scanner diff` compares two."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from scanner.saved import SavedScanError, diff, iter_scan, load_scan
from scanner.types import Verdict

ROOT = Path(__file__).resolve().parent.parent


def v(path: str, verdict: str, codes: tuple[str, ...] = ()) -> Verdict:
    return Verdict(path=path, verdict=verdict, control_codes=codes)


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        ([v("a", "clear")], [v("a", "controlled", ("1E902.a",))], "newly_flagged"),
        ([], [v("a", "review")], "newly_flagged"),  # a new file, flagged
        ([v("a", "controlled", ("1E902.a",))], [v("a", "clear")], "cleared"),
        ([v("a", "review")], [], None),  # a flagged file gone: removed, not cleared
        ([v("a", "controlled", ("1E902.a",))], [v("a", "controlled", ("1E902.b",))], "changed"),
        ([v("a", "clear")], [v("a", "error")], "changed"),
        ([v("a", "controlled", ("1E902.a",))], [v("a", "review")], "changed"),  # flagged both times
        ([v("a", "clear")], [v("a", "clear")], None),
    ],
)
def test_diff(old, new, kind) -> None:
    d = diff(old, new)
    found = {k for k in ("newly_flagged", "cleared", "changed") if getattr(d, k)}
    assert found == ({kind} if kind else set())


def vt(path: str, verdict: str, file_type: str | None = None, codes: tuple[str, ...] = ()) -> Verdict:
    return Verdict(path=path, verdict=verdict, control_codes=codes, file_type=file_type)


def test_a_real_file_named_like_a_member_is_not_the_member() -> None:
    """`out.zip!inner.txt` the member and `out.zip!inner.txt` the file beside `out.zip` (listed
    after the zip's members): the member went from controlled to clear and the file from clear
    to controlled. Paired by path alone, the diff saw neither change; in the order listed, both."""
    old = [
        vt("out.zip", "controlled", "zip", ("1E902.a",)),
        vt("out.zip!inner.txt", "controlled", "text", ("1E902.a",)),
        vt("out.zip!inner.txt", "clear", "text"),
    ]
    new = [
        vt("out.zip", "clear", "zip"),
        vt("out.zip!inner.txt", "clear", "text"),
        vt("out.zip!inner.txt", "controlled", "text", ("1E902.a",)),
    ]
    d = diff(old, new)
    assert [b.path for _, b in d.newly_flagged] == ["out.zip!inner.txt"]
    assert [a.path for a, _ in d.cleared] == ["out.zip", "out.zip!inner.txt"]
    assert d.repeated == 2 and not d.added and not d.removed


def test_repeated_paths_are_paired_in_order_and_noted() -> None:
    from scanner.saved import render_diff

    old = [v("a.txt", "clear"), v("a.txt", "controlled", ("1E902.a",))]
    new = [v("a.txt", "clear"), v("a.txt", "clear")]
    d = diff(old, new)
    assert [a.verdict for a, _ in d.cleared] == ["controlled"] and not d.added and not d.removed
    assert d.repeated == 2 and d.to_dict()["repeated_paths"] == 2
    assert "2 entries repeat a path" in render_diff(d)
    assert "repeat a path" not in render_diff(diff(new[:1], new[:1]))


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("saved") / "scan.jsonl"
    subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(ROOT / "samples"), "--no-cache", "-q",
         "--format", "jsonl", "-o", str(out)],
        check=False, timeout=600,
    )  # fmt: skip
    return out


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scanner", *args], capture_output=True, timeout=300)


def test_report_json_from_a_saved_scan_keeps_every_file(saved: Path) -> None:
    done = run("report", str(saved), "--format", "json")
    assert done.returncode == 1  # the samples hold controlled files
    files = json.loads(done.stdout)["files"]
    original = [json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines()]
    assert files == original


@pytest.mark.parametrize("fmt", ["html", "sarif", "csv", "text"])
def test_report_formats(saved: Path, fmt: str) -> None:
    done = run("report", str(saved), "--format", fmt)
    assert done.returncode == 1 and b"NdFeB_sintering_spec_QP-S-017.docx" in done.stdout


def test_a_json_lines_scan_has_no_time_and_its_report_claims_none(saved: Path) -> None:
    """JSON Lines record no time: the report says so instead of '0.0s'."""
    summary = json.loads(run("report", str(saved), "--format", "json").stdout)["summary"]
    assert "seconds" not in summary
    assert b"(time not recorded)" in run("report", str(saved), "--format", "text").stdout
    assert b"not recorded" in run("report", str(saved), "--format", "html").stdout


def test_report_xlsx(saved: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert run("report", str(saved), "--format", "xlsx", "-o", str(out)).returncode == 1
    book = openpyxl.load_workbook(out)
    sheet = book["files"]
    paths = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert "NdFeB_sintering_spec_QP-S-017.docx" in paths
    saved_verdicts = load_scan(saved)
    assert paths == [v.path for v in saved_verdicts]
    counts = {row[0].value: row[1].value for row in book["counts"].iter_rows(min_row=2)}
    assert sum(counts.values()) == len(saved_verdicts)
    assert counts["controlled"] == sum(v.verdict == "controlled" for v in saved_verdicts) > 0


@pytest.mark.parametrize(("quiet", "noted"), [((), True), (("-q",), False), (("--quiet",), False)])
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_report_quiet_drops_the_written_note(saved: Path, tmp_path: Path, fmt: str, quiet, noted) -> None:
    out = tmp_path / f"r.{fmt}"
    proc = run("report", str(saved), "--format", fmt, "-o", str(out), *quiet)
    assert proc.returncode == 1 and out.stat().st_size > 0
    assert (b"report written to" in proc.stderr) is noted


def test_diff_reads_sweeps_one_verdict_at_a_time(saved: Path) -> None:
    """`diff` takes iterators (`scanner diff` passes `iter_scan`) and keeps no evidence."""
    d = diff(iter_scan(saved), iter(()))
    assert len(d.removed) == len(load_scan(saved)) and not d.cleared
    assert not hasattr(d.removed[0], "evidence")


def test_a_scan_killed_mid_line_still_loads(saved: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.jsonl"
    text = saved.read_text(encoding="utf-8")
    cut.write_text(text[: len(text) - 40], encoding="utf-8")
    assert len(load_scan(cut)) == len(text.splitlines()) - 1


def test_not_a_saved_scan(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"path": "a"}\nnot json\n{"x": 1}\n', encoding="utf-8")
    with pytest.raises(SavedScanError):
        load_scan(bad)
    done = run("report", str(bad))
    assert done.returncode == 2


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        ('{"path": "a", "verdict": "clear"}\n{"path": "b", "verdict": "review"}\n', ["a", "b"]),
        ('\ufeff{"path": "a", "verdict": "clear"}\r\n\r\n{"path": "b", "verdict": "clear"}', ["a", "b"]),
        ('{"path": "a", "verdict": "clear"}\n{"path": "b", "verd', ["a"]),  # killed mid-line
        ('{"files": [{"path": "a", "verdict": "clear"}], "summary": {}}', ["a"]),  # --format json
        ('{"path": "files", "verdict": "clear"}\n{"path": "b", "verdict": "clear"}\n', ["files", "b"]),
    ],
    ids=["jsonl", "bom-crlf-blank", "cut", "json-document", "jsonl-naming-files"],
)
def test_iter_scan_reads_what_load_scan_reads(tmp_path: Path, text: str, paths: list[str]) -> None:
    saved = tmp_path / "scan.jsonl"
    saved.write_text(text, encoding="utf-8")
    assert [v.path for v in iter_scan(saved)] == paths
    assert [v.path for v in load_scan(saved)] == paths


def test_iter_scan_streams(tmp_path: Path) -> None:
    """A JSON Lines scan is read as it goes: the entries before a damaged line come first, and
    the damaged line is reported where it is (a sweep's verdicts are never all held)."""
    saved = tmp_path / "scan.jsonl"
    saved.write_text('{"path": "a", "verdict": "clear"}\nnot json\n{"path": "b", "verdict": "clear"}\n')
    entries = iter_scan(saved)
    assert next(entries).path == "a"
    with pytest.raises(SavedScanError, match="line 2"):
        next(entries)


def test_a_report_from_a_damaged_scan_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"path": "a", "verdict": "clear"}\nnot json\n{"path": "b", "verdict": "clear"}\n')
    out = tmp_path / "report.html"
    done = run("report", str(bad), "--format", "html", "-o", str(out))
    assert done.returncode == 2 and not out.exists()


def test_diff_command(saved: Path, tmp_path: Path) -> None:
    lines = saved.read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines]
    old = tmp_path / "old.jsonl"
    for e in entries:
        if e["path"] == "NdFeB_sintering_spec_QP-S-017.docx":
            e["verdict"] = "clear"
    old.write_text("\n".join(json.dumps(e) for e in entries) + "\n", encoding="utf-8")
    done = run("diff", str(old), str(saved), "--format", "json")
    assert done.returncode == 1
    out = json.loads(done.stdout)
    assert [d["path"] for d in out["newly_flagged"]] == ["NdFeB_sintering_spec_QP-S-017.docx"]
    assert out["stopped"] == {"old": False, "new": False}
    assert run("diff", str(saved), str(saved)).returncode == 0


def test_diff_json_says_which_sweep_was_stopped(saved: Path, tmp_path: Path) -> None:
    """Found by an exploratory test: only stderr said a sweep was stopped, and a dashboard
    reading the JSON took the files it never reached for removed files."""
    cut = tmp_path / "cut.jsonl"
    lines = saved.read_text(encoding="utf-8").splitlines()
    cut.write_text("\n".join(lines[:2]) + "\n" + lines[2][:20], encoding="utf-8")  # killed mid-line
    out = json.loads(run("diff", str(saved), str(cut), "--format", "json").stdout)
    assert out["stopped"] == {"old": False, "new": True} and out["removed"]


@pytest.mark.parametrize("fmt", ["xlsx", "html", "json"])
def test_a_killed_json_lines_scan_s_exit_code_is_not_made_up(saved: Path, tmp_path: Path, fmt: str) -> None:
    """Found by an exploratory test: the coverage sheet of a killed JSON Lines scan gave its
    verdicts' exit code (1), which the scan never had (it was 130, 137 or 143: not recorded)."""
    cut = tmp_path / "cut.jsonl"
    lines = saved.read_text(encoding="utf-8").splitlines()
    cut.write_text("\n".join(lines[:2]) + "\n" + lines[2][:20], encoding="utf-8")
    out = tmp_path / f"r.{fmt}"
    run("report", str(cut), "--format", fmt, "-o", str(out))
    if fmt == "xlsx":
        cover = {row[0].value: row[1].value for row in openpyxl.load_workbook(out)["coverage"].iter_rows()}
        assert cover["exit code"] == "not recorded (the scan was stopped)"
    elif fmt == "html":
        assert "Exit code not recorded (the scan was stopped)." in out.read_text(encoding="utf-8")
    else:
        assert json.loads(out.read_text(encoding="utf-8"))["summary"]["exit_code"] is None


def test_diff_text_carries_no_terminal_control_codes() -> None:
    from scanner.saved import render_diff

    text = render_diff(diff([], [v("\x1b[2Jevil.txt", "controlled", ("1E902.a",))]))
    assert "\x1b" not in text and "evil.txt" in text


def test_files_gone_are_removed_not_cleared() -> None:
    """A file the new sweep does not list may have been deleted, or not reached by a sweep
    stopped halfway: it is listed as removed (with its old verdict), never as cleared."""
    from scanner.saved import render_diff

    d = diff([v("a", "controlled", ("1E902.a",)), v("b", "clear")], [v("b", "clear")])
    assert not d.cleared and [e.path for e in d.removed] == ["a"]
    assert d.to_dict()["removed_flagged"] == [
        {
            "path": "a",
            "old": "controlled",
            "new": None,
            "old_waived": False,
            "new_waived": None,
            "control_codes": ["1E902.a"],
            "categories": [],
        }
    ]
    text = render_diff(d)
    assert "cleared (no longer flagged): 0" in text
    assert "not in the new sweep (deleted, moved or not reached): 1" in text and "a: controlled" in text


@pytest.mark.parametrize(
    ("entry", "named"),
    [
        ({"path": "a", "verdict": "clear", "category_scores": [1, 2]}, "category_scores"),
        ({"path": "a", "verdict": "bogus"}, "verdict 'bogus'"),
        ({"path": 7, "verdict": "clear"}, "path"),
        ({"path": "", "verdict": "clear"}, "path"),
        ({"path": "a", "verdict": "clear", "score": "high"}, "score"),
        ({"path": "a", "verdict": "clear", "score": True}, "score"),
        ({"path": "a", "verdict": "clear", "reasons": "one"}, "reasons"),
        ({"path": "a", "verdict": "review", "evidence": [{"text": "x"}]}, "evidence"),
        (
            {"path": "a", "verdict": "clear", "skipped": [{"kind": "odd", "where": "", "detail": ""}]},
            "skipped",
        ),
        ({"path": "a", "verdict": "excluded", "exclusion": "public"}, "exclusion"),
        ({"path": "a", "verdict": "clear", "waiver": ["x"]}, "waiver"),
        ({"path": "a", "verdict": "error", "error": 3}, "error"),
        ({"path": "a", "verdict": "clear", "score": float("nan")}, "NaN is not JSON"),
        ({"path": "a", "verdict": "clear", "score": float("inf")}, "Infinity is not JSON"),
        ({"path": "a\ud800", "verdict": "clear"}, "lone surrogate"),
        ({"path": "a", "verdict": "clear", "reasons": ["x\udcff"]}, "lone surrogate"),
    ],
)
def test_a_malformed_entry_is_refused_by_every_command(tmp_path: Path, entry: dict, named: str) -> None:
    """Every report reads these fields: an entry of the wrong type is a usage error naming it
    (exit 2), before anything is written, never a report stopped halfway."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(entry) + "\n" + json.dumps({"path": "b", "verdict": "clear"}) + "\n")
    with pytest.raises(SavedScanError, match=named):
        load_scan(bad)
    for args in (
        ["report", str(bad), "--format", "html"],
        ["report", str(bad), "--format", "csv"],
        ["diff", str(bad), str(bad)],
    ):
        done = run(*args)
        assert done.returncode == 2, (args, done.stderr.decode())
        assert b"Traceback" not in done.stderr


def test_a_stopped_scan_says_so_in_its_reports_and_diffs(tmp_path: Path) -> None:
    doc = {
        "files": [{"path": "a", "verdict": "clear"}],
        "summary": {"interrupted": True},
    }
    stopped = tmp_path / "stopped.json"
    stopped.write_text(json.dumps(doc), encoding="utf-8")
    state: dict = {}
    assert [x.path for x in iter_scan(stopped, state)] == ["a"] and state["complete"] is False
    done = run("report", str(stopped), "--format", "json")
    assert json.loads(done.stdout)["summary"]["interrupted"] is True
    assert json.loads(done.stdout)["summary"]["exit_code"] == 130
    doc["summary"]["exit_code"] = 143
    stopped.write_text(json.dumps(doc), encoding="utf-8")
    assert b"Exit code 143." in run("report", str(stopped), "--format", "html").stdout
    done = run("diff", str(stopped), str(stopped))
    assert b"stopped before every file was done" in done.stderr
    finished = tmp_path / "finished.json"
    finished.write_text(json.dumps({**doc, "summary": {"interrupted": False}}), encoding="utf-8")
    assert (
        json.loads(run("report", str(finished), "--format", "json").stdout)["summary"]["interrupted"] is False
    )
    lines = tmp_path / "scan.jsonl"
    lines.write_text('{"path": "a", "verdict": "clear"}\n', encoding="utf-8")
    state = {}
    list(iter_scan(lines, state))
    assert state["complete"] is None  # JSON Lines say nothing of it


def test_a_number_too_large_for_a_float_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"path": "a", "verdict": "clear", "score": 1e999}\n', encoding="utf-8")
    with pytest.raises(SavedScanError, match="score is not a number"):
        load_scan(bad)


def test_an_emoji_escaped_as_a_surrogate_pair_is_unicode(tmp_path: Path) -> None:
    saved = tmp_path / "scan.jsonl"
    saved.write_text('{"path": "\\ud83d\\ude00.txt", "verdict": "clear"}\n', encoding="utf-8")
    assert [v.path for v in load_scan(saved)] == ["\U0001f600.txt"]


def test_a_cut_last_line_is_left_out_with_a_warning_and_the_scan_is_incomplete(
    saved: Path, tmp_path: Path
) -> None:
    """A scan killed while writing its last line: report and diff use what it holds, and say the
    line was left out and that the files after it were not scanned."""
    data = saved.read_bytes()
    cut = tmp_path / "cut.jsonl"
    cut.write_bytes(data[:-40])
    lines = data.decode().splitlines()
    done = run("report", str(cut), "--format", "json")
    assert f"line {len(lines)}: not JSON, left out" in done.stderr.decode()
    report = json.loads(done.stdout)
    assert len(report["files"]) == len(lines) - 1 and report["summary"]["interrupted"] is True
    done = run("diff", str(saved), str(cut))
    assert "left out" in done.stderr.decode() and "not scanned, not removed" in done.stderr.decode()


@pytest.mark.parametrize("keep", [1, 2])
@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_a_scan_cut_inside_a_character_is_a_cut_scan(tmp_path: Path, keep: int, suffix: str) -> None:
    """Most bytes of a Chinese report are parts of characters, so a scan killed while writing
    its last line is often cut inside one (found by an exploratory test: report and diff then
    refused the whole scan as undecodable). The cut line is left out as any cut line is."""
    first = '{"path": "a/烧结工艺.txt", "verdict": "controlled"}\n'
    second = '{"path": "b/真空烧结.txt", "verdict": "clear"}\n'
    data = (first + second).encode("utf-8")
    cut_at = len(first.encode()) + second.encode().index("真".encode()) + keep  # inside 真
    saved = tmp_path / f"scan{suffix}"
    saved.write_bytes(data[:cut_at])
    state: dict = {}
    assert [v.path for v in iter_scan(saved, state)] == ["a/烧结工艺.txt"]
    assert state["cut"] == 2 and state["complete"] is False


def test_bytes_that_are_not_utf8_before_the_last_line_are_refused(tmp_path: Path) -> None:
    saved = tmp_path / "scan.jsonl"
    saved.write_bytes(b'{"path": "a\xff", "verdict": "clear"}\n{"path": "b", "verdict": "clear"}\n')
    with pytest.raises(SavedScanError, match="line 1"):
        load_scan(saved)


@pytest.mark.parametrize("content", ["hello world\n", '{"path": "a", "verdict":', "not json"])
def test_a_file_with_no_entry_at_all_is_no_saved_scan(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content)
    done = run("report", str(bad), "--format", "text")
    assert done.returncode == 2 and b"not JSON" in done.stderr
    done = run("diff", str(bad), str(bad))
    assert done.returncode == 2


def test_report_refuses_to_overwrite_the_saved_scan(saved: Path, tmp_path: Path) -> None:
    copy = tmp_path / "scan.jsonl"
    copy.write_bytes(saved.read_bytes())
    link = tmp_path / "link.jsonl"
    link.symlink_to(copy)
    for target in (copy, link):
        done = run("report", str(copy), "--format", "html", "-o", str(target))
        assert done.returncode == 2 and b"the saved scan itself" in done.stderr
    assert copy.read_bytes() == saved.read_bytes()


def test_a_flagged_file_unreadable_now_is_not_cleared() -> None:
    d = diff([v("a.pdf", "controlled", ("1E902.a",))], [v("a.pdf", "error")])
    assert not d.cleared and [(a.verdict, b.verdict) for a, b in d.changed] == [("controlled", "error")]


def test_a_report_of_a_saved_json_scan_keeps_its_header_and_summary(tmp_path: Path) -> None:
    """The scan's roots, options, digests, times, what it failed on, what it skipped and its time
    carry over; a redacted scan gives a redacted report."""
    saved = tmp_path / "saved.json"
    done = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(ROOT / "samples"), "--no-cache", "-q", "--redact",
         "--fail-on", "none", "--exclude", "*.png", "--format", "json", "-o", str(saved)],
        capture_output=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    original = json.loads(saved.read_text(encoding="utf-8"))
    done = run("report", str(saved), "--format", "json")
    assert done.returncode == 0  # --fail-on none, as the scan was run
    report = json.loads(done.stdout)
    assert report["scanner"] == original["scanner"]
    assert report["summary"] == original["summary"]
    page = run("report", str(saved), "--format", "html").stdout.decode()
    assert original["scanner"]["lexicon_digest"] in page and "yes: values and snippets masked" in page
    book = tmp_path / "r.xlsx"
    assert run("report", str(saved), "--format", "xlsx", "-o", str(book)).returncode == 0
    scan_sheet = dict(openpyxl.load_workbook(book)["scan"].iter_rows(values_only=True))
    assert (
        scan_sheet["lexicon_digest"] == original["scanner"]["lexicon_digest"]
        and scan_sheet["redacted"] is True
    )


WAIVER = {"licence": "MOFCOM-2026-001", "reviewer": "A. Auditor", "expires": "2099-12-31"}


def waived(path: str) -> Verdict:
    return Verdict(path=path, verdict="controlled", control_codes=("1E902.a",), waiver=WAIVER)


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        # the waiver lapsed (or was withdrawn): the file fails the sweep again
        ([waived("a")], [v("a", "controlled", ("1E902.a",))], "newly_flagged"),
        # a finding accepted this week: it no longer fails the sweep
        ([v("a", "controlled", ("1E902.a",))], [waived("a")], "cleared"),
        # a copy of a waived file (same content, so the same waiver): not newly flagged
        ([], [waived("copy")], None),
        ([waived("a")], [waived("a")], None),
    ],
)
def test_diff_follows_waivers(old, new, kind) -> None:
    from scanner.saved import render_diff

    d = diff(old, new)
    found = {k for k in ("newly_flagged", "cleared", "changed") if getattr(d, k)}
    assert found == ({kind} if kind else set())
    if kind:
        assert "(waived)" in render_diff(d)


@pytest.mark.parametrize("content", ["", "\n", "  \n\n"])
def test_a_json_lines_scan_without_one_entry_is_refused(tmp_path: Path, content: str) -> None:
    """A scan of nothing, or one stopped before its first file: report and diff say so (a diff
    against it listed every file as removed and exited 0)."""
    empty = tmp_path / "week2.jsonl"
    empty.write_text(content)
    for args in (["report", str(empty), "--format", "text"], ["diff", str(empty), str(empty)]):
        done = run(*args)
        assert done.returncode == 2 and b"holds no file entry" in done.stderr


@pytest.mark.parametrize("existed", [False, True])
def test_a_report_file_of_a_scan_that_never_began(tmp_path: Path, existed: bool) -> None:
    from scanner.cli import _abandon

    out = tmp_path / "out.jsonl"
    if existed:
        out.write_text('{"path": "last-week.txt"}\n')
    stream = open(out, "a", encoding="utf-8")  # noqa: SIM115 - as the scan opens it
    _abandon(stream, str(out), existed)
    assert stream.closed
    assert out.exists() is existed
    if existed:
        assert out.read_text() == '{"path": "last-week.txt"}\n'


def test_a_json_lines_scan_says_its_coverage_was_not_recorded(tmp_path: Path) -> None:
    """JSON Lines keep no summary: a report of one said 'left out: none' and 'interrupted: no'
    as facts (found by a review)."""
    saved = tmp_path / "scan.jsonl"
    saved.write_text(json.dumps(Verdict(path="memo.txt", verdict="clear").to_dict()) + "\n", encoding="utf-8")
    html, book = tmp_path / "r.html", tmp_path / "r.xlsx"
    for fmt, out in (("html", html), ("xlsx", book)):
        done = subprocess.run(
            [sys.executable, "-m", "scanner", "report", str(saved), "--format", fmt, "-o", str(out)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
    assert "not recorded" in html.read_text(encoding="utf-8")
    cover = {row[0]: row[1] for row in openpyxl.load_workbook(book)["coverage"].iter_rows(values_only=True)}
    assert cover["recorded"].startswith("no")


@pytest.mark.parametrize("newline", ["", "\n"])
def test_json_nested_past_the_interpreter_s_limit_is_no_saved_scan(tmp_path: Path, newline: str) -> None:
    """100,000 nested brackets: a RecursionError in the JSON parser was an internal error (exit
    4) of report and diff; it is no saved scan (exit 2), as other text that is not one is."""
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + newline)
    with pytest.raises(SavedScanError):
        load_scan(path)
    done = subprocess.run(
        [sys.executable, "-m", "scanner", "report", str(path), "--format", "csv"],
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 2, done.stderr.decode()
