"""Should-flag / should-not-flag tables for the whole policy, in both languages. The texts are
short, but written as real documents are: the point is the rule, not the corpus."""

from __future__ import annotations

import math

import pytest

from scanner.policy.scoring import score_categories
from scanner.policy.sectioned import QUIET_WHERE
from scanner.types import CATEGORIES
from tests.conftest import scan_text

CONTROLLED = {
    "zh-ndfeb-spec": (
        "烧结钕铁硼工艺规程 QP-S-017（受控文件）\n"
        "1. 速凝甩带：铸片厚度0.25-0.35 mm，辊速1.5 m/s。\n"
        "2. 氢破：吸氢压力0.1 MPa，脱氢温度550℃，保温6 h。\n"
        "3. 气流磨：D50 3.0 μm，氧含量≤1200 ppm。\n"
        "4. 磁场取向成型：取向磁场2.0 T，冷等静压200 MPa。\n"
        "5. 真空烧结1060℃×4 h；一级回火900℃×2 h，二级回火500℃×3 h。\n",
        "magnet-manufacturing",
    ),
    "en-separation": (
        "PROCESS SPECIFICATION PS-SX-204 rev C - PrNd/Ce split, line 2\n"
        "Organic: P507 1.5 mol/L in sulfonated kerosene, saponification degree 36 %.\n"
        "Feed: La-depleted rare-earth chloride liquor, 1.6 mol/L REO, pH 2.0.\n"
        "Extraction section 42 stages, scrubbing 18 stages with 3.5 mol/L HCl, O/A = 1:1.5.\n"
        "Strip liquor PrNd chloride 0.9 mol/L; oxalate precipitation at 60 °C, calcination\n"
        "900 °C for 2 h to PrNd oxide, TREO >= 99 %, Pr6O11/TREO 25 +- 1 %.\n",
        "separation",
    ),
    "zh-electrolysis": (
        "镨钕金属熔盐电解作业指导书\n电解质：氟化镨钕-氟化锂体系，LiF 10 wt%。\n"
        "槽温1045±10℃，阳极电流密度1.0 A/cm²，槽电压9.5 V，加料速率2.2 kg/h。\n"
        "石墨阳极每48 h更换，钨阴极，电流效率≥80%。\n",
        "metal-smelting",
    ),
    "en-mining": (
        "In-situ leaching procedure, ion-adsorption clay block B-7.\n"
        "Injection wells on a 2.5 m x 2.5 m grid, lixiviant 2.5 % ammonium sulfate at pH 5.0,\n"
        "injection rate 0.8 m3/h per well. Pregnant leach liquor 1.2 g/L REO collected in the\n"
        "liquor collection tunnel, impurity removal at pH 5.2, then precipitation of mixed rare\n"
        "earth carbonate with ammonium bicarbonate.\n",
        "mining",
    ),
    "mixed-recycling": (
        "WI-R-023 钕铁硼油泥回收 / NdFeB grinding sludge recovery\n"
        "1. 氧化焙烧 oxidising roast 800 ℃, 4 h.\n"
        "2. 盐酸优溶 selective HCl leaching, pH 4.5, 液固比 5:1, 80 ℃.\n"
        "3. 除铁后草酸沉淀，灼烧得稀土氧化物，稀土回收率≥95%。\n",
        "recycling",
    ),
}

CLEAR = {
    "en-market": (
        "Rare earth market weekly, week 47. PrNd oxide rose 3 % to USD 62/kg; Dy oxide flat at\n"
        "USD 250/kg. Analysts expect tight supply after the export controls; buyers delayed\n"
        "purchase orders. Spot prices, quotations and inventory levels below.\n"
    ),
    "zh-purchase-order": (
        "采购订单 PO-2025-1187\n供应商：某稀土公司\n物料：氧化镨钕 99.5%，数量 5 吨，单价 ¥420,000/吨，"
        "交货期 30 天，付款方式：货到验收后电汇。\n"
    ),
    "en-copper-sx": (
        "Copper SX-EW operating note. LIX 984N 20 vol% in kerosene, O/A 1.2, 3 extraction\n"
        "stages, 2 stripping stages, loaded organic 5.2 g/L Cu, electrowinning at 300 A/m2.\n"
        "Copper cathode grade A.\n"
    ),
    "zh-ferrite": (
        "锶铁氧体磁瓦生产工艺卡：预烧料回转窑1280℃，湿压成型取向磁场0.8 T，烧结1200℃×2 h，Br≥0.42 T。\n"
    ),
    "en-motor": (
        "Traction motor design review DR-M220. Rotor uses purchased N52SH NdFeB magnets,\n"
        "Br 1.42 T, from the supplier. Stator winding, back-EMF 48 V at 3000 rpm,\n"
        "demagnetisation check at 150 °C passed.\n"
    ),
    "en-hr": "Canteen closed on Friday. Please submit timesheets by 17:00.\n",
    "en-steel": (
        "Blast furnace No. 2 maintenance: tuyere replacement, hot blast stove inspection,\n"
        "ladle relining. Steel plant outage 36 h.\n"
    ),
}

EXCLUDED = {
    "en-journal": (
        "Journal of Magnetic Materials 41(6) (2025) 1123-1131\nhttps://doi.org/10.1016/j.jmm.2025.04.011\n"
        "Received 3 January 2025; accepted 2 April 2025; available online 10 April 2025\n"
        "Grain boundary diffusion of Tb in sintered NdFeB magnets\n"
        "Abstract: Sintered NdFeB magnets were coated with TbH2 and annealed at 900 °C for 10 h,\n"
        "then tempered at 500 °C. HcJ increased by 8 kOe.\n© 2025 Elsevier B.V. All rights reserved.\n",
        "public-domain",
    ),
    "zh-patent": (
        "权利要求书\n1. 一种镝铁合金的熔盐电解制备方法，其特征在于，包括以下步骤：以氟化镝-氟化锂为电解质，"
        "电解温度1050℃，阴极电流密度6 A/cm²。\n2. 根据权利要求1所述的方法，其特征在于，所述阳极为石墨阳极。\n"
        "说明书\n技术领域\n本发明涉及稀土金属冶炼领域。\n申请号：202511087654.3\n",
        "patent-filing",
    ),
    "zh-nsfc": (
        "国家自然科学基金面上项目申请书\n项目名称：稀土萃取剂配位化学与4f电子结构的第一性原理研究\n"
        "拟解决的关键科学问题：P507与镧系离子配位的电子结构、热力学和键合机理。\n"
        "研究内容：采用密度泛函理论计算和光谱表征研究镧系收缩对萃取选择性的影响。\n",
        "basic-research",
    ),
}


@pytest.mark.parametrize("name", sorted(CONTROLLED))
def test_controlled(scanner, name: str) -> None:
    text, category = CONTROLLED[name]
    v = scan_text(scanner, text)
    assert v.verdict == "controlled", v.reasons
    assert category in v.categories
    assert "1E902.a" in v.control_codes
    assert v.evidence and all(e.location for e in v.evidence)


@pytest.mark.parametrize("name", sorted(CLEAR))
def test_clear(scanner, name: str) -> None:
    v = scan_text(scanner, CLEAR[name])
    assert v.verdict == "clear", (v.score, v.reasons)
    assert v.categories == () and v.control_codes == ()


@pytest.mark.parametrize("name", sorted(EXCLUDED))
def test_excluded(scanner, name: str) -> None:
    text, reason = EXCLUDED[name]
    v = scan_text(scanner, text)
    assert v.verdict == "excluded", (v.score, v.reasons)
    assert v.exclusion is not None and v.exclusion.reason == reason
    assert v.exclusion.evidence


def test_internal_spec_that_cites_a_paper_stays_controlled(scanner) -> None:
    text = CONTROLLED["zh-ndfeb-spec"][0] + (
        "\n参考文献：\n[1] 张三. 烧结钕铁硼晶界扩散研究[J]. 稀土学报, 2019, 37(2): 1-8. "
        "DOI: 10.11785/S1000-4343.2019.02.001\n"
    )
    assert scan_text(scanner, text).verdict == "controlled"


def test_ndfeb_magnet_types(scanner) -> None:
    v = scan_text(scanner, CONTROLLED["zh-ndfeb-spec"][0])
    assert v.magnet_types == ("NdFeB",)


def test_clause_b_commissioning_procedure(scanner) -> None:
    text = (
        "Commissioning and maintenance procedure CMP-F-009, NdFeB vacuum sintering furnace line.\n"
        "1. Installation: level the furnace, connect cooling water, check the vacuum pump set.\n"
        "2. Cold commissioning: leak rate test of the sintering furnace < 5e-3 Pa.L/s; "
        "hot commissioning with an empty charge to 1080 °C.\n"
        "3. Preventive maintenance: replace the heating elements of the sintering furnace every "
        "2000 h, lubricate the charging car, overhaul the diffusion pump yearly.\n"
        "4. Repair: troubleshooting of thermocouple faults on the sintering furnace; "
        "upgrade of the furnace PLC.\n"
    )
    v = scan_text(scanner, text)
    assert v.verdict in ("controlled", "review"), v.reasons
    assert "1E902.b" in v.control_codes


def test_every_verdict_explains_itself(scanner) -> None:
    for text, _ in CONTROLLED.values():
        v = scan_text(scanner, text)
        assert v.reasons and v.evidence
        assert all(e.snippet and e.location != "document" for e in v.evidence)


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "烧结磁体工艺卡（内部）：氢破吸氢压力0.1 MPa，脱氢温度550℃；气流磨粒度D50 3.0 μm；"
            "磁场取向成型2.0 T；真空烧结1060℃×4 h；一级回火900℃×2 h，二级回火500℃×3 h。",
            ("NdFeB",),
        ),
        (
            "Sintered magnet route (internal): samarium-rich alloy melted and jet milled to 4 μm, "
            "pressed in 1.5 T, sintered at 1210 °C for 1 h, solution treated at 1180 °C for 3 h, "
            "aged at 830 °C for 12 h then cooled at 0.7 °C/min to 400 °C.",
            ("SmCo",),
        ),
    ],
    ids=["unnamed-magnet-is-ndfeb", "samarium-without-smco-name"],
)
def test_magnet_type_when_the_magnet_is_not_named(scanner, text: str, types: tuple[str, ...]) -> None:
    v = scan_text(scanner, text)
    assert v.verdict in ("controlled", "review"), v.reasons
    assert "magnet-manufacturing" in v.categories
    assert v.magnet_types == types


TWO_RECIPES = (
    "P507 extraction of Pr/Nd: 40 stages extraction, 20 stages scrubbing with 4 mol/L HCl, "
    "O/A 1:1.2, saponification 35 %\n\n"
    "NdFeB sintering: vacuum sintering at 1065 °C for 4 h, first ageing 900 °C 2 h, second "
    "ageing 500 °C 3 h; jet-milled powder 3.2 μm; pressing in a 1.8 T aligning field\n"
)


@pytest.mark.parametrize("name", ["recipes.txt", "recipes.eml"])
def test_every_stage_the_rules_find_at_the_controlled_threshold_is_named(scanner, name: str) -> None:
    """Found by an exploratory test of the gate: a message of a separation recipe and a magnet
    recipe named only separation (the model's stage heads spoke for the message alone), and a
    licence for separation released the magnet recipe with it. A stage whose rule score alone
    reaches the controlled threshold is named whatever the model says."""
    text = TWO_RECIPES
    if name.endswith(".eml"):
        text = "From: li.wei@example.com\nTo: r.mueller@partner.example\nSubject: test\n\n" + text
    verdicts = scanner.scan_bytes_all(name, text.encode("utf-8"))
    assert {"separation", "magnet-manufacturing"} <= set(verdicts[0].categories)


RECIPE = (
    "NdFeB magnet process notes\n\n"
    "Sinter the pressed compacts at 1060 C for 4 hours under vacuum, then temper at 900 C for 2 "
    "hours and at 500 C for 3 hours.\n"
    "Jet mill the hydrogen-decrepitated powder to 3.5 um before pressing in a 1.8 T field.\n"
)
PRICES = "Market prices for magnets rose in 2024.\n\n"
MARKET_REPORT = (
    "NdFeB magnet market report, third quarter 2024\n\n"
    "Prices of sintered NdFeB magnets rose 4 % on the quarter as demand from traction motors grew.\n"
    "Producers sinter at about 1060 C and temper twice; capacity additions in Baotou and Ganzhou "
    "will ease supply next year.\n"
    "Buyers should expect quotations for N52 grades to stay firm; spot prices for PrNd oxide were "
    "stable.\n"
)


@pytest.mark.parametrize(
    ("text", "flagged", "opening_alone"),
    [
        (RECIPE, True, False),
        (PRICES + RECIPE, True, True),  # one line of trade wording above, none below
        ("Prices\n\n" + RECIPE, True, True),
        (RECIPE + "\n" + PRICES, True, False),  # below the recipe: never the title
        (MARKET_REPORT, False, False),  # trade wording all through: its title says what it is
    ],
    ids=["recipe", "trade-line-above", "trade-word-above", "trade-line-below", "market-report"],
)
def test_a_line_of_trade_wording_above_a_recipe_is_no_title(
    scanner, text: str, flagged: bool, opening_alone: bool
) -> None:
    """Found by an exploratory test of explain: a sintering route under the line "Market prices
    for magnets rose in 2024." came out clear, its two trade words counted twice over as the
    document's title. An opening counts more only when the trade wording goes on in the body
    (a market report, a quotation); one line of it above a recipe counts as anywhere else."""
    verdict, analysis = scanner.scan_bytes_with_analysis("doc.txt", text.encode(), quick=False)
    assert (verdict.verdict in ("controlled", "review")) is flagged, (verdict.verdict, verdict.score)
    assert analysis is not None
    assert score_categories(analysis.findings).opening_alone is opening_alone
    # said in the reasons, unless the recipe was judged apart from the trade line (`quiet_parts`)
    if QUIET_WHERE not in (verdict.section or ""):
        said = any("not taken for the document's title" in r for r in verdict.reasons)
        assert said is opening_alone


def test_a_market_reports_title_still_counts_twice(scanner, tmp_path) -> None:
    """The title of a document whose body speaks of trade too keeps its weight (HEAD_BOOST):
    each weakening term of the title adds twice what it adds in the body."""
    from scanner.policy.scoring import HEAD_BOOST, score_categories

    (tmp_path / "report.txt").write_text(MARKET_REPORT, encoding="utf-8")
    _verdict, analysis = scanner.explain_file(tmp_path / "report.txt")
    assert analysis is not None
    scores = score_categories(analysis.findings)
    title = {f.rule_id: f for f in analysis.findings if f.kind == "context" and f.location.line == 1}
    assert title and not scores.opening_alone
    for rule, f in title.items():
        assert scores.mention_terms[rule] == pytest.approx(2 * (1 - float(f.attr("factor"))) * HEAD_BOOST)


# --- a document that only names products and their properties -----------------------------

DEMAG_CURVE = "Grade,Temperature_C,H_kA_per_m,J_T,B_T\n" + "".join(
    f"N45SH,{t},{h},{j},{b}\n"
    for t, h, j, b in [
        (20, 0, 1.33, 1.33),
        (20, -900, 1.31, 0.20),
        (20, -1700, 1.24, -0.90),
        (80, 0, 1.27, 1.27),
        (80, -900, 1.24, 0.11),
        (80, -1300, 1.15, -0.48),
        (120, 0, 1.22, 1.22),
        (120, -900, 1.18, 0.05),
        (150, 0, 1.16, 1.16),
        (150, -700, 1.08, 0.20),
    ]
)
DYNO_LOG = (
    "Run,Speed rpm,Torque Nm,Efficiency %,Magnet temperature C,Back-EMF ratio,Magnet grade\n"
    "R01,3000,101,94.9,73,0.99,N42UH\nR02,3000,100,93.7,75,0.95,N42UH\nR03,4500,127,94.0,83,0.98,N45SH\n"
)
POWDER_USE = (
    "日期,产品,稀土抛光粉用量(kg),玻璃片数,抛光时间(min),浆料温度(℃)\n"
    "2025-03-01,手机盖板,12.5,1800,35,28\n2025-03-02,手机盖板,12.0,1750,35,27\n"
)
SINTER_LOG = (
    "Batch,Grade,Sintering temperature C,Sintering time h,Vacuum Pa,Tempering 1 C,Tempering 2 C,"
    "Br T,HcJ kA/m\n"
    "B2501,N45SH,1065,4,3e-3,900,490,1.33,1600\nB2502,N45SH,1070,4,3e-3,900,495,1.34,1590\n"
    "B2503,N42UH,1060,5,2e-3,890,500,1.29,1990\nB2504,N42UH,1062,5,2e-3,895,505,1.29,2010\n"
)
#: cell voltage, current efficiency and bath temperature are quality parameters in the lexicon,
#: but how a cell is run, not what its metal is: a log of them is a process record
ELECTROLYSIS_LOG = (
    "槽号,电流(kA),槽电压(V),电解温度(℃),电流效率(%),镨钕金属产量(kg)\n"
    "1#,6.0,9.2,1050,82,41\n2#,6.0,9.4,1055,80,40\n3#,6.2,9.1,1048,83,43\n4#,6.1,9.3,1052,81,42\n"
)

#: a metal maker's electricity bill: the stage's words only in the customer's name, kWh by month
POWER_BILL = (
    "国网某供电公司 电费结算明细（导出）\n"
    "户号:36021XXXXXX,户名:江西华钕金属材料有限公司,用电类别:大工业用电,电压等级:110kV,基本电费计收方式:按需量\n"
    "结算年月,有功总电量(kWh),峰电量,平电量,谷电量,尖峰电量,最大需量(kW),基本电费(元),电度电费(元),"
    "合计电费(元),平均电价(元/kWh),功率因数\n"
    + "".join(
        f"2023{m:02d},{6253159 - 9000 * m},{1938479 - 500 * m},{2063542 + 90 * m},{2001010 + 70 * m},"
        f"{250128 + 11 * m},{9461 - 3 * m},{363302 + m}.40,{4000153 - m}.11,{4518735 + m}.46,"
        f"0.72{m % 10},0.96\n"
        for m in range(1, 13)
    )
)


@pytest.mark.parametrize(
    ("name", "text", "expected", "named"),
    [
        ("power-bill.csv", POWER_BILL, "review", ["钕金属"]),  # controlled 0.69 with a name not counted
        ("demag.csv", DEMAG_CURVE, "review", ["N45SH"]),  # controlled 0.71 without the rule
        ("dyno.csv", DYNO_LOG, "clear", ["N42UH", "N45SH"]),
        ("glass-line.csv", POWDER_USE, "clear", ["稀土抛光粉"]),
        ("sinter.csv", SINTER_LOG, "controlled", []),
        ("electrolysis.csv", ELECTROLYSIS_LOG, "controlled", []),
    ],
    ids=[
        "power-bill-of-a-named-company",
        "demagnetisation-curve",
        "motor-bench-log",
        "polishing-powder-use",
        "sintering-log",
        "electrolysis-log",
    ],
)
def test_a_document_that_names_only_products_is_never_controlled_on_its_own(
    scanner, name: str, text: str, expected: str, named: list[str]
) -> None:
    """Found by a false-flag hunter: a demagnetisation curve of bought N42SH magnets came out
    controlled (0.68: the model at 0.83, test temperatures read as process values). A document
    whose every stage term names a product, a material or a product's property says nothing of
    how a thing is made: against the numbers and the model, a person decides (`review`). One
    step, piece of equipment or operating parameter is enough to be judged as before."""
    from scanner.policy.decide import names_only

    verdict, analysis = scanner.scan_bytes_with_analysis(name, text.encode(), quick=False)
    assert analysis is not None
    assert verdict.verdict == expected, (verdict.verdict, verdict.score)
    assert sorted(names_only(analysis.findings)) == named
    said = any(
        r.startswith("conflicting evidence: the document names rare-earth products") for r in verdict.reasons
    )
    assert said is (bool(named) and verdict.score >= scanner.config.thresholds.controlled)


def test_the_product_properties_are_the_lexicons_quality_parameters() -> None:
    """`PRODUCT_PROPERTIES` names lexicon terms: a renamed or re-kinded term must not drop out
    of it unnoticed."""
    from scanner.config import default_lexicon_dir
    from scanner.detect.lexicon import load_lexicon
    from scanner.policy.decide import PRODUCT_PROPERTIES

    kinds = {t.id: t.kind for t in load_lexicon(default_lexicon_dir()).terms if t.set == "stage"}
    assert {i: kinds.get(i) for i in PRODUCT_PROPERTIES} == dict.fromkeys(
        PRODUCT_PROPERTIES, "quality-parameter"
    )


SALES_MAIL = (
    "From: Lily Wang <lily@magnet-maker.example>\n"
    "To: Markus Brandt <m.brandt@customer.example>\n"
    "Subject: RE: N45SH composition\n\n"
    "Dear Markus,\n\nthank you for the call. As you asked, here is the composition our melt shop uses "
    "for your N45SH rotor magnets:\n\n"
    "{line}\n\n"
    "Price for the 2025 contract stays at USD 41.50/kg FOB Ningbo as offered; delivery 6 weeks after "
    "your purchase order. Our sales team will send the quotation and invoice.\n\n"
    "Best regards\nLily Wang, Sales Manager, Export Dept.\n"
)
RECIPE_LINE = "PrNd 30.8%, Tb 0.45%, Co 1.2%, Cu 0.15%, Ga 0.22%, Al 0.10%, Zr 0.08%, B 0.96%, Fe balance"


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        (RECIPE_LINE, "review"),  # a recipe pasted into a sales message
        ("Typical composition: " + RECIPE_LINE, "clear"),  # a product's typical composition
        ("ICP result of the delivered lot: " + RECIPE_LINE, "clear"),  # a measured one
        ("Grade N45SH, Br 1.32 T, HcJ 1592 kA/m, NiCuNi coating", "clear"),  # no recipe at all
    ],
)
def test_a_recipe_under_trade_wording_is_for_a_person(scanner, line: str, verdict: str) -> None:
    """Found by an exploratory tester: a sales e-mail that pastes the melt shop's recipe was
    clear, its trade wording (price, contract, quotation) weakening the score to 0.10. A recipe
    is technology whatever wraps it: review, with the reason; a measured or typical
    composition is no recipe."""
    v = scan_text(scanner, SALES_MAIL.format(line=line), name="mail.txt")
    assert v.verdict == verdict, v.reasons
    if verdict == "review":
        assert v.categories == ("magnet-manufacturing",) and v.magnet_types == ("NdFeB",)
        assert any("an alloy recipe under trade wording" in r for r in v.reasons), v.reasons


SLUDGE = (
    "钕铁硼油泥回收工艺说明\n"
    "1 原料: 钕铁硼油泥(含油 8–12%), 先脱油, 再于回转窑 750 ℃ 氧化焙烧 4 h。\n"
    "2 焙砂用盐酸优溶, pH 4.0–4.5, 80 ℃, 液固比 4:1, 铁留渣。\n"
    "3 滤液加草酸沉淀, 陈化 2 h, 草酸稀土 900 ℃ 煅烧 3 h 得混合氧化物, TREO ≥ 99%。\n"
    "4 回收率 ≥ 96%, 产品售予稀土分离厂。\n"
)
SLUDGE_WITH_SX = SLUDGE + (
    "5 自行分离: 混合氯化稀土料液经 P507 萃取, 皂化度 36%, 混合澄清槽萃取段 45 级、洗涤段 35 级, "
    "O/A 1.6, 反萃得氯化镨钕与氯化镝铽溶液, 分别草酸沉淀。\n"
    "6 萃余液 REO ≤ 0.05 g/L; 有机相再生后返回萃取段。\n"
)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        (SLUDGE, ("recycling",)),  # roast, leach, precipitate, calcine: recycling's own route
        (SLUDGE_WITH_SX, ("separation",)),  # a solvent-extraction cascade: separation, stronger
    ],
)
def test_separation_beside_recycling_needs_separation_proper(scanner, text: str, categories) -> None:
    """Found by two exploratory testers: a sludge-recycling route (oxidising roast, selective HCl
    leaching, oxalate precipitation, calcination; DOMAIN.md lists these under recycling) was
    named separation and recycling. Separation is named beside recycling only where solvent
    extraction, ion exchange or chromatography says it separates too (here, the cascade
    outweighs the recycling words, and separation alone is named)."""
    v = scan_text(scanner, text)
    assert v.verdict == "controlled", v.reasons
    assert v.categories == categories, v.reasons


def test_separation_proper_names_the_lexicons_terms() -> None:
    """Each word of `_SEPARATION_PROPER` names a separation term the lexicon has (a renamed term
    would silently leave separation beside recycling undecidable)."""
    import re

    from scanner.config import default_lexicon_dir
    from scanner.detect.lexicon import load_lexicon
    from scanner.policy.decide import _SEPARATION_PROPER

    ids = [t.id for t in load_lexicon(default_lexicon_dir()).terms if t.set == "stage"]
    body = _SEPARATION_PROPER.pattern.removeprefix(r"^sep\.(?:").removesuffix(")")
    for word in body.split("|"):
        assert any(re.match(rf"sep\.{word}", i) for i in ids), word
    assert not _SEPARATION_PROPER.match("sep.smelting_separation")  # a plant's name: 分离厂
    assert not _SEPARATION_PROPER.match("sep.oxalate_precipitation")  # recycling precipitates too


#: a polishing-powder regeneration route: leaching, impurity removal and bicarbonate
#: precipitation are mining's words too, and no ore, deposit or lixiviant is named
POLISH_POWDER = (
    "废稀土抛光粉再生工艺规程\n"
    "1 原料: 玻璃抛光车间返回的废铈基抛光粉(含抛光泥), 浆化后过 80 目振动筛除去垫屑。\n"
    "2 焙烧: 600 ℃ 焙烧 2 h 除有机物。\n"
    "3 碱浸脱硅铝: NaOH 4 mol/L, 液固比 5:1, 90 ℃, 2 h, 水洗至中性。\n"
    "4 盐酸还原浸出: 加 H2O2 使 Ce(IV) 还原, 液固比 4:1, 85 ℃, 终点 pH 1.5, 稀土浸出率 ≥ 97%。\n"
    "5 除杂: 氨水调 pH 4.5 除铁铝, 过滤。\n"
    "6 碳酸氢铵沉淀稀土碳酸盐, 沉淀率 ≥ 99%, 洗涤后 950 ℃ 焙烧, 氟化后二次焙烧, 气流粉碎分级得再生抛光粉, "
    "回收率 ≥ 92%。\n"
)
#: a sludge route that names the extraction line its liquor goes to, and lays none of it down
SLUDGE_TO_THE_LINE = (
    "钕铁硼油泥回收车间作业要点\n"
    "1 油泥先离心脱水, 回转窑 380 ℃ 脱油, 再 780 ℃ 氧化焙烧 2.5 h, 使铁全部氧化。\n"
    "2 焙砂盐酸优溶: 液固比 3:1, 终点 pH 3.8, 88 ℃ 搅拌 2 h, 稀土浸出率 ≥ 97%, 浸出渣含 REO < 0.5%。\n"
    "3 浸出液加 H2O2 氧化, 氨水调 pH 4.5 除铁铝后, 送分离厂萃取线, 萃余液中的钴另行沉淀回收。\n"
    "4 草酸沉淀, 900 ℃ 灼烧得混合氧化物, TREO ≥ 99%, 综合回收率 ≥ 95%。\n"
)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        (POLISH_POWDER, ("recycling",)),  # mining's shared words only: not mining
        (SLUDGE_TO_THE_LINE, ("recycling",)),  # two words of separation proper: not separation
        (SLUDGE_WITH_SX, ("separation",)),  # the cascade laid down: separation
    ],
)
def test_a_recycling_route_is_not_mining_or_separation_by_their_shared_words(
    scanner, text: str, categories
) -> None:
    """Found by exploratory testers (four batches): recycling routes were named mining beside
    recycling (a polishing-powder regeneration, a spent-phosphor batch record) or separation
    beside it (sludge routes that name the extraction line their liquor goes to). Mining is
    named beside recycling only with its own vocabulary (an ore, a deposit, a lixiviant,
    beneficiation), separation with three terms of its proper vocabulary."""
    v = scan_text(scanner, text)
    assert v.verdict == "controlled", v.reasons
    assert v.categories == categories, v.reasons


def test_mining_shared_names_the_lexicons_terms() -> None:
    """Each id of `_MINING_SHARED` is a mining term of the lexicon (a renamed term would
    silently count as mining proper)."""
    from scanner.config import default_lexicon_dir
    from scanner.detect.lexicon import load_lexicon
    from scanner.policy.decide import _MINING_SHARED

    ids = {t.id for t in load_lexicon(default_lexicon_dir()).terms if t.set == "stage"}
    assert ids >= _MINING_SHARED, sorted(_MINING_SHARED - ids)


#: a route that turns end-of-life magnets into magnets: its scrap feed is a chapter, its magnet
#: steps the rest
SCRAP_ROUTE = (
    "Short-loop reprocessing of end-of-life HDD magnets: route sheet, pilot line 2\n"
    "1 Feed: end-of-life NdFeB magnet scrap from HDD voice-coil motors, recycled magnets only; "
    "demagnetise at 350 C, strip the Ni coating in an abrasive drum; sort the scrap by XRF; "
    "recovery rate target 95 %; recycled feed lot records kept by the recycling cell.\n"
    "2 Hydrogen decrepitation of the scrap: 2.0 bar H2, 4 h; partial degassing 500 C, 1 h.\n"
    "3 Jet milling to D50 3.5 um with 1.5 wt% NdH2 added; orientation pressing in a 1.8 T field, "
    "isostatic pressing 200 MPa.\n"
    "4 Vacuum sintering 1060 C x 3 h, first tempering 900 C x 2 h, second tempering 500 C x 3 h.\n"
    "5 Targets: Br >= 1.30 T, HcJ >= 1350 kA/m, density >= 7.50 g/cm3.\n"
)
#: a magnet process card that sends its own grinding swarf away once
MAGNET_CARD_WITH_SWARF = (
    "N45SH sintering process card\n"
    "Hydrogen decrepitation 0.2 MPa, 2 h; dehydrogenation 550 C x 6 h; jet milling to D50 3.2 um.\n"
    "Orientation pressing 1.8 T; vacuum sintering 1065 C x 5 h; first tempering 900 C x 2 h; "
    "second tempering 490 C x 3 h. Grinding swarf goes to the scrap bin.\n"
)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        (SCRAP_ROUTE, ("magnet-manufacturing", "recycling")),
        (MAGNET_CARD_WITH_SWARF, ("magnet-manufacturing",)),
    ],
)
def test_a_route_from_scrap_magnets_to_magnets_is_both_stages(scanner, text: str, categories) -> None:
    """Found by two exploratory testers: routes that turn scrap magnets into magnets (hydrogen
    processing of HDD magnets, re-sintering of scrap) were named magnet manufacturing only,
    because their magnet words outweigh their scrap words (DOMAIN.md: recycling of magnet
    scrap that also makes magnets is both). Recycling is named beside the magnet process where
    it scores at the controlled threshold on its own."""
    v = scan_text(scanner, text)
    assert v.verdict == "controlled", v.reasons
    assert v.categories == categories, v.reasons


@pytest.mark.parametrize(
    ("tech", "score", "named"),
    [
        # recycling well past the review threshold: named
        (
            {"magnet-manufacturing": 11.2, "recycling": 4.8},
            {"magnet-manufacturing": 0.98, "recycling": 0.80},
            True,
        ),
        # a fifth of the magnet process, but enough to flag a document alone: a scrap-HD
        # re-sintering trial's scrap words are few beside its magnet steps
        (
            {"magnet-manufacturing": 16.5, "recycling": 3.2},
            {"magnet-manufacturing": 0.99, "recycling": 0.65},
            True,
        ),
        (
            {"magnet-manufacturing": 16.5, "recycling": 2.5},
            {"magnet-manufacturing": 0.99, "recycling": 0.46},
            True,
        ),
        # below the review threshold on its own: a scrap bin mentioned
        (
            {"magnet-manufacturing": 11.2, "recycling": 1.3},
            {"magnet-manufacturing": 0.98, "recycling": 0.35},
            False,
        ),
    ],
)
def test_recycling_beside_magnets_by_its_own_score(tech, score, named: bool) -> None:
    from types import SimpleNamespace

    from scanner.policy.decide import _with_scrap_recycling

    scores = SimpleNamespace(tech=tech, score=score)
    got = _with_scrap_recycling(("magnet-manufacturing",), scores, 0.46)  # type: ignore[arg-type]
    assert got == (("magnet-manufacturing", "recycling") if named else ("magnet-manufacturing",))
    # never a stage of its own, nor beside another stage than magnet manufacturing
    assert _with_scrap_recycling(("separation",), scores, 0.46) == ("separation",)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("section", "tech", "learned", "stages"),
    [
        # a stage the whole text bears out by its rules' share, or its model: kept
        (
            ("separation", "recycling"),
            {"separation": 6.0, "recycling": 5.0, "magnet-manufacturing": 0.5},
            {"separation": 0.0, "recycling": 0.9},
            ("separation", "recycling"),
        ),
        # a section's magnet words the whole text bears out by neither: dropped
        (
            ("separation", "magnet-manufacturing", "recycling"),
            {"separation": 7.0, "recycling": 2.8, "magnet-manufacturing": 1.4},
            {"separation": 0.7, "recycling": 0.8, "magnet-manufacturing": 0.0},
            ("separation", "recycling"),
        ),
        # the whole document's stage on every count, missed by the section: added
        (
            ("separation", "magnet-manufacturing"),
            {"separation": 4.8, "recycling": 4.7, "magnet-manufacturing": 2.2},
            {"separation": 0.0, "recycling": 0.93, "magnet-manufacturing": 0.0},
            ("separation", "recycling"),
        ),
        # … but not separation beside recycling (its routes leach and precipitate)
        (
            ("recycling",),
            {"separation": 5.0, "recycling": 5.5},
            {"separation": 0.9, "recycling": 0.9},
            ("recycling",),
        ),
        # never none
        (
            ("magnet-manufacturing",),
            {"separation": 5.0, "magnet-manufacturing": 0.5},
            {"separation": 0.3, "magnet-manufacturing": 0.0},
            ("magnet-manufacturing",),
        ),
    ],
)
def test_a_sections_stages_are_checked_against_the_whole_document(section, tech, learned, stages) -> None:
    from types import SimpleNamespace

    from scanner.policy.decide import ModelView, _whole_document_stages

    tech = {c: tech.get(c, 0.0) for c in CATEGORIES}
    score = {c: 1 - math.exp(-t / 3.0) for c, t in tech.items()}
    whole = SimpleNamespace(tech=tech, score=score)
    model = ModelView({f"category:{c}": p for c, p in learned.items()}, blend=0.6)
    assert _whole_document_stages(section, whole, model, 0.62) == stages  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("other_in_head", "other_factor", "anchoring"),
    [
        # the title names a material that competes with recycling only (battery black mass):
        # the model's separation is scaled by it all the same
        (True, {"separation": 1.0, "recycling": 0.2}, 0.2),
        # a material that competes with the best stage: as before
        (True, {"separation": 0.3, "recycling": 1.0}, 0.3),
        # other materials in the body only: the model counts in full
        (False, {"separation": 1.0, "recycling": 0.2}, 1.0),
    ],
)
def test_a_material_named_in_the_title_scales_the_model_whatever_it_competes_with(
    other_in_head: bool, other_factor: dict[str, float], anchoring: float
) -> None:
    """Found by an exploratory tester: a battery black-mass pilot report's solvent-extraction
    chapter read to the model as rare-earth separation (review 0.48), though its title names
    black mass."""
    from types import SimpleNamespace

    from scanner.policy.decide import model_anchoring

    scores = SimpleNamespace(
        best=("separation", 0.3),
        re_factor=0.4,
        other_in_head=other_in_head,
        other_factor=other_factor,
        mention_factor=1.0,
    )
    assert model_anchoring(scores) == pytest.approx(anchoring)  # type: ignore[arg-type]


POPULAR_SCIENCE = (
    "科普 | 一块钕铁硼磁铁的诞生\n来源：科普中国 2024-05-01 阅读 3.2万\n"
    "你知道手机里的小磁铁是怎么来的吗？钕铁硼磁铁由钕、铁、硼组成。工厂先把原料熔炼，再把合金磨成细粉，"
    "在磁场中压制成型，然后放进真空炉里烧结，最后切割、镀层、充磁。它让电动汽车的电机更小更轻。\n"
    "本文由科普中国发布，转载请注明出处。\n"
)
PRESS_RELEASE = (
    "Press release, 12 March 2025\nResearchers publish grain-boundary diffusion results\n"
    "The paper, 'Tb grain boundary diffusion in sintered NdFeB', appeared in Journal of Rare Earths "
    "43 (2025) 1188-1197, https://doi.org/10.1016/j.jre.2025.01.009, received 3 October 2024, "
    "accepted 9 January 2025, published online 18 February 2025.\n"
    "The team reports that diffusing Tb raises the coercivity of sintered NdFeB magnets.\n"
)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a reader's page about a stage, below the review threshold: a mention, clear
        (POPULAR_SCIENCE, "clear"),
        # a journal article's identifiers, reprinted: published, excluded
        (PRESS_RELEASE, "excluded"),
    ],
)
def test_a_published_mention_is_excluded_only_with_a_formal_publications_identifiers(
    scanner, text: str, verdict: str
) -> None:
    """Found by an exploratory tester and the training part: a popular-science article and an
    encyclopedia page about NdFeB (scores 0.45 and 0.16) were excluded as public-domain, where
    DOMAIN.md makes popular science a mention (clear). Below the review threshold a published
    text is excluded only with a journal's, a book's or a standard's identifiers."""
    v = scan_text(scanner, text)
    assert v.verdict == verdict, v.reasons
    assert v.score < 0.46


def test_formal_publication_names_the_lexicons_terms() -> None:
    from scanner.config import default_lexicon_dir
    from scanner.detect.lexicon import load_lexicon
    from scanner.policy.decide import FORMAL_PUBLICATION

    ids = {t.id for t in load_lexicon(default_lexicon_dir()).terms if t.category == "public-domain"}
    assert ids >= FORMAL_PUBLICATION, FORMAL_PUBLICATION - ids
