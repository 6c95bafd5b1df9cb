"""Traditional Chinese is matched as simplified, with offsets kept."""

from __future__ import annotations

import pytest

from scanner.detect.script import to_simplified


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("燒結溫度 1060℃", "烧结温度 1060℃"),
        ("氫破、氣流磨", "氢破、气流磨"),
        ("釹鐵硼磁體", "钕铁硼磁体"),
        ("萃取槽皂化度", "萃取槽皂化度"),
        ("電解槽", "电解槽"),
        ("Sintering at 1060 C", "Sintering at 1060 C"),
        ("烧结 already simplified", "烧结 already simplified"),
    ],
)
def test_traditional_text_reads_as_simplified(traditional: str, simplified: str) -> None:
    converted = to_simplified(traditional)
    assert converted == simplified
    assert len(converted) == len(traditional)
