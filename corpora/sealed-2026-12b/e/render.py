# Rendering helpers for make.py (docx / pdf / pptx), byte-reproducible.
import datetime, io, os, random, zipfile

from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.enum.text import WD_BREAK
from fpdf import FPDF
from pptx import Presentation
from pptx.util import Inches, Pt as PPt

FIXED = datetime.datetime(2025, 3, 14, 9, 30, 0)
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def normalize_zip(path, dt=(2025, 3, 14, 9, 30, 0)):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- blocks
# ("h1", text) ("h2", text) ("h3", text) ("p", text) ("ul", [items])
# ("table", [header, row, ...]) ("pb",)

def render_docx(path, blocks, title, author, header, footer, lang, created=FIXED):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri" if lang == "en" else "SimSun"
    st.font.size = Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    doc.add_heading(title, 0)
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            doc.add_heading(b[1], int(k[1]))
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif k == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif k == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = cp.last_printed = created
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    doc.save(path)
    normalize_zip(path)


class _PDF(FPDF):
    hdr = ""
    ftr = ""

    def header(self):
        if self.hdr:
            self.set_font("wq", size=8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.hdr, new_x="LMARGIN", new_y="NEXT", align="R")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(3)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("wq", size=8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"{self.ftr}    {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


_TR = str.maketrans({"⁻": "-", "₆": "6"})


def _fix(b):
    return tuple([x.translate(_TR) if isinstance(x, str) else ([[str(c).translate(_TR) for c in r] for r in x] if x and isinstance(x[0], list) else [i.translate(_TR) for i in x]) if isinstance(x, list) else x for x in b])


def render_pdf(path, blocks, title, author, header, footer, lang, subtitle="", created=FIXED, fs=10.5):
    pdf = _PDF(format="A4")
    pdf.hdr, pdf.ftr = header, footer
    pdf.add_font("wq", "", FONT)
    pdf.add_font("wq", "B", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("Microsoft Word" if lang != "en" else "LaTeX with hyperref")
    pdf.set_producer("fpdf2")
    pdf.add_page()
    pdf.set_font("wq", size=17)
    pdf.multi_cell(0, 9, title, align="C", new_x="LMARGIN", new_y="NEXT")
    if subtitle:
        pdf.set_font("wq", size=10)
        pdf.ln(2)
        pdf.multi_cell(0, 5.5, subtitle, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for b in map(_fix, blocks):
        k = b[0]
        if k == "h1":
            pdf.ln(3)
            pdf.set_font("wq", size=14)
            pdf.multi_cell(0, 8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "h2":
            pdf.ln(2)
            pdf.set_font("wq", size=12)
            pdf.multi_cell(0, 7, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "h3":
            pdf.set_font("wq", size=11)
            pdf.multi_cell(0, 6.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.set_font("wq", size=fs)
            pdf.multi_cell(0, fs * 0.56, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "ul":
            pdf.set_font("wq", size=fs)
            for it in b[1]:
                pdf.multi_cell(0, fs * 0.56, "• " + it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "table":
            pdf.set_font("wq", size=8.5)
            with pdf.table(line_height=5, first_row_as_headings=True) as t:
                for r in b[1]:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(3)
        elif k == "pb":
            pdf.add_page()
    pdf.output(path)


def render_pptx(path, slides, title, author, created=FIXED):
    """slides: list of dict(title, bullets=[], table=None, notes='')"""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    for i, s in enumerate(slides):
        if i == 0:
            sl = prs.slides.add_slide(prs.slide_layouts[0])
            sl.shapes.title.text = s["title"]
            sl.placeholders[1].text = "\n".join(s.get("bullets", []))
        elif s.get("table"):
            sl = prs.slides.add_slide(prs.slide_layouts[5])
            sl.shapes.title.text = s["title"]
            rows = s["table"]
            top = Inches(1.6)
            if s.get("bullets"):
                tb = sl.shapes.add_textbox(Inches(0.6), Inches(1.35), Inches(12), Inches(0.6))
                tb.text_frame.text = s["bullets"][0]
                top = Inches(2.0)
            shp = sl.shapes.add_table(len(rows), len(rows[0]), Inches(0.6), top,
                                      Inches(12.1), Inches(0.38) * len(rows))
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = shp.table.cell(r, c)
                    cell.text = str(val)
                    for p in cell.text_frame.paragraphs:
                        for run in p.runs:
                            run.font.size = PPt(12)
        else:
            sl = prs.slides.add_slide(prs.slide_layouts[1])
            sl.shapes.title.text = s["title"]
            tf = sl.placeholders[1].text_frame
            bl = s.get("bullets", [])
            tf.text = bl[0] if bl else ""
            for b in bl[1:]:
                p = tf.add_paragraph()
                if b.startswith("  "):
                    p.level = 1
                p.text = b.strip()
            for p in tf.paragraphs:
                for run in p.runs:
                    run.font.size = PPt(18)
        if s.get("notes"):
            sl.notes_slide.notes_text_frame.text = s["notes"]
    cp = prs.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = cp.last_printed = created
    cp.revision = 5
    prs.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- filler
ZH_PM = [
    "项目部按月编制进度报告,对关键路径上的工作包进行滚动跟踪,偏差超过两周的事项须在周例会上说明原因并提出纠偏措施。",
    "质量管理体系按照ISO 9001要求运行,文件控制、记录控制和不合格品控制由质量部统一归口。",
    "安全生产实行一岗双责,各班组每日开展班前安全交底,特种作业人员必须持证上岗。",
    "本阶段共组织各类协调会议二十余次,形成会议纪要并在文档管理系统中归档,便于追溯。",
    "外籍员工的签证、工作许可和住宿安排由综合办公室负责,与当地劳动部门保持定期沟通。",
    "采购工作遵循公开、公平、择优的原则,单项金额超过五十万元的合同须经采购委员会审议。",
    "财务部门按季度对项目投资完成情况进行核算,并与年度预算进行对比分析。",
    "环境保护设施与主体工程同时设计、同时施工、同时投产使用,相关验收资料齐全。",
    "人力资源方面,项目高峰期现场人员约三百人,其中当地员工比例超过百分之六十。",
    "风险登记册每月更新一次,主要风险包括汇率波动、物流延误、当地政策变化及极端天气。",
    "信息沟通以项目管理平台为主,重要事项以书面函件形式确认,避免口头约定带来的歧义。",
    "各分包单位的进场、退场均按合同约定办理交接手续,现场文明施工情况总体良好。",
    "针对雨季施工的特点,项目部提前编制了防洪度汛预案,并储备了必要的抢险物资。",
    "培训工作坚持理论与实操相结合,考核合格后方可独立上岗,培训记录纳入个人档案。",
    "公司将继续加强内部控制建设,完善授权审批流程,提高资金使用效率。",
    "社区关系方面,项目积极参与当地道路修缮和学校捐助活动,得到了社区的普遍认可。",
    "档案资料按照公司档案管理办法整理,纸质文件与电子文件同步归档,保存期限不少于十年。",
    "会议认为,下一阶段应重点做好成本控制和合同履约管理,确保项目整体目标实现。",
]
EN_PM = [
    "Progress is reported monthly against the baseline schedule, and any variance on the critical path exceeding two weeks is escalated to the steering committee.",
    "The quality management system follows ISO 9001, with document control, record control and non-conformance handling owned by the QA department.",
    "All contractors attend a site induction covering permit-to-work, lock-out/tag-out and emergency evacuation before starting work.",
    "Stakeholder engagement included quarterly meetings with the provincial authorities and two public information sessions in the neighbouring villages.",
    "Procurement followed the approved strategy: long-lead packages were tendered first, and framework agreements were used for consumables.",
    "Cost reporting is carried out in the corporate ERP, and the forecast at completion is reviewed by finance at every quarter end.",
    "The risk register is updated monthly; the principal risks remain currency exposure, logistics delays, permitting and availability of skilled labour.",
    "Local hiring targets were met, with more than sixty percent of the operating workforce recruited from the host province.",
    "Lessons learned were captured in workshops at the end of each phase and are summarised in the closing section of this document.",
    "Communication with the partner is channelled through the joint project office, and all formal instructions are confirmed in writing.",
    "Environmental monitoring of dust, noise and surface water was carried out by an accredited third-party laboratory throughout the period.",
    "Document control uses a single electronic data management system, and superseded revisions are retained for audit purposes.",
    "Training combined classroom sessions with supervised on-the-job practice, and each trainee was assessed before being signed off.",
    "The board will continue to monitor governance, internal controls and compliance with applicable laws in all jurisdictions where the group operates.",
    "Health and safety performance improved over the year, with no lost-time injuries recorded at the new site.",
    "Insurance coverage for construction all-risk and third-party liability remained in place until handover.",
    "The joint venture agreement sets out the respective obligations of the parties regarding funding, offtake and governance.",
    "Weather-related delays during the monsoon season were mitigated by resequencing indoor works and adding a second shift.",
]
ZH_ACAD = [
    "近年来,随着新能源汽车、风力发电和节能家电等产业的快速发展,相关材料的需求持续增长。",
    "国内外学者围绕该问题开展了大量研究,但在机理认识和工艺优化方面仍存在不足。",
    "实验所用试剂均为分析纯,溶液配制采用去离子水,所有实验均重复三次取平均值。",
    "由图可以看出,随着该因素的增加,指标先升高后趋于平稳,说明存在一个较优的取值范围。",
    "上述结果与文献报道基本一致,差异可能来源于原料成分和实验条件的不同。",
    "误差分析表明,测量结果的相对标准偏差小于百分之三,数据具有较好的重复性。",
]
EN_ACAD = [
    "Rare-earth elements are indispensable for permanent magnets, phosphors, catalysts and a growing range of clean-energy technologies.",
    "Considerable effort has been devoted to this topic over the past two decades, yet several aspects of the underlying mechanism remain debated.",
    "All reagents were of analytical grade and were used without further purification; deionised water was used throughout.",
    "Each experiment was performed in triplicate and the mean values are reported; error bars denote one standard deviation.",
    "These observations are consistent with earlier reports, and the minor discrepancies are attributed to differences in feed composition.",
    "The results presented here provide a basis for further optimisation, which will be addressed in future work.",
]


def filler(rng, lang, n, kind="pm", per=(3, 5)):
    pool = {("zh", "pm"): ZH_PM, ("en", "pm"): EN_PM, ("zh", "acad"): ZH_ACAD,
            ("en", "acad"): EN_ACAD}[(lang, kind)]
    out = []
    for _ in range(n):
        k = rng.randint(*per)
        s = rng.sample(pool, min(k, len(pool)))
        out.append(("p", ("" if lang == "zh" else " ").join(s)))
    return out
