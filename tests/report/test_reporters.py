"""The reporters: the CSV byte order mark, the JSON header, the one-line text output."""

from __future__ import annotations

import codecs
import csv
import html
import io
import json
import re
from importlib import resources

import jsonschema
import pytest

from scanner import __version__
from scanner.report import FORMATS, ScanInfo, Summary, make_reporter
from scanner.report.text import one_line, path_line
from scanner.types import Verdict

STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")

UNREAD = Verdict(
    path="foo.docx",
    verdict="review",
    score=0.12,
    reasons=(
        "no 1E902 technology: best stage separation scores 0.12 (< review threshold 0.46)",
        "part of the content could not be inspected: a person should look",
        "not inspected: embedded picture image3.emf (EMF not converted)",
        "not inspected: embedded picture image4.wmf (WMF not converted)",
    ),
)
BROKEN = Verdict(
    path="bad.pdf",
    verdict="error",
    error="corrupt PDF: Failed to load document\n(PDFium: Data format error).",
    reasons=("corrupt PDF: Failed to load document\n(PDFium: Data format error).",),
)
EMPTY = Verdict(
    path="blank.txt", verdict="clear", reasons=("no document content: the file holds only white space",)
)
CONTAINER = Verdict(
    path="mail.eml",
    verdict="review",
    score=0.1,
    reasons=(
        "container: 2 part(s) (1 review, 1 clear); its verdict is the most severe: "
        "mail.eml!scan.tif is review",
        "mail.eml!scan.tif: part of the content could not be inspected: a person should look",
        "mail.eml!scan.tif: not inspected: image: OCR is not installed",
    ),
)


def run(fmt: str, verdicts: list[Verdict], **kwargs) -> tuple[str, Summary]:
    out = io.StringIO()
    summary = kwargs.pop("summary", None) or Summary()
    reporter = make_reporter(fmt, out, **kwargs)
    reporter.start()
    for v in verdicts:
        summary.add(v)
        reporter.file(v)
    reporter.finish(summary)
    return out.getvalue(), summary


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(resources.files("scanner.schema").joinpath("scan-result.schema.json").read_text())


def info(**kwargs) -> ScanInfo:
    fields = {
        "roots": ["samples/", "mail/in.eml"],
        "options": {"jobs": 2, "time_limit": 60.0, "follow_symlinks": False},
        "thresholds": {"controlled": 0.62, "review": 0.46, "exclusion": 1.4, "exclusion_review": 0.8},
        "lexicon_digest": "a8" * 32,
        "model_digest": None,
        "model_used": False,
        "warnings": ["no learned model: rules only"],
    }
    return ScanInfo(**{**fields, **kwargs})


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_starts_with_one_utf8_bom() -> None:
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    reporter = make_reporter("csv", out)
    reporter.start()
    reporter.file(Verdict(path="稀土/烧结规程.docx", verdict="clear"))
    reporter.finish(Summary())
    out.flush()
    data = raw.getvalue()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\xef\xbb\xbf") == 1
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["path"] == "稀土/烧结规程.docx"


@pytest.mark.parametrize(
    ("path", "written"),
    [
        ('=HYPERLINK("http://evil.example","x").txt', '\'=HYPERLINK("http://evil.example","x").txt'),
        ("+1.txt", "'+1.txt"),
        ("-rf.txt", "'-rf.txt"),
        ("@SUM(A1).txt", "'@SUM(A1).txt"),
        ("\tlead.txt", "\\tlead.txt"),  # a tab is shown escaped: no cell can begin with it
        ("plain/a=b.txt", "plain/a=b.txt"),  # only a leading sign starts a formula
        ("稀土/烧结.docx", "稀土/烧结.docx"),
    ],
)
def test_csv_cells_never_start_a_formula(path: str, written: str) -> None:
    text, _ = run("csv", [Verdict(path=path, verdict="error", error="=cmd|' /C calc'!A0")], bom=False)
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert row["path"] == written
    assert row["error"] == "'=cmd|' /C calc'!A0"
    assert row["verdict"] == "error"


def test_csv_bom_can_be_left_out() -> None:
    text, _ = run("csv", [EMPTY], bom=False)
    assert text.startswith('"path","verdict"')


def test_csv_fields_are_quoted_so_a_semicolon_cannot_start_a_cell() -> None:
    """Excel with a ';' list separator splits an unquoted field at its semicolons: a file named
    'x;+1+1;@SUM(A1).txt' gave it cells that begin with a formula."""
    text, _ = run("csv", [Verdict(path="x;+1+1;@SUM(A1).txt", verdict="clear")], bom=False)
    line = text.splitlines()[1]
    assert line.startswith('"x;+1+1;@SUM(A1).txt",')
    # read as a ';'-separated file, as such an Excel reads it, no cell begins with a formula sign
    cells = next(csv.reader(io.StringIO(line), delimiter=";"))
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)


# --- JSON header -------------------------------------------------------------------------------


def test_json_header_carries_the_scan_info_and_validates(schema: dict) -> None:
    scan = info()
    text, _ = run("json", [UNREAD, BROKEN, EMPTY], info=scan)
    data = json.loads(text)
    jsonschema.validate(data, schema)
    head = data["scanner"]
    assert head["version"] == __version__
    assert head["roots"] == ["samples/", "mail/in.eml"]
    assert head["options"]["jobs"] == 2 and head["thresholds"]["review"] == 0.46
    assert head["lexicon_digest"] == "a8" * 32
    assert head["model_digest"] is None and head["model_used"] is False
    assert head["warnings"] == ["no learned model: rules only"]
    assert head["host"] and head["redacted"] is False
    assert STAMP.match(head["started"]) and STAMP.match(head["finished"])
    assert head["started"] <= head["finished"]
    assert scan.finished is None  # the info itself is not changed
    assert list(data) == ["scanner", "files", "summary"]


@pytest.mark.parametrize(
    "verdicts",
    [[], [EMPTY], [UNREAD, BROKEN, EMPTY, CONTAINER], [Verdict(path="稀土/\t烧结.docx", verdict="clear")]],
    ids=["none", "one", "several", "unicode-and-tab"],
)
@pytest.mark.parametrize("size", [16 * 1024 * 1024, 1], ids=["in-memory", "on-disk"])
def test_json_streams_what_json_dump_writes(verdicts, size, monkeypatch) -> None:
    """File entries are spooled as text, not kept as objects; the document is byte for byte
    what `json.dump(doc, indent=2)` writes of the same entries."""
    from scanner.report import spool

    monkeypatch.setattr(spool, "SPOOL_BYTES", size)
    scan = info()
    text, summary = run("json", verdicts, info=scan)
    data = json.loads(text)
    expected = {
        "scanner": data["scanner"],
        "files": [v.to_dict() for v in verdicts],
        "summary": summary.to_dict(),
    }
    assert text == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


def test_json_without_info_has_the_version_only(schema: dict) -> None:
    data = json.loads(run("json", [EMPTY])[0])
    jsonschema.validate(data, schema)
    assert data["scanner"] == {"version": __version__, "redacted": False}


def test_schema_wants_the_whole_header_once_part_is_there(schema: dict) -> None:
    data = json.loads(run("json", [EMPTY], info=info())[0])
    del data["scanner"]["host"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_json_summary_has_skips_unread_fail_on_and_exit_code(schema: dict) -> None:
    summary = Summary(fail_on=frozenset({"controlled", "error"}))
    summary.skip("excluded by --exclude")
    text, _ = run("json", [UNREAD, BROKEN], info=info(), summary=summary)
    data = json.loads(text)
    jsonschema.validate(data, schema)
    s = data["summary"]
    assert s["skipped"] == {"excluded by --exclude": 1}
    assert s["partly_unread"] == 1 and s["review"] == 1 and s["error"] == 1
    assert s["fail_on"] == ["controlled", "error"]
    assert s["exit_code"] == 3  # review does not fail this run; the unreadable file does


def test_scan_info_takes_paths_and_dataclasses() -> None:
    from pathlib import Path

    from scanner.config import Thresholds

    scan = ScanInfo(roots=[Path("a"), "b"], thresholds=Thresholds(), options={"exclude": ("*.tmp",)})
    assert scan.roots == ("a", "b")
    assert scan.thresholds["controlled"] == Thresholds().controlled
    assert scan.options == {"exclude": ["*.tmp"]}
    done = scan.done()
    assert done.finished and done.done() is done


def test_jsonl_is_file_entries_only(schema: dict) -> None:
    text, _ = run("jsonl", [UNREAD, BROKEN], info=info())
    file_schema = {"$defs": schema["$defs"], **schema["$defs"]["file"]}
    lines = text.splitlines()
    assert len(lines) == 2
    for line in lines:
        jsonschema.validate(json.loads(line), file_schema)


# --- text --------------------------------------------------------------------------------------


def test_text_shows_why_a_file_is_in_review_in_error_or_empty() -> None:
    text, _ = run("text", [UNREAD, BROKEN, EMPTY, CONTAINER])
    lines = text.splitlines()
    assert lines[0].startswith("REVIEW     0.12  foo.docx")
    assert lines[0].endswith("— not inspected: embedded picture image3.emf (EMF not converted)")
    assert lines[1].endswith("bad.pdf  corrupt PDF: Failed to load document (PDFium: Data format error).")
    assert lines[2].endswith("blank.txt  other — no document content: the file holds only white space")
    assert lines[3].endswith("— mail.eml!scan.tif: not inspected: image: OCR is not installed")
    assert lines[4] == ""  # then the summary


def test_text_review_by_score_has_no_reason_on_its_line() -> None:
    v = Verdict(path="a.txt", verdict="review", score=0.5, categories=("mining",), reasons=("score 0.50 …",))
    line = run("text", [v])[0].splitlines()[0]
    assert line.endswith("a.txt  mining other")


def test_text_lines_stay_single_lines() -> None:
    odd = Verdict(path="weird\nname.txt", verdict="error", error="cannot read:\r\nbroken\u2028pipe")
    text, _ = run("text", [odd])
    line = text.splitlines()[0]
    assert line == "ERROR        -   weird\\nname.txt  cannot read: broken pipe"
    assert one_line("a\n\n b\tc") == "a b c"
    assert path_line("a\rb") == "a\\rb"
    assert path_line("a\tb.txt") == "a\\tb.txt"  # a tab shifts the columns of a CSV or a terminal


def test_text_summary_lists_skips_unread_roots_and_warnings() -> None:
    summary = Summary()
    summary.skip("excluded by --exclude", 4)
    text, _ = run("text", [UNREAD, BROKEN], info=info(), summary=summary)
    tail = text.split("\n\n", 1)[1]
    assert "2 files in" in tail and "1 review" in tail and "1 error" in tail
    assert "partly unread: 1 files" in tail
    assert "skipped (not scanned): 4 excluded by --exclude" in tail
    assert "scanned: samples/, mail/in.eml" in tail
    assert "warning: no learned model: rules only" in tail


def test_text_summary_names_internal_failures() -> None:
    summary = Summary()
    summary.fail("the walk crashed: OSError")
    text, _ = run("text", [], summary=summary)
    assert "internal errors: 1" in text and "the walk crashed: OSError" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_takes_redact_and_info(fmt: str) -> None:
    text, _ = run(fmt, [UNREAD, BROKEN, EMPTY], redact=True, info=info())
    assert "foo.docx" in text


def test_unknown_format() -> None:
    with pytest.raises(ValueError):
        make_reporter("yaml", io.StringIO())


SPOOFED = "invoice\u202etxt.exe"  # shown as "invoiceexe.txt" if the control is left in


@pytest.mark.parametrize("fmt", ["text", "csv", "html"])
@pytest.mark.parametrize(
    "name", [SPOOFED, "a\u2066b\u2069.txt", "rtl\u200f.txt", "new\nline.txt", "esc\x1b[2J.txt"]
)
def test_names_are_shown_as_they_are(fmt: str, name: str) -> None:
    """Reports for people show a bidirectional control, a line break or a control character in
    a file name as an escape: the name as shown is the name on disk, one line long."""
    text, _ = run(fmt, [Verdict(path=name, verdict="controlled", control_codes=("1E902.a",))])
    shown = path_line(name)
    assert shown != name and "\\" in shown
    assert (html.escape(shown) if fmt == "html" else shown) in text
    assert not any(ch in text for ch in ("\u202e", "\u2066", "\u200f", "\x1b"))


def _unescaped(shown: str) -> str:
    """What a reader makes of a name as `path_line` shows it: each escape it writes read back."""
    return re.sub(
        r"\\(\\|n|r|t|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})",
        lambda m: "\\" if m.group(1) == "\\" else codecs.decode(m.group(), "unicode_escape"),
        shown,
    )


# pairs of names that must not be shown alike
@pytest.mark.parametrize(
    ("real", "spelt"),
    [
        ("new\nline.txt", "new\\nline.txt"),  # a line break, and a backslash and an n
        ("a\r.txt", "a\\r.txt"),
        ("tab\t.txt", "tab\\t.txt"),
        ("esc\x1b.txt", "esc\\x1b.txt"),
        ("rtl\u202e.txt", "rtl\\u202e.txt"),
        ("a\\\n.txt", "a\\\\n.txt"),  # a backslash before a break; two backslashes and an n
        ("a\\\\x1b", "a\\\x1b"),
    ],
)
def test_a_name_that_spells_an_escape_is_not_shown_as_the_escaped_one(real: str, spelt: str) -> None:
    """Found by an exploratory test: `new<LF>line.txt` and a file named `new\\nline.txt` in so
    many characters were both shown as `new\\nline.txt`, one clear and one controlled."""
    assert path_line(real) != path_line(spelt)
    assert _unescaped(path_line(real)) == real and _unescaped(path_line(spelt)) == spelt


@pytest.mark.parametrize("name", ["dir\\file.txt", "C:\\dangerous\\dont.pl", "a\\xff.txt (not UTF-8: 61ff)"])
def test_other_backslashes_are_shown_as_they_are(name: str) -> None:
    assert path_line(name) == name


def test_machine_formats_keep_the_name() -> None:
    text, _ = run("jsonl", [Verdict(path=SPOOFED, verdict="clear")])
    assert json.loads(text)["path"] == SPOOFED


def test_html_folders_split_at_slashes_only() -> None:
    """A backslash is part of a POSIX name: `x\\y.md` is a file of the scanned folder."""
    flagged = [
        Verdict(path=p, verdict="controlled", control_codes=("1E902.a",)) for p in ("x\\y.md", "d/a.md")
    ]
    page, _ = run("html", flagged)
    folders = page[page.index("Folders with the most flagged files") :]
    folders = folders[: folders.index("</table>")]
    assert "<code>x</code>" not in folders and "<code>d</code>" in folders and "<code>.</code>" in folders


#: a file sent to review with nothing found, for a reason of its own
DWG = Verdict(
    path="part.dwg",
    verdict="review",
    carrier="drawing",
    reasons=("DWG content not inspectable (AutoCAD format AC1032): a person should open the drawing",),
)


@pytest.mark.parametrize("fmt", ["text", "sarif"])
def test_a_review_with_nothing_found_says_why(fmt: str) -> None:
    out, _ = run(fmt, [DWG])
    assert "DWG content not inspectable" in out


WAIVED = Verdict(
    path="spec.docx",
    verdict="controlled",
    control_codes=("1E902.a",),
    waiver={"licence": "MOFCOM-2026-001", "reviewer": "A. Auditor", "expires": "2099-12-31"},
)
LAPSED = Verdict(
    path="old.docx",
    verdict="controlled",
    control_codes=("1E902.a",),
    reasons=("score 0.91", "flagged again: its waiver expired on 2020-01-31 (reviewer B. Reviewer)"),
)


def test_csv_says_which_waiver_holds_and_why_one_no_longer_does() -> None:
    text, _ = run("csv", [WAIVED, LAPSED], bom=False)
    rows = {r["path"]: r for r in csv.DictReader(io.StringIO(text))}
    assert (
        rows["spec.docx"]["waiver"]
        == "waived: licence MOFCOM-2026-001, reviewed by A. Auditor, until 2099-12-31"
    )
    assert rows["old.docx"]["waiver"].startswith("flagged again: its waiver expired on 2020-01-31")


def test_text_line_says_a_waiver_lapsed() -> None:
    text, _ = run("text", [LAPSED])
    assert "flagged again: its waiver expired on 2020-01-31" in text.splitlines()[0]


def test_html_headline_counts_waived_files_apart() -> None:
    page, summary = run("html", [WAIVED, LAPSED])
    assert "1 of 2 files flagged (1 more waived)" in page and summary.exit_code() == 1


def test_csv_says_what_was_not_read() -> None:
    """A review for content not read had empty error and evidence columns in CSV: the reason was
    only in text, JSON and HTML (found by an exploratory test)."""
    from scanner.report import make_reporter
    from scanner.report.summary import Summary
    from scanner.types import Verdict

    out = io.StringIO()
    reporter = make_reporter("csv", out, False)
    reporter.start()
    unread = ("not inspected: unsupported format: binary",)
    reporter.file(Verdict(path="blob.bin", verdict="review", reasons=unread))
    reporter.finish(Summary())
    row = next(csv.DictReader(io.StringIO(out.getvalue().lstrip("\ufeff"))))
    assert row["not_read"] == "not inspected: unsupported format: binary"
