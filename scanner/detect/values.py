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
