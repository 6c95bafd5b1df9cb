"""The model artifact: reproducible, hash-checked, refused when it does not fit."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from scanner.classify import artifact
from scanner.classify.artifact import ModelError
from scanner.classify.train import train
from scanner.config import ScanConfig
from scanner.pipeline import Scanner

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "models" / "corpus"


@pytest.fixture(scope="module")
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


@pytest.fixture(scope="module")
def trained(small_corpus: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("model")
    train(small_corpus, out, log=lambda _: None)
    return out


def test_training_is_reproducible(small_corpus: Path, trained: Path, tmp_path: Path) -> None:
    train(small_corpus, tmp_path, log=lambda _: None)
    a = (trained / artifact.PICKLE).read_bytes()
    b = (tmp_path / artifact.PICKLE).read_bytes()
    assert hashlib.sha256(a).digest() == hashlib.sha256(b).digest()


def test_manifest_carries_version_hash_and_metrics(trained: Path) -> None:
    manifest = json.loads((trained / artifact.MANIFEST).read_text())
    for key in (
        "format",
        "sklearn",
        "scanner_version",
        "lexicon_digest",
        "training_data_sha256",
        "sha256",
        "blend",
        "metrics_heldout",
    ):
        assert key in manifest
    assert manifest["metrics_heldout"]["documents"] == 12
    assert set(manifest["heads"]) >= {"flag", "category:magnet-manufacturing"}


def _copy(trained: Path, tmp_path: Path) -> Path:
    target = tmp_path / "m"
    shutil.copytree(trained, target)
    return target


def test_tampered_pickle_is_refused(trained: Path, tmp_path: Path) -> None:
    target = _copy(trained, tmp_path)
    blob = bytearray((target / artifact.PICKLE).read_bytes())
    blob[-10] ^= 0xFF
    (target / artifact.PICKLE).write_bytes(bytes(blob))
    with pytest.raises(ModelError, match="does not match its manifest"):
        Scanner(dataclasses.replace(ScanConfig(), model_dir=target))


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("lexicon_digest", "0" * 64, "other lexicons"),
        ("sklearn", "0.1", "scikit-learn"),
        ("format", 99, "format"),
    ],
)
def test_mismatched_manifest_is_refused(trained: Path, tmp_path: Path, key, value, message) -> None:
    target = _copy(trained, tmp_path)
    manifest = json.loads((target / artifact.MANIFEST).read_text())
    manifest[key] = value
    (target / artifact.MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match=message):
        Scanner(dataclasses.replace(ScanConfig(), model_dir=target))


def test_no_model_means_rules_only(tmp_path: Path) -> None:
    scanner = Scanner(dataclasses.replace(ScanConfig(), model_dir=tmp_path))
    assert scanner.model is None
    assert scanner.scan_bytes("a.txt", "稀土".encode()).verdict == "clear"


def test_shipped_model_loads_and_is_used() -> None:
    scanner = Scanner()
    assert scanner.model is not None
    v = scanner.scan_bytes(
        "spec.txt",
        "烧结钕铁硼工艺：氢破550℃脱氢，气流磨D50 3.0 μm，1060℃真空烧结4 h，二级回火500℃。".encode(),
    )
    assert any(r.startswith("learned model") for r in v.reasons)
