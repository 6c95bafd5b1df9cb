# -*- coding: utf-8 -*-
"""Generator for author-w sealed test batch (commercial documents)."""
import io, os, hashlib, re, json, random, zipfile, datetime, shutil, csv
from email.message import EmailMessage
from email import policy
import docx
from docx.shared import Pt
from pptx import Presentation
from pptx.util import Inches, Pt as PPt
import openpyxl
from fpdf import FPDF

random.seed(20250412)
BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, 'files')
FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
FIXED = datetime.datetime(2025, 3, 18, 9, 30, 0)
LABELS = []

def label(file, verdict, codes, cats, mtypes, carrier, exclusion, lang, hard, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mtypes, carrier=carrier, exclusion=exclusion,
                       language=lang, hard_negative=hard, note=note))

def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        b = zin.read(info.filename)
        if info.filename == 'docProps/core.xml':
            s = b.decode('utf-8')
            s = re.sub(r'(<dcterms:created[^>]*>)[^<]*(<)', r'\g<1>2025-03-18T09:30:00Z\2', s)
            s = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(<)', r'\g<1>2025-03-18T09:30:00Z\2', s)
            b = s.encode('utf-8')
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 18, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, b)
    zout.close()
    return out.getvalue()

def wbytes(rel, data):
    p = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'wb') as f:
        f.write(data)

def set_core(cp, author, title):
    cp.author = author; cp.title = title; cp.last_modified_by = author
    cp.created = FIXED; cp.modified = FIXED; cp.revision = 1

# ---------- DOCX ----------
def docx_bytes(blocks, author='', title=''):
    d = docx.Document()
    set_core(d.core_properties, author, title)
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
    for b in blocks:
        k = b[0]
        if k == 'h':
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif k == 'p':
            d.add_paragraph(b[1])
        elif k == 'li':
            for it in b[1]:
                d.add_paragraph(it, style='List Bullet')
        elif k == 'ol':
            for it in b[1]:
                d.add_paragraph(it, style='List Number')
        elif k == 't':
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
    bio = io.BytesIO(); d.save(bio)
    return normalize_zip(bio.getvalue())

def write_docx(rel, blocks, author='', title=''):
    wbytes(rel, docx_bytes(blocks, author, title))

# ---------- PPTX ----------
def write_pptx(rel, slides, author='', title=''):
    pr = Presentation()
    pr.slide_width = Inches(13.333); pr.slide_height = Inches(7.5)
    set_core(pr.core_properties, author, title)
    for s in slides:
        if s.get('table'):
            sl = pr.slides.add_slide(pr.slide_layouts[5])
            sl.shapes.title.text = s['title']
            rows = s['table']
            shp = sl.shapes.add_table(len(rows), len(rows[0]), Inches(0.6), Inches(1.6), Inches(12), Inches(0.4) * len(rows))
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = shp.table.cell(i, j); cell.text = str(c)
                    for para in cell.text_frame.paragraphs:
                        for run in para.runs: run.font.size = PPt(13)
            if s.get('foot'):
                tb = sl.shapes.add_textbox(Inches(0.6), Inches(6.6), Inches(12), Inches(0.6))
                tb.text_frame.text = s['foot']
        else:
            sl = pr.slides.add_slide(pr.slide_layouts[1])
            sl.shapes.title.text = s['title']
            body = sl.placeholders[1].text_frame
            for i, line in enumerate(s.get('bullets', [])):
                para = body.paragraphs[0] if i == 0 else body.add_paragraph()
                if isinstance(line, tuple):
                    para.text = line[1]; para.level = line[0]
                else:
                    para.text = line
        if s.get('notes'):
            sl.notes_slide.notes_text_frame.text = s['notes']
    bio = io.BytesIO(); pr.save(bio)
    wbytes(rel, normalize_zip(bio.getvalue()))

# ---------- XLSX ----------
def xlsx_bytes(sheets, author=''):
    wb = openpyxl.Workbook()
    wb.properties.creator = author; wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 18
    bio = io.BytesIO(); wb.save(bio)
    return normalize_zip(bio.getvalue())

def write_xlsx(rel, sheets, author=''):
    wbytes(rel, xlsx_bytes(sheets, author))

# ---------- PDF ----------
def _san(x):
    return x.replace('\u207b', '-') if isinstance(x, str) else x

def pdf_bytes(blocks, title='', author=''):
    blocks = [tuple(_san(v) if not isinstance(v, list) else [[_san(c) for c in r] for r in v] for v in b) for b in blocks]
    p = FPDF(format='A4')
    p.set_creation_date(datetime.datetime(2025, 3, 18, 9, 30, tzinfo=datetime.timezone.utc))
    p.set_title(title); p.set_author(author); p.set_producer('PDF Writer')
    p.add_font('wqy', '', FONT)
    p.add_font('wqy', 'B', FONT)
    p.set_auto_page_break(True, 15)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    for b in blocks:
        k = b[0]
        if k == 'h':
            p.set_font('wqy', size=15 if (len(b) < 3 or b[2] == 1) else 12)
            p.multi_cell(W, 8, b[1], new_x='LMARGIN', new_y='NEXT'); p.ln(1)
        elif k == 'p':
            p.set_font('wqy', size=10)
            p.multi_cell(W, 5.5, b[1], new_x='LMARGIN', new_y='NEXT'); p.ln(2)
        elif k == 'small':
            p.set_font('wqy', size=8)
            p.multi_cell(W, 4.2, b[1], new_x='LMARGIN', new_y='NEXT'); p.ln(1)
        elif k == 't':
            rows = b[1]; n = len(rows[0])
            p.set_font('wqy', size=8.5)
            with p.table(col_widths=tuple([1] * n), text_align='LEFT', line_height=5) as tab:
                for r in rows:
                    row = tab.row()
                    for c in r: row.cell(str(c))
            p.ln(3)
        elif k == 'br':
            p.add_page()
    return bytes(p.output())

def write_pdf(rel, blocks, title='', author=''):
    wbytes(rel, pdf_bytes(blocks, title, author))

# ---------- EML / TXT / CSV ----------
def write_eml(rel, frm, to, subj, date, body, attachments=(), cc=None, msgid=None):
    m = EmailMessage(policy=policy.SMTP)
    m['From'] = frm; m['To'] = to
    if cc: m['Cc'] = cc
    m['Subject'] = subj; m['Date'] = date
    m['Message-ID'] = msgid or '<%s@%s>' % (hashlib.md5(rel.encode('utf-8')).hexdigest()[:20], frm.split('@')[-1].rstrip('>'))
    m['MIME-Version'] = '1.0'
    m.set_content(body)
    for i, (fname, data, mt) in enumerate(attachments):
        maintype, subtype = mt.split('/')
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if attachments:
        m.set_boundary('=_NextPart_%06d_%s' % (len(rel) * 7919, 'A1F3'))
    wbytes(rel, m.as_bytes(policy=policy.SMTP))

def write_txt(rel, text, enc='utf-8'):
    wbytes(rel, text.replace('\n', '\r\n' if enc == 'gb18030' else '\n').encode(enc))

def write_csv(rel, rows, enc='utf-8'):
    s = io.StringIO(); w = csv.writer(s, lineterminator='\r\n')
    for r in rows: w.writerow(r)
    wbytes(rel, s.getvalue().encode(enc))

DOCX_MT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX_MT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
PDF_MT = 'application/pdf'

if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)

# =====================================================================
# CONTROLLED
# =====================================================================

# C1 quotation with technical conditions giving sintering/ageing schedule (zh)
write_docx('报价/QT-2025-0317 钕铁硼磁钢报价单(含技术条件).docx', [
    ('h', '报 价 单', 0),
    ('p', '报价编号:QT-2025-0317    日期:2025年3月17日\n致:苏州锐驰电驱科技有限公司 采购部 王工\n自:赣州恒磁新材料有限公司 销售二部'),
    ('p', '感谢贵司对我司产品的关注。根据贵司2025年3月10日询价(图号RC-M220-07),现就驱动电机转子用烧结钕铁硼磁钢报价如下:'),
    ('t', [['序号', '牌号', '规格(mm)', '镀层', '数量(pcs)', '单价(元/pc,含税)', '交期'],
           ['1', '48SH', '42.5×18.2×3.9', '环氧黑', '120,000', '4.86', '35天'],
           ['2', '45UH(晶界扩散)', '42.5×18.2×3.9', '环氧黑', '60,000', '6.12', '40天'],
           ['3', 'N52', 'Φ10×5', 'NiCuNi', '20,000', '0.71', '25天']]),
    ('p', '商务条款:价格基于2025年3月14日上海有色网PrNd氧化物均价 44.6万元/吨;氧化镨钕价格波动超过±5%时双方协商调价。付款方式:月结60天,承兑汇票。交货地点:买方苏州工厂,运费由卖方承担。报价有效期15天。'),
    ('h', '附:技术条件(作为本报价组成部分)', 2),
    ('p', '1. 磁性能:48SH Br≥1.37 T,HcJ≥1592 kA/m;45UH Br≥1.32 T,HcJ≥1990 kA/m,150℃开路不可逆损失≤3%。'),
    ('p', '2. 合金成分(wt%):48SH PrNd 29.6,Dy 0.8,Co 1.0,Cu 0.15,Al 0.25,Ga 0.20,Zr 0.12,B 0.93,Fe余量;45UH基材为同一配方去Dy,后经Tb扩散。'),
    ('p', '3. 制粉:速凝片厚0.25–0.35 mm,铜辊线速度1.2 m/s;氢破吸氢压力0.15 MPa,脱氢550℃×6 h;气流磨氮气氧含量≤50 ppm,粉末SMD 3.0–3.2 μm,添加0.05%硬脂酸锌润滑剂。'),
    ('p', '4. 成型:取向磁场≥1.8 T,压制压力0.8 t/cm²,冷等静压200 MPa保压30 s,生坯密度4.3–4.4 g/cm³。'),
    ('p', '5. 烧结与回火制度:真空度≤5×10⁻³ Pa;升温至400℃保温2 h脱脂,800℃保温1 h除氢,1065℃±3℃烧结5 h,氩气风冷至<80℃;一级回火900℃×2 h,二级回火490℃×4 h,风冷。45UH:镀Tb层0.5 wt%后920℃×10 h扩散,再行500℃×3 h回火。'),
    ('p', '6. 检验:每炉抽测B-H曲线3件;尺寸公差±0.03 mm;镀层盐雾48 h无红锈。'),
    ('p', '以上技术条件经我司技术部确认,仅供贵司评估供货能力。\n联系人:李晓峰 138-0797-5521'),
], author='lixf', title='报价单QT-2025-0317')
label('报价/QT-2025-0317 钕铁硼磁钢报价单(含技术条件).docx', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'],
      'process-spec', None, 'zh', False, 'quotation whose technical-conditions annex gives alloy recipe, HD/jet-mill, sintering, two-stage tempering and Tb diffusion schedule')

# C2 sales deck with one slide of separation-stage parameters (en)
write_pptx('Sales/LREO product deck EU tour Mar2025.pptx', [
    {'title': 'Lingnan Rare Earth Separation Co. — Light RE Oxides for Europe', 'bullets': ['Product overview for distributors and catalyst makers', 'Hamburg / Rotterdam / Milan, March 2025']},
    {'title': 'Who we are', 'bullets': ['Licensed separation quota holder since 2012', '12,000 t/a REO separation capacity, 3 production bases', 'ISO 9001 / 14001 / 45001, IATF 16949 for oxide supply to automotive catalysts', 'Customers in 14 countries']},
    {'title': 'Product range', 'table': [['Product', 'Purity (RE/TREO)', 'TREO min', 'Packaging'],
        ['La2O3', '99.99%', '99.0%', '25 kg bag / 1 t big bag'],
        ['CeO2', '99.95%', '99.0%', '25 kg bag'],
        ['Pr6O11', '99.9%', '99.0%', '50 kg drum'],
        ['Nd2O3', '99.9%', '99.0%', '50 kg drum'],
        ['(Pr,Nd) oxide', 'Pr 25±1%', '99.0%', '50 kg drum']]},
    {'title': 'Why our Nd2O3 is consistently 99.9 %: the Ce/Pr cut', 'table': [
        ['Section', 'Extractant / feed', 'Stages (extr+scrub)', 'O/A', 'Conditions'],
        ['La/Ce | Pr/Nd split', '1.5 M P507 in sulfonated kerosene, 36% saponified (NH3→NaOH since 2023)', '44 + 32', '1 : 0.28', 'feed 1.2 M REO chloride, pH 3.0; scrub 3.6 M HCl'],
        ['Pr | Nd split', '1.5 M P507, 38% saponified', '58 + 52', '1 : 0.22', 'reflux ratio 8.5; strip 5.0 M HCl, 6 stages'],
        ['Nd polishing', 'naphthenic acid–isooctanol', '30 + 24', '1 : 0.35', 'Y removal to <20 ppm'],
        ['Precipitation', 'oxalic acid 1.1× stoich.', '—', '—', '60 °C, age 1 h; calcine 950 °C 2 h']],
     'foot': 'Mixer-settlers 1.2 m³ per stage, residence 6 min mixing, Pr in Nd product < 0.05 %'},
    {'title': 'Logistics & terms', 'bullets': ['FOB Shanghai / CIF Hamburg', 'Lead time 4–6 weeks, safety stock in Rotterdam bonded warehouse', 'Export licence handled by our trade compliance team', 'Contact: sales-eu@lnres.example.com']},
], author='Sandy Huang', title='LREO product deck')
label('Sales/LREO product deck EU tour Mar2025.pptx', 'controlled', ['1E902.a'], ['separation'], [], 'process-spec', None, 'en', False,
      'sales deck; one slide gives P507 cascade stage counts, O/A ratios, saponification, acid strengths, oxalate precipitation and calcination')

# C3 investor deck revealing molten-salt electrolysis parameters (mixed)
write_pptx('IR/2024年度业绩说明会 投资者交流材料 v3.pptx', [
    {'title': '北方稀金科技 2024年度业绩说明会 / FY2024 Investor Briefing', 'bullets': ['股票代码 6xxxxx', '2025年3月', '仅供投资者交流使用']},
    {'title': '经营概览 Highlights', 'bullets': ['营业收入 58.3亿元,同比 +7.4%', '镨钕金属产量 6,850 t,市场占有率约 11%', '金属板块毛利率 9.8%(2023: 6.1%)', '包头二期 3,000 t/a 电解项目 2024Q4 投产']},
    {'title': '技术降本:10 kA → 25 kA 稀土电解槽 / Cost-down via 25 kA cells', 'table': [
        ['指标 Parameter', '旧 6 kA 圆形槽', '新 25 kA 方形槽'],
        ['电解质 Bath', 'NdF3–PrF3–LiF 86:14 wt', 'REF3–LiF 88:12 wt, BaF2 2%'],
        ['温度 Temperature', '1060 ± 15 °C', '1035 ± 10 °C'],
        ['阳极电流密度 Anode CD', '1.0 A/cm²', '0.72 A/cm²(石墨阳极 8 块,分块更换)'],
        ['阴极 Cathode', 'W 棒 Φ70', 'Mo 棒 Φ90 ×2,阴极电流密度 6.5 A/cm²'],
        ['槽电压 Cell voltage', '10.5 V', '8.6 V'],
        ['加料 Oxide feed', '人工 每 3 min', '自动点式下料 1.8 kg/次,氧化物浓度 2–3%'],
        ['电流效率 CE', '78%', '86%'],
        ['电耗 kWh/kg', '9.2', '6.4']],
     'foot': '极距 95 mm;出金周期 4 h,金属收率 96.5%;单槽年产 160 t'},
    {'title': '资本开支与分红 Capex & dividends', 'bullets': ['2025 capex 计划 7.2 亿元', '分红比例 30%', 'Net debt / EBITDA 1.3x']},
    {'title': '风险提示 Disclaimer', 'bullets': ['本材料含前瞻性陈述,不构成投资建议']},
], author='IR Dept', title='FY2024 Investor Briefing')
label('IR/2024年度业绩说明会 投资者交流材料 v3.pptx', 'controlled', ['1E902.a'], ['metal-smelting'], [], 'parameter-sheet', None, 'mixed', False,
      'investor deck; one slide discloses fluoride-bath electrolysis cell composition, temperature, current densities, electrode, voltage, feed regime')

# C4 customer audit answer disclosing recycling route (en)
write_docx('Audits/SQA-2025-044 corrective action response_Huanyuan.docx', [
    ('h', 'Supplier Response to Customer Audit Findings', 0),
    ('p', 'Audit ref.: SQA-2025-044 (sustainability & traceability)\nSupplier: Jiangxi Huanyuan Resource Recycling Co., Ltd.\nProduct: recycled (Pr,Nd)2O3 and Dy2O3, recycled content 100 %\nPrepared by: Chen Ming, Quality Manager — 12 March 2025'),
    ('h', 'Finding 1 (minor): process route not documented in the supplier self-assessment', 2),
    ('p', 'Corrective action: we provide below the complete description of our route from sintered-magnet grinding sludge and machining swarf to oxide, as requested by your auditor Mr. Keller, so that the mass balance can be checked.'),
    ('ol', [
        'Receiving & drying: sludge (TREO 24–30 %, oil 8–12 %) is dried in a rotary dryer at 180 °C to <2 % moisture; swarf is briquetted and joins the sludge after degreasing.',
        'Oxidising roast: rotary kiln, 750–800 °C, residence 2.5 h, air excess 1.4; target Fe2+ < 0.5 % so that iron is fully Fe2O3 before leaching.',
        'Selective leaching (优溶): 6 M HCl added to pH 1.0–1.5 at 85 °C, solid/liquid 1:3, 3 h; RE leach efficiency ≥ 98.5 %, Fe in liquor < 0.3 g/L. Residue (Fe2O3) sold to cement plants.',
        'Impurity removal: pH raised to 4.5 with RE carbonate slurry, 0.5 % BaS addition for Pb/Cu, filter press.',
        'Solvent extraction: P507 1.5 M, 50 stages, produces PrNd chloride, Dy chloride and a Tb-enriched stream; Co recovered from raffinate.',
        'Precipitation with oxalic acid (1.15× stoichiometric, 55 °C), wash to Cl < 50 ppm, calcination 900 °C × 3 h.'
    ]),
    ('p', 'Overall RE recovery from sludge to oxide: 96.2 % (2024 average); oxide purity PrNd ≥ 99.5 %, Dy2O3 ≥ 99.9 %.'),
    ('h', 'Finding 2 (observation): calibration of kiln thermocouples', 2),
    ('p', 'Thermocouples TC-01…TC-06 re-calibrated 3 Mar 2025; interval reduced from 12 to 6 months. Certificate attached separately.'),
    ('h', 'Finding 3 (observation): conflict-minerals template', 2),
    ('p', 'CMRT/EMRT v1.3 updated and uploaded to the portal.'),
], author='Chen Ming', title='Audit response SQA-2025-044')
label('Audits/SQA-2025-044 corrective action response_Huanyuan.docx', 'controlled', ['1E902.a'], ['recycling'], [], 'process-spec', None, 'en', False,
      'customer-audit reply discloses magnet-sludge recycling route with roast, selective HCl leach, SX and calcination conditions')

# C5 job advert email, harmless body, attached commissioning checklist (zh, b)
cl = xlsx_bytes([
    ('调试检查表', [
        ['越南海防项目 速凝-氢破-气流磨 制粉线 调试验收检查表', '', '', '', ''],
        ['序号', '设备/工序', '检查项目', '目标值/判定', '记录'],
        [1, '真空感应速凝炉 600kg', '极限真空/漏率', '≤5 Pa;压升率≤0.5 Pa/min', ''],
        [2, '真空感应速凝炉 600kg', '浇注温度', '1450–1480 ℃,中间包预热≥1000 ℃', ''],
        [3, '真空感应速凝炉 600kg', '铜辊冷却水', '进水≤28 ℃,流量≥60 m³/h,辊速0.9–1.4 m/s', ''],
        [4, '速凝片', '厚度/α-Fe', '0.2–0.4 mm,无α-Fe枝晶(金相)', ''],
        [5, '氢破炉 HD-1000', '吸氢', '室温吸氢至0.1 MPa不再下降,保压30 min', ''],
        [6, '氢破炉 HD-1000', '脱氢', '560 ℃×6 h,真空≤10 Pa后冷却', ''],
        [7, '气流磨 QLMR-400', '氮气系统含氧', '≤30 ppm(在线氧分仪校准后)', ''],
        [8, '气流磨 QLMR-400', '分选轮转速', '3800–4200 rpm,对应D50 3.0±0.2 μm', ''],
        [9, '混料机', '润滑剂/抗氧化剂', '0.05–0.08 wt%,混合2 h', ''],
        [10, '全线', '联锁', '氧含量>100 ppm自动停磨充氩', ''],
        [11, '全线', '试生产', '连续3批合金,成品粉O≤800 ppm,交付烧结', ''],
        ['', '签字:', '甲方', '乙方调试工程师', '日期'],
    ])], author='HR')
write_eml('招聘/eml/海外项目工艺工程师招聘 - 附调试检查表.eml',
    '招聘专员 刘婷 <liuting@jcmag-hr.example.cn>', 'talent@jobpost-partner.example.com',
    '【急聘】海外项目制粉工艺工程师(越南海防,2名)', 'Tue, 11 Mar 2025 10:14:22 +0800',
    '''您好:

请协助发布以下岗位:

岗位:制粉工艺工程师(海外项目)
工作地点:越南海防,派驻期1–2年
职责:
1. 负责客户新建磁材产线制粉工段的设备安装、调试及试生产;
2. 带教当地操作人员,编制作业指导书;
3. 配合项目经理完成验收。
要求:材料类本科以上,3年以上钕铁硼制粉工序经验,能适应海外工作,英语可沟通。
待遇:年薪35–50万,外派补贴另计,五险一金。

附件是项目的调试验收检查表,候选人面试时会按这张表提问,可一并转给进入复试的候选人,便于提前准备。

谢谢!
刘婷
江城磁业 人力资源部
''', attachments=[('海防项目制粉线调试检查表.xlsx', cl, XLSX_MT)])
label('招聘/eml/海外项目工艺工程师招聘 - 附调试检查表.eml', 'controlled', ['1E902.b'], ['magnet-manufacturing'], ['NdFeB'], 'parameter-sheet', None, 'zh', False,
      'harmless job-advert mail; attached commissioning checklist for an overseas strip-cast/HD/jet-mill line, values given as acceptance targets')

# C6 short TXT: sales paragraph + SmCo recipe (en)
write_txt('inquiries/reply_to_Orbitek_SmCo_2-17.txt', '''Subject: RE: high-temp SmCo for your actuator programme

Dear Dr. Alvarez,

Thanks for the call yesterday. As discussed, our 2:17 grades are qualified to 350 °C continuous and we already ship to two tier-1 aerospace customers in Europe, so we are confident we can support your actuator programme from prototype through series. Lead time for YXG-32H is currently 5 weeks, and we can hold a 6-month price.

You asked why our temperature coefficient is so stable from lot to lot. In short, it is the heat treatment. We melt Sm 25.5, Co bal., Fe 16.5, Cu 5.8, Zr 2.6 (wt%), mill to 4 um, press at 2.0 T, sinter 1215 C for 1 h and solution-treat at 1185 C for 3 h followed by a fast gas quench. Ageing is 830 C for 14 h, then slow cool at 0.7 C/min to 400 C and hold 10 h before quench. Keeping the slow-cool rate within +/-0.05 C/min is what gives us the Hcj spread you saw in the samples.

Happy to arrange a video call with our plant team next week.

Best regards,
Kevin Zhou
Export Sales, Ningbo Tianci Magnetics
''')
label('inquiries/reply_to_Orbitek_SmCo_2-17.txt', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['SmCo'], 'process-spec', None, 'en', False,
      'sales reply; a few sentences give 2:17 SmCo composition, sintering, solution and ageing/slow-cool schedule')

# C7 tender document for in-situ leaching mining project (zh, a+b)
write_docx('招标/龙南某矿区原地浸矿工程施工及调试招标文件(技术部分).docx', [
    ('h', '第五章 技术要求', 1),
    ('p', '项目名称:龙南县XX矿区离子型稀土原地浸矿采场建设及注液收液系统调试工程\n招标编号:LN-KC-2025-006'),
    ('h', '5.1 工程概况', 2),
    ('p', '采场面积约0.42 km²,矿体平均厚度8.6 m,全相稀土品位0.085%,离子相占比82%。设计年产混合稀土氧化物(折REO 92%)480 t。'),
    ('h', '5.2 注液井网及浸取工艺要求', 2),
    ('li', ['注液井按2.0 m×2.0 m正方形网度布置,井径0.8 m,深度穿过全风化层进入半风化层0.5 m;',
            '浸矿剂:硫酸镁溶液,前期浓度2.5%,中期1.5%,后期清水顶水;注液强度0.6–0.8 m³/(m²·d);',
            '采用“低浓度、慢速注液、分区轮注”方式,单区注液周期150–180 d;',
            '收液:山脚设导流孔,孔距3 m,仰角5°–8°,配合集液沟及防渗收液池;母液REO≥0.6 g/L方可进入处理车间;',
            '除杂:碳酸氢铵调pH至5.0–5.2除铝,沉淀剂为碳酸氢铵,沉淀pH 6.8–7.0,陈化2 h;沉淀物经压滤后REO≥92%。']),
    ('h', '5.3 安装及调试要求', 2),
    ('ol', ['注液管网打压试验:0.6 MPa保压30 min无渗漏;',
            '收液系统试运行:清水注入72 h后导流孔出液率≥85%,否则补打导流孔;',
            '除杂沉淀车间单机调试→联动调试→带料试车三阶段,带料试车连续15 d,各槽pH在线仪表偏差≤0.1;',
            '调试期间地下水监测井每日检测氨氮、硫酸根,超标立即停注并报告。']),
    ('h', '5.4 投标人资格', 2),
    ('p', '具有矿山工程施工总承包二级及以上资质,近5年完成离子型稀土原地浸矿工程不少于2项。'),
], author='招标代理', title='技术部分')
label('招标/龙南某矿区原地浸矿工程施工及调试招标文件(技术部分).docx', 'controlled', ['1E902.a', '1E902.b'], ['mining'], [], 'process-spec', None, 'zh', False,
      'tender technical section: in-situ leaching well grid, lixiviant regime, liquor collection, precipitation plus commissioning procedure')

# C8 supplier qualification questionnaire for Ce magnets (mixed)
write_xlsx('SQ/Supplier Qualification Questionnaire_Ce-rich magnets_completed.xlsx', [
    ('General', [
        ['Supplier Qualification Questionnaire 供应商资质问卷', ''],
        ['Company 公司', 'Baotou Xinfeng Magnetic Materials Co., Ltd. 包头鑫丰磁材'],
        ['Annual capacity 年产能', '6,000 t sintered, of which 1,800 t Ce-containing'],
        ['Certifications', 'ISO 9001:2015, IATF 16949:2016, ISO 14001'],
        ['Main customers', 'Appliance compressors, e-bikes, loudspeakers'],
        ['Export licence status', 'Under application'],
    ]),
    ('Technical', [
        ['Q#', 'Question', 'Answer 回答'],
        ['T1', 'Describe how Ce is introduced', '双主相工艺 dual-main-phase: alloy A (PrNd)30.5B0.98Fe bal., alloy B (Ce0.6La0.1PrNd0.3)31B1.0Fe bal., each strip-cast separately, mixed 55:45 after jet milling'],
        ['T2', 'Powder particle size', 'D50 3.4 µm (A), 3.8 µm (B); mixed in N2 ≤ 80 ppm O2 for 3 h'],
        ['T3', 'Sintering profile', '1030 °C × 4 h (lower than Ce-free to suppress CeFe2 growth), Ar quench'],
        ['T4', 'Tempering', '880 °C × 2 h + 460 °C × 3 h; 2nd step tuned ±10 °C per batch by HcJ'],
        ['T5', 'Grain-boundary additives', 'Cu 0.2 wt%, Ga 0.3 wt% to keep HcJ ≥ 955 kA/m at 25 % Ce/TRE'],
        ['T6', 'Typical properties', '38M-Ce: Br 1.23 T, HcJ 1050 kA/m, (BH)max 290 kJ/m³'],
        ['T7', 'Coating', 'Zn or NiCuNi, salt spray 24/48 h'],
    ]),
], author='Xinfeng QA')
label('SQ/Supplier Qualification Questionnaire_Ce-rich magnets_completed.xlsx', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB', 'Ce'], 'parameter-sheet', None, 'mixed', False,
      'qualification questionnaire answers disclose dual-main-phase Ce alloy compositions, milling, sintering and tempering conditions')

# C9 capacity-expansion budget with extraction-line upgrade plan (zh, b)
write_xlsx('财务/2025扩产预算_萃取分离车间技改.xlsx', [
    ('预算汇总', [
        ['2025年萃取分离车间技改扩产预算', '', '', ''],
        ['项目', '金额(万元)', '资金来源', '备注'],
        ['萃取槽新增(PP材质 1.5 m³ ×96级)', 1152, '自筹', ''],
        ['皂化系统改造(液碱替代氨水)', 386, '专项补助', ''],
        ['在线pH/流量仪表', 214, '自筹', ''],
        ['废水零排(MVR)', 1680, '银行贷款', ''],
        ['安装调试费', 265, '自筹', ''],
        ['不可预见费(5%)', 185, '', ''],
        ['合计', '=SUM(B3:B8)', '', ''],
    ]),
    ('技改实施方案', [
        ['阶段', '内容', '目标/参考值', '工期'],
        ['1 停槽', '镨钕分离段停料,有机相转入储罐,各级槽体清洗检查,更换搅拌桨密封', '—', '7 d'],
        ['2 安装', '原58级分离段后串接新增38级(共96级),新增级与原槽液面差按逐级下降8 mm安装', '槽体水平度≤2 mm/m', '25 d'],
        ['3 皂化改造', '氨皂化改为液碱皂化,皂化率由36%提高到40%,新增皂化槽4级', '皂化率40%±1%', '10 d'],
        ['4 单机调试', '搅拌转速分级调至260–300 rpm,流量计标定', '流量偏差≤1%', '5 d'],
        ['5 联动调试', '先水试后有机相试运行;按流比有机:料液:洗酸=1:0.22:0.08建立平衡', '平衡时间约20 d', '20 d'],
        ['6 达产验收', '连续10 d取样,Nd2O3/REO≥99.9%,Pr6O11/REO≥99.5%', '产能由1,800 t/a增至3,000 t/a', '10 d'],
    ]),
], author='财务部')
label('财务/2025扩产预算_萃取分离车间技改.xlsx', 'controlled', ['1E902.b'], ['separation'], [], 'parameter-sheet', None, 'zh', False,
      'capex budget with a sheet giving the retrofit/commissioning plan for a PrNd extraction cascade; values as targets')

# C10 board minutes with GBD process decision (zh)
write_docx('董事会/第四届董事会第十二次会议纪要.docx', [
    ('h', '宁波华磁科技股份有限公司\n第四届董事会第十二次会议纪要', 0),
    ('p', '时间:2025年2月26日 14:00\n地点:公司三楼会议室(部分董事视频参会)\n应到董事9名,实到9名;监事会成员及高管列席。会议由董事长陈建国主持。'),
    ('h', '一、审议《2024年度经营报告》', 2),
    ('p', '2024年毛坯产量9,200吨,同比增长14%;出口占比31%。表决:9票同意,通过。'),
    ('h', '二、审议《关于晶界扩散产线全面推广的议案》', 2),
    ('p', '技术副总裁周涛汇报:试验线已稳定运行8个月,工艺定型如下——磁片厚度≤6 mm,表面喷涂TbH粉浆(Tb 0.45–0.55 wt%,乙醇为溶剂),干燥后入扩散炉,900℃保温10 h,真空度≤1×10⁻³ Pa,随后490℃回火4 h。较传统添加Dy方案,每吨节约重稀土约3.2 kg,HcJ提升≥640 kA/m,Br下降≤0.01 T。'),
    ('p', '周涛同时说明,扩散炉装炉量由600 kg提高到900 kg后,炉内温差需控制在±5℃以内,否则边角磁片矫顽力偏低。'),
    ('p', '独立董事张琳询问出口管制影响。董事会秘书答复:公司将按商务部公告2025年第61、62号做好技术资料管理,本议案所附工艺资料不得对外提供。'),
    ('p', '表决:9票同意,通过。同意投资1.8亿元建设6条扩散线。'),
    ('h', '三、审议《关于续聘会计师事务所的议案》', 2),
    ('p', '表决:9票同意,通过。'),
    ('p', '记录人:董事会办公室 吴倩'),
], author='吴倩', title='董事会会议纪要')
label('董事会/第四届董事会第十二次会议纪要.docx', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'other', None, 'zh', False,
      'board minutes; one item records finalized Tb grain-boundary-diffusion process parameters')

# C11 logistics mail with cell repair instructions (en, b)
write_eml('Logistics/RE Shipment of spare cathode assemblies - BL HKG250311.eml',
    'Frank Lin <frank.lin@beifang-metal.example.cn>', 'Ops Team Malaysia <ops@kuantan-re.example.my>',
    'RE: Shipment of spare cathode assemblies - B/L HKG250311 / rebuild notes', 'Fri, 14 Mar 2025 16:42:05 +0800',
    '''Hi Aziz,

The two crates (12 x Mo cathode assemblies, 40 graphite anode segments, 6 bags of LiF) left Huangpu on MV Kota Lestari, B/L HKG250311, ETA Kuantan 21 March. Commercial invoice and packing list are with your forwarder. HS 8545.11 for the anodes, 8108.90 for the Mo rods. No dangerous goods.

Since your people will do the rebuild of cells E-07 and E-11 without our engineer this time, here are the notes Mr. Wang asked me to pass on:

1. Cut power and let the bath freeze only to the crust; tap metal first, then bail out bath until about 150 mm above the crucible bottom.
2. Lift the worn anode segments in pairs, opposite sides, never one side only. Replace when remaining wall is under 25 mm.
3. New Mo cathode: preheat to 800 C above the cell for 20 min before lowering, else it cracks. Set pole distance back to 95 mm.
4. Restart: re-melt with 4 kA for 2 h, then raise 2 kA every 30 min up to 25 kA. Hold bath at 1040 +/-10 C; do not feed oxide until cell voltage is below 9.5 V.
5. Top up bath with REF3-LiF 88:12 to restore level; first 24 h feed rate 70 % of normal.
6. Log voltage every 15 min for the first shift and send us the sheet.

If the voltage stays above 10 V after 6 h, call me and we will dial in.

Best,
Frank
Beifang Rare Metals - Overseas Service & Logistics
''')
label('Logistics/RE Shipment of spare cathode assemblies - BL HKG250311.eml', 'controlled', ['1E902.b'], ['metal-smelting'], [], 'email', None, 'en', False,
      'logistics mail about spare parts that also gives cell rebuild, electrode replacement and restart procedure for RE electrolysis cells')

# C12 weekly market report with plant update (zh, PDF)
write_pdf('周报/稀土市场周报 2025第11周(销售公司内部).pdf', [
    ('h', '稀土市场周报 2025年第11周(3月10日–3月14日)'),
    ('small', '编制:集团销售公司市场研究部    内部资料'),
    ('h', '一、价格回顾', 2),
    ('t', [['品种', '本周均价', '周环比', '备注'],
           ['氧化镨钕', '44.6万元/吨', '+1.4%', '下游备货'],
           ['镨钕金属', '54.8万元/吨', '+1.1%', ''],
           ['氧化镝', '168万元/吨', '-0.6%', ''],
           ['氧化铽', '628万元/吨', '+0.3%', ''],
           ['氧化铈', '0.78万元/吨', '持平', '']]),
    ('p', '本周氧化镨钕成交活跃,磁材厂补库意愿增强;缅甸矿进口通关恢复,中重稀土价格整体平稳。'),
    ('h', '二、本公司生产动态(供销售口径答复客户)', 2),
    ('p', '针对近期客户反映氧化镨钕粒度偏细、灼减偏高问题,分离厂已调整沉淀及灼烧条件:草酸沉淀温度由45℃提高至65℃,草酸加入量为理论量的1.08倍,加料时间延长至40 min,陈化1.5 h;洗涤至Cl⁻<30 ppm后,隧道窑灼烧由900℃×2 h改为980℃×3 h。调整后D50由3.5 μm升至8–10 μm,灼减≤0.5%,TREO≥99.3%。销售人员可据此口径向客户说明,但请勿外发本页。'),
    ('h', '三、下周展望', 2),
    ('p', '预计氧化镨钕价格在44–46万元/吨区间运行;关注工信部指标下达节奏。'),
], title='稀土市场周报', author='市场研究部')
label('周报/稀土市场周报 2025第11周(销售公司内部).pdf', 'controlled', ['1E902.a'], ['separation'], [], 'process-spec', None, 'zh', False,
      'price weekly whose plant-update section gives oxalate precipitation and calcination conditions for PrNd oxide')

# C13 customer audit report with observed magnet process and furnace maintenance (en, a+b)
write_pdf('Audits/Process audit report VDA6.3 - Zhejiang magnet supplier 2025-02.pdf', [
    ('h', 'VDA 6.3 Process Audit Report'),
    ('small', 'Customer: Hellweg Antriebstechnik GmbH   Supplier: Zhejiang Yongci Magnet Co., Ltd.   Audit dates: 18-19 Feb 2025   Lead auditor: M. Brandt'),
    ('h', '1. Result', 2),
    ('p', 'Overall score 86 % (B). No A-findings. Process elements P5 (supplier management) 82 %, P6 (process analysis) 88 %, P7 (customer care) 90 %.'),
    ('h', '2. Observations on the production process (P6)', 2),
    ('t', [['Step', 'Observed setting (from control plan / HMI)', 'Assessment'],
           ['Strip casting', 'Pour 1465 °C, wheel 1.3 m/s, flake 0.28 mm', 'OK'],
           ['HD', 'H2 absorb 0.12 MPa 2 h, dehydrogenate 540 °C 5 h', 'OK'],
           ['Jet milling', 'N2 O2 < 40 ppm, classifier 4100 rpm, D50 3.1 µm', 'OK'],
           ['Pressing', 'Field 2.0 T, 0.6 t/cm², CIP 180 MPa', 'OK'],
           ['Sintering', '1055 °C x 6 h, vacuum 3e-3 Pa; temper 880 °C 3 h + 500 °C 4 h', 'OK'],
           ['Machining', 'multi-wire saw, 0.16 mm wire, 0.8 mm/min feed', 'Obs.: coolant conc. log gaps']]),
    ('h', '3. Maintenance of sintering furnaces', 2),
    ('p', 'The supplier\'s maintenance rule SF-MR-03 was reviewed: heating elements (Mo strip) inspected monthly; graphite insulation replaced every 900 cycles; helium leak test after each hot-zone opening, acceptance leak rate < 5e-3 Pa·L/s; after hot-zone repair, a bake-out at 1150 °C for 4 h empty and a dummy load with 20 witness samples must pass BH check before release. Records for furnaces SF-04 to SF-09 complete. Finding: SF-07 leak test after repair on 6 Jan not signed (minor).'),
    ('h', '4. Actions', 2),
    ('p', 'Supplier to submit 8D for the two minor findings by 31 March 2025.'),
], title='VDA 6.3 process audit', author='M. Brandt')
label('Audits/Process audit report VDA6.3 - Zhejiang magnet supplier 2025-02.pdf', 'controlled', ['1E902.a', '1E902.b'], ['magnet-manufacturing'], ['NdFeB'], 'process-spec', None, 'en', False,
      'customer audit report recording full sintered-magnet process settings and sintering-furnace maintenance/repair release rule')

# C14 trade-fair booth text on bastnasite flotation (mixed)
write_txt('展会/Booth script_Beneficiation services_展位讲解词.txt', '''展位讲解词 / Booth script — 国际矿业大会 Hall 3, Booth 3C-18
Speaker: 销售经理 Zhao Lei

[开场 Opening]
欢迎来到白云选矿技术服务展位!We provide turnkey beneficiation for bastnaesite and mixed bastnaesite–monazite ores, from lab test to plant operation.

[Key message 1 — why our recovery is higher]
Most plants lose fine REO in the slimes. Our flowsheet:
- Grind to 90 % passing 74 µm, desliming at 10 µm with 50 mm hydrocyclones.
- Rougher flotation at pH 9.0–9.5 (Na2CO3), pulp at 55–60 °C, sodium silicate 1.5 kg/t as gangue depressant, 羟肟酸 hydroxamic collector (H205 type) 0.9 kg/t, 2 cleaners + 1 scavenger.
- Low-intensity magnetic 0.1 T to remove magnetite, then high-gradient 1.2 T to split monazite.
Result at customer site: concentrate 62 % REO, recovery 78 % from 5.8 % head.

[Key message 2 — services]
实验室小型试验、半工业试验、设计、调试、代运营。

[Closing]
Please leave your business card; we send the brochure after the fair.
''')
label('展会/Booth script_Beneficiation services_展位讲解词.txt', 'controlled', ['1E902.a'], ['mining'], [], 'process-spec', None, 'mixed', False,
      'trade-fair booth script that states grind, desliming, flotation reagent regime and magnetic separation settings for bastnaesite')

# C15 GB18030 CSV tolling quote for sludge recycling with set points (zh)
write_csv('报价/油泥代加工报价_工艺参数.csv', [
    ['项目', '参数', '单位', '备注'],
    ['来料TREO', '≥25', '%', '低于25%另议'],
    ['加工费', '18500', '元/吨TREO', '含税'],
    ['回转窑焙烧温度', '780', '℃', ''],
    ['焙烧时间', '2', 'h', ''],
    ['优溶盐酸浓度', '6', 'mol/L', ''],
    ['优溶终点pH', '1.2', '', ''],
    ['优溶温度', '90', '℃', ''],
    ['液固比', '3.5', '', ''],
    ['除铁残渣Fe2O3', '≥85', '%', ''],
    ['萃取级数', '60', '级', 'P507'],
    ['沉淀剂', '碳酸氢铵', '', '沉淀pH 6.8'],
    ['灼烧', '920', '℃', '3 h'],
    ['稀土收率', '≥95', '%', '合同保证值'],
    ['交货期', '30', '天', '来料后'],
], enc='gb18030')
label('报价/油泥代加工报价_工艺参数.csv', 'controlled', ['1E902.a'], ['recycling'], [], 'parameter-sheet', None, 'zh', False,
      'GB18030 tolling quotation for magnet sludge listing roast, selective leach, SX and calcination set points')

# C16 marketing brochure for Sm metal with reduction-distillation route (en, PDF)
write_pdf('Marketing/Samarium metal and Dy-Fe alloy brochure 2025.pdf', [
    ('h', 'High-Purity Samarium Metal & Dysprosium-Iron Alloy'),
    ('p', 'Hunan Zhongxi Advanced Metals supplies samarium metal for SmCo magnet makers worldwide and Dy-Fe master alloy for NdFeB producers. 600 t/a Sm, 400 t/a Dy-Fe. ISO 9001.'),
    ('t', [['Product', 'Purity', 'Form', 'Packing'],
           ['Sm metal', 'Sm/TREM ≥ 99.9 %, TREM ≥ 99.5 %', 'lumps 5-50 mm', 'Ar-filled steel drum 50 kg'],
           ['Dy-Fe 80/20', 'Dy 80 ± 1 %', 'lumps', 'vacuum bag in drum']]),
    ('h', 'How we make it', 2),
    ('p', 'Our samarium is made by lanthanum reduction-distillation: Sm2O3 and La turnings (La excess 15 %) are briquetted at 20 MPa, loaded into a molybdenum-lined retort and heated to 1350 °C under 1e-2 Pa. Samarium vapour condenses on a water-cooled stainless collector held at 450-500 °C, giving dense crystalline deposits; cycle 10 h, yield 92 %. A second vacuum distillation at 1100 °C lowers Ca and Mg below 50 ppm.'),
    ('p', 'Dy-Fe is produced by molten-salt electrolysis in DyF3-LiF (90:10) at 1050 °C with consumable iron cathodes, anode current density 0.8 A/cm², tapped every 3 h.'),
    ('h', 'Contact', 2),
    ('p', 'sales@zhongxi-metals.example.com | +86 731 0000 0000'),
], title='Sm metal brochure', author='Marketing')
label('Marketing/Samarium metal and Dy-Fe alloy brochure 2025.pdf', 'controlled', ['1E902.a'], ['metal-smelting'], [], 'process-spec', None, 'en', False,
      'brochure whose how-we-make-it section gives La reduction-distillation and Dy-Fe electrolysis conditions')

# =====================================================================
# CLEAR (hard negatives)
# =====================================================================

write_pptx('Sales/Sintered NdFeB capability deck - Hannover Messe 2025.pptx', [
    {'title': 'Sintered NdFeB Magnets for e-Mobility & Industry', 'bullets': ['Zhejiang Ruici Magnetics', 'Hannover Messe 2025 — Hall 13, Stand C42']},
    {'title': 'Capacity & footprint', 'bullets': ['8,000 t/a sintered blanks, 5,500 t/a finished magnets', 'Advanced automated sintering lines and in-house machining & coating', 'Grain-boundary-diffused grades available for low-HRE motor designs', 'Plants in Ningbo and Baotou; warehouse in Frankfurt']},
    {'title': 'Grade overview (typical values)', 'table': [
        ['Grade', 'Br (T)', 'HcJ (kA/m)', '(BH)max (kJ/m³)', 'Max. temp.'],
        ['N52', '1.43–1.48', '≥876', '398–422', '60 °C'],
        ['N48SH', '1.37–1.42', '≥1592', '366–390', '150 °C'],
        ['N42UH', '1.28–1.33', '≥1990', '318–342', '180 °C'],
        ['N38EH', '1.22–1.28', '≥2388', '287–310', '200 °C'],
        ['N35AH', '1.17–1.23', '≥2786', '263–287', '230 °C']]},
    {'title': 'Coatings & quality', 'bullets': ['NiCuNi, Zn, epoxy, passivation; salt spray up to 720 h (epoxy)', '100 % flux check on automotive parts, PPAP level 3', 'IATF 16949, ISO 14001, ISO 45001']},
    {'title': 'Commercial', 'bullets': ['Prices indexed to monthly PrNd oxide average', 'DAP Frankfurt, 8–10 weeks', 'Contact: eu-sales@ruici.example.com']},
], author='Marketing', title='NdFeB capability deck')
label('Sales/Sintered NdFeB capability deck - Hannover Messe 2025.pptx', 'clear', [], [], [], 'other', None, 'en', True, 'sales deck with grades, capacity and generic sintering-line claims, no process values')

write_docx('报价/QT-OX-2025-021 氧化物报价.docx', [
    ('h', '稀土氧化物报价函', 0),
    ('p', '致:浙江东阳某磁业有限公司 采购部\n报价日期:2025年3月12日   编号:QT-OX-2025-021'),
    ('t', [['品名', '规格', '数量', '单价(万元/吨,含税)', '交货期'],
           ['氧化镨钕', 'TREO≥99%,Pr6O11/REO 25±1%', '20吨', '44.8', '3月底前'],
           ['氧化镝', 'Dy2O3/REO≥99.5%', '1吨', '169', '两周'],
           ['氧化铽', 'Tb4O7/REO≥99.99%', '200 kg', '632', '两周'],
           ['氧化镧', 'La2O3/REO≥99.99%', '50吨', '0.42', '现货']]),
    ('p', '说明:\n1. 产品执行GB/T 5240、GB/T 5239等国家标准,随货附质量证明书;\n2. 包装:内衬塑料袋、外套编织袋,每袋50 kg,吨包另议;\n3. 付款:款到发货;价格随市场波动,本报价有效期3天;\n4. 运输:汽运至贵司仓库,运费我司承担。'),
    ('p', '江西赣南稀土贸易有限公司 销售部 刘敏 0797-8xxxxxx'),
], author='刘敏', title='报价函')
label('报价/QT-OX-2025-021 氧化物报价.docx', 'clear', [], [], [], 'other', None, 'zh', True, 'oxide quotation with purities, prices and terms only')

write_xlsx('Purchasing/PO-4500218873 SmCo magnets.xlsx', [
    ('PO', [
        ['PURCHASE ORDER', '', '', '', '', ''],
        ['PO No.', '4500218873', '', 'Date', '2025-03-05', ''],
        ['Vendor', 'Ningbo Tianci Magnetics Co., Ltd.', '', 'Incoterm', 'FCA Ningbo', ''],
        ['Item', 'Part No.', 'Description', 'Qty', 'Unit price USD', 'Amount USD'],
        [10, 'MG-2217-0412', 'SmCo 2:17, grade YXG-30H, ring OD 22/ID 12/H 4 mm, axially magnetised', 5000, 3.85, '=D5*E5'],
        [20, 'MG-2217-0630', 'SmCo 2:17, grade YXG-32, block 30×6×3 mm, unmagnetised', 12000, 1.92, '=D6*E6'],
        [30, 'MG-15-0805', 'SmCo 1:5, grade YX-20, disc D8×5 mm', 3000, 0.88, '=D7*E7'],
        ['', '', '', '', 'Total', '=SUM(F5:F7)'],
        ['Requirements: Br/HcJ per drawing, certificate of conformity and BH curve per lot, RoHS/REACH declaration. Delivery 2025-04-20. Payment 60 days net.'],
    ])], author='Purchasing')
label('Purchasing/PO-4500218873 SmCo magnets.xlsx', 'clear', [], [], [], 'other', None, 'en', True, 'purchase order for SmCo 1:5 and 2:17 magnets, grades and quantities only')

write_pdf('报关/出口报关单_钕铁硼磁体_2025031400218.pdf', [
    ('h', '中华人民共和国海关出口货物报关单'),
    ('small', '预录入编号:3101202503140021 8   海关编号:310120250314002180   出口口岸:洋山港区   申报日期:2025-03-14'),
    ('t', [['境内发货人', '宁波华磁科技股份有限公司', '境外收货人', 'Hellweg Antriebstechnik GmbH'],
           ['运输方式', '水路运输', '提运单号', 'COSU6211873450'],
           ['贸易方式', '一般贸易', '成交方式', 'FOB'],
           ['运抵国', '德国', '指运港', '汉堡'],
           ['件数', '36', '包装种类', '木托'],
           ['毛重(千克)', '14,860', '净重(千克)', '13,920']]),
    ('t', [['项号', '商品编号', '商品名称及规格型号', '数量及单位', '单价/总价(美元)'],
           ['1', '8505111000', '烧结钕铁硼永磁体|已充磁|牌号48SH|镀环氧|电机用', '9,800 千克', '68.50 / 671,300.00'],
           ['2', '8505111000', '烧结钕铁硼永磁体|未充磁|牌号42UH|镀锌', '4,120 千克', '72.10 / 297,052.00']]),
    ('p', '随附单证:发票、装箱单、两用物项出口许可证(如适用)。申报单位:宁波港通报关有限公司  报关员:钱伟'),
], title='出口报关单', author='报关')
label('报关/出口报关单_钕铁硼磁体_2025031400218.pdf', 'clear', [], [], [], 'other', None, 'zh', True, 'customs export declaration for NdFeB magnets with HS code, grades, weights')

write_xlsx('周报/稀土价格周报_2025W10.xlsx', [
    ('价格', [
        ['品种', '规格', '3月3日', '3月4日', '3月5日', '3月6日', '3月7日', '周均', '周涨跌'],
        ['氧化镨钕', '≥99%', 43.6, 43.8, 44.0, 44.2, 44.3, '=AVERAGE(C2:G2)', '+1.6%'],
        ['镨钕金属', '≥99%', 53.8, 54.0, 54.2, 54.4, 54.5, '=AVERAGE(C3:G3)', '+1.3%'],
        ['氧化镝', '≥99.5%', 169, 169, 168, 168, 168, '=AVERAGE(C4:G4)', '-0.6%'],
        ['镝铁合金', 'Dy 80%', 165, 165, 164, 164, 164, '=AVERAGE(C5:G5)', '-0.6%'],
        ['氧化铽', '≥99.99%', 626, 627, 628, 628, 628, '=AVERAGE(C6:G6)', '+0.3%'],
        ['金属钐', '≥99.9%', 8.2, 8.2, 8.2, 8.2, 8.2, '=AVERAGE(C7:G7)', '0'],
        ['氧化铈', '≥99.95%', 0.78, 0.78, 0.78, 0.78, 0.78, '=AVERAGE(C8:G8)', '0'],
    ]),
    ('点评', [
        ['本周要点'],
        ['1. 磁材企业开工率回升至78%,镨钕需求偏强;'],
        ['2. 海外矿进口量环比增加12%,分离厂原料相对充足;'],
        ['3. 单位:万元/吨;数据来源:公开报价整理,仅供内部参考。'],
    ]),
], author='市场部')
label('周报/稀土价格周报_2025W10.xlsx', 'clear', [], [], [], 'other', None, 'zh', True, 'weekly price table and market commentary only')

write_txt('招聘/烧结工艺工程师-招聘启事.txt', '''【社会招聘】烧结工艺工程师 2名

公司简介:我司是一家专业生产高性能烧结钕铁硼永磁材料的国家级高新技术企业,年产毛坯6000吨,产品应用于新能源汽车、风力发电、变频空调等领域。

工作地点:包头市稀土高新区

岗位职责:
1. 负责烧结、回火工序的日常工艺管理和异常处理;
2. 参与新牌号导入及工艺文件的编制与更新;
3. 分析磁性能、密度等检测数据,推动良率提升;
4. 配合设备部做好真空烧结炉的点检与保养计划;
5. 完成上级交办的其他工作。

任职要求:
1. 材料科学、冶金、物理等相关专业本科及以上学历;
2. 2年以上烧结钕铁硼或粉末冶金行业工作经验,熟悉晶界扩散者优先;
3. 熟练使用Office、Minitab,具备基本的数据分析能力;
4. 吃苦耐劳,能适应倒班。

薪资福利:8k–15k/月,五险一金、年终奖、免费班车及食宿。
投递邮箱:hr@btxmag.example.cn(邮件标题请注明"应聘+姓名+岗位")
''')
label('招聘/烧结工艺工程师-招聘启事.txt', 'clear', [], [], [], 'other', None, 'zh', True, 'job advert for sintering process engineer, no process values')

write_pptx('IR/Capital Markets Day 2025 - Separation & Metals segment.pptx', [
    {'title': 'Capital Markets Day 2025 — 分离与金属板块 Separation & Metals', 'bullets': ['Shanghai, 20 March 2025']},
    {'title': '产能布局 Capacity footprint', 'table': [
        ['Site 基地', 'Separation 分离 (t REO)', 'Metals 金属 (t)', 'Status'],
        ['包头 Baotou', '20,000', '8,000', 'operating'],
        ['赣州 Ganzhou', '6,000', '2,500', 'operating'],
        ['四川 Leshan', '5,000', '—', 'ramp-up 2025H2']]},
    {'title': 'Strategy 战略', 'bullets': ['一体化:矿—分离—金属—磁材', 'Green transition: 液碱皂化 full roll-out, zero-liquid-discharge at all sites by 2026', 'R&D spend 3.1 % of revenue, 426 granted patents', 'Target 2027: 35,000 t REO separation']},
    {'title': 'Financials 财务', 'bullets': ['Segment revenue CNY 21.4 bn (+9 %)', 'EBITDA margin 14.2 %', 'Capex 2025–2027 CNY 4.5 bn']},
    {'title': 'Disclaimer', 'bullets': ['Forward-looking statements; not an offer of securities.']},
], author='IR', title='CMD 2025')
label('IR/Capital Markets Day 2025 - Separation & Metals segment.pptx', 'clear', [], [], [], 'other', None, 'mixed', True, 'investor deck with capacities, strategy and financials, no process parameters')

write_docx('Board/Minutes of Board Meeting 2025-01-22 (Ruici Magnetics Europe GmbH).docx', [
    ('h', 'Minutes of the Meeting of the Board of Directors', 0),
    ('p', 'Ruici Magnetics Europe GmbH — 22 January 2025, 10:00 CET, Frankfurt office and video link\nPresent: H. Zhang (Chair), A. Becker, L. Wang, S. Müller (Secretary)'),
    ('h', '1. Approval of previous minutes', 2), ('p', 'Approved unanimously.'),
    ('h', '2. Magnet line investment in Hungary', 2),
    ('p', 'The board reviewed the business case for a finishing plant (machining, coating, magnetising) in Győr with capacity of 1,200 t/a, total investment EUR 38 million, start of production Q2 2026. Blanks will be sourced from the parent company. Approved, subject to parent company consent.'),
    ('h', '3. Export control', 2),
    ('p', 'L. Wang briefed the board on MOFCOM Announcements No. 61 and 62 of 2025, which subject rare-earth mining, separation, smelting, magnet manufacturing and recycling technology (control code 1E902) to licensing. The board noted that the Győr plant will not receive sintering know-how; any technical assistance from the parent company will be screened by the compliance team before transfer. Legal counsel to prepare a technology-transfer screening procedure by March.'),
    ('h', '4. Any other business', 2), ('p', 'None. The meeting closed at 11:40.'),
], author='S. Müller', title='Board minutes')
label('Board/Minutes of Board Meeting 2025-01-22 (Ruici Magnetics Europe GmbH).docx', 'clear', [], [], [], 'other', None, 'en', True, 'board minutes on investment and export-control compliance quoting the regulation, no know-how')

write_xlsx('SQ/SAQ_Cobalt-Nickel refinery_Kolwezi_completed.xlsx', [
    ('Process', [
        ['Supplier Assessment Questionnaire — Process section', ''],
        ['Site', 'Kolwezi Co/Ni hydrometallurgical refinery'],
        ['Feed', 'Cu-Co concentrate and mixed hydroxide precipitate'],
        ['Leach', 'H2SO4 atmospheric leach 70 °C, SO2 reductant, pH 1.8'],
        ['Impurity removal', 'Fe/Al precipitation with limestone at pH 4.5, 65 °C'],
        ['Solvent extraction', 'D2EHPA 20 % v/v for Zn/Mn removal, 4 extraction + 3 strip stages, O/A 1.5; Cyanex 272 for Co/Ni separation, 55 % saponified with NaOH, pH 5.4, 5 + 4 stages'],
        ['Products', 'Cobalt sulfate heptahydrate 20.5 % Co, nickel sulfate 22 % Ni'],
        ['Capacity', '15,000 t/a Co contained'],
        ['Certifications', 'ISO 9001, RMI RMAP conformant'],
    ])], author='Procurement')
label('SQ/SAQ_Cobalt-Nickel refinery_Kolwezi_completed.xlsx', 'clear', [], [], [], 'parameter-sheet', None, 'en', True, 'Co/Ni solvent-extraction parameters (D2EHPA, Cyanex 272) - other material, not rare earth')

write_eml('Logistics/Tb metal shipment 2x50kg - booking confirmation.eml',
    'Grace Wu <grace.wu@ganrare-trading.example.cn>', 'Logistics <logistics@magnetwerk.example.de>',
    'Booking confirmation: terbium metal 100 kg, AWB 784-22318451', 'Wed, 05 Mar 2025 09:12:40 +0800',
    '''Dear Mr. Schulz,

Please find the shipping details for your order SO-25-0219:

Goods: terbium metal, Tb/TREM >= 99.99 %, lumps
Quantity: 2 drums x 50 kg net, argon-filled, sealed steel drums in wooden crate
Gross weight: 128 kg
Flight: CA 931 PVG-FRA on 10 March, AWB 784-22318451
Incoterm: CIP Frankfurt airport
Documents: commercial invoice, packing list, certificate of analysis, dual-use export licence No. on invoice

Not classified as dangerous goods (massive metal, non-pyrophoric form). Please make sure the drums are stored dry and opened under inert gas.

Kind regards,
Grace Wu
Export Logistics, Ganzhou Rare Earth Trading
''')
label('Logistics/Tb metal shipment 2x50kg - booking confirmation.eml', 'clear', [], [], [], 'email', None, 'en', True, 'logistics email for terbium metal shipment; packaging and documents only')

write_txt('Trade fair/booth_text_ferrite_alnico_Magnetics2025.txt', '''MAGNETICS 2025 — Booth 412 — Text for wall panels and handout

Panel 1: Hard ferrite, made right
Our strontium ferrite segments are wet-pressed in a 1.0 T field from SrFe12O19 slurry (65 % solids), sintered in a roller kiln at 1230 °C for 2 h, and ground to ±0.05 mm. Grades Y30BH to Y40, Br up to 0.45 T. Ideal for DC motors and loudspeakers where cost matters more than size.

Panel 2: Cast AlNiCo 5 and 8
Alloy melted in induction furnace, sand or investment cast, solution treated at 1250 °C, cooled in a magnetic field, and aged at 600 °C. Stable up to 500 °C. Sensors, guitar pickups, instruments.

Panel 3: Why not rare earth?
No price volatility, no export licence, and a mature supply chain on three continents.

Visit us at booth 412 or write to info@hardmag.example.com
''')
label('Trade fair/booth_text_ferrite_alnico_Magnetics2025.txt', 'clear', [], [], [], 'process-spec', None, 'en', True, 'booth text with ferrite and AlNiCo process details - non-rare-earth magnets')

write_docx('招标/风电项目永磁直驱发电机磁钢采购招标文件.docx', [
    ('h', '第四章 采购需求', 1),
    ('p', '项目:某风电整机厂6.X MW永磁直驱发电机磁钢年度框架采购\n招标编号:FD-CG-2025-013'),
    ('t', [['包号', '物料', '牌号', '年需求量', '最高限价'],
           ['1', '烧结钕铁硼磁钢 块状', '42SH', '900吨', '另册'],
           ['2', '烧结钕铁硼磁钢 块状(晶界扩散)', '45UH', '300吨', '另册']]),
    ('p', '技术要求:\n1. 磁性能满足GB/T 13560-2017相应牌号要求,提供第三方检测报告;\n2. 尺寸公差±0.05 mm,倒角0.2×45°;\n3. 表面防护:阴极电泳环氧,中性盐雾≥720 h,PCT 120℃/96 h无起泡;\n4. 一致性:同批次Br极差≤0.02 T;\n5. 投标人须具备年产3000吨以上烧结钕铁硼生产能力及先进的全自动烧结产线,近三年风电业绩不少于500吨。'),
    ('p', '商务要求:交货地点为招标人江苏盐城工厂;付款方式为到货验收合格后90日;质保期5年。'),
], author='招标中心', title='采购需求')
label('招标/风电项目永磁直驱发电机磁钢采购招标文件.docx', 'clear', [], [], [], 'other', None, 'zh', True, 'magnet procurement tender with grades, tolerances and coating requirements only')

write_docx('Audits/QMS audit report - Baotou magnet supplier Jan2025.docx', [
    ('h', 'Supplier QMS Audit Report', 0),
    ('p', 'Customer: Nordlys Compressors A/S   Supplier: Baotou Xinfeng Magnetic Materials   Date: 14 Jan 2025   Auditor: J. Sørensen'),
    ('h', 'Scope', 2), ('p', 'Quality management system per ISO 9001:2015 clauses 7–10 for sintered NdFeB rotor magnets (grade 38M-Ce and N42SH).'),
    ('h', 'Findings', 2),
    ('t', [['#', 'Clause', 'Finding', 'Class'],
           ['1', '7.1.5', 'Two Helmholtz coils overdue for calibration by 3 weeks', 'Minor'],
           ['2', '7.5', 'Control plan revision not updated in shop-floor terminal', 'Minor'],
           ['3', '8.7', 'Nonconforming coated parts not segregated in red area', 'Minor'],
           ['4', '10.2', '8D for customer complaint CC-24-118 closed without effectiveness check', 'Observation']]),
    ('h', 'Conclusion', 2), ('p', 'Supplier approved with conditions. Corrective action plan due in 30 days. Next audit in 12 months. Process parameters were not reviewed in this audit.'),
], author='J. Sorensen', title='QMS audit')
label('Audits/QMS audit report - Baotou magnet supplier Jan2025.docx', 'clear', [], [], [], 'other', None, 'en', True, 'QMS audit of a Ce-magnet supplier with system findings only')

write_pdf('Marketing/高丰度稀土永磁产品手册2025.pdf', [
    ('h', '高丰度稀土永磁 · 绿色低成本之选'),
    ('p', '包头鑫丰磁材依托白云鄂博丰富的镧铈资源,推出含铈烧结钕铁硼系列产品,在保证性能的同时显著降低镨钕用量,帮助客户应对原材料价格波动。'),
    ('t', [['牌号', 'Br (T)', 'HcJ (kA/m)', '(BH)max (kJ/m³)', 'Ce/TRE', '推荐应用'],
           ['35M-Ce', '1.17–1.22', '≥1114', '263–287', '20%', '变频压缩机'],
           ['38M-Ce', '1.22–1.26', '≥1050', '287–303', '25%', '电动两轮车电机'],
           ['33H-Ce', '1.13–1.18', '≥1353', '247–271', '30%', '扬声器、传感器']]),
    ('p', '核心优势:先进的双主相技术与全自动生产线;年产能1800吨;通过IATF 16949认证;可提供镀锌、镍铜镍、环氧等多种表面处理。'),
    ('p', '联系我们:0472-xxxxxxx  sales@xfmag.example.cn'),
], title='高丰度稀土永磁产品手册', author='市场部')
label('Marketing/高丰度稀土永磁产品手册2025.pdf', 'clear', [], [], [], 'other', None, 'zh', True, 'brochure of Ce-containing magnet grades with properties only, generic technology claims')

write_csv('Finance/capex_budget_LiB_recycling_phase2.csv', [
    ['Line item', 'Description', 'CAPEX EUR k', 'Year'],
    ['Shredding', 'Discharge, inert shredding, 10 kt/a battery packs', '6200', '2025'],
    ['Black mass leach', 'H2SO4/H2O2 leach reactors, 4 x 40 m3', '3800', '2025'],
    ['SX Co/Ni/Mn', 'Cyanex 272 and D2EHPA mixer-settlers, 24 stages', '5400', '2026'],
    ['Li recovery', 'Li2CO3 crystallisation', '2900', '2026'],
    ['Utilities', 'Wastewater, HVAC', '2100', '2025'],
    ['Engineering & commissioning', 'EPCM', '1850', '2025-26'],
    ['Contingency', '10 %', '2225', ''],
    ['Total', '', '24475', ''],
], enc='utf-8')
label('Finance/capex_budget_LiB_recycling_phase2.csv', 'clear', [], [], [], 'parameter-sheet', None, 'en', True, 'capex budget for lithium-ion battery recycling - other material')

write_eml('销售/抛光粉订单跟进.eml',
    '周强 <zhouqiang@jxpolish.example.cn>', '采购 陈小姐 <chen@optic-glass.example.com.tw>',
    '回复:铈基抛光粉3月订单及价格', 'Thu, 13 Mar 2025 15:20:11 +0800',
    '''陈小姐您好:

贵司3月订单已确认:
1. 稀土抛光粉 CeO2≥60%(型号JX-P60),D50 1.2 μm,8吨,单价3.1万元/吨;
2. 高铈抛光粉 CeO2≥99%(型号JX-P99),D50 0.8 μm,2吨,单价5.6万元/吨。

包装为20 kg纸桶,预计3月20日发货,海运至基隆,CIF价格另附。
另外贵司问到的废抛光粉回收,我司目前不提供该服务,可介绍合作方联系。

祝商祺!
周强
江西某稀土抛光材料有限公司 销售部
''')
label('销售/抛光粉订单跟进.eml', 'clear', [], [], [], 'email', None, 'zh', True, 'sales email on ceria polishing powder order, prices and shipping only')

# =====================================================================
# EXCLUDED
# =====================================================================

write_pdf('PR/Press release - Tb diffusion paper published.pdf', [
    ('h', 'PRESS RELEASE — For immediate release'),
    ('small', 'Ningbo, 3 March 2025'),
    ('h', 'Huaci Technology researchers publish low-terbium grain-boundary diffusion results in Journal of Magnetism and Magnetic Materials', 2),
    ('p', 'A paper co-authored by Huaci Technology and Zhejiang University, "Efficient Tb utilisation in grain-boundary-diffused Nd-Fe-B sintered magnets", appeared in Journal of Magnetism and Magnetic Materials, Vol. 612 (2025), article 172581, doi:10.1016/j.jmmm.2025.172581 (received 2 Oct 2024, accepted 17 Jan 2025).'),
    ('p', 'As reported in the paper, 5 mm magnets coated with 0.5 wt% TbH2 and diffused at 900 °C for 10 h followed by annealing at 490 °C for 4 h gained 720 kA/m in coercivity with a remanence loss of only 0.01 T. The published figures show that Tb consumption is about 40 % lower than for conventional Dy addition.'),
    ('p', '"Publishing our results helps the whole industry reduce heavy rare earth use," said CTO Zhou Tao.'),
    ('p', 'Media contact: pr@huaci.example.cn'),
], title='Press release', author='PR')
label('PR/Press release - Tb diffusion paper published.pdf', 'excluded', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'other', 'public-domain', 'en', False,
      'published press release repeating diffusion figures from a published journal article (DOI, dates given)')

write_pdf('标准/XB-T 稀土熔盐电解 镨钕金属 工艺参数表 摘录.pdf', [
    ('h', 'XB/T 6xx—2023  氟化物体系熔盐电解制备镨钕金属 技术规范(摘录)'),
    ('small', '中华人民共和国工业和信息化部 2023-12-20 发布   2024-07-01 实施   中华人民共和国稀土行业标准'),
    ('h', '5 工艺条件', 2),
    ('p', '5.1 电解质体系为(Pr,Nd)F3–LiF,其中LiF质量分数宜为10%–14%。\n5.2 电解工艺参数应符合表2的规定。'),
    ('t', [['项目', '单位', '指标'],
           ['电解温度', '℃', '1020–1060'],
           ['阳极电流密度', 'A/cm²', '0.6–1.0'],
           ['阴极电流密度', 'A/cm²', '5–8'],
           ['氧化物浓度', '%', '1.5–3.5'],
           ['电流效率', '%', '≥80'],
           ['吨金属直流电耗', 'kWh/t', '≤8500']]),
    ('small', '表2 电解工艺参数。本摘录由销售部整理供客户参考,全文见标准出版社发行的正式文本。'),
], title='XB/T 摘录', author='')
label('标准/XB-T 稀土熔盐电解 镨钕金属 工艺参数表 摘录.pdf', 'excluded', ['1E902.a'], ['metal-smelting'], [], 'parameter-sheet', 'public-domain', 'zh', False,
      'excerpt of a published rare-earth industry standard table of electrolysis parameters')

write_docx('专利/一种2-17型钐钴磁体的时效处理方法_申请文件初稿.docx', [
    ('h', '权 利 要 求 书', 1),
    ('p', '1. 一种2:17型钐钴永磁体的时效处理方法,其特征在于,包括以下步骤:(a)将固溶处理后的烧结坯在820–850℃等温时效10–16 h;(b)以0.5–1.0℃/min的速率冷却至400℃;(c)在400℃保温5–12 h后快冷至室温。'),
    ('p', '2. 根据权利要求1所述的方法,其特征在于,所述烧结坯成分按质量百分比为Sm 24–26%,Fe 14–18%,Cu 5–7%,Zr 2–3%,余量为Co。'),
    ('p', '3. 根据权利要求1所述的方法,其特征在于,步骤(b)中冷却速率波动不超过±0.05℃/min。'),
    ('h', '说 明 书', 1),
    ('p', '技术领域\n本发明涉及稀土永磁材料领域,具体涉及一种2:17型钐钴磁体的时效处理方法。'),
    ('p', '背景技术\n2:17型钐钴磁体具有优异的温度稳定性,广泛用于航空航天……现有时效工艺矫顽力离散大。'),
    ('p', '具体实施方式\n实施例1:按Sm 25.5%、Fe 16.5%、Cu 5.8%、Zr 2.6%、Co余量配料,经熔炼、制粉、成型后于1215℃烧结1 h,1185℃固溶3 h后风冷;830℃时效14 h,0.7℃/min冷至400℃保温10 h,测得HcJ 2150 kA/m,Br 1.10 T。'),
    ('h', '说 明 书 摘 要', 1),
    ('p', '本发明公开了一种2:17型钐钴磁体的时效处理方法……矫顽力一致性显著提高。'),
    ('p', '【代理人备注】申请人:宁波天赐磁业有限公司;拟申请类型:发明专利;请发明人于3月25日前确认实施例数据。'),
], author='专利代理', title='专利申请文件初稿')
label('专利/一种2-17型钐钴磁体的时效处理方法_申请文件初稿.docx', 'excluded', ['1E902.a'], ['magnet-manufacturing'], ['SmCo'], 'process-spec', 'patent-filing', 'zh', False,
      'draft invention patent application (claims, description, abstract) on 2:17 SmCo ageing')

write_eml('Legal/PCT filing instructions - magnet sludge recovery.eml',
    'Dr. Lin Yu <linyu@huanyuan-recyc.example.cn>', 'Patent Attorney <k.oconnor@ipfirm.example.com>',
    'Instructions for PCT filing claiming priority of CN 2024 1 0xxxxx.X', 'Mon, 10 Mar 2025 11:05:00 +0800',
    '''Dear Ms. O'Connor,

Please prepare the PCT application claiming priority from our Chinese application CN 2024 1 0xxxxx.X (filed 18 March 2024). Deadline for filing is 18 March 2025.

Designations: EP, US, JP, KR, VN. Applicant: Jiangxi Huanyuan Resource Recycling Co., Ltd.

Please keep the claims as in the Chinese application, i.e. independent claim 1: a method for recovering rare earths from NdFeB grinding sludge comprising oxidising roasting at 700-850 C for 1.5-3 h, selective leaching with hydrochloric acid at pH 1.0-1.8 and 80-95 C, and precipitation of rare earth oxalate; dependent claims on liquid/solid ratio 2.5-4 and recovery >= 95 %. The English translation of the description and the example (780 C, 2 h, pH 1.2, 90 C, recovery 96.2 %) is attached to our previous mail.

Please also correct the inventor list (add Mr. Chen Ming).

Best regards,
Lin Yu
IP Manager
''')
label('Legal/PCT filing instructions - magnet sludge recovery.eml', 'excluded', ['1E902.a'], ['recycling'], [], 'email', 'patent-filing', 'en', False,
      'instructions to patent attorney for a PCT filing, restating claims on sludge recovery')

write_docx('研发合作/稀土氟化物熔盐结构基础研究 合作计划书.docx', [
    ('h', '校企合作基础研究计划书', 0),
    ('p', '课题名称:REF3–LiF熔盐中稀土配位结构与氧化物溶解热力学研究\n合作单位:某大学冶金与生态工程学院 / 集团研究院\n周期:2025.04–2027.03   经费:120万元(企业资助,成果公开发表)'),
    ('h', '一、研究目标', 2),
    ('p', '阐明NdF3–LiF及PrF3–LiF熔体中Nd³⁺/Pr³⁺的局域配位结构(配位数、Nd–F键长)随LiF含量与温度的变化规律,测定Nd2O3在熔体中的溶解度及溶解焓,建立氧氟络合离子形成的热力学模型。'),
    ('h', '二、研究内容与方法', 2),
    ('li', ['高温原位拉曼光谱与高温X射线吸收精细结构(EXAFS)测定熔体结构;', '第一性原理分子动力学(AIMD)计算配位结构与扩散系数;', '等温饱和法结合氧分析测定氧化物溶解度;', '建立Nd–O–F物种分布的热力学模型。']),
    ('h', '三、预期成果', 2),
    ('p', '发表SCI论文3–4篇,培养博士研究生2名。本项目不涉及电解槽设计及生产工艺参数优化。'),
], author='研究院', title='合作计划书')
label('研发合作/稀土氟化物熔盐结构基础研究 合作计划书.docx', 'excluded', ['1E902.a'], ['metal-smelting'], [], 'other', 'basic-research', 'zh', False,
      'university-industry basic research plan on fluoride melt structure and oxide solubility, no production know-how')

# ---------------------------------------------------------------------
with open(os.path.join(BASE, 'labels.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
    for l in LABELS:
        f.write(json.dumps(l, ensure_ascii=False) + '\n')
print(len(LABELS), 'documents')
