"""What the model sees of a document: its normalised text (for character and word n-grams) and
the rule detectors' numbers (for what n-grams cannot count: parameters near process terms,
rare-earth anchoring, other-material and mention context, exclusion cues)."""

from __future__ import annotations

from scanner.detect.analyze import Analysis, without_file_name
from scanner.policy.exclusions import exclusions_for
from scanner.policy.scoring import Scores, score_categories
from scanner.types import CATEGORIES, EXCLUSION_REASONS

#: The model reads this much of a text at once: the whole of a section (sections are at most
#: detect.sections.MAX_CHARS long), and the opening of a whole document, whose every part is
#: read again section by section.
TEXT_CHARS = 6_000

DENSE_NAMES: tuple[str, ...] = (
    *(f"rule_score:{c}" for c in CATEGORIES),
    *(f"rule_raw:{c}" for c in CATEGORIES),
    *(f"other:{c}" for c in CATEGORIES),
    "re_strength",
    "mention",
    "strengthen",
    "parameters",
    "activity",
    "distinct_terms",
    *(f"exclusion:{r}" for r in EXCLUSION_REASONS),
    "lang_zh",
    "lang_en",
    "lang_mixed",
)


def model_text(analysis: Analysis | str) -> str:
    text = analysis if isinstance(analysis, str) else analysis.text
    return without_file_name(text)[:TEXT_CHARS]


def dense_features(
    analysis: Analysis, scores: Scores | None = None, candidates: list | None = None
) -> list[float]:
    scores = scores or score_categories(analysis.findings)
    if candidates is None:
        candidates = exclusions_for(analysis, scores)
    exclusions = {e.reason: e.score for e in candidates}
    values = [
        *(scores.score[c] for c in CATEGORIES),
        *(min(scores.raw[c], 20.0) / 5.0 for c in CATEGORIES),
        *(min(scores.other[c], 5.0) for c in CATEGORIES),
        min(scores.re_strength, 10.0) / 2.0,
        min(scores.mention, 10.0) / 2.0,
        scores.strengthen_factor,
        scores.parameters / 5.0,
        min(scores.activity, 10.0) / 2.0,
        min(scores.distinct_terms, 40) / 10.0,
        *(min(exclusions.get(r, 0.0), 10.0) / 2.0 for r in EXCLUSION_REASONS),
        float(analysis.language == "zh"),
        float(analysis.language == "en"),
        float(analysis.language == "mixed"),
    ]
    return values
