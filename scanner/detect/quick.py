"""The quick pass of the two-stage scan: can a document's text hold a term that scores at all?

A document scores only through the terms of the stage and anchor sets (`policy/scoring.py`:
with no stage term every stage's raw score is 0, and with no anchor the learned model's weight is
cut to `RE_FLOOR`, below the review threshold; `QuickPass.bound` is checked against the
thresholds in use). The deep pass (spaCy tokenisation, phrase matching, values, sections, the
model) is therefore needed only for a text that may hold one of those terms. This module answers
that question without a tokeniser, and answers it conservatively: it may say "maybe" for a text
the deep pass finds nothing in, never "no" for a text it would find a term in.

How each kind of form is looked for:

- **Chinese forms** are matched by spaCy character by character, so a match is the form's
  characters with at most whitespace between them: the form without whitespace is looked for
  (Aho-Corasick, `pyahocorasick`) in the case-folded text without whitespace.
- **Latin forms** are matched token by token on NORM, which is `stem` of the lower-cased word.
  A form can match only where each of its words is a word of the text whose stem (or lower-cased
  text) equals that word's stem: one word of the form (its key) is looked up in the text's word
  set, and the form's other words are then checked the same way. The text's words are its runs
  of letters and digits, with CJK characters read as spaces as the deep pass reads them; words
  are also split where spaCy splits inside such a run (a unit after digits, "5mm"; a tokenizer
  exception, "cannot"). A form word whose stem is the NORM spaCy gives some other string (an
  exception: "'cause" → "because") is neither a key nor checked. A form of several words
  separated by single spaces may match only where they stand next to each other, with at most
  one white-space character, hyphen or dot between them (`_adjacency`; the deep pass reads a
  hyphen between two words and a dot between two letters as a space, `matcher.word_breaks`):
  any other character is a token that breaks the phrase.
- **Weakening context found for certain** (`Look.sure`): see `_surely_weakened`; it narrows
  the range of the carrier heads' mention feature from below (`policy/quick.py`).
- **An alloy recipe** (`recipes.py`) is a magnet term made of numbers: where boron's or
  samarium's share stands, the recipes themselves are looked for, line by line as the deep pass
  does.
- **An extraction cascade's stage profile** (`cascades.py`) is a separation term made of a
  table, and **a furnace program's holds** (`programs.py`) a NdFeB magnet term: where a stage
  column or a hold column heads one, the table itself is looked for.
- **A kind of document** (`kinds.py`: a monitoring report, a datasheet) adds a weakening
  context that no lexicon term gives, and which the carrier's feature range does not hold: the
  deep pass reads it.
- **Identifier patterns** may match only where the text holds one of the literals they need
  (`literals.py`). Where it does, in a text of up to `EXACT_CHARS` characters, their matches
  decide: the deep pass's own (`identifiers.py`), found once per document for both passes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from scanner.detect.cascades import find_cascades
from scanner.detect.identifiers import Identifiers, Match
from scanner.detect.kinds import kind_spans
from scanner.detect.lexicon import Lexicon, Term
from scanner.detect.literals import REGEX_CHARS
from scanner.detect.normalize import GLUE_MARKS, cjk_to_space, has_cjk
from scanner.detect.programs import find_program
from scanner.detect.recipes import find_recipes
from scanner.detect.stem import stem

#: The term sets through which a document can score (see the module docstring).
SCORING_SETS = ("stage", "anchor")
#: The term sets behind the learned carrier head's rule features (other materials, context,
#: exclusion cues) and the carrier cues of the rules (`policy/quick.py`).
FEATURE_SETS = ("other-material", "context", "exclusion", "carrier")
_WORD = re.compile(r"[^\W_]+")
#: spaCy splits a run of letters and digits only where letters follow digits (a unit: "5mm")
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])")
#: The term set of clause b's activities: a section holding one is judged on its own
#: (`policy/sectioned.py`), so the whole text's findings no longer bound the features.
CLAUSE_B = "clause-b"
#: ASCII bytes that `_WORD` does not match (all but letters and digits) read as spaces
_ASCII_NON_WORD = bytes(c if chr(c).isalnum() else 32 for c in range(128)) + b" " * 128


def _ascii_words(text: str) -> set[str]:
    """`set(_WORD.findall(text))` for an ASCII text, by a byte translation and a split (in C,
    without a match object a word; 40 % less time)."""
    return {w.decode("ascii") for w in set(text.encode("ascii").translate(_ASCII_NON_WORD).split())}


#: Identifier matches decide only in texts up to this long; in longer ones their literals do.
EXACT_CHARS = 50_000


class QuickPass:
    """Built once per process from the lexicon and spaCy's English tokenizer exceptions."""

    def __init__(
        self, lexicon: Lexicon, exceptions: dict[str, list[tuple[str, str]]], identifiers: Identifiers
    ) -> None:
        """`exceptions`: spaCy's tokenizer special cases, orth → [(piece orth, piece norm)];
        `identifiers`: the deep pass's identifier patterns."""
        self.identifiers = identifiers
        #: lower-cased exception strings made of one word, and the words spaCy splits them into
        self._split: dict[str, tuple[str, ...]] = {}
        unsafe: set[str] = set()  # NORMs spaCy gives strings that do not spell them
        for orth, pieces in exceptions.items():
            low = orth.lower()
            if len(pieces) > 1 and _WORD.fullmatch(low):
                self._split[low] = tuple(p.lower() for p, _ in pieces)
            for piece, norm in pieces:
                if norm and norm.lower() != piece.lower():
                    unsafe.add(norm.lower())
        #: the terms through which a document scores
        self.scoring = _Keys([t for t in lexicon.terms if t.set in SCORING_SETS], self._pieces, unsafe)
        #: the terms behind the learned carrier head's rule features and the carrier cues
        self.features = _Keys([t for t in lexicon.terms if t.set in FEATURE_SETS], self._pieces, unsafe)
        self.clause_b = _Keys([t for t in lexicon.terms if t.set == CLAUSE_B], self._pieces, unsafe)
        self._exceptions = frozenset(exceptions)
        #: lower-cased strings spaCy gives a NORM that is not their stem (pieces of exceptions)
        self._odd = {
            p.lower() for pieces in exceptions.values() for p, n in pieces if n and n.lower() != p.lower()
        }
        self._sure = _sure_words(lexicon, self._pieces, unsafe)
        weaken = [t for t in lexicon.terms if t.set == "context" and t.category == "weaken"]
        self._words_of = _form_words(weaken, self._pieces, unsafe)
        self._context_regex = frozenset(t for t in lexicon.terms if t.set == "context" and t.regex)
        self._clause_b_regex = any(t.regex for t in lexicon.terms if t.set == CLAUSE_B)

    def look(self, text: str, identifiers: Callable[[], list[Match]] | None = None, head: int = 0) -> Look:
        """Whether `text` may hold a scoring term, and, when it cannot, which feature terms it may
        hold (a superset of those the deep pass would find); `identifiers` gives the identifier
        patterns' matches in `text` (found once for both passes); `head`: the length of the
        opening where a weakening context counts more (`Look.opening`, `Look.sure_head`)."""
        low = text.lower()
        squashed = "".join(low.split()) if has_cjk(low) else ""
        spaced = cjk_to_space(low) if squashed else low
        words = self._words(spaced)
        # the words and their stems: what a form's word may be to stand in the text (`stem` of a
        # lower-case word that is short or not all letters is the word itself)
        held = self._held(words)
        if self.scoring.any(held, squashed, spaced):
            return Look(True, frozenset())
        if find_recipes(text):  # a magnet term of numbers (`recipes.py`; looks for B or Sm first)
            return Look(True, frozenset())
        if find_cascades(text):  # a separation term of numbers (`cascades.py`)
            return Look(True, frozenset())
        if find_program(text):  # a NdFeB magnet term of a furnace program's numbers (`programs.py`)
            return Look(True, frozenset())
        if kind_spans(text):  # a weakening context of its own (`kinds.py`), which no box bounds
            return Look(True, frozenset())
        scoring, featured = self._patterns(text, identifiers)
        if scoring:
            return Look(True, frozenset())
        sure, sure_head = self._surely_weakened(text, held, squashed, spaced, featured, head)
        candidates = frozenset(self.features.candidates(held, squashed, spaced) | featured | sure)
        opening = self._opening(text, head, candidates) if head else None
        return Look(False, candidates, sure, sure_head, opening)

    def _held(self, words: set[str]) -> set[str]:
        return words | {stem(w) for w in words if len(w) > 4 and w.isalpha()}

    def _surely_weakened(
        self, text: str, held: set[str], squashed: str, spaced: str, featured: set[Term], head: int
    ) -> tuple[frozenset[Term], frozenset[Term]]:
        """Weakening context terms the deep pass finds in `text` for certain, and those of them it
        finds within the first `head` characters (a text that may score or hold a clause-b term:
        none). A single-word form that no other context form that may match contains or shares,
        standing alone between white space as ASCII letters that are no tokenizer exception, is
        one token for spaCy whose NORM is the word's stem: the phrase matcher finds it, and no
        longer context match can drop it (`analyze._longest`)."""
        none: frozenset[Term] = frozenset()
        if not held & self._sure.keys() or self._clause_b_regex or featured & self._context_regex:
            return none, none
        if self.clause_b.any(held, squashed, spaced):
            return none, none
        found = self._sure_in(set(text.split()), held)
        if not found or not head:
            return frozenset(found), none
        opening = text[:head].split()
        if head < len(text) and not text[head].isspace() and opening and not text[head - 1].isspace():
            opening.pop()  # cut short: not the word the text holds
        return frozenset(found), frozenset(self._sure_in(set(opening), held))

    def _sure_in(self, chunks: set[str], held: set[str]) -> set[Term]:
        # spaCy splits at the same white space (str.isspace)
        words = {c for c in chunks if c.isascii() and c.isalpha()} - self._exceptions
        found: set[Term] = set()
        looked: set[int] = set()  # the _Sure entries already looked at (many words, one stem)
        for low in {w.lower() for w in words} - self._odd:
            sure = self._sure.get(stem(low))
            if sure is not None and id(sure) not in looked:
                looked.add(id(sure))
                if sure.term not in found and not sure.blocked(held):
                    found.add(sure.term)
        return found

    def _opening(self, text: str, head: int, candidates: frozenset[Term]) -> frozenset[Term]:
        """The weakening context terms among `candidates` that may match starting within the
        first `head` characters: one of their forms' words stands there (the text is read to
        the end of the word the cut falls in), or they have a pattern."""
        end = head
        while end < len(text) and not text[end].isspace():
            end += 1
        low = text[:end].lower()
        cjk = has_cjk(low)
        held = self._held(self._words(cjk_to_space(low) if cjk else low))
        return frozenset(
            t
            for t in candidates
            if t.set == "context"
            and t.category == "weaken"
            and (
                bool(t.regex)  # a pattern may match anywhere
                or t in self.features.always
                or self._words_of.get(t.id, _NO_WORDS).may_stand(held, cjk)
            )
        )

    def _patterns(self, text: str, identifiers: Callable[[], list[Match]] | None) -> tuple[bool, set[Term]]:
        """Whether a scoring term's pattern may match `text`, and which feature terms' patterns
        may. A pattern needs one of its literals (`literals.py`); where some pattern's literals
        are there, the matches themselves decide, in a text of up to `EXACT_CHARS` characters
        (beyond, the search costs more than the deep pass it may save: the literals decide)."""
        possible = self.identifiers.possible(text[:REGEX_CHARS])
        scoring = any(t.set in SCORING_SETS for t in possible)
        featured = {t for t in possible if t.set in FEATURE_SETS}
        if not (scoring or featured) or len(text) > EXACT_CHARS:
            return scoring, featured
        matched = {m.term for m in (identifiers() if identifiers else self.identifiers.find(text))}
        return any(t.set in SCORING_SETS for t in matched), {t for t in matched if t.set in FEATURE_SETS}

    def may_score(self, text: str) -> bool:
        """False only when no stage or anchor term can be found in `text` by the deep pass."""
        return self.look(text).may_score

    def _pieces(self, words: Iterable[str]) -> list[str]:
        """The parts of a form's words that stand whole in any text it matches: a word spaCy
        may split is replaced by its parts."""
        out: list[str] = []
        for w in words:
            split = self._split.get(w)
            if split:
                out.extend(p for piece in split for p in _WORD.findall(piece))
            else:
                out.extend(p for p in _DIGIT_LETTER.split(w) if p)
        return out

    def _words(self, low: str) -> set[str]:
        """A text's words, with the parts spaCy may split them into ("5mm" → "5", "mm";
        "cannot" → "can", "not")."""
        words = _ascii_words(low) if low.isascii() else set(_WORD.findall(low))
        # the parts of the distinct words that hold a digit before a letter: splitting them is
        # what reading the text again with a space at each such place gives
        split = _DIGIT_LETTER.split
        for w in [w for w in words if not w.isalpha() and _DIGIT_LETTER.search(w)]:
            words.update(p for p in split(w) if p)
        for w in words & self._split.keys():
            words.update(p for piece in self._split[w] for p in _WORD.findall(piece))
        return words


@dataclass(frozen=True)
class Look:
    may_score: bool
    #: when it cannot score: the feature terms the text may hold
    candidates: frozenset[Term] = frozenset()
    #: among them, weakening context terms the deep pass finds for certain …
    sure: frozenset[Term] = frozenset()
    #: … and those of them it finds for certain in the text's opening (`look`'s `head`)
    sure_head: frozenset[Term] = frozenset()
    #: the weakening context terms that may be found in the opening (None: any of them)
    opening: frozenset[Term] | None = None


@dataclass(frozen=True)
class _Sure:
    """A weakening context term with a single-word form, and the other context terms' forms
    that hold that word (each as its words' (word, stem) pairs; None for a form in Chinese
    script): where one of them may match, it may drop the word's match (`analyze._longest`)."""

    term: Term
    blockers: tuple[tuple[tuple[str, str], ...] | None, ...]

    def blocked(self, held: set[str]) -> bool:
        return any(b is None or _holds(b, held) for b in self.blockers)


def _sure_words(
    lexicon: Lexicon, pieces: Callable[[Iterable[str]], list[str]], unsafe: set[str]
) -> dict[str, _Sure]:
    """Stems of single-word ASCII forms of weakening context terms, each the form of one term
    only (two terms on one word: `analyze._longest` keeps one of them), with the other terms'
    context forms that hold the word (a word of theirs spaCy may give another string's NORM,
    `unsafe`, is taken to be there)."""
    owners: dict[str, dict[str, Term]] = {}
    forms: list[tuple[Term, str, list[str]]] = []
    for term in lexicon.terms:
        if term.set != "context":
            continue
        for form in term.forms:
            words = _WORD.findall(cjk_to_space(form.lower()))
            forms.append((term, form, words))
            if len(words) == 1 and words[0] == form.lower() and form.isascii() and form.isalpha():
                owner = term.category == "weaken" and not term.case_sensitive
                # a case-sensitive or strengthening form of the word makes it no one's
                owners.setdefault(stem(words[0]), {})[term.id if owner else ""] = term
    out: dict[str, _Sure] = {}
    for key, terms in owners.items():
        if len(terms) != 1 or "" in terms:
            continue
        (term,) = terms.values()
        blockers: list[tuple[tuple[str, str], ...] | None] = []
        for other, form, words in forms:
            if other.id == term.id or key not in {stem(w) for w in words}:
                continue
            if has_cjk(form):
                blockers.append(None)
            else:
                safe = [w for w in pieces(words) if w not in unsafe and stem(w) not in unsafe]
                blockers.append(tuple(dict.fromkeys((w, stem(w)) for w in safe)))
        out[key] = _Sure(term, tuple(blockers))
    return out


@dataclass(frozen=True)
class _FormWords:
    """The words of all of a term's forms, as (word, stem) pairs; whether one of them is in
    Chinese script; and whether one of them holds a word spaCy may give another string's NORM,
    or none (then it may stand anywhere)."""

    words: frozenset[tuple[str, str]]
    cjk: bool
    anywhere: bool = False

    def may_stand(self, held: set[str], cjk: bool) -> bool:
        return self.anywhere or (self.cjk and cjk) or any(w in held or s in held for w, s in self.words)


_NO_WORDS = _FormWords(frozenset(), True, True)


def _form_words(
    terms: Iterable[Term], pieces: Callable[[Iterable[str]], list[str]], unsafe: set[str]
) -> dict[str, _FormWords]:
    out = {}
    for term in terms:
        words: set[tuple[str, str]] = set()
        anywhere = False
        for form in term.forms:
            found = pieces(_WORD.findall(cjk_to_space(form.lower())))
            # a form in Chinese script alone stands where Chinese does (`may_stand`'s `cjk`)
            bare = not found and not has_cjk(form)
            anywhere = anywhere or bare or any(w in unsafe or stem(w) in unsafe for w in found)
            words.update((w, stem(w)) for w in found)
        out[term.id] = _FormWords(frozenset(words), any(has_cjk(f) for f in term.forms), anywhere)
    return out


class _Keys:
    """One key per form of some terms, and which terms a text's words and characters may hold."""

    def __init__(self, terms: list[Term], pieces: Callable[[Iterable[str]], list[str]], unsafe: set[str]):
        cjk: dict[str, set[Term]] = {}
        latin: list[tuple[Term, list[str], _Adjacency | None]] = []  # words, adjacency
        self.always: set[Term] = set()  # forms with no usable key: every text may hold them
        for term in terms:
            for form in term.forms:
                if not form:
                    continue
                if has_cjk(form):
                    cjk.setdefault("".join(form.lower().split()), set()).add(term)
                    continue
                plain = _WORD.findall(cjk_to_space(form.lower()))
                words = [w for w in pieces(plain) if w not in unsafe and stem(w) not in unsafe]
                if not words:
                    self.always.add(term)
                else:
                    latin.append((term, words, _adjacency(form, plain, words)))
        # A form of several words needs one of them as its key: the one another form needs
        # anyway if there is one ("sintering schedule" is keyed on "sinter", which the form
        # "sintering" needs, not on "schedule", which every office plan holds), else the longest.
        chosen: set[str] = {stem(words[0]) for _, words, _ in latin if len(words) == 1}
        for _, words, _ in sorted((x for x in latin if len(x[1]) > 1), key=lambda x: len(x[1])):
            shared = [w for w in words if stem(w) in chosen]
            key = max(shared or words, key=lambda w: (len(stem(w)), w))
            chosen.add(stem(key))
        #: a text word w may stand for the key when w, or stem(w), is one of these; with the key,
        #: the form's other words, each of which the text must hold in the same way, and where
        #: they must stand next to each other (`_adjacency`)
        self.latin: dict[str, list[tuple[Term, tuple[tuple[str, str], ...], _Adjacency | None]]] = {}
        for term, words, adjacent in latin:
            key = next(w for w in words if stem(w) in chosen)
            rest = tuple(dict.fromkeys((w, stem(w)) for w in words if w != key))
            for k in dict.fromkeys((stem(key), key)):
                self.latin.setdefault(k, []).append((term, rest, adjacent))
        self.cjk = ahocorasick.Automaton()
        for key, owners in cjk.items():
            self.cjk.add_word(key, frozenset(owners))
        self.has_cjk = bool(cjk)
        if cjk:
            self.cjk.make_automaton()

    def any(self, held: set[str], squashed: str, spaced: str) -> bool:
        """`held`: the text's words and their stems; `spaced`: the text lower-cased, with its
        Chinese characters read as spaces."""
        if self.always:
            return True
        latin = self.latin
        for k in held & latin.keys():
            if any(_holds(rest, held) and _next_to(a, spaced) for _, rest, a in latin[k]):
                return True
        return bool(squashed and self.has_cjk and next(self.cjk.iter(squashed), None) is not None)

    def candidates(self, held: set[str], squashed: str, spaced: str) -> set[Term]:
        found = set(self.always)
        latin = self.latin
        for k in held & latin.keys():
            found.update(term for term, rest, a in latin[k] if _holds(rest, held) and _next_to(a, spaced))
        if squashed and self.has_cjk:
            for _, owners in self.cjk.iter(squashed):
                found |= owners
        return found


def _adjacency(form: str, plain: list[str], words: list[str]) -> _Adjacency | None:
    """Where a form of several words separated by single spaces can match: spaCy's phrase
    matcher needs its tokens next to each other, and a token between them (another space, a
    new line, a hyphen) breaks the match. Each word stands for any word of the text whose stem
    may be its stem (a stem is a prefix of the word, but for "-ies" and "-ied", whose stem ends
    in "y" in their place); between two words, one white-space character, hyphen or dot, or
    nothing (a word spaCy splits in two: "cannot"). None where the form is not such words (a hyphen, a split
    word, a word the quick pass does not check), or is one word: no test."""
    if len(plain) < 2 or plain != words or form.lower() != " ".join(plain):
        return None
    parts = []
    for w in words:
        base = stem(w)
        prefix = base[:-1] if base.endswith("y") and len(base) > 1 else base
        parts.append(re.escape(prefix) + r"[^\W_]*")
    # a hyphen, a dot or another mark gluing a line's words is read as a space too
    # (`matcher.glued_lines`)
    return _Adjacency(f"[\\s.\\-/{GLUE_MARKS}]?".join(parts))


class _Adjacency:
    """An adjacency pattern, compiled when a text first holds all of its form's words: most of
    the lexicon's thousands of multi-word forms are never tested in a run, and compiling them
    all was a third of building the quick pass (before the first file is read)."""

    __slots__ = ("_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.source)
        return compiled.search(text)


def _next_to(adjacent: _Adjacency | None, spaced: str) -> bool:
    return adjacent is None or adjacent.search(spaced) is not None


def _holds(rest: tuple[tuple[str, str], ...], held: set[str]) -> bool:
    """Whether a text whose words and stems are `held` holds each of a form's other words
    (given as (word, stem)) the way it must hold its key."""
    return all(w in held or s in held for w, s in rest)


#: spaCy's English tokenizer exceptions as `spacy_exceptions` reads them, with the spaCy version
#: they were read from (written by `python tools/spacy_data.py`): a scan the quick pass
#: judges need not import spaCy (about 0.9 s of CPU) for them.
SHIPPED_EXCEPTIONS = Path(__file__).with_name("spacy_en_exceptions.json")


def spacy_exceptions() -> dict[str, list[tuple[str, str]]]:
    """spaCy's English tokenizer special cases as (orth, norm) pieces: the shipped copy when it
    was read from the installed spaCy version, else read from spaCy itself."""
    shipped = shipped_exceptions()
    return shipped if shipped is not None else live_exceptions()


def shipped_exceptions() -> dict[str, list[tuple[str, str]]] | None:
    """The shipped copy, or None when it is missing, unreadable or from another spaCy version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        data = json.loads(SHIPPED_EXCEPTIONS.read_text(encoding="utf-8"))
        if data.get("spacy") != version("spacy"):
            return None
        return {orth: [(str(o), str(n)) for o, n in pieces] for orth, pieces in data["exceptions"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, PackageNotFoundError):
        return None


def live_exceptions() -> dict[str, list[tuple[str, str]]]:
    """spaCy's English tokenizer special cases, read from spaCy without building a pipeline."""
    from scanner.detect.spacy_import import import_spacy

    import_spacy()
    from spacy.attrs import NORM, ORTH
    from spacy.lang.en import English

    out: dict[str, list[tuple[str, str]]] = {}
    for orth, pieces in English.Defaults.tokenizer_exceptions.items():
        out[orth] = [
            (str(p.get(ORTH, p.get("ORTH", ""))), str(p.get(NORM, p.get("NORM", "")) or "")) for p in pieces
        ]
    return out
