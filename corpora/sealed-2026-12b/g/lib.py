import io, os, json, zipfile, datetime
from email.message import EmailMessage
from email import policy

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "files")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = datetime.datetime(2025, 6, 18, 9, 30, 0, tzinfo=datetime.timezone.utc)
LABELS = []

def label(file, verdict, codes, cats, mtypes, carrier, lang, hn, note, exclusion=None):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mtypes, carrier=carrier, exclusion=exclusion,
                       language=lang, hard_negative=hn, note=note))

def write_text(name, s, enc="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=enc, newline="\n") as f:
        f.write(s.strip("\n") + "\n")

def _normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 6, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))
    return buf.getvalue()

def write_docx(name, blocks, author="user", title=""):
    """blocks: list of (kind, payload): h1/h2/p/bullet/table(rows)"""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]; st.font.size = Pt(10.5)
    st.element.get_or_add_rPr().get_or_add_rFonts().set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "宋体")
    for kind, pl in blocks:
        if kind == "h1": d.add_heading(pl, level=1)
        elif kind == "h2": d.add_heading(pl, level=2)
        elif kind == "title": d.add_heading(pl, level=0)
        elif kind == "p": d.add_paragraph(pl)
        elif kind == "bullet": d.add_paragraph(pl, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(pl), cols=len(pl[0])); t.style = "Table Grid"
            for i, row in enumerate(pl):
                for j, c in enumerate(row): t.cell(i, j).text = str(c)
    cp = d.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None); cp.revision = 3
    buf = io.BytesIO(); d.save(buf)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(_normalize_zip(buf.getvalue()))

def write_pdf(name, blocks, title="", author=""):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(title); pdf.set_author(author); pdf.set_creator("Microsoft Word")
    pdf.add_font("wqy", "", FONT); pdf.add_font("wqy", "B", FONT)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_margins(18, 18, 18)
    for kind, pl in blocks:
        if kind in ("title", "h1", "h2"):
            size = {"title": 16, "h1": 13, "h2": 11.5}[kind]
            pdf.set_font("wqy", size=size); pdf.ln(2)
            pdf.multi_cell(0, size * 0.55, pl, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif kind == "p":
            pdf.set_font("wqy", size=9.5)
            pdf.multi_cell(0, 5, pl, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif kind == "bullet":
            pdf.set_font("wqy", size=9.5)
            pdf.multi_cell(0, 5, "• " + pl, new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.set_font("wqy", size=8)
            with pdf.table(line_height=4.5, text_align="CENTER") as t:
                for row in pl:
                    r = t.row()
                    for c in row: r.cell(str(c))
            pdf.ln(2)
    pdf.output(os.path.join(OUT, name))

def write_eml(name, frm, to, subject, body, date, msgid, cc=None, cte="quoted-printable"):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    m.set_content(body.strip("\n") + "\n", charset="utf-8", cte=cte)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(bytes(m))

def finish(labels_path):
    with open(labels_path, "w", encoding="utf-8") as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
