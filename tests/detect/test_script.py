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
        # Japanese forms t2s leaves as they are: a Japanese process card (an exploratory tester's
        # 焼結・時効 card was read with no process term)
        ("焼結・一次時効 880℃", "烧结・一次时效 880℃"),
        ("鉄 鉱石 処理 圧力", "铁 矿石 处理 压力"),
        ("希土類磁石", "稀土类磁石"),
        # 希 alone is not rare earth
        ("希望", "希望"),
    ],
)
def test_traditional_text_reads_as_simplified(traditional: str, simplified: str) -> None:
    converted = to_simplified(traditional)
    assert converted == simplified
    assert len(converted) == len(traditional)
