"""The characters a regular expression's match can begin with, as a lookahead.

Python's regex engine has no first-character filter for an alternation whose alternatives
start with case-insensitive letters, optional prefixes or word boundaries: at every position
of the text it tries every alternative in turn. Put in front of the alternation, a lookahead
on the characters any alternative can begin with fails at most positions in one class test,
and where it fails no alternative could have matched a character: every non-empty match is
found exactly as before (an empty match, which `identifiers.py` skips, may no longer be
reported where the lookahead fails).

`first_chars(pattern, flags)` is computed on the parsed pattern, conservatively: a zero-width
item (a boundary, a lookahead or lookbehind) is passed over, an optional item adds its first
characters and those of what follows, and anything not understood (`.`, a back-reference, a
conditional group) gives None: no filter.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from scanner.detect.literals import REPEATS

_CATEGORIES = {
    c.CATEGORY_DIGIT: r"\d",
    c.CATEGORY_NOT_DIGIT: r"\D",
    c.CATEGORY_SPACE: r"\s",
    c.CATEGORY_NOT_SPACE: r"\S",
    c.CATEGORY_WORD: r"\w",
    c.CATEGORY_NOT_WORD: r"\W",
}


class _Unknown(Exception):
    """An item whose first characters are not worked out here."""


#: What a pattern's non-empty matches can begin with: class items (as inside `[…]`) and
#: negated classes (the inside of `[^…]`).
First = tuple[frozenset[str], frozenset[str]]


def first_chars(pattern: str, flags: int = 0) -> First | None:
    """What every non-empty match of `pattern` (under `flags`) begins with; None when it is
    not known (then anything)."""
    try:
        positive, negated, _ = _sequence(list(sre_parse.parse(pattern, flags)))
    except (_Unknown, re.error, RecursionError):
        return None
    return frozenset(positive), frozenset(negated)


def lookahead(firsts: list[First | None]) -> str:
    """`(?=…)` on the characters a match of any of the patterns whose `first_chars` are
    `firsts` can begin with, or "" when one of them could begin with anything."""
    positive: set[str] = set()
    negated: set[str] = set()
    for first in firsts:
        if first is None:
            return ""
        positive |= first[0]
        negated |= first[1]
    parts = [f"[{''.join(sorted(positive))}]"] if positive else []
    parts += [f"[^{n}]" for n in sorted(negated)]
    return f"(?={'|'.join(parts)})" if parts else ""


def any_case_lookahead(pattern: str, flags: int = 0) -> str:
    """`lookahead` on the characters a match of `pattern` can begin with, in any case (a
    case-insensitive class only lets more through, and covers the pattern's `(?i:…)` parts),
    or "" when they are not known."""
    ahead = lookahead([first_chars(pattern, flags)])
    return f"(?i:{ahead})" if ahead else ""


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind `any_case_lookahead`, or `pattern` itself when its first characters are
    not known. It finds the same non-empty matches at the same places; its groups keep their
    numbers."""
    ahead = any_case_lookahead(pattern.pattern, pattern.flags)
    if not ahead:
        return pattern
    return re.compile(f"{ahead}(?:{pattern.pattern})", pattern.flags)


def _sequence(items: list) -> tuple[set[str], set[str], bool]:
    """The class items (inside `[…]`) and negated classes a match of `items` can begin with,
    and whether `items` can match the empty string."""
    positive: set[str] = set()
    negated: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the match begins with what follows
        if op is c.LITERAL:
            positive.add(_char(av))
            return positive, negated, False
        if op is c.NOT_LITERAL:
            negated.add(_char(av))
            return positive, negated, False
        if op is c.IN:
            pos, neg = _in(av)
            positive |= pos
            negated |= neg
            return positive, negated, False
        if op is c.SUBPATTERN:
            sub = list(av[3])
        elif op is c.ATOMIC_GROUP:
            sub = list(av)
        elif op is c.BRANCH:
            nullable = False
            for branch in av[1]:
                pos, neg, empty = _sequence(list(branch))
                positive |= pos
                negated |= neg
                nullable = nullable or empty
            if not nullable:
                return positive, negated, False
            continue
        elif op in REPEATS:
            low, high, body = av
            if high == 0:
                continue
            pos, neg, empty = _sequence(list(body))
            positive |= pos
            negated |= neg
            if low > 0 and not empty:
                return positive, negated, False
            continue
        else:  # ANY, back-references, conditionals, …
            raise _Unknown(op)
        pos, neg, empty = _sequence(sub)
        positive |= pos
        negated |= neg
        if not empty:
            return positive, negated, False
    return positive, negated, True


def _in(items: list) -> tuple[set[str], set[str]]:
    parts: list[str] = []
    negate = False
    for op, av in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            parts.append(_char(av))
        elif op is c.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is c.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unknown(op)
    if negate:
        return set(), {"".join(parts)}
    return set(parts), set()


def _char(code: int) -> str:
    """A character as it may stand inside a class, whatever it is."""
    return f"\\U{code:08x}"
