#!/usr/bin/env python3
"""Generator for batch l. Run with /work/main/.venv/bin/python make.py"""
import os, io, json, csv, zipfile, datetime, random, math, shutil
from email.header import Header
from fpdf import FPDF
import docx
from docx.shared import Pt
from docx.oxml.ns import qn
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'files')
FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
FIXED = datetime.datetime(2025, 11, 18, 9, 30, 0, tzinfo=datetime.timezone.utc)
LABELS = []

def label(file, verdict, codes, cats, mt, carrier, lang, hard, note, excl=None):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mt, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=hard, note=note))

def p(name):
    return os.path.join(OUT, name)

# ---------------------------------------------------------------- zip normaliser
def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in items:
            if n == 'docProps/core.xml':
                import re
                d = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2025-11-18T09:30:00Z\g<3>', d)
            zi = zipfile.ZipInfo(n, date_time=(2025, 11, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, d)

# ---------------------------------------------------------------- PDF helpers
class PDF(FPDF):
    def normalize_text(self, text):
        # the wqy glyph for U+2103 renders blank; plot as degree sign + C like most CAD exports
        return super().normalize_text(text.replace('℃', '°C'))

def new_pdf(orient='L'):
    pdf = PDF(orientation=orient, unit='mm', format='A4')
    pdf.set_creation_date(FIXED)
    pdf.set_producer('PDF writer')
    pdf.set_creator('CAD plot')
    pdf.add_font('cjk', '', FONT)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font('cjk', size=8)
    return pdf

def arrow(pdf, x, y, dx, dy):
    L = math.hypot(dx, dy) or 1
    ux, uy = dx / L, dy / L
    a = 2.2
    for s in (1, -1):
        px = x - ux * a + (-uy) * a * 0.35 * s
        py = y - uy * a + ux * a * 0.35 * s
        pdf.line(x, y, px, py)

def dim(pdf, x1, y1, x2, y2, txt, off=6):
    pdf.set_line_width(0.15)
    if abs(y1 - y2) < 1e-6:  # horizontal
        yy = y1 - off
        pdf.line(x1, y1, x1, yy - 1.5); pdf.line(x2, y2, x2, yy - 1.5)
        pdf.line(x1, yy, x2, yy); arrow(pdf, x1, yy, -1, 0); arrow(pdf, x2, yy, 1, 0)
        pdf.set_xy((x1 + x2) / 2 - 20, yy - 4.2); pdf.cell(40, 3.5, txt, align='C')
    else:
        xx = x1 + off
        pdf.line(x1, y1, xx + 1.5, y1); pdf.line(x2, y2, xx + 1.5, y2)
        pdf.line(xx, y1, xx, y2); arrow(pdf, xx, y1, 0, -1); arrow(pdf, xx, y2, 0, 1)
        pdf.set_xy(xx + 1, (y1 + y2) / 2 - 1.8); pdf.cell(30, 3.5, txt)

def drawing(fname, tb, shapes, notes, notes_title='NOTES', extra=None, sheet2=None):
    """tb: list of (label, value) for title block; shapes: primitives; notes: list of str"""
    pdf = new_pdf('L')
    def frame():
        pdf.set_line_width(0.5); pdf.rect(8, 8, 281, 194)
        pdf.set_line_width(0.2)
        # zone marks
        for i in range(1, 7):
            x = 8 + (i - 0.5) * 281 / 6
            pdf.set_xy(x - 2, 4); pdf.set_font('cjk', size=6); pdf.cell(4, 3, str(i), align='C')
        pdf.set_font('cjk', size=8)
    frame()
    # title block bottom-right 110 x (rows*5.5)
    x0, w = 179, 110
    rows = len(tb)
    h = rows * 5.2
    y0 = 202 - h
    pdf.set_line_width(0.35); pdf.rect(x0, y0, w, h)
    pdf.set_line_width(0.15)
    for i, (k, v) in enumerate(tb):
        y = y0 + i * 5.2
        if i: pdf.line(x0, y, x0 + w, y)
        pdf.line(x0 + 30, y, x0 + 30, y + 5.2)
        pdf.set_xy(x0 + 1, y + 0.8); pdf.set_font('cjk', size=6.5); pdf.cell(28, 3.6, k)
        pdf.set_xy(x0 + 31, y + 0.8); pdf.set_font('cjk', size=7.5); pdf.cell(78, 3.6, v)
    pdf.set_font('cjk', size=8)
    # shapes
    pdf.set_line_width(0.35)
    for s in shapes:
        t = s[0]
        if t == 'rect': pdf.set_line_width(0.35); pdf.rect(*s[1:5])
        elif t == 'circle':
            pdf.set_line_width(0.35); x, y, r = s[1:4]; pdf.ellipse(x - r, y - r, 2 * r, 2 * r)
        elif t == 'line': pdf.set_line_width(0.35); pdf.line(*s[1:5])
        elif t == 'cl':
            pdf.set_line_width(0.12); pdf.set_dash_pattern(dash=4, gap=1.2)
            pdf.line(*s[1:5]); pdf.set_dash_pattern()
        elif t == 'hid':
            pdf.set_line_width(0.18); pdf.set_dash_pattern(dash=1.5, gap=1)
            pdf.line(*s[1:5]); pdf.set_dash_pattern()
        elif t == 'dim': dim(pdf, *s[1:])
        elif t == 'text':
            pdf.set_font('cjk', size=s[4] if len(s) > 4 else 8)
            pdf.set_xy(s[1], s[2]); pdf.cell(60, 4, s[3]); pdf.set_font('cjk', size=8)
    # notes area: left of title block, bottom-left
    nx, ny, nw = 12, 128, 163
    if extra == 'right':
        nx, ny, nw = 179, 12, 106
    pdf.set_xy(nx, ny); pdf.set_font('cjk', size=8.5); pdf.cell(nw, 5, notes_title)
    pdf.set_font('cjk', size=7.2)
    pdf.set_xy(nx, ny + 5)
    for n in notes:
        pdf.set_x(nx); pdf.multi_cell(nw, 3.7, n)
    if sheet2:
        pdf.add_page(); frame(); sheet2(pdf)
    pdf.output(p(fname))

def text_pdf(fname, title, meta, sections, orient='P'):
    pdf = new_pdf(orient)
    pdf.set_auto_page_break(True, 15)
    pdf.set_margins(18, 16, 18)
    pdf.set_font('cjk', size=14); pdf.set_xy(18, 16)
    pdf.multi_cell(0, 7, title, align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
    pdf.set_font('cjk', size=8.5)
    for k, v in meta:
        pdf.cell(38, 5, k, border=1); pdf.cell(0, 5, v, border=1, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(3)
    for head, body in sections:
        pdf.set_font('cjk', size=11); pdf.multi_cell(0, 6, head, new_x='LMARGIN', new_y='NEXT'); pdf.set_font('cjk', size=9)
        for b in body:
            if isinstance(b, list):  # table
                cw = (pdf.w - 36) / len(b[0])
                for ri, row in enumerate(b):
                    pdf.set_font('cjk', size=8.5 if ri else 8.5)
                    for c in row:
                        pdf.cell(cw, 5.5, str(c), border=1, align='C')
                    pdf.ln(5.5)
                pdf.ln(1)
            else:
                pdf.multi_cell(0, 5, b, new_x='LMARGIN', new_y='NEXT'); pdf.ln(0.8)
        pdf.ln(1.5)
    pdf.output(p(fname))

# ---------------------------------------------------------------- DOCX helper
def make_docx(fname, title, meta, sections, author='user'):
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    cp = d.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None); cp.revision = 3
    d.add_heading(title, level=1)
    if meta:
        t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
        for k, v in meta:
            r = t.add_row().cells; r[0].text = k; r[1].text = v
    for head, body in sections:
        d.add_heading(head, level=2)
        for b in body:
            if isinstance(b, list):
                t = d.add_table(rows=0, cols=len(b[0])); t.style = 'Table Grid'
                for row in b:
                    cells = t.add_row().cells
                    for i, c in enumerate(row): cells[i].text = str(c)
            elif b.startswith('- '):
                d.add_paragraph(b[2:], style='List Bullet')
            else:
                d.add_paragraph(b)
    d.save(p(fname)); normalize_zip(p(fname))

# ---------------------------------------------------------------- XLSX helper
def make_xlsx(fname, sheets, author='user'):
    wb = openpyxl.Workbook()
    wb.properties.creator = author; wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED.replace(tzinfo=None); wb.properties.modified = FIXED.replace(tzinfo=None)
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows: ws.append(r)
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 13
    wb.save(p(fname)); normalize_zip(p(fname))

# ---------------------------------------------------------------- EML helper
def make_eml(fname, frm, to, subj, date, body, cc=None, attach_note=None, msgid=None):
    def enc(s):
        try:
            s.encode('ascii'); return s
        except UnicodeEncodeError:
            return Header(s, 'utf-8').encode()
    lines = [f'From: {enc(frm)}', f'To: {enc(to)}']
    if cc: lines.append(f'Cc: {enc(cc)}')
    lines += [f'Subject: {enc(subj)}', f'Date: {date}',
              f'Message-ID: <{msgid or fname.replace(" ", "").encode("utf-8").hex()[:24]}@mail.local>',
              'MIME-Version: 1.0', 'Content-Type: text/plain; charset="utf-8"',
              'Content-Transfer-Encoding: 8bit', '', body.strip('\n'), '']
    with open(p(fname), 'w', encoding='utf-8', newline='\r\n') as f:
        f.write('\n'.join(lines))

def write_text(fname, text, encoding='utf-8', newline='\n'):
    with open(p(fname), 'w', encoding=encoding, newline=newline) as f:
        f.write(text.lstrip('\n'))

def write_csv(fname, rows, encoding='utf-8', pre=None):
    with open(p(fname), 'w', encoding=encoding, newline='') as f:
        if pre:
            for l in pre: f.write(l + '\r\n')
        w = csv.writer(f); w.writerows(rows)

# =============================================================== DRAWINGS
def drawings():
    # D1 mixer-settler stage (separation, a, en)
    sh = [('rect', 20, 30, 40, 60), ('rect', 60, 30, 100, 60), ('line', 60, 42, 160, 42),
          ('circle', 40, 60, 12), ('cl', 40, 22, 40, 98), ('line', 40, 20, 40, 52),
          ('rect', 36, 14, 8, 6), ('line', 30, 56, 50, 56), ('line', 30, 64, 50, 64),
          ('hid', 60, 78, 160, 78), ('rect', 140, 82, 12, 8), ('rect', 148, 30, 12, 6),
          ('dim', 20, 30, 60, 30, '800', 8), ('dim', 60, 30, 160, 30, '2000', 8),
          ('dim', 160, 30, 160, 90, '1200', 6), ('text', 62, 35, 'ORGANIC WEIR EL+1080'),
          ('text', 62, 80, 'AQ. UNDERFLOW (HEAVY PHASE) EL+310'), ('text', 24, 92, 'MIXER'),
          ('text', 100, 92, 'SETTLER'), ('text', 22, 100, 'SECTION A-A   1:20')]
    notes = [
        '1. Stage body for extraction line 3 (Pr/Nd split, 92 stages total): stages 1-58 extraction, 59-80 scrubbing, 81-92 stripping. Same body for all sections; only weir insert WI-3 differs (see table).',
        '2. Organic phase: HEH/EHP (P507) 1.5 mol/L in sulfonated kerosene, saponified 36% with NH4OH (ammonia-free line: NaOH 10.8 mol/L) before stage 1. Flow O/A extraction 1 : 0.31, scrub acid 3.2 mol/L HCl, strip acid 5.5 mol/L HCl.',
        '3. Feed: mixed LaCePrNd chloride 1.45 mol/L REO enters stage 58, pH 3.0-3.5. Target raffinate Nd2O3/TREO < 0.05%, strip liquor Nd2O3/TREO > 99.5%.',
        '4. Mixer residence time 3.5-4.0 min at design throughput 1.8 m3/h total; pump-mix impeller tip speed 3.0-3.4 m/s, keep organic continuous (O/A internal recycle 1.2:1).',
        '5. Settler specific flow 4.5 m3/(m2.h); entrainment limit 300 ppm aq-in-org. Picket fence PF-2 at 350 mm from mixer wall.',
        '6. Material: PP-H 20 mm welded, FRP outer wrap 6 mm; impeller PVDF; shaft SS316L PVDF-sleeved. Hydrotest 24 h full of water, no weeping.',
        '7. General tolerances ISO 2768-mL; weir heights +/-1 mm (critical for interface control).']
    tb = [('COMPANY', 'Ganzhou Xinlian Process Engineering'), ('TITLE', 'MIXER-SETTLER STAGE BODY 1.2 m3'),
          ('PROJECT', 'SX LINE 3 - Pr/Nd CASCADE'), ('DWG NO.', 'SX-MS-1200-03   REV C'),
          ('MATERIAL', 'PP-H / FRP wrap, PVDF impeller'), ('SCALE', '1:20'), ('SHEET', '1 / 1'),
          ('DRAWN / CHECKED', 'Liu Y. / Wen H.'), ('DATE', '2025-09-22'), ('TOL. UNLESS STATED', 'ISO 2768-mL')]
    drawing('SX-MS-1200-03_RevC.pdf', tb, sh, notes)
    label('SX-MS-1200-03_RevC.pdf', 'controlled', ['1E902.a'], ['separation'], [], 'drawing', 'en', False,
          'Mixer-settler drawing whose notes give P507 cascade stage counts, O/A, acids, feed and purity targets')

    # D2 RE electrolysis cell (metal-smelting, a, zh)
    sh = [('rect', 30, 30, 90, 80), ('rect', 38, 38, 74, 70), ('rect', 68, 20, 14, 70),
          ('rect', 44, 26, 10, 50), ('rect', 96, 26, 10, 50), ('rect', 66, 100, 18, 6),
          ('cl', 75, 15, 75, 115), ('dim', 30, 30, 120, 30, 'Φ900', 14), ('dim', 120, 30, 120, 110, '800', 6),
          ('dim', 68, 90, 82, 90, 'Φ60', -4), ('text', 84, 22, '钨阴极 W≥99.95%'), ('text', 20, 112, '石墨坩埚 (内衬)'),
          ('text', 98, 78, '石墨阳极 ×4'), ('text', 60, 107, '钼坩埚 (金属接收器)'), ('text', 130, 60, '剖视 B-B 1:10')]
    notes = [
        '1. 本图为 6 kA 氟化物体系电解槽总装图,配套氧化物连续加料装置 JL-06。',
        '2. 电解质成分:NdF3-PrF3 : LiF = 87 : 13 (质量比),另加 BaF2 ≤2%;每槽初装电解质 380 kg。',
        '3. 工艺控制:电解温度 1040~1060 ℃;阳极电流密度 0.9~1.1 A/cm²,阴极电流密度 6.5~7.5 A/cm²;槽电压 9.0~10.5 V;极距 90±10 mm。',
        '4. 加料:镨钕氧化物 (REO≥99%,粒度≤45 μm) 每 2~3 min 一次,单次 0.8~1.0 kg;氧化物在熔盐中浓度保持 2~4%,防止阳极效应。',
        '5. 出金属:每 4 h 虹吸一次,单次约 70 kg;目标电流效率 ≥78%,金属 C ≤0.03%、O ≤0.03%、Mo+W ≤0.05%。',
        '6. 阳极:高纯石墨 4 块对称布置,消耗至 45 mm 壁厚时更换;阴极下端距钼坩埚口 40 mm。',
        '7. 未注公差按 GB/T 1804-m;石墨件装配前 150 ℃ 烘干 8 h。']
    tb = [('单位', '包头鑫源稀土金属有限公司 设备科'), ('名称', '6kA 稀土电解槽 总装图'), ('图号', 'DJ-0602-00   版次 B'),
          ('材料', '高纯石墨 / W / Mo / Q235 外壳'), ('比例', '1:10'), ('张次', '第 1 张 共 1 张'),
          ('设计 / 校对', '王建军 / 赵磊'), ('审核 / 批准', '刘海 / 高志'), ('日期', '2025-08-14'), ('未注公差', 'GB/T 1804-m')]
    drawing('DJ-0602-00_6kA电解槽总装.pdf', tb, sh, notes, notes_title='技术要求')
    label('DJ-0602-00_6kA电解槽总装.pdf', 'controlled', ['1E902.a'], ['metal-smelting'], [], 'drawing', 'zh', False,
          'Fluoride-bath RE electrolysis cell assembly drawing; notes give bath composition, temperature, current densities, feeding')

    # D3 strip casting chill roll (NdFeB, a, zh-TW)
    sh = [('circle', 60, 65, 35), ('circle', 60, 65, 28), ('circle', 60, 65, 8), ('cl', 15, 65, 105, 65),
          ('cl', 60, 22, 60, 108), ('rect', 115, 30, 60, 70), ('rect', 108, 58, 7, 14), ('rect', 175, 58, 7, 14),
          ('hid', 115, 37, 175, 37), ('hid', 115, 93, 175, 93), ('dim', 25, 65, 95, 65, 'Φ600 h7', 40),
          ('dim', 115, 30, 175, 30, '350', 8), ('dim', 175, 30, 175, 100, 'Φ600', 10),
          ('text', 20, 104, '正視圖 1:8'), ('text', 120, 104, '側視圖 (水道 12×Φ28)')]
    notes = [
        '1. 本輥用於速凝鑄片爐 SC-600 (真空感應熔煉 600 kg/爐)。輥體 CuCrZr,硬度 HB 110~130,導熱率 ≥320 W/(m·K)。',
        '2. 工藝條件:合金 (PrNd)30.5 B0.98 Co1.0 Cu0.15 Al0.3 Ga0.2 Fe餘 (wt%);澆鑄溫度 1430~1460 ℃;中間包流量 3.5~4.0 kg/s。',
        '3. 輥面線速度 1.3~1.6 m/s,鑄片厚度 0.25~0.35 mm;輥面溫度 ≤ 300 ℃;冷卻水 ≥ 45 m³/h,進水 ≤ 30 ℃,溫升 ≤ 8 ℃。',
        '4. 鑄片要求:無 α-Fe 枝晶,富釹相片層間距 3~5 μm,貼輥面等軸晶比例 < 10%。',
        '5. 輥面 Ra 0.8~1.6 μm,徑向跳動 ≤ 0.05 mm;每 120 爐修磨一次,最小直徑 Φ585。',
        '6. 未注公差按 GB/T 1804-m,水道試壓 1.0 MPa 保壓 30 min 無滲漏。']
    tb = [('公司', '寧波恆磁精密機械'), ('圖名', '速凝鑄片爐 水冷銅輥'), ('圖號', 'SC600-R01   版 A'),
          ('材料', 'CuCrZr (C18150)'), ('比例', '1:8'), ('張次', '1/1'), ('設計', '陳志豪'),
          ('審核', '林秀芬'), ('日期', '2025-07-03'), ('未注公差', 'GB/T 1804-m')]
    drawing('SC600-R01_冷卻輥.pdf', tb, sh, notes, notes_title='技術要求')
    label('SC600-R01_冷卻輥.pdf', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'drawing', 'zh', False,
          'Strip-casting chill roll drawing; notes carry NdFeB alloy composition, pouring temperature, wheel speed, flake spec')

    # D4 orientation press die (NdFeB, a, en)
    sh = [('rect', 25, 35, 110, 70), ('rect', 55, 52, 52, 36), ('rect', 15, 55, 10, 32), ('rect', 135, 55, 10, 32),
          ('cl', 10, 70, 150, 70), ('cl', 81, 28, 81, 112), ('dim', 55, 52, 107, 52, '52.60 +0.02/0', 10),
          ('dim', 107, 52, 107, 88, '42.30 +0.02/0', 10), ('dim', 25, 35, 135, 35, '260', 8),
          ('text', 12, 90, 'POLE PIECE FeCo'), ('text', 128, 90, 'POLE PIECE FeCo'),
          ('text', 58, 92, 'CAVITY (WC lining 3 mm)'), ('text', 30, 108, 'PLAN VIEW - field direction -> (TDP)')]
    notes = [
        '1. Die set for transverse-die-pressing (TDP) of sintered Nd-Fe-B, product 50x40x25 after sinter, grade N48H.',
        '2. Cavity dims include sinter shrinkage: parallel to field K=1.21, perpendicular K=1.05 (width) / 1.11 (press dir). Re-check K after any change of powder lot size.',
        '3. Powder: jet-milled, D50 3.3-3.6 um (Sympatec), O <= 800 ppm, 0.06 wt% zinc-stearate lubricant, fill by weight 118.5 g, fill density 2.1 g/cm3.',
        '4. Orientation: DC field >= 1.6 T at cavity centre (pulse 2.5 T when using pulse coil PC-2), hold 3 s; press in field to 0.35 t/cm2, demagnetise reverse pulse before ejection (residual < 5 mT).',
        '5. After TDP: vacuum-bag, CIP 200 MPa x 30 s; target green density 4.3-4.5 g/cm3; sinter per PC-SNT-48H.',
        '6. Cavity walls: non-magnetic WC-Co (YG15) inserts, HRA >= 88, Ra 0.2; die body SUS316L (mu_r < 1.02). Punch clearance 0.015-0.025 mm.',
        '7. Tolerances unless stated +/-0.05; flatness of pole faces 0.01.']
    tb = [('COMPANY', 'Jiangxi Huaci Magnetics - Tooling'), ('TITLE', 'TDP DIE SET 52.6 x 42.3 CAVITY'),
          ('DWG NO.', 'OP-DIE-4821   REV B'), ('MATERIAL', 'SUS316L body / YG15 insert / FeCo pole'),
          ('SCALE', '1:2'), ('SHEET', '1 OF 1'), ('DRAWN', 'Zhou M.'), ('CHECKED', 'Tang K.'),
          ('DATE', '2025-10-08'), ('GEN. TOL.', '+/-0.05 unless stated')]
    drawing('OP-DIE-4821 rev B.pdf', tb, sh, notes)
    label('OP-DIE-4821 rev B.pdf', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'drawing', 'en', False,
          'Orientation-press die drawing with shrinkage factors, powder size, field, pressing and CIP values for sintered NdFeB')

    # D5 SmCo aging fixture (SmCo, a, mixed)
    sh = [('rect', 25, 28, 120, 80), ('line', 25, 48, 145, 48), ('line', 25, 68, 145, 68), ('line', 25, 88, 145, 88),
          ('circle', 45, 38, 4), ('circle', 85, 38, 4), ('circle', 125, 38, 4), ('cl', 85, 22, 85, 114),
          ('dim', 25, 28, 145, 28, '600', 8), ('dim', 145, 28, 145, 108, '400 (4 层)', 6),
          ('text', 30, 110, '料架 Tray rack, 310S, 主视图 1:5'), ('text', 100, 112, 'Ar inlet Φ20 ×2')]
    notes = [
        '1. 本料架用于 VHT-2217 真空时效炉,装 Sm2Co17 型烧结毛坯 (成分 Sm(Co0.70Fe0.21Cu0.065Zr0.025)7.6),每层 ≤ 25 kg。',
        '2. Solution treatment 固溶: 1185~1195 ℃ × 3 h, Ar 0.06 MPa, 风冷 (fan quench) 至 ≤ 200 ℃ within 8 min.',
        '3. Aging 时效: 830 ℃ × 12 h, then slow cool 0.7 ℃/min to 400 ℃, hold 2 h, furnace cool. 层间温差 must be ≤ ±5 ℃ — 料架开孔率 ≥ 35% 以保证气流。',
        '4. Target: Br ≥ 1.08 T, HcJ ≥ 2000 kA/m (25 ℃), 方形度 Hk/HcJ ≥ 0.60; 每炉随炉试样 Φ10×10 ×3.',
        '5. 材料 310S,焊后 1050 ℃ 固溶去应力;使用前空烧 850 ℃ × 4 h 除油。',
        '6. 未注公差 ±0.5;平面度 1.0/600。']
    tb = [('单位 Company', '苏州钐磁科技 Suzhou SmMag'), ('名称 Title', 'SmCo 时效料架 Aging tray rack'),
          ('图号 Dwg', 'HT-2217-05  Rev A'), ('材料 Mat.', '310S'), ('比例 Scale', '1:5'), ('张 Sheet', '1/1'),
          ('设计 Drawn', 'Xu Jing 徐静'), ('审核 Chk', 'Peter Lindqvist'), ('日期 Date', '2025-06-19'),
          ('未注公差 Tol.', '±0.5')]
    drawing('HT-2217-05 时效料架.pdf', tb, sh, notes, notes_title='技术要求 / NOTES')
    label('HT-2217-05 时效料架.pdf', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['SmCo'], 'drawing', 'mixed', False,
          'Aging-furnace fixture drawing whose notes carry Sm2Co17 composition, solution and stepped aging schedule')

    # C1 motor rotor assembly with bought magnets (clear, en)
    sh = [('circle', 70, 68, 40), ('circle', 70, 68, 30), ('circle', 70, 68, 10), ('cl', 25, 68, 115, 68),
          ('cl', 70, 23, 70, 113), ('rect', 62, 32, 16, 5), ('rect', 62, 99, 16, 5), ('rect', 32, 60, 5, 16),
          ('rect', 103, 60, 5, 16), ('dim', 30, 68, 110, 68, 'Ø80 h6', 44), ('dim', 60, 68, 80, 68, 'Ø20 H7', -6),
          ('rect', 125, 40, 40, 56), ('dim', 125, 40, 165, 40, '60', 6), ('text', 20, 112, 'SECTION A-A 2:1'),
          ('text', 127, 98, 'SIDE VIEW')]
    notes = [
        '1. Magnets: item 4, 8 pcs, purchased part MAG-N42SH-1505 (15 x 5 x 58, Ni-Cu-Ni plated, magnetised), supplier per AVL. Do not machine.',
        '2. Bond magnets into pockets with Loctite AA 326 + activator 7649; cure 24 h at RT. Pocket clearance 0.05-0.10 per side.',
        '3. Polarity alternating N/S; verify with polarity checker before bonding. Mark N pole with paint dot.',
        '4. Balance rotor assembly to ISO 21940 G2.5 at 6000 rpm; remove material from end rings only.',
        '5. Lamination stack M270-35A, 58 mm, welded 4 places. Shaft 42CrMo4 QT.',
        '6. General tolerances ISO 2768-f. Break sharp edges 0.2.']
    tb = [('COMPANY', 'Drivetec Motion GmbH'), ('TITLE', 'ROTOR ASSY 8P - MH-180'), ('DWG NO.', 'MH-180-200  REV D'),
          ('MATERIAL', 'see BOM'), ('SCALE', '2:1'), ('SHEET', '1/1'), ('DRAWN', 'K. Berger'),
          ('CHECKED', 'S. Roth'), ('DATE', '2025-05-27'), ('GEN. TOL.', 'ISO 2768-f')]
    drawing('MH-180-200_rotor_assy_D.pdf', tb, sh, notes)
    label('MH-180-200_rotor_assy_D.pdf', 'clear', [], [], [], 'drawing', 'en', True,
          'Motor rotor drawing that bonds purchased NdFeB magnets; product design, no magnet-making process')

    # C2 aluminium reduction cell cathode block (clear, zh)
    sh = [('rect', 20, 45, 150, 40), ('rect', 30, 75, 130, 10), ('hid', 20, 55, 170, 55),
          ('dim', 20, 45, 170, 45, '3670', 8), ('dim', 170, 45, 170, 85, '515', 6),
          ('dim', 30, 85, 160, 85, '钢棒槽 180×115', -8), ('text', 25, 100, '阴极炭块 主视图 1:20'),
          ('text', 30, 35, '400 kA 预焙铝电解槽')]
    notes = [
        '1. 用于 400 kA 预焙阳极铝电解槽,每槽 24 组阴极。',
        '2. 材质:半石墨质阴极炭块,石墨含量 ≥ 50%;电阻率 ≤ 18 μΩ·m,耐压强度 ≥ 30 MPa,钠膨胀率 ≤ 0.8%。',
        '3. 冰晶石-氧化铝电解质中服役,设计寿命 ≥ 2200 d;阴极钢棒 Q235,磷生铁浇铸,浇铸温度 1350~1400 ℃。',
        '4. 扎糊采用冷捣糊,捣固后密度 ≥ 1.55 g/cm³。',
        '5. 未注公差 ±2;钢棒槽直线度 2/1000。']
    tb = [('单位', '华北铝业设计院'), ('名称', '阴极炭块组'), ('图号', 'AL400-YJ-03  版 C'),
          ('材料', '半石墨质炭块 / Q235 钢棒'), ('比例', '1:20'), ('张次', '1/1'), ('设计', '孙明'),
          ('审核', '郭伟'), ('日期', '2025-04-02'), ('未注公差', '±2')]
    drawing('AL400-YJ-03_阴极炭块组.pdf', tb, sh, notes, notes_title='技术要求')
    label('AL400-YJ-03_阴极炭块组.pdf', 'clear', [], [], [], 'drawing', 'zh', True,
          'Aluminium reduction cell cathode block drawing (cryolite bath), same electrolysis vocabulary but not rare earth')

# =============================================================== NC PROGRAMS
def nc_programs():
    # N1 NdFeB block surface grinding (a, en)
    passes = []
    z = 0.0
    for i in range(1, 13):
        z -= 0.02 if i <= 10 else 0.005
        passes.append(f'N{100+i*10} G01 Z{z:.3f} F300 (PASS {i:02d})\nN{105+i*10} G01 X-2.0 F6000\nN{107+i*10} G00 X152.0')
    txt = f"""%
O1207 (N52 BLOCK 50.8X50.8X25.4 - SURFACE GRIND BOTH FACES TO 24.80)
(MACHINE: OKAMOTO ACC-64DX  -  CELL 2, MAGNET FINISHING)
(MATERIAL: SINTERED ND-FE-B, GRADE N52, UNMAGNETISED, AS-SINTERED+TEMPERED)
(WHEEL: RESIN BOND DIAMOND D126 C75, 350X40, 1800 RPM = 33 M/S)
(COOLANT: WATER-SOLUBLE SYNTHETIC 3 PCT + RUST INHIBITOR, FLOW 60 L/MIN, FILTER 5 UM)
(NOTE: NDFEB IS BRITTLE - MAX DOC 0.02 ROUGH / 0.005 FINISH, CROSSFEED 8 MM)
(NOTE: SWARF TO SEALED SLUDGE DRUM - PYROPHORIC WHEN DRY, KEEP WET)
(FIXTURE: NON-MAGNETIC VACUUM CHUCK VC-50, 6 PARTS PER LOAD, ORIENTATION MARK UP)
(FINISH: 24.80 +/-0.02, PARALLELISM 0.01, RA 0.4 - REMOVE 0.30 PER FACE INCL. SINTER SKIN)
(ALLOW 0.05 FOR NI-CU-NI PLATING 15-20 UM PER SIDE AFTER GRIND)
G21 G90 G17 G40 G94
G54
M03 S1800
M08
G00 X152.0 Y0.0
G00 Z5.0
G01 Z0.10 F500 (TOUCH OFF ABOVE SKIN)
{chr(10).join(passes)}
N300 G04 P3.0 (SPARK-OUT)
N310 G01 X-2.0 F4000
N320 G00 Z50.0
M09
M05
M00 (FLIP PARTS - SECOND FACE, RESET Z WITH PROBE)
M30
%
"""
    write_text('O1207_N52_grind.nc', txt)
    label('O1207_N52_grind.nc', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'nc-program', 'en', False,
          'G-code for surface grinding sintered N52 NdFeB blocks with wheel, depth-of-cut, stock and plating allowance')

    # N2 graphite anode for RE electrolysis cell (a, zh)
    lines = []
    for k, y in enumerate([0, 20, 40, 60, 80, 100]):
        lines.append(f'N{200+k*10} G01 Y{y:.1f} F800\nN{205+k*10} G01 X-250.0 F1200\nN{207+k*10} G00 Z5.0\nN{208+k*10} G00 X0.0\nN{209+k*10} G01 Z-{3*(k+1):.1f} F300')
    txt = f"""%
O3310 (石墨阳极 DJ-0602-04 弧面铣削)
(设备:XK7136 数控铣 / 工件:高纯石墨块 420×260×120,灰分≤50ppm)
(用途:6kA 稀土氟化物电解槽阳极,4块对称装配,见总装图 DJ-0602-00)
(阳极弧面半径 R390 与钨阴极同心,保证极距 90±10mm;阳极工作面积 按电流密度 1.0A/cm2 计算 = 6000cm2/4块)
(刀具:T01 Φ20 金刚石涂层立铣刀 / T02 R5 球头刀)
(注意:石墨粉尘 - 开吸尘,禁止使用切削液;阳极下端倒角 R15 防止电流集中)
G21 G90 G17 G40 G49
G54
T01 M06
S6000 M03
G00 X0.0 Y0.0 Z5.0
G43 H01
G01 Z-3.0 F300
{chr(10).join(lines)}
(--- 弧面精加工 R390 ---)
T02 M06
S9000 M03
G43 H02
G00 X0.0 Y0.0 Z5.0
G02 X-250.0 Y0.0 R390.0 F1500
G01 Y2.0
G03 X0.0 Y2.0 R390.0
G00 Z50.0
(--- 导电杆螺孔 M36 ---)
G81 X-125.0 Y130.0 Z-60.0 R5.0 F120
G80
M05
G91 G28 Z0
M30
%
"""
    write_text('O3310_阳极弧面.tap', txt)
    label('O3310_阳极弧面.tap', 'controlled', ['1E902.a'], ['metal-smelting'], [], 'nc-program', 'zh', False,
          'NC program making graphite anodes for RE fluoride electrolysis cell; comments tie geometry to pole distance and current density')

    # N3 SmCo arc segment grinding (a, mixed)
    txt = """O2217 (SmCo 2:17 瓦形 R23/R18 外圆内圆磨削 - arc segment grinding)
(机床 Machine: Studer S33 CNC, 夹具 fixture ARC-06 非磁性)
(材料 Material: Sm2Co17 烧结时效后 毛坯 after aging, grade YXG-30H, NOT magnetised)
(SmCo 极脆 very brittle: 粗磨 rough DOC 0.01 / 精磨 finish 0.003, 切入速度 plunge 0.3 mm/min)
(砂轮 Wheel: D91 树脂结合剂金刚石 resin diamond, Vc 28 m/s; 冷却 coolant 5% emulsion, 100 L/min)
(粉尘/油泥含钐钴 - 收集到 SLUDGE-SMCO 桶, 回收 for recycling)
(尺寸 Dims: OD R23.00 -0.02, ID R18.00 +0.02, 角度 angle 60deg, 长 L 30)
G21 G90
G54
M03 S1650
M08
G00 X60.0 Z5.0
(--- OD rough 外圆粗磨 ---)
G01 X46.30 F200
G01 X46.10 F0.3
G04 P2
G01 X46.04 F0.1
G04 P3
G00 X60.0
(--- OD finish 外圆精磨 ---)
G01 X46.010 F0.06
G01 X45.990 F0.03
G04 P4 (spark out 光磨)
G00 X80.0
M00 (换 ID 砂轮 change to internal wheel Φ25)
(--- ID 内弧 ---)
G00 X30.0 Z5.0
G01 X35.80 F150
G01 X35.96 F0.3
G01 X36.01 F0.05
G04 P3
G00 X30.0
(--- 倒角 chamfer C0.2, 防崩边 avoid chipping ---)
G01 X36.40 Z-0.2 F0.5
G00 X30.0 Z50.0
M09
M05
M30
"""
    write_text('arc_R23_SmCo_grind_O2217.txt', txt)
    label('arc_R23_SmCo_grind_O2217.txt', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['SmCo'], 'nc-program', 'mixed', False,
          'Grinding program for Sm2Co17 arc segments with depth-of-cut, wheel and tolerance data')

    # C3 aluminium bracket (clear, en)
    txt = """%
O0412 (BRACKET BK-220 OP1 - 6061-T6 PLATE 12MM)
(HAAS VF-2, VISE 6IN, STOCK 160X90X12, TOP OF PART Z0, LOWER LEFT X0 Y0)
(T1 10MM 3FL CARBIDE EM / T2 6.8 DRILL / T3 M8 TAP / T4 90DEG SPOT)
G20 G21 G90 G17 G40 G49 G80
G54
T4 M06
S4500 M03
G00 X20. Y20. G43 H04 Z25. M08
G81 Z-1.2 R2. F300
X140.
Y70.
X20.
G80
T2 M06
S3800 M03
G00 X20. Y20. G43 H02 Z25.
G83 Z-14.5 R2. Q3. F380
X140.
Y70.
X20.
G80
T3 M06
S600 M03
G00 X20. Y20. G43 H03 Z25.
G84 Z-13. R3. F750
X140.
Y70.
X20.
G80
T1 M06
S9500 M03
G00 X-8. Y-8. G43 H01 Z25.
G01 Z-6. F600
G41 D01 X0. F1400
Y90.
X160.
Y0.
X-8.
G40
G01 Z-12.2 F600
G41 D01 X0. F1200
Y90.
X160.
Y0.
X-8.
G40
G00 Z25. M09
G28 G91 Z0. M05
M30
%
"""
    write_text('BK220_op1.nc', txt.replace('G20 G21', 'G21'))
    label('BK220_op1.nc', 'clear', [], [], [], 'nc-program', 'en', False,
          'Milling/drilling program for an aluminium 6061 bracket')

    # C4 ferrite arc segment grinding (clear, zh)
    txt = """%
O5102 (铁氧体磁瓦 R32.5 外弧磨削 - 电机厂 2 号线)
(材料:锶铁氧体 SrO·6Fe2O3 湿压异性 Y30BH 磁瓦,已烧结)
(设备:MK7132 数控磨床 / 砂轮 金属结合剂金刚石 D151)
(进给:粗磨 0.05/次 精磨 0.01/次,冷却水 自来水+防锈剂)
(尺寸:外弧 R32.5±0.05 内弧 R26.5±0.05 长 45 弦宽 38)
G21 G90 G54
M03 S2400
M08
G00 X70.0 Z5.0
G01 X65.30 F300
G01 X65.10 F60
G01 X65.02 F20
G04 P2
G00 X80.0
G01 Z-45.0 F800
G00 Z5.0
M09 M05
M30
%
"""
    write_text('O5102_磁瓦外弧.tap', txt)
    label('O5102_磁瓦外弧.tap', 'clear', [], [], [], 'nc-program', 'zh', True,
          'Grinding program for sintered strontium ferrite arc segments (ferrite magnets are not controlled)')

# =============================================================== SIMULATION DATA
def simulations():
    rnd = random.Random(61)
    # S1 cascade simulation (separation, a, en, coded headers)
    pre = ['# cascade_sim v2.3  run=14  date=2025-10-21  user=hwen',
           '# system: HEH(EHP) 1.50 M / sulf. kerosene, sap=0.36 (NH4), beta(Nd/Pr)=1.52, beta(Pr/Ce)=2.10',
           '# N_ext=58 N_scr=34 N_str=12 ; feed stage=58 ; F=1.00 (REO 1.45 M, Pr 24.6% Nd 75.1% Ce 0.3%)',
           '# S/F (org)=3.42 ; W (scrub 3.2 M HCl)=0.46 ; Lstr (5.5 M HCl)=0.38 ; T=25C',
           '# result: Nd2O3 purity in strip 99.62%, Nd yield 99.1%, Pr in raffinate product 98.3%',
           '# cols: n, sec, xPr_aq, xNd_aq, yPr_org, yNd_org, C_aq(M), C_org(M), pH_eq']
    rows = [['n', 'sec', 'xPr_aq', 'xNd_aq', 'yPr_org', 'yNd_org', 'C_aq', 'C_org', 'pH_eq']]
    for n in range(1, 105):
        sec = 'E' if n <= 58 else ('S' if n <= 92 else 'R')
        if n <= 92:
            f = 1 / (1 + math.exp(-(n - 54) / 7.5))
            xnd = 0.017 + 0.98 * f
            xnd = min(xnd, 0.9975)
        else:
            xnd = 0.9962
        xpr = max(0.0, 1 - xnd - 0.003 * (n < 50))
        ynd = xnd * 1.52 / (xnd * 1.52 + xpr + 1e-9)
        ypr = 1 - ynd
        caq = 0.55 + 0.9 * math.exp(-((n - 58) / 14) ** 2) if sec != 'R' else 1.05 + 0.02 * (n - 93)
        corg = 0.18 + 0.02 * rnd.random() if sec != 'R' else max(0.01, 0.18 - 0.016 * (n - 92))
        ph = 3.1 - 0.25 * (n > 58) - 2.7 * (sec == 'R')
        rows.append([n, sec, f'{xpr:.4f}', f'{xnd:.4f}', f'{ypr:.4f}', f'{ynd:.4f}', f'{caq:.3f}', f'{corg:.3f}', f'{ph:.2f}'])
    write_csv('run14_stageprofile.csv', rows, pre=pre)
    label('run14_stageprofile.csv', 'controlled', ['1E902.a'], ['separation'], [], 'simulation-data', 'en', False,
          'Stage-by-stage P507 Pr/Nd cascade simulation output with stage counts, flow ratios and purities')

    # S2 thermal FE deck of electrolysis cell (metal-smelting, a, en, no "rare earth")
    nodes = []
    nid = 0
    for j in range(0, 9):
        for i in range(0, 9):
            nid += 1
            nodes.append(f'{nid:5d}, {i*56.25:9.3f}, {j*100.0:9.3f}')
    elems = []
    eid = 0
    for j in range(8):
        for i in range(8):
            eid += 1
            a = j * 9 + i + 1
            elems.append(f'{eid:5d}, {a}, {a+1}, {a+10}, {a+9}')
    txt = f"""*HEADING
 DJ-0602 6 kA cell - axisymmetric steady thermal-electric model, run TE-07
 units: mm, s, t, K... temperatures in C; current 6000 A; target bath 1050 C
*PREPRINT, ECHO=NO, MODEL=NO, HISTORY=NO
*NODE
{chr(10).join(nodes)}
*ELEMENT, TYPE=DCAX4E, ELSET=ALL
{chr(10).join(elems)}
*ELSET, ELSET=BATH, GENERATE
 10, 46, 1
*ELSET, ELSET=CRUCIBLE, GENERATE
 1, 9, 1
*ELSET, ELSET=LINING, GENERATE
 47, 64, 1
*SOLID SECTION, ELSET=BATH, MATERIAL=NDF3_LIF
*SOLID SECTION, ELSET=CRUCIBLE, MATERIAL=GRAPHITE_HP
*SOLID SECTION, ELSET=LINING, MATERIAL=ALUMINA_BRICK
** bath: NdF3-PrF3 87 / LiF 13 wt%, Nd2O3 3 wt% dissolved
*MATERIAL, NAME=NDF3_LIF
*CONDUCTIVITY
 0.0021, 1000.
 0.0023, 1100.
*ELECTRICAL CONDUCTIVITY
 0.52, 1000.
 0.58, 1100.
*DENSITY
 4.05E-9
*SPECIFIC HEAT
 1.05E9
*MATERIAL, NAME=GRAPHITE_HP
*CONDUCTIVITY
 0.085
*ELECTRICAL CONDUCTIVITY
 120.
*JOULE HEAT FRACTION
 1.0
*MATERIAL, NAME=ALUMINA_BRICK
*CONDUCTIVITY
 0.0012
*ELECTRICAL CONDUCTIVITY
 1.E-8
*STEP, NAME=OPERATE
*COUPLED THERMAL-ELECTRICAL, STEADY STATE
 1., 1.
** anode current density 1.0 A/cm2 over 4 anodes -> 0.01 A/mm2 distributed load
*DSECURRENT
 BATH_TOP, CS, 0.0100
*BOUNDARY
 CATHODE_NS, 9, 9, 0.0
*FILM
 SHELL_OUT, F, 25., 1.2E-5
 TOP_OPEN, F, 80., 2.5E-5
** metal pool kept at 1050 C with 90 mm pole distance; cell voltage check 9.6 V
*NODE PRINT, NSET=MONITOR
 NT, EPOT
*EL PRINT, ELSET=BATH
 HFL, ECD
*END STEP
"""
    write_text('TE-07_cell6kA.inp', txt)
    label('TE-07_cell6kA.inp', 'controlled', ['1E902.a'], ['metal-smelting'], [], 'simulation-data', 'en', False,
          'Thermal-electric FE input deck of NdF3-LiF electrolysis cell with bath properties, current density, temperature; no words "rare earth"')

    # S3 orientation field model (NdFeB, a, en JSON)
    res = []
    for i, z in enumerate(range(-30, 31, 5)):
        b = 1.72 - 0.00018 * z * z + 0.002 * rnd.random()
        res.append({'z_mm': z, 'Bx_T': round(b, 4), 'By_T': round(0.004 * z / 30, 4), 'misalign_deg': round(abs(math.degrees(math.atan(0.004 * z / 30 / b))), 3)})
    obj = {
        'model': 'orient_press_TDP_v3', 'solver': 'magnetostatic 3D, NR, tol 1e-6', 'date': '2025-10-02', 'author': 'zhou.m',
        'geometry': {'die_drawing': 'OP-DIE-4821 B', 'cavity_mm': [52.6, 42.3, 60.0], 'pole_gap_mm': 95.0, 'pole_material': 'FeCo49V2 (B-H table fecov.tab)'},
        'coil': {'turns': 420, 'current_A': 380, 'ampere_turns': 159600, 'cooling': 'water 12 L/min'},
        'powder': {'material': 'Nd-Fe-B jet milled, D50 3.4 um', 'fill_density_gcc': 2.1, 'mu_r_eff': 1.45,
                   'Ms_T': 1.58, 'comment': 'effective permeability from VSM of loose powder, lot P2509-11'},
        'targets': {'B_centre_min_T': 1.6, 'misalignment_max_deg': 1.0, 'expected_Br_T': 1.40, 'grade': 'N48H'},
        'results_centre_line': res,
        'conclusion': 'B at cavity centre 1.72 T, edge 1.56 T: raise current to 410 A or reduce pole gap to 88 mm so that corners reach >=1.6 T; orientation degree expected >= 0.95 (Br/Js).'}
    write_text('orient_field_TDP_v3_results.json', json.dumps(obj, indent=2, ensure_ascii=False) + '\n')
    label('orient_field_TDP_v3_results.json', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'simulation-data', 'en', False,
          'Magnetostatic simulation of NdFeB orientation-press field with coil, powder and target data')

    # S4 sintering furnace thermal sim for Ce magnets (NdFeB+Ce, a, zh)
    pre = ['# 烧结炉 VSF-600 温场仿真 (料筐 9 点), 产品: (PrNd)22Ce8 (Ce 替代 27% 稀土总量) 双主相磁体 Ce35',
           '# 工艺曲线: 室温→400℃ 脱脂保温 2h → 850℃ 脱氢保温 2h → 1020℃ 烧结 4h (Ce 磁体比常规降 35℃) → 气淬; 一级回火 880℃×2h, 二级 470℃×3h',
           '# 目标: Br≥1.22T, HcJ≥955kA/m; 均温性要求 烧结段 ±4℃',
           '# 列: 时间min, 设定℃, 测点P1..P9 ℃, 真空度Pa']
    rows = [['t_min', 'SP', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'vac_Pa']]
    prog = [(0, 25), (150, 400), (270, 400), (390, 850), (510, 850), (600, 1020), (840, 1020), (870, 200)]
    def sp(t):
        for (t0, v0), (t1, v1) in zip(prog, prog[1:]):
            if t0 <= t <= t1:
                return v0 + (v1 - v0) * (t - t0) / (t1 - t0)
        return prog[-1][1]
    for t in range(0, 871, 30):
        s = sp(t)
        lag = [0, 3, 5, 8, 12, 6, 4, 9, 14]
        ps = [round(s - l * (1 if 0 < t < 860 else 0) * (0.3 if s > 1000 else 1) + rnd.uniform(-0.8, 0.8), 1) for l in lag]
        vac = 3e-3 if t < 840 else 6.0e4
        rows.append([t, round(s, 1)] + ps + [f'{vac:.1e}'])
    write_csv('VSF600_温场仿真_Ce35.csv', rows, pre=pre)
    label('VSF600_温场仿真_Ce35.csv', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB', 'Ce'], 'simulation-data', 'zh', False,
          'Sintering-furnace thermal simulation for Ce-substituted dual-main-phase magnets incl. full sintering/tempering curve')

    # C5 HVAC duct CFD input (clear, en)
    txt = """** AHU-3 supply duct, level 2 office wing - steady RANS input deck
** solver: in-house FV code, k-epsilon realizable, incompressible air 20 C
*HEADING
 AHU3_SUPPLY_DUCT_L2  rev 2  2025-03-11  j.okafor
*FLUID, NAME=AIR
 density=1.204, viscosity=1.825E-5
*TURBULENCE, MODEL=KE_REALIZABLE, WALL=STANDARD
*MESH, FILE=ahu3_duct_l2.msh, SCALE=0.001
*BOUNDARY, TYPE=VELOCITY_INLET, NAME=AHU_OUT
 velocity=6.2, TI=5.0, Dh=0.560
*BOUNDARY, TYPE=PRESSURE_OUTLET, NAME=DIFF_01..DIFF_14
 p_gauge=0.0
*BOUNDARY, TYPE=WALL, NAME=DUCT_WALLS
 roughness=0.00015
*BOUNDARY, TYPE=POROUS_JUMP, NAME=VCD_03
 face_permeability=2.0E-9, thickness=0.02, C2=85.0
*SOLVER
 scheme=SIMPLEC, p=second, mom=second_upwind, iter=1500, res=1e-4
*MONITOR
 total_pressure AHU_OUT
 mass_flow DIFF_01..DIFF_14
** design: 2.1 m3/s, ESP 250 Pa, diffuser balance +/-10%
*END
"""
    write_text('ahu3_supply_duct_L2.inp', txt)
    label('ahu3_supply_duct_L2.inp', 'clear', [], [], [], 'simulation-data', 'en', False, 'CFD input deck for HVAC supply duct')

    # C6 copper SX circuit simulation (clear, en, hard)
    pre = ['# McCabe-Thiele stagewise model - Cu SX, 2E x 1W x 2S, LIX 984N 22 v/v% in Orfom SX-12',
           '# PLS: Cu 4.2 g/L, Fe 1.8 g/L, pH 1.85; O/A ext 1.05; strip electrolyte 35 g/L Cu / 180 g/L H2SO4',
           '# result: Cu recovery 93.8 %, Cu/Fe transfer 1650, loaded org 7.9 g/L Cu']
    rows = [['stage', 'type', 'Cu_aq_gpl', 'Cu_org_gpl', 'Fe_aq_gpl', 'pH', 'OA']]
    data = [('E1', 'ext', 1.62, 7.91, 1.80, 1.62, 1.05), ('E2', 'ext', 0.26, 4.05, 1.80, 1.78, 1.05),
            ('W1', 'wash', 0.02, 7.88, 0.01, 2.10, 8.0), ('S1', 'strip', 49.8, 3.35, 0.05, 0.0, 0.9),
            ('S2', 'strip', 44.1, 2.61, 0.05, 0.0, 0.9)]
    rows += [list(d) for d in data]
    write_csv('cu_sx_2E1W2S_base.csv', rows, pre=pre)
    label('cu_sx_2E1W2S_base.csv', 'clear', [], [], [], 'simulation-data', 'en', True,
          'Copper solvent-extraction stagewise simulation (LIX 984N), SX vocabulary but not rare earth')

    # C7 motor FEA result (clear, en, hard)
    obj = {'project': 'IPM-8P-48S traction motor e-axle T2', 'tool': 'FEMM/Python batch', 'date': '2025-02-14',
           'magnet': {'part_no': 'MAG-N42SH-1505 (purchased)', 'grade': 'N42SH', 'Br_20C_T': 1.30, 'HcJ_kA_m': 1592,
                      'temp_coeff_Br': -0.12, 'operating_temp_C': 140, 'note': 'datasheet values from supplier, magnets bought finished and coated'},
           'results': [{'speed_rpm': s, 'torque_Nm': t, 'eff_pct': e} for s, t, e in
                       [(1000, 310, 91.2), (3000, 305, 95.1), (6000, 220, 96.0), (9000, 150, 95.4), (12000, 110, 94.1)]],
           'demag_check': {'case': '3-phase short, 140C', 'min_B_in_magnet_T': 0.21, 'irreversible_loss_pct': 0.3, 'pass': True}}
    write_text('IPM8P_T2_fea_summary.json', json.dumps(obj, indent=2) + '\n')
    label('IPM8P_T2_fea_summary.json', 'clear', [], [], [], 'simulation-data', 'en', True,
          'Electromagnetic FEA of a motor using purchased NdFeB magnets; product design, not magnet manufacture')

# =============================================================== PARAMETER SHEETS
def param_sheets():
    rnd = random.Random(62)
    # P1 Ce dual-main-phase sinter/temper set points (coded headers)
    rows = [['炉号', '牌号', 'Ce%', 'T1', 't1', 'T2', 't2', 'T3', 't3', 'T_ag1', 't_ag1', 'T_ag2', 't_ag2', 'P2', 'Br', 'HcJ', '备注']]
    grades = [('C35', 27), ('C38', 20), ('C42H', 12), ('C35', 27), ('C38', 20), ('C35', 30)]
    for i, (g, ce) in enumerate(grades):
        T3 = 1060 - ce * 1.3
        rows.append([f'S2-{2511+i:04d}', g, ce, 400, 120, 850, 150, round(T3), 240, 880 - ce, 120, 480, 180,
                     '3e-3', round(1.30 - ce * 0.0035 + rnd.uniform(-0.005, 0.005), 3),
                     round(1100 - ce * 8 + rnd.uniform(-20, 20)), '双主相,LaCe 合金粉 + PrNd 主粉 混粉比见配料单' if i == 0 else ''])
    leg = [['代号', '含义'], ['T1/t1', '脱脂温度 ℃ / 保温 min'], ['T2/t2', '脱氢温度 ℃ / min'], ['T3/t3', '烧结温度 ℃ / min'],
           ['T_ag1/t_ag1', '一级回火'], ['T_ag2/t_ag2', '二级回火'], ['P2', '烧结段真空度 Pa'], ['Br/HcJ', '随炉样 T / kA/m'],
           ['注', 'Ce>25% 时 T3 不得高于 1030℃,否则 CeFe2 相析出,HcJ 下降'], ['', '混粉: 主相A (PrNd)30.5 / 主相B (Ce0.6PrNd0.4)31.5, B 比例 = Ce%/0.6/31.5']]
    make_xlsx('2号线烧结回火设定_11月.xlsx', [('设定', rows), ('说明', leg)], author='李工')
    label('2号线烧结回火设定_11月.xlsx', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB', 'Ce'], 'parameter-sheet', 'zh', False,
          'Sintering/tempering set points for Ce dual-main-phase magnets under coded headers T1, t_ag etc.')

    # P2 in-situ leaching (mining, GB18030)
    rows = [['孔号', '孔距m', '孔深m', '注液浓度%', '注液pH', '注液量m3/d', '母液REO g/L', '母液pH', '备注']]
    for i in range(1, 19):
        rows.append([f'ZY3-{i:03d}', '2.5×2.5', round(6 + rnd.uniform(0, 4), 1), 2.5 if i < 13 else 1.5, 5.5,
                     round(1.6 + rnd.uniform(-0.2, 0.3), 2), round(0.9 + rnd.uniform(-0.3, 0.6) if i < 13 else 0.45, 2),
                     round(4.6 + rnd.uniform(-0.2, 0.3), 1), '顶水' if i >= 13 else ''])
    rows.append(['说明', '', '', '', '', '', '', '', '浸矿剂 MgSO4 (替代硫酸铵),浸矿周期 150~180 d;母液 REO<0.3 g/L 转顶水;收液巷道+导流孔,除杂 pH 5.2 后碳铵沉淀'])
    write_csv('3号采场注液台账_2025-10.csv', rows, encoding='gb18030')
    label('3号采场注液台账_2025-10.csv', 'controlled', ['1E902.a'], ['mining'], [], 'parameter-sheet', 'zh', False,
          'GB18030 in-situ leaching log: well grid, MgSO4 lixiviant concentration, injection rates, pregnant liquor REO')

    # P3 magnet sludge recycling (recycling, en)
    rows = [['Step', 'Parameter', 'Set point', 'Range', 'Unit', 'Comment']]
    spec = [
        ('1 Dewater/dry', 'Moisture after filter press', 25, '20-30', '%', 'grinding sludge from magnet finishing, REO 28-32% dry'),
        ('2 Oxidising roast', 'Temperature', 800, '760-850', 'C', 'rotary kiln, air excess 1.4, Fe -> Fe2O3 fully'),
        ('2 Oxidising roast', 'Residence', 3, '2.5-4', 'h', ''),
        ('3 Selective HCl leach', 'HCl conc.', 6, '5-7', 'mol/L', 'acid/REO ratio 3.3 mol/mol'),
        ('3 Selective HCl leach', 'End pH', 4.0, '3.8-4.3', '-', 'Fe stays as Fe2O3; Fe in liquor < 0.05 g/L'),
        ('3 Selective HCl leach', 'Temperature', 85, '80-90', 'C', 'L/S 3.5'),
        ('4 Oxalic precipitation', 'H2C2O4 excess', 1.15, '1.1-1.2', 'x stoich.', 'pH 1.5-1.8, 60 C'),
        ('5 Calcination', 'Temperature', 900, '880-950', 'C', '2 h, mixed PrNdDy oxide'),
        ('KPI', 'RE recovery', 96.5, '>=95', '%', 'TREO of product >= 99.0%, Fe2O3 < 0.01%'),
    ]
    rows += [list(s) for s in spec]
    make_xlsx('sludge_line_setpoints_v4.xlsx', [('setpoints', rows)], author='M. Chen')
    label('sludge_line_setpoints_v4.xlsx', 'controlled', ['1E902.a'], ['recycling'], [], 'parameter-sheet', 'en', False,
          'Set points of NdFeB grinding-sludge recovery: oxidising roast, selective HCl leach, oxalate precipitation, recovery')

    # C8 acid copper plating line (clear, zh)
    rows = [['槽位', '名称', '温度℃', 'CuSO4 g/L', 'H2SO4 g/L', 'Cl- mg/L', '电流密度 A/dm2', '时间 min', '备注']]
    rows += [['T01', '碱性除油', 55, '', '', '', '', 5, 'NaOH 40 g/L'], ['T03', '酸洗', 25, '', 100, '', '', 1, ''],
             ['T05', '预镀镍', 50, '', '', '', 2.0, 5, '瓦特镍'], ['T07', '酸性镀铜', 25, 210, 60, 60, 3.0, 25, '光亮剂 A 0.5 mL/L'],
             ['T09', '镀铜2', 25, 210, 60, 60, 2.5, 20, ''], ['T11', '防变色', 30, '', '', '', '', 0.5, 'BTA 1 g/L']]
    make_xlsx('镀铜线工艺参数表_rev5.xlsx', [('参数', rows)], author='电镀车间')
    label('镀铜线工艺参数表_rev5.xlsx', 'clear', [], [], [], 'parameter-sheet', 'zh', True,
          'Acid copper electroplating line parameters for general parts; plating vocabulary only')

    # C9 Co/Ni P507 (clear, zh, GB18030)
    rows = [['级段', '级数', '有机相', '皂化率%', 'O/A', '水相Co g/L', '水相Ni g/L', 'pH', '备注']]
    rows += [['萃取', 6, 'P507 25%+磺化煤油', 40, '1.2:1', 0.002, 78.5, 5.2, '镍钴分离'], ['洗涤', 4, '', '', '8:1', '', 0.05, 3.5, ''],
             ['反萃', 3, '', '', '10:1', 95.2, 0.01, 1.0, 'H2SO4 2.0 mol/L'], ['说明', '', '', '', '', '', '', '', '三元前驱体原料 硫酸钴 电池级']]
    write_csv('钴镍分离萃取参数_车间二.csv', rows, encoding='gb18030')
    label('钴镍分离萃取参数_车间二.csv', 'clear', [], [], [], 'parameter-sheet', 'zh', True,
          'Co/Ni solvent extraction with P507 (GB18030); same extractant as RE separation but cobalt chemistry')

# =============================================================== PROCESS SPECS
def specs():
    # PS1 Tb grain boundary diffusion WI (a, zh)
    make_docx('WI-GBD-07 铽晶界扩散作业指导书.docx', 'WI-GBD-07 铽晶界扩散作业指导书 (A/2)',
        [('文件编号', 'WI-GBD-07'), ('适用', '烧结钕铁硼 N52SH→N52UH / 48SH→48EH 升级,厚度 ≤ 6 mm'), ('编制/审核', '黄伟 / 马晓东'), ('生效日期', '2025-09-01')],
        [('1 前处理', ['- 基材:烧结回火后磁片,磨削至成品尺寸 +0.02,取向方向 ≤ 6 mm。',
                     '- 除油:超声碱洗 50 ℃ × 3 min → 3% 硝酸酸洗 15 s → 纯水 ×2 → 无水乙醇脱水 → 80 ℃ 烘干。']),
         ('2 涂覆', ['- 浆料:TbH3 粉 (D50 2~3 μm) 60 wt% + 乙醇/PVB 粘结剂 40 wt%,球磨 2 h 分散。',
                   '- 只涂 N/S 两个极面,喷涂增重 0.55~0.65 wt% (以 Tb 计),每 50 片称重抽检 5 片。']),
         ('3 扩散热处理', [[['段', '温度 ℃', '时间 h', '真空度 Pa', '备注'],
                          ['脱脂', '350', '2', '≤5', '排粘结剂'], ['扩散', '920', '15', '≤5×10⁻³', '升温 5 ℃/min'],
                          ['冷却', '—', '—', 'Ar 气淬', '≤100 ℃ 出炉'], ['时效', '490', '4', '≤5×10⁻³', '']]]),
         ('4 质量要求', ['- ΔHcJ ≥ 8.0 kOe (637 kA/m),Br 下降 ≤ 0.02 T,方形度 Hk/HcJ ≥ 0.93。',
                       '- 表层残留 Tb 富集层磨除 0.02~0.03 mm/面后再测。',
                       '- 异常:HcJ 提升不足时优先检查涂覆增重和炉温均匀性 (±3 ℃),不得擅自提高扩散温度到 950 ℃ 以上 (晶粒长大)。'])],
        author='huangw')
    label('WI-GBD-07 铽晶界扩散作业指导书.docx', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'process-spec', 'zh', False,
          'Work instruction for Tb grain-boundary diffusion of sintered NdFeB: slurry, coating weight, diffusion/aging schedule')

    # PS2 maintenance procedure mixer-settler line (b, en)
    make_docx('Line3 SX - Preventive Maintenance & Overhaul Procedure.docx', 'SX Line 3 - Preventive Maintenance and Overhaul Procedure',
        [('Doc. no.', 'MP-SX3-002 rev 4'), ('Scope', '92-stage mixer-settler bank (Pr/Nd), organic and acid make-up, saponification tank'),
         ('Owner', 'Maintenance dept., Ganzhou plant'), ('Approved', '2025-08-30')],
        [('1 Weekly', ['- Check impeller drive currents against baseline sheet; >15% rise indicates crud build-up or bearing wear.',
                       '- Inspect picket fences PF-2 of stages 55-62 (feed zone) for crud; skim crud to crud tank CT-1.',
                       '- Verify the interface level in every 5th settler; deviation > 20 mm from weir design to be corrected by weir insert, not by flow.']),
         ('2 Quarterly overhaul (one section at a time)', [
             '- Isolate the section: stop feed, keep organic recycle running; drain aqueous to holding tank HT-3, organic to OT-2.',
             '- Replace PVDF impeller if tip wear > 2 mm; replace mechanical seal every 2nd overhaul; check PP weld seams by spark test 15 kV.',
             '- Recalibrate magnetic flowmeters FT-301..FT-306 (±0.5%) and pH probes in saponification loop.',
             [['Item', 'Interval', 'Acceptance'], ['Impeller / shaft', '3 months', 'runout < 0.3 mm'], ['Weir inserts', '6 months', '±1 mm of DWG SX-MS-1200-03'],
              ['Flowmeters', '3 months', '±0.5 %'], ['Level switches', '1 month', 'function test']]]),
         ('3 Restart after overhaul', [
             '- Refill with stored phases in the order organic then aqueous; run total recycle for 8 h before opening feed.',
             '- Restart set points are those of process card PC-SX3-01 (not repeated here); restart is accepted when stage-58 and stage-92 samples are back within the card limits for two consecutive shifts.',
             '- Record all work in CMMS; any deviation to process engineering.'])],
        author='R. Huang')
    label('Line3 SX - Preventive Maintenance & Overhaul Procedure.docx', 'controlled', ['1E902.b'], ['separation'], [], 'process-spec', 'en', False,
          'Maintenance/overhaul procedure for an RE solvent-extraction line; process values only by reference to the process card')

    # PS3 commissioning of electrolysis line (b, zh-TW PDF)
    text_pdf('熔鹽電解線_安裝調試規程_TS-E-05.pdf', '6kA 熔鹽電解線 安裝與調試規程',
        [('文件編號', 'TS-E-05 第 2 版'), ('適用', '海外客戶現場 10 台 6kA 稀土電解槽及整流系統'), ('編制', '設備工程部 吳俊宏'), ('日期', '2025-10-15')],
        [('一、安裝', ['1. 槽殼就位:水平度 ≤ 2 mm/m,槽間距 2.2 m;槽殼對地絕緣電阻 ≥ 1 MΩ (500 V 兆歐表)。',
                     '2. 母線:鋁母線搭接面鍍錫,搭接壓降 ≤ 5 mV/kA;陰極導電桿與 W 陰極螺紋連接扭矩 180 N·m。',
                     '3. 石墨坩堝與內襯按圖 DJ-0602-00 裝配,安裝後 150 ℃ 烘乾 8 h。']),
         ('二、單機調試', ['1. 整流櫃空載/短路試驗,輸出 0~12 V / 0~7000 A 連續可調,穩流精度 ±0.5%。',
                       '2. 加料機:每次下料量標定 5 次,偏差 ≤ 3%;升降機構行程與限位測試。',
                       '3. 排煙系統:罩口風速 ≥ 1.2 m/s,HF 在線監測儀標定。']),
         ('三、烘爐與啟槽', ['1. 烘爐:石墨電阻加熱,升溫 30 ℃/h 至 900 ℃,保溫 12 h;記錄每 2 h 槽溫。',
                       '2. 啟槽時電解質配比、電流與溫度按客戶工藝卡執行 (本規程不規定),調試人員只確認:電流可在 2 h 內平穩升到額定值,槽電壓波動 ≤ ±0.3 V。',
                       [['驗收項目', '指標', '方法'], ['連續運行', '≥ 72 h', '值班記錄'], ['整流穩流精度', '±0.5%', '錄波'], ['HF 排放', '≤ 3 mg/m³', '在線監測']]]),
         ('四、交接', ['調試記錄、母線壓降表、絕緣測試表隨設備移交;三個月內現場故障由本部遠程支持。'])])
    label('熔鹽電解線_安裝調試規程_TS-E-05.pdf', 'controlled', ['1E902.b'], ['metal-smelting'], [], 'process-spec', 'zh', False,
          'Installation and commissioning procedure for an RE molten-salt electrolysis line abroad; process left to customer card')

    # C10 packaging spec for magnets (clear, en)
    make_docx('PK-0420 Packaging Spec - Magnetized Parts.docx', 'PK-0420 Packaging Specification - Magnetized Permanent Magnets',
        [('Doc. no.', 'PK-0420 rev C'), ('Applies to', 'finished, coated and magnetized NdFeB and SmCo parts shipped to customers'), ('Date', '2025-04-10')],
        [('1 Inner packing', ['- Parts stacked with 1 mm PE spacers between poles, max. stack 20 pcs; wrap in VCI film.',
                              '- Place stacks in foam trays with >= 15 mm separation between stacks, alternating polarity rows.']),
         ('2 Magnetic shielding for air freight', ['- Carton lined with 0.5 mm steel keeper sheets on all six sides.',
                              '- Field at 2.1 m (7 ft) from any surface of the package must be < 0.00525 gauss (IATA PI 953). Measure with gaussmeter, record on label.']),
         ('3 Marking', ['- Label: part no., grade, lot, quantity, "MAGNETIZED MATERIAL" label and UN/IATA handling label where required.',
                        '- Keep away from electronic devices and pacemakers.']),
         ('4 Sea freight', ['- Standard carton without keeper acceptable; pallets shrink wrapped, max. 600 kg.'])], author='Logistics')
    label('PK-0420 Packaging Spec - Magnetized Parts.docx', 'clear', [], [], [], 'process-spec', 'en', True,
          'Packaging and shipping spec for finished magnets; no manufacturing technology')

    # C11 incoming inspection of bought magnets (clear, zh-TW PDF)
    text_pdf('外購磁鋼來料檢驗規範_IQC-M03.pdf', '外購磁鋼 來料檢驗規範',
        [('文件編號', 'IQC-M03 版 B'), ('適用', '馬達事業部 外購燒結釹鐵硼磁鋼 (N42SH、N45UH)'), ('制定', '品保部 張雅婷'), ('日期', '2025-03-20')],
        [('一、抽樣', ['依 GB/T 2828.1 一般檢驗水準 II,AQL 外觀 0.65、尺寸 0.4。']),
         ('二、檢驗項目', [[['項目', '要求', '量具'], ['外觀', '無崩角 >0.3 mm、無鍍層起泡', '目視/放大鏡'],
                          ['尺寸', '依圖面 ±0.05', '卡尺/投影儀'], ['鍍層厚度', 'NiCuNi 10~20 μm', 'X-ray 測厚'],
                          ['磁通', '供應商規格 ±3%', '亥姆霍茲線圈'], ['鹽霧', '中性 48 h 無紅鏽', '每批 5 pcs']]]),
         ('三、判定與處置', ['不合格批退回供應商,並開立 SCAR;供應商須提供每批 B-H 曲線與 RoHS 報告。'])])
    label('外購磁鋼來料檢驗規範_IQC-M03.pdf', 'clear', [], [], [], 'process-spec', 'zh', True,
          'Incoming inspection spec for purchased NdFeB magnets; explicitly listed as not controlled')

# =============================================================== E-MAILS
def emails():
    make_eml('RE_ HD line 2 upgrade - jet mill classifier.eml', 'Daniel Wu <daniel.wu@hcmag-tech.com>',
             'Arjun Mehta <a.mehta@vmagnetics.in>', 'RE: HD line 2 upgrade - jet mill classifier',
             'Tue, 11 Nov 2025 16:42:10 +0800', """Arjun,

Thanks for the photos of your line 2. Here is our proposal for the upgrade we discussed; quotation follows from sales.

1. Hydrogen decrepitation furnace HD-500
   - Replace the retort door seal with the double O-ring + helium-leak port design (our kit HDK-3). Leak rate after upgrade must be < 5x10^-3 Pa.L/s.
   - Add a second pressure transmitter (0-0.2 MPa abs) on the H2 line and interlock to the PLC so absorption stops on over-pressure.
   - Retrofit PLC: S7-1200 program v3.4 with recipe screens. Your existing absorption/dehydrogenation recipe is kept as-is; we do not change process values, we only transfer them to the new HMI.

2. Jet mill JM-300
   - Replace classifier wheel (worn blades) with the 200 mm ceramic-lined wheel, speed range up to 6500 rpm.
   - Install O2 analyser (0-100 ppm) at the cyclone outlet with alarm at 50 ppm; N2 make-up valve DN25.
   - After installation our engineer commissions: 24 h dry run, then a powder run; acceptance = your current D50 target reached at the same feed rate, and O2 < 50 ppm for 8 h.

3. Schedule: 6 working days on site incl. commissioning, 2 engineers. Shutdown of line 2 needed for 4 days.

Please confirm the shutdown window. Note that for this work we will need the export-licence step on our side before travel.

Best regards
Daniel Wu
Service Engineering, HC Mag-Tech
""")
    label('RE_ HD line 2 upgrade - jet mill classifier.eml', 'controlled', ['1E902.b'], ['magnet-manufacturing'], ['NdFeB'], 'email', 'en', False,
          'Email proposing upgrade/retrofit and commissioning of a magnet HD furnace and jet mill line; process values only as targets')

    make_eml('草酸沉淀和灼烧参数确认.eml', '邓晓梅 <dengxm@jxrefine.cn>', '工艺组 <gongyi@jxrefine.cn>',
             '草酸沉淀和灼烧参数确认(氧化钕 4N 批次)', 'Mon, 27 Oct 2025 10:05:33 +0800', """各位:

上周 4N 氧化钕两批 CaO、Cl 超标,经复查,沉淀和灼烧参数统一调整如下,从 10 月 28 日白班开始执行:

1. 料液:反萃液 NdCl3 调至 REO 0.35~0.40 mol/L,pH 1.5~2.0,先过 0.5 μm 精滤。
2. 沉淀:草酸 (99.6%,重结晶) 配成 100 g/L,60 ℃ 加入,草酸:REO 质量比 1.75:1 (原 1.65);加料时间不少于 30 min,搅拌 120 r/min,加完后陈化 1 h。
3. 洗涤:纯水 (电导 ≤ 1 μS/cm) 洗至洗液 Cl⁻ < 50 mg/L,离心甩干,含水 ≤ 15%。
4. 灼烧:推板窑 刚玉匣钵,900 ℃ → 1050 ℃ 保温 4 h,装料厚度 ≤ 40 mm。
5. 指标:Nd2O3/TREO ≥ 99.99%,CaO ≤ 10 ppm,Cl⁻ ≤ 50 ppm,灼减 ≤ 0.5%,D50 3~5 μm。

请各班长转达,QC 每釜取样。
邓晓梅
分离二车间
""")
    label('草酸沉淀和灼烧参数确认.eml', 'controlled', ['1E902.a'], ['separation'], [], 'email', 'zh', False,
          'Email body fixing oxalic-acid precipitation and calcination parameters for 4N Nd2O3')

    make_eml('Fwd_ 浮选药剂试验结果.eml', '刘畅 <liuchang@bmine-tech.com>', 'James Porter <jporter@outbackre.com.au>',
             'Fwd: 浮选药剂试验结果 / flotation reagent trial results', 'Thu, 06 Nov 2025 09:12:48 +0800', """James,

Below is our lab team's summary, forwarded as you asked. 简要翻译在每条后面。

---------- Forwarded message ----------
From: 选矿实验室
1. 原矿:氟碳铈矿-独居石混合型,REO 5.8%,磨矿细度 -0.074 mm 占 85% (grind P85 74 um)。
2. 粗选:水玻璃 2.5 kg/t (Na2SiO3 depressant),碳酸钠调 pH 9.0~9.5,捕收剂 H205 羟肟酸 1.2 kg/t + 起泡剂 J102 0.08 kg/t,矿浆温度 35 ℃ (pulp heated to 35 C)。
3. 精选 3 次,每次补加 H205 0.2 kg/t,明矾 0.3 kg/t 抑制萤石和重晶石 (alum to depress fluorite/barite)。
4. 扫选 2 次。结果 (results): 精矿 REO 61.2%,回收率 78.4%;尾矿 REO 1.4%。
5. 建议 (recommendation): 粗选前加 1000 Gs 弱磁除铁,可把精矿品位提到 63% 以上。

Let me know if your plant trial will follow this regime.
Liu Chang
""")
    label('Fwd_ 浮选药剂试验结果.eml', 'controlled', ['1E902.a'], ['mining'], [], 'email', 'mixed', False,
          'Forwarded flotation reagent regime for bastnaesite-monazite ore with dosages and grades, sent abroad')

    make_eml('RE_ PrNd oxide quotation Q1 2026.eml', 'Sophie Martin <s.martin@eurodrive-motors.fr>',
             '王丽 <wangli@xtrade-re.com>', 'RE: PrNd oxide quotation Q1 2026 / 氧化镨钕报价',
             'Fri, 14 Nov 2025 11:20:05 +0100', """Dear Ms Wang 王女士,

Thank you for the offer. Summary of what we understood:
- Product: 氧化镨钕 PrNd oxide, Pr6O11+Nd2O3/TREO >= 99.5%, TREO >= 99%, Pr:Nd 25:75
- Quantity: 5 t per month, Jan-Mar 2026, packed in 50 kg steel drums
- Price: USD 71.50/kg FOB Shanghai, valid until 30 Nov; payment 30% T/T in advance
- COA per lot with ICP results; we will also need the end-user statement for your export licence application.

Please also send the MSDS and the updated delivery schedule. We buy this oxide for our toll-magnet supplier, we do not process it ourselves.

Best regards / 此致
Sophie Martin
Purchasing, EuroDrive Motors
""")
    label('RE_ PrNd oxide quotation Q1 2026.eml', 'clear', [], [], [], 'email', 'mixed', True,
          'Purchasing email about a PrNd oxide price quote; commerce, no technology')

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    drawings(); nc_programs(); simulations(); param_sheets(); specs(); emails()
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(len(LABELS), 'documents')

if __name__ == '__main__':
    main()
