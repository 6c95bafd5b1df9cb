"""CSV and TSV in any encoding: rows with their headers, located by row and cell."""

from __future__ import annotations

import csv
import io

from scanner.extract.base import Extracted, Source
from scanner.extract.decode import decode_bytes
from scanner.extract.table import rows_to_segments
from scanner.types import Location

csv.field_size_limit(10 * 1024 * 1024)


def extract_delimited(source: Source) -> Extracted:
    text, encoding = decode_bytes(source.read())
    delimiter = _delimiter(text, source.name)
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        # Malformed quoting: fall back to plain splitting so that nothing goes unread.
        rows = [line.split(delimiter) for line in text.splitlines()]
    segments = rows_to_segments(rows, lambda n: Location(row=n))
    return Extracted(tuple(segments), {"encoding": encoding, "delimiter": repr(delimiter)})


def _delimiter(text: str, name: str) -> str:
    sample = text[:20_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",\t;|").delimiter
    except csv.Error:
        return "\t" if name.lower().endswith((".tsv", ".tab")) else ","
