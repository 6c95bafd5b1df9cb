#!/usr/bin/env python3
"""Generator for the cm- training batch (commercial documents, both sides of 1E902).
Byte-reproducible: fixed dates, fixed MIME boundaries, zip entries re-stamped."""
import os, io, re, json, csv, zipfile, random, datetime
from email.message import EmailMessage
from email.policy import SMTP

random.seed(20250611)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FIXED = datetime.datetime(2025, 6, 3, 9, 30, 0)
FIXED_UTC = datetime.datetime(2025, 6, 3, 9, 30, 0, tzinfo=datetime.timezone.utc)
LABELS = []

def label(file, verdict, codes, cats, mtypes, carrier, excl, lang, hard, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mtypes, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=hard, note=note))

def path(name):
    return os.path.join(OUT, name)

def normalize_zip(p):
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-06-03T09:30:00Z\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-06-03T09:30:00Z\g<2>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 3, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(p, "wb") as f:
        f.write(buf.getvalue())

def w_text(name, text, enc="utf-8"):
    with open(path(name), "w", encoding=enc, newline="\n") as f:
        f.write(text.strip("\n") + "\n")

def w_csv(name, rows, enc="utf-8"):
    with open(path(name), "w", encoding=enc, newline="") as f:
        wr = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            wr.writerow(r)

def w_docx(name, blocks, author="Sales"):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author; cp.last_modified_by = author
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED; cp.revision = 1
    for b in blocks:
        if isinstance(b, list):
            t = d.add_table(rows=len(b), cols=len(b[0]))
            t.style = "Table Grid"
            for i, row in enumerate(b):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
        elif b.startswith("# "):
            d.add_heading(b[2:], level=1)
        elif b.startswith("## "):
            d.add_heading(b[3:], level=2)
        else:
            d.add_paragraph(b)
    d.save(path(name)); normalize_zip(path(name))

def w_pptx(name, slides, author="IR"):
    from pptx import Presentation
    p = Presentation()
    cp = p.core_properties
    cp.author = author; cp.last_modified_by = author
    cp.created = FIXED; cp.modified = FIXED; cp.revision = 1
    for title, bullets in slides:
        s = p.slides.add_slide(p.slide_layouts[1])
        s.shapes.title.text = title
        tf = s.placeholders[1].text_frame
        tf.text = bullets[0] if bullets else ""
        for bl in bullets[1:]:
            tf.add_paragraph().text = bl
    p.save(path(name)); normalize_zip(path(name))

def w_xlsx(name, sheets, author="Sales"):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author; wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(r)
    wb.save(path(name)); normalize_zip(path(name))

def w_pdf(name, lines, title="", author=""):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_creation_date(FIXED_UTC)
    pdf.set_title(title); pdf.set_author(author); pdf.set_producer("fpdf2")
    pdf.add_font("zh", "", FONT)
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    for ln in lines:
        if ln.startswith("# "):
            pdf.set_font("zh", size=15); pdf.multi_cell(0, 9, ln[2:], new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif ln.startswith("## "):
            pdf.set_font("zh", size=12); pdf.multi_cell(0, 8, ln[3:], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif ln == "":
            pdf.ln(3)
        else:
            pdf.set_font("zh", size=10); pdf.multi_cell(0, 5.5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(name))

def w_eml(name, frm, to, subject, date, body, msgid, attach=None, cc=None):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject; m["Date"] = date; m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    m.set_content(body.strip("\n") + "\n", charset="utf-8")
    if attach:
        aname, adata, mtype = attach
        mt, st = mtype.split("/")
        m.add_attachment(adata, maintype=mt, subtype=st, filename=aname)
        m.set_boundary("=_cm_" + re.sub(r"\W", "", msgid)[:24])
    with open(path(name), "wb") as f:
        f.write(m.as_bytes(policy=SMTP))

# ===================== CONTROLLED =====================
def build_controlled():
    # C1 quotation with technical conditions, NdFeB, zh docx
    w_docx("cm-报价单-QT2025-0417-烧结磁体.docx", [
        "# 报价单 QUOTATION  No. QT2025-0417",
        "致:Elmotec GmbH 采购部(Mr. J. Krüger)    日期:2025-04-17    有效期:30天",
        [["序号", "牌号", "规格(mm)", "镀层", "数量(pcs)", "单价(USD, FOB宁波)"],
         ["1", "N48H", "40×20×5 ±0.05", "NiCuNi 10-15μm", "120,000", "0.86"],
         ["2", "N48H", "30×10×3 ±0.05", "NiCuNi 10-15μm", "200,000", "0.31"],
         ["3", "45SH", "R23.5×R19×60°×25", "环氧黑 20μm", "80,000", "1.42"]],
        "## 商务条款",
        "付款:30% T/T预付,70%见提单副本付清。交期:首批样品确认后35天。包装:防磁铁箱,每箱≤25kg。价格以上海有色网氧化镨钕报价(含税)58万元/吨为基准,波动超过±5%时双方重新议价。",
        "## 技术条件(客户要求随报价附工艺路线以便PPAP预审)",
        "1. 合金:PrNd 29.8wt%、Dy 0.6wt%、B 0.96wt%、Co 1.0wt%、Cu 0.15wt%、Ga 0.2wt%、Al 0.1wt%、Fe余量;真空感应熔炼后速凝铸片,铜辊线速度1.6 m/s,片厚0.25–0.35 mm。",
        "2. 氢破:室温吸氢,氢压0.15–0.2 MPa,饱和后550℃脱氢4 h;气流磨氮气保护,氧含量≤50 ppm,粉末粒度D50=3.0–3.2 μm,添加0.08%防氧化润滑剂。",
        "3. 成型:1.8 T磁场取向压制,压坯密度3.9–4.1 g/cm³,再经200 MPa冷等静压。",
        "4. 烧结:真空度≤5×10⁻³ Pa,1065℃保温5 h,氩气风冷;一级回火900℃×2 h,二级回火490℃×3 h。",
        "5. 加工及检验:多线切割、双端面磨;出厂Br≥13.6 kGs,Hcj≥17 kOe,每批抽检3件,提供BH曲线。",
        "以上报价及技术条件仅供贵司内部评审使用。",
        "宁波恒磁新材料有限公司  销售部  许晓东  +86 574 8xxx 2231",
    ], author="许晓东")
    label("cm-报价单-QT2025-0417-烧结磁体.docx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"],
          "other", None, "zh", False, "Quotation to German buyer whose technical conditions give full NdFeB route: alloy, strip casting speed, HD, jet mill, pressing, sintering and two-stage ageing set-points.")

    # C2 short sales email en NdFeB
    w_eml("cm-mail-elmotec-followup-0502.eml", "Kevin Lu <kevin.lu@hengci-magnet.cn>", "Jan Krueger <j.krueger@elmotec.de>",
          "RE: N45SH segments - why our HcJ stays above spec", "Fri, 02 May 2025 10:14:00 +0800",
          """Dear Jan,

Thanks for the call yesterday and for sharing the ageing test results from your traction motor line.
We are confident the 45SH arcs will hold HcJ above 20 kOe after your 180 C burn-in.

Just between us, the reason is our sintering and tempering window: 1070 C for 4 h under vacuum, fast argon
quench, then 880 C for 2 h and a second tempering at 500 C for 3 h. We keep the jet-milled powder at D50 2.9 um,
which is finer than most of our competitors.

Happy to send samples from the June lot. Best regards,
Kevin Lu | Export Sales | Hengci Magnet""", "<20250502101400.7731@hengci-magnet.cn>")
    label("cm-mail-elmotec-followup-0502.eml", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"],
          "email", None, "en", False, "Short sales email to foreign customer disclosing sintering temperature/time, two-stage tempering and powder size.")

    # C3 audit questionnaire answers SmCo, xlsx mixed
    w_xlsx("cm-supplier-audit-SAQ-answers-SmCo.xlsx", [
        ("SAQ", [
            ["Supplier Audit Questionnaire / 供应商审核问卷", "", "Customer: Aerolec SAS (FR)", ""],
            ["No.", "Question", "Supplier answer / 供方回答", "Evidence"],
            [1, "Company name, sites", "江西赣钴磁业有限公司, Ganzhou site, 2 workshops", "Business licence"],
            [2, "ISO 9001 / AS9100 status", "ISO 9001:2015 valid to 2027; AS9100 in preparation", "Cert."],
            [3, "Product family", "Sm2Co17 sintered, grades 24–32 MGOe, Tmax 350 C", "Catalogue"],
            [4, "Describe melting", "VIM, Sm excess 1.5% for burn-off; alloy Sm 25.5, Fe 17, Cu 5.6, Zr 2.8, Co bal. (wt%)", "WI-M-01"],
            [5, "Milling / particle size", "Coarse crush + jet mill, FSSS 3.5–4.0 um", "WI-M-03"],
            [6, "Pressing", "Transverse field 2.0 T, then CIP 200 MPa", "WI-M-04"],
            [7, "Sintering & solution treatment settings", "Sinter 1215 C x 1 h, cool to 1180 C, solution 3 h, air-quench", "Furnace log"],
            [8, "Ageing cycle", "830 C x 12 h in Ar, slow cool 0.7 C/min to 400 C, hold 5 h, furnace cool", "Furnace log"],
            [9, "Key control for Hcj", "Cu/Zr cell-boundary precipitation depends on slow-cool rate; we reject lots if rate >1.0 C/min", "SPC chart"],
            [10, "Final inspection", "100% flux check; Br >=1.05 T, Hcj >=25 kOe sample testing", "Hysteresigraph"],
            [11, "Sub-suppliers", "Sm metal from domestic smelter, Co from Umicore China", "ASL"],
        ]),
        ("Info", [["Prepared by", "QA 刘敏"], ["Date", "2025-03-20"], ["Status", "Answers final"]]),
    ])
    label("cm-supplier-audit-SAQ-answers-SmCo.xlsx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"],
          "parameter-sheet", None, "mixed", False, "Answers to French customer's audit questionnaire give Sm2Co17 alloy, sinter/solution temps and the ageing + slow-cool schedule.")

    # C4 investor deck zh with one SX slide
    w_pptx("cm-投资者交流-2025半年度.pptx", [
        ("赣南稀土集团 2025年半年度投资者交流", ["证券代码:6xxxxx", "2025年8月 · 深圳"]),
        ("经营概况", ["上半年营业收入38.6亿元,同比+12%", "分离产品产量4,120吨REO", "氧化镨钕均价同比上涨9%"]),
        ("产能布局", ["冶炼分离指标:1.2万吨/年", "金属车间:镨钕金属3,000吨/年", "海外合作:与东南亚客户洽谈加工合作"]),
        ("核心工艺优势(技术团队)", [
            "P507-煤油体系,有机相浓度1.5 mol/L,氨皂化度36%",
            "Nd/Sm分组:萃取段48级,洗涤段30级,O/A=1.8:1,洗酸3.0 mol/L HCl",
            "反萃:5.5 mol/L HCl,12级;料液REO 1.6 mol/L,pH 3.5",
            "草酸沉淀(草酸/REO=1.8),950℃灼烧2 h,Pr6O11+Nd2O3≥99.5%",
            "单位酸耗较行业低18%"]),
        ("风险提示", ["价格波动风险", "环保政策风险", "出口管制政策变化"]),
    ])
    label("cm-投资者交流-2025半年度.pptx", "controlled", ["1E902.a"], ["separation"], [],
          "process-spec", None, "zh", False, "Investor deck; one slide gives P507 saponification, stage counts, O/A, acid concentrations, precipitation and calcination set-points.")

    # C5 tender response clause b separation en docx
    w_docx("cm-tender-response-KZ-SX-plant-upgrade.docx", [
        "# Technical Proposal – Tender No. KTM-2025/014",
        "Upgrade and Commissioning of the Rare Earth Solvent Extraction Section, Stepnogorsk (Kazakhstan)",
        "Bidder: Jiangxi Ruida Engineering & Technology Co., Ltd.",
        "## 1. Scope",
        "Replacement of the existing 24-stage PrNd/SmEuGd circuit by two new mixer-settler banks (total 96 stages, PP/FRP, 1.2 m3 mixer), re-piping of organic and aqueous headers, new saponification unit, DCS integration and training of 40 operators.",
        "## 2. Installation sequence",
        "2.1 Civil hand-over and levelling of settler bases within ±2 mm over the full bank length; weir heights set stage by stage to the drawing RD-SX-0412.",
        "2.2 Mechanical installation of agitators; shaft run-out ≤0.3 mm; impeller tip speed adjusted to 3.5–4.0 m/s by VFD.",
        "2.3 Instrumentation: flowmeters for organic, feed, scrub and strip streams calibrated in situ against tank drawdown.",
        "## 3. Commissioning procedure",
        "Step 1 – water run: 72 h with water in both phases, leak check and interface control.",
        "Step 2 – cold run with kerosene/water, verify phase disengagement time <90 s and entrainment <200 ppm.",
        "Step 3 – organic loading: charge P507 1.5 mol/L in sulfonated kerosene; saponify to the target degree given in the process package.",
        "Step 4 – progressive feed introduction at 30 %, 60 %, 100 % of design flow; establish profile until PrNd raffinate and Sm-enriched strip reach steady state (typically 10–14 days).",
        "Step 5 – performance test: 72 h at design flow, targets Pr6O11+Nd2O3 ≥ 99.5 %, recovery ≥ 98 %, Sm in PrNd ≤ 0.05 %.",
        "## 4. Maintenance and spare parts",
        "Quarterly inspection of agitator seals; annual crud removal and settler cleaning; spare impellers 10 %. Troubleshooting guide for emulsion/crud formation included in O&M manual.",
        "## 5. Schedule",
        "Mobilisation 4 weeks after award; installation 14 weeks; commissioning 6 weeks; Provisional Acceptance week 26.",
    ], author="Ruida Engineering")
    label("cm-tender-response-KZ-SX-plant-upgrade.docx", "controlled", ["1E902.b"], ["separation"], [],
          "process-spec", None, "en", False, "Tender response for installing, commissioning and maintaining a foreign RE solvent-extraction line; process values only as targets -> clause b.")

    # C6 trade fair talking points mixed md
    w_text("cm-booth-talking-points-Magnetics-Expo.md", """
# Magnetics Expo 2025 (Frankfurt) – booth talking points
*Internal – for sales staff at stand B-214*

## Key messages
- 低重稀土 high-coercivity grades: 52SH / 50UH with Dy-free option
- 25 % shorter lead time than last year (new Baotou plant online)
- Full traceability: each box QR-coded to melt lot

## If visitors ask "how do you get UH without Dy?"
- Say: grain-boundary diffusion (GBD, 晶界扩散) on machined blanks ≤ 8 mm thickness.
- Details we may share with serious OEM buyers:
  - Tb coating by sputtering, 0.5–0.6 wt% of magnet weight
  - diffusion 920 °C × 10 h in vacuum, then ageing 480–500 °C × 4 h
  - Hcj gain +10 to +11 kOe, Br drop < 0.2 kGs
- Don't discuss price per kg of Tb in front of competitors.

## Pricing guidance
- Quote against SMM PrNd oxide, ±5 % band
- MOQ 50 kg per grade
""")
    label("cm-booth-talking-points-Magnetics-Expo.md", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"],
          "other", None, "mixed", False, "Trade-fair talking points that hand out Tb grain-boundary-diffusion loading, diffusion and ageing set-points to visitors.")

    # C7 PrNd metal quotation with technical annex en pdf
    w_pdf("cm-offer-PrNd-metal-HaiPhong.pdf", [
        "# Commercial Offer – Praseodymium-Neodymium Metal",
        "Offer No. BT-M-2025-118    Date: 2025-05-09    Buyer: VinaMag Co., Ltd., Hai Phong, Vietnam",
        "",
        "Item: PrNd metal, Pr:Nd = 25:75, TREM >= 99.0 %, RE/TREM >= 99.5 %, C <= 0.03 %, Fe <= 0.2 %",
        "Quantity: 60 t (monthly 5 t)   Price: USD 71.50/kg CIF Hai Phong   Packing: 250 kg iron drums under argon",
        "Payment: irrevocable L/C at sight",
        "",
        "## Annex A – Production conditions (as requested in buyer's RFQ section 4)",
        "Cell type: 6 kA round cell, graphite crucible-anode, tungsten cathode rod 70 mm, molybdenum receiver",
        "Electrolyte: (Pr,Nd)F3 86 wt% / LiF 14 wt%, bath kept at 1040-1060 C",
        "Oxide feed: PrNd oxide 99.5 % dried at 600 C, feeding every 3 min, 1.0 kg/kA.h theoretical basis",
        "Cathode current density 6-7 A/cm2, anode 0.9-1.1 A/cm2, cell voltage 9.5-10.5 V",
        "Tapping every 2 h into Mo crucible; current efficiency 82-85 %, yield 96 %",
        "Anode replacement at 25-30 days; carbon pick-up kept low by cathode immersion depth 120 mm",
        "",
        "Seller: Baotou Huaxin Rare Earth Metals Co., Ltd.",
    ], title="Offer PrNd metal", author="Huaxin Sales")
    label("cm-offer-PrNd-metal-HaiPhong.pdf", "controlled", ["1E902.a"], ["metal-smelting"], [],
          "other", None, "en", False, "Metal sales offer whose annex gives fluoride-bath composition, temperature, current densities, voltage and feeding regime of PrNd electrolysis.")

    # C8 email zh mining in-situ leaching
    w_eml("cm-邮件-老挝项目浸矿参数.eml", "王建国 <wangjg@ganxin-mining.com>", "Somchai P. <somchai@lao-resources.la>",
          "关于离子型矿代加工合作及浸矿方案", "Tue, 11 Mar 2025 16:40:00 +0800",
          """Somchai先生:

您好!感谢贵方上月在赣州的考察。关于贵司在老挝北部离子吸附型稀土矿的合作,我方可提供混合碳酸稀土包销,价格按REO含量92%计,随行就市。

关于贵方询问的浸矿方案,我司现行做法如下,供贵方参考:
- 原地浸矿,注液井网格2 m×2 m,井径0.2 m,井深打到全风化层底板以上0.5 m;
- 浸矿剂用硫酸铵2.0–3.0%,初期pH 4.5–5.0,顶水阶段改清水;液固比约0.8:1;
- 集液沟加导流孔,母液稀土浓度0.8–1.2 g/L;
- 除杂:母液用碳酸氢铵调pH 5.2去铝,澄清后再按1:3.5(质量比)加碳酸氢铵沉淀,得混合碳酸稀土,REO回收率约85%。

如需,我方可派技术员现场指导。期待您的回复。

王建国
赣鑫矿业 国际合作部""", "<20250311164000.2201@ganxin-mining.com>")
    label("cm-邮件-老挝项目浸矿参数.eml", "controlled", ["1E902.a"], ["mining"], [],
          "email", None, "zh", False, "Sales email to Lao partner disclosing in-situ leaching well grid, lixiviant concentration, pH, impurity removal and precipitation ratios.")

    # C9 recycling letter en txt
    w_text("cm-letter-PenangRecyc-swarf-offer.txt", """
Ganzhou Xinlu Resource Recycling Co., Ltd.
Export Department

To: Mr. Lim Boon Kiat, Purchasing Director, Penang Green Metals Sdn Bhd
Date: 28 April 2025
Ref: XL-EX-2504-07

Dear Mr. Lim,

Thank you for your enquiry about toll-processing your NdFeB grinding sludge and swarf (approx. 40 t/month).
We are pleased to quote RMB 9,800 per tonne of dry feed, with REO credited to you at 92 % of the SMM price
on delivery date. Moisture above 25 % will be charged separately.

You asked how we achieve our recovery figures. Our route, which we would also be willing to license to your
planned Malaysian plant, is as follows. The sludge is dried, de-oiled and roasted in a rotary kiln at 800-850 C
for 2 h so that iron goes fully to Fe2O3. The calcine is leached with 6 mol/L HCl at a liquid/solid ratio of
4:1 and 85 C, finishing at pH 3.5-4.0 so that iron stays in the residue (selective "you-rong" leaching). The
liquor is purified with a small P507 circuit and the rare earths precipitated with oxalic acid (1.7 x
stoichiometric), then calcined at 900 C. We get REO recovery above 97 % and a PrNd oxide of 99.5 %.

The offer is valid until 31 May 2025. We look forward to your reply.

Yours sincerely,
Zhong Lihua
Export Manager
""")
    label("cm-letter-PenangRecyc-swarf-offer.txt", "controlled", ["1E902.a"], ["recycling"], [],
          "other", None, "en", False, "Toll-processing offer letter that discloses the magnet-sludge recycling route with roasting, HCl leach, pH and precipitation conditions.")

    # C10 Ce magnet brochure with one recipe paragraph, zh pdf
    w_pdf("cm-高丰度铈磁体产品手册-2025.pdf", [
        "# 高丰度稀土永磁 · 降本新选择",
        "包头华磁科技股份有限公司 产品手册(2025版)",
        "",
        "## 为什么选择铈磁体",
        "镧铈是包头矿的伴生高丰度元素,长期积压。用铈部分替代镨钕,可使磁体原料成本下降15%–25%,适合家电压缩机、微特电机、音响等对温度稳定性要求不高的场合。",
        "",
        "## 产品系列",
        "HC-35(Br 11.8–12.2 kGs,Hcj≥12 kOe)  HC-38(Br 12.2–12.6 kGs,Hcj≥11 kOe)  HC-42M(Br 12.8–13.2 kGs,Hcj≥14 kOe)",
        "",
        "## 我们的双主相工艺",
        "与单合金直接添加铈不同,我公司采用双主相工艺:分别熔炼(Pr,Nd)-Fe-B与(Ce,La,Nd)-Fe-B两种合金,后者铈占稀土总量的45%;两种速凝片分别氢破、气流磨至D50 3.5 μm后按7:3混粉,1.6 T取向成型。烧结温度1030–1040℃×4 h(比常规钕铁硼低30℃以抑制相间扩散),回火500℃×3 h。成品中铈占稀土总量约30%,Hcj比单合金方案高约2.5 kOe。",
        "",
        "## 服务",
        "提供免费样品,可按图加工方块、瓦形、圆环;镀锌、镍铜镍、环氧涂层可选。",
        "联系:sales@huaci-tech.cn  +86 472 5xx xxxx",
    ], title="铈磁体产品手册", author="华磁科技")
    label("cm-高丰度铈磁体产品手册-2025.pdf", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"],
          "other", None, "zh", False, "Sales brochure with one paragraph giving dual-main-phase Ce magnet recipe: Ce fraction, powder size, mixing ratio, sintering and tempering set-points.")
    # C11 maintenance service offer clause b, zh docx, NdFeB
    w_docx("cm-海外工厂设备维保服务方案-印尼.docx", [
        "# 印尼客户钕铁硼产线设备维保及维修服务方案",
        "客户:PT Magnet Nusantara(巴淡岛)    编制:宁波科磁装备服务部    版本:V1.2",
        "## 一、服务范围",
        "速凝甩带炉2台、氢破炉3台、气流磨2套、磁场压机6台、真空烧结炉8台的年度维保、故障维修及备件供应。",
        "## 二、维护保养规程",
        "1. 速凝炉:每熔炼300炉次检查铜辊表面,粗糙度Ra>1.6 μm时上车床修复,修磨量每次≤0.3 mm;冷却水进水温度控制在25–30℃,流量≥60 m³/h;中包耐材每80炉次更换。",
        "2. 氢破炉:每月做一次保压检漏,压升率≤0.5 Pa/min;脱氢段加热带每季度测量电阻。",
        "3. 气流磨:分级轮轴承每1,500 h更换;喷嘴磨损超过0.5 mm更换;系统含氧量在线仪每月校准,报警值设为100 ppm。",
        "4. 真空烧结炉:每季度做一次炉温均匀性测试(9点法),在1060℃工艺点要求±3℃以内,超差时调整分区功率并更换热电偶;极限真空达不到5×10⁻³ Pa时检查扩散泵油、更换门密封圈。",
        "## 三、维修响应",
        "远程诊断4 h内响应;现场维修工程师10日内到场(含签证)。烧结炉加热体断裂、石墨隔热屏更换按附表工时计费。",
        "## 四、升级建议",
        "建议2026年将2台烧结炉改造为气淬+对流加热型,回火段升温时间缩短40%,改造后需进行空炉烘炉、热均匀性复测和三批工艺验证。",
        "## 五、费用",
        "年度维保费用:USD 186,000;备件另计,按清单报价。",
    ], author="科磁装备")
    label("cm-海外工厂设备维保服务方案-印尼.docx", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"],
          "process-spec", None, "zh", False, "Service offer with maintenance/repair rules and upgrade plan for an overseas NdFeB line's strip casters, HD, jet mills and sintering furnaces -> clause b.")

    # C12 electrolysis cell upgrade commissioning en pdf clause b
    w_pdf("cm-proposal-electrolysis-cell-upgrade-Baotou-to-MY.pdf", [
        "# Proposal: Upgrade of Rare-Earth Metal Electrolysis Cells from 4 kA to 10 kA",
        "Client: Lynx Metals Sdn Bhd, Kuantan, Malaysia     Contractor: Inner Mongolia Ruite Metallurgical Engineering",
        "",
        "## 1. Purpose",
        "Retrofit of 16 existing 4 kA NdPr cells into 10 kA cells to raise output from 2.1 t/d to 5.2 t/d with the same floor area.",
        "## 2. Retrofit work",
        "- remove old graphite crucibles and refractory; rebuild with new lining (castable + graphite blocks) per our design package",
        "- install new W cathode lifting mechanism and four-segment graphite anode holder, busbar rated 12 kA",
        "- new rectifier set (12 kA / 20 V) and automatic oxide feeder with 1 min cycle",
        "## 3. Commissioning procedure",
        "1) Baking-in: gas burner pre-heat of crucible to 800 C over 36 h, 50 C/h ramp",
        "2) Electrolyte start-up: charge fluoride salt, strike arc with start-up electrode, raise to operating range (target 1050 C)",
        "3) Current ramp: 4 kA for 24 h, 7 kA for 24 h, then 10 kA; record voltage every 15 min",
        "4) Acceptance: 7 days continuous operation at 10 kA, current efficiency >= 80 %, TREM >= 99 %",
        "## 4. Maintenance",
        "Anode segment change procedure without stopping current; monthly check of busbar joints by IR camera; cathode straightness check at each change.",
        "## 5. Price & schedule",
        "Lump sum USD 2.35 M; 9 months from down-payment; 2 commissioning engineers on site for 10 weeks.",
    ], title="Electrolysis cell upgrade", author="Ruite")
    label("cm-proposal-electrolysis-cell-upgrade-Baotou-to-MY.pdf", "controlled", ["1E902.b"], ["metal-smelting"], [],
          "process-spec", None, "en", False, "Upgrade/commissioning proposal for RE electrolysis cells abroad: retrofit, baking, current ramp, maintenance; process values only as targets -> clause b.")

    # C13 SmCo line installation kickoff deck, a+b, en pptx
    w_pptx("cm-kickoff-SmCo-line-Querétaro.pptx", [
        ("Project Kick-off: Sm-Co Magnet Line, Querétaro (MX)", ["Supplier: Hunan Kecheng Magnetics Equipment", "Customer: MagnaTec de México", "12 June 2025"]),
        ("Scope of supply", ["1 × 200 kg VIM furnace", "1 × jet mill, 1 × 2.0 T transverse press, 1 × CIP", "3 × vacuum sintering / ageing furnaces (Ar quench)", "Installation, commissioning, training, first-lot recipe transfer"]),
        ("Installation & commissioning milestones", ["W1–W6 civil & utilities; furnace foundations ±1 mm", "W7–W10 mechanical install, leak test <1 Pa·L/s", "W11 dry run, thermocouple survey", "W12–W14 hot commissioning with 3 trial lots", "SAT: Br ≥ 1.08 T, HcJ ≥ 25 kOe on 2:17 grade 30H"]),
        ("Trial-lot recipe (transferred to customer)", ["Alloy wt%: Sm 25.0, Fe 19.0, Cu 5.0, Zr 3.0, Co bal.", "Sinter 1210 °C 1 h → solution 1175 °C 4 h → Ar quench", "Age 840 °C 10 h, cool 0.5 °C/min to 400 °C, hold 10 h", "Oxygen in powder < 2500 ppm; green density 5.0 g/cm³"]),
        ("Training & after-sales", ["2 weeks operator training in Changsha", "12-month warranty, remote support", "Annual furnace recalibration visit"]),
    ])
    label("cm-kickoff-SmCo-line-Querétaro.pptx", "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["SmCo"],
          "process-spec", None, "en", False, "Kick-off deck for installing/commissioning a SmCo line in Mexico (b) that also transfers the 2:17 alloy, sintering, solution and ageing recipe (a).")

    # C14 recycling line upgrade tender zh docx, clause b
    w_docx("cm-投标文件-越南油泥回收线改造.docx", [
        "# 投标文件(技术部分)",
        "项目:越南海阳省钕铁硼废料回收生产线升级改造    招标编号:HD-REC-2025-03",
        "投标人:江西绿循环保科技有限公司",
        "## 1 现状诊断",
        "现有线处理能力1,500吨/年,回转窑焙烧氧化不完全(Fe²⁺残余高),优溶槽搅拌不足,稀土回收率仅88%。",
        "## 2 改造内容",
        "2.1 回转窑更换为Φ2.2×22 m内热式窑,增设窑尾二次燃烧室及布袋除尘;",
        "2.2 优溶段由间歇槽改为三级串联连续槽,增加在线pH计及盐酸自动加料;",
        "2.3 新增板框压滤机2台、草酸沉淀槽及推板窑灼烧炉1台。",
        "## 3 安装与调试",
        "3.1 回转窑安装:托轮中心线偏差≤1 mm,筒体径向跳动≤5 mm;耐火砖砌筑后按烘窑曲线烘窑120 h。",
        "3.2 单机试车→联动试车(清水)→投料试车:首周按设计负荷50%投料,逐步提至100%。",
        "3.3 性能考核:连续72 h,稀土回收率≥96%,产品TREO≥99%,Fe₂O₃≤0.01%。考核指标以业主提供的现行工艺条件为准。",
        "## 4 维护与培训",
        "编制回转窑、优溶槽、压滤机维修规程;派驻工程师3名,驻场8周;培训越方操作人员24名。",
        "## 5 工期与报价",
        "总工期7个月;总价人民币1,380万元(含税,不含土建)。",
    ], author="绿循环保")
    label("cm-投标文件-越南油泥回收线改造.docx", "controlled", ["1E902.b"], ["recycling"], [],
          "process-spec", None, "zh", False, "Tender response to upgrade, install and commission a Vietnamese magnet-scrap recycling line; process figures only as targets -> clause b.")

    # C15 short email en separation stage counts
    w_eml("cm-mail-LaCe-cut-quote-Ankara.eml", "Amy Chen <amy.chen@lianrare.com>", "Mehmet Yilmaz <m.yilmaz@etimaden-trade.com.tr>",
          "Quotation: La/Ce separation package", "Mon, 19 May 2025 09:05:00 +0800",
          """Dear Mehmet,

Please find our price: La2O3 99.99 % at USD 1.20/kg and CeO2 99.95 % at USD 1.35/kg, FOB Tianjin, 200 t each.

On the process question from your engineers: our La/Ce cut runs on P507 with 62 extraction and 45 scrub stages,
feed at 1.2 mol/L REO, O/A 2.2, scrub with 2.5 N HCl and strip Ce with 6 N HCl in 10 stages.

Kind regards,
Amy""", "<20250519090500.4410@lianrare.com>")
    label("cm-mail-LaCe-cut-quote-Ankara.eml", "controlled", ["1E902.a"], ["separation"], [],
          "email", None, "en", False, "Short price email to Turkish customer with one sentence of La/Ce solvent-extraction stage counts, O/A and acid strengths.")

    # C16 short email zh Dy-Fe alloy electrolysis
    w_eml("cm-邮件-镝铁合金报价-韩国.eml", "李峰 <lifeng@jxdyalloy.cn>", "Park Jihoon <jhpark@kmagnet.co.kr>",
          "镝铁合金报价及工艺说明", "Wed, 16 Apr 2025 14:22:00 +0800",
          """朴先生:

镝铁合金(Dy 80%±1%)本月报价为每公斤2,050元人民币,含税出厂,最小订单100 kg。

贵司技术部询问的制备方式:我们采用氟化物体系熔盐电解,电解质DyF3-LiF质量比88:12,温度1080–1100℃,以纯铁棒为自耗阴极、石墨坩埚作阳极,阴极电流密度约8 A/cm²,电解过程中按每5分钟一次加入氧化镝,合金液滴入钼坩埚收集。

此致
李峰""", "<20250416142200.0918@jxdyalloy.cn>")
    label("cm-邮件-镝铁合金报价-韩国.eml", "controlled", ["1E902.a"], ["metal-smelting"], [],
          "email", None, "zh", False, "Price email to Korean buyer with a paragraph giving Dy-Fe consumable-cathode electrolysis bath, temperature and current density.")

    # C17 PPAP control plan csv en
    w_csv("cm-PPAP-control-plan-rotor-magnet-P1187.csv", [
        ["Control Plan", "Part P1187 rotor magnet 50UH", "Customer: Borgner Automotive (US)", "Phase: Production", "Rev C"],
        ["Op", "Process step", "Machine", "Characteristic", "Specification", "Method", "Freq"],
        ["10", "Vacuum induction melting + strip casting", "SC-600", "Flake thickness", "0.28 +/- 0.05 mm", "micrometer", "each heat"],
        ["10", "", "SC-600", "Wheel speed", "1.4-1.6 m/s", "PLC log", "continuous"],
        ["20", "Hydrogen decrepitation", "HD-03", "Dehydrogenation temp/time", "560 C / 5 h", "recorder", "each batch"],
        ["30", "Jet milling", "JM-200", "D50 / O2 in N2", "3.1 +/- 0.1 um / <=30 ppm", "laser PSA / analyser", "each lot"],
        ["40", "Field pressing", "MP-12", "Field / green density", ">=1.8 T / 4.0 g/cc", "gaussmeter / balance", "hourly"],
        ["50", "Sintering", "VSF-8", "Temp x time / vacuum", "1060 C x 6 h / <=3E-3 Pa", "furnace chart", "each load"],
        ["60", "Tempering", "VSF-8", "1st / 2nd stage", "890 C x 3 h / 500 C x 4 h", "furnace chart", "each load"],
        ["70", "Grain boundary diffusion", "GBD-2", "Tb paste / cycle", "0.55 wt% / 930 C x 12 h + 490 C x 5 h", "weigh / chart", "each load"],
        ["80", "Grinding", "DG-4", "Thickness", "4.00 +/- 0.03 mm", "CMM", "5 pcs/h"],
        ["90", "Coating", "EP line", "Epoxy thickness", "15-25 um", "eddy current", "5 pcs/lot"],
        ["100", "Final test", "HG-700", "Br / HcJ at 20 C", ">=13.3 kG / >=30 kOe", "hysteresigraph", "3 pcs/lot"],
    ])
    label("cm-PPAP-control-plan-rotor-magnet-P1187.csv", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"],
          "parameter-sheet", None, "en", False, "PPAP control plan sent to US automotive customer listing NdFeB process set-points from strip casting through GBD and tempering.")

    # C18 GB18030 csv audit reply, beneficiation
    w_csv("cm-客户审核答复-选矿工艺.csv", [
        ["项目", "参数", "单位", "备注"],
        ["原矿", "氟碳铈矿+独居石混合矿", "", "REO 6.5%"],
        ["磨矿细度", "-0.074mm 88", "%", "两段闭路"],
        ["弱磁选", "0.12", "T", "除磁铁矿"],
        ["强磁选", "1.2", "T", "粗选"],
        ["浮选温度", "55-60", "℃", "加温浮选"],
        ["调整剂 Na2CO3", "1.5", "kg/t", "pH 9.0-9.5"],
        ["抑制剂 水玻璃", "2.0", "kg/t", "模数2.4"],
        ["捕收剂 羟肟酸(H205)", "1.2", "kg/t", "分两次加入"],
        ["起泡剂", "0.05", "kg/t", "J102"],
        ["粗选/扫选/精选", "1/2/3", "次", ""],
        ["精矿品位", "REO 60", "%", "回收率75%"],
        ["答复单位", "白云鄂博某选矿厂技术科", "", "2025-02-18 对外商审核组"],
    ], enc="gb18030")
    label("cm-客户审核答复-选矿工艺.csv", "controlled", ["1E902.a"], ["mining"], [],
          "parameter-sheet", None, "zh", False, "GB18030 CSV answering a foreign buyer's audit: bastnaesite/monazite flotation grind, magnetic fields, reagent dosages, temperature.")

    # C19 xlsx toll separation quotation monazite caustic decomposition
    w_xlsx("cm-独居石代加工报价-2025Q2.xlsx", [
        ("报价", [
            ["独居石精矿代加工报价单", "", "", ""],
            ["客户", "Mineral Sands Pty Ltd (AU)", "", ""],
            ["项目", "单位", "单价(元)", "备注"],
            ["碱分解+优溶加工费", "元/吨精矿", 6800, "精矿REO≥55%"],
            ["萃取分离加工费", "元/吨REO", 12500, "产出单一氧化物"],
            ["放射性废渣处置", "元/吨渣", 3200, "按实际渣量"],
            ["运输", "元/吨", "", "客户自理"],
        ]),
        ("技术条件", [
            ["工序", "条件", "", ""],
            ["球磨", "-325目≥95%", "", ""],
            ["碱分解", "NaOH 50%,碱矿比1.5:1,140–150℃,4 h", "", ""],
            ["热水洗", "洗至pH 8,回收磷酸三钠", "", ""],
            ["盐酸优溶", "30%盐酸,终点pH 4.0–4.5,80℃,钍铀留渣", "", ""],
            ["除镭/铅", "加BaCl2+H2SO4共沉淀", "", ""],
            ["转型", "料液REO 1.4 mol/L进P507萃取", "", ""],
            ["分解率", "≥97%", "", ""],
        ]),
    ])
    label("cm-独居石代加工报价-2025Q2.xlsx", "controlled", ["1E902.a"], ["separation"], [],
          "parameter-sheet", None, "zh", False, "Toll-processing quotation with a sheet of technical conditions: monazite caustic decomposition ratio/temperature, HCl selective leach pH, Ra removal.")

    # C20 SmCo5 Q&A md en short
    w_text("cm-FAQ-for-Nagoya-distributor.md", """
# FAQ for our Nagoya distributor (SmCo 1:5 line)

**Q: Lead time?** 4 weeks for standard YX-18/YX-20 discs, 6 weeks for custom shapes.

**Q: Is the material RoHS / REACH compliant?** Yes, declarations attached.

**Q: Why is your 1:5 Hcj higher than the catalogue of other Chinese suppliers?**
We sinter SmCo5 compacts at 1130 C for 1 h, then hold at 1100 C for 40 min and quench in argon; after that a
short 890 C / 1 h treatment and quench again. Sm content is kept at 37.0 wt% in the alloy.

**Q: Coating?** Usually none; Ni on request.
""")
    label("cm-FAQ-for-Nagoya-distributor.md", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"],
          "other", None, "en", False, "Distributor FAQ; one answer discloses SmCo5 sintering, post-sinter hold, quench and heat-treatment schedule plus Sm content.")

    # C21 recycling services sales deck zh pptx
    w_pptx("cm-回收业务推介-海外客户.pptx", [
        ("稀土二次资源回收服务", ["赣州新锂再生资源有限公司", "面向海外磁材厂的废料回收方案"]),
        ("我们收什么", ["钕铁硼边角料、切片废料、磨削油泥", "钐钴废料", "废抛光粉(铈基)"]),
        ("回收流程与关键控制点", ["油泥脱油:真空蒸馏150℃回收切削油", "氧化焙烧:回转窑780–820℃,2.5 h,Fe全部转为Fe2O3", "盐酸优溶:液固比3.5:1,终点pH 3.8,90℃保温1 h", "P507小循环除Al/Co,草酸沉淀1.6倍理论量", "灼烧900℃×2 h,稀土回收率≥97.5%"]),
        ("合作模式", ["来料加工:按REO计价", "买断:按SMM价格折扣", "海外建厂技术支持"]),
        ("联系我们", ["overseas@xinli-recycle.cn"]),
    ])
    label("cm-回收业务推介-海外客户.pptx", "controlled", ["1E902.a"], ["recycling"], [],
          "process-spec", None, "zh", False, "Sales deck for overseas customers; one slide gives the sludge recycling route with roast temperature, leach ratio/pH, precipitation and calcination.")

    # C22 very short en txt hot-deformed
    w_text("cm-draft-reply-hotdeformed-rings.txt", """
Hi Sandra,

Glad the radial rings passed your cogging test. Price for 10k pcs stays at USD 3.10 each, delivery 6 weeks.

For your engineer's question: we hot-press melt-spun MQU-F flakes at 700 C and 200 MPa to full density, then
backward-extrude at 820 C with about 70 % height reduction to get the radial texture.

Best, Tony
""")
    label("cm-draft-reply-hotdeformed-rings.txt", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"],
          "email", None, "en", False, "Very short sales reply whose last sentence gives hot-press and backward-extrusion temperatures, pressure and reduction for hot-deformed NdFeB rings.")

    # C23 docx en audit answers Tb metal calciothermic
    w_docx("cm-audit-response-Tb-metal-supplier.docx", [
        "# Response to Customer Process Audit – Terbium Metal 99.9 %",
        "Customer: NordMag AB (Sweden)     Audit ref. NM-SA-2025-07     Supplier: Fujian Jinlong Rare Metals",
        "## Section A – Organisation",
        "Staff 210, of which 34 engineers. Certifications ISO 9001, ISO 14001, ISO 45001.",
        "## Section B – Process",
        "B1. Raw material: Tb4O7 ≥ 99.99 % from our own separation plant.",
        "B2. Fluorination: Tb4O7 reacted with HF gas at 600–650 °C in a Monel rotary reactor for 6 h to TbF3, O ≤ 0.1 %.",
        "B3. Reduction: TbF3 and re-distilled Ca (15 % excess) in a tantalum crucible, vacuum induction furnace, heated to 1450–1500 °C under 0.05 MPa Ar; slag CaF2 separated after cooling.",
        "B4. Refining: vacuum distillation of the crude metal at 1650 °C, 10⁻³ Pa, condensing on a Ta plate; Ca ≤ 50 ppm, Ta ≤ 100 ppm.",
        "B5. Yield: 95 % from oxide.",
        "## Section C – Quality controls",
        "ICP-MS on every ingot; O/N by inert gas fusion.",
        "## Section D – Logistics",
        "Vacuum-packed ingots in argon-filled steel drums; HS 2805301900.",
    ], author="Jinlong QA")
    label("cm-audit-response-Tb-metal-supplier.docx", "controlled", ["1E902.a"], ["metal-smelting"], [],
          "other", None, "en", False, "Answer to Swedish customer's process audit giving TbF3 fluorination, calcium reduction and vacuum-distillation conditions.")

    # C24 mixed email separation Ce(IV)
    w_eml("cm-mail-CeO2-spec-and-route-Mumbai.eml", "Sun Wei 孙伟 <sunwei@sc-rareearth.com>", "Rahul Mehta <rahul@ind-polish.in>",
          "Re: CeO2 99.95% for polishing – price + 工艺说明", "Thu, 22 May 2025 11:48:00 +0800",
          """Dear Rahul,

Price: CeO2 99.95 % USD 1.45/kg CIF Nhava Sheva, 5 x 20' FCL per quarter.

Regarding your question on how we make the high-purity grade, our team wrote this summary (原文附后):
Bastnäsite concentrate is roasted at 500 C with air so Ce goes to Ce(IV); leach with 6 N HCl at 85 C keeps
Ce(IV) in the residue while trivalent RE dissolve. Then reduce-leach with H2O2 and extract with P507, 8 stages,
O/A 1:1, strip with 2 N HCl.

工艺要点:氧化焙烧500℃×2 h;优溶盐酸6 mol/L,85℃;还原浸出加双氧水;P507萃取8级。

Best regards,
Sun Wei""", "<20250522114800.5150@sc-rareearth.com>")
    label("cm-mail-CeO2-spec-and-route-Mumbai.eml", "controlled", ["1E902.a"], ["separation"], [],
          "email", None, "mixed", False, "Bilingual sales email to Indian buyer disclosing bastnaesite oxidising roast, Ce(IV) selective leach and P507 stage/acid conditions.")

    # C25 zh pdf tender mining commissioning clause b
    w_pdf("cm-技术标-缅甸离子型矿注液系统安装调试.pdf", [
        "# 技术标书",
        "项目名称:缅甸克钦邦某离子型稀土矿原地浸矿注液与集液系统安装、调试及运维",
        "投标单位:江西赣南矿山工程有限公司       日期:2025年3月",
        "",
        "## 一、工程内容",
        "注液井约12,000口、集液巷道及导流孔、高位水池2座、母液收集池及输液管网的安装,注液自控系统调试和一年运维。",
        "## 二、安装要求",
        "1. 注液井按设计网格布置,井位偏差≤0.2 m;注液管PE DN32,接头热熔。",
        "2. 集液巷道按坡度3‰施工,导流孔孔距1.5 m,孔内插PVC花管。",
        "3. 高位池防渗采用2 mm HDPE膜,焊缝100%充气检测。",
        "## 三、调试步骤",
        "(1)清水试注:逐块分区试注,检查注液均匀性及山体渗漏;",
        "(2)监测井水位及地下水水质,确认无外渗;",
        "(3)投加浸矿剂:浓度、pH按业主工艺文件执行(参考值:硫酸铵2%左右,pH 5);",
        "(4)母液浓度达到0.5 g/L以上后转入正常生产。",
        "## 四、运行维护",
        "每日巡检注液流量和管网;每周清理集液沟淤泥;雨季前加固边坡;滑坡预警监测点每5 ha设1个。",
        "## 五、工期及报价",
        "工期180天;总价USD 3,960,000。",
    ], title="技术标", author="赣南矿山工程")
    label("cm-技术标-缅甸离子型矿注液系统安装调试.pdf", "controlled", ["1E902.b"], ["mining"], [],
          "process-spec", None, "zh", False, "Tender for installing, commissioning and maintaining in-situ leaching injection/collection system at a Myanmar ion-adsorption mine; values as references -> clause b.")

    # C26 bonded magnet quotation en md
    w_text("cm-quote-bonded-rings-QB-2291.md", """
# Quotation QB-2291 — Bonded NdFeB rings

| Item | Grade | Size (mm) | Qty | Unit price |
|---|---|---|---|---|
| 1 | BNP-10 | OD 22 x ID 18 x 10 | 300,000 | USD 0.27 |
| 2 | BNP-12L | OD 30 x ID 25 x 12 | 150,000 | USD 0.44 |

Coating: epoxy spray 10-20 um. Magnetising: 8 poles, skewed. Delivery: 5 weeks after PO.

## Technical conditions agreed with your engineering team
- Powder: melt-spun isotropic Nd-Fe-B flakes, sieved < 300 um, passivated with 0.3 wt% coupling agent
- Binder: epoxy resin 2.2-2.5 wt%, mixed 20 min, lubricant 0.2 wt% zinc stearate
- Compaction: 800-900 MPa, density >= 6.0 g/cm3
- Curing: 150 C x 1 h in air, then 175 C x 30 min
- Expected Br 0.68-0.70 T, Hcj 700-780 kA/m
""")
    label("cm-quote-bonded-rings-QB-2291.md", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"],
          "other", None, "en", False, "Bonded-magnet quotation whose technical conditions give powder treatment, binder content, compaction pressure and curing schedule.")
# ===================== CLEAR =====================
def build_clear():
    w_text("cm-稀土价格周报-第36周.md", """
# 稀土市场价格周报(2025年第36周)

| 产品 | 规格 | 本周均价(万元/吨) | 周涨跌 |
|---|---|---|---|
| 氧化镨钕 | ≥99%,Pr6O11 25% | 58.2 | +1.6% |
| 镨钕金属 | TREM≥99% | 71.0 | +1.4% |
| 氧化镝 | ≥99.5% | 165万元/吨 | -0.6% |
| 氧化铽 | ≥99.99% | 690万元/吨 | 持平 |
| 氧化铈 | ≥99.95% | 0.78 | 持平 |

**市场综述**:本周下游磁材企业补库积极,氧化镨钕成交重心上移;缅甸矿进口通关放缓,中重稀土观望为主。出口管制新规落地后,海外询单增加但成交偏谨慎。

**下周展望**:预计镨钕价格窄幅偏强运行,关注收储动向。

数据来源:公开报价汇总,仅供参考。
""")
    label("cm-稀土价格周报-第36周.md", "clear", [], [], [], "other", None, "zh", False, "Market price report: prices and market commentary only, no process.")

    w_pdf("cm-PO-4500213377-N52-blocks.pdf", [
        "# PURCHASE ORDER  4500213377",
        "Buyer: Lindqvist Drives AB, Västerås, Sweden     Vendor: Ningbo Yongxin Magnet Co., Ltd.",
        "PO date: 2025-04-02     Incoterms: DAP Västerås     Payment: 60 days net",
        "",
        "Pos 10  Sintered NdFeB block N52, 50.8 x 25.4 x 6.35 mm, tol ±0.05, NiCuNi 12-20 um, magnetised thru 6.35",
        "        Qty 40,000 pcs   Unit USD 1.92   Amount USD 76,800.00",
        "Pos 20  Sintered NdFeB block N42SH, 20 x 10 x 4 mm, Zn 8 um, unmagnetised",
        "        Qty 150,000 pcs  Unit USD 0.21   Amount USD 31,500.00",
        "",
        "Requirements: Br/HcJ per IEC 60404-8-1 grade tables; salt spray 48 h (NiCuNi); PPAP level 3 for first delivery;",
        "RoHS & REACH declarations; certificate of origin; packing shielded per IATA if air freight.",
        "Total: USD 108,300.00",
        "Authorised: P. Ek, Strategic Purchasing",
    ], title="PO 4500213377", author="Lindqvist")
    label("cm-PO-4500213377-N52-blocks.pdf", "clear", [], [], [], "other", None, "en", False, "Purchase order for bought magnets: grades, dimensions, coatings, prices.")

    w_xlsx("cm-quotation-N45SH-arc-segments.xlsx", [
        ("Quote", [
            ["Quotation Q-25-0611", "Customer: Volt Motion Inc. (CA)", "", "", "", "", ""],
            ["Grade", "Shape / size (mm)", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m3)", "Qty", "USD/pc"],
            ["N45SH", "Arc R30.5 x R25.5 x 45° x 40", "1.32-1.38", ">=1592", "342-366", 96000, 1.18],
            ["N45SH", "Arc R30.5 x R25.5 x 45° x 20", "1.32-1.38", ">=1592", "342-366", 48000, 0.63],
            ["N40UH", "Block 30 x 12 x 5", "1.25-1.29", ">=1990", "302-326", 60000, 0.55],
            ["Coating", "Epoxy black 15-25 um; adhesion cross-cut GT0", "", "", "", "", ""],
            ["Terms", "FOB Shanghai, 45 days, T/T 30/70, valid 15 days, RE surcharge by SMM PrNd index", "", "", "", "", ""],
        ])
    ])
    label("cm-quotation-N45SH-arc-segments.xlsx", "clear", [], [], [], "other", None, "en", False, "Magnet quotation with grades, shapes, magnetic properties and prices; no process.")

    w_pdf("cm-datasheet-Sm2Co17-grades.pdf", [
        "# Sintered Sm2Co17 Magnets – Technical Datasheet",
        "",
        "Grade     Br (T)      HcB (kA/m)   HcJ (kA/m)   (BH)max (kJ/m3)   Tw max (C)",
        "YXG-24H   0.95-1.02   700-750      >=1990       175-191            350",
        "YXG-26H   1.02-1.05   750-780      >=1990       191-207            350",
        "YXG-28    1.03-1.08   756-812      >=1433       207-220            300",
        "YXG-30    1.08-1.10   788-835      >=1433       220-240            300",
        "YXG-32    1.10-1.13   812-860      >=1433       230-255            300",
        "",
        "Physical: density 8.3-8.4 g/cm3; reversible temp. coeff. of Br -0.03 %/C; Curie temperature 800-850 C.",
        "Machining tolerances: ±0.05 mm standard; brittle – handle with care.",
        "Coatings: usually uncoated; Ni or epoxy available.",
    ], title="SmCo datasheet", author="Sales")
    label("cm-datasheet-Sm2Co17-grades.pdf", "clear", [], [], [], "other", None, "en", True, "Datasheet of finished 2:17 SmCo magnets: properties only, no manufacturing parameters.")

    w_text("cm-buyers-guide-how-magnets-are-made.md", """
# Buyer's Guide: How Sintered Neodymium Magnets Are Made

Understanding the basics helps you write better specifications.

1. **Alloying** – neodymium, iron, boron and small additions are melted in a vacuum furnace and cast into thin flakes.
2. **Powdering** – the flakes are broken up with hydrogen and then milled to a fine powder of a few microns.
3. **Pressing in a magnetic field** – the powder is aligned and pressed; this is what makes the magnet anisotropic.
4. **Sintering and heat treatment** – the pressed parts are sintered in vacuum at roughly 1000–1100 °C, then heat treated.
5. **Machining** – sintered blocks are sliced and ground to size; expect 0.05 mm tolerances as standard.
6. **Coating and magnetising** – NiCuNi, zinc or epoxy protects against corrosion; parts are magnetised at the end or at your plant.

## What to specify
Grade (e.g. N42SH), dimensions and tolerances, coating, magnetisation direction, test requirements (Br, HcJ, salt spray).

## Tip
Higher-temperature grades (SH, UH, EH) contain dysprosium or terbium and cost more; ask your supplier about
grain-boundary-diffused grades that use less heavy rare earth.
""")
    label("cm-buyers-guide-how-magnets-are-made.md", "clear", [], [], [], "other", None, "en", True, "Buyer's guide naming manufacturing steps with only textbook temperature range; no set-points.")

    w_docx("cm-公司简介-恒磁新材料.docx", [
        "# 宁波恒磁新材料有限公司简介",
        "公司成立于2006年,位于宁波市北仑区,占地12万平方米,员工1,150人,是国家高新技术企业、专精特新“小巨人”企业。",
        "## 产能与装备",
        "烧结钕铁硼毛坯产能8,000吨/年。主要装备:600 kg速凝炉12台、氢破炉20台、气流磨16套、全自动磁场压机48台、真空烧结炉60台、晶界扩散线4条、多线切割机120台、电镀及环氧涂装线6条。",
        "## 产品与市场",
        "N35–N55、M–EH全系列牌号;应用于新能源汽车驱动电机(占比46%)、风电(18%)、变频家电(20%)、消费电子(16%)。出口至德国、美国、日本、韩国等20多个国家。",
        "## 资质",
        "IATF 16949、ISO 14001、ISO 45001,检测中心获CNAS认可。",
        "## 联系方式",
        "地址:宁波市北仑区xx路88号  电话:0574-8xxx xxxx",
    ], author="市场部")
    label("cm-公司简介-恒磁新材料.docx", "clear", [], [], [], "other", None, "zh", True, "Company introduction with capacity and equipment counts only; no process parameters.")

    w_csv("cm-来料检验记录-磁钢-2025-05.csv", [
        ["检验单号", "供应商", "物料", "牌号", "批号", "抽样数", "Br(kGs)", "Hcj(kOe)", "尺寸", "镀层(μm)", "盐雾48h", "结论"],
        ["IQC250506", "宁波永鑫", "转子磁钢", "N42SH", "YX2504-118", "5", "13.05", "20.3", "合格", "14", "合格", "接收"],
        ["IQC250507", "宁波永鑫", "转子磁钢", "N42SH", "YX2504-121", "5", "13.11", "20.1", "合格", "13", "合格", "接收"],
        ["IQC250512", "赣州金盛", "传感器磁钢", "YXG-28", "JS0427", "3", "10.52", "19.8", "合格", "无", "不适用", "接收"],
        ["IQC250519", "包头华磁", "压缩机磁钢", "HC-38", "HC2505-03", "5", "12.3", "10.6", "合格", "8", "合格", "拒收-Hcj低于11"],
        ["IQC250527", "宁波永鑫", "转子磁钢", "N45UH", "YX2505-017", "5", "13.4", "25.6", "1件超差", "16", "合格", "让步接收"],
    ])
    label("cm-来料检验记录-磁钢-2025-05.csv", "clear", [], [], [], "parameter-sheet", None, "zh", False, "Incoming-inspection record of bought magnets (Br/Hcj measurements); not production technology.")

    w_text("cm-出口报关单-草稿-YX250612.txt", """
中华人民共和国海关出口货物报关单(草稿)
预录入编号:3101202500061234    申报日期:2025-06-12
境内发货人:宁波永鑫磁业有限公司(91330206xxxxxxxx)
境外收货人:LINDQVIST DRIVES AB
出口口岸:北仑海关    运输方式:水路运输    提运单号:COSU6401xxxx
贸易方式:一般贸易    征免性质:一般征税    成交方式:FOB    运抵国:瑞典
项号 商品编号     商品名称及规格            数量及单位     单价    总价       币制
1   8505111000  钕铁硼永磁体 N52 镀镍铜镍 已充磁  40000个/820千克  1.92   76800.00   美元
2   8505111000  钕铁硼永磁体 N42SH 镀锌 未充磁  150000个/910千克  0.21   31500.00   美元
毛重 1,930 kg  净重 1,730 kg   件数 58箱
随附单证:发票、装箱单、原产地证、两用物项非管制声明
""")
    label("cm-出口报关单-草稿-YX250612.txt", "clear", [], [], [], "other", None, "zh", False, "Customs declaration for finished magnets: HS code, quantities, prices.")

    w_eml("cm-mail-ferrite-segments-quote.eml", "Grace Zhou <grace@hn-ferrite.com>", "Tom Baker <t.baker@wiperdrives.co.uk>",
          "Quotation ferrite arc segments Y30BH + process notes", "Tue, 08 Apr 2025 15:30:00 +0800",
          """Hi Tom,

Quote for hard ferrite (strontium ferrite) arc segments, grade Y30BH, R21 x r16 x 120deg x 30 mm:
USD 0.052/pc, 500k pcs/month, FOB Shenzhen.

Your engineer asked about process: SrO·6Fe2O3 pre-sintered at 1250 C in a rotary kiln, wet milled to 0.8 um,
wet-pressed in a 10 kOe field, sintered at 1200-1220 C for 2 h in a tunnel kiln, then ground.
Br 390-400 mT, HcJ 310 kA/m.

Regards, Grace""", "<20250408153000.3321@hn-ferrite.com>")
    label("cm-mail-ferrite-segments-quote.eml", "clear", [], [], [], "email", None, "en", True, "Ferrite magnet quotation with sintering set-points; ferrite is not a rare-earth magnet.")

    w_pdf("cm-铝镍钴磁钢报价及热处理说明.pdf", [
        "# 铸造铝镍钴磁钢报价单",
        "客户:Sensortech s.r.o.(捷克)    日期:2025-02-26",
        "LNG37(AlNiCo 5)圆柱 Φ6×20,数量50,000件,单价0.38美元;LNGT72(AlNiCo 8)Φ10×30,20,000件,单价1.25美元。",
        "",
        "## 热处理说明(应客户要求)",
        "LNG37:1250℃固溶30 min,在磁场中以1–2℃/s冷却通过居里点附近,再600℃回火4 h;",
        "LNGT72:1250℃固溶,810–820℃磁场等温处理10 min,随后650℃+580℃两级回火共20 h。",
        "性能:LNG37 Br 1.20 T,Hcb 48 kA/m;LNGT72 Br 1.05 T,Hcb 112 kA/m。",
    ], title="AlNiCo quote", author="sales")
    label("cm-铝镍钴磁钢报价及热处理说明.pdf", "clear", [], [], [], "other", None, "zh", True, "AlNiCo magnet quotation with heat-treatment schedule; AlNiCo contains no rare earth.")

    w_docx("cm-quotation-LiB-blackmass-hydromet-plant.docx", [
        "# Budget Quotation – Lithium-ion Battery Black Mass Hydrometallurgical Plant (5,000 t/a)",
        "Client: EcoCell Recycling GmbH     Supplier: Hunan Bangpu Engineering",
        "## Process overview",
        "Black mass leaching in 2 mol/L H2SO4 with 2 % H2O2 at 80 °C, L/S 5:1, 2 h; Fe/Al removal by pH 4.5 precipitation; Cu removal by Lix 984N extraction; Mn and impurities by D2EHPA; Co/Ni separation with Cyanex 272 (P507 option) in 8 + 6 + 6 mixer-settler stages; Li recovered as Li2CO3 by Na2CO3 at 95 °C.",
        "## Budget price",
        "EPC without civil: EUR 14.6 M. Delivery 14 months.",
        [["Product", "Purity", "Recovery"], ["NiSO4·6H2O", "battery grade", "98 %"], ["CoSO4·7H2O", "battery grade", "98 %"], ["Li2CO3", "99.5 %", "90 %"]],
    ], author="Bangpu")
    label("cm-quotation-LiB-blackmass-hydromet-plant.docx", "clear", [], [], [], "process-spec", None, "en", True, "Li-ion battery recycling plant quote using D2EHPA/Cyanex/P507; not rare-earth secondary resources.")

    w_eml("cm-邮件-P507萃取剂-镍钴客户.eml", "销售部 刘洋 <liuyang@ly-chem.cn>", "PT Nikel Hijau <procurement@nikelhijau.co.id>",
          "P507萃取剂报价及镍钴分离应用建议", "Mon, 14 Apr 2025 10:10:00 +0800",
          """尊敬的客户:

P507(2-乙基己基膦酸单2-乙基己基酯)含量≥95%,报价每吨2.65万元人民币,CIF雅加达,200公斤桶装。

针对贵司红土镍矿高压酸浸液钴镍分离:建议P507浓度20%(体积),磺化煤油稀释,皂化率65%,平衡pH 4.8–5.2,
萃钴6级,洗涤4级,反萃用1.5 mol/L硫酸;Co/Ni分离系数可达数百。

如需样品请告知。
刘洋""", "<20250414101000.8812@ly-chem.cn>")
    label("cm-邮件-P507萃取剂-镍钴客户.eml", "clear", [], [], [], "email", None, "zh", True, "P507 extractant sale with Ni/Co separation conditions; cobalt/nickel SX is outside rare earths.")

    w_pptx("cm-market-outlook-REmagnets-2025.pptx", [
        ("Rare-Earth Magnet Market Outlook 2025", ["Investor Day – Sales & Marketing", "March 2025"]),
        ("Demand", ["Global sintered NdFeB demand 2024: ~280 kt", "EV traction ~30 %, wind ~12 %, industrial motors ~15 %", "CAGR 2024-2030 est. 8-10 %"]),
        ("Supply & prices", ["China ~90 % of magnet output", "PrNd oxide averaged CNY 400-600 k/t over 2023-2025", "Export licensing adds 30-45 days lead time"]),
        ("Our position", ["Capacity 8 kt blank → 12 kt by 2027", "Top-5 customers 48 % of revenue", "Price pass-through via index clauses"]),
    ])
    label("cm-market-outlook-REmagnets-2025.pptx", "clear", [], [], [], "other", None, "en", False, "Investor market deck with demand, prices and capacity; no technical slide.")

    w_xlsx("cm-氧化物报价-2025-06.xlsx", [
        ("报价", [
            ["产品", "纯度", "包装", "数量(吨)", "单价(元/kg,含税)", "交期"],
            ["氧化钕 Nd2O3", "99.99%", "50kg 纸板桶", 20, 560, "现货"],
            ["氧化镨 Pr6O11", "99.9%", "50kg", 10, 575, "7天"],
            ["氧化铽 Tb4O7", "99.995%", "10kg 铁桶", 0.5, 7050, "15天"],
            ["氧化镝 Dy2O3", "99.9%", "25kg", 2, 1650, "现货"],
            ["氧化钇 Y2O3", "99.999%", "25kg", 5, 52, "现货"],
            ["备注", "以上为出厂价,出口需另办理许可", "", "", "", ""],
        ])
    ])
    label("cm-氧化物报价-2025-06.xlsx", "clear", [], [], [], "other", None, "zh", False, "Oxide price list with purities, tonnage and prices; no process.")

    w_pdf("cm-COA-Dy2O3-lot-D250317.pdf", [
        "# CERTIFICATE OF ANALYSIS",
        "Product: Dysprosium Oxide Dy2O3   Lot: D250317   Net weight: 2 x 25 kg   Customer: KMag Co., Ltd.",
        "",
        "TREO 99.32 %   Dy2O3/TREO 99.93 %",
        "RE impurities (ppm): La<5 Ce<5 Pr<5 Nd<10 Sm<5 Eu<5 Gd 45 Tb 180 Ho 120 Er<10 Y 60",
        "Non-RE (ppm): Fe2O3 8, SiO2 25, CaO 20, Al2O3 10, Cl- 50",
        "LOI (1000 C): 0.35 %   Particle size D50: 4.2 um",
        "Method: ICP-MS / ICP-OES; QA approved 2025-03-19",
    ], title="COA", author="QA")
    label("cm-COA-Dy2O3-lot-D250317.pdf", "clear", [], [], [], "other", None, "en", False, "Certificate of analysis of an oxide lot: composition only.")

    w_pptx("cm-公司宣传-稀土分离业务介绍.pptx", [
        ("专注稀土分离三十年", ["赣州某稀土分离企业宣传材料"]),
        ("我们怎么做", ["原料:离子型稀土矿混合碳酸稀土、氧化物", "溶解:用酸溶解成稀土料液", "萃取分离:多级串级萃取,把15种稀土逐一分开", "沉淀灼烧:得到高纯单一稀土氧化物"]),
        ("产品", ["氧化镨钕、氧化镝、氧化铽、氧化钇等20余种", "纯度99%–99.999%"]),
        ("环保", ["废水零排放", "氨氮回收"]),
    ])
    label("cm-公司宣传-稀土分离业务介绍.pptx", "clear", [], [], [], "other", None, "zh", True, "Promotional deck naming separation steps in general terms with no set-points.")

    w_eml("cm-mail-DyFe-shipment-delay.eml", "Li Feng <lifeng@jxdyalloy.cn>", "Park Jihoon <jhpark@kmagnet.co.kr>",
          "Dy-Fe shipment – export licence status", "Fri, 23 May 2025 17:02:00 +0800",
          """Dear Mr. Park,

Your order PO-KM-0419 (Dy-Fe 80 %, 300 kg) is packed and ready. Since Dy-Fe now needs a dual-use export licence
we filed the application on 12 May; MOFCOM review normally takes up to 45 working days. We will ship by air
immediately on approval. The price of CNY 2,050/kg remains fixed for this order.

Sorry for the delay.
Li Feng""", "<20250523170200.0921@jxdyalloy.cn>")
    label("cm-mail-DyFe-shipment-delay.eml", "clear", [], [], [], "email", None, "en", False, "Shipment/licence status email about an alloy order; no technology.")

    w_text("cm-供货框架协议-质量条款.md", """
# 钕铁硼磁体供货框架协议(节选:第5–7条)

**第五条 质量要求** 乙方按甲方图纸及技术协议供货,牌号N42SH/N45UH,性能按GB/T 13560执行;每批附出厂检验报告。

**第六条 工艺变更** 乙方原材料、配方、关键工序或生产地点发生变更,须提前90天书面通知甲方并重新提交PPAP;未经批准不得发货。

**第七条 价格联动** 单价=加工费+镨钕含量×上月SMM氧化镨钕均价×系数;每季度调整。

甲方:苏州某电机有限公司          乙方:宁波永鑫磁业有限公司
""")
    label("cm-供货框架协议-质量条款.md", "clear", [], [], [], "other", None, "zh", True, "Supply agreement clauses mentioning process change control but disclosing no process.")

    w_docx("cm-铝电解槽报价-印度客户.docx", [
        "# 400 kA预焙阳极铝电解槽技术及报价",
        "客户:印度某铝业公司    供方:沈阳某铝镁设计院",
        "电解质:冰晶石-氧化铝熔盐,分子比2.3–2.5,电解温度950–960℃,氟化铝、氟化钙添加;阳极电流密度0.78 A/cm²,槽电压3.95 V,电流效率≥93%,吨铝直流电耗≤13,000 kWh。",
        "供货范围:电解槽上部结构、槽壳、阴极炭块、打壳下料系统、槽控机。报价:每台槽48万美元,共288台。",
        "安装调试:焦粒焙烧启动72 h,干法启动后逐步提电流至400 kA。",
    ], author="设计院")
    label("cm-铝电解槽报价-印度客户.docx", "clear", [], [], [], "process-spec", None, "zh", True, "Aluminium electrolysis cell quotation with fluoride-bath parameters and start-up; not rare-earth smelting.")

    w_text("cm-motor-design-note-IPM-rotor.txt", """
Design note DN-2025-14: 48-slot 8-pole IPM traction motor, rotor magnet selection

Magnet: sintered NdFeB N42SH (supplier option N45UH), 2 pcs per pole in V-shape, 40 x 18 x 4.5 mm.
Br 1.30 T at 20 C, HcJ 1590 kA/m; temperature coefficient -0.11 %/K; demagnetisation check at 150 C and
3x rated current shows knee point margin 0.12 T. Eddy-current loss reduced by axial segmentation into 4 pieces.
Magnet mass per motor: 1.38 kg. Action: request quotes from three suppliers; consider GBD grade to cut Dy.
""")
    label("cm-motor-design-note-IPM-rotor.txt", "clear", [], [], [], "other", None, "en", True, "Motor design using magnets: grade and properties only, no magnet-making technology.")

    w_eml("cm-RFQ-N48H-from-buyer.eml", "Sourcing <sourcing@brightwind.nl>", "sales@hengci-magnet.cn",
          "RFQ BW-2025-033: N48H blocks for generator segments", "Wed, 07 May 2025 08:30:00 +0200",
          """Dear Sir/Madam,

Please quote for N48H sintered NdFeB blocks 60 x 30 x 10 mm, NiCuNi coating, 250,000 pcs/year,
delivered DDP Rotterdam. Required: Br >= 1.36 T, HcJ >= 1353 kA/m, salt spray 72 h, IATF 16949 certificate,
declaration of Dy/Tb content and country of origin of oxides. Deadline for offer: 21 May 2025.

Regards, Sourcing team""", "<20250507083000.1200@brightwind.nl>")
    label("cm-RFQ-N48H-from-buyer.eml", "clear", [], [], [], "email", None, "en", False, "Buyer's request for quotation: specifications only.")

    w_text("cm-合规会议纪要-出口管制.md", """
# 出口管制合规会议纪要(2025-04-22)

参会:法务、销售、技术、IT
1. 学习商务部公告2025年第61号、第62号:稀土开采、冶炼分离、金属冶炼、磁材制造及二次资源回收利用技术及其载体(1E902.a)以及生产线装配、调试、维护、维修和升级技术(1E902.b)未经许可不得出口。
2. 销售对外报价、邮件、客户审核答复中不得附工艺参数;技术条件只写产品性能。
3. 展会讲解口径由技术部统一审核。
4. IT上线外发文件审查,技术部提供关键词。
责任人:法务部 张律师;下次会议:5月20日。
""")
    label("cm-合规会议纪要-出口管制.md", "clear", [], [], [], "other", None, "zh", True, "Compliance minutes quoting the regulation; no process content.")

    w_text("cm-科普-磁铁是怎么做出来的.txt", """
磁铁是怎么做出来的?——写给中学生的稀土科普

手机振动马达、电动汽车电机里都有小小的“钕铁硼”磁铁。它的制作大致分几步:先把钕、铁、硼等原料在真空炉里熔化,铸成薄片;再把薄片“打碎”成比面粉还细的粉末;然后在强磁场里把粉末压成块,让每个小颗粒的“磁极”都朝同一个方向;接着放进高温炉里烧结,一般在一千多摄氏度;最后切割、电镀、充磁,磁铁就诞生了。
稀土从哪里来?我国江西、广东有离子型稀土矿,内蒙古白云鄂博有世界最大的稀土矿。稀土要经过冶炼分离,才能变成一种一种的单一稀土。
""")
    label("cm-科普-磁铁是怎么做出来的.txt", "clear", [], [], [], "other", None, "zh", True, "Popular science with only generic steps and textbook temperature.")

    w_pdf("cm-quote-WC-Co-sinter-HIP-parts.pdf", [
        "# Quotation: Cemented Carbide Wear Parts (Sinter-HIP)",
        "Customer: Andes Pumps S.A. (Chile)   Quote Q-CC-0592",
        "Grade YG8 (WC-8Co), seal rings OD 85 x ID 60 x 12 mm, 4,000 pcs, USD 11.40/pc.",
        "Process: spray-dried powder, pressed at 150 MPa, dewaxed 450 C, sinter-HIP at 1450 C and 5 MPa Ar for 60 min,",
        "diamond-ground Ra 0.1 um. Density 14.7 g/cm3, HRA 89.5, TRS 2800 MPa.",
    ], title="WC quote", author="sales")
    label("cm-quote-WC-Co-sinter-HIP-parts.pdf", "clear", [], [], [], "other", None, "en", True, "Cemented-carbide sintering quotation; vocabulary overlaps but not rare earth.")

    w_csv("cm-RE-oxide-price-history-2024.csv", [
        ["month", "PrNd_oxide_CNY_t", "Dy2O3_CNY_t", "Tb4O7_CNY_t", "CeO2_CNY_t", "source"],
        ["2024-01", "438000", "2620000", "7650000", "6100", "public quotes"],
        ["2024-04", "395000", "2050000", "6350000", "6300", "public quotes"],
        ["2024-07", "372000", "1780000", "5870000", "6450", "public quotes"],
        ["2024-10", "424000", "1740000", "6030000", "7200", "public quotes"],
        ["2024-12", "418000", "1710000", "5860000", "7600", "public quotes"],
    ])
    label("cm-RE-oxide-price-history-2024.csv", "clear", [], [], [], "parameter-sheet", None, "en", False, "Oxide price time series; no technology.")

    w_docx("cm-service-contract-vacuum-heat-treat-furnaces.docx", [
        "# Annual Maintenance Contract – Vacuum Heat-Treatment Furnaces",
        "Customer: Toolmakers Polska Sp. z o.o.  Contractor: Jiangsu Huayu Furnace Service",
        "Equipment: 4 horizontal vacuum hardening furnaces (tool steels H13, D2; 1030–1080 °C austenitising, 6 bar N2 quench).",
        "Services: quarterly leak-rate test (≤5 µm Hg/h), annual AMS 2750 temperature uniformity survey (±6 °C), hot-zone graphite felt repair, pump oil change every 2,000 h, thermocouple replacement.",
        "Response: 48 h on site. Fee: EUR 38,000/year excl. spare parts.",
    ], author="Huayu")
    label("cm-service-contract-vacuum-heat-treat-furnaces.docx", "clear", [], [], [], "process-spec", None, "en", True, "Maintenance contract for tool-steel vacuum furnaces; resembles clause b but no rare-earth line.")

    w_xlsx("cm-铁矿选矿药剂报价.xlsx", [
        ("报价", [
            ["铁矿反浮选药剂报价", "", "", ""],
            ["客户", "蒙古某铁矿", "", ""],
            ["药剂", "用量建议", "单价(元/吨)", "备注"],
            ["阴离子捕收剂 RA-915", "0.6–0.8 kg/t", 11800, "反浮选脱硅,pH 11.5"],
            ["淀粉抑制剂", "0.8 kg/t", 4200, ""],
            ["石灰活化剂", "0.5 kg/t", 600, ""],
            ["磨矿细度", "-0.074mm 90%", "", "弱磁选 0.15 T 后进浮选"],
        ])
    ])
    label("cm-铁矿选矿药剂报价.xlsx", "clear", [], [], [], "parameter-sheet", None, "zh", True, "Iron-ore flotation reagent quotation; beneficiation vocabulary but not rare earth.")
# ===================== EXCLUDED =====================
def build_excluded():
    w_text("cm-press-release-GBD-paper.md", """
# Press release: Our R&D team publishes grain-boundary diffusion study

Ningbo, 15 May 2025 — Researchers of Hengci Magnet and Zhejiang University have published their results in the
*Journal of Magnetism and Magnetic Materials*, Vol. 601 (2025), Article 172145, doi:10.1016/j.jmmm.2025.172145
(received 12 Dec 2024, accepted 28 Mar 2025). We reprint the key results from the published paper:

- Commercial N52 magnets 5 mm thick were coated with 0.6 wt% TbH2 slurry.
- Diffusion at 900 °C for 8 h followed by annealing at 500 °C for 2 h raised HcJ from 11.8 to 24.1 kOe.
- Br decreased by only 0.15 kGs; Tb concentration profiles were measured by EPMA to 2 mm depth.

The full open-access article is available from the publisher.
""")
    label("cm-press-release-GBD-paper.md", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"],
          "other", "public-domain", "en", False, "Press release reprinting results of a published journal article with DOI and dates -> public-domain.")

    w_text("cm-标准节选-离子型稀土矿原地浸出.txt", """
中华人民共和国国家标准 GB/T XXXXX—2023(公开发布)
离子型稀土矿原地浸出开采技术规范(节选)
2023-xx-xx发布  2024-xx-xx实施  国家市场监督管理总局 国家标准化管理委员会 发布

6 注液
6.1 注液井宜按正方形或梅花形布置,井距1.5 m~3.0 m。
6.2 浸矿剂宜采用硫酸铵或硫酸镁溶液,质量分数1.5%~3.0%,pH值4.5~5.5。
6.3 注液强度应根据矿体渗透性确定,宜为0.05 m³/(m²·d)~0.15 m³/(m²·d)。
7 收液
7.1 集液巷道坡度不小于3‰。
7.2 母液稀土浓度低于0.1 g/L时停止收液,转入顶水。
""")
    label("cm-标准节选-离子型稀土矿原地浸出.txt", "excluded", ["1E902.a"], ["mining"], [],
          "process-spec", "public-domain", "zh", False, "Excerpt of a published national standard on in-situ leaching -> public-domain.")

    w_docx("cm-专利申请-钐钴时效方法-权利要求书.docx", [
        "# 发明专利申请",
        "发明名称:一种高矫顽力2:17型钐钴永磁体的多级时效方法",
        "申请人:江西赣钴磁业有限公司    代理机构:南昌某专利事务所    案卷号:GC-P2025-011",
        "## 权利要求书",
        "1. 一种2:17型钐钴永磁体的多级时效方法,其特征在于,包括以下步骤:将固溶处理后的磁体在820–850℃等温时效8–12 h;以0.5–0.8℃/min冷却至600℃,保温2 h;再以同速率冷却至400℃保温5 h后随炉冷却。",
        "2. 根据权利要求1所述的方法,其特征在于,所述磁体的成分按质量百分比为Sm 24.5–25.5%,Cu 5–6%,Zr 2.5–3.0%,Fe 16–20%,余量为Co。",
        "3. 根据权利要求1所述的方法,其特征在于,固溶处理温度为1170–1190℃。",
        "## 说明书摘要",
        "本发明通过在600℃增设中间保温平台,使胞壁相Cu富集更充分,矫顽力提高约15%。",
        "## 说明书附图",
        "图1为时效温度-时间曲线;图2为不同工艺下的退磁曲线。",
    ], author="专利事务所")
    label("cm-专利申请-钐钴时效方法-权利要求书.docx", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"],
          "other", "patent-filing", "zh", False, "Patent application draft (claims, abstract, figures) for SmCo ageing method -> patent-filing.")

    w_pdf("cm-newsletter-reprint-P507-Pr-Nd-article.pdf", [
        "# Customer Newsletter No. 12 — Reprint",
        "With kind permission we reprint the abstract and main findings of the article:",
        "“Countercurrent extraction of Pr/Nd with saponified P507: stage modelling and pilot validation”,",
        "Hydrometallurgy 228 (2024) 106350, doi:10.1016/j.hydromet.2024.106350 (received 3 Feb 2024, accepted 10 May 2024).",
        "",
        "Main findings (as published): 1.5 mol/L P507 saponified to 36 %; separation factor beta(Nd/Pr) = 1.4–1.5;",
        "a cascade of 60 extraction and 40 scrub stages at O/A 2.0 yielded Nd2O3 99.9 % at 98 % recovery;",
        "scrub acid 3.5 mol/L HCl; model predictions within 3 % of pilot profile.",
        "",
        "Published material – reproduced for customers' information.",
    ], title="Newsletter reprint", author="Marketing")
    label("cm-newsletter-reprint-P507-Pr-Nd-article.pdf", "excluded", ["1E902.a"], ["separation"], [],
          "other", "public-domain", "en", False, "Newsletter reprinting a published Hydrometallurgy article with DOI and dates -> public-domain.")

    w_eml("cm-mail-to-patent-attorney-PCT-recycling.eml", "Dr. Zhong Lihua <zhonglh@xinlu-recycle.cn>", "Ms. Anna Weber <weber@ip-partners.de>",
          "PCT filing instructions – magnet sludge recycling (our ref XL-PAT-07)", "Mon, 09 Jun 2025 09:00:00 +0800",
          """Dear Ms. Weber,

Please prepare the PCT application claiming priority from CN 2024 1 xxxxxxx.x (filed 14 Jun 2024). Draft claims:

1. A method for recovering rare earths from NdFeB grinding sludge comprising: roasting at 750–900 C for 1–3 h;
   leaching the calcine with hydrochloric acid at a final pH of 3.0–4.5 at 70–95 C; precipitating the rare earths
   from the leach liquor with oxalic acid at 1.5–2.0 times stoichiometry; calcining at 850–950 C.
2. The method of claim 1 wherein the sludge is de-oiled by vacuum distillation below 200 C before roasting.

Designated states: EP, US, JP, KR. Please file the description and figures 1–4 as in the Chinese priority text.

Best regards,
Zhong Lihua""", "<20250609090000.7001@xinlu-recycle.cn>")
    label("cm-mail-to-patent-attorney-PCT-recycling.eml", "excluded", ["1E902.a"], ["recycling"], [],
          "email", "patent-filing", "en", False, "Instructions to patent attorney for a PCT filing with draft claims on sludge recycling -> patent-filing.")

    w_text("cm-校企合作-氟化物熔盐结构基础研究计划.md", """
# 校企合作基础研究计划书(草案)

**课题名称**:稀土氟化物熔盐的微观结构与热力学性质研究
**合作方**:某大学冶金与生态工程学院 × 包头华鑫稀土金属有限公司

## 研究内容
1. 用高温拉曼光谱和分子动力学模拟研究NdF3-LiF熔体中[NdF6]³⁻等配位结构随组成的演化;
2. 测定Nd³⁺/Nd在氟化物熔体中的活度系数与标准电极电位;
3. 第一性原理计算Nd-O-F络合离子的电子结构。

## 说明
本课题属于基础研究,目标为发表论文和培养研究生,不涉及电解槽设计、工艺条件或生产操作。

## 经费与周期
经费80万元,周期3年。
""")
    label("cm-校企合作-氟化物熔盐结构基础研究计划.md", "excluded", ["1E902.a"], ["metal-smelting"], [],
          "other", "basic-research", "zh", False, "University research plan on fluoride melt structure/thermodynamics with no production know-how -> basic-research.")


def build_all():
    build_controlled()
    build_clear()
    build_excluded()


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in sorted(os.listdir(OUT)):
        os.remove(os.path.join(OUT, fn))
    build_all()
    names = [l["file"] for l in LABELS]
    assert len(names) == len(set(names)), "duplicate names"
    on_disk = set(os.listdir(OUT))
    assert on_disk == set(names), (on_disk ^ set(names))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(LABELS), "documents")

if __name__ == "__main__":
    main()
