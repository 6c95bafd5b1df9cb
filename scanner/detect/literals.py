"""The literal text a regular expression cannot match without: a pre-filter, so that an
identifier pattern (an ISBN, a GB/T number, a patent claim) runs only over text that holds one of
its literals. Python's regex engine tries every alternative of an alternation at every position
(about 2 µs a character for the lexicon's identifiers), while a substring test runs in C at
memory speed.

`required_literals(pattern, ignorecase)` returns a set of literals such that every match of the
pattern contains at least one of them; or None when no such set is known (the pattern then
always runs). A literal under a case-insensitive flag is case-folded and looked for in the folded
text (folding both sides keeps the test true); one that must match exactly (`(?-i:G0?[0-3])`) is
looked for as it is.

A run of literal characters goes on through a digit class (`\\d`, `[0-9]`) and through a single
character repeated a fixed least number of times (`\\d{3}`, `-{2,}`): each digit of such a
literal, in the pattern or from a class, is `DIGIT`, and it is looked for in the folded text
with every decimal digit read as `DIGIT` (`digits`). `US ?\\d{2}/\\d{3},\\d{3}` needs "DD/DDD,DDD"
(D for `DIGIT`), where it needed "us", which nearly every English text holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

#: The repeat operators of a parsed pattern (`x*`, `x*?`, `x*+`).
REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
#: Items that match no character: a run of literals goes on through them.
_ZERO_WIDTH = (c.AT,)
#: A set larger than this is no filter worth the tests.
MAX_ALTERNATIVES = 16
#: Identifier patterns run over this many leading characters of a text. They are identifiers
#: that stand at the head of a document; Python's regex engine scans an alternation at ~2 s/MB, so
#: a 600-page PDF would otherwise spend most of its time on them.
REGEX_CHARS = 300_000


#: A literal: its text (folded unless exact) and whether it must be found exactly as it is.
Literal = tuple[str, bool]
#: Any decimal digit, in a literal looked for in the text read by `digits`.
DIGIT = "\x00"
_DIGITS = re.compile(r"\d")
#: A digit-class literal expands a repeat to at most this many characters.
MAX_REPEAT_CHARS = 16


_ASCII_DIGITS = str.maketrans(dict.fromkeys("0123456789", DIGIT))


def digits(folded: str) -> str:
    """A folded text with each decimal digit (any script's: what `\\d` matches) as `DIGIT`
    (an ASCII text by a translation table, in C, eight times faster than the pattern)."""
    if folded.isascii():
        return folded.translate(_ASCII_DIGITS)
    return _DIGITS.sub(DIGIT, folded)


def required_literals(
    pattern: re.Pattern[str] | str, ignorecase: bool = False, alternatives: int = MAX_ALTERNATIVES
) -> frozenset[Literal] | None:
    """`ignorecase`: the pattern runs with re.IGNORECASE set from outside (in an alternation);
    `alternatives`: the most literals a set may have (more when they are all looked for in one
    pass, `LiteralIndex`, than when each is a test of its own)."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = (pattern.flags if isinstance(pattern, re.Pattern) else 0) | (re.IGNORECASE if ignorecase else 0)
    try:
        parsed = sre_parse.parse(source, flags)
    except re.error:
        return None
    found = _sequence(list(parsed), bool(parsed.state.flags & re.IGNORECASE), alternatives)
    return frozenset(found) if found else None


#: what `casefold` keeps apart that re.IGNORECASE matches: the Turkish dotted İ (casefolded to i
#: and a combining dot) and dotless ı both match i and I. Read as i in literals and texts alike
#: before folding (a character mapped on both sides keeps every occurrence found: the test stays
#: a superset); across Unicode, these are the only such characters
_REGEX_CASE = str.maketrans({"\u0130": "i", "\u0131": "i"})


def fold(text: str) -> str:
    """How text and literals are compared: `casefold` maps each character on its own, so a
    literal found in a text is found in their folded forms too, whatever the case flags; the
    characters it keeps apart but re.IGNORECASE matches are made one first."""
    if not text.isascii():
        text = text.translate(_REGEX_CASE)
    return text.casefold()


def _literal(chars: list[tuple[str, bool]]) -> Literal:
    text = "".join(ch for ch, _ in chars)
    if DIGIT in text:  # looked for in the folded text, digits read as DIGIT
        return digits(fold(text)), False
    if all(exact for _, exact in chars):
        return text, True
    return fold(text), False


def _char(op, arg, exact: bool) -> tuple[str, bool] | None:
    """One character a parsed item always matches, as a run holds it: a literal, a class of one
    literal, or a digit class as `DIGIT`; None for any other item."""
    if op == c.LITERAL:
        return chr(arg), exact
    if op == c.IN and arg:
        if len(arg) == 1 and arg[0][0] == c.LITERAL:
            return chr(arg[0][1]), exact
        if all(_digit_item(o, a) for o, a in arg):
            return DIGIT, False
    return None


def _digit_item(op, arg) -> bool:
    """Whether an item of a character class matches decimal digits only (`\\d`, `0-9`, `5`)."""
    if op == c.CATEGORY:
        return arg == c.CATEGORY_DIGIT
    if op == c.RANGE:
        return ord("0") <= arg[0] <= arg[1] <= ord("9")
    if op == c.LITERAL:
        return ord("0") <= arg <= ord("9")
    return False


def _sequence(items: list, ignorecase: bool, limit: int = MAX_ALTERNATIVES) -> set[Literal] | None:
    """The best requirement of a sequence of items: the longest run of consecutive literal
    characters, or the requirement of one of its parts, whichever has the longest shortest
    string."""
    candidates: list[set[Literal]] = []
    run: list[tuple[str, bool]] = []
    exact = not ignorecase

    def close() -> None:
        if run:
            candidates.append({_literal(run)})
            run.clear()

    for op, arg in items:
        char = _char(op, arg, exact)
        if char is not None:
            run.append(char)
        elif op in _ZERO_WIDTH:
            continue
        elif op == c.IN and arg and all(o == c.LITERAL for o, _ in arg):
            close()
            _add(candidates, {_literal([(chr(a), exact)]) for _, a in arg})
        elif op in REPEATS and (repeated := _repeated_char(arg, exact)) is not None:
            # a character repeated: its least number of copies stand in the run, which goes on
            # only when that number is also the most (`\d{3}`)
            low, high, _body = arg
            run.extend([repeated] * min(low, MAX_REPEAT_CHARS))
            if high != low or low > MAX_REPEAT_CHARS:
                close()
        elif op == c.SUBPATTERN:
            _group, add_flags, del_flags, body = arg
            inner_case = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            inner = list(body)
            if inner and all(o == c.LITERAL for o, _ in inner):
                run.extend((chr(a), not inner_case) for _, a in inner)
            else:
                close()
                _add(candidates, _sequence(inner, inner_case, limit))
        elif op in REPEATS:
            close()
            low, _high, body = arg
            if low >= 1:
                _add(candidates, _sequence(list(body), ignorecase, limit))
        elif op == c.BRANCH and run and _literal_branches(arg[1], limit):
            # a run before alternatives that are literals: each alternative with the run in
            # front (`\.(?:inp|cas)` needs ".inp" or ".cas", far rarer than "inp" or "cas")
            prefix = list(run)
            close()
            _add(candidates, {_literal(prefix + [(chr(a), exact) for _, a in b]) for b in arg[1]})
        elif op == c.BRANCH:
            close()
            union: set[Literal] = set()
            for branch in arg[1]:
                found = _sequence(list(branch), ignorecase, limit)
                if not found:
                    union = set()
                    break
                union |= found
            _add(candidates, union or None)
        elif op == c.ATOMIC_GROUP:
            close()
            _add(candidates, _sequence(list(arg), ignorecase, limit))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            continue  # a lookaround matches no character of its own and may look outside the match
        else:
            close()
    close()
    usable = [s for s in candidates if s and all(x for x, _ in s) and len(s) <= limit]
    if not usable:
        return None
    # the longest shortest literal (a digit counting half: any of ten); at equal length, exact
    # literals (rarer) and fewer of them
    return max(usable, key=lambda s: (min(_length(x) for x, _ in s), all(e for _, e in s), -len(s)))


def _length(literal: str) -> float:
    """How much a literal narrows the texts that hold it: its length, a `DIGIT` counting half
    (`\\d{3}` is no rarer in a text than "GB")."""
    return len(literal) - 0.5 * literal.count(DIGIT)


def _repeated_char(arg, exact: bool) -> tuple[str, bool] | None:
    """The character a repeat of one character always matches (`\\d{3}`, `x+`), when it must
    match it at least once; else None."""
    low, _high, body = arg
    body = list(body)
    if low < 1 or len(body) != 1:
        return None
    return _char(body[0][0], body[0][1], exact)


def _literal_branches(branches: list, limit: int = MAX_ALTERNATIVES) -> bool:
    """Whether every alternative of a branch is a non-empty run of literal characters (and
    there are no more of them than `limit`: few enough to be a filter)."""
    return len(branches) <= limit and all(b and all(o == c.LITERAL for o, _ in b) for b in branches)


def _add(candidates: list[set[Literal]], found: set[Literal] | None) -> None:
    if found:
        candidates.append(found)


#: literals up to this long are looked for with `in` (a search in C that stops at the first
#: occurrence) rather than in the Aho-Corasick pass, which yields every occurrence: a date's
#: "20" or an NC program's "N" and digit are found thousands of times a text
SHORT_LITERAL = 2


class LiteralIndex:
    """Which of many literals a text holds, in one Aho-Corasick pass (`pyahocorasick`) over the
    text for the exact ones and one over its folded form for the others (with the short ones
    looked for one by one: `SHORT_LITERAL`): what `LiteralTest` answers one literal at a time,
    with one `in` test per literal, for all of them at once."""

    def __init__(self, literals: Iterable[Literal]) -> None:
        import ahocorasick

        #: for the text, its folded form and `digits(fold(text))`: an automaton of the longer
        #: literals looked for there, and the short ones
        self._automata = (ahocorasick.Automaton(), ahocorasick.Automaton(), ahocorasick.Automaton())
        self._short: tuple[list[Literal], list[Literal], list[Literal]] = ([], [], [])
        for literal in sorted(set(literals)):
            text, exact = literal
            where = 2 if DIGIT in text else 0 if exact else 1
            if len(text) <= SHORT_LITERAL:
                self._short[where].append(literal)
            else:
                self._automata[where].add_word(text, literal)
        for automaton in self._automata:
            if len(automaton):
                automaton.make_automaton()
        #: whether anything is looked for in each of the three forms
        self._used = tuple(bool(len(a) or s) for a, s in zip(self._automata, self._short, strict=True))
        #: the last text asked about and its answer (the quick pass and the identifier search
        #: ask about the same head of a document, one after the other)
        self._last: tuple[str, frozenset[Literal]] = ("", frozenset())

    def present(self, text: str) -> frozenset[Literal]:
        """The literals `text` holds."""
        last = self._last  # one read: threads of one process (Dask workers) share the index
        if last[0] == text:
            return last[1]
        found: set[Literal] = set()
        used = self._used
        if used[0]:
            self._look(0, text, found)
        if used[1] or used[2]:
            folded = fold(text)
            if used[1]:
                self._look(1, folded, found)
            if used[2]:
                self._look(2, digits(folded), found)
        answer = frozenset(found)
        self._last = (text, answer)
        return answer

    def _look(self, where: int, text: str, found: set[Literal]) -> None:
        automaton = self._automata[where]
        if len(automaton):
            found.update(literal for _, literal in automaton.iter(text))
        found.update(literal for literal in self._short[where] if literal[0] in text)


def may_match(required: frozenset[Literal] | None, present: frozenset[Literal]) -> bool:
    """Whether a pattern needing one of `required` (None: nothing known) may match a text holding
    the literals `present` (`LiteralIndex.present`)."""
    return required is None or not required.isdisjoint(present)


class LiteralTest:
    """Which literals a text holds, each looked up once (many patterns share one)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._digits: str | None = None
        self._known: dict[Literal, bool] = {}

    def any(self, required: frozenset[Literal] | None) -> bool:
        if required is None:
            return True
        for literal in required:
            hit = self._known.get(literal)
            if hit is None:
                lit, exact = literal
                if exact:
                    hit = lit in self.text
                else:
                    if self._folded is None:
                        self._folded = fold(self.text)
                    if DIGIT in lit:
                        if self._digits is None:
                            self._digits = digits(self._folded)
                        hit = lit in self._digits
                    else:
                        hit = lit in self._folded
                self._known[literal] = hit
            if hit:
                return True
        return False
