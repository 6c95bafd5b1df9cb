"""Identifier patterns: one alternation of the patterns whose literals a text holds finds what
every pattern finds, and the quick and deep passes read the same matches."""

from pathlib import Path

from scanner.detect.literals import REGEX_CHARS
from scanner.types import Document, Location, Segment


def test_identifier_prefilter_finds_what_the_whole_alternation_finds(detector) -> None:
    """Patterns run only over text holding one of their literals; over the project's own texts
    (never the sealed sets) that finds exactly what running every pattern finds."""
    ids = detector.identifiers
    everything = ids._alternation(tuple(range(len(ids._alternatives))))
    root = Path(__file__).resolve().parents[2]
    dirs = [root / "corpora" / "text", root / "corpora" / "carriers-b", root / "samples"]
    files = sorted(p for d in dirs for p in d.rglob("*") if p.suffix in (".txt", ".md", ".eml", ".csv"))
    assert len(files) > 100
    found_any = 0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        head = text[:REGEX_CHARS]
        expected = {
            (ids._terms[int(m.lastgroup[1:])].id, m.start(), m.end())
            for m in everything.finditer(head)
            if m.end() > m.start() and m.lastgroup
        }
        expected |= {
            (term.id, m.start(), m.end())
            for term, pattern, _ in ids._separate
            for m in pattern.finditer(head)
            if m.end() > m.start()
        }
        got = {(m.term.id, m.start, m.end) for m in ids.find_in(head)}
        assert got == expected, path.name
        found_any += bool(expected)
    assert found_any > 10


def test_the_deep_pass_reads_the_matches_the_quick_pass_read(detector) -> None:
    """A document's identifiers are found once: the deep pass takes them from what the quick
    pass kept (`Prepared.identifiers`), and they are what a fresh search finds."""
    text = "Response to office action, application CN202310123456.7, see doi 10.1016/j.x.2020.1"
    doc = Document("note.txt", "text", "0" * 64, (Segment(text, Location(line=1)),))
    prepared = detector.prepare(doc)
    kept = prepared.identifiers(detector.identifiers)
    assert {m.term.id for m in kept} >= {"exc.app_number", "exc.doi"}
    assert prepared.identifiers(detector.identifiers) is kept
    assert [(m.term.id, m.start, m.end) for m in kept] == [
        (m.term.id, m.start, m.end) for m in detector.identifiers.find(prepared.text)
    ]
    found = {f.rule_id for f in detector.analyze(doc, prepared).findings}
    assert {"exc.app_number", "exc.doi"} <= found


def test_only_the_head_is_searched(detector) -> None:
    text = "x" * REGEX_CHARS + " doi 10.1016/j.jmmm.2020.166123"
    assert detector.identifiers.find(text) == []
    assert detector.identifiers.find(text[REGEX_CHARS:]) != []


def test_possible_terms_are_those_whose_literals_the_text_holds(detector) -> None:
    """`possible` (indexed by literal) names exactly the terms one of whose patterns has a
    literal the text holds, or needs none, and every term `find_in` matches."""
    from scanner.detect.literals import may_match

    ids = detector.identifiers
    root = Path(__file__).resolve().parents[2]
    files = sorted(p for p in (root / "corpora" / "text").rglob("*.txt"))[:200]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    texts += ["", "plain words", "GB/T 13560-2017 US 2019/0123456 A1"]
    for text in texts:
        head = text[:REGEX_CHARS]
        present = ids._literals.present(head)
        pairs = [*zip(ids._terms, ids._required, strict=True), *((t, r) for t, _, r in ids._separate)]
        expected = {t for t, required in pairs if may_match(required, present)}
        possible = ids.possible(head)
        assert possible == expected
        assert {m.term for m in ids.find_in(head)} <= possible
