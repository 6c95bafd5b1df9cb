import csv
import random
from pathlib import Path

import pytest

from scanner.extract.delimited import DELIMITERS, _Sniffer

PROJECT = Path(__file__).resolve().parents[2]
REAL_WORLD = PROJECT.parent / "shared" / "corpus" / "real-world"
#: the project's own delimited files (not the sealed sets)
OWN = [
    PROJECT / "samples",
    *(PROJECT / "corpora" / n for n in ("text", "coded-sheets", "carriers-a", "carriers-b")),
]


def _both(sample: str) -> tuple:
    """What the standard library's sniffer and the scanner's make of one sample."""
    answers = []
    for sniffer in (csv.Sniffer(), _Sniffer()):
        try:
            dialect = sniffer.sniff(sample, delimiters=DELIMITERS)
            answers.append((dialect.delimiter, dialect.skipinitialspace, dialect.quotechar))
        except csv.Error as exc:
            answers.append(("error", str(exc)))
    return tuple(answers)


@pytest.mark.parametrize(
    "sample",
    [
        "a,b,c\n1,2,3\n4,5,6\n",
        "a\tb\tc\n1\t2\t3\n",
        "a;b;c\n1,5;2,5;3\n",
        "a|b\n1|2\n",
        "a, b, c\n1, 2, 3\n",
        "温度;时间\n1060;4\n",
        "one column\nsecond\nthird\n",
        "a,b;c\n1,2;3\n4,5;6\n",  # two candidates: the preferred list decides
        "x,y\n" + "1,2\n" * 30 + "1;2;3\n" * 5,  # several chunks of ten lines
        "",
        '"a,b";c\n"d,e";f\n',
    ],
)
def test_the_sniffer_agrees_with_the_standard_library(sample: str) -> None:
    stdlib, ours = _both(sample)
    assert ours == stdlib


def test_the_sniffer_agrees_on_random_samples() -> None:
    rng = random.Random(20261204)
    alphabet = "ab1 ,;\t|\"'\n"
    for _ in range(3000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        stdlib, ours = _both(sample)
        assert ours == stdlib, repr(sample)


def test_the_sniffer_agrees_on_every_delimited_file_at_hand() -> None:
    files = [
        p for root in (REAL_WORLD, *OWN) for p in root.rglob("*") if p.suffix.lower() in (".csv", ".tsv")
    ]
    assert len(files) > 90
    for path in files:
        sample = path.read_bytes()[:20_000].decode("utf-8", "replace")
        stdlib, ours = _both(sample)
        assert ours == stdlib, path.name
