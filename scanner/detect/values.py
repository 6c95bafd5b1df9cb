"""Measured values: a number with a unit (``1060 °C``, ``1.0 A/cm2``, ``O/A = 1:1.5``,
``槽温(°C): 1045``). Units are data (lexicons/units.toml). Whether a value is a *process
parameter* is decided by the detector, from the process terms around it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from scanner.detect.lexicon import Lexicon, Term

_NUM = (
    r"[-+−±]?\d+(?:[.,]\d+)?(?:\s*[×x*]\s*10\s*[-−]?\d+|[eE][-−+]?\d+)?"
    r"(?:\s*(?:[-–~～至到]|to)\s*[-+−]?\d+(?:[.,]\d+)?)?"
)
_BEFORE = r"(?<![A-Za-z0-9.])"
_COMPARE = r"(?:[<>≤≥]=?\s*)?"  # a limit in a cell: "<=5e-2", "≥ 99.5"
_AFTER = r"(?![A-Za-z0-9/])"


@dataclass(frozen=True)
class Value:
    unit: Term
    text: str
    start: int
    end: int


class ValueFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        suffix: list[tuple[str, Term]] = []
        prefix: list[tuple[str, Term]] = []
        for term in lexicon.of_set("unit"):
            for form in term.forms:
                (prefix if term.kind == "prefix" else suffix).append((form, term))
        self._by_form = {f.lower(): t for f, t in suffix + prefix}
        self._exact = {f: t for f, t in suffix + prefix if t.case_sensitive}
        suffix_alt = _alternation(suffix)
        prefix_alt = _alternation(prefix)
        self._suffix = re.compile(f"{_BEFORE}(?P<num>{_NUM})\\s*(?P<unit>{suffix_alt}){_AFTER}")
        # table cells read "header (unit): value"; the unit stands before the value
        self._header = re.compile(
            f"(?<![A-Za-z/])(?P<unit>{suffix_alt})\\s*\\)?\\s*:\\s*{_COMPARE}(?P<num>{_NUM}){_AFTER}"
        )
        # exported sheets write Celsius as a bare C in the header: "T_C", "temp (C)", "T[C]"; only
        # this pattern can capture a bare "C", so naming it among the exact forms touches no other
        celsius = next((t for t in lexicon.of_set("unit") if t.id == "unit.celsius"), None)
        if celsius is not None:
            self._exact.setdefault("C", celsius)
        self._header_c = re.compile(
            f"(?<=[\\s(\\[_])(?P<unit>C)\\s*[)\\]]?\\s*:\\s*{_COMPARE}(?P<num>{_NUM}){_AFTER}"
        )
        self._prefix = re.compile(
            f"(?P<unit>{prefix_alt})\\s*(?:=|:|为|of|at|值为|控制在|约|≈|~)?\\s*"
            f"(?P<num>{_NUM}(?:\\s*:\\s*\\d+(?:\\.\\d+)?)?)"
        )

    def find(self, text: str) -> Iterator[Value]:
        seen: set[tuple[int, int]] = set()
        for pattern in (self._suffix, self._header, self._prefix, self._header_c):
            for m in pattern.finditer(text):
                span = (m.start("num"), m.end("num"))
                if span in seen:
                    continue
                term = self._unit_term(m.group("unit"))
                if term is None:
                    continue
                seen.add(span)
                yield Value(term, m.group(0).strip(), m.start(), m.end())

    def _unit_term(self, unit: str) -> Term | None:
        if unit in self._exact:
            return self._exact[unit]
        term = self._by_form.get(unit.lower())
        if term is not None and term.case_sensitive and unit not in self._exact:
            return None
        return term


def _alternation(forms: list[tuple[str, Term]]) -> str:
    exact = sorted({f for f, t in forms if t.case_sensitive}, key=len, reverse=True)
    folded = sorted({f for f, t in forms if not t.case_sensitive}, key=len, reverse=True)
    parts = []
    if folded:
        parts.append("(?i:" + "|".join(re.escape(f) for f in folded) + ")")
    if exact:
        parts.append("|".join(re.escape(f) for f in exact))
    return "(?:" + "|".join(parts) + ")"
