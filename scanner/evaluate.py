"""`scanner evaluate`: scan a labelled folder and measure the verdicts against the labels.

Labels are JSON Lines, one object per document (see corpora/text/README.md): `file`,
`verdict`, `control_codes`, `categories`, `magnet_types`, `carrier`, `exclusion`, and optionally
`language` and `hard_negative`.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path, PurePath

from scanner.pipeline import Scanner
from scanner.types import CATEGORIES, Verdict

FLAGGED = ("controlled", "review")


def load_labels(path: Path) -> dict[str, dict]:
    labels: dict[str, dict] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not JSON: {exc}") from exc
        if "file" not in row or "verdict" not in row:
            raise ValueError(f"{path}:{number}: a label needs at least 'file' and 'verdict'")
        labels[row["file"]] = row
    return labels


def scan_labelled(
    scanner: Scanner, folder: Path, labels: dict[str, dict], names: Iterable[str] | None = None
) -> list[tuple[dict, Verdict]]:
    pairs = []
    for name in names if names is not None else sorted(labels):
        path = folder / name
        if not path.is_file():
            verdict = Verdict(path=name, verdict="error", error="labelled file not found")
        else:
            verdict = scanner.scan_bytes(name, path.read_bytes())
        pairs.append((labels[name], verdict))
    return pairs


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def measure(pairs: list[tuple[dict, Verdict]]) -> dict:
    """Every figure `scanner evaluate` prints, as one JSON-ready dict."""
    gold_n = Counter(g["verdict"] for g, _ in pairs)
    controlled = [(g, v) for g, v in pairs if g["verdict"] == "controlled"]
    clear = [(g, v) for g, v in pairs if g["verdict"] == "clear"]
    hard = [(g, v) for g, v in clear if g.get("hard_negative")]
    excluded = [(g, v) for g, v in pairs if g["verdict"] == "excluded"]
    caught = [(g, v) for g, v in controlled if v.verdict in FLAGGED]

    out: dict = {
        "documents": len(pairs),
        "gold": dict(gold_n),
        "recall_controlled": _ratio(len(caught), len(controlled)),
        "false_flag_rate_clear": _ratio(sum(v.verdict in FLAGGED for _, v in clear), len(clear)),
        "false_flag_rate_hard_negatives": _ratio(sum(v.verdict in FLAGGED for _, v in hard), len(hard)),
        "exclusion_accuracy": _ratio(
            sum(bool(v.exclusion) and v.exclusion.reason == g.get("exclusion") for g, v in excluded),
            len(excluded),
        ),
        "clause_accuracy": _ratio(
            sum(set(v.control_codes) == set(g.get("control_codes", [])) for g, v in caught),
            len(caught),
        ),
        "magnet_type_accuracy": _ratio(
            sum(
                set(v.magnet_types) == set(g.get("magnet_types", []))
                for g, v in caught
                if "magnet-manufacturing" in g.get("categories", [])
            ),
            sum("magnet-manufacturing" in g.get("categories", []) for g, _ in caught),
        ),
        "carrier_accuracy": _ratio(sum(v.carrier == g.get("carrier") for g, v in pairs), len(pairs)),
    }
    out["categories"] = _category_prf(
        caught + [(g, v) for g, v in excluded if v.verdict in (*FLAGGED, "excluded")]
    )
    out["confusion"] = _confusion(pairs)
    out["by_language"] = _breakdown(pairs, lambda g: g.get("language", "?"))
    # a label may name its format ("scan", "nc", …); otherwise the extension stands for it
    out["by_format"] = _breakdown(
        pairs, lambda g: g.get("format") or PurePath(g["file"]).suffix.lower() or "none"
    )
    out["misclassified"] = [
        {
            "file": g["file"],
            "gold": g["verdict"],
            "got": v.verdict,
            "score": round(v.score, 3),
            "gold_categories": g.get("categories", []),
            "got_categories": list(v.categories),
            "gold_exclusion": g.get("exclusion"),
            "got_exclusion": v.exclusion.reason if v.exclusion else None,
        }
        for g, v in pairs
        if not _right(g, v)
    ]
    return out


def _right(gold: dict, v: Verdict) -> bool:
    if gold["verdict"] == "controlled":
        return v.verdict in FLAGGED
    if gold["verdict"] == "clear":
        return v.verdict == "clear"
    return v.exclusion is not None and v.exclusion.reason == gold.get("exclusion")


def _category_prf(pairs: list[tuple[dict, Verdict]]) -> dict:
    out = {}
    tp_all = fp_all = fn_all = 0
    for cat in CATEGORIES:
        tp = sum(cat in g.get("categories", []) and cat in v.categories for g, v in pairs)
        fp = sum(cat not in g.get("categories", []) and cat in v.categories for g, v in pairs)
        fn = sum(cat in g.get("categories", []) and cat not in v.categories for g, v in pairs)
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        out[cat] = _prf(tp, fp, fn)
    out["micro"] = _prf(tp_all, fp_all, fn_all)
    return out


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": tp + fn}


def _confusion(pairs) -> dict:
    table: dict[str, Counter] = defaultdict(Counter)
    for g, v in pairs:
        table[g["verdict"]][v.verdict] += 1
    return {k: dict(c) for k, c in table.items()}


def _breakdown(pairs, key) -> dict:
    groups: dict[str, list] = defaultdict(list)
    for g, v in pairs:
        groups[key(g)].append((g, v))
    return {
        name: {
            "documents": len(items),
            "right": sum(_right(g, v) for g, v in items),
            "recall_controlled": _ratio(
                sum(v.verdict in FLAGGED for g, v in items if g["verdict"] == "controlled"),
                sum(g["verdict"] == "controlled" for g, _ in items),
            ),
            "false_flag_rate_clear": _ratio(
                sum(v.verdict in FLAGGED for g, v in items if g["verdict"] == "clear"),
                sum(g["verdict"] == "clear" for g, _ in items),
            ),
        }
        for name, items in sorted(groups.items())
    }


def render_text(m: dict) -> str:
    def pct(x):
        return "n/a" if x is None else f"{x:.3f}"

    lines = [
        f"documents: {m['documents']}  gold: {m['gold']}",
        f"recall of controlled (controlled or review): {pct(m['recall_controlled'])}",
        f"false-flag rate, clear documents:            {pct(m['false_flag_rate_clear'])}",
        f"false-flag rate, hard negatives:             {pct(m['false_flag_rate_hard_negatives'])}",
        f"exclusion accuracy (right reason):           {pct(m['exclusion_accuracy'])}",
        f"clause a/b accuracy (flagged controlled):    {pct(m['clause_accuracy'])}",
        f"magnet-type accuracy:                        {pct(m['magnet_type_accuracy'])}",
        f"carrier accuracy:                            {pct(m['carrier_accuracy'])}",
        "",
        "categories            precision  recall  f1     support",
    ]
    for cat, v in m["categories"].items():
        lines.append(
            f"  {cat:<20} {v['precision']:.3f}      {v['recall']:.3f}   {v['f1']:.3f}  {v['support']}"
        )
    lines += ["", "confusion (gold → got)"]
    for gold, row in m["confusion"].items():
        lines.append(f"  {gold:<11} " + ", ".join(f"{k} {n}" for k, n in sorted(row.items())))
    for title, key in (("by language", "by_language"), ("by format", "by_format")):
        lines += ["", title]
        for name, v in m[key].items():
            lines.append(
                f"  {name:<8} {v['right']}/{v['documents']} right, recall "
                f"{pct(v['recall_controlled'])}, false flags {pct(v['false_flag_rate_clear'])}"
            )
    lines += ["", f"misclassified ({len(m['misclassified'])})"]
    for x in m["misclassified"]:
        lines.append(
            f"  {x['file']}: gold {x['gold']}"
            f"{'/' + x['gold_exclusion'] if x['gold_exclusion'] else ''}, got {x['got']} "
            f"({x['score']:.2f}) {','.join(x['got_categories'])}"
        )
    return "\n".join(lines) + "\n"
