"""Exclusion predicates: what the document *is*, not what it mentions."""

from __future__ import annotations

import pytest

from scanner.policy.exclusions import names_court_case, references_start
from tests.conftest import scan_text

SPEC = (
    "PROCESS SPECIFICATION PS-HT-005 (internal, controlled copy)\n"
    "SmCo 2:17 magnets: solution treatment 1190 °C for 3 h in argon, quench; ageing 830 °C for "
    "12 h, slow cooling 0.7 °C/min to 400 °C, hold 10 h. Sm 25.5 wt%, Cu 5.5 wt%, Fe 18 wt%.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("body\nReferences\n[1] A. B., J. Alloys 2019", "References"),
        ("正文\n参考文献：\n[1] 张三", "参考文献"),
        ("2 规范性引用文件\nGB/T 13560", "规范性引用文件"),
        ("no list here", None),
    ],
)
def test_reference_sections_are_found(text: str, expected: str | None) -> None:
    at = references_start(text)
    if expected is None:
        assert at is None
    else:
        assert at is not None and expected in text[at:]


@pytest.mark.parametrize(
    "tail",
    [
        "\nReferences\n[1] Liu et al., J. Magn. Magn. Mater. 512 (2020) 167012, "
        "doi:10.1016/j.jmmm.2020.167012\n",
        "\nApplicable standards: GB/T 13560-2017; IEC 60404-8-1.\n",
        "\nSee also patent CN112345678A for the furnace design.\n",
    ],
)
def test_an_internal_spec_that_cites_stays_controlled(scanner, tail: str) -> None:
    assert scan_text(scanner, SPEC + tail).verdict == "controlled"


def test_the_same_content_published_is_excluded(scanner) -> None:
    head = (
        "Journal of Applied Magnetism, Vol. 12, No. 3, pp. 201-209, 2024\n"
        "DOI: 10.1234/jam.2024.0312\nReceived 2 May 2024; accepted 1 July 2024\n"
        "© 2024 The Authors. Published by Example Press under a CC BY licence.\n"
    )
    # the content, without the company's heading: a published paper does not carry the
    # specification's number (a document that names itself so is a company's own)
    v = scan_text(scanner, head + SPEC.split("\n", 1)[1])
    assert v.verdict == "excluded"
    assert v.exclusion and v.exclusion.reason == "public-domain"
    assert any("doi" in e.text.lower() or "10.1234" in e.text for e in v.exclusion.evidence)


def test_a_journal_article_about_copper_is_clear_not_excluded(scanner) -> None:
    text = (
        "Hydrometallurgy 210 (2022) 105844. https://doi.org/10.1016/j.hydromet.2022.105844\n"
        "Received 1 March 2022; accepted 2 May 2022\nCopper solvent extraction with LIX 984N: "
        "O/A 1.2, 3 stages, electrowinning of copper cathode.\n"
    )
    assert scan_text(scanner, text).verdict == "clear"


def test_an_unpublished_manuscript_is_not_public_domain(scanner) -> None:
    head = (
        "DRAFT manuscript - for internal pre-submission review (not yet submitted)\n"
        "Target journal: Journal of Applied Magnetism\nKeywords: SmCo; ageing\n"
        "Abstract\n"
    )
    v = scan_text(scanner, head + SPEC.replace("(internal, controlled copy)", ""))
    assert v.verdict in ("controlled", "review")
    assert v.exclusion is None


OVERVIEW = (
    "Sintered NdFeB magnets are made by powder metallurgy: the alloy is melted and strip cast, "
    "broken up by hydrogen decrepitation and jet milling, pressed in an aligning field, "
    "sintered, heat-treated, machined, coated and magnetised.\n"
)


@pytest.mark.parametrize(
    ("text", "excluded"),
    [
        pytest.param(
            "Neodymium magnet\nFrom Wikipedia, the free encyclopedia\n" + OVERVIEW,
            True,
            id="an encyclopedia article",
        ),
        pytest.param(
            "钕铁硼\n维基百科，自由的百科全书\n烧结钕铁硼磁体采用粉末冶金工艺：熔炼、速凝铸片、氢破碎、气流磨、"
            "取向压制、烧结和回火。\n",
            True,
            id="a Chinese encyclopedia article",
        ),
        pytest.param(
            "PROCESS NOTE PN-07 (internal)\n"
            + OVERVIEW
            + "Background reading: Wikipedia, 'Neodymium magnet'.\n"
            + SPEC,
            False,
            id="an internal note that cites an encyclopedia",
        ),
    ],
)
def test_an_encyclopedia_article_is_published(scanner, text: str, excluded: bool) -> None:
    """An online encyclopedia's article is itself published (DOMAIN.md: public-domain); an
    internal document that names one as background reading is not."""
    v = scan_text(scanner, text)
    if excluded:  # or clear: too little technology to be flagged at all
        assert v.verdict in ("excluded", "clear"), v.reasons
        assert v.verdict == "clear" or (v.exclusion and v.exclusion.reason == "public-domain")
    else:
        assert v.verdict == "controlled" and v.exclusion is None


def test_a_file_name_alone_does_not_make_an_internal_spec_published(scanner) -> None:
    """Found by an exploratory test: an internal spec saved as doi_open_access_preprint.txt was
    excluded (exit 0) on cues in its name only."""
    v = scan_text(scanner, SPEC, name="doi_open_access_preprint_elsevier.txt")
    assert v.verdict == "controlled" and v.exclusion is None


def test_published_and_internal_at_once_is_for_a_person(scanner) -> None:
    """A cover line ('Published in … doi … open access') on a document that calls itself
    internal: the contradiction goes to review, never to excluded."""
    head = (
        "Published in Journal of Applied Magnetism 12 (2024) 201-209, doi:10.1234/jam.2024.0312\n"
        "Open access under a CC BY 4.0 licence.\n"
    )
    v = scan_text(scanner, head + SPEC)
    assert v.verdict == "review" and v.exclusion is None
    assert any("calls itself internal" in r for r in v.reasons)


ROUTE = (
    "烧结钕铁硼工艺规程 第B版\n"
    "1. 熔炼：真空感应熔炼，速凝铸片，铜辊线速度 1.8 m/s，片厚 0.25–0.35 mm。\n"
    "2. 氢破：吸氢 0.12 MPa 室温 2 h，脱氢 560 ℃ × 6 h。\n"
    "3. 气流磨：氮气保护，D50 = 3.2 μm。取向成型：磁场 2.0 T，等静压 200 MPa。\n"
    "4. 烧结：真空烧结 1065 ℃ × 5 h，一级回火 900 ℃ × 2 h，二级回火 490 ℃ × 3 h。\n"
    "5. 晶界扩散：Tb 涂覆 0.6 wt%，900 ℃ × 10 h 扩散，500 ℃ × 4 h 时效。\n"
)
SIGNOFF = "编制：王工    审核：李工    批准：张总\n"
#: the other forms an insider may give a document's own marks (found by an exploratory test)
OWN_MARKS = {
    "a sign-off table row": "编制 | 审核 | 批准\n王工 | 李工 | 张总\n",
    "other role words": "编写：张伟  复核：王强  核准：李明\n",
    "a document-control block": "文件编号：QP-SJ-012  版本：A/2  受控状态：受控\n",
}
COVERS = {
    "a journal line": "Journal of Rare Earths, 2025, 43(5): 812-820. doi:10.1016/j.jre.2025.01.012\n"
    "Received 12 January 2025; accepted 3 March 2025\n\n",
    "a published-in line": "本文已发表于《稀土》2025年第3期，ISSN 1004-0277\n\n",
    "a public standard's title": "GB/T 13560-2017 烧结钕铁硼永磁材料\n中华人民共和国国家标准\n\n",
    "a patent filing's headings": "发明专利申请  权利要求书\n申请号：202510123456.7\n\n",
    "a research proposal's title": "国家自然科学基金面上项目申请书（基础研究）\n"
    "研究内容：稀土永磁材料的电子结构与磁晶各向异性第一性原理研究\n\n",
}


@pytest.mark.parametrize("cover", COVERS)
def test_a_cover_on_a_signed_off_spec_is_for_a_person(scanner, cover: str) -> None:
    """A framing attack: an internal process specification, signed off (编制/审核/批准), under a
    pasted journal, standard, patent or proposal heading. No labelled published, patent or
    research document carries a sign-off block: the contradiction goes to review."""
    v = scan_text(scanner, COVERS[cover] + ROUTE + SIGNOFF)
    assert v.verdict == "review" and v.exclusion is None, v.reasons
    assert any(
        "own sign-off or document-control block: '编制:王工审核:李工批准:张总'" in r for r in v.reasons
    ), v.reasons


@pytest.mark.parametrize("cover", COVERS)
def test_the_same_cover_without_a_sign_off_still_excludes(scanner, cover: str) -> None:
    v = scan_text(scanner, COVERS[cover] + ROUTE)
    assert v.verdict == "excluded", v.reasons


@pytest.mark.parametrize(
    ("text", "block"),
    [
        ("Prepared by: A. Lee\nChecked by: B. Kim\nApproved by: C. Wu", True),
        ("拟制：张三 校对：李四", True),
        ("编制:王工审核:李工", True),
        # as a Word table row, with other role words, in English role nouns
        ("编制 | 审核 | 批准", True),
        ("Prepared by | Checked by | Approved by", True),
        ("编写：张伟  复核：王强  核准：李明", True),
        ("Author: A. Lee  Reviewer: B. Kim  Approver: C. Wu", True),
        # a document-control block: its number beside its version, or its controlled status
        ("文件编号：QP-SJ-012  版本：A/2", True),
        ("Doc. No.: WI-SX-07 | Rev.: C | Effective date: 2025-03-01", True),
        ("受控状态：受控", True),
        # no sign-off: one role, roles far apart, prose, a journal's reviewer line
        ("Approved by: C. Wu", False),
        ("编制：王工\n" + "工艺说明。" * 80 + "\n批准：张总", False),
        ("本标准由国家标准化管理委员会批准，全国稀土标准化技术委员会审查。", False),
        ("Edited by: A. Editor, University\nReviewed by: B. Referee, Institute", False),
        ("Approved for public release; distribution is unlimited. Prepared for the DOE.", False),
        # a journal's article number and a version without a document number
        ("文章编号：1004-0277(2025)03-0012-08  DOI: 10.1234/x", False),
        ("Version: 2.1 of the dataset, released under CC BY 4.0", False),
        # a document's number and revision as one, or its kind and number (found by an
        # exploratory test: a claims heading over "Work Instruction WI-MAG-014 Rev C" excluded it)
        ("Work Instruction WI-MAG-014 Rev C — Sintered NdFeB N52", True),
        ("PROCESS SPECIFICATION PS-SX-204 rev C - PrNd/Ce split", True),
        ("QP-SJ-012 版本A", True),
        ("Work instruction WI-EL-03: PrNd metal by molten-salt electrolysis", True),
        ("工艺流程 FS-SX-07：P507萃取分离镨钕", True),
        ("作业指导书 WI-MAG-014 C版", True),
        # a journal's volume, a standard's number, a figure caption, a step's name, a patent
        ("Phys. Rev. B 95, 104412 (2017)", False),
        ("GB/T 13560-2017 烧结钕铁硼永磁材料", False),
        ("IEC 60404-8-1 Rev. 2 magnetic materials", False),
        ("Fig. 2 Flow sheet of the separation process", False),
        ("the procedure: hot-pressing at 800 °C", False),
        ("See patent CN112345678A, revision of claims", False),
    ],
)
def test_sign_off_blocks(text: str, block: bool) -> None:
    from scanner.policy.exclusions import signoff_block

    assert (signoff_block(text) is not None) is block


@pytest.mark.parametrize(
    ("line", "block"),
    [
        ("作业指导书 WI-MAG-014 C版", True),  # on a line of its own: the document's name
        ("| Work Instruction WI-MAG-014 |", True),  # a header's cell
        # found by an exploratory test: a disclosure to a patent attorney cites the company's
        # current work instruction, which does not make the disclosure that work instruction
        ("现有工艺见公司内部作业指导书 ZS-WI-HS-004 中的一段焙烧工艺。", False),
        ("The current route follows work instruction WI-EL-03 of the plant.", False),
    ],
)
def test_a_document_named_below_the_opening_is_the_document_only_on_its_own_line(
    line: str, block: bool
) -> None:
    from scanner.policy.exclusions import signoff_block

    text = "技术交底书\n" + "本发明涉及一种回收方法。" * 60 + "\n" + line + "\n"
    assert (signoff_block(text) is not None) is block


#: an internal document naming itself, in the forms an exploratory tester pasted covers over
SELF_NAMED = {
    "number and revision": "Work Instruction WI-MAG-014 Rev C\n",
    "kind and number": "作业指导书 WI-MAG-014\n",
}


@pytest.mark.parametrize("named", SELF_NAMED)
@pytest.mark.parametrize("cover", COVERS)
def test_a_cover_over_a_self_named_work_instruction_is_for_a_person(scanner, cover: str, named: str) -> None:
    """Found by an exploratory test: a claims heading, a grant header or a journal masthead over
    a work instruction that names itself by its number excluded it (and the gate delivered it
    tagged). No labelled published, patent or research document names itself so."""
    v = scan_text(scanner, COVERS[cover] + SELF_NAMED[named] + ROUTE)
    assert v.verdict == "review" and v.exclusion is None, v.reasons


CITATION_LINES = {
    "a reference": "Reference: Zhang W. et al., Journal of Rare Earths 2021, 39(4): 412-420, "
    "doi:10.1016/j.jre.2020.05.011. Received 3 March 2020; accepted 18 May 2020.\n",
    "background reading": "Background reading: Handbook of Rare Earth Permanent Magnets, ISBN "
    "978-0-12-345678-9.\n",
    "参考": "参考：《稀土永磁材料》，冶金工业出版社，2020，ISBN 978-7-5024-8888-1。\n",
}


@pytest.mark.parametrize("line", CITATION_LINES)
def test_a_citation_under_a_short_route_is_a_citation(scanner, line: str) -> None:
    """Found by an exploratory test: a work instruction of ten lines is all 'opening' (the first
    1,500 characters, where a journal line says what a document is), so a citation under its
    last step counted as its masthead and excluded it as public domain. A line that cites a
    source counts as a reference list's does, wherever it stands."""
    v = scan_text(scanner, ROUTE + CITATION_LINES[line])
    assert v.verdict == "controlled", v.reasons


def test_a_drawings_title_block_is_no_sign_off_of_its_own() -> None:
    """A patent's figures drawn on a CAD template keep its title block (设计, 审核, 批准): on a
    drawing the block says nothing of whose the drawing is (carriers-a's fmt-dxf-04.dxf, a
    patent drawing, stays excluded)."""
    from scanner.policy.decide import _internal_marker

    assert _internal_marker((), SIGNOFF, "patent-filing", drawing=True) is None
    assert _internal_marker((), SIGNOFF, "patent-filing") is not None


@pytest.mark.parametrize("marks", OWN_MARKS)
def test_a_cover_on_a_spec_with_its_own_marks_is_for_a_person(scanner, marks: str) -> None:
    v = scan_text(scanner, COVERS["a journal line"] + ROUTE + OWN_MARKS[marks])
    assert v.verdict == "review" and v.exclusion is None, v.reasons


WORK_INSTRUCTION = (
    "名称: 硫酸体系 P204 萃取转型操作规程\n"
    "1 料液: 硫酸稀土水浸液, REO 30~40 g/L, 用氧化镁调 pH 3.5~4.0。\n"
    "2 有机相: P204 1.2 mol/L + 260# 煤油, 不皂化。\n"
    "3 萃取 8 级, 相比 O/A 1.8:1; 洗涤 4 级, 0.5 mol/L HCl; 反萃 6 级, 5.5 mol/L HCl, O/A 8:1。\n"
    "4 萃余液 REO ≤ 0.05 g/L, 反萃液 REO ≥ 240 g/L, 酸度 0.3~0.5 mol/L。\n"
)


@pytest.mark.parametrize(
    ("signoff", "verdict"),
    [
        ("编制: 王XX      审核: 李X      批准: 郝XX         2023-06-12 实施\n", "controlled"),
        ("2023-06-12 实施\n", "review"),  # a date of entry into force alone: a person decides
    ],
)
def test_a_few_publication_cues_under_a_sign_off_are_a_companys_document(
    scanner, signoff: str, verdict: str
) -> None:
    """Found by an exploratory tester: a work instruction ending in "编制 … 批准 … 2023-06-12 实施"
    went to review as a possible standard (the date with 实施 is a standard's cue). Cues below
    the exclusion threshold against the document's own sign-off block: not excluded, and not
    for a person either."""
    v = scan_text(scanner, WORK_INSTRUCTION + signoff)
    assert v.verdict == verdict, v.reasons
    assert v.exclusion is None
    if verdict == "controlled":
        assert any(r.startswith("not excluded:") and "calls itself internal" in r for r in v.reasons)


#: compliance minutes that quote the regulation and explain what a patent filing may carry: about
#: the rules, not a stage's technology, and no patent document
COMPLIANCE_MINUTES = (
    "出口管制合规专题会议纪要\n"
    "会议时间：2025年12月2日  主持：法务部  参会：研发中心、国际业务部、知识产权部\n"
    "一、学习商务部公告2025年第62号：稀土开采、冶炼分离、金属冶炼、磁材制造以及稀土二次资源回收利用相关技术及其载体（管制编码1E902.a），"
    "以及相关生产线的装配、调试、维护、维修和升级技术（1E902.b）实施出口管制。\n"
    "二、与日方合作项目：对外提供烧结钕铁硼、钐钴磁体的速凝甩带、氢破、气流磨、取向压制、烧结回火等工序资料前，须经合规部审查；展会、邮件、技术交流均属出口。\n"
    "三、知识产权部说明：普通专利申请文件（权利要求书、说明书、摘要）所需的必要技术不在管制之列；向国外提交PCT申请前，专利代理人须确认专利申请文件内容仅限专利申请所需，申请号登记备案。"
    "基础科学研究所用技术亦不在管制之列，但需留存判定记录。\n"
    "三之二、国际业务部说明：日方客户的询价、报价、销售合同、价格谈判与市场推广不受影响；展会宣传册、产品目录照常使用。\n四、会议要求：各部门于12月底前完成存量资料梳理，建立对外提供技术资料台账，培训全员。\n"
    "五、下次会议：2026年1月，合规部汇报台账建立情况。\n"
)


def test_minutes_about_the_rules_are_no_patent_filing(scanner) -> None:
    """Found by an exploratory test: compliance minutes that quote 1E902 and say what a patent
    application may carry were excluded as a patent filing; DOMAIN.md: such minutes are clear."""
    v = scan_text(scanner, COMPLIANCE_MINUTES)
    assert v.verdict == "clear" and v.exclusion is None, v.reasons


# A route that is plainly technology: published, it is excluded; in a company's own papers, or
# in a court case's, it is not.
ROUTE_ZH = (
    "公司采用P507-煤油体系萃取分离镨钕：皂化度36%，料液pH 2.5，有机相浓度1.5 mol/L，萃取段18级、"
    "洗涤段12级、反萃段8级，反萃酸浓度4.5 mol/L，流比O/A=1.8，镨钕氧化物纯度≥99.5%。"
    "熔盐电解采用氟化物体系，电解温度1050℃，阴极电流密度6.5 A/cm²，电流效率78%。\n"
)
PUBLISHED_RELEASES = [
    (
        "a-share annual report",
        "证券代码：600999　证券简称：某某稀土　公告编号：2026-018\n某某稀土高科技股份有限公司2025年年度报告\n"
        "本公司董事会及全体董事保证本报告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
        "并对其内容的真实性、准确性和完整性承担法律责任。\n第一节 重要提示、目录和释义\n"
        "第三节 管理层讨论与分析\n公司核心技术：",
    ),
    (
        "hkex announcement",
        "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no "
        "responsibility for the contents of this announcement.\n(Stock Code: 0769)\n"
        "ANNUAL RESULTS ANNOUNCEMENT. 核心技术介绍：",
    ),
    (
        "government website page",
        "首页 > 政务公开 > 公告公示\n"
        "索引号：000019705/2026-00123　发布机构：原材料工业司　成文日期：2026年06月30日\n"
        "关于稀土冶炼分离技术规范的公告\n",
    ),
    (
        "book title page",
        "稀土冶金工艺手册（第2版）\n图书在版编目（CIP）数据\n"
        "Published by Example Press, 2023. ISBN 978-1-64912-207-4\n"
        "本书介绍生产线的关键工艺、核心技术与量产经验。第7章 稀土萃取分离：",
    ),
    (
        "saved government page",
        "某省应急管理厅 > 信息公开 > 事故调查报告\n"
        "发布日期：2022-11-08　来源：调查组　浏览次数：4127　【字体：大 中 小】【打印】【关闭】\n"
        "某稀土公司萃取车间火灾事故调查报告\n（三）工艺概况。",
    ),
    (
        "bought standard",
        "EAS 12:2023 Assessment of sintered magnet production processes\n"
        "Licensed copy: Acme Motors GmbH, single user licence only, do not distribute. "
        "ISBN 978-1-64912-207-4\nAnnex B (informative) Typical process routes:\n",
    ),
    (
        "court judgment",
        "中华人民共和国最高人民法院\n民事判决书\n（2023）最高法知民终1472号\n上诉人（原审被告）：某公司\n"
        "被上诉人（原审原告）：某稀土公司\n经审理查明，涉案技术秘密为：",
    ),
]


@pytest.mark.parametrize(("kind", "head"), PUBLISHED_RELEASES, ids=[k for k, _ in PUBLISHED_RELEASES])
def test_a_published_release_with_a_route_is_excluded(scanner, kind: str, head: str) -> None:
    """A listed company's published report, a government website's document, a book's title page
    and a court's judgment declare themselves released; the production they describe does not
    contradict it."""
    tail = "\n本判决为终审判决。\n审判长 张某\n书记员 李某\n" if kind == "court judgment" else ""
    v = scan_text(scanner, head + ROUTE_ZH + tail)
    assert v.verdict == "excluded", v.reasons
    assert v.exclusion is not None and v.exclusion.reason == "public-domain"


@pytest.mark.parametrize(
    "head",
    [
        "某某稀土 内部资料 严禁外传\n2026年度经营工作报告（董事会审议稿，未经披露）\n公司核心技术：",
        "关于2026年一季度生产经营情况的报告\n证券部：请参考我公司证券代码及往期公告格式。\n公司核心技术：",
        # a bought standard's licence line forgives its own "do not distribute", not the
        # company's marker on the notes it added below
        "EAS 12:2023 Assessment of sintered magnet production processes\n"
        "Licensed copy: Acme Motors GmbH, single user licence only. ISBN 978-1-64912-207-4\n"
        "内部资料 严禁外传\n本厂工艺：",
    ],
    ids=["internal-draft-marked", "codes-named-in-passing", "licence-line-over-internal-notes"],
)
def test_a_companys_own_report_stays_controlled(scanner, head: str) -> None:
    v = scan_text(scanner, head + ROUTE_ZH)
    assert v.verdict in ("controlled", "review"), v.reasons
    assert v.verdict != "excluded"


EXPERT_OPINION = (
    "专家辅助人意见书\n——（2024）苏05知民初318号案涉技术秘密同一性分析\n"
    "一、委托事项：受原告诉讼代理人委托，就被告生产工艺与原告技术秘密是否相同出具意见。\n"
    "二、背景技术与现有技术：被告主张涉案工艺属于现有技术，已见于专利说明书。经检索，公开专利文献未披露下列参数组合。\n"
    "三、原告技术秘密（保全材料）：\n"
)


def test_a_court_cases_expert_opinion_is_no_patent_filing(scanner) -> None:
    """Prior art, agents, a patent's description: a trade-secret case's words, not an
    application's (found by a tester's legal-department batch)."""
    v = scan_text(scanner, EXPERT_OPINION + ROUTE_ZH)
    assert v.verdict == "controlled", v.reasons
    assert v.exclusion is None


def test_a_patent_application_is_still_a_patent_filing(scanner) -> None:
    application = (
        "发明专利申请\n权利要求书\n1. 一种稀土萃取分离方法，其特征在于：\n说明书\n技术领域\n"
        "本发明涉及稀土冶炼分离领域。\n"
        "背景技术\n现有技术中……\n发明内容\n具体实施方式\n实施例1\n"
    )
    v = scan_text(scanner, application + ROUTE_ZH)
    assert v.verdict == "excluded", v.reasons
    assert v.exclusion is not None and v.exclusion.reason == "patent-filing"


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("（2024）苏05知民初318号", True),
        ("(2023)最高法知民终1472号", True),
        ("Case 2:23-cv-01234 Document 12", True),
        ("人资〔2025〕37号", False),
        ("金属分厂〔2025〕技字第14号", False),
        ("(2025)第3号文件", False),
        ("申请号：202410123456.7", False),
    ],
)
def test_court_case_numbers(text: str, case: bool) -> None:
    assert (names_court_case(text) is not None) is case


GRANT_FRONT_PAGES = [
    "(19)中华人民共和国国家知识产权局\n(12)发明专利\n(10)授权公告号 CN 114999999 B\n"
    "(45)授权公告日 2024.03.19\n(21)申请号 202210318745.6\n(54)发明名称 一种稀土萃取分离方法\n"
    "权利要求书\n1. 一种稀土萃取分离方法，其特征在于：\n说明书\n技术领域\n背景技术\n",
    "United States Patent    US 11,999,999 B2\nDate of Patent: Nov. 29, 2022\n"
    "(54) METHOD FOR SEPARATING RARE EARTHS\nWhat is claimed is:\n1. A method, comprising:\n"
    "BACKGROUND OF THE INVENTION\nDETAILED DESCRIPTION\n",
]


@pytest.mark.parametrize("front", GRANT_FRONT_PAGES, ids=["cn-grant", "us-grant"])
def test_a_granted_patents_text_is_public_domain(scanner, front: str) -> None:
    """A granted patent as published is public; an application's papers are a patent filing
    (`test_a_patent_application_is_still_a_patent_filing`)."""
    v = scan_text(scanner, front + ROUTE_ZH)
    assert v.verdict == "excluded", v.reasons
    assert v.exclusion is not None and v.exclusion.reason == "public-domain"
    assert v.exclusion.evidence[0].rule == "exc.granted_patent"


def test_an_application_citing_a_granted_patent_is_still_a_patent_filing(scanner) -> None:
    application = (
        "发明专利申请\n权利要求书\n1. 一种稀土萃取分离方法，其特征在于：\n说明书\n技术领域\n"
        "背景技术\nCN 108123456 B公开了一种皂化萃取方法，但……\n发明内容\n具体实施方式\n实施例1\n"
    )
    v = scan_text(scanner, application + ROUTE_ZH)
    assert v.verdict == "excluded", v.reasons
    assert v.exclusion is not None and v.exclusion.reason == "patent-filing"


PAPER_BODY = [
    "25 kA稀土熔盐电解槽的设计与工业应用",
    "摘要：设计了25 kA圆形石墨槽体、下沉式钨阴极的氟化物体系镨钕电解槽。",
    "关键词：稀土；熔盐电解；电解槽",
    "1 电解工艺：电解质LiF 10%~12%，其余为(Pr,Nd)F3；氧化物浓度2%~4%；电解温度1040~1060 °C；"
    "阴极电流密度6~8 A/cm2，阳极电流密度0.8~1.0 A/cm2；槽电压8.0~8.8 V；电流效率82%。",
    "2 加料与出金：螺旋自动加料，每40 min加料一次，每8 h用钼坩埚出金一次。",
    "参考文献",
    "[1] 张三. 稀土熔盐电解[J]. 稀有金属, 2011, 35(3): 440-450.",
]


def _docx(body: list[str], header: str) -> bytes:
    import io

    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    for line in body:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("header", "excluded"),
    [
        ("《稀土冶金学术会议论文集》 冶金工业出版社 2024 ISBN 978-7-5024-9876-5", True),
        ("某稀土公司 受控文件 内部资料 严禁外传", False),
    ],
    ids=["proceedings-isbn", "controlled-copy"],
)
def test_a_running_header_is_the_documents_own(scanner, header: str, excluded: bool) -> None:
    """A DOCX's page header is read after the body and its reference list, but it is printed over
    every page: a proceedings volume's ISBN there declares the paper published, as on a title
    page, and is not discounted as a citation."""
    v = scanner.scan_bytes("paper.docx", _docx(PAPER_BODY, header))
    assert (v.verdict == "excluded") is excluded, v.reasons
    if excluded:
        assert v.exclusion is not None and v.exclusion.reason == "public-domain"
        assert any(e.location.startswith("header") for e in v.exclusion.evidence if "ISBN" in e.text)
    else:
        assert v.verdict in ("controlled", "review")


@pytest.mark.parametrize(
    ("head", "reason"),
    [
        # an insurance claim's file note that reproduces the insured's procedure: "Claim" and
        # "Claimed:" are the claims manager's words, the patent's cue only by their stem
        (
            "Machinery Breakdown Claim - sintering furnace F-3\nClaimed: RMB 1,284,600 (parts, labour).\n",
            None,
        ),
        # a filing: its claims heading beside the application's data
        ("Claims:\n1. A method, characterised in that\nApplication No. 202410123456.7\n", "patent-filing"),
    ],
    ids=["insurance-claim", "patent-claims"],
)
def test_the_word_claim_alone_is_no_patent_filing(scanner, head: str, reason: str | None) -> None:
    v = scan_text(scanner, head + SPEC.split("\n", 1)[1])
    if reason is None:
        assert v.verdict in ("controlled", "review") and v.exclusion is None, v.reasons
        assert not any("patent-filing" in r for r in v.reasons), v.reasons
    else:
        assert v.verdict == "excluded" and v.exclusion is not None and v.exclusion.reason == reason, v.reasons


INDEX_SYSTEM = (
    "稀土冶炼行业清洁生产评价指标体系\n{issuer} 发布\n（公告 2023 年第 15 号附件 6）\n"
    "1 适用范围 本指标体系规定了稀土冶炼分离企业清洁生产的一般要求。"
    "2 规范性引用文件 GB 26451 稀土工业污染物排放标准；GB 29449 稀土冶炼加工企业单位产品能源消耗限额。"
    "3 术语和定义 3.2 低氨氮皂化工艺：采用液碱、钙盐、镁盐等非铵皂化剂，皂化度 30%～36%，"
    "使单位产品氨氮产生量不大于 5 kg/t REO 的萃取工艺。\n"
    "4 评价指标 P507-煤油体系萃取分离镨钕：有机相浓度 1.5 mol/L，萃取段 18 级、洗涤段 12 级、"
    "反萃段 8 级，反萃酸浓度 4.5 mol/L，流比 O/A=1.8；草酸沉淀，灼烧温度 900 ℃，"
    "镨钕氧化物纯度≥99.5%。\n"
)


@pytest.mark.parametrize(
    ("issuer", "excluded"),
    [("国家发展和改革委员会 生态环境部 工业和信息化部", True), ("某某稀土公司生产技术部", False)],
    ids=["state-bodies", "a-companys-department"],
)
def test_a_state_bodys_issuing_line_declares_a_publication(scanner, issuer: str, excluded: bool) -> None:
    """Found by tester 42: a cleaner-production evaluation index system issued by three
    ministries (their issuing line under its title) was controlled. A company department's
    issuing line is no state body's."""
    v = scan_text(scanner, INDEX_SYSTEM.format(issuer=issuer))
    assert (v.verdict == "excluded") is excluded, v.reasons
    assert v.verdict in (("excluded",) if excluded else ("controlled", "review"))


#: a magnet maker's catalogue that states its own release: a published edition, offered to anyone
CATALOGUE = (
    "Example Magnetics - Product Catalogue 2026, published edition, freely downloadable from "
    "www.example-magnetics.com/downloads\nSecond edition, March 2026. Certified to ISO 9001.\n"
    "Pages 20-22: How our sintered magnets are made\n"
)


@pytest.mark.parametrize(
    ("text", "excluded"),
    [
        (CATALOGUE + ROUTE, True),
        # a free download named in passing: the viewer, not the document, is released
        (
            "From: process.eng@example-magnetics.com\nTo: partner@example.de\n"
            "Attached is our line 3 route; the CAD viewer is a free download from the vendor's site.\n"
            + ROUTE,
            False,
        ),
    ],
    ids=["catalogue-published-edition", "free-download-in-passing"],
)
def test_a_document_that_states_its_own_release_is_public(scanner, text: str, excluded: bool) -> None:
    v = scan_text(scanner, text)
    assert (v.verdict == "excluded") is excluded, v.reasons
    if excluded:
        assert v.exclusion is not None and v.exclusion.reason == "public-domain"
        release = [e.weight for e in v.exclusion.evidence if e.rule == "exc.published_release"]
        # the statement of its release is what makes it public: the other cues alone fall short
        assert release and v.exclusion.score - release[0] < scanner.config.thresholds.exclusion
    else:
        assert v.verdict in ("controlled", "review")
