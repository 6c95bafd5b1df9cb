import random
from lib import *

def C9(F):
    rng = random.Random(109)
    secs = [("第一章 招标公告", ["包头北方稀土金属有限公司(招标人)就“年产 3,000 吨稀土金属电解生产线安装调试服务”项目进行公开招标,欢迎符合条件的投标人参加。", "项目编号:BFRE-ZB-2025-0836。资金来源:企业自筹。招标范围:60 台 8 kA 氟化物体系电解槽及配套整流、烟气净化、浇铸设备的安装、单机调试、联动调试及试生产技术服务。"]),
            ("第二章 投标人须知", ["1. 投标人须具有机电工程施工总承包二级及以上资质。", "2. 近五年内至少完成 1 个稀土或有色金属电解项目安装业绩。", "3. 投标保证金人民币 50 万元。", "4. 投标截止时间:2025年12月18日 9:30。", filler(rng, "zh", "policy", 5)]),
            ("第三章 评标办法", [[["评审因素", "分值", "评分标准"], ["报价", "40", "以有效投标均价为基准"], ["技术方案", "35", "安装调试方案完整性、可行性"], ["业绩", "15", "每个同类项目 5 分"], ["商务", "10", "工期、质保、付款条件"]], filler(rng, "zh", "risk", 4)]),
            ("第四章 合同主要条款", ["工期 240 日历天;质保期 12 个月;付款:预付 20%,安装完成 40%,验收合格 30%,质保金 10%。", filler(rng, "zh", "finance", 4)])]
    tech = [
      "5.1 槽体安装:槽壳就位前复测基础标高,偏差 ≤ ±3 mm;石墨坩埚与槽壳间以刚玉质捣打料填充,分层捣实,每层 ≤ 50 mm;钨阴极垂直度 ≤ 1 mm/m,位于坩埚中心,偏差 ≤ 5 mm;阳极升降机构行程 0–300 mm,同步误差 ≤ 2 mm。",
      "5.2 母线与整流:铝母线接头压接面打磨后涂导电膏,接头压降 ≤ 15 mV;整流柜单机调试完成后做 8 kA、72 h 满载温升试验。",
      "5.3 烘槽与启槽:新槽采用电阻丝加热烘槽,升温速率 ≤ 30 °C/h,至 600 °C 保温 24 h;随后加入预熔电解质(REF3:LiF 约 87:13),通电启槽,槽温升至 1,050 ± 20 °C,槽电压稳定在 8.5–10 V 后开始加料。",
      "5.4 联动调试:烟气净化系统负压 -50 至 -100 Pa,氟化物排放 ≤ 3 mg/m³;自动下料系统计量误差 ≤ ±1%。",
      "5.5 试生产及性能考核:连续 30 天,考核指标:电流效率 ≥ 75%,金属 TREM ≥ 99.5%,单槽日产 ≥ 150 kg,吨金属直流电耗 ≤ 10,000 kWh。",
      "5.6 维护移交:投标人须提交电解槽日常维护规程(阳极更换、坩埚侵蚀检查、阴极钨棒更换周期)及培训计划,培训招标人操作及维修人员不少于 40 人。",
    ]
    secs.append(("第五章 技术要求(安装调试技术规范)", tech))
    secs += [("第六章 投标文件格式", ["投标函、法定代表人授权书、报价一览表、资格证明文件、技术方案、项目管理机构、业绩证明。", [["序号", "内容", "页码"]] + [[str(i), x, ""] for i, x in enumerate(["投标函", "授权书", "报价表", "营业执照", "资质证书", "技术方案", "人员配置", "业绩"], 1)]]),
             ("第七章 附件", ["附件1 电解车间平面布置图(另册)", "附件2 设备清单(另册)", filler(rng, "zh", "esg", 3)])]
    fn = "BFRE-ZB-2025-0836 招标文件.pdf"
    write_pdf(F(fn), "招 标 文 件\n年产3000吨稀土金属电解生产线安装调试服务", secs, author="招标采购中心", footer="BFRE-ZB-2025-0836", cover_lines=["招标人:包头北方稀土金属有限公司", "招标代理:内蒙古诚信招标有限公司", "二〇二五年十一月"])
    return dict(file=fn, verdict="controlled", control_codes=["1E902.b"], categories=["metal-smelting"], magnet_types=[], carrier="process-spec", exclusion=None, language="zh", hard_negative=False, note="Tender document; chapter 5 specifies installation, bake-out/start-up, commissioning and acceptance of RE fluoride electrolysis cells (clause b)")

def C10(F):
    rng = random.Random(110)
    yrs = ["2026", "2027", "2028", "2029", "2030", "2031"]
    cover = [["Project", "Ce-rich sintered magnet line, Phase 1 (1,500 tpa)"], ["Sponsor", "Baotou Tianhe Magnet Technology"], ["Version", "Model v7 – IC submission"], ["Date", "2025-11-05"], ["Currency", "USD thousands"], [], ["Sheet", "Content"], ["Assumptions", "Macro, price, volume"], ["Capex", "Capital cost by area"], ["Opex", "Unit costs"], ["P&L", "Projected income statement"], ["CashFlow", "FCF and returns"], ["Sensitivity", "IRR sensitivities"], ["Process_Basis", "Engineering basis used for capex/opex (from R&D)"]]
    ass = [["Item", "Unit"] + yrs, ["Sales volume", "t"] + [str(v) for v in (300, 900, 1350, 1500, 1500, 1500)], ["ASP", "USD/kg"] + [str(round(38 + rng.uniform(-2, 3), 1)) for _ in yrs], ["PrNd oxide price", "USD/kg"] + [str(round(70 + rng.uniform(-5, 15), 1)) for _ in yrs], ["Ce metal price", "USD/kg"] + ["4.2"] * 6, ["Inflation", "%"] + ["2.5"] * 6, ["Tax rate", "%"] + ["15"] * 6]
    capex = [["Area", "USD k"], ["Melting & strip casting", 8200], ["HD & jet milling", 6100], ["Pressing", 5400], ["Sintering furnaces (14)", 11200], ["Machining", 7300], ["Coating", 2900], ["Buildings", 9800], ["Utilities", 4100], ["Contingency 10%", 5500], ["Total", 60500]]
    opex = [["Cost item", "USD/kg"], ["Alloy raw materials", 21.4], ["Energy", 1.9], ["Labour", 2.2], ["Consumables", 1.1], ["Maintenance", 0.8], ["Overheads", 1.4], ["Total", 28.8]]
    pl = [["USD k"] + yrs]
    for r in ["Revenue", "COGS", "Gross profit", "SG&A", "EBITDA", "D&A", "EBIT", "Tax", "Net income"]:
        b = rng.randint(2000, 50000); pl.append([r] + [round(b * (0.3 + 0.15 * i)) for i in range(6)])
    cf = [["USD k"] + yrs, ["EBITDA"] + [rng.randint(-2000, 18000) for _ in yrs], ["Capex"] + [-30000, -25000, -5500, -1000, -1000, -1000], ["Working capital"] + [rng.randint(-4000, 0) for _ in yrs], ["FCF"] + [rng.randint(-30000, 15000) for _ in yrs], [], ["Project IRR", "16.4%"], ["NPV @10%", 21800], ["Payback (yrs)", 5.1]]
    sens = [["Driver", "-20%", "-10%", "Base", "+10%", "+20%"], ["ASP", "4.1%", "10.5%", "16.4%", "21.9%", "27.0%"], ["PrNd price", "22.3%", "19.4%", "16.4%", "13.3%", "10.1%"], ["Capex", "20.2%", "18.2%", "16.4%", "14.8%", "13.4%"], ["Volume", "9.8%", "13.2%", "16.4%", "19.4%", "22.2%"]]
    proc = [["Process basis – Ce-substituted dual-main-phase sintered magnet (grade 35M-Ce25)", "", "", ""], ["Parameter", "Value", "Unit", "Remark"],
            ["Alloy A (Ce-rich)", "(Pr,Nd)18.5 Ce12.0 Fe bal B0.98 Co0.8 Cu0.12 Ga0.3 Al0.2", "wt%", "main phase (Ce,RE)2Fe14B"],
            ["Alloy B (Ce-free)", "(Pr,Nd)31.0 Fe bal B0.96 Co1.0 Cu0.12 Ga0.2", "wt%", "main phase (PrNd)2Fe14B"],
            ["Blend ratio A:B", "55:45", "mass", "Ce/TRE ≈ 25%"], ["Strip casting wheel speed", "1.3", "m/s", "flake 0.28 mm"], ["HD dehydrogenation", "480", "°C", "lower than Ce-free to limit CeH2 decomposition effects"],
            ["Jet mill D50", "3.8", "µm", "blend after milling, 2 h V-mixer"], ["Orientation field", "1.8", "T", ""], ["Sintering", "1,030 / 4", "°C / h", "30 °C lower than Ce-free to suppress interdiffusion of the two main phases"],
            ["1st tempering", "880 / 2", "°C / h", ""], ["2nd tempering", "470 / 3", "°C / h", ""], ["Br target", "12.0–12.4", "kGs", ""], ["HcJ target", "≥ 12", "kOe", ""], ["(BH)max", "34–36", "MGOe", ""],
            ["Raw material saving vs N35", "3.6", "USD/kg", "feeds Opex row 'Alloy raw materials'"]]
    sheets = [("Cover", cover), ("Assumptions", ass), ("Capex", capex), ("Opex", opex), ("P&L", pl), ("CashFlow", cf), ("Sensitivity", sens), ("Process_Basis", proc)]
    fn = "Tianhe_CeMagnet_FinModel_v7.xlsx"
    write_xlsx(F(fn), sheets, author="Zhao Lei", title="Ce magnet financial model")
    return dict(file=fn, verdict="controlled", control_codes=["1E902.a"], categories=["magnet-manufacturing"], magnet_types=["NdFeB", "Ce"], carrier="parameter-sheet", exclusion=None, language="en", hard_negative=False, note="Financial model workbook; one sheet 'Process_Basis' gives dual-main-phase Ce magnet alloy recipes, blend ratio, sintering/tempering set-points")

def C11(F):
    rng = random.Random(111)
    months = [f"{m}月" for m in range(1, 13)]
    s1 = [["2026年度经营预算", "", ""], ["编制单位", "四川乐山稀土冶炼分离有限公司", ""], ["编制日期", "2025-11-10", ""], [], ["表单", "内容", ""], ["产销计划", "分产品月度产销量", ""], ["成本预算", "", ""], ["费用预算", "", ""], ["资本开支", "", ""], ["萃取线技改", "P507线扩级改造方案(技术部提供)", ""]]
    s2 = [["产品"] + months + ["合计"]]
    for p in ["氧化镧", "氧化铈", "氧化镨钕", "氧化钐", "氧化铕", "氧化钆"]:
        v = [rng.randint(20, 300) for _ in months]; s2.append([p] + v + [sum(v)])
    s3 = [["成本项目", "单位成本(元/吨REO)", "年度金额(万元)"], ["精矿", 38200, 23000], ["盐酸", 1850, 1100], ["液碱", 2100, 1260], ["草酸", 3900, 2340], ["P507损耗", 620, 370], ["电力", 980, 590], ["人工", 2600, 1560], ["折旧", 1750, 1050]]
    s4 = [["费用项目"] + months] + [[x] + [rng.randint(10, 90) for _ in months] for x in ["销售费用", "管理费用", "研发费用", "财务费用", "安全环保"]]
    s5 = [["项目", "预算(万元)", "开工", "完工"], ["萃取线技改", 2860, "2026-03", "2026-08"], ["废水零排放", 4200, "2026-01", "2026-12"], ["灼烧窑更新", 980, "2026-05", "2026-07"], ["信息化", 350, "2026-02", "2026-10"]]
    s6 = [["P507萃取线扩级改造方案", "", "", "", "", ""],
          ["目标:Ce/Pr 分组段提高 CeO2 纯度至 99.99%,同时 Ce(IV) 氧化预分离替代部分萃取级", "", "", "", "", ""],
          ["项目", "改造前", "改造后", "单位", "说明", ""],
          ["Ce/Pr萃取级数", 30, 40, "级", "新增 10 级 1.5 m³ 槽", ""], ["Ce/Pr洗涤级数", 35, 45, "级", "", ""], ["反萃级数", 10, 12, "级", "", ""],
          ["有机相浓度", 1.5, 1.5, "mol/L", "P507-煤油", ""], ["皂化度", 0.34, 0.38, "", "氨皂改钠皂再转镁皂", ""],
          ["流比 有机:料液:洗酸", "1:0.10:0.035", "1:0.11:0.030", "", "", ""], ["洗酸浓度", 4.5, 4.8, "mol/L", "HCl", ""],
          ["Ce氧化预处理", "无", "空气氧化 Ce(III)→Ce(IV),pH 3.5,85 °C,4 h", "", "氧化率 ≥ 97%,减少 Ce 进入萃取负荷约 60%", ""],
          ["CeO2 纯度", "99.9%", "99.99%", "", "", ""], ["施工步骤", "停线→排空回收有机相→新槽安装找平→水联动 48 h→进有机相→按 30%/60%/100% 负荷爬坡建立级样分布 12 d", "", "", "", ""],
          ["验收", "连续 72 h 达标", "", "", "", ""]]
    sheets = [("封面", s1), ("产销计划", s2), ("成本预算", s3), ("费用预算", s4), ("资本开支", s5), ("萃取线技改", s6)]
    fn = "2026年度经营预算(报集团).xlsx"
    write_xlsx(F(fn), sheets, author="财务部 王芳", title="2026年度经营预算")
    return dict(file=fn, verdict="controlled", control_codes=["1E902.a", "1E902.b"], categories=["separation"], magnet_types=[], carrier="parameter-sheet", exclusion=None, language="zh", hard_negative=False, note="Budget workbook; one sheet is an SX line upgrade plan with new stage counts, O/A, saponification, Ce(IV) oxidation and commissioning ramp (a+b)")

def C12(F):
    rng = random.Random(112)
    slides = [("Agenda", ["Safety moment", "Q3 operating performance", "Financials", "Mill optimisation programme (for approval)", "Offtake & marketing", "Governance"]),
              ("Safety Moment", ["No lost-time injuries in Q3; 1 medical treatment case", filler(rng, "en", "esg", 2)]),
              ("Q3 Operating Performance", [["KPI", "Q2", "Q3", "Budget"], ["Ore mined (kt)", "412", "438", "430"], ["Ore milled (kt)", "395", "421", "420"], ["Head grade TREO %", "6.1", "6.4", "6.2"], ["Recovery %", "61.5", "63.2", "65.0"], ["Concentrate (t)", "9,480", "10,350", "10,600"]]),
              ("Financials", [filler(rng, "en", "finance", 2), filler(rng, "en", "finance", 2)]),
              ("Mill Optimisation — Background", ["Recovery has plateaued at 61–63% against 68% in the bankable feasibility study", "Metallurgical test work at the site lab (May–Sept 2025) by consultant team", "Board is asked to approve USD 7.4m for flotation circuit changes"]),
              ("Mill Optimisation — Revised Flotation Regime", [["Parameter", "Current", "Proposed"], ["Grind P80", "106 µm", "53 µm (regrind of rougher conc.)"], ["Collector", "Fatty acid 1.2 kg/t", "Salicylhydroxamic acid 0.8 kg/t + 0.2 kg/t octanol"], ["Depressant", "Sodium silicate 2.0 kg/t", "Na2SiF6 0.5 kg/t + sodium silicate 1.5 kg/t"], ["Pulp pH", "9.0", "8.5–8.8 (Na2CO3)"], ["Conditioning temp.", "ambient", "60 °C (steam) for rougher"], ["Circuit", "1 rougher + 3 cleaners", "1 rougher + 1 scavenger + 4 cleaners"], ["Concentrate grade", "52% TREO", "60% TREO"], ["Recovery", "63%", "70% (pilot: 71.4%)"]]),
              ("Mill Optimisation — Magnetic Pre-concentration", ["Add WHIMS stage at 1.2 T on cyclone overflow before flotation to reject iron oxides and barite", "Expected mass pull to flotation reduced by 35%", "Reagent saving of USD 2.1/t ore"]),
              ("Offtake & Marketing", [filler(rng, "en", "market", 2), filler(rng, "en", "market", 2)]),
              ("Governance", [filler(rng, "en", "policy", 2), "Next board meeting: 12 February 2026"]),
              ("Resolutions Sought", ["Approve Q3 accounts", "Approve USD 7.4m mill optimisation capex", "Note compliance report"])]
    fn = "Board Pack Q3 FY26 - Mt Weld South.pptx"
    write_pptx(F(fn), "Board Meeting — Q3 FY26", slides, author="Company Secretary", subtitle="Mt Weld South Resources Ltd | 20 November 2025")
    return dict(file=fn, verdict="controlled", control_codes=["1E902.a"], categories=["mining"], magnet_types=[], carrier="process-spec", exclusion=None, language="en", hard_negative=False, note="Mining board pack; two slides give bastnaesite/monazite flotation regime (hydroxamic collector dosage, grind, depressants, WHIMS field)")
