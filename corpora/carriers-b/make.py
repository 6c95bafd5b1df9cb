"""(Re)create the held-out format evaluation batch B in ``corpora/carriers-b/``.

Run with the project interpreter::

    .venv/bin/python corpora/carriers-b/make.py

The batch holds CAD drawings (DXF), STEP exports, NC programs, simulation decks, PPTX decks,
e-mails (.eml), archives (.zip/.7z) and scanned pages (PNG/JPEG/TIFF/PDF/DOCX), each labelled
by the rules of ``shared/docs/DOMAIN.md`` in ``labels.jsonl``. The document text lives in
``format_corpus_b_content.py``; this script only renders it.

The output is deterministic: the script re-executes itself with ``PYTHONHASHSEED=0``, uses
seeded random generators, fixed dates, boundaries and GUIDs, ezdxf's fixed test metadata, and
rewrites every ZIP container (DOCX/XLSX/PPTX/ZIP) with fixed member timestamps. The output
folder is deleted and rewritten on every run.

The batch is held out: it must never be used for training or tuning the scanner.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import random
import re
import shutil
import sys
import tempfile
import zipfile
from datetime import UTC, datetime
from email import encoders
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from pathlib import Path
from typing import Any

import ezdxf
import py7zr
from docx import Document
from docx.shared import Mm, Pt
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from openpyxl import Workbook
from openpyxl.styles import Font as XlFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pptx import Presentation
from pptx.util import Emu
from pptx.util import Pt as PPt

sys.path.insert(0, str(Path(__file__).resolve().parent))
import content as C

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
KEEP = {"make.py", "content.py", "corpus.toml", "__pycache__"}
FIXED_DT = datetime(2025, 11, 24, 8, 0, 0, tzinfo=UTC)
ZIP_DT = (2025, 11, 24, 8, 0, 0)
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
SUBDIRS = {
    "dxf": "dxf",
    "step": "step",
    "nc": "nc",
    "sim": "sim",
    "pptx": "pptx",
    "email": "email",
    "zip": "zip",
    "scan": "scans",
}
MAX_SCAN_BYTES = 250 * 1024
MAX_TOTAL_BYTES = 6 * 1024 * 1024

ezdxf.options.write_fixed_meta_data_for_testing = True
logging.getLogger("fontTools").setLevel(logging.ERROR)
logging.getLogger("fpdf").setLevel(logging.ERROR)
logging.getLogger("ezdxf").setLevel(logging.ERROR)

LABELS: list[dict[str, Any]] = []


# --------------------------------------------------------------------------------------
# common helpers
# --------------------------------------------------------------------------------------
def record(rel: str, fmt: str, lab: dict[str, Any]) -> None:
    """Append the label of one top-level file (``rel`` relative to OUT)."""
    row = {"file": rel, **lab, "format": fmt}
    keys = [
        "file",
        "verdict",
        "control_codes",
        "categories",
        "magnet_types",
        "carrier",
        "exclusion",
        "language",
        "hard_negative",
        "note",
        "format",
    ]
    LABELS.append({k: row[k] for k in keys})


def write(rel: str, data: bytes) -> Path:
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def fixed_zip(members: list[tuple[str, bytes]], dt: tuple[int, ...] = ZIP_DT) -> bytes:
    """A ZIP archive of ``members`` (folders end with '/') with fixed timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=dt)
            if name.endswith("/"):
                info.external_attr = (0o40755 << 16) | 0x10
                zf.writestr(info, b"")
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                zf.writestr(info, data)
    return buf.getvalue()


def renormalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML container with fixed member timestamps (same order, same bytes)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in src.infolist():
        blob = src.read(info.filename)
        if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' with the current time
            pat = rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)"
            blob = re.sub(pat, rb"\g<1>2025-06-03T09:12:00Z\g<2>", blob)
        members.append((info.filename, blob))
    return fixed_zip(members)


def make_docx(blocks: list[tuple[str, Any]], title: str = "", author: str = "") -> bytes:
    """Blocks: ('h1'|'h2'|'p'|'small', text) or ('table', rows) or ('image', (png_bytes, width_mm))."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    if rfonts is not None:
        rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "宋体")
    for kind, val in blocks:
        if kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "small":
            run = doc.add_paragraph().add_run(val)
            run.font.size = Pt(8)
        elif kind == "table":
            rows = val
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = str(cell)
        elif kind == "image":
            png, width_mm = val
            sec = doc.sections[0]
            sec.left_margin = sec.right_margin = Mm(8)
            sec.top_margin = sec.bottom_margin = Mm(8)
            doc.add_picture(io.BytesIO(png), width=Mm(width_mm))
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 3
    cp.created = datetime(2025, 6, 3, 9, 12, 0)
    cp.modified = datetime(2025, 6, 3, 9, 12, 0)
    buf = io.BytesIO()
    doc.save(buf)
    return renormalize_zip(buf.getvalue())


def make_xlsx(sheets: list[tuple[str, list[list[Any]]]], author: str = "") -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for cell in ws[1]:
            cell.font = XlFont(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(48, max(8, width * 1.3))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime(2025, 5, 12, 10, 0, 0)
    wb.properties.modified = datetime(2025, 5, 12, 10, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return renormalize_zip(buf.getvalue())


def make_pdf_text(title: str, lines: list[str], author: str = "", size: float = 10) -> bytes:
    """A simple text PDF (CJK capable) for e-mail attachments."""
    pdf = FPDF(format="A4")
    pdf.creation_date = FIXED_DT
    pdf.set_author(author)
    pdf.set_title(title)
    pdf.set_creator("Microsoft Word - " + title)
    pdf.add_font("wqy", fname=CJK_FONT)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("wqy", size=size + 4)
    pdf.multi_cell(0, 8, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("wqy", size=size)
    for line in lines:
        if line.startswith("|"):
            pdf.set_font("wqy", size=size - 1)
            pdf.multi_cell(0, 5, line.strip("|").replace("|", "   "), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("wqy", size=size)
        else:
            pdf.multi_cell(0, 5.6, line if line else " ", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(pdf.output())


def csv_bytes(
    rows: list[list[Any]], encoding: str = "utf-8", comments: list[str] | None = None, newline: str = "\r\n"
) -> bytes:
    buf = io.StringIO()
    for c in comments or []:
        buf.write(c + newline)
    w = csv.writer(buf, lineterminator=newline)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


# --------------------------------------------------------------------------------------
# DXF
# --------------------------------------------------------------------------------------
def _dxf_layers(doc: Any, names: dict[str, tuple[int, str]]) -> None:
    for name, (color, ltype) in names.items():
        if ltype not in doc.linetypes:
            ltype = "Continuous"
        doc.layers.add(name, color=color, linetype=ltype)


def _title_block_def(doc: Any, spec: dict[str, Any], old: bool) -> None:
    """Block TITLE_BLOCK: a GB/T 10609.1-like 180x56 title block with captions and ATTDEFs."""
    blk = doc.blocks.new(name="TITLE_BLOCK")
    lay = spec["layers_tb"]
    att = {"layer": lay}
    for y in range(0, 57, 7):
        blk.add_line((0, y), (72, y), dxfattribs=att)
    for y in (0, 9, 18, 36, 56):
        blk.add_line((72, y), (130, y), dxfattribs=att)
    for y in (0, 18, 36, 56):
        blk.add_line((130, y), (180, y), dxfattribs=att)
    for x in (0, 12, 28, 44, 56, 72, 130, 180):
        blk.add_line((x, 0), (x, 56), dxfattribs=att)
    for x in (92, 112):
        blk.add_line((x, 9), (x, 18), dxfattribs=att)
    for x, y, cap in spec["tb_captions"]:
        blk.add_text(cap, height=2.5, dxfattribs=att).set_placement((x, y))
    positions = {
        "UNIT": (132, 44, 3.5),
        "NAME": (132, 24, 5.0),
        "DWGNO": (132, 6, 4.5),
        "MATERIAL": (75, 42, 3.5),
        "SCALE": (114, 11.5, 3.0),
        "DESIGN": (13, 29.8, 2.5),
        "CHECK": (13, 15.8, 2.5),
        "APPROVE": (13, 1.8, 2.5),
        "DATE": (45, 29.8, 2.2),
        "WEIGHT": (94, 11.5, 3.0),
        "SHEET": (75, 2.5, 3.0),
        "STAGE": (75, 11.5, 3.0),
        "PROCESS": (13, 8.8, 2.5),
        "STD": (13, 22.8, 2.5),
        "REV": (57, 43.8, 2.5),
    }
    for tag in spec["tb"]:
        x, y, h = positions[tag]
        a = blk.add_attdef(tag, insert=(x, y), dxfattribs={"height": h, "layer": lay})
        if not old:
            a.dxf.prompt = tag


def _insert_title_block(doc: Any, msp: Any, spec: dict[str, Any], at: tuple[float, float]) -> None:
    ref = msp.add_blockref("TITLE_BLOCK", at, dxfattribs={"layer": spec["layers_tb"]})
    room = {
        "UNIT": 46,
        "NAME": 46,
        "DWGNO": 46,
        "MATERIAL": 54,
        "SHEET": 54,
        "DATE": 11,
        "STAGE": 17,
        "WEIGHT": 17,
        "SCALE": 15,
    }
    for tag, val in spec["tb"].items():
        attdef = next(a for a in doc.blocks.get("TITLE_BLOCK").attdefs() if a.dxf.tag == tag)
        ins = attdef.dxf.insert
        units = sum(1.0 if ord(ch) > 0x2E80 else 0.62 for ch in val) or 1
        height = min(attdef.dxf.height, round(room.get(tag, 15) / units, 1))
        ref.add_attrib(
            tag,
            val,
            insert=(at[0] + ins.x, at[1] + ins.y),
            dxfattribs={"height": max(1.8, height), "layer": spec["layers_tb"]},
        )


def _text_lines(
    msp: Any, lines: list[str], x: float, y: float, h: float, layer: str, step: float | None = None
) -> float:
    step = step or h * 1.7
    for line in lines:
        if line:
            msp.add_text(line, height=h, dxfattribs={"layer": layer}).set_placement((x, y))
        y -= step
    return y


_DIM_LAYER = ["0"]


def _pl(msp: Any, pts: list[tuple[float, float]], layer: str, old: bool, close: bool = False) -> None:
    if old:
        msp.add_polyline2d(pts, close=close, dxfattribs={"layer": layer})
    else:
        msp.add_lwpolyline(pts, close=close, dxfattribs={"layer": layer})


def _dim(
    msp: Any,
    p1: tuple[float, float],
    p2: tuple[float, float],
    base: tuple[float, float],
    old: bool,
    angle: float = 0,
    text: str = "<>",
) -> None:
    if old:
        return
    msp.add_linear_dim(
        base=base, p1=p1, p2=p2, angle=angle, text=text, dimstyle="EZDXF", dxfattribs={"layer": _DIM_LAYER[0]}
    ).render()


def _rect(msp: Any, x: float, y: float, w: float, h: float, layer: str, old: bool) -> None:
    _pl(msp, [(x, y), (x + w, y), (x + w, y + h), (x, y + h)], layer, old, close=True)


def geom_arc_segment(msp: Any, spec: dict[str, Any], old: bool) -> None:
    L, g = spec["layer_map"], spec["g"]
    cx, cy = g.get("at", (120, 120))
    ro, ri, ang, length, k = g["ro"], g["ri"], g["angle"], g["length"], g.get("scale", 2.0)
    a0, a1 = 90 - ang / 2, 90 + ang / 2
    ccy = cy - ri * k
    msp.add_arc((cx, ccy), ro * k, a0, a1, dxfattribs={"layer": L["outline"]})
    msp.add_arc((cx, ccy), ri * k, a0, a1, dxfattribs={"layer": L["outline"]})
    for a in (a0, a1):
        r = math.radians(a)
        msp.add_line(
            (cx + ri * k * math.cos(r), ccy + ri * k * math.sin(r)),
            (cx + ro * k * math.cos(r), ccy + ro * k * math.sin(r)),
            dxfattribs={"layer": L["outline"]},
        )
    msp.add_line((cx, ccy + ri * k - 8), (cx, ccy + ro * k + 8), dxfattribs={"layer": L["center"]})
    # orientation arrow
    msp.add_line((cx + 18, ccy + ri * k + 2), (cx + 18, ccy + ro * k - 2), dxfattribs={"layer": L["text"]})
    msp.add_line((cx + 18, ccy + ro * k - 2), (cx + 16.5, ccy + ro * k - 6), dxfattribs={"layer": L["text"]})
    msp.add_line((cx + 18, ccy + ro * k - 2), (cx + 19.5, ccy + ro * k - 6), dxfattribs={"layer": L["text"]})
    # side view
    sx = cx + ro * k + 30
    th = (ro - ri) * k
    _rect(msp, sx, ccy + ri * k, length * k, th, L["outline"], old)
    _dim(
        msp,
        (sx, ccy + ri * k),
        (sx + length * k, ccy + ri * k),
        (sx, ccy + ri * k - 12),
        old,
        text=f"{length}",
    )
    _dim(
        msp,
        (sx + length * k, ccy + ri * k),
        (sx + length * k, ccy + ro * k),
        (sx + length * k + 12, 0),
        old,
        angle=90,
        text=f"{ro - ri:g}",
    )
    for r_, a_ in ((ro, a0 + 10), (ri, a1 - 14)):
        rad = math.radians(a_)
        msp.add_text(f"R{r_}", height=3.0, dxfattribs={"layer": L["dim"]}).set_placement(
            (cx + (r_ * k + 4) * math.cos(rad), ccy + (r_ * k + 4) * math.sin(rad))
        )


def geom_block(msp: Any, spec: dict[str, Any], old: bool) -> None:
    L, g = spec["layer_map"], spec["g"]
    x, y = g.get("at", (60, 130))
    for i, (w, h, lab) in enumerate(g["views"]):
        _rect(msp, x, y, w, h, L["outline"], old)
        for hx, hy, hr in g.get("holes", {}).get(i, []):
            msp.add_circle((x + hx, y + hy), hr, dxfattribs={"layer": L["outline"]})
            msp.add_line(
                (x + hx - hr - 3, y + hy), (x + hx + hr + 3, y + hy), dxfattribs={"layer": L["center"]}
            )
            msp.add_line(
                (x + hx, y + hy - hr - 3), (x + hx, y + hy + hr + 3), dxfattribs={"layer": L["center"]}
            )
        for ix, iy, iw, ih in g.get("inner", {}).get(i, []):
            _rect(msp, x + ix, y + iy, iw, ih, L["outline"], old)
        sc = g.get("scale", 1.0)
        _dim(msp, (x, y), (x + w, y), (x, y - 10), old, text=f"{w / sc:g}")
        _dim(msp, (x, y), (x, y + h), (x - 10, y), old, angle=90, text=f"{h / sc:g}")
        if lab:
            msp.add_text(lab, height=3.5, dxfattribs={"layer": L["text"]}).set_placement((x, y + h + 5))
        x += w + g.get("gap", 40)


def geom_cell(msp: Any, spec: dict[str, Any], old: bool) -> None:
    """Round electrolysis cell: plan view circles + section view rectangles."""
    L, g = spec["layer_map"], spec["g"]
    cx, cy, k = 95, 175, g.get("k", 0.1)
    for r in g["radii"]:
        msp.add_circle((cx, cy), r * k / 2, dxfattribs={"layer": L["outline"]})
    msp.add_circle((cx, cy), g["cathode"] / 2 * k, dxfattribs={"layer": L["outline"]})
    for i in range(g.get("anodes", 4)):
        a = math.radians(45 + 90 * i)
        ax, ay = cx + g["anode_r"] * k * math.cos(a), cy + g["anode_r"] * k * math.sin(a)
        _rect(msp, ax - 6, ay - 4, 12, 8, L["outline"], old)
    msp.add_line((cx - 80, cy), (cx + 80, cy), dxfattribs={"layer": L["center"]})
    msp.add_line((cx, cy - 80), (cx, cy + 80), dxfattribs={"layer": L["center"]})
    # section
    sx, sy = 195, 110
    depth, rin, rout = g["depth"] * k, g["radii"][0] * k / 2, g["radii"][-1] * k / 2
    _rect(msp, sx - rout, sy, 2 * rout, depth + 30, L["outline"], old)
    _rect(msp, sx - rin, sy + 20, 2 * rin, depth, L["outline"], old)
    _rect(
        msp,
        sx - g["cathode"] / 2 * k,
        sy + 20 + depth - g["immersion"] * k,
        g["cathode"] * k,
        g["immersion"] * k + 60,
        L["outline"],
        old,
    )
    for side in (-1, 1):
        _rect(msp, sx + side * g["anode_r"] * k - 4, sy + 40, 8, depth + 30, L["outline"], old)
    _rect(msp, sx - 8, sy + 21, 16, 12, L["outline"], old)
    msp.add_line((sx, sy - 10), (sx, sy + depth + 100), dxfattribs={"layer": L["center"]})
    _dim(msp, (sx - rin, sy + 20), (sx + rin, sy + 20), (sx - rin, sy + 8), old, text=f"%%c{g['radii'][0]}")
    _dim(
        msp,
        (sx + rout, sy),
        (sx + rout, sy + depth + 30),
        (sx + rout + 14, sy),
        old,
        angle=90,
        text=f"{g['depth'] + 300}",
    )


def geom_pot(msp: Any, spec: dict[str, Any], old: bool) -> None:
    """Long prebake aluminium pot: cathode blocks and collector bars (lines only)."""
    L = spec["layer_map"]
    x0, y0 = 40, 120
    _rect(msp, x0, y0, 330, 110, L["outline"], old)
    _rect(msp, x0 + 8, y0 + 8, 314, 94, L["outline"], old)
    for i in range(20):
        x = x0 + 12 + i * 15.3
        _rect(msp, x, y0 + 30, 14.5, 50, L["outline"], old)
        msp.add_line((x + 7, y0 + 10), (x + 7, y0 + 100), dxfattribs={"layer": L["hidden"]})
    for i in range(20):
        x = x0 + 19 + i * 15.3
        msp.add_line((x, y0 - 15), (x, y0), dxfattribs={"layer": L["outline"]})
        msp.add_line((x, y0 + 110), (x, y0 + 125), dxfattribs={"layer": L["outline"]})
    msp.add_line((x0 - 10, y0 + 55), (x0 + 340, y0 + 55), dxfattribs={"layer": L["center"]})


def geom_foundation(msp: Any, spec: dict[str, Any], old: bool) -> None:
    L, g = spec["layer_map"], spec["g"]
    x0, y0, k = 50, 80, g.get("k", 0.04)
    W, H = g["size"]
    _rect(msp, x0, y0, W * k, H * k, L["outline"], old)
    for bx, by in g["bolts"]:
        msp.add_circle((x0 + bx * k, y0 + by * k), 2.0, dxfattribs={"layer": L["outline"]})
        msp.add_circle((x0 + bx * k, y0 + by * k), 4.0, dxfattribs={"layer": L["hidden"]})
    for rx, ry, rw, rh in g.get("pits", []):
        _rect(msp, x0 + rx * k, y0 + ry * k, rw * k, rh * k, L["hidden"], old)
    msp.add_line(
        (x0 - 8, y0 + H * k / 2), (x0 + W * k + 8, y0 + H * k / 2), dxfattribs={"layer": L["center"]}
    )
    _dim(msp, (x0, y0), (x0 + W * k, y0), (x0, y0 - 12), old, text=str(W))
    _dim(msp, (x0, y0), (x0, y0 + H * k), (x0 - 12, y0), old, angle=90, text=str(H))


def geom_well_grid(msp: Any, spec: dict[str, Any], old: bool) -> None:
    L, g = spec["layer_map"], spec["g"]
    rng = random.Random(g.get("seed", 7))
    cx, cy = 135, 175
    for i in range(7):  # contour lines of the hill
        r = 15 + i * 11
        pts = []
        for j in range(37):
            a = math.radians(j * 10)
            rr = r * (1 + 0.12 * math.sin(3 * a + i) + rng.uniform(-0.02, 0.02))
            pts.append((cx + 1.5 * rr * math.cos(a), cy + rr * math.sin(a)))
        _pl(msp, pts, L["contour"], old, close=True)
        msp.add_text(f"{g['top'] - 10 * i}", height=2.0, dxfattribs={"layer": L["contour"]}).set_placement(
            (cx + 1.5 * r + 1, cy)
        )
    step = g["spacing"] * g.get("k", 2.0)
    n = 0
    for row in range(-14, 15):
        for col in range(-20, 21):
            x = cx + col * step + (step / 2 if row % 2 else 0)
            y = cy + row * step
            if ((x - cx) / 1.5) ** 2 + (y - cy) ** 2 < (15 + 4 * 11) ** 2:
                msp.add_circle((x, y), 0.9, dxfattribs={"layer": L["wells"]})
                n += 1
    for yy in (cy - 70, cy - 74):
        msp.add_line((cx - 105, yy), (cx + 105, yy), dxfattribs={"layer": L["ditch"]})
    for i in range(-6, 7):
        msp.add_line((cx + i * 15, cy - 72), (cx + i * 12, cy - 52), dxfattribs={"layer": L["ditch"]})
    _rect(msp, cx + 112, cy - 84, 30, 20, L["ditch"], old)
    msp.add_text("集液池 V=800m³", height=3, dxfattribs={"layer": L["text"]}).set_placement(
        (cx + 112, cy - 60)
    )
    msp.add_text(f"注液孔 共 {n} 个", height=3, dxfattribs={"layer": L["text"]}).set_placement((35, 270))


def geom_kiln(msp: Any, spec: dict[str, Any], old: bool) -> None:
    L = spec["layer_map"]
    x0, y0 = 40, 150
    _pl(
        msp, [(x0, y0), (x0 + 240, y0 + 7), (x0 + 240, y0 + 31), (x0, y0 + 24)], L["outline"], old, close=True
    )
    for x in (60, 160, 250):
        _rect(msp, x0 + x - 40, y0 - 6 + x * 0.03, 8, 36, L["outline"], old)
    msp.add_line((x0 - 10, y0 + 12), (x0 + 250, y0 + 19.5), dxfattribs={"layer": L["center"]})
    _rect(msp, x0 - 25, y0 + 2, 25, 22, L["outline"], old)
    _rect(msp, x0 + 240, y0 + 2, 20, 40, L["outline"], old)
    tx, ty = 120, 60
    msp.add_circle((tx, ty), 28, dxfattribs={"layer": L["outline"]})
    msp.add_circle((tx, ty), 30, dxfattribs={"layer": L["outline"]})
    msp.add_line((tx, ty - 20), (tx, ty + 45), dxfattribs={"layer": L["outline"]})
    _rect(msp, tx - 10, ty - 22, 20, 3, L["outline"], old)
    _dim(msp, (tx - 30, ty - 32), (tx + 30, ty - 32), (tx - 30, ty - 40), old, text="%%c2400")
    _dim(msp, (x0, y0), (x0 + 240, y0), (x0, y0 - 16), old, text="12000")


def geom_mold(msp: Any, spec: dict[str, Any], old: bool) -> None:
    L, g = spec["layer_map"], spec["g"]
    x0, y0 = 50, 110
    W, H = g["size"]
    _rect(msp, x0, y0, W, H, L["outline"], old)
    n = g["cavities"]
    cw = (W - 20) / n
    for i in range(n):
        cx = x0 + 10 + cw * (i + 0.5)
        msp.add_arc((cx, y0 + H / 2 - 30), 40, 70, 110, dxfattribs={"layer": L["outline"]})
        msp.add_arc((cx, y0 + H / 2 - 30), 32, 70, 110, dxfattribs={"layer": L["outline"]})
        msp.add_line((cx, y0 + 5), (cx, y0 + H - 5), dxfattribs={"layer": L["center"]})
    _rect(msp, x0 + W + 30, y0, 60, H, L["outline"], old)
    for i in range(4):
        msp.add_line(
            (x0 + W + 30, y0 + 12 + i * (H - 24) / 3),
            (x0 + W + 90, y0 + 12 + i * (H - 24) / 3),
            dxfattribs={"layer": L["hidden"]},
        )
    _dim(msp, (x0, y0), (x0 + W, y0), (x0, y0 - 12), old)
    _dim(msp, (x0, y0), (x0, y0 + H), (x0 - 12, y0), old, angle=90)


def geom_patent(msp: Any, spec: dict[str, Any], old: bool) -> None:
    """Schematic for a patent figure: boxes, pipes, numbered leaders (no title block)."""
    L, g = spec["layer_map"], spec["g"]
    for x, y, w, h in g["boxes"]:
        _rect(msp, x, y, w, h, L["outline"], old)
    for pts in g["pipes"]:
        _pl(msp, pts, L["outline"], old)
    for num, (px, py), (tx, ty) in g["leaders"]:
        msp.add_line((px, py), (tx, ty), dxfattribs={"layer": L["outline"]})
        msp.add_text(str(num), height=4.0, dxfattribs={"layer": L["text"]}).set_placement((tx + 1, ty))
    for x, y, r in g.get("circles", []):
        msp.add_circle((x, y), r, dxfattribs={"layer": L["outline"]})


def _frame(msp: Any, w: float, h: float, layer: str, old: bool) -> None:
    _pl(msp, [(0, 0), (w, 0), (w, h), (0, h)], layer, old, close=True)
    _pl(msp, [(25, 5), (w - 5, 5), (w - 5, h - 5), (25, h - 5)], layer, old, close=True)


def build_dxf(spec: dict[str, Any]) -> bytes:
    ver = spec.get("version", "R2018")
    old = ver in ("R12",)
    doc = ezdxf.new(ver, setup=not old)
    if spec.get("encoding"):
        doc.encoding = spec["encoding"]
    if not old:
        doc.units = 4  # mm
    _dxf_layers(doc, spec["layers"])
    msp = doc.modelspace()
    L = spec["layer_map"]
    _DIM_LAYER[0] = L["dim"]
    W, H = spec.get("sheet", (420, 297))
    if spec.get("frame", True):
        _frame(msp, W, H, L["frame"], old)
    if spec.get("tb"):
        _title_block_def(doc, spec, old)
        _insert_title_block(doc, msp, spec, (W - 185, 5))
    geom = globals()["geom_" + spec["geom"]]
    geom(msp, spec, old)
    for x, y, text, h in spec.get("texts", []):
        msp.add_text(text, height=h, dxfattribs={"layer": L["text"]}).set_placement((x, y))
    if spec.get("notes"):
        nx, ny, nw = spec.get("notes_at", (W - 185, H - 12, 178))
        if old:
            _text_lines(msp, spec["notes"].split("\n"), nx, ny, 3.0, L["text"], step=5.0)
        else:
            mt = msp.add_mtext(spec["notes"], dxfattribs={"layer": L["text"], "char_height": 3.0})
            mt.set_location((nx, ny))
            mt.dxf.width = nw
            mt.dxf.line_spacing_factor = 1.1
    if spec.get("bom"):
        bx, by = spec.get("bom_at", (W - 185, 61))
        rows = spec["bom"]
        widths = spec.get("bom_widths", [10, 40, 50, 15, 30, 35])
        for r, row in enumerate(rows):
            y = by + 7 * r
            x = bx
            msp.add_line((bx, y + 7), (bx + sum(widths), y + 7), dxfattribs={"layer": L["frame"]})
            for w, cell in zip(widths, row, strict=False):
                msp.add_text(str(cell), height=2.5, dxfattribs={"layer": L["text"]}).set_placement(
                    (x + 1, y + 2)
                )
                msp.add_line((x, y), (x, y + 7), dxfattribs={"layer": L["frame"]})
                x += w
            msp.add_line((x, y), (x, y + 7), dxfattribs={"layer": L["frame"]})
    stream = io.StringIO()
    doc.write(stream)
    return doc.encode(stream.getvalue())


def dxf_doc_bytes(spec: dict[str, Any]) -> bytes:
    return build_dxf(spec)


def gen_dxf() -> None:
    for spec in C.DXF:
        rel = f"dxf/{spec['name']}"
        write(rel, build_dxf(spec))
        record(rel, "dxf", spec["label"])


# --------------------------------------------------------------------------------------
# STEP (ISO 10303-21) written by hand
# --------------------------------------------------------------------------------------
def step_str(s: str) -> str:
    """Encode a string as a STEP literal body (\\X2\\ for non-Latin-1, quotes doubled)."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            out.append("\\X2\\" + "".join(f"{ord(ch):04X}" for ch in buf) + "\\X0\\")
            buf.clear()

    for ch in s:
        if ord(ch) > 126:
            buf.append(ch)
        else:
            flush()
            out.append("''" if ch == "'" else ("\\\\" if ch == "\\" else ch))
    flush()
    return "".join(out)


class StepWriter:
    def __init__(self) -> None:
        self.n = 0
        self.lines: list[str] = []

    def add(self, body: str) -> int:
        self.n += 1
        self.lines.append(f"#{self.n}={body};")
        return self.n

    def s(self, text: str) -> str:
        return "'" + step_str(text) + "'"


def _step_box(
    w: StepWriter, ctx: int, dims: tuple[float, float, float], origin: tuple[float, float, float], name: str
) -> int:
    """A faceted box as a MANIFOLD_SOLID_BREP (8 vertices, 6 planar faces)."""
    x0, y0, z0 = origin
    dx, dy, dz = dims
    pts = [
        (x0, y0, z0),
        (x0 + dx, y0, z0),
        (x0 + dx, y0 + dy, z0),
        (x0, y0 + dy, z0),
        (x0, y0, z0 + dz),
        (x0 + dx, y0, z0 + dz),
        (x0 + dx, y0 + dy, z0 + dz),
        (x0, y0 + dy, z0 + dz),
    ]
    vp = [w.add(f"CARTESIAN_POINT('',({p[0]:.4f},{p[1]:.4f},{p[2]:.4f}))") for p in pts]
    vv = [w.add(f"VERTEX_POINT('',#{p})") for p in vp]
    faces_idx = [(0, 3, 2, 1), (4, 5, 6, 7), (0, 1, 5, 4), (1, 2, 6, 5), (2, 3, 7, 6), (3, 0, 4, 7)]
    normals = [(0, 0, -1), (0, 0, 1), (0, -1, 0), (1, 0, 0), (0, 1, 0), (-1, 0, 0)]
    edges: dict[tuple[int, int], int] = {}
    faces = []
    for fi, (idx, nrm) in enumerate(zip(faces_idx, normals, strict=True)):
        oes = []
        for k in range(4):
            a, b = idx[k], idx[(k + 1) % 4]
            key = (min(a, b), max(a, b))
            if key not in edges:
                pa, pb = pts[key[0]], pts[key[1]]
                d = [pb[j] - pa[j] for j in range(3)]
                ln = math.sqrt(sum(c * c for c in d)) or 1.0
                dr = w.add(f"DIRECTION('',({d[0] / ln:.6f},{d[1] / ln:.6f},{d[2] / ln:.6f}))")
                vec = w.add(f"VECTOR('',#{dr},1.)")
                line = w.add(f"LINE('',#{vp[key[0]]},#{vec})")
                edges[key] = w.add(f"EDGE_CURVE('',#{vv[key[0]]},#{vv[key[1]]},#{line},.T.)")
            same = ".T." if (a, b) == key else ".F."
            oes.append(w.add(f"ORIENTED_EDGE('',*,*,#{edges[key]},{same})"))
        loop = w.add(f"EDGE_LOOP('',({','.join('#' + str(o) for o in oes)}))")
        bound = w.add(f"FACE_OUTER_BOUND('',#{loop},.T.)")
        org = w.add(f"CARTESIAN_POINT('',({pts[idx[0]][0]:.4f},{pts[idx[0]][1]:.4f},{pts[idx[0]][2]:.4f}))")
        nd = w.add(f"DIRECTION('',({nrm[0]:.1f},{nrm[1]:.1f},{nrm[2]:.1f}))")
        rd = w.add("DIRECTION('',(1.,0.,0.))" if nrm[0] == 0 else "DIRECTION('',(0.,1.,0.))")
        ax = w.add(f"AXIS2_PLACEMENT_3D('',#{org},#{nd},#{rd})")
        pl = w.add(f"PLANE('',#{ax})")
        faces.append(w.add(f"ADVANCED_FACE('',(#{bound}),#{pl},.T.)"))
        del fi
    shell = w.add(f"CLOSED_SHELL('',({','.join('#' + str(f) for f in faces)}))")
    return w.add(f"MANIFOLD_SOLID_BREP({w.s(name)},#{shell})")


def build_step(spec: dict[str, Any]) -> bytes:
    w = StepWriter()
    system = spec["system"]
    app = w.add(
        "APPLICATION_CONTEXT('automotive design')"
        if system != "creo"
        else "APPLICATION_CONTEXT('configuration controlled 3d designs of mechanical parts and assemblies')"
    )
    w.add(
        f"APPLICATION_PROTOCOL_DEFINITION('international standard','{spec['schema_short']}',"
        f"{spec.get('ap_year', 2000)},#{app})"
    )
    pctx = w.add(f"PRODUCT_CONTEXT('',#{app},'mechanical')")
    pdctx = w.add(f"PRODUCT_DEFINITION_CONTEXT('part definition',#{app},'design')")
    len_u = w.add("(LENGTH_UNIT()NAMED_UNIT(*)SI_UNIT(.MILLI.,.METRE.))")
    ang_u = w.add("(NAMED_UNIT(*)PLANE_ANGLE_UNIT()SI_UNIT($,.RADIAN.))")
    sa_u = w.add("(NAMED_UNIT(*)SI_UNIT($,.STERADIAN.)SOLID_ANGLE_UNIT())")
    unc = w.add(
        f"UNCERTAINTY_MEASURE_WITH_UNIT(LENGTH_MEASURE(1.E-05),#{len_u},'distance_accuracy_value',"
        "'confusion accuracy')"
    )
    gctx = w.add(
        f"(GEOMETRIC_REPRESENTATION_CONTEXT(3)GLOBAL_UNCERTAINTY_ASSIGNED_CONTEXT((#{unc}))"
        f"GLOBAL_UNIT_ASSIGNED_CONTEXT((#{len_u},#{ang_u},#{sa_u}))REPRESENTATION_CONTEXT('',''))"
    )
    o = w.add("CARTESIAN_POINT('',(0.,0.,0.))")
    z = w.add("DIRECTION('',(0.,0.,1.))")
    xdir = w.add("DIRECTION('',(1.,0.,0.))")
    world = w.add(f"AXIS2_PLACEMENT_3D('',#{o},#{z},#{xdir})")
    pds: list[tuple[int, int, dict[str, Any]]] = []
    for part in spec["parts"]:
        prod = w.add(f"PRODUCT({w.s(part['id'])},{w.s(part['name'])},{w.s(part.get('desc', ''))},(#{pctx}))")
        w.add(f"PRODUCT_RELATED_PRODUCT_CATEGORY('part',$,(#{prod}))")
        pdf_ = w.add(
            f"PRODUCT_DEFINITION_FORMATION_WITH_SPECIFIED_SOURCE('{part.get('rev', 'A')}',"
            f"'',#{prod},.NOT_KNOWN.)"
            if system == "creo"
            else f"PRODUCT_DEFINITION_FORMATION('{part.get('rev', '')}','',#{prod})"
        )
        pd = w.add(f"PRODUCT_DEFINITION('design','',#{pdf_},#{pdctx})")
        pds_ = w.add(f"PRODUCT_DEFINITION_SHAPE('','',#{pd})")
        items = []
        if part.get("box"):
            items.append(_step_box(w, gctx, part["box"], part.get("at", (0, 0, 0)), part["name"]))
        rep = w.add(
            f"ADVANCED_BREP_SHAPE_REPRESENTATION({w.s(part['id'])},"
            f"({','.join('#' + str(i) for i in [*items, world])}),#{gctx})"
        )
        w.add(f"SHAPE_DEFINITION_REPRESENTATION(#{pds_},#{rep})")
        for pname, ptext in part.get("props", []):
            prop = w.add(f"PROPERTY_DEFINITION({w.s(pname)},'user defined attribute',#{pd})")
            dri = w.add(f"DESCRIPTIVE_REPRESENTATION_ITEM({w.s(pname)},{w.s(ptext)})")
            drep = w.add(f"REPRESENTATION('',(#{dri}),#{gctx})")
            w.add(f"PROPERTY_DEFINITION_REPRESENTATION(#{prop},#{drep})")
        if part.get("material"):
            mprop = w.add(f"PROPERTY_DEFINITION('material property','material name',#{pds_})")
            mdri = w.add(f"DESCRIPTIVE_REPRESENTATION_ITEM('material name',{w.s(part['material'])})")
            mrep = w.add(f"REPRESENTATION('material name',(#{mdri}),#{gctx})")
            w.add(f"PROPERTY_DEFINITION_REPRESENTATION(#{mprop},#{mrep})")
        pds.append((pd, rep, part))
    # assembly structure: first part is the top assembly
    if len(pds) > 1:
        top_pd = pds[0][0]
        for k, (pd, _rep, part) in enumerate(pds[1:], start=1):
            w.add(f"NEXT_ASSEMBLY_USAGE_OCCURRENCE('{k}',{w.s(part['id'] + ':1')},'',#{top_pd},#{pd},$)")
    for label, text in spec.get("notes", []):
        dri = w.add(f"DESCRIPTIVE_REPRESENTATION_ITEM({w.s(label)},{w.s(text)})")
        prop = w.add(f"PROPERTY_DEFINITION({w.s(label)},'note',#{pds[0][0]})")
        drep = w.add(f"REPRESENTATION('',(#{dri}),#{gctx})")
        w.add(f"PROPERTY_DEFINITION_REPRESENTATION(#{prop},#{drep})")
    h = spec["header"]
    head = [
        "ISO-10303-21;",
        "HEADER;",
    ]
    head.append(
        "FILE_DESCRIPTION((" + ",".join("'" + step_str(d) + "'" for d in h["description"]) + "),'2;1');"
    )
    head.append(
        f"FILE_NAME('{step_str(h['file'])}','{h['time']}',("
        + ",".join("'" + step_str(a) + "'" for a in h["author"])
        + "),("
        + ",".join("'" + step_str(a) + "'" for a in h["org"])
        + f"),'{h['preproc']}','{h['system']}',"
        f"'{step_str(h.get('auth', ''))}');"
    )
    head.append(f"FILE_SCHEMA(('{h['schema']}'));")
    head.append("ENDSEC;")
    body = ["DATA;"]
    for line in w.lines:
        # wrap long records the way most exporters do (continuation without indentation)
        while len(line) > 100 and system == "nx":
            cut = line.rfind(",", 0, 100)
            if cut < 20:
                break
            body.append(line[: cut + 1])
            line = line[cut + 1 :]
        body.append(line)
    body += ["ENDSEC;", "END-ISO-10303-21;"]
    text = "\n".join(head + body) + "\n"
    eol = "\r\n" if system in ("sw", "creo") else "\n"
    return text.replace("\n", eol).encode("ascii")


def gen_step() -> None:
    for spec in C.STEP:
        rel = f"step/{spec['name']}"
        write(rel, build_step(spec))
        record(rel, "step", spec["label"])


# --------------------------------------------------------------------------------------
# plain-text formats: NC programs and simulation decks
# --------------------------------------------------------------------------------------
def encode_text(spec: dict[str, Any]) -> bytes:
    text = spec["text"]
    if spec.get("strip_first_newline", True) and text.startswith("\n"):
        text = text[1:]
    eol = spec.get("eol", "\n")
    if eol != "\n":
        text = text.replace("\n", eol)
    data = text.encode(spec.get("encoding", "utf-8"))
    if spec.get("bom"):
        data = b"\xef\xbb\xbf" + data
    return data


def gen_nc() -> None:
    for spec in C.NC:
        rel = f"nc/{spec['name']}"
        write(rel, encode_text(spec))
        record(rel, "nc", spec["label"])


def sim_bytes(spec: dict[str, Any]) -> bytes:
    if "csv" in spec:
        header, rows, comments = spec["csv"]
        return csv_bytes([header, *rows()], spec.get("encoding", "utf-8"), comments)
    return encode_text(spec)


def gen_sim() -> None:
    for spec in C.SIM:
        rel = f"sim/{spec['name']}"
        write(rel, sim_bytes(spec))
        record(rel, "sim", spec["label"])


# --------------------------------------------------------------------------------------
# PPTX
# --------------------------------------------------------------------------------------
def build_pptx(spec: dict[str, Any]) -> bytes:
    prs = Presentation()
    prs.slide_width = Emu(12192000)
    prs.slide_height = Emu(6858000)
    for i, sd in enumerate(spec["slides"], start=1):
        if sd.get("layout") == "title":
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = sd["title"]
            slide.placeholders[1].text = sd.get("subtitle", "")
        elif "table" in sd:
            slide = prs.slides.add_slide(prs.slide_layouts[5])
            slide.shapes.title.text = sd["title"]
            rows = sd["table"]
            top = Emu(1500000)
            if sd.get("bullets"):
                tb = slide.shapes.add_textbox(Emu(600000), Emu(1300000), Emu(11000000), Emu(500000))
                tb.text_frame.text = " / ".join(sd["bullets"])
                top = Emu(1900000)
            shape = slide.shapes.add_table(
                len(rows), len(rows[0]), Emu(600000), top, Emu(11000000), Emu(380000 * len(rows))
            )
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = shape.table.cell(r, c)
                    cell.text = str(val)
                    for p in cell.text_frame.paragraphs:
                        for run in p.runs:
                            run.font.size = PPt(14 if r else 15)
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[1])
            slide.shapes.title.text = sd["title"]
            tf = slide.placeholders[1].text_frame
            for k, b in enumerate(sd.get("bullets", [])):
                level = 1 if b.startswith(">") else 0
                p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                p.text = b.lstrip(">")
                p.level = level
                for run in p.runs:
                    run.font.size = PPt(20 if level == 0 else 17)
        if spec.get("footer"):
            ft = slide.shapes.add_textbox(Emu(400000), Emu(6400000), Emu(9000000), Emu(300000))
            ft.text_frame.text = spec["footer"]
            for run in ft.text_frame.paragraphs[0].runs:
                run.font.size = PPt(10)
            num = slide.shapes.add_textbox(Emu(11200000), Emu(6400000), Emu(600000), Emu(300000))
            num.text_frame.text = str(i)
        if sd.get("notes"):
            slide.notes_slide.notes_text_frame.text = sd["notes"]
    cp = prs.core_properties
    cp.title = spec["title"]
    cp.author = spec["author"]
    cp.last_modified_by = spec["author"]
    cp.revision = 7
    cp.created = datetime(2025, 4, 1, 8, 0, 0)
    cp.modified = datetime(2025, 6, 10, 17, 45, 0)
    buf = io.BytesIO()
    prs.save(buf)
    return renormalize_zip(buf.getvalue())


def gen_pptx() -> None:
    for spec in C.PPTX:
        rel = f"pptx/{spec['name']}"
        write(rel, build_pptx(spec))
        record(rel, "pptx", spec["label"])


# --------------------------------------------------------------------------------------
# scanned pages
# --------------------------------------------------------------------------------------
FONT_FILES = {
    "cjk": (CJK_FONT, 0),
    "serif": (str(DEJAVU / "DejaVuSerif.ttf"), 0),
    "sans": (str(DEJAVU / "DejaVuSans.ttf"), 0),
    "bold": (str(DEJAVU / "DejaVuSans-Bold.ttf"), 0),
    "mono": (str(DEJAVU / "DejaVuSansMono.ttf"), 0),
    "hand": (str(DEJAVU / "DejaVuSans-Oblique.ttf"), 0),
    "serifb": (str(DEJAVU / "DejaVuSerif-Bold.ttf"), 0),
    "cond": (str(DEJAVU / "DejaVuSansCondensed.ttf"), 0),
}
_FONTS: dict[tuple[str, int], Any] = {}


def font(kind: str, px: int) -> Any:
    key = (kind, px)
    if key not in _FONTS:
        path, idx = FONT_FILES[kind]
        _FONTS[key] = ImageFont.truetype(path, px, index=idx)
    return _FONTS[key]


def _has_cjk(s: str) -> bool:
    return any(ord(c) > 0x2E80 for c in s)


class Page:
    """A page drawn like a printed form; ``finish`` makes it look scanned."""

    def __init__(
        self,
        seed: int,
        size: tuple[int, int] = (1240, 1754),
        ink: tuple[int, int, int] = (22, 22, 22),
        margin: int = 95,
        kind: str = "cjk",
    ) -> None:
        self.size = size
        self.img = Image.new("RGB", size, (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.rng = random.Random(seed)
        self.ink = ink
        self.m = margin
        self.y = margin
        self.w = size[0] - 2 * margin
        self.kind = kind

    def k(self, s: str, kind: str | None = None) -> str:
        kind = kind or self.kind
        return "cjk" if _has_cjk(s) and kind != "cjk" else kind

    def text(
        self,
        x: float,
        y: float,
        s: str,
        px: int = 28,
        kind: str | None = None,
        fill: tuple[int, int, int] | None = None,
    ) -> None:
        self.d.text((x, y), s, font=font(self.k(s, kind), px), fill=fill or self.ink)

    def tlen(self, s: str, px: int, kind: str | None = None) -> float:
        return self.d.textlength(s, font=font(self.k(s, kind), px))

    def line(
        self,
        s: str,
        px: int = 28,
        kind: str | None = None,
        align: str = "left",
        gap: int = 12,
        indent: int = 0,
        fill: tuple[int, int, int] | None = None,
    ) -> None:
        x = self.m + indent
        if align == "center":
            x = (self.size[0] - self.tlen(s, px, kind)) / 2
        elif align == "right":
            x = self.size[0] - self.m - self.tlen(s, px, kind)
        self.text(x, self.y, s, px, kind, fill)
        self.y += px + gap

    def wrap(self, s: str, px: int, width: float, kind: str | None = None) -> list[str]:
        out: list[str] = []
        cur = ""
        tokens = re.findall(r"[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+", s)
        for tok in tokens:
            cand = cur + tok
            if self.tlen(cand.rstrip(), px, kind) > width and cur.strip():
                out.append(cur.rstrip())
                cur = tok.lstrip()
            else:
                cur = cand
        if cur.strip():
            out.append(cur.rstrip())
        return out

    def para(
        self, s: str, px: int = 27, kind: str | None = None, gap: int = 10, indent: int = 0, hanging: int = 0
    ) -> None:
        lines = self.wrap(s, px, self.w - indent - hanging, kind)
        for i, ln in enumerate(lines):
            self.line(ln, px, kind, gap=gap, indent=indent + (hanging if i else 0))

    def rule(self, width: int = 2, gap: int = 14) -> None:
        self.d.line((self.m, self.y, self.size[0] - self.m, self.y), fill=self.ink, width=width)
        self.y += gap

    def hand(
        self, x: float, y: float, s: str, px: int = 28, fill: tuple[int, int, int] = (25, 45, 125)
    ) -> None:
        """Handwriting-like entry: per-glyph jitter and tilt in blue ink."""
        cx = x
        kind = "cjk" if _has_cjk(s) else "hand"
        f = font(kind, px)
        for ch in s:
            wdt = int(self.d.textlength(ch, font=f)) + 6
            if ch == " ":
                cx += wdt - 4
                continue
            tile = Image.new("L", (wdt + 8, px + 14), 0)
            ImageDraw.Draw(tile).text((4, 2), ch, font=f, fill=255)
            tile = tile.rotate(self.rng.uniform(-5, 5), resample=Image.BICUBIC)
            color = Image.new("RGB", tile.size, fill)
            self.img.paste(color, (int(cx), int(y + self.rng.uniform(-2, 2))), tile)
            cx += wdt - 5 + self.rng.uniform(-1, 1)

    def table(
        self,
        colw: list[float],
        rows: list[list[str]],
        px: int = 24,
        rowh: int | None = None,
        hand_cols: tuple[int, ...] = (),
        head_rows: int = 1,
        x0: float | None = None,
        width: float | None = None,
        hand_from_row: int = 1,
    ) -> None:
        rowh_min = rowh or px + 22
        x0 = self.m if x0 is None else x0
        width = width or self.w
        tot = sum(colw)
        xs = [x0]
        for c in colw:
            xs.append(xs[-1] + c / tot * width)
        layout = []
        for row in rows:
            cells = [
                self.wrap(cell, px, xs[c + 1] - xs[c] - 14) if cell else [] for c, cell in enumerate(row)
            ]
            n = max([len(x) for x in cells] + [1])
            layout.append((cells, max(rowh_min, n * (px + 6) + 16)))
        y = self.y
        ys = [y]
        for r, (cells, h) in enumerate(layout):
            for c, lines in enumerate(cells):
                ty = y + (h - len(lines) * (px + 6) + 6) / 2 - 2
                for ln in lines:
                    if c in hand_cols and r >= hand_from_row:
                        self.hand(xs[c] + 8, ty, ln, px)
                    else:
                        kind = "bold" if r < head_rows and not _has_cjk(ln) else None
                        self.text(xs[c] + 6, ty, ln, px, kind)
                    ty += px + 6
            y += h
            ys.append(y)
        for r, yy in enumerate(ys):
            wdt = 3 if r in (0, head_rows, len(rows)) else 1
            self.d.line((x0, yy, x0 + width, yy), fill=self.ink, width=wdt)
        for i, x in enumerate(xs):
            self.d.line((x, ys[0], x, ys[-1]), fill=self.ink, width=3 if i in (0, len(xs) - 1) else 1)
        self.y = ys[-1] + 18

    def fields(
        self, items: list[tuple[str, str]], cols: int = 2, px: int = 26, hand: bool = True, box_h: int = 50
    ) -> None:
        """Form boxes: label printed, value hand-written (or typed)."""
        colw = self.w / cols
        for i, (lab, val) in enumerate(items):
            c = i % cols
            if c == 0 and i:
                self.y += box_h
            x = self.m + c * colw
            self.d.rectangle((x, self.y, x + colw, self.y + box_h), outline=self.ink, width=2)
            self.text(x + 8, self.y + (box_h - px) / 2 - 2, lab, px - 2)
            vx = x + 16 + self.tlen(lab, px - 2)
            if hand:
                self.hand(vx, self.y + (box_h - px) / 2 - 2, val, px)
            else:
                self.text(vx, self.y + (box_h - px) / 2 - 2, val, px)
        self.y += box_h + 18

    def checkbox(self, x: float, y: float, label: str, checked: bool, px: int = 26) -> None:
        self.d.rectangle((x, y + 4, x + px - 4, y + px), outline=self.ink, width=2)
        if checked:
            self.d.line(
                (x + 3, y + px / 2, x + px / 3, y + px - 3, x + px + 2, y - 2), fill=(25, 45, 125), width=4
            )
        self.text(x + px + 6, y, label, px)

    def signature(
        self, x: float, y: float, w: float = 190, color: tuple[int, int, int] = (20, 35, 110)
    ) -> None:
        pts = []
        n = 40
        ph = self.rng.uniform(0, 6)
        for i in range(n):
            t = i / (n - 1)
            px_ = x + t * w + 10 * math.sin(t * 19 + ph)
            py_ = y + 16 * math.sin(t * 13 + ph) * (1 - 0.5 * t) + self.rng.uniform(-2, 2)
            pts.append((px_, py_))
        self.d.line(pts, fill=color, width=3, joint="curve")
        self.d.line([(x + 0.1 * w, y + 22), (x + 0.95 * w, y + 14)], fill=color, width=2)

    def stamp(
        self,
        cx: float,
        cy: float,
        r: int,
        text: str,
        bottom: str = "",
        color: tuple[int, int, int] = (205, 35, 40),
    ) -> None:
        layer = Image.new("L", self.size, 0)
        ld = ImageDraw.Draw(layer)
        ld.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=max(5, r // 22))
        f = font("cjk", max(18, int(r * 0.27)))
        n = len(text)
        span = min(250.0, 22.0 * n)
        for i, ch in enumerate(text):
            ang = math.radians(90 + span / 2 - (span * (i + 0.5) / n))
            tx, ty = cx + (r * 0.72) * math.cos(ang), cy - (r * 0.72) * math.sin(ang)
            tile = Image.new("L", (f.size + 8, f.size + 8), 0)
            ImageDraw.Draw(tile).text((4, 0), ch, font=f, fill=255)
            tile = tile.rotate(math.degrees(ang) - 90, resample=Image.BICUBIC)
            layer.paste(255, (int(tx - tile.size[0] / 2), int(ty - tile.size[1] / 2)), tile)
        star_r = r * 0.22
        star = []
        for i in range(10):
            a = math.radians(90 + i * 36)
            rr = star_r if i % 2 == 0 else star_r * 0.42
            star.append((cx + rr * math.cos(a), cy - rr * math.sin(a)))
        ld.polygon(star, fill=255)
        if bottom:
            fb = font("cjk", max(16, int(r * 0.2)))
            tw = ld.textlength(bottom, font=fb)
            ld.text((cx - tw / 2, cy + r * 0.38), bottom, font=fb, fill=255)
        # ink is patchy
        noise = Image.frombytes("L", self.size, self.rng.randbytes(self.size[0] * self.size[1]))
        noise = noise.filter(ImageFilter.BoxBlur(2)).point(lambda v: 255 if v > 118 else 110)
        from PIL import ImageChops

        layer = ImageChops.multiply(layer, noise)
        self.img.paste(Image.new("RGB", self.size, color), (0, 0), layer.point(lambda v: int(v * 0.8)))

    def finish(
        self,
        seed: int,
        angle: float = 0.0,
        speckle: int = 250,
        blur: float = 0.5,
        shade: tuple[int, int] = (246, 236),
    ) -> Image.Image:
        rng = random.Random(seed)
        img = self.img
        w, h = self.size
        # uneven paper / lamp: horizontal+vertical gradient multiplied in
        grad = Image.linear_gradient("L").resize((w, h)).rotate(rng.choice([0, 90, 180, 270]), expand=False)
        lo, hi = shade
        grad = grad.point(lambda v: lo + (hi - lo) * v // 255)
        from PIL import ImageChops

        img = ImageChops.multiply(img, Image.merge("RGB", (grad, grad, grad)))
        d = ImageDraw.Draw(img)
        for _ in range(speckle):
            x, y = rng.randrange(w), rng.randrange(h)
            s = rng.choice([1, 1, 1, 2, 2, 3])
            g = rng.randrange(60, 170)
            d.ellipse((x, y, x + s, y + s), fill=(g, g, g))
        if angle:
            img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(lo + 4, lo + 4, lo + 2))
        if blur:
            img = img.filter(ImageFilter.GaussianBlur(blur))
        return img


def render_blocks(spec: dict[str, Any], seed: int) -> Page:
    """Draw a page from a list of content blocks."""
    size = spec.get("size", (1240, 1754))
    pg = Page(
        seed,
        size=size,
        ink=tuple(spec.get("ink", (22, 22, 22))),
        kind=spec.get("kind", "cjk"),
        margin=spec.get("margin", 95),
    )
    for blk in spec["blocks"]:
        op, *args = blk
        if op == "header":
            left, right = args
            hp = 24 if size[0] < 1500 else 30
            pg.text(pg.m, 40, left, hp)
            pg.text(size[0] - pg.m - pg.tlen(right, hp), 40, right, hp)
            pg.d.line((pg.m, 50 + hp, size[0] - pg.m, 50 + hp), fill=pg.ink, width=1)
            pg.y = max(pg.y, 75 + hp)
        elif op == "footer":
            (text,) = args
            fp = 24 if size[0] < 1500 else 30
            pg.d.line((pg.m, size[1] - 88, size[0] - pg.m, size[1] - 88), fill=pg.ink, width=1)
            pg.text(pg.m, size[1] - 78, text, fp)
        elif op == "title":
            text, px = args[0], (args[1] if len(args) > 1 else 40)
            tk = "bold" if not _has_cjk(text) else None
            while px > 26 and pg.tlen(text, px, tk) > pg.w:
                px -= 2
            pg.line(text, px, tk, align="center", gap=18)
        elif op == "center":
            text, px = args[0], (args[1] if len(args) > 1 else 26)
            pg.line(text, px, align="center", gap=10)
        elif op == "right":
            text, px = args[0], (args[1] if len(args) > 1 else 24)
            pg.line(text, px, align="right", gap=10)
        elif op == "lines":
            px = args[1] if len(args) > 1 else 27
            for ln in args[0]:
                pg.para(ln, px, hanging=px * 2 if ln[:2].strip().rstrip(".、").isdigit() else 0)
        elif op == "mono":
            px = args[1] if len(args) > 1 else 24
            for ln in args[0]:
                pg.line(ln, px, "mono", gap=8)
        elif op == "table":
            colw, rows, opts = args[0], args[1], (args[2] if len(args) > 2 else {})
            pg.table(colw, rows, **opts)
        elif op == "fields":
            items, opts = args[0], (args[1] if len(args) > 1 else {})
            pg.fields(items, **opts)
        elif op == "checks":
            x = pg.m
            for lab, on in args[0]:
                pg.checkbox(x, pg.y, lab, on)
                x += pg.tlen(lab, 26) + 80
            pg.y += 44
        elif op == "gap":
            pg.y += args[0]
        elif op == "rule":
            pg.rule()
        elif op == "sigs":
            x = pg.m
            for lab, _name in args[0]:
                pg.text(x, pg.y, lab, 26)
                pg.signature(x + pg.tlen(lab, 26) + 10, pg.y + 10, 150)
                x += pg.w / len(args[0])
            pg.y += 60
        elif op == "handline":
            text, px = args[0], (args[1] if len(args) > 1 else 28)
            pg.hand(pg.m + 20, pg.y, text, px)
            pg.y += px + 16
        elif op == "stamp":
            cx, cy, r, text, *rest = args
            pg.stamp(cx, cy, r, text, rest[0] if rest else "")
        elif op == "at":
            x, y, text, px = args
            pg.text(x, y, text, px)
        else:
            raise ValueError(op)
    return pg


def scan_image(spec: dict[str, Any]) -> Image.Image:
    pg = render_blocks(spec, spec["seed"])
    return pg.finish(
        spec["seed"] + 1,
        angle=spec.get("angle", 0.0),
        blur=spec.get("blur", 0.5),
        speckle=spec.get("speckle", 260),
    )


def save_scan(img: Image.Image, spec: dict[str, Any]) -> bytes:
    dpi = 200 if img.size[0] > 1500 else 150
    buf = io.BytesIO()
    how = spec["save"]
    if how == "png":
        img.convert("L").save(buf, "PNG", optimize=True, dpi=(dpi, dpi))
    elif how == "jpeg":
        img.convert(spec.get("mode", "L")).save(
            buf, "JPEG", quality=spec.get("quality", 80), dpi=(dpi, dpi), optimize=True
        )
    elif how == "tiff-g4":
        img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1").save(
            buf, "TIFF", compression="group4", dpi=(dpi, dpi)
        )
    elif how == "tiff-grey":
        img.convert("L").save(buf, "TIFF", compression="tiff_adobe_deflate", dpi=(dpi, dpi))
    elif how == "pdf":
        img.convert("L").save(
            buf,
            "PDF",
            resolution=float(dpi),
            creationDate=FIXED_DT.timetuple(),
            modDate=FIXED_DT.timetuple(),
            producer="ScanSnap Manager #iX1600",
            creator="ScanSnap Manager #iX1600",
            title=spec["name"].rsplit(".", 1)[0],
        )
    elif how == "docx":
        jb = io.BytesIO()
        img.convert("L").save(jb, "JPEG", quality=78, dpi=(dpi, dpi), optimize=True)
        return make_docx([("image", (jb.getvalue(), 192))], title="", author="scanner")
    else:
        raise ValueError(how)
    return buf.getvalue()


def gen_scans() -> None:
    for spec in C.SCANS:
        rel = f"scans/{spec['name']}"
        data = save_scan(scan_image(spec), spec)
        if len(data) > MAX_SCAN_BYTES:
            raise SystemExit(f"{rel}: {len(data)} bytes > {MAX_SCAN_BYTES}")
        write(rel, data)
        record(rel, "scan", spec["label"])


# --------------------------------------------------------------------------------------
# e-mail
# --------------------------------------------------------------------------------------
def encoded_words(s: str, cs: str) -> str:
    """RFC 2047 B-encoded words the way mail clients write them (charset label upper-case)."""
    import base64

    if s.isascii():
        return s
    words: list[str] = []
    cur = ""
    for ch in s:
        if len((cur + ch).encode(cs)) > 36:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return " ".join(f"=?{cs.upper()}?B?{base64.b64encode(w.encode(cs)).decode()}?=" for w in words)


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    import base64
    import quopri

    part = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n").replace("=0D\n", "\n")
    else:
        payload = text
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    del part["MIME-Version"]
    return part


def _enc_filename(name: str, style: str) -> Any:
    if style == "rfc2231":
        return ("utf-8", "", name)
    if style == "encoded-gb2312":
        return encoded_words(name, "gb2312")
    if style == "encoded-utf8":
        return encoded_words(name, "utf-8")
    return name


MIME_TYPES = {
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "pdf": ("application", "pdf"),
    "csv": ("text", "csv"),
    "dxf": ("application", "dxf"),
    "nc": ("application", "octet-stream"),
    "scan": ("image", "jpeg"),
    "zip": ("application", "x-zip-compressed"),
}


def attachment_bytes(att: dict[str, Any]) -> bytes:
    kind = att["kind"]
    if kind == "docx":
        return make_docx(getattr(C, att["blocks"]), title=att["filename"].rsplit(".", 1)[0], author="user")
    if kind == "xlsx":
        return make_xlsx([("Sheet1", C.PO_XLSX_ROWS)], author="sunli")
    if kind == "pdf":
        return make_pdf_text(att["title"], getattr(C, att["lines"]), author="")
    if kind == "csv":
        return csv_bytes(getattr(C, att["rows"]), att.get("encoding", "utf-8"))
    if kind == "dxf":
        return build_dxf(getattr(C, att["spec"]))
    if kind == "nc":
        return getattr(C, att["text"]).replace("\n", "\r\n").encode("ascii")
    if kind == "scan":
        spec = getattr(C, att["spec"])
        return save_scan(scan_image(spec), spec)
    if kind == "zip":
        return fixed_zip([(name, member_bytes(src)) for name, src in att["members"]])
    raise ValueError(kind)


def member_bytes(src: str) -> bytes:
    """Archive member from a 'kind:NAME' reference into the content module."""
    kind, name = src.split(":", 1)
    if kind == "csv":
        return csv_bytes(getattr(C, name))
    if kind == "csvgb":
        return csv_bytes(getattr(C, name), "gb18030")
    if kind == "pdf":
        return make_pdf_text(name.replace("_", " ").title(), getattr(C, name))
    if kind == "txt":
        return getattr(C, name).replace("\n", "\r\n").encode("utf-8")
    if kind == "txtgb":
        return getattr(C, name).replace("\n", "\r\n").encode("gb18030")
    if kind == "docx":
        return make_docx(getattr(C, name), title=name, author="user")
    if kind == "xlsx":
        return make_xlsx(getattr(C, name), author="user")
    if kind == "dxf":
        return build_dxf(getattr(C, name))
    if kind == "nc":
        return getattr(C, name).replace("\n", "\r\n").encode("ascii")
    if kind == "step":
        return build_step(next(s for s in C.STEP if s["name"] == name))
    if kind == "sim":
        return sim_bytes(next(s for s in C.SIM if s["name"] == name))
    raise ValueError(src)


def _addr(pairs: list[tuple[str, str]], cs: str) -> str:
    out = []
    for name, addr in pairs:
        out.append(f'"{name}" <{addr}>' if name.isascii() else f"{encoded_words(name, cs)} <{addr}>")
    return ", ".join(out)


def _set_headers(msg: Any, spec: dict[str, Any], hop: int) -> None:
    """Envelope headers in the usual order, MIME headers last."""
    import hashlib

    charset = spec["charset"]
    cs = charset if charset in ("gb2312", "gb18030") else "utf-8"
    mime = [
        (k, msg[k]) for k in ("Content-Type", "Content-Transfer-Encoding", "Content-Disposition") if msg[k]
    ]
    for k in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version", "Content-Disposition"):
        del msg[k]
    domain = spec["from"][1].split("@")[1]
    if spec.get("transport", True):
        msg["Return-Path"] = f"<{spec['from'][1]}>"
        msg["Received"] = (
            f"from mx{hop}.{domain} (unknown [10.{hop}.18.{20 + hop}]) by mta{hop}.mailgw.example "
            f"with ESMTPS id {1000 + hop * 37:X}A{hop}C; {spec['date']}"
        )
        msg["Received"] = f"from [192.168.{hop}.{40 + hop}] by mx{hop}.{domain}; {spec['date']}"
    msg["From"] = _addr([spec["from"]], cs)
    msg["To"] = _addr(spec["to"], cs)
    if spec.get("cc"):
        msg["Cc"] = _addr(spec["cc"], cs)
    msg["Subject"] = encoded_words(spec["subject"], cs)
    msg["Date"] = spec["date"]
    msg["Message-ID"] = spec["msgid"]
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
        msg["References"] = spec["in_reply_to"]
    mailer = spec.get("mailer") or ""
    if mailer:
        msg["X-Mailer"] = mailer
    if "Outlook" in mailer:
        digest = hashlib.sha1(spec["msgid"].encode()).hexdigest()
        msg["Thread-Index"] = "AdvK" + digest[:20] + "=="
        msg["Content-Language"] = "zh-CN" if cs != "utf-8" or not spec["subject"].isascii() else "en-US"
    msg["MIME-Version"] = "1.0"
    for k, v in mime:
        msg[k] = v


def build_email(spec: dict[str, Any], idx: int) -> bytes:
    from email import policy

    charset, cte, eol = spec["charset"], spec["cte"], spec["eol"]
    body: Any = text_part(spec["body"], "plain", charset, cte)
    if spec.get("html"):
        alt = MIMEMultipart("alternative")
        alt.attach(body)
        alt.attach(text_part(spec["html"], "html", "utf-8", "quoted-printable"))
        alt.set_boundary(f"----=_NextPart_001_{idx:04X}_01DBC9A2.5E3F7A10")
        del alt["MIME-Version"]
        body = alt
    atts = spec.get("attachments", [])
    if not atts and not spec.get("forward"):
        msg = body
    else:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for att in atts:
            data = attachment_bytes(att)
            maintype, subtype = MIME_TYPES[att["kind"]]
            part = MIMEBase(maintype, subtype)
            del part["MIME-Version"]
            part.set_payload(data)
            encoders.encode_base64(part)
            fname = _enc_filename(att["filename"], att.get("fn_style", "plain"))
            if isinstance(fname, tuple):
                part.set_param("name", fname)
            else:
                part.set_param("name", fname)
            part.add_header("Content-Disposition", "attachment", filename=fname)
            msg.attach(part)
        if spec.get("forward"):
            fw = spec["forward"]
            inner = text_part(fw["body"], "plain", fw["charset"], fw["cte"])
            _set_headers(inner, {**fw, "mailer": None, "transport": False}, 7)
            wrapped = MIMEMessage(inner)
            del wrapped["MIME-Version"]
            wrapped.add_header("Content-Disposition", "attachment", filename=fw["subject"] + ".eml")
            msg.attach(wrapped)
        msg.set_boundary(f"----=_NextPart_000_{idx:04X}_01DBC9A2.5E3F7A10")
    _set_headers(msg, spec, idx)
    buf = io.BytesIO()
    pol = policy.compat32.clone(linesep=eol, max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()


def gen_email() -> None:
    for i, spec in enumerate(C.EMAILS, start=1):
        rel = f"email/{spec['name']}"
        write(rel, build_email(spec, i))
        record(rel, "email", spec["label"])


# --------------------------------------------------------------------------------------
# archives
# --------------------------------------------------------------------------------------
def archive_member(src: str) -> bytes:
    if src.startswith("zip:"):
        name = src[4:]
        return fixed_zip([(n, archive_member(s)) for n, s in C.NESTED[name]])
    return member_bytes(src)


def _with_dirs(members: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    seen: set[str] = set()
    for name, data in members:
        parts = name.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            d = "/".join(parts[:i]) + "/"
            if d not in seen:
                seen.add(d)
                out.append((d, b""))
        out.append((name, data))
    return out


def make_7z(members: list[tuple[str, bytes]]) -> bytes:
    """7z archive with fixed member timestamps (py7zr stamps writestr members with 'now')."""
    from py7zr.helpers import ArchiveTimestamp

    orig = ArchiveTimestamp.__dict__["from_now"]
    ArchiveTimestamp.from_now = classmethod(lambda cls: cls.from_datetime(FIXED_DT.timestamp()))  # type: ignore
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "a.7z"
            with py7zr.SevenZipFile(path, "w") as z:
                for name, data in members:
                    z.writestr(data, name)
            return path.read_bytes()
    finally:
        ArchiveTimestamp.from_now = orig  # type: ignore


def gen_zip() -> None:
    for spec in C.ARCHIVES:
        rel = f"zip/{spec['name']}"
        members = [(name, archive_member(src)) for name, src in spec["members"]]
        data = make_7z(members) if spec["name"].endswith(".7z") else fixed_zip(_with_dirs(members))
        write(rel, data)
        record(rel, "zip", spec["label"])


# --------------------------------------------------------------------------------------
# README and main
# --------------------------------------------------------------------------------------
def write_readme() -> None:
    from collections import Counter

    fmts = ["dxf", "step", "nc", "sim", "pptx", "email", "zip", "scan"]
    by = Counter((r["format"], r["verdict"]) for r in LABELS)
    langs = Counter((r["format"], r["language"]) for r in LABELS)
    rows = []
    for f in fmts:
        n = sum(v for (ff, _), v in by.items() if ff == f)
        rows.append(
            f"| {f} | {SUBDIRS[f]}/ | {n} | {by[(f, 'controlled')]} | {by[(f, 'clear')]} | "
            f"{by[(f, 'excluded')]} | {langs[(f, 'zh')]} / {langs[(f, 'en')]} / {langs[(f, 'mixed')]} |"
        )
    tot = Counter(r["verdict"] for r in LABELS)
    tl = Counter(r["language"] for r in LABELS)
    rows.append(
        f"| **total** | | {len(LABELS)} | {tot['controlled']} | {tot['clear']} | {tot['excluded']} | "
        f"{tl['zh']} / {tl['en']} / {tl['mixed']} |"
    )
    codes = Counter(c for r in LABELS for c in r["control_codes"] if r["verdict"] == "controlled")
    cats = Counter(c for r in LABELS for c in r["categories"])
    hn = sum(1 for r in LABELS if r["hard_negative"])
    excl = Counter(r["exclusion"] for r in LABELS if r["exclusion"])
    text = (
        """# Format evaluation batch B (held out)

An independent, labelled evaluation batch of engineering and office formats: CAD drawings (DXF),
STEP exports, NC programs, simulation decks and parameter files, PPTX decks, e-mails (.eml),
archives (.zip/.7z) and scanned pages (PNG, JPEG, TIFF incl. 1-bit G4, image-only PDF, DOCX with a
pasted page image). Written to look like documents of rare-earth mines, separation plants, metal
smelters, magnet makers, recyclers, design institutes, machine shops, their customers and
neighbouring industries. Every company, person, number and value is fictional.

**This batch is held out. Never use it for training, lexicon building, threshold tuning or any other
fitting of the scanner; it exists only to measure it.** It was written without looking at the
scanner's output or at the first format batch (`../corpus-formats/`).

## Counts

| format | folder | files | controlled | clear | excluded | zh / en / mixed |
|---|---|---|---|---|---|---|
"""
        + "\n".join(rows)
        + f"""

Controlled documents by clause: 1E902.a {codes["1E902.a"]}, 1E902.b {codes["1E902.b"]}
(a document with both counts in both). Categories over all labelled documents (controlled and
excluded): {", ".join(f"{k} {v}" for k, v in sorted(cats.items()))}. Hard negatives: {hn}.
Exclusions: {", ".join(f"{k} {v}" for k, v in sorted(excl.items()))}.

## Labels

`labels.jsonl` has one object per top-level file with the fields of `../corpus/README.md`
(`file` is the path relative to this folder) plus `format`
(`dxf|step|nc|sim|pptx|email|zip|scan`). Labelling follows `shared/docs/DOMAIN.md`:

- An e-mail takes the most severe label of its body and attachments; its `carrier` is `email` when
  the body carries the content, otherwise the carrier of the attachment that does.
- An archive takes its most severe member's label and carrier (nested archives included).
- DOCX files whose only content is a pasted page image are labelled with format `scan`.
- Excluded documents keep the control code and categories their content would have.

## Regenerate

```sh
.venv/bin/python corpora/carriers-b/make.py
```

The generator (`corpora/carriers-b/make.py`, content in `corpora/carriers-b/content.py`)
deletes and rewrites this folder. It is deterministic: it re-executes itself with
`PYTHONHASHSEED=0`, uses seeded random generators, fixed dates, MIME boundaries and message IDs,
ezdxf's fixed test metadata, and rewrites every ZIP container with fixed timestamps (7z members get
a fixed timestamp too), so two runs give byte-identical files.
"""
    )
    (OUT / "README.md").write_text(text, encoding="utf-8")


def main() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from reproducible import fixed_hash_seed  # tools/reproducible.py

    fixed_hash_seed()  # set iteration order must not vary between runs
    for old in OUT.iterdir():  # everything but the generator and the declared role
        if old.name in KEEP:
            continue
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()
    gen_dxf()
    gen_step()
    gen_nc()
    gen_sim()
    gen_pptx()
    gen_email()
    gen_zip()
    gen_scans()
    with (OUT / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for row in LABELS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    write_readme()
    total = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    if total > MAX_TOTAL_BYTES:
        raise SystemExit(f"batch is {total} bytes > {MAX_TOTAL_BYTES}")
    print(f"wrote {len(LABELS)} files to {OUT.relative_to(ROOT)} ({total / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
