#!/usr/bin/env python
"""Generator for batch t4: exclusions (public-domain / basic-research / patent-filing),
controlled near-misses, and clear look-alikes. Deterministic output."""
import io, json, os, re, shutil, zipfile, datetime, html as _html

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = datetime.datetime(2025, 11, 20, 9, 30, 0, tzinfo=datetime.timezone.utc)
ZIPDATE = (2025, 11, 20, 9, 30, 0)

DOCS = []  # (filename, text, labels)

def doc(fname, text, verdict, codes, cats, carrier, exclusion, lang, note,
        magnets=(), hard=False):
    DOCS.append((fname, text.strip("\n") + "\n", dict(
        file=fname, verdict=verdict, control_codes=list(codes),
        categories=list(cats), magnet_types=list(magnets), carrier=carrier,
        exclusion=exclusion, language=lang, hard_negative=hard, note=note)))

# ---------------------------------------------------------------- parsing
def blocks(text):
    """very small markup: '# ' h1, '## ' h2, '|' table rows, '---' slide break,
    '> ' note line (pptx speaker notes), others paragraphs."""
    out, table = [], None
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            if table is None:
                table = []
                out.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line.strip():
            continue
        if line.startswith("## "):
            out.append(("h2", line[3:]))
        elif line.startswith("# "):
            out.append(("h1", line[2:]))
        elif line.strip() == "---":
            out.append(("break", ""))
        elif line.startswith("> "):
            out.append(("note", line[2:]))
        else:
            out.append(("p", line))
    return out

def normalize_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(buf.getvalue())

# ---------------------------------------------------------------- writers
def w_text(path, text, enc="utf-8"):
    with open(path, "w", encoding=enc, newline="\n") as f:
        f.write(text)

def w_html(path, text, lang):
    title = next((b[1] for b in blocks(text) if b[0] in ("h1", "h2")), "document")
    parts = ['<!DOCTYPE html>', f'<html lang="{lang}">', '<head>',
             '<meta charset="utf-8">', f'<title>{_html.escape(title)}</title>',
             '<style>body{font-family:Arial,"Microsoft YaHei",sans-serif;max-width:960px;margin:auto}'
             'table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}</style>',
             '</head>', '<body>']
    for kind, val in blocks(text):
        if kind == "table":
            parts.append("<table>")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                parts.append("<tr>" + "".join(f"<{tag}>{_html.escape(c)}</{tag}>" for c in row) + "</tr>")
            parts.append("</table>")
        elif kind in ("h1", "h2"):
            parts.append(f"<{kind}>{_html.escape(val)}</{kind}>")
        elif kind == "break":
            parts.append("<hr>")
        else:
            parts.append(f"<p>{_html.escape(val)}</p>")
    parts += ["</body>", "</html>", ""]
    w_text(path, "\n".join(parts))

def w_docx(path, text, author):
    import docx
    d = docx.Document()
    for kind, val in blocks(text):
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
        elif kind == "break":
            d.add_page_break()
        else:
            d.add_paragraph(val)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    d.save(path)
    normalize_zip(path)

def w_pptx(path, text, author):
    from pptx import Presentation
    from pptx.util import Pt
    prs = Presentation()
    slides, cur = [], None
    for kind, val in blocks(text):
        if kind in ("h1", "h2") or cur is None or kind == "break":
            if kind == "break":
                cur = None
                continue
            cur = {"title": val if kind in ("h1", "h2") else "", "body": [], "notes": [], "tables": []}
            slides.append(cur)
            if kind in ("h1", "h2"):
                continue
        if kind == "note":
            cur["notes"].append(val)
        elif kind == "table":
            cur["body"].extend("  |  ".join(r) for r in val)
        else:
            cur["body"].append(val)
    for s in slides:
        sl = prs.slides.add_slide(prs.slide_layouts[1])
        sl.shapes.title.text = s["title"]
        tf = sl.placeholders[1].text_frame
        for i, line in enumerate(s["body"]):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = line
            p.font.size = Pt(14 if len(s["body"]) > 6 else 18)
        if s["notes"]:
            sl.notes_slide.notes_text_frame.text = "\n".join(s["notes"])
    cp = prs.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 2
    prs.save(path)
    normalize_zip(path)

def w_pdf(path, text, author):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_author(author)
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.add_font("wqy", "", FONT)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    text = text.replace('\u207b', '-').replace('\u207a', '+')
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, val in blocks(text):
        if kind == "h1":
            pdf.set_font("wqy", size=14); pdf.multi_cell(W, 8, val, align="L", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("wqy", size=11.5); pdf.multi_cell(W, 7, val, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.set_font("wqy", size=8.5)
            ncol = max(len(r) for r in val)
            cw = W / ncol
            for row in val:
                row = row + [""] * (ncol - len(row))
                lines = max(len(pdf.multi_cell(cw, 5, c, dry_run=True, output="LINES")) for c in row)
                h = 5 * lines
                if pdf.get_y() + h > pdf.h - 15:
                    pdf.add_page()
                y0 = pdf.get_y(); x0 = pdf.l_margin
                for j, c in enumerate(row):
                    pdf.set_xy(x0 + j * cw, y0)
                    pdf.rect(x0 + j * cw, y0, cw, h)
                    pdf.multi_cell(cw, 5, c, align="L")
                pdf.set_xy(x0, y0 + h)
            pdf.ln(2)
        elif kind == "break":
            pdf.add_page()
        else:
            pdf.set_font("wqy", size=10); pdf.multi_cell(W, 5.5, val, align="L", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    pdf.output(path)

AUTHORS = ["lihua", "Zhang Wei", "chen.j", "Administrator", "wangyf", "T. Müller", "lin_yc", "user"]

def render(i, fname, text, lab):
    path = os.path.join(OUT, fname)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ext = fname.rsplit(".", 1)[1].lower()
    author = AUTHORS[i % len(AUTHORS)]
    if ext in ("txt", "md"):
        w_text(path, text)
    elif ext == "html":
        w_html(path, text, {"zh": "zh-CN", "en": "en", "mixed": "zh-CN"}[lab["language"]])
    elif ext == "docx":
        w_docx(path, text, author)
    elif ext == "pptx":
        w_pptx(path, text, author)
    elif ext == "pdf":
        w_pdf(path, text, author)
    else:
        raise ValueError(ext)

# ======================================================================
# EXCLUDED
# ======================================================================
doc("Hydrometallurgy_2023_Liu_PrNd_P507_kinetics.pdf", """
# Extraction kinetics and cascade simulation of Pr/Nd separation with saponified P507 in sulfonated kerosene
Hydrometallurgy 219 (2023) 106087
https://doi.org/10.1016/j.hydromet.2023.106087
Received 14 December 2022; Received in revised form 20 April 2023; Accepted 2 May 2023; Available online 9 May 2023
0304-386X/© 2023 Elsevier B.V. All rights reserved.
Liu Xiaoming a, Huang Rong a,*, Zhou Peng b
a School of Metallurgical Engineering, Jiangxi University of Science and Technology, Ganzhou 341000, China
b Key Laboratory of Ionic Rare Earth Resources and Environment, Ministry of Natural Resources, China
## Abstract
The extraction kinetics of Pr(III) and Nd(III) from chloride media by 60% ammonia-saponified 2-ethylhexyl phosphonic acid mono-2-ethylhexyl ester (P507, HEH/EHP) were studied with a constant interfacial area cell. The extraction rate was controlled by interfacial chemical reaction at stirring speeds above 250 rpm. An apparent activation energy of 21.4 kJ/mol was obtained for Nd. Using the measured distribution ratios, a counter-current cascade of 60 extraction and 45 scrubbing stages was simulated; the model predicts Nd2O3 purity of 99.5% at an O/A of 1.8 and a scrub ratio of 0.22.
Keywords: Praseodymium; Neodymium; P507; Solvent extraction; Kinetics; Cascade simulation
## 1. Introduction
Praseodymium and neodymium are the principal light rare earths used in NdFeB magnets. Their separation factor in P507 systems is about 1.4–1.6 [1,2], which requires many theoretical stages ...
## 2. Experimental
2.1 Reagents. P507 (purity > 95%) was supplied by Luoyang Aoda Chemical Co. and diluted with sulfonated kerosene to 1.5 mol/L. Saponification degree was adjusted with 10.8 mol/L ammonia.
2.2 Procedure. Aqueous feed: PrCl3 + NdCl3, total REO 0.8 mol/L, pH 2.5–3.0; T = 25 ± 0.5 °C.
## 3. Results and discussion
| Parameter | Value |
|---|---|
| β(Nd/Pr) at 0.8 mol/L, pH 2.8 | 1.52 |
| Ea (Nd) kJ/mol | 21.4 |
| Simulated stages (E+S) | 60 + 45 |
| Predicted Nd2O3 purity | 99.5% |
## 4. Conclusions
The interfacial reaction model adequately describes the kinetics; the cascade simulation agrees with published industrial stage counts within ± 8%.
## Acknowledgements
This work was supported by the National Natural Science Foundation of China (No. 52164030).
## References
[1] Xu G.X., Yuan C.Y., Solvent Extraction of Rare Earths, Science Press, Beijing, 1987.
[2] Wang Y., et al., Separation and Purification Technology 254 (2021) 117626.
[3] Zhang J., et al., J. Rare Earths 39 (2021) 1021–1030.
""", "excluded", ["1E902.a"], ["separation"], "other", "public-domain", "en",
"Published journal article (DOI, volume, received/accepted dates); P507 Pr/Nd kinetics and cascade simulation")

doc("中国稀土学报_2022_晶界扩散Tb_钕铁硼矫顽力.pdf", """
# 烧结钕铁硼磁体晶界扩散Tb的微观组织与矫顽力提升机制
中国稀土学报 Journal of the Chinese Society of Rare Earths  第40卷 第5期 2022年10月 pp. 781-790
DOI: 10.11785/S1000-4343.20220509
收稿日期:2021-11-03;修订日期:2022-01-18
基金项目:国家重点研发计划项目(2021YFB3500300)资助
作者简介:王磊(1990-),男,博士;通讯作者:刘海(E-mail: liuhai@xxx.edu.cn)
## 摘要
以商用N52烧结钕铁硼磁体为基体,采用磁控溅射在表面沉积Tb膜(厚度约5 μm),在900 ℃扩散处理10 h后于500 ℃回火3 h。结果表明,扩散后磁体矫顽力HcJ由11.8 kOe提高至21.6 kOe,剩磁Br仅下降0.15 kGs。扫描电镜和透射电镜分析显示,Tb主要富集于主相晶粒外延层,形成(Nd,Tb)2Fe14B核壳结构,其各向异性场的提高是矫顽力提升的主要原因。
关键词:钕铁硼;晶界扩散;铽;矫顽力;核壳结构
中图分类号:TM273    文献标识码:A    文章编号:1000-4343(2022)05-0781-10
## 1 引言
烧结钕铁硼磁体在高温电机中的应用受到其矫顽力温度稳定性的限制[1-3]……
## 2 实验
磁体尺寸10 mm×10 mm×4 mm(取向方向为4 mm)。扩散在真空度优于5×10^-3 Pa的管式炉中进行。
| 样品 | 扩散温度/℃ | 时间/h | 回火 | HcJ/kOe | Br/kGs |
|---|---|---|---|---|---|
| 原始 | — | — | — | 11.8 | 14.32 |
| D1 | 850 | 10 | 500 ℃×3 h | 19.4 | 14.20 |
| D2 | 900 | 10 | 500 ℃×3 h | 21.6 | 14.17 |
| D3 | 950 | 10 | 500 ℃×3 h | 20.1 | 14.05 |
## 3 结论
900 ℃×10 h扩散工艺可获得最佳综合磁性能。
## 参考文献
[1] Sepehri-Amin H, Ohkubo T, Hono K. Acta Materialia, 2013, 61(6): 1982-1990.
[2] 孙爱芝, 等. 稀土, 2019, 40(3): 1-9.
[3] Nakamura H, et al. IEEE Trans. Magn., 2005, 41(10): 3844-3846.
""", "excluded", ["1E902.a"], ["magnet-manufacturing"], "other", "public-domain", "zh",
"Published article in 中国稀土学报 with DOI/volume/dates; Tb grain-boundary diffusion", magnets=["NdFeB"])

doc("礦冶期刊_釹鐵硼油泥回收_全文.html", """
# 釹鐵硼磁石研磨油泥之氧化焙燒與鹽酸優溶回收稀土研究
礦冶 (中國礦冶工程學會會刊) 第67卷 第3期 (2023) 頁 45–56
DOI: 10.6293/MM.202309_67(3).0005
收件日期:2023年3月10日;接受日期:2023年6月22日
作者:黃志明¹、陳怡君¹、林建宏²  ¹國立成功大學資源工程學系 ²工業技術研究院材料與化工研究所
## 摘要
本研究以國內馬達廠所產生之釹鐵硼研磨油泥為原料,先經除油、於750 °C 空氣氣氛氧化焙燒2小時,使鐵轉化為Fe2O3,再以1.5 M鹽酸於液固比10 mL/g、80 °C 下選擇性浸出稀土。稀土浸出率達98.2%,鐵浸出率低於0.5%。浸出液以草酸沉澱後於900 °C 煅燒,可得純度99.1%之混合稀土氧化物。
關鍵詞:釹鐵硼、油泥、氧化焙燒、優溶、回收
## 一、前言
隨著電動車與風力發電產業發展,釹鐵硼磁石用量逐年增加,加工過程產生約20–30%之廢料……
## 二、實驗方法
| 步驟 | 條件 |
|---|---|
| 除油 | 乙醇清洗,60 °C 乾燥 |
| 氧化焙燒 | 750 °C,2 h,空氣 |
| 鹽酸優溶 | 1.5 M,L/S=10,80 °C,2 h |
| 草酸沉澱 | 草酸/RE莫耳比 1.8,pH 1.5 |
| 煅燒 | 900 °C,2 h |
## 三、結論
本方法流程簡單,可作為國內稀土二次資源循環利用之參考。
## 參考文獻
1. Lyman J.W., Palmer G.R., High Temp. Mater. Process., 11 (1993) 175–187.
2. Binnemans K., et al., J. Clean. Prod., 51 (2013) 1–22.
© 2023 中國礦冶工程學會 版權所有
""", "excluded", ["1E902.a"], ["recycling"], "other", "public-domain", "zh",
"Traditional-Chinese published journal article page (DOI, volume, dates); oxidising roast + HCl leach of NdFeB sludge")

doc("硕士学位论文_镨钕熔盐电解槽电场模拟_2021.pdf", """
# 分类号:TF845.2    密级:公开    UDC:669    学校代码:10407
# 江西理工大学 硕士学位论文
## 稀土氟化物体系镨钕熔盐电解槽电场与流场耦合模拟研究
研究生:赵鹏飞    导师:徐明 教授    学科专业:冶金工程    答辩日期:2021年5月28日
学位论文版权使用授权书:本学位论文作者完全了解学校有关保留、使用学位论文的规定,同意学校向国家有关部门或机构送交论文的复印件和电子版,允许论文被查阅和借阅。本人授权江西理工大学可以将本学位论文的全部内容编入《中国优秀硕士学位论文全文数据库》进行检索。
## 摘要
以6 kA圆形上插阴极镨钕电解槽为对象,采用COMSOL建立电-热-流多物理场模型。电解质为(Pr,Nd)F3-LiF,LiF质量分数约10%,电解温度1050 ℃,阴极电流密度6.5 A/cm²,阳极电流密度0.9 A/cm²。模拟表明,阳极气泡驱动的循环流速为0.05–0.12 m/s,阴极附近存在低流速区,易导致氧化物沉积……
关键词:镨钕合金;熔盐电解;数值模拟;电场;流场
## 第一章 绪论
1.1 研究背景 ……
## 第三章 电解槽物理模型
| 参数 | 取值 |
|---|---|
| 槽型 | 圆形石墨坩埚,内径 500 mm |
| 阴极 | 钨棒 φ70 mm,插入深度 300 mm |
| 阳极 | 石墨,4块弧形 |
| 电流 | 6000 A |
| 槽电压 | 9.2 V |
| 电解温度 | 1050 ℃ |
## 参考文献
[1] 庞思明, 颜世宏, 等. 稀土熔盐电解技术进展. 稀有金属, 2011, 35(3): 440-450.
[2] 刘奎仁. 稀土冶金学. 北京: 冶金工业出版社, 2010.
……(共68篇)
""", "excluded", ["1E902.a"], ["metal-smelting"], "simulation-data", "public-domain", "zh",
"Master's thesis deposited in CNKI (公开, 授权书), PrNd electrolysis cell simulation")

doc("REPM2024_proceedings_paper_SmCo_2-17_aging.pdf", """
# Effect of step-aging profile on cell structure and coercivity of Sm(Co,Fe,Cu,Zr)z 2:17-type magnets
Proceedings of the 27th International Workshop on Rare Earth and Future Permanent Magnets and their Applications (REPM 2024), Magdeburg, Germany, 4–8 September 2024, pp. 212–217.
ISBN 978-3-948749-41-2. Presented in Session O4 "SmCo and high-temperature magnets", 6 September 2024.
K. Sato¹, J. Li², M. Weber³
¹Tohoku University, ²Ningbo Institute of Materials Technology and Engineering, ³TU Darmstadt
## Abstract
Sm(Co0.70Fe0.20Cu0.07Zr0.03)7.5 magnets were sintered at 1215 °C, solution-treated at 1190 °C for 4 h and water-quenched, then isothermally aged at 830 °C for 12 h followed by slow cooling at 0.7 °C/min to 400 °C. A two-step isothermal variant (830 °C/12 h + 750 °C/4 h) increased HcJ from 25.3 to 31.8 kOe while Br remained 10.9 kG. TEM shows a finer 1:5H cell-boundary phase and higher Cu concentration at the cell boundaries.
## 1 Introduction
2:17 type SmCo magnets remain the material of choice above 300 °C ...
## 2 Experimental
| Step | Condition |
|---|---|
| Sintering | 1215 °C, 1 h, Ar |
| Solution | 1190 °C, 4 h, water quench |
| Aging A | 830 °C 12 h, 0.7 °C/min to 400 °C |
| Aging B | 830 °C 12 h + 750 °C 4 h, 0.7 °C/min to 400 °C |
## 3 Results
HcJ(A) = 25.3 kOe, HcJ(B) = 31.8 kOe, (BH)max ≈ 28 MGOe for both.
## References
[1] Gutfleisch O., et al., Adv. Mater. 23 (2011) 821.
[2] Horiuchi Y., et al., J. Appl. Phys. 117 (2015) 17C704.
""", "excluded", ["1E902.a"], ["magnet-manufacturing"], "other", "public-domain", "en",
"Conference paper already presented and published in REPM proceedings (ISBN); SmCo 2:17 aging", magnets=["SmCo"])

doc("年会墙报_双主相Ce磁体_张.pptx", """
# 高丰度Ce取代双主相烧结磁体的制备与磁性能
张敏¹,刘洋¹,胡斌²  ¹钢铁研究总院功能材料研究所 ²北京科技大学
墙报编号 P-3-27|第十五届中国稀土学会学术年会(2024年11月,包头)已展示;摘要收录于《会议论文摘要集》第286页
---
# 研究方法
采用双合金法:(PrNd)30Fe68.9B1.1 与 Ce30Fe68.9B1.1 分别速凝铸片
氢破碎 + 气流磨至 SMD 3.2 μm,按 Ce/TRE = 30% 混合
1.8 T 磁场取向成型,1040 ℃ 烧结 3 h,两级回火 900 ℃/2 h + 500 ℃/3 h
---
# 结果
| Ce/TRE | Br/kGs | HcJ/kOe | (BH)max/MGOe |
|---|---|---|---|
| 0 | 13.9 | 12.6 | 46.5 |
| 20% | 13.3 | 10.4 | 42.1 |
| 30% | 12.9 | 9.1 | 39.6 |
双主相磁体比单合金法同成分磁体 HcJ 高约 1.8 kOe
---
# 结论与致谢
双主相结构可抑制 Ce 对磁晶各向异性场的稀释效应
致谢:国家自然科学基金(51971054)
参考文献:Zhu M.G., et al., IEEE Trans. Magn. 50 (2014) 1000104
""", "excluded", ["1E902.a"], ["magnet-manufacturing"], "other", "public-domain", "zh",
"Poster already shown at a society annual meeting, abstract published in proceedings; dual-main-phase Ce magnets",
magnets=["NdFeB", "Ce"])

doc("稀土冶金学_第6章_溶剂萃取分离.docx", """
# 第6章 稀土元素的溶剂萃取分离
《稀土冶金学》(第2版)  主编:徐光宪  冶金工业出版社  2019年  ISBN 978-7-5024-8071-3  普通高等教育"十三五"规划教材
## 6.1 概述
溶剂萃取是工业上分离单一稀土元素的主要方法。我国稀土分离工业普遍采用P507(2-乙基己基膦酸单-2-乙基己基酯)-煤油-盐酸体系,辅以P204、环烷酸和N235等萃取剂。
## 6.2 萃取平衡与分离系数
P507萃取稀土的反应为阳离子交换反应:RE³⁺ + 3(HA)₂(o) = RE(HA₂)₃(o) + 3H⁺。相邻稀土元素的平均分离系数β约为2.0左右,其中Pr/Nd仅约1.4。
## 6.3 串级萃取理论
串级萃取理论由徐光宪于20世纪70年代提出,可根据分离要求计算最优萃取比、洗涤比和级数。
| 体系 | 分离段 | 典型级数 | 说明 |
|---|---|---|---|
| P507-HCl | La/Ce | 30–40 | 轻稀土分组 |
| P507-HCl | Pr/Nd | 80–120 | 分离系数小 |
| 环烷酸 | Y/其他 | 40–60 | 钇的提纯 |
## 6.4 皂化
为避免萃取过程中酸度升高,有机相需预先用氨水、液碱或钙、镁皂化,皂化度一般为30%–40%。
## 习题
1. 试推导恒定混合萃取体系中最优萃取比的表达式。
2. 说明P507体系中皂化剂由氨水改为镁皂的环境意义。
## 本章参考文献
[1] 徐光宪. 稀土(上册). 北京:冶金工业出版社, 1995.
[2] 李标国, 张平伟. 稀土, 1998, 19(2): 1-6.
""", "excluded", ["1E902.a"], ["separation"], "other", "public-domain", "zh",
"Textbook chapter with publisher and ISBN; solvent extraction theory")

doc("Handbook_PermMagnets_ch9_sintering.pdf", """
# Chapter 9  Processing of sintered Nd–Fe–B magnets
In: J. M. D. Coey (ed.), Handbook of Rare-Earth Permanent Magnets, 2nd edn, Woodhead Publishing Series in Electronic and Optical Materials, Elsevier, Duxford, 2022, pp. 301–348.
ISBN 978-0-12-819989-0.  https://doi.org/10.1016/B978-0-12-819989-0.00009-2
© 2022 Elsevier Ltd. All rights reserved.
## 9.1 Introduction
The sintered Nd–Fe–B route developed by Sagawa and co-workers in 1983 remains the dominant production method ...
## 9.2 Alloy preparation
Strip casting on a water-cooled copper wheel (surface speed 1–2 m/s) yields flakes 0.2–0.4 mm thick with fine Nd-rich lamellae and suppressed α-Fe.
## 9.3 Powder production
Hydrogen decrepitation at room temperature followed by partial dehydrogenation at about 550 °C; jet milling in nitrogen to 3–5 μm.
## 9.4 Alignment and pressing
Typical alignment fields are 1.5–2.0 T. Transverse die pressing gives higher remanence than axial pressing; isostatic pressing gives the highest alignment.
## 9.5 Sintering and heat treatment
Table 9.2 Typical processing windows reported in the literature
| Step | Typical range |
|---|---|
| Sintering | 1040–1100 °C, 2–6 h, vacuum |
| First anneal | 850–900 °C, 1–3 h |
| Second anneal | 480–600 °C, 1–3 h |
## 9.6 Grain boundary diffusion
...
## References
Sagawa M., Fujimura S., Togawa N., Yamamoto H., Matsuura Y. (1984) J. Appl. Phys. 55, 2083.
""", "excluded", ["1E902.a"], ["magnet-manufacturing"], "other", "public-domain", "en",
"Published handbook chapter (Elsevier, ISBN, DOI); generic sintered NdFeB processing", magnets=["NdFeB"])

doc("XBT_镨钕金属熔盐电解生产技术规范_2023.txt", """
ICS 77.120.99
CCS H 14
XB
中华人民共和国稀土行业标准
XB/T 631—2023

氟化物体系熔盐电解镨钕金属生产技术规范
Technical specification for production of praseodymium-neodymium metal by molten fluoride salt electrolysis

2023-08-16 发布                                            2024-03-01 实施
中华人民共和国工业和信息化部    发布

前言
本文件按照GB/T 1.1—2020《标准化工作导则 第1部分:标准化文件的结构和起草规则》的规定起草。
本文件由全国稀土标准化技术委员会(SAC/TC 229)提出并归口。
本文件起草单位:包头稀土研究院、赣州稀土矿业有限公司、有研稀土新材料股份有限公司……

1 范围
本文件规定了氟化物体系熔盐电解法生产镨钕金属的原料、电解质、设备、工艺控制及产品要求。
本文件适用于以氧化镨钕为原料、(Pr,Nd)F3-LiF为电解质的电解生产。

2 规范性引用文件
GB/T 12690(所有部分) 稀土金属及其氧化物中非稀土杂质化学分析方法
GB/T 20892 镨钕金属
XB/T 220 氧化镨钕

3 术语和定义 ……

4 原料与电解质
4.1 氧化镨钕应符合XB/T 220,REO≥99.0%,Pr6O11/REO 20%~25%。
4.2 电解质组成:(Pr,Nd)F3 85%~90%,LiF 10%~15%(质量分数)。

5 工艺控制
5.1 电解温度宜控制在1030 ℃~1070 ℃。
5.2 阴极电流密度宜为5 A/cm²~7 A/cm²,阳极电流密度宜不大于1.0 A/cm²。
5.3 氧化物加料应连续、均匀,加料速率与电流匹配,避免沉积。
5.4 出炉周期一般为2 h~4 h,金属液采用虹吸或铁勺出炉并浇铸。

6 安全与环保
电解烟气中含氟化物,应经集气罩收集后进入干法或湿法净化系统……

附录A(资料性)典型电解工艺参数
表A.1
电流/kA   槽电压/V   电流效率/%   直收率/%
6         8.5~10.5   ≥80          ≥95
10        9.0~11.0   ≥82          ≥95
""", "excluded", ["1E902.a"], ["metal-smelting"], "process-spec", "public-domain", "zh",
"Published rare-earth industry standard (XB/T, 发布/实施 dates, MIIT); fluoride electrolysis generic windows")

doc("GB_T_sintered_NdFeB_GBD_standard_excerpt_EN.pdf", """
# GB/T 42937—2023  (English translation, informative)
Sintered neodymium-iron-boron permanent magnets — Grain boundary diffusion process — General technical requirements
Issued 2023-08-06 by State Administration for Market Regulation and Standardization Administration of China; implemented 2024-03-01.
Translation published by Standards Press of China, 2024. ISBN 978-7-5066-2411-8
## 1 Scope
This document specifies general requirements for the grain boundary diffusion (GBD) of heavy rare earth elements (Dy, Tb) into sintered NdFeB magnets, including diffusion sources, coating methods, heat treatment and quality control.
## 2 Normative references
GB/T 13560 Sintered neodymium iron boron permanent magnets
GB/T 3217 Permanent magnetic (magnetically hard) materials — Methods of measurement of magnetic properties
## 5 Process requirements
5.1 Substrate thickness in the diffusion direction should not exceed 6 mm.
5.2 Diffusion sources: Tb or Dy metal, hydrides, fluorides or alloys, applied by coating, sputtering or vapour deposition.
5.3 Diffusion heat treatment: 850 °C to 950 °C for 5 h to 30 h in vacuum better than 1×10^-2 Pa, followed by ageing at 450 °C to 550 °C.
| Item | Requirement |
|---|---|
| HcJ increment (Tb) | ≥ 8 kOe |
| Br decrease | ≤ 0.3 kGs |
| Heavy RE consumption | ≤ 0.6 wt% |
## Annex A (informative) Process flow
Machining → cleaning → coating → drying → diffusion → ageing → inspection
""", "excluded", ["1E902.a"], ["magnet-manufacturing"], "process-spec", "public-domain", "en",
"Published national standard (GB/T) translation with issue dates and ISBN; GBD general requirements", magnets=["NdFeB"])

doc("ISO_TS_rare-earth_recycling_magnet_swarf_preview.html", """
# ISO/TS 22451:2021 Recycling of rare earth elements — Requirements for providing information on industrial waste and end-of-life products
Online Browsing Platform (OBP) — Preview
Edition 1, 2021-05. Technical Committee ISO/TC 298 Rare earth. ICS: 13.030.50; 77.120.99. Published standard — available for purchase (CHF 63).
## Foreword
ISO (the International Organization for Standardization) is a worldwide federation of national standards bodies ... This document was prepared by Technical Committee ISO/TC 298, Rare earth.
## Introduction
Rare earth elements are contained in permanent magnets, phosphors, polishing powders, catalysts and batteries. Efficient recycling requires that the holder of the waste provides information about rare earth content, form and contaminants to the recycler.
## 1 Scope
This document specifies requirements for information to be provided on industrial waste (e.g. NdFeB swarf and grinding sludge, polishing powder residue, spent phosphor) and end-of-life products containing rare earth elements, to facilitate recycling.
## 4 Information to be provided
| Item | Example |
|---|---|
| Type of waste | NdFeB grinding sludge, oil-containing |
| RE content | TREO 25 % to 30 % (dry basis) |
| Main RE elements | Nd, Pr, Dy, Tb |
| Contaminants | coolant oil, Al2O3 abrasive, Ni coating |
| Pre-treatment applied | de-oiling, drying |
## Bibliography
[1] ISO 22444-1, Rare earth — Vocabulary — Part 1: Minerals, oxides and other compounds
""", "excluded", ["1E902.a"], ["recycling"], "other", "public-domain", "en",
"Published ISO technical specification preview page; recycling information requirements (thin on process)")

doc("NSFC_申请书_稀土配位化学萃取机理_正文.docx", """
# 国家自然科学基金 面上项目 申请书(正文)
项目名称:酸性膦类萃取剂与镧系离子配位结构及其分离选择性的构效关系研究
申请代码:B0602 无机化学-配位化学    申请人:罗晓东    依托单位:中山大学化学学院    申请年度:2025
## (一)立项依据与研究内容
1. 项目的立项依据
镧系元素相邻离子半径差仅约1 pm,其分离选择性来源于萃取配合物中配体场、溶剂化与氢键网络的细微差异。目前对P507、P204和Cyanex 272等酸性膦类萃取剂与Ln³⁺配位结构的认识主要来自宏观分配比拟合,缺乏分子层面的直接证据。
2. 研究内容
(1)采用EXAFS、小角X射线散射(SAXS)与分子动力学模拟,解析有机相中Ln(HA2)3聚集体的第一配位层与第二配位层结构;
(2)通过密度泛函理论(DFT)计算不同镧系离子配合物的结合能与电荷转移,建立"离子半径—结合能—分离系数"的定量关系;
(3)考察稀释剂极性对反胶束形成的影响。
3. 拟解决的关键科学问题
镧系收缩如何通过第二配位层传递为宏观选择性?
## (二)研究方案及可行性
研究采用单一稀土氯化物溶液(0.01 mol/L)与萃取剂的正十二烷溶液进行平衡实验;所有实验在25 ℃恒温条件下完成,不涉及工业料液和连续萃取设备。
## (三)预期成果
发表SCI论文4–6篇,培养博士研究生2名。
## (四)研究基础与工作条件
申请人已在Inorg. Chem.、Dalton Trans.发表相关论文……
""", "excluded", ["1E902.a"], ["separation"], "other", "basic-research", "zh",
"NSFC proposal on coordination chemistry of Ln-extractant complexes; no production parameters")

doc("SmCoCuFeZr_phase_equilibria_report_group_seminar.pdf", """
# Phase equilibria in the Sm–Co–Cu–Fe–Zr system at 800–1200 °C: progress report
Group seminar, Institute of Materials Physics — internal progress report, PhD project C. Hoffmann, supervised by Prof. A. Richter
Funding: DFG Sachbeihilfe RI 2291/4-1 (fundamental research)
## Aim
Determine isothermal sections of the Sm–Co–Cu ternary and the effect of Fe and Zr additions on the stability ranges of the 2:17R, 1:5H and 1:3R phases, to support CALPHAD assessment.
## Method
Arc-melted buttons (5 g) from 99.9 % elements, wrapped in Ta foil, annealed in sealed quartz for 500 h at 800, 1000 and 1200 °C, quenched in water. Analysis by SEM-EDS, XRD with Rietveld refinement, DSC up to 1400 °C.
## Results so far
| T (°C) | Phases observed at Sm12Co64Cu8Fe14Zr2 (at%) |
|---|---|
| 1200 | 1:7H (TbCu7-type) single phase |
| 1000 | 2:17R + 1:5H |
| 800 | 2:17R + 1:5H + Zr-rich platelets (1:3R) |
The 1:7H disordered phase is stable above ~1150 °C, consistent with the liquidus data of Ref. [2]. Lattice parameters of 2:17R: a = 8.372 Å, c = 12.215 Å.
## Next steps
Thermodynamic modelling in Thermo-Calc with the sublattice model; first-principles formation enthalpies for the 1:5H phase with Cu/Co substitution.
## References
[1] Kumar K., J. Appl. Phys. 63 (1988) R13.
[2] Okamoto H., Phase Diagrams of Binary Sm Alloys, ASM, 1993.
""", "excluded", ["1E902.a"], ["magnet-manufacturing"], "other", "basic-research", "en",
"University phase-equilibrium research report (DFG fundamental project); no production route", magnets=["SmCo"])

doc("國科會計畫書_2-14-1磁晶異向性第一原理.docx", """
# 國家科學及技術委員會 專題研究計畫申請書
計畫名稱:R2Fe14B(R = Nd, Ce, La)化合物磁晶異向性之第一原理計算與中子散射研究
計畫類別:個別型研究計畫    學門:物理—凝態物理    主持人:吳國樑 教授(國立臺灣大學物理學系)    執行期限:2025/08/01~2028/07/31
## 一、研究計畫之背景
R2Fe14B化合物具有四方晶體結構(空間群P42/mnm),其單軸磁晶異向性主要來自稀土4f電子與晶體場之交互作用。Ce為四價/三價混合價態,導致Ce2Fe14B之異向場(約26 kOe)遠低於Nd2Fe14B(約73 kOe)。
## 二、研究方法
1. 以DFT+U及DFT+DMFT方法計算4f電子之晶體場參數A2⁰⟨r²⟩,比較LDA+U中U值(6–8 eV)對結果之影響。
2. 以VASP及WIEN2k計算自旋軌道耦合下之磁晶異向能。
3. 利用國家同步輻射研究中心之XMCD與澳洲ANSTO中子繞射,量測單晶樣品之自旋再定向溫度。
## 三、預期成果
建立Ce價態與異向場之定量關係,提供新型高豐度稀土永磁材料設計之物理基礎。本計畫不涉及磁石製程開發。
## 四、經費需求
研究人力費、耗材費及國外差旅費共計新台幣 3,850,000 元。
""", "excluded", ["1E902.a"], ["magnet-manufacturing"], "other", "basic-research", "zh",
"Traditional-Chinese NSTC proposal: DFT/neutron study of R2Fe14B anisotropy; explicitly no process", magnets=["NdFeB", "Ce"])

doc("熔盐结构研究_REF3-LiF_拉曼与分子动力学_组会汇报.md", """
# 组会汇报:REF3–LiF 熔体局域结构(原位高温拉曼 + 第一性原理分子动力学)

汇报人:孙琪(博二)  日期:2025-06-12  课题:国家自然科学基金青年基金 22303011(基础研究)

## 1. 研究问题
- 稀土氟化物熔体中 [REF_x]^(3-x) 络阴离子的配位数与 LiF 含量、温度的关系
- 氧化物溶解后 O²⁻ 是否形成 [REOF_y] 氧氟络合物 —— 这是解释电解中氧化物溶解度的热力学基础

## 2. 方法
- 原位高温拉曼:铂坩埚,Ar 气氛,测温至 1100 ℃,NdF3–LiF 组成 x(LiF) = 0.5–0.9
- AIMD:CP2K,PBE-D3,128 原子超胞,NVT 1300 K,20 ps
- 配位数由 Nd–F 径向分布函数第一极小值积分得到

## 3. 结果
| x(LiF) | 拉曼主峰 /cm⁻¹ | AIMD 平均配位数 CN(Nd–F) |
|---|---|---|
| 0.5 | 438 | 7.6 |
| 0.7 | 452 | 7.1 |
| 0.9 | 468 | 6.5 |

- LiF 增加,NdF_x 多面体由共边向孤立 [NdF6]³⁻ 转变
- 加入 Nd2O3 后在 560 cm⁻¹ 出现新峰,归属 Nd–O–Nd 桥氧

## 4. 下一步
- 计算 Nd2O3 溶解焓,与文献 DSC 数据对比
- 投稿 J. Mol. Liq.

*备注:本工作为熔体结构基础研究,不涉及电解槽设计和生产工艺。*
""", "excluded", ["1E902.a"], ["metal-smelting"], "other", "basic-research", "zh",
"Group-meeting notes on REF3-LiF melt structure (Raman/AIMD), NSFC basic research")

doc("申请文件_一种钕铁硼油泥回收稀土的方法_权利要求书及说明书.docx", """
# 权利要求书
1. 一种从钕铁硼加工油泥中回收稀土的方法,其特征在于,包括以下步骤:
S1:将钕铁硼油泥进行蒸馏除油,得到除油料;
S2:将所述除油料在600 ℃~850 ℃下氧化焙烧1 h~4 h,得到焙烧料;
S3:采用盐酸对所述焙烧料进行优溶浸出,控制终点pH为1.0~2.0,得到含稀土浸出液和铁渣;
S4:向所述浸出液中加入草酸沉淀稀土,过滤、煅烧,得到稀土氧化物。
2. 根据权利要求1所述的方法,其特征在于,步骤S2中焙烧温度为700 ℃~800 ℃。
3. 根据权利要求1所述的方法,其特征在于,步骤S3中液固比为(4~8):1。
4. 根据权利要求1所述的方法,其特征在于,步骤S4中草酸用量为理论量的1.1~1.3倍。
# 说明书
## 一种钕铁硼油泥回收稀土的方法
技术领域
[0001] 本发明涉及稀土二次资源回收技术领域,具体涉及一种从钕铁硼加工油泥中回收稀土的方法。
背景技术
[0002] 钕铁硼磁体在切片、磨削过程中产生大量油泥,其中稀土含量(以REO计)可达20%~30%。现有技术CN108xxxxxxA采用直接酸溶,酸耗高、铁进入溶液难以分离……
发明内容
[0005] 本发明的目的在于提供一种酸耗低、稀土回收率高的方法。
具体实施方式
[0012] 实施例1:取油泥1000 g,250 ℃蒸馏除油2 h,得除油料680 g;于750 ℃焙烧2 h;按液固比6:1加入6 mol/L盐酸,80 ℃搅拌2 h,终点pH 1.5;过滤后滤液加草酸(理论量1.2倍),沉淀于900 ℃煅烧2 h,得稀土氧化物,纯度99.2%,稀土回收率97.6%。
[0013] 对比例1:不经焙烧直接酸溶,铁浸出率达85%。
# 说明书摘要
本发明公开了一种钕铁硼油泥回收稀土的方法,包括除油、氧化焙烧、盐酸优溶浸出和草酸沉淀步骤,稀土回收率大于97%,酸耗降低约40%。
摘要附图:图1
""", "excluded", ["1E902.a"], ["recycling"], "other", "patent-filing", "zh",
"CN patent application text (权利要求书/说明书/摘要) for NdFeB sludge recovery; only filing content")

doc("發明專利申請書_釤鈷磁石時效方法_定稿.pdf", """
# 發明專利申請書
【發明名稱】釤鈷系燒結磁石之時效熱處理方法 / METHOD FOR AGING TREATMENT OF SAMARIUM-COBALT SINTERED MAGNET
【申請人】台灣磁材科技股份有限公司    【代理人】陳律師(理律法律事務所 專利部)
【申請日】2025年3月14日    【申請案號】114108823
## 【摘要】
一種釤鈷系燒結磁石之時效熱處理方法,包含:將固溶處理後之成形體於800 °C至850 °C等溫時效8至16小時,以0.5至1.0 °C/分鐘之速率冷卻至400 °C,並於400 °C保持1至4小時。所得磁石之矯頑力大於或等於25 kOe。
## 【申請專利範圍】
1. 一種釤鈷系燒結磁石之時效熱處理方法,包含以下步驟:(a)提供組成為Sm(CobalFexCuyZrz)w之燒結體,其中0.15≦x≦0.30、0.05≦y≦0.09、0.02≦z≦0.04、7.0≦w≦8.0;(b)於1170 °C至1200 °C固溶處理並急冷;(c)於800 °C至850 °C等溫時效8至16小時;(d)以0.5至1.0 °C/分鐘冷卻至400 °C。
2. 如請求項1所述之方法,其中步驟(c)之時效溫度為830 °C。
3. 如請求項1所述之方法,其中步驟(d)後再於400 °C保持1至4小時。
## 【發明說明書】
【技術領域】[0001] 本發明係關於一種稀土永久磁石之製造方法,特別是關於釤鈷2:17型燒結磁石之熱處理。
【先前技術】[0002] 日本特開2016-xxxxxx號揭示……
【實施方式】[0015] 實施例1:成分Sm(Co0.67Fe0.22Cu0.07Zr0.04)7.6之燒結體於1190 °C固溶4小時後水淬,於830 °C時效12小時,以0.7 °C/分鐘冷卻至400 °C並保持2小時。HcJ = 28.6 kOe,Br = 11.1 kG。
【圖式簡單說明】圖1為實施例1之退磁曲線。
""", "excluded", ["1E902.a"], ["magnet-manufacturing"], "other", "patent-filing", "zh",
"Traditional-Chinese TIPO invention patent application (摘要/申請專利範圍/說明書); SmCo aging", magnets=["SmCo"])

doc("US11515067B2_grain_boundary_diffusion.txt", """
United States Patent                                     US 11,515,067 B2
Nakamura et al.                                          Date of Patent: Nov. 29, 2022

(54) METHOD FOR PRODUCING R-T-B SINTERED MAGNET
(71) Applicant: HOKURIKU MAGNETICS CO., LTD., Fukui (JP)
(21) Appl. No.: 16/821,447
(22) Filed: Mar. 17, 2020
(65) Prior Publication Data: US 2020/0303120 A1, Sep. 24, 2020
(30) Foreign Application Priority Data: Mar. 20, 2019 (JP) 2019-052876
(51) Int. Cl. H01F 41/02 (2006.01); H01F 1/057 (2006.01)

(57) ABSTRACT
A method for producing an R-T-B sintered magnet comprises applying a powder containing a Tb oxyfluoride to the surface of a sintered body having a composition R 29–32 wt%, B 0.85–1.0 wt%, Co ≤ 2 wt%, balance Fe, and heat-treating at 850–1000 °C so that Tb diffuses along grain boundaries, followed by aging at 400–600 °C.

What is claimed is:
1. A method for producing an R-T-B sintered magnet, comprising the steps of:
   providing a sintered body ...;
   disposing on a surface of the sintered body a powder comprising an oxyfluoride of Tb having an average particle size of 0.5 to 10 μm;
   heat-treating the sintered body at a temperature of 850 °C to 1000 °C for 1 to 30 hours in vacuum or inert gas; and
   subsequently aging at 400 °C to 600 °C.
2. The method of claim 1, wherein the powder is applied as a slurry in ethanol at a coating weight of 5 to 30 mg/cm².
...
DETAILED DESCRIPTION
Example 1. An alloy of Nd 24.5, Pr 6.0, B 0.95, Co 1.0, Al 0.2, Cu 0.1 wt%, balance Fe, was strip cast, hydrogen decrepitated, jet milled to 4.2 μm, compacted in a 1.6 T field and sintered at 1060 °C for 3 h. Magnet blocks 20 × 20 × 4 mm were dipped in TbOF slurry, dried, heated at 950 °C for 8 h in Ar, and aged at 500 °C for 1 h. HcJ increased from 14.1 to 24.9 kOe; Br decreased by 0.1 kG.
""", "excluded", ["1E902.a"], ["magnet-manufacturing"], "other", "public-domain", "en",
"Granted US patent text (published) on Tb oxyfluoride GBD; labelled public-domain since issued", magnets=["NdFeB"])

doc("JP2021-158343A_machine_translation_Ce_magnet.html", """
# JP 2021-158343 A — Rare earth magnet and method for producing the same (machine translation)
Publication: Japanese Unexamined Patent Application Publication (公開特許公報(A)), published 2021-10-07
Application No.: 特願2020-058512, filed 2020-03-27. Applicant: Aomori Denki K.K. Inventors: 藤川 佳則, 他
Source: J-PlatPat. Translation generated by JPO/INPIT machine translation; may contain errors.
## Abstract
PROBLEM TO BE SOLVED: To provide an R-T-B rare earth magnet containing Ce with suppressed decrease in coercivity.
SOLUTION: In a magnet containing R1 (Nd, Pr) and R2 (Ce, La), the Ce ratio Ce/(R1+R2) is 0.10 to 0.40, and the grain boundary contains an R-Fe-Ga phase. The raw alloy is produced by strip casting, pulverised to D50 of 2.5–4.0 μm and sintered at 1000–1050 °C, followed by aging at 480–540 °C.
## Claims
[Claim 1] An R-T-B based rare earth permanent magnet comprising main phase grains of R2T14B ... wherein 0.10 ≤ Ce/R ≤ 0.40 and Ga 0.3–0.8 mass% ...
[Claim 4] A method for producing the magnet of claim 1, comprising a step of aging at 480–540 °C for 1–3 hours.
## Description
[0031] Example 3: Composition (Nd0.7Ce0.3)30.5 Fe bal. B0.88 Ga0.5 Cu0.1 Co1.0 (mass%). HcJ 1,120 kA/m, Br 1.31 T.
""", "excluded", ["1E902.a"], ["magnet-manufacturing"], "other", "public-domain", "en",
"Published JP unexamined application (J-PlatPat translation); Ce-substituted magnet", magnets=["NdFeB", "Ce"])

doc("PCT_filing_instructions_to_counsel_LaCe_ox_separation.txt", """
From: Zhou Min <zhoumin@ip.hx-rare.com.cn>
To: Robert Klein <rklein@klein-ip.com>
Cc: patent@hx-rare.com.cn
Date: Tue, 14 Oct 2025 10:12:44 +0800
Subject: PCT filing — priority CN 202510337215.6 — "Method for oxidative separation of cerium" — instructions

Dear Robert,

Please proceed with the PCT filing claiming priority from our Chinese application CN 202510337215.6 (filed 18 March 2025). Deadline for PCT is 18 March 2026, but we would like to file by end of November.

Attached:
1. Claims_EN_v3.docx — English translation of the 9 claims as filed in China (please review claim 1 for antecedent basis; "the oxidant" needs an introduction).
2. Description_EN_v3.docx — translation of the description, including Examples 1–3 exactly as filed.
3. Figures 1–2 (flow chart, Ce recovery vs. pH), black and white.

Claim 1 as filed reads: "A method for separating cerium from a mixed light rare earth chloride solution, comprising: oxidising Ce(III) to Ce(IV) with an oxidant at pH 3.5–4.5 and 60–85 °C; selectively precipitating Ce(IV) hydroxide; filtering; and dissolving the precipitate in hydrochloric acid with hydrogen peroxide to obtain a cerium chloride solution of CeO2/REO ≥ 99.5%."

Points to note:
- Designate all states; we intend national phase in US, EP, JP, KR.
- ISA: CNIPA is acceptable.
- Please do not add new matter; if you see support problems, raise them with us rather than editing Examples.
- Applicant: Hexing Rare Earth Technology Co., Ltd.; inventors per the Chinese filing.

Kind regards,
Zhou Min
IP Department, Hexing Rare Earth
""", "excluded", ["1E902.a"], ["separation"], "email", "patent-filing", "en",
"Instructions to patent attorney for PCT filing; content limited to claims/examples as filed")

doc("第一次审查意见通知书_答复_2024108821.txt", """
关于申请号为202410882153.X的发明专利申请
第一次审查意见通知书 答复意见陈述书

国家知识产权局:
申请人收到贵局于2025年6月20日发出的第一次审查意见通知书,现针对审查意见陈述如下,并提交修改后的权利要求书替换页。

一、修改说明
将原权利要求3的技术特征"所述皂化剂为氧化镁浆料,皂化度为32%~38%"并入权利要求1;删除原权利要求3,其余权利要求顺序调整。修改内容在原说明书第[0023]段有记载,未超出原说明书和权利要求书记载的范围,符合专利法第三十三条规定。

二、关于创造性
审查员引用对比文件1(CN112176197A)认为权利要求1不具备创造性。申请人认为:
对比文件1采用液碱皂化P507,皂化后水相含大量钠离子;本申请采用氧化镁浆料直接皂化,皂化过程中镁离子与稀土在萃取段交换,废水中不含氨氮和钠盐。对比文件1未公开也未给出镁皂化度控制在32%~38%的技术启示。本申请实施例2表明,在该范围内分相时间小于90 s,不出现第三相。

三、修改后的权利要求1
1. 一种稀土萃取分离用有机相的皂化方法,其特征在于,以P507-煤油为有机相,以氧化镁浆料为皂化剂,皂化度为32%~38%,皂化温度为35 ℃~45 ℃……

申请人:江西某稀土新材料有限公司
代理机构:南昌市某专利代理事务所  代理师:刘某
2025年8月15日
""", "excluded", ["1E902.a"], ["separation"], "other", "patent-filing", "zh",
"Response to CNIPA office action with amended claims; ordinary patent prosecution")

doc("博士学位论文_离子型稀土原地浸矿_摘要与第二章.pdf", """
# 博士学位论文  Doctoral Dissertation
## 离子吸附型稀土矿原地浸出过程溶质运移与浸出剂优化研究
## Study on Solute Transport and Lixiviant Optimization in In-situ Leaching of Ion-adsorption Rare Earth Ores
作者:刘春生    指导教师:池汝安 教授    学科:矿业工程    武汉工程大学    2020年6月
本论文已收录于中国博士学位论文全文数据库(CNKI),DOI: 10.27727/d.cnki.gwhxc.2020.000012
## 摘要 Abstract
离子吸附型稀土矿是我国特有的中重稀土资源。本文以江西某矿区风化壳为对象,采用柱浸实验与HYDRUS-2D模拟,研究了硫酸铵与硫酸镁浸出剂在原地浸出过程中的运移规律。结果表明,2%硫酸镁溶液在注液强度0.8 L/(m²·h)下稀土浸出率可达93%,且对黏土膨胀的抑制优于硫酸铵。
Ion-adsorption rare earth ores are ... The leaching efficiency reached 93% with 2 wt% MgSO4 at an injection intensity of 0.8 L/(m²·h) ...
Keywords: ion-adsorption rare earth; in-situ leaching; magnesium sulfate; solute transport
## 第二章 柱浸实验
2.1 矿样:取自全风化层,稀土全相品位0.08%,离子相占比85%。
| 浸出剂 | 浓度 | 浸出率 | 峰值浓度时间 |
|---|---|---|---|
| (NH4)2SO4 | 2% | 94.1% | 36 h |
| MgSO4 | 2% | 93.0% | 42 h |
| MgSO4 | 3% | 94.6% | 34 h |
参考文献(节选):[1] 池汝安, 田君. 风化壳淋积型稀土矿化工冶金. 北京: 科学出版社, 2006.
""", "excluded", ["1E902.a"], ["mining"], "simulation-data", "public-domain", "mixed",
"Published doctoral thesis (CNKI DOI) with bilingual abstract; in-situ leaching column tests")

# ======================================================================
# CONTROLLED near-misses
# ======================================================================
doc("draft_v4_PrNd_cascade_plant_validation_HR-comments.docx", """
# DRAFT v4 — INTERNAL — DO NOT DISTRIBUTE
Manuscript in preparation for Hydrometallurgy. Not submitted. Contains unpublished production data from Line 2 of the Longnan separation plant; clearance by Technology Dept. required before any external sharing (incl. co-authors abroad).
# Validation of a P507 Pr/Nd cascade model against 18 months of industrial operating data
Authors: Liu X., Huang R., [plant co-authors TBD]
## Abstract (draft)
We compare the cascade model of our earlier kinetics study with operating data from an industrial 120-stage P507–HCl Pr/Nd line (capacity 1,500 t/a REO) ...
## 2. Plant description (data from Line 2 DCS, Jan 2024 – Jun 2025)
| Item | Line 2 set point | Range observed |
|---|---|---|
| Feed | PrNd chloride, REO 1.45 mol/L, Pr/(Pr+Nd) 0.245 | 0.238–0.252 |
| Organic | 1.5 mol/L P507 in sulfonated kerosene, Mg-saponified 36% | 34–38% |
| Extraction stages | 68 | — |
| Scrubbing stages | 52 | — |
| O/A (extraction) | 1.72 | 1.65–1.80 |
| Scrub acid | 5.2 mol/L HCl, flow 0.38 m³/h | — |
| Stripping | 6.0 mol/L HCl, 8 stages | — |
| Mixer residence | 4.5 min; settler area 12.6 m² per stage | — |
| Nd2O3 product | 99.7% (Pr6O11 < 0.15%) | 99.55–99.82% |
| Pr6O11 product | 99.2% | — |
## 3. Observations
Purity excursions coincided with saponification degree drops below 34%; restoring MgO slurry feed to 0.83 t/h recovered product purity within 11 h (two residence turnovers). Stage 41–47 pH profile (2.6 → 1.9) is the best early indicator.
## Comments
[HR] Plant manager asked that stage counts and flow rates be normalised before submission — keep raw values in this internal version only.
""", "controlled", ["1E902.a"], ["separation"], "process-spec", None, "en",
"Draft paper (not published) with plant set points; marked do-not-distribute — not public-domain")

doc("论文初稿v3_晶界扩散Tb批量工艺_0902.pdf", """
# 【内部资料 未经技术中心批准不得外传】
论文初稿(拟投《稀有金属材料与工程》)—— 第3版  2025-09-02
# 45UH级烧结钕铁硼批量晶界扩散Tb工艺优化及产线验证
## 1 引言
前期我们在实验室条件下研究了Tb扩散温度对矫顽力的影响(已发表于中国稀土学报2022年第5期)。本文进一步给出公司二分厂GBD产线的批量数据。
## 2 产线工艺(未公开)
基体:48M牌号,成分(质量分数)PrNd 29.6%,Dy 0.5%,Co 1.2%,Cu 0.15%,Ga 0.25%,Al 0.1%,B 0.93%,Fe余量
| 工序 | 设定 | 备注 |
|---|---|---|
| 基体尺寸 | 40×20×3.2 mm(取向3.2) | 扩散方向厚度≤3.5 |
| 喷涂 | TbH2粉+PVA浆料,涂覆量0.55 wt% | 单面0.28% |
| 烘干 | 120 ℃×20 min | 链式烘箱 |
| 装料 | 每炉2400片,钼网料盘8层 | |
| 扩散 | 920 ℃×14 h,真空≤3×10⁻³ Pa | 升温5 ℃/min |
| 一级回火 | 不做 | |
| 时效 | 490 ℃×4 h,风冷 | |
## 3 结果
30炉统计:HcJ 26.8±0.4 kOe,Br 13.72±0.05 kGs,Tb实际单耗0.48 wt%,良率98.1%。与实验室工艺相比Tb单耗降低17%。
## 4 待补充
(编辑意见:第2节表格中的配方、装炉量和升温速率投稿时删去,仅保留无量纲结果。)
""", "controlled", ["1E902.a"], ["magnet-manufacturing"], "process-spec", None, "zh",
"Draft paper with production-line recipe, 内部勿外传; cites own published article but adds plant data", magnets=["NdFeB"])

doc("技术交底书_低重稀土高矫顽力磁体_含附件生产工艺卡.docx", """
# 专利技术交底书
发明名称:一种低重稀土高矫顽力烧结钕铁硼磁体及其制备方法
提交人:研发部 许工    提交日期:2025-07-08    拟委托代理机构:北京某知识产权代理有限公司
## 一、技术领域
钕铁硼永磁材料制备。
## 二、现有技术及缺点
现有52SH需要Dy 2%以上……
## 三、本发明技术方案(拟写入权利要求)
合金中添加Ga 0.3~0.6%、Cu 0.1~0.3%,采用双合金工艺,辅合金为富Pr-Ga相,主辅合金比例95:5。
## 四、实施例(拟写入说明书)
实施例1:主合金(PrNd)30.2Fe余B0.92Ga0.45Cu0.2;辅合金Pr68Ga20Cu12,按95:5混粉;HcJ≥21 kOe。
# 附件3:52SH-LD 量产工艺卡(供代理人理解背景,不用于申请文件)
文件编号:GYK-MG-0317 Rev.C    适用产线:三车间1#线    受控文件
| 工序 | 设备 | 参数 | 控制要点 |
|---|---|---|---|
| 熔炼速凝 | 600 kg真空感应速凝炉 | 浇铸温度1455±10 ℃,辊速1.6 m/s | 鳞片厚0.25~0.35 mm |
| 氢破 | HD-2000 | 吸氢0.09 MPa×2 h,脱氢560 ℃×5 h | 含氢量≤900 ppm |
| 气流磨 | QLM-400 | 分选轮3400 rpm,N2含氧≤30 ppm | SMD 2.9±0.1 μm |
| 辅合金混粉 | V型混料机 | 95:5,加0.08%防氧化剂,混料3 h | |
| 取向压制 | 全自动压机 | 2.0 T,压力 0.4 t/cm² | 生坯密度4.1 g/cm³ |
| 等静压 | 冷等静压 | 200 MPa×30 s | |
| 烧结 | 真空烧结炉 VSF-600 | 1045 ℃×5 h,装炉600 kg | 升温曲线见附表 |
| 一级回火 | 同上 | 880 ℃×3 h | |
| 二级回火 | 同上 | 495 ℃×4 h | 快冷 Ar 0.08 MPa |
附表:烧结升温 室温→400 ℃ 4 h 保温2 h(脱脂),→850 ℃ 3 h 保温1.5 h,→1045 ℃ 2.5 h 保温5 h。
""", "controlled", ["1E902.a"], ["magnet-manufacturing"], "process-spec", None, "zh",
"Invention disclosure for patent agent whose attachment is the full mass-production route card — beyond filing need",
magnets=["NdFeB"])

doc("RE_ Provisional filing - background package for counsel.txt", """
From: David Chen <d.chen@apexmagnetics.com>
To: Sarah Whitman <swhitman@whitmanlaw.com>
Date: Thu, 23 Oct 2025 18:40:02 -0800
Subject: RE: Provisional filing - background package for counsel

Sarah,

Thanks for the draft claims. As requested, here is "everything" so you can understand the invention. I pasted the Baotou plant's full line sheet below (Mr. Wang sent it from China last week). I realize most of this won't go in the application — please treat it as background only.

--- Pasted from: 包头工厂 SmCo 2:17 生产线工艺参数表 v6 (internal) ---
Alloy (wt%): Sm 25.5, Fe 16.0, Cu 5.6, Zr 2.9, Co bal. VIM 200 kg, pour 1480 °C into water-cooled Cu mould, ingot 25 mm.
Crushing: jaw crusher → ball mill to 200 μm → jet mill (N2, O2 < 50 ppm) to FSSS 3.8 μm.
Pressing: 1.8 T transverse field, 1.2 t/cm², then CIP 230 MPa.
Sintering: 1212 °C × 1.5 h in Ar; in-furnace cool to 1185 °C, solution 3.5 h, Ar gas quench (fan 1450 rpm, >150 °C/min to 600 °C).
Aging: 830 °C × 14 h; ramp down 0.65 °C/min to 400 °C; hold 3 h; furnace cool.
Batch: 180 kg/charge, 24 trays, thermocouples at tray 3/12/21, ΔT ≤ 5 °C.
Results (last 40 lots): Br 10.8–11.1 kG, HcJ 26–30 kOe, Hk/HcJ ≥ 0.62.
Known failure mode: if quench rate < 120 °C/min, HcJ drops by 5–7 kOe; re-solution at 1185 °C × 1 h recovers.
--- end ---

The invention itself is just the two-step aging (claim 1). Let me know if you need lab notebooks.

David
""", "controlled", ["1E902.a"], ["magnet-manufacturing"], "email", None, "en",
"Email to US patent counsel pasting the Chinese plant's full SmCo line sheet 'as background'; beyond filing need",
magnets=["SmCo"])

doc("电解车间_技术报告_参考文献对标及本厂参数_2025Q3.pdf", """
# 金属车间技术报告 JS-2025-037
题目:10 kA 镨钕电解槽电流效率提升——与文献对标及本厂工艺参数调整
编制:工艺组 马工    审核:车间主任    密级:内部
## 1 背景
赵鹏飞(2021,江西理工大学硕士论文)及庞思明等(稀有金属,2011)报道6 kA槽电流效率约80%。本厂10 kA槽2025年上半年平均电流效率为81.5%,低于集团目标85%。
## 2 本厂现行参数(2025年7月起执行)
| 项目 | 调整前 | 调整后 |
|---|---|---|
| 电流 | 10.0 kA | 10.5 kA |
| 电解质 | (PrNd)F3:LiF = 88:12 | 90:10 |
| 温度 | 1060±15 ℃ | 1045±10 ℃ |
| 阴极 | W棒 φ90,插深350 mm | φ100,插深380 mm |
| 极距 | 约110 mm | 约95 mm |
| 加料 | 人工每3 min | 自动振动给料 1.8 kg/次,每2 min |
| 出炉周期 | 4 h | 3 h |
| 阳极更换 | 6天 | 按残厚≤45 mm更换 |
## 3 效果
8–9月平均电流效率85.9%,单耗:电 8.7 kWh/kg,氧化物 1.186 kg/kg,阳极石墨 0.09 kg/kg。
## 4 参考文献
[1] 赵鹏飞. 稀土氟化物体系镨钕熔盐电解槽电场与流场耦合模拟研究[D]. 江西理工大学, 2021.
[2] 庞思明, 等. 稀有金属, 2011, 35(3): 440-450.
""", "controlled", ["1E902.a"], ["metal-smelting"], "process-spec", None, "zh",
"Internal report citing published thesis/paper but adding plant's own electrolysis parameters")

doc("SmCo_lot_yield_review_vs_Horiuchi2015.md", """
# SmCo 2:17 line — aging yield review vs. literature (internal)

**Owner:** Process Eng. (K. Lam) · **Distribution:** Plant 2 engineering only · **Rev:** 2025-10-03

## Why this note
Horiuchi et al. (J. Appl. Phys. 117, 17C704, 2015) and the REPM 2024 paper by Sato/Li/Weber report HcJ > 30 kOe after a two-step aging. Our line averages 26.4 kOe. Below is our own process for comparison — **these values are not in any publication**.

## Our current route (Plant 2, furnace F3/F4)

| Step | Setting | Tolerance |
|---|---|---|
| Composition | Sm(Co0.68Fe0.21Cu0.075Zr0.035)7.4 | Sm ±0.15 wt% |
| Sinter | 1210 °C, 80 min | ±3 °C |
| Solution | 1183 °C, 4 h | ±2 °C |
| Quench | Ar 0.2 MPa fan quench, 180 °C/min avg to 500 °C | ≥150 °C/min |
| Aging 1 | 825 °C, 15 h | ±3 °C |
| Slow cool | 0.6 °C/min to 400 °C | 0.55–0.7 |
| Hold | 400 °C, 5 h | — |

## Gap analysis
- Literature uses 1190 °C solution; our F4 thermocouple offset (−6 °C, found 2025-08) means we effectively run ~1177 °C → more 1:5 precipitates before aging.
- Trial plan: 3 lots at 1190 °C corrected + second isothermal step 750 °C × 4 h.

## Expected
HcJ +3 to +4 kOe; Br unchanged (~10.9 kG).
""", "controlled", ["1E902.a"], ["magnet-manufacturing"], "parameter-sheet", None, "en",
"Internal engineering note cites published papers but lists the plant's own aging route", magnets=["SmCo"])

doc("硕士论文_第四章_高丰度铈磁体中试线_保密.docx", """
# 第四章 高丰度Ce磁体中试线工艺开发与批量验证
【本章涉及合作企业保密信息,依据《校企合作保密协议》(编号HT-2024-017),本论文申请保密期3年,答辩及评阅仅限保密评阅专家,不得上传至学位论文数据库。】
## 4.1 中试线概况
中试线位于合作企业(宁波某磁业有限公司)四号车间,设计产能200 t/a,主要设备包括600 kg速凝炉、HD-1500氢破炉、QLMR-200气流磨、全自动取向压机4台及VSF-1000烧结炉2台。
## 4.2 配方设计
| 牌号 | PrNd | Ce | La | B | Co | Cu | Ga | Al | Fe |
|---|---|---|---|---|---|---|---|---|---|
| N42-Ce25 | 22.8 | 7.6 | 0.5 | 0.96 | 0.8 | 0.12 | 0.2 | 0.3 | 余 |
| N38-Ce35 | 19.9 | 10.7 | 0.8 | 0.98 | 0.8 | 0.12 | 0.2 | 0.3 | 余 |
## 4.3 关键工艺窗口
(1)速凝:浇铸温度1440 ℃,辊速1.8 m/s,Ce高时铸片易出现等轴晶,需将辊速提高至2.0 m/s;
(2)气流磨:SMD控制在3.0 μm,Ce35牌号氧含量需低于800 ppm;
(3)烧结:Ce35牌号烧结温度较无Ce牌号低25 ℃,取1020 ℃×4 h;
(4)回火:一级870 ℃×2 h,二级 470 ℃×3 h(Ce富集的REFe2相在~480 ℃以上析出,应避开)。
## 4.4 批量结果
连续12批,N42-Ce25:Br 13.1±0.08 kGs,HcJ 12.6±0.3 kOe,原料成本较N42降低11.3%。
""", "controlled", ["1E902.a"], ["magnet-manufacturing"], "process-spec", None, "zh",
"Thesis chapter on an industrial Ce-magnet pilot line under NDA, embargoed, not deposited — not public-domain",
magnets=["NdFeB", "Ce"])

doc("論文第三章_磁材油泥回收中試_保密版.docx", """
# 第三章 釹鐵硼油泥回收中試線之製程建立
※ 本章內容依據本校與贛州某回收企業簽訂之保密協定(NDA,2024年9月),暫不公開;口試委員閱後請交回紙本。
## 3.1 中試線流程
油泥 → 真空蒸餾除油 → 迴轉窯氧化焙燒 → 鹽酸優溶 → 除鐵鋁 → P507萃取分組 → 草酸沉澱 → 煅燒
## 3.2 操作參數(合作廠2024年11月至2025年3月運轉紀錄)
| 單元 | 設備 | 參數 |
|---|---|---|
| 除油 | 真空蒸餾釜 3 m³ | 280 °C,-0.09 MPa,6 h,殘油 <0.8% |
| 焙燒 | 迴轉窯 φ1.2×12 m | 窯尾 680 °C,窯頭 820 °C,停留 2.5 h,轉速 1.5 rpm |
| 優溶 | 搪瓷反應釜 5 m³ | 6 M HCl,L/S 5:1,終點 pH 1.2,85 °C,3 h |
| 除鋁 | — | 以 NH4HCO3 調 pH 4.5,除 Al 率 96% |
| 萃取 | 混合澄清槽 20 級 | P507 皂化度 35%,O/A 1.5,Dy/Tb 富集物分出 |
| 沉澱 | — | 草酸 1.15 倍理論量,60 °C |
| 煅燒 | 推板窯 | 950 °C,3 h |
## 3.3 結果
稀土總回收率 96.4%;PrNd氧化物純度 99.3%;Dy/Tb富集物 TREO 98.5%,(Dy+Tb)/TREO 62%。每噸乾油泥鹽酸耗 1.9 t。
""", "controlled", ["1E902.a"], ["recycling", "separation"], "process-spec", None, "zh",
"Traditional-Chinese thesis chapter under NDA with a partner plant's pilot-line recycling parameters")

doc("Technical_exchange_partner_visit_Hanau_2025-11.pptx", """
# Technical Exchange — Sintered NdFeB Production at Ningbo Plant
Prepared for visit of partner delegation (Hanau, DE), 18 Nov 2025
Based on: Wang L. et al., J. Chinese Soc. Rare Earths 40 (2022) 781 — plus production experience
> Speaker: L. Wang. Slides 3–5 are not in the published article; check with export-control contact before sending the PDF.
---
# Published result (recap)
Tb diffusion 900 °C × 10 h raised HcJ from 11.8 to 21.6 kOe on lab samples
Br loss only 0.15 kGs
---
# Our production line — alloy and powder
Strip casting: 1450 °C pour, wheel 1.6 m/s, flake 0.28 mm
HD: H2 absorption 0.1 MPa, dehydrogenation 550 °C × 6 h
Jet mill: SMD 3.0 μm, O2 < 20 ppm, 0.05% lubricant added
---
# Our production line — pressing and sintering
Orientation 1.9 T, compaction 0.35 t/cm², CIP 180 MPa
Sintering 1050 °C × 5 h, 700 kg per charge
Anneal 890 °C × 2.5 h, 500 °C × 3.5 h
---
# Our GBD line (not published)
Tb coating 0.45 wt% by spraying TbF3 slurry, 930 °C × 12 h at ≤ 5×10⁻³ Pa, age 485 °C × 4 h
Tb saving vs. lab route: 20%; yield 98%
---
# Discussion topics
Possible joint development of 0-Dy 48UH grade
""", "controlled", ["1E902.a"], ["magnet-manufacturing"], "process-spec", None, "en",
"Slides for foreign partner that go beyond the published article (line parameters, GBD recipe)", magnets=["NdFeB"])

doc("日方來訪_分離技術交流資料_0917.pptx", """
# 稀土分離技術交流 Rare Earth Separation — Technical Exchange
for 日本合作方 visit / 2025年9月17日 / 龙南分离厂
基于已发表论文 Liu et al., Hydrometallurgy 219 (2023) 106087,补充工厂运行经验
---
# 1. Published: P507 Pr/Nd kinetics
Ea = 21.4 kJ/mol, 界面反应控制
Simulated 60 + 45 stages, O/A 1.8
---
# 2. 实际产线配置 Actual line (unpublished)
萃取 68 级 / 洗涤 52 级 / 反萃 8 级 — mixer-settler, 每级澄清面积 12.6 m²
有机相 P507 1.5 mol/L,镁皂 36%
O/A 1.72,洗酸 5.2 mol/L HCl 0.38 m³/h
---
# 3. 控制经验 Control know-how
Stage 41–47 pH 2.6 → 1.9 作为纯度预警指标
皂化度 < 34% 时 Nd2O3 纯度下降,MgO 浆料 0.83 t/h 恢复
第三相: 温度 < 18 °C 冬季需伴热
---
# 4. 产品 Products
Nd2O3 99.7%,Pr6O11 99.2%
> 备注:第2–3页为未公开数据,对外提供前需经出口合规审核
""", "controlled", ["1E902.a"], ["separation"], "process-spec", None, "mixed",
"Mixed zh/en slides for Japanese partner extending a published paper with plant cascade data")

doc("ICREMT2026_talk_draft_speaker_notes.md", """
# ICREMT 2026 (Sendai) — oral talk draft, Session 5B
**Status:** draft for internal review — abstract submitted 2025-10-30 (abstract only, 250 words, no process data). Talk not yet given. Slides must go through tech-transfer review before upload to the conference portal.

**Title:** Industrial calcium-thermic reduction of TbF3 for GBD-grade terbium metal

## Slide 1 — Motivation
Terbium demand for grain-boundary diffusion; oxygen < 300 ppm needed for sputter targets and TbH2 powder.

## Slide 3 — Our reduction process (Baotou, 2024–2025 production)
| Parameter | Value |
|---|---|
| Feed | TbF3 (Tb4O7 → HF fluorination at 650 °C, F ≥ 27.3%) |
| Reductant | Ca granules, redistilled, 15% excess over stoichiometry |
| Crucible | Ta, 60 kg charge, in medium-frequency induction vacuum furnace |
| Cycle | evacuate to 5×10⁻² Pa, back-fill Ar 0.05 MPa, heat to 1450 °C, hold 20 min, raise to 1600 °C for slag separation |
| Yield | 97.8% direct recovery |
| Refining | vacuum distillation 1700 °C, 10⁻³ Pa, condenser 1000 °C |
| Product | Tb ≥ 99.95%, O 180 ppm, Ca 40 ppm, Ta 30 ppm |

*Speaker note:* mention that CaCl2 addition (3%) lowers slag melting point — this is our main trick vs. literature.

## Slide 5 — Outlook
Continuous distillation unit under construction.
""", "controlled", ["1E902.a"], ["metal-smelting"], "process-spec", None, "en",
"Conference talk draft not yet presented, with production parameters; only the abstract is published")

doc("校企合作项目_钙热还原制备金属镝_阶段报告.txt", """
校企联合实验室 2025年度阶段报告
项目名称:稀土金属钙热还原过程基础研究(企业委托横向项目,合同号 HX2024-116)
甲方:甘肃某稀土新材料股份有限公司    乙方:某大学冶金与生态工程学院
密级:商密  仅供甲方及项目组使用

一、说明
项目名称虽为"基础研究",本阶段工作按甲方要求在其金属分厂2号还原炉上完成,所得参数已用于甲方生产。

二、DyF3钙热还原工艺(2号炉,批量40 kg)
1. 原料:DyF3,含氧≤0.15%,含水≤0.05%,经400 ℃真空烘干8 h。
2. 钙:二次蒸馏钙屑,过量系数1.12。
3. 装料:DyF3与钙屑按层状装入钽坩埚,上层覆盖5%CaCl2。
4. 升温制度:真空抽至1×10⁻² Pa,600 ℃保温1 h除气;充氩0.06 MPa;以15 ℃/min升至1550 ℃保温15 min,反应完成后升至1620 ℃保温10 min使渣金分离。
5. 冷却:随炉冷却至200 ℃以下出炉,剥渣。
6. 真空蒸馏提纯:1650 ℃、5×10⁻⁴ Pa,冷凝器温度950 ℃,蒸馏速率约1.2 kg/h。

三、结果
| 批次 | 直收率 | Dy纯度 | O/ppm | Ca/ppm | Ta/ppm |
| 25-031 | 97.2% | 99.92% | 260 | 55 | 40 |
| 25-032 | 97.9% | 99.94% | 210 | 48 | 35 |
| 25-035 | 98.1% | 99.95% | 190 | 42 | 32 |

四、下一步
将钽坩埚改为钨内衬以降低Ta含量;蒸馏段尝试两段冷凝。
""", "controlled", ["1E902.a"], ["metal-smelting"], "process-spec", None, "zh",
"Labelled 'basic research' but is a commissioned production-scale Ca reduction report; exclusion does not apply")

doc("Q_XTC_J0412-2025_烧结钕铁硼烧结回火作业标准.docx", """
# 企业标准  Q/XTC J0412—2025
烧结钕铁硼毛坯 烧结与回火作业标准
2025-06-01 发布    2025-06-15 实施    某某磁电科技有限公司 发布    【内部受控文件,不对外公开】
## 1 范围
本标准规定了公司N系列、M系列、H系列、SH系列烧结钕铁硼毛坯在VSF-600/VSF-1000真空烧结炉上的烧结与回火工艺。
## 2 规范性引用文件
GB/T 13560—2017 烧结钕铁硼永磁材料
GB/T 3217 永磁(硬磁)材料 磁性试验方法
## 3 装炉
3.1 生坯放于钼料盒,料盒间隙≥10 mm,每层≤35 kg,总装炉量VSF-600≤600 kg。
3.2 装炉完成后30 min内抽真空,防止生坯氧化。
## 4 烧结曲线
| 牌号系列 | 脱气段 | 烧结温度/时间 | 一级回火 | 二级回火 |
|---|---|---|---|---|
| N38–N45 | 400 ℃×2 h,850 ℃×2 h | 1060 ℃×4 h | 900 ℃×2 h | 520 ℃×3 h |
| N48–N52 | 400 ℃×2 h,850 ℃×2 h | 1045 ℃×5 h | 880 ℃×3 h | 500 ℃×4 h |
| 38SH–45SH | 400 ℃×2 h,850 ℃×2 h | 1055 ℃×4.5 h | 890 ℃×2 h | 490 ℃×4 h |
4.2 烧结结束后充氩至0.08 MPa风冷,冷至80 ℃以下出炉。
4.3 真空度:烧结保温段≤5×10⁻² Pa;漏率≤0.6 Pa/h。
## 5 检验
每炉取3件测试Br、HcJ、Hk/HcJ,密度≥7.55 g/cm³。
""", "controlled", ["1E902.a"], ["magnet-manufacturing"], "process-spec", None, "zh",
"Company standard (Q/ enterprise standard, internal) citing GB/T — looks like a standard but is unpublished process spec",
magnets=["NdFeB"])

doc("矿山技术报告_原地浸矿注液网度优化_引用池汝安.pdf", """
# 定南矿区原地浸矿采场注液工艺优化报告
编制单位:矿山技术部    日期:2025年5月    内部使用
## 一、依据
参考池汝安、田君《风化壳淋积型稀土矿化工冶金》(科学出版社,2006)及刘春生博士论文(2020)关于硫酸镁浸出剂的研究,结合本矿区3号采场的实测数据,对注液工艺进行优化。
## 二、3号采场现场参数
| 项目 | 原方案 | 优化方案 |
|---|---|---|
| 注液井网度 | 2.5 m×2.5 m | 2.0 m×2.0 m(梅花形) |
| 井径/井深 | φ0.8 m / 至全风化层底部以上0.5 m | 同左 |
| 浸出剂 | 硫酸铵 2.5% | 硫酸镁 2.2% + 0.3% 硫酸铵 |
| 注液强度 | 1.0 m³/(井·d) | 0.75 m³/(井·d) |
| 浸出剂用量 | 矿量的0.35 t/t REO | 0.30 t/t REO |
| 顶水 | 清水,pH 5.5,浸出后期20天 | 同左 |
| 集液 | 导流孔间距8 m,坡度3‰ | 增设底部人工假底 |
| 除杂 | 碳酸氢铵调pH 5.2 除铝 | 同左 |
| 沉淀 | 碳酸氢铵沉淀,pH 6.8 | 同左 |
## 三、效果预测
稀土浸出率由87%提高到91%;母液浓度峰值0.9 g/L;氨氮排放下降60%。
""", "controlled", ["1E902.a"], ["mining"], "process-spec", None, "zh",
"Mine's internal optimisation report cites a book and a thesis but lists site well-grid and lixiviant parameters")

doc("萃取线调试规程_依据GB-T_2号线技改.docx", """
# 2号萃取线技改后 单机及联动调试规程
文件号:TS-SX-02-2025    版本:A/0    编制:设备部 何工    批准:生产副总
本规程依据《GB 50231 机械设备安装工程施工及验收通用规范》和《GB/T 13560》相关条款编制,用于2号萃取线(P507体系,钕镨分离段)搅拌澄清槽扩能改造后的调试。
## 1 单机调试
1.1 搅拌电机:空载运行2 h,轴承温升≤35 ℃,振动≤4.5 mm/s;搅拌桨转速按变频器设定 280 r/min(混合室),偏差±5 r/min。
1.2 澄清槽:注清水试漏24 h,焊缝无渗漏;检查堰板水平度≤1 mm/m。
1.3 计量泵:标定流量,有机相泵误差≤1%,酸泵误差≤0.5%。
## 2 联动调试(水相—有机相)
2.1 先以空白有机相(未皂化P507-煤油)与稀盐酸进行两相循环8 h,确认级间流动无反混、界面稳定。
2.2 投入皂化有机相与料液,按生产工艺卡设定值运行:目标O/A 1.7,皂化度 35±1%(工艺参数以工艺卡为准,本规程仅作调试判据)。
2.3 每4 h取第1、20、40、60、80级水相分析pH和REO,72 h内各级达到稳定剖面视为合格。
## 3 交接验收
调试记录、分析报告、设备缺陷清单签字后移交生产车间。
## 4 调试安全
有机相区域禁止明火;盐酸区配备洗眼器。
""", "controlled", ["1E902.b"], ["separation"], "process-spec", None, "zh",
"Commissioning procedure for upgraded SX line; cites GB standards but is internal; process values only as targets (b)")

doc("Response_to_reviewers_HYDROM-D-25-01127_with_confidential_SI.md", """
# Response to Reviewers — Manuscript HYDROM-D-25-01127 (Revision 1)
*"Recovery of Dy and Tb from NdFeB grinding sludge by roasting, selective leaching and P507 extraction: pilot-scale results"*

Dear Editor,

We thank the reviewers. Reviewer 2 asked for "actual operating data from the pilot plant to substantiate the scale-up claim". Because the company considers these data confidential, we provide them **as Confidential Supplementary File S-R (for reviewers only, not for publication)** below, and have kept only normalised values in the revised manuscript.

## Reviewer 1
**Comment 1.1:** The English should be improved. — *Response:* The manuscript has been edited by a native speaker.

## Reviewer 2
**Comment 2.3:** Provide pilot plant operating parameters. — *Response:* See S-R.

---
## Confidential Supplementary File S-R — NOT FOR PUBLICATION
Pilot line, Ganzhou (300 t/a dry sludge), operating window Jan–Jun 2025:

| Unit | Setting |
|---|---|
| Rotary kiln roast | 700–780 °C zone profile, 2.2 h residence, air 450 Nm³/h |
| HCl selective leach | 5.5 mol/L, L/S 5, 85 °C, end pH 1.3 |
| Fe/Al removal | NH4HCO3 to pH 4.6, 70 °C |
| Heavy-RE grouping | 24-stage P507 cascade, 36% Mg-saponified, O/A 1.4, scrub 3.0 mol/L HCl |
| Dy/Tb strip | 4.5 mol/L HCl, 6 stages |
| Product | (Dy+Tb) concentrate TREO 99.1%, Dy+Tb/TREO 64% |
| Overall RE recovery | 96.1% |

We would be grateful if this file is not forwarded beyond the reviewers.
""", "controlled", ["1E902.a"], ["recycling", "separation"], "parameter-sheet", None, "en",
"Rebuttal letter to journal with a confidential not-for-publication pilot data file; the paper is public, this is not")

# ======================================================================
# CLEAR
# ======================================================================
doc("SolarRRL_2024_Cs-FA_perovskite_La_doping.pdf", """
# Lanthanum-doped SnO2 electron transport layers for efficient and stable Cs0.05FA0.95PbI3 perovskite solar cells
Solar RRL 2024, 8, 2400312    DOI: 10.1002/solr.202400312
Received: April 22, 2024; Revised: June 3, 2024; Published online: June 28, 2024
Chen Yiting, Park Jiwon, Zhao Kai*
## Abstract
Lanthanum doping (0.5–2 mol%) of chemical-bath-deposited SnO2 passivates oxygen vacancies and improves band alignment with the perovskite absorber. Devices with 1 mol% La reach a power conversion efficiency of 24.6% and retain 92% of initial efficiency after 1000 h at 85 °C under nitrogen.
## Experimental
SnO2 films were deposited from SnCl2/urea/thioglycolic acid baths at 90 °C with La(NO3)3 added, then annealed at 180 °C for 1 h. Perovskite precursor (1.5 M) was spin-coated at 4000 rpm and annealed at 150 °C for 15 min. Spiro-OMeTAD hole transport layer and Au electrodes completed the device.
| La (mol%) | Voc (V) | Jsc (mA/cm²) | FF (%) | PCE (%) |
|---|---|---|---|---|
| 0 | 1.13 | 25.1 | 80.2 | 22.7 |
| 1 | 1.17 | 25.4 | 82.8 | 24.6 |
| 2 | 1.15 | 25.2 | 81.0 | 23.5 |
## References
[1] Jeong J., et al., Nature 592 (2021) 381.
""", "clear", [], [], "other", None, "en",
"Perovskite solar-cell paper using La dopant; not rare-earth processing", hard=True)

doc("多晶硅还原炉_改良西门子法_能耗优化_论文.docx", """
# 改良西门子法多晶硅还原炉能耗优化研究
《中国有色冶金》2023年第4期,第22-28页    DOI:10.19612/j.cnki.cn11-5066/tf.2023.04.004
收稿日期:2023-02-10
## 摘要
针对48对棒还原炉电耗高的问题,建立了SiHCl3-H2体系化学气相沉积的传热传质模型,优化了进气配比、硅棒表面温度和炉壁冷却水温度。结果表明,H2/SiHCl3摩尔比由3.5降至3.0、硅棒表面温度控制在1080 ℃时,还原电耗由48 kWh/kg-Si降至42 kWh/kg-Si。
关键词:多晶硅;改良西门子法;还原炉;能耗
## 1 还原工艺
| 参数 | 原工艺 | 优化后 |
|---|---|---|
| H2/SiHCl3 | 3.5 | 3.0 |
| 棒温/℃ | 1100 | 1080 |
| 冷却水温/℃ | 90 | 150(热水回收) |
| 单炉产量/t | 6.2 | 6.8 |
## 参考文献
[1] 侯彦青. 多晶硅生产技术. 北京:化学工业出版社, 2018.
""", "clear", [], [], "other", None, "zh",
"Polysilicon Siemens-process journal paper; different material", hard=False)

doc("Cu_SX-EW_circuit_audit_LIX984N_2025.html", """
# Kansanshi-type SX-EW circuit — Metallurgical audit summary, Q2 2025
Prepared by: Process Consulting Pty Ltd for client site (Copperbelt). Client confidential.
## 1. Circuit overview
Heap leach PLS (Cu 3.2 g/L, pH 1.8) → 2 extraction stages (series-parallel) → 1 wash → 2 strip stages → electrowinning, 38 cells, stainless steel cathodes.
## 2. Solvent extraction
| Item | Design | Actual |
|---|---|---|
| Extractant | LIX 984N, 22 v/v% in ShellSol D70 | 24 v/v% |
| O/A extraction | 1.1 | 1.05 |
| Mixer residence | 3 min | 2.6 min |
| Settler flux | 4.0 m³/h/m² | 4.4 |
| Cu transfer | 0.27 g/L per v/v% | 0.25 |
| Entrainment O in A | < 30 ppm | 55 ppm |
| Crud | — | moderate, E1 settler |
## 3. Electrowinning
Current density 280 A/m², cell voltage 1.95 V, current efficiency 91%, electrolyte 45 g/L Cu, 180 g/L H2SO4, 50 °C, Co 150 ppm.
## 4. Recommendations
Install coalescer on raffinate; crud treatment with clay (bentonite) every 2 weeks; check D2EHPA contamination from neighbouring Co circuit.
""", "clear", [], [], "parameter-sheet", None, "en",
"Copper solvent extraction/electrowinning audit; same SX vocabulary (mixer-settler, O/A, D2EHPA)", hard=True)

doc("国家重点研发计划_课题经费预算调整申请表.docx", """
# 国家重点研发计划"稀土新材料"重点专项 课题预算调整申请表
项目编号:2022YFB3505300    课题编号:2022YFB3505303
课题名称:稀土永磁废料高效循环利用技术
承担单位:某大学    课题负责人:李教授    申请日期:2025年9月10日
## 一、调整事由
因设备采购价格变化及合作单位人员变动,申请对课题预算科目进行调整,调整总额不变。
## 二、预算调整明细(单位:万元)
| 科目 | 原预算 | 调整后 | 变动 |
|---|---|---|---|
| 设备费 | 180.00 | 152.50 | -27.50 |
| 业务费—材料费 | 95.00 | 110.00 | +15.00 |
| 业务费—测试化验加工费 | 60.00 | 68.00 | +8.00 |
| 业务费—差旅/会议/国际合作交流费 | 25.00 | 29.50 | +4.50 |
| 劳务费 | 80.00 | 80.00 | 0 |
| 间接费用 | 66.00 | 66.00 | 0 |
| 合计 | 506.00 | 506.00 | 0 |
## 三、承担单位意见
同意调整。(财务处盖章)
## 四、项目牵头单位意见
同意。
""", "clear", [], [], "other", None, "zh",
"Grant budget-adjustment form for a magnet-recycling project; finance only", hard=True)

doc("Horizon_grant_agreement_amendment_REEcover.pdf", """
# AMENDMENT No. 2 to GRANT AGREEMENT No. 101138721 — REEcover
Project: Circular recovery of rare earth elements from end-of-life permanent magnets (REEcover)
Call: HORIZON-CL4-2023-RESILIENCE-01    Granting authority: European Health and Digital Executive Agency (HaDEA)
Coordinator: Katholieke Universiteit Leuven (PIC 999991722)
## 1. Purpose of the amendment
1.1 Change of beneficiary: removal of Beneficiary 7 (MagnoTech GmbH, insolvency) and addition of Beneficiary 11 (Recyclagem Ibérica S.A.).
1.2 Extension of project duration from 42 to 48 months (new end date: 31 May 2028).
1.3 Reallocation of budget between work packages (see Annex 2 updated).
## 2. Budget
| Beneficiary | Old EU contribution (EUR) | New EU contribution (EUR) |
|---|---|---|
| KU Leuven | 1,245,000 | 1,245,000 |
| MagnoTech GmbH | 612,500 | 143,210 (costs incurred) |
| Recyclagem Ibérica | — | 469,290 |
| Total | 7,998,750 | 7,998,750 |
## 3. Entry into force
This amendment enters into force on the date of the last signature. All other provisions of the Grant Agreement remain unchanged.
Signed for the granting authority: [e-signature]    Signed for the coordinator: [e-signature]
""", "clear", [], [], "other", None, "en",
"EU grant agreement amendment for a magnet-recycling project; administrative only", hard=True)

doc("reviewer_comments_JMMM-D-25-03318.txt", """
Journal of Magnetism and Magnetic Materials
Ref.: Ms. No. JMMM-D-25-03318
"Coercivity enhancement of sintered Nd-Fe-B magnets by Tb-Cu co-diffusion"

Decision: Minor revision

Reviewer #1:
The paper is generally well organised. Please check the English throughout; several sentences in the introduction are too long. Fig. 4 axis labels are hard to read. Reference 12 is incomplete (missing page numbers). The abbreviation "GBDP" should be defined at first use.

Reviewer #2:
I have no major concerns. The authors should cite recent work from the Hono group and from NIMTE on co-diffusion. Please provide error bars in Table 2. The conclusions section repeats the abstract and could be shortened.

Reviewer #3:
Recommend acceptance after minor edits. Units should be consistent (use kA/m or kOe, not both).

Please submit your revision by 15 Dec 2025.
Yours sincerely,
Editor, JMMM
""", "clear", [], [], "other", None, "en",
"Reviewer comments on a GBD paper with no technical content", hard=True)

doc("2025稀土永磁产业技术论坛_会议日程.html", """
# 2025(第十届)稀土永磁产业技术论坛 会议日程
主办:中国稀土行业协会    承办:宁波市磁性材料行业协会    地点:宁波南苑环球酒店    2025年11月27–28日
## 11月27日(星期四)
| 时间 | 议程 | 报告人 |
|---|---|---|
| 08:30–09:00 | 开幕式及领导致辞 | 协会领导 |
| 09:00–09:40 | 全球稀土永磁市场形势与展望 | 某咨询公司首席分析师 |
| 09:40–10:20 | 新能源汽车驱动电机对高性能磁体的需求 | 某车企电驱研究院 |
| 10:40–11:20 | 晶界扩散技术发展综述 | 某研究所研究员 |
| 11:20–12:00 | 出口管制新规解读与企业合规 | 某律师事务所合伙人 |
| 14:00–17:30 | 分会场A:磁材制造;分会场B:回收利用;分会场C:检测与标准 | |
## 11月28日(星期五)
| 时间 | 议程 |
|---|---|
| 09:00–11:30 | 企业参观(宁波某磁业) |
| 14:00–16:00 | 圆桌论坛:稀土永磁产业链安全 |
注册费:会员单位2000元/人,非会员2800元/人。联系人:王女士 0574-8xxxxxxx
""", "clear", [], [], "other", None, "zh",
"Conference programme (titles only)", hard=True)

doc("材料年會_議程_磁性材料分組.md", """
# 2025 中國材料科學學會年會 議程 — 磁性材料分組

**地點:** 國立清華大學 工程一館 · **日期:** 2025年11月21–22日

| 時間 | 場次 | 講題 | 講者 |
|---|---|---|---|
| 11/21 10:20–10:40 | M-1 | 高頻軟磁鐵氧體之低損耗設計 | 李〇〇(成大) |
| 11/21 10:40–11:00 | M-1 | 稀土永磁材料之磁區觀察 | 王〇〇(清大) |
| 11/21 11:00–11:20 | M-1 | 無稀土 MnBi 磁石研究現況 | 陳〇〇(台科大) |
| 11/21 13:30–15:00 | 海報 | 磁性材料海報展示(P-M01~P-M36) | — |
| 11/22 09:00–09:40 | 邀請演講 | 電動車馬達磁石之供應鏈風險 | 林〇〇(工研院) |

- 海報尺寸 A0 直式,請於 11/21 13:00 前張貼
- 論文摘要集將於會後上線
- 午餐券於報到處領取
""", "clear", [], [], "other", None, "zh",
"Traditional-Chinese conference programme; titles only", hard=True)

doc("鍶鐵氧體燒結磁石_CaO-SiO2添加_實驗報告.pdf", """
# 鍶鐵氧體(SrFe12O19)燒結磁石之CaO–SiO2添加與燒結溫度研究
實驗報告 — 材料系大四專題    指導教授:黃〇〇
## 一、目的
探討CaO與SiO2添加量對濕壓異方性鍶鐵氧體燒結磁石之晶粒成長與磁性質影響。
## 二、實驗步驟
1. 預燒料:SrCO3 + Fe2O3(莫耳比1:5.8)於1270 °C 預燒2小時。
2. 球磨:加入CaCO3 0.8 wt%、SiO2 0.4 wt%,濕式球磨至平均粒徑0.75 μm。
3. 成形:漿料濃度65%,於0.8 T磁場中濕壓成形。
4. 燒結:1200–1240 °C 空氣中燒結1.5小時。
## 三、結果
| 燒結溫度 | Br (mT) | HcJ (kA/m) | 密度 (g/cm³) |
|---|---|---|---|
| 1200 °C | 405 | 335 | 4.92 |
| 1220 °C | 418 | 318 | 5.01 |
| 1240 °C | 421 | 285 | 5.05 |
## 四、結論
1220 °C 可得Br與HcJ之較佳平衡;添加La–Co取代可進一步提高HcJ(下學期研究)。
""", "clear", [], [], "other", None, "zh",
"Ferrite magnet sintering report (traditional Chinese); same magnet vocabulary, not RE magnet", hard=True)

doc("copyright_transfer_and_cover_letter_JRE.txt", """
Journal of Rare Earths — Submission cover letter and Copyright Transfer

To: Editorial Office, Journal of Rare Earths (Chinese Society of Rare Earths / Elsevier)
Date: 2 September 2025

Dear Editor,

Please find enclosed our manuscript entitled "Life-cycle assessment of NdFeB magnet recycling routes in China", which we submit for consideration as a Review article. The manuscript has not been published elsewhere and is not under consideration by another journal. All authors have approved the submission. There are no conflicts of interest to declare.

Suggested reviewers:
1. Prof. A. Walton, University of Birmingham
2. Prof. K. Binnemans, KU Leuven
3. Dr. T. Ogura, AIST

Corresponding author: Dr. Fang Yu, School of Environment, Tsinghua University

--- Journal Publishing Agreement (signed) ---
Article: Life-cycle assessment of NdFeB magnet recycling routes in China
Corresponding author: Fang Yu
I hereby assign to the Chinese Society of Rare Earths the copyright in the manuscript identified above ... Signed: Fang Yu   Date: 2025-09-02
""", "clear", [], [], "other", None, "en",
"Cover letter and copyright form; no technical content", hard=True)

doc("鈷鎳分離_Cyanex272_萃取實驗紀錄.html", """
# 鋰電池回收浸出液 Co/Ni 分離 — Cyanex 272 萃取實驗紀錄
實驗室:資源循環實驗室 B302    紀錄人:張同學    日期:2025/10/14
## 料液
廢三元鋰電池黑粉經 2 M H2SO4 + 4% H2O2 浸出(80 °C,L/S 10),除 Fe/Al/Cu 後:Co 8.2 g/L、Ni 24.5 g/L、Mn 6.1 g/L、Li 3.0 g/L。
## 步驟一:P204 (D2EHPA) 除錳
20% P204 + 5% TBP / 磺化煤油,皂化度 60%(NaOH),O/A 1:1,pH 3.0,3 級。
## 步驟二:Cyanex 272 萃鈷
| 級數 | O/A | 平衡 pH | Co 萃取率 | Ni 共萃率 |
|---|---|---|---|---|
| 1 | 1:1 | 5.2 | 71% | 0.8% |
| 2 | 1:1 | 5.4 | 93% | 1.5% |
| 3 | 1:1 | 5.5 | 99.2% | 2.1% |
反萃:1.5 M H2SO4,O/A 4:1,得 CoSO4 溶液 60 g/L。
## 備註
Ni 留在萃餘液中,後續以 P507 進一步提純或直接製備硫酸鎳。
""", "clear", [], [], "parameter-sheet", None, "zh",
"Li-ion battery recycling Co/Ni SX with Cyanex 272/P204/P507 (traditional Chinese); not rare earth", hard=True)

# ======================================================================
def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    names = set()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as lf:
        for i, (fname, text, lab) in enumerate(DOCS):
            assert fname not in names, fname
            names.add(fname)
            render(i, fname, text, lab)
            lf.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(DOCS), "documents written")

if __name__ == "__main__":
    main()
