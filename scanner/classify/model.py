"""Calibrated scikit-learn models over character n-grams (Chinese), word n-grams (English) and
the rule detectors' numbers: training only. What is stored and used for scanning is their
export to plain arrays (arrays.py), which needs numpy alone.

Questions answered, each by one calibrated logistic regression:
- `flag`: is the document about 1E902 technology (controlled, or excluded content)?
- `category:<stage>`: is it about that stage?
- `clause_b`: is its purpose assembly/commissioning/maintenance/repair/upgrade of a line?
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler

from scanner.classify.arrays import CHAR_NGRAM_RANGE, ArrayModels, TextBlock, char_ngrams
from scanner.classify.features import DENSE_NAMES
from scanner.types import CATEGORIES

__all__ = ["Models", "Sample", "char_ngrams", "fit_models", "out_of_fold_flag"]

#: Carriers told apart by the model: those that the file's format rarely settles.
LEARNED_CARRIERS = ("process-spec", "parameter-sheet", "email", "other")

SEED = 20251009  # the date of Announcement No. 62: any fixed number makes training reproducible


@dataclass
class Sample:
    text: str
    dense: list[float]
    flag: int
    categories: frozenset[str]
    clause_b: int | None  # None: not a controlled document, not used for the clause model
    group: int | None = None  # for a section sample: the index of the document it was cut from
    carrier: str | None = None  # the labelled carrier (None for section samples)


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

    def export(self) -> tuple[list[TextBlock], dict]:
        """The text blocks and the rule-feature scaling as plain data."""
        blocks = []
        for name, vectorizer in (("char", self.chars), ("word", self.words)):
            _check_vectorizer(name, vectorizer)
            terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
            if [vectorizer.vocabulary_[t] for t in terms] != list(range(len(terms))):
                raise ValueError(f"the {name} vocabulary's indices are not 0 … n-1")
            blocks.append(
                TextBlock(
                    name=name,
                    analyzer="char_ngrams" if vectorizer.analyzer is char_ngrams else "word",
                    ngram_range=CHAR_NGRAM_RANGE if name == "char" else tuple(vectorizer.ngram_range),
                    terms=terms,
                    idf=np.asarray(vectorizer.idf_),
                    token_pattern=None if name == "char" else vectorizer.token_pattern,
                )
            )
        if not (self.scaler.with_mean and self.scaler.with_std):
            raise ValueError("the rule-feature scaler must centre and scale")
        scaling = {"mean": np.asarray(self.scaler.mean_), "scale": np.asarray(self.scaler.scale_)}
        return blocks, scaling


def _check_vectorizer(name: str, v: TfidfVectorizer) -> None:
    """The settings arrays.py reproduces; anything else would be exported wrong, so refuse."""
    expected_analyzer = char_ngrams if name == "char" else "word"
    problems = [
        f"{key}={getattr(v, key)!r}"
        for key, want in (
            ("analyzer", expected_analyzer),
            ("sublinear_tf", True),
            ("use_idf", True),
            ("norm", "l2"),
            ("binary", False),
            ("lowercase", True),
            ("stop_words", None),
            ("strip_accents", None),
            ("preprocessor", None),
            ("tokenizer", None),
            ("input", "content"),
        )
        if getattr(v, key) != want
    ]
    if problems:
        raise ValueError(f"the {name} vectoriser has settings arrays.py does not reproduce: {problems}")


DENSE_WEIGHT = 0.5  # rule features are scaled to unit variance, then down to the n-grams' size


@dataclass
class Models:
    """The fitted scikit-learn objects; `export()` turns them into what is stored and used."""

    space: FeatureSpace
    heads: dict[str, CalibratedClassifierCV] = field(default_factory=dict)
    blend: float = 0.5  # final score = blend × model + (1 − blend) × rules
    review: float = 0.38  # review threshold for the blended score, chosen with the blend

    def export(self) -> ArrayModels:
        """The same predictions as plain arrays: per head, each calibrated classifier's
        coefficients, intercept and sigmoid parameters (one per head with ensemble=False)."""
        blocks, scaling = self.space.export()
        names = sorted(self.heads)
        coef, intercept, calibration = [], [], []
        for name in names:
            head = self.heads[name]
            if head.method != "sigmoid" or list(head.classes_) != [0, 1]:
                raise ValueError(f"head {name}: only binary sigmoid calibration is exported")
            for part in head.calibrated_classifiers_:
                estimator = part.estimator
                if estimator.coef_.shape[0] != 1 or len(part.calibrators) != 1:
                    raise ValueError(f"head {name}: not a binary logistic regression")
                coef.append(np.asarray(estimator.coef_[0], dtype=np.float64))
                intercept.append(float(estimator.intercept_[0]))
                calibrator = part.calibrators[0]
                calibration.append(
                    {"head": name, "method": "sigmoid", "a": float(calibrator.a_), "b": float(calibrator.b_)}
                )
        return ArrayModels(
            blocks=blocks,
            dense_names=DENSE_NAMES,
            dense_mean=scaling["mean"],
            dense_scale=scaling["scale"],
            dense_weight=DENSE_WEIGHT,
            heads=names,
            calibration=calibration,
            coef=np.vstack(coef),
            intercept=np.asarray(intercept, dtype=np.float64),
            blend=self.blend,
            review=self.review,
        )


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


def _enough(y: np.ndarray) -> bool:
    """Calibration cross-validates: a head needs two examples of each class at least."""
    return 2 <= int(y.sum()) <= len(y) - 2


def fit_models(samples: list[Sample]) -> Models:
    texts = [s.text for s in samples]
    dense = np.asarray([s.dense for s in samples], dtype=np.float64)
    space = FeatureSpace.fit(texts, dense)
    x = space.transform(texts, dense)
    models = Models(space)
    models.heads["flag"] = _head(x, np.asarray([s.flag for s in samples]))
    for cat in CATEGORIES:
        y = np.asarray([int(cat in s.categories) for s in samples])
        if _enough(y):
            models.heads[f"category:{cat}"] = _head(x, y)
    # carrier: one head per carrier that the format alone does not settle (a memo, a process
    # specification or a parameter sheet are all plain text; an .nc file is an NC program)
    labelled = [i for i, s in enumerate(samples) if s.carrier is not None]
    for carrier in LEARNED_CARRIERS:
        y_c = np.asarray([int(samples[i].carrier == carrier) for i in labelled])
        if y_c.sum() >= 8 and len(y_c) - y_c.sum() >= 8:
            models.heads[f"carrier:{carrier}"] = _head(x[labelled], y_c)
    rows = [i for i, s in enumerate(samples) if s.clause_b is not None]
    y_b = np.asarray([samples[i].clause_b for i in rows])
    if _enough(y_b):
        models.heads["clause_b"] = _head(x[rows], y_b)
    return models


def out_of_fold_flag(samples: list[Sample], extras: list[Sample] | None = None, folds: int = 5) -> np.ndarray:
    """Flag probabilities for each training document from models that did not see it: used to
    choose the blend of model and rules without touching the held-out split. Section samples
    (`extras`) train the folds whose documents they were cut from, never the fold that scores
    their document."""
    y = np.asarray([s.flag for s in samples])
    out = np.zeros(len(samples))
    extras = extras or []
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(
        np.zeros(len(y)), y
    ):
        chosen = set(train_idx.tolist())
        part = [samples[i] for i in train_idx] + [e for e in extras if e.group in chosen]
        texts = [s.text for s in part]
        dense = np.asarray([s.dense for s in part], dtype=np.float64)
        space = FeatureSpace.fit(texts, dense)
        head = _head(space.transform(texts, dense), np.asarray([s.flag for s in part]))
        test = [samples[i] for i in test_idx]
        x = space.transform([s.text for s in test], np.asarray([s.dense for s in test], dtype=np.float64))
        out[test_idx] = head.predict_proba(x)[:, 1]
    return out
