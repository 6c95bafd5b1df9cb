# -*- coding: utf-8 -*-
"""Generator for sealed test batch (equipment / plant engineering). Reproducible."""
import os, io, json, zipfile, random, datetime, shutil, csv
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import encoders
import docx
from docx.shared import Pt
import openpyxl
from pptx import Presentation
from pptx.util import Inches, Pt as PPt
from fpdf import FPDF
from fpdf.fonts import FontFace

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "files")
FIXED = datetime.datetime(2025, 11, 18, 9, 30, 0)
ZH_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
LABELS = []
random.seed(20251118)

def lab(file, verdict, codes, cats, mtypes, carrier, excl, lang, hn, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mtypes, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=hn, note=note))

def p(rel):
    fp = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(fp), exist_ok=True)
    return fp

def norm_zip(fp):
    """rewrite OOXML zip with fixed timestamps and sorted-stable order"""
    with zipfile.ZipFile(fp) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2025-11-18T09:30:00Z\g<2>", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>2025-11-18T09:30:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)

def write_docx(rel, title, blocks, author="engineering", lang_zh=False):
    """blocks: list of ('h', text) | ('p', text) | ('t', [rows]) | ('b', [bullets])"""
    d = docx.Document()
    st = d.styles["Normal"]; st.font.size = Pt(10.5)
    if lang_zh:
        st.font.name = "SimSun"
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(docx.oxml.ns.qn("w:rFonts"))
        if rf is None:
            rf = docx.oxml.OxmlElement("w:rFonts"); rpr.append(rf)
        rf.set(docx.oxml.ns.qn("w:eastAsia"), "SimSun")
    d.add_heading(title, 0)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, 1)
        elif kind == "h2":
            d.add_heading(val, 2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            for x in val:
                d.add_paragraph(x, style="List Bullet")
        elif kind == "n":
            for x in val:
                d.add_paragraph(x, style="List Number")
        elif kind == "t":
            rows = val
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED; cp.revision = 3
    fp = p(rel); d.save(fp); norm_zip(fp)

def write_xlsx(rel, sheets, author="engineering"):
    """sheets: list of (name, rows, col_widths or None)"""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows, widths in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        if widths:
            for i, w in enumerate(widths):
                ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
        if rows:
            for c in ws[1]:
                c.font = openpyxl.styles.Font(bold=True)
    wb.properties.creator = author; wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    fp = p(rel); wb.save(fp); norm_zip(fp)

def write_pptx(rel, slides, author="engineering"):
    """slides: list of (title, [bullets]) or (title, [bullets], table_rows)"""
    pr = Presentation()
    pr.slide_width = Inches(13.333); pr.slide_height = Inches(7.5)
    for s in slides:
        title, bullets = s[0], s[1]
        tbl = s[2] if len(s) > 2 else None
        sl = pr.slides.add_slide(pr.slide_layouts[5])
        sl.shapes.title.text = title
        top = Inches(1.5)
        if bullets:
            h = Inches(2.4) if tbl else Inches(5.5)
            tb = sl.shapes.add_textbox(Inches(0.6), top, Inches(12), h)
            tf = tb.text_frame; tf.word_wrap = True
            for i, b in enumerate(bullets):
                para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
                para.text = "• " + b; para.font.size = PPt(16)
            top = Inches(4.0) if tbl else top
        if tbl:
            rows, cols = len(tbl), len(tbl[0])
            gt = sl.shapes.add_table(rows, cols, Inches(0.6), top, Inches(12), Inches(0.35 * rows)).table
            for i, r in enumerate(tbl):
                for j, c in enumerate(r):
                    gt.cell(i, j).text = str(c)
                    for para in gt.cell(i, j).text_frame.paragraphs:
                        para.font.size = PPt(12)
    cp = pr.core_properties
    cp.author = author; cp.last_modified_by = author; cp.created = FIXED; cp.modified = FIXED
    cp.title = slides[0][0]; cp.revision = 2
    fp = p(rel); pr.save(fp); norm_zip(fp)

class PDF(FPDF):
    hdr = ""
    def header(self):
        if self.hdr:
            self.set_font(self.fam, size=8)
            self.cell(0, 5, self.hdr, new_x="LMARGIN", new_y="NEXT", align="R")
            self.ln(2)
    def footer(self):
        self.set_y(-12); self.set_font(self.fam, size=8)
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="C")

def write_pdf(rel, title, blocks, zh=False, hdr="", author="engineering"):
    pdf = PDF(format="A4")
    pdf.set_creation_date(FIXED.replace(tzinfo=datetime.timezone.utc))
    pdf.set_author(author); pdf.set_title(title); pdf.set_creator("Word"); pdf.set_producer("PDF export")
    if zh:
        pdf.add_font("zh", fname=ZH_FONT); pdf.fam = "zh"
    else:
        pdf.add_font("dv", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"); pdf.fam = "dv"
    pdf.hdr = hdr
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font(pdf.fam, size=15)
    pdf.multi_cell(0, 8, title, align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    for kind, val in blocks:
        if kind == "h":
            pdf.ln(2); pdf.set_font(pdf.fam, size=12); pdf.multi_cell(0, 7, val, new_x="LMARGIN", new_y="NEXT"); pdf.set_font(pdf.fam, size=10)
        elif kind == "p":
            pdf.set_font(pdf.fam, size=10); pdf.multi_cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif kind == "b":
            pdf.set_font(pdf.fam, size=10)
            for x in val:
                pdf.multi_cell(0, 5.5, "  - " + x, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "t":
            pdf.set_font(pdf.fam, size=8.5)
            with pdf.table(text_align="LEFT", line_height=5, headings_style=FontFace(emphasis="", fill_color=(225, 225, 225))) as t:
                for r in val:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(2)
    fp = p(rel); pdf.output(fp)

def write_text(rel, text, enc="utf-8"):
    with open(p(rel), "w", encoding=enc, newline="\n") as f:
        f.write(text)

def write_csv(rel, rows, enc="utf-8"):
    with open(p(rel), "w", encoding=enc, newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)

def write_eml(rel, frm, to, subj, date, body, attachments=(), msgid="", cc=None):
    m = MIMEMultipart(boundary="===============%010d==" % (abs(hash(rel)) % 10**10 if False else 4417730912 + len(LABELS)))
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subj; m["Date"] = date; m["Message-ID"] = msgid or "<%d.site@mail.local>" % (880000 + len(LABELS))
    m["MIME-Version"] = "1.0"
    m.attach(MIMEText(body, "plain", "utf-8"))
    for fname, data, mtype in attachments:
        maintype, subtype = mtype.split("/")
        part = MIMEBase(maintype, subtype)
        part.set_payload(data)
        encoders.encode_base64(part)
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname) if any(ord(ch) > 127 for ch in fname) else fname)
        m.attach(part)
    with open(p(rel), "wb") as f:
        f.write(m.as_bytes())

def dxf(rel, entities):
    """entities: list of ('L', x1,y1,x2,y2, layer) | ('T', x,y,h,text,layer) | ('R', x,y,w,h,layer) | ('C', x,y,r,layer)"""
    out = []
    def g(code, val): out.append(str(code)); out.append(str(val))
    layers = sorted({e[-1] for e in entities} | {"0"})
    g(0, "SECTION"); g(2, "HEADER"); g(9, "$ACADVER"); g(1, "AC1009"); g(9, "$INSUNITS"); g(70, 4); g(0, "ENDSEC")
    g(0, "SECTION"); g(2, "TABLES"); g(0, "TABLE"); g(2, "LAYER"); g(70, len(layers))
    for i, ly in enumerate(layers):
        g(0, "LAYER"); g(2, ly); g(70, 0); g(62, [7, 1, 3, 5, 2, 4, 6][i % 7]); g(6, "CONTINUOUS")
    g(0, "ENDTAB"); g(0, "ENDSEC")
    g(0, "SECTION"); g(2, "ENTITIES")
    for e in entities:
        if e[0] == "L":
            _, x1, y1, x2, y2, ly = e
            g(0, "LINE"); g(8, ly); g(10, x1); g(20, y1); g(30, 0.0); g(11, x2); g(21, y2); g(31, 0.0)
        elif e[0] == "R":
            _, x, y, w, h, ly = e
            for a, b, c, d_ in ((x, y, x + w, y), (x + w, y, x + w, y + h), (x + w, y + h, x, y + h), (x, y + h, x, y)):
                g(0, "LINE"); g(8, ly); g(10, a); g(20, b); g(30, 0.0); g(11, c); g(21, d_); g(31, 0.0)
        elif e[0] == "C":
            _, x, y, r, ly = e
            g(0, "CIRCLE"); g(8, ly); g(10, x); g(20, y); g(30, 0.0); g(40, r)
        elif e[0] == "T":
            _, x, y, h, txt, ly = e
            g(0, "TEXT"); g(8, ly); g(10, x); g(20, y); g(30, 0.0); g(40, h); g(1, txt)
    g(0, "ENDSEC"); g(0, "EOF")
    with open(p(rel), "w", encoding="ascii", newline="\r\n") as f:
        f.write("\n".join(out) + "\n")

def notes_block(x, y, h, lines, ly="NOTES"):
    return [("T", x, y - i * h * 1.6, h, ln, ly) for i, ln in enumerate(lines)]

def title_block(x, y, fields):
    ents = [("R", x, y, 180, 56, "TITLE")]
    for i, (k, v) in enumerate(fields):
        yy = y + 56 - 8 * (i + 1)
        ents.append(("L", x, yy, x + 180, yy, "TITLE"))
        ents.append(("T", x + 2, yy + 2, 3.0, k, "TITLE"))
        ents.append(("T", x + 50, yy + 2, 3.0, v, "TITLE"))
    ents.append(("L", x + 48, y, x + 48, y + 56, "TITLE"))
    return ents

DOCS = []
def doc(fn):
    DOCS.append(fn); return fn

# ============================ CONTROLLED ============================

@doc
def c01():
    rel = "萃取车间/P507萃取线混合澄清槽安装及机械完工检查规程_V2.1.docx"
    stages = [["段别", "级数", "槽体规格(m³)", "混合室搅拌桨", "安装标高(m)", "水平度要求"],
              ["皂化段", "4", "3.2", "双层涡轮 Φ420", "+4.500", "≤2 mm/全长"],
              ["萃取段", "28", "3.2", "双层涡轮 Φ420", "+4.500", "≤2 mm/全长"],
              ["洗涤段", "22", "3.2", "双层涡轮 Φ420", "+4.450", "≤2 mm/全长"],
              ["反萃段", "10", "2.4", "单层涡轮 Φ380", "+4.400", "≤2 mm/全长"],
              ["有机再生段", "4", "2.4", "单层涡轮 Φ380", "+4.400", "≤3 mm/全长"]]
    blocks = [
        ("p", "文件编号:JS-SX-INS-017    版本:V2.1    编制:设备工程部 周立新    审核:蒋红梅    批准:刘国强    适用范围:二期镨钕/铈分组萃取线(P507-煤油体系)"),
        ("h", "1 目的与范围"),
        ("p", "本规程规定二期萃取分离生产线PVC/PP复合混合澄清槽(共68级)的到货检验、就位、找平、搅拌系统安装、管路连接、机械完工检查及移交条件,适用于设备安装单位(中化二建四公司)和我厂设备工程部的共同检查。工艺操作参数以工艺部《萃取分离工艺规程》为准,本规程仅在试车验收中引用。"),
        ("h", "2 引用文件"),
        ("b", ["HG/T 20203 化工机器安装工程施工及验收规范", "设备供货商《混合澄清槽安装使用说明书》(赣州某环保设备有限公司,2024版)", "工艺部 PFD/P&ID 图 SX2-PID-01~09", "GB 50184 工业金属管道工程施工质量验收规范"]),
        ("h", "3 槽体配置"),
        ("t", stages),
        ("h", "4 安装步骤"),
        ("n", ["基础验收:混凝土强度达设计值75%以上,预埋件位置偏差≤5 mm,基础顶面铺设3 mm厚耐酸橡胶垫。",
               "槽体就位:按级序由皂化段向有机再生段逐级吊装,相邻级之间的潜室(前室)开孔必须对正,偏差≤3 mm;严禁用撬杠直接撬动PP板面。",
               "找平:以萃取段第1级为基准,用水准仪逐级测量澄清室溢流堰顶标高,整条线累计高差≤2 mm;堰板可调式的,预留±10 mm调节余量。",
               "搅拌装置:电机减速机座与槽面螺栓加PTFE垫片;桨叶距混合室底板距离按说明书取120±5 mm;桨轴垂直度≤0.5 mm/m;手盘车无卡阻。",
               "级间连通:有机相溢流口、水相U形调节管(堰)安装后,用清水逐级试流,确认水相界面调节范围不小于150 mm。",
               "管路:皂化液(氨水/液碱)、洗酸、反萃酸、料液四路加料管采用PVDF衬里管,流量计前直管段≥10D;每路设手动隔离阀和电磁流量计,信号接入DCS。",
               "防腐与接地:所有金属件刷环氧玻璃鳞片;槽体四周设静电接地网,接地电阻≤10 Ω(有机相为煤油,属甲B类易燃液体)。"]),
        ("h", "5 机械完工检查"),
        ("t", [["序号", "检查项目", "标准", "检查方法", "责任方"],
               ["1", "溢流堰标高一致性", "累计≤2 mm", "水准仪", "安装单位/设备部"],
               ["2", "搅拌电机转向", "与标识一致", "点动", "电仪"],
               ["3", "搅拌转速调节范围", "变频 150~320 r/min", "转速表", "电仪"],
               ["4", "清水72 h浸泡试漏", "无渗漏、无变形", "目视/测量", "安装单位"],
               ["5", "级间隔板密封", "无串液", "染色示踪", "设备部"],
               ["6", "有机相防火盖板及氮封", "氮封压力0.2~0.5 kPa", "压力表", "安全环保部"],
               ["7", "DCS流量回路", "量程、报警值与表单一致", "回路测试", "电仪"]]),
        ("h", "6 清水联动试车与带料试车验收引用值"),
        ("p", "清水联动试车连续运行不少于48 h,检查界面稳定性和夹带。带料试车由工艺部主持,设备部配合,本规程仅引用工艺规程中的验收目标:萃取段出口水相中PrNd/Ce分离系数实测值β≥1.5;Pr6O11+Nd2O3产品纯度≥99.5%(REO基),收率≥98.5%;有机相中水相夹带≤0.3%,水相中有机夹带≤50 ppm。达到以上目标连续72 h后,方可签署机械完工及试车移交证书。"),
        ("h", "7 移交资料"),
        ("b", ["安装记录(找平测量表、螺栓力矩记录)", "72 h清水试漏记录", "电机单试记录及振动值", "DCS回路测试表", "遗留问题清单(Punch List)及整改期限"]),
    ]
    write_docx(rel, "二期萃取分离线混合澄清槽安装及机械完工检查规程", blocks, author="周立新", lang_zh=True)
    lab(rel, "controlled", ["1E902.b"], ["separation"], [], "process-spec", None, "zh", False,
        "SX mixer-settler installation and mechanical completion procedure; purity/yield only as acceptance targets")

@doc
def c02():
    rel = "萃取车间/SX2_热调试记录及设定值表_20250916.xlsx"
    setp = [["位号", "物料", "设定流量(L/min)", "浓度", "备注"],
            ["FIC-201", "有机相 P507(1.5 mol/L)-磺化煤油", 86.0, "皂化度36%", "进第1级"],
            ["FIC-202", "皂化剂 液氨水", 7.4, "NH3·H2O 10 mol/L", "进皂化段1-4级"],
            ["FIC-203", "料液 LaCePrNd 氯化物", 14.5, "REO 1.45 mol/L, pH 2.0~2.5", "进第32级"],
            ["FIC-204", "洗酸 HCl", 5.1, "3.8 mol/L", "进第54级"],
            ["FIC-205", "反萃酸 HCl", 4.3, "5.6 mol/L", "进第55级"],
            ["TIC-210", "料液加热", "35 ℃", "", "冬季启用"],
            ["SIC-2xx", "搅拌转速", "240 r/min", "", "萃取/洗涤段统一"],
            ["—", "相比 O/A(萃取段)", "1 : 0.23", "", "由FIC-201/203+204推算"],
            ["—", "相比 O/A(洗涤段)", "1 : 0.06", "", ""]]
    log = [["日期", "时间", "级号", "水相REO(g/L)", "Nd2O3/REO(%)", "CeO2/REO(%)", "界面高度(mm)", "夹带", "记录人"]]
    rnd = random.Random(2)
    for day in range(16, 20):
        for hh in ("08:00", "14:00", "20:00"):
            for st in (1, 20, 32, 54, 68):
                reo = {1: 0.8, 20: 24.0, 32: 58.0, 54: 95.0, 68: 142.0}[st] * (1 + rnd.uniform(-0.05, 0.05))
                nd = {1: 0.2, 20: 8.0, 32: 18.4, 54: 92.0, 68: 99.6}[st] + rnd.uniform(-0.3, 0.2)
                log.append([f"2025-09-{day}", hh, st, round(reo, 2), round(min(nd, 99.9), 2),
                            round(max(0.01, 60 - nd * 0.6 + rnd.uniform(-0.5, 0.5)) if st < 54 else rnd.uniform(0.01, 0.05), 3),
                            int(rnd.uniform(180, 230)), "正常" if rnd.random() > 0.1 else "轻微乳化", rnd.choice(["李强", "王丽", "陈晨"])])
    punch = [["编号", "问题描述", "类别", "责任方", "整改措施", "期限", "状态"],
             ["PL-01", "第23级澄清室界面波动大,搅拌偏心", "B", "安装单位", "重新校正桨轴垂直度", "09-18", "已关闭"],
             ["PL-02", "FIC-202 流量计零点漂移", "A", "电仪", "更换电极、重新标定", "09-17", "已关闭"],
             ["PL-03", "反萃段第60-62级第三相", "A", "工艺", "提高反萃酸浓度至5.8 mol/L并复核Fe杂质", "09-20", "跟踪"],
             ["PL-04", "氮封压力低报警频繁", "B", "安全", "更换呼吸阀", "09-25", "未关闭"],
             ["PL-05", "皂化段温升超45 ℃", "A", "工艺/设备", "皂化段增设夹套冷却水,流量≥3 m³/h", "10-05", "未关闭"]]
    write_xlsx(rel, [("设定值", setp, [12, 34, 16, 24, 20]), ("热调试记录", log, [12, 8, 6, 12, 12, 12, 12, 12, 8]), ("遗留问题", punch, [8, 36, 6, 10, 36, 8, 8])], author="王丽")
    lab(rel, "controlled", ["1E902.a", "1E902.b"], ["separation"], [], "parameter-sheet", None, "zh", False,
        "hot-commissioning workbook of SX line: flow set-points, saponification, acid strengths, stage profile log and punch list")

@doc
def c03():
    rel = "FAT/SC-600_FAT_Protocol_rev3.pdf"
    blocks = [
        ("p", "Equipment: Vacuum strip casting furnace SC-600 (600 kg/heat), Serial No. 24-SC-0312    Buyer: Line 3 magnet alloy workshop    Supplier works: Shenyang, test bay 2    Document: FAT-SC600-03 rev.3, 2025-06-11"),
        ("h", "1. Purpose"),
        ("p", "This protocol defines the Factory Acceptance Test of the SC-600 furnace before dismantling and shipment. It covers mechanical, vacuum, electrical and control checks and one hot acceptance melt with buyer's alloy. Alloy chemistry and casting parameters are the buyer's and are listed here only as acceptance references; the supplier does not warrant metallurgical results beyond the acceptance criteria in section 6."),
        ("h", "2. Scope of supply under test"),
        ("b", ["Melting chamber with 600 kg MgO/Al2O3 rammed crucible, 400 kW / 2500 Hz IGBT power supply",
               "Tundish with preheating, water-cooled Cu-Cr-Zr wheel dia. 600 mm x 400 mm, variable speed 0-3 m/s",
               "Rotary cooling drum and flake collection tank with Ar backfill",
               "Vacuum set: rotary vane 2 x 70 l/s + Roots 1200 l/s + diffusion pump 8000 l/s",
               "Siemens S7-1500 PLC, WinCC HMI, recipe management and batch recorder"]),
        ("h", "3. Pre-conditions"),
        ("b", ["Cooling water 0.3-0.4 MPa, inlet <= 28 C, flow >= 60 m3/h confirmed", "Ar 99.999%, dew point <= -60 C", "All interlocks in AUTO, overrides removed and documented"]),
        ("h", "4. Mechanical and vacuum tests"),
        ("t", [["Item", "Test", "Criterion", "Result", "Sign"],
               ["4.1", "Ultimate vacuum, cold, empty", "<= 5.0E-3 Pa", "", ""],
               ["4.2", "Pressure rise rate (leak)", "<= 0.67 Pa/h", "", ""],
               ["4.3", "Pump-down atm -> 5 Pa", "<= 15 min", "", ""],
               ["4.4", "Wheel run-out at 1.5 m/s", "<= 0.05 mm TIR", "", ""],
               ["4.5", "Tilt mechanism, full stroke", "smooth, 0-95 deg, 3 cycles", "", ""],
               ["4.6", "Ar backfill to -0.05 MPa", "<= 4 min", "", ""]]),
        ("h", "5. Electrical and control"),
        ("b", ["Insulation resistance coil-earth >= 1 MOhm at 1000 V", "Emergency stop chain, water-flow and water-temperature interlocks trip power within 200 ms",
               "Recipe download from MES, 10 recipes stored and recalled; batch record exports CSV", "Wheel speed loop step response settles within 2 s, overshoot < 3%"]),
        ("h", "6. Hot acceptance melt (reference values)"),
        ("p", "One melt of 550 kg with buyer-supplied charge (Pr-Nd metal, Fe, Fe-B, Co, Al, Cu, Ga, Zr), total nominal (PrNd)30.2 B0.96 Co1.0 Cu0.15 Ga0.2 Al0.1 Zr0.12 Fe-bal (wt%). Acceptance references: melt at 1450-1480 C after 30 min homogenising under 40 kPa Ar; wheel linear speed 1.1-1.3 m/s; flake thickness 0.25-0.35 mm on >= 85% of sample; free alpha-Fe <= 1% area on wheel side; Nd-rich phase spacing 3-5 um; no spot > 20 mm of overheating on wheel."),
        ("t", [["Parameter", "Reference", "Measured", "OK/NOK"],
               ["Melt temperature at pour", "1465 +/- 15 C", "", ""],
               ["Wheel speed", "1.2 m/s", "", ""],
               ["Pour time", "<= 180 s", "", ""],
               ["Flake thickness mean", "0.30 mm", "", ""],
               ["Flake thickness 10-90 percentile", "0.22-0.38 mm", "", ""],
               ["alpha-Fe (SEM, 5 fields)", "<= 1 %", "", ""],
               ["O content of flakes", "<= 300 ppm", "", ""]]),
        ("h", "7. Punch-list and release"),
        ("p", "Category A items block shipment. Category B items may be closed at SAT. FAT certificate is issued jointly when all A items are closed and the hot melt meets section 6."),
        ("p", "Supplier representative: ____________    Buyer representative: ____________    Date: ____________"),
    ]
    write_pdf(rel, "Factory Acceptance Test Protocol - Vacuum Strip Casting Furnace SC-600", blocks, hdr="FAT-SC600-03 rev.3  CONFIDENTIAL")
    lab(rel, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "en", False,
        "FAT protocol for strip caster; alloy and casting values only as acceptance references; never says rare earth")

@doc
def c04():
    rel = "Electrolysis/Hot commissioning report - cells E-07 to E-12.docx"
    rnd = random.Random(4)
    rows = [["Day", "Cell", "Current (kA)", "Voltage (V)", "Bath T (C)", "Oxide feed (kg/h)", "Metal tapped (kg)", "CE (%)", "Remark"]]
    for d in range(1, 8):
        for c in ("E-07", "E-09", "E-12"):
            cur = 6.0 if d > 2 else 4.5
            rows.append([d, c, cur, round(9.4 + rnd.uniform(-0.4, 0.6) + (0.6 if d <= 2 else 0), 2), int(1050 + rnd.uniform(-12, 15)),
                         round(cur * 1.75 + rnd.uniform(-0.2, 0.2), 2), int(cur * 24 * 1.58 * (0.72 + rnd.uniform(0, 0.08))),
                         round(72 + rnd.uniform(0, 8) + (d * 0.6), 1), rnd.choice(["", "", "anode effect 1x", "crust broken", ""])])
    blocks = [
        ("p", "Project: PrNd metal plant, Phase II (cells E-07 … E-12)    Prepared by: Commissioning team / Plant engineering    Report no. COM-EL-2025-014    Period: 3-9 Aug 2025"),
        ("h", "1 Summary"),
        ("p", "Six 6 kA fluoride-bath electrolysis cells were brought from bake-out to stable production. All cells reached the acceptance targets stated in the EPC contract Annex 7 (current efficiency >= 75 %, PrNd metal with total RE >= 99.5 %, C <= 0.03 %, Fe <= 0.2 %, O <= 0.03 %) for 72 h consecutive on day 5-7, except E-10 which required an anode replacement on day 4 (see 5.2). The process set-points were those of the plant operating manual EOM-02; they are reproduced in this report only for traceability."),
        ("h", "2 Sequence executed"),
        ("n", ["Graphite crucible and lining inspection after 36 h electric bake-out (no cracks > 0.5 mm).",
               "Charging of pre-melted bath (PrNdF3-LiF) and start-up with 2 kA for 4 h, stepping 0.5 kA/h to 4.5 kA.",
               "Insertion of W cathode rods, check of anode-cathode distance 80-90 mm with gauge.",
               "Oxide feeding started when bath > 1020 C; increase to nominal current 6 kA on day 3.",
               "First tapping of metal into Mo receiver with vacuum ladle; sampling each tap."]),
        ("h", "3 Operating log (selected cells)"),
        ("t", rows),
        ("h", "4 Results vs acceptance targets"),
        ("t", [["Parameter", "Target (Annex 7)", "Result days 5-7 (mean of 6 cells)"],
               ["Current efficiency", ">= 75 %", "78.4 %"], ["DC energy", "<= 10.5 kWh/kg", "9.9 kWh/kg"],
               ["TRE in metal", ">= 99.5 %", "99.71 %"], ["Fe", "<= 0.2 %", "0.08 %"], ["C", "<= 0.03 %", "0.018 %"],
               ["Anode consumption", "<= 0.25 kg/kg", "0.21 kg/kg"]]),
        ("h", "5 Deviations and repairs"),
        ("p", "5.1 Bath level on E-08 fell 40 mm on day 2 due to fluoride volatilisation through an open feeder port; port gasket replaced, LiF make-up done."),
        ("p", "5.2 E-10 showed repeated anode effects (voltage > 14 V) on day 4. Inspection found one anode segment worn to 38 mm; replaced with spare (drawing AN-6K-03). Root cause: uneven current distribution, busbar clamp torque was 60 % of specification; retorqued to 120 N·m all clamps on E-07…E-12."),
        ("p", "5.3 Off-gas scrubber fan vibration 7.1 mm/s; bearing replaced on day 6."),
        ("h", "6 Open items"),
        ("b", ["Thermocouple sheaths (Mo) on E-11 show corrosion after 7 days - supplier to propose alternative material", "Tapping vacuum ladle seal life to be verified at 30 days", "Operator training on anode-effect recovery to be repeated for shift C"]),
        ("p", "Signed for EPC contractor: M. Osei    Signed for owner: 杨帆 (Plant Engineering)"),
    ]
    write_docx(rel, "Hot Commissioning Report – Electrolysis Cells E-07 to E-12", blocks, author="M. Osei")
    lab(rel, "controlled", ["1E902.b"], ["metal-smelting"], [], "process-spec", None, "en", False,
        "hot commissioning report of PrNd molten-salt cells; operating log and repairs; process values as targets/traceability")

@doc
def c05():
    rel = "維護/氫碎爐HD-1000預防性維護手冊.pdf"
    blocks = [
        ("p", "文件編號:PM-HD-003    版次:B    適用設備:HD-1000 旋轉式氫碎爐(兩台,編號HD-01、HD-02)    編製單位:設備保全課"),
        ("h", "一、概述"),
        ("p", "本手冊規定旋轉式氫碎爐的日常點檢、週/月/年度保養項目、易損件更換週期及保養後的功能驗證。該設備用於速凝合金片的吸氫破碎與脫氫處理,涉及氫氣、真空與高溫,保養作業必須執行上鎖掛牌(LOTO)並經氫氣置換確認。工藝參數以工藝課發布之《氫碎作業指導書》為準,本手冊僅引用作為保養後試運行的驗收參考。"),
        ("h", "二、日常點檢(每班)"),
        ("t", [["項目", "標準", "方法"],
               ["爐體旋轉密封", "無異響、無氫氣洩漏(檢測儀<10 ppm)", "攜帶式氫檢儀"],
               ["冷卻水進出口溫差", "≤8 ℃", "溫度錶"],
               ["真空泵油位", "油窗1/2~3/4", "目視"],
               ["氬氣/氫氣減壓閥出口", "0.15±0.02 MPa", "壓力錶"],
               ["加熱區熱電偶讀值偏差", "兩支偏差≤5 ℃", "HMI"]]),
        ("h", "三、定期保養"),
        ("t", [["週期", "項目", "內容", "備註"],
               ["每週", "旋轉接頭", "補充高溫真空脂,檢查O形圈", "O形圈氟橡膠,外徑Φ285"],
               ["每月", "真空系統", "測定極限真空及升壓率", "極限≤5 Pa,升壓率≤2 Pa/10 min"],
               ["每月", "氫氣管路", "全線皂泡/氦檢漏", "法蘭、快接頭重點"],
               ["每季", "加熱元件", "測量電阻,三相不平衡≤5%", "鎳鉻帶"],
               ["每季", "粉料收集罐", "清理殘粉並鈍化處理", "殘粉易自燃,須於氬氣保護下收集"],
               ["每年", "爐管", "內壁測厚,腐蝕餘量≥3 mm", "310S材質"],
               ["每年", "安全閥、爆破片", "校驗/更換", "送第三方校驗"]]),
        ("h", "四、易損件及更換理由"),
        ("b", ["旋轉密封O形圈:每3個月更換。原因:爐管在脫氫階段長時間處於高溫,氟橡膠硬化後氫氣微漏,會造成吸氫階段壓力無法維持。",
               "真空泵油:每500 h更換。原因:脫氫時大量釋放氫氣並夾帶細粉,油品乳化後極限真空變差,脫氫不完全導致粉末殘氫偏高。",
               "卸料蝶閥閥座:每6個月更換。原因:合金碎粉硬度高,閥座磨損後氬氣保護失效,粉末氧含量上升。"]),
        ("h", "五、保養後試運行驗收(引用值)"),
        ("p", "保養完成後以一爐標準料(速凝片500 kg)試運行,驗收參考值依《氫碎作業指導書》:吸氫壓力0.1 MPa,吸氫至壓力不再下降;脫氫溫度550 ℃保溫6 h,真空度達到10 Pa以下方可降溫;出爐粉末含氫量≤1200 ppm,含氧量增量≤100 ppm,粒度-40目≥95%。達不到時不得交付生產,應由保全課與工藝課共同分析。"),
        ("h", "六、記錄"),
        ("p", "保養記錄表PM-HD-003-F1至F4須於作業當日輸入設備管理系統,紙本保存三年。"),
    ]
    write_pdf(rel, "HD-1000 氫碎爐預防性維護手冊", blocks, zh=True, hdr="PM-HD-003 B版 內部資料")
    lab(rel, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "zh", False,
        "traditional Chinese PM manual for hydrogen-decrepitation furnace; process values only as post-maintenance acceptance refs; no 稀土")

@doc
def c06():
    rel = "气流磨/QLM-400气流磨常见故障排除指南.txt"
    txt = """QLM-400 流化床气流磨 常见故障排除指南(车间版)
编号:ZJ-JM-TS-05   修订:2025-03   编写:制粉工段 设备组 黄建军

一、说明
本指南供制粉工段设备员和班长使用,汇总近两年QLM-400气流磨(三台,JM-1/2/3)停机和质量异常的处理经验。
表中“标准设定”一栏即为本工段现行工艺设定值,调整须经工艺员签字,任何超出范围的改动须填写《工艺变更单》。

二、标准设定(现行)
  研磨气体:高纯氮气,系统含氧量 ≤ 20 ppm(运行中),补气含氧 ≤ 5 ppm
  研磨压力:0.65 ~ 0.70 MPa
  分级轮转速:3600 r/min (对应 D50 = 3.0 μm,SPAN ≤ 1.5)
       需D50=2.6 μm的高矫顽力牌号:4200 r/min
  加料速度:由料位(称重)闭环控制,仓内料重 18 ± 2 kg
  润滑剂:入磨前加入硬脂酸锌0.05 wt%,氢碎粉与润滑剂在V形混料机内混合60 min
  旋风出料罐:充氮后收集,出料后30 min内转入混料罐,罐内补氮至微正压

三、故障现象与处理
1. 粒度D50偏粗(> 3.3 μm)
   原因a:分级轮叶片积料或磨损 —— 停机拆检,用尼龙刷清理,叶片磨损>0.5 mm更换整轮
   原因b:研磨压力不足 —— 检查压缩机出口、过滤器压差(>0.05 MPa换滤芯)
   原因c:料位设定过高,磨室内物料过多 —— 将称重设定下调2 kg观察30 min
2. 粉末含氧量超标(> 1500 ppm)
   原因a:系统漏气 —— 停机保压检测,30 min压降 ≤ 0.01 MPa合格;重点检查分级轮主轴密封和加料阀
   原因b:氮气纯度不足 —— 核对制氮机出口分析仪,切换液氮汽化备用气源
   原因c:出料罐切换时进空气 —— 检查罐口蝶阀和充氮程序,确认先充氮后开阀
3. 粉末着火/温升
   立即停止加料,关闭出料阀,维持氮气循环;禁止用水。处理后全面检查含氧量仪表。
4. 细粉比例高(< 1 μm占比 > 8%)
   超细粉会增加富钕相氧化、烧结后矫顽力下降。降低分级轮转速200 r/min,检查喷嘴是否磨损偏大(Φ6.0喷嘴磨至Φ6.4须更换)。
5. 分级轮振动报警(> 4.5 mm/s)
   停机动平衡校正;轴承运行8000 h强制更换(SKF 7208 BECBP 陶瓷球)。
6. 出料量下降
   检查喷嘴对中、旋风器内壁结料、布袋除尘压差(> 1.5 kPa清灰或换袋)。

四、检修后试车
   空载运行15 min → 氮气置换至含氧 ≤ 20 ppm → 加料50 kg试磨 → 取样测D50/SPAN/含氧 → 合格后转正常生产。
   取样合格标准:D50 3.0 ± 0.2 μm,SPAN ≤ 1.5,O ≤ 1200 ppm。

五、记录
   每次故障处理填写《设备故障记录》,注明停机时间、原因、更换件、试车结果。
"""
    write_text(rel, txt)
    lab(rel, "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "zh", False,
        "jet-mill troubleshooting guide that also states current milling set-points (N2 O2, pressure, classifier speed, lubricant)")

@doc
def c07():
    rel = "mail/RE_ Furnace VS-3 overhaul finished - restart curve attached.eml"
    curve = [["step", "segment", "target_T_C", "ramp_C_per_min", "hold_min", "vacuum_Pa_max", "gas", "note"],
             [1, "debinding", 200, 3.0, 120, 10, "vac", "lubricant removal"],
             [2, "dehydrogenation", 500, 2.5, 180, 5, "vac", "H2 release, hold until p<5Pa"],
             [3, "degas", 850, 3.0, 120, 1, "vac", ""],
             [4, "sinter", 1060, 2.0, 300, 0.5, "vac", "grade N52: 1055C"],
             [5, "gas quench", 80, -20, 0, "", "Ar 80kPa", "fan on"],
             [6, "1st temper", 900, 5.0, 180, 1, "vac", ""],
             [7, "gas quench", 80, -20, 0, "", "Ar 80kPa", ""],
             [8, "2nd temper", 500, 5.0, 240, 1, "vac", "adjust 480-520 per HcJ"],
             [9, "gas quench", 50, -20, 0, "", "Ar 80kPa", "unload < 50C"]]
    buf = io.StringIO(); w = csv.writer(buf, lineterminator="\r\n"); [w.writerow(r) for r in curve]
    body = """Hi Ms. Zhang, hi Thomas,

short update from site (Line 2, Haiphong):

VS-3 (600 kg vacuum sintering furnace) overhaul is finished as of yesterday 18:00. What we did:
- replaced the complete graphite heating element set (12 panels) and the molybdenum heat-shield inner layer on the door side, which had cracked
- new door O-ring, re-shimmed the door hinge (gap was 1.8 mm on the upper side)
- diffusion pump: new heater and oil (Santovac 5 replaced by DC-705 as agreed)
- recalibrated TC1-TC9 against the reference S-type, max deviation now 2.1 C
- temperature uniformity survey at 1050 C: +/-4 C over the 9 points (spec +/-5 C)
- leak rate 0.42 Pa/h (spec <= 0.67 Pa/h)

Before we go back to production, the local team will run the restart curve in the attached CSV. It is our standard N48/N52 curve from HQ with the 2nd temper window 480-520 C - please confirm that's still the current revision, the local engineers have an older sheet with 1045 C sintering.

The first load will be 420 kg of pressed N48 blocks (49x49x30) from the orientation press; we will check density >= 7.55 g/cm3, Br, HcJ and squareness on 5 samples before releasing the furnace.

Open point: the quench fan motor bearing is noisy; spare bearing is in the container, we change it next week.

Best regards / 此致
Liu Wei (刘伟)
Site Service Engineer
"""
    write_eml(rel, "Liu Wei <liu.wei@service.local>", "Zhang Min <zhang.min@hq.local>", "RE: Furnace VS-3 overhaul finished - restart curve attached",
              "Tue, 14 Oct 2025 08:12:44 +0700", body, [("VS3_restart_curve_N48_N52.csv", buf.getvalue().encode("utf-8"), "text/csv")],
              cc="Thomas Berg <t.berg@hq.local>")
    lab(rel, "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", None, "en", False,
        "site engineer email on sintering-furnace overhaul; attached CSV is the full sinter+temper recipe")

@doc
def c08():
    rel = "proposals/GBD line 2 retrofit proposal_2025Q4.pptx"
    slides = [
        ("Grain-Boundary Diffusion Line 2 – Retrofit Proposal", ["Plant Engineering / Magnet Division", "For management review, 24 Nov 2025", "Prepared by: Kevin Zhao, Li Na (工艺), Martin Roe (equipment vendor)"]),
        ("Why retrofit (现状问题)", ["Current Tb coating by dipping slurry: coating weight scatter ±18 % → HcJ scatter ±1.2 kOe after diffusion",
                                     "Diffusion furnace DF-2 (2014) – 9-zone uniformity only ±9 C at 900 C, spec ±5 C",
                                     "Tb consumption 0.62 wt% of magnet mass vs. 0.45 wt% industry benchmark",
                                     "Line availability 81 % (heater element failures, door seal)"]),
        ("Proposed scope", ["Replace dip station with automatic spray-coating robot + in-line weighing (closed loop)",
                            "Rebuild DF-2 hot zone: Mo heat shields, 12 graphite heaters, new TCs, retune PID",
                            "New loading racks (Mo mesh) for 3 mm–6 mm thick wafers",
                            "MES link: coating weight, furnace batch record, magnet lot traceability"],
         [["Item", "Vendor", "CAPEX (kRMB)", "Downtime"], ["Spray robot + weighing", "vendor A", "2 850", "2 weeks"],
          ["DF-2 hot-zone rebuild", "OEM", "1 960", "4 weeks"], ["Racks & fixtures", "in-house", "320", "—"], ["MES interface", "IT", "260", "—"], ["Total", "", "5 390", "5 weeks (parallel)"]]),
        ("Acceptance targets after retrofit (SAT)", ["Furnace uniformity ±5 C over workload at 900 C (9-point survey)", "Coating weight within ±5 % of set point, 3σ",
                                                       "Diffusion result on 4.5 mm N52 wafers: ΔHcJ ≥ +8 kOe with Tb 0.45 wt%, Br loss ≤ 0.2 kG",
                                                       "Process window taken from current WI-GBD-07 (diffusion 900 C / tempering 500 C); not changed by this project"]),
        ("Schedule", ["Week 0: PO release", "Week 14: FAT at robot vendor", "Week 18–22: installation during Chinese New Year shutdown", "Week 23: SAT with 3 production lots, sign-off"]),
        ("Benefits & payback", ["Tb saving ≈ 1.9 t/year at current volume", "Yield +3 % (HcJ rejects)", "Payback 11 months at current Tb price"],
         [["KPI", "Now", "After"], ["Tb use (wt%)", "0.62", "0.45"], ["HcJ scatter", "±1.2 kOe", "±0.5 kOe"], ["Availability", "81 %", "92 %"]]),
        ("Risks", ["Spray nozzle clogging with Tb hydride slurry – vendor to provide purge cycle", "Hot-zone rebuild lead time 16 weeks", "Operator re-training (2 shifts)"]),
    ]
    write_pptx(rel, slides, author="Kevin Zhao")
    lab(rel, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "en", False,
        "retrofit proposal for Tb grain-boundary-diffusion line; process window only as acceptance reference")

@doc
def c09():
    rel = "drawings/KLN-101_roasting_leach_layout_revC.dxf"
    E = []
    E += [("R", 0, 0, 420, 297, "BORDER"), ("R", 10, 10, 400, 277, "BORDER")]
    # kiln
    E += [("R", 40, 180, 180, 22, "EQUIP"), ("T", 45, 206, 4, "K-101 ROTARY KILN D2.2 x L32 m, slope 3%, 0.5-2 rpm", "EQUIP")]
    for i, zx in enumerate((40, 100, 160)):
        E.append(("L", zx, 175, zx, 207, "ZONES")); E.append(("T", zx + 2, 172, 2.5, "ZONE %d" % (i + 1), "ZONES"))
    E += [("R", 235, 185, 25, 14, "EQUIP"), ("T", 233, 202, 3, "X-102 FLUE GAS SCRUBBER", "EQUIP"),
          ("R", 20, 150, 14, 14, "EQUIP"), ("T", 16, 145, 2.5, "M-100 ACID MIXER", "EQUIP")]
    for i in range(4):
        E.append(("C", 80 + i * 45, 100, 15, "EQUIP")); E.append(("T", 70 + i * 45, 78, 3, "T-11%d" % (i + 1), "EQUIP"))
    E += [("T", 70, 120, 3, "WATER LEACH TANKS T-111..T-114, 40 m3, agitated, FRP-lined", "EQUIP"),
          ("L", 220, 180, 220, 110, "PIPE"), ("L", 220, 110, 95, 110, "PIPE"), ("L", 215, 100, 255, 100, "PIPE"),
          ("R", 255, 90, 30, 20, "EQUIP"), ("T", 255, 84, 3, "F-120 FILTER PRESS", "EQUIP")]
    E += notes_block(300, 265, 3.2, [
        "NOTES:",
        "1. FEED: MIXED BASTNAESITE-MONAZITE CONC. REO>=50%,",
        "   MIXED WITH 98% H2SO4 AT ACID/CONC = 1.3-1.5 (w/w) IN M-100.",
        "2. KILN ZONE SET TEMPS (SHELL TC): Z1 280C, Z2 480C,",
        "   Z3 (DISCHARGE) 750-780C. RESIDENCE 2.5-3 h.",
        "3. OFF-GAS HF/SO3 TO X-102, 3-STAGE SCRUBBING.",
        "4. CALCINE WATER LEACH L/S 8:1, 40C, 2 h,",
        "   pH ADJ. 3.8-4.0 WITH MgO TO REMOVE Fe/Th.",
        "5. CHECK KILN ALIGNMENT AFTER HOT START:",
        "   TYRE/ROLLER CONTACT >=80%, AXIAL FLOAT 10-15 mm.",
        "6. REFRACTORY: ACID-RESISTANT BRICK 230 mm Z2-Z3,",
        "   DRY-OUT PER SUPPLIER CURVE BEFORE FIRST FEED.",
        "7. ALL DIMENSIONS mm UNLESS NOTED."], "NOTES")
    E += title_block(230, 12, [("TITLE", "ACID ROAST & WATER LEACH - LAYOUT"), ("DWG NO", "KLN-101"), ("REV", "C  2025-07-02"),
                                ("SCALE", "1:100"), ("DRAWN", "H.LIANG"), ("CHECKED", "Y.SONG")])
    dxf(rel, E)
    lab(rel, "controlled", ["1E902.a", "1E902.b"], ["separation"], [], "drawing", None, "en", False,
        "DXF layout of acid-roast kiln and leach section; notes give acid ratio, kiln zone temps, leach conditions plus installation checks")

@doc
def c10():
    rel = "drawings/OP-2 press cell layout.dxf"
    E = [("R", 0, 0, 420, 297, "BORDER"), ("R", 10, 10, 400, 277, "BORDER")]
    E += [("R", 40, 150, 60, 80, "EQUIP"), ("T", 40, 235, 3.5, "GLOVE BOX GB-21 (N2, O2<100 ppm)", "EQUIP"),
          ("R", 120, 150, 90, 80, "EQUIP"), ("T", 120, 235, 3.5, "OP-2 ORIENTATION PRESS 200 t, ELECTROMAGNET", "EQUIP"),
          ("R", 230, 150, 60, 80, "EQUIP"), ("T", 230, 235, 3.5, "CIP-2 ISOSTATIC PRESS 200 MPa", "EQUIP"),
          ("R", 120, 60, 90, 50, "EQUIP"), ("T", 120, 52, 3, "PULSE CAPACITOR / DC POWER CABINET", "EQUIP"),
          ("L", 100, 190, 120, 190, "CONV"), ("L", 210, 190, 230, 190, "CONV")]
    E += notes_block(300, 265, 3.0, [
        "INSTALLATION NOTES:",
        "1. PRESS FOUNDATION: LEVEL 0.05 mm/m, GROUT AFTER 28 d.",
        "2. KEEP FERROMAGNETIC PARTS >1.5 m FROM POLE PIECES.",
        "3. COIL COOLING WATER 0.25 MPa, 3 m3/h, INLET <30C.",
        "4. GLOVE BOX LEAK TEST: O2 RISE <20 ppm/h.",
        "5. COMMISSIONING ACCEPTANCE (REF. ONLY):",
        "   FIELD AT DIE CENTRE >=1.6 T (GAUSSMETER),",
        "   GREEN DENSITY 3.9-4.2 g/cm3, ORIENTATION",
        "   CHECK ON SINTERED TEST BLOCK Br>=14.1 kG.",
        "6. DEMAGNETISE PULSE BEFORE EJECTION MUST BE",
        "   ENABLED IN PLC (INTERLOCK I-0217).",
        "7. CABLE TRAYS SEE E-OP2-05."], "NOTES")
    E += title_block(230, 12, [("TITLE", "PRESS CELL OP-2 GENERAL ARRANGEMENT"), ("DWG NO", "ME-OP2-001"), ("REV", "B  2025-05-20"),
                                ("SCALE", "1:50"), ("DRAWN", "R.TAN"), ("PROJECT", "LINE 4 EXPANSION")])
    dxf(rel, E)
    lab(rel, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "drawing", None, "en", False,
        "DXF GA of orientation/isostatic press cell with installation notes; field/density/Br only as commissioning refs; no 'rare earth'")

@doc
def c11():
    rel = "PLC导出/SJL05_配方表_20250822.csv"
    hdr = ["配方号", "牌号", "段号", "段名", "目标温度(℃)", "升温速率(℃/min)", "保温(min)", "真空上限(Pa)", "充气压力(kPa)", "风机"]
    rows = [hdr]
    recipes = [("R21", "N42-Ce20", [("脱脂", 300, 3, 120, 10, 0, "关"), ("脱氢", 600, 3, 180, 5, 0, "关"), ("预烧", 900, 3, 90, 1, 0, "关"),
                                     ("烧结", 1035, 2, 240, 0.5, 0, "关"), ("冷却", 80, 0, 0, 0, 85, "开"), ("一级回火", 880, 5, 120, 1, 0, "关"),
                                     ("冷却", 80, 0, 0, 0, 85, "开"), ("二级回火", 480, 5, 180, 1, 0, "关"), ("冷却", 50, 0, 0, 0, 85, "开")]),
               ("R22", "N38-Ce30", [("脱脂", 300, 3, 120, 10, 0, "关"), ("脱氢", 600, 3, 180, 5, 0, "关"), ("预烧", 900, 3, 90, 1, 0, "关"),
                                     ("烧结", 1025, 2, 270, 0.5, 0, "关"), ("冷却", 80, 0, 0, 0, 85, "开"), ("一级回火", 860, 5, 120, 1, 0, "关"),
                                     ("冷却", 80, 0, 0, 0, 85, "开"), ("二级回火", 460, 5, 180, 1, 0, "关"), ("冷却", 50, 0, 0, 0, 85, "开")]),
               ("R23", "N35-Ce45", [("脱脂", 300, 3, 120, 10, 0, "关"), ("脱氢", 600, 3, 180, 5, 0, "关"), ("预烧", 900, 3, 60, 1, 0, "关"),
                                     ("烧结", 1015, 2, 300, 0.5, 0, "关"), ("冷却", 80, 0, 0, 0, 85, "开"), ("一级回火", 850, 5, 120, 1, 0, "关"),
                                     ("冷却", 80, 0, 0, 0, 85, "开"), ("二级回火", 450, 5, 180, 1, 0, "关"), ("冷却", 50, 0, 0, 0, 85, "开")])]
    for rid, grade, segs in recipes:
        for i, s in enumerate(segs, 1):
            rows.append([rid, grade, i, s[0], s[1], s[2], s[3], s[4], s[5], s[6]])
    write_csv(rel, rows, enc="gb18030")
    lab(rel, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "parameter-sheet", None, "zh", False,
        "GB18030 PLC recipe export of sintering/tempering curves for Ce-substituted grades; all numbers, short Chinese headers")

@doc
def c12():
    rel = "矿山/原地浸矿采场注液系统施工与调试方案(3号采场).docx"
    blocks = [
        ("p", "项目:XX县离子吸附型稀土矿3号采场原地浸矿工程    编制单位:矿山工程部    日期:2025年4月    方案编号:KS-ZY-03-2025"),
        ("h", "一、工程概况"),
        ("p", "3号采场面积约4.6公顷,矿体赋存于全风化花岗岩层,平均品位0.085%(REO),矿体厚度6~14 m。本方案规定注液井网施工、集液巷道及导流孔施工、收液池和高位池安装、管网试压及注液系统调试,浸矿剂配方及注液强度以《原地浸矿工艺规程》为准,本方案只在调试验收中引用。"),
        ("h", "二、注液井网施工"),
        ("t", [["项目", "要求"], ["井网形式", "正方形网度 2.5 m × 2.5 m(山脊加密至2 m×2 m)"], ["井径", "Φ200 mm,人工/机械成孔"],
               ["井深", "穿过表土层,进入全风化层1.5~2 m,不得穿透矿体底板"], ["井管", "PE管 Φ32,下端开孔段长1 m,外包滤网"],
               ["封口", "井口回填黏土压实30 cm"], ["数量", "约7 200口"]]),
        ("h", "三、收液系统"),
        ("b", ["集液巷道:沿矿体底板以下0.5 m布置,断面1.2 m×1.8 m,坡度3‰,巷道间距30~40 m。",
               "导流孔:巷道两侧每3 m一个,倾角5°~8°,孔深15~20 m,内置打孔PVC管。",
               "人工假底:底板裂隙发育区段铺设HDPE防渗膜(1.5 mm)并注浆。",
               "收液池:钢筋混凝土,容积800 m³,内衬HDPE膜;设液位计及在线pH计。",
               "监测井:采场外围每50 m布设一口地下水监测井,调试期间每日取样测氨氮、pH、硫酸根。"]),
        ("h", "四、管网安装与试压"),
        ("p", "高位池至采场主管采用DN110 PE100管,支管DN50,至各井Φ32毛细管;每20口井设一个调节阀组。管网安装完成后以清水1.5倍工作压力(0.45 MPa)保压30 min,压降≤0.02 MPa为合格。"),
        ("h", "五、注液系统调试"),
        ("n", ["清水试注:按区段注清水3天,检查井口冒液、边坡渗漏、巷道来水情况,记录各巷道出水量与注入量之比(目标≥85%)。",
               "浸矿剂试注:由工艺部按规程配制浸矿剂,设备部负责计量泵和配液罐运行检查。",
               "调试期检查:每2 h巡查边坡及滑坡监测点位移,位移速率>5 mm/d立即停注。",
               "收液验收引用值:母液稀土浓度达到0.8 g/L以上、浸出率阶段目标≥85%、母液回收率≥90%时,转入正常生产管理。"]),
        ("h", "六、安全与环保"),
        ("b", ["雨季施工须设截洪沟;暴雨前停止注液。", "配液区设置应急池,容积不小于最大单罐容积。", "严禁在监测井30 m范围内布设注液井。"]),
    ]
    write_docx(rel, "3号采场原地浸矿注液系统施工与调试方案", blocks, author="矿山工程部", lang_zh=True)
    lab(rel, "controlled", ["1E902.b"], ["mining"], [], "process-spec", None, "zh", False,
        "construction and commissioning plan for in-situ leaching well grid; leaching recipe deferred to process spec, values only as acceptance refs")

@doc
def c13():
    rel = "SmCo/AF-3 aging furnace upgrade - setpoints and SAT checklist.xlsx"
    sp = [["Recipe", "Grade", "Step", "Description", "Temp (C)", "Ramp (C/min)", "Hold (h)", "Atmosphere", "Cooling"],
          ["S217-30", "2:17 YXG-30H", 1, "Sinter", 1215, 4, 1.0, "Ar 0.02 MPa", "-"],
          ["S217-30", "2:17 YXG-30H", 2, "Solution treatment", 1180, -1, 3.0, "Ar", "Ar quench to RT, fan 100%"],
          ["S217-30", "2:17 YXG-30H", 3, "Isothermal aging", 830, 8, 12.0, "vacuum <1 Pa", "-"],
          ["S217-30", "2:17 YXG-30H", 4, "Slow cool", 400, -0.7, 0, "vacuum", "controlled 0.7 C/min"],
          ["S217-30", "2:17 YXG-30H", 5, "Hold & quench", 400, 0, 2.0, "vacuum", "Ar quench"],
          ["S15-20", "1:5 YX-20", 1, "Sinter", 1125, 4, 1.5, "Ar", "-"],
          ["S15-20", "1:5 YX-20", 2, "Heat treatment", 900, -2, 2.0, "Ar", "fast cool"]]
    chk = [["#", "Check item", "Acceptance", "Result", "By", "Date"],
           [1, "New SCR power unit phase balance", "<= 3 %", "1.8 %", "EE", "2025-09-03"],
           [2, "Slow-cool ramp accuracy 830->400 C", "0.7 +/- 0.05 C/min, 5-point", "0.69-0.73", "PE", "2025-09-04"],
           [3, "Temperature uniformity at 830 C", "+/- 3 C (9 TC)", "+/- 2.6 C", "QA", "2025-09-04"],
           [4, "Vacuum during aging", "< 1 Pa", "0.3 Pa", "ME", "2025-09-04"],
           [5, "Gas quench from 1180 C to 600 C", "<= 4 min", "3 min 40 s", "ME", "2025-09-05"],
           [6, "Recipe lock (operator level can't edit)", "verified", "OK", "IT", "2025-09-05"],
           [7, "Trial lot magnets Br / HcJ / (BH)max", "Br>=1.08 T, HcJ>=1990 kA/m, (BH)max>=220 kJ/m3", "1.09 / 2150 / 226", "QA", "2025-09-08"],
           [8, "Old TC wiring removed, as-built updated", "drawing E-AF3-02 rev C", "open", "EE", ""]]
    why = [["Change", "Reason"],
           ["SCR power unit replaced by IGBT", "old unit could not hold 0.7 C/min slow cool below 600 C: ramp oscillated, HcJ scatter"],
           ["Added 4 TCs in load zone", "uniformity survey failed at corners (+7 C)"],
           ["Quench fan motor 37 -> 55 kW", "solution-treated magnets cooled too slowly, cell-boundary phase incomplete"]]
    write_xlsx(rel, [("Setpoints", sp, [10, 14, 6, 20, 9, 11, 8, 14, 24]), ("SAT checklist", chk, [4, 40, 36, 18, 6, 12]), ("Changes", why, [34, 80])], author="J. Patel")
    lab(rel, "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["SmCo"], "parameter-sheet", None, "en", False,
        "SmCo aging-furnace upgrade: full 2:17 and 1:5 heat-treatment set-points plus SAT checklist and change reasons")

@doc
def c14():
    rel = "reports/VD-2 vacuum distillation unit overhaul report Sep2025.pdf"
    blocks = [
        ("p", "Unit: VD-2 high-vacuum distillation/sublimation unit, 50 kg/batch    Plant: metals workshop, bay 3    Report: OH-VD2-2025-02    Author: R. Mensah, maintenance engineer    Date: 2025-09-26"),
        ("h", "1 Background"),
        ("p", "VD-2 is used to purify crude dysprosium and terbium metal (from calcium reduction) to 99.9 % and above. After 410 batches since the last overhaul the unit showed a slow loss of ultimate vacuum (from 3E-4 Pa to 2E-3 Pa) and the condenser crown deposit could no longer be removed in one piece. Production had to lower the distillation temperature set-point, which reduced yield per batch by about 15 %."),
        ("h", "2 Findings"),
        ("t", [["Component", "Finding", "Action"],
               ["Ta crucible (inner)", "wall thinning 0.3 mm at melt line, grain growth cracks", "replaced (spare TA-CR-50)"],
               ["Condenser (Mo, water-cooled crown)", "distortion 2.4 mm, deposit adhesion", "re-machined, new Mo liner"],
               ["Heat shields (W/Mo 7 layers)", "layers 1-2 embrittled, sagging", "layers 1-3 replaced"],
               ["Diffusion pump", "oil cracked, heater at 60 % output", "new heater, oil change"],
               ["Main gate valve", "Viton seal compression set", "replaced"],
               ["TC (W-Re)", "drift +11 C vs. pyrometer", "replaced and re-referenced"]]),
        ("h", "3 Post-overhaul tests"),
        ("t", [["Test", "Requirement", "Result"],
               ["Ultimate vacuum cold", "<= 5E-4 Pa", "2.8E-4 Pa"], ["Leak rate (He)", "<= 1E-9 Pa m3/s", "4E-10"],
               ["Hot vacuum at 1600 C empty", "<= 5E-3 Pa", "1.9E-3 Pa"], ["Temperature uniformity crucible", "+/- 10 C", "+/- 7 C"]]),
        ("h", "4 Trial batch (acceptance reference)"),
        ("p", "A trial batch of 32 kg crude Dy was run with the standard production programme (see WI-VD-04; not reproduced). Result: distilled Dy 27.1 kg, purity 99.95 % (RE basis), Ca 18 ppm, O 140 ppm, Ta 35 ppm; residue 3.9 kg returned to reduction. Acceptance reference from the original SAT was >= 80 % yield and >= 99.9 % purity: met."),
        ("h", "5 Recommendations"),
        ("b", ["Reduce overhaul interval from 400 to 300 batches; crucible wall thickness check every 100 batches by ultrasonic gauge.",
               "Keep two spare condenser liners; lead time from supplier 14 weeks.",
               "Add a residual-gas analyser to detect water ingress from condenser early (budget request submitted)."]),
    ]
    write_pdf(rel, "Overhaul Report - VD-2 Vacuum Distillation Unit", blocks, hdr="OH-VD2-2025-02")
    lab(rel, "controlled", ["1E902.b"], ["metal-smelting"], [], "process-spec", None, "en", False,
        "overhaul/repair report of Dy/Tb vacuum distillation unit; trial batch only as acceptance reference")

@doc
def c15():
    rel = "回收線/油泥回收線2號焙燒爐檢修報告.txt"
    txt = """油泥回收線 2號回轉焙燒爐 檢修報告
報告編號:HS-JX-2025-031      日期:2025年8月21日
編寫:回收車間設備組 林志明      審核:陳國華

一、停機原因
  8月12日夜班發現2號回轉焙燒爐(Φ1.6×18 m,處理釹鐵硼油泥及廢料)出料端筒體溫度異常,
  紅外測溫最高達 410℃(正常 ≤ 250℃),判斷為窯內耐火澆注料局部脫落。8月13日計劃停機檢修。

二、檢查情況
  1. 出料端 3~6 m 區段澆注料脫落面積約 2.1 m²,最深處露出錨固件。
  2. 窯頭密封魚鱗片磨損 7 片,漏風明顯,造成窯內氧化氣氛不穩定、料溫偏低。
  3. 托輪 2# 表面有軸向拉痕,托輪軸承溫度曾達 78℃。
  4. 燃燒器噴嘴積碳,火焰偏燒,是局部過熱的主要原因。
  5. 出料螺旋冷卻機內壁有燒結塊,最大約 30 cm。

三、處理措施
  1. 鑿除鬆動澆注料,重新焊接 Y 形錨固件(310S),澆築高鋁低水泥澆注料 200 mm,
     按供應商烘爐曲線烘烤:150℃ 保溫 24 h → 350℃ 保溫 16 h → 600℃ 保溫 8 h。
  2. 更換全部窯頭魚鱗片密封,調整配重。
  3. 托輪 2# 修磨,更換軸承;重新調整托輪歪斜,使筒體上竄下竄平衡。
  4. 更換燃燒器噴嘴,火焰調整居中。
  5. 清理冷卻機結塊。

四、開爐驗收(參考值)
  開爐後按現行《油泥氧化焙燒作業指導書》運行,驗收引用指標:
    焙燒料中鐵的氧化率 ≥ 98%,殘碳 ≤ 0.3%;
    後段鹽酸優溶工序稀土浸出率 ≥ 97%,浸出液 Fe ≤ 0.05 g/L;
    窯筒體表面溫度 ≤ 250℃。
  8月19日~20日連續 48 h 運行,取樣 6 次,全部達標,恢復正常生產。

五、原因分析與建議
  主要原因為燃燒器噴嘴積碳導致火焰偏燒,加上油泥含油量波動(12%~25%)使窯內局部溫度過高。
  建議:
   (1) 燃燒器噴嘴每月清理一次,納入點檢表;
   (2) 進窯前油泥先經離心脫油,含油量控制在 15% 以下;
   (3) 出料端增設兩處筒體紅外測溫,設定 300℃ 報警。

六、備件消耗
  澆注料 6.5 t,錨固件 180 支,魚鱗片 24 片,托輪軸承 22326 兩套,燃燒器噴嘴 1 只。
"""
    write_text(rel, txt)
    lab(rel, "controlled", ["1E902.b"], ["recycling"], [], "process-spec", None, "zh", False,
        "traditional Chinese repair report of NdFeB sludge roasting kiln; leach recovery only as restart acceptance refs")

@doc
def c16():
    rel = "projects/磁材废料回收线扩能可研_Recycling line debottlenecking study v0.9.docx"
    blocks = [
        ("p", "Prepared by: Plant Engineering 工程部 (吴涛, S. Keller)    Status: draft v0.9 for 技术委员会    Date: 2025-10-30"),
        ("h", "1 Background 背景"),
        ("p", "现有废料回收线设计能力为 3 000 t/a 烧结钕铁硼废料(块料+油泥折干),2024年实际处理 3 350 t,已超负荷运行。Bottlenecks identified during the July 2025 performance test: (1) oxidising roaster throughput, (2) 优溶槽 residence time, (3) P507 萃取段 stage count for Dy/Tb split. Target after expansion: 6 000 t/a feed."),
        ("h", "2 Current process and proposed process window"),
        ("p", "The study confirms the process route and adjusts the design basis as follows (this becomes the design basis for the EPC tender):"),
        ("t", [["Unit 工序", "Current", "Proposed design basis", "Comment"],
               ["Crushing / 破碎", "jaw + hammer mill, -2 mm", "add ball mill to -0.15 mm (80 %)", "finer feed improves oxidation rate"],
               ["Oxidising roast 氧化焙烧", "rotary kiln 650 C, 3 h", "2 kilns in parallel, 750-800 C, 2 h, excess air 1.4", "Fe oxidation >= 98 %"],
               ["Selective HCl leach 盐酸优溶", "4 tanks, pH 1.5, 80 C, 4 h", "6 tanks, end pH 1.0-1.2 then back-titrate to 3.5-4.0 to drop Fe", "RE leach >= 98 %, Fe in liquor <= 0.05 g/L"],
               ["Co/Ni removal 除杂", "sulfide precipitation", "unchanged", ""],
               ["SX 萃取分离 (P507)", "Nd/Dy split 40 stages", "50 stages; Dy/Tb + PrNd two products; O/A 1.8 extraction section", "Dy2O3 >= 99.5 %, PrNd oxide >= 99.0 %"],
               ["Precipitation 沉淀", "oxalic acid, 1.1x stoich.", "unchanged", ""],
               ["Calcination 灼烧", "tunnel kiln 950 C", "add 2nd kiln, 950 C, 2 h", "REO >= 99 % LOI <= 1 %"]]),
        ("h", "3 Equipment list (new / modified)"),
        ("t", [["Tag", "Item", "Qty", "Spec"], ["K-202", "Rotary kiln", "1", "Φ2.0 × 24 m, gas-fired, refractory 230 mm"],
               ["R-311..316", "Leach reactors", "6", "25 m³ FRP/PTFE lined, agitator 22 kW"], ["FP-320", "Membrane filter press", "1", "200 m²"],
               ["SX-4", "Mixer-settler cascade", "50 stg", "2.0 m³ mixers, PP"], ["CK-502", "Tunnel calciner", "1", "28 m, 4 zones"]]),
        ("h", "4 Implementation & commissioning 实施与调试"),
        ("b", ["Tie-ins during the Oct 2026 annual shutdown (14 days); kiln and SX-4 built in parallel on new foundation",
               "Cold commissioning with water/air, then hot commissioning with 30 % feed for 10 days, ramp to 100 % in 4 weeks",
               "Performance test 72 h at 6 000 t/a rate: overall RE recovery >= 95 %, products meet specs above"]),
        ("h", "5 CAPEX / OPEX estimate (±30 %)"),
        ("t", [["Item", "kRMB"], ["Equipment", "38 600"], ["Civil & steel", "9 200"], ["Installation", "7 400"], ["E&I / DCS", "5 900"], ["Engineering & contingency", "10 300"], ["Total", "71 400"]]),
        ("h", "6 Recommendation 结论"),
        ("p", "建议批准进入基础设计阶段。Payback estimated at 2.6 years at 2025 average oxide prices."),
    ]
    write_docx(rel, "Recycling Line Debottlenecking / Capacity Expansion Study 回收线扩能可研", blocks, author="吴涛")
    lab(rel, "controlled", ["1E902.a", "1E902.b"], ["recycling", "separation"], [], "process-spec", None, "mixed", False,
        "capacity expansion study for NdFeB scrap recycling line that also sets a new process design basis (roast, leach, SX)")

@doc
def c17():
    rel = "电解车间/6kA电解槽备品备件及易损件清单_2026年度.xlsx"
    rows = [["序号", "名称", "规格/图号", "材质", "单槽用量", "更换周期", "年需求(24槽)", "更换原因/说明"],
            [1, "阳极(分块)", "AN-6K-03", "高纯石墨 ≥1.80 g/cm³", "4块", "25~30天", 1100, "电解中阳极氧化消耗,厚度<40 mm时电流分布不均、易发阳极效应"],
            [2, "阴极棒", "CA-W-25", "钨 Φ25×900", "1根", "6个月", 52, "钨棒在熔盐界面处被金属液侵蚀变细,影响析出面积"],
            [3, "接金属坩埚", "MO-CR-120", "钼", "1只", "3个月", 100, "钼坩埚底部与稀土金属形成合金变薄,渗漏风险"],
            [4, "槽体石墨坩埚", "GC-6K-01", "石墨", "1只", "18个月", 16, "熔盐渗透后开裂,大修时更换"],
            [5, "热电偶保护管", "TP-MO-12", "钼", "1支", "1个月", 300, "氟化物熔盐腐蚀"],
            [6, "导电铜排夹具", "BC-6K-02", "T2铜", "8套", "12个月", 200, "高温氧化,接触电阻升高,力矩不足会导致阳极效应"],
            [7, "槽盖保温砖", "—", "轻质高铝砖", "20块", "6个月", 960, "氟化物挥发及热冲击剥落"],
            [8, "加料器密封垫", "FD-S-01", "石墨盘根", "2件", "2个月", 290, "密封不良时氟化物挥发,电解质液面下降"],
            [9, "真空抬包吸管", "VL-T-08", "不锈钢+陶瓷内衬", "—", "按200次", 60, "出金属时高温腐蚀"],
            [10, "整流柜快熔", "RS3-1000A", "—", "—", "按需", 12, "阳极效应冲击电流"]]
    ref = [["参数(仅供备件选型参考)", "数值"], ["额定电流", "6 kA"], ["槽电压", "8.5~10.5 V"], ["电解温度", "1040~1060 ℃"],
           ["电解质体系", "(Pr,Nd)F3-LiF"], ["阳极电流密度", "0.8~1.2 A/cm²"], ["说明", "工艺参数以《电解工艺规程》为准"]]
    write_xlsx(rel, [("备件清单", rows, [6, 16, 14, 20, 10, 12, 12, 60]), ("参考参数", ref, [28, 24])], author="设备科")
    lab(rel, "controlled", ["1E902.b"], ["metal-smelting"], [], "parameter-sheet", None, "zh", False,
        "spare and wear parts list for fluoride-bath electrolysis cells with reasons; process values only as reference")

@doc
def c18():
    rel = "DCS/SX3 DCS configuration notes - loops and interlocks.txt"
    txt = """SX-3 PrNd/SmEuGd SPLIT - DCS CONFIGURATION NOTES
Rev 4, 2025-07-18, author: A. Ferreira (controls), reviewed: 赵敏 (process)
System: Centum VP R6, FCS0103; HMI group SX3_*

1. PURPOSE
These notes record the loop configuration, ranges, alarm limits and interlocks for the SX-3
mixer-settler cascade (72 stages: 6 saponification, 30 extraction, 26 scrub, 10 strip) as
commissioned. They also hold the operating set-points agreed with process engineering, which
operators may only change within the clamp limits given here.

2. FLOW LOOPS (PID, cascade from ratio block RB-301)
 Tag      Service                           Range       SP        Clamp        Alarm H/L
 FIC-301  Organic 1.5M P507 in kerosene     0-150 L/min 96        90-102       105/85
 FIC-302  NH4OH saponification 10M          0-15        8.1       7.6-8.6      9.0/7.0
 FIC-303  Feed, mixed Cl- liquor 1.6M REO   0-30        16.0      14-18        19/12
 FIC-304  Scrub HCl 4.2M                     0-15        5.8       5.4-6.2      6.6/5.0
 FIC-305  Strip HCl 6.0M                     0-15        4.9       4.5-5.3      5.6/4.2
 RB-301   ratio FIC-302/FIC-301 = 0.084 -> saponification 35 % (+/-2 %)
 RB-302   ratio FIC-304/FIC-303 = 0.36

3. ANALYSER LOOPS
 AIC-310  on-line XRF stage 30 aqueous, Nd/(Nd+Sm) target 0.5 % max; trims FIC-304 +/-0.3 L/min per 15 min
 AIC-311  stage 66 aqueous Sm/(Pr+Nd+Sm) target 99.0 % min (advisory only)
 pHIC-312 feed pH 2.0-2.5, dosing HCl

4. TEMPERATURE
 TIC-320  feed heater SP 32 C; TIC-321 strip acid SP 40 C (improves strip of heavy fraction)

5. INTERLOCKS
 I-01  Organic flow low-low (< 70 L/min, 10 s)  -> stop FIC-302/303/304/305 (prevent aqueous flooding)
 I-02  Saponification stage temp > 48 C         -> stop FIC-302
 I-03  Settler N2 blanket < 0.1 kPa              -> alarm, after 5 min stop all agitators
 I-04  Any agitator trip in extraction section   -> ratio hold, feed FIC-303 to 50 %
 I-05  LEL > 20 % in SX hall                     -> ESD, stop all pumps, purge fan on

6. START-UP SEQUENCE (SEQ-SX3-START)
 S1 N2 purge 30 min -> S2 organic circulation 60 min -> S3 agitators on, 240 rpm ->
 S4 saponification agent on -> S5 strip acid, scrub acid -> S6 feed ramp 25/50/75/100 % at 2 h steps
 S7 release AIC-310 trim after 12 h stable interface

7. CHANGES SINCE REV 3
 - AIC-310 trim gain halved (oscillation seen during SAT week 2)
 - I-04 added after agitator M-344 trip caused crud build-up
 - clamp of FIC-301 narrowed from 80-110 to 90-102
"""
    write_text(rel, txt)
    lab(rel, "controlled", ["1E902.a", "1E902.b"], ["separation"], [], "parameter-sheet", None, "en", False,
        "DCS configuration notes for SX cascade incl. set-points, ratios, start-up sequence; never says rare earth")

@doc
def c19():
    rel = "電解/3號電解槽大修及重新啟動程序.docx"
    blocks = [
        ("p", "文件編號:EL-OH-003    編製:電解車間 設備主管 許文彬    生效日期:2025年6月1日    適用:3 kA/6 kA 氟化物熔鹽電解槽"),
        ("h", "一、目的"),
        ("p", "規定電解槽大修(更換石墨槽膛、襯砌、導電系統)的拆除、安裝、烘爐及重新啟動步驟,確保大修後槽況穩定、金屬品質合格。本程序同時規定重新啟動期間的升流和加料操作,取代舊版EL-OH-002。"),
        ("h", "二、大修判定條件"),
        ("b", ["石墨槽膛壁厚小於原厚度50%或出現貫穿性裂紋;", "槽殼溫度局部超過350 ℃;", "連續7天電流效率低於65%且排除操作原因;", "金屬中Fe含量持續大於0.5%(表明鐵質槽殼受侵蝕)。"]),
        ("h", "三、拆除與安裝"),
        ("n", ["停電後保溫降溫不少於48 h,抽出殘餘電解質裝入鐵桶,貼標籤回收。",
               "拆除槽蓋、陽極吊架、導電銅排,吊出舊石墨槽膛。",
               "檢查鋼殼變形,超過10 mm須校正;更換硅酸鋁纖維板和輕質澆注料保溫層。",
               "新石墨槽膛就位,與鋼殼間隙用石墨粉和耐火泥填實,槽膛上口水平度≤2 mm。",
               "安裝鎢陰極導桿,陰極插入深度以槽膛底部上方150 mm為準;陽極與陰極極距設為85±5 mm。",
               "導電銅排全部更換夾具,螺栓力矩120 N·m,用微歐計測接觸電阻≤20 μΩ。"]),
        ("h", "四、烘爐與啟動"),
        ("t", [["階段", "操作", "時間", "控制要點"],
               ["烘爐", "電阻加熱/焦炭烘爐,槽膛溫度升至600 ℃", "36 h", "升溫≤20 ℃/h,防止石墨氧化(槽口蓋石墨氈)"],
               ["加料化料", "加入預熔電解質(REF3:LiF=88:12 質量比),通電起弧化料", "6~8 h", "液面達槽膛高度2/3"],
               ["低電流運行", "電流2.0 kA", "4 h", "槽溫1000~1030 ℃,不加氧化物"],
               ["升流", "每小時升0.5 kA至額定", "6~8 h", "槽電壓≤11 V"],
               ["加料", "按0.28 kg/(kA·h)連續加入氧化鐠釹", "連續", "槽溫1040~1060 ℃,每30 min記錄一次"],
               ["首次出金屬", "運行24 h後真空抬包出金屬", "—", "首爐金屬降級處理"]]),
        ("h", "五、驗收"),
        ("t", [["項目", "標準"], ["電流效率(第4~10天平均)", "≥75%"], ["金屬總稀土量", "≥99.5%"], ["Fe", "≤0.15%"], ["C", "≤0.03%"], ["槽殼溫度", "≤250 ℃"]]),
        ("h", "六、安全"),
        ("p", "大修作業須辦理動火、高處及受限空間作業票;烘爐及啟動期間氟化物煙氣必須經集氣罩進入淨化系統,現場HF檢測<1 ppm。"),
    ]
    write_docx(rel, "3號電解槽大修及重新啟動程序", blocks, author="許文彬", lang_zh=True)
    lab(rel, "controlled", ["1E902.a", "1E902.b"], ["metal-smelting"], [], "process-spec", None, "zh", False,
        "traditional Chinese cell overhaul and restart procedure; lays down bath composition, current ramp, feed rate, temperatures")

@doc
def c20():
    rel = "选矿/稀选厂浮选系统单机及联动试车报告.pdf"
    blocks = [
        ("p", "项目名称:氟碳铈矿选矿厂技改工程(处理量 1 500 t/d)    报告编号:XK-SC-2025-07    编写:选矿车间/工程管理部    日期:2025年5月28日"),
        ("h", "1 试车范围"),
        ("p", "本次试车包括磨矿分级系统(Φ3.2×4.5 m溢流型球磨机1台、Φ500旋流器组1套)、浮选系统(KYF-16充气式浮选机粗选4槽、扫选6槽、精选三段共9槽)、药剂制备与自动加药系统、精矿浓密及压滤系统。"),
        ("h", "2 单机试车结果"),
        ("t", [["设备", "试车时间", "检查内容", "结果"],
               ["球磨机", "8 h空载", "轴承温升、齿轮啮合、振动", "轴承温升≤20 ℃,合格"],
               ["旋流器给矿泵", "4 h", "流量、压力、密封水", "合格"],
               ["KYF-16浮选机(19台)", "各4 h", "叶轮转向、充气量、液面控制阀", "2台充气量偏低,已更换鼓风阀门"],
               ["加药泵(8台)", "各2 h", "计量精度±2%", "1台超差,已校准"],
               ["浓密机", "8 h", "耙架扭矩、提耙机构", "合格"]]),
        ("h", "3 联动试车(带矿)"),
        ("p", "5月20日至26日带矿联动试车,处理原矿1 180~1 520 t/d。药剂制度按选矿工艺规程执行(本报告不重复)。试车期间主要考核指标作为验收参考:"),
        ("t", [["指标", "设计/验收值", "试车实测(后72 h平均)"],
               ["磨矿细度 -0.074 mm", "75%±3%", "76.2%"], ["原矿品位 REO", "—", "6.8%"], ["精矿品位 REO", "≥60%", "61.4%"],
               ["回收率", "≥75%", "77.9%"], ["精矿水分", "≤12%", "10.6%"]]),
        ("h", "4 存在问题"),
        ("b", ["精选Ⅱ段泡沫发黏,泡沫槽溢流不畅,需加装消泡喷淋水;", "自动加药系统羟肟酸管路在夜间低温时结晶堵塞,需增加伴热;", "浓密机溢流水含固量偏高(>300 mg/L),需调整絮凝剂加入点。"]),
        ("h", "5 结论"),
        ("p", "磨浮系统设备运行正常,主要技术指标达到设计要求,同意转入试生产。上述问题由施工单位和车间于6月15日前整改完毕。"),
        ("p", "参加单位签字:建设单位________  设计单位________  施工单位________  监理单位________"),
    ]
    write_pdf(rel, "浮选系统单机及联动试车报告", blocks, zh=True, hdr="XK-SC-2025-07")
    lab(rel, "controlled", ["1E902.b"], ["mining"], [], "process-spec", None, "zh", False,
        "bastnaesite flotation plant no-load and load commissioning report; grade/recovery only as acceptance values")

@doc
def c21():
    rel = "commissioning/SC-2_trial_casts_Sep2025.csv"
    rnd = random.Random(21)
    rows = [["cast_no", "date", "alloy_code", "Ce_in_RE_wt_pct", "charge_kg", "melt_T_C", "wheel_speed_m_s", "pour_time_s", "flake_t_mean_mm", "flake_t_sd_mm", "alphaFe_pct", "O_ppm", "result", "remark"]]
    for i in range(1, 19):
        ce = [0, 20, 30][(i - 1) // 6]
        sp = [1.0, 1.1, 1.2, 1.3, 1.2, 1.2][(i - 1) % 6]
        t = round(0.36 - (sp - 1.0) * 0.3 + rnd.uniform(-0.02, 0.02), 3)
        afe = round(max(0.2, (t - 0.28) * 12 + rnd.uniform(0, 0.4) + ce * 0.01), 2)
        ok = "PASS" if 0.25 <= t <= 0.35 and afe <= 1.0 else "FAIL"
        rows.append(["SC2-%03d" % i, "2025-09-%02d" % (8 + i // 3), ["PN30", "PNC30-20", "PNC30-30"][(i - 1) // 6], ce, 580,
                     int(1460 + rnd.uniform(-10, 15)), sp, int(150 + rnd.uniform(0, 25)), t, round(rnd.uniform(0.03, 0.05), 3), afe,
                     int(180 + rnd.uniform(0, 90)), ok, "" if ok == "PASS" else "thickness/aFe out of window"])
    write_csv(rel, rows)
    lab(rel, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "parameter-sheet", None, "en", False,
        "commissioning trial-cast log of strip caster incl. Ce-substituted alloys; bare numeric log, no 'rare earth'")

@doc
def c22():
    rel = "metals/Tb还原炉 start-up checklist & recipe.txt"
    txt = """CR-1 钙热还原炉 (Ca reduction furnace) — start-up checklist & standard recipe
Owner: 金属车间 metals shop / process eng. 孙磊   Rev. 2025-04   Print and tick each item

A. PRE-START (equipment) 开炉前检查
 [ ] Water cooling jacket flow >= 4 m3/h, inlet < 30 C, flow switch FS-101 tested
 [ ] Induction coil insulation > 1 MOhm (500 V megger)
 [ ] Ta crucible: inner wall visual OK, wall >= 1.2 mm (UT gauge), no Ca-F crust left
 [ ] Vacuum: cold ultimate <= 1E-2 Pa, leak-up < 1 Pa/h
 [ ] Ar line 99.999 %, purifier regenerated within 30 days
 [ ] Pyrometer window cleaned, TC (W-Re) reading vs pyrometer within 15 C at 1000 C

B. CHARGE 装料 (standard batch TbF3 20 kg)
 - TbF3 dried at 400 C under vacuum 4 h, O <= 500 ppm
 - Ca granules (redistilled, 99.5 %) = 1.10 x stoichiometric (3 Ca : 2 TbF3) -> ~ 4.6 kg
 - Load order: 1/3 Ca bottom, mixed TbF3+Ca, remaining Ca top; inside Ar glovebox

C. PROGRAM 程序
 step 1  evacuate to < 5E-2 Pa, heat 20 C/min to 600 C, hold 30 min (degas)
 step 2  backfill Ar to 0.06 MPa
 step 3  heat to 1000 C (reaction start, watch pressure spike), hold 10 min
 step 4  heat to 1550 C (above m.p. of Tb and CaF2 slag), hold 15 min for slag/metal separation
 step 5  power off, cool under Ar; open < 80 C
 step 6  separate CaF2 slag mechanically; Tb ingot to vacuum remelt (VD-2) to remove Ca

D. EXPECTED 预期
 Tb recovery >= 97 %; Ca in crude metal 0.3-0.8 % (removed in distillation); yield ~ 15.3 kg crude

E. COMMON PROBLEMS 常见问题
 - pressure spike > 0.12 MPa at step 3: charge not mixed well / TbF3 wet -> reduce heating rate 10 C/min between 800-1000 C
 - metal/slag not separated: step 4 temp too low or too short; check pyrometer window
 - Ta pick-up > 500 ppm: crucible overheated, reduce step 4 to 1520 C
"""
    write_text(rel, txt)
    lab(rel, "controlled", ["1E902.a", "1E902.b"], ["metal-smelting"], [], "process-spec", None, "mixed", False,
        "calcium-reduction furnace start-up checklist that includes the full Tb reduction recipe")

@doc
def c23():
    rel = "萃取车间/铈镨分组萃取槽级数及槽体尺寸计算书.xlsx"
    rows = [["输入参数", "数值", "单位", "说明"],
            ["料液流量", 12.0, "m³/h", "氯化稀土料液"], ["料液浓度", 1.50, "mol/L", "REO计"], ["Ce/(Ce+Pr) 料液", 0.66, "", "组分摩尔分数"],
            ["分离系数 βPr/Ce", 2.2, "", "P507-HCl 体系,皂化度 36%"], ["有机相浓度", 1.5, "mol/L", "P507-煤油"], ["有机相饱和容量", 0.18, "mol/L", ""],
            ["产品要求 Ce 纯度", 0.995, "", "水相出口"], ["产品要求 Pr 纯度", 0.995, "", "有机相出口"], ["混合时间", 4.0, "min", ""], ["澄清比面积", 0.9, "m²/(m³/h)", ""]]
    calc = [["计算项", "公式/方法", "结果", "单位"],
            ["萃取量 E", "Ex = fPr·(1-Pr收率损失)", 0.345, ""], ["最小回流比", "按恒定混合萃取比公式", 1.12, ""],
            ["萃取段级数 n", "lg(b/(1-b))… Xu Guangxian 串级理论", 26, "级"], ["洗涤段级数 m", "同上", 21, "级"],
            ["有机相流量", "VS = Ex·F·c/ys", 34.5, "m³/h"], ["洗酸流量", "VW", 3.4, "m³/h"],
            ["混合室有效容积", "(VS+VF+VW)·t", 3.33, "m³"], ["澄清室面积", "ΣQ × 0.9", 44.9, "m²"],
            ["澄清室尺寸", "取宽2.4 m", "2.4 × 18.7", "m"], ["混合室尺寸", "1.55 × 1.55 × 1.5 (有效1.4)", "", "m"],
            ["搅拌功率", "P/V = 0.6 kW/m³", 2.2, "kW"], ["总级数(含皂化4、反萃8)", "", 59, "级"]]
    write_xlsx(rel, [("输入", rows, [22, 10, 12, 30]), ("计算", calc, [26, 34, 14, 8])], author="工艺设计室")
    lab(rel, "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "zh", False,
        "cascade stage-count and mixer-settler sizing calculation for Ce/Pr split: equipment design for the process (clause a only)")

# ============================ CLEAR ============================

@doc
def n01():
    rel = "Potline/Potroom B relining procedure - cathode replacement.docx"
    blocks = [
        ("p", "Doc. PR-RL-011 rev 5    Smelter Potroom B (300 kA prebake cells)    Owner: Reduction maintenance"),
        ("h", "1 Scope"),
        ("p", "Relining of end-of-life aluminium reduction cells: removal of spent pot lining (SPL), shell repair, installation of new cathode blocks, ramming paste, insulation and side-wall blocks, and preheat/start-up handover to Reduction. Typical pot life 2 200–2 600 days; relining triggered by iron in metal > 0.25 % or shell hot spots."),
        ("h", "2 Cut-out and dig-out"),
        ("n", ["Cut-out pot electrically with shorting wedges; verify line current bypass on busbar.", "Remove bath and metal by siphon; allow to cool 48 h.",
               "Lift shell to relining shop; dig out SPL with hydraulic breaker, segregate first cut (carbon) and second cut (refractory) for SPL treatment.",
               "Inspect steel shell: cradles, cracks, deformation > 20 mm to be repaired by welding."]),
        ("h", "3 Relining"),
        ("t", [["Layer", "Material", "Thickness", "Check"], ["Bottom insulation", "calcium silicate boards", "2 x 65 mm", "joints staggered"],
               ["Refractory", "dry barrier mix, vibro-compacted", "180 mm", "density >= 2.0 t/m3"],
               ["Cathode blocks", "graphitised, 18 blocks with rodded collector bars", "—", "cast-iron rodding, gap 2 mm"],
               ["Peripheral seam", "cold ramming paste, 5 layers", "—", "ram 40 s per layer"], ["Side-wall", "SiC/Si3N4 blocks", "—", "glue joints"]]),
        ("h", "4 Preheat and start-up"),
        ("p", "Resistor-bed (coke) preheat 48–72 h to cathode surface 900–950 °C, then bath (cryolite, excess AlF3 8–10 %) charged and pot energised; liquid metal added after 24 h. Reduction takes over once cell voltage is below 4.4 V and bath ratio stable."),
        ("h", "5 Quality records"),
        ("b", ["Collector bar rodding record", "Ramming paste temperature and layer log", "Preheat thermocouple curves", "Start-up handover sheet signed by Reduction supervisor"]),
    ]
    write_docx(rel, "Relining Procedure – Potroom B Reduction Cells", blocks, author="Reduction maintenance")
    lab(rel, "clear", [], [], [], "process-spec", None, "en", True,
        "aluminium potline relining procedure; fluoride bath, cathodes, start-up — other material")

@doc
def n02():
    rel = "SX plant/Cu SX-EW plant cold and hot commissioning procedure.pdf"
    blocks = [
        ("p", "Project: Copper SX-EW plant, 25 ktpa cathode    Document: COM-SX-002 rev B    Contractor: EPC commissioning group"),
        ("h", "1 Systems covered"),
        ("b", ["2 extraction trains (E1, E2, E3 series), 1 wash stage, 2 strip stages; mixer-settlers 600 m2 each", "Organic: LIX 984N 22 v/v % in Escaid 110",
               "Electrolyte circuit, EW tankhouse 60 cells, 1 m2 stainless steel cathodes", "Crud treatment and tank farm"]),
        ("h", "2 Cold commissioning"),
        ("n", ["Hydrotest of settlers for 48 h, weir levels verified to +/- 2 mm.", "Pumps and primary/secondary mixers run on water; direction, vibration, motor current.",
               "Fire deluge and foam system test in presence of insurer.", "Instrument loop checks FT, LT, AT with DCS."]),
        ("h", "3 Hot commissioning"),
        ("p", "Organic loaded with PLS from heap leach (Cu 3.5 g/L, pH 1.8). Target: extraction >= 90 % Cu, Fe transfer Cu:Fe >= 2 000:1, entrainment O in A <= 30 ppm. O/A in mixers 1.1:1 with aqueous recycle. Strip with spent electrolyte 35 g/L Cu, 180 g/L H2SO4. EW current density 280 A/m2; first harvest after 7 days."),
        ("h", "4 Performance test"),
        ("t", [["KPI", "Guarantee", "Measured"], ["Cu recovery in SX", ">= 90 %", ""], ["Cathode grade", "LME A", ""], ["Organic loss", "<= 1.5 L per t Cu", ""], ["Current efficiency", ">= 90 %", ""]]),
    ]
    write_pdf(rel, "Cold & Hot Commissioning Procedure – Copper SX-EW Plant", blocks, hdr="COM-SX-002 rev B")
    lab(rel, "clear", [], [], [], "process-spec", None, "en", True, "copper SX-EW commissioning (mixer-settlers, O/A, entrainment) — not rare earth")

@doc
def n03():
    rel = "铁氧体/磁瓦湿压成型机日常保养点检表.xlsx"
    rows = [["序号", "部位", "点检内容", "标准", "周期", "1日", "2日", "3日", "4日", "5日", "6日", "7日"]]
    items = [("液压站", "油位/油温", "油位在上下限间,油温≤55 ℃", "每班"), ("液压站", "压力表", "主压力 25 MPa±0.5", "每班"),
             ("模具", "上下冲头磨损", "无崩边、无拉伤", "每班"), ("模具", "滤布", "无破损,出水通畅", "每班"),
             ("注料泵", "锶铁氧体料浆含固量", "68%~70%", "每班"), ("充磁线圈", "冷却水温度", "≤35 ℃", "每班"),
             ("真空抽水系统", "真空度", "≥-0.085 MPa", "每班"), ("导柱", "润滑", "加注锂基脂", "每周"),
             ("电气柜", "风扇/滤网", "清洁无积尘", "每周"), ("取向磁场", "磁场强度", "≥0.8 T(高斯计)", "每月")]
    for i, it in enumerate(items, 1):
        rows.append([i, *it] + ["√"] * 7)
    rows.append(["备注", "异常情况记录在《设备异常记录表》,料浆为湿法各向异性锶铁氧体(SrO·6Fe2O3)"] + [""] * 10)
    write_xlsx(rel, [("点检表", rows, [6, 14, 22, 30, 8] + [6] * 7)], author="成型车间")
    lab(rel, "clear", [], [], [], "parameter-sheet", None, "zh", True, "ferrite arc-segment wet press maintenance checklist (orientation field, press) — ferrite, not RE")

@doc
def n04():
    rel = "粉末冶金/网带式烧结炉维护保养规程.docx"
    blocks = [
        ("p", "适用设备:WSL-600 网带式烧结炉(铁基粉末冶金结构件)    编号:SB-WH-012    编制:设备科"),
        ("h", "一、设备概况"),
        ("p", "本炉用于铁基、铁铜碳粉末冶金零件(齿轮、轴套)的脱蜡及烧结,烧结温度1120 ℃,保护气氛为氨分解气(75%H2+25%N2)与氮气混合,网带宽600 mm。"),
        ("h", "二、日常维护"),
        ("t", [["项目", "内容", "标准"], ["网带", "检查跑偏、断丝", "跑偏≤15 mm"], ["气氛", "露点测量", "≤-40 ℃"], ["炉门火帘", "点燃正常", "火焰稳定"],
               ["冷却水", "出水温度", "≤45 ℃"], ["马弗管", "外观", "无明显变形"]]),
        ("h", "三、定期维护"),
        ("b", ["每月:校验各区热电偶,偏差>3 ℃更换;", "每季:检查硅碳棒/电阻带电阻值,更换老化元件;", "每半年:清理脱蜡段积碳,更换网带驱动链条;", "每年:马弗管测厚,检查耐火砖。"]),
        ("h", "四、常见故障"),
        ("t", [["故障", "原因", "处理"], ["零件表面氧化发蓝", "露点偏高/马弗泄漏", "检查氨分解炉催化剂、密封"], ["网带断裂", "超载或高温蠕变", "更换网带,核对装载量"], ["脱蜡不净", "脱蜡段温度低", "调整至650 ℃"]]),
    ]
    write_docx(rel, "网带式烧结炉维护保养规程", blocks, author="设备科", lang_zh=True)
    lab(rel, "clear", [], [], [], "process-spec", None, "zh", True, "ferrous P/M mesh-belt sintering furnace maintenance — other material")

@doc
def n05():
    rel = "回收项目/废旧锂电池回收线调试总结.txt"
    txt = """废旧锂离子电池回收线 调试总结
项目:年处理2万吨废旧动力电池综合回收项目   编写:工程部   2025年7月

一、调试范围
  放电—带电破碎(氮气保护)—热解(520 ℃)—分选(铜铝箔、隔膜、黑粉)—黑粉硫酸+双氧水浸出—
  除铁铝—P204除杂萃取—P507镍钴分离萃取—硫酸镍/硫酸钴蒸发结晶—碳酸锂沉淀。

二、单机调试
  1. 破碎机:双轴剪切破碎机空载4 h,负载试验电池包模组,出料粒度≤30 mm,合格。
  2. 热解炉:回转式,烟气经二燃室1100 ℃+急冷+布袋,二噁英检测合格。
  3. 萃取槽:P204段12级、P507段24级,清水试漏72 h,3级有渗漏已补焊。

三、联动调试指标(验收)
  黑粉回收率≥98%;镍钴浸出率≥99%;锂回收率≥90%;
  硫酸镍、硫酸钴达到电池级;碳酸锂纯度≥99.5%。
  连续72 h考核:全部达标。

四、问题
  - P507段第15级出现第三相,原因为皂化度偏高,调至60%后消除;
  - 破碎段氮气含氧量偶尔>5%,增加在线氧分析联锁;
  - 浸出槽搅拌机减速机漏油,已更换油封。
"""
    write_text(rel, txt)
    lab(rel, "clear", [], [], [], "process-spec", None, "zh", True, "Li-ion battery recycling commissioning summary using P204/P507 for Ni/Co — not rare earth")

@doc
def n06():
    rel = "硬質合金/加壓燒結爐年度保養紀錄.pdf"
    blocks = [
        ("p", "設備:SinterHIP 加壓燒結爐 SH-2(6 MPa,1500 ℃)    產品:WC-Co 硬質合金刀片、棒材    保養日期:2025年7月14日~18日    執行:設備課 吳俊宏"),
        ("h", "一、保養項目與結果"),
        ("t", [["項目", "內容", "結果"], ["石墨加熱體", "測量電阻、目視裂紋", "更換下區兩片"], ["石墨隔熱層", "碳氈、石墨紙", "上蓋碳氈更換"],
               ["脫蠟系統", "石蠟收集罐、冷凝器清理", "完成"], ["真空泵", "換油、皮帶", "完成"], ["壓力容器", "安全閥校驗、年度檢查", "合格"],
               ["熱電偶", "C型熱電偶比對", "偏差4 ℃,合格"], ["溫度均勻性", "1450 ℃九點測試", "±5 ℃,合格"]]),
        ("h", "二、保養後試燒"),
        ("p", "以YG8牌號試燒一爐:脫蠟、真空燒結1420 ℃、加壓段5 MPa Ar。產品密度14.72 g/cm³,硬度HRA 89.8,孔隙度A02B00C00,合格。"),
        ("h", "三、建議"),
        ("b", ["下區加熱體使用壽命較短,建議改用高密度等靜壓石墨;", "脫蠟管路加裝伴熱防止石蠟凝固。"]),
    ]
    write_pdf(rel, "加壓燒結爐 SH-2 年度保養紀錄", blocks, zh=True)
    lab(rel, "clear", [], [], [], "process-spec", None, "zh", True, "traditional Chinese cemented-carbide sinter-HIP furnace maintenance record")

@doc
def n07():
    rel = "manuals/RVP-630 rotary vane pump operating manual.txt"
    txt = """RVP-630 / RVP-1200  Two-stage rotary vane vacuum pumps
Operating and Maintenance Manual  (excerpt, edition 2024-02)

1 Safety
 - Do not pump oxygen > 21 %, explosive or pyrophoric gases unless the pump is fitted with the inert-gas purge kit (option P).
 - Hot surfaces: housing can exceed 80 C in continuous operation.
 - Applications: backing pump for Roots and diffusion pumps on vacuum furnaces (heat treatment, brazing,
   sintering), freeze drying, degassing. Where process dust is expected install inlet filter F-63.

2 Technical data
 Nominal speed 630 m3/h (50 Hz), ultimate total pressure with gas ballast closed 5E-1 Pa, motor 15 kW,
 oil capacity 18 L, recommended oil VPO-100, noise 72 dB(A), weight 560 kg.

3 Installation
 - Place on level floor, allow 0.5 m for ventilation. Align motor coupling within 0.1 mm.
 - Inlet pipe as short as possible, diameter >= DN100. Exhaust to outside, with oil-mist separator.
 - Check direction of rotation (arrow on motor fan cover) before filling oil.

4 Operation
 - Start with inlet valve closed; open after 2 minutes warm-up.
 - Use gas ballast when pumping water vapour or hydrogen-rich gas loads.

5 Maintenance
 Interval                 Task
 daily                    check oil level and colour
 500 h / when dark        oil change, oil filter change
 2000 h                   exhaust filter elements
 8000 h                   vanes, shaft seal, bearings (service kit SK-630)
 Oil turning milky -> condensate; run with gas ballast 1 h.  Oil black with particles -> inlet filter defective.

6 Troubleshooting
 Pump does not reach ultimate pressure: leak in system, oil contaminated, vanes worn.
 Pump overheats: cooling fan blocked, ambient > 40 C, oil level low.
 Noise: coupling insert worn, bearing damage.
"""
    write_text(rel, txt)
    lab(rel, "clear", [], [], [], "other", None, "en", True, "generic rotary vane pump manual, mentions sintering furnaces as an application")

@doc
def n08():
    rel = "manuals/CW-300 chiller installation and service guide.docx"
    blocks = [
        ("p", "Model CW-300A water-cooled screw chiller, cooling capacity 300 kW, refrigerant R134a. Service guide for installers and plant maintenance."),
        ("h", "Installation"),
        ("b", ["Foundation: concrete pad 150 mm above floor, anti-vibration pads supplied.", "Clearance: 1 m on control side, 1.2 m for tube pull on condenser end.",
               "Water piping: strainers 40 mesh at evaporator and condenser inlets; flow switch mandatory.", "Power: 400 V 3~ 50 Hz, MCCB 250 A."]),
        ("h", "Start-up"),
        ("n", ["Check oil heater energised 24 h before start.", "Verify chilled water flow >= 43 m3/h (nominal 12/7 C).", "Start compressor, check superheat 5-7 K, discharge temperature < 85 C."]),
        ("h", "Maintenance schedule"),
        ("t", [["Interval", "Task"], ["Monthly", "check refrigerant pressures, leak test"], ["Quarterly", "clean condenser strainers"], ["Yearly", "oil analysis, tube cleaning, electrical tightness"], ["5 years", "compressor bearing inspection"]]),
        ("h", "Fault codes"),
        ("t", [["Code", "Meaning", "Action"], ["E01", "low evaporator flow", "check pumps, strainer"], ["E04", "high discharge pressure", "check condenser water"], ["E09", "low oil pressure", "check oil level/filter"]]),
    ]
    write_docx(rel, "CW-300A Chiller – Installation & Service Guide", blocks, author="service")
    lab(rel, "clear", [], [], [], "other", None, "en", False, "generic chiller manual")

@doc
def n09():
    rel = "预算/2026年度设备维修费用预算(磁材分厂).xlsx"
    rows = [["序号", "设备/项目", "数量", "维修内容", "预算(万元)", "计划月份", "责任人"],
            [1, "真空烧结炉", 12, "年度大修(加热体、隔热屏更换)", 186.0, "3-4月", "刘"], [2, "气流磨", 6, "分级轮、喷嘴、轴承更换", 64.5, "5月", "黄"],
            [3, "氢碎炉", 4, "旋转密封、真空泵大修", 38.0, "6月", "黄"], [4, "速凝炉", 3, "坩埚打结、铜辊修复", 92.0, "2月/8月", "周"],
            [5, "成型压机", 10, "液压系统、线圈冷却", 41.0, "全年", "陈"], [6, "晶界扩散线", 2, "喷涂机器人保养", 22.0, "9月", "赵"],
            [7, "多线切割机", 18, "导轮、主轴", 55.0, "全年", "孙"], [8, "电镀线", 1, "槽体、整流器", 30.0, "7月", "孙"],
            [9, "公用工程", 1, "空压机、冷水机、制氮机", 48.0, "全年", "王"], [10, "不可预见费", "", "", 60.0, "", ""],
            ["合计", "", "", "", "=SUM(E2:E11)", "", ""]]
    write_xlsx(rel, [("预算", rows, [6, 16, 6, 34, 12, 10, 8])], author="设备部")
    lab(rel, "clear", [], [], [], "other", None, "zh", True, "maintenance budget of a magnet plant: equipment names and money, no technology")

@doc
def n10():
    rel = "采购/PO-2025-1187_电解车间备件采购订单.csv"
    rows = [["订单号", "行号", "物料编码", "物料名称", "规格型号", "单位", "数量", "单价(元)", "金额(元)", "交货日期", "供应商"],
            ["PO-2025-1187", 1, "3010021", "石墨阳极", "AN-6K-03", "块", 400, 1850, 740000, "2025-12-20", "某炭素有限公司"],
            ["PO-2025-1187", 2, "3010045", "钨阴极棒", "Φ25×900", "根", 20, 6200, 124000, "2025-12-20", "某钨钼制品公司"],
            ["PO-2025-1187", 3, "3010046", "钼坩埚", "MO-CR-120", "只", 30, 4300, 129000, "2026-01-10", "某钨钼制品公司"],
            ["PO-2025-1187", 4, "3020011", "钼热电偶保护管", "TP-MO-12", "支", 100, 680, 68000, "2026-01-10", "某钨钼制品公司"],
            ["PO-2025-1187", 5, "3090003", "石墨盘根", "FD-S-01", "件", 150, 95, 14250, "2025-12-15", "某密封件厂"],
            ["", "", "", "", "", "", "", "合计", 1075250, "", ""],
            ["备注:含税价,税率13%;付款方式:到货验收后60天;质保期12个月", "", "", "", "", "", "", "", "", "", ""]]
    write_csv(rel, rows, enc="gb18030")
    lab(rel, "clear", [], [], [], "other", None, "zh", True, "GB18030 purchase order for electrolysis-cell spare parts; commercial only")

@doc
def n11():
    rel = "mail/承包商入场安全培训通知.eml"
    att = """分离厂承包商入场安全须知(2025版)
1. 所有人员须参加入场安全培训并考试合格,佩戴入场证。
2. 萃取车间为甲类防火区域,严禁携带火种、手机须为防爆型或存放于门卫。
3. 进入萃取槽区必须穿防静电工作服,严禁穿化纤衣物。
4. 盐酸、液碱、氨水储罐区须佩戴防护面罩和耐酸手套;洗眼器位置见附图。
5. 焙烧车间存在高温及含氟烟气,进入前确认HF检测仪读数。
6. 动火、高处、受限空间、临时用电作业须办理作业票。
7. 发生事故立即拨打厂内应急电话 8119,并向监护人报告。
"""
    body = """各承包商负责人:

为配合四季度检修,定于11月24日(周一)上午9:00在行政楼三楼会议室组织承包商入场安全培训,时长约3小时,培训后闭卷考试。
请各单位于11月21日前将参训人员名单(姓名、身份证号、工种、特种作业证号)报安全环保部。
附件为《分离厂承包商入场安全须知》,请提前组织学习。

安全环保部  何静
电话:0797-xxxx8821
"""
    write_eml(rel, "何静 <hejing@plant.local>", "contractors@plant.local", "关于组织四季度检修承包商入场安全培训的通知",
              "Mon, 17 Nov 2025 10:05:00 +0800", body, [("承包商入场安全须知2025.txt", att.encode("utf-8"), "text/plain")])
    lab(rel, "clear", [], [], [], "email", None, "zh", True, "site-safety induction notice for contractors at a separation plant; no technology")

@doc
def n12():
    rel = "manuals/Overhead crane 20t periodic inspection manual.pdf"
    blocks = [
        ("p", "Double-girder overhead travelling crane, SWL 20 t / 5 t, span 22.5 m, FEM 2m. Manual for periodic inspection by the plant maintenance team."),
        ("h", "1 Daily pre-use checks (operator)"),
        ("b", ["Test limit switches hoist up/down and long travel end stops", "Check wire rope for broken wires, kinks, corrosion", "Hook safety latch present and working", "Pendant/radio emergency stop"]),
        ("h", "2 Monthly inspection"),
        ("t", [["Component", "Check", "Reject criterion"], ["Wire rope", "broken wires over 6d", "> 6 broken wires"], ["Hook", "throat opening", "> 10 % increase"],
               ["Brakes", "air gap, lining", "lining < 3 mm"], ["Wheels", "flange wear", "> 50 % of original"], ["Gearbox", "oil level, noise", "leaks, pitting"]]),
        ("h", "3 Annual thorough examination"),
        ("p", "Load test at 110 % SWL (dynamic) and 125 % (static) after major repair; girder deflection <= span/800; documented by competent person."),
        ("h", "4 Lubrication"),
        ("t", [["Point", "Lubricant", "Interval"], ["Wire rope", "rope dressing", "3 months"], ["Gearboxes", "ISO VG 220", "change 10 000 h"], ["Wheel bearings", "EP2 grease", "6 months"]]),
    ]
    write_pdf(rel, "Overhead Crane 20/5 t – Periodic Inspection Manual", blocks)
    lab(rel, "clear", [], [], [], "other", None, "en", False, "generic overhead crane inspection manual")

# ============================ EXCLUDED ============================

@doc
def e01():
    rel = "标准/GBT_稀土熔盐电解槽安装与验收规范.pdf"
    blocks = [
        ("p", "中华人民共和国国家标准  GB/T 45312—2024    稀土熔盐电解槽安装与验收规范    Specification for installation and acceptance of rare earth molten salt electrolysis cells"),
        ("p", "2024-12-31发布    2025-07-01实施    国家市场监督管理总局  国家标准化管理委员会  发布"),
        ("h", "前言"),
        ("p", "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分:标准化文件的结构和起草规则》的规定起草。本文件由中国有色金属工业协会提出。本文件由全国稀土标准化技术委员会(SAC/TC 229)归口。"),
        ("h", "1 范围"),
        ("p", "本文件规定了氟化物体系稀土熔盐电解槽的安装要求、检验方法和验收规则。本文件适用于额定电流3 kA~10 kA的稀土金属及合金熔盐电解槽。"),
        ("h", "2 规范性引用文件"),
        ("b", ["GB 50231 机械设备安装工程施工及验收通用规范", "GB 50169 电气装置安装工程 接地装置施工及验收规范", "YS/T 电解用石墨坩埚"]),
        ("h", "4 安装要求"),
        ("p", "4.1 槽基础应高出地面不小于300 mm,并设置绝缘层,对地绝缘电阻不小于1 MΩ。4.2 石墨槽膛与钢壳间隙应均匀,填料应密实。4.3 阴极、阳极安装应保证极距符合设计要求,偏差不大于±5 mm。4.4 导电母线接触面应镀锡,连接螺栓力矩符合设计文件。"),
        ("h", "5 检验方法与验收"),
        ("t", [["检验项目", "要求", "检验方法"], ["槽体水平度", "≤2 mm/m", "水平仪"], ["对地绝缘电阻", "≥1 MΩ", "500 V兆欧表"], ["母线接触电阻", "≤30 μΩ", "微欧计"], ["烘槽后槽膛检查", "无贯穿裂纹", "目视"]]),
        ("p", "5.2 试生产验收:连续运行7 d,电流效率不低于设计值,金属产品符合GB/T相应产品标准。"),
    ]
    write_pdf(rel, "稀土熔盐电解槽安装与验收规范", blocks, zh=True, hdr="GB/T 45312—2024")
    lab(rel, "excluded", ["1E902.b"], ["metal-smelting"], [], "process-spec", "public-domain", "zh", False,
        "published national standard text for electrolysis-cell installation and acceptance")

@doc
def e02():
    rel = "专利/一种带内循环的箱式混合澄清槽_申请文件_交代理所.docx"
    blocks = [
        ("p", "致:XX专利代理事务所 王律师    案件:发明专利申请(我方案号 ZL-SX-2025-03)    请按以下技术交底书整理权利要求书、说明书及说明书附图,10月底前提交国家知识产权局,同时考虑PCT申请。"),
        ("h", "权利要求书"),
        ("n", ["一种带内循环的箱式混合澄清槽,包括若干级串联的混合室和澄清室,其特征在于:所述混合室底部设有潜室,潜室与前一级澄清室水相出口通过可调U形管连通;混合室内设双层搅拌桨,上层为轴流桨,下层为涡轮桨;澄清室内靠近混合室一侧设置导流板和两层格栅式聚结板。",
               "根据权利要求1所述的混合澄清槽,其特征在于:所述聚结板与水平面夹角为5°~15°,板间距为30~60 mm。",
               "根据权利要求1所述的混合澄清槽,其特征在于:澄清室出口设有有机相内循环管,将5%~20%有机相返回本级混合室。",
               "一种使用权利要求1~3任一项所述混合澄清槽进行稀土萃取分离的方法。"]),
        ("h", "说明书"),
        ("h2", "技术领域"),
        ("p", "本发明涉及溶剂萃取设备,特别涉及一种用于稀土萃取分离的箱式混合澄清槽。"),
        ("h2", "背景技术"),
        ("p", "现有箱式混合澄清槽在高流比条件下澄清室界面不稳、夹带损失大,有机相在澄清室停留时间分布宽,萃取剂P507的年损失约占投入量的3%~5%。"),
        ("h2", "发明内容"),
        ("p", "本发明通过设置聚结板和有机相内循环,在相同槽体体积下使澄清速率提高约30%,有机相夹带降低至20 ppm以下,适用于级数50~120级的稀土分离串级。"),
        ("h2", "具体实施方式"),
        ("p", "实施例1:混合室0.8 m×0.8 m×1.0 m,澄清室0.8 m×3.2 m;上层轴流桨直径300 mm,下层涡轮桨直径280 mm,转速260 r/min;聚结板倾角10°,间距45 mm;在镨钕分离试验中,相比O/A=2.5,澄清室界面波动≤10 mm。"),
        ("h2", "附图说明"),
        ("p", "图1为混合澄清槽单级剖视图;图2为聚结板组件示意图;图3为多级串联俯视图。"),
        ("h", "说明书摘要"),
        ("p", "本发明公开了一种带内循环的箱式混合澄清槽,通过聚结板和有机相内循环提高澄清效率、降低夹带损失。"),
    ]
    write_docx(rel, "发明专利申请文件(交底稿)—带内循环的箱式混合澄清槽", blocks, author="技术中心 知识产权", lang_zh=True)
    lab(rel, "excluded", ["1E902.a"], ["separation"], [], "process-spec", "patent-filing", "zh", False,
        "patent application (claims, description, abstract) for a mixer-settler design, with instructions to the patent attorney")

@doc
def e03():
    rel = "papers/Reliability-centred maintenance of vacuum sintering furnaces in NdFeB production.pdf"
    blocks = [
        ("p", "Journal of Manufacturing Systems Engineering, Vol. 41, No. 3 (2025), pp. 211-224.  DOI: 10.5555/jmse.2025.0413  Received 12 January 2025; accepted 2 May 2025; published online 20 May 2025"),
        ("p", "H. Wang(a), L. Fischer(b), Q. Xu(a)    (a) School of Mechanical Engineering, (b) Institute of Production Systems"),
        ("h", "Abstract"),
        ("p", "Vacuum sintering furnaces are the capacity-limiting equipment in sintered NdFeB magnet plants. We applied reliability-centred maintenance (RCM) to 24 furnaces of a Chinese magnet producer over 36 months. Failure-mode analysis showed that graphite heater breakage, door-seal leakage and diffusion-pump degradation caused 71 % of downtime. A Weibull-based replacement policy for heaters and condition monitoring of leak-rate reduced unplanned downtime by 38 % and improved HcJ consistency of production lots."),
        ("h", "1 Introduction"),
        ("p", "Sintered Nd-Fe-B magnets are densified at 1040-1080 C in vacuum followed by two-stage annealing. Furnace condition directly affects oxygen pick-up and temperature uniformity, which in turn influence coercivity. Published work on furnace maintenance in this industry is scarce."),
        ("h", "2 Method"),
        ("p", "Maintenance records (n = 1 843 work orders) were classified by failure mode. Weibull parameters were estimated for heater elements (beta = 2.7, eta = 4 100 h). Leak-rate was logged before each batch; a threshold of 0.67 Pa/h triggered door-seal inspection."),
        ("h", "3 Results"),
        ("t", [["Failure mode", "Share of downtime before", "After RCM"], ["Heater breakage", "34 %", "17 %"], ["Door seal leakage", "21 %", "9 %"], ["Diffusion pump", "16 %", "11 %"], ["Thermocouple drift", "9 %", "6 %"]]),
        ("p", "Lots sintered in furnaces with leak-rate below threshold showed HcJ standard deviation of 0.21 kOe vs 0.46 kOe otherwise."),
        ("h", "4 Conclusions"),
        ("p", "RCM is applicable to magnet sintering furnaces; the largest gains come from condition-based heater replacement and leak-rate monitoring."),
        ("h", "References"),
        ("p", "[1] Moubray J. Reliability-centred Maintenance, 2nd ed. Industrial Press, 1997.  [2] Sagawa M. et al. J. Appl. Phys. 55 (1984) 2083."),
        ("p", "© 2025 The Authors. Published under CC BY 4.0."),
    ]
    write_pdf(rel, "Reliability-centred maintenance of vacuum sintering furnaces in sintered NdFeB magnet production", blocks, hdr="J. Manuf. Syst. Eng. 41 (2025) 211-224")
    lab(rel, "excluded", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "public-domain", "en", False,
        "published journal paper on maintenance of NdFeB sintering furnaces")

@doc
def c24():
    rel = "mail/Re_ 越南项目萃取线调试周报 week 46.eml"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "周报"
    data = [["Item 项目", "Status 状态", "Detail 说明"],
            ["Cold commissioning 冷调", "done", "72 h water test passed, stage 41 weir re-levelled"],
            ["Organic make-up", "done", "P204 1.0 mol/L in sulfonated kerosene, 38 m3; saponified with NaOH to 30 %"],
            ["Hot commissioning 热调", "day 5", "feed: Dy-rich chloride liquor REO 0.9 mol/L, pH 1.5-2.0, 3.2 m3/h"],
            ["Extraction section O/A", "2.6 : 1", "stages 1-18"], ["Scrub HCl", "2.5 mol/L, 0.55 m3/h", "stages 19-34"],
            ["Strip HCl", "4.5 mol/L, 0.40 m3/h", "stages 35-44; Dy strip slow -> trial 5.0 mol/L from Mon"],
            ["Product target", "Dy2O3/REO >= 99.5 %", "current stage-44 strip liquor 99.1 %"],
            ["Issues 问题", "", "emulsion at stage 12 after feed Fe spike (Fe 0.3 g/L) -> upstream pH adjustment to 4.0 with NH4HCO3 to drop Fe"],
            ["Next week", "", "72 h performance run if purity >= 99.5 % holds for 24 h"]]
    for r in data: ws.append(r)
    ws.column_dimensions["A"].width = 28; ws.column_dimensions["B"].width = 24; ws.column_dimensions["C"].width = 80
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = "Tran Quoc Huy"
    tmp = p("_tmp.xlsx"); wb.save(tmp); norm_zip(tmp); blob = open(tmp, "rb").read(); os.remove(tmp)
    body = """王经理,您好:

附件是本周(W46)现场调试周报,请查收。整体进度正常,细节见表格。
Local team asked whether HQ can send one more process engineer for the 72 h run, please advise.

谢谢!
陈昊 Chen Hao
Site engineer, Vietnam SX project
"""
    write_eml(rel, "Chen Hao <chenhao@epc.local>", "Wang Jun <wangjun@epc-hq.local>", "Re: 越南项目萃取线调试周报 week 46",
              "Fri, 14 Nov 2025 17:42:10 +0700", body, [("W46_SX_commissioning_weekly.xlsx", blob, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    lab(rel, "controlled", ["1E902.a", "1E902.b"], ["separation"], [], "email", None, "mixed", False,
        "innocuous mixed-language body; attached weekly commissioning XLSX carries organic, saponification, O/A, acid strengths")

@doc
def c25():
    rel = "annex/Annex C - Equipment list HPMS scrap recycling line.xlsx"
    rows = [["Tag", "Description", "Qty", "Design data", "Material", "Motor kW", "Remarks"],
            ["CV-101", "Scrap sorting conveyor with magnetic separator", 1, "2 t/h", "CS", 3, "removes steel rotor parts"],
            ["DC-102", "Demagnetising oven", 1, "350 C, 1 t/batch", "CS/ceramic fibre", 45, "above Curie T of sintered blocks"],
            ["SB-103", "Shot-blast / coating stripper", 1, "Ni-Cu-Ni removal", "Mn steel", 22, "coating < 0.5 % residual"],
            ["HR-201", "Hydrogen processing reactor (rotating)", 2, "H2 0.2 MPa, 25-150 C absorption; vacuum 600 C desorption", "310S", 15, "explosion-proof zone 1"],
            ["VP-202", "Vacuum pumping set", 2, "Roots 1000 m3/h + screw 300 m3/h", "-", 30, ""],
            ["JM-301", "Jet mill (N2)", 1, "150 kg/h, O2 < 50 ppm", "Al2O3 lined", 90, "D50 target 3.5-4 um"],
            ["BL-302", "Powder blender", 1, "500 L, N2", "SS316", 7.5, "fresh alloy addition 10-30 %"],
            ["GB-303", "Glove box line", 1, "O2 < 100 ppm", "SS", 4, "to press cell"],
            ["AN-401", "H2 / O2 analysers", 3, "-", "-", "-", "HR-201 and JM-301"]]
    notes = [["Note"], ["Process values are design reference for vendor sizing only; operating procedures per licensor documentation."],
             ["All equipment to be supplied with IQ/OQ protocols; FAT at vendor works, SAT with recycled powder trial lot."],
             ["Recycled magnets acceptance at SAT: Br >= 95 % of original grade, density >= 7.5 g/cm3."]]
    write_xlsx(rel, [("Equipment list", rows, [9, 40, 5, 44, 16, 9, 34]), ("Notes", notes, [110])], author="EPC process/mech")
    lab(rel, "controlled", ["1E902.b"], ["recycling", "magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "en", False,
        "EPC equipment-list annex for magnet-scrap hydrogen-processing recycling line re-making magnets; design data as references")

@doc
def n13():
    rel = "检修/钴冶炼厂萃取车间年度检修方案.docx"
    blocks = [
        ("p", "单位:某钴业公司湿法冶炼厂    编制:设备管理部    检修时间:2025年12月8日~12月20日"),
        ("h", "一、检修范围"),
        ("p", "P204除杂萃取线(16级)、P507钴镍分离线(32级)、反萃及硫酸钴结晶系统。检修期间全线停车,有机相倒入有机储罐并氮封。"),
        ("h", "二、主要检修项目"),
        ("t", [["序号", "设备", "检修内容", "工期(天)"], ["1", "混合澄清槽", "清理界面污物(三相物)、检查PP衬板焊缝", "6"], ["2", "搅拌机", "更换减速机油封、轴承,桨叶动平衡", "4"],
               ["3", "有机相泵", "更换机械密封", "2"], ["4", "结晶器", "清理结垢,测厚", "5"], ["5", "DCS", "流量计标定", "3"]]),
        ("h", "三、安全措施"),
        ("b", ["有机相区域动火必须清空、置换并检测可燃气体<10% LEL;", "进入槽体须办理受限空间作业票,通风检测合格;", "检修人员佩戴防护用品,防止接触硫酸和有机相。"]),
        ("h", "四、开车验收"),
        ("p", "检修后按开车方案恢复,钴萃取率≥99.5%,镍中钴≤0.01 g/L,硫酸钴产品达电池级。"),
    ]
    write_docx(rel, "钴冶炼厂萃取车间年度检修方案", blocks, author="设备管理部", lang_zh=True)
    lab(rel, "clear", [], [], [], "process-spec", None, "zh", True, "cobalt SX plant annual overhaul plan (P204/P507 mixer-settlers) — not rare earth")

@doc
def n14():
    rel = "proposals/硬质合金车间产能提升方案_2026.pptx"
    slides = [
        ("硬质合金车间产能提升方案", ["制造部 / 设备部", "2025年11月", "WC-Co刀片及棒材产能由 800 t/a 提升至 1 200 t/a"]),
        ("现状", ["喷雾干燥塔 1台,满负荷", "压机 28台,利用率 92%", "加压烧结炉 SH-1/SH-2 两台,瓶颈工序", "磨削线外协比例 30%"]),
        ("方案", ["新增 12 MPa 加压烧结炉 1台(SH-3)", "新增自动压机 8台、机械手上下料", "喷雾干燥塔改造,增加干燥能力 40%"],
         [["项目", "投资(万元)", "工期"], ["SH-3 烧结炉", "1 450", "10个月"], ["压机+机械手", "980", "6个月"], ["喷雾塔改造", "320", "3个月"], ["合计", "2 750", ""]]),
        ("验收与风险", ["SH-3 验收:炉温均匀性 ±5 ℃,YG8 试烧密度、硬度、孔隙度达标", "风险:炉子交货期长;钴粉价格波动"]),
    ]
    write_pptx(rel, slides, author="制造部")
    lab(rel, "clear", [], [], [], "other", None, "zh", True, "cemented-carbide capacity-expansion slides — sintering vocabulary, not RE")

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    LABELS.clear()
    for fn in DOCS:
        fn()
    with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(LABELS), "files")

if __name__ == "__main__":
    main()
