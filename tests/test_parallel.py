"""Worker processes: a file that hangs or crashes its reader costs that file an error verdict,
not the scan; verdicts come out in the order files were found, whatever the number of workers."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from scanner.config import ScanConfig
from scanner.crawl.walk import walk
from scanner.parallel import WorkerPool
from scanner.pipeline import Scanner

SPEC = "烧结钕铁硼工艺：真空烧结1060℃×4 h，一级回火900℃×2 h，二级回火500℃×3 h，气流磨D50 3.0 μm。"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for i in range(6):
        (tmp_path / f"memo-{i}.txt").write_text(f"Lunch menu number {i}.", encoding="utf-8")
    (tmp_path / "spec.txt").write_text(SPEC, encoding="utf-8")
    (tmp_path / "hang.txt").write_text("this one never finishes", encoding="utf-8")
    (tmp_path / "crash.txt").write_text("this one kills its reader", encoding="utf-8")
    return tmp_path


class Misbehaving(Scanner):
    """A scanner whose reader hangs on hang.txt and dies on crash.txt, as a C library might."""

    def scan_bytes_all(self, name, data, depth=0, quick=None):
        if name.endswith("hang.txt"):
            time.sleep(60)
        if name.endswith("crash.txt"):
            os.kill(os.getpid(), signal.SIGSEGV)
        if Path(name).name.startswith("slow"):
            time.sleep(1.2)
        return super().scan_bytes_all(name, data, depth, quick)


def test_hang_and_crash_become_errors_and_the_scan_goes_on(folder: Path) -> None:
    scanner = Misbehaving(ScanConfig())
    started = time.monotonic()
    verdicts = list(WorkerPool(scanner, jobs=2, time_limit=2.0).scan(walk([str(folder)])))
    assert time.monotonic() - started < 30
    by_name = {Path(v.path).name: v for v in verdicts}
    assert len(verdicts) == 9
    assert by_name["hang.txt"].verdict == "error"
    assert by_name["hang.txt"].error == "time limit exceeded: the file was not done within 2 s"
    assert by_name["crash.txt"].verdict == "error"
    assert "crashed" in by_name["crash.txt"].error and "SIGSEGV" in by_name["crash.txt"].error
    assert by_name["spec.txt"].verdict == "controlled"
    assert all(by_name[f"memo-{i}.txt"].verdict == "clear" for i in range(6))


@pytest.mark.parametrize("jobs", [1, 2])
def test_files_sent_ahead_of_a_hang_or_a_crash_are_read_all_the_same(
    folder: Path, jobs: int, monkeypatch
) -> None:
    """Each worker is sent its next file while it reads one; when the one it reads hangs or
    crashes, the file sent ahead was never read and goes to the worker that takes its place."""
    sent_ahead = []
    real = WorkerPool._send

    def send(self, worker, job, item, results):
        real(self, worker, job, item, results)
        sent_ahead.append(len(worker.queued))

    monkeypatch.setattr(WorkerPool, "_send", send)
    verdicts = list(
        WorkerPool(Misbehaving(ScanConfig()), jobs=jobs, time_limit=2.0).scan(walk([str(folder)]))
    )
    by_name = {Path(v.path).name: v for v in verdicts}
    assert [Path(v.path).name for v in verdicts] == sorted(by_name)  # the walk's order
    assert by_name["hang.txt"].verdict == by_name["crash.txt"].verdict == "error"
    assert by_name["spec.txt"].verdict == "controlled"
    assert all(by_name[f"memo-{i}.txt"].verdict == "clear" for i in range(6))
    assert max(sent_ahead) >= 1  # files were sent ahead


def test_a_file_sent_ahead_is_timed_from_when_its_worker_starts_it(tmp_path: Path) -> None:
    """Two files of 1.2 s each under a 2 s limit, the second sent while the first is read:
    neither runs out of time."""
    for name in ("slow-1.txt", "slow-2.txt", "slow-3.txt"):
        (tmp_path / name).write_text("Lunch menu.", encoding="utf-8")
    verdicts = list(WorkerPool(Misbehaving(ScanConfig()), jobs=1, time_limit=2.0).scan(walk([str(tmp_path)])))
    assert [v.verdict for v in verdicts] == ["clear"] * 3, [v.error for v in verdicts]


def test_order_is_the_walk_order_for_any_number_of_workers(folder: Path, scanner: Scanner) -> None:
    (folder / "hang.txt").unlink()
    (folder / "crash.txt").unlink()
    expected = [v.to_dict() for v in scanner.scan_paths([str(folder)])]
    for jobs in (1, 2, 3):
        got = [v.to_dict() for v in WorkerPool(scanner, jobs=jobs, time_limit=60).scan(walk([str(folder)]))]
        assert got == expected


def test_workers_are_gone_after_the_scan(folder: Path, scanner: Scanner) -> None:
    import multiprocessing

    (folder / "hang.txt").unlink()
    (folder / "crash.txt").unlink()
    list(WorkerPool(scanner, jobs=2, time_limit=60).scan(walk([str(folder)])))
    assert multiprocessing.active_children() == []


def test_cli_time_limit_and_jobs(folder: Path) -> None:
    from click.testing import CliRunner

    from scanner.cli import cli

    (folder / "hang.txt").unlink()
    (folder / "crash.txt").unlink()
    result = CliRunner().invoke(
        cli, ["scan", str(folder), "-j", "2", "--time-limit", "30", "--format", "csv"]
    )
    assert result.exit_code == 1, result.output  # spec.txt is controlled
    assert result.output.count("\n") == 8  # header and seven files


class Greedy(Scanner):
    """A reader that asks for far more memory than any file should need."""

    def scan_bytes_all(self, name, data, depth=0, quick=None):
        if name.endswith("greedy.txt"):
            bytearray(64 * 1024**3)
        return super().scan_bytes_all(name, data, depth, quick)


def test_a_file_that_needs_too_much_memory_is_an_error(tmp_path: Path) -> None:
    from scanner.config import Limits

    (tmp_path / "greedy.txt").write_text("x", encoding="utf-8")
    (tmp_path / "memo.txt").write_text("Lunch on Friday.", encoding="utf-8")
    scanner = Greedy(ScanConfig(limits=Limits(max_memory_bytes=3 * 1024**3)))
    by_name = {
        Path(v.path).name: v for v in WorkerPool(scanner, jobs=1, time_limit=60).scan(walk([str(tmp_path)]))
    }
    assert by_name["greedy.txt"].verdict == "error" and "MemoryError" in by_name["greedy.txt"].error
    assert by_name["memo.txt"].verdict == "clear"


class Stuck(Scanner):
    """A reader that hangs while it has a temporary folder open (as LibreOffice conversions do)."""

    def scan_bytes_all(self, name, data, depth=0, quick=None):
        from scanner.extract.external import private_folder

        if name.endswith("stuck.txt"):
            with private_folder() as folder:
                (folder / "in.doc").write_bytes(data)
                time.sleep(60)
        return super().scan_bytes_all(name, data, depth, quick)


def test_a_stopped_worker_leaves_no_temporary_files(tmp_path: Path, monkeypatch) -> None:
    import tempfile

    # a temporary folder of this test's own: other processes on the machine write to /tmp too
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    (tmp_path / "stuck.txt").write_text("x", encoding="utf-8")
    before = set(os.listdir(tempfile.gettempdir()))
    verdicts = list(
        WorkerPool(Stuck(ScanConfig()), jobs=1, time_limit=1.5).scan(walk([str(tmp_path / "stuck.txt")]))
    )
    assert verdicts[0].error.startswith("time limit exceeded")
    assert set(os.listdir(tempfile.gettempdir())) <= before


class SlowMembers(Scanner):
    """Each member of an archive takes a while; one of them never finishes."""

    def scan_bytes_all(self, name, data, depth=0, quick=None):
        if "!" in name:
            time.sleep(60 if name.endswith("hang.txt") else 0.6)
        return super().scan_bytes_all(name, data, depth, quick)


def test_the_time_limit_applies_to_each_member_of_an_archive(tmp_path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(tmp_path / "many.zip", "w") as zf:
        for i in range(5):
            zf.writestr(f"memo-{i}.txt", "Lunch on Friday.")
    with zipfile.ZipFile(tmp_path / "stuck.zip", "w") as zf:
        zf.writestr("ok.txt", "Lunch on Friday.")
        zf.writestr("hang.txt", "never done")
    pool = WorkerPool(SlowMembers(ScanConfig()), jobs=2, time_limit=1.5)
    by_name = {v.path: v for v in pool.scan(walk([str(tmp_path)]))}
    # five members of 0.6 s each: 3 s for the archive, within a 1.5 s limit per member
    assert by_name["many.zip"].verdict == "clear"
    assert len([p for p in by_name if p.startswith("many.zip!")]) == 5
    assert by_name["stuck.zip"].verdict == "error"
    assert by_name["stuck.zip"].error.endswith("(reading stuck.zip!hang.txt)")


def test_a_pool_that_does_not_prewarm_builds_nothing_here_and_gives_the_same_verdicts(folder: Path) -> None:
    """A scan of a file or two: the workers build what their files need; the scanning process
    neither imports spaCy's matchers nor builds the quick pass."""
    (folder / "hang.txt").unlink()
    (folder / "crash.txt").unlink()
    lazy = Scanner(ScanConfig())
    expected = [v.to_dict() for v in Scanner(ScanConfig()).scan_paths([str(folder)])]
    got = [
        v.to_dict() for v in WorkerPool(lazy, jobs=2, time_limit=60, prewarm=False).scan(walk([str(folder)]))
    ]
    assert got == expected
    assert lazy.detector._terms is None and lazy.detector._quick is None


def test_a_sweep_forks_its_first_workers_before_building_spacys_matchers(folder: Path) -> None:
    """The scanning process builds the quick pass before the first workers fork, and leaves
    spaCy's matchers to them (built side by side, by the workers whose files need them): the
    first files start at once. The verdicts are the in-process scan's."""
    (folder / "hang.txt").unlink()
    (folder / "crash.txt").unlink()
    expected = [v.to_dict() for v in Scanner(ScanConfig()).scan_paths([str(folder)])]
    scanner = Scanner(ScanConfig())
    got = [v.to_dict() for v in WorkerPool(scanner, jobs=2, time_limit=60).scan(walk([str(folder)]))]
    assert got == expected
    assert scanner.detector._quick is not None
    assert scanner.detector._terms is None


def test_a_worker_that_replaces_a_crashed_one_is_forked_with_the_matchers_built(folder: Path) -> None:
    """A replacement starts warm: after a crash, this process builds spaCy's matchers once, so
    that every later worker shares them instead of building its own."""
    (folder / "hang.txt").unlink()
    scanner = Misbehaving(ScanConfig())
    pool = WorkerPool(scanner, jobs=2, time_limit=60)
    verdicts = {Path(v.path).name: v for v in pool.scan(walk([str(folder)]))}
    assert verdicts["crash.txt"].verdict == "error"
    assert verdicts["spec.txt"].verdict == "controlled"
    assert scanner.detector._terms is not None


def test_building_the_matchers_in_a_worker_is_no_part_of_a_files_time(folder: Path, monkeypatch) -> None:
    """The first file that needs spaCy's matchers in a worker waits for them to be built (about
    2 s; here made slower than the whole limit), and is not cut off by its time limit for it."""
    from scanner.detect import matcher

    build = matcher.TermMatcher.__init__

    def slow(self, *args, **kwargs) -> None:
        time.sleep(2.5)
        build(self, *args, **kwargs)

    monkeypatch.setattr(matcher.TermMatcher, "__init__", slow)  # inherited by the forked worker
    pool = WorkerPool(Scanner(ScanConfig()), jobs=1, time_limit=1.5)
    verdicts = list(pool.scan(walk([str(folder / "spec.txt")])))
    assert [v.verdict for v in verdicts] == ["controlled"], verdicts[0].error


def test_the_cli_prewarms_for_folders_and_not_for_a_few_files(folder: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    from scanner.cli import cli

    made: list[bool] = []
    init = WorkerPool.__init__

    def record(self, *args, **kwargs):
        init(self, *args, **kwargs)
        made.append(self.prewarm)

    monkeypatch.setattr(WorkerPool, "__init__", record)
    (folder / "hang.txt").unlink()
    (folder / "crash.txt").unlink()
    for args in (
        [str(folder)],
        [str(folder / "spec.txt")],
        [str(folder / "spec.txt"), str(folder / "memo-1.txt")],
    ):
        CliRunner().invoke(cli, ["scan", *args, "--no-cache", "-q", "-j", "2"], catch_exceptions=False)
    assert made == [True, False, False]


def _deep_folder(tmp_path: Path, specs: int, memos: int) -> Path:
    """`specs` files the deep pass reads (named first, so the first files sent need it) and
    `memos` the quick pass clears."""
    for i in range(specs):
        (tmp_path / f"a-spec-{i:02}.txt").write_text(SPEC, encoding="utf-8")
    for i in range(memos):
        (tmp_path / f"b-memo-{i:02}.txt").write_text(f"Lunch menu number {i}.", encoding="utf-8")
    return tmp_path


def _pool_scan(pool: WorkerPool, folder: Path) -> list[dict]:
    pool.persistent = True  # the workers stay, to be looked at, until `close`
    return [v.to_dict() for v in pool.scan(walk([str(folder)]))]


def test_in_a_sweep_one_worker_builds_the_matchers_and_the_others_hand_back_files_that_need_them(
    tmp_path: Path, monkeypatch
) -> None:
    """The second worker's first file needs the phrase matchers while the first worker builds
    them: it hands the file back instead of building its own (CPU in every worker), the
    first worker reads it, and the verdicts are the in-process scan's, in the walk's order."""
    import scanner.parallel as parallel

    monkeypatch.setattr(parallel, "DEFER_SECONDS", 60.0)  # however slow this machine is today
    folder = _deep_folder(tmp_path, specs=3, memos=12)
    expected = [v.to_dict() for v in Scanner(ScanConfig()).scan_paths([str(folder)])]
    pool = WorkerPool(Scanner(ScanConfig()), jobs=2, time_limit=60)
    try:
        assert _pool_scan(pool, folder) == expected
        first, second = pool._workers
        assert (first.deep, first.builder) == (True, True)
        assert (second.deep, second.builder) == (False, False)
        assert second.deferred >= 1
        assert first.sent + second.sent == 15 + second.deferred
    finally:
        pool.close()
    assert sum(v["verdict"] == "controlled" for v in expected) == 3


def test_a_worker_whose_files_mostly_need_the_matchers_builds_them_too(tmp_path: Path, monkeypatch) -> None:
    """When the deep pass is most of the work, one builder would be the bottleneck: a worker
    that has handed back `PROMOTE_AFTER` files, a quarter of its files or more, becomes a builder."""
    import scanner.parallel as parallel

    monkeypatch.setattr(parallel, "DEFER_SECONDS", 60.0)
    folder = _deep_folder(tmp_path, specs=24, memos=0)
    expected = [v.to_dict() for v in Scanner(ScanConfig()).scan_paths([str(folder)])]
    pool = WorkerPool(Scanner(ScanConfig()), jobs=2, time_limit=60)
    try:
        assert _pool_scan(pool, folder) == expected
        assert [(w.deep, w.builder) for w in pool._workers] == [(True, True), (True, True)]
        assert pool._workers[1].deferred >= parallel.PROMOTE_AFTER
    finally:
        pool.close()


def test_a_file_handed_back_that_waits_too_long_for_a_builder_makes_another_worker_one(
    tmp_path: Path, monkeypatch
) -> None:
    """The builder is held up by a slow file (here 1.2 s against a wait of 0.3 s), with another
    file queued behind it: the file handed back waits here, and after 0.3 s the worker that
    handed it back becomes a builder and reads it (one file handed back would not make it one
    otherwise: `PROMOTE_AFTER`)."""
    import scanner.parallel as parallel

    monkeypatch.setattr(parallel, "DEFER_SECONDS", 60.0)
    monkeypatch.setattr(parallel, "PROMOTE_WAIT", 0.3)
    (tmp_path / "slow-1.txt").write_text("Lunch menu.", encoding="utf-8")
    (tmp_path / "spec-2.txt").write_text(SPEC, encoding="utf-8")
    (tmp_path / "spec-3.txt").write_text(SPEC.replace("1060", "1050"), encoding="utf-8")
    expected = [v.to_dict() for v in Scanner(ScanConfig()).scan_paths([str(tmp_path)])]
    pool = WorkerPool(Misbehaving(ScanConfig()), jobs=2, time_limit=60)
    try:
        got = _pool_scan(pool, tmp_path)
        first, second = pool._workers
        assert (second.deferred, second.builder, second.deep) == (1, True, True)
        assert (first.sent, first.deep) == (2, True)  # slow-1.txt, then spec-3.txt
    finally:
        pool.close()
    assert got == expected


def test_a_pool_without_prewarm_hands_nothing_back(folder: Path) -> None:
    """A scan of a file or two: each worker builds what its own file needs; handing a file to
    another worker would only make one wait for the other."""
    pool = WorkerPool(Scanner(ScanConfig()), jobs=2, time_limit=60, prewarm=False)
    (folder / "hang.txt").unlink()
    (folder / "crash.txt").unlink()
    try:
        _pool_scan(pool, folder)
        assert all(w.builder and not w.deferred for w in pool._workers)
    finally:
        pool.close()


def test_a_reader_that_died_is_not_kept_in_the_results_cache(folder: Path, tmp_path: Path) -> None:
    """A reader killed from outside (an administrator, the out-of-memory killer) says nothing
    about the file: its error is not cached, so the next sweep reads the file again (found by an
    exploratory test: the error was served from the cache on every later sweep)."""
    from scanner.cache import ResultCache

    cache = ResultCache(tmp_path / "cache.sqlite", key="k")
    items = [i for i in walk([str(folder)]) if Path(i.display).name in ("crash.txt", "spec.txt")]
    for item in items:
        assert cache.lookup(item) is None
    found = dict(WorkerPool(Misbehaving(ScanConfig()), jobs=1, time_limit=5.0).scan_groups(items))
    for item, verdicts in found.items():
        cache.store(item, verdicts)
    by_name = {Path(i.display).name: i for i in items}
    assert "crashed" in found[by_name["crash.txt"]][0].error
    assert cache.lookup(by_name["crash.txt"]) is None  # read again next time
    assert cache.lookup(by_name["spec.txt"]) is not None
