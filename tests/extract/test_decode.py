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
