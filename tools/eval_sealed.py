"""Measure a sealed set without opening it: aggregate figures only, never a file name, a label
note or a snippet, so that measuring does not turn the set into one that has been looked at.

    python tools/eval_sealed.py corpora/sealed-2026-12 [--json out.json]

Each author folder (`a/`, `b/`, …) holds `files/` and `labels.jsonl`; figures are given per
author and for the whole set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanner.config import ScanConfig  # noqa: E402
from scanner.corpus_role import corpus_role  # noqa: E402
from scanner.evaluate import load_labels, measure, scan_labelled  # noqa: E402
from scanner.pipeline import Scanner  # noqa: E402

KEYS = (
    "recall_controlled",
    "false_flag_rate_clear",
    "false_flag_rate_hard_negatives",
    "exclusion_accuracy",
    "clause_accuracy",
    "magnet_type_accuracy",
    "carrier_accuracy",
)


def aggregate(m: dict) -> dict:
    """The figures of `measure` that name no document."""
    out = {"documents": m["documents"], "gold": m["gold"], **{k: m[k] for k in KEYS}}
    out["confusion"] = m["confusion"]
    out["by_language"] = m["by_language"]
    out["by_format"] = m["by_format"]
    out["category_micro_f1"] = m["categories"]["micro"]["f1"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    role = corpus_role(args.corpus)
    print(role.describe())
    scanner = Scanner(ScanConfig())
    everything = []
    report: dict = {"corpus": role.to_dict(), "authors": {}}
    for author in sorted(p for p in args.corpus.iterdir() if (p / "labels.jsonl").is_file()):
        pairs = scan_labelled(scanner, author / "files", load_labels(author / "labels.jsonl"))
        everything += pairs
        report["authors"][author.name] = aggregate(measure(pairs))
    report["all"] = aggregate(measure(everything))
    for name, m in [*report["authors"].items(), ("all", report["all"])]:
        figures = "  ".join(f"{k.replace('_rate', '').replace('_', ' ')} {m[k]}" for k in KEYS)
        print(f"{name:4} n={m['documents']:3}  {figures}")
    print("by language (all):", json.dumps(report["all"]["by_language"], ensure_ascii=False))
    print("by format (all):", json.dumps(report["all"]["by_format"], ensure_ascii=False))
    print("confusion (all):", json.dumps(report["all"]["confusion"], ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
