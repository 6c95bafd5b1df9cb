"""Where a cold scan's CPU goes against its floor, step by step, in one process.

    python benchmarks/bench_budget.py [--files 2000] [--repeat 2]

On the sweep benchmark's generated mix (`bench_sweep.generate`; containers, zips and e-mails,
are left out: their members go through the same steps), each file is taken through, in turn:

- the floor's own steps: `bench_sweep.fast_text` and one Aho-Corasick pass of every lexicon
  form over the lower-cased text (the floor of `bench_sweep.py`);
- the scanner's steps, each timed on its own: reading the file and telling its type; the
  reader (`extract_document`); `prepare` (normalised text and segments); the quick look (stage
  and anchor terms, identifier literals, weakening context); for a file the quick pass judges,
  the carrier (the model's carrier heads over the text, then the rule features' range) and
  `decide`; for a file it cannot judge, the deep pass (`Scanner._judge` without the quick look).

The steps are the quick verdict's (`Scanner._quick_verdict`), taken apart; each file's verdict
made of them is checked against the scanner's own (`Scanner._judge`), so the split describes
the code that runs. Reports the CPU milliseconds a file of each step (the best of `--repeat`
rounds, interleaved file by file so that the machine's drift falls on all alike), their sum
against the floor, and what is left when the readers are taken out: the part of the distance
to the floor that faster readers alone could not close. The CLI adds its start-up and, a file,
its walk, cache look-up and report line (`bench_sweep.py` measures the whole command).
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import functools
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_sweep import compile_scanner, fast_text, generate, lexicon_automaton  # noqa: E402

STEPS = ("read+type", "reader", "prepare", "quick look", "carrier", "decide", "deep pass")


def _quick_parts(scanner, document, prepared, clock):
    """The quick verdict's steps (`Scanner._quick_verdict`), each timed: (verdict or None, times)."""
    import scanner.pipeline as p

    times: dict[str, float] = {}
    t = clock()
    look = scanner.detector.quick.look(
        prepared.text, functools.partial(prepared.identifiers, scanner.detector.identifiers), p.HEAD_CHARS
    )
    times["quick look"] = clock() - t
    if look.may_score:
        return None, times
    t = clock()
    analysis = scanner.detector.unanalysed(prepared)
    cues = p.format_cues(document.path, document.file_type, analysis.text, p.layout_text(document.segments))
    logits = None
    if scanner.model is not None and cues.settled is None and cues.file_type != "pptx":
        logits = scanner.model.models.linear_logits(p.model_text(analysis), scanner._carrier_heads)
        if logits is None:
            return None, times
    carrier_terms = [term for term in look.candidates if term.set == "carrier"]
    box = p.feature_box(look.candidates, analysis.language, look=look)
    carrier = p.quick_carrier(cues, analysis.text, logits, *box, carrier_terms)
    if carrier is None and logits is not None:
        values = functools.partial(prepared.values, scanner.detector.values)
        box = p.feature_box(look.candidates, analysis.language, values, look)
        carrier = p.quick_carrier(cues, analysis.text, logits, *box, carrier_terms)
    times["carrier"] = clock() - t
    if carrier is None:
        return None, times
    t = clock()
    config = scanner.terse_config if cues.settled in p.TERSE_CARRIERS else scanner.config
    verdict = p.decide(document, analysis, config, exclusions=[], cues=cues)
    times["decide"] = clock() - t
    return (verdict, carrier), times


def measure(files: list[Path], rounds: int) -> tuple[dict[str, float], float, int, int]:
    """The best CPU seconds of each step over `rounds`, summed over `files`; the floor's; how
    many files each pass judged."""
    from scanner.extract.registry import extract_document, type_of
    from scanner.pipeline import Scanner

    scanner = Scanner()
    scanner.warm()
    automaton = lexicon_automaton()
    clock = time.process_time
    best: dict[str, float] = {}
    best_floor = float("inf")
    quick = deep = 0
    for _ in range(rounds):
        spent: collections.Counter[str] = collections.Counter()
        floor = 0.0
        quick = deep = 0
        for path in files:
            t = clock()
            text = fast_text(path).lower()
            sum(1 for _ in automaton.iter(text))
            floor += clock() - t
            t = clock()
            data = path.read_bytes()
            file_type = type_of(path.name, data)
            spent["read+type"] += clock() - t
            t = clock()
            document = extract_document(str(path), data, scanner.config.limits, file_type)
            spent["reader"] += clock() - t
            t = clock()
            prepared = scanner.detector.prepare(document)
            spent["prepare"] += clock() - t
            made, times = _quick_parts(scanner, document, prepared, clock)
            spent.update(times)
            expected, _ = scanner._judge(document)
            if made is not None:
                quick += 1
                verdict, carrier = made
                assert expected.carrier == carrier and expected.verdict == verdict.verdict, path
                assert dataclasses.replace(expected, reasons=()) == dataclasses.replace(
                    verdict, reasons=(), carrier=carrier
                ), path
            else:
                deep += 1
                t = clock()
                scanner._judge(document, quick_pass=False)
                spent["deep pass"] += clock() - t
        for step in STEPS:
            best[step] = min(best.get(step, float("inf")), spent[step])
        best_floor = min(best_floor, floor)
    return best, best_floor, quick, deep


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    compile_scanner()
    with tempfile.TemporaryDirectory(prefix="bench-budget-") as tmp:
        corpus = Path(tmp) / "corpus"
        generate(corpus, args.files)
        files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix not in (".zip", ".eml"))
        best, floor, quick, deep = measure(files, args.repeat)
    n = len(files)
    total = sum(best.values())
    print(f"{n} files ({quick} judged by the quick pass, {deep} in depth), best of {args.repeat} rounds")
    print(f"{'floor (fast text + one Aho-Corasick pass)':44} {1000 * floor / n:6.3f} ms a file")
    for step in STEPS:
        share = best[step] / total if total else 0.0
        print(f"  {step:42} {1000 * best[step] / n:6.3f} ms a file  {share:5.1%} of the scan")
    print(f"{'scan, all steps':44} {1000 * total / n:6.3f} ms a file  {total / floor:.2f}x the floor")
    rest = total - best["reader"]
    print(f"{'scan without its readers':44} {1000 * rest / n:6.3f} ms a file  {rest / floor:.2f}x the floor")


if __name__ == "__main__":
    main()
