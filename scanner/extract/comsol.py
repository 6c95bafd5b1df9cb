"""COMSOL .mph models (a zip): the model's XML and text parts — physics, parameters,
materials, study settings — through the same entity-free tag stripper as ODF."""

from __future__ import annotations

import io
import zipfile

from scanner.extract.base import Extracted, Source, require_text
from scanner.extract.errors import ExtractionError
from scanner.extract.odf import MAX_PART_BYTES, _part_segments
from scanner.types import Skip

_TEXT_PARTS = (".xml", ".txt", ".json", ".java", ".m")


def extract_comsol(source: Source) -> Extracted:
    try:
        zf = zipfile.ZipFile(io.BytesIO(source.read()))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExtractionError(f"corrupt COMSOL model: {exc}") from exc
    segments = []
    skipped: list[Skip] = []
    with zf:
        for info in zf.infolist():
            if not info.filename.lower().endswith(_TEXT_PARTS):
                continue
            if info.file_size > MAX_PART_BYTES:
                skipped.append(Skip("limit", info.filename, f"{info.file_size} bytes, over the part limit"))
                continue
            try:
                text = zf.read(info).decode("utf-8", errors="replace")
            except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError) as exc:
                skipped.append(Skip("unreadable", info.filename, str(exc) or type(exc).__name__))
                continue
            segments.extend(_part_segments(info.filename, text))
    return require_text(Extracted(tuple(segments), {}, (), tuple(skipped)), "this COMSOL model")
