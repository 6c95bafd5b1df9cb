"""A small labelled corpus and a model trained on it, shared by the classify tests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from scanner.classify.train import train

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpora" / "text"


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> Path:
    """40 documents of the project corpus, with their labels and a split."""
    out = tmp_path_factory.mktemp("corpus")
    (out / "docs").mkdir()
    labels = {}
    for path in sorted(CORPUS.glob("labels*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            labels[row["file"]] = row
    by_verdict: dict[str, list[str]] = {}
    for name in sorted(labels):
        by_verdict.setdefault(labels[name]["verdict"], []).append(name)
    chosen = by_verdict["controlled"][:18] + by_verdict["clear"][:14] + by_verdict["excluded"][:8]
    rows = []
    for name in chosen:
        shutil.copy(CORPUS / "docs" / name, out / "docs" / name)
        rows.append(json.dumps(labels[name], ensure_ascii=False))
    (out / "labels.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    split = {
        "train": chosen[:12] + chosen[18:28] + chosen[32:38],
        "test": chosen[12:18] + chosen[28:32] + chosen[38:],
    }
    (out / "split.json").write_text(json.dumps(split), encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def trained(small_corpus: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("model")
    train(small_corpus, out, log=lambda _: None)
    return out
