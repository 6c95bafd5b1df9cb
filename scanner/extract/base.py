"""What every extractor receives and returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from scanner.config import Limits
from scanner.extract.errors import ExtractionError, NoText
from scanner.types import Location, Segment, Skip


@dataclass
class Source:
    """A file to read: its display name and its bytes (read once, never written)."""

    name: str
    data: bytes
    limits: Limits = field(default_factory=Limits)

    def read(self) -> bytes:
        return self.data


@dataclass(frozen=True)
class Extracted:
    segments: tuple[Segment, ...]
    metadata: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    #: content the reader did not read (a scan without OCR, an unreadable page, a part past a
    #: limit), typed: a file with unread content is never `clear`
    skipped: tuple[Skip, ...] = ()

    def plus(self, *skips: Skip, notes: tuple[str, ...] = ()) -> Extracted:
        """This extraction with more gaps (and notes) recorded."""
        return Extracted(self.segments, self.metadata, self.notes + notes, self.skipped + skips)


Extractor = Callable[[Source], Extracted]
T = TypeVar("T")


def open_package(kind: str, opener: Callable[[], T]) -> T:
    """Open a document with its library; any failure is a corrupt-file error naming the kind
    (office libraries raise many exception types on hostile input)."""
    try:
        return opener()
    except ExtractionError:
        raise
    except Exception as exc:
        raise ExtractionError(f"corrupt {kind}: {type(exc).__name__}: {exc}") from exc


def require_text(extracted: Extracted, what: str) -> Extracted:
    """An extractor that found no text at all says so: nothing passes as clear unread."""
    if not any(k.unread for k in extracted.skipped) and not any(s.text.strip() for s in extracted.segments):
        raise NoText(f"no extractable text in {what}")
    return extracted


OFFICE_PROPERTIES = ("title", "subject", "keywords", "author", "category", "comments")


def property_segments(
    props: object, metadata: dict[str, str], keys: tuple[str, ...] = OFFICE_PROPERTIES
) -> list[Segment]:
    """Document properties (title, subject, keywords, …) as segments located `metadata:<key>`,
    also recorded in `metadata`."""
    segments = []
    for key in keys:
        value = getattr(props, key, None)
        value = value.strip() if isinstance(value, str) else ""
        if value:
            metadata[key] = value
            segments.append(Segment(f"{key}: {value}", Location(part=f"metadata:{key}")))
    return segments


def page_segment(text: str, number: int | None, part: str | None = None) -> Segment:
    """A page of text (PDF page, OCR output) with a mark per line, so evidence says
    `page 3, line 12`."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    marks: list[tuple[int, str]] = []
    offset = 0
    for line_no, line in enumerate(lines, start=1):
        marks.append((offset, f"line {line_no}"))
        offset += len(line) + 1
    return Segment("\n".join(lines), Location(page=number, part=part), tuple(marks))
