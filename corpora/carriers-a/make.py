"""(Re)create the per-format evaluation corpus in ``corpora/carriers-a/``.

Run from the project root with the project interpreter::

    .venv/bin/python corpora/carriers-a/make.py

The corpus measures how well the scanner reads each carrier format (DXF, STEP, NC programs,
simulation decks, PPTX, e-mail, ZIP, scanned images). It is held out: never used for training.
Content and labels live in ``corpora/carriers-a/content.py``; this script only renders them.

The output is deterministic (fixed seeds, fixed dates in every container and header) and the
script is idempotent: it removes the output folder and writes it again.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import random
import re
import shutil
import sys
import uuid
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import ezdxf
from docx import Document
from docx.shared import Pt
from ezdxf.tools import juliandate
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pptx import Presentation
from pptx.util import Emu, Inches
from pptx.util import Pt as PptPt

sys.path.insert(0, str(Path(__file__).resolve().parent))
import content as C

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
KEEP = {"make.py", "content.py", "corpus.toml", "__pycache__"}
ZIP_DT = (2025, 11, 3, 10, 0, 0)
FIXED_DT = datetime(2025, 11, 3, 10, 0, 0, tzinfo=UTC)
WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

LABELS: list[dict] = []
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # WenQuanYi's bitmap tables: not subset


def record(fmt: str, rel: str, label: C.Lab) -> None:
    LABELS.append(label.as_json(rel, fmt))


def write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=encoding, newline="\n") as fh:
        fh.write(text)


def dedent(block: str) -> str:
    """Strip the common indentation and the leading/trailing blank lines of a literal block."""
    lines = block.strip("\n").splitlines()
    indent = min((len(x) - len(x.lstrip()) for x in lines if x.strip()), default=0)
    return "\n".join(line[indent:].rstrip() for line in lines) + "\n"


# ---- OOXML / PDF helpers (deterministic) ---------------------------------------------


def normalise_ooxml(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed member timestamps and fixed core dates."""
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        members = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, body in members:
            if name == "docProps/core.xml":
                text = body.decode("utf-8")
                for tag in ("dcterms:modified", "dcterms:created"):
                    text = re.sub(rf"(<{tag}[^>]*>)[^<]*(</{tag}>)", rf"\g<1>{stamp}\g<2>", text)
                body = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return buf.getvalue()


def docx_bytes(title: str, author: str, blocks: Sequence, cjk: bool = False) -> bytes:
    """A DOCX from blocks: str (paragraph; '# ' heading), or list of rows (table)."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "SimSun" if cjk else "Calibri"
    normal.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    for block in blocks:
        if isinstance(block, str):
            if block.startswith("# "):
                doc.add_heading(block[2:], level=1)
            elif block.startswith("## "):
                doc.add_heading(block[3:], level=2)
            else:
                doc.add_paragraph(block)
        else:
            table = doc.add_table(rows=len(block), cols=len(block[0]))
            table.style = "Table Grid"
            for r, row in enumerate(block):
                for c, value in enumerate(row):
                    table.cell(r, c).text = str(value)
            doc.add_paragraph()
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_ooxml(buf.getvalue())


def xlsx_bytes(title: str, author: str, sheets: Sequence[tuple[str, Sequence[Sequence[object]]]]) -> bytes:
    """An XLSX with one or more sheets; the first row of every sheet is bold."""
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=value)
                if r == 1:
                    cell.font = Font(bold=True)
        for col in range(1, max(len(r) for r in rows) + 1):
            ws.column_dimensions[chr(64 + col)].width = 16
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_ooxml(buf.getvalue())


class TextPDF(FPDF):
    """A4 text PDF; Chinese-capable when ``cjk`` (WenQuanYi Zen Hei), else DejaVu Sans."""

    def __init__(self, cjk: bool = False) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(FIXED_DT)
        if cjk:
            self.add_font("body", "", WQY)
            self.add_font("body", "B", WQY)
        else:
            self.add_font("body", "", str(DEJAVU / "DejaVuSans.ttf"))
            self.add_font("body", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(auto=True, margin=16)


def pdf_bytes(title: str, author: str, blocks: Sequence, cjk: bool = False) -> bytes:
    """A text PDF from blocks: str paragraphs ('# ' = heading) or lists of rows (tables)."""
    pdf = TextPDF(cjk)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("Microsoft Word 2016")
    pdf.add_page()
    for block in blocks:
        if isinstance(block, str):
            if block.startswith("# "):
                pdf.set_font("body", "B", 13)
                pdf.multi_cell(0, 7, block[2:], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            else:
                pdf.set_font("body", "", 9.5)
                pdf.multi_cell(0, 5, block, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
        else:
            pdf.set_font("body", "", 8.5)
            with pdf.table(line_height=5, text_align="LEFT") as table:
                for row in block:
                    cells = table.row()
                    for value in row:
                        cells.cell(str(value))
            pdf.ln(2)
    return bytes(pdf.output())


def csv_text(rows: Sequence[Sequence[object]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerows(rows)
    return buf.getvalue()


def zip_bytes(members: Sequence[tuple[str, bytes]], comment: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                info.flag_bits |= 0x800  # UTF-8 file name
            zf.writestr(info, data)
        if comment:
            zf.comment = comment.encode("utf-8")
    return buf.getvalue()


# ======================================================================================
# 1. DXF
# ======================================================================================


def _dxf_frame(doc: ezdxf.document.Drawing, spec: dict, layers: dict[str, str]) -> None:
    """A3 border, and a title block defined as a block with ATTDEFs, inserted with values."""
    msp = doc.modelspace()
    zh = spec["lang"] == "zh"
    style = "GB" if zh else "ISO"
    msp.add_lwpolyline([(0, 0), (420, 0), (420, 297), (0, 297)], close=True,
                       dxfattribs={"layer": layers["frame"]})
    msp.add_lwpolyline([(10, 5), (415, 5), (415, 292), (10, 292)], close=True,
                       dxfattribs={"layer": layers["frame"], "lineweight": 50})
    names = C.ZH_TB if zh else C.EN_TB
    blk = doc.blocks.new("TB_A3_CN" if zh else "TB_A3")
    blk.add_lwpolyline([(0, 0), (180, 0), (180, 56), (0, 56)], close=True)
    rows = [
        ("COMPANY", 0, 48, 180), ("TITLE", 0, 40, 180), ("DWG_NO", 0, 32, 100), ("REV", 100, 32, 40),
        ("SHEET", 140, 32, 40), ("MATERIAL", 0, 24, 100), ("SCALE", 100, 24, 40), ("WEIGHT", 140, 24, 40),
        ("DRAWN", 0, 16, 60), ("CHECKED", 60, 16, 60), ("APPROVED", 120, 16, 60), ("DATE", 0, 8, 60),
    ]
    for tag, x, y, w in rows:
        blk.add_lwpolyline([(x, y), (x + w, y), (x + w, y + 8), (x, y + 8)], close=True)
        blk.add_text(names[tag], height=1.8, dxfattribs={"insert": (x + 1, y + 5.5), "style": style})
        blk.add_attdef(tag, insert=(x + 1, y + 1.2), height=2.8,
                       dxfattribs={"prompt": names[tag], "style": style})
    ref = msp.add_blockref(blk.name, (235, 5), dxfattribs={"layer": layers["frame"]})
    ref.add_auto_attribs(spec["title"])


def _dxf_prims(doc: ezdxf.document.Drawing, spec: dict, layers: dict[str, str]) -> None:
    msp = doc.modelspace()
    style = "GB" if spec["lang"] == "zh" else "ISO"
    dimover = {"dimlfac": spec["scale"], "dimtxt": 2.5, "dimasz": 2.5}
    dstyle = "GB-DIM" if spec["lang"] == "zh" else "ISO-25"
    for p in spec["prims"]:
        kind = p[0]
        if kind == "rect":
            _, x, y, w, h, role = p
            msp.add_lwpolyline([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], close=True,
                               dxfattribs={"layer": layers[role]})
        elif kind == "line":
            _, x1, y1, x2, y2, role = p
            msp.add_line((x1, y1), (x2, y2), dxfattribs={"layer": layers[role]})
        elif kind == "cl":
            _, x1, y1, x2, y2 = p
            msp.add_line((x1, y1), (x2, y2), dxfattribs={"layer": layers["center"], "linetype": "CENTER"})
        elif kind == "circle":
            _, cx, cy, r, role = p
            msp.add_circle((cx, cy), r, dxfattribs={"layer": layers[role]})
        elif kind == "arc":
            _, cx, cy, r, a0, a1, role = p
            msp.add_arc((cx, cy), r, a0, a1, dxfattribs={"layer": layers[role]})
        elif kind == "holes":
            _, x0, y0, nx, ny, dx, dy, r = p
            for i in range(nx):
                for j in range(ny):
                    msp.add_circle((x0 + i * dx, y0 + j * dy), r, dxfattribs={"layer": layers["outline"]})
        elif kind == "hdim":
            x1, x2, y, ybase = p[1:5]
            kw = {"text": p[5]} if len(p) > 5 else {}
            msp.add_linear_dim(base=(x1, ybase), p1=(x1, y), p2=(x2, y), dimstyle=dstyle, override=dimover,
                               dxfattribs={"layer": layers["dim"]}, **kw).render()
        elif kind == "vdim":
            y1, y2, x, xbase = p[1:5]
            kw = {"text": p[5]} if len(p) > 5 else {}
            msp.add_linear_dim(base=(xbase, y1), p1=(x, y1), p2=(x, y2), angle=90, dimstyle=dstyle,
                               override=dimover, dxfattribs={"layer": layers["dim"]}, **kw).render()
        elif kind == "ddim":
            cx, cy, r, ang = p[1:5]
            kw = {"text": p[5]} if len(p) > 5 else {}
            msp.add_diameter_dim(center=(cx, cy), radius=r, angle=ang, dimstyle=dstyle, override=dimover,
                                 dxfattribs={"layer": layers["dim"]}, **kw).render()
        elif kind == "text":
            _, x, y, h, text, role = p
            msp.add_text(text, height=h, dxfattribs={"insert": (x, y), "layer": layers[role], "style": style})
        else:
            raise ValueError(kind)


def dxf_bytes(spec: dict) -> bytes:
    ezdxf.options.write_fixed_meta_data_for_testing = True
    doc = ezdxf.new("R2010", setup=["linetypes"], units=4)
    zh = spec["lang"] == "zh"
    layers = C.ZH_LAYERS if zh else C.EN_LAYERS
    colours = {"outline": 7, "thin": 3, "center": 1, "dim": 4, "text": 2, "frame": 7, "hidden": 6}
    for role, name in layers.items():
        doc.layers.add(name, color=colours[role])
    doc.styles.new("GB", dxfattribs={"font": "gbenor.shx", "bigfont": "gbcbig.shx", "width": 0.8})
    doc.styles.new("ISO", dxfattribs={"font": "isocp.shx", "width": 1.0})
    dim = {"dimtxt": 2.5, "dimasz": 2.5, "dimexe": 1.25, "dimexo": 0.625, "dimgap": 0.625, "dimdec": 1,
           "dimtad": 1, "dimtih": 0, "dimtoh": 0, "dimzin": 8, "dimdsep": 46}
    doc.dimstyles.new("ISO-25", dxfattribs={**dim, "dimtxsty": "ISO"})
    if zh:
        doc.dimstyles.new("GB-DIM", dxfattribs={**dim, "dimtxsty": "GB"})
    for key, value in spec["header"].items():
        doc.header[key] = value
    for key, value in spec["custom"].items():
        doc.header.custom_vars.append(key, value)
    _dxf_frame(doc, spec, layers)
    _dxf_prims(doc, spec, layers)
    notes = [spec["notes_title"], *spec["notes"]]
    doc.modelspace().add_mtext(
        "\\P".join(notes),
        dxfattribs={"insert": (237, 284), "char_height": 2.5, "width": 175, "layer": layers["text"],
                    "style": "GB" if zh else "ISO"},
    )
    stream = io.StringIO()
    doc.write(stream)
    text = stream.getvalue()
    # ezdxf's fixed test metadata is 2000-01-01; put the drawing's own date in instead
    jd = f"{juliandate(datetime(*spec['date'], 9, 30)):.10f}".rstrip("0")
    text = re.sub(r"(\$TDU?(CREATE|UPDATE)\n 40\n)[0-9.]+", rf"\g<1>{jd}", text)
    guid = uuid.uuid5(uuid.NAMESPACE_URL, "corpus-formats/" + spec["name"])
    text = text.replace("{00000000-0000-0000-0000-000000000000}", "{" + str(guid).upper() + "}", 1)
    guid2 = uuid.uuid5(uuid.NAMESPACE_URL, "corpus-formats/v/" + spec["name"])
    text = text.replace("{00000000-0000-0000-0000-000000000000}", "{" + str(guid2).upper() + "}", 1)
    return text.replace("\n", "\r\n").encode("utf-8")


def build_dxf() -> None:
    for spec in C.DXF_DOCS:
        rel = f"dxf/{spec['name']}"
        path = OUT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(dxf_bytes(spec))
        record("dxf", rel, spec["label"])


# ======================================================================================
# 2. STEP
# ======================================================================================


def step_str(text: str) -> str:
    """A STEP string literal: quotes doubled, non-ASCII as \\X2\\hhhh...\\X0\\ runs."""
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        if ord(ch) > 126:
            run.append(f"{ord(ch):04X}")
            continue
        if run:
            out.append("\\X2\\" + "".join(run) + "\\X0\\")
            run = []
        out.append("''" if ch == "'" else "\\\\" if ch == "\\" else ch)
    if run:
        out.append("\\X2\\" + "".join(run) + "\\X0\\")
    return "'" + "".join(out) + "'"


class StepWriter:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.n = 0

    def add(self, body: str) -> str:
        self.n += 1
        self.lines.append(f"#{self.n}={body};")
        return f"#{self.n}"


def _step_geometry(w: StepWriter, shape: tuple, ctx: str) -> list[str]:
    """A few honest geometry entities: placement, bounding planes or a cylinder, edges."""
    origin = w.add("CARTESIAN_POINT('',(0.,0.,0.))")
    zdir = w.add("DIRECTION('',(0.,0.,1.))")
    xdir = w.add("DIRECTION('',(1.,0.,0.))")
    axis = w.add(f"AXIS2_PLACEMENT_3D('',{origin},{zdir},{xdir})")
    items = [axis]
    if shape[0] == "box":
        _, lx, ly, lz = shape
        corners = [(0, 0, 0), (lx, 0, 0), (lx, ly, 0), (0, ly, 0)]
        pts = [w.add(f"CARTESIAN_POINT('',({x:.1f},{y:.1f},{z:.1f}))") for x, y, z in corners]
        top = w.add(f"CARTESIAN_POINT('',(0.,0.,{lz:.1f}))")
        ax_top = w.add(f"AXIS2_PLACEMENT_3D('',{top},{zdir},{xdir})")
        items.append(w.add(f"PLANE('',{axis})"))
        items.append(w.add(f"PLANE('',{ax_top})"))
        items.append(w.add(f"POLYLINE('outline',({','.join([*pts, pts[0]])}))"))
    else:
        _, dia, length = shape
        items.append(w.add(f"CYLINDRICAL_SURFACE('',{axis},{dia / 2:.1f})"))
        items.append(w.add(f"CIRCLE('',{axis},{dia / 2:.1f})"))
        end = w.add(f"CARTESIAN_POINT('',(0.,0.,{length:.1f}))")
        ax_end = w.add(f"AXIS2_PLACEMENT_3D('',{end},{zdir},{xdir})")
        items.append(w.add(f"CIRCLE('',{ax_end},{dia / 2:.1f})"))
        vec = w.add(f"VECTOR('',{zdir},{length:.1f})")
        items.append(w.add(f"LINE('',{origin},{vec})"))
    return items


STEP_PROTOCOLS = {
    C.AP214: ("core data for automotive mechanical design processes", "automotive_design", 2000),
    C.AP242: ("managed model based 3d engineering", "ap242_managed_model_based_3d_engineering", 2014),
    C.AP203: ("configuration controlled 3D designs of mechanical parts and assemblies",
              "config_control_design", 1994),
}


def step_text(spec: dict) -> str:
    w = StepWriter()
    context, protocol, year = STEP_PROTOCOLS[spec["schema"]]
    actx = w.add(f"APPLICATION_CONTEXT('{context}')")
    w.add(f"APPLICATION_PROTOCOL_DEFINITION('international standard','{protocol}',{year},{actx})")
    pctx = w.add(f"PRODUCT_CONTEXT('',{actx},'mechanical')")
    pdctx = w.add(f"PRODUCT_DEFINITION_CONTEXT('part definition',{actx},'design')")
    mm = w.add("(LENGTH_UNIT()NAMED_UNIT(*)SI_UNIT(.MILLI.,.METRE.))")
    rad = w.add("(NAMED_UNIT(*)PLANE_ANGLE_UNIT()SI_UNIT($,.RADIAN.))")
    sr = w.add("(NAMED_UNIT(*)SI_UNIT($,.STERADIAN.)SOLID_ANGLE_UNIT())")
    unc = w.add(f"UNCERTAINTY_MEASURE_WITH_UNIT(LENGTH_MEASURE(1.E-05),{mm},'distance_accuracy_value',"
                "'confusion accuracy')")
    ctx = w.add(f"(GEOMETRIC_REPRESENTATION_CONTEXT(3)GLOBAL_UNCERTAINTY_ASSIGNED_CONTEXT(({unc}))"
                f"GLOBAL_UNIT_ASSIGNED_CONTEXT(({mm},{rad},{sr}))"
                "REPRESENTATION_CONTEXT('Context #1','3D Context with UNIT and UNCERTAINTY'))")
    pds: list[str] = []
    defs: list[str] = []
    for pid, name, desc in spec["products"]:
        prod = w.add(f"PRODUCT({step_str(pid)},{step_str(name)},{step_str(desc)},({pctx}))")
        w.add(f"PRODUCT_RELATED_PRODUCT_CATEGORY('part',$,({prod}))")
        form = w.add(f"PRODUCT_DEFINITION_FORMATION_WITH_SPECIFIED_SOURCE('A','',{prod},.NOT_KNOWN.)")
        pdef = w.add(f"PRODUCT_DEFINITION('design',{step_str(desc)},{form},{pdctx})")
        defs.append(pdef)
        pds.append(w.add(f"PRODUCT_DEFINITION_SHAPE('','',{pdef})"))
    items = _step_geometry(w, spec["shape"], ctx)
    srep = w.add(f"SHAPE_REPRESENTATION({step_str(spec['products'][0][0])},"
                 f"({','.join(items)}),{ctx})")
    w.add(f"SHAPE_DEFINITION_REPRESENTATION({pds[0]},{srep})")
    for i, child in enumerate(defs[1:], start=1):
        w.add(f"NEXT_ASSEMBLY_USAGE_OCCURRENCE('NAUO{i}','','',{defs[0]},{child},$)")
    mat_prop = w.add(f"PROPERTY_DEFINITION('material property','material name',{defs[0]})")
    mat = step_str(spec["material"])
    mat_item = w.add(f"DESCRIPTIVE_REPRESENTATION_ITEM({mat},{mat})")
    mat_rep = w.add(f"REPRESENTATION('material name',({mat_item}),{ctx})")
    w.add(f"PROPERTY_DEFINITION_REPRESENTATION({mat_prop},{mat_rep})")
    if spec["notes"]:
        note_prop = w.add(f"PROPERTY_DEFINITION('user defined attribute','',{defs[0]})")
        note_items = [
            w.add(f"DESCRIPTIVE_REPRESENTATION_ITEM({step_str(k)},{step_str(v)})") for k, v in spec["notes"]
        ]
        note_rep = w.add(f"REPRESENTATION('user defined attribute',({','.join(note_items)}),{ctx})")
        w.add(f"PROPERTY_DEFINITION_REPRESENTATION({note_prop},{note_rep})")
    desc = ",".join(step_str(d) for d in spec["desc"])
    header = [
        "ISO-10303-21;",
        "HEADER;",
        f"FILE_DESCRIPTION(({desc}),'2;1');",
        f"FILE_NAME({step_str(spec['file_name'])},'{spec['stamp']}',({step_str(spec['author'])}),"
        f"({step_str(spec['org'])}),{step_str(spec['pre'])},{step_str(spec['system'])},"
        f"{step_str(spec['auth'])});",
        f"FILE_SCHEMA(('{spec['schema']}'));",
        "ENDSEC;",
        "DATA;",
    ]
    return "\r\n".join([*header, *w.lines, "ENDSEC;", "END-ISO-10303-21;", ""])


def build_step() -> None:
    for spec in C.STEP_DOCS:
        rel = f"step/{spec['name']}"
        path = OUT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(step_text(spec).encode("ascii"))
        record("step", rel, spec["label"])


# ======================================================================================
# 3. NC programs
# ======================================================================================


def build_nc() -> None:
    for spec in C.NC_DOCS:
        rel = f"nc/{spec['name']}"
        text = dedent(spec["text"])
        if spec["encoding"] != "utf-8":  # files from Chinese controllers: GBK and CRLF
            text = text.replace("\n", "\r\n")
        path = OUT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(spec["encoding"]))
        record("nc", rel, spec["label"])


# ======================================================================================
# 4. Simulation decks and generated tables
# ======================================================================================


def abaqus_mesh(nx: int, ny: int, dx: float, dy: float, eltype: str) -> str:
    """A structured 2-D mesh: LOAD (inner elements), BOX (outer ring), surfaces and node sets."""
    out = ["*NODE, NSET=ALLN"]
    nid = lambda i, j: j * (nx + 1) + i + 1  # noqa: E731
    for j in range(ny + 1):
        for i in range(nx + 1):
            out.append(f"{nid(i, j):6d}, {i * dx:10.3f}, {j * dy:10.3f}")
    out.append(f"*ELEMENT, TYPE={eltype}, ELSET=ALLE")
    inner, ring, bottom, right, top, left = [], [], [], [], [], []
    for j in range(ny):
        for i in range(nx):
            eid = j * nx + i + 1
            corners = (nid(i, j), nid(i + 1, j), nid(i + 1, j + 1), nid(i, j + 1))
            out.append(f"{eid:6d}, " + ", ".join(f"{n:6d}" for n in corners))
            edge = i in (0, nx - 1) or j in (0, ny - 1)
            (ring if edge else inner).append(eid)
            if j == 0:
                bottom.append(eid)
            if i == nx - 1:
                right.append(eid)
            if j == ny - 1:
                top.append(eid)
            if i == 0:
                left.append(eid)

    def elset(name: str, ids: list[int]) -> None:
        out.append(f"*ELSET, ELSET={name}")
        for k in range(0, len(ids), 12):
            out.append(", ".join(str(e) for e in ids[k:k + 12]))

    elset("LOAD", inner)
    elset("BOX", ring)
    for name, ids in (("S_BOT", bottom), ("S_RIGHT", right), ("S_TOP", top), ("S_LEFT", left)):
        elset(name, ids)
    out += ["*SURFACE, NAME=OUTER, TYPE=ELEMENT", "S_BOT, S1", "S_RIGHT, S2", "S_TOP, S3", "S_LEFT, S4"]
    mid = [nid(nx // 2, ny // 2), nid(1, ny // 2), nid(nx // 2, 1), nid(nx - 1, ny - 1)]
    out += ["*NSET, NSET=MONITOR", ", ".join(str(n) for n in mid)]
    out += ["*NSET, NSET=FIXED, GENERATE", f"1, {nid(0, ny)}, {nx + 1}"]
    return "\n".join(out)


def rows_leach_sim(rng: random.Random) -> list[list[object]]:
    rows: list[list[object]] = [
        ["模型", "YK-07 区块 原地浸矿 渗流-浸出耦合模拟 (COMSOL 6.1 导出)"],
        ["工况", "井距 2.0 m×2.0 m; 井深 6~9 m; MgSO4 3.0% (0-30 d) / 2.0% (30-90 d); 顶水 90-110 d"],
        ["参数", "渗透系数 k=2.4e-6 m/s; 孔隙率 0.42; 矿体 REO 0.085%; 离子相占比 82%; 1860 口注液井"],
        [],
        ["时间(d)", "注液强度(m3/井·d)", "浸矿剂浓度(%)", "累计注液量(m3)", "浸出液REO(g/L)", "浸出液pH",
         "累计浸出率(%)", "收液率(%)"],
    ]
    total = 0.0
    for day in range(0, 111, 5):
        rate = 0.30 if day < 30 else 0.25
        conc = 3.0 if day < 30 else (2.0 if day < 90 else 0.0)
        total += rate * 1860 * 5 if day else 0.0
        reo = 1.12 * (day / 32) * pow(2.718, 1 - day / 32) if day else 0.0
        leach = 88.0 / (1 + pow(2.718, -(day - 38) / 11)) if day else 0.0
        ph = 4.9 + 0.4 * (day / 110) + rng.uniform(-0.05, 0.05)
        coll = 0.0 if day < 5 else min(92.0, 70 + day * 0.6) + rng.uniform(-0.8, 0.8)
        rows.append([day, f"{rate:.2f}", f"{conc:.1f}", f"{total:.0f}", f"{reo:.3f}", f"{ph:.2f}",
                     f"{leach:.1f}", f"{coll:.1f}"])
    return rows


def rows_supp_cascade(rng: random.Random) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Supplementary Data S3"],
        ["Article: L. Zhang, Y. Sun, Q. Wang, Stage-wise simulation and validation of Pr/Nd separation in "
         "HEH/EHP-HCl mixer-settler cascades, Journal of Rare Earths 43 (2025) 1188-1197"],
        ["https://doi.org/10.1016/j.jre.2025.01.009  (published online 18 February 2025; CC BY-NC-ND 4.0)"],
        ["Table S3. Calculated stage profiles at steady state, case B (beta Nd/Pr = 1.50, feed stage 38)"],
        [],
        ["stage", "section", "x_Nd_aq", "y_Nd_org", "C_RE_aq_mol_L", "C_RE_org_mol_L"],
    ]
    beta = 1.5
    for stage in range(1, 73):
        x = 1 / (1 + pow(2.718, -(stage - 36) / 7.2))
        x = min(max(x * 0.985 + 0.01, 0.01), 0.9968)
        y = beta * x / (1 + (beta - 1) * x)
        section = "E" if stage <= 38 else "S"
        c_aq = (0.95 if section == "E" else 0.62) + rng.uniform(-0.02, 0.02)
        c_org = 0.172 - 0.0006 * abs(stage - 38) + rng.uniform(-0.002, 0.002)
        rows.append([stage, section, f"{x:.4f}", f"{y:.4f}", f"{c_aq:.3f}", f"{c_org:.4f}"])
    return rows


def rows_pn_balance(rng: random.Random) -> list[list[object]]:
    return [
        ["流股号", "名称 Stream", "进/出级", "流量 L/h", "RE mol/L", "HCl mol/L", "Pr/REO %", "Nd/REO %",
         "备注"],
        ["S01", "料液 RECl3 feed", "38 进", 1150, 1.30, 0.001, 25.0, 75.0, "pH 3.0~3.5"],
        ["S02", "空白有机相 P507 1.5 M", "1 进", 16330, 0.0, "", "", "", "皂化段 4 级后"],
        ["S03", "液碱 NaOH 6 M (皂化)", "皂化 S1-S4", 1480, "", "", "", "", "皂化度 36%"],
        ["S04", "洗酸 HCl", "72 进", 2415, 0.0, 3.5, "", "", ""],
        ["S05", "萃余水相 (Pr 产品)", "1 出", 5040, 0.071, 0.002, 99.18, 0.82, "去草酸沉淀"],
        ["S06", "负载有机相 (Nd)", "72 出", 16330, 0.172, "", 0.38, 99.62, "去反萃 SX-PN-2100"],
        ["S07", "反萃酸 HCl 6.0 M", "反萃 12 级", 980, 0.0, 6.0, "", "", ""],
        ["S08", "反萃液 NdCl3", "反萃出", 980, 2.86, 0.3, 0.38, 99.62, "Nd2O3 ≥ 99.5%"],
        ["", "级数", "", "萃取 1-38 / 洗涤 39-72 / 反萃 12", "", "", "", "", "O:F:W = 14.2:1:2.1"],
    ]


def rows_cu_daily(rng: random.Random) -> list[list[object]]:
    rows: list[list[object]] = [["time", "PLS_m3h", "PLS_Cu_gL", "PLS_pH", "Raff_Cu_gL", "OA_E1", "OA_E2",
                                 "LO_Cu_gL", "SO_Cu_gL", "LIX_vv_pct", "Adv_elec_Cu_gL"]]
    for h in range(0, 24, 2):
        pls = 640 if 3 <= h <= 5 else 620 + rng.randint(-6, 6)
        raff = 0.29 if 3 <= h <= 5 else round(0.21 + rng.uniform(0, 0.03), 2)
        rows.append([f"2025-10-07 {h:02d}:00", pls, round(3.8 + rng.uniform(-0.05, 0.05), 2),
                     round(1.8 + rng.uniform(-0.05, 0.05), 2), raff,
                     round(1.07 + rng.uniform(-0.02, 0.01), 2),
                     round(1.05 + rng.uniform(-0.02, 0.02), 2), round(7.8 + rng.uniform(-0.1, 0.1), 1),
                     round(2.4 + rng.uniform(-0.1, 0.1), 1), 22.4, round(48 + rng.uniform(-0.5, 0.5), 1)])
    return rows


def rows_al_preheat(rng: random.Random) -> list[list[object]]:
    rows: list[list[object]] = [["hour", "cathode_surface_C", "side_wall_C", "line_current_kA", "resistor_V"]]
    for h in range(0, 73, 4):
        surf = 25 + 905 * (1 - pow(2.718, -h / 22)) + rng.uniform(-5, 5)
        rows.append([h, round(surf), round(surf * 0.55 + rng.uniform(-4, 4)), 400 if h else 0,
                     round(4.8 - h * 0.018 + rng.uniform(-0.05, 0.05), 2)])
    return rows


def rows_yk07_log(rng: random.Random) -> list[list[object]]:
    rows: list[list[object]] = [["日期", "井组", "注液量(m3)", "硫酸镁浓度(%)", "配液pH", "收液量(m3)",
                                 "母液REO(g/L)", "除杂pH", "沉淀终点pH", "沉淀量(t湿)"]]
    groups = ["A", "B", "C"]
    for d in range(0, 92, 3):
        month, day = (7, d + 1) if d < 31 else ((8, d - 30) if d < 62 else (9, d - 61))
        g = groups[(d // 3) % 3]
        conc = 3.0 if d < 30 else 2.0
        inj = 470 + rng.randint(-25, 25)
        coll = round(inj * (0.86 + rng.uniform(0, 0.06)))
        reo = max(0.12, 1.05 * (d / 35) * pow(2.718, 1 - d / 35)) + rng.uniform(-0.03, 0.03)
        rows.append([f"2025-{month:02d}-{max(day, 1):02d}", g, inj, conc,
                     round(5.0 + rng.uniform(-0.1, 0.1), 1),
                     coll, round(reo, 2), round(5.1 + rng.uniform(-0.1, 0.1), 1),
                     round(6.9 + rng.uniform(-0.1, 0.1), 1), round(coll * reo / 1000 * 2.1, 2)])
    return rows


ROW_GENERATORS: dict[str, Callable[[random.Random], list[list[object]]]] = {
    "leach_sim": rows_leach_sim,
    "supp_cascade": rows_supp_cascade,
    "pn_balance": rows_pn_balance,
    "cu_daily": rows_cu_daily,
    "al_preheat": rows_al_preheat,
    "yk07_log": rows_yk07_log,
}


def table_rows(rows: object, seed: str) -> list[list[object]]:
    if isinstance(rows, str):
        return ROW_GENERATORS[rows](random.Random(seed))
    return [list(r) for r in rows]  # type: ignore[union-attr]


def build_sim() -> None:
    for spec in C.SIM_DOCS:
        rel = f"sim/{spec['name']}"
        path = OUT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if "json" in spec:
            data = (json.dumps(spec["json"], ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        elif "rows" in spec:
            data = csv_text(table_rows(spec["rows"], spec["name"])).encode(spec["encoding"])
        else:
            text = dedent(spec["text"])
            if "mesh" in spec:
                text = text.replace("{mesh}", abaqus_mesh(*spec["mesh"]))
            data = text.encode("utf-8")
        path.write_bytes(data)
        record("sim", rel, spec["label"])


# ======================================================================================
# 5. PPTX
# ======================================================================================


def pptx_bytes(spec: dict) -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    cp = prs.core_properties
    cp.title, cp.author, cp.last_modified_by = spec["title"], spec["author"], spec["author"]
    cp.created = cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 4
    for i, slide_spec in enumerate(spec["slides"]):
        if i == 0 and "sub" in slide_spec:
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = slide_spec["title"]
            slide.placeholders[1].text = slide_spec["sub"]
        elif "table" in slide_spec:
            slide = prs.slides.add_slide(prs.slide_layouts[5])
            slide.shapes.title.text = slide_spec["title"]
            rows = slide_spec["table"]
            shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.6), Inches(1.6), Inches(12.1),
                                           Emu(int(Inches(0.45)) * len(rows)))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = shape.table.cell(r, c)
                    cell.text = str(value)
                    for para in cell.text_frame.paragraphs:
                        for run in para.runs:
                            run.font.size = PptPt(14)
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[1])
            slide.shapes.title.text = slide_spec["title"]
            body = slide.placeholders[1].text_frame
            body.clear()
            for k, item in enumerate(slide_spec.get("bullets", [])):
                level, text = item if isinstance(item, tuple) else (0, item)
                para = body.paragraphs[0] if k == 0 else body.add_paragraph()
                para.text = text
                para.level = level
                for run in para.runs:
                    run.font.size = PptPt(20 if level == 0 else 16)
        if slide_spec.get("notes"):
            slide.notes_slide.notes_text_frame.text = slide_spec["notes"]
    buf = io.BytesIO()
    prs.save(buf)
    return normalise_ooxml(buf.getvalue())


def build_pptx() -> None:
    for spec in C.PPTX_DOCS:
        rel = f"pptx/{spec['name']}"
        path = OUT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pptx_bytes(spec))
        record("pptx", rel, spec["label"])


# ======================================================================================
# 6. E-mail
# ======================================================================================

MIME = {
    "txt": ("text", "plain"),
    "csv": ("text", "csv"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "pdf": ("application", "pdf"),
    "pdf-zh": ("application", "pdf"),
}


def attachment_bytes(kind: str, payload: object, seed: str, author: str = "Administrator") -> bytes:
    if kind == "txt":
        text, enc = payload  # type: ignore[misc]
        return dedent(text).encode(enc)
    if kind == "csv":
        spec = payload  # type: ignore[assignment]
        return csv_text(table_rows(spec["rows"], seed)).encode(spec["encoding"])  # type: ignore[index]
    if kind == "xlsx":
        return xlsx_bytes(Path(seed).stem, author, payload)  # type: ignore[arg-type]
    if kind == "docx":
        cjk = any("\u4e00" <= ch <= "\u9fff" for ch in json.dumps(payload, ensure_ascii=False))
        return docx_bytes(Path(seed).stem, author, payload, cjk=cjk)  # type: ignore[arg-type]
    if kind in ("pdf", "pdf-zh"):
        return pdf_bytes(Path(seed).stem, author, payload, cjk=kind == "pdf-zh")  # type: ignore[arg-type]
    raise ValueError(kind)


def email_message(spec: dict) -> EmailMessage:
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = spec["from"]
    msg["To"] = spec["to"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    tz = timezone(timedelta(hours=spec["tz"]))
    msg["Date"] = format_datetime(datetime(*spec["date"], tzinfo=tz))
    msg["Message-ID"] = spec["msgid"]
    msg["X-Mailer"] = "Microsoft Outlook 16.0" if spec["tz"] != 8 else "Foxmail 7.2.25"
    msg.set_content(dedent(spec["body"]), charset="utf-8", cte=spec["cte"])
    for filename, kind, payload in spec.get("attachments", []):
        if kind == "eml":
            msg.add_attachment(email_message(payload), filename=filename)
            continue
        maintype, subtype = MIME[kind]
        sender = re.sub(r"\s*<.*>", "", spec["from"])
        data = attachment_bytes(kind, payload, filename, sender)
        params = {}
        if maintype == "text":
            enc = payload["encoding"] if kind == "csv" else payload[1]  # type: ignore[index]
            params["charset"] = "utf-8" if enc == "utf-8-sig" else enc
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename, params=params)
    return msg


def email_bytes(spec: dict) -> bytes:
    msg = email_message(spec)
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{spec['msgid'][1:9]}_{n:02d}")
    return msg.as_bytes(policy=policy.SMTP)


def build_email() -> None:
    for spec in C.EMAIL_DOCS:
        rel = f"email/{spec['name']}"
        path = OUT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(email_bytes(spec))
        record("email", rel, spec["label"])


# ======================================================================================
# 7. ZIP
# ======================================================================================


def member_bytes(kind: str, payload: object, name: str) -> bytes:
    if kind == "dxf":
        return dxf_bytes(payload)  # type: ignore[arg-type]
    if kind == "nc":
        text, enc = payload  # type: ignore[misc]
        body = dedent(text)
        if enc != "utf-8":
            body = body.replace("\n", "\r\n")
        return body.encode(enc)
    if kind == "zip":
        return zip_bytes([(n, member_bytes(k, p, n)) for n, k, p in payload])  # type: ignore[union-attr]
    return attachment_bytes(kind, payload, name)


def build_zip() -> None:
    for spec in C.ZIP_DOCS:
        rel = f"zip/{spec['name']}"
        path = OUT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        members = [(n, member_bytes(k, p, n)) for n, k, p in spec["members"]]
        path.write_bytes(zip_bytes(members))
        record("zip", rel, spec["label"])


# ======================================================================================
# 8. Scanned images
# ======================================================================================

PAGE_W, PAGE_H, MARGIN = 1240, 1754, 95


def _has_cjk(text: str) -> bool:
    return any("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in text)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Wrap by words for Latin text, by characters where CJK appears (Chinese has no spaces)."""
    tokens = re.findall(r"[\u3000-\u9fff\uff00-\uffef]|\S+\s*|\s+", text) if _has_cjk(text) else \
        re.findall(r"\S+\s*", text)
    lines, cur = [], ""
    for tok in tokens:
        if cur and font.getlength(cur + tok.rstrip()) > width:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
        else:
            cur += tok
    if cur.strip():
        lines.append(cur.rstrip())
    return lines or [""]


def render_scan(spec: dict) -> Image.Image:
    zh = spec["label"].lang != "en"
    path = WQY if zh else str(DEJAVU / "DejaVuSans.ttf")
    bold = WQY if zh else str(DEJAVU / "DejaVuSans-Bold.ttf")
    f_title = ImageFont.truetype(bold, 40)
    f_body = ImageFont.truetype(path, 31)
    f_cell = ImageFont.truetype(path, 28)
    f_sig = ImageFont.truetype(path, 27)
    img = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(img)
    y = MARGIN
    width = PAGE_W - 2 * MARGIN
    for kind, *rest in spec["blocks"]:
        if kind == "h":
            for line in _wrap(rest[0], f_title, width):
                w = f_title.getlength(line)
                draw.text(((PAGE_W - w) / 2, y), line, font=f_title, fill=0)
                y += 56
            y += 22
        elif kind == "p":
            for line in _wrap(rest[0], f_body, width):
                draw.text((MARGIN, y), line, font=f_body, fill=0)
                y += 44
            y += 18
        elif kind == "sig":
            w = f_sig.getlength(rest[0])
            draw.text((PAGE_W - MARGIN - w, y + 10), rest[0], font=f_sig, fill=0)
            y += 60
        elif kind == "gap":
            y += rest[0]
        elif kind == "table":
            rows = rest[0]
            ncol = max(len(r) for r in rows)
            need = [
                max(f_cell.getlength(str(r[c])) if c < len(r) else 0 for r in rows) + 24 for c in range(ncol)
            ]
            scale = min(1.0, width / sum(need))
            cols = [n * scale for n in need]
            cols[-1] += width - sum(cols)
            for r, row in enumerate(rows):
                cells = [_wrap(str(v), f_cell, cols[c] - 20) for c, v in enumerate(row)]
                h = max(len(c) for c in cells) * 38 + 16
                x = MARGIN
                for c, lines in enumerate(cells):
                    draw.rectangle([x, y, x + cols[c], y + h], outline=0, width=2)
                    for k, line in enumerate(lines):
                        draw.text((x + 10, y + 8 + k * 38), line, font=f_cell, fill=0)
                    x += cols[c]
                y += h
                if r == 0:
                    draw.line([MARGIN, y - 1, MARGIN + width, y - 1], fill=0, width=3)
            y += 26
    if y > PAGE_H - 40:
        raise ValueError(f"{spec['name']}: content overflows the page ({y}px)")
    return img


def degrade(img: Image.Image, spec: dict, rng: random.Random) -> Image.Image:
    """Scanner look: slight skew, a grey paper tone with speckles, soft focus."""
    if spec.get("rot"):
        img = img.rotate(spec["rot"], resample=Image.Resampling.BICUBIC, fillcolor=255)
    noise = spec.get("noise", 0.0)
    if noise:
        img = img.point(lambda v: int(v * 0.96 + 4) if v > 200 else v)  # paper tone, 249
        draw = ImageDraw.Draw(img)
        for _ in range(int(noise * 6000)):
            x, y = rng.randrange(PAGE_W), rng.randrange(PAGE_H)
            r = rng.choice((1, 1, 1, 2))
            draw.ellipse([x, y, x + r, y + r], fill=rng.randrange(120, 200))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img


def scan_bytes(spec: dict) -> bytes:
    rng = random.Random(spec["name"])
    img = degrade(render_scan(spec), spec, rng)
    buf = io.BytesIO()
    fmt = spec["fmt"]
    if fmt == "png":
        img = img.quantize(colors=16, dither=Image.Dither.NONE).convert("L") if spec.get("noise") else img
        img.save(buf, "PNG", optimize=True, dpi=(150, 150))
    elif fmt == "jpg":
        img.save(buf, "JPEG", quality=spec.get("quality", 75), dpi=(150, 150))
    elif fmt == "tif":
        img = img.quantize(colors=8, dither=Image.Dither.NONE).convert("L") if spec.get("noise") else img
        img.save(buf, "TIFF", compression="tiff_lzw", dpi=(150, 150))
    elif fmt == "tif1":
        img.point(lambda v: 255 if v > 160 else 0).convert("1").save(buf, "TIFF", compression="group4",
                                                                      dpi=(150, 150))
    elif fmt == "pdf":
        jpg = io.BytesIO()
        img.save(jpg, "JPEG", quality=70, dpi=(150, 150))
        pdf = FPDF(unit="mm", format="A4")
        pdf.set_creation_date(FIXED_DT)
        pdf.set_creator("Canon iR-ADV C5535 III")
        pdf.set_producer("Canon iR-ADV C5535 III")
        pdf.add_page()
        pdf.image(jpg, x=0, y=0, w=210, h=297)
        buf.write(bytes(pdf.output()))
    else:
        raise ValueError(fmt)
    return buf.getvalue()


def build_scans() -> None:
    for spec in C.SCAN_DOCS:
        rel = f"scans/{spec['name']}"
        path = OUT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(scan_bytes(spec))
        record("scan", rel, spec["label"])


# ======================================================================================
# README
# ======================================================================================

FORMATS = {
    "dxf": ("dxf/", "DXF drawings (AutoCAD R2010, ezdxf): title block as block ATTRIBs, layers, dimensions, "
                    "header variables and DWGPROPS custom properties, notes as MTEXT"),
    "step": ("step/", "STEP AP214/AP242/AP203 text (ISO 10303-21), hand-written: PRODUCT names/descriptions, "
                      "material and user-defined attributes, a little geometry; non-ASCII as \\X2\\ escapes"),
    "nc": ("nc/", "NC programs (.nc .mpf .cnc .gcode .tap .ngc): Fanuc/GSK, Sinumerik, LinuxCNC and EDM "
                  "dialects; two files in GB18030 with CRLF as Chinese controllers write them"),
    "sim": ("sim/", "simulation decks and results: Abaqus .inp, ANSYS APDL .dat, COMSOL-style .json, .yaml, "
                    "MATLAB .m, Python .py, .csv result tables"),
    "pptx": ("pptx/", "PowerPoint decks (python-pptx): titles, bullets, tables, speaker notes"),
    "email": ("email/", "RFC 5322 messages: 7bit / quoted-printable / base64 bodies, XLSX, DOCX, PDF, CSV "
                        "attachments, one nested message/rfc822; the label covers body and attachments"),
    "zip": ("zip/", "ZIP archives with 2-5 members in sub-folders, one ZIP nested in a ZIP; the label is the "
                    "most severe member's"),
    "scan": ("scans/", "image-only documents rendered at 150 dpi on an A4 page (1240 x 1754 px): grey PNG, "
                       "JPEG, LZW and bilevel G4 TIFF, and image-only PDFs; slight skew and speckle on some"),
}


def readme_text() -> str:
    rows = sorted(LABELS, key=lambda r: r["file"])
    lines = [
        "# Per-format evaluation corpus (held out)",
        "",
        "Documents in the carrier formats the scanner must read (CAD drawings, STEP models, NC programs,",
        "simulation decks, slide decks, e-mail, archives and scanned images), labelled by the rules of",
        "`shared/docs/DOMAIN.md` exactly like `corpora/text`. The set measures how well each format is",
        "read and classified. **It is held out: never use it for training, threshold tuning or lexicon",
        "building.** All companies, people, numbers and addresses are fictional (`.example` domains).",
        "",
        "Generated, not hand-edited. From the project root:",
        "",
        "    .venv/bin/python corpora/carriers-a/make.py",
        "",
        "The script deletes and rewrites this folder; its output is byte-identical from run to run",
        "(fixed seeds, fixed dates in DXF headers, OOXML/PDF metadata, e-mail headers and ZIP entries).",
        "Content and labels sit side by side in `corpora/carriers-a/content.py`.",
        "",
        "## Counts",
        "",
        "| format | folder | files | controlled | excluded | clear | hard negatives | zh | en | mixed |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    total: Counter = Counter()
    for fmt, (folder, _) in FORMATS.items():
        sub = [r for r in rows if r["format"] == fmt]
        c = Counter(r["verdict"] for r in sub)
        lang = Counter(r["language"] for r in sub)
        hard = sum(r["hard_negative"] for r in sub)
        cells = [len(sub), c["controlled"], c["excluded"], c["clear"], hard]
        cells += [lang["zh"], lang["en"], lang["mixed"]]
        total.update(dict(zip(range(8), cells, strict=True)))
        lines.append(f"| {fmt} | `{folder}` | " + " | ".join(str(x) for x in cells) + " |")
    lines.append("| **all** | | " + " | ".join(f"**{total[i]}**" for i in range(8)) + " |")
    lines += ["", "## Formats", ""]
    lines += [f"- **{fmt}** (`{folder}`): {desc}." for fmt, (folder, desc) in FORMATS.items()]
    lines += [
        "",
        "## Labels",
        "",
        "`labels.jsonl`: one JSON object per top-level file, with the fields of `corpora/text/README.md`",
        "(`file`, `verdict`, `control_codes`, `categories`, `magnet_types`, `carrier`, `exclusion`,",
        "`language`, `hard_negative`, `note`) plus `format`. `file` is relative to this folder. For e-mails",
        "and ZIPs the label is that of the most severe part (controlled > excluded > clear) and `carrier`",
        "is that part's carrier; a clear e-mail has carrier `email`.",
        "",
        "Evaluate: `.venv/bin/scanner evaluate corpora/carriers-a --labels "
        "corpora/carriers-a/labels.jsonl`.",
        "",
        "## Files",
        "",
        "| file | verdict | clause | categories | magnet | carrier | lang | note |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        codes = ", ".join(c.replace("1E902.", "") for c in r["control_codes"]) or "—"
        if r["verdict"] == "excluded":
            codes = f"({codes}) {r['exclusion']}"
        verdict = r["verdict"] + (" (hard neg.)" if r["hard_negative"] else "")
        lines.append(
            f"| `{r['file']}` | {verdict} | {codes} | {', '.join(r['categories']) or '—'} | "
            f"{', '.join(r['magnet_types']) or '—'} | {r['carrier']} | {r['language']} | {r['note']} |"
        )
    return "\n".join(lines) + "\n"


# ======================================================================================
# main
# ======================================================================================

BUILDERS: list[tuple[str, Callable[[], None]]] = [
    ("dxf", build_dxf),
    ("step", build_step),
    ("nc", build_nc),
    ("sim", build_sim),
    ("pptx", build_pptx),
    ("email", build_email),
    ("zip", build_zip),
    ("scan", build_scans),
]


def main() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from reproducible import fixed_hash_seed  # tools/reproducible.py

    fixed_hash_seed()
    for old in OUT.iterdir():  # everything but the generator and the declared role
        if old.name in KEEP:
            continue
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()
    random.seed(20251103)
    for _, build in BUILDERS:
        build()
    with (OUT / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for row in sorted(LABELS, key=lambda r: r["file"]):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    write_text(OUT / "README.md", readme_text())
    total = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(f"{len(LABELS)} documents, {total / 1e6:.2f} MB in {OUT.relative_to(ROOT)}")
    print(Counter((r["format"], r["verdict"]) for r in LABELS))


if __name__ == "__main__":
    main()
