"""Model artifacts in models/: `scanner-model.pkl` and its manifest `scanner-model.json`.

The manifest carries the artifact's format version, the library versions, the lexicon digest
and the training-data hash it was built from, its metrics, and the SHA-256 of the pickle. The
pickle is opened only after its hash matches the manifest, so a tampered or swapped file is
refused before any of it is unpickled."""

from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import dataclass
from pathlib import Path

import sklearn

from scanner.classify.model import Models

FORMAT = 1
PICKLE = "scanner-model.pkl"
MANIFEST = "scanner-model.json"


class ModelError(RuntimeError):
    """The model artifact is missing a part, tampered with, or built for something else."""


@dataclass(frozen=True)
class Artifact:
    models: Models
    manifest: dict


def save(models: Models, directory: Path, manifest: dict) -> dict:
    directory.mkdir(parents=True, exist_ok=True)
    blob = pickle.dumps(models, protocol=5)
    (directory / PICKLE).write_bytes(blob)
    manifest = {
        **manifest,
        "format": FORMAT,
        "sklearn": sklearn.__version__,
        "sha256": hashlib.sha256(blob).hexdigest(),
        "bytes": len(blob),
    }
    write_manifest(directory, manifest)
    return manifest


def write_manifest(directory: Path, manifest: dict) -> None:
    (directory / MANIFEST).write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )


def load(directory: Path, lexicon_digest: str) -> Artifact | None:
    """The artifact in `directory`, or None when there is none (rules only)."""
    manifest_path = directory / MANIFEST
    if not manifest_path.exists():
        return None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"model manifest {manifest_path} is unreadable: {exc}") from exc
    if manifest.get("format") != FORMAT:
        raise ModelError(f"model format {manifest.get('format')} is not {FORMAT}: run `scanner train`")
    if manifest.get("sklearn") != sklearn.__version__:
        raise ModelError(
            f"model was built with scikit-learn {manifest.get('sklearn')}, this is "
            f"{sklearn.__version__}: run `scanner train`"
        )
    if manifest.get("lexicon_digest") != lexicon_digest:
        raise ModelError(
            "model was trained with other lexicons (digest "
            f"{str(manifest.get('lexicon_digest'))[:12]}, now {lexicon_digest[:12]}): "
            "run `scanner train`"
        )
    try:
        blob = (directory / PICKLE).read_bytes()
    except OSError as exc:
        raise ModelError(f"model file {directory / PICKLE} is missing: {exc}") from exc
    if hashlib.sha256(blob).hexdigest() != manifest.get("sha256"):
        raise ModelError(
            f"model file {directory / PICKLE} does not match its manifest "
            "(tampered or mixed up): run `scanner train`"
        )
    models = pickle.loads(blob)
    if not isinstance(models, Models):
        raise ModelError("model file holds something else than scanner models")
    return Artifact(models, manifest)
