"""End to end through the console command, as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanner.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

CONTROLLED_ZH = (
    "烧结钕铁硼工艺规程 QP-S-017（受控文件）\n"
    "1. 速凝甩带：铸片厚度0.25-0.35 mm，辊速1.5 m/s。\n"
    "2. 氢破：吸氢压力0.1 MPa，脱氢温度550℃，保温6 h。\n"
    "3. 气流磨：粉末粒度D50 3.0 μm，氧含量≤1200 ppm。\n"
    "4. 磁场取向成型：取向磁场2.0 T，冷等静压200 MPa。\n"
    "5. 真空烧结：1060℃×4 h，真空度≤5×10-3 Pa；一级回火900℃×2 h，二级回火500℃×3 h。\n"
    "6. 性能要求：Br≥1.38 T，HcJ≥20 kOe，(BH)max≥46 MGOe。\n"
)
CLEAR_EN = "Quarterly HR notice: the canteen will close at 14:00 on Friday for cleaning.\n"


def run(args: list[str]):
    return CliRunner().invoke(cli, args, catch_exceptions=False)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "spec.txt").write_text(CONTROLLED_ZH, encoding="gb18030")
    (tmp_path / "hr.txt").write_text(CLEAR_EN)
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    return tmp_path


def test_json_report_shape_and_exit_code(folder: Path) -> None:
    result = run(["scan", str(folder), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.output)
    by_path = {f["path"]: f for f in data["files"]}
    assert set(by_path) == {"spec.txt", "hr.txt", "bad.pdf"}
    assert by_path["spec.txt"]["verdict"] == "controlled"
    assert by_path["spec.txt"]["categories"] == ["magnet-manufacturing"]
    assert by_path["spec.txt"]["magnet_types"] == ["NdFeB"]
    assert by_path["hr.txt"]["verdict"] == "clear"
    assert by_path["bad.pdf"]["verdict"] == "error"
    assert "PDF" in by_path["bad.pdf"]["error"]
    assert data["summary"]["files"] == 3 and data["summary"]["exit_code"] == 1


def test_exit_zero_when_nothing_flagged(tmp_path: Path) -> None:
    (tmp_path / "hr.txt").write_text(CLEAR_EN)
    result = run(["scan", str(tmp_path)])
    assert result.exit_code == 0
    assert "CLEAR" in result.output and "1 files" in result.output


def test_jsonl_streams_one_object_per_file(folder: Path) -> None:
    result = run(["scan", str(folder), "--format", "jsonl"])
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert sorted(x["path"] for x in lines) == ["bad.pdf", "hr.txt", "spec.txt"]


def test_csv_has_a_header_and_a_row_per_file(folder: Path) -> None:
    result = run(["scan", str(folder), "--format", "csv"])
    assert result.output.startswith("\ufeff")  # Excel on Chinese Windows needs the BOM
    rows = list(csv.DictReader(io.StringIO(result.output.removeprefix("\ufeff"))))
    assert {r["path"]: r["verdict"] for r in rows}["spec.txt"] == "controlled"


def test_text_lists_every_file_and_a_summary(folder: Path) -> None:
    result = run(["scan", str(folder), "--no-color"])
    assert result.output.count("\n") >= 4
    assert "CONTROLLED" in result.output and "ERROR" in result.output
    assert "3 files" in result.output


def test_explain_shows_terms_parameters_and_places(folder: Path) -> None:
    result = run(["explain", str(folder / "spec.txt")])
    assert result.exit_code == 1
    assert "magnet-manufacturing" in result.output
    assert "line 3" in result.output  # where 氢破 stands
    assert "氢破" in result.output
    data = json.loads(run(["explain", str(folder / "spec.txt"), "--format", "json"]).output)
    assert data["verdict"]["verdict"] == "controlled"
    assert data["findings"]["value"]


def test_explain_shows_a_files_control_characters_as_escapes(tmp_path: Path) -> None:
    """Found in the end checks of session 34: a file's text that carries a terminal's escape
    sequences (an OSC that retitles the window, "\x1b]0;title\x07"; a C1 CSI, U+009B) reached
    `explain`'s snippets raw, to act on the terminal that prints them. They are shown as their
    escapes; the verdict is the same."""
    (tmp_path / "card.txt").write_text(
        "NdFeB sintering process card\n"
        "vacuum sintering 1065 C x 5 h, first tempering 900 C x 2 h, second tempering 490 C x 3 h, "
        "jet milling D50 3.2 um \x07\x1b]0;title\x07 \x1b[2J \x9b31m\n",
        encoding="utf-8",
    )
    result = run(["explain", str(tmp_path / "card.txt")])
    assert result.exit_code == 1  # flagged
    assert not any(c in result.output for c in "\x1b\x07\x9b"), result.output
    assert "\\x1b]0;title\\x07" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["scan", "/no/such/path"],
        ["scan"],
        ["scan", ".", "--format", "yaml"],
        ["frobnicate"],
        ["scan", ".", "--review-threshold", "0.9", "--controlled-threshold", "0.5"],
    ],
)
def test_usage_errors_exit_2_with_one_line_and_no_traceback(args: list[str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "scanner", *args], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


def test_version() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "scanner", "--version"], capture_output=True, text=True, cwd=ROOT
    )
    assert proc.returncode == 0
    assert "scanner, version" in proc.stdout


def test_scan_never_modifies_what_it_scans(folder: Path) -> None:
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    run(["scan", str(folder), "--format", "json"])
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    assert before == after


def test_samples_show_every_verdict() -> None:
    result = run(["scan", str(SAMPLES), "--format", "json"])
    verdicts = {f["verdict"] for f in json.loads(result.output)["files"]}
    assert verdicts == {"controlled", "review", "excluded", "clear", "error"}


def test_samples_get_the_verdicts_their_table_promises(scanner) -> None:
    """docs/SAMPLES.md and the samples come from one manifest; the scanner must agree with it."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "tools" / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    got = {Path(v.path).name: v for v in scanner.scan_paths([str(SAMPLES)]) if "!" not in v.path}
    for sample in module.SAMPLES_MANIFEST:
        v = got[sample.name]
        # a controlled file sent to review is caught (that is how recall is counted); the table
        # states the verdict DOMAIN.md gives, the borderline leach log scores just below 0.62
        allowed = ("controlled", "review") if sample.verdict == "controlled" else (sample.verdict,)
        assert v.verdict in allowed, (sample.name, v.verdict, v.reasons)
        if sample.verdict in ("controlled", "review", "excluded"):
            assert set(v.categories) == set(sample.categories), sample.name
            assert set(v.magnet_types) == set(sample.magnet_types), sample.name


def test_explain_opens_a_member_path_as_scan_prints_it(tmp_path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(tmp_path / "outer.zip", "w") as zf:
        zf.writestr("docs/spec.txt", CONTROLLED_ZH)
        zf.writestr("hr.txt", CLEAR_EN)
    scanned = json.loads(run(["scan", str(tmp_path), "--format", "json", "--time-limit", "0"]).stdout)
    assert "outer.zip!docs/spec.txt" in {f["path"] for f in scanned["files"]}
    result = run(["explain", str(tmp_path / "outer.zip") + "!docs/spec.txt", "--format", "json"])
    data = json.loads(result.stdout)
    assert result.exit_code == 1
    assert data["verdict"]["verdict"] == "controlled"
    assert data["verdict"]["path"].endswith("outer.zip!docs/spec.txt")
    for name, said in (("!nope.txt", "no member 'nope.txt'"), ("!hr.txt!x", "is not a container")):
        missing = subprocess.run(
            [sys.executable, "-m", "scanner", "explain", str(tmp_path / "outer.zip") + name],
            capture_output=True,
            text=True,
            timeout=300,
        )  # a member named wrong is a usage error, as a file named wrong is
        assert missing.returncode == 2 and said in missing.stderr and missing.stdout == ""


def _hang(self, path):
    import time

    time.sleep(60)


def _segfault(self, path):
    import faulthandler
    import os
    import signal

    faulthandler.disable()  # pytest's traceback dump of the child, not wanted here
    os.kill(os.getpid(), signal.SIGSEGV)


def _raise(self, path):
    raise RuntimeError("a reader's own bug")


@pytest.mark.parametrize(
    ("explain_parts", "said"),
    [
        (_hang, "time limit exceeded: the file was not done within 1 s"),
        (_segfault, "the reader crashed (SIGSEGV)"),
    ],
)
def test_explain_of_a_file_that_hangs_or_kills_its_reader_ends_with_an_error_verdict(
    monkeypatch, explain_parts, said: str
) -> None:
    # a crash comes at once: a limit of a minute leaves a loaded machine time to fork the child
    limit = "1" if explain_parts is _hang else "60"
    """explain read in this process without a time limit: a file that hung a reader hung it
    for ever (a PDF whose Info object referred to itself)."""
    import time

    from scanner.pipeline import Scanner

    monkeypatch.setattr(Scanner, "explain_parts", explain_parts)
    spec = str(SAMPLES / "NdFeB_sintering_spec_QP-S-017.docx")
    started = time.monotonic()
    result = run(["explain", spec, "--time-limit", limit, "--format", "json"])
    assert time.monotonic() - started < float(limit) + 30  # a loaded machine forks slowly
    data = json.loads(result.stdout)
    assert data["verdict"]["verdict"] == "error"
    assert said in " ".join(data["verdict"]["reasons"])
    text = run(["explain", spec, "--time-limit", limit])
    assert "verdict:   error" in text.stdout and said in text.stdout
    assert result.exit_code == text.exit_code != 0


def test_explain_of_a_reader_s_own_bug_shows_its_traceback(monkeypatch) -> None:
    from scanner.pipeline import Scanner

    monkeypatch.setattr(Scanner, "explain_parts", _raise)
    result = CliRunner().invoke(cli, ["explain", str(SAMPLES / "Cu_SX-EW_operating_note_ON-SX-112.txt")])
    assert result.exit_code == 1
    assert "RuntimeError: a reader's own bug" in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    "name", ["NdFeB_sintering_spec_QP-S-017.docx", "Cu_SX-EW_operating_note_ON-SX-112.txt"]
)
def test_explain_under_the_time_limit_says_what_it_says_in_this_process(name: str) -> None:
    args = ["explain", str(SAMPLES / name), "--format", "json"]
    limited, unlimited = run(args), run([*args, "--time-limit", "0"])
    assert limited.stdout == unlimited.stdout and limited.exit_code == unlimited.exit_code


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_explain_redacts_as_scan_does(fmt: str) -> None:
    """An explanation forwarded outside carried every value and snippet (no --redact)."""
    spec = ROOT / "samples" / "NdFeB_sintering_spec_QP-S-017.docx"
    plain = run(["explain", str(spec), "--format", fmt]).stdout
    masked = run(["explain", str(spec), "--format", fmt, "--redact"]).stdout
    assert "1080" in plain or "1060" in plain
    assert "1080" not in masked and "1060" not in masked
    assert "烧结钕铁硼" in masked  # the terms found stay
    if fmt == "json":
        assert json.loads(masked)["redacted"] is True


def test_explain_of_a_container_lists_its_parts(tmp_path: Path) -> None:
    """A container's explanation named only its worst part's reasons: its parts are listed,
    each with the path `explain` takes."""
    import zipfile

    with zipfile.ZipFile(tmp_path / "outer.zip", "w") as zf:
        zf.writestr("docs/spec.txt", CONTROLLED_ZH)
        zf.writestr("hr.txt", CLEAR_EN)
    data = json.loads(run(["explain", str(tmp_path / "outer.zip"), "--format", "json"]).stdout)
    parts = {p["path"].removeprefix(f"{tmp_path}/"): p["verdict"] for p in data["parts"]}
    assert parts == {"outer.zip!docs/spec.txt": "controlled", "outer.zip!hr.txt": "clear"}
    text = run(["explain", str(tmp_path / "outer.zip")]).stdout
    assert "Parts (explain one with" in text and "outer.zip!docs/spec.txt" in text


def test_explain_says_how_many_places_it_does_not_show(tmp_path: Path) -> None:
    """Found by an exploratory test: explain shows three places a rule, and the temperatures of
    page 5 were missing beside page 3's with nothing to say so."""
    text = "\n".join(
        f"第{i}段：真空烧结{1060 + i}℃保温{i}小时，回火{500 + i}℃。钕铁硼。" for i in range(1, 7)
    )
    (tmp_path / "many.txt").write_text(text, encoding="utf-8")
    data = json.loads(run(["explain", str(tmp_path / "many.txt"), "--format", "json"]).stdout)
    assert data["findings_not_shown"]["value"] >= 3
    assert "more place(s) not shown" in run(["explain", str(tmp_path / "many.txt")]).stdout


def test_explain_says_what_each_context_term_adds(tmp_path: Path) -> None:
    """Found by an exploratory test: two trade words shown at w 0.5 each made a context weight
    of 4.00, with nothing to say why (a term in the opening counts twice over). Each weakening
    term now says what it adds, and the parts add up to the weight. (The body speaks of trade
    too: a line of it in the opening alone is not taken for the title, and counts once.)"""
    (tmp_path / "prices.txt").write_text(
        "Market prices for magnets rose in 2024.\n" + CONTROLLED_ZH + "\nPayment against the invoice.\n",
        encoding="utf-8",
    )
    data = json.loads(run(["explain", str(tmp_path / "prices.txt"), "--format", "json"]).stdout)
    added = [f["mention_weight"] for f in data["findings"]["context"] if "mention_weight" in f]
    assert added and sum(added) == pytest.approx(data["factors"]["mention_weight"], abs=0.01)
    text = run(["explain", str(tmp_path / "prices.txt")]).stdout
    assert "adds 2.00 to the context weight" in text


@pytest.mark.parametrize("attached", [False, True])
def test_explain_of_an_e_mail_shows_what_its_body_holds(tmp_path: Path, attached: bool) -> None:
    """Found by an exploratory test: `explain` of a message whose body held the recipe showed
    the verdict and nothing else (no stage scores, terms, values or places): an e-mail is a
    container of its message. The body's analysis is shown when the body decides the verdict;
    when an attachment decides it, its part is listed to be explained on its own."""
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "li.wei@example.com", "r.mueller@partner.example", "spec"
    mail.set_content("Hello, see the attached." if attached else CONTROLLED_ZH)
    if attached:
        mail.add_attachment(
            CONTROLLED_ZH.encode("utf-8"), maintype="text", subtype="plain", filename="spec.txt"
        )
    (tmp_path / "mail.eml").write_bytes(bytes(mail))
    data = json.loads(run(["explain", str(tmp_path / "mail.eml"), "--format", "json"]).stdout)
    assert data["verdict"]["verdict"] in ("controlled", "review")
    if attached:
        assert "findings" not in data and any(p["path"].endswith("mail.eml!spec.txt") for p in data["parts"])
    else:
        assert data["findings"]["stage"] and data["factors"]
        assert all("line" in f["location"] for f in data["findings"]["stage"])


@pytest.mark.parametrize("member", ["b!c.txt", "dir!x/b!c.txt", "inner.zip!a!b.txt"])
def test_explain_opens_a_member_whose_name_holds_a_bang(tmp_path: Path, member: str) -> None:
    """A member's own name may hold "!": explain takes the longest name that is a member's."""
    import io
    import zipfile

    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("a!b.txt", CONTROLLED_ZH)
    with zipfile.ZipFile(tmp_path / "outer.zip", "w") as zf:
        zf.writestr("b!c.txt", CONTROLLED_ZH)
        zf.writestr("b", CLEAR_EN)  # a member named as the first part alone is not taken
        zf.writestr("dir!x/b!c.txt", CONTROLLED_ZH)
        zf.writestr("inner.zip", inner.getvalue())
    result = run(["explain", str(tmp_path / "outer.zip") + "!" + member, "--format", "json"])
    data = json.loads(result.stdout)
    assert data["verdict"]["path"].endswith("outer.zip!" + member)
    assert data["verdict"]["verdict"] == "controlled"


def test_two_members_of_one_name_each_have_their_own_line(tmp_path: Path) -> None:
    """A tar updated with `tar r` holds two `r.txt`: scan lists the second as `r (2).txt`, and
    explain names each (it explained the first, silently, then refused both)."""
    import io
    import tarfile

    with tarfile.open(tmp_path / "upd.tar", "w") as tf:
        for text in (CLEAR_EN, CONTROLLED_ZH):
            data = text.encode()
            info = tarfile.TarInfo("r.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    lines = run(["scan", str(tmp_path / "upd.tar"), "--no-cache", "--format", "jsonl"]).output.splitlines()
    paths = {json.loads(line)["path"].rsplit("/", 1)[-1]: json.loads(line)["verdict"] for line in lines}
    assert paths == {"upd.tar": "controlled", "upd.tar!r.txt": "clear", "upd.tar!r (2).txt": "controlled"}
    for member, verdict in (("r.txt", "clear"), ("r (2).txt", "controlled")):
        data = json.loads(run(["explain", f"{tmp_path / 'upd.tar'}!{member}", "--format", "json"]).stdout)
        assert data["verdict"]["verdict"] == verdict


def test_quick_pass_by_default_deep_on_request_and_in_explain(tmp_path: Path) -> None:
    memo = tmp_path / "canteen.txt"
    memo.write_text("Canteen menu for next week\nInvoices to the supplier by Friday, please.\n")
    quick = json.loads(run(["scan", str(memo), "--no-cache", "--format", "jsonl"]).output.splitlines()[0])
    deep = json.loads(
        run(["scan", str(memo), "--no-cache", "--deep", "--format", "jsonl"]).output.splitlines()[0]
    )
    assert quick["verdict"] == deep["verdict"] == "clear" and quick["carrier"] == deep["carrier"]
    assert quick["reasons"][0].startswith("quick pass:") and quick["evidence"] == []
    assert not deep["reasons"][0].startswith("quick pass:") and deep["evidence"]
    explained = run(["explain", str(memo)]).output
    assert "quick pass" not in explained and "learned model" in explained


@pytest.mark.parametrize(
    "args", [["--format", "jsonl"], ["--format", "text"], ["--format", "jsonl", "-j", "1"]]
)
def test_a_reader_that_goes_away_ends_the_scan_with_141(tmp_path: Path, args: list[str]) -> None:
    """`scanner scan … | head`: exit 141, as a shell reports SIGPIPE, not 1 ("flagged") — the
    files here are all clear — and no traceback."""
    for i in range(200):  # the scan is still writing when the reader goes
        (tmp_path / f"note{i:03d}.txt").write_text(CLEAR_EN * 40)
    scan = subprocess.Popen(
        [sys.executable, "-m", "scanner", "scan", str(tmp_path), "--no-cache", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert scan.stdout is not None and scan.stderr is not None
    scan.stdout.read(10)
    scan.stdout.close()  # the reader goes away after ten bytes
    err = scan.stderr.read()
    assert scan.wait(timeout=300) == 141, err.decode()
    assert b"Traceback" not in err and b"Exception ignored" not in err


@pytest.mark.parametrize("victim", ["waivers", "ignore", "cache", "hardlink"])
def test_the_report_never_overwrites_an_input_or_a_scanned_file(tmp_path: Path, victim: str) -> None:
    """-o over the waivers, the ignore file or the cache, or over a hard link of a scanned file,
    is a usage error, and nothing is written (each was overwritten, found by an exploratory
    test: the waiver register lost, a scanned file replaced by the report)."""
    tree, side = tmp_path / "tree", tmp_path / "side"
    tree.mkdir()
    side.mkdir()
    (tree / "memo.txt").write_text("Canteen menu for next week.\n")
    waivers = side / "waivers.toml"
    waivers.write_text("")
    ignore = side / "ignore.txt"
    ignore.write_text("build/\n")
    cache = side / "results.sqlite"
    args = ["scan", str(tree), "--waivers", str(waivers), "--ignore-file", str(ignore), "--cache", str(cache)]
    CliRunner().invoke(cli, [*args, "-q", "--format", "json", "-o", str(side / "first.json")])
    before = {p: p.read_bytes() for p in (waivers, ignore, cache, tree / "memo.txt")}
    target = {"waivers": waivers, "ignore": ignore, "cache": cache, "hardlink": side / "link.txt"}[victim]
    if victim == "hardlink":
        (side / "link.txt").hardlink_to(tree / "memo.txt")
    result = CliRunner().invoke(cli, [*args, "--format", "json", "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert {p: p.read_bytes() for p in before} == before


def test_the_cache_is_never_a_hard_link_of_a_scanned_file(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "e.db").write_bytes(b"")
    (tmp_path / "cache.sqlite").hardlink_to(tree / "e.db")
    result = CliRunner().invoke(cli, ["scan", str(tree), "--cache", str(tmp_path / "cache.sqlite")])
    assert result.exit_code == 2 and "hard link" in result.output
    assert (tree / "e.db").read_bytes() == b""


def test_the_report_and_the_cache_are_never_one_new_file(tmp_path: Path) -> None:
    """-o X --cache X with X not there yet: SQLite wrote into the report (found by a review)."""
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "memo.txt").write_text("Canteen menu.\n")
    same = tmp_path / "same.db"
    result = CliRunner().invoke(cli, ["scan", str(tree), "-o", str(same), "--cache", str(same)])
    assert result.exit_code == 2 and "is the results cache" in result.output
    assert not same.exists()


def test_the_report_is_never_written_into_the_lexicons(tmp_path: Path) -> None:
    import shutil

    from scanner.config import default_lexicon_dir

    lexicons = tmp_path / "lex"
    shutil.copytree(default_lexicon_dir(), lexicons)
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "memo.txt").write_text("Canteen menu.\n")
    before = (lexicons / "units.toml").read_bytes()
    result = CliRunner().invoke(
        cli,
        ["scan", str(tree), "--no-cache", "--lexicons", str(lexicons), "-o", str(lexicons / "units.toml")],
    )
    assert result.exit_code == 2 and "lexicon folder" in result.output
    assert (lexicons / "units.toml").read_bytes() == before
