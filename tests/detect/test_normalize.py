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
        ("钕\u200b铁\u200c硼\u200d烧结", "钕铁硼烧结"),  # zero-width characters inside a term
        ("de\u00admagnetization", "demagnetization"),  # a soft hyphen
        # a word joiner, a BOM, direction marks; a short text is read with them dropped, then as spaces
        ("Nd\u2060Fe\ufeffB \u200eabc\u200f", "NdFeB abc Nd Fe B abc"),
        # zero-width spaces standing for every space: word breaks
        ("vacuum\u200bsintering\u200bat\u200b1060\u200b°C", "vacuum sintering at 1060 °C"),
        ("jet\u2060milling\ufeffto\u180eD50", "jet milling to D50"),
        (
            "Nd\u200bFe\u200bB sintered in a vacuum furnace " * 6,
            "NdFeB sintered in a vacuum furnace " * 5 + "NdFeB sintered in a vacuum furnace",
        ),
        # more characters that show nothing, put inside words to break them
        ("Nd\U000e0020Fe\U000e0042B", "NdFeB"),  # tag characters
        ("sin\ufe00ter\U000e0100ing", "sintering"),  # variation selectors
        ("sin\u034fter\u3164ing \u1160x\uffa0", "sintering x"),  # a grapheme joiner, Hangul fillers
        # thin, hair and narrow spaces show as gaps: spaces, between words above all
        ("sintered\u2009NdFeB\u202fmagnet\u200ablocks", "sintered NdFeB magnet blocks"),
        ("1\u2009060 °C", "1 060 °C"),
        # a right-to-left override: as shown, then as stored (deleting it gives the text back)
        ("\u202egniretnis\u202c at 1060", "sintering at 1060 gniretnis at 1060"),
        ("\u202egniretnis\nnext", "sintering gniretnis next"),  # an override ends with its line
        ("x\u202e sintering at 1060", "x0601 ta gniretnis x sintering at 1060"),
        # Cyrillic and Greek look-alikes inside Latin words; words all in one script are kept
        ("sint\u0435ring NdF\u0435\u0412 \u039dd", "sintering NdFeB Nd"),
        ("спекание магнитов NdFeB", "спекание магнитов NdFeB"),
        ("α-Fe and 3 μm", "α-Fe and 3 μm"),
        # marks on Latin letters (precomposed or combining), small capitals, other look-alikes
        ("si\u0301ntéríng at Bāotóu", "sintering at Baotou"),
        ("s\u0336i\u0336n\u0336t\u20dd", "sint"),
        ("ꜱɪɴᴛᴇʀɪɴɢ ɑt", "SINTERING at"),
        ("Ꮪintering օxide", "Sintering oxide"),
        ("5 Å and Ångström", "5 Å and Ångstrom"),  # the ring stays: an ångström is no ampere
        ("烧结1060℃×4 h", "烧结1060°C×4 h"),
        # Chinese with the same mark after every character; a list keeps its marks
        ("·".join("烧结钕铁硼速凝铸片1450℃"), "烧结钕铁硼速凝铸片1450°C"),
        ("稀土元素：钕、镨、镝、铽、钐、钆、镧、铈等", "稀土元素:钕、镨、镝、铽、钐、钆、镧、铈等"),
        # a word spelt out letter by letter, words apart by wider gaps
        ("s i n t e r e d   a t  1060", "sintered a t 1060"),  # four letters or more
        ("a b c", "a b c"),  # three letters: a list, left alone
        ("钕 a b c d e", "钕 a b c d e"),  # letters between single spaces only: a list
        # words put one by one in quotes or brackets, three or more in a row
        ('"strip" "casting" "at" 1450', "strip casting at 1450"),
        ("[jet] [milling] [to] [3.2]", "jet milling to 3.2"),
        ('the "A" "B" grades (see note)', 'the "A" "B" grades (see note)'),  # two: left alone
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


def _normalize_in_full(text: str) -> str:
    """`normalize` without its shortcut for ASCII text that needs nothing."""
    from scanner.detect.normalize import normalize_in_full

    return normalize_in_full(text)


@pytest.mark.parametrize(
    "text",
    [
        "budget",
        "2026-03-14",
        "12.50",
        "a b",
        " a",
        "a ",
        "a  b",
        "a\tb",
        "T_bath_C",
        "x-\ny",
        "a\x1cb",
        "",
        " ",
    ],
)
def test_the_ascii_shortcut_changes_nothing(text: str) -> None:
    assert normalize(text) == _normalize_in_full(text)


def test_the_ascii_shortcut_on_random_text() -> None:
    import random

    rng = random.Random(20261204)
    every = [chr(i) for i in range(128)]
    for _ in range(20000):
        text = "".join(
            rng.choice(every if rng.random() < 0.3 else ' ab-_\n\t1."[]') for _ in range(rng.randint(0, 12))
        )
        assert normalize(text) == _normalize_in_full(text), repr(text)


def _marked_in_full(text: str, marks: tuple) -> tuple:
    """`normalize_marked` without its shortcut for rows that need nothing."""
    from unittest import mock

    from scanner.detect import normalize as module

    with mock.patch.object(module, "_unchanged_marked", return_value=False):
        return module.normalize_marked(text, marks)


def _row(cells: list[str]) -> tuple[str, tuple]:
    marks, offset = [], 0
    for i, cell in enumerate(cells):
        if i:
            offset += 3
        marks.append((offset, f"{chr(65 + i)}1"))
        offset += len(cell)
    return " | ".join(cells), tuple(marks)


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        _row(["Sintering temp (C): 1060", "Time (h): 4"]),
        _row(["budget", "2026-03-14", "12.50"]),
        _row(["pre-", "treatment"]),  # a hyphen at a piece's end joins a lower-case word
        _row(["a", "", "b"]),  # an empty piece drops its mark
        _row(["a ", "b"]),  # two spaces
        _row(["T_bath_C", "1.2"]),
        _row(["烧结温度", "1060"]),
        ("head a | b", ((5, "A1"), (9, "B1"))),  # text before the first mark
        ("a | b", ((0, "A1"), (0, "B1"))),  # two marks at one place
        ("ab | cd", ((1, "A1"), (5, "B1"))),  # a mark inside a word
        ("a | b", ((0, "A1"), (5, "B1"))),  # a mark at the very end
        ("line one\nline two", ((0, "line 1"), (9, "line 2"))),
    ],
)
def test_the_row_shortcut_changes_nothing(text: str, marks: tuple) -> None:
    assert normalize_marked(text, marks) == _marked_in_full(text, marks)


def test_the_row_shortcut_on_random_rows() -> None:
    import random

    rng = random.Random(20261205)
    alphabet = " ab-_\n1.|:" + "".join(chr(i) for i in range(32, 128))
    for _ in range(5000):
        cells = [
            "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(1, 5))
        ]
        text, marks = _row(cells)
        assert normalize_marked(text, marks) == _marked_in_full(text, marks), repr(text)


ROUTE = (
    "Sintered NdFeB magnet production: strip casting at 1450 °C, hydrogen decrepitation, jet "
    "milling to D50 3.0 μm, pressing in a 2 T field, vacuum sintering at 1060 °C for 4 h, ageing "
    "at 900 °C 2 h and 500 °C 3 h; grain boundary diffusion of Dy."
)


@pytest.mark.parametrize(
    "text",
    [
        ROUTE,
        "x\u202e " + ROUTE,  # a stray override: the line shows scrambled, but is stored as written
        "\u202e" + ROUTE[::-1],  # written backwards under an override: shows as written
        "Process route (rev. B) \u202e: " + ROUTE,
        ROUTE.replace(" ", "\u200b"),  # zero-width spaces for spaces
        ROUTE.replace("NdFeB", "Nd\u200bFe\u200bB"),  # and inside a word
        ROUTE.replace(" ", " \u202e", 1).replace(" ", "\u202c \u202e"),  # an override for each word
    ],
)
def test_a_process_under_a_right_to_left_override_is_flagged(scanner, text: str) -> None:
    assert scanner.scan_bytes("route.txt", text.encode("utf-8")).verdict == "controlled"


_LOOK_ALIKES = str.maketrans("aeopcxBTH", "аеорсхВТН")  # Latin to Cyrillic


@pytest.mark.parametrize(
    "text",
    [
        ROUTE.translate(_LOOK_ALIKES),  # Cyrillic letters in every word
        ROUTE.replace("e", "\u0435").replace("N", "\u039d"),  # a Cyrillic ie, a Greek Nu
        " ".join(ROUTE).replace("   ", "  "),  # letter by letter, words two spaces apart
        "\n".join(ROUTE.split()),  # a line break for every space
        ROUTE.replace(" ", "\u2028"),  # a Unicode line separator for every space
        ROUTE.replace(" ", "-"),  # hyphens for spaces
        " ".join(f'"{w}"' for w in ROUTE.split()),  # each word in quotes
        " ".join(f"[{w}]" for w in ROUTE.split()),  # each word in brackets
        " ".join(w[:2] + "\u0301" + w[2:] if len(w) > 3 else w for w in ROUTE.split()),  # accents
        "".join(c + "\u0336" if c.isalpha() else c for c in ROUTE),  # struck through
        ROUTE.translate(str.maketrans("aegiprst", "ᴀᴇɢɪᴘʀꜱᴛ")),  # small capitals
        ROUTE.replace("i", "ι"),  # a Greek iota
        "\u2013".join(ROUTE.split()),  # en dashes for spaces
        "\u00b7".join(ROUTE.split()),  # middle dots for spaces
        "/".join(ROUTE.split()),  # slashes for spaces
    ],
)
def test_a_disguised_process_is_flagged(scanner, text: str) -> None:
    """Text that reads as the route on screen, but whose words a word-by-word reading would not
    find: look-alike letters, letters spaced out, words on lines of their own, hyphens."""
    assert scanner.scan_bytes("route.txt", text.encode("utf-8")).verdict == "controlled"


MEMO = (
    "Quarterly sales memo: copper cathode shipments rose 4 % on the year; the Monterrey "
    "warehouse lease runs to 2027; travel budget approved for the trade fair in Hanover."
)


@pytest.mark.parametrize(
    "text",
    [
        MEMO.translate(_LOOK_ALIKES),
        " ".join(MEMO).replace("   ", "  "),
        "\n".join(MEMO.split()),
        MEMO.replace(" ", "-"),
        " ".join(f'"{w}"' for w in MEMO.split()),
        "".join(c + "\u0301" if c in "aeiou" else c for c in MEMO),
        MEMO.translate(str.maketrans("aegiprst", "ᴀᴇɢɪᴘʀꜱᴛ")),
        "\u00b7".join(MEMO.split()),
        "·".join("各部门：本周五下午三点在三楼会议室召开年度预算会议，请准时参加。"),
    ],
)
def test_a_disguised_office_memo_stays_clear(scanner, text: str) -> None:
    """The same readings of an ordinary memo find nothing to flag."""
    assert scanner.scan_bytes("memo.txt", text.encode("utf-8")).verdict == "clear"
