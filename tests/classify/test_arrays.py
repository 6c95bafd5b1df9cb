"""The model stored as plain arrays: the same probabilities as the scikit-learn objects it was
exported from, and loading it never unpickles anything nor needs scikit-learn."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import io
import json
import pickle
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from scanner.classify import artifact
from scanner.classify.artifact import ModelError
from scanner.classify.features import DENSE_NAMES, dense_features, model_text
from scanner.classify.model import fit_models
from scanner.classify.train import load_corpus, samples_for
from scanner.config import ScanConfig
from scanner.pipeline import Scanner

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "models"

TEXTS = [
    "烧结钕铁硼：1060℃真空烧结4 h，二级回火500℃。",
    "Copper SX-EW: LIX 984N, O/A 1.2, loaded organic 5.2 g/L Cu.",
    "PrNd oxide price rose 3 % this week.",
    "P507 萃取分离 PrNd / Dy: 30-stage cascade, O/A 1.5, HCl 5.5 mol/L strip; 包头 REO 99.5 %",
    "ok",
]


@pytest.fixture(scope="module")
def fitted(small_corpus: Path, tmp_path_factory):
    """(scikit-learn models fitted on the small corpus, the same exported, saved and loaded
    back, [(text, dense)] of a handful of documents neither model saw)."""
    labels, split = load_corpus(small_corpus)
    rules = Scanner(dataclasses.replace(ScanConfig(), use_model=False))
    samples, _, _, _, _ = samples_for(rules, small_corpus, labels, split["train"])
    models = fit_models(samples)
    models.blend, models.review = 0.6, 0.46
    out = tmp_path_factory.mktemp("arrays")
    digest = rules.detector.lexicon.digest
    artifact.save(models.export(), out, {"lexicon_digest": digest})
    loaded = artifact.load(out, digest)
    docs = []
    for text in TEXTS:
        _, analysis = rules.scan_bytes_with_analysis("t.txt", text.encode())
        docs.append((model_text(analysis), dense_features(analysis)))
    for name in split["test"][::2]:
        _, analysis = rules.scan_bytes_with_analysis(name, (small_corpus / "docs" / name).read_bytes())
        if analysis is None:
            continue  # a container (an e-mail with attachments) is judged by its members
        docs.append((model_text(analysis), dense_features(analysis)))
    return models, loaded.models, docs


def _sklearn_probabilities(models, text: str, dense: list[float], float64: bool) -> dict[str, float]:
    space = models.space
    if float64:
        # the fitted vectorisers produce float32 (their dtype); the scanner computes the same
        # TF-IDF values in float64: make scikit-learn do so too, nothing else changes
        space = copy.deepcopy(space)
        space.chars.set_params(dtype=np.float64)
        space.words.set_params(dtype=np.float64)
    x = space.transform([text], np.asarray([dense], dtype=np.float64))
    return {name: float(head.predict_proba(x)[0, 1]) for name, head in models.heads.items()}


def test_array_model_gives_the_sklearn_probabilities(fitted) -> None:
    models, loaded, docs = fitted
    assert len(docs) >= 8
    assert loaded.heads == sorted(models.heads)
    worst = 0.0
    for text, dense in docs:
        got = loaded.probabilities(text, dense)
        want = _sklearn_probabilities(models, text, dense, float64=True)
        assert got.keys() == want.keys()
        for head in want:
            assert got[head] == pytest.approx(want[head], abs=1e-9, rel=0), (text[:40], head)
            worst = max(worst, abs(got[head] - want[head]))
        # scikit-learn's own float32 TF-IDF: the same numbers rounded to float32
        want32 = _sklearn_probabilities(models, text, dense, float64=False)
        assert got == pytest.approx(want32, abs=1e-6)
    assert worst < 1e-12


def test_array_model_keeps_blend_and_review(fitted) -> None:
    _, loaded, _ = fitted
    assert (loaded.blend, loaded.review) == (0.6, 0.46)


def test_analyzers_are_sklearn_analyzers(fitted) -> None:
    models, loaded, docs = fitted
    chars, words = loaded.blocks
    texts = [*TEXTS, *(t for t, _ in docs), "İstanbul  ÄÖÜ\tß x/y a+b CO2-free k-means 3D", "a b c"]
    for text in texts:
        assert chars.analyze(text) == models.space.chars.build_analyzer()(text)
        assert words.analyze(text) == models.space.words.build_analyzer()(text)
    assert chars.terms == list(models.space.chars.get_feature_names_out())
    assert words.terms == list(models.space.words.get_feature_names_out())


def test_strongest_features_agree_with_sklearn_coefficients(fitted) -> None:
    models, loaded, docs = fitted
    text, dense = docs[0]
    top = loaded.strongest_features(text, dense, "flag", top=5)
    coef = models.heads["flag"].calibrated_classifiers_[0].estimator.coef_[0]
    names = loaded.names()
    x = _space64_row(models, text, dense)
    for name, value in top:
        i = names.index(name.removesuffix(" (high)").removesuffix(" (low)"))
        assert value == pytest.approx(x[i] * coef[i], abs=1e-12)


def _space64_row(models, text: str, dense: list[float]) -> np.ndarray:
    space = copy.deepcopy(models.space)
    space.chars.set_params(dtype=np.float64)
    space.words.set_params(dtype=np.float64)
    return space.transform([text], np.asarray([dense])).toarray()[0]


# no pickle ------------------------------------------------------------------------------------


def test_shipped_model_files_are_plain_data() -> None:
    assert not (SHIPPED / artifact.OLD_PICKLE).exists()
    manifest = json.loads((SHIPPED / artifact.MANIFEST).read_text(encoding="utf-8"))
    params = json.loads((SHIPPED / artifact.PARAMS).read_text(encoding="utf-8"))
    assert params["format"] == manifest["format"] == artifact.FORMAT
    with zipfile.ZipFile(SHIPPED / artifact.ARRAYS) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            assert name.endswith(".npy") and data.startswith(b"\x93NUMPY"), name
            array = np.lib.format.read_array(io.BytesIO(data), allow_pickle=False)
            assert array.dtype.kind == "f" and not array.dtype.hasobject, name


def test_loading_uses_allow_pickle_false_and_never_pickle(monkeypatch) -> None:
    calls = []
    real_load = np.load

    def spy(*args, **kwargs):
        calls.append(kwargs)
        return real_load(*args, **kwargs)

    def refuse(*args, **kwargs):
        raise AssertionError("pickle used while loading the model")

    monkeypatch.setattr(np, "load", spy)
    for name in ("load", "loads", "Unpickler"):
        monkeypatch.setattr(pickle, name, refuse)
    manifest = json.loads((SHIPPED / artifact.MANIFEST).read_text(encoding="utf-8"))
    loaded = artifact.load(SHIPPED, manifest["lexicon_digest"])
    assert loaded is not None
    assert calls and all(kwargs.get("allow_pickle") is False for kwargs in calls)
    assert 0.0 <= loaded.models.probabilities(TEXTS[0], [0.0] * len(DENSE_NAMES))["flag"] <= 1.0


RAN: list[str] = []


def _ran() -> None:
    RAN.append("unpickled")


class _Payload:
    def __reduce__(self):
        return (_ran, ())


def test_pickled_array_is_refused_even_with_a_matching_hash(trained: Path, tmp_path: Path) -> None:
    """Someone who can rewrite the manifest too still cannot make loading run code."""
    target = tmp_path / "m"
    shutil.copytree(trained, target)
    with np.load(target / artifact.ARRAYS, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    buffer = io.BytesIO()
    np.savez(buffer, **{**arrays, "coef": np.asarray([_Payload()], dtype=object)})
    blob = buffer.getvalue()
    (target / artifact.ARRAYS).write_bytes(blob)
    manifest = json.loads((target / artifact.MANIFEST).read_text())
    manifest["files"][artifact.ARRAYS] = {"sha256": hashlib.sha256(blob).hexdigest(), "bytes": len(blob)}
    (target / artifact.MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match="usable model"):
        artifact.load(target, manifest["lexicon_digest"])
    assert RAN == []


def test_loading_and_predicting_need_no_scikit_learn() -> None:
    code = (
        "import sys, json\n"
        "sys.modules['sklearn'] = None  # importing scikit-learn now fails\n"
        "from pathlib import Path\n"
        "from scanner.classify import artifact\n"
        "from scanner.classify.features import DENSE_NAMES\n"
        f"d = Path({str(SHIPPED)!r})\n"
        "m = json.loads((d / artifact.MANIFEST).read_text(encoding='utf-8'))\n"
        "a = artifact.load(d, m['lexicon_digest'])\n"
        "p = a.models.probabilities('烧结钕铁硼 1060℃ sintering', [0.0] * len(DENSE_NAMES))\n"
        "assert set(p) == set(m['heads'])\n"
        "assert not any(k == 'sklearn' or k.startswith('sklearn.') for k in sys.modules if sys.modules[k])\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def _counted(block, text: str) -> tuple[list[int], list[float]]:
    """The definition the numpy counter must meet: `Counter` of the analyzer's n-grams, in its
    order, filtered by the vocabulary."""
    from collections import Counter

    counted = Counter(block.analyze(text)).items()
    pairs = [(block.vocabulary[g], float(c)) for g, c in counted if g in block.vocabulary]
    return [i for i, _ in pairs], [c for _, c in pairs]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "Nd",
        "NdFeB  sintering\n\t at 1060 °C",
        "真空烧结炉 烧结温度 1060℃，回火 900℃",
        "ＮｄＦｅＢ 磁體 燒結",  # full-width Latin, traditional Chinese
        "a\x00b\x00\x00c",  # NUL characters: a key of 0 would meet a shorter n-gram's
        "lone \ud800 surrogate \udfff here",
        "astral 𠀀𠀁 😀😀 plane",
        "aaaa aaaa aaaa",  # one n-gram many times
    ],
)
def test_char_counts_are_the_analyzers_counts_in_its_order(text: str) -> None:
    """The char block counts n-grams as integers in numpy; the counts and their order (which
    fixes the order of the floating-point sums after it) are those of the analyzer's n-grams."""
    from scanner.classify.arrays import TextBlock, char_ngrams

    grams = list(dict.fromkeys(char_ngrams(text + " NdFeB 烧结 x\x00y 😀")))
    vocabulary = [*grams[::2], "toolong", "ab" * 3]  # some n-grams, and terms no text splits into
    block = TextBlock("char", "char_ngrams", (1, 3), vocabulary, np.ones(len(vocabulary)))
    idx, tf = block._char_counts(text)
    assert (idx.tolist(), tf.tolist()) == _counted(block, text)


@pytest.mark.parametrize("analyzer", ["char_ngrams", "word"])
def test_the_shipped_blocks_count_every_corpus_text_as_the_analyzer_does(analyzer: str) -> None:
    manifest = json.loads((SHIPPED / artifact.MANIFEST).read_text(encoding="utf-8"))
    loaded = artifact.load(SHIPPED, manifest["lexicon_digest"])
    assert loaded is not None
    block = next(b for b in loaded.models.blocks if b.analyzer == analyzer)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora" / "text").rglob("*.txt"))[:150]]
    assert len(texts) == 150
    for text in texts:
        assert _block_counts(block, text) == _counted(block, text)


def _block_counts(block, text: str) -> tuple[list[int], list[float]]:
    """What the block counts, as `_counted` gives it."""
    if block.analyzer == "char_ngrams":
        idx, tf = block._char_counts(text)
        return idx.tolist(), tf.tolist()
    kept = [
        (block.vocabulary[g], float(c)) for g, c in block._word_counts(text).items() if g in block.vocabulary
    ]
    return [i for i, _ in kept], [c for _, c in kept]


WORD_PATTERN = r"(?u)\b[a-zA-Z][a-zA-Z0-9/+-]+\b"  # the shipped word block's


@pytest.mark.parametrize(
    "text",
    [
        "",
        "x",
        "vacuum sintering furnace at 1060 C then tempering",
        "Vacuum-Sintering / 1st-anneal; NdFeB+Dy sintering sintering furnace",
        "烧结 sintering 炉 furnace，回火 tempering",  # words split by Chinese characters
        "naïve café sintering furnace",  # non-ASCII letters: the str pattern's \b
        "a_b sintering_furnace 5mm sintering",  # underscores and digits beside letters
        "sintering\x00furnace",  # NUL between words
    ],
)
@pytest.mark.parametrize("ngrams", [(1, 1), (1, 2), (2, 2), (1, 3)])
def test_word_counts_are_the_analyzers_counts_in_its_order(text: str, ngrams: tuple[int, int]) -> None:
    """The word block skips n-grams whose first or last word begins or ends no term, and reads
    ASCII text with the pattern over bytes; what it counts, and in which order, is the
    analyzer's."""
    from scanner.classify.arrays import TextBlock

    vocabulary = ["sintering", "furnace", "sintering furnace", "vacuum sintering furnace", "tempering", "x y"]
    block = TextBlock(
        "word", "word", ngrams, vocabulary, np.ones(len(vocabulary)), token_pattern=WORD_PATTERN
    )
    assert _block_counts(block, text) == _counted(block, text)


def test_a_terms_key_is_its_last_gram_key() -> None:
    """The vocabulary's keys are made in plain integers; they are the numpy n-gram keys of the
    whole term, for every 1- to 3-character term of the shipped model and for odd characters."""
    from scanner.classify.arrays import _code_points, _gram_keys, _term_key

    manifest = json.loads((SHIPPED / artifact.MANIFEST).read_text(encoding="utf-8"))
    loaded = artifact.load(SHIPPED, manifest["lexicon_digest"])
    assert loaded is not None
    block = next(b for b in loaded.models.blocks if b.analyzer == "char_ngrams")
    odd = ["\x00", "a\x00", "\ud800", "x\udfffy", "𠀀", "😀😀", "\U0010ffff" * 3]
    terms = [t for t in block.terms if 1 <= len(t) <= 3] + odd
    assert len(terms) > 1000
    for term in terms:
        assert _term_key(term) == int(_gram_keys(_code_points(term))[-1]), repr(term)


@pytest.mark.parametrize("count", [0, 1, 7, 300, 20_000])
def test_the_gram_table_finds_each_key_and_nothing_else(count: int) -> None:
    """Every vocabulary key is found at its place among the sorted keys, and a gram that is no
    key is not."""
    from scanner.classify.arrays import GramTable

    rng = np.random.default_rng(count)
    keys = np.unique(rng.integers(1, 2**62, size=count, dtype=np.int64))
    table = GramTable.build(keys)
    assert np.array_equal(table.lookup(keys), np.arange(len(keys)))
    others = rng.integers(1, 2**62, size=5_000, dtype=np.int64)
    others = others[~np.isin(others, keys)]
    assert (table.lookup(others) == -1).all()
    mixed = np.concatenate([others[:50], keys[::3], others[50:100]])
    expected = np.concatenate([np.full(50, -1), np.arange(len(keys))[::3], np.full(len(others[50:100]), -1)])
    assert np.array_equal(table.lookup(mixed), expected)


def test_the_gram_table_probes_past_keys_that_share_a_home_slot() -> None:
    """Sixteen keys with one home slot fill a run of sixteen slots: each is found, and a gram
    with that home that is no key is looked for to the end of the run and not found."""
    from scanner.classify.arrays import GramTable, _slots

    shift = GramTable.build(np.arange(1, 17, dtype=np.int64)).shift  # the table of 16 keys
    pool = np.random.default_rng(5).integers(1, 2**62, size=200_000, dtype=np.int64)
    home = _slots(pool, shift)
    same = np.unique(pool[home == home[0]])
    assert len(same) >= 20
    keys = np.sort(same[:16])
    table = GramTable.build(keys)
    assert table.shift == shift
    assert np.array_equal(table.lookup(keys), np.arange(16))
    assert (table.lookup(same[16:]) == -1).all()


@pytest.mark.parametrize(
    "text", ["", " ", "a", "  a  b\t\n c ", "\x1c\x85x\u2028\u3000y\xa0", "中 文\r\n", "\n\n"]
)
def test_squeeze_space_is_the_white_space_substitution(text: str) -> None:
    from scanner.classify.arrays import squeeze_space

    assert squeeze_space(text) == re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("text", TEXTS)
def test_linear_logits_are_the_carrier_heads_probabilities(text: str) -> None:
    """The quick pass reasons over sigmoid(c + k · x) for raw rule features x; for any x that
    is each head's probability as `probabilities` computes it (asked twice: the per-row
    constants are worked out once and kept)."""
    manifest = json.loads((SHIPPED / artifact.MANIFEST).read_text(encoding="utf-8"))
    loaded = artifact.load(SHIPPED, manifest["lexicon_digest"])
    assert loaded is not None
    models = loaded.models
    heads = [h for h in models.heads if h.startswith("carrier:")]
    rng = np.random.default_rng(3)
    for _ in range(2):
        logits = models.linear_logits(text, heads)
        assert logits is not None and set(logits) == set(heads)
        for dense in (np.zeros(len(DENSE_NAMES)), rng.uniform(0, 3, len(DENSE_NAMES))):
            probs = models.probabilities(text, list(dense))
            for head, (c, k) in logits.items():
                assert 1 / (1 + np.exp(-(c + float(k @ dense)))) == pytest.approx(probs[head], abs=1e-12)


def test_unordered_vectors_hold_the_same_features_and_values() -> None:
    """The quick pass's TF-IDF values (`TextBlock.unordered`) are `vector`'s, in another order:
    the same features, the same counts, each value within rounding of the ordered sums."""
    manifest = json.loads((SHIPPED / artifact.MANIFEST).read_text(encoding="utf-8"))
    loaded = artifact.load(SHIPPED, manifest["lexicon_digest"])
    assert loaded is not None
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora" / "text").rglob("*.txt"))[:60]]
    for block in loaded.models.blocks:
        for text in [*TEXTS, "", "   ", *texts]:
            idx, val = block._vector(text)
            block._memo.clear()
            uidx, uval = block.unordered(text)
            assert sorted(idx.tolist()) == sorted(uidx.tolist())
            ordered = dict(zip(idx.tolist(), val.tolist(), strict=True))
            for i, v in zip(uidx.tolist(), uval.tolist(), strict=True):
                assert v == pytest.approx(ordered[i], rel=1e-12)
