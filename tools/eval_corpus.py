"""Measure the scanner on the labelled corpus (models/corpus): flag recall, false flags,
exclusion accuracy, category and clause agreement. Used while tuning lexicons and thresholds
on the `train` part; the `test` part of split.json is the held-out figure.

    python tools/eval_corpus.py [--part train|test|all] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanner.pipeline import Scanner  # noqa: E402

CORPUS = ROOT / "models" / "corpus"


def load_labels() -> dict[str, dict]:
    labels: dict[str, dict] = {}
    for path in sorted(CORPUS.glob("labels*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                labels[row["file"]] = row
    return labels


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", default="train", choices=["train", "test", "all"])
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--prefix", default="", help="only documents whose name starts so")
    args = parser.parse_args()
    labels = load_labels()
    split_path = CORPUS / "split.json"
    if args.part != "all" and split_path.exists():
        split = json.loads(split_path.read_text())
        names = [n for n in split[args.part] if n in labels]
    else:
        names = sorted(labels)
    names = [n for n in names if n.startswith(args.prefix)]
    scanner = Scanner()
    c = Counter()
    wrong: list[str] = []
    for name in names:
        gold = labels[name]
        data = (CORPUS / "docs" / name).read_bytes()
        v = scanner.scan_bytes(name, data)
        flagged = v.verdict in ("controlled", "review")
        g = gold["verdict"]
        c[f"gold_{g}"] += 1
        ok = True
        if g == "controlled":
            c["ctl_flagged"] += flagged or (v.verdict == "excluded" and False)
            ok = flagged
            if flagged:
                c["cat_exact"] += set(v.categories) == set(gold["categories"])
                c["clause_exact"] += set(v.control_codes) == set(gold["control_codes"])
                if "magnet-manufacturing" in gold["categories"]:
                    c["mag_n"] += 1
                    c["mag_exact"] += set(v.magnet_types) == set(gold["magnet_types"])
        elif g == "clear":
            c["clear_flagged"] += flagged
            c["clear_excluded"] += v.verdict == "excluded"
            ok = not (flagged or v.verdict == "excluded")
        else:
            right = v.exclusion is not None and v.exclusion.reason == gold["exclusion"]
            c["excl_right"] += right
            ok = right
        c["carrier_right"] += v.carrier == gold["carrier"]
        if not ok or (
            args.show_errors
            and (
                g == "controlled"
                and (
                    set(v.categories) != set(gold["categories"])
                    or set(v.control_codes) != set(gold["control_codes"])
                )
            )
        ):
            wrong.append(
                f"{name:14} gold={g}/{gold.get('exclusion') or ','.join(gold['categories'])}"
                f"/{','.join(gold['control_codes'])} got={v.verdict}/{v.score:.2f}/"
                f"{','.join(v.categories)}/{','.join(v.control_codes)}"
                f"{'/' + v.exclusion.reason if v.exclusion else ''} {v.error or ''}"
            )
    n_ctl, n_clear, n_exc = c["gold_controlled"], c["gold_clear"], c["gold_excluded"]
    print(f"documents {len(names)}: controlled {n_ctl}, clear {n_clear}, excluded {n_exc}")
    print(
        f"recall controlled (controlled|review): {c['ctl_flagged']}/{n_ctl} = "
        f"{c['ctl_flagged'] / max(n_ctl, 1):.3f}"
    )
    print(
        f"false-flag rate on clear: {c['clear_flagged']}/{n_clear} = "
        f"{c['clear_flagged'] / max(n_clear, 1):.3f}"
    )
    print(f"clear documents given an exclusion instead (not a flag): {c['clear_excluded']}")
    print(f"exclusion reason right: {c['excl_right']}/{n_exc} = {c['excl_right'] / max(n_exc, 1):.3f}")
    print(f"categories exact (flagged controlled): {c['cat_exact']}/{c['ctl_flagged']}")
    print(f"clause exact (flagged controlled): {c['clause_exact']}/{c['ctl_flagged']}")
    print(f"magnet types exact: {c['mag_exact']}/{c['mag_n']}")
    print(f"carrier right: {c['carrier_right']}/{len(names)}")
    for line in wrong:
        print("  ", line)


if __name__ == "__main__":
    main()
