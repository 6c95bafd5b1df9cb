"""HDF5 simulation results and data files (h5py): group and dataset names, attributes and
their values, and short string datasets; located by object path. Numeric arrays are not read
(they are the bulk of such files and carry no words)."""

from __future__ import annotations

import io

from scanner.extract.base import Extracted, Source, require_text
from scanner.extract.errors import ExtractionError
from scanner.types import Location, Segment, Skip

MAX_OBJECTS = 20_000
MAX_STRING_ITEMS = 200


def extract_hdf5(source: Source) -> Extracted:
    try:
        import h5py
    except ImportError as exc:  # pragma: no cover - h5py is a dependency
        raise ExtractionError("HDF5 reader not installed (pip install h5py)") from exc
    segments: list[Segment] = []
    skipped: list[Skip] = []
    try:
        with h5py.File(io.BytesIO(source.read()), "r") as handle:
            segments.extend(_attributes(handle, "/"))
            count = 0

            def visit(name: str, obj) -> bool | None:
                nonlocal count
                count += 1
                if count > MAX_OBJECTS:
                    skipped.append(
                        Skip("limit", "objects", f"only the first {MAX_OBJECTS} objects were read")
                    )
                    return True
                where = Location(part=f"/{name}")
                segments.append(Segment(name.replace("/", " / ").replace("_", " "), where))
                segments.extend(_attributes(obj, f"/{name}"))
                if isinstance(obj, h5py.Dataset) and obj.dtype.kind in ("S", "O", "U"):
                    try:
                        values = obj[()] if obj.shape == () else obj[:MAX_STRING_ITEMS]
                    except Exception as exc:
                        skipped.append(
                            Skip("unreadable", f"/{name}", f"string dataset: {type(exc).__name__}")
                        )
                        return None
                    for value in _strings(values):
                        segments.append(Segment(value, where))
                return None

            handle.visititems(visit)
    except ExtractionError:
        raise
    except Exception as exc:
        raise ExtractionError(f"corrupt HDF5 file: {type(exc).__name__}: {exc}") from exc
    return require_text(Extracted(tuple(segments), {}, (), tuple(skipped)), "this HDF5 file")


def _attributes(obj, path: str) -> list[Segment]:
    out = []
    try:
        items = list(obj.attrs.items())
    except Exception:
        return out
    for key, value in items:
        text = ", ".join(_strings(value)) or str(value)[:200]
        out.append(Segment(f"{key}: {text}", Location(part=path)))
    return out


def _strings(value) -> list[str]:
    if isinstance(value, bytes):
        return [value.decode("utf-8", "replace")]
    if isinstance(value, str):
        return [value]
    try:
        items = list(value.flat) if hasattr(value, "flat") else list(value)
    except TypeError:
        return []
    out = []
    for item in items[:MAX_STRING_ITEMS]:
        if isinstance(item, bytes):
            out.append(item.decode("utf-8", "replace"))
        elif isinstance(item, str):
            out.append(item)
    return out
