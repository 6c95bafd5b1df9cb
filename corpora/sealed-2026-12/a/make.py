#!/usr/bin/env python3
"""Generator for sealed test set, author A (long and mixed documents).

Run:  /work/main/.venv/bin/python make.py
Writes files/ , labels.jsonl and README.md next to this script.
Deterministic: fixed dates, fixed zip timestamps, no randomness.
"""
import datetime as dt
import sys as _sys
_sys.dont_write_bytecode = True
import importlib
import io
import json
import os
import re
import sys
import zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
OUT = os.path.join(HERE, "files")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED_ZIP_TIME = (2025, 12, 1, 9, 0, 0)

MODULES = [
    # controlled
    "c01_esg_separation", "c02_jv_electrolysis", "c03_dd_magnet_plant", "c04_trip_smco",
    "c05_training_sintering", "c06_investor_deck", "c07_budget_recycling", "c08_licence_ionic_clay",
    "c09_tb_dy_calcium", "c10_tender_sx", "c11_overhaul_manual", "c12_pfs_flotation",
    "c13_polishing_email", "c14_electrolysis_overhaul",
    # excluded
    "e01_jmmm_smco", "e02_journal_leaching", "e03_patent_gbd", "e04_nsfc_melt",
    "e05_erc_coordination", "e06_pct_swarf",
    # clear
    "n01_market_report", "n02_coni_esg", "n03_al_cell_overhaul", "n04_ferrite_spec",
    "n05_motor_deck", "n06_magnet_incoming_xlsx", "n07_liion_recycling", "n08_compliance_minutes",
    "n09_popular_science", "n10_travel_policy", "n11_iron_ore_manual",
]


# ----------------------------------------------------------------------------
# simple markup: '# ' title, '## ' h1, '### ' h2, '- ' bullet, '| a | b |' table rows,
# '**text**' bold line, '>> ' small note, '---page---' page break, other lines = paragraphs
# ----------------------------------------------------------------------------
def parse(body):
    blocks = []
    table = None
    for raw in body.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                continue
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line.strip():
            continue
        if line.startswith("# "):
            blocks.append(("title", line[2:].strip()))
        elif line.startswith("## "):
            blocks.append(("h1", line[3:].strip()))
        elif line.startswith("### "):
            blocks.append(("h2", line[4:].strip()))
        elif line.startswith("- "):
            blocks.append(("bullet", line[2:].strip()))
        elif line.startswith(">> "):
            blocks.append(("note", line[3:].strip()))
        elif line.strip() == "---page---":
            blocks.append(("page", ""))
        elif line.startswith("**") and line.endswith("**") and len(line) > 4:
            blocks.append(("bold", line[2:-2]))
        else:
            blocks.append(("p", line.strip()))
    return blocks


def fixed_dt(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


# ----------------------------------------------------------------------------
# zip normalisation (docx/xlsx/pptx): fixed timestamps, fixed core-property dates
# ----------------------------------------------------------------------------
def normalise_zip(data, date_iso):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + date_iso + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + date_iso + r"\g<2>", txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>" + date_iso + r"\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, blob)
    return out.getvalue()


# ----------------------------------------------------------------------------
# DOCX
# ----------------------------------------------------------------------------
def render_docx(doc, path):
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    d = Document()
    style = doc.get("style", {})
    latin = style.get("latin", "Calibri")
    east = style.get("east", "SimSun")
    size = style.get("size", 10.5)
    for sname in ["Normal", "Title", "Heading 1", "Heading 2", "List Bullet"]:
        st = d.styles[sname]
        st.font.name = latin
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), east)
        rfonts.set(qn("w:ascii"), latin)
        rfonts.set(qn("w:hAnsi"), latin)
    d.styles["Normal"].font.size = Pt(size)
    if style.get("heading_color"):
        r, g, b = style["heading_color"]
        for sname in ["Heading 1", "Heading 2", "Title"]:
            d.styles[sname].font.color.rgb = RGBColor(r, g, b)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    m = style.get("margin_cm", 2.3)
    sec.left_margin = sec.right_margin = Cm(m)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
        sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = doc["footer"]
        sec.footer.paragraphs[0].runs[0].font.size = Pt(8)

    for kind, val in parse(doc["body"]):
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "bullet":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "note":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.italic = True
            r.font.size = Pt(max(size - 1.5, 7))
        elif kind == "bold":
            p = d.add_paragraph()
            p.add_run(val).bold = True
        elif kind == "page":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = row[j] if j < len(row) else ""
                    for p in cell.paragraphs:
                        for r in p.runs:
                            r.font.size = Pt(max(size - 1.5, 7))
                            if i == 0:
                                r.bold = True
            d.add_paragraph()
        else:
            d.add_paragraph(val)

    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.last_modified_by = doc.get("author", "")
    cp.title = doc.get("title", "")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.revision = doc.get("revision", 3)
    when = fixed_dt(doc["date"])
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(normalise_zip(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ")))


# ----------------------------------------------------------------------------
# PDF (fpdf2, CJK font for everything)
# ----------------------------------------------------------------------------
# glyphs missing from WenQuanYi Micro Hei -> plain equivalents (PDF only)
PDF_GLYPH_FIX = str.maketrans({"⁻": "-", "⁺": "+", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁰": "0",
                               "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6",
                               "₇": "7", "₈": "8", "₉": "9"})


SUP_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def render_pdf(doc, path):
    if not os.path.exists(FONT):
        sys.exit("ERROR: CJK font missing: %s\n  install with: apt-get install -y fonts-wqy-microhei" % FONT)
    from fpdf import FPDF
    from fpdf.enums import WrapMode, XPos, YPos
    from fpdf.fonts import FontFace

    header_txt = doc.get("header", "")
    footer_txt = doc.get("footer", "")
    zh = doc["label"]["language"] in ("zh", "mixed")
    wrap = WrapMode.CHAR if zh else WrapMode.WORD

    class P(FPDF):
        def header(self):
            if header_txt:
                self.set_font("wqy", size=7.5)
                self.set_text_color(110, 110, 110)
                self.cell(0, 5, header_txt, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.set_text_color(0, 0, 0)
                self.ln(2)

        def footer(self):
            self.set_y(-13)
            self.set_font("wqy", size=7.5)
            self.set_text_color(110, 110, 110)
            txt = (footer_txt + "    " if footer_txt else "") + str(self.page_no())
            self.cell(0, 5, txt, align="C")
            self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("wqy", "", FONT)
    pdf.add_font("wqy", "B", FONT)
    pdf.set_title(doc.get("title", ""))
    pdf.set_author(doc.get("author", ""))
    pdf.set_creator(doc.get("creator", "Microsoft Word"))
    pdf.set_producer(doc.get("producer", "fpdf2"))
    pdf.set_creation_date(fixed_dt(doc["date"]).replace(tzinfo=dt.timezone.utc))
    pdf.add_page()
    base = doc.get("style", {}).get("size", 10)
    lh = base * 0.55
    body = re.sub(r"⁻([⁰¹²³⁴⁵⁶⁷⁸⁹]+)", lambda m: "^-" + m.group(1).translate(SUP_DIGITS), doc["body"])
    for kind, val in parse(body.translate(PDF_GLYPH_FIX)):
        if kind == "title":
            pdf.set_font("wqy", size=base + 7)
            pdf.multi_cell(0, lh * 1.8, val, align="C", wrapmode=wrap, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(lh)
        elif kind in ("h1", "h2"):
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(lh * 0.6)
            pdf.set_font("wqy", size=base + (3.5 if kind == "h1" else 1.5))
            pdf.multi_cell(0, lh * 1.4, val, align="L", wrapmode=wrap, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(lh * 0.3)
        elif kind == "bullet":
            pdf.set_font("wqy", size=base)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(0, lh, "• " + val, align="L", wrapmode=wrap, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "note":
            pdf.set_font("wqy", size=base - 2)
            pdf.set_text_color(70, 70, 70)
            pdf.multi_cell(0, lh * 0.9, val, align="L", wrapmode=wrap, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
        elif kind == "bold":
            pdf.set_font("wqy", "B", size=base + 0.5)
            pdf.multi_cell(0, lh, val, align="L", wrapmode=wrap, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "page":
            pdf.add_page()
        elif kind == "table":
            ncol = max(len(r) for r in val)
            rows = [r + [""] * (ncol - len(r)) for r in val]
            fs = base - 1.5 if ncol <= 5 else base - 2.5
            pdf.set_font("wqy", size=fs)
            pdf.ln(1)
            with pdf.table(line_height=fs * 0.5, text_align="LEFT", wrapmode=WrapMode.CHAR,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238)),
                           padding=1) as t:
                for r in rows:
                    tr = t.row()
                    for c in r:
                        tr.cell(c)
            pdf.ln(2)
        else:
            pdf.set_font("wqy", size=base)
            pdf.multi_cell(0, lh, val, align="L", wrapmode=wrap, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(lh * 0.35)
    pdf.output(path)


# ----------------------------------------------------------------------------
# Markdown / text / eml
# ----------------------------------------------------------------------------
def to_markdown(body):
    out = []
    table_open = False
    for kind, val in parse(body):
        if kind != "table":
            table_open = False
        if kind == "title":
            out.append("# " + val + "\n")
        elif kind == "h1":
            out.append("## " + val + "\n")
        elif kind == "h2":
            out.append("### " + val + "\n")
        elif kind == "bullet":
            out.append("- " + val)
        elif kind == "note":
            out.append("> " + val + "\n")
        elif kind == "bold":
            out.append("**" + val + "**\n")
        elif kind == "page":
            out.append("\n---\n")
        elif kind == "table":
            ncol = max(len(r) for r in val)
            rows = [r + [""] * (ncol - len(r)) for r in val]
            out.append("")
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join(["---"] * ncol) + "|")
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        else:
            out.append(val + "\n")
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt)
    return txt.strip() + "\n"


def to_text(body, width_rule=True):
    out = []
    for kind, val in parse(body):
        if kind == "title":
            out += [val.upper() if val.isascii() else val, "=" * min(len(val) * (1 if val.isascii() else 2), 78), ""]
        elif kind == "h1":
            out += ["", val, "-" * min(len(val) * (1 if val.isascii() else 2), 78)]
        elif kind == "h2":
            out += ["", val]
        elif kind == "bullet":
            out.append("  * " + val)
        elif kind == "note":
            out.append("  (" + val + ")")
        elif kind == "bold":
            out.append(val)
        elif kind == "page":
            out.append("")
        elif kind == "table":
            ncol = max(len(r) for r in val)
            rows = [r + [""] * (ncol - len(r)) for r in val]
            w = [max(len(r[j]) for r in rows) for j in range(ncol)]
            out.append("")
            for i, r in enumerate(rows):
                out.append("  " + "  ".join(r[j].ljust(w[j]) for j in range(ncol)).rstrip())
                if i == 0:
                    out.append("  " + "  ".join("-" * w[j] for j in range(ncol)))
            out.append("")
        else:
            out += [val, ""] if val else [""]
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt)
    return txt.strip() + "\n"


def render_md(doc, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc["raw"] if "raw" in doc else to_markdown(doc["body"]))


def render_txt(doc, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc["raw"] if "raw" in doc else to_text(doc["body"]))


def render_eml(doc, path):
    with open(path, "wb") as f:
        f.write(doc["raw"].replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))


# ----------------------------------------------------------------------------
# PPTX: doc["slides"] = list of dicts {title, bullets[], table[[...]], notes, subtitle}
# ----------------------------------------------------------------------------
def render_pptx(doc, path):
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    for i, s in enumerate(doc["slides"]):
        if i == 0:
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = s["title"]
            slide.placeholders[1].text = s.get("subtitle", "")
        elif s.get("table"):
            slide = prs.slides.add_slide(prs.slide_layouts[5])
            slide.shapes.title.text = s["title"]
            top = Inches(1.5)
            if s.get("bullets"):
                tb = slide.shapes.add_textbox(Inches(0.6), Inches(1.35), Inches(12.1), Inches(1.0))
                tf = tb.text_frame
                tf.word_wrap = True
                for k, b in enumerate(s["bullets"]):
                    p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                    p.text = b
                    p.font.size = Pt(13)
                top = Inches(1.45 + 0.36 * len(s["bullets"]))
            rows = s["table"]
            ncol = max(len(r) for r in rows)
            shape = slide.shapes.add_table(len(rows), ncol, Inches(0.6), top, Inches(12.1),
                                           Inches(0.32 * len(rows)))
            tbl = shape.table
            fs = Pt(11 if len(rows) < 10 else 9.5)
            for r, row in enumerate(rows):
                for c in range(ncol):
                    cell = tbl.cell(r, c)
                    cell.text = row[c] if c < len(row) else ""
                    for p in cell.text_frame.paragraphs:
                        p.font.size = fs
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[1])
            slide.shapes.title.text = s["title"]
            body = slide.placeholders[1]
            body.left, body.top, body.width, body.height = Inches(0.6), Inches(1.5), Inches(12.1), Inches(5.6)
            tf = body.text_frame
            for k, b in enumerate(s.get("bullets", [])):
                p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                lvl = 0
                while b.startswith("  "):
                    b = b[2:]
                    lvl += 1
                p.text = b
                p.level = lvl
                p.font.size = Pt(18 if len(s["bullets"]) <= 6 else 15 if len(s["bullets"]) <= 9 else 13)
        if s.get("notes"):
            slide.notes_slide.notes_text_frame.text = s["notes"]
    cp = prs.core_properties
    cp.author = doc.get("author", "")
    cp.last_modified_by = doc.get("author", "")
    cp.title = doc.get("title", "")
    cp.revision = doc.get("revision", 7)
    when = fixed_dt(doc["date"])
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    buf = io.BytesIO()
    prs.save(buf)
    with open(path, "wb") as f:
        f.write(normalise_zip(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ")))


# ----------------------------------------------------------------------------
# XLSX: doc["sheets"] = list of (name, rows, col_widths or None)
# ----------------------------------------------------------------------------
def render_xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows, widths in doc["sheets"]:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        hdr = doc.get("header_rows", {}).get(name, 1)
        for row in ws.iter_rows(min_row=hdr, max_row=hdr):
            for c in row:
                c.font = Font(bold=True)
                c.fill = PatternFill("solid", fgColor="DDE4EE")
        if widths:
            for j, w in enumerate(widths):
                ws.column_dimensions[chr(65 + j)].width = w
    when = fixed_dt(doc["date"])
    wb.properties.creator = doc.get("author", "")
    wb.properties.lastModifiedBy = doc.get("author", "")
    wb.properties.title = doc.get("title", "")
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as f:
        f.write(normalise_zip(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ")))


RENDER = {"docx": render_docx, "pdf": render_pdf, "md": render_md, "txt": render_txt,
          "eml": render_eml, "pptx": render_pptx, "xlsx": render_xlsx}

LABEL_KEYS = ["file", "verdict", "control_codes", "categories", "magnet_types", "carrier",
              "exclusion", "language", "hard_negative", "format", "note"]


def text_length(doc):
    if "body" in doc:
        return len(doc["body"])
    if "raw" in doc:
        return len(doc["raw"])
    if "slides" in doc:
        return sum(len(json.dumps(s, ensure_ascii=False)) for s in doc["slides"])
    if "sheets" in doc:
        return sum(len(json.dumps(r, ensure_ascii=False)) for _, rows, _ in doc["sheets"] for r in rows)
    return 0


def main():
    if not os.path.exists(FONT):
        sys.exit("ERROR: CJK font missing: %s\n  install with: apt-get install -y fonts-wqy-microhei" % FONT)
    os.makedirs(OUT, exist_ok=True)
    labels = []
    for mod in MODULES:
        m = importlib.import_module(mod)
        doc = m.DOC
        fmt = doc["file"].rsplit(".", 1)[1]
        path = os.path.join(OUT, doc["file"])
        RENDER[fmt](doc, path)
        lab = dict(doc["label"])
        lab["file"] = doc["file"]
        lab["format"] = fmt
        lab.setdefault("hard_negative", False)
        lab.setdefault("exclusion", None)
        lab.setdefault("magnet_types", [])
        labels.append({k: lab[k] for k in LABEL_KEYS})
        print("%-70s %-10s %6d chars" % (doc["file"], lab["verdict"], text_length(doc)))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    write_readme(labels)


def write_readme(labels):
    def cnt(key):
        c = Counter(l[key] for l in labels)
        return ", ".join("%s %d" % (k, c[k]) for k in sorted(c))
    txt = f"""# Sealed test set 2026-12 — folder a

Written by **author A**. Brief: *long and mixed documents* — annual/ESG reports, JV proposals,
due-diligence and trip reports, training and overhaul manuals, slide decks, multi-sheet workbooks,
bilingual contracts, tender specifications, market reports, journal papers, patent applications and
research proposals, in which rare-earth technology (if any) may sit in one part only.

Labels follow `shared/docs/DOMAIN.md` and the regulation text in `shared/seed/mofcom-2025-61-62.txt`.

## Regenerate

```
/work/main/.venv/bin/python make.py
```

`make.py` reads the document sources in `src/` and rewrites `files/`, `labels.jsonl` and this README.
Output is byte-for-byte reproducible (fixed core-property dates, fixed zip entry timestamps, fixed PDF
creation date, no randomness). PDFs need the CJK font `/usr/share/fonts/truetype/wqy/wqy-microhei.ttc`
(`apt-get install -y fonts-wqy-microhei`); `make.py` stops with a message if it is missing.

## Counts ({len(labels)} documents)

- verdict: {cnt('verdict')}
- format: {cnt('format')}
- language: {cnt('language')}
- hard negatives among clear: {sum(1 for l in labels if l['hard_negative'])}
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


if __name__ == "__main__":
    main()
