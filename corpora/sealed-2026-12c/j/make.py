#!/usr/bin/env python3
"""Generator for batch j: web-style pages (html / txt / printed pdf).
Deterministic: no randomness, fixed PDF dates."""
import os, json, shutil, datetime, html as _h
from fpdf import FPDF, FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
LABELS = []

def lab(file, verdict, codes, cats, mtypes, carrier, exclusion, lang, hn, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mtypes, carrier=carrier, exclusion=exclusion,
                       language=lang, hard_negative=hn, note=note))

def w(name, text, enc="utf-8"):
    p = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding=enc, newline="\n") as f:
        f.write(text)

def page(title, body, site, nav, footer, lang="en", cookie=None, related=None, crumbs=None, extra_head=""):
    """Wrap body html in a realistic page shell."""
    navh = "".join(f'<li><a href="/{i}">{_h.escape(n)}</a></li>' for i, n in enumerate(nav))
    ck = ""
    if cookie:
        ck = f'''<div id="cookie-consent" class="cc-banner" role="dialog" aria-live="polite">
  <p>{cookie}</p>
  <button class="cc-accept">Accept all</button> <button class="cc-settings">Settings</button>
</div>'''
    rel = ""
    if related:
        rel = '<aside class="related"><h3>' + ("相关阅读" if lang.startswith("zh") else "Related articles") + '</h3><ul>' + \
              "".join(f'<li><a href="/p/{i+100}">{_h.escape(r)}</a></li>' for i, r in enumerate(related)) + "</ul></aside>"
    cr = ""
    if crumbs:
        cr = '<nav class="breadcrumb">' + " &rsaquo; ".join(_h.escape(c) for c in crumbs) + "</nav>"
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_h.escape(title)}</title>
<link rel="stylesheet" href="/assets/css/main.min.css?v=3.4.1">
<script async src="/assets/js/analytics.js"></script>
{extra_head}
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/">{_h.escape(site)}</a></div>
  <ul class="main-nav">{navh}</ul>
  <form class="search" action="/search"><input name="q" placeholder="Search"></form>
</header>
{ck}
<main>
{cr}
<article>
<h1>{_h.escape(title)}</h1>
{body}
</article>
{rel}
</main>
<footer class="site-footer">
{footer}
</footer>
</body>
</html>
'''

class PrintPDF(FPDF):
    def __init__(self, url, ptitle, stamp):
        super().__init__(format="A4")
        self.url, self.ptitle, self.stamp = url, ptitle, stamp
        self.add_font("wqy", "", FONT)
        self.set_auto_page_break(True, 18)
        self.set_creation_date(datetime.datetime(2026, 11, 14, 9, 30, tzinfo=datetime.timezone.utc))
    def header(self):
        self.set_font("wqy", size=7)
        self.set_text_color(90)
        self.cell(95, 5, self.stamp)
        self.cell(0, 5, self.ptitle[:60], align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        self.set_text_color(0)
    def footer(self):
        self.set_y(-12)
        self.set_font("wqy", size=7)
        self.set_text_color(90)
        self.cell(150, 5, self.url[:110])
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0)

def pdf(name, url, ptitle, stamp, blocks, meta_title=None):
    """blocks: list of (kind, text) kind in h1,h2,p,small,li,table(rows)."""
    d = PrintPDF(url, ptitle, stamp)
    d.set_title(meta_title or ptitle)
    d.set_creator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0")
    d.set_producer("Skia/PDF m131")
    d.alias_nb_pages()
    d.add_page()
    sub = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
    for kind, t in blocks:
        if isinstance(t, str):
            t = t.translate(sub).replace("℃", "°C")
        else:
            t = [[str(c).translate(sub).replace("℃", "°C") for c in r] for r in t]
        if kind == "h1":
            d.set_font("wqy", size=16); d.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT"); d.ln(2)
        elif kind == "h2":
            d.ln(2); d.set_font("wqy", size=12); d.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT"); d.ln(1)
        elif kind == "small":
            d.set_font("wqy", size=8); d.set_text_color(100); d.multi_cell(0, 4.5, t, new_x="LMARGIN", new_y="NEXT"); d.set_text_color(0); d.ln(1)
        elif kind == "li":
            d.set_font("wqy", size=10); d.multi_cell(0, 5.5, "•  " + t, new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            d.set_font("wqy", size=8.5)
            with d.table(line_height=5, headings_style=FontFace(emphasis=None, fill_color=(230, 230, 230))) as tb:
                for r in t:
                    row = tb.row()
                    for c in r:
                        row.cell(str(c))
            d.ln(2)
        else:
            d.set_font("wqy", size=10); d.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT"); d.ln(1.5)
    p = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    d.output(p)

def P(*paras):
    return "\n".join(f"<p>{x}</p>" for x in paras)

def T(rows, head=True):
    out = ['<table class="spec">']
    for i, r in enumerate(rows):
        tag = "th" if (head and i == 0) else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

def UL(items):
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"

DOCS = []
def doc(fn):
    DOCS.append(fn); return fn

# ---------------------------------------------------------------- 1 buyer's guide (en, html)
@doc
def d01():
    body = P("Choosing a neodymium magnet is mostly about three questions: how strong does it need to be, how hot will it get, and what environment will it live in. This guide walks through the grade system, coatings, tolerances and the information we need from you to quote quickly.") + \
    "<h2>1. Understanding the grade code</h2>" + P("An NdFeB grade such as <b>N42SH</b> has two parts. The number (35&ndash;55) is the nominal maximum energy product in MGOe. The suffix describes intrinsic coercivity and therefore the maximum working temperature. As a rule of thumb:") + \
    T([["Suffix","Min. HcJ (kOe)","Typical max. working temp."],["(none)","12","80 &deg;C"],["M","14","100 &deg;C"],["H","17","120 &deg;C"],["SH","20","150 &deg;C"],["UH","25","180 &deg;C"],["EH","30","200 &deg;C"],["AH","35","220&ndash;230 &deg;C"]]) + \
    P("The maximum working temperature depends on the shape of the magnet (its permeance coefficient). A thin disc magnetised through the thickness will lose flux at a lower temperature than a long rod. Send us your drawing and the magnetic circuit and our application engineers will estimate the load line.") + \
    "<h2>2. Coatings</h2>" + UL(["<b>Ni-Cu-Ni</b> &ndash; standard, bright, 15&ndash;25 &micro;m, 24&ndash;48 h neutral salt spray.","<b>Zinc</b> &ndash; lower cost, good for glued assemblies.","<b>Epoxy (black)</b> &ndash; better corrosion resistance, 200+ h NSS.","<b>Parylene</b> &ndash; medical and thin conformal applications.","<b>Passivation / phosphate</b> &ndash; for magnets that will be potted or coated by the customer."]) + \
    "<h2>3. Tolerances and magnetisation</h2>" + P("Standard tolerance for sintered blocks is &plusmn;0.05 mm on ground dimensions and &plusmn;0.1 mm elsewhere. Tighter tolerances are possible at extra cost. Tell us the magnetisation direction on your drawing (axial, diametric, radial, multipole). Arcs for motors are normally supplied magnetised unless you assemble and magnetise in situ.") + \
    "<h2>4. Sintered or bonded?</h2>" + P("Sintered magnets give the highest performance. Bonded (compression or injection moulded) magnets are weaker but can be made in complex shapes with tight tolerances and no grinding. Samarium cobalt is the choice when you need stability above 200 &deg;C or very low temperature coefficients.") + \
    "<h2>5. What to send for a quote</h2>" + UL(["Drawing (PDF/STEP) with magnetisation direction","Grade or required flux density / pull force","Coating and any salt-spray or PCT requirement","Annual quantity and packaging needs","Any compliance documents (RoHS, REACH, CoC, PPAP)"]) + \
    P("<i>Export note:</i> since late 2025 some magnet shipments from China require an export licence. Allow extra lead time for end-user statements; our sales team will tell you what paperwork is needed for your destination.")
    s = page("Neodymium Magnet Buyer's Guide: Grades, Coatings and Tolerances", body, "Northbridge Magnetics",
             ["Products","Custom Magnets","Assemblies","Resources","About","Contact"],
             "<p>&copy; 2026 Northbridge Magnetics Ltd. &middot; ISO 9001 / IATF 16949 &middot; <a href='/privacy'>Privacy</a> &middot; <a href='/terms'>Terms</a></p>",
             cookie="We use cookies to improve your experience and analyse traffic. By clicking Accept you agree to our use of cookies.",
             related=["Magnet pull force calculator","Why do magnets rust?","Sintered vs bonded magnets explained","Handling and shipping magnets by air"],
             crumbs=["Home","Resources","Guides"])
    w("neodymium-magnet-buyers-guide.html", s)
    lab("neodymium-magnet-buyers-guide.html","clear",[],[],[],"other",None,"en",True,"Supplier buyer's guide: grades, coatings, tolerances; no production process")

# ---------------------------------------------------------------- 2 supplier FAQ (zh, html)
@doc
def d02():
    qa = [("钕铁硼磁铁会不会退磁?","在正常使用温度内,钕铁硼磁铁每年磁通损失极小。退磁主要来自过高温度、反向磁场和强烈机械冲击。请根据工作温度选择合适的牌号(如 SH、UH)。"),
          ("N52 是不是一定比 N35 好?","不一定。N52 剩磁更高,但矫顽力较低,高温下更容易不可逆退磁。电机、传感器等应用往往选择 45SH、42UH 等牌号。"),
          ("磁铁为什么要镀层?","烧结钕铁硼含有富钕相,在潮湿环境中容易氧化腐蚀。常用镀镍、镀锌、环氧等表面处理。"),
          ("可以只买几片样品吗?","现货规格可以零售;定制尺寸一般起订量为 1000 片或按模具费另计。"),
          ("能提供材质报告和 RoHS 报告吗?","可以,每批出货附出厂检验报告(尺寸、表磁、镀层厚度)以及第三方 RoHS/REACH 报告。"),
          ("出口到海外需要什么手续?","根据商务部 2025 年相关公告,部分稀土永磁产品出口需申领两用物项出口许可证。请下单前告知最终用户及用途,我司关务人员协助准备资料。"),
          ("磁铁怎样运输?","空运需做消磁屏蔽包装并出具磁性检测报告(非限制性物品鉴定),海运和快递按常规包装即可。")]
    body = "".join(f'<div class="faq-item"><h3>Q:{q}</h3><p>A:{a}</p></div>' for q, a in qa)
    s = page("常见问题 FAQ | 钕铁硼强磁铁", body, "鑫磁科技 XINCI",
             ["首页","产品中心","定制服务","应用领域","常见问题","联系我们"],
             "<p>宁波鑫磁科技有限公司 版权所有 &copy; 2026 | 浙ICP备2026xxxxxx号 | 电话:0574-8xxx xxxx</p>",
             lang="zh-CN", cookie="本网站使用 Cookie 以提升浏览体验。继续浏览即表示您同意我们的隐私政策。",
             related=["钕铁硼牌号对照表","磁铁吸力怎么计算?","钐钴与钕铁硼的区别","磁铁镀层选择指南"],
             crumbs=["首页","服务支持","常见问题"])
    w("xinci-faq.html", s)
    lab("xinci-faq.html","clear",[],[],[],"other",None,"zh",True,"Magnet seller FAQ in Chinese; grades, coatings, shipping, export licence mention")

# ---------------------------------------------------------------- 3 cerium oxide polishing powder product page (en)
@doc
def d03():
    body = P("<b>CeriPol 780</b> is a high-cerium rare earth oxide polishing powder for precision optical glass, flat panel cover glass and crystal. Its narrow particle size distribution gives a fast removal rate with a low scratch count.") + \
    "<h2>Typical properties</h2>" + T([["Property","CeriPol 780","CeriPol 560"],["TREO","&ge; 90 %","&ge; 88 %"],["CeO<sub>2</sub>/TREO","&ge; 99 %","&ge; 62 %"],["D50","0.8&ndash;1.1 &micro;m","1.4&ndash;1.8 &micro;m"],["D max","&le; 6 &micro;m","&le; 10 &micro;m"],["Colour","Light yellow","Pale pink"],["Package","20 kg bag / 25 kg drum","20 kg bag"]]) + \
    "<h2>Recommended use</h2>" + P("Disperse 8&ndash;12 wt% in deionised water. Keep slurry pH 7&ndash;9 and temperature below 35 &deg;C. Use with polyurethane or felt pads. Recirculate through a 20 &micro;m filter and replace the slurry when the removal rate drops by about 30 %.") + \
    P("<i>Disposal and return:</i> spent slurry can be returned to our partner recycler in the EU. Please contact your sales representative for the take-back programme.") + \
    "<h2>Documents</h2>" + UL(["Technical data sheet (PDF)","Safety data sheet (PDF)","REACH statement","Certificate of analysis &ndash; on request per lot"])
    s = page("CeriPol 780 Cerium Oxide Polishing Powder", body, "Lumina Surface Materials",
             ["Polishing","Lapping","Slurries","Pads","Industries","Support"],
             "<p>Lumina Surface Materials GmbH &middot; Imprint &middot; Data protection &middot; &copy; 2026</p>",
             cookie="This site uses essential and analytics cookies. <a href='/cookies'>Manage preferences</a>.",
             related=["Glass polishing troubleshooting","CeriPol 560 for flat glass","Lens polishing pads"],
             crumbs=["Home","Polishing","Cerium oxide"])
    w("ceripol-780-cerium-oxide-polishing-powder.html", s)
    lab("ceripol-780-cerium-oxide-polishing-powder.html","clear",[],[],[],"other",None,"en",True,"Product page for cerium oxide polishing powder; specs and usage, not production")

# ---------------------------------------------------------------- 4 phosphor product page (zh-TW, html)
@doc
def d04():
    body = P("本公司代理銷售各式稀土螢光粉,適用於白光LED、背光模組、植物照明與防偽標示。所有產品均提供批次分析報告(COA)與SDS。") + \
    T([["型號","組成","激發波長","發射峰值","粒徑 D50","用途"],
       ["YG-558","(Y,Gd)₃Al₅O₁₂:Ce","450–460 nm","558 nm","13 μm","白光LED"],
       ["LuAG-535","Lu₃Al₅O₁₂:Ce","450 nm","535 nm","12 μm","高演色LED"],
       ["KSF-631","K₂SiF₆:Mn⁴⁺","455 nm","631 nm","25 μm","廣色域背光"],
       ["SR-650","(Sr,Ca)AlSiN₃:Eu","450 nm","650 nm","14 μm","植物照明"],
       ["UV-612","Y₂O₃:Eu","254 nm","612 nm","5 μm","防偽油墨"]]) + \
    "<h2>訂購須知</h2>" + UL(["最小訂購量 100 g,樣品可提供 10 g 試用包。","常溫乾燥避光保存,開封後請盡快使用。","報價含稅,運費另計;台灣本島 3 個工作天內出貨。","部分產品原產地為中國大陸,交期可能受出口審查影響。"])
    s = page("稀土螢光粉 產品列表", body, "晶亮光電材料",
             ["首頁","產品介紹","應用案例","技術文章","聯絡我們"],
             "<p>晶亮光電材料股份有限公司 &copy; 2026 版權所有|新竹縣竹北市|統一編號 2xxxxxx8</p>",
             lang="zh-TW", cookie="本網站使用Cookie以提供更好的服務,繼續瀏覽即表示您同意本站隱私權政策。",
             related=["LED螢光粉如何選擇色溫?","螢光粉與矽膠的配比建議","KSF螢光粉的耐濕性"],
             crumbs=["首頁","產品介紹","螢光粉"])
    w("phosphor-products.html", s)
    lab("phosphor-products.html","clear",[],[],[],"other",None,"zh",True,"Traditional Chinese phosphor product list; compositions and optical specs only")

# ---------------------------------------------------------------- 5 FCC catalyst product page (en)
@doc
def d05():
    body = P("<b>ReFlex-Z</b> is a rare-earth-exchanged Y zeolite FCC catalyst family designed for residue-containing feeds. Controlled rare earth content on the zeolite stabilises the unit cell, giving higher activity retention under severe regenerator conditions.") + \
    T([["Grade","RE<sub>2</sub>O<sub>3</sub> (wt%)","Surface area (m&sup2;/g)","ABD (g/ml)","Attrition index","Target"],
       ["ReFlex-Z 200","1.8","260","0.74","&le; 3.0","Max gasoline"],["ReFlex-Z 300","2.6","280","0.72","&le; 3.0","Resid, high metals"],["ReFlex-Z 400","3.2","300","0.71","&le; 2.5","Max LCO"]]) + \
    P("Our technical service team supports catalyst selection with pilot-plant testing (ACE) of your feed, and offers equilibrium catalyst (E-cat) monitoring every month. Spent catalyst handling options are available in North America and Europe.") + \
    P("Product availability may be affected by trade measures on rare earth materials. Contact your account manager for allocation and lead times.")
    s = page("ReFlex-Z FCC Catalysts", body, "Corvane Refining Catalysts",
             ["Refining","Petrochemicals","Technical Service","Sustainability","Investors","Careers"],
             "<p>&copy; 2026 Corvane Catalysts Inc. All rights reserved. <a href='/legal'>Legal</a> | <a href='/privacy'>Privacy</a></p>",
             cookie="We use cookies to personalise content. <button>Reject non-essential</button>",
             related=["E-cat monitoring service","Reducing rare earth in FCC catalysts","Case study: resid unit in the Gulf Coast"],
             crumbs=["Refining","FCC","ReFlex-Z"])
    w("reflex-z-fcc-catalysts.html", s)
    lab("reflex-z-fcc-catalysts.html","clear",[],[],[],"other",None,"en",True,"FCC catalyst product page with RE2O3 content; no RE production/recycling technology")

# ---------------------------------------------------------------- 6 PrNd alloy product page (zh, html)
@doc
def d06():
    body = P("我公司常年供应镨钕金属、镝铁合金、钆铁合金等稀土金属及合金产品,质量稳定,可按客户要求分装。") + \
    T([["产品","牌号","稀土总量","主成分","Fe","C","O","包装"],
       ["镨钕金属","PrNd-25/75","≥99.0%","Nd 75±2%,Pr 25±2%","≤0.5%","≤0.03%","≤0.03%","铁桶抽真空,50kg/桶"],
       ["镝铁合金","DyFe-80","≥80%","Dy ≥80%","余量","≤0.02%","≤0.05%","铁桶充氩,50kg/桶"],
       ["钆铁合金","GdFe-75","≥75%","Gd ≥75%","余量","≤0.02%","≤0.05%","铁桶充氩"],
       ["金属镧","La-99","≥99.0%","La/RE≥99.5%","≤0.3%","≤0.03%","≤0.05%","真空包装"]]) + \
    "<h2>价格与交货</h2>" + P("价格随市场行情波动,请以当日报价为准。参考价格可关注上海有色网、百川盈孚等平台。国内发货 3–5 天到货;出口业务请提前咨询许可证办理事宜。") + \
    "<h2>联系方式</h2>" + P("销售经理:刘先生 139xxxx5521(微信同号)")
    s = page("镨钕金属 镝铁合金 产品中心", body, "赣州宏泰稀土金属",
             ["网站首页","关于我们","产品中心","新闻动态","质量保证","联系我们"],
             "<p>赣州宏泰稀土金属有限公司 &copy; 2026 赣ICP备xxxxxxx号 技术支持:网联科技</p>",
             lang="zh-CN", related=["稀土金属如何保存防止氧化?","镨钕金属价格走势(11月)","公司顺利通过ISO14001复审"],
             crumbs=["网站首页","产品中心","稀土金属"])
    w("hongtai-products-prnd.html", s)
    lab("hongtai-products-prnd.html","clear",[],[],[],"other",None,"zh",True,"Product spec table for PrNd/DyFe alloys (bought material specs); no process")

# ---------------------------------------------------------------- 7 encyclopaedia: neodymium (en, html)
@doc
def d07():
    body = '<div class="infobox"><table><tr><th>Symbol</th><td>Nd</td></tr><tr><th>Atomic number</th><td>60</td></tr><tr><th>Standard atomic weight</th><td>144.24</td></tr><tr><th>Melting point</th><td>1297 K (1024 &deg;C)</td></tr><tr><th>Category</th><td>Lanthanide</td></tr></table></div>' + \
    P("<b>Neodymium</b> is a chemical element with symbol Nd and atomic number 60. It is a soft, silvery metal that tarnishes in air and is one of the light rare-earth elements. It was discovered in 1885 by the Austrian chemist Carl Auer von Welsbach, who separated &ldquo;didymium&rdquo; into praseodymium and neodymium.") + \
    "<h2>Occurrence and production</h2>" + P("Neodymium is never found free in nature. It occurs mainly in the minerals monazite and bastn&auml;site, and in ion-adsorption clays in southern China. Mined ore is concentrated, chemically cracked, and the mixed rare earths are separated from each other, historically by fractional crystallisation and today mostly by solvent extraction in long counter-current cascades. The metal is usually produced by electrolysis of the oxide in a molten fluoride salt.") + \
    P("China accounts for the majority of world mine production and an even larger share of separation and magnet production. Other producers include the United States, Australia, Myanmar and Thailand.") + \
    "<h2>Applications</h2>" + UL(["Nd<sub>2</sub>Fe<sub>14</sub>B permanent magnets, used in electric motors, wind turbine generators, hard-disk drives and loudspeakers","Nd:YAG lasers","Colouring glass (violet) and welding goggles","Capacitor dielectrics"]) + \
    "<h2>Precautions</h2>" + P("Neodymium metal dust is a fire and explosion hazard. Strong neodymium magnets can cause injury by pinching and are dangerous if swallowed.") + \
    '<div class="refs"><h2>References</h2><ol><li>Greenwood, N. N.; Earnshaw, A. <i>Chemistry of the Elements</i> (2nd ed.).</li><li>USGS Mineral Commodity Summaries 2026: Rare Earths.</li></ol></div>'
    s = page("Neodymium", body, "OpenEncyclopedia",
             ["Main page","Contents","Random article","About","Donate"],
             "<p>Text is available under the Creative Commons Attribution-ShareAlike License. This page was last edited on 2 November 2026.</p>",
             related=["Praseodymium","Lanthanide","Neodymium magnet","Rare-earth element"])
    w("Neodymium - OpenEncyclopedia.html", s)
    lab("Neodymium - OpenEncyclopedia.html","clear",[],[],[],"other",None,"en",True,"Encyclopaedia article; production mentioned only in one general sentence")

# ---------------------------------------------------------------- 8 encyclopaedia: 稀土元素 (zh, txt)
@doc
def d08():
    s = """稀土元素 - 百科

稀土元素(rare earth elements,REE)是元素周期表中镧系元素(镧La至镥Lu共15种)以及与其化学性质相近的钪(Sc)和钇(Y)共17种元素的总称。

目录
1 名称由来
2 分类
3 资源分布
4 生产概况
5 主要用途
6 参考资料

1 名称由来
"稀土"一词是18世纪沿用下来的名称。当时用于提取这类元素的矿物较为稀少,而获得的氧化物难溶于水,外观似"土",故称稀土。实际上稀土元素在地壳中的含量并不稀少,铈的丰度甚至高于铜。

2 分类
按原子量及性质,常分为轻稀土(镧、铈、镨、钕、钷、钐、铕)和中重稀土(钆、铽、镝、钬、铒、铥、镱、镥、钇)。

3 资源分布
中国稀土资源储量居世界前列,主要有内蒙古白云鄂博的混合型稀土矿、四川冕宁和山东微山的氟碳铈矿,以及江西、广东、福建等南方省份的离子吸附型稀土矿。国外主要资源分布在美国芒廷帕斯、澳大利亚韦尔德山、越南、巴西、俄罗斯等地。

4 生产概况
稀土产业链一般可分为开采与选矿、冶炼分离、金属冶炼、深加工(永磁、发光、催化、抛光、储氢等功能材料)以及二次资源回收几个环节。选矿得到精矿后,经化学分解使稀土转入溶液,再经萃取分离得到单一稀土化合物,进而可制备稀土金属。由于各稀土元素化学性质十分相似,分离是整个产业链中技术难度最大的环节之一。
中国对稀土开采和冶炼分离实行总量控制指标管理。2024年《稀土管理条例》施行;2025年商务部发布公告,对稀土相关技术实施出口管制。

5 主要用途
· 永磁材料:钕铁硼、钐钴,用于新能源汽车电机、风电、消费电子
· 催化材料:石油裂化催化剂、汽车尾气净化催化剂
· 抛光材料:氧化铈抛光粉
· 发光材料:LED荧光粉、显示材料
· 储氢材料:镍氢电池负极
· 冶金:钢铁和有色合金的添加剂

6 参考资料
[1] 徐光宪. 稀土(第二版). 北京:冶金工业出版社.
[2] 中华人民共和国稀土管理条例. 2024.

本词条由"科学百科"科学家团队审核。 最近更新:2026-09-18
"""
    w("稀土元素_百科.txt", s)
    lab("稀土元素_百科.txt","clear",[],[],[],"other",None,"zh",True,"Encyclopaedia text on REE; names stages without any technical detail")

# ---------------------------------------------------------------- 9 news (en, html)
@doc
def d09():
    body = '<p class="byline">By Hannah Coyle &middot; 28 November 2026 &middot; 6 min read</p>' + \
    P("Beijing's export licensing rules for rare-earth technology have now been in force for more than a year, and companies on both sides of the Pacific say the biggest effect has not been on magnet shipments but on people and know-how.") + \
    P("The Ministry of Commerce announcement No. 62 of 2025 bars the export, without a licence, of technology for rare-earth mining, separation, metal smelting, magnet manufacturing and recycling, as well as technology for assembling, commissioning and maintaining the production lines. It also covers &ldquo;carriers&rdquo; such as drawings, process specifications, parameters and simulation data.") + \
    P("&ldquo;What we see is that Chinese equipment vendors are much more careful about sending commissioning engineers abroad,&rdquo; said a procurement director at a European magnet start-up, who asked not to be named. &ldquo;A strip caster is just a machine, but the people who know how to tune it are now a licensed export.&rdquo;") + \
    P("Prices for praseodymium-neodymium oxide in China have traded in a range of roughly 520,000 to 610,000 yuan per tonne this year, according to industry price reporters, while prices outside China have carried a premium. Dysprosium and terbium, used to raise the heat resistance of magnets, saw the widest spread.") + \
    P("Analysts say the rules have accelerated Western plans to build separation plants and magnet factories, but that the timelines remain long. &ldquo;The technology gap is not in the chemistry textbooks,&rdquo; said one consultant. &ldquo;It's in the operating experience.&rdquo;") + \
    P("The US, the EU and Japan have each announced funding for non-Chinese supply chains. Several projects in Texas, France and Estonia are expected to reach commercial output in 2027.")
    s = page("A year on, China's rare-earth tech curbs bite hardest on know-how", body, "The Materials Ledger",
             ["World","Markets","Energy","Metals","Opinion","Podcasts"],
             "<p>&copy; 2026 The Materials Ledger. <a href='/subscribe'>Subscribe</a> &middot; <a href='/newsletters'>Newsletters</a> &middot; <a href='/privacy'>Privacy</a></p>",
             cookie="We and our 212 partners use cookies. <button>Agree</button> <button>More options</button>",
             related=["Magnet makers scramble for dysprosium","EU critical raw materials act: one year later","Explainer: what is 1E902?"],
             crumbs=["Metals","Rare earths"])
    w("china-rare-earth-tech-curbs-one-year-on.html", s)
    lab("china-rare-earth-tech-curbs-one-year-on.html","clear",[],[],[],"other",None,"en",True,"News article on export controls and prices")

# ---------------------------------------------------------------- 10 news analysis (zh, html)
@doc
def d10():
    body = '<p class="meta">来源:财经观察 作者:周明远 2026-10-12 08:35</p>' + \
    P("一年前,商务部2025年第61号、第62号公告同日发布,稀土管制从\"物项\"延伸到\"技术\"和\"境外再出口\"。一年过去,市场和企业发生了哪些变化?") + \
    "<h2>一、价格:国内外价差扩大</h2>" + P("今年以来,国内氧化镨钕均价在55万元/吨上下波动,海外市场报价则持续存在溢价。氧化镝、氧化铽由于海外需求刚性,价差更为明显。") + \
    "<h2>二、企业:合规成本上升</h2>" + P("多家磁材上市公司在年报中提到,新增出口合规岗位,对客户最终用途进行审查。一位业内人士表示,\"以前给海外客户做技术交流很随意,现在PPT、图纸发出去之前都要走合规审查。\"") + \
    "<h2>三、海外:加速建设本土产业链</h2>" + P("美国、欧盟、日本、澳大利亚纷纷出台支持政策。但分析人士指出,冶炼分离和磁材制造的工艺经验积累需要时间,短期内难以改变全球供应格局。") + \
    "<h2>四、展望</h2>" + P("业内普遍预计,随着新能源汽车和人形机器人需求增长,2027年全球钕铁硼需求将继续保持两位数增长。") + \
    '<p class="disclaimer">免责声明:本文仅代表作者观点,不构成投资建议。</p>'
    s = page("稀土出口管制一周年:价差扩大、合规成本上升、海外加速布局", body, "财经观察网",
             ["首页","宏观","产业","公司","市场","评论"],
             "<p>财经观察网 版权所有 未经授权禁止转载 &copy; 2026 京ICP证xxxxxx号</p>",
             lang="zh-CN", related=["稀土永磁板块三季报盘点","海外稀土项目进展一览","氧化镨钕价格周评"],
             crumbs=["首页","产业","有色金属"])
    w("稀土出口管制一周年分析.html", s)
    lab("稀土出口管制一周年分析.html","clear",[],[],[],"other",None,"zh",True,"Chinese news analysis of market and compliance effects")

# ---------------------------------------------------------------- 11 news (zh-TW, txt)
@doc
def d11():
    s = """中國擴大稀土管制 台灣馬達廠:庫存可撐半年
2026/03/05 10:22  記者林佳蓉/台北報導

中國商務部去年公告對稀土相關技術及境外稀土物項實施出口管制,國內馬達與電動車零組件業者近日表示,目前釹鐵硼磁鐵庫存大約可支應三到六個月,但長期仍須分散供應來源。

一家中部馬達大廠主管指出,公司已向日本及越南磁鐵供應商詢價,但價格比中國貨高出兩到三成,交期也較長。「我們不會自己做磁鐵,那需要整條產線和大量經驗,現實的做法是多找幾家供應商。」

經濟部官員表示,政府持續與業界溝通,並協助企業掌握各國管制規定。工研院也在評估稀土磁鐵回收的可行性,希望從廢馬達、硬碟中回收部分稀土,但目前仍在研究階段。

分析師認為,稀土價格今年可能維持高檔震盪,下游業者應及早因應。

【延伸閱讀】
・ 電動車馬達減稀土設計 成新顯學
・ 日本稀土回收技術 引業界關注
・ 釹鐵硼價格走勢一次看

分享:Facebook|LINE|X     本文未經授權禁止轉載
"""
    w("中國擴大稀土管制_台灣馬達廠.txt", s)
    lab("中國擴大稀土管制_台灣馬達廠.txt","clear",[],[],[],"other",None,"zh",True,"Traditional Chinese news article saved as text; supply/market only")

# ---------------------------------------------------------------- 12 industry research report (zh, pdf)
@doc
def d12():
    b = [("h1","稀土永磁产业链深度报告:需求高增,格局重塑"),
         ("small","行业研究|有色金属|2026年9月22日  分析师:陈思远 S05xxxxxxxxx  联系人:王蕾\n本报告由证券研究所发布,仅供机构客户参考。"),
         ("h2","核心观点"),
         ("p","1)新能源汽车、风电、节能电机与人形机器人带动高性能钕铁硼需求,预计2026—2028年全球需求复合增速约13%。2)上游开采与冶炼分离实行总量指标管理,集中度高;出口管制强化了中国在中游技术环节的优势。3)推荐关注具备一体化布局与晶界渗透技术储备的龙头企业。"),
         ("h2","一、产业链概览"),
         ("p","稀土永磁产业链可分为以下环节:"),
         ("li","开采与选矿:轻稀土以白云鄂博、四川氟碳铈矿为主,中重稀土以南方离子型矿为主;"),
         ("li","冶炼分离:将稀土精矿分解并分离为单一稀土氧化物,主要企业为两大稀土集团;"),
         ("li","金属冶炼:以氧化物为原料制备镨钕金属、镝铁合金等;"),
         ("li","磁材制造:烧结钕铁硼为主,粘结钕铁硼、钐钴占比较小;"),
         ("li","下游应用与回收:废料回收已成为重要原料来源,约占氧化镨钕供应的25%—30%。"),
         ("h2","二、供需测算"),
         ("table",[["万吨","2024","2025E","2026E","2027E","2028E"],["全球高性能钕铁硼需求","9.1","10.4","11.8","13.4","15.1"],["其中:新能源汽车","3.6","4.3","5.0","5.8","6.6"],["风电","1.5","1.6","1.8","1.9","2.1"],["工业电机","1.1","1.3","1.5","1.8","2.0"],["氧化镨钕供给","9.6","10.3","10.9","11.6","12.2"]]),
         ("h2","三、竞争格局"),
         ("p","国内前十大磁材企业产能合计超过20万吨。头部企业在晶界扩散、细晶技术、重稀土减量方面持续投入,毛利率明显高于行业平均。海外方面,日本企业保持高端牌号优势,欧美新建项目多数处于建设或试产阶段。"),
         ("h2","四、风险提示"),
         ("p","下游需求不及预期;稀土价格大幅波动;海外政策变化;技术替代风险(无稀土电机)。"),
         ("small","重要声明:本报告基于公开信息撰写,不构成投资建议。市场有风险,投资需谨慎。")]
    pdf("稀土永磁产业链深度报告_202609.pdf","https://research.example-securities.cn/report/2026/0922/rem-chain.pdf","稀土永磁产业链深度报告","2026/11/14 09:30",b)
    lab("稀土永磁产业链深度报告_202609.pdf","clear",[],[],[],"other",None,"zh",True,"Broker research report listing the chain stages and supply/demand numbers; no process detail")

# ---------------------------------------------------------------- 13 market report (en, pdf)
@doc
def d13():
    b = [("h1","Rare Earth Separation Capacity Outside China: 2026 Outlook"),
         ("small","Industry Insight Series | October 2026 | Free executive summary (full report available to subscribers)"),
         ("h2","Executive summary"),
         ("p","Non-Chinese separation capacity for light rare earths is expected to roughly double between 2025 and 2028, led by projects in Malaysia, the United States, France and Estonia. Heavy rare earth separation remains the bottleneck: fewer than five facilities outside China can produce dysprosium and terbium oxide at commercial scale."),
         ("h2","Process stages covered in this report"),
         ("li","Mining and beneficiation (hard-rock and ionic clay)"),
         ("li","Cracking and leaching of concentrate"),
         ("li","Solvent extraction separation into individual oxides"),
         ("li","Metal and alloy production"),
         ("li","Magnet manufacturing"),
         ("li","Recycling of production scrap and end-of-life magnets"),
         ("p","For each stage we assess announced capacity, permitting status, financing, offtake agreements and the degree of reliance on Chinese equipment and know-how."),
         ("h2","Selected capacity estimates (t REO/yr)"),
         ("table",[["Region","2025","2026E","2028E","Status"],["Malaysia","12,000","12,000","15,000","Operating, expansion"],["United States","5,000","8,500","20,000","Ramp-up / construction"],["France","0","800","4,000","Commissioning"],["Estonia","2,000","2,000","3,000","Operating"],["Japan","1,500","1,500","1,500","Operating"]]),
         ("h2","Key risks"),
         ("p","Export restrictions on technology and equipment, reagent supply, skilled labour shortages, price volatility and the difficulty of qualifying oxides with magnet makers."),
         ("small","(c) 2026 Meridian Critical Minerals Research. This summary may be quoted with attribution.")]
    pdf("Meridian_RE_Separation_Outlook_2026_summary.pdf","https://meridian-cmr.com/insights/re-separation-outlook-2026","Rare Earth Separation Capacity Outside China","11/14/26, 9:30 AM",b)
    lab("Meridian_RE_Separation_Outlook_2026_summary.pdf","clear",[],[],[],"other",None,"en",True,"Market research summary listing process stages and capacities, no how-to")

# ---------------------------------------------------------------- 14 university press release (en, html)
@doc
def d14():
    body = '<p class="dateline">NEWS RELEASE &middot; 17 June 2026 &middot; Media contact: press@eastfield.ac.uk</p>' + \
    P("Researchers at Eastfield University have used machine learning and X-ray imaging to show why some permanent magnets lose their strength when heated, a finding that could help engineers design electric-vehicle motors that use less of the scarce element dysprosium.") + \
    P("The team, led by Professor Amara Nwosu in the Department of Materials, combined synchrotron experiments with computer models to follow how tiny magnetic domains flip inside a magnet as temperature rises. They found that reversal tends to start at a small number of &lsquo;weak spots&rsquo; near grain boundaries.") + \
    P("&ldquo;Magnets are only as strong as their weakest grain,&rdquo; said Professor Nwosu. &ldquo;If we can understand where reversal starts, we can put the expensive heavy rare earths exactly where they are needed, rather than everywhere.&rdquo;") + \
    P("The work, published in <i>Nature Communications</i>, was funded by the Engineering and Physical Sciences Research Council and an industrial partner. The researchers now plan to test their predictions on magnets recycled from old hard drives.") + \
    "<h3>Notes to editors</h3>" + UL(["The paper &lsquo;Locating nucleation sites of magnetisation reversal in sintered magnets&rsquo; is available open access.","Images and video are available on request.","Eastfield University is a member of the Russell Group."])
    s = page("Why magnets weaken when hot: new study points to 'weak spots'", body, "Eastfield University",
             ["Study","Research","News","Events","About","Alumni"],
             "<p>&copy; Eastfield University 2026 &middot; Accessibility &middot; Freedom of information &middot; Modern slavery statement</p>",
             cookie="We use cookies to make our website work. Optional analytics cookies help us improve it.",
             related=["New centre for critical materials opens","Students build electric racing car","Funding boost for battery research"],
             crumbs=["News","Science and engineering"])
    w("why-magnets-weaken-when-hot.html", s)
    lab("why-magnets-weaken-when-hot.html","clear",[],[],[],"other",None,"en",True,"University press release, popular-science level")

# ---------------------------------------------------------------- 15 university press release (zh, html)
@doc
def d15():
    body = '<p class="meta">发布时间:2026-05-20  来源:材料科学与工程学院  浏览次数:1862</p>' + \
    P("近日,我校材料学院稀土功能材料团队在稀土资源绿色回收领域取得新进展,相关成果发表于国际期刊。该研究提出一种低酸耗的废旧磁体回收思路,有望降低回收过程中的废水排放。") + \
    P("据介绍,我国每年产生大量钕铁硼生产边角料和报废电机磁体,其中含有镨、钕、镝、铽等高价值元素。团队负责人表示,\"回收是保障稀土资源安全的重要途径,我们希望把实验室成果尽快推向工程应用。\"") + \
    P("该研究得到国家自然科学基金、省重点研发计划资助。学院将继续与行业龙头企业合作,推进产学研协同创新。") + \
    '<p class="editor">(文/图:材料学院 审核:张宏 编辑:李晓)</p>'
    s = page("我校在稀土二次资源回收研究方面取得新进展", body, "江南理工大学新闻网",
             ["首页","学校要闻","综合新闻","学术动态","媒体聚焦","专题"],
             "<p>江南理工大学党委宣传部 版权所有 地址:xx省xx市大学路1号</p>",
             lang="zh-CN", related=["我校召开2026年科研工作会议","材料学院举办稀土青年学者论坛","我校获批省级重点实验室"],
             crumbs=["首页","学术动态"])
    w("news_20260520_稀土回收新进展.html", s)
    lab("news_20260520_稀土回收新进展.html","clear",[],[],[],"other",None,"zh",True,"University news on recycling research with no process details")

# ---------------------------------------------------------------- 16 how-to (en, html): salvaging magnets from HDD
@doc
def d16():
    body = '<p class="byline">by maker_tom &middot; Updated 3 Feb 2026 &middot; Difficulty: Easy &middot; Time: 20 min</p>' + \
    P("Every old hard drive contains one or two small but very strong neodymium magnets. Here's how to get them out safely and what you can use them for.") + \
    "<h2>You will need</h2>" + UL(["Torx screwdrivers (T6, T8)","Flat screwdriver or pry tool","Safety glasses and gloves","A small vice (optional)"]) + \
    "<h2>Steps</h2><ol>" + "".join(f"<li>{x}</li>" for x in [
      "Remove all visible Torx screws from the top cover. One is usually hidden under the label.",
      "Lift the cover off. Don't touch the platters if you want to reuse them as mirrors.",
      "Unscrew the actuator arm and the upper magnet bracket near the corner.",
      "The magnet is glued to a steel plate. Clamp the plate in a vice and bend it gently until the magnet pops off. Don't heat it &ndash; above about 80 &deg;C it loses strength.",
      "Keep magnets apart and away from phones, credit cards and pacemakers."]) + "</ol>" + \
    "<h2>Ideas</h2>" + UL(["Tool holder on the workbench","Fridge magnets (hot glue to a bottle cap)","Stir-plate for a home lab"]) + \
    P("<b>Note:</b> the nickel coating chips easily. Once the coating is broken, the magnet will corrode &ndash; a coat of clear nail varnish helps.")
    s = page("How to Salvage Neodymium Magnets From Old Hard Drives", body, "Makersheds",
             ["Projects","Electronics","Woodworking","Contests","Teachers"],
             "<p>&copy; 2026 Makersheds. Community content licensed CC BY-NC-SA.</p>",
             cookie="Makersheds uses cookies for ads and analytics. <button>OK</button>",
             related=["DIY magnetic stirrer","Build a simple electric motor","Magnet safety for kids"])
    w("How to Salvage Neodymium Magnets From Old Hard Drives - Makersheds.html", s)
    lab("How to Salvage Neodymium Magnets From Old Hard Drives - Makersheds.html","clear",[],[],[],"other",None,"en",True,"Hobbyist how-to on removing HDD magnets; not RE recycling technology")

# ---------------------------------------------------------------- 17 how-to (zh, txt): cerium oxide glass polishing
@doc
def d17():
    s = """【干货】汽车玻璃划痕修复:氧化铈抛光全过程(附材料清单)
作者:老周说车  发布于 2026-04-11  阅读 3.2万  点赞 845

很多车主问前挡风玻璃被雨刮划出细痕怎么处理,今天分享一下用氧化铈抛光粉自己修复的方法。

一、材料准备
1. 氧化铈抛光粉(玻璃专用,粒度1-2微米,某宝几十块一斤)
2. 羊毛毡抛光盘 + 带调速的抛光机(千万别用角磨机高速)
3. 喷壶装清水、美纹纸、毛巾

二、步骤
1. 洗车,把玻璃擦干净,用美纹纸把胶条和漆面保护好。
2. 抛光粉和水按大约1:2调成牙膏稀的糊状。
3. 用记号笔在玻璃内侧标出划痕位置。
4. 抛光机调到1500转左右,来回移动,每次处理一个小区域,不要停在一个地方。
5. 随时喷水,保持玻璃湿润;玻璃温度摸着烫手就停下来降温,否则容易热裂。
6. 每3-5分钟擦干检查一次,直到指甲划过感觉不到为止。
7. 最后清水冲洗干净。

三、注意事项
· 指甲能卡住的深划痕,自己抛不掉,建议换玻璃。
· 抛光粉别弄进雨刮下面的导水槽。
· 抛光粉可以重复用,但沾了沙子的要扔掉。

有问题评论区见~

---- 热门评论 ----
阿杰:按照这个方法弄好了,谢谢博主!
白菜炖粉条:氧化铈是稀土吗?最近说稀土管制会不会涨价
  └ 老周说车:是稀土的,不过抛光粉用量小,影响不大
"""
    w("氧化铈抛光修复玻璃划痕教程.txt", s)
    lab("氧化铈抛光修复玻璃划痕教程.txt","clear",[],[],[],"other",None,"zh",True,"DIY article on using ceria polishing powder; not RE production")

# ---------------------------------------------------------------- 18 forum thread (en, html)
@doc
def d18():
    posts = [("rcflyer88","Mar 2, 2026","My outrunner lost a lot of torque after a hot day of flying. Motor was too hot to touch after landing. Are the magnets cooked? KV went up from 920 to about 1010."),
             ("bldc_guy","Mar 2, 2026","KV going up is the classic sign of partial demagnetisation. Cheap motors use N-grade arc magnets that start losing flux permanently around 80 &deg;C. Better motors use SH or UH grades."),
             ("rcflyer88","Mar 2, 2026","Can I re-magnetise them?"),
             ("magnetman","Mar 3, 2026","Technically yes, but you need a pulse magnetiser with a fixture that matches the pole pattern. Cheaper to buy a replacement bell or a new motor. And if the magnets are cracked or the coating is gone, forget it."),
             ("bldc_guy","Mar 3, 2026","Also check your prop. Over-propping is the usual cause. Get a temp sticker on the can and aim to stay under 70 &deg;C.")]
    body = '<div class="thread">' + "".join(f'<div class="post"><div class="author">{a}</div><div class="date">{d}</div><div class="content">{c}</div><div class="actions">Like &middot; Quote &middot; Report</div></div>' for a, d, c in posts) + '</div>'
    s = page("Outrunner lost power after overheating - demagnetised magnets?", body, "RC Power Forum",
             ["Forums","What's new","Members","Classifieds","Log in","Register"],
             "<p>Forum software &copy; 2010-2026. Terms and rules &middot; Privacy policy &middot; Help</p>",
             cookie="This site uses cookies to help personalise content and to keep you logged in if you register.",
             related=["Best motor for 5\" freestyle","How hot is too hot for ESCs?","Replacing bearings in a 2212 motor"],
             crumbs=["Forums","Electric Power Systems","Motors"])
    w("outrunner-lost-power-after-overheating.html", s)
    lab("outrunner-lost-power-after-overheating.html","clear",[],[],[],"other",None,"en",True,"Hobby forum thread on demagnetised motor magnets")

# ---------------------------------------------------------------- 19 forum thread (mixed, html)
@doc
def d19():
    posts = [("ME_Kevin","2026-07-08","请教各位:我们做一款伺服电机,客户要求 working temp 150°C,供应商推 N42SH,另一家推 45UH,价差 18%。有必要上 UH 吗?"),
             ("磁路小王","2026-07-08","看你的 Pc 值和 peak current 时的反向场。做个 FEA 跑一下 worst case demag,margin 够就 SH。"),
             ("Daniel_SG","2026-07-09","We had the same question. Ended up with 42SH + GBD (grain boundary diffused) grade from the supplier, lower Dy, cheaper than UH. Ask your supplier for the demag curve at 150°C, not just the datasheet at 20°C."),
             ("ME_Kevin","2026-07-09","Thanks!供应商给的是 20°C 和 120°C 曲线,我再要一下 150°C 的。"),
             ("磁路小王","2026-07-10","另外来料检验记得抽检 HcJ,用 hysteresisgraph 测,别只测表磁。")]
    body = '<div class="thread">' + "".join(f'<div class="post"><b>{a}</b> <span>{d}</span><p>{c}</p></div>' for a, d, c in posts) + '</div>'
    s = page("[求助] 伺服电机磁钢选 N42SH 还是 45UH?", body, "电机工程师论坛 MotorBBS",
             ["论坛","问答","资料下载","招聘","登录","注册"],
             "<p>MotorBBS &copy; 2026 | 沪ICP备xxxxxxx号 | 联系我们</p>",
             lang="zh-CN", related=["永磁同步电机退磁仿真方法","磁钢分段对涡流损耗的影响","如何读懂磁钢退磁曲线"],
             crumbs=["论坛","电机设计","永磁电机"])
    w("thread-218734-1-1.html", s)
    lab("thread-218734-1-1.html","clear",[],[],[],"other",None,"mixed",True,"Motor design forum thread choosing magnet grades; motor design uses magnets")

# ---------------------------------------------------------------- 20 cobalt/nickel SX tutorial (en, html) - other material
@doc
def d20():
    body = P("This tutorial explains how cobalt is separated from nickel in sulfate leach liquors by solvent extraction with a phosphinic acid extractant, as practised in laterite and battery-precursor refineries.") + \
    "<h2>Chemistry</h2>" + P("Cyanex 272 (bis(2,4,4-trimethylpentyl)phosphinic acid) extracts Co<sup>2+</sup> at lower pH than Ni<sup>2+</sup>. The extractant is diluted to 15&ndash;20 vol% in an aliphatic kerosene and partially neutralised (saponified) with NaOH so that the pH does not fall as metal is extracted. Typical pH<sub>50</sub> values are about 4.2 for Co and 6.3 for Ni at 40 &deg;C.") + \
    "<h2>Circuit</h2>" + UL(["Zn and Mn are first removed with D2EHPA at pH 2.5&ndash;3.0.","Co extraction: 4 counter-current stages, O/A &asymp; 1, pH 5.2&ndash;5.5, 50 &deg;C.","Scrubbing of co-extracted Ni with a dilute cobalt sulfate solution: 2 stages.","Stripping with 150 g/L H<sub>2</sub>SO<sub>4</sub> spent electrolyte: 2 stages, O/A 10:1.","Raffinate (Ni) goes to nickel electrowinning or sulfate crystallisation."]) + \
    T([["Stream","Co (g/L)","Ni (g/L)","pH"],["Feed","3.0","90","5.0"],["Raffinate","&lt;0.005","89","5.4"],["Strip liquor","90","&lt;0.05","1.5"]]) + \
    "<h2>Practical notes</h2>" + P("Crud formation is usually caused by fine silica. Keep the phase disengagement time below 120 s and monitor entrainment with a centrifuge test. Mixer-settler tip speed above 5 m/s gives stable emulsions.")
    s = page("Cobalt/nickel separation with Cyanex 272: a practical tutorial", body, "HydroMet Notes",
             ["Leaching","Solvent extraction","Electrowinning","Tools","About"],
             "<p>HydroMet Notes &copy; 2026 &mdash; written by practising engineers. Content CC BY 4.0.</p>",
             related=["Copper SX with LIX 984N","Mixer-settler sizing basics","D2EHPA for zinc removal"],
             crumbs=["Solvent extraction","Cobalt"])
    w("cobalt-nickel-separation-cyanex-272-tutorial.html", s)
    lab("cobalt-nickel-separation-cyanex-272-tutorial.html","clear",[],[],[],"other",None,"en",True,"Co/Ni solvent extraction tutorial; same vocabulary (Cyanex 272, D2EHPA, saponification, O/A) but not RE")

# ---------------------------------------------------------------- 21 ferrite magnet manufacturing (zh, html) - other material
@doc
def d21():
    body = P("永磁铁氧体(锶铁氧体、钡铁氧体)因价格低廉、耐腐蚀,广泛应用于汽车微电机、扬声器和家电。本文简要介绍湿压异性铁氧体磁瓦的生产工艺。") + \
    "<h2>工艺流程</h2>" + P("配料(氧化铁红 + 碳酸锶)→ 混合 → 预烧(1250–1300℃回转窑)→ 粗破 → 球磨(加 CaCO₃、SiO₂ 添加剂,湿磨至 0.7–0.9 μm)→ 磁场成型(湿压,磁场 ≥ 8 kOe)→ 干燥 → 烧结(1180–1220℃,隧道窑或推板窑,保温 1.5–2 h)→ 磨加工 → 清洗 → 检测 → 充磁") + \
    "<h2>主要性能</h2>" + T([["牌号","Br (mT)","HcJ (kA/m)","(BH)max (kJ/m³)"],["Y30","380–400","230–275","26–30"],["Y35","400–420","260–300","30–33"],["Y40","440–460","330–354","37–40"]]) + \
    P("提高性能的途径包括添加 La-Co 取代、细化晶粒和提高取向度。需要说明的是,La-Co 取代铁氧体虽使用少量镧,但属于铁氧体而非稀土永磁体。")
    s = page("永磁铁氧体磁瓦生产工艺简介", body, "磁性材料在线",
             ["首页","资讯","技术","企业库","展会"],
             "<p>磁性材料在线 &copy; 2026 转载请注明出处</p>",
             lang="zh-CN", related=["铁氧体与钕铁硼对比","湿压与干压工艺区别","磁瓦开裂原因分析"],
             crumbs=["首页","技术","铁氧体"])
    w("铁氧体磁瓦生产工艺简介.html", s)
    lab("铁氧体磁瓦生产工艺简介.html","clear",[],[],[],"other",None,"zh",True,"Ferrite (SrFe12O19) magnet process; not RE magnet despite La-Co note")

# ---------------------------------------------------------------- 22 compliance FAQ (en, html)
@doc
def d22():
    qa = [("What does 1E902 cover?","Technology, and its carriers, for rare-earth mining, separation, metal smelting, magnet manufacturing (SmCo, NdFeB, Ce magnets) and secondary-resource recycling (1E902.a), and technology for assembling, commissioning, maintaining, repairing and upgrading those production lines (1E902.b)."),
          ("Does it apply to buying magnets from China?","Buying magnets is a goods transaction and may be subject to separate licensing of the items themselves. Receiving a datasheet or a purchase specification is generally not a transfer of manufacturing technology."),
          ("What counts as a 'carrier'?","Design drawings, process specifications, process parameters, processing programs and simulation data, among other technical materials."),
          ("Are published papers affected?","Technology that has entered the public domain, technology used in basic scientific research, and technology necessary for ordinary patent applications are outside the scope."),
          ("Can a Chinese engineer visit our plant abroad to help start up a line?","Providing commissioning assistance for the listed production lines is itself within scope and generally needs a licence."),
          ("What should we do now?","Map your technical data flows with Chinese suppliers, classify documents, and put a review step in place before technical material is exchanged.")]
    body = P("<i>This page is for general information and is not legal advice.</i>") + "".join(f"<h3>{q}</h3><p>{a}</p>" for q, a in qa)
    s = page("China's rare-earth technology export controls (1E902): FAQ", body, "Harcourt Lane LLP",
             ["Expertise","People","Insights","Offices","Careers"],
             "<p>Attorney advertising. &copy; 2026 Harcourt Lane LLP. <a href='/disclaimer'>Disclaimer</a></p>",
             cookie="We use cookies to analyse site usage. <button>Accept</button> <button>Decline</button>",
             related=["Webinar: export controls in 2027","EU dual-use update","China's unreliable entity list explained"],
             crumbs=["Insights","Trade & Sanctions"])
    w("china-rare-earth-technology-export-controls-faq.html", s)
    lab("china-rare-earth-technology-export-controls-faq.html","clear",[],[],[],"other",None,"en",True,"Law-firm FAQ quoting the regulation")

# ---------------------------------------------------------------- 23 forum (zh-TW, html) buying magnets
@doc
def d23():
    posts = [("小熊維尼","2026-01-14","想做冰箱磁鐵手作,蝦皮買的強力磁鐵 N35 跟 N52 差很多嗎?N52貴一倍"),
             ("阿宏","2026-01-14","冰箱磁鐵用 N35 就綽綽有餘,N52 反而容易吸太緊夾到手。"),
             ("DIY達人","2026-01-15","注意不要買太便宜的,有些鍍層很薄,放廚房一陣子就生鏽發黑。環氧塗層的比較耐。"),
             ("小熊維尼","2026-01-15","原來如此,感謝!順便問磁鐵可以寄國外嗎?"),
             ("阿宏","2026-01-15","小量郵寄要包鐵盒屏蔽,航空公司對磁性物品有規定。")]
    body = '<div class="thread">' + "".join(f'<div class="post"><b>{a}</b> <small>{d}</small><p>{c}</p></div>' for a, d, c in posts) + '</div>'
    s = page("[問題] 手作用強力磁鐵 N35 跟 N52 怎麼選", body, "手作生活討論區",
             ["看板","熱門","精華區","登入"],
             "<p>&copy; 2026 手作生活討論區 使用條款|隱私權</p>", lang="zh-TW",
             related=["[分享] 磁鐵收納板做法","[問題] 磁鐵生鏽怎麼辦","[心得] 蝦皮磁鐵賣家比較"])
    w("M.1768369021.A.3F2.html", s)
    lab("M.1768369021.A.3F2.html","clear",[],[],[],"other",None,"zh",False,"Traditional Chinese consumer forum on buying magnets")

# ================================================================ EXCLUDED (public-domain)
# ---------------------------------------------------------------- 24 OA article page (en, html) Pr/Nd SX
@doc
def d24():
    body = '<div class="art-meta"><p><i>Separations</i> <b>2025</b>, <i>12</i>(7), 188; <a href="https://doi.org/10.3390/separations12070188">https://doi.org/10.3390/separations12070188</a></p><p>Received: 14 May 2025 / Revised: 9 June 2025 / Accepted: 20 June 2025 / Published: 2 July 2025</p><p>Authors: Li Wen, Zhao Kai, Marta Silva, Huang Jun</p><p class="oa">Open Access &middot; This article is an open access article distributed under the terms of the CC BY 4.0 license.</p></div>' + \
    "<h2>Abstract</h2>" + P("Separation of praseodymium from neodymium in chloride media was studied in a 70-stage laboratory mixer-settler cascade using partially saponified 2-ethylhexyl phosphonic acid mono-2-ethylhexyl ester (P507/HEH-EHP). Under optimised conditions a Nd<sub>2</sub>O<sub>3</sub> product of 99.95% purity and a Pr<sub>6</sub>O<sub>11</sub> product of 99.5% were obtained with Nd recovery above 99%.") + \
    "<h2>2. Materials and Methods</h2>" + P("The organic phase was 1.5 mol/L P507 in sulfonated kerosene, saponified with 10.8 mol/L NaOH to a saponification degree of 36%. The feed was a PrNd chloride solution containing 1.60 mol/L REO equivalent (Pr:Nd = 25:75) at pH 2.0. Scrubbing used 4.0 mol/L HCl and stripping 5.5 mol/L HCl.") + \
    T([["Section","Stages","O/A (flow ratio)","Remarks"],["Extraction","32","1.00 : 0.21 (org : feed)","Pr reports to raffinate"],["Scrubbing","38","1.00 : 0.066 (org : HCl)","Nd loading 0.19 mol/L"],["Stripping","8","1.00 : 0.11","Nd strip liquor 1.7 mol/L"]]) + \
    P("Each stage had a mixing volume of 0.5 L and a settler volume of 1.5 L; the mixing time was 5 min and the temperature 25 &plusmn; 2 &deg;C. The separation factor &beta;<sub>Nd/Pr</sub> was 1.52 under these conditions. Steady state was reached after 96 h.") + \
    "<h2>3. Results</h2>" + P("Figure 4 shows the stage-wise profile of Pr and Nd in the organic phase. Raising the saponification degree from 30% to 40% increased loading but decreased the separation factor due to emulsification at stages 12&ndash;18...") + \
    "<h2>References</h2><ol><li>Xu, G. <i>Rare Earths</i>, 2nd ed.; Metallurgical Industry Press: Beijing, 1995.</li><li>&hellip;</li></ol>"
    s = page("Separation of Praseodymium and Neodymium with Saponified P507 in a 70-Stage Mixer-Settler Cascade", body, "MDPI",
             ["Journals","Topics","Information","Author Services","Initiatives","About"],
             "<p>&copy; 1996-2026 MDPI (Basel, Switzerland) unless otherwise stated. Disclaimer | Terms and Conditions | Privacy Policy</p>",
             cookie="We use cookies on our website to ensure you get the best experience. <a>Read more about our cookies</a>. <button>Accept</button>",
             related=["Heavy rare earth separation with Cyanex 572","Extraction chromatography of Dy/Tb","Process simulation of RE cascades"],
             extra_head='<meta name="citation_doi" content="10.3390/separations12070188"><meta name="citation_journal_title" content="Separations">')
    w("separations-12-00188.html", s)
    lab("separations-12-00188.html","excluded",["1E902.a"],["separation"],[],"other","public-domain","en",False,"Open-access journal article page with DOI and dates; gives full PrNd P507 cascade parameters")

# ---------------------------------------------------------------- 25 textbook tutorial (zh, html) RE SX theory & cascade
@doc
def d25():
    body = '<p class="src">本节选自:《稀土湿法冶金》(第3版),第6章 溶剂萃取分离稀土,冶金工业出版社,2019年,ISBN 978-7-5024-8xxx-x。在线课程「稀土冶金原理」第12讲配套阅读。</p>' + \
    "<h2>6.3 酸性磷型萃取剂的皂化</h2>" + P("P507 萃取稀土时释放 H⁺,使水相酸度升高、分配比降低。为维持萃取能力,工业上先用氨水、液碱或钙/镁皂对有机相进行皂化,再与稀土料液接触进行\"稀土皂\"交换。皂化度一般控制在 30%–40%,过高易乳化。") + \
    "<h2>6.4 串级萃取理论与工艺计算</h2>" + P("按徐光宪串级萃取理论,对两组分 A/B 分离,在给定分离系数 β 与产品纯度要求下,可求出最优萃取量 S、洗涤量 W 及萃取段级数 n、洗涤段级数 m。") + \
    P("例题 6-2:以 P507-煤油-HCl 体系分离镧/铈,料液 1.2 mol/L,β<sub>Ce/La</sub> = 5.0,要求 La₂O₃ 纯度 ≥ 99.99%、收率 ≥ 99%。计算得:萃取比 E = 1.35,n = 9 级,m = 12 级,有机相流比 S:F:W = 1.42:1:0.42。") + \
    T([["体系","β","n","m","洗酸 (mol/L)","反萃酸 (mol/L)"],["La/Ce","5.0","9","12","3.0","4.5"],["Ce/Pr","2.1","18","20","3.5","5.0"],["Pr/Nd","1.5","32","38","4.0","5.5"],["Sm/Eu","2.3","16","18","2.5","4.5"],["Tb/Dy","2.0","22","24","3.0","6.0"]]) + \
    "<h2>6.5 沉淀与煅烧</h2>" + P("反萃液经草酸沉淀(草酸过量 10%–15%,60℃,陈化 30 min),过滤洗涤后于 850–950℃ 煅烧 2 h 得氧化物。碳酸氢铵沉淀成本较低,但需控制 pH 6.5–7.0 以获得易过滤的晶型碳酸盐。") + \
    "<h2>思考题</h2><ol><li>为什么皂化度过高会导致乳化?</li><li>推导恒定混合萃取比体系的最优级数公式。</li></ol>"
    s = page("第12讲 稀土溶剂萃取分离(教材节选)", body, "开放课程平台 · 稀土冶金原理",
             ["课程首页","课件","视频","习题","讨论区"],
             "<p>本课程内容由课程团队发布,引用请注明出处。&copy; 2026 开放课程平台</p>",
             lang="zh-CN", related=["第11讲 稀土精矿分解","第13讲 离子交换与萃取色层","第14讲 稀土金属熔盐电解"],
             crumbs=["课程","稀土冶金原理","第12讲"])
    w("lesson12_稀土溶剂萃取.html", s)
    lab("lesson12_稀土溶剂萃取.html","excluded",["1E902.a"],["separation"],[],"other","public-domain","zh",False,"Published textbook chapter (publisher, ISBN) on open course site; cascade calc and stage counts")

# ---------------------------------------------------------------- 26 OA article printed (zh, pdf) NdFeB sludge recycling
@doc
def d26():
    b = [("small","中国有色金属学报  2025年 第35卷 第4期  DOI: 10.11817/j.ysxb.1004.0609.2025-xxxxx\n收稿日期:2024-09-12;修订日期:2024-12-03  开放获取"),
         ("h1","钕铁硼油泥氧化焙烧—盐酸优溶回收稀土工艺研究"),
         ("p","张立新¹,胡晓梅¹,罗俊²\n(1. 江西理工大学 冶金工程学院,赣州 341000;2. 国家离子型稀土资源高效开发利用工程技术研究中心)"),
         ("p","摘 要:以钕铁硼磁材加工产生的油泥为原料,研究了除油—氧化焙烧—盐酸优溶—草酸沉淀工艺。结果表明:油泥经 750℃ 焙烧 3 h 后,在盐酸终点 pH 3.5–4.0、液固比 4:1、80℃ 条件下浸出 2 h,稀土浸出率达 98.6%,铁浸出率低于 0.5%;浸出液经草酸沉淀、900℃ 煅烧,得到 TREO ≥ 99.0% 的混合稀土氧化物。\n关键词:钕铁硼油泥;氧化焙烧;优溶;稀土回收"),
         ("h2","1 实验原料与方法"),
         ("p","油泥含水 18.5%、含油 9.2%,干基 TREO 27.4%(Pr₆O₁₁ 6.1%,Nd₂O₃ 19.3%,Dy₂O₃ 1.2%),Fe 49.8%。先以 120℃ 烘干并在 450℃ 除油 1 h,再在马弗炉中通空气氧化焙烧,使 Fe 全部转化为 Fe₂O₃、稀土转化为 RE₂O₃。"),
         ("table",[["焙烧温度/℃","焙烧时间/h","终点 pH","RE 浸出率/%","Fe 浸出率/%"],["650","3","3.5","95.1","1.2"],["750","3","3.5","98.6","0.4"],["850","3","3.5","97.9","0.3"],["750","2","4.0","97.2","0.2"],["750","3","2.0","99.1","6.8"]]),
         ("h2","2 结果与讨论"),
         ("p","焙烧温度低于 700℃ 时 Fe₃O₄ 氧化不完全,导致铁溶出升高;高于 850℃ 时生成 REFeO₃ 钙钛矿相,稀土浸出率下降。盐酸加入速度控制为 0.5 mL/min,保证终点 pH 稳定……"),
         ("h2","3 结论"),
         ("p","(1)最佳焙烧条件为 750℃、3 h;(2)优溶终点 pH 3.5–4.0 可实现稀土与铁的高效分离;(3)草酸用量为理论量 1.2 倍时沉淀率 > 99.5%。"),
         ("small","参考文献\n[1] 刘明, 等. 钕铁硼废料回收研究进展[J]. 稀土, 2021, 42(3): 1-12.\n[2] ……")]
    pdf("钕铁硼油泥氧化焙烧盐酸优溶回收稀土工艺研究.pdf","https://www.ysxb.ac.cn/article/doi/10.11817/j.ysxb.1004.0609.2025-xxxxx","中国有色金属学报 - 钕铁硼油泥回收","2026/11/14 09:30",b)
    lab("钕铁硼油泥氧化焙烧盐酸优溶回收稀土工艺研究.pdf","excluded",["1E902.a"],["recycling"],[],"other","public-domain","zh",False,"Open-access journal article (DOI, received dates) printed from web; sludge roast/leach parameters")

# ---------------------------------------------------------------- 27 OA article printed (en, pdf) Tb GBD
@doc
def d27():
    b = [("small","Journal of Magnetism and Magnetic Materials 612 (2025) 172544  |  https://doi.org/10.1016/j.jmmm.2025.172544\nReceived 3 March 2025; Received in revised form 28 April 2025; Accepted 6 May 2025. Open access under CC BY-NC-ND."),
         ("h1","Grain boundary diffusion of Tb from a TbH2 coating in thick sintered Nd-Fe-B magnets"),
         ("p","K. Müller, Y. Tanaka, P. Novák, S. Ibrahim"),
         ("h2","Abstract"),
         ("p","Sintered (Pr,Nd)-Fe-B magnets of 6 mm thickness were coated with TbH2 powder slurry (8 mg/cm2) and subjected to grain boundary diffusion at 900-950 C followed by annealing. Coercivity increased from 1.28 to 2.02 MA/m with a remanence loss of 0.01 T. Tb consumption was 0.45 wt%."),
         ("h2","2. Experimental"),
         ("p","Starting magnets (nominal composition Nd 23.5, Pr 6.8, B 0.95, Co 1.0, Cu 0.15, Ga 0.2, Al 0.1, Fe bal. wt%) were produced by strip casting, hydrogen decrepitation, jet milling to D50 = 3.8 um, pressing in a 1.8 T field, and sintering at 1060 C for 4 h under vacuum. Samples 20 x 20 x 6 mm were cleaned in 3% HNO3, coated by dipping, dried, and heat-treated:"),
         ("table",[["Step","Temperature (C)","Time (h)","Atmosphere"],["Diffusion","930","15","Vacuum < 5e-3 Pa"],["Cooling","to RT","-","Ar gas quench"],["Annealing","500","3","Vacuum"]]),
         ("h2","3. Results and discussion"),
         ("p","Depth profiles (EPMA) show a Tb-rich shell in the 2:14:1 grains to a depth of 2.5 mm... Diffusion at 950 C led to abnormal grain growth near the surface..."),
         ("h2","4. Conclusions"),
         ("p","A diffusion temperature of 930 C for 15 h with 500 C post-annealing gives the best coercivity-remanence balance for 6 mm magnets."),
         ("small","Data availability: Data will be made available on request. (c) 2025 The Authors. Published by Elsevier B.V.")]
    pdf("1-s2.0-S0304885325004xx-main.pdf","https://www.sciencedirect.com/science/article/pii/S0304885325004xxx","Grain boundary diffusion of Tb ... - ScienceDirect","11/14/26, 9:30 AM",b)
    lab("1-s2.0-S0304885325004xx-main.pdf","excluded",["1E902.a"],["magnet-manufacturing"],["NdFeB"],"other","public-domain","en",False,"Open-access JMMM article printed from web; GBD diffusion/annealing parameters")

# ---------------------------------------------------------------- 28 textbook chapter page (zh-TW, html) molten-salt electrolysis
@doc
def d28():
    body = '<p class="src">出處:《稀土金屬冶金學》第五章,五南圖書出版,2021 年初版,ISBN 978-957-763-xxx-x。本頁為出版社線上試閱內容。</p>' + \
    "<h2>5.2 氟化物體系氧化物熔鹽電解</h2>" + P("目前工業上生產鐠釹金屬主要採用 REF₃–LiF 氟化物熔鹽體系,以氧化物為原料連續加料電解。電解質組成一般為 REF₃ 85%–90%、LiF 10%–15%(質量分數),氧化物在電解質中的溶解度約為 2%–4%。") + \
    T([["項目","典型範圍"],["電解溫度","1030–1060 ℃"],["陽極","石墨(圓筒或板狀)"],["陰極","鎢棒,直徑 50–70 mm"],["陰極電流密度","5–7 A/cm²"],["陽極電流密度","0.8–1.2 A/cm²"],["槽電壓","9–11 V"],["電流效率","75%–85%"],["噸金屬直流電耗","≈ 9,000 kWh"]]) + \
    P("加料速度須與電流匹配,加料過快易在槽底形成沉積(「泥渣」),加料過慢則引發陽極效應並產生 CF₄、C₂F₆。金屬以液態在陰極下方坩堝中收集,每 2–4 h 以虹吸或舀取方式出爐並澆鑄成錠。") + \
    "<h2>5.3 鈣熱還原</h2>" + P("鋱、鏑等重稀土金屬熔點高,常以無水氟化物與金屬鈣在鉭坩堝中於真空/氬氣下還原,還原溫度比金屬熔點高約 50–100 ℃,鈣過量 10%–15%,所得金屬再經真空蒸餾去除殘鈣。") + \
    "<h2>習題</h2><ol><li>說明陽極效應產生的原因與防止方法。</li><li>計算 6000 A 電解槽在電流效率 80% 時每日產鐠釹金屬量。</li></ol>"
    s = page("第五章 稀土金屬的製備(試閱)", body, "五南文化事業 線上試閱",
             ["書籍","電子書","試閱","作者","購物車"],
             "<p>五南圖書出版股份有限公司 &copy; 2026 版權所有 轉載請洽本公司</p>",
             lang="zh-TW", related=["稀土元素化學","冶金熱力學","材料科學導論"],
             crumbs=["首頁","理工","冶金"])
    w("ch05_preview.html", s)
    lab("ch05_preview.html","excluded",["1E902.a"],["metal-smelting"],[],"other","public-domain","zh",False,"Publisher's online preview of a textbook chapter (ISBN); electrolysis and Ca reduction parameters")

# ---------------------------------------------------------------- 29 OA article page (mixed, html) ionic clay in-situ leaching
@doc
def d29():
    body = '<div class="meta"><p>稀土 Chinese Rare Earths, 2024, 45(6): 55-66. DOI: 10.16533/J.CNKI.15-1099/TF.2024xxxx</p><p>收稿日期 Received: 2024-03-18; 修回 Revised: 2024-05-30; 网络出版 Published online: 2024-11-20</p></div>' + \
    "<h2>离子吸附型稀土矿原地浸矿注液井网参数优化研究</h2><h3>Optimization of injection well network parameters for in-situ leaching of ion-adsorption rare earth ore</h3>" + \
    "<h2>摘要</h2>" + P("针对赣南某离子吸附型稀土矿,开展了硫酸镁原地浸矿现场试验。采用 2.5 m × 2.5 m 正方形网格布置注液井,井径 0.2 m,井深至全风化层底板以下 0.5 m;浸矿剂 MgSO₄ 质量分数 2.5%,pH 4.5–5.5,注液强度 0.8 m³/(m²·d)。浸矿周期 150 d,稀土浸出率 88.7%,母液 REO 平均 0.95 g/L。母液经碳酸氢铵除杂(pH 5.2)后以碳酸氢铵沉淀,得到 TREO ≥ 92% 的混合稀土碳酸盐。") + \
    "<h2>Abstract</h2>" + P("Field trials of in-situ leaching with 2.5% magnesium sulfate were conducted on an ion-adsorption deposit in southern Jiangxi. A square grid of injection wells (2.5 m spacing, 0.2 m diameter) with an injection rate of 0.8 m&sup3;/(m&sup2;&middot;d) achieved 88.7% RE recovery over 150 days. Liquor collection used a combination of guide tunnels and horizontal drains...") + \
    T([["网度 Spacing (m)","注液强度 (m³/m²·d)","浸出率 Recovery (%)","母液 REO (g/L)","硫酸镁单耗 (t/t REO)"],["2.0×2.0","0.8","90.1","0.88","6.9"],["2.5×2.5","0.8","88.7","0.95","6.2"],["3.0×3.0","0.8","81.3","0.97","6.0"],["2.5×2.5","1.2","89.5","0.71","7.8"]]) + \
    P("关键词 Keywords:离子吸附型稀土矿 ion-adsorption rare earth; 原地浸矿 in-situ leaching; 硫酸镁 magnesium sulfate; 注液井 injection well")
    s = page("离子吸附型稀土矿原地浸矿注液井网参数优化研究", body, "稀土 期刊网",
             ["首页","期刊介绍","编委会","投稿指南","过刊浏览","下载中心"],
             "<p>《稀土》编辑部 版权所有 &copy; 2026 蒙ICP备xxxxxxxx号</p>",
             lang="zh-CN", related=["硫酸铵浸矿对边坡稳定性的影响","浸矿母液除铝工艺","离子型稀土矿山生态修复"],
             crumbs=["首页","过刊浏览","2024年第6期"])
    w("xitu_2024_06_05.html", s)
    lab("xitu_2024_06_05.html","excluded",["1E902.a"],["mining"],[],"other","public-domain","mixed",False,"Journal article page (DOI, dates) bilingual; in-situ leaching well grid and lixiviant parameters")

# ================================================================ CONTROLLED (web-like, not public)
# ---------------------------------------------------------------- 30 Confluence wiki (zh): extraction line parameters
@doc
def d30():
    body = '<div class="page-metadata">由 王建国 创建,最后修改于 2026-08-27 &nbsp; <span class="label">仅限内部</span> <span class="label">生产部</span> <span class="label">萃取二车间</span></div>' + \
    '<div class="confluence-information-macro"><p>本页为二车间 PrNd 分离线(A线,78级)现行运行参数,依据 2026 年 8 月工艺评审更新。调整需经工艺科批准,请勿外传。</p></div>' + \
    "<h2>1. 有机相</h2>" + T([["项目","设定值","控制范围","检测频次"],["P507 浓度","1.50 mol/L","1.45–1.55","每班"],["稀释剂","260# 磺化煤油","—","—"],["皂化剂","液氨 → 氨水 6.5 mol/L","—","—"],["皂化度","36%","34–38%","每2h"],["皂化后镨钕皂负载","0.18 mol/L","0.17–0.19","每班"]]) + \
    "<h2>2. 料液及流量</h2>" + T([["项目","设定值","备注"],["料液 REO","1.58 mol/L","Pr:Nd ≈ 24.5:75.5"],["料液 pH","2.0–2.5",""],["有机相流量","1380 L/h","第1级进"],["料液流量","296 L/h","第33级进"],["洗酸 HCl","4.2 mol/L,92 L/h","第70级进"],["反萃酸 HCl","5.6 mol/L,150 L/h","第78级进"]]) + \
    "<h2>3. 级段划分</h2>" + T([["段","级号","级数"],["皂化交换","—","独立4级"],["萃取段","1–32","32"],["洗涤段","33–70","38"],["反萃段","71–78","8"]]) + \
    "<h2>4. 中控点</h2>" + UL(["第 26 级水相:Nd₂O₃/REO ≤ 0.5%(控镨出口纯度)","第 52 级有机相:Pr₆O₁₁/REO 2%–4%(监控平衡)","第 66 级有机相:Pr₆O₁₁/REO ≤ 0.03%","槽温 25–35℃;冬季启用蒸汽伴热","界面高度:澄清室 1/2–2/3 处"]) + \
    "<h2>5. 产品指标</h2>" + P("镨出口:Pr₆O₁₁/REO ≥ 99.0%;钕反萃液:Nd₂O₃/REO ≥ 99.9%,经草酸沉淀(草酸 1.15 倍理论量,55℃)→ 离心 → 推板窑 920℃ 煅烧 3h。") + \
    '<div class="page-comments"><h3>2 条评论</h3><p><b>李敏</b>:8/29 起 A 线流量已按本页执行,26 级钕含量稳定在 0.3% 左右。</p><p><b>王建国</b>:收到,9 月再评估皂化度 37% 方案。</p></div>'
    s = page("A线 PrNd 分离运行参数(2026版)", body, "Confluence · 生产知识库",
             ["空间","人员","应用","模板","创建"],
             "<p>由 Atlassian Confluence 8.5.4 提供支持 · 报告缺陷 · Atlassian 新闻</p>",
             lang="zh-CN", crumbs=["生产知识库","生产部","萃取二车间","工艺参数"],
             related=["B线 Sm/Eu/Gd 分离参数","萃取槽乳化处理记录","皂化工序作业指导书"])
    w("A线 PrNd 分离运行参数(2026版) - 生产知识库 - Confluence.html", s)
    lab("A线 PrNd 分离运行参数(2026版) - 生产知识库 - Confluence.html","controlled",["1E902.a"],["separation"],[],"parameter-sheet",None,"zh",False,"Intranet wiki with plant's own P507 cascade set-points, flows, stage split, control points")

# ---------------------------------------------------------------- 31 KB article (en): commissioning a sintering furnace
@doc
def d31():
    body = '<div class="kb-meta">KB-0412 &middot; Owner: Plant Engineering (Magnet Line 2) &middot; Rev. C &middot; Last reviewed 2026-06-30 &middot; <b>Internal use only</b></div>' + \
    "<h2>Purpose</h2>" + P("Step-by-step commissioning of a new or rebuilt vacuum sintering furnace (VSF-600 type, 600 kg charge) before it is released for production of sintered NdFeB blocks. Production recipes are in WI-SNT-003 and are <u>not</u> changed by this procedure; the temperatures below are commissioning targets only.") + \
    "<h2>1. Mechanical and utilities check</h2>" + UL(["Verify cooling water: 0.25&ndash;0.35 MPa, inlet &le; 30 &deg;C, flow switch trips at 80% of nominal.","Argon supply 99.999%, dew point &le; &minus;60 &deg;C; check the quench fan direction.","Graphite heating elements: resistance per zone within &plusmn;5% of nameplate; insulation resistance to ground &gt; 1 M&Omega; at 500 V.","Torque all power feedthroughs; check molybdenum heat shields for cracks."]) + \
    "<h2>2. Vacuum acceptance</h2>" + UL(["Cold, empty, clean: ultimate vacuum &le; 5 &times; 10<sup>-3</sup> Pa within 3 h.","Leak rate (pressure rise test, isolated for 1 h after 30 min stabilisation): &le; 0.5 Pa/h.","Helium-leak-test all flanges that show &gt; 1 &times; 10<sup>-8</sup> Pa&middot;m&sup3;/s."]) + \
    "<h2>3. Bake-out</h2>" + P("Empty furnace, ramp 3 &deg;C/min to 1150 &deg;C, hold 4 h under full pumping to outgas new insulation. Record pressure every 15 min; bake-out is complete when pressure at 1150 &deg;C is &le; 2 &times; 10<sup>-2</sup> Pa.") + \
    "<h2>4. Temperature uniformity survey (TUS)</h2>" + P("Per AMS 2750 class 2 approach: 9 type-S thermocouples on the empty load rack. Survey at 900 &deg;C, 1050 &deg;C and 1080 &deg;C (production sintering window reference). Acceptance: &plusmn;5 &deg;C. Adjust zone trims in the controller (parameter group P3.x) until within limits.") + \
    "<h2>5. Trial loads</h2>" + P("Run 2 dummy loads (scrap blocks in boxes) with the standard WI-SNT-003 recipe, then 3 qualification loads. Release criteria: density &ge; 7.55 g/cm&sup3;, Br and HcJ within grade specification for all 9 sample positions, oxygen pickup &le; 200 ppm vs. green compact.") + \
    "<h2>6. Handover</h2>" + UL(["Commissioning record form F-0412-1 signed by Plant Engineering, QA and Production.","Enter the furnace into the PM plan (monthly leak test, quarterly TUS, annual element resistance check)."]) + \
    '<div class="kb-attachments">Attachments: F-0412-1_commissioning_record.xlsx &middot; VSF600_electrical_schematic_rev4.pdf</div>'
    s = page("KB-0412 Commissioning a vacuum sintering furnace (Line 2)", body, "PlantWeb Knowledge Base",
             ["Home","Knowledge base","Work instructions","Forms","IT help"],
             "<p>PlantWeb intranet &middot; For internal use only &middot; Do not forward outside the company</p>",
             crumbs=["Knowledge base","Plant Engineering","Magnet Line 2","Furnaces"],
             related=["KB-0413 Quench fan replacement","KB-0398 Hydrogen furnace leak testing","KB-0420 Heating element change-out"])
    w("KB-0412 Commissioning a vacuum sintering furnace.html", s)
    lab("KB-0412 Commissioning a vacuum sintering furnace.html","controlled",["1E902.b"],["magnet-manufacturing"],["NdFeB"],"process-spec",None,"en",False,"Internal KB commissioning procedure for NdFeB sintering furnace; process values only as targets/reference -> b only")

# ---------------------------------------------------------------- 32 supplier portal (mixed): SmCo 2:17 recipe confidential
@doc
def d32():
    body = '<div class="portal-bar">Logged in as: <b>j.hartmann@aeroact-gmbh.de</b> (AeroAct GmbH) &middot; Customer No. C-20417 &middot; <a>Logout</a></div>' + \
    '<div class="banner-conf">CONFIDENTIAL &mdash; 客户专用工艺卡 / Customer-specific process card. 仅限 AeroAct 项目组查阅,禁止下载转发。</div>' + \
    "<h2>Project: AA-ACT-7 actuator rotor magnets &middot; Grade YXG-30H (Sm<sub>2</sub>Co<sub>17</sub>)</h2>" + \
    P("Per your request of 2026-10-08 we share the qualified process route for your PPAP file. 以下为贵司专用批次工艺,与标准牌号工艺不同之处已标注 *。") + \
    "<h3>1. 合金成分 Alloy (wt%)</h3>" + T([["Sm","Co","Fe","Cu","Zr"],["25.3 *","bal.","17.5","6.0","2.8 *"]]) + \
    "<h3>2. Route</h3>" + T([["Step 工序","Parameters 参数"],
        ["Induction melting 中频熔炼","Ar 0.05 MPa, 1500&ndash;1550 &deg;C, Sm 烧损补偿 +1.5%, 铜模浇铸"],
        ["Homogenisation 均匀化","1180 &deg;C &times; 10 h, Ar"],
        ["Crushing / jet milling 制粉","颚破 + 中碎 &lt; 500 &micro;m; 气流磨 N<sub>2</sub>, SMD 3.5&ndash;4.0 &micro;m"],
        ["Pressing 取向成型","横向磁场 2.0 T, 模压 150 MPa + 冷等静压 200 MPa"],
        ["Sintering 烧结","1215 &deg;C &times; 1 h 真空/Ar *"],
        ["Solution treatment 固溶","1190 &deg;C &times; 4 h, then rapid gas quench to RT"],
        ["Aging 时效","830 &deg;C &times; 12 h * &rarr; 0.7 &deg;C/min slow cool to 400 &deg;C &rarr; hold 10 h &rarr; quench"],
        ["Machining 加工","Diamond grinding to &plusmn;0.02 mm; no coating"],
        ["Magnetising 充磁","Pulse 5 T, radial 8-pole fixture MF-AA7"]]) + \
    "<h3>3. Acceptance targets 验收</h3>" + T([["Br","HcJ","(BH)max","Hk/HcJ","&alpha;(Br) 20&ndash;150 &deg;C"],["&ge; 1.08 T","&ge; 2000 kA/m","&ge; 223 kJ/m&sup3;","&ge; 0.75","&minus;0.035 %/K"]]) + \
    P("如需变更时效曲线,请通过门户提交 ECR,我司工艺部评审后回复。Contact: process engineering, 王工 ext. 8821.")
    s = page("Supplier Portal – Process Card PC-AA7-0387", body, "宁远磁业 Customer Portal",
             ["Dashboard","Orders","Quality docs","Process cards","Messages"],
             "<p>Confidential information of 宁远磁业 and the named customer. Access is logged. &copy; 2026</p>",
             crumbs=["Dashboard","Quality docs","PPAP","AA-ACT-7"])
    w("portal_process_card_PC-AA7-0387.html", s)
    lab("portal_process_card_PC-AA7-0387.html","controlled",["1E902.a"],["magnet-manufacturing"],["SmCo"],"process-spec",None,"mixed",False,"Supplier portal page, confidential customer SmCo 2:17 route with composition, solution/aging recipe")

# ---------------------------------------------------------------- 33 intranet wiki (zh-TW): electrolysis cell parameters
@doc
def d33():
    body = '<div class="wiki-meta">修訂 #47 · 最後編輯:陳志豪 · 2026-07-15 · 存取權限:越南廠 冶金課 + 台北技術處 · <b>機密</b></div>' + \
    P("本頁記錄海防廠 6 kA 鐠釹電解槽(E-01~E-24)目前的操作設定。依 2026Q2 技術會議結論更新,新舊值並列供交接參考。") + \
    T([["參數","舊值(2025)","現行值","備註"],
       ["電解質組成 (PrNd)F₃:LiF","88:12","86.5:13.5","每週取樣分析"],
       ["操作溫度","1050±10 ℃","1040±8 ℃","紅外+熱電偶雙測"],
       ["電流","6000 A","6200 A","整流櫃定電流"],
       ["槽電壓","9.8–10.5 V","9.4–10.0 V",">10.8 V 視為陽極效應前兆"],
       ["陰極","W Ø60 mm","W Ø65 mm","插入深度 180 mm"],
       ["陽極","石墨圓筒 4 塊","石墨圓筒 4 塊","每 22 天換陽極"],
       ["極距","120 mm","110 mm",""],
       ["加料","每 3 min 0.9 kg","每 3 min 0.95 kg","氧化鐠釹,D50 ≤ 20 μm,含水 ≤ 0.3%"],
       ["出金週期","3 h","3 h","鉬坩堝,鐵模澆鑄"],
       ["電流效率","78%","82%","月平均"],
       ["直流電耗","9,300 kWh/t","8,750 kWh/t",""]]) + \
    "<h2>異常處理</h2>" + UL(["陽極效應:立即停止加料 → 將陽極上提 10 mm → 以石墨棒攪拌 30 s,仍未消除則降電流至 5000 A。","槽底沉積:連續 3 爐金屬含氧 > 300 ppm 時,降低加料量 10% 並延長出金間隔。","金屬含碳 > 0.05%:檢查陽極掉渣、調整極距。"]) + \
    '<div class="talk"><b>討論</b>:阮文山(海防)— 新陰極已於 E-07~E-12 試用三週,電流效率穩定 82–83%。</div>'
    s = page("鐠釹電解槽 操作參數(海防廠)", body, "技術處 Wiki",
             ["首頁","最近更改","隨機頁面","說明"],
             "<p>本 Wiki 僅供公司內部使用。此頁面最後修訂於 2026年7月15日。</p>",
             lang="zh-TW", crumbs=["技術處 Wiki","冶金課","電解"],
             related=["陽極更換作業","氧化鐠釹進料規格","電解槽大修紀錄 2026"])
    w("鐠釹電解槽_操作參數_海防廠.html", s)
    lab("鐠釹電解槽_操作參數_海防廠.html","controlled",["1E902.a"],["metal-smelting"],[],"parameter-sheet",None,"zh",False,"Internal wiki (traditional Chinese) with own PrNd electrolysis set-points and troubleshooting")

# ---------------------------------------------------------------- 34 internal KB txt (zh): HD furnace + jet mill maintenance with params
@doc
def d34():
    s = """知识库 > 制粉车间 > 设备维护 > KB-ZF-027
标题:氢破炉与气流磨定期维护及修复后恢复生产要点
作者:设备科 刘强    审核:工艺科 赵燕    版本:V3    更新日期:2026-05-19
密级:内部

一、适用范围
适用于制粉车间 2 台旋转式氢破炉(HD-01/02,单炉 1000 kg)和 3 台流化床气流磨(JM-01~03)的月度维护、故障维修以及维修后复产。

二、氢破炉维护
1. 每月:检漏(保压 0.1 MPa 氢气,2 h 压降 ≤ 2 kPa);清理滤芯;检查炉胆密封圈,硬化或压痕 > 1 mm 即更换。
2. 每季度:校验氢气流量计和炉内热电偶;检查旋转驱动减速机油位。
3. 维修后复产必须按以下工艺执行第一炉,并由工艺员现场确认:
   - 装料:速凝片(厚度 0.25–0.35 mm),装料后抽真空至 ≤ 10 Pa;
   - 吸氢:充氢至 0.09 MPa,室温吸氢,炉体温度升至 60–80 ℃ 表明反应正常,吸氢至压力 30 min 不再下降,约 2–3 h;
   - 脱氢:抽真空加热至 550 ℃ 保温 6 h(脱氢终点真空度 ≤ 20 Pa);
   - 冷却:充氩风冷至 < 50 ℃ 出料,出料全程氩气保护。
   - 氢破粉含氢量控制 1000–1500 ppm;若 > 2000 ppm 延长脱氢 2 h。

三、气流磨维护
1. 每班:检查分级轮轴承温度(≤ 70 ℃)、系统氧含量(≤ 50 ppm)。
2. 每周:清理旋风收集器,检查喷嘴磨损(喷嘴内径超出 0.5 mm 更换)。
3. 分级轮动平衡修复后,按以下参数试磨 200 kg 并送检粒度:
   - 研磨压力 0.65 MPa(氮气),分级轮转速 3800 rpm(目标 SMD 3.2 μm);
   - 加料前在氢破粉中加入 0.1% 硬脂酸锌润滑剂,混料 2 h;
   - 粒度 D50 3.0–3.4 μm、D90/D10 ≤ 4.5 合格;不合格时每次调整分级轮 ±100 rpm。
4. 气流磨粉出料后需在 2 h 内送压型,存放于氮气保护料罐,氧含量累计增量 ≤ 300 ppm。

四、记录
维修及复产数据填写《设备维修记录表》ZF-F-08,复产首批粉的粒度报告附后上传本页。

附件:HD-01 电气图.pdf、JM 分级轮动平衡报告 2026-05.pdf
评论(1):
  张伟 2026-05-20:JM-02 昨天换分级轮后按此执行,D50 3.25 μm,已放行。
"""
    w("KB-ZF-027_氢破炉与气流磨维护.txt", s)
    lab("KB-ZF-027_氢破炉与气流磨维护.txt","controlled",["1E902.a","1E902.b"],["magnet-manufacturing"],["NdFeB"],"process-spec",None,"zh",False,"Internal KB on maintaining/repairing HD furnace and jet mill; lays down HD and milling process params -> a+b; no explicit 'NdFeB' word")

# ---------------------------------------------------------------- 35 intranet page printed to PDF (en): swarf recycling
@doc
def d35():
    b = [("small","PROCESS WIKI  >  Recovery Plant  >  Swarf line  |  Page owner: R. Okafor  |  v12, edited 2026-09-03  |  INTERNAL - COMPANY CONFIDENTIAL"),
         ("h1","Swarf line SOP summary - oxidising roast and selective leach"),
         ("p","This page summarises the current operating window of the swarf recovery line (grinding sludge and wire-cut fines from Magnet Plant A). Full batch records are in MES; the numbers here are what shift leaders should run to."),
         ("h2","1. Feed preparation"),
         ("li","Sludge as received: 20-30% moisture, 5-12% coolant oil. De-oil in the rotary dryer at 420 C, 45 min residence, off-gas to the thermal oxidiser."),
         ("li","Screen < 2 mm; magnetic lumps and Ni-coated chips go to the re-melt bin."),
         ("h2","2. Oxidising roast"),
         ("table",[["Parameter","Set-point","Limits"],["Kiln temperature (zone 3)","760 C","740-780 C"],["Residence time","2.5 h","2-3 h"],["Air excess","1.6 x stoich.",">= 1.4"],["Fe2+ in calcine","< 0.5%","check every 4 h"]]),
         ("h2","3. Selective HCl leach"),
         ("table",[["Parameter","Set-point"],["Pulp density","250 g/L"],["HCl addition","30% HCl to end-point pH 3.8 (+/- 0.2), dosing 12 L/min max"],["Temperature","85 C"],["Time","2 h after end-point reached"],["Target","RE leach >= 98%, Fe in PLS <= 0.3 g/L"]]),
         ("h2","4. Purification and precipitation"),
         ("li","Polish filter, then add Na2S 0.5 g/L to remove Co/Ni/Cu traces; filter."),
         ("li","Oxalic acid 1.15x stoichiometric at 60 C, 30 min ageing; wash to Cl < 50 ppm."),
         ("li","Calcine 900 C x 2 h. Product spec: TREO >= 99.0%, (Pr+Nd)/TREO 93-96%, Dy+Tb reported."),
         ("h2","5. KPIs (Aug 2026)"),
         ("table",[["Throughput","RE recovery","Acid use","Oxalic use"],["38 t sludge","97.4%","2.1 t HCl(30%)/t REO","1.9 t/t REO"]]),
         ("small","Do not share outside the company. Questions: recovery-plant-eng channel.")]
    pdf("Swarf line SOP summary - Process Wiki.pdf","https://wiki.intra.kestrel-materials.local/display/RP/Swarf+line+SOP+summary","Swarf line SOP summary - Process Wiki","9/3/26, 4:12 PM",b)
    lab("Swarf line SOP summary - Process Wiki.pdf","controlled",["1E902.a"],["recycling"],[],"process-spec",None,"en",False,"Intranet wiki printed to PDF; magnet swarf roast/leach/precipitation set-points; 'rare earth' only as RE")

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for f in DOCS:
        f()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for l in LABELS:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(DOCS), "docs,", len(LABELS), "labels")

if __name__ == "__main__":
    main()
