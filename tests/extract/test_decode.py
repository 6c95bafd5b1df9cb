import pytest

from scanner.extract.decode import decode_bytes

TEXT = "钕铁硼烧结工艺：烧结温度1060℃，保温4小时。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "gbk", "big5"])
def test_chinese_in_every_common_encoding(encoding: str) -> None:
    text = TEXT if encoding != "big5" else "釹鐵硼燒結工藝：燒結溫度1060度，保溫4小時。"
    decoded, _ = decode_bytes(text.encode(encoding))
    assert decoded.lstrip("\ufeff") == text


def test_latin1_english() -> None:
    decoded, _ = decode_bytes("Bastnäsite flotation at 60 °C".encode("cp1252"))
    assert "Bastnäsite" in decoded


def test_garbage_never_raises() -> None:
    decoded, _ = decode_bytes(bytes(range(256)) * 10)
    assert isinstance(decoded, str)


def test_lines_in_two_encodings_are_each_read_as_written() -> None:
    """A UTF-8 header on a GBK export (or logs appended by two programs): found by an
    exploratory test, whose spec below a UTF-8 line was read as mojibake and came out clear."""
    from scanner.extract.decode import decode_bytes

    head = "会议纪要：下周二开会\n".encode()
    body = "钕铁硼烧结工艺：烧结温度 1060 °C，保温 4 h\n".encode("gbk")
    text, encoding = decode_bytes(head + body + head)
    assert text == "会议纪要：下周二开会\n钕铁硼烧结工艺：烧结温度 1060 °C，保温 4 h\n会议纪要：下周二开会\n"
    assert encoding == "utf-8 and gb18030"


def test_a_gbk_file_stays_gbk() -> None:
    from scanner.extract.decode import decode_bytes

    text, encoding = decode_bytes("钕铁硼烧结工艺\n温度 1060 °C\n保温时间 4 h\n".encode("gbk"))
    assert text.startswith("钕铁硼烧结工艺") and encoding == "gb18030"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_latin_text_without_a_bom(encoding: str) -> None:
    """Of Latin letters, UTF-16 is valid UTF-8 too, a NUL after every letter: it was read so."""
    from scanner.extract.decode import decode_bytes

    text, found = decode_bytes("NdFeB sintering at 1060 C for 4 h".encode(encoding))
    assert text == "NdFeB sintering at 1060 C for 4 h" and found == encoding


ROUTE_TRADITIONAL = (
    "燒結釹鐵硼工藝：速凝鑄片1450℃，氫破，氣流磨D50 3.0 μm，2T磁場取向成型，真空燒結1060℃×4 h，"
    "回火900℃ 2 h、500℃ 3 h，晶界擴散Dy。"
)
MEMO_TRADITIONAL = "各位同事：請查閱附件中的生產工藝說明，並於本週五前回覆意見。"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # Big5 bytes read as GB18030 give wrong, mostly valid Hanzi: the common characters decide
        (ROUTE_TRADITIONAL, "big5"),
        (MEMO_TRADITIONAL, "big5"),
        (MEMO_TRADITIONAL + "\n" + ROUTE_TRADITIONAL * 3, "big5"),
        ("釹鐵硼", "big5"),
        (ROUTE_TRADITIONAL, "gb18030"),  # traditional characters written in GB18030 stay GB18030
        ("烧结钕铁硼工艺：速凝铸片1450℃，氢破，真空烧结1060℃×4 h。", "gb18030"),
        ("钕铁硼", "gbk"),
        ("本季度预算审查：差旅费用、食堂和人员计划。", "gbk"),
    ],
)
def test_big5_and_gb_are_told_apart(text: str, encoding: str) -> None:
    decoded, name = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert name == ("big5" if encoding == "big5" else "gb18030")


def test_the_project_chinese_texts_in_gbk_read_back() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "corpora" / "text"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("zh-*.txt"))[:80]]
    assert len(texts) > 20
    for text in texts:
        data = text.encode("gbk", errors="ignore")
        assert decode_bytes(data)[0] == data.decode("gbk")
