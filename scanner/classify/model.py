"""Calibrated scikit-learn models over character n-grams (Chinese), word n-grams (English) and
the rule detectors' numbers.

Questions answered, each by one calibrated logistic regression:
- `flag`: is the document about 1E902 technology (controlled, or excluded content)?
- `category:<stage>`: is it about that stage?
- `clause_b`: is its purpose assembly/commissioning/maintenance/repair/upgrade of a line?
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler

from scanner.classify.features import DENSE_NAMES
from scanner.types import CATEGORIES

SEED = 20251009  # the date of Announcement No. 62: any fixed number makes training reproducible


@dataclass
class Sample:
    text: str
    dense: list[float]
    flag: int
    categories: frozenset[str]
    clause_b: int | None  # None: not a controlled document, not used for the clause model


_SPACE = re.compile(r"\s+")


def char_ngrams(text: str) -> list[str]:
    """Character 1- to 3-grams of the lower-cased text: for Chinese, whose words are not
    separated, these are the words. Written as list comprehensions (C speed): scikit-learn's
    own char analyzer appends one n-gram at a time and was most of the model's cost."""
    t = _SPACE.sub(" ", text.lower())
    return [
        *t,
        *[t[i : i + 2] for i in range(len(t) - 1)],
        *[t[i : i + 3] for i in range(len(t) - 2)],
    ]


@dataclass
class FeatureSpace:
    """Vectorisers fitted on the training texts."""

    chars: TfidfVectorizer
    words: TfidfVectorizer
    scaler: StandardScaler

    @classmethod
    def fit(cls, texts: list[str], dense: np.ndarray) -> FeatureSpace:
        chars = TfidfVectorizer(
            analyzer=char_ngrams,
            min_df=2,
            max_features=20_000,
            sublinear_tf=True,
            lowercase=True,
            dtype=np.float32,
        )
        words = TfidfVectorizer(
            analyzer="word",
            ngram_range=(1, 2),
            min_df=2,
            max_features=8_000,
            sublinear_tf=True,
            lowercase=True,
            token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z0-9/+-]+\b",
            dtype=np.float32,
        )
        chars.fit(texts)
        words.fit(texts)
        for vectorizer in (chars, words):
            # the terms cut by min_df/max_features: only kept for introspection, and most of
            # the pickle's size (sklearn documents that it may be deleted)
            vectorizer.stop_words_ = None
            # insertion order follows string hashing, which changes per process: sort it so the
            # same corpus gives a byte-identical artifact
            vectorizer.vocabulary_ = dict(sorted(vectorizer.vocabulary_.items(), key=lambda kv: kv[1]))
        scaler = StandardScaler().fit(dense)
        return cls(chars, words, scaler)

    def transform(self, texts: list[str], dense: np.ndarray):
        return sparse.hstack(
            [
                self.chars.transform(texts),
                self.words.transform(texts),
                sparse.csr_matrix(self.scaler.transform(dense) * DENSE_WEIGHT),
            ],
            format="csr",
        )

    def vector(self, text: str, dense: list[float]) -> tuple[np.ndarray, np.ndarray]:
        """One document's non-zero features as (indices, values): the same numbers as
        `transform`, without scikit-learn's per-call overhead (≈ 4× faster on one document)."""
        indices: list[np.ndarray] = []
        values: list[np.ndarray] = []
        offset = 0
        for vectorizer in (self.chars, self.words):
            analyzer = self.__dict__.get(f"_an_{id(vectorizer)}")
            if analyzer is None:
                analyzer = vectorizer.build_analyzer()
                self.__dict__[f"_an_{id(vectorizer)}"] = analyzer
            vocabulary = vectorizer.vocabulary_
            counts = Counter(analyzer(text))
            idx = np.fromiter(
                map(vocabulary.get, counts, itertools.repeat(-1)), dtype=np.int64, count=len(counts)
            )
            tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            keep = idx >= 0
            idx, tf = idx[keep], tf[keep]
            weights = (1.0 + np.log(tf)) * vectorizer.idf_[idx]
            norm = np.sqrt((weights**2).sum())
            if norm > 0:
                weights = weights / norm
            indices.append(idx + offset)
            values.append(weights)
            offset += len(vocabulary)
        scaled = self.scaler.transform(np.asarray([dense], dtype=np.float64))[0] * DENSE_WEIGHT
        indices.append(np.arange(offset, offset + len(scaled)))
        values.append(scaled)
        return np.concatenate(indices), np.concatenate(values)

    def __getstate__(self) -> dict:
        state = {k: v for k, v in self.__dict__.items() if not k.startswith("_an_")}
        # sklearn caches `_stop_words_id`, a memory address, on each use: leave it out so the
        # same corpus gives a byte-identical artifact
        for vectorizer in (self.chars, self.words):
            vectorizer.__dict__.pop("_stop_words_id", None)
        return state

    def names(self) -> list[str]:
        return (
            [f"char:{t}" for t in self.chars.get_feature_names_out()]
            + [f"word:{t}" for t in self.words.get_feature_names_out()]
            + [f"rule:{n}" for n in DENSE_NAMES]
        )


DENSE_WEIGHT = 0.5  # rule features are scaled to unit variance, then down to the n-grams' size


@dataclass
class Models:
    space: FeatureSpace
    heads: dict[str, CalibratedClassifierCV] = field(default_factory=dict)
    blend: float = 0.5  # final score = blend × model + (1 − blend) × rules
    review: float = 0.38  # review threshold for the blended score, chosen with the blend

    def probabilities(self, text: str, dense: list[float]) -> dict[str, float]:
        """All heads at once: one sparse product with the stacked coefficients, then each
        head's sigmoid calibration (what predict_proba computes, without 7 calls' overhead)."""
        idx, val = self.space.vector(text, dense)
        names, weights, intercepts, a, b = self._compiled()
        decision = val @ weights[idx] + intercepts
        probs = 1.0 / (1.0 + np.exp(a * decision + b))
        return {name: float(p) for name, p in zip(names, probs, strict=True)}

    def _compiled(self):
        cached = self.__dict__.get("_fast")
        if cached is None:
            names = sorted(self.heads)
            parts = [self.heads[n].calibrated_classifiers_[0] for n in names]
            weights = np.column_stack([c.estimator.coef_[0] for c in parts])
            intercepts = np.asarray([c.estimator.intercept_[0] for c in parts])
            a = np.asarray([c.calibrators[0].a_ for c in parts])
            b = np.asarray([c.calibrators[0].b_ for c in parts])
            cached = (names, weights, intercepts, a, b)
            self.__dict__["_fast"] = cached
        return cached

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_fast"}

    def strongest_features(
        self, text: str, dense: list[float], head: str = "flag", top: int = 12
    ) -> list[tuple[str, float]]:
        """The features that pushed this document's `head` probability most (coefficient ×
        value, averaged over the calibration folds)."""
        x = self.space.transform([text], np.asarray([dense], dtype=np.float64)).tocsr()
        coef = np.mean([c.estimator.coef_[0] for c in self.heads[head].calibrated_classifiers_], axis=0)
        contrib = x.multiply(coef).tocsr()
        idx = contrib.indices
        vals = contrib.data
        order = np.argsort(-np.abs(vals))[:top]
        names = self.space.names()
        values = x.toarray()[0]
        out = []
        for i in order:
            name = names[idx[i]]
            if name.startswith("rule:"):  # standardised: say whether it is above the average
                name += " (high)" if values[idx[i]] > 0 else " (low)"
            out.append((name, float(vals[i])))
        return out


def _head(x, y: np.ndarray) -> CalibratedClassifierCV:
    positives = int(y.sum())
    folds = max(2, min(5, positives, len(y) - positives))
    base = LogisticRegression(
        C=4.0, class_weight="balanced", max_iter=5000, solver="liblinear", random_state=SEED
    )
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    # ensemble=False: calibration from cross-validated predictions, then one model fitted on
    # all the data (one coefficient vector per head instead of one per fold)
    return CalibratedClassifierCV(base, method="sigmoid", cv=cv, ensemble=False).fit(x, y)


def fit_models(samples: list[Sample]) -> Models:
    texts = [s.text for s in samples]
    dense = np.asarray([s.dense for s in samples], dtype=np.float64)
    space = FeatureSpace.fit(texts, dense)
    x = space.transform(texts, dense)
    models = Models(space)
    models.heads["flag"] = _head(x, np.asarray([s.flag for s in samples]))
    for cat in CATEGORIES:
        y = np.asarray([int(cat in s.categories) for s in samples])
        if 0 < y.sum() < len(y):
            models.heads[f"category:{cat}"] = _head(x, y)
    rows = [i for i, s in enumerate(samples) if s.clause_b is not None]
    y_b = np.asarray([samples[i].clause_b for i in rows])
    if 0 < y_b.sum() < len(y_b):
        models.heads["clause_b"] = _head(x[rows], y_b)
    return models


def out_of_fold_flag(samples: list[Sample], folds: int = 5) -> np.ndarray:
    """Flag probabilities for each training document from models that did not see it: used to
    choose the blend of model and rules without touching the held-out split."""
    y = np.asarray([s.flag for s in samples])
    out = np.zeros(len(samples))
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(
        np.zeros(len(y)), y
    ):
        part = [samples[i] for i in train_idx]
        texts = [s.text for s in part]
        dense = np.asarray([s.dense for s in part], dtype=np.float64)
        space = FeatureSpace.fit(texts, dense)
        head = _head(space.transform(texts, dense), y[train_idx])
        test = [samples[i] for i in test_idx]
        x = space.transform([s.text for s in test], np.asarray([s.dense for s in test], dtype=np.float64))
        out[test_idx] = head.predict_proba(x)[:, 1]
    return out
