"""A stage's words inside an organisation's name (`detect/names.py`)."""

from __future__ import annotations

import pytest

from scanner.detect.names import NAME_KIND, in_a_citation, in_a_name, in_a_quote, in_a_title
from tests.conftest import scan_text


@pytest.mark.parametrize(
    ("text", "term", "named"),
    [
        # should read as a name: a company's or a plant's suffix right after the term
        ("赣州恒鑫稀土分离有限公司", "稀土分离", True),
        ("包头稀土冶炼厂", "稀土冶炼", True),
        ("江西稀土分离科技股份有限公司", "稀土分离", True),
        ("Hengxin Rare Earth Separation Co., Ltd.", "Rare Earth Separation", True),
        ("Baotou Rare Earth Separation Technology Co. Ltd", "Rare Earth Separation", True),
        ("Nordic Magnet Recycling GmbH", "Magnet Recycling", True),
        # should not: the process itself, a workshop, a sentence that goes on
        ("稀土分离工艺由本公司提供", "稀土分离", False),
        ("萃取分离车间", "萃取分离", False),
        ("rare earth separation. Company policy applies", "rare earth separation", False),
        ("the separation company's plant", "separation", False),
        ("Rare Earth Separation of PrNd, 40 stages", "Rare Earth Separation", False),
        # cobalt after a step, a controller after a step
        ("after solvent extraction Co, Ni and Mn stay in the raffinate", "solvent extraction", False),
        ("the sintering PLC program, rev 3", "sintering", False),
    ],
)
def test_a_term_that_runs_into_a_company_suffix_is_a_name(text: str, term: str, named: bool) -> None:
    assert in_a_name(text, text.index(term) + len(term)) is named


@pytest.mark.parametrize(
    ("text", "term", "titled"),
    [
        # should read as a patent's title: 一种 at a field's start, what is claimed at its end
        ("专利名称: 一种碳酸氢镁皂化P507萃取分离稀土的方法 | 类型: 发明", "P507萃取", True),
        ("3,ZL2021xxxxxxxx.4,一种晶界扩散制备高矫顽力烧结钕铁硼磁体的方法,发明", "晶界扩散", True),
        ("一种钕铁硼油泥的预处理装置\t实用新型", "钕铁硼油泥", True),
        ("授权发明专利：《一种离子型稀土矿原地浸矿注液装置》", "原地浸矿", True),
        ("一种低重稀土高矫顽力钕铁硼磁体及其制备方法\n", "钕铁硼", True),
        # should not: a sentence that uses 一种, a claim's numbered sentence, a title that runs on
        ("本工艺采用一种P507萃取分离工艺，萃取段40级", "P507萃取", False),
        ("1. 一种钕铁硼油泥回收方法，其特征在于", "钕铁硼油泥", False),
        ("一种晶界扩散工艺的温度为 900℃ 保温 8 h", "晶界扩散", False),
        ("晶界扩散制备高矫顽力磁体的方法", "晶界扩散", False),  # no 一种
    ],
)
def test_a_term_inside_a_patents_title_is_a_name(text: str, term: str, titled: bool) -> None:
    start = text.index(term)
    assert in_a_title(text, start, start + len(term)) is titled


@pytest.mark.parametrize(
    ("text", "term", "quoted"),
    [
        # should read as a quote of the control list: a control code on the term's line
        ("- 1E902.a: 稀土开采、冶炼分离、金属冶炼、磁材制造相关技术及其载体;", "冶炼分离", True),
        ("| 速凝炉/氢破/气流磨 | 泰国 | 调试资料涉及 1E902.a/b, 需许可 |", "氢破", True),
        ("Is our NdFeB sintering know-how classified 1E902.a or EAR99?", "sintering", True),
        # should not: the marking on a line of its own, a number that is no code
        ("出口管制分类: 1E902.a\n烧结 1065℃ 保温 5 h", "烧结", False),
        ("H2 at 1E9 Pa, sintering 1065 C", "sintering", False),
        ("批号 2024E902 烧结炉 3#", "烧结", False),
    ],
)
def test_a_term_on_a_line_that_cites_a_control_code_is_a_quote(text: str, term: str, quoted: bool) -> None:
    start = text.index(term)
    assert in_a_quote(text, start, start + len(term)) is quoted


MINUTES = (
    "出口合规工作会议纪要\n"
    "一、商务部公告2025年第62号要点:\n"
    "- 1E902.a: 稀土开采、冶炼分离、金属冶炼、磁材制造以及稀土二次资源回收利用相关技术及其载体;\n"
    "- 1E902.b: 上述环节相关生产线的装配、调试、维护、维修和升级等技术;\n"
    "二、各事业部出口项目梳理:\n"
    "| 稀土萃取槽 (境外项目) | 越南 | 安装调试/维修服务及图纸属 1E902.b, 需许可 |\n"
    "| 速凝炉/氢破/气流磨/GBD 线 | 泰国 | 同上, 工艺文件按 1E902.a 申请许可 |\n"
    "三、下一步: 法务部牵头编制出口管制合规手册, 11 月底前完成许可证申请。\n"
)


def test_compliance_minutes_that_quote_the_control_list_are_clear(scanner) -> None:
    """Found by an exploratory tester: export-compliance minutes quoting 1E902.a/b and listing
    the lines concerned went to review on the regulation's own stage words (DOMAIN.md:
    compliance minutes that quote the regulation are clear)."""
    v = scan_text(scanner, MINUTES)
    assert v.verdict == "clear", v.reasons


COVER_NOTE = (
    "Dear Prof. Virtanen,\n"
    "Please find attached draft v0.9 of our joint proposal for the call. Could you check the budget "
    "lines and the beamtime plan? Our joint lab supplies purified extractant and ICP-MS analyses.\n"
    "Best regards,\nZhong Xiaohua\n"
    "赣州恒鑫稀土分离有限公司\nGanzhou Hengxin Rare Earth Separation Co., Ltd.\n"
)


def test_a_signature_that_names_a_separation_company_is_no_separation(scanner) -> None:
    """Found by an exploratory tester: a cover note to a professor, signed by a rare-earth
    separation company, went to review on "稀土分离" in the company's name."""
    v, analysis = scanner.scan_bytes_with_analysis("note.txt", COVER_NOTE.encode("utf-8"), quick=False)
    names = [f for f in analysis.findings if f.kind == "stage" and f.attr("term_kind") == NAME_KIND]
    assert {f.matched_text for f in names} >= {"稀土分离"}
    assert v.verdict == "clear", v.reasons


def test_a_process_beside_its_companys_name_still_counts(scanner) -> None:
    v = scan_text(
        scanner,
        COVER_NOTE
        + "P507 萃取分离镨钕: 皂化度 36%, 萃取段 40 级, 洗涤段 30 级, O/A 1.8, "
        + "料液 REO 1.5 mol/L, pH 2.0。\n",
    )
    assert v.verdict == "controlled" and v.categories == ("separation",), v.reasons


@pytest.mark.parametrize(
    ("text", "term", "cited"),
    [
        # should read as an entry of a reference or reading list: a list entry with two marks of a
        # citation, or one and a year
        (
            "参考文献\n[3] 张三, 李四, 等. 稀土熔盐电解槽的设计[J]. 稀有金属, 2011, 35(3): 440-450.",
            "熔盐电解",
            True,
        ),
        (
            '13. K. Hono, "Strategy for high-coercivity magnets", Scripta Mater. 67 (2012) 530-535.',
            "high-coercivity",
            True,
        ),
        (
            "16. H. Nakamura et al., grain boundary diffusion papers (IEEE Trans. Magn. 2005)",
            "grain boundary diffusion",
            True,
        ),
        (
            "- Gupta, Krishnamurthy, Extractive Metallurgy of Rare Earths, 2nd ed., CRC Press, 2015.",
            "Extractive",
            True,
        ),
        # should not: a procedure's step, a paragraph citing a paper in passing, a line that is no entry
        ("3. 烧结: 1065 ℃ 保温 5 h (2012 年版工艺卡).", "烧结", False),
        ("[2] 气流磨: 研磨压力 0.65 MPa, 粒度 D50 3.2 μm.", "气流磨", False),
        (
            "Following Hono et al. (2012) we diffuse Tb at 920 °C for 20 h. "
            + "Then temper at 490 °C. " * 12,
            "diffuse",
            False,
        ),
        ("- Orientation press 2.0 T, pressing 180 MPa (2023 setting)", "pressing", False),
        ("- Rev. C (2024-03): sintering 1060 °C changed to 1070 °C", "sintering", False),
        (
            "Hono et al., Scripta Mater. 67 (2012) 530: grain boundary diffusion at 900 °C",
            "grain boundary diffusion",
            False,
        ),
    ],
)
def test_a_term_in_an_entry_of_a_reference_list_is_a_citation(text: str, term: str, cited: bool) -> None:
    start = text.index(term)
    assert in_a_citation(text, start, start + len(term)) is cited


def test_a_citation_is_looked_for_within_a_citations_length() -> None:
    """A text of one long line (a PDF's paragraph) is not searched from its start for every term
    in it: with the line's ends out of reach, no term in it is a citation (an entry's marks at
    the far end of the line do not reach back)."""
    text = "[3] 张三, 等. 烧结[J]. 稀有金属, 2011, 35(3): 440-450. " + "烧结 1060 ℃ 保温 4 h，" * 2_000
    at = text.index("烧结")
    assert in_a_citation(text, at, at + 2) is False  # the line is longer than any citation
    short = text[: text.index("440-450.") + 8]
    assert in_a_citation(short, at, at + 2) is True
