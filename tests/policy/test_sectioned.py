"""A file is as severe as its most severe section: trade, teaching or purchasing words weaken
the section they are in, not a process part pages away. Should-flag / should-not-flag tables of
long documents built from parts, as real reports, proposals and forwarded threads are."""

from __future__ import annotations

import json

import pytest

from scanner.detect.sections import Section
from scanner.policy.sectioned import QUIET_WHERE, findings_by_section
from scanner.types import Finding, Location
from tests.conftest import scan_text

# -- parts that weaken: trade, market, investor relations (no process know-how) ---------------
MARKET_ZH = (
    "公司主要从事钕铁硼永磁材料的生产与销售，2025 年实现营业收入 52.3 亿元，同比增长 12%。"
    "产品销往欧洲、日本和北美市场，客户包括新能源汽车、风电和消费电子企业。氧化镨钕均价 45 万元/吨，"
    "公司按季度与客户签订销售合同，报价随原料价格调整。股东大会审议通过利润分配方案。\n"
)
MARKET_EN = (
    "Revenue rose 12 % to USD 740 million as demand for NdFeB magnets from EV traction motors "
    "and wind turbines grew. Average selling prices followed PrNd oxide quotations; the company "
    "signed supply agreements with three automotive customers and opened a sales office in Munich. "
    "The board proposes a dividend of 0.35 per share.\n"
)
# -- parts that are technology -------------------------------------------------------------------
SINTER_APPENDIX_ZH = (
    "## 附录 F 内部工艺参数（仅限内部）\n"
    "1. 速凝铸片：辊速 1.8 m/s，浇注温度 1450 ℃，片厚 0.25–0.35 mm。\n"
    "2. 氢破：吸氢压力 0.15 MPa，脱氢温度 550 ℃，保温 6 h。\n"
    "3. 气流磨：研磨压力 0.65 MPa，分选轮转速 4200 rpm，粒度 D50 = 3.2 μm。\n"
    "4. 取向压制：磁场 1.8 T，压力 180 MPa，等静压 200 MPa。\n"
    "5. 烧结：真空度 5×10⁻³ Pa，1065 ℃ 保温 4.5 h；一级回火 900 ℃ 2 h，二级回火 490 ℃ 3 h。\n"
)
SX_APPENDIX_EN = (
    "## Annex C - plant visit notes (internal)\n"
    "Line 3 splits PrNd from SmEuGd with P507 in kerosene, 1.5 mol/L, saponified to 38 % with "
    "ammonia. Extraction 48 stages, scrubbing 22 stages with 3.2 mol/L HCl, stripping 12 stages "
    "with 5.5 mol/L HCl; O/A 1.6 in extraction. Feed 1.4 mol/L REO chloride at pH 2.5. When Nd "
    "leaks into the raffinate they raise the scrub acid by 0.2 mol/L and cut the feed rate by 10 %.\n"
)
CASCADE_REPLY_ZH = (
    "-----Original Message-----\n"
    "From: 王工\nSent: Monday, November 10, 2025 9:12 AM\nSubject: 回复：萃取线开车\n\n"
    "你们重新开车时先把皂化度调到 36%，P507 浓度 1.5 mol/L，萃取段 42 级、洗涤段 18 级，洗酸 3.5 mol/L "
    "盐酸，流比 O/A = 1:1.5。料液 1.6 mol/L REO，pH 2.0。钕漏到萃余液时把洗酸提高 0.2 mol/L，"
    "进料量降 10%，稳定 8 小时后再取样分析镨钕比。\n"
)
CHATTY_EN = (
    "Hi Anna, thanks for the call yesterday, and for the lovely dinner in Ganzhou. Flights are "
    "booked for the 14th; our logistics team will send the pallet list and the invoice for the "
    "samples by Friday. Please confirm the delivery address and the customs broker.\n"
)
# -- parts that name stages without know-how ------------------------------------------------------
CHAIN_OVERVIEW_EN = (
    "## Industry chain\nThe rare-earth value chain runs from mining and beneficiation through "
    "separation into individual oxides, metal smelting, alloying and magnet manufacturing to "
    "recycling. China accounts for about 90 % of separation capacity; prices of PrNd oxide "
    "fell 18 % in 2024, and analysts expect new capacity in Australia and the US to come online.\n"
)
BUYERS_GUIDE_EN = (
    "## How to choose a magnet grade\nN52 gives the highest remanence for the price; for motors "
    "running hot choose SH or UH grades (max 150 °C and 180 °C). NiCuNi plating suits most "
    "indoor uses, epoxy coating humid sites. Ask your supplier for Br, HcJ and BHmax test "
    "reports and a certificate of conformity with each shipment; typical lead time is 4 weeks.\n"
)


def _long(*parts: tuple[str, int]) -> str:
    return "".join(part * times for part, times in parts)


SHOULD_FLAG = {
    "zh-annual-report-with-process-appendix": (
        _long(("# 2025 年度报告\n## 一、公司概况\n", 1), (MARKET_ZH, 30), (SINTER_APPENDIX_ZH, 2)),
        "magnet-manufacturing",
        "附录 F",
    ),
    "en-market-report-with-plant-notes": (
        _long(("# Rare-earth market outlook 2026\n", 1), (MARKET_EN, 25), (SX_APPENDIX_EN, 2)),
        "separation",
        "Annex C",
    ),
    "forwarded-thread-recipe-in-quoted-part": (
        _long((CHATTY_EN, 20), (CASCADE_REPLY_ZH, 2)),
        "separation",
        "quoted or forwarded message",
    ),
}

SHOULD_NOT_FLAG = {
    "en-market-report-lists-stages": _long(
        ("# Rare-earth market outlook 2026\n", 1), (MARKET_EN, 20), (CHAIN_OVERVIEW_EN, 3), (MARKET_EN, 10)
    ),
    "en-buyers-guide": _long(("# Magnet buyer's guide\n", 1), (BUYERS_GUIDE_EN, 8), (MARKET_EN, 8)),
    "zh-annual-report-without-appendix": _long(("# 2025 年度报告\n", 1), (MARKET_ZH, 40)),
    "long-chatty-thread": _long((CHATTY_EN, 60)),
}


@pytest.mark.parametrize(("text", "stage", "where"), SHOULD_FLAG.values(), ids=SHOULD_FLAG.keys())
def test_a_technical_section_flags_the_file(scanner, text: str, stage: str, where: str) -> None:
    v = scan_text(scanner, text, "report.md")
    assert v.verdict == "controlled", v.reasons
    assert stage in v.categories
    assert v.section and where in v.section
    assert any(r.startswith("most severe section:") for r in v.reasons)


@pytest.mark.parametrize("text", SHOULD_NOT_FLAG.values(), ids=SHOULD_NOT_FLAG.keys())
def test_long_documents_without_know_how_stay_clear(scanner, text: str) -> None:
    v = scan_text(scanner, text, "report.md")
    assert v.verdict == "clear", v.reasons
    assert v.section is None


def test_context_weakens_only_its_own_section(scanner) -> None:
    """The appendix alone and the appendix behind thirty paragraphs of trade score alike."""
    alone = scan_text(scanner, SINTER_APPENDIX_ZH * 2, "appendix.md")
    buried = scan_text(scanner, _long((MARKET_ZH, 30), (SINTER_APPENDIX_ZH, 2)), "report.md")
    assert alone.verdict == buried.verdict == "controlled"
    assert abs(alone.score - buried.score) < 0.1


def test_a_short_file_is_judged_whole(scanner) -> None:
    v = scan_text(scanner, SINTER_APPENDIX_ZH, "sheet.md")
    assert v.verdict == "controlled" and v.section is None


JAPANESE_WRAPPED = (
    "# 焼結条件 概要\n## 手順\n"
    + SINTER_APPENDIX_ZH
    + "## 備考\nご不明な点がございましたら、担当までご連絡ください。\n"
)
GERMAN_WRAPPED = (
    "# Inbetriebnahme — Sinterparameter\n## Zusammenfassung\n"
    + SX_APPENDIX_EN
    + "## Anhang\nMit freundlichen Grüßen, Abteilung Verfahrenstechnik\n"
)


@pytest.mark.parametrize(
    ("text", "stage"),
    [(JAPANESE_WRAPPED, "magnet-manufacturing"), (GERMAN_WRAPPED, "separation")],
    ids=["japanese-headings", "german-headings"],
)
def test_foreign_headings_do_not_break_detection(scanner, text: str, stage: str) -> None:
    for doc in (text, _long((MARKET_EN, 20), (text, 1))):
        v = scan_text(scanner, doc, "note.md")
        assert v.verdict == "controlled", v.reasons
        assert stage in v.categories


# -- placing findings in sections: one binary search each, the same as testing every section ----
def _finding(offset: int) -> Finding:
    return Finding(f"t{offset}", "stage", "mining", "x", Location(line=1), "x", 1.0, 0, offset)


def _naive(sections: list[Section], findings: tuple[Finding, ...]) -> list[tuple[Finding, ...]]:
    return [tuple(f for f in findings if s.contains(f.offset)) for s in sections]


@pytest.mark.parametrize(
    ("spans", "offsets"),
    [
        ([(0, 10), (10, 20), (20, 30)], [0, 9, 10, 19, 20, 29, 30, 5, 5, 25, 15]),  # edges, repeats
        ([(5, 10), (15, 20)], [0, 4, 5, 10, 12, 15, 19, 20, 99]),  # gaps and outside
        ([(0, 100)], [50, 0, 99, 100]),
        ([(0, 10), (5, 15)], [4, 5, 9, 10, 14]),  # overlapping: every section tests every finding
        ([(10, 20), (0, 10)], [3, 12]),  # out of order: the same
        ([], [1, 2]),
    ],
    ids=["contiguous", "gaps", "one", "overlapping", "unordered", "none"],
)
def test_findings_by_section_matches_testing_every_section(spans, offsets) -> None:
    sections = [Section(a, b, f"{a}-{b}") for a, b in spans]
    findings = tuple(_finding(o) for o in offsets)
    assert findings_by_section(sections, findings) == _naive(sections, findings)


def test_findings_by_section_on_a_long_sheet() -> None:
    """Thousands of sections and findings (a database export): the same as the naive test."""
    sections = [Section(i * 3000, (i + 1) * 3000, str(i)) for i in range(1500)]
    findings = tuple(_finding((i * 7919) % 4_600_000) for i in range(20_000))
    assert findings_by_section(sections, findings) == _naive(sections, findings)


SITE_EN = (
    "The site has three buildings connected by covered walkways. Visitors sign in at the gate "
    "house and receive a badge. Parking is on the north side; the canteen is open from 11:30 to "
    "13:30. Fire assembly points are marked in green, and meeting rooms are booked through the "
    "intranet calendar. "
) * 4
STEPS_EN = (
    "Strip casting: wheel speed 1.8 m/s, flake thickness 0.25-0.35 mm for the NdFeB 48SH alloy.",
    "Hydrogen decrepitation: absorb at 0.2 MPa H2, dehydrogenate at 550 C for 6 h.",
    "Jet milling under N2 with 50 ppm O2 to D50 = 3.2 um.",
    "Orientation pressing in a 2.0 T field, then isostatic pressing at 200 MPa.",
    "Vacuum sintering at 1060 C for 4 h below 5e-3 Pa, argon quench.",
    "Tempering: first stage 900 C x 2 h, second stage 490 C x 3 h.",
)


def test_a_route_spread_one_step_a_chapter_goes_to_review(scanner) -> None:
    """One step of a sintering route per chapter, between pages of site information: no chapter
    reaches the review threshold alone, the manual does; a person decides."""
    chapters = "".join(
        f"## Chapter {i}\n\n{SITE_EN}\n\n{step}\n\n" for i, step in enumerate(STEPS_EN, start=1)
    )
    v = scan_text(scanner, "Work Instruction WI-S-031 (internal)\n\n" + chapters, "manual.md")
    assert v.verdict == "review", v.reasons
    assert "magnet-manufacturing" in v.categories
    assert "none of its sections reaches the review threshold" in v.reasons[0]


# -- quiet parts: a route judged apart from the trade wording around it --------------------------
BOARD_REPORT_EN = """Report to the board, October

Market: NdFeB magnet sales rose 6% month on month; the average price for N48H was CNY 310/kg and \
our customers in Europe asked for shorter delivery times. Revenue CNY 96 million, margin 17%.

Line 2 changes from 1 November:
Strip casting at a wheel speed of 1.6 m/s, flakes 0.3 mm.
Hydrogen decrepitation at 0.15 MPa for 3 h, dehydrogenation at 540 C for 5 h.
Jet milling with nitrogen at 0.65 MPa to D50 3.4 um.
Pressing in a 1.8 T field at 90 MPa, then cold isostatic pressing at 190 MPa.
Sintering at 1070 C for 4 h under vacuum, ageing at 880 C for 2 h and 490 C for 3 h.

Staff: two new shift leaders; the canteen reopens on Monday.
"""
BOARD_REPORT_ZH = """冶炼厂月度经营报告
一、经营情况：本月氧化镨钕销量380吨，均价56.2万元/吨，环比上涨2.1%；客户订单饱满，销售收入2.1亿元。
二、工艺调整：P507浓度1.4 mol/L，皂化度36%；混合澄清槽萃取段26级、洗涤段30级；\
流比O/A 1.3:1；洗酸4.2 mol/L盐酸；反萃酸5.2 mol/L，反萃8级；氧化钕纯度99.9%。
三、安全：本月无事故。
"""
#: questions about a route, no answer given: process words, no values
QUESTIONS_EN = """Thanks for the quotation for the N52 magnets; the unit price is fine and delivery in \
March suits our customers.

Before the supplier audit our engineers would like to know:
1. What sintering temperature and sintering time do you use?
2. Which jet milling pressure and particle size do you aim for?
3. Do you use grain boundary diffusion with dysprosium or terbium?
4. How long is the ageing treatment after sintering?

Best regards, purchasing department
"""
#: a market report whose grade table gives properties, not a route
GRADES_EN = """Magnet market review, Q3

Prices for NdFeB magnets fell 4% quarter on quarter; demand from EV traction motors and wind \
turbines stayed strong, and distributors hold eight weeks of inventory. Sales volume rose 12%.

Grades we sell:
N52: Br 1.43 T, HcJ 11 kOe, (BH)max 50 MGOe
45UH: Br 1.33 T, HcJ 25 kOe, (BH)max 43 MGOe
38EH: Br 1.23 T, HcJ 30 kOe, (BH)max 36 MGOe
"""


@pytest.mark.parametrize(
    ("text", "stage"),
    [(BOARD_REPORT_EN, "magnet-manufacturing"), (BOARD_REPORT_ZH, "separation")],
    ids=["board-report-en", "board-report-zh"],
)
def test_a_route_beside_trade_wording_is_flagged(scanner, text: str, stage: str) -> None:
    """A monthly report's market paragraph weakened the route in the next paragraph as if the
    route were a mention (clear, 0.17–0.40): the lines that hold no trade wording are judged apart."""
    v = scan_text(scanner, text, "report.txt")
    assert v.verdict in ("controlled", "review"), v.reasons
    assert stage in v.categories
    assert v.section and "apart from the trade or product-use wording" in v.section
    assert v.reasons[0].startswith("most severe section:")


@pytest.mark.parametrize("text", [QUESTIONS_EN, GRADES_EN], ids=["questions", "grade-table"])
def test_trade_documents_without_a_route_stay_clear(scanner, text: str) -> None:
    v = scan_text(scanner, text, "mail.txt")
    assert v.verdict == "clear", v.reasons


def test_a_quiet_part_never_lowers_a_verdict(scanner) -> None:
    """The route alone is controlled; with the trade lines around it, it is no less."""
    route = BOARD_REPORT_EN.split("Line 2 changes")[1].split("Staff:")[0]
    alone = scan_text(scanner, "Line 2 changes" + route, "route.txt")
    assert alone.verdict == "controlled"
    assert scan_text(scanner, BOARD_REPORT_EN, "report.txt").score >= alone.score - 0.25


# -- another metal's process named on a line apart ----------------------------------------------
ELECTROLYSIS_WI = """Work instruction WI-E-07: PrNd metal by fluoride molten-salt electrolysis
Electrolyte: PrNd fluoride 87 wt%, LiF 13 wt%; oxide feed Pr6O11 and Nd2O3 blend.
Cell: 6 kA round cell, graphite anode, tungsten cathode, molybdenum receiver.
Operating temperature 1045 C; cathode current density 6.0 A/cm2; anode current density 0.9 A/cm2; \
cell voltage 9.0 to 10.0 V.
Feed oxide every 3 min, 1.8 kg a feed; tap the metal every 2 h.
"""
POTLINE_NOTE = (
    "Note: the cell layout follows our aluminium smelter potline (Hall-Heroult cells, cryolite bath, "
    "prebaked anodes).\n"
)
FERRITE_CARD = """La-Co substituted strontium ferrite arc segments: process card PC-F-12
Batching: Fe2O3 with SrCO3 at n = 5.8; La2O3 2.2 wt% and Co3O4 0.3 wt% as substitutes.
Calcination in a rotary kiln at 1280 C for 45 min; crushing, then wet ball milling for 16 h.
Wet pressing in a 0.9 T field at 35 MPa; sintering in a pusher kiln at 1200 C for 1.5 h.
Grinding of the arcs; Br 0.45 T, HcJ 4.8 kOe. The ferrite contains no NdFeB.
"""


def test_another_metals_process_on_a_line_apart_does_not_clear_a_route(scanner) -> None:
    """Found by the red-team tester: one line saying the cell follows an aluminium potline pulled
    a PrNd electrolysis instruction to clear (0.28). The document's rare-earth anchoring
    outweighs the other metal, so that line is set apart."""
    v = scan_text(scanner, ELECTROLYSIS_WI + POTLINE_NOTE, "wi.txt")
    assert v.verdict == "controlled", v.reasons
    assert "metal-smelting" in v.categories
    assert v.section and QUIET_WHERE in v.section


def test_another_metal_named_in_the_opening_is_what_the_document_is_about(scanner) -> None:
    """Above the route, the other metal says what the document is: its line is not set apart
    (a La-Co ferrite card names ferrite in its title and La2O3 in its batch)."""
    v = scan_text(scanner, POTLINE_NOTE + ELECTROLYSIS_WI, "wi.txt")
    assert QUIET_WHERE not in (v.section or "")


def test_a_ferrite_card_named_in_its_title_stays_clear(scanner) -> None:
    v = scan_text(scanner, FERRITE_CARD, "card.txt")
    assert v.verdict == "clear", v.reasons


def test_explain_says_which_quiet_parts_were_not_counted(scanner) -> None:
    """Found by a tester: explain listed a part scoring 0.47, above the review threshold, under a
    clear verdict of 0.12, and nothing said why it was ignored (its rules score, 0.40, is below
    the review threshold, so the part is not weighed: `judge_quiet`)."""
    from scanner.explain import render_explanation

    text = (
        "Weekly sales note. Prices for PrNd oxide rose again; our customers ordered 20 t and the "
        "invoice follows.\nThe delivery schedule stays as agreed with the buyer.\n\n"
        "Line 2: strip casting, hydrogen decrepitation at 0.2 MPa, jet milling to 3.5 um,\n"
        "pressing at 1.8 T.\n"
        "Sintering at 1060 C for 4 h, then ageing at 900 C.\n\n"
        "Freight and payment terms as in the contract; the price holds until March.\n"
    )
    verdict, analysis = scanner.scan_bytes_with_analysis("note.txt", text.encode(), quick=False)
    data = json.loads(render_explanation(verdict, analysis, scanner, "json"))
    quiet = [row for row in data["sections"] if QUIET_WHERE in row["section"]]
    assert quiet, data["sections"]
    for row in quiet:
        assert row["counted"] is (row["rules"] >= scanner.config.thresholds.review)
    shown = render_explanation(verdict, analysis, scanner, "text")
    assert ("not counted: rules" in shown) is any(not row["counted"] for row in quiet)


EHS_REPORT = """EHS monthly report, September - rare-earth separation plant (supplier site, ESG file)
Air: calcination kiln stack dust 11 mg/m3 (limit 30); HCl 7 mg/m3; NOx 40 mg/m3.
Wastewater: saponification wastewater and precipitation mother liquor go to MVR evaporation; \
ammonium chloride is recovered. Outfall ammonia nitrogen 8 mg/L (limit 15), pH 7.2, COD 40 mg/L.
Solid waste: acid-insoluble residue 110 t; thorium-bearing radioactive residue 2 t to the provincial \
store; spent organic phase 0.6 t to a licensed contractor.
Radiation: boundary dose rate 0.12 uSv/h. Incidents: none.
"""


def test_a_title_of_trade_wording_is_carried_into_every_part(scanner) -> None:
    """Found by a false-flag hunter: a supplier's environmental report, titled as one 'for our
    ESG file', had its title set apart and its emission figures judged as a route (controlled
    0.72; clear 0.42 whole). A first line that reads as a title says what every part is."""
    v = scan_text(scanner, EHS_REPORT, "ehs.txt")
    assert v.verdict == "clear", v.reasons


def _alternating(lines: int) -> str:
    return "\n".join(
        f"Market price for PrNd oxide rose {i % 7}% this week; customers ordered more.\n"
        f"Sintering at {1040 + i % 40} C for {3 + i % 3} h under vacuum, hydrogen decrepitation at "
        f"0.{i % 9 + 1} MPa, jet milling to {3 + i % 2}.{i % 9} um, pressing at 1.{i % 9} T."
        for i in range(lines)
    )


def test_quiet_parts_of_a_long_report_are_bounded(scanner, monkeypatch) -> None:
    """A report of 1,500 trade lines between 1,500 process lines: quiet parts compared findings
    with `in` on lists (every field of every finding: 133 s of CPU for 3,000 lines), and the
    model would read every part. Findings are now compared by identity, and the model reads at
    most QUIET_PARTS parts."""
    from scanner.policy.exclusions import exclusions_for
    from scanner.policy.scoring import score_categories
    from scanner.policy.sectioned import QUIET_PARTS, judge_quiet, judge_sections, quiet_parts

    _, analysis = scanner.scan_bytes_with_analysis("long.txt", _alternating(1500).encode(), quick=False)
    assert analysis is not None
    scores = score_categories(analysis.findings)
    candidates = exclusions_for(analysis, scores)

    def model_fn(text, own):
        return scanner.model_view(analysis, own, candidates, text)

    whole = judge_sections(analysis, scores, model_fn, quiet=False)[0]

    def no_equality(self, other):
        raise AssertionError("findings compared field by field")

    monkeypatch.setattr(Finding, "__eq__", no_equality)
    assert len(list(quiet_parts(analysis, scores))) == 1500
    monkeypatch.undo()
    judged = judge_quiet(analysis, scores, model_fn, whole)
    assert len(judged) == QUIET_PARTS
    assert [f.section.start for f in judged] == sorted(f.section.start for f in judged)


SHARED_FURNACE_ROUTE = (
    "Work instruction WI-S-07 — sintered NdFeB N50 route, line 3\n\n"
    "1. Alloy (wt%): Nd 24, Pr 7, Dy 0.6, B 0.97, Co 1.0, Cu 0.15, Ga 0.1, Fe balance; vacuum "
    "induction melting at 1450 °C.\n"
    "2. Strip casting at 1.6 m/s wheel speed, flakes 0.3 mm.\n"
    "3. Hydrogen decrepitation at 0.15 MPa, dehydrogenation at 540 °C for 5 h.\n"
    "4. Jet milling to D50 3.0 µm with nitrogen at 0.6 MPa.\n"
    "5. Orientation pressing in a 1.8 T field at 70 MPa.\n"
    "6. Vacuum sintering at 1055 °C for 4 h, then tempering at 890 °C for 2 h and 510 °C for 3 h.\n"
    "Note: the sintering furnaces are shared with our ferrite and cemented-carbide (WC-Co) lines; "
    "AlNiCo is cast on line 1.\n"
)


def test_a_focus_that_other_materials_would_turn_to_review_is_weighed_against_quiet_parts(scanner) -> None:
    """Found when a NdFeB term was added to a tester's route (session 28): its whole text rose
    to 0.63, at the controlled threshold, so its quiet part (the route, with the line on
    furnaces shared with ferrite and carbide set apart, 0.98) was no longer weighed, and the
    strong other-material vocabulary then turned `controlled` into `review`. A focus at the
    threshold that other materials would turn to review settles nothing."""
    from scanner.config import ScanConfig
    from scanner.policy.decide import OTHER_CONFLICT, ModelView
    from scanner.policy.scoring import score_categories
    from scanner.policy.sectioned import most_severe

    _, analysis = scanner.scan_bytes_with_analysis("route.txt", SHARED_FURNACE_ROUTE.encode(), quick=False)
    assert analysis is not None
    scores = score_categories(analysis.findings)
    cat = scores.best[0]
    assert cat is not None and scores.other_factor[cat] < OTHER_CONFLICT  # the whole is conflicted
    th = ScanConfig().thresholds

    def sure_model(text, own):  # the model sure of every text: the whole reaches the threshold
        return ModelView({"flag": 1.0}, blend=0.6)

    focus = most_severe(analysis, scores, sure_model, quiet=(th.controlled, th.review))
    assert focus.quiet and focus.section is not None
    assert focus.scores.other_factor[focus.scores.best[0]] >= OTHER_CONFLICT


# -- what says what the whole document is, carried into each of its sections -------------------
def _iqc_table(rows: int = 180) -> str:
    """An incoming-inspection table of bought magnets, long enough to be cut into windows: its
    title and supplier rows stand in the first window only."""
    lines = [
        "来料检验记录(IQC) 外购磁块",
        "物料: 电机转子用磁钢 N42SH 方块 40x20x5 镀NiCuNi",
        "供应商: 某磁业有限公司, 采购单: PO-2025-0417, 到货日期: 2025-04-20",
        "序号,长mm,宽mm,厚mm,外观,镀层μm,Br kGs,HcJ kOe,(BH)max MGOe,判定",
    ]
    for i in range(1, rows + 1):
        props = (
            f"{13.0 + i % 7 / 100:.2f},{20.5 + i % 5 / 10:.1f},{41.0 + i % 3 / 10:.1f}"
            if i % 10 == 1
            else ",,"
        )
        lines.append(
            f"{i},{40 + i % 9 / 1000:.3f},{20 + i % 7 / 1000:.3f},5.00{i % 9},OK,{12 + i % 8},{props},合格"
        )
    return "\n".join(lines) + "\n"


def test_a_window_of_a_long_table_carries_its_openings_context(scanner) -> None:
    """Found by an exploratory test: the second window of a long incoming-inspection table,
    without the table's title and supplier rows, read as a magnet maker's test log (review)."""
    from scanner.policy.scoring import score_categories
    from scanner.policy.sectioned import evidenced_sections

    _, analysis = scanner.scan_bytes_with_analysis("iqc.csv", _iqc_table().encode("utf-8"), quick=False)
    scores = score_categories(analysis.findings)
    windows = [
        (s, found) for s, found, _ in evidenced_sections(analysis, scores) if s.block_start is not None
    ]
    assert windows, "the table is cut into windows"
    for section, found in windows:
        carried = [f for f in found if f.kind == "context" and not section.contains(f.offset)]
        assert {f.matched_text for f in carried} >= {"来料检验", "外购"}, section.where


#: a copper plant's operating guide: copper is named in its opening only, above its first
#: solvent-extraction term, and its chapters speak of extractants, stages and strip liquor
COPPER_GUIDE = (
    "Bid reference KZ-25-03 (copper heap leach, SX-EW, 20 ktpa cathode)\n"
    "Solvent extraction plant: operating guide, chapters 3 to 5\n\n"
    + "\n\n".join(
        f"## 3.{i} {title}\n" + body * 10
        for i, (title, body) in enumerate(
            [
                (
                    "Circuit",
                    "Two extraction stages in series and one strip stage; mixer-settlers with "
                    "picket fences; organic to aqueous ratio O/A 1.1 in extraction, 1.4 in strip. ",
                ),
                (
                    "Organic",
                    "Extractant 23 v/v % in kerosene diluent, loaded organic 13 g/L, stripped "
                    "organic 4 g/L; entrainment below 20 ppm after the coalescer. ",
                ),
                (
                    "Strip",
                    "Lean electrolyte 180 g/L H2SO4 strips the loaded organic at 40 C; rich "
                    "electrolyte 50 g/L to the tankhouse; raffinate returns to the heaps. ",
                ),
            ],
            start=1,
        )
    )
)


def test_another_material_in_the_opening_is_every_sections_topic(scanner) -> None:
    """Found by an exploratory test: a copper SX guide's chapters, judged apart from the line
    that names copper, read to the model as rare-earth solvent extraction (controlled)."""
    from scanner.policy.scoring import score_categories
    from scanner.policy.sectioned import evidenced_sections

    v, analysis = scanner.scan_bytes_with_analysis("guide.md", COPPER_GUIDE.encode("utf-8"), quick=False)
    assert v.verdict == "clear", v.reasons
    sections = list(evidenced_sections(analysis, score_categories(analysis.findings)))
    later = [(s, found) for s, found, _ in sections if s.start > COPPER_GUIDE.index("## 3.2")]
    assert later, "the guide has chapters after its first"
    for section, found in later:
        assert any(f.kind == "other-material" and not section.contains(f.offset) for f in found), (
            section.where
        )


def test_a_stage_term_in_the_file_name_does_not_end_the_opening(scanner) -> None:
    """Found by an exploratory tester: an e-mail offering used mixer-settlers for a cobalt/nickel
    refinery ("RE: Used mixer-settlers - cobalt/nickel project") was controlled by a chapter
    on its Co/Ni circuits, judged without the subject that names cobalt and nickel: the stage
    term in its file name ("mixer settlers") had ended the opening before the subject."""
    from scanner.policy.scoring import score_categories
    from scanner.policy.sectioned import evidenced_sections

    name = "Mixer-settler operating guide.md"
    v, analysis = scanner.scan_bytes_with_analysis(name, COPPER_GUIDE.encode("utf-8"), quick=False)
    assert v.verdict == "clear", v.reasons
    assert any(f.kind == "stage" and f.location.part == "metadata:file name" for f in analysis.findings)
    sections = list(evidenced_sections(analysis, score_categories(analysis.findings)))
    later = [(s, found) for s, found, _ in sections if s.start > COPPER_GUIDE.index("## 3.2")]
    assert later
    for section, found in later:
        assert any(f.kind == "other-material" and f.matched_text.startswith("copper") for f in found), (
            section.where
        )


#: a separation plant's monitoring report: its title opens the first chapter, its limits and
#: its workshops stand in the later ones
MONITORING_REPORT = (
    "2025 年第二季度自行监测报告\n江西某稀土分离厂\n"
    "## 一、企业概况\n本厂以稀土精矿为原料, 采用 P507 萃取分离工艺, 生产单一稀土氧化物, 设萃取车间、"
    "灼烧窑和放射性废渣库。本报告依据排污许可证及 GB 26451-2011 编制。\n" + "监测按计划开展。" * 250 + "\n"
    "## 二、废气监测结果\n灼烧窑排气筒 颗粒物 8.2 mg/m3 (限值 30, 达标); 萃取车间无组织 氯化氢 0.05 mg/m3 "
    "(限值 0.2, 达标); 氨 1.1 mg/m3 (执行标准 GB 14554, 达标)。\n" + "各点位均达标。" * 250 + "\n"
    "## 三、废水监测结果\n" + "废水处理站运行正常。" * 150 + "\n"
    "总排口 pH 7.2, 氨氮 6.1 mg/L (限值 15, 达标), 厂界噪声昼间 56 dB(A), 达标。\n"
)


#: a traction motor's design report: its title opens the first chapter, the bought grades and the
#: motor's demagnetisation check stand in a later one
MOTOR_REPORT = (
    "EDU-210 traction motor - electromagnetic design report\n"
    "## 1 Requirements\n"
    + "Peak torque 420 Nm, maximum speed 16,000 rpm, back-EMF at maximum speed <= 1,050 V from an "
    "800 V inverter; 48 slots, 8 poles, hairpin stator winding, rotor with double-V pockets. "
    * 40
    + "\n## 2 Magnet grade and demagnetisation check\n"
    "Bought sintered NdFeB 48SH-GBD (supplier datasheet minimum: Br 1.38 T, HcJ 1670 kA/m, "
    "(BH)max 366 kJ/m3). FEA at 150 C magnet temperature with a three-phase short-circuit current "
    "at 16,000 rpm: minimum flux density in the magnet -0.32 T against a knee of -0.95 T; "
    "irreversible loss below 0.5 %. 45UH keeps a larger margin at 9 % less torque.\n"
    + "The rotor operating points were checked one by one. " * 60
    + "\n## 3 Losses\n"
    + "Iron loss 1.9 kW, copper loss 3.1 kW at the rated operating point; cogging torque 1.1 Nm. " * 40
    + "\n"
)


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("分离厂环境监测报告.txt", MONITORING_REPORT, "rule.emission-monitoring-report"),
        ("EDU-210 EM design report.md", MOTOR_REPORT, "rule.motor-design"),
    ],
)
def test_a_whole_document_kind_speaks_for_every_chapter(name: str, text: str, kind: str) -> None:
    """A monitoring report's and an EIA's chapters tabulate emissions, a motor design report's
    chapters design the motor (`kinds.WHOLE_DOCUMENT_KINDS`): the kind, found by the title and
    the body together, is in every section's findings, as the other material a title names is.
    Found by exploratory testers: a motor design report was controlled by its demagnetisation
    chapter, judged without the title that says it designs a motor (DOMAIN.md: motor and
    product designs that use magnets are clear)."""
    from scanner.config import ScanConfig
    from scanner.pipeline import Scanner
    from scanner.policy.scoring import score_categories
    from scanner.policy.sectioned import evidenced_sections

    scanner = Scanner(ScanConfig())
    _, analysis = scanner.scan_bytes_with_analysis(name, text.encode(), quick=False)
    sections = list(evidenced_sections(analysis, score_categories(analysis.findings)))
    assert any(section.start > 0 for section, _, _ in sections)  # a chapter without the title
    for section, found, own in sections:
        assert any(f.rule_id == kind for f in found), section.where
        assert own.mention_factor < 1, section.where


#: a Li-ion battery recycling manual: its chapters say what it recovers; its appendix, a shift
#: log of the leach and the Mn/Co extraction, names no material but by its columns
LIB_MANUAL = (
    "# Hydrometallurgical recycling of spent lithium-ion batteries - operating manual\n"
    "Plant: black mass line 2, 20 000 t/a. Products: nickel sulfate, cobalt sulfate, manganese "
    "sulfate and lithium carbonate from NCM and LCO black mass.\n\n"
    "## 1 Leaching\nBlack mass is leached in 2 mol/L sulfuric acid with hydrogen peroxide at 80 °C "
    "for 3 h, solid/liquid 1:5. Copper is cemented with iron powder, iron and aluminium are "
    "removed at pH 4.5 as goethite and hydroxide.\n\n"
    "## 2 Solvent extraction\nManganese is extracted with P204 (20 % in kerosene, 65 % "
    "saponified) in 6 stages; cobalt is separated from nickel with P507 in 8 stages, O/A 1.2; "
    "nickel stays in the raffinate and is crystallised. Lithium is precipitated as carbonate at "
    "90 °C.\n\n"
    + "".join(
        f"## {n} {title}\n{body}\n\n"
        for n, (title, body) in enumerate(
            [
                (
                    "Receipt and storage",
                    "Each lot of black mass is weighed, sampled by increments, dried at 105 °C and analysed "
                    "for Ni, Co, Mn, Li, Cu, Al and F before it is released to the leach. Lots are kept in "
                    "closed bags in the dry store; damp bags are set aside and reported to the shift leader.",
                ),
                (
                    "Wastewater",
                    "Raffinate bleed and washing water go to the wastewater plant: neutralisation with lime, "
                    "heavy-metal removal, and sodium sulfate crystallisation. Discharge to the park's "
                    "treatment works only after the daily sample meets the park's limits for nickel and "
                    "cobalt.",
                ),
                (
                    "Safety",
                    "Hydrogen is released in the leach: the reactors are vented and the area is a no-smoking "
                    "zone. The organic phase is flammable; hot work in the extraction hall needs a permit. "
                    "Operators wear acid-resistant gloves, face shields and respirators when sampling.",
                ),
                (
                    "Training",
                    "Every operator completes 80 hours of classroom training and four weeks of supervised "
                    "shifts before working alone in the hydrometallurgical building; competence is "
                    "reassessed every year, including sampling and pH probe calibration.",
                ),
            ],
            start=3,
        )
    )
    + "## Appendix 1 Shift analysis log, leach and SX\n"
    "| Date | Shift | Free acid mol/L | T °C | Ni g/L | Co g/L | Mn g/L | Li g/L | P204 raffinate Mn mg/L "
    "| P507 raffinate Co mg/L |\n"
    + "".join(
        f"| 2025-09-{15 + i // 3} | {'ABC'[i % 3]} | 0.{26 + i} | {80 + i % 5} | 28.{i} | 9.{i} | 7.{i} "
        f"| 5.{i} | {9 + i} | {4 + i % 4} |\n"
        for i in range(24)
    )
    + "Stripping of the P507 loaded organic with 2.5 mol/L HCl, scrub 0.8 mol/L, saponification 60 %, "
    "raffinate recycled to the leach.\n"
)


def test_an_appendix_without_its_own_anchor_is_about_what_the_document_is(scanner) -> None:
    """Found by a tester (an agency's translation of a Li-ion battery recycling manual): its
    appendix table names P204, P507, raffinate and stripping but no material, so judged apart it
    borrowed the document's faint rare-earth anchoring and not the other materials that outweigh
    it, and read as rare-earth solvent extraction (controlled 0.81)."""
    v = scan_text(scanner, LIB_MANUAL, name="manual.md")
    assert v.verdict == "clear", v.reasons
