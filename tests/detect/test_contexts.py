"""Weakening contexts are vocabulary of a kind, not phrases of one document: each fires on
varied writing of its kind, and the documents of that kind stay clear."""

from __future__ import annotations

import pytest

from scanner.types import Document, Location, Segment
from tests.conftest import scan_text

TEACHING = {
    "zh-syllabus": "《稀土冶金原理》课程教学大纲：32 学时，2 学分。授课对象为冶金工程本科生。",
    "zh-homework": "第五章 思考题与课后作业：解释萃取平衡中分配比与分离系数的含义。",
    "zh-lab": "实验指导书：学生分组完成 P507 萃取镧的分液漏斗实验，写出实验报告。",
    "zh-exam": "期末考试复习提纲：稀土元素的电子结构、镧系收缩、离子交换原理。",
    "en-lecture": "Lecture 7 slides: extraction of the lanthanides, learning objectives, homework.",
    "en-syllabus": "Course outline and syllabus: Metallurgy of Rare Earths, for undergraduates.",
    "en-lab": "Teaching laboratory manual: students shake the funnel for five minutes and record the phases.",
    "en-exam": "Final exam, problem set 3: derive the separation factor from two distribution ratios.",
}

PURCHASED = {
    "zh-motor": "转子磁钢为外购件，牌号 N42SH 或同等，供方应提供每批次的批次证明，交货状态为未充磁。",
    "zh-mri": "MRI 磁体块采购技术要求：供应商应保证尺寸公差 ±0.05 mm，原产地须在合同中注明。",
    "zh-generator": "发电机转子用钕铁硼磁块，外协件，供货状态：镀镍，随货附检验报告。",
    "en-motor": "Rotor magnets are purchased parts, N45UH or approved equivalent.",
    "en-mri": "MRI yoke magnet blocks: country of origin to be declared, delivered unmagnetised.",
    "en-speaker": "Loudspeaker ring magnet, bought-in, vendor shall supply a test report with each shipment.",
}


HR = {
    "zh-cv": "个人简历 求职意向：分离工程师。工作经历：萃取车间。教育背景：冶金工程硕士。",
    "zh-job": "招聘：萃取工艺工程师。岗位职责：负责萃取线日常工艺管理。任职要求：冶金或化工专业。",
    "en-cv": "Resume. Career objective: process engineer. Work experience: magnet plant.",
    "en-job": "Job description: we are hiring a sintering engineer; salary negotiable; send your CV to HR.",
}


def _contexts(detector, text: str) -> set[str]:
    document = Document("t.txt", "text", "", (Segment(text, Location(line=1)),))
    return {f.rule_id for f in detector.analyze(document).findings if f.kind == "context"}


@pytest.mark.parametrize("text", TEACHING.values(), ids=TEACHING.keys())
def test_teaching_vocabulary(detector, text: str) -> None:
    assert "ctx.teaching" in _contexts(detector, text)


@pytest.mark.parametrize("text", PURCHASED.values(), ids=PURCHASED.keys())
def test_purchased_part_vocabulary(detector, text: str) -> None:
    assert "ctx.purchased_part_terms" in _contexts(detector, text)


@pytest.mark.parametrize("text", HR.values(), ids=HR.keys())
def test_cv_and_job_vocabulary(detector, text: str) -> None:
    assert "ctx.hr" in _contexts(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "作业指导书：烧结炉装炉量 200 kg，1060 ℃ 保温 4 h。",  # a work instruction is no homework
        "The sintering course of the furnace follows the set curve.",
        "每批投料 500 kg 氧化镨钕，电解槽温 1050 ℃。",  # a production batch is no delivered lot
    ],
)
def test_process_words_are_not_teaching_or_purchase(detector, text: str) -> None:
    assert not {"ctx.teaching", "ctx.purchased_part_terms"} & _contexts(detector, text)


HARD_NEGATIVES = {
    "zh-course-lab": (
        "《稀土分离化学》实验课讲义（本科三年级）\n实验目的：理解分配比、分离系数与萃取平衡。\n"
        "实验内容：学生用 P507-煤油体系在分液漏斗中萃取镧和钕的混合溶液，振荡 5 分钟，静置分相，"
        "测定两相浓度，计算分离系数。\n思考题：为什么皂化会改变萃取能力？课后作业下周提交。\n"
    ),
    "en-motor-purchase-spec": (
        "Purchase specification PS-ROT-22 for rotor magnets of the 150 kW traction motor.\n"
        "Magnets are purchased parts: sintered NdFeB grade N48SH or approved equivalent, "
        "dimensions 40 x 12 x 5 mm, tolerance +-0.05 mm, NiCuNi coating. The supplier shall "
        "provide a certificate of conformity with each shipment; delivery condition unmagnetised; "
        "country of origin declared on the invoice. Incoming inspection checks Br and HcJ on 5 "
        "pieces per lot.\n"
    ),
}


@pytest.mark.parametrize("text", HARD_NEGATIVES.values(), ids=HARD_NEGATIVES.keys())
def test_teaching_and_purchase_documents_are_clear(scanner, text: str) -> None:
    assert scan_text(scanner, text).verdict == "clear"
