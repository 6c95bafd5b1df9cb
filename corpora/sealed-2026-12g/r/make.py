#!/usr/bin/env python3
"""Sealed test batch generator (university-industry collaboration around rare earths)."""
import os, io, json, zipfile, shutil, random, datetime
from docx import Document
from docx.shared import Pt
import openpyxl
from pptx import Presentation
from pptx.util import Inches, Pt as PPt
from fpdf import FPDF

random.seed(20240611)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
LABELS = []

def P(rel):
    p = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p

def fix_zip(path, dt=(2024, 5, 20, 9, 30, 0)):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    import re
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % dt
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", lambda m: m.group(1) + stamp.encode() + m.group(2), b)
              if n == "docProps/core.xml" else b) for n, b in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items:
            zi = zipfile.ZipInfo(n, dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)

def when(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d")

def docx_write(rel, blocks, author="", title="", date="2024-05-20"):
    d = Document()
    st = d.styles["Normal"]; st.font.size = Pt(10.5)
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] in ("h0", "h1", "h2", "h3"):
            d.add_heading(b[1], level=int(b[0][1]))
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif b[0] == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "num":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
    cp = d.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = when(date); cp.modified = when(date); cp.revision = 3
    p = P(rel); d.save(p); fix_zip(p)

class PDF(FPDF):
    pass

def pdf_write(rel, blocks, title="", author="", date="2024-05-20", header=None):
    pdf = PDF(format="A4")
    pdf.set_creation_date(when(date).replace(tzinfo=datetime.timezone.utc))
    pdf.set_title(title); pdf.set_author(author); pdf.set_creator("Microsoft Word"); pdf.set_producer("")
    pdf.add_font("wq", "", FONT)
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    W = pdf.w - 40
    def fx(t):
        return t.replace("\u207b", "-").replace("\u207a", "+")
    blocks = [fx(b) if isinstance(b, str) else ((b[0], fx(b[1])) if isinstance(b[1], str) else (b[0], [[fx(str(c)) for c in r] if isinstance(r, list) else fx(r) for r in b[1]])) for b in blocks]
    for b in blocks:
        if isinstance(b, str):
            pdf.set_font("wq", size=10); pdf.multi_cell(W, 5.6, b); pdf.ln(1.5)
        elif b[0] == "h1":
            pdf.set_font("wq", size=15); pdf.multi_cell(W, 8, b[1]); pdf.ln(2)
        elif b[0] == "h2":
            pdf.set_font("wq", size=12); pdf.multi_cell(W, 7, b[1]); pdf.ln(1)
        elif b[0] == "small":
            pdf.set_font("wq", size=8); pdf.multi_cell(W, 4.2, b[1]); pdf.ln(1)
        elif b[0] == "bullets":
            pdf.set_font("wq", size=10)
            for x in b[1]:
                pdf.multi_cell(W, 5.6, "• " + x)
            pdf.ln(1.5)
        elif b[0] == "table":
            rows = b[1]
            pdf.set_font("wq", size=8.5)
            with pdf.table(width=W, line_height=4.6, first_row_as_headings=False, text_align="LEFT") as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(2)
        elif b[0] == "pb":
            pdf.add_page()
    pdf.output(P(rel))

def xlsx_write(rel, sheets, author="", date="2024-05-20"):
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        ws.title = name; first = False
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author; wb.properties.lastModifiedBy = author
    wb.properties.created = when(date); wb.properties.modified = when(date)
    p = P(rel); wb.save(p); fix_zip(p)

def pptx_write(rel, slides, author="", date="2024-05-20"):
    pr = Presentation()
    pr.slide_width = Inches(13.333); pr.slide_height = Inches(7.5)
    for i, (t, bullets) in enumerate(slides):
        s = pr.slides.add_slide(pr.slide_layouts[0 if i == 0 else 1])
        s.shapes.title.text = t
        body = s.placeholders[1]
        tf = body.text_frame
        if isinstance(bullets, str):
            tf.text = bullets
        else:
            tf.text = bullets[0] if bullets else ""
            for x in bullets[1:]:
                para = tf.add_paragraph(); para.text = x
                if x.startswith("  "):
                    para.level = 1
            for para in tf.paragraphs:
                for r in para.runs:
                    r.font.size = PPt(18 if len(bullets) < 7 else 15)
    cp = pr.core_properties
    cp.author = author; cp.last_modified_by = author
    cp.created = when(date); cp.modified = when(date); cp.revision = 2
    p = P(rel); pr.save(p); fix_zip(p)

def text_write(rel, s, enc="utf-8"):
    with open(P(rel), "w", encoding=enc, newline="\n") as f:
        f.write(s.strip("\n") + "\n")

def label(file, verdict, codes, cats, mags, carrier, excl, lang, hn, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mags, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=hn, note=note))

# ======================= EXCLUDED =======================
def ex_journal_pdf():
    f = "papers/Zhou2024_HEHEHP_PrNd_countercurrent_JRE.pdf"
    pdf_write(f, [
        ("small", "Journal of Rare Earths 42 (2024) 1187–1198 · https://doi.org/10.1016/j.jre.2023.08.017 · © 2023 Chinese Society of Rare Earths. Published by Elsevier B.V."),
        ("h1", "Countercurrent extraction of praseodymium and neodymium with saponified HEH/EHP: stage efficiency and organic loading in a 48-stage mixer-settler cascade"),
        "Zhou Yifan a, Xu Mengqi a, Liang Haitao b, Chen Rui a,*",
        ("small", "a School of Metallurgical Engineering, Jiangxi University of Science and Technology, Ganzhou 341000, China; b Ganzhou Rare Earth Group Research Institute, Ganzhou 341000, China. * Corresponding author. E-mail: chenrui@jxust.edu.cn"),
        ("small", "Article history: Received 11 May 2023; Received in revised form 2 August 2023; Accepted 21 August 2023; Available online 26 August 2023"),
        ("h2", "Abstract"),
        "The Pr/Nd pair is the most demanding separation in the light rare-earth circuit because the separation factor with 2-ethylhexyl phosphonic acid mono-2-ethylhexyl ester (HEH/EHP, P507) is only about 1.4–1.6. We report a laboratory cascade of 48 mixer-settler stages (effective mixer volume 0.5 L) operated in fractional extraction mode with a chloride feed containing 1.25 mol/L REO (Pr6O11 24.8%, Nd2O3 75.2%). The organic phase was 1.5 mol/L P507 in sulfonated kerosene, 36% saponified with ammonia. At O/A (organic:feed:scrub) = 6.2:1:0.75 and 4.0 mol/L HCl scrub acid, the raffinate contained Pr6O11/REO ≥ 99.5% and the loaded-organic product Nd2O3/REO ≥ 99.9%, with a Pr recovery of 98.7%. Stage-wise sampling shows that the measured profile is reproduced within 6% by a cascade model using concentration-dependent separation factors.",
        "Keywords: Rare earths; Solvent extraction; P507; Praseodymium; Neodymium; Cascade theory",
        ("h2", "1. Introduction"),
        "Mixed PrNd oxide is the principal feed for the NdFeB magnet industry, but individual Pr and Nd oxides are required for specialty alloys, ceramics and glass colouration. Since the classical work of Xu Guangxian on countercurrent extraction theory [1,2], P507-based cascades have become the industrial standard in China [3]. Published cascade studies, however, rarely report stage-by-stage profiles together with the saponification degree, which governs the effective organic capacity and the onset of third-phase formation [4–6]. Here we present such data for a bench cascade and compare them with a model calibrated on single-stage equilibrium measurements.",
        ("h2", "2. Experimental"),
        "2.1 Reagents. P507 (purity 95%, Luoyang Aoda Chemical) was used without purification and diluted with sulfonated kerosene. Saponification was carried out batch-wise with 10.8 mol/L ammonia; the degree of saponification was checked by titration of the free acid in the organic. Feed solutions were prepared by dissolving commercial PrNd oxide in hydrochloric acid and adjusting to pH 2.0–2.5.",
        "2.2 Cascade. The cascade consisted of 48 stages made of PVC (mixing 0.5 L, settling 1.8 L), stirred at 320 rpm. Stages 1–20 served as the extraction section, 21–48 as the scrubbing section; feed entered at stage 21. Steady state was considered reached after 8 cascade residence times, when the Nd2O3/REO at stages 10, 30 and 48 varied by less than 0.05% over 12 h.",
        "2.3 Analysis. Individual rare earths were determined by ICP-OES (GB/T 18115.4) and total REO by EDTA titration.",
        ("h2", "3. Results and discussion"),
        ("table", [["Run", "Saponification %", "O/A/W", "Pr6O11 in raffinate %", "Nd2O3 in organic product %", "Pr recovery %"],
                   ["R1", "32", "5.8:1:0.75", "99.21", "99.86", "97.9"],
                   ["R2", "36", "6.2:1:0.75", "99.52", "99.93", "98.7"],
                   ["R3", "40", "6.2:1:0.80", "99.48", "99.91", "98.1"],
                   ["R4", "36", "6.6:1:0.70", "99.37", "99.95", "98.9"]]),
        "Table 1 shows that raising saponification from 32% to 36% improves both product purities, whereas at 40% emulsification in stages 3–6 lengthened the phase-disengagement time from 95 s to about 160 s. The calculated separation factor β(Nd/Pr) decreased from 1.58 in the feed stage to 1.41 near the organic outlet, consistent with the loading dependence reported by Sun et al. [7].",
        ("h2", "4. Conclusions"),
        "A 48-stage P507 cascade produced 99.5% Pr6O11 and 99.9% Nd2O3 simultaneously. The stage profile is reproduced by a model with loading-dependent β, which can be used to estimate the minimum stage number for other feed compositions.",
        ("small", "Acknowledgements: This work was supported by the National Natural Science Foundation of China (52274367) and the Jiangxi Provincial Key R&D Program (20223BBG71012). Declaration of competing interest: none."),
        ("small", "References: [1] G.X. Xu, Rare Earths, 2nd ed., Metallurgical Industry Press, 1995. [2] ... [7] X. Sun et al., Sep. Purif. Technol. 251 (2020) 117311."),
    ], title="Countercurrent extraction of Pr and Nd with HEH/EHP", author="Elsevier", date="2023-08-26")
    label(f, "excluded", ["1E902.a"], ["separation"], [], "other", "public-domain", "en", False,
          "Published Journal of Rare Earths article (DOI, received/accepted dates) on P507 Pr/Nd cascade")

def ex_thesis_chapter():
    f = "thesis/陳冠宇_碩士論文_第四章_晶界擴散.docx"
    docx_write(f, [
        ("h1", "國立成功大學 材料科學及工程學系 碩士論文"),
        "論文名稱：重稀土晶界擴散處理對燒結釹鐵硼磁石矯頑力之影響",
        "研究生：陳冠宇　指導教授：林志明 博士　中華民國一一二年七月",
        ("h2", "學位論文授權書"),
        "本授權書所授權之論文為本人在國立成功大學材料科學及工程學系一一一學年度第二學期取得碩士學位之論文。本人同意將本論文全文以非專屬、無償方式授權國立成功大學圖書館及國家圖書館，於論文審定後立即公開於網際網路（臺灣博碩士論文知識加值系統），供讀者基於個人非營利性質之線上檢索、閱覽、下載或列印。論文電子全文公開日期：2023年8月31日。",
        ("h1", "第四章 結果與討論：Tb 晶界擴散"),
        ("h2", "4.1 擴散源塗佈與熱處理條件"),
        "本研究所用基材為市售 N48 等級燒結釹鐵硼磁石（Br 約 1.38 T，HcJ 約 1.15 MA/m），由廠商以線切割加工成 10 × 10 × 4 mm³ 試片，4 mm 方向為易磁化方向。試片經 3% 硝酸酸洗 30 秒、酒精超音波清洗後，以浸塗法塗佈 TbH₂ 粉末與酒精之漿料（固含量 40 wt%），乾燥後塗佈量控制在磁石重量之 0.6–0.8 wt%。",
        "擴散熱處理於真空爐中進行（真空度優於 5×10⁻³ Pa），擴散溫度分別選擇 850、900 與 950 °C，持溫 5–20 h，隨後爐冷至室溫，再於 480–520 °C 進行 3 h 回火。表 4-1 整理各條件之磁性結果。",
        ("table", [["編號", "擴散溫度 (°C)", "持溫 (h)", "回火 (°C)", "Br (T)", "HcJ (MA/m)", "ΔHcJ (MA/m)"],
                   ["GB-0", "—", "—", "—", "1.381", "1.152", "—"],
                   ["GB-1", "850", "10", "500", "1.372", "1.684", "0.532"],
                   ["GB-2", "900", "10", "500", "1.369", "1.862", "0.710"],
                   ["GB-3", "900", "20", "500", "1.365", "1.901", "0.749"],
                   ["GB-4", "950", "10", "500", "1.358", "1.797", "0.645"]]),
        ("h2", "4.2 微結構分析"),
        "SEM-BSE 與 EPMA 結果顯示，在 900 °C 擴散後，Tb 主要富集於主相晶粒外緣約 0.5–1 μm 之殼層，形成 (Nd,Tb)₂Fe₁₄B 核殼結構；950 °C 時 Tb 明顯擴散進入晶粒內部，使殼層變厚且 Br 下降較多，與文獻 [23, 31] 報導之趨勢一致。矯頑力沿擴散深度方向之分布以切片量測，距表面 2 mm 處 HcJ 仍較基材提升約 0.45 MA/m。",
        ("h2", "4.3 小結"),
        "在本研究條件下，900 °C／10–20 h 擴散並於 500 °C 回火可使矯頑力提升約 0.7 MA/m，而剩磁僅下降約 1%。過高的擴散溫度會使 Tb 進入晶粒內部，降低重稀土利用效率。",
    ], author="陳冠宇", title="第四章 晶界擴散", date="2023-08-15")
    label(f, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "public-domain", "zh", False,
          "Taiwan master's thesis chapter with library open-access authorisation (published); Tb grain-boundary diffusion of NdFeB")

def ex_si_xlsx():
    f = "supplementary/ESM_Tables_S1-S5_Sm2Co17_aging.xlsx"
    xlsx_write(f, [
        ("README", [["Electronic Supplementary Material"],
                    ["Article: Cellular nanostructure evolution and coercivity of Fe-rich Sm(Co,Fe,Cu,Zr)z magnets during step aging"],
                    ["Journal: Journal of Magnetism and Magnetic Materials, Volume 589 (2024) 171542"],
                    ["DOI: 10.1016/j.jmmm.2023.171542"],
                    ["Received 3 October 2023; Accepted 14 December 2023; Available online 19 December 2023"],
                    ["Authors: H. Wang, J. Liu, P. Zhang, Y. Gao (Beihang University / Ningbo Institute of Materials Technology and Engineering)"],
                    ["Licence: published as supplementary data to the article; freely available at the journal website"]]),
        ("Table S1 composition", [["Sample", "Sm wt%", "Co wt%", "Fe wt%", "Cu wt%", "Zr wt%", "z (at.)"],
                                  ["A", 25.1, 49.6, 18.2, 5.1, 2.0, 7.42],
                                  ["B", 24.8, 48.3, 20.1, 4.8, 2.0, 7.55],
                                  ["C", 24.6, 46.9, 22.0, 4.5, 2.0, 7.68]]),
        ("Table S2 heat treatment", [["Step", "Temperature (°C)", "Time (h)", "Atmosphere", "Cooling"],
                                    ["Sintering", 1210, 1.0, "Ar", "to 1185 °C"],
                                    ["Solution treatment", 1185, 3.0, "Ar", "oil quench"],
                                    ["Isothermal aging", 830, 12.0, "Ar", "0.7 °C/min to 400 °C"],
                                    ["Hold", 400, 5.0, "Ar", "fast cool"]]),
        ("Table S3 magnetic", [["Sample", "Aging time (h)", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m3)", "Hk/HcJ"],
                              ["A", 8, 1.12, 2210, 232, 0.61], ["A", 12, 1.13, 2390, 238, 0.64], ["A", 20, 1.13, 2430, 240, 0.66],
                              ["B", 8, 1.15, 1720, 241, 0.55], ["B", 12, 1.16, 1980, 248, 0.59], ["B", 20, 1.16, 2060, 250, 0.62],
                              ["C", 8, 1.18, 980, 221, 0.42], ["C", 12, 1.19, 1350, 245, 0.48], ["C", 20, 1.19, 1510, 252, 0.53]]),
        ("Table S4 TEM", [["Sample", "Aging time (h)", "Cell size (nm)", "1:5H wall width (nm)", "Z-phase spacing (nm)", "Cu in cell boundary (at.%)"],
                         ["A", 12, 82, 7.5, 11, 18.2], ["B", 12, 96, 6.8, 13, 16.4], ["C", 12, 118, 5.9, 16, 13.1]]),
        ("Table S5 thermal", [["Sample", "α(Br) 20-150°C (%/K)", "β(HcJ) 20-150°C (%/K)"],
                             ["A", -0.031, -0.19], ["B", -0.033, -0.21], ["C", -0.035, -0.24]]),
    ], author="Elsevier ESM", date="2023-12-19")
    label(f, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "parameter-sheet", "public-domain", "en", False,
          "Published supplementary data tables of a JMMM article (DOI, dates) with SmCo 2:17 heat-treatment schedule")

def ex_standard():
    f = "standards/GBT_43xxx-2023_钕铁硼油泥回收稀土_技术规范.txt"
    text_write(f, """
ICS 77.120.99
CCS H 68

中华人民共和国国家标准
GB/T 43xxx—2023

钕铁硼废料（油泥）回收稀土氧化物技术规范
Technical specification for recovery of rare earth oxides from NdFeB scrap sludge

2023-09-07 发布                                   2024-04-01 实施

国家市场监督管理总局
国家标准化管理委员会    发布

前言
本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。
本文件由中国有色金属工业协会提出。
本文件由全国稀土标准化技术委员会（SAC/TC 229）归口。
本文件起草单位：赣州某稀土资源综合利用有限公司、江西理工大学、包头稀土研究院、有色金属技术经济研究院有限责任公司。

1 范围
本文件规定了以烧结钕铁硼切磨加工产生的油泥及其他含稀土废料为原料，采用氧化焙烧—盐酸优溶—萃取分离—草酸沉淀工艺回收稀土氧化物的原料要求、工艺要求、产品要求、环境保护和安全要求。
本文件适用于钕铁硼废料回收稀土氧化物的生产企业。

2 规范性引用文件
GB/T 14635 稀土金属及其化合物化学分析方法 稀土总量的测定
GB/T 18115（所有部分） 稀土金属及其氧化物中稀土杂质化学分析方法
GB 26451 稀土工业污染物排放标准
GB/T 23588 钕铁硼废料化学分析方法

3 术语和定义
3.1 油泥 sludge：钕铁硼毛坯在切片、磨削、钻孔等机加工过程中产生的含切削液的泥状废料。
3.2 优溶 preferential dissolution：控制盐酸加入量与终点pH，使稀土优先溶解、铁保留在渣中的浸出方式。

4 原料要求
4.1 油泥原料的稀土总量（以REO计，干基）应不低于20%。
4.2 入炉前原料含油率应不高于5%，含水率应不高于15%。

5 工艺要求
5.1 预处理：油泥应经蒸馏或自燃脱油，脱油后物料粒度宜小于0.15 mm。
5.2 氧化焙烧：焙烧温度宜控制在750 ℃～850 ℃，焙烧时间不少于2 h，焙烧料中Fe2+质量分数应不高于0.5%。
5.3 优溶浸出：以盐酸浸出，液固比宜为3:1～4:1，浸出温度80 ℃～95 ℃，终点pH宜控制在3.5～4.5，浸出时间2 h～4 h；稀土浸出率应不低于97%，浸出液中Fe质量浓度应不高于0.05 g/L。
5.4 除杂：浸出液宜采用硫化物或中和法去除Co、Ni、Cu等杂质。
5.5 萃取分离：采用P507-煤油体系，按所需产品分组或单一分离，萃取工艺应满足产品纯度要求。
5.6 沉淀与灼烧：采用草酸沉淀，草酸用量为理论量的1.05～1.15倍；沉淀物在850 ℃～950 ℃灼烧不少于2 h。

6 产品要求
6.1 氧化镨钕产品应符合GB/T 31966的规定。
6.2 稀土总回收率应不低于95%。

7 环境保护
7.1 废水、废气排放应符合GB 26451的要求。
7.2 浸出渣（铁渣）应进行无害化处置或综合利用。

8 安全要求
8.1 焙烧工序应设置防爆、防火设施；油泥贮存应防止自燃。
8.2 盐酸贮存与使用应符合危险化学品管理规定。

附录A（资料性） 典型工艺流程图
油泥 → 脱油 → 氧化焙烧 → 盐酸优溶 → 固液分离 → 除杂 → P507萃取分离 → 草酸沉淀 → 灼烧 → 稀土氧化物
                                  ↓
                                 铁渣
""")
    label(f, "excluded", ["1E902.a"], ["recycling"], [], "process-spec", "public-domain", "zh", False,
          "Text of a public national standard (GB/T, SAC/TC229) on NdFeB sludge recovery")

def ex_conf_pdf():
    f = "papers/REPM2024_Proceedings_p215_PrNd_electrolysis.pdf"
    pdf_write(f, [
        ("small", "Published in: Proceedings of the 27th International Workshop on Rare Earth and Future Permanent Magnets and Their Applications (REPM 2024), Hangzhou, China, 18–21 August 2024, pp. 215–221. ISBN 978-7-5024-9931-6. © The authors 2024."),
        ("h1", "Current efficiency and anode effect in a 10 kA PrNd fluoride-bath electrolysis cell with bottom-fed oxide"),
        "Li Qiang¹, Ma Jun², Tanaka Hiroshi³",
        ("small", "¹ School of Materials and Metallurgy, Inner Mongolia University of Science and Technology, Baotou; ² Baotou Research Institute of Rare Earths; ³ Department of Materials Science, Tohoku University"),
        ("h2", "Abstract"),
        "Praseodymium-neodymium metal is produced almost entirely by electrolysis of the oxide dissolved in a REF3–LiF melt. We studied an open-top 10 kA cell with four graphite anodes and a central tungsten cathode, comparing conventional top feeding with a bottom-fed oxide injector. Bath composition was (Pr,Nd)F3 86 wt% – LiF 14 wt%, temperature 1040–1060 °C, anode current density 0.9–1.1 A/cm² and cathode current density 6–8 A/cm². With bottom feeding the current efficiency rose from 78.5% to 83.2%, the frequency of anode effects fell from 2.1 to 0.6 per day and the carbon content of the metal dropped from 0.045% to 0.028%. Perfluorocarbon emissions measured by FTIR decreased accordingly.",
        ("h2", "1. Introduction"),
        "Oxide solubility in fluoride melts is limited to 2–4 wt%, so local depletion near the anodes triggers anode effects that generate CF4 and C2F6 [1,2]. Recent work on feeding strategies [3] suggested that continuous, distributed oxide delivery could stabilise the cell voltage.",
        ("h2", "2. Experimental"),
        "The cell (inner diameter 680 mm, depth 900 mm) was lined with graphite. Oxide (PrNd2O3, Pr:Nd = 25:75, <0.3% moisture) was fed either through a vibratory top feeder every 2 min or through a molybdenum-tube bottom injector carried by argon at 3 L/min. Cell voltage was logged at 1 Hz; metal was siphoned every 4 h.",
        ("table", [["Mode", "Cell voltage (V)", "Current eff. (%)", "Anode effects/day", "C in metal (%)", "O in metal (%)"],
                   ["Top feed", "9.8–10.6", "78.5", "2.1", "0.045", "0.031"],
                   ["Bottom feed", "9.5–10.1", "83.2", "0.6", "0.028", "0.024"]]),
        ("h2", "3. Discussion and conclusions"),
        "Distributed feeding keeps the oxide concentration near the anodes above the critical value and thus suppresses the anode effect. The approach is compatible with existing open-top cells and could reduce the specific energy consumption by roughly 0.6 kWh/kg.",
        ("small", "References: [1] Vogel H., Friedrich B., Light Metals 2017, 1201–1208. [2] Liu K. et al., J. Rare Earths 39 (2021) 1108. [3] Zhang L. et al., Metall. Mater. Trans. B 53 (2022) 3120."),
    ], title="REPM 2024 proceedings pp. 215-221", author="REPM 2024", date="2024-08-18")
    label(f, "excluded", ["1E902.a"], ["metal-smelting"], [], "other", "public-domain", "en", False,
          "Conference paper stated as published in REPM 2024 proceedings (ISBN, pages); PrNd fluoride electrolysis")

def ex_nsfc():
    f = "grants/NSFC面上项目申请书_2025_镧系配位化学_正文.docx"
    docx_write(f, [
        ("h1", "国家自然科学基金 面上项目申请书（正文）"),
        "申请代码：B0605 溶液化学与萃取化学　　项目名称：酸性磷类萃取剂与相邻镧系离子配位选择性的本质：溶液结构、电子结构与热力学",
        "申请人：刘晓燕　依托单位：北京大学化学与分子工程学院　研究期限：2026年1月1日—2029年12月31日",
        ("h2", "（一）立项依据与研究内容"),
        "1. 研究意义。相邻镧系元素离子半径差仅约1–2 pm，其化学性质高度相似，分离选择性来源于配位环境的细微差异。长期以来，人们对酸性磷类萃取剂（如 D2EHPA、HEH/EHP）与镧系离子配位作用的理解主要来自宏观分配比测定和斜率分析，对有机相中萃合物的真实溶液结构、外层配位及聚集行为仍缺乏分子层面的认识。本项目拟从基础物理化学角度揭示“镧系收缩”如何转化为配位选择性，不涉及工业流程设计。",
        "2. 国内外研究现状。近年来，EXAFS 与小角X射线散射（SAXS）研究表明，有机相中存在反胶束状聚集体；分子动力学模拟显示第二配位层中水分子数目随原子序数变化。然而，已有工作多停留在单一离子体系，缺乏对La–Lu全系列的系统比较，且密度泛函计算通常忽略溶剂与聚集效应。",
        "3. 研究内容。（1）利用同步辐射 EXAFS、SAXS 和 ³¹P NMR 测定 La、Pr、Nd、Sm、Gd、Dy、Er、Lu 与模型磷酸类配体萃合物在正十二烷中的配位数、键长和聚集数；（2）利用等温滴定量热（ITC）测定配位焓与熵，建立 ΔH、TΔS 随离子半径的变化规律；（3）采用相对论有效核势的 DFT 与 CASSCF 计算，分析 4f 电子对 Ln–O 键共价性的贡献；（4）建立包含外层配位与聚集效应的热力学模型，解释分离因子随原子序数呈现的“四分组效应”。",
        ("h2", "（二）研究方案及可行性"),
        "实验部分以单级平衡实验与光谱表征为主，所有体系均为模型配体和单一镧系离子，浓度范围 0.001–0.05 mol/L，不涉及工业萃取剂的皂化、串级工艺和生产运行参数。计算部分采用 ORCA 5.0 与 Gaussian 16，泛函选择 PBE0-D3，镧系采用 Stuttgart 大核 ECP 与小核 ECP 对比。分子动力学模拟采用 GROMACS，力场参数由量化计算拟合。",
        ("h2", "（三）预期成果"),
        "阐明相邻镧系离子配位选择性的热力学来源，在 J. Am. Chem. Soc.、Inorg. Chem. 等期刊发表论文 6–8 篇，培养博士研究生 3 名、硕士研究生 2 名。",
        ("h2", "（四）研究基础与工作条件"),
        "申请人已在镧系配位化学领域工作十余年，课题组拥有等温滴定量热仪、500 MHz 核磁共振仪和高性能计算集群（1200 核），并获得上海光源 BL14W1 线站机时。",
    ], author="刘晓燕", title="面上项目申请书", date="2025-03-10")
    label(f, "excluded", ["1E902.a"], ["separation"], [], "other", "basic-research", "zh", False,
          "NSFC proposal on coordination chemistry/thermodynamics of Ln-extractant complexes, explicitly no process know-how")

def ex_dft_plan():
    f = "research-plans/Ce_site_preference_DFT_plan.md"
    text_write(f, """
# Research plan: Ce valence and site preference in (Nd,Ce)2Fe14B from first principles

**Group:** Computational Magnetism Group, Department of Physics, University of Birmingham
**Collaborators:** Institute of Physics, Chinese Academy of Sciences (theory division)
**Period:** Oct 2024 – Sep 2026 · **Funding:** EPSRC standard grant (fundamental research)

## 1. Motivation
Cerium is the most abundant rare earth and is partially substituted for Nd in R2Fe14B to lower cost. Experimentally the intrinsic properties of Ce2Fe14B (Js ≈ 1.17 T, μ0HA ≈ 2.6 T, TC ≈ 424 K) are much poorer than those of Nd2Fe14B, and the degradation is usually attributed to the mixed-valent (Ce³⁺/Ce⁴⁺) 4f state. What is not understood is how this valence depends on the crystallographic site (4f vs 4g), on local strain and on neighbouring Nd or La atoms. This project addresses that question with electronic-structure theory only. It does not study processing, microstructure or magnet fabrication.

## 2. Objectives
1. Compute the site-resolved 4f occupation of Ce in R2Fe14B (R = Nd, Ce, La mixtures) using DFT+U and DFT+DMFT.
2. Determine the energy of Ce on 4f vs 4g sites and the resulting site-occupancy at finite temperature from cluster-expansion Monte Carlo.
3. Evaluate the crystal-field parameters A20<r²> and magnetocrystalline anisotropy constants K1, K2 as a function of Ce content and lattice strain.
4. Assess whether La co-substitution stabilises Ce³⁺ through lattice expansion (the "La–Ce" effect proposed in the literature).

## 3. Methods
- VASP (PAW, PBE) for structural relaxation; 68-atom unit cell and 2×1×1 supercells; k-mesh 6×6×4; energy cut-off 520 eV.
- Open-core 4f treatment for Nd; Ce 4f treated as valence with U − J scanned 0–6 eV.
- DFT+DMFT (eDMFT code, CTQMC impurity solver) at 300 K for selected configurations.
- Crystal-field parameters from the Wannier projection approach; finite-temperature anisotropy via single-ion model.
- Cluster expansion built with ICET from ~250 DFT configurations; Monte Carlo from 300 to 1400 K to obtain equilibrium site fractions (thermodynamic, not kinetic — no link to sintering or heat-treatment schedules).

## 4. Work packages and timeline
| WP | Content | Months |
|----|---------|--------|
| 1 | Benchmarks on Nd2Fe14B, Ce2Fe14B, La2Fe14B | 1–6 |
| 2 | Site energetics and cluster expansion | 4–14 |
| 3 | DMFT valence analysis | 10–20 |
| 4 | Anisotropy vs strain and La co-doping | 16–24 |

## 5. Outputs
Open-access papers (Phys. Rev. B, Acta Materialia), all input files and data deposited in the Materials Cloud Archive at publication. One PhD thesis.

## 6. Resources
ARCHER2 allocation: 1.2 M CU; local cluster BlueBEAR. PI 20% FTE; PDRA 24 months.
""")
    label(f, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "other", "basic-research", "en", False,
          "DFT/DMFT research plan on Ce valence in (Nd,Ce)2Fe14B; fundamental physics, no processing")

def ex_melt_plan():
    f = "research-plans/氟化物熔鹽結構研究計畫_國科會.docx"
    docx_write(f, [
        ("h1", "國家科學及技術委員會 專題研究計畫申請書"),
        "計畫名稱：稀土氟化物—氟化鋰熔鹽之局部結構與氧化物溶解熱力學：高溫拉曼光譜與第一原理分子動力學研究",
        "計畫主持人：黃怡君 副教授（國立清華大學 化學工程學系）　執行期限：2025/08/01～2028/07/31",
        ("h2", "一、研究背景"),
        "稀土金屬多以氟化物熔鹽電解製備，但熔鹽中稀土陽離子之配位結構、氧化物溶解後形成的氧氟錯離子（如 [LnOF_x]^(1−x)）種類及其熱力學穩定性，至今仍存在爭議。現有文獻多以冷凍淬火樣品推測熔融狀態結構，無法反映真實高溫液態。本計畫屬基礎科學研究，旨在以原位光譜與計算方法建立熔鹽結構模型，並不涉及電解槽設計、操作參數或生產製程之開發。",
        ("h2", "二、研究目的"),
        "（一）以高溫拉曼光譜（最高 1150 °C，石墨密封樣品池）量測 LaF₃–LiF、NdF₃–LiF、CeF₃–LiF 二元系在不同組成下之振動光譜；（二）以第一原理分子動力學（AIMD, CP2K）模擬熔體之徑向分佈函數、配位數分佈與離子擴散係數；（三）以電動勢法量測 Nd₂O₃ 在 NdF₃–LiF 中之活度與溶解自由能，建立溶解反應之熱力學資料。",
        ("h2", "三、研究方法"),
        "1. 樣品製備：試劑級氟化物於手套箱（O₂、H₂O < 0.1 ppm）內秤量，以 NH₄HF₂ 氟化去除氧雜質。2. 光譜量測：532 nm 雷射激發，溫度以 S 型熱電偶校正，每一組成於液相線以上 20–80 °C 取譜，以多峰擬合分離 [LnF₆]³⁻ 與橋接氟之貢獻。3. 計算：AIMD 以 PBE-D3 泛函、GTH 贗勢、4f 電子凍結於核心，系統含 200–300 個原子，NVT 系綜模擬 30 ps。4. 熱力學：建立固態電解質參考電極之濃差電池，量測 1000–1100 °C 下電動勢隨氧化物濃度之變化。",
        ("h2", "四、預期成果"),
        "建立稀土氟化物熔鹽之結構—熱力學資料庫，發表 SCI 論文 4–5 篇，並於國際熔鹽會議（MS12）發表。研究成果將全部公開發表，可供學界參考。",
        ("h2", "五、經費需求概述"),
        "研究人力費（博士後一名、碩士生兩名）、高溫拉曼樣品池耗材、高純氟化物試劑、國網中心計算資源使用費。",
    ], author="黃怡君", title="專題研究計畫", date="2025-01-22")
    label(f, "excluded", ["1E902.a"], ["metal-smelting"], [], "other", "basic-research", "zh", False,
          "Taiwan NSTC basic-research proposal on REF3-LiF melt structure/thermodynamics; no cell design or operation")

def ex_claims():
    f = "patents/CN2024107xxxxx_权利要求书.txt"
    text_write(f, """
权　利　要　求　书　　　　　　　　　　　　　　　　　　　　　　　　1/2页

申请号：202410735218.6　　申请日：2024.06.07
申请人：江西理工大学；赣州某稀土矿业有限公司

1. 一种离子吸附型稀土矿原地浸出方法，其特征在于，包括以下步骤：
S1、在矿体表面按网格布置注液孔，孔距为2.0 m～3.0 m，孔深至全风化层底板以下0.5 m～1.0 m；
S2、向注液孔注入以硫酸镁为主的复合浸矿剂溶液，所述复合浸矿剂中硫酸镁的质量浓度为2%～4%，并含有0.1%～0.5%的助浸剂；
S3、浸出过程中监测集液沟出液的稀土浓度，当稀土浓度低于0.1 g/L时改注顶水；
S4、收集浸出母液，经除杂、沉淀得到混合稀土产品。

2. 根据权利要求1所述的方法，其特征在于，所述助浸剂为柠檬酸铵、乙二胺四乙酸二钠或抗坏血酸中的一种或多种。

3. 根据权利要求1所述的方法，其特征在于，所述复合浸矿剂溶液的pH为4.5～5.5。

4. 根据权利要求1所述的方法，其特征在于，步骤S2中注液强度为每孔0.02 m³/h～0.10 m³/h。

5. 根据权利要求1所述的方法，其特征在于，步骤S4所述除杂采用碳酸氢铵调节pH至5.0～5.4，沉淀铝、铁杂质后过滤。

6. 根据权利要求5所述的方法，其特征在于，除杂后的母液以碳酸氢铵沉淀稀土，得到碳酸稀土。

7. 根据权利要求1至6任一项所述的方法，其特征在于，所述离子吸附型稀土矿为中重稀土型或轻稀土型风化壳淋积型稀土矿。

8. 根据权利要求1所述的方法，其特征在于，在矿体底板以下设置导流孔或利用天然假底板，防止浸出液下渗。

9. 一种实施权利要求1所述方法的注液系统，包括高位池、主管、支管和注液孔，其特征在于，所述支管上设置流量调节阀和计量装置。
""")
    label(f, "excluded", ["1E902.a"], ["mining"], [], "other", "patent-filing", "zh", False,
          "Patent claims (权利要求书) with application number for ion-adsorption in-situ leaching")

def ex_spec_pdf():
    f = "patents/说明书_一种高矫顽力2-17型钐钴磁体的热处理方法.pdf"
    pdf_write(f, [
        ("small", "说　明　书　　　　申请号：202311589047.2　　申请日：2023.11.24　　申请人：北京航空航天大学；宁波某磁业股份有限公司"),
        ("h1", "一种高矫顽力2:17型钐钴永磁体的分级时效热处理方法"),
        ("h2", "技术领域"),
        "[0001] 本发明属于稀土永磁材料技术领域，具体涉及一种高铁含量2:17型钐钴永磁体的热处理方法。",
        ("h2", "背景技术"),
        "[0002] 2:17型钐钴磁体具有优异的温度稳定性，广泛用于航空航天、精密仪表等领域。提高铁含量可以提高剩磁和磁能积，但高铁含量会导致胞状组织不完整，矫顽力显著下降。现有技术（如CN110xxxxxxA）采用单级等温时效加缓冷，难以兼顾高剩磁与高矫顽力。",
        ("h2", "发明内容"),
        "[0003] 本发明的目的在于提供一种分级时效热处理方法，使铁含量为20 wt%以上的钐钴磁体获得大于2000 kA/m的内禀矫顽力。",
        "[0004] 为实现上述目的，本发明采用如下技术方案：一种2:17型钐钴永磁体的热处理方法，包括：对烧结后的磁体在1180 ℃～1200 ℃固溶处理2 h～4 h后快冷；在750 ℃～800 ℃进行第一级时效2 h～6 h；再升温至820 ℃～850 ℃进行第二级时效8 h～16 h；随后以0.5 ℃/min～1.0 ℃/min冷却至400 ℃并保温3 h～10 h。",
        "[0005] 与现有技术相比，本发明的有益效果为：第一级低温时效促进Zr富集片状相的预形核，使后续胞状组织更加均匀完整。",
        ("h2", "具体实施方式"),
        "[0006] 实施例1：按Sm 25.0 wt%、Fe 20.5 wt%、Cu 5.0 wt%、Zr 2.2 wt%、余量Co配料，感应熔炼后制粉、取向成型、1215 ℃烧结1 h，随炉降至1190 ℃固溶3 h后风冷；780 ℃时效4 h，升温至835 ℃时效12 h，以0.7 ℃/min冷至400 ℃保温5 h。测得Br=1.16 T，HcJ=2150 kA/m，(BH)max=251 kJ/m³。",
        "[0007] 对比例1：省略第一级时效，其余同实施例1，HcJ=1620 kA/m。",
        ("h2", "说明书摘要"),
        "本发明公开了一种2:17型钐钴永磁体的分级时效热处理方法，通过在主时效之前增加低温预时效，获得高铁含量下的高矫顽力。",
        ("small", "说明书附图：图1为实施例1与对比例1的退磁曲线；图2为实施例1样品的TEM胞状组织照片。"),
    ], title="说明书", author="专利代理", date="2023-11-24")
    label(f, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "other", "patent-filing", "zh", False,
          "Patent description/abstract (说明书, application no.) for SmCo 2:17 step-aging method")

def ex_attorney_letter():
    f = "patents/Instruction_letter_to_Ng_and_Partners_HD_recycling.docx"
    docx_write(f, [
        "THE HONG KONG POLYTECHNIC UNIVERSITY — Institutional Research and Knowledge Transfer Office",
        "Our ref: KTO/PAT/2024/117        Your ref: NP/HK/24-0982",
        "12 March 2024",
        "Ms Winnie Ng, Registered Patent Agent\nNg & Partners Intellectual Property Ltd\n23/F, Tower 2, Admiralty Centre, Hong Kong",
        "Dear Ms Ng,",
        "Re: Chinese invention patent application No. 202410268531.4 and US provisional application No. 63/558,204 — \"Method for recycling sintered NdFeB scrap by hydrogen decrepitation and re-sintering\" (Inventors: Prof. K. Y. Leung, Dr. Zhao Min, Mr. Chan Tsz Hin)",
        "Thank you for filing the Chinese application on 6 March. We now instruct you to proceed as follows:",
        ("num", [
            "Prepare and file a PCT application claiming priority from both applications before 6 March 2025, designating the EPO, JP, KR and US. Please use CNIPA as receiving office.",
            "Amend claim 1 so that the hydrogen-absorption pressure range reads \"0.1 to 0.3 MPa\" as supported by paragraph [0024] of the filed description; the inventors confirm no new matter is added.",
            "Add dependent claims directed to (a) removal of the Ni-Cu-Ni coating by the hydrogen-induced spallation described in Example 2 and (b) the blending ratio of recycled powder to virgin powder (10–30 wt%) disclosed in Example 3.",
            "Prepare formal drawings from the inventors' sketches (Figs 1–4, attached) in accordance with PCT Rule 11.",
            "Advise on whether a separate divisional should be considered for the coating-removal step.",
        ]),
        "For your convenience we summarise the disclosure as filed: sintered NdFeB scrap is crushed to <20 mm, hydrogen-decrepitated at room temperature, partially dehydrogenated at 500–600 °C, jet-milled to about 4 μm, blended with fresh powder, pressed in a 1.8 T field and sintered at 1050–1080 °C. The magnetic properties of the recycled magnets were at least 95% of the original grade. No information beyond the filed specification is being provided for the PCT filing.",
        "Please send your fee estimate and the draft PCT request (PCT/RO/101) for our review by 31 March 2024. The University's cost centre is 4-ZZLT.",
        "Yours sincerely,",
        "Dr. Amy Cheung\nSenior Manager (Intellectual Property)\nInstitutional Research and Knowledge Transfer Office",
        "cc: Prof. K. Y. Leung (Department of Industrial and Systems Engineering)",
    ], author="Amy Cheung", title="Instruction letter", date="2024-03-12")
    label(f, "excluded", ["1E902.a"], ["recycling"], [], "other", "patent-filing", "en", False,
          "Letter instructing patent agent with application numbers; content limited to filed specification (HD recycling of NdFeB scrap)")

def ex_pct():
    f = "patents/PCT_CN2024_088412_claims_abstract.txt"
    text_write(f, """
PATENT COOPERATION TREATY
International Application No.: PCT/CN2024/088412
International Filing Date: 17 April 2024
Priority Data: CN 202310418920.X, 19 April 2023
Applicants: Shanghai University; Baotou Tianhe Magnetics Technology Co., Ltd.
Title of Invention: Dual-main-phase Ce-containing sintered permanent magnet and preparation method thereof
Receiving Office: China National Intellectual Property Administration (RO/CN)

ABSTRACT
A dual-main-phase sintered magnet comprising a first main phase of (Nd,Pr)2Fe14B and a second main phase of (Ce,La,Nd)2Fe14B, wherein Ce accounts for 20–45 wt% of the total rare-earth content. The two alloys are strip-cast separately, hydrogen-decrepitated, jet-milled and blended before pressing, so that Ce-rich and Ce-poor grains coexist and the interdiffusion during sintering is limited. The magnet achieves Br ≥ 1.30 T and HcJ ≥ 955 kA/m at a Ce substitution of 30 wt%.

CLAIMS
1. A dual-main-phase Ce-containing sintered permanent magnet, characterised in that the magnet consists of a first main phase of composition (Nd1-xPrx)2Fe14B, a second main phase of composition (Ce1-y-zLayNdz)2Fe14B, and a grain-boundary phase, wherein 0.15 ≤ x ≤ 0.25, 0.05 ≤ y ≤ 0.15, 0.2 ≤ z ≤ 0.5, and Ce accounts for 20 to 45 wt% of the total rare-earth content of the magnet.
2. The magnet according to claim 1, wherein the volume fraction of the second main phase is 30% to 60%.
3. The magnet according to claim 1, wherein the grain-boundary phase comprises CeFe2 in an amount of less than 3 vol%.
4. A method of preparing the magnet according to any one of claims 1–3, comprising: (a) strip-casting a first alloy and a second alloy separately; (b) subjecting each alloy to hydrogen decrepitation; (c) jet-milling each alloy to an average particle size of 2.5–4.0 μm; (d) blending the powders in a mass ratio of 40:60 to 70:30; (e) pressing in an aligning magnetic field; (f) sintering at 1000–1060 °C; and (g) annealing.
5. The method according to claim 4, wherein the sintering temperature is 1020–1040 °C and the sintering time is 2–4 h.
6. The method according to claim 4, wherein the annealing comprises a first anneal at 850–900 °C and a second anneal at 480–540 °C.
7. The method according to claim 4, wherein the second alloy further contains 0.1–0.4 wt% Ga and 0.1–0.3 wt% Cu.
8. Use of the magnet according to any one of claims 1–3 in a micro-motor or a loudspeaker.

Agent: Shanghai Xinzhou Patent Agency (Agent: WANG Lei, Reg. No. 31002)
""")
    label(f, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "other", "patent-filing", "en", False,
          "PCT application claims and abstract for dual-main-phase Ce magnet")

def ex_eml():
    f = "mail/Fwd_ accepted manuscript - bastnaesite flotation (Minerals Engineering).eml"
    body = """Dear Dr. Okafor,

很高兴告诉你，我们关于氟碳铈矿浮选的论文已被 Minerals Engineering 接收，正式版本已上线。
Below is the accepted version for your reading group; the published PDF is open access (CC BY 4.0), so feel free to share it with your students.

Best regards,
孙志强 / Sun Zhiqiang
School of Resources and Safety Engineering, Central South University

---------- Forwarded message ---------
From: Minerals Engineering <em@elsevier.com>
Date: Thu, 7 Mar 2024 09:14
Subject: Your article MINE-D-23-01877R2 has been published online

Minerals Engineering, Volume 209, 1 April 2024, 108623
https://doi.org/10.1016/j.mineng.2024.108623
Received 28 October 2023; Received in revised form 15 February 2024; Accepted 22 February 2024

Title: Selective flotation of bastnaesite from calcite and barite using octyl hydroxamic acid with sodium silicate–aluminium sulfate depressant

Abstract: Bastnaesite flotation from carbonate-rich ores suffers from poor selectivity against calcite and barite. Micro-flotation, bench flotation and zeta-potential measurements were used to evaluate a mixed depressant of sodium silicate and aluminium sulfate (mass ratio 4:1). With octyl hydroxamic acid at 1.2×10^-4 mol/L and pH 9.0, bastnaesite recovery in micro-flotation was 87% while calcite and barite recoveries remained below 15%. Bench tests (1.5 kg samples, grind 75% passing 74 μm, pulp temperature 35 °C) on a Weishan-type ore assaying 7.8% REO produced a rougher-cleaner concentrate of 61.5% REO at 78.2% recovery after one rougher, one scavenger and three cleaner stages. XPS indicates that Al–silicate species adsorb preferentially on calcite surfaces, blocking hydroxamate chemisorption.

Keywords: bastnaesite; flotation; hydroxamic acid; depressant; calcite; barite

Sections of the accepted manuscript (attached as PDF in the original mail): 1 Introduction; 2 Materials and methods; 3 Results (3.1 micro-flotation, 3.2 zeta potential, 3.3 XPS, 3.4 bench flotation flowsheet); 4 Conclusions. Funding: NSFC 52174251.
"""
    s = ("From: Sun Zhiqiang <zqsun@csu.edu.cn>\nTo: Chidi Okafor <c.okafor@unilag.edu.ng>\n"
         "Subject: Fwd: accepted manuscript - bastnaesite flotation (Minerals Engineering)\n"
         "Date: Fri, 08 Mar 2024 10:22:05 +0800\nMessage-ID: <20240308102205.4411@csu.edu.cn>\n"
         "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body)
    text_write(f, s)
    label(f, "excluded", ["1E902.a"], ["mining"], [], "email", "public-domain", "mixed", False,
          "Professor forwards published open-access paper (DOI, dates) on bastnaesite flotation")

# ======================= CONTROLLED =======================
def c_sx_spec():
    f = "jointlab/工艺规程_P507镨钕分离_中试线_V2.1.docx"
    docx_write(f, [
        ("h1", "江理大—某稀土分离厂 联合实验室　内部工艺规程"),
        "文件编号：JL-SX-GC-007　版本：V2.1　密级：内部　生效日期：2024年4月15日",
        "编制：梁海涛　审核：陈锐　批准：王建国",
        ("h2", "1 目的与适用范围"),
        "本规程规定中试车间 Pr/Nd 分离线（90级箱式混合澄清槽，单级混合室 12 L）的工艺条件和操作要求，适用于氯化镨钕料液的全分离生产。本规程以联合实验室已发表论文（Zhou et al., J. Rare Earths 2024, 42:1187）的实验室串级数据为基础放大，并参照 GB/T 18115 分析方法及本厂专利 ZL202110xxxxxx.3；但以下参数为本厂中试实测并确认的值，未在上述论文和专利中公开，不得对外提供。",
        ("h2", "2 原料与试剂"),
        ("bullets", [
            "料液：氯化镨钕，REO 1.45–1.55 mol/L，pH 2.0–2.5，Fe ≤ 5 mg/L，Al ≤ 10 mg/L，SO4²⁻ ≤ 50 mg/L；Pr6O11/REO 24–26%。",
            "有机相：P507 1.5 mol/L—磺化煤油，每月检测一次有机相中 P204 降解物含量，>0.8% 时进行再生。",
            "皂化：氨水 10.5 mol/L（或液碱 8 mol/L 备用），皂化度 36±1%，皂化槽温度 ≤ 35 ℃。",
            "洗酸 4.2 mol/L HCl；反萃酸 5.8 mol/L HCl。",
        ]),
        ("h2", "3 流程与级数分配"),
        "萃取段 1–34 级，洗涤段 35–72 级（进料级 35），反萃段 73–86 级，有机洗涤（除铁）87–90 级。",
        ("table", [["项目", "设定值", "允许范围", "备注"],
                   ["有机相流量 (L/min)", "18.6", "±0.3", "转子流量计 FI-101"],
                   ["料液流量 (L/min)", "3.0", "±0.05", "计量泵 P-102"],
                   ["洗酸流量 (L/min)", "2.3", "±0.05", "P-103"],
                   ["反萃酸流量 (L/min)", "1.9", "±0.05", "P-104"],
                   ["搅拌转速 (r/min)", "280", "260–300", "洗涤段 300"],
                   ["温度 (℃)", "25", "20–32", "冬季开启伴热"],
                   ["相比 O/F/W", "6.2:1:0.77", "—", ""]]),
        ("h2", "4 控制点"),
        ("bullets", [
            "第 12 级水相 Pr6O11/(Pr6O11+Nd2O3) 每 4 h 取样一次，控制在 78–85%；低于 75% 时增加洗酸 0.05 L/min。",
            "第 60 级有机相 Nd2O3 ≥ 99.0%，否则降低料液流量 3%。",
            "出口萃余液 Pr6O11 ≥ 99.5%；反萃液 Nd2O3 ≥ 99.9%，La+Ce ≤ 0.02%。",
            "乳化处理：澄清室界面出现 >20 mm 乳化层时，降低该级搅拌 20 r/min，并检查料液硅含量（SiO2 ≤ 30 mg/L）。",
        ]),
        ("h2", "5 沉淀与灼烧"),
        "反萃液用草酸（理论量 1.10 倍）在 65 ℃ 沉淀，陈化 40 min，洗涤至 Cl⁻ ≤ 0.05%。草酸钕于推板窑 950 ℃ 灼烧 4 h，灼减 ≤ 0.5%。",
        ("h2", "6 开停车"),
        "开车时先走有机相 30 min，再依次开反萃酸、洗酸、料液；停车顺序相反。停车超过 48 h 需重新建立级间浓度分布，可用上一批平衡槽体存液回灌，缩短平衡时间约 60%。",
        ("h2", "7 引用文件"),
        "GB/T 18115.3 稀土金属及其氧化物中稀土杂质化学分析方法 镨中镧、铈、钕…；Zhou Y. et al., J. Rare Earths 2024；ZL202110xxxxxx.3。",
    ], author="梁海涛", title="P507镨钕分离工艺规程", date="2024-04-15")
    label(f, "controlled", ["1E902.a"], ["separation"], [], "process-spec", None, "zh", False,
          "Internal pilot process spec citing published paper/patent/GB/T; full set-points for P507 Pr/Nd cascade")

def c_smco_transfer():
    f = "jointlab/SmCo_2-17_lab-to-pilot_transfer_report_Rev1.pdf"
    pdf_write(f, [
        ("h1", "Technology Transfer Report: Fe-rich Sm(Co,Fe,Cu,Zr)z magnets — laboratory to 300 kg/batch pilot line"),
        ("small", "Joint Laboratory for Advanced Permanent Magnets (University / Ningbo plant) · Report TT-2024-03 Rev.1 · 22 May 2024 · Internal — not for publication"),
        ("h2", "1. Purpose"),
        "This report transfers the step-aging process developed in the university laboratory (published in part as JMMM 589 (2024) 171542 and CN 202311589047.2) to the plant's 300 kg pilot line, and records the adjustments required at pilot scale. The settings below supersede the laboratory values; the furnace-specific corrections in Section 4 are not part of the publication or the patent.",
        ("h2", "2. Alloy and powder"),
        ("bullets", [
            "Target composition (wt%): Sm 25.3, Fe 20.4, Cu 5.0, Zr 2.2, Co bal. Add Sm excess 0.9 wt% to compensate evaporation in 150 kg VIM furnace (melt at 1450 °C, Ar 0.06 MPa, pour into water-cooled copper mould).",
            "Ingot homogenisation 1150 °C × 10 h before crushing; jaw crusher → disc mill <300 μm → jet mill (N2, O2 < 50 ppm), classifier 3200 rpm, target D50 3.8–4.2 μm (laboratory used 3.5 μm; finer powder oxidised in pilot handling).",
            "Pressing: transverse field 2.0 T, 120 MPa die pressing, then CIP 200 MPa.",
        ]),
        ("h2", "3. Sintering and heat treatment (pilot furnace VSF-300)"),
        ("table", [["Step", "Lab", "Pilot (validated)", "Tolerance"],
                   ["Sintering", "1215 °C / 1 h", "1212 °C / 1.5 h", "±3 °C"],
                   ["Cool to solution", "furnace to 1190 °C", "0.8 °C/min to 1188 °C", "±2 °C"],
                   ["Solution", "1190 °C / 3 h", "1188 °C / 4 h", "±2 °C"],
                   ["Quench", "air", "Ar gas quench 0.2 MPa, fan 100%", "≤ 3 min to 600 °C"],
                   ["Pre-aging", "780 °C / 4 h", "775 °C / 5 h", "±3 °C"],
                   ["Main aging", "835 °C / 12 h", "830 °C / 16 h", "±3 °C"],
                   ["Slow cool", "0.7 °C/min", "0.6 °C/min to 400 °C", "±0.1 °C/min"],
                   ["Hold", "400 °C / 5 h", "400 °C / 8 h", "—"]]),
        ("h2", "4. Pilot-scale corrections"),
        "The VSF-300 furnace shows a 6–8 °C gradient between the top and bottom tray at 1188 °C. Place magnets of the highest Fe grade (z = 7.6) on trays 2–4 only. Solution treatment below 1182 °C leaves 2:7 phase and HcJ drops by 25%; above 1195 °C Sm loss exceeds 0.4 wt% at the block surface. The extended main aging (16 h) compensates the larger block size (50 × 40 × 30 mm).",
        ("h2", "5. Results of qualification batches"),
        ("table", [["Batch", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m3)", "Hk/HcJ", "Yield %"],
                   ["P24-011", "1.16", "2080", "249", "0.62", "91"],
                   ["P24-012", "1.15", "2150", "246", "0.64", "93"],
                   ["P24-014", "1.16", "2110", "251", "0.63", "94"]]),
        ("h2", "6. Open issues"),
        "Oxygen pick-up in the jet-mill cyclone (currently 3200–3800 ppm in green compacts). Proposed: replace cyclone gaskets and add O2 analyser at powder outlet (action: plant maintenance, June 2024).",
    ], title="TT-2024-03 SmCo transfer", author="Joint Lab APM", date="2024-05-22")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "process-spec", None, "en", False,
          "Lab-to-pilot transfer report citing paper and patent but giving unpublished pilot furnace settings for SmCo 2:17")

def c_disclosure():
    f = "ip/Invention_Disclosure_IDF-2023-044_DMP_Ce_magnet.docx"
    docx_write(f, [
        ("h1", "Invention Disclosure Form — IDF-2023-044"),
        "Title: Dual-main-phase Ce-containing sintered magnet with suppressed interdiffusion",
        "Inventors: Prof. Wu Haibo (Shanghai University), Dr. Zhang Lin, Mr. Gao Peng (Baotou Tianhe Magnetics)",
        "Date of disclosure: 2 March 2023    Confidential — for TTO and patent counsel only",
        ("h2", "1. Summary"),
        "Two separately strip-cast alloys — a Nd/Pr-rich alloy and a Ce/La-rich alloy — are blended after jet milling so that the sintered magnet retains two distinct 2:14:1 main phases. The Ce-rich grains take the cost reduction while the Nd-rich shells keep coercivity.",
        ("h2", "2. What we propose to claim"),
        "Composition ranges of both main phases; blending ratio 40:60–70:30; sintering 1000–1060 °C; two-step annealing. (See draft claims sent to Xinzhou Patent Agency.)",
        ("h2", "3. Know-how to be KEPT OUT of the filing (trade secret)"),
        "The following process window is what actually makes the product work on the Tianhe line. Counsel agreed on 28 Feb 2023 that it should not appear in the description; the claims use broad ranges only.",
        ("table", [["Step", "Production setting", "Why it matters"],
                   ["Strip casting, alloy B (Ce-rich)", "Wheel speed 1.35 m/s, pour 1435 °C, flake 0.25–0.32 mm", "Thicker flakes give α-Fe dendrites; Ce alloy needs slower wheel than Nd alloy (1.8 m/s)"],
                   ["HD", "Absorb 0.15 MPa H2, 2 h RT; dehydrogenate 540 °C × 5 h (alloy B), 580 °C × 6 h (alloy A)", "Retaining ~1200 ppm H in alloy B reduces oxidation in jet mill"],
                   ["Jet mill", "Alloy A D50 3.0 μm; alloy B D50 3.6 μm; lubricant 0.08 wt% zinc stearate + 0.05 wt% antioxidant", "Size mismatch limits Ce diffusion into Nd grains"],
                   ["Blending", "A:B = 55:45, 3D mixer 90 min under N2", ""],
                   ["Pressing", "1.9 T pulsed-then-DC field, 0.35 t/cm², CIP 180 MPa", ""],
                   ["Sintering", "1025 °C × 3 h, vacuum ≤ 3×10⁻³ Pa, then Ar fast cool", "Above 1040 °C the two phases homogenise — HcJ drops ~160 kA/m"],
                   ["Annealing", "880 °C × 2 h + 495 °C × 3 h", "2nd anneal ±10 °C is critical for CeFe2 suppression"]]),
        "Typical result (N42-Ce30 grade, Ce = 30% of TRE): Br 1.31 T, HcJ 1000 kA/m, (BH)max 326 kJ/m³, squareness 0.96.",
        ("h2", "4. Prior art known to inventors"),
        "CN103xxxxxxA (single-alloy Ce substitution); Zhu et al., Acta Mater. 2015 (dual-main-phase concept).",
        ("h2", "5. Commercial interest"),
        "Tianhe intends to use the know-how under the joint-lab agreement; licence to third parties requires export-compliance review.",
    ], author="Wu Haibo", title="IDF-2023-044", date="2023-03-02")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec", None, "en", False,
          "Invention disclosure whose trade-secret section gives the production window kept out of the PCT filing")

def c_monthly_electrolysis():
    f = "jointlab/联合实验室月报_2024年6月_熔盐电解中试.pdf"
    pdf_write(f, [
        ("h1", "稀土冶金联合实验室 月度工作报告（2024年6月）"),
        ("small", "包头某高校冶金学院 × 某稀土金属公司　报送：双方技术委员会　内部资料"),
        ("h2", "一、本月重点：6 kA 底部下料电解槽中试线调试"),
        "6月3日至6月21日完成新建 6 kA 氟化物体系电解槽（编号 E-06）的安装验收与热调试。本月按调试大纲（JL-DJ-TS-02）完成以下步骤：",
        ("bullets", [
            "槽体安装：石墨坩埚内径 520 mm、深 800 mm，外包耐火保温层；钨阴极 φ60 mm 垂直居中，4 块石墨阳极与阴极极距调整到 85±5 mm；底部钼管下料器与氩气管路试压 0.3 MPa 无泄漏。",
            "烘炉：电阻加热至 350 ℃ 保温 24 h 去除水分，再升至 800 ℃ 保温 12 h；随后加入 LiF 与 (Pr,Nd)F3 电解质 380 kg（质量比 LiF:REF3 = 13:87），起弧化料。",
            "起槽：电流按 1 kA/h 逐步升至 6 kA，槽温稳定在 1045–1055 ℃；阳极电流密度 0.95 A/cm²，阴极电流密度 6.8 A/cm²，槽电压 9.2–9.8 V。",
            "下料：氧化镨钕（含水 ≤ 0.3%）经底部下料器连续加入，载气氩 2.5 L/min，下料速率 7.6 kg/h，保持电解质中氧化物 2.0–2.8%。",
        ]),
        ("h2", "二、运行数据（6月15日—6月21日连续 7 天）"),
        ("table", [["日期", "平均电流 kA", "槽电压 V", "出金属 kg", "电流效率 %", "阳极效应 次", "C %", "Fe %"],
                   ["6/15", "6.02", "9.61", "41.8", "81.9", "1", "0.031", "0.12"],
                   ["6/16", "6.00", "9.52", "42.6", "83.7", "0", "0.027", "0.10"],
                   ["6/17", "6.01", "9.48", "42.9", "84.2", "0", "0.026", "0.09"],
                   ["6/18", "5.98", "9.55", "42.1", "83.1", "1", "0.029", "0.11"],
                   ["6/19", "6.03", "9.44", "43.2", "84.5", "0", "0.025", "0.09"],
                   ["6/20", "6.00", "9.47", "42.8", "84.1", "0", "0.026", "0.10"],
                   ["6/21", "6.01", "9.50", "42.7", "83.8", "0", "0.027", "0.10"]]),
        "直流电耗平均 7.9 kWh/kg 金属，较老槽（顶部下料）降低约 0.7 kWh/kg。",
        ("h2", "三、问题与处理"),
        ("bullets", [
            "6/15、6/18 各发生一次阳极效应，均出现在更换阳极后 2 h 内；原因为新阳极底面与电解质接触不全。对策：新阳极预热至 600 ℃ 后再入槽，并在前 2 h 将下料速率提高 10%。",
            "钼下料管端部侵蚀约 1.5 mm/周，计划改用 W-Mo 复合管，检修周期定为 3 周。",
            "出炉金属铁含量偏高与钨阴极夹持件有关，已改为钼夹持件。",
        ]),
        ("h2", "四、下月计划"),
        "完成 E-06 槽 30 天连续运行考核；编制《底部下料电解槽操作与维护规程》初稿；与学校课题组就 REPM 2024 会议论文的数据口径进行核对（会议论文仅公开电流效率与碳含量对比，不含本报告中的调试参数）。",
    ], title="联合实验室月报 2024-06", author="稀土冶金联合实验室", date="2024-07-02")
    label(f, "controlled", ["1E902.a", "1E902.b"], ["metal-smelting"], [], "process-spec", None, "zh", False,
          "Joint-lab monthly report: commissioning of 6 kA PrNd electrolysis pilot cell with operating parameters")

def c_draft_ms():
    f = "drafts/draft_manuscript_sludge_recovery_v0.3_DO_NOT_SUBMIT.docx"
    docx_write(f, [
        ("h1", "Recovery of rare earths from NdFeB machining sludge: a pilot-plant study (DRAFT v0.3)"),
        "Authors (tentative): M. Zhao, T. H. Chan, K. Y. Leung, Liu Jianhua (Ganzhou Xinlei Resources)",
        "Note from KYL: this is still mainly Jianhua's run log with our text around it. Sections 3.2–3.4 contain Xinlei's operating data — we must get their written permission and strip the set-points before anything is submitted.",
        ("h2", "Abstract (placeholder)"),
        "To be written after Xinlei approves the data release.",
        ("h2", "2. Pilot plant and feed"),
        "Feed: sludge from slicing/grinding lines of three magnet plants, 18–26% moisture, 6–11% cutting oil, TREO 24.3% (dry), of which Pr6O11 5.9%, Nd2O3 16.1%, Dy2O3 1.4%, Tb4O7 0.3%. Throughput of the pilot: 1.2 t/day dry sludge.",
        ("h2", "3. Results — pilot campaigns (Xinlei line 2, Nov 2023 – Feb 2024)"),
        "3.1 De-oiling and oxidising roast. Sludge was de-oiled in a steam-heated paddle dryer at 180 °C for 3 h (residual oil < 1.5%), then roasted in a 12 m rotary kiln, inlet 650 °C, hot zone 820 ± 15 °C, residence time 2.5 h, air excess ratio 1.6, kiln rotation 1.8 rpm. Fe2+ in calcine 0.2–0.4%.",
        "3.2 Preferential HCl leaching. Calcine was leached in 10 m³ rubber-lined reactors: L/S 3.5, 6 mol/L HCl added in three portions over 60 min, 90 °C, end-point pH 4.0 ± 0.2 held for 90 min, then 0.5% flocculant (PAM) and press filtration. Results below.",
        ("table", [["Campaign", "Batches", "REO leach %", "Fe in liquor g/L", "Residue REO %", "HCl t/t REO"],
                   ["C1", "22", "97.6", "0.038", "0.62", "2.31"],
                   ["C2", "31", "98.3", "0.021", "0.44", "2.26"],
                   ["C3", "27", "98.1", "0.025", "0.49", "2.28"]]),
        "3.3 Impurity removal. Liquor (REO 220–260 g/L) treated with Na2S at 1.2× stoichiometric vs Co+Ni+Cu, 60 °C, 30 min; Co < 5 mg/L after filtration. Al removed by pH 4.6 adjustment with NH4HCO3.",
        "3.4 Group separation & precipitation. Light/heavy cut at Nd/Sm in a 40-stage P507 cascade (saponification 38%, O/A 3.1:1); Dy/Tb fraction to separate line. PrNd oxalate precipitated at 70 °C with oxalic acid 1.08× stoichiometric; calcination 900 °C × 3 h. PrNd oxide purity 99.6% (TREO 99.3%), overall REO recovery 96.4%.",
        ("h2", "4. Discussion (to be written)"),
        "Compare with GB/T 43xxx–2023 ranges (our kiln temp inside, HCl consumption lower). Cite Firdaus et al. 2016 and Binnemans et al. 2013 reviews.",
    ], author="Zhao Min", title="draft v0.3", date="2024-03-05")
    label(f, "controlled", ["1E902.a"], ["recycling"], [], "process-spec", None, "en", False,
          "'Draft manuscript' that is really a pilot-plant run report with sludge roast/leach/SX operating data")

def c_intern_ndfeb():
    f = "students/实习报告_张雨萱_2023暑期_宁波某磁材厂.docx"
    docx_write(f, [
        ("h1", "生产实习报告"),
        "学生：张雨萱　学号：2020110537　专业：材料科学与工程（功能材料方向）",
        "实习单位：宁波某磁业有限公司 烧结钕铁硼三车间　实习时间：2023年7月10日—8月18日　校内指导教师：李卫东　企业导师：周建平",
        ("h2", "一、实习单位概况"),
        "三车间主要生产 N52、48M、45SH、42UH 等牌号烧结钕铁硼毛坯，月产约 120 吨。工序包括配料、速凝铸片、氢破、气流磨、取向成型、等静压、烧结回火、检测。我在实习期间轮岗了速凝、制粉、成型和烧结四个工段，并参与了 45SH 牌号的工艺记录整理。",
        ("h2", "二、各工段工艺记录"),
        "1. 配料与速凝。45SH 的配方（wt%）：PrNd 29.2、Dy 1.6、B 0.97、Co 1.0、Cu 0.15、Al 0.3、Ga 0.2、Zr 0.12、Fe 余量。600 kg 速凝炉熔炼温度 1460–1480 ℃，浇注温度 1420 ℃，铜辊线速度 1.5 m/s，铸片厚度 0.25–0.35 mm，要求铸片中无 α-Fe，柱状晶宽 3–5 μm。",
        "2. 氢破。氢破炉吸氢压力 0.12 MPa，吸氢 2.5 h（炉料温度不超过 80 ℃），脱氢 560 ℃ × 6 h，冷却后氢含量控制在 1000–1500 ppm。",
        "3. 气流磨。气流磨研磨压力 0.65 MPa，分选轮 3600 r/min，氮气氧含量 ≤ 20 ppm；粉末 SMD 2.9–3.1 μm，加入 0.1% 润滑剂后混料 2 h。",
        "4. 取向成型。成型磁场 2.0 T（脉冲充磁 + 直流），压力 4 MPa 预压、成型密度 4.1 g/cm³；随后冷等静压 200 MPa，保压 60 s。车间环境氧含量控制在 ≤ 100 ppm（手套箱）。",
        "5. 烧结与回火。烧结曲线如下表（企业导师允许我抄录用于实习报告）：",
        ("table", [["阶段", "温度 ℃", "保温 h", "说明"],
                   ["脱气1", "300", "2", "润滑剂挥发"],
                   ["脱气2", "600", "2", "脱氢"],
                   ["脱气3", "850", "1", ""],
                   ["烧结", "1055", "5", "真空 ≤ 5×10⁻³ Pa"],
                   ["风冷", "—", "—", "充氩 0.08 MPa 至 80 ℃"],
                   ["一级回火", "900", "2", ""],
                   ["二级回火", "490", "4", "45SH 用 490，42UH 用 510"]]),
        "烧结后密度 7.55–7.58 g/cm³，45SH 实测 Br 1.34–1.36 T，HcJ 1680–1760 kA/m。",
        ("h2", "三、问题与体会"),
        "7月下旬一炉 45SH 出现 HcJ 偏低（1520 kA/m），追查发现气流磨氮气氧含量升至 45 ppm，粉末氧含量超标。车间更换分子筛后恢复。通过这次实习，我理解了氧含量控制对矫顽力的关键影响，也认识到论文中的“最优工艺”在生产中需要很多细节配合。",
        ("h2", "四、致谢"),
        "感谢周建平工程师和车间各位师傅的指导。",
    ], author="张雨萱", title="生产实习报告", date="2023-09-05")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "zh", False,
          "Student internship report copying plant recipe, HD, jet-mill and sintering curve for 45SH NdFeB")

def c_intern_sx():
    f = "students/校外實習報告_林柏翰_江西分離廠.docx"
    docx_write(f, [
        ("h1", "暑期海外（境外）實習成果報告"),
        "國立臺灣大學 化學工程學系　學生：林柏翰　實習單位：江西某稀土分離公司（中重稀土萃取車間）　期間：2023/07/03–2023/08/25",
        ("h2", "一、實習內容"),
        "本人於萃取車間協助工程師進行 Dy/Tb 分離線的日常取樣與數據整理。該線處理南方離子型礦的中重稀土富集物（來自 Nd/Sm 分組後的重稀土反萃液），主要產品為 99.99% 氧化鏑與 99.99% 氧化鋱。",
        ("h2", "二、萃取線設定（依工程師提供之操作卡整理）"),
        ("bullets", [
            "萃取劑：P507 1.2 mol/L－煤油，氨皂化，皂化度 40%；料液為氯化稀土，REO 0.55 mol/L，pH 2.5。",
            "Tb/Dy 分離：共 110 級（萃取 1–46 級、洗滌 47–96 級、反萃 97–110 級），進料級第 47 級；流比 有機：料液：洗酸 = 10.5：1：1.35，洗酸 HCl 3.2 mol/L，反萃酸 HCl 5.5 mol/L。",
            "控制點：第 20 級水相 Tb4O7/(Tb+Dy) ≤ 0.02%；第 80 級有機相 Tb4O7/(Tb+Dy) ≥ 98%。每班取樣 3 次，ICP 分析。",
            "混合澄清槽單級混合室 25 L，攪拌 260 rpm，溫度 30–35 ℃；冬季需加熱以免分相時間過長。",
            "沉澱：鏑料液以草酸 1.15 倍理論量於 60 ℃ 沉澱；灼燒 1000 ℃ × 3 h，產品 Dy2O3/REO ≥ 99.99%，Tb4O7 ≤ 10 ppm。",
        ]),
        ("h2", "三、觀察與學習"),
        "重稀土分離的分離係數較高（β Tb/Dy ≈ 2.0），但料液量少、產品純度要求極高，故級數多、流比大。工程師說明，當第 80 級 Tb 比例下降時，第一步是把洗酸流量提高 2%，若 4 小時內未恢復則降低進料量。此外，有機相每季需以 6 mol/L 鹽酸再生一次以去除累積的鐵與鋁。",
        ("h2", "四、心得"),
        "課堂上學習的串級萃取理論在現場得到印證，也體會到製程控制的細節（如取樣頻率、流量計校正）對產品純度的重要性。本報告將於系上實習成果發表會報告，請指導老師審閱。",
        "指導老師：吳政憲 教授",
    ], author="林柏翰", title="實習成果報告", date="2023-09-12")
    label(f, "controlled", ["1E902.a"], ["separation"], [], "process-spec", None, "zh", False,
          "Taiwan student's internship report (traditional Chinese) with Tb/Dy P507 cascade settings from mainland plant")

def c_agreement_annex():
    f = "agreements/Annex_B_Technical_Scope_Collaboration_Agreement_JXUST-BorneoMinerals.pdf"
    pdf_write(f, [
        ("h1", "Annex B — Technical Scope and Work Plan"),
        ("small", "to the Research Collaboration Agreement No. JXUST-INT-2024-009 between Jiangxi University of Science and Technology (\"University\") and Borneo Minerals Sdn Bhd (\"Partner\") · Draft for signature, 14 June 2024 · Confidential"),
        ("h2", "B.1 Objective"),
        "The University shall design, install and commission an in-situ leaching pilot on the Partner's ionic-clay deposit block P-3 (Sarawak), transferring the leaching, liquor-collection and precipitation practice used at Ganzhou operations, and shall train Partner staff to operate and maintain it.",
        ("h2", "B.2 Leaching design to be delivered"),
        ("bullets", [
            "Injection-hole grid: 2.5 m × 2.5 m staggered, hole diameter 0.2 m, depth to 1 m below the fully weathered layer (design from the drilling logs to be supplied by the Partner).",
            "Lixiviant: magnesium sulfate 2.5–3.0 wt%, pH 4.8–5.2, with 0.2% ammonium citrate promoter; injection 0.04–0.06 m³/h per hole during the first 20 days, reduced to 0.02 m³/h for the tail period; top-water wash when liquor RE < 0.1 g/L.",
            "Liquor collection: bottom collection tunnels at 10 m spacing plus guide holes, interception trench lined with HDPE 1.5 mm; expected liquor RE 0.6–1.2 g/L.",
            "Impurity removal: NH4HCO3 to pH 5.1–5.3, settling 4 h, Al removal > 90%; precipitation with NH4HCO3 at 1.3× stoichiometric to pH 6.8, ageing 2 h; mixed RE carbonate target TREO ≥ 92% after calcination at 850 °C.",
        ]),
        ("h2", "B.3 Installation and commissioning"),
        ("num", [
            "Week 1–3: survey, hole drilling, hydraulic test of each hole (acceptance: infiltration rate 0.3–1.5 m/d).",
            "Week 4–5: installation of head tank (200 m³), PE manifold with flow-control valve and flow meter on each branch, collection tunnels and ponds.",
            "Week 6: wet commissioning with clean water; tracer test to confirm collection efficiency > 85% before lixiviant is introduced.",
            "Week 7–12: leaching operation under University supervision; daily liquor assay, weekly water-balance report; adjustment of injection intensity per sector.",
            "Week 13: handover; Partner operators certified after 4 weeks of supervised operation.",
        ]),
        ("h2", "B.4 Maintenance"),
        "Monthly flushing of injection lines; replacement of clogged holes when intake falls below 40% of design; monitoring wells around the block sampled fortnightly for NH4+, SO4²⁻ and pH.",
        ("h2", "B.5 Deliverables and IP"),
        "Pilot design package, operating manual, commissioning report, training records. Background IP (CN 202410735218.6 and University know-how) licensed for use on block P-3 only. Note (University legal): export of this Annex and the deliverables requires a licence under MOFCOM Announcement 2025 No. 62 before signature.",
    ], title="Annex B Technical Scope", author="JXUST International Office", date="2024-06-14")
    label(f, "controlled", ["1E902.a", "1E902.b"], ["mining"], [], "process-spec", None, "en", False,
          "Collaboration agreement technical annex: ion-adsorption in-situ leaching design plus installation/commissioning plan")

def c_upgrade_plan():
    f = "jointlab/晶界扩散中试线升级改造方案.md"
    text_write(f, """
# 晶界扩散中试线升级改造方案（草案）

**项目：** 校企联合实验室 磁材中试平台 二期  
**编制：** 设备组 何晓东、工艺组 孙蕾　**日期：** 2024-09-20  
**状态：** 内部讨论稿，请勿外传

## 1 改造背景
现有晶界扩散（GBD）中试线为 2021 年建设，包括：磁控溅射镀 Tb 设备 1 台（单批 800 片）、真空扩散炉 2 台（有效区 600×400×400 mm）、回火炉 1 台。近一年主要问题：
- 扩散炉温区均匀性劣化至 ±9 ℃（验收时 ±3 ℃），导致同炉 HcJ 离散度 ΔHcJ 达 120 kA/m；
- 溅射靶材利用率仅 28%，Tb 单耗偏高；
- 装炉、出炉全靠人工，批次追溯依赖纸质记录。

## 2 改造内容
| 序号 | 项目 | 内容 | 预算（万元） |
|---|---|---|---|
| 1 | 扩散炉加热区改造 | 更换钼带加热器为分区（6区）控制，新增 9 点测温；更换隔热屏 | 86 |
| 2 | 真空系统 | 扩散泵更换为分子泵机组，极限真空目标 ≤ 5×10⁻⁴ Pa | 42 |
| 3 | 涂覆工序 | 增加 TbF3/Tb 粉浆料喷涂线（代替溅射）1 条，含烘干隧道 | 120 |
| 4 | 自动装卸 | 料盘 AGV + 装炉机械手 | 65 |
| 5 | MES 接口 | 炉温曲线、真空度、批次号自动上传 | 18 |

## 3 安装与调试步骤
1. 停炉、降温、拆除旧加热器与隔热屏，检查炉壳水冷通道（压力试验 0.6 MPa，30 min 无压降）。
2. 安装 6 区加热器，逐区冷态电阻测试，与图纸偏差 ≤ 5%。
3. 抽真空检漏：氦质谱检漏，漏率 ≤ 1×10⁻⁹ Pa·m³/s。
4. 空炉升温标定：按 GB/T 9452 方法，9 点测温，在 850、900、950 ℃ 各保温 2 h，要求均匀性 ±3 ℃。
5. 负载试验：装标准样块（45SH 基材，10×10×3 mm）满炉，按现行扩散工艺卡 GBD-04 运行（工艺参数以工艺卡为准，本方案不做变更），检查 HcJ 同炉离散度 ≤ 40 kA/m 作为验收指标。
6. 喷涂线调试：浆料粘度、涂覆量在线称重校准，目标涂覆量以工艺卡为准，重复性 ±3%。
7. 连续 3 批试生产合格后转入正常运行；编写《GBD 线维护保养规程》修订版（加热器绝缘电阻每月检测、分子泵每 8000 h 保养）。

## 4 进度
10月设备采购 → 11月安装 → 12月调试与验收 → 2025年1月试生产。

## 5 风险
喷涂线与现有溅射工艺切换期间，需要保持溅射设备可用，防止交付中断。
""")
    label(f, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "zh", False,
          "Upgrade/retrofit and commissioning plan for NdFeB grain-boundary diffusion pilot line; process values only as references (clause b only)")

def c_hd_commissioning_xlsx():
    f = "jointlab/HD-recycling_pilot_commissioning_checklist_2024.xlsx"
    xlsx_write(f, [
        ("Checklist", [
            ["Pilot line: magnet-scrap hydrogen processing (HPMS) — commissioning & maintenance checklist", "", "", "", "", ""],
            ["Site: Joint lab pilot hall B, University of Birmingham / partner Ionic Technologies", "Rev C", "", "", "", ""],
            ["No.", "Item", "Method", "Acceptance / target", "Result", "Signed"],
            [1, "Reactor vessel leak test (1.2 m³ rotating drum)", "He leak detector", "≤ 5e-9 mbar·l/s", "3.1e-9", "JW"],
            [2, "H2 supply line pressure test", "N2 at 1.5× MAWP", "no drop 30 min", "OK", "JW"],
            [3, "H2 sensors calibration (4 points)", "test gas 1% H2", "alarm at 0.4% LEL-equivalent", "OK", "RS"],
            [4, "Drum rotation drive", "VFD ramp 0–6 rpm", "no vibration > 4.5 mm/s", "2.8 mm/s", "RS"],
            [5, "Heating jackets zone 1–3", "ramp to 600 °C empty", "±5 °C between zones", "±4 °C", "JW"],
            [6, "Vacuum pump-down", "empty drum", "< 1e-2 mbar in 25 min", "18 min", "JW"],
            [7, "Trial batch: coated scrap 50 kg", "per process card HPMS-02 (H2 2 bar, RT)", "decrepitation complete, Ni coating separated on 2 mm sieve", "98% powder < 2 mm", "AB"],
            [8, "Sieve / Ni-flake separation", "vibratory sieve 2 mm", "Ni flakes in powder < 0.05 wt%", "0.03", "AB"],
            [9, "Powder O pick-up", "LECO", "< 300 ppm increase vs scrap", "+180 ppm", "AB"],
            [10, "Transfer to glovebox under Ar", "O2 analyser", "< 10 ppm O2", "6 ppm", "RS"],
        ]),
        ("Maintenance", [
            ["Component", "Interval", "Action"],
            ["Drum seals (PTFE)", "every 40 batches", "replace; re-run He leak test"],
            ["H2 sensors", "3 months", "recalibrate"],
            ["Vacuum pump oil", "500 h", "change; check for RE hydride dust in trap"],
            ["Heater thermocouples", "6 months", "compare against reference type-K"],
            ["Sieve mesh", "after 20 t", "inspect / replace"],
        ]),
    ], author="J. Walton", date="2024-02-28")
    label(f, "controlled", ["1E902.b"], ["recycling"], [], "parameter-sheet", None, "en", False,
          "Commissioning and maintenance checklist for hydrogen-processing line for NdFeB magnet scrap; process only referenced by card")

def c_flotation_xlsx():
    f = "jointlab/白云鄂博浮选扩大试验_数据汇总_2024Q1.xlsx"
    rows = [["试验编号 Test", "磨矿细度 -74μm %", "矿浆温度 ℃", "pH", "水玻璃 g/t", "硫酸铝 g/t", "辛基羟肟酸 g/t", "H205 g/t", "起泡剂 2#油 g/t", "精矿品位 REO %", "回收率 %"]]
    rng = random.Random(61)
    for i in range(1, 19):
        grind = rng.choice([85, 88, 90, 92])
        temp = rng.choice([30, 35, 40])
        ph = rng.choice([8.5, 9.0, 9.5])
        wg = rng.choice([1500, 2000, 2500])
        al = rng.choice([300, 400, 500])
        oha = rng.choice([800, 1000, 1200])
        grade = round(55 + (grind - 85) * 0.4 + (wg - 1500) / 500 * 1.1 + rng.uniform(-1.5, 1.5), 1)
        rec = round(72 + (oha - 800) / 200 * 2.2 + (temp - 30) * 0.25 - (wg - 1500) / 500 * 1.3 + rng.uniform(-2, 2), 1)
        rows.append([f"BF-24-{i:02d}", grind, temp, ph, wg, al, oha, 200, 40, grade, rec])
    xlsx_write(f, [
        ("条件试验", rows),
        ("推荐流程 Flowsheet", [
            ["作业 Stage", "条件 Conditions", "备注"],
            ["给矿", "强磁选尾矿（稀土 REO 8.2%，CaF2 18%，BaSO4 4%）", "选厂二系列"],
            ["磨矿", "-74 μm 90%", "球磨 + 旋流器"],
            ["粗选", "35 ℃, pH 9.0, 水玻璃 2000 g/t, 硫酸铝 400 g/t, 辛基羟肟酸 1000 g/t, H205 200 g/t, 2#油 40 g/t; 浮选 6 min", ""],
            ["扫选", "补加羟肟酸 300 g/t, 4 min", "中矿返回"],
            ["精选 ×3", "水玻璃 600/400/200 g/t, 不加捕收剂, 60 ℃ 加温精选（第一次）", "加温精选提高氟碳铈/独居石品位"],
            ["最终精矿", "REO 62.3%，回收率 78.6%（闭路）", "ref: Sun et al., Miner. Eng. 2024, 209:108623 (lab only)"],
            ["", "注：扩大试验数据为选厂与中南大学合作所得，未公开发表", ""],
        ]),
    ], author="选矿研究室", date="2024-04-08")
    label(f, "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", None, "mixed", False,
          "Bayan Obo flotation scale-up test matrix and recommended reagent regime; cites published lab paper but unpublished plant data")

def c_cascade_sim():
    f = "simulation/prnd_cascade_90stage_case07.inp"
    lines = ["! CASCADE-SX v3.2 input deck — joint lab (university modelling group for plant line 3)",
             "! Case 07: PrNd full separation, 90 stages, P507 1.5 M, saponification 36 %",
             "! prepared 2024-05-30 by X. Mengqi; plant data from line-3 survey 2024-05-12 (confidential)",
             "", "[SYSTEM]", "extractant = P507", "conc_M = 1.50", "diluent = sulfonated_kerosene",
             "saponification = 0.36", "temperature_C = 25", "", "[COMPONENTS]",
             "names = La Ce Pr Nd Sm", "feed_frac = 0.0003 0.0005 0.2480 0.7510 0.0002",
             "beta_ref_Nd = 0.30 0.45 0.645 1.000 3.20", "! loading-dependent beta: beta(Pr/Nd) = b0 + b1*Y", "beta_load_b0 = 0.645", "beta_load_b1 = 0.071",
             "", "[CASCADE]", "n_stages = 90", "feed_stage = 35", "extraction = 1-34", "scrub = 35-72", "strip = 73-86", "wash = 87-90",
             "flow_org_Lmin = 18.6", "flow_feed_Lmin = 3.0", "feed_REO_M = 1.50", "flow_scrub_Lmin = 2.3", "scrub_HCl_M = 4.2",
             "flow_strip_Lmin = 1.9", "strip_HCl_M = 5.8", "mixer_volume_L = 12", "settler_volume_L = 40", "stage_efficiency = 0.92",
             "", "[SOLVER]", "method = dynamic", "dt_s = 30", "t_end_h = 240", "tol = 1e-6", "",
             "[OUTPUT]", "profiles = aq,org", "report_stages = 1 12 34 35 60 72 86 90", "", "[RESULTS_SUMMARY]  ! appended by solver",
             "stage  aq_REO_M  org_REO_M  aq_Pr%   org_Nd%"]
    rng = random.Random(7)
    for st in [1, 12, 34, 35, 60, 72, 86, 90]:
        pr = max(0.01, min(99.8, 99.7 - (st - 1) * 1.35 + rng.uniform(-0.3, 0.3))) if st <= 72 else 0.0
        nd = round(min(99.95, 0.3 + st * 1.38 + rng.uniform(-0.2, 0.2)), 2) if st < 72 else 99.93
        lines.append(f"{st:5d}  {rng.uniform(0.9, 1.6):8.3f}  {rng.uniform(0.15, 0.24):9.3f}  {pr:6.2f}  {nd:7.2f}")
    lines += ["raffinate Pr6O11/REO = 99.56 %", "strip liquor Nd2O3/REO = 99.93 %", "Pr recovery = 98.4 %",
              "! Conclusion: plant can raise feed to 3.2 L/min if scrub raised to 2.45 L/min (see case 08)"]
    text_write(f, "\n".join(lines))
    label(f, "controlled", ["1E902.a"], ["separation"], [], "simulation-data", None, "en", False,
          "Mixer-settler cascade simulation input deck and results for plant PrNd line")

def c_pptx_review():
    f = "jointlab/联合实验室Q3进展汇报_高丰度稀土磁体.pptx"
    pptx_write(f, [
        ("高丰度稀土永磁中试 Q3 进展汇报", ["校企联合实验室 · 2024年10月12日 · 技术委员会季度会", "汇报人：高鹏（企业）/ 吴海波课题组（学校）", "内部资料 仅限委员会成员"]),
        ("1. 本季度目标与完成情况", ["目标：Ce 占总稀土 30% 的 N40 级双主相磁体中试稳定，合格率 ≥ 90%", "完成：中试 18 批，合格率 92.6%（Q2 为 81%）", "论文：Acta Mater. 投稿 1 篇（只含机理数据，不含工艺窗口）"]),
        ("2. 合金与速凝", ["合金A (PrNd)：PrNd 30.5, B 0.98, Co 0.8, Cu 0.12, Ga 0.25, Al 0.1 wt%", "合金B (Ce-rich)：Ce 17.6, La 2.1, PrNd 10.6, B 1.00, Ga 0.35, Cu 0.2 wt%", "合金B 辊速由 1.5 降至 1.35 m/s，铸片 0.28 mm，α-Fe 消除", "  浇注温度 1435 ℃ ±10 ℃"]),
        ("3. 制粉与混合", ["氢破：合金B 脱氢 540 ℃ × 5 h（保留约 1200 ppm H）", "气流磨：A 3.0 μm / B 3.6 μm，分选轮 3800 / 3300 rpm", "A:B = 55:45，三维混料 90 min，N2 保护"]),
        ("4. 烧结回火窗口", ["1025 ℃ × 3 h 为最佳；1040 ℃ 以上双主相均匀化，HcJ 降 ~160 kA/m", "一级回火 880 ℃ × 2 h；二级 495 ℃ × 3 h（±10 ℃）", "CeFe2 相体积分数 < 2%（XRD + SEM 统计）"]),
        ("5. 性能统计（18 批）", ["Br 1.30–1.32 T；HcJ 960–1030 kA/m；(BH)max 318–330 kJ/m³", "方形度 ≥ 0.95 的批次 17/18", "成本：较同牌号纯 PrNd 磁体降低 11.5%"]),
        ("6. 下季度计划", ["引入 Ce 占比 40% 的合金B'，验证 N38 级", "气流磨氧含量在线监测（与设备供应商）", "与专利代理确认 PCT 进入国家阶段的权利要求范围"]),
    ], author="高鹏", date="2024-10-12")
    label(f, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec", None, "zh", False,
          "Joint-lab quarterly slide deck with Ce dual-main-phase alloy, HD, milling, sintering/annealing window")

def c_eml_tb():
    f = "mail/RE_ Tb reduction runs - draft for our paper.eml"
    body = """Hi Daniel,

As promised, here is what we did for the Tb metal in the calcium-reduction campaign — please use it only to check the "Methods" wording of our joint paper; most of this comes from the plant's work instruction and cannot go into the manuscript as is. 具体参数请勿转给第三方。

Feed / 原料: TbF3 made in-house (HF gas fluorination of Tb4O7 at 650 °C, 6 h; O < 800 ppm), Ca redistilled granules 99.9%, 25% excess over stoichiometry, plus CaCl2 flux 5 wt% of charge.
Crucible: Ta crucible, 3 kg TbF3 per charge, in induction furnace under Ar 0.05 MPa after 3 pump/purge cycles to 5e-3 Pa.
Heating: 800 °C hold 30 min (reaction initiates ~ 850 °C), ramp 10 °C/min to 1450 °C, hold 15 min for slag/metal separation, then cool in furnace. Metal yield 97.5%.
Refining: vacuum remelt of the button at 1500 °C, 2e-3 Pa, 40 min to remove Ca (Ca from 0.3% → 120 ppm); then sublimation/distillation at 1600 °C for 4N grade if needed (we did only 2 runs).
Typical product: Tb 99.95% (RE basis), O 320 ppm, F 60 ppm, Ca 90 ppm, Ta 150 ppm.

Biggest practical point: CaF2 slag sticks to Ta unless the crucible is pre-coated with Y2O3 slurry and dried at 200 °C — this was the plant's trick, not ours.

Let me know by Friday. I'll be at the Baotou site next week for the Dy-Fe alloy trials.

Cheers,
Wang Jing (王晶)
Baotou Research Institute of Rare Earths / joint lab with Univ. of Sheffield

> On 11 Apr 2024, Daniel Harper wrote:
> Jing, could you send me the exact reduction conditions so I can finish the methods section? The reviewers of the last paper complained we were vague.
"""
    s = ("From: Wang Jing <wangjing@brire.cn>\nTo: Daniel Harper <d.harper@sheffield.ac.uk>\n"
         "Subject: RE: Tb reduction runs - draft for our paper\nDate: Mon, 15 Apr 2024 21:47:10 +0800\n"
         "Message-ID: <c1a2f3e4.9910@brire.cn>\nIn-Reply-To: <DB7PR01MB4411@sheffield.ac.uk>\n"
         "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body)
    text_write(f, s)
    label(f, "controlled", ["1E902.a"], ["metal-smelting"], [], "email", None, "mixed", False,
          "Email to foreign co-author giving plant calcium-reduction conditions for Tb metal; 'for the paper' but unpublished know-how")

def c_html_wiki():
    f = "wiki/Sm_metal_reduction_distillation.html"
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sm metal — La reduction–distillation (pilot) — JointLab Wiki</title></head>
<body>
<div class="breadcrumb">JointLab Wiki › Metals › Samarium</div>
<h1>Sm metal by lanthanum reduction–distillation (pilot retort R-2)</h1>
<p class="meta">Last edited 2024-01-18 by liu.yang · Access: joint-lab members only (intranet)</p>
<p>This page records the working conditions for the R-2 vertical retort, used to supply Sm to the SmCo magnet pilot line. Background reading: Gschneidner & Beaudry review (public); our run sheets below are not public.</p>
<h2>Charge</h2>
<ul>
<li>Sm<sub>2</sub>O<sub>3</sub> 99.9%, dried 400 °C × 4 h; La metal turnings (&lt; 5 mm), La excess 15% over stoichiometry.</li>
<li>Mix and briquette at 150 MPa (Ø 40 mm), 12 kg Sm<sub>2</sub>O<sub>3</sub> per run.</li>
</ul>
<h2>Retort programme</h2>
<table border="1">
<tr><th>Step</th><th>Temperature</th><th>Time</th><th>Pressure</th></tr>
<tr><td>Degas</td><td>500 °C</td><td>2 h</td><td>&lt; 1 Pa</td></tr>
<tr><td>Reduction / distillation</td><td>1350–1400 °C (charge zone)</td><td>6–8 h</td><td>&lt; 5×10<sup>-2</sup> Pa</td></tr>
<tr><td>Condenser</td><td>550–650 °C (water-jacketed Mo sleeve)</td><td>—</td><td>—</td></tr>
<tr><td>Cool under Ar</td><td>to 80 °C</td><td>10 h</td><td>Ar 0.02 MPa</td></tr>
</table>
<h2>Results and tips</h2>
<ul>
<li>Yield 93–95%; product Sm 99.9% (La &lt; 200 ppm, O &lt; 500 ppm).</li>
<li>If condenser is colder than 500 °C the deposit is powdery and pyrophoric — keep the jacket water flow at 4 L/min, not more.</li>
<li>Second distillation at 1050 °C for magnet grade if Ca or Mg &gt; 100 ppm.</li>
<li>Handle crowns in Ar glovebox; store under Ar in sealed cans.</li>
</ul>
<p>Related: <a href="smco_vim_charge.html">SmCo VIM charge calculation</a> · <a href="r2_maintenance.html">R-2 maintenance log</a></p>
</body></html>"""
    text_write(f, html)
    label(f, "controlled", ["1E902.a"], ["metal-smelting"], [], "process-spec", None, "en", False,
          "Intranet wiki page with La reduction-distillation conditions for Sm metal")

# ======================= CLEAR =======================
def l_popsci():
    f = "outreach/科普_稀土为什么被称为工业维生素.html"
    html = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>稀土为什么被称为“工业维生素”？| 材料学院科普专栏</title></head>
<body>
<h1>稀土为什么被称为“工业维生素”？</h1>
<p class="byline">材料学院科普专栏 第 27 期 · 文／研究生科普志愿者 何思远 · 2024年5月18日</p>
<p>“稀土”其实并不稀少。铈在地壳中的含量和铜差不多，但稀土元素往往彼此“抱团”，分散在矿物中，要把十七种化学性质极其相似的元素一个个分开，难度很大，这才是“稀”的真正含义。</p>
<h2>一、十七兄弟</h2>
<p>稀土包括镧系的 15 种元素，再加上钪和钇。它们最外层电子结构相似，区别主要在于内层的 4f 电子。正是这些“藏在里面”的 4f 电子，使稀土有了独特的磁、光、电性质。</p>
<h2>二、最强的永磁体</h2>
<p>你的手机振动马达、耳机、电动汽车的驱动电机、风力发电机，里面都有钕铁硼磁体。它是 1983 年由日本住友特殊金属的佐川真人和美国通用汽车的研究人员几乎同时发明的，磁能积是传统铁氧体磁体的十倍左右。钐钴磁体则耐高温，常用于航空航天。</p>
<h2>三、会发光的稀土</h2>
<p>节能灯中的红色荧光粉含铕，绿色荧光粉含铽；激光器里的“掺钕”晶体、光纤通信中的“掺铒”放大器，都离不开稀土。</p>
<h2>四、从矿山到产品</h2>
<p>稀土要经过开采、选矿、分离、冶炼，再做成材料和器件。中国南方的离子吸附型稀土矿富含中重稀土，内蒙古白云鄂博则是世界著名的轻稀土矿。近年来，从废旧电机和硬盘中回收稀土也越来越受重视，被称为“城市矿山”。</p>
<h2>五、小问答</h2>
<p><b>问：</b>稀土有放射性吗？<br><b>答：</b>稀土元素中只有钷是放射性的，但部分稀土矿物伴生钍、铀，所以采选过程中需要注意辐射防护。</p>
<p><b>问：</b>为什么叫“工业维生素”？<br><b>答：</b>因为往往只需少量添加，就能显著改善钢铁、玻璃、陶瓷等材料的性能，就像维生素之于人体。</p>
<p class="footer">欢迎参加 6 月 8 日校园开放日“神奇的磁铁”互动展台。</p>
</body></html>"""
    text_write(f, html)
    label(f, "clear", [], [], [], "other", None, "zh", True, "Popular-science article on rare earths; no process technology")

def l_safety():
    f = "safety/實驗室安全手冊_稀土材料實驗室_2024版.pdf"
    pdf_write(f, [
        ("h1", "香港城市大學 材料科學及工程學系"),
        ("h2", "稀土及磁性材料實驗室 安全手冊（2024 年版）"),
        ("small", "文件編號：MSE-LS-07 ｜ 適用實驗室：G6402、G6405 ｜ 核准：部門安全委員會 2024 年 1 月"),
        ("h2", "1. 一般規定"),
        ("bullets", ["進入實驗室前須完成大學網上化學安全課程及本實驗室專項培訓，並簽署安全承諾書。",
                     "嚴禁單獨進行高溫爐、氫氣或氫氟酸相關操作；夜間及假日須取得實驗室主管書面批准。",
                     "實驗室內必須穿著實驗袍、安全眼鏡及密頭鞋；處理粉末時佩戴 N95 或以上口罩。"]),
        ("h2", "2. 稀土粉末與金屬"),
        "稀土金屬細粉及釹鐵硼粉末在空氣中易氧化甚至自燃。所有細粉須儲存於充氬密封容器，於手套箱內轉移；廢粉以礦物油浸潤後交由化學廢物承辦商處理，不得丟入一般垃圾桶。發生粉末著火時，使用 D 類滅火器或乾砂，嚴禁用水。",
        ("h2", "3. 強磁體"),
        "燒結磁體之間吸力可達數百牛頓，可造成手指夾傷；磁體會損壞心臟起搏器、信用卡及精密儀器。佩戴起搏器人士不得進入標示區域。磁體碎片邊緣鋒利，須戴手套處理。",
        ("h2", "4. 氫氣"),
        "氫氣鋼瓶置於室外氣瓶櫃，以不鏽鋼管接入；實驗室設有 4 點氫氣偵測器，濃度達 0.4% 時自動切斷供氣並啟動排風。使用前以肥皂水檢查接頭。",
        ("h2", "5. 氫氟酸與氟化物"),
        "HF 只可在指定通風櫃內使用，操作時須佩戴面罩、氯丁橡膠手套及圍裙；實驗室備有葡萄糖酸鈣凝膠（2.5%），皮膚接觸後立即沖水 5 分鐘並塗抹，同時致電 999。",
        ("h2", "6. 高溫爐與真空設備"),
        "管式爐、真空感應爐使用前檢查冷卻水流量及熱電偶；爐溫超過 1000 °C 時須有人在場。真空系統排氣前確認樣品已冷卻至 100 °C 以下。",
        ("h2", "7. 緊急聯絡"),
        ("table", [["事項", "電話"], ["校園保安控制中心", "3442 8888"], ["部門安全主任 陳博士", "3442 7xxx"], ["緊急救援", "999"]]),
    ], title="實驗室安全手冊", author="MSE Safety Committee", date="2024-01-15")
    label(f, "clear", [], [], [], "other", None, "zh", True, "HK university lab safety manual (traditional Chinese) mentioning NdFeB powder, H2, HF, furnaces")

def l_market_review():
    f = "reviews/Literature_review_RE_market_trends_2015-2024.docx"
    docx_write(f, [
        ("h1", "Rare-earth supply chains 2015–2024: a literature review of market and policy trends"),
        "Prepared for: MSc module ECON7021 Critical Materials Economics · Author: Priya Raman · Submitted 29 April 2024",
        ("h2", "1. Introduction"),
        "This review summarises 46 academic papers, agency reports (USGS, IEA, European Commission JRC) and industry analyses on the demand, supply concentration and price behaviour of rare earths, focusing on NdPr oxide, dysprosium and terbium, the elements most tied to permanent magnets for electric vehicles and wind turbines.",
        ("h2", "2. Demand"),
        "Studies agree that magnet applications dominate value demand. The IEA (2023) projects NdFeB magnet demand to roughly triple by 2040 under its announced-pledges scenario. Estimates of NdPr intensity in EV traction motors range from 0.5 to 1.2 kg per vehicle, depending on whether motor designers use heavy-rare-earth-free grades.",
        ("h2", "3. Supply concentration"),
        "China accounted for about 70% of mined output and close to 90% of separation capacity in most years of the period. The literature discusses the consolidation into state-owned groups (2014–2021), quota policies and, since 2023, export-control measures covering gallium, germanium, graphite and in 2025 rare-earth technologies and items. New capacity outside China (Mountain Pass, Lynas Kalgoorlie and Malaysia, Solvay La Rochelle, Neo Performance in Estonia) is discussed mostly in terms of cost and permitting.",
        ("h2", "4. Prices"),
        ("table", [["Year", "NdPr oxide (USD/kg, avg.)", "Dy oxide (USD/kg)", "Tb oxide (USD/kg)"],
                   ["2016", "37", "198", "420"], ["2019", "41", "245", "505"], ["2021", "92", "390", "1,450"],
                   ["2022", "128", "385", "2,050"], ["2023", "83", "340", "1,350"], ["2024 (Q1)", "53", "300", "1,050"]]),
        "Source: compiled from Asian Metal and SMM averages cited in the reviewed papers; indicative only.",
        ("h2", "5. Recycling and substitution"),
        "End-of-life recycling rates for rare earths remain below 1–5% according to most studies. Authors highlight short-loop magnet-to-magnet recycling and Ce/La substitution as strategies, but note that economic viability depends on price levels. Substitution by ferrite motors or induction motors is discussed in several EV-design papers.",
        ("h2", "6. Gaps"),
        "Few studies quantify the effect of technology export controls on new-entrant ramp-up timelines; I propose this as the topic of my dissertation.",
        ("h2", "References (selection)"),
        "Binnemans K. et al. (2013) J. Clean. Prod. 51:1–22; IEA (2023) Critical Minerals Market Review; Smith B.J. et al. (2022) Resources Policy 78:102893; USGS Mineral Commodity Summaries 2024.",
    ], author="Priya Raman", title="RE market literature review", date="2024-04-29")
    label(f, "clear", [], [], [], "other", None, "en", True, "Student literature review of rare-earth market/price trends; no process content")

def l_seminar():
    f = "events/講座公告_稀土永磁材料的發展與挑戰.html"
    html = """<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>講座公告｜稀土永磁材料的發展與挑戰</title></head>
<body>
<h1>香港科技大學 物理學系 研討會</h1>
<h2>稀土永磁材料的發展與挑戰：從釹鐵硼到無重稀土磁體</h2>
<p><b>講者：</b>劉志強 教授（中國科學院寧波材料技術與工程研究所）</p>
<p><b>日期：</b>2024 年 11 月 15 日（星期五）　<b>時間：</b>下午 4:00 – 5:30（3:45 茶點）</p>
<p><b>地點：</b>Room 4472（Lifts 25–26），香港科技大學　／ Zoom 會議號 912 3456 7890</p>
<h3>摘要</h3>
<p>釹鐵硼永磁自 1983 年問世以來，已成為電動車、風力發電及消費電子的核心材料。本講座將回顧永磁材料的發展歷程，介紹磁晶各向異性、矯頑力機制等基本概念，並討論降低鏑、鋱等重稀土用量的研究方向，例如晶粒細化、晶界調控與鈰、鑭等高豐度稀土的應用。講者亦將分享對全球稀土供應鏈與回收利用前景的看法。講座以中文（普通話）進行，配英文投影片，適合本科生及研究生參加。</p>
<h3>講者簡介</h3>
<p>劉教授長期從事稀土永磁材料研究，發表論文逾 200 篇，現任《稀土學報》編委。</p>
<p>查詢：phyevents@ust.hk ｜ 主辦：物理學系、先進材料研究中心</p>
<p>*本講座不設錄影，投影片不會對外發佈。</p>
</body></html>"""
    text_write(f, html)
    label(f, "clear", [], [], [], "other", None, "zh", True, "HKUST seminar announcement (traditional Chinese) on rare-earth magnets; abstract only")

def l_syllabus():
    f = "teaching/MSE4520_Magnetic_Materials_syllabus_Fall2024.md"
    text_write(f, """
# MSE 4520 / 6520 — Magnetic Materials: Physics, Processing and Applications
**Fall 2024 · 3 credits · Tue/Thu 10:30–11:45, MRB 210**
Instructor: Prof. Elena Vasquez (evasquez@university.edu) · Office hours Wed 14:00–15:30
TA: Minh Nguyen

## Course description
Introduction to the physics of magnetism in solids and the engineering of soft and hard magnetic materials. Topics range from exchange and anisotropy to hysteresis, domain theory and coercivity, followed by survey lectures on materials families: electrical steels, soft ferrites, amorphous and nanocrystalline alloys, AlNiCo, hard ferrites, SmCo and Nd-Fe-B. The course closes with applications in motors, transformers and data storage, and a module on critical-materials supply and recycling.

## Learning outcomes
1. Explain the origin of magnetocrystalline anisotropy and its role in permanent magnets.
2. Interpret hysteresis loops and compute (BH)max and load lines.
3. Describe, at textbook level, the main processing routes of major magnet families and relate microstructure to properties.
4. Discuss supply-chain and sustainability aspects of rare-earth magnets.

## Schedule
| Week | Topic | Reading |
|---|---|---|
| 1 | Magnetic units, moments, susceptibility | Coey ch. 1–2 |
| 2 | Exchange, ferromagnetism, Curie temperature | Coey ch. 5 |
| 3 | Anisotropy and magnetostriction | Coey ch. 5 |
| 4 | Domains and domain walls | Cullity ch. 9 |
| 5 | Hysteresis, coercivity mechanisms | Cullity ch. 9; Kronmüller review |
| 6 | Soft materials: Fe-Si steels, ferrites | Cullity ch. 13 |
| 7 | **Midterm** | — |
| 8 | Hard ferrites and AlNiCo | Coey ch. 8 |
| 9 | SmCo magnets: structure and properties | Coey ch. 8 |
| 10 | Nd-Fe-B: phases, microstructure, coercivity | Sugimoto review (2011) |
| 11 | Magnet design in electric motors (guest: industry motor designer) | handout |
| 12 | Magnetic measurements lab (VSM, hysteresigraph) | lab manual |
| 13 | Critical materials, recycling, Ce/La substitution — policy debate | Binnemans 2013; IEA 2023 |
| 14 | Student presentations | — |

## Assessment
Homework 25% · Midterm 20% · Lab report 15% · Term paper & presentation 25% · Final 15%

## Policies
Late work −10%/day. Use of generative AI must be disclosed. Lab sessions require completion of EHS magnet-safety training.
""")
    label(f, "clear", [], [], [], "other", None, "en", True, "Course syllabus on magnetic materials incl. SmCo/NdFeB at textbook level")

def l_budget():
    f = "grants/项目经费预算表_稀土永磁重点研发_2024.xlsx"
    xlsx_write(f, [
        ("预算 Budget", [
            ["国家重点研发计划“稀土新材料”专项 课题3：高丰度稀土永磁材料 经费预算表 Budget sheet", "", "", ""],
            ["承担单位 Institution：某大学材料学院 / 合作单位：某磁业公司", "", "", "单位：万元 (10k CNY)"],
            ["科目 Item", "专项经费 Central funds", "自筹 Self-raised", "说明 Justification"],
            ["一、直接费用 Direct costs", 412.0, 600.0, ""],
            ["1. 设备费 Equipment", 120.0, 350.0, "振动样品磁强计升级 VSM upgrade 1 台；自筹：企业中试设备"],
            ["2. 业务费 Operating", 210.0, 200.0, ""],
            ["  材料费 Materials", 95.0, 150.0, "高纯金属、氧化物、靶材、坩埚 high-purity metals, crucibles"],
            ["  测试化验加工费 Testing", 60.0, 30.0, "TEM、同步辐射、第三方磁性能检测"],
            ["  差旅/会议/国际合作交流 Travel", 30.0, 10.0, "REPM 2024、Intermag 2025"],
            ["  出版/文献/知识产权 Publication & IP", 25.0, 10.0, "论文版面费、专利申请及 PCT"],
            ["3. 劳务费 Personnel", 82.0, 50.0, "博士后 1 名、研究生助研"],
            ["二、间接费用 Indirect", 61.8, 0, "按直接费用 15%"],
            ["合计 Total", 473.8, 600.0, ""],
        ]),
        ("年度 Annual", [
            ["年度 Year", "2024", "2025", "2026", "合计"],
            ["专项经费", 180.0, 190.0, 103.8, 473.8],
            ["自筹", 250.0, 250.0, 100.0, 600.0],
        ]),
    ], author="科研处", date="2024-03-20")
    label(f, "clear", [], [], [], "parameter-sheet", None, "mixed", True, "Grant budget sheet for a rare-earth magnet project; finance only")

def l_travel():
    f = "finance/差旅报销单_REPM2024_杭州_王浩.pdf"
    pdf_write(f, [
        ("h1", "某大学 国内差旅费报销单"),
        ("small", "报销单号：CL-2024-08-3317　　部门：材料科学与工程学院　　项目编号：2023YFB35xxxxx（稀土永磁课题）"),
        ("table", [["出差人", "王浩（博士研究生）", "职称/身份", "学生"],
                   ["出差事由", "参加 REPM 2024 国际会议并做口头报告", "地点", "浙江 杭州"],
                   ["起止日期", "2024-08-17 至 2024-08-22", "天数", "6"]]),
        ("h2", "费用明细"),
        ("table", [["日期", "项目", "起讫", "张数", "金额（元）"],
                   ["08-17", "高铁二等座", "北京南—杭州东", "1", "626.00"],
                   ["08-22", "高铁二等座", "杭州东—北京南", "1", "626.00"],
                   ["08-17~22", "住宿（5晚，会议协议酒店）", "—", "1", "2,250.00"],
                   ["08-15", "会议注册费（学生）", "—", "1", "2,400.00"],
                   ["08-17~22", "伙食补助 6天×100", "—", "—", "600.00"],
                   ["08-17~22", "市内交通补助 6天×80", "—", "—", "480.00"],
                   ["合计", "", "", "", "6,982.00"]]),
        "大写：陆仟玖佰捌拾贰元整",
        "附件：会议通知、注册费发票、车票、住宿发票、论文录用通知（论文题目：Grain-boundary chemistry of Ce-substituted sintered magnets studied by atom probe tomography）。",
        "报销人签字：王浩　　导师签字：李卫东　　财务审核：　　　　日期：2024-08-28",
    ], title="差旅报销单", author="财务处", date="2024-08-28")
    label(f, "clear", [], [], [], "other", None, "zh", True, "Conference travel reimbursement form for REPM 2024; finance only")

def l_ferrite():
    f = "papers/SrFerrite_La-Co_sintering_study_group_report.pdf"
    pdf_write(f, [
        ("h1", "Effect of La–Co substitution and calcination/sintering profile on M-type strontium hexaferrite magnets"),
        ("small", "Group report — Functional Ceramics Lab · prepared for industrial partner (ferrite motor magnets) · June 2024"),
        ("h2", "1. Scope"),
        "We investigate Sr1−xLaxFe12−xCoxO19 (x = 0–0.3) prepared by the conventional ceramic route, aiming at anisotropic wet-pressed magnets with Br ≥ 0.44 T and HcJ ≥ 380 kA/m for brushless DC motors. Note: lanthanum is used here only as a dopant oxide; no rare-earth magnet is involved.",
        ("h2", "2. Processing"),
        ("bullets", ["Raw materials: Fe2O3 (99.3%, from steel pickling regeneration), SrCO3, La2O3, Co3O4; mixed in ball mill 4 h.",
                     "Calcination: rotary kiln 1250–1290 °C, 2 h, air.",
                     "Milling: wet ball milling to 0.7–0.8 μm with 0.6 wt% CaCO3 + 0.4 wt% SiO2 + 0.3 wt% calcium gluconate.",
                     "Wet pressing in 0.8 T field, 40 MPa; drying.",
                     "Sintering: 1190–1230 °C, 1.5 h in air; grinding of arc segments."]),
        ("h2", "3. Results"),
        ("table", [["x", "Calc. T (°C)", "Sint. T (°C)", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m3)"],
                   ["0", "1270", "1210", "0.418", "262", "33.1"],
                   ["0.1", "1270", "1210", "0.430", "318", "35.4"],
                   ["0.2", "1280", "1200", "0.441", "371", "37.2"],
                   ["0.3", "1290", "1200", "0.445", "392", "38.0"]]),
        "The coercivity increase with La–Co is attributed to enhanced magnetocrystalline anisotropy of the Co²⁺ on the 4f2 site. Sintering above 1220 °C coarsened grains beyond 1.5 μm and reduced HcJ.",
        ("h2", "4. Next steps"),
        "Test Ca–La–Co ferrite (CaLaCo-M) with reduced Co, and compare cost per (BH)max with bonded NdFeB for the partner's fan motor.",
    ], title="Sr ferrite La-Co study", author="Functional Ceramics Lab", date="2024-06-20")
    label(f, "clear", [], [], [], "process-spec", None, "en", True,
          "Hard ferrite (SrFe12O19 La-Co) process study; same magnet vocabulary, not a controlled magnet type")

def l_cobalt():
    f = "research-plans/cobalt_nickel_Cyanex272_pilot_notes.txt"
    text_write(f, """
Hydrometallurgy group — Co/Ni separation with Cyanex 272: pilot notes for laterite leach liquor
Date: 2024-02-09   Author: R. Okonkwo (PhD student)   Sponsor: nickel refinery partner

1. Feed
Mixed hydroxide precipitate (MHP) releached in H2SO4; liquor Ni 85 g/L, Co 6.2 g/L, Mn 2.1 g/L, Mg 4.5 g/L, Zn 0.05 g/L, pH 2.0.
Zn and Mn pre-removed by D2EHPA (20 vol%) at pH 2.5 in 4 stages (not covered here).

2. Co/Ni extraction circuit (pilot, 6 mixer-settlers, 2 L mixers)
- Organic: 0.6 M Cyanex 272 (bis(2,4,4-trimethylpentyl)phosphinic acid) + 5 vol% TBP in Exxsol D80.
- Saponification with 50% NaOH to 40%; temperature 50 °C.
- Extraction 4 stages, O/A 1.2, equilibrium pH 5.4–5.6 -> raffinate Co < 5 mg/L, Ni co-extraction 0.2%.
- Scrub 3 stages with CoSO4 solution (20 g/L Co) pH 4.0 to remove Ni.
- Strip 2 stages with 2 M H2SO4, O/A 5 -> strip liquor Co 90 g/L, Co/Ni ratio > 1000.

3. Observations
Mg co-extraction at pH > 5.8; crud formation when silica > 80 mg/L. Phase disengagement 70 s at 50 °C vs 150 s at 30 °C.

4. To do
- Compare with P507 (same family as used for rare earths) for Co/Ni — literature says lower selectivity.
- Cobalt sulfate crystallisation for battery-grade product (Co ≥ 20.5%, Ni ≤ 10 ppm).
- Submit abstract to Hydroprocess 2024.
""")
    label(f, "clear", [], [], [], "process-spec", None, "en", True,
          "Co/Ni solvent extraction with Cyanex 272 and D2EHPA for laterite liquor; shares SX vocabulary, not rare earth")

def l_popsci_deck():
    f = "outreach/Open_Day_talk_Magnets_in_your_life.pptx"
    pptx_write(f, [
        ("Magnets in your life: from fridge magnets to wind turbines", ["University Open Day · 8 June 2024", "Dr. Sarah Lin, School of Materials"]),
        ("What makes a magnet strong?", ["Atoms with unpaired electrons act like tiny compass needles", "In a permanent magnet they stay aligned — even after the field is removed", "'Coercivity' = how hard it is to demagnetise"]),
        ("Three families", ["Ferrite (iron oxide) — cheap, in fridge magnets and loudspeakers", "Samarium-cobalt — works at high temperature, used in aerospace", "Neodymium-iron-boron — strongest, in phones, EVs, wind turbines"]),
        ("Where do rare earths come from?", ["Mined mainly in China, Australia, USA, Myanmar", "17 elements that are chemically very similar — hard to separate", "Recycling old hard drives and motors: an 'urban mine'"]),
        ("Try it yourself", ["Demo 1: magnetic levitation with a superconductor", "Demo 2: compare a ferrite and an NdFeB magnet lifting paper clips", "Safety: strong magnets can pinch fingers!"]),
        ("Study with us", ["BEng Materials Science — modules on magnetism, energy materials, sustainability", "Questions? admissions@materials.example.ac.uk"]),
    ], author="Sarah Lin", date="2024-06-08")
    label(f, "clear", [], [], [], "other", None, "en", True, "Open-day popular-science slide deck about magnets")

ALL = [ex_journal_pdf, ex_thesis_chapter, ex_si_xlsx, ex_standard, ex_conf_pdf, ex_nsfc, ex_dft_plan, ex_melt_plan,
       ex_claims, ex_spec_pdf, ex_attorney_letter, ex_pct, ex_eml,
       c_sx_spec, c_smco_transfer, c_disclosure, c_monthly_electrolysis, c_draft_ms, c_intern_ndfeb, c_intern_sx,
       c_agreement_annex, c_upgrade_plan, c_hd_commissioning_xlsx, c_flotation_xlsx, c_cascade_sim, c_pptx_review,
       c_eml_tb, c_html_wiki,
       l_popsci, l_safety, l_market_review, l_seminar, l_syllabus, l_budget, l_travel, l_ferrite, l_cobalt, l_popsci_deck]

if __name__ == "__main__":
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for fn in ALL:
        fn()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in LABELS:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(LABELS), "documents")
