from helpers import *
from longfill import *

def build():
    # C11 long docx EN market outlook
    rng = random.Random(1101)
    secs = ["1. Key findings", "2. Demand by end use", "3. Supply by region", "4. Oxide and metal prices", "5. Magnet capacity outlook",
            "6. Trade flows and tariffs", "7. Export control regimes", "8. Recycling as a supply source (market view)", "9. Scenarios 2026-2030",
            "10. Implications for buyers", "11. Methodology"]
    b = [("title", "Permanent Magnet Market Outlook 2026–2030"), ("p", "Client edition · Meridian Commodities Research · November 2025 · Not for redistribution"), ("pb", None)]
    b += body(rng, EN, secs, per=9, table_header=["Year", "Demand (kt)", "Supply (kt)", "PrNd oxide USD/kg", "Dy oxide USD/kg"])
    b += [("h1", "Appendix: company capacity table"),
          ("table", [["Company (anonymised)", "Region", "Sintered capacity 2025 (t)", "2028 plan (t)"]] +
                    [[f"Producer {chr(65+i)}", ["China", "Japan", "EU", "Vietnam", "USA"][i % 5], str(2000 + 1500*i), str(3000 + 2200*i)] for i in range(14)])]
    docx("reports/PM_Market_Outlook_2026-2030_client.docx", b, author="Meridian Research", title="Permanent Magnet Market Outlook")
    label("reports/PM_Market_Outlook_2026-2030_client.docx", "clear", [], [], [], "other", "en", True,
          "Long market report: demand, prices, capacity, policy; no process content")

    # C12 long pdf Traditional policy
    rng = random.Random(1202)
    secs = ["壹、前言", "貳、中國大陸稀土出口管制措施沿革", "參、美日歐因應策略", "肆、我國產業衝擊評估", "伍、供應鏈韌性對策",
            "陸、國際合作機會", "柒、政策建議", "捌、結語"]
    b = [("title", "稀土供應鏈風險與我國因應策略研析"), ("p", "財團法人○○經濟研究院　產業政策研究報告　2025年10月")]
    b += [("p", "中國大陸商務部2025年第61、62號公告，將稀土開採、冶煉分離、金屬冶煉、磁材製造及二次資源回收利用相關技術納入出口管制，並擴及境外物項。本報告就其對我國馬達、電子及國防供應鏈之影響進行分析。")]
    b += body(rng, ZHT, secs, per=15, table_header=["年度", "進口量(噸)", "進口值(百萬美元)", "中國占比(%)", "日本占比(%)"], sep="")
    pdf("reports/稀土供應鏈風險與我國因應策略研析.pdf", b, header_txt="產業政策研究報告", footer_txt="○○經濟研究院", title="稀土供應鏈風險", author="研究院")
    label("reports/稀土供應鏈風險與我國因應策略研析.pdf", "clear", [], [], [], "other", "zh", True,
          "Taiwan think-tank policy report quoting the export-control announcement; no technology")

    # C13 long pdf zh simplified commercial DD without process
    rng = random.Random(1303)
    secs = ["一、交易概述", "二、目标公司业务", "三、产能与设备概况", "四、客户与订单", "五、供应商", "六、财务尽调", "七、税务", "八、法律尽调",
            "九、人员", "十、主要发现与建议"]
    b = [("title", "泰国某磁材企业收购项目商业尽调报告"), ("p", "编制：博远咨询　2025年11月　仅供委托方内部使用")]
    b += body(rng, ZH, secs[:2], per=15, sep="")
    b += [("h1", "三、产能与设备概况（补充）"),
          ("p", "目标公司现有熔炼甩带炉2台、氢碎炉3台、气流磨4台、压机12台、烧结炉8台，设计产能毛坯3000吨/年，2024年实际产量1860吨，产能利用率62%。设备平均役龄6.5年，其中烧结炉有2台需在2026年大修，预算约120万美元。我方未获得工艺文件，也未对工艺进行评估，工艺相关问题建议另行委托技术顾问。"),
          ("table", [["设备", "数量", "购置年份", "账面净值(万美元)"], ["甩带炉", "2", "2018", "180"], ["氢碎炉", "3", "2019", "95"], ["气流磨", "4", "2019", "140"],
                     ["压机", "12", "2018-2021", "260"], ["烧结炉", "8", "2018-2022", "410"]])]
    b += body(rng, ZH, secs[3:], per=9, table_header=["年份", "营收", "毛利", "EBITDA", "净利"], sep="")
    pdf("reports/泰国磁材企业收购_商业尽调报告.pdf", b, header_txt="博远咨询 · 保密", footer_txt="商业尽调", title="商业尽调报告", author="博远咨询")
    label("reports/泰国磁材企业收购_商业尽调报告.pdf", "clear", [], [], [], "other", "zh", True,
          "Long acquisition due diligence: equipment list, capacity, financials; explicitly no process content")

    # C14 md motor design memo
    write_text("notes/rotor-magnet-selection.md", """# Rotor magnet selection – 48V e-axle (rev B)

Owner: L. Moreau · 2025-09-18

We compared three bought grades for the IPM rotor (V-shape, 8 poles):

| Grade | Br (T) | HcJ (kA/m) | Max temp | Price (EUR/kg) |
|---|---|---|---|---|
| N42SH | 1.30 | 1592 | 150 °C | 74 |
| N45UH | 1.33 | 1990 | 180 °C | 96 |
| Ce-rich 38 | 1.22 | 1200 | 120 °C | 52 |

FEA (JMAG, 20 °C and 150 °C) shows N42SH passes demagnetisation at 3x rated current at 150 °C with 4 % margin. Segmenting each pole into 4 pieces cuts eddy loss by 38 %.

Decision: N42SH, supplier to deliver NiCuNi-coated blocks 40×12×4 mm, tolerance ±0.05. Incoming inspection per IQC-PM-03. Second source evaluation in Q1.
""")
    label("notes/rotor-magnet-selection.md", "clear", [], [], [], "other", "en", True,
          "Motor design using bought magnet grades (Br, HcJ, price); product design is not covered")

    # C15 IQC failure eml zh
    eml("mail/关于11月批次磁钢来料检验不合格的通知.eml", [
        ("From", "质量部 刘敏 <liumin@hzmotor.com>"), ("To", "销售 王凯 <wangkai@jlmag-supply.com>"),
        ("Subject", "关于11月批次磁钢来料检验不合格的通知"), ("Date", "Wed, 19 Nov 2025 15:10:00 +0800"),
        ("Message-ID", "<iqc.20251119@hzmotor.com>")],
"""王经理：

贵司11月12日送货的磁钢（料号MG-4012-SH，批次251108，数量12,000件）经我司来料检验，抽样32件，其中7件内禀矫顽力低于规格下限（规格≥1592 kA/m，实测1480~1550 kA/m），另有3件镀层有起泡。

依据双方质量协议第5.2条，该批判定不合格，整批退货。请于11月26日前补货，并提供8D报告。

附：检验记录表（扫描件）

刘敏
质量部 来料检验组
""")
    label("mail/关于11月批次磁钢来料检验不合格的通知.eml", "clear", [], [], [], "email", "zh", True,
          "Incoming inspection rejection of bought magnets; measured values only")

    # C16 compliance memo docx
    b = [("title", "Compliance note: MOFCOM Announcements 2025 No. 61/62 — what it means for our Suzhou team"),
         ("p", "From: Legal & Trade Compliance   To: Engineering managers   Date: 10 Nov 2025"),
         ("h1", "1. Summary"),
         ("p", "Since the announcements took effect, technology for 稀土开采、冶炼分离、金属冶炼、磁材制造 and 二次资源回收 — including drawings, process specifications, parameters, programs and simulation data — cannot be provided to foreign persons without a licence. This includes e-mails, chats and site visits."),
         ("h1", "2. What to do"),
         ("li", "Do not send process documents, set-point sheets or photos of control screens to overseas colleagues or suppliers."),
         ("li", "Customer audits: show the line only from the visitor corridor; no parameter discussion."),
         ("li", "If unsure, ask Trade Compliance before sending (export.compliance@company.com)."),
         ("h1", "3. Not affected"),
         ("p", "Sales of finished magnets, commercial terms, delivery schedules and published papers are not affected by these announcements, although the magnets themselves may need licences under other lists."),
         ("h1", "4. Training"), ("p", "Mandatory 1-hour online training by 15 December. 培训链接将另行通知。")]
    docx("memos/Compliance_note_MOFCOM_61-62_Suzhou.docx", b, author="Trade Compliance", title="Compliance note")
    label("memos/Compliance_note_MOFCOM_61-62_Suzhou.docx", "clear", [], [], [], "other", "mixed", True,
          "Compliance memo quoting the regulation; no technology")

    # C17 HK LC terms
    eml("mail/RE_ 信用證條款修改 LC No. HK25-0917.eml", [
        ("From", "陳美玲 <may.chan@pacificore.com.hk>"), ("To", "Raj Mehta <raj@mehta-magnetics.in>"),
        ("Subject", "RE: 信用證條款修改 LC No. HK25-0917"), ("Date", "Mon, 29 Sep 2025 17:45:12 +0800"),
        ("Message-ID", "<HK25-0917.may@pacificore.com.hk>")],
"""Dear Raj,

收到你哋嘅修改申請。我哋同意以下條款修改：
1. Latest shipment date 由 31 Oct 改為 20 Nov 2025
2. Partial shipment: allowed
3. Documents required 加入 Certificate of Origin (China) 同埋 End-user statement
4. Presentation period 21 days

貨品：燒結磁鋼 N48H，5.2噸，單價 USD 61.20/kg FOB Ningbo，總額 USD 318,240。

修改費由買方承擔。請你哋開證行 (HDFC Mumbai) 發 MT707 俾我哋通知行 (HSBC HK)。

Best regards,
May Chan 陳美玲
Pacific Ore Trading Ltd 太平礦貿有限公司

寄件者: Raj Mehta <raj@mehta-magnetics.in>
寄件日期: 2025年9月29日 上午 11:03
收件者: 陳美玲
主旨: 信用證條款修改 LC No. HK25-0917
May, please agree to extend the LC shipment date; the factory says the line is fully booked until November.
""")
    label("mail/RE_ 信用證條款修改 LC No. HK25-0917.eml", "clear", [], [], [], "email", "mixed", True,
          "HK trading house LC amendment for bought magnets")

    # C18 html newsletter prices
    rows = "".join(f"<tr><td>{n}</td><td>{p}</td><td>{c}</td></tr>" for n, p, c in [
        ("氧化镨钕", "56.8万元/吨", "+1.2%"), ("氧化镝", "168万元/吨", "-0.6%"), ("氧化铽", "720万元/吨", "+0.3%"),
        ("金属镨钕", "69.5万元/吨", "+0.9%"), ("镝铁", "163万元/吨", "持平"), ("钕铁硼毛坯N35", "200元/公斤", "持平")])
    write_text("newsletter/稀土周报_2025第46期.html", f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>稀土周报 2025年第46期</title></head>
<body><h1>稀土周报 · 2025年第46期</h1><p>发布：某某资讯研究部 · 2025-11-14</p>
<h2>本周价格</h2><table border="1">{rows}</table>
<h2>市场综述</h2><p>本周稀土价格整体小幅上行。下游磁材企业采购以刚需为主，分离厂开工率维持在七成左右。海外方面，越南、马来西亚新建产能进度低于预期。出口管制实施后，海外询单增加，但成交有限。</p>
<h2>政策动态</h2><p>商务部就稀土相关技术出口管制答记者问；工信部发布年度总量控制指标第二批。</p>
<p style="font-size:11px">免责声明：本报告仅供参考，不构成投资建议。</p></body></html>
""")
    label("newsletter/稀土周报_2025第46期.html", "clear", [], [], [], "other", "zh", True,
          "Weekly price newsletter")

    # C19 txt thread hiring consultant
    write_text("mail/RE RE consultant engagement - scope and fee.txt", """From: Helen Osei <h.osei@accra-metals.com>
Sent: Thursday, 16 October 2025 14:22
To: 'Mr. Ding' <dingxy@foxmail.com>
Cc: legal@accra-metals.com
Subject: RE: RE: consultant engagement - scope and fee

Dear Mr. Ding,

Thanks for the call. To summarise what we agreed:
- Scope: advise on our planned magnet line (melting, strip casting, powder, pressing, sintering) — site visits 4 x 10 days in 2026.
- Fee: USD 1,500/day + travel, paid monthly.
- You will first confirm with your lawyer in China whether a licence is needed under the new export-control rules; we will not start until that is clear.
- NDA attached (mutual, 5 years, Ghana law). Please sign and return.

Kind regards
Helen Osei, COO

-----Original Message-----
From: Mr. Ding <dingxy@foxmail.com>
Sent: Wednesday, 15 October 2025 21:05
To: Helen Osei
Subject: RE: consultant engagement - scope and fee

Ms Osei, my day rate is 1,500 USD. About the technical content I must check the new rules first, I am retired from a state company. Let's discuss after.
Ding
""")
    label("mail/RE RE consultant engagement - scope and fee.txt", "clear", [], [], [], "email", "en", True,
          "Consultant engagement scope/fee/NDA thread naming process steps but giving no know-how")

    # C20 docx plant visit impressions
    b = [("title", "Trip report — supplier visit, Ganzhou, 8–9 October 2025"),
         ("p", "Author: S. Novak, Strategic Sourcing   Distribution: Purchasing leadership"),
         ("h1", "Purpose"), ("p", "Qualify a second source of sintered blocks for the 2027 platform."),
         ("h1", "Impressions"),
         ("li", "Large, clean site; 3 production halls, ~650 staff, 40 per shift in the furnace hall."),
         ("li", "We saw the line from the visitor corridor only; no photos, no process discussion (export-control rules cited by host)."),
         ("li", "Capacity 8,000 t/y blocks, 2026 expansion to 12,000 t/y. IATF 16949 certified, audit score 91%."),
         ("li", "Quoted N48SH at USD 67/kg FCA, lead time 6 weeks, price indexed to monthly PrNd oxide average."),
         ("h1", "Risks"), ("li", "Export licence for magnets may delay first deliveries by 45 days."), ("li", "Single-site production."),
         ("h1", "Next steps"), ("li", "Request PPAP samples (500 pcs) by 30 Nov."), ("li", "Legal to review supply agreement draft.")]
    docx("reports/Trip_report_Ganzhou_Oct2025.docx", b, author="S. Novak", title="Trip report Ganzhou")
    label("reports/Trip_report_Ganzhou_Oct2025.docx", "clear", [], [], [], "other", "en", True,
          "Supplier visit report: capacity, price, certification; line seen but no process info")
