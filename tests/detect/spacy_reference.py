"""The reference the lexicon matcher (`scanner/detect/matcher.py`) is checked against: the
matcher as it was built on spaCy itself, its pipelines and PhraseMatchers: blank ``zh``
(character tokens) for Chinese forms, blank ``en`` (word tokens, stemmed and case-folded
through NORM) for the rest, exact ORTH for case-sensitive forms (chemical symbols)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from scanner.detect.entok import spacy_english
from scanner.detect.identifiers import Identifiers, Match
from scanner.detect.inert import InertWords, letterless
from scanner.detect.lexicon import Lexicon, Term
from scanner.detect.matcher import _chunks, char_words, cjk_view, form_variants, latin_view
from scanner.detect.normalize import has_cjk
from scanner.detect.spacy_import import import_spacy
from scanner.detect.stem import stem

spacy = import_spacy()  # before any `from spacy… import`: without spaCy's CLI

from spacy.attrs import NORM, ORTH  # noqa: E402
from spacy.matcher import PhraseMatcher  # noqa: E402
from spacy.tokens import Doc  # noqa: E402


class SpacyTermMatcher:
    """spaCy's matchers over the lexicon's forms."""

    def __init__(
        self, lexicon: Lexicon, sets: tuple[str, ...], identifiers: Identifiers | None = None
    ) -> None:
        """`identifiers`: the identifier patterns of these sets' terms, if already compiled."""
        self.en = spacy_english()  # NORM from `stem`, brackets as infixes
        self.zh = spacy.blank("zh")
        _only_norm(self.zh.vocab, str.lower)
        self._en_fold = PhraseMatcher(self.en.vocab, attr="NORM")
        self._en_exact = PhraseMatcher(self.en.vocab, attr="ORTH")
        self._zh = PhraseMatcher(self.zh.vocab, attr="NORM")
        self._terms: dict[str, Term] = {}
        en_fold: dict[str, list] = {}
        en_exact: dict[str, list] = {}
        zh: dict[str, list] = {}
        self._inert = InertWords()
        for term in lexicon.terms:
            if term.set not in sets:
                continue
            self._terms[term.id] = term
            for form in term.forms:
                if has_cjk(form):
                    zh.setdefault(term.id, []).append(_char_doc(self.zh.vocab, form))
                else:
                    # the scanner's readings of a form: as written, and glued by hyphens or dots
                    for variant in form_variants(form):
                        doc = self.en.make_doc(variant)
                        (en_exact if term.case_sensitive else en_fold).setdefault(term.id, []).append(doc)
                        self._inert.add([t.text for t in doc])
        self.identifiers = identifiers or Identifiers(t for t in lexicon.terms if t.set in sets)
        # letterless tokenizer exceptions with a NORM of other text ("&" read as "and", say)
        for pieces in self.en.tokenizer.rules.values():
            for attrs in pieces:
                orth, norm = attrs.get(ORTH, attrs.get("ORTH")), attrs.get(NORM, attrs.get("NORM"))
                if orth and letterless(str(orth)) and norm is not None and str(norm) != str(orth).lower():
                    self._inert.never.add(str(orth))
        self._inert.never |= {
            lex.orth_ for lex in self.en.vocab if letterless(lex.orth_) and lex.norm_ != stem(lex.orth_)
        }
        self._inert.choose_placeholder(lambda text: len(self.en.make_doc(text)))
        for table, matcher in ((en_fold, self._en_fold), (en_exact, self._en_exact), (zh, self._zh)):
            for term_id, patterns in table.items():
                matcher.add(term_id, patterns)

    def find(self, text: str, identifiers: Iterable[Match] | None = None) -> Iterator[Match]:
        """All matches in `text` (segments joined by newlines), in no particular order;
        `identifiers`: the identifier patterns' matches in it, when already found."""
        for base, chunk in _chunks(text):
            yield from self._find_chunk(chunk, base)
        # identifiers (DOI, ISBN, GB/T, application numbers) open a document
        yield from self.identifiers.find(text) if identifiers is None else identifiers

    def _find_chunk(self, chunk: str, base: int) -> Iterator[Match]:
        strings = self.en.vocab.strings
        # the same views of the text as the scanner's matcher (its own choices, not spaCy's)
        latin = latin_view(chunk, has_cjk(chunk))
        # numbers no form can match are not tokenised (`inert.py`); offsets are kept
        doc = self.en.make_doc(self._inert.mask(latin))
        for matcher in (self._en_fold, self._en_exact):
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                yield Match(self._terms[strings[match_id]], base + span.start_char, base + span.end_char)
        if has_cjk(chunk):
            zdoc = _char_doc(self.zh.vocab, cjk_view(chunk))
            zstrings = self.zh.vocab.strings
            for match_id, start, end in self._zh(zdoc):
                span = zdoc[start:end]
                yield Match(self._terms[zstrings[match_id]], base + span.start_char, base + span.end_char)


def _only_norm(vocab, norm: Callable[[str], str]) -> None:
    """Each new word's lexeme gets its NORM from `norm` and nothing else: the matchers read ORTH
    and NORM only, and spaCy's other 22 attribute functions (stop word, like a number, shape,
    prefix, …), called for every new word, were a third of building the matchers."""
    vocab.lex_attr_getters.clear()
    vocab.lex_attr_getters[NORM] = norm


def _char_doc(vocab, text: str) -> Doc:
    words, spaces = char_words(text)
    return Doc(vocab, words=words, spaces=spaces)
