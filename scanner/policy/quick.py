"""The carrier of a document the quick pass clears: decided exactly, or not at all.

`decide_carrier` reads the learned model's carrier heads where the format does not settle the
carrier, and the heads read the rule detectors' numbers beside the text: other-material
vocabulary, trade context, internal context, process values and exclusion cues. The quick pass
has not run those detectors, but it knows which of their terms the text *may* hold (a superset,
`detect/quick.py`), so each number lies in a known range. A head's calibrated probability is a
sigmoid of a linear function of the numbers (`ArrayModels.linear_logits`), so its least and
greatest value over the ranges are found term by term. When one carrier wins over the whole
range, that is the carrier the deep pass gives; when the ranges leave it open, the quick pass
stands down and the deep pass runs.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

import numpy as np

from scanner.classify.features import DENSE_NAMES
from scanner.detect.lexicon import Term
from scanner.detect.quick import Look
from scanner.detect.values import Value
from scanner.policy.carrier import (
    LEARNED_MINIMUM,
    MINIMUM,
    FormatCues,
    format_scores,
    learned_choices,
    rules_choice,
)
from scanner.policy.scoring import HEAD_BOOST, PARAM_CAP, STRENGTHEN_CAP
from scanner.types import CATEGORIES, EXCLUSION_REASONS

#: a decision must hold by this much (the deep pass computes the same sums in another order)
MARGIN = 1e-9
_LEARNED_LOGIT = math.log(LEARNED_MINIMUM / (1 - LEARNED_MINIMUM))
#: the largest position factor of an exclusion cue (metadata: `position_factor`)
EXCLUSION_POSITION_MAX = 1.3
_INDEX = {name: i for i, name in enumerate(DENSE_NAMES)}


def feature_box(
    candidates: Iterable[Term],
    language: str,
    values: Callable[[], list[Value]] | None = None,
    look: Look | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The least and greatest value of each rule feature (`classify/features.py`) for a text
    with no stage or anchor term that may hold the `candidates` terms and no others; `values`
    gives the text's measured values (without it, they may weigh anything up to the cap);
    `look`: the quick pass's look at the text, for the weakening context it holds for certain
    and which of it may stand in the opening that counts more (`HEAD_CHARS`)."""
    lo = np.zeros(len(DENSE_NAMES))
    hi = np.zeros(len(DENSE_NAMES))
    others = [t for t in candidates if t.set == "other-material"]
    weaken = [t for t in candidates if t.set == "context" and t.category == "weaken"]
    strengthen = [t for t in candidates if t.set == "context" and t.category == "strengthen"]
    exclusions = [t for t in candidates if t.set == "exclusion"]
    # no stage or anchor term: every stage's score and raw score, the anchoring, clause-b
    # activity (it needs a stage's process vocabulary nearby) and the distinct terms are 0
    for cat in CATEGORIES:
        o = sum(t.weight * HEAD_BOOST for t in others if not t.competes_with or cat in t.competes_with)
        hi[_INDEX[f"other:{cat}"]] = min(o, 5.0)
    opening = look.opening if look is not None else None
    most = sum(
        2 * (1 - t.factor) * (max(1.0, HEAD_BOOST) if opening is None or t in opening else 1.0)
        for t in weaken
    )
    hi[_INDEX["mention"]] = min(most, 10.0) / 2.0
    if look is not None:
        sure = {t.id: t for t in look.sure}.values()
        least = sum(
            2 * (1 - t.factor) * (HEAD_BOOST if t in look.sure_head else min(1.0, HEAD_BOOST)) for t in sure
        )
        lo[_INDEX["mention"]] = min(least, 10.0) / 2.0
    raise_by = math.prod(t.factor for t in strengthen if t.factor > 1)
    lo[_INDEX["strengthen"]] = 1.0
    hi[_INDEX["strengthen"]] = max(1.0, min(STRENGTHEN_CAP, raise_by))
    # every value counted in full, as if next to a process term
    weight = sum(v.unit.weight for v in values()) if values is not None else PARAM_CAP
    hi[_INDEX["parameters"]] = min(weight, PARAM_CAP) / 5.0
    for reason in EXCLUSION_REASONS:
        cue = sum(t.weight * EXCLUSION_POSITION_MAX for t in exclusions if t.category == reason)
        hi[_INDEX[f"exclusion:{reason}"]] = min(cue, 10.0) / 2.0
    for lang in ("zh", "en", "mixed"):
        lo[_INDEX[f"lang_{lang}"]] = hi[_INDEX[f"lang_{lang}"]] = float(language == lang)
    return lo, hi


def _least(c: float, k: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> float:
    return c + float(np.where(k > 0, k * lo, k * hi).sum())


def _greatest(c: float, k: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> float:
    return c + float(np.where(k > 0, k * hi, k * lo).sum())


def _learned(heads: dict[str, tuple[float, np.ndarray]], lo: np.ndarray, hi: np.ndarray) -> str | None:
    """The carrier head that wins over the whole box ("" when every head stays below the
    minimum, so the rules decide), or None when the box leaves it open."""
    for name, (c, k) in heads.items():
        if _least(c, k, lo, hi) < _LEARNED_LOGIT + MARGIN:
            continue
        if all(_least(c - c2, k - k2, lo, hi) > MARGIN for other, (c2, k2) in heads.items() if other != name):
            return name
    if all(_greatest(c, k, lo, hi) < _LEARNED_LOGIT - MARGIN for c, k in heads.values()):
        return ""
    return None


def quick_carrier(
    cues: FormatCues,
    text: str,
    logits: dict[str, tuple[float, np.ndarray]] | None,
    lo: np.ndarray,
    hi: np.ndarray,
    carrier_terms: Iterable[Term],
) -> str | None:
    """`decide_carrier` for a document the quick pass clears (not flagged), over the box of rule
    features; `logits` are the carrier heads' (None without a model); `carrier_terms` the
    carrier cue terms the text may hold. None when the carrier is not settled by this."""
    if cues.file_type == "pptx" and cues.settled is None:
        return "other"
    if cues.settled is None and logits:
        heads = {name.split(":", 1)[1]: lk for name, lk in logits.items()}
        heads = learned_choices(cues, heads)
        if heads:
            learned = _learned(heads, lo, hi)
            if learned is None:
                return None
            if learned:
                return learned
    return _by_bounded_rules(cues, text, list(carrier_terms))


def _by_bounded_rules(cues: FormatCues, text: str, carrier_terms: list[Term]) -> str | None:
    """`_by_rules` when the text may hold `carrier_terms`: the format's carrier when even all of
    them together could not overtake it."""
    base = format_scores(cues, text)
    if any(t.weight < 0 for t in carrier_terms):
        return None
    most: dict[str, float] = {}
    for term in {t.id: t for t in carrier_terms}.values():
        if term.category:
            most[term.category] = most.get(term.category, 0.0) + term.weight
    for carrier, minimum in MINIMUM.items():
        if most.get(carrier, 0.0) < minimum:
            most.pop(carrier, None)  # cannot reach the minimum that makes them count
    if not most:
        return rules_choice(base, False)
    if not base:
        return None
    best = max(base, key=lambda c: base[c])
    if base[best] < 0.6:
        return None
    rivals = (set(base) | set(most)) - {best}
    if all(base.get(c, 0.0) + most.get(c, 0.0) < base[best] - MARGIN for c in rivals):
        return best
    return None
