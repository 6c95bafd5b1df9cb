"""The model artifact: reproducible, hash-checked, refused when it does not fit."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from scanner.classify import artifact
from scanner.classify.artifact import LexiconMismatch, ModelError
from scanner.classify.train import train
from scanner.config import ScanConfig
from scanner.pipeline import Scanner


def _digest(directory: Path) -> str:
    return json.loads((directory / artifact.MANIFEST).read_text())["lexicon_digest"]


def test_training_is_reproducible(small_corpus: Path, trained: Path, tmp_path: Path) -> None:
    train(small_corpus, tmp_path, log=lambda _: None)
    for name in (artifact.PARAMS, artifact.ARRAYS, artifact.MANIFEST):
        assert (trained / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_manifest_carries_version_hash_and_metrics(trained: Path) -> None:
    manifest = json.loads((trained / artifact.MANIFEST).read_text())
    for key in (
        "format",
        "sklearn",
        "scanner_version",
        "lexicon_digest",
        "training_data_sha256",
        "files",
        "blend",
        "metrics_heldout",
    ):
        assert key in manifest
    assert manifest["format"] == artifact.FORMAT == 2
    assert set(manifest["files"]) == {artifact.PARAMS, artifact.ARRAYS}
    assert all(len(f["sha256"]) == 64 for f in manifest["files"].values())
    assert manifest["metrics_heldout"]["documents"] == 12
    assert set(manifest["heads"]) >= {"flag", "category:magnet-manufacturing"}


def test_round_trip_is_lossless_and_removes_an_old_pickle(trained: Path, tmp_path: Path) -> None:
    loaded = artifact.load(trained, _digest(trained))
    (tmp_path / artifact.OLD_PICKLE).write_bytes(b"format 1")
    manifest = artifact.save(loaded.models, tmp_path, {"lexicon_digest": _digest(trained)})
    for name in (artifact.PARAMS, artifact.ARRAYS):
        assert (tmp_path / name).read_bytes() == (trained / name).read_bytes(), name
    assert manifest["files"] == loaded.manifest["files"]
    assert not (tmp_path / artifact.OLD_PICKLE).exists()


def _copy(trained: Path, tmp_path: Path) -> Path:
    target = tmp_path / "m"
    shutil.copytree(trained, target)
    return target


@pytest.mark.parametrize("name", [artifact.PARAMS, artifact.ARRAYS])
def test_tampered_model_file_is_refused(trained: Path, tmp_path: Path, name: str) -> None:
    target = _copy(trained, tmp_path)
    blob = bytearray((target / name).read_bytes())
    blob[-10] ^= 0xFF
    (target / name).write_bytes(bytes(blob))
    with pytest.raises(ModelError, match="does not match its manifest"):
        artifact.load(target, _digest(target))


@pytest.mark.parametrize("name", [artifact.PARAMS, artifact.ARRAYS])
def test_missing_model_file_is_refused(trained: Path, tmp_path: Path, name: str) -> None:
    target = _copy(trained, tmp_path)
    (target / name).unlink()
    with pytest.raises(ModelError, match="missing"):
        artifact.load(target, _digest(target))


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("format", 1, "format"),
        ("format", 99, "format"),
        ("files", {}, "does not match its manifest"),
    ],
)
def test_mismatched_manifest_is_refused(trained: Path, tmp_path: Path, key, value, message) -> None:
    target = _copy(trained, tmp_path)
    manifest = json.loads((target / artifact.MANIFEST).read_text())
    manifest[key] = value
    (target / artifact.MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match=message):
        artifact.load(target, _digest(trained))


def test_other_lexicons_raise_lexicon_mismatch(trained: Path) -> None:
    with pytest.raises(LexiconMismatch, match="other lexicons"):
        artifact.load(trained, "0" * 64)
    assert issubclass(LexiconMismatch, ModelError)


def test_other_scikit_learn_version_is_accepted(trained: Path, tmp_path: Path) -> None:
    """The version in the manifest is information only: the arrays do not depend on it."""
    target = _copy(trained, tmp_path)
    manifest = json.loads((target / artifact.MANIFEST).read_text())
    manifest["sklearn"] = "0.1"
    (target / artifact.MANIFEST).write_text(json.dumps(manifest))
    loaded = artifact.load(target, _digest(target))
    assert loaded is not None
    assert loaded.manifest["sklearn"] == "0.1"


def test_no_model_means_rules_only(tmp_path: Path) -> None:
    assert artifact.load(tmp_path, "0" * 64) is None
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
