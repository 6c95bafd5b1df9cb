"""Measured values: a number with a unit (``1060 °C``, ``1.0 A/cm2``, ``O/A = 1:1.5``,
``槽温(°C): 1045``). Units are data (lexicons/units.toml). Whether a value is a *process
parameter* is decided by the detector, from the process terms around it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from scanner.detect.firstchars import any_case_lookahead
from scanner.detect.lexicon import Lexicon, Term

_PLAIN_NUM = (
    r"[-+−±]?\d+(?:[.,]\d+)?(?:\s*[×x*]\s*10\s*\^?\s*[-−]?\d+|[eE][-−+]?\d+)?"
    r"(?:\s*(?:[-–~～至到]|to)\s*[-+−]?\d+(?:[.,]\d+)?)?"
)
#: The same number with its digit runs possessive (`\d++`: never given back). What may follow a
#: run of digits in every pattern below (a decimal separator, an exponent, a range, white space
#: and a unit, a lookahead refusing a digit, or the end of the pattern) cannot begin with a
#: digit, so giving digits back never leads to a match: the matches are the same, found without
#: retrying the unit alternation after every shorter prefix of every number (twice as fast over
#: tables of numbers).
_NUM = _PLAIN_NUM.replace(r"\d+", r"\d++")
#: not inside a word or a number, nor after a code's hyphen ("YXG-26T" is a grade, not 26 T)
_BEFORE = r"(?<![A-Za-z0-9.])(?<![A-Za-z]-)"
#: a slash that ends a name, not a unit: "温度/℃", "Temp/°C" (in "mg/L" or "g/t" it is the unit's)
_NAME_SLASH = r"(?<=[^\x00-\x7f]/)|(?<=[A-Za-z]{4}/)"
_COMPARE = r"(?:[<>≤≥]=?\s*)?"  # a limit in a cell: "<=5e-2", "≥ 99.5"
_AFTER = r"(?![A-Za-z0-9/])"
#: a hyphen and a capital right after a unit glued to its number: the number and the letter are
#: a code's ("2024-0881T-XB", a standard's project number, is no 881 T; "YXG-26T" is caught
#: by `_BEFORE`)
_CODE_TAIL = re.compile(r"-[A-Z]")
#: a quoted key's closing quote before its colon: JSON and YAML exports name a value's unit in
#: its key ('"sp_C": 1045', '"hold_min": 240')
_KEY_END = "[\"']?"


@dataclass(frozen=True)
class Value:
    unit: Term
    text: str
    start: int
    end: int


class ValueFinder:
    def __init__(self, lexicon: Lexicon, fast: bool = True) -> None:
        """`fast`: find the values with the patterns made faster (possessive digit runs, a
        lookahead on a unit's first characters, patterns skipped where a text cannot hold
        their match); False: the plain patterns, every one over every text (the reference
        the fast ones are tested against). The matches are the same."""
        suffix: list[tuple[str, Term]] = []
        prefix: list[tuple[str, Term]] = []
        for term in lexicon.of_set("unit"):
            for form in term.forms:
                (prefix if term.kind == "prefix" else suffix).append((form, term))
        self._by_form = {f.lower(): t for f, t in suffix + prefix}
        self._exact = {f: t for f, t in suffix + prefix if t.case_sensitive}
        # possessive digits are the same only where no unit begins with a digit or a space
        self.fast = fast and not any(f[:1].isdigit() or f[:1].isspace() for f, _ in suffix + prefix)
        num = _NUM if self.fast else _PLAIN_NUM
        space = r"\s*+" if self.fast else r"\s*"  # before a unit, which begins with no space
        suffix_alt = _alternation(suffix)
        prefix_alt = _alternation(prefix)
        suffix_first = _first(suffix_alt) if self.fast else ""
        prefix_first = _first(prefix_alt) if self.fast else ""
        self._suffix = re.compile(f"{_BEFORE}(?P<num>{num}){space}(?P<unit>{suffix_alt}){_AFTER}")
        # table cells read "header (unit): value"; the unit stands before the value
        # (after a slash only where a name stands before it: "温度/℃: 1062", "Temp/°C: 900"; in
        # "mg/L: 5" the slash is part of the unit)
        self._header = re.compile(
            f"(?:(?<![A-Za-z/])|{_NAME_SLASH}){suffix_first}(?P<unit>{suffix_alt})"
            f"\\s*[)\\]）]?{_KEY_END}\\s*:\\s*{_COMPARE}(?P<num>{num}){_AFTER}"
        )
        # exported sheets write Celsius as a bare C in the header: "T_C", "temp (C)", "T[C]"; only
        # this pattern can capture a bare "C", so naming it among the exact forms touches no other
        celsius = next((t for t in lexicon.of_set("unit") if t.id == "unit.celsius"), None)
        if celsius is not None:
            self._exact.setdefault("C", celsius)
        self._header_c = re.compile(
            f"(?<=[\\s(\\[_])(?P<unit>C)\\s*[)\\]]?{_KEY_END}\\s*:\\s*{_COMPARE}(?P<num>{num}){_AFTER}"
        )
        # Celsius as a bare C in running text ("sintered at 1060 C for 4 h", "1060C"), as ASCII
        # mail and exports write it: only after a number of three or four digits (a C-rate,
        # "10C", or a grade, "2 C", is no temperature), never before a letter, a digit or an
        # initial or a name ("in 2019 C. Li showed", "2019 C Li", "Room 204 C-wing")
        self._bare_c = re.compile(
            r"(?<![A-Za-z0-9.,])(?P<num>[-+−]?\d{3,4}(?:[.,]\d+)?"
            r"(?:\s*(?:[-–~～]|to)\s*\d{3,4}(?:[.,]\d+)?)?) ?(?P<unit>C)"
            r"(?![A-Za-z0-9/+°\-])(?!\.?\s?[A-Z][a-z]|\.\s?[A-Z])"
        )
        # a sheet with a unit column: the number fills its cell, the unit the next one
        # ("Sintering | temperature | 1060 | °C", "值: 1060 | 单位: °C"); rows are read with their
        # cells joined by " | " (`extract/table.py`), a header before a cell's value and ": "
        cell_header = r"(?:[^|:\n]{1,40}:\s)?"
        unit_header = r"(?P<uhead>[^|:\n]{1,40}:\s)?"
        self._cell = re.compile(
            f"(?:^|(?<= \\| )){cell_header}{_COMPARE}(?P<num>{num}) \\| {unit_header}"
            f"(?P<unit>{suffix_alt}|C)(?= \\||$)",
            re.MULTILINE,
        )
        # the unit column before the value column ("Unit: °C | Value: 1060"), or a row's label
        # ending in its unit before the numbers ("Temperature (°C) | Sintering: 1060"); a bare C
        # only in brackets ("Temp [C] | 1060": "Grade | C | 3" holds no temperature)
        # (after a slash only where a name stands before it, "Temp/°C", "温度/°C": in "L/min" or
        # "g/t" the slash is part of the unit)
        self._cell_unit_first = re.compile(
            f"(?:(?:^|(?<= \\| )){unit_header}|(?<=[(\\[（])|{_NAME_SLASH})"
            f"(?P<unit>{suffix_alt}|(?<=[(\\[（/])C)\\s*[)\\]）]?"
            f" \\| {cell_header}{_COMPARE}(?P<num>{num})(?= \\||$)",
            re.MULTILINE,
        )
        self._prefix = re.compile(
            f"{prefix_first}(?P<unit>{prefix_alt})\\s*(?:=|:|为|of|at|值为|控制在|约|≈|~)?\\s*"
            f"(?P<num>{num}(?:\\s*:\\s*\\d+(?:\\.\\d+)?)?)"
        )
        #: the prefix units' forms, lower-cased, that an ASCII text can hold (None: a form in
        #: another script whose case-insensitive match may be ASCII, such as the Kelvin sign)
        self._prefix_ascii: tuple[str, ...] | None = _ascii_forms([f for f, _ in prefix])

    def find(self, text: str) -> Iterator[Value]:
        seen: set[tuple[int, int]] = set()
        cells: list[tuple[int, bool, Value]] = []  # (row start, unit first, value)
        for pattern in self._patterns(text):
            celled = pattern is self._cell or pattern is self._cell_unit_first
            for m in pattern.finditer(text):
                span = (m.start("num"), m.end("num"))
                if span in seen:
                    continue
                term = self._unit_term(m.group("unit"))
                if term is None or (celled and not _a_unit_cell(m)):
                    continue
                if m.start("unit") == m.end("num") and _CODE_TAIL.match(text, m.end("unit")):
                    continue  # a code: "2024-0881T-XB"
                if celled:  # the value, not the cells' headers and bar between; rows decide below
                    first = pattern is self._cell_unit_first
                    start, end = (m.start("unit"), m.end("num")) if first else (m.start("num"), m.end("unit"))
                    row = text.rfind("\n", 0, start) + 1
                    cells.append((row, first, Value(term, f"{m.group('num')} {m.group('unit')}", start, end)))
                    continue
                seen.add(span)
                yield Value(term, m.group(0).strip(), m.start(), m.end())
        yield from _one_way_per_row(cells, seen)

    def _patterns(self, text: str) -> list[re.Pattern[str]]:
        """The patterns, in order, that may match `text`: a header's value needs a colon
        before its number, and a prefix unit in an ASCII text needs one of its forms there."""
        if not self.fast:
            return [
                self._suffix,
                self._header,
                self._prefix,
                self._header_c,
                self._bare_c,
                self._cell,
                self._cell_unit_first,
            ]
        colon = _COLON_NUMBER.search(text) is not None
        prefix = (
            self._prefix_ascii is None
            or not text.isascii()
            or any(form in text.lower() for form in self._prefix_ascii)
        )
        patterns = [self._suffix]
        if colon:
            patterns.append(self._header)
        if prefix:
            patterns.append(self._prefix)
        if colon:
            patterns.append(self._header_c)
        if _BARE_C.search(text) is not None:
            patterns.append(self._bare_c)
        if " | " in text:
            patterns.append(self._cell)
            patterns.append(self._cell_unit_first)
        return patterns

    def _unit_term(self, unit: str) -> Term | None:
        if unit in self._exact:
            return self._exact[unit]
        term = self._by_form.get(unit.lower())
        if term is not None and term.case_sensitive and unit not in self._exact:
            return None
        return term


#: What every match of `ValueFinder._bare_c` holds: a digit, then a C, maybe after a space.
_BARE_C = re.compile(r"\d ?C")
#: a unit cell's header that says the cell is the unit ("Unit: T", "单位: h")
_UNIT_HEADER = re.compile(r"\s*(?:units?|uom|einheit|单位|單位|計量單位|计量单位)\b", re.IGNORECASE)
_HUNDREDS = re.compile(r"(?<![\d.,])\d{3,4}(?![\d])")
#: single letters a sheet writes as units, and as much else (a grade A, a type T, a flag N):
#: a value only where the cell says it is a unit (its header) or brackets it
_ONE_LETTER_OK = frozenset({"h"})


def _a_unit_cell(m: re.Match[str]) -> bool:
    """Whether a unit found alone in its cell may be taken for one: any unit of two or more
    characters; a single letter only under a unit header ('Unit: T') or in brackets ('(C)'),
    and a C after a number of three or four digits ('1060 | C', not 'Class | 2 | C')."""
    unit = m.group("unit")
    if len(unit) > 1 or unit in _ONE_LETTER_OK:
        return True
    if unit == "C" and _HUNDREDS.search(m.group("num")):  # "1060 | C", as bare C in text
        return True
    head = m.group("uhead")
    if head and _UNIT_HEADER.match(head):
        return True
    return m.start("unit") > 0 and m.string[m.start("unit") - 1] in "([（"


def _one_way_per_row(cells: list[tuple[int, bool, Value]], seen: set[tuple[int, int]]) -> Iterator[Value]:
    """The values of unit cells, one way per row: a row whose first pairing puts the unit
    before the number ('Unit: °C | Value: 1060 | Unit: h | Value: 4') pairs every unit with the
    number after it, else with the number before it; a number already read (a unit in its own
    cell or header) is not read again, and no two values share a unit cell."""
    first_way: dict[int, tuple[int, bool]] = {}
    for row, first, value in cells:
        known = first_way.get(row)
        if known is None or value.start < known[0]:
            first_way[row] = (value.start, first)
    used: set[int] = set()
    starts, ends = {a for a, _ in seen}, {b for _, b in seen}
    for row, first, value in sorted(cells, key=lambda c: c[2].start):
        if first is not first_way[row][1]:
            continue
        unit_at = value.start if first else value.end
        if (value.end in ends if first else value.start in starts) or unit_at in used:
            continue
        used.add(unit_at)
        yield value


#: What every match of `ValueFinder._header` and `_header_c` holds: a colon, then the number.
_COLON_NUMBER = re.compile(f":\\s*{_COMPARE}[-+−±]?\\d")


def _first(alternation: str) -> str:
    """A lookahead on the characters a match of the unit `alternation` can begin with, in any
    case (`firstchars.py`; the alternation's forms are matched case-insensitively but for the
    exact ones, for which a case-insensitive class only lets more through). Where it fails,
    no unit begins: the regex engine no longer tries every branch at every character."""
    return any_case_lookahead(alternation)


def _ascii_forms(forms: list[str]) -> tuple[str, ...] | None:
    """The lower-cased `forms` an ASCII text can hold, or None when one of them, not ASCII, has
    only characters that match an ASCII one case-insensitively."""
    out = []
    for form in forms:
        if form.isascii():
            out.append(form.lower())
        elif all(any(re.fullmatch(re.escape(ch), chr(a), re.IGNORECASE) for a in range(128)) for ch in form):
            return None
    return tuple(dict.fromkeys(out))


def _alternation(forms: list[tuple[str, Term]], trie: bool = True) -> str:
    """One pattern for all unit forms: case-folded forms first, then exact ones, each group
    trying longer forms first. `trie`: written as a trie (forms sharing a prefix share its
    branch), which matches exactly what the flat alternation matches, in the same order (at one
    place, the forms that can match lie on one path of the trie, tried longest first), but
    tries a few characters at each place of the text instead of every form: the value finder
    runs 2× faster over tables."""
    # longest first; forms of one length in a fixed order (not the set's, which varies from run
    # to run): two of them never match the same text unless they are the same unit
    exact = sorted({f for f, t in forms if t.case_sensitive}, key=lambda f: (-len(f), f))
    folded = sorted({f for f, t in forms if not t.case_sensitive}, key=lambda f: (-len(f), f))
    parts = []
    if folded:
        parts.append("(?i:" + _either(folded, True, trie) + ")")
    if exact:
        parts.append(_either(exact, False, trie))
    return "(?:" + "|".join(parts) + ")"


def _either(forms: list[str], folded: bool, trie: bool) -> str:
    if trie:
        try:
            return _trie(forms, folded)
        except _Confusable:
            pass
    return "|".join(re.escape(f) for f in forms)


class _Confusable(ValueError):
    """Two branches whose first characters match the same text under re.IGNORECASE (µ and μ):
    the trie would try them in another order than the flat alternation."""


def _trie(forms: list[str], folded: bool) -> str:
    root: dict = {}
    for form in forms:
        node = root
        for ch in form.lower() if folded else form:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here

    def emit(node: dict) -> str:
        keys = [k for k in node if k]
        if folded and any(
            re.fullmatch(re.escape(a), b, re.IGNORECASE) for i, a in enumerate(keys) for b in keys[i + 1 :]
        ):
            raise _Confusable()
        branches = [re.escape(k) + emit(node[k]) for k in keys]
        if not branches:
            return ""
        if "" in node:
            branches.append("")  # the shorter form, after every longer one through here
        return "(?:" + "|".join(branches) + ")" if len(branches) > 1 else branches[0]

    return emit(root)
