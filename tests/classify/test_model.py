import pytest

from scanner.classify.features import DENSE_NAMES, dense_features, model_text
from scanner.classify.model import char_ngrams

TEXTS = [
    "烧结钕铁硼：1060℃真空烧结4 h，二级回火500℃。",
    "Copper SX-EW: LIX 984N, O/A 1.2, loaded organic 5.2 g/L Cu.",
    "PrNd oxide price rose 3 % this week.",
]


def test_char_ngrams() -> None:
    grams = char_ngrams("Ab 稀土")
    assert {"a", "ab", "ab ", "稀土"} <= set(grams)


@pytest.mark.parametrize("text", TEXTS)
def test_shipped_model_gives_probabilities_for_every_head(scanner, text: str) -> None:
    _, analysis = scanner.scan_bytes_with_analysis("t.txt", text.encode())
    models = scanner.model.models
    t, d = model_text(analysis), dense_features(analysis)
    assert len(d) == len(DENSE_NAMES) == len(models.dense_names)
    probs = models.probabilities(t, d)
    assert set(probs) == set(scanner.model.manifest["heads"])
    assert all(0.0 < p < 1.0 for p in probs.values())


def test_strongest_features_name_rule_and_text_features(scanner) -> None:
    _, analysis = scanner.scan_bytes_with_analysis("t.txt", TEXTS[0].encode())
    top = scanner.model.models.strongest_features(model_text(analysis), dense_features(analysis))
    assert top and all(isinstance(v, float) for _, v in top)
    assert any(name.startswith(("char:", "word:", "rule:")) for name, _ in top)
