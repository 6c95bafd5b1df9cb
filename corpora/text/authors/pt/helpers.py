import os, io, json, zipfile, random
from docx import Document
from docx.shared import Pt
from fpdf import FPDF
import datetime as dt

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "files")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
LABELS = []
FIXED = dt.datetime(2025, 11, 14, 9, 30, 0)

def path(name):
    p = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p

def label(file, verdict, codes, cats, mtypes, carrier, lang, hard, note, exclusion=None):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mtypes, carrier=carrier, exclusion=exclusion,
                       language=lang, hard_negative=hard, note=note))

def write_text(name, text, enc="utf-8", crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path(name), "wb") as f:
        f.write(text.encode(enc))

def eml(name, headers, body, enc="utf-8"):
    # headers: list of (k, v); body plain text
    from email.header import Header
    lines = []
    for k, v in headers:
        if k.lower() in ("subject", "from", "to", "cc") and any(ord(c) > 127 for c in v):
            if k.lower() == "subject":
                v = Header(v, "utf-8").encode()
            else:
                # encode display name only
                if "<" in v:
                    parts = []
                    for addr in v.split(","):
                        addr = addr.strip()
                        nm, _, rest = addr.partition("<")
                        nm = nm.strip().strip('"')
                        if any(ord(c) > 127 for c in nm):
                            nm = Header(nm, "utf-8").encode()
                        parts.append(f"{nm} <{rest}")
                    v = ", ".join(parts)
        lines.append(f"{k}: {v}")
    lines += ["MIME-Version: 1.0",
              f'Content-Type: text/plain; charset="{enc}"',
              "Content-Transfer-Encoding: 8bit", "", body]
    data = "\r\n".join(lines).replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path(name), "wb") as f:
        f.write(data.encode(enc))

def _fix_zip(p):
    src = zipfile.ZipFile(p)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    z = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    for n, d in items:
        zi = zipfile.ZipInfo(n, date_time=(2025, 11, 14, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, d)
    z.close()
    with open(p, "wb") as f:
        f.write(buf.getvalue())

def docx(name, blocks, author="user", title="", cjk=False):
    """blocks: list of ('h1'|'h2'|'p'|'table'|'pb', content)"""
    d = Document()
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    if cjk:
        st.font.name = "SimSun"
        from docx.oxml.ns import qn
        st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for kind, c in blocks:
        if kind == "h1":
            d.add_heading(c, level=1)
        elif kind == "h2":
            d.add_heading(c, level=2)
        elif kind == "title":
            d.add_heading(c, level=0)
        elif kind == "p":
            d.add_paragraph(c)
        elif kind == "li":
            d.add_paragraph(c, style="List Bullet")
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            t = d.add_table(rows=len(c), cols=len(c[0]))
            t.style = "Table Grid"
            for i, row in enumerate(c):
                for j, v in enumerate(row):
                    t.cell(i, j).text = str(v)
    cp = d.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = FIXED; cp.modified = FIXED; cp.revision = 3
    p = path(name)
    d.save(p)
    _fix_zip(p)

class PDF(FPDF):
    def __init__(self, header_txt="", footer_txt=""):
        super().__init__()
        self.htxt = header_txt; self.ftxt = footer_txt
        self.add_font("wqy", "", FONT)
        self.set_auto_page_break(True, 18)
    def header(self):
        if self.htxt:
            self.set_font("wqy", size=7.5); self.set_text_color(120)
            self.cell(0, 6, self.htxt, align="R"); self.ln(8); self.set_text_color(0)
    def footer(self):
        self.set_y(-13); self.set_font("wqy", size=7.5); self.set_text_color(120)
        self.cell(0, 6, f"{self.ftxt}  {self.page_no()}", align="C"); self.set_text_color(0)

def pdf(name, blocks, header_txt="", footer_txt="", title="", author=""):
    p = PDF(header_txt, footer_txt)
    p.set_creation_date(dt.datetime(2025, 10, 20, 8, 0, 0, tzinfo=dt.timezone.utc))
    p.set_title(title); p.set_author(author); p.set_producer("Microsoft Word for Microsoft 365")
    p.set_creator("Microsoft Word")
    p.add_page()
    W = p.epw
    for kind, c in blocks:
        if kind == "title":
            p.set_font("wqy", size=17); p.multi_cell(W, 9, c); p.ln(4)
        elif kind == "h1":
            p.set_font("wqy", size=13); p.ln(2); p.multi_cell(W, 7, c); p.ln(1)
        elif kind == "h2":
            p.set_font("wqy", size=11.5); p.multi_cell(W, 6.5, c)
        elif kind in ("p", "li"):
            p.set_font("wqy", size=10); p.multi_cell(W, 5.6, ("• " if kind == "li" else "") + c); p.ln(1.5)
        elif kind == "pb":
            p.add_page()
        elif kind == "table":
            p.set_font("wqy", size=8.5)
            n = len(c[0]); cw = W / n
            for row in c:
                for v in row:
                    p.cell(cw, 6, str(v), border=1)
                p.ln(6)
            p.ln(2)
    p.output(path(name))

def filler(rng, pool, n):
    out = []
    for _ in range(n):
        out.append(" ".join(rng.sample(pool, k=min(len(pool), rng.randint(3, 5)))))
    return out
