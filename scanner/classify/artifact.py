"""Model artifacts in models/: plain data, loaded without pickle.

- `scanner-model.json`, the manifest: format version, scanner and scikit-learn versions (for
  information: the model does not depend on them), lexicon digest (and, after `rebind.py`,
  the digest of lexicons that only add terms to those), training-data hash,
  metrics, and the SHA-256 and size of the two model files;
- `scanner-model-params.json`: heads, term lists, n-gram settings, rule-feature scaling,
  sigmoid calibration parameters, blend weight and review threshold;
- `scanner-model-arrays.npz`: idf weights, coefficients and intercepts, numeric arrays only.

Each model file is read once, hashed, and parsed from those bytes only when the hash matches the
manifest, so a tampered or swapped file is refused before it is parsed. The arrays are read with
`numpy.load(..., allow_pickle=False)` and prediction uses numpy alone (arrays.py): a model file
cannot execute code, and the model loads on any scikit-learn version, or without it."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from scanner.classify.arrays import FORMAT, ArrayModels
from scanner.classify.features import DENSE_NAMES

PARAMS = "scanner-model-params.json"
ARRAYS = "scanner-model-arrays.npz"
MANIFEST = "scanner-model.json"
OLD_PICKLE = "scanner-model.pkl"  # format 1: removed when a new model is saved
_FILES = (PARAMS, ARRAYS)


class ModelError(RuntimeError):
    """The model artifact is missing a part, tampered with, or built for something else."""


class LexiconMismatch(ModelError):
    """The model was trained with other lexicons than the ones loaded: its rule features would
    mean something else. The scanner can still run on the rules alone."""


@dataclass(frozen=True)
class Artifact:
    models: ArrayModels
    manifest: dict

    @property
    def digest(self) -> str:
        """One digest for the model: the SHA-256 of its manifest's file hashes."""
        files = self.manifest.get("files", {})
        joined = "".join(f"{name}:{files[name].get('sha256', '')}" for name in sorted(files))
        return hashlib.sha256(joined.encode()).hexdigest()


def _npz_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    """An .npz archive (uncompressed .npy members) with fixed member dates, so that the same
    arrays give the same bytes (numpy.savez stamps the current time)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name in sorted(arrays):
            member = io.BytesIO()
            np.lib.format.write_array(member, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            archive.writestr(info, member.getvalue())
    return buffer.getvalue()


def _json_bytes(data: dict) -> bytes:
    try:
        return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a term with a lone surrogate: escape everything instead
        return (json.dumps(data, indent=1, ensure_ascii=True) + "\n").encode("ascii")


def save(models: ArrayModels, directory: Path, manifest: dict) -> dict:
    directory.mkdir(parents=True, exist_ok=True)
    params, arrays = models.to_plain()
    blobs = {PARAMS: _json_bytes(params), ARRAYS: _npz_bytes(arrays)}
    for name, blob in blobs.items():
        (directory / name).write_bytes(blob)
    (directory / OLD_PICKLE).unlink(missing_ok=True)
    manifest = {
        **manifest,
        "format": FORMAT,
        "files": {
            name: {"sha256": hashlib.sha256(blob).hexdigest(), "bytes": len(blob)}
            for name, blob in blobs.items()
        },
    }
    write_manifest(directory, manifest)
    return manifest


def write_manifest(directory: Path, manifest: dict) -> None:
    (directory / MANIFEST).write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )


def _checked_bytes(directory: Path, name: str, manifest: dict) -> bytes:
    expected = (manifest.get("files") or {}).get(name) or {}
    try:
        blob = (directory / name).read_bytes()
    except OSError as exc:
        raise ModelError(f"model file {directory / name} is missing: {exc}") from exc
    if not isinstance(expected, dict) or hashlib.sha256(blob).hexdigest() != expected.get("sha256"):
        raise ModelError(
            f"model file {directory / name} does not match its manifest (tampered or mixed up): "
            "run `scanner train`"
        )
    return blob


def read_manifest(directory: Path) -> dict | None:
    """The manifest of the model in `directory`, or None when there is none. Raises ModelError
    when it cannot be read or is not a JSON object."""
    manifest_path = directory / MANIFEST
    if not manifest_path.exists():
        return None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"model manifest {manifest_path} is unreadable: {exc}") from exc
    if not isinstance(manifest, dict):
        raise ModelError(f"model manifest {manifest_path} is not a JSON object")
    return manifest


def bound_digests(manifest: dict) -> tuple[str, ...]:
    """The lexicon digests the model may be used with: the one it was trained with, and the one
    a binding to lexicons that only add terms records (`rebind.py`), if any."""
    trained = manifest.get("lexicon_digest")
    rebound = manifest.get("lexicon_rebound")
    out = (trained,) if isinstance(trained, str) else ()
    if (
        isinstance(rebound, dict)
        and rebound.get("from") == trained
        and isinstance(rebound.get("digest"), str)
    ):
        out += (rebound["digest"],)
    return out


def load(directory: Path, lexicon_digest: str) -> Artifact | None:
    """The artifact in `directory`, or None when there is none (rules only). Raises
    LexiconMismatch when it was trained with other lexicons, ModelError when it is unusable."""
    manifest = read_manifest(directory)
    if manifest is None:
        return None
    if manifest.get("format") != FORMAT:
        raise ModelError(f"model format {manifest.get('format')} is not {FORMAT}: run `scanner train`")
    if lexicon_digest not in bound_digests(manifest):
        raise LexiconMismatch(
            "model was trained with other lexicons (digest "
            f"{str(manifest.get('lexicon_digest'))[:12]}, now {lexicon_digest[:12]}): "
            "run `scanner train`"
        )
    params_blob = _checked_bytes(directory, PARAMS, manifest)
    arrays_blob = _checked_bytes(directory, ARRAYS, manifest)
    try:
        params = json.loads(params_blob.decode("utf-8"))
        with np.load(io.BytesIO(arrays_blob), allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in npz.files}
        models = ArrayModels.from_plain(params, arrays)
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, OSError, zipfile.BadZipFile) as exc:
        # ValueError includes an object array, which allow_pickle=False refuses to unpickle
        raise ModelError(f"model files in {directory} do not hold a usable model: {exc}") from exc
    if models.dense_names != DENSE_NAMES:
        raise ModelError("model was trained with other rule features: run `scanner train`")
    return Artifact(models, manifest)
