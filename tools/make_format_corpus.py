"""(Re)create the per-format evaluation corpus in ``models/corpus-formats/``.

Run from the project root with the project interpreter::

    .venv/bin/python tools/make_format_corpus.py

The corpus measures how well the scanner reads each carrier format (DXF, STEP, NC programs,
simulation decks, PPTX, e-mail, ZIP, scanned images). It is held out: never used for training.
Content and labels live in ``tools/format_corpus_content.py``; this script only renders them.

The output is deterministic (fixed seeds, fixed dates in every container and header) and the
script is idempotent: it removes the output folder and writes it again.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import shutil
import sys
import uuid
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
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
import format_corpus_content as C  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "models" / "corpus-formats"
ZIP_DT = (2025, 11, 3, 10, 0, 0)
FIXED_DT = datetime(2025, 11, 3, 10, 0, 0, tzinfo=UTC)
WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

LABELS: list[dict] = []


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
        dxfattribs={"insert": (235, 150), "char_height": 2.5, "width": 175, "layer": layers["text"],
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


def step_text(spec: dict) -> str:
    w = StepWriter()
    actx = w.add("APPLICATION_CONTEXT('core data for automotive mechanical design processes')")
    w.add(f"APPLICATION_PROTOCOL_DEFINITION('international standard','automotive_design',2000,{actx})")
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
    srep = w.add(f"ADVANCED_BREP_SHAPE_REPRESENTATION({step_str(spec['products'][0][0])},"
                 f"({','.join(items)}),{ctx})")
    w.add(f"SHAPE_DEFINITION_REPRESENTATION({pds[0]},{srep})")
    for i, child in enumerate(defs[1:], start=1):
        w.add(f"NEXT_ASSEMBLY_USAGE_OCCURRENCE('NAUO{i}','','',{defs[0]},{child},$)")
    mat_prop = w.add(f"PROPERTY_DEFINITION('material property','material name',{defs[0]})")
    mat_item = w.add(f"DESCRIPTIVE_REPRESENTATION_ITEM({step_str(spec['material'])},{step_str(spec['material'])})")
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
# main
# ======================================================================================

BUILDERS: list[tuple[str, Callable[[], None]]] = [
    ("dxf", build_dxf),
    ("step", build_step),
]


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    random.seed(20251103)
    for _, build in BUILDERS:
        build()
    with (OUT / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for row in sorted(LABELS, key=lambda r: r["file"]):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    total = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(f"{len(LABELS)} documents, {total / 1e6:.2f} MB in {OUT.relative_to(ROOT)}")
    print(Counter((r["format"], r["verdict"]) for r in LABELS))


if __name__ == "__main__":
    main()
