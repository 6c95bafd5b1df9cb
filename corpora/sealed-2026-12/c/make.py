#!/usr/bin/env python3
"""Sealed test set 2026-12, author C (traditional Chinese and mixed scripts).

Regenerate with:  /work/main/.venv/bin/python make.py
Writes files/ and labels.jsonl next to this script.  Output is byte-identical
between runs (fixed dates, fixed MIME boundaries, normalised ZIP timestamps).
PDFs need the font /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
(apt-get install -y fonts-wqy-microhei).
"""
import base64
import csv
import datetime
import io
import json
import os
import re
import shutil
import sys
import zipfile
from email import encoders
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = datetime.datetime(2026, 3, 12, 9, 30, 0)
FIXED_UTC = datetime.datetime(2026, 3, 12, 1, 30, 0, tzinfo=datetime.timezone.utc)
ZIP_DT = (2026, 3, 12, 9, 30, 0)

DOCS = []      # (filename, builder callable, label dict)


def register(fname, label, builder):
    DOCS.append((fname, builder, label))


def lab(verdict, codes, cats, mtypes, carrier, exclusion, language, script,
        hard_negative, note):
    return dict(verdict=verdict, control_codes=codes, categories=cats,
                magnet_types=mtypes, carrier=carrier, exclusion=exclusion,
                language=language, script=script, hard_negative=hard_negative,
                note=note)


# ---------------------------------------------------------------- zip fixups
_DT_RE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def normalize_zip(path):
    """Rewrite an OOXML package with fixed timestamps so bytes are stable."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = _DT_RE.sub(rb"\g<1>2026-03-12T01:30:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- DOCX
def write_docx(path, blocks, title="", author="", ea_font="新細明體",
               lang="zh-TW", latin_font="Calibri"):
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    for sname in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title"):
        st = d.styles[sname]
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        rfonts.set(qn("w:eastAsia"), ea_font)
        rfonts.set(qn("w:ascii"), latin_font)
        rfonts.set(qn("w:hAnsi"), latin_font)
        lang_el = rpr.find(qn("w:lang"))
        if lang_el is None:
            lang_el = OxmlElement("w:lang")
            rpr.append(lang_el)
        lang_el.set(qn("w:eastAsia"), lang)
    d.styles["Normal"].font.size = Pt(10.5)
    for kind, *rest in blocks:
        if kind == "title":
            d.add_heading(rest[0], level=0)
        elif kind == "h1":
            d.add_heading(rest[0], level=1)
        elif kind == "h2":
            d.add_heading(rest[0], level=2)
        elif kind == "p":
            d.add_paragraph(rest[0])
        elif kind == "bullets":
            for b in rest[0]:
                d.add_paragraph(b, style="List Bullet")
        elif kind == "numbered":
            for b in rest[0]:
                d.add_paragraph(b, style="List Number")
        elif kind in ("table", "kv"):
            rows = rest[0]
            if kind == "kv":
                rows = [list(r) for r in rows]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    t.cell(i, j).text = str(r[j]) if j < len(r) else ""
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    d.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- PDF
def _font_check():
    if not os.path.exists(FONT):
        sys.exit("ERROR: CJK font missing: %s\n"
                 "Install it with:  apt-get install -y fonts-wqy-microhei" % FONT)


_SUP = str.maketrans({"⁻": "-", "⁺": "+", "⁰": "0", "⁴": "4", "⁵": "5",
                      "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9"})


def _pdf_text(t):
    """WenQuanYi Micro Hei lacks some superscripts: write 10^-3, RE3+ instead."""
    t = re.sub(r"10([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)",
               lambda m: "10^" + m.group(1).translate(_SUP).replace("¹", "1")
               .replace("²", "2").replace("³", "3"), t)
    return t.translate(_SUP)


def write_pdf(path, blocks, title="", author="", header=None, footer=None, wrap="CHAR"):
    _font_check()
    blocks = [(b[0],) + tuple(_pdf_text(x) if isinstance(x, str) else
                              ([[_pdf_text(str(c)) for c in r] for r in x]
                               if b[0] in ("table", "kv") and x is b[1] else
                               ([_pdf_text(y) for y in x] if isinstance(x, list) and
                                all(isinstance(y, str) for y in x) else x))
                              for x in b[1:]) for b in blocks]
    from fpdf import FPDF
    from fpdf.enums import WrapMode, XPos, YPos
    from fpdf.fonts import FontFace

    class P(FPDF):
        def header(self):
            if header:
                self.set_font("wqy", size=8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, header, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.set_text_color(0, 0, 0)
                self.ln(2)

        def footer(self):
            self.set_y(-12)
            self.set_font("wqy", size=8)
            txt = (footer + "   " if footer else "") + "%d / {nb}" % self.page_no()
            self.cell(0, 6, txt, align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED_UTC)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("make.py")
    pdf.set_producer("fpdf2")
    pdf.add_font("wqy", "", FONT)
    pdf.set_auto_page_break(True, 16)
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    W = pdf.epw
    WM = WrapMode.WORD if wrap == "WORD" else WrapMode.CHAR
    for kind, *rest in blocks:
        if kind == "title":
            pdf.set_font("wqy", size=16)
            pdf.multi_cell(W, 9, rest[0], align="C", wrapmode=WM,
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        elif kind in ("h1", "h2"):
            pdf.ln(2)
            pdf.set_font("wqy", size=12.5 if kind == "h1" else 11)
            pdf.multi_cell(W, 7, rest[0], align="L", wrapmode=WM,
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("wqy", size=10)
            pdf.multi_cell(W, 5.6, rest[0], align="L", wrapmode=WM,
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind in ("bullets", "numbered"):
            pdf.set_font("wqy", size=10)
            for i, b in enumerate(rest[0], 1):
                mark = "•" if kind == "bullets" else "%d." % i
                pdf.set_x(pdf.l_margin + 3)
                pdf.multi_cell(W - 3, 5.6, "%s %s" % (mark, b), align="L",
                               wrapmode=WM,
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind in ("table", "kv"):
            rows = [[str(c) for c in r] for r in rest[0]]
            widths = rest[1] if len(rest) > 1 else None
            pdf.set_font("wqy", size=8.5)
            with pdf.table(col_widths=widths, wrapmode=WM,
                           text_align="LEFT", line_height=5,
                           first_row_as_headings=(kind == "table"),
                           headings_style=FontFace(emphasis="",
                                                   fill_color=(225, 230, 238))
                           ) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
        elif kind == "pagebreak":
            pdf.add_page()
        else:
            raise ValueError(kind)
    pdf.output(path)


# ---------------------------------------------------------------- PPTX
def write_pptx(path, slides, title="", author=""):
    from pptx import Presentation
    from pptx.util import Emu, Pt

    prs = Presentation()
    prs.slide_width = Emu(12192000)
    prs.slide_height = Emu(6858000)
    for s in slides:
        kind = s.get("kind", "bullets")
        if kind == "title":
            sl = prs.slides.add_slide(prs.slide_layouts[0])
            sl.shapes.title.text = s["title"]
            sl.placeholders[1].text = s.get("sub", "")
        elif kind == "table":
            sl = prs.slides.add_slide(prs.slide_layouts[5])
            sl.shapes.title.text = s["title"]
            rows = s["rows"]
            ncol = max(len(r) for r in rows)
            gt = sl.shapes.add_table(len(rows), ncol, Emu(500000), Emu(1500000),
                                     Emu(11192000), Emu(380000 * len(rows))).table
            for i, r in enumerate(rows):
                for j in range(ncol):
                    cell = gt.cell(i, j)
                    cell.text = str(r[j]) if j < len(r) else ""
                    for para in cell.text_frame.paragraphs:
                        for run in para.runs:
                            run.font.size = Pt(12)
            if s.get("note"):
                tb = sl.shapes.add_textbox(Emu(500000), Emu(1600000 + 380000 * len(rows)),
                                           Emu(11192000), Emu(600000))
                tb.text_frame.text = s["note"]
                tb.text_frame.word_wrap = True
        else:
            sl = prs.slides.add_slide(prs.slide_layouts[1])
            sl.shapes.title.text = s["title"]
            body = sl.placeholders[1]
            body.width = Emu(11192000)
            tf = body.text_frame
            first = True
            for b in s["bullets"]:
                lvl = 0
                if b.startswith("  "):
                    lvl, b = 1, b.strip()
                para = tf.paragraphs[0] if first else tf.add_paragraph()
                first = False
                para.text = b
                para.level = lvl
                for run in para.runs:
                    run.font.size = Pt(16 if lvl == 0 else 14)
        if s.get("notes"):
            sl.notes_slide.notes_text_frame.text = s["notes"]
    cp = prs.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 2
    prs.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- XLSX
def write_xlsx(path, sheets, title="", author=""):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows, widths in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        hdr = None
        for i, r in enumerate(rows, 1):
            if r and all(isinstance(c, str) for c in r if c is not None) and len(r) > 2:
                hdr = i
                break
        if hdr:
            for c in ws[hdr]:
                c.font = Font(bold=True)
                c.fill = PatternFill("solid", fgColor="DDE4EE")
        for i, w in enumerate(widths or [], 1):
            ws.column_dimensions[chr(64 + i)].width = w
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- CSV / TXT
def write_csv(path, rows, encoding="utf-8", preamble=()):
    s = io.StringIO()
    for line in preamble:
        s.write(line + "\r\n")
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(encoding)      # raises if a char is not encodable
    with open(path, "wb") as f:
        f.write(data)


def write_txt(path, text, encoding="utf-8"):
    with open(path, "wb") as f:
        f.write(text.replace("\n", "\r\n").encode(encoding))


# ---------------------------------------------------------------- EML
def write_eml(path, frm, to, subject, date, msgid, body, charset="utf-8",
              cc=None, in_reply_to=None, attachments=(), boundary=None,
              extra_headers=()):
    body.encode(charset)                     # fail loudly on unencodable text
    text = MIMEText(body, "plain", charset)
    if attachments:
        msg = MIMEMultipart("mixed", boundary=boundary or "==_c_boundary_0001")
        msg.attach(text)
        for fname, data, mtype in attachments:
            maintype, subtype = mtype.split("/")
            part = MIMEBase(maintype, subtype)
            part.set_payload(data)
            encoders.encode_base64(part)
            part.add_header("Content-Disposition", "attachment",
                            filename=("utf-8", "", fname))
            msg.attach(part)
    else:
        msg = text

    def ew(t):
        """RFC 2047 encoded word with the plain MIME charset label (big5, utf-8)."""
        if all(ord(c) < 128 for c in t):
            return t
        return "=?%s?b?%s?=" % (charset, base64.b64encode(t.encode(charset)).decode("ascii"))

    def addr(a):
        name, mail = a
        return "%s <%s>" % (ew(name), mail) if name else mail

    msg["From"] = addr(frm)
    msg["To"] = ", ".join(addr(a) for a in to)
    if cc:
        msg["Cc"] = ", ".join(addr(a) for a in cc)
    msg["Subject"] = ew(subject)
    msg["Date"] = date
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in extra_headers:
        msg[k] = v
    with open(path, "wb") as f:
        f.write(msg.as_bytes())


# =====================================================================
#  DOCUMENTS
# =====================================================================

# ---------------------------------------------------------------- C01
def b_c01(p):
    blocks = [
        ("title", "燒結釹鐵硼磁石製造工程規範"),
        ("kv", [("文件編號", "PS-MG-0307"), ("版次", "Rev. C"),
                ("適用廠區", "湖口二廠 燒結課 / 成形課 / 熔煉課"),
                ("制定", "製程工程部 林育賢"), ("審核", "品保部 陳怡君"),
                ("核准", "廠長 黃志明"), ("生效日期", "2026-02-16")]),
        ("h1", "1. 目的"),
        ("p", "規定 45SH 與 N48H 兩個牌號燒結釹鐵硼磁石由合金熔煉至回火完成之標準製程條件，"
              "確保批次間剩磁、內稟矯頑力及方形度之一致性。本規範為受控文件，未經製程工程部同意不得影印或外傳。"),
        ("h1", "2. 適用範圍"),
        ("p", "適用於本廠 600 kg 真空感應速凝爐、HD-1200 氫碎爐、QLMR-400 氣流磨、"
              "磁場成形機 (2.0 T)、冷等靜壓機及 VSF-800 真空燒結爐生產之方塊、圓片毛胚。"
              "後段切片、研磨、電鍍依 PS-MG-0410 執行。"),
        ("h1", "3. 合金配方 (wt%)"),
        ("table", [["元素", "45SH", "N48H", "允差", "備註"],
                   ["PrNd (Pr:Nd=25:75)", "28.60", "29.90", "±0.10", "TRE 以 PrNd+Dy+Tb 計"],
                   ["Dy", "1.40", "0.30", "±0.05", "以 Dy-Fe 中間合金 (Dy 80%) 加入"],
                   ["Tb", "0", "0", "—", "需要時改走晶界擴散 (PS-MG-0331)"],
                   ["B", "0.96", "0.95", "±0.01", "硼鐵 (B 19.5%)"],
                   ["Co", "1.20", "1.00", "±0.05", ""],
                   ["Cu", "0.15", "0.12", "±0.02", ""],
                   ["Al", "0.25", "0.10", "±0.03", "含原料帶入"],
                   ["Ga", "0.20", "0.25", "±0.03", ""],
                   ["Zr", "0.10", "0.10", "±0.02", "抑制晶粒長大"],
                   ["Fe", "餘量", "餘量", "—", "純鐵棒 C ≦ 0.01%"]]),
        ("p", "稀土原料燒損補償：PrNd 金屬補加 0.4%，Dy-Fe 補加 0.2%。配料後每爐取樣以 ICP-OES 確認 TRE，"
              "偏差超過 ±0.15% 時由熔煉組長通知製程工程師調整下一爐。"),
        ("h1", "4. 真空感應熔煉與速凝鑄片"),
        ("numbered", [
            "裝料順序：純鐵、硼鐵、Co、Cu 置於坩堝底部，PrNd 與 Dy-Fe 置於上層，Ga、Al 最後由加料倉加入。",
            "抽真空至 ≦ 5 Pa，低功率 (120 kW) 預熱 15 min 除氣，再充高純氬至 40–45 kPa。",
            "升功率至 380 kW 熔化，完全熔清後電磁攪拌 5 min，精煉溫度 1 460 ± 10 ℃，保持 3 min。",
            "澆注至水冷銅輥：輥面線速 1.3 m/s (45SH) / 1.4 m/s (N48H)，中間包流量 9–10 kg/s，冷卻水進水溫度 ≦ 28 ℃。",
            "鑄片厚度 0.25–0.35 mm，平均 0.30 mm；鑄片於二次冷卻轉鼓中冷至 60 ℃ 以下出料。",
            "金相抽驗：柱狀晶比例 ≧ 90%，富釹相間距 3–5 μm，不得出現 α-Fe 枝晶；不合格鑄片降級使用。"]),
        ("h1", "5. 氫碎 (氫破)"),
        ("numbered", [
            "每爐裝鑄片 1 000 kg，抽真空 ≦ 10 Pa 後通入氫氣，壓力維持 0.09–0.11 MPa，室溫吸氫 2.5 h 至吸氫飽和 (壓降 < 1 kPa/10 min)。",
            "脫氫：抽真空同時升溫至 550 ℃，保溫 6 h，爐壓降至 ≦ 20 Pa 後以氬氣冷卻。",
            "殘留氫含量 ≦ 1 500 ppm；粗粉過 40 mesh 篩，收料桶以氮氣保護。"]),
        ("h1", "6. 氣流磨製粉"),
        ("table", [["項目", "設定值", "管制範圍"],
                   ["研磨氣體", "高純氮", "系統含氧 ≦ 20 ppm"],
                   ["研磨壓力", "0.65 MPa", "0.60–0.70 MPa"],
                   ["分級輪轉速", "3 800 rpm (45SH) / 4 000 rpm (N48H)", "±50 rpm"],
                   ["進料速率", "110 kg/h", "100–120 kg/h"],
                   ["防氧化劑 / 潤滑劑", "0.10 wt% (磨前添加)", "0.08–0.12 wt%"],
                   ["粒度 D50 (雷射法)", "3.3 μm / 3.0 μm", "±0.2 μm"],
                   ["D90/D10", "≦ 4.0", "超出時清理分級輪與旋風分離器"]]),
        ("p", "磨後細粉於氮氣保護下以 V 型混料機混合 2 h，再添加 0.05 wt% 潤滑劑混合 1 h。細粉須於 24 h 內成形完畢。"),
        ("h1", "7. 磁場配向成形與等靜壓"),
        ("bullets", [
            "成形機手套箱內含氧 ≦ 150 ppm。配向磁場 2.0 T (直流)，先充磁後加壓，成形壓力 0.4 t/cm²，保壓 3 s，反向脈衝退磁後脫模。",
            "生坯密度 3.9–4.1 g/cm³；生坯以雙層真空袋封裝後冷等靜壓 200 MPa，保壓 60 s。",
            "等靜壓後生坯密度 4.5–4.7 g/cm³，4 h 內進爐。"]),
        ("h1", "8. 真空燒結與回火"),
        ("table", [["段別", "溫度", "升溫速率 / 時間", "爐壓", "目的"],
                   ["1", "室溫→300 ℃", "3 ℃/min，保溫 60 min", "≦ 10 Pa", "脫除潤滑劑"],
                   ["2", "300→600 ℃", "3 ℃/min，保溫 90 min", "≦ 5 Pa", "脫氫"],
                   ["3", "600→900 ℃", "4 ℃/min，保溫 60 min", "≦ 1 Pa", "除氣、均溫"],
                   ["4", "900→1 065 ℃ (45SH) / 1 055 ℃ (N48H)", "2 ℃/min，保溫 5 h", "≦ 5×10⁻² Pa", "液相燒結緻密化"],
                   ["5", "氬氣急冷", "充氬 80 kPa，風冷至 ≦ 80 ℃", "—", "抑制晶粒長大"],
                   ["6", "一級回火 900 ℃", "保溫 3 h，氬氣冷卻", "≦ 5×10⁻² Pa", "晶界相重分布"],
                   ["7", "二級回火 500 ℃ (45SH) / 485 ℃ (N48H)", "保溫 4 h，氬氣急冷", "≦ 5×10⁻² Pa", "提高 HcJ 與方形度"]]),
        ("p", "裝爐：每盒毛胚以鉬板隔開，單層厚度方向間隙 ≧ 3 mm；燒結盒裝載量 ≦ 480 kg/爐。爐溫均勻性 ±5 ℃ (1 060 ℃ 九點測試，每季一次)。"),
        ("h1", "9. 性能與品質目標"),
        ("table", [["項目", "45SH", "N48H"],
                   ["Br", "1.32–1.36 T", "1.37–1.41 T"],
                   ["HcJ", "≧ 1 592 kA/m (20 kOe)", "≧ 1 353 kA/m (17 kOe)"],
                   ["(BH)max", "342–366 kJ/m³", "366–390 kJ/m³"],
                   ["Hk/HcJ", "≧ 0.95", "≧ 0.95"],
                   ["燒結密度", "≧ 7.55 g/cm³", "≧ 7.55 g/cm³"],
                   ["O / C / N", "≦ 1 200 / 800 / 300 ppm", "≦ 1 000 / 800 / 300 ppm"]]),
        ("h1", "10. 異常處置"),
        ("bullets", [
            "HcJ 低於下限 80 kA/m 以內：同爐補做二級回火，溫度調降 10 ℃ 再測。",
            "方形度 < 0.93：檢查燒結溫度曲線與氧含量，如氧含量 > 1 500 ppm，追溯氣流磨含氧記錄。",
            "開裂率 > 2%：檢查等靜壓保壓時間與脫氫段升溫速率。"]),
        ("h1", "11. 記錄"),
        ("p", "熔煉記錄表 F-MG-0307-1、氫碎記錄表 F-MG-0307-2、氣流磨記錄表 F-MG-0307-3、燒結爐曲線電子檔 (保存 5 年)。"),
    ]
    write_docx(p, blocks, title="燒結釹鐵硼磁石製造工程規範 PS-MG-0307", author="林育賢")


register("tc-101.docx", lab("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"],
                            "process-spec", None, "zh", "traditional", False,
                            "Full sintered NdFeB route (strip casting, HD, jet mill, pressing, sintering/tempering) with set points"),
         b_c01)


# ---------------------------------------------------------------- C02
def b_c02(p):
    comp = [["元素", "48H", "45SH", "單位", "備註"],
            ["PrNd", 29.9, 28.6, "wt%", ""],
            ["Dy", 0.3, 1.4, "wt%", "DyFe80"],
            ["B", 0.95, 0.96, "wt%", "FeB"],
            ["Co", 1.0, 1.2, "wt%", ""],
            ["Cu", 0.12, 0.15, "wt%", ""],
            ["Ga", 0.25, 0.2, "wt%", ""],
            ["Zr", 0.1, 0.1, "wt%", ""],
            ["Al", 0.1, 0.25, "wt%", ""],
            ["Fe", "bal", "bal", "wt%", ""]]
    sc = [["項目", "設定", "上限", "下限", "單位"],
          ["精煉溫度", 1460, 1470, 1450, "℃"],
          ["輥速", 1.4, 1.5, 1.3, "m/s"],
          ["片厚", 0.3, 0.35, 0.25, "mm"],
          ["充氬壓", 42, 45, 40, "kPa"],
          ["吸氫壓", 0.1, 0.11, 0.09, "MPa"],
          ["脫氫溫度", 550, 560, 540, "℃"],
          ["脫氫時間", 6, None, None, "h"],
          ["研磨壓", 0.65, 0.7, 0.6, "MPa"],
          ["分級輪", 4000, 4050, 3950, "rpm"],
          ["含氧", None, 20, None, "ppm"],
          ["D50", 3.0, 3.2, 2.8, "μm"],
          ["配向場", 2.0, None, 1.8, "T"],
          ["等靜壓", 200, 210, 190, "MPa"]]
    sinter = [["段", "起溫℃", "終溫℃", "升溫min", "持溫min", "真空Pa", "氣氛"],
              [1, 25, 300, 92, 60, "≦10", "真空"],
              [2, 300, 600, 100, 90, "≦5", "真空"],
              [3, 600, 900, 75, 60, "≦1", "真空"],
              [4, 900, 1055, 78, 300, "≦0.05", "真空"],
              [5, 1055, 80, None, None, "—", "Ar 80kPa 風冷"],
              [6, 80, 900, 120, 180, "≦0.05", "一回"],
              [7, 900, 80, None, None, "—", "Ar 風冷"],
              [8, 80, 485, 90, 240, "≦0.05", "二回"],
              [9, 485, 60, None, None, "—", "Ar 風冷"]]
    log = [["爐號", "日期", "牌號", "裝爐kg", "生坯g/cc", "燒結g/cc", "Br kGs", "Hcj kOe",
            "BHmax MGOe", "Hk/Hcj", "O ppm", "判定"]]
    import random
    rnd = random.Random(2026031201)
    day = datetime.date(2026, 2, 2)
    for i in range(36):
        grade = "48H" if i % 3 else "45SH"
        if grade == "48H":
            br = round(rnd.uniform(13.75, 14.05), 2); hcj = round(rnd.uniform(17.2, 18.4), 2)
            bh = round(rnd.uniform(46.3, 48.6), 1)
        else:
            br = round(rnd.uniform(13.25, 13.55), 2); hcj = round(rnd.uniform(20.3, 21.6), 2)
            bh = round(rnd.uniform(43.1, 45.2), 1)
        sq = round(rnd.uniform(0.94, 0.985), 3)
        ox = rnd.randint(720, 1180)
        ok = "OK" if sq >= 0.95 else "二回重做"
        log.append(["S8-%04d" % (2601 + i), (day + datetime.timedelta(days=i // 2)).isoformat(),
                    grade, rnd.choice([460, 470, 475, 480]), round(rnd.uniform(4.52, 4.68), 2),
                    round(rnd.uniform(7.56, 7.62), 2), br, hcj, bh, sq, ox, ok])
    write_xlsx(p, [("配方", comp, [10, 10, 10, 8, 12]),
                   ("前段設定", sc, [12, 10, 10, 10, 8]),
                   ("燒結曲線", sinter, [6, 9, 9, 10, 10, 10, 16]),
                   ("爐次記錄", log, [10, 12, 8, 8, 10, 10, 8, 8, 11, 8, 8, 10])],
               title="S8 設定表", author="sintering-2")


register("tc-114.xlsx", lab("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"],
                            "parameter-sheet", None, "zh", "traditional", False,
                            "Numbers-only set-point workbook: PrNd/Dy/B recipe, strip cast/HD/jet mill, sintering and tempering curve; no 'rare earth' wording"),
         b_c02)


# ---------------------------------------------------------------- C03
def b_c03(p):
    pre = ["# 萃取二線 Pr/Nd 分離 操作參數匯出 (DCS 報表)",
           "# 有機相: P507 1.5 mol/L - 磺化煤油; 皂化: 液鹼 (NaOH 10.5 mol/L) 皂化度 36%",
           "# 料液: PrNd 氯化物 REO 1.55 mol/L, pH 3.5~4.0; 洗液 HCl 4.2 mol/L; 反萃 HCl 5.5 mol/L",
           "# 匯出時間 2026/03/02 08:00  班別 甲"]
    rows = [["級號", "段別", "有機相流量(L/min)", "料液/洗液(L/min)", "O/A",
             "水相REO(g/L)", "水相Nd/(Pr+Nd)(%)", "有機相REO(g/L)", "溫度(℃)", "備註"]]
    import math
    for n in range(1, 81):
        if n <= 34:
            seg = "萃取"
            aq_in = "6.2 (料液@34)" if n == 34 else ""
            oa = 1.85
            reo_aq = round(12 + 230 * math.exp(-(34 - n) / 7.5), 1)
            nd = round(99.95 - 24.9 * math.exp(-(34 - n) / 6.0), 2)
        elif n <= 74:
            seg = "洗滌"
            aq_in = "1.9 (洗酸@74)" if n == 74 else ""
            oa = 6.0
            reo_aq = round(185 - 1.6 * (n - 34), 1)
            nd = round(75.0 - 74.95 * (1 - math.exp(-(n - 34) / 9.0)), 2)
        else:
            seg = "反萃"
            aq_in = "2.1 (反萃酸@80)" if n == 80 else ""
            oa = 5.4
            reo_aq = round(250 - 8 * (80 - n), 1)
            nd = 0.05
        org = round(min(38.0, 6 + reo_aq * 0.14), 1) if seg != "反萃" else round(38 - 6 * (n - 74), 1)
        note = ""
        if n == 1:
            note = "萃余液出口 Nd2O3/REO ≧ 99.9%"
        if n == 34:
            note = "進料級"
        if n == 74:
            note = "洗滌出口 Pr6O11/REO ≧ 99.5%"
        if n == 80:
            note = "負載有機相反萃, 空白有機相返皂化槽"
        rows.append([n, seg, 11.5, aq_in, oa, reo_aq, nd, org, 28 if n < 75 else 35, note])
    rows.append([])
    rows.append(["彙總", "Nd2O3 產出 (kg/h)", 142.6, "Pr6O11 產出 (kg/h)", 47.3,
                 "皂化槽 pH", 6.8, "混合時間(min)", 5, "澄清面積 2.4 m2/級"])
    write_csv(p, rows, encoding="big5", preamble=pre)


register("tc-104.csv", lab("controlled", ["1E902.a"], ["separation"], [],
                           "parameter-sheet", None, "zh", "traditional", False,
                           "Big5 CSV: 80-stage P507 Pr/Nd cascade with saponification, O/A, acid strengths and stage profiles"),
         b_c03)


# ---------------------------------------------------------------- C04
C04_BODY = """Kelvin 你好，

上週視訊會議提到的 2:17 型釤鈷 (YXG-30H) 試產條件，我整理如下，請貴司在深圳試產線照此執行第一批 200 kg，結果回傳後我們再一起調整。

一、合金成分 (wt%)
  Sm 25.3 / Fe 16.5 / Cu 5.6 / Zr 2.9 / Co 餘量
  Sm 燒損補償 +1.2%，中頻感應爐氬氣保護 (0.05 MPa) 熔煉，澆鑄成 20 mm 厚錠；錠於 1 150 ℃ × 10 h 均質化後急冷。

二、製粉
  顎式破碎 → 中碎至 -40 mesh → 氣流磨 (氮氣，研磨壓力 0.6 MPa，分級輪 3 000 rpm)，D50 = 4.0 ± 0.3 μm。粉末含氧不得高於 3 000 ppm。

三、成形
  配向磁場 1.8 T，成形壓力 1.2 t/cm2，之後冷等靜壓 180 MPa。

四、熱處理 (最關鍵，請務必遵守)
  1. 燒結：真空升溫至 900 ℃ 後充氬，1 208 ℃ 保溫 60 min。
  2. 固溶：爐冷至 1 180 ℃ 保溫 4 h，然後氬氣急冷 (冷速需大於 200 ℃/min，否則胞狀組織太粗)。
  3. 等溫時效：830 ℃ × 12 h。
  4. 控速緩冷：以 0.7 ℃/min 冷到 400 ℃，保溫 10 h，再急冷至室溫。
  我們自己的經驗是 830 ℃ 時效每差 10 ℃，HcJ 會差約 150 kA/m；緩冷速率若超過 1 ℃/min，方形度會明顯下降。

五、目標值
  Br 1.08–1.12 T，HcJ ≧ 1 990 kA/m (25 kOe)，(BH)max 223–239 kJ/m3，密度 8.35 g/cm3 以上。
  高溫 (300 ℃) 不可逆損失 ≦ 3% (Pc = 2)。

六、其他
  燒結盒請用鉬盒，不要用石墨盒 (會增碳)。時效爐熱電偶請先校正，誤差須在 ±3 ℃ 以內。

附件的熱處理曲線 Excel 我晚一點另外寄。如有疑問請隨時聯絡。

陳冠廷
台中 研發處 磁性材料組
分機 2217

-----Original Message-----
From: Kelvin Leung
Sent: 2026年2月27日 下午 5:12
Subject: 2:17 型釤鈷試產參數確認

冠廷兄：
會議中提到的 30H 配方和時效曲線，可否用電郵再確認一次？我們這邊爐子下週二可以空出來。
Kelvin
"""


def b_c04(p):
    write_eml(p, ("陳冠廷", "kt.chen@tmrtek.com.tw"), [("Kelvin Leung", "kelvin.leung@hkmagtech.com.hk")],
              "Re: 2:17 型釤鈷試產參數確認", "Mon, 02 Mar 2026 10:41:27 +0800",
              "<20260302104127.7731@tmrtek.com.tw>", C04_BODY, charset="big5",
              in_reply_to="<8a1f2c90e@hkmagtech.com.hk>",
              extra_headers=[("X-Mailer", "Microsoft Outlook 16.0")])


register("tc-107.eml", lab("controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"],
                           "email", None, "zh", "traditional", False,
                           "Big5 e-mail body gives Sm2Co17 alloy, milling, solution treatment and ageing/slow-cool schedule to a partner"),
         b_c04)


# ---------------------------------------------------------------- C05
def b_c05(p):
    blocks = [
        ("title", "工程仕様書"),
        ("kv", [("文書番号", "KS-TW-2026-014"), ("改訂", "第2版"),
                ("件名", "高豊度セリウム置換焼結磁石（雙主相）試作工程"),
                ("作成部署", "台灣協力廠 研發部（內容以中文記載）"),
                ("作成者", "張家豪"), ("確認", "山田 健一"), ("承認", "佐藤 誠"),
                ("発行日", "2026年1月20日")]),
        ("h1", "改訂履歴"),
        ("table", [["版", "日付", "内容", "担当"],
                   ["1", "2025-11-05", "初版 (單主相方案)", "張"],
                   ["2", "2026-01-20", "改為雙主相配方，燒結溫度下修 20 ℃", "張"]]),
        ("h1", "1. 適用範囲"),
        ("p", "本仕樣書適用於以鈰 (Ce) 取代部分鐠釹之燒結磁石 38M-Ce 等級試作，Ce/TRE = 30 wt%。"
              "採用雙主相 (dual main phase) 工藝：分別熔煉無鈰合金 A 與高鈰合金 B，於氫碎後依比例混合，"
              "以減少 Ce 進入主相中心造成的異向場下降。"),
        ("h1", "2. 材料仕様"),
        ("table", [["成分 (wt%)", "合金 A (無鈰)", "合金 B (高鈰)", "混合後 (A:B = 55:45)"],
                   ["PrNd", "30.5", "12.6", "22.4"],
                   ["Ce", "0", "21.3", "9.6"],
                   ["La", "0", "≦ 0.3", "≦ 0.15"],
                   ["B", "0.98", "1.02", "1.00"],
                   ["Co", "0.8", "0.8", "0.8"],
                   ["Cu", "0.15", "0.20", "0.17"],
                   ["Ga", "0.25", "0.10", "0.18"],
                   ["Al", "0.10", "0.10", "0.10"],
                   ["Fe", "餘量", "餘量", "餘量"]]),
        ("p", "註：合金 B 的總稀土量略高於化學計量，以補償 CeFe2 相消耗之稀土；CeFe2 體積分率控制於 3% 以下，"
              "過量時晶界富稀土相不連續，HcJ 急降。"),
        ("h1", "3. 工程フロー"),
        ("p", "配料 → 速凝鑄片 (A、B 分爐) → 氫碎 (A、B 分開) → 混合 → 氣流磨 → 磁場成形 → 冷等靜壓 → 真空燒結 → 二級回火 → 機加工 → 檢驗"),
        ("h1", "4. 工程条件"),
        ("table", [["工程", "合金 A", "合金 B", "管理項目"],
                   ["速凝澆注溫度", "1 450 ℃", "1 400 ℃", "B 熔點較低，降溫避免過冷"],
                   ["銅輥線速", "1.3 m/s", "1.6 m/s", "B 片厚 0.22–0.28 mm，抑制 α-Fe"],
                   ["氫碎吸氫", "0.1 MPa × 2 h", "0.1 MPa × 1.5 h", "室溫"],
                   ["脫氫", "540 ℃ × 5 h", "500 ℃ × 5 h", "B 高溫脫氫易氧化"],
                   ["混合", "A 55% + B 45%", "—", "三維混合機 90 min，氮氣保護"],
                   ["氣流磨 D50", "3.6 ± 0.2 μm", "—", "含氧 ≦ 30 ppm"],
                   ["配向磁場 / 成形壓", "1.8 T / 0.5 t/cm²", "—", "生坯密度 ≧ 4.0 g/cm³"],
                   ["等靜壓", "180 MPa × 45 s", "—", ""],
                   ["燒結", "1 035 ℃ × 4 h", "—", "比一般 38M 低 20 ℃，抑制 A/B 互擴散"],
                   ["一級回火", "880 ℃ × 2.5 h", "—", "氬氣冷卻"],
                   ["二級回火", "470 ℃ × 3 h", "—", "Ce 系最佳溫度較低，試驗範圍 450–490 ℃"]]),
        ("h1", "5. 品質基準"),
        ("table", [["項目", "目標值", "判定"],
                   ["Br", "1.23–1.27 T", "抽樣 3 件/爐"],
                   ["HcJ", "≧ 1 035 kA/m (13 kOe)", "低於 955 kA/m 判不合格"],
                   ["(BH)max", "278–302 kJ/m³", ""],
                   ["Hk/HcJ", "≧ 0.90", "雙主相容許值較低"],
                   ["密度", "≧ 7.45 g/cm³", "Ce 系密度較低"],
                   ["可逆溫度係數 α(Br)", "-0.12 %/℃ 以內", "20–100 ℃"]]),
        ("h1", "6. 注意事項"),
        ("bullets", [
            "合金 B 粉末活性高，氫碎後 8 h 內必須完成混合與製粉。",
            "燒結溫度超過 1 050 ℃ 時雙主相結構消失，Br 與 HcJ 同時下降，屬重大異常。",
            "本仕樣書內容屬日台共同開發成果，依共同開發契約第 7 條保密。"]),
        ("h1", "7. 承認"),
        ("kv", [("作成", "張家豪 2026/01/20"), ("確認", "山田 健一 2026/01/22"), ("承認", "佐藤 誠 2026/01/23")]),
    ]
    write_docx(p, blocks, title="工程仕様書 KS-TW-2026-014", author="張家豪", ea_font="MS 明朝", lang="ja-JP")


register("tc-109.docx", lab("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"],
                            "process-spec", None, "mixed", "traditional", False,
                            "Japanese 工程仕様書 template with Chinese content: Ce-substituted dual-main-phase sintered magnet process"),
         b_c05)


# ---------------------------------------------------------------- C06
def b_c06(p):
    blocks = [
        ("title", "Prozessbeschreibung PB-ELY-04\nSchmelzflusselektrolyse Pr-Nd-Metall (6-kA-Zelle)"),
        ("kv", [("Dokument", "PB-ELY-04, Revision 2"), ("Werk", "Linie E2, Elektrolysehalle"),
                ("Erstellt", "M. Hoffmann, Verfahrenstechnik"), ("Geprüft", "Dr. S. Krüger"),
                ("Freigegeben", "J. Weber, Werkleitung"), ("Gültig ab", "02.03.2026"),
                ("Sprache", "Überschriften Deutsch, Text Englisch (Konzernvorgabe)")]),
        ("h1", "1. Zweck"),
        ("p", "This process description defines the operating window for producing praseodymium-neodymium "
              "(PrNd) metal by oxide-fluoride molten-salt electrolysis in the 6 kA round cells of line E2. "
              "It applies to routine production, restart after a tapping interruption and the change-over "
              "between PrNd 25:75 and PrNd 20:80 feed oxide."),
        ("h1", "2. Geltungsbereich"),
        ("p", "Cells E2-01 to E2-16. Graphite crucible ID 560 mm, depth 620 mm; four segmented graphite anodes "
              "(each 150 x 120 x 500 mm); central tungsten cathode rod, diameter 70 mm; molybdenum receiver "
              "crucible at the cell bottom. Rectifier 0-8 kA / 0-15 V per cell."),
        ("h1", "3. Einsatzstoffe"),
        ("table", [["Material", "Specification", "Remark"],
                   ["Feed oxide (Pr,Nd)2O3/Pr6O11", "TREO >= 99.0 %, Pr/TREO 25 +/- 1 %, LOI <= 1.0 %", "dried 300 °C, 4 h"],
                   ["Electrolyte NdF3/PrF3", "REF3 >= 99.5 %, O <= 0.5 %", "make-up with oxide of same ratio"],
                   ["LiF", ">= 99.0 %, battery grade not required", ""],
                   ["Bath composition", "REF3 : LiF = 86 : 14 (wt)", "check weekly by XRF"],
                   ["Anode graphite", "density >= 1.78 g/cm3, ash <= 0.05 %", "replace at 60 % consumption"]]),
        ("h1", "4. Prozessparameter"),
        ("table", [["Parameter", "Set point", "Window", "Action outside window"],
                   ["Line current", "6.0 kA", "5.6-6.3 kA", "reduce feed, check anode immersion"],
                   ["Cell voltage", "9.8 V", "9.0-10.8 V", ">11 V: anode effect routine 6.3"],
                   ["Bath temperature", "1 050 °C", "1 035-1 065 °C", "adjust anode-cathode distance"],
                   ["Anode current density", "0.9 A/cm2", "0.8-1.1 A/cm2", "lower/raise anodes"],
                   ["Cathode current density", "7.0 A/cm2", "6-8 A/cm2", "cathode immersion 320 mm"],
                   ["Anode-cathode distance", "90 mm", "80-100 mm", ""],
                   ["Oxide feed rate", "2.35 kg per 10 min", "quasi-continuous, vibratory feeder", "stop feed at voltage spike"],
                   ["Dissolved oxide", "2-3 wt %", "", "sludge risk above 4 %"],
                   ["Argon cover", "0.3 Nm3/h", "", ""],
                   ["Tapping interval", "every 120 min", "", "siphon into Mo crucible, cast in Fe moulds"]]),
        ("h1", "5. Ablauf"),
        ("numbered", [
            "Start of shift: record bath level (target 410 +/- 20 mm), temperature, voltage; remove carbon dust from bath surface.",
            "Feed oxide in small portions; never add more than 3 kg in one shot (sludge formation on cathode).",
            "At each tapping, lift the cathode 20 mm, siphon metal with the preheated tapping ladle, cast into moulds under argon shroud.",
            "Add REF3/LiF make-up every 8 h to keep the bath level; LiF make-up 0.35 kg per tapping.",
            "Anode change: one segment at a time, current reduced to 4.5 kA during the change; new anode preheated 30 min above the bath.",
            "Anode effect (voltage > 15 V): stop feed, reduce distance, stir bath with graphite rod; record in the shift log.",
            "Off-gas: keep hood draft >= 2 500 m3/h; CF4/C2F6 monitor alarm at 5 ppm."]),
        ("h1", "6. Qualitätsanforderungen"),
        ("table", [["Element", "Limit (wt %)", "Typical"],
                   ["TRE", ">= 99.0", "99.4"],
                   ["Nd/TRE", "75 +/- 1", "75.3"],
                   ["Fe", "<= 0.20", "0.08"],
                   ["C", "<= 0.03", "0.018"],
                   ["O", "<= 0.03", "0.021"],
                   ["W + Mo", "<= 0.05", "0.012"],
                   ["Si, Al, Ca, Mg (each)", "<= 0.02", "< 0.01"]]),
        ("p", "Key performance: current efficiency 80-84 %, metal output 34-36 kg per cell and day, "
              "specific energy consumption <= 9.5 kWh per kg metal, oxide consumption 1.18 kg per kg metal, "
              "graphite consumption <= 0.12 kg per kg metal."),
        ("h1", "7. Freigabe"),
        ("p", "Changes to set points require a signed change request (Änderungsantrag) and a trial of 3 cells x 5 days. "
              "Distribution: E2 shift leaders, process engineering, QA. Do not forward outside the plant."),
    ]
    write_pdf(p, blocks, title="Prozessbeschreibung PB-ELY-04", author="M. Hoffmann",
              header="PB-ELY-04 Rev. 2  |  Schmelzflusselektrolyse Pr-Nd  |  Vertraulich",
              footer="Seite", wrap="WORD")


register("tc-110.pdf", lab("controlled", ["1E902.a"], ["metal-smelting"], [],
                           "process-spec", None, "mixed", "none", False,
                           "German-headed, English-body PrNd fluoride molten-salt electrolysis spec with cell, bath and current-density set points"),
         b_c06)


# ---------------------------------------------------------------- C07
def b_c07(p):
    blocks = [
        ("title", "6 kA 氟化物體系電解槽 安裝及開爐調試程序"),
        ("kv", [("文件編號", "EC-INS-012"), ("版次", "A1"),
                ("適用", "金屬車間 三期新建 E3-01～E3-12 電解槽及配套整流、排煙系統"),
                ("編寫", "工程部 吳承翰"), ("審核", "設備部 許文龍"), ("批准", "總經理 李國強"),
                ("日期", "2026-01-08")]),
        ("h1", "1. 目的與範圍"),
        ("p", "規定鐠釹金屬電解槽由基礎驗收、槽體安裝、整流與母線連接、烘爐、起槽到 72 小時試生產驗收之步驟與判定標準。"
              "製程操作參數依 PB-ELY-04 執行，本程序中出現之電流、溫度等數值僅作為調試目標與驗收參考。"),
        ("h1", "2. 安裝前確認"),
        ("bullets", [
            "槽基礎水平度 ≦ 2 mm/m，預埋絕緣板 (環氧玻纖 20 mm) 對地絕緣電阻 ≧ 1 MΩ (500 V 搖表)。",
            "槽殼 (Q235 鋼，內襯高鋁磚＋剛玉澆注料) 到貨檢查：焊縫 100% 目視，冷卻水套 0.6 MPa 保壓 30 min 不漏。",
            "石墨坩堝 (內徑 560 mm) 無裂紋，超音波探傷抽檢；鎢陰極棒直線度 ≦ 1 mm/m。",
            "整流櫃 8 kA/15 V 出廠報告、母線 (鋁排 2×100×10) 材質證明齊全。"]),
        ("h1", "3. 槽體安裝"),
        ("numbered", [
            "吊裝槽殼就位，調整槽口水平 ≦ 1 mm；槽中心與排煙罩中心偏差 ≦ 5 mm。",
            "砌築保溫層：底部輕質保溫磚 2 層，側部矽酸鋁纖維氈 50 mm，放置石墨坩堝，間隙以石墨粉搗實。",
            "安裝陰極升降機構：行程 0–600 mm，定位重複精度 ±1 mm；限位開關動作試驗 10 次。",
            "陽極吊架安裝，四組陽極對中偏差 ≦ 3 mm，絕緣套管對地絕緣 ≧ 0.5 MΩ。",
            "安裝氬氣保護管路與下料振動給料器，給料量標定 (目標 0.20–0.30 kg/min，誤差 ≦ 3%)。"]),
        ("h1", "4. 電氣連接與空載試驗"),
        ("bullets", [
            "母線搭接面鍍錫並塗導電膏，螺栓扭力 85 N·m；每個搭接點接觸電阻 ≦ 10 μΩ (微歐計)。",
            "整流櫃空載：輸出 0–15 V 連續可調，穩流精度 ±0.5%；短路試驗升流至 6.5 kA，保持 30 min，母線溫升 ≦ 40 K。",
            "聯鎖測試：冷卻水斷流、排煙風機停止、氬氣壓力低，均須於 2 s 內觸發降流。"]),
        ("h1", "5. 烘爐"),
        ("table", [["階段", "方法", "溫度目標", "時間", "判定"],
                   ["1", "電阻加熱器插入坩堝", "室溫→200 ℃", "24 h", "排出砌體水分，槽殼溫度均勻"],
                   ["2", "電阻加熱", "200→600 ℃", "36 h", "升溫 ≦ 15 ℃/h"],
                   ["3", "保溫", "600 ℃", "12 h", "排煙中無水霧"]]),
        ("h1", "6. 起槽"),
        ("numbered", [
            "加入預熔電解質塊 (氟化鐠釹＋氟化鋰) 約 180 kg，插入石墨起弧棒，以 3 kA 起弧熔化。",
            "電解質全部熔清後，分批補加至液面 400 mm，移出起弧棒，放入陽極。",
            "按 1.0 kA/h 階梯升流至 6.0 kA (參考)；升流期間監看槽電壓，若超過 12 V 停止升流並檢查極距。",
            "確認陰極浸入深度與金屬接收坩堝位置，開始小量加料。"]),
        ("h1", "7. 72 小時試生產驗收"),
        ("table", [["驗收項目", "目標 (參考)", "量測方式"],
                   ["平均電流", "6.0 kA ± 5%", "整流櫃記錄"],
                   ["平均槽電壓", "≦ 10.8 V", "DCS 趨勢"],
                   ["電流效率", "≧ 75%", "出金屬量/理論量"],
                   ["金屬 TRE", "≧ 99.0%", "化驗室 ICP"],
                   ["排煙罩外 HF", "≦ 2 mg/m³", "攜帶式檢測儀"],
                   ["槽殼表面溫度", "≦ 120 ℃", "紅外線熱像"]]),
        ("p", "驗收合格後由工程部、設備部、生產部三方簽署移交單 (F-EC-012-5)，電解槽轉入生產管理；"
              "不合格項目需填寫整改單並於 7 日內完成複驗。"),
        ("h1", "8. 安全注意"),
        ("bullets", ["起槽與升流期間槽周 3 m 內禁止無關人員進入。",
                     "熔融氟化物遇水劇烈反應，所有工具須預熱。",
                     "起弧時佩戴面罩及耐熱手套；HF 警報 3 mg/m³ 時撤離。"]),
    ]
    write_docx(p, blocks, title="電解槽安裝及開爐調試程序 EC-INS-012", author="吳承翰")


register("tc-116.docx", lab("controlled", ["1E902.b"], ["metal-smelting"], [],
                            "process-spec", None, "zh", "traditional", False,
                            "Installation, bake-out, start-up and acceptance of RE fluoride electrolysis cells; process values only as targets"),
         b_c07)


# ---------------------------------------------------------------- C08
def b_c08(p):
    blocks = [
        ("title", "氣流磨及真空燒結爐 預防保養與大修規程"),
        ("kv", [("文件編號", "MT-SN-021 Rev. B"), ("適用設備", "QLMR-400 氣流磨 2 台、VSF-800 真空燒結爐 6 台 (燒結課)"),
                ("主管單位", "設備保全課"), ("編寫 / 審核", "蔡明宏 / 高振宇"), ("日期", "2025-12-15")]),
        ("h1", "1. 目的"),
        ("p", "建立釹鐵硼燒結線關鍵設備之日常點檢、定期保養與年度大修標準，降低非計畫停機並確保大修後設備能恢復原製程能力。"
              "製程設定值不在本規程範圍，以下引用之溫度、含氧量等數值僅為保養後驗證目標。"),
        ("h1", "2. 氣流磨保養項目"),
        ("table", [["週期", "項目", "方法 / 標準"],
                   ["每班", "系統含氧量", "確認線上氧分析儀讀值 ≦ 20 ppm；超標時停機查漏"],
                   ["每班", "研磨壓力、分級輪電流", "記錄於點檢表，電流偏差 > 10% 通報"],
                   ["每週", "噴嘴磨損", "以塞規量測噴嘴內徑，擴大 > 0.3 mm 即更換 (原 Φ6.0 mm)"],
                   ["每週", "濾筒壓差", "> 3 kPa 時反吹；反吹無效則更換濾筒"],
                   ["每月", "分級輪動平衡", "殘餘不平衡量 ≦ 1 g·mm/kg (G2.5 等級)"],
                   ["每月", "氧分析儀校正", "以 0 ppm 高純氮及 50 ppm 標準氣兩點校正"],
                   ["每季", "壓縮機 (氮氣循環)", "換油、檢查冷卻器結垢、安全閥校驗"],
                   ["每年", "研磨腔內襯", "陶瓷內襯厚度 < 4 mm 更換；更換後以 0.3 MPa 做保壓測試 (30 min 壓降 ≦ 2 kPa)"]]),
        ("h1", "3. 真空燒結爐保養項目"),
        ("table", [["週期", "項目", "方法 / 標準"],
                   ["每爐", "爐門密封圈", "清潔並塗真空脂；目視無割傷"],
                   ["每週", "機械泵 / 羅茨泵", "油位、油色；機械泵每 500 h 換油"],
                   ["每月", "壓升率", "冷爐抽至極限真空後關閥，壓升率 ≦ 0.67 Pa/h"],
                   ["每月", "加熱元件絕緣", "對地絕緣 ≧ 2 MΩ (250 V)"],
                   ["每季", "熱電偶校正", "以標準熱電偶比對 600 / 900 / 1 060 ℃ 三點，偏差 ≦ ±3 ℃"],
                   ["每季", "急冷風機", "軸承振動 ≦ 4.5 mm/s，熱交換器水側清洗"],
                   ["每年", "爐溫均勻性 (TUS)", "九點法，1 060 ℃ 保溫 2 h，均勻性 ±5 ℃"],
                   ["每年", "隔熱屏 / 石墨加熱帶", "隔熱屏變形或剝落面積 > 10% 更換；加熱帶電阻偏離原值 15% 更換"]]),
        ("h1", "4. 年度大修流程"),
        ("numbered", [
            "停爐降溫至室溫，充氮破空，拆除爐門及後封頭，取出料車軌道。",
            "拆卸隔熱屏與加熱帶，逐片量測電阻並編號；更換鉬螺栓及陶瓷絕緣子。",
            "真空系統：羅茨泵解體檢查轉子間隙 (0.15–0.25 mm)，更換軸封；擴散泵 (如有) 換油。",
            "冷卻水路以 5% 檸檬酸循環清洗 4 h，再以清水沖洗至 pH 6–8；水套 0.6 MPa 保壓試驗。",
            "回裝後抽真空：極限真空 ≦ 5×10⁻³ Pa (冷態)，氦質譜檢漏漏率 ≦ 1×10⁻⁸ Pa·m³/s。",
            "空爐烘烤：升至 1 100 ℃ 保溫 4 h 除氣，確認熱態真空 ≦ 5×10⁻² Pa。",
            "試燒驗證：裝入標準牌號 (48H) 試燒一爐，依現行製程卡執行；驗收目標為燒結密度 ≧ 7.55 g/cm³、"
            "Br 與 HcJ 落在牌號規格內、同爐九點 Br 極差 ≦ 0.1 kGs。合格後方可恢復生產。"]),
        ("h1", "5. 氣流磨大修後驗證"),
        ("bullets", ["空轉 2 h，軸承溫升 ≦ 35 K；含氧降至 ≦ 20 ppm 所需時間 ≦ 40 min。",
                     "試磨 200 kg 標準粗粉，D50 與大修前偏差 ≦ 0.15 μm，D90/D10 ≦ 4.0。",
                     "記錄大修前後產能 (kg/h) 比較，差異 > 5% 需查明原因。"]),
        ("h1", "6. 記錄與備品"),
        ("p", "保養記錄以 CMMS 系統建檔 (設備履歷)。關鍵備品最低庫存：氣流磨噴嘴 8 支、分級輪 1 組、"
              "燒結爐石墨加熱帶 1 套、隔熱屏 1 套、羅茨泵軸封 2 套、熱電偶 (S 型) 6 支。"),
    ]
    write_pdf(p, blocks, title="MT-SN-021 氣流磨及真空燒結爐保養規程", author="蔡明宏",
              header="MT-SN-021 Rev.B  設備保全課  內部文件", footer="頁")


register("tc-120.pdf", lab("controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"],
                           "process-spec", None, "zh", "traditional", False,
                           "Maintenance and overhaul rules for NdFeB jet mills and sintering furnaces; process values only as verification targets"),
         b_c08)


# ---------------------------------------------------------------- C09
def b_c09(p):
    slides = [
        {"kind": "title", "title": "萃取分離二期擴產改造方案\nSX Line 2 Debottlenecking & Upgrade",
         "sub": "Prepared by 港翔工程顧問有限公司 (Hong Kong) for client plant ‧ Rev 1 ‧ 2026-02-09\nConfidential – client use only"},
        {"title": "1. 現況 Current status",
         "bullets": ["Line 2: 68 級 mixer-settler (每級 mixing 0.8 m³ / settling 3.2 m³)，P507–HCl 體系",
                     "Feed: 輕稀土氯化物 REO 1.45 mol/L，年處理 1 500 t REO",
                     "兩出口：La-Ce / Pr-Nd；SmEuGd 富集物未分出，隨 Pr-Nd 反萃液走",
                     "Bottleneck：澄清段夾帶 (entrainment) 0.8–1.2 L/m³，第 20–28 級經常乳化",
                     "皂化用液氨已於 2024 年停用，改液鹼後皂化槽 pH 波動 ±0.4"]},
        {"title": "2. 改造目標 Targets",
         "bullets": ["產能：1 500 → 2 400 t REO/年",
                     "三出口工藝 (three-outlet)：La-Ce ｜ Pr-Nd ｜ SmEuGd 富集物 (SEG)",
                     "Pr-Nd 產品：(Pr+Nd)/REO ≧ 99.5%，Ce+La ≦ 0.05%，Sm ≦ 0.01%",
                     "化工消耗：HCl ≦ 3.1 t/t REO；NaOH ≦ 1.05 t/t REO",
                     "停線時間 ≦ 21 天 (cut-over window)"]},
        {"kind": "table", "title": "3. 新流程參數 New flowsheet (Ce/Pr 分組段)",
         "rows": [["項目", "萃取段", "洗滌段", "反萃段"],
                  ["級數", "38", "44", "8"],
                  ["有機相", "P507 1.5 mol/L 磺化煤油", "—", "—"],
                  ["皂化度", "36% (NaOH)", "—", "—"],
                  ["流比 O/A (對料液)", "1.9", "洗酸 HCl 4.5 mol/L, 0.42", "HCl 6.0 mol/L, 0.36"],
                  ["進料級", "第 38 級", "", ""],
                  ["第三出口", "", "第 61 級水相側線, 流量為料液 3.2%", ""],
                  ["溫度", "30 ± 2 ℃", "30 ± 2 ℃", "40 ℃"]],
         "note": "側線 SEG 富集物 (Sm+Eu+Gd)/REO 約 38%，送 P204 線再分。"},
        {"kind": "table", "title": "4. Pr/Nd 分離段 (延續現有 60 級，調整)",
         "rows": [["參數", "現行", "改造後"],
                  ["萃取/洗滌/反萃級數", "26 / 30 / 6", "30 / 40 / 8"],
                  ["皂化度", "34%", "38%"],
                  ["O/A", "1.6", "1.85"],
                  ["洗酸", "HCl 4.0 mol/L", "HCl 4.2 mol/L"],
                  ["回流比", "2.6", "3.1"],
                  ["Nd2O3 純度", "99.5%", "99.9%"]]},
        {"title": "5. 設備改造 Equipment modifications",
         "bullets": ["新增 30 級 mixer-settler (PP 材質，澄清面積 2.4 m²/級)，與舊線串接",
                     "混合室攪拌槳由直葉改為 pump-mix impeller，轉速 180–260 rpm 變頻",
                     "澄清室加裝 picket fence 及第二道擋板，目標夾帶 ≦ 0.3 L/m³",
                     "皂化槽改兩段串聯皂化 + 線上 pH 閉環 (±0.1)",
                     "DCS 新增 24 支電磁流量計，流量控制精度 ±1%"]},
        {"title": "6. 施工與切換計劃 Installation & cut-over",
         "bullets": ["Week 1–6：新槽體預製、現場基座施工 (不停線)",
                     "Day 1–3：舊線排空，有機相轉存儲罐，全線清洗",
                     "Day 4–12：新舊槽體串接、管線改接、儀表安裝",
                     "Day 13–15：清水聯動試車 (泄漏、液位、流量標定)",
                     "Day 16–21：投有機相，先以全回流建立平衡 (72 h)，再逐步進料至 60% → 100%"]},
        {"title": "7. 試車驗收 Commissioning acceptance",
         "bullets": ["連續 7 天 Pr-Nd 出口 (Pr+Nd)/REO ≧ 99.5%",
                     "La-Ce 出口 Pr+Nd 損失 ≦ 0.1%",
                     "日處理量 ≧ 6.6 t REO",
                     "有機相損耗 ≦ 1.2 kg P507 / t REO",
                     "驗收後 3 個月保固，港翔派駐 1 名工程師"]},
        {"title": "8. 風險 Risks",
         "bullets": ["平衡建立期乳化：預備界面調整劑及備用澄清槽",
                     "原料 Ce 比例變動 (47–52%) 會影響進料級位置，需每週化驗調整",
                     "本方案含客戶專有工藝數據，不得轉交第三方"]},
    ]
    write_pptx(p, slides, title="SX Line 2 Upgrade", author="HX Engineering")


register("tc-118.pptx", lab("controlled", ["1E902.a", "1E902.b"], ["separation"], [],
                            "process-spec", None, "mixed", "traditional", False,
                            "HK-style bilingual slides: upgrade/cut-over of P507 SX line that also lays down the new three-outlet flowsheet"),
         b_c09)


# ---------------------------------------------------------------- C10
C10_TEXT = """離子吸附型礦 原地浸礦 作業指導書
文件編號：WI-ISL-003　版次：2.1　日期：2026 年 1 月 12 日
編制：香港盛嶺礦業顧問有限公司 駐場技術組（梁志聰）
適用：北部礦區 K2、K3 採場（全風化花崗岩，礦體平均厚 8.5 m，品位 REO 0.085%）

一、目的
規範注液孔施工、浸礦劑配製與注入、母液收集、除雜及沉澱各工序之操作條件，確保浸出率不低於 85%，並防止浸礦液外滲。

二、採場準備
1. 地形測量 1:500，沿等高線布置注液孔；坡度大於 30° 之地段先做削坡及截水溝。
2. 注液孔網度 2.5 m × 2.5 m（梅花形），孔徑 Φ 200 mm，孔深進入全風化層底板以上 0.5 m，不得打穿半風化層。
3. 每孔安放 Φ 63 mm PVC 花管，孔口以黏土封閉 0.5 m。
4. 收液系統：山腳開挖集液巷道或打導流孔（仰角 5°，孔距 5 m，長 30–50 m），導流孔內置 Φ 75 mm 濾管。
5. 集液溝、集液池須做 HDPE 1.5 mm 防滲襯層，池容量不小於一天注液量的 1.5 倍。
6. 採場四周布置監測井 6 口，每週取地下水樣測 NH4+、SO4 2-、pH。

三、浸礦劑配製
1. 浸礦劑：硫酸鎂溶液（取代原硫酸銨配方，以降低氨氮），濃度 3.0%（質量），配液用水 pH 5.0–6.0。
2. 低品位段（REO < 0.06%）可改用 硫酸鎂 2.5% + 硫酸鋁 0.3% 複合浸礦劑。
3. 配液池攪拌 30 min，每批取樣測密度 (1.025–1.030 g/cm³) 及 pH。

四、注液
1. 前期 (第 1–20 天)：注液強度 0.20 m³/(孔·d)，使礦體含水達飽和。
2. 中期 (第 21–120 天)：0.12–0.15 m³/(孔·d)，依母液濃度調整；液固比累計達 0.45–0.55 m³/t 礦。
3. 頂水期：母液 REO 降至 0.15 g/L 以下時改注清水頂水，頂水量約為注液量的 30%，直至母液 REO < 0.05 g/L 結束。
4. 注液期間每日巡查坡面有無滲漏、滑坡跡象；發現冒液立即停注該排孔。

五、母液收集與除雜
1. 母液 REO 0.6–1.5 g/L，pH 4.2–5.0，主要雜質 Al³⁺ 0.15–0.30 g/L。
2. 除雜：於除雜池加入碳酸氫銨溶液（8%）調 pH 至 5.2 ± 0.1，加入 PAM 絮凝劑 3 g/m³，攪拌 20 min 沉降 4 h；
   除雜渣 (含 REO 約 8%) 返回酸溶回收。稀土損失控制在 2% 以內。
3. 上清液送沉澱池。

六、沉澱與產品
1. 沉澱劑：碳酸氫銨 (或碳酸鈉)，加入量為理論量的 1.15 倍，終點 pH 6.8–7.0，陳化 2 h。
2. 沉澱物以板框壓濾，洗滌至濾液電導 < 2 mS/cm。
3. 產品：混合稀土碳酸鹽，REO ≥ 42%（濕基），Al2O3/REO ≤ 1.0%，配分中 (Pr+Nd) 約 28%、Y 約 24%。
4. 沉澱上清液回用：補加硫酸鎂至 3.0% 後返回配液池，回用率 ≥ 85%。

七、指標與記錄
- 浸出率 ≥ 85%，綜合回收率 ≥ 78%。
- 每日記錄：注液量、各導流孔流量、母液濃度 (EDTA 滴定)、除雜 pH、沉澱終點 pH。
- 每月彙總採場金屬平衡表，送公司技術部。

八、安全與環保
- 浸礦劑與碳酸氫銨倉庫須防潮防雨。
- 採場結束後注清水洗滌 60 天，監測井 NH4+、SO4 2- 恢復至背景值 1.5 倍以內方可覆土復綠。
"""


def b_c10(p):
    write_txt(p, C10_TEXT)


register("tc-112.txt", lab("controlled", ["1E902.a"], ["mining"], [],
                           "process-spec", None, "zh", "traditional", False,
                           "Work instruction for in-situ leaching of ion-adsorption clay: well grid, MgSO4 lixiviant, injection, impurity removal, precipitation"),
         b_c10)


# ---------------------------------------------------------------- C11
def b_c11(p):
    blocks = [
        ("title", "釹鐵硼研磨油泥回收製程規範\nProcess Specification – Recovery of Oxides from NdFeB Grinding Sludge"),
        ("kv", [("Doc. No. 文件編號", "RP-SL-005 Rev. 1"), ("Site 廠區", "觀音回收廠 Line R1"),
                ("Prepared 編寫", "Vincent Ho 何俊傑"), ("Approved 核准", "Dr. Emily Tsai 蔡佳穎"),
                ("Date 日期", "2026-02-20")]),
        ("h1", "1. Scope 範圍"),
        ("p", "本規範適用於客戶端燒結釹鐵硼磁石切片、研磨、倒角產生之含油泥料 (油泥) 及無油切屑。"
              "This specification covers de-oiling, oxidising roast, selective hydrochloric-acid leaching (優溶), "
              "iron removal, oxalate precipitation and calcination to mixed Pr-Nd-Dy oxide. Design capacity 1 200 t sludge per year."),
        ("h1", "2. Feed specification 進料規格"),
        ("table", [["Item 項目", "Typical 典型值", "Acceptance 允收"],
                   ["Moisture + oil 水分+油分", "25–40 %", "≦ 45 %"],
                   ["TREO (dry, de-oiled basis)", "24–28 %", "≧ 20 %"],
                   ["Dy2O3 + Tb4O7 / TREO", "1.5–6 %", "—"],
                   ["Co", "0.5–2 %", "—"],
                   ["Grinding-wheel residue SiC/Al2O3", "< 3 %", "≦ 5 %"]]),
        ("h1", "3. De-oiling 除油"),
        ("p", "Vacuum distillation dryer, 250 ℃, 3 kPa abs, 4 h; condensed cutting oil sold as fuel. "
              "Alternative for water-based coolant sludge: filter press + belt dryer 120 ℃. 除油後殘油 ≦ 1%。"),
        ("h1", "4. Oxidising roast 氧化焙燒"),
        ("bullets", ["Rotary kiln Φ1.2 × 14 m, slope 2.5 %, rotation 1.5 rpm.",
                     "窯頭 (出料端) 溫度 820 ± 20 ℃，窯尾 450 ℃；停留時間 2.5–3 h；過量空氣係數 1.4。",
                     "Target: Fe fully converted to Fe2O3 (Fe²⁺ < 0.5 % of total Fe), RE to RE2O3/REFeO3 mixture.",
                     "焙燒料經冷卻筒降至 80 ℃ 以下，球磨至 -200 mesh ≧ 90 %。"]),
        ("h1", "5. Selective HCl leaching 鹽酸優溶"),
        ("numbered", ["Reactor 反應槽: 15 m³ FRP-lined, agitator 80 rpm, steam jacket.",
                      "Slurry 液固比 L/S = 3.5 : 1 (water), heat to 85–90 ℃.",
                      "Add 31 % HCl continuously over 90 min; HCl dosage 1.05 × stoichiometric for RE only (≈ 0.95 t HCl(31%) per t roasted feed).",
                      "End-point pH 3.8–4.2 held 60 min — Fe2O3 stays undissolved; 優溶終點 pH 不可低於 3.5，否則鐵大量溶出。",
                      "Add 0.2 % H2O2 (27.5 %) in last 20 min to oxidise residual Fe²⁺; then pH 4.5 with Na2CO3 for final Fe/Al removal.",
                      "Filter press; wash cake with pH 4 water, 1.5 m³ per t cake. Leach residue (Fe2O3 ≥ 85 %) sold to cement plant."]),
        ("table", [["Index 指標", "Target 目標"],
                   ["RE leaching efficiency 浸出率", "≧ 98.0 %"],
                   ["Fe in pregnant solution 浸出液含鐵", "≦ 0.05 g/L"],
                   ["REO in pregnant solution", "180–220 g/L"],
                   ["RE in residue 渣含 REO", "≦ 0.6 %"]]),
        ("h1", "6. Precipitation & calcination 沉澱及灼燒"),
        ("bullets", ["Dilute PLS to REO 60–80 g/L, 60 ℃; add 10 % oxalic-acid solution at 1.1 × stoichiometric (≈ 1.25 t H2C2O4·2H2O per t REO).",
                     "Final pH 1.5–2.0; age 1 h; filter and wash with hot water to Cl⁻ < 0.05 %.",
                     "Calcine oxalate in roller-hearth kiln 950 ℃ × 3 h → mixed oxide; cool and sieve < 40 mesh.",
                     "Mother liquor 草酸母液: neutralise with lime, recover oxalic acid option under evaluation."]),
        ("h1", "7. Product specification 產品規格"),
        ("table", [["Item", "Spec"],
                   ["TREO", "≧ 99.0 %"],
                   ["(Pr6O11 + Nd2O3)/TREO", "report (typ. 92–96 %)"],
                   ["Dy2O3 + Tb4O7 / TREO", "report"],
                   ["Fe2O3", "≦ 0.01 %"],
                   ["CaO / SiO2 / Al2O3 (each)", "≦ 0.02 %"],
                   ["Overall RE recovery 總回收率", "≧ 95 %"]]),
        ("p", "Product is shipped to separation plants as feed, or further separated in-house by P507 when Dy+Tb/TREO > 4 %. "
              "變更參數須經 MOC 程序 (F-RP-05)。"),
    ]
    write_docx(p, blocks, title="RP-SL-005 NdFeB sludge recovery", author="Vincent Ho")


register("tc-124.docx", lab("controlled", ["1E902.a"], ["recycling"], [],
                            "process-spec", None, "mixed", "traditional", False,
                            "Bilingual spec for NdFeB sludge recycling: de-oiling, oxidising roast, selective HCl leach, oxalate precipitation, calcination"),
         b_c11)


# ---------------------------------------------------------------- C12
def b_c12(p):
    hdr = ["工單號", "日期", "設備編號", "設備名稱", "類別", "故障現象 / 工作內容", "原因分析",
           "處置", "更換零件", "停機(h)", "復機確認", "執行人"]
    rows = [hdr]
    data = [
        ("2026-01-05", "R1-KLN-01", "回轉窯", "故障維修", "窯頭溫度無法升至 800 ℃，燃燒器頻繁熄火",
         "天然氣比例閥卡滯；火焰偵測器鏡片積塵", "拆洗比例閥，重新標定空燃比 1:10.5；清潔 UV 偵測器",
         "UV 偵測器鏡片 ×1", 6.5, "窯頭溫度恢復 820 ℃ 穩定 4 h；焙燒料 Fe²⁺ < 0.5%", "鄭"),
        ("2026-01-09", "R1-KLN-01", "回轉窯", "預防保養", "托輪、擋輪檢查；窯體中心線量測",
         "例行", "托輪軸承加脂；調整 2# 托輪歪斜 0.5 mm", "—", 4.0, "窯體竄動量 ±15 mm 內", "鄭"),
        ("2026-01-14", "R1-LCH-02", "優溶反應槽 2#", "故障維修", "攪拌器異音，電流上升 20%",
         "減速機軸承磨損；槳葉 FRP 包覆剝離", "更換軸承；槳葉重新包覆 FRP 三層", "軸承 22220 ×2", 18.0,
         "試運轉 2 h 電流正常；下一批浸出率 98.3%", "王"),
        ("2026-01-20", "R1-LCH-01", "優溶反應槽 1#", "預防保養", "pH 電極校正、蒸汽夾套檢漏",
         "例行", "pH 電極 4.00/7.00 兩點校正；夾套 0.4 MPa 保壓", "pH 電極 ×1", 2.0,
         "終點 pH 顯示與手測差 ≦ 0.05", "王"),
        ("2026-01-27", "R1-FP-01", "板框壓濾機", "故障維修", "濾液混濁，REO 損失增加",
         "濾布破損 3 片", "更換濾布；調整進料壓力上限 0.6 MPa", "濾布 ×3", 3.5,
         "濾液 SS < 50 mg/L；渣含 REO 0.5%", "林"),
        ("2026-02-03", "R1-PPT-01", "草酸沉澱槽", "改善", "草酸加料不穩定，沉澱粒度偏細",
         "計量泵脈動", "加裝脈動阻尼器；改為 PLC 依流量比例加藥", "阻尼器 ×1", 5.0,
         "草酸過量係數穩定在 1.08–1.12；過濾時間縮短 20%", "林"),
        ("2026-02-10", "R1-CAL-01", "輥道窯 (灼燒)", "故障維修", "三區溫度偏低 30 ℃",
         "矽碳棒老化，3 支斷裂", "更換同區 12 支矽碳棒 (整組更換)", "SiC 棒 ×12", 22.0,
         "三區溫度 950 ± 5 ℃；產品 TREO 99.2%、灼減 0.3%", "鄭"),
        ("2026-02-18", "R1-DRY-01", "真空除油乾燥機", "預防保養", "冷凝器清洗、真空泵換油",
         "例行", "冷凝器高壓水清洗；液環泵換密封", "機械密封 ×1", 8.0, "真空度 3 kPa 達成；殘油 ≦ 1%", "王"),
        ("2026-02-24", "R1-KLN-01", "回轉窯", "改善", "窯尾密封漏風，過量空氣不穩定",
         "魚鱗片密封磨損", "更換為石墨塊+彈簧壓緊式密封", "密封組 ×1", 30.0,
         "窯尾負壓 -50 Pa 穩定；窯頭溫度波動 ±10 ℃", "鄭"),
        ("2026-03-03", "R1-LCH-02", "優溶反應槽 2#", "預防保養", "槽內襯檢查", "例行",
         "襯裡火花檢測 15 kV 無擊穿", "—", 6.0, "恢復生產；浸出液 Fe ≦ 0.05 g/L", "王"),
    ]
    for i, d in enumerate(data, 1):
        rows.append(["WO-R1-26%03d" % i] + list(d))
    summary = [["設備", "本期停機(h)", "MTBF(h)", "備註"],
               ["回轉窯", 40.5, 312, "密封改善後觀察"],
               ["優溶反應槽", 26.0, 540, ""],
               ["板框壓濾機", 3.5, 1210, ""],
               ["草酸沉澱槽", 5.0, None, "改善工單"],
               ["輥道窯", 22.0, 880, "矽碳棒壽命約 9 個月"],
               ["除油乾燥機", 8.0, None, ""]]
    write_xlsx(p, [("維修履歷", rows, [13, 11, 11, 14, 9, 34, 26, 34, 14, 8, 34, 6]),
                   ("彙總", summary, [14, 12, 10, 20])],
               title="R1 維修履歷 2026Q1", author="設備課")


register("tc-125.xlsx", lab("controlled", ["1E902.b"], ["recycling"], [],
                            "parameter-sheet", None, "zh", "traditional", False,
                            "Repair/maintenance log of a magnet-sludge recycling line (kiln, leach reactors, calciner); process values only as restart checks"),
         b_c12)


# ---------------------------------------------------------------- C13
C13_BODY = """Hi Markus,

Thanks for the call yesterday. As promised, here are the grain-boundary diffusion (GBD) conditions we run on the N52 → 50SH upgrade line in Taoyuan, so your team in Regensburg can reproduce them on the pilot furnace. 以下數字是我們量產線現行設定，請勿轉寄給第三方。

1) Base magnet 基材
   - Sintered N52 base, Dy-free, HcJ 1 030–1 110 kA/m (13–14 kOe), O ≤ 900 ppm.
   - Thickness in magnetisation direction ≤ 5.0 mm (we do not diffuse parts thicker than 6 mm; the core stays low).
   - Machined to final size, chamfer 0.2 mm, then 3 % HNO3 pickling 40 s + ultrasonic ethanol rinse. 表面必須無油無氧化膜，否則擴散不均。

2) Coating 塗覆
   - Tb source: TbH2 powder (D50 3 µm) 65 wt% + Al 5 wt% dispersed in alcohol/PVB binder. 我們試過 Tb70Cu30 合金粉，效果差不多但成本高。
   - Spray on both pole faces; coating amount 0.55 ± 0.05 wt% Tb relative to magnet mass (weigh every tray, 10 pcs).
   - Dry 80 °C × 30 min in N2.

3) Diffusion heat treatment 擴散熱處理
   - Load on Mo trays, single layer, 2 mm gap between parts.
   - Vacuum ≤ 5 × 10⁻³ Pa before heating.
   - Ramp 5 °C/min to 500 °C, hold 1 h (binder burn-off); ramp 3 °C/min to 920 °C, hold 15 h.
   - Ar gas quench to < 100 °C.
   - Tempering 490 °C × 5 h, Ar quench. (若 HcJ 偏低可 ±10 °C 微調，方形度最好的通常在 480–500 °C。)

4) Results we get 實績
   - HcJ: +620 to +700 kA/m → 1 650–1 790 kA/m (20.7–22.5 kOe); internal 50SH target ≥ 1 650 kA/m, customer spec ≥ 1 592 kA/m.
   - Br loss ≤ 0.02 T (typ. 1.435 → 1.418 T).
   - Hk/HcJ ≥ 0.94; Tb consumption ≈ 0.45 wt% actually entering the magnet (yield ~ 80 %).

5) Pitfalls 常見問題
   - Diffusion above 940 °C → grain growth near the surface, squareness drops.
   - Coating > 0.7 wt% → Tb-rich shell, no further HcJ gain, just cost.
   - Parts must not touch each other during diffusion (they weld).

Let me know when your furnace is ready; I can join remotely for the first run. 下週三我在台北，時差沒問題。

Best regards / 敬祝 順利
Jason Lin 林哲民
R&D Section Manager, Magnet Materials
Taoyuan, Taiwan
"""


def b_c13(p):
    write_eml(p, ("Jason Lin 林哲民", "jason.lin@formosa-mag.com.tw"),
              [("Markus Brandl", "m.brandl@ostbayern-antriebe.de")],
              "GBD process conditions for 50SH trial / 晶界擴散條件",
              "Wed, 11 Feb 2026 09:15:02 +0800", "<CAF3a91Q2026021109150@formosa-mag.com.tw>",
              C13_BODY, charset="utf-8",
              cc=[("Emma Huang 黃詩涵", "emma.huang@formosa-mag.com.tw")],
              extra_headers=[("X-Mailer", "Thunderbird 128.6")])


register("tc-122.eml", lab("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"],
                           "email", None, "mixed", "traditional", False,
                           "English/Chinese e-mail to a foreign partner with Tb grain-boundary diffusion coating amount, temperatures, times, results"),
         b_c13)


# ---------------------------------------------------------------- C14
def b_c14(p):
    pre = ["氟碳鈰礦選礦 試驗廠 浮選藥劑制度 (定稿) — 2026/01/28, 選礦組",
           "原礦 REO 5.2%, 主要脈石 螢石/重晶石/方解石/石英; 處理量 50 t/d"]
    rows = [["工序", "設備", "參數", "設定值", "單位", "備註"],
            ["磨礦", "球磨機 Φ1.5×3.0m", "磨礦細度 -0.074mm", "75", "%", "分級機溢流濃度 30%"],
            ["磨礦", "球磨機", "鋼球充填率", "40", "%", ""],
            ["強磁預選", "立環脈動高梯度磁選機", "背景場強", "1.0", "T", "脈動沖次 250 次/min"],
            ["強磁預選", "", "磁選精礦 REO", "12–14", "%", "尾礦 REO ≦ 1.0%"],
            ["調漿", "攪拌桶 1", "礦漿濃度", "35", "%", "55–60 ℃ 加溫"],
            ["調漿", "攪拌桶 1", "碳酸鈉 (pH 調整劑)", "2.0", "kg/t", "pH 9.0–9.5"],
            ["調漿", "攪拌桶 2", "水玻璃 (模數 2.4) 抑制劑", "1.8", "kg/t", "抑制螢石、重晶石"],
            ["調漿", "攪拌桶 2", "明礬 (輔助抑制劑)", "0.3", "kg/t", ""],
            ["調漿", "攪拌桶 3", "水楊羥肟酸 捕收劑", "0.9", "kg/t", "預先以 NaOH 皂化溶解"],
            ["調漿", "攪拌桶 3", "2# 油 起泡劑", "0.05", "kg/t", ""],
            ["粗選", "浮選柱 Φ1.0 m", "充氣量", "1.2", "cm/s", "刮泡時間 8 min"],
            ["精選 I", "浮選機 XFD-24L", "水玻璃 補加", "0.4", "kg/t", ""],
            ["精選 II", "浮選機", "水玻璃 補加", "0.2", "kg/t", ""],
            ["精選 III", "浮選機", "空白精選", "—", "", ""],
            ["掃選 I", "浮選機", "羥肟酸 補加", "0.2", "kg/t", "掃選泡沫返回粗選"],
            ["掃選 II", "浮選機", "羥肟酸 補加", "0.1", "kg/t", ""],
            ["精礦", "", "REO 品位", "≧ 62", "%", "CaF2 ≦ 6%, BaSO4 ≦ 3%"],
            ["精礦", "", "作業回收率", "≧ 78", "%", "對強磁精礦計"],
            ["精礦", "", "全流程回收率", "≧ 70", "%", ""],
            ["尾礦", "", "REO", "≦ 1.8", "%", "送尾礦庫"],
            ["脫水", "濃密機 + 陶瓷過濾機", "精礦水分", "≦ 12", "%", ""]]
    rows.append([])
    rows.append(["連續運轉記錄", "日期", "處理量(t)", "原礦REO(%)", "磁選精礦REO(%)", "浮選精礦REO(%)",
                 "尾礦REO(%)", "全流程回收率(%)", "羥肟酸總用量(kg/t)", "水玻璃總用量(kg/t)"])
    import random
    rnd = random.Random(12801)
    for d in range(14):
        feed = round(rnd.uniform(4.9, 5.5), 2)
        mag = round(rnd.uniform(12.3, 14.1), 2)
        con = round(rnd.uniform(61.2, 64.0), 2)
        tail = round(rnd.uniform(1.2, 1.8), 2)
        rec = round(rnd.uniform(69.5, 73.8), 1)
        rows.append(["R%02d" % (d + 1), (datetime.date(2026, 1, 12) + datetime.timedelta(days=d)).isoformat(),
                     rnd.choice([48, 50, 51, 52]), feed, mag, con, tail, rec,
                     round(rnd.uniform(1.15, 1.28), 2), round(rnd.uniform(2.3, 2.5), 2)])
    write_csv(p, rows, encoding="utf-8-sig", preamble=pre)


register("tc-128.csv", lab("controlled", ["1E902.a"], ["mining"], [],
                           "parameter-sheet", None, "zh", "traditional", False,
                           "Bastnasite beneficiation reagent regime: grind, high-gradient magnetic pre-concentration, hydroxamic flotation dosages and grades"),
         b_c14)


# ---------------------------------------------------------------- C15
C15_BODY = """阿傑：

附件是下週二線試產要用的設定表，麻煩印出來放在熱壓機旁邊，也轉給夜班的小潘。
週一早上 8 點我會先到現場看第一模。

有問題直接打給我或 LINE。

怡萱
"""


def _c15_attachment():
    rows = [["# 二線 熱壓/熱變形 設定表 v3 (2026/03/06)"],
            ["# 粉末: 快淬粉 (Nd-Pr)13.6-Fe-Co6-Ga0.5-B5.8 at%, 粒度 -40/+200 mesh, 片狀 ribbon 厚 25-30 um"],
            ["工序", "項目", "設定", "允差", "單位", "備註"],
            ["裝粉", "裝粉量", "72.0", "±0.2", "g", "WC 模具 Φ20"],
            ["冷壓", "預壓", "150", "±10", "MPa", "室溫"],
            ["熱壓", "真空", "≦5e-2", "", "Pa", ""],
            ["熱壓", "感應升溫速率", "60", "", "℃/min", ""],
            ["熱壓", "溫度", "680", "±5", "℃", "超過 700 晶粒長大"],
            ["熱壓", "壓力", "200", "±5", "MPa", ""],
            ["熱壓", "保壓", "60", "", "s", "密度 ≧ 7.55 g/cc"],
            ["熱變形", "溫度", "800", "±5", "℃", "自由鐓粗 (die-upsetting)"],
            ["熱變形", "應變速率", "0.01", "", "1/s", ""],
            ["熱變形", "高度壓下率", "72", "±2", "%", "Br 與壓下率成正比"],
            ["熱變形", "最大載荷", "38", "", "kN", ""],
            ["冷卻", "Ar 氣冷", "≦ 100", "", "℃ 出模", ""],
            ["晶界擴散(選項)", "Nd70Cu30 添加", "4", "", "wt%", "650 ℃ × 3 h, 只對 HcJ 不足批"],
            ["目標", "Br", "1.38–1.42", "", "T", ""],
            ["目標", "HcJ", "≧ 1 270", "", "kA/m", "(16 kOe)"],
            ["目標", "(BH)max", "≧ 358", "", "kJ/m3", ""]]
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode("utf-8-sig")


def b_c15(p):
    write_eml(p, ("林怡萱", "yihsuan.lin@hdmag-tw.com"), [("黃俊傑", "junjie.huang@hdmag-tw.com")],
              "FW: 下週試產", "Fri, 06 Mar 2026 17:48:10 +0800",
              "<20260306174810.4410@hdmag-tw.com>", C15_BODY, charset="utf-8",
              attachments=[("二線設定表_v3.csv", _c15_attachment(), "text/csv")],
              boundary="----=_Part_20260306_174810_0443")


register("tc-130.eml", lab("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"],
                           "parameter-sheet", None, "zh", "traditional", False,
                           "Innocuous e-mail body; attached CSV carries hot-pressing/hot-deformation NdFeB set points (carrier from attachment)"),
         b_c15)


# =====================================================================
#  CLEAR (hard negatives)
# =====================================================================

# ---------------------------------------------------------------- N01
def b_n01(p):
    grades = [["牌號", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "最高工作溫度*"],
              ["N35", "1.17–1.22", "≧ 955", "263–287", "80 ℃"],
              ["N42", "1.28–1.32", "≧ 955", "318–342", "80 ℃"],
              ["N48", "1.37–1.42", "≧ 876", "358–382", "80 ℃"],
              ["N52", "1.43–1.48", "≧ 876", "398–422", "60 ℃"],
              ["N42M", "1.28–1.32", "≧ 1 114", "318–342", "100 ℃"],
              ["N45H", "1.32–1.37", "≧ 1 353", "342–366", "120 ℃"],
              ["N42SH", "1.28–1.32", "≧ 1 592", "318–342", "150 ℃"],
              ["N38UH", "1.22–1.26", "≧ 1 990", "287–310", "180 ℃"],
              ["N35EH", "1.17–1.22", "≧ 2 388", "263–287", "200 ℃"],
              ["N33AH", "1.13–1.17", "≧ 2 786", "247–271", "220 ℃"]]
    smco = [["牌號", "類型", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "最高工作溫度"],
            ["YX-20", "SmCo5 (1:5)", "0.88–0.94", "≧ 1 433", "143–159", "250 ℃"],
            ["YXG-28", "Sm2Co17 (2:17)", "1.03–1.08", "≧ 1 433", "207–223", "300 ℃"],
            ["YXG-30H", "Sm2Co17", "1.08–1.10", "≧ 1 990", "223–239", "350 ℃"],
            ["YXG-26T", "Sm2Co17 低溫係數", "1.00–1.05", "≧ 1 990", "191–207", "350 ℃"]]
    blocks = [
        ("title", "永磁材料產品型錄 2026"),
        ("p", "鼎鋒磁業貿易有限公司　台北市內湖區瑞光路 5xx 號 8 樓　TEL (02) 2797-xxxx　www.dingfeng-magnet.com.tw"),
        ("p", "鼎鋒磁業自 1998 年起代理亞洲多家磁石工廠產品，提供燒結釹鐵硼、釤鈷、黏結磁石及磁性組件之選型、"
              "少量現貨與客製加工安排。本型錄所列數值為供應商標準規格，實際出貨以雙方確認之承認書為準。"),
        ("h1", "一、燒結釹鐵硼 (Sintered NdFeB)"),
        ("table", grades),
        ("p", "* 最高工作溫度依磁石形狀 (導磁係數 Pc ≧ 2) 估計，細長或薄片產品請向業務索取去磁曲線再行評估。"),
        ("h1", "二、釤鈷磁石 (SmCo)"),
        ("table", smco),
        ("p", "釤鈷磁石耐蝕性佳，一般不需電鍍；質地脆，組裝時請避免敲擊，建議以膠合加護套方式固定。"),
        ("h1", "三、黏結磁石與其他"),
        ("bullets", ["黏結釹鐵硼 (壓縮成形 / 射出成形)：BNP-8、BNP-10、BNP-12L，適合薄壁環、多極充磁。",
                     "鐵氧體、鋁鎳鈷：見另冊型錄。",
                     "磁性組件：轉子磁石黏著、Halbach 陣列、磁石＋軛鐵組合，可代為安排。"]),
        ("h1", "四、形狀、公差與表面處理"),
        ("table", [["項目", "標準", "可選"],
                   ["形狀", "圓片、圓柱、方塊、環、瓦形", "扇形、異形 (需開治具)"],
                   ["尺寸公差", "±0.05 mm", "±0.02 mm (研磨加價)"],
                   ["鍍層", "Ni-Cu-Ni 10–20 μm", "Zn、環氧樹脂、Parylene、磷化"],
                   ["鹽霧試驗", "Ni-Cu-Ni 48 h", "環氧 240 h"],
                   ["充磁", "軸向 / 徑向 / 厚度方向", "多極、未充磁出貨"]]),
        ("h1", "五、訂購須知"),
        ("bullets", ["MOQ：現貨規格 100 pcs；客製規格依尺寸，一般 1 000 pcs 起。",
                     "交期：現貨 3–5 個工作天；客製品 5–7 週 (含海運)。",
                     "空運須依 IATA PI 953 檢測磁場，充磁品以鐵盒屏蔽包裝。",
                     "依供應來源國出口管制規定，部分規格需客戶填寫最終用途聲明書；本公司僅買賣成品磁石，不提供製程技術。",
                     "報價有效期 15 天，稀土原料價格波動大時得重新報價。"]),
        ("h1", "六、聯絡我們"),
        ("p", "業務部 王小姐 sales@dingfeng-magnet.com.tw　技術支援 陳工程師 (磁路設計諮詢)"),
    ]
    write_pdf(p, blocks, title="鼎鋒磁業 產品型錄 2026", author="鼎鋒磁業",
              header="鼎鋒磁業貿易有限公司 DINGFENG MAGNET TRADING", footer="型錄")


register("tc-129.pdf", lab("clear", [], [], [], "other", None, "zh", "traditional", True,
                           "Taiwanese trader catalogue of bought NdFeB/SmCo grades with Br/HcJ tables; no manufacturing technology"),
         b_n01)


# ---------------------------------------------------------------- N02
def b_n02(p):
    blocks = [
        ("title", "設計審查會議紀錄 — 7.5 kW 內置式永磁同步馬達 (IPM) 轉子設計 DR2"),
        ("kv", [("專案", "PMSM-75-H2 (工業用變頻主軸馬達)"), ("日期", "2026-02-25 14:00–16:30"),
                ("地點", "台中廠 三樓會議室 B"), ("主持", "研發處 經理 周建宏"),
                ("出席", "電磁設計 楊書豪、結構 李冠霖、熱分析 邱婉婷、採購 劉雅雯、品保 蕭志偉"),
                ("紀錄", "楊書豪")]),
        ("h1", "1. 審查標的"),
        ("p", "DR1 後修改之 8 極 V 型內置磁石轉子。磁石為外購燒結釹鐵硼 N42SH，尺寸 38 × 12 × 4 mm，"
              "每極 2 片，共 16 片；磁石由供應商完成 Ni-Cu-Ni 電鍍並充磁後交貨，本公司僅負責入料檢驗與轉子組裝 (插入＋點膠固定)。"),
        ("h1", "2. 電磁分析結果"),
        ("table", [["項目", "DR1", "DR2", "目標"],
                   ["額定轉矩 (Nm)", "47.2", "48.1", "≧ 47.7"],
                   ["反電動勢常數 Ke (V/krpm, 線間)", "112.5", "114.0", "110–116"],
                   ["齒槽轉矩 峰對峰 (Nm)", "0.62", "0.35", "≦ 0.4"],
                   ["額定效率", "94.6%", "95.1%", "≧ IE4 (94.9%)"],
                   ["磁石渦流損 @ 6 000 rpm (W)", "58", "21", "≦ 30"]]),
        ("p", "DR2 將磁石軸向分段為 3 段 (每段 12.6 mm，段間絕緣膠)，渦流損下降 64%，但採購單價增加約 9%。"),
        ("h1", "3. 去磁評估"),
        ("bullets", ["條件：磁石溫度 150 ℃，3 倍額定電流 d 軸反向。",
                     "使用供應商提供之 N42SH 150 ℃ 去磁曲線 (HcJ 約 756 kA/m @150 ℃)，最差點工作點 B = 0.21 T，仍在膝點以上，不可逆去磁率 0.8%。",
                     "結論：可接受，但若改 N42H 則去磁率升至 6.5%，不可替代。"]),
        ("h1", "4. 結構與熱"),
        ("bullets", ["最高轉速 9 000 rpm 時隔磁橋最大 von Mises 應力 312 MPa，矽鋼片 35CS300 降伏 420 MPa，安全係數 1.35。",
                     "額定負載磁石最高溫度預估 118 ℃ (水冷機殼 30 ℃ 進水)。",
                     "磁石與槽間隙 0.1 mm 單邊，使用耐溫 180 ℃ 環氧膠固定。"]),
        ("h1", "5. 採購與品質"),
        ("bullets", ["主供應商：寧波 A 廠；第二供應商：鼎鋒磁業代理之 B 廠 (需重新承認)。",
                     "因中國 2025 年 10 月起對稀土相關物項加強出口管制，採購提出交期由 6 週延長為 10–12 週，安全庫存調高至 3 個月。",
                     "入料檢驗：每批抽 5 片量測 Br、HcJ (B-H 迴線儀，20 ℃)，尺寸與鍍層厚度依 AQL 0.65；120 ℃ 開路熱減磁抽驗 ≦ 2%。"]),
        ("h1", "6. 決議與待辦"),
        ("table", [["#", "事項", "負責", "期限"],
                   ["1", "DR2 電磁設計凍結，發行轉子圖 R-75H2-003 Rev.C", "楊書豪", "03-04"],
                   ["2", "向兩家供應商索取分段磁石報價與樣品 (各 200 片)", "劉雅雯", "03-11"],
                   ["3", "樣機 2 台組裝、溫升與去磁驗證", "邱婉婷", "04-15"],
                   ["4", "入料檢驗規範 IQ-MAG-07 改版 (加入分段黏著強度)", "蕭志偉", "03-20"]]),
    ]
    write_docx(p, blocks, title="PMSM-75-H2 DR2 會議紀錄", author="楊書豪")


register("tc-111.docx", lab("clear", [], [], [], "other", None, "zh", "traditional", True,
                            "Motor maker design review using bought N42SH magnets: torque, demagnetisation, incoming inspection; no magnet-making"),
         b_n02)


# ---------------------------------------------------------------- N03
def b_n03(p):
    blocks = [
        ("title", "稀土氧化鈰拋光粉 使用指南\nCP-700 / CP-900 系列"),
        ("p", "晶研光電材料股份有限公司　技術服務部　2026 年 1 月版"),
        ("h1", "1. 產品概述"),
        ("p", "CP 系列為以氧化鈰為主成分之玻璃拋光粉，適用於光學鏡片、手機蓋板玻璃、液晶基板、石英及水晶飾品之精拋。"
              "本指南說明配漿、上機條件、循環使用與保存方式，協助使用者在拋光效率與表面品質之間取得平衡。"),
        ("table", [["項目", "CP-700", "CP-900"],
                   ["TREO", "≧ 90%", "≧ 99%"],
                   ["CeO2/TREO", "≧ 63%", "≧ 99.9%"],
                   ["D50", "1.2–1.5 μm", "0.6–0.8 μm"],
                   ["D max", "≦ 8 μm", "≦ 3 μm"],
                   ["比表面積", "4–6 m²/g", "8–12 m²/g"],
                   ["適用", "蓋板玻璃粗拋、平板玻璃", "光學鏡片、晶圓級玻璃精拋"]]),
        ("h1", "2. 配漿"),
        ("numbered", ["使用去離子水或電導 < 50 μS/cm 之純水。",
                      "於攪拌下緩慢加入拋光粉，濃度 8–12 wt% (比重約 1.06–1.10)；精拋建議 5–8 wt%。",
                      "視需要加入 0.1–0.3% 分散劑 (本公司 DP-2)，攪拌 30 min 後使用。",
                      "漿液 pH 一般 7–9，低於 6 時拋光速率下降；可以少量氨水或 KOH 調整。"]),
        ("h1", "3. 上機條件 (參考)"),
        ("table", [["設備", "壓力", "轉速", "漿液流量", "溫度"],
                   ["雙面研磨機 (蓋板)", "100–150 g/cm²", "下盤 40–60 rpm", "3–5 L/min", "25–35 ℃"],
                   ["單面拋光機 (鏡片)", "80–120 g/cm²", "主軸 300–600 rpm", "0.5–1 L/min", "20–30 ℃"],
                   ["CMP 型平台", "2–4 psi", "60–90 rpm", "150–250 mL/min", "控溫 ±1 ℃"]]),
        ("p", "拋光墊：聚氨酯 (LP-66 類) 或絨布墊；新墊須以鑽石修整盤修整 10 min。移除率典型值：蓋板玻璃 0.8–1.2 μm/min (CP-700)。"),
        ("h1", "4. 循環使用"),
        ("bullets", ["漿液可循環使用，每班量測比重並補充新粉，使比重維持初始值 ±0.01。",
                     "以 5 μm 袋式過濾器去除玻璃屑及大顆粒，避免刮傷。",
                     "當拋光速率降至初始值 70% 以下或刮傷率上升時，整槽更換。"]),
        ("h1", "5. 廢漿處理"),
        ("p", "廢漿經沉澱後之污泥屬一般事業廢棄物，請委託合格清除處理業者處理，並依環保法規申報；"
              "上清液依各地放流水標準處理後排放。若需廢粉回收服務，請洽本公司業務另行評估。"),
        ("h1", "6. 保存與安全"),
        ("bullets", ["密封保存於乾燥處，避免吸潮結塊；保存期限 24 個月。",
                     "粉體操作請配戴 N95 口罩與護目鏡；詳見 SDS。",
                     "本產品非危險物品，運輸無特殊規定。"]),
        ("h1", "7. 常見問題"),
        ("table", [["現象", "可能原因", "對策"],
                   ["拋光速率低", "漿液濃度低 / pH 偏酸 / 墊面釉化", "補粉、調 pH、修整拋光墊"],
                   ["刮傷", "大顆粒、玻璃屑累積、乾粉結塊", "加強過濾、換漿、檢查攪拌"],
                   ["橘皮、霧面", "壓力過大或溫度過高", "降壓、加強冷卻"],
                   ["殘留難洗", "漿液乾涸於表面", "拋光後 10 min 內清洗，使用鹼性清洗劑"]]),
    ]
    write_pdf(p, blocks, title="CP 系列拋光粉使用指南", author="晶研光電材料",
              header="晶研光電材料 技術資料 TDS-CP-2026", footer="頁")


register("tc-105.pdf", lab("clear", [], [], [], "process-spec", None, "zh", "traditional", True,
                           "Cerium-oxide polishing powder user guide (slurry, pads, recirculation); product use only, no RE production or recycling"),
         b_n03)


# ---------------------------------------------------------------- N04
N04_TEXT = """【應用技術說明】白光 LED 用稀土螢光粉 點膠封裝使用指南
光輝材料科技股份有限公司　應用技術部　AN-2026-03　2026/02/10

1. 適用產品
   YG-553   Y3Al5O12:Ce³⁺ (YAG 黃粉)，峰值波長 553 nm，D50 13 μm
   LG-530   Lu3Al5O12:Ce³⁺ (LuAG 綠粉)，峰值 530 nm，D50 12 μm
   RN-630   (Sr,Ca)AlSiN3:Eu²⁺ (氮化物紅粉)，峰值 630 nm，D50 11 μm
   KF-631   K2SiF6:Mn⁴⁺ (KSF 窄帶紅粉)，峰值 631 nm，對濕氣敏感
   以上產品由本公司向合作廠採購成品粉後進行表面處理與分級，本說明僅涉及封裝端的使用方法。

2. 儲存與回溫
   - 未開封 25 ℃以下乾燥保存 12 個月；KSF 開封後須存放於防潮櫃 (RH < 10%)。
   - 冷藏品使用前回溫 2 小時再開封，以免結露。

3. 配膠比例 (參考，需依晶片與支架調整)
   目標色溫    晶片波長     粉:膠 (wt)             粉配比
   6500 K     450–452 nm   YAG 8% : 矽膠 92%      YG-553 100%
   5000 K     450–452 nm   12% : 88%              YG-553 85 / RN-630 15
   4000 K Ra80 450 nm     14% : 86%              LG-530 60 / RN-630 40
   3000 K Ra90 450 nm     18% : 82%              LG-530 55 / RN-630 25 / KF-631 20
   矽膠：A/B 雙液型加成型矽膠，折射率 1.41 或 1.53，依說明書 1:1 或 1:4 混合。

4. 操作步驟
   (1) 依比例稱量螢光粉與 A 膠，先以行星式攪拌脫泡機 1 200 rpm 混合 2 min。
   (2) 加入 B 膠，再攪拌 2 min + 真空脫泡 3 min。
   (3) 混合後膠體須於 4 小時內用完 (可使用時間)。
   (4) 點膠量以秤重法校正，每 2 000 顆抽量 10 顆，誤差 ≦ ±3%。
   (5) 固化：80 ℃ × 1 h → 150 ℃ × 2 h (防沉降可先 60 ℃ 預固化 30 min)。

5. 色座標管理
   - 以積分球量測 CIE x,y；同一批次色點落於 3-step MacAdam 橢圓內為目標。
   - 色溫偏高 (偏藍)：提高粉濃度 0.5% 為一階；偏低則反之。
   - 粉體沉降導致邊緣偏黃：縮短點膠至固化時間，或添加 0.3% 氣相二氧化矽抗沉降。

6. 可靠性建議
   - 85 ℃/85%RH 1 000 h 光通維持率 ≧ 95% (YAG、氮化物)；KSF 需搭配高阻水矽膠。
   - 避免與含硫、含氮化合物 (部分膠水、橡膠墊圈) 接觸，以防支架銀層硫化變黑。

7. 安全
   - 粉體吸入有刺激性，作業時配戴口罩與手套；詳細內容見各產品 SDS。
   - 廢膠與擦拭物依一般事業廢棄物處理。

聯絡：應用技術部 林工程師 (03) 578-xxxx 分機 3312
"""


def b_n04(p):
    write_txt(p, N04_TEXT)


register("tc-121.txt", lab("clear", [], [], [], "process-spec", None, "zh", "traditional", True,
                           "LED phosphor (YAG:Ce, nitride) dispensing/packaging guide; product use, no RE production"),
         b_n04)


# ---------------------------------------------------------------- N05
def b_n05(p):
    slides = [
        {"kind": "title", "title": "中國稀土技術出口管制擴大：對台灣磁材與馬達供應鏈的影響",
         "sub": "產業研究部 ｜ 2026 年 1 月月會簡報 ｜ 僅供內部參考，非投資建議"},
        {"title": "重點摘要",
         "bullets": ["2025/10/9 商務部公告 2025 年第 61、62 號：稀土開採、冶煉分離、金屬冶煉、磁材製造、二次資源回收技術及其載體納入管制 (1E902)",
                     "第 61 號另設境外「0.1% 價值占比」規則，一(一)、一(二) 自 2025/12/1 施行",
                     "台灣幾乎無上游分離與金屬產能，直接衝擊在於：磁石交期、價格與合規文件",
                     "我們預期 2026 上半年釹鐵硼磁石價格維持高檔，交期 10–14 週"]},
        {"kind": "table", "title": "價格追蹤 (中國國內報價，含稅)",
         "rows": [["品項", "2025/06", "2025/10", "2026/01", "變化"],
                  ["氧化鐠釹 (萬元人民幣/噸)", "43.5", "52.0", "56.8", "+30.6%"],
                  ["氧化鏑 (萬元/噸)", "165", "172", "178", "+7.9%"],
                  ["鋱金屬 (萬元/公斤)", "0.71", "0.78", "0.83", "+16.9%"],
                  ["N52 毛胚 (元/公斤)", "235", "268", "290", "+23.4%"]],
         "note": "資料來源：公開市場報價整理；非本公司交易價格。"},
        {"title": "台灣產業暴露度",
         "bullets": ["馬達 / 電動機車 / 工具機主軸：磁石 85% 以上自中國進口",
                     "硬碟、揚聲器、手機振動馬達：多為境外組裝，影響在終端客戶文件要求",
                     "回收業者：少量廢磁石出口再處理，未來可能受二次資源技術條款牽動",
                     "光電與玻璃加工：氧化鈰拋光粉、螢光粉屬商品採購，目前未見供貨中斷"]},
        {"title": "合規面觀察",
         "bullets": ["中國供應商開始要求最終用戶聲明與用途說明，軍工相關一律拒絕",
                     "與中國夥伴的技術交流 (製程文件、參數、設備維修服務) 可能被視為「出口」，需許可",
                     "公開發表論文、標準與專利申請不在管制範圍 (公告第六條)",
                     "建議客戶盤點：哪些文件來自中國合作方、是否含工藝參數"]},
        {"title": "受惠與受害",
         "bullets": ["受害：以價格競爭為主的小型馬達廠、無長約的貿易商",
                     "相對受惠：已布局日本、越南磁石來源的系統廠；馬達減稀土 / 無稀土設計 (鐵氧體輔助同步磁阻) 供應商",
                     "觀察：日本與歐美新建分離、磁材產能 2027 年後才可能放量"]},
        {"kind": "table", "title": "政策時間軸",
         "rows": [["日期", "事件", "對台灣業者的意義"],
                  ["2023/12", "稀土提取、分離技術列入《禁止出口限制出口技術目錄》", "技術合作已受限"],
                  ["2024/10", "《稀土管理條例》施行", "定義冶煉分離、金屬冶煉、二次資源"],
                  ["2025/04", "中重稀土 7 種物項出口許可", "鏑、鋱相關磁石交期拉長"],
                  ["2025/10/09", "商務部公告 2025 年第 61、62 號", "技術、載體、境外物項一併納管"],
                  ["2025/12/01", "61 號一(一)、一(二) 施行", "0.1% 價值占比規則上路"]],
         "note": "整理自公開公告與新聞稿。"},
        {"title": "企業因應檢核清單",
         "bullets": ["採購：盤點磁石料號之產地、牌號與是否含鏑/鋱；與供應商確認許可進度",
                     "庫存：關鍵料號安全庫存由 6 週提高至 12 週",
                     "研發：設計替代方案 (降低重稀土用量、分段磁石、鐵氧體輔助)",
                     "法務：檢視與中國子公司、合作方之技術文件往來，建立分類與審查流程",
                     "客戶溝通：提前告知交期風險，調整報價有效期",
                     "資訊：關閉對外共享資料夾，記錄技術文件存取"]},
        {"title": "常見問答",
         "bullets": ["Q：台灣公司買中國磁石再賣給第三國，受 61 號規範嗎？",
                     "  A：61 號針對境外再出口附件所列物項，需視產品與價值占比判斷，建議個案諮詢律師",
                     "Q：參加研討會、閱讀期刊會違規嗎？",
                     "  A：已公開的資料不在管制範圍；但未公開之技術交流需留意",
                     "Q：向中國買設備，原廠派員來台維修算不算？",
                     "  A：生產線之維護、維修技術列入 1E902.b，由提供方 (中國) 申請許可"]},
        {"title": "結論",
         "bullets": ["短期：價格與交期壓力持續，庫存策略重於成本",
                     "中期：供應來源多元化與設計減量化是主軸",
                     "風險：管制細則與許可審批速度的不確定性"],
         "notes": "口頭補充：本簡報不涉及任何製程技術內容，所列數據皆為公開市場資訊。"},
    ]
    write_pptx(p, slides, title="稀土技術出口管制影響簡報", author="產業研究部")


register("tc-108.pptx", lab("clear", [], [], [], "other", None, "zh", "traditional", True,
                            "Market commentary on MOFCOM 61/62 and price trends; names all five stages but carries no technology"),
         b_n05)


# ---------------------------------------------------------------- N06
N06_BODY = """劉小姐 您好：

謝謝貴司 2/26 來信詢價，茲報價如下 (含稅，FOB 寧波，美金計價)：

項次 1　燒結釹鐵硼 N52　圓片 D10 × 3 mm (厚度方向充磁)　Ni-Cu-Ni 鍍層
　　　　數量 50 000 pcs　單價 USD 0.118 / pc
項次 2　燒結釹鐵硼 N42SH　方塊 38 × 12 × 4 mm (4 mm 方向充磁)　Ni-Cu-Ni
　　　　數量 20 000 pcs　單價 USD 0.86 / pc
　　　　如改為軸向三段分割黏著，單價 USD 0.94 / pc，樣品 200 片約 3 週
項次 3　釤鈷 YXG-30H　環 OD 20 × ID 10 × 5 mm　不鍍層，軸向充磁
　　　　數量 2 000 pcs　單價 USD 2.35 / pc

交期：確認訂單及最終用途聲明書後 8–10 週出貨 (因出口許可審查，較去年延長約 4 週)。
付款條件：T/T 30% 訂金，出貨前付清餘款。
報價有效期：15 天 (稀土原料價格波動時另議)。
品質：隨貨附出貨檢驗報告 (Br、HcJ、尺寸、鍍層厚度)，依貴司 IQ-MAG-07 規範 AQL 0.65。

另請貴司協助：
1. 填寫附件「最終用戶及最終用途說明」(中英文版)，並由負責人簽章。
2. 確認產品不用於軍事用途；如最終產品出口至第三國，請告知國別。

如有任何問題歡迎來電。

鼎鋒磁業貿易有限公司
業務部　王怡婷
TEL (02) 2797-xxxx 分機 21

> -----原始郵件-----
> 寄件者: 劉雅雯
> 日期: 2026年2月26日
> 主旨: 詢價 - N52 圓片 / N42SH 方塊 / 釤鈷環
> 王小姐好，請報價以下三項，謝謝。
>
> 1. N52 圓片 D10 × 3 mm，厚度方向充磁，Ni-Cu-Ni 鍍層 10–20 μm，年需求約 60 萬片，首批 5 萬片。
>    用途：本公司小型直流風扇馬達 (外銷歐洲)。
> 2. N42SH 方塊 38 × 12 × 4 mm，4 mm 方向充磁，Ni-Cu-Ni，公差 ±0.05 mm；若能提供軸向三段分割黏著品請另外報價。
>    用途：7.5 kW 工業主軸馬達轉子 (內置式)。
> 3. 釤鈷 YXG-30H 環 OD 20 × ID 10 × 5 mm，軸向充磁，不鍍層。用途：高溫感測器。
>
> 檢驗要求：每批附 Br、HcJ、(BH)max 量測值 (20 ℃)，N42SH 另附 150 ℃ 去磁曲線一次。
> 包裝：充磁品需以隔磁鐵盒包裝，外箱標示方向；海運。
> 付款：月結 60 天 (可議)。
> 另請說明目前中國出口許可之作業時間，以及是否需要我們提供任何文件。
>
> 台灣馬達工業 採購部 劉雅雯
"""


def b_n06(p):
    write_eml(p, ("王怡婷", "sales@dingfeng-magnet.com.tw"), [("劉雅雯", "yawen.liu@twmotor-ind.com.tw")],
              "RE: 詢價 - N52 圓片 / N42SH 方塊 / 釤鈷環", "Tue, 03 Mar 2026 11:05:44 +0800",
              "<20260303110544.2231@dingfeng-magnet.com.tw>", N06_BODY, charset="big5",
              in_reply_to="<20260226@twmotor-ind.com.tw>")


register("tc-113.eml", lab("clear", [], [], [], "email", None, "zh", "traditional", True,
                           "Big5 quotation for bought NdFeB/SmCo magnets with grades and prices; purchase correspondence only"),
         b_n06)


# ---------------------------------------------------------------- N07
def b_n07(p):
    import random
    rnd = random.Random(20260307)
    rows = [["檢驗單號", "進料日期", "供應商", "料號", "牌號", "批號", "數量", "抽樣數",
             "尺寸(mm) 實測", "鍍層(μm)", "Br(T)", "HcJ(kA/m)", "(BH)max(kJ/m³)", "外觀", "判定", "檢驗員"]]
    items = [("A 廠 (寧波)", "MG-4212-SH", "N42SH", "38×12×4", 1.28, 1.32, 1592, 1700, 318, 342),
             ("B 廠", "MG-4212-SH", "N42SH", "38×12×4", 1.28, 1.32, 1592, 1700, 318, 342),
             ("A 廠 (寧波)", "MG-5203", "N52", "D10×3", 1.43, 1.47, 876, 960, 398, 420),
             ("C 廠 (釤鈷)", "MG-SC30", "YXG-30H", "OD20×ID10×5", 1.08, 1.10, 1990, 2150, 223, 239)]
    day = datetime.date(2026, 1, 6)
    for i in range(28):
        sup, pn, gr, dim, brl, brh, hl, hh, bl, bh = items[i % 4]
        br = round(rnd.uniform(brl - 0.005, brh), 3)
        hcj = int(rnd.uniform(hl - 15, hh))
        bhm = int(rnd.uniform(bl, bh))
        coat = "—" if "SC" in pn else round(rnd.uniform(11, 19), 1)
        ok = "允收" if (br >= brl and hcj >= hl) else "特採 / MRB"
        rows.append(["IQ26-%04d" % (i + 1), (day + datetime.timedelta(days=2 * i)).isoformat(), sup, pn, gr,
                     "L%06d" % rnd.randint(100000, 999999), rnd.choice([5000, 10000, 20000]) if "SC" not in pn else 500,
                     5, dim + " OK", coat, br, hcj, bhm, "OK", ok, rnd.choice(["蕭", "江", "何"])])
    spec = [["料號", "牌號", "Br 下限 (T)", "HcJ 下限 (kA/m)", "尺寸公差", "鍍層", "熱減磁", "依據"],
            ["MG-4212-SH", "N42SH", 1.28, 1592, "±0.05", "Ni-Cu-Ni 10–20 μm", "120 ℃ 2 h ≦ 2%", "IQ-MAG-07"],
            ["MG-5203", "N52", 1.43, 876, "±0.05", "Ni-Cu-Ni 10–20 μm", "60 ℃ 2 h ≦ 3%", "IQ-MAG-07"],
            ["MG-SC30", "YXG-30H", 1.08, 1990, "±0.05", "無", "—", "IQ-MAG-07"]]
    write_xlsx(p, [("進料檢驗記錄", rows, [11, 11, 12, 12, 9, 10, 8, 7, 18, 9, 8, 10, 13, 6, 11, 7]),
                   ("允收標準", spec, [12, 10, 11, 14, 10, 18, 16, 10])],
               title="磁石進料檢驗記錄 2026Q1", author="品保部")


register("tc-102.xlsx", lab("clear", [], [], [], "parameter-sheet", None, "zh", "traditional", True,
                            "Incoming-inspection records of bought NdFeB/SmCo magnets (Br, HcJ, coating); no production parameters"),
         b_n07)


# ---------------------------------------------------------------- N08
def b_n08(p):
    blocks = [
        ("title", "作業標準書　硫酸鈷/硫酸鎳溶液 溶劑萃取工序"),
        ("kv", [("文件編號", "SOP-HY-CN-011"), ("版次", "第 4 版"), ("部門", "濕法冶金課 (鈷鎳精煉)"),
                ("制定", "鄧雅琪"), ("核准", "謝宗翰"), ("生效", "2026-01-15")]),
        ("h1", "1. 目的"),
        ("p", "規定由氫氧化鈷鎳中間品 (MHP) 酸溶液製取電池級硫酸鈷、硫酸鎳溶液之萃取除雜及鈷鎳分離操作，"
              "產品供三元前驅體廠使用。"),
        ("h1", "2. 原料液規格"),
        ("table", [["成分", "範圍 (g/L)", "備註"],
                   ["Ni", "85–100", ""],
                   ["Co", "9–12", ""],
                   ["Mn", "2–4", ""],
                   ["Zn", "0.2–0.6", ""],
                   ["Cu", "≦ 0.05", "已經鐵粉置換"],
                   ["Ca / Mg", "0.4 / 3–6", ""],
                   ["Fe", "≦ 0.005", "黃鈉鐵礬法除鐵後"],
                   ["pH", "4.0–4.5", ""]]),
        ("h1", "3. P204 除雜段"),
        ("bullets", ["有機相：P204 (D2EHPA) 20% (v/v) ＋ 磺化煤油 80%；以 NaOH 皂化，皂化率 65–70%。",
                     "萃取 6 級、洗滌 4 級、反萃 4 級、再生 2 級；O/A = 1:1 (萃取)。",
                     "萃取終點水相 pH 2.8–3.0；Zn、Mn、Ca、Cu 進入有機相，Co/Ni 留水相 (Co 共萃損失 ≦ 1.5%)。",
                     "洗滌：稀硫酸 pH 2.5 洗下夾帶 Co；反萃：H2SO4 2.0 mol/L 得 ZnSO4/MnSO4 液另案處理。"]),
        ("h1", "4. P507 鈷鎳分離段"),
        ("table", [["項目", "設定值", "允許範圍"],
                   ["有機相組成", "P507 25% ＋ 磺化煤油 75%", "—"],
                   ["皂化劑 / 皂化率", "NaOH 10 mol/L / 60%", "55–65%"],
                   ["萃取級數", "8", "—"],
                   ["洗滌級數", "6 (以含 Co 30 g/L 反萃液回流洗 Ni)", "—"],
                   ["反萃級數", "4 (H2SO4 2.5 mol/L)", "—"],
                   ["O/A (萃取)", "1.6", "1.4–1.8"],
                   ["萃取水相終點 pH", "5.2", "5.0–5.4"],
                   ["混合時間 / 溫度", "4 min / 35 ℃", "30–40 ℃"]]),
        ("p", "萃餘液為硫酸鎳溶液：Co/Ni ≦ 0.02%，送 Cyanex 272 精製段 (4 級) 除 Mg 後濃縮結晶；"
              "反萃液為硫酸鈷溶液：Ni/Co ≦ 0.01%，送蒸發結晶。"),
        ("h1", "5. 產品規格 (電池級)"),
        ("table", [["項目", "NiSO4·6H2O", "CoSO4·7H2O"],
                   ["主含量", "Ni ≧ 22.1%", "Co ≧ 20.5%"],
                   ["Co / Ni", "≦ 10 ppm", "≦ 10 ppm"],
                   ["Fe / Cu / Zn", "≦ 5 / 5 / 5 ppm", "≦ 5 / 5 / 5 ppm"],
                   ["Ca / Mg", "≦ 10 / 10 ppm", "≦ 20 / 20 ppm"]]),
        ("h1", "6. 日常點檢與異常"),
        ("bullets", ["每 2 h 量測各段水相 pH、相比及界面高度；澄清槽夾帶 ≦ 0.5 L/m³。",
                     "第三相或乳化：降低皂化率 5%，檢查原料液中 Si、固體懸浮物。",
                     "有機相每月以 1 mol/L H2SO4 深度洗滌一次，並補加 P507 維持濃度。"]),
        ("h1", "7. 安全"),
        ("p", "萃取區為防爆區，禁止明火；磺化煤油閃點 > 65 ℃，槽體須接地。皂化作業使用液鹼，須配戴面罩與防鹼手套。"),
    ]
    write_docx(p, blocks, title="SOP-HY-CN-011 鈷鎳萃取作業標準書", author="鄧雅琪")


register("tc-123.docx", lab("clear", [], [], [], "process-spec", None, "zh", "traditional", True,
                            "Cobalt/nickel solvent extraction SOP with P204/P507 saponification and stages; not rare earth"),
         b_n08)


# ---------------------------------------------------------------- N09
def b_n09(p):
    pre = ["# 濕壓異方性 鍶鐵氧體 (SrFe12O19) 燒結磁石 製程參數表  FR-SP-2026-02",
           "# 產品: 馬達弧形磁瓦 Y35 / Y40H, 材料: 鍶鐵氧體, 部分牌號 La-Co 取代 (Y40H)"]
    rows = [["工序", "參數", "Y35", "Y40H", "單位", "管制"],
            ["配料", "Fe2O3 : SrCO3 (莫耳比)", "5.9", "5.8", "", "±0.02"],
            ["配料", "La2O3 / Co3O4 添加", "0 / 0", "2.1 / 1.3", "wt%", "Y40H only"],
            ["預燒", "回轉窯溫度", "1270", "1250", "℃", "±10"],
            ["預燒", "停留時間", "45", "50", "min", ""],
            ["粗碎", "振動磨 粒度", "3-5", "3-5", "μm", ""],
            ["濕式球磨", "添加 CaCO3 / SiO2", "0.6 / 0.4", "0.8 / 0.45", "wt%", ""],
            ["濕式球磨", "球磨時間", "18", "22", "h", ""],
            ["濕式球磨", "D50", "0.85", "0.75", "μm", "±0.05"],
            ["濕壓成形", "漿料含固量", "68", "68", "%", "±1"],
            ["濕壓成形", "配向磁場", "800", "850", "kA/m", ""],
            ["濕壓成形", "成形壓力", "40", "45", "MPa", ""],
            ["乾燥", "溫度/時間", "120/2", "120/2", "℃/h", ""],
            ["燒結", "隧道窯最高溫度", "1215", "1200", "℃", "±5 (空氣)"],
            ["燒結", "保溫", "90", "100", "min", ""],
            ["燒結", "升溫速率 (400-1000 ℃)", "3", "3", "℃/min", ""],
            ["研磨", "弧面厚度公差", "±0.05", "±0.05", "mm", ""],
            ["性能", "Br", "400-420", "430-450", "mT", ""],
            ["性能", "HcJ", "260-290", "380-420", "kA/m", ""],
            ["性能", "(BH)max", "30-33", "35-38", "kJ/m3", ""]]
    rows.append([])
    rows.append(["# 隧道窯 批次記錄 2026/02"])
    rows.append(["批號", "牌號", "窯溫(℃)", "推板速度(min/板)", "收縮率(%)", "Br(mT)", "HcJ(kA/m)", "判定"])
    import random
    rnd = random.Random(91702)
    for i in range(18):
        g = "Y40H" if i % 2 else "Y35"
        t = 1200 if g == "Y40H" else 1215
        br = rnd.randint(432, 449) if g == "Y40H" else rnd.randint(401, 419)
        hc = rnd.randint(381, 418) if g == "Y40H" else rnd.randint(262, 288)
        rows.append(["F26%04d" % (201 + i), g, t + rnd.choice([-3, 0, 2, 4]), rnd.choice([28, 30, 32]),
                     round(rnd.uniform(14.6, 15.4), 1), br, hc, "合格"])
    write_csv(p, rows, encoding="big5", preamble=pre)


register("tc-117.csv", lab("clear", [], [], [], "parameter-sheet", None, "zh", "traditional", True,
                           "Big5 CSV of strontium ferrite (incl. La-Co substituted) magnet sintering parameters; ferrite is out of scope"),
         b_n09)


# ---------------------------------------------------------------- N10
def b_n10(p):
    blocks = [
        ("title", "鋰離子電池黑粉濕法回收 製程說明\nHydrometallurgical Recycling of Li-ion Battery Black Mass"),
        ("kv", [("Doc.", "PD-BM-002 Rev. 0"), ("Plant 廠區", "彰濱循環材料廠 Phase 1"),
                ("Capacity 產能", "6 000 t black mass / year"), ("Author", "Kevin Chang 張凱文"),
                ("Date", "2026-01-30")]),
        ("h1", "1. Feed 進料"),
        ("p", "退役 NCM / LFP 動力電池及 3C 電池。電池包經放電 (鹽水或電阻放電至 < 1 V)、拆解、破碎後，"
              "於 550 ℃ 氮氣熱解去除電解液與 PVDF，篩分得黑粉 (black mass)。"),
        ("table", [["Element", "NCM black mass (wt%)", "Remark"],
                   ["Ni", "18–24", ""], ["Co", "5–8", ""], ["Mn", "5–8", ""],
                   ["Li", "3.2–4.0", ""], ["Cu / Al", "≦ 1.5 / ≦ 1.2", "篩分後殘留"],
                   ["C (graphite)", "30–38", ""], ["F", "≦ 1.5", "熱解後"]]),
        ("h1", "2. Leaching 浸出"),
        ("bullets", ["H2SO4 2.5 mol/L, L/S = 5, 80 ℃, 3 h; reductant H2O2 (30%) 0.6 mL/g black mass.",
                     "Leaching efficiency: Ni, Co, Mn ≥ 98 %, Li ≥ 97 %.",
                     "石墨渣洗滌後另售 (C ≥ 92%)。"]),
        ("h1", "3. Impurity removal 除雜"),
        ("bullets", ["Cu: iron-powder cementation, 50 ℃, 1 h (Cu < 5 mg/L).",
                     "Fe/Al: air oxidation + NaOH to pH 4.8–5.0, 85 ℃ (Fe < 5 mg/L, Al < 10 mg/L).",
                     "F/Ca/Mg: NaF precipitation of Ca/Mg at pH 5.0."]),
        ("h1", "4. Solvent extraction 萃取"),
        ("table", [["Circuit 段", "Extractant 萃取劑", "Saponification 皂化", "Stages", "Purpose 目的"],
                   ["SX-1", "P204 (D2EHPA) 25%", "NaOH 70%", "6E / 4Sc / 4St", "Mn, residual Zn/Ca removal → MnSO4"],
                   ["SX-2", "P507 (PC-88A) 25%", "NaOH 60%", "8E / 6Sc / 4St", "Co/Ni separation → CoSO4"],
                   ["SX-3", "Cyanex 272 20%", "NaOH 50%", "4E / 2St", "Mg removal from Ni raffinate"]]),
        ("p", "Raffinate of SX-2 (Ni) is evaporated to NiSO4·6H2O; strip liquor of SX-2 to CoSO4·7H2O. "
              "各段 O/A 1.2–1.8，溫度 35–40 ℃；有機相每月補加。"),
        ("h1", "5. Lithium recovery 鋰回收"),
        ("bullets", ["Final raffinate Li 8–12 g/L → MVR evaporation to Li 25 g/L.",
                     "Na2CO3 precipitation at 90 ℃, 1.1 × stoichiometric → Li2CO3, washed with hot water.",
                     "Battery-grade Li2CO3 ≥ 99.5 %; overall Li recovery ≥ 88 %."]),
        ("h1", "6. Recovery & products 回收率及產品"),
        ("table", [["Product", "Grade", "Recovery"],
                   ["NiSO4·6H2O", "battery grade", "≥ 97 %"],
                   ["CoSO4·7H2O", "battery grade", "≥ 97 %"],
                   ["MnSO4·H2O", "battery grade", "≥ 95 %"],
                   ["Li2CO3", "≥ 99.5 %", "≥ 88 %"]]),
        ("p", "Note 備註：本廠不處理含稀土之鎳氫電池 (NiMH) 及磁石廢料，此類料源一律退回。"),
    ]
    write_docx(p, blocks, title="PD-BM-002 Li-ion black mass recycling", author="Kevin Chang")


register("tc-132.docx", lab("clear", [], [], [], "process-spec", None, "mixed", "traditional", True,
                            "Bilingual Li-ion battery black-mass recycling process (P204/P507/Cyanex); lithium-battery recycling is out of scope"),
         b_n10)


# ---------------------------------------------------------------- N11
N11_BODY = """各位同仁好，

以下為 3/4 (三) 出口管制合規會議紀要，請查閱。如有修正請於 3/11 前回覆。

時間：2026/03/04 10:00–11:30
地點：總部 12F 第一會議室 / Teams
出席：法務 許律師、合規 周經理、研發 林協理、越南廠 阮廠長 (視訊)、採購 劉副理、資訊 陳課長
紀錄：合規室 黃子晴

一、背景說明 (法務)
1. 中國商務部公告 2025 年第 62 號將「稀土開採、冶煉分離、金屬冶煉、磁材製造以及稀土二次資源回收利用相關技術及其載體」列為 1E902.a，
   「相關生產線的裝配、調試、維護、維修和升級等技術」列為 1E902.b；載體包括「設計圖紙、工藝規範、工藝參數、加工程序、仿真數據等」。
2. 第六條：已進入公共領域的技術、基礎科學研究中使用的技術、普通專利申請所必需的技術不適用。
3. 「出口」包括在境內向外國組織或個人提供，及透過聯合研發、技術傳授、諮詢等方式的轉移。
4. 本公司為台灣法人，本身不受中國出口管制法直接約束；但本公司蘇州子公司屬中國境內法人，其向越南廠或台灣總部提供技術文件時，可能構成出口。

二、討論事項
1. 蘇州子公司去年為越南廠編寫之設備保養文件與燒結製程卡，是否仍可透過共用雲端資料夾存取？
   → 法務意見：此類文件可能屬 1E902.a/b 範圍，建議先暫停共享，待分類完成。
2. 研發與中國某大學之合作論文，投稿前是否需審查？
   → 已公開發表之論文屬公共領域；但投稿前之未公開數據交換仍須注意。
3. 採購端：中國磁石供應商要求最終用戶聲明，格式已由合規室統一。

三、決議
1. 資訊課於 3/9 前將蘇州—越南共用資料夾改為唯讀並關閉外部分享連結。
2. 研發處於 3/31 前完成蘇州子公司技術文件清冊，依「是否含製程參數、設備維修內容」分類，送法務判定。
3. 合規室向商務部諮詢信箱提出書面諮詢 (是否需申請許可)，並委託上海律所出具意見。
4. 所有同仁不得以個人信箱或通訊軟體傳送製程文件。

四、待辦追蹤
| # | 事項 | 負責 | 期限 | 狀態 |
| 1 | 共用資料夾改唯讀、關閉外部連結 | 資訊 陳課長 | 3/9 | 進行中 |
| 2 | 蘇州子公司技術文件清冊 | 研發 林協理 | 3/31 | 未開始 |
| 3 | 商務部書面諮詢、委託上海律所意見 | 合規 周經理 | 3/20 | 進行中 |
| 4 | 員工教育訓練 (出口管制基礎、文件分類) | 合規室 | 4/15 | 規劃中 |
| 5 | 越南廠設備保養改由原廠 (日本) 服務之可行性評估 | 越南廠 阮廠長 | 4/8 | 未開始 |

五、附件
1. 商務部公告 2025 年第 61、62 號 (全文，公開資料)
2. 技術文件分類表 (草案 v0.3)：A 類 含製程參數/設備維修內容；B 類 產品規格與檢驗；C 類 行政與財務
3. 供應商最終用戶聲明範本 (中英對照)

六、下次會議：2026/04/08 (三) 10:00

合規室 黃子晴 敬上
"""


def b_n11(p):
    write_eml(p, ("黃子晴", "tzuching.huang@hengda-group.com.tw"),
              [("出口管制工作小組", "ec-taskforce@hengda-group.com.tw")],
              "[會議紀要] 3/4 出口管制合規會議 (中國 62 號公告)", "Thu, 05 Mar 2026 16:20:31 +0800",
              "<20260305162031.9981@hengda-group.com.tw>", N11_BODY, charset="utf-8",
              extra_headers=[("X-Priority", "3")])


register("tc-127.eml", lab("clear", [], [], [], "email", None, "zh", "traditional", True,
                           "Compliance meeting minutes quoting MOFCOM 62 text and deciding on document handling; no technology"),
         b_n11)


# =====================================================================
#  EXCLUDED
# =====================================================================

# ---------------------------------------------------------------- E01
def b_e01(p):
    para = []
    n = [0]

    def P(text):
        n[0] += 1
        para.append(("p", "【%04d】 %s" % (n[0], text)))

    blocks = [
        ("title", "發明專利申請書件"),
        ("kv", [("申請案號", "（由智慧局填寫）"), ("申請人", "台灣宏磁精密材料股份有限公司"),
                ("發明人", "林育賢、張家豪、陳冠廷"), ("代理人", "王大明 專利師 (宏遠國際專利商標事務所)"),
                ("主張優先權", "無"), ("案件編號 (事務所)", "HY-P26-0117-TW")]),
        ("h1", "【發明摘要】"),
        ("p", "【中文發明名稱】含鈰燒結釹鐵硼磁石及其製造方法"),
        ("p", "【英文發明名稱】CERIUM-CONTAINING SINTERED Nd-Fe-B MAGNET AND MANUFACTURING METHOD THEREOF"),
        ("p", "【中文】本發明提供一種含鈰燒結釹鐵硼磁石之製造方法，包括：分別製備不含鈰之第一合金鑄片及鈰佔稀土總量"
              "40 至 70 重量百分比之第二合金鑄片；將兩者分別氫碎後以 50:50 至 70:30 之重量比混合並製粉；"
              "經磁場成形後於 1020 至 1050°C 燒結，並於 440 至 500°C 回火。所得磁石之鈰佔稀土總量 15 至 35 重量百分比，"
              "矯頑力較單一合金法提高 10% 以上。"),
        ("p", "【英文】A method for producing a Ce-containing sintered Nd-Fe-B magnet comprises preparing a Ce-free first "
              "alloy flake and a second alloy flake in which Ce accounts for 40-70 wt% of total rare earth, hydrogen-decrepitating "
              "them separately, mixing at a weight ratio of 50:50 to 70:30, milling, pressing in a magnetic field, sintering at "
              "1020-1050°C and tempering at 440-500°C."),
        ("p", "【代表圖】【本案指定代表圖】：第 1 圖。【本代表圖之符號簡單說明】：S1～S7 步驟。"),
        ("h1", "【發明說明書】"),
        ("p", "【中文發明名稱】含鈰燒結釹鐵硼磁石及其製造方法"),
        ("h2", "【技術領域】"),
    ]
    P("本發明係關於一種稀土永久磁石，尤指一種以高豐度稀土元素鈰部分取代鐠釹之燒結釹鐵硼磁石及其製造方法。")
    blocks += para; para.clear()
    blocks.append(("h2", "【先前技術】"))
    P("燒結釹鐵硼磁石廣泛用於電動車馬達、風力發電機及消費性電子產品。鐠、釹價格高且供應集中，"
      "以資源豐富之鈰取代部分鐠釹可降低成本。然而 Ce2Fe14B 之飽和磁化強度及異向場均低於 Nd2Fe14B，"
      "以單一合金直接添加鈰時，磁石矯頑力隨鈰含量增加而急劇下降。")
    P("先前技術如 TW I6xxxxx 號專利揭示以雙合金法添加鈰，但其燒結溫度為 1060°C 以上，"
      "第一合金與第二合金之主相成分於燒結中互相擴散而趨於均一，雙主相結構之優點無法保留。")
    blocks += para; para.clear()
    blocks.append(("h2", "【發明內容】"))
    P("本發明之目的在於提供一種可保留雙主相結構之含鈰燒結釹鐵硼磁石製造方法。")
    P("為達上述目的，本發明之製造方法包括下列步驟：(a) 以速凝鑄片法製備第一合金鑄片，其成分以重量百分比計為 "
      "PrNd 29–31%、B 0.95–1.00%、M 0.5–2.0% (M 選自 Co、Cu、Ga、Al、Zr 中至少一種)、餘量為 Fe；(b) 以速凝鑄片法"
      "製備第二合金鑄片，其中 Ce 佔稀土總量 40–70%；(c) 將第一、第二合金鑄片分別氫碎；(d) 以 50:50 至 70:30 之重量比混合後"
      "以氣流磨製成平均粒徑 3.0–4.0 μm 之粉末；(e) 於 1.5 T 以上磁場中成形；(f) 於 1020–1050°C 燒結 2–6 小時；"
      "(g) 於 850–900°C 進行第一次回火及於 440–500°C 進行第二次回火。")
    P("於一實施態樣中，第二合金鑄片之銅輥線速較第一合金鑄片高 0.2–0.4 m/s，以抑制 α-Fe 析出。")
    P("本發明之功效在於：藉由降低燒結溫度至 1050°C 以下，使兩種主相晶粒保留各自成分，"
      "富鈰主相晶粒被富釹主相晶粒包圍，磁石整體之矯頑力較同成分單一合金法提高 10–25%。")
    blocks += para; para.clear()
    blocks.append(("h2", "【圖式簡單說明】"))
    P("第 1 圖為本發明製造方法之流程圖。第 2 圖為實施例 2 之背散射電子影像。第 3 圖為實施例與比較例之去磁曲線。")
    blocks += para; para.clear()
    blocks.append(("h2", "【實施方式】"))
    P("以下以實施例具體說明本發明，惟本發明不限於此等實施例。")
    P("實施例 1–3 及比較例 1–2：依表 1 之成分製備合金鑄片，澆注溫度 1400–1450°C，鑄片平均厚度 0.28 mm；"
      "氫碎條件為室溫吸氫 2 小時、540°C 脫氫 5 小時；混合後以氣流磨製粉至 D50 3.5 μm；於 1.8 T 磁場中成形並經 "
      "180 MPa 冷等靜壓；依表 1 之燒結溫度燒結 4 小時，880°C 回火 2 小時、470°C 回火 3 小時。")
    blocks += para; para.clear()
    blocks.append(("table", [["", "混合比 (A:B)", "Ce/TRE (wt%)", "燒結溫度 (°C)", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m³)"],
                             ["實施例 1", "70:30", "15", "1040", "1.31", "1 160", "326"],
                             ["實施例 2", "55:45", "30", "1035", "1.25", "1 040", "295"],
                             ["實施例 3", "50:50", "35", "1025", "1.22", "962", "281"],
                             ["比較例 1", "單一合金", "30", "1035", "1.24", "835", "286"],
                             ["比較例 2", "55:45", "30", "1070", "1.23", "868", "282"]]))
    P("由表 1 可知，實施例 2 相較於同鈰含量之比較例 1，矯頑力提高約 24.6%；比較例 2 之燒結溫度過高，"
      "雙主相結構消失，矯頑力接近單一合金法。")
    blocks += para; para.clear()
    blocks.append(("h2", "【符號說明】"))
    P("S1：第一合金熔煉鑄片　S2：第二合金熔煉鑄片　S3：氫碎　S4：混合製粉　S5：磁場成形　S6：燒結　S7：回火")
    blocks += para; para.clear()
    blocks.append(("h1", "【申請專利範圍】"))
    claims = [
        "一種含鈰燒結釹鐵硼磁石之製造方法，包括：(a) 製備不含鈰之第一合金鑄片；(b) 製備鈰佔稀土總量 40–70 重量百分比之第二合金鑄片；"
        "(c) 將該第一合金鑄片及該第二合金鑄片分別氫碎；(d) 以 50:50 至 70:30 之重量比混合並製粉；(e) 於磁場中成形；"
        "(f) 於 1020–1050°C 燒結；及 (g) 回火；其中該磁石中鈰佔稀土總量 15–35 重量百分比。",
        "如請求項 1 所述之製造方法，其中步驟 (d) 之粉末平均粒徑為 3.0–4.0 μm。",
        "如請求項 1 所述之製造方法，其中步驟 (f) 之燒結時間為 2–6 小時。",
        "如請求項 1 所述之製造方法，其中步驟 (g) 包括於 850–900°C 之第一次回火及於 440–500°C 之第二次回火。",
        "如請求項 1 所述之製造方法，其中該第二合金鑄片之鑄造銅輥線速較該第一合金鑄片高 0.2–0.4 m/s。",
        "如請求項 1 所述之製造方法，其中該第一合金鑄片包括 0.5–2.0 重量百分比之 M，M 選自 Co、Cu、Ga、Al、Zr 所組成群組中至少一種。",
        "一種含鈰燒結釹鐵硼磁石，係由如請求項 1 至 6 中任一項所述之製造方法製得，其具有富鈰主相晶粒及富釹主相晶粒。",
        "如請求項 7 所述之含鈰燒結釹鐵硼磁石，其矯頑力 HcJ 不低於 950 kA/m。"]
    for i, c in enumerate(claims, 1):
        blocks.append(("p", "【第%d項】%s" % (i, c)))
    write_docx(p, blocks, title="發明專利申請 HY-P26-0117-TW", author="宏遠國際專利商標事務所")


register("tc-106.docx", lab("excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"],
                            "other", "patent-filing", "zh", "traditional", False,
                            "TIPO-format invention patent application (abstract, description, claims) on Ce-containing dual-alloy NdFeB"),
         b_e01)


# ---------------------------------------------------------------- E02
def b_e02(p):
    blocks = [
        ("p", "台灣資源與冶金學報　Journal of Taiwan Resources and Metallurgy　第 38 卷 第 2 期 (2024 年 6 月) 頁 45–58\n"
              "DOI: 10.6742/JTRM.202406_38(2).0003　ISSN 1021-7436"),
        ("title", "P507–鹽酸體系鐠/釹分離串級萃取之流程模擬與中試驗證"),
        ("p", "Simulation and Pilot Verification of Countercurrent Pr/Nd Separation in the P507–HCl System"),
        ("p", "陳柏翰¹　吳怡萱¹　黃國峰²*\n¹ 國立成功大學 資源工程學系　² 國立台北科技大學 材料及資源工程系\n"
              "* 通訊作者 E-mail: kfhuang@xxx.edu.tw\n收稿日期：2024 年 1 月 15 日；修訂日期：2024 年 3 月 20 日；接受日期：2024 年 4 月 2 日"),
        ("h1", "摘要"),
        ("p", "本研究以 P507 (2-乙基己基膦酸單 2-乙基己基酯)–磺化煤油為萃取劑，於鹽酸體系中進行鐠釹分離之串級萃取模擬與中試驗證。"
              "以串級萃取理論 (徐光憲極值公式) 求得最小萃取量與最小洗滌量，配合分餾萃取平衡計算，"
              "於 Pr/Nd 分離係數 β = 1.45、進料 Nd/(Pr+Nd) = 75% 之條件下，設計萃取段 30 級、洗滌段 38 級，"
              "可得 Nd2O3 純度 99.9%、Pr6O11 純度 99.5%。中試於 60 級混合澄清槽 (每級混合室 12 L) 連續運轉 240 h，"
              "結果與模擬值之偏差小於 0.15 個百分點。"),
        ("p", "關鍵詞：溶劑萃取、P507、鐠釹分離、串級萃取、混合澄清槽"),
        ("h1", "Abstract"),
        ("p", "Countercurrent fractional extraction of Pr/Nd with saponified P507 in chloride media was simulated using "
              "cascade theory and verified in a 60-stage mixer-settler pilot. With β(Nd/Pr) = 1.45, 30 extraction and "
              "38 scrubbing stages yield 99.9 % Nd2O3 and 99.5 % Pr6O11. A 240 h continuous run agreed with the model within 0.15 %."),
        ("h1", "1. 前言"),
        ("p", "鐠與釹為相鄰鑭系元素，化學性質極為相近，工業上主要以酸性膦類萃取劑之串級萃取分離 [1–3]。"
              "影響分離效率之主要因素包括皂化度、料液酸度、流比及級數。本文結合理論計算與中試結果，"
              "探討設計參數對產品純度之影響，並提供模擬程式之驗證數據。"),
        ("h1", "2. 實驗方法"),
        ("h2", "2.1 試劑與料液"),
        ("p", "P507 (純度 ≧ 95%) 以磺化煤油稀釋至 1.5 mol/L，以 NaOH 溶液皂化，皂化度 36%。料液為氯化鐠釹溶液，"
              "REO 濃度 1.5 mol/L，pH 3.5。洗酸為 4.2 mol/L HCl，反萃酸為 5.5 mol/L HCl。"),
        ("h2", "2.2 中試設備"),
        ("p", "60 級 PVC 混合澄清槽，混合室 12 L、澄清室 48 L，攪拌轉速 350 rpm，混合時間 5 min，溫度 25 ± 2 °C。"
              "水相試樣以 ICP-OES 分析 Pr、Nd 含量。"),
        ("h1", "3. 結果與討論"),
        ("h2", "3.1 分離係數與皂化度"),
        ("table", [["皂化度 (%)", "20", "28", "36", "44"],
                   ["β(Nd/Pr)", "1.52", "1.49", "1.45", "1.38"],
                   ["有機相負載 (g/L REO)", "21.5", "27.8", "34.1", "38.9"]]),
        ("p", "皂化度提高使有機相負載增加，但分離係數略降，且皂化度高於 40% 時出現乳化。綜合考量，取 36% 為設計值。"),
        ("h2", "3.2 級數與流比"),
        ("table", [["項目", "模擬", "中試實測"],
                   ["萃取量 S (對進料)", "1.92", "1.92"],
                   ["洗滌量 W", "1.17", "1.15"],
                   ["萃取段 / 洗滌段級數", "30 / 38", "30 / 38"],
                   ["Nd2O3/REO (萃餘)", "99.91%", "99.88%"],
                   ["Pr6O11/REO (反萃)", "99.52%", "99.41%"],
                   ["Nd 收率", "99.3%", "99.1%"]]),
        ("p", "洗滌段級數減少至 32 級時 Pr 產品純度降至 98.8%，顯示洗滌段為控制 Pr 純度之關鍵。"),
        ("h1", "4. 結論"),
        ("p", "本研究建立之串級萃取模型可準確預測 P507–HCl 體系鐠釹分離結果，設計參數可作為工業分離線設計之參考。"),
        ("h1", "參考文獻"),
        ("numbered", ["徐光憲，串級萃取理論，稀土，第 1 卷，1978。",
                      "Xie F., Zhang T.A., Dreisinger D., Doyle F., A critical review on solvent extraction of rare earths from aqueous solutions, Minerals Engineering, 56 (2014) 10–28.",
                      "林建宏，溶劑萃取工程，高立圖書，2015。"]),
        ("p", "© 2024 台灣資源冶金學會。本文採 CC BY-NC 4.0 授權公開發表。"),
    ]
    write_pdf(p, blocks, title="P507-HCl Pr/Nd separation (JTRM 38(2) 45-58)", author="陳柏翰; 吳怡萱; 黃國峰",
              header="台灣資源與冶金學報 38(2): 45–58, 2024   DOI: 10.6742/JTRM.202406_38(2).0003",
              footer="J. Taiwan Resour. Metall.")


register("tc-115.pdf", lab("excluded", ["1E902.a"], ["separation"], [], "other", "public-domain",
                           "zh", "traditional", False,
                           "Published traditional-script journal article (volume/issue, DOI, received/accepted) on P507 Pr/Nd cascade"),
         b_e02)


# ---------------------------------------------------------------- E03
def b_e03(p):
    blocks = [
        ("title", "國家科學及技術委員會 專題研究計畫申請書\n計畫內容 (表 CM03)"),
        ("kv", [("計畫名稱", "鈰取代 R2Fe14B 主相之 4f 電子態、價態與磁晶異向性：第一原理計算與同步輻射 XMCD 研究"),
                ("英文名稱", "4f States, Valence and Magnetocrystalline Anisotropy of Ce-substituted R2Fe14B: First-principles and XMCD Study"),
                ("學門", "工程處 材料工程 / 自然處 凝態物理 (跨領域)"),
                ("計畫類別", "一般研究計畫 (基礎研究)"), ("執行期間", "2026/08/01–2029/07/31 (三年期)"),
                ("主持人", "國立清華大學 材料科學工程學系 副教授 何宗翰"),
                ("共同主持人", "國家同步輻射研究中心 研究員 蔡明哲")]),
        ("h1", "一、研究背景與目的"),
        ("p", "以高豐度之鈰取代部分釹是降低稀土永磁材料成本的研究方向，但 Ce 在 R2Fe14B 晶格中呈現介於 Ce3+ (4f¹) 與 "
              "Ce4+ (4f⁰) 之間的混合價態，使其對磁晶異向性之貢獻遠低於 Nd3+。目前文獻對 Ce 價態如何隨晶格位置 (4f 與 4g 兩個稀土晶位)、"
              "Nd/Ce 比例及溫度變化，仍缺乏一致的微觀理解。本計畫擬以第一原理計算結合同步輻射光譜，"
              "從電子結構層次解釋 Ce 取代對異向場 HA 與居里溫度之影響，屬基礎科學研究，不涉及磁石製程開發。"),
        ("h1", "二、研究問題"),
        ("numbered", ["Ce 在 4f 與 4g 晶位之占位偏好 (site preference) 與其形成能差？",
                      "Ce 4f 電子之局域/巡遊程度如何隨 Nd 共存比例改變？Ce 價態與 Fe 3d 磁矩之耦合機制為何？",
                      "晶位單離子異向性之晶體場參數 A20<r²> 受 Ce 取代之影響，以及其對整體 K1 的貢獻。",
                      "溫度 (10–400 K) 對 Ce 價態與 K1 之影響，是否存在價態轉變？"]),
        ("h1", "三、研究方法"),
        ("h2", "(一) 第一原理計算"),
        ("bullets", ["以 VASP (PAW, PBE) 與 DFT+U (U_eff = 0–6 eV 掃描) 計算 (Nd1-xCex)2Fe14B，x = 0, 0.125, 0.25, 0.5, 1；68 原子單胞，"
                     "k 點 6×6×4，截斷能 520 eV。",
                     "以 open-core 近似處理 Nd 4f，並以 DFT+DMFT (與德國合作團隊之 TRIQS 程式) 處理 Ce 4f 之強關聯效應。",
                     "計算晶體場參數與磁晶異向能 (力定理，含自旋軌道耦合)，比較 4f/4g 晶位。",
                     "以特殊準隨機結構 (SQS) 模擬 Ce/Nd 無序分布。"]),
        ("h2", "(二) 實驗驗證"),
        ("bullets", ["樣品：以電弧熔煉製備小量 (5 g) (Nd1-xCex)2Fe14B 單相塊材，於 1 000 °C 真空均質化 7 天後水淬；"
                     "另委託合作實驗室提供定向單晶 (浮區法) 兩組。樣品僅供物性量測。",
                     "國家同步輻射研究中心 TPS 45A 光束線：Ce M4,5 邊 XAS/XMCD、Fe L2,3 邊 XMCD，溫度 10–300 K，磁場 ±6 T。",
                     "Ce L3 邊 HERFD-XAS (TPS 44A) 定量價態。",
                     "SQUID-VSM 量測單晶 M–H 曲線，以 Sucksmith–Thompson 法求 K1、K2。"]),
        ("h1", "四、預期成果"),
        ("bullets", ["建立 Ce 價態–晶位–異向性之定量關係，發表 SCI 期刊論文 4–6 篇 (目標 Phys. Rev. B、Acta Materialia)。",
                     "公開計算資料集 (結構檔與能帶) 於開放資料平台。",
                     "培育博士生 2 名、碩士生 4 名。"]),
        ("h1", "五、與產業之關係說明"),
        ("p", "本計畫之成果為物理機制之理解，可作為未來材料設計之理論依據；計畫不包含合金量產配方、熔煉鑄片、製粉、"
              "燒結或熱處理等製程參數之開發，亦不與任何磁石製造商進行製程技術合作。"),
        ("h1", "六、經費需求 (三年合計，新台幣千元)"),
        ("table", [["項目", "第一年", "第二年", "第三年", "合計"],
                   ["研究人力費", "1 420", "1 480", "1 540", "4 440"],
                   ["耗材、物品及雜項", "380", "350", "320", "1 050"],
                   ["國科會高速計算 (NCHC) 核時", "150", "150", "150", "450"],
                   ["國外差旅 (德國合作)", "180", "180", "120", "480"],
                   ["合計", "2 130", "2 160", "2 130", "6 420"]]),
        ("h1", "七、參考文獻 (節錄)"),
        ("numbered", ["J.F. Herbst, R2Fe14B materials: Intrinsic properties and technological aspects, Rev. Mod. Phys. 63 (1991) 819.",
                      "A. Alam, M. Khan, R.W. McCallum, D.D. Johnson, Site-preference and valency for rare-earth sites in (R-Ce)2Fe14B magnets, Appl. Phys. Lett. 102 (2013) 042402.",
                      "J.M.D. Coey, Magnetism and Magnetic Materials, Cambridge University Press, 2010."]),
    ]
    write_docx(p, blocks, title="NSTC 專題研究計畫 CM03", author="何宗翰")


register("tc-119.docx", lab("excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"],
                            "other", "basic-research", "zh", "traditional", False,
                            "NSTC grant proposal on Ce valence and anisotropy in R2Fe14B (DFT, XMCD); fundamental research, no production know-how"),
         b_e03)


# ---------------------------------------------------------------- E04
E04_BODY = """王專利師 您好 / Dear Mr. Wang,

有關本公司台灣發明專利申請案 (申請案號 114108xxx，申請日 2025/06/18，發明名稱「含稀土廢拋光粉之回收方法」)，
我們決定在優先權期限 (2026/06/18) 前提出 PCT 國際申請，指定 JP、US、EP、KR。請貴所協助以下事項：

1. PCT request (PCT/RO/101)：受理局擬選 JPO 或 USPTO 其一 (台灣非 PCT 締約方)，請建議。
   Applicant: Jingyan Optoelectronic Materials Co., Ltd.; inventors 3 persons (list attached).
2. 英文說明書：以 TW 說明書為基礎翻譯，並請增加以下實施例 4 (新數據，台灣案未揭露者請評估是否需另案)：
   - 廢拋光粉 (TREO 62%, CeO2/TREO 65%, 含 SiO2 18%, Al2O3 6%) 與 NaOH 以 1 : 0.8 混合，550 °C 鹼焙燒 2 h；
   - 水洗除矽、鋁至濾液 pH < 9；
   - 洗渣以 6 mol/L HCl + 2% H2O2 於 85 °C 浸出 3 h，REO 浸出率 97.2%；
   - 浸出液以草酸沉澱，900 °C 灼燒得混合稀土氧化物 TREO 99.1%，總回收率 94.5%。
3. 申請專利範圍：獨立項請維持「鹼焙燒溫度 450–650 °C、鹼/粉重量比 0.5–1.2」之範圍；
   新增附屬項：「其中浸出步驟添加過氧化氫 1–5 wt%」。
4. 說明書附圖：流程圖 (圖 1) 及 XRD 圖 (圖 2) 請重繪為黑白線圖，符合 PCT Rule 11。
5. 請提供 ISR 階段費用估算，以及進入各國國家階段 (30/31 個月) 之預算表。

附件：
- TW 案說明書、申請專利範圍、摘要 (PDF)
- 實施例 4 實驗記錄 (節錄)
- 發明人名單及讓與書

請於 4/10 前回覆初稿時程。Thank you.

Best regards,
Grace Liu 劉佳琪
智財部 經理 / IP Manager
晶研光電材料股份有限公司
"""


def b_e04(p):
    write_eml(p, ("Grace Liu 劉佳琪", "grace.liu@jingyan-opto.com.tw"),
              [("王大明 專利師", "dm.wang@hongyuan-ip.com.tw")],
              "PCT 申請委託 — TW 114108xxx 含稀土廢拋光粉回收方法 / PCT filing instructions",
              "Mon, 16 Mar 2026 14:02:55 +0800", "<20260316140255.5120@jingyan-opto.com.tw>",
              E04_BODY, charset="utf-8",
              cc=[("Paul Chen 陳柏宇", "paul.chen@jingyan-opto.com.tw")])


register("tc-103.eml", lab("excluded", ["1E902.a"], ["recycling"], [], "email", "patent-filing",
                           "mixed", "traditional", False,
                           "Instructions to a patent attorney for a PCT filing on RE recovery from waste polishing powder (claims, examples)"),
         b_e04)


# ---------------------------------------------------------------- E05
def b_e05(p):
    blocks = [
        ("p", "《稀土冶金學》(第三版)　黃振東、許文彬 編著\n新竹科技圖書出版有限公司　2023 年 9 月\n"
              "ISBN 978-986-5xx-812-4 (平裝)　GPN 1011201xxx\n版權所有 · 翻印必究"),
        ("title", "第七章　熔鹽電解法製取稀土金屬"),
        ("h1", "7.1 概述"),
        ("p", "稀土金屬的電負性強，標準電極電位約 -2.2 至 -2.5 V，無法自水溶液中電解析出，工業上以熔鹽電解或金屬熱還原法製取。"
              "輕稀土金屬 (La、Ce、Pr、Nd 及鐠釹合金) 主要採用氟化物–氧化物體系熔鹽電解；重稀土金屬 (Tb、Dy 等) 則多以鈣熱還原法製取。"
              "本章介紹熔鹽電解之原理、電解質體系、電解槽結構及主要技術經濟指標。"),
        ("h1", "7.2 電解原理"),
        ("p", "在 REF3–LiF 熔鹽中溶解之稀土氧化物解離為 RE³⁺ 與含氧錯離子。陰極反應為 RE³⁺ + 3e⁻ → RE；"
              "陽極 (石墨) 反應為 2O²⁻ + C → CO2 + 4e⁻ 或 O²⁻ + C → CO + 2e⁻。理論分解電壓約 1.2–1.5 V (以 Nd2O3 計)，"
              "實際槽電壓因電解質歐姆壓降、陽極過電壓等因素而達 8–12 V。"),
        ("p", "當電解質中氧化物濃度過低時，氟化物參與陽極反應生成 CF4、C2F6，槽電壓驟升，稱為陽極效應；"
              "濃度過高則未溶氧化物沉積於槽底形成泥渣。因此維持溶解氧化物濃度於 2–4 wt% 是穩定操作的關鍵。"),
        ("h1", "7.3 電解質體系"),
        ("table", [["體系", "組成 (wt%)", "電解溫度 (°C)", "說明"],
                   ["NdF3–LiF", "85–90 : 10–15", "1 030–1 060", "釹金屬主流體系"],
                   ["(Pr,Nd)F3–LiF", "86 : 14", "1 040–1 060", "鐠釹合金"],
                   ["LaF3–LiF", "88 : 12", "950–1 000", "鑭金屬"],
                   ["REF3–LiF–BaF2", "75 : 15 : 10", "900–950", "降低熔點，增加密度差"]]),
        ("p", "LiF 之加入可降低熔點並提高導電度，但過多時鋰於陰極共析出；BaF2 可降低稀土金屬在熔鹽中的溶解損失。"),
        ("h1", "7.4 電解槽"),
        ("p", "工業電解槽多為圓形石墨坩堝結構：石墨坩堝兼作槽體與陽極之一部分，或以多塊石墨陽極環繞中央鎢 (或鉬) 陰極棒，"
              "陰極下方置鉬或鎢坩堝承接液態金屬。電流等級由 3 kA 發展至 10 kA 以上；大型化的困難在於陽極氣體排出、"
              "溫度場均勻與金屬收集。近年亦有上插陰極、下出金屬的方形槽研究。"),
        ("h1", "7.5 技術經濟指標"),
        ("table", [["指標", "典型範圍"],
                   ["電流效率", "70–85%"],
                   ["直流電耗", "8–11 kWh/kg 金屬"],
                   ["氧化物單耗", "1.17–1.20 kg/kg 金屬"],
                   ["石墨陽極消耗", "0.1–0.2 kg/kg 金屬"],
                   ["金屬純度", "TRE ≧ 99.0%，C、O 各 ≦ 0.03–0.05%"]]),
        ("h1", "7.6 環境問題"),
        ("p", "電解過程排放之氟化物 (HF、CF4、C2F6) 與粉塵需以集氣罩收集並經乾式或濕式淨化。全氟碳化物具高溫室效應潛勢，"
              "控制陽極效應頻率是減排的主要手段。"),
        ("h1", "習題"),
        ("numbered", ["試寫出 NdF3–LiF–Nd2O3 體系中陰、陽極之主要反應，並說明陽極效應之成因。",
                      "某 6 kA 電解槽日產釹金屬 35 kg，求其電流效率。",
                      "比較熔鹽電解法與鈣熱還原法之適用範圍及優缺點。"]),
        ("h1", "參考書目"),
        ("numbered", ["徐光憲 主編，稀土 (第二版)，冶金工業出版社，1995。",
                      "C.K. Gupta, N. Krishnamurthy, Extractive Metallurgy of Rare Earths, CRC Press, 2005."]),
    ]
    write_pdf(p, blocks, title="稀土冶金學 第七章", author="黃振東、許文彬",
              header="稀土冶金學（第三版）  第七章 熔鹽電解法製取稀土金屬", footer="")


register("tc-126.pdf", lab("excluded", ["1E902.a"], ["metal-smelting"], [], "other", "public-domain",
                           "zh", "traditional", False,
                           "Published textbook chapter (publisher, ISBN) on RE molten-salt electrolysis"),
         b_e05)


# ---------------------------------------------------------------- E06
def b_e06(p):
    slides = [
        {"kind": "title", "title": "高溫型 2:17 釤鈷磁石之 Fe 含量與時效製程對胞狀組織之影響\nEffect of Fe Content and Ageing on Cell Structure of High-temperature Sm2Co17 Magnets",
         "sub": "邱冠宇, 劉承恩, 施嘉文 (國立成功大學 材料系)\n2025 台灣磁性技術協會年會暨研討會 (TAMT 2025), 台南, 2025/11/21, Oral O-B3-04\n"
                "本簡報內容已收錄於《TAMT 2025 研討會論文集》ISBN 978-626-9xxxx-2-1, 並公開於協會網站"},
        {"title": "Introduction 研究動機",
         "bullets": ["2:17 型釤鈷工作溫度可達 350–550 °C，用於航太與高速馬達",
                     "提高 Fe 含量可提升 Br，但使胞狀組織不均、HcJ 下降",
                     "本研究：Fe 15–22 wt% 對胞尺寸、胞壁 Cu 富集與磁性之影響"]},
        {"kind": "table", "title": "Experimental 實驗條件",
         "rows": [["步驟", "條件"],
                  ["成分", "Sm(Co bal Fe x Cu 0.07 Zr 0.025)z, z = 7.5, Fe 15 / 18 / 20 / 22 wt%"],
                  ["製粉 / 成形", "球磨 D50 ≈ 4 μm；1.6 T 配向、等靜壓 200 MPa"],
                  ["燒結 / 固溶", "1 210 °C × 1 h → 1 185 °C × 3 h，急冷"],
                  ["時效", "820 / 840 / 860 °C × 12 h，0.7 °C/min 緩冷至 400 °C"],
                  ["分析", "TEM/EDS、VSM (RT–500 °C)"]]},
        {"kind": "table", "title": "Results 磁性結果 (840 °C 時效)",
         "rows": [["Fe (wt%)", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "胞尺寸 (nm)"],
                  ["15", "1.06", "2 410", "207", "62"],
                  ["18", "1.10", "2 230", "223", "78"],
                  ["20", "1.13", "1 790", "239", "96"],
                  ["22", "1.15", "1 120", "231", "125 (不完整)"]]},
        {"title": "Discussion 討論",
         "bullets": ["Fe ≥ 20 wt% 時胞尺寸增大、胞壁 1:5 相 Cu 濃度由 22 at% 降至 14 at%，釘扎力下降",
                     "時效溫度 820 °C 可部分彌補：Fe 20% 樣品 HcJ 回升至 2 050 kA/m",
                     "500 °C 下 HcJ 保持率：Fe 15% 為 48%，Fe 20% 為 41%"]},
        {"title": "Conclusions 結論",
         "bullets": ["Fe 18 wt% 為 Br 與 HcJ 之最佳平衡",
                     "高 Fe 成分須配合較低時效溫度",
                     "完整論文：TAMT 2025 Proceedings, pp. 112–115; 擴充版投稿 J. Magn. Magn. Mater. 審查中"],
         "notes": "會後公開版本，已移除未發表之單晶數據。"},
    ]
    write_pptx(p, slides, title="TAMT 2025 O-B3-04", author="邱冠宇")


register("tc-131.pptx", lab("excluded", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "other",
                            "public-domain", "mixed", "traditional", False,
                            "Conference slides stated to be published in proceedings (ISBN) on Sm2Co17 Fe content and ageing"),
         b_e06)


# =====================================================================
def main():
    _font_check()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = []
    for fname, builder, label in sorted(DOCS, key=lambda d: d[0]):
        path = os.path.join(OUT, fname)
        builder(path)
        rec = {"file": fname, "verdict": label["verdict"],
               "control_codes": label["control_codes"], "categories": label["categories"],
               "magnet_types": label["magnet_types"], "carrier": label["carrier"],
               "exclusion": label["exclusion"], "language": label["language"],
               "script": label["script"], "hard_negative": label["hard_negative"],
               "format": fname.rsplit(".", 1)[1], "note": label["note"]}
        labels.append(rec)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d documents to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
