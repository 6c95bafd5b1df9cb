#!/usr/bin/env python3
"""Sealed test-set generator: "the tables people actually e-mail from a plant".

Writes 50 documents into ./files/ and one label line per document into ./labels.jsonl
(paths relative to this script).  Fixed seed; zip containers (xlsx/docx) are
normalised after saving (fixed member timestamps, fixed core-property dates) so the
output is byte-reproducible for a given openpyxl / python-docx / zlib version.

Only the standard library, openpyxl and python-docx are used.
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
import unicodedata
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

SEED = 61622025
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
LABELS = os.path.join(HERE, "labels.jsonl")

LABEL_ROWS = []


def rng_for(key):
    return random.Random(f"{SEED}:{key}")


def j(rng, base, spread, nd=1):
    """jittered value"""
    v = base + rng.uniform(-spread, spread)
    return round(v, nd) if nd > 0 else int(round(v))


def label(file, verdict, codes, cats, mags, carrier, excl, lang, hard, note):
    assert verdict in ("controlled", "excluded", "clear")
    assert set(codes) <= {"1E902.a", "1E902.b"}
    assert set(cats) <= {"mining", "separation", "metal-smelting", "magnet-manufacturing", "recycling"}
    assert set(mags) <= {"NdFeB", "SmCo", "Ce"}
    assert carrier in ("parameter-sheet", "process-spec", "drawing", "nc-program", "simulation-data", "email", "other")
    assert excl in (None, "public-domain", "basic-research", "patent-filing")
    assert lang in ("zh", "en", "mixed")
    if verdict == "clear":
        assert not codes and not cats and not mags and excl is None
    if verdict == "excluded":
        assert excl is not None and codes and cats
    if verdict == "controlled":
        assert codes and cats and excl is None
    if mags:
        assert "magnet-manufacturing" in cats
    LABEL_ROWS.append({
        "file": file, "verdict": verdict, "control_codes": list(codes), "categories": list(cats),
        "magnet_types": list(mags), "carrier": carrier, "exclusion": excl, "language": lang,
        "hard_negative": hard, "note": note,
    })


# ----------------------------------------------------------------------------- zip normalisation
ZIP_DT = (2024, 7, 1, 9, 0, 0)


def normalize_zip(path, when):
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ----------------------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="D9E1F2")
UNIT_FONT = Font(italic=True, color="555555")
NOTE_FONT = Font(italic=True, size=9, color="666666")


def new_wb(first_sheet):
    wb = Workbook()
    ws = wb.active
    ws.title = first_sheet
    return wb, ws


def ws_title(ws, row, text, ncols, size=13):
    c = ws.cell(row=row, column=1, value=text)
    c.font = Font(bold=True, size=size)
    c.alignment = Alignment(horizontal="center", vertical="center")
    if ncols > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    return row + 1


def ws_kv(ws, row, pairs, col=1, merge_to=None):
    for k, v in pairs:
        ws.cell(row=row, column=col, value=k).font = BOLD
        ws.cell(row=row, column=col + 1, value=v)
        if merge_to and merge_to > col + 1:
            ws.merge_cells(start_row=row, start_column=col + 1, end_row=row, end_column=merge_to)
        row += 1
    return row


def ws_note(ws, row, text, ncols=None):
    c = ws.cell(row=row, column=1, value=text)
    c.font = NOTE_FONT
    if ncols and ncols > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    return row + 1


def ws_table(ws, row, headers, rows, units=None, col=1, fill=True, border=True, numfmt=None):
    for k, h in enumerate(headers):
        c = ws.cell(row=row, column=col + k, value=h)
        c.font = BOLD
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if fill:
            c.fill = HDR_FILL
        if border:
            c.border = BOX
    row += 1
    if units:
        for k, u in enumerate(units):
            c = ws.cell(row=row, column=col + k, value=u)
            c.font = UNIT_FONT
            c.alignment = Alignment(horizontal="center")
            if border:
                c.border = BOX
        row += 1
    for r in rows:
        if r is None:
            row += 1
            continue
        for k, v in enumerate(r):
            c = ws.cell(row=row, column=col + k, value=v)
            if border:
                c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(v, dt.date):
                c.number_format = "yyyy-mm-dd"
            elif numfmt and k in numfmt:
                c.number_format = numfmt[k]
        row += 1
    return row


def disp_width(s):
    s = str(s)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def autowidth(ws, minw=6, maxw=42):
    widths = {}
    merged = set()
    for rng_ in ws.merged_cells.ranges:
        merged.add((rng_.min_row, rng_.min_col))
    for row in ws.iter_rows():
        for c in row:
            if c.value is None or (c.row, c.column) in merged:
                continue
            v = c.value
            if isinstance(v, dt.datetime):
                w = 16
            elif isinstance(v, float):
                w = len(f"{v:.4g}") + 2
            else:
                w = disp_width(v) + 2
            widths[c.column] = max(widths.get(c.column, 0), w)
    for colno, w in widths.items():
        ws.column_dimensions[get_column_letter(colno)].width = max(minw, min(maxw, w))


def save_wb(wb, name, when, author="user"):
    for ws in wb.worksheets:
        autowidth(ws)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    path = os.path.join(OUT, name)
    wb.save(path)
    normalize_zip(path, when)


# ----------------------------------------------------------------------------- docx helpers
def new_doc(font="Calibri", east="SimSun", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    return d


def d_par(d, text, bold=False, size=None, center=False, italic=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def d_table(d, headers, rows, title_row=None, style="Table Grid", font_size=9):
    n = len(headers)
    extra = 1 if title_row else 0
    t = d.add_table(rows=1 + extra, cols=n)
    t.style = style
    if title_row:
        a = t.cell(0, 0).merge(t.cell(0, n - 1))
        a.text = ""
        r = a.paragraphs[0].add_run(title_row)
        r.bold = True
        r.font.size = Pt(font_size + 1)
    for k, h in enumerate(headers):
        cell = t.cell(extra, k)
        cell.text = ""
        r = cell.paragraphs[0].add_run(str(h))
        r.bold = True
        r.font.size = Pt(font_size)
    for row in rows:
        cells = t.add_row().cells
        if row is None:
            continue
        if len(row) == 1 and n > 1:  # full-width note row
            m = cells[0].merge(cells[n - 1])
            m.text = ""
            rr = m.paragraphs[0].add_run(str(row[0]))
            rr.italic = True
            rr.font.size = Pt(font_size)
            continue
        for k, v in enumerate(row):
            cells[k].text = ""
            rr = cells[k].paragraphs[0].add_run("" if v is None else str(v))
            rr.font.size = Pt(font_size)
    d.add_paragraph()
    return t


def d_footer(d, text):
    sec = d.sections[0]
    p = sec.footer.paragraphs[0]
    p.text = text
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def save_doc(d, name, when, author="user"):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 3
    cp.title = ""
    path = os.path.join(OUT, name)
    d.save(path)
    normalize_zip(path, when)


# ----------------------------------------------------------------------------- text helpers
def write_text(name, text, encoding="utf-8", newline="\r\n"):
    text = text.replace("\r\n", "\n")
    if newline != "\n":
        text = text.replace("\n", newline)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding))


def csv_text(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue()


def pad(s, w, right=False):
    s = str(s)
    gap = max(0, w - disp_width(s))
    return (" " * gap + s) if right else (s + " " * gap)


def fixed_width(headers, rows, widths, right_cols=()):
    """columns padded to width-1 plus one separating blank (never run together)"""
    def line(cells):
        parts = []
        for k, (v, w) in enumerate(zip(cells, widths)):
            v = "" if v is None else str(v)
            w = max(w, disp_width(v) + 1)
            parts.append(pad(v, w - 1, k in right_cols) + " ")
        return "".join(parts).rstrip()
    out = [line(headers)]
    out.append("".join("-" * (max(w, disp_width(h) + 1) - 1) + " " for h, w in zip(headers, widths)).rstrip())
    for r in rows:
        out.append(line(r))
    return "\n".join(out)


def sci(v):
    return f"{v:.1E}"


def furnace_program(segments, dt_min):
    """segments: (name, target_C, ramp_min, hold_min, vac_Pa or None, ar_kPa or None).
    Returns list of (minute, seg name, setpoint, vac, ar)."""
    pts = []
    t = 0
    cur = 25.0
    for name, tgt, ramp, hold, vac, ar in segments:
        seg_start = t
        seg_len = ramp + hold
        while t < seg_start + seg_len:
            el = t - seg_start
            if ramp and el < ramp:
                sp = cur + (tgt - cur) * el / ramp
            else:
                sp = tgt
            pts.append((t, name, sp, vac, ar))
            t += dt_min
        cur = tgt
    return pts


# =============================================================================
# CONTROLLED
# =============================================================================

def c01_sx_commissioning():
    name = "SX-L2_commissioning_record_rev2.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("Cover")
    r = ws_title(ws, 1, "Line SX-L2  Pr/Nd Extraction Cascade  -  Commissioning Record", 6)
    r += 1
    r = ws_kv(ws, r, [
        ("Doc no.", "CR-SX2-0417  Rev.2"),
        ("Project", "SX-L2 capacity expansion, Phase II (Building 7)"),
        ("Scope", "Mechanical completion > water run > organic run > hot commissioning"),
        ("Cascade", "60 mixer-settlers, mixer 1.2 m3, settler 6.0 m2; extraction 1-28, scrub 29-48, strip 49-60"),
        ("Reference process", "P507 1.5 mol/L in sulfonated kerosene, saponification 36 % (NaOH); feed: rare earth chloride (Pr/Nd) 1.20 mol/L REO basis"),
        ("Reference docs", "PFD SX2-PFD-002 rev C; operating manual OM-SX-07; vendor manual (mixer drives)"),
        ("Commissioning lead", "L. Zhou"),
        ("Client witness", "M. Okafor"),
    ], merge_to=6)
    r += 2
    r = ws_table(ws, r, ["Phase", "Start", "End", "Status", "Signed", "Remarks"], [
        ["Mechanical completion", dt.date(2024, 3, 4), dt.date(2024, 3, 9), "Closed", "LZ / MO", "12 punch items, all A closed"],
        ["Water run", dt.date(2024, 3, 11), dt.date(2024, 3, 14), "Closed", "LZ / MO", "settler 41 weir re-levelled"],
        ["Organic run (barren)", dt.date(2024, 3, 15), dt.date(2024, 3, 18), "Closed", "LZ", ""],
        ["Hot commissioning", dt.date(2024, 3, 19), dt.date(2024, 3, 27), "Closed w/ remarks", "LZ / MO", "see sheet Hot run; Nd in raffinate above target for 36 h"],
        ["Performance test", dt.date(2024, 3, 28), None, "Open", "", "72 h run scheduled"],
    ])
    r += 1
    ws.cell(row=r + 1, column=1, value="CONFIDENTIAL - contractor / client use only").font = NOTE_FONT

    ws = wb.create_sheet("Checklist")
    r = ws_title(ws, 1, "Pre-commissioning / commissioning checklist", 9)
    items = [
        ("Mixers", "Impeller speed, all 60 drives", "280 +/- 10 rpm", "272-288", "OK"),
        ("Mixers", "Drive rotation / guard fitted", "visual", "ok", "OK"),
        ("Mixers", "Pump-mix head (stage 1, 29, 49)", "lift >= 150 mm", "165 / 158 / 171", "OK"),
        ("Settlers", "Weir levels, organic overflow", "+/- 2 mm to datum", "max 3 mm st.41", "NOK>OK"),
        ("Settlers", "Interface probe calibration LT-2xx", "+/- 5 mm", "within 4 mm", "OK"),
        ("Settlers", "Phase disengagement time (O/A 1.5)", "< 90 s", "62-78 s", "OK"),
        ("Flow", "FT-101 organic feed zero/span", "+/- 0.5 %", "0.3 %", "OK"),
        ("Flow", "FT-104 aqueous feed zero/span", "+/- 0.5 %", "0.4 %", "OK"),
        ("Flow", "FT-131 scrub acid", "+/- 1 %", "0.8 %", "OK"),
        ("Flow", "FT-150 strip acid", "+/- 1 %", "0.6 %", "OK"),
        ("Saponification", "NaOH dosing pump P-121 stroke calibration", "+/- 2 %", "1.1 %", "OK"),
        ("Saponification", "Sapon. degree check, titration", "36 +/- 1 %", "35.6 %", "OK"),
        ("Saponification", "Sapon. tank temp. alarm TAH-121", "45 C", "45 C", "OK"),
        ("Acid", "HCl day tank level interlock", "trip @ 90 %", "tested", "OK"),
        ("Instruments", "pH probes stages 1,10,28 (buffer 2/4/7)", "+/- 0.05", "0.03", "OK"),
        ("Instruments", "Online UV-Vis Nd analyser AI-160", "vs ICP +/- 3 %", "2.6 %", "OK"),
        ("Safety", "Foam fire system, settler hall", "witnessed", "yes", "OK"),
        ("Safety", "Static earthing, all settlers", "< 10 ohm", "2-6 ohm", "OK"),
        ("Safety", "LEL detectors (kerosene)", "bump test", "done", "OK"),
        ("Water run", "24 h leak test, all stages", "no leaks", "st.17 flange", "NOK>OK"),
        ("Organic run", "Entrainment O in A, raffinate", "< 50 ppm", "38 ppm", "OK"),
        ("Organic run", "Entrainment A in O, loaded org", "< 0.3 %", "0.2 %", "OK"),
        ("DCS", "Loop checks, 214 I/O", "100 %", "214/214", "OK"),
        ("DCS", "Cascade ratio control FIC-101/104", "stable +/- 2 %", "stable", "OK"),
    ]
    rows = []
    for k, (sysn, item, crit, meas, res) in enumerate(items, 1):
        day = dt.date(2024, 3, 4) + dt.timedelta(days=min(20, k // 2))
        rows.append([k, sysn, item, crit, meas, res, rng.choice(["LZ", "WH", "JC"]), day,
                     "re-test after repair" if res.startswith("NOK") else ""])
        if k in (10, 19):
            rows.append(None)
    ws_table(ws, 3, ["No.", "System", "Check item", "Acceptance criterion", "Measured", "Result", "By", "Date", "Remarks"], rows)
    ws.freeze_panes = "A4"

    ws = wb.create_sheet("Water run")
    r = ws_title(ws, 1, "Water run - flow verification", 7)
    rows = []
    for tag, sp in [("FT-101", 5400), ("FT-104", 560), ("FT-112", 1850), ("FT-131", 410), ("FT-150", 980), ("FT-121", 620)]:
        m = j(rng, sp, sp * 0.012, 0)
        rows.append([tag, sp, m, round((m - sp) / sp * 100, 2), "none", ""])
    rows[3][5] = "pulsation dampener refilled"
    ws_table(ws, 3, ["Tag", "SP", "Measured", "Dev", "Leaks", "Remarks"], rows, units=["", "L/h", "L/h", "%", "", ""])

    ws = wb.create_sheet("Hot run")
    r = ws_title(ws, 1, "Hot commissioning log (targets per OM-SX-07, tab. 4)", 13)
    hdr = ["Timestamp", "Section", "O/A tgt", "O/A act", "Org L/h", "Feed L/h", "Scrub HCl", "Strip HCl",
           "Raff Nd", "Strip Pr/(Pr+Nd)", "Interface", "Operator", "Remarks"]
    units = ["", "", "", "", "L/h", "L/h", "mol/L", "mol/L", "g/L", "%", "mm", "", ""]
    t0 = dt.datetime(2024, 3, 19, 8, 0)
    rows = []
    for k in range(34):
        t = t0 + dt.timedelta(hours=6 * k)
        sec = ["Extraction", "Scrub", "Strip"][k % 3]
        tgt = {"Extraction": 1.50, "Scrub": 0.35, "Strip": 4.5}[sec]
        raff = round(max(0.01, 0.9 * math.exp(-k / 6) + rng.uniform(0, 0.04)), 3)
        rows.append([t, sec, tgt, round(tgt * rng.uniform(0.96, 1.04), 2), j(rng, 5400, 90, 0), j(rng, 560, 15, 0),
                     j(rng, 4.0, 0.1, 2) if sec == "Scrub" else None, j(rng, 5.5, 0.1, 2) if sec == "Strip" else None,
                     raff if sec == "Extraction" else None, round(0.5 + rng.uniform(0, 0.3), 2) if sec == "Strip" else None,
                     j(rng, 120, 15, 0), rng.choice(["A-shift", "B-shift", "C-shift"]),
                     "Raff Nd > 0.05 g/L target" if (sec == "Extraction" and raff > 0.05) else ""])
        if k == 16:
            rows.append(None)
    r = ws_table(ws, 3, hdr, rows, units=units)
    r += 1
    ws_note(ws, r, "Note: targets are operating-manual values, recorded for acceptance only. Raffinate target Nd <= 0.05 g/L.", 13)
    ws_note(ws, r + 1, "CONFIDENTIAL", 13)
    ws.freeze_panes = "B5"
    save_wb(wb, name, dt.datetime(2024, 3, 29, 17, 40), "lzhou")
    label(name, "controlled", ["1E902.b"], ["separation"], [], "parameter-sheet", None, "en", False,
          "commissioning checklist and hot-run log of a P507 Pr/Nd mixer-settler cascade; purpose is commissioning, process values only as acceptance targets")


def c02_cell_reline():
    name = "3#槽大修及启槽记录_2024.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("大修内容")
    ws_title(ws, 1, "电解二车间 3# 电解槽 大修记录（2024年4月）", 8)
    ws.cell(row=2, column=1, value="槽型：6 kA 圆形石墨槽   电解质：氟化物体系 (Pr,Nd)F3-LiF   产品：镨钕金属").font = NOTE_FONT
    ws.merge_cells("A2:H2")
    rows = [
        [1, "槽体", "拆除旧石墨槽衬及结壳，清理槽底积金属", "—", "1 套", "4/02", "王", ""],
        [2, "槽体", "更换石墨槽 内径Φ650×H900", "高纯石墨 灰分≤0.05%", "1 件", "4/04", "王", "供方：SG"],
        [3, "阴极", "更换钨阴极", "W棒 Φ60×1100", "1 根", "4/04", "李", "旧阴极上部腐蚀 8 mm"],
        [4, "阳极", "更换弧形石墨阳极", "4 块/组，厚 80", "4 块", "4/05", "李", ""],
        [5, "接收器", "更换钼坩埚（接金属）", "Mo Φ180×150", "1 个", "4/05", "李", ""],
        [6, "保温", "重砌保温层", "轻质耐火砖+硅酸铝纤维毡 50mm", "—", "4/06", "张", ""],
        [7, "导电", "母线接头打磨紧固", "接头压降 ≤15 mV", "12 处", "4/06", "电工", "实测 6~11 mV"],
        [8, "绝缘", "槽体对地绝缘测试", "≥2 MΩ (500 V)", "—", "4/07", "电工", "实测 12 MΩ"],
        [9, "测温", "更换热电偶及保护管", "K型+钼保护管", "2 支", "4/07", "仪表", ""],
        None,
        [10, "排烟", "集气罩密封、更换石棉绳", "—", "—", "4/07", "张", ""],
        [11, "其它", "加料器下料口清理，校称", "误差 ≤1%", "—", "4/08", "仪表", ""],
    ]
    r = ws_table(ws, 4, ["序号", "部位", "作业内容", "规格/材料", "数量", "完成日期", "验收", "备注"], rows)
    ws_note(ws, r + 1, "验收结论：大修项目全部完成，同意烘槽。  车间主任：________  设备科：________", 8)

    ws = wb.create_sheet("烘槽曲线")
    ws_title(ws, 1, "3#槽 烘槽记录", 7)
    plan = [(0, 25), (8, 150), (16, 300), (24, 450), (36, 600), (48, 750), (60, 850), (72, 900)]
    rows = []
    for h, tgt in plan:
        rows.append([h, tgt, j(rng, tgt, 12, 0) if h else 24, "交流电阻加热" if h < 60 else "交流电阻加热+石墨块",
                     round(tgt / 12) if h else None, ""])
    rows[-1][5] = "达到900℃，保温4h后加电解质"
    ws_table(ws, 3, ["累计时间 h", "目标温度", "实测温度", "加热方式", "升温速率", "备注"], rows,
             units=["h", "℃", "℃", "", "℃/h", ""])

    ws = wb.create_sheet("启槽运行")
    ws_title(ws, 1, "3#槽 启槽调试记录（4/11–4/13）", 11)
    t0 = dt.datetime(2024, 4, 11, 8, 0)
    rows = []
    for k in range(30):
        t = t0 + dt.timedelta(hours=2 * k)
        tgt_i = 2.0 if k < 6 else (4.0 if k < 12 else 6.0)
        act = round(tgt_i * rng.uniform(0.97, 1.01), 2)
        u = round(6.5 + tgt_i * 0.55 + rng.uniform(-0.3, 0.4), 2)
        temp = j(rng, 1000 + 8 * min(k, 7), 6, 0)
        feed = round(act * 1.62 * 2 * rng.uniform(0.9, 1.05), 1) if k >= 3 else 0
        elec = 30 if k in (0, 1) else (8 if k % 6 == 0 else None)
        tap = j(rng, 15.5, 1.5, 1) if (k >= 12 and k % 2 == 0) else None
        note = ""
        if k == 0:
            note = "加氟化物电解质，起弧"
        elif k == 6:
            note = "升电流至4 kA"
        elif k == 12:
            note = "升电流至6 kA，开始正常出炉"
        elif k == 19:
            note = "阳极效应 1次，处理 3 min"
        rows.append([t, tgt_i, act, u, temp, feed, elec, tap, note])
    r = ws_table(ws, 3, ["时间", "电流目标", "电流实际", "槽电压", "电解温度", "加料(氧化镨钕)", "补加电解质", "出金属", "备注"],
                 rows, units=["", "kA", "kA", "V", "℃", "kg", "kg", "kg", ""])
    ws_note(ws, r + 1, "注：运行参数按《电解车间工艺规程》目标值执行，本表仅为启槽调试记录。电解温度目标 1040~1060℃。", 9)
    ws_note(ws, r + 2, "内部资料 注意保密", 9)
    save_wb(wb, name, dt.datetime(2024, 4, 14, 10, 12), "电解二车间")
    label(name, "controlled", ["1E902.b"], ["metal-smelting"], [], "parameter-sheet", None, "zh", False,
          "relining (graphite cell, W cathode, anodes) and restart of a PrNd fluoride electrolysis cell; bake-out and ramp-up record, process values as restart targets")


def c03_sinter_overhaul():
    name = "VF-04燒結爐大修驗收及試爐.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("大修項目")
    ws_title(ws, 1, "VF-04 真空燒結爐 年度大修 驗收單", 7)
    ws.cell(row=2, column=1, value="設備：VF-04（600 kg，雙室，石墨/鉬隔熱）  施工：設備課 + 廠商  日期：2024/05/06–05/15").font = NOTE_FONT
    ws.merge_cells("A2:G2")
    rows = [
        [1, "加熱室", "更換鉬帶加熱元件（全套 18 組）", "電阻偏差 ≤ 3%", "1.8%", "合格", ""],
        [2, "加熱室", "更換內層鉬隔熱屏 3 層", "—", "完成", "合格", "外層石墨氈保留"],
        [3, "真空系統", "擴散泵解體清洗、換油", "極限真空 ≤ 5×10⁻³ Pa", "3.1×10⁻³ Pa", "合格", ""],
        [4, "真空系統", "羅茨泵/機械泵換油、更換密封圈", "—", "完成", "合格", ""],
        [5, "真空系統", "壓升率測試（冷態）", "≤ 0.5 Pa/h", "0.22 Pa/h", "合格", ""],
        [6, "冷卻", "風冷風機軸承更換，換熱器除垢", "出口水溫 ≤ 35℃", "29℃", "合格", ""],
        [7, "測溫", "控溫/超溫熱電偶更換（S型）並校準", "±2℃", "+1.1℃", "合格", "證書 TC-24-0571"],
        [8, "控制", "PLC 程式備份、觸控屏更換", "—", "完成", "合格", ""],
        None,
        [9, "均勻性", "TUS 9 點（空爐 1060℃）", "±5℃", "見 TUS 頁", "合格", ""],
    ]
    r = ws_table(ws, 4, ["No", "系統", "項目", "要求", "實測", "判定", "備註"], rows)
    ws_note(ws, r + 1, "試爐依下列燒結程式執行（恢復為 48SH 量產程式 SP-48SH-R5）", 7)

    ws = wb.create_sheet("TUS")
    ws_title(ws, 1, "溫度均勻性測試 TUS @1060℃ 保溫 60 min", 5)
    rows = []
    for p in range(1, 10):
        v = j(rng, 1060, 3.8, 1)
        rows.append([f"P{p}", ["前上", "前中", "前下", "中上", "中中", "中下", "後上", "後中", "後下"][p - 1], v, round(v - 1060, 1)])
    ws_table(ws, 3, ["點位", "位置", "讀值 ℃", "偏差 ℃"], rows)

    ws = wb.create_sheet("燒結程式")
    ws_title(ws, 1, "SP-48SH-R5 燒結/回火程式", 8)
    prog = [
        [1, "升溫", 25, 200, 60, 0, "≤ 5", "", "脫脂"],
        [2, "保溫", 200, 200, 0, 90, "≤ 5", "", ""],
        [3, "升溫", 200, 450, 90, 0, "≤ 10", "", "脫氫段"],
        [4, "保溫", 450, 450, 0, 120, "≤ 10", "", ""],
        [5, "升溫", 450, 850, 120, 0, "≤ 5", "", ""],
        [6, "保溫", 850, 850, 0, 120, "≤ 1", "", "均熱"],
        [7, "升溫", 850, 1065, 90, 0, "≤ 0.5", "", ""],
        [8, "保溫", 1065, 1065, 0, 300, "≤ 0.5", "", "燒結"],
        [9, "冷卻", 1065, 80, 150, 0, "", 85, "充氬風冷"],
        [10, "升溫", 80, 900, 100, 0, "≤ 1", "", "一級回火"],
        [11, "保溫", 900, 900, 0, 150, "≤ 1", "", ""],
        [12, "冷卻", 900, 80, 90, 0, "", 85, ""],
        [13, "升溫", 80, 500, 60, 0, "≤ 1", "", "二級回火"],
        [14, "保溫", 500, 500, 0, 240, "≤ 1", "", ""],
        [15, "冷卻", 500, 60, 80, 0, "", 85, "出爐 ≤ 60℃"],
    ]
    r = ws_table(ws, 3, ["段", "類型", "起始", "終止", "升/降溫時間", "保溫時間", "真空度上限", "氬壓", "備註"],
                 prog, units=["", "", "℃", "℃", "min", "min", "Pa", "kPa", ""])
    ws_note(ws, r + 1, "裝爐：料盒 Mo 板隔層，每層 ≤ 12 kg，坯料間距 ≥ 3 mm。", 9)

    ws = wb.create_sheet("試爐結果")
    ws_title(ws, 1, "試爐 2 爐 抽檢結果", 8)
    rows = []
    for b in ("T24051601", "T24051702"):
        for s in range(1, 5):
            rows.append([b, s, round(rng.uniform(7.56, 7.61), 3), j(rng, 13.45, 0.08, 2), j(rng, 20.6, 0.4, 2),
                         j(rng, 44.5, 0.6, 1), round(rng.uniform(0.95, 0.98), 2), "OK"])
        rows.append(None)
    r = ws_table(ws, 3, ["批號", "樣", "密度 g/cm3", "Br kGs", "HcJ kOe", "(BH)max MGOe", "Hk/HcJ", "判定"], rows)
    ws_note(ws, r, "結論：VF-04 恢復量產。  機密 — 僅限內部使用", 8)
    save_wb(wb, name, dt.datetime(2024, 5, 18, 16, 5), "設備課")
    label(name, "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh", False,
          "overhaul acceptance of a vacuum sintering furnace that also lays down the full 48SH sintering/two-stage tempering program (a+b); no 'rare earth' wording")


def c04_smco_pm():
    name = "CMMS_export_VSF02_AGF01_PM_2024Q3.csv"
    rng = rng_for(name)
    hdr = ["WO_No", "Asset_ID", "Asset_Desc", "Task_Code", "Task", "Freq", "Planned", "Done", "Spec", "Reading", "Result", "Tech", "Comment"]
    tasks = [
        ("VSF-02", "Vac sinter/solution furnace 2:17 line", "PM-VSF-01", "Hot-zone TC check vs ref TC @1190C", "Q", "dT <= +/-3 C", "+1.8 C", "PASS", ""),
        ("VSF-02", "Vac sinter/solution furnace 2:17 line", "PM-VSF-02", "He leak test, chamber + quench valve", "Q", "< 5E-3 Pa.L/s", "2.1E-3", "PASS", ""),
        ("VSF-02", "Vac sinter/solution furnace 2:17 line", "PM-VSF-03", "Diffusion pump oil change", "6M", "n/a", "done", "PASS", "Santovac 5, 4 L"),
        ("VSF-02", "Vac sinter/solution furnace 2:17 line", "PM-VSF-04", "Gas quench rate verification (1190->600 C)", "Q", ">= 60 C/min per WI-SC-014", "71 C/min", "PASS", "fan VFD at 50 Hz"),
        ("VSF-02", "Vac sinter/solution furnace 2:17 line", "PM-VSF-05", "Ar purity at inlet", "M", ">= 99.999 %, H2O < 3 ppm", "2 ppm", "PASS", ""),
        ("VSF-02", "Vac sinter/solution furnace 2:17 line", "CM-24-188", "Replace heating element zone 3 (Mo)", "CM", "R 0.42 +/-0.02 ohm", "0.43", "PASS", "open circuit found 07/22"),
        ("AGF-01", "Ageing furnace, programmable slow cool", "PM-AGF-01", "Controller ramp tracking, 830->400 C @0.7 C/min", "Q", "track err <= 5 C", "3.2 C", "PASS", "ref. ageing program AG-2:17-R3"),
        ("AGF-01", "Ageing furnace, programmable slow cool", "PM-AGF-02", "TUS 9 pt @830 C", "6M", "+/- 5 C", "+/- 3.6 C", "PASS", ""),
        ("AGF-01", "Ageing furnace, programmable slow cool", "PM-AGF-03", "Retort seal / door gasket", "Q", "no leak", "gasket hard", "FAIL", "replaced, retest PASS 08/14"),
        ("JM-03", "Jet mill N2 closed loop", "PM-JM-01", "O2 analyser calibration", "M", "loop O2 <= 50 ppm alarm", "cal ok", "PASS", ""),
        ("JM-03", "Jet mill N2 closed loop", "PM-JM-02", "Classifier wheel bearing / balance", "6M", "vib < 2.8 mm/s", "1.9", "PASS", ""),
        ("JM-03", "Jet mill N2 closed loop", "PM-JM-03", "Nozzle wear check (3x)", "Q", "bore <= 6.3 mm", "6.1/6.2/6.4", "FAIL", "nozzle 3 replaced"),
        ("PRS-05", "Orientation press 2 T", "PM-PRS-01", "Field at die centre, gaussmeter", "Q", ">= 1.8 T", "1.93 T", "PASS", ""),
        ("PRS-05", "Orientation press 2 T", "PM-PRS-02", "Hydraulic oil analysis", "6M", "NAS 8", "NAS 7", "PASS", ""),
        ("PRS-05", "Orientation press 2 T", "PM-PRS-03", "Glovebox O2 sensor", "M", "<= 100 ppm", "cal ok", "PASS", ""),
        ("VIM-01", "Vacuum induction melter 50 kg", "PM-VIM-01", "Coil insulation / water flow", "Q", ">= 40 L/min", "44", "PASS", ""),
        ("VIM-01", "Vacuum induction melter 50 kg", "PM-VIM-02", "Pyrometer check vs dip TC @1450 C", "Q", "+/- 10 C", "+6 C", "PASS", "Sm make-up per melt sheet not affected"),
    ]
    rows = [hdr]
    d0 = dt.date(2024, 7, 2)
    for k, t in enumerate(tasks):
        planned = d0 + dt.timedelta(days=k * 4 + rng.randint(0, 3))
        done = planned + dt.timedelta(days=rng.randint(0, 5))
        rows.append([f"WO-24-{3110 + k * 7}", t[0], t[1], t[2], t[3], t[4], planned.isoformat(), done.isoformat(),
                     t[5], t[6], t[7], rng.choice(["KMA", "DRV", "HWT"]), t[8]])
    txt = csv_text(rows) + "\nExported 2024-10-03 08:14 by cmms_rpt / SmCo plant / Confidential\n"
    write_text(name, txt, "utf-8", "\r\n")
    label(name, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["SmCo"], "parameter-sheet", None, "en", False,
          "CMMS preventive-maintenance export for 2:17 SmCo line furnaces, jet mill and press; maintenance purpose, process values only as PM specs; no 'rare earth'")


def c05_strip_caster_upgrade():
    name = "SC-3速凝炉改造方案_v0.3.docx"
    d = new_doc()
    d_par(d, "SC-3 速凝铸片炉升级改造方案", bold=True, size=15, center=True)
    d_par(d, "Strip Caster SC-3 Upgrade Plan  (draft v0.3, for internal review)", italic=True, center=True)
    d_par(d, "1. 背景 Background", bold=True)
    d_par(d, "SC-3 (600 kg/炉) 目前用于高丰度双主相合金 (Ce 占 TRE 20~30 wt%)。由于冷却辊直径偏小、辊面温升快，"
             "Ce 含量提高后铸片柱状晶比例下降、α-Fe 偏多。Plan: enlarge wheel, add secondary cooling disc, "
             "upgrade tundish and VFD, then re-commission with Ce-substituted alloy.")
    d_par(d, "2. 改造内容 Scope of modification", bold=True)
    d_table(d, ["No.", "项目 Item", "现状 Current", "改造后 After upgrade", "说明 Notes"], [
        [1, "冷却辊 Quench wheel", "Cu-Be Φ600 mm", "Cu-Cr-Zr Φ800 mm, 水道加密", "辊面温升 ≤150℃ per pour"],
        [2, "辊速 Wheel speed", "0.8–2.0 m/s, 老式变频", "0.5–3.0 m/s, 闭环 VFD", "for Ce alloy target 1.2–1.5 m/s"],
        [3, "中间包 Tundish", "单嘴, 开口 80 mm", "双嘴扁平, 开口 2×60 mm, 预热 1100℃", "浇注均匀性"],
        [4, "二次冷却 Secondary cooling", "无 None", "旋转冷却盘 Φ1.8 m + Ar 风冷", "铸片 ≤ 200℃ 入料桶"],
        [5, "坩埚 Crucible", "600 kg, Al2O3 打结", "800 kg, MgO-Al2O3 预制", ""],
        [6, "真空 Vacuum", "极限 5 Pa", "极限 1 Pa, 压升率 ≤ 1 Pa/h", "加罗茨泵 1200 L/s"],
        [7, "控制 Controls", "PLC S7-300", "S7-1500 + HMI, 浇注曲线记录", "数据上传 MES"],
    ])
    d_par(d, "3. 进度 Schedule", bold=True)
    d_table(d, ["阶段 Phase", "开始 Start", "结束 End", "负责 Owner"], [
        ["设计冻结 Design freeze", "2024-08-05", "2024-08-16", "设备部 / vendor"],
        ["停炉拆除 Shutdown & demolition", "2024-09-02", "2024-09-08", "设备部"],
        ["安装 Installation", "2024-09-09", "2024-09-27", "vendor"],
        ["冷调 Cold commissioning", "2024-09-28", "2024-10-03", "设备部 + 工艺"],
        ["热调 Hot commissioning (3 heats)", "2024-10-08", "2024-10-12", "工艺部"],
    ])
    d_par(d, "4. 调试验收指标 Commissioning acceptance targets", bold=True)
    d_table(d, ["参数 Parameter", "目标 Target", "检测方法 Method"], [
        ["铸片平均厚度 Flake thickness", "0.25–0.35 mm", "千分尺 30 片"],
        ["柱状晶比例 Columnar grains", "≥ 90 %", "金相, 横截面"],
        ["α-Fe", "不可见 none detected", "SEM-BSE"],
        ["富 RE 相间距 RE-rich lamella spacing", "3–5 μm", "SEM"],
        ["浇注温度 Pouring temp.", "1420–1460 ℃", "红外 + 浸入式热电偶"],
        ["辊面温升 Wheel surface rise", "≤ 150 ℃", "红外"],
        ["试浇合金 Trial alloy", "(PrNd)22.5Ce8.0 B0.95 Co1.0 Cu0.15 Ga0.2 Fe bal. wt%", "ICP"],
    ])
    d_par(d, "注：工艺参数以《速凝工艺规程》为准，本方案中数值仅作调试验收参考。", italic=True)
    d_footer(d, "Internal - do not forward outside Equipment & Process departments")
    save_doc(d, name, dt.datetime(2024, 7, 30, 11, 20), "equip_dept")
    label(name, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec", None, "mixed", False,
          "upgrade/retrofit plan for a strip caster making Ce-substituted dual-main-phase alloy; purpose upgrade, process values only as acceptance targets")


def c06_isl_wellfield():
    name = "LB3采场注液井网安装调试记录.docx"
    rng = rng_for(name)
    d = new_doc(font="SimSun")
    d_par(d, "LB3 采场 原地浸矿 注液井网 安装与调试记录", bold=True, size=14, center=True)
    d_par(d, "矿种：离子吸附型稀土矿    采场面积：2.6 万 m²    施工单位：矿山工程队    记录编号：KS-LB3-2024-07")
    d_par(d, "一、设计参数", bold=True)
    d_table(d, ["项目", "设计值", "备注"], [
        ["井网布置", "正方形 2.0 m × 2.0 m", "山脊部位加密至 1.5 m"],
        ["注液井孔径", "Φ150 mm", "人工/机械成孔"],
        ["井深", "穿过表土层，进入全风化层 ≥ 1.0 m", "依据勘探剖面 P3、P4"],
        ["注液管", "PE Φ32，开孔段 1.5 m", "外包土工布"],
        ["收液系统", "导流孔 + 集液沟 + 收液池 2×300 m³", "导流孔间距 3 m，坡度 3‰"],
        ["监测", "监测井 6 口，地下水 pH/NH4+", "位于采场外围下游"],
    ])
    d_par(d, "二、施工记录（节选）", bold=True)
    rows = []
    for k in range(1, 19):
        design = round(rng.uniform(3.5, 7.5), 1)
        actual = round(design + rng.uniform(-0.2, 0.5), 1)
        rows.append([f"Z-{k:03d}", design, actual, round(actual - rng.uniform(1.0, 2.5), 1), "是", "是",
                     f"7/{3 + k // 4}", "合格" if k != 11 else "返工后合格"])
    d_table(d, ["井号", "设计深度 m", "实际深度 m", "见矿深度 m", "下管", "回填", "日期", "验收"], rows)
    d_par(d, "三、注清水调试", bold=True)
    rows = []
    for day in range(1, 8):
        inj = j(rng, 180, 15, 0)
        col = round(inj * rng.uniform(0.55 + day * 0.04, 0.62 + day * 0.04), 0)
        rows.append([f"7/{20 + day}", "A/B/C", inj, col, round(col / inj * 100, 1),
                     "无" if day != 3 else "东侧坡脚渗水，已加密截水沟", ""])
    d_table(d, ["日期", "井组", "注水量 m³", "收液量 m³", "回收率 %", "渗漏检查", "备注"], rows)
    d_par(d, "四、试注浸矿剂（参考值，以《采场浸矿作业规程》为准）", bold=True)
    d_table(d, ["项目", "参考值", "试注实测", "结论"], [
        ["浸矿剂", "硫酸铵溶液", "—", "—"],
        ["浓度", "2.0 %", "1.9–2.1 %", "符合"],
        ["注液 pH", "5.0–5.5", "5.2", "符合"],
        ["收液 pH", "—", "5.6", "—"],
        ["母液 REO", "≥ 0.5 g/L（见液后）", "第6天 0.31 g/L", "继续观察"],
    ])
    d_par(d, "结论：井网安装合格，收液系统运行正常，同意转入正式注液。")
    d_par(d, "签字：施工 ______  技术 ______  安环 ______    2024年7月28日")
    d_footer(d, "内部资料")
    save_doc(d, name, dt.datetime(2024, 7, 28, 18, 0), "矿山技术组")
    label(name, "controlled", ["1E902.b"], ["mining"], [], "parameter-sheet", None, "zh", False,
          "installation and commissioning record of an in-situ leaching injection-well grid and liquor collection system; lixiviant values only as references")


def c07_kiln_overhaul():
    name = "RK1 kiln overhaul 2024-07 检修记录.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("Overhaul 检修项目")
    ws_title(ws, 1, "RK-1 Rotary Kiln (sludge oxidation roasting) Annual Overhaul / RK-1 回转窑年度检修", 8)
    rows = [
        [1, "Refractory 耐火内衬", "Replace high-alumina castable, 0–6 m from discharge end 卸料端", "6 m", "done", "ZH", "thickness 180 mm"],
        [2, "Shell 窑筒体", "Ovality check at tyres 轮带处椭圆度", "≤ 0.3 %", "0.21 %", "ZH", ""],
        [3, "Tyre/roller 托轮", "Re-align support rollers", "axial float 5–10 mm", "7 mm", "ZH", ""],
        [4, "Girth gear 大齿圈", "Backlash, lubrication", "1.2–1.8 mm", "1.5 mm", "WM", ""],
        [5, "Burner 燃烧器", "Replace NG burner nozzle, flame check", "—", "done", "WM", ""],
        [6, "Seals 密封", "Replace feed/discharge end leaf seals 鱼鳞片密封", "—", "done", "ZH", "air ingress reduced"],
        [7, "Dust 除尘", "Bag filter bags replaced (240 pcs)", "ΔP ≤ 1.5 kPa", "0.9 kPa", "HY", ""],
        None,
        [8, "Instrument 仪表", "Thermocouple calibration, see sheet 2", "±5 ℃", "see sheet", "HY", ""],
    ]
    r = ws_table(ws, 3, ["No", "Item 部位", "Work 内容", "Spec 标准", "Result 结果", "By", "Remarks 备注"], rows)
    ws_note(ws, r + 1, "Feed: NdFeB grinding sludge 钕铁硼油泥 (dried) for rare earth recovery, see restart sheet for operating targets.", 7)

    ws = wb.create_sheet("TC calibration 热电偶校准")
    ws_title(ws, 1, "Thermocouple calibration 热电偶现场校准 (ref. portable calibrator S/N 22-0915)", 7)
    rows = []
    for tag, loc in [("TE-101", "Kiln head 窑头"), ("TE-102", "Zone 1"), ("TE-103", "Zone 2"), ("TE-104", "Zone 3 (hot)"),
                     ("TE-105", "Kiln tail 窑尾"), ("TE-110", "Cooler out 冷却筒出口"), ("TE-120", "Off-gas 烟气")]:
        ref = 800 if "Zone" in loc or "head" in loc else 400
        rd = j(rng, ref, 4, 1)
        rows.append([tag, loc, "K", ref, rd, round(rd - ref, 1), "PASS" if abs(rd - ref) <= 5 else "ADJ"])
    ws_table(ws, 3, ["Tag", "Location 位置", "Type", "Ref ℃", "Reading ℃", "Dev", "Result"], rows)

    ws = wb.create_sheet("Restart 复产确认")
    ws_title(ws, 1, "Restart checklist 复产确认 (targets per SOP-RC-03, reference only)", 5)
    rows = [
        ["Kiln speed 窑速", "1.5 rpm", "1.5", "OK"],
        ["Feed rate 进料量 (dry sludge)", "1.2 t/h", "1.0 → 1.2 ramp 8 h", "OK"],
        ["Roast temp. zone 3 焙烧温度", "800–850 ℃", "826", "OK"],
        ["Residence time 停留时间", "≈ 2.5 h", "tracer 2.4 h", "OK"],
        ["Calcine oxidation 氧化率", "≥ 98 %", "98.6 %", "OK"],
        ["Calcine TREO", "≥ 28 %", "29.3 %", "OK"],
        ["Off-gas O2", "6–10 %", "8.1 %", "OK"],
        None,
        ["Sign-off", "Maintenance / Process / EHS", "2024-07-19", ""],
    ]
    r = ws_table(ws, 3, ["Check 项目", "Target 目标", "Actual 实测", "OK?"], rows)
    ws_note(ws, r + 1, "Confidential 内部文件", 4)
    save_wb(wb, name, dt.datetime(2024, 7, 20, 9, 30), "maint_rc")
    label(name, "controlled", ["1E902.b"], ["recycling"], [], "parameter-sheet", None, "mixed", False,
          "annual overhaul, TC calibration and restart checklist of the oxidation-roasting kiln for NdFeB sludge recycling; roast values only as restart targets")


def c08_cell_scada():
    name = "CELL_B07_trend_20240312.csv"
    rng = rng_for(name)
    lines = [
        "# SCADA historian export",
        "# Site: Cell house B | Group: CELL_B07 | Interval: 00:10:00",
        "# Bath: LiF-(Pr,Nd)F3 12:88 wt | Cathode: W rod D60 | Anode: graphite 4-seg | Receiver: Mo",
        "# Exported by: ops_b2 2024-03-12 18:05",
    ]
    hdr = ["Timestamp", "I_SP(kA)", "I_act(kA)", "U_cell(V)", "T_bath_SP", "T_bath", "OX_FEED_SP(kg/h)", "OX_FEED_act",
           "Anode_imm(mm)", "Tap_wt(kg)", "CE_est(%)", "Alarm"]
    rows = [hdr]
    t0 = dt.datetime(2024, 3, 12, 6, 0)
    anode = 95
    for k in range(73):
        t = t0 + dt.timedelta(minutes=10 * k)
        anode -= rng.uniform(0.2, 0.5)
        alarm = ""
        u = 9.55 + (95 - anode) * 0.02 + rng.uniform(-0.15, 0.15)
        if k in (23, 24):
            u += 1.1
            alarm = "U_CELL_HI"
        if k == 25:
            anode = 96
            alarm = "ANODE_CHG"
        tb = 1052 + rng.uniform(-6, 6)
        if k in (47,):
            tb = 1031
            alarm = "T_BATH_LO"
        tap = round(rng.uniform(16.5, 18.8), 1) if k % 12 == 11 else ""
        rows.append([t.strftime("%Y-%m-%d %H:%M:%S"), "6.00", f"{6.0 + rng.uniform(-0.04, 0.04):.2f}", f"{u:.2f}", "1050",
                     f"{tb:.0f}", "10.2", f"{10.2 + rng.uniform(-0.5, 0.5):.1f}", f"{anode:.0f}", tap,
                     f"{82 + rng.uniform(-3, 3):.1f}" if tap else "", alarm])
    txt = "\n".join(lines) + "\n" + csv_text(rows) + "# END OF EXPORT - internal / confidential\n"
    write_text(name, txt, "utf-8", "\r\n")
    label(name, "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", None, "en", False,
          "SCADA trend export of a fluoride-bath PrNd oxide electrolysis cell (current, voltage, bath T, oxide feed, CE); only equipment and numbers, no 'rare earth'")


def c09_sinter_mes():
    name = "烧结MES导出_202405.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("运行数据")
    segs = [("升温1", 200, 60, 60, 4.0, None), ("保温1", 200, 0, 60, 4.0, None), ("升温2", 450, 80, 0, 8.0, None),
            ("脱氢", 450, 0, 120, 8.0, None), ("升温3", 850, 120, 0, 2.0, None), ("均热", 850, 0, 120, 0.5, None),
            ("升温4", 1060, 90, 0, 0.2, None), ("烧结", 1060, 0, 300, 0.08, None), ("风冷", 80, 150, 0, None, 85),
            ("回火1升", 900, 100, 0, 0.5, None), ("回火1", 900, 0, 150, 0.3, None), ("风冷2", 80, 90, 0, None, 85),
            ("回火2升", 490, 60, 0, 0.5, None), ("回火2", 490, 0, 240, 0.3, None), ("出炉冷却", 60, 80, 0, None, 85)]
    hdr = ["时间", "炉号", "批次号", "程序段", "温度设定", "实际温度", "真空度", "氩压", "功率%", "报警"]
    rows = []
    start = dt.datetime(2024, 5, 14, 7, 30)
    for furnace, batch, shift in (("SF-07", "S2405140701", 0), ("SF-07", "S2405150702", 1)):
        t0 = start + dt.timedelta(hours=26 * shift)
        prog = furnace_program(segs, 30)
        for minute, seg, sp, vac, ar in prog:
            act = sp + rng.uniform(-3, 3) - (4 if "升" in seg else 0)
            vacs = sci(vac * rng.uniform(0.4, 1.0)) if vac else ""
            alarm = ""
            if batch.endswith("02") and seg == "烧结" and rng.random() < 0.08:
                alarm = "真空度偏高"
            rows.append([t0 + dt.timedelta(minutes=minute), furnace, batch, seg, round(sp), round(act, 1), vacs,
                         ar if ar else "", int(min(100, max(0, sp / 14 + rng.uniform(-5, 5)))) if not ar else 0, alarm])
        rows.append(None)
    r = ws_table(ws, 1, hdr, rows, border=False)
    ws.freeze_panes = "A2"

    ws = wb.create_sheet("批次汇总")
    ws_title(ws, 1, "5月 烧结批次汇总（SF-05/06/07）", 12)
    grades = [("N52", 1045, 480), ("48SH", 1060, 490), ("45UH", 1070, 500), ("42EH", 1075, 510)]
    rows = []
    for k in range(14):
        g, ts, ta = grades[k % 4]
        rows.append([f"S24051{k // 3:01d}{k:02d}", f"SF-0{5 + k % 3}", g, j(rng, 560, 40, 0), ts, j(rng, 5.0, 0.5, 1), 900, 2,
                     ta, 3, round(rng.uniform(7.55, 7.62), 3), "" if k != 9 else "密度偏低，复烧"])
    r = ws_table(ws, 3, ["批次号", "炉号", "牌号", "装炉量", "烧结温度", "保温", "一回温度", "一回时间", "二回温度", "二回时间", "密度", "备注"],
                 rows, units=["", "", "", "kg", "℃", "h", "℃", "h", "℃", "h", "g/cm3", ""])
    ws = wb.create_sheet("报警记录")
    rows = [[dt.datetime(2024, 5, 15, 14, 30), "SF-07", "S2405150702", "真空度偏高", "0.21 Pa > 0.1 Pa", "检查炉门密封，继续运行"],
            [dt.datetime(2024, 5, 16, 2, 0), "SF-05", "S2405160301", "冷却水流量低", "18 L/min", "切换备用泵"],
            [dt.datetime(2024, 5, 19, 22, 10), "SF-06", "S2405190601", "超温", "1082℃", "热电偶漂移，更换"]]
    ws_table(ws, 1, ["时间", "炉号", "批次", "报警", "值", "处理"], rows)
    save_wb(wb, name, dt.datetime(2024, 5, 31, 8, 50), "mes_export")
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh", False,
          "MES export of sintering-furnace runs (segment setpoints, actual T, vacuum, tempering) and batch summary for N52/48SH/45UH/42EH grades; no 'rare earth' or 'NdFeB' wording")


def c10_gbd_doe():
    name = "GBD_DOE_round3_results.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("Factors")
    ws_title(ws, 1, "GBD round 3 - L9(3^4) factors", 5)
    ws_table(ws, 3, ["Factor", "Code", "Level 1", "Level 2", "Level 3"], [
        ["Tb coating (slurry, % of magnet wt)", "A", 0.4, 0.6, 0.8],
        ["Diffusion temp (C)", "B", 880, 900, 920],
        ["Diffusion time (h)", "C", 10, 15, 20],
        ["Ageing temp (C)", "D", 480, 500, 520],
    ])
    ws_note(ws, 9, "Base blocks: 48M sintered, 40x20x4.0 mm (c-axis 4.0), from lot S2403-115. Coating: TbH2 slurry, spray, dried 80 C.", 5)
    L9 = [(1, 1, 1, 1), (1, 2, 2, 2), (1, 3, 3, 3), (2, 1, 2, 3), (2, 2, 3, 1), (2, 3, 1, 2), (3, 1, 3, 2), (3, 2, 1, 3), (3, 3, 2, 1)]
    lv = {"A": [0.4, 0.6, 0.8], "B": [880, 900, 920], "C": [10, 15, 20], "D": [480, 500, 520]}
    ws = wb.create_sheet("Runs")
    hdr = ["Run", "A Tb wt%", "B T_diff", "C t_diff", "D T_age", "Br", "HcJ", "dHcJ", "Hk/HcJ", "Tb uptake", "Remarks"]
    units = ["", "%", "C", "h", "C", "kGs", "kOe", "kOe", "", "wt%", ""]
    rows = []
    for k, (a, b, c, dd) in enumerate(L9, 1):
        A, B, C, D = lv["A"][a - 1], lv["B"][b - 1], lv["C"][c - 1], lv["D"][dd - 1]
        dh = 5.5 * A / 0.6 + 0.05 * (B - 880) + 0.08 * (C - 10) - 0.012 * abs(D - 500) + rng.uniform(-0.3, 0.3)
        if B == 920 and C == 20:
            dh -= 0.6
        br = 13.92 - 0.12 * A - 0.002 * (B - 880) + rng.uniform(-0.03, 0.03)
        rows.append([k, A, B, C, D, round(br, 2), round(16.3 + dh, 2), round(dh, 2), round(rng.uniform(0.93, 0.97), 3),
                     round(A * rng.uniform(0.6, 0.8), 2), "grain-boundary Tb shell visible" if k in (4, 5) else ""])
    rows.append(None)
    rows.append(["Base", "-", "-", "-", "-", 13.95, 16.3, 0, 0.97, 0, "untreated, aged 500 C"])
    r = ws_table(ws, 1, hdr, rows, units=units)
    ws_note(ws, r + 1, "Measured on NIM-500C hysteresigraph, 3 pcs/run averaged. Confidential.", 11)
    ws = wb.create_sheet("Range analysis")
    rows = []
    resp = [row[7] for row in rows_for_range(wb)]
    for f in "ABCD":
        idx = "ABCD".index(f)
        means = []
        for level in (1, 2, 3):
            vals = [resp[i] for i, run in enumerate(L9) if run[idx] == level]
            means.append(round(sum(vals) / 3, 2))
        rows.append([f, *means, round(max(means) - min(means), 2)])
    ws_table(ws, 1, ["Factor", "K1 mean dHcJ", "K2", "K3", "R"], rows)
    ws_note(ws, 7, "Ranking A > B > C > D. Selected for pilot: A3 B2 C2 D2  (0.8 % Tb, 900 C x 15 h, age 500 C x 3 h).", 5)
    save_wb(wb, name, dt.datetime(2024, 4, 22, 15, 2), "rd_magnet")
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "en", False,
          "L9 DOE on Tb grain-boundary diffusion of sintered 48M blocks (coating %, diffusion T/t, ageing T) with Br/HcJ responses and selected settings; no 'rare earth'")


def rows_for_range(wb):
    ws = wb["Runs"]
    out = []
    for row in ws.iter_rows(min_row=3, max_row=11, values_only=True):
        out.append(row)
    return out


def c11_smco_batch():
    name = "SC2617批生產記錄_B2406-11.docx"
    rng = rng_for(name)
    d = new_doc(font="PMingLiU", east="PMingLiU")
    d_par(d, "2:17 型釤鈷燒結磁體 批生產記錄", bold=True, size=14, center=True)
    d_table(d, ["產品", "YXG-30H", "批號", "B2406-11", "日期", "2024/06/11–06/19"], [
        ["投料量", "50.0 kg", "爐號", "VIM-01 / VSF-02", "記錄人", "陳"],
    ])
    d_par(d, "一、配料", bold=True)
    comp = [("Sm", 25.5), ("Fe", 16.0), ("Cu", 5.5), ("Zr", 2.8), ("Co", 50.2)]
    rows = []
    for el, wt in comp:
        burn = 1.2 if el == "Sm" else 0
        kg = round(50 * wt / 100 * (1 + burn / 100 * 2), 3)
        rows.append([el, wt, kg, round(kg + rng.uniform(-0.004, 0.004), 3), "Sm 另加燒損補償 2.4%" if el == "Sm" else ""])
    d_table(d, ["元素", "目標 wt%", "理論投料 kg", "實際稱量 kg", "備註"], rows)
    d_par(d, "二、工序參數", bold=True)
    steps = [
        ("真空感應熔煉", "熔煉溫度", "1450–1500 ℃", f"{j(rng, 1475, 10, 0)} ℃"),
        ("", "充氬壓力", "0.05 MPa", "0.05 MPa"),
        ("", "澆注", "水冷銅模，厚 ≤ 15 mm", "12 mm"),
        ("破碎/製粉", "粗破", "≤ 1 mm", "OK"),
        ("", "氣流磨 D50", "4.0 ± 0.3 μm", f"{j(rng, 4.0, 0.15, 2)} μm"),
        ("成型", "取向磁場", "≥ 1.8 T", "1.9 T"),
        ("", "模壓壓力", "150 MPa", "150 MPa"),
        ("", "冷等靜壓", "200 MPa × 60 s", "200 MPa"),
        ("燒結", "溫度/時間", "1210 ℃ × 1 h", f"{j(rng, 1210, 2, 0)} ℃ × 60 min"),
        ("固溶", "溫度/時間", "1180 ℃ × 4 h", "1180 ℃ × 240 min"),
        ("", "冷卻", "氬氣快冷 ≥ 60 ℃/min 至 600 ℃", "71 ℃/min"),
        ("時效", "等溫時效", "830 ℃ × 12 h", "830 ℃ × 12 h"),
        ("", "緩冷", "0.7 ℃/min 至 400 ℃", "0.7 ℃/min"),
        ("", "保溫後爐冷", "400 ℃ × 4 h", "OK"),
    ]
    d_table(d, ["工序", "參數", "規定值", "實際值"], [list(s) for s in steps])
    d_par(d, "三、檢驗", bold=True)
    rows = []
    for s in range(1, 6):
        rows.append([s, j(rng, 10.95, 0.1, 2), j(rng, 27.5, 1.5, 1), j(rng, 28.8, 0.5, 1), round(rng.uniform(8.35, 8.42), 2), "合格"])
    d_table(d, ["樣品", "Br kGs", "HcJ kOe", "(BH)max MGOe", "密度 g/cm3", "判定"], rows)
    d_par(d, "品管：______   生產：______", italic=True)
    d_footer(d, "機密文件 未經許可不得複製")
    save_doc(d, name, dt.datetime(2024, 6, 20, 9, 15), "陳")
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "parameter-sheet", None, "zh", False,
          "batch record of a 2:17 SmCo sintered magnet lot: composition, melting, milling, pressing, sintering, solution treatment, ageing and slow cooling with actual values")


def c12_ce_recipe():
    name = "Ce-DMP配方表_recipe_2024.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("Recipe 配方")
    ws_title(ws, 1, "双主相 Ce 合金配方表 / Dual-main-phase Ce alloy recipes (wt%)", 15)
    ws.cell(row=2, column=1, value="Rev. D  2024-03  approved: 技术部  ·  Fe = balance 余量").font = NOTE_FONT
    ws.merge_cells("A2:O2")
    grades = [("N35-Ce30", 21.7, 9.3, 0.0, 0.0), ("N38-Ce25", 23.0, 7.7, 0.0, 0.0), ("N40-Ce20", 24.6, 6.2, 0.0, 0.0),
              ("N42-Ce15", 26.0, 4.6, 0.0, 0.0), ("N35H-Ce20", 24.2, 6.0, 0.0, 0.9), ("N38-CeLa", 22.6, 6.5, 1.6, 0.0)]
    rows = []
    for g, prnd, ce, la, dy in grades:
        tre = round(prnd + ce + la + dy, 2)
        co, cu, al, ga, zr, b = 1.0, 0.15, 0.10, 0.20 if ce > 8 else 0.15, 0.10, 0.96 if ce > 8 else 0.95
        fe = round(100 - tre - co - cu - al - ga - zr - b, 2)
        rows.append([g, prnd, ce, la, dy, co, cu, al, ga, zr, b, fe, tre, round(ce / tre * 100, 1), ""])
    rows[5][14] = "La/Ce 混合稀土 MM 投料"
    ws_table(ws, 4, ["牌号 Grade", "PrNd", "Ce", "La", "Dy", "Co", "Cu", "Al", "Ga", "Zr", "B", "Fe", "TRE", "Ce/TRE %", "Note"], rows)

    ws = wb.create_sheet("Process 工艺")
    ws_title(ws, 1, "Process window per grade 工艺窗口", 11)
    rows = []
    for g, prnd, ce, la, dy in grades:
        rows.append([g, round(1.6 - ce * 0.02, 2), 0.15, 560 if ce < 7 else 540, round(3.4 - ce * 0.05, 1), 1.8,
                     1040 - int(ce * 2), 5, "900/2h", "480/3h" if ce > 6 else "500/3h", "双合金" if ce >= 7.7 else ""])
    rows[0][10] = "two-alloy route: Ce-rich + Ce-free powder blend 50:50 before JM"
    ws_table(ws, 3, ["Grade", "SC wheel m/s", "HD H2 MPa", "脱氢 ℃", "JM D50 μm", "Field T", "Sinter ℃", "Sinter h", "1st temper", "2nd temper", "Remarks"], rows)
    ws = wb.create_sheet("Target 目标")
    rows = []
    for g, prnd, ce, la, dy in grades:
        rows.append([g, round(12.6 - ce * 0.05 + (prnd - 21) * 0.03, 2), round(12.5 - ce * 0.15 + dy * 4, 1), round(34 + (prnd - 21) * 1.5 - ce * 0.2, 1), "≥ 7.50"])
    ws_table(ws, 1, ["Grade", "Br min kGs", "HcJ min kOe", "(BH)max min MGOe", "Density g/cm3"], rows)
    ws_note(ws, 9, "CONFIDENTIAL - recipe owner: 技术部 alloy group", 5)
    save_wb(wb, name, dt.datetime(2024, 3, 18, 10, 0), "alloy_grp")
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "parameter-sheet", None, "mixed", False,
          "alloy recipes and process windows (strip casting, HD, jet mill, sintering, tempering) for Ce-substituted dual-main-phase sintered magnets")


def c13_isl_liquor():
    name = "LB采区浸出母液日报_202406.csv"
    rng = rng_for(name)
    rows = [["LB矿区（离子型稀土矿） 浸出母液及沉淀日报（2024年6月）"], [],
            ["日期", "采场", "注液井组", "注液量m3", "硫酸铵%", "注液pH", "收液量m3", "母液REO g/L", "母液pH", "除杂pH", "碳铵t", "沉淀pH", "沉淀率%", "备注"]]
    for day in range(1, 31):
        for site, base in (("LB2", 0.85), ("LB3", 0.35 + day * 0.025)):
            inj = j(rng, 420 if site == "LB2" else 380, 30, 0)
            colr = round(inj * rng.uniform(0.78, 0.9), 0)
            reo = round(max(0.1, base + rng.uniform(-0.08, 0.08) - (day * 0.006 if site == "LB2" else 0)), 2)
            note = ""
            if site == "LB3" and day == 1:
                note = "转入正式注液"
            if day == 17 and site == "LB2":
                note = "降雨 停注4h"
            if day in (9, 23) and site == "LB2":
                note = "补水 改注1.5%"
            rows.append([f"2024-06-{day:02d}", site, "A-C" if site == "LB2" else "A/B/C", inj,
                         1.5 if note.startswith("补水") else 2.0, j(rng, 5.3, 0.15, 1), colr, reo,
                         j(rng, 5.0, 0.2, 1), j(rng, 5.2, 0.1, 1), round(colr * reo / 1000 * 2.3, 2), j(rng, 6.8, 0.1, 1),
                         j(rng, 96.5, 1.2, 1), note])
        if day % 10 == 0:
            rows.append([])
    rows.append(["制表：采场技术员", "审核：", "", "", "", "", "", "", "", "", "", "", "", ""])
    write_text(name, csv_text(rows), "gb18030", "\r\n")
    label(name, "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", None, "zh", False,
          "daily in-situ leaching log (ammonium sulfate lixiviant, pH, liquor REO, impurity removal and bicarbonate precipitation); GB18030 CSV, short Chinese headers")


def c14_flotation():
    name = "Flotation_bench_tests_BN-ore_2024.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("Feed")
    ws_title(ws, 1, "Bench flotation - composite BN-2 (bastnaesite/monazite) - feed characterisation", 4)
    ws_table(ws, 3, ["Component", "wt %", "Method", "Note"], [
        ["REO", 6.21, "ICP-OES", ""], ["CaO", 14.8, "XRF", "calcite/fluorite"], ["BaO", 9.6, "XRF", "barite"],
        ["Fe2O3", 18.2, "XRF", "hematite"], ["F", 6.9, "ISE", ""], ["P2O5", 1.4, "XRF", ""], ["SiO2", 15.1, "XRF", ""],
        None, ["Bastnaesite:monazite", "7:3", "MLA", "liberation 68 % at P80 45 um"],
    ])
    ws = wb.create_sheet("Rougher matrix")
    hdr = ["Test", "P80", "pH", "Na2SiO3", "Na2CO3", "LF-8 hydroxamate", "Frother", "Pulp T", "Cond. time", "Mass pull", "Grade REO", "Recovery REO", "Remarks"]
    units = ["", "um", "", "g/t", "g/t", "g/t", "g/t", "C", "min", "%", "%", "%", ""]
    rows = []
    k = 0
    for p80 in (53, 45, 38):
        for ph in (8.5, 9.0, 9.5):
            for coll in (800, 1200):
                k += 1
                tt = 35 if k % 4 else 25
                grade = 28 + (9.5 - abs(ph - 9.0) * 6) + (53 - p80) * 0.15 - (coll - 800) * 0.004 + (tt - 25) * 0.2 + rng.uniform(-1.2, 1.2)
                rec = 62 + (coll - 800) * 0.02 + (53 - p80) * 0.4 - abs(ph - 9.0) * 8 + (tt - 25) * 0.5 + rng.uniform(-2, 2)
                mass = rec * 6.21 / grade
                rows.append([f"R{k:02d}", p80, ph, 2500 if ph < 9.5 else 3000, 1500, coll, 30, tt, 10, round(mass, 1),
                             round(grade, 1), round(rec, 1), "froth unstable" if ph == 8.5 and coll == 1200 else ""])
    r = ws_table(ws, 1, hdr, rows, units=units)
    ws_note(ws, r + 1, "Cell: Denver D12, 2.5 L, 1200 rpm; 30 % solids; rougher 6 min scraping. Best: R14 (45 um, pH 9.0, 800 g/t, 35 C).", 13)
    ws = wb.create_sheet("Cleaner")
    rows = []
    for st, (g, rc) in enumerate([(42.5, 91.2), (53.8, 93.5), (61.9, 95.8)], 1):
        rows.append([f"Cl{st}", 9.0, 300 if st == 1 else 0, 200 * (4 - st), round(g + rng.uniform(-0.5, 0.5), 1), round(rc + rng.uniform(-1, 1), 1)])
    ws_table(ws, 1, ["Stage", "pH", "LF-8 g/t", "Na2SiO3 g/t", "Grade REO %", "Stage rec. %"], rows)
    ws_note(ws, 6, "Overall (R14 + 3 cleaners): 61.9 % REO at 71.4 % recovery. Internal - mineral processing lab.", 6)
    save_wb(wb, name, dt.datetime(2024, 2, 9, 14, 45), "mp_lab")
    label(name, "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", None, "en", False,
          "bench flotation matrix for bastnaesite/monazite ore (grind, pH, silicate depressant, hydroxamate collector dosages) with grade/recovery and selected regime")


def c15_cascade_sim():
    name = "cascade_sim_A-line_NdPr_out.txt"
    n_ext, m_scr = 27, 33
    beta = 1.55
    lines = [
        "CX-SIM 3.2   串級萃取理論計算  結果輸出",
        "案例  : A線 Pr/Nd 分離  (重算 2024-06-03, 產能 +15%)",
        "萃取劑: P507 1.5 mol/L / 磺化煤油   皂化度 0.36 (NaOH)",
        "料液  : PrCl3-NdCl3 1.20 mol/L  fB(Nd)=0.760  fA(Pr)=0.240   pH 2.0",
        f"分離係數 β(Nd/Pr) = {beta:.2f}   萃取段 n = {n_ext}   洗滌段 m = {m_scr}   進料級 = {n_ext + 1}",
        "萃取量 S = 0.845   洗滌量 W = 0.085   (mol/mol 進料)",
        "流比  VF : VS : VW = 1 : 7.86 : 0.36   (洗酸 HCl 4.5 mol/L)",
        "目標  : 有機出口 Nd/(Pr+Nd) >= 99.50 %   水相出口 Pr/(Pr+Nd) >= 99.00 %",
        "",
        "級別濃度分佈  (mol/L)",
    ]
    hdr = ["級", "段", "有機 Pr", "有機 Nd", "水相 Pr", "水相 Nd", "x(Nd)水", "y(Nd)有"]
    rows = []
    N = n_ext + m_scr
    x1, xN = 0.0088, 0.9972  # aqueous Nd fraction at stage 1 (raffinate) and stage N
    lo = 1 / (1 + math.exp(-(1 - (n_ext + 2)) / 4.2))
    hi = 1 / (1 + math.exp(-(N - (n_ext + 2)) / 4.2))
    for s in range(1, N + 1):
        z = 1 / (1 + math.exp(-(s - (n_ext + 2)) / 4.2))
        x = x1 + (xN - x1) * (z - lo) / (hi - lo)
        y = beta * x / (1 + (beta - 1) * x)
        org = 0.165
        aq = 1.02 if s <= n_ext else 0.52 + 0.01 * (N - s)
        rows.append([s, "萃取" if s <= n_ext else "洗滌", f"{org * (1 - y):.4f}", f"{org * y:.4f}", f"{aq * (1 - x):.4f}",
                     f"{aq * x:.4f}", f"{x:.4f}", f"{y:.4f}"])
    y_out = beta * xN / (1 + (beta - 1) * xN)
    body = fixed_width(hdr, rows, [6, 8, 10, 10, 10, 10, 10, 10], right_cols=(2, 3, 4, 5, 6, 7))
    tail = [
        "",
        f"出口  : 有機 Nd/(Pr+Nd) = {y_out:.4f}   水相 Pr/(Pr+Nd) = {1 - x1:.4f}",
        "收率  : Nd 99.72 %   Pr 98.65 %",
        "反萃  : 6 級, HCl 5.5 mol/L, O/A 8 (另見 B 線計算)",
        "*** 內部計算 不得外傳 ***",
    ]
    write_text(name, "\n".join(lines) + "\n" + body + "\n" + "\n".join(tail) + "\n", "utf-8", "\r\n")
    label(name, "controlled", ["1E902.a"], ["separation"], [], "simulation-data", None, "zh", False,
          "fixed-width output of a counter-current cascade simulation for Pr/Nd separation with P507 (stage counts, flow ratios, stage profiles); no 'rare earth'")


def c16_oxalate_batch():
    name = "草酸沉淀批记录_Nd线_2024-05.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("沉淀工序")
    ws_title(ws, 1, "氧化钕线 草酸沉淀 批记录 2024年5月", 13)
    rows = []
    for k in range(1, 16):
        vol = j(rng, 8.0, 0.4, 2)
        conc = j(rng, 0.82, 0.04, 3)
        theo = vol * conc * 1.5 * 126.07 / 1000
        ox = round(theo * 1.10 * rng.uniform(0.99, 1.01), 3)
        rows.append([f"NOX2405-{k:02d}", dt.date(2024, 5, k * 2 - 1), vol, conc, 1.1, ox, j(rng, 60, 2, 0), j(rng, 1.6, 0.2, 1),
                     60, 3, j(rng, 0.005, 0.003, 4), "" if k != 7 else "上清液Nd偏高，补加草酸0.02 t"])
        if k % 5 == 0:
            rows.append(None)
    r = ws_table(ws, 3, ["批号", "日期", "料液体积", "Nd浓度", "草酸倍数", "草酸量", "沉淀温度", "终点pH", "陈化", "洗涤次数", "上清Nd", "备注"],
                 rows, units=["", "", "m3", "mol/L", "×理论", "t", "℃", "", "min", "次", "g/L", ""])
    ws = wb.create_sheet("灼烧工序")
    ws_title(ws, 1, "隧道窑灼烧", 9)
    rows = []
    for k in range(1, 16):
        rows.append([f"NOX2405-{k:02d}", j(rng, 1.35, 0.08, 2), 950, 2.0, j(rng, 952, 5, 0), 12, round(rng.uniform(0.12, 0.28), 2), ""])
    ws_table(ws, 3, ["批号", "草酸钕湿重 t", "灼烧温度设定 ℃", "保温 h", "实测 ℃", "推速 min/板", "灼减 %", "备注"], rows)
    ws = wb.create_sheet("成品检验")
    rows = []
    for k in range(1, 16):
        rows.append([f"NOX2405-{k:02d}", round(rng.uniform(99.1, 99.5), 2), round(rng.uniform(99.92, 99.97), 2),
                     round(rng.uniform(0.02, 0.06), 3), round(rng.uniform(0.002, 0.006), 4), round(rng.uniform(0.002, 0.008), 4),
                     round(rng.uniform(0.004, 0.012), 4), round(rng.uniform(3.5, 5.5), 1), "合格"])
    ws_table(ws, 1, ["批号", "TREO %", "Nd2O3/TREO %", "Pr6O11/TREO %", "Fe2O3 %", "SiO2 %", "CaO %", "D50 μm", "判定"], rows)
    ws_note(ws, 18, "内部资料", 9)
    save_wb(wb, name, dt.datetime(2024, 6, 1, 8, 20), "质检")
    label(name, "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "zh", False,
          "batch records of oxalic-acid precipitation and calcination to Nd2O3 (oxalate excess, temperature, ageing, calcination setpoints) with product assays")


def c17_ca_reduction():
    name = "Dy_metal_Ca-reduction_log 钙热还原.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("Reduction 还原")
    ws_title(ws, 1, "Dy metal - calciothermic reduction of DyF3 / 氟化镝钙热还原 batch log", 15)
    hdr = ["批号 Batch", "DyF3 kg", "Ca kg", "Ca过量 excess %", "坩埚 Crucible", "抽真空 Vac Pa", "充Ar kPa", "升温 Ramp ℃/min",
           "反应温度 T ℃", "保温 Hold min", "金属 Metal kg", "收率 Yield %", "O ppm", "Ca ppm", "备注 Remarks"]
    rows = []
    for k in range(1, 13):
        dyf3 = j(rng, 30.0, 0.5, 2)
        exc = [10, 15, 20][k % 3]
        ca = round(dyf3 / 219.5 * 1.5 * 40.08 * (1 + exc / 100), 2)
        theo = dyf3 / 219.5 * 162.5
        y = 95.5 + exc * 0.1 + rng.uniform(-1.0, 0.8)
        rows.append([f"DyR-24{k:02d}", dyf3, ca, exc, "Ta", round(rng.uniform(2, 6) * 1e-2, 3), 50, 10, 1500 if k < 7 else 1550,
                     15, round(theo * y / 100, 2), round(y, 1), j(rng, 520 - exc * 8, 60, 0), j(rng, 80 + exc * 6, 25, 0),
                     "slag sticking 渣粘" if k == 5 else ""])
    rows.append(None)
    rows.append(["Std 标准", "", "", "15", "Ta", "≤ 5E-2", 50, 10, "1500–1550", "10–15", "", "≥ 96", "≤ 500", "≤ 150", ""])
    r = ws_table(ws, 3, hdr, rows)
    ws = wb.create_sheet("Remelt 真空重熔")
    ws_title(ws, 1, "Vacuum remelt / 真空重熔除Ca", 8)
    rows = []
    for k in range(1, 7):
        rows.append([f"DyR-24{2 * k - 1:02d}+{2 * k:02d}", round(rng.uniform(43, 45), 1), 1500, "3E-3", 30, j(rng, 20, 8, 0), j(rng, 390, 50, 0), round(rng.uniform(99.6, 99.85), 2)])
    ws_table(ws, 3, ["批号 Batch", "投料 kg", "T ℃", "真空 Pa", "时间 min", "Ca ppm", "O ppm", "Dy/TRE %"], rows)
    ws_note(ws, 11, "Confidential / 保密", 8)
    save_wb(wb, name, dt.datetime(2024, 6, 28, 17, 0), "metal_shop")
    label(name, "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", None, "mixed", False,
          "batch log of calciothermic reduction of DyF3 (Ca excess, crucible, vacuum/Ar, temperature, hold) and vacuum remelting, with yield and O/Ca impurities")


def c18_dyfe_shiftlog():
    name = "鏑鐵電解班報_2406.tsv"
    rng = rng_for(name)
    hdr = ["日期", "班次", "槽號", "電流kA", "槽電壓V", "電解溫度℃", "Dy2O3加料kg", "電解質補加kg", "出爐DyFe kg", "Dy%", "鐵陰極消耗kg", "陽極更換", "備註"]
    rows = [hdr]
    for day in range(1, 31):
        for shift in ("早", "中", "夜"):
            for cell in ("D1", "D2"):
                i = 5.0 if cell == "D1" else 4.5
                out = round(i * 8 * rng.uniform(1.70, 1.85), 1)
                note = ""
                if day == 12 and shift == "中" and cell == "D2":
                    note = "陽極效應2次"
                if day == 21 and shift == "夜" and cell == "D1":
                    note = "熱電偶斷，換新"
                rows.append([f"6/{day}", shift, cell, f"{i + rng.uniform(-0.05, 0.05):.2f}", f"{8.6 + rng.uniform(-0.3, 0.4):.2f}",
                             f"{1085 + rng.uniform(-10, 10):.0f}", f"{out * 0.805 * 1.148 * rng.uniform(1.00, 1.04):.1f}",
                             str(rng.choice([0, 0, 0, 5, 8])), f"{out}", f"{80.5 + rng.uniform(-0.8, 0.8):.1f}",
                             f"{out * 0.195:.1f}", "是" if rng.random() < 0.08 else "", note])
    txt = "\n".join("\t".join(map(str, r)) for r in rows)
    txt = "電解三工段 鏑鐵電解 班報 2024年6月\t\t\t\t\t\t\t\t\t\t\t\t\n" + txt + "\n\n電解質: DyF3-LiF (90:10)  目標溫度 1070-1100℃  目標 Dy 80±1%\n"
    write_text(name, txt, "utf-8", "\r\n")
    label(name, "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", None, "zh", False,
          "shift log of Dy-Fe alloy electrolysis with consumable iron cathode (current, voltage, bath T, oxide feed, alloy output and Dy%) in traditional Chinese")


def c19_sludge_leach():
    name = "油泥焙烧优溶试验汇总0615.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("原料")
    ws_title(ws, 1, "钕铁硼油泥 原料分析（烘干后）", 4)
    ws_table(ws, 3, ["项目", "含量 %", "方法", ""], [["TREO", 27.6, "ICP", ""], ["Fe", 46.1, "滴定", ""], ["C", 1.9, "碳硫仪", "切削液残留"],
                                                 ["B", 0.81, "ICP", ""], ["Co", 0.95, "ICP", ""], ["H2O(原样)", 18.5, "烘干", "105℃"]])
    ws = wb.create_sheet("焙烧")
    rows = []
    for k, (t, h) in enumerate([(600, 2), (700, 2), (800, 1), (800, 2), (800, 3), (900, 2)], 1):
        rows.append([f"B{k}", t, h, "空气", round(min(99.5, 85 + (t - 600) * 0.05 + h * 2 + rng.uniform(-1, 1)), 1), round(rng.uniform(1.31, 1.37), 2)])
    ws_table(ws, 1, ["编号", "温度℃", "时间h", "气氛", "氧化率%", "增重比"], rows)
    ws = wb.create_sheet("优溶浸出")
    hdr = ["编号", "焙砂", "HCl浓度", "终点pH", "温度", "液固比", "时间", "RE浸出率", "Fe浸出率", "浸出液REO", "浸出液Fe", "备注"]
    units = ["", "", "mol/L", "", "℃", "mL/g", "h", "%", "%", "g/L", "mg/L", ""]
    rows = []
    k = 0
    for ph in (1.0, 2.0, 3.0, 3.5, 4.0):
        for temp in (70, 90):
            k += 1
            re = 99.0 - max(0, ph - 3.0) * 4 - (90 - temp) * 0.08 + rng.uniform(-0.6, 0.4)
            fe = max(0.05, 18 * math.exp(-(ph - 1.0) * 1.6) + rng.uniform(-0.05, 0.05))
            rows.append([f"L{k:02d}", "B4", 6, ph, temp, 3, 2, round(re, 1), round(fe, 2), round(276 * re / 100 / 3 * rng.uniform(0.97, 1.0), 1),
                         round(fe * 4600 / 3, 0), "推荐" if (ph == 3.5 and temp == 90) else ""])
    r = ws_table(ws, 1, hdr, rows, units=units)
    ws = wb.create_sheet("汇总")
    ws_kv(ws, 1, [("推荐工艺", "800℃×2h 氧化焙烧 → 6 mol/L HCl 优溶, 终点 pH 3.5, 90℃, L/S 3, 2h"),
                  ("指标", "RE 浸出率 ≥ 97%, Fe 浸出率 ≤ 0.5%, 渣含 TREO ≤ 0.8%"),
                  ("下一步", "中试 500 kg/批，验证 P507 萃取除 Al、Co，稀土总回收率目标 ≥ 95%"),
                  ("", "内部试验资料，请勿外传")])
    save_wb(wb, name, dt.datetime(2024, 6, 15, 19, 40), "回收试验组")
    label(name, "controlled", ["1E902.a"], ["recycling"], [], "parameter-sheet", None, "zh", False,
          "NdFeB sludge recycling trials: oxidising roast and selective HCl leaching matrix with recovery/Fe rejection and recommended process")


def c20_polish_recovery():
    name = "polishing_slurry_recovery_leach_trials.csv"
    rng = rng_for(name)
    rows = [["Project: PP-R2  spent glass-polishing powder (CeO2-LaOF) recovery - leach trials"],
            ["Feed: filter cake from customer lines, dried; REO 58.4 %, CeO2/REO 63 %, La2O3/REO 35 %, F 4.1 %, Al2O3 9.2 %, SiO2 14.6 %"],
            [],
            ["Run", "H2SO4_M", "H2O2_mL_per_g", "T_C", "S/L_g_per_mL", "t_h", "Ce_leach_%", "La_leach_%", "Al_leach_%", "Si_leach_%", "F_in_liquor_g/L", "Comment"]]
    k = 0
    for acid in (3, 4, 5, 6):
        for h2o2 in (0.3, 0.6):
            for temp in (70, 90):
                k += 1
                ce = min(98.5, 45 + acid * 6 + h2o2 * 25 + (temp - 70) * 0.6 + rng.uniform(-2, 2))
                la = min(99.0, 70 + acid * 4 + (temp - 70) * 0.4 + rng.uniform(-2, 2))
                rows.append([f"L{k:02d}", acid, h2o2, temp, "1:8", 3, round(ce, 1), round(la, 1), round(20 + acid * 4 + rng.uniform(-3, 3), 1),
                             round(rng.uniform(0.5, 1.5), 2), round(rng.uniform(2.5, 4.5), 2), ""])
    rows[-1][11] = "foaming at H2O2 addition"
    rows.append([])
    rows.append(["Selected", 5, 0.6, 90, "1:8", 3, ">=95", ">=96", "", "", "", "then Na2SO4 double-salt ppt pH 1.5 / convert NaOH / re-dissolve HCl"])
    rows.append(["Precip", "double salt", "", "", "", "", "RE ppt 97.8 %", "", "", "", "", "Na2SO4 1.3x stoich, 90 C, 1 h"])
    rows.append([])
    rows.append(["Internal R&D - not for distribution"])
    write_text(name, csv_text(rows), "utf-8", "\n")
    label(name, "controlled", ["1E902.a"], ["recycling"], [], "parameter-sheet", None, "en", False,
          "leach trial matrix for recovering Ce/La from spent CeO2 polishing powder (acid, reductant, T, S/L) with selected route; no 'rare earth' wording")


def c21_milling_pressing():
    name = "製粉成型參數表_2024版.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("氫破")
    ws_title(ws, 1, "氫破 HD 參數", 9)
    rows = [["HD-1", 600, 0.12, "室溫→≤80", 90, 560, 6, "≤ 10", "鱗片 0.3 mm"],
            ["HD-2", 600, 0.15, "室溫→≤80", 75, 550, 5.5, "≤ 10", ""],
            ["HD-3", 400, 0.12, "室溫→≤80", 90, 570, 6, "≤ 10", "高Dy料 +0.5h"]]
    ws_table(ws, 3, ["爐", "裝料kg", "氫壓MPa", "吸氫溫度℃", "吸氫min", "脫氫℃", "脫氫h", "殘氫Pa", "備註"], rows)
    ws = wb.create_sheet("氣流磨")
    ws_title(ws, 1, "氣流磨 JM", 9)
    rows = []
    for g, d50, rpm in (("N52", 2.9, 4200), ("48SH", 3.2, 3900), ("45UH", 3.4, 3700), ("42EH", 3.5, 3600), ("38AH", 3.6, 3500)):
        rows.append([g, 0.65, rpm, d50, f"{d50 * 0.3:.1f}/{d50 * 2.1:.1f}", "0.10", 0.05, "≤ 30", ""])
    ws_table(ws, 3, ["牌號", "研磨壓力MPa", "分級輪rpm", "D50 μm", "D10/D90", "潤滑劑%", "抗氧化劑%", "O2 ppm", "備註"], rows)
    ws = wb.create_sheet("成型")
    ws_title(ws, 1, "磁場成型 / 等靜壓", 10)
    rows = []
    for g in ("N52", "48SH", "45UH", "42EH", "38AH"):
        rows.append([g, 1.8 if g != "N52" else 2.0, "垂直", 45, "3.9-4.0", j(rng, 4.3, 0.1, 2), 200, 60, "退磁脈衝 反向 0.5T", ""])
    rows[0][9] = "N52 配料後 4h 內成型"
    ws_table(ws, 3, ["牌號", "取向磁場T", "取向方式", "壓力MPa", "壓坯尺寸偏差%", "壓坯密度", "等靜壓MPa", "保壓s", "退磁", "備註"], rows)
    ws_note(ws, 11, "版本 2024-R2 / 工程部   機密", 10)
    save_wb(wb, name, dt.datetime(2024, 1, 8, 13, 30), "工程部")
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh", False,
          "hydrogen decrepitation, jet-milling and field-orientation pressing parameter table per grade (N52...38AH) under short traditional-Chinese headers; no 'rare earth'")


def c22_roasting_kiln():
    name = "焙烧窑运行记录_0612.csv"
    rng = rng_for(name)
    rows = [["2#回转窑 浓硫酸焙烧 运行记录"], ["日期", "2024-06-12", "班组", "甲/乙/丙"], [],
            ["时间", "精矿投料t/h", "浓硫酸t/h", "酸矿比", "窑头温度℃", "窑中温度℃", "窑尾温度℃", "负压Pa", "焙烧矿水浸率%", "尾气HF mg/m3", "备注"]]
    for h in range(24):
        feed = j(rng, 5.0, 0.25, 2)
        ratio = j(rng, 1.35, 0.04, 2)
        note = ""
        if h == 9:
            note = "窑头结圈 清理"
        if h == 15:
            note = "酸泵切换"
        rows.append([f"{h:02d}:00", feed, round(feed * ratio, 2), ratio, j(rng, 780, 15, 0), j(rng, 480, 20, 0), j(rng, 280, 15, 0),
                     j(rng, -80, 15, 0), j(rng, 95.5, 1.0, 1) if h % 4 == 2 else "", j(rng, 3.5, 1.2, 1), note])
    rows.append([])
    rows.append(["原料: 包头混合稀土精矿 REO 50%", "", "", "", "", "", "", "", "", "", ""])
    rows.append(["记录:", "", "审核:", "", "", "", "", "", "", "", ""])
    write_text(name, csv_text(rows), "gb18030", "\r\n")
    label(name, "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "zh", False,
          "hourly log of concentrated-sulfuric-acid roasting of mixed concentrate in a rotary kiln (acid/ore ratio, zone temperatures, leachability); GB18030 CSV")


# =============================================================================
# EXCLUDED
# =============================================================================

def e01_supplementary():
    name = "PrNd_P507_tables_final.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("About")
    ws_kv(ws, 1, [
        ("Supplementary material for", "Stage-wise behaviour of Pr/Nd separation with partially saponified P507 in a 60-stage mixer-settler cascade"),
        ("Journal", "Hydrometallurgy, Volume 226 (2024) 106318"),
        ("DOI", "https://doi.org/10.1016/j.hydromet.2024.106318"),
        ("History", "Received 14 November 2023; Received in revised form 2 March 2024; Accepted 11 April 2024; Available online 18 April 2024"),
        ("Licence", "© 2024 The Authors. Published by Elsevier B.V. This supplementary data is published with the article."),
        ("Contents", "Table S1 distribution ratios; Table S2 separation factors; Table S3 stage profile; Table S4 feed"),
    ])
    ws = wb.create_sheet("Table S1")
    ws_title(ws, 1, "Table S1. Distribution ratios of Pr and Nd vs equilibrium pH (1.0 M P507, O/A = 1, 25 °C)", 4)
    rows = []
    for ph in (1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2):
        dnd = 10 ** (2 * (ph - 1.8) + 0.05 + rng.uniform(-0.03, 0.03))
        rows.append([ph, round(dnd / 1.52, 3), round(dnd, 3), round(1.52 + rng.uniform(-0.04, 0.04), 2)])
    ws_table(ws, 3, ["pH_eq", "D_Pr", "D_Nd", "β Nd/Pr"], rows)
    ws = wb.create_sheet("Table S2")
    ws_title(ws, 1, "Table S2. Effect of saponification degree on β(Nd/Pr) and loading capacity", 4)
    rows = [[s, round(1.45 + s * 0.003 + rng.uniform(-0.02, 0.02), 2), round(0.08 + s * 0.0028, 3)] for s in (0, 10, 20, 30, 36, 40)]
    ws_table(ws, 3, ["Saponification (%)", "β Nd/Pr", "Loading (mol/L)"], rows)
    ws = wb.create_sheet("Table S3")
    ws_title(ws, 1, "Table S3. Measured and calculated aqueous Nd fraction along the cascade (steady state, day 9)", 4)
    rows = []
    for s in range(1, 61, 3):
        x = 1 / (1 + math.exp(-(s - 29) / 4.4))
        rows.append([s, "Extraction" if s <= 27 else "Scrubbing", round(x, 4), round(min(0.999, max(0.001, x + rng.uniform(-0.015, 0.015))), 4)])
    ws_table(ws, 3, ["Stage", "Section", "x_Nd calc.", "x_Nd meas."], rows)
    ws = wb.create_sheet("Table S4")
    ws_table(ws, 1, ["Component", "Concentration (g/L)"], [["Pr", 40.6], ["Nd", 128.3], ["La", 0.02], ["Ce", 0.03], ["Sm", 0.05], ["HCl", "pH 2.0"]])
    save_wb(wb, name, dt.datetime(2024, 4, 18, 2, 0), "Elsevier")
    label(name, "excluded", ["1E902.a"], ["separation"], [], "parameter-sheet", "public-domain", "en", True,
          "supplementary tables published with a journal article (journal, volume, DOI, received/accepted dates) on P507 Pr/Nd cascade separation")


def e02_textbook():
    name = "电解培训_第8章表格.docx"
    d = new_doc(font="SimSun")
    d_par(d, "新员工培训材料 —— 熔盐电解（教材摘录）", bold=True, size=14, center=True)
    d_par(d, "摘自：《稀土金属冶炼技术》（第3版），主编 刘某某，冶金工业出版社，2019年，ISBN 978-7-5024-8123-6，"
             "第8章“氟化物体系氧化物电解”，第213–216页。本材料为教材原文表格转录，仅供培训使用。", italic=True)
    d_par(d, "表8-2  氟化物-氧化物体系电解主要工艺条件", bold=True)
    d_table(d, ["产品", "电解质组成 (质量分数)", "电解温度 ℃", "阴极电流密度 A/cm²", "阳极电流密度 A/cm²", "槽电压 V", "电流效率 %"], [
        ["金属钕", "NdF3 85–90, LiF 10–15", "1030–1060", "6–10", "0.8–1.2", "8–10", "75–85"],
        ["镨钕合金", "(Pr,Nd)F3 86–90, LiF 10–14", "1040–1070", "6–9", "0.8–1.1", "8–10", "78–85"],
        ["金属镧", "LaF3 82–86, LiF 14–18", "980–1000", "4–6", "0.6–1.0", "7–9", "80–85"],
        ["金属铈", "CeF3 80–85, LiF 15–20", "900–950", "4–6", "0.6–1.0", "7–9", "80–88"],
        ["镝铁合金", "DyF3 85–90, LiF 10–15 (铁自耗阴极)", "1050–1100", "—", "0.8–1.2", "8–10", "70–80"],
    ])
    d_par(d, "表8-3  电解用原料质量要求", bold=True)
    d_table(d, ["原料", "主含量", "主要杂质限量", "粒度"], [
        ["氧化钕", "Nd2O3/REO ≥ 99.5 %", "Fe2O3 ≤ 0.01, SiO2 ≤ 0.02, CaO ≤ 0.01 %", "D50 3–8 μm"],
        ["氟化钕", "REF3 ≥ 99.0 %", "O ≤ 0.5 %", "—"],
        ["氟化锂", "LiF ≥ 99.0 %", "H2O ≤ 0.1 %", "—"],
    ])
    d_par(d, "思考题（教材第217页）：1. 为什么阳极电流密度过高会引起阳极效应？ 2. 电解温度对电流效率有何影响？")
    d_footer(d, "培训中心 2024 年度新员工培训 · 第 3 讲")
    save_doc(d, name, dt.datetime(2024, 3, 2, 10, 0), "培训中心")
    label(name, "excluded", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", "public-domain", "zh", True,
          "training hand-out that transcribes tables from a published textbook (publisher, ISBN, chapter/pages) on fluoride-bath electrolysis; content is the published text")


def e03_basic_research():
    name = "LiF-NdF3_melt_dataset_v1.2.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("项目信息 Project")
    ws_kv(ws, 1, [
        ("项目类别 Programme", "国家自然科学基金面上项目 NSFC General Program"),
        ("题目 Title", "氟化物熔盐中稀土离子配位结构与氧化物溶解机理的基础研究 / Coordination structure of Ln(III) and oxide dissolution mechanism in fluoride melts"),
        ("承担单位 Host", "某大学 冶金与材料学院 (university lab)"),
        ("研究内容 Scope", "AIMD + classical MD of LiF-NdF3(-Nd2O3) melts; high-temperature Raman; thermodynamic modelling of NdOF formation"),
        ("说明 Remark", "Fundamental research only. No cell design, operating parameters or production data are involved. 本数据集不涉及生产工艺。"),
        ("数据版本 Version", "v1.2, 2024-05 (to be deposited with the paper)"),
    ])
    ws = wb.create_sheet("MD_results")
    hdr = ["x(NdF3) mol%", "x(Nd2O3) mol%", "T (K)", "CN Nd-F", "CN Nd-O", "r1 Nd-F (Å)", "D_Nd (1e-9 m2/s)", "ρ calc (g/cm3)", "Method"]
    rows = []
    for x in (10, 20, 30, 40):
        for ox in (0, 2):
            for T in (1273, 1323, 1373):
                cn = 7.9 - 0.012 * x - 0.6 * ox / 2 + rng.uniform(-0.08, 0.08)
                rows.append([x, ox, T, round(cn, 2), round(0.0 if ox == 0 else 1.05 + rng.uniform(-0.1, 0.1), 2),
                             round(2.31 + rng.uniform(-0.01, 0.01), 3), round(0.9 + (T - 1273) * 0.004 - x * 0.006 + rng.uniform(-0.05, 0.05), 3),
                             round(2.3 + x * 0.055 - (T - 1273) * 0.0006, 3), "AIMD (PBE-D3), 40 ps" if x == 20 else "classical MD (PIM), 2 ns"])
    ws_table(ws, 1, hdr, rows)
    ws = wb.create_sheet("Raman")
    rows = []
    for x in (10, 20, 30, 40):
        rows.append([x, 1273, j(rng, 395 - x * 0.4, 2, 1), j(rng, 520, 3, 1) if x >= 20 else "", "NdF6(3-) / NdF7(4-) / bridged F"])
    ws_table(ws, 1, ["x(NdF3) mol%", "T (K)", "ν1 band (cm-1)", "shoulder (cm-1)", "assignment 归属"], rows)
    ws_note(ws, 8, "数据仅用于学术论文；未经课题负责人同意请勿转发。", 5)
    save_wb(wb, name, dt.datetime(2024, 5, 20, 21, 10), "research_group")
    label(name, "excluded", ["1E902.a"], ["metal-smelting"], [], "simulation-data", "basic-research", "mixed", True,
          "university NSFC dataset on melt structure (MD coordination numbers, Raman) of LiF-NdF3-Nd2O3; fundamental research with no production know-how")


def e04_patent():
    name = "P24-0317TW_實施例表_定稿.docx"
    d = new_doc(font="PMingLiU", east="PMingLiU")
    d_par(d, "發明專利申請  說明書（定稿）", bold=True, size=14, center=True)
    d_par(d, "申請案號：113121874   申請日：2024年6月21日   代理人：某某國際專利商標事務所   案件編號：P24-0317TW")
    d_par(d, "發明名稱：一種含鈰雙主相燒結磁體及其製備方法", bold=True)
    d_par(d, "致代理人：請依下列實施例表格更新說明書第【0035】–【0041】段，並據以修正申請專利範圍第1、5項後於7/5前遞交；"
             "同時準備 PCT 申請（優先權基礎案）。", italic=True)
    d_par(d, "表1 實施例及比較例之合金成分（wt%）", bold=True)
    d_table(d, ["編號", "PrNd", "Ce", "B", "Co", "Cu", "Ga", "Fe"], [
        ["實施例1", 23.0, 7.7, 0.96, 1.0, 0.15, 0.20, "餘量"],
        ["實施例2", 24.6, 6.2, 0.95, 1.0, 0.15, 0.15, "餘量"],
        ["實施例3", 21.7, 9.3, 0.97, 1.0, 0.15, 0.25, "餘量"],
        ["比較例1", 23.0, 7.7, 0.96, 1.0, 0.15, 0.20, "餘量（單合金法）"],
    ])
    d_par(d, "表2 製備條件", bold=True)
    d_table(d, ["編號", "速凝輥速 m/s", "D50 μm", "燒結", "一級回火", "二級回火"], [
        ["實施例1", 1.4, 3.2, "1030℃×5h", "900℃×2h", "480℃×3h"],
        ["實施例2", 1.5, 3.3, "1035℃×5h", "900℃×2h", "490℃×3h"],
        ["實施例3", 1.3, 3.1, "1025℃×5h", "900℃×2h", "470℃×3h"],
        ["比較例1", 1.4, 3.2, "1030℃×5h", "900℃×2h", "480℃×3h"],
    ])
    d_par(d, "表3 磁性能", bold=True)
    d_table(d, ["編號", "Br (kGs)", "HcJ (kOe)", "(BH)max (MGOe)"], [
        ["實施例1", 12.45, 11.2, 36.1], ["實施例2", 12.70, 12.3, 37.9], ["實施例3", 12.10, 10.1, 34.0], ["比較例1", 12.20, 8.9, 34.6]])
    d_par(d, "申請專利範圍（修正稿）", bold=True)
    d_par(d, "1. 一種含鈰雙主相燒結磁體，其特徵在於：以質量百分比計，包含 PrNd 21–25%、Ce 6–10%、B 0.94–0.98%……，"
             "且由富Ce主相合金粉與無Ce主相合金粉混合後燒結而成。")
    d_par(d, "5. 如請求項1所述之製備方法，其中燒結溫度為1020–1040℃，二級回火溫度為460–500℃。")
    d_footer(d, "專利申請文件 — 遞交前保密")
    save_doc(d, name, dt.datetime(2024, 6, 27, 16, 45), "IP部")
    label(name, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "other", "patent-filing", "zh", True,
          "patent application description tables and amended claims with application number and instructions to the patent attorney (Ce dual-main-phase magnet)")


# =============================================================================
# CLEAR
# =============================================================================

def k01_invoice():
    name = "INV-2024-0387.xlsx"
    wb, ws = new_wb("Invoice")
    ws_title(ws, 1, "COMMERCIAL INVOICE", 7, size=16)
    r = ws_kv(ws, 3, [("Seller", "Jiangxi Hengxin Rare Earth Materials Co., Ltd., Ganzhou, China"),
                      ("Buyer", "Nordmag Trading GmbH, Hamburg, Germany"),
                      ("Invoice No.", "INV-2024-0387"), ("Date", "2024-05-22"), ("Contract", "HX-NM-2024-011"),
                      ("Terms", "CIF Hamburg, Incoterms 2020; payment L/C at sight"),
                      ("Export licence", "n/a - oxides, not listed technology")], merge_to=7)
    r += 1
    rows = [
        [1, "Neodymium oxide Nd2O3 >= 99.5 % (TREO >= 99 %)", "2846.90.1920", 5000, "kg", 58.40, 292000.00],
        [2, "Praseodymium-neodymium oxide (Pr,Nd)2O3, Pr6O11 25 +/- 2 %", "2846.90.1990", 8000, "kg", 55.90, 447200.00],
        [3, "Lanthanum oxide La2O3 >= 99.99 %", "2846.90.1100", 10000, "kg", 0.78, 7800.00],
        None,
        ["", "Packing: 50 kg steel drums with double PE liner, 1000 kg/pallet", "", "", "", "", ""],
        ["", "", "", "", "", "TOTAL USD", 747000.00],
    ]
    r = ws_table(ws, r, ["Item", "Description", "HS code", "Qty", "Unit", "Unit price USD", "Amount USD"], rows,
                 numfmt={5: "#,##0.00", 6: "#,##0.00"})
    r = ws_kv(ws, r + 1, [("Say", "US DOLLARS SEVEN HUNDRED FORTY-SEVEN THOUSAND ONLY"),
                          ("Bank", "Bank of China, Ganzhou Branch, SWIFT BKCHCNBJ***"),
                          ("Country of origin", "China")], merge_to=7)
    ws.cell(row=r + 1, column=5, value="Authorised signature / stamp").font = NOTE_FONT
    save_wb(wb, name, dt.datetime(2024, 5, 22, 15, 30), "sales")
    label(name, "clear", [], [], [], "other", None, "en", True, "commercial invoice for rare-earth oxides; mentions only, no technology")


def k02_inventory():
    name = "库存月报_2024-06.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("原料")
    ws_title(ws, 1, "6月 原辅料库存月报", 10)
    items = [("RM-001", "稀土碳酸盐（混合）", "REO≥45%", "t"), ("RM-002", "盐酸", "31%", "t"), ("RM-003", "液碱", "32%", "t"),
             ("RM-004", "P507 萃取剂", "≥95%", "t"), ("RM-005", "磺化煤油", "—", "t"), ("RM-006", "草酸", "99.6%", "t"),
             ("RM-007", "碳酸氢铵", "农用", "t"), ("RM-008", "包装桶", "50 kg 钢桶", "只")]
    rows = []
    for code, nm, spec, unit in items:
        op = j(rng, 120, 80, 1)
        inn = j(rng, 60, 40, 1)
        out = j(rng, 55, 35, 1)
        rows.append([code, nm, spec, unit, op, inn, out, round(op + inn - out, 1), rng.choice(["A1", "A2", "B1", "危化库"]), ""])
    rows[3][9] = "按桶计 200 kg/桶"
    r = ws_table(ws, 3, ["物料编码", "名称", "规格", "单位", "期初", "入库", "出库", "期末", "库位", "备注"], rows)
    ws = wb.create_sheet("成品")
    ws_title(ws, 1, "6月 成品库存", 9)
    items = [("FG-101", "氧化镨钕", "TREO≥99%, Pr 25%"), ("FG-102", "氧化镧", "5N"), ("FG-103", "氧化铈", "4N"),
             ("FG-104", "氧化镝", "3N5"), ("FG-105", "氧化铽", "4N"), ("FG-106", "碳酸镧铈", "TREO 45%")]
    rows = []
    for code, nm, spec in items:
        op = j(rng, 20, 15, 2)
        inn = j(rng, 18, 10, 2)
        out = j(rng, 17, 10, 2)
        rows.append([code, nm, spec, "t", op, inn, out, round(op + inn - out, 2), j(rng, 300, 200, 0)])
    ws_table(ws, 3, ["编码", "品名", "规格", "单位", "期初", "入库", "出库", "期末", "金额(万元)"], rows)
    ws_note(ws, 12, "制表：仓储部   审核：财务部", 9)
    save_wb(wb, name, dt.datetime(2024, 7, 2, 9, 0), "仓储部")
    label(name, "clear", [], [], [], "other", None, "zh", True, "monthly inventory of raw materials and rare-earth oxide products at a separation plant; business data only")


def k03_roster():
    name = "萃取車間排班表_7月.csv"
    rng = rng_for(name)
    days = list(range(1, 32))
    rows = [["萃取車間 2024年7月 排班表（D=白班 N=夜班 休=休息）"],
            ["工號", "姓名", "班組", "崗位"] + [f"7/{d}" for d in days] + ["出勤天數"]]
    names = ["陳志明", "林美玲", "黃建華", "張淑芬", "李國強", "王雅婷", "吳俊傑", "劉家豪", "蔡宗翰", "楊佩君", "許文彬", "鄭怡君", "謝明哲", "郭雅雯"]
    posts = ["萃取操作工", "皂化工", "萃取操作工", "分析員", "班長", "萃取操作工", "儀表工", "萃取操作工", "皂化工", "分析員", "萃取操作工", "萃取操作工", "維修工", "統計員"]
    for k, (nm, post) in enumerate(zip(names, posts)):
        grp = "甲乙丙丁"[k % 4]
        pattern = ["D", "D", "N", "N", "休", "休"]
        cells = [pattern[(d + k) % 6] if post != "統計員" else ("休" if (d % 7) in (6, 0) else "D") for d in days]
        rows.append([f"E{2101 + k}", nm, grp, post] + cells + [sum(1 for c in cells if c != "休")])
    rows.append([])
    rows.append(["備註：7/15 消防演練 全員參加；請假請於三日前提出。人事課"])
    write_text(name, csv_text(rows), "utf-8-sig", "\r\n")
    label(name, "clear", [], [], [], "other", None, "zh", True, "HR shift roster of an extraction workshop; no technology")


def k04_manifest():
    name = "PL-24118 装箱单 packing list.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("Packing List")
    ws_title(ws, 1, "PACKING LIST 装箱单", 10, size=15)
    ws_kv(ws, 3, [("Shipper 发货人", "Ningbo Jinci Magnetics Co., Ltd."), ("Consignee 收货人", "EVD Motors s.r.o., Brno, CZ"),
                  ("PL No.", "PL-24118   Invoice No. JC-INV-24118"), ("Vessel / Voyage", "CMA CGM TBN / 0FL3xW  Ningbo → Hamburg → truck"),
                  ("Goods 品名", "Sintered NdFeB magnets, magnetised, Ni-Cu-Ni coated 烧结钕铁硼磁钢（已充磁）"),
                  ("HS", "8505.1110.00"), ("Dangerous goods", "Magnetised material - IATA PI 953 n/a by sea; shielded cartons")], merge_to=10)
    rows = []
    parts = [("JC-42SH-A3012", "Arc 42SH R30.2xR25.4x40x60°", 2400), ("JC-45UH-B2010", "Block 45UH 20x10x5", 12000), ("JC-38EH-A2208", "Arc 38EH R22xR18x30x45°", 4800)]
    ctn = 1
    for pn, desc, qty in parts:
        per = 600 if "Block" in desc else 240
        n = qty // per
        for c in range(n):
            nw = round(per * (0.0075 if "Block" in desc else 0.045) * rng.uniform(0.99, 1.01), 2)
            rows.append([f"C{ctn:03d}", pn, desc, per, nw, round(nw + 1.6, 2), "40x30x22", "N/M", "", ""])
            ctn += 1
        rows.append(None)
    r = ws_table(ws, 12, ["Carton 箱号", "Part No.", "Description 描述", "Qty pcs", "N.W. kg", "G.W. kg", "Size cm", "Marks", "Pallet", "Remark"], rows)
    ws_note(ws, r + 1, f"Total cartons 总箱数: {ctn - 1}   Pallets: 4   Shipping marks: EVD / BRNO / MADE IN CHINA", 10)
    save_wb(wb, name, dt.datetime(2024, 6, 3, 11, 0), "logistics")
    label(name, "clear", [], [], [], "other", None, "mixed", True, "packing list for shipped NdFeB magnet parts; logistics data only")


def k05_iqc():
    name = "IQC_PO4471_magnet segments 来料检验.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("Report 报告")
    ws_title(ws, 1, "Incoming Inspection Report 来料检验报告", 12)
    ws_kv(ws, 3, [("Supplier 供应商", "Supplier S-117"), ("PO 订单", "PO4471, 3,000 pcs"), ("Part 料号", "MG-42SH-3512 arc segment, Ni-Cu-Ni"),
                  ("Sampling 抽样", "GB/T 2828.1 AQL 0.65, n=13 dims / 3 pcs magnetic"), ("Date 日期", "2024-04-09")], merge_to=6)
    rows = []
    for s in range(1, 14):
        rows.append([s, j(rng, 35.0, 0.03, 3), j(rng, 12.0, 0.02, 3), j(rng, 4.0, 0.015, 3), j(rng, 15, 2.5, 1), "OK", "OK"])
    r = ws_table(ws, 10, ["Sample 样品", "L mm (35±0.05)", "W mm (12±0.05)", "T mm (4±0.03)", "Coating μm (10–20)", "Appearance 外观", "Judge 判定"], rows)
    rows = []
    for s in range(1, 4):
        rows.append([s, j(rng, 13.1, 0.05, 2), j(rng, 20.4, 0.3, 2), j(rng, 41.5, 0.5, 1), round(rng.uniform(0.95, 0.98), 2), "OK"])
    r = ws_table(ws, r + 2, ["Sample", "Br kGs (≥12.8)", "HcJ kOe (≥20)", "(BH)max MGOe (≥40)", "Hk/HcJ (≥0.90)", "Judge"], rows)
    ws_kv(ws, r + 1, [("Salt spray 盐雾", "48 h NSS, no red rust 无红锈 - PASS"), ("Conclusion 结论", "ACCEPT 合格入库"), ("Inspector 检验员", "QC-07")])
    save_wb(wb, name, dt.datetime(2024, 4, 9, 16, 0), "QC")
    label(name, "clear", [], [], [], "parameter-sheet", None, "mixed", True, "incoming-inspection record of purchased NdFeB magnet segments (dimensions, Br/HcJ); explicitly not controlled")


def k06_datasheet():
    name = "Supplier_datasheet_sintered_grades_2024.docx"
    d = new_doc()
    d_par(d, "Sintered NdFeB Magnets - Grade Datasheet 2024", bold=True, size=15, center=True)
    d_par(d, "Typical values at 20 °C, measured on 10 x 10 x 10 mm samples. Specifications subject to change without notice.", italic=True)
    rows = []
    for g, br, hcj, bh, tw in [("N35", "11.7-12.1", ">= 12", "33-36", 80), ("N42", "12.9-13.3", ">= 12", "40-43", 80), ("N52", "14.2-14.6", ">= 11", "49-52", 60),
                               ("42SH", "12.9-13.3", ">= 20", "40-43", 150), ("45UH", "13.3-13.7", ">= 25", "43-46", 180), ("38EH", "12.2-12.6", ">= 30", "36-39", 200),
                               ("35AH", "11.7-12.1", ">= 35", "33-36", 230)]:
        rows.append([g, br, hcj, bh, tw])
    d_table(d, ["Grade", "Br (kGs)", "HcJ (kOe)", "(BH)max (MGOe)", "Max. working temp (°C)"], rows, title_row="Table 1  Magnetic properties")
    d_table(d, ["Property", "Value"], [["Density", "7.5-7.6 g/cm3"], ["Temp. coeff. of Br", "-0.11 ~ -0.12 %/°C"], ["Temp. coeff. of HcJ", "-0.55 ~ -0.65 %/°C"],
                                       ["Curie temperature", "310-340 °C"], ["Vickers hardness", "560-600 Hv"], ["Electrical resistivity", "1.4-1.6 µΩ·m"]],
            title_row="Table 2  Physical properties")
    d_table(d, ["Coating", "Thickness (µm)", "Salt spray (h)", "Colour"], [["Ni-Cu-Ni", "10-20", "48-72", "silver"], ["Zn", "8-15", "24-48", "blue-white"],
                                                                        ["Epoxy", "15-25", "> 500", "black"], ["Passivation", "1-3", "—", "grey"]],
            title_row="Table 3  Surface treatment options")
    d_par(d, "Tolerances: ±0.05 mm standard, ±0.02 mm on request. Contact sales@supplier-example.com for drawings and quotes.")
    d_footer(d, "Supplier S-117 · Product datasheet DS-NDFEB-2024 · page 1/1")
    save_doc(d, name, dt.datetime(2024, 1, 15, 9, 0), "marketing")
    label(name, "clear", [], [], [], "other", None, "en", True, "supplier product datasheet of sintered NdFeB grades (properties, coatings); product spec, no manufacturing process")


def k07_copper_sx():
    name = "铜萃取车间运行日报_0508.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("SX运行")
    ws_title(ws, 1, "铜萃取-电积车间 运行日报 2024-05-08", 13)
    rows = []
    for h in range(0, 24, 2):
        pls = j(rng, 3.2, 0.2, 2)
        rows.append([f"{h:02d}:00", j(rng, 620, 15, 0), j(rng, 1.05, 0.05, 2), pls, j(rng, 1.9, 0.1, 2), j(rng, 0.18, 0.04, 2),
                     j(rng, 5.6, 0.2, 2), j(rng, 2.1, 0.1, 2), j(rng, 48.5, 1.0, 1), j(rng, 180, 3, 0), j(rng, 38.0, 1.0, 1), j(rng, 2.05, 0.05, 2), ""])
    rows[4][12] = "E2 澄清槽界面偏高，调整溢流堰"
    r = ws_table(ws, 3, ["时间", "PLS流量", "O/A(E1)", "PLS Cu", "PLS pH", "萃余液 Cu", "负载有机 Cu", "贫有机 Cu", "富电解液 Cu", "H2SO4", "贫电解液 Cu", "槽电压", "备注"],
                 rows, units=["", "m3/h", "", "g/L", "", "g/L", "g/L", "g/L", "g/L", "g/L", "g/L", "V", ""])
    ws_note(ws, r + 1, "萃取剂：LIX 984N 18% v/v，稀释剂：Escaid 110；流程 2E+1S；电积电流密度 280 A/m²", 13)
    ws = wb.create_sheet("产量")
    ws_table(ws, 1, ["日期", "阴极铜 t", "A级率 %", "电流效率 %", "电耗 kWh/t"], [[dt.date(2024, 5, 8), 26.4, 99.2, 91.5, 2010]])
    save_wb(wb, name, dt.datetime(2024, 5, 9, 7, 30), "铜厂调度")
    label(name, "clear", [], [], [], "parameter-sheet", None, "zh", True, "copper solvent-extraction/electrowinning daily log (LIX 984N, O/A); same vocabulary, other metal")


def k08_coni_sx():
    name = "Co-Ni SX 钴镍萃取 DCS export_0419.csv"
    rng = rng_for(name)
    rows = [["# DCS export  Line: CoSX-1 (Cyanex 272) / 钴镍分离线   2024-04-19"],
            ["Time 时间", "Stage 级", "pH_SP", "pH_PV", "NaOH_sapon_% 皂化率", "Org_flow m3/h", "Aq_flow m3/h", "O/A", "Co_aq g/L", "Ni_aq g/L", "Mg_aq g/L", "Alarm 报警"]]
    for h in range(0, 24, 3):
        for st in ("E1", "E3", "E5", "SC2", "ST1"):
            sp = {"E1": 5.4, "E3": 5.6, "E5": 5.8, "SC2": 4.5, "ST1": 2.0}[st]
            co = {"E1": 0.9, "E3": 0.12, "E5": 0.005, "SC2": 0.3, "ST1": 95}[st]
            rows.append([f"{h:02d}:00", st, sp, round(sp + rng.uniform(-0.08, 0.08), 2), 45 if st.startswith("E") else "", j(rng, 12.0, 0.3, 1), j(rng, 8.0, 0.2, 1),
                         1.5, round(co * rng.uniform(0.9, 1.1), 3), j(rng, 98, 3, 1) if st.startswith("E") else round(rng.uniform(0.01, 0.05), 3), j(rng, 4.5, 0.3, 2),
                         "PH_DEV" if (h == 12 and st == "E3") else ""])
    rows.append(["# Extractant: Cyanex 272 20 % in Shellsol D70 + 5 % TBP; feed: Ni/Co sulfate from MHP leach"])
    write_text(name, csv_text(rows), "utf-8-sig", "\r\n")
    label(name, "clear", [], [], [], "parameter-sheet", None, "mixed", True, "cobalt/nickel Cyanex 272 solvent extraction DCS export with saponification; not rare earth")


def k09_ferrite_kiln():
    name = "鐵氧體燒成窯記錄_6月.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("燒成")
    ws_title(ws, 1, "輥道窯 RK-2 燒成記錄（鍶鐵氧體 濕壓異方性）", 12)
    rows = []
    for day in range(1, 21):
        rows.append([f"6/{day}", "FB6B", j(rng, 450, 30, 0), j(rng, 950, 8, 0), j(rng, 1150, 6, 0), j(rng, 1215, 5, 0), j(rng, 1210, 5, 0),
                     j(rng, 75, 3, 0), j(rng, 4.20, 0.03, 2), j(rng, 4.35, 0.05, 2), j(rng, 15.2, 0.5, 1), "" if day != 11 else "裂紋率偏高 調整預熱"])
    r = ws_table(ws, 3, ["日期", "牌號", "產量 kg", "預熱區 ℃", "升溫區 ℃", "燒成1 ℃", "燒成2 ℃", "輥速 min", "Br kG", "HcJ kOe", "收縮率 %", "備註"], rows)
    ws_note(ws, r + 1, "原料：SrFe12O19 預燒料 + CaCO3/SiO2 添加；成型磁場 0.8 T。", 12)
    save_wb(wb, name, dt.datetime(2024, 6, 21, 8, 0), "窯爐組")
    label(name, "clear", [], [], [], "parameter-sheet", None, "zh", True, "strontium ferrite magnet kiln firing record; ferrite magnets are outside 1E902")


def k10_potline():
    name = "potline3_pot_data_export.txt"
    rng = rng_for(name)
    hdr = ["POT", "DATE", "AMP_kA", "V_pot", "T_bath_C", "RATIO", "AlF3_add_kg", "CaF2_%", "Al2O3_%", "AE/pot-day", "Fe_ppm", "Si_ppm", "Metal_ht_cm"]
    rows = []
    for pot in range(301, 331):
        rows.append([f"{pot}", "2024-05-30", f"{400 + rng.uniform(-1, 1):.1f}", f"{4.15 + rng.uniform(-0.06, 0.08):.3f}", f"{955 + rng.uniform(-6, 6):.0f}",
                     f"{1.12 + rng.uniform(-0.05, 0.05):.2f}", f"{rng.choice([0, 10, 15, 20, 25])}", f"{4.8 + rng.uniform(-0.3, 0.3):.1f}",
                     f"{2.6 + rng.uniform(-0.3, 0.3):.1f}", f"{rng.choice([0.00, 0.00, 0.02, 0.05])}", f"{rng.randint(700, 1300)}", f"{rng.randint(200, 400)}",
                     f"{rng.randint(21, 26)}"])
    body = fixed_width(hdr, rows, [6, 12, 8, 8, 10, 7, 12, 8, 9, 11, 8, 8, 12], right_cols=tuple(range(2, 13)))
    txt = "POTROOM 3 - DAILY POT DATA   (prebake, 400 kA)   run 2024-05-31 05:00\n\n" + body + "\n\nEND  30 pots listed  ** company internal **\n"
    write_text(name, txt, "ascii", "\r\n")
    label(name, "clear", [], [], [], "parameter-sheet", None, "en", True, "aluminium potline daily data (cryolite bath ratio, AlF3, anode effects); fluoride-bath electrolysis of another metal")


def k11_lib_doe():
    name = "LIB black mass leach DOE 浸出正交试验.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("DOE")
    ws_title(ws, 1, "Black mass (NCM523 + LFP mix) H2SO4/H2O2 leach - L9 DOE / 黑粉浸出正交试验", 12)
    L9 = [(1, 1, 1, 1), (1, 2, 2, 2), (1, 3, 3, 3), (2, 1, 2, 3), (2, 2, 3, 1), (2, 3, 1, 2), (3, 1, 3, 2), (3, 2, 1, 3), (3, 3, 2, 1)]
    lv = [[1.5, 2.0, 2.5], [2, 4, 6], [60, 75, 90], [50, 100, 150]]
    rows = []
    for k, run in enumerate(L9, 1):
        a, b, c, dd = (lv[i][run[i] - 1] for i in range(4))
        base = 80 + a * 4 + b * 1.2 + (c - 60) * 0.15 - (dd - 50) * 0.03
        rows.append([k, a, b, c, dd, round(min(99.5, base + rng.uniform(-2, 2)), 1), round(min(99.5, base - 2 + rng.uniform(-2, 2)), 1),
                     round(min(99.5, base - 1 + rng.uniform(-2, 2)), 1), round(min(99.8, base + 5 + rng.uniform(-1, 1)), 1), round(rng.uniform(2, 8), 1)])
    r = ws_table(ws, 3, ["Run 试验号", "H2SO4 M", "H2O2 vol%", "T ℃", "S/L g/L", "Ni %", "Co %", "Mn %", "Li %", "Al %"], rows)
    ws_note(ws, r + 1, "Feed 黑粉: Ni 18.2 %, Co 7.1 %, Mn 6.9 %, Li 3.9 %, Al 2.4 %, Cu 1.8 %, graphite 31 %. 2 h leach. Optimum: 2.5 M, 4 %, 90 ℃, 100 g/L.", 10)
    save_wb(wb, name, dt.datetime(2024, 3, 12, 18, 30), "recycling_lab")
    label(name, "clear", [], [], [], "parameter-sheet", None, "mixed", True, "lithium-ion battery black-mass leaching DOE (Ni/Co/Mn/Li); battery recycling without rare earths")


def k12_ladle_reline():
    name = "2#钢包炉包衬检修记录.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("检修")
    ws_title(ws, 1, "炼钢厂 2# LF钢包 包衬检修及烘烤记录", 8)
    rows = [[1, "拆包", "拆除渣线及包壁残砖", "—", "5/06", "合格", ""],
            [2, "渣线", "砌筑镁碳砖 MT-14A", "230 mm", "5/07", "合格", "C 14%"],
            [3, "包壁", "砌筑铝镁碳砖", "180 mm", "5/07", "合格", ""],
            [4, "包底", "浇注料+透气砖更换", "座砖 1 块", "5/08", "合格", ""],
            [5, "滑板", "更换上/下滑板、水口", "—", "5/08", "合格", ""],
            [6, "烘烤", "在线烘烤", "见下表", "5/09", "合格", ""]]
    r = ws_table(ws, 3, ["序号", "项目", "内容", "规格", "日期", "验收", "备注"], rows)
    r += 1
    rows = [[0, 20, 20], [4, 400, j(rng, 400, 15, 0)], [8, 600, j(rng, 600, 15, 0)], [14, 800, j(rng, 800, 15, 0)], [20, 1000, j(rng, 1000, 20, 0)], [24, 1100, j(rng, 1100, 20, 0)]]
    r = ws_table(ws, r, ["烘烤时间 h", "目标 ℃", "实测 ℃"], rows)
    ws_note(ws, r + 1, "投用：5/10 首炉 Q235B，包龄计数清零。", 7)
    save_wb(wb, name, dt.datetime(2024, 5, 10, 20, 0), "炼钢设备")
    label(name, "clear", [], [], [], "parameter-sheet", None, "zh", True, "steel ladle relining and bake-out record; maintenance of a steel-plant vessel, not a 1E902 line")


def k13_ceramic_tus():
    name = "Al2O3 kiln TUS 校验报告_2024.docx"
    rng = rng_for(name)
    d = new_doc()
    d_par(d, "Temperature Uniformity Survey / 炉温均匀性校验报告", bold=True, size=14, center=True)
    d_par(d, "Equipment 设备: Shuttle kiln SK-3, 95 % alumina ceramic substrates 氧化铝陶瓷基片烧结   Standard: AMS 2750 (class 3 reference)")
    d_par(d, "Test temp 测试温度: 1600 ℃, soak 保温 60 min, 9 thermocouples, type B")
    rows = []
    for p in range(1, 10):
        v = j(rng, 1600, 6, 1)
        rows.append([f"TC{p}", ["front-top 前上", "front-mid", "front-bot", "mid-top", "centre 中心", "mid-bot", "rear-top", "rear-mid", "rear-bot 后下"][p - 1],
                     v, round(v - 1600, 1), "PASS" if abs(v - 1600) <= 8 else "FAIL"])
    d_table(d, ["TC", "Position 位置", "Reading ℃", "Dev ℃", "Result"], rows)
    d_table(d, ["Instrument 仪表", "S/N", "Cal. date 校准日期", "Due 有效期"], [["Data logger", "DL-8831", "2024-03-01", "2025-03-01"], ["Ref. TC type B", "B-2207", "2024-02-20", "2025-02-20"]])
    d_par(d, "Conclusion 结论: uniformity ±7.8 ℃ within ±8 ℃ requirement. 合格。 Next survey: 2024-12.")
    d_footer(d, "Quality Dept. · CONFIDENTIAL")
    save_doc(d, name, dt.datetime(2024, 6, 5, 14, 0), "quality")
    label(name, "clear", [], [], [], "parameter-sheet", None, "mixed", True, "temperature-uniformity calibration of an alumina ceramic kiln; ceramics sintering is outside 1E902")


def k14_carbide():
    name = "硬質合金燒結爐SP-2運行紀錄.csv"
    rng = rng_for(name)
    rows = [["SP-2 壓力燒結爐（Sinter-HIP）運行紀錄", "", "", "", "", "", "", ""],
            ["爐次", "牌號", "裝爐量kg", "脫蠟溫度℃", "燒結溫度℃", "保溫min", "HIP壓力MPa", "密度g/cm3", "硬度HRA", "矯頑磁力kA/m", "備註"]]
    for k in range(1, 21):
        g = rng.choice(["YG8", "YG6X", "YG10", "YT15"])
        rows.append([f"24-{300 + k}", g, j(rng, 480, 40, 0), 450, {"YG8": 1420, "YG6X": 1440, "YG10": 1410, "YT15": 1460}[g], 60, 5.0,
                     j(rng, 14.7, 0.1, 2), j(rng, 90.0, 0.8, 1), j(rng, 12.5, 1.5, 1), "" if k != 13 else "脫蠟不完全，延長"])
    write_text(name, csv_text(rows), "utf-8-sig", "\r\n")
    label(name, "clear", [], [], [], "parameter-sheet", None, "zh", True, "cemented-carbide sinter-HIP furnace log (coercivity used as QC); carbide sintering is outside 1E902")


def k15_price():
    name = "RE_oxide_price_tracker_H1-2024.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("Weekly")
    ws_title(ws, 1, "Rare earth price tracker H1-2024 (CNY/kg, ex-works China, mid-point)", 8)
    rows = []
    p = {"Nd2O3": 420, "Pr6O11": 430, "PrNd oxide": 410, "Dy2O3": 2550, "Tb4O7": 7900, "NdFeB scrap (PrNd in)": 340}
    d0 = dt.date(2024, 1, 5)
    for w in range(26):
        for kx in p:
            p[kx] *= (1 + rng.uniform(-0.025, 0.02))
        rows.append([d0 + dt.timedelta(days=7 * w)] + [round(v, 1) for v in p.values()] + ["" if w != 9 else "Q1 quota announced"])
    r = ws_table(ws, 3, ["Week", *p.keys(), "Comment"], rows)
    ws_note(ws, r + 1, "Source: compiled from public market quotes (SMM, Asian Metal). For budgeting only.", 8)
    ws = wb.create_sheet("Cost impact")
    ws_table(ws, 1, ["Item", "kg/yr", "Budget price", "H1 avg", "Variance CNY"], [["PrNd oxide (buy)", 120000, 420, 395, -3000000], ["Dy2O3", 6000, 2600, 2380, -1320000]])
    save_wb(wb, name, dt.datetime(2024, 7, 1, 10, 0), "procurement")
    label(name, "clear", [], [], [], "other", None, "en", True, "market price tracker and budget variance for rare-earth oxides; market data only")


def k16_quote():
    name = "報價單_QT240611_客戶A.xlsx"
    wb, ws = new_wb("報價單")
    ws_title(ws, 1, "報 價 單  QUOTATION", 10, size=15)
    ws_kv(ws, 3, [("客戶", "客戶A 電機股份有限公司"), ("報價編號", "QT240611"), ("日期", "2024/06/11"), ("有效期", "30 天"),
                  ("付款條件", "月結 60 天"), ("交貨地點", "桃園廠 DAP")], merge_to=6)
    rows = [[1, "燒結釹鐵硼 方塊", "N42SH", "20×10×5", "±0.05", "Ni-Cu-Ni", "厚度方向", 20000, 3.85, 77000],
            [2, "燒結釹鐵硼 瓦形", "45UH", "R25×R21×30×40°", "±0.05", "環氧", "徑向", 8000, 12.60, 100800],
            [3, "燒結釹鐵硼 圓片", "N52", "Φ10×3", "±0.03", "Zn", "軸向", 50000, 0.92, 46000]]
    r = ws_table(ws, 10, ["項次", "品名", "牌號", "尺寸 mm", "公差 mm", "鍍層", "充磁方向", "數量 pcs", "單價 NTD", "金額 NTD"], rows)
    ws_kv(ws, r + 1, [("合計", "223,800 NTD（未稅）"), ("交期", "確認圖面後 35 天"),
                      ("備註", "稀土原料價格波動超過 ±8% 時雙方重議單價。"), ("業務", "林小姐 分機 215")])
    save_wb(wb, name, dt.datetime(2024, 6, 11, 14, 20), "業務部")
    label(name, "clear", [], [], [], "other", None, "zh", True, "sales quotation for NdFeB magnet parts (grade, size, coating, price); product specification, no process")


def k17_alnico():
    name = "alnico_ht_log_wk23.tsv"
    rng = rng_for(name)
    hdr = ["lot", "alloy", "cast_date", "sol_T_C", "sol_min", "field_cool_kOe", "cool_rate_C_s", "age1_C", "age1_h", "age2_C", "age2_h", "Br_G", "Hc_Oe", "note"]
    rows = [hdr]
    for k in range(1, 17):
        alloy = rng.choice(["AlNiCo5", "AlNiCo5", "AlNiCo8"])
        rows.append([f"A23-{k:03d}", alloy, f"2024-06-0{3 + k % 5}", 1250 if alloy == "AlNiCo5" else 1260, 20, 2.5 if alloy == "AlNiCo5" else 3.0,
                     round(rng.uniform(0.9, 1.3), 2), 600 if alloy == "AlNiCo5" else 810, 4 if alloy == "AlNiCo5" else 10, 560 if alloy == "AlNiCo5" else 580,
                     12 if alloy == "AlNiCo5" else 20, j(rng, 12600 if alloy == "AlNiCo5" else 8200, 150, 0), j(rng, 640 if alloy == "AlNiCo5" else 1550, 25, 0),
                     "" if k != 7 else "cracked in quench"])
    txt = "\n".join("\t".join(map(str, r)) for r in rows) + "\n"
    write_text(name, txt, "utf-8", "\n")
    label(name, "clear", [], [], [], "parameter-sheet", None, "en", True, "AlNiCo cast magnet heat-treatment log (solution, field cooling, ageing); AlNiCo is outside 1E902")


def k18_motor_bom():
    name = "Rotor_magnet_BOM_电机转子磁钢清单_revB.docx"
    d = new_doc()
    d_par(d, "EM-220 Traction Motor · Rotor Magnet BOM / 转子磁钢物料清单  Rev.B", bold=True, size=13, center=True)
    d_par(d, "Design: 8-pole IPM, V-shape, 48 slots; stack 150 mm in 6 axial segments, step skew 3.75° mech. 设计部 2024-02")
    d_table(d, ["Item", "Part No. 料号", "Description 描述", "Grade 牌号", "Size mm", "Qty/rotor", "Supplier", "Remark 备注"], [
        [1, "MG-45UH-3012", "Block magnet, V-pocket outer", "45UH", "30×12×4.2", 96, "S-117 / S-203", "GBD grade OK"],
        [2, "MG-45UH-2212", "Block magnet, V-pocket inner", "45UH", "22×12×4.2", 96, "S-117", ""],
        [3, "ADH-EP-01", "Epoxy adhesive for pockets 磁钢粘接胶", "—", "—", "35 g", "Henkel", ""],
        [4, "SLV-01", "Carbon-fibre sleeve", "—", "Φ160×152", 1, "—", "not used in rev B"],
    ])
    d_table(d, ["Requirement 要求", "Value 值"], [["Magnetisation", "after insertion, 4 T pulse 后充磁"], ["Demag check", "-200 A/mm² @ 150 ℃, Br loss ≤ 1 %"],
                                                ["Coating", "Epoxy ≥ 15 µm"], ["Incoming test", "per IQC-MG-02"]])
    d_par(d, "Change log: rev B - magnet thickness 4.0 → 4.2 mm; inner magnet length 24 → 22 mm for cost. 变更：磁钢厚度增加。")
    d_footer(d, "EM-220 design data · internal")
    save_doc(d, name, dt.datetime(2024, 2, 26, 11, 11), "motor_design")
    label(name, "clear", [], [], [], "other", None, "mixed", True, "motor rotor BOM listing bought NdFeB magnet segments; a product design that uses magnets")


def k19_iron_ore():
    name = "铁矿选厂日报_202405.csv"
    rng = rng_for(name)
    rows = [["选矿厂生产日报 2024年5月"],
            ["日期", "处理量t", "原矿TFe%", "磨矿细度-200目%", "一段磁选场强mT", "二段磁选场强mT", "浮选pH", "捕收剂g/t", "精矿TFe%", "尾矿TFe%", "回收率%", "备注"]]
    for day in range(1, 32):
        rows.append([f"5/{day}", j(rng, 12500, 600, 0), j(rng, 31.5, 1.2, 2), j(rng, 82, 3, 1), 180, 120, j(rng, 11.5, 0.2, 1), j(rng, 450, 40, 0),
                     j(rng, 65.6, 0.4, 2), j(rng, 9.5, 0.8, 2), j(rng, 78.5, 2.0, 1), "" if day != 18 else "2#球磨检修 8h"])
    write_text(name, csv_text(rows), "gb18030", "\r\n")
    label(name, "clear", [], [], [], "parameter-sheet", None, "zh", True, "iron-ore magnetic separation/reverse flotation daily report; iron-ore beneficiation is outside 1E902")


def k20_compliance():
    name = "出口管制合规会议纪要_2024-11.docx"
    d = new_doc()
    d_par(d, "Export Control Compliance Meeting Minutes / 出口管制合规会议纪要", bold=True, size=14, center=True)
    d_par(d, "Date 日期: 2024-11-05   Attendees 参会: Legal, Sales, Process Eng., IT, Logistics")
    d_par(d, "1. 法规要点 Regulation highlights", bold=True)
    d_table(d, ["Item 条目", "Content 内容 (quoted)", "Impact on us 影响"], [
        ["1E902.a", "稀土开采、冶炼分离、金属冶炼、磁材制造以及稀土二次资源回收利用相关技术及其载体", "Process documents may not be sent abroad without licence"],
        ["1E902.b", "相关生产线的装配、调试、维护、维修和升级等技术", "Covers our maintenance SOPs / vendor service reports"],
        ["Exclusions 除外", "已进入公共领域的技术、基础科学研究、普通专利申请所必需的技术", "Papers and patent filings go through IP dept."],
    ])
    d_par(d, "2. Actions 行动项", bold=True)
    d_table(d, ["No.", "Action 行动", "Owner", "Due"], [
        [1, "Classify all shared-drive folders (Process, Equipment, QA) 共享盘文件分级", "IT + Process", "2024-12-15"],
        [2, "Add export-control clause to customer NDA templates", "Legal", "2024-11-30"],
        [3, "Block external e-mail of files tagged 'Process-Restricted'", "IT", "2024-12-31"],
        [4, "Training for sales team: products (magnets, oxides) vs technology 产品与技术的区别", "Compliance", "2024-11-20"],
    ])
    d_par(d, "Note: shipping finished magnets and oxides remains under product licensing rules; this meeting covers technology transfer only.")
    d_footer(d, "Internal - Compliance")
    save_doc(d, name, dt.datetime(2024, 11, 6, 9, 30), "compliance")
    label(name, "clear", [], [], [], "other", None, "mixed", True, "compliance minutes quoting the 1E902 text and action items; no technology")


def k21_facility_pm():
    name = "廠務設備保養計畫_2024.xlsx"
    rng = rng_for(name)
    wb, ws = new_wb("保養計畫")
    ws_title(ws, 1, "某某稀土材料股份有限公司  廠務設備年度保養計畫 2024", 10)
    items = [("FK-01", "堆高機 2.5T", "月", "機油、煞車、鏈條"), ("FK-02", "堆高機 3T", "月", "機油、煞車、鏈條"), ("EL-01", "辦公大樓電梯", "月", "法定檢查"),
             ("AC-01", "中央空調 冰水主機", "季", "冷凝器清洗"), ("FE-01~60", "滅火器", "月", "壓力目視"), ("GEN-01", "緊急發電機 500kVA", "月", "無載試車 30 min"),
             ("WH-01", "宿舍熱水器", "半年", "除垢、漏電檢查"), ("CCTV", "監視系統", "季", "錄影保存 30 天確認"), ("RO-01", "飲水機/RO", "季", "濾心更換")]
    rows = []
    for code, nm, freq, content in items:
        months = {"月": "1-12", "季": "1,4,7,10", "半年": "3,9"}[freq]
        rows.append([code, nm, freq, content, months, rng.choice(["廠務課 陳", "廠務課 黃", "外包 永信"]), "", ""])
    rows[2][7] = "外包：電梯公司"
    r = ws_table(ws, 3, ["編號", "設備", "頻率", "保養內容", "月份", "負責", "完成確認", "備註"], rows)
    ws_note(ws, r + 1, "生產設備之保養依各課 PM 計畫，不在本表範圍。", 8)
    save_wb(wb, name, dt.datetime(2024, 1, 3, 8, 45), "廠務課")
    label(name, "clear", [], [], [], "other", None, "zh", True, "facilities PM plan (forklifts, lifts, HVAC, extinguishers) at a rare-earth company; not production-line maintenance")


def k22_zinc():
    name = "鋅焙砂中浸試驗_fixedwidth.txt"
    rng = rng_for(name)
    hdr = ["試驗", "始酸g/L", "終點pH", "溫度℃", "液固比", "時間min", "Zn浸出%", "Fe浸出%", "浸出液Zn g/L", "備註"]
    rows = []
    for k in range(1, 13):
        ph = [4.8, 5.0, 5.2, 5.4][k % 4]
        rows.append([f"ZN-{k:02d}", j(rng, 160, 10, 0), ph, j(rng, 70, 5, 0), "8:1", 60, j(rng, 82 - (ph - 5) * 8, 1.5, 1), j(rng, 0.6, 0.3, 2),
                     j(rng, 145, 5, 0), "" if k != 5 else "過濾慢"])
    body = fixed_width(hdr, rows, [8, 10, 9, 9, 8, 10, 10, 10, 14, 10], right_cols=(1, 2, 3, 5, 6, 7, 8))
    txt = "濕法煉鋅 中性浸出 小型試驗  2024-04\n焙砂: Zn 56.2%  Fe 8.4%  S(s) 0.6%\n\n" + body + "\n\n化驗室 王\n"
    write_text(name, txt, "utf-8", "\r\n")
    label(name, "clear", [], [], [], "parameter-sheet", None, "zh", True, "zinc calcine neutral-leach trials; hydrometallurgy of another metal")


def k23_expenses():
    name = "Expense_claims_Jun2024 差旅报销.csv"
    rng = rng_for(name)
    rows = [["Employee 员工", "Dept 部门", "Date", "Trip 出差事由", "Category 类别", "Amount CNY", "Receipt", "Approved by"]]
    trips = [("Magnetics expo Shanghai 磁材展", "Sales"), ("Customer visit Suzhou 客户拜访", "Sales"), ("Audit at supplier S-117 供应商审核", "QA"),
             ("Training Beijing 合规培训", "Compliance")]
    emps = ["Zhang Wei 张伟", "Li Na 李娜", "Wang Qiang 王强", "Emma Schulz", "Chen Jie 陈杰"]
    for k in range(22):
        tr, dept = rng.choice(trips)
        rows.append([rng.choice(emps), dept, f"2024-06-{rng.randint(1, 28):02d}", tr, rng.choice(["Hotel 住宿", "Train 高铁", "Taxi 出租", "Meals 餐费", "Flight 机票"]),
                     f"{rng.uniform(40, 1600):.2f}", rng.choice(["Y", "Y", "Y", "N"]), rng.choice(["Mgr-Sales", "Mgr-QA", "CFO"])])
    rows.append(["", "", "", "", "TOTAL", f"{sum(float(r[5]) for r in rows[1:]):.2f}", "", ""])
    write_text(name, csv_text(rows), "utf-8-sig", "\r\n")
    label(name, "clear", [], [], [], "other", None, "mixed", False, "travel expense claims; finance data")


def k24_office():
    name = "办公用品采购清单_Q3.docx"
    d = new_doc(font="SimSun")
    d_par(d, "2024年第三季度 办公用品采购申请单", bold=True, size=14, center=True)
    d_par(d, "申请部门：行政部    申请人：刘敏    日期：2024-06-25")
    d_table(d, ["序号", "品名", "规格", "单位", "数量", "单价(元)", "金额(元)", "备注"], [
        [1, "A4复印纸", "70g 500张/包", "箱", 40, 135, 5400, ""], [2, "中性笔", "0.5mm 黑", "盒", 30, 18, 540, ""],
        [3, "文件夹", "A4 双夹", "个", 200, 4.5, 900, ""], [4, "硒鼓", "HP 88A", "个", 12, 260, 3120, "财务部、质检部"],
        [5, "订书机", "中号", "个", 10, 22, 220, ""], [6, "白板笔", "黑/红/蓝", "盒", 8, 25, 200, ""],
        [7, "桶装水", "18.9L", "桶", 300, 16, 4800, "按月配送"], ["合计", "", "", "", "", "", 15180, ""],
    ])
    d_par(d, "部门负责人：________   行政部：________   财务审核：________")
    d_footer(d, "行政部")
    save_doc(d, name, dt.datetime(2024, 6, 25, 10, 0), "行政部")
    label(name, "clear", [], [], [], "other", None, "zh", False, "office supply purchase request; no technology")


# =============================================================================
ALL = [
    c01_sx_commissioning, c02_cell_reline, c03_sinter_overhaul, c04_smco_pm, c05_strip_caster_upgrade, c06_isl_wellfield,
    c07_kiln_overhaul, c08_cell_scada, c09_sinter_mes, c10_gbd_doe, c11_smco_batch, c12_ce_recipe, c13_isl_liquor,
    c14_flotation, c15_cascade_sim, c16_oxalate_batch, c17_ca_reduction, c18_dyfe_shiftlog, c19_sludge_leach,
    c20_polish_recovery, c21_milling_pressing, c22_roasting_kiln,
    e01_supplementary, e02_textbook, e03_basic_research, e04_patent,
    k01_invoice, k02_inventory, k03_roster, k04_manifest, k05_iqc, k06_datasheet, k07_copper_sx, k08_coni_sx,
    k09_ferrite_kiln, k10_potline, k11_lib_doe, k12_ladle_reline, k13_ceramic_tus, k14_carbide, k15_price, k16_quote,
    k17_alnico, k18_motor_bom, k19_iron_ore, k20_compliance, k21_facility_pm, k22_zinc, k23_expenses, k24_office,
]


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    LABEL_ROWS.clear()
    for fn in ALL:
        fn()
    names = [r["file"] for r in LABEL_ROWS]
    assert len(names) == len(set(names)) == len(ALL), "duplicate or missing label"
    assert sorted(names) == sorted(os.listdir(OUT)), "labels and files differ"
    with open(LABELS, "w", encoding="utf-8", newline="\n") as f:
        for row in sorted(LABEL_ROWS, key=lambda r: r["file"]):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(names)} files to {OUT} and {LABELS}")


if __name__ == "__main__":
    main()
