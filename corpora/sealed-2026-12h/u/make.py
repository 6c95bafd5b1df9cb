#!/usr/bin/env python
"""Generator for sealed test batch 'u' (edges of stages). Byte-reproducible."""
import os, io, json, re, zipfile, datetime, random, shutil, csv
from email.message import EmailMessage
from email.policy import SMTP
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
import openpyxl
from pptx import Presentation
from pptx.util import Inches, Pt as PPt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FIXED = datetime.datetime(2025, 3, 14, 9, 30, 0)
FIXED_TZ = datetime.datetime(2025, 3, 14, 9, 30, 0, tzinfo=datetime.timezone.utc)
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
LABELS = []
random.seed(20250314)


def label(file, verdict, codes, cats, mtypes, carrier, excl, lang, hard, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mtypes, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=hard, note=note))


def normalize_zip(path, when=(2025, 3, 14, 9, 30, 0)):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    ts = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>%s\2" % ts, s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>%s\2" % ts, s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _p(rel):
    p = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def write_docx(rel, blocks, author="", title="", zh=True):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun" if zh else "Calibri"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = FIXED; cp.modified = FIXED; cp.revision = 3
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], 0)
        elif k == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif k == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif k == "pb":
            d.add_page_break()
    p = _p(rel)
    d.save(p)
    normalize_zip(p)


class PDF(FPDF):
    footer_text = ""
    def footer(self):
        self.set_y(-12)
        self.set_font("wqy", size=8)
        self.cell(0, 6, f"{self.footer_text}  {self.page_no()}", align="C")


SUP = str.maketrans({"⁻": "-", "⁰": "0", "¹": "1", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9"})


def _fix(b):
    if b[0] == "t":
        return ("t", [[str(c).replace("10⁻", "10^-").translate(SUP) for c in r] for r in b[1]])
    if b[0] in ("ul", "ol"):
        return (b[0], [x.translate(SUP) for x in b[1]])
    if len(b) > 1 and isinstance(b[1], str):
        return (b[0], b[1].replace("10⁻", "10^-").translate(SUP)) + tuple(b[2:])
    return b


def write_pdf(rel, blocks, title="", author="", footer=""):
    blocks = [_fix(b) for b in blocks]
    pdf = PDF(format="A4")
    pdf.footer_text = footer
    pdf.set_creation_date(FIXED_TZ)
    pdf.set_title(title); pdf.set_author(author); pdf.set_creator("Microsoft Word"); pdf.set_producer("fpdf2")
    pdf.add_font("wqy", "", FONT)
    pdf.add_font("wqy", "B", FONT)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_margins(18, 18, 18)
    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.set_font("wqy", "B", 15); pdf.multi_cell(0, 9, b[1], align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
        elif k == "h":
            pdf.ln(2); pdf.set_font("wqy", "B", 12); pdf.multi_cell(0, 7, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k == "p":
            pdf.set_font("wqy", "", 10); pdf.multi_cell(0, 5.6, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif k in ("ul", "ol"):
            pdf.set_font("wqy", "", 10)
            for i, x in enumerate(b[1]):
                pre = "• " if k == "ul" else f"{i+1}. "
                pdf.multi_cell(0, 5.6, pre + x, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "t":
            pdf.set_font("wqy", "", 8.5)
            with pdf.table(line_height=5, text_align="LEFT") as t:
                for r in b[1]:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(2)
        elif k == "pb":
            pdf.add_page()
    pdf.output(_p(rel))


def write_xlsx(rel, sheets, author="", widths=None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 14
    wb.properties.creator = author; wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    p = _p(rel)
    wb.save(p)
    normalize_zip(p)


def write_pptx(rel, slides, author=""):
    prs = Presentation()
    prs.slide_width = Inches(13.333); prs.slide_height = Inches(7.5)
    for s in slides:
        title, body = s[0], s[1]
        if isinstance(body, list) and body and isinstance(body[0], (list, tuple)):
            sl = prs.slides.add_slide(prs.slide_layouts[5])
            sl.shapes.title.text = title
            rows, cols = len(body), len(body[0])
            tb = sl.shapes.add_table(rows, cols, Inches(0.6), Inches(1.6), Inches(12), Inches(0.4 * rows)).table
            for i, r in enumerate(body):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = str(c)
                    for para in tb.cell(i, j).text_frame.paragraphs:
                        for run in para.runs:
                            run.font.size = PPt(13)
        else:
            sl = prs.slides.add_slide(prs.slide_layouts[1])
            sl.shapes.title.text = title
            tf = sl.placeholders[1].text_frame
            tf.text = body[0]
            for x in body[1:]:
                para = tf.add_paragraph(); para.text = x
            for para in tf.paragraphs:
                for run in para.runs:
                    run.font.size = PPt(18)
        if len(s) > 2:
            sl.notes_slide.notes_text_frame.text = s[2]
    cp = prs.core_properties
    cp.author = author; cp.last_modified_by = author; cp.created = FIXED; cp.modified = FIXED; cp.revision = 2
    p = _p(rel)
    prs.save(p)
    normalize_zip(p)


def write_text(rel, text, enc="utf-8"):
    with open(_p(rel), "wb") as f:
        f.write(text.encode(enc))


def write_csv(rel, rows, enc="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    write_text(rel, buf.getvalue(), enc)


def write_eml(rel, frm, to, subject, date, body, cc=None, attachments=(), msgid=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject; m["Date"] = date
    m["Message-ID"] = msgid or "<%08x.%s>" % (random.getrandbits(32), frm.split("@")[-1].strip(">"))
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8")
    for fname, data, mt in attachments:
        ma, sub = mt.split("/")
        if ma == "text":
            m.add_attachment(data, subtype=sub, filename=fname, charset="utf-8")
        else:
            m.add_attachment(data, maintype=ma, subtype=sub, filename=fname)
    b = m.as_bytes()
    # fixed boundaries for reproducibility
    bounds = sorted(set(re.findall(rb'boundary="([^"]+)"', b)))
    for i, bd in enumerate(bounds):
        b = b.replace(bd, b"=_Part_%d_20250314" % i)
    with open(_p(rel), "wb") as f:
        f.write(b)


# =====================================================================
# CONTROLLED
# =====================================================================
def c01():
    safety = [
        "4.1 进入电解车间必须穿戴阻燃工作服、防护面罩、隔热手套及绝缘鞋，严禁穿化纤衣物。",
        "4.2 电解槽区域地面应保持干燥，任何工具、料斗在接触熔体前须经烘干预热，防止熔体喷溅。",
        "4.3 整流系统停送电实行双人确认与挂牌上锁制度，槽间短路母线操作须由当班班长指挥。",
        "4.4 车间氟化物粉尘及阳极气体（CO、CO2、少量CF4/C2F6）经集气罩收集后进入布袋及碱液洗涤系统，操作人员须佩戴防尘口罩。",
        "4.5 出金属时铁钳、铸模须预热至150 ℃以上，出炉区两米范围内不得站立无关人员。",
        "4.6 发生漏槽、短路或大面积熔体喷溅时，立即按《电解车间应急预案》执行，切断整流电源并报告调度。",
    ]
    blocks = [
        ("title", "镨钕金属熔盐电解工艺规程"),
        ("p", "文件编号：Q/JX-DJ-03-2024　　版本：第4版　　受控状态：受控　　发放号：017"),
        ("p", "编制：电解车间技术组　审核：生产技术部　批准：总工程师　　实施日期：2024-09-01"),
        ("h", "1 目的"),
        ("p", "规范镨钕金属电解生产过程，稳定槽况，提高电流效率和金属直收率，降低单耗，保证产品质量符合客户协议及企业标准要求。"),
        ("h", "2 适用范围"),
        ("p", "本规程适用于本公司电解二车间6 kA级上插阴极圆形石墨槽（共48台）氟化物体系氧化物电解生产镨钕金属（PrNd，Pr:Nd≈25:75）。其他槽型参照执行，参数以车间技术通知单为准。"),
        ("h", "3 职责"),
        ("ul", ["车间主任：组织实施本规程，协调原料、电力及设备保障。",
                "工艺员：每班巡检槽况，记录并分析槽电压、温度、电解质成分，签发工艺调整单。",
                "电解工：按规程加料、测温、出炉、更换阳极，填写《电解槽运行记录》。",
                "质检员：负责电解质、金属取样分析，判定批次质量。"]),
        ("h", "4 安全要求"),
        ("ul", safety),
        ("h", "5 原辅材料要求"),
        ("t", [["物料", "主要指标", "备注"],
               ["氧化镨钕", "REO≥99.0%，Pr6O11/REO 24.5–25.5%，Nd2O3/REO 74.5–75.5%，灼减≤0.5%，粒度D50 3–8 μm", "入槽前200 ℃烘干4 h"],
               ["氟化镨钕", "REF3≥99.0%，O≤0.3%", "电解质补充"],
               ["氟化锂", "LiF≥99.0%，H2O≤0.1%", "电池级不要求"],
               ["石墨阳极", "体积密度≥1.75 g/cm³，灰分≤0.05%，内径φ300 mm", "4块拼装"],
               ["钨阴极", "W≥99.95%，φ70 mm", "上插式"],
               ["钼坩埚", "Mo≥99.9%，壁厚8 mm", "接金属"]]),
        ("h", "6 主要工艺参数"),
        ("p", "6.1 电解质体系为 (Pr,Nd)F3–LiF，质量配比 REF3:LiF = 87:13（允许 86–89:11–14）。新槽开槽时电解质总装量约 300 kg。电解质中氧化物溶解量控制在 2–4%，不得出现槽底沉积。"),
        ("t", [["参数", "控制值", "允许范围", "检测频次"],
               ["电解电流", "6000 A", "5800–6200 A", "连续"],
               ["槽电压", "9.5 V", "8.5–10.5 V", "每小时"],
               ["电解温度", "1050 ℃", "1030–1070 ℃", "每2 h（钨铼热电偶）"],
               ["阳极电流密度", "0.9 A/cm²", "0.8–1.1 A/cm²", "换阳极后核算"],
               ["阴极电流密度", "6.5 A/cm²", "6–8 A/cm²", "—"],
               ["阴极插入深度", "200 mm", "180–220 mm", "每班"],
               ["极距", "≥85 mm", "—", "换阳极时"],
               ["加料速率", "3.2 kg/15 min", "2.8–3.6 kg", "每15 min"],
               ["出炉周期", "2 h", "—", "—"],
               ["电流效率", "≥80%", "—", "每日统计"]]),
        ("p", "6.2 加料采用“少量多次、均匀撒布”原则，每次加料须沿阴极四周均匀撒入，禁止集中倒入一侧。槽电压持续高于10.5 V并伴有阳极表面火花时，判为缺料或阳极效应先兆，应立即补加0.5–1 kg氧化物，同时检查阳极消耗情况；槽电压低于8.5 V且温度下降时，判为加料过量，暂停加料一个周期并将电流提升至6200 A。"),
        ("p", "6.3 温度控制：温度偏高（>1070 ℃）时降低电流200 A或适当增加极距；温度偏低（<1030 ℃）时提高电流并检查阴极是否结壳。电解质LiF含量每班用差热法或化学法检测一次，LiF低于11%时按每降低1%补加LiF 3 kg计算。"),
        ("p", "6.4 阳极更换：单块阳极剩余壁厚小于25 mm时更换，换阳极前暂停加料10 min，新阳极预热至600 ℃以上方可入槽，四块阳极错开更换，同一槽一次只允许更换一块。"),
        ("p", "6.5 出金属：用预热铁勺将钼坩埚中金属舀出，浇入铸铁模，铸锭单重约8–10 kg。每槽每次出金属量正常为5.0–5.8 kg。连续两次出炉量低于4 kg，应检查阴极是否熔蚀、坩埚是否破损及电解质成分。"),
        ("p", "6.6 产品指标：TRE≥99.0%，Pr/TRE 24–26%，C≤0.03%，O≤0.03%，Fe≤0.2%，Mo+W≤0.05%。碳含量超标时核查阳极掉渣情况并增加捞渣频次。"),
        ("h", "7 操作步骤"),
        ("ol", ["接班检查：槽电压、电流、温度、坩埚位置、阴极状态、集气罩负压（-50~-80 Pa）。",
                "按6.2执行定时加料，记录每次加料量与槽电压。",
                "每2 h测温一次，测温后热电偶护套须清理干净。",
                "按出炉周期出金属，称量、编号、装袋，取样送检。",
                "捞渣：每班至少两次，捞出的碳渣单独存放回收。",
                "交班前完成运行记录与异常记录。"]),
        ("h", "8 异常处理"),
        ("t", [["现象", "可能原因", "处理措施"],
               ["槽电压骤升、火花", "阳极效应/缺料", "补料0.5–1 kg，搅动电解质，必要时降电流"],
               ["金属含碳高", "阳极掉渣、温度过高", "加强捞渣，降低温度20 ℃"],
               ["金属含铁高", "铁工具熔蚀", "检查工具，出炉勺涂覆"],
               ["出炉量少", "坩埚漏、阴极插深不足", "检查坩埚，调整阴极"],
               ["电解质发黏", "氧化物过量沉积", "暂停加料，提高温度"]]),
        ("h", "9 记录"),
        ("p", "《电解槽运行记录》《出炉记录》《电解质分析报告》《阳极更换记录》按月装订，保存三年。"),
        ("h", "10 附录"),
        ("p", "附录A 电流效率计算：η = m实 / (I·t·k)，其中 k 为镨钕混合金属电化当量，按Pr:Nd=25:75取1.80 g/(A·h)。附录B 电解质成分速查表（略）。"),
        ("p", "修订记录：第3版（2023-05）阳极电流密度上限由1.2调整为1.1 A/cm²；第4版（2024-08）LiF配比由12%调整为13%，增加6.5出炉量判据。"),
    ]
    write_docx("电解车间/Q-JX-DJ-03 镨钕电解工艺规程 第4版.docx", blocks, author="刘建波", title="镨钕金属熔盐电解工艺规程")
    label("电解车间/Q-JX-DJ-03 镨钕电解工艺规程 第4版.docx", "controlled", ["1E902.a"], ["metal-smelting"], [],
          "process-spec", None, "zh", False, "PrNd fluoride-melt oxide electrolysis work spec; parameters table sits mid-document after safety/material sections")


def c02():
    rows = [["Line", "Cell", "Date", "Shift", "I (A)", "U (V)", "T (°C)", "Feed (kg/h)", "LiF (%)", "Tap (kg)", "CE (%)", "Anode wall (mm)", "Remarks"]]
    rnd = random.Random(2)
    for day in range(1, 8):
        for shift in ("A", "B", "C"):
            for cell in ("E-07", "E-08", "E-11"):
                i = 6000 + rnd.choice([-100, 0, 0, 50, 100])
                u = round(9.2 + rnd.uniform(-0.5, 0.9), 2)
                t = 1040 + rnd.randint(-12, 22)
                feed = round(12.6 + rnd.uniform(-0.8, 0.8), 1)
                lif = round(12.8 + rnd.uniform(-0.9, 0.6), 1)
                tap = round(21.5 + rnd.uniform(-2.5, 2.0), 1)
                ce = round(tap / (i * 8 * 1.80 / 1000 / 8 * 8 / 1000 * 1000) * 100 / 8 * 1, 1)
                ce = round(min(86, max(72, 78 + rnd.uniform(-5, 6))), 1)
                wall = 60 - day * 4 - {"A": 0, "B": 1, "C": 2}[shift] + rnd.randint(-1, 1)
                rem = ""
                if u > 10.0: rem = "spark at anode 2, +0.8 kg oxide"
                if t > 1058: rem = (rem + "; " if rem else "") + "I -200 A for 30 min"
                rows.append(["L2", cell, "2025-02-%02d" % (9 + day), shift, i, u, t, feed, lif, tap, ce, wall, rem])
    limits = [["Parameter", "Target", "Low", "High", "Unit"],
              ["Cell current", 6000, 5800, 6200, "A"], ["Cell voltage", 9.5, 8.5, 10.5, "V"],
              ["Bath temperature", 1045, 1030, 1065, "°C"], ["Oxide feed", 12.8, 11.2, 14.4, "kg/h"],
              ["LiF in bath", 13.0, 11.5, 14.0, "wt%"], ["Anode CD", 0.95, 0.8, 1.1, "A/cm2"],
              ["Bath REF3:LiF", "87:13", "", "", "mass"], ["Oxide dissolved", 3, 2, 4, "wt%"],
              ["Anode change at wall", 25, "", "", "mm"], ["Cathode immersion", 200, 180, 220, "mm"]]
    write_xlsx("ops/L2_cells_E07-E11_wk07.xlsx", [("log", rows), ("limits", limits)], author="operator L2")
    label("ops/L2_cells_E07-E11_wk07.xlsx", "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", None, "en", False,
          "Weekly shift log of 6 kA fluoride-bath cells (current, voltage, temp, oxide feed, LiF, CE) with set-point limits; no words 'rare earth'")


def c03():
    blocks = [
        ("title", "金属铽钙热还原作业指导书"),
        ("p", "编号：WI-HJ-TB-07　版本：B/2　编制部门：高纯金属分厂　页数：3"),
        ("h", "一、工艺概述"),
        ("p", "以氟化铽（TbF3）为原料，金属钙为还原剂，在真空感应炉钽坩埚中进行钙热还原，得到粗铽；粗铽经真空熔炼除钙、除氟化钙渣后，再经真空蒸馏提纯，获得Tb≥99.9%（稀土相对纯度≥99.99%）的金属铽锭。反应式：2TbF3 + 3Ca = 2Tb + 3CaF2。"),
        ("h", "二、原料准备"),
        ("ul", ["氟化铽：Tb4O7/TREO≥99.99%，氧含量≤0.05%，使用前于真空烘箱300 ℃干燥8 h，装料前过40目筛。",
                "金属钙：蒸馏钙，Ca≥99.5%，Mg≤0.1%，屑状（3–5 mm），于氩气手套箱内称量，暴露空气时间不超过10 min。",
                "钙过量系数：按理论量的115%配入；单炉装料TbF3 12.0 kg，金属钙 3.88 kg。",
                "钽坩埚：φ160×300 mm，使用前经1600 ℃真空退火，内壁无裂纹。"]),
        ("h", "三、还原操作"),
        ("t", [["步骤", "操作要点", "参数"],
               ["1 装料", "底部铺钙屑1/3，TbF3与剩余钙屑分层交替装入，顶部覆钙", "手套箱O2<50 ppm"],
               ["2 抽真空", "机械泵+罗茨泵抽至", "≤5 Pa"],
               ["3 除气", "升温至600 ℃保温", "60 min，真空≤3 Pa"],
               ["4 充氩", "充高纯氩（5N）至", "0.05 MPa（表压）"],
               ["5 引发反应", "以15 ℃/min升温至", "1000 ℃，反应放热温度跳升"],
               ["6 熔化分层", "继续升温至", "1450–1480 ℃，保温20 min"],
               ["7 冷却", "断电随炉冷却，氩气保护", "至80 ℃以下出炉"]]),
        ("p", "反应引发后温度通常会在2–3 min内上升80–120 ℃，此时应降低功率至30%，防止钙大量挥发。若升温至1100 ℃仍未观察到温度跳升，说明钙已氧化或TbF3含水，应停止升温并保温30 min后再缓慢升温。"),
        ("h", "四、渣金分离与除钙"),
        ("p", "出炉后敲除上层CaF2渣，金属锭表面用不锈钢丝刷清理。粗铽含Ca一般0.3–0.8%，在真空电弧炉或感应炉中于1500 ℃、≤1×10⁻² Pa下保持30 min，使Ca降至≤0.03%。"),
        ("h", "五、真空蒸馏提纯"),
        ("t", [["项目", "参数"],
               ["蒸馏温度", "1650–1700 ℃（坩埚底部）"],
               ["冷凝器温度", "850–950 ℃（钼冷凝罩）"],
               ["真空度", "≤5×10⁻⁴ Pa"],
               ["蒸馏时间", "6–8 h（每炉粗铽6 kg）"],
               ["直收率", "≥88%"],
               ["残余料", "返回下一炉还原"]]),
        ("h", "六、产品检验"),
        ("p", "每炉取样分析：Tb/TREM≥99.99%，Ca≤50 ppm，F≤30 ppm，O≤300 ppm，C≤100 ppm，Ta≤100 ppm，Fe≤50 ppm。不合格品返回蒸馏工序。"),
        ("h", "七、注意事项"),
        ("ul", ["钙屑遇水放出氢气，严禁湿手接触；废钙屑用乙醇缓慢钝化。",
                "氟化钙渣含少量铽，收集后送回收工段按含稀土废料处理。",
                "本指导书参数经2024年第三季度工艺验证确认，未经技术部批准不得擅自修改。"]),
    ]
    write_pdf("高纯金属/WI-HJ-TB-07_金属铽钙热还原.pdf", blocks, title="金属铽钙热还原作业指导书", author="高纯金属分厂", footer="WI-HJ-TB-07 B/2")
    label("高纯金属/WI-HJ-TB-07_金属铽钙热还原.pdf", "controlled", ["1E902.a"], ["metal-smelting"], [], "process-spec", None, "zh", False,
          "Calciothermic reduction of TbF3 plus vacuum distillation: charge ratios, temperatures, vacuum levels")


def c04():
    body = """Hi Markus,

as discussed on the call on Tuesday, below are the numbers we run for the Sm reduction-distillation. Please keep this within your small team, our management has not signed off the NDA extension yet.

Charge (per retort):
- Sm2O3 4N, dried 800 C / 2 h: 10.0 kg
- La metal turnings (La>=99%, fresh cut, under Ar): 9.2 kg, i.e. ~15 % over stoichiometric for Sm2O3 + 2La = La2O3 + 2Sm
- briquetting: mix in Ar glovebox, press at 120 MPa to 50 mm pellets

Retort & furnace:
- stainless 310S retort, Mo liner, water-cooled condenser head on top
- vacuum before heating < 1 Pa, during run 1e-2 Pa
- ramp 10 C/min to 1100 C, hold, then 1250-1300 C for 5 h
- condenser kept at 300-450 C (too cold gives powdery deposit which re-oxidises)

Yield ~ 92-94 %, Sm 99.9 %, La < 0.05 %, O < 500 ppm. The crown is cut off the condenser in glovebox, stored under argon.

上次你问的结晶物发黑的问题：主要是冷凝罩温度低于250 ℃，钐以细粉沉积，开炉后氧化。把冷凝段保温层加厚到50 mm就好了。

Next week I can send the retort drawing, let me know.

Best regards
王磊 Wang Lei
Process Engineering
"""
    write_eml("mail/Re_ Sm reduction numbers.eml", "Wang Lei <wanglei@ganrui-metal.com.cn>", "Markus Becker <m.becker@vacuflux-metals.de>",
              "Re: Sm reduction numbers", "Thu, 13 Mar 2025 16:42:10 +0800", body, msgid="<20250313164210.7731@ganrui-metal.com.cn>")
    label("mail/Re_ Sm reduction numbers.eml", "controlled", ["1E902.a"], ["metal-smelting"], [], "email", None, "mixed", False,
          "Email body gives lanthanum-thermic reduction-distillation of Sm: charge, vacuum, temperatures, condenser temp")


def c05():
    blocks = [
        ("title", "稀土电解槽大修（重砌）及开槽启动规程"),
        ("p", "文件编号：Q/JX-SB-11　　版本：A/0　　归口：设备动力部　　实施日期：2024-11-15"),
        ("h", "1 适用范围"),
        ("p", "本规程规定了6 kA圆形稀土电解槽石墨槽体破损、漏槽或累计运行满18个月后的大修重砌、烘槽及开槽启动的技术要求，适用于电解二车间全部电解槽。"),
        ("h", "2 大修判定条件"),
        ("ul", ["石墨槽壁局部侵蚀深度超过原壁厚40%（超声测厚或停槽后实测）；",
                "槽底出现裂纹，钼坩埚下方有金属渗漏痕迹；",
                "槽壳外壁温度持续高于180 ℃，或同一位置红外测温较周边高60 ℃以上；",
                "累计运行时间满18个月。"]),
        ("h", "3 停槽与拆除"),
        ("ol", ["停槽前8 h停止加料，逐步将电流由6000 A降至3000 A，排出槽内金属；",
                "短路该槽（插入短路片，两人确认），断开阴阳极母线；",
                "趁热抽出电解质至预热的铁质料箱，冷却后破碎装袋回用；",
                "槽体冷却至常温后拆除阳极、阴极、坩埚及石墨槽体，耐火砖逐层拆除并分类堆放。"]),
        ("h", "4 重砌技术要求"),
        ("t", [["部位", "材料", "技术要求"],
               ["槽壳", "Q235钢壳", "变形≤5 mm，焊缝探伤合格"],
               ["保温层", "轻质高铝砖+硅酸铝纤维毡", "砖缝≤2 mm，纤维毡压缩至30 mm"],
               ["耐火层", "刚玉质耐火砖", "错缝砌筑，灰浆饱满度≥95%"],
               ["石墨槽体", "等静压石墨整体槽 φ680×600 mm", "与耐火层间隙用石墨粉填实"],
               ["槽底", "石墨底块+钼坩埚座", "水平度≤1 mm/m"],
               ["导电排", "铜排", "接触面镀锡，压降≤20 mV"]]),
        ("p", "砌筑完成后由设备部、车间、质检三方验收，填写《电解槽大修验收单》。"),
        ("h", "5 烘槽"),
        ("p", "采用石墨电阻棒或交流电极烘槽。升温曲线：常温至300 ℃，20 ℃/h，保温8 h（脱除砌体水分）；300–800 ℃，30 ℃/h，保温4 h；800 ℃至1000 ℃，50 ℃/h。烘槽期间槽壳温度每小时记录一次，任一点超过150 ℃须降低升温速率。"),
        ("h", "6 开槽启动"),
        ("ol", ["在石墨槽内加入预熔电解质或回用电解质约150 kg，通交流电极化料；",
                "熔体液面达到阴极插入深度要求后，装入阳极、钼坩埚，切换直流供电；",
                "启动电流2000 A，每30 min升500 A，至6000 A额定电流；",
                "起槽阶段电解质补加至规程规定装量，温度、槽电压、电解质成分按《镨钕金属熔盐电解工艺规程》(Q/JX-DJ-03)目标值控制；",
                "开槽后前72 h为试运行期，每2 h记录一次，连续三炉出金属合格方可转入正常生产。"]),
        ("h", "7 维护保养周期"),
        ("t", [["项目", "周期", "内容"],
               ["阳极导杆", "每周", "检查夹具紧固，接触电阻≤0.5 mΩ"],
               ["集气罩", "每月", "清理结壳，检测负压"],
               ["整流柜", "每季度", "清灰、紧固、测温"],
               ["热电偶", "每月", "比对校验"],
               ["槽壳", "每班", "红外测温巡检"]]),
        ("h", "8 记录"),
        ("p", "《大修记录》《烘槽曲线记录》《开槽启动记录》《试运行记录》由设备部存档，保存至该槽下次大修后一年。"),
    ]
    write_docx("设备部/电解槽大修重砌及开槽启动规程.docx", blocks, author="设备动力部 周亮", title="电解槽大修及开槽启动规程")
    label("设备部/电解槽大修重砌及开槽启动规程.docx", "controlled", ["1E902.b"], ["metal-smelting"], [], "process-spec", None, "zh", False,
          "RE electrolysis cell relining, bake-out and restart procedure; process values only referenced to the separate process spec")


def c06():
    blocks = [
        ("title", "Recovery of Rare Earth Oxides from Sintered NdFeB Grinding Sludge"),
        ("p", "Process Description PD-R-014, Rev. C  |  Secondary Materials Unit  |  Confidential - internal use"),
        ("h", "1. Feed"),
        ("p", "Feed is grinding and slicing sludge (oil/water emulsion) from NdFeB machining shops, typically 28-32 % TREO on dry basis, Fe 55-60 %, B ~0.9 %, Co 0.5-2 %, Dy+Tb up to 3 % of TREO. Oil content 8-15 %, moisture 10-25 %. Incoming lots are sampled per 5 t and assayed for TREO, Fe, Co, Al, Cu, and chloride."),
        ("h", "2. Flowsheet"),
        ("ol", ["De-oiling and drying: rotary dryer, 250-300 C, off-gas to thermal oxidiser.",
                "Oxidation roasting: rotary kiln 750-850 C, residence 2.5 h, air excess 1.5; target Fe2+ < 0.3 % in calcine so that Fe is fully Fe2O3.",
                "Selective HCl leaching (优溶): pulp density 1:3 (kg:L), HCl added to final pH 4.0-4.5 at 85-90 C, 2 h; RE dissolves, Fe2O3 stays in residue.",
                "Filtration: plate-and-frame press, cake washed twice with pH 4 water; residue < 0.3 % REO goes to iron-oxide buyer.",
                "Impurity removal: adjust to pH 4.8 with NH4HCO3 or Na2CO3 to drop Al and residual Fe, add Na2S 0.3 g/L for Cu/Pb.",
                "Separation: the purified RECl3 liquor (TREO 220-260 g/L) goes to the P507 cascade for Pr/Nd and Dy/Tb split, or is sold as mixed chloride.",
                "Oxalate precipitation: oxalic acid 1.1 x stoichiometric, 60 C, pH 1.5-2.0, 30 min aging; filter, wash.",
                "Calcination: 950 C, 2 h, tunnel kiln; product mixed (Pr,Nd)2O3 or Dy2O3."]),
        ("h", "3. Key parameters and performance"),
        ("t", [["Step", "Parameter", "Value", "KPI"],
               ["Roast", "Temperature / time", "800 C / 2.5 h", "Fe oxidation > 99.5 %"],
               ["Leach", "Final pH / T", "4.2 / 88 C", "RE leach > 98.5 %, Fe in liquor < 0.05 g/L"],
               ["Leach", "HCl consumption", "1.45 t 31 % HCl per t REO", ""],
               ["Oxalate", "H2C2O4 dosage", "1.1 x stoich.", "Precip. > 99.5 %"],
               ["Calcine", "T / time", "950 C / 2 h", "LOI < 0.5 %"],
               ["Overall", "RE recovery", "", ">= 96 %"],
               ["Product", "Purity", "", "TREO >= 99 %, Fe2O3 < 0.01 %"]]),
        ("h", "4. Critical notes"),
        ("p", "Under-roasting is the most frequent cause of poor selectivity: any FeO/Fe3O4 left in the calcine dissolves at pH 4 and carries iron into the liquor. Check calcine with a magnet test and titration before leaching. Do not let the leach pH fall below 3.5 while dosing acid; dose in three portions with 20 min between. Cobalt partly reports to the liquor and leaves with the raffinate after oxalate precipitation, where it is recovered as CoCO3."),
        ("p", "Mother liquor from oxalate precipitation (HCl ~1 mol/L) is recycled to leaching after lime-neutralisation bleed of 15 % to control Ca/Na build-up."),
    ]
    write_pdf("secondary/PD-R-014_RevC_sludge_recovery.pdf", blocks, title="PD-R-014 Rev C", author="Secondary Materials Unit", footer="PD-R-014 Rev. C")
    label("secondary/PD-R-014_RevC_sludge_recovery.pdf", "controlled", ["1E902.a"], ["recycling"], [], "process-spec", None, "en", False,
          "NdFeB sludge: oxidation roast, selective HCl leach pH 4-4.5, oxalate precipitation, calcination with parameters")


def c07():
    rows = [["序号", "调试项目", "设计/目标值", "实测值", "结论", "调试人", "日期"],
            [1, "干燥窑出料含油", "≤0.5%", "0.38%", "合格", "陈宇", "2024-12-02"],
            [2, "回转窑焙烧段温度（三段）", "780/820/800 ℃", "776/818/803 ℃", "合格", "陈宇", "2024-12-03"],
            [3, "窑转速", "1.2 r/min", "1.2", "合格", "李涛", "2024-12-03"],
            [4, "焙砂Fe2+", "≤0.3%", "0.52% → 调整后0.21%", "整改后合格", "李涛", "2024-12-04"],
            [5, "优溶槽搅拌电流", "≤42 A", "38 A", "合格", "王志", "2024-12-05"],
            [6, "优溶终点pH在线计与手测偏差", "≤0.1", "0.15 → 校准后0.05", "整改后合格", "王志", "2024-12-05"],
            [7, "优溶温度", "85–90 ℃", "87 ℃", "合格", "王志", "2024-12-06"],
            [8, "压滤机滤饼含水", "≤35%", "33%", "合格", "张斌", "2024-12-07"],
            [9, "浸出渣REO", "≤0.3%", "0.27%", "合格", "化验室", "2024-12-08"],
            [10, "草酸计量泵标定", "误差≤2%", "1.4%", "合格", "张斌", "2024-12-09"],
            [11, "沉淀槽温度联锁", "65 ℃报警", "动作正常", "合格", "仪表班", "2024-12-09"],
            [12, "隧道窑灼烧温度", "950 ℃", "945–955 ℃", "合格", "陈宇", "2024-12-10"],
            [13, "72 h连续试运行处理量", "6 t油泥/d", "6.3 t/d", "合格", "项目组", "2024-12-13"],
            [14, "综合回收率", "≥95%", "95.8%", "合格", "项目组", "2024-12-13"]]
    issues = [["编号", "问题描述", "原因分析", "处理措施", "关闭日期"],
              ["Q-01", "焙砂Fe2+偏高", "窑尾负压不足，进风量小", "引风机变频由35 Hz提至42 Hz，窑内过剩空气系数1.5", "2024-12-04"],
              ["Q-02", "pH计漂移", "电极被氟化物污染", "改用耐氟电极，每班标定", "2024-12-05"],
              ["Q-03", "草酸管线结晶堵塞", "冬季管线未伴热", "增设电伴热，保持≥40 ℃", "2024-12-09"],
              ["Q-04", "隧道窑推板卡阻", "匣钵变形", "更换堇青石匣钵", "2024-12-11"]]
    sign = [["验收意见", "钕铁硼油泥综合回收线（一期，年处理2000 t）单机调试、联动调试、72 h试运行完成，主要指标达到设计要求，同意转入试生产。"],
            ["建设单位", "赣州某新材料有限公司"], ["设计单位", "某冶金设计研究院"], ["日期", "2024-12-16"]]
    write_xlsx("项目/油泥回收线一期调试记录汇总.xlsx", [("调试记录", rows), ("问题清单", issues), ("验收", sign)], author="项目组")
    label("项目/油泥回收线一期调试记录汇总.xlsx", "controlled", ["1E902.b"], ["recycling"], [], "parameter-sheet", None, "zh", False,
          "Commissioning record of an NdFeB sludge recovery line; process values as targets, fixes to kiln draft, pH meter etc.")

def c08():
    slides = [
        ("Magnet-to-Magnet: HD Route for EoL Rotor Magnets", ["Pilot results 2024 / plan 2025", "Materials Engineering - Recycling Cell", "Internal review, 18 Feb 2025"]),
        ("Feedstock", ["Sintered NdFeB from HDD VCMs and EV rotor segments (N42SH-N48UH grades)",
                       "Demagnetise at 350 C / 1 h in air-free oven before dismantling",
                       "Ni-Cu-Ni coating removed by 6 mm shot blast; epoxy-coated parts: 450 C burn-off under N2",
                       "Sort by Dy content (XRF): <1 %, 1-4 %, >4 %"]),
        ("Hydrogen decrepitation of scrap", [["Step", "Setting", "Note"],
                       ["Load", "150 kg per retort, pieces < 40 mm", "clean, oxide-free"],
                       ["H2 absorption", "0.2 MPa H2, 25-60 C, 3-4 h", "until pressure stable"],
                       ["Partial dehydrogenation", "550 C, vacuum < 5 Pa, 4 h", "keeps ~0.1 wt% H"],
                       ["Cooling", "Ar, < 50 C", "O2 pickup < 200 ppm"],
                       ["Sieve", "remove coating flakes > 0.5 mm", "magnetic/air classifier"]]),
        ("Powder make-up and milling", ["Blend HD powder 85 % + virgin Nd-rich alloy 15 % (Nd 35 wt%) to restore RE-rich grain boundary phase",
                       "Add 0.05 wt% zinc stearate lubricant",
                       "Jet mill in N2, O2 < 20 ppm, classifier 3800 rpm -> D50 3.8-4.2 um",
                       "Total oxygen after milling target < 2500 ppm"]),
        ("Pressing and sintering", [["Step", "Setting"],
                       ["Field pressing", "1.8 T transverse, 0.3 t/cm2"],
                       ["CIP", "180 MPa"],
                       ["Sintering", "1060 C / 4 h, vacuum 1e-3 Pa"],
                       ["1st anneal", "900 C / 2 h"],
                       ["2nd anneal", "500 C / 3 h, gas quench"]]),
        ("Results vs. virgin N45SH", [["", "Virgin", "Recycled (HD + 15 % blend)"],
                       ["Br (T)", "1.34", "1.31"], ["HcJ (kA/m)", "1600", "1520"], ["(BH)max (kJ/m3)", "342", "326"],
                       ["Density (g/cm3)", "7.58", "7.55"], ["O (ppm)", "2100", "3400"]]),
        ("Next steps", ["Scale retort to 500 kg", "Add Tb GBD on recycled blocks to recover HcJ",
                        "Qualify with customer for e-bike hub motors", "Capex request: 1.9 M EUR"]),
    ]
    write_pptx("slides/HD_magnet_recycling_pilot_review_Feb2025.pptx", slides, author="J. Okafor")
    label("slides/HD_magnet_recycling_pilot_review_Feb2025.pptx", "controlled", ["1E902.a"], ["recycling", "magnet-manufacturing"], ["NdFeB"],
          "process-spec", None, "en", False, "HD recycling of EoL magnets and re-sintering: HD, jet mill, press, sinter settings")


def c09():
    t = """廢螢光粉中稀土回收工藝說明
文件號：RP-HF-02　修訂：第3版　適用：回收二課

一、原料
廢棄三基色燈管（含緊湊型節能燈）破碎後經篩分回收之螢光粉，主要含紅粉Y2O3:Eu（YOX）、綠粉(Ce,Tb)MgAl11O19（CAT）、藍粉BaMgAl10O17:Eu（BAM），另含碎玻璃、鹵磷酸鈣粉及微量汞。典型組成：TREO 18–25%，其中Y2O3 約占TREO 75%、Eu2O3 6–7%、Tb4O7 2–3%、CeO2 6–8%。

二、預處理
1. 脫汞：旋轉蒸餾爐 450 ℃、微負壓 2 h，汞蒸氣冷凝回收，處理後 Hg < 5 ppm。
2. 篩分：200 目振動篩去除玻璃碎屑，篩下物為回收料。

三、紅粉選擇性浸出
1. 以 2.5 mol/L 鹽酸、液固比 5:1、溫度 70 ℃ 浸出 3 h，Y、Eu 浸出率 ≥ 95%，綠粉、藍粉基本不溶。
2. 過濾後浸出液加氨水調 pH 4.5 除鐵鋁，再以草酸沉澱（草酸用量為理論量 1.2 倍，60 ℃）。
3. 草酸鹽 900 ℃ 煅燒 2 h 得釔銪混合氧化物（Y+Eu ≥ 99%），送萃取線分離或直接再製紅粉。

四、綠粉、藍粉鹼熔
1. 酸浸渣與氫氧化鈉按質量比 1:1.5 混合，650 ℃ 鹼熔 2 h，使鋁酸鹽晶格破壞。
2. 熱水洗滌去除鋁酸鈉，洗至 pH < 9；鹼熔渣再以 4 mol/L 鹽酸 80 ℃ 溶解，Tb、Ce 溶出率 ≥ 90%。
3. 溶液經 P507 萃取（另見 RP-HF-05）得到鋱、鈰產品。

五、指標
綜合稀土回收率：Y 95%、Eu 93%、Tb 88%。每噸廢粉消耗鹽酸(31%) 2.1 t、氫氧化鈉 0.9 t、草酸 0.35 t。

六、環保
含汞廢氣經活性炭吸附，酸性廢水中和後送廢水站；鹼熔洗水回收氫氧化鈉濃縮回用。

編制：許志明　審核：林怡君　日期：2024/10/22
"""
    write_text("回收二課/RP-HF-02 廢螢光粉回收工藝(第3版).txt", t)
    label("回收二課/RP-HF-02 廢螢光粉回收工藝(第3版).txt", "controlled", ["1E902.a"], ["recycling"], [], "process-spec", None, "zh", False,
          "Traditional-Chinese spent phosphor recovery: Hg removal, selective HCl leach of YOX, alkali fusion of CAT/BAM, oxalate")


def c10():
    t = """# NiMH black mass - REE recovery route (trial 3 summary)

_Owner: hydromet team, Site B. Last edit 2025-01-28._

## Why
The mixed NiMH stream (HEV packs, Ni-MH AA cells) gives a black mass with ~55 % Ni+Co and **8-11 % RE** (La, Ce, Nd, Pr from the AB5 anode alloy). Up to now the RE went with the leach residue to landfill. Trial 3 tested pulling it out as a double sulfate.

## Feed (lot BM-2412)
| Element | wt % |
|---|---|
| Ni | 48.2 |
| Co | 4.1 |
| La | 5.6 |
| Ce | 2.9 |
| Nd | 0.9 |
| Pr | 0.4 |
| Mn | 1.8 |
| Fe | 0.6 |

## Route
1. **Leach**: 2 M H2SO4, S/L 1:8, 90 C, 3 h, + 0.5 vol% H2O2 for the last 30 min. Ni, Co, RE > 97 % extraction.
2. **Double sulfate precipitation**: add Na2SO4 to 1.4x molar ratio Na:RE, raise pH to 1.8 with NaOH, 60 C, 90 min. NaRE(SO4)2.H2O crystallises, Ni/Co stay in solution (< 0.5 % co-precipitation).
3. Wash the double sulfate twice with 50 g/L Na2SO4 at pH 1.8 (plain water redissolves it).
4. **Conversion**: slurry the double sulfate in 4 M NaOH at 80 C, 2 h -> RE(OH)3 + Na2SO4. Filter, wash to pH < 10.
5. Dissolve RE(OH)3 in HCl to pH 2, then either sell as mixed RECl3 or precipitate with oxalic acid (1.15x) and calcine 900 C.
6. Ni/Co filtrate to the Cyanex 272 circuit (existing).

## Results
- RE recovery to the double sulfate: 96.5 %
- Mixed oxide after calcination: TREO 99.2 %, Ni 0.03 %, Co 0.01 %, Na 0.05 %
- Reagents per t of RE oxide: Na2SO4 2.3 t, NaOH 1.1 t, HCl (31 %) 2.4 t

## Open points
- pH overshoot above 2.2 drags Ni into the precipitate - need better dosing control.
- Ce partly oxidised by H2O2 (Ce4+); consider skipping peroxide.
"""
    write_text("hydromet/nimh_REE_trial3.md", t)
    label("hydromet/nimh_REE_trial3.md", "controlled", ["1E902.a"], ["recycling"], [], "process-spec", None, "en", False,
          "NiMH black mass RE recovery via sulfuric leach and Na double sulfate precipitation with conditions")

def c11():
    blocks = [
        ("title", "××稀土矿区3号采场原地浸矿工程设计说明书"),
        ("p", "设计单位：××有色冶金设计研究院有限公司　　工程编号：2024-KC-017　　设计阶段：施工图设计"),
        ("p", "2024年7月"),
        ("h", "第一章 总论"),
        ("p", "1.1 项目由来。3号采场位于矿区东北部，属低山丘陵地貌，山体相对高差40–90 m，植被覆盖率约72%。经补充勘探，采场控制资源量（TREO）约2860 t，平均品位0.082%，属中钇富铕型离子吸附型稀土矿。"),
        ("p", "1.2 设计依据：《稀土工业污染物排放标准》(GB 26451)、矿区开发利用方案及其批复、补充勘探报告、2023年度浸矿试验报告（试验编号SY-2023-06）、建设单位设计委托书。"),
        ("p", "1.3 设计规模：年产混合稀土氧化物（按REO 92%计）300 t，服务年限约8年。"),
        ("h", "第二章 矿床地质与矿石性质"),
        ("p", "矿体赋存于燕山期花岗岩风化壳中，自上而下为表土层（0.5–2 m）、全风化层（8–20 m，主要含矿层）、半风化层（3–8 m）。全风化层渗透系数 0.3–1.2 m/d，平均孔隙度 42%，自然含水率 18–24%。矿石中离子相稀土占全相稀土的 85–92%。稀土配分：Y2O3 28.6%、La2O3 24.1%、Nd2O3 17.9%、Pr6O11 5.3%、Eu2O3 0.7%、Dy2O3 3.8%、Tb4O7 0.6%。"),
        ("p", "底板基岩裂隙不发育，矿体下部局部有假底板（半风化层中的高岭土化透镜体），对收液有利；东南角有一条NE向断层破碎带，为渗漏风险区，设计中单独处理。"),
        ("h", "第三章 浸矿工艺"),
        ("p", "3.1 浸矿剂选择。经试验比选，采用硫酸镁为主、硫酸铵为辅的复合浸矿剂，以降低氨氮排放：浸矿液 MgSO4 2.5%、(NH4)2SO4 0.5%，用硫酸调 pH 4.5–5.0。浸矿剂单耗：MgSO4 约 4.2 t/t REO，(NH4)2SO4 约 0.8 t/t REO。"),
        ("p", "3.2 注液井网。注液井采用正方形网格布置，井距 × 排距 = 2.0 m × 2.0 m（坡度大于25°的陡坡段加密至 1.5 m × 1.5 m），井径 φ200 mm，井深穿过全风化层进入半风化层 0.5–1.0 m，平均井深 14 m。井口设 PVC 注液管，井内回填粗砂 0.5 m 防堵。全采场共布置注液井 6420 口。"),
        ("t", [["地段", "坡度", "井距×排距", "单井注液强度", "井深"],
               ["山顶平缓段", "<15°", "2.0×2.0 m", "0.12 m³/d", "12–18 m"],
               ["山腰", "15–25°", "2.0×2.0 m", "0.10 m³/d", "10–15 m"],
               ["陡坡段", ">25°", "1.5×1.5 m", "0.06 m³/d", "8–12 m"],
               ["断层影响带", "—", "不布井", "—", "—"]]),
        ("p", "3.3 注液制度。分三个阶段：(1) 浸矿剂注入期：注入浓度 MgSO4 2.5%，持续 60–80 d，累计注液量约为矿体体积的 0.35 倍；(2) 顶水期：注入清水（或低浓度尾液）约 40 d，将孔隙中的含稀土溶液顶出；(3) 收尾期：停止注液，持续收液至母液 REO 浓度低于 0.1 g/L。液固比按 1.2:1 控制。"),
        ("p", "3.4 收液系统。山脚沿矿体底板布置导流孔（水平孔长 30–60 m，孔距 5 m，仰角 3–5°），导流孔出口接集液沟；山体底部开挖集液巷道一条（1.8 m × 2.0 m），巷道内设防渗衬砌。母液经集液沟汇入高位集液池（有效容积 2000 m³）。设计母液 REO 浓度 0.8–1.5 g/L，母液收集率 ≥ 90%，浸出率 ≥ 85%。"),
        ("p", "3.5 母液处理。母液在除杂池中加入碳酸氢铵调 pH 5.0–5.2 除铝、铁（渣率约为稀土量的 5%），上清液转入沉淀池，以碳酸氢铵沉淀稀土，终点 pH 6.8–7.0，碳铵用量为 REO 量的 3.0–3.5 倍；沉淀物陈化 2 h 后压滤，得碳酸稀土，经 850 ℃ 灼烧得混合稀土氧化物（REO ≥ 92%）。沉淀上清液补加硫酸镁、调酸后返回注液，循环率 ≥ 80%。"),
        ("h", "第四章 防渗与环境保护"),
        ("p", "采场周边设截洪沟，坡脚设监测井 12 口，定期监测地下水氨氮、硫酸根、pH。断层破碎带以高压注浆帷幕封堵，帷幕深度至基岩以下 2 m。闭矿后注清水淋洗 60 d，至出水氨氮 < 15 mg/L 后进行植被恢复。"),
        ("h", "第五章 主要设备"),
        ("t", [["名称", "规格", "数量"],
               ["注液泵", "IS80-50-200，Q=50 m³/h", "4（2用2备）"],
               ["高位配液池", "500 m³，钢筋混凝土防渗", "2"],
               ["集液池", "2000 m³", "1"],
               ["除杂池/沉淀池", "各 300 m³", "4/6"],
               ["板框压滤机", "XMY100/1000", "3"],
               ["灼烧窑", "回转窑 φ1.2×12 m", "1"]]),
        ("h", "第六章 投资估算与技术经济"),
        ("p", "工程总投资 4860 万元，其中井网及收液工程 1720 万元、水冶车间 1380 万元、环保工程 960 万元。单位生产成本约 9.8 万元/t REO。"),
        ("h", "第七章 结论"),
        ("p", "本设计在试验基础上确定的井网参数、注液制度与母液处理工艺技术可行，建议施工阶段对断层影响带补充工程地质钻探。"),
        ("pb",),
        ("h", "附表1 注液分区及井位控制点坐标（CGCS2000，节选）"),
        ("t", [["分区", "控制点", "X", "Y", "井口高程 m", "设计井深 m", "井数"]] + [["A%d" % (i // 5 + 1), "K%03d" % i, "%.1f" % (2870155.0 + 37.5 * i), "%.1f" % (38512240.0 + 21.3 * (i % 7)), "%.1f" % (312.5 - 1.9 * (i % 13)), str(11 + (i * 7) % 8), str(380 + (i * 13) % 120)] for i in range(1, 61)]),
        ("h", "附表2 图纸目录"),
        ("t", [["图号", "图名"], ["KC017-01", "采场总平面布置图"], ["KC017-02", "注液井网布置图（A区）"], ["KC017-03", "注液井网布置图（B区）"],
               ["KC017-04", "导流孔及集液沟布置图"], ["KC017-05", "高位配液池结构图"], ["KC017-06", "水冶车间工艺流程图"], ["KC017-07", "防渗帷幕剖面图"]]),
        ("h", "第八章 附注"),
        ("p", "本说明书须与施工图同时使用，图纸与说明不一致时以图纸为准并及时联系设计代表。"),
    ]
    write_docx("设计院/3号采场原地浸矿施工图设计说明书.docx", blocks, author="王工", title="原地浸矿工程设计说明书")
    label("设计院/3号采场原地浸矿施工图设计说明书.docx", "controlled", ["1E902.a"], ["mining"], [], "process-spec", None, "zh", False,
          "Ion-adsorption clay in-situ leach design: MgSO4/AS lixiviant, well grid, injection regime, liquor grades, NH4HCO3 precipitation (decisive part in middle chapters)")


def c12():
    blocks = [
        ("title", "浸矿场注液及收液管网安装施工方案"),
        ("p", "工程名称：3号采场原地浸矿工程（井网与管网标段）　施工单位：××建设工程有限公司　编制日期：2024-09-05"),
        ("h", "一、编制依据"),
        ("p", "3号采场原地浸矿工程施工图（2024-KC-017）；《给水排水管道工程施工及验收规范》GB 50268；建设单位安全文明施工要求。"),
        ("h", "二、工程内容"),
        ("ul", ["主注液管：DN110 PE100 管 3.2 km，热熔对接；",
                "支管：DN63 PE 管 11.5 km，电熔连接；",
                "井口注液软管：DN20 PVC 6420 套，每口配球阀一只；",
                "收液导流孔：钻孔 186 个，内置 DN50 打孔 PVC 花管；",
                "集液沟及集液池连接管：DN160 HDPE 0.9 km。"]),
        ("h", "三、施工工序"),
        ("ol", ["测量放线：按施工图井位坐标放样，井位误差 ≤ 0.2 m，支管沿等高线布置；",
                "高位配液池至各分区主管铺设，主管每 50 m 设固定墩，坡度不小于 0.5%；",
                "支管按分区（共 14 区）铺设，每区设分区闸阀、流量计（电磁流量计 DN50）和压力表；",
                "井口管安装：软管插入注液井深度不小于 0.8 m，井口用黏土封堵，防止浸矿液沿井壁溢流；",
                "导流孔施工：沿坡脚以 3–5° 仰角钻进，孔深按设计 30–60 m，下入花管后孔口安装止水塞与导流管；",
                "管网试压：主管 0.6 MPa、支管 0.4 MPa 保压 30 min，压降 ≤ 0.02 MPa 为合格；",
                "清水试注：各分区按设计注液强度的 50% 试注清水 72 h，检查井口溢流、坡面渗水及导流孔出水情况。"]),
        ("h", "四、调试与验收"),
        ("t", [["检查项", "标准", "方法"],
               ["井位偏差", "≤0.2 m", "RTK 复测 10%"],
               ["井口溢流", "无", "巡查"],
               ["分区流量偏差", "≤±10%（对设计注液强度）", "电磁流量计"],
               ["导流孔出水", "试注48 h内见水", "观测记录"],
               ["坡面渗水点", "无集中渗水", "巡查，发现即停注处理"],
               ["试压", "见第三条", "压力表"]]),
        ("h", "五、日常维护"),
        ("ul", ["注液期每日巡线两次，检查管道接头渗漏、井口堵塞，堵塞井用清水反冲；",
                "流量计每月比对，分区闸阀每季度启闭一次防卡死；",
                "雨季前检查截洪沟及集液沟，清除淤积；",
                "发现滑坡征兆（裂缝、鼓包）立即停注该区并上报。"]),
        ("h", "六、安全与环保措施"),
        ("p", "山地作业设安全绳，钻机就位平台须夯实；施工废水经沉淀后回用；PE 管热熔作业须持证上岗；浸矿剂未经批准不得提前进入管网。"),
        ("h", "七、进度计划"),
        ("p", "总工期 75 日历天：测量放线 7 d，主管 15 d，支管及井口 35 d，导流孔 25 d（与支管平行），试压试注 10 d。"),
    ]
    write_pdf("施工/3号采场管网安装施工方案.pdf", blocks, title="浸矿场注液及收液管网安装施工方案", author="项目技术部", footer="施工方案")
    label("施工/3号采场管网安装施工方案.pdf", "controlled", ["1E902.b"], ["mining"], [], "process-spec", None, "zh", False,
          "Installation/commissioning/maintenance plan of in-situ leaching injection and collection pipework (clause b)")


def c13():
    blocks = [
        ("title", "Flotation Circuit Operating Guide - Bastnaesite Concentrator"),
        ("p", "Document MP-OG-203 | Mill Process Engineering | Version 2.1, issued 2024-06-10"),
        ("h", "1 Purpose"),
        ("p", "Defines the standard operating conditions for the grinding, magnetic pre-concentration and flotation circuit treating carbonatite-hosted bastnaesite ore (head 6.5-8.0 % REO) to produce a 60 % REO concentrate."),
        ("h", "2 Grinding"),
        ("ul", ["SAG + ball mill, closed with cyclones; target P80 = 75 um (range 70-85 um). Coarser grind drops liberation; finer than 60 um increases slime losses.",
                "Ball mill density 72 % solids; cyclone overflow 32-35 % solids.",
                "Desliming: 10 mm hydrocyclones, cut at ~10 um, slimes (8-10 % of mass, 4 % of REO) to tailings."]),
        ("h", "3 Magnetic separation"),
        ("p", "Low-intensity magnetic separator (0.1 T) removes magnetite first. The non-magnetic stream goes to a WHIMS at 0.8 T; the bastnaesite-monazite fraction reports to the magnetic product, barite and calcite largely to non-mags. Expect 85-88 % REO recovery to WHIMS mags at 2.3x upgrade."),
        ("h", "4 Conditioning and reagents"),
        ("t", [["Reagent", "Function", "Dosage (g/t feed)", "Point of addition"],
               ["Soda ash", "pH modifier, pH 9.0-9.5", "1500-2000", "Conditioner 1"],
               ["Sodium silicate (modulus 2.4)", "Gangue depressant (calcite, silicates)", "1200", "Conditioner 1"],
               ["Lignin sulfonate", "Barite/calcite depressant", "300", "Conditioner 2"],
               ["Octyl hydroxamic acid", "Collector", "400-500", "Conditioner 2"],
               ["MIBC", "Frother", "20-30", "Rougher feed"]]),
        ("p", "Conditioning temperature is the single most important variable: heat pulp to 60-65 C with live steam in conditioner 2 (10 min). Below 50 C the hydroxamate adsorption on bastnaesite is slow and selectivity against calcite collapses."),
        ("h", "5 Flotation"),
        ("t", [["Stage", "Cells", "Residence (min)", "Pulp % solids", "Target"],
               ["Rougher", "4 x 20 m3", "12", "30", "Rec. > 90 %"],
               ["Scavenger", "3 x 20 m3", "8", "28", ""],
               ["Cleaner 1", "4 x 8 m3", "10", "22", "30 % REO"],
               ["Cleaner 2", "3 x 5 m3", "8", "20", "45 % REO"],
               ["Cleaner 3", "2 x 5 m3", "8", "18", "> 60 % REO"]]),
        ("p", "Cleaner tails recirculate one stage back. Add 100 g/t sodium silicate to each cleaner stage. Overall circuit recovery target 72 % at 60 % REO grade."),
        ("h", "6 Concentrate handling"),
        ("p", "Thickener underflow 60 % solids, filtered to 12 % moisture, dried to < 1 % in a rotary dryer at 150 C for shipment to the cracking plant."),
        ("h", "7 Control actions"),
        ("ul", ["Concentrate grade < 55 %: raise silicate in cleaners by 50 g/t, check conditioning temperature.",
                "Recovery < 65 %: check P80, increase collector by 50 g/t, check slime content of rougher feed.",
                "Froth too stable/voluminous: cut MIBC, check for over-dosed hydroxamate."]),
    ]
    write_docx("mill/MP-OG-203 flotation operating guide v2.1.docx", blocks, author="Mill Process Engineering", title="MP-OG-203", zh=False)
    label("mill/MP-OG-203 flotation operating guide v2.1.docx", "controlled", ["1E902.a"], ["mining"], [], "process-spec", None, "en", False,
          "Bastnaesite beneficiation: grind P80, WHIMS, hydroxamic collector dosage, conditioning temperature, cleaner stages")


def c14():
    rows = [["日期", "区号", "注液量m3", "注液浓度%", "注液pH", "母液量m3", "母液REO g/L", "母液pH", "Al g/L", "NH4+ mg/L", "碳铵kg", "沉淀pH", "产出kg", "备注"]]
    rnd = random.Random(14)
    reo = 0.55
    for d in range(1, 29):
        for zone in ("A3", "A4", "B1"):
            inj = rnd.randint(180, 230)
            conc = 2.5 if d < 22 else 0.0
            ph = round(4.6 + rnd.uniform(-0.2, 0.3), 1) if conc else 6.2
            liq = int(inj * rnd.uniform(0.78, 0.92))
            reo_z = round(max(0.25, reo + 0.04 * d - (0.06 * (d - 18) if d > 18 else 0) + rnd.uniform(-0.1, 0.1)), 2)
            al = round(0.08 + rnd.uniform(0, 0.06), 2)
            nh = rnd.randint(350, 600)
            nhc = int(liq * reo_z * 3.2)
            out = round(liq * reo_z * 0.92 / 0.92, 1)
            rem = "顶水" if conc == 0 else ""
            if d == 11 and zone == "A4":
                rem = "A4-17~A4-23井口冒液，减注30%"
            rows.append(["2024-11-%02d" % d if d <= 30 else "", zone, inj, conc, ph, liq, reo_z, round(ph + 0.5, 1), al, nh, nhc, round(6.9 + rnd.uniform(-0.1, 0.1), 1), out, rem])
    write_csv("浸矿/3号采场日报_202411.csv", rows, enc="gb18030")
    label("浸矿/3号采场日报_202411.csv", "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", None, "zh", False,
          "GB18030 daily in-situ leach log: injection volume/concentration/pH, pregnant liquor REO, bicarbonate dosage; only short Chinese headers")

def c15():
    hdr = [["Pr/Nd 分离线 P507 串级萃取 set-points", "", "", "", "", ""],
           ["版本 v5 / 2025-01-06 / 工艺室", "", "", "", "", ""],
           ["项目 Item", "符号", "值 Value", "单位", "允许偏差", "备注"],
           ["有机相组成", "P507-煤油", "1.5", "mol/L", "±0.05", "磺化煤油稀释"],
           ["皂化度", "", "36", "%", "±2", "NaOH 11 mol/L，皂化后转钙/稀土皂"],
           ["料液 LaCePrNd chloride → 本线进 PrNd 富集物", "TREO", "1.45", "mol/L", "±0.05", "pH 2.0–2.5"],
           ["料液 Pr/(Pr+Nd)", "", "24.8", "%", "", ""],
           ["萃取段级数", "n", "42", "级", "", ""],
           ["洗涤段级数", "m", "48", "级", "", ""],
           ["反萃段级数", "", "10", "级", "", "6 mol/L HCl"],
           ["有机相流量", "VS", "2.85", "m3/h", "±1%", ""],
           ["料液流量", "VF", "0.62", "m3/h", "±1%", "第42级进料"],
           ["洗酸流量", "VW", "0.21", "m3/h", "±1%", "4.8 mol/L HCl"],
           ["O/A (萃取段)", "", "3.4", "", "", ""],
           ["水相出口 Pr6O11/REO", "", "≥99.5", "%", "", "镨产品"],
           ["有机出口 Nd2O3/REO", "", "≥99.9", "%", "", "钕产品"],
           ["混合室停留时间", "", "4", "min", "", "箱式混合澄清槽 单级 1.2 m3"],
           ["澄清室面积负荷", "", "4.5", "m3/(m2·h)", "", ""],
           ["运行温度", "", "25–35", "℃", "", "冬季伴热"]]
    prof = [["级 Stage", "水相 REO g/L", "Pr/(Pr+Nd) 水相 %", "有机 REO g/L", "Pr/(Pr+Nd) 有机 %"]]
    for s in range(1, 101, 6):
        prof.append([s, round(18 + 0.9 * s, 1), round(max(0.3, 99.6 - s * 1.1), 1), round(10 + 0.35 * s, 1), round(max(0.05, 96 - s * 1.05), 2)])
    write_xlsx("萃取/PrNd分离线_setpoints_v5.xlsx", [("setpoints", hdr), ("级样 profile", prof)], author="工艺室 Tina")
    label("萃取/PrNd分离线_setpoints_v5.xlsx", "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "mixed", False,
          "Pr/Nd P507 cascade set-points: saponification, stage counts, flows, O/A, stage profile")


def c16():
    t = """# 2:17型钐钴磁体 固溶-时效热处理工艺卡

> 工艺卡号：SC-HT-17-05　　适用牌号：YXG-30H / YXG-32　　编制：磁材二厂技术科　2024-12

## 1 合金成分（质量分数）

| 元素 | Sm | Co | Fe | Cu | Zr |
|---|---|---|---|---|---|
| YXG-30H | 25.5 | 余量 | 16.0 | 5.8 | 2.6 |
| YXG-32 | 24.8 | 余量 | 19.5 | 5.2 | 2.4 |

熔炼：真空感应炉，Ar 保护，1500 ℃ 浇注至水冷铜模（铸锭厚 ≤ 15 mm）。钐烧损按 1.5% 补加。

## 2 制粉与成型

- 粗破 → 中碎至 −40 目 → 气流磨（N2，O2 ≤ 50 ppm），粉末 SMD 3.5–4.0 μm
- 取向成型：磁场 ≥ 1.5 T，平行压，压力 2 t/cm²；等静压 200 MPa

## 3 烧结与固溶

| 工序 | 温度 | 时间 | 气氛 | 冷却 |
|---|---|---|---|---|
| 烧结 | 1210 ℃ | 1.0 h | 真空 → 充 Ar | 随炉冷至 1180 ℃ |
| 固溶 | 1180 ℃ | 3 h | Ar | 风冷快淬，≥ 100 ℃/min 至 600 ℃ 以下 |

注意：烧结与固溶温差仅 30 ℃ 左右，升温过冲 > 10 ℃ 即出现液相过多、晶粒粗大，Hcj 下降。

## 4 时效（关键）

1. 等温时效：830 ℃ × 12 h（YXG-32 取 850 ℃ × 10 h），Ar
2. 控速冷却：0.7 ℃/min 冷至 400 ℃
3. 400 ℃ 保温 2 h 后快冷

控冷速率过快（> 1.5 ℃/min）胞壁 1:5 相 Cu 富集不充分，矫顽力不足；过慢则效率低、Br 略降。

## 5 性能目标

| 牌号 | Br (T) | Hcb (kA/m) | Hcj (kA/m) | (BH)max (kJ/m³) |
|---|---|---|---|---|
| YXG-30H | 1.08–1.10 | ≥ 780 | ≥ 1990 | 215–230 |
| YXG-32 | 1.10–1.13 | ≥ 800 | ≥ 1433 | 230–247 |

## 6 检验

每炉随炉试样 φ10×10 mm 测 B-H 曲线；不合格品允许重新时效一次（830 ℃ × 4 h + 控冷）。
"""
    write_text("磁材二厂/SC-HT-17-05 钐钴固溶时效工艺卡.md", t)
    label("磁材二厂/SC-HT-17-05 钐钴固溶时效工艺卡.md", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "process-spec", None, "zh", False,
          "Sm2Co17 composition, sintering/solution/ageing/slow-cool schedule")


def c17():
    body = """刘经理：

您好！上周贵司来厂看的废抛光粉回收小线，我把目前跑的条件整理如下，供你们那边做可研参考（请勿外传）：

1. 原料：玻璃/显示屏抛光后的废铈基抛光粉（含CeO2约45–55%，La2O3 15–20%，另含SiO2、Al2O3、CaO和絮凝剂）。
2. 预处理：先用 2% NaOH 溶液 80 ℃ 搅拌 2 h 脱硅（液固比 4:1），水洗两遍，SiO2 由 18% 降到 5% 以下。
3. 浸出：盐酸（6 mol/L）+ 双氧水还原浸出，液固比 5:1，85 ℃，H2O2 按CeO2量的0.4倍（质量）分批滴加，3 h，稀土浸出率 95% 以上。注意双氧水一次加太快会大量分解，浸出率掉到80%。
4. 除杂：氨水调 pH 4.5 除 Al、Fe、Si 胶体，加 PAM 5 ppm 助沉。
5. 沉淀：碳酸氢铵沉淀，终点 pH 6.5，得碳酸稀土；或加氢氟酸部分氟化（F/REO 6%）后直接灼烧。
6. 灼烧：980 ℃ 4 h，再经气流分级至 D50 1.2 μm，作为再生抛光粉出售（TREO ≥ 90%，CeO2/TREO ≥ 63%）。

目前吨废粉回收稀土氧化物约 0.62 t，综合回收率 92%。盐酸单耗 2.6 t/t 产品。

如需流程图和设备清单，我下周整理后再发。

此致
赵海峰
江西某稀土资源循环科技有限公司　技术部
"""
    write_eml("往来邮件/废抛光粉回收条件.eml", "赵海峰 <zhaohf@jxrecycle-tech.cn>", "刘经理 <liu.jm@vn-glassmat.com>",
              "废抛光粉回收小线运行条件（供参考）", "Mon, 10 Feb 2025 10:05:33 +0800", body, msgid="<20250210100533.4412@jxrecycle-tech.cn>")
    label("往来邮件/废抛光粉回收条件.eml", "controlled", ["1E902.a"], ["recycling"], [], "email", None, "zh", False,
          "Email body gives waste ceria polishing-powder recovery conditions (NaOH desilication, HCl/H2O2 leach, precipitation, calcination)")

# =====================================================================
# CLEAR (neighbours)
# =====================================================================
def n01():
    blocks = [
        ("title", "Potline 2 - Pot Operating Standard"),
        ("p", "Smelter Operations | SOP-PL2-004 | Rev 7 | 2024-10-01"),
        ("h", "Scope"), ("p", "Applies to the 288 prebake cells (AP-type, 400 kA) of Potline 2."),
        ("h", "Operating window"),
        ("t", [["Parameter", "Target", "Range"],
               ["Line current", "402 kA", "398-405 kA"], ["Cell voltage", "4.05 V", "3.95-4.20 V"],
               ["Bath temperature", "955 C", "948-965 C"], ["Excess AlF3", "11.0 %", "10-12.5 %"],
               ["CaF2", "5.0 %", "4.5-5.5 %"], ["Alumina in bath", "2.5 %", "2-3.5 %"],
               ["Anode-cathode distance", "4.5 cm", ""], ["Metal height", "20 cm", "18-22 cm"],
               ["Anode effect frequency", "< 0.05 AE/pot-day", ""], ["Current efficiency", "> 94.5 %", ""]]),
        ("h", "Point feeders"),
        ("p", "Five point feeders, 1.8 kg alumina per shot. The controller alternates under-feed and over-feed periods based on the pseudo-resistance slope. Track feeding is disabled except after anode setting."),
        ("h", "Anode setting"),
        ("p", "Carbon anodes are replaced on a 26-day cycle in a fixed sequence; butt height 17 cm. Cover new anodes with crushed bath and alumina mix within 10 minutes."),
        ("h", "Anode effects"),
        ("p", "An anode effect (voltage > 8 V) generates CF4 and C2F6. Kill with the automatic kill sequence (bath-level wave by beam movement); if not killed within 3 minutes, insert a green wood pole. Record every AE in the PFC log."),
        ("h", "Tapping"),
        ("p", "Tap 24-hour metal production (approx. 3.1 t/pot) by vacuum crucible; check Fe and Si on every tap; pots with Fe > 0.20 % are reported to the pot-room engineer."),
    ]
    write_docx("potline/SOP-PL2-004_Rev7.docx", blocks, author="Smelter Ops", title="Pot Operating Standard", zh=False)
    label("potline/SOP-PL2-004_Rev7.docx", "clear", [], [], [], "process-spec", None, "en", True,
          "Aluminium Hall-Heroult potline SOP: fluoride bath, AlF3 excess, anode effects, current efficiency - no rare earth")


def n02():
    blocks = [
        ("title", "无水氯化镁电解制镁操作规程（节选）"),
        ("p", "镁冶炼分厂　文件号：MG-DJ-02　2024年修订"),
        ("h", "一、电解质组成"),
        ("p", "电解质为 MgCl2–NaCl–KCl–CaCl2 体系：MgCl2 10–14%，NaCl 45–50%，KCl 30–35%，CaCl2 3–5%，另加 CaF2 1–2% 改善镁珠汇集。"),
        ("h", "二、主要参数"),
        ("t", [["参数", "控制值"], ["系列电流", "110 kA"], ["槽电压", "4.8–5.2 V"], ["电解温度", "680–720 ℃"],
               ["阳极电流密度", "0.35–0.45 A/cm²"], ["极距", "6–8 cm"], ["电流效率", "≥ 85%"], ["直流电耗", "≤ 13.5 kWh/kg Mg"]]),
        ("h", "三、操作要点"),
        ("ul", ["加料：无水氯化镁（MgO ≤ 0.1%）每 1–2 h 加入一次，每次使 MgCl2 浓度回升约 2%；",
                "出镁：真空抬包每 24 h 抽出液态镁，送精炼炉加熔剂精炼；",
                "氯气：阳极产生的氯气经集气管送氯化工序循环使用，负压保持 -100~-200 Pa；",
                "槽渣：每周清渣一次，槽渣含 MgO 及泥渣，送渣处理。"]),
        ("h", "四、安全"),
        ("p", "液态镁遇水剧烈反应，工具必须烘干；氯气泄漏时佩戴正压式呼吸器处置。"),
    ]
    write_pdf("镁冶炼/MG-DJ-02 氯化镁电解操作规程.pdf", blocks, title="氯化镁电解操作规程", author="镁冶炼分厂", footer="MG-DJ-02")
    label("镁冶炼/MG-DJ-02 氯化镁电解操作规程.pdf", "clear", [], [], [], "process-spec", None, "zh", True,
          "Magnesium chloride molten-salt electrolysis; shares electrolysis vocabulary, no rare earth")


def n03():
    rows = [["Batch", "Feed", "Black mass (kg)", "H2SO4 (M)", "S/L", "T (C)", "H2O2 (vol%)", "Time (h)", "Li ext %", "Ni ext %", "Co ext %", "Mn ext %", "Fe removal pH", "Comment"]]
    rnd = random.Random(3)
    for b in range(1, 19):
        feed = rnd.choice(["NMC622", "NMC811", "LFP+NMC mix", "LCO"])
        rows.append(["BM25-%03d" % b, feed, rnd.choice([500, 750, 1000]), 2.0, "1:10", rnd.choice([70, 80, 85]), rnd.choice([2, 3, 4]), 3,
                     round(rnd.uniform(95, 99.5), 1), round(rnd.uniform(94, 99), 1), round(rnd.uniform(94, 99), 1), round(rnd.uniform(90, 98), 1),
                     4.0, rnd.choice(["", "", "foaming at H2O2 addition", "graphite carryover high"])])
    sx = [["Circuit", "Extractant", "Conc.", "pH", "O/A", "Stages (E/S/St)", "Purpose"],
          ["Impurity", "D2EHPA", "20 % v/v", "2.8", "1", "4/3/3", "Remove Mn, Zn, Cu, Ca"],
          ["Co", "Cyanex 272", "25 % v/v", "5.3", "1.5", "5/4/3", "Co/Ni separation"],
          ["Li", "-", "-", "-", "-", "-", "Na2CO3 precipitation at 90 C -> Li2CO3 99.5 %"]]
    write_xlsx("LIB-recycling/leach_trials_Q1.xlsx", [("leach", rows), ("SX", sx)], author="R&D hydromet")
    label("LIB-recycling/leach_trials_Q1.xlsx", "clear", [], [], [], "parameter-sheet", None, "en", True,
          "Li-ion black mass leach and D2EHPA/Cyanex SX trials; no rare earth")


def n04():
    blocks = [
        ("title", "刚果（金）项目 铜钴湿法冶炼 萃取车间操作手册"),
        ("p", "版本：V2.0　　编制：湿法冶炼部　　2024年5月"),
        ("h", "1 工艺流程"),
        ("p", "氧化铜钴矿 → 磨矿 → 硫酸浸出（SO2 还原）→ 逆流洗涤（CCD）→ 铜萃取（LIX 984N）→ 电积阴极铜；萃余液 → 除铁铝（石灰石，pH 4.5）→ 钴萃取除杂（P204）→ 钴镍分离（P507）→ 沉钴（氢氧化钴）。"),
        ("h", "2 铜萃取"),
        ("t", [["项目", "参数"], ["萃取剂", "LIX 984N 22% 体积，Escaid 110 稀释"], ["萃取级数", "2E + 1W + 1S"], ["O/A", "1.1"],
               ["料液 Cu", "4–6 g/L，pH 1.6–1.8"], ["反萃液", "电解贫液 Cu 35 g/L，H2SO4 180 g/L"]]),
        ("h", "3 P204 除杂"),
        ("p", "P204 20%，皂化率 60%，萃取 pH 2.8–3.2，去除 Mn、Zn、Ca、Cu 残余；负载有机相以 2 mol/L H2SO4 反萃。"),
        ("h", "4 P507 钴镍分离"),
        ("p", "P507 25%（煤油稀释），皂化率 65%（NaOH），萃取段 6 级、洗涤 4 级、反萃 4 级，萃取 pH 5.0–5.4，O/A = 1.5。钴进入有机相，镍留在萃余液。负载有机经 pH 3.0 的钴溶液洗镍后用 2.5 mol/L 硫酸反萃得硫酸钴溶液（Co 90–100 g/L，Ni/Co < 0.001）。"),
        ("h", "5 常见问题"),
        ("ul", ["第三相：温度低于 20 ℃ 时易出现，加入 5% TBP 或伴热；", "夹带：澄清槽面积负荷不超过 4 m³/(m²·h)；", "有机降解：定期用活性白土处理有机相。"]),
    ]
    write_docx("冶炼部/铜钴萃取车间操作手册V2.docx", blocks, author="湿法冶炼部", title="萃取车间操作手册")
    label("冶炼部/铜钴萃取车间操作手册V2.docx", "clear", [], [], [], "process-spec", None, "zh", True,
          "Cu/Co hydrometallurgy with P204/P507 saponification and cascades - same vocabulary as RE separation, no RE")


def n05():
    t = """# Bluegate kaolin pit - 2025 mine plan notes

Prepared for the site operations meeting, 6 Jan 2025.

## Resource
- Weathered granite, kaolinised to 25-40 m depth. Crude kaolin ~22 % recoverable <45 um clay.
- Overburden (topsoil + sandy clay) 3-6 m. Stripping ratio 0.8:1.

## Mining method
- Hydraulic mining (monitor guns, 2.5 MPa, 220 m3/h per gun) on benches of 8 m.
- Slurry pumped to hydrocyclone plant: 100 mm primary, 25 mm secondary; underflow sand to backfill.
- Fines thickened, refined by centrifuge, magnetic separation (HGMS 5 T) for Fe-bearing mica and tourmaline, bleached with sodium dithionite (2 kg/t) at pH 3.

## Product specs
| Grade | Brightness (ISO) | <2 um | Fe2O3 |
|---|---|---|---|
| Coating | 88.5 | 92 % | 0.6 % |
| Filler | 84 | 75 % | 0.9 % |
| Ceramic | 80 (fired) | 60 % | 0.8 % |

## 2025 targets
- 410 kt crude, 92 kt product
- Restore 14 ha of worked-out benches (topsoil replacement, sowing)
- Trial the new 5 T magnet on the ceramic grade

_Note: the weathering profile is similar to ion-adsorption clay deposits in South China, but our assays show total REE < 150 ppm; no REE recovery is planned._
"""
    write_text("ops/kaolin_mine_plan_2025.md", t)
    label("ops/kaolin_mine_plan_2025.md", "clear", [], [], [], "other", None, "en", True,
          "Kaolin hydraulic mining plan in weathered granite; mentions ion-adsorption clays only to say REE not recovered")


def n06():
    t = """海绵钛生产工艺要点（镁还原—真空蒸馏法）
钛材事业部　培训材料　2024.08

一、还原
1. 反应器：不锈钢反应罐，容积 8 t 级，装入液态镁（Mg ≥ 99.9%）约 6.5 t。
2. 加料：反应罐抽真空、充氩后升温至 800–850 ℃，以 120–180 kg/h 速度加入精 TiCl4，TiCl4 + 2Mg = Ti + 2MgCl2。
3. 温度控制：反应放热，罐壁温度控制在 800–900 ℃，超过 920 ℃ 时停止加料并加强风冷。
4. 排放氯化镁：每加入约 1 t TiCl4 排放一次 MgCl2，MgCl2 送镁电解再生。
5. 镁利用率控制在 65–70% 时停止加料。

二、真空蒸馏
1. 还原—蒸馏联合法（倒U型），还原罐直接转入蒸馏。
2. 蒸馏温度 1000–1020 ℃，真空度 ≤ 1×10⁻² Pa，保温 30–40 h，镁及氯化镁蒸发至冷凝罐。
3. 冷却后氩气保护出炉，剥离、破碎、分级。

三、产品
MHT-100 级：Ti ≥ 99.7%，布氏硬度 ≤ 100 HB，Fe ≤ 0.05%，O ≤ 0.06%，Cl ≤ 0.08%。
"""
    write_text("钛材/海绵钛生产工艺要点_培训.txt", t)
    label("钛材/海绵钛生产工艺要点_培训.txt", "clear", [], [], [], "process-spec", None, "zh", True,
          "Titanium sponge Kroll magnesiothermic reduction and vacuum distillation; no rare earth")


def n07():
    slides = [
        ("Traction Motor Gen3 - Magnet Selection", ["IPM 180 kW, 16 000 rpm, 8 poles, V-shape magnets", "Design review DR2 - Electromagnetics", "3 Feb 2025"]),
        ("Candidate magnet grades (supplier datasheets)", [["Grade", "Br @20C (T)", "HcJ @20C (kA/m)", "Dy/Tb", "Cost idx"],
                    ["N48UH", "1.38", "1990", "GBD Tb", "1.00"], ["N45SH", "1.34", "1590", "Dy 2 %", "0.82"],
                    ["N42EH", "1.30", "2390", "Tb GBD", "1.12"], ["Ce-lean 42SH", "1.30", "1600", "-", "0.74"]]),
        ("Magnetic circuit FEA (Motor-CAD / JMAG)", ["Air gap 0.75 mm; magnet 2 x 18 x 4.5 mm per pole side",
                    "Worst case: 3-phase short circuit at 160 C -> min. working point 0.12 T on N45SH (demag margin thin)",
                    "N48UH: peak torque 410 Nm, torque ripple 4.1 %, no irreversible demag at 180 C",
                    "Segmenting magnets axially in 6 pieces cuts eddy loss from 820 W to 210 W @ 16 krpm"]),
        ("Recommendation", ["Baseline N48UH with Tb GBD, axial segmentation 6x, epoxy coating",
                    "Second source: Ce-lean 42SH for the 150 kW variant only",
                    "Incoming inspection: Br, HcJ at 20/150 C on 5 pcs per lot (ref. QP-IQ-112)",
                    "Next: thermal coupling with rotor cooling, DR3 in April"]),
    ]
    write_pptx("motor/Gen3_magnet_selection_DR2.pptx", slides, author="E-Drive EM team")
    label("motor/Gen3_magnet_selection_DR2.pptx", "clear", [], [], [], "other", None, "en", True,
          "Motor designer's magnet grade selection and magnetic-circuit FEA: RE magnet use, not manufacture")


def n08():
    blocks = [
        ("title", "炼钢厂稀土处理钢操作要点"),
        ("p", "炼钢厂技术科　2024-06-20　适用：2号RH、3号连铸机"),
        ("h", "1 目的"), ("p", "利用稀土（铈）对钢中夹杂物变性处理，改善耐候钢、风电轴承钢的横向冲击性能和抗氢致开裂性能。"),
        ("h", "2 稀土材料"), ("p", "外购铈铁合金包芯线（Ce ≥ 20%，φ13 mm）或纯铈丝（Ce ≥ 99%，φ9 mm 铁皮包覆），按批验收化学成分和氧含量，存放于干燥库房。"),
        ("h", "3 加入工艺"),
        ("ul", ["RH 真空处理结束、钢液充分脱氧（[O] ≤ 15 ppm、Als 0.02–0.04%）后加入；",
                "喂线速度 150 m/min，喂入量按钢中目标 Ce 0.0015–0.003% 计算，收得率按 40% 估算；",
                "喂线后软吹 Ar 8 min，流量 80–120 NL/min，防止卷渣；",
                "连铸采用全保护浇注，中间包加覆盖剂，避免二次氧化造成水口结瘤。"]),
        ("h", "4 效果检验"),
        ("p", "夹杂物由长条 MnS 和簇状 Al2O3 转变为球形 Ce2O2S，ASPEX 统计 ≥ 5 μm 夹杂减少约 40%；横向冲击功（-40 ℃）提高 20–30 J。"),
        ("h", "5 注意"), ("p", "稀土加入过量（Ce > 0.005%）易造成水口结瘤和大型稀土氧化物夹杂。"),
    ]
    write_docx("炼钢厂/稀土处理钢操作要点.docx", blocks, author="技术科", title="稀土处理钢")
    label("炼钢厂/稀土处理钢操作要点.docx", "clear", [], [], [], "process-spec", None, "zh", True,
          "Steel plant cerium wire-feeding practice: RE use in steelmaking, not RE production")


def n09():
    body = """Hi all,

quick summary after the audit of the polishing room last week:

- Slurry: cerium oxide polishing powder (supplier grade CP-30, D50 1.3 um) at 1.12-1.15 g/cm3 in DI water, pH 7.5-8.0. Check density every 2 h with the hydrometer; top up with fresh powder when removal rate drops below 0.8 um/min on the test piece.
- Pads: polyurethane LP-66 on the double-side machines, conditioned every 4 batches.
- Pressure 120 g/cm2, platen 45 rpm, 25 min per batch for the 0.7 mm cover glass.
- Spent slurry goes to the settling tank; the sludge is collected monthly by the licensed waste contractor (manifest no. on the shelf in QA). We do not reprocess it on site.
- Scratches on lot 25-0217 traced to a contaminated slurry tank (glass chips). Flush tanks weekly from now on.

Powder consumption is 1.9 kg per 1000 pieces; the new price from the supplier is up 8 % since January, purchasing is negotiating.

Thanks,
Sofia
Finishing Supervisor
"""
    write_eml("inbox/Polishing room audit - follow up.eml", "Sofia Marquez <smarquez@clearview-optics.com>", "finishing-team@clearview-optics.com",
              "Polishing room audit - follow up", "Wed, 26 Feb 2025 08:14:02 -0500", body, msgid="<a81f2c@clearview-optics.com>")
    label("inbox/Polishing room audit - follow up.eml", "clear", [], [], [], "email", None, "en", True,
          "Glass shop using ceria polishing slurry; spent slurry sent to contractor, no recovery process")


def n10():
    contract = [["销售合同", "", "", "", ""],
                ["合同编号", "JXRE-2025-EX-0031", "", "签订日期", "2025-01-20"],
                ["卖方", "江西某稀土贸易有限公司", "", "买方", "Hanse Metals GmbH, Hamburg"],
                ["品名", "规格", "数量(kg)", "单价(USD/kg, CIF Hamburg)", "金额(USD)"],
                ["氧化镨钕 Pr-Nd oxide", "TREO≥99%, Pr6O11/TREO 25±1%", 2000, 61.80, 123600],
                ["氧化铈 Cerium oxide", "CeO2/TREO≥99.95%", 10000, 1.35, 13500],
                ["合计", "", 12000, "", 137100],
                ["包装", "内衬双层塑料袋铁桶，50 kg/桶，托盘", "", "", ""],
                ["交货期", "2025年3月31日前", "", "", ""],
                ["付款", "即期信用证 L/C at sight", "", "", ""],
                ["出口许可", "卖方负责办理两用物项出口许可（如适用）", "", "", ""]]
    decl = [["中华人民共和国海关出口货物报关单（草稿）", "", "", "", "", ""],
            ["项号", "商品编号", "商品名称及规格", "数量及单位", "原产国", "最终目的国"],
            [1, "2846901500", "氧化镨钕 TREO≥99%", "2000千克", "中国", "德国"],
            [2, "2846101000", "氧化铈 CeO2≥99.95%", "10000千克", "中国", "德国"],
            ["监管条件", "4 (出口许可证)", "", "", "", ""],
            ["贸易方式", "一般贸易", "成交方式", "CIF", "运抵港", "汉堡"]]
    write_xlsx("出口业务/JXRE-2025-EX-0031 合同及报关草稿.xlsx", [("合同", contract), ("报关单草稿", decl)], author="业务部 黄敏")
    label("出口业务/JXRE-2025-EX-0031 合同及报关草稿.xlsx", "clear", [], [], [], "other", None, "mixed", True,
          "RE oxide sales contract and customs declaration draft; trade, no technology")

def n11():
    blocks = [
        ("title", "Rare Earths Weekly - Week 10, 2025"),
        ("p", "Market Intelligence Desk | Published 7 March 2025 | For subscribers only"),
        ("h", "Headline prices (ex-works China, VAT incl.)"),
        ("t", [["Product", "Spec", "This week", "Last week", "Change"],
               ["Pr-Nd oxide", "TREO 99 %, Pr 25 %", "CNY 438,500/t", "CNY 431,000/t", "+1.7 %"],
               ["Pr-Nd metal", "TREM 99 %", "CNY 538,000/t", "CNY 530,000/t", "+1.5 %"],
               ["Dy oxide", "99.5 %", "CNY 1,665/kg", "CNY 1,670/kg", "-0.3 %"],
               ["Tb oxide", "99.99 %", "CNY 6,150/kg", "CNY 6,080/kg", "+1.2 %"],
               ["Dy-Fe alloy", "Dy 80 %", "CNY 1,620/kg", "CNY 1,625/kg", "-0.3 %"],
               ["La oxide", "99.99 %", "CNY 4,000/t", "CNY 4,000/t", "0"],
               ["Ce oxide", "99.95 %", "CNY 8,500/t", "CNY 8,400/t", "+1.2 %"]]),
        ("h", "Market commentary"),
        ("p", "Pr-Nd extended its gains as magnet makers restocked ahead of Q2 orders from EV and wind customers. Metal converters reported tight oxide availability and higher electrolysis margins. Separated-oxide producers in Jiangxi kept run rates at about 70 % while ion-adsorption feed from Myanmar remained constrained by border checks. Heavy rare earths were flat; Tb found support from grain-boundary-diffusion demand."),
        ("p", "Export licensing continues to slow shipments of some downstream items. Traders in Rotterdam quote Pr-Nd oxide CIF at USD 62-64/kg. Recyclers' swarf purchase prices were raised by about 2 % in line with oxide."),
        ("h", "Outlook"),
        ("p", "We expect Pr-Nd oxide to trade in a CNY 430,000-450,000/t band over the next two weeks. The first-batch mining and smelting-separation quotas are due; a flat quota would be mildly bullish."),
        ("p", "Disclaimer: prices are assessed from market conversations and are indicative only."),
    ]
    write_pdf("reports/REW_2025-W10.pdf", blocks, title="Rare Earths Weekly W10", author="Market Intelligence Desk", footer="Rare Earths Weekly")
    label("reports/REW_2025-W10.pdf", "clear", [], [], [], "other", None, "en", True, "Price report mentioning electrolysis, separation, swarf; no technology")


def n12():
    blocks = [
        ("title", "××稀土矿业有限公司 2024年度环境、社会及治理（ESG）报告"),
        ("p", "报告期间：2024年1月1日至2024年12月31日　发布日期：2025年4月"),
        ("h", "董事长致辞"),
        ("p", "2024年，公司坚持“绿水青山就是金山银山”理念，全面推进绿色矿山建设，稀土资源开发与生态保护协调发展。全年未发生一般及以上环境事件，未发生死亡事故，员工满意度持续提升。"),
        ("h", "一、关于本报告"),
        ("p", "本报告参照全球报告倡议组织（GRI）标准及上海证券交易所相关指引编制，覆盖公司本部及下属三个采矿区、一个选矿厂。报告数据来自公司内部统计，财务数据与年报一致。"),
        ("h", "二、公司治理"),
        ("p", "公司设立董事会ESG委员会，由独立董事担任主任委员，每季度听取环境与安全工作汇报。公司建立了覆盖采矿、运输、销售全过程的合规管理体系，2024年组织出口管制合规培训4场，参训312人次。"),
        ("h", "三、环境"),
        ("p", "3.1 生态修复：累计完成历史遗留矿区生态修复 326 公顷，植被覆盖率由 38% 提升至 81%，种植乡土树种 52 万株。"),
        ("p", "3.2 水资源管理：矿区周边布设地下水监测井 46 口、地表水断面 18 个，全年监测数据 2.1 万个，氨氮、硫酸盐年均浓度均优于《地下水质量标准》Ⅲ类限值。"),
        ("t", [["指标", "2022", "2023", "2024"],
               ["废水排放量（万吨）", "128", "117", "96"],
               ["氨氮排放量（吨）", "21.6", "14.2", "8.9"],
               ["综合能耗（吨标煤）", "18,450", "17,920", "16,830"],
               ["温室气体排放（tCO2e）", "52,300", "49,800", "46,100"],
               ["一般固废综合利用率", "72%", "78%", "83%"],
               ["环保投入（万元）", "6,820", "7,410", "9,050"]]),
        ("p", "3.3 应对气候变化：公司完成范围一、二温室气体盘查，屋顶及废弃采场分布式光伏装机 12 MW，年发电 1,350 万千瓦时。"),
        ("h", "四、社会"),
        ("p", "4.1 员工：在册员工 1,846 人，本地员工占比 87%，女性员工占比 24%。人均培训 46 小时。"),
        ("p", "4.2 职业健康与安全：百万工时损工事故率（LTIFR）0.42，职业病新发病例 0 例。开展尾矿库、边坡等专项排查 126 次。"),
        ("p", "4.3 社区：投入乡村振兴资金 1,260 万元，修建道路 18 公里，资助学生 320 名。"),
        ("p", "4.4 利益相关方沟通：公司通过投资者说明会、社区座谈会、开放日等形式与利益相关方沟通，全年举办社区座谈 24 场，回应诉求 137 项，办结率 100%。"),
        ("h", "实质性议题分析"),
        ("t", [["议题", "对利益相关方重要性", "对公司重要性", "对应章节"],
               ["生态修复与生物多样性", "高", "高", "三"], ["水资源与地下水保护", "高", "高", "三"], ["安全生产", "高", "高", "四"],
               ["社区关系", "高", "中", "四"], ["合规经营与出口管制", "中", "高", "二"], ["气候变化", "中", "中", "三"],
               ["员工发展", "中", "中", "四"], ["供应链责任", "中", "中", "五"], ["商业道德与反腐败", "中", "高", "二"]]),
        ("h", "五、产品与供应链"),
        ("p", "公司主要产品为稀土精矿和混合稀土氧化物，全部销售给集团内冶炼分离企业。公司对供应商开展ESG评估 85 家，淘汰不合格供应商 6 家，推进负责任矿产供应链尽职调查。"),
        ("h", "六、关键绩效表"),
        ("t", [["类别", "指标", "2024"], ["经济", "营业收入（亿元）", "38.6"], ["经济", "纳税（亿元）", "5.2"],
               ["环境", "土地复垦率", "92%"], ["社会", "安全生产投入（万元）", "4,380"], ["治理", "反腐败培训覆盖率", "100%"]]),
        ("h", "七、GRI 内容索引"), ("p", "详见附表（略）。"),
    ]
    write_pdf("ESG/2024年度ESG报告.pdf", blocks, title="2024年度ESG报告", author="董事会办公室", footer="2024 ESG")
    label("ESG/2024年度ESG报告.pdf", "clear", [], [], [], "other", None, "zh", True, "Rare-earth mine ESG report, environmental KPIs only, no process detail")


def n13():
    t = """SAFETY DATA SHEET
Neodymium(III) oxide
according to Regulation (EC) No 1907/2006 (REACH), Annex II
Version 3.2   Revision date 02.09.2024   Print date 14.03.2025

SECTION 1: Identification
1.1 Product identifier: Neodymium(III) oxide, 99.9 % (REO)
    CAS-No. 1313-97-9   EC-No. 215-214-1
1.2 Relevant identified uses: laboratory chemicals, manufacture of substances
1.3 Supplier: [distributor details]   Emergency telephone: +49 (0)6131 19240

SECTION 2: Hazards identification
Not a hazardous substance or mixture according to Regulation (EC) No 1272/2008.

SECTION 3: Composition
Nd2O3  >= 99.9 % of REO   Molecular weight 336.48 g/mol

SECTION 4: First-aid measures
Inhalation: move to fresh air. Skin: wash off with soap and plenty of water.
Eyes: flush with water as a precaution. Ingestion: rinse mouth with water.

SECTION 5: Fire-fighting measures
Non-combustible. Use extinguishing media appropriate to surroundings.

SECTION 6: Accidental release
Avoid dust formation. Sweep up and shovel into suitable closed containers.

SECTION 7: Handling and storage
Keep container tightly closed in a dry place. Hygroscopic; absorbs CO2 from air.

SECTION 8: Exposure controls
No occupational exposure limit values established. Use P1 dust mask if dust is generated.

SECTION 9: Physical and chemical properties
Appearance: powder, light blue-grey. Melting point 2233 C. Density 7.24 g/cm3.
Solubility in water: insoluble. Soluble in mineral acids.

SECTION 10: Stability and reactivity
Stable under recommended storage conditions. Incompatible with strong acids.

SECTION 11: Toxicological information
LD50 oral rat > 5000 mg/kg (read-across, rare earth oxides).

SECTION 12-13: Ecological information / Disposal
Dispose of as chemical waste in accordance with local regulations.

SECTION 14: Transport information
Not dangerous goods (ADR/RID, IMDG, IATA).

SECTION 15: Regulatory information
Listed in EINECS. Check national export rules for rare-earth items.

SECTION 16: Other information
The information is based on our present knowledge and does not guarantee properties.
"""
    write_text("EHS/SDS_Nd2O3_v3.2.txt", t)
    label("EHS/SDS_Nd2O3_v3.2.txt", "clear", [], [], [], "other", None, "en", True, "Safety data sheet for neodymium oxide")


def n14():
    t = """# 1.5T 磁振造影系統（MRI）採購規格書

**案號：** 114-醫工-023　**需求單位：** 影像醫學部　**日期：** 民國114年2月

## 一、系統概述
採購全身型 1.5 特斯拉超導磁振造影系統一套，含安裝、教育訓練及五年保固。

## 二、主磁場規格
| 項目 | 規格要求 |
|---|---|
| 磁場強度 | 1.5 T，超導式 |
| 磁體孔徑 | ≥ 70 cm |
| 均勻度 | ≤ 0.25 ppm（40 cm DSV，V-RMS） |
| 液氦 | 零揮發（zero boil-off）或低氦設計 ≤ 0.7 L |
| 5 高斯線 | 軸向 ≤ 4.0 m、徑向 ≤ 2.5 m |

## 三、梯度系統
最大梯度強度 ≥ 45 mT/m，迴轉率 ≥ 200 T/m/s，需具主動屏蔽。

## 四、其他
1. 如投標廠商提供永久磁鐵式（釹鐵硼）系統，磁場強度須 ≥ 0.5 T，且僅可投第二標。
2. 須提供主磁體原廠證明、電磁相容測試報告及衛福部醫療器材許可證。
3. 室內屏蔽（RF shielding）衰減 ≥ 100 dB（15–128 MHz）。
4. 保固期間之妥善率須達 97% 以上，停機超過規定須依契約罰則計罰。

## 五、驗收
依合約附件驗收程序，由醫工部及影像醫學部共同辦理。
"""
    write_text("採購/MRI採購規格書_114-醫工-023.md", t)
    label("採購/MRI採購規格書_114-醫工-023.md", "clear", [], [], [], "other", None, "zh", True,
          "Traditional-Chinese hospital MRI tender spec mentioning NdFeB permanent-magnet option; buyer's spec")

# =====================================================================
# EXCLUDED
# =====================================================================
def e01():
    blocks = [
        ("title", "Current efficiency and carbon pick-up in neodymium electrowinning from NdF3-LiF-Nd2O3 melts in a 3 kA pilot cell"),
        ("p", "Journal of Sustainable Metallurgy, Vol. 10, Issue 4, pp. 2115-2131 (2024)  |  https://doi.org/10.1007/s40831-024-00917-3"),
        ("p", "Received: 12 March 2024 / Accepted: 2 August 2024 / Published online: 29 August 2024  |  (c) The Author(s) 2024, open access under CC BY 4.0"),
        ("h", "Abstract"),
        ("p", "Neodymium metal was produced in a 3 kA pilot cell with a cylindrical graphite anode and tungsten cathode in NdF3-LiF (88:12 wt%) with continuous Nd2O3 feeding. At 1050 C and anode current densities of 0.6-1.2 A/cm2 the current efficiency ranged from 68 to 83 %. Efficiency was highest at 0.9 A/cm2 with an oxide feed rate matched to the theoretical consumption within +/-5 %. Carbon in the metal increased from 110 to 420 ppm when the bath was over-fed, which we attribute to suspended carbon particles and Nd2O3 sludge at the cathode."),
        ("h", "1 Introduction"),
        ("p", "Neodymium and praseodymium metals are produced almost entirely by oxide-fluoride electrolysis. Despite its maturity, published data from cells above laboratory scale are scarce [1-6]. Perfluorocarbon emissions at low oxide concentration are a further concern [7,8]."),
        ("h", "2 Experimental"),
        ("p", "The cell consisted of a graphite crucible (ID 420 mm) acting as anode, a central W rod cathode (diameter 50 mm, immersion 150 mm) and a Mo receiver. Bath mass was 110 kg. Nd2O3 (99.5 %) was fed by a screw feeder every 5 min. Off-gas was analysed by FTIR for CO, CO2, CF4 and C2F6."),
        ("h", "3 Results"),
        ("t", [["Anode CD (A/cm2)", "Cell voltage (V)", "Feed ratio", "CE (%)", "C in metal (ppm)"],
               ["0.6", "7.8", "1.00", "71", "130"], ["0.9", "9.1", "1.00", "83", "110"], ["0.9", "9.3", "1.15", "76", "420"],
               ["1.2", "10.6", "1.00", "74", "160"]]),
        ("p", "Above 1.1 A/cm2 intermittent CF4 was detected, indicating local oxide depletion at the anode."),
        ("h", "4 Conclusions"),
        ("p", "Matched oxide feeding at moderate anode current density gives the best efficiency and lowest carbon contamination."),
        ("h", "References"),
        ("p", "[1] Vogel H., Friedrich B. (2018) J. Sustain. Metall. 4:... [2] Keller R., Larimer K.T. (1998) Light Metals ... [7] Zhang L. et al. (2013) Metall. Mater. Trans. B ..."),
    ]
    write_pdf("literature/s40831-024-00917-3.pdf", blocks, title="Nd electrowinning pilot cell", author="", footer="J. Sustain. Metall. (2024) 10:2115-2131")
    label("literature/s40831-024-00917-3.pdf", "excluded", ["1E902.a"], ["metal-smelting"], [], "other", "public-domain", "en", False,
          "Published open-access journal article (DOI, received/accepted) on Nd electrowinning parameters")


def e02():
    blocks = [
        ("p", "ICS 73.060\nD 44"),
        ("p", "中华人民共和国有色金属行业标准"),
        ("p", "YS/T ××××—2023"),
        ("title", "离子型稀土矿原地浸出工艺技术规范"),
        ("p", "Technical specification for in-situ leaching of ion-adsorption type rare earth ores"),
        ("p", "2023-××-××发布　　2024-××-××实施　　中华人民共和国工业和信息化部　发布"),
        ("h", "前言"),
        ("p", "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。本文件由全国有色金属标准化技术委员会（SAC/TC 243）提出并归口。"),
        ("h", "1 范围"),
        ("p", "本文件规定了离子型稀土矿原地浸出的基本要求、浸矿工程布置、浸矿剂与注液、收液、母液处理及环境保护要求。本文件适用于离子型稀土矿原地浸出的设计、施工和生产管理。"),
        ("h", "2 规范性引用文件"),
        ("p", "GB 26451 稀土工业污染物排放标准；GB/T 14848 地下水质量标准；XB/T 613 离子型稀土原矿化学分析方法。"),
        ("h", "3 术语和定义"),
        ("p", "3.1 原地浸出 in-situ leaching：不剥离表土、不开挖矿体，将浸矿剂溶液经注液井注入矿体，使离子相稀土与浸矿剂阳离子发生交换进入溶液，并通过收液系统回收母液的采矿方法。"),
        ("h", "4 基本要求"),
        ("p", "4.1 实施原地浸出前应完成矿体底板工程地质勘查，底板完整、无明显渗漏通道的矿块方可采用原地浸出。4.2 应开展室内柱浸试验和现场小规模试验，确定浸矿剂种类、浓度与液固比。"),
        ("h", "5 注液工程"),
        ("p", "5.1 注液井宜采用网格状布置，井距2 m～3 m；坡度大于25°时井距宜适当减小。5.2 注液井井深应穿过全风化层进入半风化层不少于0.5 m。5.3 浸矿剂浓度：硫酸铵宜为1%～3%，硫酸镁宜为2%～4%，浸矿液pH宜为4.5～5.5。"),
        ("h", "6 收液工程"),
        ("p", "6.1 收液宜采用导流孔与集液沟结合的方式，导流孔仰角宜为3°～5°。6.2 母液收集率应不低于85%。"),
        ("h", "7 母液处理"),
        ("p", "7.1 母液宜经除杂后以碳酸氢铵或草酸沉淀稀土。7.2 沉淀上清液宜调整后返回注液，循环利用率不低于75%。"),
        ("h", "8 环境保护"),
        ("p", "8.1 采场下游应设置地下水监测井。8.2 闭矿后应进行清水淋洗和生态修复。"),
    ]
    write_docx("标准/YS-T 离子型稀土矿原地浸出工艺技术规范.docx", blocks, author="", title="离子型稀土矿原地浸出工艺技术规范")
    label("标准/YS-T 离子型稀土矿原地浸出工艺技术规范.docx", "excluded", ["1E902.a"], ["mining"], [], "process-spec", "public-domain", "zh", False,
          "Text of a published industry standard (YS/T) on in-situ leaching")


def e03():
    blocks = [
        ("title", "国家自然科学基金面上项目 结题报告"),
        ("p", "项目名称：稀土氟化物–氧化物熔体的微观结构与电化学行为基础研究\n批准号：5207××××　依托单位：××大学冶金与生态工程学院　执行期：2021.01–2024.12"),
        ("h", "一、研究背景与科学问题"),
        ("p", "稀土金属主要通过氟化物熔盐体系中的氧化物电解制备，但熔体中稀土–氧–氟络合离子的结构、氧化物溶解机制以及阴极还原步骤等基础问题尚不清楚。本项目聚焦三个科学问题：（1）LiF–NdF3 熔体中 Nd–O–F 络合结构随氧化物浓度的演化；（2）Nd(III) 在钨电极上还原的机理与动力学参数；（3）熔体相平衡与氧化物溶解度的热力学描述。"),
        ("h", "二、研究内容与方法"),
        ("p", "采用高温原位拉曼光谱（至 1100 ℃）、高温 X 射线衍射、第一性原理分子动力学（FPMD，VASP，PBE 泛函，200 原子超胞）及循环伏安、计时电位、方波伏安等电化学方法，辅以 DSC 测定相图。"),
        ("h", "三、主要研究结果"),
        ("p", "3.1 熔体结构。FPMD 表明 LiF–NdF3（NdF3 摩尔分数 0.2–0.4）熔体中 Nd3+ 平均配位数为 7.8–8.3，以 [NdF8]5- 多面体为主；溶入 Nd2O3 后形成以氧为桥的 [Nd2OF10]6- 等二聚体，氧含量升高时向链状 [NdxOyFz] 团簇过渡。原位拉曼在 520 cm⁻¹ 出现的新峰归属于 Nd–O–Nd 桥键伸缩振动。"),
        ("p", "3.2 相图与溶解度。DSC 测定 LiF–NdF3 二元体系共晶点为 NdF3 摩尔分数 0.23、714 ℃；Nd2O3 在该共晶组成熔体中的溶解度在 1000–1100 ℃ 范围内为 2.1–3.6%（质量），溶解焓 43 kJ/mol。"),
        ("p", "3.3 电化学。循环伏安显示 Nd(III)/Nd(0) 在钨电极上为一步三电子还原，扩散控制，扩散系数 D = 1.2×10⁻⁵ cm²/s（1050 ℃）；未观察到稳定的 Nd(II) 中间态，与理论计算的歧化自由能一致。"),
        ("h", "四、成果"),
        ("p", "发表 SCI 论文 9 篇（Inorganic Chemistry 2 篇、Electrochimica Acta 3 篇等），培养博士 2 名、硕士 5 名。"),
        ("h", "五、说明"),
        ("p", "本项目属基础研究，未涉及工业电解槽设计、工艺参数优化或生产操作。"),
    ]
    write_pdf("科研/自然科学基金结题报告_稀土熔体结构.pdf", blocks, title="结题报告", author="××大学", footer="NSFC 结题报告")
    label("科研/自然科学基金结题报告_稀土熔体结构.pdf", "excluded", ["1E902.a"], ["metal-smelting"], [], "other", "basic-research", "zh", False,
          "University NSFC final report on melt structure, phase diagram, electrochemistry of NdF3-LiF melts; no production know-how")


def e04():
    blocks = [
        ("title", "权利要求书"),
        ("p", "1. 一种从钕铁硼油泥中回收稀土的方法，其特征在于，包括以下步骤：\nS1，将钕铁硼油泥在真空度1–100 Pa、温度300–450 ℃下蒸馏脱油，得到脱油料；\nS2，将所述脱油料在空气气氛中于700–900 ℃氧化焙烧1–3 h，得到焙砂；\nS3，以盐酸浸出所述焙砂，控制浸出终点pH为3.8–4.5、温度70–95 ℃，固液分离得到氯化稀土溶液和铁渣；\nS4，向所述氯化稀土溶液中加入草酸沉淀，煅烧得到稀土氧化物。"),
        ("p", "2. 根据权利要求1所述的方法，其特征在于，步骤S2中，焙烧前向脱油料中加入质量分数0.5–2%的碳酸钠作为助剂。"),
        ("p", "3. 根据权利要求1所述的方法，其特征在于，步骤S3中，盐酸分三次加入，每次间隔15–30 min。"),
        ("p", "4. 根据权利要求1所述的方法，其特征在于，步骤S4中草酸用量为理论量的1.05–1.2倍。"),
        ("pb",),
        ("title", "说明书"),
        ("h", "一种从钕铁硼油泥中回收稀土的方法", 2),
        ("h", "技术领域", 2), ("p", "[0001] 本发明属于稀土二次资源回收技术领域，具体涉及一种从钕铁硼油泥中回收稀土的方法。"),
        ("h", "背景技术", 2), ("p", "[0002] 钕铁硼磁体加工过程中产生约20–30%的油泥废料，其中稀土含量约25–30%。现有盐酸优溶法存在铁浸出率高、盐酸消耗大的问题……"),
        ("h", "发明内容", 2), ("p", "[0005] 本发明的目的在于提供一种铁杂质低、酸耗低的回收方法……通过真空脱油避免焙烧过程中油分燃烧导致局部过热和烧结，使铁充分氧化为三价。"),
        ("h", "具体实施方式", 2),
        ("p", "[0012] 实施例1：取钕铁硼油泥1000 g（含油12%，TREO 27.3%），于真空度20 Pa、400 ℃蒸馏脱油2 h；脱油料加入1%碳酸钠，800 ℃焙烧2 h；焙砂按液固比3:1加水调浆，分三次加入6 mol/L盐酸至pH 4.2，85 ℃保温2 h，过滤；滤液加入1.1倍理论量草酸，60 ℃沉淀，950 ℃煅烧2 h，得稀土氧化物，纯度99.3%，稀土回收率97.6%，Fe2O3含量0.006%。"),
        ("p", "[0013] 对比例1：不经脱油直接焙烧，其余同实施例1，稀土回收率93.1%，Fe2O3含量0.04%。"),
        ("pb",),
        ("title", "说明书摘要"),
        ("p", "本发明公开了一种从钕铁硼油泥中回收稀土的方法，包括真空脱油、氧化焙烧、盐酸优溶和草酸沉淀步骤，稀土回收率高于97%，产品铁含量低。"),
        ("p", "申请人：××磁性材料回收有限公司　发明人：张某、李某　代理机构：××专利代理事务所（普通合伙）　案卷号：P24-CN-0386"),
    ]
    write_docx("专利/P24-CN-0386 申请文件定稿.docx", blocks, author="专利代理人 孙", title="发明专利申请")
    label("专利/P24-CN-0386 申请文件定稿.docx", "excluded", ["1E902.a"], ["recycling"], [], "process-spec", "patent-filing", "zh", False,
          "Patent application text (claims, description, abstract) for NdFeB sludge recovery")


def e05():
    t = """# Ion-adsorption rare earth deposits: leaching chemistry and environmental management - a review

**Minerals Engineering**, Volume 214, 1 August 2024, 108793
https://doi.org/10.1016/j.mineng.2024.108793
Received 9 February 2024; Received in revised form 30 April 2024; Accepted 14 May 2024; Available online 22 May 2024
(c) 2024 Elsevier Ltd. All rights reserved.

## Abstract
Ion-adsorption clays in weathered granites supply most of the world's heavy rare earths. This review summarises the desorption chemistry of the rare earths from kaolinite and halloysite, the evolution of lixiviants from NaCl to ammonium sulfate and then to magnesium sulfate and compound lixiviants, and the shift from heap and tank leaching to in-situ leaching. Reported leaching efficiencies, typical lixiviant concentrations (1-4 % (NH4)2SO4 or MgSO4 at pH 4-5.5) and the environmental legacy of ammonium are compared across 64 studies.

## 1. Introduction
...

## 4. In-situ leaching practice
Field practice reported in the literature uses injection holes on a 2-3 m grid drilled into the fully weathered horizon, with liquor collected by diversion holes and collection trenches at the slope toe. Reported pregnant liquor grades are 0.5-2 g/L REO and recoveries 75-90 %, with losses dominated by leakage into bedrock fractures...

## 6. Conclusions and outlook
Magnesium-based and low-ammonium lixiviants, better hydrogeological characterisation of the footwall, and closure leaching protocols are the main research needs.

## References
[1] Chi R., Tian J. (2008) Weathered Crust Elution-Deposited Rare Earth Ores. Nova Science.
[2] Moldoveanu G.A., Papangelakis V.G. (2012) Hydrometallurgy 117-118:71-78.
...
"""
    write_text("literature/review_IAC_leaching_MinEng2024.md", t)
    label("literature/review_IAC_leaching_MinEng2024.md", "excluded", ["1E902.a"], ["mining"], [], "other", "public-domain", "en", False,
          "Published review (Minerals Engineering, DOI) on ion-adsorption clay leaching")


def e06():
    body = """Dear Ms. Chen,

Please find below our technical disclosure for the new Chinese invention application (your ref. CN-25-0112), with a PCT filing to follow within 12 months. Please draft the claims along these lines and send us the draft for review before filing.

Title (proposed): 一种熔盐电解制备镝铁合金的方法 / Method for preparing Dy-Fe alloy by molten salt electrolysis

Independent claim (draft):
A method for preparing a dysprosium-iron alloy, wherein Dy2O3 is electrolysed in a DyF3-LiF molten salt (DyF3 85-90 wt%) at 1080-1150 C using a consumable iron cathode, with an anode current density of 0.8-1.2 A/cm2 and a cathode current density of 8-15 A/cm2, the liquid Dy-Fe alloy (Dy 78-85 wt%) dripping into a molybdenum receiver.

Dependent claims (draft):
- the oxide is fed at 1.0-1.1 times the Faradaic consumption rate;
- 1-3 wt% BaF2 is added to lower the liquidus;
- the iron cathode diameter is 40-60 mm and is advanced continuously at the consumption rate.

Example from our pilot data (may go into the description): 4 kA cell, 1120 C, current efficiency 76 %, alloy Dy 81.2 %, C 0.02 %, O 0.04 %.

Prior art we are aware of: CN10xxxxxxxA (Dy-Fe with W cathode and iron addition). Our point of novelty is the consumable iron cathode with continuous advance.

Please also confirm the filing fees and whether we need a separate confidentiality review before the PCT.

Kind regards,
Dr. Li Wei
IP Coordinator, R&D Center
"""
    write_eml("IP/Dy-Fe electrolysis - disclosure for CN filing.eml", "Li Wei <liwei.ip@hx-rem.com>", "Chen Yu <chenyu@kingsway-ip.com>",
              "Dy-Fe electrolysis - disclosure for CN filing (ref CN-25-0112)", "Fri, 17 Jan 2025 11:20:45 +0800", body,
              msgid="<20250117112045.0912@hx-rem.com>")
    label("IP/Dy-Fe electrolysis - disclosure for CN filing.eml", "excluded", ["1E902.a"], ["metal-smelting"], [], "email", "patent-filing", "mixed", False,
          "Instructions to patent attorney with draft claims for Dy-Fe fluoride-melt electrolysis")


ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17,
       n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, n14,
       e01, e02, e03, e04, e05, e06]

if __name__ == "__main__":
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for f in ALL:
        f()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in LABELS:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(LABELS), "documents")
