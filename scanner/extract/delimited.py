"""CSV and TSV in any encoding: rows with their headers, located by row and cell."""

from __future__ import annotations

import csv
import io

from scanner.extract.base import Extracted, Source
from scanner.extract.decode import decode_bytes
from scanner.extract.sniff import agreeing_cuts
from scanner.extract.table import rows_to_segments
from scanner.types import Location

csv.field_size_limit(10 * 1024 * 1024)

#: the delimiters a CSV or TSV file is sniffed for
DELIMITERS = ",\t;|"


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
        return _Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        pass
    found = _most_lines(sample)
    if found is not None:
        return found
    return "\t" if name.lower().endswith((".tsv", ".tab")) else ","


#: `_most_lines`: the share of a sample's lines that must agree, and the fewest lines
MOST_SHARE, MOST_LINES = 0.6, 3


def _most_lines(sample: str) -> str | None:
    """The delimiter that splits the most lines into the same number of cells, when the
    standard library's sniffer finds none consistent enough (it wants 9 lines in 10): an export
    with a title line on top ("Strip-casting log, line 2") or a note under the table is
    inconsistent in every delimiter by those lines, and a table of a dozen rows then sniffed to
    none (its ';' read as text under a ',' that is not there)."""
    lines = [line for line in sample.split("\n")[:200] if line.strip()]
    best: tuple[int, str] | None = None
    for delimiter in DELIMITERS:  # in the order ',', tab, ';', '|': the first wins a tie
        cuts, agreeing = agreeing_cuts(lines, delimiter)
        if not cuts:
            continue
        if best is None or agreeing > best[0]:
            best = (agreeing, delimiter)
    if best is None or best[0] < max(MOST_LINES, MOST_SHARE * len(lines)):
        return None
    return best[1]


class _Sniffer(csv.Sniffer):
    """`csv.Sniffer` that, told which delimiters to consider, counts only those characters.

    The standard library's `_guess_delimiter` counts every 7-bit character on every line (127
    counts a line, most of a CSV file's reading time) and then keeps only the candidates; the
    frequencies of one character never bear on another's, so counting the candidates alone
    gives the same answer (a test compares both on many samples). Otherwise this is the
    standard library's method (Python 3.11), unchanged."""

    def _guess_quote_and_delimiter(
        self, data: str, delimiters: str | None
    ) -> tuple[str, bool, str | None, int]:
        """The standard library's, but without its four pattern searches over the sample when
        the sample holds no quote character, which each of them needs (its answer is then the
        one it gives when nothing matches)."""
        if '"' not in data and "'" not in data:
            return "", False, None, 0
        return super()._guess_quote_and_delimiter(data, delimiters)  # type: ignore[misc]

    def _guess_delimiter(self, data: str, delimiters: str | None) -> tuple[str, bool | int]:
        if delimiters is None:
            return super()._guess_delimiter(data, delimiters)  # type: ignore[misc]
        lines = list(filter(None, data.split("\n")))
        candidates = [chr(c) for c in range(127) if chr(c) in delimiters]
        chunk_length = min(10, len(lines))
        iteration = 0
        char_frequency: dict[str, dict[int, int]] = {}
        modes: dict[str, tuple[int, int]] = {}
        delims: dict[str, tuple[int, int]] = {}
        start, end = 0, chunk_length
        while start < len(lines):
            iteration += 1
            for line in lines[start:end]:
                for char in candidates:
                    meta = char_frequency.get(char, {})
                    freq = line.count(char)  # counted even when 0
                    meta[freq] = meta.get(freq, 0) + 1
                    char_frequency[char] = meta
            for char, meta in char_frequency.items():
                items = list(meta.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    mode = max(items, key=lambda x: x[1])
                    items.remove(mode)  # the mode, less the sum of all other frequencies
                    modes[char] = (mode[0], mode[1] - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]
            total = float(min(chunk_length * iteration, len(lines)))
            consistency = 1.0  # rows of consistent data / rows
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for k, v in modes.items():
                    if v[0] > 0 and v[1] > 0 and (v[1] / total) >= consistency and k in delimiters:
                        delims[k] = v
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return delim, lines[0].count(delim) == lines[0].count(f"{delim} ")
            start = end
            end += chunk_length
        if not delims:
            return "", 0
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return d, lines[0].count(d) == lines[0].count(f"{d} ")
        delim = sorted((v, k) for k, v in delims.items())[-1][1]
        return delim, lines[0].count(delim) == lines[0].count(f"{delim} ")
