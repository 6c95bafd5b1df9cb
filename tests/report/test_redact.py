"""Redaction: a report names what was found and where, but carries neither the process values
nor the document's text around a match."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest

from scanner.report import make_reporter
from scanner.report.redact import mask_numbers, mask_snippet, redact
from scanner.report.summary import Summary
from scanner.types import Evidence, Exclusion, Verdict

#: numbers of the document's process values: none may reach a redacted report
VALUES = ("1063", "4.7", "0.35", "2.5")
#: words around the matches: none may reach a redacted report
WORDS = ("argon", "preheat", "fixture", "保温炉", "quench", "钼舟")

SPEC = Verdict(
    path="specs/QP-S-017.docx",
    verdict="controlled",
    control_codes=("1E902.a",),
    categories=("magnet-manufacturing",),
    magnet_types=("NdFeB",),
    carrier="process-spec",
    score=0.91,
    evidence=(
        Evidence(
            "真空烧结",
            "magnet-manufacturing",
            "paragraph 12",
            "mag.vacuum_sintering",
            "stage",
            0.8,
            "…argon preheat 真空烧结：1063℃×4.7 h，保温炉 fixture…",
        ),
        Evidence(
            "1063 °C",
            "process-parameter",
            "table 1, row 5",
            "unit.celsius",
            "value",
            1.0,
            "烧结温度 1063 °C, quench 0.35 MPa argon",
        ),
        Evidence(
            "烧结温度",
            "parameter",
            "table 1, row 5",
            "par.sintering-temperature",
            "parameter",
            0.6,
            "烧结温度 1063 °C 钼舟 2.5 h",
        ),
    ),
    reasons=(
        "magnet-manufacturing scores 0.91: 2 distinct process terms (真空烧结, 烧结温度) and process "
        "parameters weighing 3.2",
        "a value quoted from the document: 1063 °C",
    ),
    file_type="docx",
    sha256="ab" * 32,
    category_scores=(("magnet-manufacturing", 0.91),),
    language="zh",
)

#: what must survive redaction, in each format (text shows no evidence at all; CSV no rules)
SURVIVES = {
    "json": (
        "真空烧结",
        "# °C",
        "烧结温度",
        "mag.vacuum_sintering",
        "unit.celsius",
        "paragraph 12",
        "table 1, row 5",
    ),
    "jsonl": (
        "真空烧结",
        "# °C",
        "烧结温度",
        "mag.vacuum_sintering",
        "unit.celsius",
        "paragraph 12",
        "table 1, row 5",
    ),
    "csv": ("真空烧结", "# °C", "烧结温度", "paragraph 12", "table 1, row 5"),
    "text": ("specs/QP-S-017.docx", "CONTROLLED", "magnet-manufacturing"),
}


def report(fmt: str, verdicts: list[Verdict], redacted: bool) -> str:
    out = io.StringIO()
    reporter = make_reporter(fmt, out, redact=redacted)
    summary = Summary()
    reporter.start()
    for v in verdicts:
        summary.add(v)
        reporter.file(v)
    reporter.finish(summary)
    return out.getvalue()


@pytest.mark.parametrize("fmt", sorted(SURVIVES))
def test_redacted_output_keeps_terms_rules_places_but_no_values_or_words(fmt: str) -> None:
    text = report(fmt, [SPEC], redacted=True)
    for value in VALUES:
        assert value not in text, f"{fmt}: process value {value} leaked"
    for word in WORDS:
        assert word not in text, f"{fmt}: snippet word {word} leaked"
    for kept in SURVIVES[fmt]:
        assert kept in text, f"{fmt}: {kept} lost"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_without_redaction_the_values_are_there(fmt: str) -> None:
    """The table above tests something: the plain report does carry the value."""
    assert "1063" in report(fmt, [SPEC], redacted=False)


def test_redact_masks_snippets_values_and_quoted_values_only() -> None:
    r = redact(SPEC)
    stage, value, parameter = r.evidence
    assert stage.snippet == "…▇ ▇ 真空烧结：#℃×# ▇，▇ ▇…"
    assert (value.text, value.snippet) == ("# °C", "▇ # °C, ▇ # ▇ ▇")
    assert (parameter.text, parameter.snippet) == ("烧结温度", "烧结温度 # °▇ ▇ # ▇")  # a unit is a word
    # the scanner's own numbers and the quoted terms stay; a quoted value is masked
    assert r.reasons[0] == SPEC.reasons[0]
    assert r.reasons[1] == "a value quoted from the document: # °C"
    for before, after in zip(SPEC.evidence, r.evidence, strict=True):
        assert (after.rule, after.kind, after.category, after.location, after.weight) == (
            before.rule,
            before.kind,
            before.category,
            before.location,
            before.weight,
        )
    assert (r.path, r.verdict, r.score, r.sha256, r.category_scores) == (
        SPEC.path,
        SPEC.verdict,
        SPEC.score,
        SPEC.sha256,
        SPEC.category_scores,
    )


def test_exclusion_evidence_is_redacted_too() -> None:
    v = Verdict(
        path="paper.pdf",
        verdict="excluded",
        exclusion=Exclusion(
            "public-domain",
            (
                Evidence(
                    "doi:", "public-domain", "page 1", "exc.doi", "exclusion", 1.0, "argon 1063 K doi: x"
                ),
            ),
            1.5,
        ),
    )
    data = json.loads(report("json", [v], redacted=True))
    snippet = data["files"][0]["exclusion"]["evidence"][0]["snippet"]
    assert snippet == "▇ # ▇ doi: ▇"


def test_error_and_paths_are_kept() -> None:
    v = Verdict(
        path="drop/a.zip!sub/1063.docx",
        verdict="error",
        error="internal error: drop/a.zip!sub/1063.docx: KeyError: 'x'",
        reasons=("internal error: drop/a.zip!sub/1063.docx: KeyError: 'x'",),
    )
    assert redact(v) == v


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("1060 °C", "# °C"),
        ("3.2 g/L", "# g/L"),
        ("1,450 m3/h", "# m3/h"),
        ("Pr:Nd = 25:75", "Pr:Nd = #:#"),
        ("5×10⁻³ Pa", "#×#⁻# Pa"),
        ("D50=3.2μm", "D50=#μm"),  # a number glued to a letter is a name
        ("回火900℃", "回火#℃"),  # but not after CJK text
        ("１０６０℃", "#℃"),
        ("O/A", "O/A"),
    ],
)
def test_mask_numbers(text: str, masked: str) -> None:
    assert mask_numbers(text) == masked


def test_a_latin_term_is_kept_as_a_word_not_inside_other_words() -> None:
    assert mask_snippet("Pr/TREM 24.8 % process", "Pr") == "Pr/▇ # % ▇"
    assert mask_snippet("sintering furnace", "sinter") == "sinter▇ ▇"  # a stem inside a word
    assert mask_snippet("", "Pr") == ""


#: a file judged by its most severe section, whose heading holds a value and a secret word
SECTIONED = Verdict(
    path="specs/long.docx",
    verdict="controlled",
    control_codes=("1E902.a",),
    categories=("magnet-manufacturing",),
    section="paragraphs 5–12, “第三章 真空烧结 1065°C×4.5h 保温 HEADSECRET42”",
    evidence=(
        Evidence(
            "真空烧结",
            "magnet-manufacturing",
            "paragraph 6",
            "mag.vacuum_sintering",
            "stage",
            0.8,
            "真空烧结1065 °C",
        ),
        Evidence(
            "1065 °C", "process-parameter", "paragraph 6", "unit.celsius", "value", 1.0, "真空烧结1065 °C"
        ),
    ),
    reasons=(
        "most severe section: paragraphs 5–12, “第三章 真空烧结 1065°C×4.5h 保温 HEADSECRET42” scores 0.99",
    ),
)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "text", "sarif", "html"])
def test_a_section_title_is_masked_its_place_and_terms_kept(fmt: str) -> None:
    text = report(fmt, [SECTIONED], redacted=True)
    for leaked in ("HEADSECRET42", "第三章", "保温", "4.5h", "1065"):
        assert leaked not in text, f"{fmt}: {leaked} leaked from the section title"
    if fmt in ("json", "jsonl", "text", "sarif"):
        assert "paragraphs 5–12" in text and "真空烧结" in text
    assert "HEADSECRET42" in report(fmt, [SECTIONED], redacted=False) or fmt == "csv"


@pytest.mark.parametrize(
    ("section", "masked"),
    [
        ("paragraphs 5–12, “第三章 真空烧结 温度”", "paragraphs 5–12, “▇ 真空烧结 ▇”"),
        ("sheet 参数, rows 3–40", "sheet ▇, rows 3–40"),  # no title: the place, its sheet name masked
        (
            "lines 120–160, “Re: sintering plan”, quoted or forwarded message",
            "lines 120–160, “▇: ▇ ▇”, quoted or forwarded message",
        ),
        # saved before titles were quoted: what follows the place is masked
        ("lines 42–80, Appendix F 真空烧结", "lines 42–80, ▇ ▇ 真空烧结"),
    ],
)
def test_redact_section(section: str, masked: str) -> None:
    from scanner.report.redact import redact_section

    assert redact_section(section, ["真空烧结"]) == masked


def test_a_members_section_title_is_masked_in_its_containers_reasons() -> None:
    box = Verdict(
        path="c.zip",
        verdict="controlled",
        reasons=(
            "container: 1 part(s) (1 controlled); its verdict is the most severe: c.zip!s.txt is controlled",
            "c.zip!s.txt: most severe section: lines 1–25, “1 PURPOSE HEADSECRET42” scores 0.89",
        ),
    )
    shown = redact(box).reasons[1]
    assert (
        "HEADSECRET42" not in shown
        and "PURPOSE" not in shown
        and shown.startswith("c.zip!s.txt: most severe")
    )


@pytest.mark.parametrize(
    ("place", "shown"),
    [
        ("烧结1060℃X77!A4", "烧结#℃▇!A4"),  # a sheet's name is the workbook's words
        ("sheet 烧结1060℃X77", "sheet 烧结#℃▇"),
        ("sheets 工艺, Sheet2", "sheets ▇, Sheet2"),
        ("Sheet1!B7", "Sheet1!B7"),  # a name the program gave: kept
        ("工作表2!C3", "工作表2!C3"),
        ("page 3, line 2", "page 3, line 2"),
        ("comment on B2 (comment1)", "comment on B2 (comment1)"),
    ],
)
def test_a_sheet_name_is_masked_where_it_is_a_place(place: str, shown: str) -> None:
    from scanner.report.redact import mask_place

    assert mask_place(place, ["烧结"]) == shown


def test_sheet_names_leave_no_trace_in_a_redacted_verdict() -> None:
    from scanner.types import Skip

    gap = Skip("unreadable", "sheet 配方X77", "partly unreadable: ParseError")
    v = Verdict(
        path="book.xlsx",
        verdict="review",
        evidence=(
            Evidence(
                "烧结", "magnet-manufacturing", "烧结1060℃X77!A4", "mag.sinter", "stage", 0.15, "烧结 1060"
            ),
        ),
        reasons=(f"not inspected: {gap}",),
        skipped=(gap,),
    )
    shown = json.dumps(redact(v).to_dict(), ensure_ascii=False)
    assert "X77" not in shown and "1060" not in shown and "配方" not in shown
    assert "烧结#℃▇!A4" in shown and "sheet ▇" in shown


@pytest.mark.parametrize(
    ("place", "masked"),
    [
        ("text from sheet 真空烧结1060℃配方 on", "text from sheet ▇烧结#℃▇ on"),
        ("text from 真空烧结1060℃配方!A4 on", "text from ▇烧结#℃▇!A4 on"),
        ("text from page 3 on", "text from page 3 on"),
    ],
)
def test_a_gap_from_a_sheet_on_masks_the_sheet(place: str, masked: str) -> None:
    """A gap 'text from sheet NAME on' kept the sheet's name (and its values) in redacted
    reasons and in the new not_read column (found by a review)."""
    from scanner.report.redact import mask_place

    assert mask_place(place, ["烧结"]) == masked


@pytest.mark.parametrize(
    ("place", "shown"),
    [
        ("layer 烧结1087℃保温4h KOALA", "layer 烧结#℃▇▇ ▇"),  # CAD layer and block names
        ("block TB_SINTER_1087C_WOMBAT, TEXT #34, layer 0", "block ▇_SINTER_▇_▇, TEXT #34, layer #"),
        ("model space, MTEXT #30, layer KOALA", "model space, MTEXT #30, layer ▇"),
        ("/NdFeB/T_1088C_4h_EMU", "/▇/▇_▇_▇_▇"),  # an HDF5 dataset's path
        ("metadata:custom 烧结温度1067℃ DINGO", "metadata:custom 烧结▇#℃ ▇"),
        ("defined name SinterTemp_1086C_QUOLL", "defined name Sinter▇_▇_▇"),
        ("document variable Recipe1086", "document variable ▇"),
        ("metadata:BatchRecipe1086", "metadata:▇"),  # a custom Info key of a PDF
        ("metadata:title", "metadata:title"),  # every document has one: kept
        ("metadata:file name", "metadata:file name"),
        (
            "a/b.zip!x/P507 萃取 48级.txt: metadata:custom Stage48",
            "a/b.zip!x/P507 萃取 48级.txt: metadata:custom ▇",
        ),
        ("drawing Sinter1086.emf", "drawing Sinter▇"),
        ("page 3, line 2", "page 3, line 2"),
        ("header $PROJECTNAME", "header $PROJECTNAME"),
    ],
)
def test_a_name_the_document_chose_is_masked_where_it_is_a_place(place: str, shown: str) -> None:
    """Found by an exploratory test: CAD layer and block names, HDF5 paths, custom property
    names and defined names came into redacted reports whole (the snippet beside them masked)."""
    from scanner.report.redact import mask_place

    assert mask_place(place, ["烧结", "sinter"]) == shown


def _carrier(text: str, snippet: str) -> Evidence:
    return Evidence(text, "email", "line 1", "car.email_to", "carrier", 0.8, snippet)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("From: NdFeB sinter 1104C TAIPAN <li.wei@example.com", "From: ▇ ▇ ▇ ▇ <▇@▇"),
        ("发件人：烧结1104℃ <li.wei@example.com>", "发件人：▇#℃ <▇@▇>"),
        ("plant.manager@ndfeb-works.example.cn", "▇@▇-▇"),
        ("***@intranet.example.com", "***@▇"),
    ],
)
def test_an_address_and_a_display_name_are_masked(text: str, shown: str) -> None:
    """A mail header's display name held process values and code words, and came into
    redacted reports whole (the evidence's text of an address rule is the document's words)."""
    v = dataclasses.replace(SPEC, evidence=(_carrier(text, text),))
    (e,) = redact(v).evidence
    assert e.text == shown and e.snippet == shown


def test_a_quoted_document_control_block_is_masked() -> None:
    block = "Prepared by: Sinter 905C WOMBAT Checked by: P507 45 stages"
    reason = (
        "the document calls itself internal (its own sign-off or document-control block: "
        f"'{block}'): a person should decide"
    )
    v = dataclasses.replace(SPEC, reasons=(reason,))
    (shown,) = redact(v).reasons
    assert "905" not in shown and "WOMBAT" not in shown and "45" not in shown
    assert shown.endswith("'): a person should decide") and "Prepared" not in shown


@pytest.mark.parametrize(
    ("text", "masked"), [("1.06E3 °C", "# °C"), ("2e-3 Pa", "# Pa"), ("1E902.a", "#E902.a")]
)
def test_an_exponent_is_masked_with_its_number(text: str, masked: str) -> None:
    assert mask_numbers(text) == masked
