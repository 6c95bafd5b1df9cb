"""Measure the scanner on a part of the project's labelled corpus (corpora/text):

    python tools/eval_corpus.py [--part train|test|all] [--prefix eb-] [--format text|json] [--no-model]

The same figures as `scanner evaluate`, restricted to the frozen split's `train` or `test` part.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanner.classify.train import load_corpus  # noqa: E402
from scanner.config import ScanConfig  # noqa: E402
from scanner.corpus_role import corpus_role, part_role  # noqa: E402
from scanner.evaluate import measure, render_text, scan_labelled  # noqa: E402
from scanner.pipeline import Scanner  # noqa: E402

CORPUS = ROOT / "corpora" / "text"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", default="test", choices=["train", "test", "all"])
    parser.add_argument("--prefix", default="", help="only documents whose name starts so")
    parser.add_argument("--format", default="text", choices=["text", "json"])
    parser.add_argument("--no-model", action="store_true", help="rules alone")
    args = parser.parse_args()
    labels, split = load_corpus(CORPUS)
    names = sorted(labels) if args.part == "all" else [n for n in split[args.part] if n in labels]
    names = [n for n in names if n.startswith(args.prefix)]
    scanner = Scanner(ScanConfig(use_model=False)) if args.no_model else Scanner()
    metrics = measure(scan_labelled(scanner, CORPUS / "docs", labels, names))
    role = corpus_role(CORPUS) if args.part == "all" else part_role(CORPUS, args.part)
    if args.format == "json":
        print(json.dumps({"corpus": role.to_dict(), **metrics}, ensure_ascii=False, indent=2))
    else:
        print(f"part: {args.part}{' prefix ' + args.prefix if args.prefix else ''}")
        print(role.describe())
        print(render_text(metrics), end="")


if __name__ == "__main__":
    main()
