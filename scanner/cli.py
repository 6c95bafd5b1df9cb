"""Command line: parse options, call the pipeline, pick a reporter. Nothing else lives here."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from pathlib import Path

import click

from scanner import __version__
from scanner.classify.artifact import ModelError
from scanner.config import Limits, ScanConfig, Thresholds, default_lexicon_dir
from scanner.crawl.walk import walk
from scanner.detect.lexicon import LexiconError
from scanner.explain import render_explanation
from scanner.parallel import WorkerPool
from scanner.pipeline import Scanner
from scanner.report import FORMATS, Summary, make_reporter

EXIT_CLEAN, EXIT_FLAGGED, EXIT_USAGE = 0, 1, 2


def _config(
    lexicons: Path | None, controlled: float | None, review: float | None, max_file_size: int | None
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
    )


def _scanner(config: ScanConfig) -> Scanner:
    try:
        return Scanner(config)
    except LexiconError as exc:
        raise click.UsageError(f"lexicon error: {exc}") from exc
    except ModelError as exc:
        raise click.UsageError(f"model error: {exc}") from exc


_common = [
    click.option(
        "--lexicons",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help="Folder of lexicon TOML files (default: the bundled lexicons).",
    ),
    click.option(
        "--controlled-threshold",
        type=click.FloatRange(0, 1),
        default=None,
        help=f"Score at or above which a file is controlled (default {Thresholds().controlled}).",
    ),
    click.option(
        "--review-threshold",
        type=click.FloatRange(0, 1),
        default=None,
        help=f"Score at or above which a file needs review (default {Thresholds().review}).",
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scanner")
def cli() -> None:
    """Scan documents for rare-earth technology controlled under MOFCOM 1E902.

    Exit codes: 0 nothing controlled, in review or in error; 1 something is; 2 usage error.
    """


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
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write the report here instead of standard output.",
)
@click.option("--color/--no-color", default=None, help="Colour the text output (default: on a terminal).")
@click.option(
    "--follow-symlinks",
    is_flag=True,
    help="Follow symbolic links to folders (loops are detected and reported).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Files scanned side by side, each in a worker process.",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(0),
    default=Limits().max_seconds,
    show_default=True,
    help="Seconds one file (with its members) may take before it gets an error verdict; "
    "0 scans in this process without a limit.",
)
@common_options
def scan(
    paths,
    fmt,
    output,
    color,
    follow_symlinks,
    jobs,
    time_limit,
    lexicons,
    controlled_threshold,
    review_threshold,
    max_file_size,
) -> None:
    """Scan files and folders (recursively) and give each file a verdict."""
    config = _config(lexicons, controlled_threshold, review_threshold, max_file_size)
    config = dataclasses.replace(
        config,
        follow_symlinks=follow_symlinks,
        limits=dataclasses.replace(config.limits, max_seconds=time_limit),
    )
    scanner = _scanner(config)
    colour = color if color is not None else (fmt == "text" and output.isatty())
    reporter = make_reporter(fmt, output, colour)
    summary = Summary()
    started = time.perf_counter()
    reporter.start()
    if time_limit > 0 or jobs > 1:
        pool = WorkerPool(scanner, jobs, time_limit or None)
        verdicts = pool.scan(walk(list(paths), follow_symlinks))
    else:
        verdicts = scanner.scan_paths(paths)
    for verdict in verdicts:
        summary.add(verdict)
        reporter.file(verdict)
    summary.seconds = time.perf_counter() - started
    reporter.finish(summary)
    output.flush()
    sys.exit(EXIT_FLAGGED if summary.flagged else EXIT_CLEAN)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@common_options
def explain(file, fmt, lexicons, controlled_threshold, review_threshold, max_file_size) -> None:
    """Show everything behind one file's verdict: scores, factors, terms, parameters, places."""
    config = _config(lexicons, controlled_threshold, review_threshold, max_file_size)
    scanner = _scanner(config)
    verdict, analysis = scanner.explain_file(file)
    click.echo(render_explanation(verdict, analysis, scanner, fmt), nl=False)
    flagged = verdict.verdict in ("controlled", "review", "error")
    sys.exit(EXIT_FLAGGED if flagged else EXIT_CLEAN)


@cli.command()
@click.option(
    "--corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Labelled corpus (default: models/corpus of the checkout).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where the artifacts go (default: models/ of the checkout).",
)
def train(corpus, out) -> None:
    """Rebuild the learned model from the labelled corpus (reproducible: fixed seeds)."""
    from scanner.classify.train import train as run_training

    root = Path(__file__).resolve().parent.parent
    corpus = corpus or root / "models" / "corpus"
    if not (corpus / "split.json").exists():
        raise click.UsageError(f"no labelled corpus with a split.json in {corpus}")
    manifest = run_training(corpus, out or root / "models", log=lambda m: click.echo(m, err=True))
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
    folder, labels_file, fmt, lexicons, controlled_threshold, review_threshold, max_file_size
) -> None:
    """Scan a labelled folder and measure the verdicts against the labels."""
    from scanner.evaluate import load_labels, measure, render_text, scan_labelled

    config = _config(lexicons, controlled_threshold, review_threshold, max_file_size)
    try:
        labels = load_labels(labels_file)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    metrics = measure(scan_labelled(_scanner(config), folder, labels))
    if fmt == "json":
        click.echo(json.dumps(metrics, ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(metrics), nl=False)


def main(argv: list[str] | None = None) -> None:
    """Entry point: usage errors are one line on stderr and exit 2, never a traceback."""
    try:
        cli.main(args=argv, prog_name="scanner", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.UsageError as exc:
        click.echo(f"scanner: error: {exc.format_message()}", err=True)
        sys.exit(EXIT_USAGE)
    except click.Abort:
        click.echo("scanner: aborted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_FLAGGED)
    except Exception as exc:  # a fault outside any one file: one line, no traceback
        if os.environ.get("SCANNER_DEBUG"):
            raise
        click.echo(f"scanner: error: {type(exc).__name__}: {exc} (SCANNER_DEBUG=1 shows more)", err=True)
        sys.exit(EXIT_USAGE)
