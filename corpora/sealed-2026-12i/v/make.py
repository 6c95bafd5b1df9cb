#!/usr/bin/env python3
# Generator for author v batch: languages and scripts as they really travel.
import os, io, re, json, zipfile, shutil, datetime, random
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
import openpyxl
from fpdf import FPDF

random.seed(20250309)
BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, 'files')
FIXED = datetime.datetime(2025, 3, 14, 9, 30, 0)
ZDATE = (2025, 3, 14, 9, 30, 0)
FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
LABELS = []

def P(name):
    p = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p

def label(file, verdict, codes, cats, mags, carrier, excl, lang, hn, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mags, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=hn, note=note))

def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in sorted(items, key=lambda x: (x[0] != '[Content_Types].xml', x[0])):
            if n.endswith('core.xml'):
                s = d.decode('utf-8')
                s = re.sub(r'(<dcterms:created[^>]*>)[^<]*(<)', r'\g<1>2025-03-14T09:30:00Z\2', s)
                s = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(<)', r'\g<1>2025-03-14T09:30:00Z\2', s)
                s = re.sub(r'(<cp:lastPrinted[^>]*>)[^<]*(<)', r'\g<1>2025-03-14T09:30:00Z\2', s)
                d = s.encode('utf-8')
            zi = zipfile.ZipInfo(n, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, d)
    with open(path, 'wb') as f:
        f.write(buf.getvalue())

def write_text(name, text, enc='utf-8', newline='\n'):
    text = text.replace('\n', newline)
    if enc == 'cp950':
        text = text.replace('µ', 'μ').replace('m³', '立方公尺').replace('⁻', '-')
    data = text.encode(enc)  # 'utf-16' gives BOM
    with open(P(name), 'wb') as f:
        f.write(data)

def new_doc(author='', title=''):
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'PMingLiU')
    cp = d.core_properties
    cp.author = author; cp.title = title; cp.last_modified_by = author
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED; cp.revision = 3
    return d

def doc_blocks(d, blocks):
    """blocks: list of ('h1'|'h2'|'p'|'table'|'bullets'|'pb', payload)"""
    for kind, val in blocks:
        if kind == 'h1': d.add_heading(val, level=1)
        elif kind == 'h2': d.add_heading(val, level=2)
        elif kind == 'title': d.add_heading(val, level=0)
        elif kind == 'p':
            for para in val.strip('\n').split('\n\n'):
                d.add_paragraph(para.strip())
        elif kind == 'bullets':
            for b in val: d.add_paragraph(b, style='List Bullet')
        elif kind == 'table':
            rows = val
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif kind == 'pb': d.add_page_break()

def save_doc(d, name):
    d.save(P(name)); normalize_zip(P(name))

class PDF(FPDF):
    def __init__(self, header_text='', footer_text=''):
        super().__init__(format='A4')
        self.htext = header_text; self.ftext = footer_text
        self.add_font('wqy', '', FONT)
        self.set_creation_date(FIXED)
        self.set_auto_page_break(True, 18)
        self.set_margins(18, 18, 18)
    def header(self):
        if self.htext:
            self.set_font('wqy', size=8); self.set_text_color(90)
            self.cell(0, 6, self.htext, new_x='LMARGIN', new_y='NEXT'); self.ln(2)
            self.set_text_color(0)
    def footer(self):
        self.set_y(-14); self.set_font('wqy', size=8); self.set_text_color(90)
        self.cell(0, 6, (self.ftext + '   ' if self.ftext else '') + str(self.page_no()), align='C')
        self.set_text_color(0)

def pdf_blocks(pdf, blocks):
    for kind, val in blocks:
        if kind in ('title',):
            pdf.set_font('wqy', size=15); pdf.multi_cell(0, 8, val, new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
        elif kind == 'h1':
            pdf.ln(2); pdf.set_font('wqy', size=12.5); pdf.multi_cell(0, 7, val, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
        elif kind == 'h2':
            pdf.set_font('wqy', size=11); pdf.multi_cell(0, 6.5, val, new_x='LMARGIN', new_y='NEXT')
        elif kind == 'p':
            pdf.set_font('wqy', size=10)
            for para in val.strip('\n').split('\n\n'):
                pdf.multi_cell(0, 5.4, para.strip(), new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.6)
        elif kind == 'bullets':
            pdf.set_font('wqy', size=10)
            for b in val:
                pdf.multi_cell(0, 5.4, '  • ' + b, new_x='LMARGIN', new_y='NEXT')
            pdf.ln(1.5)
        elif kind == 'table':
            pdf.set_font('wqy', size=8.5)
            rows = val; n = len(rows[0]); w = (pdf.w - 36) / n
            for r in rows:
                h = 5.2
                lines = max(max(1, int(pdf.get_string_width(str(c)) // (w - 2)) + 1) for c in r)
                y0 = pdf.get_y()
                if y0 + h * lines > pdf.h - 20: pdf.add_page(); y0 = pdf.get_y()
                for j, c in enumerate(r):
                    pdf.set_xy(18 + j * w, y0)
                    pdf.multi_cell(w, h, str(c), border=0)
                pdf.rect(18, y0, w * n, h * lines)
                for j in range(1, n): pdf.line(18 + j * w, y0, 18 + j * w, y0 + h * lines)
                pdf.set_xy(18, y0 + h * lines)
            pdf.ln(3)
        elif kind == 'pb': pdf.add_page()

def save_pdf(blocks, name, title='', author='', header='', footer=''):
    pdf = PDF(header, footer)
    pdf.set_title(title); pdf.set_author(author); pdf.set_creator('Microsoft Word'); pdf.set_producer('fpdf2')
    pdf.add_page(); pdf_blocks(pdf, blocks); pdf.output(P(name))

def save_xlsx(sheets, name, creator='user'):
    wb = openpyxl.Workbook(); first = True
    for title, rows, widths in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False; ws.title = title
        for r in rows: ws.append(list(r))
        for col, wdt in (widths or {}).items(): ws.column_dimensions[col].width = wdt
    wb.properties.creator = creator; wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.save(P(name)); normalize_zip(P(name))

def eml(name, headers, body, charset='utf-8', cte='8bit', attachments=None):
    lines = []
    for k, v in headers: lines.append(f'{k}: {v}')
    lines.append('MIME-Version: 1.0')
    import base64
    def enc_body(b):
        raw = b.encode(charset)
        if cte == 'base64':
            s = base64.encodebytes(raw).decode('ascii'); return s
        return b
    if not attachments:
        lines.append(f'Content-Type: text/plain; charset="{charset}"')
        lines.append(f'Content-Transfer-Encoding: {cte}')
        lines.append('')
        out = '\r\n'.join(lines) + '\r\n' + enc_body(body).replace('\n', '\r\n')
    else:
        bd = '----=_Part_20250314_0930_' + name.encode().hex()[:12]
        lines.append(f'Content-Type: multipart/mixed; boundary="{bd}"'); lines.append('')
        out = '\r\n'.join(lines) + '\r\n'
        out += f'--{bd}\r\nContent-Type: text/plain; charset="{charset}"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n' + enc_body(body).replace('\n', '\r\n') + '\r\n'
        for fn, ctype, data in attachments:
            out += f'--{bd}\r\nContent-Type: {ctype}; name="{fn}"\r\nContent-Disposition: attachment; filename="{fn}"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            out += base64.encodebytes(data).decode('ascii').replace('\n', '\r\n')
        out += f'--{bd}--\r\n'
    with open(P(name), 'wb') as f:
        f.write(out.encode('utf-8') if cte == '8bit' else out.encode('ascii'))

DOCS = []
def doc(fn):
    DOCS.append(fn); return fn

# ---------------------------------------------------------------- C1 Traditional Chinese long SOP (docx)
@doc
def c01():
    name = '燒結課/SOP-MG-012 燒結磁石製程作業標準書 第3版.docx'
    d = new_doc('林佩君', 'SOP-MG-012')
    B = [('title', '燒結釹鐵硼磁石製程作業標準書'),
         ('p', '文件編號：SOP-MG-012　　版次：第3版　　制定單位：製造二課（燒結課）\n\n核准：陳建宏　　審查：吳志明　　制定：林佩君　　生效日期：2025年3月14日'),
         ('table', [['版次', '日期', '修訂內容', '修訂者'],
                    ['1', '2022/06/01', '初版發行', '吳志明'],
                    ['2', '2023/11/20', '新增氣流磨氧含量管制；修改回火條件', '林佩君'],
                    ['3', '2025/03/14', '48H 牌號配方調整；燒結曲線第三段持溫時間修訂', '林佩君']]),
         ('h1', '一、目的'),
         ('p', '為使本廠燒結釹鐵硼磁石自合金熔煉至燒結回火各工序之作業有所依循，確保產品磁性能、尺寸及外觀符合客戶要求，特制定本標準書。'),
         ('h1', '二、適用範圍'),
         ('p', '本標準書適用於本廠二廠區 A 棟生產之 N 系列、M 系列、H 系列燒結釹鐵硼毛坯，其中以 48H 牌號為主要說明對象。其他牌號之配方差異請參照附表二，製程步驟相同者不另行敘述。'),
         ('h1', '三、權責'),
         ('bullets', ['製造二課課長：負責本標準書之推行與人員訓練。',
                      '製程工程師：負責製程參數之設定、變更申請及異常分析。',
                      '品保課：負責各站首件檢驗、磁性能抽測及不良品判定。',
                      '設備課：負責真空系統、氫碎爐、氣流磨及燒結爐之保養，保養依 PM-EQ-031 執行。']),
         ('h1', '四、名詞定義'),
         ('table', [['名詞', '說明'],
                    ['速凝薄片（SC 片）', '以速凝鑄帶（strip casting）法製得之合金薄片'],
                    ['氫碎（HD）', '合金吸氫後體積膨脹產生沿晶破碎之製程'],
                    ['氣流磨（JM）', '以高壓氮氣使粉末互相撞擊細化之粉碎設備'],
                    ['D50', '雷射粒徑分析之中位徑'],
                    ['Br／HcJ／(BH)max', '剩磁／內稟矯頑力／最大磁能積']]),
         ('h1', '五、安全衛生注意事項'),
         ('p', '釹鐵硼細粉於大氣中極易氧化發熱，粒徑在 5 µm 以下之粉末接觸空氣可能自燃。所有粉末轉移作業須於手套箱或充氮密閉容器內進行，作業區嚴禁明火。\n\n氫碎爐使用氫氣，開爐前須確認氫氣偵測器正常，爐體置換須以氬氣吹掃三次以上。燒結爐出爐溫度未降至 80 ℃以下，不得開啟爐門。\n\n作業人員應配戴防塵口罩、耐熱手套及安全鞋；處理 SC 片時須配戴防割手套。'),
         ('h1', '六、作業流程概要'),
         ('p', '配料 → 真空感應熔煉／速凝鑄帶 → 氫碎 → 氣流磨 → 磁場取向成型 → 冷等靜壓 → 真空燒結 → 二級回火 → 毛坯檢驗 → 入庫。'),
         ('h1', '七、各工序作業要領'),
         ('h2', '7.1 配料'),
         ('p', '48H 牌號名義成分（wt%）如下表。原料以鐠釹金屬、鏑鐵合金、硼鐵、純鐵、電解鈷、銅、鋁、鎵、鋯鐵配入，稀土原料須於配料前十分鐘內自真空包裝取出，表面氧化層以砂輪清除。配料時考慮熔煉燒損，鐠釹另加 0.3 wt%。'),
         ('table', [['元素', 'PrNd', 'Dy', 'B', 'Co', 'Cu', 'Al', 'Ga', 'Zr', 'Fe'],
                    ['wt%', '30.2', '0.90', '0.97', '1.00', '0.15', '0.20', '0.20', '0.10', '餘量']]),
         ('h2', '7.2 真空感應熔煉及速凝鑄帶'),
         ('p', '裝爐量 600 kg，抽真空至 5 Pa 以下後充氬氣至 0.05 MPa。功率分段升高，全熔後於 1460～1480 ℃精煉 5 分鐘，經中間包澆注於水冷銅輥上。銅輥線速度設定 1.2～1.4 m/s，冷卻水進水溫度 25 ℃以下、流量不低於 30 m³/h。SC 片平均厚度須控制在 0.25～0.35 mm，貼輥面柱狀晶完整、不得有明顯 α-Fe 析出；每爐取樣以金相確認。'),
         ('h2', '7.3 氫碎'),
         ('p', 'SC 片裝入氫碎爐旋轉料筒，抽真空後通入氫氣，於室溫吸氫至壓力穩定於 0.09 MPa 並維持 2 小時，吸氫完成後抽真空升溫至 550 ℃脫氫 6 小時，氬氣冷卻出料。氫碎粉氫含量目標 ≤ 1200 ppm。出料時加入 0.05 wt% 抗氧化劑並混料 30 分鐘。'),
         ('h2', '7.4 氣流磨'),
         ('p', '研磨氣體為高純氮，系統氧含量控制在 30 ppm 以下。分級輪轉速依粒度調整（約 3800～4200 rpm），目標 D50 = 3.2 ± 0.2 µm，X90/X10 比值不大於 4.5。出料後加入 0.1 wt% 潤滑劑，於三維混料機混合 2 小時，靜置 12 小時以上方可成型。'),
         ('h2', '7.5 磁場取向成型及等靜壓'),
         ('p', '於充氮手套箱內秤粉裝模，取向磁場 1.8 T（直流電磁鐵），垂直壓制，預壓後再行主壓，生坯密度 3.9～4.1 g/cm³。生坯以雙層真空袋封裝，冷等靜壓 200 MPa，保壓 60 秒。等靜壓後生坯密度約 4.5～4.7 g/cm³。'),
         ('h2', '7.6 真空燒結'),
         ('p', '生坯入燒結盒，料盒間以鉬片隔開，燒結爐真空度須達 5×10⁻³ Pa 方可升溫。燒結曲線如下表，各段升溫及持溫須由程式控制，不得手動跳段。'),
         ('table', [['段', '溫度區間', '升溫時間', '持溫', '目的'],
                    ['1', '室溫→400 ℃', '2 h', '1 h', '脫潤滑劑、脫氣'],
                    ['2', '400→850 ℃', '3 h', '2 h', '脫氫'],
                    ['3', '850→1060 ℃', '2 h', '5 h', '液相燒結緻密化'],
                    ['4', '1060 ℃→80 ℃', '—', '—', '充氬氣風冷急冷']]),
         ('p', '燒結後密度須 ≥ 7.55 g/cm³。若真空度於持溫段劣化至 2×10⁻² Pa 以上，立即通知製程工程師並記錄於異常單。'),
         ('h2', '7.7 二級回火'),
         ('p', '一級回火 900 ℃持溫 2 小時，風冷；二級回火 490～510 ℃持溫 3 小時，風冷至室溫。回火溫度依批次 HcJ 實測值於 ±10 ℃範圍內微調。48H 牌號性能目標：Br ≥ 1.37 T，HcJ ≥ 1353 kA/m（17 kOe），Hk/HcJ ≥ 0.95。'),
         ('h1', '八、品質記錄'),
         ('p', '各站須填寫「燒結課生產日報表」（QR-MG-012-01），記錄爐號、批號、裝爐量、真空度、溫度曲線列印、作業人員及異常說明。記錄保存期限為三年，由課內文管人員負責歸檔。'),
         ('h1', '九、異常處理'),
         ('bullets', ['SC 片厚度超規：停止澆注，通知製程工程師確認銅輥轉速及澆注溫度。',
                      '氣流磨氧含量超過 50 ppm：立即停機，已生產之粉末隔離標示並送品保判定。',
                      '燒結密度不足：同爐次全數隔離，分析燒結溫度記錄及生坯密度。',
                      '回火後 HcJ 低於規格：可重新回火一次，仍不合格則降級處理。']),
         ('h1', '十、教育訓練'),
         ('p', '新進人員須完成本標準書之課堂訓練 4 小時及現場實習 40 小時，經課長考核合格後方可獨立作業。每年至少複訓一次。'),
         ('h1', '十一、參考文件'),
         ('bullets', ['PM-EQ-031 燒結設備預防保養規範', 'QP-QA-007 燒結毛坯檢驗規範', 'WI-MG-020 手套箱作業指導書', 'SOP-SF-002 氫氣安全管理辦法']),
         ('h1', '附表二　其他牌號配方差異（摘要）'),
         ('table', [['牌號', 'PrNd', 'Dy', 'Tb', '燒結持溫', '二級回火'],
                    ['N52', '29.3', '0', '0', '1045 ℃×4 h', '480 ℃×3 h'],
                    ['45M', '30.0', '0.5', '0', '1055 ℃×5 h', '500 ℃×3 h'],
                    ['42SH', '30.8', '2.2', '0', '1065 ℃×5 h', '520 ℃×3 h'],
                    ['38UH', '29.5', '3.0', '0.8', '1070 ℃×6 h', '530 ℃×3 h']]),
         ]
    # pad with daily checklist appendix (non-decisive) to make the document long
    chk = [['項次', '點檢項目', '點檢方法', '頻率', '判定標準']]
    items = ['手套箱氧含量表', '氮氣供應壓力', '冷卻水塔水位', '真空泵油位', '氫氣偵測器', '燒結盒外觀', '鉬片變形', '料筒密封圈', '排氣風扇', '急停按鈕', '溫控器顯示', '熱電偶接線', '秤重設備校正標籤', '模具表面清潔', '油壓站油溫']
    for i, it in enumerate(items * 3, 1):
        chk.append([str(i), it + ('' if i <= 15 else '（夜班）' if i <= 30 else '（假日）'), '目視／儀表', '每班' if i % 2 else '每日', '無異常'])
    B += [('pb', None), ('h1', '附表三　燒結課日常點檢表'), ('table', chk),
          ('h1', '附表四　教育訓練紀錄格式'),
          ('table', [['姓名', '工號', '訓練日期', '訓練時數', '考核結果', '講師']] + [['', '', '', '', '', ''] for _ in range(20)])]
    doc_blocks(d, B)
    save_doc(d, name)
    label(name, 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'process-spec', None, 'zh', False,
          'Traditional Chinese sintered NdFeB SOP; recipe, SC/HD/JM/sintering/tempering parameters in the middle of long document')

# ---------------------------------------------------------------- C2 Big5 parameter sheet (txt)
@doc
def c02():
    name = '萃取二線_PrNd-Ce分組_設定值.txt'
    t = '''萃取二線　設定值表　（Ｐ５０７－煤油體系）
版本：2025-03　　填表：黃　　確認：鄭

【有機相】
萃取劑　　　P507 1.5 mol/L，稀釋劑　磺化煤油
皂化　　　　氨皂，皂化度 36％，皂後有機相負載前 pH 檢查
有機相流量　　 420 L/h

【料液】
料液組成　　RECl3 1.25 mol/L（La 28％／Ce 50％／Pr 5％／Nd 16％／其他 1％，以 REO 計）
料液 pH　　 2.0～3.0
料液流量　　 95 L/h

【槽體】
混合澄清槽　有效容積 1.2 m³，攪拌 180 rpm
萃取段　　　第 1～38 級
洗滌段　　　第 39～62 級，洗液 HCl 3.2 mol/L，流量 31 L/h
反萃段　　　第 63～72 級，反萃液 HCl 5.8 mol/L，流量 58 L/h

【切割點】　Ce／Pr

【出口控制】
水相出口（LaCe）　Pr6O11/REO ≤ 0.05％
有機相出口→反萃（PrNd）　CeO2/REO ≤ 0.05％
反萃液 RE 濃度　　1.6～1.8 mol/L
每班於第 20、38、50 級取樣分析 ICP，偏差超過 ±15％調整洗液流量

【溫度】　槽內 25～35 ℃，冬季料液預熱
'''
    write_text(name, t.replace('≤', '≦').replace('≥', '≧'), 'cp950', '\r\n')
    label(name, 'controlled', ['1E902.a'], ['separation'], [], 'parameter-sheet', None, 'zh', False,
          'Big5 Traditional set-point sheet for P507 Ce/Pr split cascade; numbers under short headers, no English')

# ---------------------------------------------------------------- C3 simplified + inline English, SmCo 2:17 (md)
@doc
def c03():
    name = 'smco/2-17_Sm2Co17_工艺路线_v0.4.md'
    t = '''# Sm2Co17 (2:17型) 烧结钐钴 工艺路线 v0.4

> owner: 周工 / reviewed by Dr. Liang — 内部用，draft，请勿外传

## 1. Target grade
YXG-30H 等级，spec: Br ≥ 1.08 T，HcJ ≥ 1990 kA/m (25 kOe)，(BH)max 215–231 kJ/m³，工作温度 up to 350 °C。

## 2. Alloy composition (wt%)
| Sm | Co | Fe | Cu | Zr |
|----|----|----|----|----|
| 25.3 | bal. | 16.5 | 5.6 | 2.9 |

Sm 熔炼挥发损失大，配料时 **Sm 额外补 1.2 wt%**。VIM 用 Al2O3 坩埚，Ar 0.06 MPa，melt 1480 °C，浇铸到水冷铜模 (book mold)，ingot 厚度 ≤ 15 mm 以减少 segregation。

## 3. Powder
- Jaw crusher → 中碎 to –40 mesh，全程 N2 保护
- Jet mill (JM)：N2，O2 < 100 ppm，target FSSS 3.8–4.2 µm
- powder 立即加 0.2% 汽油/防氧化剂，密封

## 4. Pressing
- 取向场 ≥ 1.6 T，横向 (TP) 压制，green density ~ 5.0 g/cm³
- CIP 200 MPa，hold 30 s

## 5. Sintering + solution treatment（关键）
连续一炉完成，不出炉：

```
RT → 1000 °C   vac, 60 min
1000 → 1212 °C  Ar, 30 min, hold 60 min   (sintering)
1212 → 1185 °C  furnace cool 20 min, hold 3 h  (solution treatment / 固溶)
quench: Ar fan, to < 100 °C within 5 min
```
sinter temp window 很窄：1205–1215 °C；>1218 °C 出现 Sm 挥发 + 晶粒粗大，HcJ 明显掉。

## 6. Aging（时效）
- isothermal aging：830 °C × 12 h (Ar)
- slow cooling：0.7 °C/min → 400 °C
- hold 400 °C × 4 h，then quench
- 注意 slow cooling rate 决定 cell boundary 1:5 相中 Cu 富集，rate > 1 °C/min HcJ 降 20% 以上

## 7. QC
每炉取 Φ10×10 样品测 B-H loop @ RT 和 150 °C；密度 ≥ 8.35 g/cm³。

## 8. Open issues
- [ ] 新 VIM 炉 Sm 烧损数据还没定（目前按 1.2%）
- [ ] aging 炉 #2 温度均匀性 ±5 °C 需 TUS 复核
'''
    write_text(name, t, 'utf-8')
    label(name, 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['SmCo'], 'process-spec', None, 'mixed', False,
          'Simplified Chinese with inline English: full Sm2Co17 melting, sintering, solution and aging route')

# ---------------------------------------------------------------- C4 translation draft with translator notes (docx)
@doc
def c04():
    name = 'Translation_高丰度Ce磁体试制报告_EN draft v2 (KW comments).docx'
    d = new_doc('Kevin Wu', 'Ce magnet trial report - translation draft')
    B = [('title', '高丰度铈磁体试制总结 / Summary of High-Abundance Ce Magnet Trial'),
         ('p', 'Translation draft v2 — source: 技术部内部报告 (TR-2024-117). Translator: K. Wu. Translator notes in square brackets marked [TN]. Please do not circulate before review by Ms. Zhang.'),
         ('h1', '1. 背景 / Background'),
         ('p', '为降低镨钕用量，本项目以Ce部分替代PrNd，采用双主相工艺制备烧结磁体，目标牌号相当于N38，Ce占稀土总量30%。'),
         ('p', 'To reduce PrNd consumption, this project partly substitutes Ce for PrNd and uses a dual-main-phase process to make sintered magnets. The target grade is equivalent to N38, with Ce at 30% of total rare earth. [TN: "双主相" is rendered "dual-main-phase" (DMP), the usual term in the literature; "稀土总量" = total RE, by weight.]'),
         ('h1', '2. 合金设计 / Alloy design'),
         ('p', '分别熔炼两种合金：A合金 (PrNd)30.5Fe余B0.98Co1.0Cu0.12Ga0.25，不含Ce；B合金 (Ce0.55PrNd0.45)31.5Fe余B1.0Co1.0Cu0.15Ga0.3Al0.1。两种合金各自速凝铸片，铜辊线速度A合金1.3 m/s，B合金1.6 m/s，B合金片厚控制在0.20–0.28 mm。'),
         ('p', 'Two alloys are melted separately: alloy A, (PrNd)30.5 Fe-bal B0.98 Co1.0 Cu0.12 Ga0.25, with no Ce; alloy B, (Ce0.55PrNd0.45)31.5 Fe-bal B1.0 Co1.0 Cu0.15 Ga0.3 Al0.1. Each alloy is strip-cast on its own, with wheel surface speed 1.3 m/s for alloy A and 1.6 m/s for alloy B; flake thickness of alloy B is held at 0.20–0.28 mm. [TN: the subscripts in the source are wt%, not atomic — I kept the source notation. "铜辊线速度" literally "copper roll linear speed".]'),
         ('h1', '3. 制粉与混合 / Powder and blending'),
         ('p', 'A、B合金分别氢破，吸氢压力0.1 MPa，脱氢温度A合金560 ℃、B合金520 ℃（B合金脱氢温度过高会促进CeFe2相析出）。氢破粉按A:B = 45:55混合后一起气流磨，D50 = 2.9 µm。'),
         ('p', 'Alloys A and B are hydrogen-decrepitated separately at a hydrogen absorption pressure of 0.1 MPa; dehydrogenation is at 560 °C for alloy A and 520 °C for alloy B (too high a dehydrogenation temperature for B promotes CeFe2 precipitation). The HD powders are blended at A:B = 45:55 and jet-milled together to D50 = 2.9 µm. [TN: source says "氢破" (colloquial for 氢爆/氢碎) — translated as hydrogen decrepitation (HD). Check with author whether the 45:55 ratio is by weight — I assume yes.]'),
         ('h1', '4. 成型与烧结 / Pressing and sintering'),
         ('p', '取向磁场2.0 T，等静压180 MPa。烧结温度较常规降低：1025 ℃ × 4 h，以抑制两种主相间的元素互扩散；一级回火880 ℃ × 2 h，二级回火460 ℃ × 4 h。'),
         ('p', 'Aligning field 2.0 T, isostatic pressing 180 MPa. Sintering temperature is lower than usual — 1025 °C for 4 h — to suppress interdiffusion between the two main phases; first tempering 880 °C × 2 h, second tempering 460 °C × 4 h. [TN: "一级回火/二级回火" translated as first/second tempering; customer documents sometimes say "annealing" — kept "tempering" for consistency with TR-2023-088.]'),
         ('h1', '5. 结果 / Results'),
         ('table', [['样品 Sample', 'Ce/TRE', 'Br (T)', 'HcJ (kA/m)', '(BH)max (kJ/m³)'],
                    ['DMP-1', '30%', '1.25', '955', '294'],
                    ['DMP-2', '30%', '1.24', '1003', '290'],
                    ['单合金 single-alloy ref.', '30%', '1.21', '780', '271']]),
         ('p', '双主相工艺较单合金法HcJ提高约25%。下一步拟将Ce比例提高至40%，并评估晶界添加PrCu合金。'),
         ('p', 'Compared with the single-alloy route, the DMP process raises HcJ by about 25%. Next step: raise Ce to 40% and evaluate grain-boundary addition of PrCu alloy. [TN: "晶界添加" could also be "intergranular addition"; chose "grain-boundary addition".]'),
         ]
    doc_blocks(d, B); save_doc(d, name)
    label(name, 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB', 'Ce'], 'process-spec', None, 'mixed', False,
          'Bilingual translation draft with [TN] notes; dual-main-phase Ce magnet alloys, HD, sintering and tempering parameters')

# ---------------------------------------------------------------- C5 machine-translated English manual (long PDF)
@doc
def c05():
    name = 'Operation Manual of 6kA Electrolytic Cell (English version).pdf'
    safety = [
        'Operator must wear the insulation shoes and the heat-resistant clothes when enter the electrolysis workshop. It is forbidden to wear the chemical fiber clothes because the spark may be happened.',
        'When the power is supply, it is strictly prohibited that the body touch simultaneously the anode bus and the cathode bus. The voltage between two poles is not high but the current is very big.',
        'The tools which contact the molten salt must be preheat before use. Wet tools into the molten salt will cause the explosion splash, many accident is from this reason.',
        'The fluoride smoke is harmful for the human body. The exhaust hood above the groove must keep open during the whole production, the negative pressure is not less than 50 Pa.',
        'Fire extinguisher of dry powder type must be put at each 3 grooves. Do not use the water to extinguish the fire of the molten metal.',
    ]
    B = [('title', 'Operation Manual of 6kA Rare Soil Electrolytic Cell'),
         ('p', 'Document No.: DJ-ZY-06 (translated)     Edition: B/2     Prepared by: Technology Department\n\nThis manual is the English version translated from Chinese original. When there is the difference, the Chinese version is the standard.'),
         ('h1', 'Chapter 1  General Introduce'),
         ('p', 'This manual is apply to the 6kA fluoride system praseodymium-neodymium electrolytic groove of our factory (the "electrolysis cell"). The manual describe the structure of the groove, the preparation before production, the normal operation, the abnormal handling, the safety and environmental protect.\n\nThe operator should read carefully this manual and pass the examination of workshop, then can go to the post independently. The manual also can be used for the training of new staff and for the reference of the foreign customer engineer when they visit the site.'),
         ('h1', 'Chapter 2  Safety Requirement'),
         ('bullets', safety),
         ('p', 'The first aid: if the skin is burned by molten salt, must use the clean cold water wash at least 15 minutes, then send to the hospital. If the fluoride enter the eyes, wash with the eye washer immediately. The calcium gluconate gel is put in each first aid box of workshop.'),
         ('h2', '2.1 Emergency of the electricity stop'),
         ('p', 'When the power supply is stop suddenly for more than 30 minutes, the electrolyte start to freeze from the side. Operator must cover the groove with the insulation cover, take out the tungsten cathode before it is freeze inside, and report to the workshop director. When the power is come back, the current is raise by step of 500 A each 5 minutes.'),
         ('h2', '2.2 Emergency of the cooling water stop'),
         ('p', 'The groove cover and the cathode holder is cooled by the water. When the water pressure alarm, first open the emergency water tank valve (capacity 30 minutes), then lower the current to 50%. Never add the water into the hot cover which is already dry, the steam explosion can happen.'),
         ('h2', '2.3 Emergency of the crucible leak'),
         ('p', 'If the molten salt or metal leak from the groove bottom, cut the power immediately, evacuate the people in 10 m range, use the dry sand to stop the flow. Do not go near until the leak is solidified. The leaked salt is collected as the hazardous waste.'),
         ('h2', '2.4 Personal protect equipment list'),
         ('table', [['Post', 'PPE'], ['Operator', 'aluminized apron, face shield, insulation shoes, heat gloves'], ['Metal tapping', 'plus the aluminized jacket and the leg guard'], ['Crane driver', 'helmet, dust mask'], ['Maintenance electrician', 'insulation gloves 1 kV, arc-flash face shield'], ['Visitor', 'helmet, safety glasses, escort always']]),
         ('h1', 'Chapter 3  Structure of Electrolytic Groove'),
         ('p', 'The groove is the round shape. The outside is the steel shell, inside is the refractory brick and the graphite crucible which inner diameter is 680 mm, depth 900 mm. The graphite crucible is also the yang pole (anode) of the groove. Actually the anode is 4 pieces of graphite plates which is hanging around the inside of crucible, thickness 110 mm.\n\nThe cathode is the tungsten stick with diameter 70 mm, insert from the top into the center of groove, the depth inserted into the electrolyte is 260–300 mm. Under the cathode there is a molybdenum crucible (the receive cup) for collect the liquid metal, the cup inner diameter 160 mm.\n\nThe groove cover is made by the steel with water cooling, there are holes for the feeding, for the exhaust, and for the metal out.'),
         ('table', [['Item', 'Specification'], ['Rated current', '6000 A'], ['Graphite crucible ID × depth', '680 × 900 mm'], ['Tungsten cathode diameter', 'Φ70 mm'], ['Mo receive cup', 'Φ160 × 180 mm'], ['Rectifier', '0–8000 A / 0–15 V DC']]),
         ('h1', 'Chapter 4  Preparation Before Production'),
         ('p', 'Check the rectifier, the cooling water, the exhaust system and the crane is all normal. Check the insulation of the groove to the ground is more than 1 MΩ. The raw material must be dry, the oxide is baked at 300 ℃ for 4 hours before use, the moisture content less than 0.1%.'),
         ('h1', 'Chapter 5  Starting the Groove'),
         ('p', 'The new groove start use the "arc starting" method. Put the graphite starting rod between the anode and the bottom, add the electrolyte of about 60 kg crushed electrolyte, supply the current and make the arc melt the electrolyte gradually, and add the fluoride little by little until the level reach 300 mm from top. This takes usually 6–8 hours. After the electrolyte is all molten, insert the tungsten cathode and the current rise to the rated slowly in 2 hours.'),
         ('h1', 'Chapter 6  Normal Electrolysis Operation'),
         ('h2', '6.1 Electrolyte composition'),
         ('p', 'The electrolyte is the fluoride system: PrNd fluoride (PrF3+NdF3) and lithium fluoride. The weight ratio REF3 : LiF = 87 : 13. Every 8 hours sample the electrolyte and analyze, when LiF is lower than 11% must add the LiF. The electrolyte level keep in 550–600 mm from the crucible bottom. The raw material for feeding is Pr-Nd oxide (PrNd oxide, Pr6O11 : Nd2O3 = 25 : 75), TREO ≥ 99%, (Pr+Nd)/TREO ≥ 99.5%.'),
         ('h2', '6.2 Technical parameters'),
         ('table', [['Parameter', 'Control value'],
                    ['Electrolysis temperature', '1040–1060 ℃ (measure by W-Re thermocouple every 1 h)'],
                    ['Current', '5800–6200 A'],
                    ['Cell voltage', '9.0–10.5 V'],
                    ['Anode current density', '0.8–1.0 A/cm²'],
                    ['Cathode current density', '6–8 A/cm²'],
                    ['Pole distance', '95–110 mm'],
                    ['Oxide feeding', '1.1–1.3 kg each 3 min, continuous little amount'],
                    ['Metal tapping', 'every 2 h, by vacuum ladle or by spoon'],
                    ['Current efficiency target', '≥ 78%'],
                    ['Metal yield', '≥ 96%'],
                    ['Product', 'PrNd metal, TRE ≥ 99.0%, C ≤ 0.03%, Fe ≤ 0.2%, O ≤ 0.03%']]),
         ('h2', '6.3 The feeding'),
         ('p', 'The feeding must be continuous and uniform. If the feeding is too fast, the oxide can not dissolve and make the sludge at the bottom, the bottom become the "dead bottom" and the metal can not collect. If the feeding is too slow, the anode effect happen, the voltage rise suddenly to more than 20 V and the fluorocarbon gas (CF4, C2F6) is produced. Operator must watch the voltage meter, when the voltage rise more than 1.5 V over the normal, increase the feeding immediately and gently stir the electrolyte near the anode with the preheated steel rod.'),
         ('h2', '6.4 The temperature control'),
         ('p', 'The temperature of groove is control by adjust the pole distance and the current. When temperature high, lower the current 200–300 A, or raise the cathode 10–20 mm; when temperature low, do the reverse. Do not let the temperature exceed 1080 ℃, the metal will be re-dissolve into the electrolyte and the current efficiency fall down very fast. Do not let the temperature lower than 1020 ℃, the metal can not become liquid and will stick on the cathode ("cathode grow the beard").'),
         ('h2', '6.5 The metal tapping'),
         ('p', 'Every 2 hours take the metal out. Stop the feeding 5 minutes before. Use the preheated vacuum ladle insert into the receive cup, suck the liquid metal, and pour into the cast iron mould preheated to 200 ℃. Metal ingot cool in the air 20 minutes then put into the water. Each tapping about 9–11 kg. Record the weight, the time and the voltage on the daily record sheet.'),
         ('h2', '6.6 Change of anode'),
         ('p', 'The graphite anode is consumed by the oxygen to become CO and CO2. When the anode thickness less than 30 mm, or the voltage cannot be control normally, change the anode. Change one piece each time, do not change all at once. The new anode preheat on the groove cover for 30 minutes before insert.'),
         ('h1', 'Chapter 7  Abnormal Situation and Handling'),
         ('table', [['Phenomenon', 'Reason', 'Handling'],
                    ['Voltage rise suddenly', 'Anode effect, oxide lack', 'Add oxide, stir near anode'],
                    ['Temperature too high', 'Pole distance too big, current too big', 'Decrease current, lower anode'],
                    ['Metal stick on cathode', 'Temperature low', 'Raise temperature, shake cathode'],
                    ['Bottom sludge', 'Feeding too fast, oxide wet', 'Stop feeding 30 min, scrape bottom'],
                    ['Carbon content high', 'Anode slag drop into cup', 'Clean slag, check anode crack'],
                    ['Fe content high', 'Steel tool melt', 'Check the tools, use only W or Mo tools']]),
         ('h1', 'Chapter 8  Stopping the Groove'),
         ('p', 'When long time stop is necessary, take out all the metal, lower the current step by step in 1 hour to zero, take out the cathode. The electrolyte can be left to freeze in the crucible, or be scooped out to the steel tray. When restart, use the arc starting method again.'),
         ('h1', 'Chapter 9  Environmental Protect'),
         ('p', 'The exhaust gas from groove contain the fluoride dust and the HF, CO, CO2. The gas is collected by the hood, pass the bag filter and the alkaline washing tower (NaOH solution pH 10–12), then discharged from 25 m chimney. The fluoride in the discharge gas is less than 3 mg/m³. The electrolyte slag and the worn crucible is the hazardous waste, store in the special warehouse and send to the qualified company.'),
         ('h1', 'Chapter 10  Record and Report'),
         ('p', 'Each shift must fill the "Electrolysis Daily Record": voltage and current each hour, temperature each hour, oxide feeding weight, metal weight, anode change, abnormal situation. The shift leader sign. The record keep 3 years.'),
         ('h1', 'Chapter 11  Maintenance of Auxiliary Equipment'),
         ('p', 'The rectifier cabinet is clean the dust each month with the dry compressed air, check the thyristor cooling fan and the water cooling of the rectifier. The bus bar joint is tighten each quarter and measure the voltage drop. The overhead crane is inspect daily by the driver and monthly by the maintenance team, the wire rope is change when the broken wire more than 10% in one lay length.\n\nThe exhaust fan bearing is lubricated each two weeks. The bag filter differential pressure more than 1500 Pa means the bag need to be cleaned or change. The alkaline washing tower pH is check each shift.'),
         ('h1', 'Chapter 12  Quality Inspection of Product'),
         ('p', 'Each metal ingot is marked with the groove number, the date and the tapping number. The lab take sample from each batch (one shift product) by drilling at 5 points, analyze the TRE, the Pr/Nd ratio by ICP, the C and S by the infrared analyzer, the O and N by the inert gas fusion. The ingot surface oxide is removed by the grinding before the packing. Packing is in the iron drum with argon gas, each drum 200 kg net.'),
         ('h1', 'Chapter 13  Training and Examination'),
         ('p', 'The new operator is trained 3 months: 1 month theory and safety, 2 months on post with the master. The examination include the written test (safety, parameter, abnormal handling) and the practical test (metal tapping, anode change). Pass score 80. Each year re-examination.'),
         ('h1', 'Chapter 14  Document Control'),
         ('p', 'This manual is control document. Each copy has the number. The copy for the foreign customer is marked "for reference". When the manual is revised, the old copy is withdrawn and destroyed by the technology department.'),
         ('h1', 'Appendix A  Daily Record Form (example)'),
         ('table', [['Time', 'Current (A)', 'Voltage (V)', 'Temp (℃)', 'Oxide fed (kg)', 'Metal (kg)', 'Sign']] + [[f'{h:02d}:00', '', '', '', '', '', ''] for h in range(0, 24)]),
         ('h1', 'Appendix C  Shift Handover Form'),
         ('table', [['Item', 'Day shift', 'Middle shift', 'Night shift']] + [[x, '', '', ''] for x in ['Groove status', 'Electrolyte level (mm)', 'Anode condition', 'Cathode condition', 'Oxide stock (kg)', 'LiF stock (kg)', 'Metal produced (kg)', 'Abnormal event', 'Safety check', 'Tools returned', 'Handover sign', 'Takeover sign']]),
         ('h1', 'Appendix D  Anode Change Record'),
         ('table', [['Date', 'Groove', 'Position', 'Old thickness (mm)', 'New anode lot', 'Preheat (min)', 'Sign']] + [['', '', '', '', '', '', ''] for _ in range(30)]),
         ('h1', 'Appendix B  Glossary (Chinese – English used in this manual)'),
         ('table', [['Chinese', 'English in this manual'], ['电解槽', 'electrolytic groove / electrolysis cell'], ['阳极', 'yang pole / anode'], ['阴极', 'cathode'], ['阳极效应', 'anode effect'], ['极距', 'pole distance'], ['出金属', 'metal tapping'], ['稀土', 'rare soil / rare earth'], ['电流效率', 'current efficiency'], ['接收坩埚', 'receive cup']]),
         ]
    save_pdf(B, name, title='Operation Manual of 6kA Electrolytic Cell', author='Technology Department', header='DJ-ZY-06  Operation Manual of 6kA Electrolytic Cell', footer='Edition B/2')
    label(name, 'controlled', ['1E902.a'], ['metal-smelting'], [], 'process-spec', None, 'en', False,
          'Machine-translated English manual for PrNd fluoride molten-salt electrolysis; parameters in Chapter 6 amid safety/records text')

# ---------------------------------------------------------------- C6 Japanese-flavoured supplier spec (docx)
@doc
def c06():
    name = 'TS-2207_粒界拡散処理 工程仕様書_rev.C.docx'
    d = new_doc('Yamada T.', '粒界拡散処理 工程仕様書')
    B = [('title', '粒界拡散処理 工程仕様書 / Grain Boundary Diffusion (GBD) Process Specification'),
         ('p', '文書番号 TS-2207 Rev.C　　発行日 2025年3月14日\n発行: 品質技術部 Process Engineering Group\n適用: 焼結 Nd-Fe-B 磁石 (Tb-GBD 品), 厚さ t ≤ 6.0 mm'),
         ('h1', '1. 目的 Purpose'),
         ('p', '本仕様書は、焼結 Nd-Fe-B 磁石の HcJ 向上を目的とした Tb 粒界拡散処理の標準工程を定める。This specification defines the standard process window for Tb grain boundary diffusion. Deviation requires ECN approval.'),
         ('h1', '2. 母材 Base magnet'),
         ('bullets', ['母材グレード: 52M 相当 (Dy-free), Br 1.43–1.46 T, HcJ ≥ 1,114 kA/m',
                      '加工後寸法 t = 2.0–6.0 mm (磁化方向), 表面粗さ Ra ≤ 0.8 µm',
                      '前処理: アルカリ脱脂 → 3% HNO3 酸洗 30 s → 純水洗浄 → 熱風乾燥 (80 ℃)']),
         ('h1', '3. 塗布 Coating of Tb source'),
         ('p', 'TbH2 粉末 (D50 3–5 µm) を有機バインダーとアルコール溶剤に分散したスラリーを使用。スラリー配合: TbH2 : binder : solvent = 60 : 4 : 36 (wt)。塗布は磁化方向に垂直な 2 面のみ (pole faces)。\n\nTb 塗布量 target: 磁石重量比 0.45 ± 0.05 wt%（両面合計）。塗布後 120 ℃ × 30 min で乾燥。'),
         ('h1', '4. 拡散熱処理 Diffusion heat treatment'),
         ('table', [['Step', '条件 Condition', 'Note'],
                    ['Debinder 脱脂', '400 ℃ × 2 h, vac ≤ 1×10⁻² Pa', ''],
                    ['Diffusion 拡散', '920 ℃ × 12 h, vac ≤ 5×10⁻³ Pa', 't > 4 mm は 15 h'],
                    ['Cooling 冷却', 'Ar gas quench → < 100 ℃', ''],
                    ['Aging 時効', '500 ℃ × 3 h, then Ar quench', '±10 ℃ 調整可'],
                    ]),
         ('p', '注意: 拡散温度 940 ℃ を超えると Tb が主相内部へ拡散し、Br 低下 (> 0.03 T) が発生する。炉内の磁石は Mo 板上に単層配置、磁石間隔 ≥ 3 mm。'),
         ('h1', '5. 合格基準 Acceptance'),
         ('table', [['項目 Item', '規格 Spec'], ['ΔHcJ', '≥ +636 kA/m (+8 kOe)'], ['ΔBr', '≥ −0.02 T'], ['HcJ @ 20 ℃', '≥ 1,750 kA/m'], ['Hk/HcJ', '≥ 0.90']]),
         ('h1', '6. 記録 Records'),
         ('p', '炉チャート、塗布量 (バッチ毎 n=5 秤量)、BH カーブを保存する。保存期間 5 年。Customer PPAP submissions follow QP-110.'),
         ]
    doc_blocks(d, B); save_doc(d, name)
    label(name, 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'process-spec', None, 'mixed', False,
          'Japanese/English supplier spec: Tb grain-boundary diffusion slurry, coating amount, diffusion and aging conditions')

# ---------------------------------------------------------------- C7 mining email, Chinese with English summary
@doc
def c07():
    name = 'RE 浸矿方案 - 回复 Mr. Tran 的问题.eml'
    body = '''Dear Mr. Tran,

Please see my answers below (in Chinese, our engineer Ms. Li will help translate if needed). Short summary in English at the end.

关于贵方矿区（全风化层厚 8–12 m，原矿品位 REO 0.08–0.12%）原地浸矿方案，我方建议如下：

1. 注液井网：正方形布置，孔距 2.0 m × 2.0 m（山脊部位可放宽到 2.5 m），孔径 200 mm，孔深打到全风化层底板以上 0.5 m，不要打穿到半风化层。

2. 浸矿剂：硫酸镁溶液代替硫酸铵（环保原因），浓度前期 3.0%，中期 2.0%，后期 1.0%，pH 4.5–5.5。单位矿石浸矿剂消耗约 0.35 t MgSO4 / t REO。注液强度控制在 0.8–1.2 m³/(m²·d)，雨季减半，防止山体滑坡。

3. 集液：山脚开挖集液沟，并在矿体底板打水平导流孔（孔长 20–30 m，间距 5 m），收液率目标 ≥ 85%。

4. 除杂：浸出母液加碳酸氢铵调 pH 5.0–5.3，除去 Al、Fe，澄清 4 h。

5. 沉淀：除杂后清液加碳酸氢铵（NH4HCO3）至 pH 6.8–7.0，沉淀稀土碳酸盐，陈化 2 h，过滤。上清液补加硫酸镁回用于注液。产品混合碳酸稀土 REO ≥ 40%（湿基），灼烧后 TREO ≥ 92%。

6. 顶水：浸出后期注清水顶替 15–20 天，回收残余浸出液。

English summary: square 2 m well grid, magnesium sulfate lixiviant 3%→1% at pH 4.5–5.5, horizontal drain holes for collection, impurity removal at pH ~5.2 and bicarbonate precipitation at pH ~6.9. Full numbers in the Chinese text above.

Best regards,
王建国 / Wang Jianguo
Technical Manager
'''
    headers = [('From', '"Wang Jianguo" <wang.jg@ganrare-tech.cn>'), ('To', '"Tran Van Minh" <minh.tv@vnrem-mining.vn>'),
               ('Cc', 'li.na@ganrare-tech.cn'), ('Subject', '=?UTF-8?B?' + __import__('base64').b64encode('回复: RE in-situ leaching questions / 浸矿方案'.encode()).decode() + '?='),
               ('Date', 'Fri, 14 Mar 2025 09:30:00 +0800'), ('Message-ID', '<20250314093000.7f3a@ganrare-tech.cn>')]
    eml(name, headers, body, cte='base64')
    label(name, 'controlled', ['1E902.a'], ['mining'], [], 'email', None, 'mixed', False,
          'Email answering a foreign mine: in-situ leaching well grid, MgSO4 lixiviant, impurity removal and precipitation; decisive text in Chinese, summary in English')

# ---------------------------------------------------------------- C8 bilingual commissioning checklist (xlsx)
@doc
def c08():
    name = 'Line3 SC+HD 调试清单 commissioning checklist_2025-03.xlsx'
    rows = [['序号 No.', '设备 Equipment', '调试项目 Commissioning item', '方法 Method', '目标值 Target', '实测 Measured', '签字 Sign'],
            [1, '速凝炉 SC furnace', '真空系统检漏 Vacuum leak test', '升压率法 pressure-rise', '≤ 0.5 Pa·L/s', '', ''],
            [2, '速凝炉 SC furnace', '极限真空 Ultimate vacuum', '冷态 cold', '≤ 3 Pa', '', ''],
            [3, '速凝炉 SC furnace', '铜辊冷却水 Wheel cooling water', '流量计 flowmeter', '≥ 30 m³/h, ΔT ≤ 8 ℃', '', ''],
            [4, '速凝炉 SC furnace', '铜辊转速标定 Wheel speed calibration', '激光测速 laser tach', '0.8–2.0 m/s 可调, 误差 ±0.02', '', ''],
            [5, '速凝炉 SC furnace', '中频电源空载 MF power no-load', '', '250 kW', '', ''],
            [6, '速凝炉 SC furnace', '中间包预热 Tundish preheat', '热电偶 TC', '≥ 1100 ℃', '', ''],
            [7, '速凝炉 SC furnace', '首炉试生产 First heat trial (300 kg)', '参照 WI-SC-03', '片厚 flake 0.25–0.35 mm; α-Fe 无', '', ''],
            [8, '氢破炉 HD furnace', '氢气管路保压 H2 line pressure hold', '0.3 MPa × 24 h', '压降 ≤ 1%', '', ''],
            [9, '氢破炉 HD furnace', '氢气报警联锁 H2 alarm interlock', '标准气 span gas', '1% LEL 报警, 2% 切断', '', ''],
            [10, '氢破炉 HD furnace', '料筒旋转 Drum rotation', '', '2–6 rpm', '', ''],
            [11, '氢破炉 HD furnace', '加热均匀性 Heating uniformity', '9点测温 9-point TUS', '550 ℃ ± 8 ℃', '', ''],
            [12, '氢破炉 HD furnace', '首批试运行 First batch', '参照 WI-HD-02', 'H 含量 ≤ 1500 ppm', '', ''],
            [13, '控制系统 PLC', 'I/O 点检 I/O check', '逐点 point-by-point', '100%', '', ''],
            [14, '控制系统 PLC', '配方下载 Recipe download', 'HMI', '与工艺卡一致 match process card', '', ''],
            [15, '公用 Utilities', '氩气纯度 Ar purity', '分析仪', '≥ 99.999%', '', ''],
            [16, '公用 Utilities', '氮气露点 N2 dew point', '露点仪', '≤ −60 ℃', '', ''],
            ]
    notes = [['备注 Notes'],
             ['1. 调试由供方工程师与我方设备课共同完成；发现问题记录于 punch list。'],
             ['   Commissioning is carried out jointly by the vendor engineer and our maintenance team; issues go to the punch list.'],
             ['2. 首炉/首批试生产的工艺参数以现行工艺卡为准，本表仅列验收目标。'],
             ['   Process parameters for first heat/batch follow the current process card; this sheet lists acceptance targets only.'],
             ['3. 全部项目合格后 72 h 连续运行，方可签署 SAT。'],
             ['   72 h continuous run after all items pass, then SAT sign-off.']]
    punch = [['No.', '日期 Date', '问题 Issue', '责任 Owner', '状态 Status'],
             [1, '2025-03-10', 'SC 炉观察窗密封渗漏 view-port seal leak', 'Vendor', 'closed'],
             [2, '2025-03-11', 'HD 炉第 7 点温度偏低 12 ℃ TC#7 low', '设备课', 'open'],
             [3, '2025-03-12', '铜辊刮刀振动 wheel scraper vibration', 'Vendor', 'open']]
    save_xlsx([('Checklist', rows, {'B': 20, 'C': 36, 'D': 20, 'E': 30}), ('Notes', notes, {'A': 90}), ('Punch list', punch, {'C': 40})], name, 'Zhao Lei')
    label(name, 'controlled', ['1E902.b'], ['magnet-manufacturing'], ['NdFeB'], 'process-spec', None, 'mixed', False,
          'Bilingual commissioning checklist for strip-casting and HD furnaces of a magnet line; process values only as acceptance targets')

# ---------------------------------------------------------------- C9 GB18030 maintenance rules for SX line
@doc
def c09():
    name = '萃取车间混合澄清槽检修规程.txt'
    t = '''萃取车间混合澄清槽维护检修规程
编号：JX-CQ-05　　适用：萃取一至三线（P507/P204 体系）

一、总则
1.1 本规程适用于萃取车间箱式混合澄清槽（共 286 级）、搅拌装置、料液及有机相输送系统的日常维护、定期检修和故障修理。
1.2 检修期间各线工艺参数（皂化度、流比、酸度）以工艺规程为准，本规程不作调整。

二、日常维护（每班）
2.1 检查各级搅拌电机运行电流，偏差超过额定值 10% 的做标记并报告。
2.2 检查混合室与澄清室之间的溢流口，发现第三相或乳化层厚度超过 50 mm，报告班长，必要时降低该段流量。
2.3 检查槽体有无渗漏，尤其是反萃段（盐酸浓度高）。
2.4 有机相高位槽液位保持在 60%～80%。

三、定期检修
3.1 月检：
  (1) 搅拌桨叶与混合室底部间隙测量，标准 30±5 mm；
  (2) 桨叶磨损超过原厚度 1/3 更换（材质 PVDF 或钢衬 PTFE）；
  (3) 减速机换油，使用 L-CKC 220。
3.2 年检（结合全线停车）：
  (1) 分段放空：先放水相至中间罐，有机相抽入有机相储罐，禁止两相混放；
  (2) 槽体内衬（PVC/玻璃钢）目测及电火花检测，检测电压 15 kV，发现漏点用同材质焊补并加贴玻纤布两层；
  (3) 清理澄清室底部沉积的乳化物及固体（含硅胶体、Fe(OH)3），收集后送废渣处理；
  (4) 更换各级相界面调节堰板的密封条；
  (5) 校准料液、有机相、洗酸、反萃酸计量泵，误差 ≤ ±2%。

四、故障修理
4.1 某一级搅拌停转：立即切除该级进料阀，30 分钟内修复；超过 30 分钟则按 5.2 降量运行。
4.2 槽体破漏：在漏点下方设置接液盘，降低相邻三级液位，停搅拌后进行局部焊补，焊补完毕固化 24 h 方可恢复。
4.3 有机相着火：使用二氧化碳或干粉灭火器，严禁用水。

五、检修后开车
5.1 按原级序先注有机相，再注水相，开启搅拌，低流量（额定值 50%）运行 8 h；
5.2 各段取样分析，出口产品纯度恢复到工艺规程规定值（如 Nd2O3/REO ≥ 99.5%）后，逐步恢复到额定流量。
5.3 检修记录填写《设备检修记录表》，由设备员和工艺员共同签字。
'''
    write_text(name, t, 'gb18030', '\r\n')
    label(name, 'controlled', ['1E902.b'], ['separation'], [], 'process-spec', None, 'zh', False,
          'GB18030 maintenance and repair rules for a rare-earth solvent-extraction mixer-settler line; process values only as references')

# ---------------------------------------------------------------- C10 two-column contract annex (docx)
@doc
def c10():
    name = '合同附件B_技术服务范围 Annex B Scope of Technical Services_签署版.docx'
    d = new_doc('Legal Dept', 'Annex B')
    d.add_heading('附件B 技术服务范围　/　Annex B Scope of Technical Services', level=1)
    d.add_paragraph('合同编号 Contract No.: HT-2025-EX-0317　　本附件为合同不可分割的组成部分。This Annex forms an integral part of the Contract.')
    rows = [
        ('1. 服务内容。乙方负责甲方新建稀土金属电解车间8台6 kA氟盐体系电解槽的安装指导、调试及人员培训，并负责将其中4台升级改造为10 kA电解槽。',
         '1. Scope. Party B shall supervise installation, carry out commissioning and train personnel for eight 6 kA fluoride-system rare-earth metal electrolysis cells in Party A\'s new workshop, and shall upgrade four of them to 10 kA cells.'),
        ('2. 安装指导。包括石墨坩埚及耐火材料砌筑、阴极升降机构、阳极吊挂、母线及整流柜的安装；槽体对地绝缘电阻不低于1 MΩ；母线接头压降不大于15 mV。',
         '2. Installation supervision covers lining of graphite crucibles and refractories, cathode lifting mechanisms, anode hangers, busbars and rectifiers; cell-to-ground insulation not less than 1 MΩ; busbar joint voltage drop not more than 15 mV.'),
        ('3. 调试。乙方按其调试程序完成烘槽、起弧熔盐、升电流至额定值，连续运行72小时。验收目标：电解温度1040–1060 ℃，槽电压≤10.5 V，电流效率≥78%，产品PrNd金属TRE≥99.0%。',
         '3. Commissioning. Party B shall complete cell baking, arc start-up of the salt, ramp-up to rated current and a 72-hour continuous run according to its commissioning procedure. Acceptance targets: electrolysis temperature 1040–1060 °C, cell voltage ≤ 10.5 V, current efficiency ≥ 78 %, PrNd metal TRE ≥ 99.0 %.'),
        ('4. 升级改造。乙方提供10 kA槽型改造方案，包括坩埚内径由680 mm扩大至820 mm、阴极改为双钨棒、上部排烟罩改造及整流柜增容，并在改造后重新调试。',
         '4. Upgrade. Party B shall provide the 10 kA cell retrofit plan, including enlarging crucible ID from 680 mm to 820 mm, changing to twin tungsten cathodes, rebuilding the off-gas hood and uprating the rectifiers, and shall re-commission the cells after retrofit.'),
        ('5. 维护维修培训。乙方对甲方15名操作工及5名维修工进行不少于20个工作日的培训，内容包括阳极更换、阴极更换、坩埚破损判断及修补、热停槽与重新起槽。',
         '5. Maintenance and repair training. Party B shall train 15 operators and 5 maintenance technicians of Party A for no fewer than 20 working days, covering anode replacement, cathode replacement, assessment and repair of crucible damage, hot shutdown and restart.'),
        ('6. 交付文件。安装图册、调试程序、维护检修手册（中英文）。',
         '6. Deliverables. Installation drawing set, commissioning procedure, maintenance and repair manual (Chinese and English).'),
        ('7. 出口许可。如本附件所列技术服务需取得出口许可，由乙方负责申请；许可取得前乙方不提供相关技术资料。',
         '7. Export licence. Where the technical services in this Annex require an export licence, Party B shall apply for it; no related technical data will be provided before the licence is granted.'),
    ]
    t = d.add_table(rows=len(rows) + 1, cols=2); t.style = 'Table Grid'
    t.cell(0, 0).text = '中文'; t.cell(0, 1).text = 'English'
    for i, (a, b) in enumerate(rows, 1):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_paragraph('甲方（盖章）Party A (seal): ____________　　乙方（盖章）Party B (seal): ____________')
    d.add_paragraph('日期 Date: 2025年3月14日 / 14 March 2025')
    save_doc(d, name)
    label(name, 'controlled', ['1E902.b'], ['metal-smelting'], [], 'other', None, 'mixed', False,
          'Two-column zh/en contract annex: installation, commissioning, maintenance training and 10 kA upgrade of RE electrolysis cells')

# ---------------------------------------------------------------- C11 HK Traditional recycling process card (html)
@doc
def c11():
    name = 'ndfeb_sludge_recovery_card.html'
    t = '''<!DOCTYPE html>
<html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>工藝卡 RC-07 釹鐵硼油泥回收</title>
<style>body{font-family:"Microsoft JhengHei",sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #888;padding:4px 8px}</style></head>
<body>
<h2>工藝卡 RC-07：釹鐵硼磨削油泥回收稀土氧化物</h2>
<p>廠區：元朗工業邨（試驗線）　版本：2025年3月　編制：何嘉欣　批准：梁志偉</p>
<h3>一、原料</h3>
<p>來料為釹鐵硼毛坯切片、磨削產生之油泥，含水 15–25％，含油 8–12％，TREO（乾基）約 25–30％，其中 Pr<sub>6</sub>O<sub>11</sub>+Nd<sub>2</sub>O<sub>3</sub> 佔 TREO 約 76％，Dy<sub>2</sub>O<sub>3</sub> 約 3％。</p>
<h3>二、工序及參數</h3>
<table>
<tr><th>工序</th><th>條件</th><th>控制要點</th></tr>
<tr><td>1. 除油</td><td>蒸餾除油 350 ℃ × 3 小時（密閉，油氣冷凝回收）</td><td>殘油 ≤ 1％</td></tr>
<tr><td>2. 氧化焙燒</td><td>回轉窯 800 ℃，空氣過量，停留 2.5 小時</td><td>Fe 全部氧化為 Fe<sub>2</sub>O<sub>3</sub>，焙砂 FeO ≤ 0.5％</td></tr>
<tr><td>3. 優溶浸出</td><td>6 mol/L 鹽酸，液固比 3:1，85 ℃，終點 pH 1.5–2.0，攪拌 2 小時</td><td>稀土浸出率 ≥ 98％，Fe 浸出 ≤ 1％</td></tr>
<tr><td>4. 除雜</td><td>加 BaS 除重金屬，過濾；濾液 Fe ≤ 0.05 g/L</td><td>濾渣（主要 Fe<sub>2</sub>O<sub>3</sub>）外售</td></tr>
<tr><td>5. 萃取分組</td><td>P507–煤油，皂化度 38％；Nd/Dy 分組，萃取 30 級、洗滌 20 級</td><td>PrNd 段 Dy<sub>2</sub>O<sub>3</sub>/REO ≤ 0.1％</td></tr>
<tr><td>6. 沉澱</td><td>草酸（H<sub>2</sub>C<sub>2</sub>O<sub>4</sub>）沉澱，用量理論量 1.15 倍，60 ℃，陳化 1 小時</td><td>沉澱率 ≥ 99.5％</td></tr>
<tr><td>7. 灼燒</td><td>900 ℃ × 4 小時，隧道窯</td><td>產品 PrNd 氧化物 TREO ≥ 99％，(Pr+Nd)/TREO ≥ 99.5％</td></tr>
</table>
<h3>三、指標</h3>
<p>稀土總回收率 ≥ 95％；每噸油泥（乾基）耗鹽酸約 1.1 噸、草酸 0.42 噸。</p>
<p>注意：第 3 工序終點 pH 低於 1.3 時鐵大量溶出，須補加焙砂回調。</p>
</body></html>
'''
    write_text(name, t, 'utf-8')
    label(name, 'controlled', ['1E902.a'], ['recycling'], [], 'process-spec', None, 'zh', False,
          'Traditional Chinese (HK) process card: NdFeB grinding sludge de-oiling, oxidising roast, selective HCl leach, SX, oxalate precipitation')

# ---------------------------------------------------------------- C12 English meeting notes with Chinese decisive block (md)
@doc
def c12():
    name = 'notes/2025-03-14 weekly sync - Baotou visit.md'
    t = '''# Weekly sync — 14 Mar 2025

Attendees: Sarah K., Tom H., Liu Yang, Priya (remote)

## 1. Logistics for the Baotou trip
- Flights booked for 7 April; hotel near the industrial park confirmed.
- Priya to check whether visitors need an invitation letter from the host; Liu Yang will ask.
- Budget approved up to USD 12k incl. interpreter.

## 2. Customer complaints Q1
- Two lots of bonded rings returned for chipped edges; root cause at the coater, not material.
- Tom closing out 8D by end of month.

## 3. Heavy RE metal supply — notes from Liu Yang's call
Liu Yang pasted the supplier engineer's message from WeChat (not yet translated, Liu to translate for next week):

> 铽金属我们是钙热还原做的：TbF3 干燥到水分 < 0.05%，配钙过量 12%（粒状钙，纯度 99.5%），装钽坩埚，真空感应炉抽到 1×10⁻² Pa 后充氩 0.05 MPa，升温到 1450 °C 反应，再升到 1600 °C 保温 15 min 让渣金分离，冷却后敲渣。
> 粗铽含 Ca 0.1–0.3%，再真空蒸馏：1×10⁻³ Pa，1550 °C 升华，冷凝器 900 °C 收集，一次蒸馏后 Tb ≥ 99.95%，Ca、F 都 < 50 ppm，收率 93% 左右。镝也是同一套，温度低 50 °C。

- Sarah: we should not forward this to the Ohio team until compliance has looked at it.
- Action: Liu Yang to ask the supplier whether they can quote Tb metal 99.95 % with this route, 200 kg/quarter.

## 4. AOB
- Office move on 28 March. Pack your desks.
'''
    write_text(name, t, 'utf-8')
    label(name, 'controlled', ['1E902.a'], ['metal-smelting'], [], 'other', None, 'mixed', False,
          'English meeting notes; pasted Chinese block gives Tb calcium reduction and vacuum distillation conditions')

# ---------------------------------------------------------------- C13 flotation pilot xlsx (English + pinyin abbreviations)
@doc
def c13():
    name = 'BaiYun_bastnaesite flotation pilot_wk11.xlsx'
    cond = [['Pilot flotation — mixed bastnaesite/monazite ore, circuit conditions (week 11)'],
            [],
            ['Stage', 'Grind / pulp', 'pH', 'Temp (C)', 'Na2SiO3 (g/t)', 'Na2CO3 (g/t)', 'Collector', 'Collector (g/t)', 'Time (min)'],
            ['Grinding', '-0.074 mm 88%', '', '', '', '', '', '', ''],
            ['Magnetic (WHIMS)', '1.2 T, rem. Fe-minerals', '', '', '', '', '', '', ''],
            ['Conditioning', '40% solids', '9.0-9.5', '60', '2500', '1500', 'H205 (hydroxamic)', '1200', '10'],
            ['Rougher', '35% solids', '9.0', '60', '', '', 'H205 + J102 frother', '+ 40', '6'],
            ['Cleaner 1', '25% solids', '8.5', '55', '800', '', '', '', '5'],
            ['Cleaner 2', '', '8.5', '55', '400', '', '', '', '4'],
            ['Cleaner 3', '', '8.2', '50', '', '', '', '', '4'],
            ['Scavenger', '', '9.0', '60', '', '', 'H205', '300', '5'],
            [],
            ['Notes: H205 = 2-hydroxy-3-naphthyl hydroxamic acid; "XT" in shift logs = xuan tie (magnetic Fe); "JK" = jing kuang (concentrate). Keep pulp >=55 C, H205 selectivity drops sharply below 45 C.']]
    res = [['Date', 'Feed REO %', 'Conc REO %', 'Conc yield %', 'REO rec. %', 'Tail REO %', 'F %', 'CaO %', 'Remarks'],
           ['2025-03-10', 5.8, 61.2, 8.1, 85.5, 0.93, 7.9, 5.2, 'baseline'],
           ['2025-03-11', 6.1, 62.8, 8.2, 84.4, 1.04, 8.1, 4.8, 'H205 1300 g/t'],
           ['2025-03-12', 5.9, 64.5, 7.6, 83.1, 1.07, 8.3, 4.1, 'added 3rd cleaner'],
           ['2025-03-13', 6.0, 65.1, 7.8, 84.6, 1.00, 8.2, 3.9, 'silicate 2800 g/t'],
           ['2025-03-14', 6.2, 65.9, 8.0, 85.0, 1.01, 8.4, 3.6, 'target met (JK >= 65%)']]
    save_xlsx([('Conditions', cond, {'A': 18, 'B': 24, 'G': 22}), ('Daily results', res, {'A': 12, 'I': 24})], name, 'J. Ochieng')
    label(name, 'controlled', ['1E902.a'], ['mining'], [], 'parameter-sheet', None, 'en', False,
          'English flotation pilot sheet with hydroxamic collector regime, grind, pH, temperature and REO grades; pinyin abbreviations')

# ---------------------------------------------------------------- C14 UTF-16 HDDR note
@doc
def c14():
    name = 'HDDR powder run log R-118..R-124.txt'
    t = '''HDDR anisotropic NdFeB powder — run log & recipe (bonded magnet line)
Ref: RD-BM-2025-009        Operator: CQ / checked: Dr. Fang

Ingot: Nd12.6 Fe(bal) Co8.0 B6.4 Ga0.3 Nb0.2 (at%), homogenised 1120 C x 20 h in Ar, crushed to < 500 um in glovebox (O2 < 20 ppm)

Recipe "HDDR-A3" (rotary retort, 5 kg/batch):
  1  heat in vacuum to 800 C  (10 C/min)
  2  HD  : admit H2 to 30 kPa at 800 C, hold 3 h   -- disproportionation (NdH2 + Fe + Fe2B)
  3  d-HD: pump slowly 30 -> 1 kPa over 15 min ("slow DR", keeps texture memory)
  4  DR  : 840 C, vacuum < 1e-1 Pa, 60 min        -- recombination, grain ~ 300 nm
  5  Ar quench to RT

Run  | T_HD(C) | pH2(kPa) | t_HD(h) | T_DR(C) | Br(T) | HcJ(kA/m) | (BH)max(kJ/m3) | note
R-118|  800    |  30      |  3.0    |  840    | 1.32  |  1050     |  296           |
R-119|  780    |  30      |  3.0    |  840    | 1.30  |  1110     |  285           |
R-120|  820    |  30      |  3.0    |  840    | 1.33  |   960     |  300           | slight coarsening
R-121|  800    |  20      |  4.0    |  840    | 1.34  |  1020     |  306           | best
R-122|  800    |  20      |  4.0    |  860    | 1.31  |   880     |  281           | DR too hot
R-123|  800    |  20      |  4.0    |  830    | 1.34  |  1005     |  303           |
R-124|  800    |  20      |  4.0    |  840    | 1.34  |  1025     |  305           | repeat of R-121 OK

Bonding (compression):
  powder + 2.5 wt% epoxy (pre-coated in acetone), 0.2 wt% Zn-stearate
  compact 850 MPa in 1.6 T aligning field (warm, 90 C), cure 150 C x 1 h
  bonded magnet: Br 0.98 T, HcJ 1010 kA/m, (BH)max 172 kJ/m3, density 6.05 g/cm3

-> freeze HDDR-A3 as: 800 C / 20 kPa / 4 h, slow d-HD, DR 840 C 60 min
'''
    write_text(name, t, 'utf-16', '\r\n')
    label(name, 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'parameter-sheet', None, 'en', False,
          'UTF-16 English run log: HDDR recipe and compression bonding parameters for anisotropic NdFeB powder')

# ---------------------------------------------------------------- C15 SmCo5 line retrofit plan, zh-TW + en (pdf)
@doc
def c15():
    name = 'SmCo5產線改造計畫_2025Q2.pdf'
    B = [('title', 'SmCo5 產線改造計畫（2025 Q2）\nSmCo5 Line Upgrade Plan'),
         ('p', '文件：PJ-2025-04　　提案部門：生產技術部　　日期：2025/03/14'),
         ('h1', '1. 背景'),
         ('p', '現有 1:5 型釤鈷產線燒結爐兩台（2008 年購入）已屆使用年限，爐溫均勻性僅 ±12 ℃，導致 HcJ 批間變異大。擬更換為一台新型真空燒結／熱處理一體爐，並同步修訂燒結及熱處理配方。'),
         ('p', 'The two sintering furnaces on the 1:5 SmCo line (bought 2008) are at end of life; temperature uniformity is only ±12 °C, causing large batch-to-batch HcJ variation. We propose one new combined vacuum sintering/heat-treatment furnace and a revised sintering and heat-treatment recipe.'),
         ('h1', '2. 改造內容 Scope of upgrade'),
         ('bullets', ['拆除舊爐 #S1、#S2，基礎改造（承重 8 t）', '新爐：有效區 600×600×900 mm，最高 1350 ℃，均勻性 ±3 ℃，Ar 急冷 2 bar',
                      '新增 PLC 配方管理與爐溫曲線自動記錄', '冷卻水系統增容 20 m³/h', '安裝後按 IQ/OQ/PQ 驗證']),
         ('h1', '3. 新配方（PQ 驗證用）New recipe for PQ'),
         ('p', '合金：Sm 36.5 wt%、Co 餘量（單相 SmCo5），粉末 FSSS 4.0–5.0 µm，取向 1.5 T 壓製。'),
         ('table', [['步驟 Step', '條件 Condition'],
                    ['燒結 Sintering', '1130 ℃ × 1 h，Ar 微正壓（抑制 Sm 揮發）'],
                    ['降溫 Cool', '以 2 ℃/min 降至 900 ℃'],
                    ['熱處理 Heat treatment', '900 ℃ × 1 h（避開 750 ℃ 共析分解區）'],
                    ['急冷 Quench', 'Ar 2 bar，900→300 ℃ ≤ 3 min'],
                    ['目標 Target', 'Br ≥ 0.90 T，HcJ ≥ 1,990 kA/m']]),
         ('p', 'Note: the key change vs. the old recipe is the continuous cool from sintering to 900 °C and the faster quench; the old furnace could only reach ~1.5 min/100 °C, which let the SmCo5 phase partly decompose to Sm2Co7 + Sm2Co17 around 750 °C.'),
         ('h1', '4. 時程 Schedule'),
         ('table', [['Milestone', 'Date'], ['設備訂購 PO', '2025/04/01'], ['到廠安裝 Installation', '2025/06/15'], ['OQ', '2025/06/30'], ['PQ (3 lots)', '2025/07/15'], ['量產 SOP', '2025/08/01']]),
         ('h1', '5. 預算 Budget'),
         ('p', '設備 NT$ 18,600,000；基礎與公用 NT$ 2,100,000；驗證 NT$ 450,000。'),
         ]
    save_pdf(B, name, title='SmCo5 Line Upgrade Plan', author='生產技術部', header='PJ-2025-04  內部資料')
    label(name, 'controlled', ['1E902.a', '1E902.b'], ['magnet-manufacturing'], ['SmCo'], 'process-spec', None, 'mixed', False,
          'zh-TW/en SmCo5 line upgrade plan that also lays down the new sintering/heat-treatment recipe')

# ---------------------------------------------------------------- C16 Japanese email on phosphor recycling (eml)
@doc
def c16():
    name = 'Re_ 蛍光体スラッジからのY・Eu・Tb回収条件について.eml'
    body = '''陳様

いつもお世話になっております。東洋リサイクル技術部の佐藤です。
先日ご質問いただいた廃蛍光体（3波長形蛍光ランプ由来）からの希土類回収条件について、当社パイロットの条件を以下にまとめます。

【前処理】
・ガラス片除去：振動篩 75 µm、篩下を回収
・ハロリン酸カルシウム除去：2 mol/L HCl、室温、30 min（Y・Eu 系はほとんど溶けない）、ろ過して残渣を次工程へ

【アルカリ溶融】  ※ここが一番のポイントです
・残渣 : NaOH = 1 : 2.5（重量比）、550 ℃ × 2 h、ニッケル坩堝
・溶融物を温水で洗浄（Al, Si, P を除去）、洗浄 3 回
・LaPO4:Ce,Tb（緑）と BAM（青）の分解率はこの条件で 95% 以上

【浸出・分離】
・洗浄残渣を 4 mol/L HNO3、80 ℃、2 h で浸出 → RE 浸出率 97%
・Y/Eu/Tb の分離は P507（50% saponified）で 18 段、Tb を先に回収
・シュウ酸沈殿 → 850 ℃ 焼成、Y2O3 純度 99.9%、Eu2O3 99.5%、Tb4O7 99.5%

English note for Mr. Lee (cc): the key step is the NaOH fusion at 550 °C, 1:2.5 ratio; without it the green and blue phosphors do not dissolve. Details above.

ご不明点があればお知らせください。

佐藤 健一 / Kenichi Sato
東洋リサイクル株式会社 技術部
'''
    import base64
    subj = '=?UTF-8?B?' + base64.b64encode('Re: 蛍光体スラッジからのY・Eu・Tb回収条件について'.encode()).decode() + '?='
    headers = [('From', '"Sato Kenichi" <k.sato@toyo-recycle.co.jp>'), ('To', '"Chen Wei" <chen.wei@hx-materials.com.tw>'),
               ('Cc', '"David Lee" <d.lee@hx-materials.com.tw>'), ('Subject', subj),
               ('Date', 'Fri, 14 Mar 2025 10:12:00 +0900'), ('Message-ID', '<CAJ20250314101200.sato@toyo-recycle.co.jp>')]
    eml(name, headers, body, cte='base64')
    label(name, 'controlled', ['1E902.a'], ['recycling'], [], 'email', None, 'mixed', False,
          'Japanese email with English note: spent lamp phosphor RE recovery via NaOH fusion, leaching, P507 separation')

# ---------------------------------------------------------------- C17 UTF-8 simplified: concentrate decomposition flow (txt)
@doc
def c17():
    name = '混合精矿焙烧-分组工艺流程说明.txt'
    t = '''混合稀土精矿浓硫酸焙烧及分组工艺流程说明
（白云鄂博型混合精矿，REO 50%）

1 原料
  精矿 REO 50%±1%，CaO 8–10%，F 7–8%，P 1.5%，ThO2 0.2%。精矿与 98% 浓硫酸按酸矿比 1.35:1 在螺旋混料机中混匀。

2 回转窑焙烧
  窑头温度 800–850 ℃，窑尾 250 ℃，物料停留时间 1.5–2 h。焙烧过程 F 以 HF、SiF4 形式进入尾气，尾气经三级喷淋回收氢氟酸。焙烧矿稀土转化为可溶性硫酸盐，钍转化为难溶焦磷酸盐留在渣中。

3 水浸
  焙烧矿：水 = 1:10，常温浸出 2 h，浸出液 REO 35–40 g/L。加 MgO 中和至 pH 3.8–4.2 除 Fe、P、Th，压滤，水浸渣（含 Th）单独堆存。

4 P204 萃取转型
  有机相 1.5 mol/L P204 + 煤油，不皂化；硫酸稀土溶液直接萃取，萃取 8 级，用 HCl 4.5 mol/L 反萃 6 级，得氯化稀土溶液 RECl3 1.5 mol/L，硫酸根 < 0.3 g/L。

5 Nd/Sm 分组
  P507 皂化度 36%，萃取 20 级 + 洗涤 15 级，得 LaCePrNd 氯化物（去下一工段 La/Ce/PrNd 分离）及 SmEuGd 富集物。

6 主要技术经济指标
  稀土总收率 ≥ 93%，酸耗 1.35 t H2SO4 / t 精矿，MgO 0.08 t / t 精矿。
'''
    write_text(name, t, 'utf-8')
    label(name, 'controlled', ['1E902.a'], ['separation'], [], 'process-spec', None, 'zh', False,
          'Simplified Chinese flow description: concentrated sulfuric-acid roasting, water leach, P204 conversion, P507 grouping')

# ================================================================ EXCLUDED
@doc
def e01():
    name = 'papers/王等-2024-双主相Ce磁体晶界调控.pdf'
    B = [('p', '稀土学报（Journal of Rare Earth Materials）  第42卷 第5期  2024年10月  Vol.42 No.5  pp. 811–820\nDOI: 10.11785/j.issn.1000-4343.2024.05.011'),
         ('title', '双主相铈磁体的晶界相调控与矫顽力提升\nGrain-boundary phase tailoring and coercivity enhancement in dual-main-phase Ce magnets'),
         ('p', '王晓明¹，李娜¹，张伟²\n1. 某大学材料科学与工程学院；2. 某稀土功能材料重点实验室\n收稿日期：2024-03-02；修回日期：2024-06-18；接受日期：2024-07-05'),
         ('h2', '摘要'),
         ('p', '采用双主相工艺制备了Ce占稀土总量35%的烧结磁体，研究了烧结温度（1010–1050 ℃）和二级回火温度（440–520 ℃）对显微组织与磁性能的影响。结果表明，1020 ℃烧结、460 ℃回火的磁体获得最佳性能：Br = 1.23 T，HcJ = 971 kA/m，(BH)max = 287 kJ/m³。富稀土晶界相连续分布和CeFe2相的抑制是矫顽力提升的主要原因。'),
         ('p', '关键词：铈磁体；双主相；晶界相；矫顽力；烧结'),
         ('h2', 'Abstract'),
         ('p', 'Sintered magnets with Ce at 35% of total rare earth were prepared by the dual-main-phase route, and the effect of sintering temperature (1010–1050 °C) and second-stage annealing temperature (440–520 °C) on microstructure and magnetic properties was studied. Magnets sintered at 1020 °C and annealed at 460 °C showed the best properties: Br = 1.23 T, HcJ = 971 kA/m, (BH)max = 287 kJ/m³. A continuous RE-rich grain-boundary phase and suppression of the CeFe2 phase are the main reasons for the coercivity gain.'),
         ('p', 'Keywords: Ce magnet; dual main phase; grain boundary phase; coercivity; sintering'),
         ('h1', '1 引言'),
         ('p', '钕铁硼永磁材料广泛应用于新能源汽车、风力发电和消费电子等领域，其对Pr、Nd的大量消耗导致高丰度稀土Ce、La积压。以Ce部分替代Nd可以降低成本并促进稀土资源平衡利用[1–3]。然而Ce2Fe14B的各向异性场（约2.6 T）和饱和磁化强度均显著低于Nd2Fe14B，单合金法添加Ce会导致磁性能急剧下降[4]。Zhu等[5]提出的双主相工艺通过分别制备含Ce与不含Ce的主相合金，利用主相间成分的不均匀性保持较高的磁性能。本文在前期工作[6]基础上，系统研究烧结与回火工艺对35% Ce双主相磁体的影响。'),
         ('h1', '2 实验方法'),
         ('p', '按名义成分 (PrNd)30.5FebalB0.98Cu0.1Ga0.2（合金A）和 (Ce0.6PrNd0.4)31FebalB1.0Cu0.15Ga0.3（合金B，均为质量分数）分别进行速凝铸片，铜辊线速度1.5 m/s。两种铸片分别在0.1 MPa氢气中吸氢破碎，并在540 ℃脱氢。氢碎粉按质量比A:B = 42:58混合后经气流磨制成平均粒度3.0 µm的粉末，在1.8 T磁场中取向压制并经200 MPa冷等静压。生坯在1010、1020、1030、1040、1050 ℃真空烧结4 h，随后在880 ℃一级回火2 h，二级回火温度为440、460、480、500、520 ℃，保温3 h。采用NIM-500C永磁测量仪测量磁性能，SEM-EDS及EPMA分析显微组织。'),
         ('h1', '3 结果与讨论'),
         ('h2', '3.1 烧结温度的影响'),
         ('p', '随烧结温度升高，磁体密度由7.32 g/cm³（1010 ℃）增至7.48 g/cm³（1030 ℃）后基本不变。HcJ在1020 ℃达到最大，继续升温时主相间Ce/Nd互扩散加剧，双主相特征减弱，HcJ下降约12%。'),
         ('table', [['烧结温度/℃', '密度/(g/cm³)', 'Br/T', 'HcJ/(kA/m)', '(BH)max/(kJ/m³)'],
                    ['1010', '7.32', '1.19', '902', '262'], ['1020', '7.41', '1.23', '951', '283'], ['1030', '7.48', '1.24', '918', '288'],
                    ['1040', '7.49', '1.24', '873', '285'], ['1050', '7.49', '1.23', '838', '279']]),
         ('h2', '3.2 二级回火温度的影响'),
         ('p', '在1020 ℃烧结磁体中，二级回火温度为460 ℃时HcJ最高，达971 kA/m。EPMA结果显示此时晶界三角区富稀土相呈连续薄层分布，Ce在晶界相中富集程度低于主相，CeFe2相体积分数由8.1%降至2.3%。'),
         ('h2', '3.3 矫顽力机理'),
         ('p', '双主相磁体中，富Nd主相晶粒外壳对反磁化畴形核具有抑制作用，而连续晶界相隔断了相邻晶粒间的交换耦合。回火温度过高时，晶界相发生团聚，薄层晶界相不连续，矫顽力降低。'),
         ('h1', '4 结论'),
         ('p', '(1) 35% Ce双主相磁体的最佳烧结温度为1020 ℃；(2) 二级回火460 ℃时获得最佳磁性能 Br = 1.23 T，HcJ = 971 kA/m，(BH)max = 287 kJ/m³；(3) 抑制CeFe2相、形成连续晶界相是矫顽力提高的关键。'),
         ('h1', '参考文献'),
         ('p', '[1] 李某, 等. 高丰度稀土永磁材料研究进展[J]. 稀土学报, 2019, 37(3): 257–270.\n[2] Herbst J F, et al. Ce substitution in Nd2Fe14B[J]. Journal of Applied Physics, 1985.\n[3] Pathak A K, et al. Cerium: an unlikely replacement of dysprosium in high performance Nd–Fe–B permanent magnets[J]. Advanced Materials, 2015, 27: 2663.\n[4] 张某, 等. Ce对烧结钕铁硼磁性能的影响[J]. 金属功能材料, 2016.\n[5] Zhu M G, et al. Influence of Ce substitution on the magnetic properties of dual-main-phase magnets[J]. IEEE Transactions on Magnetics, 2015.\n[6] 王晓明, 等. 前期工作[J]. 稀土学报, 2022.'),
         ('p', '引用格式：王晓明, 李娜, 张伟. 双主相铈磁体的晶界相调控与矫顽力提升[J]. 稀土学报, 2024, 42(5): 811–820.'),
         ]
    save_pdf(B, name, title='双主相铈磁体的晶界相调控与矫顽力提升', author='王晓明', header='稀土学报 2024, 42(5)', footer='© 2024 稀土学报编辑部')
    label(name, 'excluded', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB', 'Ce'], 'other', 'public-domain', 'mixed', False,
          'Published journal article (volume, issue, DOI, received/accepted) on dual-main-phase Ce magnets; zh body with en abstract')

@doc
def e02():
    name = '标准/GB-T 钕铁硼废料回收 技术规范 全文.txt'
    t = '''ICS 77.120.99
H 14

中华人民共和国国家标准
GB/T 41xxx—2022

钕铁硼废料回收利用 技术规范
Technical specification for recycling of NdFeB scrap

2022-xx-xx 发布　　　　2023-xx-xx 实施

国家市场监督管理总局
国家标准化管理委员会　　发布

前言
本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。
本文件由中国有色金属工业协会提出。
本文件由全国稀土标准化技术委员会（SAC/TC 229）归口。

1 范围
本文件规定了钕铁硼废料回收利用的术语和定义、工艺要求、技术指标、环境保护及检验方法。
本文件适用于以烧结钕铁硼、粘结钕铁硼生产过程中产生的废料（块料、油泥、粉料）为原料回收稀土氧化物的生产过程。

2 规范性引用文件
GB/T 12690（所有部分）稀土金属及其氧化物中非稀土杂质化学分析方法
GB/T 14635 稀土金属及其化合物化学分析方法 稀土总量的测定
GB/T 18115（所有部分）稀土金属及其氧化物中稀土杂质化学分析方法

3 术语和定义
3.1 钕铁硼油泥 NdFeB sludge：钕铁硼磁体切割、磨削加工过程中产生的含油、含水的细粒废料。
3.2 优溶 selective dissolution：利用稀土氧化物与氧化铁在酸中溶解性的差异，控制酸度使稀土优先溶解的浸出方法。

4 工艺要求
4.1 预处理：油泥应经除油处理，除油后残油量不大于2%；块料应破碎至粒度不大于5 mm。
4.2 氧化焙烧：焙烧温度宜为600 ℃～900 ℃，焙烧后物料中Fe2+含量不大于1%。
4.3 浸出：宜采用盐酸优溶浸出，浸出终点pH值控制在1.0～2.5，稀土浸出率不低于97%。
4.4 分离：浸出液经除杂后宜采用萃取法分离，萃取剂可选用P507或P204。
4.5 沉淀与灼烧：宜采用草酸沉淀，沉淀率不低于99%；灼烧温度850 ℃～1000 ℃。

5 技术指标
5.1 稀土总回收率不低于95%。
5.2 产品应符合GB/T 5240、GB/T 5239等相应产品标准的要求。

6 环境保护
6.1 焙烧烟气应经除尘及脱硫处理后排放。
6.2 浸出渣应按一般工业固体废物或危险废物分类管理。
6.3 废水中氟化物、氨氮等指标应符合GB 26451的规定。

7 检验方法
7.1 稀土总量按GB/T 14635测定。
7.2 稀土配分按GB/T 18115测定。
'''
    write_text(name, t, 'gb18030', '\r\n')
    label(name, 'excluded', ['1E902.a'], ['recycling'], [], 'process-spec', 'public-domain', 'zh', False,
          'Verbatim text of a published national standard (GB/T) on NdFeB scrap recycling; GB18030-encoded')

@doc
def e03():
    name = '国自然面上项目申请书_4f电子与Ce2Fe14B磁晶各向异性.docx'
    d = new_doc('赵磊', '面上项目申请书')
    B = [('title', '国家自然科学基金面上项目申请书（正文）'),
         ('p', '项目名称：Ce2Fe14B及(Nd,Ce)2Fe14B中4f电子局域-巡游特性对磁晶各向异性的影响机制\n申请代码：E0101（金属材料的组织与性能）\n申请人：赵磊　　依托单位：某大学物理与材料学院　　研究期限：2026年1月—2029年12月'),
         ('h1', '一、立项依据与研究内容'),
         ('h2', '1. 研究意义'),
         ('p', 'Ce是地壳中丰度最高的稀土元素，Ce2Fe14B的各向异性场仅约为Nd2Fe14B的三分之一。一般认为这源于Ce的混合价态：Ce 4f电子处于Ce3+（4f1）与Ce4+（4f0）之间的中间价态，其4f电子部分巡游化，对晶体场的单离子各向异性贡献显著减弱。然而，Ce价态与晶格位置（4f和4g两种稀土晶位）、与Fe 3d电子杂化强度以及温度之间的定量关系至今缺乏系统认识。'),
         ('h2', '2. 研究内容'),
         ('bullets', ['基于DFT+DMFT计算Ce在4f/4g晶位的4f占据数及其与Fe-3d的杂化函数；',
                      '利用同步辐射X射线吸收谱（Ce L3边）及X射线磁圆二色（XMCD）测定单晶样品中Ce价态和轨道磁矩随温度（10–300 K）的变化；',
                      '测量(Nd1-xCex)2Fe14B单晶（x = 0–1）的磁晶各向异性常数K1、K2，建立4f占据数—晶体场参数—各向异性的定量模型。']),
         ('h2', '3. 拟解决的关键科学问题'),
         ('p', '(1) Ce在两种稀土晶位上的价态差异是否导致各向异性贡献的符号差异？(2) 晶格常数变化（静水压/化学压）如何调控Ce 4f的局域化程度？'),
         ('h1', '二、研究方案与可行性'),
         ('p', '单晶采用光学浮区法生长，用于物性测量而非工艺开发；所有样品尺寸为毫米级。计算采用VASP与eDMFT程序包。申请人前期已在Physical Review B等期刊发表相关论文5篇。'),
         ('h1', '三、预期成果'),
         ('p', '在国际期刊发表论文6–8篇，培养博士研究生2名、硕士研究生3名。本项目属于基础研究，不涉及磁体制备工艺及生产技术。'),
         ('h1', '四、经费预算（简表）'),
         ('table', [['科目', '金额（万元）'], ['设备费', '0'], ['业务费（同步辐射机时、测试）', '32'], ['劳务费', '18'], ['合计', '50']]),
         ]
    doc_blocks(d, B); save_doc(d, name)
    label(name, 'excluded', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB', 'Ce'], 'other', 'basic-research', 'zh', False,
          'NSFC-style grant proposal on 4f-electron physics and anisotropy of Ce2Fe14B; fundamental research only')

@doc
def e04():
    name = 'research-plan_Ln-organophosphorus-coordination_2025.md'
    t = '''# Research plan (PhD project): Coordination chemistry and thermodynamics of lanthanide complexes with dialkylphosphinic and alkylphosphonic acid extractants

Department of Chemistry — doctoral research plan, submitted to the graduate committee, March 2025
Candidate: M. Okafor · Supervisor: Prof. H. Lindqvist

## 1. Scientific question
Why does the separation factor between adjacent lanthanides in acidic organophosphorus extractants — HEH[EHP] (known in Chinese literature as **P507**), HDEHP (**P204**) and bis(2,4,4-trimethylpentyl)phosphinic acid (Cyanex 272) — increase only modestly across the series, and how much of that trend is enthalpic versus entropic? We want to understand the *origin* of selectivity at the molecular level, not to design a process.

## 2. Background
Acidic organophosphorus extractants form dimers (HA)2 in aliphatic diluents and extract Ln(III) as Ln(HA2)3. The lanthanide contraction shortens Ln–O distances across the series, but the free-energy difference between neighbours is only 1–3 kJ/mol. Literature values of ΔH and ΔS are scattered and often derived from van 't Hoff plots over narrow temperature ranges.

## 3. Objectives
1. Direct measurement of extraction enthalpies for La, Nd, Eu, Dy, Er, Lu by isothermal titration calorimetry (ITC) in n-dodecane.
2. Structure of the extracted complexes by EXAFS (Ln L3-edge) and by single-crystal XRD of model complexes.
3. DFT and molecular dynamics of Ln(HA2)3 in explicit solvent to separate inner-sphere from outer-sphere contributions.
4. Relate second-sphere hydrogen bonding to the observed selectivity.

## 4. Methods
- Batch equilibria at trace metal loading (10⁻⁴ M) and 25–55 °C, two-phase shaking in thermostatted vials (2 mL each phase). No continuous-contactor work and no saponification studies are planned.
- ITC: titration of Ln(NO3)3 in aqueous phase against extractant in organic phase is not feasible; we will use single-phase analogues in wet dodecane.
- EXAFS at a synchrotron beamline (proposal submitted).

## 5. Expected outcomes
A thermodynamic dataset (ΔG, ΔH, TΔS) across the series for three extractant classes and a structural model of the first and second coordination spheres, published in open-access journals.

## 6. Timeline
Year 1: equilibria and ITC. Year 2: EXAFS, crystallography. Year 3: simulation and thesis.
'''
    write_text(name, t, 'utf-8')
    label(name, 'excluded', ['1E902.a'], ['separation'], [], 'other', 'basic-research', 'en', False,
          'University PhD research plan on lanthanide coordination chemistry/thermodynamics with P507/P204-type extractants')

@doc
def e05():
    name = '专利/CN申请_钐钴时效方法_权利要求书+说明书_定稿.docx'
    d = new_doc('知识产权部', '专利申请文件')
    B = [('p', '致：某某专利代理事务所 刘律师\n请按以下定稿文本提交发明专利申请，并同步准备PCT申请英文译文（要求优先权）。申请人：某磁性材料有限公司。'),
         ('title', '权利要求书'),
         ('p', '1. 一种2:17型钐钴永磁体的时效处理方法，其特征在于，包括以下步骤：\n(a) 将经烧结及固溶处理的Sm(CobalFe0.25Cu0.07Zr0.025)7.6磁体坯料在氩气保护下升温至820～840 ℃，保温10～14 h；\n(b) 以0.5～0.8 ℃/min的速率冷却至600 ℃，再以0.3～0.5 ℃/min的速率冷却至400 ℃；\n(c) 在400 ℃保温3～5 h后快速冷却至室温。'),
         ('p', '2. 根据权利要求1所述的方法，其特征在于，步骤(b)中两段冷却速率之比为1.5:1～2:1。'),
         ('p', '3. 根据权利要求1所述的方法，其特征在于，所述固溶处理温度为1180～1190 ℃，时间2～4 h。'),
         ('p', '4. 一种由权利要求1至3任一项所述方法制备的钐钴永磁体，其在300 ℃下的内禀矫顽力不低于800 kA/m。'),
         ('title', '说明书'),
         ('h2', '技术领域'),
         ('p', '本发明涉及稀土永磁材料领域，具体涉及一种高温用2:17型钐钴永磁体的时效处理方法。'),
         ('h2', '背景技术'),
         ('p', '2:17型钐钴磁体的矫顽力来源于时效过程中形成的胞状组织，即Sm2(Co,Fe)17胞内相与富Cu的Sm(Co,Cu)5胞壁相。现有技术通常采用单一速率慢冷，胞壁相中Cu的浓度梯度不足，高温矫顽力偏低。'),
         ('h2', '发明内容'),
         ('p', '本发明的目的在于提供一种分段慢冷的时效方法，通过在600 ℃以上较快冷却、600 ℃以下较慢冷却，使Cu在胞壁相中充分富集，从而提高磁体在300 ℃下的矫顽力。'),
         ('h2', '具体实施方式'),
         ('p', '实施例1：按Sm(CobalFe0.25Cu0.07Zr0.025)7.6配料，真空感应熔炼，气流磨至3.5 µm，1.5 T磁场中取向成型，1210 ℃烧结1 h，1185 ℃固溶3 h后风冷。时效：830 ℃保温12 h，以0.7 ℃/min冷至600 ℃，以0.4 ℃/min冷至400 ℃，保温4 h后风冷。所得磁体室温HcJ = 2230 kA/m，300 ℃ HcJ = 856 kA/m。\n\n对比例1：时效慢冷全程0.7 ℃/min，其余同实施例1，300 ℃ HcJ = 702 kA/m。'),
         ('title', '说明书摘要'),
         ('p', '本发明公开了一种2:17型钐钴永磁体的时效处理方法，采用820～840 ℃等温时效后两段不同速率慢冷至400 ℃并保温的工艺，提高磁体高温矫顽力。'),
         ('p', '摘要附图：图1（时效温度—时间曲线示意图）'),
         ]
    doc_blocks(d, B); save_doc(d, name)
    label(name, 'excluded', ['1E902.a'], ['magnet-manufacturing'], ['SmCo'], 'other', 'patent-filing', 'zh', False,
          'Final patent application text (claims, description, abstract) with instruction to patent attorney; SmCo 2:17 aging method')

@doc
def e06():
    name = 'Proc_REM2024_paper_0147_Nd electrolysis current efficiency.pdf'
    B = [('p', 'Published in: Rare Earth Metallurgy 2024 — Proceedings of the International Symposium, pp. 147–156. © The Minerals Society, 2024. ISBN 978-3-031-50000-0. https://doi.org/10.1007/978-3-031-50000-0_14'),
         ('title', 'Effect of Anode–Cathode Distance and Oxide Feeding Mode on Current Efficiency in Nd Molten Fluoride Electrolysis'),
         ('p', 'J. Harlow, Y. Chen, S. Becker'),
         ('h2', 'Abstract'),
         ('p', 'Neodymium metal was produced in a 3 kA laboratory-pilot cell using an NdF3–LiF electrolyte (86:14 wt.%) at 1050 °C with graphite anodes and a tungsten cathode. Current efficiency was measured as a function of anode–cathode distance (ACD, 70–130 mm) and oxide feeding mode (batch vs. semi-continuous). Semi-continuous feeding at 0.9 × the theoretical consumption rate and an ACD of 100 mm gave a current efficiency of 81 %, while batch feeding gave 72 % with more frequent anode effects. Back-reaction of dissolved metal with anode gas is proposed as the dominant loss mechanism at small ACD.'),
         ('h2', '1 Introduction'),
         ('p', 'Most of the world\'s Nd and PrNd metal is produced by electrolysis of oxide dissolved in a fluoride melt. Reported current efficiencies range from 60 to 85 %. The factors governing losses, including metal re-dissolution, back-reaction and partial reduction to Nd(II), remain debated.'),
         ('h2', '2 Experimental'),
         ('p', 'The cell consisted of a graphite crucible (ID 450 mm) serving as anode, a tungsten rod cathode (Ø 50 mm) immersed 220 mm, and a molybdenum metal receiver. Nd2O3 (99.9 %) was dried at 300 °C. Current was held at 3000 ± 50 A; cell voltage, temperature and off-gas CO/CO2/CF4 were logged at 1 Hz. Metal was tapped every 2 h and weighed.'),
         ('table', [['ACD (mm)', 'Feeding', 'Cell voltage (V)', 'Anode effects / 24 h', 'Current efficiency (%)'],
                    ['70', 'semi-continuous', '7.8', '1', '68'], ['100', 'semi-continuous', '8.9', '0', '81'],
                    ['130', 'semi-continuous', '10.2', '0', '79'], ['100', 'batch (every 20 min)', '9.0', '5', '72']]),
         ('h2', '3 Results and Discussion'),
         ('p', 'At small ACD the metal-rich zone near the cathode interacts with CO2 from the anode and current efficiency drops. Above 110 mm, ohmic heating raises bath temperature and metal solubility. Batch feeding produced sludge at the crucible bottom and periodic oxide starvation with anode effects.'),
         ('h2', '4 Conclusions'),
         ('p', 'An ACD near 100 mm and semi-continuous oxide feeding maximised current efficiency in this cell geometry.'),
         ('h2', 'References'),
         ('p', '1. Vogel H, Friedrich B (2018) An estimation of PFC emission by rare earth electrolysis. Light Metals 2018.\n2. Keniry J (2001) The economics of inert anodes and wettable cathodes. JOM 53(5).\n3. Thonstad J et al. (2001) Aluminium Electrolysis, 3rd ed. Aluminium-Verlag.'),
         ]
    save_pdf(B, name, title='Effect of ACD and oxide feeding mode on current efficiency in Nd electrolysis', author='J. Harlow', header='Rare Earth Metallurgy 2024 — Proceedings', footer='Published proceedings')
    label(name, 'excluded', ['1E902.a'], ['metal-smelting'], [], 'other', 'public-domain', 'en', False,
          'Published conference proceedings paper (ISBN/DOI) on Nd molten fluoride electrolysis current efficiency')

# ================================================================ CLEAR
@doc
def n01():
    name = '稀土市場周報_2025年第11周.html'
    t = '''<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>稀土市場周報 2025年第11周</title></head>
<body>
<h1>稀土市場周報（2025年3月10日－3月14日）</h1>
<p>發佈：商品研究部（香港）　本報告僅供參考，不構成任何投資建議。</p>
<h2>一、本周要點</h2>
<ul>
<li>氧化鐠釹價格本周上漲 2.8％，周五收報每噸人民幣 43.9 萬元，為去年十月以來高位。</li>
<li>氧化鏑、鋱金屬價格持穩；歐洲鏑鐵報價上調約 5％。</li>
<li>內地出口管制新規發佈後，海外磁材廠商補庫意願增強，釹鐵硼磁材出口訂單交期延長至 8–10 周。</li>
</ul>
<h2>二、價格一覽</h2>
<table border="1" cellpadding="4">
<tr><th>品種</th><th>規格</th><th>本周均價（人民幣／噸）</th><th>周變動</th></tr>
<tr><td>氧化鐠釹</td><td>≥99％</td><td>439,000</td><td>+2.8％</td></tr>
<tr><td>鐠釹金屬</td><td>≥99％</td><td>538,000</td><td>+2.1％</td></tr>
<tr><td>氧化鏑</td><td>≥99.5％</td><td>1,690,000</td><td>0.0％</td></tr>
<tr><td>鋱金屬</td><td>≥99.9％</td><td>7,350,000</td><td>−0.4％</td></tr>
<tr><td>氧化鈰</td><td>≥99.9％</td><td>8,200</td><td>0.0％</td></tr>
<tr><td>燒結釹鐵硼毛坯 N52</td><td>—</td><td>每公斤 245</td><td>+1.7％</td></tr>
</table>
<h2>三、供需分析</h2>
<p>供應端，南方離子型稀土礦山環保整改持續，緬甸進口礦量環比下降約 15％；北方冶煉分離企業開工率維持在八成以上。需求端，新能源汽車驅動電機及風電訂單穩定，工業機器人及消費電子需求溫和回升。</p>
<p>我們預期第二季度氧化鐠釹價格在 42–46 萬元區間運行，主要風險在於出口許可審批節奏及海外庫存變化。</p>
<h2>四、下周關注</h2>
<p>工信部稀土開採、冶煉分離總量控制指標公佈時點；日本及歐洲主要磁材廠財報。</p>
</body></html>
'''
    write_text(name, t, 'utf-8')
    label(name, 'clear', [], [], [], 'other', None, 'zh', True, 'Traditional Chinese (HK) weekly rare-earth price report; market commentary only')

@doc
def n02():
    name = '烧结钕铁硼磁体产品手册 Sintered NdFeB Product Catalogue 2025.pdf'
    grades = [['牌号 Grade', 'Br (T)', 'HcB (kA/m)', 'HcJ (kA/m)', '(BH)max (kJ/m³)', '最高工作温度 Max. temp'],
              ['N35', '1.17–1.22', '≥ 868', '≥ 955', '263–287', '80 ℃'], ['N42', '1.28–1.32', '≥ 923', '≥ 955', '318–342', '80 ℃'],
              ['N52', '1.42–1.47', '≥ 836', '≥ 876', '398–422', '60 ℃'], ['45M', '1.32–1.38', '≥ 995', '≥ 1114', '342–366', '100 ℃'],
              ['42SH', '1.28–1.33', '≥ 971', '≥ 1592', '318–342', '150 ℃'], ['38UH', '1.22–1.27', '≥ 923', '≥ 1990', '287–310', '180 ℃'],
              ['35EH', '1.17–1.22', '≥ 876', '≥ 2388', '263–287', '200 ℃']]
    B = [('title', '烧结钕铁硼永磁体 产品手册 2025\nSintered NdFeB Permanent Magnets — Product Catalogue 2025'),
         ('p', '本手册所列数据为典型值，供客户选型参考。Data are typical values for selection; final values per agreed drawing and specification.'),
         ('h1', '1. 磁性能 Magnetic properties (20 ℃)'), ('table', grades),
         ('h1', '2. 物理性能 Physical properties'),
         ('table', [['项目 Item', '数值 Value'], ['密度 Density', '7.5–7.6 g/cm³'], ['维氏硬度 Vickers hardness', '560–600 HV'], ['电阻率 Resistivity', '1.4–1.6 µΩ·m'], ['Br 温度系数 α(Br)', '−0.12 %/℃'], ['HcJ 温度系数 β(HcJ)', '−0.60 %/℃']]),
         ('h1', '3. 表面处理 Coatings'),
         ('table', [['镀层 Coating', '厚度 Thickness', '盐雾 NSS', '颜色 Colour'], ['Ni-Cu-Ni', '10–20 µm', '≥ 48 h', '银白 silver'], ['Zn', '6–12 µm', '≥ 24 h', '蓝白 blue-white'], ['环氧 Epoxy', '15–25 µm', '≥ 500 h', '黑 black'], ['磷化 Phosphate', '—', '—', '灰 grey']]),
         ('h1', '4. 尺寸公差 Tolerances'),
         ('p', '常规公差 ±0.05 mm（磨加工），可做到 ±0.02 mm。最大取向方向尺寸 60 mm。形状：方块、圆片、圆环、瓦形、异形。\nStandard tolerance ±0.05 mm (ground), down to ±0.02 mm on request. Max. dimension along magnetisation 60 mm. Shapes: blocks, discs, rings, arcs, custom.'),
         ('h1', '5. 包装与运输 Packing and shipping'),
         ('p', '充磁产品采用铁皮屏蔽包装，符合 IATA DGR PI 953 空运要求。Magnetised parts are shipped in steel-shielded cartons per IATA PI 953.'),
         ('h1', '6. 使用注意 Handling'),
         ('bullets', ['强磁体相吸可能夹伤手指 Strong magnets can pinch fingers', '勿靠近心脏起搏器 Keep away from pacemakers', '磁体脆，避免碰撞 Brittle — avoid impact']),
         ]
    save_pdf(B, name, title='Sintered NdFeB Product Catalogue 2025', author='Sales & Marketing', header='产品手册 Product Catalogue 2025')
    label(name, 'clear', [], [], [], 'other', None, 'mixed', True, 'Bilingual product catalogue of finished sintered NdFeB magnets: grades, coatings, tolerances')

@doc
def n03():
    name = 'CI-PL_NBX250314_magnets to Hamburg.xlsx'
    inv = [['COMMERCIAL INVOICE / 商业发票'], ['Invoice No.: NBX250314', '', 'Date: 2025-03-14'],
           ['Seller 卖方: Ningbo XX Magnetics Co., Ltd.', '', 'Buyer 买方: Antriebstechnik GmbH, Hamburg'],
           ['Incoterms: FOB Ningbo', '', 'Payment: T/T 30 days'], [],
           ['Item', '品名 Description', 'HS Code', 'Qty (pcs)', 'Unit price (USD)', 'Amount (USD)', 'Net wt (kg)'],
           [1, '烧结钕铁硼磁钢 Sintered NdFeB magnet block N42SH 40×20×5 mm, NiCuNi, magnetised', '8505111000', 20000, 0.62, 12400.00, 598],
           [2, '烧结钕铁硼磁瓦 NdFeB arc segment 45SH R22×R18×60°×30 mm, epoxy', '8505111000', 12000, 1.15, 13800.00, 410],
           [3, '钐钴磁体 SmCo 2:17 ring YXG-28 D10×d4×3 mm, unmagnetised', '8505119000', 5000, 0.88, 4400.00, 9.6],
           ['', '', '', '', 'TOTAL', 30600.00, 1017.6], [],
           ['Declaration: the goods are finished permanent magnets; no technology or technical data is transferred with this shipment.'],
           ['原产地 Country of origin: 中国 China']]
    pl = [['PACKING LIST / 装箱单'], ['Ctn No.', 'Item', 'Pcs/ctn', 'Ctns', 'G.W. (kg)', 'Meas. (cm)'],
          ['1-30', 1, 667, 30, 21.5, '40×30×20'], ['31-50', 2, 600, 20, 21.8, '40×30×20'], ['51', 3, 5000, 1, 11.2, '30×20×15'],
          ['Shielding', 'Steel-lined cartons, magnetic field < 0.159 A/m at 2.1 m (IATA PI 953)']]
    save_xlsx([('Invoice', inv, {'B': 60, 'F': 14}), ('Packing list', pl, {'B': 18, 'F': 60})], name, 'export.doc')
    label(name, 'clear', [], [], [], 'other', None, 'mixed', True, 'Commercial invoice and packing list for finished NdFeB and SmCo magnets with HS codes')

@doc
def n04():
    name = '國中自然科補充講義_認識稀土元素.docx'
    d = new_doc('自然科教學研究會', '認識稀土元素')
    B = [('title', '補充講義：認識稀土元素'),
         ('p', '適用年級：國中九年級　　單元：元素與週期表　　編寫：自然科教學研究會'),
         ('h1', '一、稀土是「土」嗎？'),
         ('p', '稀土元素（rare earth elements）共有 17 種：原子序 57 到 71 的 15 種鑭系元素，再加上鈧（Sc）和釔（Y）。名稱中的「土」其實是早期化學家對金屬氧化物的稱呼，而「稀」也不代表地殼含量很少——例如鈰的地殼豐度和銅差不多。它們之所以被稱為「稀」，是因為很少形成可以經濟開採的富集礦床，而且彼此的化學性質非常相似，很難一一分開。'),
         ('h1', '二、生活中的稀土'),
         ('bullets', ['釹鐵硼磁鐵：耳機、手機振動馬達、電動車馬達、風力發電機都有它，是目前磁力最強的永久磁鐵。',
                      '銪和鋱：早期螢光燈和螢幕用它們發出紅光和綠光。',
                      '鈰：玻璃研磨粉、汽車觸媒轉化器。',
                      '鑭：相機鏡頭的高折射率玻璃、鎳氫電池。']),
         ('h1', '三、為什麼分離很困難？'),
         ('p', '鑭系元素的最外層電子排列幾乎相同，差別主要在內層的 4f 軌域，所以它們在水溶液中大多以 +3 價離子存在，大小也只差一點點（稱為「鑭系收縮」）。工業上要靠反覆進行很多次的萃取，才能把它們一個一個分開。你可以想像成：兩種幾乎一樣重的沙子，要篩很多次才能篩乾淨。'),
         ('h1', '四、動手做：磁鐵有多強？'),
         ('p', '準備一顆小釹鐵硼磁鐵和一顆同樣大小的鐵氧體（黑色陶瓷）磁鐵，分別用它們吸迴紋針串，看看各能吸起幾個。記錄結果，並討論：為什麼電動車馬達要用釹鐵硼磁鐵？\n\n安全提醒：強力磁鐵互相吸引時會夾傷手指，也不要放在手機、信用卡旁邊。'),
         ('h1', '五、想一想'),
         ('bullets', ['稀土元素在週期表中的位置有什麼特別？', '為什麼回收舊馬達裡的磁鐵很重要？', '查查看：台灣有沒有稀土礦？']),
         ]
    doc_blocks(d, B); save_doc(d, name)
    label(name, 'clear', [], [], [], 'other', None, 'zh', True, 'Traditional Chinese middle-school teaching handout on rare earths')

@doc
def n05():
    name = '钴镍分离萃取工段操作要点.txt'
    t = '''钴镍分离萃取工段操作要点（硫酸体系）
车间：湿法二车间　　产品：电池级硫酸钴、硫酸镍

一、料液
  来自红土镍矿高压酸浸（HPAL）中间品 MHP 再溶解液：Ni 80–90 g/L，Co 8–10 g/L，Mn 3 g/L，Mg 2 g/L，pH 4.0–4.5。料液先经 P204 除杂（Mn、Zn、Ca、Cu）。

二、P507 钴镍分离
  有机相：25% P507 + 75% 磺化煤油，NaOH 皂化，皂化率 55–60%。
  萃取 8 级，洗涤 6 级（稀硫酸 0.5 mol/L 洗 Ni），反萃 4 级（H2SO4 2 mol/L）。
  流比 O/A（萃取段）= 2.2:1，平衡 pH 5.2–5.5。
  萃余液 Co ≤ 0.005 g/L → 去硫酸镍蒸发结晶；
  反萃液 Co 100–120 g/L，Ni/Co ≤ 1/10000 → 去硫酸钴结晶。

三、注意
  1. 皂化率过高易乳化，夏季槽温 > 40 ℃ 时降低皂化率 5%。
  2. 有机相每月检测 P507 浓度，低于 22% 补加。
  3. 进料前检查 Fe < 0.001 g/L，Fe3+ 会在有机相中累积“中毒”，需定期用 6 mol/L 盐酸再生。
'''
    write_text(name, t, 'gb18030', '\r\n')
    label(name, 'clear', [], [], [], 'process-spec', None, 'zh', True, 'GB18030 cobalt/nickel P507 solvent extraction operating notes; not rare earth')

@doc
def n06():
    name = 'Maintenance Rule of 400kA Aluminum Reduction Pot (EN).pdf'
    B = [('title', 'Maintenance Rule of 400kA Prebaked Aluminum Reduction Pot'),
         ('p', 'Document No.: DJ-WX-03 (English translation)   The Chinese version is prevail.'),
         ('h1', '1 Scope'),
         ('p', 'This rule is apply for the daily maintenance, the medium repair and the overhaul of the 400kA prebaked anode aluminum electrolysis pot in potline 2. The electrolyte is cryolite system (Na3AlF6–AlF3–CaF2), molecular ratio 2.3–2.5, temperature 945–955 ℃.'),
         ('h1', '2 Daily maintenance'),
         ('bullets', ['Check the anode rod and the clamp, the voltage drop of the clamp should be less than 15 mV.',
                      'Check the crust breaker and the point feeder cylinder, the air pressure not less than 0.6 MPa.',
                      'Measure the cathode steel bar temperature, when more than 400 ℃ report to the technician (maybe the pot side is leaking).',
                      'Check the shell temperature of the side wall with the infrared gun, normal below 350 ℃.']),
         ('h1', '3 Anode change'),
         ('p', 'The anode change cycle is 30 days, 48 anodes per pot. Change by the sequence table, two anodes each time. The new anode bottom is set 15–20 mm higher than the old one. After change, cover the anode with crushed bath and alumina, the cover thickness 16–18 cm.'),
         ('h1', '4 Medium repair'),
         ('p', 'When the side ledge is melted and the shell red, do the emergency cooling with the compressed air, raise the molecular ratio by adding the soda, lower the pot voltage 50–100 mV. If the iron content in the metal rise more than 0.25%, the cathode may be damaged, do the autopsy of cathode bar and consider to cut out the pot.'),
         ('h1', '5 Overhaul (pot relining)'),
         ('p', 'The pot life target is 2200 days. At the overhaul, remove all the cathode carbon blocks and the refractory, check the steel shell deformation, repair by the welding. The new cathode is the graphitized cathode block, the ramming paste is rammed at 25 ℃ in layers of 40 mm. Preheat the new pot by the coke bed method 72 hours to 900 ℃, then pour the liquid bath and start.'),
         ('h1', '6 Record'),
         ('p', 'All the maintenance is record in the pot card and the MES system.'),
         ]
    for i in range(3):
        B += [('h1', f'Appendix {chr(65+i)}  Inspection form of section {i+1}'),
              ('table', [['Pot No.', 'Clamp ΔV (mV)', 'Bar temp (℃)', 'Shell temp (℃)', 'Feeder', 'Sign']] + [[f'2-{i*40+k+1:03d}', '', '', '', '', ''] for k in range(40)])]
    save_pdf(B, name, title='Maintenance Rule of 400kA Aluminum Reduction Pot', author='Equipment Dept.', header='DJ-WX-03 Maintenance Rule')
    label(name, 'clear', [], [], [], 'process-spec', None, 'en', True, 'Machine-translated maintenance rule for aluminium reduction pots (cryolite fluoride bath); not rare earth')

@doc
def n07():
    name = 'フェライト焼結磁石_製造工程標準_FM-101.docx'
    d = new_doc('Suzuki', 'フェライト焼結磁石 製造工程標準')
    B = [('title', 'フェライト焼結磁石 製造工程標準 / Sintered Ferrite Magnet Process Standard'),
         ('p', '文書番号 FM-101 Rev.4　対象: 異方性 Sr フェライト (SrO·6Fe2O3, La-Co 置換グレード FB12 相当)'),
         ('h1', '1. 原料 Raw materials'),
         ('p', 'Fe2O3 (鉄鋼酸洗副産物, 99.3%)、SrCO3、La2O3、Co3O4。配合: Sr0.8La0.2Fe11.8Co0.2O19 組成。La2O3 は購入品 (純度 99.9%) を使用し、受入検査は QA-22 による。'),
         ('h1', '2. 仮焼 Calcination'),
         ('p', 'ロータリーキルン 1,250 ℃ × 2 h、大気中。仮焼後 X線回折でマグネトプランバイト単相を確認。'),
         ('h1', '3. 粉砕 Milling'),
         ('p', '乾式粗粉砕 → 湿式ボールミル (水系、SiO2 0.4 wt%、CaCO3 0.6 wt% 添加)、平均粒径 0.7 µm。'),
         ('h1', '4. 湿式磁場成形 Wet pressing in magnetic field'),
         ('p', 'スラリー濃度 70 wt%、磁場 800 kA/m、成形圧 40 MPa、脱水しながら成形。'),
         ('h1', '5. 焼成 Sintering'),
         ('p', 'トンネルキルン、大気中 1,200 ℃ × 1 h。昇温 3 ℃/min。焼結密度 ≥ 5.0 g/cm³。'),
         ('h1', '6. 加工・検査 Machining & inspection'),
         ('p', 'ダイヤモンド砥石で研削、Br ≥ 440 mT、HcJ ≥ 380 kA/m を全ロット確認。Arc segments for automotive DC motors.'),
         ]
    doc_blocks(d, B); save_doc(d, name)
    label(name, 'clear', [], [], [], 'process-spec', None, 'mixed', True, 'Japanese/English sintered Sr-La-Co ferrite magnet process standard; ferrite is not a controlled magnet type')

@doc
def n08():
    name = 'FW_ 废旧磷酸铁锂-三元电池回收线 quotation follow-up.eml'
    body = '''Hi Daniel,

Following our call yesterday, 关于你们在匈牙利的 battery recycling 项目, 我这边把 process 概要先发给你：

1. Discharge：盐水放电 → 残压 < 1 V
2. Mechanical：shredding under N2 → air classification → 得到 black mass (粒径 < 1 mm)，Cu/Al foil 回收率 > 95%
3. Hydromet：black mass 用 H2SO4 2.5 mol/L + H2O2 还原浸出，80 °C，L/S = 8，Li/Ni/Co/Mn 浸出率 > 98%
4. 除杂：Fe/Al 调 pH 4.5 沉淀；Cu 用 P204 或 LIX 984N 萃取
5. Co/Ni 分离用 Cyanex 272，Mn 用 P204
6. Li 以 Li2CO3 形式沉淀，battery grade 99.5%

Quotation for 10,000 t/yr line will be sent by our sales next Tuesday. 另外提醒一下，这套工艺不涉及 rare earth，NiMH 电池不在处理范围内。

Regards,
孙浩 Sun Hao
Project Engineer
'''
    headers = [('From', '"Sun Hao" <sunhao@greencycle-eng.com>'), ('To', '"Daniel Kovacs" <d.kovacs@ekobatt.hu>'),
               ('Subject', 'FW: LFP/NCM battery recycling line - quotation follow-up'),
               ('Date', 'Fri, 14 Mar 2025 16:05:00 +0800'), ('Message-ID', '<20250314160500.ab12@greencycle-eng.com>')]
    eml(name, headers, body, cte='8bit')
    label(name, 'clear', [], [], [], 'email', None, 'mixed', True, 'Mixed zh/en email on lithium-ion battery recycling flowsheet; no rare earth')

@doc
def n09():
    name = 'IQC_来料检验记录_SmCo磁环_2025-03.xlsx'
    rows = [['来料检验记录 Incoming Inspection Record'], ['供应商 Supplier: 某磁材(赣州)', '', '物料 Part: SmCo 2:17 磁环 ring YXG-30H D12×d6×4', '', '图号 Dwg: MTR-0412 rev B'],
            [], ['批号 Lot', '到货日期', '数量 Qty', '抽样 n', '外径 OD (mm)', '厚度 t (mm)', 'Br (T)', 'HcJ (kA/m)', '外观 Visual', '判定 Result']]
    rng = random.Random(9)
    for i in range(1, 13):
        br = round(1.08 + rng.uniform(0, 0.03), 3); hc = int(2000 + rng.uniform(0, 180))
        rows.append([f'SC25-03{i:02d}', f'2025-03-{i+1:02d}', 2000 + 500 * (i % 3), 32, round(12 + rng.uniform(-0.03, 0.03), 3), round(4 + rng.uniform(-0.02, 0.02), 3), br, hc,
                     'OK' if i != 7 else '2 pcs chipped', 'Accept' if i != 7 else 'Accept (MRB)'])
    rows += [[], ['规格 Spec: Br ≥ 1.08 T; HcJ ≥ 1990 kA/m; OD 12 ± 0.05; t 4 ± 0.03; 按 GB/T 2828.1 II 级 AQL 0.65'], ['检验员 Inspector: 李敏　审核 Approved: 周强']]
    save_xlsx([('IQC', rows, {'A': 14, 'C': 12, 'I': 16, 'J': 14})], name, 'IQC')
    label(name, 'clear', [], [], [], 'parameter-sheet', None, 'mixed', True, 'Incoming inspection record of purchased SmCo rings: dimensions and measured properties')

@doc
def n10():
    name = 'traction-motor_rotor_magnet_selection_v3.md'
    t = '''# 150 kW IPM traction motor — rotor magnet selection (v3)

## Requirements
- Peak torque 310 N·m, max speed 16,000 rpm, continuous 75 kW
- Rotor magnet temperature up to 160 °C (worst case, sustained), demagnetisation check at 180 °C and 3× rated current

## Candidates considered
| Option | Grade | Br @20 °C | HcJ @20 °C | Dy/Tb | Cost index |
|---|---|---|---|---|---|
| A | 42UH (bulk Dy) | 1.30 T | 1990 kA/m | ~4.5 wt% Dy | 1.00 |
| B | 48UH GBD (Tb diffused) | 1.38 T | 1990 kA/m | ~0.5 wt% Tb | 0.93 |
| C | 40SH + Ce-containing | 1.27 T | 1600 kA/m | ~2 wt% Dy | 0.78 |
| D | Ferrite + flux concentrating | 0.45 T | 380 kA/m | none | 0.35 |

FEA (JMAG, 2D, 3 skew steps) results at 160 °C:
- B gives 4 % more peak torque than A with 7 % less magnet mass.
- C fails the 180 °C / 3× demag check (1.9 % irreversible loss in the V-corner).
- D can't meet the torque-density target in the current package.

## Decision
Option B, segmented axially into 6 pieces per pole to limit eddy-current loss (~35 % loss reduction at 16k rpm). Magnet supplied finished, coated (epoxy), unmagnetised; we magnetise after rotor assembly (post-assembly magnetisation fixture, 4 kJ).

## Open points
- Supplier PPAP incl. HAST and salt-spray data
- Second source for 48UH GBD
'''
    write_text(name, t, 'utf-8')
    label(name, 'clear', [], [], [], 'other', None, 'en', True, 'Motor design note choosing bought NdFeB magnet grades by FEA; no magnet-making process')

@doc
def n11():
    name = '出口合规会议纪要 Export Compliance Minutes 20250314.docx'
    d = new_doc('Compliance Office', 'Export compliance minutes')
    B = [('title', '出口合规专题会议纪要 / Minutes of Export Compliance Meeting'),
         ('p', '时间 Date: 2025-03-14 14:00–15:30　地点 Venue: 3F 会议室 / Teams\n参加 Attendees: 法务 Legal, 销售 Sales, 技术 R&D, 物流 Logistics'),
         ('h1', '1. 议题：商务部公告2025年第62号 / Topic: MOFCOM Announcement No. 62 of 2025'),
         ('p', '法务介绍了公告要点：稀土开采、冶炼分离、金属冶炼、磁材制造以及稀土二次资源回收利用相关技术及其载体（1E902.a），以及相关生产线的装配、调试、维护、维修和升级技术（1E902.b）未经许可不得出口。载体包括设计图纸、工艺规范、工艺参数、加工程序、仿真数据等。'),
         ('p', 'Legal summarised the announcement: technologies and their carriers for rare-earth mining, smelting and separation, metal smelting, magnet manufacturing and secondary-resource recycling (1E902.a), and technologies for assembly, commissioning, maintenance, repair and upgrading of the related production lines (1E902.b), may not be exported without a licence. Carriers include drawings, process specifications, process parameters, machining programs and simulation data.'),
         ('h1', '2. 对本公司的影响 / Impact on the company'),
         ('bullets', ['我司向海外客户出口的是成品磁体，本身不属于技术出口；但随货发送的"工艺说明"需逐份审查。/ We export finished magnets, which are not technology exports; any "process notes" sent with goods must be reviewed one by one.',
                      '技术部与德国客户的联合开发项目暂停交换工艺文件，待许可结论。/ R&D to pause exchange of process documents in the joint project with the German customer pending licensing advice.',
                      '海外工程师来厂参观，不得进入烧结车间，不得拍照。/ Foreign visitors may not enter the sintering shop or take photos.']),
         ('h1', '3. 行动项 / Action items'),
         ('table', [['No.', '行动 Action', '负责 Owner', '期限 Due'],
                    ['1', '建立技术资料出口审查流程 / set up export review workflow for technical documents', '法务 Legal', '2025-03-31'],
                    ['2', '梳理在途项目中已发送的文件清单 / list documents already sent in ongoing projects', '技术 R&D', '2025-03-28'],
                    ['3', '培训销售及工程人员 / train sales and engineering staff', '合规 Compliance', '2025-04-15']]),
         ]
    doc_blocks(d, B); save_doc(d, name)
    label(name, 'clear', [], [], [], 'other', None, 'mixed', True, 'Bilingual compliance minutes quoting the regulation; no technology')

@doc
def n12():
    name = '採購規格書_氧化鏑 4N_PO-250314.txt'
    t = '''採購規格書
採購單號：PO-250314-07　　請購單位：材料課
品名：氧化鏑（Dy2O3）　　數量：500 kg　　交貨：2025 年 5 月 30 日前，桃園廠

一、規格
  Dy2O3／TREO ≥ 99.99％
  TREO ≥ 99.0％
  稀土雜質（／TREO，ppm）：Tb4O7 ≤ 30、Ho2O3 ≤ 30、Gd2O3 ≤ 10、Y2O3 ≤ 10，其餘各 ≤ 5
  非稀土雜質（ppm）：Fe2O3 ≤ 10、SiO2 ≤ 30、CaO ≤ 20、Cl⁻ ≤ 50
  灼減（LOI）≤ 1.0％
  粒度 D50 3–8 µm

二、包裝
  每袋 25 kg，雙層 PE 內袋，外加鐵桶，標示批號、淨重、生產日期。

三、文件
  每批附分析證明書（COA）、原產地證明；如屬出口管制物項，賣方應提供出口許可證影本。

四、驗收
  依本公司 IQC-M-005 抽樣，以 ICP-MS 驗證，不合格整批退貨。

五、付款
  驗收合格後 60 天電匯。
'''
    write_text(name, t.replace('≤', '≦').replace('≥', '≧'), 'cp950', '\r\n')
    label(name, 'clear', [], [], [], 'other', None, 'zh', True, 'Big5 Traditional purchase specification for bought Dy2O3 4N oxide')

@doc
def n13():
    name = 'news translation - Caixin rare earth export control (draft for newsletter).txt'
    t = '''[Translator draft 0.2 — for internal newsletter, not for publication as is]

原文：商务部发布公告，宣布对稀土相关技术实施出口管制。公告称，稀土开采、冶炼分离、金属冶炼、磁材制造以及稀土二次资源回收利用相关技术及其载体，未经许可不得出口。
EN: MOFCOM issued an announcement imposing export controls on rare-earth-related technologies. It says that technologies and their carriers relating to rare earth mining, smelting and separation [TN: 冶炼分离 — literally "smelting-separation"; most English media write "processing" or "refining", I kept the closer rendering], metal smelting, magnet manufacturing and the recycling of rare-earth secondary resources may not be exported without a licence.

原文：业内人士表示，此举主要针对海外建设稀土分离和磁材产能的技术输出，对成品磁体贸易影响有限。
EN: Industry insiders said the move mainly targets the export of know-how for building rare-earth separation and magnet capacity overseas, and will have a limited effect on trade in finished magnets. [TN: "业内人士" = "industry sources" — anonymous, no attribution in the source.]

原文：公告同时明确，已进入公共领域的技术、基础科学研究中使用的技术以及普通专利申请所必需的技术不在管制范围内。
EN: The announcement also states that technology already in the public domain, technology used in basic scientific research, and technology necessary for ordinary patent applications are outside its scope.

原文：分析人士认为，欧洲和北美正在建设的磁材工厂短期内仍将依赖中国的设备和工程服务。
EN: Analysts believe magnet plants being built in Europe and North America will still rely on Chinese equipment and engineering services in the short term. [TN: check whether "设备" here means equipment only or also includes installation services — ambiguous.]
'''
    write_text(name, t, 'utf-16', '\r\n')
    label(name, 'clear', [], [], [], 'other', None, 'mixed', True, 'UTF-16 translation draft of a news item on the export control, with translator notes')

@doc
def n14():
    name = '硬质合金/WC-Co 烧结工艺卡 YG8.md'
    t = '''# YG8 (WC-8Co) 硬质合金 烧结工艺卡

**适用**：矿用球齿、拉丝模坯；设备：压力烧结炉 (sinter-HIP) 型号 SHP-600

## 1. 混合料
- WC 粉 FSSS 2.0 µm，Co 粉 1.2 µm，Co 8 wt%
- 湿磨 wet milling：酒精介质，球料比 4:1，48 h；加 2 wt% PEG (paraffin 亦可) 作成型剂
- 喷雾干燥 spray drying → granule 60–150 µm

## 2. 压制
模压 150 MPa，生坯 density ~ 8.0 g/cm³，收缩系数 1.22

## 3. 脱蜡 + 烧结 (one-cycle)
| 段 | 温度 | 时间 | 气氛 |
|---|---|---|---|
| dewax | RT→450 °C | 4 h hold 2 h | H2 flow |
| 预烧 | 450→1200 °C | 2.5 h, hold 1 h | vacuum 10 Pa |
| 液相烧结 | 1200→1420 °C | 1 h, hold 60 min | vacuum |
| sinter-HIP | 1420 °C | 30 min | Ar 5 MPa |
| cooling | → 室温 | furnace cool | Ar |

## 4. 检验
密度 14.6–14.8 g/cm³，HRA 89.5–90.5，TRS ≥ 2200 MPa，孔隙度 A02B00C00，无 η 相 / 无石墨相；Co magnetic saturation (Com) 7.3–7.8%，矫顽磁力 Hc 9–12 kA/m 控碳。
'''
    write_text(name, t, 'utf-8')
    label(name, 'clear', [], [], [], 'process-spec', None, 'mixed', True, 'Cemented-carbide WC-Co sintering process card with zh/en terms; not rare earth')

# ---------------------------------------------------------------- C18 innocuous email body, GB18030 CSV attachment carries the recipe
@doc
def c18():
    name = 'RE_ files for Thursday.eml'
    csv = '''批号,Ce/TRE(%),配方,氢破脱氢(℃×h),JM D50(µm),取向(T),等静压(MPa),烧结(℃×h),一级回火(℃×h),二级回火(℃×h),Br(T),HcJ(kA/m)
C40-01,40,(PrNd)18.3Ce12.2FebalB1.0Co1.0Cu0.15Ga0.35Al0.1,500×5,2.8,2.0,180,1010×4,860×2,450×4,1.19,812
C40-02,40,同上,500×5,2.8,2.0,180,1020×4,860×2,450×4,1.20,798
C40-03,40,同上 +La0.5,500×5,2.7,2.0,180,1015×4,860×2,470×4,1.19,836
C40-04,40,同上 +Ga0.5,500×5,2.8,2.0,180,1015×5,880×2,460×4,1.20,871
C45-01,45,(PrNd)16.8Ce13.7FebalB1.0Co1.0Cu0.15Ga0.5,480×6,2.8,2.0,180,1005×5,860×2,460×4,1.16,760
备注,,CeFe2 析出时改脱氢温度至480℃；烧结>1025℃ 密度高但HcJ掉,,,,,,,,,
'''
    body = '''Hi Anna,

As discussed on the phone, here are the files for Thursday. Let me know if anything does not open on your side.

Thanks,
Lei
'''
    headers = [('From', '"Zhang Lei" <zhanglei@hc-magtech.com>'), ('To', '"Anna Becker" <a.becker@example-motoren.de>'),
               ('Subject', 'RE: files for Thursday'), ('Date', 'Fri, 14 Mar 2025 11:47:00 +0800'),
               ('Message-ID', '<20250314114700.c3d9@hc-magtech.com>')]
    eml(name, headers, body, cte='7bit', attachments=[('Ce40_trial_summary.csv', 'text/csv; charset="GB18030"', csv.replace('\n', '\r\n').encode('gb18030'))])
    label(name, 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB', 'Ce'], 'parameter-sheet', None, 'mixed', False,
          'Innocuous English email body; GB18030 CSV attachment with Ce-magnet recipes, HD, milling, sintering and tempering parameters')


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for fn in DOCS:
        fn()
    with open(os.path.join(BASE, 'labels.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
