#!/usr/bin/env python3
"""Sealed test set, author B (e-mail threads and plain language).

Regenerate with:  /work/main/.venv/bin/python make.py
Everything is deterministic: fixed dates, MIME boundaries, Message-IDs,
zip timestamps and document properties, so the same bytes come out each run.
"""
import io
import os
import re
import json
import html
import zipfile
import datetime
from email.message import EmailMessage
from email import policy

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

DOCS = []  # list of (filename, bytes, label)


def add(fname, data, **label):
    base = dict(file=fname, verdict=None, control_codes=[], categories=[],
                magnet_types=[], carrier=None, exclusion=None, language=None,
                hard_negative=False, format=fname.rsplit(".", 1)[1], note="")
    base.update(label)
    DOCS.append((fname, data, base))


# ---------------------------------------------------------------- helpers
def quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        out.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(out)


def to_html(text, font="Calibri"):
    paras = []
    for line in text.split("\n"):
        esc = html.escape(line)
        if line.startswith(">"):
            esc = '<span style="color:#1F497D">' + esc + "</span>"
        paras.append(esc if esc else "&nbsp;")
    body = "<br>\n".join(paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">\n%s\n</div></body></html>\n'
            % (font, body))


def normalize_zip(data, created, modified):
    """Rewrite an OOXML zip with fixed member timestamps and core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                c = created.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                m = modified.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                blob = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", lambda mo: mo.group(1) + c, blob)
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", lambda mo: mo.group(1) + m, blob)
            zi = zipfile.ZipInfo(info.filename, date_time=modified.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(blocks, author, created, modified, title="", font=None):
    """blocks: list of (kind, payload). kinds: h1,h2,p,b (bold para),li,table,small"""
    d = docx.Document()
    if font:
        st = d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(10.5)
    for kind, payload in blocks:
        if kind == "h1":
            d.add_heading(payload, level=1)
        elif kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "b":
            para = d.add_paragraph()
            para.add_run(payload).bold = True
        elif kind == "li":
            d.add_paragraph(payload, style="List Bullet")
        elif kind == "num":
            d.add_paragraph(payload, style="List Number")
        elif kind == "small":
            para = d.add_paragraph()
            r = para.add_run(payload)
            r.font.size = Pt(8)
        elif kind == "table":
            rows = payload
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    t.cell(i, j).text = str(val)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = created
    cp.modified = modified
    cp.revision = 3
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue(), created, modified)


def make_xlsx(sheets, author, created, modified, widths=None):
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        if widths and name in widths:
            for col, w in widths[name].items():
                ws.column_dimensions[col].width = w
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = created
    wb.properties.modified = modified
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue(), created, modified)


class _PDF(FPDF):
    header_text = ""
    footer_text = ""

    def header(self):
        if self.header_text:
            self.set_font("dv", size=7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(2)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", size=7.5)
        self.set_text_color(90, 90, 90)
        txt = self.footer_text + ("   " if self.footer_text else "") + "Page %d" % self.page_no()
        self.cell(0, 5, txt, align="C")
        self.set_text_color(0, 0, 0)


def make_pdf(blocks, when, title="", author="", header="", footer=""):
    """blocks: (kind, payload): title, h, p, small, table (rows, widths) , gap"""
    pdf = _PDF(format="A4")
    pdf.add_font("dv", "", DEJAVU)
    pdf.add_font("dv", "B", DEJAVU_B)
    pdf.header_text = header
    pdf.footer_text = footer
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creation_date(when)
    pdf.add_page()
    for kind, payload in blocks:
        if kind == "title":
            pdf.set_font("dv", "B", 13)
            pdf.multi_cell(0, 6.5, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font("dv", "B", 10)
            pdf.multi_cell(0, 5.5, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font("dv", "", 9)
            pdf.multi_cell(0, 4.6, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "small":
            pdf.set_font("dv", "", 7.5)
            pdf.multi_cell(0, 3.8, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "gap":
            pdf.ln(payload)
        elif kind == "table":
            rows, widths = payload
            pdf.set_font("dv", "", 8)
            with pdf.table(col_widths=widths, line_height=4.4,
                           text_align="LEFT", first_row_as_headings=True) as t:
                for r in rows:
                    row = t.row()
                    for v in r:
                        row.cell(str(v))
            pdf.ln(2)
    return bytes(pdf.output())


def mail(headers, body, *, charset="utf-8", cte="quoted-printable", html_alt=False,
         html_font="Calibri", attachments=(), boundary="----=_NextPart", crlf=True):
    """headers: list of (name, value) in order. attachments: list of dicts
    {data, maintype, subtype, filename} or {message: EmailMessage} or
    {text, subtype, charset, filename}."""
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    m.set_content(body, charset=charset, cte=cte)
    if html_alt:
        m.add_alternative(to_html(body, html_font), subtype="html", charset="utf-8",
                          cte="quoted-printable")
    for a in attachments:
        if "message" in a:
            m.add_attachment(a["message"])
        elif "text" in a:
            m.add_attachment(a["text"], subtype=a.get("subtype", "plain"),
                             charset=a.get("charset", "utf-8"),
                             cte=a.get("cte", "base64"), filename=a["filename"])
        else:
            m.add_attachment(a["data"], maintype=a["maintype"], subtype=a["subtype"],
                             filename=a["filename"])
    n = 0
    for part in m.walk():
        if part is not m and "MIME-Version" in part and part.get_content_type() != "message/rfc822":
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            part.set_boundary("%s_%03d" % (boundary, n))
            n += 1
    return m


def eml_bytes(m, crlf=True):
    pol = policy.SMTP if crlf else policy.default
    return m.as_bytes(policy=pol)


DOCX_MIME = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX_MIME = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
PDF_MIME = ("application", "pdf")


def att(data, mime, filename):
    return dict(data=data, maintype=mime[0], subtype=mime[1], filename=filename)


def dt(y, mo, d, h=9, mi=0, tz=8):
    return datetime.datetime(y, mo, d, h, mi, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


def dtn(y, mo, d, h=9, mi=0):
    """naive datetime (UTC) for OOXML core properties"""
    return datetime.datetime(y, mo, d, h, mi, 0)


# =====================================================================
# 1  Mining: in-situ leach advice, deep in a quoted Foxmail block (zh)
# =====================================================================
def doc_insitu_forward():
    body = """黄总:

老李的回复转给你们,他写得比较细,现场先照这个意思把南坡那一块做起来,北坡等南坡出液情况再说。有问题直接找他,电话你有。

另外下周三的视频会改到周四上午10点(老挝时间9点),会议号我明天发群里。

王海涛
项目部
赣鑫矿业有限公司
手机:139****2706


------------------ 原始邮件 ------------------
发件人: "李德春"<lidc@ganxin-mining.cn>;
发送时间: 2025年10月22日(星期三) 晚上9:12
收件人: "王海涛"<wanght@ganxin-mining.cn>;
主题: 回复: 南坡矿块注液方案的问题

王经理:

他们发过来的钻孔资料和照片我看了,说一下我的意见。尽量说白一点,方便你直接转给现场的人。

一、孔怎么打
南坡那块全风化层平均8到12米厚,表土1米左右。注液孔按2米×2米梅花形布置;坡度超过30度的地方放宽到2.5米×2.5米,孔少一点,免得局部水压太大。孔径0.2米左右就够。孔一定要打到全风化层底部,再往半风化层里进0.3到0.5米,千万不要打到基岩,打穿了液体就漏走了。孔打好后下PVC管,孔口往下0.5米用黄泥封死,防止液体从孔口冒出来。北坡收液不好,我估计一是3米网度太稀,二是好多孔没打到底。

二、收液
山脚打导流孔(水平孔),孔长30到50米,间距8到10米,往里面稍微上倾3到5度,液体自己流出来。导流孔的位置要在矿体底板以上1米以内。坡脚挖集液沟,沟底铺防渗膜,接到母液池。你们那边底板岩石破碎,我建议先打2到3条导流孔试出液,出液正常再全面铺开;如果试下来漏得厉害,就要考虑做人工假底,到时候再商量。

三、浸矿剂
用硫酸镁,不用硫酸铵(当地对氨氮查得严,我们国内也在改)。
1. 开头20天浓度3%,pH控制在4.5到5.0,用稀硫酸调。
2. 注液量每孔每天0.4方左右。第一周先慢一点,0.2到0.3方,每天看山体有没有渗水、鼓包、冒浆。
3. 母液稀土浓度起来以后(超过1克/升),浸矿剂浓度降到2%,维持60到80天。
4. 母液浓度降到0.15克/升以下,就停浸矿剂,改注清水顶水(沉淀后的上清液回用也行),顶25到30天,把矿体里残留的液体赶出来。
5. 整个周期大概150天。硫酸镁按每吨REO用4.5到5吨准备。

四、母液处理
母液进池子先除杂:慢慢加氧化镁浆(5%左右),把pH调到5.0到5.2,主要是把铝和铁沉下去,搅拌30分钟,澄清2小时以上,底下的渣放掉。
上清液再沉淀。沉淀剂这次也不用碳铵了,用纯碱,配成8%左右,慢慢加,终点pH 6.5到6.8,不要超过7,超过了镁也跟着下来,产品就不纯了。纯碱用量大约每吨REO 2到2.2吨。沉淀完陈化4小时以上再压滤,滤饼用清水洗两遍去钠。这样碳酸稀土灼烧以后TREO能到92%以上。
沉淀后的上清液补硫酸镁回去配液,不要直接排。

五、安全
注液期间每天巡山,重点看坡脚和导流孔附近有没有裂缝、滑移。你们雨季(5到10月)注液量减半。坡顶、坡腰、坡脚各埋一排位移观测桩,每周测一次,日位移超过5毫米马上停注。

六、指标
按我们在龙南类似矿体上的经验,这么做浸出率能到85%左右,收液率90%左右,整个矿块回收率75%上下。北坡那样做只有50%出头。

有问题再问我。

李德春
发自我的iPhone


------------------ 原始邮件 ------------------
发件人: "黄志明"<huang.zm@lxrem-laos.com>;
发送时间: 2025年10月20日(星期一) 上午10:05
收件人: "王海涛"<wanght@ganxin-mining.cn>;
主题: 南坡矿块注液方案的问题

王经理好,

南坡矿块的钻孔资料和现场照片已经传到网盘(文件夹"南坡-1020")。上次按3米网度做的北坡收液不好,母液浓度只有0.2克/升左右。麻烦请李工帮忙看看南坡怎么布孔、浸矿剂浓度多少合适,现场等着开工。

谢谢!
黄志明
"""
    m = mail([
        ("From", "王海涛 <wanght@ganxin-mining.cn>"),
        ("To", "黄志明 <huang.zm@lxrem-laos.com>"),
        ("Cc", "李德春 <lidc@ganxin-mining.cn>"),
        ("Subject", "转发: 回复: 南坡矿块注液方案的问题"),
        ("Date", "Thu, 23 Oct 2025 16:47:05 +0800"),
        ("Message-ID", "<202510231647050718243@ganxin-mining.cn>"),
        ("X-Priority", "3"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
    ], body, charset="gb18030", cte="base64", boundary="----=_NextPart_1A2B")
    add("20251023-1647.eml", eml_bytes(m), verdict="controlled", control_codes=["1E902.a"],
        categories=["mining"], carrier="email", language="zh",
        note="Forward to Lao site; decisive part is the quoted 原始邮件 from 李德春: in-situ leach hole grid, MgSO4 strength/pH/schedule, impurity removal and precipitation pH, recoveries. Top body is logistics only.")


# =====================================================================
# 2  Separation: consultant fixing a Pr/Nd cascade (mixed en/zh)
# =====================================================================
def doc_prnd_fix():
    earlier = """Dear Mr Zhou,

Hope you are well. We still cannot get the Nd product below 0.8% Pr (target is <0.5%
Pr6O11/TREO). Pr product side looks ok, Nd in raffinate about 3.5%.

What we have now (Friday 14 Nov, day shift):
- organic: 1.5 M P507 in kerosene, saponification by lab titration 39.5%
  (we think ammonia meter reads low, operators keep adding)
- organic flow 1200 L/h, feed 100 L/h at stage 55 (1.55 M, pH 2.5)
- scrub HCl 2.7 M, 100 L/h (we reduced from 3.0 M last month to save acid)
- mixers 28-30 C

Stage samples, Pr/(Pr+Nd) in aqueous, %:
  st 10: 99.1 | st 30: 93.0 | st 55: 41.2 | st 70: 6.1 | st 90: 2.4 | st 110: 1.3 | st 120: 0.9

Some emulsion in settlers 60-66 since Wednesday.

Thank you for your help.
Nurul"""
    body = """Hi Nurul,

Sorry for the late reply, I was on the train the whole day.

I looked at your stage table (thanks, very clear). Short answer: the cascade is not
broken, it is just running too "heavy". Two things drifted at the same time and they
push in the same direction. Nothing here needs new equipment. Please do the steps in
this order and change only one thing per day, otherwise we never know which one helped.

1) Saponification back to 36%.
At 1.5 M P507 this means about 0.54 mol/L of ammonium taken up by the organic. With
your 10.5 M ammonia water that is roughly 1 part ammonia water to 19.5 parts organic
by volume in the sap tank. At 39-40% the organic is loaded too full, so it has no
"room" left to prefer Nd over Pr; it just takes everything, and Pr rides through to the
strip side. The emulsion at 60-66 is the same story, over-sap organic is sticky.
Titrate the sap tank outlet every shift until it is steady.

2) Scrub acid back to 3.0 M at 100 L/h.
Your scrub section is what cleans Pr out of the loaded organic. The acid you save is
paid back in product you have to re-run. Think of it like this: scrub acid x flow =
how much rare earth you push back into the cascade. At 2.7 M you push back 10% less,
and stage 70 shows it: 6.1% Pr where we designed 2%.

3) Only if 1) and 2) are not enough after 4 days: move the feed from stage 55 to 52.
That gives the scrub section three more stages. Do not move it further, the Pr side
will start to carry Nd.

How to read it while it settles:
- A 120-stage line needs 3-4 days to reach a new steady state. Don't judge after one
  shift.
- Watch stage 90: when Pr/(Pr+Nd) there is below 1.0%, the Nd product will be below
  0.5%. That is your early warning, 2 days before the product shows it.
- Watch the raffinate: if Nd in the Pr product goes over 5%, you overshot (too much
  scrub). Then take the scrub flow down 3%, not more.
- Rule of thumb on this line: every 1% of sap is worth about 0.1% Pr in the Nd
  product. Every 0.1 M of scrub acid about the same.
- Keep mixers 25-32 C. Below 20 C the phases separate slowly and you get the
  emulsion back.

Send me the stage 70/90/120 numbers every day this week, a photo of the table is fine.

邓工:你明天早班帮他们把氨水流量计标一下,上次在福建也是流量计漂了。皂化槽出口每班取样
滴定一次,结果发群里。洗酸浓度配好以后也滴一下,别只看配比。

Best regards,
Zhou Wenbin
Hydromet process consultant
+86 138 0591 ****

-----Original Message-----
From: Nurul Aina Hassan <nurul.aina@pahang-rem.com.my>
Sent: Friday, November 14, 2025 6:12 PM
To: Zhou Wenbin <zhouwb@redsun-consult.cn>
Subject: Nd product still 0.8% Pr - what to change

""" + quote(earlier)
    m = mail([
        ("From", "Zhou Wenbin <zhouwb@redsun-consult.cn>"),
        ("To", "Nurul Aina Hassan <nurul.aina@pahang-rem.com.my>"),
        ("Cc", "邓建平 <dengjp@redsun-consult.cn>"),
        ("Subject", "RE: Nd product still 0.8% Pr - what to change"),
        ("Date", "Mon, 17 Nov 2025 22:41:30 +0800"),
        ("Message-ID", "<000f01dc57b2$4e1a9c30$ea4fd490$@redsun-consult.cn>"),
        ("In-Reply-To", "<KL1PR0601MB4520C3B0A1D7E9F2@KL1PR0601MB4520.apcprd06.prod.outlook.com>"),
        ("References", "<KL1PR0601MB4520C3B0A1D7E9F2@KL1PR0601MB4520.apcprd06.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHcV7JN8kq2R7l3Q0qTzA1h5mBq1Q=="),
        ("Content-Language", "en-us"),
    ], body, html_alt=True, boundary="----=_NextPart_000_0010_01DC57F5")
    add("20251117-2241.eml", eml_bytes(m), verdict="controlled", control_codes=["1E902.a"],
        categories=["separation"], carrier="email", language="mixed",
        note="Consultant reply in plain words: P507 saponification %, scrub HCl strength/flow, feed stage move, stage-profile targets for a 120-stage Pr/Nd cascade; Chinese instructions to site colleague. Decisive part is the reply body.")


# =====================================================================
# 3  Separation: innocuous mail, GB18030 CSV run log attachment (zh)
# =====================================================================
def doc_csv_runlog():
    rows = []
    rows.append("导出时间,2026-05-13 07:58:12,,,,,,,,,")
    rows.append("线别,C线 3段,,,,,,,,,")
    rows.append("")
    rows.append("日期,班次,有机L/h,料液L/h,洗液L/h,洗酸mol/L,皂化度%,萃取剂mol/L,进料级,温度℃,备注")
    sp = [
        ("05-06", "白", 980, 120, 62, 3.2, 36.5, 1.50, 24, 27.5, ""),
        ("05-06", "夜", 980, 120, 62, 3.2, 36.2, 1.50, 24, 24.8, ""),
        ("05-07", "白", 980, 125, 62, 3.2, 37.0, 1.50, 24, 28.1, "料液换新批次"),
        ("05-07", "夜", 990, 125, 62, 3.1, 37.8, 1.49, 24, 25.0, ""),
        ("05-08", "白", 990, 125, 60, 3.1, 38.4, 1.49, 24, 29.3, "40级后分相慢"),
        ("05-08", "夜", 990, 125, 60, 3.1, 38.9, 1.48, 24, 25.6, ""),
        ("05-09", "白", 1000, 128, 60, 3.0, 39.5, 1.48, 24, 30.2, "44-47级乳化"),
        ("05-09", "夜", 1000, 128, 60, 3.0, 39.1, 1.48, 24, 26.0, ""),
        ("05-10", "白", 1000, 128, 58, 3.0, 40.2, 1.47, 24, 31.0, "有机夹带大"),
        ("05-10", "夜", 1000, 128, 58, 3.0, 39.8, 1.47, 24, 26.4, ""),
        ("05-11", "白", 1000, 128, 58, 3.0, 40.5, 1.47, 24, 31.4, "42-48级界面不清"),
        ("05-11", "夜", 1000, 128, 58, 3.0, 40.1, 1.47, 24, 26.9, ""),
        ("05-12", "白", 1000, 128, 58, 3.0, 40.8, 1.46, 24, 31.8, "停搅拌2h沉降"),
        ("05-12", "夜", 1000, 128, 58, 3.0, 40.3, 1.46, 24, 27.2, ""),
    ]
    for r in sp:
        rows.append(",".join(str(x) for x in r))
    rows.append("")
    rows.append("日期,级号,水相REO g/L,La2O3/TREO %,CeO2/TREO %,分相时间 s,有机夹带 %,备注")
    stages = [1, 6, 12, 18, 24, 30, 36, 40, 44, 48, 52, 56, 60]
    for day_i, day in enumerate(["05-07", "05-09", "05-11"]):
        for s in stages:
            # La rich at raffinate end (stage 1), Ce rich towards stage 60
            frac = (s - 1) / 59.0
            la = 99.95 - 99.0 * (frac ** 1.6) - (0.0 if s < 24 else 0.4 * day_i * frac)
            la = max(0.6, round(la, 2))
            ce = round(100.0 - la - 0.03, 2)
            reo = round(0.86 + 0.012 * s - 0.00018 * s * s + (0.05 * day_i if 36 <= s <= 52 else 0), 3)
            tsep = 95 + (0 if s < 40 else (s - 38) * 6 * (1 + day_i))
            ent = 0.2 + (0 if s < 40 else 0.15 * (day_i + 1) * (1 if s <= 48 else 0.4))
            note = ""
            if 42 <= s <= 48 and day_i >= 1:
                note = "乳化"
            rows.append(",".join([day, str(s), "%.3f" % reo, "%.2f" % la, "%.2f" % ce,
                                  str(int(tsep)), "%.2f" % ent, note]))
    rows.append("")
    rows.append("产品,La2O3/TREO ≥99.99%,CeO2/TREO ≥99.9%(3段出口),,,,,")
    csv = ("\r\n".join(rows) + "\r\n").encode("gb18030")

    body = """王工您好!

附件是5月第2周C线3段的运行记录,从DCS里导出来的,直接双击打开中文可能是乱码,用WPS打开就正常。

这周40级到48级那里水相一直分不开,有机夹带也大,周四白班停了两小时搅拌才好一点。麻烦您帮忙看看问题出在哪里,需要调哪个量,我们这边好安排。

谢谢!

刘小梅
工艺组 | 海防工厂
"""
    m = mail([
        ("From", "刘小梅 <liuxm@tsre-vn.com>"),
        ("To", "王建华 <wangjh@jx-retech.com>"),
        ("Subject", "5月第2周C线3段运行记录"),
        ("Date", "Wed, 13 May 2026 09:21:40 +0700"),
        ("Message-ID", "<6a1f3c2e.1c69fb81.8d21.3b7e@mx.tsre-vn.com>"),
        ("X-Mailer", "WPS Mail 2.1"),
    ], body, charset="utf-8", cte="base64",
        attachments=[dict(data=csv, maintype="application", subtype="vnd.ms-excel",
                          filename="C线3段_0506-0512.csv")],
        boundary="----=_Part_77120_1431907")
    add("20260513-0921.eml", eml_bytes(m), verdict="controlled", control_codes=["1E902.a"],
        categories=["separation"], carrier="parameter-sheet", language="zh",
        note="Body only asks for help; the GB18030 CSV attachment is a La/Ce extraction cascade log: flows, scrub acid, saponification, extractant conc, feed stage, stage profiles under short Chinese headers.")


# =====================================================================
# 4  Metal smelting: PrNd cell reline + restart + operating window (en)
# =====================================================================
def doc_cell_reline():
    earlier = """Mr Gao,

Cell 3 again. Since Sunday the metal level in the receiver is going down and Fe in the
metal went from 0.08% to 0.41%. We can see a red spot on the shell near the feeder
side, about 25 cm above the floor. Photos in the link. Can we repair it while running,
or do we have to stop? Also the restart last time took us 9 days to get stable, please
tell us what we did wrong.

Thanks
Duc"""
    body = """Duc,

I looked at the photos. The graphite wall of cell 3 is eaten through near the bottom
on the feeder side, and the bath is now attacking the steel shell. That is where your
iron comes from. Do not try to patch it hot, it will not hold and you can lose the
whole shell. Cool it, dig it out, reline it. Below is how we do it at home. Please
follow the order, most of the trouble at restart comes from doing things out of order.

A. Shut down and dig out
1. Stop oxide feed 1 hour before. Tap all the metal out.
2. Bring the current down in steps (6000 -> 4000 -> 2000 A, 15 min each), do not
   just open the breaker at full load.
3. Let the bath freeze in the cell, 2-3 days natural cooling. Break it out with a
   pneumatic pick.
4. Keep the frozen salt (REF3-LiF). Crush it, check Fe and C. If Fe < 0.05% you can
   use it for up to 30% of the new start-up bath.
5. Molybdenum receiver at the bottom: if the wall is thinner than 3 mm anywhere,
   replace it.

B. Relining
1. Graphite crucible: high-density graphite, 1.75 g/cm3 or more, ash below 0.1%.
   Your size is 650 mm inner diameter x 900 mm, 60 mm wall. Do not use the cheaper
   1.65 grade again, that is why this one lasted only 7 months.
2. Carbon ramming paste between crucible and refractory, 40 mm, rammed in 50 mm layers,
   every layer tamped before the next. The joint between bottom and wall gets fine
   graphite paste. This joint is where yours failed.
3. Tungsten cathode rod 60 mm, exactly in the centre, tip 80 mm above the rim of the
   Mo receiver. Check vertical with a plumb line on two sides.
4. Four graphite anode segments, anode-to-cathode distance 110-120 mm all around.
   Measure at top and bottom. Uneven distance = uneven current = local hot spot = the
   same hole again in 6 months.

C. Drying and start-up
1. Dry with the gas burner 24 h at 200-300 C. Wet lining will crack when the bath goes
   in.
2. Start-up bath about 260 kg: fresh (Pr,Nd)F3 and LiF at 88:12 by weight, plus the
   recycled salt from A4. Start with the graphite starter rod and 1500 A, melt in
   small portions, keep adding until the bath is 50 mm above the bottom of the anodes.
   That takes about 2 hours.
3. Put the tungsten cathode in only when the bath is fully liquid. Raise current
   1000 A every 30 min up to 6000 A.
4. Last time your restart took 9 days because you started feeding oxide at full rate
   on day 1 with a cold bath. Do not feed until the bath is at 1040 C.

D. Running window (first 72 hours, then normal)
- Bath 1040-1060 C. Thermocouple in a Mo sheath, reading every 2 hours.
- Cell voltage 9.5-10.5 V at 6000 A. If it creeps above 11 V, the bath is short of
  oxide or the anodes are too far; below 9 V look for sludge or a short.
- Anode current density about 1.0 A/cm2, cathode about 6-7 A/cm2. If you change the
  anode size, keep these.
- Oxide: PrNd oxide dried at 800 C, moisture below 0.3%. Feed little and often:
  165 g every minute at full load (about 10 kg/h). First 24 h use 150 g.
  One big dump every 10 minutes gives sludge on the bottom and low efficiency.
- If you see anode effect (voltage jumps, bubbles stop), stop the feeder for 5 min,
  then restart at 150 g.
- LiF in the bath 10-13%. Check every day. If below 10%, add 2 kg LiF.
- Tap metal every 2 hours, about 17 kg per tap.
- Expect current efficiency 75% in the first week and 80-82% after. Metal should be
  back to Fe < 0.1%, C < 0.03% within 3 days if the lining is good.

E. Anodes
Anodes last 10-15 days at 6 kA. Change two opposite segments at a time when they are
down to 40% of the original thickness. Changing all four at once upsets the bath for a
day.

If you want, I can join a video call on Friday when you start the dig-out.

Regards
Gao Feng

On Mon, 8 Dec 2025 at 17:26, Tran Minh Duc <duc.tm@vn-rem.vn> wrote:
""" + quote(earlier)
    m = mail([
        ("From", "Gao Feng <gaofeng.ele@bt-northmetal.com>"),
        ("To", "Tran Minh Duc <duc.tm@vn-rem.vn>"),
        ("Subject", "Re: Cell 3 - iron up, metal level down"),
        ("Date", "Wed, 10 Dec 2025 08:15:44 +0800"),
        ("Message-ID", "<CAK7yq3pW1xZ0m9fT8r2dQe5LsVb=Gh4nJ2y@mail.bt-northmetal.com>"),
        ("In-Reply-To", "<0101019b0e2f7a8c-5d1e@vn-rem.vn>"),
        ("References", "<0101019b0e2f7a8c-5d1e@vn-rem.vn>"),
    ], body, charset="utf-8", cte="7bit", boundary="000000000000a1b2c3", crlf=False)
    add("20251210-0815.eml", eml_bytes(m, crlf=False), verdict="controlled",
        control_codes=["1E902.a", "1E902.b"], categories=["metal-smelting"], carrier="email",
        language="en",
        note="Reline/restart of a PrNd fluoride electrolysis cell (repair, b) that also lays down the process: bath REF3:LiF 88:12, 1040-1060 C, 9.5-10.5 V at 6 kA, current densities, oxide feed rate, tapping (a). All in the message body.")


# =====================================================================
# 5  Metal smelting: Tb calcium reduction WI in a DOCX, Outlook thread (mixed)
# =====================================================================
def doc_tb_reduction():
    blocks = [
        ("small", "文件编号:WI-JS-07    版本:C/2    受控状态:受控    页码:节选"),
        ("h1", "铽金属钙热还原作业指导书(节选:第4~6章)"),
        ("h2", "4 原料准备"),
        ("p", "4.1 氟化铽:Tb4O7/TREO ≥ 99.99%。Tb4O7在HF与Ar混合气氛中于550~650℃氟化6~8 h,氟化率 ≥ 99.5%,含氧 ≤ 0.05%。出炉后立即装入双层铝箔袋,充氩封口。"),
        ("p", "4.2 金属钙:蒸馏钙,纯度 ≥ 99.5%,粒度2~5 mm。只允许在手套箱内开封(箱内O2 ≤ 10 ppm,H2O ≤ 10 ppm)。"),
        ("p", "4.3 配料:按 2TbF3 + 3Ca = 2Tb + 3CaF2 计算,钙过量15%。每炉TbF3投料3.0 kg。TbF3使用前200℃真空烘干4 h。"),
        ("h2", "5 还原"),
        ("p", "5.1 坩埚:钽坩埚 Φ120 × 200 mm,壁厚0.5 mm。新坩埚使用前在1600℃、≤ 5×10⁻³ Pa下除气1 h;旧坩埚最多使用6次。"),
        ("p", "5.2 装料:TbF3与Ca在手套箱内混匀,装入坩埚后压实,盖钽盖,整体用转运罐(充氩)送至中频感应炉。"),
        ("p", "5.3 抽真空至5×10⁻³ Pa,升温至600℃保温30 min除气,然后充入高纯氩(≥ 99.999%)至0.05 MPa。"),
        ("p", "5.4 以约20℃/min升温至1450℃,反应开始放热,注意观察温升,不得超过1600℃。随后升至1550℃保温15 min,使渣金充分分离。"),
        ("p", "5.5 断电,随炉冷却至200℃以下出炉。敲除CaF2渣,金属锭表面用钢丝刷清理。单炉收率 ≥ 97%。"),
        ("h2", "6 真空重熔除钙"),
        ("p", "6.1 金属锭装入新钽坩埚,真空度 ≤ 1×10⁻³ Pa,升温至1650℃保持30 min,除Ca、除F。Ca由约0.3%降至 ≤ 0.01%。"),
        ("p", "6.2 控氧要点:全程在手套箱或充氩转运罐中转料;坩埚必须除气;TbF3必须烘干;重熔前炉体检漏,压升率 ≤ 0.5 Pa/h。氧含量超标的主要来源依次为:TbF3吸潮、钙表面氧化、坩埚未除气。"),
        ("h2", "7 成品控制值"),
        ("table", [["项目", "控制值", "检测方法"],
                   ["Tb/TREM", "≥ 99.9%", "ICP-MS"],
                   ["O", "≤ 300 ppm", "惰气熔融"],
                   ["Ca", "≤ 100 ppm", "ICP-OES"],
                   ["F", "≤ 100 ppm", "离子选择电极"],
                   ["Ta", "≤ 200 ppm", "ICP-OES"],
                   ["C", "≤ 100 ppm", "红外碳硫"]]),
        ("small", "编制:孙立    审核:何建    批准:周启明    2025-06-30"),
    ]
    docx_bytes = make_docx(blocks, "sunli", dtn(2025, 6, 30, 2, 10), dtn(2025, 11, 21, 6, 40),
                           title="WI-JS-07 铽金属钙热还原")
    earlier = """Dear Ms Sun,

Thank you again for your hospitality in Osaka. As I mentioned, our trial Tb metal
from calcium reduction still shows oxygen of 750-900 ppm, and Ca around 0.2%. Your
specification says O <= 300 ppm. Would it be possible to share how you control this?
We would of course sign an NDA if needed.

Best regards,
Kenji Watanabe
Materials Development Dept.
Kansai Advanced Alloys Co., Ltd."""
    body = """Dear Watanabe-san,

Sorry for the slow answer, I had to get approval from our technical director.

Attached is the relevant part of our work instruction (chapters 4 to 6 and the final
control values). It is in Chinese only, sorry for that. Our engineer Mr He can go
through it with your team on Teams next Wednesday if convenient, he speaks English.

Please keep it internal to your development team.

Best regards,
Sun Li 孙立
Export Sales & Technical Service
Hunan Xinxiang Rare Metals Co., Ltd.

-----Original Message-----
From: Kenji Watanabe <k.watanabe@kansai-aa.co.jp>
Sent: Tuesday, November 18, 2025 3:02 PM
To: Sun Li <sunli@xx-raremetals.com>
Subject: Tb metal - oxygen level after Ca reduction

""" + earlier + """

==========================================================
This e-mail and any attachment are confidential and intended solely for the addressee.
本邮件及附件可能含有保密信息,仅供收件人使用。如您误收本邮件,请立即删除并通知发件人。
==========================================================
"""
    m = mail([
        ("From", "Sun Li <sunli@xx-raremetals.com>"),
        ("To", "Kenji Watanabe <k.watanabe@kansai-aa.co.jp>"),
        ("Cc", "He Jian <hejian@xx-raremetals.com>"),
        ("Subject", "RE: Tb metal - oxygen level after Ca reduction"),
        ("Date", "Fri, 21 Nov 2025 14:52:09 +0800"),
        ("Message-ID", "<TYZPR03MB70215E2B9A4C1D3F8@TYZPR03MB7021.apcprd03.prod.outlook.com>"),
        ("In-Reply-To", "<OS3P286MB1824A7F0B2E5C6D9@OS3P286MB1824.JPNP286.PROD.OUTLOOK.COM>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "zh-CN"),
    ], body, html_alt=True, attachments=[att(docx_bytes, DOCX_MIME, "WI-JS-07_节选.docx")],
        boundary="----=_NextPart_000_0041_01DC5AE3")
    add("20251121-1452.eml", eml_bytes(m), verdict="controlled", control_codes=["1E902.a"],
        categories=["metal-smelting"], carrier="process-spec", language="mixed",
        note="English reply is innocuous; the Chinese DOCX work instruction carries Tb calcium reduction and vacuum remelting: Ca excess, Ta crucible, temperatures, vacuum, O/Ca control values.")


# =====================================================================
# 6  Magnets NdFeB: plain-language memo for new colleagues (DOCX, zh)
# =====================================================================
def doc_n48h_memo():
    blocks = [
        ("h1", "N48H试产这几个月的体会——写给车间新来的同事"),
        ("p", "工艺科 赵振宇    2026年3月12日"),
        ("p", "这份东西不是正式工艺文件,正式的以工艺卡为准。我把这几个月跟线的体会按工序写下来,都是大白话,大家看了心里有个数,遇到问题知道先往哪里查。"),
        ("h2", "一、配方"),
        ("p", "N48H我们现在用的配方(重量百分比):PrNd 29.5,Dy 1.2,B 0.96,Co 1.0,Cu 0.12,Al 0.25,Ga 0.25,Zr 0.12,其余是Fe。Dy是熔炼的时候直接加进去的,不做扩散。稀土总量不要随便往下压,压到29以下烧结就难了,密度上不去。"),
        ("h2", "二、甩带"),
        ("p", "熔炼到1450~1470℃浇,辊面线速度1.0~1.2 m/s。片厚控制在0.25~0.35 mm,太厚了容易出α-Fe,太薄了晶粒太细取向不好。每炉取几片掰开看断面,柱状晶要直、要齐。冷却水进水温度不能超过30℃,夏天要盯紧。"),
        ("h2", "三、氢破"),
        ("p", "室温下充氢到0.1~0.15 MPa,吸到压力不再掉为止,一般2个小时左右。然后抽真空升温到560~580℃脱氢6个小时,冷到50℃以下才能出料。脱氢不够,后面烧结会鼓包开裂。"),
        ("h2", "四、气流磨"),
        ("p", "全程氮气保护,系统含氧不超过50 ppm。磨之前加0.05%防氧化剂,磨完加0.1%润滑剂混2个小时。粒度(X50)做到3.0~3.3 µm,靠分选轮转速调,一般在3200~3600 rpm之间,转速高粒度细。粒度分布太宽方形度会差,出粉口每班测一次。"),
        ("h2", "五、成型"),
        ("p", "取向磁场设定1.8 T,每周用高斯计在模腔里实测一次,不能低于1.6 T。压坯密度3.9~4.1 g/cm³。等静压180~200 MPa,保压30秒。压坯到烧结炉之间不能在空气里放超过半个小时。"),
        ("h2", "六、烧结和回火"),
        ("p", "烧结1060℃保温6个小时。升温的时候在400~600℃这一段多停一会儿,让润滑剂和残余的氢排干净,真空要到5×10⁻² Pa以下再往上升。保温完风冷。"),
        ("p", "一级回火900℃,2个小时;二级回火490~510℃,4个小时。二级回火温度对HcJ最敏感,差10℃矫顽力能差0.5~1 kOe。每批料先做一炉小样,把二回温度定下来再大批量。"),
        ("h2", "七、出了问题先查哪里"),
        ("li", "Br低:先查取向磁场和压坯密度,再查烧结密度(要到7.55 g/cm³以上)。"),
        ("li", "HcJ低:先查氧含量,成品氧超过1500 ppm基本就保不住了;再查二级回火温度。"),
        ("li", "方形度(Hk/HcJ)差:粒度分布宽,或者烧结温度偏高晶粒长大了。"),
        ("li", "开裂:脱氢不彻底,或者烧结升温太快。"),
        ("h2", "八、目标"),
        ("table", [["项目", "目标"], ["Br", "13.9~14.2 kGs"], ["HcJ", "≥ 17.5 kOe"],
                   ["(BH)max", "46~49 MGOe"], ["Hk/HcJ", "≥ 0.95"], ["密度", "≥ 7.55 g/cm³"]]),
        ("p", "有不清楚的随时来工艺科找我。"),
    ]
    data = make_docx(blocks, "zhaozy", dtn(2026, 3, 11, 7, 5), dtn(2026, 3, 12, 1, 30),
                     title="N48H试产体会")
    add("memo-0312.docx", data, verdict="controlled", control_codes=["1E902.a"],
        categories=["magnet-manufacturing"], magnet_types=["NdFeB"], carrier="process-spec",
        language="zh",
        note="Informal memo but gives the full sintered NdFeB route with numbers: alloy recipe, strip casting, HD, jet-mill size, field pressing, sintering and two-stage tempering, Br/HcJ targets.")


# =====================================================================
# 7  Magnets NdFeB: Tb grain-boundary diffusion, quoted under short thanks (en)
# =====================================================================
def doc_gbd_thread():
    markus_q = """Hi Li,

we have read two papers on Tb diffusion but our first trials gave only +4 kOe and a
big Br loss. Base magnets are our own N50, no Dy, HcJ 12.8 kOe, segments
30 x 12 x 5 mm (5 mm = magnetising direction), ground. Could you explain how you
do it in practice? Any hint appreciated.

Markus"""
    li_a = """Hi Markus,

OK, let me explain how we do it in plain words, forget the papers for a moment.

1. The magnets. Diffusion only goes well through the thin direction. 5 mm in the
   magnetising direction is fine, up to 6 mm is OK. Use sintered blocks that had the
   first tempering only, no second aging yet, cut and ground to final size plus
   0.05 mm per face.

2. Surface. This is probably your problem. Grind or sandblast, then pickle 20-30 s in
   3% nitric acid, rinse in water, then in alcohol, and dry immediately in warm air.
   Any oxide film left on the surface stops the Tb going in. Coat within 2 hours.

3. Putting the Tb on. We use TbH2 powder below 5 um in ethanol with a little PVB
   (about 2%), powder : alcohol = 1 : 1.5 by weight. Spray or dip only the two pole
   faces. Aim for 0.45-0.55% Tb of the magnet weight. Weigh 20 pieces before and after
   drying to check. Sputtering is more even but you need the machine.

4. Diffusion. Vacuum furnace, 5 x 10^-3 Pa or better, heat at 5 C/min, hold 920 C
   for 12 h (for 3 mm thick parts 8 h is enough). Cool with argon fan below 100 C.

5. Aging. 500 C for 4 h, fast cool. Then try 480 and 520 C on a few pieces, keep the
   best one. It moves by 1 kOe or so.

6. What to expect. HcJ from 12.8 to about 24-25 kOe, Br loss 0.15-0.25 kG. If you
   lose more than 0.3 kG Br, the Tb is going into the grains instead of staying at the
   boundaries: temperature too high or too much coating. If the gain is small and
   Br loss is small, the surface was dirty (point 2).

7. After diffusion grind off 0.05-0.1 mm per face to remove the residue, then coat
   (Ni or epoxy) as usual.

With Dy instead of Tb you will get only about +7 kOe with the same steps.

Best regards
Li Qiang"""
    body = """Hi Li,

many thanks, that is much clearer than the papers we had. I think point 2 was our
mistake, we coated the day after grinding. We'll run the first two trays next Monday
and I'll send you the demag curves.

Cheers,
Markus

--
Dr. Markus Feldhaus
Werkstoffentwicklung / Materials Development
FMT Feldmann Magnettechnik GmbH
Industriestr. 14, 58511 Luedenscheid, Germany
Tel. +49 2351 000 417

Geschaeftsfuehrer: Dipl.-Ing. Jens Feldmann | Amtsgericht Iserlohn HRB 0000
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail.

Von: Li Qiang <liqiang@nb-magtech.com>
Gesendet: Freitag, 16. Januar 2026 03:18
An: Markus Feldhaus <m.feldhaus@fmt-magnettechnik.de>
Betreff: Re: Tb diffusion on 5 mm segments

""" + li_a + """

On Thu, 15 Jan 2026 at 18:40, Markus Feldhaus <m.feldhaus@fmt-magnettechnik.de> wrote:
""" + quote(markus_q)
    m = mail([
        ("From", "Markus Feldhaus <m.feldhaus@fmt-magnettechnik.de>"),
        ("To", "Li Qiang <liqiang@nb-magtech.com>"),
        ("Subject", "AW: Re: Tb diffusion on 5 mm segments"),
        ("Date", "Fri, 16 Jan 2026 17:02:51 +0100"),
        ("Message-ID", "<AM9PR08MB6785F1C0E2D3B4A5@AM9PR08MB6785.eurprd08.prod.outlook.com>"),
        ("In-Reply-To", "<CAJ8pX2kT0n4r_Qm3sLw9eY6vBqZc1f@mail.gmail.com>"),
        ("References", "<AM9PR08MB6785D0A1B2C3E4F5@AM9PR08MB6785.eurprd08.prod.outlook.com> <CAJ8pX2kT0n4r_Qm3sLw9eY6vBqZc1f@mail.gmail.com>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
    ], body, html_alt=True, html_font="Arial", boundary="_000_AM9PR08MB6785F1C0E2D3B4A5")
    add("20260116-1702.eml", eml_bytes(m), verdict="controlled", control_codes=["1E902.a"],
        categories=["magnet-manufacturing"], magnet_types=["NdFeB"], carrier="email",
        language="en",
        note="Top message is a short thank-you; the quoted Outlook block from Li Qiang gives the Tb grain-boundary diffusion recipe (surface prep, TbH2 slurry 0.45-0.55 wt%, 920 C x 12 h, aging 500 C, expected HcJ/Br).")


# =====================================================================
# 8  Magnets SmCo: 2:17 process sheet in a PDF, two-line mail (en)
# =====================================================================
def doc_smco_pdf():
    blocks = [
        ("title", "Process Sheet PS-SC-217-32H  Rev. B\nSintered Sm2Co17 magnets, grade 32H"),
        ("small", "Issued by: Process Engineering, Ningbo plant    Date: 2025-09-02    Distribution: controlled copy"),
        ("h", "1. Alloy"),
        ("p", "Target composition (wt%): Sm 25.2, Fe 19.5, Cu 5.8, Zr 2.9, Co balance. Add 1.0% extra Sm to the charge to cover evaporation loss during sintering."),
        ("p", "Vacuum induction melting under Ar 0.06 MPa, pour at 1450-1480 C into water-cooled copper mould. Homogenise ingots 1150 C x 20 h in Ar."),
        ("h", "2. Powder"),
        ("p", "Jaw crush and disc mill to < 500 um, then jet mill in N2 (O2 < 100 ppm) to FSSS 3.5-4.5 um. Store powder under N2, press within 24 h."),
        ("h", "3. Pressing"),
        ("p", "Transverse aligning field 1.8 T minimum, die pressure 1.5 t/cm2, then cold isostatic pressing 200 MPa. Green density 4.6-4.9 g/cm3."),
        ("h", "4. Heat treatment schedule"),
        ("table", ([["Step", "Temperature", "Time", "Atmosphere", "Cooling / note"],
                    ["Sinter", "1210-1220 C", "1 h", "vacuum, then Ar", "direct to solution step"],
                    ["Solution", "1180-1185 C", "3 h", "Ar", "fast gas quench to < 100 C"],
                    ["Isothermal aging", "830-850 C", "12 h", "Ar", "-"],
                    ["Slow cool", "850 -> 400 C", "0.7 C/min", "Ar", "ramp controlled"],
                    ["Hold", "400 C", "2 h", "Ar", "then gas quench"]],
                   [30, 30, 22, 30, 62])),
        ("p", "Critical: the slow cool rate. Faster than 1.0 C/min gives low HcJ; slower than 0.5 C/min costs furnace time without gain. Record the actual ramp on every batch chart."),
        ("h", "5. Expected properties (per batch, 5 samples)"),
        ("table", ([["Property", "Target"],
                    ["Br", "1.10-1.13 T"],
                    ["HcJ", ">= 1990 kA/m (25 kOe)"],
                    ["(BH)max", "230-255 kJ/m3"],
                    ["Density", ">= 8.30 g/cm3"]], [60, 60])),
        ("h", "6. Troubleshooting"),
        ("p", "Low Br with normal HcJ: check aligning field and green density. Low HcJ: check Sm loss (analyse sintered part, Sm must be 24.8-25.4%), solution quench speed and slow-cool rate. Cracks: reduce heating rate to 3 C/min between 300 and 800 C."),
    ]
    pdf = make_pdf(blocks, dt(2025, 9, 2, 10, 0), title="PS-SC-217-32H Rev B",
                   author="Process Engineering", header="Sm2Co17 32H - Process Sheet",
                   footer="Controlled copy - do not forward")
    body = """Hi Raj,

As promised after the call, attached our process sheet for the 2:17 grade (32H).
Please keep it inside your team. Mr Chen in Ningbo can support the furnace set-up when
you are ready in March.

Kind regards,
Helen Wu
Overseas Business | Zhejiang Hongci Magnetics
Mob: +86 137 5800 ****
"""
    m = mail([
        ("From", "Helen Wu <helen.wu@hongci-mag.com>"),
        ("To", "Raj Malhotra <raj.malhotra@sankalp-magnetics.in>"),
        ("Subject", "2:17 heat treatment sheet"),
        ("Date", "Tue, 03 Feb 2026 11:07:33 +0800"),
        ("Message-ID", "<tencent_8E1F0C2A3B4D5E6F7A8B9C0D@qq.com>"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
    ], body, charset="utf-8", cte="quoted-printable",
        attachments=[att(pdf, PDF_MIME, "PS-SC-217-32H_RevB.pdf")],
        boundary="----=_NextPart_67A0B1C2_0E3F4A10")
    add("20260203-1107.eml", eml_bytes(m), verdict="controlled", control_codes=["1E902.a"],
        categories=["magnet-manufacturing"], magnet_types=["SmCo"], carrier="process-spec",
        language="en",
        note="Short cover mail; the PDF process sheet gives the Sm2Co17 route: alloy composition, milling, field pressing, sinter/solution/aging/slow-cool schedule, property targets.")


# =====================================================================
# 9  Magnets Ce-substituted dual main phase, plain mixed-language mail
# =====================================================================
def doc_ce_magnet():
    body = """Vikram,

As promised on Tuesday, 下面是我们 high-abundance 牌号 (Ce-containing N38, the one for your
fan motors) 的做法. Short version, no theory:

1. Two alloys, not one. 我们用双主相 (dual main phase).
   - Alloy A: normal PrNd-Fe-B, TRE 30.5 wt%, B 0.98, Cu 0.15, Al 0.3.
   - Alloy B: Ce-rich, RE = 45% Ce + 55% PrNd, TRE 32 wt% (Ce alloys need more RE,
     part of the Ce goes into CeFe2), B 1.0, Cu 0.2, Ga 0.3.
   Strip cast separately. Alloy B: roll a bit faster, 1.4 m/s, it tends to give thicker
   flakes.

2. Mix after HD, before the jet mill. A : B = 60 : 40, so Ce is about 18% of total RE.
   Jet mill together to 3.2 um.

3. Sinter lower: 1030-1040 C for 4 h, not 1060 like the normal grades.
   温度高了两种主相互相扩散, you lose the whole point of two phases and HcJ drops
   1.5-2 kOe.

4. Tempering 880 C x 2 h + 480 C x 3 h.

5. What you get: Br 12.3-12.6 kGs, HcJ 12.5-13.5 kOe, RE cost about 8-10% lower than
   our standard N38.

6. Don't push Ce above 25% of TRE for a sintered N38. Above that HcJ falls off quickly
   and the flakes of alloy B start to stick in the HD furnace.

马工 will send you the flake cross-section photos and the demag curves tomorrow.
有问题随时问, WeChat is faster.

Best,
孙立军 Sun Lijun
Technical Director
"""
    m = mail([
        ("From", "孙立军 <sunlj@baiyun-magnet.com>"),
        ("To", "Vikram Rao <vikram.rao@deccan-emotors.in>"),
        ("Cc", "马骏 <majun@baiyun-magnet.com>"),
        ("Subject", "Re: Ce-containing N38 for fan motors - how we make it"),
        ("Date", "Thu, 05 Mar 2026 21:33:18 +0800"),
        ("Message-ID", "<1772717598.614203.1@baiyun-magnet.com>"),
        ("In-Reply-To", "<CAO3w9Rt7Jm2Bq_EkZx1Hc5f@mail.gmail.com>"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14"),
    ], body, charset="utf-8", cte="base64", boundary="----=_Part_310947_208851466.1772717598")
    add("20260305-2133.eml", eml_bytes(m), verdict="controlled", control_codes=["1E902.a"],
        categories=["magnet-manufacturing"], magnet_types=["NdFeB", "Ce"], carrier="email",
        language="mixed",
        note="Plain mixed-language mail giving the dual-main-phase Ce-substituted sintered magnet route: two alloy recipes, blend ratio, milling size, lowered sintering, tempering, properties and Ce limit.")


# =====================================================================
# 10 Recycling: NdFeB sludge oxidising roast + HCl selective leach (zh, GBK)
# =====================================================================
def doc_sludge():
    body = """阮经理:

您好!上周你们寄来的5公斤磁材油泥样品我们做完了。先说结论:能做,稀土回收率96%左右,产品氧化物纯度99%以上。下面把我们的做法写一下,你们建线的时候可以参考。

1. 除油
样品含油10%左右、含水15%左右。先在回转窑里300~400℃低温把油烧掉,窑尾一定要接二燃室和收尘,不然冒黑烟。不要直接高温,油泥里的细粉会自燃,温度控制不住。

2. 氧化焙烧
750~850℃焙烧3~4小时,中间要翻料(回转窑转起来就行)。目的是把铁全部变成三氧化二铁,稀土也变成氧化物。简单判断:焙烧料用磁铁吸,基本不吸就说明烧透了。

3. 磨
焙烧料磨到-200目(74微米)。

4. 盐酸优溶(关键)
液固比3:1,85~90℃,工业盐酸(31%)慢慢加,终点pH控制在3.5~4.0,反应2.5小时。每吨焙烧料用31%盐酸0.65~0.75吨。
这一步的道理是:三氧化二铁在pH 3.5以上基本不溶,稀土氧化物溶,所以铁留在渣里,稀土进溶液。pH千万不要低于3,低了铁就大量溶出来,后面很难除。
浸出液REO 150~180克/升,Fe低于0.05克/升。

5. 过滤
滤渣主要是三氧化二铁(85%左右),含REO低于1%,可以卖给颜料厂或者钢厂。滤渣要洗两遍,洗水回用到调浆。

6. 沉淀和灼烧
如果你们暂时不上萃取线,就直接草酸沉淀:60℃,草酸用量是溶液中REO重量的1.4倍左右,终点pH 1.5~2,陈化2小时,过滤洗涤。900℃灼烧2小时,得到混合氧化物,TREO≥99%,其中(Pr+Nd)大约占75%,Dy 3%左右。
钴会有一部分跟着草酸下来,大约0.05%。客户要求严的话,就要上P507萃取,把PrNd和DyTb分开,顺便把钴除掉。这个以后再说。

7. 回收率
整个流程稀土回收率96%左右,损失主要在焙烧收尘和滤渣里。

环保上注意两点:焙烧尾气的收尘,以及氯化物废水。废水我们这边是蒸发回收氯化铵/氯化钠的,你们当地怎么要求要先问清楚。

有问题随时联系。

陈卫东
技术部
江西赣辉再生资源有限公司
"""
    m = mail([
        ("From", "陈卫东 <chenwd@ganhui-recycle.cn>"),
        ("To", "Nguyen Thi Lan <lan.nt@hanam-materials.vn>"),
        ("Subject", "关于你们那批磁材油泥的处理方法"),
        ("Date", "Thu, 26 Feb 2026 15:08:27 +0800"),
        ("Message-ID", "<2026022615082744103210@ganhui-recycle.cn>"),
        ("X-Mailer", "Foxmail 7.2.23.116[cn]"),
    ], body, charset="gbk", cte="base64", boundary="----=_NextPart_2B3C")
    add("20260226-1508.eml", eml_bytes(m), verdict="controlled", control_codes=["1E902.a"],
        categories=["recycling"], carrier="email", language="zh",
        note="GBK-encoded mail explaining NdFeB sludge recovery: de-oiling, oxidising roast 750-850 C, HCl selective leach to pH 3.5-4.0, oxalic precipitation and calcination, recoveries. No magnet type (recycling only).")


# =====================================================================
# 11 Recycling: HD processing of scrap magnets, log in XLSX (en)
# =====================================================================
def doc_hpms_xlsx():
    head = ["Run", "Date", "Feed", "Charge kg", "Coating", "Pre-treat", "H2 purity %",
            "P abs (bar)", "T start (C)", "Abs time (min)", "T peak (C)", "Degas T (C)",
            "Degas time (h)", "End vac (Pa)", "<1 mm %", "<0.5 mm %", "O ppm", "C ppm",
            "H ppm", "Ni ppm", "Remark"]
    runs = [
        (1, "2026-03-02", "HDD VCM", 12.0, "Ni", "none", 99.99, 1.0, 20, 140, 96, 350, 2.0, 8, 71, 52, 4100, 820, 3900, 2600, "partial degas, powder OK but H high"),
        (2, "2026-03-02", "HDD VCM", 12.0, "Ni", "none", 99.99, 2.0, 20, 95, 118, 350, 2.0, 6, 76, 55, 4200, 810, 3700, 2500, ""),
        (3, "2026-03-03", "HDD VCM", 15.0, "Ni", "none", 99.99, 2.0, 20, 110, 121, 600, 4.0, 0.9, 77, 57, 4400, 800, 40, 2400, "full degas"),
        (4, "2026-03-03", "Motor seg.", 20.0, "Ni (intact)", "none", 99.99, 2.0, 20, 260, 64, 600, 4.0, 1.1, 38, 20, 5200, 900, 60, 9800, "Ni shell kept H2 out, slow start"),
        (5, "2026-03-04", "Motor seg.", 20.0, "Ni", "edge crush", 99.99, 2.0, 20, 150, 102, 600, 4.0, 0.8, 69, 44, 4800, 880, 45, 4100, ""),
        (6, "2026-03-04", "Motor seg.", 20.0, "Ni", "edge crush", 99.99, 2.0, 150, 70, 171, 600, 4.0, 0.9, 74, 49, 5600, 870, 50, 3900, "hot start: faster but O up"),
        (7, "2026-03-05", "Motor seg.", 25.0, "Ni", "edge crush", 99.999, 2.0, 20, 140, 108, 600, 4.0, 0.7, 81, 60, 3900, 860, 35, 1300, "drum 2 rpm, sieve 1 mm"),
        (8, "2026-03-05", "Motor seg.", 25.0, "Ni", "edge crush", 99.999, 2.0, 20, 135, 110, 600, 4.0, 0.7, 82, 61, 3850, 850, 30, 1200, "repeat of 7"),
        (9, "2026-03-06", "Motor seg.+VCM", 30.0, "Ni", "edge crush", 99.999, 2.0, 20, 150, 112, 600, 4.5, 0.6, 80, 59, 3950, 840, 30, 1350, "mixed feed OK"),
        (10, "2026-03-06", "Epoxy seg.", 18.0, "epoxy", "none", 99.999, 2.0, 20, 180, 98, 600, 4.0, 0.9, 66, 41, 4300, 2900, 40, 90, "C high from epoxy - burn off first?"),
    ]
    notes = [
        ["Topic", "Observation / setting to keep"],
        ["Coating", "Intact Ni keeps H2 out (run 4). Crush edges in a jaw crusher at 5 mm gap first; Ni flakes stay >1 mm and are removed on the 1 mm sieve (about 90% of Ni out)."],
        ["Pressure", "2 bar absorption is enough; 1 bar doubles the time (run 1 vs 2)."],
        ["Start T", "Start at room temperature. Hot start at 150 C is faster but O goes up by 1500 ppm (run 6)."],
        ["Degas", "600 C x 4 h down to <1 Pa gives H < 50 ppm. 350 C partial degas leaves ~3800 ppm H."],
        ["Drum", "Rotating retort at 2 rpm during absorption, powder is more uniform (runs 7-9)."],
        ["H2", "5N hydrogen from run 7 on; 4N gave ~300 ppm more O."],
        ["Handling", "Unload under Ar into sealed drums; powder is pyrophoric below 0.5 mm."],
        ["Epoxy", "Epoxy-coated parts need a burn-off step before HD or carbon is 3x too high (run 10)."],
        ["Yield", "Best route (runs 7-9): ~81% below 1 mm, O ~3900 ppm, C ~850 ppm, Ni ~1300 ppm."],
    ]
    data = make_xlsx([("HD runs", [head] + [list(r) for r in runs]), ("Notes", notes)],
                     "Yang Bo", dtn(2026, 3, 2, 1, 0), dtn(2026, 3, 9, 9, 12),
                     widths={"HD runs": {"C": 16, "U": 34}, "Notes": {"A": 12, "B": 110}})
    body = """Mike,

Log from last week's HD trials on the motor and HDD scrap attached. Runs 7-9 are the
ones to copy. Run 4 is the one with the Ni left on, you'll see why that doesn't work.

Call Thursday your morning?

Yang

Sent from my phone
"""
    m = mail([
        ("From", "Yang Bo <yangbo@ts-recyc.com.cn>"),
        ("To", "Mike Turner <mike.turner@circular-magnetics.co.uk>"),
        ("Subject", "HD trials wk10"),
        ("Date", "Mon, 09 Mar 2026 17:20:05 +0800"),
        ("Message-ID", "<6D5F2B1E-9A0C-4E77-8B3D-1F2A3C4D5E6F@ts-recyc.com.cn>"),
        ("X-Mailer", "iPhone Mail (22D82)"),
    ], body, charset="us-ascii", cte="7bit",
        attachments=[att(data, XLSX_MIME, "HD_trials_wk10.xlsx")],
        boundary="Apple-Mail-7A3E1F20-4B5C-4D6E-9F80-112233445566")
    add("20260309-1720.eml", eml_bytes(m), verdict="controlled", control_codes=["1E902.a"],
        categories=["recycling"], carrier="parameter-sheet", language="en",
        note="Three-line body; XLSX attachment is a run log for hydrogen processing of scrap NdFeB magnets (pressure, temperatures, degas, yields, impurity levels) plus a notes sheet with the settings to keep. Recycling only, no magnet type.")


# =====================================================================
# 12 Magnets NdFeB: year-end overhaul of sintering furnace, jet mill, HD (zh) -> b only
# =====================================================================
def doc_overhaul():
    body = """周涛、各位:

今年年底停线检修定在12月20日到1月5日,和国内同步。下面是这次检修的要点,是按国内工厂今年的检修规程改的,请对照你们那边的设备情况安排人手和备件,缺的备件这周五之前报给我,从宁波发海运来得及。

一、真空烧结炉(3台)
1. 钼带加热体:逐片检查变形、脆断,单片电阻和额定值偏差超过10%的更换。
2. 隔热屏:检查钼屏和不锈钢屏有没有脱层、变形,变形超过5毫米的校正或更换。
3. 真空系统:滑阀泵、罗茨泵换油;扩散泵清洗、换油。冷态极限真空要到5×10⁻³ Pa以下;压升率测12小时,不超过0.5 Pa/h;氦质谱检漏,漏率不超过1×10⁻⁸ Pa·m³/s。
4. 热电偶:控温偶、监测偶全部送计量校准,偏差超过±2℃的更换。
5. 炉温均匀性:检修完空炉9点测温,在1050℃保温1小时,9个点都在±5℃以内才能放行。
6. 风冷系统:换热器清洗,风机轴承更换,风门动作检查。

二、气流磨(2台)
1. 分级轮:轴承到8000小时了,全部换新,装好以后做动平衡,达到G2.5。
2. 喷嘴:测内径,磨损超过0.3毫米的换。
3. 氮气系统:在线测氧仪校准,报警值还是50 ppm,不要改。
4. 旋风分离器和过滤器:滤芯更换。清粉的时候必须氮气保护,粉遇到空气会自燃,去年国内出过事,务必注意。

三、氢破炉(1台)
1. 炉门、法兰密封圈全部更换。
2. 氢气泄漏报警器送检。
3. 检修后氮气置换3次,含氧低于0.1%以后才能通氢。

四、开线验收
每台烧结炉先试烧一炉标准料(N52半成品压坯),按原工艺卡执行,不做任何调整。出炉后测Br和HcJ,和检修前一个月的平均值比,偏差在1%以内就算合格;超过1%先停炉,把测温记录和真空曲线发回来,我们一起查。

检修记录请用附表(周一另发),每项签字。

冯建军
设备部 | 宁波总部
"""
    m = mail([
        ("From", "冯建军 <fengjj@nb-zhongci.com>"),
        ("To", "周涛 <zhoutao@zhongci-mx.com>"),
        ("Cc", "设备组 <maint@zhongci-mx.com>, 王晓燕 <wangxy@nb-zhongci.com>"),
        ("Subject", "年底停线检修要点(烧结炉/气流磨/氢破炉)"),
        ("Date", "Tue, 25 Nov 2025 10:02:44 +0800"),
        ("Message-ID", "<3f7b1a20-5d2e-4c8a-a1b9-7e6f0d4c2b18@nb-zhongci.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "zh-CN"),
    ], body, charset="utf-8", cte="base64", html_alt=True, html_font="微软雅黑",
        boundary="----=_NextPart_000_0007_01DC5DD0")
    add("20251125-1002.eml", eml_bytes(m), verdict="controlled", control_codes=["1E902.b"],
        categories=["magnet-manufacturing"], magnet_types=["NdFeB"], carrier="email",
        language="zh",
        note="Year-end maintenance/overhaul rules sent to the Mexican plant for the sintered NdFeB line (sintering furnace, jet mill, HD furnace) with acceptance checks; process values appear only as targets (1050 C uniformity, Br/HcJ within 1%) -> b only.")


# =====================================================================
# 13 Separation: mixer-settler installation & commissioning outline (DOCX) -> b
# =====================================================================
def doc_commissioning():
    blocks = [
        ("h1", "巴西项目萃取分离车间 混合澄清萃取槽安装与调试大纲(定稿)"),
        ("p", "编制单位:工程设计院 化工室    日期:2026年4月8日    版本:V3"),
        ("h2", "1 范围"),
        ("p", "本大纲适用于巴西项目萃取分离车间A、B两条线共96级混合澄清萃取槽(单级混合室有效容积0.6 m³,澄清室3.2 m³,槽体材质PP/FRP)及配套搅拌、输送、计量设备的安装、单机试车、水试、联动试车和投料试车。"),
        ("h2", "2 安装"),
        ("num", "基础验收:基础标高偏差±5 mm,预埋件位置偏差≤10 mm,养护期满28天。"),
        ("num", "槽体就位:单级槽体水平度≤1 mm/m,整条线标高差≤5 mm;级间相口中心线对中偏差≤3 mm。"),
        ("num", "搅拌器:搅拌轴垂直度≤0.5 mm/m,桨叶离混合室底部距离按图纸(120 mm)±5 mm;点动确认电机转向。"),
        ("num", "管道:有机相管道全部做静电跨接,接地电阻≤10 Ω;管道安装完成后做1.5倍工作压力水压试验。"),
        ("h2", "3 单机试车"),
        ("p", "搅拌电机空载运行2 h,记录电流、噪声、轴承温升(温升≤40℃);计量泵标定流量,误差≤±2%。"),
        ("h2", "4 水试"),
        ("p", "全线注清水,保持72 h(按业主意见由48 h改为72 h),逐级检查槽体、焊缝、相口、阀门渗漏;检查各级液位是否一致。"),
        ("h2", "5 联动试车"),
        ("p", "清水与磺化煤油两相联动运行48 h。标定各级搅拌转速(变频器频率与转速对照表),确认相界面位置稳定在设计位置±20 mm以内;检查澄清室出口夹带情况,有机相夹带水相≤0.5%。"),
        ("h2", "6 投料试车(参考)"),
        ("p", "有机相按设计配制(P507浓度1.5 mol/L,磺化煤油稀释)并按设计皂化度皂化;按设计流比建立进料,逐级建立平衡,一般7~10天。设计参数以工艺包为准,本大纲不另行规定。"),
        ("p", "验收参考:连续72 h产品Nd2O3/TREO≥99.5%,Pr6O11/TREO≥99.0%,以业主化验室数据为准。"),
        ("h2", "7 安全"),
        ("li", "萃取车间为甲类防火区,动火作业必须办理动火证;试车期间现场配置泡沫灭火器不少于每6级1具。"),
        ("li", "煤油、盐酸、液碱卸车和转运按MSDS执行;所有人员穿防静电工作服。"),
        ("h2", "8 记录"),
        ("p", "附表1 槽体安装检查记录;附表2 搅拌器单机试车记录;附表3 水试检漏记录;附表4 联动试车记录;附表5 投料试车日报。"),
    ]
    data = make_docx(blocks, "李静", dtn(2026, 3, 20, 8, 0), dtn(2026, 4, 8, 6, 15),
                     title="萃取槽安装调试大纲")
    body = """Paulo,

Forwarding the final commissioning outline from our design institute, see attached.
It is in Chinese for now, Ms Li will go through it with your team on site next week
and a Portuguese/English version follows by end of April.

Section 4 (water test, now 72 h as you asked) can start as soon as the last 20
settlers on line B are anchored. Please have the FRP contractor on standby for any
leak repairs during the water test.

Best regards,
Ma Xiaodong
Project Manager - Brazil REE Separation Project
China Huaxin Engineering Co., Ltd.


发件人: 李静 <lijing@hx-design.com.cn>
发送时间: 2026年4月8日 14:20
收件人: 马晓东 <maxd@hx-engineering.com>
抄送: 吴刚 <wugang@hx-design.com.cn>
主题: 萃取槽安装调试大纲(定稿)

马经理:

定稿见附件,按业主意见改了第4节的水试时间(48 h改为72 h),第6节投料参数改成引用工艺包,不在大纲里重复写。
其他没有变化。

李静
工程设计院 化工室
"""
    m = mail([
        ("From", "Ma Xiaodong <maxd@hx-engineering.com>"),
        ("To", "Paulo Mendes <paulo.mendes@serra-terras.com.br>"),
        ("Cc", "Li Jing <lijing@hx-design.com.cn>"),
        ("Subject", "FW: 萃取槽安装调试大纲(定稿) / commissioning outline"),
        ("Date", "Thu, 09 Apr 2026 08:44:10 +0800"),
        ("Message-ID", "<SEZPR06MB6959B8A7C6D5E4F3@SEZPR06MB6959.apcprd06.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Topic", "萃取槽安装调试大纲(定稿)"),
    ], body, html_alt=True, attachments=[att(data, DOCX_MIME, "萃取槽安装调试大纲_定稿V3.docx")],
        boundary="----=_NextPart_000_0102_01DCC89A")
    add("20260409-0844.eml", eml_bytes(m), verdict="controlled", control_codes=["1E902.b"],
        categories=["separation"], carrier="process-spec", language="mixed",
        note="English forward + Chinese 发件人/发送时间 block; the DOCX is an installation and commissioning outline for a 96-stage mixer-settler SX line (levelling, water test, two-phase run-in); extractant and purity appear only as references -> b only.")


# =====================================================================
# 14 Mining: bastnaesite flotation notes in TXT inside a forwarded message/rfc822 (en)
# =====================================================================
def doc_flotation():
    notes = """BASTNAESITE-MONAZITE ORE  -  BENCH TO PILOT NOTES  (rev 2)
G. Chen, 11 Jan 2026

Feed assumed: 3.8% REO, gangue mostly calcite/dolomite, barite, some magnetite and
hematite. Numbers below are what worked on the bench on your drill-core composite,
and what I would start the pilot with. Adjust after the first week.

1. GRINDING
   Rod mill + ball mill in closed circuit, target 85% passing 74 um (P80 about
   48 um). Do not overgrind. Below 10 um the REE minerals slime and are lost.

2. DESLIMING
   Hydrocyclone cut at 10 um. You lose about 8% of the REO to slimes. Accept it,
   the slimes eat collector and kill selectivity.

3. MAGNETIC PRE-CONCENTRATION
   LIMS at 0.15 T to take out magnetite (to tailings or sell it).
   WHIMS at 1.0-1.2 T on the LIMS non-mags. Bastnaesite and monazite are weakly
   magnetic and go with the mags. Expect a pre-concentrate of about 10% REO at
   85% recovery, and it cuts the flotation feed by two thirds.

4. FLOTATION (on the WHIMS mags)
   Pulp 50-55% solids for conditioning, then dilute to 30% for the cells.
   Heat the conditioner to 60-65 C (hot flotation). Cold, the hydroxamate is too
   slow and calcite comes up with it.
   Reagents, in this order, 5 min conditioning each:
     sodium carbonate      1.5 kg/t   pH 9.0-9.5
     sodium silicate       2.5 kg/t   modulus 2.4, gangue depressant
     hydroxamic collector  1.2-1.5 kg/t  (octyl hydroxamate or H205),
                                      add 2/3 to rougher, 1/3 to scavenger 1
     frother (pine oil)    30 g/t
   Circuit: 1 rougher (8 min), 2 scavengers (5 min each), 3 cleaners.
   Cleaners at 45 C with 0.5 kg/t silicate in each, no extra collector.
   Scavenger concentrate and cleaner 1 tails back to rougher feed.

5. WHAT TO EXPECT
   Flotation concentrate 55-60% REO at 70-75% flotation recovery.
   A 4th cleaner gives 65% REO but costs about 5 points of recovery.
   Overall plant recovery (slimes + mags + flotation): 50-55%.

6. WATCH-OUTS
   - pH above 9.8: calcite floats with hydroxamate. Check pH every hour.
   - Hard process water (Ca/Mg) raises collector use. Soften or blend with fresh.
   - Recycled water carries collector; cut fresh collector by 10-15% once the
     water circuit is closed.
   - Keep the conditioner temperature logged. Most bad days are cold days.
"""
    inner = EmailMessage()
    inner["From"] = "Chen Guoliang <chen.guoliang@bgmri-consult.com>"
    inner["To"] = "Sarah Okafor <s.okafor@kasungu-minerals.com>"
    inner["Subject"] = "flotation notes"
    inner["Date"] = "Sun, 11 Jan 2026 20:15:02 +0800"
    inner["Message-ID"] = "<20260111201502.4F1A2B3C@bgmri-consult.com>"
    inner.set_content("Sarah,\n\nNotes attached as we discussed on the call. Start the pilot with "
                      "these and send me the first week's assays.\n\nChen\n")
    inner.add_attachment(notes, subtype="plain", charset="utf-8", cte="quoted-printable",
                         filename="flotation_notes_rev2.txt")
    for part in inner.walk():
        if part is not inner and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_bgmri_20260111_0001")
    body = """David,

Forwarding Dr Chen's mail as an attachment (his notes are in the txt inside). He is
happy to come to site for the pilot in February if we cover flights.

Can we talk about the WHIMS rental at Monday's meeting?

Sarah

Sarah Okafor, PhD | Project Geologist
Kasungu Minerals Ltd | Lilongwe, Malawi
"""
    m = mail([
        ("From", "Sarah Okafor <s.okafor@kasungu-minerals.com>"),
        ("To", "David Kruger <d.kruger@kasungu-minerals.com>"),
        ("Subject", "Fwd: flotation notes"),
        ("Date", "Mon, 12 Jan 2026 07:41:55 +0200"),
        ("Message-ID", "<CAHv6tW3nQ0a1=pR7sK9zX2cY4eD8fG5hJ@mail.gmail.com>"),
    ], body, charset="utf-8", cte="7bit", attachments=[dict(message=inner)],
        boundary="00000000000077aa1f060a1b2c3d", crlf=False)
    add("20260112-0741.eml", eml_bytes(m, crlf=False), verdict="controlled", control_codes=["1E902.a"],
        categories=["mining"], carrier="process-spec", language="en",
        note="Outer forward is logistics; the technology is a TXT attachment inside the attached message/rfc822: grind, desliming, LIMS/WHIMS, hot hydroxamate flotation reagent scheme and circuit for bastnaesite-monazite ore.")


# =====================================================================
# CLEAR documents
# =====================================================================
def doc_visit_logistics():
    body = """Dear Anna,

很高兴下周见到您!Below the plan for your visit on Tuesday 18 November. Please check
and tell me if anything needs to change.

Monday 17 Nov
- Your flight CZ3715 arrives Ganzhou Huangjin airport 20:35. Our driver Mr Liu
  (phone +86 135 7070 ****) will wait at exit B with a sign "NORDMOTION".
- Hotel: Ganzhou Riverside Garden Hotel, 2 nights (17-19 Nov), breakfast included,
  paid by us. Confirmation no. 88412093.

Tuesday 18 Nov
08:30  pick-up at hotel lobby
09:10  gate registration + safety induction (20 min, in English)
09:40  plant tour: raw material warehouse, QC laboratory (ICP-OES, XRF), finished
       product packing and warehouse
11:00  meeting: traceability documents for your ESG audit (mine-of-origin
       declarations, customs records, third-party audit report 2025)
12:00  lunch in the canteen
13:30  meeting continued: 2026 supply agreement, volumes and pricing mechanism
15:30  driver to airport for your 17:50 flight to Shenzhen

Please note:
1. Photography is not allowed inside the plant.
2. The extraction hall and the other production workshops are not part of the visit.
   This is company policy under the current export control rules, nothing personal,
   we apply it to all foreign visitors.
3. Please send a passport copy by Friday for the gate registration, and your shoe
   size for safety shoes (we provide helmet, glasses and shoes).

小陈:请帮忙订11/17-19两晚大床房,发票抬头开公司全称,另外周二中午食堂安排一个小包间,6个人。

Best regards,
Zeng Li 曾丽
Sales Manager, International
Ganzhou Jinhe Rare Earth Materials Co., Ltd.
"""
    m = mail([
        ("From", "曾丽 <zengli@jinhe-re.com>"),
        ("To", "Anna Lindqvist <anna.lindqvist@nordmotion.se>"),
        ("Cc", "陈晓 <chenxiao@jinhe-re.com>"),
        ("Subject", "Your visit to our plant on 18 Nov - programme and logistics"),
        ("Date", "Wed, 12 Nov 2025 10:14:26 +0800"),
        ("Message-ID", "<20251112101426.62741.qm@jinhe-re.com>"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
    ], body, charset="utf-8", cte="quoted-printable", html_alt=True, html_font="Arial",
        boundary="----=_NextPart_6913F2A2_0A1B")
    add("20251112-1014.eml", eml_bytes(m), verdict="clear", carrier="email", language="mixed",
        hard_negative=True,
        note="Visit logistics for a rare-earth separation plant (flights, hotel, agenda); mentions the extraction hall only to exclude it. No process content.")


def doc_price_quote():
    earlier = """Hi Jason,
Please quote for delivery in January:
- PrNd oxide, 2 mt
- Nd metal, 500 kg
- Dy oxide, 100 kg
FOB Shanghai or CIF Rotterdam. Thanks, Mark"""
    body = """Hi Mark,

Thanks for the enquiry. Our offer below, valid 48 hours (prices are moving daily this
week after the Baotou listed price went up on Monday).

Item  Product        Spec                                   Qty     USD/kg FOB SHA
1     PrNd oxide     TREO >= 99%; (Pr6O11+Nd2O3)/TREO       2 mt    78.50
                     >= 99.5%; Pr6O11/TREO 25 +/- 2%
2     Nd metal       TREM >= 99.5%; Nd/TREM >= 99.5%;       500 kg  97.00
                     Fe <= 0.3%, C <= 0.03%
3     Dy oxide       Dy2O3/TREO >= 99.5%; TREO >= 99%       100 kg  see note

CIF Rotterdam: add USD 1.10/kg for items 1-2 (sea, 20' FCL shared).

Terms
- Payment: 30% T/T with order, 70% against copy of B/L.
- Packing: oxide in 50 kg steel drums with double PE bags; metal in vacuum-packed
  bags inside 200 kg steel drums, under argon.
- Lead time: 3-4 weeks after deposit for items 1-2.
- Documents: commercial invoice, packing list, COA per lot, certificate of origin.

Note on item 3: Dy oxide is on the dual-use list since April, it ships only with an
export licence. We need your end-user certificate (signed by the end user, stating
end use) before we can apply. The licence takes about 45 working days, so January is
not realistic for Dy; March at the earliest. Price for Dy to be fixed at licence
approval.

Let me know if you want me to hold the PrNd price while you check internally.

Best regards,
Jason Lee
Huarong Metals Trading (Shanghai) Co., Ltd.
Rm 1703, 88 Pudong Ave, Shanghai

On Tue, 4 Nov 2025 at 09:12, Mark de Vries <m.devries@lowlands-alloys.nl> wrote:
""" + quote(earlier)
    m = mail([
        ("From", "Jason Lee <jason.lee@huarong-metals.com>"),
        ("To", "Mark de Vries <m.devries@lowlands-alloys.nl>"),
        ("Subject", "Re: RFQ PrNd oxide / Nd metal / Dy oxide - Jan delivery"),
        ("Date", "Thu, 06 Nov 2025 16:03:58 +0800"),
        ("Message-ID", "<CANz8Lp0xQ4r2Tf9-m1Hk7wE3yJ6uB5sD@mail.huarong-metals.com>"),
        ("In-Reply-To", "<DB9PR03MB7330E5A9C8B7D6F1@DB9PR03MB7330.eurprd03.prod.outlook.com>"),
    ], body, charset="utf-8", cte="7bit", boundary="0000000000004e5c31062a9b",
        crlf=False)
    add("20251106-1603.eml", eml_bytes(m, crlf=False), verdict="clear", carrier="email",
        language="en", hard_negative=True,
        note="Trader's price quote for oxides and metal with product specs, terms and licence note; specifications of bought materials, no production know-how.")


def doc_po_magnets():
    po = [
        ["PURCHASE ORDER", "", "", "", "", "", ""],
        ["PO No.", "SIA-PO-2511-0472", "", "Date", "2025-11-19", "", ""],
        ["Vendor", "Ningbo Yongci Magnet Co., Ltd.", "", "Ship to", "Siam Aircomp Co., Ltd., Amata City Chonburi", "", ""],
        ["Incoterm", "CIF Laem Chabang", "", "Payment", "Net 60 days after B/L", "", ""],
        ["", "", "", "", "", "", ""],
        ["Line", "Part No.", "Description", "Qty (pcs)", "Unit price USD", "Amount USD", "Delivery"],
        [1, "MG-4020-05SH", "Sintered NdFeB N42SH, 40 x 20 x 5 mm, magnetised through 5, NiCuNi 12-20 um", 60000, 0.612, 36720.0, "2025-12-25"],
        [2, "MG-3012-04SH", "Sintered NdFeB N42SH, 30 x 12 x 4 mm, magnetised through 4, NiCuNi 12-20 um", 120000, 0.318, 38160.0, "2025-12-25"],
        [3, "MG-AR48-UH", "Arc segment N38UH, R24.5/R20.5 x 45 deg x 30, epoxy black 15-25 um", 48000, 0.745, 35760.0, "2026-01-15"],
        ["", "", "", "", "Total", 110640.0, ""],
        ["", "", "", "", "", "", ""],
        ["Requirements", "", "", "", "", "", ""],
        ["1", "Tolerances per drawing SIA-DWG-MG rev C; dimension +/-0.05 mm", "", "", "", "", ""],
        ["2", "Acceptance: Br >= 1.29 T and HcJ >= 1592 kA/m (N42SH); Br >= 1.22 T and HcJ >= 2000 kA/m (N38UH) at 20 C, per lot COA", "", "", "", "", ""],
        ["3", "Salt spray 48 h NSS without red rust (NiCuNi); PCT 96 h (epoxy)", "", "", "", "", ""],
        ["4", "RoHS and REACH declarations per shipment", "", "", "", "", ""],
        ["5", "Packing: magnetised parts with iron spacers, cartons max 20 kg, sea freight", "", "", "", "", ""],
    ]
    data = make_xlsx([("PO", po)], "kittipong.s", dtn(2025, 11, 19, 3, 0), dtn(2025, 11, 19, 3, 25),
                     widths={"PO": {"B": 18, "C": 70, "E": 16, "F": 14, "G": 12}})
    earlier = """Dear Ms Wang,

Please find attached our PO SIA-PO-2511-0472 for three items as per your quotation
YC-Q-251102. Kindly confirm receipt and delivery dates within 2 working days.

Best regards,
Kittipong Srisuk
Purchasing Section, Siam Aircomp Co., Ltd."""
    body = """Dear Kittipong,

PO收到,谢谢!We confirm:
- Items 1 and 2: ship 25 Dec from Ningbo, ETA Laem Chabang around 5 Jan.
- Item 3 (N38UH arcs): 15 Jan is OK, 模具已经有了.
- COA per lot with Br/HcJ/dimensions, RoHS/REACH declarations with the shipment.
- 包装按你们要求,iron spacers, cartons max 20 kg.

Order confirmation (OC) with our signature will follow tomorrow.

Best regards,
王莉 Wang Li
Sales Dept. | Ningbo Yongci Magnet Co., Ltd.
"""
    m = mail([
        ("From", "王莉 <wangli@yongci-magnet.com>"),
        ("To", "Kittipong Srisuk <kittipong.s@siam-aircomp.co.th>"),
        ("Subject", "回复: PO SIA-PO-2511-0472 - NdFeB magnets"),
        ("Date", "Thu, 20 Nov 2025 09:12:40 +0800"),
        ("Message-ID", "<202511200912403127650@yongci-magnet.com>"),
        ("In-Reply-To", "<TYCPR01MB8552A0B1C2D3E4F5@TYCPR01MB8552.jpnprd01.prod.outlook.com>"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
    ], body + "\n\n-----Original Message-----\nFrom: Kittipong Srisuk <kittipong.s@siam-aircomp.co.th>\n"
       "Sent: Wednesday, November 19, 2025 10:31 AM\nTo: wangli@yongci-magnet.com\n"
       "Subject: PO SIA-PO-2511-0472 - NdFeB magnets\n\n" + earlier + "\n",
        charset="utf-8", cte="base64",
        attachments=[att(data, XLSX_MIME, "SIA-PO-2511-0472.xlsx")],
        boundary="----=_NextPart_691E6B48_0C4D")
    add("20251120-0912.eml", eml_bytes(m), verdict="clear", carrier="email", language="mixed",
        hard_negative=True,
        note="Purchase order (XLSX) and order confirmation for bought NdFeB magnets: grades, dimensions, coating, acceptance Br/HcJ, packing. Product specification only, no manufacturing know-how.")


def doc_coating_complaint():
    complaint = """Dear Cindy,

We have to open a formal complaint for lot 251108-03 (N45UH segments, Zn-plated,
part no. 7740-118, 12,000 pcs, delivered 24 Nov).

Findings at incoming inspection (sample 80 pcs):
- Visual: 14 pcs with blisters on the large faces, 6 pcs with coating missing at
  the edges.
- Salt spray (NSS, ISO 9227) 24 h: red rust on 9 of 20 pcs. Specification on the
  drawing is 48 h without red rust.
- Cross-cut adhesion: GT3 on blistered pieces, GT0-1 on good ones.
- Coating thickness (XRF): 4-11 um, spec 8-15 um.
- Magnetic properties are fine: Br 1.31-1.32 T, HcJ 2050-2090 kA/m (n=5, measured
  on our hysteresisgraph), flux per piece within +/-2%.

Our requests:
1. Containment: check all stock at your site and in transit, reply within 24 h (D3).
2. 8D report within 10 working days.
3. Replacement of the full lot by 19 Dec; we will sort our stock at your cost
   (EUR 0.04/pc).
4. Plating records of the lot (thickness readings, bath analysis log) for our review.

Photos and the salt-spray report are attached to the SAP notification QN-26031.

Best regards,
Ewa Nowak
Supplier Quality Engineer
Vistula Actuators Sp. z o.o., Wroclaw"""
    shipping = """Dear Ewa,

Lot 251108-03 shipped today by truck from Rotterdam warehouse, 12,000 pcs in 24
cartons, COA attached. ETA Wroclaw 24 Nov.

Best regards,
Cindy"""
    body = """Dear Ewa,

Received, and sorry for the trouble. Our QA manager Mr Xu is already on it.

- D3: we hold 31,000 pcs of the same part at our warehouse and 8,000 in transit.
  All will be re-inspected (visual + thickness) tomorrow, result by Thursday noon
  your time.
- The plating on this lot was done at our sub-contractor. We have asked them for the
  thickness records and the bath log of 8 Nov and will forward them unchanged.
- Replacement by 19 Dec is possible by air; we will confirm with the 8D.
- Sorting cost accepted.

Best regards,
Cindy Hu
Key Account Manager Europe
Xiamen Tongda Magnetics Co., Ltd.

On 2 Dec 2025, at 14:55, Ewa Nowak <ewa.nowak@vistula-act.pl> wrote:

""" + quote(complaint) + """
>
> On 19 Nov 2025, at 16:02, Cindy Hu <cindy.hu@tongda-mag.com> wrote:
>
""" + quote(shipping, ">> ")
    m = mail([
        ("From", "Cindy Hu <cindy.hu@tongda-mag.com>"),
        ("To", "Ewa Nowak <ewa.nowak@vistula-act.pl>"),
        ("Cc", "Xu Rui <xurui@tongda-mag.com>"),
        ("Subject", "Re: Complaint QN-26031 - blisters / salt spray fail, lot 251108-03 N45UH"),
        ("Date", "Tue, 02 Dec 2025 23:18:07 +0800"),
        ("Message-ID", "<E2A4C6B8-1D3F-4A5B-8C7D-9E0F1A2B3C4D@tongda-mag.com>"),
        ("In-Reply-To", "<VI1PR06MB6384C1D2E3F4A5B6@VI1PR06MB6384.eurprd06.prod.outlook.com>"),
        ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    ], body, charset="utf-8", cte="quoted-printable", boundary="Apple-Mail=_5B7D9F1A-2C4E",
        crlf=True)
    add("20251202-2318.eml", eml_bytes(m), verdict="clear", carrier="email", language="en",
        hard_negative=True,
        note="Customer complaint on coating of bought NdFeB magnets with incoming-inspection results (salt spray, adhesion, Br/HcJ) and supplier's containment answer; no process know-how.")


def doc_customs_question():
    fwd_q = """钱工您好:

根据商务部公告(2025年第62号)第五条,我司作为贵司的报关和运输代理,需要在接单前向贵司确认以下事项,请书面回复:

1. 本票货物(烧结钕铁硼磁钢,镀镍,申报品名"永磁体",HS编码8505.11项下)是否属于出口管制物项,是否需要两用物项出口许可证;
2. 随货或另行寄送的资料中,是否包含任何工艺、图纸、参数等技术资料;
3. 最终用户及最终用途;
4. 如需许可证,请提供许可证号,我司报关时需要录入。

收到贵司书面确认后我们安排订舱。谢谢配合!

吴敏
报关部
上海东航联运国际货运代理有限公司"""
    body = """吴经理:

您好,关于您问的几点,我司回复如下:

1. 本票货物为烧结钕铁硼磁钢成品,牌号N35,镀镍,共2,400公斤,不含镝、铽(成分声明见附页,随报关资料一起给您)。按我司合规部的判断,不属于两用物项出口管制清单所列物项,不需要两用物项出口许可证。
2. 随货只有出货检验报告(尺寸、Br、HcJ、镀层厚度)和MSDS,不包含任何工艺、图纸、参数等技术资料,也不会另行寄送。
3. 最终用户:德国Hessen Antriebstechnik GmbH,用于工业风机电机,不作其他用途。最终用户声明原件已寄出,快递单号SF1406 2837 55,预计周四到。
4. 无许可证号,报关单上该栏空着即可。

如海关查验需要我们到场或补充材料,直接打我电话。

钱磊
物流部
宁波恒磁科技股份有限公司
电话:0574-8888 ****
"""
    m = mail([
        ("From", "钱磊 <qianlei@hengci-tech.com>"),
        ("To", "吴敏 <wumin@dh-logistics.com.cn>"),
        ("Subject", "回复: 出口磁钢是否需要许可证的问询(订舱号SHA2512087)"),
        ("Date", "Mon, 15 Dec 2025 11:26:33 +0800"),
        ("Message-ID", "<5f3e1c2a7b9d4e60a8f1@hengci-tech.com>"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.13"),
    ], body + "\n\n在 2025-12-12 17:40:08,\"吴敏\" <wumin@dh-logistics.com.cn> 写道:\n" + quote(fwd_q),
        charset="utf-8", cte="base64", html_alt=True, html_font="宋体",
        boundary="----=_Part_193352_1280467112.1765769193")
    add("20251215-1126.eml", eml_bytes(m), verdict="clear", carrier="email", language="zh",
        hard_negative=True,
        note="Freight forwarder's licence question under announcement No. 62 art. 5 and the exporter's answer about finished NdFeB magnets; quotes the rule, no technology.")


def doc_hr_offer():
    body = """刘洋先生:

您好!感谢您参加我公司萃取车间副主任岗位的面试。经综合评估,我们很高兴地通知您,您已被录用。具体事项如下:

一、岗位信息
岗位:萃取车间副主任
所属部门:生产部
汇报对象:萃取车间主任
工作地点:四川省乐山市五通桥区(公司厂区)

二、薪酬福利
1. 月薪:税前16,500元,每年按13个月发放;另有年度绩效奖金,根据公司和个人考核结果确定。
2. 试用期3个月,试用期工资为正式工资的90%。
3. 按国家和当地规定缴纳五险一金,住房公积金按12%缴纳。
4. 提供单身宿舍(两人间),工作日免费工作餐。
5. 每年带薪年假按国家规定执行,另有5天公司年假。

三、报到
报到时间:2026年1月5日(星期一)上午8:30
报到地点:公司行政楼2楼人力资源部
请携带以下材料:
1. 身份证原件及复印件;
2. 学历、学位证书原件及复印件;
3. 原单位离职证明;
4. 入职体检报告(须包含职业健康检查项目,接触盐酸、煤油等岗位的岗前体检,可在乐山市职业病防治院体检,费用公司报销);
5. 一寸彩色照片2张;
6. 本人工商银行卡复印件。

四、其他
因该岗位涉及公司生产工艺和技术资料,入职时需签订《保密协议》和《竞业限制协议》,协议文本报到当天提供,签署前可先阅读。

请于12月26日前回复邮件确认是否接受本录用通知。如有疑问,请联系人力资源部蒋丽,电话0833-33****。

祝好!

人力资源部
蒋丽
乐山川稀新材料有限公司
2025年12月19日
"""
    m = mail([
        ("From", "蒋丽 <hr@cx-newmat.com>"),
        ("To", "刘洋 <liuyang_1991@163.com>"),
        ("Subject", "录用通知书——萃取车间副主任"),
        ("Date", "Fri, 19 Dec 2025 15:40:12 +0800"),
        ("Message-ID", "<20251219154012.1766130012@cx-newmat.com>"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
    ], body, charset="gb18030", cte="base64", boundary="----=_NextPart_6945010C_2D3E")
    add("20251219-1540.eml", eml_bytes(m), verdict="clear", carrier="email", language="zh",
        hard_negative=True,
        note="HR offer letter for an SX workshop deputy-manager post: salary, benefits, onboarding documents, NDA; job title shares vocabulary, no technology.")


def doc_newsletter():
    text = """CHINA TRADE CONTROLS BRIEF  |  Issue 41  |  October 2025
Harcourt & Lian LLP - International Trade Practice

MOFCOM Announcements No. 61 and No. 62 of 2025: rare-earth items abroad and
rare-earth technologies

On 9 October 2025 China's Ministry of Commerce (MOFCOM) published two announcements
that widen export controls in the rare-earth sector. This brief summarises what they
say and what companies should do now. It is general information, not legal advice.

1. Announcement No. 62 - rare-earth technologies (ECCN-style code 1E902)

Without a licence, the following may not be exported:
 (a) technologies, and their carriers, related to rare-earth mining, smelting and
     separation, metal smelting, magnet manufacturing and recycling of rare-earth
     secondary resources (1E902.a);
 (b) technologies for the assembly, commissioning, maintenance, repair and upgrading
     of production lines in those same five areas (1E902.b).

"Technologies and their carriers" expressly include data such as design drawings,
process specifications, process parameters, processing programs and simulation data.
"Magnet manufacturing" means samarium-cobalt, NdFeB and cerium magnet manufacturing.

"Export" is read broadly: trade, but also transfers through IP licensing, investment,
exchanges, gifts, exhibitions, testing, technical training, joint R&D, employment and
consulting, and provision inside China to foreign organisations or individuals.

Not covered: technology already in the public domain, technology used in basic
scientific research, and technology necessary for ordinary patent applications.
Publishing non-public controlled technology to the general public without a licence
is itself sanctionable.

Chinese citizens and entities also may not provide "substantive help or support" to
overseas rare-earth mining, separation, smelting, magnet manufacturing or recycling
activities without a licence. Service providers (forwarders, customs brokers,
platforms, banks) must ask their customers whether an export falls within scope.

2. Announcement No. 61 - items produced abroad

Foreign exporters need a Chinese dual-use licence before exporting certain listed
items produced abroad if they contain Chinese-origin listed rare-earth items at 0.1%
of value or more, or were made using Chinese-origin rare-earth technologies. Those
two provisions apply from 1 December 2025; the provision on Chinese-origin listed
items applied on publication. Applications for military end use and for listed end
users are in principle refused; applications for advanced-semiconductor and
potentially military AI uses are reviewed case by case.

3. What to do now

 - Map where your engineers exchange process information with Chinese partners:
   e-mails, shared drives, site visits, commissioning teams, consultants.
 - Treat attachments as exports. A cover e-mail that says "see attached" is the
   export of whatever is attached.
 - Separate commercial documents (quotes, POs, datasheets of bought products,
   inspection reports) from process documents. The former are generally outside
   scope; the latter need review.
 - Recheck joint R&D and secondment agreements for the "employment" and "joint R&D"
   channels.
 - Keep records of what was sent, to whom, and on what basis.

Contacts: Amy Lian (Shanghai), Peter Harcourt (London)

You receive this brief because you subscribed at our website. Unsubscribe:
https://www.harcourtlian.example/unsubscribe?id=77120
(c) 2025 Harcourt & Lian LLP. Attorney advertising.
"""
    html_body = "<html><body style=\"font-family:Georgia,serif;max-width:680px\">\n" + "".join(
        ("<h3>%s</h3>\n" % html.escape(p) if (p[:2] in ("1.", "2.", "3.") or p.startswith("MOFCOM"))
         else "<p>%s</p>\n" % html.escape(p).replace("\n", "<br>"))
        for p in text.split("\n\n")) + "</body></html>\n"
    m = EmailMessage()
    for k, v in [("From", "Harcourt & Lian Trade Brief <tradebrief@harcourtlian.example>"),
                 ("To", "subscribers@harcourtlian.example"),
                 ("Subject", "China Trade Controls Brief 41: MOFCOM No. 61 & No. 62 on rare-earth items and technologies"),
                 ("Date", "Fri, 17 Oct 2025 07:00:00 +0000"),
                 ("Message-ID", "<brief41.20251017070000.77120@news.harcourtlian.example>"),
                 ("List-Unsubscribe", "<https://www.harcourtlian.example/unsubscribe?id=77120>"),
                 ("Precedence", "bulk")]:
        m[k] = v
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    m.add_alternative(html_body, subtype="html", charset="utf-8", cte="quoted-printable")
    m.set_boundary("=_HL_brief41_alt")
    add("20251017-0700.eml", eml_bytes(m), verdict="clear", carrier="email", language="en",
        hard_negative=True,
        note="Law-firm newsletter summarising announcements No. 61/62 (codes, carriers, exclusions, compliance steps); quotes the regulation, contains no technology.")


def doc_datasheet_request():
    ds_rows = [["Grade", "Br (T)", "Br (kGs)", "HcB (kA/m)", "HcJ (kA/m)", "HcJ (kOe)", "(BH)max (kJ/m3)", "Max. op. temp."],
               ["N42SH", "1.28-1.32", "12.8-13.2", ">= 955", ">= 1592", ">= 20", "318-342", "150 C"],
               ["N45SH", "1.32-1.38", "13.2-13.8", ">= 995", ">= 1592", ">= 20", "342-366", "150 C"],
               ["38UH", "1.22-1.25", "12.2-12.5", ">= 915", ">= 1990", ">= 25", "287-310", "180 C"],
               ["40UH", "1.25-1.28", "12.5-12.8", ">= 939", ">= 1990", ">= 25", "302-326", "180 C"]]
    phys = [["Property", "Typical value"],
            ["Density", "7.55-7.60 g/cm3"],
            ["Reversible temp. coefficient of Br (20-150 C)", "-0.11 to -0.12 %/C"],
            ["Reversible temp. coefficient of HcJ (20-150 C)", "-0.50 to -0.55 %/C"],
            ["Curie temperature", "310-340 C"],
            ["Electrical resistivity", "1.4-1.6 uOhm.m"],
            ["Vickers hardness", "560-600 HV"],
            ["Available coatings", "NiCuNi, Zn, epoxy, NiCuNi+epoxy, passivation"]]
    blocks = [("title", "Sintered NdFeB Magnets - Grade Datasheet (SH / UH series)"),
              ("small", "Dongyang Fuci Magnetics Co., Ltd.  |  Document DS-SHUH-2025  |  Rev. 4, 2025-08"),
              ("h", "Magnetic properties at 20 C"),
              ("table", (ds_rows, [18, 20, 20, 22, 22, 18, 28, 24])),
              ("p", "Max. operating temperature refers to a permeance coefficient Pc = 2 and is a guideline only; the real limit depends on the magnet geometry and the magnetic circuit."),
              ("h", "Physical properties"),
              ("table", (phys, [95, 75])),
              ("h", "Typical demagnetisation behaviour"),
              ("p", "At 150 C, N42SH keeps a linear J-H curve down to about -800 kA/m; 38UH keeps it down to about -1150 kA/m. Curves at 20, 100, 150 and 180 C available on request for specific grades."),
              ("small", "Values measured according to IEC 60404-5 on standard samples (D10 x 10 mm). Typical values, not guaranteed unless agreed in the drawing or specification. Subject to change without notice.")]
    pdf = make_pdf(blocks, dt(2025, 8, 20, 9, 0), title="DS-SHUH-2025", author="Fuci Sales",
                   footer="Dongyang Fuci Magnetics - www.fuci-mag.example")
    rahul = """Hello,

We are designing a 15 kW PMSM for pumps and need datasheets for N42SH and 38UH,
including temperature coefficients and, if possible, demagnetisation curves at
150 C. Also please advise MOQ and lead time for samples.

Regards,
Rahul Mehta
Design Engineer, Sahyadri Pumps & Motors, Pune"""
    internal = """小刘,麻烦出一份SH和UH系列的英文规格书给客户,38UH要有,150度退磁曲线先不给,等他们给了具体尺寸再说。谢谢!
Coco"""
    body = """Dear Rahul,

Thank you for your interest. Please find attached our datasheet for the SH and UH
series, including N42SH and 38UH with temperature coefficients.

Demagnetisation curves at 150 C depend on the shape of the magnet, so please send us
the magnet dimensions (or the rotor drawing) and we will provide curves for your
exact part.

Samples: MOQ 200 pcs per size, lead time about 3 weeks for existing tooling, 5 weeks
if new tooling is needed.

Best regards,
Coco Zhang 张可可
Sales Engineer, Export
Dongyang Fuci Magnetics Co., Ltd.

-------- 转发的邮件 --------
发件人: 张可可 <coco.zhang@fuci-mag.example>
日期: 2025年11月27日 星期四 10:05
收件人: 刘畅 <liuchang@fuci-mag.example>
主题: 转发: Datasheet request N42SH / 38UH

""" + internal + """

-------- Original Message --------
From: Rahul Mehta <rahul.mehta@sahyadri-pm.in>
Date: Wed, 26 Nov 2025 18:22
To: sales@fuci-mag.example
Subject: Datasheet request N42SH / 38UH

""" + rahul + "\n"
    m = mail([
        ("From", "Coco Zhang <coco.zhang@fuci-mag.example>"),
        ("To", "Rahul Mehta <rahul.mehta@sahyadri-pm.in>"),
        ("Subject", "Re: Datasheet request N42SH / 38UH"),
        ("Date", "Fri, 28 Nov 2025 09:47:21 +0800"),
        ("Message-ID", "<a8c2f1e0-77b4-4d12-9e5a-3b6c8d0f1a24@fuci-mag.example>"),
        ("User-Agent", "Mozilla Thunderbird 128.4.2"),
    ], body, charset="utf-8", cte="quoted-printable",
        attachments=[att(pdf, PDF_MIME, "Fuci_Datasheet_SH_UH_Rev4.pdf")],
        boundary="------------9Qb3n2Kx7Lm4Pz8Rt1Vw6Yc")
    add("20251128-0947.eml", eml_bytes(m), verdict="clear", carrier="email", language="mixed",
        hard_negative=True,
        note="Buyer asks for a grade datasheet; reply attaches a PDF of magnetic and physical properties (Br, HcJ, (BH)max, temperature coefficients) with internal Chinese forward. Product data only, no process.")


def doc_motor_inquiry():
    body = """Dear Sir or Madam,

I am writing on behalf of Bernardi Motori Elettrici, Reggio Emilia. We design and
build outer-rotor hub motors for e-bikes and light cargo bikes (250-750 W) and are
looking for a second source of sintered NdFeB arc segments from 2026.

Our current motor (BM-48R):
- 48 poles, outer rotor, rotor inner diameter 224.0 mm
- arc segments: 48 pcs per motor, outer radius 112.0 mm, inner radius 109.0 mm
  (3.0 mm thick, radially magnetised), arc 7.2 deg, axial length 27 mm
- today N42SH, NiCuNi coating, glued into the rotor ring
- volume: 180,000 motors/year, i.e. about 8.6 million segments/year

Questions:
1. Would you recommend N42SH or N45SH for a continuous magnet temperature of 100 C
   and peaks of 130 C during long climbs? Our FEA shows a worst-case working point
   of about -700 kA/m at 130 C under 2.5x overload.
2. We have read that grain-boundary diffusion grades reach SH/UH coercivity with
   little or no Dy. Do you offer such grades, and what HcJ can we expect at 120 C?
   We would like to reduce heavy rare earth content for cost and supply reasons.
3. Can you supply segments already magnetised and packed in rotor sets of 48?
4. Tolerances: we need +/-0.05 mm on thickness and +/-0.1 mm on length.
5. Could you quote for 500,000 pcs/month, with samples of 2,000 pcs?
6. Please confirm REACH/RoHS compliance and your conflict-minerals and rare-earth
   origin documentation. Our customers also ask whether magnets shipped from China
   are subject to any export licence - we would appreciate your view.

Drawing BM-48R-M01 rev B attached to our RFQ portal (link sent separately).

Kind regards,

Luca Bernardi
Head of R&D, Electric Drives
Bernardi Motori Elettrici S.r.l.
Via dell'Industria 22, 42124 Reggio Emilia, Italy
"""
    m = mail([
        ("From", "Luca Bernardi <l.bernardi@bernardi-motori.it>"),
        ("To", "sales@xinghai-magnet.example"),
        ("Subject", "RFQ - NdFeB arc segments for 48-pole hub motor (180k motors/yr)"),
        ("Date", "Mon, 19 Jan 2026 11:32:08 +0100"),
        ("Message-ID", "<7d1e0b3a-2c44-4f8e-b1a9-5e6f7a8b9c0d@bernardi-motori.it>"),
        ("User-Agent", "Mozilla Thunderbird 128.6.0"),
        ("Content-Language", "en-GB"),
    ], body, charset="utf-8", cte="7bit", boundary="------------bm48rfq0119", crlf=False)
    add("20260119-1132.eml", eml_bytes(m, crlf=False), verdict="clear", carrier="email", language="en",
        hard_negative=True,
        note="Motor maker's RFQ for arc segments: motor design data, operating point, asks about GBD/low-Dy grades and licences. A product/motor design that uses magnets, no magnet-making know-how.")


def doc_cobalt_nickel_memo():
    text = """钴镍萃取线调整说明(给印尼项目现场)
编写:贺文涛    2026年2月3日

现场反映钴产品里镍偏高(Ni/Co 0.05%,要求≤0.01%),萃余液里钴也偏高。我看了上周的运行记录,问题不复杂,说一下原因和调法。

一、流程回顾
MHP溶解液成分大概是:Ni 80 g/L,Co 6 g/L,Mn 3 g/L,Mg 2 g/L,Zn 0.3 g/L,Ca饱和。
第一步P204除杂:把Mn、Zn、Ca、Cu萃走,萃取pH 2.5~3.0,这一段现在没问题。
第二步P507钴镍分离:钴进有机相,镍留在水相。问题在这一段。

二、P507段现在的参数和要改的地方
1. 有机相:25% P507 + 75%磺化煤油,这个不动。
2. 皂化率:记录上是70%~72%,偏高了。皂化高了有机相"太饿",镍也被大量萃上去,洗涤段洗不干净。改回60%~65%,用10 mol/L液碱皂化,皂化后有机相静置15分钟再进槽。
3. 萃取段平衡pH:控制在5.0~5.5。现场有几天到了5.8,镍和镁都上来了。
4. 相比O/A:萃取段1.5:1不动。
5. 洗涤:洗涤段4级,用含钴3 g/L左右的稀硫酸钴溶液(或者稀硫酸pH 3.5)洗,洗液流量是有机流量的1/10。现在洗液流量只有1/20,要加回去。洗涤段出来的洗液回到萃取段进料。
6. 反萃:2 mol/L硫酸,4级,得到硫酸钴溶液约120 g/L Co,这个正常。
7. 镁:P507对镁也有一定萃取,如果钴产品里镁高,先检查萃取pH,再考虑在洗涤段多加一级。

三、调整顺序
先改皂化率,稳定两天;再把洗液流量加回去;最后微调萃取pH。每次只改一个,每班取萃余液和负载有机相各一次送化验(Co、Ni、Mg)。

四、目标
萃余液Co ≤ 0.005 g/L;反萃液Ni/Co ≤ 0.01%;有机相每月取样测一次P507浓度和老化情况,第三相出现就要停下来处理。

有问题在群里说。
"""
    data = text.replace("\n", "\r\n").encode("utf-8")
    add("notes-0203.txt", data, verdict="clear", carrier="other", language="zh", hard_negative=True,
        note="Cobalt/nickel solvent extraction (P204/P507, saponification, O/A, scrub, strip) for an MHP refinery; same reagents and vocabulary as RE separation but another metal -> clear.")


def doc_ferrite():
    body = """Hi Emre,

Thanks for your questions on Monday's call. 我把我们的工艺大概说一下,so you can compare
with your current supplier and decide whether the FB9-grade is worth it for your DC
wiper motors.

1. Pre-sintered powder (calcination)
   - SrCO3 + Fe2O3, molar ratio Fe2O3/SrO n = 5.8-6.0.
   - For the high grades we substitute part of the Sr with La and part of the Fe with
     Co (the usual La-Co ferrite), that is where the extra HcJ comes from.
   - Rotary kiln 1250-1280 C.

2. Milling
   - Coarse crush, then wet ball milling with additives (CaCO3 ~0.7%, SiO2 ~0.4%,
     a little H3BO3) to 0.7-0.8 um average. 研磨时间 about 18-20 h. Finer than
     0.65 um and the slurry won't dewater in the press.

3. Wet anisotropic pressing
   - Slurry ~65% solids, pressed in 8-10 kOe field with water extraction through the
     punch.
   - 湿压的好处: better alignment than dry pressing, Br about 40-50 mT higher.

4. Sintering
   - Tunnel kiln in air, 1200-1230 C, 1.5-2 h at top temperature.

5. Grinding and inspection
   - Diamond wheel grinding of ID/OD, 100% visual for cracks and chips.

Typical results (arc segments for your motor):
   FB6B: Br 420-430 mT, HcJ 300-330 kA/m
   FB9B (La-Co): Br 440-450 mT, HcJ 380-420 kA/m

所以 FB9 would let you keep the same motor with about 8% more torque, or thinner
segments. Price difference roughly 25-30%. I'll send samples of both next week.

Best regards,
何建明 He Jianming
Technical Service Manager
Zhejiang Haining Ciyuan Ferrite Co., Ltd.
"""
    m = mail([
        ("From", "何建明 <hejm@ciyuan-ferrite.example>"),
        ("To", "Emre Yilmaz <emre.yilmaz@bursa-otomotiv.example>"),
        ("Subject", "Re: FB6 vs FB9 ferrite segments - how we make them"),
        ("Date", "Wed, 21 Jan 2026 16:50:37 +0800"),
        ("Message-ID", "<000001dc8a5c$7e2f1a40$7a8d4ec0$@ciyuan-ferrite.example>"),
        ("In-Reply-To", "<AS8PR04MB8200E1F2A3B4C5D6@AS8PR04MB8200.eurprd04.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], body, charset="utf-8", cte="quoted-printable", html_alt=True,
        boundary="----=_NextPart_000_0001_01DC8A9F")
    add("20260121-1650.eml", eml_bytes(m), verdict="clear", carrier="email", language="mixed",
        hard_negative=True,
        note="Strontium (La-Co substituted) ferrite magnet process explained in plain words; ferrite is not NdFeB/SmCo/Ce magnet manufacturing -> clear despite calcination, field pressing, sintering and La.")


def doc_aluminium_reline():
    body = """All,

Pot 2-117 was cut out on Saturday after the tap-out (iron in metal 0.38%, collector bar
temperature alarm). Plan for the reline and restart below. Same procedure as 2-094 in
September, with the two changes marked (*).

1. Cut-out and dig-out (Mon-Wed, contractor Kovac Industrial)
   - Remove anodes, superstructure stays.
   - Dig out the spent pot lining to the shell; SPL into the covered bins only, the
     first-cut carbon separate from the refractory.
   - Shell inspection: straighten cradles where deflection > 15 mm.

2. Lining (Thu-Mon)
   - Refractory: 2 layers vermiculite board + 3 layers insulating brick + 65 mm dry
     barrier powder, compacted.
   - Cathode blocks: graphitized, 18 blocks, rodded with cast iron, collector bars new. (*)
     We go back to graphitized blocks; the graphitic ones on 2-094 gave 40 mV higher
     drop after 3 months.
   - Side ramming paste and peripheral seam: hot paste, rammed in 30 mm layers,
     3 passes per layer.
   - Side blocks: SiC-Si3N4.

3. Preheat (48 h)
   - Coke-bed resistance preheat, 20 mm bed, anodes set on the bed.
   - Current ramp: 40 kA first hour, then to line current (320 kA) over 8 h with
     shunts. (*) Shunt removal at 12 h, not 8 h, to flatten the cathode surface
     temperature.
   - Target cathode surface 950 C at end of preheat, max difference between
     thermocouples < 100 C.

4. Start-up
   - Bath charge: 12 t liquid bath from neighbouring pots + 3 t crushed bath;
     raise anodes to get 180-200 mm bath.
   - Bath ratio (NaF/AlF3) 2.6-2.8 during the first week, excess AlF3 added gradually
     to reach normal operation (ratio 2.2-2.4, excess AlF3 11-12%) by day 30.
   - Temperature 975-990 C first week, then 955-960 C.
   - Metal pad: 10 t liquid metal at 24 h.
   - Anode effect frequency target < 0.1 per pot-day in month 1.

5. Reporting
   Daily: voltage, temperature, ratio, Fe/Si in metal, cathode voltage drop. Send to
   potroom process by 10:00.

Safety: permit-to-work for all shell welding, SPL handling PPE (dust masks, no water
near SPL bins - HF and ammonia formation).

Pieter van Dijk
Potline Maintenance Superintendent, Potlines 1-2
Fjordal Aluminium AS
"""
    m = mail([
        ("From", "Pieter van Dijk <pieter.vandijk@fjordal-alu.example>"),
        ("To", "Reline crew <reline@fjordal-alu.example>"),
        ("Cc", "Potroom process <potroom.process@fjordal-alu.example>, Kovac Industrial <ops@kovac-ind.example>"),
        ("Subject", "Pot 2-117 reline and restart plan"),
        ("Date", "Mon, 02 Mar 2026 07:55:14 +0100"),
        ("Message-ID", "<DU0PR02MB9414B7C8D9E0F1A2@DU0PR02MB9414.eurprd02.prod.outlook.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], body, charset="utf-8", cte="quoted-printable", html_alt=True,
        boundary="_000_DU0PR02MB9414B7C8D9E0F1A2")
    add("20260302-0755.eml", eml_bytes(m), verdict="clear", carrier="email", language="en",
        hard_negative=True,
        note="Aluminium reduction cell relining and restart (cryolite bath, cathode blocks, preheat, bath ratio); fluoride-bath electrolysis of another metal -> clear.")


def doc_shipping_docs():
    bl_blocks = [
        ("title", "DRAFT - BILL OF LADING (for shipper's approval)"),
        ("small", "Carrier: Orient Pacific Container Line  |  Booking: OPCL-SHA-2602-11873  |  B/L No.: OPCLSHA26020458 (draft)"),
        ("table", ([["Field", "Content"],
                    ["Shipper", "SHANGHAI YUANHENG RARE EARTH MATERIALS CO., LTD.\nNO. 1200 JIANGCHANG RD, SHANGHAI, CHINA"],
                    ["Consignee", "TO ORDER OF ING BANK N.V."],
                    ["Notify party", "LOWLANDS ALLOYS B.V.\nHAVENWEG 7, 3089 ROTTERDAM, NETHERLANDS"],
                    ["Vessel / Voyage", "OPCL MERIDIAN / 026W"],
                    ["Port of loading", "SHANGHAI, CHINA"],
                    ["Port of discharge", "ROTTERDAM, NETHERLANDS"],
                    ["Container / Seal", "OPCU 418226-7 / 20GP / SEAL CN8830417"],
                    ["Marks & numbers", "LA-2602 / ROTTERDAM / DRUM 1-20"],
                    ["Description of goods", "20 STEEL DRUMS\nNEODYMIUM OXIDE Nd2O3 99.5% MIN\nNET WEIGHT 1,000.00 KGS\nGROSS WEIGHT 1,162.00 KGS\nHS CODE 2846.90\nFREIGHT PREPAID"],
                    ["Measurement", "1.72 CBM"],
                    ["Shipped on board", "(to be advised)"]],
                   [45, 129])),
        ("gap", 2),
        ("h", "PACKING LIST (attached to draft)"),
        ("table", ([["Drum no.", "Lot", "Net kg", "Gross kg", "Nd2O3/TREO", "TREO"],
                    ["1-10", "YH-N5-260118", "500.00", "581.00", "99.6%", "99.3%"],
                    ["11-20", "YH-N5-260121", "500.00", "581.00", "99.6%", "99.2%"],
                    ["Total", "", "1,000.00", "1,162.00", "", ""]],
                   [26, 40, 24, 26, 30, 28])),
        ("small", "This draft is issued for checking only. Please confirm or amend within 24 hours; the original B/L will be released against full freight payment. No dangerous goods. Not subject to dual-use licence per shipper's declaration dated 2026-02-09."),
    ]
    pdf = make_pdf(bl_blocks, dt(2026, 2, 10, 14, 0), title="Draft BL OPCLSHA26020458",
                   author="Grace Tan", footer="Seaworthy Logistics (Shanghai) Co., Ltd.")
    grace = """Dear Jenny,

Please find attached the draft B/L with packing list for booking OPCL-SHA-2602-11873
(20 drums Nd2O3, SHA -> RTM, vessel OPCL MERIDIAN 026W, ETD 16 Feb).

Please check and confirm within 24 h:
1. Consignee "to order of ING Bank" as per L/C, correct?
2. Notify party address.
3. Gross weight 1,162 kg - the VGM you sent says 1,158 kg, please confirm which.
4. HS code 2846.90 as declared.
5. Licence field: as per your declaration of 9 Feb no dual-use licence is needed for
   this cargo. Please confirm, we have to keep it on file.

Cut-off for SI amendments is Thursday 12:00.

Best regards,
Grace Tan
Ocean Export | Seaworthy Logistics (Shanghai) Co., Ltd."""
    body = """Grace,

All fine except two points:
- Notify party: Havenweg 7, postcode is 3089 KE, please add "KE".
- VGM 1,158 kg is the right one, the 1,162 was the old pallet weight. Please correct
  gross weight on B/L and packing list.

Confirmed: consignee to order of ING Bank, HS 2846.90, no licence needed (Nd oxide is
not on the list, our declaration stands).

Please send the revised draft today if possible.

Thanks,
Jenny Shao
Export Logistics, Shanghai Yuanheng

On 10/02/2026 14:26, Grace Tan wrote:
""" + quote(grace)
    m = mail([
        ("From", "Jenny Shao <jenny.shao@yuanheng-re.example>"),
        ("To", "Grace Tan <grace.tan@seaworthy-log.example>"),
        ("Subject", "Re: Draft B/L + packing list - OPCL-SHA-2602-11873 (20 drums Nd2O3)"),
        ("Date", "Tue, 10 Feb 2026 16:02:45 +0800"),
        ("Message-ID", "<9c1f4e2a-0d6b-4a7e-8f35-21c4b6d8e0fa@yuanheng-re.example>"),
        ("In-Reply-To", "<20260210142601.GT4471@seaworthy-log.example>"),
        ("User-Agent", "Mozilla Thunderbird 128.6.0"),
    ], body, charset="utf-8", cte="7bit",
        attachments=[att(pdf, PDF_MIME, "DRAFT_BL_OPCLSHA26020458.pdf")],
        boundary="------------a6T2kLw0Pq9Xz3Rm8Vb1Cn5D")
    add("20260210-1602.eml", eml_bytes(m), verdict="clear", carrier="email", language="en",
        hard_negative=True,
        note="Shipping documents for neodymium oxide: draft B/L and packing list (PDF) with lot purities, HS code, licence field; logistics only.")


# =====================================================================
# EXCLUDED documents
# =====================================================================
def doc_published_paper():
    blocks = [
        ("small", "Separation and Purification Technology 352 (2025) 128201"),
        ("small", "Contents lists available at ScienceDirect  |  journal homepage: www.elsevier.com/locate/seppur"),
        ("title", "Model-guided optimisation of scrub reflux for praseodymium/neodymium separation in a saponified P507 mixer-settler cascade"),
        ("p", "Ming Xu a,*, Yuting Han a, Jie Lin b, Hao Peng a"),
        ("small", "a School of Metallurgical Engineering, Jiangxi University of Science and Technology, Ganzhou 341000, China\nb State Key Laboratory of Rare Earth Resource Utilization, Changchun 130022, China\n* Corresponding author. E-mail address: xuming@jxust.example (M. Xu)."),
        ("small", "ARTICLE INFO  Article history: Received 12 March 2025; Received in revised form 20 May 2025; Accepted 2 June 2025; Available online 6 June 2025.\nKeywords: Praseodymium; Neodymium; P507; Countercurrent extraction; Cascade simulation"),
        ("small", "https://doi.org/10.1016/j.seppur.2025.128201\n1383-5866/(c) 2025 Elsevier B.V. All rights are reserved, including those for text and data mining, AI training, and similar technologies."),
        ("h", "Abstract"),
        ("p", "The separation of Pr and Nd with 2-ethylhexyl phosphonic acid mono-2-ethylhexyl ester (P507) is limited by a low separation factor (beta Nd/Pr about 1.5). We combined a stage-wise equilibrium model with a 60-stage laboratory mixer-settler cascade to study how saponification degree, scrub acid concentration and feed position control the purity of the organic-side (Nd) product. With 1.5 mol/L P507 saponified to 36%, a flow ratio organic:feed:scrub of 12:1:1 and 3.0 mol/L HCl scrub, Nd2O3/TREO of 99.6% and Pr6O11/TREO of 97.5% in the raffinate were obtained at steady state. Increasing saponification above 38% reduced Nd purity by 0.1% per percentage point, in agreement with the model."),
        ("h", "1. Introduction"),
        ("p", "Praseodymium-neodymium separation is a bottleneck of light rare-earth processing because of the small difference in extractability between adjacent lanthanides [1-3]. Industrial cascades employ 100-130 stages, and their tuning relies largely on operator experience. Cascade models based on extended Xu's theory of countercurrent extraction have been reported [4,5], but systematic validation against multi-stage experiments with realistic feed concentrations is scarce."),
        ("h", "2. Experimental"),
        ("p", "2.1 Materials. P507 (purity > 95%) was diluted in sulfonated kerosene to 1.5 mol/L and saponified with 10.5 mol/L ammonia water. The feed was a PrNd chloride solution (1.55 mol/L RE, Pr:Nd = 25:75, pH 2.5).\n2.2 Cascade. A 60-stage polypropylene mixer-settler (mixer 0.25 L, settler 1.0 L) was operated at 25 +/- 1 C with feed at stage 28. Samples were taken every 12 h from stages 1, 10, 20, 28, 40, 50 and 60 and analysed by ICP-OES."),
        ("h", "3. Results and discussion"),
        ("p", "Steady state was reached after 90-110 h. The calculated and measured Pr fraction profiles agreed within 0.4% absolute (Fig. 3). Raising scrub HCl from 2.7 to 3.0 mol/L lowered Pr in the Nd product from 0.71% to 0.38%, while Nd in the raffinate rose from 2.1% to 2.9% (Table 2). Above 38% saponification emulsification was observed in stages 30-36."),
        ("h", "4. Conclusions"),
        ("p", "A validated cascade model allows scrub reflux and saponification to be set without extended trial and error; for the studied feed, 36% saponification and 3.0 mol/L scrub acid gave the best compromise between Nd purity and Pr recovery."),
        ("small", "CRediT authorship contribution statement ... Declaration of competing interest: The authors declare no competing interests. Acknowledgements: National Natural Science Foundation of China (No. 52xxxxxx).\nReferences\n[1] F. Xie, T.A. Zhang, D. Dreisinger, F. Doyle, A critical review on solvent extraction of rare earths from aqueous solutions, Miner. Eng. 56 (2014) 10-28.\n[2] ...\n[5] ..."),
    ]
    pdf = make_pdf(blocks, dt(2025, 6, 6, 8, 0), title="Model-guided optimisation of scrub reflux for Pr/Nd separation",
                   author="Ming Xu", header="M. Xu et al.  Separation and Purification Technology 352 (2025) 128201")
    body = """Dear Dr Becker,

It was a pleasure to meet you at the Dresden conference last week. As requested,
attached is our paper on the Pr/Nd cascade, published in Separation and Purification
Technology 352 (2025) 128201, https://doi.org/10.1016/j.seppur.2025.128201.
The supplementary data are on the journal website.

If your group is interested in the cascade model itself, the code will be released
with our next paper.

Best regards,
Xu Ming
Professor, School of Metallurgical Engineering
Jiangxi University of Science and Technology
"""
    m = mail([
        ("From", "Xu Ming <xuming@jxust.example>"),
        ("To", "Hannah Becker <h.becker@hzdr-research.example>"),
        ("Subject", "Our Pr/Nd cascade paper (as requested)"),
        ("Date", "Mon, 29 Sep 2025 10:18:44 +0800"),
        ("Message-ID", "<35a0c7e1.8f2b.1998c2d4e5f.Coremail.xuming@jxust.example>"),
        ("X-Mailer", "Coremail Webmail Server Version XT6.0.2"),
    ], body, charset="utf-8", cte="7bit",
        attachments=[att(pdf, PDF_MIME, "Xu_2025_SepPurTechnol_352_128201.pdf")],
        boundary="----=_Part_120533_1757.1759112324")
    add("20250929-1018.eml", eml_bytes(m), verdict="excluded", control_codes=["1E902.a"],
        categories=["separation"], carrier="other", exclusion="public-domain", language="en",
        note="Professor sends his published journal article (journal, volume, DOI, received/accepted dates, copyright line) on a P507 Pr/Nd cascade; content would be separation technology but the document is published.")


def doc_patent_attorney():
    blocks = [
        ("h1", "权利要求书"),
        ("p", "1. 一种低重稀土高矫顽力烧结钕铁硼磁体的制备方法,其特征在于,包括以下步骤:\nS1、提供烧结钕铁硼基体磁体,所述基体磁体在取向方向上的厚度为1~6 mm;\nS2、对所述基体磁体表面进行酸洗活化处理;\nS3、在所述基体磁体的两个极面上涂覆含铽扩散源,所述扩散源包含TbH2粉末和TbF3粉末,二者质量比为(3~5):1,涂覆量为基体磁体质量的0.3%~0.6%;\nS4、在真空或惰性气氛中于850~950℃进行扩散热处理5~15 h;\nS5、在450~550℃进行时效处理2~6 h。"),
        ("p", "2. 根据权利要求1所述的制备方法,其特征在于,步骤S2中所述酸洗活化采用质量浓度为2%~4%的硝酸溶液,酸洗时间为10~40 s。"),
        ("p", "3. 根据权利要求1所述的制备方法,其特征在于,步骤S3中所述扩散源以浆料形式涂覆,所述浆料的溶剂为无水乙醇,粘结剂为聚乙烯醇缩丁醛,粘结剂含量为1%~3%。"),
        ("p", "4. 根据权利要求1所述的制备方法,其特征在于,步骤S4中升温速率为3~8℃/min,真空度不高于5×10⁻³ Pa。"),
        ("p", "5. 根据权利要求1至4任一项所述的制备方法,其特征在于,所述基体磁体不含镝和铽。"),
        ("p", "6. 一种烧结钕铁硼磁体,其特征在于,采用权利要求1至5任一项所述的制备方法制得,其矫顽力较基体磁体提高不低于10 kOe,剩磁降低不高于0.25 kGs。"),
        ("h1", "说明书摘要"),
        ("p", "本发明公开了一种低重稀土高矫顽力烧结钕铁硼磁体的制备方法,通过在酸洗活化后的基体磁体极面涂覆TbH2与TbF3复合扩散源,并经扩散热处理和时效处理,在铽用量不高于磁体质量0.6%的条件下使矫顽力提高10 kOe以上,剩磁降低不高于0.25 kGs。本发明降低了重稀土用量,工艺简单,适合批量生产。"),
        ("p", "摘要附图:图1"),
        ("h1", "说明书(初稿,节选)"),
        ("h2", "技术领域"),
        ("p", "本发明涉及稀土永磁材料技术领域,具体涉及一种低重稀土高矫顽力烧结钕铁硼磁体的制备方法。"),
        ("h2", "具体实施方式"),
        ("p", "实施例1:取N52基体磁体(HcJ 12.3 kOe,Br 14.35 kGs),尺寸20 mm×10 mm×4 mm(4 mm为取向方向),在3%硝酸中酸洗25 s,水洗、乙醇洗后烘干;按TbH2:TbF3=4:1配制扩散源,以无水乙醇和2% PVB调成浆料,涂覆于两个极面,涂覆量0.5%;在4×10⁻³ Pa真空下以5℃/min升温至910℃保温10 h;随后在500℃时效4 h。所得磁体HcJ 23.6 kOe,Br 14.16 kGs。"),
        ("p", "对比例1:除扩散源仅使用TbF3外,其余同实施例1,所得磁体HcJ 20.1 kOe,Br 14.10 kGs。"),
    ]
    data = make_docx(blocks, "dum", dtn(2026, 4, 1, 2, 0), dtn(2026, 4, 20, 8, 30), title="权利要求书及说明书初稿")
    body = """刘老师:

您好!附件是我们"一种低重稀土高矫顽力烧结钕铁硼磁体的制备方法"的权利要求书、说明书摘要和说明书初稿(说明书只写了技术领域和实施例部分,背景技术和附图说明下周补齐)。想请您帮忙看几个问题:

1. 这个案子按发明专利申请,申请人是我们公司,发明人四个人(名单和身份证号另发),希望月底前能提交。
2. 权利要求1里TbH2和TbF3的比例(3~5):1,我们担心范围写窄了,对比例只做了纯TbF3。是不是需要补一组纯TbH2的对比例?
3. 权利要求6产品权利要求用性能限定,审查时会不会被认为不清楚?
4. 公司还想在一年内提PCT,主要进日本和欧洲。要不要现在就按PCT的要求写说明书?
5. 费减备案我们去年已经做过。

附图(图1:扩散前后退磁曲线对比;图2:截面Tb分布EPMA图)周五前发您。

谢谢!

杜明
研发中心 知识产权专员
浙江东磁源新材料股份有限公司
电话:0579-86** ****
"""
    m = mail([
        ("From", "杜明 <duming@dcy-newmat.example>"),
        ("To", "刘晓峰 <liuxf@zhiyuan-ip.example>"),
        ("Subject", "发明专利申请初稿——一种低重稀土高矫顽力烧结钕铁硼磁体的制备方法"),
        ("Date", "Mon, 20 Apr 2026 16:35:20 +0800"),
        ("Message-ID", "<20260420163520.00341@dcy-newmat.example>"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
    ], body, charset="gb18030", cte="base64",
        attachments=[att(data, DOCX_MIME, "权利要求书及说明书初稿_0420.docx")],
        boundary="----=_NextPart_6805B2A8_1F2E")
    add("20260420-1635.eml", eml_bytes(m), verdict="excluded", control_codes=["1E902.a"],
        categories=["magnet-manufacturing"], magnet_types=["NdFeB"], carrier="other",
        exclusion="patent-filing", language="zh",
        note="Instructions to a patent attorney with draft claims (权利要求书), abstract and description for an ordinary invention patent on Tb grain-boundary diffusion; would be NdFeB technology but is a patent-filing document.")


def doc_research_plan():
    wang_reply = """Katrin,

计划写得很好,我基本同意。WP3 的同步辐射部分我补了几句(见下面标 [WY] 的地方),
上海光源的机时申请 5 月截止,我们这边来写。预算里中方博士生的差旅请按 2 人算。

王悦"""
    plan = """Dear Yue,

Here is the draft work plan for our joint DFG-NSFC proposal. Deadline for the German
side is 15 June.

Title: Mixed valence of cerium and its effect on intrinsic magnetic properties of
(Nd1-xCex)2Fe14B - a combined first-principles, spectroscopic and thermodynamic study

Nature of the project: fundamental research. No process development, no industrial
partner, no sample production beyond what is needed for measurements. All results
will be published open access.

WP1 Electronic structure (Dresden, 1 PhD)
- DFT+U and DFT+DMFT for Ce on the 4f and 4g sites of the 2:14:1 structure,
  x = 0 - 1; Ce 4f occupancy, hybridisation with Fe 3d.
- Magnetocrystalline anisotropy constants K1, K2 from first principles; comparison
  with single-crystal data from WP2.

WP2 Single crystals and spectroscopy (Dresden + Shenyang, 1 PhD + 1 postdoc)
- Small single crystals grown from Fe-rich flux for measurement only (mm size).
- Magnetisation along a and c axes up to 14 T, 2-400 K; anisotropy field vs x.
- XAS/XMCD at the Ce L3 and M4,5 edges; Ce valence vs x and temperature.
  [WY] 同步辐射在上海光源 BL07U 做, Ce M 边 XMCD 需要 7 T 磁体, 我们来申请机时.

WP3 Thermodynamics (Shenyang, 1 PhD)
- DSC/DTA and diffusion-couple measurements in Ce-Fe-B and Nd-Ce-Fe-B.
- CALPHAD assessment of the Ce-Fe-B system; stability of CeFe2 vs Ce2Fe14B.
  [WY] 相图部分和我们已有的 Nd-Fe-B 数据库衔接, 数据会全部公开.

Deliverables: 6-8 journal papers, open thermodynamic database, 3 PhD theses.

Budget (draft): 3 PhD positions x 3 years, 1 postdoc x 2 years, beamtime travel,
consumables EUR 45k, DSC upgrade EUR 60k.

Best,
Katrin

--
Prof. Dr. Katrin Vogel
Institute of Solid State Physics, TU Dresden (example)"""
    body = wang_reply + """

在 2026-05-06 21:14:03, "Katrin Vogel" <katrin.vogel@tu-dresden.example> 写道:
""" + quote(plan)
    m = mail([
        ("From", "王悦 <wangyue@imr-sy.example>"),
        ("To", "Katrin Vogel <katrin.vogel@tu-dresden.example>"),
        ("Subject", "Re: Draft work plan - DFG-NSFC proposal (Ce valence in (Nd,Ce)2Fe14B)"),
        ("Date", "Fri, 08 May 2026 09:02:51 +0800"),
        ("Message-ID", "<3a2c91f7.5e14.19e05c1a8b3.Coremail.wangyue@imr-sy.example>"),
        ("In-Reply-To", "<d41f8e0a-6c3b-4b2e-9a71-0e5f2c8d7b19@tu-dresden.example>"),
        ("X-Mailer", "Coremail Webmail Server Version XT6.0.2"),
    ], body, charset="utf-8", cte="base64", html_alt=True, html_font="Arial",
        boundary="----=_Part_88120_427709281.1778202171")
    add("20260508-0902.eml", eml_bytes(m), verdict="excluded", control_codes=["1E902.a"],
        categories=["magnet-manufacturing"], magnet_types=["NdFeB", "Ce"], carrier="email",
        exclusion="basic-research", language="mixed",
        note="University joint-proposal work plan on Ce valence, anisotropy (DFT/DMFT, XMCD) and Ce-Fe-B thermodynamics of (Nd,Ce)2Fe14B; stated fundamental research, no production know-how.")


def doc_conference_paper():
    blocks = [
        ("small", "Proceedings of the 12th International Symposium on Rare Earth Metallurgy (ISREM 2024), Baotou, China, 18-21 August 2024.\nMetallurgical Industry Press, Beijing, 2024. ISBN 978-7-5024-0000-0, pp. 412-418."),
        ("title", "Current efficiency and energy consumption of a 10 kA praseodymium-neodymium electrolysis cell with a bottom-cathode arrangement"),
        ("p", "Guo Peng 1, Wang Lin 1, Zhao Hui 2"),
        ("small", "1 Baotou Research Institute of Rare Earths (example), Baotou 014030, China\n2 School of Materials, Inner Mongolia University of Science and Technology (example)"),
        ("h", "Abstract"),
        ("p", "An industrial 10 kA PrNd electrolysis cell with a bottom tungsten cathode and four inclined graphite anodes was operated for 120 days in a (Pr,Nd)F3-LiF bath (LiF 11 wt%) at 1045 +/- 15 C. Compared with the conventional 6 kA top-inserted-cathode cell, the current efficiency rose from 78% to 85% and the DC energy consumption fell from 9.2 to 7.9 kWh per kg metal. Oxide feeding of 280 g/min in 20 s intervals kept the bath oxide content at 2-3 wt% and prevented sludge formation."),
        ("h", "1 Introduction"),
        ("p", "Most PrNd metal in China is produced in 3-8 kA cells with vertical tungsten cathodes and circular graphite anodes. Their low current efficiency and high energy consumption have motivated larger cells with modified electrode arrangements [1-4]."),
        ("h", "2 Cell design and operation"),
        ("p", "Graphite crucible ID 900 mm; four inclined anodes (anode current density 0.85 A/cm2); tungsten cathode plate at the bottom (cathode current density 4.5 A/cm2); anode-cathode distance 90-100 mm. Cell voltage 8.1-8.6 V. Metal tapped by vacuum siphon every 3 h."),
        ("h", "3 Results"),
        ("p", "Current efficiency averaged 85.2% (days 15-120). Carbon in metal 0.018%, Fe 0.06%. Anode consumption 0.12 kg per kg metal. Anode effects decreased from 2.1 to 0.3 per cell-day after the feeding interval was shortened from 60 s to 20 s."),
        ("h", "4 Conclusions"),
        ("p", "The bottom-cathode 10 kA cell improves current efficiency by about 7 percentage points and reduces energy use by 14% relative to conventional cells."),
        ("small", "References: [1] ... [4] ...\n(c) 2024 Metallurgical Industry Press. Published in the conference proceedings; reproduced by the authors."),
    ]
    pdf = make_pdf(blocks, dt(2024, 11, 5, 9, 0), title="ISREM 2024 pp. 412-418",
                   author="Guo Peng", header="ISREM 2024 Proceedings  |  pp. 412-418")
    body = """Anil,

上次电话里说的那篇文章找到了,附件。It was published last year in the ISREM 2024
proceedings (Metallurgical Industry Press, ISBN 978-7-5024-0000-0, pp. 412-418), so it's
public and you can share it with your colleagues.

数据是2023年在包头那台10 kA槽上测的. For your feasibility study the current efficiency
and kWh/kg figures in the abstract are what you need; the rest is background.

郭鹏
"""
    m = mail([
        ("From", "郭鹏 <guopeng@btre-inst.example>"),
        ("To", "Anil Kumar <anil.kumar@ireal-research.example>"),
        ("Subject", "ISREM 2024 paper - 10 kA cell"),
        ("Date", "Wed, 14 Jan 2026 13:27:09 +0800"),
        ("Message-ID", "<tencent_5C2D9E1F0A3B4C6D7E8F9A0B1C2D@qq.com>"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
    ], body, charset="utf-8", cte="quoted-printable",
        attachments=[att(pdf, PDF_MIME, "ISREM2024_p412_Guo.pdf")],
        boundary="----=_NextPart_6967292D_0A4E")
    add("20260114-1327.eml", eml_bytes(m), verdict="excluded", control_codes=["1E902.a"],
        categories=["metal-smelting"], carrier="other", exclusion="public-domain", language="mixed",
        note="Mixed-language cover mail sending a paper published in conference proceedings (publisher, ISBN, pages) on a 10 kA PrNd electrolysis cell; electrolysis data but the document is published.")


def doc_nsfc_proposal():
    blocks = [
        ("b", "国家自然科学基金 面上项目 申请书(正文节选)"),
        ("p", "项目名称:离子吸附型稀土在黏土矿物表面的赋存形态与离子交换解吸的分子机制"),
        ("p", "申请代码:E0413(资源循环与冶金物理化学)    研究期限:2027年1月—2030年12月    申请人:赵庆(某大学资源与环境学院)"),
        ("h2", "一、立项依据"),
        ("p", "离子吸附型稀土是我国南方重要的中重稀土资源。稀土离子以水合或羟基水合离子的形式吸附于高岭石、埃洛石和伊利石等黏土矿物表面,但不同矿物、不同晶面上稀土的配位结构、吸附强弱及其与交换离子(NH4+、Mg2+、Al3+等)之间的竞争关系仍缺乏分子层次的认识。已有研究多为宏观吸附等温线和动力学拟合,难以解释轻、重稀土在同一矿体中的分馏现象。本项目拟从基础科学问题出发,揭示稀土在黏土矿物表面的赋存形态与解吸的热力学和分子机制。"),
        ("h2", "二、研究内容"),
        ("li", "稀土离子在高岭石(001)、(00-1)及边面上的吸附构型:外层络合与内层络合的判别,La、Nd、Gd、Dy、Y的系统比较。"),
        ("li", "离子交换解吸热力学:用等温滴定量热(ITC)测定交换反应的ΔH,结合吸附等温线获得ΔG、ΔS,建立表面络合模型。"),
        ("li", "分子动力学和第一性原理计算:稀土水合离子在不同表面的自由能曲线,解释轻重稀土分馏的来源。"),
        ("h2", "三、研究方案"),
        ("p", "采用标准矿物样品(高岭石KGa-1b、埃洛石)和合成稀土溶液,在实验室条件下进行吸附实验;利用同步辐射EXAFS(稀土L3边)测定配位数和键长;利用ITC测定反应热;利用DFT和经典分子动力学(CLAYFF力场)计算吸附自由能。所有实验均为实验室尺度的机理研究。"),
        ("h2", "四、拟解决的关键科学问题"),
        ("p", "(1)稀土在黏土矿物不同表面上的配位结构与吸附能;(2)交换离子价态和水合能对解吸热力学的控制规律;(3)轻、重稀土分馏的分子机制。"),
        ("h2", "五、说明"),
        ("p", "本项目属于基础研究,不涉及矿山开采工艺、浸矿方案设计和工程应用,不与企业合作。研究成果将以学术论文形式公开发表,原始数据按基金委要求公开。"),
        ("h2", "六、年度计划"),
        ("table", [["年度", "主要工作"],
                   ["2027", "样品表征;La、Nd、Dy吸附构型EXAFS测定"],
                   ["2028", "ITC测定与表面络合模型"],
                   ["2029", "DFT/MD计算,轻重稀土分馏机理"],
                   ["2030", "总结,发表论文4~6篇,培养研究生3~4名"]]),
    ]
    data = make_docx(blocks, "zhaoqing", dtn(2026, 2, 10, 2, 0), dtn(2026, 3, 5, 12, 40),
                     title="面上项目申请书 正文节选")
    add("proposal-draft.docx", data, verdict="excluded", control_codes=["1E902.a"],
        categories=["mining"], carrier="other", exclusion="basic-research", language="zh",
        note="NSFC grant proposal on adsorption state and ion-exchange desorption thermodynamics of RE on clay minerals (EXAFS, ITC, DFT/MD); explicitly basic research with no leaching process design.")


# =====================================================================
def main():
    builders = [
        doc_insitu_forward, doc_prnd_fix, doc_csv_runlog, doc_cell_reline, doc_tb_reduction,
        doc_n48h_memo, doc_gbd_thread, doc_smco_pdf, doc_ce_magnet, doc_sludge,
        doc_hpms_xlsx, doc_overhaul, doc_commissioning, doc_flotation,
        doc_visit_logistics, doc_price_quote, doc_po_magnets, doc_coating_complaint,
        doc_customs_question, doc_hr_offer, doc_newsletter, doc_datasheet_request,
        doc_motor_inquiry, doc_cobalt_nickel_memo, doc_ferrite, doc_aluminium_reline,
        doc_shipping_docs,
        doc_published_paper, doc_patent_attorney, doc_research_plan, doc_conference_paper,
        doc_nsfc_proposal,
    ]
    for b in builders:
        b()
    os.makedirs(OUT, exist_ok=True)
    names = [f for f, _, _ in DOCS]
    assert len(names) == len(set(names)), "duplicate file names"
    for old in os.listdir(OUT):
        if old not in names:
            os.remove(os.path.join(OUT, old))
    keys = ["file", "verdict", "control_codes", "categories", "magnet_types", "carrier",
            "exclusion", "language", "hard_negative", "format", "note"]
    lines = []
    for fname, data, label in sorted(DOCS, key=lambda x: x[0]):
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        lines.append(json.dumps({k: label[k] for k in keys}, ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d documents" % len(DOCS))


if __name__ == "__main__":
    main()
