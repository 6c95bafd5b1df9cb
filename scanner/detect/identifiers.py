"""Identifier patterns (DOIs, ISBNs, GB/T numbers, patent application numbers, claims): the
lexicon's regular-expression forms, run over the head of a document's text.

They run as one alternation: one pass over the text, not one per pattern (a 600-page PDF holds
~2 million characters). A pattern that cannot stand inside an alternation (global flags, its
own named groups) runs on its own. Each pattern runs only over text holding one of the literals
it cannot match without (`literals.py`): the alternation is rebuilt from the patterns that may
match, which finds exactly what the whole alternation finds (a left-out alternative matches
nowhere in the text), at a fraction of the cost; and it opens with a lookahead on the
characters its matches can begin with (`firstchars.py`), so that the engine does not try every
alternative at every position.

No spaCy here: the quick pass (`quick.py`) and the deep pass (`matcher.py`) read the same
matches, found once per document (`Prepared.identifiers`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from scanner.detect.firstchars import First, first_chars, lookahead
from scanner.detect.lexicon import Term
from scanner.detect.literals import REGEX_CHARS, Literal, LiteralIndex, may_match, required_literals

#: Compiled alternations kept per process (each a few milliseconds to compile).
MAX_ALTERNATIONS = 512


@dataclass(frozen=True)
class Match:
    term: Term
    start: int  # character offsets in the text given to `find`
    end: int


class Identifiers:
    """The regular-expression forms of `terms`, compiled once per process."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self._terms: list[Term] = []  # the term of each alternative
        self._alternatives: list[str] = []
        self._required: list[frozenset[Literal] | None] = []
        self._first: list[First | None] = []  # what each alternative's matches begin with
        self._separate: list[tuple[Term, re.Pattern[str], frozenset[Literal] | None]] = []
        for term in terms:
            for pattern in term.regex:
                wrapped = f"(?P<r{len(self._terms)}>{pattern.pattern})"
                try:
                    re.compile(wrapped, re.IGNORECASE)
                except re.error:
                    self._separate.append((term, pattern, required_literals(pattern)))
                    continue
                if "(?P<" in pattern.pattern or "(?P=" in pattern.pattern:
                    self._separate.append((term, pattern, required_literals(pattern)))
                    continue
                self._alternatives.append(wrapped)
                self._required.append(required_literals(pattern.pattern, ignorecase=True))
                self._first.append(first_chars(wrapped, re.IGNORECASE))
                self._terms.append(term)
        #: the terms some pattern of which may match any text, and those one of whose patterns
        #: needs a given literal (`possible`)
        self._unconditional: set[Term] = set()
        self._by_literal: dict[Literal, set[Term]] = {}
        for term, required in [
            *zip(self._terms, self._required, strict=True),
            *((t, req) for t, _, req in self._separate),
        ]:
            if required is None:
                self._unconditional.add(term)
            for literal in required or ():
                self._by_literal.setdefault(literal, set()).add(term)
        #: the alternation of each set of patterns that may match (few distinct sets occur)
        self._alternations: dict[tuple[int, ...], re.Pattern[str]] = {}
        #: every literal some pattern needs, looked for in one pass over a text
        self._literals = LiteralIndex(
            literal
            for required in [*self._required, *(req for _, _, req in self._separate)]
            if required is not None
            for literal in required
        )

    def possible(self, head: str) -> set[Term]:
        """The terms whose patterns may match `head` by the literals it holds (the test
        `find_in` makes before running them): a superset of the terms `find_in` matches."""
        terms = set(self._unconditional)
        for literal in self._literals.present(head):
            terms |= self._by_literal[literal]
        return terms

    def find(self, text: str) -> list[Match]:
        """The matches in the first `REGEX_CHARS` characters of `text` (identifiers open a
        document)."""
        head = text[:REGEX_CHARS]
        return list(self.find_in(head))

    def find_in(self, head: str) -> Iterator[Match]:
        """The matches in `head`, all of it."""
        present = self._literals.present(head)
        alternation = self._alternation(
            tuple(i for i, req in enumerate(self._required) if may_match(req, present))
        )
        if alternation is not None:
            for m in alternation.finditer(head):
                if m.end() > m.start() and m.lastgroup:
                    yield Match(self._terms[int(m.lastgroup[1:])], m.start(), m.end())
        for term, pattern, required in self._separate:
            if not may_match(required, present):
                continue
            for m in pattern.finditer(head):
                if m.end() > m.start():
                    yield Match(term, m.start(), m.end())

    def _alternation(self, chosen: tuple[int, ...]) -> re.Pattern[str] | None:
        if not chosen:
            return None
        compiled = self._alternations.get(chosen)
        if compiled is None:
            if len(self._alternations) >= MAX_ALTERNATIONS:
                self._alternations.clear()
            # a lookahead on the characters a match can begin with: positions where none of the
            # alternatives could match are passed over in one test (`firstchars.py`)
            ahead = lookahead([self._first[i] for i in chosen])
            body = "|".join(self._alternatives[i] for i in chosen)
            compiled = re.compile(f"{ahead}(?:{body})" if ahead else body, re.IGNORECASE)
            self._alternations[chosen] = compiled
        return compiled
