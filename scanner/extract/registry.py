"""Every built-in format, listed explicitly. Adding a format is one module and one line here."""

from __future__ import annotations

import hashlib
import warnings

from scanner.config import Limits
from scanner.extract.base import Extracted, Extractor, Source, require_text
from scanner.extract.cad import extract_iges, extract_step
from scanner.extract.comsol import extract_comsol
from scanner.extract.delimited import extract_delimited
from scanner.extract.docx import extract_docx
from scanner.extract.dxf import extract_dxf
from scanner.extract.embedded import read_with_pictures
from scanner.extract.errors import ExtractionError, UnsupportedFormat
from scanner.extract.formats import PICTURE_PACKAGES, UNSUPPORTED, ZIP_PACKAGES
from scanner.extract.gcode import extract_gcode
from scanner.extract.guard import guard_package, refuse_entities
from scanner.extract.hdf5 import extract_hdf5
from scanner.extract.image import extract_image
from scanner.extract.legacy import extract_excel, extract_powerpoint, extract_word
from scanner.extract.markup import extract_markup
from scanner.extract.odf import extract_odf
from scanner.extract.pdf import extract_pdf
from scanner.extract.pptx import extract_pptx
from scanner.extract.rtf import extract_rtf
from scanner.extract.sniff import sniff
from scanner.extract.text import extract_text
from scanner.extract.xlsx import extract_xlsx
from scanner.types import Document, Segment, Skip

#: The reader of each readable type (`formats.TYPES` names and describes every type; its lists,
#: UNSUPPORTED, PICTURE_PACKAGES and ZIP_PACKAGES, are used here).
EXTRACTORS: dict[str, Extractor] = {
    "text": extract_text,
    "delimited": extract_delimited,
    "markup": extract_markup,
    "pdf": extract_pdf,
    "docx": extract_docx,
    "xlsx": extract_xlsx,
    "dxf": extract_dxf,
    "dxf-binary": extract_dxf,
    "pptx": extract_pptx,
    "odf": extract_odf,
    "epub": extract_odf,
    "rtf": extract_rtf,
    "gcode": extract_gcode,
    "step": extract_step,
    "iges": extract_iges,
    "hdf5": extract_hdf5,
    "comsol": extract_comsol,
    "svg": extract_markup,  # SVG's words are its <text>, <title>, <desc> and metadata nodes
    "png": extract_image,
    "jpeg": extract_image,
    "gif": extract_image,
    "tiff": extract_image,
    "bmp": extract_image,
    "netpbm": extract_image,
    "jpeg2000": extract_image,
    "ico": extract_image,
    "webp": extract_image,
    "doc": extract_word,
    "wps": extract_word,
    "xls": extract_excel,
    "et": extract_excel,
    "ppt": extract_powerpoint,
    "dps": extract_powerpoint,
}


def type_of(name: str, data: bytes) -> str:
    """The file's type, sniffed from its content (and its name where content is silent)."""
    if not data:
        raise ExtractionError("empty file")
    # the whole content is looked into where the head does not tell: a zip's parts, an OLE2
    # file's streams, a certificate's end, an archive inside a program
    return sniff(data[:8192], name, open_zip=data)


def extract_document(name: str, data: bytes, limits: Limits, file_type: str | None = None) -> Document:
    """Read one file's bytes into a `Document`. Raises `ExtractionError` with a clear reason.
    `file_type`, when the caller has sniffed it already, saves sniffing (and opening a zip)
    again."""
    file_type = file_type or type_of(name, data)
    if file_type == "encrypted-office":
        raise ExtractionError("encrypted Office document: a password is needed to read it")
    extractor = EXTRACTORS.get(file_type)
    if extractor is None:
        raise UnsupportedFormat(file_type, UNSUPPORTED.get(file_type, ""))
    if file_type in ZIP_PACKAGES:
        guard_package(data, limits, file_type)
    elif file_type in ("markup", "svg"):
        refuse_entities(data, "SVG" if file_type == "svg" else "XML/HTML")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # library warnings are not the user's business
            source = Source(name=name, data=data, limits=limits)
            if file_type in PICTURE_PACKAGES:
                extracted = require_text(
                    read_with_pictures(extractor, source),
                    f"this {file_type.upper()} (no text, no readable pictures)",
                )
            else:
                extracted = extractor(source)
    except ExtractionError:
        raise
    except MemoryError as exc:
        raise ExtractionError(f"{file_type}: out of memory while reading") from exc
    except RecursionError as exc:
        raise ExtractionError(f"{file_type}: structure nested too deeply") from exc
    except Exception as exc:  # a reader bug on hostile input is an error verdict, not a crash
        raise ExtractionError(f"{file_type} could not be read: {type(exc).__name__}: {exc}") from exc
    segments, cut = _cap(extracted, limits.max_text_chars)
    return Document(
        path=name,
        file_type=file_type,
        sha256=hashlib.sha256(data).hexdigest(),
        segments=segments,
        metadata=extracted.metadata,
        notes=extracted.notes,
        skipped=extracted.skipped + cut,
    )


def _cap(extracted: Extracted, max_chars: int) -> tuple[tuple[Segment, ...], tuple[Skip, ...]]:
    """The segments up to `max_chars` characters; the rest is recorded as not read (the file
    then goes to review: nothing past the cut passes as clear)."""
    kept: list[Segment] = []
    total = 0
    for index, seg in enumerate(extracted.segments):
        total += len(seg.text)
        if total > max_chars:
            rest = sum(len(s.text) for s in extracted.segments[index:])
            where = f"text from {seg.location} on" if str(seg.location) != "document" else "rest of the text"
            return tuple(kept), (
                Skip("limit", where, f"{rest:,} characters past the text limit ({max_chars:,}) not read"),
            )
        kept.append(seg)
    return tuple(kept), ()
