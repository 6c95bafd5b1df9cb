import os, io, re, zipfile, datetime, json
from docx import Document
from docx.shared import Pt
from pptx import Presentation
from pptx.util import Inches, Pt as PPt
import openpyxl
from fpdf import FPDF
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import encoders
from email.header import Header

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "files")
FIX = datetime.datetime(2025, 10, 20, 9, 30, 0)
DJ = "/usr/share/fonts/truetype/dejavu/"

def P(name):
    p = os.path.join(OUT, name); os.makedirs(os.path.dirname(p), exist_ok=True); return p

def normalize_ooxml(path, when):
    iso = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in items:
            if n == "docProps/core.xml":
                s = d.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % iso, s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % iso, s)
                d = s.encode("utf-8")
            zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    with open(path, "wb") as f:
        f.write(buf.getvalue())

def docx_bytes(blocks, author="", title="", when=FIX, font=None):
    d = Document()
    cp = d.core_properties
    cp.author = author; cp.title = title; cp.created = when; cp.modified = when
    cp.last_modified_by = author; cp.revision = 3
    if font:
        st = d.styles["Normal"]; st.font.name = font
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            d.add_heading(b[1], level=int(k[1]))
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "bl":
            for t in b[1]:
                d.add_paragraph(t, style="List Bullet")
        elif k == "nl":
            for t in b[1]:
                d.add_paragraph(t, style="List Number")
        elif k == "t":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0])); tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = str(c)
    bio = io.BytesIO(); d.save(bio)
    tmp = P("_tmp.docx"); open(tmp, "wb").write(bio.getvalue()); normalize_ooxml(tmp, when)
    data = open(tmp, "rb").read(); os.remove(tmp); return data

def docx(name, blocks, **kw):
    open(P(name), "wb").write(docx_bytes(blocks, **kw))

def pptx(name, slides, author="", title="", when=FIX):
    pr = Presentation(); pr.slide_width = Inches(13.333); pr.slide_height = Inches(7.5)
    cp = pr.core_properties; cp.author = author; cp.title = title; cp.created = when; cp.modified = when; cp.last_modified_by = author; cp.revision = 5
    for i, s in enumerate(slides):
        t, bullets, notes = s
        lay = pr.slide_layouts[0 if i == 0 else 1]
        sl = pr.slides.add_slide(lay)
        sl.shapes.title.text = t
        ph = sl.placeholders[1]
        if i == 0:
            ph.text = bullets if isinstance(bullets, str) else "\n".join(bullets)
        else:
            tf = ph.text_frame; tf.text = bullets[0] if bullets else ""
            for x in bullets[1:]:
                para = tf.add_paragraph(); para.text = x.lstrip("-").strip(); para.level = 1 if x.startswith("-") else 0
            for para in tf.paragraphs:
                for r in para.runs: r.font.size = PPt(18)
        if notes:
            sl.notes_slide.notes_text_frame.text = notes
    p = P(name); pr.save(p); normalize_ooxml(p, when)

def xlsx_bytes(sheets, author="", when=FIX):
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    wb.properties.creator = author; wb.properties.created = when; wb.properties.modified = when; wb.properties.lastModifiedBy = author
    for sn, rows in sheets:
        ws = wb.create_sheet(sn)
        for r in rows: ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = min(60, max(10, max(len(str(c.value or "")) for c in col) * 1.1))
    bio = io.BytesIO(); wb.save(bio)
    tmp = P("_tmp.xlsx"); open(tmp, "wb").write(bio.getvalue()); normalize_ooxml(tmp, when)
    data = open(tmp, "rb").read(); os.remove(tmp); return data

def xlsx(name, sheets, **kw):
    open(P(name), "wb").write(xlsx_bytes(sheets, **kw))

class _PDF(FPDF):
    footer_text = ""
    def footer(self):
        self.set_y(-12); self.set_font("dv", "", 7)
        self.cell(0, 8, f"{self.footer_text}   Page {self.page_no()}", align="C")

def pdf(name, blocks, title="", author="", when=FIX, footer=""):
    f = _PDF(); f.footer_text = footer
    f.add_font("dv", "", DJ + "DejaVuSans.ttf"); f.add_font("dv", "B", DJ + "DejaVuSans-Bold.ttf")
    f.set_title(title); f.set_author(author); f.set_creator("Microsoft Word"); f.set_producer("Microsoft: Print To PDF")
    f.set_creation_date(when.replace(tzinfo=datetime.timezone.utc))
    f.set_auto_page_break(True, 15); f.add_page(); f.set_font("dv", "", 10)
    W = f.w - f.l_margin - f.r_margin
    for b in blocks:
        k = b[0]
        if k == "h1":
            f.set_font("dv", "B", 14); f.multi_cell(W, 8, b[1]); f.ln(2); f.set_font("dv", "", 10)
        elif k == "h2":
            f.ln(2); f.set_font("dv", "B", 11); f.multi_cell(W, 6, b[1]); f.set_font("dv", "", 10)
        elif k == "p":
            f.multi_cell(W, 5, b[1]); f.ln(1.5)
        elif k == "bl":
            for t in b[1]:
                f.multi_cell(W, 5, "\u2022 " + t)
            f.ln(1)
        elif k == "t":
            f.set_font("dv", "", 8)
            with f.table(col_widths=b[2] if len(b) > 2 else None, line_height=4.5) as tb:
                for r in b[1]:
                    row = tb.row()
                    for c in r: row.cell(str(c))
            f.set_font("dv", "", 10); f.ln(2)
    f.output(P(name))

def eml(name, frm, to, subj, date, msgid, body, atts=(), cc=None, bnd="----=_Part_0", extra=()):
    if atts:
        m = MIMEMultipart("mixed", boundary=bnd)
        m.attach(MIMEText(body, "plain", "utf-8"))
        for fn, data, mt in atts:
            ma, mi = mt.split("/")
            part = MIMEBase(ma, mi); part.set_payload(data); encoders.encode_base64(part)
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn) if not fn.isascii() else fn)
            m.attach(part)
    else:
        m = MIMEText(body, "plain", "utf-8")
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = Header(subj, "utf-8") if not subj.isascii() else subj
    m["Date"] = date; m["Message-ID"] = msgid; m["MIME-Version"] = "1.0"
    for k, v in extra: m[k] = v
    open(P(name), "wb").write(m.as_bytes())

def text(name, s, enc="utf-8"):
    open(P(name), "wb").write(s.encode(enc))

LABELS = []
def label(file, verdict, codes, cats, mags, carrier, excl, lang, hn, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats, magnet_types=mags,
                       carrier=carrier, exclusion=excl, language=lang, hard_negative=hn, note=note))
