"""Nothing passes unread, tried as a user would, through the CLI: each way of getting a process
specification past the scanner (a Finder-metadata name, a hidden folder, a long preamble, a
link, a fake extension) is built here and scanned; none comes out `clear` or unlisted. And the
opposite failure: files known to hold no document text are `clear` with the reason, not errors
that would make a fail-closed gate block every signed message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanner.cli import cli
from tests.test_hostile import zip_bytes as zip_of

RECIPE = (
    "WI-118 烧结钕铁硼作业指导书\n"
    "氢破：吸氢压力0.1 MPa，脱氢温度550℃，保温6 h。\n"
    "气流磨：粉末粒度D50 3.0 μm，氧含量≤1200 ppm。\n"
    "真空烧结：1060℃×4 h，真空度≤5×10-3 Pa；一级回火900℃×2 h，二级回火500℃×3 h。\n"
    "性能要求：Br≥1.38 T，HcJ≥20 kOe。\n"
)
NOTICE = "Canteen notice: lunch is served from 11:30 to 13:30; trays go back to the racks.\n"
FLAGGED = ("controlled", "review")


def scan(*args: str) -> tuple[int, list[dict], dict]:
    """Exit code, file entries and the summary of `scanner scan ARGS --format json`."""
    result = CliRunner().invoke(cli, ["scan", *args, "--format", "json", "--time-limit", "0"])
    data = json.loads(result.stdout)
    return result.exit_code, data["files"], data["summary"]


def by_path(files: list[dict]) -> dict[str, dict]:
    return {f["path"]: f for f in files}


@pytest.mark.parametrize(
    "member", ["__MACOSX/WI-118.txt", "__MACOSX/._WI-118.txt", "._WI-118.txt", ".DS_Store"]
)
def test_a_recipe_under_a_finder_metadata_name_is_read(tmp_path: Path, member: str) -> None:
    (tmp_path / "send.zip").write_bytes(zip_of({"readme.txt": NOTICE.encode(), member: RECIPE.encode()}))
    code, files, _ = scan(str(tmp_path))
    entries = by_path(files)
    assert entries["send.zip"]["verdict"] in FLAGGED
    assert entries[f"send.zip!{member}"]["verdict"] in FLAGGED
    assert code == 1


def test_real_finder_metadata_is_clear_by_its_content(tmp_path: Path) -> None:
    apple_double = b"\x00\x05\x16\x07\x00\x02\x00\x00" + b"Mac OS X        " + b"\x00" * 64
    ds_store = b"\x00\x00\x00\x01Bud1" + b"\x00" * 200
    members = {"a.txt": NOTICE.encode(), "__MACOSX/._a.txt": apple_double, ".DS_Store": ds_store}
    (tmp_path / "mac.zip").write_bytes(zip_of(members))
    code, files, _ = scan(str(tmp_path))
    entries = by_path(files)
    assert entries["mac.zip"]["verdict"] == "clear"
    assert "AppleDouble" in entries["mac.zip!__MACOSX/._a.txt"]["reasons"][0]
    assert ".DS_Store" in entries["mac.zip!.DS_Store"]["reasons"][0]
    assert code == 0


@pytest.mark.parametrize("folder", [".git", ".hg", ".svn", "__pycache__", ".venv", "node_modules"])
def test_no_folder_is_skipped_unless_asked(tmp_path: Path, folder: str) -> None:
    (tmp_path / folder).mkdir()
    (tmp_path / folder / "WI-118.txt").write_text(RECIPE, encoding="utf-8")
    code, files, summary = scan(str(tmp_path))
    assert by_path(files)[f"{folder}/WI-118.txt"]["verdict"] in FLAGGED
    assert code == 1
    code, files, summary = scan(str(tmp_path), "--exclude", f"{folder}/")
    assert files == [] and code == 0
    assert summary["skipped"] == {f"excluded by pattern '{folder}/'": 1}


def test_a_recipe_after_four_million_characters_is_not_passed(tmp_path: Path) -> None:
    preamble = NOTICE * (4_100_000 // len(NOTICE))
    (tmp_path / "notices.txt").write_text(preamble + RECIPE, encoding="utf-8")
    code, files, _ = scan(str(tmp_path))
    (entry,) = files
    assert entry["verdict"] == "review"
    assert entry["skipped"][0]["kind"] == "limit"
    assert code == 1


@pytest.mark.parametrize("name", ["drawing.dxf", "part.step", "op10.nc", "logo.svg", "page.html", "mail.eml"])
def test_random_bytes_named_as_text_are_not_read_as_text(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(os.urandom(20_000))
    code, files, _ = scan(str(tmp_path))
    (entry,) = files
    assert entry["verdict"] == "review", entry
    assert code == 1


def test_a_link_to_a_file_outside_the_roots_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(RECIPE, encoding="utf-8")
    root = tmp_path / "share"
    root.mkdir()
    (root / "passwd").symlink_to("/etc/passwd")
    (root / "recipe.txt").symlink_to(outside)
    _, files, _ = scan(str(root))
    entries = by_path(files)
    for name in ("passwd", "recipe.txt"):
        assert entries[name]["verdict"] == "error"
        assert "not followed" in entries[name]["error"]
        assert entries[name]["evidence"] == []
    assert "root:" not in json.dumps(files)  # nothing of /etc/passwd in the report
    _, files, _ = scan(str(root), "--follow-symlinks")
    assert by_path(files)["recipe.txt"]["verdict"] in FLAGGED


def test_a_path_longer_than_path_max_does_not_abort_the_scan(tmp_path: Path) -> None:
    (tmp_path / "spec.txt").write_text(RECIPE, encoding="utf-8")
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        for _ in range(20):  # 20 × 250 bytes: past PATH_MAX (4096)
            os.mkdir("d" * 250, dir_fd=fd)
            inner = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        leaf = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(leaf, RECIPE.encode())
        os.close(leaf)
    finally:
        os.close(fd)
    code, files, _ = scan(str(tmp_path))
    verdicts = [f["verdict"] for f in files]
    assert len(files) == 2 and verdicts.count("controlled") + verdicts.count("review") == 2, files
    assert code == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--time-limit", "inf"], "finite"),
        (["--time-limit", "nan"], "finite"),
        (["--time-limit", "2e9"], "between 0 and 604800"),  # past what the system's timers hold
        (["--review-threshold", "nan"], "finite"),
        (["-o", "/nonexistent-folder/report.json"], "/nonexistent-folder"),
        (["--fail-on", "everything"], "everything"),
        (["--include", ""], "is no pattern"),  # it would select nothing and pass
        (["--include", "!"], "is no pattern"),
        (["--include", "/"], "is no pattern"),
        (["--include", "[z-a]"], "--include: invalid pattern"),
        (["--cache", "/nonexistent-folder/c.sqlite"], "does not exist"),  # not made at the root
        (["--fail-on", ""], "no kind given"),  # an unset variable must not open the gate
        (["--fail-on", ","], "no kind given"),
        (["--fail-on", " "], "no kind given"),
        (["--ignore-file", "/nonexistent/ignore"], "/nonexistent/ignore"),
    ],
)
def test_bad_options_fail_before_scanning(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "a.txt").write_text(NOTICE)
    proc = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(tmp_path), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stdout == ""


def test_a_closed_stdout_is_a_usage_error_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NOTICE)
    proc = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.close(1),
    )
    assert proc.returncode == 2, proc.stderr
    assert "standard output is closed" in proc.stderr and "Traceback" not in proc.stderr


def test_a_zip_over_the_member_limit_gives_one_line(tmp_path: Path) -> None:
    members = {f"n{i:05d}.txt": b"x" for i in range(10_050)}
    (tmp_path / "many.zip").write_bytes(zip_of(members))
    _, files, _ = scan(str(tmp_path))
    assert len(files) == 1 + 10_000  # the container and the members read, nothing for the rest
    assert files[0]["verdict"] == "review"
    assert any("members 10001–10050" in r for r in files[0]["reasons"])


def signed_mail(body: str) -> bytes:
    """A real S/MIME signed message (multipart/signed with a detached `smime.p7s`), as a mail
    client sends it, signed with a throw-away certificate."""

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    from tests.signing import self_signed

    key, cert = self_signed("EMAIL_ADDRESS", "engineer@example.cn", days=365)
    inner = EmailMessage()
    inner.set_content(body)
    signed = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(inner.as_bytes())
        .add_signer(cert, key, hashes.SHA256())
        .sign(serialization.Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature])
    )
    headers = b"From: engineer@example.cn\r\nTo: partner@example.de\r\nSubject: Meeting next week\r\n"
    return headers + signed


def test_a_signed_mail_with_an_innocuous_body_is_clear(tmp_path: Path) -> None:
    (tmp_path / "signed.eml").write_bytes(signed_mail("Dear Anna, shall we meet on Tuesday at ten?"))
    code, files, _ = scan(str(tmp_path))
    entries = by_path(files)
    assert entries["signed.eml"]["verdict"] == "clear", entries
    assert entries["signed.eml!smime.p7s"]["reasons"][0].startswith("no document content")
    assert code == 0


def test_a_signed_mail_carrying_a_recipe_is_flagged(tmp_path: Path) -> None:
    (tmp_path / "signed.eml").write_bytes(signed_mail(RECIPE))
    code, files, _ = scan(str(tmp_path))
    assert by_path(files)["signed.eml"]["verdict"] in FLAGGED
    assert code == 1


def test_unknown_binary_is_review_and_unopenable_is_error(tmp_path: Path) -> None:
    (tmp_path / "blob.bin").write_bytes(os.urandom(5000))
    (tmp_path / "empty.txt").write_bytes(b"")
    code, files, summary = scan(str(tmp_path), "--fail-on", "error")
    entries = by_path(files)
    assert entries["blob.bin"]["verdict"] == "review"
    assert entries["empty.txt"]["verdict"] == "error"
    assert code == 3  # only errors fail this run
    assert summary["exit_code"] == 3


def test_several_roots_keep_paths_apart_and_the_header_says_how(tmp_path: Path) -> None:
    for folder in ("A", "B"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(NOTICE)
    result = CliRunner().invoke(
        cli, ["scan", str(tmp_path / "A"), str(tmp_path / "B"), "--format", "json", "--time-limit", "0"]
    )
    data = json.loads(result.stdout)
    assert sorted(f["path"] for f in data["files"]) == ["A/x.txt", "B/x.txt"]
    header = data["scanner"]
    assert header["roots"] == [str(tmp_path / "A"), str(tmp_path / "B")]
    for key in ("options", "thresholds", "lexicon_digest", "model_digest", "host", "started", "finished"):
        assert header[key] not in (None, "", {}), key


def test_company_lexicons_run_rules_only_with_a_warning(tmp_path: Path) -> None:
    from scanner.config import default_lexicon_dir

    lexicons = tmp_path / "lexicons"
    lexicons.mkdir()
    for source in default_lexicon_dir().glob("*.toml"):
        (lexicons / source.name).write_bytes(source.read_bytes())
    extra = next(lexicons.glob("*.toml"))
    extra.write_text(extra.read_text(encoding="utf-8") + "\n# company edit\n", encoding="utf-8")
    (tmp_path / "doc").mkdir()
    (tmp_path / "doc" / "wi.txt").write_text(RECIPE, encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["scan", str(tmp_path / "doc"), "--lexicons", str(lexicons), "--format", "json", "--time-limit", "0"],
    )
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["files"][0]["verdict"] in FLAGGED
    assert data["scanner"]["model_used"] is False
    assert any("rules only" in w for w in data["scanner"]["warnings"])


def test_pictures_and_pages_nobody_could_read_are_not_passed(tmp_path: Path) -> None:
    """The picture cases, built as files and scanned in one CLI run: a work instruction pasted
    into Word as a small 1-bit scan, the same after a page of agenda text, and scanned PDF pages
    whose pictures do not decode or are too large. None is clear; the text line says why."""
    import docx
    from docx.shared import Cm

    from tests.extract.test_coverage import GARBAGE, pdf_with_image, text_picture
    from tests.extract.test_coverage import RECIPE as RECIPE_EN

    scan_png = text_picture(tmp_path / "wi.png", RECIPE_EN, "1")
    for name, agenda in (("pasted-scan.docx", 0), ("agenda-then-scan.docx", 12)):
        document = docx.Document()
        for index in range(agenda):
            document.add_paragraph(f"Agenda item {index + 1}: canteen, parking and the summer outing.")
        document.add_picture(str(scan_png), width=Cm(16))
        (tmp_path / "in").mkdir(exist_ok=True)
        document.save(tmp_path / "in" / name)
    ccitt = "/DecodeParms << /K -1 /Columns 1200 /Rows 1600 >>"
    (tmp_path / "in" / "jbig2.pdf").write_bytes(pdf_with_image("JBIG2Decode", GARBAGE))
    (tmp_path / "in" / "ccitt.pdf").write_bytes(pdf_with_image("CCITTFaxDecode", GARBAGE, parms=ccitt))
    bomb = pdf_with_image("FlateDecode", zlib.compress(b"\0" * 1000), width=60_000, height=60_000)
    (tmp_path / "in" / "bomb.pdf").write_bytes(bomb)
    result = CliRunner().invoke(cli, ["scan", str(tmp_path / "in"), "--no-color", "--time-limit", "0"])
    lines = {
        line.split()[2]: line for line in result.stdout.splitlines() if line[:1].isupper() and "  " in line
    }
    assert set(lines) >= {"pasted-scan.docx", "agenda-then-scan.docx", "jbig2.pdf", "ccitt.pdf", "bomb.pdf"}
    for name in ("pasted-scan.docx", "agenda-then-scan.docx"):
        assert lines[name].split()[0] in ("CONTROLLED", "REVIEW"), lines[name]
    for name in ("jbig2.pdf", "ccitt.pdf", "bomb.pdf"):
        assert lines[name].startswith("REVIEW") and "not inspected: page 1" in lines[name], lines[name]
    assert result.exit_code == 1


def test_files_without_document_text_are_clear_with_the_reason(tmp_path: Path) -> None:
    from tests.extract.test_formats import certificate, elf, ftyp, sfnt, wav

    files = {
        "DejaVuSans.ttf": sfnt(b"\x00\x01\x00\x00"),
        "beep.wav": wav(),
        "clip.mp4": ftyp(b"isom", b"isom", b"iso2", b"avc1", b"mp41"),
        "libfoo.so": elf(),
        "user.cer": certificate(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    code, entries, summary = scan(str(tmp_path))
    for entry in entries:
        assert entry["verdict"] == "clear", entry
        assert entry["reasons"][0].startswith("no document content: "), entry["reasons"]
    assert code == 0 and summary["clear"] == len(files)


@pytest.mark.parametrize("where", ["report.json", "sub/report.json", "a.txt"])
def test_the_report_is_never_written_inside_a_scanned_folder(tmp_path: Path, where: str) -> None:
    """The scanner never writes where it scans: an -o inside a folder given (or over a file
    being scanned) is a usage error, and nothing is written."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(NOTICE)
    proc = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(tmp_path), "--no-cache", "-o", str(tmp_path / where)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    assert "lies inside the scanned" in proc.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.txt", "sub"]
    assert (tmp_path / "a.txt").read_text() == NOTICE


def test_a_time_limit_too_short_for_any_file_is_an_error_verdict_not_a_traceback(tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"n{i}.txt").write_text(NOTICE)
    proc = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(tmp_path), "--no-cache", "--format", "jsonl",
         "--time-limit", "1e-9", "-j", "2"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert "Traceback" not in proc.stderr and "KeyboardInterrupt" not in proc.stderr, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) == 6
    assert all(r["verdict"] == "clear" or r["error"].startswith("time limit exceeded") for r in records)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("fmt", ["jsonl", "text", "json"])
def test_a_report_that_cannot_be_written_is_said_once_and_fails(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "a.txt").write_text(NOTICE)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "scanner",
            "scan",
            str(tmp_path),
            "--no-cache",
            "--format",
            fmt,
            "-o",
            "/dev/full",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 4, proc.stderr
    assert proc.stderr.count("cannot write the report to /dev/full: No space left on device") == 1
    assert "report written" not in proc.stderr and "internal error" not in proc.stderr


def test_a_folder_given_twice_or_inside_another_is_scanned_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(NOTICE)
    (tmp_path / "sub" / "b.txt").write_text(NOTICE)
    proc = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(tmp_path), str(tmp_path), str(tmp_path / "sub"),
         str(tmp_path / "sub" / "b.txt"), "--no-cache", "--format", "json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    report = json.loads(proc.stdout)
    assert sorted(f["path"] for f in report["files"]) == ["a.txt", "sub/b.txt"]
    assert report["summary"]["files"] == 2
    assert proc.stderr.count("is left out: it is scanned as part of") == 3
