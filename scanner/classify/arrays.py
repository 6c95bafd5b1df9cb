"""The learned model as plain data, and its predictions computed with numpy alone.

`scanner train` fits scikit-learn objects (model.py) and exports them to this form: term lists,
n-gram settings, rule-feature scaling, calibration parameters and blend settings (JSON), and
idf weights, coefficients and intercepts (numeric arrays). Prediction repeats what the fitted
objects compute, so the model loads on any scikit-learn version (or none) and loading it never
unpickles anything:

- TF-IDF of each text block as `TfidfVectorizer(sublinear_tf=True, norm="l2")` computes it:
  count the block's n-grams that are in its vocabulary, weight each (1 + ln tf) × idf, divide
  by the block's Euclidean norm. Character block: `char_ngrams` below (the fitted vectoriser's
  analyzer). Word block: lower-cased text, `token_pattern` tokens, then n-grams joined by a
  space, as scikit-learn's word analyzer builds them;
- the rule detectors' numbers standardised as `StandardScaler` does, ((x − mean) / scale),
  times the rule-feature weight;
- for each head, the logistic regression's decision function w·x + c, then the sigmoid
  calibration of `CalibratedClassifierCV(method="sigmoid")`, 1 / (1 + exp(a × d + b)); where a
  head has several calibrated classifiers (cross-validation folds), their probabilities are
  averaged as `predict_proba` does.

The TF-IDF values are computed in float64, as the scanner's own fast path always did, so the
stored model gives exactly the probabilities the pickled one gave. scikit-learn's vectorisers
(fitted with dtype float32) give the same values rounded to float32, which moves a probability
by about 1e-9; set to float64, `predict_proba` agrees with this to about 1e-16.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

FORMAT = 2
#: texts whose TF-IDF vectors a block remembers
VECTOR_MEMO = 8


def squeeze_space(text: str) -> str:
    """`text` with each run of white space read as one space, as `re.sub(r"\\s+", " ", text)`
    gives it (str.split splits at the characters \\s matches) in a third of its time."""
    squeezed = " ".join(text.split())
    if text[:1].isspace():
        squeezed = " " + squeezed
    if text[-1:].isspace() and squeezed != " ":
        squeezed += " "
    return squeezed


def char_ngrams(text: str) -> list[str]:
    """Character 1- to 3-grams of the lower-cased text, runs of white space read as one space:
    for Chinese, whose words are not separated, these are the words. Written as list
    comprehensions (C speed): scikit-learn's own char analyzer appends one n-gram at a time and
    was most of the model's cost."""
    t = squeeze_space(text.lower())
    return [
        *t,
        *[t[i : i + 2] for i in range(len(t) - 1)],
        *[t[i : i + 3] for i in range(len(t) - 2)],
    ]


CHAR_NGRAM_RANGE = (1, 3)  # what char_ngrams produces


#: below this many n-grams a text's counts are sorted out (`np.unique`), not counted over the
#: whole vocabulary (`np.bincount`): the same values in the same order, 30 µs less for a memo
_FEW_GRAMS = 1500

_NOTHING: frozenset[str] = frozenset()
_NO_KEYS = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
_NO_COUNTS = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))


def _code_points(text: str) -> np.ndarray:
    """The code points of `text`, plus one (a lone surrogate as its own value): from 1 to
    0x110000, below 2**21, and never 0."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64) + 1


def _gram_keys(codes: np.ndarray) -> np.ndarray:
    """Every 1-gram, then every 2-gram, then every 3-gram of the code points, each as one
    integer of 21 bits a character. No code point is 0, so an n-gram's key lies between 2**(21
    (n - 1)) and 2**(21 n): keys of different lengths never meet, and a 3-gram fits in 63 bits."""
    parts = [codes]
    if len(codes) >= 2:
        parts.append((codes[:-1] << 21) | codes[1:])
    if len(codes) >= 3:
        parts.append((codes[:-2] << 42) | (codes[1:-1] << 21) | codes[2:])
    return np.concatenate(parts)


def _term_key(term: str) -> int:
    """`_gram_keys(_code_points(term))[-1]` for a term of 1 to 3 characters (the key of the
    whole term), in plain integers: numpy's per-call cost was most of loading the model."""
    key = 0
    for ch in term:
        key = (key << 21) | (ord(ch) + 1)
    return key


def _char_vocabulary(terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The 1- to 3-character terms as sorted `_gram_keys` integers, and each one's feature
    index."""
    chosen = [(i, t) for i, t in enumerate(terms) if 1 <= len(t) <= 3]
    keys = np.array([_term_key(t) for _, t in chosen], dtype=np.int64)
    positions = np.array([i for i, _ in chosen], dtype=np.int64)
    order = np.argsort(keys, kind="stable")
    return keys[order], positions[order]


#: Fibonacci hashing's multiplier (2**64 / the golden ratio, odd)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True)
class GramTable:
    """The vocabulary's n-gram keys in an open-addressing hash table (linear probing), so that
    each n-gram of a text is looked up with a few array gathers instead of a binary search or
    a sort: `places` gives each key's place among the sorted keys, as `np.searchsorted` would
    for a key that is there. Keys are never 0 (`_gram_keys`), which marks an empty slot."""

    keys: np.ndarray  # int64, one per slot; 0 for an empty slot
    places: np.ndarray  # int64, the key's place among the sorted vocabulary keys
    shift: np.uint64  # 64 − log2(slots): a hash is the top bits of key × _GOLDEN

    @classmethod
    def build(cls, sorted_keys: np.ndarray) -> GramTable:
        """A table of at least 8 slots a key (a load of at most 1/8: probes are short)."""
        bits = max(4, len(sorted_keys).bit_length() + 3)
        size = 1 << bits
        keys = np.zeros(size, dtype=np.int64)
        places = np.zeros(size, dtype=np.int64)
        shift = np.uint64(64 - bits)
        home = _slots(sorted_keys, shift)
        waiting = np.arange(len(sorted_keys))
        probe = 0
        while len(waiting):  # round p: every key still waiting tries its home slot + p
            slot = (home[waiting] + probe) & (size - 1)
            free = keys[slot] == 0
            # of the keys that try the same free slot, the first takes it
            taken, first = np.unique(slot[free], return_index=True)
            chosen = waiting[free][first]
            keys[taken] = sorted_keys[chosen]
            places[taken] = chosen
            placed = np.zeros(len(waiting), dtype=bool)
            placed[np.flatnonzero(free)[first]] = True
            waiting = waiting[~placed]
            probe += 1
        return cls(keys, places, shift)

    def lookup(self, grams: np.ndarray) -> np.ndarray:
        """Each gram's place among the sorted vocabulary keys, or −1 for a gram not in it. A
        key sits at its home slot or after it, with no empty slot between (linear probing, no
        deletions): a gram is looked for from its home slot to the first empty one."""
        mask = len(self.keys) - 1
        home = _slots(grams, self.shift)
        there = self.keys[home]
        hit = there == grams
        found = np.where(hit, self.places[home], -1)
        waiting = np.flatnonzero(~hit & (there != 0))  # a key's slot, but another key's
        probe = 1
        while len(waiting):
            slot = (home[waiting] + probe) & mask
            there = self.keys[slot]
            hit = there == grams[waiting]
            found[waiting[hit]] = self.places[slot[hit]]
            waiting = waiting[~hit & (there != 0)]
            probe += 1
        return found


def _slots(keys: np.ndarray, shift: np.uint64) -> np.ndarray:
    """Each key's home slot: the top bits of key × _GOLDEN (modulo 2**64)."""
    return ((keys.view(np.uint64) * _GOLDEN) >> shift).view(np.int64)  # below 2**63: same value


def word_analyzer(token_pattern: str, ngram_range: tuple[int, int]) -> Callable[[str], list[str]]:
    """scikit-learn's word analyzer without stop words or accent stripping: lower-case, the
    pattern's matches as tokens, then their n-grams (unigrams first, then bigrams, …)."""
    pattern = re.compile(token_pattern)
    if pattern.groups > 1:
        raise ValueError("the token pattern has more than one capturing group")
    min_n, max_n = ngram_range

    def analyze(text: str) -> list[str]:
        tokens = pattern.findall(text.lower())
        if max_n == 1:
            return tokens
        grams = list(tokens) if min_n == 1 else []
        for n in range(max(min_n, 2), min(max_n + 1, len(tokens) + 1)):
            grams.extend(map(" ".join, zip(*(tokens[i:] for i in range(n)), strict=False)))
        return grams

    return analyze


@dataclass
class TextBlock:
    """One TF-IDF vectoriser: its analyzer settings, its terms (in feature order) and idf."""

    name: str  # "char" or "word": also the prefix of its feature names
    analyzer: str  # "char_ngrams" or "word"
    ngram_range: tuple[int, int]
    terms: list[str]
    idf: np.ndarray
    token_pattern: str | None = None  # word analyzer only
    vocabulary: dict[str, int] = field(init=False, repr=False)
    analyze: Callable[[str], list[str]] = field(init=False, repr=False)
    _memo: dict[str, tuple[np.ndarray, np.ndarray]] = field(init=False, repr=False, default_factory=dict)
    #: char blocks: the vocabulary as `_gram_keys` integers, sorted, and their feature indices
    _char_keys: tuple[np.ndarray, np.ndarray] = field(init=False, repr=False, default=_NO_KEYS)
    #: char blocks: those keys in a hash table
    _table: GramTable | None = field(init=False, repr=False, default=None)
    #: word blocks: the token pattern, and the first and last words of the terms of n words
    _pattern: re.Pattern | None = field(init=False, repr=False, default=None)
    _ascii_pattern: re.Pattern[bytes] | None = field(init=False, repr=False, default=None)
    _firsts: dict[int, frozenset[str]] | None = field(init=False, repr=False, default=None)
    _lasts: dict[int, frozenset[str]] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        if self.analyzer == "char_ngrams":
            if tuple(self.ngram_range) != CHAR_NGRAM_RANGE:
                raise ValueError(f"char n-grams of {self.ngram_range} are not implemented")
            self.analyze = char_ngrams
            self._char_keys = _char_vocabulary(self.terms)
            self._table = GramTable.build(self._char_keys[0])
        elif self.analyzer == "word":
            if not isinstance(self.token_pattern, str):
                raise ValueError("the word block has no token pattern")
            self.analyze = word_analyzer(self.token_pattern, tuple(self.ngram_range))
            self._pattern = re.compile(self.token_pattern)
            if self._pattern.flags & re.UNICODE and self.token_pattern.startswith("(?u)"):
                try:  # the pattern over ASCII bytes (twice as fast as over str)
                    self._ascii_pattern = re.compile(self.token_pattern[4:].encode("ascii"))
                except (UnicodeEncodeError, re.error):
                    self._ascii_pattern = None
            if all(w for t in self.terms for w in t.split(" ")):
                # each term's words, split at the single spaces the analyzer joins them with
                firsts: dict[int, set[str]] = {}
                lasts: dict[int, set[str]] = {}
                for term in self.terms:
                    words = term.split(" ")
                    if len(words) > 1:
                        firsts.setdefault(len(words), set()).add(words[0])
                        lasts.setdefault(len(words), set()).add(words[-1])
                self._firsts = {n: frozenset(w) for n, w in firsts.items()}
                self._lasts = {n: frozenset(w) for n, w in lasts.items()}
        else:
            raise ValueError(f"unknown analyzer {self.analyzer!r}")
        self.vocabulary = {t: i for i, t in enumerate(self.terms)}
        if len(self.vocabulary) != len(self.terms):
            raise ValueError(f"the {self.name} vocabulary repeats a term")
        if self.idf.shape != (len(self.terms),):
            raise ValueError(f"the {self.name} idf has shape {self.idf.shape}, not ({len(self.terms)},)")

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The block's non-zero TF-IDF values of `text` (the last few texts' are remembered: the
        quick pass and the deep pass read a document's text once between them)."""
        memo = self._memo
        found = memo.get(text)
        if found is None:
            found = self._vector(text)
            if len(memo) >= VECTOR_MEMO:
                memo.clear()  # atomic: worker threads of one Dask process share the model
            memo[text] = found
        return found

    def unordered(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """`vector`'s values, its features in any order (the sums over them may then differ in
        the last bits), not remembered: for the quick pass's carrier, which decides only by a
        margin far wider than that (`policy/quick.MARGIN`). For characters, counting the
        n-grams without keeping their first occurrence's order takes half the time."""
        found = self._memo.get(text)
        if found is not None:
            return found
        if self.analyzer != "char_ngrams":
            return self.vector(text)  # no faster unordered: counted as the deep pass counts it
        return self._weighted(*self._char_counts_unordered(text))

    def _vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        if self.analyzer == "char_ngrams":
            idx, tf = self._char_counts(text)
        else:
            counts = self._word_counts(text)
            idx = np.fromiter(
                map(self.vocabulary.get, counts, itertools.repeat(-1)), dtype=np.int64, count=len(counts)
            )
            tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            keep = idx >= 0
            idx, tf = idx[keep], tf[keep]
        return self._weighted(idx, tf)

    def _word_counts(self, text: str) -> Counter[str]:
        """`Counter(self.analyze(text))` less n-grams of two or more words that no term can be:
        one whose first word begins no term of that many words, or whose last word ends none.
        The counts kept, and their order (first occurrences, unigrams first), are the same.
        An ASCII text's words are found by the same pattern over bytes, twice as fast."""
        if self._firsts is None:
            return Counter(self.analyze(text))
        low = text.lower()
        if low.isascii() and self._ascii_pattern is not None:
            # the same matches: for ASCII text, \w and \b are the same in either mode
            found = self._ascii_pattern.findall(low.encode("ascii"))
            tokens = b"\0".join(found).decode("ascii").split("\0") if found else []
        else:
            assert self._pattern is not None  # set with `_firsts`
            tokens = self._pattern.findall(low)
        counts = Counter(tokens) if self.ngram_range[0] == 1 else Counter()
        firsts, lasts = self._firsts, self._lasts
        for n in range(max(self.ngram_range[0], 2), min(self.ngram_range[1] + 1, len(tokens) + 1)):
            first, last = firsts.get(n, _NOTHING), lasts.get(n, _NOTHING)
            counts.update(
                " ".join(tokens[i : i + n])
                for i in range(len(tokens) - n + 1)
                if tokens[i] in first and tokens[i + n - 1] in last
            )
        return counts

    def _weighted(self, idx: np.ndarray, tf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        weights = (1.0 + np.log(tf)) * self.idf[idx]
        norm = np.sqrt((weights**2).sum())
        if norm > 0:
            weights = weights / norm
        return idx, weights

    def _char_counts(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The vocabulary's character n-grams in `text` and their counts, as `Counter(char_ngrams
        (text))` filtered by the vocabulary gives them and in the same order (each n-gram's
        first occurrence, 1-grams, then 2-grams, then 3-grams: the order of the sums that
        follow, so that the values are the same to the last bit), counted in numpy: each n-gram
        is one integer (`_gram_keys`), looked up by binary search among the vocabulary's. The
        lists of n-gram strings and their Counter were a third of a quick-pass verdict's time."""
        keys, positions = self._char_keys
        grams = self._grams(text)
        if grams is None:
            return _NO_COUNTS
        found = self._places(grams)
        found = found[found >= 0]  # each occurrence's place among the keys, in text order
        counts = np.bincount(found, minlength=len(keys))
        present = np.flatnonzero(counts)
        first = np.full(len(keys), len(found))
        np.minimum.at(first, found, np.arange(len(found)))
        order = present[np.argsort(first[present], kind="stable")]
        return positions[order], counts[order].astype(np.float64)

    def _char_counts_unordered(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """`_char_counts` in the order of the vocabulary's sorted keys."""
        grams = self._grams(text)
        if grams is None:
            return _NO_COUNTS
        found = self._places(grams)
        found = found[found >= 0]
        if len(found) < _FEW_GRAMS:  # sorting a few beats counting over the whole vocabulary
            present, counts = np.unique(found, return_counts=True)
            return self._char_keys[1][present], counts.astype(np.float64)
        counts = np.bincount(found, minlength=len(self._char_keys[0]))
        present = np.flatnonzero(counts)
        return self._char_keys[1][present], counts[present].astype(np.float64)

    def _grams(self, text: str) -> np.ndarray | None:
        """The text's n-gram keys (`_gram_keys`), or None when there are none or no vocabulary."""
        grams = _gram_keys(_code_points(squeeze_space(text.lower())))
        return grams if len(self._char_keys[0]) and len(grams) else None

    def _places(self, grams: np.ndarray) -> np.ndarray:
        """Each gram's place among the vocabulary's sorted keys, or −1 where it is not one."""
        assert self._table is not None  # a char block with a vocabulary (`_grams`)
        return self._table.lookup(grams)

    def params(self) -> dict:
        out: dict = {
            "name": self.name,
            "analyzer": self.analyzer,
            "ngram_range": list(self.ngram_range),
            "lowercase": True,
            "tf": "sublinear",  # 1 + ln(count)
            "norm": "l2",
        }
        if self.token_pattern is not None:
            out["token_pattern"] = self.token_pattern
        out["vocabulary"] = self.terms
        return out

    @classmethod
    def from_params(cls, params: dict, idf: np.ndarray) -> TextBlock:
        settings = (params.get("lowercase"), params.get("tf"), params.get("norm"))
        if settings != (True, "sublinear", "l2"):
            raise ValueError(f"text block {params.get('name')!r}: settings not implemented")
        terms = params["vocabulary"]
        if not all(isinstance(t, str) for t in terms):
            raise ValueError(f"text block {params.get('name')!r}: a term is not a string")
        return cls(
            name=str(params["name"]),
            analyzer=str(params["analyzer"]),
            ngram_range=(int(params["ngram_range"][0]), int(params["ngram_range"][1])),
            terms=list(terms),
            idf=idf,
            token_pattern=params.get("token_pattern"),
        )


@dataclass
class ArrayModels:
    """All heads over one feature space: text blocks, then the rule detectors' numbers.

    `coef` has one row per calibrated classifier (`calibration[i]` names its head and holds its
    sigmoid's a and b); with the scanner's training there is one per head, in `heads` order."""

    blocks: list[TextBlock]
    dense_names: tuple[str, ...]
    dense_mean: np.ndarray
    dense_scale: np.ndarray
    dense_weight: float
    heads: list[str]
    calibration: list[dict]  # {"head", "method": "sigmoid", "a", "b"} per row of coef
    coef: np.ndarray  # (rows, features)
    intercept: np.ndarray  # (rows,)
    blend: float = 0.5  # final score = blend × model + (1 − blend) × rules
    review: float = 0.38  # review threshold for the blended score, chosen with the blend
    _weights: np.ndarray = field(init=False, repr=False)
    _a: np.ndarray = field(init=False, repr=False)
    _b: np.ndarray = field(init=False, repr=False)
    _rows: dict[str, list[int]] = field(init=False, repr=False)
    _n_text: int = field(init=False, repr=False)
    _linear: dict[int, tuple[float, np.ndarray]] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        n_features = sum(len(b.terms) for b in self.blocks) + len(self.dense_names)
        rows = len(self.calibration)
        if self.coef.shape != (rows, n_features) or self.intercept.shape != (rows,):
            raise ValueError(
                f"coefficients {self.coef.shape} and intercepts {self.intercept.shape} do not fit "
                f"{rows} calibrated classifiers over {n_features} features"
            )
        n_dense = len(self.dense_names)
        if self.dense_mean.shape != (n_dense,) or self.dense_scale.shape != (n_dense,):
            raise ValueError("the rule-feature scaling does not fit the rule features")
        self._rows = {h: [] for h in self.heads}
        for i, c in enumerate(self.calibration):
            if c.get("method") != "sigmoid":
                raise ValueError(f"calibration {c.get('method')!r} is not implemented")
            if c.get("head") not in self._rows:
                raise ValueError(f"calibration for unknown head {c.get('head')!r}")
            self._rows[c["head"]].append(i)
        if not all(self._rows.values()):
            raise ValueError("a head has no calibrated classifier")
        self._a = np.asarray([float(c["a"]) for c in self.calibration], dtype=np.float64)
        self._b = np.asarray([float(c["b"]) for c in self.calibration], dtype=np.float64)
        # features × rows: one document's non-zero features select rows of this
        self._weights = np.ascontiguousarray(self.coef.T)
        self._n_text = n_features - n_dense  # the text blocks' features come first

    def vector(self, text: str, dense: list[float]) -> tuple[np.ndarray, np.ndarray]:
        """One document's features as (indices, values): the text blocks' non-zero TF-IDF
        values, then all the scaled rule features."""
        idx, val = self._text_vector(text)
        offset = self._n_text
        x = np.asarray(dense, dtype=np.float64)
        scaled = (x - self.dense_mean) / self.dense_scale * self.dense_weight
        return np.concatenate([idx, np.arange(offset, offset + len(scaled))]), np.concatenate([val, scaled])

    def _text_vector(self, text: str, ordered: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """The text blocks' non-zero TF-IDF values, as (feature indices, values); `ordered`:
        in `TextBlock.vector`'s order (else `TextBlock.unordered`)."""
        indices: list[np.ndarray] = []
        values: list[np.ndarray] = []
        offset = 0
        for block in self.blocks:
            idx, weights = block.vector(text) if ordered else block.unordered(text)
            indices.append(idx + offset)
            values.append(weights)
            offset += len(block.terms)
        return np.concatenate(indices), np.concatenate(values)

    def probabilities(self, text: str, dense: list[float]) -> dict[str, float]:
        """All heads at once: one product with the stacked coefficients, then each calibrated
        classifier's sigmoid, averaged per head when a head has several."""
        idx, val = self.vector(text, dense)
        decision = val @ self._weights[idx] + self.intercept
        probs = 1.0 / (1.0 + np.exp(self._a * decision + self._b))
        return {name: float(np.mean(probs[self._rows[name]])) for name in self.heads}

    def linear_logits(self, text: str, heads: list[str]) -> dict[str, tuple[float, np.ndarray]] | None:
        """Each head's calibrated probability as sigmoid(c + k · x), x the raw rule features
        (before scaling): (c, k) per head, for reasoning over a range of rule features (the
        quick pass's carrier). None when a head averages several calibrated classifiers (its
        probability is then no sigmoid of one linear function)."""
        if any(len(self._rows[head]) != 1 for head in heads):
            return None
        idx, val = self._text_vector(text, ordered=False)
        rows = [self._rows[head][0] for head in heads]
        text_part = self._weights[idx][:, rows]  # the document's features, one gather for all heads
        out: dict[str, tuple[float, np.ndarray]] = {}
        for j, (head, r) in enumerate(zip(heads, rows, strict=True)):
            constant, slope = self._linear_parts(r)
            decision = float(val @ text_part[:, j]) + constant
            # probability 1 / (1 + exp(a·d + b)) = sigmoid(−a·d − b)
            a, b = float(self._a[r]), float(self._b[r])
            out[head] = (-a * decision - b, slope)
        return out

    def _linear_parts(self, r: int) -> tuple[float, np.ndarray]:
        """Row `r`'s decision without its text features and with the rule features at zero (the
        intercept less the scaled means' share), and −a × its weight per unit of each raw rule
        feature: the same for every document, so worked out once per row."""
        known = self._linear.get(r)
        if known is None:
            unit = self.dense_weight / self.dense_scale  # a raw rule feature's weight per unit
            dense_coef = self.coef[r, self._n_text :]
            constant = float(self.intercept[r]) - float(dense_coef @ (self.dense_mean * unit))
            known = self._linear[r] = (constant, -float(self._a[r]) * dense_coef * unit)
        return known

    def feature_name(self, index: int) -> str:
        for block in self.blocks:
            if index < len(block.terms):
                return f"{block.name}:{block.terms[index]}"
            index -= len(block.terms)
        return f"rule:{self.dense_names[index]}"

    def names(self) -> list[str]:
        return [
            *(f"{b.name}:{t}" for b in self.blocks for t in b.terms),
            *(f"rule:{n}" for n in self.dense_names),
        ]

    def strongest_features(
        self, text: str, dense: list[float], head: str = "flag", top: int = 12
    ) -> list[tuple[str, float]]:
        """The features that pushed this document's `head` probability most (coefficient ×
        value, the coefficients averaged over the head's calibrated classifiers)."""
        idx, val = self.vector(text, dense)
        order = np.argsort(idx, kind="stable")
        idx, val = idx[order], val[order]
        keep = val != 0
        idx, val = idx[keep], val[keep]
        coef = np.mean(self.coef[self._rows[head]], axis=0)
        contrib = val * coef[idx]
        out = []
        for i in np.argsort(-np.abs(contrib))[:top]:
            name = self.feature_name(int(idx[i]))
            if name.startswith("rule:"):  # standardised: say whether it is above the average
                name += " (high)" if val[i] > 0 else " (low)"
            out.append((name, float(contrib[i])))
        return out

    # plain data -------------------------------------------------------------------------------

    def to_plain(self) -> tuple[dict, dict[str, np.ndarray]]:
        """(JSON-able parameters, numeric arrays)."""
        params = {
            "format": FORMAT,
            "heads": list(self.heads),
            "blend": float(self.blend),
            "review_threshold": float(self.review),
            "text_blocks": [b.params() for b in self.blocks],
            "rule_features": {
                "names": list(self.dense_names),
                "mean": [float(v) for v in self.dense_mean],
                "scale": [float(v) for v in self.dense_scale],
                "weight": float(self.dense_weight),
            },
            "calibration": [
                {"head": c["head"], "method": c["method"], "a": float(c["a"]), "b": float(c["b"])}
                for c in self.calibration
            ],
        }
        arrays = {f"idf_{b.name}": b.idf for b in self.blocks}
        arrays["coef"] = self.coef
        arrays["intercept"] = self.intercept
        return params, arrays

    @classmethod
    def from_plain(cls, params: dict, arrays: dict[str, np.ndarray]) -> ArrayModels:
        """Raises ValueError, KeyError or TypeError when the data does not make a model."""
        if params.get("format") != FORMAT:
            raise ValueError(f"model parameters have format {params.get('format')}, not {FORMAT}")
        for name, array in arrays.items():
            if array.dtype.kind != "f":
                raise ValueError(f"array {name} holds {array.dtype}, not floating-point numbers")
        blocks = [TextBlock.from_params(p, arrays[f"idf_{p['name']}"]) for p in params["text_blocks"]]
        rules = params["rule_features"]
        return cls(
            blocks=blocks,
            dense_names=tuple(str(n) for n in rules["names"]),
            dense_mean=np.asarray(rules["mean"], dtype=np.float64),
            dense_scale=np.asarray(rules["scale"], dtype=np.float64),
            dense_weight=float(rules["weight"]),
            heads=[str(h) for h in params["heads"]],
            calibration=[dict(c) for c in params["calibration"]],
            coef=np.asarray(arrays["coef"], dtype=np.float64),
            intercept=np.asarray(arrays["intercept"], dtype=np.float64),
            blend=float(params["blend"]),
            review=float(params["review_threshold"]),
        )
