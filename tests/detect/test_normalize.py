import pytest

from scanner.detect.normalize import normalize, normalize_marked
from scanner.detect.stem import stem


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＮｄＦｅＢ　磁体", "NdFeB 磁体"),  # full-width forms and ideographic space
        ("烧结温度1060℃", "烧结温度1060°C"),
        ("萃\n取 剂", "萃取剂"),  # a PDF line break inside a Chinese term
        ("demagneti-\nzation", "demagnetization"),
        ("kJ/m³  and\t\tA/cm²", "kJ/m3 and A/cm2"),
        ("  padded  ", "padded"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected
    lines = raw.split("\n")
    starts, pos = [], 0
    for i, line in enumerate(lines):
        starts.append((pos, f"line {i + 1}"))
        pos += len(line) + 1
    marked, marks = normalize_marked(raw, tuple(starts))
    assert marked == expected
    assert all(0 <= offset <= len(marked) for offset, _ in marks)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("sintered", "sintering"),
        ("magnets", "magnet"),
        ("leached", "leaching"),
        ("stripping", "strip"),
        ("batteries", "battery"),
        ("calcined", "calcine"),
    ],
)
def test_inflections_fold_together(a: str, b: str) -> None:
    assert stem(a) == stem(b)
