from scanner.config import Limits
from scanner.extract.base import Source
from scanner.extract.delimited import extract_delimited
from scanner.extract.markup import extract_markup
from scanner.extract.text import extract_text


def test_text_segments_carry_line_numbers() -> None:
    data = "第一行\n\n烧结温度 1060℃\n".encode("gb18030")
    out = extract_text(Source("a.txt", data, Limits()))
    assert [(s.text, str(s.location)) for s in out.segments] == [
        ("第一行", "line 1"),
        ("烧结温度 1060℃", "line 3"),
    ]
    assert out.metadata["encoding"] == "gb18030"


def test_csv_rows_keep_headers_and_cells() -> None:
    data = "井号,硫酸铵浓度(%),pH\nW-01,2.5,5.2\n".encode("gb18030")
    out = extract_delimited(Source("log.csv", data, Limits()))
    row = out.segments[1]
    assert row.text == "井号: W-01 | 硫酸铵浓度(%): 2.5 | pH: 5.2"
    assert str(row.location_at(row.text.index("2.5"))) == "B2, row 2"


def test_html_text_and_title_without_scripts() -> None:
    html = (
        b"<html><head><title>SX plant</title><script>var a='P507';</script></head>"
        b"<body><p>Saponification 35%</p></body></html>"
    )
    out = extract_markup(Source("a.html", html, Limits()))
    texts = [s.text for s in out.segments]
    assert "title: SX plant" in texts
    assert "Saponification 35%" in texts
    assert not any("P507" in t for t in texts)


def test_xml_entity_bomb_is_not_expanded() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b"<l>&c;&c;&c;</l>"
    )
    out = extract_markup(Source("bomb.xml", bomb, Limits()))
    assert sum(len(s.text) for s in out.segments) < 1000
