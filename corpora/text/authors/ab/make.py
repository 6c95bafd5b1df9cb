#!/usr/bin/env python3
"""Generator for batch t2 (clause a/b, carriers, magnet types). Deterministic output."""
import os, sys
if os.environ.get("PYTHONHASHSEED") != "0":  # set ordering inside ezdxf must be stable
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
import io, re, json, csv, zipfile, base64, datetime, random, shutil
from fpdf import FPDF
import docx
from docx.shared import Pt
import openpyxl
from pptx import Presentation
from pptx.util import Inches, Pt as PPt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = datetime.datetime(2025, 3, 14, 9, 30, 0, tzinfo=datetime.timezone.utc)
random.seed(20250314)
LABELS = []


def P(name):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def label(file, verdict, codes, cats, mags, carrier, lang, note, hn=False, excl=None):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mags, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=hn, note=note))


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2025-03-14T09:30:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, (2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


def write_text(name, text, enc="utf-8"):
    with open(P(name), "w", encoding=enc, newline="\n") as f:
        f.write(text)


def write_csv(name, rows, enc="utf-8"):
    with open(P(name), "w", encoding=enc, newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


def write_docx(name, title, blocks, author="user"):
    """blocks: list of str (paragraph), ('h', str) heading, ('t', rows) table."""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(docx.oxml.ns.qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.title = ""
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            d.add_heading(b[1], level=2)
        elif isinstance(b, tuple) and b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        else:
            d.add_paragraph(b)
    d.save(P(name))
    normalize_zip(P(name))


def write_xlsx(name, sheets, author="user"):
    """sheets: list of (title, rows)"""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 14
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    wb.save(P(name))
    normalize_zip(P(name))


def write_pptx(name, slides):
    """slides: list of (title, [bullets])"""
    pr = Presentation()
    for title, bullets in slides:
        s = pr.slides.add_slide(pr.slide_layouts[1])
        s.shapes.title.text = title
        tf = s.placeholders[1].text_frame
        tf.text = bullets[0]
        for b in bullets[1:]:
            para = tf.add_paragraph()
            para.text = b
            para.font.size = PPt(16)
    pr.core_properties.created = FIXED.replace(tzinfo=None)
    pr.core_properties.modified = FIXED.replace(tzinfo=None)
    pr.core_properties.author = "PMO"
    pr.core_properties.last_modified_by = "PMO"
    pr.save(P(name))
    normalize_zip(P(name))


class Pdf(FPDF):
    def __init__(self, orientation="P", footer_text=""):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.add_font("wq", "", FONT)
        self.footer_text = footer_text
        self.set_creation_date(FIXED)
        self.set_auto_page_break(True, 15)

    def footer(self):
        if self.footer_text:
            self.set_y(-12)
            self.set_font("wq", size=7)
            self.cell(0, 5, f"{self.footer_text}    {self.page_no()}", align="C")


def fix_glyphs(s):
    for a, b in (("⁻³", "^-3"), ("⁻⁴", "^-4"), ("⁻²", "^-2"), ("⁻", "-"), ("²⁻", "2-"), ("℃", "°C")):
        s = s.replace(a, b)
    return s


def write_pdf(name, title, lines, footer="", size=10):
    """lines: str lines; '## x' = heading; '|a|b|c' = table row"""
    lines = [fix_glyphs(x) for x in lines]
    pdf = Pdf(footer_text=footer)
    pdf.add_page()
    pdf.set_font("wq", size=15)
    pdf.multi_cell(0, 8, fix_glyphs(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for ln in lines:
        if ln.startswith("## "):
            pdf.ln(2)
            pdf.set_font("wq", size=size + 2)
            pdf.multi_cell(0, 7, ln[3:], new_x="LMARGIN", new_y="NEXT")
        elif ln.startswith("|"):
            cells = ln.strip("|").split("|")
            pdf.set_font("wq", size=size - 1)
            w = (pdf.w - 20) / len(cells)
            for c in cells:
                pdf.cell(w, 6, c.strip(), border=1)
            pdf.ln(6)
        else:
            pdf.set_font("wq", size=size)
            pdf.multi_cell(0, 5.5, ln, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(P(name))


def write_drawing(name, tb, shapes, dims, notes, bom=None):
    """Engineering drawing on A3-like landscape A4. tb: dict title-block fields."""
    pdf = Pdf(orientation="L")
    pdf.add_page()
    pdf.set_line_width(0.5)
    pdf.rect(8, 8, 281, 194)
    pdf.set_line_width(0.25)
    for s in shapes:
        kind = s[0]
        if kind == "rect":
            pdf.rect(*s[1:5])
        elif kind == "line":
            pdf.line(*s[1:5])
        elif kind == "circle":
            x, y, r = s[1:4]
            pdf.ellipse(x - r, y - r, 2 * r, 2 * r)
        elif kind == "text":
            pdf.set_font("wq", size=s[4] if len(s) > 4 else 7)
            pdf.text(s[1], s[2], s[3])
    pdf.set_font("wq", size=7)
    for (x1, y1, x2, y2, t) in dims:
        pdf.set_draw_color(60, 60, 200)
        pdf.line(x1, y1, x2, y2)
        pdf.set_draw_color(0, 0, 0)
        pdf.text((x1 + x2) / 2 - 4, (y1 + y2) / 2 - 1, t)
    # notes
    pdf.set_xy(12, 130)
    pdf.set_font("wq", size=7.5)
    pdf.multi_cell(150, 4, fix_glyphs("\n".join(notes)))
    if bom:
        y = 12
        for row in bom:
            x = 200
            for c, w in zip(row, (10, 38, 30, 10)):
                pdf.set_xy(x, y)
                pdf.cell(w, 5, str(c), border=1)
                x += w
            y += 5
    # title block
    x0, y0 = 180, 160
    rows = list(tb.items())
    pdf.set_font("wq", size=7)
    for i, (k, v) in enumerate(rows):
        yy = y0 + (i // 2) * 7
        xx = x0 + (i % 2) * 54
        pdf.set_xy(xx, yy)
        pdf.cell(18, 7, k, border=1)
        pdf.cell(36, 7, v, border=1)
    pdf.output(P(name))


def eml(name, hdr, body, attachments=(), html=False):
    """hdr: dict From/To/Cc/Subject/Date; attachments: list of (filename, mime, bytes)."""
    msgid = hdr.get("Message-ID", "<%08x.%s>" % (random.getrandbits(32), hdr["From"].split("@")[-1].strip(">")))
    head = []
    for k in ("From", "To", "Cc", "Subject", "Date"):
        if k in hdr:
            v = hdr[k]
            if k == "Subject" and not v.isascii():
                v = "=?UTF-8?B?" + base64.b64encode(v.encode()).decode() + "?="
            elif not v.isascii() and "<" in v:
                nm, addr = v.split("<", 1)
                v = "=?UTF-8?B?" + base64.b64encode(nm.strip().encode()).decode() + "?= <" + addr
            head.append(f"{k}: {v}")
    head.append(f"Message-ID: {msgid}")
    head.append("MIME-Version: 1.0")
    bodyb64 = base64.encodebytes(body.encode("utf-8")).decode()
    if not attachments:
        head += ["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: base64", "", bodyb64]
        txt = "\r\n".join(head)
    else:
        bnd = "----=_Part_%06d" % random.randint(0, 999999)
        head.append(f"Content-Type: multipart/mixed; boundary=\"{bnd}\"")
        parts = ["", "This is a multi-part message in MIME format.", "", f"--{bnd}",
                 "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: base64", "", bodyb64]
        for fn, mime, data in attachments:
            encfn = fn if fn.isascii() else "=?UTF-8?B?" + base64.b64encode(fn.encode()).decode() + "?="
            parts += [f"--{bnd}", f"Content-Type: {mime}; name=\"{encfn}\"",
                      "Content-Transfer-Encoding: base64",
                      f"Content-Disposition: attachment; filename=\"{encfn}\"", "",
                      base64.encodebytes(data).decode()]
        parts.append(f"--{bnd}--")
        txt = "\r\n".join(head + parts) + "\r\n"
    with open(P(name), "w", encoding="ascii", newline="") as f:
        f.write(txt.replace("\r\n", "\n").replace("\n", "\r\n"))


# ---------------------------------------------------------------- clause b
def b_docs():
    # 1 extraction cascade commissioning plan (zh, docx, b)
    f = "项目资料/萃取车间/P507萃取槽调试方案_V2.1.docx"
    write_docx(f, "PrNd/Sm 分组萃取生产线 单机及联动调试方案（V2.1）", [
        ("h", "1 适用范围"),
        "本方案适用于二期萃取车间 P507-HCl 体系 Pr/Nd 分离段（1#~60# 级混合澄清槽）及配套皂化、储罐、输送泵的安装完成后调试。调试由设备部牵头，工艺部派驻工艺员两名。",
        ("h", "2 调试前检查"),
        "2.1 槽体：逐级检查 PVC 内衬焊缝，电火花检漏仪 15 kV 检测无击穿；澄清室溢流堰水平度偏差 ≤1 mm/m，否则调整支腿垫铁。",
        "2.2 搅拌：各级搅拌电机点动确认转向（俯视顺时针），空载电流记入附表 A；桨叶离槽底距离 80±5 mm。",
        "2.3 管路：有机相、水相、洗液、反萃液管路按颜色标识（有机黄、水相绿、酸蓝）复核，流量计零点校验。",
        ("h", "3 清水联动试车"),
        "3.1 全槽注自来水至溢流口，搅拌转速由 120 r/min 逐级升至 280 r/min，运行 8 h，检查各级串漏、溢流是否顺畅。",
        "3.2 按设计流比用煤油代替有机相进行两相联动 24 h，观察界面位置，要求各级界面波动 ≤ ±15 mm；界面高于堰口时调节相界面调节器。",
        ("h", "4 带料试车"),
        "4.1 加入皂化 P507（皂化度按工艺卡设定，参考值 36%），料液按工艺卡规定量分三天逐步加至满负荷（第1天 30%，第2天 60%，第3天 100%）。",
        "4.2 每 4 h 取 15#、30#、45#、60# 级水相分析，待出口 Nd2O3/TREO 达到工艺卡目标（≥99.5%）并稳定 72 h 后判定带料试车合格。",
        "4.3 异常处理：出现乳化时降低搅拌转速 20 r/min 并检查料液 SiO2、Fe 是否超标；澄清时间超过 6 min 时停止进料，报工艺部。",
        ("h", "5 验收与移交"),
        ("t", [["项目", "合格标准", "记录表"], ["串漏", "无", "TS-01"], ["界面波动", "≤±15 mm", "TS-02"], ["出口纯度", "满足工艺卡 72 h", "TS-03"], ["电机温升", "≤40 K", "TS-04"]]),
        "调试完成后由设备部、工艺部、生产部三方签字移交。附表 A~D 另发。",
    ], author="设备部-刘工")
    label(f, "controlled", ["1E902.b"], ["separation"], [], "process-spec", "zh",
          "commissioning plan of a P507 Pr/Nd mixer-settler cascade; process values only as targets -> b")

    # 2 electrolysis cell relining procedure (en, pdf, b)
    f = "maintenance/MP-EL-014 Cell relining procedure rev C.pdf"
    write_pdf(f, "MP-EL-014  Relining of 10 kA PrNd electrolysis cells (rev. C)", [
        "Owner: Smelting Maintenance   Applies to: cells E-01 to E-24, fluoride bath line",
        "## 1 Purpose",
        "Defines the steps for taking a PrNd oxide-fluoride electrolysis cell out of service, removing the spent graphite crucible and anode set, relining and returning the cell to production.",
        "## 2 When to reline",
        "- Graphite crucible wall thickness below 18 mm at any of the 8 measuring points (ultrasonic gauge), or",
        "- Iron pick-up in metal > 0.3 % on three consecutive taps, or",
        "- Shell temperature above 180 C at the hot-spot thermocouples TC-3/TC-4.",
        "## 3 Shutdown and tear-out",
        "3.1 Stop oxide feeding 2 h before power-off; tap metal into the W crucible as normal.",
        "3.2 Ramp current down 1 kA per 5 min to zero. Lift anodes with the hoist and place on the cooling rack.",
        "3.3 Pump remaining bath (REF3-LiF) into the bath-recovery pot while still molten; do not let bath freeze in the cell.",
        "3.4 After 36 h cooling, remove the crucible with the 3 t hoist, chip out frozen bath and keep it for recycling.",
        "## 4 Relining",
        "4.1 Inspect the steel shell and water jacket; pressure test jacket at 0.4 MPa for 30 min.",
        "4.2 Lay 2 layers of alumina-silicate board (50 mm) and ram carbon paste 60 mm at the bottom; level within 2 mm.",
        "4.3 Set new graphite crucible (ID 680 mm, wall 45 mm, density >= 1.78 g/cm3), centre within 3 mm, fill the annulus with graphite powder and tamp in 50 mm lifts.",
        "4.4 Refit the tungsten cathode rod (D 70 mm) and the Mo crucible for metal collection; check cathode-anode distance with the gauge - target per process card, typically 80-90 mm.",
        "## 5 Baking and restart",
        "5.1 Bake with resistance heater: 25 C/h to 300 C, hold 8 h, 40 C/h to 850 C, hold 12 h.",
        "5.2 Charge pre-melted bath, lower anodes, start at 3 kA and raise 1 kA per 30 min to nameplate current.",
        "5.3 First three taps go to reject bin; release cell to production when metal purity meets the process card.",
        "## 6 Records",
        "Fill form MF-EL-014-1 (measurements), MF-EL-014-2 (bake log). Retain 5 years.",
    ], footer="MP-EL-014 rev C  -  internal")
    label(f, "controlled", ["1E902.b"], ["metal-smelting"], [], "process-spec", "en",
          "relining/maintenance procedure of RE fluoride electrolysis cells; purity only referenced to process card")

    # 3 sintering furnace overhaul record (xlsx zh, b, NdFeB)
    f = "设备档案/烧结炉/VSF-06大修记录2024.xlsx"
    write_xlsx(f, [("大修记录", [
        ["设备", "VSF-06 真空烧结炉（600kg）", "", "", "", ""],
        ["大修日期", "2024-11-04 至 2024-11-19", "", "", "负责人", "王建国"],
        ["序号", "项目", "检查/更换内容", "测量值", "标准", "结论"],
        [1, "加热带", "更换钼加热带 6 组，电阻测量", "0.118 Ω", "0.11~0.13 Ω", "合格"],
        [2, "隔热屏", "更换内层钼屏 3 层，外层不锈钢屏清理", "-", "无变形、无脱层", "合格"],
        [3, "热电偶", "更换 S 型热电偶 TC1~TC3，与标准偶比对", "1050℃点偏差 +1.6℃", "≤±2℃", "合格"],
        [4, "真空系统", "罗茨泵 ZJP-600 换油，扩散泵清洗", "极限真空 3.8×10⁻³ Pa", "≤5×10⁻³ Pa", "合格"],
        [5, "漏率", "氦检漏+静态升压法", "0.45 Pa/h", "≤0.67 Pa/h", "合格"],
        [6, "冷却风机", "更换轴承 6318，动平衡", "振动 2.1 mm/s", "≤4.5 mm/s", "合格"],
        [7, "炉温均匀性", "9 点测温（空载，1060℃保温 2h）", "±3.5℃", "≤±5℃", "合格"],
        [8, "充气系统", "Ar 快冷阀密封更换", "-", "无泄漏", "合格"],
        [9, "试烧", "N45 标准料 1 炉，按工艺卡 SP-45 烧结+二级回火", "Br 13.42kG, Hcj 16.3kOe", "工艺卡目标", "合格"],
        ["备注", "漏率超标时先查炉门密封圈（氟橡胶 φ1250），再查热电偶引入法兰。", "", "", "", ""],
    ]), ("备件消耗", [
        ["备件", "规格", "数量", "单位"],
        ["钼加热带", "0.5×60 mm", 6, "组"], ["S型热电偶", "φ6×800", 3, "支"],
        ["密封圈", "φ1250 FKM", 1, "条"], ["泵油", "HFV-100", 40, "L"]])], author="设备科")
    label(f, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", "zh",
          "overhaul record of an NdFeB vacuum sintering furnace (heating elements, leak rate, uniformity); test firing only refers to process card")

    # 4 strip caster maintenance manual (mixed, docx, b)
    f = "SC-500 速凝炉维护保养手册.docx"
    write_docx(f, "SC-500 速凝薄带炉 维护保养手册 (Maintenance Manual)", [
        "适用：SC-500 strip casting furnace, 钕铁硼合金 500 kg/炉。本手册供设备维护人员使用，工艺参数以工艺卡为准。",
        ("h", "1 日常点检 Daily check"),
        ("t", [["部位", "点检内容", "周期", "标准"],
               ["冷却辊 Cu-Cr-Zr roller", "表面划伤、粘料", "每炉", "无深度>0.2mm 划痕"],
               ["辊冷却水", "进出水温差、流量", "每班", "流量≥45 m³/h，ΔT 记录"],
               ["中间包 tundish", "涂层剥落、裂纹", "每炉", "剥落面积<5%"],
               ["感应线圈", "绝缘、漏水", "每周", "绝缘电阻≥1 MΩ"],
               ["破碎/收料罐", "密封圈", "每周", "保压 2 h 压降<2 kPa"]]),
        ("h", "2 冷却辊修磨 Roller refurbishment"),
        "当薄带厚度分布超出工艺卡范围（通常 0.25–0.35 mm）或贴辊面出现大量等轴晶时，应检查辊面粗糙度。辊面 Ra 超过 1.6 μm 时拆辊修磨：",
        "1) 关闭主水阀，排空辊内冷却水，吹干；2) 拆卸两端旋转接头，使用专用吊具吊出冷却辊；3) 在外协车床上车削去除 0.3–0.5 mm，随后抛光至 Ra 0.8 μm；4) 辊径减小累计超过 12 mm 时报废换新辊。",
        "Re-install: 辊跳动 ≤0.03 mm，辊与中间包唇口间隙按出厂记录 ±0.5 mm 复位。",
        ("h", "3 中间包更换 Tundish relining"),
        "中间包使用约 60 炉后更换耐材。拆除旧耐材 → 清理钢壳 → 砌筑刚玉质预制件 → 涂 ZrO2 涂层 0.5 mm → 烘烤 200 ℃×4 h + 600 ℃×6 h。烘烤不足会导致首炉薄带含氧偏高。",
        ("h", "4 真空系统 Vacuum"),
        "Holding pump 每 500 h 换油；机械泵+罗茨泵组极限真空应 ≤ 1 Pa；升压率 ≤ 5 Pa/h。超标先查观察窗、测温枪法兰。",
        ("h", "5 故障与处理 Troubleshooting"),
        ("t", [["现象", "可能原因", "处理"],
               ["薄带厚薄不均", "中间包唇口磨损/辊面粘料", "修整唇口，清理辊面"],
               ["辊面局部发热", "冷却水道结垢", "酸洗水道（5% 柠檬酸，60℃，4h）"],
               ["熔炼功率上不去", "线圈匝间放电", "检查线圈绝缘，更换匝间绝缘"]]),
    ], author="Equipment Dept")
    label(f, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "mixed",
          "strip-caster maintenance manual for NdFeB alloy: roller refurbishment, tundish relining; process only referenced")

    # 5 jet mill repair report (en, pdf, vendor report, b)
    f = "Service/SR-2024-0873_JetMill_QLMR-400_repair.pdf"
    write_pdf(f, "Field Service Report SR-2024-0873", [
        "Customer: Line 2 powder shop (sintered NdFeB)     Equipment: QLMR-400 fluidised-bed jet mill with classifier",
        "Engineer on site: K. Hoffmann     Dates: 12-15 Aug 2024",
        "## Reported problem",
        "Particle size drifted from D50 3.2 um to 4.1 um over two weeks, classifier motor current unstable, oxygen in the milling chamber rising to 180 ppm during runs.",
        "## Findings",
        "1. Classifier wheel: 14 of 36 blades eroded at the outer edge (up to 1.8 mm). Wheel imbalance 9.2 g at R=150.",
        "2. Nozzles: 3 of 4 Laval nozzles worn, throat diameter 6.9 mm vs 6.0 mm nominal.",
        "3. N2 circuit: leak at the cyclone discharge valve gasket and at the rotary feeder shaft seal.",
        "4. O2 analyser drift: zero offset +35 ppm.",
        "## Work performed",
        "- Replaced classifier wheel with spare (ceramic-lined), dynamic balancing to G2.5 at 6000 rpm.",
        "- Replaced all four nozzles; aligned to the chamber centre with the alignment jig, focal point 90 mm.",
        "- Replaced discharge valve gaskets and feeder shaft seal; leak test with N2 at 0.15 MPa, pressure drop 0.8 kPa in 30 min (acceptable < 2 kPa).",
        "- Recalibrated O2 analyser with 0 and 100 ppm span gas.",
        "## Test run",
        "|Item|Before|After|Target (customer card)",
        "|D50 (um)|4.1|3.15|3.0-3.3",
        "|Span (D90-D10)/D50|1.9|1.45|<=1.6",
        "|Chamber O2 (ppm)|180|22|<=50",
        "|Classifier current (A)|18-27|21.5|stable",
        "## Recommendations",
        "Inspect classifier blades every 600 operating hours; keep one spare nozzle set on site; replace feeder shaft seal yearly.",
        "Customer signature: ______     Engineer signature: K. Hoffmann",
    ], footer="Service report - confidential")
    label(f, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "other", "en",
          "vendor field repair report of an NdFeB jet mill with test-run results vs customer targets")

    # 6 line upgrade proposal a+b GBD
    f = "Proposals/Line3_GBD_upgrade_proposal_final.docx"
    write_docx(f, "Line 3 Upgrade Proposal: adding Tb grain-boundary diffusion to the sintered magnet line", [
        ("h", "1 Background"),
        "Line 3 currently produces 48H/45SH grades with 4.5 wt% Dy added to the alloy. To cut heavy rare earth use and reach 52SH/48UH, we propose to install a coating + diffusion cell after machining and to switch the alloy to Dy-free.",
        ("h", "2 Equipment scope"),
        ("t", [["Item", "Qty", "Installation notes"],
               ["Tb slurry spray-coater (2 m belt)", "1", "install in clean room C-3, exhaust 1200 m3/h"],
               ["Vacuum diffusion furnace 300 kg", "2", "foundation load 8 t; cooling water 12 m3/h"],
               ["Mass gauge (0.01 g) inline", "1", "after coater, tie to MES"],
               ["Ageing furnace (reuse VSF-03)", "1", "retrofit new thermocouple rack"]]),
        "Installation: 6 weeks; commissioning: 3 weeks incl. empty-furnace uniformity (±3 C at 900 C) and 3 trial lots.",
        ("h", "3 New process window (to replace SP-48H rev 7)"),
        "- Base alloy: PrNd 30.5 wt%, Dy 0, Co 1.0, Cu 0.15, Ga 0.25, Al 0.1, B 0.96, Fe bal.",
        "- Magnet thickness before coating: <= 6 mm in the magnetisation direction; surface pickled (3% HNO3, 20 s), dried.",
        "- Coating: TbH2 powder (D50 3 um) in alcohol + binder slurry, coating weight 0.55-0.65 wt% Tb of magnet mass, on the two pole faces only.",
        "- Diffusion: 900 C x 12 h under vacuum <= 5e-3 Pa, then Ar quench to < 80 C.",
        "- Ageing: 490 C x 4 h, quench.",
        "- Expected: Br drop <= 0.2 kG; HcJ gain +9 to +10 kOe (45SH base 20 kOe -> >= 29 kOe).",
        ("h", "4 Commissioning acceptance"),
        "Three consecutive lots meeting HcJ >= 28.5 kOe at 20 C and Tb consumption <= 0.6 wt%; furnace leak rate <= 0.5 Pa/h.",
        ("h", "5 Budget and schedule"),
        "CAPEX 11.8 M CNY; payback 14 months at 2024 Dy/Tb prices. Start Q2, SOP Q4.",
    ], author="Process Engineering")
    label(f, "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "en",
          "line upgrade plan that also lays down new Tb GBD alloy/coating/diffusion parameters -> a and b")

    # 7 SAT protocol SmCo solution/ageing furnace (pdf zh-tw? use en/zh mixed)
    f = "验收/SAT_钐钴固溶时效炉_验收测试规程.pdf"
    write_pdf(f, "钐钴 2:17 固溶/时效真空炉 现场验收测试规程 (SAT Protocol)", [
        "设备编号 HT-SC-02    供方：××真空设备有限公司    需方：磁材二厂",
        "## 1 验收项目",
        "|序号|项目|方法|合格标准",
        "|1|极限真空|冷态，连续抽气 4h|≤6.7×10⁻³ Pa",
        "|2|压升率|关阀静置 1h|≤0.5 Pa/h",
        "|3|控温精度|1200℃ 保温 2h|±1℃",
        "|4|炉温均匀性|9 点法 1190℃/830℃|±3℃",
        "|5|快冷速率|Ar 0.2MPa 风冷 1190→600℃|≤12 min",
        "|6|程序控温|多段慢冷 0.7℃/min 段|偏差≤0.1℃/min",
        "|7|安全联锁|断水、超温、门开|动作正确",
        "## 2 试生产验证",
        "以需方工艺卡 SC-2:17-H 运行一个完整周期（烧结—固溶—时效—慢冷），装炉 120 kg 样块。验收以需方检测室的 Br、Hcj、(BH)max 满足工艺卡为准，工艺参数由需方提供并保密，供方不得留存记录曲线。",
        "## 3 缺陷处理",
        "验收项目不合格时供方应于 15 日内整改并重新测试；第二次仍不合格，需方有权拒收。",
        "## 4 签字",
        "需方设备部：________  需方工艺部：________  供方：________",
    ], footer="HT-SC-02 SAT")
    label(f, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["SmCo"], "process-spec", "mixed",
          "site acceptance test protocol for SmCo 2:17 solution/ageing furnace; process card referenced only")

    # 8 on-site service report email from engineer (mixed)
    f = "mail/Re_ Day 5 status - SX commissioning Haiphong.eml"
    eml(f, {"From": "Zhang Wei <zhang.wei@hxre-eng.cn>", "To": "Tran Minh <minh.tran@vinarem.vn>",
            "Cc": "proj-hp@hxre-eng.cn", "Subject": "Re: Day 5 status - SX commissioning Haiphong",
            "Date": "Fri, 18 Oct 2024 19:42:10 +0700"},
        """Hi Minh,

Day 5 summary from site (La/Ce cut, P507 section, stages 1-48):

1. Water run finished. Stages 17 and 33 still weeping at the settler corner weld; your welder re-did 17, 33 tomorrow morning. Please don't fill 33 before we spark-test again.
2. Mixer speeds: we set all to 240 rpm as agreed. Stage 9 motor draws 2.8 A vs 2.1 A on the others - impeller rubbing the baffle, we shimmed it 3 mm, now 2.2 A.
3. Kerosene/water two-phase run 16 h. Interface in stages 40-48 was riding 25-30 mm high -> lowered the interface regulators by two notches, now within +/-10 mm.
4. Flowmeter FT-103 (organic feed) reads 6% high against bucket test, recalibrated.

明天计划 / plan for tomorrow:
- 皂化系统试车，NaOH 管线冲洗后投用 (saponification line flush then start)
- 开始带料，按 30% 负荷进，出口 La 纯度目标还是按你们工艺卡

Problem: the pH probe at the saponification tank has no isolation valve, replacing it means draining. Suggest you add a ball valve during next stop.

BR
张伟 Zhang Wei
Site commissioning engineer
""")
    label(f, "controlled", ["1E902.b"], ["separation"], [], "email", "mixed",
          "engineer's on-site commissioning status mail for a RE solvent-extraction cascade abroad")

    # 9 HD furnace commissioning checklist csv (zh, GB18030)
    f = "氢破炉HD-2调试记录表.csv"
    rows = [["检查项", "设定/标准", "实测", "判定", "备注"],
            ["炉体压升率(Pa/h)", "≤10", "6.2", "OK", ""],
            ["H2 管路保压 0.3MPa 24h", "压降≤0.005MPa", "0.002", "OK", "阀门 V3 更换"],
            ["H2 报警器(%LEL)", "10/25 两级", "10/25", "OK", "标气校验"],
            ["加热功率(kW)", "90", "89.5", "OK", ""],
            ["脱氢温度控温(℃)", "工艺卡设定 ±5", "±3", "OK", "TC2 偏低 2℃已补偿"],
            ["转筒转速(r/min)", "0.5~3 可调", "0.5~3.1", "OK", ""],
            ["冷却水流量(m3/h)", "≥8", "9.4", "OK", ""],
            ["Ar 置换后 O2(ppm)", "≤100", "35", "OK", ""],
            ["试车料", "速凝片 300kg", "吸氢完成 2.1h", "OK", "按工艺卡 HD-N"],
            ["联锁：H2 泄漏→切断+N2 吹扫", "动作", "动作", "OK", ""],
            ["调试人", "李强/周敏", "", "", "2024-06-21"]]
    write_csv(f, rows, enc="gb18030")
    label(f, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", "zh",
          "GB18030 commissioning checklist of a hydrogen-decrepitation furnace for strip-cast NdFeB flakes")

    # 10 electrolysis line retrofit 6kA -> 10kA, a+b, traditional Chinese
    f = "電解線擴容改造方案（6kA改10kA）.docx"
    write_docx(f, "鐠釹金屬電解線擴容改造方案（6 kA → 10 kA）", [
        ("h", "一、改造目的"),
        "現有 12 台 6 kA 氟化物體系電解槽單槽產能 45 kg/d，電耗 9.8 kWh/kg。擬利用停產檢修期將 8 台改為 10 kA 槽型，其餘 4 台保留作備用。",
        ("h", "二、設備改造內容"),
        "1. 槽殼：更換為 φ1100 mm 不鏽鋼水冷殼體，加高 150 mm；2. 石墨坩堝內徑由 560 mm 擴至 720 mm；3. 陽極由 4 塊改為 6 塊扇形石墨陽極；4. 陰極鎢棒由 φ50 mm 改為 φ65 mm；5. 整流器更換為 12 kA/15 V 可控硅整流櫃；6. 加料器改為螺旋定量加料，0–30 kg/h 可調。",
        ("h", "三、新工藝參數（取代原工藝卡 EL-PN-03）"),
        ("t", [["參數", "原 6 kA", "改造後 10 kA"],
               ["電解質組成 REF3:LiF (wt)", "86:14", "88:12"],
               ["電解溫度 ℃", "1040–1060", "1050±10"],
               ["陽極電流密度 A/cm²", "1.0", "0.85"],
               ["陰極電流密度 A/cm²", "7.5", "6.5"],
               ["槽電壓 V", "9.5–10.5", "9.0–9.8"],
               ["氧化物加料速率", "按電流 1.6 kg/kAh", "1.55 kg/kAh，每 3 min 一次"],
               ["極距 mm", "75", "85"],
               ["出金屬週期", "2 h", "2 h，坩堝承重 25 kg"]]),
        ("h", "四、安裝與調試"),
        "1. 拆除舊槽後基礎復測，水平度 ≤2 mm；2. 新槽按 MP-EL-014 烘爐；3. 以 4 kA 啟動，每 30 min 升 1 kA；4. 連續 10 天電流效率 ≥80%、金屬 PrNd ≥99.5%、Fe ≤0.1% 為驗收合格。",
        ("h", "五、預期效益"),
        "單槽產能 80 kg/d，電耗降至 8.6 kWh/kg，年增產 PrNd 金屬約 100 t。",
    ], author="冶煉廠技術科")
    label(f, "controlled", ["1E902.a", "1E902.b"], ["metal-smelting"], [], "process-spec", "zh",
          "traditional-Chinese electrolysis line retrofit plan with new bath composition/current density -> a and b")

    # 11 technician notes electrolysis repair txt (zh)
    f = "交接班/3号槽维修记录_0927.txt"
    write_text(f, """9.27 夜班 3#电解槽

22:10 槽电压从9.6升到12.4，阳极效应，加料后不下来。
22:25 提起阳极检查，2号阳极下端断裂约 1/3，掉块落在坩埚底。用捞渣勺捞出，约 4kg。
22:50 换新阳极（库存 G-180 扇形），插入深度比原来浅 20mm，对正极距用卡尺量 82mm。
23:30 电压回到 9.8，电流 6.0kA 稳定，温度红外测 1055。
00:40 出金属，18.6kg，外观正常，取样送化验。
01:20 发现槽沿东侧壳体温度高（外表 210℃），水套出水温 52℃，判断水套内有结垢，水量调大到 2.5m3/h，降到 165℃。

遗留：
- 水套要在下次停槽时酸洗，已报设备科
- 阳极夹具螺栓滑丝，临时用铁丝捆，白班必须换
- 断阳极原因怀疑是上批阳极密度低（批号 2408-11），请技术科查一下

值班：老陈 / 小吴
""")
    label(f, "controlled", ["1E902.b"], ["metal-smelting"], [], "other", "zh",
          "shift technician's repair notes of an RE fluoride electrolysis cell (anode break, re-setting pole distance)")

    # 12 orientation press maintenance procedure pdf zh
    f = "作业指导书/WI-YX-07 取向成型压机维护规程.pdf"
    write_pdf(f, "WI-YX-07 磁场取向成型压机 维护保养规程", [
        "适用设备：TDY-200T 垂直磁场取向压机 4 台（成型车间，钕铁硼烧结毛坯）",
        "## 1 每班",
        "1.1 检查手套箱 O2 含量 ≤ 500 ppm、N2 压力 0.02–0.05 MPa，超标时检查手套、传递窗密封。",
        "1.2 清理模腔及上下冲头残粉，使用专用毛刷，禁止用压缩空气（粉末自燃风险）。",
        "1.3 磁场线圈冷却水温 ≤ 32 ℃。",
        "## 2 每周",
        "2.1 用高斯计在模腔中心测取向磁场，脉冲/直流峰值应不低于工艺卡规定值（通常 ≥1.8 T）；下降超过 5% 时检查极头间隙及线圈电阻。",
        "2.2 液压油位、油温（≤55 ℃），滤芯压差指示。",
        "## 3 每季度",
        "3.1 模具：测量模腔尺寸，单边磨损 > 0.03 mm 送修；硬质合金内衬崩边应更换。",
        "3.2 极头：纯铁极头端面平面度 ≤0.02 mm，否则磨削修复。",
        "3.3 线圈：绝缘电阻（500 V）≥ 20 MΩ；直流电阻与出厂值偏差 ≤ 3%。",
        "3.4 压力传感器标定，误差 ≤ 1% FS。",
        "## 4 故障处理",
        "|现象|原因|处理",
        "|毛坯分层|脱模速度过快/模具润滑不足|调整脱模速度，检查雾化润滑|",
        "|取向度下降|磁场不足/粉末装料不均|测磁场，检查布料器|",
        "|手套箱氧含量升高|手套破损|更换手套，置换 30 min|",
    ], footer="WI-YX-07 A/2")
    label(f, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "zh",
          "maintenance work instruction for magnetic-field orientation presses in NdFeB forming")

    # 13 Ce magnet line conversion slides a+b
    f = "双主相铈磁体产线改造汇报.pptx"
    write_pptx(f, [
        ("2号线改造：双主相含铈磁体", ["目标：以 Ce 替代 25% 稀土总量，生产 N38/N40 级", "利用现有速凝、氢破、气流磨、压机、烧结炉，改造周期 5 周", "汇报：工艺部 2024-09"]),
        ("合金设计", ["A 主相合金：(PrNd)30.5 B0.98 Co0.8 Cu0.12 Ga0.2 Fe余", "B 主相合金：(Ce0.55 La0.05 PrNd0.40)31.5 B1.0 Cu0.15 Fe余", "A:B 按 1:1 混粉，总 Ce 约 8.7 wt%", "B 合金速凝辊速 2.0 m/s（比常规高 0.3 m/s），防止 CeFe2 粗化"]),
        ("粉末与成型", ["A、B 分别氢破后混合，再气流磨至 D50 3.6 μm", "添加 0.08% 防氧化剂，混料 2 h", "取向磁场 ≥1.8 T，等静压 200 MPa"]),
        ("烧结与回火（新工艺卡 SP-Ce40）", ["1030 ℃ × 4 h（比常规低 20 ℃，抑制两主相互扩散）", "一级回火 880 ℃ × 2 h，二级 500 ℃ × 3 h", "目标：Br ≥12.6 kG，Hcj ≥12 kOe，成本降 11%"]),
        ("设备改造与调试", ["速凝炉：增加第二中间包及辊速变频改造", "混粉：新增 2 t 双锥混料机 + 氮气保护", "烧结炉 VSF-02/03 加装第 4 区热电偶，均匀性 ±3 ℃ 复测", "调试：3 批试生产，验收按 Br/Hcj 目标和成品率 ≥ 92%"]),
    ])
    label(f, "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec", "zh",
          "slides for converting a line to dual-main-phase Ce magnets; gives alloy and sintering recipe plus equipment retrofit")

    # 14 recycling sludge line commissioning (zh docx)
    f = "回收车间/油泥回收线试车总结.docx"
    write_docx(f, "钕铁硼油泥回收线 试车总结报告", [
        "试车时间：2024年4月8日—4月26日。参加单位：设备部、回收车间、安装单位。",
        ("h", "一、安装情况"),
        "回转窑（φ1.6×18 m）、优溶槽 4 台、除杂槽 2 台、草沉槽 2 台、隧道窑 1 条按图安装完毕；回转窑托轮找正，窑体中心线偏差 ≤3 mm；各槽体防腐衬里电火花检漏合格。",
        ("h", "二、单机试车"),
        "回转窑空转 48 h，托轮温升 ≤ 25 K，窑尾密封无漏风；优溶槽搅拌 24 h，无异常振动；压滤机保压正常。",
        ("h", "三、带料联动"),
        "投料 30 t 油泥（含 RE 约 27%）。焙烧温度按工艺控制在 800–850 ℃（参考），优溶终点 pH 4.0–4.5 由工艺员控制。期间出现：",
        "1. 回转窑窑头结圈，原因是油泥含油偏高、预干燥不足，已在窑前增加预干燥段，调试第 9 天后正常；",
        "2. 草酸沉淀槽搅拌桨焊缝开裂，补焊并加筋；",
        "3. 隧道窑 3 区热电偶损坏更换。",
        ("h", "四、结论"),
        "设备运行稳定，稀土回收率 96.1%，氧化物 TREO 99.2%，达到设计指标，同意转入试生产。遗留问题 7 项见附表。",
    ], author="回收车间")
    label(f, "controlled", ["1E902.b"], ["recycling"], [], "process-spec", "zh",
          "commissioning summary of an NdFeB sludge recovery line; process values only as references/targets")

    # 15 in-situ leach well network installation & maintenance (zh, pdf)
    f = "矿山/原地浸矿注液系统安装与维护细则.pdf"
    write_pdf(f, "离子型稀土原地浸矿 注液井网及集液系统 安装与维护细则", [
        "## 一、注液井施工",
        "1. 注液孔按 2.5 m×2.5 m 网度布置，孔径 φ200 mm，孔深至全风化层底板以上 1 m；",
        "2. 孔内下 φ63 PE 管，底部 1.5 m 为打孔花管，外包 60 目滤网，回填粗砂；",
        "3. 注液主管 DN110，支管 DN50，每 10 孔设一个控制阀。",
        "## 二、集液系统",
        "1. 导流孔沿山脚布置，倾角 3–5°，长度 30–60 m；2. 集液沟采用 HDPE 1.5 mm 防渗膜，搭接 ≥ 100 mm 热熔焊接，充气检测。",
        "## 三、调试",
        "先以清水试注 48 h，检查各孔注液速率（参考 0.3–0.5 m³/d·孔）、山体有无渗漏、滑坡迹象；确认集液率 ≥ 85% 后方可转注浸矿剂（浓度按工艺设计）。",
        "## 四、日常维护",
        "1. 每日巡查注液孔，堵塞孔用清水反冲，无效时重新成孔；",
        "2. 每周检测监测井水质（NH4+、SO4²⁻、pH），异常立即停注排查防渗层；",
        "3. 防渗膜破损用同材质补片焊接，面积 ≥ 破损处外延 300 mm；",
        "4. 雨季前清理截水沟，检查边坡位移观测桩。",
    ], footer="矿山技术部")
    label(f, "controlled", ["1E902.b"], ["mining"], [], "process-spec", "zh",
          "installation/commissioning/maintenance rules for in-situ leaching injection wells and liquor collection")

    # 16 melt-spinner maintenance (en, txt) bonded
    f = "MS-3 melt spinner - wheel resurfacing notes.txt"
    write_text(f, """MS-3 melt spinner (bonded-magnet powder line) - wheel resurfacing & restart checklist
Rev 2, maintenance team B

Why: ribbon getting thicker on the wheel side, more crystalline ribbon in the flake bin, customer complaints on MQ-type powder Hcj scatter. Wheel surface Ra measured 1.9 um (limit 0.8).

1. Vent chamber with dry Ar, lock out induction supply and wheel drive.
2. Remove the quartz crucible holder and the nozzle assembly. Inspect BN nozzle orifice - replace if > 0.85 mm (nominal 0.70).
3. Unbolt wheel (Cu-Be, OD 300 mm). Mount on lathe with mandrel MS-3-J01. Skim max 0.15 mm per pass, total removal <= 0.4 mm. Polish 600 -> 1200 grit -> Ra <= 0.4 um.
4. Record new OD. Scrap wheel below OD 290.
5. Balance wheel to G1.0. Refit; runout <= 5 um dial indicator.
6. Reset nozzle-to-wheel gap with feeler gauge to the value in the process card (we normally run 0.5-0.8 mm) - do NOT guess.
7. Pump down, leak rate <= 0.5 Pa/min, backfill Ar.
8. Dry run wheel at nameplate speed 30 min, bearing temp < 60 C.
9. First melt = sacrificial, check ribbon thickness with micrometer (target per card), send 50 g to lab for XRD amorphous check.

Spares used: 1 BN nozzle, wheel bearings 6208-2RS x2.
""")
    label(f, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "en",
          "maintenance checklist of a melt spinner for bonded NdFeB powder; settings deferred to process card")

    # 17 SmCo ageing furnace PLC upgrade email, a+b, traditional Chinese
    f = "mail/時效爐PLC升級與新時效曲線.eml"
    eml(f, {"From": "林志豪 <chlin@tw-magtech.com.tw>", "To": "陳經理 <chen.mgr@tw-magtech.com.tw>",
            "Cc": "eq-team@tw-magtech.com.tw", "Subject": "時效爐PLC升級與新時效曲線",
            "Date": "Tue, 05 Nov 2024 16:05:33 +0800"},
        """陳經理您好：

HT-3 時效爐 PLC 升級已於上週完成，說明如下：

一、升級內容
1. 舊 S7-300 換為 S7-1500，觸控屏換為 15 吋；程序段由 16 段擴充至 40 段，可做分段慢冷。
2. 新增第二支控溫熱電偶（K 型，裝在料架中心），採雙偶平均控溫。
3. 快冷風機加變頻器，可設定 Ar 回充壓力 0.05–0.2 MPa。
4. 升級後空爐 830 ℃ 均溫 ±2.5 ℃，合格。

二、新 Sm2Co17 時效程序（取代舊版 AG-2:17-v3，已寫入配方 #12）
- 燒結 1215 ℃ × 1.5 h → 降至 1190 ℃ 固溶 3 h → Ar 快冷至室溫
- 等溫時效 830 ℃ × 12 h
- 以 0.7 ℃/min 慢冷至 400 ℃，保溫 2 h，再快冷
- 成分維持 Sm25.5 Co49.8 Fe18.0 Cu5.6 Zr2.9 (wt%)
試做兩爐，Hcj 由 25 kOe 提升到 28~29 kOe，Br 11.0 kG 不變。

三、待辦
配方 #12 目前只有設備課和我有權限修改，請確認是否開放給生產領班。

林志豪
設備課
""")
    label(f, "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["SmCo"], "email", "zh",
          "email reporting PLC upgrade of an ageing furnace plus new Sm2Co17 solution/ageing recipe -> a and b")

    # 18 calcination kiln commissioning (en docx) b
    f = "Commissioning/Oxalate calcination kiln - commissioning procedure.docx"
    write_docx(f, "Rotary Calcination Kiln RK-2: Installation Check and Commissioning Procedure", [
        "Scope: rotary kiln (silicon-carbide tube, 0.9 m x 12 m) for calcining rare-earth oxalate cake to oxide at the separation plant, product line Nd2O3/Pr6O11.",
        ("h", "1 Mechanical checks"),
        "1.1 Tyre/roller alignment: kiln axis slope 2.0 % +/- 0.05; roller skew set so that the kiln floats within +/- 5 mm of the thrust roller.",
        "1.2 Seals: graphite-block feed-end and discharge-end seals, spring tension per vendor sheet.",
        "1.3 Tube runout <= 3 mm measured at 5 stations.",
        ("h", "2 Heating zones"),
        "Six electric heating zones; check each element resistance, insulation >= 2 MOhm, thermocouples compared against a reference at 500 C and 900 C (deviation <= 3 C).",
        ("h", "3 Cold run and heat-up"),
        "Run empty 24 h at 1 rpm. Heat up 50 C/h to set-point given by the process card (reference 900-1000 C) and hold 24 h; check shell temperatures and thermal expansion at the thrust roller.",
        ("h", "4 Hot run with product"),
        "Feed oxalate at 30 % of rated 250 kg/h for the first shift, then 60 %, then 100 %. Sample oxide every 2 h for LOI; release when LOI <= 0.5 % for 24 h and no SiC particles found in product screen.",
        ("h", "5 Sign-off"),
        ("t", [["Check", "Accepted by", "Date"], ["Mechanical", "", ""], ["Electrical/heating", "", ""], ["Hot run", "", ""]]),
    ], author="Commissioning")
    label(f, "controlled", ["1E902.b"], ["separation"], [], "process-spec", "en",
          "commissioning procedure of an RE oxalate calcination kiln; temperatures only referenced")

    # 19 flotation plant commissioning (en pdf) mining b
    f = "Mine/Flotation circuit commissioning report - Bastnaesite concentrator.pdf"
    write_pdf(f, "Bastnaesite Concentrator - Flotation Circuit Commissioning Report", [
        "Site: RE concentrator, rougher/cleaner circuit, 1200 tpd       Report no. CR-FL-03",
        "## Summary",
        "Dry and wet commissioning of the rougher bank (8 x 20 m3 cells), 3 cleaner stages and the reagent dosing system was completed between 3 and 21 June. Ore was introduced on 17 June.",
        "## Mechanical",
        "- Cell 4 rotor-stator clearance out of spec (14 mm vs 8 mm); re-shimmed.",
        "- Air blower: flow per cell calibrated by thermal mass meters; cell 7 meter replaced.",
        "- Conditioning tank heater (steam coil) leaked at flange; gasket replaced. Conditioning temperature loop tuned (PID: P 2.5, I 120 s).",
        "## Reagent system",
        "Hydroxamic acid dosing pump stroke calibrated by drawdown; sodium silicate and soda ash pumps likewise. Dosages follow the metallurgical design criteria (not reproduced here).",
        "## Ore commissioning",
        "|Day|Feed t|REO feed %|Conc REO %|Recovery %",
        "|1|520|6.8|38|52",
        "|3|910|7.1|52|63",
        "|5|1180|7.0|58|71",
        "Design target 60 % REO at 70 % recovery; reached on day 5. Handover to operations on 21 June with 11 punch-list items.",
    ], footer="CR-FL-03")
    label(f, "controlled", ["1E902.b"], ["mining"], [], "other", "en",
          "commissioning report of a bastnaesite flotation circuit; reagent dosages not given")

    # 20 monthly PM log of mixer-settlers xlsx
    f = "萃取车间设备月度保养记录_2024-07.xlsx"
    rows = [["日期", "设备位号", "保养内容", "发现问题", "处理", "用时h", "签字"]]
    items = [("E-101~110", "搅拌减速机换油 L-CKC220", "E-106 油位低", "补油，查油封", 3),
             ("E-111~120", "澄清室清理第三相（污物）", "E-118 界面絮凝物厚 40mm", "抽出第三相送过滤", 6),
             ("P-201", "有机相输送泵机封检查", "轻微渗漏", "更换机械密封", 2),
             ("E-121~140", "检查 PVC 衬里", "E-133 堰板变形", "热矫正，加固支撑", 5),
             ("T-301", "皂化槽 pH 计校准", "偏差 0.3", "两点校准 pH4/7", 1),
             ("E-141~160", "搅拌桨叶检查", "E-152 桨叶磨损", "更换 PP 桨叶", 4),
             ("FT-101~108", "流量计零点", "FT-105 漂移", "重新标定", 2)]
    for i, it in enumerate(items):
        rows.append([f"2024-07-{3+i*4:02d}", *it, "刘/赵"])
    write_xlsx(f, [("7月", rows)], author="萃取车间")
    label(f, "controlled", ["1E902.b"], ["separation"], [], "parameter-sheet", "zh",
          "monthly preventive-maintenance log of mixer-settlers in an RE extraction workshop (saponification, third-phase removal)")

    # 21 vacuum distillation furnace maintenance (zh docx) metal-smelting
    f = "金属车间/真空蒸馏炉检修规程.docx"
    write_docx(f, "ZL-80 真空蒸馏炉（镝、铽金属提纯）检修规程", [
        ("h", "1 检修周期"),
        "小修：每 20 炉；中修：每 100 炉或冷凝器结瘤严重时；大修：每 2 年。",
        ("h", "2 小修内容"),
        "清理钽坩埚外壁和冷凝罩沉积物；检查钨加热体有无变形、断裂；检查观察窗及电极密封（O 型圈 φ85×5 氟胶）。",
        ("h", "3 中修内容"),
        "3.1 拆下冷凝器，机械清除冷凝金属（收集回用，按批号入库）；3.2 更换钼隔热屏内层 2 层；3.3 检查扩散泵油，真空度恢复到 ≤ 5×10⁻⁴ Pa；3.4 校验 W-Re 热电偶。",
        ("h", "4 检修后试车"),
        "空炉升温至工艺卡最高温度，保温 2 h，压升率 ≤0.3 Pa/h；首炉产品做 ICP 全分析，Fe、Ta、W 杂质符合工艺卡要求后方可放行。",
        ("h", "5 安全"),
        "Dy、Tb 冷凝物为细粉，开炉前充 Ar 至微正压并冷却至 40 ℃以下，防止粉末燃烧；清理时佩戴防尘面罩。",
    ], author="金属车间")
    label(f, "controlled", ["1E902.b"], ["metal-smelting"], [], "process-spec", "zh",
          "overhaul rules for a Dy/Tb vacuum distillation furnace")

    # 22 GBD coating line maintenance (mixed email) b, with jargon only
    f = "mail/FW_ 溅射线靶材更换及腔体清理.eml"
    eml(f, {"From": "Sun Lei <sunlei@jsmag.cn>", "To": "maint-group@jsmag.cn",
            "Subject": "FW: 溅射线靶材更换及腔体清理", "Date": "Mon, 13 Jan 2025 08:12:45 +0800"},
        """各位，

周末停线期间扩散前处理的磁控溅射线 (Tb target line) 做了以下维护，请大家知悉：

1. Tb 靶（平面靶 800x125x8）3 号位刻蚀深度 6.1 mm，已换新靶，旧靶送回收。换靶后靶-基距复位 65 mm。
2. 腔体内壁防着板更换，旧板喷砂处理备用；防着板上 Tb 沉积物刮下称重 1.3 kg，交仓库按贵金属回收料管理。
3. 分子泵 TMP-2 轴承异响，换备用泵，原泵返厂。
4. 抽空到 5e-4 Pa 用时 42 min（之前 35 min），怀疑门密封圈老化，下次停线更换。
5. 磁体料盘翻转机构气缸漏气，已换。

恢复生产后第一批 50 片已测膜厚，均匀性 ±6%，在范围内，后续扩散按原工艺卡走，没有改动。

孙磊
""")
    label(f, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", "zh",
          "maintenance mail of a Tb sputtering line ahead of grain-boundary diffusion; no diffusion recipe")

# ---------------------------------------------------------------- clause a
def a_docs():
    # 23 drawing: mixer-settler (zh)
    f = "图纸/HC-MS-2.5-00 混合澄清槽总图.pdf"
    write_drawing(f, {"图号": "HC-MS-2.5-00", "名称": "2.5m³ 混合澄清萃取槽(单级)", "材料": "PP 板 δ20 / 钢架 Q235",
                      "比例": "1:10", "设计": "周平", "审核": "马立", "日期": "2024-05-20", "第1张": "共3张"},
        [("rect", 20, 30, 40, 50), ("rect", 60, 30, 110, 50), ("line", 60, 40, 170, 40),
         ("rect", 32, 20, 16, 10), ("line", 40, 20, 40, 65), ("line", 36, 65, 44, 65),
         ("line", 160, 30, 160, 80), ("text", 28, 28, "搅拌电机 1.5kW"), ("text", 100, 38, "澄清室"),
         ("text", 30, 60, "混合室"), ("text", 150, 45, "有机溢流堰"), ("text", 150, 78, "水相堰(可调)")],
        [(20, 90, 60, 90, "800"), (60, 90, 170, 90, "3200"), (175, 30, 175, 80, "1000")],
        ["技术要求：",
         "1. 用于 P507-煤油体系 La/Ce 分离，级联 62 级（萃取 28 / 洗涤 22 / 反萃 12），每级外形同本图。",
         "2. 混合室容积 0.45 m³，搅拌桨为双层涡轮 φ300，转速 260 r/min，混合时间 ≥ 3 min。",
         "3. 澄清室面积按澄清比速 2.8 m³/(m²·h) 设计，有机相厚度 250 mm。",
         "4. 水相堰高度可调 ±50 mm，相界面设计位于距槽底 520 mm。",
         "5. 前室设潜室，水相由下一级潜室进入，有机相由上一级溢流进入（逆流）。",
         "6. PP 板焊接采用热风焊，焊缝 100% 电火花检漏 15 kV。",
         "7. 未注公差按 GB/T 1804-m；外表面刷防腐漆两遍。"],
        bom=[["序", "名称", "材料", "数"], [1, "槽体", "PP δ20", 1], [2, "搅拌桨", "PP/316L 轴", 1],
             [3, "堰板", "PP δ15", 2], [4, "支架", "Q235 □80", 1]])
    label(f, "controlled", ["1E902.a"], ["separation"], [], "drawing", "zh",
          "mixer-settler drawing whose notes give stage counts, mixing time, settling rate for La/Ce separation")

    # 24 drawing: electrolysis cell (en)
    f = "Drawings/EC-10K-001_Electrolysis_cell_assembly_RevB.pdf"
    write_drawing(f, {"DWG NO": "EC-10K-001", "TITLE": "10kA RE cell assy", "MATERIAL": "see BOM",
                      "SCALE": "1:8", "DRAWN": "J. Meng", "CHECKED": "R. Dai", "DATE": "2024-02-11", "REV": "B"},
        [("rect", 40, 40, 90, 80), ("rect", 50, 45, 70, 70), ("rect", 55, 50, 60, 60),
         ("rect", 82, 20, 6, 80), ("rect", 60, 22, 10, 50), ("rect", 100, 22, 10, 50),
         ("rect", 78, 100, 14, 12), ("text", 92, 18, "W cathode D65"), ("text", 112, 30, "graphite anode x6"),
         ("text", 94, 110, "Mo receiver"), ("text", 42, 38, "water-cooled shell")],
        [(40, 125, 130, 125, "D1100"), (55, 118, 115, 118, "ID 720"), (35, 40, 35, 120, "950")],
        ["NOTES:",
         "1. Bath: REF3-LiF 88:12 (wt), operating 1050 +/-10 C, bath depth 420 mm.",
         "2. Anode current density 0.85 A/cm2, cathode 6.5 A/cm2, anode-cathode distance 85 mm.",
         "3. Graphite crucible: isostatic, density >= 1.78 g/cm3, ash <= 0.05 %.",
         "4. Oxide feed port 2x D60 at 120 deg; feed 1.55 kg/kAh.",
         "5. Tolerances unless stated: +/-1 mm machined, +/-3 mm fabricated; shell weld full pen, leak test 0.4 MPa.",
         "6. Electrical insulation shell-to-busbar >= 1 MOhm."],
        bom=[["#", "Part", "Material", "Qty"], [1, "Shell", "SS304", 1], [2, "Crucible", "graphite", 1],
             [3, "Anode", "graphite", 6], [4, "Cathode", "W rod", 1], [5, "Receiver", "Mo", 1]])
    label(f, "controlled", ["1E902.a"], ["metal-smelting"], [], "drawing", "en",
          "assembly drawing of a RE fluoride electrolysis cell with bath composition and current densities in notes")

    # 25 drawing: sintering boat (zh)
    f = "图纸/SJ-B-320 烧结料盒.pdf"
    write_drawing(f, {"图号": "SJ-B-320", "名称": "烧结料盒（带盖）", "材料": "Mo-La 合金 δ2",
                      "比例": "1:2", "设计": "陈", "审核": "黄", "日期": "2023-12-02", "版本": "A"},
        [("rect", 30, 40, 120, 50), ("rect", 34, 44, 112, 42), ("line", 30, 35, 150, 35),
         ("text", 60, 65, "内部放置毛坯，间隔 ≥5mm"), ("text", 40, 33, "盖板 δ2")],
        [(30, 100, 150, 100, "320"), (160, 40, 160, 90, "120")],
        ["技术要求：",
         "1. 用于钕铁硼烧结毛坯，每盒装料 ≤ 18 kg，毛坯与料盒之间垫 Nd2O3 粉隔离。",
         "2. 配套烧结工艺：1055 ℃×5 h，真空 ≤ 5×10⁻³ Pa；一级回火 900 ℃×2 h，二级回火 500 ℃×4 h。",
         "3. 盖板留 φ3 排气孔 4 个，以利脱氢脱气。",
         "4. 平面度 ≤ 0.5，未注公差 ±0.3。",
         "5. 焊接采用氩弧焊，焊后 1100 ℃ 真空去应力。"])
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "drawing", "zh",
          "sintering boat drawing whose notes carry the NdFeB sintering/tempering schedule")

    # 26 drawing: magnetising fixture SmCo (en)
    f = "Drawings/MF-R24 magnetising fixture ring 8P.pdf"
    write_drawing(f, {"DWG NO": "MF-R24-00", "TITLE": "8-pole magnetising fixture", "MATERIAL": "Cu coil / SUS",
                      "SCALE": "1:1", "DRAWN": "A. Patel", "CHECKED": "T. Kim", "DATE": "2024-07-30", "REV": "0"},
        [("circle", 80, 70, 40), ("circle", 80, 70, 12), ("circle", 80, 70, 20),
         ("line", 40, 70, 120, 70), ("line", 80, 30, 80, 110), ("text", 100, 40, "coil slot x8"),
         ("text", 62, 72, "Sm2Co17 ring")],
        [(40, 118, 120, 118, "D80"), (68, 112, 92, 112, "D24")],
        ["NOTES:",
         "1. For radially 8-pole magnetising Sm2Co17 rings OD 24 / ID 12 / L 10 (grade 28H).",
         "2. Required pulse field at ring surface >= 4.0 T (Sm2Co17 needs ~3x the field of NdFeB).",
         "3. Capacitor discharge 2000 uF, 2.5 kV; coil 8 x 6 turns, Cu 2x4 mm enamel, potted in epoxy.",
         "4. Max repetition 1 shot / 8 s; water cooling 2 L/min.",
         "5. Pole angle tolerance +/-0.5 deg; positioning pin D3 H7.",
         "6. After magnetising check pole pattern with Hall probe, surface peak >= 0.28 T."])
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "drawing", "en",
          "magnetising fixture drawing for Sm2Co17 rings with pulse-field and coil design notes")

    # 27 DXF: wire cutting fixture for NdFeB arc segments
    import ezdxf
    ezdxf.options.write_fixed_meta_data_for_testing = True
    f = "CAD/arc_segment_cutting_jig_v3.dxf"
    doc = ezdxf.new("R2010")
    doc.header["$TDCREATE"] = 2460384.0
    doc.header["$TDUPDATE"] = 2460384.0
    doc.header["$FINGERPRINTGUID"] = "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}"
    doc.header["$VERSIONGUID"] = "{3F2504E0-4F89-11D3-9A0C-0305E82C3302}"
    msp = doc.modelspace()
    msp.add_arc((0, 0), 30, 20, 160)
    msp.add_arc((0, 0), 24, 20, 160)
    msp.add_lwpolyline([(-60, -10), (60, -10), (60, 40), (-60, 40), (-60, -10)])
    for t, y in [("ARC SEGMENT R30/R24 x 50 L, 140 deg - sintered NdFeB 42SH", -20),
                 ("WIRE: Mo 0.18, multi-pass: rough 1 pass + 2 trims, offset 0.105/0.095/0.092", -26),
                 ("PULSE ON 12us / OFF 60us rough; 4us/32us trim; water dielectric 18 kOhm.cm", -32),
                 ("CUT 8 SEGMENTS PER BLOCK 52x52x50, KERF LOSS 0.22", -38),
                 ("TOL: R +/-0.03, angle +/-0.1 deg; remove white layer by 0.02 grinding", -44),
                 ("TITLE: JIG-ARC-03 / MAT: SUS304 / DRAWN: L.Q. / 2024-03-05", -52)]:
        msp.add_text(t, dxfattribs={"height": 2.5}).set_placement((-60, y))
    doc.saveas(P(f))
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "drawing", "en",
          "DXF jig drawing whose text gives wire-EDM cutting parameters for NdFeB arc segments")

    # 28 process spec Sm2Co17 (zh docx)
    f = "工艺文件/QJ-SC-2017-05 2-17型钐钴磁体制造工艺规程.docx"
    write_docx(f, "QJ/SC 2017-05  2:17 型钐钴永磁体制造工艺规程", [
        ("h", "1 合金成分（wt%）"),
        ("t", [["Sm", "Co", "Fe", "Cu", "Zr"], ["25.0±0.2", "余量", "19.5±0.3", "5.8±0.1", "2.6±0.1"]]),
        "Sm 烧损补偿 1.2%，熔炼后化验，Sm 偏低时以 SmCo5 母合金调整。",
        ("h", "2 熔炼"),
        "中频真空感应熔炼，抽真空至 1 Pa 后充 Ar 至 0.05 MPa；熔清后精炼 3 min，1450 ℃ 浇注至水冷铜模，锭厚 ≤ 15 mm。",
        ("h", "3 制粉"),
        "颚式破碎 → 中碎至 -40 目 → 气流磨（N2，O2 ≤ 50 ppm），粉末平均粒度 3.5–4.0 μm（费氏）。",
        ("h", "4 成型"),
        "磁场取向 ≥ 1.5 T，压制压力 2 t/cm²，等静压 200 MPa × 60 s。",
        ("h", "5 烧结与固溶"),
        "真空 ≤ 1×10⁻² Pa 下升温至 1000 ℃ 保温 1 h 脱气，充 Ar 后升至 1210 ℃ 烧结 1 h，随炉降至 1180 ℃ 固溶 4 h，风冷（≥ 100 ℃/min 至 600 ℃）。",
        ("h", "6 时效"),
        "830 ℃ × 10 h 等温时效，以 0.7 ℃/min 控冷至 400 ℃，保温 3 h 后快冷。",
        ("h", "7 性能要求"),
        "Br ≥ 1.08 T，HcJ ≥ 1990 kA/m，(BH)max ≥ 223 kJ/m³，密度 ≥ 8.35 g/cm³。",
        ("h", "8 常见问题"),
        "HcJ 偏低：检查 Sm 含量及固溶冷速；方形度差：检查时效控冷段实际冷速，不得超过 1.0 ℃/min。",
    ], author="工艺科")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "process-spec", "zh",
          "full Sm2Co17 manufacturing spec: composition, melting, sintering, solution, ageing")

    # 29 SmCo5 process spec (en pdf)
    f = "WI-SM5-002 SmCo5 liquid-phase sintering.pdf"
    write_pdf(f, "WI-SM5-002  SmCo5 magnets - blending, sintering and post-sinter anneal", [
        "Grade: YX-20 (SmCo5), Br 0.90 T min, HcJ 1990 kA/m min",
        "## 1 Powder",
        "Base alloy Sm 36.0 wt% (SmCo5 phase) + sintering aid alloy Sm 60 wt% Co 40, blended 88:12 to total Sm 37.0 wt%. Jet-mill to 4-5 um Fisher. Handle under N2; powder exposure to air max 10 min.",
        "## 2 Pressing",
        "Transverse field 1.6 T, 1.2 t/cm2, then CIP 150 MPa.",
        "## 3 Sintering",
        "Vacuum to 1150 C, Ar backfill, 1140 C x 1 h liquid-phase sinter, cool 2 C/min to 900 C, hold 2 h (post-sinter anneal - important for coercivity), quench by Ar fan.",
        "## 4 Check",
        "|Parameter|Target|Action if out",
        "|Density g/cm3|>= 8.2|check Sm aid fraction",
        "|HcJ kA/m|>= 1990|check 900 C hold and quench rate",
        "|Br T|>= 0.90|check alignment field",
    ], footer="WI-SM5-002 / page")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "process-spec", "en",
          "SmCo5 liquid-phase sintering work instruction with blend ratio and anneal")

    # 30 Ce magnet process spec (zh txt/md)
    f = "高丰度稀土磁体工艺卡-N35Ce.md"
    write_text(f, """# 工艺卡 GF-N35Ce（高丰度 Ce 替代烧结磁体）

版本：B  编制：工艺部 曹  日期：2024-10-10

## 成分（wt%）
| 元素 | PrNd | Ce | La | B | Co | Cu | Al | Ga | Fe |
|---|---|---|---|---|---|---|---|---|---|
| 目标 | 21.0 | 9.5 | 0.5 | 0.98 | 0.5 | 0.15 | 0.3 | 0.1 | 余 |

Ce 以 Ce-Fe 中间合金加入，La 用于抑制 CeFe2 相。

## 速凝
浇注温度 1430 ℃，辊速 1.8 m/s，片厚 0.28–0.32 mm。

## 氢破
吸氢 0.12 MPa 至饱和，脱氢 520 ℃ × 6 h（Ce 含量高，脱氢温度比常规低 30 ℃）。

## 气流磨
D50 3.8 μm，O2 ≤ 30 ppm，加 0.05% 硬脂酸锌。

## 成型
取向 1.8 T，压制 0.4 t/cm²，等静压 180 MPa。

## 烧结与回火
1025 ℃ × 4 h → 风冷；一级 850 ℃ × 2 h；二级 470 ℃ × 4 h。

## 目标性能
Br 12.0–12.3 kG，Hcj ≥ 12 kOe，(BH)max ≥ 33 MGOe。
""")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec", "zh",
          "process card for Ce-substituted sintered magnet (composition, HD, sintering)")

    # 31 xlsx parameter sheet: strip casting + HD + jet mill
    f = "制粉工序参数表_N52.xlsx"
    write_xlsx(f, [("速凝", [["牌号", "浇注温度℃", "辊速m/s", "片厚mm", "冷却水℃", "Ar压力kPa"],
                             ["N52", 1450, 1.35, 0.30, 28, 40], ["N50", 1445, 1.40, 0.30, 28, 40],
                             ["48H", 1440, 1.45, 0.28, 26, 40]]),
                    ("氢破", [["牌号", "吸氢压力MPa", "吸氢时间h", "脱氢温度℃", "脱氢时间h", "残H ppm"],
                              ["N52", 0.15, 2.0, 550, 8, "≤1200"], ["N50", 0.15, 2.0, 550, 8, "≤1200"],
                              ["48H", 0.15, 2.2, 560, 7, "≤1000"]]),
                    ("气流磨", [["牌号", "研磨压力MPa", "分级轮rpm", "D50 μm", "O2 ppm", "润滑剂%"],
                               ["N52", 0.65, 4200, 2.9, "≤20", 0.08], ["N50", 0.65, 4000, 3.1, "≤20", 0.08],
                               ["48H", 0.65, 3800, 3.3, "≤30", 0.06]])], author="制粉工段")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", "zh",
          "set-point sheet for strip casting, HD and jet milling of N52/N50/48H")

    # 32 GB18030 csv: cascade flows, all numbers under short headers
    f = "萃取流量日报_20240612.csv"
    rows = [["级段", "有机L/min", "料液L/min", "洗酸L/min", "反萃L/min", "皂化度%", "HCl mol/L", "出口Nd%"]]
    data = [("萃1-25", 42.0, 9.6, "", "", 36, "", ""), ("洗26-50", 42.0, "", 3.1, "", "", 4.5, ""),
            ("反51-60", 42.0, "", "", 5.8, "", 5.5, 99.62), ("合计", "", 9.6, 3.1, 5.8, "", "", "")]
    for d in data:
        rows.append(list(d))
    rows.append(["O/A萃段", "1:0.23", "", "", "", "", "", ""])
    rows.append(["P507浓度", "1.5 mol/L 煤油", "", "", "", "", "", ""])
    write_csv(f, rows, enc="gb18030")
    label(f, "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", "zh",
          "GB18030 CSV of P507 cascade flows, saponification and acid strengths; mostly numbers")

    # 33 csv sintering curve for Ce magnet (en headers)
    f = "sinter_profile_GF40Ce_furnace5.csv"
    rows = [["step", "type", "T_start_C", "T_end_C", "rate_C_per_min", "hold_min", "vacuum_Pa", "gas"]]
    steps = [(1, "ramp", 25, 300, 5, 60, "<=5e-2", "vac"), (2, "ramp", 300, 600, 3, 120, "<=5e-2", "vac"),
             (3, "ramp", 600, 850, 4, 90, "<=1e-2", "vac"), (4, "ramp", 850, 1020, 2, 0, "<=5e-3", "vac"),
             (5, "hold", 1020, 1020, 0, 240, "<=5e-3", "vac"), (6, "cool", 1020, 80, -20, 0, "70000", "Ar"),
             (7, "ramp", 80, 860, 8, 120, "<=5e-3", "vac"), (8, "cool", 860, 80, -20, 0, "70000", "Ar"),
             (9, "ramp", 80, 480, 6, 240, "<=5e-3", "vac"), (10, "cool", 480, 60, -20, 0, "70000", "Ar")]
    for s in steps:
        rows.append(list(s))
    rows.append(["#", "alloy GF40Ce: PrNd 22.5 / Ce 8.0 wt%", "", "", "", "", "", ""])
    write_csv(f, rows)
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "parameter-sheet", "en",
          "sintering + two-stage tempering furnace profile for a Ce-substituted grade")

    # 34 NC: multi-wire slicing (nc)
    f = "CNC/O2041_slice_N45_block.nc"
    write_text(f, """%
O2041 (MULTI-WIRE SAW - N45 SINTERED BLOCK 60X50X40 -> 2.0MM WAFERS)
(MACHINE: DW-400 DIAMOND WIRE SLICER)
(WIRE: 0.22 DIAMOND, TENSION 28N, PITCH 2.25 = 2.0 WAFER + 0.25 KERF)
(COOLANT: WATER-BASED W/ RUST INHIBITOR 3PCT - NDFEB OXIDISES, DRY WAFERS WITHIN 30 MIN)
(FIXTURE: GLUE BLOCK ON GLASS PLATE, EPOXY CURE 2H)
G21 G90 G17
G54
M03 S1400 (WIRE SPEED 1400 M/MIN)
M08
G00 Z5.0
G01 Z0.5 F20.0 (APPROACH)
(ENTRY 0-3MM SLOW TO AVOID CHIPPING)
G01 Z-3.0 F0.40
(MAIN CUT)
G01 Z-38.0 F0.85
(EXIT 38-41MM SLOW)
G01 Z-41.0 F0.35
G04 P5.0
M09
G00 Z5.0 F30.0
M05
(EXPECTED: THICKNESS TOL +/-0.02, TTV <=0.015, CHIPPING <=0.1)
M30
%
""")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "nc-program", "en",
          "G-code for diamond multi-wire slicing of sintered NdFeB blocks with feeds and kerf")

    # 35 NC wire EDM SmCo arc (txt, zh comments)
    f = "线切割程序/SC28H_瓦片_R18.txt"
    write_text(f, """; 钐钴 2:17 28H 瓦形磁钢 R18/R14 x 60° x 20  慢走丝程序
; 机床 DK7740  钼丝 φ0.18  工作液 DX-4 乳化液 1:15
; 注意：钐钴脆，切入段降速，第一刀后留 0.05 修刀量
; 粗切 脉宽 20 间隔 6 峰值电流 4 档；修切 脉宽 4 间隔 8 电流 1 档
N001 G92 X0 Y0
N002 G01 X3000 Y0          ; 引入线 3mm
N003 G02 X9000 Y15588 I-3000 J0   ; 外圆 R18 （补偿 0.095）
N004 G01 X7000 Y12124
N005 G03 X3000 Y0 I-7000 J-12124  ; 内圆 R14
N006 G01 X0 Y0
N007 M00                    ; 暂停，换修切参数
N008 G41 D095
N009 G01 X3000 Y0
N010 G02 X9000 Y15588 I-3000 J0
N011 G01 X7000 Y12124
N012 G03 X3000 Y0 I-7000 J-12124
N013 G40 G01 X0 Y0
N014 M02
; 切后 120 ℃ 烘干 1h，避免乳化液残留；尺寸公差 ±0.02
""")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "nc-program", "zh",
          "wire-EDM program for Sm2Co17 arc segments with pulse parameters in comments")

    # 36 NC grinding bonded ring
    f = "CNC/O3310 bonded ring OD grind.nc"
    write_text(f, """%
O3310 (CENTERLESS/OD GRIND - BONDED NDFEB RING OD22.0 ID18 L8)
(MATERIAL: MQP-B+ POWDER 97.5 / EPOXY 2.5, COMPRESSION MOULDED, CURED 170C 1H)
(WHEEL: SiC 120 VITRIFIED, NOT DIAMOND - EPOXY LOADS DIAMOND WHEELS)
(LIMIT SURFACE TEMP: COOLANT ON, BINDER SOFTENS ABOVE 150C)
G21 G90
G28 U0 W0
T0101
G96 S1800 M03
M08
G00 X23.0 Z2.0
G01 X22.10 F0.10 (ROUGH 0.45 PER SIDE)
G01 Z-8.5 F0.30
G00 X23.0
G00 Z2.0
G01 X22.00 F0.04 (FINISH)
G01 Z-8.5 F0.12
G04 X1.0 (SPARK OUT)
G00 X30.0 Z20.0
M09
M05
(AFTER GRIND: EPOXY SPRAY COAT 15-20UM, CURE 180C 30MIN, THEN 4-POLE MAGNETISE)
M30
%
""")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "nc-program", "en",
          "grinding program for bonded NdFeB rings with binder and coating notes")

    # 37 simulation input deck: cascade model
    f = "sim/cascade_PrNd_60stg.inp"
    lines = ["* Countercurrent extraction cascade model - static stage-wise balance",
             "* system: P507 1.5M in sulfonated kerosene / HCl, Pr/Nd split",
             "TITLE  PrNd_split_case7",
             "STAGES  EXT=26  SCR=24  STR=10",
             "FEED_STAGE 26",
             "ORG_FLOW  42.0  L/min   SAPON=0.36",
             "FEED_FLOW  9.6  L/min   REO=1.60 mol/L  PR_FRAC=0.245  ND_FRAC=0.755",
             "SCRUB_FLOW 3.1  L/min   HCL=4.5",
             "STRIP_FLOW 5.8  L/min   HCL=5.5",
             "BETA  Nd/Pr=1.55",
             "DIST_COEF  model=loading  Kmax_Nd=2.8  Kmax_Pr=1.8  loading_cap=0.18 mol/L",
             "TARGET  ND_PURITY_RAFF>=0.9995  PR_PURITY_ORG>=0.99",
             "SOLVER  tol=1e-7  maxit=5000",
             "OUTPUT  profile=stage  file=case7_profile.csv", "",
             "* --- RESULT (stage profile, aqueous) ---",
             "stage  Nd_aq_molL  Pr_aq_molL  Nd_purity"]
    nd, pr = 0.05, 0.21
    for st in range(1, 61, 5):
        frac = st / 60
        ndv = round(0.02 + 1.2 * (1 - frac) ** 2, 4)
        prv = round(0.003 + 0.35 * frac ** 1.5, 4)
        lines.append(f"{st:5d}  {ndv:10.4f}  {prv:10.4f}  {ndv/(ndv+prv):.4f}")
    write_text(f, "\n".join(lines) + "\n")
    label(f, "controlled", ["1E902.a"], ["separation"], [], "simulation-data", "en",
          "input deck and stage profile of a P507 Pr/Nd cascade simulation")

    # 38 furnace thermal model CSV
    f = "sim/VSF600_thermal_model_results.csv"
    rows = [["time_min", "setpoint_C", "T_heater_C", "T_load_center_C", "T_load_corner_C", "dT_load_C", "note"]]
    sp = [(0, 25), (60, 320), (180, 620), (300, 880), (420, 1060), (720, 1060), (780, 1060), (800, 600), (840, 150)]
    for t, s in sp:
        lag = 0 if t == 0 else (35 if s < 1000 else 8)
        centre = s - lag - (20 if t in (300, 420) else 0)
        corner = s - lag // 2
        rows.append([t, s, s + 12, centre, corner, corner - centre,
                     "sinter hold 1060C x5h, 600kg NdFeB green compacts, 4 boats x 6 layers" if t == 720 else ""])
    rows.append(["# model", "FEM 2D axisymmetric, emissivity Mo shield 0.18, compact k=2.1 W/mK, gas quench Ar 0.08MPa"])
    write_csv(f, rows)
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "simulation-data", "en",
          "thermal model result of an NdFeB sintering furnace load with sinter hold and loading pattern")

    # 39 electrolysis thermal-electric model (zh, txt)
    f = "仿真/电解槽热电场模型_工况3.txt"
    write_text(f, """电解槽热-电耦合有限元模型 工况 3（ANSYS APDL 输入摘录）
! 槽型：10kA 稀土氟化物熔盐电解槽，圆形石墨坩埚 ID720
/PREP7
ET,1,SOLID226,110        ! 热电耦合单元
MP,KXX,1,1.2             ! 电解质 REF3-LiF 导热 W/mK
MP,RSVX,1,0.0045         ! 电解质电阻率 Ω·m（1050℃）
MP,KXX,2,80              ! 石墨坩埚
MP,RSVX,2,1.1E-5
MP,KXX,3,110             ! 钨阴极
MP,RSVX,3,8.0E-7
! 边界：阳极电流 10000 A，阴极接地；槽壳水冷 h=850 W/m2K, 35℃
! 电解质液面辐射 ε=0.8，环境 40℃
! 阳极插入深度 180mm，极距 85mm，电解质深度 420mm
F,ANODE_TOP,AMPS,10000
D,CATHODE_BOT,VOLT,0
SFA,SHELL,1,CONV,850,35
/SOLU
SOLVE
! 结果：电解质平均温度 1052℃，最高 1071℃（阳极下方），槽电压 9.3 V，
! 焦耳热 78.4 kW，壳体最高 143℃；极距增至 95mm 时温度上升 14℃
""")
    label(f, "controlled", ["1E902.a"], ["metal-smelting"], [], "simulation-data", "zh",
          "thermo-electric FE input and results for a RE electrolysis cell")

    # 40 email: GBD recipe (en)
    f = "mail/RE_ diffusion trial settings for the 8mm parts.eml"
    eml(f, {"From": "Li Na <lina@hz-mag.com>", "To": "Paul Becker <p.becker@emotor-gmbh.de>",
            "Subject": "RE: diffusion trial settings for the 8mm parts", "Date": "Wed, 22 Jan 2025 10:17:02 +0800"},
        """Hi Paul,

As asked, this is what we run for the Dy diffusion on the 8 mm thick parts, you can try it on your pilot furnace:

- base magnet: 48M, 8.0 mm in the c-axis, pickled and dried
- Dy source: DyF3 + Al powder (9:1) in ethanol slurry, dip coat, 0.9 wt% Dy on magnet mass
- diffusion 920 C x 15 h, vacuum better than 5e-3 Pa
- ageing 500 C x 3 h
- we get HcJ +7.5 kOe, Br -0.15 kG; centre-to-surface HcJ difference about 1.8 kOe at 8 mm

For thicker than 8 mm the gain in the centre drops a lot, we would go 2 x coat + 2 x diffusion.

Regards,
Li Na

> -----Original Message-----
> From: Paul Becker
> Could you share the conditions you use for diffusion? Our trials stay below +5 kOe.
""")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "email", "en",
          "email to a foreign party giving Dy grain-boundary diffusion recipe")

    # 41 email zh: Sm reduction-distillation
    f = "mail/回复：钐金属还原蒸馏条件.eml"
    eml(f, {"From": "赵海 <zhaohai@bt-rem.cn>", "To": "吴工 <wugong@bt-rem.cn>",
            "Subject": "回复：钐金属还原蒸馏条件", "Date": "Thu, 12 Sep 2024 14:40:51 +0800"},
        """吴工：

你问的镧热还原蒸馏钐，我们目前的条件如下，供新炉子参考：

1. 原料 Sm2O3（≥99.9%）与镧屑按质量比 1:0.95 混合（La 过量约 15%），压块 φ30，压力 30 MPa；
2. 装入钼坩埚，炉内真空抽到 1×10⁻² Pa 以下；
3. 升温到 1350 ℃ 保温 3 h，Sm 蒸气在水冷冷凝器上沉积，冷凝器温度控制在 300–400 ℃，太低会成粉；
4. 直收率 92% 左右，Sm ≥ 99.5%，La ≤ 0.05%；
5. 残渣主要是 La2O3，可回收。

注意冷凝罩拆卸时先充氩冷却到室温，钐粉易燃。

赵海
""")
    label(f, "controlled", ["1E902.a"], ["metal-smelting"], [], "email", "zh",
          "internal email giving La reduction-distillation conditions for Sm metal")

    # 42 other: meeting notes hot deformation
    f = "会议纪要/热压热变形技术交流纪要_1105.txt"
    write_text(f, """热压/热变形磁环 技术交流纪要
时间：2024-11-05 14:00  地点：三楼会议室  参会：研发部 4 人，生产部 2 人

1. 快淬粉：采用 Nd13.6 Fe76.4 Co5.0 Ga0.5 B6.5 (at%) 快淬带，粒度 -40 目。
2. 热压：700 ℃、150 MPa、真空，保压 3 min，密度 ≥ 7.55。
3. 背挤出（热变形）：800 ℃，应变速率 0.01 s⁻¹，变形量 70%，获得径向取向环。
4. 问题：环内壁开裂——讨论认为模具预热不足（目前 450 ℃），下批提高到 550 ℃ 并改用 BN 润滑。
5. 目标：Br ≥ 1.30 T，HcJ ≥ 1250 kA/m。
6. 下次会议 11-19，陈工带实验数据。
记录：小周
""")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "zh",
          "meeting notes giving hot-press/back-extrusion parameters for hot-deformed NdFeB rings")

    # 43 bonded magnet process spec (en docx)
    f = "Process/PS-BM-11 Compression bonded magnet process.docx"
    write_docx(f, "PS-BM-11 Compression-bonded NdFeB magnets - process specification", [
        ("h", "Materials"),
        "Melt-spun NdFeB powder (isotropic, 16-17 kOe class), epoxy resin 2.3 wt%, curing agent, zinc stearate 0.1 wt%.",
        ("h", "Steps"),
        ("t", [["Step", "Parameter", "Value"],
               ["Coating powder", "epoxy in acetone, mix then dry 60 C", "2.3 wt% resin"],
               ["Granulation", "sieve", "-60 mesh"],
               ["Compaction", "pressure", "8 t/cm2, 2 s dwell"],
               ["Curing", "temperature/time", "150 C x 1 h (air)"],
               ["Coating", "e-coat epoxy", "15-25 um, 180 C x 30 min"],
               ["Magnetising", "pulse", ">= 3.0 T"]]),
        ("h", "Acceptance"),
        "Density >= 6.0 g/cm3; Br >= 0.68 T; HcJ >= 720 kA/m; salt spray 48 h no red rust.",
    ], author="QA")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "en",
          "compression bonded NdFeB process specification")

    # 44 recycling parameter xlsx (a) oxidising roast + selective HCl leach
    f = "回收优溶工艺参数.xlsx"
    write_xlsx(f, [("参数", [["工序", "参数", "设定值", "控制范围"],
                             ["焙烧", "温度℃", 850, "830–870"], ["焙烧", "时间h", 3, "≥2.5"],
                             ["优溶", "HCl 浓度 mol/L", 6, "5.5–6.5"], ["优溶", "液固比", "3:1", ""],
                             ["优溶", "终点 pH", 4.2, "4.0–4.5"], ["优溶", "温度℃", 85, "80–90"],
                             ["除铁", "H2O2 过量%", 20, ""], ["沉淀", "草酸/RE 质量比", 1.1, "1.05–1.15"],
                             ["灼烧", "温度℃", 900, "880–920"]])], author="回收车间")
    label(f, "controlled", ["1E902.a"], ["recycling"], [], "parameter-sheet", "zh",
          "set-points for oxidising roast and selective HCl leaching of magnet scrap")

# ---------------------------------------------------------------- contrasts (clear) and exclusions
def clear_docs():
    # 45 copper SX plant maintenance (en)
    f = "maintenance/SX plant settler relining - Train B shutdown plan.docx"
    write_docx(f, "Train B SX Shutdown: Settler Relining and Mixer Overhaul", [
        "Plant: copper heap-leach SX-EW, Train B (2 extraction, 1 wash, 2 strip stages). Extractant LIX 984N 22 vol% in Orfom SX-80.",
        ("h", "Scope"),
        "- E1 settler HDPE liner replacement (weld failures at picket fence), 14 days.",
        "- Primary mixer pump impellers (Dual-flow) replacement on E1, E2, S1.",
        "- Crud removal from all settlers; crud treated in the three-phase centrifuge.",
        "- Clay treatment of the organic inventory (2 % bentonite) to restore phase disengagement time below 90 s.",
        ("h", "Restart"),
        "Fill with raffinate, then organic; restart at 60 % PLS flow, O/A 1.1 in extraction, target copper transfer 3.2 g/L; bring EW cells back on line after advance electrolyte reaches 48 g/L Cu.",
        ("h", "Safety"),
        "Hot work permits inside settlers require LEL < 5 % and continuous gas monitoring; organic fire risk.",
    ], author="SX maintenance")
    label(f, "clear", [], [], [], "process-spec", "en",
          "copper SX plant settler relining plan; same mixer-settler vocabulary but not rare earth", hn=True)

    # 46 steel furnace relining (zh pdf)
    f = "炼钢厂/电弧炉炉衬修砌作业规程.pdf"
    write_pdf(f, "100t 电弧炉炉衬修砌及烘炉作业规程", [
        "## 1 拆炉",
        "炉役达到 850 炉或炉壁残厚 < 120 mm 时停炉拆衬。冷却 24 h 后拆除渣线镁碳砖。",
        "## 2 砌筑",
        "渣线采用 MT-14A 镁碳砖，砖缝 ≤ 1 mm，错缝砌筑；炉底打结镁钙干式料 400 mm，分三层捣打。",
        "## 3 烘炉",
        "木柴+焦炭烘烤 8 h，首炉装废钢 60% 配轻薄料，送电采用低档位 20 min，逐步提功率。",
        "## 4 维护",
        "每炉出钢后检查炉壁，热点部位喷补 MgO 喷补料；水冷炉壁漏水立即停电处理。",
    ], footer="炼钢厂设备科")
    label(f, "clear", [], [], [], "process-spec", "zh",
          "EAF refractory relining in a steel plant; relining/maintenance vocabulary, no rare earth", hn=True)

    # 47 HVAC maintenance in a magnet plant
    f = "厂务/2025年空调及通风系统保养计划.xlsx"
    rows = [["区域", "设备", "保养项目", "频次", "负责"],
            ["烧结车间", "AHU-01 组合空调", "更换初效/中效过滤器", "每月", "厂务-空调组"],
            ["成型车间", "FFU 风机过滤单元", "检查压差，更换高效过滤器", "每季", "厂务-空调组"],
            ["机加车间", "排风机 EF-03", "皮带张紧、轴承加脂", "每月", "厂务-机修"],
            ["办公楼", "VRV 多联机", "清洗室内机滤网", "每月", "外包"],
            ["冷站", "冷水机组 CH-1/2", "冷凝器通炮清洗", "每年", "外包"],
            ["冷却塔", "CT-1~3", "清洗填料，投加杀菌剂", "每季", "厂务"]]
    write_xlsx(f, [("计划", rows)], author="厂务部")
    label(f, "clear", [], [], [], "parameter-sheet", "zh",
          "HVAC maintenance schedule of a magnet plant; mentions workshops but no process/line technology", hn=True)

    # 48 service contract commercial terms only (mixed docx)
    f = "合同/烧结炉年度维保服务合同_商务条款.docx"
    write_docx(f, "真空烧结炉年度维保服务合同（商务部分）Annual Service Agreement - Commercial Terms", [
        "甲方：××磁业有限公司    乙方：××真空技术服务有限公司",
        ("h", "1 服务范围 Scope"),
        "乙方为甲方 8 台真空烧结炉提供年度维保服务，具体技术内容以乙方现场服务报告为准，本合同不包含技术资料转让。",
        ("h", "2 费用 Fees"),
        ("t", [["项目", "金额（含税）"], ["年度维保费", "¥ 480,000"], ["紧急出勤（超过 6 次/年部分）", "¥ 6,500/次"], ["备件", "按乙方价目表 85 折"]]),
        ("h", "3 响应时间 Response"),
        "电话响应 2 h 内；工程师到场 24 h 内（省内）、48 h 内（省外）。",
        ("h", "4 付款 Payment"),
        "合同签订后 30 日内付 50%，服务期满并验收后付 45%，质保金 5% 一年后支付。",
        ("h", "5 保密与违约"),
        "双方对合同内容保密。乙方未按时到场每次扣减 ¥2,000；累计三次甲方有权解除合同。",
        ("h", "6 期限"),
        "2025 年 1 月 1 日至 2025 年 12 月 31 日。争议提交甲方所在地仲裁委员会仲裁。",
    ], author="采购部")
    label(f, "clear", [], [], [], "other", "mixed",
          "commercial terms of a sintering-furnace service contract; buys the service, no know-how", hn=True)

    # 49 maintenance ticket "replaced pump, OK"
    f = "工单/WO-240815-023.txt"
    write_text(f, """工单号：WO-240815-023
报修部门：萃取车间
设备：P-205 水相输送泵
故障描述：泵不上量
处理：更换泵，试运行正常。OK
维修人：刘
完成时间：2024-08-15 16:40
""")
    label(f, "clear", [], [], [], "other", "zh",
          "maintenance ticket with only 'replaced pump, OK'; no commissioning/repair technology", hn=True)

    # 50 aluminium electrolysis cell relining (en pdf)
    f = "Pot relining/Potroom 2 pot relining standard.pdf"
    write_pdf(f, "Potroom 2 - Pot Relining Standard (300 kA prebake cells)", [
        "## Trigger",
        "Iron in metal > 0.25 % or cathode voltage drop > 420 mV, or shell deformation > 40 mm.",
        "## Tear-out",
        "Cut out pot after metal and bath siphoned; spent pot lining (SPL) to covered storage as hazardous waste.",
        "## Relining",
        "Refractory bricks and barrier, graphitised cathode blocks with cast-iron rodding, ramming paste joints at 35 C, sidewall SiC-Si3N4 blocks.",
        "## Preheat and start-up",
        "Resistor-bed preheat 48-72 h to 950 C, add cryolite bath (ratio 2.4), start with anode effect avoidance; metal tapping from day 2.",
    ], footer="Potline technical")
    label(f, "clear", [], [], [], "process-spec", "en",
          "aluminium cell relining standard (cryolite fluoride bath) - not rare earth", hn=True)

    # 51 ferrite kiln maintenance (zh)
    f = "铁氧体/推板窑维护记录_2024Q3.txt"
    write_text(f, """锶铁氧体永磁 推板窑（64m）三季度维护记录

7/12 推板机油缸漏油，换密封。
7/30 烧成带 1230℃ 区硅碳棒断 3 支，更换，阻值配组 ±5%。
8/19 窑道棚板破损 6 块清出，检查推板无翘曲。
9/05 排胶段风机轴承更换；排胶温度曲线未改。
9/22 测温：1 区~8 区与设定偏差均 ≤4℃。
备注：湿压成型线磁场压机另行记录。
""")
    label(f, "clear", [], [], [], "other", "zh",
          "ferrite magnet kiln maintenance record; ferrite is outside the scope", hn=True)

    # 52 cemented carbide sintering furnace overhaul (en xlsx)
    f = "Overhaul_SinterHIP_furnace_WC_line.xlsx"
    rows = [["Item", "Work", "Measured", "Spec", "Result"],
            ["Graphite heating elements", "replaced 4 of 12", "0.032 ohm", "0.030-0.035", "OK"],
            ["Graphite felt insulation", "replaced hot zone felt", "-", "-", "OK"],
            ["Dewax trap", "cleaned paraffin condenser", "-", "-", "OK"],
            ["HIP pressure test", "Ar 6 MPa hold 1 h", "drop 0.02 MPa", "<=0.05", "OK"],
            ["Uniformity", "1450 C 9-point", "+/-4 C", "<=+/-5", "OK"],
            ["Test run", "WC-10Co inserts", "HV30 1560", "per card", "OK"]]
    write_xlsx(f, [("Overhaul 2024", rows)], author="Maintenance")
    label(f, "clear", [], [], [], "parameter-sheet", "en",
          "overhaul record of a cemented-carbide sinter-HIP furnace; sintering vocabulary, not RE", hn=True)

    # 53 jet mill service quotation - commercial only (en email)
    f = "mail/Quotation - jet mill annual service 2025.eml"
    eml(f, {"From": "sales@millservice-asia.com", "To": "purchasing@nbmag.com.cn",
            "Subject": "Quotation - jet mill annual service 2025", "Date": "Mon, 02 Dec 2024 09:05:00 +0800"},
        """Dear Ms. Qian,

Thank you for your enquiry. Please find our quotation for the annual service of your three jet mills:

- Preventive maintenance visits: 2 per year per mill, USD 7,800 per visit
- Emergency call-out: USD 1,500 per day plus travel at cost
- Spare parts: 10 % discount on list price
- Payment: 30 days net; price valid until 31 Jan 2025
- Our engineers' service reports will be provided after each visit.

Please confirm by PO and we will schedule the first visit in February.

Best regards,
Anita Ong
Sales Coordinator
""")
    label(f, "clear", [], [], [], "email", "en",
          "jet-mill service quotation with commercial terms only", hn=True)

    # 54 Li-ion battery recycling line commissioning (zh docx)
    f = "锂电回收线/湿法线试车方案.docx"
    write_docx(f, "废旧锂电池湿法回收线 试车方案", [
        "本方案用于三元正极黑粉浸出—除杂—萃取线的试车。",
        ("h", "一、单机试车"),
        "浸出釜（硫酸+双氧水）搅拌 8 h；压滤机保压；萃取槽清水运行 24 h，检查串级漏液。",
        ("h", "二、联动"),
        "P204 除杂段、P507 钴镍分离段按设计流比投用，Cyanex 272 段暂不投。出口硫酸钴、硫酸镍溶液送蒸发结晶。",
        ("h", "三、验收"),
        "Li 回收率 ≥ 90%，Co、Ni 回收率 ≥ 98%，连续运行 72 h。",
    ], author="锂电回收项目组")
    label(f, "clear", [], [], [], "process-spec", "zh",
          "Li-ion battery recycling line commissioning with P204/P507 - not rare earth", hn=True)

    # 55 ticket for electrolysis: "breaker tripped, reset, OK" (en)
    f = "tickets/INC-5531.txt"
    write_text(f, """INC-5531  Smelter bay 2
Reported: 2024-10-03 03:12 by night shift
Issue: lighting circuit L2-7 tripped above cells E-05..E-08
Action: reset breaker, checked lamps, 1 lamp replaced. OK.
Closed: 03:40  tech: R. Singh
""")
    label(f, "clear", [], [], [], "other", "en",
          "facility ticket in an electrolysis bay about lighting; no line maintenance technology", hn=True)

    # 56 incoming inspection of purchased SmCo magnets (zh-tw xlsx)
    f = "進料檢驗/SmCo磁石進料檢驗紀錄_2024-10.xlsx"
    rows = [["日期", "供應商", "料號", "批號", "Br(kG)", "Hcj(kOe)", "尺寸", "外觀", "判定"],
            ["2024-10-02", "甲供應商", "SC-R10-28H", "B2409-17", 10.52, 25.8, "OK", "OK", "允收"],
            ["2024-10-09", "甲供應商", "SC-R10-28H", "B2409-22", 10.48, 26.1, "OK", "崩角1pcs", "允收"],
            ["2024-10-21", "乙供應商", "SC-A6-24", "L1010", 10.05, 19.7, "OK", "OK", "允收"]]
    write_xlsx(f, [("10月", rows)], author="品保")
    label(f, "clear", [], [], [], "parameter-sheet", "zh",
          "incoming inspection of bought SmCo magnets; properties only, no manufacturing technology", hn=True)


def excluded_docs():
    # 57 journal article on sintering furnace upgrade -> public-domain
    f = "papers/Zhou2023_JRE_furnace_retrofit.pdf"
    write_pdf(f, "Retrofit of a vacuum sintering furnace for improved temperature uniformity in sintered Nd-Fe-B production", [
        "Journal of Rare Earths, Vol. 41, No. 9, 2023, pp. 1402-1410.  https://doi.org/10.1016/j.jre.2023.01.0XX",
        "Received 12 October 2022; accepted 30 January 2023; available online 4 February 2023",
        "## Abstract",
        "A 600 kg industrial vacuum sintering furnace was retrofitted with a three-zone heater and an additional load thermocouple. Temperature uniformity at 1060 C improved from +/-9 C to +/-3 C. Magnets sintered after the retrofit showed lower scatter in HcJ (standard deviation from 0.62 to 0.21 kOe).",
        "## 1 Introduction",
        "Temperature non-uniformity in large batch furnaces causes abnormal grain growth at the hot corners ...",
        "## 2 Retrofit",
        "Heater split into top, side and bottom zones with independent SCR control; Mo shields replaced by five-layer Mo/SS pack ...",
        "## 3 Results",
        "|Position|Before (C)|After (C)",
        "|Centre|1052|1058",
        "|Corner top|1069|1062",
        "|Corner bottom|1047|1057",
        "## References",
        "[1] Sagawa M, et al. J Appl Phys 1984;55:2083.",
        "(c) 2023 Chinese Society of Rare Earths. Published by Elsevier B.V. All rights reserved.",
    ], footer="J. Rare Earths 41 (2023)")
    label(f, "excluded", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "en",
          "published journal article on NdFeB sintering-furnace retrofit (journal, DOI, dates)", excl="public-domain")

    # 58 patent claims for jet mill classifier repair method -> patent-filing
    f = "专利申请/权利要求书-一种气流磨分级轮的修复方法.docx"
    write_docx(f, "权利要求书", [
        "1. 一种用于钕铁硼磁粉气流磨的分级轮修复方法，其特征在于，包括以下步骤：S1 拆下磨损的分级轮，测量叶片磨损量；S2 对磨损量大于 0.5 mm 的叶片外缘进行激光熔覆 WC-Co 涂层，厚度 0.8–1.2 mm；S3 对熔覆后的叶片进行磨削至原始尺寸，公差 ±0.05 mm；S4 进行动平衡至 G2.5 级。",
        "2. 根据权利要求 1 所述的方法，其特征在于，所述激光熔覆的功率为 1.8–2.2 kW，扫描速度 6–8 mm/s。",
        "3. 根据权利要求 1 所述的方法，其特征在于，步骤 S4 之后还包括在氮气保护下试运行 2 h，分级轮轴承温升不超过 25 K。",
        "4. 根据权利要求 1–3 任一项所述的方法，其特征在于，修复后的分级轮用于 D50 为 2.5–4.0 μm 的磁粉分级。",
        "申请号：（待分配）    申请人：××磁材科技有限公司    代理机构：××专利代理事务所",
    ], author="知识产权部")
    label(f, "excluded", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "other", "zh",
          "patent claims for a repair method of an NdFeB jet-mill classifier wheel", excl="patent-filing")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    b_docs()
    a_docs()
    clear_docs()
    excluded_docs()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in LABELS:
            assert os.path.exists(os.path.join(OUT, l["file"])), l["file"]
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(LABELS), "documents")


if __name__ == "__main__":
    main()
