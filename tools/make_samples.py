"""(Re)create the bundled demo documents in ``samples/``.

Run with the project interpreter::

    .venv/bin/python tools/make_samples.py

The output is deterministic: fixed metadata dates, a seeded random generator for log
values, and ZIP containers (DOCX/XLSX) rewritten with fixed member timestamps, so running
the script twice produces byte-identical files. No network access is needed.

Every document is fictional (companies, people, document numbers, values). The expected
verdicts follow ``shared/docs/DOMAIN.md`` and are written to ``docs/SAMPLES.md`` from the
same manifest that drives the generation, so the two cannot drift apart.
"""

from __future__ import annotations

import csv
import io
import random
import re
import shutil
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

# One fixed instant for every container timestamp; documents carry their own dates in text.
FIXED_DT = datetime(2025, 11, 20, 9, 30, 0, tzinfo=UTC)
ZIP_DT = (2025, 11, 20, 9, 30, 0)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
MAX_BYTES = 200 * 1024


@dataclass(frozen=True)
class Sample:
    """One demo document and the verdict a correct scanner should give it."""

    name: str
    language: str  # zh | en | mixed
    fmt: str
    verdict: str  # controlled | review | excluded | clear | error
    categories: tuple[str, ...]
    clause: str  # "1E902.a", "1E902.b", "1E902.a, 1E902.b", "(1E902.a)" if excluded, "—"
    magnet_types: tuple[str, ...]
    carrier: str
    why: str
    build: Callable[[Path], None]
    exclusion: str | None = None
    hard: str = ""  # "hard positive" / "hard negative" / ""


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------


def paras(block: str, joiner: str = " ") -> list[str]:
    """Split a triple-quoted block into paragraphs (blank-line separated).

    Lines inside a paragraph are joined with ``joiner``: a space for English, an empty
    string for Chinese (Chinese text has no spaces between wrapped lines).
    """
    out: list[str] = []
    for chunk in re.split(r"\n\s*\n", block.strip("\n")):
        buf: list[str] = []
        for line in (x.strip() for x in chunk.splitlines()):
            if line.startswith("#"):  # a heading is always a paragraph of its own
                if buf:
                    out.append(joiner.join(buf))
                    buf = []
                out.append(line)
            elif line:
                buf.append(line)
        if buf:
            out.append(joiner.join(buf))
    return out


def dedent_text(block: str) -> str:
    """Strip the common indentation and leading blank line of a literal text file."""
    lines = block.strip("\n").splitlines()
    indent = min((len(x) - len(x.lstrip()) for x in lines if x.strip()), default=0)
    return "\n".join(line[indent:] for line in lines) + "\n"


def normalise_zip(path: Path) -> None:
    """Rewrite an OOXML package with fixed member timestamps and a fixed core 'modified'.

    python-docx and openpyxl stamp ZIP members with the wall clock, and openpyxl also
    overwrites ``dcterms:modified`` on save; both would make every run differ.
    """
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as src:
        members = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in members:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rf"\g<1>{stamp}\g<2>",
                    text,
                )
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
    path.write_bytes(buf.getvalue())


def write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write text with LF line endings (no platform translation)."""
    with path.open("w", encoding=encoding, newline="\n") as fh:
        fh.write(text)


# ---- DOCX helpers --------------------------------------------------------------------


def new_docx(*, cjk_font: str | None = None, latin_font: str = "Calibri") -> DocxDocument:
    """A blank document whose Normal style has a Latin and (optionally) an East Asian font."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = latin_font
    normal.font.size = Pt(10.5)
    if cjk_font:
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), cjk_font)
        for style_name in ("Title", "Heading 1", "Heading 2"):
            srpr = doc.styles[style_name].element.get_or_add_rPr()
            sfonts = srpr.find(qn("w:rFonts"))
            if sfonts is None:
                sfonts = OxmlElement("w:rFonts")
                srpr.append(sfonts)
            sfonts.set(qn("w:eastAsia"), "黑体")
    return doc


def set_core(
    doc: DocxDocument,
    *,
    title: str,
    author: str,
    subject: str = "",
    keywords: str = "",
    category: str = "",
    comments: str = "",
    revision: int = 1,
) -> None:
    """Set core properties deterministically (python-docx defaults to 'now')."""
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = subject
    cp.keywords = keywords
    cp.category = category
    cp.comments = comments
    cp.revision = revision
    cp.created = FIXED_DT.replace(tzinfo=None) - timedelta(days=30)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)


def add_page_field(paragraph: Paragraph, prefix: str, suffix: str = "") -> None:
    """Append 'prefix {PAGE} suffix' to a header/footer paragraph."""
    paragraph.add_run(prefix)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)
    if suffix:
        paragraph.add_run(suffix)


def add_table(
    doc: DocxDocument,
    rows: Sequence[Sequence[str]],
    *,
    bold_header: bool = True,
    style: str = "Table Grid",
) -> None:
    """Add a grid table; the first row is the header."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = style
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0 and bold_header:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph()


def add_paras(doc: DocxDocument, block: str, joiner: str = " ") -> None:
    """Add every paragraph of a block; lines starting with '#'/'##' become headings."""
    for p in paras(block, joiner):
        if p.startswith("## "):
            doc.add_heading(p[3:], level=2)
        elif p.startswith("# "):
            doc.add_heading(p[2:], level=1)
        else:
            doc.add_paragraph(p)


# ---- PDF helpers ---------------------------------------------------------------------


class DocPDF(FPDF):
    """A4 PDF with DejaVu fonts and an optional running header/footer."""

    def __init__(self, header_text: str = "", footer_text: str = "") -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.header_text = header_text
        self.footer_text = footer_text
        self.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(DEJAVU / "DejaVuSans-Oblique.ttf"))
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 16, 18)

    def header(self) -> None:
        if self.header_text:
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.header_text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(3)
            self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        if self.footer_text:
            self.set_y(-13)
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"{self.footer_text}    Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    def heading(self, text: str, size: float = 11.5) -> None:
        self.ln(1.5)
        self.set_font("DejaVu", "B", size)
        self.multi_cell(0, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(0.5)

    def body(self, block: str, size: float = 9.5, line: float = 4.8) -> None:
        self.set_font("DejaVu", "", size)
        for p in paras(block):
            self.multi_cell(0, line, p, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(1.6)

    def grid(self, rows: Sequence[Sequence[str]], widths: Sequence[float], size: float = 8.5) -> None:
        self.set_font("DejaVu", "", size)
        with self.table(
            col_widths=tuple(widths), line_height=4.6, text_align="LEFT", width=sum(widths)
        ) as table:
            for row in rows:
                cells = table.row()
                for value in row:
                    cells.cell(value)
        self.ln(2)


def pdf_meta(pdf: FPDF, *, title: str, subject: str, keywords: str, author: str, creator: str) -> None:
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_keywords(keywords)
    pdf.set_author(author)
    pdf.set_creator(creator)
    pdf.set_lang("en")


# ---- XLSX helpers --------------------------------------------------------------------


def new_workbook(*, title: str, creator: str, subject: str = "", keywords: str = "") -> Workbook:
    wb = Workbook()
    props = wb.properties
    props.title = title
    props.creator = creator
    props.lastModifiedBy = creator
    props.subject = subject
    props.keywords = keywords
    props.created = FIXED_DT.replace(tzinfo=None) - timedelta(days=20)
    props.modified = FIXED_DT.replace(tzinfo=None)
    return wb


def put_rows(
    ws: Worksheet,
    rows: Sequence[Sequence[object]],
    start_row: int = 1,
    header_row: int | None = None,
) -> None:
    for r, row in enumerate(rows, start=start_row):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if header_row is not None and r == header_row:
                cell.font = Font(bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def widths(ws: Worksheet, values: Sequence[float]) -> None:
    for i, w in enumerate(values):
        ws.column_dimensions[chr(ord("A") + i)].width = w


# --------------------------------------------------------------------------------------
# 1. controlled / DOCX / zh — sintered NdFeB 48SH process specification
# --------------------------------------------------------------------------------------


def build_ndfeb_spec(path: Path) -> None:
    doc = new_docx(cjk_font="宋体")
    section = doc.sections[0]
    hdr = section.header.paragraphs[0]
    hdr.text = "甬江恒磁新材料有限公司    受控文件    QP-S-017    第C版"
    hdr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ftr = section.footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(ftr, "内部资料  未经批准不得复制或外传    第 ", " 页")

    title = doc.add_heading("烧结钕铁硼 48SH 牌号生产工艺规范", level=0)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "文件编号：QP-S-017    版次：C    生效日期：2025-09-01    "
        "编制部门：技术部（烧结车间）    受控号：017-C-06"
    )
    doc.add_heading("版次表", level=1)
    add_table(
        doc,
        [
            ("版次", "日期", "修订内容", "编制", "审核", "批准"),
            ("A", "2023-03-15", "首次发布", "王建峰", "陈立", "周国庆"),
            (
                "B",
                "2024-06-20",
                "气流磨 D50 由 3.3 μm 调整为 3.0 μm；增加冷等静压工序",
                "王建峰",
                "陈立",
                "周国庆",
            ),
            (
                "C",
                "2025-09-01",
                "烧结温度由 1070℃ 调整为 1060℃，保温 4 h；二级回火改为 500℃",
                "刘海燕",
                "王建峰",
                "周国庆",
            ),
        ],
    )

    add_paras(
        doc,
        """
        # 1 目的
        规定 48SH 牌号烧结钕铁硼毛坯的配料、熔炼、制粉、成型、烧结及回火工艺参数，
        保证产品磁性能稳定并满足客户图纸要求。

        # 2 适用范围
        适用于本公司烧结车间 1#、2# 生产线 48SH 牌号毛坯的生产。后续机加工、电镀
        按 QP-M-021、QP-C-009 执行。

        # 3 引用文件
        QP-S-010《原材料验收规范》；QP-S-012《速凝铸片作业指导书》；
        QP-Q-003《磁性能检测规程》；QP-S-017-F01《烧结炉运行记录表》。

        # 4 合金成分
        名义成分（质量分数，%）如下表，允许偏差按 QP-S-010 执行。
        """,
        joiner="",
    )
    add_table(
        doc,
        [
            ("元素", "PrNd", "Dy", "B", "Co", "Cu", "Al", "Ga", "Zr", "Fe"),
            ("wt%", "29.00", "2.00", "0.95", "1.00", "0.15", "0.20", "0.20", "0.10", "余量"),
        ],
    )

    add_paras(
        doc,
        """
        # 5 工艺流程及参数
        配料 → 真空感应熔炼/速凝铸片 → 氢破 → 气流磨 → 取向成型 → 冷等静压 →
        真空烧结 → 两级回火 → 检验入库。

        ## 5.1 速凝铸片（SC）
        熔炼真空度 ≤ 5 Pa 后充氩至 0.05 MPa；浇注温度 1450±10℃；水冷铜辊线速度
        1.2 m/s；鳞片厚度 0.25～0.35 mm，柱状晶贯通，无 α-Fe；每炉取样测厚并记录。

        ## 5.2 氢破（HD）
        室温吸氢，氢压 0.10～0.15 MPa 至饱和（压力 10 min 不降）；脱氢 550℃×6 h，
        抽真空至 ≤ 10 Pa 后冷却出料；氢破粉含氢量 ≤ 1500 ppm。

        ## 5.3 气流磨（JM）
        氮气保护，系统氧含量 ≤ 20 ppm；研磨压力 0.65 MPa，分选轮转速 3600 r/min；
        粉末粒度 D50 = 3.0±0.1 μm，D90/D10 ≤ 4.5（激光粒度仪测定）；出料后加入
        0.08% 防氧化润滑剂，三维混料 2 h。

        ## 5.4 取向成型与冷等静压
        手套箱氧含量 ≤ 100 ppm；取向磁场 ≥ 1.8 T（直流），垂直压制，压坯密度
        3.9～4.1 g/cm³；真空包装后冷等静压 200 MPa，保压 30 s。

        ## 5.5 真空烧结
        装炉量 ≤ 600 kg/炉，石墨料盒；烧结曲线按下表执行，烧结段真空度
        ≤ 5×10⁻³ Pa；保温结束充高纯氩至 0.08 MPa 风冷至 ≤ 80℃ 出炉。
        """,
        joiner="",
    )
    add_table(
        doc,
        [
            ("段号", "目标温度/℃", "升温速率/(℃/min)", "保温时间/h", "说明"),
            ("1", "300", "3", "1.0", "脱有机物"),
            ("2", "600", "3", "2.0", "脱氢"),
            ("3", "850", "4", "1.5", "脱气、均温"),
            ("4", "1060", "2", "4.0", "烧结保温，真空度 ≤ 5×10⁻³ Pa"),
            ("5", "—", "—", "—", "充氩风冷至 ≤ 80℃"),
        ],
    )
    add_paras(
        doc,
        """
        ## 5.6 两级回火
        一级回火 900℃×2 h，充氩风冷至 ≤ 80℃；二级回火 500℃×4 h，风冷出炉。
        二级回火温度可在 480～520℃ 内按首件 HcJ 微调，调整须经工艺员签字。

        # 6 性能要求
        每炉抽取 φ10×10 mm 标准样柱 3 件，按 QP-Q-003 测试（20℃）。
        """,
        joiner="",
    )
    add_table(
        doc,
        [
            ("项目", "单位", "目标值", "判定"),
            ("剩磁 Br", "T", "1.37～1.42", "全部样柱合格"),
            ("内禀矫顽力 HcJ", "kA/m", "≥ 1592（≥ 20 kOe）", "全部样柱合格"),
            ("最大磁能积 (BH)max", "kJ/m³", "358～390", "参考"),
            ("方形度 Hk/HcJ", "—", "≥ 0.95", "参考"),
            ("密度", "g/cm³", "≥ 7.55", "全部样柱合格"),
        ],
    )
    add_paras(
        doc,
        """
        # 7 记录
        各工序参数记入 QP-S-017-F01～F05，保存期 3 年。工艺参数变更须走 ECN 流程，
        经技术部经理批准后方可执行。
        """,
        joiner="",
    )

    set_core(
        doc,
        title="烧结钕铁硼48SH牌号生产工艺规范",
        author="王建峰",
        subject="QP-S-017 第C版 烧结车间工艺规范",
        keywords="48SH; 速凝; 氢破; 气流磨; 烧结; 回火",
        category="受控文件",
        comments="受控号 017-C-06",
        revision=7,
    )
    doc.save(str(path))
    normalise_zip(path)


# --------------------------------------------------------------------------------------
# 2. controlled / PDF / en — P507-HCl PrNd/Ce separation flowsheet
# --------------------------------------------------------------------------------------


def build_sx_flowsheet(path: Path) -> None:
    pdf = DocPDF(
        header_text="Ganxi Hengyuan Separation Co., Ltd. — Process Engineering  |  "
        "FS-SX-204 Rev. C  |  CONFIDENTIAL — internal use only",
        footer_text="FS-SX-204 Rev. C — uncontrolled when printed",
    )
    pdf_meta(
        pdf,
        title="FS-SX-204 Ce/PrNd split — P507-HCl cascade flowsheet description",
        subject="Solvent extraction flowsheet, Line 2 (Ce/PrNd cut), oxalate precipitation and calcination",
        keywords="P507; HCl; mixer-settler; saponification; PrNd; Ce; oxalic acid; calcination",
        author="Zhou Wenjie (Process Engineering)",
        creator="Microsoft Word 2019",
    )
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(
        0,
        7,
        "Flowsheet Description FS-SX-204\nCe / PrNd Split on Line 2 — P507–HCl Mixer-Settler Cascade",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(
        0,
        4.5,
        "Document no.: FS-SX-204    Revision: C    Effective: 2025-08-18\n"
        "Prepared: Zhou Wenjie    Checked: Liang Min    Approved: Xu Dongsheng",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.heading("1  Scope")
    pdf.body("""
        This description fixes the design basis and operating window of the Line 2 cascade
        that splits the La-depleted chloride liquor into a Ce raffinate and a PrNd strip
        liquor, and of the downstream oxalate precipitation and calcination that turn the
        PrNd liquor into PrNd oxide (Pr6O11 + Nd2O3). Upstream La removal (Line 1) and the
        Ce(IV) finishing circuit are described in FS-SX-201 and FS-SX-207.
        """)
    pdf.heading("2  Feed and extractant")
    pdf.body("""
        Feed: mixed chloride liquor, 1.35 mol/L REO equivalent, pH 2.0–2.5, composition
        (% of REO) CeO2 52.5, Pr6O11 10.8, Nd2O3 34.9, others 1.8; Fe < 5 mg/L,
        Al < 20 mg/L. Feed flow 18.0 L/min at 25 ± 2 °C.

        Organic phase: 1.5 mol/L P507 (HEH/EHP) in sulfonated kerosene. The organic is
        saponified with 11 mol/L NaOH in a dedicated saponification mixer ahead of stage 1;
        the saponification degree is held at 36 % (range 34–38 %). Above 38 % the
        cascade shows third-phase formation in stages 3–6; below 34 % the Ce in the loaded
        organic exceeds 0.05 % at the scrub/extraction junction.
        """)
    pdf.heading("3  Cascade configuration")
    pdf.body("""
        The cascade consists of 92 box-type mixer-settlers (mixer 0.8 m³, settler 4.2 m³)
        in three sections: extraction (stages 1–40), scrubbing (stages 41–80) and stripping
        (stages 81–92). Feed enters stage 40. PrNd is extracted into the organic phase; Ce
        reports to the aqueous raffinate leaving stage 1. The scrub liquor is 3.0 mol/L HCl
        fed at stage 80; part of the PrNd strip liquor is refluxed to stage 80 to sharpen the
        Ce/Pr cut. Flows and ratios are given in Table 1.
        """)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(
        0,
        5,
        "Table 1 — Section design and operating set points (Line 2)",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.grid(
        [
            ("Section", "Stages", "Aqueous in", "Flow (L/min)", "O/A (flow)", "Key control"),
            ("Saponification", "1 mixer", "NaOH 11 mol/L", "3.34", "—", "Sap. 36 % (34–38 %)"),
            (
                "Extraction",
                "1–40",
                "Feed 1.35 mol/L",
                "18.0",
                "3.8 : 1",
                "Pr in raffinate < 0.03 % of REO",
            ),
            (
                "Scrubbing",
                "41–80",
                "HCl 3.0 mol/L",
                "4.5",
                "15 : 1",
                "CeO2/REO in organic ≤ 0.05 %",
            ),
            (
                "Stripping",
                "81–92",
                "HCl 200 g/L",
                "6.6",
                "10.3 : 1",
                "Free acid in strip liquor 0.3–0.5 mol/L",
            ),
            ("Organic", "1–92", "1.5 M P507 / kerosene", "68.0", "—", "Entrainment < 150 ppm"),
        ],
        widths=(24, 15, 33, 20, 18, 64),
    )
    pdf.body("""
        Stage counts were set from a countercurrent cascade model (separation factor
        β(Pr/Ce) = 2.1 at 36 % saponification) with a 15 % margin and verified in the 2024
        pilot run (PR-24-07).
        """)

    pdf.add_page()
    pdf.heading("4  Product specifications")
    pdf.body("""
        Ce raffinate: CeO2/REO ≥ 99.95 %, Pr6O11/REO ≤ 0.03 %; sent to the Ce(IV)
        circuit. PrNd strip liquor: 1.6–1.8 mol/L REO, CeO2/REO ≤ 0.05 %,
        Pr6O11 : Nd2O3 = 24 : 76 ± 1.
        """)
    pdf.heading("5  Oxalate precipitation")
    pdf.body("""
        The PrNd strip liquor is diluted to 0.45 mol/L REO and heated to 60 °C in 20 m³
        precipitation reactors. Oxalic acid (100 g/L, 60 °C) is added over 40 min at 1.10
        times the stoichiometric amount; the end-point pH is 1.5–1.8. The slurry is aged
        for 30 min with stirring at 85 r/min, filtered on a vacuum belt filter and washed
        with deionised water until the filtrate conductivity is below 200 μS/cm. Mother
        liquor is recycled to acid recovery.
        """)
    pdf.heading("6  Calcination")
    pdf.body("""
        The washed PrNd oxalate is calcined in an electric roller-hearth kiln: drying zone
        250 °C, decomposition zone 600 °C, calcination at 900 °C for 2 h (zone set points
        880/900/900 °C), saggar load 6 kg. Product PrNd oxide: TREO ≥ 99.0 %,
        (Pr6O11 + Nd2O3)/TREO ≥ 99.5 %, LOI (1000 °C) ≤ 0.5 %, Cl⁻ ≤ 300 ppm,
        D50 3–6 μm.
        """)
    pdf.heading("7  Critical alarms and deviations")
    pdf.body("""
        Alarm on: saponification outside 34–38 %; organic/aqueous interface in any settler
        above 65 % of settler height; strip acid below 190 g/L; calciner zone temperature
        deviation > 15 °C. Any deviation longer than 2 h is logged on form FS-SX-204-F02
        and assessed by process engineering before product release.
        """)
    pdf.heading("8  References")
    pdf.body("""
        FS-SX-201 La removal (Line 1); FS-SX-207 Ce(IV) finishing; PR-24-07 Line 2 pilot
        report; QA-OX-003 oxide release specification.
        """)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# 3. controlled / XLSX / zh — PrNd molten-salt electrolysis set points and shift log
# --------------------------------------------------------------------------------------


def build_electrolysis_log(path: Path) -> None:
    wb = new_workbook(
        title="EL-3号电解槽工艺设定值及运行记录",
        creator="赵志刚",
        subject="电解车间 2025年11月",
        keywords="EL-3; 设定值; 运行记录",
    )
    ws = wb.active
    assert ws is not None
    ws.title = "设定值"
    ws["A1"] = "EL-3号电解槽工艺设定值    文件号：WI-EL-006  第B版  生效日期：2025-10-20"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:F1")
    put_rows(
        ws,
        [
            ("序号", "参数", "设定值", "控制范围", "单位", "备注"),
            (1, "额定电流", 6.0, "5.9～6.1", "kA", "整流柜恒流运行"),
            (2, "槽温", 1045, "1035～1055", "℃", "W-Re 热电偶，每2 h 校核一次"),
            (3, "阳极电流密度", 1.0, "0.9～1.1", "A/cm²", "石墨阳极 4 块，弧形"),
            (4, "阴极电流密度", 6.5, "6.0～7.0", "A/cm²", "钨阴极 φ70 mm，插入深度 420 mm"),
            (5, "槽电压", 10.0, "9.5～10.5", "V", "超过 10.8 V 检查阳极"),
            (6, "极距", 90, "85～95", "mm", ""),
            (7, "电解质组成", "氟化镨钕 : LiF = 89 : 11", "LiF 10～12", "wt%", "每周取样分析"),
            (8, "原料", "氧化镨钕", "Pr:Nd = 25:75", "—", "水分 ≤ 0.3%，烘干 300℃×4 h"),
            (9, "加料速率", 10.5, "9.5～11.5", "kg/h", "振动给料，每 3 min 一次"),
            (10, "出金周期", 8, "—", "h", "每班出金一次，铁模浇铸"),
            (11, "电流效率", "≥ 80", "—", "%", "按班出金量核算"),
            (12, "保护气氛", "氩气", "0.5～1.0", "m³/h", "槽盖密封"),
            (13, "金属要求", "Fe ≤ 0.2，C ≤ 0.03，O ≤ 0.03", "—", "wt%", "每班取样"),
        ],
        start_row=3,
        header_row=3,
    )
    widths(ws, (6, 14, 24, 14, 8, 34))

    log = wb.create_sheet("运行记录")
    header = (
        "日期",
        "班次",
        "槽号",
        "电流(kA)",
        "槽电压(V)",
        "槽温(℃)",
        "加料量(kg)",
        "出金量(kg)",
        "电流效率(%)",
        "阳极",
        "记录人",
        "备注",
    )
    rows: list[tuple[object, ...]] = [header]
    rng = random.Random(20251101)
    shifts = (("夜班", "孙伟"), ("早班", "李强"), ("中班", "周敏"))
    # Theoretical metal per 8-h shift at 6 kA (3 electrons, M ≈ 144.3 g/mol).
    theory_kg = 6000 * 8 * 3600 / 96485 / 3 * 144.3 / 1000
    notes = (
        "",
        "",
        "",
        "",
        "槽面结壳已清理",
        "阳极效应 1 次，已处理",
        "出金正常",
        "加料器堵料 10 min",
        "",
    )
    for day in range(10):
        d = date(2025, 11, 1) + timedelta(days=day)
        for s, (shift, who) in enumerate(shifts):
            current = round(6.0 + rng.uniform(-0.05, 0.05), 2)
            metal = round(rng.uniform(66.5, 72.0), 1)
            feed = round(metal * 1.17 + rng.uniform(-1.5, 1.5), 1)
            eff = round(metal / theory_kg * 100, 1)
            anode = "更换2#阳极" if (day, s) in {(2, 1), (7, 2)} else "正常"
            rows.append(
                (
                    d.isoformat(),
                    shift,
                    "EL-3",
                    current,
                    round(rng.uniform(9.6, 10.4), 2),
                    rng.randint(1037, 1053),
                    feed,
                    metal,
                    eff,
                    anode,
                    who,
                    notes[rng.randrange(len(notes))],
                )
            )
    put_rows(log, rows, header_row=1)
    widths(log, (12, 7, 7, 9, 10, 9, 10, 10, 11, 11, 8, 22))
    log.freeze_panes = "A2"
    wb.save(str(path))
    normalise_zip(path)


# --------------------------------------------------------------------------------------
# 4. controlled / CSV (GB18030) / zh — in-situ leaching injection log
# --------------------------------------------------------------------------------------


def build_leach_csv(path: Path) -> None:
    rng = random.Random(2025_07_01)
    header = [
        "日期",
        "采场",
        "注液井号",
        "井深(m)",
        "硫酸铵浓度(%)",
        "日注液量(m³)",
        "注液强度(m³/(m²·d))",
        "收液池",
        "母液浓度(g/L)",
        "母液pH",
        "记录人",
        "备注",
    ]
    rows: list[list[str]] = [header]
    wells = [f"ZK-{row}{col:02d}" for row in "ABC" for col in (1, 3, 5, 7)]
    start = date(2025, 7, 1)
    for week in range(13):
        d = start + timedelta(days=7 * week)
        for well in wells[week % 3 :: 3]:
            conc = 3.0 if week < 4 else (2.5 if week < 9 else 2.0)
            # 3 m x 3 m well grid: intensity = daily volume / 9 m² of leached area.
            volume = round(rng.uniform(1.2, 2.2), 2)
            liquor = round(rng.uniform(0.55, 1.35) * (1.15 if week < 6 else 0.85), 2)
            note = ""
            if week == 9 and well.endswith("01"):
                note = "改注清水顶水"
            elif week == 5 and well.startswith("ZK-B"):
                note = "坡面渗漏，已减注"
            rows.append(
                [
                    d.isoformat(),
                    "YK-07",
                    well,
                    str(rng.choice((2.5, 3.0, 3.5))),
                    f"{conc:.1f}",
                    f"{volume:.2f}",
                    f"{volume / 9:.3f}",
                    "SY-2",
                    f"{liquor:.2f}",
                    f"{rng.uniform(4.6, 5.4):.1f}",
                    rng.choice(("黄国华", "钟小兵")),
                    note,
                ]
            )
    with path.open("w", encoding="gb18030", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)


# --------------------------------------------------------------------------------------
# 5. controlled (clause b) / TXT / en — sintering furnace line commissioning & maintenance
# --------------------------------------------------------------------------------------


FURNACE_PROCEDURE = """
    HENGCI MAGNETICS (NINGBO) CO., LTD. — EQUIPMENT ENGINEERING
    Procedure CMP-F-009  Rev. B   Effective 2025-10-06
    Title: Installation, commissioning and preventive maintenance of the
           Line 2 vacuum sintering furnaces (VSF-600 x 4) for NdFeB green compacts
    Prepared: Tang Wei (Equipment Eng.)  Checked: Liu Haiyan (Process)  Approved: Zhou Guoqing

    Revision history
      A  2024-11-12  First issue for Line 2 installation
      B  2025-10-06  Added leak-rate acceptance after heater change; PM intervals revised

    1  PURPOSE
    Defines how the four VSF-600 vacuum sintering furnaces of Line 2 are installed,
    commissioned, accepted and maintained so that they can run the sintering and
    tempering recipes of QP-S-017 (48SH) and QP-S-022 (52M). This procedure does not
    set the recipes; recipe values quoted below are acceptance targets only.

    2  INSTALLATION CHECKS (before power-on)
    2.1  Foundation level within 0.5 mm/m; anchor bolts torqued to 180 N·m.
    2.2  Cooling water: supply 0.25-0.35 MPa, inlet <= 30 °C, flow >= 12 m³/h per
         furnace; flow switches on every jacket circuit tested by closing the valve.
    2.3  Power: 380 V ±5 %, 3-phase; transformer tap set for 240 kW heater load;
         heater-to-ground insulation >= 2 MΩ at 500 V DC.
    2.4  Argon line: 0.6 MPa, dew point <= -60 °C, O2 <= 2 ppm at furnace inlet.
    2.5  Graphite heating elements and hot-zone felt inspected for transport damage;
         no cracked element or bolt accepted.

    3  COLD COMMISSIONING
    3.1  Pump-down: rotary vane + Roots + diffusion pump; empty cold furnace to
         <= 6.7E-3 Pa within 45 min.
    3.2  Leak rate (pressure-rise method): isolate at <= 1E-2 Pa, record 30 min.
         Acceptance: leak rate <= 0.5 Pa·L/s (chamber volume 3.2 m³).
    3.3  Interlocks: door, water flow, over-temperature, gas backfill pressure,
         vacuum-not-reached — each tripped once and logged on CMP-F-009-F01.
    3.4  Gas quench: backfill to 0.08 MPa Ar and fan start; fan current within
         nameplate ±10 %.

    4  HOT COMMISSIONING AND ACCEPTANCE
    4.1  Bake-out of the empty hot zone: 1100 °C for 2 h under vacuum.
    4.2  Temperature uniformity survey (TUS) with 9 type-S thermocouples in the
         working volume at the QP-S-017 sintering set point (reference 1060 °C):
         acceptance ±5 °C after 30 min soak; repeat at 900 °C and 500 °C tempering
         references.
    4.3  Dummy load of 600 kg graphite boxes with scrap blocks; run the released
         recipe once; vacuum at soak must stay <= 5E-3 Pa.
    4.4  First production batch: process engineering releases the furnace only when
         density and magnetic properties meet the QP-S-017 table (reference only).
    4.5  Sign-off: equipment, process and QA on form CMP-F-009-F02.

    5  PREVENTIVE MAINTENANCE
    Interval        Task
    ----------      ------------------------------------------------------------
    each batch      check door O-ring, clean sealing face; record ultimate vacuum
    weekly          rotary-vane pump oil level and colour; Roots pump sound/temp
    monthly         leak-rate test (acceptance as 3.2); clean cooling-water filters
    quarterly       calibrate control and over-temperature thermocouples (±2 °C)
    2000 h          change diffusion-pump oil; inspect baffle and cold trap
    6 months        measure heater resistance per zone (replace if > +8 % vs new);
                    inspect graphite felt, replace sagging panels
    12 months       full TUS per 4.2; replace all door and flange O-rings
    After any heater or hot-zone repair: bake-out (4.1), leak test (3.2) and TUS (4.2)
    before returning the furnace to production.

    6  RECORDS
    CMP-F-009-F01 interlock test; -F02 commissioning sign-off; -F03 PM log.
    Records kept 5 years by Equipment Engineering.
    """


def build_furnace_procedure(path: Path) -> None:
    write_text(path, dedent_text(FURNACE_PROCEDURE))


# --------------------------------------------------------------------------------------
# 6. controlled / TXT / mixed — NdFeB grinding sludge (油泥) recycling
# --------------------------------------------------------------------------------------


SLUDGE_WI = """
    赣南绿源再生资源有限公司  Ganan Lvyuan Resource Recycling Co., Ltd.
    作业指导书 Work Instruction  WI-R-023  第A版 Rev. A   2025-06-30
    钕铁硼油泥回收工艺 / NdFeB grinding sludge (油泥) recovery route
    编制 Prepared: 邱晓东 Qiu Xiaodong   审核 Checked: 蔡明 Cai Ming

    1. 原料 Feed
       钕铁硼磨削油泥 NdFeB grinding sludge, 含油 oil 8-15 %, 含水 water 10-20 %,
       REO 22-28 % (dry basis). 每批 batch 2.0 t wet.

    2. 脱油 De-oiling
       真空蒸馏 vacuum distillation 350 ℃ × 4 h, 回收油 oil recovered to tank T-3.
       Residual oil <= 1.0 %.

    3. 氧化焙烧 Oxidising roast
       回转窑 rotary kiln, 800 ℃ × 3 h, air 20 m³/h, 转速 2 r/min.
       目的 Purpose: Fe -> Fe2O3 (hematite), RE -> RE2O3; Fe2+ must be < 0.5 %
       (检测 titration) or leach selectivity drops.

    4. 盐酸优溶 HCl selective leaching
       液固比 L/S = 4:1, 6 mol/L HCl 缓慢加入 dosed slowly, 温度 90 ℃,
       终点 end-point pH 4.5 (range 4.3-4.7), 保温 hold 2 h.
       At pH 4.5 稀土 dissolves, Fe2O3 stays in residue (Fe in leachate < 0.05 g/L).
       pH < 4.0 → Fe 进入溶液 dissolves, do NOT overshoot.

    5. 固液分离 Filtration
       厢式压滤 chamber filter press; 铁渣 iron residue washed 2x, REO in residue
       <= 0.5 % → 合格 sent to cement plant.

    6. 沉淀与灼烧 Precipitation & calcination
       草酸沉淀 oxalic acid 1.15 × theory, 60 ℃; 灼烧 calcine 850 ℃ × 2 h.
       Product: mixed RE oxide (PrNd + Dy/Tb) TREO >= 99 %, 送分离线 to SX line 3.

    7. 指标 KPIs
       稀土回收率 RE recovery >= 96.5 % (oxide vs feed REO), 目标 target 97 %.
       酸耗 acid 1.45 t HCl(31 %) per t dry sludge.

    8. 记录 Records: WI-R-023-F01 批记录 batch record (roast T, leach pH, recovery).
    """


def build_sludge_wi(path: Path) -> None:
    write_text(path, dedent_text(SLUDGE_WI))


# --------------------------------------------------------------------------------------
# 7. controlled / MD / en — SmCo 2:17 heat-treatment route
# --------------------------------------------------------------------------------------


SMCO_ROUTE = """
    # HT-SC-005 — Sm2Co17 (2:17) sintered magnet heat-treatment route

    | Field | Value |
    |---|---|
    | Document | HT-SC-005, Rev. D |
    | Owner | Northbridge Magnetics Ltd. — Sintering & Heat Treatment |
    | Grade | NB-SC2832H (2:17, HcJ ≥ 2000 kA/m) |
    | Effective | 2025-07-14 |
    | Classification | Internal — process know-how |

    ## 1. Alloy and powder (for reference)

    Nominal composition Sm(Co0.70 Fe0.20 Cu0.07 Zr0.03)7.4, vacuum induction melted,
    book-mould cast, homogenised 1150 °C × 20 h. Jet-milled to FSSS 3.8–4.2 µm,
    aligned in 2.0 T and isostatically pressed at 200 MPa.

    ## 2. Sintering and solution treatment

    | Step | Set point | Time | Atmosphere | Notes |
    |---|---|---|---|---|
    | Sinter | 1215 °C | 1 h | Ar, 0.05 MPa | ramp 5 °C/min above 900 °C |
    | Cool to solution temperature | 1190 °C | — | Ar | furnace cool, ~10 min |
    | Solution treatment | 1190 °C | 3 h | Ar | ±3 °C; Sm loss controlled by Sm-rich getter |
    | Quench | to < 100 °C | — | Ar gas quench, 0.2 MPa | ≥ 150 °C/min through 1000–700 °C |

    ## 3. Ageing (cellular structure development)

    | Step | Set point | Time | Notes |
    |---|---|---|---|
    | Isothermal ageing | 830 °C | 12 h | vacuum ≤ 5×10⁻² Pa or Ar |
    | Slow cooling | 830 → 400 °C | ~10 h | **0.7 °C/min** ramp; never above 1.0 °C/min |
    | Hold | 400 °C | 5 h | |
    | Quench | to room temperature | — | Ar gas quench |

    Deviations: if the slow-cool rate exceeds 1.0 °C/min the Cu-rich 1:5 cell boundary
    phase does not develop fully and HcJ falls by 20–40 %; re-age the batch (830 °C × 4 h
    + slow cool) once only.

    ## 4. Acceptance (20 °C, 3 samples per furnace load)

    | Property | Target |
    |---|---|
    | Br | 1.08–1.12 T |
    | HcJ | ≥ 2000 kA/m |
    | (BH)max | 223–239 kJ/m³ |
    | Hk/HcJ | ≥ 0.70 |
    | Density | ≥ 8.35 g/cm³ |

    ## 5. Change log

    - Rev. D (2025-07-14): ageing extended from 10 h to 12 h; slow-cool rate fixed at 0.7 °C/min.
    - Rev. C (2024-02-02): solution treatment 1195 → 1190 °C after Sm-loss study TR-SC-031.
    """


def build_smco_route(path: Path) -> None:
    write_text(path, dedent_text(SMCO_ROUTE))


MANUSCRIPT_DRAFT = """\
DRAFT manuscript - for internal pre-submission review (not yet submitted)
Target journal: Journal of Magnetism and Magnetic Materials
Title: Tb grain-boundary diffusion in 6 mm sintered NdFeB magnets from a production line
Authors: Chen Lu, Wang Fei (Hengci Magnetics R&D); corresponding author: Chen Lu

Abstract
Sintered NdFeB magnets (48SH base grade) were coated with a TbH2 slurry and diffused at
900 °C for 10 h, then tempered at 500 °C for 3 h. HcJ rose by 8.5 kOe with a Br loss of
0.02 T. Diffusion depth and Tb consumption (0.35 wt%) are reported for 6 mm thick blocks.

Keywords: NdFeB; grain boundary diffusion; terbium; coercivity

1 Experimental
Base magnets were made on line 3: strip casting, hydrogen decrepitation, jet milling to
D50 3.2 um, pressing in 2 T, sintering 1065 °C for 5 h.

Note from R&D management: the export-control officer must clear this draft before it is
sent to the co-authors abroad.
"""


def build_manuscript_draft(path: Path) -> None:
    write_text(path, MANUSCRIPT_DRAFT)


def build_mail_with_attachment(path: Path) -> None:
    """An innocent covering note whose attachment carries the recipe: the gate must see it."""
    from email.message import EmailMessage
    from email.utils import format_datetime

    msg = EmailMessage()
    msg["From"] = "Chen Lu <chen.lu@hengci-magnetics.example>"
    msg["To"] = "Dr. Anna Weber <a.weber@partner-institute.example>"
    msg["Date"] = format_datetime(datetime(2025, 11, 20, 9, 15, tzinfo=UTC))
    msg["Subject"] = "Documents for our meeting next week"
    msg["Message-ID"] = "<20251120091500.4711@hengci-magnetics.example>"
    msg.set_content(
        "Dear Anna,\n\nas discussed, please find attached the document for our meeting next "
        "week. Looking forward to seeing you in Munich.\n\nBest regards,\nChen Lu\n"
    )
    msg.add_attachment(
        dedent_text(SMCO_ROUTE).encode("utf-8"),
        maintype="text",
        subtype="markdown",
        filename="HT-SC-005_rev_C.md",
    )
    msg.set_boundary("===============4711000000000000001==")  # fixed: the file is identical every run
    path.write_bytes(msg.as_bytes())


# --------------------------------------------------------------------------------------
# 8. review / TXT / en — email-like trip report from a magnet plant visit
# --------------------------------------------------------------------------------------


TRIP_REPORT = """
    From: Markus Lehner <m.lehner@aldenwerk-drives.example>
    To: Sourcing EMEA <sourcing-emea@aldenwerk-drives.example>
    Cc: Petra Novak <p.novak@aldenwerk-drives.example>
    Date: Tue, 18 Nov 2025 17:42:09 +0100
    Subject: Trip report - supplier visit Ningbo magnet plant (17 Nov)

    Hi all,

    short summary of yesterday's visit to Hengci Magnetics in Ningbo (potential second
    source for the M220 rotor magnets).

    - Plant tour was about 2 hours: strip casting, jet milling and pressing halls, then
      the sintering hall. They run eight vacuum sintering furnaces, all VSF-600 units from
      Kerong Vacuum Equipment, about 600 kg per load. Our guide said they sinter "around
      1080 °C" for the high-coercivity grades, with a two-stage temper afterwards (roughly
      900 °C, then 500 °C). We did not see any recipe, furnace program or set-point sheet
      and I did not ask further.
    - Machining and coating (NiCuNi and epoxy) done in a separate building, looked tidy.
    - Capacity quoted at 6,000 t/a of sintered blocks, 40 % automotive.
    - Quality: IATF 16949 certificate valid to 2027; PPAP level 3 is possible.

    Open points:
    1. Quote for N52SH segments (drawing M220-RM-04) expected by 28 Nov.
    2. Ask whether export licensing applies to anything they would share with us
       beyond the magnets themselves - Petra to check with compliance.
    3. Process audit proposed for Q1 2026.

    Best regards,
    Markus
    """


def build_trip_report(path: Path) -> None:
    write_text(path, dedent_text(TRIP_REPORT))


# --------------------------------------------------------------------------------------
# 9. excluded (public-domain) / PDF / en — journal article first page
# --------------------------------------------------------------------------------------


def build_journal_article(path: Path) -> None:
    pdf = DocPDF()
    pdf_meta(
        pdf,
        title="Coercivity enhancement of sintered Nd-Fe-B magnets by grain-boundary "
        "diffusion of a Tb-Cu-Al eutectic alloy",
        subject="Journal of Permanent Magnet Materials and Devices, 41(6) (2025) "
        "1123-1135. doi:10.59012/jpmmd.2025.06.014",
        keywords="Nd-Fe-B; grain boundary diffusion; terbium; coercivity; microstructure",
        author="Lin Yuqing; Haruto Saeki; Wang Zhenhua; Daniel R. Okafor",
        creator="Meridian Typesetting Services",
    )
    pdf.add_page()
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(
        0,
        4,
        "Journal of Permanent Magnet Materials and Devices 41 (2025) 1123–1135",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.cell(
        0,
        4,
        "Contents lists available at MeridianDirect  ·  journal homepage: www.meridian-sci.example/jpmmd",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4, "Research article", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(
        0,
        6.5,
        "Coercivity enhancement of sintered Nd–Fe–B magnets by "
        "grain-boundary diffusion of a Tb–Cu–Al eutectic alloy",
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(
        0,
        5,
        "Yuqing Lin a, Haruto Saeki b, Zhenhua Wang a,*, Daniel R. Okafor c",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("DejaVu", "I", 7.5)
    pdf.multi_cell(
        0,
        3.8,
        "a School of Materials Science and Engineering, Donghai University of "
        "Technology, Shanghai 201620, China\n"
        "b Department of Materials Physics, Kansai Institute of Science, "
        "Osaka 565-0871, Japan\n"
        "c Institute for Functional Materials, Rhine-Main Technical University, "
        "64287 Darmstadt, Germany\n"
        "* Corresponding author. E-mail address: zh.wang@dhut.example (Z. Wang).",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(
        0,
        4,
        "Article history: Received 12 March 2025; Received in revised form "
        "30 May 2025; Accepted 14 June 2025; Available online 2 July 2025\n"
        "https://doi.org/10.59012/jpmmd.2025.06.014",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.cell(0, 5, "Abstract", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.body(
        """
        Grain-boundary diffusion (GBD) of heavy rare-earth elements is the most efficient
        route to high coercivity in sintered Nd–Fe–B magnets with minimal loss of
        remanence. Here, a Tb68Cu20Al12 (at.%) eutectic alloy was sputtered onto 5 mm thick
        commercial N52 magnets and diffused at 900 °C for 10 h, followed by annealing at
        500 °C for 3 h. The coercivity increased from 1.05 T to 2.02 T (μ0Hc) with a
        remanence loss of only 0.02 T, using 0.42 wt.% Tb. Scanning transmission electron
        microscopy revealed a continuous Tb-rich (Nd,Tb)2Fe14B shell of 0.5–1.2 μm and
        thickened, non-ferromagnetic Cu/Al-rich grain-boundary phases. Depth-resolved
        measurements show that the Cu–Al addition lowers the melting point of the
        diffusion source and accelerates Tb penetration to beyond 2.5 mm. The results
        clarify the role of the grain-boundary liquid phase in shell formation.
        """,
        size=8.8,
        line=4.4,
    )
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.cell(0, 5, "Keywords:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.body(
        "Nd–Fe–B; Grain boundary diffusion; Terbium; Coercivity; Core–shell structure; Eutectic alloy",
        size=8.5,
        line=4.2,
    )
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "1. Introduction", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.body(
        """
        Sintered Nd–Fe–B magnets are indispensable for traction motors of electric
        vehicles and for direct-drive wind generators, where operating temperatures of
        150–200 °C require a room-temperature coercivity above 2 T [1–3]. Conventional
        alloying with Dy or Tb raises the anisotropy field of the main phase but dilutes
        the magnetisation and consumes scarce heavy rare earths [4]. Grain-boundary
        diffusion, introduced by Nakamura et al. [5], confines the heavy rare earth to the
        outer shell of each grain, where reversed domains nucleate [6,7].

        Several diffusion sources have been studied, including fluorides, hydrides and
        low-melting eutectic alloys [8–12]. Eutectic sources such as Tb–Cu wet the grain
        boundaries at lower temperature, but the influence of a third element on the
        diffusion kinetics has not been resolved [13]. In this work we ...
        """,
        size=8.8,
        line=4.4,
    )
    pdf.set_auto_page_break(auto=False)
    if pdf.page_no() != 1 or pdf.get_y() > pdf.h - 24:
        raise RuntimeError("journal first page overflows")
    pdf.set_y(-22)
    pdf.set_font("DejaVu", "", 7)
    pdf.multi_cell(
        0,
        3.5,
        "0921-5107/© 2025 Meridian Scientific Publishing Ltd. All rights "
        "reserved, including those for text and data mining, AI training, and "
        "similar technologies.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# 10. excluded (patent-filing) / DOCX / zh — invention patent application
# --------------------------------------------------------------------------------------


def build_patent(path: Path) -> None:
    doc = new_docx(cjk_font="宋体")
    section = doc.sections[0]
    hdr = section.header.paragraphs[0]
    hdr.text = "华知恒信专利代理事务所    案卷号：HZ-25P-0412    定稿（提交版）"
    ftr = section.footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(ftr, "第 ", " 页")

    title = doc.add_heading("发明专利申请", level=0)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_table(
        doc,
        [
            ("申请号", "202511087654.3"),
            ("申请日", "2025年08月12日"),
            ("发明名称", "一种低氧镝铁合金的熔盐电解制备方法"),
            ("申请人", "赣州鑫源稀有金属有限公司"),
            ("发明人", "钟立新；黄美玲；谢冬"),
            ("专利代理机构", "华知恒信专利代理事务所（普通合伙） 代理师 李慧"),
        ],
        bold_header=False,
    )

    doc.add_heading("权利要求书", level=1)
    add_paras(
        doc,
        """
        1. 一种低氧镝铁合金的熔盐电解制备方法，其特征在于，包括以下步骤：
        S1，以氟化镝和氟化锂组成电解质体系，于电解槽中熔化；S2，以铁为自耗阴极、
        石墨为阳极，向熔盐中连续加入氧化镝进行电解；S3，将阴极析出的液态镝铁合金
        收集于钼坩埚中并在氩气保护下浇铸。

        2. 根据权利要求1所述的方法，其特征在于，所述电解质中氟化镝与氟化锂的质量比
        为 85：15～92：8。

        3. 根据权利要求1或2所述的方法，其特征在于，电解温度为 1020～1080℃，阴极电流
        密度为 5～12 A/cm²，阳极电流密度为 0.6～1.2 A/cm²。

        4. 根据权利要求1所述的方法，其特征在于，所述氧化镝在加入前经 400～600℃ 焙烧
        2～4 h，含水量不大于 0.1%。

        5. 根据权利要求1至4任一项所述的方法，其特征在于，所得镝铁合金中镝含量为
        78～82 wt%，氧含量不大于 0.03 wt%。
        """,
        joiner="",
    )

    doc.add_heading("说明书", level=1)
    doc.add_paragraph("一种低氧镝铁合金的熔盐电解制备方法").alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_paras(
        doc,
        """
        ## 技术领域
        [0001] 本发明属于稀土冶金技术领域，具体涉及一种低氧镝铁合金的熔盐电解制备方法。

        ## 背景技术
        [0002] 镝铁合金是制备高矫顽力钕铁硼磁体的重要添加原料。现有氟化物体系氧化物
        电解工艺中，合金氧含量通常为 0.05～0.10 wt%，且阴极消耗不均匀，电流效率偏低。

        [0003] 中国专利 CN11XXXXXXXA 公开了一种镝铁合金的制备方法，但未解决合金氧含量
        偏高的问题。

        ## 发明内容
        [0004] 本发明的目的在于提供一种低氧镝铁合金的熔盐电解制备方法，通过控制电解质
        组成、电流密度和原料预处理，使合金氧含量不大于 0.03 wt%。

        [0005] 为实现上述目的，本发明采用如下技术方案：……（同权利要求1）。

        [0006] 与现有技术相比，本发明的有益效果是：合金氧含量降低 50% 以上，电流效率
        提高至 75% 以上。

        ## 附图说明
        [0007] 图1为本发明所用电解槽的结构示意图；图2为实施例1所得合金的 XRD 图谱。

        ## 具体实施方式
        [0008] 实施例1：将氟化镝与氟化锂按质量比 88：12 混合，加入 3 kA 石墨坩埚电解槽中
        熔化，控制温度 1050℃。以 φ40 mm 纯铁棒为阴极，阴极电流密度 8 A/cm²，阳极电流
        密度 0.9 A/cm²；氧化镝经 500℃ 焙烧 3 h 后每 5 min 加入 0.3 kg。连续电解 24 h，
        得镝铁合金 158 kg，镝含量 80.3 wt%，氧含量 0.021 wt%，电流效率 77.6%。

        [0009] 实施例2：……

        ## 说明书摘要
        本发明公开了一种低氧镝铁合金的熔盐电解制备方法，以氟化镝-氟化锂为电解质，铁为
        自耗阴极，……所得合金氧含量不大于 0.03 wt%。摘要附图：图1。
        """,
        joiner="",
    )

    set_core(
        doc,
        title="发明专利申请-一种低氧镝铁合金的熔盐电解制备方法",
        author="李慧",
        subject="专利申请文件（权利要求书、说明书、摘要）",
        keywords="发明专利; 申请号 202511087654.3; 权利要求书; 说明书",
        category="专利申请",
        comments="案卷号 HZ-25P-0412",
        revision=4,
    )
    doc.save(str(path))
    normalise_zip(path)


# --------------------------------------------------------------------------------------
# 11. excluded (basic-research) / TXT / zh — NSFC general programme proposal extract
# --------------------------------------------------------------------------------------


NSFC_EXTRACT = """
    国家自然科学基金面上项目申请书（正文节选）

    项目名称：镧系离子4f电子结构对有机膦酸类萃取剂配位选择性的调控机制
    申请代码：B0104    申请人：许嘉明    依托单位：华东理工科技大学化学学院
    研究期限：2026年01月—2029年12月    申请经费：54 万元

    一、立项依据
    镧系元素离子半径随原子序数增加而缓慢减小（镧系收缩），相邻元素的化学性质极为
    相近。有机膦酸类萃取剂（如 HEH/EHP、D2EHPA）对不同镧系离子表现出一定的选择性，
    但这种选择性的微观起源仍不清楚：4f 轨道高度内层化，通常认为其不参与成键，而
    近年的光谱与理论研究提示 4f/5d 轨道与配体之间存在微弱但不可忽略的共价作用。
    阐明 4f 电子结构、配位数和第二配位层溶剂化对配位热力学的贡献，是理解镧系分离
    化学的基础科学问题。

    二、研究内容
    1. 采用相对论密度泛函理论（ZORA-DFT）和 CASSCF/NEVPT2 计算 La–Lu 与膦酸配体
       单体及二聚体配合物的电子结构，分析 4f/5d 轨道布居、键级与 QTAIM 电子密度拓扑。
    2. 培养代表性配合物单晶，测定晶体结构；结合 EXAFS 与 Ln L3 边 XANES 确定溶液中
       的配位数与 Ln–O 键长。
    3. 利用等温滴定量热（ITC）与变温 ³¹P NMR 测定配位焓、熵，建立其与离子半径的
       关系；以 Eu³⁺ 荧光寿命探针确定内层水分子数。

    三、拟解决的关键科学问题
    4f 轨道共价性在镧系系列中的变化规律；配位热力学中焓–熵补偿的来源。

    四、研究方案与可行性
    本项目全部为实验室尺度的结构与热力学研究，样品量为毫克级，体系为模型溶剂
    （正庚烷/水）。不涉及工业萃取流程、级数设计、皂化或任何生产工艺参数的研究。

    五、预期成果
    在 Inorg. Chem.、J. Phys. Chem. A 等期刊发表论文 4～6 篇，培养研究生 3 名。
    """


def build_nsfc(path: Path) -> None:
    write_text(path, dedent_text(NSFC_EXTRACT))


# --------------------------------------------------------------------------------------
# 12. clear / TXT / en — market weekly
# --------------------------------------------------------------------------------------


MARKET_WEEKLY = """
    ASIA RARE EARTH MONITOR — WEEKLY  |  Week 47, 17-21 November 2025  |  Issue 412
    Meridian Commodities Research · subscriber edition · not for redistribution

    PRICES (FOB China, USD/kg, mid-point; week-on-week change)
      PrNd oxide (Pr6O11+Nd2O3, TREO >= 99 %)       78.50   +1.2 %
      Nd metal (>= 99.5 %)                           96.20   +0.9 %
      Dy oxide (Dy2O3 >= 99.5 %)                    238.00   -0.4 %
      Tb oxide (Tb4O7 >= 99.99 %)                   1,025.00  unch.
      Ce oxide (CeO2 >= 99.5 %)                       1.62   unch.
      La oxide (La2O3 >= 99.5 %)                      0.66   -1.5 %
      Domestic PrNd oxide (CNY/t, incl. VAT)        572,500   +8,000

    MARKET COMMENTARY
    PrNd oxide firmed for a third week as magnet makers restocked ahead of December
    contract talks. Spot liquidity stayed thin: several separation plants in Jiangxi
    and Guangxi are running below 70 % after provincial environmental inspections, and
    ion-adsorption concentrate imports from Myanmar fell 18 % month-on-month in October.

    Heavy rare earths were mixed. Dy oxide eased on weaker demand from wind turbine
    magnet producers; Tb held steady. Export licensing under MOFCOM Announcements 2025
    No. 61 and No. 62 continues to lengthen lead times for overseas buyers; traders
    report 30-45 working days for licence approval.

    SUPPLY & DEMAND NEWS
    - Northern producer announced Q1 2026 mining and separation quotas unchanged.
    - A Malaysian processor restarted its cracking and leaching plant after maintenance.
    - EV sales in China up 21 % y/y in October; sintered magnet exports +6 % m/m.

    OUTLOOK
    We expect PrNd oxide at USD 76-82/kg into December; downside risk if quota news
    surprises. Prices are indicative assessments, not offers.
    """


def build_market_weekly(path: Path) -> None:
    write_text(path, dedent_text(MARKET_WEEKLY))


# --------------------------------------------------------------------------------------
# 13. clear / XLSX / zh — purchase order for PrNd and Dy oxide
# --------------------------------------------------------------------------------------


def build_purchase_order(path: Path) -> None:
    wb = new_workbook(
        title="采购订单 PO-2025-1187",
        creator="采购部 沈丽",
        subject="氧化镨钕、氧化镝采购",
        keywords="采购订单; PO-2025-1187",
    )
    ws = wb.active
    assert ws is not None
    ws.title = "采购订单"
    ws["A1"] = "甬江恒磁新材料有限公司    采 购 订 单"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    put_rows(
        ws,
        [
            ("订单号", "PO-2025-1187", "", "订单日期", "2025-11-12"),
            ("供应商", "赣州恒远稀土贸易有限公司", "", "供应商编码", "S-0318"),
            ("联系人", "钟先生 138-0797-0000", "", "采购员", "沈丽"),
        ],
        start_row=3,
    )
    items = [
        (
            "序号",
            "物料编码",
            "品名",
            "规格/质量要求",
            "单位",
            "数量",
            "含税单价(元)",
            "金额(元)",
            "交货期",
        ),
        (
            1,
            "RM-0101",
            "氧化镨钕",
            "TREO≥99.0%，(Pr6O11+Nd2O3)/TREO≥99.5%，Pr:Nd=25:75",
            "kg",
            5000,
            572.50,
            5000 * 572.50,
            "2025-12-15",
        ),
        (
            2,
            "RM-0105",
            "氧化镝",
            "Dy2O3/TREO≥99.5%，灼减≤1.0%",
            "kg",
            200,
            1690.00,
            200 * 1690.00,
            "2025-12-15",
        ),
    ]
    put_rows(ws, items, start_row=7, header_row=7)
    ws["G10"] = "合计（元）"
    ws["H10"] = 5000 * 572.50 + 200 * 1690.00
    ws["G10"].font = Font(bold=True)
    for row in (8, 9, 10):
        ws.cell(row=row, column=8).number_format = "#,##0.00"
        ws.cell(row=row, column=7).number_format = "#,##0.00"
    put_rows(
        ws,
        [
            ("交货地点", "宁波市北仑区 恒磁原料仓库"),
            ("付款条件", "货到验收合格后 30 天电汇，含 13% 增值税"),
            ("包装", "内衬塑料袋铁桶，50 kg/桶，每批附质量证明书"),
            ("验收", "按 QP-S-010《原材料验收规范》抽样化验，不合格退货"),
            ("备注", "出口管制：本订单为国内采购，不涉及技术转让"),
            ("供应商确认（盖章）", "", "", "", "采购部经理", "周伟"),
        ],
        start_row=12,
    )
    widths(ws, (16, 26, 12, 44, 6, 8, 12, 14, 12))
    wb.save(str(path))
    normalise_zip(path)


# --------------------------------------------------------------------------------------
# 14. clear / DOCX / en — EV traction motor design review
# --------------------------------------------------------------------------------------


def build_motor_review(path: Path) -> None:
    doc = new_docx()
    section = doc.sections[0]
    header = "Aldenwerk Drives GmbH · E-Motor Engineering · DR-M220 · Company confidential"
    section.header.paragraphs[0].text = header
    add_page_field(section.footer.paragraphs[0], "DR-M220 design review minutes — page ")
    doc.add_heading("Design Review DR-M220: 220 kW Traction Motor, B-Sample Gate", level=0)
    add_table(
        doc,
        [
            ("Item", "Detail"),
            ("Date / place", "2025-11-06, Stuttgart, room E2.14 + video"),
            ("Chair", "Dr. Katrin Vogel (Chief Engineer E-Motor)"),
            (
                "Attendees",
                "M. Lehner (Sourcing), P. Novak (Compliance), J. Brandt (Rotor), "
                "S. Iyer (Stator/Thermal), T. Weiss (NVH), A. Rossi (Validation)",
            ),
            (
                "Documents",
                "M220 concept report v2.3; FEA report FEA-M220-017; magnet specification MS-0412 rev. C",
            ),
        ],
    )
    add_paras(
        doc,
        """
        # 1 Scope
        Gate review of the M220 permanent-magnet synchronous motor (IPM, 8 poles, 48 slots,
        hairpin winding) for the B-sample build. Peak 220 kW / 420 Nm, 800 V DC link,
        max speed 18,000 rpm.

        # 2 Rotor and magnets
        Double-V rotor topology, 0.27 mm NO27 lamination. Magnets are purchased parts:
        sintered NdFeB grade N52SH, 4 segments per pole (44.0 × 18.0 × 4.2 mm), epoxy
        coated, supplied magnetised per specification MS-0412 rev. C (Br ≥ 1.42 T,
        HcJ ≥ 1592 kA/m at 20 °C, reversible temperature coefficient of Br −0.11 %/K).
        Magnet mass 1.86 kg per motor. Second source under evaluation (see trip report of
        18 Nov). No magnet manufacturing know-how is held or required by Aldenwerk.

        # 3 Electromagnetic results (FEA-M220-017)
        Back-EMF constant 0.118 V·s/rad (line-line peak, 20 °C); back-EMF at 18,000 rpm
        within the 800 V inverter limit with 9 % margin. THD of back-EMF 2.8 %.
        Cogging torque 0.9 Nm peak-to-peak after 2-step rotor skew.

        # 4 Demagnetisation check
        Worst case: 3-phase short circuit at 18,000 rpm, magnet temperature 150 °C,
        3 × rated current. Minimum flux density in the magnet 0.21 T above the knee of the
        N52SH curve at 150 °C; irreversible flux loss < 0.5 % (criterion ≤ 1 %). Passed.

        # 5 Thermal and NVH
        Stator hotspot 168 °C at 30 s peak (class H insulation); rotor magnet 138 °C in
        WLTP-hot cycle. Order-48 noise 3 dB above target at 6,200 rpm; slot-opening
        optimisation to be checked.
        """,
    )
    doc.add_heading("6 Actions", level=1)
    add_table(
        doc,
        [
            ("No.", "Action", "Owner", "Due"),
            ("A1", "Slot-opening variant FEA for order-48 noise", "T. Weiss", "2025-11-28"),
            ("A2", "Second-source N52SH quote and PPAP plan", "M. Lehner", "2025-12-05"),
            ("A3", "Export-control check of supplier documentation flow", "P. Novak", "2025-12-05"),
            ("A4", "Rotor burst test at 21,600 rpm on B-sample", "A. Rossi", "2026-01-30"),
        ],
    )
    doc.add_paragraph("Decision: B-sample gate passed with actions A1–A4.")
    set_core(
        doc,
        title="DR-M220 Design Review — 220 kW traction motor",
        author="Katrin Vogel",
        subject="B-sample gate review minutes",
        keywords="traction motor; IPM; N52SH; demagnetisation; back-EMF",
        category="Design review",
        revision=3,
    )
    doc.save(str(path))
    normalise_zip(path)


# --------------------------------------------------------------------------------------
# 15. clear (hard negative) / TXT / en — copper SX-EW operating note
# --------------------------------------------------------------------------------------


COPPER_NOTE = """
    CERRO ALTO COPPER S.A. — HYDROMETALLURGY DEPARTMENT
    Operating Note ON-SX-112   Rev. 2   2025-09-22
    Subject: SX-EW circuit set points after extractant top-up and settler cleaning
    Author: J. Quispe (Metallurgist, SX)   Reviewed: R. Fuentes (Plant Metallurgist)

    1. Circuit
       Heap-leach PLS -> 2 extraction stages (E1, E2) in series -> 1 wash (W1) ->
       1 strip (S1) -> tank house (112 cells, 60 cathodes each). Mixer-settlers,
       settler area 960 m² each.

    2. Organic
       LIX 984N at 22 % v/v in Orfom SX-80 diluent. Max. Cu load 5.6 g/L.
       Top-up 4.0 m³ LIX 984N on 2025-09-15 after crud removal (crud 14 cm in E1).
       Keep entrainment of organic in raffinate < 20 ppm; aqueous in loaded organic
       < 100 ppm after the coalescer.

    3. Set points
       PLS: 3.2 g/L Cu, pH 1.8, 1,450 m³/h, Fe 2.1 g/L.
       Extraction O/A 1.1 (advance), mixer O/A continuity organic 1.2:1 (recycle).
       Phase disengagement time target < 90 s.
       Strip with spent electrolyte 180 g/L H2SO4, 35 g/L Cu; advance electrolyte
       50 g/L Cu, Fe <= 1.5 g/L; bleed 1.5 % to control Mn and Cl.
       Electrowinning: current density 300 A/m², cell voltage 1.9-2.1 V,
       electrolyte 45 °C, guar 250 g/t Cu, cobalt sulfate 150 ppm Co for anode life.
       Cathode harvest every 7 days; target LME Grade A (Cu >= 99.99 %).

    4. Bleed treatment trial
       Side-stream trial of D2EHPA (20 % v/v in kerosene, partly saponified with
       NaOH) to remove Zn and Fe(III) from the electrolyte bleed, 3 stages, O/A 1:1.
       Results in TR-HY-044. Do not let D2EHPA organic contact the main LIX circuit.

    5. Safety
       Diluent flash point 75 °C: hot-work permits inside the SX bund only with fire
       watch. Acid mist: all cells covered with balls and hoods.
    """


def build_copper_note(path: Path) -> None:
    write_text(path, dedent_text(COPPER_NOTE))


# --------------------------------------------------------------------------------------
# 16. error / PDF — truncated drawing notes
# --------------------------------------------------------------------------------------


def build_corrupted_pdf(path: Path) -> None:
    pdf = DocPDF()
    pdf_meta(
        pdf,
        title="DWG-F-2231 Graphite sintering box — notes",
        subject="Drawing notes",
        keywords="drawing; graphite box; sintering",
        author="Tang Wei",
        creator="AutoCAD 2024 PDF export",
    )
    pdf.add_page(orientation="L")
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(
        0,
        8,
        "DWG-F-2231  Graphite sintering box 600 × 400 × 120 — general notes",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.body("""
        1. Material: isostatic graphite, density >= 1.82 g/cm³, ash <= 200 ppm.
        2. Bake-out before first use: 1100 °C, 2 h, vacuum.
        3. Wall thickness 12 mm; lid clearance 0.5 mm all round.
        4. Flatness of base 0.3 mm; all edges chamfered 1 × 45°.
        5. Inspect for cracks after every 50 cycles; scrap at 1.5 mm wear.
        """)
    pdf.grid(
        [
            ("Drawn", "Checked", "Approved", "Scale", "Sheet", "Rev"),
            ("Tang Wei", "Liu Haiyan", "Zhou Guoqing", "1:5", "1/1", "B"),
        ],
        widths=(40, 40, 40, 25, 25, 20),
    )
    data = bytes(pdf.output())
    # Cut in the middle: the page content survives, the catalogue and xref do not.
    path.write_bytes(data[: int(len(data) * 0.40)])


# --------------------------------------------------------------------------------------
# carriers beyond office files: a drawing, an NC program, a scanned page
# --------------------------------------------------------------------------------------


def build_settler_drawing(path: Path) -> None:
    """A DXF drawing as CAD exports it: title block attributes, technical requirements in MTEXT,
    a dimension; ezdxf's fixed metadata keeps the file identical from run to run."""
    import ezdxf

    ezdxf.options.write_fixed_meta_data_for_testing = True
    doc = ezdxf.new("R2010", setup=["linetypes"], units=4)
    doc.header["$PROJECTNAME"] = "SX-3 PrNd/SmEuGd line revamp"
    title = doc.blocks.new("TITLE_A3")
    for tag, y in (("DWG_NO", 0), ("TITLE", 6), ("MATERIAL", 12), ("DRAWN", 18)):
        title.add_attdef(tag, (0, y), dxfattribs={"height": 2.5})
    msp = doc.modelspace()
    doc.layers.add("技术要求", color=2)
    doc.layers.add("OUTLINE", color=7)
    msp.add_lwpolyline(
        [(0, 0), (2400, 0), (2400, 900), (0, 900)], close=True, dxfattribs={"layer": "OUTLINE"}
    )
    msp.add_linear_dim(base=(0, -80), p1=(0, 0), p2=(2400, 0), dxfattribs={"layer": "OUTLINE"}).render()
    msp.add_blockref("TITLE_A3", (2500, 0)).add_auto_attribs(
        {
            "DWG_NO": "SX-3-ST-014 rev B",
            "TITLE": "P507 混合澄清槽 萃取段 1-18 级 / mixer-settler, extraction stages 1-18",
            "MATERIAL": "PP/FRP, 搅拌桨 316L",
            "DRAWN": "Wu Lei 2025-06-12",
        }
    )
    notes = [
        "技术要求:",
        "1. 萃取剂 P507 1.5 mol/L 磺化煤油, 皂化度 36%, 萃取段 18 级, 洗涤段 12 级, 反萃段 6 级;",
        "2. 流比 O:F:W = 8.2:1:0.9, 混合室停留 3 min, 澄清室面积负荷 4.5 m3/(m2·h);",
        "3. 搅拌转速 220 r/min, 相界面控制在澄清室高度 55%±5%;",
        "4. 出口 Pr6O11/ΣREO ≥ 99.5%, Nd2O3/ΣREO ≥ 99.9%。",
    ]
    msp.add_mtext("\\P".join(notes), dxfattribs={"insert": (0, 1200), "char_height": 25, "layer": "技术要求"})
    stream = io.StringIO()
    doc.write(stream)
    path.write_bytes(stream.getvalue().replace("\n", "\r\n").encode("utf-8"))


SMCO_EDM_PROGRAM = """\
    %
    O0417
    (SMCO YXG-30H 2:17 瓦形 R20.5/R16.5 X 60 -- 慢走丝 精割)
    (WORKPIECE: SmCo block 60 x 42 x 12, orientation // 12, after solution + ageing)
    (WIRE 0.20 coated brass, 1 cut + 2 trim, D1=0.112 D2=0.104 D3=0.101)
    (E1210 main cut / E1205 / E1203 trim -> Ra 0.8 um)
    (钐钴脆: 软爪夹持 <= 0.3 MPa, 拐角降速防崩边; 割后 120 C 烘干 1 H)
    G92 X0 Y0
    G90 G40
    T84 T86
    C1210
    G41 D1
    G01 X5.000 Y0.000
    G02 X25.500 Y0.000 I10.250 J0.000
    G01 X21.500 Y0.000
    G03 X9.000 Y0.000 I-6.250 J0.000
    G01 X5.000 Y0.000
    G40 G01 X0 Y0
    M00 (trim 1)
    C1205
    G41 D2
    G01 X5.000 Y0.000
    G02 X25.500 Y0.000 I10.250 J0.000
    G40 G01 X0 Y0
    T85 T87
    M02
    """


def build_smco_edm_program(path: Path) -> None:
    write_text(path, dedent_text(SMCO_EDM_PROGRAM))


SCANNED_LOG_LINES = (
    "PrNd ELECTROLYSIS - CELL E-07 SHIFT LOG (scanned copy)",
    "Date 2025-09-03   Shift B   Operator: J. Moreno",
    "Bath: LiF-NdF3-PrF3, LiF 11 wt%, temperature 1048 C",
    "Current 6.2 kA, cell voltage 9.6 V, cathode current density 6.4 A/cm2",
    "Oxide feed 4.1 kg/h every 3 min; anode effect: none",
    "Tapped metal 38.5 kg, TREM 99.2 %, Pr/TREM 24.8 %",
    "Current efficiency this shift: 81 %",
)


def build_scanned_log(path: Path) -> None:
    """A scanned page: rendered text, a slight skew and speckle, saved as a PNG image."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=30)
    page = Image.new("L", (1240, 760), 255)
    draw = ImageDraw.Draw(page)
    for number, line in enumerate(SCANNED_LOG_LINES):
        draw.text((70, 70 + 80 * number), line, font=font, fill=25)
    rng = random.Random("scanned-log")
    pixels = page.load()
    for _ in range(2500):
        pixels[rng.randrange(page.width), rng.randrange(page.height)] = rng.randrange(150, 230)
    page = page.rotate(0.4, resample=Image.BICUBIC, fillcolor=255)
    page.save(path, optimize=True)


# --------------------------------------------------------------------------------------
# manifest, README and main
# --------------------------------------------------------------------------------------


MAG = "magnet-manufacturing"

SAMPLES_MANIFEST: tuple[Sample, ...] = (
    Sample(
        "NdFeB_sintering_spec_QP-S-017.docx",
        "zh",
        "DOCX",
        "controlled",
        (MAG,),
        "1E902.a",
        ("NdFeB",),
        "process-spec",
        "Controlled 48SH spec: strip casting, HD, jet mill D50, pressing, 1060 °C sintering, "
        "two-stage tempering, Br/HcJ targets",
        build_ndfeb_spec,
    ),
    Sample(
        "PrNd-Ce_SX_flowsheet_FS-SX-204_revC.pdf",
        "en",
        "PDF",
        "controlled",
        ("separation",),
        "1E902.a",
        (),
        "process-spec",
        "P507-HCl cascade: saponification, stage counts, O/A, strip acid, oxalate "
        "precipitation, 900 °C calcination",
        build_sx_flowsheet,
    ),
    Sample(
        "EL-3_cell_setpoints_shift_log_2025-11.xlsx",
        "zh",
        "XLSX",
        "controlled",
        ("metal-smelting",),
        "1E902.a",
        (),
        "parameter-sheet",
        "Electrolysis set points and shift log under short Chinese headers; never says 稀土",
        build_electrolysis_log,
        hard="hard positive",
    ),
    Sample(
        "YK-07_insitu_leach_injection_log_2025Q3.csv",
        "zh",
        "CSV (GB18030)",
        "controlled",
        ("mining",),
        "1E902.a",
        (),
        "parameter-sheet",
        "In-situ leaching injection log: wells, ammonium-sulfate %, injection rate, liquor g/L, pH",
        build_leach_csv,
        hard="hard positive",
    ),
    Sample(
        "sintering_furnace_line_commissioning_maintenance_CMP-F-009.txt",
        "en",
        "TXT",
        "controlled",
        (MAG,),
        "1E902.b",
        ("NdFeB",),
        "process-spec",
        "Installation, commissioning, leak-rate and PM intervals for the NdFeB sintering "
        "line; recipe values only as references",
        build_furnace_procedure,
    ),
    Sample(
        "NdFeB_sludge_recovery_work_instruction_WI-R-023.txt",
        "mixed",
        "TXT",
        "controlled",
        ("recycling",),
        "1E902.a",
        (),
        "process-spec",
        "油泥 recovery: de-oiling, 800 ℃ oxidising roast, HCl selective leach at pH 4.5, recovery rate",
        build_sludge_wi,
    ),
    Sample(
        "SmCo_2-17_heat_treatment_route_HT-SC-005.md",
        "en",
        "MD",
        "controlled",
        (MAG,),
        "1E902.a",
        ("SmCo",),
        "process-spec",
        "2:17 solution treatment 1190 °C, ageing 830 °C, slow cool 0.7 °C/min to 400 °C",
        build_smco_route,
    ),
    Sample(
        "manuscript_draft_Tb_GBD_presubmission.txt",
        "en",
        "TXT",
        "review",
        (MAG,),
        "1E902.a",
        ("NdFeB",),
        "process-spec",
        "Unpublished manuscript with line recipes, meant for co-authors abroad: published or not "
        "is for a person to decide",
        build_manuscript_draft,
    ),
    Sample(
        "outgoing_mail_to_partner_2025-11-20.eml",
        "en",
        "EML",
        "controlled",
        (MAG,),
        "1E902.a",
        ("SmCo",),
        "process-spec",
        "Innocent covering note; the attached HT-SC-005 carries the SmCo route (mail.eml!attachment)",
        build_mail_with_attachment,
    ),
    Sample(
        "trip_report_magnet_plant_visit_2025-11-18.txt",
        "en",
        "TXT",
        "clear",
        (),
        "—",
        (),
        "email",
        "Visit note: the route and rounded values a guided tour shows, no recipe: not technology "
        "by DOMAIN.md, though the closest call of the clear samples (score 0.38, review at 0.46)",
        build_trip_report,
    ),
    Sample(
        "JPMMD_2025_41_6_Tb_grain_boundary_diffusion.pdf",
        "en",
        "PDF",
        "excluded",
        (MAG,),
        "(1E902.a)",
        ("NdFeB",),
        "other",
        "Published journal article (journal, volume/issue, DOI, received/accepted, ©)",
        build_journal_article,
        exclusion="public-domain",
    ),
    Sample(
        "patent_application_DyFe_electrolysis_202511087654.docx",
        "zh",
        "DOCX",
        "excluded",
        ("metal-smelting",),
        "(1E902.a)",
        (),
        "other",
        "Invention patent filing: 申请号, 权利要求书, 说明书, 摘要",
        build_patent,
        exclusion="patent-filing",
    ),
    Sample(
        "NSFC_proposal_extract_4f_extractant_coordination.txt",
        "zh",
        "TXT",
        "excluded",
        ("separation",),
        "(1E902.a)",
        (),
        "other",
        "NSFC grant proposal on 4f electronic structure and coordination chemistry; no production know-how",
        build_nsfc,
        exclusion="basic-research",
    ),
    Sample(
        "RE_market_weekly_2025-W47.txt",
        "en",
        "TXT",
        "clear",
        (),
        "—",
        (),
        "other",
        "Prices and supply news: a mention, not technology",
        build_market_weekly,
    ),
    Sample(
        "PO-2025-1187_PrNd_oxide_Dy_oxide.xlsx",
        "zh",
        "XLSX",
        "clear",
        (),
        "—",
        (),
        "other",
        "Purchase order for bought oxides (price, quantity, delivery, supplier)",
        build_purchase_order,
    ),
    Sample(
        "EV_traction_motor_design_review_DR-M220.docx",
        "en",
        "DOCX",
        "clear",
        (),
        "—",
        (),
        "other",
        "Motor design that uses purchased N52SH magnets: a product design, not magnet technology",
        build_motor_review,
    ),
    Sample(
        "Cu_SX-EW_operating_note_ON-SX-112.txt",
        "en",
        "TXT",
        "clear",
        (),
        "—",
        (),
        "process-spec",
        "Copper SX-EW (LIX 984N, D2EHPA bleed trial): other material, same vocabulary",
        build_copper_note,
        hard="hard negative",
    ),
    Sample(
        "corrupted_drawing_notes.pdf",
        "en",
        "PDF (truncated)",
        "error",
        (),
        "—",
        (),
        "—",
        "First 40 % of a valid PDF: no catalogue/xref, cannot be parsed",
        build_corrupted_pdf,
    ),
    Sample(
        "SX-3-ST-014_P507_settler_drawing.dxf",
        "mixed",
        "DXF",
        "controlled",
        ("separation",),
        "1E902.a",
        (),
        "drawing",
        "Mixer-settler drawing whose title block and technical requirements carry the P507 "
        "cascade: stage counts, flow ratio, saponification, purity targets",
        build_settler_drawing,
    ),
    Sample(
        "O0417_SmCo_arc_wire_EDM.cnc",
        "mixed",
        "NC program",
        "controlled",
        (MAG,),
        "1E902.a",
        ("SmCo",),
        "nc-program",
        "Wire-EDM program for SmCo 2:17 arc segments: machining is magnet manufacturing and the "
        "program is its carrier",
        build_smco_edm_program,
    ),
    Sample(
        "E-07_electrolysis_shift_log_scan.png",
        "en",
        "PNG (scan, OCR)",
        "controlled",
        ("metal-smelting",),
        "1E902.a",
        (),
        "parameter-sheet",
        "Scanned shift log of a PrNd electrolysis cell, read by OCR: bath, current density, "
        "voltage, feed rate, current efficiency",
        build_scanned_log,
    ),
)


def readme_text(samples: Sequence[Sample]) -> str:
    """The samples README, generated from the manifest."""
    head = """
        # Demo documents

        Fictional documents for a first run of `scanner scan samples/`. Companies, people,
        document numbers and values are invented. Labels follow `shared/docs/DOMAIN.md`.

        Regenerate (deterministic, byte-identical, no network):

            .venv/bin/python tools/make_samples.py

        The generator deletes and rebuilds this folder, including this README.

        Columns: *clause* in parentheses is what the document would be without the
        exclusion (or, for `review`, if a human confirmed it); *carrier* of a `clear`
        document only says what kind of document it is.

        """
    cols = (
        "file",
        "lang",
        "format",
        "expected verdict",
        "categories",
        "clause",
        "magnet types",
        "carrier",
        "why",
    )
    lines = [
        dedent_text(head).rstrip("\n"),
        "",
        "| " + " | ".join(cols) + " |",
        "|" + "---|" * len(cols),
    ]
    for s in samples:
        verdict = f"{s.verdict} ({s.exclusion})" if s.exclusion else s.verdict
        if s.hard:
            verdict += f" — {s.hard}"
        cats = ", ".join(s.categories) or "—"
        mags = ", ".join(s.magnet_types) or "—"
        lines.append(
            f"| `{s.name}` | {s.language} | {s.fmt} | {verdict} | {cats} | "
            f"{s.clause} | {mags} | {s.carrier} | {s.why} |"
        )
    counts = {
        v: sum(s.verdict == v for s in samples)
        for v in ("controlled", "review", "excluded", "clear", "error")
    }
    totals = ", ".join(f"{n} {v}" for v, n in counts.items())
    tail = f"""

        Totals ({len(samples)} files): {totals}.

        Notes:
        - The XLSX electrolysis log never writes 稀土: besides the feed names (氧化镨钕,
          氟化镨钕) only equipment, set points and a shift log under short Chinese headers
          tie it to metal smelting.
        - The CSV is encoded in GB18030, as Chinese Excel exports usually are.
        - This table lives outside `samples/` so that `scanner scan samples/` scans only the
          samples themselves.
        """
    return "\n".join(lines) + "\n\n" + dedent_text(tail)


def main() -> None:
    from reproducible import fixed_hash_seed  # tools/ is the script's folder, first on sys.path

    fixed_hash_seed()
    if SAMPLES.exists():
        shutil.rmtree(SAMPLES)
    SAMPLES.mkdir(parents=True)
    for sample in SAMPLES_MANIFEST:
        target = SAMPLES / sample.name
        sample.build(target)
        size = target.stat().st_size
        if size > MAX_BYTES:
            raise SystemExit(f"{sample.name}: {size} bytes exceeds {MAX_BYTES}")
        print(f"{size:>8}  {sample.verdict:<10}  {sample.name}")
    (ROOT / "docs").mkdir(exist_ok=True)
    write_text(ROOT / "docs" / "SAMPLES.md", readme_text(SAMPLES_MANIFEST))
    print(f"wrote {len(SAMPLES_MANIFEST)} samples to {SAMPLES} and their table to docs/SAMPLES.md")


if __name__ == "__main__":
    main()
