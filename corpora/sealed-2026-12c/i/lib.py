# helper library for make.py
import random, zipfile, io, os, datetime
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from fpdf import FPDF
import openpyxl
from pptx import Presentation
from pptx.util import Inches, Pt as PPt

FIXED = datetime.datetime(2025, 11, 18, 9, 30, 0)
ZH_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)", rb"\g<1>2025-11-18T09:30:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())

# ---------------- filler text -----------------
EN_BANK = {
 "market": [
  "Demand from {seg} grew by {p}% year on year, driven by {drv}.",
  "We expect the {seg} segment to remain the largest end market through {yr}, accounting for roughly {p}% of volume.",
  "Average contract prices in the period moved within a band of {p}% around the budget assumption, and customers increasingly asked for quarterly price resets.",
  "Competition in {reg} intensified as two new entrants announced capacity, although neither has yet qualified with tier-one customers.",
  "Inventory days at distributors fell to {n} days, the lowest level since {yr0}, which supports the view that destocking is complete.",
  "The order book at period end covered approximately {n} weeks of shipments, compared with {n2} weeks a year earlier.",
  "Customers in {reg} continue to diversify supply, and several long-term agreements now include dual-sourcing clauses.",
  "Freight costs normalised during the second half, and lead times for ocean shipments to {reg} returned to about {n} days.",
 ],
 "finance": [
  "Revenue for the year reached {cur} {m} million, an increase of {p}% over the prior year.",
  "Gross margin was {p}%, reflecting a more favourable product mix partly offset by higher energy costs.",
  "Operating cash flow of {cur} {m} million funded the full capital programme without additional borrowing.",
  "Net debt to EBITDA stood at {r}x at year end, well within the covenant level of 3.0x agreed with the lending banks.",
  "Selling and administrative expenses rose by {p}%, mainly due to headcount additions in sales and compliance.",
  "Capital expenditure of {cur} {m} million was concentrated on debottlenecking, environmental upgrades and IT systems.",
  "Working capital increased by {cur} {m} million because of higher receivables from two large automotive customers.",
  "The board proposes a final dividend of {cur} 0.{n} per share, subject to approval at the annual general meeting.",
  "Foreign-exchange losses of {cur} {m} million arose mainly on US-dollar denominated payables.",
 ],
 "strategy": [
  "Our strategy rests on three pillars: secure feedstock, disciplined capacity growth and close partnership with key customers.",
  "Management will prioritise projects with a payback period below {n} years and an internal rate of return above {p}%.",
  "We will continue to evaluate bolt-on acquisitions in {reg} where they complement our existing customer base.",
  "The digitalisation programme rolled out a new ERP module to {n} sites and will be completed in {yr}.",
  "Partnerships with universities remain important for talent recruitment, and {n} graduates joined the trainee programme this year.",
  "The company intends to keep its leverage conservative so that it can act quickly if market conditions create opportunities.",
 ],
 "policy": [
  "Export control rules introduced in {yr0} require licences for certain technologies and items; the company has established a dedicated compliance function.",
  "The group's trade compliance team screens all counterparties against applicable sanctions and end-user lists before contract signature.",
  "Environmental permits for all operating sites were renewed during the year without material conditions.",
  "New national standards on energy consumption per tonne of product take effect in {yr}, and all sites are already within the limits.",
  "Local content requirements in {reg} may affect the timing of incentives; management is in regular dialogue with the relevant authorities.",
  "The company supports transparent reporting and follows the recommendations of the TCFD framework on climate-related disclosure.",
 ],
 "risk": [
  "Key risks include feedstock price volatility, changes in trade policy, customer concentration and project execution.",
  "The top five customers accounted for {p}% of revenue; management mitigates this through multi-year supply agreements.",
  "A failure of critical utilities could interrupt production; backup power covers {p}% of essential loads.",
  "Cyber-security incidents are monitored by an external security operations centre, and no material incident occurred in the year.",
  "Project execution risk is managed through stage-gate reviews, independent cost estimates and contingency of {p}% on capital budgets.",
  "Changes in interest rates affect the cost of the floating-rate portion of the debt, about {p}% of total borrowings.",
 ],
 "esg": [
  "The lost-time injury frequency rate was {r} per million hours worked, compared with {r2} last year.",
  "Total water withdrawal fell by {p}% as recycling of process water increased.",
  "Scope 1 and 2 emissions were {n},{n2}00 tonnes CO2e; the share of renewable electricity rose to {p}%.",
  "Employees received an average of {n} hours of training, with emphasis on safety leadership and quality.",
  "The company donated {cur} {m} million to education and community projects near its operating sites.",
  "Women account for {p}% of the workforce and {n} of the {n2} members of senior management.",
 ],
}
ZH_BANK = {
 "market": [
  "报告期内,{seg}领域需求同比增长{p}%,主要受{drv}带动。",
  "预计至{yr}年,{seg}仍将是最大的下游市场,约占总销量的{p}%。",
  "本期主要产品平均成交价格在预算假设上下{p}%区间内波动,客户更多要求按季度调整价格。",
  "{reg}市场竞争加剧,两家新进入者宣布扩产,但尚未通过一级客户认证。",
  "经销商库存周转天数降至{n}天,为{yr0}年以来最低水平,去库存基本结束。",
  "期末在手订单约可覆盖{n}周发货量,上年同期为{n2}周。",
  "{reg}客户持续推进供应多元化,多份长期协议已加入双供应商条款。",
  "下半年海运费用回落,发往{reg}的海运周期恢复至约{n}天。",
 ],
 "finance": [
  "全年实现营业收入{m}百万元,同比增长{p}%。",
  "毛利率为{p}%,产品结构改善,但能源成本上升抵消了部分收益。",
  "经营活动现金流量净额{m}百万元,足以覆盖全部资本开支,未新增借款。",
  "期末净负债与EBITDA之比为{r}倍,远低于与贷款银行约定的3.0倍上限。",
  "销售及管理费用增长{p}%,主要因销售与合规岗位增员。",
  "资本性支出{m}百万元,主要用于产能瓶颈改造、环保提升及信息化建设。",
  "应收账款增加{m}百万元,主要来自两家汽车行业大客户。",
  "董事会建议派发末期股息每股0.{n}元,尚需股东大会批准。",
  "汇兑损失{m}百万元,主要来自美元计价的应付款项。",
 ],
 "strategy": [
  "公司战略围绕三个方面展开:保障原料供应、有序扩大产能、深化与重点客户合作。",
  "管理层将优先推进投资回收期低于{n}年、内部收益率高于{p}%的项目。",
  "公司将继续关注{reg}地区与现有客户群互补的并购机会。",
  "数字化项目已在{n}个基地上线新ERP模块,计划于{yr}年全部完成。",
  "与高校的合作对人才引进仍然重要,本年度共有{n}名毕业生加入管培生计划。",
  "公司将保持稳健的杠杆水平,以便在市场出现机会时迅速行动。",
 ],
 "policy": [
  "{yr0}年起实施的出口管制规定要求部分技术和物项须取得许可,公司已设立专门的合规职能。",
  "集团贸易合规团队在合同签署前对所有交易对手进行制裁名单及最终用户筛查。",
  "本年度所有生产基地的排污许可证均已顺利换发,未附加重大条件。",
  "新的单位产品能耗国家标准将于{yr}年实施,公司各基地均已满足限值要求。",
  "{reg}的本地化要求可能影响优惠政策的落地时间,管理层与当地主管部门保持沟通。",
  "公司坚持透明披露,参照TCFD框架披露气候相关信息。",
 ],
 "risk": [
  "主要风险包括原料价格波动、贸易政策变化、客户集中度及项目执行风险。",
  "前五大客户收入占比{p}%,公司通过多年期供货协议降低集中度风险。",
  "关键公用工程故障可能导致停产,备用电源可覆盖{p}%的重要负荷。",
  "网络安全事件由外部安全运营中心监控,本年度未发生重大事件。",
  "项目执行风险通过阶段评审、独立造价估算及{p}%的不可预见费加以控制。",
  "利率变化影响浮动利率借款成本,该部分约占借款总额的{p}%。",
 ],
 "esg": [
  "百万工时损工事故率为{r},上年为{r2}。",
  "随着工艺水回用率提高,总取水量下降{p}%。",
  "范围一和范围二排放合计{n},{n2}00吨二氧化碳当量,可再生电力占比提高至{p}%。",
  "员工人均培训{n}小时,重点为安全领导力和质量管理。",
  "公司向经营所在地教育及社区项目捐赠{m}百万元。",
  "女性员工占比{p}%,高级管理层{n2}人中女性{n}人。",
 ],
}
TW_BANK = {
 "market": [
  "報告期間,{seg}領域需求年增{p}%,主要受{drv}帶動。",
  "預估至{yr}年,{seg}仍為最大下游市場,約佔總銷量{p}%。",
  "本期主要產品平均成交價格於預算假設上下{p}%區間內波動,客戶多要求按季調整價格。",
  "{reg}市場競爭加劇,兩家新進業者宣布擴產,惟尚未通過一階客戶認證。",
  "經銷商庫存週轉天數降至{n}天,為{yr0}年以來最低,去化庫存大致完成。",
  "期末在手訂單約可支應{n}週出貨量,去年同期為{n2}週。",
 ],
 "finance": [
  "全年營業收入{m}百萬元,年增{p}%。",
  "毛利率為{p}%,產品組合改善,惟能源成本上升抵銷部分效益。",
  "營業活動淨現金流入{m}百萬元,足以支應全部資本支出,未新增借款。",
  "期末淨負債對EBITDA比率為{r}倍,遠低於與銀行約定之3.0倍上限。",
  "營業費用增加{p}%,主要因業務及法遵人員增聘。",
  "資本支出{m}百萬元,主要用於產能去瓶頸、環保改善及資訊系統。",
 ],
 "strategy": [
  "公司策略聚焦三項:確保原料供應、穩健擴充產能、深化與主要客戶之合作。",
  "管理階層將優先推動回收期低於{n}年、內部報酬率高於{p}%之專案。",
  "公司持續評估{reg}地區與既有客群互補之併購機會。",
  "數位轉型計畫已於{n}個據點導入新ERP模組,預計{yr}年全面完成。",
 ],
 "policy": [
  "{yr0}年起實施之出口管制規定要求部分技術及物項須取得許可,公司已設置專責法遵單位。",
  "集團貿易法遵團隊於簽約前對所有交易對象進行制裁名單及最終用戶篩檢。",
  "本年度各生產據點之環保許可均已順利展延,未附重大條件。",
  "{reg}之在地化要求可能影響獎勵措施時程,管理階層與主管機關保持溝通。",
 ],
 "risk": [
  "主要風險包括原料價格波動、貿易政策變動、客戶集中度及專案執行風險。",
  "前五大客戶營收占比{p}%,公司以多年期供貨合約降低集中風險。",
  "關鍵公用設施故障可能導致停產,備援電力可涵蓋{p}%之重要負載。",
  "專案執行風險透過階段審查、獨立成本估算及{p}%之預備金加以管控。",
 ],
 "esg": [
  "百萬工時失能傷害頻率為{r},去年為{r2}。",
  "製程用水回收率提高,總取水量下降{p}%。",
  "員工平均受訓{n}小時,重點為安全領導與品質管理。",
  "公司捐助經營所在地教育及社區計畫{m}百萬元。",
 ],
}
SEGS = {"en": ["electric vehicle", "wind power", "industrial motor", "consumer electronics", "robotics", "home appliance"],
        "zh": ["新能源汽车", "风电", "工业电机", "消费电子", "机器人", "变频家电"],
        "tw": ["電動車", "風力發電", "工業馬達", "消費性電子", "機器人", "變頻家電"]}
DRVS = {"en": ["new model launches", "subsidy programmes", "replacement demand", "export growth"],
        "zh": ["新车型投放", "补贴政策", "更新换代需求", "出口增长"],
        "tw": ["新車款推出", "補助政策", "汰換需求", "出口成長"]}
REGS = {"en": ["Southeast Asia", "Europe", "North America", "Japan and Korea", "India"],
        "zh": ["东南亚", "欧洲", "北美", "日韩", "印度"],
        "tw": ["東南亞", "歐洲", "北美", "日韓", "印度"]}

def filler(rng, lang, topic, n_sent=6, cur="USD"):
    bank = {"en": EN_BANK, "zh": ZH_BANK, "tw": TW_BANK}[lang][topic]
    out = []
    for _ in range(n_sent):
        t = rng.choice(bank)
        out.append(t.format(seg=rng.choice(SEGS[lang]), drv=rng.choice(DRVS[lang]), reg=rng.choice(REGS[lang]),
                            p=rng.randint(3, 38), n=rng.randint(2, 19), n2=rng.randint(4, 30), m=rng.randint(12, 980),
                            r=round(rng.uniform(0.2, 2.4), 2), r2=round(rng.uniform(0.2, 2.4), 2),
                            yr=rng.choice([2027, 2028, 2030]), yr0=rng.choice([2019, 2021, 2025]), cur=cur))
    sep = " " if lang == "en" else ""
    return sep.join(out)

def fin_table(rng, lang, rows=None, years=("2022", "2023", "2024", "2025E")):
    if rows is None:
        rows = {"en": ["Revenue", "Cost of sales", "Gross profit", "SG&A", "EBITDA", "Depreciation", "EBIT", "Net profit", "Capex", "Headcount"],
                "zh": ["营业收入", "营业成本", "毛利", "销售及管理费用", "EBITDA", "折旧摊销", "息税前利润", "净利润", "资本开支", "员工人数"],
                "tw": ["營業收入", "營業成本", "毛利", "營業費用", "EBITDA", "折舊攤銷", "營業利益", "稅後淨利", "資本支出", "員工人數"]}[lang]
    hdr = [{"en": "Item", "zh": "项目", "tw": "項目"}[lang]] + list(years)
    data = [hdr]
    for r in rows:
        base = rng.randint(50, 3000)
        data.append([r] + [f"{base*(1+0.08*i+rng.uniform(-0.05,0.05)):,.0f}" for i in range(len(years))])
    return data

def business_sections(rng, lang, topics, paras=3, sent=6, cur="USD", tables=True):
    """returns list of (heading, [blocks]) where block is str or list-of-rows table"""
    TT = {"en": {"market": "Market Review", "finance": "Financial Review", "strategy": "Strategy and Outlook", "policy": "Regulatory and Policy Environment", "risk": "Principal Risks", "esg": "Sustainability and People"},
          "zh": {"market": "市场回顾", "finance": "财务回顾", "strategy": "发展战略与展望", "policy": "政策与监管环境", "risk": "主要风险", "esg": "可持续发展与员工"},
          "tw": {"market": "市場回顧", "finance": "財務回顧", "strategy": "發展策略與展望", "policy": "政策與法規環境", "risk": "主要風險", "esg": "永續發展與員工"}}[lang]
    out = []
    for t in topics:
        blocks = [filler(rng, lang, t, sent, cur) for _ in range(paras)]
        if tables and t == "finance":
            blocks.insert(1, fin_table(rng, lang))
        out.append((TT[t], blocks))
    return out

# ---------------- writers -----------------
def write_docx(path, title, sections, lang="en", author="Admin", subtitle=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri" if lang == "en" else "Microsoft YaHei"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Microsoft YaHei")
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = FIXED; cp.modified = FIXED; cp.revision = 3
    d.add_heading(title, 0)
    if subtitle:
        d.add_paragraph(subtitle)
    for sec in sections:
        h, blocks = sec[0], sec[1]
        lvl = sec[2] if len(sec) > 2 else 1
        d.add_heading(h, lvl)
        for b in blocks:
            if isinstance(b, list):
                t = d.add_table(rows=len(b), cols=len(b[0]))
                t.style = "Table Grid"
                for i, row in enumerate(b):
                    for j, c in enumerate(row):
                        t.cell(i, j).text = str(c)
                d.add_paragraph("")
            elif isinstance(b, tuple) and b[0] == "bullets":
                for x in b[1]:
                    d.add_paragraph(x, style="List Bullet")
            else:
                d.add_paragraph(b)
    d.save(path)
    normalize_zip(path)

class _PDF(FPDF):
    footer_text = ""
    def footer(self):
        self.set_y(-12); self.set_font("zh", size=8)
        self.cell(0, 8, f"{self.footer_text}  {self.page_no()}", align="C")

def _fx(x):
    if isinstance(x, str):
        return x.replace("\u207b", "^-")
    if isinstance(x, list):
        return [_fx(i) for i in x]
    if isinstance(x, tuple):
        return tuple(_fx(i) for i in x)
    return x

def write_pdf(path, title, sections, author="Admin", footer="", subtitle=None, cover_lines=None):
    sections = _fx(sections)
    p = _PDF()
    p.footer_text = footer
    p.add_font("zh", "", ZH_FONT, collection_font_number=0)
    p.add_font("zh", "B", ZH_FONT, collection_font_number=0)
    p.set_creation_date(FIXED.replace(tzinfo=datetime.timezone.utc))
    p.set_author(author); p.set_title(title); p.set_producer("PDF export"); p.set_creator("Writer")
    p.set_auto_page_break(True, 18)
    p.add_page()
    p.set_font("zh", size=20)
    p.ln(40)
    p.multi_cell(0, 11, title, align="C", new_x="LMARGIN", new_y="NEXT")
    if subtitle:
        p.set_font("zh", size=12); p.ln(6); p.multi_cell(0, 7, subtitle, align="C", new_x="LMARGIN", new_y="NEXT")
    if cover_lines:
        p.set_font("zh", size=11); p.ln(30)
        for l in cover_lines:
            p.multi_cell(0, 7, l, align="C", new_x="LMARGIN", new_y="NEXT")
    for sec in sections:
        h, blocks = sec[0], sec[1]
        newpage = sec[2] if len(sec) > 2 else True
        if newpage:
            p.add_page()
        else:
            p.ln(4)
        p.set_font("zh", size=14); p.multi_cell(0, 8, h, new_x="LMARGIN", new_y="NEXT"); p.ln(2)
        p.set_font("zh", size=10.5)
        for b in blocks:
            if isinstance(b, list):
                ncol = len(b[0]); w = (p.w - p.l_margin - p.r_margin) / ncol
                p.set_font("zh", size=8.5)
                with p.table(col_widths=[w]*ncol, line_height=5) as t:
                    for row in b:
                        r = t.row()
                        for c in row:
                            r.cell(str(c))
                p.set_font("zh", size=10.5); p.ln(3)
            elif isinstance(b, tuple) and b[0] == "bullets":
                for x in b[1]:
                    p.multi_cell(0, 6, "• " + x, align="L", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
            else:
                p.multi_cell(0, 6, b, align="L", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
    p.output(path)

def write_xlsx(path, sheets, author="Admin", title=""):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 16
    wb.properties.creator = author; wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.title = title
    wb.save(path)
    normalize_zip(path)

def write_pptx(path, title, slides, author="Admin", subtitle=""):
    pr = Presentation()
    pr.slide_width = Inches(13.333); pr.slide_height = Inches(7.5)
    cp = pr.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = FIXED; cp.modified = FIXED; cp.revision = 5
    s = pr.slides.add_slide(pr.slide_layouts[0])
    s.shapes.title.text = title; s.placeholders[1].text = subtitle
    for sl in slides:
        h, items = sl[0], sl[1]
        notes = sl[2] if len(sl) > 2 else None
        if items and isinstance(items, list) and items and isinstance(items[0], list):
            s = pr.slides.add_slide(pr.slide_layouts[5])
            s.shapes.title.text = h
            rows, cols = len(items), len(items[0])
            tb = s.shapes.add_table(rows, cols, Inches(0.5), Inches(1.5), Inches(12.3), Inches(0.4*rows)).table
            for i, row in enumerate(items):
                for j, c in enumerate(row):
                    tb.cell(i, j).text = str(c)
                    for para in tb.cell(i, j).text_frame.paragraphs:
                        for run in para.runs: run.font.size = PPt(12)
        else:
            s = pr.slides.add_slide(pr.slide_layouts[1])
            s.shapes.title.text = h
            tf = s.placeholders[1].text_frame
            for k, it in enumerate(items):
                para = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                para.text = it
                for run in para.runs: run.font.size = PPt(16)
        if notes:
            s.notes_slide.notes_text_frame.text = notes
    pr.save(path)
    normalize_zip(path)

def pad(secs, seed, lang, topics, at=1, paras=4, sent=8, cur="USD", titles=None):
    rng = random.Random(seed)
    extra = business_sections(rng, lang, topics, paras=paras, sent=sent, cur=cur)
    if titles:
        extra = [(t, b) for t, (_, b) in zip(titles, extra)]
    secs[at:at] = extra
    return secs
