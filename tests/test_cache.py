"""The results cache: unchanged files are not scanned again, changed ones are, a copy reuses
its original's verdict, another scanner (settings, code, lexicons) rescans, and a stopped scan
resumes where it stopped."""

from __future__ import annotations

import dataclasses
import json
import pickle
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from scanner.cache import CachedVerdict, _decode, _encode, _sealed, verdict_from_dict
from scanner.report.summary import Summary
from scanner.types import Evidence, Exclusion, Skip, Verdict

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SCHEMA = json.loads((ROOT / "scanner" / "schema" / "scan-result.schema.json").read_text(encoding="utf-8"))
SCAN = [sys.executable, "-m", "scanner", "scan"]

DOCS = {
    "spec.txt": "NdFeB sintering spec: jet mill D50 3.2 μm, press 1.8 T, "
    "vacuum sinter 1060 ℃ 4 h, temper 900 ℃ 2 h.",
    "lunch.txt": "Lunch on Friday at noon? The canteen has dumplings.",
    "notes/market.txt": "Weekly market note: PrNd oxide prices rose 3 % on thin trading.",
}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    for name, text in DOCS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def scan(root: Path, cache: Path, *extra: str) -> dict:
    done = subprocess.run(
        [*SCAN, str(root), "--format", "json", "--cache", str(cache), "-j", "1", *extra],
        capture_output=True,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr.decode()
    report = json.loads(done.stdout)
    jsonschema.validate(report, SCHEMA)
    return report


def comparable(report: dict) -> list[dict]:
    return sorted(report["files"], key=lambda f: f["path"])


def test_a_second_scan_reuses_every_verdict_and_reports_the_same(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    first = scan(tree, cache)
    second = scan(tree, cache)
    assert first["summary"]["cached"] == 0
    assert second["summary"]["cached"] == len(DOCS)
    assert comparable(first) == comparable(second)
    assert {f["verdict"] for f in first["files"] if f["path"].endswith("spec.txt")} == {"controlled"}


def test_a_sweep_of_an_unchanged_tree_never_loads_the_scanner(tree: Path, tmp_path: Path) -> None:
    """Lexicons, spaCy and the model load only when a file must be scanned; the report still
    names the same scanner (digests, thresholds) as the scan that built it."""
    cache = tmp_path / "cache.sqlite"
    first = scan(tree, cache)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *SCAN[1:], str(tree), "--format", "json", "--cache", str(cache)],
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stderr.decode()  # spec.txt is controlled
    second = json.loads(done.stdout)
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.decode().splitlines()}
    assert "spacy" not in imported
    assert "scanner.pipeline" not in imported
    assert second["summary"]["cached"] == len(DOCS)
    assert comparable(first) == comparable(second)
    for field in ("thresholds", "lexicon_digest", "model_digest", "model_used", "warnings"):
        assert first["scanner"][field] == second["scanner"][field], field


def test_edited_lexicons_rescan_and_a_broken_one_stops_the_scan(tree: Path, tmp_path: Path) -> None:
    lexicons = tmp_path / "lexicons"
    shutil.copytree(ROOT / "lexicons", lexicons)
    cache = tmp_path / "cache.sqlite"
    assert scan(tree, cache, "--lexicons", str(lexicons), "--no-model")["summary"]["cached"] == 0
    assert scan(tree, cache, "--lexicons", str(lexicons), "--no-model")["summary"]["cached"] == len(DOCS)
    contexts = lexicons / "contexts.toml"
    contexts.write_text(contexts.read_text(encoding="utf-8") + "\n# reviewed again\n", encoding="utf-8")
    assert scan(tree, cache, "--lexicons", str(lexicons), "--no-model")["summary"]["cached"] == 0
    contexts.write_text(contexts.read_text(encoding="utf-8") + "\n[[terms]]\nid = 'x'\n", encoding="utf-8")
    done = subprocess.run(
        [*SCAN, str(tree), "--cache", str(cache), "--lexicons", str(lexicons), "--no-model"],
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 2  # a start-up error, as without a cache, though every file is cached
    assert b"lexicon error" in done.stderr


def test_a_changed_file_is_scanned_again(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    scan(tree, cache)
    (tree / "lunch.txt").write_text(DOCS["spec.txt"], encoding="utf-8")
    again = scan(tree, cache)
    assert again["summary"]["cached"] == len(DOCS) - 1
    lunch = next(f for f in again["files"] if f["path"].endswith("lunch.txt"))
    assert lunch["verdict"] == "controlled"


def test_a_copy_under_another_folder_reuses_the_verdict_with_its_own_path(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    scan(tree, cache)
    (tree / "copy").mkdir()
    shutil.copy(tree / "spec.txt", tree / "copy" / "spec.txt")  # new inode and times, same content
    again = scan(tree, cache)
    assert again["summary"]["cached"] == len(DOCS) + 1
    copy = next(f for f in again["files"] if f["path"].endswith("copy/spec.txt"))
    assert copy["verdict"] == "controlled"


@pytest.mark.parametrize(
    ("raw", "twin"),
    [
        (b"sx\xff.txt", "sx\\xff.txt"),  # a name in no encoding, and one spelled as its escapes
        (b"spec\xc4\xd0.txt", "spec男.txt"),  # a GBK name, and the name it reads as
    ],
)
def test_two_files_shown_alike_keep_their_own_verdicts(tmp_path: Path, raw: bytes, twin: str) -> None:
    """Each file's entry is its own: the controlled one is never reported from the other's
    entry (it was, from the third sweep on, when the cache kept files by the name shown)."""
    root = tmp_path / "drive"
    root.mkdir()
    with open(bytes(root) + b"/" + raw, "wb") as out:
        out.write(DOCS["spec.txt"].encode())
    (root / twin).write_text(DOCS["lunch.txt"], encoding="utf-8")
    cache = tmp_path / "c.sqlite"
    for _ in range(4):
        report = scan(root, cache)
        assert sorted(f["verdict"] for f in report["files"]) == ["clear", "controlled"]
    assert report["summary"]["cached"] == 2  # the last sweeps read both from the cache


def test_other_settings_make_another_scanner(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    scan(tree, cache)
    assert scan(tree, cache, "--no-model")["summary"]["cached"] == 0
    assert scan(tree, cache, "--controlled-threshold", "0.7")["summary"]["cached"] == 0
    deep = scan(tree, cache, "--deep")  # a quick pass's verdicts are not the deep pass's
    assert deep["summary"]["cached"] == 0
    assert not any(r.startswith("quick pass") for f in deep["files"] for r in f["reasons"])
    assert deep["scanner"]["options"]["deep"] is True
    assert scan(tree, cache)["summary"]["cached"] == len(DOCS)  # the first scanner's entries stay


def test_no_cache_neither_reads_nor_writes(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    scan(tree, cache)
    done = subprocess.run(
        [*SCAN, str(tree), "--format", "json", "--no-cache"], capture_output=True, timeout=300
    )
    assert json.loads(done.stdout)["summary"]["cached"] == 0


def test_the_cache_is_never_written_inside_a_scanned_folder(tree: Path) -> None:
    done = subprocess.run(
        [*SCAN, str(tree), "--cache", str(tree / "c.sqlite")], capture_output=True, timeout=300
    )
    assert done.returncode == 2 and b"inside the scanned" in done.stderr
    assert not (tree / "c.sqlite").exists()


def test_the_default_cache_inside_a_scanned_folder_is_dropped(tree: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tree / ".cache"))
    done = subprocess.run([*SCAN, str(tree), "--format", "json"], capture_output=True, timeout=300)
    assert b"no results cache" in done.stderr
    assert not (tree / ".cache").exists()


#: enough files that a scan signalled after its first few is still far from done (it reads a
#: hundred small files in well under a second)
MANY = 400


def many_files(root: Path, n: int = MANY) -> None:
    root.mkdir()
    for i in range(n):
        text = DOCS["spec.txt"] if i % 7 == 0 else f"Minutes of meeting {i}: the budget and the canteen."
        (root / f"doc-{i:03d}.txt").write_text(text, encoding="utf-8")


def rows(cache: Path) -> int:
    try:
        with sqlite3.connect(f"file:{cache}?mode=ro", uri=True) as db:
            return db.execute("select count(*) from files").fetchone()[0]
    except sqlite3.Error:
        return 0


def wait_for_rows(cache: Path, at_least: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while rows(cache) < at_least:
        assert proc.poll() is None, "the scan ended before it could be stopped"
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_a_killed_scan_resumes_without_rescanning_finished_files(tmp_path: Path) -> None:
    root, cache = tmp_path / "many", tmp_path / "cache.sqlite"
    many_files(root)
    proc = subprocess.Popen(
        [*SCAN, str(root), "--format", "jsonl", "--cache", str(cache), "-j", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    wait_for_rows(cache, 10, proc)
    proc.kill()
    proc.wait()
    done_before = rows(cache)
    assert 10 <= done_before < MANY
    again = scan(root, cache)
    assert again["summary"]["files"] == MANY
    assert again["summary"]["cached"] >= done_before


@pytest.mark.parametrize(("fmt", "kept"), [("json", True), ("html", True), ("sarif", True), ("jsonl", False)])
def test_a_scan_killed_midway_leaves_last_week_s_whole_report(tmp_path: Path, fmt: str, kept: bool) -> None:
    """Found by an exploratory test: a sweep killed (SIGKILL, the out-of-memory killer) after
    its first file left its JSON, HTML or SARIF report empty, last week's gone with it. Those
    reports are written whole at the end, and last week's stays until then; JSON Lines are
    written as files finish (a killed scan keeps what it found), so they replace it at once."""
    root, cache, report = tmp_path / "many", tmp_path / "cache.sqlite", tmp_path / f"last.{fmt}"
    many_files(root)
    last_week = "last week's report\n"
    report.write_text(last_week, encoding="utf-8")
    proc = subprocess.Popen(
        [*SCAN, str(root), "--format", fmt, "--cache", str(cache), "-j", "1", "-o", str(report)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_rows(cache, 10, proc)
    proc.kill()
    proc.wait()
    assert (report.read_text(encoding="utf-8") == last_week) is kept


@pytest.mark.parametrize(
    ("sent", "code", "said"),
    [(signal.SIGINT, 130, b"interrupted"), (signal.SIGTERM, 143, b"stopped (SIGTERM)")],
)
@pytest.mark.parametrize("to_file", [False, True])
def test_ctrl_c_ends_with_a_partial_summary_and_a_valid_report(
    tmp_path: Path, sent: int, code: int, said: bytes, to_file: bool
) -> None:
    """Ctrl-C, and SIGTERM (`timeout`, a cancelled CI job), end a scan with a partial summary
    and a valid report, on standard output or in the -o file."""
    root, cache, out_file = tmp_path / "many", tmp_path / "cache.sqlite", tmp_path / "report.json"
    many_files(root)
    proc = subprocess.Popen(
        [*SCAN, str(root), "--format", "json", "--cache", str(cache), "-j", "1"]
        + (["-o", str(out_file)] if to_file else []),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    wait_for_rows(cache, 5, proc)
    proc.send_signal(sent)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == code, err.decode()
    assert said in err
    report = json.loads(out_file.read_text(encoding="utf-8") if to_file else out)
    jsonschema.validate(report, SCHEMA)
    assert report["summary"]["interrupted"] is True
    assert report["summary"]["exit_code"] == code  # the report records how the scan ended
    assert 5 <= report["summary"]["files"] < MANY
    assert b"run the same command again to resume" in err


def test_verdicts_survive_the_round_trip(scanner) -> None:
    for path in sorted(SAMPLES.iterdir()):
        for verdict in scanner.scan_bytes_all(path.name, path.read_bytes()):
            once = verdict.to_dict()
            assert verdict_from_dict(once).to_dict() == once


def _every_field() -> Verdict:
    evidence = (
        Evidence("NdFeB", "magnet-manufacturing", "page 2", "stage-term", "term", 0.5, "sintered NdFeB"),
        Evidence("1060 ℃", "magnet-manufacturing", "sheet A, B4", "value", "value", 0.25),
    )
    return Verdict(
        path="outer.zip!工艺/spec.docx",
        verdict="error",
        control_codes=("1E902.a",),
        categories=("magnet-manufacturing",),
        magnet_types=("NdFeB",),
        carrier="process-spec",
        exclusion=Exclusion("patent-filing", evidence[:1], 0.5),
        score=0.875,
        evidence=evidence,
        reasons=("a reason",),
        error="reader failed",
        file_type="docx",
        sha256="ab" * 32,
        category_scores=(("magnet-manufacturing", 0.875), ("mining", 0.0)),
        language="mixed",
        skipped=(Skip("not-inspected", "picture image1.png", "no OCR"),),
        section="section 3",
        waiver={"licence": "L-1", "reviewer": "A. Auditor", "expires": "2027-01-01"},
    )


def test_a_rebuilt_verdict_has_every_field_and_nothing_else() -> None:
    """`verdict_from_dict` sets fields without the dataclasses' __init__: none may be missing."""
    verdict = _every_field()
    rebuilt = verdict_from_dict(verdict.to_dict())
    assert rebuilt == verdict
    assert set(vars(rebuilt)) == {f.name for f in dataclasses.fields(Verdict)}
    for kept, again in zip(verdict.evidence, rebuilt.evidence, strict=True):
        assert set(vars(again)) == {f.name for f in dataclasses.fields(Evidence)}
        assert again == kept


@pytest.mark.parametrize(
    "path",
    ["plain/spec.txt", "工艺/烧结.docx", "bad-\udcff-name.txt"],  # the last: a name in no encoding
)
@pytest.mark.parametrize("waived", [False, True])
def test_a_stored_verdict_reports_the_line_a_fresh_one_would(path: str, waived: bool) -> None:
    verdict = dataclasses.replace(_every_field(), path=path)
    if not waived:
        verdict = dataclasses.replace(verdict, waiver=None)
    fresh = json.dumps(verdict.to_dict(), ensure_ascii=False)
    stored = _encode([verdict, verdict])
    stored.encode("utf-8")  # SQLite text
    back = _decode(stored)
    assert back == [verdict, verdict]
    assert [v.json_line() for v in back] == [fresh, fresh]
    # a verdict changed after it was read (a waiver, another path) is encoded again
    moved = dataclasses.replace(back[0], path="elsewhere.txt")
    assert json.loads(moved.json_line())["path"] == "elsewhere.txt"
    assert type(moved) is Verdict


@pytest.mark.parametrize(
    "verdict",
    [
        dataclasses.replace(_every_field(), waiver=None),  # every field (an error, not internal)
        Verdict("a.txt", "clear", reasons=("not inspected: picture p1.png (no OCR)",)),
        Verdict("b.txt", "error", error="internal error: ValueError: x"),
        Verdict("c.txt", "controlled", control_codes=("1E902.a",), score=0.9),
    ],
)
def test_a_warm_sweep_counts_and_reports_a_verdict_without_decoding_it(verdict: Verdict) -> None:
    """What a JSON Lines sweep asks of a cached verdict (its kind, its summary facts, its line)
    is read without decoding it; anything else decodes it into a plain, equal Verdict."""
    (back,) = _decode(_encode([verdict]))
    assert type(back) is CachedVerdict
    cold, warm = Summary(), Summary()
    cold.add(verdict)
    warm.add(back)
    assert back.verdict == verdict.verdict
    assert back.json_line() == json.dumps(verdict.to_dict(), ensure_ascii=False)
    assert type(back) is CachedVerdict  # still undecoded
    assert warm.to_dict() == cold.to_dict()
    assert back.reasons == verdict.reasons  # decoded on first use of another field
    assert type(back) is Verdict
    assert back == verdict and hash(back) == hash(verdict)
    assert back.to_dict() == verdict.to_dict()
    again = _decode(_encode([verdict]))[0]
    assert again == verdict and verdict == again  # equality decodes as well, either way round
    assert pickle.loads(pickle.dumps(_decode(_encode([verdict]))[0])) == verdict


@pytest.mark.parametrize(
    "blob",
    [
        "",
        "x",
        "v",
        _sealed("v", "clear\t00"),  # no line
        _sealed("v", 'maybe\t00\t{"path": "a"}'),  # not a verdict kind
        _sealed("v", 'clear\t2\t{"path": "a"}'),  # facts
        _sealed("v", "clear\t00\t[1, 2]"),  # not a verdict's line
        _sealed("v", 'clear\t00\t{"path": "a"'),  # cut short
        _sealed("a", "{not json"),
        _sealed("x", 'clear\t00\t{"path": "a"}'),  # no such tag
        # a good entry with one character changed on disk, its shape intact
        _encode([Verdict("a.txt", "clear")]).replace('"clear"', '"clea\x00"', 1),
        _encode([Verdict("a.txt", "clear")]).replace('"a.txt"', '"b.txt"', 1),
        _encode([Verdict("a.txt", "clear")])[:-1],
    ],
)
def test_a_damaged_stored_entry_is_refused_not_reported(blob: str) -> None:
    """`_decode` raises ValueError (the cache then reports a miss and the file is scanned)."""
    with pytest.raises((ValueError, IndexError)):
        _decode(blob)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_an_entry_damaged_on_disk_is_scanned_again(tree: Path, tmp_path: Path, fmt: str) -> None:
    """A byte changed inside a stored line (a bit flip) keeps the entry's shape: it is found
    by its checksum and the file is scanned again, never reported as stored."""
    cache = tmp_path / "cache.sqlite"
    scan(tree, cache)
    with sqlite3.connect(cache) as db:
        rows = db.execute("select rowid, verdicts from files").fetchall()
        for rowid, blob in rows:
            db.execute(
                "update files set verdicts = ? where rowid = ?",
                (blob.replace('"path": "', '"path": "\x00', 1), rowid),
            )
    done = subprocess.run(
        [*SCAN, str(tree), "--cache", str(cache), "--format", fmt], capture_output=True, timeout=300
    )
    assert done.returncode in (0, 1), done.stderr.decode()
    text = done.stdout.decode()
    records = (
        [json.loads(line) for line in text.splitlines()] if fmt == "jsonl" else json.loads(text)["files"]
    )
    assert sorted(r["path"] for r in records) == sorted(DOCS)


def test_a_warm_jsonl_report_is_the_cold_one_byte_for_byte(tree: Path, tmp_path: Path) -> None:
    (tree / "Nd-Fe-B 烧结工艺.txt").write_text(DOCS["spec.txt"], encoding="utf-8")
    cache = tmp_path / "cache.sqlite"
    runs = [
        subprocess.run(
            [*SCAN, str(tree), "--format", "jsonl", "--cache", str(cache), "-j", "1"],
            capture_output=True,
            timeout=300,
        )
        for _ in range(2)
    ]
    assert runs[0].stdout == runs[1].stdout
    assert len(runs[0].stdout.splitlines()) == len(DOCS) + 1


def test_the_scanners_own_files_are_read_again_only_when_their_stat_changes(
    tmp_path: Path, monkeypatch
) -> None:
    """A warm sweep's identity check reads no file of the scanner whose stat is as recorded,
    and gives the same digests as reading them all; an edited file is read again."""
    from scanner.cache import identity_parts
    from scanner.config import ScanConfig

    lexicons = tmp_path / "lexicons"
    shutil.copytree(ROOT / "lexicons", lexicons)
    config = dataclasses.replace(ScanConfig(), lexicon_dir=lexicons)
    fresh = identity_parts(config)
    known: dict = {}
    assert identity_parts(config, known) == fresh
    assert len(known) > 50  # code, lexicons and model files

    def refuse(self: Path) -> bytes:
        raise AssertionError(f"{self} read again")

    with monkeypatch.context() as patched:
        patched.setattr(Path, "read_bytes", refuse)
        assert identity_parts(config, dict(known)) == fresh

    contexts = lexicons / "contexts.toml"
    time.sleep(0.01)
    contexts.write_text(contexts.read_text(encoding="utf-8") + "\n# reviewed again\n", encoding="utf-8")
    edited = identity_parts(config, known)
    assert edited["lexicons"] != fresh["lexicons"]
    assert edited == identity_parts(config)  # as read from scratch
    # a recorded digest under another stat is not believed
    forged = {**known, str(contexts): (0, 0, 0, 0, 0, "00" * 32)}
    assert identity_parts(config, forged)["lexicons"] == edited["lexicons"]


@pytest.mark.parametrize("follow", [False, True])
def test_a_walked_file_is_looked_up_with_the_walks_own_stat(
    tree: Path, tmp_path: Path, monkeypatch, follow
) -> None:
    """A warm sweep stats each file once: the walk's stat of a regular file gives the cache its
    identity. A symbolic link's walk stat is the link's own, so the cache stats the target."""
    import os

    import scanner.cache as cache_module
    from scanner.cache import ResultCache
    from scanner.crawl.walk import walk

    (tree / "link.txt").symlink_to(tree / "lunch.txt")
    items = [i for i in walk([str(tree)], follow) if i.fs_path is not None]
    by_name = {Path(i.display).name: i for i in items}
    assert by_name["lunch.txt"].walked_stat is not None
    assert by_name.get("link.txt") is None or by_name["link.txt"].walked_stat is None
    cache = ResultCache(tmp_path / "c.sqlite", key="k")
    calls: list[str] = []
    real_stat = os.stat
    monkeypatch.setattr(
        cache_module.os, "stat", lambda p, *a, **k: calls.append(str(p)) or real_stat(p, *a, **k)
    )
    for item in items:
        calls.clear()
        assert cache.lookup(item) is None
        linked = Path(item.display).name == "link.txt"
        assert len(calls) == (1 if linked else 0), (item.display, calls)
    lunch = by_name["lunch.txt"]
    assert cache_module._identity(lunch) == cache_module._stat_identity(real_stat(lunch.fs_path))


def test_a_batch_lookup_finds_what_one_lookup_at_a_time_finds(tree: Path, tmp_path: Path) -> None:
    """`lookup_many` (one query a batch) against `lookup` on the same cache: unchanged files,
    a changed one, a copy under another name's folder, a damaged entry, an item with a problem."""
    import dataclasses as dc

    from scanner.cache import ResultCache
    from scanner.crawl.walk import walk

    def fresh() -> ResultCache:
        cache = ResultCache(tmp_path / "c.sqlite", key="k")
        return cache

    import hashlib

    cache = fresh()
    for item in walk([str(tree)], False):
        assert cache.lookup(item) is None
        sha = hashlib.sha256(Path(item.fs_path).read_bytes()).hexdigest()
        cache.store(item, [Verdict(path=item.display, verdict="clear", sha256=sha)])
    (tree / "lunch.txt").write_text("changed", encoding="utf-8")
    (tree / "copy").mkdir()
    shutil.copy(tree / "notes" / "market.txt", tree / "copy" / "market.txt")
    spec = next(i for i in walk([str(tree)], False) if i.display.endswith("spec.txt"))
    cache._db.execute("update files set verdicts = 'vdamaged' where display = ?", (spec.display.encode(),))
    items = list(walk([str(tree)], False))
    items.append(dc.replace(items[0], problem="cannot read"))
    one_by_one = [fresh().lookup(item) for item in items]
    batched = fresh().lookup_many(items)
    summary = [None if v is None else [x.path for x in v] for v in batched]
    assert summary == [None if v is None else [x.path for x in v] for v in one_by_one]
    names = [Path(i.display).name for i, v in zip(items, batched, strict=True) if v is not None]
    assert sorted(names) == ["market.txt", "market.txt"]  # the original and its copy


def test_a_warm_batch_asks_sqlite_once(tree: Path, tmp_path: Path) -> None:
    from scanner.cache import ResultCache
    from scanner.crawl.walk import walk

    cache = ResultCache(tmp_path / "c.sqlite", key="k")
    items = list(walk([str(tree)], False))
    for item in items:
        cache.lookup(item)
        cache.store(item, [Verdict(path=item.display, verdict="clear")])

    cache._db = counting = _Counting(cache._db)
    assert all(found is not None for found in cache.lookup_many(items))
    assert counting.calls == 1


def test_a_cold_batch_asks_sqlite_twice_and_reads_no_file(tree: Path, tmp_path: Path, monkeypatch) -> None:
    """A batch of files the cache has never seen: one query for their paths, one for copies by
    name and size, and none of them read to hash it (no cached file shares a name and size)."""
    from scanner import cache as cache_module
    from scanner.cache import ResultCache
    from scanner.crawl.walk import walk

    cache = ResultCache(tmp_path / "c.sqlite", key="k")
    cache._db.execute(
        "insert into files values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (b"elsewhere/a.txt", b"/x/a.txt", "k", 1, 1, 1, 1, 1, "0" * 64, b"a.txt", "v"),
    )

    hashed: list[str] = []
    monkeypatch.setattr(cache_module, "_file_hash", lambda item, size: hashed.append(item.display))
    cache._db = counting = _Counting(cache._db)
    items = list(walk([str(tree)], False))
    assert cache.lookup_many(items) == [None] * len(items)
    assert counting.calls == 2 and hashed == []


def test_a_damaged_entry_is_scanned_again_and_stored_anew(tree: Path, tmp_path: Path) -> None:
    from scanner.cache import ResultCache
    from scanner.crawl.walk import walk

    cache = ResultCache(tmp_path / "c.sqlite", key="k")
    item = next(i for i in walk([str(tree)], False) if i.display.endswith("spec.txt"))
    assert cache.lookup(item) is None
    cache.store(item, [Verdict(path=item.display, verdict="clear")])
    cache._db.execute("update files set verdicts = 'vdamaged' where display = ?", (item.display.encode(),))
    assert cache.lookup_many([item]) == [None]
    cache.store(item, [Verdict(path=item.display, verdict="review")])
    assert [v.verdict for v in cache.lookup(item)] == ["review"]


class _Counting:
    """A SQLite connection that counts the statements sent through it."""

    def __init__(self, db) -> None:
        self.db, self.calls = db, 0

    def execute(self, *args):
        self.calls += 1
        return self.db.execute(*args)


@pytest.mark.parametrize(
    ("error", "kept"),
    [
        ("permission denied", False),  # this user could not open it: another may
        ("cannot read: Input/output error", False),
        ("internal error: ValueError: x", False),
        ("time limit exceeded: the file was not done within 2 s", False),
        # a reader process killed from outside (an administrator, the OOM killer) or that died
        ("the reader crashed on this file (signal SIGKILL): it could not be read", False),
        ("the reader stopped on this file (exit code 1): it could not be read", False),
        ("corrupt PDF: no trailer", True),  # a property of the file's bytes
        ("encrypted document: a password is needed", True),
    ],
)
def test_errors_of_the_reading_not_of_the_file_are_not_kept(
    tree: Path, tmp_path: Path, error: str, kept: bool
) -> None:
    from scanner.cache import ResultCache
    from scanner.crawl.walk import walk

    cache = ResultCache(tmp_path / "c.sqlite", key="k")
    item = next(i for i in walk([str(tree)], False) if i.display.endswith("spec.txt"))
    assert cache.lookup(item) is None
    cache.store(item, [Verdict(path=item.display, verdict="error", error=error)])
    assert (cache.lookup(item) is not None) is kept


def test_a_copy_from_the_cache_names_its_own_members_in_its_reasons(tmp_path: Path) -> None:
    """The verdicts of a copied archive come from the original's entry: their paths, and the
    reasons and errors that name a member, are the copy's."""
    import zipfile

    share = tmp_path / "share"
    (share / "2024").mkdir(parents=True)
    with zipfile.ZipFile(share / "2024" / "pack.zip", "w") as z:
        z.writestr("spec.txt", DOCS["spec.txt"])
        z.writestr(zipfile.ZipInfo("../evil.txt"), "menu")
    cache = tmp_path / "c.sqlite"
    scan(share / "2024", cache)
    (share / "2025").mkdir()
    shutil.copy(share / "2024" / "pack.zip", share / "2025" / "pack.zip")
    warm = {f["path"]: f for f in scan(share, cache)["files"]}
    cold = {f["path"]: f for f in scan(share, tmp_path / "cold.sqlite")["files"]}
    for path in ("2025/pack.zip", "2025/pack.zip!../evil.txt"):
        assert warm[path]["reasons"] == cold[path]["reasons"] and warm[path].get("error") == cold[path].get(
            "error"
        )
    assert any(r.startswith("2025/pack.zip!") for r in warm["2025/pack.zip"]["reasons"])


def children(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []


@pytest.mark.parametrize(("sent", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_scan_stopped_before_its_first_file_is_done_leaves_the_last_report_whole(
    tmp_path: Path, sent: int, code: int
) -> None:
    """Last week's report gives way to this week's only when this week's first file is done: a
    scan stopped while that file is read (a long first file) leaves it whole, as a scan stopped
    while starting does (found by an exploratory test: it was emptied, and `report` then
    refused it)."""
    root = tmp_path / "share"
    root.mkdir()
    # read in depth for seconds: many lines, each with stage terms and values
    line = "烧结工艺：真空烧结 1060 ℃ 保温 4 h，一级回火 900 ℃ 2 h；气流磨 D50 3.2 μm；取向磁场 2 T。\n"
    (root / "a-long.txt").write_text(line * 40_000, encoding="utf-8")
    (root / "b-memo.txt").write_text("Lunch on Friday.", encoding="utf-8")
    report = tmp_path / "last.jsonl"
    last_week = '{"path": "share/old.txt", "verdict": "controlled"}\n'
    report.write_text(last_week, encoding="utf-8")
    proc = subprocess.Popen(
        [*SCAN, str(root), "--no-cache", "--deep", "-j", "1", "--format", "jsonl", "-o", str(report)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not children(proc.pid):  # a worker: the scan has begun, its first file is sent
        assert proc.poll() is None, "the scan ended before it could be stopped"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.3)
    proc.send_signal(sent)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == code, err.decode()
    assert b"before its first file was done: no report written" in err
    assert report.read_text(encoding="utf-8") == last_week
