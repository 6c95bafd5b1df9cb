#!/usr/bin/env python3
# Generator for batch "n": messy shared-drive documents (1E902 test set).
import os, io, json, random, zipfile, shutil, datetime, math
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
# NOTE: no CJK TrueType font is installed here; raster pages are rendered in Latin script only.

DJ = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DJM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FIXED = datetime.datetime(2025, 11, 3, 9, 30, 0)
ZIPDATE = (2025, 11, 3, 9, 30, 0)
LABELS = []

def label(file, verdict, codes, cats, mags, carrier, excl, lang, hn, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mags, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=hn, note=note))

def p(name):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path

def normalize_zip(path, first=None):
    """Rewrite a zip container with fixed timestamps (byte-reproducible)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if first:
        items.sort(key=lambda t: 0 if t[0] == first else 1)
    with zipfile.ZipFile(path, "w") as z:
        for n, b in items:
            if n == "docProps/core.xml":
                import re as _re
                b = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2025-11-03T09:30:00Z\g<2>", b)
                b = _re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>2025-11-03T09:30:00Z\g<2>", b)
            zi = zipfile.ZipInfo(n, ZIPDATE)
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)

# ---------------------------------------------------------------- scans
def _font(path, size):
    return ImageFont.truetype(path, size)

def render_page(lines, seed, W=1654, H=2339, margin=150, size=34, font=DJ, lh=1.55):
    """Render one A4 page at 200 dpi. lines: str or (str, dict(size=,bold=,indent=))."""
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    y = margin
    for ln in lines:
        opt = {}
        if isinstance(ln, tuple):
            ln, opt = ln
        s = opt.get("size", size)
        f = _font(opt.get("font", font), s)
        x = margin + opt.get("indent", 0)
        if opt.get("center"):
            w = d.textlength(ln, font=f)
            x = (W - w) / 2
        d.text((x, y), ln, font=f, fill=opt.get("fill", 20))
        if opt.get("bold"):
            d.text((x + 1, y), ln, font=f, fill=opt.get("fill", 20))
        if opt.get("rule"):
            d.line((margin, y + s * 1.3, W - margin, y + s * 1.3), fill=40, width=2)
        y += int(s * opt.get("lh", lh))
    return img

def scanify(img, seed, angle=None, noise=18, fax=False, blur=0.6):
    rnd = random.Random(seed)
    if angle is None:
        angle = rnd.uniform(-1.2, 1.2)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    W, H = img.size
    # speckle noise + toner dust
    for _ in range(int(W * H * 0.0009)):
        x, y = rnd.randrange(W), rnd.randrange(H)
        px[x, y] = rnd.randint(0, 140)
    # slightly grey, uneven background
    grad = Image.linear_gradient("L").resize((W, H)).point(lambda v: 255 - v // 14)
    img = Image.composite(img, grad, img.point(lambda v: 255 if v < 200 else 0))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        nz = Image.effect_noise((W, H), noise)
        img = Image.blend(img, nz, 0.06)
    # dark edge from scanner lid
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, rnd.randint(6, 16)), fill=rnd.randint(60, 110))
    if fax:
        img = img.resize((W, H // 2)).resize((W, H))
        img = img.point(lambda v: 0 if v < 150 else 255).convert("1")
    return img

def save_pdf_images(imgs, path, title="scan"):
    imgs = [i.convert("L") if i.mode not in ("L", "1") else i for i in imgs]
    imgs[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:],
                 title=title, producer="ScanSnap Manager", creator="ScanSnap Manager",
                 creationDate=FIXED.timetuple(), modDate=FIXED.timetuple())

def wrap(text, n):
    out = []
    for para in text.split("\n"):
        while len(para) > n:
            out.append(para[:n]); para = para[n:]
        out.append(para)
    return out

def wrap_en(text, n):
    import textwrap
    out = []
    for para in text.split("\n"):
        out.extend(textwrap.wrap(para, n) or [""])
    return out

def handwriting(lines, seed, W=1800, H=1300, font=DJ, size=46, board=True, colors=None):
    rnd = random.Random(seed)
    if board:
        bg = Image.new("RGB", (W, H), (232, 234, 230))
        # uneven lighting
        g = Image.radial_gradient("L").resize((W, H)).point(lambda v: v // 5)
        bg = Image.composite(Image.new("RGB", (W, H), (200, 203, 198)), bg, g)
    else:
        bg = Image.new("RGB", (W, H), (247, 244, 232))
        d0 = ImageDraw.Draw(bg)
        for y in range(120, H, 58):
            d0.line((0, y, W, y), fill=(170, 190, 215), width=2)
        d0.line((110, 0, 110, H), fill=(220, 150, 150), width=2)
    colors = colors or [(20, 40, 140), (25, 25, 25), (170, 20, 20)]
    y = 70
    for ln in lines:
        col = colors[0]
        if isinstance(ln, tuple):
            ln, ci = ln; col = colors[ci]
        x = 90 + rnd.randint(-10, 25)
        for ch in ln:
            s = size + rnd.randint(-4, 4)
            f = _font(font, s)
            tile = Image.new("L", (s * 2, s * 2), 0)
            ImageDraw.Draw(tile).text((s // 3, s // 3), ch, font=f, fill=255)
            tile = tile.rotate(rnd.uniform(-7, 7), resample=Image.BICUBIC)
            tile = tile.filter(ImageFilter.GaussianBlur(0.7))
            bg.paste(Image.new("RGB", tile.size, col), (int(x - s // 3), int(y + rnd.randint(-3, 3) - s // 3)), tile)
            x += f.getlength(ch) * rnd.uniform(0.92, 1.08) + 1
        y += int(size * 1.55) + rnd.randint(-4, 6)
    # perspective-ish: shear + rotate, then crop
    bg = bg.transform((W, H), Image.AFFINE, (1, rnd.uniform(-0.04, 0.04), 0, rnd.uniform(-0.03, 0.03), 1, 0),
                      resample=Image.BICUBIC, fillcolor=(90, 85, 80))
    bg = bg.rotate(rnd.uniform(-3, 3), resample=Image.BICUBIC, fillcolor=(90, 85, 80))
    bg = bg.filter(ImageFilter.GaussianBlur(1.0))
    nz = Image.effect_noise((W, H), 25).convert("RGB")
    bg = Image.blend(bg, nz, 0.05)
    return bg


# ================================================================ minimal PDF writer with non-embedded CJK font
# (no CJK TrueType font on this machine: Chinese PDFs use the Adobe standard CID font STSong-Light,
#  which is how many real Chinese PDFs are produced; text is extractable via ToUnicode)
def _cw(ch):
    return 0.5 if ord(ch) < 0x2000 else 1.0

def _hex(s):
    return "<" + s.encode("utf-16-be").hex().upper() + ">"

def _wrap_cjk(text, width_pt, size):
    lines, cur, w = [], "", 0.0
    for ch in text:
        cw = _cw(ch) * size
        if w + cw > width_pt and cur:
            lines.append(cur); cur, w = "", 0.0
            if ch == " ":
                continue
        cur += ch; w += cw
    lines.append(cur)
    return lines

class CJKPdf:
    def __init__(self, title, author, head="", foot="{n}"):
        self.pages = []; self.title = title; self.author = author; self.head = head; self.foot = foot
        self.W, self.H = 595.28, 841.89
        self.cur = None
    def new_page(self):
        self.cur = []; self.pages.append(self.cur)
        n = len(self.pages)
        if self.head and not (n == 1 and getattr(self, "nohead1", False)):
            self.text(56, self.H - 40, self.head, 8, gray=0.35)
            self.cur.append(f"0.5 G 0.5 w 56 {self.H-46:.1f} m {self.W-56:.1f} {self.H-46:.1f} l S 0 G")
        if self.foot:
            f = self.foot.format(n=n)
            self.text((self.W - sum(_cw(c) for c in f) * 8) / 2, 30, f, 8, gray=0.35)
    def text(self, x, y, s, size, gray=0.0):
        self.cur.append(f"BT {gray} g /F1 {size} Tf {x:.2f} {y:.2f} Td {_hex(s)} Tj ET")
    def rule(self, x1, y, x2):
        self.cur.append(f"0.6 w {x1:.1f} {y:.1f} m {x2:.1f} {y:.1f} l S")
    def flow(self, blocks, cols=2, size=9.5, top=None, gutter=18, margin=56, lead=1.55):
        """blocks: list of (kind,text); kind 'h' heading, 'p' paragraph, 'c' centred title."""
        colw = (self.W - 2 * margin - (cols - 1) * gutter) / cols
        y0 = top if top is not None else self.H - 64
        col, y = 0, y0
        for kind, txt in blocks:
            s = size + (2 if kind == "h" else 0) + (7 if kind == "c" else 0)
            lines = _wrap_cjk(txt, colw - (0 if kind != "p" else 0), s)
            if kind == "h":
                y -= s * 0.6
            for i, ln in enumerate(lines):
                if y < 60:
                    col += 1; y = self.H - 64
                    if col >= cols:
                        self.new_page(); col = 0
                x = margin + col * (colw + gutter)
                if kind == "c":
                    x = margin + col * (colw + gutter) + (colw - sum(_cw(c) for c in ln) * s) / 2
                self.text(x, y, ln, s)
                y -= s * lead
            y -= s * 0.35
        return y
    def save(self, path):
        objs = []
        def add(o):
            objs.append(o); return len(objs)
        cat = add(None); pages = add(None)
        w = "[1 [" + " ".join(["500"] * 95) + "] 814 907 500]"
        cid = add(f"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
                  f"/Ordering (GB1) /Supplement 4 >> /FontDescriptor {len(objs)+2} 0 R /DW 1000 /W {w} >>")
        tu_body = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
                   "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def "
                   "1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
        rng = [f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>" for h in range(256) if not (0xD8 <= h <= 0xDF)]
        for i in range(0, len(rng), 100):
            chunk = rng[i:i + 100]
            tu_body += f"{len(chunk)} beginbfrange\n" + "\n".join(chunk) + "\nendbfrange\n"
        tu_body += "endcmap CMapName currentdict /CMap defineresource pop end end"
        fd = add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
                 "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
        tu = add(("stream", tu_body.encode("ascii")))
        font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H "
                   f"/DescendantFonts [{cid} 0 R] >>")  # no ToUnicode: UniGB-UCS2-H codes are Unicode already
        kids = []
        for pg in self.pages:
            cs = add(("stream", "\n".join(pg).encode("ascii")))
            kids.append(add(f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {self.W} {self.H}] "
                            f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {cs} 0 R >>"))
        objs[cat - 1] = f"<< /Type /Catalog /Pages {pages} 0 R >>"
        objs[pages - 1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
        info = add(f"<< /Title {_hex(self.title)} /Author {_hex(self.author)} /Creator (Microsoft Word) "
                   f"/Producer (Microsoft: Print To PDF) /CreationDate (D:20250115093000+08'00') /ModDate (D:20250115093000+08'00') >>")
        import zlib
        out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n"); offs = []
        for i, o in enumerate(objs, 1):
            offs.append(len(out))
            if isinstance(o, tuple):
                data = zlib.compress(o[1], 9)
                out += f"{i} 0 obj\n<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream\nendobj\n"
            else:
                out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
        x = len(out)
        out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
        for o in offs:
            out += f"{o:010d} 00000 n \n".encode()
        out += f"trailer\n<< /Size {len(objs)+1} /Root {cat} 0 R /Info {info} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
        with open(path, "wb") as f:
            f.write(bytes(out))

# ================================================================ 1. scanned / photographed
def doc_handnote_smco():
    name = "photos/notebook p37.png"
    lines = ["Sm2Co17 - batch 25-0611  (Sm 25.5 / Fe 17 / Cu 5.8 / Zr 2.9 / Co bal wt%)",
             "VIM, Ar 0.05 MPa, pour into Cu mould, ingot ~8 kg",
             "crush -> jet mill 3.5-4.0 um (FSSS), N2",
             "press 2 T field, then CIP 200 MPa",
             "sinter 1215 C x 40 min  ->  solution 1190 C x 4 h, quench (fan)",
             ("aging 830 C x 12 h, slow cool 0.7 C/min -> 400 C, hold 10 h", 2),
             "result: Br 1.08 T, HcJ 2150 kA/m, (BH)max 220 kJ/m3",
             ("next: try 840 C aging, Cu 6.2 -> squareness?", 2),
             ]
    img = handwriting(lines, 51, board=False, font=DJ, size=38, W=1800, H=900, colors=[(30, 40, 120), (30, 30, 30), (160, 20, 30)])
    img.save(p(name), "PNG", optimize=False)
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "other", None, "en", False,
          "handwritten lab-notebook photo: 2:17 SmCo composition and solution/aging schedule")

def doc_scan_journal():
    name = "refs/Hydrometallurgy_2024_p106312.pdf"
    hdr = ("Hydrometallurgy 226 (2024) 106312", dict(size=24, font=DJ))
    L = lambda s: (s, dict(font=DJ, size=27))
    body = wrap_en("Abstract. The separation of praseodymium from neodymium in chloride media was studied with "
                   "2-ethylhexyl phosphonic acid mono-2-ethylhexyl ester (P507) saponified with magnesium oxide slurry. "
                   "Distribution ratios were measured at equilibrium pH 2.5-4.0, and the separation factor beta(Nd/Pr) "
                   "reached 1.55 at 1.0 mol/L extractant in sulfonated kerosene. A countercurrent cascade of 60 stages "
                   "was simulated using the measured isotherms, predicting Nd2O3 purity above 99.9% at an O/A ratio of "
                   "2.2 in the extraction section. Magnesium saponification reduced ammonia-nitrogen discharge to zero "
                   "while giving comparable loading capacity (0.17 mol/L RE).", 92)
    intro = wrap_en("1. Introduction\nThe separation of adjacent lanthanides remains the most energy- and reagent-"
                    "intensive step in the production of high-purity oxides for permanent magnets [1-4]. Industrial "
                    "plants use saponified acidic organophosphorus extractants in mixer-settler cascades of 50-120 "
                    "stages [5]. Ammonium saponification is being phased out because of ammonia-nitrogen effluent "
                    "limits in GB 26451-2011 [6], and magnesium- or calcium-based alternatives have been proposed "
                    "[7,8]. In this work we report equilibrium data and a cascade simulation for Pr/Nd separation "
                    "with Mg-saponified P507 and compare the result with plant data from the literature.", 92)
    lines = [hdr, "", (" Contents lists available at ScienceDirect", dict(font=DJ, size=24)),
             ("Hydrometallurgy", dict(font=DJ, size=44, bold=True, center=True)),
             ("journal homepage: www.elsevier.com/locate/hydromet", dict(font=DJ, size=22, center=True, rule=True)),
             "",
             ("Praseodymium/neodymium separation with magnesium-saponified P507:", dict(font=DJ, size=36, bold=True)),
             ("equilibrium data and cascade simulation", dict(font=DJ, size=36, bold=True)),
             L("Wei Zhang a, Lina Chen a, Hao Liu b,*"),
             (" a School of Metallurgy, Northeastern University, Shenyang 110819, China", dict(font=DJ, size=22)),
             (" b Key Laboratory of Ecological Metallurgy, Shenyang, China", dict(font=DJ, size=22)),
             (" Received 12 January 2024; Received in revised form 3 April 2024; Accepted 20 April 2024", dict(font=DJ, size=22)),
             (" https://doi.org/10.1016/j.hydromet.2024.106312", dict(font=DJ, size=22)),
             ("", dict(rule=True)), ""] + [L(s) for s in body] + [""] + [L(s) for s in intro] + \
            ["", ("0304-386X/© 2024 Elsevier B.V. All rights reserved.", dict(font=DJ, size=20))]
    save_pdf_images([scanify(render_page(lines, 6, margin=120), 61, angle=-0.8)], p(name), "scan")
    label(name, "excluded", ["1E902.a"], ["separation"], [], "other", "public-domain", "en", False,
          "scanned first page of a published journal article with DOI (Pr/Nd P507 separation)")

def doc_handnote_magspec():
    name = "photos/IMG_3381.PNG"
    lines = ["Rotor magnet - what we order (per drawing R-220-04)",
             "grade N42SH (or eq.), 150 C max. op temp",
             "size 30 x 8 x 4.2 mm, tol +/-0.05, magnetized thru 4.2",
             "coating NiCuNi 10-20 um, salt spray 48 h",
             "Br >= 1.29 T, HcJ >= 1592 kA/m  (supplier cert each lot)",
             ("ask 3 quotes: Ningbo / Baotou / Japan?  target < $38/kg", 2),
             "IQC: gauss meter + 3 pcs BH loop per lot"]
    img = handwriting(lines, 91, board=True, font=DJ, size=44, W=1800, H=900)
    img.save(p(name), "PNG")
    label(name, "clear", [], [], [], "other", None, "en", True,
          "whiteboard photo: purchase requirements for bought rotor magnets")

def doc_scan_recycling_commissioning():
    name = "扫描件/scan0007.pdf"
    L = lambda s: (s, dict(font=DJ, size=28))
    t1 = wrap_en("SITE COMMISSIONING PROTOCOL - Swarf Reclamation Line 2 (Plant Vinh Phuc)\n"
                 "Doc. CP-REC-002 Rev.1 - prepared by vendor commissioning team - 2025-08-18", 88)
    t2 = ("1. Mechanical completion checks\n"
          "1.1 Rotary kiln (Ø1.6 x 18 m): verify shell run-out < 3 mm, tyre/roller alignment, burner interlocks, "
          "kiln inclination 2.5 %, drive 0.5-2.5 rpm.\n"
          "1.2 Leach reactors R-201/202 (10 m³, rubber-lined): agitator direction, HCl dosing pump calibration "
          "(±2 %), pH probe 2-point calibration.\n"
          "1.3 Filter press FP-301 and oxalic precipitation tank: cloth fitted, hydro-test 0.6 MPa.\n"
          "2. Cold run (water, 48 h) - all loops; record vibration < 4.5 mm/s on kiln drive.\n"
          "3. Hot commissioning with swarf/sludge feed\n"
          "3.1 Ramp kiln to target 750-800 °C at discharge end within 16 h; oxidation degree of calcine "
          "should exceed 98 % (Fe as Fe2O3) before leach start.\n"
          "3.2 Leach acceptance: pH end-point 4.0-4.5 gives Nd+Pr+Dy extraction > 95 % with Fe in PLS < 0.05 g/L. "
          "If Fe exceeds 0.05 g/L, check calcine oxidation first, not acid dosing.\n"
          "3.3 Oxalate product after 850 °C calcination: TREO > 99 %, (Pr+Nd)/TREO as feed.\n"
          "4. Performance test: 72 h continuous at 1.2 t/d dry swarf; punch list signed by both parties.\n"
          "5. Handover: spare parts list, PM schedule, operator training records (3 shifts).")
    lines = [(s, dict(font=DJ, size=30, bold=True)) for s in t1] + [("", dict(rule=True))] + [L(s) for s in wrap_en(t2, 90)]
    save_pdf_images([scanify(render_page(lines, 8, margin=130), 101, angle=1.0)], p(name), "scan0007")
    label(name, "controlled", ["1E902.b"], ["recycling"], [], "process-spec", None, "en", False,
          "scanned commissioning protocol for a magnet swarf oxidising-roast/HCl leach recovery line abroad; no 'rare earth' wording")

# ================================================================ 2. Word documents
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]

def docx_new(author, title):
    d = Document()
    cp = d.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED; cp.revision = 7
    st = d.styles["Normal"]
    st.font.name = "Calibri"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return d

def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def tracked(par, segs, author="Li Wei", date="2025-06-12T10:21:00Z"):
    """segs: list of (kind, text); kind n=normal, i=inserted, d=deleted"""
    for kind, text in segs:
        _rev[0] += 1
        if kind == "n":
            par.add_run(text)
        elif kind == "i":
            par._p.append(parse_xml(f'<w:ins {W_NS} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
                                    f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>'))
        elif kind == "d":
            par._p.append(parse_xml(f'<w:del {W_NS} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
                                    f'<w:r><w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>'))
    return par

def comment(d, par, text, author="Zhang", initials="Z"):
    runs = par.runs
    if not runs:
        runs = [par.add_run("")]
    c = d.add_comment(runs, text=text, author=author, initials=initials)
    try:
        c._comment_elm.set(qn("w:date"), "2025-06-12T11:00:00Z")
    except Exception:
        pass
    return c

def textbox(par, lines, w=220, h=90):
    inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_esc(l)}</w:t></w:r></w:p>' for l in lines)
    xml = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="Text Box {_rev[0]}" o:spid="_x0000_s10{_rev[0]}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:0;margin-top:0;width:{w}pt;height:{h}pt;z-index:251659264" strokeweight="1pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    _rev[0] += 1
    par._p.append(parse_xml(xml))

def hf(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer

def table(d_or_cell, rows, style="Table Grid"):
    t = d_or_cell.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:
        pass
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)
    return t

def save_docx(d, name):
    path = p(name); d.save(path); normalize_zip(path)

def doc_mining_docx():
    name = "矿山技术部/东坡采区原地浸矿注液方案_v3_改.docx"
    d = docx_new("liuyp", "东坡采区原地浸矿注液方案")
    hf(d, "矿山技术部  内部资料", "第 1 页  ·  东坡采区 2025 年度")
    d.add_heading("东坡采区（9#–14# 山体）原地浸矿注液及收液方案", 1)
    p1 = d.add_paragraph()
    tracked(p1, [("n", "1. 矿体概况：风化壳厚度 8–15 m，全相 REO 平均 "), ("d", "0.085%"), ("i", "0.078%"),
                 ("n", "，离子相占比约 82%，配分以中钇富铕型为主。矿体底板为半风化花岗岩，渗透系数约 "),
                 ("i", "2.1×10⁻⁴ cm/s"), ("n", "，局部裂隙发育。")], author="Liu YP")
    comment(d, p1, "离子相比例请按7月化验结果复核", author="周工", initials="ZG")
    p2 = d.add_paragraph()
    tracked(p2, [("n", "2. 注液孔布置：孔径 Φ200 mm，网格 "), ("d", "3.0 m × 3.0 m"), ("i", "2.5 m × 2.5 m"),
                 ("n", " 梅花形布孔，孔深穿过全风化层进入半风化层 0.5–1.0 m；坡度＞30° 区域孔距加密至 2.0 m。")])
    p3 = d.add_paragraph()
    tracked(p3, [("n", "3. 浸矿剂："), ("d", "硫酸铵 3%（质量分数），pH 4.5–5.0"),
                 ("i", "硫酸镁 2.0–2.5%，pH 5.0–5.5（无铵化改造后）"),
                 ("n", "；液固比按 0.4–0.5 m³/t 矿控制，浸矿周期 150–200 d。先注清水 2 d 湿润矿体。")])
    comment(d, p3, "硫酸镁浸出率比硫酸铵低约3–5个百分点，需延长周期", author="周工", initials="ZG")
    d.add_paragraph("4. 注液强度：初期 0.5–0.6 m³/(孔·d)，母液 REO 达峰后降至 0.3 m³/(孔·d)；"
                    "后期以顶水（清水，pH 5.5）替代浸矿剂，顶水量约为浸矿剂量的 1/3。")
    d.add_paragraph("5. 收液系统：底部导流孔倾角 5°–8°，孔间距 3 m；收液巷道断面 1.8 m × 2.0 m；"
                    "母液经集液沟进入集液池（300 m³×2），REO＜0.1 g/L 时停收。")
    d.add_paragraph("6. 母液处理：")
    table(d, [["工序", "药剂", "终点控制", "备注"],
              ["除杂", "NH4HCO3 / 石灰乳", "pH 5.0–5.2", "除 Al、Fe，渣率约 3%"],
              ["沉淀", "NH4HCO3（或草酸）", "pH 6.8–7.0", "沉淀率≥98%"],
              ["压滤", "—", "滤饼含水≤40%", "碳酸稀土产品 REO≥40%"],
              ["尾水", "石灰中和", "NH3-N≤15 mg/L", "回用配浸矿剂"]])
    p7 = d.add_paragraph()
    tracked(p7, [("n", "7. 监测：布置 "), ("d", "4"), ("i", "6"),
                 ("n", " 个地下水监测孔，每周测 pH、氨氮、REO；边坡位移每日观测，位移速率＞5 mm/d 时停注。")])
    comment(d, p7, "9#-14#东侧渗漏问题，加2个孔", author="Liu YP", initials="LY")
    save_docx(d, name)
    label(name, "controlled", ["1E902.a"], ["mining"], [], "process-spec", None, "zh", False,
          "Word doc with tracked changes/comments: in-situ leaching well grid, lixiviant, collection, liquor treatment")

def doc_service_agreement():
    name = "Contracts/2025/HN-Service Agreement v3 (final draft).docx"
    d = docx_new("legal2", "Technical Service Agreement")
    hf(d, "CONFIDENTIAL – Draft for discussion", "Page  |  TSA-2025-031 v3")
    d.add_heading("TECHNICAL SERVICE AGREEMENT", 0)
    d.add_paragraph("This Technical Service Agreement (the “Agreement”) is entered into on ____ 2025 by and between "
                    "the Service Provider and the Customer (each a “Party”, together the “Parties”).")
    boiler = [
        ("1. Definitions", "“Services” means the on-site services described in Appendix C. “Site” means the Customer’s "
         "facility at Lot B4, Dong Van II Industrial Zone. “Acceptance” means signature of the acceptance certificate "
         "in the form set out in Appendix D. Headings are for convenience only and do not affect interpretation."),
        ("2. Scope", "The Service Provider shall provide qualified personnel for the duration set out in Appendix B. "
         "The Customer shall provide utilities, lifting equipment, consumables and local labour as listed in Appendix E."),
        ("3. Fees and Payment", "The fees are set out in Appendix B. Invoices are payable within thirty (30) days. Late "
         "payments bear interest at 0.05 % per day. All amounts are exclusive of VAT and withholding taxes."),
        ("4. Personnel", "The Service Provider may replace personnel with equally qualified staff on fourteen (14) days’ "
         "notice. Working hours shall not exceed 10 hours per day and 6 days per week save in emergencies."),
        ("5. Confidentiality", "Each Party shall keep confidential all information received from the other Party and "
         "use it only for the purposes of this Agreement. This obligation survives for five (5) years after termination."),
        ("6. Warranty", "The Service Provider warrants that the Services will be performed with reasonable skill and care. "
         "Any defective Service notified within ninety (90) days shall be re-performed at no cost."),
        ("7. Liability", "Neither Party shall be liable for indirect or consequential loss. Total liability is capped "
         "at the total fees paid under this Agreement."),
        ("8. Force Majeure", "Neither Party is liable for delay caused by events beyond its reasonable control, "
         "including epidemics, government action, and export licensing decisions."),
        ("9. Export Control", "Each Party shall comply with applicable export control laws. The Service Provider is not "
         "obliged to perform any Service for which a required licence has not been granted."),
        ("10. Governing Law and Disputes", "This Agreement is governed by the laws of Singapore. Disputes shall be "
         "settled by arbitration at SIAC under its rules in force."),
        ("11. Miscellaneous", "This Agreement constitutes the entire agreement of the Parties. Amendments must be in "
         "writing. If any provision is invalid the remainder stays in effect."),
    ]
    for h, t in boiler:
        d.add_heading(h, 2); d.add_paragraph(t); d.add_paragraph(t.split(".")[0] + " shall apply mutatis mutandis to "
                                                                 "any affiliate of either Party.")
    d.add_paragraph("IN WITNESS WHEREOF the Parties have executed this Agreement.")
    table(d, [["For the Service Provider", "For the Customer"], ["Name:", "Name:"], ["Title:", "Title:"], ["Date:", "Date:"]])
    d.add_page_break()
    d.add_heading("Appendix A – Equipment List", 1)
    table(d, [["Tag", "Item", "Qty"], ["VIM-01", "Vacuum induction strip caster, 600 kg", "1"],
              ["HD-01/02", "Hydrogen decrepitation furnace, rotary, 1 t/batch", "2"],
              ["JM-01", "Jet mill (fluidised bed), 150 kg/h", "1"],
              ["PR-01..04", "Orientation press, 2.0 T transverse field", "4"],
              ["CIP-01", "Cold isostatic press 250 MPa", "1"],
              ["VS-01..06", "Vacuum sintering furnace 600 kg", "6"]])
    d.add_heading("Appendix B – Fees and Schedule", 1)
    d.add_paragraph("Installation supervision 6 weeks; commissioning 4 weeks; ramp-up support 8 weeks. Day rate USD 980.")
    d.add_heading("Appendix C – Installation and Commissioning Procedure", 1)
    steps = [
        "C.1 Foundations: check anchor bolt positions of VS-01..06 against drawing F-2201 (±2 mm); grout only after "
        "level check (0.1 mm/m on furnace shell flange).",
        "C.2 Glove-box and inert-gas network: leak test each N2/Ar line at 0.6 MPa for 24 h; O2 analyser in glove boxes "
        "to read < 50 ppm before any powder handling.",
        "C.3 HD furnaces: helium leak test < 1×10⁻⁹ Pa·m³/s; hydrogen line purge with N2 three cycles; verify H2 "
        "absorption cut-off at 0.1 MPa and dehydrogenation heating to 550–580 °C under vacuum as per process reference.",
        "C.4 Jet mill: set classifier speed for target D50 3.0–3.5 μm (reference only); oxygen in grinding gas < 20 ppm; "
        "commission the cyclone and fines filter interlocks; check lubricant (0.05–0.1 wt% of powder) dosing pump.",
        "C.5 Presses: calibrate field coil with Hall probe at die centre – acceptance ≥ 1.8 T; verify demagnetising "
        "pulse after pressing; check green density reference 3.9–4.1 g/cm³ on 10 trial compacts.",
        "C.6 Sintering furnaces: cold ultimate vacuum ≤ 5×10⁻³ Pa; rate of rise ≤ 0.67 Pa/h; temperature uniformity survey "
        "(9 thermocouples, ±5 °C at 1050 °C); gas-quench fan Ar 80 kPa test.",
        "C.7 Trial production: three lots of N42 reference grade; acceptance at Br ≥ 1.30 T and HcJ ≥ 1115 kA/m; "
        "yield from green compacts ≥ 92 %.",
        "C.8 Handover: loop checks signed, PLC backup archived, spare-parts list confirmed, operators trained (see Appendix E).",
    ]
    for s in steps:
        d.add_paragraph(s)
    d.add_heading("Appendix D – Acceptance Certificate", 1)
    d.add_paragraph("We hereby confirm that the Services described in Appendix C have been completed. Signed: ______")
    d.add_heading("Appendix E – Customer Obligations", 1)
    d.add_paragraph("Utilities: 10 kV power 4 MVA; cooling water 30 °C max; Ar 99.999 %; N2 99.999 %; H2 99.99 %.")
    save_docx(d, name)
    label(name, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "en", False,
          "service contract; installation/commissioning procedure for an overseas sintered-magnet line sits in Appendix C after boilerplate")

def doc_gbd_card():
    name = "工艺/工艺卡-GBD-T-03(扩散)-2025.docx"
    d = docx_new("技术部-孙", "晶界扩散工艺卡")
    hf(d, "**磁材科技  工艺卡   受控编号 GK-KS-03", "版本 B/1   生效日期 2025-04-01   第1页 共1页")
    d.add_heading("晶界扩散（Tb）工艺卡", 1)
    par = d.add_paragraph("适用牌号：")
    textbox(par, ["适用：N52SH → 52SH-T（+ΔHcJ ≥ 8 kOe）", "基材厚度 ≤ 6 mm（取向方向）", "Tb 用量目标 0.45–0.55 wt%"])
    t = d.add_table(rows=3, cols=2); t.style = "Table Grid"
    t.cell(0, 0).text = "工序"; t.cell(0, 1).text = "参数"
    t.cell(1, 0).text = "前处理"
    inner = t.cell(1, 1).add_table(rows=4, cols=3)
    for i, r in enumerate([["步骤", "条件", "时间"], ["除油", "5% NaOH, 60 ℃ 超声", "5 min"],
                           ["酸洗", "3% HNO3, 室温", "30–45 s"], ["烘干", "N2 吹干, 80 ℃", "10 min"]]):
        for j, v in enumerate(r):
            inner.cell(i, j).text = v
    t.cell(2, 0).text = "涂覆/扩散"
    inner2 = t.cell(2, 1).add_table(rows=6, cols=3)
    for i, r in enumerate([["步骤", "条件", "控制点"],
                           ["涂覆", "TbH2 粉 (D50 3 μm) + 乙醇/PVB 浆料, 喷涂两 N/S 面", "增重 0.50±0.05%"],
                           ["扩散", "真空 ≤5×10⁻³ Pa, 900 ℃ × 15 h", "升温 5 ℃/min"],
                           ["冷却", "Ar 回充, 风冷至 ≤ 100 ℃", "—"],
                           ["回火", "490 ℃ × 5 h, 风冷", "HcJ 首检"],
                           ["检验", "Br 下降 ≤ 0.02 T, HcJ ≥ 28 kOe", "Hk/HcJ ≥ 0.92"]]):
        for j, v in enumerate(r):
            inner2.cell(i, j).text = v
    d.add_paragraph("注意：扩散前磁体表面不得有氧化色；装盒时磁体间用 Mo 网隔开，防止粘连。"
                    "若 HcJ 增量＜7 kOe，先检查涂覆增重，其次检查扩散炉温度均匀性（±5 ℃）。")
    save_docx(d, name)
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "zh", False,
          "process card with text box and nested tables: Tb grain-boundary diffusion of sintered NdFeB")

def doc_motor_review():
    name = "Eng/Rotor design review - 48V traction v0.4.docx"
    d = docx_new("k.berger", "Rotor design review")
    hf(d, "ACME Drives – Internal", "Design Review DR-0412")
    d.add_heading("Design review: 48 V traction motor, IPM rotor (V-shape)", 1)
    p1 = d.add_paragraph()
    tracked(p1, [("n", "Magnet grade selected: "), ("d", "N48SH"), ("i", "N45UH"),
                 ("n", " sintered NdFeB, 2 pcs per pole, 8 poles. Reason: worst-case demagnetisation at 150 °C with 3× "
                       "rated current short-circuit showed 4.1 % flux loss with N48SH, above our 2 % limit.")],
            author="K. Berger")
    comment(d, p1, "Check price delta for UH with purchasing – Dy/Tb content", author="M. Ortiz", initials="MO")
    d.add_paragraph("Magnet size 42 × 18 × 5 mm; axial segmentation into 4 pieces to reduce eddy-current loss "
                    "(FEA: 310 W → 95 W at 12 000 rpm).")
    p2 = d.add_paragraph()
    tracked(p2, [("n", "Retention: magnets bonded with "), ("d", "Loctite AA 332"), ("i", "single-component epoxy"),
                 ("n", " and held by lamination tabs; bridge thickness 1.2 mm, max von Mises 285 MPa at 1.2× overspeed.")])
    table(d, [["Item", "Target", "FEA result", "Status"],
              ["Peak torque", "60 N·m", "63.5 N·m", "OK"],
              ["Back-EMF @1000 rpm", "≤ 9.5 V", "9.1 V", "OK"],
              ["Torque ripple", "≤ 5 %", "6.8 %", "Open – skew 1 slot"],
              ["Demag @150 °C", "≤ 2 %", "0.9 % (N45UH)", "OK"]])
    d.add_paragraph("Actions: (1) purchasing to request quotes from two magnet suppliers with IATF 16949; "
                    "(2) add incoming Br/HcJ check per lot; (3) rerun NVH with 1-slot skew.")
    save_docx(d, name)
    label(name, "clear", [], [], [], "other", None, "en", True,
          "motor design review using bought NdFeB magnets; tracked changes and comments")

def doc_coni_sx():
    name = "湿法/钴镍萃取分离车间_操作规程(修订).docx"
    d = docx_new("湿法车间", "钴镍萃取操作规程")
    hf(d, "**钴业  湿法车间", "第1页")
    d.add_heading("P507 钴镍萃取分离操作规程", 1)
    p1 = d.add_paragraph()
    tracked(p1, [("n", "1. 料液：硫酸镍钴溶液，Ni 80–90 g/L，Co "), ("d", "8–10"), ("i", "10–12"),
                 ("n", " g/L，Mg 2–3 g/L，pH 4.0–4.5；先经 P204 除杂段去除 Fe、Zn、Cu、Mn、Ca。")])
    d.add_paragraph("2. 有机相：25% P507 + 75% 磺化煤油，液碱皂化，皂化率 65–70%。")
    p3 = d.add_paragraph()
    tracked(p3, [("n", "3. 萃取段 "), ("d", "8"), ("i", "10"), ("n", " 级，O/A = 1.2:1，平衡 pH 5.0–5.3；"
                                                            "洗涤 6 级，Ni 洗涤液 H2SO4 0.5 mol/L；反萃 6 级，H2SO4 2.0 mol/L，产出 CoSO4 溶液 Co 110–120 g/L。")])
    comment(d, p3, "级数增加后需复核澄清室面积", author="工艺组", initials="GY")
    d.add_paragraph("4. 萃余液：Co ≤ 5 mg/L，送 MVR 蒸发结晶制备硫酸镍。")
    d.add_paragraph("5. 安全：萃取箱区域禁止明火，静电接地电阻≤10 Ω；煤油储罐氮封。")
    save_docx(d, name)
    label(name, "clear", [], [], [], "process-spec", None, "zh", True,
          "cobalt/nickel P507 solvent extraction procedure with tracked changes (other metal, same reagents)")

def doc_sx_upgrade():
    name = "项目/3#线萃取槽改造方案 Retrofit plan_rev2.docx"
    d = docx_new("Chen Hao", "Mixer-settler retrofit plan")
    hf(d, "分离厂 设备部 / Separation plant – Maintenance Dept.", "Rev.2  2025-09")
    d.add_heading("3# 线混合澄清槽升级改造方案 / Line 3 mixer-settler upgrade", 1)
    d.add_paragraph("背景 Background：3# 线 (LaCe/PrNd 切割, P507-HCl 体系, 80 级) 现有 PVC 槽体 2012 年投用，"
                    "澄清室夹带 organic entrainment 达 300–500 ppm，混合室搅拌桨磨损严重。本方案用于停产检修期间整体升级。")
    table(d, [["项目 Item", "现状 As-is", "改造后 To-be"],
              ["槽体材质", "PVC, 2.0 m³/级", "PP + FRP 增强, 2.6 m³/级"],
              ["搅拌 Impeller", "涡轮式, 240 rpm 定速", "双层泵混式 + VFD 180–280 rpm"],
              ["澄清室 Settler", "无栅板", "加装两道 picket fence + 聚结填料"],
              ["界面控制", "人工观察", "电容式界面计, 联锁回流"],
              ["皂化 Saponification", "氨皂 (NH4OH)", "MgO 浆液预皂化槽 2 台"]])
    d.add_paragraph("施工步骤 Steps: (1) 逐段排空有机相至储罐, 保留级间料液分布记录; (2) 拆除旧槽 1–40 级（萃取段），"
                    "41–80 级（洗涤段）第二阶段; (3) 新槽安装水平度 ≤ 2 mm/m, 级间溢流堰高差 15 mm; "
                    "(4) 水试漏 24 h; (5) 重新注入有机相 1.5 mol/L P507, 按原分布恢复料液, 平衡运行 7 d 后取样。")
    d.add_paragraph("验收 Acceptance: 有机夹带 ≤ 80 ppm; 产品 Nd2O3/TREO ≥ 99.5% (参考值, 与改造前一致); "
                    "单级处理能力提升 25%。Commissioning checklist see Annex 1.")
    d.add_paragraph("停产时间 Downtime: 21 d; 预算 Budget: RMB 3.8 M.")
    save_docx(d, name)
    label(name, "controlled", ["1E902.b"], ["separation"], [], "process-spec", None, "mixed", False,
          "bilingual retrofit/upgrade plan for a Pr/Nd mixer-settler line; process values only as references")

# ================================================================ 3. PowerPoint
from pptx import Presentation
from pptx.util import Inches, Pt as PPt

def ppt_new(author, title):
    pr = Presentation()
    cp = pr.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = FIXED; cp.modified = FIXED; cp.revision = 3
    return pr

def slide(pr, title, bullets=(), notes=None):
    s = pr.slides.add_slide(pr.slide_layouts[1])
    s.shapes.title.text = title
    body = s.placeholders[1].text_frame
    for i, b in enumerate(bullets):
        if i == 0:
            body.text = b
        else:
            body.add_paragraph().text = b
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    return s

def slide_table(pr, title, rows, notes=None, widths=None):
    s = pr.slides.add_slide(pr.slide_layouts[5])
    s.shapes.title.text = title
    t = s.shapes.add_table(len(rows), len(rows[0]), Inches(0.4), Inches(1.5), Inches(9.2), Inches(0.4 * len(rows))).table
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)
            for para in t.cell(i, j).text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = PPt(11)
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    return s

def save_pptx(pr, name):
    path = p(name); pr.save(path); normalize_zip(path)

def deck_ce_notes():
    name = "Slides/Q3 review - HA magnets (for Hans).pptx"
    pr = ppt_new("Yang", "Q3 review")
    s = pr.slides.add_slide(pr.slide_layouts[0]); s.shapes.title.text = "Q3 Technical Review"
    s.placeholders[1].text = "Materials team · Sept 2025"
    slide(pr, "Agenda", ["Cost situation", "Status of the HA project", "Customer samples", "Next steps"],
          notes="Keep to 20 min. Hans only wants the numbers for the HA grade.")
    slide(pr, "Cost situation", ["Raw material index up in Q3", "HA grade reduces PrNd use", "Target: −12 % material cost"],
          notes="Don't show the supplier names.")
    slide(pr, "HA project – status", ["Pilot lots 1–6 done", "Properties within 3 % of N40", "Customer sampling in October"],
          notes="Recipe we froze for lot 6 (say it verbally, not on the slide): total RE 31.0 wt%, of which Ce is 30 % "
                "of the RE (so Ce 9.3, PrNd 21.7), B 0.98, Co 1.0, Cu 0.15, Ga 0.25, Al 0.1, Fe bal. Dual main phase: "
                "we strip-cast two separate alloys — the Ce-free one and a Ce-rich one (Ce 50 % of RE) — at 1.2–1.5 m/s "
                "wheel speed, flakes 0.25–0.35 mm, and blend after HD before jet milling to 3.2 µm. Blending ratio 60/40. "
                "The point is that the Ce-rich and Ce-free grains stay separate, so sinter lower: 1030 °C × 4 h instead of "
                "1060, otherwise they interdiffuse and HcJ collapses. Tempering 880 °C × 2 h + 480 °C × 3 h. Lot 6: "
                "Br 1.27 T, HcJ 1050 kA/m, (BH)max 300 kJ/m³. Adding 0.3 % Ga recovered about 80 kA/m.")
    slide(pr, "Customer samples", ["Two motor customers, one speaker customer", "500 pcs each", "Dimensions per drawing"],
          notes="Speaker customer doesn't care about HcJ.")
    slide(pr, "Risks", ["CeFe2 phase at high Ce", "Corrosion slightly worse", "Lower temperature stability"],
          notes="CeFe2 appears when Ce/RE goes above ~35 % in one alloy; with the 50 % Ce-rich alloy we keep it by adding "
                "La 2 % — La suppresses CeFe2. Tc drops to ~290 °C, so reversible temp coefficient of Br is about −0.13 %/K.")
    slide(pr, "Next steps", ["Freeze spec", "Scale-up to 600 kg furnace", "Cost update in Nov"], notes="")
    save_pptx(pr, name)
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec", None, "en", False,
          "bland slides; Ce-substituted dual-main-phase magnet recipe and process only in speaker notes")

def deck_tb_metal():
    name = "汇报/2025年上半年金属车间工作汇报.pptx"
    pr = ppt_new("金属车间", "上半年工作汇报")
    s = pr.slides.add_slide(pr.slide_layouts[0]); s.shapes.title.text = "金属车间 2025 年上半年工作汇报"
    s.placeholders[1].text = "汇报人：车间主任   2025 年 7 月"
    slide(pr, "一、总体完成情况", ["产量完成年计划 52%", "安全生产无事故", "能耗同比下降 4.6%"])
    slide(pr, "二、安全环保", ["氟化物排放达标", "完成 2 次应急演练", "新员工三级教育 14 人"])
    slide(pr, "三、人员与培训", ["在岗 46 人", "取得特种作业证 9 人", "师带徒 6 对"])
    slide_table(pr, "四、重点工艺：金属铽钙热还原（定型参数）", [
        ["项目", "参数", "备注"],
        ["原料", "TbF3（Tb4O7 氢氟化制得, O ≤ 0.05%）", "烘干 200 ℃ × 4 h"],
        ["还原剂", "金属钙（蒸馏钙）, 过量 10–15%", "颗粒 2–5 mm"],
        ["坩埚", "钽坩埚, 真空感应炉", "使用 ≤ 12 次"],
        ["升温", "真空 ≤ 5×10⁻² Pa 至 800 ℃, 充 Ar 0.05 MPa", ""],
        ["还原", "1450–1500 ℃ 保温 15–20 min", "渣金分离"],
        ["真空重熔", "1550 ℃, 10⁻³ Pa, 除 Ca ≤ 100 ppm", ""],
        ["蒸馏提纯", "1600–1650 ℃ 升华, 冷凝罩 900 ℃", "Tb ≥ 99.95%"],
        ["收率", "≥ 97%（还原）", "单炉 30 kg"]])
    slide(pr, "五、设备", ["2# 真空感应炉线圈更换", "新增 1 台手套箱", "冷却水系统改造完成"])
    slide(pr, "六、存在问题", ["钽坩埚消耗偏高", "镝产品氧含量波动", "人员流动"])
    slide(pr, "七、下半年计划", ["产量 ≥ 年计划 100%", "开展 PrNd 电解槽节能改造", "导入 MES"])
    save_pptx(pr, name)
    label(name, "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", None, "zh", False,
          "generic work-report deck; one slide table carries terbium calcium-reduction and distillation parameters; no '稀土' wording")

def deck_market():
    name = "Market/NdPr outlook Oct-2025 (client version).pptx"
    pr = ppt_new("Research desk", "NdPr outlook")
    s = pr.slides.add_slide(pr.slide_layouts[0]); s.shapes.title.text = "NdPr Oxide & Magnet Market Outlook"
    s.placeholders[1].text = "October 2025 · for client distribution"
    slide(pr, "Key takeaways", ["NdPr oxide averaged CNY 560k/t in September (+18 % q/q)",
                                "Export licensing since April slows magnet shipments to EU/US",
                                "Dy/Tb premium outside China widening"],
          notes="Source: SMM, Asian Metal, customs data. Don't quote tonnages before release.")
    slide_table(pr, "Price table (monthly averages)", [["Product", "Jul", "Aug", "Sep", "Unit"],
                                                         ["PrNd oxide", "470", "530", "560", "kCNY/t"],
                                                         ["Dy oxide", "1 620", "1 650", "1 690", "kCNY/t"],
                                                         ["Tb oxide", "6 900", "7 050", "7 300", "kCNY/t"],
                                                         ["N52 magnet (FOB)", "48", "52", "55", "USD/kg"]])
    slide(pr, "Demand", ["EV traction +24 % y/y", "Wind: direct-drive share stable", "Consumer electronics flat"])
    slide(pr, "Supply", ["Mining quota growth ~6 %", "Myanmar feed disruptions", "Recycling ~ 25 % of feed in China"])
    slide(pr, "Disclaimer", ["For information only. Not investment advice."])
    save_pptx(pr, name)
    label(name, "clear", [], [], [], "other", None, "en", True, "market/price outlook deck on NdPr oxide and magnets")

def deck_ferrite():
    name = "培训/湿压各向异性铁氧体工艺培训.pptx"
    pr = ppt_new("技术科", "铁氧体工艺培训")
    s = pr.slides.add_slide(pr.slide_layouts[0]); s.shapes.title.text = "Wet-pressed anisotropic Sr-ferrite 湿压各向异性锶铁氧体 工艺培训"
    s.placeholders[1].text = "新员工培训 2025"
    slide(pr, "Raw materials & calcining 原料与预烧", ["Fe2O3 + SrCO3, n = 5.8–5.9", "预烧 1250–1280 ℃ 回转窑", "预烧料 La-Co 取代牌号 FB9"])
    slide(pr, "Ball milling 球磨", ["湿法球磨 18–22 h", "料浆粒度 0.7–0.8 μm", "添加 CaCO3 0.8%, SiO2 0.4%"],
          notes="粒度太细压制脱水困难，开裂率上升。")
    slide_table(pr, "Pressing & sintering / 压制与烧结参数", [["工序", "参数", "备注"], ["湿压", "磁场 ≥ 10 kOe, 压力 30–40 MPa", "料浆固含量 65–68%"],
                                          ["烧结", "1190–1220 ℃ × 2 h, 空气", "隧道窑"], ["磨加工", "双端面磨 + 内外弧磨", "公差 ±0.05"],
                                          ["性能", "Br 4.4 kGs, HcJ 4.8 kOe", "FB9 牌号"]])
    slide(pr, "QC 质量控制", ["每班抽检性能 5 件", "尺寸 100% 自动分选", "外观目检"])
    save_pptx(pr, name)
    label(name, "clear", [], [], [], "process-spec", None, "mixed", True,
          "strontium ferrite magnet process training deck (ferrite, not controlled)")

# ================================================================ 4. PDF reports (fpdf2)
from fpdf import FPDF

class Rep(FPDF):
    head = ""; foot = ""; fam = "dj"
    def header(self):
        if self.page_no() == 1 and getattr(self, "nohead1", False):
            return
        self.set_font(self.fam, size=8); self.set_text_color(90)
        self.cell(0, 5, self.head, align="L"); self.ln(2)
        self.line(self.l_margin, self.get_y() + 4, self.w - self.r_margin, self.get_y() + 4); self.ln(8)
        self.set_text_color(0)
    def footer(self):
        self.set_y(-12); self.set_font(self.fam, size=8); self.set_text_color(90)
        self.cell(0, 5, self.foot.format(n=self.page_no()), align="C"); self.set_text_color(0)

def new_pdf(head, foot, title, author, cjk=True):
    pdf = Rep(format="A4")
    pdf.add_font("dj", fname=DJ)
    pdf.fam = "dj"
    pdf.head, pdf.foot = head, foot
    pdf.set_creation_date(FIXED)
    pdf.set_title(title); pdf.set_author(author); pdf.set_creator("Microsoft Word"); pdf.set_producer("Microsoft Word")
    pdf.set_auto_page_break(True, 18)
    return pdf

def two_col(pdf, paras, size=9.5):
    pdf.set_font(pdf.fam, size=size)
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.35, balance=True) as cols:
        for kind, txt in paras:
            if kind == "h":
                cols.write("\n")
                pdf.set_font(pdf.fam, size=size + 1.5)
                cols.write(txt + "\n")
                pdf.set_font(pdf.fam, size=size)
            else:
                cols.write(txt + "\n")

def pdf_web_lib():
    name = "Downloads/How black mass is processed – hydrometallurgy explained _ BatteryTech Blog.pdf"
    pdf = new_pdf("10/14/25, 3:07 PM            How black mass is processed – hydrometallurgy explained | BatteryTech Blog",
                  "https://blog.batterytech-example.com/black-mass-hydrometallurgy/                                        {n}/2",
                  "How black mass is processed", "", cjk=False)
    pdf.add_page()
    pdf.set_font("dj", size=8); pdf.set_fill_color(30, 60, 110); pdf.set_text_color(255)
    pdf.cell(0, 8, "  BatteryTech Blog      Home   Recycling   Cathodes   Newsletter   Subscribe", fill=True,
             new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0); pdf.ln(4)
    pdf.set_font("dj", size=16); pdf.multi_cell(0, 8, "How black mass is processed – hydrometallurgy explained")
    pdf.set_font("dj", size=8); pdf.cell(0, 6, "Posted on 9 October 2025 · 7 min read · 14 comments", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dj", size=10)
    txt = ("Spent lithium-ion batteries are first discharged in brine or by resistive load, then shredded under inert "
           "gas. Sieving and density separation remove Al and Cu foil and plastics, leaving 'black mass' of cathode "
           "powder and graphite.\n\n"
           "Leaching: black mass is leached in 2 M H2SO4 with 4-6 vol% H2O2 as reductant at 70-80 °C and a pulp density "
           "of 100-150 g/L. Li, Ni, Co and Mn dissolve to >95 %, graphite stays in the residue.\n\n"
           "Purification: Fe and Al are precipitated at pH 4.5-5.0 with NaOH; Cu is removed by cementation on iron powder "
           "or by LIX 84 extraction.\n\n"
           "Solvent extraction: D2EHPA removes Mn and residual Zn; Cyanex 272 (or P507) separates Co from Ni at pH 5.0-5.5. "
           "The raffinate carries Ni and Li. Ni is extracted with Versatic 10 or crystallised as NiSO4·6H2O.\n\n"
           "Lithium: Li is finally precipitated as Li2CO3 with Na2CO3 at 90-95 °C, or converted to LiOH via membrane "
           "electrolysis. Overall Li recovery in modern plants is 85-90 %.\n\n"
           "Why it matters: EU Battery Regulation recycled-content targets start in 2031 (16 % Co, 6 % Li, 6 % Ni).")
    pdf.multi_cell(0, 5.5, txt)
    pdf.add_page()
    pdf.set_font("dj", size=9); pdf.multi_cell(0, 5, "14 COMMENTS\n\nMarco: What about NMC vs LFP black mass?\n"
                                              "Author: LFP has low value metals; direct regeneration is discussed in our next post.\n\n"
                                              "Related posts: Pyrometallurgy vs hydro · Graphite recovery · Sodium-ion outlook\n\n"
                                              "© 2025 BatteryTech Blog. All rights reserved.")
    pdf.output(p(name))
    label(name, "clear", [], [], [], "other", None, "en", True,
          "PDF print of a web blog post on lithium-ion battery black-mass hydrometallurgy")

def pdf_alu_report():
    name = "Reports/Potline 2 relining campaign - technical report.pdf"
    pdf = new_pdf("Smelter Operations – Potline 2 Relining Campaign 2025", "Page {n}", "Potline 2 relining", "Reduction Dept.", cjk=False)
    pdf.add_page()
    pdf.set_font("dj", size=16); pdf.multi_cell(0, 9, "Potline 2 relining campaign 2025: technical report", align="C"); pdf.ln(2)
    paras = [("h", "1. Summary"),
             ("p", "Twenty-two 300 kA prebake cells of Potline 2 were relined between February and July 2025 after an average "
                   "cell life of 2 140 days. Main failure modes were cathode block erosion (W-wear) and sidewall SiC failure."),
             ("h", "2. Bath and operating window"),
             ("p", "Cryolite bath with excess AlF3 10.5-11.5 %, CaF2 4.5-5 %, alumina 2-3.5 %; bath temperature 955-962 °C, "
                   "superheat 6-10 °C; cell voltage 4.10-4.20 V; anode-cathode distance 4.2-4.5 cm; current efficiency 94.2 %."),
             ("h", "3. Relining procedure"),
             ("p", "Dig-out of spent pot lining (SPL) by hydraulic breaker; shell inspection and repair of cracked cradles; "
                   "installation of refractory (insulation bricks, dry barrier mix 120 mm), graphitised cathode blocks with "
                   "cast-iron rodding, ramming paste at 40 °C ambient; SiC-Si3N4 side blocks."),
             ("h", "4. Preheat and start-up"),
             ("p", "Resistor-bed (coke) preheat for 72 h to a cathode surface of 900 °C, followed by wet start with 8 t of "
                   "liquid bath and metal tapping after 24 h. Early anode effect frequency held below 0.1 per cell-day."),
             ("h", "5. SPL handling"),
             ("p", "SPL (first cut carbon, second cut refractory) is stored indoors and shipped for cement kiln co-processing."),
             ("h", "6. Lessons learned"),
             ("p", "Shell deformation > 40 mm should trigger cradle replacement; cathode block bake to 900 °C before bath "
                   "addition reduced early sodium heave. Next campaign: Potline 1, 18 cells, from March 2026.")]
    two_col(pdf, paras, size=9)
    pdf.output(p(name))
    label(name, "clear", [], [], [], "process-spec", None, "en", True,
          "two-column aluminium electrolysis cell relining report (fluoride bath, not rare earth)")

# ================================================================ 5. text dumps / emails
def wtxt(name, text, enc="utf-8", crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(p(name), "wb") as f:
        f.write(text.encode(enc))

def txt_hd():
    name = "临时/新建文本文档 (3).txt"
    t = ("氢破＋气流磨 工艺要点（从老李的ppt里拷出来的，格式乱了自己看）\n\n"
         "１．速凝片：厚度０．２５～０．３５ｍｍ，柱状晶贯穿，α－Ｆｅ＜１％，富钕相片层间距３～\n"
         "５μｍ\n"
         "２．氫破（吸氫）：裝爐量８００ｋｇ／爐，抽真空至＜１０Ｐａ后充氫，氫壓０．０８～０．１\n"
         "５ＭＰａ，室溫吸氫，吸氫至壓力不再下降（約２～３ｈ），吸氫量約０．１２～０．１５％（質量）\n"
         "３．脱氢：边抽真空边升温，５８０℃保温５ｈ，真空度到５Ｐａ以下再保１ｈ，残\n"
         "余氢含量控制≤１２００ｐｐｍ，冷却用氩气循环，出炉温度＜４０℃\n"
         "４．氢碎粉加润滑剂（硬脂酸锌或专用抗氧化剂）０．０５～０．１％，混料２ｈ\n"
         "５．气流磨：研磨气体Ｎ２，氧含量≤１０ｐｐｍ（高牌号≤５ｐｐｍ），研磨压力０．６５～０\n"
         "．７ＭＰａ，分选轮转速３８００～４２００ｒｐｍ，粒度Ｄ５０＝３．０～３．２μｍ（Ｎ５２）\n"
         "，Ｄ５０＝３．８～４．２μｍ（Ｎ３５～Ｎ４２），Ｄ９０／Ｄ１０≤４．５\n"
         "６．细粉（旋风分离器后过滤器收的超细粉＜１μｍ）占比控制在３％以下，超细粉富\n"
         "Ｎｄ，容易氧化，单独回收不要混回去\n"
         "７．磨后粉末再加０．０３％润滑剂，Ｖ型混料机混４ｈ，氮气保护静置＞８ｈ再压制\n\n"
         "问题记录：\n"
         "— ５月１２號 Ｎ５２ 批次ＨｃＪ偏低１ｋＯｅ，查是脱氫溫度掉到５５０℃（熱電偶偏），殘\n"
         "餘氫高，燒結時出現開裂\n"
         "— 氣流磨氧含量报警值设１５ｐｐｍ，超了要停料、不要硬磨\n"
         "— 粒度测试用激光粒度仪(干法)，HELOS，分散压力O.3MPa  <- OCR的时候0和O分不清自己注意\n")
    wtxt(name, t, crlf=True)
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "zh", False,
          "pasted text with full-width characters, broken wraps, mixed simplified/traditional: HD and jet milling parameters")

def txt_phosphor():
    name = "資料/廢螢光粉回收流程_整理.txt"
    t = ("廢螢光粉（燈管粉）稀土回收  流程整理  2025/02\n"
         "================================\n"
         "原料：回收廠收集之直管/緊湊型螢光燈管粉，含 Y2O3 15~25%、Eu2O3 1~2%、\n"
         "Tb4O7 0.5~1.2%、CeO2 1~3%，其餘為鹵磷酸鈣、玻璃碎屑、Al2O3。Hg 已經蒸\n"
         "餾處理（殘Hg＜5 ppm）。\n\n"
         "步驟1 篩分：過 200 目去除玻璃碎屑，篩下物為螢光粉。\n"
         "步驟2 酸浸（紅粉 Y2O3:Eu）：2 mol/L 鹽酸，液固比 5:1，60°C，2 h。\n"
         "       Y、Eu 浸出率 ＞95%；綠粉（CeMgAl11O19:Tb）與藍粉（BAM）不溶，\n"
         "       留在渣內。\n"
         "步驟3 鹼熔（渣）：渣與 NaOH 按 1:1.5 混合，600°C 熔融 2 h，使鋁酸鹽\n"
         "       結構破壞；水洗除 Na、Al 後，再以 3 mol/L HCl 溶解，回收 Tb、Ce。\n"
         "步驟4 除雜：浸出液加 Na2S 除重金屬，pH 調 4.5 除 Fe、Al。\n"
         "步驟5 草酸沉澱：草酸過量 20%，pH 1.5，80°C，沉澱率 ＞99%；\n"
         "       900°C 灼燒 2 h 得混合氧化物（Y+Eu 約 92%）。\n"
         "步驟6 送分離廠（P507 體系）分 Y/Eu，或整體作為 Y-Eu 混合物出售。\n\n"
         "指標：稀土總回收率 Y 92%、Eu 90%、Tb 85%。\n"
         "酸耗 HCl 約 1.8 t/t 氧化物；NaOH 0.6 t/t 渣。\n"
         "註：鹼熔溫度低於 550°C 時綠粉分解不完全，Tb 回收率掉到 60% 以下。\n")
    wtxt(name, t, enc="utf-8-sig")
    label(name, "controlled", ["1E902.a"], ["recycling"], [], "process-spec", None, "zh", False,
          "traditional-Chinese text: spent phosphor leaching, alkali fusion and oxalate precipitation flow")

def txt_market():
    name = "临时/周报草稿_第４１周.txt"
    t = ("【稀土周评】第４１周（１０／６－１０／１０）\n"
         "一、價格\n"
         "氧化鐠釹 ５６．２万元／噸，周环比＋１．８％；金属鐠釹 ６８．５万元／噸；\n"
         "氧化鏑 １６９万元／噸，氧化鋱 ７３０万元／噸，持平。\n"
         "钕铁硼毛坯Ｎ５２ 报价 ２７５～２９０元／ｋｇ，小幅上调。\n"
         "二、市场\n"
         "下游磁材厂备库意愿增强，但出口许可审批周期仍在４５个工作日左右，海外订单交付\n"
         "偏慢；风电招标量环比回落，新能源车磁材需求稳定。\n"
         "三、政策\n"
         "商务部公告２０２５年第６１、６２号已执行，技術出口需申請許可，注意客户问询口径\n"
         "统一由合规部答复。\n"
         "四、下周预判\n"
         "鐠釹价格高位震荡，区间５５～５８万元／噸。\n")
    wtxt(name, t, enc="gb18030")
    label(name, "clear", [], [], [], "other", None, "zh", True,
          "GB18030 weekly price note with full-width digits and mixed characters (market, not technology)")

def msg_hd_repair():
    name = "mail/RE_ HD furnace #2 - leak after door seal replacement.msg.txt"
    t = ("From:\tZhou Min <zhou.min@cnmag-example.cn>\n"
         "Sent:\tThursday, August 21, 2025 7:42 PM\n"
         "To:\tArun Prakash <arun.p@mag-india-example.com>\n"
         "Cc:\tHD line; Maint-Lead\n"
         "Subject:\tRE: HD furnace #2 - leak after door seal replacement\n"
         "Attachments:\tIMG_0231.jpg; leak_test_0821.xlsx\n\n"
         "Arun,\n\n"
         "看了你们发的照片, the problem is the O-ring groove, not the seal itself. Please do it this way:\n\n"
         "1. Cool the retort below 40 °C, break vacuum with Ar (never air – the powder residue in the retort is "
         "pyrophoric). Purge H2 line with N2 3 times, check H2 detector < 0.1 % LEL before opening.\n"
         "2. Remove door, clean groove with IPA, measure groove depth at 8 points: spec 5.6 +0.05/-0 mm for the "
         "Ø6.99 FKM O-ring. Yours is probably worn at the hinge side. If < 5.55 mm, machine the groove, do not shim.\n"
         "3. New O-ring: FKM 75 shore, lightly greased with vacuum grease (Apiezon L), no twisting.\n"
         "4. Close door, torque clamps crosswise 80 N·m.\n"
         "5. Leak test: pump down to < 5 Pa, isolate, rate of rise must be < 1 Pa/10 min. Then He leak test on door "
         "flange, < 5×10⁻⁹ Pa·m³/s.\n"
         "6. Pressure test with H2 at 0.15 MPa for 30 min, drop < 2 kPa.\n"
         "7. Before the first production batch run one empty dehydrogenation cycle (heat to 580 °C under vacuum, 2 h) to "
         "outgas the new seal.\n\n"
         "After restart your absorption should again finish in ~2.5 h per 800 kg and residual H after dehydrogenation "
         "< 1200 ppm – same as before, don't change the recipe.\n\n"
         "另外 the rotary drive gearbox oil – 也该换了 (every 4000 h, ISO VG 220).\n\n"
         "Regards / 周敏\n"
         "Equipment Dept.\n\n"
         "-----Original Message-----\n"
         "From: Arun Prakash\n"
         "Sent: Thursday, August 21, 2025 1:15 PM\n"
         "Subject: HD furnace #2 - leak after door seal replacement\n\n"
         "Hi Zhou, after we replaced the door seal yesterday the vacuum only goes to 40 Pa and the hydrogen pressure "
         "drops during absorption. Photos attached. Line is stopped. Please advise urgently.\n"
         "Arun\n")
    wtxt(name, t, crlf=True)
    label(name, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", None, "mixed", False,
          "email dump: repair instructions for a hydrogen-decrepitation furnace at an overseas magnet plant; no 'rare earth' wording")

def msg_compliance():
    name = "mail/会议纪要-出口管制合规培训 20251015.msg.txt"
    t = ("发件人: 合规部 <compliance@corp-example.cn>\n"
         "发送时间: 2025年10月15日 星期三 17:20\n"
         "收件人: 全体中层; 国际业务部; 技术中心\n"
         "主题: 会议纪要 - 出口管制合规培训 (1E902)\n\n"
         "各位同事：\n\n"
         "今天下午培训要点如下，请各部门传达：\n"
         "1. 商务部公告2025年第62号将稀土开采、冶炼分离、金属冶炼、磁材制造及二次资源回收利用相关技术及其载体"
         "列入管制（1E902.a），生产线装配、调试、维护、维修和升级技术（1E902.b）同样管制。\n"
         "2. 载体包括设计图纸、工艺规范、工艺参数、加工程序、仿真数据等。向境外客户发邮件、上传云盘、现场指导都属于"
         "“出口”。\n"
         "3. 已进入公共领域的技术、基础科学研究、普通专利申请所必需的技术不适用。\n"
         "4. 对外发送产品规格书（牌号、尺寸、Br/HcJ 保证值）一般不涉及工艺，但须经技术中心确认不含工艺内容。\n"
         "5. 外发文件一律走OA审批，附《技术出口自查表》；不确定的先咨询合规部。\n"
         "6. 11月底前各部门完成存量外发文件梳理。\n\n"
         "合规部 张**\n"
         "分机 8021\n")
    wtxt(name, t)
    label(name, "clear", [], [], [], "email", None, "zh", True,
          "compliance training minutes quoting the regulation; no process content")

# ================================================================ 6. RTF / HTML / ODT / XLSX
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\par\n")
        elif o > 127:
            if o > 32767:
                o -= 65536
            out.append(f"\\u{o}?")
        else:
            out.append(ch)
    return "".join(out)

def write_rtf(name, paras, title, author):
    head = ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\fnil\\fcharset134 SimSun;}}\n"
            "{\\info{\\title " + rtf_escape(title) + "}{\\author " + rtf_escape(author) +
            "}{\\creatim\\yr2025\\mo3\\dy18\\hr10\\min5}{\\revtim\\yr2025\\mo3\\dy20\\hr16\\min41}}\n"
            "\\paperw11906\\paperh16838\\margl1440\\margr1440\\viewkind4\\uc1\n")
    body = []
    for kind, t in paras:
        if kind == "h":
            body.append("\\pard\\sb240\\sa120\\b\\fs28 " + rtf_escape(t) + "\\b0\\fs21\\par\n")
        elif kind == "row":
            cells = t
            n = len(cells); w = 9000 // n
            body.append("\\trowd\\trgaph108" + "".join(f"\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx{w*(i+1)}" for i in range(n)))
            body.append("".join("\\pard\\intbl " + rtf_escape(c) + "\\cell" for c in cells) + "\\row\n")
        else:
            body.append("\\pard\\sa120\\f1\\fs21 " + rtf_escape(t) + "\\par\n")
    with open(p(name), "w", encoding="ascii") as f:
        f.write(head + "".join(body) + "}")

def rtf_flotation():
    name = "old/flotation_regime_BO-type_2009rev.rtf"
    paras = [("h", "Flotation reagent regime – mixed bastnaesite/monazite ore (Bayan Obo type), Circuit B"),
             ("p", "Feed: magnetic-separation tailings after iron recovery, REO 9-11 %, fluorite 20-25 %, Fe 12 %, barite 2 %. "
                   "Mineralogy: bastnaesite:monazite ~ 7:3, liberation > 85 % at P80 74 um."),
             ("h", "1. Grinding and conditioning"),
             ("p", "Regrind to 90-92 % passing 74 um. Pulp 45-50 % solids, heated to 55-65 C by steam (hydroxamate "
                   "selectivity drops sharply below 45 C)."),
             ("h", "2. Reagents (g/t feed)"),
             ("row", ["Reagent", "Function", "Dosage g/t", "Point"]),
             ("row", ["Na2CO3", "pH regulator (pH 9.0-9.5)", "2500-3000", "Conditioner 1"]),
             ("row", ["Sodium silicate (modulus 2.4)", "Depressant gangue/fluorite", "1500-2000", "Conditioner 1"]),
             ("row", ["H205 (2-hydroxy-3-naphthyl hydroxamic acid)", "Collector", "1200-1500", "Conditioner 2"]),
             ("row", ["J102 (frother)", "Frother", "40-60", "Rougher"]),
             ("row", ["Sodium fluosilicate", "Cleaner depressant", "200-300", "Cleaner 2"]),
             ("h", "3. Circuit"),
             ("p", "1 rougher (8 min), 2 scavengers (6 min each), 3 cleaners. Cleaner pulp temperature maintained at 60 C. "
                   "Scavenger concentrate recycled to conditioner 2."),
             ("h", "4. Performance (6-month average)"),
             ("p", "Concentrate REO 50-55 % at 72-75 % recovery (single-stage); upgrade to 60 % REO requires gravity "
                   "tabling of cleaner 3 concentrate. Fluorite in concentrate < 8 %. Middlings at 30-34 % REO sold as "
                   "low-grade concentrate."),
             ("h", "5. Notes"),
             ("p", "Excess sodium silicate (> 2500 g/t) depresses bastnaesite; hydroxamate decomposes if stored above 40 C; "
                   "prepare 5 % solution fresh each shift at pH 9.")]
    write_rtf(name, paras, "Flotation regime", "mill metallurgist")
    label(name, "controlled", ["1E902.a"], ["mining"], [], "process-spec", None, "en", False,
          "old RTF export: bastnaesite/monazite flotation reagent regime; no 'rare earth' wording")

def rtf_patent():
    name = "专利/交底-代理所返稿/申请文件_一种高丰度铈磁体及其制备方法_0312.rtf"
    paras = [("h", "权  利  要  求  书"),
             ("p", "1. 一种高丰度铈磁体的制备方法，其特征在于，包括以下步骤：(1) 按质量百分比配制主合金 (PrNd)30.5-x Cex Fe余 B0.98 M1.2，"
                   "其中 x = 6–12，M 为 Co、Cu、Ga、Al 中的至少一种；(2) 将主合金速凝铸片，辊速 1.0–2.0 m/s；"
                   "(3) 氢破碎并气流磨至平均粒度 2.8–3.6 μm；(4) 在 1.5–2.0 T 磁场中取向成型，冷等静压；"
                   "(5) 在 1000–1040 ℃ 烧结 3–6 h；(6) 两级回火。"),
             ("p", "2. 根据权利要求 1 所述的方法，其特征在于，步骤 (1) 中还加入质量百分比 1–3% 的 La，用于抑制 CeFe2 相。"),
             ("p", "3. 根据权利要求 1 所述的方法，其特征在于，一级回火温度 850–900 ℃，二级回火温度 460–520 ℃。"),
             ("p", "4. 一种高丰度铈磁体，其特征在于，采用权利要求 1–3 任一项所述方法制备，剩磁 Br ≥ 1.25 T，内禀矫顽力 HcJ ≥ 955 kA/m。"),
             ("h", "说  明  书"),
             ("p", "技术领域  本发明涉及永磁材料技术领域，具体涉及一种高丰度铈磁体及其制备方法。"),
             ("p", "背景技术  镨钕资源价格高企，以高丰度 Ce 部分替代 PrNd 可降低成本，但 Ce2Fe14B 内禀磁性能较低，"
                   "且易形成 CeFe2 相，导致矫顽力显著下降……"),
             ("p", "具体实施方式  实施例 1：按 (PrNd)21.5Ce9La1.5Fe余B0.98Co1.0Cu0.15Ga0.25 配料……烧结 1030 ℃×4 h，"
                   "回火 880 ℃×2 h + 480 ℃×3 h，得到 Br 1.27 T，HcJ 1040 kA/m。对比例 1：不加 La……HcJ 820 kA/m。"),
             ("h", "说明书摘要"),
             ("p", "本发明公开了一种高丰度铈磁体及其制备方法……（摘要附图：图 1）"),
             ("p", "【代理人批注】请发明人于 3 月 20 日前确认实施例 2、3 数据；拟同时提交 PCT 申请（优先权日以本申请为准）。")]
    write_rtf(name, paras, "申请文件", "代理所")
    label(name, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "other", "patent-filing", "zh", False,
          "patent application text (claims, description, abstract) for a Ce-substituted magnet, returned by the attorney")

WORD_HTML_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>{author}</o:Author>
  <o:LastAuthor>{author}</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:Created>2024-11-05T02:13:00Z</o:Created>
  <o:LastSaved>2025-02-18T08:47:00Z</o:LastSaved>
  <o:Pages>2</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face {{font-family:宋体; panose-1:2 1 6 0 3 1 1 1 1 1;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no; margin:0cm; text-align:justify; font-size:10.5pt; font-family:"Calibri",sans-serif;}}
h1 {{mso-style-link:"标题 1 字符"; font-size:16.0pt; font-weight:bold;}}
table.MsoTableGrid {{border:solid windowtext 1.0pt; mso-border-alt:solid windowtext .5pt;}}
@page WordSection1 {{size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;}}
div.WordSection1 {{page:WordSection1;}}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class=WordSection1>
"""

def word_html(name, title, author, blocks, charset="gb2312", enc="gb2312"):
    out = [WORD_HTML_HEAD.format(charset=charset, title=title, author=author)]
    for kind, t in blocks:
        if kind == "h":
            out.append(f"<h1><span lang=EN-US style='mso-bidi-font-size:16.0pt'>{t}<o:p></o:p></span></h1>\n")
        elif kind == "table":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n")
            for r in t:
                out.append(" <tr>" + "".join(f"<td width=138 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>"
                                             f"<p class=MsoNormal><span style='font-family:宋体'>{c}</span></p></td>" for c in r) + "</tr>\n")
            out.append("</table>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
        else:
            out.append(f"<p class=MsoNormal style='text-indent:21.0pt'><span style='font-family:宋体;mso-ascii-font-family:Calibri'>{t}</span>"
                       f"<span lang=EN-US><o:p></o:p></span></p>\n")
    out.append("</div>\n</body>\n</html>\n")
    with open(p(name), "wb") as f:
        f.write("".join(out).replace("\n", "\r\n").encode(enc, errors="xmlcharrefreplace"))

def html_roasting():
    name = "网页存档/混合精矿硫酸焙烧工艺说明.htm"
    blocks = [("h", "包头混合型精矿 浓硫酸高温焙烧—水浸工艺说明"),
              ("p", "1．原料：混合型精矿 REO 50–55%，F 7–9%，P 3–4%，CaO 5–7%，粒度 −200 目≥85%。"),
              ("p", "2．配酸：浓硫酸（93%–98%）与精矿质量比 1.3–1.5:1，在混料机中混合均匀，酸矿混合温度 ≤ 60 ℃。"),
              ("p", "3．焙烧：回转窑 Φ2.4×35 m，窑头（出料端）温度 750–800 ℃，窑尾 250–300 ℃，停留时间 2.5–3 h；"
                    "焙烧尾气（HF、SiF4、SO2、SO3）经喷淋吸收回收氢氟酸与混酸。焙烧矿中水溶性 REO ≥ 93%。"),
              ("p", "4．水浸：液固比 8–10:1，常温浸出 2 h；加 MgO 中和至 pH 3.5–4.0，加 FeCl3 除磷、钍进入渣；"
                    "水浸液 REO 35–40 g/L，ThO2 ≤ 0.01 g/L。"),
              ("table", [["工序", "关键参数", "控制范围", "检测频次"],
                         ["配酸", "酸矿比", "1.3–1.5", "每班 2 次"],
                         ["焙烧", "窑头温度", "750–800 ℃", "连续"],
                         ["水浸", "终点 pH", "3.5–4.0", "每槽"],
                         ["中和除杂", "Fe/P 去除率", "≥ 98%", "每批"]]),
              ("p", "5．转型：水浸液采用 P204 或 P507 萃取转型为氯化稀土溶液（反萃 HCl 5–6 mol/L），"
                    "避免碳铵沉淀产生大量氨氮废水。"),
              ("p", "6．三废：水浸渣放射性比活度需满足暂存要求，集中送放射性渣库；尾气吸收液回收 40% 氢氟酸。")]
    word_html(name, "混合精矿硫酸焙烧工艺说明", "wangjun", blocks)
    label(name, "controlled", ["1E902.a"], ["separation"], [], "process-spec", None, "zh", False,
          "Word-saved HTML (GBK): sulfuric-acid roasting and water leaching of mixed concentrate")

def html_carbide():
    name = "Archive/WC-Co sintering SOP (web archive).htm"
    blocks = [("h", "SOP-S-14: Sinter-HIP of WC-Co cutting inserts"),
              ("p", "Scope: grades K20 (WC-6%Co, 1.0 um) and P25 (WC-TiC-TaC-10%Co) pressed inserts, paraffin wax binder 2 %."),
              ("p", "1. Dewaxing: H2 flow, 20-450 C at 2 C/min, hold 60 min at 450 C; check weight loss 1.9-2.1 %."),
              ("p", "2. Pre-sintering: vacuum 10 Pa, 450-1200 C at 5 C/min, hold 30 min for deoxidation (CO release)."),
              ("p", "3. Liquid-phase sintering: 1410-1450 C (K20) / 1440-1470 C (P25), 45-60 min under 5 mbar Ar partial pressure "
                    "to limit Co evaporation."),
              ("p", "4. HIP stage: at end of hold, pressurise Ar to 5 MPa for 30 min (sinter-HIP)."),
              ("table", [["Property", "K20 target", "P25 target"], ["Density g/cm3", "14.90-15.00", "12.60-12.80"],
                         ["Hardness HV30", "1580-1640", "1420-1480"], ["Coercivity kA/m", "17-19", "11-13"],
                         ["Porosity", "A02 B00 C00", "A02 B00 C00"]]),
              ("p", "Magnetic saturation (Com) is used to detect eta-phase or free carbon; cobalt magnetic % must be 80-95 % of nominal.")]
    word_html(name, "WC-Co sintering SOP", "jsmith", blocks, charset="windows-1252", enc="cp1252")
    label(name, "clear", [], [], [], "process-spec", None, "en", True,
          "Word-saved HTML: cemented carbide sintering SOP (vacuum sintering, coercivity vocabulary)")

ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:0.1" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')

def write_odt(name, title, author, blocks):
    body = []
    for kind, t in blocks:
        if kind == "h":
            body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{_esc(t)}</text:h>')
        elif kind == "table":
            cols = len(t[0])
            body.append(f'<table:table table:name="T{len(body)}"><table:table-column table:number-columns-repeated="{cols}"/>')
            for r in t:
                body.append("<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{_esc(c)}</text:p></table:table-cell>' for c in r)
                            + "</table:table-row>")
            body.append("</table:table>")
        else:
            body.append(f'<text:p text:style-name="Standard">{_esc(t)}</text:p>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NS}>'
               '<office:body><office:text>' + "".join(body) + '</office:text></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODT_NS}><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">'
              '<style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODT_NS}><office:meta>'
            f'<meta:generator>LibreOffice/7.3.7.2$Linux_X86_64</meta:generator><dc:title>{_esc(title)}</dc:title>'
            f'<meta:initial-creator>{_esc(author)}</meta:initial-creator><dc:creator>{_esc(author)}</dc:creator>'
            '<meta:creation-date>2025-05-06T14:02:11</meta:creation-date><dc:date>2025-05-09T09:15:40</dc:date>'
            '</office:meta></office:document-meta>')
    path = p(name)
    with zipfile.ZipFile(path, "w") as z:
        for n, b in [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content),
                     ("styles.xml", styles), ("meta.xml", meta), ("META-INF/manifest.xml", ODT_MANIFEST)]:
            zi = zipfile.ZipInfo(n, ZIPDATE)
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, b.encode("utf-8"))

def odt_proposal():
    name = "grants/proposal_draft_melt-structure_v2.odt"
    blocks = [("h", "Research proposal: Local structure and oxide solubility in molten NdF3–LiF by in-situ high-temperature Raman and ab initio MD"),
              ("p", "Programme: National natural science fund (general programme), 4 years. Host: university laboratory of molten-salt chemistry."),
              ("h", "1. Scientific question"),
              ("p", "The speciation of Nd(III) in fluoride melts — the relative abundance of [NdF6]3−, [NdF7]4− and oxyfluoride complexes "
                    "[NdOFx] — controls the dissolution of Nd2O3 and the anode reaction, but it has never been measured directly above 1000 °C. "
                    "We ask how the first coordination shell changes with LiF content (10–40 mol%) and dissolved oxide."),
              ("h", "2. Methods"),
              ("p", "High-temperature Raman spectroscopy in a sealed boron nitride/diamond-window cell up to 1100 °C; high-energy X-ray "
                    "diffraction at a synchrotron (pair distribution function); first-principles molecular dynamics (VASP, PBE+D3, "
                    "200 atoms, 30 ps) to assign bands and compute self-diffusion coefficients; thermodynamic modelling of the "
                    "NdF3–LiF–Nd2O3 system (CALPHAD) against our DSC liquidus data."),
              ("h", "3. Expected results"),
              ("p", "A structural model of Nd–F–O complexes versus composition; diffusion coefficients of Nd and O species; a consistent "
                    "thermodynamic description of oxide solubility. Results will be published in open journals; no process development "
                    "or cell design is part of this proposal."),
              ("h", "4. Budget (kCNY)"),
              ("table", [["Item", "Y1", "Y2", "Y3", "Y4"], ["Equipment (Raman cell)", "180", "0", "0", "0"],
                         ["Beamtime travel", "20", "30", "30", "10"], ["Computing", "40", "40", "40", "20"],
                         ["Students", "60", "60", "60", "60"]])]
    write_odt(name, "Research proposal draft", "prof. office", blocks)
    label(name, "excluded", ["1E902.a"], ["metal-smelting"], [], "other", "basic-research", "en", False,
          "ODT grant proposal on melt structure/thermodynamics of fluoride electrolytes; no production know-how")

def odt_sinter_maint():
    name = "设备部/烧结炉预防性维护计划2025.odt"
    blocks = [("h", "真空烧结炉（VSF 系列，12 台）预防性维护计划 2025"),
              ("p", "适用：钕铁硼烧结车间 1#–12# 真空烧结/回火炉。目的：保证极限真空、压升率和炉温均匀性满足工艺要求"
                    "（工艺参考：烧结 1040–1080 ℃，回火 480–520 ℃，以工艺卡为准，本计划不改变工艺）。"),
              ("table", [["周期", "项目", "标准/方法", "责任"],
                         ["每炉", "炉门密封圈清洁、涂真空脂", "无划伤、无粉尘", "操作工"],
                         ["每周", "压升率测试", "≤0.67 Pa/h（冷态，关主阀 1 h）", "设备员"],
                         ["每周", "罗茨泵、滑阀泵油位油色", "油色变深即换", "设备员"],
                         ["每月", "滑阀泵换油", "H-68 真空泵油, 40 L", "钳工"],
                         ["每月", "风冷风机轴承温升", "≤40 K, 振动≤4.5 mm/s", "钳工"],
                         ["每季", "热电偶比对校验", "与标准 S 型偶偏差 ≤±3 ℃", "计量"],
                         ["每半年", "炉温均匀性测试（9 点）", "1050 ℃ 时 ±5 ℃", "工艺+设备"],
                         ["每年", "加热带（钼带）及隔热屏检查更换", "电阻偏差 ≤5%，钼屏变形即换", "外委"],
                         ["每年", "氦质谱检漏", "≤1×10⁻⁹ Pa·m³/s", "外委"]]),
              ("p", "故障处理：压升率超标时，先检查炉门密封和观察窗，其次热电偶引出法兰、水冷电极密封；"
                    "钼带断裂更换后须空炉 1100 ℃ 烘炉 4 h 再投产。维修记录填写《设备维修记录》并由工艺确认首炉性能。")]
    write_odt(name, "烧结炉预防性维护计划", "设备部", blocks)
    label(name, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh", False,
          "ODT preventive-maintenance plan for NdFeB vacuum sintering furnaces; process only as reference")

def xlsx_strip():
    import openpyxl
    name = "生产记录/速凝炉记录_2025-07.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "7月"
    ws.append(["炉号", "日期", "牌号", "Nd", "Pr", "Dy", "B", "Co", "Cu", "Al", "Ga", "Zr", "熔炼℃", "浇注℃", "辊速m/s", "片厚mm", "αFe%", "O ppm"])
    rnd = random.Random(2025)
    grades = [("52", 23.6, 7.4, 0.0), ("48H", 22.9, 7.1, 1.0), ("45SH", 21.8, 6.8, 2.3), ("42UH", 20.5, 6.3, 4.2)]
    for i in range(1, 41):
        g = grades[i % 4]
        ws.append([f"SC7-{i:03d}", datetime.date(2025, 7, 1 + (i - 1) * 30 // 40), g[0],
                   round(g[1] + rnd.uniform(-0.1, 0.1), 2), round(g[2] + rnd.uniform(-0.05, 0.05), 2), g[3],
                   round(0.96 + rnd.uniform(-0.01, 0.01), 3), 1.0, 0.15, round(rnd.choice([0.1, 0.2]), 2), 0.2, 0.1,
                   rnd.randint(1460, 1490), rnd.randint(1400, 1430), round(rnd.uniform(1.1, 1.6), 2),
                   round(rnd.uniform(0.24, 0.34), 2), round(rnd.uniform(0, 0.8), 1), rnd.randint(180, 320)])
    ws2 = wb.create_sheet("设定")
    for r in [["项目", "设定"], ["真空", "≤3 Pa 后充 Ar 至 50 kPa"], ["装料", "600 kg/炉"], ["精炼", "1480 ℃ 保 8 min"],
              ["中间包", "1400 ℃"], ["冷却水", "进 ≤ 25 ℃"], ["破碎盘", "片≤ 20 mm"], ["存放", "N2 保护桶"]]:
        ws2.append(r)
    wb.properties.creator = "熔炼班"; wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "熔炼班"
    path = p(name); wb.save(path); normalize_zip(path)
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh", False,
          "strip-casting log: alloy compositions and casting set-points under short Chinese headers, no words beyond numbers")

# ================================================================ replacements (English scans; CJK PDFs)
def doc_scan_sinter():
    name = "Scans/SCAN_20250314_0932.pdf"
    F = lambda s, **k: (s, dict(font=DJ, **k))
    p1 = [F("NINGBO ** MAGNETICS CO., LTD. - Workshop 3 (English version for overseas site)", size=24),
          F("WORK INSTRUCTION: VACUUM SINTERING AND TEMPERING", size=40, bold=True, center=True),
          F("Doc. WI-SJ-07-012-E    Rev. C/2    Page 1/2", size=26, rule=True),
          "",
          F("1  Scope", bold=True, size=30),
          F("Green compacts of grades N48H and N45SH in VSF-600 vacuum sintering furnace;", size=28),
          F("max. load 600 kg, molybdenum boxes, 0.5 mm graphite paper between compacts.", size=28),
          F("2  Checks before loading", bold=True, size=30),
          F("2.1 Cold ultimate vacuum <= 5x10^-3 Pa; rate of rise <= 0.67 Pa/h.", size=28),
          F("2.2 Air exposure of compacts after glove box <= 3 min; O content <= 1200 ppm.", size=28),
          F("2.3 Thermocouple calibration valid (deviation <= +/-3 C).", size=28),
          F("3  Sintering curve (N48H)", bold=True, size=30),
          F("Seg  Temp (C)     Ramp / hold      Vacuum           Purpose", size=26),
          F(" 1   RT -> 300    120 min ramp     <= 5 Pa          binder/lubricant removal", size=26),
          F(" 2   300          hold 60 min      -", size=26),
          F(" 3   300 -> 600   150 min ramp     <= 1 Pa          dehydrogenation", size=26),
          F(" 4   600          hold 120 min     <= 5x10^-2 Pa    complete H release", size=26),
          F(" 5   600 -> 850   90 min           -", size=26),
          F(" 6   850          hold 60 min      -                equalise", size=26),
          F(" 7   850 -> 1065  120 min          <= 5x10^-2 Pa", size=26),
          F(" 8   1065         hold 300 min     <= 2x10^-2 Pa    densification", size=26),
          F(" 9   gas quench   Ar 80 kPa, fan cooling to <= 80 C", size=26),
          F("Note: N45SH sinter at 1075 C / 330 min. Target density >= 7.55 g/cm3.", size=28),
          ]
    p2 = [F("Doc. WI-SJ-07-012-E    Page 2/2", size=26, rule=True),
          F("4  Two-step tempering", bold=True, size=30),
          F("1st: 900 C x 180 min, Ar quench below 100 C.", size=28),
          F("2nd: N48H 490 C x 240 min; N45SH 510 C x 240 min; gas quench.", size=28),
          F("Sampling after tempering: Br, HcJ, Hk/HcJ >= 0.95; 3 pcs per furnace (top/mid/bottom).", size=28),
          F("5  Acceptance", bold=True, size=30),
          F("N48H: Br 13.7-14.1 kGs, HcJ >= 17 kOe", size=28),
          F("N45SH: Br 13.3-13.7 kGs, HcJ >= 20 kOe", size=28),
          F("Low HcJ: first re-check 2nd tempering temperature (+/-10 C trials), then O content.", size=28),
          F("6  Deviations", bold=True, size=30),
          F("6.1 Vacuum rises above limit during ramp: stop ramp, hold temperature until recovered.", size=28),
          F("6.2 Cracking > 2 % after sintering: check green density (3.9-4.1 g/cm3) and ramp rate.", size=28),
          "",
          F("Prepared: Wang     Checked: Liu     Approved: Chen     2025-03-10", size=28),
          F("CONTROLLED COPY - uncontrolled when printed", size=24),
          ]
    imgs = [scanify(render_page(p1, 1), 11), scanify(render_page(p2, 2), 12)]
    save_pdf_images(imgs, p(name), "SCAN_20250314_0932")
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "en", False,
          "scanned work instruction: sintering/tempering curve for sintered magnet grades; no 'rare earth'/'NdFeB' wording")

def doc_whiteboard_sx():
    name = "photos/IMG_20250602_161455.jpg"
    lines = ["Pr/Nd split - Line 3 - P507 1.5 M in kerosene",
             "saponif. 36 %  (NaOH -> switch to Mg soap ?)",
             "feed: PrNd-rich liquor ~1.3 M REO (after LaCe cut)",
             "extraction 42 st | scrub 38 st  = 80 stages",
             "O/A: org 9.2 L/min : feed 1.0 : scrub 4.5M HCl 0.75",
             "strip 6.0M HCl, 8 st",
             ("target: Nd2O3/TREO >= 99.5 %,  Pr6O11 <= 0.3 %", 2),
             ("Pr outlet: Nd <= 0.1 %  -> sample stage 30", 2),
             "Q: scrub pH too low?  check D at st 60-70",
             ("TODO by Thu: rerun stage model", 1)]
    img = handwriting(lines, 21, font=DJ, H=1000)
    img.save(p(name), "JPEG", quality=82)
    label(name, "controlled", ["1E902.a"], ["separation"], [], "other", None, "en", False,
          "whiteboard photo: Pr/Nd P507 cascade stage counts, flow ratios, purity targets")

def doc_fax_anode():
    name = "Fax/Fax_0417_electrolysis.pdf"
    F = lambda s, **k: (s, dict(font=DJ, **k))
    lines = [F("FROM: ** METALS GANZHOU  +86 797 83*****      17-APR-2025 08:52      P.01/01", size=22),
             "",
             F("WORK INSTRUCTION: GRAPHITE ANODE REPLACEMENT", size=38, bold=True, center=True),
             F("3 kA fluoride-bath cells #1-#24     Doc. ZD-DJ-WX-05-EN", size=26, center=True, rule=True),
             "",
             F("1. When to replace", bold=True),
             F("   Remaining anode thickness < 25 mm, spalling, or cell voltage > 11 V with normal feeding."),
             F("2. Preparation", bold=True),
             F("   a) Preheat new anode (high-purity graphite, ash <= 0.05 %) to >= 400 C for >= 2 h."),
             F("   b) Tungsten clamps, graphite spacers, insulated wrenches, face shield, heat gloves."),
             F("   c) Inform electrician; log current, voltage, bath temperature (1050 +/- 20 C)."),
             F("3. Steps", bold=True),
             F("   1) Reduce current to 1.2 kA (do NOT switch off - bath will freeze)."),
             F("   2) Stop oxide feeding for 10 min, skim floating crust."),
             F("   3) Unbolt anode rod, lift out old anode onto cooling rack."),
             F("   4) Insert preheated anode within 30 s; anode-cathode distance 8-10 cm;"),
             F("      height difference between 4 anode plates <= 5 mm."),
             F("   5) Ramp current 1.2 -> 2.0 kA (10 min) -> 3.0 kA (10 min)."),
             F("   6) Resume Pr-Nd oxide feed 2.0-2.5 kg/h, watch for anode effect."),
             F("   7) Cell voltage must return to 9-10 V within 1 h."),
             F("4. Notes", bold=True),
             F("   - LiF in bath 10-12 wt%; sample bath after anode change."),
             F("   - Do not change W cathode immersion depth; do not hit Mo crucible."),
             F("   - Fill in 'Anode replacement record' (attached form)."),
             ]
    img = render_page(lines, 3, size=30)
    save_pdf_images([scanify(img, 31, fax=True, angle=0.6)], p(name), "Fax")
    label(name, "controlled", ["1E902.b"], ["metal-smelting"], [], "process-spec", None, "en", False,
          "faxed maintenance instruction: graphite anode replacement on fluoride-bath PrNd electrolysis cells")

def doc_scan_incoming():
    name = "Scans/IQC_2025-05-22.pdf"
    F = lambda s, **k: (s, dict(font=DJ, **k))
    lines = [F("INCOMING INSPECTION RECORD (IQC)", size=42, bold=True, center=True),
             F("Form QR-IQC-03    Supplier: ** Magnet Co.    PO-250511-07", size=26, rule=True),
             F("Part: sintered NdFeB magnet N42SH, 40 x 12 x 4.5 mm (magnetised thru 4.5)", size=28),
             F("Coating NiCuNi 10-20 um     Lot qty 12,000 pcs", size=28),
             F("Sampling: ISO 2859-1 GIL II, AQL 0.65, n = 315", size=28),
             "",
             F("Item              Requirement         Measured          Result", size=26),
             F("Dimensions        +/-0.05 mm          all within        OK", size=26),
             F("Coating           10-20 um            13.6-16.2         OK", size=26),
             F("Surface field     >= 3150 Gs          3260-3390         OK", size=26),
             F("Br                1.28-1.32 T         1.302 (avg 3)     OK", size=26),
             F("HcJ               >= 1592 kA/m        1688              OK", size=26),
             F("Salt spray 48 h   no red rust         none              OK", size=26),
             F("Appearance        no chips/blisters   2 chips <= 0.3    OK (accept)", size=26),
             "",
             F("Decision: ACCEPT, release to stores.    Inspector: Zhao    2025-05-22", size=28),
             F("Supplier CoC and RoHS report attached. Demag curves (20/150 C) from supplier.", size=26),
             ]
    save_pdf_images([scanify(render_page(lines, 4), 41)], p(name), "IQC")
    label(name, "clear", [], [], [], "parameter-sheet", None, "en", True,
          "scanned incoming inspection record of purchased NdFeB magnets")

def doc_scan_eaf():
    name = "Scans/EAF2 inspection June 2025.pdf"
    F = lambda s, **k: (s, dict(font=DJ, **k))
    lines = [F("100 t EAF - MONTHLY INSPECTION / MAINTENANCE RECORD", size=36, bold=True, center=True),
             F("Equipment LG-EAF-02    Melt shop 1    June 2025", size=26, rule=True),
             F("No  Part                 Check                      Standard          Result", size=24),
             F("1   Water-cooled panels  leaks, in/out delta-T      dT <= 15 C        12 C ok", size=24),
             F("2   Roof panels          weld cracks                none              panel 5 re-welded", size=24),
             F("3   Electrode arms       clamping / insulation      >= 1 MOhm         2.4 MOhm", size=24),
             F("4   Mast hydraulics      pressure, leaks            12-14 MPa         13.1", size=24),
             F("5   EBT tap hole         filling sand, end block    each heat         end block changed", size=24),
             F("6   Hearth refractory    MgO-C residual             >= 250 mm         310 mm", size=24),
             F("7   Gunning              MgO gunning mix            <= 1.5 kg/t       1.2 kg/t", size=24),
             F("8   O2 / carbon lances   tip wear                   -                 1 replaced", size=24),
             F("9   Furnace transformer  oil temp, Buchholz         <= 85 C           71 C", size=24),
             F("10  Dedusting            4th hole draft             -50..-80 Pa       -62 Pa", size=24),
             "",
             F("Campaign heats 412-655. Planned mid-repair 8 July: replace 6 upper shell panels.", size=26),
             F("Inspector: Zhou     Maintenance head: Wu", size=26),
             ]
    save_pdf_images([scanify(render_page(lines, 7, size=30), 71)], p(name), "scan")
    label(name, "clear", [], [], [], "parameter-sheet", None, "en", True,
          "scanned electric-arc steel furnace maintenance checklist")

def doc_photo_leach_field():
    name = "photos/IMG_20250709_103211.jpg"
    lines = ["9 Jul - Hill 3 east slope - in-situ leach log",
             "inj. holes D200, grid 2.5 x 2.5 m, to 1 m below",
             "   fully weathered layer",
             "lixiviant (NH4)2SO4 -> now MgSO4 2.5 %, pH 5.0-5.5",
             "inj. rate 0.6 m3/hole/d; 2 d clean water first",
             ("collect when liquor REO 0.8-1.2 g/L; < 0.1 -> top water", 2),
             "collection tunnel + drain holes (5 deg), pond 300 m3",
             "clean-up: pH 5.2 NH4HCO3 -> Al out; then ppt carbonate",
             ("boss: leak at holes 9-14 -> 2 more monitor wells", 2)]
    img = handwriting(lines, 81, board=False, font=DJ, size=40, W=1800, H=1000)
    img.save(p(name), "JPEG", quality=78)
    label(name, "controlled", ["1E902.a"], ["mining"], [], "other", None, "en", False,
          "photo of handwritten field note: ion-adsorption in-situ leaching well grid, lixiviant, collection, precipitation")

def pdf_recycling_report():
    name = "报告/2024年度技术总结-回收分厂(终版).pdf"
    pdf = CJKPdf("2024年度技术总结", "回收分厂技术组", head="回收分厂 2024 年度技术总结（内部资料）", foot="— {n} —")
    pdf.new_page()
    pdf.text(170, pdf.H - 90, "回收分厂 2024 年度技术总结", 20)
    pdf.text(230, pdf.H - 112, "技术组  2025 年 1 月", 10)
    pdf.rule(56, pdf.H - 122, pdf.W - 56)
    paras = [
        ("h", "一、生产概况"),
        ("p", "全年处理钕铁硼油泥、边角料及磨削废料合计 3860 t（干基），产出氧化镨钕 612 t、氧化镝 21.4 t、氧化铽 6.8 t。"
              "稀土综合回收率 96.3%，较上年提高 1.1 个百分点；盐酸单耗 3.05 t/t REO。"),
        ("h", "二、原料预处理"),
        ("p", "油泥先经真空干燥/蒸馏脱油（150–200 ℃，−0.09 MPa，12 h），含油率由 15–25% 降至 <1%，回收的切削液返回车间使用。"
              "边角料经颚破、球磨至 −100 目。自燃风险高的油泥全程在氮气保护下转运，料仓氧含量 <8%。"),
        ("h", "三、氧化焙烧"),
        ("p", "回转窑 Φ2.2×22 m，焙烧温度 800–850 ℃，停留时间 2.5–3 h，过剩空气系数 1.4。"
              "焙烧目标是使铁全部转化为 Fe2O3（磁性物含量 <0.5%），以便后续优溶时铁不进入溶液。"
              "本年度将窑尾温度由 780 ℃ 提高到 830 ℃ 后，优溶渣 REO 由 1.8% 降至 0.9%。"),
        ("h", "四、盐酸优溶"),
        ("p", "焙烧料按液固比 3:1 浆化，加 6 mol/L 盐酸控制终点 pH 4.0–4.5，温度 85–90 ℃，反应 2 h。"
              "终点 pH <3.5 时 Fe 溶出急剧上升（>1 g/L），需要回调。优溶液 REO 230–260 g/L，Fe <0.03 g/L；"
              "渣主要为 Fe2O3（TFe >65%），外售钢厂。"),
        ("h", "五、除杂与萃取分离"),
        ("p", "优溶液加 BaCl2/Na2S 除 Co、Ni 等重金属后进入 P507 萃取：Nd/Dy 分组 30 级，Dy/Tb 分离 45 级，镨钕段 60 级。"
              "氧化镝纯度 ≥99.5%，氧化铽 ≥99.9%。"),
        ("h", "六、沉淀与灼烧"),
        ("p", "草酸沉淀，草酸用量为理论量的 1.1 倍，pH 1.5–2.0，陈化 1 h；900 ℃ 灼烧 2 h。产品 Cl⁻ <0.03%，烧失 <0.5%。"),
        ("h", "七、安全环保"),
        ("p", "全年无工亡及重伤事故；油泥自燃 2 起（均在干燥前转运环节，已增加氮封）；废水氨氮达标排放，"
              "回转窑尾气经布袋+碱洗后颗粒物 <10 mg/m³。"),
        ("h", "八、存在问题与 2025 年改进"),
        ("p", "（1）回转窑结圈频繁，计划改为两段控温；（2）优溶渣含 Co 0.8%，拟增加钴回收；"
              "（3）萃取段皂化由液氨改为钙皂，预计氨氮排放下降 90%；（4）试验氢破-重熔直接再生工艺，处理整块废磁体。"),
        ("h", "九、主要指标对比"),
        ("p", "回收率 96.3%（2023：95.2%）；PrNd 氧化物纯度 99.5%；Fe 杂质 <50 ppm；吨产品综合能耗 1.62 tce。"),
        ("h", "附：焙烧-优溶主要工艺参数汇总"),
        ("p", "干燥 150–200 ℃ / −0.09 MPa / 12 h → 焙烧 800–850 ℃ / 2.5–3 h → 优溶 HCl 6 mol/L，L/S 3，pH 4.0–4.5，"
              "85–90 ℃，2 h → 除杂 BaCl2/Na2S → P507 萃取 → 草酸沉淀 1.1 倍 → 灼烧 900 ℃ / 2 h。"),
        ("p", "编写：技术组    审核：分厂厂长"),
    ]
    pdf.flow(paras, cols=2, size=9.5, top=pdf.H - 142)
    pdf.save(p(name))
    label(name, "controlled", ["1E902.a"], ["recycling"], [], "process-spec", None, "zh", False,
          "two-column annual technical report: NdFeB sludge drying, oxidising roast, selective HCl leach, SX, precipitation")

def pdf_standard():
    name = "标准/GBT_4XXXX-2023_节选.pdf"
    pdf = CJKPdf("GB/T 4XXXX-2023 节选", "", head="GB/T 4XXXX—2023", foot="{n}")
    pdf.nohead1 = True
    pdf.new_page()
    pdf.text(56, pdf.H - 70, "ICS 77.120.99    CCS H 14", 10)
    pdf.text(165, pdf.H - 130, "中华人民共和国国家标准", 24)
    pdf.text(420, pdf.H - 160, "GB/T 4XXXX—2023", 12)
    pdf.rule(56, pdf.H - 170, pdf.W - 56)
    pdf.text(145, pdf.H - 260, "稀土串级萃取分离 工艺设计规范", 22)
    pdf.text(120, pdf.H - 290, "Design specification for cascade solvent extraction of rare earths", 11)
    pdf.text(56, 160, "2023-08-06 发布", 12); pdf.text(430, 160, "2024-03-01 实施", 12)
    pdf.rule(56, 150, pdf.W - 56)
    pdf.text(150, 120, "国家市场监督管理总局  国家标准化管理委员会  发布", 12)
    pdf.new_page()
    blocks = [("h", "5  工艺设计"), ("h", "5.1  萃取体系选择"),
              ("p", "5.1.1  轻稀土分组及镨钕分离宜采用 P507（2-乙基己基膦酸单 2-乙基己基酯）-煤油-盐酸体系，有机相浓度 1.0 mol/L～1.5 mol/L。"),
              ("p", "5.1.2  皂化剂宜采用氢氧化钠、氧化镁或碳酸钙浆液；采用液氨皂化时应配套氨氮回收设施。皂化度宜为 0.30～0.40。"),
              ("h", "5.2  串级级数计算"),
              ("p", "5.2.1  萃取段级数 n 与洗涤段级数 m 应根据分离系数 β、产品纯度和收率按串级萃取理论计算，计算结果应留有 10%～15% 的余量。"),
              ("p", "5.2.2  Pr/Nd 分离系数 β 取 1.4～1.6；La/Ce 取 4～6；Ce/Pr 取 2.0～2.2。"),
              ("h", "5.3  流比"),
              ("p", "萃取量 S、洗涤量 W 与料液量 F 的关系按附录 B 计算；最优萃取比 E_M 宜在 1.0 附近选择。"),
              ("h", "5.4  设备"),
              ("p", "5.4.1  混合澄清槽单级混合时间 3 min～5 min，澄清时间 15 min～25 min；"),
              ("p", "5.4.2  槽体宜采用 PP、PVC 或玻璃钢；有机相夹带应 ≤100 mg/L。"),
              ("h", "附录 B（规范性）  串级萃取流比计算"),
              ("p", "B.1  对 A/B 两组分分离，萃取比 E_M = β^(1/2) 时为最优条件……（以下略）")]
    pdf.flow(blocks, cols=1, size=10.5)
    pdf.save(p(name))
    label(name, "excluded", ["1E902.a"], ["separation"], [], "process-spec", "public-domain", "zh", False,
          "excerpt of a published national standard on cascade solvent-extraction design (number masked)")

# ================================================================ main
def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for fn in [doc_scan_sinter, doc_whiteboard_sx, doc_fax_anode, doc_scan_incoming, doc_handnote_smco,
               doc_scan_journal, doc_scan_eaf, doc_photo_leach_field, doc_handnote_magspec,
               doc_scan_recycling_commissioning,
               doc_mining_docx, doc_service_agreement, doc_gbd_card, doc_motor_review, doc_coni_sx, doc_sx_upgrade,
               deck_ce_notes, deck_tb_metal, deck_market, deck_ferrite,
               pdf_recycling_report, pdf_web_lib, pdf_alu_report, pdf_standard,
               txt_hd, txt_phosphor, txt_market, msg_hd_repair, msg_compliance,
               rtf_flotation, rtf_patent, html_roasting, html_carbide, odt_proposal, odt_sinter_maint, xlsx_strip]:
        fn()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(LABELS), "documents")

if __name__ == "__main__":
    main()
