import os, io, re, zipfile, datetime, json, random
from fpdf import FPDF
import openpyxl

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'files')
FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
LABELS = []

def path(name):
    p = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p

def label(file, verdict, codes, cats, mags, carrier, lang, hn, note, excl=None):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mags, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=bool(hn) and verdict == 'clear', note=note))

def write_text(name, text, enc='utf-8', crlf=False):
    if crlf:
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    with open(path(name), 'wb') as f:
        f.write(text.encode(enc))

# ---------------- DXF (R12 ASCII) ----------------
class DXF:
    def __init__(self, codepage='ANSI_1252', layers=('0', 'OUTLINE', 'CENTER', 'DIM', 'TEXT', 'TITLE', 'HIDDEN')):
        self.ents = []
        self.codepage = codepage
        self.layers = layers
        self.ext = [0, 0, 420, 297]
    def line(self, x1, y1, x2, y2, layer='OUTLINE'):
        self.ents += ['0', 'LINE', '8', layer, '10', f'{x1:.3f}', '20', f'{y1:.3f}', '30', '0.0',
                      '11', f'{x2:.3f}', '21', f'{y2:.3f}', '31', '0.0']
    def rect(self, x, y, w, h, layer='OUTLINE'):
        self.line(x, y, x + w, y, layer); self.line(x + w, y, x + w, y + h, layer)
        self.line(x + w, y + h, x, y + h, layer); self.line(x, y + h, x, y, layer)
    def circle(self, x, y, r, layer='OUTLINE'):
        self.ents += ['0', 'CIRCLE', '8', layer, '10', f'{x:.3f}', '20', f'{y:.3f}', '30', '0.0', '40', f'{r:.3f}']
    def arc(self, x, y, r, a1, a2, layer='OUTLINE'):
        self.ents += ['0', 'ARC', '8', layer, '10', f'{x:.3f}', '20', f'{y:.3f}', '30', '0.0', '40', f'{r:.3f}',
                      '50', f'{a1:.3f}', '51', f'{a2:.3f}']
    def text(self, x, y, s, h=3.5, layer='TEXT', style='STANDARD'):
        self.ents += ['0', 'TEXT', '8', layer, '10', f'{x:.3f}', '20', f'{y:.3f}', '30', '0.0', '40', f'{h:.3f}',
                      '1', s, '7', style]
    def notes(self, x, y, lines, h=3.0, gap=1.6):
        for i, s in enumerate(lines):
            self.text(x, y - i * h * gap, s, h)
    def title_block(self, fields, x=250, y=10, w=160, rowh=8):
        # frame + title block grid
        self.rect(10, 10, 400, 277, 'TITLE')
        n = len(fields)
        self.rect(x, y, w, rowh * n, 'TITLE')
        for i, (k, v) in enumerate(fields):
            yy = y + rowh * (n - 1 - i)
            self.line(x, yy, x + w, yy, 'TITLE')
            self.text(x + 2, yy + 2.2, k, 2.8, 'TITLE')
            self.text(x + 45, yy + 2.2, v, 3.0, 'TITLE')
        self.line(x + 42, y, x + 42, y + rowh * n, 'TITLE')
    def save(self, name, enc='cp1252'):
        hdr = ['0', 'SECTION', '2', 'HEADER', '9', '$ACADVER', '1', 'AC1009', '9', '$DWGCODEPAGE', '3', self.codepage,
               '9', '$INSBASE', '10', '0.0', '20', '0.0', '30', '0.0',
               '9', '$EXTMIN', '10', '0.0', '20', '0.0', '30', '0.0',
               '9', '$EXTMAX', '10', '420.0', '20', '297.0', '30', '0.0',
               '9', '$LIMMIN', '10', '0.0', '20', '0.0', '9', '$LIMMAX', '10', '420.0', '20', '297.0',
               '9', '$INSUNITS', '70', '4', '0', 'ENDSEC']
        tab = ['0', 'SECTION', '2', 'TABLES',
               '0', 'TABLE', '2', 'LTYPE', '70', '1',
               '0', 'LTYPE', '2', 'CONTINUOUS', '70', '0', '3', 'Solid line', '72', '65', '73', '0', '40', '0.0',
               '0', 'ENDTAB',
               '0', 'TABLE', '2', 'LAYER', '70', str(len(self.layers))]
        colors = {'0': 7, 'OUTLINE': 7, 'CENTER': 1, 'DIM': 3, 'TEXT': 2, 'TITLE': 7, 'HIDDEN': 5}
        for l in self.layers:
            tab += ['0', 'LAYER', '2', l, '70', '0', '62', str(colors.get(l, 7)), '6', 'CONTINUOUS']
        tab += ['0', 'ENDTAB',
                '0', 'TABLE', '2', 'STYLE', '70', '1',
                '0', 'STYLE', '2', 'STANDARD', '70', '0', '40', '0.0', '41', '1.0', '50', '0.0', '71', '0',
                '42', '2.5', '3', 'txt', '4', 'gbcbig' if 'ANSI_936' in self.codepage or 'ANSI_950' in self.codepage else '',
                '0', 'ENDTAB', '0', 'ENDSEC']
        body = hdr + tab + ['0', 'SECTION', '2', 'ENTITIES'] + self.ents + ['0', 'ENDSEC', '0', 'EOF']
        out = []
        for i in range(0, len(body), 2):
            out.append(body[i].rjust(3) if body[i].isdigit() else body[i])
            out.append(body[i + 1])
        data = '\r\n'.join(out) + '\r\n'
        if enc != 'cp1252' or True:
            data = data.replace('\u00b3', '3').replace('\u00b2', '2')
        with open(path(name), 'wb') as f:
            f.write(data.encode(enc))

# ---------------- PDF drawing ----------------
FIXED = datetime.datetime(2025, 3, 18, 9, 30, tzinfo=datetime.timezone.utc)

class Drawing(FPDF):
    pass

def pdf_drawing(name, title_fields, notes, geom, date=FIXED, author='', fsize=7.5, notes_x=20, notes_y=150):
    p = Drawing(orientation='L', unit='mm', format='A3')
    p.set_creation_date(date)
    p.set_author(author); p.set_creator('AutoCAD 2018 - PDF plot'); p.set_producer('PDF-XChange 4.0')
    p.set_title(title_fields[0][1])
    p.add_font('wq', '', FONT)
    p.add_page()
    p.set_draw_color(0, 0, 0); p.set_line_width(0.5)
    p.rect(10, 10, 400, 277)
    p.set_line_width(0.25)
    geom(p)
    # title block bottom-right
    x, y, w, rh = 250, 287 - 8 * len(title_fields) , 160, 8
    p.set_font('wq', size=8)
    for i, (k, v) in enumerate(title_fields):
        yy = y + i * rh
        p.rect(x, yy, w, rh)
        p.line(x + 40, yy, x + 40, yy + rh)
        p.text(x + 2, yy + 5.3, k)
        p.text(x + 42, yy + 5.3, v)
    p.set_font('wq', size=fsize)
    yy = notes_y
    for s in notes:
        p.text(notes_x, yy, s); yy += fsize * 0.55
    p.output(path(name))

# ---------------- XLSX ----------------
def normalize_zip(fn, dt=(2025, 3, 18, 9, 30, 0)):
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in items:
            if n == 'docProps/core.xml':
                d = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*', rb'\g<1>2025-03-18T09:30:00Z', d)
                d = re.sub(rb'(<dcterms:created[^>]*>)[^<]*', rb'\g<1>2025-03-10T08:00:00Z', d)
            zi = zipfile.ZipInfo(n, dt); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    with open(fn, 'wb') as f:
        f.write(buf.getvalue())

def xlsx(name, sheets, creator='admin'):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, widths in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for i, w in enumerate(widths or []):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = datetime.datetime(2025, 3, 10, 8, 0)
    fn = path(name)
    wb.save(fn)
    normalize_zip(fn)

def csv_text(rows, sep=','):
    return '\n'.join(sep.join(str(c) for c in r) for r in rows) + '\n'
