"""Command line: parse options, call the pipeline, pick a reporter. Nothing else lives here."""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import math
import os
import sqlite3
import stat
import sys
import time
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, NoReturn

import click

from scanner import __version__
from scanner.cache import ResultCache, default_cache_path, scanner_key
from scanner.config import Limits, ScanConfig, Thresholds, default_lexicon_dir
from scanner.crawl.patterns import Rules
from scanner.crawl.walk import Item, distinct_roots, own_ignore_files, walk

if TYPE_CHECKING:  # imported where used: spaCy and the readers load only for a scan
    from scanner.parallel import Known
    from scanner.pipeline import Scanner
    from scanner.types import Verdict
from scanner.report import (
    EXIT_INTERNAL,
    EXIT_USAGE,
    FAIL_ON_CHOICES,
    FORMATS,
    ScanInfo,
    Summary,
    make_reporter,
    parse_fail_on,
)
from scanner.report.progress import Progress
from scanner.report.progress import wanted as show_progress
from scanner.stopping import Stopper, sigterm_came

#: The review threshold chosen with the shipped model at training (see models/MODEL_CARD.md).
MODEL_REVIEW = 0.46
#: The shell's code for a program stopped by SIGPIPE: the reader of the report went away.
EXIT_BROKEN_PIPE = 141
#: a scan stopped by Ctrl-C (SIGINT) or by SIGTERM, as a shell reports a program they killed
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


class FiniteFloat(click.ParamType):
    """A finite number within bounds: `inf` and `nan` are usage errors, not limits."""

    name = "number"

    def __init__(self, low: float, high: float | None = None) -> None:
        self.low, self.high = low, high

    def convert(self, value, param, ctx) -> float:
        if isinstance(value, float):
            number = value
        else:
            try:
                number = float(value)
            except (TypeError, ValueError):
                self.fail(f"{value!r} is not a number", param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        if number < self.low or (self.high is not None and number > self.high):
            upper = f" and {self.high}" if self.high is not None else ""
            self.fail(f"{value!r} is not between {self.low}{upper}", param, ctx)
        return number


def _config(
    lexicons: Path | None,
    controlled: float | None,
    review: float | None,
    max_file_size: int | None,
    use_model: bool = True,
) -> ScanConfig:
    th = Thresholds()
    if controlled is not None:
        th = dataclasses.replace(th, controlled=controlled)
    if review is not None:
        th = dataclasses.replace(th, review=review)
    if th.review > th.controlled:
        raise click.BadParameter("the review threshold must not exceed the controlled one")
    limits = Limits()
    if max_file_size is not None:
        limits = dataclasses.replace(limits, max_file_bytes=max_file_size)
    return ScanConfig(
        lexicon_dir=lexicons or default_lexicon_dir(),
        thresholds=th,
        limits=limits,
        review_from_model=review is None,
        use_model=use_model,
    )


def _scanner(config: ScanConfig, quiet: bool = False) -> Scanner:
    from scanner.classify.artifact import ModelError
    from scanner.detect.lexicon import LexiconError
    from scanner.pipeline import Scanner

    try:
        scanner = Scanner(config)
    except LexiconError as exc:
        raise click.UsageError(f"lexicon error: {exc}") from exc
    except ModelError as exc:
        raise click.UsageError(f"model error: {exc}") from exc
    if not quiet:
        for warning in scanner.warnings:
            click.echo(f"scanner: warning: {warning}", err=True)
    return scanner


_common = [
    click.option(
        "--lexicons",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help="Folder of lexicon TOML files (default: the bundled lexicons). The learned model was "
        "trained with the bundled ones: with other lexicons the scan runs on rules alone, with a warning.",
    ),
    click.option(
        "--no-model",
        is_flag=True,
        help="Rules alone: do not use the learned model (review threshold "
        f"{Thresholds().review} unless --review-threshold says otherwise).",
    ),
    click.option(
        "--controlled-threshold",
        type=FiniteFloat(0, 1),
        default=None,
        help=f"Score at or above which a file is controlled (default {Thresholds().controlled}).",
    ),
    click.option(
        "--review-threshold",
        type=FiniteFloat(0, 1),
        default=None,
        help="Score at or above which a file needs review (default: the threshold chosen with the "
        f"learned model at training, {MODEL_REVIEW}; {Thresholds().review} with rules alone).",
    ),
    click.option(
        "--max-file-size",
        type=click.IntRange(1),
        default=None,
        help=f"Largest file read, in bytes (default {Limits().max_file_bytes}).",
    ),
]


def common_options(func):
    for option in reversed(_common):
        func = option(func)
    return func


class _LazyGroup(click.Group):
    """Subcommands whose modules are imported only when they are run or listed (the gate's
    modules cost a sweep a tenth of a second of imports it never uses)."""

    lazy: ClassVar[dict[str, tuple[str, str]]] = {"gate": ("scanner.gate.cli", "gate")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            import importlib

            module, attribute = self.lazy[cmd_name]
            return getattr(importlib.import_module(module), attribute)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context):
        """A reader that went away (`| head`) ends the run with 141, as a shell reports a
        program killed by SIGPIPE: click would catch the broken pipe itself and exit 1, which
        here means "flagged"."""
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _broken_pipe()


def _broken_pipe() -> NoReturn:
    """Nothing more can be reported, and nothing was lost: standard output goes to /dev/null
    (so that flushing it at exit raises nothing more), and the exit is 141."""
    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(EXIT_BROKEN_PIPE)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scanner")
def cli() -> None:
    """Scan documents for rare-earth technology controlled under MOFCOM 1E902.

    \b
    Exit codes of `scan` (like clamscan and gitleaks):
      0  nothing flagged: every file clear or excluded
      1  a controlled or review file was found
      2  usage error (bad option, missing path, unwritable output)
      3  some files could not be read (error) and nothing was flagged
      4  internal failure
    `--fail-on` chooses which verdicts fail a run.
    """


def _open_output(output: str | None, keep: bool = False):
    """The report's stream, opened before any file is scanned: a missing folder or a closed
    standard output is a usage error naming the problem, not a lost scan. `keep`: the file is
    opened without emptying it (the last run's report stays until this run's begins: a scan
    that cannot start, its engine or its lexicons at fault, leaves it whole); `_begin` empties
    it."""
    if output in (None, "-"):
        stream = sys.stdout
        if stream is None or getattr(stream, "closed", False):
            raise click.UsageError("standard output is closed: write the report with -o FILE")
        return stream
    path = Path(output)
    if path.is_dir():
        raise click.UsageError(f"cannot write the report to {output}: it is a folder")
    if not path.parent.exists():
        raise click.UsageError(f"cannot write the report to {output}: folder {path.parent} does not exist")
    try:
        return open(path, "a" if keep else "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise click.UsageError(f"cannot write the report to {output}: {exc.strerror or exc}") from exc


def _abandon(stream, output: str | None, existed: bool) -> None:
    """A report file opened for a scan that never began: closed, and removed if this run made
    it (an empty file would read as an empty scan); one that was there is left as it was."""
    if stream is sys.stdout:
        return
    with contextlib.suppress(OSError):
        stream.close()
        if not existed and output is not None and os.path.getsize(output) == 0:
            os.unlink(output)


def _begin(stream) -> None:
    """Empty a report file opened with `keep` (appends then start at its beginning); a device
    or a pipe (/dev/stdout, /dev/full, a FIFO) is written as it is."""
    if stream is not sys.stdout and stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
        stream.truncate(0)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, file_okay=True, dir_okay=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format; jsonl streams one object per file as it is done.",
)
@click.option(
    "-o", "--output", default=None, help="Write the report to this file instead of standard output."
)
@click.option("--color/--no-color", default=None, help="Colour the text output (default: on a terminal).")
@click.option(
    "--follow-symlinks",
    is_flag=True,
    help="Follow symbolic links to folders, and to files outside the scanned folders (loops are "
    "detected). Without it such links are listed with the reason and not read.",
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="PATTERN",
    help="Leave out paths matching this gitignore-style pattern (repeatable), e.g. 'build/', "
    "'*.log'. Every folder is scanned unless excluded; the summary counts what was left out.",
)
@click.option(
    "--include",
    multiple=True,
    metavar="PATTERN",
    help="Scan only files matching this gitignore-style pattern (repeatable), or inside folders "
    "matching it, e.g. '*.docx', 'docs/', '!docs/drafts/'; the others are counted as left out.",
)
@click.option(
    "--skip-hidden",
    is_flag=True,
    help="Leave out hidden files and folders (names starting with '.'), counted in the summary. "
    "By default they are scanned like any other.",
)
@click.option(
    "--ignore-file",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="A file of --exclude patterns, one per line ('#' comments).",
)
@click.option(
    "--no-scannerignore",
    is_flag=True,
    help="Do not read the .scannerignore files of the folders given: an audit that does not "
    "trust what the scanned tree says to leave out.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Files scanned side by side, each in a worker process (default: the number of cores). "
    "The results are the same whatever the number.",
)
@click.option(
    "--cache",
    "cache_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Results cache (SQLite): unchanged files are not read again, and a stopped scan resumes "
    "where it stopped (default: results.sqlite in the user's cache folder).",
)
@click.option("--no-cache", is_flag=True, help="Neither use nor update the results cache.")
@click.option(
    "--waivers",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Accepted findings (TOML, by content hash): such files are reported as waived and do not fail "
    "the run until the waiver expires.",
)
@click.option(
    "--licences",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="The licence register (the gate's): a waiver citing a licence that is not in it, or no "
    "longer valid, does not count.",
)
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="No progress line and no 'report written' note on stderr (the progress line shows "
    "only on a terminal, never in pipes or CI).",
)
@click.option(
    "--time-limit",
    # beyond a week the system's timers overflow (a wait of 2e9 s is refused); 0 is no limit
    type=FiniteFloat(0, 7 * 24 * 3600),
    default=Limits().max_seconds,
    show_default=True,
    help="Seconds one file (with its members) may take before it gets an error verdict; "
    "0 scans in this process without a limit.",
)
@click.option(
    "--fail-on",
    default=",".join(FAIL_ON_CHOICES),
    show_default=True,
    help="Verdicts that fail the run (exit 1 for controlled/review, 3 for error), comma-separated; "
    "'none' fails only on internal errors.",
)
@click.option(
    "--redact",
    is_flag=True,
    help="Mask process values and snippet text in every output format (evidence keeps term, rule "
    "and place): for reports sent to management or in gate notifications.",
)
@click.option(
    "--deep",
    is_flag=True,
    help="Analyse every file in depth. By default a file whose text holds no rare-earth stage or "
    "anchor term is judged clear by a quick pass (same verdict; no context evidence, model "
    "score or learned carrier).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where files are read: worker processes on this machine, or a Dask cluster (needs the "
    "dask extra; the paths must be mounted on the workers as here).",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    default=None,
    help="With --engine dask: the cluster's scheduler. Without it a local cluster of --jobs "
    "single-threaded workers is started.",
)
@common_options
def scan(
    paths,
    fmt,
    output,
    color,
    follow_symlinks,
    exclude,
    include,
    skip_hidden,
    ignore_file,
    no_scannerignore,
    jobs,
    cache_path,
    no_cache,
    waivers,
    licences,
    quiet,
    time_limit,
    fail_on,
    redact,
    deep,
    engine,
    scheduler,
    lexicons,
    no_model,
    controlled_threshold,
    review_threshold,
    max_file_size,
) -> None:
    """Scan files and folders (recursively) and give each file a verdict."""
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    try:
        if fail_on.strip().lower() == "none":
            fail_kinds = parse_fail_on("")
        else:
            fail_kinds = parse_fail_on(fail_on)
            if not fail_kinds:  # an empty --fail-on "$UNSET" must not open a gate quietly
                raise ValueError("no kind given: name the verdicts that fail the run, or 'none'")
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--fail-on") from exc
    config = _config(lexicons, controlled_threshold, review_threshold, max_file_size, not no_model)
    config = dataclasses.replace(
        config,
        follow_symlinks=follow_symlinks,
        limits=dataclasses.replace(config.limits, max_seconds=time_limit),
        quick=not deep,
    )
    # a folder given twice, or inside another given, is scanned once
    paths, repeated = distinct_roots(list(paths))
    for problem in repeated:
        click.echo(f"scanner: warning: {problem}", err=True)
    given_ignore = [ignore_file] if ignore_file else []
    # a folder's own .scannerignore (gitignore syntax), as a repository's .gitignore: for it alone
    own_ignore, refused = ({}, []) if no_scannerignore else own_ignore_files(list(paths))
    for problem in refused:
        click.echo(f"scanner: warning: {problem}", err=True)
    for folder, name in own_ignore.items() if not quiet else ():  # the tree's own say: named
        click.echo(
            f"scanner: note: {name} leaves out what it names in {folder} (--no-scannerignore)", err=True
        )
    ignore_files = [*given_ignore, *own_ignore.values()]
    try:
        found = walk(
            list(paths), follow_symlinks, exclude=exclude, ignore_file=given_ignore, own_ignore=own_ignore
        )
    except (ValueError, OSError) as exc:
        raise click.UsageError(f"exclusions: {exc}") from exc
    empty = [p for p in include if not p.strip().lstrip("!").strip("/")]
    if empty:  # it would select nothing, and the scan would pass with no file read
        raise click.UsageError(f"--include {empty[0]!r} is no pattern: name the files to scan")
    try:
        wanted = Rules.build(list(include), None) if include else None
    except ValueError as exc:
        raise click.UsageError(f"--include: {exc}") from exc
    jobs = jobs or os.cpu_count() or 1
    accepted, register = _waivers(waivers, licences)
    _outside(output, list(paths))
    inputs = {
        "waivers file": waivers,
        "--ignore-file": ignore_file,
        "licence register": licences,
    }
    cache_file = None if no_cache else cache_path or default_cache_path()
    _not_an_input("-o", output, {**inputs, "results cache": cache_file})
    if not no_cache:
        _not_an_input("--cache", cache_path, inputs)
    for folder, name in ((config.lexicon_dir, "lexicon folder"), (config.model_dir, "model folder")):
        for what, where in (("-o", output), ("--cache", None if no_cache else cache_path)):
            if (
                where not in (None, "-")
                and folder is not None
                and _scanned_root_of(Path(where), [str(folder)])
            ):
                raise click.UsageError(f"{what} {where} lies inside the {name} {folder}: write it elsewhere")
    # SIGTERM (`timeout`, a cancelled CI job, a service stopped) ends the scan as Ctrl-C does: a
    # partial summary and a valid partial report, then 143 (the workers have their own handler)
    # A signal while a file's result is recorded waits for the record to be whole (`stopping`).
    stopper = Stopper().install()
    click.get_current_context().call_on_close(stopper.uninstall)
    existed = output in (None, "-") or os.path.lexists(output)
    opened = _open_output(output, keep=True)
    try:
        cache = None if no_cache else _cache(cache_path, list(paths))
        scanner, identity = _scanner_and_identity(config, cache)
        if engine == "dask" and quiet:  # Dask's own warnings (a lost worker, a rescheduled task)
            import logging

            logging.getLogger("distributed").setLevel(logging.ERROR)
        cluster = _cluster(config, scheduler, jobs, time_limit, scanner) if engine == "dask" else None
    except KeyboardInterrupt:  # stopped while starting: no report, and the last one left whole
        _abandon(opened, output, existed)
        how = "stopped (SIGTERM)" if stopper.terminated else "interrupted"
        click.echo(f"scanner: {how} before the scan began: no report written", err=True)
        sys.exit(EXIT_TERMINATED if stopper.terminated else EXIT_INTERRUPTED)
    # the last run's report gives way to this one's when this one's first file is recorded: a
    # scan stopped before that (a large first file) leaves it whole, as one stopped while starting;
    # a report written whole at the end (JSON, HTML, SARIF) gives way only then, so that a scan
    # killed (SIGKILL, the out-of-memory killer) midway leaves the last one whole too
    stream = _Report(opened, deferred=opened is not sys.stdout, whole=fmt in WHOLE_FORMATS)
    info = ScanInfo(
        roots=list(paths),
        options={
            "format": fmt,
            "follow_symlinks": follow_symlinks,
            "exclude": list(exclude),
            "ignore_file": ignore_file,
            "no_scannerignore": no_scannerignore,
            "ignore_files_read": ignore_files,
            "include": list(include),
            "skip_hidden": skip_hidden,
            "deep": deep,
            "jobs": jobs,
            "time_limit": time_limit,
            "fail_on": sorted(fail_kinds),
            "redact": redact,
            "lexicons": str(config.lexicon_dir),
            "no_model": no_model,
            "max_file_size": config.limits.max_file_bytes,
            "cache": str(cache.path) if cache is not None else None,
            "waivers": str(waivers) if waivers else None,
            "licences": str(licences) if licences else None,
            "engine": engine,
            "scheduler": cluster.address if cluster is not None else None,
            "workers": cluster.workers() if cluster is not None else jobs,
        },
        thresholds=Thresholds(**identity["thresholds"]),
        lexicon_digest=identity["lexicon_digest"],
        model_digest=identity["model_digest"],
        model_used=identity["model_used"],
        warnings=(*identity["warnings"], *refused, *repeated),
    )
    colour = color if color is not None else (fmt == "text" and stream.isatty())
    reporter = make_reporter(fmt, stream, colour, redact=redact, info=info)
    summary = Summary(fail_on=fail_kinds)
    started = time.perf_counter()
    from scanner.parallel import Known, WorkerPool

    progress = None
    groups: Generator[tuple[Item, list[Verdict]]] | None = None
    try:
        stopper.check()
        reporter.start()
        counted = _counted(found, summary, wanted, skip_hidden)
        # a scan of no more files than workers gains nothing from matchers shared by the workers
        few = len(paths) <= jobs and all(Path(p).is_file() for p in paths)
        pool = (
            WorkerPool(scanner, jobs, time_limit or None, prewarm=not few)
            if time_limit > 0 or jobs > 1
            else None
        )
        if cluster is not None:
            pool = cluster
        if show_progress(sys.stderr, quiet):
            counted = list(counted)  # the total, for "done of total" and the time left
            running = pool.running if pool is not None else None
            progress = Progress(sys.stderr, len(counted), running)
            progress.start()
        together = progress is not None and stream.target is sys.stdout and sys.stdout.isatty()
        items = _resolved(iter(counted), cache)
        if pool is not None:
            groups = pool.scan_groups(items)
        else:
            groups = (
                (it.item, it.verdicts) if isinstance(it, Known) else (it, scanner.scan_item_all(it))
                for it in items
            )

        def _record(item, verdicts) -> None:
            stream.begin()
            if cache is not None:
                cache.store(item, verdicts)
            if accepted:
                from scanner.waivers import apply_waivers

                verdicts = apply_waivers(verdicts, accepted, register)
            for verdict in verdicts:
                summary.add(verdict)
                if together:  # on one terminal: the progress line is erased for the result's
                    with progress.paused():
                        reporter.file(verdict)
                else:
                    reporter.file(verdict)
            if progress is not None:
                progress.file_done(verdicts[0].verdict in ("controlled", "review"))

        for item, verdicts in groups:
            with stopper.held():  # a file's result is recorded whole, or not at all
                _record(item, verdicts)
    except KeyboardInterrupt:
        summary.interrupted = True  # a partial summary and a valid partial report, then 130 or 143
        summary.stopped = EXIT_TERMINATED if stopper.terminated else EXIT_INTERRUPTED
    except BrokenPipeError:
        raise  # the reader went away (`| head`): handled in main, quietly
    except Exception as exc:  # the scan itself failed: say so in the report, exit 4
        if os.environ.get("SCANNER_DEBUG"):
            raise
        summary.fail(f"{type(exc).__name__}: {exc}")
        # the files after it were not scanned: the report says the scan was stopped (`report`
        # and `diff` then say so), and records its exit code
        summary.interrupted, summary.stopped = True, EXIT_INTERNAL
        from scanner.distributed import EngineError

        if isinstance(exc, EngineError):  # the cluster went away, or changed, mid-sweep
            click.echo(f"scanner: {exc}; run the same command again to resume", err=True)
        elif stream.failed is None:  # a report that cannot be written is said once, below
            click.echo(f"scanner: internal error: {type(exc).__name__}: {exc}", err=True)
    # the scan is over: its report is finished whole, and a signal now is only said below
    with stopper.held(stop_after=False):
        if groups is not None:  # a scan stopped between files: its workers stop now
            groups.close()
        if progress is not None:
            progress.close()
        if cluster is not None:
            cluster.close()
        summary.seconds = time.perf_counter() - started
        if cache is not None:
            summary.cached = cache.hits
            cache.close()
        # stopped before its first file was recorded: no report, and the last one left whole
        abandoned = summary.interrupted and not stream.began
        if stream.failed is None and not abandoned:
            try:
                stream.commit()
                reporter.finish(summary)
                stream.flush()
            except BrokenPipeError:
                raise  # the reader went away: 141
            except OSError:
                pass  # kept in `stream.failed`, said below
    if abandoned:
        _abandon(opened, output, existed)
        if summary.stopped == EXIT_INTERNAL:  # said above
            click.echo("scanner: no report written (the last one is left whole)", err=True)
            sys.exit(EXIT_INTERNAL)
        how = "stopped (SIGTERM)" if stopper.terminated else "interrupted"
        click.echo(
            f"scanner: {how} before its first file was done: no report written (the last one is "
            "left whole); run the same command again to resume",
            err=True,
        )
        sys.exit(EXIT_TERMINATED if stopper.terminated else EXIT_INTERRUPTED)
    if stream.target is not sys.stdout:
        try:
            stream.close()
        except OSError as exc:
            stream.failed = stream.failed or exc
    if stream.failed is not None:  # a full disk: the report is not whole, and says nothing
        where = output if stream.target is not sys.stdout else "standard output"
        click.echo(f"scanner: cannot write the report to {where}: {_why_os(stream.failed)}", err=True)
        sys.exit(EXIT_INTERNAL)
    if stream.target is not sys.stdout and not quiet:
        click.echo(f"scanner: report written to {output}", err=True)
    if stopper.pending and not summary.interrupted:
        how = "SIGTERM" if stopper.terminated else "Ctrl-C"
        click.echo(f"scanner: {how} came as the scan ended; its report is whole", err=True)
    if summary.interrupted and summary.stopped != EXIT_INTERNAL:
        how = "stopped (SIGTERM)" if stopper.terminated else "interrupted"
        click.echo(f"scanner: {how}; run the same command again to resume", err=True)
        sys.exit(EXIT_TERMINATED if stopper.terminated else EXIT_INTERRUPTED)
    sys.exit(summary.exit_code())


#: reports whose file entries are spooled and written only when the scan ends
WHOLE_FORMATS = frozenset({"json", "html", "sarif"})


class _Report:
    """The report's stream, keeping the first error in writing it (a full disk, a quota): the
    scan then says so once and exits 4, and never says the report was written."""

    def __init__(self, target, deferred: bool = False, whole: bool = False) -> None:
        """`deferred`: the file (opened without emptying it, `_open_output`) keeps the last run's
        report until `commit`, which empties it and writes what was written meanwhile; `whole`:
        the report is written whole at the end, so its first file does not commit it (`begin`)."""
        self.target = target
        self.failed: OSError | None = None
        self._held: list[str] | None = [] if deferred else None
        self._whole = whole
        #: whether a file's result has been recorded: a stopped scan then has a report to write
        self.began = False

    def begin(self) -> None:
        """A file's result is about to be recorded: a report written as the scan goes commits."""
        self.began = True
        if not self._whole:
            self.commit()

    def commit(self) -> None:
        if self._held is None:
            return
        held, self._held = self._held, None
        self._kept(_begin, self.target)
        for text in held:
            self._kept(self.target.write, text)

    def write(self, text: str) -> int:
        if self._held is not None:
            self._held.append(text)
            return len(text)
        return self._kept(self.target.write, text)

    def flush(self) -> None:
        if self._held is None:
            self._kept(self.target.flush)

    def _kept(self, call, *args):
        try:
            return call(*args)
        except BrokenPipeError:
            raise  # the reader went away: 141 (`_LazyGroup.invoke`)
        except OSError as exc:
            self.failed = self.failed or exc
            raise

    def __getattr__(self, name: str):
        return getattr(self.target, name)


def _why_os(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _cluster(config: ScanConfig, scheduler: str | None, jobs: int, time_limit: float, scanner: Scanner):
    """The Dask engine: connected, its workers checked to run this very scanner."""
    from scanner.distributed import DaskEngine, EngineError
    from scanner.report.text import path_line

    try:
        return DaskEngine(config, scheduler, workers=jobs, time_limit=time_limit or None, scanner=scanner)
    except EngineError as exc:  # worker names and addresses come from elsewhere: no control codes
        raise click.UsageError(path_line(str(exc))) from exc


def _waivers(path: Path | None, licences: Path | None) -> tuple[dict, object]:
    if path is None and licences is None:
        return {}, None
    from scanner.gate.licences import RegisterError, load_register
    from scanner.waivers import WaiverError, load_waivers

    try:
        accepted = load_waivers(path) if path is not None else {}
        register = load_register(licences) if licences is not None else None
    except (WaiverError, RegisterError) as exc:
        raise click.UsageError(str(exc)) from exc
    return accepted, register


def _outside(output: str | None, roots: list[str]) -> None:
    """A usage error when the report would be written inside a scanned folder, or over a file
    being scanned: the scanner never writes where it scans (the report would also be scanned
    while it is written, and read differently each run)."""
    if output in (None, "-"):
        return
    root = _scanned_root_of(Path(output), roots)
    if root is not None:
        raise click.UsageError(f"-o {output} lies inside the scanned {root}: write the report elsewhere")


def _not_an_input(what: str, path: str | Path | None, inputs: dict[str, Path | str | None]) -> None:
    """A usage error when `path` (the report, or the cache) is one of the scan's own inputs (the
    waivers, an ignore file, the licence register, the cache), or a hard link of a file that may
    be: written over, an audit record would be lost, and a report said written would not be.
    A file with other hard links may be a scanned file under another name: the scanner never
    writes where it scans, and a path cannot tell where else the file stands."""
    if path in (None, "-"):
        return
    target = Path(path)
    for name, other in inputs.items():  # the same file, or the same path where neither is made yet
        if other is not None and (
            _same_file(Path(other), target) or os.path.realpath(other) == os.path.realpath(target)
        ):
            raise click.UsageError(f"{what} {path} is the {name}: it would be written over")
    try:
        info = target.stat()
    except OSError:
        return  # not there yet: it will be made, and is nothing else
    if not stat.S_ISREG(info.st_mode):
        return  # a device or a pipe (/dev/null, a FIFO) is written as it is
    if info.st_nlink > 1:
        raise click.UsageError(
            f"{what} {path} has {info.st_nlink - 1} other hard link(s), which may be a scanned "
            "file: write it to a file of its own"
        )


def _scanned_root_of(path: Path, roots: list[str]) -> str | None:
    """The scanned root that `path` is, or lies inside (resolved), or None."""
    where = path.resolve()
    for root in roots:
        top = Path(root).resolve()
        if where == top or top in where.parents:
            return root
    return None


def _cache(path: Path | None, roots: list[str]) -> ResultCache | None:
    """The results cache, unless it would lie inside a scanned folder (the scanner never
    writes where it scans): then an explicit --cache is a usage error, the default is dropped
    with a warning. Its scanner key is set once the scanner's identity is known."""
    chosen = path or default_cache_path()
    if path is not None and not path.resolve().parent.is_dir():  # the default's folders are made
        raise click.UsageError(f"--cache {path}: folder {path.parent} does not exist")
    root = _scanned_root_of(chosen, roots)
    if root is not None:
        if path is not None:
            raise click.UsageError(f"--cache {path} lies inside the scanned {root}: choose another place")
        click.echo(f"scanner: warning: no results cache: {chosen} lies inside the scanned {root}", err=True)
        return None
    try:
        return ResultCache(chosen)
    except (OSError, sqlite3.Error) as exc:
        click.echo(f"scanner: warning: no results cache ({chosen}: {exc})", err=True)
        return None


def _identity(scanner: Scanner) -> dict:
    """What makes a scanner's verdicts what they are, for the report and the cache key."""
    settings = {
        "thresholds": dataclasses.asdict(scanner.config.thresholds),
        "limits": {k: v for k, v in dataclasses.asdict(scanner.config.limits).items() if k != "max_seconds"},
        "model": scanner.model is not None,
        "review_from_model": scanner.config.review_from_model,
        "quick": scanner.config.quick,  # a --deep scan's verdicts are not a quick pass's
    }
    model_digest = scanner.model.digest if scanner.model is not None else None
    return {
        "key": scanner_key(scanner.detector.lexicon.digest, model_digest, settings),
        "thresholds": dataclasses.asdict(scanner.config.thresholds),
        "lexicon_digest": scanner.detector.lexicon.digest,
        "model_digest": model_digest,
        "model_used": scanner.model is not None,
        "warnings": list(scanner.warnings),
    }


def _scanner_and_identity(config: ScanConfig, cache: ResultCache | None) -> tuple[Scanner, dict]:
    """The scanner and its identity. When the cache knows the identity of a scanner built from
    the same inputs (code, lexicon and model bytes, settings), the scanner is built only if a
    file needs scanning: a sweep of an unchanged tree never loads it. Otherwise it is built now,
    so that a lexicon or model error stops the scan before it starts."""
    if cache is None:
        scanner = _scanner(config)
        return scanner, _identity(scanner)
    inputs = cache.inputs_digest(config)  # the scanner's own files, read only if they changed
    known = cache.identity(inputs)
    if known is not None and {"key", "thresholds", "lexicon_digest", "model_digest"} <= known.keys():
        from scanner.lazy import LazyScanner

        def build() -> Scanner:
            built = _scanner(config, quiet=True)
            if _identity(built) != known:  # a lexicon or model file changed during the scan
                raise click.ClickException("lexicons or model changed while the scan started: run it again")
            return built

        for warning in known.get("warnings", ()):
            click.echo(f"scanner: warning: {warning}", err=True)
        cache.key = known["key"]
        return LazyScanner(build), known  # type: ignore[return-value]
    scanner = _scanner(config)
    identity = _identity(scanner)
    cache.key = identity["key"]
    cache.remember(inputs, identity)
    return scanner, identity


#: items looked up in the results cache at once (one SQLite query for a batch)
LOOKUP_BATCH = 64


def _resolved(items: Iterator[Item], cache: ResultCache | None) -> Iterator[Item | Known]:
    """Items to scan, and those whose verdicts the cache already holds (looked up a batch at a
    time: the walk runs at most `LOOKUP_BATCH` items ahead of the scan)."""
    from scanner.parallel import Known

    if cache is None:
        yield from items
        return
    while batch := list(itertools.islice(items, LOOKUP_BATCH)):
        for item, found in zip(batch, cache.lookup_many(batch), strict=True):
            yield Known(item, found) if found is not None else item


def _counted(
    items: Iterator[Item], summary: Summary, include: Rules | None = None, skip_hidden: bool = False
) -> Iterator[Item]:
    """The walk's items to scan; those the user's exclusions, --include or --skip-hidden left
    out are counted, not scanned."""
    for item in items:
        if item.skipped:
            summary.skip(item.skipped)
            continue
        # relative to the folder given, as exclusions are: a folder named on the command line,
        # and those above it, are the user's choice, hidden or not
        rel = item.rel or item.display
        if skip_hidden and any(p.startswith(".") and p not in (".", "..") for p in rel.split("/")):
            summary.skip("hidden (--skip-hidden)")
            continue
        if include is not None and not include.selects(rel):
            summary.skip("not matching --include")
            continue
        yield item


@cli.command()
@click.argument("file")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--redact",
    is_flag=True,
    help="Mask process values, snippet text, section titles and sheet names (as scan --redact).",
)
@click.option(
    "--time-limit",
    type=FiniteFloat(0, 7 * 24 * 3600),
    default=Limits().max_seconds,
    show_default=True,
    help="Seconds the file may take, as in scan: then its explanation is an error verdict's; "
    "0 explains in this process without a limit.",
)
@common_options
def explain(
    file, fmt, redact, time_limit, lexicons, no_model, controlled_threshold, review_threshold, max_file_size
) -> None:
    """Show everything behind one file's verdict: scores, factors, terms, parameters, places.

    FILE may name an archive or e-mail member as `scan` prints it: outer.zip!dir/inner.docx."""
    from scanner.explain import render_explanation
    from scanner.pipeline import MemberNotFound, split_member_path

    outer, _ = split_member_path(file)
    if not Path(outer).exists():
        raise click.UsageError(f"no such file: {file}")
    if Path(outer).is_dir():
        raise click.UsageError(f"{file} is a folder: explain takes one file (scan takes folders)")
    config = _config(lexicons, controlled_threshold, review_threshold, max_file_size, not no_model)
    # a reader of one file's explanation wants every finding: no quick pass
    scanner = _scanner(dataclasses.replace(config, quick=False))

    def rendered(verdict, analysis=None, parts=None) -> tuple[str, int]:
        summary = Summary()
        summary.add(verdict)
        return render_explanation(
            verdict, analysis, scanner, fmt, parts or [], redact=redact
        ), summary.exit_code()

    def work() -> tuple[str, int]:
        return rendered(*scanner.explain_parts(file))

    if not time_limit:
        try:
            text, code = work()
        except MemberNotFound as exc:  # named wrong, as a missing file is
            raise click.UsageError(str(exc)) from exc
    else:
        from scanner.explain_limit import explain_within
        from scanner.pipeline import error_verdict

        outcome = explain_within(
            work, time_limit, lambda reason: rendered(error_verdict(file, reason)), (MemberNotFound,)
        )
        if outcome.kind == "usage":
            raise click.UsageError(outcome.text)
        if outcome.kind == "crash":
            click.echo(outcome.text, err=True, nl=False)
            sys.exit(outcome.exit_code)
        text, code = outcome.text, outcome.exit_code
    click.echo(text, nl=False)
    sys.exit(code)


@cli.command()
@click.option(
    "--corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Labelled corpus (default: corpora/text of the checkout).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where the artifacts go (default: models/ of the checkout).",
)
@click.option(
    "--hold-blend",
    "hold",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Keep the model weight and review threshold of the model in this folder (the "
    "out-of-fold choice is still computed and recorded) instead of choosing them anew.",
)
def train(corpus, out, hold) -> None:
    """Rebuild the learned model from the labelled corpus (reproducible: fixed seeds)."""
    from scanner.classify.train import held_blend
    from scanner.classify.train import train as run_training

    root = Path(__file__).resolve().parent.parent
    corpus = corpus or root / "corpora" / "text"
    if not (corpus / "split.json").exists():
        raise click.UsageError(f"no labelled corpus with a split.json in {corpus}")
    held = None
    if hold is not None:
        held = held_blend(hold)
        if held is None:
            raise click.UsageError(f"no model with a model weight and a review threshold in {hold}")
    manifest = run_training(corpus, out or root / "models", log=lambda m: click.echo(m, err=True), held=held)
    m = manifest["metrics_heldout"]
    click.echo(
        f"held-out: recall {m['recall_controlled']}, false flags {m['false_flag_rate_clear']}, "
        f"exclusions {m['exclusion_accuracy']}, category micro-F1 "
        f"{m['categories']['micro']['f1']}, clause {m['clause_accuracy']}"
    )


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--labels",
    "labels_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON Lines labels: file, verdict, categories, control_codes, …",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@common_options
def evaluate(
    folder, labels_file, fmt, lexicons, no_model, controlled_threshold, review_threshold, max_file_size
) -> None:
    """Scan a labelled folder and measure the verdicts against the labels."""
    from scanner.corpus_role import corpus_role
    from scanner.evaluate import load_labels, measure, render_text, scan_labelled

    config = _config(lexicons, controlled_threshold, review_threshold, max_file_size, not no_model)
    try:
        labels = load_labels(labels_file)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    try:
        role = corpus_role(labels_file, folder)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    metrics = measure(scan_labelled(_scanner(config), folder, labels))
    if fmt == "json":
        click.echo(json.dumps({"corpus": role.to_dict(), **metrics}, ensure_ascii=False, indent=2))
    else:
        click.echo(role.describe())
        click.echo(render_text(metrics), nl=False)


@cli.command(name="report")
@click.argument("saved", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*FORMATS, "xlsx"]),
    default="html",
    show_default=True,
    help="The report to make (xlsx needs -o).",
)
@click.option(
    "-o", "--output", default=None, help="Write the report to this file instead of standard output."
)
@click.option("--redact", is_flag=True, help="Mask process values and snippet text.")
@click.option("-q", "--quiet", is_flag=True, help="No 'report written' note on stderr (warnings still show).")
def report_cmd(saved: Path, fmt: str, output: str | None, redact: bool, quiet: bool) -> None:
    """Turn a saved scan (scanner scan --format jsonl or json) into another report."""
    from scanner.report.xlsxfmt import write_xlsx
    from scanner.saved import SavedScanError, apply_saved_summary, iter_scan, saved_info

    if fmt == "xlsx" and not output:
        raise click.UsageError("--format xlsx needs -o FILE")
    if output and _same_file(Path(output), saved):
        raise click.UsageError(f"-o {output} is the saved scan itself: the report would overwrite it")
    # read twice: once to check every entry and count them (nothing is written from a file that
    # is no saved scan), once to write the report, so that a sweep's verdicts are never all held
    summary = Summary()
    state: dict = {}
    try:
        for v in iter_scan(saved, state):
            summary.add(v)
    except SavedScanError as exc:
        raise click.UsageError(str(exc)) from exc
    summary.interrupted = state.get("complete") is False  # a stopped scan's report says so
    summary.stopped = state.get("stopped")
    _say_cut(saved, state)
    # a saved JSON scan's header and summary carry over to its report (JSON Lines have none:
    # their time is not known, and a report does not say it was 0 s)
    summary.seconds = None
    summary.recorded = isinstance(state.get("summary"), dict) or state.get("complete") is False
    redact = apply_saved_summary(summary, state) or redact
    info = saved_info(state)
    if summary.interrupted and fmt in ("csv", "jsonl", "xlsx"):  # the others say so themselves
        click.echo(
            f"scanner: warning: {saved} is the scan of a stopped run: this report lists only the files "
            "done before it was stopped",
            err=True,
        )
    if fmt == "xlsx":
        write_xlsx(Path(output), iter_scan(saved), redact=redact, info=info, summary=summary)
        if not quiet:
            click.echo(f"scanner: report written to {output}", err=True)
        sys.exit(summary.exit_code())
    stream = _open_output(output)
    reporter = make_reporter(fmt, stream, False, redact=redact, info=info)
    reporter.start()
    for v in iter_scan(saved):
        reporter.file(v)
    reporter.finish(summary)
    stream.flush()
    if stream is not sys.stdout:
        stream.close()
        if not quiet:
            click.echo(f"scanner: report written to {output}", err=True)
    sys.exit(summary.exit_code())


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _say_cut(path: Path, state: dict) -> None:
    """A warning when the saved scan's last line was cut (a scan killed while writing it)."""
    if state.get("cut") is not None:
        click.echo(
            f"scanner: warning: {path}, line {state['cut']}: not JSON, left out: the scan was "
            "killed while writing it, and the files after it were not scanned",
            err=True,
        )


@cli.command(name="diff")
@click.argument("old", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def diff_cmd(old: Path, new: Path, fmt: str) -> None:
    """What became flagged or cleared between two saved sweeps (exit 1 when something newly
    became flagged)."""
    from scanner.saved import SavedScanError, diff, iter_scan, render_diff

    states: tuple[dict, dict] = ({}, {})
    try:
        d = diff(iter_scan(old, states[0]), iter_scan(new, states[1]))
    except SavedScanError as exc:
        raise click.UsageError(str(exc)) from exc
    for path, state in zip((old, new), states, strict=True):
        _say_cut(path, state)
        if state.get("complete") is False:
            click.echo(
                f"scanner: warning: {path} is a scan stopped before every file was done: "
                "files it does not list were not scanned, not removed",
                err=True,
            )
    if fmt == "json":
        # whether each sweep was stopped before every file was done (its missing files were
        # then not scanned, not removed): stderr says so too, which a dashboard does not read
        stopped = {
            key: state.get("complete") is False for key, state in zip(("old", "new"), states, strict=True)
        }
        click.echo(json.dumps({**d.to_dict(), "stopped": stopped}, ensure_ascii=False, indent=2))
    else:
        click.echo(render_diff(d), nl=False)
    sys.exit(1 if d.newly_flagged else 0)


def main(argv: list[str] | None = None) -> None:
    """Entry point: usage errors are one line on stderr and exit 2, never a traceback."""
    args = sys.argv[1:] if argv is None else argv
    if "train" not in args[:1]:
        # one BLAS thread unless the user says otherwise: the model's products are a few
        # hundred numbers, and OpenBLAS starting a thread per core at numpy's import cost each
        # scan 40 ms of CPU (and would compete with the --jobs workers); training keeps them
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        cli.main(args=argv, prog_name="scanner", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:  # a usage error, an unknown quarantine id, …: said, exit 2
        click.echo(f"scanner: error: {exc.format_message()}", err=True)
        sys.exit(EXIT_USAGE)
    except click.Abort:
        if sigterm_came():  # a SIGTERM the scan's own handling did not reach (`stopping`)
            click.echo("scanner: stopped (SIGTERM)", err=True)
            sys.exit(EXIT_TERMINATED)
        click.echo("scanner: aborted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:  # the reader went away (`| head`) outside a command
        _broken_pipe()
    except Exception as exc:  # a fault outside any one file: one line, no traceback
        if os.environ.get("SCANNER_DEBUG"):
            raise
        click.echo(
            f"scanner: internal error: {type(exc).__name__}: {exc} (SCANNER_DEBUG=1 shows more)", err=True
        )
        sys.exit(EXIT_INTERNAL)
