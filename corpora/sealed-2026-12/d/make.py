#!/usr/bin/env python3
"""Sealed test set, author D (hard negatives and coded sheets).

Regenerates every file under files/ and labels.jsonl byte-for-byte:
fixed dates, fixed random seeds, zip containers (docx/xlsx) rewritten
with fixed timestamps.  Run with:  /work/main/.venv/bin/python make.py

PDFs with Chinese text need the WenQuanYi Micro Hei font:
    apt-get install -y fonts-wqy-microhei
"""
import csv
import datetime as dt
import io
import json
import math
import os
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

if not os.path.exists(FONT):
    sys.stderr.write(
        "ERROR: Chinese font missing: %s\n"
        "Install it first:  apt-get install -y fonts-wqy-microhei\n"
        "(make.py needs it to build the PDFs with Chinese text; nothing was written.)\n" % FONT)
    sys.exit(2)

from fpdf import FPDF  # noqa: E402
from docx import Document  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font, Alignment, PatternFill  # noqa: E402

FIXED = dt.datetime(2025, 11, 20, 8, 0, 0, tzinfo=dt.timezone.utc)
FIXED_NAIVE = dt.datetime(2025, 11, 20, 8, 0, 0)
ZIP_DT = (2025, 11, 20, 8, 0, 0)

LABELS = []


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def L(file, verdict, codes, cats, mtypes, carrier, exclusion, lang, hard, fmt, note):
    LABELS.append({
        "file": file, "verdict": verdict, "control_codes": codes,
        "categories": cats, "magnet_types": mtypes, "carrier": carrier,
        "exclusion": exclusion, "language": lang, "hard_negative": hard,
        "format": fmt, "note": note,
    })


def path_for(rel):
    p = OUT / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def write_text(rel, text, encoding="utf-8", newline="\n", bom=False):
    p = path_for(rel)
    text = text.replace("\r\n", "\n")
    if newline != "\n":
        text = text.replace("\n", newline)
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    p.write_bytes(data)


def write_csv(rel, rows, encoding="utf-8", newline="\r\n", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    write_text(rel, buf.getvalue(), encoding=encoding, newline=newline, bom=bom)


def normalize_zip(p):
    """Rewrite an OOXML zip with fixed timestamps so output is reproducible."""
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z2:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2025-11-20T08:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z2.writestr(zi, data)
    Path(p).write_bytes(out.getvalue())


# ---- DOCX ----------------------------------------------------------------
def new_docx(author, title, east="SimSun", west="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = west
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), east)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_NAIVE
    cp.modified = FIXED_NAIVE
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    return d


def dh(d, text, level=1):
    d.add_heading(text, level=level)


def dp(d, text, bold=False, italic=False, size=None, align=None):
    para = d.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align == "center":
        para.alignment = 1
    elif align == "right":
        para.alignment = 2
    return para


def dbul(d, items, style="List Bullet"):
    for it in items:
        d.add_paragraph(it, style=style)


def dtable(d, rows, header=True, widths=None, size=9):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(c))
            run.font.size = Pt(size)
            if header and i == 0:
                run.bold = True
            if widths:
                cell.width = Cm(widths[j])
    d.add_paragraph()
    return t


def save_docx(d, rel):
    p = path_for(rel)
    d.save(p)
    normalize_zip(p)


# ---- XLSX ----------------------------------------------------------------
HFONT = Font(bold=True)
HFILL = PatternFill("solid", fgColor="DDEBF7")


def new_wb(creator):
    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_NAIVE
    wb.properties.modified = FIXED_NAIVE
    return wb


def ws_put(ws, rows, start_row=1, header_rows=(1,), widths=None):
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=start_row + i, column=j + 1, value=v)
            if (start_row + i) in header_rows:
                c.font = HFONT
                c.fill = HFILL
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if widths:
        from openpyxl.utils import get_column_letter
        for j, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(j + 1)].width = w


def save_wb(wb, rel):
    p = path_for(rel)
    wb.save(p)
    normalize_zip(p)


# ---- PDF -----------------------------------------------------------------
def fx(t):
    """WenQuanYi Micro Hei has an empty outline for U+2103; print it as degree + C."""
    return str(t).replace("\u2103", "\u00b0C")


class Doc(FPDF):
    header_text = ""
    footer_text = ""

    def header(self):
        if self.header_text:
            self.set_font("wqy", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, fx(self.header_text), new_x="LMARGIN", new_y="NEXT", align="R")
            self.set_text_color(0, 0, 0)
            self.ln(1)

    def footer(self):
        self.set_y(-12)
        self.set_font("wqy", "", 7.5)
        self.set_text_color(110, 110, 110)
        txt = (self.footer_text + "   " if self.footer_text else "") + "%d" % self.page_no()
        self.cell(0, 5, fx(txt), align="C")
        self.set_text_color(0, 0, 0)


def new_pdf(orientation="P", fmt="A4", header="", footer="", title="", author=""):
    pdf = Doc(orientation=orientation, unit="mm", format=fmt)
    pdf.header_text = header
    pdf.footer_text = footer
    pdf.add_font("wqy", "", FONT, collection_font_number=0)
    pdf.add_font("wqy", "B", FONT, collection_font_number=0)
    pdf.set_creation_date(FIXED)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("report-writer")
    pdf.set_producer("report-writer")
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(18, 14, 18)
    return pdf


def render(pdf, blocks):
    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.set_font("wqy", "B", 16)
            pdf.multi_cell(0, 8.5, fx(b[1]), new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(2)
        elif k == "subtitle":
            pdf.set_font("wqy", "", 10.5)
            pdf.set_text_color(70, 70, 70)
            pdf.multi_cell(0, 5.5, fx(b[1]), new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif k == "h":
            pdf.ln(1.5)
            pdf.set_font("wqy", "B", 12)
            pdf.multi_cell(0, 6.5, fx(b[1]), new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(0.5)
        elif k == "h2":
            pdf.set_font("wqy", "B", 10.5)
            pdf.multi_cell(0, 6, fx(b[1]), new_x="LMARGIN", new_y="NEXT", align="L")
        elif k == "p":
            pdf.set_font("wqy", "", 9.5)
            pdf.multi_cell(0, 5.2, fx(b[1]), new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1.2)
        elif k == "small":
            pdf.set_font("wqy", "", 7.8)
            pdf.multi_cell(0, 4.2, fx(b[1]), new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(0.8)
        elif k == "bullets":
            pdf.set_font("wqy", "", 9.5)
            for it in b[1]:
                pdf.multi_cell(0, 5.2, "\u2022 " + fx(it), new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1)
        elif k == "table":
            rows, widths = b[1], b[2]
            size = b[3] if len(b) > 3 else 8.3
            pdf.set_font("wqy", "", size)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=size * 0.55,
                           first_row_as_headings=True) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(fx(c))
            pdf.ln(2)
        elif k == "space":
            pdf.ln(b[1])
        elif k == "page":
            pdf.add_page()
        else:
            raise ValueError(k)


def save_pdf(pdf, rel):
    p = path_for(rel)
    pdf.output(str(p))


# ==========================================================================
# CLEAR documents (hard negatives)
# ==========================================================================
def c01_shop_html():
    rel = "web/page-8842.html"
    grades = [
        ("N35", "1.17–1.22", "11.7–12.2", "≥ 868", "≥ 955", "263–287", "33–36", "80"),
        ("N42", "1.28–1.32", "12.8–13.2", "≥ 923", "≥ 955", "318–342", "40–43", "80"),
        ("N48", "1.37–1.42", "13.7–14.2", "≥ 836", "≥ 876", "358–382", "45–48", "80"),
        ("N52", "1.43–1.48", "14.3–14.8", "≥ 836", "≥ 876", "398–422", "50–53", "60"),
        ("N42SH", "1.28–1.32", "12.8–13.2", "≥ 963", "≥ 1592", "318–342", "40–43", "150"),
        ("N38UH", "1.22–1.26", "12.2–12.6", "≥ 923", "≥ 1990", "287–310", "36–39", "180"),
        ("N35EH", "1.17–1.22", "11.7–12.2", "≥ 876", "≥ 2388", "263–287", "33–36", "200"),
    ]
    coatings = [
        ("Ni-Cu-Ni (standard)", "10–20", "Bright silver", "24–48 h NSS", "Indoor, general purpose"),
        ("Zinc (Zn)", "5–10", "Blue-white", "12–24 h NSS", "Low cost, glued assemblies"),
        ("Black epoxy", "15–25", "Black", "72–96 h NSS", "Humid environments, motors"),
        ("Ni-Cu-Ni + epoxy", "25–35", "Black", "≥ 120 h NSS", "Outdoor, marine"),
        ("Parylene C", "5–20", "Transparent", "≥ 96 h NSS", "Medical, sensors"),
        ("Phosphate passivation", "1–3", "Grey", "n/a (temporary)", "Parts to be bonded / potted"),
    ]
    rows_g = "\n".join(
        "          <tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % g
        for g in grades)
    rows_c = "\n".join(
        "          <tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % c for c in coatings)
    ld = {
        "@context": "https://schema.org/", "@type": "Product",
        "name": "Neodymium Block Magnet 40 x 20 x 10 mm N42SH Ni-Cu-Ni",
        "sku": "NB-402010-42SH-N", "brand": {"@type": "Brand", "name": "MagnaStore"},
        "material": "Sintered NdFeB",
        "offers": {"@type": "AggregateOffer", "priceCurrency": "USD", "lowPrice": "2.41",
                   "highPrice": "3.85", "availability": "https://schema.org/InStock"},
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.7", "reviewCount": "212"},
    }
    html = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Neodymium Block Magnet 40 x 20 x 10 mm | N42SH | Ni-Cu-Ni | MagnaStore</title>
  <meta name="description" content="Sintered neodymium (NdFeB) block magnet 40x20x10 mm, grade N42SH, nickel plated, magnetised through 10 mm. Pull force approx. 38 kg. Ships from EU warehouse.">
  <link rel="canonical" href="https://www.magnastore.example/neodymium-block-magnets/nb-402010-42sh-n">
  <style>
    body{font-family:Arial,Helvetica,sans-serif;color:#222;margin:0}
    header,footer{background:#0b3a5b;color:#fff;padding:10px 24px}
    main{max-width:1100px;margin:auto;padding:16px 24px}
    table{border-collapse:collapse;margin:10px 0;font-size:13px}
    td,th{border:1px solid #bbb;padding:4px 8px;text-align:left}
    th{background:#eef3f7}
    .price td{font-weight:bold}
    .warn{background:#fff4e5;border-left:4px solid #f0a020;padding:8px 12px}
    .crumbs{font-size:12px;color:#666}
  </style>
  <script type="application/ld+json">
%s
  </script>
</head>
<body>
<header><b>MagnaStore</b> &mdash; Permanent magnets for engineers &amp; makers &nbsp;|&nbsp; Free shipping over &euro;150 (EU)</header>
<main>
  <p class="crumbs">Home &rsaquo; Neodymium magnets &rsaquo; Block magnets &rsaquo; 40 x 20 x 10 mm</p>
  <h1>Neodymium Block Magnet 40 &times; 20 &times; 10 mm, N42SH, Ni-Cu-Ni</h1>
  <p>SKU NB-402010-42SH-N &nbsp;&middot;&nbsp; &#9733;&#9733;&#9733;&#9733;&#9734; 4.7 (212 reviews) &nbsp;&middot;&nbsp; <b>In stock: 3,840 pcs</b> (EU warehouse, dispatch in 1 working day)</p>

  <h2>Price</h2>
  <table class="price">
    <tr><th>Quantity</th><th>Unit price (excl. VAT)</th></tr>
    <tr><td>1 &ndash; 99</td><td>USD 3.85</td></tr>
    <tr><td>100 &ndash; 499</td><td>USD 2.96</td></tr>
    <tr><td>500 &ndash; 1,999</td><td>USD 2.41</td></tr>
    <tr><td>&ge; 2,000</td><td>Request a quote</td></tr>
  </table>
  <form>
    <label>Grade <select name="grade"><option>N35</option><option>N42</option><option>N48</option><option>N52</option><option selected>N42SH</option><option>N38UH</option><option>N35EH</option></select></label>
    <label>Coating <select name="coating"><option selected>Ni-Cu-Ni</option><option>Zn</option><option>Black epoxy</option><option>Ni-Cu-Ni + epoxy</option><option>Parylene C</option></select></label>
    <label>Qty <input type="number" name="qty" value="10" min="1"></label>
    <button type="button">Add to basket</button>
  </form>

  <h2>Specifications</h2>
  <table>
    <tr><th>Material</th><td>Sintered NdFeB (neodymium-iron-boron), anisotropic</td></tr>
    <tr><th>Dimensions</th><td>40 &times; 20 &times; 10 mm, tolerance &plusmn;0.05 mm</td></tr>
    <tr><th>Magnetisation direction</th><td>Axial through 10 mm (N and S on the 40 &times; 20 faces)</td></tr>
    <tr><th>Grade</th><td>N42SH</td></tr>
    <tr><th>Remanence Br</th><td>1.28 &ndash; 1.32 T (12.8 &ndash; 13.2 kG)</td></tr>
    <tr><th>Coercivity HcB</th><td>&ge; 963 kA/m (&ge; 12.1 kOe)</td></tr>
    <tr><th>Intrinsic coercivity HcJ</th><td>&ge; 1592 kA/m (&ge; 20 kOe)</td></tr>
    <tr><th>Energy product (BH)max</th><td>318 &ndash; 342 kJ/m&sup3; (40 &ndash; 43 MGOe)</td></tr>
    <tr><th>Max. working temperature</th><td>150 &deg;C (depends on shape; L/D ratio &ge; 0.7)</td></tr>
    <tr><th>Temperature coefficient of Br</th><td>approx. &minus;0.12 %%/K</td></tr>
    <tr><th>Pull force (steel plate, 10 mm)</th><td>approx. 38 kg (373 N)</td></tr>
    <tr><th>Weight</th><td>60.0 g</td></tr>
    <tr><th>Coating</th><td>Ni-Cu-Ni, 10&ndash;20 &micro;m</td></tr>
    <tr><th>RoHS / REACH</th><td>Compliant; declaration available on request</td></tr>
    <tr><th>Country of origin</th><td>China</td></tr>
  </table>

  <h2>Grade overview (typical values at 20 &deg;C)</h2>
  <table>
    <tr><th>Grade</th><th>Br (T)</th><th>Br (kG)</th><th>HcB (kA/m)</th><th>HcJ (kA/m)</th><th>(BH)max (kJ/m&sup3;)</th><th>(BH)max (MGOe)</th><th>Max. temp. (&deg;C)</th></tr>
%s
  </table>
  <p>Grade letters: none = 80 &deg;C, M = 100 &deg;C, H = 120 &deg;C, SH = 150 &deg;C, UH = 180 &deg;C, EH = 200 &deg;C, AH = 230 &deg;C. High-temperature grades are heavier on dysprosium/terbium and priced higher; the surcharge follows the monthly material index shown in your basket.</p>

  <h2>Coatings</h2>
  <table>
    <tr><th>Coating</th><th>Thickness (&micro;m)</th><th>Colour</th><th>Salt-spray resistance</th><th>Recommended for</th></tr>
%s
  </table>

  <div class="warn"><b>Safety.</b> Neodymium magnets are brittle and extremely strong. Keep away from pacemakers (&ge; 10 cm), credit cards and mechanical watches. Two magnets of this size can crush fingers. Not a toy &mdash; keep away from children. Do not machine or drill: the dust is flammable.</div>

  <h2>Shipping</h2>
  <p>Air shipments are packed in steel-shielded boxes so that the field at 2.1 m is below the IATA PI 953 limit (0.00525 gauss). Sea and road freight: no restriction. Orders over 25 kg ship as &ldquo;magnetised material&rdquo; with a shipper&rsquo;s declaration. Magnets are finished goods; we do not supply manufacturing documentation.</p>

  <h2>Customer questions</h2>
  <p><b>Q:</b> Will N42SH lose strength in a 120 &deg;C motor? <br><b>A:</b> Not if the working point is reasonable. SH is rated to 150 &deg;C for a permeance coefficient around 1. For thin parts in strong reverse fields choose UH or EH.</p>
  <p><b>Q:</b> Can you supply these unmagnetised? <br><b>A:</b> Yes, from 500 pcs, with a 2-week lead time. You will need a pulse magnetiser of about 3 T (&asymp; 2,400 kA/m) to saturate SH grades.</p>
  <p><b>Q:</b> Do you have a material certificate? <br><b>A:</b> Each batch ships with a CoC listing Br, HcJ and (BH)max measured on a hysteresigraph, plus coating thickness.</p>

  <h2>Reviews</h2>
  <p>&#9733;&#9733;&#9733;&#9733;&#9733; <i>&ldquo;Exactly to spec, measured 1.30 T on our Permagraph. Used for a linear actuator.&rdquo;</i> &mdash; Jonas K., 2025-09-14</p>
  <p>&#9733;&#9733;&#9733;&#9733;&#9734; <i>&ldquo;Great magnets, one had a chipped corner, replaced quickly.&rdquo;</i> &mdash; M. Rossi, 2025-10-02</p>
</main>
<footer>&copy; 2025 MagnaStore GmbH &middot; Terms &middot; Privacy &middot; Imprint &middot; Prices excl. VAT</footer>
</body>
</html>
""" % (json.dumps(ld, indent=2, ensure_ascii=False), rows_g, rows_c)
    write_text(rel, html)
    L(rel, "clear", [], [], [], "other", None, "en", True, "html",
      "Web-shop product page for bought sintered magnets: grades, Br/HcJ, coatings, prices; no manufacturing know-how.")


def c02_buyers_guide_md():
    rel = "notes/note-0311.md"
    md = """# Choosing a permanent magnet: NdFeB, SmCo, ferrite or AlNiCo?

*A buyer's guide for design and purchasing engineers — revision 3, November 2025*

Most magnet problems we see in the field are specification problems, not supplier problems.
This guide walks through the questions to answer **before** you send a request for quotation.

## 1. The four families at a glance

| Property (typical, 20 °C) | Sintered NdFeB | SmCo 1:5 | SmCo 2:17 | Hard ferrite (Sr) | Cast AlNiCo 5 |
|---|---|---|---|---|---|
| Remanence Br (T) | 1.17 – 1.48 | 0.85 – 0.95 | 1.00 – 1.15 | 0.38 – 0.46 | 1.20 – 1.30 |
| Intrinsic coercivity HcJ (kA/m) | 875 – 2,800 | 1,200 – 2,000 | 1,400 – 2,400 | 240 – 440 | 48 – 56 |
| (BH)max (kJ/m³) | 260 – 420 | 140 – 190 | 190 – 250 | 26 – 40 | 40 – 44 |
| Temp. coefficient of Br (%/K) | −0.11 to −0.12 | −0.04 | −0.03 | −0.20 | −0.02 |
| Max. working temperature (°C) | 80 – 230 (grade) | 250 | 300 – 350 | 250 | 450 – 500 |
| Density (g/cm³) | 7.5 – 7.6 | 8.3 | 8.4 | 4.9 – 5.0 | 7.3 |
| Corrosion resistance | poor – needs coating | good | good | excellent | good |
| Mechanical | brittle | very brittle | very brittle | brittle | tough-ish |
| Relative cost per kg | 1.0 | 3 – 4 | 3 – 4 | 0.05 – 0.1 | 1.5 – 2 |

## 2. Questions to answer first

1. **Maximum operating temperature** including hot-spots and overload. A traction motor that runs at 140 °C
   continuously may see 170 °C for 30 s.
2. **Worst-case reverse field** (short circuit, field weakening). Ask your electromagnetic designer for the
   minimum load line at the worst temperature — not the nominal one.
3. **Permeance coefficient (Pc)**: thin magnets (low L/D) are far more sensitive to demagnetisation.
4. **Environment**: humidity, salt, oil, vacuum, radiation, outgassing limits.
5. **Space and mass budget**: NdFeB gives the most flux per cm³; ferrite needs 3–4× the volume.
6. **Supply chain**: qualification time, dual sourcing, lead times and export licensing of the source country.

## 3. Rules of thumb

* **Up to ~150 °C, compact and strong → NdFeB.** Pick the lowest grade that survives your worst case;
  every step from H to SH to UH costs coercivity margin money (heavy rare earth content) and some Br.
* **Above 180 °C, or where thermal stability matters (sensors, aerospace, instruments) → SmCo 2:17.**
  Lower Br, but a flux that barely moves with temperature.
* **Cheap, large, low-field (loudspeakers, DC motors, appliance pumps) → ferrite.** Ferrite's HcJ *rises* with
  temperature; watch out for cold demagnetisation below −20 °C instead.
* **Very high temperature, low coercivity acceptable (guitar pickups, meters, some sensors) → AlNiCo.**
  Long magnets only (L/D > 4), never in a strong reverse field.
* **Bonded NdFeB** (compression or injection moulded) when you need complex shapes, thin rings with
  multipole magnetisation, or tight tolerances without grinding. Br only 0.6–0.75 T.

## 4. Writing the specification

A good purchase specification states:

* grade per IEC 60404-8-1 or GB/T 13560 designation *and* the minimum values you actually need
  (Br, HcJ, (BH)max at 20 °C; HcJ at the maximum temperature if it matters);
* dimensions and tolerances (±0.05 mm is standard after grinding; ±0.02 mm costs extra),
  chamfers, and which faces are functional;
* magnetisation direction, polarity marking, and whether parts ship magnetised;
* coating type, thickness and the acceptance test (e.g. neutral salt spray 48 h, PCT 121 °C / 2 bar / 96 h);
* irreversible flux loss test, e.g. < 3 % after 2 h at 150 °C on a sample with Pc = 1;
* packaging (spacers, shielding for air freight) and the certificate of conformity contents;
* sampling plan for your incoming inspection (see our IQC template).

## 5. A note on supply

Practically all sintered NdFeB and most SmCo is produced in China, and since late 2025 some shipments need
licences at the exporter's side. For design engineers the practical effect is longer lead times and more
paperwork: ask your supplier early which documents they need from you (end-use statements, end-user
certificates) and build 8–12 weeks of buffer into prototype schedules. None of this changes how you specify
the magnet itself.

## 6. Checklist before RFQ

- [ ] Worst-case temperature and reverse field agreed with the motor/actuator designer
- [ ] Grade chosen with ≥ 10 % HcJ margin at worst case
- [ ] Coating and corrosion test defined
- [ ] Drawing with tolerances and magnetisation direction
- [ ] Incoming inspection plan and AQL
- [ ] Second source identified

*Questions? Contact the application engineering team.*
"""
    write_text(rel, md)
    L(rel, "clear", [], [], [], "other", None, "en", True, "md",
      "Buyer's guide comparing magnet families and how to specify bought magnets; no production technology.")


def c03_catalogue_pdf():
    rel = "pdf/HD-2026-01.pdf"
    pdf = new_pdf(header="华东磁源贸易有限公司 · 2026 产品目录 / Product Catalogue 2026",
                  footer="本目录数据为典型值，以出货质保书为准 / Typical values; CoC prevails",
                  title="2026 产品目录", author="华东磁源贸易有限公司")
    pdf.add_page()
    blocks = [
        ("title", "华东磁源贸易有限公司\n2026 产品目录 Product Catalogue"),
        ("subtitle", "永磁体 · 稀土功能材料 · 磁性组件 ｜ Permanent magnets · Rare-earth functional materials · Magnetic assemblies\n"
                     "地址：浙江省宁波市鄞州区 ×× 路 88 号  电话：0574-8××× 6621  网址：www.hdcy-magnet.example"),
        ("h", "1. 公司简介 About us"),
        ("p", "本公司为永磁材料专业经销商，成立于 2009 年，代理国内六家主流磁材厂的烧结钕铁硼、粘结钕铁硼、钐钴和铁氧体产品，"
              "现货库存约 45 吨，覆盖 2,300 余个规格。我们不从事磁体生产，所售产品均为厂家成品，按客户图纸分装、检验和配送。"
              " We are a stocking distributor, not a manufacturer: all magnets are finished parts bought from partner plants."),
        ("h", "2. 烧结钕铁硼 Sintered NdFeB"),
        ("table", [
            ["牌号 Grade", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "工作温度 (℃)", "现货形状"],
            ["N35", "1.17–1.22", "≥ 955", "263–287", "80", "方块/圆片/圆环"],
            ["N42", "1.28–1.32", "≥ 955", "318–342", "80", "方块/圆片"],
            ["N52", "1.43–1.48", "≥ 876", "398–422", "60", "方块/圆片"],
            ["N45M", "1.32–1.38", "≥ 1114", "342–366", "100", "方块"],
            ["N42H", "1.28–1.32", "≥ 1353", "318–342", "120", "方块/瓦形"],
            ["N45SH", "1.32–1.38", "≥ 1592", "342–366", "150", "方块/瓦形"],
            ["N42UH", "1.28–1.32", "≥ 1990", "318–342", "180", "方块/瓦形"],
            ["N38EH", "1.22–1.26", "≥ 2388", "287–310", "200", "方块"],
            ["N33AH", "1.14–1.19", "≥ 2706", "247–271", "230", "定制"],
        ], (22, 22, 26, 30, 26, 34)),
        ("p", "表面处理：镀镍 (Ni-Cu-Ni 10–20 µm)、镀锌 (5–10 µm)、环氧 (15–25 µm)、磷化、派瑞林。"
              "尺寸公差：常规 ±0.05 mm，精磨 ±0.02 mm。充磁方向：轴向、径向（圆环）、多极（需注明极数）。"),
        ("h", "3. 粘结钕铁硼 Bonded NdFeB"),
        ("table", [
            ["牌号", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "成型方式", "典型用途"],
            ["BNP-8", "0.60–0.64", "≥ 640", "56–64", "压缩 Compression", "主轴电机、硬盘"],
            ["BNP-10", "0.66–0.70", "≥ 640", "72–80", "压缩 Compression", "步进电机"],
            ["BNP-12L", "0.70–0.74", "≥ 560", "88–96", "压缩 Compression", "传感器"],
            ["BNI-6", "0.50–0.55", "≥ 680", "40–48", "注塑 Injection", "多极转子、编码器"],
        ], (22, 22, 24, 30, 36, 46)),
        ("h", "4. 钐钴 SmCo"),
        ("table", [
            ["牌号", "类型", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "αBr (%/℃)", "最高温度 (℃)"],
            ["YX-18", "SmCo5 (1:5)", "0.85–0.90", "≥ 1592", "135–151", "−0.04", "250"],
            ["YX-22", "SmCo5 (1:5)", "0.92–0.96", "≥ 1592", "159–175", "−0.04", "250"],
            ["YXG-26H", "Sm2Co17 (2:17)", "1.02–1.05", "≥ 1990", "191–207", "−0.03", "350"],
            ["YXG-30", "Sm2Co17 (2:17)", "1.08–1.10", "≥ 1433", "222–238", "−0.03", "300"],
        ], (22, 28, 22, 24, 28, 22, 24)),
        ("h", "5. 铁氧体 Ferrite"),
        ("table", [
            ["牌号", "Br (mT)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "用途"],
            ["Y30BH", "380–400", "230–250", "27–30", "扬声器、直流电机"],
            ["Y35", "400–420", "180–220", "30–32", "电机瓦"],
            ["FB9N (LaCo 取代)", "440–455", "380–400", "37–40", "汽车电机"],
        ], (36, 26, 26, 30, 52)),
        ("h", "6. 稀土功能材料 Rare-earth functional materials (代销)"),
        ("table", [
            ["品名", "规格", "包装", "适用"],
            ["铈基抛光粉 CP-30", "CeO2/TREO ≥ 63%，D50 1.2–1.5 µm", "25 kg/袋", "光学玻璃、盖板玻璃"],
            ["铈基抛光粉 CP-50", "CeO2/TREO ≥ 99%，D50 0.5–0.8 µm", "20 kg/桶", "精密光学、晶圆"],
            ["YAG:Ce 荧光粉", "峰值 550 nm，D50 13 µm", "1 kg/瓶", "白光 LED"],
            ["氧化镧 La2O3", "4N，D50 3–5 µm", "25 kg/桶", "光学玻璃配料"],
        ], (40, 62, 24, 48)),
        ("h", "7. 订货须知 Ordering information"),
        ("bullets", [
            "最小起订量：现货 1 件；定制规格 500 件或 5 kg（以大者计）。",
            "交货期：现货 2 个工作日；定制 4–6 周；钐钴及 EH/AH 高牌号 8–10 周。",
            "价格：烧结钕铁硼报价随原料价格浮动，按下单当月上海有色网氧化镨钕月均价联动，基准 50 万元/吨，每变动 1 万元/吨，"
            "N 系列单价调整 0.8%，H 及以上牌号另按镝铽价格联动。",
            "出口订单：成品磁体按海关编码 8505111000 申报；如需最终用户声明，请于下单时提供。",
            "质量文件：每批随货提供出货质保书（CoC）、RoHS/REACH 声明；退磁曲线需另行约定。",
        ]),
        ("small", "声明：本目录所列数据为供应商提供的典型值，仅供选型参考，不构成质量承诺。本公司不提供磁体生产工艺资料。"),
    ]
    render(pdf, blocks)
    save_pdf(pdf, rel)
    L(rel, "clear", [], [], [], "other", None, "mixed", True, "pdf",
      "Distributor catalogue of bought magnets and RE materials: grade tables, prices, ordering terms; no process.")


def c04_ceo2_polishing_docx():
    rel = "docx/TS-217.docx"
    d = new_docx("应用技术部", "CP-30 铈基抛光粉使用说明")
    dp(d, "技术服务资料 TS-217  第 4 版  2025-09-01", size=9, align="right")
    dh(d, "CP-30 铈基稀土抛光粉 使用说明", 0)
    dh(d, "一、产品简介", 1)
    dp(d, "CP-30 为镧铈复合氧化物抛光粉，适用于光学玻璃、液晶玻璃基板、手机盖板玻璃及眼镜片的粗抛和中抛。"
          "本资料仅说明产品在客户现场的使用、维护与储存方法。")
    dh(d, "二、产品指标", 1)
    dtable(d, [
        ["项目", "指标", "检测方法"],
        ["TREO (%)", "≥ 90", "重量法"],
        ["CeO2/TREO (%)", "62–65", "ICP-OES"],
        ["F (%)", "4.5–6.0", "离子选择电极"],
        ["D50 (µm)", "1.2–1.5", "激光粒度仪"],
        ["Dmax (µm)", "< 10", "激光粒度仪"],
        ["比表面积 (m²/g)", "3–5", "BET"],
        ["悬浮性（30 min 沉降体积 %）", "≥ 85", "量筒法"],
    ], widths=[5, 4, 4])
    dh(d, "三、配浆", 1)
    dbul(d, [
        "推荐浓度 8–12 wt%（浆液比重 1.06–1.10 g/cm³）；盖板玻璃粗抛可提高至 15 wt%。",
        "先加 80% 的去离子水，开启搅拌（300–500 rpm），缓慢加入抛光粉，避免结块；加完后补足水量，继续搅拌 30 min。",
        "如需分散剂，按粉重 0.5–1.0% 加入随货提供的 DS-2 分散剂。",
        "浆液 pH 应保持在 7.0–9.0，低于 6.5 时去除率明显下降，可用稀氨水调节。",
    ])
    dh(d, "四、抛光工艺参考（客户设备）", 1)
    dtable(d, [
        ["工件", "抛光垫", "压力 (g/cm²)", "下盘转速 (rpm)", "浆液流量 (L/min)", "浆温 (℃)", "参考去除率 (µm/min)"],
        ["K9 光学平片", "聚氨酯 LP-66", "100–150", "40–60", "2–4", "25–35", "0.8–1.2"],
        ["盖板玻璃 (铝硅)", "阻尼布", "120–180", "35–50", "4–6", "28–35", "0.6–0.9"],
        ["LCD 基板", "聚氨酯", "80–120", "30–45", "6–10", "25–30", "0.4–0.6"],
    ], size=8.5)
    dh(d, "五、使用中的维护", 1)
    dbul(d, [
        "循环系统加装 200 目滤网，每班清理一次，防止玻璃碎屑和团聚颗粒造成划伤。",
        "每 4 h 测一次比重，低于 1.05 时按比例补粉；每班测一次 pH。",
        "去除率下降到初始值的 60% 以下，或划伤率明显上升时，整槽更换浆液。",
        "停机超过 8 h 时保持低速搅拌，防止板结。",
    ])
    dh(d, "六、废浆与包装物", 1)
    dp(d, "更换下来的废浆经压滤后的滤饼属一般工业固废，请交由当地有资质的单位处置或回收；本公司可提供废浆回收服务的联系渠道，"
          "但不提供任何回收处理工艺。空包装袋可按一般包装废弃物处理。")
    dh(d, "七、储存与安全", 1)
    dbul(d, [
        "密封储存于阴凉干燥处，保质期 24 个月；受潮结块不影响使用，但需延长分散时间。",
        "粉尘作业佩戴防尘口罩；不慎入眼用清水冲洗。详见安全技术说明书 (SDS)。",
    ])
    dp(d, "如有疑问请联系应用技术部：400-8××-2170", italic=True)
    save_docx(d, rel)
    L(rel, "clear", [], [], [], "other", None, "zh", True, "docx",
      "Customer use guide for cerium-oxide polishing powder (slurry, pad, pH, replacement); no making or recycling technology.")


def c05_phosphor_pdf():
    rel = "pdf/AN-0419.pdf"
    pdf = new_pdf(header="Application Note AN-0419 · Rev. B · 2025-07", footer="LumaPhos Materials",
                  title="AN-0419 Phosphor dispensing", author="LumaPhos Applications Lab")
    pdf.add_page()
    render(pdf, [
        ("title", "Application Note AN-0419\nWorking with YAG:Ce and Nitride Phosphors in Silicone Encapsulants"),
        ("subtitle", "For LED packaging engineers. Covers storage, weighing, mixing, dispensing, curing and colour targeting "
                     "of our phosphor powders in customer packages. Phosphor synthesis is outside the scope of this note."),
        ("h", "1. Products covered"),
        ("table", [
            ["Product", "Host / activator", "Peak (nm)", "FWHM (nm)", "D50 (µm)", "Typical use"],
            ["LP-Y550", "Y3Al5O12:Ce3+ (YAG)", "550", "115", "13 ± 2", "Cool / neutral white"],
            ["LP-G535", "Lu3Al5O12:Ce3+ (LuAG)", "535", "105", "12 ± 2", "High-CRI green component"],
            ["LP-R630", "(Sr,Ca)AlSiN3:Eu2+", "630", "90", "15 ± 3", "Warm white, CRI > 90"],
            ["LP-R650", "CaAlSiN3:Eu2+", "650", "95", "14 ± 3", "R9 boost"],
        ], (24, 46, 18, 20, 20, 46)),
        ("h", "2. Storage and handling"),
        ("bullets", [
            "Store sealed at 10–30 °C and < 30 % RH. Nitride reds are moisture sensitive: open bottles in a dry cabinet.",
            "Let bottles equilibrate to room temperature for 2 h before opening to avoid condensation.",
            "Tumble bottles for 5 min before weighing; the coarse fraction settles during transport.",
        ]),
        ("h", "3. Mixing with silicone"),
        ("p", "Use a two-part phenyl silicone (refractive index 1.53) for mid-power packages or methyl silicone (1.41) "
              "for high-power COB. Typical loadings for a 5000 K target on a 450 nm die:"),
        ("table", [
            ["Package", "Silicone", "LP-Y550 (wt%)", "LP-R630 (wt%)", "Target CCT", "CIE x / y"],
            ["2835 mid-power, 0.2 W", "Phenyl A/B 1:4", "9.5", "0.6", "5000 K", "0.345 / 0.355"],
            ["3030 1 W", "Phenyl A/B 1:4", "11.0", "1.1", "4000 K", "0.380 / 0.377"],
            ["COB 1919, 30 W", "Methyl A/B 1:1", "14.5", "2.4", "3000 K", "0.434 / 0.403"],
        ], (36, 28, 24, 24, 22, 30)),
        ("bullets", [
            "Weigh silicone part A, add phosphors, then part B. Mix in a planetary centrifugal mixer: 2000 rpm for 2 min, "
            "then 2200 rpm for 1 min under vacuum (< 1 kPa) to defoam.",
            "Pot life at 25 °C is about 6 h for phenyl systems; discard after 8 h.",
            "Add 0.5–1.0 wt% fumed silica if phosphor settling during dispensing shifts colour by more than 3 SDCM.",
        ]),
        ("h", "4. Dispensing and curing"),
        ("p", "Dispense with a jet or time-pressure valve; check the first 20 packages on the spectrometer and adjust "
              "volume before production. Standard cure: 80 °C for 1 h (levelling) followed by 150 °C for 2 h. For COB "
              "with dams, 100 °C for 1 h then 150 °C for 3 h reduces cracking."),
        ("h", "5. Troubleshooting"),
        ("table", [
            ["Symptom", "Likely cause", "Action"],
            ["CCT drifts cold during shift", "Phosphor settling in syringe", "Shorter syringe change interval; add thixotrope"],
            ["Yellow ring at package edge", "Uneven phosphor distribution", "Lower viscosity; check dispense height"],
            ["Flux drops after 1000 h at 85 °C/85 % RH", "Moisture attack on nitride red", "Use coated grade LP-R630C"],
            ["Bubbles after cure", "Insufficient defoaming", "Increase vacuum time; pre-bake substrates 150 °C 30 min"],
        ], (48, 52, 74)),
        ("small", "Values are typical and for guidance. LumaPhos supplies phosphors as finished powders; the customer is "
                  "responsible for qualifying the package. SDS available for all products."),
    ])
    save_pdf(pdf, rel)
    L(rel, "clear", [], [], [], "other", None, "en", True, "pdf",
      "Application note on using bought rare-earth phosphors in LED packaging; product use, not RE processing.")


def c06_catalyst_txt():
    rel = "txt/OPC-07.txt"
    txt = """================================================================
 二套催化裂化装置 (FCCU-2, 2.8 Mt/a)
 催化剂加注与平衡剂监控 操作卡  OPC-FCC-07  Rev.5
 Fresh catalyst make-up and E-cat monitoring — operating card
 编制: 工艺技术科   审核: 生产运行部   生效日期: 2025-08-01
================================================================

1. 适用范围 Scope
   本卡适用于 FCCU-2 新鲜催化剂小型加料器 (small addition loader, SAL-201)
   的日常加注、平衡剂 (E-cat) 取样与分析、以及助剂加注。
   Applies to daily fresh-catalyst addition via SAL-201, E-cat sampling
   and additive dosing on FCCU-2. It does not cover catalyst manufacture.

2. 在用催化剂 Catalysts in use
   主催化剂  Main catalyst : USY/REUSY 型, 供应商牌号 CAT-RM38
       RE2O3 (稀土含量, 供应商质保)   2.6–3.0 wt%
       Al2O3                       ≥ 48 wt%
       比表面积 SA                  ≥ 260 m2/g
       APS                          70–80 µm
       磨损指数 AI                  ≤ 2.5 %/h
   助剂 Additives:
       CO 助燃剂 (Pt 500 ppm)       按烟气 CO 调整, 一般 0.3 kg/d
       降硫助剂 SOx-A (MgAl 尖晶石 + CeO2)   床层藏量的 1.5–2 %
       钝化剂 (锑系) Sb passivator   Sb/Ni 质量比 0.3–0.5

3. 藏量与加注 Inventory and make-up
   系统总藏量 Total inventory          约 220 t
   正常单耗 Normal make-up            0.55–0.65 kg/t 原料  (≈ 4.5–5.5 t/d)
   SAL-201 加注:  每 30 min 一次, 每次 95–115 kg, DCS 自动
   卸剂 Withdrawal: 保持再生器藏量 125–130 t, 稀相密度 < 15 kg/m3
   注意: 加注前确认料斗松动风 0.35 MPa, 加料线压差 < 30 kPa。
         加注线堵塞时按 OPC-FCC-09 处理, 不得用蒸汽直接吹扫料斗。

4. 平衡剂监控 E-cat monitoring (每周二取样, 送中心化验室)
   ------------------------------------------------------------------
   项目 Item               控制值 Limit          2025-10 平均 Avg
   MAT 微反活性              ≥ 62                  64.5
   比表面积 SA (m2/g)        ≥ 110                 118
   Ni (µg/g)                 ≤ 8000                6120
   V  (µg/g)                 ≤ 5000                3480
   Fe (µg/g)                 ≤ 6000                4950
   Na2O (%)                  ≤ 0.35                0.28
   RE2O3 (%)                 仅记录 record only     2.41
   碳含量 C on regen. cat.    ≤ 0.05 %              0.03
   细粉 0–40 µm (%)          ≤ 12                  9.6
   ------------------------------------------------------------------
   MAT 连续两周低于 62 时: 单耗提高 10 %, 通知技术科评估换剂。
   Ni+V > 12000 µg/g 时: 增加卸剂, 提高钝化剂注入量。

5. 尾气三元催化器 (装置内车辆及应急柴油发电机)
   厂内车辆三元催化转化器 (TWC, Pd/Rh, CeO2-ZrO2 储氧涂层) 及发电机 DOC/SCR
   按车辆保养手册更换, 更换件交物资部统一回收给供应商, 本装置不做处理。

6. 安全 Safety
   - 催化剂粉尘: 佩戴 KN95 口罩、护目镜; 料斗区禁止明火。
   - 废催化剂 (HW50) 装吨袋, 贴危废标签, 交有资质单位处置, 台账记录到 kg。

7. 记录 Records
   DCS 报表 FCC-DAY-07; 化验 LIMS 报告; 危废转移联单。
================================================================
"""
    write_text(rel, txt)
    L(rel, "clear", [], [], [], "other", None, "mixed", True, "txt",
      "Refinery operating card for adding bought FCC catalyst (RE2O3 content) and E-cat monitoring; catalyst use, not RE technology.")


def c07_market_report_pdf():
    rel = "pdf/R-2025Q4-112.pdf"
    pdf = new_pdf(header="行业深度研究 · 有色金属 · 2025 年 11 月", footer="请务必阅读正文后的免责声明",
                  title="稀土产业链年度研究", author="研究所 有色金属组")
    pdf.add_page()
    render(pdf, [
        ("title", "稀土产业链 2025 年度研究：\n配额收紧、管制落地，磁材需求仍处上行通道"),
        ("subtitle", "有色金属组  分析师：李 ×（执业证书编号 S0××0521××0003）  2025 年 11 月 12 日  行业评级：增持（维持）"),
        ("h", "投资要点"),
        ("bullets", [
            "供给：2024 年稀土开采、冶炼分离总量控制指标分别为 27 万吨、25.4 万吨（REO），2025 年指标未公开发布，我们估计增幅不超过 5%。",
            "政策：商务部 2025 年第 61、62 号公告将开采、冶炼分离、金属冶炼、磁材制造及二次资源回收利用相关技术纳入出口管制，"
            "境外含中国稀土成分物项自 12 月 1 日起适用 0.1% 价值比例规则。",
            "价格：2025 年 1–10 月氧化镨钕均价 50.6 万元/吨，同比 +24%；10 月末报 56.3 万元/吨。",
            "需求：新能源车、风电、节能电机与人形机器人合计贡献高性能钕铁硼需求增量的 80% 以上。",
        ]),
        ("h", "一、产业链结构与各环节产能"),
        ("p", "稀土产业链可分为：开采（离子型稀土矿、轻稀土矿）→ 冶炼分离（得到单一或混合稀土氧化物、盐类）→ 金属冶炼（稀土金属及合金）"
              "→ 磁材制造（烧结/粘结钕铁硼、钐钴）→ 终端应用，以及废料回收形成的二次资源环节。下表为各环节 2024 年产能与产量估算。"),
        ("table", [
            ["环节", "主要产品", "2024 产能", "2024 产量", "CR3 集中度", "备注"],
            ["开采", "稀土精矿/混合碳酸盐 (REO)", "—（指标制）", "27.0 万 t", "≈ 100%", "两大集团"],
            ["冶炼分离", "单一/混合氧化物 (REO)", "约 40 万 t", "25.4 万 t", "≈ 95%", "含进口矿加工"],
            ["金属冶炼", "镨钕金属、镝铁、铽", "约 12 万 t", "8.1 万 t", "约 45%", "产能过剩"],
            ["磁材制造", "烧结钕铁硼毛坯", "约 45 万 t", "30.5 万 t", "约 30%", "头部 10 家占 60%"],
            ["磁材制造", "粘结钕铁硼", "约 1.5 万 t", "1.0 万 t", "约 50%", ""],
            ["二次资源", "回收氧化物 (REO)", "约 8 万 t", "4.2 万 t", "约 35%", "原料以磁材废料为主"],
        ], (20, 40, 24, 22, 22, 46)),
        ("h", "二、价格回顾"),
        ("table", [
            ["品种", "单位", "2024 均价", "2025 1–10 月均价", "2025-10-31", "同比"],
            ["氧化镨钕", "万元/t", "40.8", "50.6", "56.3", "+24%"],
            ["金属镨钕", "万元/t", "49.9", "61.9", "68.5", "+24%"],
            ["氧化镝", "万元/t", "178", "166", "162", "−7%"],
            ["氧化铽", "万元/t", "594", "742", "785", "+25%"],
            ["镝铁合金", "万元/t", "173", "162", "158", "−6%"],
            ["烧结钕铁硼 N52 毛坯", "元/kg", "185", "215", "236", "+16%"],
            ["烧结钕铁硼 45SH 毛坯", "元/kg", "265", "300", "322", "+13%"],
        ], (38, 18, 24, 32, 26, 18)),
        ("h", "三、需求测算"),
        ("p", "我们测算 2025 年全球高性能钕铁硼需求约 10.6 万吨，其中新能源车 4.1 万吨（单车用量约 2.5 kg）、风电 2.3 万吨"
              "（直驱/半直驱每 MW 约 600 kg）、节能变频空调与工业电机 2.2 万吨、消费电子 0.9 万吨、人形机器人及其他 1.1 万吨。"
              "2025–2028 年需求复合增速约 13%。"),
        ("h", "四、出口管制对行业的影响"),
        ("bullets", [
            "技术管制：相关技术及其载体（设计图纸、工艺规范、工艺参数、加工程序、仿真数据等）出口须申请许可，"
            "海外建厂、技术授权与跨境技术服务的周期明显拉长。",
            "物项管制：境外企业使用中国原产稀土材料或技术生产的部分物项需申请许可，海外磁材新建项目的原料与设备来源受限。",
            "我们判断短期内国内龙头在全球市场的份额将保持在 90% 左右，海外替代产能 2028 年前难以超过 3 万吨。",
        ]),
        ("h", "五、重点公司"),
        ("table", [
            ["公司", "环节", "2025E 营收 (亿元)", "2025E 归母净利 (亿元)", "PE", "评级"],
            ["A 公司", "开采+分离+金属", "385", "22.1", "38", "买入"],
            ["B 公司", "分离+金属", "210", "9.8", "42", "增持"],
            ["C 公司", "磁材", "78", "6.5", "35", "买入"],
            ["D 公司", "磁材", "62", "4.1", "40", "增持"],
        ], (28, 36, 30, 36, 16, 20)),
        ("h", "风险提示"),
        ("p", "配额政策超预期变化；下游新能源车销量不及预期；海外替代供应加速；价格大幅波动风险。"),
        ("small", "免责声明：本报告仅供本公司客户使用，信息来源于公开资料及行业调研，不构成投资建议。本报告不包含任何生产工艺信息。"),
    ])
    save_pdf(pdf, rel)
    L(rel, "clear", [], [], [], "other", None, "zh", True, "pdf",
      "Broker research report: stages, capacities, prices, policy; names the process chain without any know-how.")


def c08_lawfirm_docx():
    rel = "docx/memo-2025-10-14.docx"
    d = new_docx("Trade & Sanctions Practice", "Client Alert - MOFCOM Announcements 61 and 62 (2025)", east="SimSun", west="Cambria")
    dp(d, "CLIENT ALERT  |  International Trade, Export Controls & Sanctions  |  14 October 2025", bold=True, size=9)
    dh(d, "China Extends Export Controls to Rare-Earth Technologies and Certain Foreign-Made Items: "
          "What MOFCOM Announcements No. 61 and No. 62 of 2025 Mean for Your Business", 0)
    dh(d, "Summary", 1)
    dp(d, "On 9 October 2025 China's Ministry of Commerce (MOFCOM) published two announcements that significantly widen the "
          "country's export-control regime for rare earths. Announcement No. 62 places technologies for rare-earth mining, "
          "smelting and separation, metal smelting, magnet manufacturing and the recycling of secondary rare-earth resources under "
          "licensing, together with technologies for assembling, commissioning, maintaining, repairing and upgrading the related "
          "production lines. Announcement No. 61 introduces an extraterritorial licensing requirement for certain items produced "
          "outside China that contain Chinese-origin rare-earth items or were made with Chinese rare-earth technology.")
    dh(d, "1. Announcement No. 62 — technology controls", 1)
    dbul(d, [
        "New control code 1E902.a covers the technologies and their 'carriers'; 1E902.b covers production-line assembly, "
        "commissioning, maintenance, repair and upgrading technology.",
        "'Carriers' are defined broadly and include design drawings, process specifications, process parameters, "
        "machining programs and simulation data. In practice, any technical file that would let a recipient run or build "
        "one of the listed processes should be assumed to be in scope.",
        "'Magnet manufacturing' is limited to samarium-cobalt, NdFeB and cerium magnets. Ferrite and AlNiCo are not named.",
        "'Export' covers not only cross-border transfers but also provision inside China to foreign persons, and transfers by "
        "licensing of IP, investment, exchanges, exhibitions, testing, technical assistance, joint R&D, employment and consulting.",
        "Exclusions: technology already in the public domain, technology used in basic scientific research, and technology "
        "necessary for ordinary patent applications. Publishing non-public controlled technology to unspecified persons "
        "without a licence is itself sanctionable under Article 34 of the Export Control Law.",
        "Catch-all: exporters of uncontrolled goods, technology or services must apply for a licence if they know the export "
        "will be used for, or substantially help, rare-earth mining, separation, smelting, magnet manufacturing or recycling abroad.",
        "Service providers (agents, freight forwarders, customs brokers, e-commerce platforms, banks) must not facilitate "
        "violations and are expected to ask their customers whether a licence is required.",
    ])
    dh(d, "2. Announcement No. 61 — foreign-made items", 1)
    dbul(d, [
        "Foreign exporters need a Chinese dual-use licence before exporting to third countries items listed in Annex 1 Part 2 "
        "that contain Chinese-origin Annex 1 Part 1 items at 0.1 % or more of value; items made abroad with Chinese rare-earth "
        "technology; and Chinese-origin Annex 1 items themselves.",
        "Applications for military end use, or for listed importers and end users (including 50 %-owned subsidiaries), will "
        "in principle be denied; advanced-node semiconductor and certain AI-related applications are reviewed case by case.",
        "Humanitarian shipments are exempt from licensing but must be reported by e-mail within 10 working days.",
        "Paragraphs 1(1) and 1(2) apply from 1 December 2025; paragraph 1(3) applied on publication.",
    ])
    dh(d, "3. Practical impact", 1)
    dp(d, "Most of our clients do not make magnets or process rare earths. For them the exposure lies mainly in (i) supplier "
          "relationships, where Chinese vendors will ask for end-use and end-user statements and may pass on compliance "
          "notices; (ii) joint ventures, technical-services agreements and engineering secondments involving Chinese "
          "production sites; and (iii) internal R&D or procurement files that happen to contain supplier process data.")
    dtable(d, [
        ["Situation", "Likely in scope?", "Comment"],
        ["Buying finished magnets for motors", "No (technology); check Ann. 61 for re-exports", "Keep purchase specs to product properties"],
        ["Receiving a supplier's sintering recipe for a PPAP", "Yes — 1E902.a carrier", "Supplier must hold a licence before sending"],
        ["Hiring a Chinese separation-plant engineer to work abroad", "Potentially — 'employment'", "Screen the role and onboarding materials"],
        ["Chinese contractor overhauling a magnet line in Vietnam", "Yes — 1E902.b", "Contractor needs a licence"],
        ["Citing a published journal article", "No — public domain", "Keep the citation, not the internal notes"],
        ["Filing a Chinese patent application", "No, for what the filing needs", "Draft notes beyond the filing may still be controlled"],
    ], widths=[5.5, 4.5, 6], size=8.5)
    dh(d, "4. Recommended actions", 1)
    dbul(d, [
        "Map where rare-earth process technology sits in your organisation (plants, R&D, supplier quality, M&A data rooms).",
        "Classify technical data against 1E902.a/b and tag documents; align with your existing EAR/EU dual-use classification.",
        "Review contracts with Chinese suppliers and partners for licence conditions, compliance notices and end-use clauses.",
        "Update onboarding and export-control training for engineers travelling to or from China.",
        "For Announcement 61, inventory products with Chinese-origin rare-earth content and estimate the 0.1 % value ratio.",
    ], style="List Number")
    dp(d, "This alert is for general information only and does not constitute legal advice. Chinese law can only be advised "
          "on by lawyers qualified in the PRC; our Shanghai associated office is available to assist.", italic=True, size=8.5)
    save_docx(d, rel)
    L(rel, "clear", [], [], [], "other", None, "en", True, "docx",
      "Law-firm client alert summarising MOFCOM 61/62 and compliance steps; quotes the rules, carries no technology.")


def c09_cv_docx():
    rel = "docx/ZW-2025.docx"
    d = new_docx("Zhang Wei", "CV Zhang Wei")
    dh(d, "张伟 ZHANG Wei", 0)
    dp(d, "高级工艺工程师（磁性材料） | Senior Process Engineer, Permanent Magnets\n"
          "宁波 Ningbo · +86 138 ×××× 5512 · zhangwei.mag@example.com · 求职意向：工艺/质量经理，可接受海外派驻")
    dh(d, "个人概述 Profile", 1)
    dp(d, "13 年烧结钕铁硼行业经验，历任工艺员、工艺主管、工艺部副经理；熟悉从熔炼到成品检验的全流程管理，"
          "主导过新产线导入、车规级产品 PPAP 和客户审核。13 years in sintered NdFeB, from process technician to deputy "
          "process manager; led line ramp-ups, automotive PPAPs and customer audits.")
    dh(d, "工作经历 Experience", 1)
    dtable(d, [
        ["时间 Period", "单位 / 职位", "主要职责与业绩（概述）"],
        ["2021.03 – 至今", "某磁业股份有限公司 工艺部副经理", "负责 3 条烧结线的工艺管理与团队（22 人）；推动车规产品良率由 91% 提升到 96%；"
                                             "牵头 IATF 16949 再认证；负责与 4 家主机厂的技术对接"],
        ["2016.07 – 2021.02", "某磁业股份有限公司 工艺主管", "负责成型、烧结工段；参与扩散线建设；建立 SPC 体系，关键特性 Cpk ≥ 1.33"],
        ["2012.07 – 2016.06", "某稀土永磁有限公司 工艺员", "熔炼、制粉工段工艺员；参与 MES 上线"],
    ], widths=[3.2, 5, 8.5], size=8.5)
    dh(d, "技能 Skills", 1)
    dbul(d, [
        "工艺领域：速凝熔炼、氢破、气流磨、取向成型、等静压、真空烧结与回火、晶界扩散、机加工与表面处理（管理与改善层面）",
        "质量工具：APQP / PPAP / FMEA / 8D / MSA / SPC，Minitab，DOE",
        "检测：B-H 退磁曲线测试仪、磁通计、SEM/EDS 基础、盐雾与 PCT 试验",
        "系统：SAP、MES、Office；英语 CET-6，可作为工作语言",
    ])
    dh(d, "教育背景 Education", 1)
    dp(d, "2008–2012  中南大学 材料科学与工程 学士 B.Eng. Materials Science & Engineering\n"
          "2017–2020  宁波大学 工程管理硕士（在职） MEM (part-time)")
    dh(d, "证书与荣誉 Certificates", 1)
    dbul(d, [
        "IATF 16949 内审员（2019）；六西格玛绿带（2018）",
        "公司年度优秀管理者（2022、2024）",
        "授权专利 5 项（发明 2 项、实用新型 3 项），均为职务发明",
    ])
    dh(d, "备注 Notes", 1)
    dp(d, "本简历仅供招聘使用。应聘者确认不携带、不提供前雇主任何技术资料；如涉及海外岗位，将配合用人单位完成出口管制合规审查。",
       italic=True, size=9)
    save_docx(d, rel)
    L(rel, "clear", [], [], [], "other", None, "mixed", True, "docx",
      "CV of a magnet process engineer listing skills and roles only; HR document, no process parameters.")


def c10_jd_html():
    rel = "web/page-30517.html"
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>萃取分离工艺工程师 - 赣州 - 15-25K·14薪 | 某招聘网</title>
<meta name="keywords" content="萃取,冶炼分离,工艺工程师,稀土,赣州,化工">
<style>body{font-family:"Microsoft YaHei",sans-serif;max-width:880px;margin:20px auto;color:#333}
.tag{display:inline-block;background:#eef6ff;color:#2266aa;padding:2px 8px;margin:2px;border-radius:3px;font-size:13px}
h1{font-size:22px} h2{font-size:17px;border-left:4px solid #2a7ae2;padding-left:8px}</style>
</head>
<body>
<h1>萃取分离工艺工程师</h1>
<p><b>15-25K·14薪</b> &nbsp; 江西·赣州·章贡区 &nbsp; 3-5年 &nbsp; 本科 &nbsp; 发布于 2025-11-06</p>
<p><span class="tag">五险一金</span><span class="tag">包食宿</span><span class="tag">年终奖</span><span class="tag">倒班补贴</span><span class="tag">定期体检</span></p>

<h2>公司介绍</h2>
<p>某稀土新材料有限公司，国有控股，主营稀土冶炼分离及稀土氧化物、盐类产品，年处理能力约 8000 吨（REO），员工 650 人。</p>

<h2>岗位职责</h2>
<ol>
<li>负责萃取分离车间串级萃取生产线的日常工艺运行与监控，确保产品纯度与收率达标；</li>
<li>参与工艺优化与技术改造项目，撰写技术方案和总结报告；</li>
<li>编制、修订岗位作业指导书，组织操作工培训与考核；</li>
<li>跟踪原料、辅料（萃取剂、盐酸、液碱等）消耗，提出降本措施；</li>
<li>配合设备部门做好萃取槽、澄清槽、泵阀等设备检修后的开车验收；</li>
<li>参与安全、环保（废水、氨氮、放射性）相关管理工作，配合各类检查。</li>
</ol>

<h2>任职要求</h2>
<ol>
<li>化学工程、冶金工程、应用化学等相关专业，本科及以上学历；</li>
<li>3 年以上湿法冶金或萃取分离生产一线经验，熟悉 P507、P204 等萃取体系者优先；</li>
<li>了解串级萃取理论，能使用 Excel / DCS 进行数据分析；</li>
<li>吃苦耐劳，适应倒班和车间环境，有较强的沟通和执行能力；</li>
<li>持有化工安全相关证书者优先；有钴镍、锂等其他湿法冶金经验亦可考虑。</li>
</ol>

<h2>工作地址</h2>
<p>赣州市章贡区××工业园 ××路 6 号（公司班车接送）</p>

<h2>温馨提示</h2>
<p>本岗位工作内容涉及企业技术秘密，入职需签署保密协议与竞业限制协议。招聘过程中不会要求应聘者提供任何前单位技术资料。</p>
<p style="font-size:12px;color:#999">该职位信息由招聘方发布，平台已审核营业执照。谨防以招聘为名的收费、传销等违法行为。</p>
</body>
</html>
"""
    write_text(rel, html)
    L(rel, "clear", [], [], [], "other", None, "zh", True, "html",
      "Job advertisement for a separation-plant SX engineer: duties and skills only, no process know-how.")


def c11_motor_drawing_pdf():
    rel = "pdf/DWG-TR220-1020-C.pdf"
    pdf = new_pdf(orientation="L", fmt="A3", title="TR220 ROTOR ASSY", author="E-Drive Engineering")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.7)
    pdf.rect(10, 10, 400, 277)
    pdf.set_line_width(0.25)
    # zone markers
    pdf.set_font("wqy", "", 7)
    for i in range(8):
        pdf.text(10 + 25 + i * 50, 8.5, str(i + 1))
    for i, ch in enumerate("ABCDEF"):
        pdf.text(6.5, 10 + 25 + i * 46, ch)
    # section view of rotor lamination
    cx, cy = 115.0, 125.0
    R_out, R_bore = 80.0, 27.0
    pdf.set_line_width(0.5)
    pdf.circle(x=cx, y=cy, radius=R_out, style="D")
    pdf.circle(x=cx, y=cy, radius=R_bore, style="D")
    pdf.set_line_width(0.2)
    pdf.set_dash_pattern(dash=6, gap=2)
    pdf.line(cx - R_out - 8, cy, cx + R_out + 8, cy)
    pdf.line(cx, cy - R_out - 8, cx, cy + R_out + 8)
    pdf.set_dash_pattern()
    # keyway
    pdf.rect(cx - 4, cy - R_bore - 3.3, 8, 3.3)

    def rot(px, py, ang):
        ca, sa = math.cos(ang), math.sin(ang)
        return (px * ca - py * sa, px * sa + py * ca)

    for k in range(8):
        base = math.radians(22.5 + 45 * k)
        for side in (-1, 1):
            # magnet 18 x 5 mm, centre at r=60 offset +-8.5 deg, V opening 120 deg
            off = math.radians(8.5) * side
            rc = 60.0
            mx, my = rc * math.cos(base + off), rc * math.sin(base + off)
            tilt = base + side * math.radians(60)
            pts = []
            for (u, v) in ((-9, -2.5), (9, -2.5), (9, 2.5), (-9, 2.5)):
                ru, rv = rot(u, v, tilt)
                pts.append((cx + mx + ru, cy + my + rv))
            pdf.set_fill_color(200, 200, 200)
            pdf.polygon(pts, style="DF")
            # flux barrier (air pocket) next to magnet
            bx, by = rot(11.5, 0, tilt)
            pdf.circle(x=cx + mx + bx, y=cy + my + by, radius=1.6, style="D")
    pdf.set_font("wqy", "", 8)
    pdf.text(cx - 20, cy + R_out + 16, "SECTION A-A   SCALE 1:1")
    # dims
    pdf.line(cx - R_out, cy + R_out + 6, cx + R_out, cy + R_out + 6)
    pdf.text(cx - 10, cy + R_out + 5, "\u00d8160.0 h7")
    pdf.text(cx + 6, cy - 4, "\u00d854.0 H7")
    # detail view of one magnet pocket
    dx, dy = 235.0, 60.0
    pdf.set_font("wqy", "", 8)
    pdf.text(dx, dy - 6, "DETAIL B (4:1) - MAGNET POCKET, TYP. 16x")
    pdf.set_line_width(0.4)
    pdf.rect(dx, dy, 72, 20)
    pdf.set_line_width(0.2)
    pdf.rect(dx + 0.6, dy + 0.6, 70.8, 18.8)
    pdf.text(dx, dy + 27, "POCKET 18.20 +0.05/0 x 5.20 +0.05/0")
    pdf.text(dx, dy + 32, "MAGNET 18.00 -0.05 x 5.00 -0.03 (ITEM 2)")
    pdf.text(dx, dy + 37, "GAP FILLED WITH ITEM 3, NO VOIDS > 0.5 mm")
    # BOM
    bom = [
        ("ITEM", "PART NO.", "DESCRIPTION", "QTY", "MATERIAL / SPEC"),
        ("1", "TR220-1021", "LAMINATION STACK, 0.30 mm, L=140", "1", "35WW250 / 30SW1600, BONDED"),
        ("2", "PP-MAG-0183", "MAGNET 18x5x46.3, PURCHASED", "48", "SINTERED NdFeB 48UH, EPOXY, PS-0183"),
        ("3", "PP-ADH-0007", "MAGNET ADHESIVE, 1-COMP. EPOXY", "A/R", "LOCTITE EA 9514 OR EQ."),
        ("4", "TR220-1030", "SHAFT", "1", "42CrMo4 QT, INDUCTION HARD."),
        ("5", "TR220-1040", "END PLATE, NON-MAGNETIC", "2", "AlMgSi1 (6082-T6)"),
        ("6", "TR220-1045", "BALANCE RING", "2", "CuZn39Pb3"),
        ("7", "ISO 4762", "SCREW M6x20 12.9", "8", "ZnNi COATED"),
    ]
    widths = (12, 28, 66, 12, 62)
    x0, y0 = 230.0, 110.0
    pdf.set_font("wqy", "", 7.5)
    y = y0
    for r in bom:
        x = x0
        for w, c in zip(widths, r):
            pdf.set_xy(x, y)
            pdf.cell(w, 6, c, border=1)
            x += w
        y += 6
    # notes
    notes = [
        "NOTES:",
        "1. ITEM 2 IS A PURCHASED PART. SUPPLIER TO MEET PURCHASE SPEC PS-0183 REV D. ACCEPTANCE AT IQC PER QP-IQC-05:",
        "   Br >= 1.33 T, HcJ >= 1990 kA/m AT 20 C; HcJ >= 1030 kA/m AT 150 C; IRREVERSIBLE LOSS <= 2 % (180 C, 2 h, Pc = 1).",
        "2. MAGNETS SUPPLIED MAGNETISED, N POLE MARKED. 3 AXIAL SEGMENTS PER POCKET, SEGMENTS ELECTRICALLY INSULATED (COATING).",
        "3. INSERT MAGNETS WITH FIXTURE TF-220-07; POLARITY ALTERNATING PER POLE, SEE VIEW A-A. DO NOT STRIKE MAGNETS.",
        "4. ADHESIVE ITEM 3 CURE: 150 C, 60 min (PART TEMPERATURE). CHECK PUSH-OUT FORCE >= 800 N ON 1 ROTOR PER SHIFT.",
        "5. BALANCE TO ISO 21940-11 G2.5 AT 6000 rpm, TWO PLANES (ITEM 6). MAX. OPERATING SPEED 16 000 rpm.",
        "6. OVERSPEED TEST 19 200 rpm, 2 min, AT 150 C; PERMANENT DIAMETER GROWTH <= 0.02 mm.",
        "7. BACK-EMF CHECK AT 1000 rpm: 61.5 V +/- 3 % (LINE-LINE RMS, 20 C).",
        "8. ROTOR MASS APPROX. 13.8 kg, OF WHICH MAGNETS 1.49 kg.",
    ]
    pdf.set_font("wqy", "", 7.5)
    ny = 170.0
    for n in notes:
        pdf.text(230, ny, n)
        ny += 5.2
    # title block
    tb_x, tb_y = 230.0, 237.0
    cells = [
        (tb_x, tb_y, 180, 10, "E-DRIVE ENGINEERING GmbH  -  TRACTION MOTOR TR220 (220 kW PEAK, 8 POLES, IPM)"),
        (tb_x, tb_y + 10, 110, 12, "TITLE: ROTOR ASSEMBLY, IPM, 8P"),
        (tb_x + 110, tb_y + 10, 70, 12, "DWG NO. TR220-1020   REV C"),
        (tb_x, tb_y + 22, 45, 9, "SCALE 1:1 / 4:1"),
        (tb_x + 45, tb_y + 22, 45, 9, "SHEET 1 OF 1   A3"),
        (tb_x + 90, tb_y + 22, 90, 9, "TOLERANCES ISO 2768-mK UNLESS NOTED"),
        (tb_x, tb_y + 31, 45, 9, "DRAWN  K. MEYER 2025-06-04"),
        (tb_x + 45, tb_y + 31, 45, 9, "CHECKED  L. FISCHER 2025-06-11"),
        (tb_x + 90, tb_y + 31, 45, 9, "APPROVED  D. BAUER 2025-06-12"),
        (tb_x + 135, tb_y + 31, 45, 9, "PROJECTION  1st ANGLE"),
    ]
    pdf.set_font("wqy", "", 7.5)
    for (x, y, w, h, t) in cells:
        pdf.set_xy(x, y)
        pdf.cell(w, h, t, border=1)
    pdf.set_font("wqy", "", 6.5)
    pdf.text(14, 283, "REV C: MAGNET GRADE CHANGED 45UH -> 48UH, ECN-2025-117.  CONFIDENTIAL - PROPERTY OF E-DRIVE ENGINEERING.")
    save_pdf(pdf, rel)
    L(rel, "clear", [], [], [], "drawing", None, "en", True, "pdf",
      "Traction-motor rotor assembly drawing; magnets are purchased parts with acceptance values; product design, not magnet making.")


def c12_mri_docx():
    rel = "docx/AS-MR050-002.docx"
    d = new_docx("MR Magnet Engineering", "MR-050 magnet assembly specification")
    dp(d, "文件编号 Doc. No. AS-MR050-002   版本 Rev. 3   2025-05-20", size=9, align="right")
    dh(d, "MR-050 开放式永磁磁共振磁体 装配规范\nAssembly Specification — 0.5 T Open Permanent-Magnet MRI Magnet", 0)
    dh(d, "1. 范围 Scope", 1)
    dp(d, "本规范规定 MR-050 双立柱 C 型开放式永磁磁体的部件验收、磁块粘接、磁体总装、恒温系统安装和被动匀场流程。"
          "磁块为外购件（按采购规范 PS-MR-011），本规范不涉及磁块的生产。This spec covers incoming acceptance of purchased "
          "magnet blocks, bonding into the pole plates, final assembly, thermal control and passive shimming.")
    dh(d, "2. 主要参数 Key data", 1)
    dtable(d, [
        ["项目 Item", "值 Value"],
        ["中心场强 Field B0", "0.50 T ± 0.5 % (21.3 MHz)"],
        ["极间距 Gap", "420 mm"],
        ["均匀度 Homogeneity (36 cm DSV, 匀场后)", "≤ 20 ppm (Vrms ≤ 3 ppm)"],
        ["5 高斯线 5-G line", "径向 2.0 m / 轴向 2.3 m"],
        ["磁体总重 Total mass", "约 17.5 t（其中磁块约 2.6 t）"],
        ["磁块 Blocks", "外购烧结钕铁硼 N50，50 × 50 × 25 mm，Ni-Cu-Ni 镀层，已充磁，共 4,160 块"],
        ["工作温度 Magnet temperature", "30.0 ± 0.1 ℃（恒温控制）"],
    ], widths=[7, 9])
    dh(d, "3. 磁块来料验收 Incoming acceptance", 1)
    dbul(d, [
        "每批随货 CoC：Br 1.40–1.45 T，HcJ ≥ 876 kA/m，(BH)max ≥ 382 kJ/m³；单块磁矩离散 ≤ ±1.0 %（亥姆霍兹线圈测量）。",
        "按 GB/T 2828.1 一般检验水平 II、AQL 0.4 抽检磁矩与尺寸；磁矩按 ±0.5 % 分档，分档号用记号笔标在非工作面。",
        "外观：崩边 ≤ 1 mm²/处，镀层无起泡；不合格品隔离并通知采购。",
    ])
    dh(d, "4. 磁块粘接 Bonding of blocks into pole plates", 1)
    dbul(d, [
        "在无磁工装（铝合金 / 环氧玻璃布板）内按排布图 LAY-MR050-01 逐块推入，相邻块磁矩分档交叉排布以减小不均匀性。",
        "胶粘剂：双组分环氧 AB-5320，室温固化 24 h；每层粘接后检查平面度 ≤ 0.2 mm。",
        "安全：单块吸力可超过 300 N，已粘接磁极对钢制工具的吸力达数吨。工位 3 m 内禁止铁磁性工具和心脏起搏器人员；使用无磁扳手和铜铍工具。",
    ])
    dh(d, "5. 总装 Final assembly", 1)
    dbul(d, [
        "轭铁（Q235 低碳钢）立柱与上下轭板按图纸 AS-MR050-100 预装，螺栓 M30 10.9 级，扭矩 1,400 N·m。",
        "磁极组件用液压顶升装置以 ≤ 2 mm/s 速度合拢，监测 4 个角的间隙，偏差 ≤ 0.3 mm。",
        "安装极靴（电工纯铁 DT4C）和抗涡流板（硅钢叠片），再安装梯度线圈支撑。",
    ])
    dh(d, "6. 恒温 Thermal control", 1)
    dp(d, "NdFeB 的 Br 温度系数约 −0.12 %/K，对应 B0 漂移约 −1,200 ppm/K，因此磁体需恒温。安装 24 路加热膜（总功率 2.4 kW）"
          "和 8 支 PT100，PID 控制至 30.0 ± 0.1 ℃；外包 50 mm 聚氨酯保温层。升温至稳定约需 48 h。")
    dh(d, "7. 被动匀场 Passive shimming", 1)
    dbul(d, [
        "用 24 平面 × 24 点的磁场探头阵列（NMR 探头）测量 36 cm DSV 上的场，球谐分解至 12 阶。",
        "用匀场软件计算极靴表面匀场片（硅钢片 0.5 mm）的位置与数量，一般迭代 3–5 次达到 ≤ 20 ppm。",
        "记录最终场图和谐波系数，归档于设备履历。",
    ])
    dh(d, "8. 出厂检验 Final test", 1)
    dtable(d, [
        ["项目", "标准", "记录表"],
        ["B0 / 频率", "21.30 MHz ± 0.1 MHz", "QR-MR-31"],
        ["均匀度 36 cm DSV", "≤ 20 ppm", "QR-MR-32"],
        ["温度稳定性 24 h", "± 0.1 ℃ / B0 漂移 ≤ 5 ppm/h", "QR-MR-33"],
        ["5 高斯线", "符合场地图", "QR-MR-34"],
    ], widths=[5, 7, 4])
    save_docx(d, rel)
    L(rel, "clear", [], [], [], "process-spec", None, "mixed", True, "docx",
      "MRI magnet assembly spec using purchased NdFeB blocks (acceptance, bonding, shimming); product assembly, not magnet manufacturing or a production line.")


def c13_iqc_xlsx():
    rel = "xlsx/QP-05-2511.xlsx"
    rnd = random.Random(1311)
    wb = new_wb("IQC")
    ws = wb.active
    ws.title = "来料检验记录 IQC log"
    head = ["日期 Date", "供应商 Supplier", "物料号 P/N", "牌号 Grade", "批号 Lot", "数量 Qty", "抽样 n",
            "L (mm)", "W (mm)", "H (mm)", "镀层 µm", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "Hk/HcJ",
            "HcJ@150℃ (kA/m)", "盐雾 NSS (h)", "判定 Result", "处置 Disposition", "检验员"]
    rows = [head]
    suppliers = [("S-017 宁波", "PP-MAG-0183", "48UH", 18.0, 5.0, 46.3), ("S-022 包头", "PP-MAG-0183", "48UH", 18.0, 5.0, 46.3),
                 ("S-031 赣州", "PP-MAG-0211", "45SH", 30.0, 10.0, 5.0)]
    day = dt.date(2025, 11, 3)
    for i in range(26):
        s = suppliers[i % 3] if i % 5 else suppliers[0]
        d_ = day + dt.timedelta(days=i // 2)
        grade = s[2]
        if grade == "48UH":
            br = round(rnd.uniform(1.338, 1.372), 3)
            hcj = round(rnd.uniform(2005, 2090))
            bh = round(rnd.uniform(346, 366))
            hot = round(rnd.uniform(1045, 1110))
        else:
            br = round(rnd.uniform(1.325, 1.360), 3)
            hcj = round(rnd.uniform(1600, 1680))
            bh = round(rnd.uniform(338, 358))
            hot = round(rnd.uniform(640, 700))
        res, disp = "OK", "入库 Accept"
        if i == 17:
            hot = 1002
            res, disp = "NG", "退货 RTV, NCR-25-118"
        if i == 9:
            res, disp = "NG", "挑选 Sort 100%, NCR-25-109 崩角"
        rows.append([
            d_.isoformat(), s[0], s[1], grade, "%s%s-%03d" % (grade[:2], d_.strftime("%y%m%d"), 11 + i),
            rnd.choice([4800, 9600, 14400]) if grade == "48UH" else 20000, 32 if grade == "48UH" else 50,
            round(s[3] - rnd.uniform(0.005, 0.035), 3), round(s[4] - rnd.uniform(0.004, 0.022), 3),
            round(s[5] - rnd.uniform(0.005, 0.040), 3),
            round(rnd.uniform(12, 22), 1), br, hcj, bh, round(rnd.uniform(0.93, 0.97), 2), hot,
            rnd.choice([48, 72]) if i % 4 == 0 else "—", res, disp, rnd.choice(["王丽", "陈刚", "M. Weber"]),
        ])
    ws_put(ws, rows, widths=[11, 12, 13, 8, 16, 8, 6, 8, 8, 8, 8, 8, 10, 12, 8, 13, 10, 9, 24, 9])
    ws.freeze_panes = "A2"
    ws2 = wb.create_sheet("规格 Spec limits")
    ws_put(ws2, [
        ["P/N", "牌号", "Br min (T)", "HcJ min (kA/m)", "(BH)max min", "Hk/HcJ min", "HcJ@150℃ min", "尺寸公差 (mm)", "镀层 (µm)", "依据"],
        ["PP-MAG-0183", "48UH", 1.33, 1990, 342, 0.92, 1030, "-0.05/0 ; -0.03/0 ; ±0.10", "10–25 环氧", "PS-0183 Rev D"],
        ["PP-MAG-0211", "45SH", 1.32, 1592, 334, 0.92, 620, "±0.05", "10–20 NiCuNi", "PS-0211 Rev B"],
    ], widths=[14, 8, 10, 13, 12, 10, 13, 24, 12, 14])
    ws3 = wb.create_sheet("NCR")
    ws_put(ws3, [
        ["NCR", "日期", "批号", "缺陷", "数量", "原因（供应商 8D）", "处置", "状态"],
        ["NCR-25-109", "2025-11-07", "见记录", "崩角 > 0.3 mm，抽样 2/32", "9600", "包装隔片缺失（供应商 D4）", "100% 挑选，扣款", "关闭"],
        ["NCR-25-118", "2025-11-11", "见记录", "HcJ@150℃ 1002 < 1030 kA/m", "14400", "供应商调查中", "整批退货", "开启"],
    ], widths=[12, 11, 10, 26, 8, 28, 16, 8])
    save_wb(wb, rel)
    L(rel, "clear", [], [], [], "parameter-sheet", None, "mixed", True, "xlsx",
      "Incoming-inspection log of purchased magnets (measured Br/HcJ, dimensions, NCRs); buyer's QC, no manufacturing.")


def c14_cu_sxew_csv():
    rel = "csv/班报_20251112.csv"
    rnd = random.Random(1412)
    head = ["日期", "班次", "PLS Cu(g/L)", "PLS pH", "PLS Fe(g/L)", "E1 O/A", "E2 O/A", "有机相 LIX984N(%v/v)",
            "负载有机 Cu(g/L)", "萃余液 Cu(g/L)", "萃余液 pH", "W1 O/A", "S1 O/A", "贫电解液 Cu(g/L)", "富电解液 Cu(g/L)",
            "H2SO4(g/L)", "Co(mg/L)", "瓜尔胶(g/t)", "电流密度(A/m2)", "槽压(V)", "液温(℃)", "阴极产量(t)", "电流效率(%)", "备注"]
    rows = [head]
    for dday in range(6):
        date = (dt.date(2025, 11, 7) + dt.timedelta(days=dday)).isoformat()
        for sh in ("夜", "白", "中"):
            pls = round(rnd.uniform(3.4, 4.5), 2)
            raff = round(rnd.uniform(0.14, 0.26), 2)
            lean = round(rnd.uniform(34.5, 36.5), 1)
            rich = round(lean + rnd.uniform(13.5, 15.5), 1)
            cd = rnd.choice([280, 285, 290, 295, 300])
            rows.append([date, sh, pls, round(rnd.uniform(1.75, 2.00), 2), round(rnd.uniform(1.2, 2.4), 2),
                         round(rnd.uniform(1.0, 1.15), 2), round(rnd.uniform(1.0, 1.15), 2), 18,
                         round(rnd.uniform(7.4, 8.2), 2), raff, round(rnd.uniform(1.45, 1.65), 2),
                         round(rnd.uniform(1.3, 1.6), 1), round(rnd.uniform(1.2, 1.4), 2), lean, rich,
                         rnd.choice([178, 180, 182, 184, 186]), rnd.choice([110, 120, 130, 140]), 250, cd,
                         round(rnd.uniform(1.92, 2.08), 2), round(rnd.uniform(44, 47), 1),
                         round(rnd.uniform(10.8, 12.4), 2), round(rnd.uniform(90.5, 93.2), 1),
                         rnd.choice(["", "", "", "E2 相界面偏高,已调", "出槽 24 槽", "S1 夹带有机 15 ppm", ""])])
    rows.append(["说明", "萃取 2 级 + 洗涤 1 级 + 反萃 1 级; 电积 84 槽 × 60 块阴极 (不锈钢永久阴极), Pb-Ca-Sn 阳极", "", "", "", "", "", "",
                 "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""])
    write_csv(rel, rows, encoding="gb18030", newline="\r\n")
    L(rel, "clear", [], [], [], "parameter-sheet", None, "zh", True, "csv",
      "Copper SX-EW shift log (LIX984N, O/A, stages, EW current density); other-metal hydrometallurgy, GB18030 CSV.")


def c15_coni_xlsx():
    rel = "xlsx/萃取工段日报-1112.xlsx"
    rnd = random.Random(1512)
    wb = new_wb("湿法车间")
    ws = wb.active
    ws.title = "P204除杂"
    ws_put(ws, [["料液：MHP 硫酸浸出液（除铁铝后）  有机：P204 20% + 260# 溶剂油  皂化：NaOH  皂化率 65%  级数：E6 / W4 / S4 / 除铁 2"]], header_rows=())
    head = ["时间", "级号", "段", "O/A", "水相pH", "Co(g/L)", "Ni(g/L)", "Zn(mg/L)", "Mn(g/L)", "Ca(mg/L)", "Cu(mg/L)", "酸(N)", "界面(mm)"]
    rows = [head]
    for t in ("08:00", "16:00", "00:00"):
        for st in range(1, 15):
            seg = "E" if st <= 6 else ("W" if st <= 10 else "S")
            ph = round(rnd.uniform(2.6, 3.2), 2) if seg == "E" else ""
            rows.append([t, st, seg, 1.5 if seg == "E" else (8.0 if seg == "W" else 10.0), ph,
                         round(rnd.uniform(7.5, 8.3), 2) if seg == "E" else "", round(rnd.uniform(86, 92), 1) if seg == "E" else "",
                         round(rnd.uniform(1, 300 / st), 1) if seg == "E" else "", round(rnd.uniform(0.01, 4.0 / st), 3) if seg == "E" else "",
                         round(rnd.uniform(5, 150 / st), 1) if seg == "E" else "", round(rnd.uniform(0.5, 40 / st), 1) if seg == "E" else "",
                         "" if seg == "E" else (0.5 if seg == "W" else 2.5), rnd.choice([150, 160, 170, 180])])
    ws_put(ws, rows, start_row=2, header_rows=(2,), widths=[8, 6, 5, 6, 8, 8, 8, 9, 9, 9, 9, 7, 9])
    ws2 = wb.create_sheet("P507钴镍分离")
    ws_put(ws2, [["有机：P507 25% + 260# 溶剂油  皂化：NaOH 皂化率 60%  E8 / W6 / S4  反萃酸 H2SO4 2.5 N  产品：CoSO4 溶液（送结晶）  萃余液：NiSO4（送 C272 除镁）"]], header_rows=())
    head2 = ["时间", "级号", "段", "O/A", "pH", "Co(g/L)", "Ni(g/L)", "Mg(g/L)", "Na(g/L)", "有机Co(g/L)", "温度(℃)", "搅拌(rpm)", "备注"]
    rows2 = [head2]
    for t in ("08:00", "16:00", "00:00"):
        co = 8.1
        for st in range(1, 19):
            seg = "E" if st <= 8 else ("W" if st <= 14 else "S")
            if seg == "E":
                co = round(co * rnd.uniform(0.28, 0.42), 4)
                rows2.append([t, st, seg, 1.2, round(rnd.uniform(5.0, 5.4), 2), co, round(rnd.uniform(88, 92), 1),
                              round(rnd.uniform(0.4, 0.7), 2), round(rnd.uniform(6, 9), 1), "", round(rnd.uniform(38, 42), 1), 280, ""])
            elif seg == "W":
                rows2.append([t, st, seg, 10, round(rnd.uniform(3.8, 4.5), 2), round(rnd.uniform(12, 25), 1), round(rnd.uniform(0.05, 2.0), 2),
                              "", "", round(rnd.uniform(9.5, 11.5), 2), round(rnd.uniform(38, 42), 1), 260, ""])
            else:
                rows2.append([t, st, seg, 8, "", round(rnd.uniform(105, 118), 1) if st == 18 else "", round(rnd.uniform(0.002, 0.01), 3) if st == 18 else "",
                              "", "", round(rnd.uniform(0.01, 0.5), 2), round(rnd.uniform(38, 42), 1), 260,
                              "反萃液出口" if st == 18 else ""])
    ws_put(ws2, rows2, start_row=2, header_rows=(2,), widths=[8, 6, 5, 6, 7, 9, 8, 8, 8, 11, 8, 9, 12])
    ws3 = wb.create_sheet("C272除镁")
    ws_put(ws3, [
        ["指标", "设定", "08:00", "16:00", "00:00"],
        ["Cyanex 272 浓度 (v/v)", "20%", "20%", "20%", "20%"],
        ["皂化率 (%)", "50", 49, 51, 50],
        ["级数 E/W/S", "6/4/3", "", "", ""],
        ["萃余 Ni (g/L)", "≥ 85", 88.4, 87.9, 88.8],
        ["萃余 Mg (mg/L)", "≤ 20", 14, 17, 12],
        ["萃余 Co (mg/L)", "≤ 5", 2.1, 2.6, 1.8],
        ["NiSO4 去向", "MVR 蒸发结晶", "", "", ""],
    ], widths=[22, 14, 10, 10, 10])
    ws4 = wb.create_sheet("消耗")
    ws_put(ws4, [
        ["项目", "单位", "本日", "月累计", "定额"],
        ["液碱 32%", "t", 38.2, 452.0, "≤ 0.95 t/t Ni"],
        ["硫酸 98%", "t", 22.6, 265.4, "≤ 0.60 t/t Ni"],
        ["P507 补加", "kg", 42, 510, "≤ 1.2 kg/t Ni"],
        ["P204 补加", "kg", 35, 402, "≤ 1.0 kg/t Ni"],
        ["溶剂油", "kg", 160, 1890, ""],
        ["Ni 产出 (金属量)", "t", 40.6, 478.9, ""],
        ["Co 产出 (金属量)", "t", 3.55, 41.8, ""],
    ], widths=[16, 6, 10, 10, 16])
    save_wb(wb, rel)
    L(rel, "clear", [], [], [], "parameter-sheet", None, "zh", True, "xlsx",
      "Cobalt/nickel refinery SX log with P204, P507 and Cyanex 272 (stages, O/A, pH, saponification); other metal, not RE.")


def c16_blackmass_yaml():
    rel = "cfg/LB-leach_recipe_v7.yaml"
    y = """# ------------------------------------------------------------------
# Recipe file for batch PLC (Siemens S7-1500, recipe DB 41)
# Plant: LIB recycling hydromet line 1 (black mass from shredded Li-ion cells)
# 黑粉湿法回收一线 配方  —  change only via MOC procedure MOC-HY-03
# ------------------------------------------------------------------
recipe:
  id: LB-LEACH-07
  revision: 7
  approved_by: "process eng. / 工艺工程师 刘 ×"
  valid_from: 2025-09-15
  feed:
    material: black mass (NCM 523/622 + LFP mix, after pyrolysis 550 C and sieving < 0.5 mm)
    accepted_chemistries: [NCM, NCA, LCO, LFP, LMO]
    rejected_at_sorting: [NiMH, NiCd, Pb-acid]   # NiMH packs go to external contractor, not processed here
    typical_assay_wt_pct: {Ni: 18.5, Co: 6.2, Mn: 5.9, Li: 3.6, Cu: 2.1, Al: 1.4, Fe: 3.0, C: 32.0, F: 1.8}
    batch_mass_kg: 2500

leach:                       # 浸出 R-101 (20 m3, PP-lined)
  acid: H2SO4
  acid_conc_mol_L: 2.0
  reductant: H2O2
  h2o2_vol_pct: 4.0          # dosed over first 60 min
  solid_liquid_g_L: 100
  temperature_C: 80
  time_min: 120
  agitator_rpm: 95
  target_extraction_pct: {Li: 98, Ni: 97, Co: 97, Mn: 96}
  end_point: {pH_max: 1.2, ORP_mV_min: 450}

filtration:                  # 压滤 FP-102
  wash_water_m3_per_t: 1.5
  graphite_residue_to: carbon recovery bag station

impurity_removal:
  cu_cementation: {reagent: Fe powder, stoich_ratio: 1.2, temp_C: 50, time_min: 45}
  fe_al_precipitation: {reagent: NaOH 30 pct, pH_setpoint: 4.5, temp_C: 85, time_min: 90, air_sparging_Nm3_h: 40}
  f_removal: {reagent: Ca(OH)2, pH: 5.0}

solvent_extraction:
  - stage_group: Mn/Zn/Ca removal
    extractant: "P204 (D2EHPA) 20 pct in kerosene"
    saponification_pct: 70
    stages: {extract: 5, scrub: 3, strip: 3}
    O_to_A: 1.0
    eq_pH: 2.8
  - stage_group: Co/Ni separation
    extractant: "Cyanex 272 20 pct in kerosene"
    saponification_pct: 55
    stages: {extract: 6, scrub: 4, strip: 3}
    O_to_A: 1.5
    eq_pH: 5.3
    strip_acid: "H2SO4 2.0 mol/L"

lithium_recovery:
  evaporation_to_Li_g_L: 25
  precipitant: Na2CO3 (saturated, 300 g/L)
  temp_C: 95
  time_min: 60
  product: Li2CO3 battery grade (>= 99.5 pct), wash 2x hot DI water

alarms:
  - {tag: TT-101, hi: 88, hihi: 92}
  - {tag: AT-101-pH, lo: 0.3}
  - {tag: LEL-101, hi: 10}     # H2 evolution from residual Al/Cu
"""
    write_text(rel, y)
    L(rel, "clear", [], [], [], "parameter-sheet", None, "mixed", True, "yaml",
      "PLC recipe for Li-ion black-mass leaching/SX (P204, Cyanex 272); battery recycling is not RE secondary resources.")


def c17_ferrite_xlsx():
    rel = "xlsx/工艺卡-FB9-AN5.xlsx"
    wb = new_wb("技术部")
    ws = wb.active
    ws.title = "FB9N 湿压异性瓦"
    ws_put(ws, [
        ["工序卡 PC-FB9N-03  产品：各向异性烧结锶铁氧体瓦形磁体（LaCo 取代）  客户：汽车雨刮电机"],
        [],
        ["工序", "项目", "设定值", "公差", "单位", "设备", "记录"],
        ["10 配料", "Fe2O3 (≥ 99.3%)", 84.6, "±0.1", "wt%", "电子秤", "QR-01"],
        ["10 配料", "SrCO3", 10.9, "±0.05", "wt%", "", ""],
        ["10 配料", "La2O3", 2.9, "±0.03", "wt%", "", "取代元素"],
        ["10 配料", "Co3O4", 1.0, "±0.02", "wt%", "", ""],
        ["10 配料", "CaCO3 / SiO2 / H3BO3", "0.35 / 0.18 / 0.07", "", "wt%", "", ""],
        ["20 预烧", "回转窑温度", 1280, "±10", "℃", "回转窑 RK-2", "QR-02"],
        ["20 预烧", "停留时间", 90, "±10", "min", "", ""],
        ["30 粗破", "振动磨出料粒度", 4.5, "±1", "µm", "", ""],
        ["40 细磨", "球磨粒度 D50", 0.75, "±0.05", "µm", "湿式球磨 BM-4", "QR-03"],
        ["40 细磨", "添加 CaCO3 / SiO2", "0.7 / 0.45", "", "wt%", "", ""],
        ["50 湿压", "料浆含固量", 68, "±2", "%", "", ""],
        ["50 湿压", "取向磁场", 800, "≥", "kA/m", "湿压机 WP-06", "QR-04"],
        ["50 湿压", "成型压力", 45, "±5", "MPa", "", ""],
        ["50 湿压", "生坯密度", 3.15, "±0.05", "g/cm³", "", ""],
        ["60 干燥", "温度/时间", "110 / 8", "", "℃ / h", "", ""],
        [],
        ["70 烧结（隧道窑 TK-1 温区曲线）"],
        ["段", "起始温度 ℃", "终止温度 ℃", "升温速率 ℃/h", "保温 h", "气氛", "作用"],
        [1, 25, 450, 150, 0, "空气", "排水、排有机分散剂"],
        [2, 450, 1000, 250, 0, "空气", ""],
        [3, 1000, 1215, 120, 0, "空气", ""],
        [4, 1215, 1215, 0, 1.5, "空气", "致密化"],
        [5, 1215, 80, -200, 0, "空气", "随窑冷却"],
        [],
        ["80 磨加工", "内外弧金刚石磨轮", "R 内 29.6 / R 外 36.6", "±0.05", "mm", "磨床 GR-3", "QR-05"],
        ["90 检验", "Br / HcJ / (BH)max", "≥ 440 mT / ≥ 380 kA/m / ≥ 37 kJ/m³", "", "", "B-H 仪", "QR-06"],
    ], header_rows=(3, 21), widths=[16, 22, 18, 14, 10, 14, 18])
    ws2 = wb.create_sheet("AlNiCo5 铸造")
    ws_put(ws2, [
        ["工序卡 PC-AN5-01  产品：铸造铝镍钴 LNG40 (AlNiCo 5) 圆柱  Ø10 × 40 mm"],
        [],
        ["工序", "项目", "设定值", "单位", "备注"],
        ["配料", "Al / Ni / Co / Cu / Ti / Fe", "8.2 / 14.0 / 24.0 / 3.0 / 0.3 / 余", "wt%", ""],
        ["熔炼", "中频感应炉 出钢温度", 1620, "℃", "大气熔炼, 砂型/壳型"],
        ["固溶", "温度 / 时间", "1250 / 20", "℃ / min", "随后空冷至 900 ℃"],
        ["磁场热处理", "温度 / 磁场 / 时间", "820 / 160 / 10", "℃ / kA/m / min", "沿轴向磁场等温处理"],
        ["回火一级", "温度 / 时间", "600 / 4", "℃ / h", ""],
        ["回火二级", "温度 / 时间", "550 / 10", "℃ / h", ""],
        ["磨加工", "端面磨 / 无心磨", "±0.02", "mm", ""],
        ["检验", "Br / HcB / (BH)max", "≥ 1.25 T / ≥ 48 kA/m / ≥ 40 kJ/m³", "", "GB/T 17951 对应牌号"],
    ], header_rows=(3,), widths=[14, 26, 30, 14, 24])
    save_wb(wb, rel)
    L(rel, "clear", [], [], [], "process-spec", None, "zh", True, "xlsx",
      "Ferrite (La-Co substituted) and AlNiCo magnet process cards with field pressing and kiln curves; ferrite/AlNiCo are not controlled magnet types.")


def c18_al_potline_csv():
    rel = "csv/电解二车间_槽况_1115.csv"
    rnd = random.Random(1815)
    head = ["槽号", "I(kA)", "U(V)", "T(℃)", "过热度(℃)", "分子比", "AlF3(kg)", "下料间隔(s)", "Al2O3(%)", "效应系数",
            "铝水平(cm)", "电解质水平(cm)", "出铝(kg)", "Fe(%)", "Si(%)", "阳极更换", "备注"]
    rows = [head]
    for n in range(2101, 2131):
        rows.append([n, 420, round(rnd.uniform(3.90, 4.06), 3), rnd.randint(947, 959), rnd.randint(7, 13),
                     round(rnd.uniform(2.38, 2.56), 2), rnd.choice([0, 10, 15, 20, 25, 30]), rnd.randint(92, 125),
                     round(rnd.uniform(1.9, 2.8), 2), rnd.choice([0, 0, 0, 0, 0.02, 0.05]), rnd.randint(21, 25),
                     rnd.randint(17, 21), rnd.randint(3020, 3160), round(rnd.uniform(0.06, 0.14), 3),
                     round(rnd.uniform(0.03, 0.06), 3), rnd.choice(["", "", "A07/A22", "A11", "", "A03/A18"]),
                     rnd.choice(["", "", "", "", "针振 8 mV", "壳面偏硬", "侧部温度 320℃ 观察", ""])])
    rows.append(["系列", "420", "平均", "", "", "", "", "", "", "", "", "", "", "", "", "", "系列 2 区 A/B 段 预焙阳极 28 组/槽"])
    write_csv(rel, rows, encoding="utf-8", newline="\r\n", bom=True)
    L(rel, "clear", [], [], [], "parameter-sheet", None, "zh", True, "csv",
      "Aluminium prebake potline cell log (420 kA, cryolite ratio, AlF3, ~955 °C); fluoride-bath electrolysis of Al, not RE metal.")


def c19_carbide_ini():
    rel = "cfg/SHIP-03_recipe_K20.ini"
    ini = """; =====================================================================
; Sinter-HIP furnace SHIP-03 (graphite hot zone, 9.0 MPa max)
; Recipe: K20 / YG8 inserts, WC-8Co, fine grain (WC 0.8 um), wax binder
; Exported from HMI 2025-10-28 14:21  by  shift eng. T. Novak
; =====================================================================
[HEADER]
RecipeName=K20_YG8_STD
Revision=12
Material=WC-8Co (Cr3C2 0.4 %, VC 0.2 % grain growth inhibitors)
Binder=Paraffin wax 2.0 wt%
LoadMax_kg=450
Trays=graphite, Y2O3-coated   ; yttria coating prevents carbon pick-up
Thermocouple=Type C (W-Re), control TC2

[SEG01]
Name=Dewax heat-up
Gas=H2
Flow_slpm=60
Pressure_mbar=800
RampTo_C=200
Rate_C_min=2.0
Hold_min=30

[SEG02]
Name=Dewax
Gas=H2
Flow_slpm=80
Pressure_mbar=800
RampTo_C=450
Rate_C_min=1.0
Hold_min=90
WaxTrap=ON

[SEG03]
Name=Reduction / degas
Gas=VAC
Pressure_mbar=0.05
RampTo_C=1200
Rate_C_min=4.0
Hold_min=30

[SEG04]
Name=Carbon control
Gas=Ar+CH4 (1 %)
Pressure_mbar=20
RampTo_C=1300
Rate_C_min=3.0
Hold_min=20

[SEG05]
Name=Liquid-phase sinter
Gas=Ar
Pressure_mbar=15
RampTo_C=1420
Rate_C_min=3.0
Hold_min=45

[SEG06]
Name=HIP
Gas=Ar
Pressure_MPa=5.0
RampTo_C=1420
Rate_C_min=0
Hold_min=30

[SEG07]
Name=Cool
Gas=Ar
Pressure_MPa=0.1
RampTo_C=1200
Rate_C_min=10.0
Hold_min=0
FastCool=ON
FanSpeed_pct=80

[QC_TARGETS]
Density_g_cm3=14.70-14.80
HV30=1580-1640
Hc_kA_m=22.5-24.5         ; coercive force, magnetic QC of Co binder
Com_pct=7.4-7.8           ; magnetic saturation, % of nominal Co
Porosity=A02 B00 C00
Eta_phase=none
"""
    write_text(rel, ini, newline="\r\n")
    L(rel, "clear", [], [], [], "parameter-sheet", None, "en", True, "ini",
      "Cemented-carbide sinter-HIP furnace recipe (segments, ramps, holds, magnetic QC of Co); not a RE magnet.")


def c20_popsci_md():
    rel = "notes/note-1107.md"
    md = """# 稀土究竟"稀"在哪？——写给中学生的 17 种元素小史

*科普专栏 · 2025 年第 11 期*

## 一、名字的由来

"稀土"这个名字来自 18 世纪末。当时化学家从瑞典小镇伊特比（Ytterby）附近的矿石里分离出一种新的"土"——那时把难熔的金属氧化物叫作"土"。
因为这种土看起来稀少，就被叫作"稀土"。后来人们发现，它其实是 17 种元素的总称：元素周期表里的 15 种镧系元素，再加上钪和钇。

有趣的是，稀土并不真的稀少。铈在地壳中的含量和铜差不多，比铅还多。它们"稀"在两点：一是很少富集成容易开采的矿床；二是彼此化学性质极其相似，
分开它们非常困难——历史上有化学家花了几年时间、做了上千次重结晶，才得到一点点纯的铥。

## 二、轻稀土和重稀土

人们习惯把镧到铕叫作"轻稀土"，把钆到镥以及钇叫作"重稀土"。我国内蒙古的白云鄂博以轻稀土为主，而江西、广东等南方省份的"离子吸附型"矿
里重稀土比较多——这种矿的稀土不是长在矿物晶体里，而是"吸附"在风化的黏土表面，这是地球上很特别的一种矿床。

## 三、它们在哪里工作？

| 用途 | 用到的稀土 | 你身边的例子 |
|---|---|---|
| 永磁体 | 钕、镨、镝、铽、钐 | 电动汽车电机、风力发电机、耳机、手机振动马达 |
| 发光材料 | 铕、铽、钇、铈 | LED 灯、早年的荧光灯、显示屏 |
| 催化剂 | 铈、镧 | 汽车尾气净化器、炼油厂的催化裂化 |
| 抛光 | 铈 | 手机玻璃盖板、相机镜头 |
| 储氢与电池 | 镧、铈 | 混合动力汽车的镍氢电池 |
| 医疗 | 钆 | 磁共振检查用的造影剂 |
| 激光 | 钕、铒、镱 | 光纤通信放大器、激光切割机 |

一辆纯电动汽车的驱动电机里大约有 1–3 千克钕铁硼磁体；一台 3 兆瓦的直驱风机需要约 2 吨。

## 四、为什么大家都在谈论它？

我国稀土储量约占全球三分之一多，但开采量约占七成、分离冶炼产能约占九成、高性能磁体产量约占九成。这种"全产业链"优势是几十年积累的结果，
所以稀土成为国际贸易中的热门话题。2025 年，我国对部分稀土相关技术和物项实施了出口管制。

## 五、稀土与环境

稀土开采和分离会产生废水、废渣，有的矿还伴生放射性元素钍。过去粗放开采给一些地方留下了生态问题，现在国家对开采总量、环保标准都有严格要求，
许多矿区正在做生态修复。

## 六、回收：城市里的"稀土矿"

废旧电机、硬盘、手机里的磁体都含有稀土。科学家把这些废弃物称为"城市矿山"。目前回收的稀土主要来自磁体生产过程中的边角料，未来报废的电动汽车和风机
将成为更大的来源。

## 小测验

1. 稀土一共有多少种元素？
2. 离子吸附型稀土矿的稀土"藏"在哪里？
3. 举出两种你身边用到稀土的东西。

*（答案：17 种；吸附在风化黏土表面；任选，如耳机、LED 灯）*
"""
    write_text(rel, md)
    L(rel, "clear", [], [], [], "other", None, "zh", True, "md",
      "Popular-science article on rare earths (history, uses, industry share); general knowledge only.")


# ==========================================================================
# CONTROLLED coded sheets
# ==========================================================================
def k01_electrolysis_xlsx():
    rel = "xlsx/三车间班报_1118.xlsx"
    rnd = random.Random(2118)
    wb = new_wb("三车间")
    ws = wb.active
    ws.title = "班报"
    ws_put(ws, [["三车间 熔盐电解 班报   日期：2025-11-18   体系：氟化物（主盐 + LiF）   阴极：钨棒 Ø70   阳极：石墨（4 块组合）   接收：钼坩埚"]], header_rows=())
    head = ["槽号", "班次", "I(kA)", "U(V)", "T(℃)", "料速(kg/h)", "加料(kg)", "出炉(kg)", "出炉次数", "η(%)",
            "直流电耗(kWh/kg)", "阴极插深(mm)", "极距(cm)", "阳极更换", "LiF补(kg)", "主盐补(kg)", "备注"]
    rows = [head]
    eq = 1.79  # g/Ah
    for cell in range(1, 17):
        for sh in ("夜", "白", "中"):
            I = round(rnd.uniform(6.0, 6.5), 2)
            U = round(rnd.uniform(9.3, 10.6), 2)
            T = rnd.randint(1038, 1064)
            eta = round(rnd.uniform(74.0, 82.5), 1)
            metal = round(I * 1000 * 8 * eq * eta / 100 / 1000, 1)
            feed = round(metal * rnd.uniform(1.175, 1.195), 1)
            kwh = round(I * U * 8 / metal, 2)
            note = rnd.choice(["", "", "", "", "阳极效应 1 次, 已处理", "槽底沉积, 捞渣", "出炉温度偏低", "阴极下降 20 mm", "电压波动"])
            rows.append(["E%02d" % cell, sh, I, U, T, round(feed / 8, 2), feed, metal, 4, eta, kwh,
                         rnd.choice([380, 390, 400, 410, 420]), round(rnd.uniform(8.0, 10.0), 1),
                         rnd.choice(["", "", "", "1 块", "2 块"]), rnd.choice([0, 0, 2, 3, 5]),
                         rnd.choice([0, 0, 0, 10, 15]), note])
    ws_put(ws, rows, start_row=2, header_rows=(2,), widths=[6, 5, 7, 7, 7, 9, 8, 8, 7, 7, 12, 11, 8, 8, 8, 8, 18])
    ws.freeze_panes = "C3"
    ws2 = wb.create_sheet("工艺卡")
    ws_put(ws2, [
        ["项目", "控制值", "单位", "说明"],
        ["系列电流", "6.0–6.5", "kA", "整流柜恒流, 每槽分流"],
        ["阴极电流密度", "6.5–7.5", "A/cm²", "钨阴极 Ø70, 插深 380–420 mm"],
        ["阳极电流密度", "0.9–1.1", "A/cm²", "石墨阳极, 厚度 < 40 mm 更换"],
        ["槽电压", "9.3–10.5", "V", "> 11 V 检查阳极效应"],
        ["电解温度", "1040–1060", "℃", "W-Re 热电偶, 每 2 h 测量"],
        ["电解质组成", "主盐 : LiF = 88 : 12", "wt%", "每班取样, LiF 低于 10% 补加"],
        ["氧化物加料", "1.62–1.72", "kg/(kA·h)", "振动给料, 每 2–3 min 一次, 少量多次"],
        ["氧化物原料", "灼减 ≤ 1.0%, 粒度 D50 3–6 µm", "", "入槽前 300 ℃ 烘干 2 h"],
        ["极距", "8–10", "cm", ""],
        ["出炉周期", "2", "h", "真空抬包抽吸入钼坩埚, 浇铸入铁模"],
        ["电流效率", "≥ 78", "%", ""],
        ["直流电耗", "≤ 7.8", "kWh/kg", ""],
        ["产品要求", "总量 ≥ 99.5; C ≤ 0.03; Fe ≤ 0.30; Mo+W ≤ 0.05; O ≤ 0.03", "wt%", "每炉取样"],
        ["阳极效应处理", "降料速 30%, 搅动阳极区, 电压回落 < 10.5 V 后恢复", "", ""],
    ], widths=[14, 40, 12, 32])
    ws3 = wb.create_sheet("交接班")
    ws_put(ws3, [
        ["时间", "内容", "交班人", "接班人"],
        ["2025-11-18 08:00", "E05 阳极换 2 块; E11 槽底沉积较多, 中班安排捞渣; LiF 库存 1.2 t", "赵", "钱"],
        ["2025-11-18 16:00", "E03 阴极更换新钨棒; 整流 2# 柜报温, 已通知电工", "钱", "孙"],
        ["2025-11-19 00:00", "全班出炉 192 次, 合计 3,310 kg; 氧化物投入 3,925 kg", "孙", "赵"],
    ], widths=[18, 70, 8, 8])
    save_wb(wb, rel)
    L(rel, "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", None, "zh", False, "xlsx",
      "Molten-salt electrolysis shift log and set-points (6 kA, ~1050 °C, LiF fluoride bath, W cathode, Mo crucible, oxide feed) — RE metal smelting by numbers only, no 'rare earth' words.")


def k02_sx_setpoints_csv():
    rel = "csv/二线_槽体设定_1109.csv"
    rows = [
        ["二线 槽体设定表", "生效 2025-11-09", "体系 P507-HCl", "", "", "", "", "", "", "", "", "", "", ""],
        ["有机相", "P507 1.5 mol/L + 磺化煤油", "皂化剂", "液碱 30%", "皂化度(%)", "36", "槽型", "箱式混合澄清槽 0.8 m3/级", "", "", "", "", "", ""],
        ["料液", "氯化物 1.50 mol/L", "pH", "3.0-4.0", "配分(%)", "La 25.2 / Ce 50.3 / Pr 5.2 / Nd 16.4 / 其他 2.9", "分组", "LaCe | PrNd", "", "", "", "", "", ""],
        [],
        ["段", "起始级", "终止级", "级数", "进料点", "流量(L/min)", "浓度/酸度", "O/A", "控制pH", "混合(rpm)", "混合时间(min)", "界面(mm)", "T(℃)", "控制指标"],
        ["皂化", "S1", "S4", "4", "有机入 S1", "有机 180", "液碱 30%", "", "", "260", "3.0", "350", "常温", "皂化度 35-37%"],
        ["萃取", "1", "22", "22", "料液入 22", "料液 60", "1.50 mol/L", "2.4", "3.5-4.0 (1级)", "240", "3.5", "360", "25-30", "1级水相 PrNd/Σ ≤ 0.05%"],
        ["洗涤", "23", "58", "36", "洗酸入 58", "洗酸 14", "HCl 4.0 N", "12.9", "", "240", "3.5", "360", "25-30", "40级有机 La+Ce/Σ ≤ 8%"],
        ["反萃", "59", "66", "8", "反酸入 66", "反酸 20", "HCl 6.0 N", "9.0", "", "220", "4.0", "340", "25-30", "反萃液 余酸 0.3-0.5 N"],
        ["洗有机", "67", "68", "2", "", "水 8", "HCl 1 N", "22.5", "", "200", "3.0", "340", "", "有机含 Fe ≤ 5 mg/L"],
        [],
        ["监测点", "级号", "项目", "目标", "频次", "", "", "", "", "", "", "", "", ""],
        ["M1", "1", "水相 pH / PrNd/Σ", "3.5-4.0 / ≤ 0.05%", "2 h", "", "", "", "", "", "", "", "", ""],
        ["M2", "14", "水相 Pr/Σ", "0.8-1.5%", "4 h", "", "", "", "", "", "", "", "", ""],
        ["M3", "22", "水相 Ce/Σ", "42-48%", "4 h", "", "", "", "", "", "", "", "", ""],
        ["M4", "40", "有机 Ce/Σ", "5-8%", "4 h", "", "", "", "", "", "", "", "", ""],
        ["M5", "58", "有机 Ce/Σ", "≤ 0.05%", "2 h", "", "", "", "", "", "", "", "", ""],
        ["M6", "66", "反萃液 Ce/Σ, La/Σ, 余酸", "≤ 0.05%, ≤ 0.01%, 0.3-0.5 N", "2 h", "", "", "", "", "", "", "", "", ""],
        [],
        ["调整规则", "M3 Ce/Σ 偏离 > 3%：料液流量 ±1 L/min；M5 超标：洗酸 +0.5 L/min 或有机 -3 L/min，2 h 后复测", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["出口", "萃余液 LaCe → 三线 La/Ce 分离；反萃液 PrNd → 沉淀 (草酸 1.1 倍理论量, 60 ℃) → 灼烧 950 ℃ 2 h", "", "", "", "", "", "", "", "", "", "", "", ""],
    ]
    write_csv(rel, rows, encoding="gb18030", newline="\r\n")
    L(rel, "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "zh", False, "csv",
      "GB18030 set-point table of a P507-HCl mixer-settler cascade (LaCe/PrNd split: stages, flows, O/A, acid N, saponification, monitoring) — separation know-how with short codes.")


def k03_hd_jm_csv():
    rel = "csv/line2_HDJM_2025-11-14.csv"
    rnd = random.Random(2314)
    head = ["lot", "alloy", "flake_mm", "HD_P_MPa", "HD_abs_min", "HD_T_max_C", "DeH_T_C", "DeH_h", "H_ppm",
            "JM_gas", "JM_P_MPa", "CLS_rpm", "feed_kg_h", "O2_ppm", "D50_um", "D90_D10", "lube_wt_pct",
            "powder_O_ppm", "yield_pct", "op"]
    rows = [["# line 2 | HD furnace HD-02 (1.2 t/batch, rotary) | jet mill JM-02 fluidised-bed 400 | N2 closed loop | export 2025-11-14 23:59"], head]
    alloys = ["A48SH-R3", "A52M-R1", "A45UH-R5", "A42SH-C2"]
    for i in range(18):
        al = alloys[i % 4]
        d50 = {"A48SH-R3": (3.0, 3.3), "A52M-R1": (3.6, 3.9), "A45UH-R5": (2.8, 3.1), "A42SH-C2": (3.1, 3.4)}[al]
        rows.append([
            "HJ25111%02d" % (i + 1), al, round(rnd.uniform(0.24, 0.34), 2), round(rnd.uniform(0.10, 0.16), 2),
            rnd.randint(95, 150), rnd.randint(58, 85), rnd.choice([560, 570, 580]), rnd.choice([6, 6.5, 7]),
            rnd.randint(900, 1450), "N2", round(rnd.uniform(0.62, 0.70), 2), rnd.choice([3400, 3600, 3800, 4000, 4200]),
            rnd.choice([180, 200, 220, 240]), rnd.randint(4, 28), round(rnd.uniform(*d50), 2),
            round(rnd.uniform(3.6, 4.4), 2), rnd.choice([0.05, 0.08, 0.10]), rnd.randint(420, 780),
            round(rnd.uniform(97.2, 99.1), 1), rnd.choice(["LY", "ZQ", "HM"]),
        ])
    rows.append(["# limits: O2 <= 30 ppm (alarm 50); D50 A52M 3.6-3.9, A48SH 3.0-3.3, A45UH 2.8-3.1, A42SH-C2 3.1-3.4; "
                 "DeH vacuum end < 10 Pa; powder to N2 glovebox mixer within 4 h"])
    write_csv(rel, rows, encoding="utf-8", newline="\n")
    L(rel, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "en", False, "csv",
      "Hydrogen-decrepitation and jet-mill lot log (H2 pressure, dehydrogenation T, classifier rpm, D50, O2 ppm) for sintered-magnet grades; NdFeB powder making by numbers.")


def k04_sinter_xlsx():
    rel = "xlsx/VSF-06_程序表.xlsx"
    rnd = random.Random(2406)
    wb = new_wb("烧结工段")
    ws = wb.active
    ws.title = "P12 (48SH)"
    ws_put(ws, [["炉号 Furnace VSF-06 | 程序 Program P12 | 牌号 Grade 48SH | 装炉量 Charge ≤ 600 kg | 修订 Rev.9 2025-10-30"]], header_rows=())
    head = ["段 Seg", "类型 Type", "SP (℃)", "速率 Rate (℃/min)", "时间 Time (min)", "真空 Vac (Pa)", "气氛 Atm", "联锁 Interlock", "说明 Note"]
    prog = [
        [1, "RAMP", 200, 3.0, "", "≤ 5", "VAC", "", ""],
        [2, "SOAK", 200, "", 60, "≤ 5", "VAC", "", "脱润滑剂 debinding"],
        [3, "RAMP", 400, 2.0, "", "≤ 10", "VAC", "", ""],
        [4, "SOAK", 400, "", 60, "≤ 10", "VAC", "", "脱气 degas"],
        [5, "RAMP", 600, 2.0, "", "≤ 20", "VAC", "", ""],
        [6, "SOAK", 600, "", 120, "≤ 5", "VAC", "真空 ≤ 5 Pa 方可进入下一段", "脱氢 dehydrogenation"],
        [7, "RAMP", 850, 3.0, "", "≤ 1", "VAC", "", ""],
        [8, "SOAK", 850, "", 60, "≤ 0.5", "VAC", "", "均温 equalise"],
        [9, "RAMP", 1045, 1.5, "", "≤ 5E-2", "VAC", "", ""],
        [10, "SOAK", 1045, "", 300, "≤ 5E-2", "VAC", "", "烧结 sinter"],
        [11, "COOL", 80, "", "", "", "Ar 80 kPa", "风机 fan 100%", "气淬 gas quench"],
    ]
    ws_put(ws, [head] + prog, start_row=2, header_rows=(2,), widths=[8, 9, 8, 14, 12, 12, 11, 26, 22])
    ws_put(ws, [["回火 Tempering"], head,
                [1, "RAMP", 900, 5.0, "", "≤ 1", "VAC", "", ""],
                [2, "SOAK", 900, "", 180, "≤ 1", "VAC", "", "一级 1st"],
                [3, "COOL", 80, "", "", "", "Ar 80 kPa", "", ""],
                [4, "RAMP", 490, 5.0, "", "≤ 1", "VAC", "", ""],
                [5, "SOAK", 490, "", 240, "≤ 1", "VAC", "", "二级 2nd (48SH: 480–500)"],
                [6, "COOL", 60, "", "", "", "Ar 80 kPa", "", ""]], start_row=16, header_rows=(16, 17))
    ws2 = wb.create_sheet("装炉 Charge")
    ws_put(ws2, [
        ["项目 Item", "值 Value", "备注"],
        ["生坯 Green compact", "50.6 × 40.4 × 30.8 mm, 取向 // 30.8", "成型 1.8 T, 等静压 CIP 200 MPa"],
        ["生坯密度 Green density", "4.3–4.5 g/cm³ (压型) / 4.7–4.9 (CIP 后)", ""],
        ["料盒 Boxes", "Mo 盒 18 个, 每盒 4 层", "层间石墨纸"],
        ["装炉量 Charge", "560–600 kg", ""],
        ["出炉收缩 Shrinkage", "⊥ 17–18 %, // 21–23 %", "毛坯 42.5 × 34.0 × 24.3"],
        ["炉况 Furnace check", "漏率 ≤ 0.5 Pa/h; 冷态极限真空 ≤ 5E-3 Pa", "每炉开炉前"],
    ], widths=[22, 40, 32])
    ws3 = wb.create_sheet("结果 Results")
    rows = [["炉次 Batch", "程序", "密度 (g/cm³)", "Br (T)", "HcJ (kA/m)", "HcJ (kOe)", "(BH)max (kJ/m³)", "Hk/HcJ", "判定"]]
    for i in range(12):
        hcj = round(rnd.uniform(1640, 1720))
        rows.append(["V6-2511%02d" % (i + 3), "P12", round(rnd.uniform(7.56, 7.60), 3), round(rnd.uniform(1.375, 1.395), 3),
                     hcj, round(hcj / 79.577, 1), round(rnd.uniform(366, 378)), round(rnd.uniform(0.95, 0.98), 2), "OK"])
    ws_put(ws3, rows, widths=[12, 8, 12, 8, 10, 10, 14, 8, 6])
    save_wb(wb, rel)
    L(rel, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "mixed", False, "xlsx",
      "Vacuum sintering and two-stage tempering program (segments, ramps, soaks, vacuum) with charge and results for a 48SH grade; NdFeB sintering know-how.")


def k05_stripcast_yaml():
    rel = "cfg/sc01_recipe_R27.yaml"
    y = """# SC-01 vacuum induction melting + strip casting  |  PLC recipe export (Beckhoff TwinCAT, RecipeMgr)
# 速凝炉 1# 配方 R27  高丰度合金  — 修改须经工艺部会签
recipe: R27
name: "HA-45M-Ce25"          # 45M 牌号, Ce/TRE = 25 %
rev: 4
date: 2025-10-21
heat_size_kg: 600

composition_wt_pct:          # 目标成分 target
  PrNd: 22.60                # Pr:Nd = 25:75 金属
  Ce: 7.50
  B: 0.98
  Co: 1.00
  Al: 0.15
  Cu: 0.12
  Ga: 0.10
  Zr: 0.08
  Fe: balance
  TRE_total: 30.10
  burn_loss_allowance_pct: {PrNd: 0.6, Ce: 0.8}   # 烧损补偿

charge_kg:                   # 装料 (按上层 → 下层)
  - {item: Fe bar (>= 99.8), kg: 383.4, layer: bottom}
  - {item: FeB (B 19.6 pct), kg: 30.0, layer: bottom}
  - {item: Co plate, kg: 6.0}
  - {item: Cu, kg: 0.72}
  - {item: Al, kg: 0.95}
  - {item: FeGa (Ga 50 pct), kg: 1.20}
  - {item: FeZr (Zr 80 pct), kg: 0.60}
  - {item: PrNd metal, kg: 136.4, layer: top}
  - {item: Ce metal, kg: 45.4, layer: top, note: "Ce 最后加入, 减少挥发氧化"}

melting:
  vacuum_before_power_Pa: 3.0
  leak_rate_max_Pa_per_min: 0.5
  power_steps_kW: [{t_min: 0, kW: 150}, {t_min: 10, kW: 320}, {t_min: 25, kW: 480}]
  ar_backfill_kPa: 45        # 充氩后再熔清, 抑制 Ce/Nd 挥发
  refine_temp_C: 1480
  refine_time_min: 5
  pour_temp_C: [1440, 1460]

casting:
  tundish_preheat_C: 950
  tundish_slot_mm: 3.0
  wheel: {material: CuCrZr, diameter_mm: 600, width_mm: 400}
  wheel_linear_speed_m_s: 1.05      # HA 合金比常规 45M 略快 0.1 m/s
  pour_rate_kg_s: 1.4
  cooling_water: {inlet_C_max: 28, flow_m3_h: 60, delta_T_max_C: 12}
  secondary_cooling: {rotary_drum: true, Ar_kPa: 60, discharge_temp_C_max: 60}

quality_targets:
  flake_thickness_mm: [0.22, 0.34]
  alpha_Fe: "none (XRD)"
  lamella_spacing_um: [3.0, 4.0]     # 2:14:1 柱状晶间距
  O_ppm_max: 300
  C_ppm_max: 300
  chill_crystal_zone_pct_max: 5

next_step: "HD-02, program H-HA (Ce 合金吸氢较慢, 吸氢时间 +20 %)"
"""
    write_text(rel, y)
    L(rel, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "parameter-sheet", None, "mixed", False, "yaml",
      "PLC recipe for melting and strip casting a Ce-substituted (high-abundance) magnet alloy: charge, vacuum/Ar, pour T, wheel speed, flake targets.")


def k06_smco_json():
    rel = "cfg/HT-4_prog_217.json"
    prog = {
        "furnace": "HT-4 (vacuum/Ar, Mo hot zone, 150 kg)",
        "program_id": "P-217-28H",
        "product": "Sm2(Co,Fe,Cu,Zr)17 sintered, grade 28H",
        "alloy_wt_pct": {"Sm": 25.5, "Fe": 18.5, "Cu": 5.6, "Zr": 2.8, "Co": "bal"},
        "green_compact": {"orient_field_T": 2.0, "press": "transverse die + CIP 250 MPa", "green_density_g_cm3": 5.2},
        "steps": [
            {"seg": 1, "mode": "ramp", "sp_C": 400, "rate_C_min": 5, "atm": "vac", "vac_Pa_max": 1.0},
            {"seg": 2, "mode": "soak", "sp_C": 400, "hold_min": 30, "atm": "vac"},
            {"seg": 3, "mode": "ramp", "sp_C": 1100, "rate_C_min": 8, "atm": "vac"},
            {"seg": 4, "mode": "ramp", "sp_C": 1210, "rate_C_min": 2, "atm": "Ar", "p_kPa": 60},
            {"seg": 5, "mode": "soak", "sp_C": 1210, "hold_min": 60, "atm": "Ar", "note": "sinter"},
            {"seg": 6, "mode": "ramp", "sp_C": 1180, "rate_C_min": -1, "atm": "Ar"},
            {"seg": 7, "mode": "soak", "sp_C": 1180, "hold_min": 180, "atm": "Ar", "note": "solution treatment"},
            {"seg": 8, "mode": "quench", "sp_C": 50, "atm": "Ar", "p_kPa": 200, "fan_pct": 100,
             "note": "cool to < 300 C within 8 min"},
            {"seg": 9, "mode": "ramp", "sp_C": 830, "rate_C_min": 6, "atm": "Ar", "p_kPa": 60},
            {"seg": 10, "mode": "soak", "sp_C": 830, "hold_min": 720, "atm": "Ar", "note": "isothermal aging"},
            {"seg": 11, "mode": "ramp", "sp_C": 400, "rate_C_min": -0.7, "atm": "Ar", "note": "controlled slow cool"},
            {"seg": 12, "mode": "soak", "sp_C": 400, "hold_min": 300, "atm": "Ar"},
            {"seg": 13, "mode": "quench", "sp_C": 50, "atm": "Ar", "p_kPa": 200, "fan_pct": 100},
        ],
        "interlocks": {"tc_deviation_max_C": 3, "vac_before_heat_Pa": 0.5, "o2_ar_ppm_max": 5},
        "qc_targets": {"density_g_cm3": ">= 8.35", "Br_T": "1.03-1.08", "HcJ_kA_m": ">= 1990",
                       "BHmax_kJ_m3": "199-223", "Hk_over_HcJ": ">= 0.70"},
        "revision": {"rev": 6, "date": "2025-09-30", "by": "PE-SmCo",
                     "change": "aging 820->830 C, slow-cool rate 1.0->0.7 C/min to raise squareness"},
    }
    write_text(rel, json.dumps(prog, indent=2, ensure_ascii=False) + "\n")
    L(rel, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "parameter-sheet", None, "en", False, "json",
      "Furnace program for Sm2Co17-type magnets: sintering, solution treatment, quench, 830 °C aging and 0.7 °C/min slow cool.")


def k07_grind_mpf():
    rel = "nc/O7412.MPF"
    lines = [
        "; O7412.MPF   外弧 R38.50 / 内弧 R32.00 瓦形磁钢 精磨   Sinumerik 840D sl",
        "; PART   : TILE 60DEG R38.50/R32.00 L50.00  (客户图 TW-3850-B)",
        "; BLANK  : 48UH 烧结毛坯, 未充磁, 回火后; 毛坯 外弧 R39.10 / 内弧 R31.40 / L50.60",
        "; FIXTURE: FX-31 真空+侧压夹具, 一次 6 件  (FX-31 vacuum + side clamp, 6 parts)",
        "; WHEEL  : T1 D126 树脂结合剂金刚石 400x20 (外弧)   T2 D91 金刚石 D80 (内弧)",
        "; COOLANT: 水基磨削液 5%, 80 L/min, 磨泥入 SB-2 单独收集 (防氧化, 勿混入普通废渣)",
        "; STOCK  : 外弧单边 0.60, 内弧单边 0.60; 粗磨 0.04/行程, 半精 0.015, 精磨 0.005, 光磨 2 次",
        "; NOTE   : 磁钢材料脆, 进给禁止超过 F3000 (粗) / F1200 (精); 崩边 > 0.2 mm 停机检查砂轮",
        ";",
        "N10 DEF REAL _STK, _DOC, _ZPOS",
        "N20 G17 G90 G71 G40 G54",
        "N30 R1=38.50      ; 外弧半径 outer radius",
        "N40 R2=32.00      ; 内弧半径 inner radius",
        "N50 R3=30.0       ; 半角 half angle (deg)",
        "N60 R4=0.60       ; 余量 stock",
        "N70 R5=0.040      ; 粗磨切深 rough DOC",
        "N80 R6=0.015      ; 半精 semi DOC",
        "N90 R7=0.005      ; 精磨 finish DOC",
        "N100 R10=6        ; 件数 parts per clamp",
        "N110 T1 D1",
        "N120 M6",
        "N130 S1430 M3     ; 砂轮 30 m/s",
        "N140 M8",
        "N150 G0 X0 Y0 Z50",
        ";---- 外弧粗磨 OUTER ARC ROUGH ----",
        "N160 _STK=R4",
        "N170 WHILE _STK>0.035",
        "N180   _STK=_STK-R5",
        "N190   _ZPOS=R1+_STK",
        "N200   G0 X=-(_ZPOS*SIN(R3))-2 Y=(_ZPOS*COS(R3))",
        "N210   G18 G1 Z=0 F800",
        "N220   G42 G1 X=-(_ZPOS*SIN(R3)) Z=_ZPOS*COS(R3)-R1*COS(R3) F3000",
        "N230   G2 X=_ZPOS*SIN(R3) Z=_ZPOS*COS(R3)-R1*COS(R3) CR=_ZPOS F2800",
        "N240   G40 G0 Z50",
        "N250 ENDWHILE",
        ";---- 外弧半精/精磨 SEMI + FINISH ----",
        "N260 WHILE _STK>0.005",
        "N270   _STK=_STK-R6",
        "N280   IF _STK<0.012 GOTOF FIN",
        "N290   _ZPOS=R1+_STK",
        "N300   G42 G1 X=-(_ZPOS*SIN(R3)) Z=_ZPOS*COS(R3)-R1*COS(R3) F1500",
        "N310   G2 X=_ZPOS*SIN(R3) Z=_ZPOS*COS(R3)-R1*COS(R3) CR=_ZPOS F1400",
        "N320   G40 G0 Z50",
        "N330 ENDWHILE",
        "FIN:",
        "N340 _ZPOS=R1",
        "N345 R21=0",
        "N350 REPEAT                    ; 精磨 1 次 + 光磨 2 次 spark-out",
        "N360   G42 G1 X=-(_ZPOS*SIN(R3)) Z=0 F1200",
        "N370   G2 X=_ZPOS*SIN(R3) Z=0 CR=_ZPOS F1200",
        "N380   G40 G0 Z50",
        "N385   R21=R21+1",
        "N390 UNTIL R21>=3",
        ";---- 修整 DRESS every 40 parts ----",
        "N400 R20=R20+R10",
        "N410 IF R20<40 GOTOF SKIPDRESS",
        "N420 L9101 ; 金刚石砂轮修整子程序 (SiC 修整棒, 0.002/次 x 10)",
        "N430 R20=0",
        "SKIPDRESS:",
        ";---- 内弧 INNER ARC ----",
        "N500 T2 D1",
        "N510 M6",
        "N520 S4770 M3     ; 20 m/s",
        "N530 _STK=R4",
        "N540 WHILE _STK>0.005",
        "N550   IF _STK>0.05",
        "N552     _DOC=R5",
        "N554   ELSE",
        "N556     _DOC=R7",
        "N558   ENDIF",
        "N560   _STK=_STK-_DOC",
        "N570   _ZPOS=R2-_STK",
        "N580   G41 G1 X=-(_ZPOS*SIN(R3)) Z=-(R1*COS(R3)-_ZPOS*COS(R3)) F1800",
        "N590   G3 X=_ZPOS*SIN(R3) Z=-(R1*COS(R3)-_ZPOS*COS(R3)) CR=_ZPOS F1500",
        "N600   G40 G0 Z50",
        "N610 ENDWHILE",
        "N620 M9",
        "N630 G0 Z150 M5",
        "N640 MSG(\"检测: 外弧 R38.50±0.03  内弧 R32.00±0.03  厚度 6.50±0.03  轮廓度 0.02\")",
        "N650 M0",
        "N660 M30",
    ]
    write_text(rel, "\n".join(lines) + "\n", newline="\r\n")
    L(rel, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "nc-program", None, "mixed", False, "mpf",
      "Sinumerik grinding program for arc-segment magnets from 48UH sintered blanks (stock, DOC, feeds, dressing); magnet machining NC program.")


def k08_sludge_csv():
    rel = "csv/回收线_批次记录_2511.csv"
    rnd = random.Random(2811)
    head = ["批号", "原料", "投料湿重(kg)", "含油(%)", "含水(%)", "脱油T(℃)", "脱油h", "焙烧T(℃)", "焙烧h", "氧化率(%)",
            "盐酸(N)", "酸料比(L/kg)", "浸出T(℃)", "浸出h", "终点pH", "浸出液REO(g/L)", "Fe(g/L)", "PrNd/REO(%)",
            "Dy/REO(%)", "Tb/REO(%)", "浸出率(%)", "渣REO(%)", "渣量(kg)", "去向"]
    rows = [head]
    for i in range(20):
        raw = rnd.choice(["油泥", "油泥", "油泥", "边角料粉", "废磁钢"])
        oil = round(rnd.uniform(8, 18), 1) if raw == "油泥" else 0.0
        rows.append([
            "R2511%02d" % (i + 1), raw, rnd.choice([1800, 2000, 2200]), oil,
            round(rnd.uniform(10, 25), 1) if raw == "油泥" else round(rnd.uniform(0.5, 2), 1),
            420 if raw == "油泥" else "", 3 if raw == "油泥" else "",
            rnd.choice([800, 820, 840]), rnd.choice([3, 3.5, 4]), round(rnd.uniform(97.6, 99.4), 1),
            6.0, round(rnd.uniform(2.6, 3.0), 2), rnd.choice([85, 88, 90]), rnd.choice([3, 4]),
            round(rnd.uniform(3.8, 4.2), 1), round(rnd.uniform(215, 258), 1), round(rnd.uniform(0.002, 0.012), 3),
            round(rnd.uniform(72, 78), 1), round(rnd.uniform(2.5, 6.0), 2), round(rnd.uniform(0.4, 1.1), 2),
            round(rnd.uniform(96.0, 98.6), 1), round(rnd.uniform(0.6, 1.5), 2), rnd.randint(1050, 1380),
            "料液→萃取二线",
        ])
    rows.append(["工艺要点", "油泥先 420℃ 脱油 3 h (N2 保护, 尾气冷凝回收油); 回转窑氧化焙烧 800-840℃, Fe 全部转为 Fe2O3; "
                 "6 N 盐酸优溶, 控制终点 pH 3.8-4.2 使 Fe 留渣; 压滤洗渣 2 次; 浸出液 REO ≥ 210 g/L 送萃取",
                 "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""])
    write_csv(rel, rows, encoding="gb18030", newline="\r\n")
    L(rel, "controlled", ["1E902.a"], ["recycling"], [], "parameter-sheet", None, "zh", False, "csv",
      "GB18030 batch log for magnet sludge/scrap: de-oiling, oxidising roast, HCl selective leach to end pH ~4, REO/Dy/Tb assays, recovery — secondary-resource recycling.")


def k09_maintenance_xlsx():
    rel = "xlsx/设备点检与年修计划_2026.xlsx"
    wb = new_wb("设备部")
    ws = wb.active
    ws.title = "设备清单"
    ws_put(ws, [
        ["设备号", "名称", "型号/规格", "数量", "投用年份", "关键度"],
        ["SC-01", "真空感应速凝炉", "600 kg/炉, 铜辊 Ø600", 1, 2019, "A"],
        ["HD-01/02", "回转式氢破炉", "1.2 t/炉", 2, 2019, "A"],
        ["JM-01/02", "流化床气流磨", "400 型, 氮气闭路, 分级轮 ≤ 5000 rpm", 2, 2020, "A"],
        ["GB-01", "氮气保护混粉/手套箱", "O2 ≤ 50 ppm", 1, 2020, "B"],
        ["PR-01~04", "磁场取向成型压机", "200 t, 取向场 ≥ 1.8 T, 垂直压", 4, 2020, "A"],
        ["CIP-01", "冷等静压机", "Ø500 × 1200, 300 MPa", 1, 2020, "A"],
        ["VSF-01~06", "真空烧结炉", "600 kg, 1200 ℃, 极限 5E-3 Pa, 气淬 0.1 MPa", 6, "2019–2023", "A"],
        ["GBD-01", "扩散热处理炉", "400 kg, 1000 ℃", 1, 2023, "A"],
        ["ML-01", "多线切割机", "金刚线 Ø0.18", 3, 2021, "B"],
    ], widths=[12, 20, 40, 6, 10, 8])
    ws2 = wb.create_sheet("点检标准")
    ws_put(ws2, [
        ["设备", "部位", "点检项目", "标准/目标值", "方法", "周期", "异常处理"],
        ["SC-01", "真空系统", "压升率", "≤ 0.5 Pa/min（3 Pa 起）", "保压测试", "每炉", "查漏，氦检"],
        ["SC-01", "铜辊", "表面粗糙度 / 跳动", "Ra ≤ 1.6 µm / ≤ 0.05 mm", "目视+百分表", "每周", "修磨铜辊"],
        ["SC-01", "冷却水", "进水温度 / 流量", "≤ 28 ℃ / ≥ 60 m³/h", "仪表", "每班", "检查冷却塔"],
        ["HD-01/02", "炉体", "漏率", "≤ 1 Pa/h", "保压", "每炉", "更换密封"],
        ["HD-01/02", "氢气管路", "泄漏检测", "0 报警", "检漏仪", "每班", "停炉处理"],
        ["JM-01/02", "氮气系统", "循环气氧含量", "≤ 30 ppm（报警 50）", "在线氧分仪", "连续", "停磨补氮"],
        ["JM-01/02", "分级轮", "轴承温度 / 振动", "≤ 65 ℃ / ≤ 4.5 mm/s", "在线", "连续", "停机换轴承"],
        ["JM-01/02", "喷嘴", "磨损", "内径增大 ≤ 0.3 mm", "塞规", "每月", "更换喷嘴"],
        ["PR-01~04", "取向线圈", "中心场强", "≥ 1.8 T", "高斯计", "每周", "检查电源、线圈绝缘"],
        ["PR-01~04", "模具", "间隙 / 磨损", "单边 ≤ 0.03 mm", "塞尺", "每 5000 模", "返修或更换"],
        ["CIP-01", "高压缸", "保压 300 MPa 10 min 压降", "≤ 2 MPa", "试压", "每月", "更换密封"],
        ["VSF-01~06", "真空系统", "冷态极限真空 / 压升率", "≤ 5E-3 Pa / ≤ 0.5 Pa/h", "真空计", "每炉", "查漏"],
        ["VSF-01~06", "加热区", "温度均匀性 TUS", "±5 ℃ @ 1050 ℃（9 点）", "测温架", "每季度", "调整分区功率/更换加热带"],
        ["VSF-01~06", "热电偶", "SAT 系统精度", "±2 ℃", "标准偶比对", "每月", "更换热电偶"],
        ["GBD-01", "加热区", "温度均匀性", "±3 ℃ @ 900 ℃", "测温架", "每季度", ""],
    ], widths=[11, 10, 20, 28, 12, 10, 20])
    ws3 = wb.create_sheet("年度检修计划")
    ws_put(ws3, [
        ["序号", "设备", "检修项目", "计划月份", "停机(天)", "负责", "备件", "验收标准"],
        [1, "SC-01", "铜辊重新车削与镀铬; 中间包更换; 感应线圈绝缘检查", "2026-02", 6, "设备部 熔炼组", "中间包×2, 线圈绝缘漆", "空载转动跳动 ≤ 0.05 mm; 冷却水压试验 0.6 MPa 30 min 无泄漏"],
        [2, "HD-01", "炉胆更换, 旋转密封更换", "2026-03", 5, "设备部 制粉组", "炉胆, 密封组件", "漏率 ≤ 1 Pa/h"],
        [3, "JM-01", "分级轮动平衡, 轴承更换, 旋风分离器内衬检查", "2026-04", 4, "设备部 制粉组", "轴承 7212, 喷嘴×3", "振动 ≤ 2.8 mm/s; 氧含量 24 h 保持 ≤ 20 ppm"],
        [4, "VSF-03", "石墨隔热屏与加热带更换, 扩散泵大修", "2026-05", 10, "设备部 热处理组 + 厂家", "隔热屏一套, 加热带 12 组", "见「检修后调试验收」"],
        [5, "VSF-05", "气淬风机电机更换, 换热器清洗", "2026-07", 4, "设备部 热处理组", "风机电机 45 kW", "气淬 1045→100 ℃ ≤ 90 min"],
        [6, "PR-02", "取向线圈更换, 液压系统换油", "2026-08", 6, "设备部 成型组", "线圈一套, 液压油 46#", "中心场 ≥ 1.8 T, 场强均匀性 ±3%"],
        [7, "GBD-01", "炉门密封, 测温系统标定", "2026-09", 3, "设备部 热处理组", "", "TUS ±3 ℃"],
    ], widths=[5, 9, 46, 10, 8, 18, 22, 42])
    ws4 = wb.create_sheet("检修后调试验收")
    ws_put(ws4, [
        ["步骤", "内容", "判定标准", "记录"],
        [1, "空炉抽真空 24 h, 测冷态极限真空与压升率", "≤ 5E-3 Pa; ≤ 0.5 Pa/h", "QR-EQ-11"],
        [2, "空炉烘炉：按升温曲线至 1100 ℃ 保温 2 h, 除气", "升温过程无报警; 真空恢复 ≤ 5E-2 Pa", "QR-EQ-12"],
        [3, "TUS 9 点测温 @ 1050 ℃", "±5 ℃", "QR-EQ-13"],
        [4, "气淬试验 Ar 0.1 MPa", "1045→100 ℃ ≤ 90 min", "QR-EQ-14"],
        [5, "试烧 1 炉（按现行生产程序, 半载）", "密度与磁性能较检修前同牌号均值偏差: Br ≤ 1%, HcJ ≤ 3%", "QR-EQ-15"],
        [6, "恢复生产, 首 3 炉加严检验", "全部合格", "QR-EQ-16"],
    ], widths=[6, 52, 46, 12])
    save_wb(wb, rel)
    L(rel, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh", False, "xlsx",
      "Inspection, annual-overhaul and post-overhaul commissioning plan for a sintered-magnet line (strip caster, HD, jet mill, field presses, sinter furnaces); process values only as targets -> b only.")


def k10_insitu_xlsx():
    rel = "xlsx/采区注液日报_11月.xlsx"
    rnd = random.Random(3011)
    wb = new_wb("矿山生产科")
    ws = wb.active
    ws.title = "注液日报"
    ws_put(ws, [["3 号采区 原地浸矿 注液/收液日报  2025 年 11 月  浸矿剂：硫酸镁  孔网 2.0×2.0 m  孔径 0.20 m"]], header_rows=())
    head = ["日期", "块段", "注液孔(个)", "平均孔深(m)", "注液量(m³)", "MgSO4(%)", "注液pH", "顶水(m³)", "收液量(m³)",
            "母液浓度(g/L)", "母液pH", "Al(mg/L)", "收液率(%)", "阶段", "备注"]
    rows = [head]
    blocks = [("K3-2", 1260, 9.5, "浸矿"), ("K3-3", 980, 11.2, "浸矿"), ("K3-1", 1410, 8.8, "顶水")]
    for dday in range(10):
        date = (dt.date(2025, 11, 1) + dt.timedelta(days=dday)).isoformat()
        for b, holes, depth, stage in blocks:
            inj = round(holes * rnd.uniform(0.35, 0.45), 0) if stage == "浸矿" else 0
            top = 0 if stage == "浸矿" else round(holes * rnd.uniform(0.30, 0.40), 0)
            coll = round((inj + top) * rnd.uniform(0.82, 0.90), 0)
            conc = round(rnd.uniform(0.55, 1.10), 2) if stage == "浸矿" else round(rnd.uniform(0.12, 0.30), 2)
            rows.append([date, b, holes, depth, inj, round(rnd.uniform(2.4, 3.0), 2) if inj else "", round(rnd.uniform(4.6, 5.4), 1) if inj else "",
                         top, coll, conc, round(rnd.uniform(4.2, 4.8), 1), rnd.randint(60, 180),
                         round(coll / max(inj + top, 1) * 100, 1), stage,
                         rnd.choice(["", "", "", "K 线收液巷道渗漏, 已封堵", "监测孔水位上升 0.3 m", "降雨 22 mm"])])
    ws_put(ws, rows, start_row=2, header_rows=(2,), widths=[11, 7, 9, 10, 10, 9, 8, 9, 10, 11, 8, 9, 9, 7, 24])
    ws2 = wb.create_sheet("除杂沉淀")
    head2 = ["批次", "母液量(m³)", "母液浓度(g/L)", "除杂剂", "除杂pH", "除杂渣(kg)", "沉淀剂", "沉淀pH", "沉淀T(℃)",
             "上清液(mg/L)", "沉淀率(%)", "产品湿重(t)", "产品TREO(%)", "Al2O3(%)", "去向"]
    rows2 = [head2]
    for i in range(8):
        vol = rnd.randint(2400, 3200)
        conc = round(rnd.uniform(0.68, 0.92), 2)
        rows2.append(["CD-1511%02d" % (i + 1), vol, conc, "NH4HCO3", round(rnd.uniform(5.0, 5.3), 2), rnd.randint(180, 320),
                      "NH4HCO3", round(rnd.uniform(6.6, 7.0), 2), "常温", rnd.randint(6, 18), round(rnd.uniform(98.2, 99.4), 1),
                      round(vol * conc * 0.985 / 0.42 / 1000 * rnd.uniform(1.9, 2.1), 2), round(rnd.uniform(40.5, 44.0), 1),
                      round(rnd.uniform(0.3, 0.8), 2), "混合碳酸盐 → 分离厂"])
    ws_put(ws2, rows2, widths=[11, 10, 12, 9, 8, 10, 9, 8, 8, 11, 9, 11, 11, 9, 18])
    ws3 = wb.create_sheet("工艺参数")
    ws_put(ws3, [
        ["项目", "控制值", "备注"],
        ["注液孔网度", "2.0 × 2.0 m（坡度 > 30° 加密至 1.5 × 1.5 m）", "梅花形布孔"],
        ["孔深", "穿过表土层，进入全风化层，距半风化层 0.5–1.0 m", ""],
        ["浸矿剂", "MgSO4 2.5–3.0%，pH 4.5–5.5", "单孔注液强度 0.35–0.45 m³/d"],
        ["浸矿周期", "150–210 d，母液 < 0.15 g/L 转顶水", ""],
        ["顶水", "清水 60–90 d，收液 < 0.05 g/L 停注", ""],
        ["收液", "收液巷道 + 导流孔，巷道间距 15–20 m", "底板防渗"],
        ["除杂", "NH4HCO3 调 pH 5.0–5.3，沉降 4 h", "除 Al、Fe"],
        ["沉淀", "NH4HCO3 调 pH 6.6–7.0，陈化 2 h", "上清液 ≤ 20 mg/L（以 REO 计）"],
        ["上清液回用", "补 MgSO4 后回注", "回用率 ≥ 90%"],
        ["浸出率目标", "≥ 85%（以块段地质储量计）", ""],
    ], widths=[14, 52, 28])
    save_wb(wb, rel)
    L(rel, "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", None, "zh", False, "xlsx",
      "In-situ leaching daily log and set-points for ion-adsorption clay (MgSO4 lixiviant, hole grid, pH, collection, NH4HCO3 impurity removal and precipitation) — mining know-how in coded columns.")


# ==========================================================================
# EXCLUDED documents
# ==========================================================================
def e01_journal_pdf():
    rel = "pdf/A0871.pdf"
    pdf = new_pdf(header="Journal of Rare Earths 43 (2025) 1912–1921",
                  footer="1002-0721/© 2025 Chinese Society of Rare Earths. Published by Elsevier B.V. All rights reserved.",
                  title="Coercivity enhancement of sintered Nd-Fe-B by Tb grain boundary diffusion", author="Journal of Rare Earths")
    pdf.add_page()
    render(pdf, [
        ("small", "Contents lists available at ScienceDirect  ·  Journal of Rare Earths  ·  journal homepage: www.journals.elsevier.com/journal-of-rare-earths"),
        ("title", "Coercivity enhancement of sintered Nd-Fe-B magnets by Tb grain boundary diffusion from a TbHx/Pr-Cu-Al composite source"),
        ("subtitle", "Wei Liu a, Hongyan Chen a,*, Jianfeng Zhou b, Xiaoming Wang a\n"
                     "a School of Materials Science and Engineering, (university), China\n"
                     "b State Key Laboratory of (…), China\n"
                     "* Corresponding author. E-mail address: chenhy@(…).edu.cn (H. Chen).\n"
                     "https://doi.org/10.1016/j.jre.2025.03.017\n"
                     "Received 12 January 2025; Received in revised form 2 March 2025; Accepted 18 March 2025; Available online 24 March 2025"),
        ("h", "Abstract"),
        ("p", "Grain boundary diffusion (GBD) of heavy rare earths is the main route to high-coercivity sintered Nd-Fe-B with low "
              "Dy/Tb consumption. Here a composite source of TbHx and a low-melting Pr68Cu25Al7 (at%) alloy was applied to 4 mm thick "
              "magnets. After diffusion at 920 °C for 12 h and annealing at 500 °C for 3 h, the coercivity increased from 1130 kA/m "
              "to 1965 kA/m with a Tb consumption of 0.42 wt%, while the remanence decreased by only 0.02 T. The low-melting eutectic "
              "accelerates Tb transport along the grain boundaries and forms a continuous Tb-rich shell of ~ 0.4 µm."),
        ("p", "Keywords: Nd-Fe-B; Grain boundary diffusion; Coercivity; Terbium; Rare earths"),
        ("h", "1. Introduction"),
        ("p", "Sintered Nd-Fe-B magnets dominate traction motors and wind generators, where operating temperatures of 150–180 °C "
              "require intrinsic coercivities above 2000 kA/m at room temperature [1–3]. Conventional alloying with Dy or Tb reduces "
              "the remanence and consumes scarce heavy rare earths. Grain boundary diffusion, first reported by Park et al. [4] and "
              "Nakamura et al. [5], places the heavy rare earth in the outer shell of the Nd2Fe14B grains. Various sources have been "
              "studied: sputtered films [6], fluorides [7], hydrides [8] and low-melting alloys [9,10]. In this work we combine a "
              "hydride with a Pr-Cu-Al eutectic to lower the diffusion temperature and improve depth homogeneity."),
        ("h", "2. Experimental"),
        ("p", "Strip-cast flakes with nominal composition (Pr0.2Nd0.8)30.5FebalB0.98Co1.0Cu0.15Al0.2Ga0.1Zr0.1 (wt%) and a thickness of "
              "0.25–0.35 mm were subjected to hydrogen decrepitation (absorption at 0.15 MPa, dehydrogenation at 550 °C for 6 h) and "
              "jet milled in nitrogen to a mean particle size (D50) of 3.2 µm. The powder was aligned in a 2.0 T field, pressed and "
              "cold isostatically pressed at 200 MPa, then sintered at 1060 °C for 4 h in vacuum and annealed at 900 °C for 2 h and "
              "500 °C for 3 h. Samples of 20 × 20 × 4 mm (4 mm along the easy axis) were machined from the blocks."),
        ("p", "TbHx powder (D50 ≈ 5 µm) and Pr68Cu25Al7 powder (melt-spun, ball-milled to < 20 µm) were mixed at a mass ratio of 3:1 "
              "with ethanol and coated on both pole faces at 1.0 wt% of the magnet mass. Diffusion was performed at 880–940 °C for "
              "6–18 h in a vacuum of 1 × 10^-3 Pa, followed by annealing at 460–540 °C for 3 h. Magnetic properties were measured with a "
              "pulsed-field magnetometer and a closed-loop hysteresigraph; microstructure with SEM-BSE, EPMA and TEM."),
        ("h", "3. Results and discussion"),
        ("table", [
            ["Sample", "Diffusion", "Annealing", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "Tb uptake (wt%)"],
            ["As-sintered", "—", "500 °C, 3 h", "1.425", "1130", "390", "0"],
            ["TbHx only", "920 °C, 12 h", "500 °C, 3 h", "1.408", "1720", "381", "0.45"],
            ["TbHx + PrCuAl", "880 °C, 12 h", "500 °C, 3 h", "1.409", "1810", "382", "0.38"],
            ["TbHx + PrCuAl", "920 °C, 12 h", "500 °C, 3 h", "1.405", "1965", "380", "0.42"],
            ["TbHx + PrCuAl", "940 °C, 18 h", "500 °C, 3 h", "1.398", "1950", "375", "0.47"],
        ], (30, 24, 24, 16, 22, 26, 24)),
        ("p", "The optimum was obtained at 920 °C for 12 h. EPMA line scans show Tb enrichment down to 2 mm from the surface, i.e. "
              "the full thickness from both sides. At 940 °C Tb begins to diffuse into the grain interior, reducing Br and the "
              "coercivity gain. The Pr-Cu-Al phase melts at about 480 °C and wets the grain boundaries, providing a continuous "
              "liquid path; the coercivity gain per unit Tb is 1980 kA/m per wt%, compared with 1300 kA/m per wt% for TbHx alone."),
        ("h", "4. Conclusions"),
        ("p", "A TbHx/Pr-Cu-Al composite source increases the coercivity of 4 mm thick sintered Nd-Fe-B magnets by 835 kA/m with 0.42 "
              "wt% Tb at a diffusion temperature of 920 °C, 40 °C lower than required for the hydride alone."),
        ("h", "Declaration of competing interest"),
        ("p", "The authors declare that they have no known competing financial interests or personal relationships that could have "
              "appeared to influence the work reported in this paper."),
        ("h", "Acknowledgements"),
        ("p", "This work was supported by the National Natural Science Foundation of China (52171xxx)."),
        ("h", "References"),
        ("small", "[1] Sugimoto S. J Phys D Appl Phys 2011;44:064001.  [2] Gutfleisch O, et al. Adv Mater 2011;23:821.  "
                  "[3] Hono K, Sepehri-Amin H. Scr Mater 2012;67:530.  [4] Park KT, et al. Proc 16th Int Workshop on RE Magnets 2000:257.  "
                  "[5] Nakamura H, et al. IEEE Trans Magn 2005;41:3844.  [6] Sepehri-Amin H, et al. Acta Mater 2013;61:6622.  "
                  "[7] Xu F, et al. Scr Mater 2011;64:1137.  [8] Liu WQ, et al. J Alloys Compd 2014;587:32.  [9] Sepehri-Amin H, et al. "
                  "Scr Mater 2012;67:400.  [10] Zeng H, et al. J Magn Magn Mater 2019;471:97."),
    ])
    save_pdf(pdf, rel)
    L(rel, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "public-domain", "en", False, "pdf",
      "Published journal article (journal, DOI, volume, received/accepted dates) on Tb grain-boundary diffusion; would be 1E902.a if unpublished.")


def e02_standard_pdf():
    rel = "pdf/附件3-0613.pdf"
    pdf = new_pdf(footer="GB/T 45876—2025", title="GB/T 45876—2025", author="SAC")
    pdf.add_page()
    render(pdf, [
        ("small", "ICS 77.120.99\nCCS H 14"),
        ("title", "中华人民共和国国家标准\nGB/T 45876—2025"),
        ("subtitle", "稀土金属熔盐电解 工艺技术规范\nTechnical specification for molten salt electrolysis of rare earth metals\n\n"
                     "（摘录 Excerpt：第 1–7 章）\n\n2025-05-30 发布                                   2025-12-01 实施\n"
                     "国家市场监督管理总局    国家标准化管理委员会    发布"),
        ("h", "前言"),
        ("p", "本文件按照 GB/T 1.1—2020《标准化工作导则 第 1 部分：标准化文件的结构和起草规则》的规定起草。"
              "本文件由中国有色金属工业协会提出。本文件由全国有色金属标准化技术委员会（SAC/TC 243）归口。"
              "本文件起草单位：（略）。"),
        ("h", "1 范围"),
        ("p", "本文件规定了氟化物体系熔盐电解生产镨钕、钕、镧、铈及镧铈金属的原料、电解质、工艺参数、产品和能耗要求。"
              "本文件适用于 3 kA～10 kA 上插阴极电解槽的生产。"),
        ("h", "2 规范性引用文件"),
        ("p", "GB/T 15676 稀土术语；GB/T 18115（所有部分）稀土金属及其氧化物中稀土杂质化学分析方法；"
              "GB/T 12690（所有部分）稀土金属及其氧化物中非稀土杂质化学分析方法；GB 26451 稀土工业污染物排放标准。"),
        ("h", "3 术语和定义"),
        ("p", "3.1 电流效率：实际金属产量与按法拉第定律计算的理论产量之比。\n3.2 加料速率：单位时间向电解槽加入稀土氧化物的质量。"),
        ("h", "4 原料要求"),
        ("table", [
            ["原料", "项目", "要求"],
            ["稀土氧化物", "REO（%）", "≥ 99.0"],
            ["稀土氧化物", "灼减（%）", "≤ 1.0"],
            ["稀土氧化物", "粒度 D50（µm）", "2～8"],
            ["氟化物", "REF3（%）", "≥ 99.0；O ≤ 0.3%"],
            ["氟化锂", "LiF（%）", "≥ 99.0"],
        ], (40, 40, 94)),
        ("h", "5 工艺参数"),
        ("table", [
            ["参数", "镨钕", "钕", "镧 / 铈 / 镧铈"],
            ["电解质组成 REF3:LiF（质量比）", "(86～90):(10～14)", "(86～90):(10～14)", "(80～85):(15～20)"],
            ["电解温度（℃）", "1030～1070", "1040～1080", "880～950"],
            ["阴极电流密度（A/cm²）", "5～8", "5～8", "4～7"],
            ["阳极电流密度（A/cm²）", "0.8～1.2", "0.8～1.2", "0.6～1.0"],
            ["极距（cm）", "8～12", "8～12", "8～12"],
            ["加料速率（kg/(kA·h)）", "1.55～1.75", "1.55～1.75", "1.50～1.70"],
            ["出炉周期（h）", "1.5～3", "1.5～3", "2～4"],
        ], (58, 38, 38, 40)),
        ("p", "5.2 氧化物应连续或间歇少量加入，避免电解质中氧化物过饱和形成槽底沉积。\n"
              "5.3 槽电压超过正常值 1.5 V 以上时，应判定为阳极效应，并降低加料速率、搅拌阳极区。"),
        ("h", "6 产品要求"),
        ("p", "产品化学成分应符合相应产品标准，其中 C ≤ 0.03%、Mo+W ≤ 0.05%、O ≤ 0.03%。"),
        ("h", "7 能耗与环保"),
        ("table", [
            ["指标", "镨钕", "镧 / 铈"],
            ["电流效率（%）", "≥ 75", "≥ 70"],
            ["直流电耗（kWh/kg）", "≤ 8.5", "≤ 9.0"],
            ["稀土直收率（%）", "≥ 95", "≥ 93"],
            ["氟化物烟气排放", "符合 GB 26451", "符合 GB 26451"],
        ], (60, 56, 58)),
        ("small", "（以下略。本摘录仅供内部培训参考，完整内容以正式出版的标准文本为准。）"),
    ])
    save_pdf(pdf, rel)
    L(rel, "excluded", ["1E902.a"], ["metal-smelting"], [], "process-spec", "public-domain", "zh", False, "pdf",
      "Excerpt of a published national standard (GB/T, ICS, 发布/实施 dates) on fluoride molten-salt electrolysis parameters; public domain.")


def e03_patent_docx():
    rel = "docx/文件-0447.docx"
    d = new_docx("××知识产权代理事务所", "发明专利申请文件")
    dp(d, "申请号：202510873412.6      申请日：2025-06-23      案卷号：CN25-0447\n"
          "申请人：××稀土资源循环科技有限公司      发明人：周 ×、吴 ×、郑 ×\n"
          "专利代理机构：××知识产权代理事务所（普通合伙）  专利代理师：王 ×", size=9)
    dh(d, "说明书摘要", 1)
    dp(d, "本发明公开了一种钕铁硼油泥回收稀土的方法，包括：油泥在惰性气氛下低温脱油；脱油料在回转窑中 780～860 ℃氧化焙烧；"
          "焙烧料用盐酸在控制终点 pH 3.5～4.5 的条件下选择性浸出；固液分离得到低铁稀土料液。本方法稀土浸出率 ≥ 96%，"
          "料液含 Fe ≤ 0.02 g/L，无需单独除铁工序，并回收废油。")
    dh(d, "权利要求书", 1)
    claims = [
        "1. 一种钕铁硼油泥回收稀土的方法，其特征在于，包括以下步骤：S1，将钕铁硼油泥在氮气气氛下于 350～450 ℃ 脱油 2～4 h，"
        "冷凝回收油分，得到脱油料；S2，将脱油料在回转窑中于 780～860 ℃ 氧化焙烧 2.5～4.5 h，得到焙烧料；S3，将焙烧料与"
        "5～7 mol/L 盐酸按液固比 2.5～3.2 L/kg 混合，于 80～92 ℃ 浸出 2～5 h，控制浸出终点 pH 为 3.5～4.5；S4，固液分离，得到稀土料液和铁渣。",
        "2. 根据权利要求 1 所述的方法，其特征在于，步骤 S1 中脱油温度为 400～430 ℃，氮气流量为 5～10 m³/h。",
        "3. 根据权利要求 1 所述的方法，其特征在于，步骤 S2 中焙烧温度为 800～840 ℃，焙烧后铁的氧化率 ≥ 98%。",
        "4. 根据权利要求 1 所述的方法，其特征在于，步骤 S3 中盐酸浓度为 6 mol/L，浸出终点 pH 为 3.8～4.2。",
        "5. 根据权利要求 1 所述的方法，其特征在于，步骤 S3 中分两次加酸，第一次加入理论酸量的 85%～90%，反应 1 h 后按 pH 补加。",
        "6. 根据权利要求 1 所述的方法，其特征在于，步骤 S4 所得铁渣用 pH 2～3 的稀盐酸洗涤 2 次，洗液返回步骤 S3。",
        "7. 根据权利要求 1～6 任一项所述的方法，其特征在于，所述稀土料液中稀土浓度（以 REO 计）为 200～260 g/L，Fe ≤ 0.02 g/L。",
        "8. 根据权利要求 1～6 任一项所述的方法，其特征在于，所述钕铁硼油泥的含油量为 5%～20%，含水量为 10%～30%。",
    ]
    for c in claims:
        dp(d, c)
    dh(d, "说明书", 1)
    dp(d, "一种钕铁硼油泥回收稀土的方法", bold=True, align="center")
    dh(d, "技术领域", 2)
    dp(d, "[0001] 本发明涉及稀土二次资源回收技术领域，具体涉及一种钕铁硼油泥回收稀土的方法。")
    dh(d, "背景技术", 2)
    dp(d, "[0002] 钕铁硼磁体在切片、磨削等加工过程中产生大量油泥，其中稀土含量（以 REO 计）可达 20%～30%。现有工艺多采用直接焙烧后"
          "盐酸全溶、再用氨水或碳酸钠除铁，存在酸碱消耗大、铁渣夹带稀土、油分燃烧产生烟气等问题。")
    dh(d, "发明内容", 2)
    dp(d, "[0003] 本发明的目的是提供一种钕铁硼油泥回收稀土的方法，以解决上述问题。为实现上述目的，本发明采用如下技术方案：……（同权利要求 1）。"
          "[0004] 本发明的有益效果：（1）先低温脱油，回收油分并避免焙烧时油分燃烧导致局部过热结块；（2）充分氧化使铁转化为难溶的 Fe2O3，"
          "在 pH 3.5～4.5 的条件下稀土优先溶解，铁留在渣中；（3）省去除铁工序，酸耗降低约 20%。")
    dh(d, "附图说明", 2)
    dp(d, "[0005] 图 1 为本发明的工艺流程图；图 2 为实施例 1 浸出过程 pH 与稀土、铁浸出率的关系曲线。")
    dh(d, "具体实施方式", 2)
    dp(d, "[0006] 实施例 1：取钕铁硼油泥 2000 kg（含油 12.5%，含水 18.2%，干基 REO 28.6%），在氮气气氛下 420 ℃ 脱油 3 h，"
          "回收油 231 kg；脱油料在回转窑中 820 ℃ 氧化焙烧 3.5 h，铁氧化率 98.9%；焙烧料加 6 mol/L 盐酸，液固比 2.8 L/kg，"
          "88 ℃ 浸出 4 h，终点 pH 4.0；压滤得料液 4.05 m³，REO 238.6 g/L，Fe 0.008 g/L，稀土浸出率 97.8%，渣 REO 0.9%。")
    dp(d, "[0007] 实施例 2：与实施例 1 相同，不同之处在于焙烧温度为 780 ℃、时间 4.5 h；稀土浸出率 96.4%，Fe 0.015 g/L。")
    dp(d, "[0008] 实施例 3：与实施例 1 相同，不同之处在于终点 pH 为 3.5；稀土浸出率 98.3%，Fe 0.019 g/L。")
    dp(d, "[0009] 对比例 1：不经脱油直接于 820 ℃ 焙烧，焙烧料结块率 23%，稀土浸出率 91.2%。")
    dp(d, "[0010] 以上所述仅为本发明的较佳实施例，并不用以限制本发明。")
    dh(d, "说明书附图", 2)
    dp(d, "图 1：油泥 → 脱油（N2，420 ℃）→ 氧化焙烧（820 ℃）→ 盐酸优溶（pH 4.0）→ 压滤 → 稀土料液 / 铁渣\n"
          "图 2：横坐标 终点 pH（2.0～5.0），纵坐标 浸出率（%）；稀土曲线在 pH ≤ 4.2 时 > 96%，铁曲线在 pH ≥ 3.5 时 < 0.5%。", size=9)
    save_docx(d, rel)
    L(rel, "excluded", ["1E902.a"], ["recycling"], [], "other", "patent-filing", "zh", False, "docx",
      "Chinese invention patent application (application no., abstract, claims, description, drawings) on NdFeB sludge recovery; patent-filing exclusion.")


def e04_grant_docx():
    rel = "docx/文件-2026-09.docx"
    d = new_docx("课题组", "国家自然科学基金 面上项目 申请书正文")
    dp(d, "国家自然科学基金 面上项目 申请书（正文）    申请代码：E0409    2026 年度", size=9, align="right")
    dh(d, "氟化物-氧化物熔盐中稀土离子的配位结构与电化学还原机理的原位光谱研究", 0)
    dp(d, "In-situ spectroscopic study of the coordination structure and electroreduction mechanism of rare-earth ions "
          "in fluoride–oxide molten salts", italic=True)
    dh(d, "（一）立项依据与研究内容", 1)
    dh(d, "1. 项目的立项依据", 2)
    dp(d, "稀土金属主要通过氟化物体系熔盐电解制备，但人们对 REF3–LiF–RE2O3 熔体中稀土离子的存在形态仍缺乏直接认识："
          "氧化物溶解后形成的是 [REOF_x]^(1−x) 还是 [RE2OF_y] 多核络合物？Nd(III)/Nd(II) 的歧化反应在多大程度上影响电化学还原路径？"
          "这些基础科学问题制约了对电极过程的理解。国际上已有 Stefanidaki 等 (Dalton Trans.) 和 Huang 等 (Inorg. Chem.) 的拉曼研究，"
          "但受限于温度（< 900 ℃）和体系。本项目拟在 1000～1100 ℃ 下开展原位研究。")
    dh(d, "2. 研究目标", 2)
    dbul(d, [
        "阐明 LiF–NdF3–Nd2O3 熔体中 Nd–O–F 络合离子的配位数、键长及其随 O/Nd 比、温度的演变规律；",
        "获得 Nd(III) 的扩散系数、标准电极电位及 Nd(II) 中间价态的热力学数据；",
        "建立熔体微观结构与电化学还原机理之间的定量关联（基础科学层面）。",
    ])
    dh(d, "3. 研究内容", 2)
    dbul(d, [
        "高温原位拉曼光谱（自制氮化硼窗口池，最高 1150 ℃）：测定 Nd–F、Nd–O 伸缩振动随组成的变化；",
        "同步辐射高温 XAFS（上海光源 BL14W1 线站，Nd L3 边）：获得配位数与键长；",
        "第一性原理分子动力学（AIMD, VASP, 216 原子超胞, 1323 K, 30 ps）与机器学习势函数：计算径向分布函数、配位多面体寿命；",
        "电化学测量（钨微电极 Ø0.5 mm，循环伏安、方波伏安、计时电位）：测定扩散系数与电荷转移步骤。",
    ])
    dh(d, "4. 拟解决的关键科学问题", 2)
    dp(d, "熔体中 Nd–O–F 络合离子的结构与稳定性；多核络合物解离与 Nd(III)→Nd(0) 两步/三步还原之间的关系。")
    dh(d, "（二）研究方案与可行性", 1)
    dp(d, "技术路线：体系设计 → 原位光谱与 XAFS → AIMD 模拟 → 电化学 → 综合分析。实验在实验室 50 g 级石墨坩埚小池中进行，"
          "仅用于谱学与电化学测量。本项目为基础研究，不涉及工业电解槽设计、生产工艺参数优化或产线技术，所得结果将以论文形式公开发表。")
    dh(d, "（三）预期研究成果", 1)
    dp(d, "发表 SCI 论文 5～6 篇（Inorg. Chem.、Electrochim. Acta、J. Phys. Chem. B 等），培养博士研究生 2 名、硕士研究生 3 名；"
          "建立熔盐体系高温光谱与计算数据集，随论文公开。")
    dh(d, "（四）经费预算（万元）", 1)
    dtable(d, [
        ["科目", "金额", "说明"],
        ["设备费", "12.0", "高温拉曼样品池、恒电位仪附件"],
        ["业务费", "28.0", "材料、测试（同步辐射机时）、计算（超算机时）、差旅、会议、出版"],
        ["劳务费", "12.0", "研究生劳务"],
        ["间接费用", "8.0", ""],
        ["合计", "60.0", "执行期 2027.01–2030.12"],
    ], widths=[4, 3, 9])
    dp(d, "Abstract: The project aims at a fundamental understanding of rare-earth speciation in molten fluorides by combining in-situ "
          "Raman, synchrotron XAFS, ab initio molecular dynamics and microelectrode electrochemistry. No production process is "
          "developed; results are intended for open publication.", italic=True, size=9)
    save_docx(d, rel)
    L(rel, "excluded", ["1E902.a"], ["metal-smelting"], [], "other", "basic-research", "mixed", False, "docx",
      "NSFC grant proposal on melt structure and electrochemistry of RE ions in fluoride melts; basic research with no production know-how.")


# ==========================================================================
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    for fn in (c01_shop_html, c02_buyers_guide_md, c03_catalogue_pdf, c04_ceo2_polishing_docx, c05_phosphor_pdf,
               c06_catalyst_txt, c07_market_report_pdf, c08_lawfirm_docx, c09_cv_docx, c10_jd_html,
               c11_motor_drawing_pdf, c12_mri_docx, c13_iqc_xlsx, c14_cu_sxew_csv, c15_coni_xlsx,
               c16_blackmass_yaml, c17_ferrite_xlsx, c18_al_potline_csv, c19_carbide_ini, c20_popsci_md,
               k01_electrolysis_xlsx, k02_sx_setpoints_csv, k03_hd_jm_csv, k04_sinter_xlsx, k05_stripcast_yaml,
               k06_smco_json, k07_grind_mpf, k08_sludge_csv, k09_maintenance_xlsx, k10_insitu_xlsx,
               e01_journal_pdf, e02_standard_pdf, e03_patent_docx, e04_grant_docx):
        fn()
    LABELS.sort(key=lambda r: r["file"])
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in LABELS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    missing = [r["file"] for r in LABELS if not (OUT / r["file"]).exists()]
    if missing:
        raise SystemExit("missing files: %s" % missing)
    print("wrote %d documents and labels.jsonl" % len(LABELS))


if __name__ == "__main__":
    main()
