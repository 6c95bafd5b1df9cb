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


ROWS = [
    "Batch;Alloy;Pour temperature (°C);Wheel speed (m/s);Flake thickness (mm)",
    *(f"SC-{240 + i};PrNd-Dy-FeB;{1450 + i};{1.4 + i / 20:.2f};{0.28 + i / 200:.3f}" for i in range(12)),
]


@pytest.mark.parametrize(
    "title",
    [
        "",
        "Strip-casting log NdFeB alloy – line 2 – October 2025\n",
        "Strip-casting log, line 2, October 2025\nExported: 2025-10-31\n\n",
        "速凝铸片记录表\n",
    ],
)
@pytest.mark.parametrize(
    "note", ["", "# limits: pour 1440-1480 °C; wheel 1.3-1.8 m/s; flakes 0.25-0.35 mm\n"]
)
def test_a_title_on_top_does_not_hide_the_delimiter(title: str, note: str) -> None:
    """An export with a title line of its own, or a note under the table: the stdlib sniffer
    finds no delimiter consistent enough on a dozen rows, and the file was read as one column
    per line ("," not there)."""
    from scanner.extract.base import Source
    from scanner.extract.delimited import _delimiter, extract_delimited

    text = title + "\n".join(ROWS) + "\n" + note
    assert _delimiter(text, "log.csv") == ";"
    segments = extract_delimited(Source("log.csv", text.encode())).segments
    assert any("Pour temperature (°C): 1455" in s.text for s in segments)


def test_a_note_with_other_delimiters_under_a_table_keeps_its_delimiter() -> None:
    """A batch record whose last line is a note of ';'-separated limits: the ',' of its rows
    stays the delimiter (a first fix sniffed the note alone, and read ';')."""
    from scanner.extract.delimited import _delimiter

    rows = ["lot,kiln_C,res_h,Fe2_pct", *(f"R1-{i},780,3.2,0.{i}" for i in range(8))]
    note = "# limits: kiln 750-800; Fe2+ <= 0.5\n"
    text = "# recycling line R1 | batch record | 2025-07\n" + "\n".join(rows) + "\n" + note
    assert _delimiter(text, "batch.csv") == ","
