import random
from lib import *

def N8(F):
    rng = random.Random(308)
    secs = [("1. Audit Scope", ["Supplier: Ganzhou Fortune Magnet Co., Ltd. Audit type: VDA 6.3 process audit plus capacity verification for the 2027 e-axle programme. Auditors: S. Becker, L. Moreau. Dates: 22–24 September 2025."]),
            ("2. Company Profile", ["Capacity 6,000 tpa sintered NdFeB; 1,150 employees; IATF 16949 certified since 2017. Customers include three European tier-1s.", filler(rng, "en", "market", 4)]),
            ("3. Facilities Observed", ["Melting hall with 8 strip-casting furnaces; 12 hydrogen decrepitation furnaces; 10 jet mills; 40 presses; 36 vacuum sintering furnaces; 3 diffusion lines; machining hall with 180 wire saws and grinders; 2 e-coating lines. Equipment is mostly domestic; sintering furnaces are 2019–2023 vintage.", "We were not shown process parameters, which the supplier considers confidential and subject to Chinese export controls. This is acceptable to us; the PPAP will be based on product characteristics only."]),
            ("4. VDA 6.3 Results", [[["Element", "Score", "Comment"], ["P2 Project management", "90%", ""], ["P3 Planning", "85%", "APQP timing tight"], ["P4 Realisation", "88%", ""], ["P5 Supplier management", "80%", "Oxide suppliers not audited"], ["P6 Process analysis", "86%", "SPC on Br, HcJ, dimensions"], ["P7 Customer care", "92%", ""], ["Overall", "87% (B)", ""]]]),
            ("5. Product Quality Data", ["Last 6 months' outgoing data for grade 48SH: Br mean 13.82 kGs (Cpk 1.71), HcJ mean 20.6 kOe (Cpk 1.52), thickness Cpk 1.88. PPM returned: 14.", filler(rng, "en", "risk", 4)]),
            ("6. Capacity Verification", ["Installed capacity supports our 2027 peak of 420 t/a with 35% headroom.", filler(rng, "en", "finance", 3)]),
            ("7. Findings and Actions", [[["#", "Finding", "Class", "Due"], ["1", "Sub-supplier audits for oxide/metal missing", "Minor", "Dec 2025"], ["2", "Calibration overdue on 2 gauss meters", "Minor", "Oct 2025"], ["3", "Contingency plan lacks second salt-spray chamber", "Observation", "—"]]]),
            ("8. Conclusion", ["Supplier approved with conditions. Re-audit in 12 months.", filler(rng, "en", "esg", 3)])]
    secs = pad(secs, 928, "en", ["market", "risk", "esg", "finance", "policy"], at=2, paras=4, sent=8)
    fn = "Supplier Audit Report - Ganzhou Fortune Magnet - Sep 2025.docx"
    write_docx(F(fn), "Supplier Site Visit & Process Audit Report", secs, author="S. Becker", subtitle="Rheintal Antriebe GmbH — Supplier Quality")
    return dict(file=fn, verdict="clear", control_codes=[], categories=[], magnet_types=[], carrier="other", exclusion=None, language="en", hard_negative=True, note="Customer audit of magnet supplier: equipment counts, VDA scores, product Cpk; explicitly no process parameters")

def N9(F):
    rng = random.Random(309)
    secs = [("第一章 招标公告", ["上海电驱动系统有限公司就 2026—2027 年度“烧结钕铁硼磁钢采购”项目进行邀请招标。采购数量约 850 吨,分两个标段。", filler(rng, "zh", "policy", 3)]),
            ("第二章 投标人须知", ["投标人须为烧结钕铁硼磁钢生产企业,具有 IATF 16949 证书,年产能不低于 3,000 吨。", "投标截止:2025年12月10日。", filler(rng, "zh", "risk", 3)]),
            ("第三章 采购需求", [[["标段", "牌号", "规格(mm)", "年用量(吨)", "镀层"], ["1", "48SH", "32×12×3.2", "420", "环氧电泳"], ["1", "45UH", "28×10×4.0", "180", "环氧电泳"], ["2", "42SH", "40×18×5.0", "250", "磷化"]],
                                "技术要求(成品性能,供验收用):48SH:Br 13.6–14.1 kGs,HcJ ≥ 20 kOe;45UH:Br 13.2–13.7 kGs,HcJ ≥ 25 kOe;尺寸公差 ±0.05 mm;镀层 15–25 μm;中性盐雾 ≥ 240 h;高温减磁 150 °C×2 h 不可逆损失 ≤ 3%。",
                                "投标人应说明所用重稀土添加方式(常规添加或晶界扩散),但无需提供工艺参数。"]),
            ("第四章 评标办法", [[["因素", "分值"], ["价格", "50"], ["质量与技术", "30"], ["交付能力", "10"], ["服务", "10"]], filler(rng, "zh", "finance", 3)]),
            ("第五章 合同条款", ["价格联动:以上海有色网氧化镨钕月均价为基准,每季度调整。", "质量保证:PPM ≤ 50,超出按合同扣款。", filler(rng, "zh", "risk", 3)]),
            ("第六章 投标文件格式", ["投标函、报价表、资质证明、产品性能检测报告、PPAP 文件清单。"])]
    fn = "SEDS-2025-CG-112 磁钢采购招标文件.pdf"
    write_pdf(F(fn), "招标文件\n2026—2027年度烧结钕铁硼磁钢采购", secs, author="采购部", footer="SEDS-2025-CG-112", cover_lines=["上海电驱动系统有限公司", "2025年11月"])
    return dict(file=fn, verdict="clear", control_codes=[], categories=[], magnet_types=[], carrier="other", exclusion=None, language="zh", hard_negative=True, note="Purchase tender for NdFeB magnets: grades, dimensions, acceptance properties only")

def N10(F):
    rng = random.Random(310)
    yrs = list(range(2022, 2031))
    s0 = [["Rare Earth Market Model", "Q4 2025 update"], ["Prepared by", "Argentum Research — Commodities"], ["Sources", "Company reports, customs data, Asian Metal, USGS"], ["Disclaimer", "For clients only. Not investment advice."]]
    s1 = [["Oxide price (USD/kg)"] + yrs]
    for p, b in [("NdPr oxide", 70), ("Dy oxide", 300), ("Tb oxide", 1000), ("La oxide", 1), ("Ce oxide", 1.1)]:
        s1.append([p] + [round(b * (1 + rng.uniform(-0.3, 0.4)), 1) for _ in yrs])
    s2 = [["Supply (kt REO)"] + yrs]
    for c in ["China mine quota", "Myanmar", "Australia", "USA", "Laos", "Others"]:
        b = rng.randint(5, 270); s2.append([c] + [round(b * (1 + 0.05 * i)) for i in range(len(yrs))])
    s3 = [["Demand (kt NdPr oxide)"] + yrs]
    for c in ["EV traction", "Wind", "Industrial motors", "Consumer electronics", "Other"]:
        b = rng.randint(5, 30); s3.append([c] + [round(b * (1 + 0.09 * i), 1) for i in range(len(yrs))])
    s4 = [["Company", "Country", "Stage", "Capacity", "Status"], ["Lynas", "Australia/Malaysia", "Mining + separation", "10.5 kt NdPr", "Operating"], ["MP Materials", "USA", "Mining + separation + magnets", "6 kt NdPr", "Operating/ramp-up"], ["Solvay La Rochelle", "France", "Separation", "n/a", "Restart"], ["Neo Performance", "Estonia", "Separation, magnets", "2 kt magnets", "Construction"], ["Iluka Eneabba", "Australia", "Refinery", "5.5 kt NdPr", "Construction"], ["Energy Fuels", "USA", "Separation", "0.85 kt NdPr", "Operating"]]
    s5 = [["Policy event", "Date", "Impact"], ["MOFCOM Ann. 2025 No.18 (Sm, Gd, Tb, Dy, Lu, Sc, Y items)", "2025-04-04", "High"], ["MOFCOM Ann. 2025 No.61/62 (technology, extraterritorial)", "2025-10-09", "High"], ["US DoD MP Materials price floor", "2025-07", "Medium"], ["EU CRMA strategic projects", "2025-03", "Medium"]]
    s6 = [["Scenario", "NdPr 2027", "NdPr 2030", "Comment"], ["Base", 88, 105, "Deficit from 2027"], ["Bull", 120, 150, "Tight export controls"], ["Bear", 62, 70, "Demand slowdown"]]
    sheets = [("ReadMe", s0), ("Prices", s1), ("Supply", s2), ("Demand", s3), ("ExChina_Projects", s4), ("Policy", s5), ("Scenarios", s6)]
    fn = "REE_Market_Model_Q4-2025.xlsx"
    write_xlsx(F(fn), sheets, author="Argentum Research", title="REE market model")
    return dict(file=fn, verdict="clear", control_codes=[], categories=[], magnet_types=[], carrier="other", exclusion=None, language="en", hard_negative=True, note="Market model workbook: prices, supply by country, projects by stage, policy; no technology")

def N11(F):
    rng = random.Random(311)
    s1 = [["2026年电解系列检修计划", "", ""], ["单位", "云南某铝业公司 电解二厂", ""], ["系列", "500 kA 预焙阳极电解槽 320 台", ""]]
    s2 = [["槽号", "计划大修月份", "槽龄(天)", "破损原因", "预算(万元)"]] + [[f"2-{rng.randint(1,320):03d}", f"{rng.randint(1,12)}月", rng.randint(1800, 3200), rng.choice(["阴极破损", "侧部漏炉", "炉底隆起", "铁含量超标"]), rng.randint(85, 140)] for _ in range(24)]
    s3 = [["作业", "技术要求"], ["电解质成分", "分子比 2.4–2.6,CaF2 4–5%,LiF 2–3%,MgF2 1%"], ["电解温度", "945–955 °C"], ["焙烧启动", "焦粒焙烧 72 h,阴极表面温度 900 °C 后灌入电解质"], ["启动后效应系数", "≤ 0.03 次/槽·日"], ["阳极更换周期", "30 天"], ["槽电压", "3.95–4.05 V"], ["电流效率目标", "≥ 93%"], ["阴极炭块", "石墨化阴极,TiB2 涂层"], ["砌筑", "侧部 SiC 结合 Si3N4 砖,底部保温砖+干式防渗料"]]
    s4 = [["备件", "数量", "单价(元)", "金额(万元)"], ["阴极炭块", 960, 4200, 403], ["SiC侧块", 1400, 1100, 154], ["阳极钢爪", 300, 2600, 78], ["干式防渗料(t)", 180, 3800, 68]]
    s5 = [["月份"] + [f"{m}月" for m in range(1, 13)], ["大修槽数"] + [rng.randint(1, 4) for _ in range(12)], ["中修槽数"] + [rng.randint(2, 8) for _ in range(12)], ["费用(万元)"] + [rng.randint(200, 600) for _ in range(12)]]
    sheets = [("说明", s1), ("大修计划", s2), ("技术条件", s3), ("备件预算", s4), ("月度汇总", s5)]
    fn = "电解二厂2026年槽大修计划及预算.xlsx"
    write_xlsx(F(fn), sheets, author="设备能源部", title="槽大修计划")
    return dict(file=fn, verdict="clear", control_codes=[], categories=[], magnet_types=[], carrier="other", exclusion=None, language="zh", hard_negative=True, note="Aluminium reduction cell overhaul plan: fluoride bath, cell voltage, relining - aluminium, not rare earth")

def N12(F):
    rng = random.Random(312)
    slides = [("集团概况 Group at a Glance", ["全产业链布局:开采 Mining → 冶炼分离 Separation → 金属冶炼 Metals → 磁材 Magnets → 回收 Recycling", "员工 Employees: 12,800", "2025 营收 Revenue: CNY 41.2 bn"]),
              ("产能 Capacity", [["环节 Stage", "2024", "2025", "2027E"], ["稀土矿 Mine (kt REO)", "62", "68", "75"], ["冶炼分离 Separation (kt REO)", "55", "60", "70"], ["金属 Metals (kt)", "18", "21", "26"], ["磁材 Magnets (kt)", "25", "31", "45"], ["回收 Recycling (kt REO)", "4", "6", "10"]]),
              ("市场 Market", [filler(rng, "en", "market", 2), filler(rng, "zh", "market", 2)]),
              ("技术领先 Technology Leadership", ["研发投入 R&D spend: 4.1% of revenue", "专利 Patents granted: 1,380", "国家级创新平台 3 个 National innovation platforms", "低重稀土、高丰度稀土(铈)磁体实现量产 Low-HRE and Ce-containing magnets in mass production", "绿色分离:低碳、低氨氮工艺 Green separation with lower ammonia discharge"]),
              ("ESG 环境社会治理", [filler(rng, "en", "esg", 2), filler(rng, "zh", "esg", 2)]),
              ("财务 Financials", [filler(rng, "en", "finance", 2), filler(rng, "zh", "finance", 1)]),
              ("合规 Compliance", ["严格执行出口管制:技术不出境 No export of process technology without licence", "海外项目仅提供产品 Overseas projects supplied with products only", filler(rng, "en", "policy", 1)]),
              ("展望 Outlook", [filler(rng, "en", "strategy", 2), filler(rng, "zh", "strategy", 1)]),
              ("Q&A", ["投资者关系 IR: ir@example-regroup.cn"])]
    fn = "2025投资者开放日演示材料_Investor Day.pptx"
    write_pptx(F(fn), "2025 投资者开放日 Investor Day", slides, author="IR", subtitle="北方稀土集团 | 2025年12月")
    return dict(file=fn, verdict="clear", control_codes=[], categories=[], magnet_types=[], carrier="other", exclusion=None, language="mixed", hard_negative=True, note="Bilingual investor-day deck naming all five stages, capacities, Ce magnets; no process content")
