"""The two-stage scan's quick pass: it says "no stage or anchor term here" only where the deep pass
finds none, and a document it clears gets the verdict the deep pass gives."""

import dataclasses
import importlib.util
import random
from pathlib import Path

import numpy as np
import pytest

from scanner.config import ScanConfig, Thresholds
from scanner.detect.analyze import Detector
from scanner.detect.quick import SCORING_SETS
from scanner.pipeline import Scanner, is_quick
from scanner.types import Document, Location, Segment, Skip, Verdict
from tests.conftest import REAL_WORLD

ROOT = Path(__file__).resolve().parents[2]


def _may_score(detector: Detector, text: str) -> bool:
    doc = Document("note.txt", "text", "0" * 64, (Segment(text, Location(line=1)),))
    return detector.quick.may_score(detector.prepare(doc).text)


@pytest.mark.parametrize(
    ("text", "may_score"),
    [
        # should say "maybe": a stage or anchor term, inflected, glued, spaced, traditional
        ("the green compacts were sintered at 1060 C", True),
        ("SINTERING FURNACE LOG", True),
        ("we recycle NdFeB swarf", True),
        ("稀土 氧化物", True),
        ("稀 土", True),  # spaCy matches Chinese character by character, across spaces
        ("燒結 溫度", True),  # traditional, read as simplified
        ("钕铁硼磁体", True),
        ("NdFeB磁体的晶界扩散", True),
        ("magnet grade N52SH", True),
        ("rare-earth", True),
        ("Rare\nearth elements", True),
        # should say "no": ordinary office text, numbers, codes
        ("quarterly budget meeting: invoices, travel and the canteen", False),
        ("item quantity note review 134 Safety minutes", False),
        ("2026-03-14 10:22 order 5566 delivered", False),
        ("本季度预算会议纪要：差旅、食堂与发票", False),
        ("", False),
    ],
)
def test_quick_pass_table(detector: Detector, text: str, may_score: bool) -> None:
    assert _may_score(detector, text) is may_score


def _findings(detector: Detector, text: str) -> list[str]:
    doc = Document("note.txt", "text", "0" * 64, (Segment(text, Location(line=1)),))
    return [f.rule_id for f in detector.analyze(doc).findings if f.kind in SCORING_SETS]


def _texts() -> list[str]:
    dirs = [ROOT / "corpora" / "text", ROOT / "corpora" / "coded-sheets", ROOT / "corpora" / "carriers-a"]
    suffixes = (".txt", ".csv", ".md", ".nc", ".eml")
    files = sorted(p for d in dirs for p in d.rglob("*") if p.suffix in suffixes)
    return [p.read_text(encoding="utf-8", errors="replace") for p in files]


def _texts_and_lines(first: int) -> list[str]:
    """The project's texts, and the lines of the `first` of them one by one."""
    texts = _texts()
    return [*texts, *(line for text in texts[:first] for line in text.splitlines() if line.strip())]


def _soups(
    rng: random.Random,
    n: int,
    terms: list,
    fillers: list[str],
    odds: tuple[float, float],
    joiners: list[str],
) -> list[str]:
    """`n` texts of six pieces: a Latin form of `terms` inflected or cased (below odds[0]), a
    Chinese form (below odds[1]) or a filler, joined by one of `joiners`."""
    forms = [f for t in terms for f in t.forms if f and f.isascii()]
    zh = [f for t in terms for f in t.forms if f and not f.isascii()]
    soups = []
    for _ in range(n):
        parts = []
        for _ in range(6):
            pick = rng.random()
            if pick < odds[0]:
                f = rng.choice(forms)
                parts.append(rng.choice([f, f.upper(), f.title(), f + "s", f + "ed", f + "ing"]))
            elif pick < odds[1]:
                parts.append(rng.choice(zh))
            else:
                parts.append(rng.choice(fillers))
        soups.append(rng.choice(joiners).join(parts))
    return soups


@pytest.mark.parametrize(
    "text",
    [
        "5mm 10kg a5b6 ok",
        "h2so4 and nd2fe14b, 1080c x",
        "",
        "no digits here",
        "١٢abc ²x 3½cm",
        "cannot 5mm-wide",
    ],
)
def test_a_texts_words_are_those_of_the_text_split_at_digit_letter_places(
    detector: Detector, text: str
) -> None:
    """`_words` splits only the distinct words that hold a digit before a letter; that gives
    the words of the whole text read again with a space at every such place."""
    from scanner.detect.quick import _DIGIT_LETTER, _WORD

    quick = detector.quick
    words = quick._words(text)
    naive = set(_WORD.findall(text)) | set(_WORD.findall(_DIGIT_LETTER.sub(" ", text)))
    for w in naive & quick._split.keys():
        naive.update(p for piece in quick._split[w] for p in _WORD.findall(piece))
    assert words == naive


def test_quick_pass_never_misses_what_the_deep_pass_finds(detector: Detector) -> None:
    """Over the project's texts, their lines one by one, and soups of lexicon forms inflected,
    cased and glued every which way: wherever the deep pass finds a stage or anchor term, the
    quick pass says "maybe"."""
    terms = [t for t in detector.lexicon.terms if t.set in SCORING_SETS]
    fillers = ["budget", "the", "cannot", "5mm", "(", "2:17", "-", "/", "12", "schedule", "稀", "会议"]
    soups = _soups(random.Random(5), 400, terms, fillers, (0.35, 0.5), [" ", "", "\n", "-"])
    cleared = 0
    for text in [*_texts_and_lines(200), *soups]:
        if not _may_score(detector, text):
            cleared += 1
            assert _findings(detector, text) == [], text[:300]
    assert cleared > 100  # the test exercises the "no" side, not only "maybe"


@pytest.fixture(scope="module")
def deep(scanner: Scanner) -> Scanner:
    return Scanner(ScanConfig(quick=False))


OFFICE = "Quarterly budget review\nInvoices from the supplier, travel and the canteen.\nNext meeting: Monday."


def test_a_quick_verdict_is_the_deep_verdict(scanner: Scanner, deep: Scanner) -> None:
    quick = scanner.scan_bytes("budget.txt", OFFICE.encode())
    full = deep.scan_bytes("budget.txt", OFFICE.encode())
    assert quick.verdict == full.verdict == "clear"
    fields = ("control_codes", "categories", "magnet_types", "exclusion", "category_scores", "language")
    assert [getattr(quick, f) for f in fields] == [getattr(full, f) for f in fields]
    assert quick.reasons[0].startswith("quick pass: no rare-earth stage or anchor term")
    assert quick.score == 0.0 and quick.evidence == ()
    assert not full.reasons[0].startswith("quick pass")
    assert any(e.kind == "context" for e in full.evidence)  # the deep pass lists the trade context


def test_what_was_not_read_still_sends_a_quick_verdict_to_review(scanner: Scanner) -> None:
    doc = Document(
        "scan.pdf",
        "pdf",
        "0" * 64,
        (Segment(OFFICE, Location(page=1)),),
        skipped=(Skip("not-inspected", "page 2", "a picture without OCR"),),
    )
    verdict, _ = scanner._judge(doc)
    assert verdict.verdict == "review"
    assert verdict.reasons[0].startswith("quick pass")
    assert any(r.startswith("not inspected:") for r in verdict.reasons)


def test_a_document_with_a_stage_term_gets_the_deep_pass(scanner: Scanner) -> None:
    verdict = scanner.scan_bytes("log.txt", "烧结炉 1060 ℃ 保温 4 h，钕铁硼毛坯".encode())
    assert not verdict.reasons[0].startswith("quick pass")
    assert dict(verdict.category_scores)["magnet-manufacturing"] > 0
    assert verdict.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Steel works - environmental monitoring report, Q3 2024\nStack 1: dust 12 mg/Nm3 against an "
        "emission limit of 20 mg/Nm3; compliant.\nOutfall 2: solids 18 mg/L, permit limit 30 mg/L.\n",
        "某钢铁公司 2024年第三季度自行监测报告\n排气筒 颗粒物 8 mg/m3 (限值 20) 达标\n"
        "总排口 COD 35 mg/L (限值 50) 达标\n",
        "Ferrite magnets - product range\nY30: Br 0.38 T, HcJ 240 kA/m. Custom sizes on request.\n",
    ],
)
def test_a_kind_of_document_gets_the_deep_pass(
    detector: Detector, scanner: Scanner, deep: Scanner, text: str
) -> None:
    """A monitoring report or a datasheet carries a weakening context of its own
    (`detect/kinds.py`) that the quick pass's feature range does not hold: it stands down."""
    assert detector.quick.look(text).may_score
    _same(scanner.scan_bytes("a.txt", text.encode()), deep.scan_bytes("a.txt", text.encode()))


def test_the_quick_pass_stands_down_where_the_model_alone_could_reach_review(scanner: Scanner) -> None:
    low = dataclasses.replace(scanner.config, thresholds=Thresholds(review=0.1), review_from_model=False)
    assert Scanner(low).quick is False
    assert scanner.quick is True
    assert Scanner(ScanConfig(quick=False)).quick is False


def _corpus_sample(step: int = 4) -> list[Path]:
    files = sorted((ROOT / "corpora" / "text" / "docs").iterdir())
    return [p for p in files[::step] if p.is_file()]


FIELDS = ("verdict", "control_codes", "categories", "magnet_types", "exclusion", "carrier", "language")


def _same(fast: Verdict, full: Verdict) -> None:
    assert [getattr(fast, f) for f in FIELDS] == [getattr(full, f) for f in FIELDS], full.path
    assert fast.category_scores == full.category_scores and fast.skipped == full.skipped, full.path


@pytest.fixture(scope="module")
def office_mix(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 files of the sweep benchmark's office mix (text, CSV, DOCX, XLSX, PPTX, PDF, NC, DXF,
    zips, e-mails; a few controlled)."""
    spec = importlib.util.spec_from_file_location("bench_sweep", ROOT / "benchmarks" / "bench_sweep.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    root = tmp_path_factory.mktemp("mix")
    bench.generate(root, 120)
    return root


def test_quick_verdicts_equal_deep_verdicts_on_the_corpus(
    scanner: Scanner, deep: Scanner, office_mix: Path
) -> None:
    """Every field the evaluations measure, carrier included, is the deep pass's: on a sample of
    the labelled corpus, an office mix and public spreadsheets, containers and their members
    too (a container takes the carrier of its highest-scoring part: its members are judged
    quickly only where their scores cannot choose it, `Scanner._members`)."""
    quick = 0
    for path in _corpus_sample():
        data = path.read_bytes()
        fast, full = scanner.scan_bytes(path.name, data), deep.scan_bytes(path.name, data)
        _same(fast, full)
        quick += is_quick(fast)
    roots = [str(office_mix)] + ([str(REAL_WORLD / "xlsx")] if REAL_WORLD.is_dir() else [])
    fast_all = list(scanner.scan_paths(roots))
    full_all = list(deep.scan_paths(roots))
    assert [v.path for v in fast_all] == [v.path for v in full_all]
    members = 0
    for fast, full in zip(fast_all, full_all, strict=True):
        _same(fast, full)
        quick += is_quick(fast)
        members += is_quick(fast) and "!" in fast.path
    assert quick >= 30
    assert members >= 3  # the zips' members


def _email(body: str, attachment: bytes | None = None) -> bytes:
    import email.policy
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "li.wei@example.com"
    message["To"] = "partner@example.org"
    message["Subject"] = "Next week"
    message.set_content(body)
    if attachment is not None:
        message.add_attachment(attachment, maintype="text", subtype="plain", filename="notes.txt")
    return message.as_bytes(policy=email.policy.SMTP)


CONTROLLED = "Vacuum sintering of NdFeB green compacts at 1060 ℃ for 4 h, then tempering at 900 ℃ for 2 h."


@pytest.mark.parametrize(
    ("body", "attachment", "quick"),
    [
        (OFFICE, None, True),  # a message and nothing else: its verdict is the message's
        # beside an attachment: both judged quickly (a clear e-mail is an e-mail, whatever its
        # parts score), the container's reasons name the part it takes its verdict from
        (OFFICE, OFFICE.encode(), True),
        (CONTROLLED, None, False),  # a stage term: the deep pass
    ],
)
def test_an_email_alone_is_judged_quickly(
    scanner: Scanner, deep: Scanner, body: str, attachment: bytes | None, quick: bool
) -> None:
    data = _email(body, attachment)
    fast, full = scanner.scan_bytes_all("mail.eml", data), deep.scan_bytes_all("mail.eml", data)
    assert [v.path for v in fast] == [v.path for v in full]
    for a, b in zip(fast, full, strict=True):
        _same(a, b)
    assert any(is_quick_reason(r) for r in fast[0].reasons) is quick
    assert fast[0].carrier == ("email" if body == OFFICE else full[0].carrier)


def is_quick_reason(reason: str) -> bool:
    """A container's reasons quote its worst part's, prefixed with the part's path."""
    return "quick pass:" in reason


def test_an_email_inside_a_zip_is_judged_in_full(scanner: Scanner) -> None:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mail.eml", _email(OFFICE))
    verdicts = scanner.scan_bytes_all("mails.zip", out.getvalue())
    assert not any(is_quick_reason(r) for v in verdicts for r in v.reasons)


def test_the_rule_features_lie_in_the_quick_box(scanner: Scanner) -> None:
    """The range `feature_box` gives holds the features the deep pass computes, over runs of
    lines of the project's texts that hold no stage or anchor term."""
    from scanner.classify.features import dense_features
    from scanner.policy.quick import feature_box
    from scanner.policy.scoring import HEAD_CHARS

    detector = scanner.detector
    boxed = sure = 0
    for text in _texts()[:300]:
        lines = text.splitlines()
        # runs of 6 lines, and of 40 (longer than the opening where weakening context counts more)
        for start, size in [
            *((s, 6) for s in range(0, len(lines), 6)),
            *((s, 40) for s in range(0, len(lines), 40)),
        ]:
            chunk = "\n".join(lines[start : start + size])
            doc = Document("note.txt", "text", "0" * 64, (Segment(chunk, Location(line=1)),))
            prepared = detector.prepare(doc)
            look = detector.quick.look(prepared.text, head=HEAD_CHARS)
            if look.may_score:
                continue
            analysis = detector.analyze(doc, prepared)
            x = np.asarray(dense_features(analysis))
            values = list(detector.values.find(analysis.text))
            lo, hi = feature_box(look.candidates, analysis.language, lambda v=values: v, look)
            assert np.all(lo <= x + 1e-12) and np.all(x <= hi + 1e-12), chunk
            lo, hi = feature_box(look.candidates, analysis.language, look=look)
            assert np.all(lo <= x + 1e-12) and np.all(x <= hi + 1e-12), chunk
            boxed += 1
            sure += bool(look.sure)
    assert boxed >= 200
    assert sure >= 5  # the lower bound of the weakening context is exercised


def _feature_findings(detector: Detector, text: str) -> set[str]:
    from scanner.detect.quick import FEATURE_SETS

    doc = Document("note.txt", "text", "0" * 64, (Segment(text, Location(line=1)),))
    return {f.rule_id for f in detector.analyze(doc).findings if f.kind in FEATURE_SETS}


def _candidates(detector: Detector, text: str) -> set[str] | None:
    doc = Document("note.txt", "text", "0" * 64, (Segment(text, Location(line=1)),))
    look = detector.quick.look(detector.prepare(doc).text)
    return None if look.may_score else {t.id for t in look.candidates}


@pytest.mark.parametrize(
    ("text", "term", "candidate"),
    [
        # a form of several words is a candidate only when the text holds each of its words
        ("response to the office action of 3 May", "exc.prosecution", True),
        ("Office Actions received", "exc.prosecution", True),
        # … and only where they stand next to each other, as the phrase matcher needs them
        ("office supplies and action items", "exc.prosecution", False),
        # a superset: a hyphen is let through (a line glued by hyphens reads them as spaces)
        ("office-action", "exc.prosecution", True),
        ("office--action", "exc.prosecution", False),  # two are a token between them
        ("offices, actions", "exc.prosecution", False),  # so is a comma
        ("the Office\nAction", "exc.prosecution", True),  # a line wrapped between them
        ("office supplies for the canteen", "exc.prosecution", False),
        # an identifier pattern is a candidate only where it matches
        ("see doi 10.1016/j.jmmm.2020.166123", "exc.doi", True),
        ("invoice 10.50 EUR, order 1016", "exc.doi", False),
        ("application CN202310123456.7 filed", "exc.app_number", True),
        ("amount 1234.56, quantity 7", "exc.app_number", False),
    ],
)
def test_feature_candidates_table(detector: Detector, text: str, term: str, candidate: bool) -> None:
    found = _candidates(detector, text)
    assert found is not None
    assert (term in found) is candidate


def test_feature_candidates_hold_what_the_deep_pass_finds(detector: Detector) -> None:
    """Wherever the quick pass says a text holds no scoring term, every context, exclusion,
    other-material and carrier term the deep pass finds in it is among the candidates: over the
    project's texts, their lines, and soups of those sets' forms inflected and glued."""
    from scanner.detect.quick import FEATURE_SETS

    terms = [t for t in detector.lexicon.terms if t.set in FEATURE_SETS]
    fillers = ["budget", "the", "cannot", "5mm", "(", "doi", "10.1016/x.1", "-", "/", "12", "会议", "action"]
    soups = _soups(random.Random(11), 300, terms, fillers, (0.4, 0.55), [" ", "\n", "-", ", "])
    checked = 0
    for text in [*_texts_and_lines(150), *soups]:
        found = _candidates(detector, text)
        if found is None:
            continue
        missing = _feature_findings(detector, text) - found
        assert not missing, (missing, text[:300])
        checked += 1
    assert checked > 300


def _sure(detector: Detector, text: str) -> set[str] | None:
    doc = Document("note.txt", "text", "0" * 64, (Segment(text, Location(line=1)),))
    look = detector.quick.look(detector.prepare(doc).text)
    return None if look.may_score else {t.id for t in look.sure}


@pytest.mark.parametrize(
    ("text", "sure"),
    [
        ("customer list for March", {"ctx.customer"}),
        ("CUSTOMERS and their invoices", {"ctx.customer", "ctx.payment"}),  # case, inflection
        ("customer's order", set()),  # not a word alone: spaCy splits it, but not for certain here
        ("customer123 order", set()),  # one token that is no form
        ("(customer) list", set()),
        ("客户customer名单", set()),  # glued to Chinese
        ("customer list; shaft alignment of the fan", set()),  # clause b: sections may be judged
        ("budget meeting minutes", set()),  # nothing weakening
    ],
)
def test_weakening_context_found_for_certain_table(detector: Detector, text: str, sure: set[str]) -> None:
    assert _sure(detector, text) == sure


@pytest.mark.parametrize(
    ("text", "term", "opening"),
    [
        ("Quote: $12/lb, shipped.", "ctx.spot", True),  # a pattern's match: none of the form words
        ("Minutes of the meeting.\n" + "Budget review. " * 40 + "\nStudent canteen.", "ctx.teaching", False),
        ("Student canteen.\n" + "Budget review. " * 40, "ctx.teaching", True),
    ],
)
def test_what_may_stand_in_the_opening(detector: Detector, text: str, term: str, opening: bool) -> None:
    """A weakening context term counts double in the first HEAD_CHARS characters: the quick
    pass leaves that out only for a term none of whose words stands there and that has no
    pattern."""
    from scanner.policy.scoring import HEAD_CHARS

    doc = Document("memo.txt", "text", "0" * 64, (Segment(text, Location(line=1)),))
    look = detector.quick.look(detector.prepare(doc).text, head=HEAD_CHARS)
    assert not look.may_score
    assert term in {t.id for t in look.candidates}
    assert look.opening is not None and (term in {t.id for t in look.opening}) is opening


@pytest.mark.parametrize(
    ("text", "opening"), [("x" * 395 + " students", True), ("x" * 400 + " students", False)]
)
def test_the_opening_is_read_to_the_end_of_the_word_the_cut_falls_in(
    detector: Detector, text: str, opening: bool
) -> None:
    weaken = frozenset(t for t in detector.lexicon.terms if t.set == "context" and t.category == "weaken")
    found = {t.id for t in detector.quick._opening(text, 400, weaken)}
    assert ("ctx.teaching" in found) is opening


def test_weakening_context_found_for_certain_is_found_by_the_deep_pass(detector: Detector) -> None:
    """Every term the quick pass counts on (`Look.sure`) is among the deep pass's context
    findings: over the project's texts, their lines, and soups of context forms glued and cased
    every which way."""
    terms = [t for t in detector.lexicon.terms if t.set == "context"]
    fillers = ["budget", "the", "cannot", "5mm", "(", "customer's", "-", "/", "12", "会议", "order", "sales"]
    soups = _soups(random.Random(13), 400, terms, fillers, (0.45, 0.55), [" ", "\n", "-", ", ", "\t"])
    checked = 0
    for text in [*_texts_and_lines(150), *soups]:
        sure = _sure(detector, text)
        if not sure:
            continue
        missing = sure - _feature_findings(detector, text)
        assert not missing, (missing, text[:300])
        checked += 1
    assert checked > 50


def test_in_a_long_text_the_literals_of_a_pattern_decide(detector: Detector) -> None:
    """Beyond EXACT_CHARS the identifier search would cost more than it saves: a pattern whose
    literals the text holds is a candidate whether it matches or not (a superset still)."""
    from scanner.detect.quick import EXACT_CHARS

    short = "invoice 10.5000 EUR, order 1016"  # "10.5000" holds the DOI literal (10.DDDD)
    long = short + " budget" * (EXACT_CHARS // 7 + 1)
    assert "exc.doi" not in (_candidates(detector, short) or set())
    assert "exc.doi" in (_candidates(detector, long) or set())


def test_the_shipped_tokenizer_exceptions_are_the_installed_spacys(monkeypatch) -> None:
    """The quick pass reads spaCy's English exceptions from a shipped copy (no spaCy import for a
    file it judges); the copy must be what the installed spaCy gives, and a copy from another
    spaCy version is not used. (The order of spaCy's exceptions follows string hashing, so it
    varies between processes; no two of them that the quick pass folds together differ.)"""
    import json
    from importlib.metadata import version

    from scanner.detect import quick

    data = json.loads(quick.SHIPPED_EXCEPTIONS.read_text(encoding="utf-8"))
    assert data["spacy"] == version("spacy"), "run python tools/spacy_data.py"
    live = quick.live_exceptions()
    shipped = quick.shipped_exceptions()
    assert shipped == live
    folded: dict[str, tuple[str, ...]] = {}
    for orth, pieces in live.items():
        split = tuple(piece.lower() for piece, _ in pieces)
        assert folded.setdefault(orth.lower(), split) == split or len(pieces) == 1, orth
    assert quick.spacy_exceptions() == live
    import importlib.metadata

    monkeypatch.setattr(importlib.metadata, "version", lambda name: "0.0")
    assert quick.shipped_exceptions() is None
    assert quick.spacy_exceptions() == live


def test_a_quick_scan_of_one_file_does_not_import_spacy(tmp_path) -> None:
    import subprocess
    import sys

    memo = tmp_path / "memo.txt"
    memo.write_text(OFFICE, encoding="utf-8")
    code = (
        "import sys, runpy; sys.argv = ['scanner', 'scan', sys.argv[1], '--no-cache', '-q', '-j', '1'];"
        "import atexit; atexit.register(lambda: print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY',"
        " file=sys.stderr)); runpy.run_module('scanner', run_name='__main__')"
    )
    done = subprocess.run([sys.executable, "-c", code, str(memo)], capture_output=True, text=True, cwd=ROOT)
    assert "NO-SPACY" in done.stderr, done.stderr[-2000:]
    assert "clear" in done.stdout


@pytest.mark.parametrize(
    "text",
    ["", "a", "5mm and 10 um", "snake_case-word, x/y: 3.5e-2\t\nend", "__", "a_b_c", "\x00\x7f~!", "ABC def"],
)
def test_ascii_words_are_the_word_pattern_s(text: str) -> None:
    from scanner.detect.quick import _WORD, _ascii_words

    assert _ascii_words(text) == set(_WORD.findall(text))


def test_ascii_words_agree_on_every_ascii_character() -> None:
    from scanner.detect.quick import _WORD, _ascii_words

    every = "".join(chr(c) for c in range(128))
    text = " ".join(every[i : i + 3] for i in range(128)) + every
    assert _ascii_words(text) == set(_WORD.findall(text))
