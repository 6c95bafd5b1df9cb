# rendering helpers for make.py (pictures of documents)
import io, random, zipfile, datetime
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
CJK2 = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
DJ = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DJB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DJS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DJSB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
DJM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FIXED = datetime.datetime(2025, 3, 14, 9, 30, 0, tzinfo=datetime.timezone.utc)

_fc = {}


def F(size, kind="cjk"):
    key = (size, kind)
    if key not in _fc:
        path = {"cjk": CJK, "cjk2": CJK2, "en": DJ, "enb": DJB, "serif": DJS,
                "serifb": DJSB, "mono": DJM}[kind]
        _fc[key] = ImageFont.truetype(path, size)
    return _fc[key]


def is_cjk(ch):
    return ord(ch) > 0x2E80


def wrap(text, font, width):
    lines = []
    for para in text.split("\n"):
        cur = ""
        tokens = []
        buf = ""
        for ch in para:
            if is_cjk(ch):
                if buf:
                    tokens.append(buf); buf = ""
                tokens.append(ch)
            elif ch == " ":
                buf += " "; tokens.append(buf); buf = ""
            else:
                buf += ch
        if buf:
            tokens.append(buf)
        for tk in tokens:
            if font.getlength(cur + tk) <= width or not cur:
                cur += tk
            else:
                lines.append(cur.rstrip()); cur = tk.lstrip()
        lines.append(cur.rstrip())
    return lines


class Page:
    def __init__(self, w=1654, h=2339, bg=(255, 255, 255), fam="cjk", margin=120, ink=(0, 0, 0)):
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.w, self.h, self.m = w, h, margin
        self.y = margin
        self.fam = fam
        self.ink = ink

    def font(self, size, bold=False):
        if self.fam == "en":
            return F(size, "enb" if bold else "en")
        if self.fam == "serif":
            return F(size, "serifb" if bold else "serif")
        return F(size, "cjk")

    def text(self, s, size=30, bold=False, x=None, fill=None, center=False, gap=0.45, width=None):
        f = self.font(size, bold)
        x0 = self.m if x is None else x
        wdt = (self.w - self.m - x0) if width is None else width
        fill = fill or self.ink
        sw = 1 if (bold and self.fam not in ("en", "serif")) else 0
        for ln in wrap(s, f, wdt):
            xx = x0
            if center:
                xx = (self.w - f.getlength(ln)) / 2
            self.d.text((xx, self.y), ln, font=f, fill=fill, stroke_width=sw, stroke_fill=fill)
            self.y += int(size * (1 + gap))
        return self

    def gap(self, n=20):
        self.y += n
        return self

    def hline(self, w=2):
        self.d.line([(self.m, self.y), (self.w - self.m, self.y)], fill=self.ink, width=w)
        self.y += 14
        return self

    def table(self, rows, widths, size=26, header=True, x=None, pad=10, total=None):
        x0 = self.m if x is None else x
        tot = (self.w - self.m - x0) if total is None else total
        cw = [tot * w / sum(widths) for w in widths]
        f = self.font(size)
        fb = self.font(size, True)
        for ri, row in enumerate(rows):
            cells = [wrap(str(c), f, cw[i] - 2 * pad) for i, c in enumerate(row)]
            nl = max(len(c) for c in cells)
            rh = int(nl * size * 1.35 + 2 * pad)
            xx = x0
            for i, c in enumerate(cells):
                self.d.rectangle([xx, self.y, xx + cw[i], self.y + rh], outline=self.ink, width=2)
                yy = self.y + pad
                for ln in c:
                    hb = header and ri == 0
                    self.d.text((xx + pad, yy), ln, font=fb if hb else f, fill=self.ink,
                                stroke_width=1 if (hb and self.fam not in ("en", "serif")) else 0,
                                stroke_fill=self.ink)
                    yy += int(size * 1.35)
                xx += cw[i]
            self.y += rh
        self.y += 16
        return self


def box(d, x, y, w, h, lines, font, ink=(0, 0, 0), width=3, fill=None):
    d.rectangle([x, y, x + w, y + h], outline=ink, width=width, fill=fill)
    lh = font.size * 1.3
    ty = y + (h - lh * len(lines)) / 2
    for ln in lines:
        tw = font.getlength(ln)
        d.text((x + (w - tw) / 2, ty), ln, font=font, fill=ink)
        ty += lh


def arrow(d, x1, y1, x2, y2, ink=(0, 0, 0), width=3, head=16):
    import math
    d.line([(x1, y1), (x2, y2)], fill=ink, width=width)
    a = math.atan2(y2 - y1, x2 - x1)
    p1 = (x2 - head * math.cos(a - 0.4), y2 - head * math.sin(a - 0.4))
    p2 = (x2 - head * math.cos(a + 0.4), y2 - head * math.sin(a + 0.4))
    d.polygon([(x2, y2), p1, p2], fill=ink)


def curve(d, rect, pts, tmax, Tmax, ink=(0, 0, 0), width=4, font=None, xlab="", ylab="",
          ticks_t=None, ticks_T=None, axis_ink=None, jitter=0, seed=0):
    """pts: list of (t, T). rect = (x0, y0, x1, y1) plot area."""
    rng = random.Random(seed)
    x0, y0, x1, y1 = rect
    ai = axis_ink or ink
    arrow(d, x0, y1, x1 + 30, y1, ai, 3)
    arrow(d, x0, y1, x0, y0 - 30, ai, 3)
    def M(t, T):
        return (x0 + (x1 - x0) * t / tmax + rng.uniform(-jitter, jitter),
                y1 - (y1 - y0) * T / Tmax + rng.uniform(-jitter, jitter))
    d.line([M(t, T) for t, T in pts], fill=ink, width=width, joint="curve")
    if font:
        if xlab:
            d.text((x1 - font.getlength(xlab) + 20, y1 + 20), xlab, font=font, fill=ai)
        if ylab:
            d.text((x0 - 20, y0 - 80), ylab, font=font, fill=ai)
        for t in (ticks_t or []):
            x, _ = M(t, 0)
            d.line([(x, y1 - 8), (x, y1 + 8)], fill=ai, width=2)
            d.text((x - 15, y1 + 14), str(t), font=font, fill=ai)
        for T in (ticks_T or []):
            _, y = M(0, T)
            d.line([(x0 - 8, y), (x0 + 8, y)], fill=ai, width=2)
            d.text((x0 - 20 - font.getlength(str(T)), y - font.size / 2), str(T), font=font, fill=ai)
    return M


def degrade(img, seed, rot=0.0, bg=None, noise=0.0, blur=0.0, scale=1.0, light=0.0,
            tint=None, gray=False, bw=False, crop=0):
    """Simulate scan / photo. bg: paper grey level or RGB; light: uneven illumination strength."""
    rng = np.random.default_rng(seed)
    img = img.convert("RGB")
    a = np.asarray(img).astype(np.float32)
    if bg is not None:
        bgc = np.array(bg if isinstance(bg, tuple) else (bg, bg, bg), np.float32)
        a = a / 255.0 * bgc  # white -> paper colour, black stays dark
    if tint is not None:
        a = a * np.array(tint, np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rot:
        fc = tuple(int(v) for v in (np.array(bg if isinstance(bg, tuple) else (bg or 255,) * 3) * 0.8))
        img = img.rotate(rot, resample=Image.BICUBIC, expand=True, fillcolor=fc)
    if crop:
        w, h = img.size
        img = img.crop((crop, crop, w - crop, h - crop))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    if light:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx, cy = w * rng.uniform(0.3, 0.7), h * rng.uniform(0.3, 0.7)
        r = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
        g = 1.0 - light * r - light * 0.5 * (xx / w)
        a = a * g[..., None]
    if noise:
        a = a + rng.normal(0, noise, a.shape[:2])[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if scale != 1.0:
        img = img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)
    if gray:
        img = img.convert("L")
    if bw:
        img = img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE)
    return img


# ---------------- writers ----------------

def save_png(img, path, dpi=200):
    img.save(path, format="PNG", dpi=(dpi, dpi))


def save_jpg(img, path, q=80, dpi=None):
    kw = {"quality": q}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, format="JPEG", **kw)


def save_tiff(img, path, dpi=200, compression=None):
    if compression is None:
        compression = "group4" if img.mode == "1" else "tiff_lzw"
    img.save(path, format="TIFF", dpi=(dpi, dpi), compression=compression)


def save_pdf(imgs, path, dpi=200, q=75, title=None, author=None):
    from fpdf import FPDF
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("Scanner PDF")
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    pdf.set_auto_page_break(False)
    for im in imgs:
        w_pt = im.width * 72.0 / dpi
        h_pt = im.height * 72.0 / dpi
        pdf.add_page(format=(w_pt, h_pt))
        b = io.BytesIO()
        im.convert("RGB").save(b, format="JPEG", quality=q)
        b.seek(0)
        pdf.image(b, x=0, y=0, w=w_pt, h=h_pt)
    pdf.output(path)


def _rezip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(it.filename))


def _core(cp, author, title=""):
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1


def save_docx(path, parts, author="user", width_in=6.3):
    """parts: list of str (paragraph) or PIL image."""
    from docx import Document
    from docx.shared import Inches
    doc = Document()
    for p in parts:
        if isinstance(p, str):
            doc.add_paragraph(p)
        else:
            b = io.BytesIO()
            p.save(b, format="PNG")
            b.seek(0)
            doc.add_picture(b, width=Inches(width_in))
    _core(doc.core_properties, author)
    b = io.BytesIO()
    doc.save(b)
    _rezip(b.getvalue(), path)


def save_pptx(path, slides, author="user", fmt="PNG"):
    from pptx import Presentation
    from pptx.util import Emu
    prs = Presentation()
    prs.slide_width = Emu(12192000)
    prs.slide_height = Emu(6858000)
    for im in slides:
        s = prs.slides.add_slide(prs.slide_layouts[6])
        b = io.BytesIO()
        if fmt == "PNG":
            im.save(b, format="PNG")
        else:
            im.convert("RGB").save(b, format="JPEG", quality=85)
        b.seek(0)
        s.shapes.add_picture(b, 0, 0, width=prs.slide_width, height=prs.slide_height)
    _core(prs.core_properties, author)
    b = io.BytesIO()
    prs.save(b)
    _rezip(b.getvalue(), path)


def save_eml(path, frm, to, subject, body, date, attach_name, img, fmt="JPEG", msgid="", q=80):
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    from email.mime.image import MIMEImage
    from email.header import Header
    from email import policy
    m = MIMEMultipart()
    m.set_boundary("----=_Part_%s" % abs(hash(msgid)) if False else "----=_Part_20250314_" + msgid.split("@")[0][-8:])
    m["From"] = frm
    m["To"] = to
    m["Subject"] = Header(subject, "utf-8").encode()
    m["Date"] = date
    m["Message-ID"] = "<%s>" % msgid
    m.attach(MIMEText(body, "plain", "utf-8"))
    b = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB").save(b, format="JPEG", quality=q)
        part = MIMEImage(b.getvalue(), "jpeg")
    else:
        img.save(b, format="PNG")
        part = MIMEImage(b.getvalue(), "png")
    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", attach_name))
    m.attach(part)
    with open(path, "wb") as fh:
        fh.write(m.as_bytes())
