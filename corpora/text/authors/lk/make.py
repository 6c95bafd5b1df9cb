#!/usr/bin/env python3
"""Generator for batch u4: saved web pages and PDFs (buyer's guides, FAQs,
reports, commentary, other-material process articles, published papers and
disguised internal documents). Deterministic output."""
import json, os, shutil, datetime, html as H
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = datetime.datetime(2026, 3, 14, 9, 30, 0, tzinfo=datetime.timezone.utc)

DOCS = []
def doc(**kw):
    DOCS.append(kw)

# ---------------------------------------------------------------- renderers
SKINS = {
 "shop": dict(css="body{font-family:Arial,sans-serif;margin:0;color:#222}header{background:#0b3d6e;color:#fff;padding:10px 24px}nav a{color:#fff;margin-right:18px;text-decoration:none}main{max-width:960px;margin:20px auto;padding:0 16px}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px}footer{background:#eee;padding:16px 24px;font-size:12px}#cookie{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:10px;font-size:13px}",
          cookie="We use cookies to improve your browsing experience, analyse site traffic and show relevant offers. By clicking \u201cAccept All\u201d you consent to our use of cookies. <a href='/privacy'>Privacy Policy</a> <button>Accept All</button> <button>Manage</button>"),
 "news": dict(css="body{font-family:Georgia,serif;margin:0}header{border-bottom:3px solid #900;padding:8px 20px}nav a{margin-right:14px;color:#900}article{max-width:760px;margin:24px auto;line-height:1.6}footer{border-top:1px solid #ccc;padding:14px;font-size:12px;color:#666}.cc{background:#fffbe6;border:1px solid #e0c000;padding:8px;font-size:12px}",
          cookie="This website uses cookies. Some are essential; others help us understand how you use the site. You can change your preferences at any time. <a href='/cookies'>Cookie settings</a>"),
 "cn": dict(css="body{font-family:'Microsoft YaHei',SimSun,sans-serif;margin:0;font-size:14px}.top{background:#c00;color:#fff;padding:6px 20px}.nav a{margin-right:16px;color:#c00}.wrap{width:1000px;margin:0 auto}.foot{background:#f5f5f5;color:#777;padding:18px;text-align:center;font-size:12px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 10px}.ck{position:fixed;bottom:0;width:100%;background:#222;color:#ddd;padding:8px}",
        cookie="本网站使用Cookie以提升您的浏览体验。继续浏览即表示您同意我们使用Cookie。<a href='/privacy.html'>隐私政策</a> <span class='btn'>我知道了</span>"),
 "tw": dict(css="body{font-family:'PingFang TC','Microsoft JhengHei',sans-serif;margin:0}.hd{background:#1f5f3f;color:#fff;padding:8px 22px}.mn a{margin-right:15px}.ct{max-width:900px;margin:18px auto}.ft{background:#eaeaea;font-size:12px;padding:14px}table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px 8px}",
        cookie="本網站使用 Cookie 來提供更好的瀏覽體驗，繼續使用即表示您同意本站的隱私權政策。<button>同意</button>"),
 "intra": dict(css="body{font-family:Segoe UI,Arial,sans-serif;margin:0;background:#f4f6f8}.bar{background:#263238;color:#cfd8dc;padding:6px 18px;font-size:13px}.crumb{font-size:12px;color:#607d8b;padding:6px 18px}.page{background:#fff;max-width:980px;margin:10px auto;padding:18px 26px}table{border-collapse:collapse}td,th{border:1px solid #b0bec5;padding:3px 8px;font-size:13px}.ft{font-size:11px;color:#90a4ae;padding:12px 18px}",
           cookie=""),
 "wiki": dict(css="body{font-family:sans-serif;margin:0}#head{border-bottom:1px solid #a7d7f9;padding:6px 16px}#side{float:left;width:160px;font-size:12px;padding:10px}#content{margin-left:176px;border:1px solid #a7d7f9;padding:14px 22px}#footer{margin-left:176px;font-size:11px;padding:10px}",
          cookie=""),
}

def blocks_html(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append("<h2>%s</h2>" % H.escape(b[1]))
        elif k == "h3":
            out.append("<h3>%s</h3>" % H.escape(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % H.escape(b[1]))
        elif k == "li":
            out.append("<ul>" + "".join("<li>%s</li>" % H.escape(x) for x in b[1]) + "</ul>")
        elif k == "t":
            rows = b[1]
            s = "<table><thead><tr>" + "".join("<th>%s</th>" % H.escape(c) for c in rows[0]) + "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join("<td>%s</td>" % H.escape(c) for c in r) + "</tr>"
            out.append(s + "</tbody></table>")
        elif k == "qa":
            out.append("<div class='faq'><p class='q'><b>Q: %s</b></p><p class='a'>%s</p></div>" % (H.escape(b[1]), H.escape(b[2])))
    return "\n".join(out)

def render_html(d, path):
    sk = SKINS[d.get("skin", "shop")]
    lang = {"en": "en", "zh": "zh-CN", "mixed": "zh-CN"}[d["language"]]
    if d.get("skin") == "tw":
        lang = "zh-TW"
    nav = " ".join("<a href='/%s'>%s</a>" % (H.escape(x.lower().replace(' ', '-')), H.escape(x)) for x in d.get("nav", ["Home", "Products", "About", "Contact"]))
    saved = "<!-- saved from url=(%04d)%s -->\n" % (len(d.get("url", "")), d.get("url", ""))
    body = blocks_html(d["blocks"])
    cookie = ("<div id='cookie' class='cc ck'>%s</div>" % sk["cookie"]) if sk["cookie"] else ""
    extra_meta = d.get("meta", "")
    page = f"""<!DOCTYPE html>
{saved}<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{H.escape(d['title'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{extra_meta}
<style>{sk['css']}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-{abs(hash_str(d['file']))%10**8:08d}');</script>
</head>
<body>
<header class="top hd bar" id="head"><div class="logo">{H.escape(d.get('site', ''))}</div><nav class="nav mn">{nav}</nav></header>
{('<div class="crumb">' + H.escape(d['crumb']) + '</div>') if d.get('crumb') else ''}
<main class="wrap ct page" id="content"><article>
<h1>{H.escape(d['title'])}</h1>
{('<p class="byline"><small>' + H.escape(d['byline']) + '</small></p>') if d.get('byline') else ''}
{body}
</article></main>
<footer class="foot ft" id="footer">{H.escape(d.get('footer', ''))}</footer>
{cookie}
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)

def hash_str(s):
    h = 7
    for ch in s:
        h = (h * 131 + ord(ch)) % 2**31
    return h

class PDF(FPDF):
    hdr = ""
    ftr = ""
    def header(self):
        if self.hdr:
            self.set_font("W", size=7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.hdr, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(2)
    def footer(self):
        self.set_y(-12)
        self.set_font("W", size=7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, (self.ftr + "   " if self.ftr else "") + "%d" % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)

def render_pdf(d, path):
    pdf = PDF(orientation=d.get("orient", "P"), format="A4")
    pdf.hdr = d.get("pdf_header", "")
    pdf.ftr = d.get("pdf_footer", "")
    pdf.add_font("W", "", FONT)
    pdf.add_font("W", "B", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    pdf.set_creation_date(FIXED)
    pdf.set_producer(d.get("producer", "Microsoft® Word for Microsoft 365"))
    pdf.set_creator(d.get("creator", "Microsoft® Word for Microsoft 365"))
    pdf.set_title(d["title"])
    if d.get("author"):
        pdf.set_author(d["author"])
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    pdf.set_font("W", size=15)
    pdf.multi_cell(0, 8, d["title"], new_x="LMARGIN", new_y="NEXT")
    if d.get("byline"):
        pdf.set_font("W", size=8.5)
        pdf.multi_cell(0, 4.5, d["byline"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for b in d["blocks"]:
        k = b[0]
        if k in ("h", "h3"):
            pdf.ln(1.5)
            pdf.set_font("W", size=12 if k == "h" else 10.5)
            pdf.multi_cell(0, 6.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.set_font("W", size=9.5)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif k == "li":
            pdf.set_font("W", size=9.5)
            for x in b[1]:
                pdf.multi_cell(0, 5, "\u2022 " + x, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "qa":
            pdf.set_font("W", size=10)
            pdf.multi_cell(0, 5, "Q: " + b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("W", size=9.5)
            pdf.multi_cell(0, 5, "A: " + b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "t":
            pdf.set_font("W", size=8)
            with pdf.table(line_height=4.6, first_row_as_headings=True) as tb:
                for r in b[1]:
                    row = tb.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
    pdf.output(path)

# ================================================================ CLEAR
def clear(file, language, carrier, note, hn=True, **kw):
    doc(file=file, verdict="clear", control_codes=[], categories=[], magnet_types=[],
        carrier=carrier, exclusion=None, language=language, hard_negative=hn, note=note, **kw)

clear("web/neodymium-magnet-buyers-guide_MagnaSource.html", "en", "other",
 "distributor buyer's guide: grades, temperature suffixes, coatings; no production know-how",
 skin="shop", site="MagnaSource Supply Co.", url="https://www.magnasource-supply.com/resources/neodymium-magnet-buyers-guide",
 nav=["Shop Magnets", "Custom Quotes", "Resources", "About Us", "Cart (0)"],
 title="Neodymium Magnet Buyer's Guide: Grades, Coatings and Temperature",
 byline="Resources > Technical Guides | Updated January 2026 | 9 min read",
 footer="\u00a9 2026 MagnaSource Supply Co. All rights reserved. | 2140 Commerce Pkwy, Elk Grove Village, IL | Terms | Privacy | Shipping & Returns | Prop 65",
 blocks=[
  ("p", "Choosing a neodymium (NdFeB) magnet comes down to four questions: how strong does it need to be, how hot will it get, what environment will it live in, and what tolerances do you need? This guide walks through each so you can order the right part the first time."),
  ("h", "1. What the grade number means"),
  ("p", "The number after the N (N35, N42, N52) is the maximum energy product in MGOe. Higher is stronger for the same size, but also more brittle and usually more expensive. For most hobby and fixture work N42 is the sweet spot. N52 is the strongest commercially common grade."),
  ("h", "2. Letter suffixes and working temperature"),
  ("t", [["Suffix", "Max. working temp.*", "Typical use"], ["(none)", "80 \u00b0C / 176 \u00b0F", "Crafts, closures, displays"], ["M", "100 \u00b0C", "Sensors, light motors"], ["H", "120 \u00b0C", "Small motors, actuators"], ["SH", "150 \u00b0C", "Servo motors, pumps"], ["UH", "180 \u00b0C", "Traction motors"], ["EH / AH", "200\u2013230 \u00b0C", "High-temperature drives"]]),
  ("p", "*Working temperature depends on the shape of the magnet (its permeance coefficient). A thin disc demagnetises at a lower temperature than a thick block of the same grade. Ask our engineers if you are close to the limit."),
  ("h", "3. Coatings"),
  ("li", ["Ni-Cu-Ni (standard): shiny, good general protection, 24\u201348 h salt spray.", "Zinc: cheaper, matte, fine for dry indoor use.", "Epoxy (black): best for humidity and salt spray; slightly thicker.", "Gold / silver: decorative or medical contact applications.", "Parylene: very thin, pin-hole-free, used in medical devices."]),
  ("h", "4. Tolerances and magnetisation direction"),
  ("p", "Stock parts are held to \u00b10.1 mm. Tighter tolerances are available on custom orders. Always specify the magnetisation direction (axial, diametral, through thickness, multipole) on your drawing."),
  ("h", "5. Safety and shipping"),
  ("p", "Large neodymium magnets can pinch fingers and shatter if allowed to snap together. Keep them away from pacemakers and magnetic media. Air shipments of magnetised material are packed with steel shielding to meet IATA PI 953."),
  ("p", "Still not sure? Use our Magnet Calculator or request a quote and an applications engineer will respond within one business day."),
 ])

clear("pdf/MagnaTec_Grade_Chart_2026.pdf", "en", "parameter-sheet",
 "published catalogue grade chart of sintered NdFeB and SmCo properties (Br, HcJ, BHmax); product data only",
 title="Sintered Permanent Magnet Grade Chart \u2013 NdFeB & SmCo", author="MagnaTec Components GmbH",
 byline="MagnaTec Components GmbH \u00b7 Product Catalogue Section 3 \u00b7 Edition 2026/01 \u00b7 Values are typical at 20 \u00b0C; subject to change without notice",
 pdf_footer="MagnaTec Components GmbH \u00b7 www.magnatec-components.de \u00b7 Catalogue 2026",
 blocks=[
  ("h", "3.1 Sintered NdFeB"),
  ("t", [["Grade", "Br (T)", "HcB (kA/m)", "HcJ (kA/m)", "(BH)max (kJ/m\u00b3)", "Tw max (\u00b0C)"],
         ["N35", "1.17\u20131.22", "\u2265 868", "\u2265 955", "263\u2013287", "80"], ["N42", "1.28\u20131.32", "\u2265 923", "\u2265 955", "318\u2013342", "80"],
         ["N52", "1.42\u20131.47", "\u2265 796", "\u2265 876", "398\u2013422", "60"], ["N45SH", "1.32\u20131.38", "\u2265 1003", "\u2265 1592", "342\u2013366", "150"],
         ["N42UH", "1.28\u20131.32", "\u2265 963", "\u2265 1990", "318\u2013342", "180"], ["N38EH", "1.22\u20131.26", "\u2265 923", "\u2265 2388", "287\u2013310", "200"], ["N35AH", "1.17\u20131.22", "\u2265 876", "\u2265 2786", "263\u2013287", "230"]]),
  ("h", "3.2 Sintered SmCo"),
  ("t", [["Grade", "Type", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m\u00b3)", "Tw max (\u00b0C)"],
         ["YX18", "SmCo5", "0.84\u20130.89", "\u2265 1194", "127\u2013143", "250"], ["YX22", "SmCo5", "0.92\u20130.96", "\u2265 1194", "159\u2013175", "250"],
         ["YXG28", "Sm2Co17", "1.03\u20131.08", "\u2265 1433", "207\u2013223", "350"], ["YXG30H", "Sm2Co17", "1.08\u20131.10", "\u2265 1990", "220\u2013240", "350"], ["YXG24LT", "Sm2Co17 (Gd)", "0.95\u20131.02", "\u2265 1433", "175\u2013191", "300"]]),
  ("h", "3.3 Reversible temperature coefficients (typ.)"),
  ("t", [["Material", "\u03b1(Br) %/K", "\u03b2(HcJ) %/K", "Density g/cm\u00b3", "Curie temp. \u00b0C"], ["NdFeB", "-0.12", "-0.60", "7.5\u20137.6", "310\u2013340"], ["SmCo5", "-0.05", "-0.30", "8.3", "720"], ["Sm2Co17", "-0.035", "-0.20", "8.4", "820"]]),
  ("p", "Ordering notes: specify grade, dimensions with tolerances, magnetisation direction, coating and whether parts are to be supplied magnetised. Minimum order quantities apply to non-stock sizes. Test certificates (B-H curve, coating thickness, salt spray) are available on request per EN 10204 3.1."),
 ])

clear("web/magnet-faq_firstmag.html", "en", "other",
 "magnet shop FAQ: customer questions on strength, demagnetisation, storage; general",
 skin="shop", site="FirstMag Magnetics", url="https://www.firstmag.co.uk/help/faq",
 nav=["Neodymium", "Ferrite", "Magnetic Tape", "Help & FAQ", "Trade Accounts"],
 title="Frequently Asked Questions", byline="Help centre \u00b7 Last reviewed 3 February 2026",
 footer="FirstMag Magnetics Ltd, Unit 7 Riverside Ind. Est., Sheffield S9 1XX. Company No. 08123456. VAT GB 123 4567 89. \u00a9 2026",
 blocks=[
  ("qa", "How long do neodymium magnets last?", "Under normal conditions a neodymium magnet loses less than 1% of its strength over ten years. The main risks are heat above the rated temperature, strong opposing fields and corrosion if the coating is damaged."),
  ("qa", "What is the difference between pull force and gauss?", "Gauss (or tesla) describes the flux density at a point; pull force is what it takes to pull the magnet straight off a thick, flat steel plate. Our listed pull forces are measured on a 10 mm mild steel plate and real-world values are usually lower because of paint, gaps and sliding."),
  ("qa", "Can I cut or drill a magnet?", "We strongly advise against it. Sintered magnets are brittle, the dust is flammable, and machining generates heat that demagnetises the part. We can supply custom shapes cut by our suppliers before magnetisation."),
  ("qa", "Why are rare-earth magnet prices changing?", "Magnet prices follow the price of neodymium-praseodymium oxide and, for high-temperature grades, dysprosium and terbium. Export licensing introduced by China in 2025 has also lengthened some lead times. We publish a monthly price note for trade customers."),
  ("qa", "Do you sell samarium cobalt?", "Yes, in discs and blocks. SmCo is more expensive than neodymium but keeps its strength at up to 350 \u00b0C and resists corrosion without a coating."),
  ("qa", "How should I store magnets?", "Keep them in their packaging with spacers, away from electronics and children, in a dry place. Do not store near other magnets without keepers."),
  ("qa", "Can you post magnets abroad?", "Yes, small magnets ship worldwide. Large assemblies may need to travel by road or sea because of airline rules on magnetised material."),
 ])

clear("web/how-are-neodymium-magnets-made.html", "en", "other",
 "popular explainer of magnet making in general words (melt, mill, press, sinter, coat); no parameters",
 skin="news", site="The Magnet Blog by Arnold & Co.", url="https://blog.arnoldco-magnets.com/how-are-neodymium-magnets-made",
 nav=["Blog", "Applications", "Science", "Newsletter"],
 title="How Are Neodymium Magnets Made? A Plain-English Tour of the Factory",
 byline="By Hannah Whitcombe, 18 November 2025",
 footer="\u00a9 2025 Arnold & Co. Magnet Solutions. Content is for general information only and is not engineering advice.",
 blocks=[
  ("p", "The small silver disc holding your cabinet door shut has travelled a long way. Neodymium magnets start life as rare-earth ore, most of it mined in China, Australia, the United States and Myanmar. Here is the journey, in simple terms."),
  ("h", "From rock to metal"),
  ("p", "The ore is crushed and concentrated, then chemically processed to separate the individual rare-earth elements from each other \u2013 a slow job, because these elements behave almost identically. The separated neodymium and praseodymium oxides are then turned into metal."),
  ("h", "Making the alloy"),
  ("p", "The metal is melted together with iron and a little boron (plus small amounts of other elements) to make an alloy. The melt is cooled quickly into thin flakes."),
  ("h", "Powder, pressing and baking"),
  ("p", "The flakes are broken down into a very fine powder. The powder is pressed into shape inside a strong magnetic field so that the tiny crystals all point the same way \u2013 this is what makes the finished magnet so strong. The pressed blocks are then heated in a furnace until the particles fuse together, a process called sintering, much like firing pottery."),
  ("h", "Finishing"),
  ("p", "The hard blocks are sliced and ground to size, coated (usually with nickel) to stop them rusting, and finally magnetised with a very short, very strong pulse of magnetic field. Until that last step they are not magnets at all."),
  ("h", "Why it matters"),
  ("p", "Electric vehicles, wind turbines, phones and headphones all depend on these magnets, which is why governments now watch the supply chain closely. Recycling old magnets is one way to reduce dependence on new mining."),
  ("p", "Want to learn more? Read our next post on why some magnets need dysprosium."),
 ])

clear("web/钕铁硼磁铁是怎么生产出来的.html", "zh", "other",
 "科普文章：钕铁硼生产流程的通俗介绍，无工艺参数",
 skin="cn", site="磁材科普网", url="http://www.cicai-kepu.cn/article/2025/1108/412.html",
 nav=["首页", "磁铁知识", "行业资讯", "选型指南", "联系我们"],
 title="钕铁硼磁铁是怎么生产出来的？一文看懂",
 byline="来源：磁材科普网 | 作者：小磁 | 发布时间：2025-11-08 | 阅读 3,482",
 footer="Copyright © 2025 磁材科普网 版权所有 | 沪ICP备2021xxxxxx号 | 本站文章仅供科普参考",
 blocks=[
  ("p", "钕铁硼被称为“磁王”，广泛用于手机、耳机、电动汽车和风力发电机。很多朋友好奇：这么小的一块磁铁，是怎么做出来的？今天我们用最通俗的话给大家讲一讲。"),
  ("h", "第一步：配料熔炼"),
  ("p", "把钕、铁、硼等原料按一定比例配好，放进真空炉里熔化成合金，再快速冷却成薄片。"),
  ("h", "第二步：制粉"),
  ("p", "把合金片打碎，再磨成非常细的粉末，粉末越细越均匀，磁铁的性能越好。"),
  ("h", "第三步：磁场成型"),
  ("p", "把粉末放进模具，在强磁场中压制成型，让每个小颗粒的“磁极方向”排列整齐。"),
  ("h", "第四步：烧结"),
  ("p", "把压好的毛坯送进真空烧结炉高温烧结，粉末颗粒结合成致密的整体，再经过回火处理。"),
  ("h", "第五步：加工、电镀和充磁"),
  ("p", "烧结好的毛坯经过切片、磨削加工到客户需要的尺寸，然后镀镍、镀锌或喷涂环氧防锈，最后充磁，就成了我们常见的强力磁铁。"),
  ("h", "小贴士"),
  ("li", ["钕铁硼怕高温，普通牌号超过80℃就可能退磁。", "磁铁很脆，不要让两块大磁铁直接吸在一起。", "佩戴心脏起搏器的人要远离强磁铁。"]),
 ])

clear("web/磁鐵選購指南_台灣磁材.html", "zh", "other",
 "繁體中文磁鐵選購指南：牌號、形狀、鍍層、注意事項",
 skin="tw", site="永盛磁材股份有限公司", url="https://www.yongsheng-magnet.com.tw/guide.php",
 nav=["首頁", "產品介紹", "選購指南", "常見問題", "聯絡我們"],
 title="強力磁鐵選購指南", byline="更新日期：2026/01/20",
 footer="永盛磁材股份有限公司 版權所有 © 2026 ｜ 新北市五股區五工路xx號 ｜ 統一編號：2345xxxx ｜ 營業時間：週一至週五 08:30-17:30",
 blocks=[
  ("p", "市面上的磁鐵種類繁多，選購時常讓人不知從何下手。本指南整理了客戶最常詢問的重點，協助您快速找到合適的產品。"),
  ("h", "一、磁鐵種類比較"),
  ("t", [["種類", "磁力", "耐溫", "價格", "適合用途"], ["釹鐵硼（強力磁鐵）", "最強", "80~200℃（依牌號）", "中高", "馬達、音響、吸附固定"], ["釤鈷", "強", "250~350℃", "高", "高溫馬達、感測器"], ["鐵氧體", "中", "約250℃", "低", "冰箱貼、喇叭"], ["鋁鎳鈷", "中", "約500℃", "中", "儀表、教學用"], ["橡膠磁", "弱", "約70℃", "低", "廣告看板、磁性貼"]]),
  ("h", "二、形狀與充磁方向"),
  ("p", "常見形狀有圓形、方形、環形、瓦形與沉頭孔形。請在詢價時註明充磁方向（軸向、徑向、厚度方向或多極）。"),
  ("h", "三、表面處理"),
  ("p", "釹鐵硼容易生鏽，一般需電鍍鎳、鋅或噴塗環氧樹脂。戶外或潮濕環境建議選用環氧或三層鍍層。"),
  ("h", "四、使用注意事項"),
  ("li", ["大型磁鐵吸合時容易夾傷手指，請戴手套操作。", "請遠離心律調節器、信用卡及精密儀器。", "勿自行切割或鑽孔，以免碎裂及退磁。"]),
  ("p", "如需客製化尺寸，歡迎來電或填寫線上詢價單，業務人員將於一個工作天內回覆。"),
 ])

clear("web/cerium-oxide-polishing-powder-CP-300.html", "en", "other",
 "product page for cerium polishing powder: PSD, REO content, use instructions for glass polishing",
 skin="shop", site="OptiPol Abrasives", url="https://www.optipol-abrasives.com/products/cerium-oxide/cp-300",
 nav=["Polishing Powders", "Pads & Tools", "Slurry Systems", "Technical Library", "Distributors"],
 title="CP-300 Cerium Oxide Polishing Powder for Glass and Optics",
 byline="SKU CP-300-25 | 25 kg fibre drum | Also available in 5 kg and 1 kg",
 footer="\u00a9 2026 OptiPol Abrasives Inc. | SDS | Certificates of Analysis | REACH statement | Cookie preferences",
 blocks=[
  ("p", "CP-300 is a high-cerium polishing powder designed for final polishing of flat glass, display cover glass, spectacle lenses and precision optics. Its narrow particle distribution gives fast stock removal with a scratch-free finish."),
  ("h", "Typical properties"),
  ("t", [["Property", "Value"], ["Total rare-earth oxide (TREO)", "\u2265 90%"], ["CeO2 / TREO", "\u2265 60%"], ["D50", "1.2 \u2013 1.6 \u00b5m"], ["D99", "< 6 \u00b5m"], ["Colour", "Pale yellow"], ["Specific surface area", "4 \u2013 6 m\u00b2/g"]]),
  ("h", "How to use"),
  ("li", ["Mix with deionised water at 8\u201315 wt% (specific gravity 1.06\u20131.12).", "Keep the slurry agitated; recirculate through a 50 \u00b5m filter.", "Recommended pad: polyurethane (LP-66) for flats, felt for edges.", "Keep slurry pH at 7\u20139; add the OptiPol dispersant if the slurry settles too fast.", "Replace slurry when removal rate drops by ~30% or when glass fines exceed 5%."]),
  ("h", "Spent slurry"),
  ("p", "Dispose of spent slurry according to local regulations. OptiPol offers a take-back programme for large users in North America; please contact your account manager."),
  ("p", "Need help choosing? Compare CP-200 (faster removal, coarser) and CP-500 (super-fine for camera lenses)."),
 ])

clear("pdf/稀土抛光粉使用说明书_HX-812.pdf", "zh", "process-spec",
 "稀土抛光粉用户使用说明：浆料浓度、抛光垫、pH、储存；属下游应用，不是稀土生产技术",
 title="HX-812 稀土抛光粉 使用说明书", author="华鑫研磨材料有限公司",
 byline="华鑫研磨材料有限公司 技术服务部 ｜ 版本 V3.2 ｜ 2025年9月",
 pdf_footer="服务热线 400-8xx-xxxx",
 blocks=[
  ("h", "一、产品简介"),
  ("p", "HX-812为铈系稀土抛光粉，适用于手机盖板玻璃、光学镜片、液晶基板及平板玻璃的精抛工序，具有切削力强、抛光面光洁度高、悬浮性好等特点。"),
  ("h", "二、主要指标"),
  ("t", [["项目", "指标"], ["TREO", "≥ 88%"], ["CeO2/TREO", "≥ 62%"], ["D50 (μm)", "1.0–1.4"], ["Dmax (μm)", "≤ 8"], ["外观", "淡黄色粉末"]]),
  ("h", "三、使用方法"),
  ("li", ["配浆：用纯水或去离子水配制，浓度一般为8%–12%（波美度6–10°Bé），搅拌不少于20分钟。", "上机：保持循环搅拌，避免沉淀；抛光垫推荐使用聚氨酯垫或阻尼布。", "压力与转速按设备说明调整，一般粗抛压力较大、精抛压力较小。", "浆料pH宜控制在7–9之间，必要时添加分散剂。", "当抛光效率明显下降或玻璃粉含量过高时，应更换新浆。"]),
  ("h", "四、储存与安全"),
  ("p", "本品应存放于干燥通风处，防潮防污染，保质期两年。使用时请佩戴防尘口罩。废浆请交由有资质的单位处理。"),
  ("h", "五、常见问题"),
  ("qa", "抛光面出现划伤怎么办？", "检查是否有大颗粒或杂质混入，更换过滤网，清洗抛光垫，必要时更换新浆。"),
  ("qa", "浆料沉淀太快？", "适当提高浓度或添加分散剂，保持循环搅拌。"),
 ])

clear("web/rare-earth-phosphors-product-range.html", "en", "other",
 "phosphor supplier product range page (YAG:Ce, nitride red, tricolour lamp phosphors); application data only",
 skin="shop", site="Luminex Phosphor Technologies", url="https://www.luminex-phosphors.com/products/led-and-lamp-phosphors",
 nav=["LED Phosphors", "Lamp Phosphors", "Security Pigments", "Applications", "Contact"],
 title="LED and Lamp Phosphors \u2013 Product Range",
 byline="Product family overview | Datasheets available after registration",
 footer="Luminex Phosphor Technologies Ltd. \u00a9 2026. All product names are trademarks of their respective owners. Imprint | Data protection | Cookie settings",
 blocks=[
  ("p", "Luminex supplies rare-earth activated phosphors for white LEDs, display backlights, horticultural lighting and legacy fluorescent lamps. All products are delivered with batch certificates giving peak wavelength, CIE coordinates and particle size."),
  ("t", [["Product", "Host / activator", "Peak (nm)", "D50 (\u00b5m)", "Application"], ["LX-Y550", "Y3Al5O12:Ce (YAG)", "550", "13", "Cool-white LED"], ["LX-L535", "Lu3Al5O12:Ce (LuAG)", "535", "12", "High-CRI LED"], ["LX-N630", "(Sr,Ca)AlSiN3:Eu", "630", "15", "Warm-white, R9 boost"], ["LX-KSF", "K2SiF6:Mn4+", "631", "20", "Wide-gamut backlight"], ["LX-T611", "Y2O3:Eu (tricolour red)", "611", "5", "Fluorescent lamps"]]),
  ("h", "Handling"),
  ("p", "Phosphors are mixed into silicone at 5\u201330 wt% depending on target colour temperature. Avoid high-shear mixing that damages particles. Store sealed and dry; nitride and KSF grades are moisture sensitive."),
  ("h", "Sustainability"),
  ("p", "We take back end-of-life lamp phosphor powder through our partner network and publish annual recovery volumes in our sustainability report."),
 ])

clear("pdf/FCC_Catalyst_Selection_Guide_for_Refiners.pdf", "en", "other",
 "FCC catalyst vendor bulletin for refiners: RE2O3 on catalyst, unit operation, e-cat monitoring; not rare-earth production",
 title="Rare-Earth Levels in FCC Catalysts: A Selection Guide for Refiners", author="Catalytica Refining Solutions",
 byline="Technical Bulletin TB-2025-07 \u00b7 Catalytica Refining Solutions \u00b7 For customer distribution",
 pdf_footer="Catalytica Refining Solutions \u00b7 TB-2025-07",
 blocks=[
  ("h", "Why rare earths are in your catalyst"),
  ("p", "Rare-earth (mainly lanthanum) ions exchanged into the Y zeolite stabilise the framework against steam dealumination in the regenerator. More rare earth means higher retained activity and gasoline yield, at the cost of lower octane and higher hydrogen transfer."),
  ("h", "Typical ranges"),
  ("t", [["Objective", "RE2O3 on catalyst (wt%)", "Unit cell size (equil., \u00c5)", "Comment"], ["Max octane / LPG", "0.5\u20131.5", "24.24\u201324.27", "Pair with ZSM-5 additive"], ["Balanced", "1.5\u20132.5", "24.27\u201324.30", "Most common"], ["Max gasoline / resid", "2.5\u20133.5", "24.30\u201324.33", "High metals feeds"]]),
  ("h", "Monitoring equilibrium catalyst"),
  ("li", ["Track MAT activity, surface area and unit cell size weekly.", "Ni and V on e-cat above 3,000 ppm call for a vanadium trap or higher fresh addition rate.", "Sudden loss of activity after a regenerator temperature excursion usually points to hydrothermal deactivation."]),
  ("h", "Managing rare-earth cost"),
  ("p", "After the 2011 lanthanum price spike, many refiners moved to reduced-RE formulations. Our LoRE series delivers comparable activity with 30% less rare earth by using a stabilised matrix. Contact your technical service representative for a unit-specific simulation."),
  ("h", "Spent catalyst"),
  ("p", "Spent FCC catalyst is commonly used as a raw material in cement kilns. Please follow local waste regulations."),
 ])

clear("web/ceria-zirconia-oxygen-storage-materials.html", "en", "other",
 "automotive three-way catalyst OSC material product page (CeO2-ZrO2); application properties only",
 skin="shop", site="Nordkat Advanced Materials", url="https://www.nordkat.com/en/automotive/oxygen-storage-materials",
 nav=["Automotive", "Industrial Catalysts", "Coatings", "Careers", "Investors"],
 title="Ceria-Zirconia Oxygen Storage Materials for Three-Way Catalysts",
 byline="Automotive Emissions Control | Product family OSM",
 footer="\u00a9 2026 Nordkat Advanced Materials AB \u00b7 Sustainability report \u00b7 Code of conduct \u00b7 Manage cookies",
 blocks=[
  ("p", "Oxygen storage capacity (OSC) lets a three-way catalyst buffer the rich/lean swings of a gasoline engine. Our ceria-zirconia mixed oxides keep high OSC and surface area after severe ageing, enabling lower platinum-group metal loadings."),
  ("t", [["Grade", "CeO2 (wt%)", "ZrO2 (wt%)", "Dopants", "BET fresh / aged 1100 \u00b0C (m\u00b2/g)"], ["OSM-40", "40", "50", "La, Y", "75 / 22"], ["OSM-20", "20", "70", "La, Nd", "70 / 28"], ["OSM-45P", "45", "45", "La, Pr", "80 / 20"]]),
  ("p", "Materials are supplied as powders for washcoat preparation. Typical washcoat loadings are 40\u201380 g/L of substrate. Ask for our washcoat slurry guidelines and ageing protocol."),
 ])

clear("pdf/HydroStore_AB5_Alloy_Datasheet_and_Handling.pdf", "en", "parameter-sheet",
 "hydrogen-storage alloy datasheet and handling guide for end users (activation, storage capacity); product use",
 title="HydroStore H-55 AB5 Hydrogen Storage Alloy \u2013 Datasheet & Handling Guide", author="HydroStore Materials",
 byline="Document HS-DS-055 rev. D \u00b7 2025-10 \u00b7 HydroStore Materials Co., Ltd.",
 pdf_footer="HS-DS-055 rev. D",
 blocks=[
  ("h", "1. Description"),
  ("p", "H-55 is a mischmetal-nickel AB5 alloy (La-rich MmNi4.3Co0.4Mn0.3) supplied as crushed powder for metal-hydride hydrogen storage canisters, compressors and heat pumps."),
  ("h", "2. Typical properties"),
  ("t", [["Property", "Value"], ["Reversible capacity", "1.3 wt% H"], ["Plateau pressure (absorption, 25 \u00b0C)", "0.25 MPa"], ["Hysteresis ln(Pa/Pd)", "0.15"], ["Particle size", "< 300 \u00b5m (\u221250 mesh)"], ["Cycle life", "> 3,000 cycles, < 10% capacity loss"]]),
  ("h", "3. Activation in your canister"),
  ("li", ["Fill the canister in an argon glovebox; leave 25% free volume for expansion.", "Evacuate at 80 \u00b0C for 1 h, then charge with 99.999% H2 at 3 MPa at room temperature.", "Repeat absorption/desorption 3\u20135 times until capacity is stable."]),
  ("h", "4. Safety"),
  ("p", "Activated powder is pyrophoric. Never open a charged canister to air. Passivate with slow air bleed-in under nitrogen before disposal. Refer to SDS section 7."),
  ("h", "5. Ordering"),
  ("p", "Supplied in 1 kg and 5 kg argon-sealed cans. NiMH battery grades (H-60B) are available separately."),
 ])

clear("web/稀土微肥使用方法.html", "zh", "other",
 "稀土叶面肥产品页与施用方法；农业应用，非稀土生产技术",
 skin="cn", site="丰农农资商城", url="https://www.fengnong-nongzi.com/product/2217.html",
 nav=["首页", "化肥", "叶面肥", "农药", "种子", "农技课堂"],
 title="稀土多元素叶面肥（500mL/瓶）产品详情及使用方法",
 byline="品牌：丰禾 ｜ 登记证号：农肥（2023）准字xxxx号 ｜ 销量 1.2万+",
 footer="丰农农资商城 © 2026 ｜ 农资经营许可证 ｜ 客服电话 400-xxx-xxxx ｜ 请按说明书使用",
 blocks=[
  ("p", "本品含稀土元素及硼、锌、锰等中微量元素，能促进作物生根发芽，提高叶绿素含量，增强抗逆性，提高坐果率和产量。"),
  ("h", "适用作物"),
  ("p", "水稻、小麦、玉米、大豆、果树、蔬菜、茶叶、烟草等。"),
  ("h", "使用方法"),
  ("t", [["作物", "施用时期", "稀释倍数", "次数"], ["水稻", "分蘖期、孕穗期", "800–1000倍", "2次"], ["果树", "花前、幼果期", "1000–1500倍", "2–3次"], ["蔬菜", "苗期、开花期", "1000倍", "2–3次，间隔7–10天"], ["茶叶", "萌芽期", "1000倍", "2次"]]),
  ("h", "注意事项"),
  ("li", ["宜在晴天上午10点前或下午4点后喷施，避开高温时段。", "喷后6小时内遇雨应补喷。", "不可与强碱性农药混用。", "置于阴凉干燥处，远离儿童。"]),
 ])

clear("web/how-mri-magnets-work.html", "en", "other",
 "popular-science article on MRI magnets (superconducting vs permanent NdFeB open MRI)",
 skin="news", site="RadiologyExplained.org", url="https://www.radiologyexplained.org/equipment/mri-magnets",
 nav=["Exams", "Equipment", "Safety", "For Patients", "Donate"],
 title="Inside the Scanner: How MRI Magnets Work",
 byline="Reviewed by Dr. P. Okafor, MD \u00b7 Updated 5 December 2025",
 footer="RadiologyExplained.org is a non-profit patient education site. Information is not a substitute for medical advice. \u00a9 2025",
 blocks=[
  ("p", "Every MRI scanner is built around a magnet that produces a very strong and very uniform field. Most hospital scanners use 1.5 or 3 tesla superconducting magnets; some open and extremity scanners use permanent magnets."),
  ("h", "Superconducting magnets"),
  ("p", "Coils of niobium-titanium wire are cooled by liquid helium to about \u2212269 \u00b0C, where they carry current with no resistance. Once the magnet is \u2018ramped\u2019, the field stays on permanently \u2013 which is why the scanner room is always dangerous for loose metal objects."),
  ("h", "Permanent-magnet scanners"),
  ("p", "Low-field open scanners (0.2\u20130.5 T) use large blocks of neodymium-iron-boron magnets arranged above and below the patient, joined by a heavy iron yoke. They need no helium and are cheaper to run, but images take longer and the magnet can weigh more than 10 tonnes."),
  ("h", "Shimming"),
  ("p", "To make the field uniform to a few parts per million, engineers add small pieces of steel (passive shims) and adjustable coils (active shims) during installation."),
  ("h", "What this means for you"),
  ("p", "Tell staff about implants, remove jewellery and follow the screening questions \u2013 the magnet is always on."),
 ])

clear("pdf/AN-117_IPM_Motor_Magnet_Selection.pdf", "en", "process-spec",
 "motor design application note: choosing NdFeB grade for IPM rotor, demag check; product design using magnets",
 title="AN-117: Selecting Magnets for Interior Permanent Magnet (IPM) Traction Motors", author="Veltron Drive Systems",
 byline="Application Note AN-117 rev. 2 \u00b7 Veltron Drive Systems Engineering \u00b7 Public",
 pdf_footer="Veltron Drive Systems \u00b7 AN-117",
 blocks=[
  ("h", "1. Scope"),
  ("p", "This note helps motor designers choose a sintered NdFeB grade and magnet geometry for IPM traction motors, balancing torque density, demagnetisation margin and heavy rare-earth content."),
  ("h", "2. Operating point"),
  ("p", "Determine the worst-case magnet temperature (typically 150\u2013180 \u00b0C at peak load) and the maximum d-axis demagnetising current (short-circuit or field-weakening). Use FEA to find the minimum flux density in the magnet under that condition."),
  ("h", "3. Grade selection"),
  ("t", [["Max magnet temp.", "Suggested grade", "HcJ at 20 \u00b0C (kA/m)", "HRE note"], ["140 \u00b0C", "N48SH", "\u2265 1590", "Low or no Dy with GBD grades"], ["160 \u00b0C", "N45UH", "\u2265 1990", "GBD Tb grades preferred"], ["180 \u00b0C", "N40EH", "\u2265 2390", "Check supply and export licensing"]]),
  ("h", "4. Demagnetisation check"),
  ("li", ["Knee point of the B-H curve at max temperature must stay below the minimum operating flux density with \u2265 10% margin.", "Segmenting magnets axially reduces eddy-current loss and hot spots.", "Verify with a locked-rotor short-circuit test on the prototype."]),
  ("h", "5. Supply considerations"),
  ("p", "Magnet lead times have increased since 2025 export-control measures. Qualify two sources and specify magnets by performance (Br, HcJ, dimensions, coating) rather than by composition."),
 ])

clear("pdf/Rare_Earths_Value_Chain_Sector_Report_Feb2026.pdf", "en", "other",
 "broker sector report: value chain mining to recycling with capacities and prices; market info only",
 title="Rare Earths: Mapping the Value Chain After Export Controls", author="Halden Rowe Securities Research",
 byline="Halden Rowe Securities \u00b7 Metals & Mining \u00b7 Sector Report \u00b7 12 February 2026 \u00b7 Analysts: J. Marsh, L. Chen, CFA. See important disclosures at the end of this report.",
 pdf_footer="Halden Rowe Securities \u00b7 For institutional investors only",
 blocks=[
  ("h", "Key takeaways"),
  ("li", ["China still accounts for ~69% of mined supply, ~90% of separated oxide and ~92% of sintered magnet output.", "Ex-China separation capacity should reach ~28 ktpa REO by 2028, but metal and alloy capacity remains the bottleneck.", "We raise our 2026 NdPr oxide forecast to US$78/kg and initiate coverage of two magnet recyclers."]),
  ("h", "The value chain"),
  ("t", [["Stage", "2025 global capacity", "China share", "Key ex-China players", "Margin pool"], ["Mining (REO in concentrate)", "~390 kt", "69%", "MP, Lynas, Iluka (2027)", "High, price-driven"], ["Separation (REO)", "~330 kt", "~90%", "Lynas, Solvay La Rochelle, Neo Estonia", "Medium"], ["Metals & alloys", "~95 kt", "~93%", "Few; Vietnam, Japan toll", "Thin"], ["Sintered magnets", "~300 kt", "~92%", "Shin-Etsu, TDK, VAC, Neo", "Medium"], ["Recycling (swarf, EOL)", "~40 kt RE-bearing", "~85%", "HyProMag, Cyclic, Noveon", "Early stage"]]),
  ("h", "Prices"),
  ("t", [["Product", "Q4-25 avg", "2026E", "2027E"], ["NdPr oxide (US$/kg)", "74", "78", "85"], ["Dy oxide (US$/kg)", "230", "260", "270"], ["Tb oxide (US$/kg)", "980", "1,050", "1,100"], ["N52 magnet block (US$/kg)", "62", "66", "70"]]),
  ("h", "Export controls"),
  ("p", "MOFCOM Announcements 61 and 62 of 2025 extend licensing from products to technology for all five stages and to assistance abroad. We see this as lengthening ex-China build-outs by 12\u201324 months, as engineering know-how for separation and magnet sintering can no longer be freely hired from China."),
  ("h", "Valuation and risks"),
  ("p", "Our coverage trades at 9.8x EV/EBITDA 2027E. Key risks: policy reversal, demand substitution (ferrite, induction motors), project delays and commissioning risk for new separation plants."),
  ("p", "Important disclosures: This report is for information only and does not constitute an offer. Halden Rowe may have positions in the securities mentioned."),
 ])

clear("pdf/稀土永磁行业深度报告_产业链梳理.pdf", "zh", "other",
 "券商行业深度报告：产业链各环节产能、价格、公司对比；市场信息",
 title="稀土永磁行业深度报告：供需重塑，龙头受益", author="华泰xx证券研究所",
 byline="证券研究报告 ｜ 行业深度 ｜ 有色金属 ｜ 2025年12月3日 ｜ 分析师：王某某 S05705xxxxxxxx ｜ 请务必阅读正文之后的免责声明",
 pdf_footer="请务必阅读正文之后的免责条款部分",
 blocks=[
  ("h", "核心观点"),
  ("p", "稀土出口管制范围由产品延伸至技术，海外供应链重建周期拉长；国内配额增速放缓，氧化镨钕价格中枢上移。我们看好具备资源保障和高端磁材产能的龙头企业，维持行业“增持”评级。"),
  ("h", "一、产业链梳理"),
  ("p", "稀土产业链可分为上游开采（矿山、稀土精矿）、中游冶炼分离与金属冶炼（稀土氧化物、稀土金属）、下游磁材及应用（烧结钕铁硼、粘结钕铁硼、钐钴），以及废料回收环节。"),
  ("t", [["环节", "代表产品", "2025年国内产能/产量", "行业集中度"], ["开采", "稀土精矿（REO）", "开采指标27万吨", "两大集团"], ["冶炼分离", "氧化镨钕等", "冶炼分离指标25.4万吨", "高"], ["金属冶炼", "镨钕金属", "约9万吨", "中"], ["磁材", "烧结钕铁硼毛坯", "约35万吨", "CR5约40%"], ["回收", "钕铁硼废料", "约7万吨（废料）", "分散"]]),
  ("h", "二、价格复盘"),
  ("t", [["品种", "2024年均价", "2025年均价", "2026E"], ["氧化镨钕（万元/吨）", "40.5", "52.3", "58"], ["氧化镝（万元/吨）", "173", "165", "170"], ["氧化铽（万元/吨）", "620", "690", "720"]]),
  ("h", "三、重点公司"),
  ("p", "我们测算主要磁材企业2026年毛坯产能合计超过20万吨，其中高性能产品占比持续提升。晶界渗透技术普及使重稀土单耗下降，成本优势扩大。"),
  ("h", "风险提示"),
  ("p", "政策变化风险；下游新能源汽车需求不及预期；稀土价格大幅波动；海外产能建设超预期。"),
 ])

clear("web/china-rare-earth-technology-controls-what-changed.html", "en", "other",
 "think-tank commentary on MOFCOM 61/62 technology controls; policy analysis",
 skin="news", site="Center for Strategic Materials Policy", url="https://www.csmp-policy.org/analysis/china-rare-earth-technology-controls",
 nav=["Analysis", "Programs", "Events", "Experts", "Donate"],
 title="China's Rare Earth Technology Controls: What Changed and Why It Matters",
 byline="Commentary by Marta Ellison and Kevin Tran \u00b7 October 21, 2025",
 footer="CSMP is a nonpartisan research institution. Views are the authors' own. \u00a9 2025 Center for Strategic Materials Policy. 1616 Rhode Island Ave NW, Washington DC.",
 blocks=[
  ("p", "On October 9, 2025, China's Ministry of Commerce issued Announcement No. 62, placing export licensing requirements on technologies for rare earth mining, separation and smelting, metal smelting, magnet manufacturing and secondary resource recycling, together with technology for assembling, commissioning, maintaining, repairing and upgrading production lines. Announcement No. 61 created China's first extraterritorial rule of its kind for foreign-made items containing Chinese rare earths."),
  ("h", "What is new"),
  ("li", ["Technology controls existed since 2023 for extraction and separation and for magnet making; the new list covers the whole chain including recycling.", "Carriers are named explicitly: design drawings, process specifications, parameters, machining programs and simulation data.", "Providing \u2018substantive help\u2019 to overseas projects, including through hiring and consulting, now requires a licence.", "Public-domain technology, basic scientific research and ordinary patent applications are excluded."]),
  ("h", "Why it matters"),
  ("p", "Western efforts to rebuild separation and magnet capacity have relied heavily on Chinese-trained engineers and equipment vendors. The new rules make commissioning support and process tuning licensable, which is likely to slow ramp-ups and raise costs."),
  ("h", "Policy recommendations"),
  ("li", ["Fund workforce training for separation chemistry and magnet sintering in allied countries.", "Support pilot-scale facilities that generate domestic process know-how.", "Coordinate stockpiles of heavy rare earths with partners."]),
 ])

clear("web/client-alert-mofcom-announcement-62-rare-earth-technology.html", "en", "other",
 "law-firm client alert explaining licensing obligations under Announcement 62; compliance advice",
 skin="news", site="Whitfield Lowe LLP", url="https://www.whitfieldlowe.com/insights/client-alerts/2025/10/mofcom-announcement-62",
 nav=["People", "Practices", "Insights", "Offices", "Careers"],
 title="Client Alert: China Expands Export Controls to Rare Earth Technologies",
 byline="International Trade & Sanctions Practice \u00b7 October 15, 2025 \u00b7 Attorney Advertising",
 footer="This alert is provided for informational purposes and does not constitute legal advice. \u00a9 2025 Whitfield Lowe LLP. Prior results do not guarantee a similar outcome.",
 blocks=[
  ("p", "Companies operating rare earth supply chains in or with China should review technology transfers, engineering services and personnel arrangements in light of MOFCOM Announcement No. 62 of 2025 (effective on publication)."),
  ("h", "Who is affected"),
  ("p", "Chinese entities and individuals, including Chinese nationals abroad, that transfer or provide covered technology to foreign parties by any means \u2013 trade, licensing, investment, exhibitions, technical exchange, joint R&D, employment or consulting \u2013 must obtain a dual-use export licence. Intermediaries such as freight forwarders, platforms and financiers are prohibited from facilitating unlicensed exports."),
  ("h", "Practical steps"),
  ("li", ["Inventory drawings, process specifications, parameter sheets, NC programs and simulation files held by China-based affiliates and vendors.", "Review engineering-services and commissioning contracts for overseas plants.", "Screen intra-group data sharing, including cloud access from outside China.", "Document public-domain, basic-research and patent-application exclusions where relied upon.", "Update deemed-export style procedures for foreign staff in Chinese facilities."]),
  ("h", "Penalties"),
  ("p", "Violations may be penalised under Articles 34 et seq. of the Export Control Law, including confiscation of illegal gains, fines of up to ten times the illegal turnover, and suspension of export privileges."),
  ("p", "Please contact the authors or your usual Whitfield Lowe contact with questions."),
 ])

clear("web/商务部公告2025年第62号解读_律师观点.html", "zh", "other",
 "律所文章：解读62号公告的适用范围与合规建议",
 skin="cn", site="君衡律师事务所", url="https://www.junheng-law.com/cn/insights/20251020.html",
 nav=["首页", "专业领域", "律师团队", "研究观点", "联系我们"],
 title="稀土相关技术出口管制新规解读及企业合规建议",
 byline="作者：李某、陈某 ｜ 君衡律师事务所 国际贸易与合规团队 ｜ 2025年10月20日",
 footer="本文仅供参考，不构成法律意见。© 2025 君衡律师事务所 版权所有 ｜ 京ICP备xxxxxxxx号",
 blocks=[
  ("p", "2025年10月9日，商务部发布2025年第61号、第62号公告，对稀土相关技术及境外相关稀土物项实施出口管制。本文结合实务，对企业关注的几个问题作简要分析。"),
  ("h", "一、管制范围"),
  ("p", "第62号公告管制的技术覆盖稀土开采、冶炼分离、金属冶炼、磁材制造以及稀土二次资源回收利用五个环节（编码1E902.a），以及相关生产线的装配、调试、维护、维修和升级技术（编码1E902.b）。“技术及其载体”包括设计图纸、工艺规范、工艺参数、加工程序、仿真数据等。"),
  ("h", "二、“出口”的含义"),
  ("p", "公告所称出口包括贸易性出口，以及通过知识产权授权、投资、交流、展览、检测、技术传授、联合研发、雇佣、咨询等方式的转移或提供。境内向外国组织或个人提供同样属于出口。"),
  ("h", "三、不适用的情形"),
  ("p", "已进入公共领域的技术、基础科学研究中使用的技术以及普通专利申请所必需的技术不适用本公告。但企业不得未经许可向不特定对象公开尚未进入公共领域的管制技术。"),
  ("h", "四、合规建议"),
  ("li", ["建立技术分类清单，识别工艺文件、参数表、图纸等载体。", "对外发邮件、云盘共享、展会资料实施出口前审查。", "审查与境外客户的技术服务、设备调试合同。", "对外籍员工接触技术资料的权限进行管理。"]),
 ])

clear("web/Neodymium_magnet_wiki.html", "en", "other",
 "Wikipedia-style encyclopedia article on neodymium magnets; general history and properties",
 skin="wiki", site="OpenPedia", url="https://en.openpedia.org/wiki/Neodymium_magnet",
 nav=["Main page", "Contents", "Random article", "Help"],
 title="Neodymium magnet",
 byline="From OpenPedia, the free encyclopedia",
 footer="This page was last edited on 2 February 2026. Text is available under the Creative Commons Attribution-ShareAlike License 4.0. Privacy policy \u00b7 Disclaimers \u00b7 Mobile view",
 blocks=[
  ("p", "A neodymium magnet (also known as NdFeB, NIB or Neo magnet) is a permanent magnet made from an alloy of neodymium, iron and boron that forms the Nd2Fe14B tetragonal crystalline structure. Developed independently in 1984 by General Motors and Sumitomo Special Metals, they are the strongest type of permanent magnet available commercially."),
  ("h", "History"),
  ("p", "General Motors developed a melt-spun (rapidly quenched) nanocrystalline material later sold as Magnequench powder for bonded magnets, while Sumitomo developed the sintered route. By the 2010s China produced most of the world's supply."),
  ("h", "Properties"),
  ("p", "The tetragonal Nd2Fe14B crystal has very high uniaxial magnetocrystalline anisotropy (HA ~7 T) and a saturation magnetisation of about 1.6 T. The Curie temperature is relatively low, about 310\u2013320 \u00b0C, which is why heavy rare earths such as dysprosium are added for high-temperature grades."),
  ("h", "Production"),
  ("p", "There are two principal manufacturing methods: sintered magnets, made by powder metallurgy, and bonded magnets, in which melt-spun ribbon powder is mixed with a polymer and compression- or injection-moulded."),
  ("h", "Applications"),
  ("li", ["Electric vehicle traction motors and wind turbine generators", "Hard disk drives and loudspeakers", "Cordless tools and consumer electronics", "Magnetic resonance imaging (open low-field systems)"]),
  ("h", "See also"),
  ("li", ["Samarium\u2013cobalt magnet", "Rare-earth magnet", "Ferrite magnet", "Alnico"]),
 ])

clear("web/稀土元素_維基.html", "zh", "other",
 "繁體中文百科條目：稀土元素概述、分布與用途",
 skin="wiki", site="開放百科", url="https://zh.openpedia.org/zh-tw/稀土元素",
 nav=["首頁", "分類索引", "隨機條目", "說明"],
 title="稀土元素", byline="維基式開放百科，自由的百科全書",
 footer="本頁面最後修訂於2026年1月11日。本站的全部文字在知識共享 署名-相同方式共享 4.0協議之條款下提供。",
 blocks=[
  ("p", "稀土元素是元素週期表中鑭系元素加上鈧和釔，共17種元素的總稱。雖然名為「稀土」，但其中許多元素在地殼中的豐度並不低，只是很少形成可經濟開採的富集礦床。"),
  ("h", "分類"),
  ("p", "通常分為輕稀土（鑭、鈰、鐠、釹等）與重稀土（鋱、鏑、鈥、鉺、釔等）。"),
  ("h", "礦產與分布"),
  ("p", "主要礦物有氟碳鈰礦、獨居石與離子吸附型黏土礦。中國、美國、澳洲、緬甸等地為主要產地。"),
  ("h", "用途"),
  ("li", ["永久磁鐵（釹鐵硼、釤鈷）", "石油裂解觸媒與汽車觸媒", "玻璃拋光粉", "螢光粉與雷射材料", "儲氫合金與鎳氫電池"]),
  ("h", "政策"),
  ("p", "中國自2023年起對部分稀土提取分離與磁體製備技術實施出口限制，並於2025年擴大管制範圍。"),
 ])

clear("pdf/Investor_Presentation_Q3_FY2025_Meridian_Magnetics.pdf", "en", "other",
 "investor presentation summary: capacity, revenue, strategy; no process detail",
 orient="L", producer="Microsoft\u00ae PowerPoint\u00ae for Microsoft 365", creator="Microsoft\u00ae PowerPoint\u00ae for Microsoft 365",
 title="Meridian Magnetics \u2013 Investor Presentation Q3 FY2025", author="Investor Relations",
 byline="November 2025 \u00b7 ASX: MMX \u00b7 Not for release to US wire services",
 pdf_footer="Meridian Magnetics Ltd \u00b7 Investor Presentation",
 blocks=[
  ("h", "Disclaimer"),
  ("p", "This presentation contains forward-looking statements that are subject to risks and uncertainties. Past performance is not a guide to future performance."),
  ("h", "Highlights"),
  ("li", ["Revenue A$142 m (+31% yoy); EBITDA A$28 m.", "Magnet plant in Malaysia: Phase 1 nameplate 2,000 tpa sintered NdFeB, first saleable product shipped September 2025.", "Offtake MoUs with two European Tier-1 automotive suppliers covering 60% of Phase 1.", "Recycling JV: 500 tpa swarf and end-of-life magnet feed from 2027."]),
  ("h", "Integrated strategy"),
  ("t", [["Stage", "Status", "Capacity", "Timing"], ["Concentrate", "Offtake (third party)", "\u2013", "Contracted"], ["Oxide", "Toll separation (Europe)", "1,200 tpa NdPr", "2026"], ["Metal", "Partner", "800 tpa", "2026"], ["Magnets", "Own plant", "2,000 \u2192 5,000 tpa", "2025 / 2028"], ["Recycling", "JV", "500 tpa", "2027"]]),
  ("h", "Capex and funding"),
  ("p", "Phase 2 capex estimated at A$310 m, funded by export credit agency debt (A$180 m, term sheet signed) and equity. Yield ramp-up remains the key operational risk; current yield is tracking ahead of plan."),
  ("h", "Outlook"),
  ("p", "FY2026 guidance: 1,400\u20131,600 t magnet sales; gross margin 22\u201326% at NdPr US$75/kg."),
 ])

clear("pdf/2025年年度报告摘要_某磁材股份.pdf", "zh", "other",
 "上市磁材公司年报摘要：财务数据、产能、主营业务；无工艺参数",
 title="宁江磁材股份有限公司 2025年年度报告摘要", author="宁江磁材股份有限公司",
 byline="证券代码：30xxxx ｜ 证券简称：宁江磁材 ｜ 公告编号：2026-012",
 pdf_footer="宁江磁材股份有限公司 2025年年度报告摘要",
 blocks=[
  ("h", "一、重要提示"),
  ("p", "本年度报告摘要来自年度报告全文，为全面了解本公司的经营成果、财务状况及未来发展规划，投资者应当到证监会指定媒体仔细阅读年度报告全文。"),
  ("h", "二、公司基本情况"),
  ("p", "公司主营业务为高性能烧结钕铁硼永磁材料的研发、生产和销售，产品主要应用于新能源汽车驱动电机、风力发电、节能变频空调、工业机器人及消费电子等领域。"),
  ("h", "三、主要会计数据和财务指标"),
  ("t", [["项目", "2025年", "2024年", "同比增减"], ["营业收入（万元）", "684,213", "571,926", "19.63%"], ["归母净利润（万元）", "52,374", "38,905", "34.62%"], ["经营活动现金流量净额（万元）", "61,020", "44,118", "38.31%"], ["基本每股收益（元/股）", "0.41", "0.31", "32.26%"]]),
  ("h", "四、经营情况讨论"),
  ("p", "报告期内，公司毛坯产能达到4万吨，较上年增加1万吨；包头新基地一期项目已投产。公司持续推进晶界渗透等技术应用，重稀土单耗同比下降。受国家稀土相关技术出口管制政策影响，公司海外项目合作模式已依法调整，相关技术输出均按规定申请许可。"),
  ("h", "五、利润分配预案"),
  ("p", "以总股本为基数，向全体股东每10股派发现金红利1.20元（含税）。"),
 ])

clear("web/ferrite-magnet-manufacturing-process.html", "en", "process-spec",
 "process article for hard ferrite (SrFe12O19) magnets with calcination/sintering temperatures; other material",
 skin="news", site="Ceramic Industry Insights", url="https://www.ceramicindustryinsights.com/articles/hard-ferrite-magnet-process",
 nav=["Articles", "Kilns & Furnaces", "Materials", "Buyers Guide", "Subscribe"],
 title="Making Hard Ferrite Magnets: From Iron Oxide to Anisotropic Segments",
 byline="Feature \u00b7 by Dr. Rolf Baumann \u00b7 September 2025",
 footer="\u00a9 2025 Ceramic Industry Insights. Reproduction prohibited without permission. | Advertise | Editorial calendar | Cookies",
 blocks=[
  ("p", "Strontium and barium hexaferrite magnets remain the workhorse of motors, loudspeakers and sensors: low cost, no critical raw materials and excellent corrosion resistance. This article follows a typical wet-pressed anisotropic process."),
  ("h", "Raw materials and calcination"),
  ("p", "Iron oxide (from steel pickling liquor regeneration, Fe2O3 \u2265 99.3%) is mixed with strontium carbonate at an Fe/Sr molar ratio of about 11.6\u201312 and calcined in a rotary kiln at 1,250\u20131,300 \u00b0C to form SrFe12O19 clinker."),
  ("h", "Milling"),
  ("p", "Clinker is coarse-milled, then wet-milled in ball mills or attritors to about 0.7\u20130.9 \u00b5m with additions of CaCO3, SiO2 and sometimes La-Co substitution for high-coercivity grades."),
  ("h", "Wet pressing in a field"),
  ("p", "The slurry (~65\u201370% solids) is injected into dies under an orienting field of 0.8\u20131.0 T while water is drawn off through filter cloth. Pressure is typically 30\u201350 MPa."),
  ("h", "Sintering and grinding"),
  ("p", "Segments are dried and sintered in tunnel kilns at 1,180\u20131,230 \u00b0C in air, giving Br of 0.40\u20130.45 T. Arc segments are diamond-ground on the inner and outer radii and magnetised in the motor or before shipment."),
  ("t", [["Grade (IEC 60404-8-1)", "Br (mT)", "HcJ (kA/m)", "Typical use"], ["HF 26/18", "380\u2013390", "180\u2013200", "Loudspeakers"], ["HF 32/25", "410\u2013420", "250\u2013270", "DC motors"], ["HF 38/36", "440\u2013450", "360\u2013380", "Automotive starters"]]),
 ])

clear("pdf/AlNiCo_Casting_and_Heat_Treatment_Practice.pdf", "en", "process-spec",
 "AlNiCo magnet casting and heat treatment practice with temperatures; not a rare-earth magnet",
 title="Cast AlNiCo Magnets: Foundry and Heat Treatment Practice", author="Foundry Technical Review",
 byline="Foundry Technical Review, Practice Notes series no. 44 (trade magazine reprint)",
 pdf_footer="Foundry Technical Review \u00b7 Practice Notes",
 blocks=[
  ("h", "Alloys"),
  ("p", "AlNiCo 5 (8% Al, 14% Ni, 24% Co, 3% Cu, balance Fe) and AlNiCo 8 (7% Al, 15% Ni, 35% Co, 4% Cu, 5% Ti) cover most industrial demand for instruments, guitar pickups, sensors and high-temperature holding."),
  ("h", "Melting and casting"),
  ("p", "Alloys are melted in induction furnaces and poured into sand or shell moulds. For columnar (DG) AlNiCo 5-7 the mould sits on a chill plate with exothermic sleeves to promote directional solidification."),
  ("h", "Solution treatment and field cooling"),
  ("t", [["Step", "AlNiCo 5", "AlNiCo 8"], ["Solution treatment", "1,250 \u00b0C, 20 min", "1,250 \u00b0C, 30 min"], ["Cooling in field", "Controlled 1\u20132 \u00b0C/s through 900\u2013800 \u00b0C in 0.1 T", "Isothermal 810\u2013820 \u00b0C, 10 min in field"], ["Aging", "600 \u00b0C 2 h + 560 \u00b0C 20 h", "650 \u00b0C 5 h + 580 \u00b0C 15 h"]]),
  ("h", "Finishing"),
  ("p", "AlNiCo is hard and brittle; only grinding is practical. Magnets are usually magnetised after assembly because of their low coercivity."),
 ])

clear("web/aluminium-smelting-hall-heroult-cell-explained.html", "en", "process-spec",
 "aluminium electrolysis article: cryolite bath ratio, temperature, anode effect; fluoride-bath vocabulary but not RE",
 skin="news", site="LightMetals Today", url="https://www.lightmetalstoday.com/primary/hall-heroult-cell-basics",
 nav=["Primary", "Casthouse", "Recycling", "Markets", "Events"],
 title="Inside the Pot: Hall\u2013H\u00e9roult Cell Operation Basics",
 byline="Training series, part 2 \u00b7 LightMetals Today editorial team \u00b7 June 2025",
 footer="\u00a9 2025 LightMetals Today. All rights reserved. We use cookies \u2013 see our cookie policy.",
 blocks=[
  ("p", "A modern prebake potline runs hundreds of cells in series at 300\u2013600 kA. Each cell dissolves alumina in a molten cryolite bath and reduces it to aluminium at the cathode while carbon anodes are consumed."),
  ("h", "Bath chemistry"),
  ("t", [["Parameter", "Typical range"], ["Bath temperature", "955\u2013965 \u00b0C"], ["Superheat", "6\u201310 \u00b0C"], ["Cryolite ratio (NaF/AlF3, molar)", "2.2\u20132.4"], ["Excess AlF3", "10\u201313 wt%"], ["CaF2", "4\u20136 wt%"], ["Dissolved Al2O3", "2\u20134 wt%"], ["Cell voltage", "4.0\u20134.3 V"], ["Current efficiency", "94\u201396%"], ["Anode current density", "0.75\u20130.9 A/cm\u00b2"]]),
  ("h", "Alumina feeding and anode effects"),
  ("p", "Point feeders add 1\u20132 kg of alumina every minute or so under resistance-based control. If alumina drops too low an anode effect occurs: voltage jumps to 30\u201340 V and perfluorocarbons are emitted. Modern control keeps anode effect frequency below 0.05 per pot-day."),
  ("h", "Anode change"),
  ("p", "Anodes are replaced every 26\u201330 days in a fixed sequence so that neighbouring anodes are at different ages, keeping current distribution even."),
 ])

clear("pdf/Copper_SX-EW_Circuit_Design_Primer.pdf", "en", "process-spec",
 "copper heap leach SX-EW primer with O/A, stages, extractant; other metal solvent extraction",
 title="Copper SX-EW Circuit Design: A Primer for Process Engineers", author="Andes Hydromet Consulting",
 byline="Andes Hydromet Consulting \u00b7 Short course notes \u00b7 Santiago, 2024 \u00b7 Distributed to course participants",
 pdf_footer="Andes Hydromet Consulting \u00b7 SX-EW Primer",
 blocks=[
  ("h", "1. Flowsheet"),
  ("p", "Pregnant leach solution (PLS) from heap or dump leaching, typically 1\u20136 g/L Cu at pH 1.6\u20132.0, is contacted with an oxime extractant in kerosene diluent. Loaded organic is stripped with spent electrolyte from electrowinning (~35 g/L Cu, 180 g/L H2SO4)."),
  ("h", "2. Typical design values"),
  ("t", [["Item", "Value"], ["Extractant", "Aldoxime/ketoxime blend (e.g. LIX 984N), 15\u201325 vol%"], ["Configuration", "2E x 1S or 2E + 1W x 1S; series-parallel for high flows"], ["Extraction O/A", "1.0\u20131.3"], ["Strip O/A", "~4\u20136 (advance), recycle to 1:1 in mixer"], ["Mixer residence time", "2\u20133 min"], ["Settler specific flow", "3\u20135 m\u00b3/h/m\u00b2"], ["Cu recovery in SX", "90\u201395%"]]),
  ("h", "3. Crud and entrainment"),
  ("p", "Crud forms from fine solids and silica at the interface; remove it regularly and treat with clay. Organic entrained in electrolyte burns cathodes (\u2018organic burn\u2019); use coalescers and garnet filters."),
  ("h", "4. Electrowinning"),
  ("p", "Stainless steel permanent cathodes, Pb-Ca-Sn anodes, current density 250\u2013350 A/m\u00b2, cell voltage ~2.0 V, cobalt 100\u2013150 ppm in electrolyte to reduce anode corrosion."),
 ])

clear("web/cobalt-nickel-separation-cyanex-272-d2ehpa.html", "en", "process-spec",
 "Co/Ni solvent extraction with Cyanex 272 and D2EHPA: pH, saponification, stages; same reagents, other metals",
 skin="news", site="Hydrometallurgy Notes", url="https://www.hydromet-notes.net/2025/04/cobalt-nickel-sx.html",
 nav=["Home", "Leaching", "Solvent Extraction", "Ion Exchange", "About"],
 title="Cobalt\u2013Nickel Separation by Solvent Extraction: Cyanex 272 and D2EHPA in Practice",
 byline="Posted by a retired plant metallurgist \u00b7 April 2025 \u00b7 14 comments",
 footer="Hydrometallurgy Notes \u2013 a personal blog. Opinions only. Powered by Blogger. This site uses cookies from Google to deliver its services.",
 blocks=[
  ("p", "Most nickel laterite and cobalt hydroxide refineries use the same basic trick: remove impurities such as Zn, Mn and Ca with D2EHPA, then separate cobalt from nickel with Cyanex 272, whose selectivity for Co over Ni is in the thousands."),
  ("h", "Impurity removal with D2EHPA"),
  ("p", "20% D2EHPA in aliphatic diluent, partially saponified with NaOH (or ammonia), at pH 2.5\u20133.0 extracts Zn, Ca, Mn and Cu while leaving Co and Ni in the raffinate. Four to five extraction stages and scrubbing with dilute acid are typical."),
  ("h", "Co/Ni separation with Cyanex 272"),
  ("t", [["Parameter", "Typical"], ["Extractant", "15\u201320% Cyanex 272 + 5% TBP modifier"], ["Saponification", "40\u201360% with NaOH"], ["Equilibrium pH", "5.0\u20135.5 at 50 \u00b0C"], ["Extraction stages", "4\u20135"], ["Scrub", "Co-rich solution, 2\u20133 stages, removes co-extracted Ni"], ["Strip", "H2SO4 (or HCl), pH ~2"], ["Product", "CoSO4 crystals or Co cathode"]]),
  ("h", "Lessons learned"),
  ("li", ["Watch for Mg co-extraction above pH 5.5.", "Temperature control matters more than people think.", "Organic degradation: keep an eye on phase disengagement times."]),
 ])

clear("web/废旧锂电池湿法回收工艺介绍.html", "zh", "process-spec",
 "废旧锂离子电池湿法回收工艺（P204除杂、P507分离钴镍）；锂电回收，非稀土",
 skin="cn", site="电池回收网", url="https://www.dianchihuishou.com/tech/2025/0612/8871.html",
 nav=["首页", "行业动态", "技术工艺", "政策法规", "企业名录"],
 title="废旧三元锂电池湿法回收工艺流程详解",
 byline="来源：电池回收网 技术频道 ｜ 2025-06-12",
 footer="电池回收网 版权所有 © 2025 ｜ 转载请注明出处 ｜ 粤ICP备xxxxxxxx号",
 blocks=[
  ("p", "三元锂电池含有镍、钴、锰、锂等有价金属，湿法回收是目前主流工艺，金属回收率高，产品可直接用于前驱体生产。"),
  ("h", "一、预处理"),
  ("p", "电池经放电、拆解、破碎、热解除去电解液和粘结剂，再经筛分、磁选得到黑粉（正负极混合粉）。"),
  ("h", "二、浸出"),
  ("p", "黑粉用硫酸加双氧水还原浸出，液固比4–5:1，温度70–85℃，时间2–3小时，镍钴锰浸出率可达98%以上。"),
  ("h", "三、除杂与萃取分离"),
  ("t", [["工序", "萃取剂", "主要作用", "控制要点"], ["除铁铝", "—（中和沉淀）", "除Fe、Al", "pH 4.0–4.5"], ["P204萃取", "P204（皂化率约60%）", "除Cu、Zn、Mn、Ca", "平衡pH 2.5–3.0"], ["P507萃取", "P507", "分离钴与镍", "平衡pH 4.5–5.0，多级逆流"], ["沉锂", "—", "碳酸钠沉锂", "90℃，得电池级碳酸锂"]]),
  ("h", "四、产品"),
  ("p", "得到硫酸镍、硫酸钴、硫酸锰溶液，可直接用于三元前驱体共沉淀；锂以碳酸锂形式回收。"),
 ])

clear("pdf/Steel_Heat_Treatment_Quick_Guide.pdf", "en", "process-spec",
 "steel heat treatment guide (hardening, tempering, vacuum furnace); sintering/tempering vocabulary, ferrous",
 title="Heat Treatment of Tool and Alloy Steels \u2013 Quick Reference Guide", author="Brightline Heat Treating Services",
 byline="Brightline Heat Treating Services \u00b7 Customer Reference Guide \u00b7 Rev. 7 (2025)",
 pdf_footer="Brightline Heat Treating \u00b7 NADCAP accredited",
 blocks=[
  ("h", "Common treatments"),
  ("t", [["Steel", "Austenitise", "Quench", "Temper", "Typical hardness"], ["4140", "845\u2013870 \u00b0C", "Oil", "425\u2013650 \u00b0C", "28\u201345 HRC"], ["D2", "1,010\u20131,030 \u00b0C (vacuum)", "N2 gas 2\u20136 bar", "2 \u00d7 510\u2013540 \u00b0C", "58\u201361 HRC"], ["H13", "1,010\u20131,040 \u00b0C (vacuum)", "N2 gas 6\u201310 bar", "2\u20133 \u00d7 540\u2013620 \u00b0C", "44\u201352 HRC"], ["M2", "1,190\u20131,220 \u00b0C (salt/vacuum)", "Gas or salt", "3 \u00d7 540\u2013560 \u00b0C", "63\u201365 HRC"], ["17-4PH", "1,040 \u00b0C solution", "Air", "H900\u2013H1150 aging", "28\u201344 HRC"]]),
  ("h", "Vacuum furnace notes"),
  ("li", ["Preheat in two steps (650 and 850 \u00b0C) for thick sections to minimise distortion.", "Hold time at austenitising temperature: 30 min plus 1 min per mm of cross-section after the part reaches temperature.", "Temper immediately after quench, before the part falls below 50 \u00b0C."]),
  ("h", "What to send with your parts"),
  ("p", "Material certificate, required hardness, critical dimensions, any areas to be masked and whether stress relief is required after machining."),
 ])

clear("web/rotor-magnet-assemblies_转子磁组件.html", "mixed", "other",
 "bilingual product page for motor rotor magnet assemblies; purchase specs only",
 skin="shop", site="Hengtai Magnetics \u6052\u6cf0\u78c1\u4e1a", url="https://en.hengtai-magnetics.com/products/rotor-assemblies.html",
 nav=["Home \u9996\u9875", "Products \u4ea7\u54c1", "Quality \u8d28\u91cf", "News \u65b0\u95fb", "Contact \u8054\u7cfb"],
 title="Rotor Magnet Assemblies \u8f6c\u5b50\u78c1\u7ec4\u4ef6",
 byline="Category: Magnetic Assemblies \u78c1\u7ec4\u4ef6 | MOQ 500 pcs | Lead time 4\u20136 weeks",
 footer="Copyright \u00a9 2026 Ningbo Hengtai Magnetics Co., Ltd. \u5b81\u6ce2\u6052\u6cf0\u78c1\u4e1a\u6709\u9650\u516c\u53f8 | IATF 16949 | ISO 14001 | \u6d59ICP\u5907xxxxxxxx\u53f7",
 blocks=[
  ("p", "We supply surface-mounted and interior rotor magnet assemblies for servo motors, BLDC motors, EV auxiliary pumps and drones. \u6211\u4eec\u4e3a\u4f3a\u670d\u7535\u673a\u3001\u65e0\u5237\u7535\u673a\u3001\u6c7d\u8f66\u6c34\u6cf5\u53ca\u65e0\u4eba\u673a\u63d0\u4f9b\u8868\u8d34\u5f0f\u548c\u5185\u5d4c\u5f0f\u8f6c\u5b50\u78c1\u7ec4\u4ef6\u3002"),
  ("t", [["Item \u9879\u76ee", "Capability \u80fd\u529b"], ["Magnet material \u78c1\u4f53\u6750\u6599", "Sintered NdFeB N35\u2013N52, SH/UH/EH; SmCo; bonded NdFeB"], ["Rotor OD \u5916\u5f84", "10\u2013300 mm"], ["Bonding \u7c98\u63a5", "Structural epoxy, carbon-fibre or glass-fibre sleeve \u78b3\u7ea4\u7ef4\u62a4\u5957"], ["Balancing \u52a8\u5e73\u8861", "G2.5 / G1.0"], ["Magnetising \u5145\u78c1", "After assembly, multipole \u88c5\u914d\u540e\u591a\u6781\u5145\u78c1"], ["Inspection \u68c0\u9a8c", "Flux mapping, Hall scan, burst test \u78c1\u901a\u626b\u63cf\u3001\u7206\u88c2\u8bd5\u9a8c"]]),
  ("p", "Please send your drawing, speed, temperature and torque requirements. \u8bf7\u63d0\u4f9b\u56fe\u7eb8\u53ca\u8f6c\u901f\u3001\u6e29\u5ea6\u3001\u626d\u77e9\u8981\u6c42\uff0c\u6211\u4eec\u5c06\u57282\u4e2a\u5de5\u4f5c\u65e5\u5185\u62a5\u4ef7\u3002"),
 ])

clear("pdf/Exhibition_Brochure_FAQ_中英文.pdf", "mixed", "other",
 "bilingual trade-show brochure/FAQ of a magnet maker: certifications, capacity, general process overview",
 title="Company Profile & FAQ \u516c\u53f8\u4ecb\u7ecd\u4e0e\u5e38\u89c1\u95ee\u9898 \u2013 Hannover Messe 2026", author="Jiangxi Ganfeng Magnet Technology",
 byline="Booth Hall 6 / B38 \u00b7 \u5c55\u4f4d 6\u53f7\u9986 B38 \u00b7 April 2026",
 pdf_footer="www.gfmag-tech.com \u00b7 sales@gfmag-tech.com",
 blocks=[
  ("h", "About us \u5173\u4e8e\u6211\u4eec"),
  ("p", "Founded in 2009, we produce 12,000 tonnes of sintered NdFeB per year for automotive, wind and industrial customers. \u516c\u53f8\u62102009\u5e74\uff0c\u5e74\u4ea7\u70e7\u7ed3\u9495\u94c1\u787c1.2\u4e07\u5428\uff0c\u4ea7\u54c1\u670d\u52a1\u4e8e\u6c7d\u8f66\u3001\u98ce\u7535\u53ca\u5de5\u4e1a\u9886\u57df\u3002"),
  ("h", "FAQ \u5e38\u89c1\u95ee\u9898"),
  ("qa", "What certifications do you hold? \u6709\u54ea\u4e9b\u8ba4\u8bc1\uff1f", "IATF 16949, ISO 9001, ISO 14001, ISO 45001; RoHS and REACH compliant products. \u4ea7\u54c1\u7b26\u5408RoHS\u3001REACH\u8981\u6c42\u3002"),
  ("qa", "Can you reduce heavy rare earths? \u80fd\u5426\u51cf\u5c11\u91cd\u7a00\u571f\uff1f", "Yes. Our GBD grades reach UH/EH performance with much lower Dy/Tb content. \u6211\u4eec\u7684\u6676\u754c\u6e17\u900f\u724c\u53f7\u53ef\u5927\u5e45\u964d\u4f4e\u955d\u94fd\u7528\u91cf\u3002 Details of our process are proprietary."),
  ("qa", "How do export controls affect delivery? \u51fa\u53e3\u7ba1\u5236\u662f\u5426\u5f71\u54cd\u4ea4\u8d27\uff1f", "Magnet products can be exported with the required licences; typical licence lead time is 30\u201345 working days. We do not provide manufacturing technology or process support abroad. \u6211\u4eec\u4e0d\u5bf9\u5883\u5916\u63d0\u4f9b\u5236\u9020\u6280\u672f\u6216\u5de5\u827a\u652f\u6301\u3002"),
  ("qa", "How is a magnet made? \u78c1\u4f53\u5982\u4f55\u751f\u4ea7\uff1f", "Melting \u2192 strip casting \u2192 powder making \u2192 pressing in a field \u2192 sintering \u2192 machining \u2192 coating \u2192 inspection. \u719f\u70bc\u2192\u901f\u51dd\u2192\u5236\u7c89\u2192\u78c1\u573a\u6210\u578b\u2192\u70e7\u7ed3\u2192\u673a\u52a0\u5de5\u2192\u8868\u9762\u5904\u7406\u2192\u68c0\u6d4b\u3002"),
  ("qa", "Samples? \u6837\u54c1\uff1f", "Free samples for standard sizes; custom samples in 3\u20134 weeks. \u6807\u51c6\u5c3a\u5bf8\u514d\u8d39\u6837\u54c1\u3002"),
 ])

# ================================================================ EXCLUDED (public-domain)
def excl(file, language, codes, cats, mtypes, carrier, note, **kw):
    doc(file=file, verdict="excluded", control_codes=codes, categories=cats, magnet_types=mtypes,
        carrier=carrier, exclusion="public-domain", language=language, hard_negative=False, note=note, **kw)

excl("pdf/jmmm_2024_Tb_GBD_sintered_NdFeB.pdf", "en", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other",
 "published journal article (DOI, received/accepted) on Tb grain-boundary diffusion with process values",
 producer="Elsevier", creator="Elsevier",
 title="Coercivity enhancement of sintered Nd-Fe-B magnets by Tb grain boundary diffusion from a TbH\u2083 coating: effect of diffusion and annealing temperature",
 author="Y. Liu; H. Zhao; P. M. Sørensen",
 byline="Journal of Magnetism and Magnetic Materials 598 (2024) 172041 \u00b7 https://doi.org/10.1016/j.jmmm.2024.172041 \u00b7 Received 14 December 2023; Received in revised form 2 March 2024; Accepted 11 March 2024; Available online 16 March 2024 \u00b7 \u00a9 2024 Elsevier B.V. All rights reserved.",
 pdf_header="Journal of Magnetism and Magnetic Materials 598 (2024) 172041",
 blocks=[
  ("h", "Abstract"),
  ("p", "Commercial sintered Nd-Fe-B magnets (N50, 5 mm thick) were coated with TbH3 powder slurry and subjected to grain boundary diffusion at 850\u2013950 \u00b0C followed by annealing at 460\u2013540 \u00b0C. The coercivity increased from 1,090 kA/m to 1,920 kA/m with a remanence loss of only 0.02 T after diffusion at 920 \u00b0C for 15 h and annealing at 500 \u00b0C for 3 h. Microstructural analysis shows a Tb-rich shell of ~0.6 \u00b5m in grains near the surface."),
  ("p", "Keywords: Nd-Fe-B; grain boundary diffusion; terbium hydride; coercivity; core-shell structure"),
  ("h", "2. Experimental"),
  ("p", "Commercial magnets of nominal composition (PrNd)30.5Fe(bal)B0.98Co1.0Cu0.15Ga0.2Al0.1 (wt%) were machined to 10 \u00d7 10 \u00d7 5 mm\u00b3. TbH3 powder (D50 3 \u00b5m) was dispersed in ethanol and applied to the two pole faces at 0.6 wt% Tb relative to magnet mass. Samples were heat-treated in a vacuum furnace (< 5 \u00d7 10^-3 Pa) at 850, 900, 920 and 950 \u00b0C for 5\u201325 h, furnace-cooled, then annealed at 460\u2013540 \u00b0C for 3 h and quenched with Ar."),
  ("h", "3. Results"),
  ("t", [["Diffusion", "Annealing", "Br (T)", "HcJ (kA/m)", "\u0394HcJ"], ["as-received", "\u2013", "1.41", "1,090", "\u2013"], ["900 \u00b0C 15 h", "500 \u00b0C 3 h", "1.39", "1,780", "+690"], ["920 \u00b0C 15 h", "500 \u00b0C 3 h", "1.39", "1,920", "+830"], ["950 \u00b0C 15 h", "500 \u00b0C 3 h", "1.38", "1,810", "+720"], ["920 \u00b0C 15 h", "540 \u00b0C 3 h", "1.39", "1,760", "+670"]]),
  ("p", "Diffusion above 940 \u00b0C caused excessive Tb penetration into grain interiors and abnormal grain growth near the surface, lowering the coercivity gain."),
  ("h", "References"),
  ("p", "[1] M. Sagawa et al., J. Appl. Phys. 55 (1984) 2083. [2] H. Nakamura et al., IEEE Trans. Magn. 41 (2005) 3844. [3] \u2026"),
 ])

excl("web/稀土学报_P507萃取分离镨钕_论文页面.html", "zh", ["1E902.a"], ["separation"], [], "other",
 "中文期刊已发表论文网页（DOI、卷期、收稿日期）：P507萃取分离镨钕串级参数",
 skin="cn", site="中国稀土学报", url="http://www.xtxb.org.cn/CN/10.11785/S1000-4343.20250305",
 nav=["首页", "期刊介绍", "编委会", "过刊浏览", "投稿指南", "English"],
 title="P507-煤油体系萃取分离镨钕的串级工艺优化",
 byline="中国稀土学报, 2025, 43(3): 512-521. DOI: 10.11785/S1000-4343.20250305 ｜ 收稿日期：2024-09-18；修回日期：2024-12-02 ｜ 作者：张某某，刘某，王某某（某大学 稀土资源利用重点实验室）",
 footer="版权所有 © 《中国稀土学报》编辑部 ｜ 本系统由北京玛格泰克科技发展有限公司设计开发",
 meta='<meta name="citation_doi" content="10.11785/S1000-4343.20250305"><meta name="citation_journal_title" content="中国稀土学报">',
 blocks=[
  ("h", "摘要"),
  ("p", "以氯化镨钕料液（REO 1.5 mol/L，Pr/Nd=25/75）为对象，采用1.5 mol/L P507-磺化煤油体系，皂化率36%，在实验室混合澄清槽中研究了镨钕分离的串级工艺。根据串级理论计算并经实验验证，在萃取段28级、洗涤段22级、流比 VS:VF:VW=3.2:1:0.42 的条件下，水相出口氯化镨纯度达99.5%，有机相出口钕纯度达99.9%，镨钕收率均大于99%。"),
  ("p", "关键词：P507；镨钕分离；串级萃取；皂化；混合澄清槽"),
  ("h", "1 实验部分"),
  ("p", "洗液为4.5 mol/L HCl，反萃液为5.5 mol/L HCl。各级混合时间5 min，澄清时间15 min，温度25±1 ℃。"),
  ("h", "2 结果与讨论"),
  ("t", [["条件", "萃取级数", "洗涤级数", "Pr产品纯度/%", "Nd产品纯度/%"], ["方案1", "24", "20", "99.1", "99.6"], ["方案2", "28", "22", "99.5", "99.9"], ["方案3", "32", "24", "99.6", "99.92"]]),
  ("h", "参考文献"),
  ("p", "[1] 徐光宪. 稀土（第二版）[M]. 北京：冶金工业出版社, 1995. [2] 李标国等. 稀土萃取分离工艺…"),
 ])

excl("pdf/Extractive_Metallurgy_of_Rare_Earths_ch12_excerpt.pdf", "en", ["1E902.a"], ["metal-smelting"], [], "other",
 "textbook chapter excerpt (publisher, ISBN) on fluoride molten-salt electrolysis of Nd with bath and cell values",
 producer="Adobe PDF Library 17.0", creator="Adobe InDesign 19.0 (Windows)",
 title="Chapter 12 \u2013 Electrolytic Production of Rare Earth Metals (excerpt)",
 author="C. K. Gupta; N. Krishnamurthy",
 byline="From: Extractive Metallurgy of Rare Earths, 2nd ed. Boca Raton: CRC Press, Taylor & Francis Group, 2016. ISBN 978-1-4665-7634-8 (hardback). Pages 412\u2013419 reproduced for course reading under licence.",
 pdf_header="EXTRACTIVE METALLURGY OF RARE EARTHS",
 blocks=[
  ("h", "12.4 Oxide\u2013fluoride electrolysis of neodymium"),
  ("p", "The industrial production of neodymium and didymium (Pr-Nd) metal is carried out by electrolysis of the oxide dissolved in a molten fluoride electrolyte. The bath generally consists of NdF3\u2013LiF with a weight ratio of about 85:15 to 88:12, sometimes with BaF2 additions, operated at 1,030\u20131,060 \u00b0C. Neodymium oxide is fed continuously at a rate matched to the current so as to keep its dissolved concentration at 2\u20134 wt% and avoid anode effects."),
  ("t", [["Parameter", "Typical value"], ["Cell current", "6\u201310 kA (round cells); 20\u201330 kA (newer designs)"], ["Anode", "Graphite, segmented cylinder"], ["Cathode", "Tungsten or molybdenum rod"], ["Anodic current density", "0.8\u20131.2 A/cm\u00b2"], ["Cathodic current density", "6\u20138 A/cm\u00b2"], ["Cell voltage", "9\u201311 V"], ["Current efficiency", "70\u201380%"], ["Metal purity", "99.5%"]]),
  ("p", "The liquid metal collects in a molybdenum crucible at the bottom of the cell and is siphoned or ladled out every 2\u20134 h under argon cover. Carbon pick-up from the anode and oxygen from the bath are the main impurities; they are controlled by keeping the bath temperature stable and the oxide feed regular."),
  ("h", "12.4.1 Didymium and Dy-Fe alloys"),
  ("p", "Dy-Fe master alloy can be produced in the same type of cell using an iron consumable cathode, onto which dysprosium is deposited and alloys directly, forming a low-melting eutectic that drips into the receiver."),
 ])

excl("pdf/XBT_821-2022_钕铁硼废料回收稀土工艺技术规范.pdf", "zh", ["1E902.a"], ["recycling"], [], "process-spec",
 "已发布的稀土行业标准文本（标准号、发布/实施日期）：钕铁硼废料氧化焙烧-盐酸优溶回收工艺",
 producer="Adobe PDF Library 15.0", creator="Adobe Acrobat Pro DC",
 title="XB/T 821—2022 钕铁硼废料回收稀土工艺技术规范", author="工业和信息化部",
 byline="中华人民共和国稀土行业标准 ｜ ICS 77.120.99 ｜ H 14 ｜ 2022-04-08发布 2022-10-01实施 ｜ 中华人民共和国工业和信息化部 发布",
 pdf_header="XB/T 821—2022",
 blocks=[
  ("h", "前言"),
  ("p", "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。本文件由全国稀土标准化技术委员会（SAC/TC 229）归口。"),
  ("h", "1 范围"),
  ("p", "本文件规定了以钕铁硼废料（油泥、块料、边角料）为原料，采用氧化焙烧—盐酸优溶—萃取分离工艺回收稀土的技术要求。"),
  ("h", "5 工艺要求"),
  ("li", ["5.1 油泥废料应先经脱油处理，含油量不大于2%。", "5.2 氧化焙烧：焙烧温度750 ℃～850 ℃，保温时间3 h～5 h，焙烧料中Fe2+含量不大于0.5%。", "5.3 盐酸优溶：液固比3:1～4:1，终点pH 4.0～4.5，温度85 ℃～95 ℃，时间2 h～3 h；铁主要以Fe2O3形式留在渣中。", "5.4 优溶渣中稀土含量（REO）不大于0.8%。", "5.5 浸出液经除杂后进入萃取分离工序，稀土回收率不低于97%。"]),
  ("h", "6 产品"),
  ("t", [["产品", "质量要求"], ["氧化镨钕", "REO≥99%，(Pr+Nd)/REO≥99.5%"], ["氧化镝", "Dy2O3/REO≥99.5%"], ["氧化铽", "Tb4O7/REO≥99.9%"]]),
 ])

excl("web/SmCo_2-17_aging_proceedings_paper.html", "en", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "other",
 "published conference proceedings paper page (ISBN, DOI) on Sm2Co17 solution treatment and step aging",
 skin="news", site="IEEE Xplore-style Digital Library", url="https://dl.magsoc-proceedings.org/document/10512347",
 nav=["Browse", "My Settings", "Help", "Institutional Sign In"],
 title="Optimisation of Solution Treatment and Step Aging for High-Temperature Sm(Co,Fe,Cu,Zr)z Magnets",
 byline="Published in: 2024 International Conference on Rare-Earth Magnets and Their Applications (REPM 2024), Proceedings pp. 211\u2013216. ISBN 978-1-6654-8821-3. DOI: 10.1109/REPM58211.2024.10512347. Date of Conference: 8\u201312 September 2024. Date Added to Digital Library: 3 May 2024. Publisher: IEEE.",
 footer="\u00a9 Copyright 2024 IEEE \u2013 All rights reserved. Use of this web site signifies your agreement to the terms and conditions.",
 meta='<meta name="citation_isbn" content="978-1-6654-8821-3"><meta name="citation_doi" content="10.1109/REPM58211.2024.10512347">',
 blocks=[
  ("h", "Abstract"),
  ("p", "Sm(Co0.69Fe0.20Cu0.08Zr0.03)7.5 magnets were prepared by powder metallurgy: jet-milled powder (3.5 \u00b5m) was aligned in 2 T, isostatically pressed at 200 MPa, sintered at 1,210 \u00b0C for 1 h and solution-treated at 1,180 \u00b0C for 4 h followed by rapid quenching. Isothermal aging at 830 \u00b0C for 12 h, then slow cooling at 0.7 \u00b0C/min to 400 \u00b0C, held 10 h, produced HcJ of 2,550 kA/m and (BH)max of 236 kJ/m\u00b3. Extending aging to 20 h increased coercivity at 500 \u00b0C from 720 to 810 kA/m."),
  ("h", "Experimental results"),
  ("t", [["Aging", "Slow-cool rate", "Br (T)", "HcJ 25 \u00b0C (kA/m)", "HcJ 500 \u00b0C (kA/m)"], ["830 \u00b0C 8 h", "0.7 \u00b0C/min", "1.10", "2,210", "690"], ["830 \u00b0C 12 h", "0.7 \u00b0C/min", "1.10", "2,550", "720"], ["830 \u00b0C 20 h", "0.5 \u00b0C/min", "1.09", "2,680", "810"]]),
  ("p", "Index Terms: samarium cobalt, 2:17 type, cellular structure, step aging, high-temperature magnets"),
 ])

excl("pdf/OA_insitu_leaching_ionic_clay_supplementary.pdf", "mixed", ["1E902.a"], ["mining"], [], "parameter-sheet",
 "published open-access article + supplementary data (DOI, CC BY) on in-situ leaching of ion-adsorption clay; bilingual",
 producer="MDPI", creator="LaTeX with hyperref",
 title="Field Trial of Magnesium Sulfate In-Situ Leaching of Ion-Adsorption Rare Earth Ore \u79bb\u5b50\u578b\u7a00\u571f\u77ff\u786b\u9178\u9541\u539f\u5730\u6d78\u77ff\u73b0\u573a\u8bd5\u9a8c",
 author="W. Huang; Q. Luo; S. Deng",
 byline="Minerals 2025, 15(4), 388. https://doi.org/10.3390/min15040388 \u00b7 Received: 21 January 2025 / Revised: 3 March 2025 / Accepted: 18 March 2025 / Published: 9 April 2025 \u00b7 Copyright: \u00a9 2025 by the authors. Licensee MDPI, Basel. Open access under CC BY 4.0. Supplementary Materials: Table S1\u2013S3.",
 pdf_header="Minerals 2025, 15, 388",
 blocks=[
  ("h", "Abstract"),
  ("p", "A 2.4 ha block of weathered-crust ion-adsorption ore in southern Jiangxi was leached in situ with 2.5 wt% MgSO4 solution injected through a 2 m \u00d7 2 m well grid (\u00d8 0.8 m, 3\u20135 m deep into the fully weathered layer). Leaching efficiency of 88.6% was achieved with a liquid-to-ore ratio of 0.75 m\u00b3/t. \u6458\u8981\uff1a\u91c7\u75282.5%\u786b\u9178\u9541\u6eb6\u6db2\u57282m\u00d72m\u6ce8\u6db2\u4e95\u7f51\u8fdb\u884c\u539f\u5730\u6d78\u77ff\uff0c\u6d78\u51fa\u738788.6%\u3002"),
  ("h", "Table S1. Injection regime \u6ce8\u6db2\u5236\u5ea6"),
  ("t", [["Phase \u9636\u6bb5", "Solution \u6eb6\u6db2", "Rate \u6ce8\u6db2\u5f3a\u5ea6 (m\u00b3/d per well)", "Duration \u5929\u6570"], ["Pre-wetting \u9884\u6e7f\u6da6", "Water", "0.20", "5"], ["Leaching \u6d78\u77ff", "MgSO4 2.5%, pH 5.0\u20135.5", "0.35", "45"], ["Top-water \u9876\u6c34", "Water", "0.30", "30"]]),
  ("h", "Table S2. Liquor collection and precipitation \u6536\u6db2\u4e0e\u6c89\u6dc0"),
  ("t", [["Item \u9879\u76ee", "Value \u6570\u503c"], ["Collection tunnels \u96c6\u6db2\u5df7\u9053", "1.5 m below ore-bedrock contact, 10 m spacing"], ["Impurity removal \u9664\u6742", "NH4HCO3 to pH 5.2, Al removed 92%"], ["Precipitation \u6c89\u6dc0", "NH4HCO3, final pH 6.8\u20137.0"], ["Product \u4ea7\u54c1", "Mixed RE carbonate, TREO 92% after calcination"]]),
 ])

# ================================================================ CONTROLLED (disguised internal documents)
def ctrl(file, language, codes, cats, mtypes, carrier, note, **kw):
    doc(file=file, verdict="controlled", control_codes=codes, categories=cats, magnet_types=mtypes,
        carrier=carrier, exclusion=None, language=language, hard_negative=False, note=note, **kw)

ctrl("web/Sinter Shop FAQ - Plant 2 Wiki.html", "en", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec",
 "saved intranet FAQ page giving the plant's real HD, jet-mill, pressing, sintering and tempering settings",
 skin="intra", site="Plant 2 Wiki \u00b7 Confluence", url="http://wiki.p2.local/display/SINTER/Sinter+Shop+FAQ",
 nav=["Spaces", "People", "Create", "Search"], crumb="Pages / Sintered Line / Operations / Sinter Shop FAQ \u2014 Created by R. Okoye, last updated by D. Meng on Jan 22, 2026",
 title="Sinter Shop FAQ (new starters read this first)",
 footer="Plant 2 Wiki \u2014 internal use only. Powered by Atlassian Confluence 7.19.",
 blocks=[
  ("p", "These are the questions new operators and engineers ask most. Numbers are our current line settings for the 45SH/48H family unless the traveller says otherwise. If in doubt ask the shift lead, don't guess."),
  ("qa", "What H2 pressure and dehydrogenation cycle do we run on the HD reactor?", "Charge flake at room temp, H2 at 0.15\u20130.2 MPa until uptake stops (~90 min for a 600 kg charge). Dehydrogenate at 550 \u00b0C for 5 h under vacuum, cool under Ar. Residual H target 800\u20131,200 ppm."),
  ("qa", "What particle size are we aiming for at the jet mill?", "D50 3.2 \u00b1 0.2 \u00b5m (Sympatec), classifier 3,600 rpm, grinding N2 with O2 < 20 ppm. Add 0.08% lubricant before milling and 0.05% after. If D50 drifts up, check nozzle wear before changing classifier speed."),
  ("qa", "Why do we do isostatic pressing after the field press?", "Field press at 1.8 T, 0.4 t/cm\u00b2 gives green density ~3.9 g/cm\u00b3; CIP at 200 MPa brings it to ~4.5 and removes density gradients that cause cracking in the furnace."),
  ("qa", "What is the sintering profile?", "Debind 200/400/600 \u00b0C steps (1 h each, vacuum < 10 Pa), then hold 850 \u00b0C 2 h for dehydrogenation, ramp 5 \u00b0C/min to 1,065 \u00b0C, hold 5 h, Ar quench to < 80 \u00b0C. For the 52 grade we drop to 1,050 \u00b0C, 6 h."),
  ("qa", "And tempering?", "First temper 900 \u00b0C 3 h, gas quench; second temper 490 \u00b0C 4 h (48H) or 510 \u00b0C (45SH). If HcJ is low by > 80 kA/m re-run the second temper at +10 \u00b0C before scrapping."),
  ("qa", "What if density is low after sintering?", "Target \u2265 7.55 g/cm\u00b3. Below 7.50 usually means O2 pick-up in milling (check glovebox O2) or a vacuum leak; log on the NCR form and quarantine the batch."),
  ("qa", "Who owns the recipe files?", "Process Engineering (D. Meng). Furnace recipes live on the SCADA server, folder /recipes/sinter/rev14. Do not copy them to USB."),
 ])

ctrl("pdf/Application_Guide_VSF-600_for_Baotou_Xinci.pdf", "en", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec",
 "furnace sales engineer's 'application guide' for one customer: commissioning steps plus the customer's sintering/aging recipe incl. Ce-substituted grade",
 title="Application Guide: VSF-600 Vacuum Sintering Furnace \u2013 Setup for Customer Line 3", author="K. Hoffmann, Sales Engineering",
 byline="Prepared for: Baotou Xinci Magnetic Materials Co., Ltd. (Line 3) \u00b7 Prepared by: K. Hoffmann, Application/Sales Engineer \u00b7 Doc. AG-2025-118 rev. B \u00b7 Confidential \u2013 customer project use only",
 pdf_footer="Thermvac Industrieofenbau GmbH \u00b7 AG-2025-118 rev. B \u00b7 Confidential",
 blocks=[
  ("h", "1. Purpose"),
  ("p", "This guide summarises how to bring the two VSF-600 furnaces on Line 3 into production with your current recipes, following the factory acceptance test and our site visit of 2\u20136 June 2025. Recipe values below were supplied by your process team and verified on the furnace during the visit."),
  ("h", "2. Commissioning sequence"),
  ("li", ["Leak check: rate of rise < 0.3 Pa\u00b7L/s at operating temperature (empty hot run 1,100 \u00b0C, 2 h).", "Thermocouple survey: 9-point TUS at 1,040 and 1,080 \u00b0C, uniformity \u00b1 3 \u00b0C required (AMS 2750 class 2).", "Gas quench: verify 2 bar Ar, fan 2,900 rpm, cooling 1,050 \u2192 100 \u00b0C in \u2264 90 min with 600 kg load.", "Load three dummy boxes, then one production box with witness samples at corners and centre."]),
  ("h", "3. Customer recipes (as run on Line 3)"),
  ("t", [["Step", "XC-45SH", "XC-40H-Ce (Ce 20% of RE)"], ["Debinding", "300 \u00b0C 2 h + 600 \u00b0C 2 h, <5 Pa", "same"], ["Dehydrogenation hold", "860 \u00b0C 2 h", "860 \u00b0C 2 h"], ["Sintering", "1,070 \u00b0C 4.5 h", "1,045 \u00b0C 4 h"], ["Quench", "Ar 2 bar to 80 \u00b0C", "Ar 2 bar to 80 \u00b0C"], ["1st aging", "900 \u00b0C 2.5 h", "880 \u00b0C 2 h"], ["2nd aging", "500 \u00b0C 3.5 h", "470 \u00b0C 4 h"], ["Target", "Br 1.33 T, HcJ \u2265 1,600 kA/m", "Br 1.27 T, HcJ \u2265 1,050 kA/m"]]),
  ("p", "Note on the Ce grade: with the (Ce,La) dual-main-phase powder the lower sintering temperature is essential; at 1,065 \u00b0C we saw abnormal grain growth and a 120 kA/m HcJ loss. Keep the ramp from 860 to 1,045 \u00b0C at 3 \u00b0C/min."),
  ("h", "4. Maintenance intervals"),
  ("p", "Replace graphite hot-zone felt every 1,200 cycles; check heating element resistance monthly; clean the quench gas heat exchanger every 6 months. Spare-parts list in annex A."),
 ])

ctrl("pdf/投资者交流会材料_附录.pdf", "zh", ["1E902.a"], ["separation"], [], "process-spec",
 "投资者交流材料附录页给出分离线工艺窗口：P507皂化率、级数、流比、酸度、沉淀灼烧条件",
 orient="L", producer="Microsoft\u00ae PowerPoint\u00ae 2019", creator="Microsoft\u00ae PowerPoint\u00ae 2019",
 title="南岭稀土 投资者交流会材料（附录）", author="证券部",
 byline="2025年11月 ｜ 附录仅供现场交流使用，请勿外传",
 pdf_footer="南岭稀土 投资者交流会",
 blocks=[
  ("h", "附录A：产能与项目进度"),
  ("p", "分离产能6,000吨/年（REO），镨钕金属1,500吨/年；技改项目预计2026年二季度投运。"),
  ("h", "附录B：分离线工艺窗口（三线，南方离子矿料液）"),
  ("t", [["工段", "关键参数", "控制窗口"], ["料液", "REO浓度 / 酸度", "1.20–1.35 mol/L / pH 2–3"], ["皂化", "P507 1.5 mol/L，氨皂化率", "35%–38%"], ["La/Ce-Pr分组", "萃取/洗涤级数，流比Vs:Vf:Vw", "36/24级，2.8:1:0.36"], ["Pr/Nd分离", "萃取/洗涤级数，洗酸浓度", "30/26级，4.8 mol/L HCl"], ["Sm-Eu-Gd分组", "级数，反萃酸", "20/14/10级，6 mol/L HCl"], ["沉淀", "草酸过量系数，温度", "1.15–1.20，60 ℃，陈化30 min"], ["灼烧", "温度/时间", "950 ℃ / 2 h，隧道窑"]]),
  ("p", "产品指标：氧化镨钕(Pr+Nd)/REO≥99.5%，单耗盐酸3.6 t/t REO、液氨0.62 t/t REO；镨钕收率≥99%。"),
  ("h", "附录C：成本结构"),
  ("p", "原料占比约85%，辅料及能源约9%，人工及折旧约6%。"),
 ])

ctrl("web/电解车间常见问题.html", "zh", ["1E902.a", "1E902.b"], ["metal-smelting"], [], "process-spec",
 "内网知识库FAQ：镨钕熔盐电解槽工艺参数及换阳极、修槽维护步骤",
 skin="intra", site="金属分厂 知识库", url="http://10.8.2.15/kb/dianjie/faq.html",
 nav=["知识库首页", "工艺", "设备", "安全", "培训"], crumb="金属分厂 > 电解车间 > 常见问题（2026年1月修订，工艺科）",
 title="电解车间常见问题（FAQ）",
 footer="金属分厂内部知识库 仅限厂内网络访问 ｜ 维护：工艺科 刘工 分机 6217",
 blocks=[
  ("p", "新员工上岗前请通读本页。以下数值为本车间6 kA氟化物体系镨钕电解槽现行控制值，如与作业指导书冲突，以最新版作业指导书为准。"),
  ("qa", "电解质配比和温度控制多少？", "（PrNd）F3:LiF = 87:13（质量比），槽温1,040–1,060 ℃；温度超过1,070 ℃时减少电流50 A并增加加料频次。"),
  ("qa", "加料怎么控制？", "氧化镨钕每3 min加料一次，单次0.45–0.55 kg，电解质中氧化物保持2%–3%。出现阳极效应（槽压突升至15 V以上）立即加料并搅拌。"),
  ("qa", "电流、电压正常范围？", "电流6,000±100 A，槽电压9.5–10.5 V，阴极电流密度约6.5 A/cm²，阳极电流密度约1.0 A/cm²。电流效率目标≥78%。"),
  ("qa", "多久出一次金属？", "每4 h出炉一次，钼坩埚内金属液用真空抬包抽出，浇铸在铁模中，氩气保护。金属碳含量≤0.03%、氧≤0.03%。"),
  ("qa", "换阳极的步骤？", "阳极剩余壁厚≤15 mm时更换：①降电流至2,000 A；②吊出旧阳极，清理槽面结壳；③预热新石墨阳极至600 ℃以上（槽口烘烤20 min）；④缓慢放入，找正与阴极同心，极距保持65–70 mm；⑤20 min内将电流升回6,000 A。"),
  ("qa", "修槽/大修注意什么？", "槽龄超过180天或石墨槽内衬侵蚀超过20 mm需大修：放净电解质，更换石墨槽和钼坩埚，新槽用LiF-PrNdF3底料烘槽8 h后方可通电启动，启动电流从3,000 A每小时升500 A。"),
 ])

ctrl("web/KB-0412_油泥回收_FAQ.html", "mixed", ["1E902.a"], ["recycling"], [], "process-spec",
 "recycling plant knowledge-base page (bilingual) with sludge oxidising roast, HCl selective leach and precipitation settings",
 skin="intra", site="GreenLoop Materials \u00b7 Knowledge Base", url="https://kb.greenloop-internal.cn/articles/KB-0412",
 nav=["Home \u9996\u9875", "Process \u5de5\u827a", "EHS \u5b89\u73af", "Quality \u8d28\u91cf"], crumb="KB > Process \u5de5\u827a > Swarf & sludge line \u6cb9\u6ce5\u7ebf > KB-0412 (v5, approved by Process Mgr.)",
 title="KB-0412 Sludge line FAQ \u6cb9\u6ce5\u7ebf\u5e38\u89c1\u95ee\u9898",
 footer="GreenLoop Materials (Ganzhou) \u2014 internal knowledge base. Do not forward outside the company. \u4ec5\u9650\u5185\u90e8\u4f7f\u7528",
 blocks=[
  ("p", "For the Malaysian JV engineers who asked for an English version. \u672c\u9875\u4e3a\u9a6c\u6765\u897f\u4e9a\u5408\u8d44\u5382\u540c\u4e8b\u51c6\u5907\u7684\u4e2d\u82f1\u6587\u7248\u3002"),
  ("qa", "How do we de-oil the sludge? \u6cb9\u6ce5\u600e\u4e48\u9664\u6cb9\uff1f", "Low-temperature distillation at 350 \u00b0C for 4 h in the rotary dryer under N2, oil < 1.5% after. \u56de\u8f6c\u5e72\u71e5\u7a91350\u2103\u6c2e\u6c14\u4fdd\u62a44h\uff0c\u542b\u6cb9\u964d\u81f31.5%\u4ee5\u4e0b\u3002"),
  ("qa", "Roasting conditions? \u7119\u70e7\u6761\u4ef6\uff1f", "Oxidising roast 820 \u00b0C, 4 h, air 120 m\u00b3/h per kiln, bed depth \u2264 80 mm; Fe\u00b2\u207a in calcine < 0.3%. \u6c27\u5316\u7119\u70e7820\u2103\u3001\u4fdd\u6e294h\uff0c\u7119\u70e7\u6599\u4e8c\u4ef7\u94c1<0.3%\u3002"),
  ("qa", "Selective HCl leach? \u76d0\u9178\u4f18\u6eb6\uff1f", "L/S 3.5:1, 6 mol/L HCl added slowly to end pH 4.2\u20134.4 at 90 \u00b0C, 2.5 h; filter hot. Residue REO < 0.6%. \u6db2\u56fa\u6bd43.5:1\uff0c\u7ec8\u70b9pH 4.2\u20134.4\uff0c90\u2103\uff0c2.5h\uff0c\u8d81\u70ed\u8fc7\u6ee4\uff0c\u6e23\u542b\u7a00\u571f<0.6%\u3002"),
  ("qa", "Impurity removal? \u9664\u6742\uff1f", "Add BaS/Na2S for Cu/Pb, then adjust pH 4.5 with NH4HCO3 to drop Al; Co stays in solution and goes to the Co circuit. \u52a0\u786b\u5316\u7269\u9664\u94dc\u94c5\uff0cpH 4.5\u9664\u94dd\u3002"),
  ("qa", "Oxalate precipitation? \u8349\u9178\u6c89\u6dc0\uff1f", "Oxalic acid 1.2\u00d7 stoichiometric, 65 \u00b0C, age 40 min; calcine 900 \u00b0C 2 h. Mixed oxide TREO \u2265 99%, recovery \u2265 96%. \u8349\u9178\u8fc7\u91cf1.2\u500d\uff0c\u707c\u70e7900\u2103 2h\u3002"),
 ])

ctrl("pdf/釤鈷牌號一覽表_rev3.pdf", "zh", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "parameter-sheet",
 "looks like a grade chart but lists per-grade SmCo composition, sintering, solution and aging schedules (internal rev)",
 producer="Microsoft\u00ae Excel\u00ae 2016", creator="Microsoft\u00ae Excel\u00ae 2016",
 title="釤鈷磁體牌號一覽表（內部版 rev.3）", author="技術部 林工",
 byline="技術部 製表：林工 ｜ 審核：陳經理 ｜ 2025/12/05 ｜ 對外版本請使用型錄第4頁，本表勿外傳",
 pdf_footer="內部資料 請勿外傳",
 blocks=[
  ("h", "一、牌號性能與成分"),
  ("t", [["牌號", "Br(T)", "HcJ(kA/m)", "成分（原子比）", "Sm(wt%)"], ["YXG-28", "1.05", "≥1,433", "Sm(Co.bal Fe.22 Cu.07 Zr.025)7.4", "25.2"], ["YXG-30H", "1.09", "≥1,990", "Sm(Co.bal Fe.24 Cu.065 Zr.027)7.6", "24.6"], ["YXG-26HT", "1.02", "≥1,990", "Sm(Co.bal Fe.15 Cu.09 Zr.03)7.0", "26.1"], ["YX-22（1:5）", "0.94", "≥1,194", "SmCo5", "36.8"]]),
  ("h", "二、熱處理制度"),
  ("t", [["牌號", "燒結", "固溶", "時效", "緩冷"], ["YXG-28", "1,205℃ 1h", "1,175℃ 3h 風冷", "830℃ 10h", "0.7℃/min至400℃，保溫8h"], ["YXG-30H", "1,210℃ 1h", "1,180℃ 4h 油淬", "840℃ 14h", "0.5℃/min至400℃，保溫10h"], ["YXG-26HT", "1,215℃ 1.5h", "1,190℃ 3h 風冷", "850℃ 20h", "0.5℃/min至400℃，保溫12h"], ["YX-22", "1,130℃ 1.5h", "—", "880℃ 2h後急冷", "—"]]),
  ("h", "三、備註"),
  ("li", ["氣流磨粒度：2:17型D50 3.8–4.2 μm；1:5型D50 4.5 μm。", "取向磁場≥1.8 T，等靜壓200 MPa。", "燒結前抽真空至5×10^-3 Pa後充Ar 0.06 MPa，以抑制Sm揮發；每爐補Sm依失重另表計算。"]),
 ])

# ---------------------------------------------------------------- build
def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = []
    for d in sorted(DOCS, key=lambda x: x["file"]):
        p = os.path.join(OUT, d["file"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if d["file"].endswith(".html"):
            render_html(d, p)
        else:
            render_pdf(d, p)
        labels.append({k: d[k] for k in ["file", "verdict", "control_codes", "categories", "magnet_types", "carrier", "exclusion", "language", "hard_negative", "note"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), "documents")

if __name__ == "__main__":
    main()
