#!/usr/bin/env python3
"""Generator for batch t1: everyday documents sharing rare-earth vocabulary.
Run with /work/main/.venv/bin/python make.py  (deterministic output)."""
import os, io, json, random, zipfile, datetime, csv, shutil
from email.message import EmailMessage
from email.utils import format_datetime
import email.generator, email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = datetime.datetime(2025, 11, 18, 9, 30, 0)
LABELS = []

def fixed_dt(s=None):
    if s is None:
        return FIXED
    return datetime.datetime.strptime(s, "%Y-%m-%d")

def normalize_zip(path, when=(2025, 11, 18, 9, 30, 0)):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    import re as _re
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            t = data.decode("utf-8")
            m = _re.search(r"<dcterms:created[^>]*>([^<]*)</dcterms:created>", t)
            if m:
                t = _re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", lambda mm: mm.group(1) + m.group(1) + mm.group(2), t)
            data = t.encode("utf-8")
        fixed.append((name, data))
    items = fixed
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)

def label(file, verdict="clear", codes=(), cats=(), mtypes=(), carrier="other",
          lang="en", hn=None, note="", exclusion=None):
    if hn is None:
        hn = verdict == "clear"
    LABELS.append(dict(file=file, verdict=verdict, control_codes=list(codes),
                       categories=list(cats), magnet_types=list(mtypes), carrier=carrier,
                       exclusion=exclusion, language=lang, hard_negative=hn, note=note))

def P(name):
    p = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p

# ---------------------------------------------------------------- writers
def write_text(name, text, enc="utf-8", bom=False):
    with open(P(name), "w", encoding=("utf-8-sig" if bom else enc), newline="") as f:
        f.write(text)

def write_csv(name, rows, enc="utf-8", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    write_text(name, buf.getvalue(), enc=enc, bom=bom)

def write_docx(name, blocks, author="", title="", date=None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is None:
        rf = rpr.makeelement('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts', {})
        rpr.append(rf)
    rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', "SimSun")
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3"):
            d.add_heading(b[1], level=int(kind[1]))
        elif kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "b":  # bullets
            for t in b[1]:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "n":
            for t in b[1]:
                d.add_paragraph(t, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif kind == "pb":
            d.add_page_break()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed_dt(date)
    cp.modified = fixed_dt(date)
    cp.revision = 3
    p = P(name)
    d.save(p)
    normalize_zip(p)

class _PDF:
    pass

def write_pdf(name, blocks, title="", author="", date=None, header=None, footer=None):
    from fpdf import FPDF
    class Doc(FPDF):
        def header(self):
            if header:
                self.set_font("wq", size=7.5)
                self.set_text_color(110, 110, 110)
                self.cell(0, 5, header, align="R")
                self.ln(7)
                self.set_text_color(0, 0, 0)
        def footer(self):
            self.set_y(-12)
            self.set_font("wq", size=7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, (footer + "    " if footer else "") + f"{self.page_no()}/{{nb}}", align="C")
            self.set_text_color(0, 0, 0)
    pdf = Doc(format="A4")
    pdf.add_font("wq", "", FONT)
    pdf.add_font("wq", "B", FONT)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_creation_date(fixed_dt(date).replace(tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.add_page()
    pdf.set_margins(18, 15, 18)
    def _fix(x):
        if isinstance(x, str):
            return x.replace("⁻³", "^-3").replace("⁻²", "^-2").replace("⁻", "-")
        if isinstance(x, (list, tuple)):
            return type(x)(_fix(i) for i in x)
        return x
    blocks = [_fix(b) for b in blocks]
    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.set_font("wq", "B", 16); pdf.multi_cell(0, 9, b[1], new_x="LMARGIN", new_y="NEXT", align="L"); pdf.ln(2)
        elif k == "h1":
            pdf.ln(2); pdf.set_font("wq", "B", 13); pdf.multi_cell(0, 7, b[1], new_x="LMARGIN", new_y="NEXT", align="L"); pdf.ln(1)
        elif k == "h2":
            pdf.ln(1); pdf.set_font("wq", "B", 11); pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT", align="L")
        elif k == "p":
            pdf.set_font("wq", "", 9.5); pdf.multi_cell(0, 5.2, b[1], new_x="LMARGIN", new_y="NEXT", align="L"); pdf.ln(1.5)
        elif k == "small":
            pdf.set_font("wq", "", 7.5); pdf.multi_cell(0, 4, b[1], new_x="LMARGIN", new_y="NEXT", align="L"); pdf.ln(1)
        elif k == "b":
            pdf.set_font("wq", "", 9.5)
            for t in b[1]:
                pdf.multi_cell(0, 5.2, "\u2022 " + t, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1.5)
        elif k == "table":
            rows = b[1]
            fs = b[2] if len(b) > 2 else 8
            pdf.set_font("wq", "", fs)
            with pdf.table(line_height=fs * 0.55, text_align="LEFT", first_row_as_headings=True) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(2)
        elif k == "pb":
            pdf.add_page()
    pdf.alias_nb_pages()
    pdf.output(P(name))

def write_xlsx(name, sheets, author="", date=None, widths=None):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sname, rows in sheets:
        ws = wb.create_sheet(sname)
        for r in rows:
            ws.append(list(r))
        if rows:
            for c in ws[1]:
                c.font = Font(bold=True)
        for col in ws.columns:
            L = max((len(str(c.value)) if c.value is not None else 0) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, max(8, L * 1.3))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed_dt(date)
    wb.properties.modified = fixed_dt(date)
    p = P(name)
    wb.save(p)
    normalize_zip(p)

def write_pptx(name, slides, author="", title="", date=None):
    from pptx import Presentation
    from pptx.util import Pt, Inches
    pr = Presentation()
    pr.slide_width = Inches(13.333); pr.slide_height = Inches(7.5)
    for s in slides:
        stitle, body = s[0], s[1]
        if isinstance(body, dict) and "table" in body:
            sl = pr.slides.add_slide(pr.slide_layouts[5])
            sl.shapes.title.text = stitle
            rows = body["table"]
            shp = sl.shapes.add_table(len(rows), len(rows[0]), Inches(0.6), Inches(1.6), Inches(12.1), Inches(0.4) * len(rows))
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = shp.table.cell(i, j)
                    cell.text = str(c)
                    for para in cell.text_frame.paragraphs:
                        for run in para.runs:
                            run.font.size = Pt(12)
        else:
            sl = pr.slides.add_slide(pr.slide_layouts[1] if body else pr.slide_layouts[0])
            sl.shapes.title.text = stitle
            if body:
                tf = sl.placeholders[1].text_frame
                tf.text = body[0]
                for t in body[1:]:
                    para = tf.add_paragraph()
                    if t.startswith("  "):
                        para.level = 1
                    para.text = t.strip()
                for para in tf.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(18 if len(body) < 7 else 14)
            elif len(s) > 2:
                sl.placeholders[1].text = s[2]
    cp = pr.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = fixed_dt(date); cp.modified = fixed_dt(date); cp.revision = 4
    p = P(name)
    pr.save(p)
    normalize_zip(p)

def write_eml(name, frm, to, subject, body, date, cc=None, attachments=(), msgid=None, seed=1):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    d = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    m["Date"] = format_datetime(d)
    m["Message-ID"] = msgid or f"<{abs(hash(name)) % 10**10 if False else seed*7919}.{date[:10].replace('-','')}@mail.{frm.split('@')[-1].rstrip('>')}>"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8")
    for an, data, mt in attachments:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=an)
    random.seed(seed)
    if m.is_multipart():
        m.set_boundary(f"----=_NextPart_{seed:03d}_{seed*37:04X}_01DB5A3C.9F2E{seed:04d}")
    with open(P(name), "wb") as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))

# ================================================================ data
NGRADES = [  # grade, Br kGs min, max, Hcb kOe min, Hcj min, BH min, max
    ("N35", 11.7, 12.1, 10.9, 12, 33, 36), ("N38", 12.2, 12.6, 11.3, 12, 36, 39),
    ("N40", 12.6, 12.9, 11.6, 12, 38, 41), ("N42", 12.9, 13.2, 11.6, 12, 40, 43),
    ("N45", 13.2, 13.7, 11.0, 12, 43, 46), ("N48", 13.7, 14.2, 10.5, 11, 46, 49),
    ("N50", 14.0, 14.5, 10.5, 11, 48, 51), ("N52", 14.3, 14.8, 10.5, 11, 50, 53)]
SUFFIX = [("", 12, 80), ("M", 14, 100), ("H", 17, 120), ("SH", 20, 150), ("UH", 25, 180), ("EH", 30, 200), ("AH", 35, 230)]
SUFFIX_TOP = {"": "N52", "M": "N50M", "H": "N48H", "SH": "N48SH", "UH": "N45UH", "EH": "N42EH", "AH": "N38AH"}

def grade_rows(metric=True, zh=False):
    hdr = (["牌号", "剩磁 Br (T)", "矫顽力 Hcb (kA/m)", "内禀矫顽力 Hcj (kA/m)", "最大磁能积 (BH)max (kJ/m³)", "最高工作温度 (°C)"] if zh else
           ["Grade", "Br (T)", "Hcb (kA/m)", "Hcj (kA/m)", "(BH)max (kJ/m³)", "Max. op. temp (°C)"])
    if not metric:
        hdr = ["Grade", "Br (kGs)", "Hcb (kOe)", "Hcj (kOe)", "(BH)max (MGOe)", "Max. op. temp (°F)"]
    rows = [hdr]
    for suf, hcj, temp in SUFFIX:
        top = SUFFIX_TOP[suf]
        for g, b0, b1, hcb, _h, e0, e1 in NGRADES:
            name = g + suf
            if int(name[1:3]) > int(top[1:3]):
                continue
            if suf in ("UH", "EH", "AH") and int(g[1:]) < 33:
                continue
            if suf in ("EH", "AH") and g in ("N45", "N48", "N50", "N52"):
                continue
            hcb2 = min(hcb + (0.6 if suf else 0), b0 * 0.93)
            hj = max(hcj, _h) if suf == "" else hcj
            if metric:
                rows.append([name, f"{b0/10:.2f}–{b1/10:.2f}", f"≥{hcb2*79.58:.0f}", f"≥{hj*79.58:.0f}", f"{e0*7.958:.0f}–{e1*7.958:.0f}", temp])
            else:
                rows.append([name, f"{b0:.1f}–{b1:.1f}", f"≥{hcb2:.1f}", f"≥{hj}", f"{e0}–{e1}", round(temp * 9 / 5 + 32)])
    return rows

def clear_docs_1():
    # 1 ---------------------------------------------------------- buyer's guide PDF (en)
    rows = grade_rows()
    write_pdf("Magnet_Buyers_Guide_2025_EN.pdf", [
        ("title", "Choosing the Right Neodymium Magnet — A Buyer's Guide"),
        ("p", "Northgate Magnetics Ltd · Sales Engineering · Edition 2025-2"),
        ("p", "Sintered neodymium-iron-boron (NdFeB) magnets are the strongest permanent magnets commercially available. This guide helps purchasing and design engineers select a grade, a coating and a tolerance class, and explains what the numbers on a datasheet mean. It does not cover how magnets are made; if you need information on our production, please contact your account manager."),
        ("h1", "1. Reading the grade name"),
        ("p", "The number in the grade (35, 42, 52 …) is the maximum energy product (BH)max in MGOe. The letter suffix indicates the intrinsic coercivity class and therefore the maximum recommended working temperature: none = 80 °C, M = 100 °C, H = 120 °C, SH = 150 °C, UH = 180 °C, EH = 200 °C, AH = 230 °C. Higher coercivity classes cost more because they contain more heavy rare earth (dysprosium or terbium). Actual maximum temperature depends on the permeance coefficient (Pc) of your magnetic circuit — a thin disc in free air will demagnetise at a lower temperature than a thick block in a closed steel circuit."),
        ("h1", "2. Standard grade table"),
        ("table", rows, 7.5),
        ("small", "Values measured at 20 °C on a closed-circuit hysteresisgraph per IEC 60404-5. Typical reversible temperature coefficients: α(Br) ≈ −0.12 %/K, β(Hcj) ≈ −0.60 %/K (standard grades) to −0.50 %/K (EH/AH)."),
        ("h1", "3. Coatings"),
        ("table", [["Coating", "Thickness (µm)", "Neutral salt spray (h)", "Typical use"],
                   ["Ni-Cu-Ni", "10–20", "24–48", "General purpose, sensors, holding"],
                   ["Zn (blue/white)", "8–15", "12–24", "Low-cost, adhesive bonding"],
                   ["Epoxy (black)", "15–25", "≥ 96", "Motors, humid environments"],
                   ["Ni + Epoxy", "25–35", "≥ 200", "Marine, outdoor"],
                   ["Parylene C", "5–20", "—", "Medical, thin uniform layer"],
                   ["Phosphate (passivation)", "< 1", "—", "Magnets to be potted or glued in rotors"]]),
        ("h1", "4. Tolerances and ordering"),
        ("p", "Standard dimensional tolerance is ±0.05 mm on ground faces and ±0.1 mm on as-sliced faces; tighter tolerance (±0.02 mm) is available for rotor magnets at extra cost. Please state the magnetisation direction on your drawing (axial, diametral, through thickness, multipole). Minimum order quantity depends on size: for off-the-shelf discs and blocks we ship from 100 pcs; custom segments require a tooling charge."),
        ("b", ["Specify grade, dimensions, tolerance, coating, magnetisation direction and quantity.",
               "For motor applications, also state the maximum operating temperature and the load line (Pc) if known.",
               "Request a PPAP / IMDS entry at RFQ stage if the part is automotive.",
               "Shipment by air requires magnetic shielding to IATA PI 953; we pack and test every carton with a gaussmeter at 2.1 m."]),
        ("h1", "5. Frequently asked questions"),
        ("p", "Q: Is N52 always the best choice?  A: No. N52 has the highest remanence but the lowest coercivity of the range. For a motor running at 120 °C, an N42SH or N45SH is usually the better buy."),
        ("p", "Q: What is the difference between Hcb and Hcj?  A: Hcb is the field at which the flux density falls to zero; Hcj is the field at which the magnetisation itself is reversed. Hcj is the figure that tells you how resistant the magnet is to heat and opposing fields."),
        ("p", "Q: Can I machine the magnets myself?  A: We do not recommend it. Sintered NdFeB is brittle and the grinding dust is pyrophoric. Please order finished dimensions."),
    ], title="Neodymium Magnet Buyer's Guide", author="Sales Engineering", date="2025-03-04",
        header="Northgate Magnetics — Buyer's Guide", footer="www.northgate-magnetics.co.uk")
    label("Magnet_Buyers_Guide_2025_EN.pdf", carrier="other", lang="en",
          note="Buyer's guide: grade table, coatings, tolerances; product properties only, explicitly no production info")

    # 2 ---------------------------------------------------------- grade table xlsx (zh)
    zr = grade_rows(zh=True)
    sm = [["牌号", "类型", "Br (T)", "Hcj (kA/m)", "(BH)max (kJ/m³)", "温度系数 α(Br) %/°C", "最高工作温度 °C"],
          ["YXG-18", "SmCo5 (1:5)", "0.84–0.89", "≥1194", "127–143", "−0.05", 250],
          ["YXG-22", "SmCo5 (1:5)", "0.92–0.96", "≥1194", "160–175", "−0.05", 250],
          ["YXG-26H", "Sm2Co17 (2:17)", "1.02–1.05", "≥1990", "191–207", "−0.03", 350],
          ["YXG-28", "Sm2Co17 (2:17)", "1.03–1.08", "≥1433", "207–220", "−0.03", 300],
          ["YXG-30", "Sm2Co17 (2:17)", "1.08–1.10", "≥1433", "220–240", "−0.035", 300],
          ["YXG-32", "Sm2Co17 (2:17)", "1.10–1.13", "≥1194", "230–255", "−0.035", 300]]
    price = [["规格型号", "牌号", "尺寸 (mm)", "镀层", "充磁方向", "单价 (元/件, 含税)", "MOQ", "交期 (天)"]]
    specs = [("D10x3", "N42", "Φ10×3", "NiCuNi", "轴向", 0.38), ("D20x5", "N42", "Φ20×5", "NiCuNi", "轴向", 2.15),
             ("F50x25x10", "N52", "50×25×10", "NiCuNi", "厚度", 9.80), ("F40x20x5", "N45SH", "40×20×5", "环氧", "厚度", 6.40),
             ("R30x15x5", "N38", "Φ30/Φ15×5", "锌", "轴向", 3.20), ("W-TILE-R28", "N40UH", "R28×R24×60°×30", "磷化", "径向", 11.60),
             ("F15x10x3", "N35", "15×10×3", "NiCuNi", "厚度", 0.42), ("D6x2", "N52", "Φ6×2", "金", "轴向", 0.55),
             ("F60x10x4", "N42EH", "60×10×4", "环氧", "厚度", 14.30), ("ROTOR-V18", "N45SH", "32.5×18.2×4.6", "磷化", "厚度", 7.85)]
    for s in specs:
        price.append(list(s[:5]) + [s[5], 500 if s[5] < 3 else 200, 25 if "UH" in s[1] or "EH" in s[1] else 15])
    write_xlsx("钕铁硼牌号性能表及报价_2025Q4.xlsx", [("钕铁硼性能表", zr), ("钐钴性能表", sm), ("常用规格价格", price),
               ("说明", [["说明"], ["1. 以上性能为20°C下闭路测量值，按GB/T 13560-2017判定。"], ["2. 价格随镨钕金属价格浮动，报价有效期15天。"],
                        ["3. 非标尺寸需提供图纸，按图报价；磁钢需标注充磁方向。"], ["4. 出口订单请提前告知最终用途及最终用户，以便出具相关声明。"]])],
               author="销售部 王婷", date="2025-10-08")
    label("钕铁硼牌号性能表及报价_2025Q4.xlsx", carrier="parameter-sheet", lang="zh",
          note="Sales grade table (NdFeB and SmCo properties) with price list; product properties not process")

    # 3 ---------------------------------------------------------- product web page (en html)
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>N52 Neodymium Disc Magnet 20 x 5 mm | Nickel Plated | MagnaSupply</title>
<meta name="description" content="Super-strong N52 grade NdFeB disc magnets, 20 mm diameter x 5 mm thick, axially magnetised, Ni-Cu-Ni coated. Pull force approx. 9.8 kg. Ships same day.">
<link rel="canonical" href="https://www.magnasupply.com/products/n52-disc-20x5">
<!-- saved from url=(0052)https://www.magnasupply.com/products/n52-disc-20x5 -->
<style>body{font-family:Arial,sans-serif;max-width:1100px;margin:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}.price{font-size:22px;color:#b00}</style>
</head><body>
<nav><a href="/">Home</a> › <a href="/magnets">Magnets</a> › <a href="/magnets/discs">Neodymium Discs</a> › N52 20 x 5 mm</nav>
<h1>N52 Neodymium Disc Magnet – 20 mm x 5 mm</h1>
<p class="sku">SKU: ND-D20-5-N52 &nbsp;|&nbsp; In stock: 4,812 pcs</p>
<div class="price">$1.86 <small>/ piece (1–99)</small></div>
<table><tr><th>Quantity</th><th>Unit price</th></tr>
<tr><td>1–99</td><td>$1.86</td></tr><tr><td>100–499</td><td>$1.41</td></tr><tr><td>500–1,999</td><td>$1.12</td></tr><tr><td>2,000+</td><td>Request quote</td></tr></table>
<h2>Specifications</h2>
<table>
<tr><td>Material</td><td>Sintered NdFeB (neodymium-iron-boron)</td></tr>
<tr><td>Grade</td><td>N52</td></tr>
<tr><td>Dimensions</td><td>Ø20 mm x 5 mm (tolerance ±0.1 mm)</td></tr>
<tr><td>Magnetisation</td><td>Axial (poles on flat faces)</td></tr>
<tr><td>Coating</td><td>Ni-Cu-Ni (nickel)</td></tr>
<tr><td>Remanence Br</td><td>1.43–1.48 T (14.3–14.8 kGs)</td></tr>
<tr><td>Coercivity Hcj</td><td>≥ 876 kA/m (≥ 11 kOe)</td></tr>
<tr><td>Energy product (BH)max</td><td>398–422 kJ/m³ (50–53 MGOe)</td></tr>
<tr><td>Max. operating temperature</td><td>80 °C (176 °F)</td></tr>
<tr><td>Pull force (steel plate, direct contact)</td><td>approx. 9.8 kg / 96 N</td></tr>
<tr><td>Surface field</td><td>approx. 4,350 Gauss</td></tr>
<tr><td>Weight</td><td>11.8 g</td></tr>
</table>
<h2>Description</h2>
<p>These are our strongest stock discs. N52 is the highest standard grade of sintered neodymium magnet, ideal for holding, sensing and DIY projects where maximum strength in a small size matters. Need higher temperature resistance? See our <a href="/magnets/discs/n42sh">N42SH discs</a> (150 °C).</p>
<h2>Safety</h2>
<ul><li>Keep away from children — swallowed magnets can cause serious injury.</li>
<li>Keep at least 20 cm from pacemakers and implanted devices.</li>
<li>Magnets can snap together and chip; wear safety glasses when handling.</li>
<li>Do not machine or drill — the dust is flammable.</li></ul>
<h2>Customer questions</h2>
<div class="qa"><p><b>Q:</b> Can these be used in a fridge at -20 °C? <br><b>A:</b> Yes, sintered NdFeB performs well at low temperatures down to about -130 °C for standard grades.</p>
<p><b>Q:</b> Where are these made? <br><b>A:</b> Our magnets are manufactured by ISO 9001 certified partners in Ningbo, China, and inspected in our Ohio warehouse.</p></div>
<footer>© 2025 MagnaSupply Inc. · 1420 Commerce Dr, Akron OH · <a href="/shipping">Shipping</a> · <a href="/returns">Returns</a></footer>
</body></html>
"""
    write_text("N52 Neodymium Disc Magnet 20 x 5 mm _ Nickel Plated _ MagnaSupply.html", html)
    label("N52 Neodymium Disc Magnet 20 x 5 mm _ Nickel Plated _ MagnaSupply.html", carrier="other", lang="en",
          note="Saved retail product page: grade, Br/Hcj/BHmax, pull force")

    # 4 ---------------------------------------------------------- Taiwan distributor web page (zh-TW)
    html = """<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>強力磁鐵 釹鐵硼 方形 N45SH 耐高溫 | 宏磁科技股份有限公司</title>
<meta name="keywords" content="釹鐵硼, 強力磁鐵, 稀土磁鐵, 耐高溫磁鐵, 馬達磁鐵, 釤鈷">
</head><body>
<header><img src="logo.png" alt="宏磁科技"> <span>客服專線 (02)2298-6610 ｜ LINE ID: @hongci</span></header>
<h1>釹鐵硼強力磁鐵 方形 N45SH（耐溫150°C）</h1>
<p>適用於伺服馬達、無刷馬達轉子、電動機車輪轂馬達。本公司為台灣代理，庫存充足，新北市五股倉庫現貨出貨。</p>
<h2>產品規格</h2>
<table border="1" cellpadding="4">
<tr><th>品號</th><th>尺寸 (mm)</th><th>鍍層</th><th>充磁方向</th><th>單價 (NT$，未稅)</th></tr>
<tr><td>HC-F4020-5SH</td><td>40 × 20 × 5</td><td>鎳銅鎳</td><td>厚度方向</td><td>68</td></tr>
<tr><td>HC-F3010-3SH</td><td>30 × 10 × 3</td><td>環氧樹脂(黑)</td><td>厚度方向</td><td>26</td></tr>
<tr><td>HC-F2510-4SH</td><td>25 × 10 × 4</td><td>鎳銅鎳</td><td>厚度方向</td><td>22</td></tr>
<tr><td>HC-F5025-10SH</td><td>50 × 25 × 10</td><td>鎳銅鎳</td><td>厚度方向</td><td>215</td></tr>
</table>
<h2>磁性能（N45SH）</h2>
<ul><li>殘磁 Br：1.32–1.38 T</li><li>內稟矯頑力 Hcj：≥ 1592 kA/m（20 kOe）</li>
<li>最大磁能積 (BH)max：342–366 kJ/m³</li><li>最高使用溫度：150 °C（視磁路設計而定）</li></ul>
<h2>常見問題</h2>
<p><b>問：SH 與 UH 有什麼差別？</b><br>答：UH 的矯頑力更高，可耐 180 °C，但價格約高出 25–35%。若馬達繞組溫度不超過 130 °C，一般選 SH 即可。</p>
<p><b>問：可以開發票與提供 RoHS / REACH 報告嗎？</b><br>答：可以，每批出貨皆附 SGS 報告影本與出貨檢驗報告（尺寸、磁通量、鍍層膜厚）。</p>
<p><b>問：磁鐵可以空運嗎？</b><br>答：需經消磁屏蔽包裝並通過磁場測試，請於下單時告知，另收包裝費 NT$350。</p>
<p>※ 稀土原料價格波動大，報價有效期 7 天，大量訂購請來電洽詢業務。</p>
<footer>宏磁科技股份有限公司 統一編號 5377xxxx ｜ 新北市五股區五權路 ｜ © 2025</footer>
</body></html>
"""
    write_text("強力磁鐵 釹鐵硼 方形 N45SH 耐高溫 _ 宏磁科技.html", html)
    label("強力磁鐵 釹鐵硼 方形 N45SH 耐高溫 _ 宏磁科技.html", carrier="other", lang="zh",
          note="Taiwan distributor product page (traditional Chinese), grade and price only")

    # 5 ---------------------------------------------------------- SmCo catalogue (en pdf)
    write_pdf("SmCo_Catalogue_Rev7.pdf", [
        ("title", "Samarium Cobalt Magnets — Product Catalogue"),
        ("p", "Rev. 7 · Valid from July 2025 · Helix Magnet Components GmbH, Pforzheim"),
        ("p", "Samarium cobalt (SmCo) magnets offer the best temperature stability of all rare-earth magnets and excellent corrosion resistance without coating. We stock SmCo5 (1:5) and Sm2Co17 (2:17) grades in blocks, discs, rings and arc segments, and supply machined assemblies for aerospace actuators, sensors and high-speed motors."),
        ("h1", "Grade overview"),
        ("table", [["Grade", "Type", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "α(Br) %/K", "Tmax °C", "Density g/cm³"],
                   ["HS 18/120", "SmCo5", "0.85–0.90", "≥ 1194", "127–151", "−0.045", "250", "8.3"],
                   ["HS 22/160", "SmCo5", "0.92–0.96", "≥ 1592", "159–175", "−0.045", "250", "8.3"],
                   ["HS 24/200", "Sm2Co17", "0.98–1.02", "≥ 1990", "183–199", "−0.030", "350", "8.4"],
                   ["HS 28/160", "Sm2Co17", "1.03–1.08", "≥ 1592", "207–223", "−0.035", "300", "8.4"],
                   ["HS 30/120", "Sm2Co17", "1.08–1.12", "≥ 1194", "223–239", "−0.035", "300", "8.4"],
                   ["HS 26/LTC", "Sm(Gd)Co 2:17", "0.93–0.97", "≥ 1433", "167–183", "−0.005 (−50…+150)", "300", "8.5"]]),
        ("h1", "Stock shapes"),
        ("table", [["Part no.", "Shape", "Dimensions (mm)", "Grade", "Magnetisation", "Pack qty"],
                   ["HC-D05-02", "Disc", "Ø5 × 2", "HS 24/200", "axial", "100"],
                   ["HC-D10-05", "Disc", "Ø10 × 5", "HS 28/160", "axial", "100"],
                   ["HC-R12-6-3", "Ring", "Ø12/Ø6 × 3", "HS 28/160", "axial", "50"],
                   ["HC-B20-10-5", "Block", "20 × 10 × 5", "HS 30/120", "through 5", "50"],
                   ["HC-A-R18", "Arc", "R18/R14 × 45° × 20", "HS 24/200", "radial", "24"],
                   ["HC-B40-20-10", "Block", "40 × 20 × 10", "HS 22/160", "through 10", "10"]]),
        ("h1", "Design notes"),
        ("p", "SmCo is brittle; avoid press fits and use bonding or sleeves. Unlike NdFeB, SmCo does not need a protective coating in most environments; Ni plating is available on request for vacuum or clean-room applications. For temperature-compensated sensors choose the LTC grade, which has a near-zero Br coefficient between −50 °C and +150 °C."),
        ("p", "Export note: SmCo magnets and assemblies may be subject to dual-use licensing in some jurisdictions. Please provide end-use information with orders destined outside the EU."),
        ("h1", "Quality"),
        ("b", ["ISO 9001:2015 and EN 9100 certified.", "100 % flux check on assemblies; AQL 0.65 on dimensions for stock parts.",
               "Certificate of conformity with each lot; material test report with demagnetisation curve on request."]),
    ], title="SmCo Catalogue", author="Helix Marketing", date="2025-07-01", header="HELIX Magnet Components", footer="Catalogue Rev.7")
    label("SmCo_Catalogue_Rev7.pdf", carrier="other", lang="en", note="SmCo catalogue: grades, stock shapes, design notes; product properties only")

    # 6 ---------------------------------------------------------- cerium oxide polishing powder guide (zh docx)
    write_docx("稀土抛光粉使用指南_光学玻璃.docx", [
        ("title", "稀土抛光粉使用指南（光学玻璃/盖板玻璃）"),
        ("p", "本指南适用于本公司 CP-300、CP-500、CP-800 系列氧化铈抛光粉，供客户现场工艺人员参考。内容仅涉及抛光粉的使用方法，不涉及抛光粉的生产。"),
        ("h1", "一、产品简介"),
        ("table", [["型号", "CeO2/TREO (%)", "D50 (μm)", "比表面积 (m²/g)", "适用对象"],
                   ["CP-300", "≥ 65", "1.0–1.4", "4–6", "平板玻璃、镜片粗抛"],
                   ["CP-500", "≥ 90", "0.8–1.1", "5–8", "光学镜片、手机盖板"],
                   ["CP-800", "≥ 99.9", "0.4–0.6", "8–12", "精密光学、液晶基板、光掩模"]]),
        ("h1", "二、浆料配制"),
        ("n", ["按浆料浓度 8%–12%（质量比，相当于波美度 8–12°Bé）称取抛光粉，先加入约 1/3 的去离子水搅拌成糊状，再补足水量。",
               "搅拌时间不少于 30 分钟，使用过程中保持循环搅拌，防止沉降。",
               "浆料 pH 一般为 6.5–8.0；盖板玻璃可加入本公司 DS-2 分散剂 0.5%，提高悬浮性。",
               "浆料温度控制在 25–35 °C，温度过高会引起抛光皮老化。"]),
        ("h1", "三、抛光参数参考"),
        ("table", [["项目", "光学镜片（双面机）", "手机盖板（单面机）", "平板玻璃"],
                   ["抛光压力 (kg/cm²)", "0.08–0.12", "0.10–0.15", "0.15–0.20"],
                   ["下盘转速 (rpm)", "30–45", "40–60", "20–30"],
                   ["抛光皮", "聚氨酯 LP-66", "阻尼布 / 聚氨酯", "羊毛毡"],
                   ["单次时间 (min)", "15–25", "20–40", "——"],
                   ["去除率 (μm/h)", "0.8–1.5", "1.5–3.0", "——"]]),
        ("h1", "四、浆料管理与更换"),
        ("p", "每班检测浆料浓度与 pH，浓度下降时补加新粉。出现划伤增多、去除率下降 30% 以上或浆料中玻璃粉含量明显升高时，应整槽更换。废浆料请交由有资质的单位处置或按合同由本公司回收，不得直接排放。"),
        ("h1", "五、常见问题"),
        ("table", [["现象", "可能原因", "处理方法"],
                   ["划伤", "大颗粒、异物、浆料干结", "过滤（5 μm 袋式过滤器）、清洗管路"],
                   ["去除率低", "浓度低、抛光皮老化、温度低", "补粉、修整或更换抛光皮"],
                   ["表面雾状/橘皮", "pH 偏高、压力过大", "调整 pH、降低压力"],
                   ["浆料结块", "长期静置、硬水", "使用去离子水，保持循环"]]),
        ("p", "如需技术支持，请联系应用工程部：0472-51xxxxx。"),
    ], author="应用工程部", title="稀土抛光粉使用指南", date="2025-05-20")
    label("稀土抛光粉使用指南_光学玻璃.docx", carrier="other", lang="zh",
          note="Ceria polishing powder end-use guide: slurry and polishing parameters for glass, no powder production")

    # 7 ---------------------------------------------------------- cerium oxide polishing (en md)
    md = """# Ceria slurry — line 3 changeover notes

_Owner: Process Eng. (glass finishing) · last edit 2025-09-12_

We switched line 3 (double-side polishers DSP-9B #1–#4) from the old zirconia/ceria blend to **Rhodia-type pure ceria, D50 ≈ 1.0 µm** bought from the distributor (PO 4500-22871). Notes below so the night shift has the same numbers.

## Slurry

| Parameter | Old blend | New ceria | Notes |
|---|---|---|---|
| Solids | 10 % | 8 % | check with hydrometer each shift |
| pH | 7.5 | 7.0 ± 0.3 | adjust with dilute KOH only |
| Temperature | 28 °C | 28 ± 2 °C | chiller setpoint 26 °C |
| Flow to each machine | 2.0 L/min | 1.6 L/min | |
| Filter | 10 µm bag | 5 µm bag | change bag every 3 days |

## Polishing recipe (cover glass 0.55 mm, aluminosilicate)

1. Load, 2 min ramp to 0.12 kg/cm².
2. Lower plate 45 rpm, carrier 18 rpm, 30 min.
3. Rinse with DI water 60 s before unloading.

Removal target: 1.8–2.2 µm per side. Measure 5 pcs per batch on the Mitutoyo.

## Issues seen in first week

- Scratch rate went **up** on DSP #3 for two days → pad was glazed; re-dressed with diamond conditioner, fixed.
- Slurry foaming on return tank → lowered return pipe under liquid level.
- Ceria cost is ~18 % higher per kg but consumption per 1,000 pcs dropped from 4.1 kg to 3.2 kg, so roughly neutral.

## Waste

Spent slurry goes to the settling tank; sludge is collected by the supplier's take-back service (they send it back to their plant, not our business). Don't put it into the general waste skip.
"""
    write_text("line3_ceria_slurry_changeover.md", md)
    label("line3_ceria_slurry_changeover.md", carrier="process-spec", lang="en",
          note="Glass polishing recipe using bought ceria; end use, not RE production or recycling")

def clear_docs_2():
    # 8 ---------------------------------------------------------- LED phosphor app note (en pdf)
    write_pdf("AN-112_YAG_Phosphor_Selection_for_White_LEDs.pdf", [
        ("title", "Application Note AN-112: Selecting YAG:Ce and Nitride Phosphors for White LEDs"),
        ("p", "Lumora Photonic Materials · Applications Team · September 2025"),
        ("h1", "1. Scope"),
        ("p", "This note helps LED packaging engineers choose phosphor blends for mid-power 2835/3030 packages and COB arrays. It covers colour targets, blend ratios, silicone loading and reliability checks. Phosphor synthesis is outside the scope of this note."),
        ("h1", "2. Product range"),
        ("table", [["Product", "Chemistry", "Peak (nm)", "FWHM (nm)", "D50 (µm)", "Typical use"],
                   ["LY-550", "Y3Al5O12:Ce", "550", "112", "15", "cool white 5000–6500 K"],
                   ["LY-535G", "(Y,Gd)3(Al,Ga)5O12:Ce", "535", "108", "13", "high CRI green component"],
                   ["LL-525", "Lu3Al5O12:Ce (LuAG)", "525", "105", "14", "horticulture, high power"],
                   ["LN-630", "(Sr,Ca)AlSiN3:Eu", "630", "88", "12", "warm white red component"],
                   ["LN-650", "CaAlSiN3:Eu", "650", "90", "12", "CRI > 90, R9 > 50"],
                   ["LK-631", "K2SiF6:Mn (KSF)", "631", "6", "25", "display backlight"]]),
        ("h1", "3. Blend starting points (450 nm blue die)"),
        ("table", [["CCT / CRI", "LY-550", "LY-535G", "LN-630", "LN-650", "Phosphor : silicone (wt)"],
                   ["6500 K / Ra 70", "100 %", "—", "—", "—", "1 : 8"],
                   ["5000 K / Ra 80", "78 %", "—", "22 %", "—", "1 : 6"],
                   ["4000 K / Ra 80", "—", "72 %", "28 %", "—", "1 : 5"],
                   ["3000 K / Ra 90", "—", "61 %", "21 %", "18 %", "1 : 3.5"],
                   ["2700 K / Ra 95", "—", "55 %", "15 %", "30 %", "1 : 3"]]),
        ("p", "Mix phosphor into part A of the silicone first, degas at < 1 kPa for 10 min, then add part B. Dispense within 4 h. Cure 1 h at 80 °C plus 2 h at 150 °C. Check colour coordinates after cure; a shift of Δu′v′ > 0.003 usually means settling — use anti-settling agent AS-3 at 0.3 %."),
        ("h1", "4. Reliability"),
        ("p", "Nitride reds are sensitive to moisture; store opened bottles in a dry cabinet (< 10 % RH). For WHTOL 85 °C/85 % RH 1000 h, LN-650 keeps > 95 % of initial output when encapsulated in phenyl silicone. YAG:Ce degrades thermally above 150 °C junction temperature (quenching ≈ 10 % at 150 °C)."),
        ("h1", "5. Supply"),
        ("p", "Standard pack 1 kg; samples 20 g. Lead time 3 weeks. Europium and cerium content is declared in the SDS; phosphors are not classified as dangerous goods. Prices are indexed quarterly to europium oxide and yttrium oxide market prices."),
    ], title="AN-112", author="Lumora Applications", date="2025-09-15", header="Lumora Photonic Materials", footer="AN-112 rev A")
    label("AN-112_YAG_Phosphor_Selection_for_White_LEDs.pdf", carrier="other", lang="en",
          note="Phosphor application note for LED packaging; end use of RE phosphors")

    # 9 ---------------------------------------------------------- FCC catalyst bulletin (en docx)
    write_docx("FCC_catalyst_REO_optimisation_TechBulletin_TB-09.docx", [
        ("title", "Technical Bulletin TB-09: Managing Rare-Earth Content in FCC Catalyst"),
        ("p", "To: Refinery FCC unit engineers — Customer distribution\nFrom: Refining Catalysts Technical Service\nDate: 14 August 2025"),
        ("h1", "Background"),
        ("p", "Lanthanum (and to a lesser degree cerium) is exchanged into the Y-zeolite of FCC catalyst to stabilise the framework against hydrothermal dealumination in the regenerator. Higher rare-earth oxide (REO) content raises activity and gasoline yield but increases hydrogen transfer, lowering gasoline octane and LPG olefins. Since the 2011 lanthanum price spike many refiners have optimised REO down; with lanthanum prices now stable (La2O3 around USD 0.6/kg FOB China) this bulletin reviews the trade-offs."),
        ("h1", "Typical grades"),
        ("table", [["Catalyst", "REO wt%", "Z/M ratio", "UCS equilibrium (Å)", "Best for"],
                   ["AURA-LR", "0.8", "1.8", "24.26", "max LPG olefins / propylene"],
                   ["AURA-M", "1.8", "2.2", "24.29", "balanced gasoline / LPG"],
                   ["AURA-HR", "3.0", "2.6", "24.32", "max gasoline, resid feed with V"],
                   ["AURA-HR+", "3.8", "2.8", "24.34", "high metals, high regenerator T"]]),
        ("h1", "Recommendations"),
        ("b", ["Measure equilibrium catalyst (E-cat) REO and UCS monthly; target UCS within ±0.02 Å of the grade value.",
               "If vanadium on E-cat exceeds 3,000 ppm, consider a grade with ≥ 3 wt% REO plus a vanadium trap additive.",
               "For propylene maximisation, combine AURA-LR with 5–8 % ZSM-5 additive.",
               "Do not mix fresh catalyst grades with > 1.5 wt% REO difference without a step-change plan; yield shifts take 2–3 turnover periods."]),
        ("h1", "Case example"),
        ("p", "A 45 kbpd Gulf Coast unit switched from AURA-HR to AURA-M over 40 days. Results at constant conversion: gasoline RON +0.7, LPG olefinicity +4 %, coke yield −0.1 wt%, catalyst addition rate unchanged at 0.14 lb/bbl. Savings on catalyst cost approx. USD 0.9 million/yr."),
        ("p", "Spent catalyst: E-cat is a non-hazardous waste in most jurisdictions and is commonly sent to cement kilns. Please contact us about our take-back programme."),
    ], author="Technical Service", title="TB-09", date="2025-08-14")
    label("FCC_catalyst_REO_optimisation_TechBulletin_TB-09.docx", carrier="other", lang="en",
          note="FCC catalyst user bulletin about La/Ce content; refinery operation, not RE production")

    # 10 ---------------------------------------------------------- NiMH alloy datasheet (mixed pdf)
    write_pdf("AB5储氢合金粉_规格书_MH-A22.pdf", [
        ("title", "AB5 型储氢合金粉 产品规格书 / Product Specification  MH-A22"),
        ("p", "包头某新材料有限公司 ｜ 文件号 QS-MH-022 ｜ 版本 C ｜ 2025-06-30"),
        ("h1", "1. 适用范围 Scope"),
        ("p", "本规格书规定了 MH-A22 低自放电型 AB5 储氢合金粉（用于 AA/AAA 镍氢电池负极）的技术要求、检验方法和包装运输要求。This specification covers chemical composition, particle size, electrochemical performance, packaging and storage of MH-A22 hydrogen storage alloy powder for NiMH negative electrodes."),
        ("h1", "2. 化学成分 Chemical composition (wt%)"),
        ("table", [["元素 Element", "La", "Ce", "Pr", "Nd", "Ni", "Co", "Mn", "Al", "Fe", "O"],
                   ["规格 Spec", "20.5–22.5", "8.0–9.5", "0.3–0.8", "1.5–2.5", "余量 bal.", "3.5–4.5", "4.5–5.5", "1.5–2.0", "≤0.10", "≤0.15"]], 7),
        ("h1", "3. 物理及电化学性能 Physical & electrochemical"),
        ("table", [["项目 Item", "指标 Requirement", "方法 Method"],
                   ["粒度 D50", "25–38 µm", "激光粒度仪 laser diffraction"],
                   ["-200 目 through 75 µm", "≥ 98 %", "筛分 sieving"],
                   ["松装密度 apparent density", "3.2–3.8 g/cm³", "GB/T 1479"],
                   ["放电容量 discharge capacity (0.2C)", "≥ 320 mAh/g", "半电池 half-cell, 3rd cycle"],
                   ["活化次数 activation", "≤ 3 cycles", ""],
                   ["循环寿命 cycle life (1C, 80 %)", "≥ 500", "AA cell"],
                   ["28 天容量保持率 28-day retention", "≥ 85 %", "AA cell, 25 °C"]]),
        ("h1", "4. 包装、贮存 Packing & storage"),
        ("p", "铁桶内衬双层塑料袋，充氩气密封，每桶净重 50 kg / 200 kg。贮存于干燥阴凉处，开封后 24 h 内用完，防止氧化。Steel drums with double PE liners, argon-filled, 50 kg or 200 kg net. Store dry and cool; use within 24 h of opening. The powder is not classified as dangerous goods (UN tested, not self-heating per Test N.4)."),
        ("h1", "5. 客户使用建议 Usage advice for electrode making"),
        ("p", "负极浆料推荐配比：合金粉 96.5 %、羧甲基纤维素 CMC 0.4 %、SBR 1.0 %、导电剂 Ni 粉 2.1 %；涂布于泡沫镍或穿孔镀镍钢带，辊压后负极密度 5.3–5.6 g/cm³。Recommended paste: alloy 96.5 %, CMC 0.4 %, SBR 1.0 %, Ni powder 2.1 %; pasted onto nickel foam or perforated Ni-plated steel, pressed to 5.3–5.6 g/cm³."),
    ], title="MH-A22 Specification", author="QA", date="2025-06-30", header="MH-A22 产品规格书", footer="QS-MH-022 C")
    label("AB5储氢合金粉_规格书_MH-A22.pdf", carrier="other", lang="mixed",
          note="NiMH AB5 alloy powder product spec (composition, properties, customer electrode use); no alloy production process")

    # 11 ---------------------------------------------------------- rare-earth fertiliser (zh txt)
    txt = """稀土微肥（常乐牌）使用说明书

【产品名称】稀土复合叶面肥
【主要成分】稀土元素（以硝酸稀土计）≥ 3.0%；锌 ≥ 1.0%；硼 ≥ 0.5%；腐殖酸 ≥ 3%
【执行标准】NY/T 1428-2010
【净含量】500 mL/瓶

【作用特点】
1. 促进根系发育和叶绿素合成，增强光合作用；
2. 提高作物抗旱、抗寒、抗病能力；
3. 改善果实品质，提早成熟，一般增产 8%–15%。

【使用方法】
作物        稀释倍数      使用时期及次数
小麦        800–1000 倍   拔节期、扬花期各喷一次
水稻        800 倍        分蘖期、孕穗期各喷一次
玉米        1000 倍       大喇叭口期喷一次
柑橘        600–800 倍    花前、幼果期、果实膨大期各一次
蔬菜（叶菜） 1000–1200 倍 定植后 10 天起，每隔 7–10 天一次，共 2–3 次
茶叶        1000 倍       春茶萌芽期

每亩用量 50–100 mL，兑水 30–50 kg 均匀喷施于叶片正反面。

【注意事项】
1. 选择晴天上午 10 点前或下午 4 点后喷施，避免高温强光；喷后 4 小时内遇雨应补喷。
2. 不可与强碱性农药混用；与其他农药混用前先做小面积试验。
3. 稀土用量并非越多越好，超量使用会抑制作物生长。
4. 本品无毒，但请放置在儿童接触不到的地方；误入眼睛请用清水冲洗。

【贮存】阴凉干燥处，避光保存。有少量沉淀不影响效果，用前摇匀。
【保质期】两年
【生产日期/批号】见瓶身

江西常乐农化有限公司   地址：江西省赣州市章贡区……   服务热线：400-8xx-xxxx
"""
    write_text("稀土叶面肥使用说明.txt", txt)
    label("稀土叶面肥使用说明.txt", carrier="other", lang="zh", note="Rare-earth foliar fertiliser label/instructions; agricultural use")

    # 12 ---------------------------------------------------------- job ad (zh txt)
    txt = """【急聘】烧结炉操作工 / 磁材车间 若干名

公司：宁波某磁业有限公司（钕铁硼永磁材料生产企业，员工 1200 人）
地点：宁波市鄞州区 工业园区
薪资：7000–10000 元/月（含夜班补贴、高温补贴），五险一金，包吃住

岗位职责：
1. 负责真空烧结炉的装炉、出炉、日常点检和记录；
2. 按作业指导书操作设备，发现异常及时报告班长；
3. 配合设备部做好真空泵、冷却水系统的日常保养；
4. 做好 5S 和交接班记录。

任职要求：
1. 高中/中专及以上学历，机电、材料类专业优先；
2. 有真空热处理炉、烧结炉、气氛炉操作经验者优先（硬质合金、粉末冶金、磁材行业均可）；
3. 能适应两班倒，身体健康，无色盲；
4. 有叉车证、压力容器操作证者优先。

我们同时招聘：气流磨操作工、成型压机操作工、线切割工、磨床工、品检员（磁性能测试）。

联系人：人事部 陈小姐 0574-88xxxxxx   简历投递：hr@xxxx-magnet.com
（本招聘长期有效）
"""
    write_text("招聘启事-烧结炉操作工.txt", txt)
    label("招聘启事-烧结炉操作工.txt", carrier="other", lang="zh", note="Job ad for sintering furnace operators in magnet plant; duties only, no parameters")

    # 13 ---------------------------------------------------------- HK job ad (zh-Hant html)
    html = """<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8">
<title>Senior Procurement Officer (Rare Earth Materials) 高級採購主任 – 稀土物料 | JobsDB HK</title></head>
<body>
<h1>Senior Procurement Officer (Rare Earth Materials) 高級採購主任 – 稀土物料</h1>
<p><b>Trading company, Kwun Tong</b> ｜ 月薪 HK$32,000 – 40,000 ｜ 5天工作</p>
<h2>工作內容 Responsibilities</h2>
<ul>
<li>負責向內地及東南亞供應商採購稀土氧化物（氧化鐠釹、氧化鏑、氧化鋱）、稀土金屬及釹鐵硼磁材</li>
<li>跟進報價、合約、信用證及出貨安排，處理內地出口許可及最終用戶聲明文件</li>
<li>每週整理亞洲金屬網、上海有色網價格，撰寫市場簡報予管理層</li>
<li>與物流公司協調危險品／磁性貨物空運及海運事宜</li>
<li>Liaise with European customers (motor and wind turbine makers) on specifications, CoA and delivery schedule</li>
</ul>
<h2>入職要求 Requirements</h2>
<ul>
<li>大學學歷，化學、材料、國際貿易或相關學科</li>
<li>3年以上金屬或化工原料採購經驗，熟悉稀土行業者優先</li>
<li>熟悉出口管制及制裁合規（包括商務部2025年第61、62號公告）者優先</li>
<li>良好英語及普通話溝通能力，懂日語更佳</li>
<li>熟悉 SAP MM 模組</li>
</ul>
<h2>福利 Benefits</h2>
<p>年終花紅、醫療保險、14天年假、進修津貼</p>
<p>有意者請將履歷連同現時及期望薪金電郵至 hr@example-trading.com.hk。所收集資料只作招聘用途。</p>
</body></html>
"""
    write_text("JobsDB_高級採購主任_稀土物料.html", html)
    label("JobsDB_高級採購主任_稀土物料.html", carrier="other", lang="mixed", note="HK job ad for rare-earth procurement; trade and compliance duties")

def market_report_blocks():
    B = [("title", "Rare Earths & Permanent Magnets: Supply Chain Outlook 2025–2030"),
         ("p", "Industry report · Halvorsen Metals Research · November 2025 · Prepared for subscribers; redistribution prohibited"),
         ("h1", "Executive summary"),
         ("p", "The rare-earth supply chain remains concentrated: China accounted for an estimated 69 % of mined output, about 90 % of separated oxide and over 90 % of sintered NdFeB magnet production in 2024. The October 2025 MOFCOM announcements No. 61 and No. 62 extend export control from materials to technology and to foreign-made items containing Chinese-origin rare earths. We expect magnet demand to grow at 8.7 % CAGR to 2030, led by traction motors, wind, industrial motors and humanoid robotics, while ex-China separation capacity remains short of announced targets until at least 2028."),
         ("b", ["NdPr oxide averaged CNY 455,000/t in Q3 2025, up 21 % year on year, with volatility driven by the quota and import flows from Myanmar.",
                "Dysprosium and terbium outside China trade at a premium of 2–3× domestic Chinese prices after April 2025 licensing of seven medium/heavy elements.",
                "Announced ex-China magnet capacity reaches 38 kt/yr by 2028, but less than half has secured feedstock.",
                "Recycling supplies under 2 % of magnet feed today; we model 6 % by 2030."]),
         ("h1", "1. The value chain at a glance"),
         ("p", "Rare earths move through five stages: mining and concentration; cracking and separation into individual oxides; reduction to metal and alloy; magnet making; and, increasingly, recovery from scrap. Value added and geographical concentration rise at each step. The table below summarises the stages as analysts track them; it is a market map, not a description of technology."),
         ("table", [["Stage", "Main products", "2024 global output", "China share", "Key non-China players"],
                    ["Mining", "Concentrate, mixed carbonate", "~390 kt REO", "69 %", "MP Materials, Lynas (Mt Weld), Myanmar Kachin, Vietnam"],
                    ["Separation", "NdPr oxide, La/Ce oxides, Dy/Tb oxides", "~300 kt REO", "~90 %", "Lynas Malaysia, Solvay La Rochelle, Neo (Estonia)"],
                    ["Metal & alloy", "NdPr metal, DyFe, TbFe", "~95 kt", "> 90 %", "Vietnam, Japan (limited), USA (pilot)"],
                    ["Magnets", "Sintered & bonded NdFeB, SmCo", "~300 kt", "> 90 %", "Shin-Etsu, Proterial, TDK, VAC, Neo Materials"],
                    ["Recycling", "Recovered oxides, re-made magnets", "< 6 kt", "n/a", "HyProMag, Noveon, Cyclic Materials"]], 7),
         ]
    # quotas and prices
    B += [("h1", "2. Chinese mining and smelting quotas"),
          ("p", "China's total mining quota grew rapidly between 2020 and 2023 and then slowed. Since 2024 the quotas have been issued to the two state groups without public announcement of the split; the figures below for 2024–2025 are our estimates."),
          ("table", [["Year", "Mining quota (t REO)", "of which ion-adsorption", "Smelting & separation quota (t)", "Change y/y"]] +
           [[str(y), f"{m:,}", f"{i:,}", f"{s:,}", c] for y, m, i, s, c in [
               (2019, 132000, 19150, 127000, "+10 %"), (2020, 140000, 19150, 135000, "+6 %"), (2021, 168000, 19150, 162000, "+20 %"),
               (2022, 210000, 19150, 202000, "+25 %"), (2023, 255000, 19150, 243000, "+21 %"), (2024, 270000, 19038, 254000, "+6 %"),
               (2025, 285000, 19000, 268000, "+5.6 % (est.)")]]),
          ("h1", "3. Price history"),
          ("p", "Monthly averages, China domestic, including VAT. Sources: Asian Metal, SMM, Halvorsen estimates.")]
    prices = [["Month", "NdPr oxide (CNY/t)", "Nd metal (CNY/t)", "Dy oxide (CNY/kg)", "Tb oxide (CNY/kg)", "Ce oxide (CNY/t)", "La oxide (CNY/t)"]]
    rnd = random.Random(61)
    ndpr, dy, tb = 372000, 1650, 5900
    for y in (2024, 2025):
        for mth in range(1, 13):
            if y == 2025 and mth > 10:
                break
            ndpr *= 1 + rnd.uniform(-0.05, 0.065); dy *= 1 + rnd.uniform(-0.04, 0.05); tb *= 1 + rnd.uniform(-0.04, 0.05)
            prices.append([f"{y}-{mth:02d}", f"{ndpr:,.0f}", f"{ndpr*1.228:,.0f}", f"{dy:,.0f}", f"{tb:,.0f}", f"{rnd.uniform(6800,7600):,.0f}", f"{rnd.uniform(3900,4300):,.0f}"])
    B += [("table", prices, 7)]
    B += [("h1", "4. Demand by application"),
          ("table", [["Application", "2024 magnet demand (kt)", "2030F (kt)", "CAGR", "Typical grades"],
                     ["EV/HEV traction motors", "62", "128", "12.8 %", "N42SH–N45UH, GBD Dy/Tb"],
                     ["Wind generators", "33", "48", "6.4 %", "N38SH–N42SH"],
                     ["Industrial motors & servo", "41", "60", "6.6 %", "N35H–N48H"],
                     ["Consumer electronics", "55", "62", "2.0 %", "N48–N52"],
                     ["Two-wheelers, e-bikes", "24", "33", "5.5 %", "N38H–N42SH"],
                     ["Elevators, compressors, HVAC", "30", "41", "5.3 %", "N35SH–N42UH"],
                     ["Robotics (incl. humanoid)", "2", "14", "38 %", "N45SH–N50SH"],
                     ["Other (MRI, audio, sensors)", "53", "61", "2.4 %", "various"]]),
          ("p", "Traction motors dominate growth. Each battery-electric car uses 1.2–2.5 kg of NdFeB depending on motor topology; dual-motor configurations reach 3 kg. Efforts to reduce heavy rare-earth use through grain-boundary techniques are now standard across the industry; motor designers are also exploring ferrite-assisted synchronous reluctance designs and wound-rotor machines, which we expect to take 8–10 % of EV motors by 2030."),
          ("pb",),
          ("h1", "5. Ex-China capacity pipeline")]
    proj = [["Company", "Country", "Stage", "Capacity (tpa)", "Status", "Target start"],
            ["Lynas Rare Earths", "Malaysia/Australia", "Separation (incl. heavy)", "12,000 NdPr", "Operating; Dy/Tb circuit 2025", "2025"],
            ["MP Materials", "USA", "Separation + metal + magnets", "1,000 magnet (Ph1)", "Commissioning Fort Worth", "2025–26"],
            ["Solvay", "France", "Separation", "~ 1,000 NdPr", "Expansion La Rochelle", "2025"],
            ["Neo Performance", "Estonia", "Magnets", "2,000 → 5,000", "Narva plant built", "2025"],
            ["Iluka", "Australia", "Refinery (Eneabba)", "5,500 NdPr + heavies", "Construction", "2027"],
            ["Arafura", "Australia", "Mine + separation", "4,440 NdPr", "Financing", "2028"],
            ["Energy Fuels", "USA", "Separation (monazite)", "~ 850 NdPr", "Operating Phase 1", "2024"],
            ["Vulcan Elements", "USA", "Magnets", "10,000", "Announced", "2027"],
            ["e-VAC", "USA (South Carolina)", "Magnets", "1,500", "Construction", "2025"],
            ["Niron Magnetics", "USA", "Iron nitride (RE-free)", "1,500", "Pilot", "2026"],
            ["KSM Metals", "Korea", "Metal & alloy", "1,200", "Operating", "—"],
            ["Solvay/Carester", "France (Lacq)", "Separation + recycling", "2,000", "Construction", "2026"]]
    B += [("table", proj, 7),
          ("p", "Note on methodology: capacities are those announced by the companies; we apply a 30–60 % haircut for projects without offtake or financing. We do not assess the technical routes of individual projects.")]
    # region sections to lengthen
    regions = [("6. China", "Consolidation into China Rare Earth Group and Northern Rare Earth is complete. Northern operates the Bayan Obo light rare-earth base in Baotou, Inner Mongolia; China Rare Earth Group holds most southern ionic clay operations in Jiangxi, Guangdong, Guangxi and Fujian. Magnet making is dispersed among more than 200 producers, with the top ten (JL Mag, Zhong Ke San Huan, Ningbo Yunsheng, Zhenghai, Yinhe, Tianhe, Baotou Tianhe, Innuovo, Jingci, Dadi Xiongyue) holding about 55 % of output. Capacity utilisation in 2025 is estimated at 72 %. Domestic prices are set by a combination of Northern Rare Earth's monthly listed prices and spot trading on platforms in Baotou and Ganzhou."),
               ("7. Myanmar and South-East Asia", "Myanmar's Kachin State became China's largest source of ionic clay feed after 2019, supplying 40–60 kt of mixed rare-earth carbonate (REO basis ~ 25–40 kt) annually. Supply is repeatedly interrupted by conflict and border closures. Laos and Malaysia have emerging ionic clay projects; Vietnam holds large reserves but production remains small after the 2023 arrests at several operators."),
               ("8. United States", "The US Department of Defense has funded heavy rare-earth separation, magnet capacity and a price floor arrangement for NdPr under an offtake contract announced in July 2025. Section 232 investigations into processed critical minerals and their derivative products were launched in April 2025. The Inflation Reduction Act's sourcing rules for EV tax credits apply to battery materials, not magnets, but OEMs are nonetheless qualifying non-Chinese magnets."),
               ("9. Europe", "The Critical Raw Materials Act sets non-binding benchmarks: 10 % extraction, 40 % processing and 25 % recycling of annual consumption by 2030, with no more than 65 % from a single third country for any strategic raw material. Magnet projects in Estonia, Germany, Slovenia and France are progressing, but Europe still imports about 98 % of its NdFeB magnets."),
               ("10. Japan and Korea", "Japan has diversified since 2010 through JOGMEC investment in Lynas and in-house reduction of heavy rare earths by Japanese magnet makers. Korea is building stockpiles through KOMIR and supporting metal-making at KSM Metals.")]
    for h, t in regions:
        B += [("h1", h), ("p", t), ("p", t.split(".")[0] + ". Our base case assumes no material change in this picture before 2027; upside and downside scenarios are shown in section 12."),
              ("p", "Key indicators we track for this region: announced capacity versus commissioned capacity, feedstock contracts, government support (grants, loans, offtake and price floors), permitting milestones, and customer qualification of output. We also track the share of output committed to automotive customers, since automotive qualification typically takes 18–30 months and is the main bottleneck for new magnet entrants. Risks include permitting delays, cost overruns, shortage of experienced operators and the new Chinese restrictions on technology and personnel."),
              ("table", [["Indicator", "2023", "2024", "2025E", "2027F"], ["Oxide output (kt REO)", f"{rnd.uniform(1,60):.1f}", f"{rnd.uniform(1,65):.1f}", f"{rnd.uniform(1,70):.1f}", f"{rnd.uniform(2,90):.1f}"],
                         ["Magnet output (kt)", f"{rnd.uniform(0,200):.1f}", f"{rnd.uniform(0,220):.1f}", f"{rnd.uniform(0,240):.1f}", f"{rnd.uniform(1,280):.1f}"],
                         ["Magnet demand (kt)", f"{rnd.uniform(5,160):.1f}", f"{rnd.uniform(5,170):.1f}", f"{rnd.uniform(5,180):.1f}", f"{rnd.uniform(6,210):.1f}"]], 7.5)]
    B += [("h1", "11. Export controls and trade policy"),
          ("p", "April 2025: MOFCOM/GAC Announcement No. 18 placed Sm, Gd, Tb, Dy, Lu, Sc and Y items under licence. October 2025: Announcement No. 61 introduced a de minimis rule (0.1 % value) for foreign-made items containing Chinese-origin rare earths, and No. 62 placed rare-earth mining, separation, metal, magnet-making and recycling technology under control code 1E902, including technology for assembly, commissioning, maintenance, repair and upgrade of production lines. The technology controls are the broadest to date and will affect engineering services, joint ventures and hiring of Chinese technicians by foreign projects. Following the November 2025 US–China trade understanding some measures in No. 61 were suspended for one year; No. 62 remains in force in our reading."),
          ("h1", "12. Scenarios"),
          ("table", [["Scenario", "NdPr oxide 2027 (CNY/t)", "Ex-China magnet share 2030", "Probability"],
                     ["Base", "480,000–540,000", "14 %", "55 %"], ["Tight (controls broaden)", "620,000+", "18 %", "25 %"],
                     ["Loose (controls relaxed, demand soft)", "380,000–420,000", "10 %", "20 %"]]),
          ("h1", "Appendix A — Company profiles (selected)")]
    comps = [("China Northern Rare Earth", "Baotou; light RE concentrate from Bayan Obo; separation, metal; NdPr oxide listed price setter."),
             ("China Rare Earth Group", "Ganzhou; southern ionic clays; heavy RE; formed 2021 from Chinalco, Minmetals and Ganzhou assets."),
             ("JL Mag Rare-Earth", "Ganzhou; largest sintered NdFeB maker for EVs and wind; plants in Ganzhou, Baotou, Ningbo, Mexico (planned)."),
             ("Lynas Rare Earths", "Mt Weld concentrate, Kalgoorlie cracking, Kuantan separation; first heavy RE separated outside China in 2025."),
             ("MP Materials", "Mountain Pass mine and separation; Fort Worth magnet plant; DoD price-floor agreement 2025."),
             ("Shin-Etsu Chemical", "Integrated separation (Japan) and magnet production; SmCo and NdFeB."),
             ("Vacuumschmelze (VAC)", "Hanau, Germany; NdFeB and SmCo; US plant in South Carolina (e-VAC)."),
             ("Neo Performance Materials", "Separation in Estonia (Silmet), bonded powders (Magnequench), sintered magnets Narva.")]
    B += [("table", [["Company", "Profile"]] + [list(c) for c in comps], 7)]
    B += extra_report_blocks()
    B += [("small", "Disclaimer: This report is based on public information and the analyst's judgement. It contains no proprietary technical information about any company's production processes. © Halvorsen Metals Research 2025.")]
    return B

def extra_report_blocks():
    rnd = random.Random(62)
    B = [("pb",), ("h1", "Appendix B — China magnet exports by destination (t, monthly)")]
    dests = ["Germany", "USA", "Korea", "Japan", "Vietnam", "India", "Italy", "Thailand", "Mexico", "Poland"]
    tb = [["Month"] + dests + ["Total"]]
    for y in (2024, 2025):
        for m in range(1, 13):
            if y == 2025 and m > 9:
                break
            vals = [rnd.randint(300, 900) if d in ("Germany", "USA", "Korea") else rnd.randint(60, 450) for d in dests]
            if y == 2025 and m in (4, 5):
                vals = [int(v * 0.45) for v in vals]
            tb.append([f"{y}-{m:02d}"] + [f"{v:,}" for v in vals] + [f"{sum(vals):,}"])
    B += [("table", tb, 6.5),
          ("p", "Exports fell sharply in April–May 2025 after licensing of medium and heavy rare earths, as magnets containing Dy or Tb required licences for each shipment. Volumes recovered from June as licences were issued, but the approval time (typically 30–45 working days) continues to add inventory cost for importers. Germany and the USA remain the two largest destinations; Vietnam, India and Mexico are growing fastest, reflecting motor assembly relocating from China."),
          ("h1", "Appendix C — Oxide and metal price statistics"),
          ("p", "Annual averages and volatility (standard deviation of monthly changes). Domestic China prices, VAT included, except where noted as FOB.")]
    st = [["Product", "2021", "2022", "2023", "2024", "2025 YTD", "Volatility (σ, %/month)"]]
    for p, vals in [("NdPr oxide (kCNY/t)", (595, 902, 520, 395, 468)), ("Nd metal (kCNY/t)", (760, 1110, 640, 487, 572)),
                    ("Dy oxide (CNY/kg)", (2680, 2510, 2310, 1790, 1640)), ("Tb oxide (CNY/kg)", (9350, 14600, 9800, 6150, 7020)),
                    ("La oxide (CNY/t)", (9800, 8400, 5100, 4100, 4050)), ("Ce oxide (CNY/t)", (9700, 8500, 6400, 7200, 7400)),
                    ("Sm oxide (CNY/t)", (15000, 16000, 14500, 14000, 15500)), ("Gd oxide (kCNY/t)", (235, 290, 235, 158, 170)),
                    ("Dy oxide FOB (USD/kg)", (405, 390, 340, 255, 610)), ("Tb oxide FOB (USD/kg)", (1350, 2100, 1400, 880, 2450))]:
        st.append([p] + [f"{v:,}" for v in vals] + [f"{rnd.uniform(3.5, 9.5):.1f}"])
    B += [("table", st, 7)]
    profiles = [
        ("Northern Rare Earth", "The largest light rare-earth producer, integrated from the Bayan Obo deposit (mined by its parent Baotou Steel) through concentrate, separation, metal and downstream materials including magnet alloys, polishing powder and hydrogen-storage alloys. The company publishes monthly listed prices that act as a domestic benchmark. 2024 revenue CNY 33 bn; net profit fell 60 % on lower prices, and recovered in 2025."),
        ("China Rare Earth Group", "Formed in December 2021, controlling most of the southern ionic-clay quota and several separation plants in Jiangxi, Guangdong and Guangxi. It is the main domestic source of dysprosium and terbium and a large buyer of Myanmar feed. Listed subsidiary China Rare Earth Resources and Technology reports separately."),
        ("JL Mag", "Sintered NdFeB leader in EV traction and wind, with 40 kt/yr capacity across Ganzhou, Baotou and Ningbo and a plant under construction in Mexico. Customers include major European and US automakers. Has disclosed wide use of grain-boundary techniques to cut heavy rare-earth consumption."),
        ("Lynas", "The only significant producer of separated rare earths outside China at scale, with concentrate from Mt Weld (WA), cracking and leaching at Kalgoorlie and separation at Kuantan, Malaysia. In 2025 it produced separated dysprosium and terbium in Malaysia for the first time and is building a heavy rare-earth facility in Texas, subject to US government funding."),
        ("MP Materials", "Operates Mountain Pass (California), producing concentrate and NdPr oxide; commissioning a magnet plant in Fort Worth (Texas) to supply General Motors. In July 2025 it agreed with the US Department of Defense an equity investment, offtake and a price floor of USD 110/kg NdPr oxide for ten years."),
        ("Neo Performance Materials", "Owns Silmet separation in Sillamäe, Estonia, the Magnequench bonded-powder business in China and Thailand, and a new sintered magnet plant in Narva, Estonia, with first customer deliveries in 2025."),
        ("Shin-Etsu / Proterial / TDK", "Japanese magnet makers with high-end automotive positions; all import Chinese or Lynas oxides. Proterial (ex-Hitachi Metals) holds key NdFeB patents that have largely expired; licensing arrangements historically shaped the Chinese export market."),
        ("Recyclers", "HyProMag (UK, Germany, USA) uses hydrogen-based processing of end-of-life magnets; Noveon (Texas) makes magnets from recycled feed; Cyclic Materials (Canada) and Ionic Rare Earths (Belfast) focus on oxide recovery. Combined 2025 capacity is under 5 kt/yr of magnet-equivalent feed.")]
    B += [("h1", "Appendix D — Company notes")]
    for n, t in profiles:
        B += [("h2", n), ("p", t)]
    projs = [("Mt Weld", "Australia", "Lynas", "Operating", "carbonatite", 2.0), ("Mountain Pass", "USA", "MP Materials", "Operating", "carbonatite (bastnäsite)", 2.1),
             ("Bayan Obo", "China", "Baotou Steel / Northern RE", "Operating", "iron–REE–Nb", 5.0), ("Maoniuping", "China", "China RE Group", "Operating", "carbonatite", 2.6),
             ("Weishan", "China", "Shandong", "Operating", "carbonatite", 3.5), ("Kachin clays", "Myanmar", "various", "Operating", "ion-adsorption clay", 0.1),
             ("Nolans", "Australia", "Arafura", "Development", "phosphate-hosted", 2.6), ("Eneabba", "Australia", "Iluka", "Construction", "monazite stockpile", 20.0),
             ("Yangibana", "Australia", "Hastings", "Development", "ironstone", 0.9), ("Browns Range", "Australia", "Northern Minerals", "Pilot", "xenotime", 0.6),
             ("Steenkampskraal", "South Africa", "SRE", "Development", "monazite vein", 14.0), ("Phalaborwa", "South Africa", "Rainbow RE", "Development", "phosphogypsum", 0.4),
             ("Songwe Hill", "Malawi", "Mkango", "Development", "carbonatite", 1.4), ("Ngualla", "Tanzania", "Peak Rare Earths", "Development", "carbonatite", 4.8),
             ("Kvanefjeld", "Greenland", "Energy Transition Minerals", "Blocked", "alkaline", 1.1), ("Tanbreez", "Greenland", "Critical Metals", "Development", "alkaline", 0.4),
             ("Norra Kärr", "Sweden", "Leading Edge", "Development", "alkaline", 0.6), ("Per Geijer", "Sweden", "LKAB", "Exploration", "apatite–iron", 0.2),
             ("Fen", "Norway", "Rare Earths Norway", "Exploration", "carbonatite", 1.1), ("Serra Verde", "Brazil", "Serra Verde", "Operating", "ion-adsorption clay", 0.15),
             ("Caldeira", "Brazil", "Meteoric", "Development", "ion-adsorption clay", 0.25), ("Araxá", "Brazil", "St George", "Exploration", "carbonatite", 4.1),
             ("Makuutu", "Uganda", "Ionic RE", "Development", "ion-adsorption clay", 0.06), ("Tantalus", "Madagascar", "Reenova", "Exploration", "ion-adsorption clay", 0.09),
             ("Lofdal", "Namibia", "Namibia Critical Metals", "Development", "carbonatite (HREE)", 0.3), ("Bear Lodge", "USA", "Rare Element Resources", "Pilot", "carbonatite", 3.0),
             ("Round Top", "USA", "USA Rare Earth", "Development", "rhyolite", 0.05), ("Halfmile/Strange Lake", "Canada", "Torngat", "Development", "alkaline", 0.9),
             ("Nechalacho", "Canada", "Vital Metals", "Pilot", "alkaline", 1.5), ("Dong Pao", "Vietnam", "Lai Chau", "Suspended", "carbonatite", 2.9),
             ("Khanneshin", "Afghanistan", "—", "Undeveloped", "carbonatite", 1.0), ("Tomtor", "Russia", "ThreeArc", "Development", "weathered carbonatite", 7.0),
             ("Lovozero", "Russia", "Solikamsk", "Operating", "loparite", 1.1), ("Chuktukon", "Russia", "—", "Exploration", "laterite", 7.0)]
    B += [("h1", "Appendix E — Global project database (selected)"),
          ("table", [["Project", "Country", "Owner", "Status", "Deposit type", "Grade (% TREO)"]] + [[a, b, c, d, e, f"{g}"] for a, b, c, d, e, g in projs], 7),
          ("p", "Grades are the resource averages published by owners; they are not directly comparable between clay and hard-rock deposits, because ion-adsorption clays are economic at grades of 0.05–0.2 % TREO owing to their simple extraction and high heavy rare-earth share, while hard-rock deposits need grades above about 1.5 %.")]
    B += [("h1", "Appendix F — Methodology and glossary"),
          ("p", "Supply figures combine company disclosures, customs data (China General Administration of Customs, Japan MoF, Eurostat Comext) and interviews with traders. Demand is modelled bottom-up by application using unit magnet content and production forecasts. Prices are monthly averages of assessed prices; where several assessments exist we use the mean."),
          ("table", [["Term", "Meaning"], ["REO / TREO", "Rare-earth oxide / total rare-earth oxide, the usual unit for ore and concentrate tonnage"],
                     ["NdPr (PrNd)", "Mixed praseodymium–neodymium oxide or metal, the main magnet feedstock"], ["LREE / HREE", "Light / heavy rare-earth elements"],
                     ["MREC", "Mixed rare-earth carbonate, intermediate product sold to separators"], ["GBD", "Grain-boundary diffusion, a magnet-making technique that reduces Dy/Tb use"],
                     ["Sintered / bonded", "The two main NdFeB magnet product families"], ["De minimis rule", "Licensing threshold based on value share of controlled content (0.1 % under MOFCOM No. 61)"],
                     ["Quota", "China's annual mining and smelting/separation control indicators"]], 7.5),
          ("p", "Analyst certification: the views expressed accurately reflect the analyst's personal views. No part of compensation is related to specific recommendations.")]
    return B

def clear_docs_3():
    # 14 --------------------------------------------------------- long market report (en pdf)
    write_pdf("HMR_RareEarth_Magnet_Outlook_Nov2025.pdf", market_report_blocks(), title="Rare Earths & Permanent Magnets Outlook",
              author="Halvorsen Metals Research", date="2025-11-10", header="Halvorsen Metals Research — Subscriber edition", footer="HMR RE-2025-11")
    label("HMR_RareEarth_Magnet_Outlook_Nov2025.pdf", carrier="other", lang="en",
          note="Long market report naming all stages, prices, quotas, companies, regulation; no know-how")

    # 15 --------------------------------------------------------- zh weekly report docx
    rnd = random.Random(7)
    tbl = [["品名", "规格", "11月14日均价", "11月21日均价", "周涨跌"]]
    for nm, spec, base, unit in [("氧化镨钕", "≥99%", 498000, "元/吨"), ("镨钕金属", "≥99%", 608000, "元/吨"), ("氧化镝", "≥99.5%", 1585, "元/公斤"),
                                 ("镝铁合金", "≥99.5% Dy80%", 1560, "元/公斤"), ("氧化铽", "≥99.99%", 6480, "元/公斤"), ("金属铽", "≥99.9%", 8050, "元/公斤"),
                                 ("氧化镧", "≥99%", 4100, "元/吨"), ("氧化铈", "≥99%", 7300, "元/吨"), ("氧化钆", "≥99.5%", 168000, "元/吨"), ("钬铁合金", "≥99% Ho80%", 512000, "元/吨")]:
        ch = rnd.uniform(-0.04, 0.05)
        tbl.append([nm, spec, f"{base:,} {unit}", f"{base*(1+ch):,.0f} {unit}", f"{ch*100:+.1f}%"])
    write_docx("稀土市场周报_第47周.docx", [
        ("title", "稀土市场周报（2025年第47周）"),
        ("p", "采购部 市场信息组　　2025年11月21日　　内部参考"),
        ("h1", "一、本周概述"),
        ("p", "本周稀土市场整体偏强运行。北方稀土11月挂牌价上调，镨钕产品带动市场情绪；下游磁材企业以刚需采购为主，询单较上周增加。缅甸矿进口受边境口岸通关影响，本周到港量偏少，南方分离企业原料偏紧。"),
        ("h1", "二、主要产品价格"),
        ("table", tbl),
        ("h1", "三、供需面"),
        ("b", ["供应：据统计10月我国稀土矿进口量约1.2万吨（实物量），环比下降18%；氧化镨钕产量约7,900吨，环比持平。",
               "需求：新能源汽车10月产量同比增长约30%，风电装机进入年底抢装期，磁材企业开工率约75%–80%。",
               "政策：商务部2025年第61、62号公告落地后，出口订单咨询增多，部分海外客户要求提供原产地及含量证明。公司法务部已发布内部合规提示，涉及技术资料对外提供的一律走审批流程。"]),
        ("h1", "四、后市判断及采购建议"),
        ("p", "预计下周镨钕价格在49–51万元/吨区间震荡偏强。建议：1）镨钕金属按月度计划分批采购，不追高；2）镝铁库存可维持1.5个月用量；3）铽价波动较大，维持现有长协，暂不增加现货采购。"),
        ("p", "数据来源：上海有色网、亚洲金属网、百川盈孚，仅供内部参考。"),
    ], author="采购部 刘洋", title="稀土市场周报", date="2025-11-21")
    label("稀土市场周报_第47周.docx", carrier="other", lang="zh", note="Purchasing dept weekly RE price/market report")

    # 16 --------------------------------------------------------- price CSV (GB18030)
    rows = [["日期", "品名", "规格", "最低价", "最高价", "均价", "单位", "来源"]]
    rnd = random.Random(11)
    d0 = datetime.date(2025, 10, 8)
    base = {"氧化镨钕": 470000, "镨钕金属": 575000, "氧化镝": 1610, "氧化铽": 6600, "钕铁硼毛坯N35": 178, "钕铁硼毛坯38SH": 262}
    unit = {"氧化镨钕": "元/吨", "镨钕金属": "元/吨", "氧化镝": "元/公斤", "氧化铽": "元/公斤", "钕铁硼毛坯N35": "元/公斤", "钕铁硼毛坯38SH": "元/公斤"}
    for k in range(30):
        d = d0 + datetime.timedelta(days=k)
        if d.weekday() >= 5:
            continue
        for nm in base:
            base[nm] *= 1 + rnd.uniform(-0.012, 0.015)
            lo, hi = base[nm] * 0.99, base[nm] * 1.01
            fmt = (lambda v: f"{v:.0f}")
            rows.append([d.isoformat(), nm, "≥99%" if "氧化" in nm or "金属" in nm else "毛坯", fmt(lo), fmt(hi), fmt((lo + hi) / 2), unit[nm], "SMM"])
    write_csv("稀土价格导出_20251008-20251106.csv", rows, enc="gb18030")
    label("稀土价格导出_20251008-20251106.csv", carrier="parameter-sheet", lang="zh",
          note="GB18030 CSV export of daily RE oxide/metal/magnet-blank prices")

def clear_docs_4():
    # 17 --------------------------------------------------------- law firm alert (en docx)
    write_docx("Client_Alert_China_RareEarth_Technology_Export_Controls_Oct2025.docx", [
        ("title", "Client Alert: China Extends Export Controls to Rare-Earth Technology and Foreign-Made Items"),
        ("p", "Trade & Sanctions Practice · 13 October 2025"),
        ("p", "On 9 October 2025 China's Ministry of Commerce (MOFCOM) issued Announcements No. 61 and No. 62 of 2025. Together they (i) impose licensing on certain foreign-produced items that contain, integrate or are mixed with Chinese-origin rare-earth materials at or above 0.1 % of value, or that are produced with Chinese-origin rare-earth technology, and (ii) control the export of technology for rare-earth mining, smelting and separation, metal smelting, magnet manufacturing and recycling of secondary rare-earth resources, under new control code 1E902."),
        ("h1", "What is controlled under Announcement No. 62"),
        ("b", ["1E902.a — technologies and their carriers relating to the five stages. 'Carriers' include design drawings, process specifications, process parameters, processing programs and simulation data.",
               "1E902.b — technologies for assembly, commissioning, maintenance, repair and upgrading of production lines for those stages.",
               "Magnet manufacturing is limited to samarium-cobalt, NdFeB and cerium magnets.",
               "Technology already in the public domain, technology used in basic scientific research and the minimum necessary for ordinary patent applications are excluded."]),
        ("h1", "What 'export' means"),
        ("p", "The definition is very broad. It covers not only cross-border transfer but provision within China to foreign organisations or individuals, and transfer through licensing, investment, exchanges, exhibitions, testing, technical assistance, joint research, employment or consulting. In practice, a Chinese engineer seconded to a foreign plant, a shared engineering drive accessible from a foreign affiliate, or a plant audit by a foreign customer that includes process walkthroughs may each constitute an export."),
        ("h1", "What is probably not caught"),
        ("p", "In our view, ordinary commercial documents — purchase orders and specifications for magnets or oxides, datasheets stating magnetic properties, price lists, certificates of analysis and incoming inspection reports — do not convey production technology and are not 'carriers'. Likewise, product designs that use purchased magnets (motors, sensors, MRI systems) are outside scope. However, companies should review attachments carefully: a supplier's technical appendix with sintering or heat-treatment parameters would be a carrier even if attached to a sales document."),
        ("h1", "Recommended actions"),
        ("n", ["Map technology flows with Chinese affiliates, suppliers and JV partners, including engineering support and audit practices.",
               "Classify documents held in shared repositories; restrict access by foreign nationals where needed.",
               "Update supplier contracts: require suppliers to mark controlled technical data and to confirm licences.",
               "For foreign projects recruiting Chinese technicians, obtain advice before onboarding.",
               "Monitor suspensions: on 7 November 2025 MOFCOM announced a one-year suspension of certain measures in Announcement No. 61; No. 62 was not included."]),
        ("p", "This alert is for general information only and does not constitute legal advice. Please contact the authors for advice on specific circumstances."),
    ], author="Trade & Sanctions Practice", title="Client Alert", date="2025-10-13")
    label("Client_Alert_China_RareEarth_Technology_Export_Controls_Oct2025.docx", carrier="other", lang="en",
          note="Law firm alert summarising MOFCOM 61/62 and 1E902 scope")

    # 18 --------------------------------------------------------- commentary (zh-HK md)
    md = """# 稀土技術出口管制：港資貿易商要留意的五件事

*陳嘉慧　｜　《商貿合規通訊》專欄　｜　2025年10月20日*

商務部第62號公告把稀土**開採、冶煉分離、金屬冶煉、磁材製造、二次資源回收**五個環節的技術，連同生產線的裝配、調試、維護、維修及升級技術，一併納入管制（管制編碼 1E902）。不少在香港做稀土氧化物及磁鐵轉口的客戶來問：我們只是買賣貨物，有沒有影響？

## 一、買賣貨物本身不等於出口技術
採購合同、發票、裝箱單、報關單、品質證明書（CoA）這類文件，列出的是**產品**的成分和性能，例如氧化鐠釹純度 99.5%、N42SH 的剩磁和矯頑力，這些都不是「如何生產」的技術。一般而言不屬於第62號公告所指的技術載體。

## 二、但要小心「附件」
實務上最常見的風險，是供應商為了促成交易，把工藝參數、燒結曲線或者設備調試資料夾在報價或技術協議裏面，再由貿易商轉發給海外客戶。轉發這一下，貿易商本身就可能成為「出口經營者」。建議內部規定：凡收到含工藝內容的附件，一律先交合規同事判斷。

## 三、香港本地提供給外國人也算
公告所指的出口，包括在境內向外國組織或個人提供。香港公司雖然在中國內地以外，但如果你的內地子公司把資料交給香港辦公室的外籍同事，仍要評估。

## 四、第61號公告的 0.1% 規則
第61號公告針對境外生產、含中國原產稀土物料價值 0.1% 或以上的特定物項。11月初已宣佈部分措施暫停一年，但第62號公告的技術管制不在暫停範圍內。

## 五、合規措施清單
- 建立文件分級：商業文件 / 技術文件；
- 在 e-mail 系統設置關鍵字提示（例如「燒結」「氫碎」「萃取段數」等），由人工覆核；
- 對海外客戶的工廠參觀、技術交流安排事先審批；
- 保存好判斷記錄，以便日後向商務部諮詢或解釋。

> 作者為執業律師，本文僅屬一般資訊，不構成法律意見。
"""
    write_text("稀土技術出口管制_港資貿易商要留意的五件事.md", md)
    label("稀土技術出口管制_港資貿易商要留意的五件事.md", carrier="other", lang="zh",
          note="HK traditional-Chinese compliance column on 1E902; quotes regulation only")

    # 19 --------------------------------------------------------- CV en docx (clear)
    write_docx("CV_Rajesh_Menon_Hydrometallurgist.docx", [
        ("title", "Rajesh Menon"),
        ("p", "Senior Process Metallurgist · Perth, WA · +61 4xx xxx 118 · r.menon.metallurgy@gmail.com"),
        ("h1", "Profile"),
        ("p", "Process metallurgist with 14 years in hydrometallurgy: copper SX-EW, nickel-cobalt HPAL refinery, and two years on a rare-earth project feasibility study. Strong in plant commissioning, solvent extraction circuit troubleshooting, metallurgical accounting and team leadership."),
        ("h1", "Key skills"),
        ("b", ["Solvent extraction (LIX 984N, Cyanex 272, D2EHPA, Versatic 10) — circuit operation, crud management, entrainment control",
               "Electrowinning and tankhouse management (copper cathode, cobalt)",
               "Pressure acid leach, atmospheric leach, precipitation, thickening and filtration",
               "Rare-earth value chain awareness: concentrate, cracking, separation, product specifications (NdPr oxide, MREC)",
               "Commissioning and ramp-up; HAZOP, MOC, SAP PM; METSIM / SysCAD model review",
               "Sintering furnace operation (pelletising plant, early career)"]),
        ("h1", "Experience"),
        ("p", "2021–present · Senior Metallurgist, Owner's Team — Rare-earth project (feasibility to FID), Western Australia\nRepresented the owner in reviewing the EPCM's process design criteria and the vendor test-work reports; coordinated marketing samples of mixed rare-earth carbonate with offtake partners; prepared operating-cost inputs. (Process details are confidential to the project.)"),
        ("p", "2015–2021 · Superintendent SX/EW — Nickel-cobalt refinery, Kwinana\nRan a 6-stage Cyanex 272 cobalt–nickel separation circuit and cobalt EW; reduced organic losses by 35 %; led a team of 22."),
        ("p", "2010–2015 · Metallurgist — Copper heap leach SX-EW, Chile and Zambia\nDaily SX optimisation (two extraction, one strip stage), tankhouse current efficiency from 88 % to 92 %."),
        ("h1", "Education"),
        ("p", "MSc Extractive Metallurgy, Curtin University (2010)\nBE Chemical Engineering, NIT Tiruchirappalli (2007)"),
        ("h1", "Languages"),
        ("p", "English (fluent), Hindi, Malayalam, basic Mandarin"),
        ("p", "References available on request."),
    ], author="Rajesh Menon", title="CV", date="2025-09-02")
    label("CV_Rajesh_Menon_Hydrometallurgist.docx", carrier="other", lang="en",
          note="CV listing SX and sintering skills and a RE project role, no process details")

    # 20 --------------------------------------------------------- CV zh docx (clear)
    write_docx("个人简历-张伟-磁材工艺工程师.docx", [
        ("title", "个人简历"),
        ("table", [["姓名", "张伟", "性别", "男"], ["出生年月", "1991.04", "籍贯", "浙江宁波"],
                   ["学历", "硕士", "专业", "材料科学与工程"], ["电话", "139xxxx6627", "邮箱", "zhangwei91@163.com"],
                   ["求职意向", "磁材工艺/技术工程师", "期望薪资", "面议"]]),
        ("h1", "教育背景"),
        ("p", "2013.09–2016.06  江西理工大学  材料科学与工程  硕士\n2009.09–2013.06  中南大学  冶金工程  学士"),
        ("h1", "工作经历"),
        ("p", "2019.07–至今  某磁性材料股份有限公司  工艺工程师\n· 负责烧结车间工艺管理，参与产品良率提升项目，车间综合良率由 91.2% 提升至 95.6%；\n· 参与 IATF 16949 体系审核，负责工艺文件（PFMEA、控制计划）编写与更新；\n· 配合销售部完成汽车客户的 PPAP 提交及现场审核；\n· 带教新员工 20 余人。"),
        ("p", "2016.07–2019.06  某粉末冶金有限公司  技术员\n· 负责铁基结构件压制与网带炉烧结的日常工艺控制；\n· 参与 MIM 新产品导入。"),
        ("h1", "专业技能"),
        ("b", ["熟悉钕铁硼烧结磁体生产全流程（熔炼、制粉、成型、烧结、机加工、表面处理）及质量控制要点；",
               "熟悉真空烧结炉、气流磨、磁场成型压机等设备的操作与维护管理；",
               "熟悉 SPC、MSA、8D、六西格玛绿带；",
               "熟练使用 AutoCAD、Minitab、Office；英语 CET-6。"]),
        ("h1", "荣誉证书"),
        ("p", "2022 年度公司优秀员工；六西格玛绿带证书；中级工程师职称。"),
        ("h1", "自我评价"),
        ("p", "工作踏实，沟通能力强，有较强的数据分析和问题解决能力，能适应出差。"),
    ], author="张伟", title="个人简历", date="2025-08-18")
    label("个人简历-张伟-磁材工艺工程师.docx", carrier="other", lang="zh",
          note="CV of NdFeB process engineer naming process stages and equipment but no parameters")

    # 21 --------------------------------------------------------- training syllabus (en pptx)
    write_pptx("Onboarding_Syllabus_Operations_Academy_2026.pptx", [
        ("Operations Academy 2026", None, "New-hire technical onboarding · Plant HR & Training · confidential to employees"),
        ("Programme overview", ["12 weeks, 3 days classroom + 2 days on the floor per week",
                                "Target group: new operators, technicians and graduate engineers",
                                "Assessment: written test + supervised practical sign-off",
                                "Owner: Training Coordinator (HR); content owners: area managers"]),
        ("Module map", {"table": [["Week", "Module", "Content owner", "Hours"],
                                  ["1", "Site safety, PPE, permit to work, LOTO", "HSE", "16"],
                                  ["2", "Chemistry basics & lab safety; SDS reading", "QC Lab", "12"],
                                  ["3–4", "Solvent extraction: principles, mixer-settler operation, crud", "Separation area", "24"],
                                  ["5", "Precipitation, filtration, calcining — overview", "Separation area", "12"],
                                  ["6–7", "Magnet plant overview: powder, pressing, sintering furnace operation", "Magnet area", "24"],
                                  ["8", "Machining, coating, magnetising & inspection", "Magnet area", "12"],
                                  ["9", "Maintenance basics: pumps, vacuum systems, PLC/HMI alarms", "Maintenance", "16"],
                                  ["10", "Quality system: SPC, 8D, traceability", "Quality", "12"],
                                  ["11", "Export control & information security", "Legal/Compliance", "4"],
                                  ["12", "Practical sign-off & graduation", "Area managers", "16"]]}),
        ("Learning outcomes", ["Work safely in chemical and furnace areas",
                               "Explain the purpose of each area in the plant and how they connect",
                               "Follow work instructions (WI) — the WIs themselves are issued by area, not in this course",
                               "Recognise abnormal conditions and escalate",
                               "Handle technical documents according to classification (internal / restricted)"]),
        ("Logistics", ["Classroom: Training Centre Room 2", "Course material on LMS; restricted WIs only on the controlled document system",
                       "Contact: training@plant.local, ext. 2231"]),
    ], author="HR Training", title="Operations Academy 2026", date="2025-11-03")
    label("Onboarding_Syllabus_Operations_Academy_2026.pptx", carrier="other", lang="en",
          note="Training syllabus listing SX and sintering furnace operation modules, no process content")

def clear_docs_5():
    # 22 --------------------------------------------------------- motor rotor design (en pdf)
    write_pdf("IPM_Rotor_Design_Review_TM220_RevB.pdf", [
        ("title", "TM220 Traction Motor — Rotor Electromagnetic & Mechanical Design Review (Rev B)"),
        ("p", "E-Drive Engineering · Design review DR-3 · 22 Sep 2025 · Participants: motor EM team, mechanical, supplier quality, purchasing"),
        ("h1", "1. Machine summary"),
        ("table", [["Item", "Value"], ["Topology", "8-pole IPM, double-V magnet layout, 48 slots, hairpin winding"],
                   ["Peak / continuous power", "220 kW / 110 kW"], ["Max speed", "18,000 rpm"], ["DC link", "800 V"],
                   ["Stator OD / stack", "220 mm / 150 mm"], ["Rotor OD / airgap", "149.4 mm / 0.7 mm"],
                   ["Lamination", "0.25 mm NO20, rotor and stator"], ["Cooling", "oil spray on end windings + hollow shaft"]]),
        ("h1", "2. Magnets (purchased parts)"),
        ("table", [["Parameter", "Outer V", "Inner V"], ["Grade", "N45UH (GBD, Dy-free surface Tb)", "N42SH"],
                   ["Dimensions (mm)", "24.0 × 4.6 × 25.0", "18.5 × 5.0 × 25.0"], ["Segments per pole per layer", "2 × 6 axial", "2 × 6 axial"],
                   ["Tolerance", "±0.03 (W, T), ±0.05 (L)", "±0.03 (W, T), ±0.05 (L)"], ["Coating", "phosphated", "phosphated"],
                   ["Mass per rotor", "1.31 kg", "1.06 kg"], ["Supplier / drawing", "Supplier A, MAG-220-01", "Supplier A, MAG-220-02"]]),
        ("p", "Magnets are bought magnetised-off (unmagnetised is not practical for double-V). Axial segmentation into 6 pieces of 25 mm reduces eddy-current loss at 18,000 rpm from 410 W to 95 W (FEA, 3D, peak power point). Magnet sizes have been frozen with supplier A; any change triggers re-PPAP."),
        ("h1", "3. Demagnetisation check"),
        ("p", "Worst case: 3-phase short circuit at 160 °C magnet temperature, 1.2 × peak current. Minimum working point on N45UH outer magnets: −1.02 T·(μ0H) at corners; knee at 160 °C ≈ −1.35 T. Irreversible loss < 0.5 % (requirement < 1 %). Inner V (N42SH) sees lower field, margin 0.21 T. PASS."),
        ("h1", "4. Mechanical"),
        ("p", "Bridge thickness 1.2 mm, centre post 1.6 mm. Von Mises stress at 21,600 rpm overspeed: 412 MPa (yield of NO20 at 150 °C = 455 MPa), safety factor 1.10 — marginal; action to add a 0.2 mm fillet (R0.8 → R1.0). Magnets are fixed with single-component epoxy (Loctite AA 3504-type) injected after insertion; cure 30 min at 150 °C."),
        ("h1", "5. Cost & supply"),
        ("table", [["Item", "Price basis", "Cost per rotor (USD)"], ["N45UH magnets 1.31 kg", "USD 118/kg (NdPr index Q3)", "154.6"],
                   ["N42SH magnets 1.06 kg", "USD 74/kg", "78.4"], ["Adhesive & injection", "", "3.1"], ["Total magnet content", "", "236.1"]]),
        ("p", "Purchasing note: supplier A quotes with a quarterly NdPr oxide and Tb metal index. Second source (supplier B) sample parts due week 46. Supplier must provide CoA per lot: Br, HcJ at 20 °C and 150 °C, dimensions, coating weight."),
        ("h1", "6. Actions"),
        ("table", [["#", "Action", "Owner", "Due"], ["1", "Bridge fillet R1.0, re-run stress", "Mech", "W41"], ["2", "Update magnet drawing for chamfer 0.2×45°", "EM", "W41"],
                   ["3", "Request supplier B samples + PPAP level 3", "SQ", "W46"], ["4", "Thermal test on motor dyno, magnet temp via telemetry", "Test", "W50"]]),
    ], title="TM220 rotor design review", author="E-Drive Engineering", date="2025-09-22", header="INTERNAL — E-Drive Engineering", footer="DR-3 TM220")
    label("IPM_Rotor_Design_Review_TM220_RevB.pdf", carrier="other", lang="en",
          note="Motor rotor design using purchased N45UH/N42SH magnets; demag/mechanical checks, no magnet manufacturing")

    # 23 --------------------------------------------------------- MRI magnet housing (en docx)
    write_docx("MRI_0.5T_open_magnet_yoke_design_note.docx", [
        ("title", "Design Note DN-0417: Yoke and Pole-Piece Housing for 0.5 T Open Permanent-Magnet MRI"),
        ("p", "Author: J. Whitfield (Mechanical) · Checked: S. Oyelaran (Magnet physics) · 3 June 2025"),
        ("h1", "Purpose"),
        ("p", "This note defines the steel yoke, pole plates and magnet housing for the C-arm open MRI (model OM-05). The permanent magnet blocks are purchased from an external supplier as finished, magnetised, epoxy-coated blocks; this note covers only how they are housed, located and shimmed in our assembly."),
        ("h1", "Magnet specification (purchased)"),
        ("table", [["Item", "Requirement"], ["Grade", "N40 (Br ≥ 1.26 T, HcJ ≥ 955 kA/m) or N38H"],
                   ["Block size", "50 × 50 × 25 mm, magnetised through 25 mm"], ["Quantity", "2 × 1,152 blocks (upper/lower pole)"],
                   ["Br spread within lot", "≤ ±0.8 % (sorted by supplier, labelled in 4 bins)"], ["Angle of magnetisation", "≤ 1.5° deviation"],
                   ["Total magnet mass", "≈ 2.1 t"]]),
        ("h1", "Housing"),
        ("b", ["Magnet trays: aluminium 6061-T6, 24 × 48 cells, cell wall 2 mm; blocks bonded with two-part epoxy, 0.1 mm gap.",
               "Pole plates: low-carbon steel S235, 40 mm thick, with anti-eddy laminated tiles (0.35 mm Si steel) on the imaging side.",
               "C-yoke: cast steel, cross-section 620 × 380 mm; mass 14.8 t; yoke flux density ≤ 1.45 T (FEA).",
               "Shim rings: Rose shim, adjustable iron slugs on 6 rings; passive shim target 40 ppm over 36 cm DSV.",
               "Temperature: magnet assembly kept at 30.0 ± 0.1 °C by heater mats; drift coefficient −0.12 %/K of B0 is compensated by the frequency lock."]),
        ("h1", "Assembly safety"),
        ("p", "Blocks are inserted one tray row at a time using the non-magnetic push fixture F-0417-03. Forces up to 1.8 kN per block near completed rows. Two-person rule; brass tools only; no watches or phones within 2 m. Completed trays are stored with 10 mm steel keeper plates."),
        ("h1", "Open points"),
        ("p", "1) Confirm supplier can deliver N38H alternative with same bin sorting. 2) Shim iron source: Armco pure iron vs. 1010. 3) Shipping: assembled magnet requires stray-field checks for air freight (not planned) and road transport escort."),
    ], author="J. Whitfield", title="DN-0417", date="2025-06-03")
    label("MRI_0.5T_open_magnet_yoke_design_note.docx", carrier="other", lang="en",
          note="MRI yoke/housing design using purchased N40 blocks")

    # 24 --------------------------------------------------------- wind generator (zh pptx)
    write_pptx("6.25MW永磁直驱发电机转子磁极方案评审.pptx", [
        ("6.25MW 永磁直驱发电机 转子磁极模块方案评审", None, "电机研究所 · 2025年7月 · 内部评审"),
        ("项目背景", ["海上风电平台 6.25 MW，额定转速 10.5 rpm，外转子结构",
                      "磁钢外购，采用模块化磁极（磁钢+导磁底板+不锈钢护罩）",
                      "目标：磁钢用量较上一代降低 8%，现场可更换单个磁极模块"]),
        ("磁钢选型（外购件）", {"table": [["项目", "方案A", "方案B"], ["牌号", "N38SH", "N40SH（晶界扩散）"],
                                     ["单块尺寸 (mm)", "60×50×20", "60×50×18"], ["每极块数", "2×18", "2×18"],
                                     ["极数", "120", "120"], ["单台磁钢总重", "约 4.1 t", "约 3.7 t"],
                                     ["磁钢成本（按当期镨钕价）", "基准", "+3.5%"], ["推荐", "", "✓"]]}),
        ("磁极模块结构", ["导磁底板：Q345 钢，燕尾槽与转子磁轭配合",
                          "磁钢采用环氧胶粘接 + 316L 不锈钢护罩（0.8 mm）封装，灌封后真空检漏",
                          "磁钢表面防腐：供应商提供环氧涂层，盐雾 ≥ 500 h",
                          "模块充磁状态出厂，装配工装使用非导磁推进机构"]),
        ("电磁计算结果", {"table": [["工况", "气隙磁密 (T)", "效率", "磁钢最高温度 (°C)", "退磁裕度"],
                                   ["额定", "0.92", "97.8%", "72", "—"], ["短路 (三相突然短路)", "—", "—", "85", "可逆，裕度 0.18 T"],
                                   ["高温 (环境 45°C)", "0.90", "97.6%", "91", "满足"]]}),
        ("下一步", ["与两家磁钢供应商确认 N40SH 的交货期与价格（商务部出口管制后海外项目需最终用户声明）",
                    "完成 1:1 磁极模块样件，做振动及盐雾试验",
                    "9 月完成工装设计评审"]),
    ], author="电机研究所", title="转子磁极方案评审", date="2025-07-16")
    label("6.25MW永磁直驱发电机转子磁极方案评审.pptx", carrier="other", lang="zh",
          note="Wind generator pole module design using purchased N38SH/N40SH magnets")

    # 25 --------------------------------------------------------- loudspeaker (en md)
    md = """# WF-165 mid-woofer — motor redesign (ferrite → neodymium)

Project: WF-165 Rev C · Acoustics team · Sep 2025

## Why
Customer wants the car-door woofer 180 g lighter and 9 mm shallower. The current ferrite motor (Y30BH ring, Ø100 × Ø50 × 15 mm) is the main mass.

## New motor
| Item | Rev B (ferrite) | Rev C (neo) |
|---|---|---|
| Magnet | Y30BH ring Ø100/Ø50 × 15 | **N42H disc Ø36 × 8**, Ni-Cu-Ni |
| Top plate | Ø100 × 6 mm 1010 | Ø42 × 5 mm 1010 with pole-piece cup |
| Gap flux (FEMM) | 0.98 T | 1.04 T |
| Bl | 6.8 T·m | 7.1 T·m |
| Motor mass | 612 g | 205 g |
| Depth | 62 mm | 53 mm |

Magnet is bought in (stock item from distributor, N42H chosen because door cavity reaches 95 °C in sun-soak test; N42 would lose too much at 100 °C). Glue: Loctite 330 + activator, 24 h cure before magnetising of the assembled motor? **No** — magnets come pre-magnetised, assemble with the jig WF-J12 and glue.

## Thermal
Voice coil max 180 °C short-term; magnet sees ≤ 110 °C in the 4 h pink-noise test at 60 W. Measured Bl drop after test: 0.6 % (reversible).

## Cost
Neo disc USD 0.92/pc at 50k/yr vs ferrite ring USD 0.41/pc; motor steel saving USD 0.35; net +USD 0.16 per driver. Accepted by program.

## TODO
- [ ] Re-tune crossover, Qts went 0.42 → 0.39
- [ ] Salt spray 96 h on assembled motor
- [ ] Ask purchasing to add NdPr price clause to supplier contract
"""
    write_text("WF-165_neo_motor_redesign.md", md)
    label("WF-165_neo_motor_redesign.md", carrier="other", lang="en", note="Loudspeaker motor redesign with purchased N42H disc")

    # 26 --------------------------------------------------------- hall sensor xlsx (mixed)
    rows = [["Pos", "Gap (mm)", "Bz FEA (mT)", "Bz measured (mT)", "Δ (%)", "Remark / 备注"]]
    rnd = random.Random(26)
    for k, gap in enumerate([0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0]):
        fea = 420 * (1 / (1 + (gap / 2.2) ** 2.1))
        meas = fea * (1 + rnd.uniform(-0.04, 0.04))
        rows.append([k + 1, gap, round(fea, 1), round(meas, 1), round((meas - fea) / fea * 100, 2), "OK" if abs(meas - fea) / fea < 0.035 else "复测"])
    bom = [["Item", "Part", "Spec / 规格", "Supplier", "Qty"],
           [1, "Target magnet 目标磁铁", "NdFeB N35, Ø6×3 mm, axial, NiCuNi, Hcj ≥ 955 kA/m", "外购 (distributor)", 1],
           [2, "Back-biasing magnet", "SmCo YXG-24, 3×3×2 mm, through 2", "外购", 1],
           [3, "Hall IC", "linear Hall, 2.5 mV/mT, SOT-23", "—", 1],
           [4, "Housing 外壳", "PBT-GF30, overmould", "in-house", 1],
           [5, "Adhesive", "UV-curing acrylic", "—", "0.02 g"]]
    write_xlsx("位置传感器磁路验证_HS-08.xlsx", [("Bz vs gap", rows), ("BOM", bom),
               ("Notes", [["Notes 说明"], ["测量仪器: Lakeshore 475 gaussmeter, axial probe, 20 °C"],
                          ["FEA: 2D axisymmetric, Br=1.19 T, μr=1.05"], ["Conclusion: N35 Ø6×3 meets ≥ 150 mT at 2.5 mm working gap; keep."]])],
               author="Sensor team", date="2025-04-11")
    label("位置传感器磁路验证_HS-08.xlsx", carrier="parameter-sheet", lang="mixed",
          note="Hall sensor magnetic circuit validation using bought N35 and SmCo magnets")

def clear_docs_6():
    # 27 --------------------------------------------------------- copper SX-EW log (en csv)
    rnd = random.Random(27)
    rows = [["date", "shift", "PLS_Cu_gpl", "PLS_pH", "PLS_flow_m3h", "raff_Cu_gpl", "E1_OA", "E2_OA", "S1_OA", "org_LIX984N_vol_pct",
             "LO_Cu_gpl", "SO_Cu_gpl", "adv_elec_Cu_gpl", "spent_elec_Cu_gpl", "spent_H2SO4_gpl", "tankhouse_kA", "CE_pct", "crud_mm", "comment"]]
    d0 = datetime.date(2025, 9, 1)
    for k in range(28):
        d = d0 + datetime.timedelta(days=k // 2)
        pls = rnd.uniform(2.6, 3.4); raff = rnd.uniform(0.18, 0.32)
        rows.append([d.isoformat(), "A" if k % 2 == 0 else "B", f"{pls:.2f}", f"{rnd.uniform(1.7,2.0):.2f}", f"{rnd.uniform(880,960):.0f}", f"{raff:.2f}",
                     f"{rnd.uniform(0.95,1.10):.2f}", f"{rnd.uniform(0.95,1.10):.2f}", f"{rnd.uniform(1.05,1.25):.2f}", f"{rnd.uniform(21,23.5):.1f}",
                     f"{rnd.uniform(5.4,6.2):.2f}", f"{rnd.uniform(2.0,2.4):.2f}", f"{rnd.uniform(48,51):.1f}", f"{rnd.uniform(35,38):.1f}", f"{rnd.uniform(175,185):.0f}",
                     f"{rnd.uniform(31,33):.1f}", f"{rnd.uniform(89,93):.1f}", f"{rnd.uniform(5,25):.0f}",
                     rnd.choice(["", "", "", "crud pulled E1", "added 0.5 m3 diluent", "PLS pond 2 online", "cobalt sulphate dosing check", "guar 250 g/t"])])
    write_csv("SXEW_daily_log_Sep2025.csv", rows)
    label("SXEW_daily_log_Sep2025.csv", carrier="parameter-sheet", lang="en",
          note="Copper SX-EW operating log (LIX984N, O/A, tankhouse); other metal hydrometallurgy")

    # 28 --------------------------------------------------------- Ni/Co P507 log (zh xlsx)
    rnd = random.Random(28)
    rows = [["日期", "班次", "料液Co g/L", "料液Ni g/L", "料液pH", "P507浓度 %", "皂化率 %", "萃取段 O/A", "萃余液Co mg/L", "负载有机Co g/L",
             "洗涤段 O/A", "反萃酸 HCl mol/L", "反萃液Co g/L", "反萃液Ni mg/L", "澄清时间 min", "记录人"]]
    for k in range(20):
        d = datetime.date(2025, 10, 1) + datetime.timedelta(days=k // 2)
        rows.append([d.isoformat(), "白" if k % 2 == 0 else "夜", round(rnd.uniform(9.5, 11.5), 2), round(rnd.uniform(78, 86), 1), round(rnd.uniform(4.6, 5.0), 2),
                     25, round(rnd.uniform(58, 64), 1), round(rnd.uniform(1.5, 1.8), 2), round(rnd.uniform(2, 8), 1), round(rnd.uniform(14.5, 16.5), 2),
                     round(rnd.uniform(6, 8), 1), round(rnd.uniform(2.2, 2.6), 2), round(rnd.uniform(95, 110), 1), round(rnd.uniform(5, 18), 1), round(rnd.uniform(2.5, 4), 1),
                     rnd.choice(["李强", "王磊", "赵敏"])])
    notes = [["备注"], ["本表为钴镍分离萃取线（P507-磺化煤油体系，氢氧化钠皂化）日常记录，原料为镍钴氢氧化物（MHP）酸溶液。"],
             ["萃余液送镍萃取（Cyanex 272 段）及硫酸镍结晶；反萃液送氯化钴蒸发结晶。"], ["有机相夹带 > 80 ppm 时通知班长检查澄清槽。"]]
    write_xlsx("钴镍萃取线生产记录_2025年10月.xlsx", [("萃取记录", rows), ("说明", notes)], author="湿法车间", date="2025-10-11")
    label("钴镍萃取线生产记录_2025年10月.xlsx", carrier="parameter-sheet", lang="zh",
          note="P507 cobalt/nickel SX log (battery materials), not rare earth despite shared extractant")

    # 29 --------------------------------------------------------- lithium brine DLE (en docx)
    write_docx("Salar_DLE_Pilot_Operating_Spec_v2.docx", [
        ("title", "DLE Pilot Plant — Operating Specification v2"),
        ("p", "Project: Salar pilot, Module 1 (adsorption DLE) · Prepared by Process Engineering · 12 May 2025"),
        ("h1", "1. Feed brine"),
        ("table", [["Component", "Design (mg/L)", "Range"], ["Li", "420", "380–470"], ["Mg", "2,900", "2,500–3,400"], ["Na", "98,000", ""],
                   ["K", "7,600", ""], ["Ca", "450", ""], ["B", "610", ""], ["SO4", "18,000", ""]]),
        ("h1", "2. Adsorption columns"),
        ("b", ["Sorbent: lithium-aluminium layered double hydroxide (LDH), 6 columns in carousel (3 load, 1 wash, 2 strip).",
               "Load: 8 BV/h, brine at 35 ± 3 °C, breakthrough at 15 % Li feed concentration.",
               "Displacement wash: 1.2 BV of 2 % LiCl solution.",
               "Strip: 2.5 BV deionised water at 45 °C, 4 BV/h. Eluate target Li 700–900 mg/L, Mg/Li < 0.05."]),
        ("h1", "3. Eluate polishing and concentration"),
        ("p", "Eluate passes through IX column (iminodiacetic chelating resin) for Ca/Mg removal to < 5 mg/L, then RO to 6,000 mg/L Li and MVR evaporation to 1.8 % Li. Lithium carbonate is precipitated with 20 % Na2CO3 at 90 °C, washed and dried; target battery grade (Li2CO3 ≥ 99.5 %)."),
        ("h1", "4. KPIs"),
        ("table", [["KPI", "Target"], ["Li recovery across DLE", "≥ 88 %"], ["Water use", "≤ 40 m³/t LCE"], ["Sorbent loss", "≤ 0.05 % per cycle"], ["Availability", "≥ 90 %"]]),
        ("p", "Note: the term 'rare' appears in our brine analysis only for trace REE (< 0.1 mg/L), which are not recovered."),
    ], author="Process Engineering", title="DLE Pilot Operating Spec", date="2025-05-12")
    label("Salar_DLE_Pilot_Operating_Spec_v2.docx", carrier="process-spec", lang="en", note="Lithium brine DLE process spec; other material")

    # 30 --------------------------------------------------------- zinc electrowinning (zh docx)
    write_docx("锌电积工序作业指导书_ZN-WI-07.docx", [
        ("title", "锌电积工序作业指导书"),
        ("p", "文件编号：ZN-WI-07　版本：B/2　生效日期：2025-03-01　编制：电解车间　审核：技术部"),
        ("h1", "1 目的"), ("p", "规范锌电积工序操作，稳定阴极锌质量（Zn99.995），降低直流电耗。"),
        ("h1", "2 主要技术条件"),
        ("table", [["项目", "控制范围"], ["新液 Zn²⁺", "150–170 g/L"], ["废液 Zn²⁺", "45–55 g/L"], ["废液 H₂SO₄", "160–180 g/L"],
                   ["电解液温度", "35–40 °C"], ["阴极电流密度", "400–500 A/m²"], ["槽电压", "3.2–3.4 V"], ["同极距", "80 mm"],
                   ["添加剂", "骨胶 0.3–0.5 kg/t锌，碳酸锶 0.8 kg/t锌"], ["析出周期", "24 h"], ["电流效率", "≥ 89%"]]),
        ("h1", "3 操作要点"),
        ("n", ["开车前检查整流柜、冷却塔、循环泵状态，确认槽面绝缘良好；",
               "每 2 小时测量电解液温度和槽电压，电压异常（>3.6 V）的槽位排查短路；",
               "出槽后阴极板经剥锌机剥锌，铝阴极刷板后回槽；",
               "每周清理阳极泥一次，锰泥送回收。"]),
        ("h1", "4 异常处理"),
        ("p", "出现烧板（反溶）时，立即检查新液中锗、锑、钴等杂质，必要时通知净化工序加强深度净化。"),
    ], author="电解车间", title="锌电积作业指导书", date="2025-03-01")
    label("锌电积工序作业指导书_ZN-WI-07.docx", carrier="process-spec", lang="zh", note="Zinc electrowinning work instruction; other metal")

def clear_docs_7():
    # 31 --------------------------------------------------------- PO (en pdf)
    items = [["Line", "Part no.", "Description", "Grade", "Qty (pcs)", "Unit price (USD)", "Amount (USD)"]]
    tot = 0
    for i, (pn, desc, gr, q, p) in enumerate([("MAG-220-01", "Rotor magnet 24.0x4.6x25.0, phosphated", "N45UH", 48000, 2.46),
                                               ("MAG-220-02", "Rotor magnet 18.5x5.0x25.0, phosphated", "N42SH", 48000, 1.58),
                                               ("MAG-S06", "Sensor disc D6x3 NiCuNi axial", "N35", 20000, 0.11)], 1):
        items.append([i, pn, desc, gr, f"{q:,}", f"{p:.2f}", f"{q*p:,.2f}"]); tot += q * p
    items.append(["", "", "", "", "", "Total", f"{tot:,.2f}"])
    write_pdf("PO_4500231876.pdf", [
        ("title", "PURCHASE ORDER  4500231876"),
        ("table", [["Buyer", "Supplier"], ["Voltara Drive Systems s.r.o., Průmyslová 12, Plzeň, CZ", "Ningbo Hengtai Magnet Co., Ltd., Beilun, Ningbo, CN"],
                   ["PO date: 03.11.2025", "Supplier no.: 700184"], ["Buyer: P. Novák, +420 377 xxx 221", "Incoterms 2020: FCA Ningbo"]]),
        ("table", items),
        ("h2", "Terms"),
        ("b", ["Delivery: 50 % by 15.12.2025, 50 % by 15.01.2026, per call-off.",
               "Price adjustment: monthly per agreed NdPr oxide (SMM) and Tb metal index formula, Annex 2 of frame agreement FA-2024-07.",
               "Quality: per drawing, IATF 16949; CoA with each lot (Br, HcJ at 20 °C and 150 °C, dimensions, coating).",
               "Packaging: magnetically shielded cartons, max 25 kg, VCI film; magnet orientation marked.",
               "Export compliance: supplier to provide end-user statement template and notify buyer of any licence requirement under Chinese export control regulations; buyer confirms civil end use (automotive traction motors).",
               "Payment: 60 days net after receipt of goods and invoice.",
               "General terms: Voltara GTC Purchasing v2023 apply."]),
        ("p", "Please confirm this order within 3 working days quoting the PO number."),
    ], title="PO 4500231876", author="SAP", date="2025-11-03", footer="Voltara Drive Systems s.r.o. — IČ 0xxxxxxx")
    label("PO_4500231876.pdf", carrier="other", lang="en", note="Purchase order for NdFeB rotor magnets")

    # 32 --------------------------------------------------------- invoice + packing list (en xlsx)
    inv = [["COMMERCIAL INVOICE", "", "", "", "", ""], ["Invoice No.", "GZ-EX-251104", "Date", "2025-11-04", "", ""],
           ["Seller", "Ganzhou Huaxin Rare Earth Trading Co., Ltd.", "", "", "", ""], ["Buyer", "Kanto Materials Trading K.K., Tokyo", "", "", "", ""],
           ["Terms", "CIF Yokohama", "Payment", "L/C at sight No. 0072LC251019", "", ""],
           ["Item", "Description", "HS code", "Qty (kg)", "Unit price (USD/kg)", "Amount (USD)"],
           [1, "Praseodymium-neodymium oxide (Pr6O11+Nd2O3), TREO ≥ 99.0 %, (Pr+Nd)/TREO ≥ 99.5 %", "2846909100", 5000, 62.80, 314000.00],
           [2, "Lanthanum oxide La2O3 ≥ 99.99 %", "2846901600", 2000, 2.15, 4300.00],
           ["", "", "", "", "Total", 318300.00],
           ["Origin", "China", "", "", "", ""], ["Export licence", "Not required for these items (confirmed by freight forwarder 2025-10-30)", "", "", "", ""]]
    pl = [["PACKING LIST", "", "", "", "", ""], ["Invoice No.", "GZ-EX-251104", "", "", "", ""],
          ["Item", "Packing", "No. of drums", "Net wt (kg)", "Gross wt (kg)", "Marks"],
          [1, "steel drum with double PE liner, 50 kg net", 100, 5000, 5420, "HX-PrNd-2511 / 1-100"],
          [2, "steel drum with double PE liner, 50 kg net", 40, 2000, 2168, "HX-La-2511 / 1-40"],
          ["", "Total", 140, 7000, 7588, ""], ["Container", "1 x 20'GP  TGHU 882xxxx  seal 0455218", "", "", "", ""],
          ["Vessel", "MV SITC HAKATA V.2545E, ETD Xiamen 2025-11-12", "", "", "", ""]]
    coa = [["CERTIFICATE OF ANALYSIS — Lot HX-PrNd-2511", ""], ["Item", "Result"], ["TREO %", "99.31"], ["Pr6O11/TREO %", "24.8"], ["Nd2O3/TREO %", "75.0"],
           ["La2O3/TREO %", "<0.03"], ["CeO2/TREO %", "<0.05"], ["Sm2O3/TREO %", "<0.03"], ["Fe2O3 %", "0.002"], ["SiO2 %", "0.005"], ["CaO %", "0.008"], ["Cl- %", "0.015"], ["LOI %", "0.45"]]
    write_xlsx("GZ-EX-251104_Invoice_PackingList.xlsx", [("Invoice", inv), ("Packing List", pl), ("CoA", coa)], author="Export Dept", date="2025-11-04")
    label("GZ-EX-251104_Invoice_PackingList.xlsx", carrier="other", lang="en",
          note="Commercial invoice, packing list and CoA for PrNd oxide shipment")

    # 33 --------------------------------------------------------- customs declaration (zh xlsx)
    dec = [["中华人民共和国海关出口货物报关单（预录入）", "", "", "", "", "", ""],
           ["预录入编号", "3101202515xxxxxx", "海关编号", "", "出境关别", "北仑海关 3104", ""],
           ["境内发货人", "宁波恒泰磁业有限公司 91330206xxxxxxxx", "", "境外收货人", "Voltara Drive Systems s.r.o.", "", ""],
           ["运输方式", "水路运输", "运输工具名称", "CMA CGM XXX / 0FX5RW1MA", "提运单号", "NGB2511xxxx", ""],
           ["监管方式", "一般贸易 0110", "征免性质", "一般征税", "许可证号", "", ""],
           ["合同协议号", "4500231876", "贸易国（地区）", "捷克", "运抵国（地区）", "捷克", ""],
           ["指运港", "汉堡（德国）", "成交方式", "FCA", "包装种类", "纸箱", ""],
           ["件数", 212, "毛重(千克)", 5230, "净重(千克)", 4860, ""],
           ["项号", "商品编号", "商品名称及规格型号", "数量及单位", "单价", "总价", "币制"],
           [1, "8505111000", "钕铁硼永磁体|N45UH|24.0×4.6×25.0mm|磷化|电机用|未充磁", "24000个/2496千克", 2.46, 59040.00, "美元"],
           [2, "8505111000", "钕铁硼永磁体|N42SH|18.5×5.0×25.0mm|磷化|电机用|未充磁", "24000个/2234千克", 1.58, 37920.00, "美元"],
           [3, "8505111000", "钕铁硼永磁体|N35|Φ6×3mm|镀镍|传感器用", "20000个/130千克", 0.11, 2200.00, "美元"],
           ["随附单证", "发票、装箱单、合同、最终用户和最终用途说明", "", "", "", "", ""],
           ["申报单位", "宁波xx国际货运代理有限公司", "申报人员", "周丽", "申报日期", "2025-12-08", ""]]
    write_xlsx("出口报关单草稿_4500231876_第一批.xlsx", [("报关单", dec)], author="周丽", date="2025-12-05")
    label("出口报关单草稿_4500231876_第一批.xlsx", carrier="other", lang="zh", note="Draft export customs declaration for NdFeB magnets")

    # 34 --------------------------------------------------------- ESG report (en pdf)
    write_pdf("Sustainability_Report_2024_excerpt_Environment.pdf", [
        ("title", "Sustainability Report 2024 — Chapter 4: Environment"),
        ("p", "Orion Rare Metals plc · Published June 2025 · Reporting period 1 Jan–31 Dec 2024 · GRI 2021 in-accordance"),
        ("h1", "4.1 Our operations"),
        ("p", "We operate one mine and concentrator, one separation plant and a magnet-alloy joint venture. This chapter reports environmental performance for all sites. Process descriptions are summarised at a high level in our Annual Report; this chapter focuses on impacts."),
        ("h1", "4.2 Key metrics"),
        ("table", [["Metric", "2022", "2023", "2024", "Target 2030"], ["Scope 1 emissions (kt CO2e)", "186", "179", "171", "−40 % vs 2022"],
                   ["Scope 2 (market-based, kt CO2e)", "94", "88", "61", "−70 %"], ["Energy use (TJ)", "2,480", "2,455", "2,390", "—"],
                   ["Renewable electricity (%)", "12", "18", "41", "80"], ["Fresh water withdrawn (GL)", "2.9", "2.7", "2.5", "−30 %"],
                   ["Water recycled (%)", "61", "66", "70", "85"], ["Reportable environmental incidents", "2", "1", "0", "0"],
                   ["Radioactive residue stored (kt, dry)", "58", "63", "67", "—"], ["Land rehabilitated (ha, cumulative)", "412", "455", "498", "—"]]),
        ("h1", "4.3 Water"),
        ("p", "All three sites are in water-stressed catchments. In 2024 we commissioned a brine concentrator at the separation plant, raising recycled water to 70 %. Discharges complied with licence limits for ammonium, sulphate and radionuclides at all monitoring points except one exceedance of ammonium at the mine's seepage dam in March, which was reported to the regulator and resolved within 10 days."),
        ("h1", "4.4 Residues and radiation"),
        ("p", "Monazite-bearing ores contain thorium and uranium. Naturally occurring radioactive material (NORM) residues are stored in a licensed facility; worker doses averaged 1.4 mSv (limit 20 mSv). We continue to study commercial use of neutralised residues in road base, subject to regulatory approval."),
        ("h1", "4.5 Circularity"),
        ("p", "Our magnet-alloy JV accepted 310 t of customer production scrap in 2024 under closed-loop agreements (2023: 180 t). We aim to source 10 % of feed from recycled material by 2030. We also joined the industry consortium on traceability (digital product passports for magnets) ahead of the EU Battery and Ecodesign regulations."),
        ("h1", "4.6 Biodiversity"),
        ("p", "No operations are in IUCN I–IV protected areas. The mine's biodiversity offset of 1,150 ha is managed with the local land council; in 2024 we recorded the return of two threatened reptile species to rehabilitated areas."),
        ("small", "Assured by an independent third party (limited assurance, ISAE 3000 / ISAE 3410) on selected metrics marked in the data appendix."),
    ], title="Sustainability Report 2024 — Environment", author="Orion Rare Metals plc", date="2025-06-20", header="Orion Rare Metals — Sustainability Report 2024", footer="Chapter 4")
    label("Sustainability_Report_2024_excerpt_Environment.pdf", carrier="other", lang="en",
          note="ESG report chapter for RE producer: emissions, water, residues, scrap tonnage; no process know-how")

    # 35 --------------------------------------------------------- TW sustainability (zh-Hant docx)
    write_docx("2024永續報告書_第三章_環境永續.docx", [
        ("title", "2024 永續報告書　第三章　環境永續"),
        ("p", "台灣某精密馬達股份有限公司（股票代號 xxxx）"),
        ("h1", "3.1 關鍵原物料管理"),
        ("p", "本公司產品（伺服馬達、電動機車馬達、工具機主軸馬達）使用之永久磁石皆為外購，主要向中國大陸及日本供應商採購釹鐵硼磁石，年採購量約 312 公噸。2024 年起，我們要求所有磁石供應商填寫 RMI 礦產報告範本（CMRT/EMRT 延伸版），並揭露重稀土（鏑、鋱）含量。"),
        ("table", [["項目", "2022", "2023", "2024"], ["釹鐵硼磁石採購量（公噸）", "268", "295", "312"], ["其中含鏑/鋱之高矯頑力等級比例", "62%", "55%", "47%"],
                   ["低重稀土（晶界擴散）等級比例", "21%", "33%", "45%"], ["使用再生稀土原料之磁石比例", "0%", "1.5%", "3.8%"]]),
        ("p", "重稀土使用比例下降，主要來自設計端改以 SH 等級取代 UH 等級，以及改善馬達冷卻，使磁石工作溫度降低約 15°C。"),
        ("h1", "3.2 溫室氣體排放"),
        ("table", [["範疇", "2023 (tCO2e)", "2024 (tCO2e)", "變化"], ["範疇一", "3,120", "2,980", "−4.5%"], ["範疇二", "21,450", "19,870", "−7.4%"], ["範疇三（採購商品）", "96,300", "101,200", "+5.1%"]]),
        ("p", "範疇三排放以磁石與矽鋼片為主要來源。依供應商提供之產品碳足跡，每公斤燒結釹鐵硼磁石約 25–35 kg CO2e。"),
        ("h1", "3.3 廢棄物與循環"),
        ("p", "製程中產生之不良品磁石及拆解回收馬達之磁石（2024 年共 8.6 公噸）交由合格回收商處理，回收商出具處理證明。本公司不自行進行任何稀土回收作業。"),
        ("h1", "3.4 未來目標"),
        ("b", ["2027 年再生稀土磁石使用比例達 10%；", "2030 年範疇一、二排放較 2021 年減少 42%；", "持續關注中國大陸出口管制（含商務部 2025 年第 61、62 號公告）對供應鏈的影響，建立雙來源採購。"]),
    ], author="永續發展委員會", title="2024永續報告書", date="2025-08-29")
    label("2024永續報告書_第三章_環境永續.docx", carrier="other", lang="zh",
          note="Taiwan motor maker sustainability report on purchased magnets (traditional Chinese)")

def clear_docs_8():
    # 36 --------------------------------------------------------- sales minutes eml (mixed)
    body = """Hi all,

Minutes of today's weekly sales & logistics call (Teams, 10:00–10:45 CET). 以下为会议纪要，中英混写，请各位确认。

Attendees: Chen Yu (Ningbo sales), Li Na (物流), Markus Feld (EU sales), Sophie Dubois (customer service), Zhou Li (关务)

1. 订单情况 / Order status
 - Voltara PO 4500231876: 第一批 24k+24k+20k pcs 已完成检验，计划 12月8日报关，12月10日开船。Markus to inform Voltara of ETA Hamburg ~ 18 Jan.
 - Kessler Pumps: requested price for N42SH arcs Q1 2026; we quote with NdPr index, base 530,000 CNY/t oxide. Chen Yu sends quote by Fri.
 - 印度客户 Shakti Motors 付款延迟 35 天，暂停发货，财务已催款。

2. Export compliance 出口合规
 - 关务确认：磁体货物本身不需要许可证；但客户要求的 "process capability data" 只发 Cpk 汇总表，不发任何工艺文件。Sophie to reply to Voltara SQE accordingly.
 - 所有对外发送的技术附件先发 compliance@ 审核（参照公司 10月15日通知）。

3. Logistics 物流
 - 宁波—汉堡运价 12月上涨约 18%，Li Na 建议一二批合并拼 40'HQ，Markus to check if customer accepts 1 week delay.
 - Air samples: 用屏蔽盒，DHL 需要 magnetic field test report, 0.159 A/m @ 2.1 m 以下。

4. AOB
 - 年会时间待定；EU team visiting Ningbo week 3 of January — factory tour limited to warehouse and QC lab (no production areas, per compliance).

Next call: same time next Tuesday.

BR
Sophie Dubois
Customer Service Europe
"""
    write_eml("RE_ Weekly sales & logistics call - minutes 25 Nov.eml", "Sophie Dubois <s.dubois@hengtai-magnet.eu>",
              "sales-team@hengtai-magnet.com", "RE: Weekly sales & logistics call - minutes 25 Nov", body, "2025-11-25 18:12",
              cc="compliance@hengtai-magnet.com", seed=36)
    label("RE_ Weekly sales & logistics call - minutes 25 Nov.eml", carrier="email", lang="mixed",
          note="Sales/logistics meeting minutes by email; explicitly no process files")

    # 37 --------------------------------------------------------- logistics email (en)
    body = """Dear Ms. Tanaka,

Please find below the shipping details for your order KT-2510-088 (dysprosium oxide 99.5 %, 200 kg; terbium oxide 99.99 %, 50 kg).

Booking: ONE, vessel ONE HUMBER 072E, ETD Shanghai 28 Nov, ETA Tokyo 3 Dec.
Packing: 10 steel drums, 25 kg net each, sealed plastic liners, on 2 pallets (Dy: 8 drums / Tb: 2 drums).
Export licence: Dy and Tb oxides are licensed items since April 2025. Our dual-use export licence no. LIC-2025-xxxxxx was issued on 19 Nov and covers end user Kanto Materials, end use: magnet production at your Shiga plant as stated in your end-user certificate. Please note the licence requires us to report the shipment within 10 days and you must not re-export without approval.

Documents to follow by DHL: original invoice x3, packing list, CoA, certificate of origin, copy of licence.

Please let me know if your customs broker needs the MSDS in Japanese.

Best regards,
Wang Hui
Export Logistics | Shanghai Xinlan Rare Earth Materials Co., Ltd.
Tel +86 21 5xxx xxxx
"""
    write_eml("Shipping details KT-2510-088 Dy2O3 Tb4O7.eml", "Wang Hui <wang.hui@xinlan-re.com>", "Tanaka Yumi <y-tanaka@kanto-mat.co.jp>",
              "Shipping details KT-2510-088 (Dy2O3 / Tb4O7)", body, "2025-11-21 16:40", seed=37)
    label("Shipping details KT-2510-088 Dy2O3 Tb4O7.eml", carrier="email", lang="en",
          note="Logistics email for licensed Dy/Tb oxide shipment; goods not technology")

    # 38 --------------------------------------------------------- incoming inspection (zh xlsx)
    rnd = random.Random(38)
    rows = [["序号", "批号", "牌号", "尺寸L (mm)", "尺寸W (mm)", "尺寸T (mm)", "镀层厚度 (μm)", "磁通 (μWb)", "Br (T)", "Hcj (kA/m)", "判定"]]
    for k in range(1, 33):
        br = rnd.uniform(1.325, 1.37); hcj = rnd.uniform(1620, 1720)
        rows.append([k, "HT2510-0457", "N45SH", round(rnd.uniform(39.97, 40.03), 3), round(rnd.uniform(19.98, 20.02), 3), round(rnd.uniform(4.985, 5.012), 3),
                     round(rnd.uniform(12, 18), 1), round(rnd.uniform(1085, 1125), 0), round(br, 3), round(hcj, 0), "合格"])
    summ = [["来料检验报告（IQC）"], ["供应商：宁波恒泰磁业有限公司"], ["物料：转子磁钢 40×20×5 N45SH 镍铜镍，图号 MG-0452"],
            ["来料数量：12,000 pcs，抽样：AQL 0.65 / 一般检验水平 II，样本 32 pcs（尺寸），磁性能 3 pcs（送实验室 B-H 回线测试）"],
            ["磁性能标准：Br 1.32–1.38 T，Hcj ≥ 1592 kA/m（按 GB/T 13560-2017）"], ["盐雾试验：48 h 无红锈 合格"], ["结论：接收"],
            ["检验员：孙立  审核：周建国  日期：2025-10-27"]]
    write_xlsx("IQC来料检验_磁钢_HT2510-0457.xlsx", [("汇总", summ), ("检验数据", rows)], author="质量部 孙立", date="2025-10-27")
    label("IQC来料检验_磁钢_HT2510-0457.xlsx", carrier="parameter-sheet", lang="zh", note="Incoming inspection of bought N45SH magnets")

    # 39 --------------------------------------------------------- sales quote email (zh eml)
    body = """李经理，您好！

感谢贵司询价。根据您 11 月 18 日发来的图纸 RT-60-07（瓦形磁钢 R30.5×R25.5×52°×40，径向充磁），报价如下：

1. 牌号 N40UH，表面环氧涂层（黑），单价 9.60 元/件（含 13% 增值税）
2. 牌号 N42SH，表面环氧涂层（黑），单价 8.15 元/件（含税）
3. 如改用低重稀土晶界扩散牌号 42UH-D，单价 9.05 元/件（含税），性能与 N40UH 相当，Hcj ≥ 1990 kA/m

报价条件：
- 数量 30,000 件/批，年用量 36 万件
- 报价基准：镨钕金属 60 万元/吨，镝铁 155 万元/吨；金属价格每变动 2 万元/吨，单价相应调整
- 交期：样品 15 天，批量 30 天
- 付款：月结 60 天
- 包装：防磁纸箱，每箱 500 件
- 报价有效期：7 天

如需提供 PPAP 资料和磁性能曲线（20 °C / 150 °C 退磁曲线），我们可以随样品一起提供。

如有任何问题，请随时联系。

祝好！
陈宇
销售部 | 宁波恒泰磁业有限公司
手机：138xxxx2215
"""
    write_eml("报价_RT-60-07瓦形磁钢.eml", "陈宇 <chenyu@hengtai-magnet.com>", "李经理 <li.jun@kaiyuan-motor.cn>", "回复：RT-60-07 瓦形磁钢报价",
              body, "2025-11-19 10:25", seed=39)
    label("报价_RT-60-07瓦形磁钢.eml", carrier="email", lang="zh", note="Sales quotation email for arc magnets; grades and prices only")

    # 40 --------------------------------------------------------- quarterly sales review (mixed pptx)
    write_pptx("Q3_2025_Sales_Review_Magnets_BU.pptx", [
        ("Q3 2025 Sales Review — Magnets BU", None, "销售部 · 2025年10月10日"),
        ("Highlights 亮点", ["Revenue CNY 1.42 bn, +18 % y/y; volume 4,260 t (+11 %)",
                            "EV traction share 48 % of revenue (Q3 2024: 41 %)",
                            "New nominations: 2 European Tier-1s (N45SH/N48SH rotor magnets)",
                            "Gross margin 17.2 % (−0.8 pt) — Tb price spike in August"]),
        ("Revenue by segment 分板块", {"table": [["Segment", "Q3 2024", "Q3 2025", "y/y"], ["EV traction", "498", "682", "+37 %"], ["Wind", "231", "208", "−10 %"],
                                                ["Industrial / servo", "256", "271", "+6 %"], ["Consumer electronics", "147", "156", "+6 %"], ["Others", "71", "103", "+45 %"],
                                                ["Total (CNY m)", "1,203", "1,420", "+18 %"]]}),
        ("Export 出口", ["Export share 34 % (EU 19 %, Japan/Korea 9 %, other 6 %)",
                         "商务部第61/62号公告后：海外客户询问技术支持、驻厂服务 — 全部转合规审批",
                         "Customers asking for 'process audit' → offer QC lab + warehouse tour only"]),
        ("Q4 outlook 四季度展望", ["Volume forecast 4,500 t; price pass-through via NdPr index",
                                   "Risks: Myanmar feed, Tb volatility, EU anti-dumping rumours",
                                   "Actions: push GBD grades to cut Tb use per kg; renegotiate two wind contracts"]),
    ], author="Sales", title="Q3 2025 Sales Review", date="2025-10-10")
    label("Q3_2025_Sales_Review_Magnets_BU.pptx", carrier="other", lang="mixed", note="Quarterly sales review of magnet BU")

def controlled_docs_1():
    # C1 --------------------------------------------------------- quotation with annex of recipe + sintering/ageing (mixed pdf)
    write_pdf("Quotation_QT-2511-0386_35H-Ce.pdf", [
        ("title", "QUOTATION 报价单  QT-2511-0386"),
        ("table", [["To 客户", "From 供方"], ["Arvena Motors Pvt Ltd, Pune, India — Attn: Mr. S. Kulkarni (Purchasing)", "Jiangxi Ruifeng Magnetic Materials Co., Ltd. — Sales Dept."],
                   ["Date: 2025-11-12", "Contact: Tina Xu, +86 797 8xx xxxx"]]),
        ("table", [["Item", "Description", "Grade", "Qty/yr", "Unit price (USD)", "Remark"],
                   ["1", "Arc magnet R22.3×R18.8×48°×30, epoxy", "35H-Ce (Ce-substituted)", "1,200,000", "0.412", "cost-down option"],
                   ["2", "Same, reference grade", "N35H", "1,200,000", "0.468", "current part"],
                   ["3", "Block 30×12×4, NiCuNi", "35H-Ce", "400,000", "0.286", ""]]),
        ("p", "Price basis: PrNd metal CNY 600,000/t, Ce metal CNY 26,000/t. FOB Shenzhen. Payment T/T 30 days. Validity 15 days. Lead time: samples 20 days, mass production 35 days after PPAP."),
        ("p", "Magnetic properties 35H-Ce (guaranteed): Br 1.17–1.22 T, HcJ ≥ 1353 kA/m, (BH)max 263–287 kJ/m³, max. working temperature 120 °C."),
        ("p", "As requested by your engineering team (Mr. Patil) for your local qualification and second-source discussions, we attach our process card for the 35H-Ce grade on the next page."),
        ("pb",),
        ("h1", "Annex 附页 — 35H-Ce 工艺卡 Process card (Rev 04)"),
        ("h2", "1. 合金配方 Alloy recipe (wt%)"),
        ("table", [["PrNd", "Ce", "Dy", "B", "Co", "Cu", "Al", "Ga", "Zr", "Fe"],
                   ["22.6", "7.4", "0.6", "0.98", "1.0", "0.15", "0.25", "0.12", "0.10", "bal."]], 7.5),
        ("p", "Ce/TRE = 24 %. Dual-main-phase route: alloy A (Ce-free, PrNd 30.4, Dy 0.8) and alloy B (Ce 29.5, PrNd 2.2) strip-cast separately and blended 76:24 after hydrogen decrepitation."),
        ("h2", "2. 速凝 Strip casting"),
        ("table", [["Parameter", "Alloy A", "Alloy B"], ["Melt temp. (°C)", "1460–1480", "1420–1440"], ["Wheel speed (m/s)", "1.3–1.5", "1.6–1.8"],
                   ["Flake thickness (mm)", "0.25–0.35", "0.20–0.30"], ["Ar pressure (kPa)", "40–50", "40–50"]]),
        ("h2", "3. 氢破/气流磨 HD & jet milling"),
        ("p", "H2 absorption 0.1 MPa, room temp, 2 h; dehydrogenation 550 °C × 6 h. Blend A:B 76:24, add 0.08 wt% zinc stearate. Jet mill N2, O2 ≤ 30 ppm, grinding pressure 0.65 MPa, classifier 4,000 rpm, D50 = 3.2 ± 0.1 µm (Fisher 2.9)."),
        ("h2", "4. 成型 Pressing"),
        ("p", "Orientation field 1.8 T (pulsed 2×), pressing pressure 60 MPa (transverse); CIP 180 MPa; green density 4.3–4.5 g/cm³."),
        ("h2", "5. 烧结及回火 Sintering & ageing"),
        ("table", [["Step", "Temp (°C)", "Time (h)", "Atmosphere", "Note"],
                   ["Debinding/degassing", "400 → 600", "2 + 2", "vac ≤ 5×10⁻² Pa", "ramp 3 °C/min"],
                   ["Sintering", "1,045 ± 5", "5", "vac ≤ 5×10⁻³ Pa", "lower than N35H (1,065) to avoid Ce-rich 1:2 phase coarsening"],
                   ["Gas quench", "→ < 80", "—", "Ar 80 kPa", "fan on"],
                   ["1st ageing", "880", "3", "vac", ""],
                   ["2nd ageing", "470", "4", "vac", "490 °C if HcJ < 1,353 kA/m"],
                   ["Final cooling", "→ < 60", "—", "Ar", ""]]),
        ("p", "Yield data (Jul–Oct 2025, 186 batches): HcJ mean 1,418 kA/m, Cpk 1.41; density 7.52 g/cm³."),
        ("small", "Ruifeng Internal — Process card QP-35HCe-04. Reproduction prohibited."),
    ], title="Quotation QT-2511-0386", author="Tina Xu", date="2025-11-12", header="Jiangxi Ruifeng Magnetic Materials — Sales", footer="QT-2511-0386")
    label("Quotation_QT-2511-0386_35H-Ce.pdf", verdict="controlled", codes=["1E902.a"], cats=["magnet-manufacturing"], mtypes=["NdFeB", "Ce"],
          carrier="parameter-sheet", lang="mixed",
          note="Sales quotation to Indian buyer with annexed Ce-substituted dual-main-phase recipe, strip cast, HD/jet mill, sinter/ageing card")

    # C2 --------------------------------------------------------- buyer's guide that gives HD & jet-mill settings (en docx)
    write_docx("Buyers_Guide_Sintered_NdFeB_for_Orion_Drives.docx", [
        ("title", "Sintered NdFeB — Buyer's Guide and Supplier Capability Overview"),
        ("p", "Prepared for: Orion Drives GmbH (supplier qualification, RFQ 2025-114) · Prepared by: Application Engineering, Eastlake Magnet Co. · 28 Oct 2025 · Not for further distribution"),
        ("h1", "Part 1 — Choosing a grade"),
        ("p", "The grade name gives the energy product and the coercivity class (M, H, SH, UH, EH, AH). For your 150 °C servo motor we recommend N45SH or, to reduce terbium use, our grain-boundary-diffused 48SH-T. Properties are given in the table."),
        ("table", [["Grade", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "Tmax (°C)"], ["N42SH", "1.29–1.32", "≥ 1592", "318–342", "150"],
                   ["N45SH", "1.32–1.38", "≥ 1592", "342–366", "150"], ["48SH-T", "1.37–1.42", "≥ 1671", "366–390", "150"], ["N42UH", "1.28–1.32", "≥ 1990", "318–342", "180"]]),
        ("h1", "Part 2 — Coatings, tolerances, packaging"),
        ("p", "Epoxy or phosphate for rotor magnets that are glued; Ni-Cu-Ni for exposed parts. Tolerance ±0.03 mm on ground faces. Shielded cartons for air freight."),
        ("h1", "Part 3 — Why our powder makes the difference: line settings"),
        ("p", "Your auditors asked how we achieve the tight HcJ spread. The short answer is particle size control and oxygen control in the powder stage. Below are the settings currently used on our line 2 (the line that would supply your parts)."),
        ("h2", "3.1 Hydrogen decrepitation (HD furnace, 800 kg batch, rotary)"),
        ("table", [["Step", "Setting"], ["Flake charge", "strip-cast flakes 0.25–0.35 mm, 800 kg"], ["Evacuation", "≤ 10 Pa, leak rate check < 0.5 Pa/min"],
                   ["H2 absorption", "0.09–0.10 MPa, start at 25 °C, self-heating to ~ 150 °C, until uptake stops (≈ 2.5 h)"],
                   ["Dehydrogenation", "ramp to 560 °C at 5 °C/min, hold 6 h under vacuum until < 30 Pa rise/10 min"],
                   ["Cooling", "Ar backfill, water-cooled drum, discharge below 40 °C"], ["Residual H", "1,100–1,500 ppm"]]),
        ("h2", "3.2 Jet milling (fluidised-bed, 400 kg/h)"),
        ("table", [["Parameter", "Setting"], ["Lubricant before milling", "0.05 wt% methyl caprylate-based, mixed 60 min in V-blender"],
                   ["Grinding gas", "N2, O2 12–25 ppm (alarm 40 ppm), H2O < 20 ppm"], ["Grinding pressure", "0.62–0.68 MPa"],
                   ["Classifier wheel", "4,200 rpm (48SH-T), 3,900 rpm (N42SH)"], ["Target D50 (laser)", "2.8–3.0 µm (48SH-T); 3.2–3.4 µm (others)"],
                   ["D90/D10", "≤ 4.2"], ["Fine powder removal", "cyclone + filter fines < 1 µm removed, 2.5 % of throughput"],
                   ["After milling", "0.1 wt% lubricant added, blend 2 h under N2, store ≤ 48 h"]]),
        ("p", "With these settings oxygen in sintered magnets is 600–800 ppm and HcJ standard deviation within a lot is below 12 kA/m. We are happy to walk your auditors through the line in person."),
    ], author="Application Engineering", title="Buyer's Guide — Orion Drives", date="2025-10-28")
    label("Buyers_Guide_Sintered_NdFeB_for_Orion_Drives.docx", verdict="controlled", codes=["1E902.a"], cats=["magnet-manufacturing"], mtypes=["NdFeB"],
          carrier="process-spec", lang="en", hn=False,
          note="Buyer's guide prepared for a foreign customer that goes on to give line HD and jet-milling settings")

    # C3 --------------------------------------------------------- email with innocuous body, csv attachment SmCo heat treatment (mixed eml)
    rows = [["步骤 step", "温度 T (°C)", "时间 t (h)", "升降温速率 rate", "气氛 atm", "备注 remark"],
            ["配方 alloy", "", "", "", "", "Sm 25.3 / Fe 16.5 / Cu 5.6 / Zr 2.9 / Co bal. (wt%)"],
            ["氢破+气流磨", "", "", "", "N2", "D50 4.0-4.5 µm"],
            ["成型", "", "", "", "", "2.0 T 取向, CIP 200 MPa"],
            ["烧结 sinter", "1210", "1.0", "10 °C/min from 800", "Ar 0.08 MPa", ""],
            ["固溶 solution", "1175", "3.0", "cool from 1210 at 1 °C/min", "Ar", "then fan quench ≥ 150 °C/min"],
            ["时效 ageing", "840", "12", "", "Ar", ""],
            ["缓冷 slow cool", "840→400", "", "0.7 °C/min", "Ar", "hold 400 °C 5 h, then quench"],
            ["目标 target", "", "", "", "", "Br 1.08 T, HcJ ≥ 2000 kA/m (YXG-28H)"]]
    buf = io.StringIO(); w = csv.writer(buf, lineterminator="\r\n")
    for r in rows: w.writerow(r)
    att = buf.getvalue().encode("utf-8-sig")
    body = """Hi Daniel,

As discussed on the call, attached is the sheet we use for the 28H batches. Your furnace guys should be able to follow it directly.
附件是我们现在 28H 用的热处理表，你们那边炉子按这个走应该没问题，有问题随时微信我。

Cheers,
Kevin Lu
Technical Service | Hangzhou Zhaoyang Magnetics
"""
    write_eml("FW_ 28H heat treatment.eml", "Kevin Lu <kevin.lu@zy-magnetics.com>", "Daniel Reyes <dreyes@apexmotion-mx.com>", "FW: 28H heat treatment",
              body, "2025-11-06 21:14", attachments=[("28H_HT_sheet_rev3.csv", att, "text/csv")], seed=41)
    label("FW_ 28H heat treatment.eml", verdict="controlled", codes=["1E902.a"], cats=["magnet-manufacturing"], mtypes=["SmCo"],
          carrier="parameter-sheet", lang="mixed", hn=False,
          note="Short email to Mexican customer; attached CSV has SmCo 2:17 recipe, sinter/solution/ageing/slow-cool schedule")

    # C4 --------------------------------------------------------- polishing powder guide that includes its production (zh docx)
    write_docx("铈基抛光粉产品手册_含工艺说明_客户版.docx", [
        ("title", "CP 系列铈基稀土抛光粉 产品手册（客户版）"),
        ("p", "供越南合资厂技术团队参考　2025年9月　技术部"),
        ("h1", "一、产品与用途"),
        ("p", "CP-500 适用于手机盖板、光学镜片抛光，D50 0.9–1.1 μm，CeO2/TREO ≥ 63%，含氟 5%–6%。使用时浆料浓度 8%–10%，pH 6.5–8。"),
        ("h1", "二、生产工艺说明（为合资厂建线参考）"),
        ("p", "原料：镧铈氯化稀土料液（REO 220–240 g/L，CeO2/TREO 63–65%，来自分离厂 La/Ce 段）。"),
        ("n", ["除杂：料液加热至 60 °C，加入 BaCl2 0.2 g/L 除 SO4²⁻，用氨水调 pH 4.0–4.5 除 Fe、Al、Th，静置 4 h 过滤；",
               "氟化：边搅拌边加入 HF（40%）使 F/REO = 6.0%，反应 30 min；",
               "沉淀：以 NH4HCO3 溶液（2.2 mol/L）并流加入，沉淀 pH 终点 6.6–6.8，温度 45–50 °C，加料时间 90 min，陈化 1 h；NH4HCO3 与 REO 质量比 1.6:1；",
               "洗涤：去离子水洗至电导率 < 500 μS/cm，离心甩干，含水 ≤ 30%；",
               "煅烧：推板窑，升温 3 h 至 980 °C，保温 4 h（CP-300 为 900 °C，CP-800 为 1,050 °C），自然冷却；",
               "粉碎分级：气流粉碎 0.7 MPa，分级轮 3,500 rpm，D50 0.9–1.1 μm，Dmax < 6 μm；",
               "检测：CeO2/TREO、F、D50、比表面积、抛光效率（标准玻璃片去除量 ≥ 0.9 μm/10 min）。"]),
        ("h1", "三、关键控制点"),
        ("table", [["工序", "控制点", "偏离后果"], ["沉淀", "pH 终点、温度", "粒度分布变宽，划伤"], ["煅烧", "温度 ±10 °C", "过烧→硬团聚；欠烧→切削力不足"],
                   ["分级", "分级轮转速", "大颗粒超标"]]),
    ], author="技术部", title="CP系列抛光粉产品手册", date="2025-09-09")
    label("铈基抛光粉产品手册_含工艺说明_客户版.docx", verdict="controlled", codes=["1E902.a"], cats=["separation"], carrier="process-spec", lang="zh", hn=False,
          note="Polishing-powder product handbook for Vietnamese JV that includes RE chloride purification, NH4HCO3 precipitation and calcination recipe; separation (RE compound) - somewhat borderline")

def controlled_docs_2():
    # C5 --------------------------------------------------------- logistics meeting minutes with commissioning plan (en docx, b)
    write_docx("Minutes_Kickoff_Shipment_Line_Relocation_Monterrey.docx", [
        ("title", "Minutes — Shipment & Site Kick-off, Line 4 Relocation to Monterrey"),
        ("p", "Date: 17 Nov 2025 · Place: Ningbo plant, meeting room 3 + Teams · Attendees: H. Zhou (Project), L. Ma (Logistics), R. Salinas (Customer site manager), J. Ortega (Customer maintenance), Q. Wang (Equipment), T. Li (Process)"),
        ("h1", "1. Logistics"),
        ("b", ["14 × 40'HQ + 3 flat racks; sintering furnace chambers ship as out-of-gauge on flat racks. ETD Ningbo 5 Dec, ETA Manzanillo 2 Jan.",
               "Insurance: all-risk, CIF value. Customs broker in Mexico: customer arranges.",
               "Jet mill classifier and HD drum shipped with desiccant and N2 blanket; gauge to be checked on arrival."]),
        ("h1", "2. Installation & commissioning plan (agreed)"),
        ("p", "Our equipment and process engineers (Q. Wang, T. Li + 4 technicians) will be on site 8 Jan–28 Feb 2026. Sequence agreed:"),
        ("n", ["HD furnace: level drum within 0.2 mm/m; leak test chamber to < 0.3 Pa/min after 24 h pump-down; verify H2 detectors (alarm 1 % LEL) and interlock that blocks H2 valve above 50 Pa leak rise; dry run dehydrogenation ramp to 560 °C empty and record thermocouple offsets (< ±5 °C across 6 TCs).",
               "Jet mill: align classifier wheel, runout < 0.02 mm; balance at 4,500 rpm; N2 loop purge until O2 < 20 ppm and hold 4 h; calibrate O2 analyser with 50 ppm span gas; run 200 kg trial powder, accept if D50 3.0–3.4 µm and D90/D10 ≤ 4.2.",
               "Pressing: orientation field calibration with Hall probe in die cavity — target 1.8 T ±3 %; press parallelism 0.05 mm.",
               "Sintering furnaces (2 × 600 kg): vacuum acceptance ≤ 5×10⁻³ Pa cold, ≤ 2×10⁻² Pa at 1,070 °C; 9-point temperature uniformity survey at 1,060 °C, acceptance ±5 °C; gas-quench fan test to reach 100 °C in < 90 min.",
               "First-article run: 3 batches N42SH; acceptance Br ≥ 1.29 T, HcJ ≥ 1,592 kA/m, density ≥ 7.55 g/cm³.",
               "Handover: maintenance training for J. Ortega's team — HD seal replacement every 300 cycles, classifier bearing change at 6,000 h, furnace heating-element resistance check monthly, thermocouple replacement every 6 months."]),
        ("h1", "3. Open issues"),
        ("b", ["Customer to confirm 380 V/60 Hz transformer taps for furnace power units.",
               "Compliance: project team to check with legal whether technician secondment and this commissioning plan require a licence under MOFCOM Announcement 62 (1E902.b). Shipment should not wait, but commissioning cannot start without confirmation.",
               "Spare parts list (Rev 2) to be sent by L. Ma by 24 Nov."]),
        ("p", "Minutes by: L. Ma. Next meeting: 1 Dec 2025."),
    ], author="L. Ma", title="Kick-off minutes Line 4 relocation", date="2025-11-17")
    label("Minutes_Kickoff_Shipment_Line_Relocation_Monterrey.docx", verdict="controlled", codes=["1E902.b"], cats=["magnet-manufacturing"], mtypes=["NdFeB"],
          carrier="process-spec", lang="en", hn=False,
          note="Logistics kick-off minutes that set out installation/commissioning and maintenance steps for NdFeB line abroad; process values as acceptance targets -> b")

    # C6 --------------------------------------------------------- zh market report with SX cascade appendix (pdf)
    write_pdf("南方离子矿分离产能调研报告_2025.pdf", [
        ("title", "南方稀土分离产能调研报告（2025）"),
        ("p", "投资部 行业研究组 ｜ 2025年10月 ｜ 仅供内部及合作方参考"),
        ("h1", "一、行业概况"),
        ("p", "南方离子型稀土以中重稀土为特色，2025 年开采指标约 1.9 万吨（REO）。分离企业主要集中在赣州、龙岩、韶关、贺州等地，整合后主要由中国稀土集团控股。受缅甸进口矿波动影响，2025 年南方分离企业平均开工率约 65%。"),
        ("table", [["地区", "主要企业", "分离能力 (t REO/年)", "2025 开工率"], ["江西赣州", "中稀（赣州）下属 6 家", "38,000", "62%"], ["福建龙岩", "厦钨系", "12,000", "70%"],
                   ["广东", "广晟系", "9,500", "58%"], ["广西", "国盛等", "6,000", "66%"]]),
        ("h1", "二、价格与盈利"),
        ("p", "以混合碳酸稀土（REO 92%）为原料，分离加工费约 2.5–3.5 万元/吨 REO。按 10 月价格测算，单吨 REO 毛利约 1.8 万元，重稀土配分越高盈利越好。"),
        ("h1", "三、投资建议"),
        ("p", "合作方（东南亚项目）拟建 3,000 t/a 分离线。为便于对方估算投资和物料消耗，附录列出我方参照某分离厂调研整理的全流程主要工艺参数。"),
        ("pb",),
        ("h1", "附录：P507-盐酸体系全分离主要工艺参数（调研整理）"),
        ("p", "料液：氯化稀土 REO 1.4–1.6 mol/L，pH 2–3；有机相 P507 1.5 mol/L–磺化煤油，氨皂化（皂化度 36%），或改用液碱/钙皂。"),
        ("table", [["分离段", "切割", "萃取级数", "洗涤级数", "反萃级数", "流比 有机:料液:洗酸", "洗酸 HCl (mol/L)", "反萃 HCl (mol/L)", "产品纯度"],
                   ["Nd/Sm", "LaCePrNd | SmEuGd…", "18", "22", "8", "5.6 : 1 : 0.52", "3.0", "4.5", "轻端含Sm < 0.01%"],
                   ["Ce/Pr", "LaCe | PrNd", "40", "38", "8", "3.2 : 1 : 0.38", "3.0", "4.5", "PrNd ≥ 99.5%, CeO2 < 0.05%"],
                   ["La/Ce", "La | Ce", "35", "30", "6", "2.4 : 1 : 0.21", "2.5", "4.0", "La2O3 ≥ 99.99%"],
                   ["Gd/Tb", "SmEuGd | TbDy…", "32", "36", "10", "4.8 : 1 : 0.42", "3.2", "5.0", "—"],
                   ["Tb/Dy", "Tb | Dy", "60", "60", "10", "7.5 : 1 : 0.60", "3.5", "5.5", "Tb4O7 ≥ 99.99%, Dy2O3 ≥ 99.5%"],
                   ["Y/Ho-Er", "(环烷酸)", "45", "40", "8", "3.6 : 1 : 0.30", "—", "3.0", "Y2O3 ≥ 99.999%"]], 6.5),
        ("p", "混合澄清槽单级有效容积 2.5–4.5 m³，混合时间 4–5 min，澄清面积负荷 4–5 m³/(m²·h)。各段出口液以草酸沉淀（草酸/REO 1.6–1.8，60 °C，陈化 30 min），950 °C 煅烧 3 h 得氧化物；镨钕亦可用碳酸氢铵沉淀。整线 REO 收率 ≥ 98%，盐酸单耗约 5.8 t/t REO，液氨 0.95 t/t REO。"),
        ("small", "注：以上参数来自调研，实施前需由专业设计院复核。"),
    ], title="南方稀土分离产能调研报告", author="投资部", date="2025-10-21", header="投资部 行业研究", footer="内部资料")
    label("南方离子矿分离产能调研报告_2025.pdf", verdict="controlled", codes=["1E902.a"], cats=["separation"], carrier="process-spec", lang="zh", hn=False,
          note="Market/capacity report whose appendix gives full P507 SX cascade stages, flow ratios, acid strengths, precipitation/calcination for a SE Asian partner")

    # C7 --------------------------------------------------------- packing list xlsx with diffusion process sheet (zh)
    pl = [["装箱单 PACKING LIST", "", "", "", "", ""], ["发票号", "RF-EX-2510-77", "日期", "2025-10-30", "", ""],
          ["收货人", "PT Sinar Magnet Indonesia, Batam", "", "", "", ""],
          ["箱号", "品名", "规格", "数量(件)", "净重(kg)", "毛重(kg)"]]
    for k in range(1, 13):
        pl.append([f"C{k:02d}", "钕铁硼毛坯（未扩散）", "52M 基材 40×20×3.2", 4800, 92.2, 98.5])
    pl.append(["合计", "", "", 57600, 1106.4, 1182.0])
    gbd = [["扩散工艺卡 (GBD-Tb, 52M→52SH)", "", "", ""], ["工序", "参数", "控制范围", "备注"],
           ["基材", "52M，氧含量", "≤ 800 ppm", "厚度方向 3.2 mm（扩散方向）"],
           ["前处理", "除油+酸洗 3% HNO3 20 s，超声水洗，烘干 80 °C", "", ""],
           ["涂覆", "TbH 粉（D50 4 μm）/ 乙醇+PVB 浆料，喷涂两极面", "Tb 增重 0.45–0.55 wt%", "称重抽检 5 片/盘"],
           ["扩散", "真空 ≤ 5×10⁻³ Pa，920 °C", "保温 20 h", "升温 5 °C/min，料盘间距 ≥ 10 mm"],
           ["回火", "490 °C", "4 h", "Ar 风冷至 < 60 °C"],
           ["目标性能", "Br 下降 ≤ 0.02 T；HcJ 增幅 ≥ 620 kA/m", "HcJ ≥ 1,592 kA/m", ""],
           ["说明", "印尼工厂按本卡自行扩散；第一炉请拍炉温曲线发回确认", "", ""]]
    write_xlsx("RF-EX-2510-77_装箱单.xlsx", [("装箱单", pl), ("扩散工艺", gbd)], author="外贸部", date="2025-10-30")
    label("RF-EX-2510-77_装箱单.xlsx", verdict="controlled", codes=["1E902.a"], cats=["magnet-manufacturing"], mtypes=["NdFeB"], carrier="parameter-sheet",
          lang="zh", hn=False, note="Export packing list for magnet blanks with second sheet giving Tb grain-boundary diffusion process card for overseas plant")

    # C8 --------------------------------------------------------- CV with electrolysis know-how (en docx)
    write_docx("CV_Liu_Jianguo_Electrolysis_Engineer_EN.docx", [
        ("title", "LIU Jianguo — Curriculum Vitae"),
        ("p", "Rare-earth metallurgy engineer · Baotou, China · applying for: Senior Process Engineer, Metals Plant (Kuantan, Malaysia)"),
        ("h1", "Summary"),
        ("p", "12 years in rare-earth metal production: molten-salt electrolysis of PrNd, Nd and La-Ce metals, cell design and start-up, furnace team leadership. Can independently design, build and start up a fluoride-bath electrolysis workshop."),
        ("h1", "Experience"),
        ("p", "2017–2025 · Workshop Head, Metals Plant, Baotou (PrNd metal 3,000 t/yr)"),
        ("b", ["Ran 42 × 6 kA and 8 × 10 kA cells. Standard operating window I set and trained: electrolyte PrNdF3:LiF = 88:12 (wt), temperature 1,040–1,060 °C, oxide feed 1.8–2.2 % of bath every 3–4 min by vibratory feeder, anode current density 0.9–1.1 A/cm², cathode (W rod Ø70 mm) 6–7 A/cm², cell voltage 9.5–10.5 V.",
               "Raised current efficiency from 78 % to 86 % by shortening anode-cathode distance to 95 mm and switching to high-density graphite anode segments (4 × quarter-ring, replaced every 22–25 days).",
               "Cut carbon in metal from 0.045 % to < 0.025 % by raising the W crucible lip and tapping every 60 min with a tantalum ladle; Fe < 0.2 %, O < 0.03 %.",
               "Designed the 10 kA upscale cell: graphite crucible ID 680 mm, depth 760 mm, 4 anodes, bottom-collecting W crucible, Mo-lined tap hole; DC consumption 9.2 kWh/kg metal.",
               "Start-up procedure for new cells: bake graphite with Ar to 800 °C over 36 h, melt LiF first, add REF3 in 4 portions, begin oxide feed only after bath reaches 1,030 °C."]),
        ("p", "2013–2017 · Process engineer, calcium-thermal reduction of TbF3/DyF3 (vacuum induction, 1,450 °C, Ca excess 10 %), then vacuum distillation of Tb at 1,600 °C."),
        ("h1", "Education"),
        ("p", "BEng Metallurgical Engineering, Inner Mongolia University of Science and Technology, 2013"),
        ("h1", "Languages"),
        ("p", "Chinese (native), English (working)"),
    ], author="Liu Jianguo", title="CV", date="2025-11-02")
    label("CV_Liu_Jianguo_Electrolysis_Engineer_EN.docx", verdict="controlled", codes=["1E902.a"], cats=["metal-smelting"], carrier="other", lang="en", hn=False,
          note="CV for overseas job carrying PrNd fluoride electrolysis windows, cell design, Ca reduction; employment is an export route")

def controlled_docs_3():
    # C9 --------------------------------------------------------- training slides with line params (zh pptx)
    write_pptx("新员工培训_烧结车间_2025版.pptx", [
        ("新员工培训 —— 烧结车间", None, "制造二部 · 2025年8月 · 适用于海外工厂（塞尔维亚）新员工"),
        ("培训安排", ["第1天：安全、6S、劳保用品", "第2天：车间工艺流程介绍", "第3天：设备操作（师傅带教）", "第4天：考核"]),
        ("工艺流程", ["熔炼速凝 → 氢破 → 气流磨 → 磁场成型 → 等静压 → 烧结 → 回火 → 检测",
                      "本车间负责：成型后坯料的烧结与回火", "上下游交接：坯料密封盒转运，开盒到入炉 ≤ 30 min"]),
        ("烧结炉标准工艺（N48H / 50M）", {"table": [["段", "温度 (°C)", "时间 (min)", "真空/气氛", "说明"],
                                               ["脱脂", "室温→300", "120", "≤ 10 Pa", "升温 2.5 °C/min"], ["脱氢", "300→850", "240", "≤ 1 Pa", "中间 600 °C 保温 60 min"],
                                               ["烧结", "1,070 (N48H) / 1,060 (50M)", "300", "≤ 5×10⁻³ Pa", "压升率超 0.5 Pa/h 报警"],
                                               ["风冷", "→ 80", "—", "Ar 85 kPa", ""], ["一级回火", "900", "150", "≤ 5×10⁻² Pa", ""],
                                               ["二级回火", "500 (N48H) / 480 (50M)", "240", "≤ 5×10⁻² Pa", "Ar 风冷出炉"]]}),
        ("装炉要求", ["料盒：钼盒，每层 ≤ 12 kg，坯料间距 ≥ 3 mm", "每炉 ≤ 560 kg，放 3 个测温样块（上/中/下）",
                      "出炉后抽 3 块测密度 ≥ 7.55 g/cm³，切样测 B-H"]),
        ("常见异常", {"table": [["现象", "原因", "处理"], ["密度低 < 7.50", "烧结温度低/时间短", "补烧 1,075 °C × 60 min"],
                               ["变形/开裂", "升温过快、脱氢不充分", "脱氢段延长 60 min"], ["HcJ 低", "二级回火温度偏离、氧含量高", "调整 ±10 °C 回火，查气流磨氧含量"],
                               ["晶粒异常长大", "烧结温度过高", "降 10 °C，检查热电偶"]]}),
        ("考核", ["笔试 20 题 + 实操（装炉、设定程序、出炉检测）", "合格后方可独立上岗"]),
    ], author="制造二部", title="新员工培训 烧结车间", date="2025-08-12")
    label("新员工培训_烧结车间_2025版.pptx", verdict="controlled", codes=["1E902.a"], cats=["magnet-manufacturing"], mtypes=["NdFeB"], carrier="process-spec",
          lang="zh", hn=False, note="Onboarding slides for overseas plant with full sintering/tempering program and trouble-shooting values")

    # C10 -------------------------------------------------------- ESG case-study draft with sludge recycling process (mixed md)
    md = """# Sustainability Report 2025 — Case study draft: 磁材油泥回收 (Magnet sludge recycling)

_Draft v0.3 for ESG committee · owner: EHS + Recycling plant · do not publish before legal review_

## Why it matters
In 2025 our Ganzhou recycling plant processed **4,850 t** of NdFeB grinding sludge (油泥) and off-cuts from our own and customers' machining lines, recovering **1,020 t REO**. That equals ~ 8 % of the oxide our magnet plants consume. 下面写了工艺要点，供报告编辑挑选可以公开的部分。

## How we do it (process summary from plant)
| Step 工序 | Conditions 条件 | Result |
|---|---|---|
| De-oiling 除油 | vacuum distillation 250 °C, 4 h; oil recovered and reused in wire saws | oil < 0.5 % |
| Oxidising roast 氧化焙烧 | rotary kiln 750–800 °C, 2.5 h, air excess 1.4; Fe → Fe2O3 | oxidation > 99 % |
| Selective leach 优溶 | 6 mol/L HCl, solid:liquid 1:3, 85–90 °C, end pH 4.0–4.3, 3 h; Fe stays in residue | RE leach 98.5 %, Fe in liquor < 0.05 g/L |
| Impurity removal 除杂 | pH 4.6 with NH3, 0.5 g/L Na2S for Cu/Pb/Co | |
| Separation 分离 | P507 cascade: Pr-Nd / Dy-Tb split, 34 + 28 stages | PrNd oxide 99.5 %, Dy 99.5 %, Tb 99.9 % |
| Precipitation & calcination 沉淀煅烧 | oxalic acid 1.7× stoich, 60 °C; calcine 900 °C 3 h | TREO 99.2 % |

Overall (Pr+Nd) recovery 96.8 %, Dy 95.5 %, Tb 95.0 %. Acid use 3.1 t HCl / t REO; residue (Fe2O3 > 85 %) sold to cement plants.

## Impact numbers for the report
- CO2: recycled oxide ~ 9 t CO2e/t REO vs 26 t CO2e/t for ore-based route (third-party LCA, 2024)
- Water: 92 % recycled; ammonium in discharge 8 mg/L (limit 15)
- Jobs: 210 employees

## Open points
- Legal: check whether the process table can appear in a public report or go into the customer version sent to our EU partners (MOFCOM No. 62 covers recycling technology). 建议公开版本只保留影响数据。
"""
    write_text("ESG2025_case_study_sludge_recycling_draft.md", md)
    label("ESG2025_case_study_sludge_recycling_draft.md", verdict="controlled", codes=["1E902.a"], cats=["recycling", "separation"], carrier="process-spec",
          lang="mixed", hn=False, note="Unpublished ESG case-study draft carrying magnet sludge roast/HCl selective leach/SX/precipitation conditions and recoveries")

    # C11 -------------------------------------------------------- mining job description with in-situ leaching know-how (zh txt)
    txt = """老挝项目 原地浸矿技术员 岗位说明书（招聘用）

所属部门：海外事业部 老挝矿山项目部
工作地点：老挝 波里坎赛省
汇报对象：矿山技术主管

一、岗位职责
1. 按下列技术标准组织原地浸矿注液、收液及母液处理，每日填写注液记录；
2. 负责注液孔、收液巷道的布设放样；
3. 管理当地员工 15–20 人。

二、现场技术标准（上岗即需掌握）
1. 注液孔网度：2.0 m × 2.0 m 梅花形布置，孔径 0.2 m，孔深穿过全风化层至半风化层顶板以上 0.5 m（一般 6–12 m）；
2. 浸矿剂：硫酸铵 2.0%–2.5%（前期），中期降至 1.5%，pH 5.0–5.5；镁盐替代方案：硫酸镁 3%；
3. 注液强度：每孔 0.3–0.5 m³/d，先注清水 3 d 疏通；
4. 顶水：母液稀土浓度低于 0.3 g/L 时改注清水顶水，顶水量约为浸矿剂量的 1.2 倍；
5. 收液：山脚导流孔间距 5 m，仰角 5°–8°，集液沟防渗；收液率目标 ≥ 85%；
6. 母液处理：除杂用碳酸氢铵调 pH 5.0–5.2 沉铝，沉淀 2 h；沉淀稀土用碳酸氢铵至 pH 6.8–7.0，碳铵/REO 质量比 2.5:1；上清液补加硫酸铵回用；
7. 产品：碳酸稀土 REO ≥ 92%（灼烧计），Al2O3 ≤ 1.0%；
8. 环保：每 7 d 监测周边地下水氨氮。

三、任职要求
1. 采矿、选矿或化工专业，大专以上；
2. 在赣南/闽西离子型稀土矿山从事原地浸矿 3 年以上；
3. 能长期驻外，服从安排。

四、待遇
月薪 2.5–3.5 万元，驻外补贴另计，每 4 个月回国休假 1 个月。
"""
    write_text("老挝项目_原地浸矿技术员_岗位说明书.txt", txt)
    label("老挝项目_原地浸矿技术员_岗位说明书.txt", verdict="controlled", codes=["1E902.a"], cats=["mining"], carrier="other", lang="zh", hn=False,
          note="Job description for overseas ion-clay project embedding in-situ leaching well grid, lixiviant, collection and precipitation parameters")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for f in (clear_docs_1, clear_docs_2, clear_docs_3, clear_docs_4, clear_docs_5, clear_docs_6, clear_docs_7, clear_docs_8,
              controlled_docs_1, controlled_docs_2, controlled_docs_3):
        f()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for L in LABELS:
            assert os.path.exists(os.path.join(OUT, L["file"])), L["file"]
            fh.write(json.dumps(L, ensure_ascii=False) + "\n")
    print(len(LABELS), "documents")

if __name__ == "__main__":
    main()
