"""The XML workbook reader gives what openpyxl's read-only mode gives, or hands the workbook to it.

Each workbook below is written part by part, so that the XML is exactly the shape under test;
the fast reader's `Extracted` must equal openpyxl's to the last segment, mark and skip."""

from __future__ import annotations

import datetime
import io
import zipfile

import openpyxl
import pytest

from scanner.config import Limits
from scanner.extract import sheetxml, xlsx
from scanner.extract.base import Source
from scanner.extract.sheetxml import Unsupported, open_workbook

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORKSHEET = REL + "/worksheet"
CHARTSHEET = REL + "/chartsheet"

STYLES = f"""<styleSheet xmlns="{MAIN}">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>
<numFmt numFmtId="165" formatCode="[h]:mm:ss"/></numFmts>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>
<xf numFmtId="2"/></cellXfs></styleSheet>"""

CORE = """<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Sintering log</dc:title>
<dc:creator>Li Wei</dc:creator><cp:keywords>NdFeB</cp:keywords></cp:coreProperties>"""


def book(
    sheets: list[str],
    strings: list[str] | None = None,
    styles: str | None = STYLES,
    core: str | None = CORE,
    workbook_pr: str = "",
    kinds: list[str] | None = None,
    namespace: str = MAIN,
) -> bytes:
    """An XLSX package: each of `sheets` is a worksheet's XML inside <worksheet>; `strings`
    are shared-string items' inner XML (<si>…</si>)."""
    kinds = kinds or [WORKSHEET] * len(sheets)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        overrides = [
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
        ]
        if strings is not None:
            overrides.append(
                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            )
        for i, kind in enumerate(kinds, start=1):
            folder, ct = ("worksheets", "worksheet") if kind == WORKSHEET else ("chartsheets", "chartsheet")
            overrides.append(
                f'<Override PartName="/xl/{folder}/sheet{i}.xml" ContentType="application/vnd.'
                f'openxmlformats-officedocument.spreadsheetml.{ct}+xml"/>'
            )
        if styles is not None:
            overrides.append(
                '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.spreadsheetml.styles+xml"/>'
            )
        z.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            + "".join(overrides)
            + "</Types>",
        )
        z.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        rels = []
        entries = []
        for i, (kind, body) in enumerate(zip(kinds, sheets, strict=True), start=1):
            folder, root = ("worksheets", "worksheet") if kind == WORKSHEET else ("chartsheets", "chartsheet")
            rels.append(f'<Relationship Id="rId{i}" Type="{kind}" Target="{folder}/sheet{i}.xml"/>')
            entries.append(f'<sheet name="Sheet {i}" sheetId="{i}" r:id="rId{i}"/>')
            z.writestr(f"xl/{folder}/sheet{i}.xml", f'<{root} xmlns="{namespace}">{body}</{root}>')
        if strings is not None:
            rels.append(f'<Relationship Id="rS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
            items = "".join(f"<si>{s}</si>" for s in strings)
            z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{items}</sst>')
        if styles is not None:
            rels.append(f'<Relationship Id="rT" Type="{REL}/styles" Target="styles.xml"/>')
            z.writestr("xl/styles.xml", styles)
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels)
            + "</Relationships>",
        )
        z.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{namespace}" xmlns:r="{REL}">{workbook_pr}<sheets>'
            + "".join(entries)
            + "</sheets></workbook>",
        )
        if core is not None:
            z.writestr("docProps/core.xml", core)
    return out.getvalue()


def both(data: bytes, limits: Limits | None = None):
    """What `extract_xlsx` gives (the fast reader when it can) and what openpyxl alone gives."""
    source = Source("book.xlsx", data, limits or Limits())
    return xlsx.extract_xlsx(source), xlsx._extract_openpyxl(data, source)


def read_fast(data: bytes) -> list[list[str]]:
    """Every row the fast reader yields (raising `Unsupported` where it hands over)."""
    workbook = open_workbook(data)
    try:
        return [row.texts for _, part in workbook.sheets for row in workbook.rows(part)]
    finally:
        workbook.close()


def sheet(rows: str, dimension: str | None = "A1:D4") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f"{dim}<sheetData>{rows}</sheetData>"


STRINGS = [
    "<t>烧结温度</t>",
    '<t xml:space="preserve"> 1060 ℃ </t>',
    "<r><t>vacuum </t></r><r><rPr><b/></rPr><t>sintering</t></r>",
    "<t>カ</t><rPh sb='0' eb='1'><t>ka</t></rPh>",
    "<t>_x005F_x000D_ kept</t>",
    "<t/>",
]

# the fast reader reads these itself; both readers must give the same
SAME = {
    "shared strings, rich text, phonetic runs, escapes": sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>3</v></c>'
        '<c r="C2" t="s"><v>4</v></c><c r="D2" t="s"><v>5</v></c></row>'
    ),
    "numbers: int, float, integral float, exponent": sheet(
        '<row r="1"><c r="A1"><v>42</v></c><c r="B1"><v>3.25</v></c><c r="C1"><v>4.0</v></c>'
        '<c r="D1" t="n"><v>1.5E3</v></c></row>'
    ),
    "dates, times and durations by style": sheet(
        '<row r="1"><c r="A1" s="1"><v>46000</v></c><c r="B1" s="2"><v>45000.5</v></c>'
        '<c r="C1" s="1"><v>0.75</v></c><c r="D1" s="3"><v>1.25</v></c></row>'
        '<row r="2"><c r="A2" s="4"><v>12.5</v></c><c r="B2" s="1"><v>30</v></c>'
        '<c r="C2" s="1"><v>99999999</v></c></row>'
    ),
    "booleans, errors, formula strings, ISO dates, inline strings": sheet(
        '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#N/A</v></c>'
        '<c r="C1" t="str"><f>A1&amp;"x"</f><v>TRUEx</v></c>'
        '<c r="D1" t="d"><v>2026-03-01T10:30:00</v></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>NdFeB</t></is></c>'
        '<c r="B2" t="inlineStr"><is><r><t>Sm</t></r><r><t>Co</t></r></is></c>'
        '<c r="C2" t="inlineStr"/><c r="D2"><v></v></c></row>'
    ),
    "missing rows and columns, header rows": sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>O/A</t></is></c></row>'
        '<row r="4"><c r="B4"><v>7</v></c><c r="C4"><v>1.5</v></c></row>'
    ),
    "a dimension narrower than the cells (stale: not trusted)": sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>'
        '<row r="2"><c r="A2"><v>3</v></c></row><row r="3"><c r="A3"><v>4</v></c></row>',
        dimension="A1",
    ),
    "no dimension": sheet(
        '<row r="2"><c r="B2"><v>5</v></c><c r="A2"><v>6</v></c></row>'
        '<row r="5"><c r="C5"><v>8</v></c></row>',
        dimension=None,
    ),
    "rows and cells without references": sheet(
        "<row><c><v>1</v></c><c><v>2</v></c></row><row><c r='C2'><v>3</v></c><c><v>4</v></c></row>",
        dimension="A1:D2",
    ),
    "rows out of order, a repeated row": sheet(
        '<row r="3"><c r="A3"><v>3</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>'
        '<row r="3"><c r="B3"><v>9</v></c></row>',
        dimension=None,
    ),
    "a row number written as a float": sheet('<row r="2.0"><c r="A2"><v>1</v></c></row>'),
    "the dimension after the data (ignored, as openpyxl does)": (
        '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>'
        '<dimension ref="A1"/>'
    ),
    "an empty sheet beside a full one": "<sheetData/>",
}


@pytest.mark.parametrize("name", list(SAME))
def test_the_fast_reader_gives_what_openpyxl_gives(name: str) -> None:
    data = book([SAME[name], SAME["numbers: int, float, integral float, exponent"]], strings=STRINGS)
    read_fast(data)  # read by the fast reader: it raises nothing
    fast, reference = both(data)
    assert fast == reference


def test_a_stale_dimension_cuts_nothing() -> None:
    """An export tool's stale `dimension` ("A1" over a full sheet) ended openpyxl's read-only
    rows there, and the fast reader followed it: every other cell went unread."""
    rows = (
        '<row r="1"><c r="A1"><v>1</v></c></row>'
        '<row r="3"><c r="B3" t="inlineStr"><is><t>烧结</t></is></c></row>'
    )
    data = book([sheet(rows, dimension="A1")])
    assert read_fast(data) == [["1"], [], ["", "烧结"]]
    fast, reference = both(data)
    assert fast == reference


def test_the_values_it_reads() -> None:
    data = book(
        [
            SAME["dates, times and durations by style"],
            SAME["booleans, errors, formula strings, ISO dates, inline strings"],
        ]
    )
    rows = read_fast(data)
    assert rows[0] == ["2025-12-09 00:00:00", "2023-03-15 12:00:00", "18:00:00", "1 day, 6:00:00"]
    assert rows[1][:3] == ["12.5", "1900-01-30 00:00:00", "#VALUE!"]
    assert rows[2] == ["True", "#N/A", "TRUEx", "2026-03-01 10:30:00"]
    assert rows[3] == ["NdFeB", "SmCo", "", ""]


def test_a_workbook_without_properties_names_openpyxl_as_its_creator_like_openpyxl() -> None:
    fast, reference = both(book([SAME["no dimension"]], core=None, styles=None))
    assert fast == reference
    assert fast.metadata == {"creator": "openpyxl"}


@pytest.mark.parametrize("cells", [3, 5, 11, 40])
def test_the_cell_limit_cuts_where_openpyxl_cuts(cells: int) -> None:
    data = book([SAME["missing rows and columns, header rows"], SAME["no dimension"], SAME["no dimension"]])
    fast, reference = both(data, Limits(max_sheet_cells=cells))
    assert fast == reference


# these go to openpyxl, which reads them (or refuses them) as it always has
HANDED_OVER = {
    "the 1904 date system": dict(sheets=[SAME["no dimension"]], workbook_pr='<workbookPr date1904="1"/>'),
    "a chart sheet": dict(sheets=[SAME["no dimension"], "<sheetPr/>"], kinds=[WORKSHEET, CHARTSHEET]),
    "strict OOXML's namespace": dict(
        sheets=[SAME["no dimension"]], namespace="http://purl.oclc.org/ooxml/spreadsheetml/main"
    ),
    "a boolean that is no number": dict(sheets=[sheet('<row r="1"><c r="A1" t="b"><v>yes</v></c></row>')]),
    "a shared string out of range": dict(sheets=[sheet('<row r="1"><c r="A1" t="s"><v>9</v></c></row>')]),
    "a comment inside a row": dict(sheets=[sheet('<row r="1"><!-- x --><c r="A1"><v>1</v></c></row>')]),
    "a row number that is no integer": dict(sheets=[sheet('<row r="1.5"><c r="A1"><v>1</v></c></row>')]),
    "a run without text": dict(
        sheets=[sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')], strings=["<r/>"]
    ),
}


@pytest.mark.parametrize("name", list(HANDED_OVER))
def test_what_the_fast_reader_hands_to_openpyxl(name: str) -> None:
    data = book(**HANDED_OVER[name])
    with pytest.raises(Unsupported):
        read_fast(data)
    try:
        reference = xlsx._extract_openpyxl(data, Source("book.xlsx", data, Limits()))
    except Exception as exc:  # openpyxl refuses it: so does extract_xlsx, the same way
        with pytest.raises(type(exc)):
            xlsx.extract_xlsx(Source("book.xlsx", data, Limits()))
    else:
        assert xlsx.extract_xlsx(Source("book.xlsx", data, Limits())) == reference


def test_a_workbook_written_by_openpyxl_reads_the_same() -> None:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append(["工序", "温度(℃)", "时间(h)", "日期"])
    ws.append(["真空烧结", 1060, 4.0, datetime.datetime(2026, 3, 1, 8, 30)])
    ws.append(["回火", 900.5, None, datetime.date(2026, 3, 2)])
    workbook.create_sheet("空白")
    workbook.properties.title = "烧结记录"
    out = io.BytesIO()
    workbook.save(out)
    data = out.getvalue()
    read_fast(data)
    fast, reference = both(data)
    assert fast == reference
    assert "真空烧结" in " ".join(s.text for s in fast.segments)


def test_the_fast_reader_is_used_for_an_ordinary_workbook(monkeypatch) -> None:
    """An ordinary workbook never reaches openpyxl's loader (the point of the fast reader)."""
    data = book([SAME["missing rows and columns, header rows"]], strings=STRINGS)

    def refuse(*args, **kwargs):
        raise AssertionError("openpyxl was asked to load the workbook")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)
    extracted = xlsx.extract_xlsx(Source("book.xlsx", data, Limits()))
    assert any("O/A" in s.text for s in extracted.segments)
    assert sheetxml.DEFAULT_PROPERTIES == {"creator": "openpyxl"}
