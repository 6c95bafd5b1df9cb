import pytest

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


@pytest.mark.parametrize(
    ("name", "data", "read", "not_read"),
    [
        # a CDATA section is text
        (
            "spec.xml",
            b"<spec><body><![CDATA[Sinter 1060 \xc2\xb0C <4 h>]]></body></spec>",
            "Sinter 1060 °C <4 h>",
            None,
        ),
        # an XML export keeps its values in attributes; the namespaces are plumbing
        (
            "recipe.xml",
            b'<r xmlns="urn:x" xsi:schemaLocation="urn:x r.xsd"><step name="Sinter" temp="1060"/></r>',
            "name: Sinter temp: 1060",
            "urn:x",
        ),
        # HTML: the attributes a reader sees, not the layout's
        (
            "mail.html",
            b'<html><body><img class="c1" src="a.png" alt="P507 O/A 1.8"><a title="tip">t</a></body></html>',
            "alt: P507 O/A 1.8",
            "a.png",
        ),
        (
            "page.xml",
            b"<!DOCTYPE html><html><body><p style='x' title='shown'>x</p></body></html>",
            "title: shown",
            "style",
        ),
        # a mail client runs no script: it shows what <noscript> holds
        (
            "mail.html",
            b"<html><body><noscript>P507 O/A 1.8</noscript><script>var s='x'</script></body></html>",
            "P507 O/A 1.8",
            "var s",
        ),
    ],
)
def test_markup_reads_cdata_and_attributes(name: str, data: bytes, read: str, not_read: str | None) -> None:
    text = "\n".join(s.text for s in extract_markup(Source(name, data, Limits())).segments)
    assert read in text
    assert not_read is None or not_read not in text


@pytest.mark.parametrize(
    ("name", "line", "read"),
    [
        # Python's json.dump writes every Chinese character as an escape
        ("recipe.json", r'{"step": "\u70e7\u7ed3\u6e29\u5ea6 1060\u2103"}', '{"step": "烧结温度 1060℃"}'),
        ("recipe.json", r'{"note": "line one\nline two"}', '{"note": "line one line two"}'),
        ("recipe.json", r'"\ud83d\ude00"', '"😀"'),  # a pair of code units: one character
        ("recipe.json", r'"C:\\users\\u1"', r'"C:\\users\\u1"'),  # an escaped backslash, then text
        ("notes.txt", r"x = '\u70e7\u7ed3'\n", "x = '烧结'\\n"),  # line breaks are read only in JSON
    ],
)
def test_character_escapes_are_read_as_characters(name: str, line: str, read: str) -> None:
    [segment] = extract_text(Source(name, line.encode(), Limits())).segments
    assert segment.text == read


@pytest.mark.parametrize(
    ("html", "lines"),
    [
        # inline elements run on in their line; a block or a <br> ends it
        (
            "<p class=MsoNormal>sinter<span lang=EN-US>ing</span> at <b>Nd</b>FeB<br>next</p>"
            "<div>block</div>",
            ["sintering at NdFeB", "next", "block"],
        ),
        ("<p>" + "".join(f"<span>{c}</span>" for c in "strip casting") + "</p>", ["strip casting"]),
        ("<p>s<wbr>t<!-- x -->rip</p>", ["strip", " x "]),  # a comment is read, on its own
        # what a reader is not shown is read on its own line, after the line it was in
        ('<p>st<span style="display: none">zz</span>rip</p>', ["strip", "zz"]),
        ('<p>st<font style="font-size:0px">zz</font>rip <i hidden>yy</i>ok</p>', ["strip ok", "zzyy"]),
        ('<p>st<span style="COLOR: #FFFFFF !important">z<b>z</b></span>rip</p>', ["strip", "zz"]),
        # white space and line breaks inside a line are spaces
        ("<p>strip\ncasting</p><p>next</p>", ["strip casting", "next"]),
        # table cells are blocks
        ("<table><tr><td>HD</td><td>1.5 h</td></tr></table>", ["HD", "1.5 h"]),
    ],
)
def test_html_is_read_as_it_is_laid_out(html: str, lines: list[str]) -> None:
    out = extract_markup(Source("mail.html", html.encode(), Limits()))
    assert [s.text for s in out.segments] == [line.strip() for line in lines]


ROUTE_EN = (
    "Sintered NdFeB magnet process specification. Strip casting of the alloy at 1450 C, hydrogen "
    "decrepitation, jet milling to 3.2 um, pressing at 1.8 T, vacuum sintering at 1060 C for 4 h, "
    "aging at 900 C and 500 C. Grain boundary diffusion of Tb."
)


@pytest.mark.parametrize(
    "html",
    [
        "<p>" + "".join(f"<span>{c}</span>" for c in ROUTE_EN) + "</p>",
        "<p>" + "".join(f'{c}<span style="display:none">q</span>' for c in ROUTE_EN) + "</p>",
        "<p>" + "<!-- -->".join(ROUTE_EN) + "</p>",
        "<p>" + "<wbr>".join(ROUTE_EN) + "</p>",
    ],
)
def test_a_route_split_by_markup_is_flagged(scanner, html: str) -> None:
    """A route a browser shows whole, whatever the markup between its letters."""
    page = f"<html><body>{html}</body></html>".encode()
    assert scanner.scan_bytes("route.html", page).verdict == "controlled"
    mail = (
        b"From: a@example.com\r\nTo: b@example.org\r\nSubject: notes\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n" + page
    )
    assert scanner.scan_bytes("notes.eml", mail).verdict == "controlled"


TAB_TABLE = "批号\t烧结温度(℃)\t保温时间(h)\t一级回火(℃)\t二级回火(℃)\n" + "\n".join(
    f"N52-{i:03d}\t{1060 + i}\t{4 + i % 2}\t900\t{480 + 5 * i}" for i in range(6)
)


@pytest.mark.parametrize(
    ("text", "table"),
    [
        # a table pasted from a spreadsheet into a note or a mail
        (f"各位：\n本周烧结记录如下\n\n{TAB_TABLE}\n\n请查收。", True),
        # LINE's export: time TAB name TAB message is a chat, not a table
        ("10:02\t山田\t先看温度\n10:05\t王\t烧结1060℃\n10:06\t山田\t了解\n10:08\t王\t回火900℃", False),
        # a tab-indented list, two rows of a table, tabs inside prose
        ("\t\t1. 烧结\n\t\t2. 回火\n\t\t3. 磨加工", False),
        ("批号\t温度\t时间\nN52-001\t1060\t4", False),
        ("温度\t1060 ℃，保温\t4 h，然后回火\t900 ℃。", False),
    ],
)
def test_tab_separated_blocks_are_read_as_tables(text: str, table: bool) -> None:
    from scanner.extract.text import lines_to_segments

    segments = lines_to_segments(text)
    assert any("烧结温度(℃): 1061" in s.text for s in segments) is table
    if table:  # each row keeps its line number
        row = next(s for s in segments if "烧结温度(℃): 1061" in s.text)
        assert row.location.line == 6
    assert sum(len(s.text) > 0 for s in segments) >= 1


def test_a_table_in_a_mail_body_is_read_as_one(scanner) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "li@example.cn", "partner@example.de", "本周记录"
    msg.set_content(f"各位：\n本周烧结记录如下\n\n{TAB_TABLE}\n")
    verdict = scanner.scan_bytes("mail.eml", msg.as_bytes())
    assert any("烧结温度(°C): 10" in (e.snippet or "") for e in verdict.evidence), verdict.evidence


def _page(*uris: tuple[str, bytes]) -> bytes:
    import base64

    parts = "".join(
        f'<img src="data:{mime};base64,{base64.b64encode(data).decode()}">' for mime, data in uris
    )
    return f"<html><body><p>Figures below.</p>{parts}</body></html>".encode()


#: a font's table directory (what the sniffer knows a font by): no document text in it
FONT = b"\x00\x01\x00\x00\x00\x01\x00\x10\x00\x00\x00\x00" + b"glyf" + bytes(12) + bytes(64)
SVG_ROUTE = (
    b'<svg xmlns="http://www.w3.org/2000/svg"><text>Vacuum sintering of NdFeB at 1060 C for 4 h, '
    b"tempering 900 C 2 h and 500 C 3 h, jet milling to 3.2 um after strip casting</text></svg>"
)


@pytest.mark.parametrize(
    ("uris", "verdict"),
    [
        # an SVG written into the page is read as text
        ([("image/svg+xml", SVG_ROUTE)], "controlled"),
        # a PDF written into the page is not read: said, never clear
        ([("application/pdf", b"%PDF-1.4\n" + bytes(64))], "review"),
        # a font holds no document text
        ([("font/ttf", FONT)], "clear"),
    ],
)
def test_files_written_into_a_page_as_data_uris(scanner, uris, verdict: str) -> None:
    """A saved page or a webmail body carries its pictures and files inside its text (found by
    an exploratory test: a screenshot so written was never read)."""
    result = scanner.scan_bytes("page.html", _page(*uris))
    assert result.verdict == verdict, result.reasons


SPACED_CARD = (
    "烧结炉 3# 工艺卡\n"
    "段    温度(℃)    时间(min)    真空(Pa)\n"
    "1     400        120          <1\n"
    "2     800        180          <1\n"
    "3     1060       300          <5E-3\n"
    "回火  900        120          Ar\n"
)


@pytest.mark.parametrize(
    ("text", "table"),
    [
        (SPACED_CARD, True),  # columns aligned with spaces under a header of short names
        (SPACED_CARD.replace("    ", "\u3000"), True),  # ideographic spaces
        # ideographic spaces alone, no two spaces anywhere
        ("工艺卡\n段\u3000温度(℃)\u3000时间(min)\n1\u3000400\u3000120\n2\u3000800\u3000180\n", True),
        # a row with an empty cell shifts the columns: the block ends there, no value under a
        # wrong name (the row and those after it stay lines)
        (SPACED_CARD.replace("2     800        180", "2     800       "), False),
        # prose with two spaces after its full stops is no table
        (
            "Sintering was at 1060 C.  Ageing followed.  All good.\nThe next batch  is due  on Monday.\n"
            "We will  report then.  Thanks.",
            False,
        ),
        # two lines are no table
        ("段    温度(℃)    时间(min)\n1     400        120\n", False),
    ],
)
def test_space_aligned_columns_are_read_as_tables(text: str, table: bool) -> None:
    """Found by an exploratory test: a sintering card typed with its columns aligned by spaces
    came out clear (0.10): its numbers' units stand only in the column names, and the lines were
    read one by one. Aligned blocks are read as tables, each value beside its column's name."""
    from scanner.extract.text import lines_to_segments

    segments = lines_to_segments(text)
    assert any("温度(℃): 800" in s.text for s in segments) is table, [s.text for s in segments]
    if table:
        row = next(s for s in segments if "温度(℃): 800" in s.text)
        assert row.location.line == 4  # each row keeps its line number


def test_a_spaced_process_card_is_flagged(scanner) -> None:
    v = scanner.scan_bytes("card.txt", ("钕铁硼 " + SPACED_CARD).encode())
    assert v.verdict in ("controlled", "review"), v.reasons
