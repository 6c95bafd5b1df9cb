# controlled documents
import random
from lib import *

def C1(F):
    rng = random.Random(101)
    secs = [("致股东的信", [filler(rng, "zh", "strategy", 8, "CNY"), filler(rng, "zh", "market", 6), "公司主营稀土氧化物及盐类产品,产品覆盖氧化镨钕、氧化镝、氧化铽、氧化镧、氧化铈等。报告期内分离产能利用率保持在较高水平,冶炼分离指标严格控制在国家下达的总量控制计划之内。"])]
    secs += business_sections(rng, "zh", ["market", "finance", "strategy", "policy", "risk", "esg"], paras=4, sent=7, cur="CNY")
    secs.append(("公司治理", [filler(rng, "zh", "policy", 6), "董事会下设审计委员会、薪酬与考核委员会、提名委员会和战略与ESG委员会。报告期内董事会共召开会议9次,审议议案47项。", filler(rng, "zh", "risk", 6)]))
    tech = [
      "本附录为技术中心提供的镨钕/镝铽分离生产线年度工艺基准,供董事会战略与ESG委员会审议三期扩产方案时参考,仅限内部使用。",
      "一、料液:南方离子型稀土矿混合氯化稀土料液,REO 1.45–1.60 mol/L,pH 2.0–3.0,Fe<0.05 g/L,Al<0.3 g/L。",
      "二、萃取体系:P507(2-乙基己基膦酸单2-乙基己基酯)1.5 mol/L-磺化煤油;皂化剂为10.5 mol/L液碱,皂化度36%,皂化后有机相经钠皂转稀土皂(镧皂)以避免Na+带入。",
      [["分组段", "萃取级数", "洗涤级数", "反萃级数", "O/A(萃:料:洗)", "洗酸 HCl mol/L", "反萃酸 mol/L", "出口指标"],
       ["La-Ce/Pr-Nd 切割", "38", "42", "12", "1:0.082:0.031", "4.8", "5.5", "PrNd 中 Ce<0.05%"],
       ["Nd/Sm 中重切割", "22", "30", "10", "1:0.12:0.045", "4.5", "5.8", "Sm 中 Nd<0.03%"],
       ["Pr/Nd 分离", "70", "80", "14", "1:0.054:0.026", "4.2", "5.5", "Pr6O11 ≥99.5%, Nd2O3 ≥99.5%"],
       ["Tb/Dy 分离", "52", "60", "16", "1:0.035:0.018", "3.0", "6.0", "Tb4O7 ≥99.99%"]],
      "三、槽体:混合澄清槽单级有效容积 1.2 m³,混合室搅拌 280 r/min,澄清面积比 3.5:1,相比波动控制±3%;每班取样监测第10、35、60级水相REO及配分,偏离时优先调节洗酸流量。",
      "四、沉淀与灼烧:反萃液以草酸沉淀,草酸/REO 质量比 1.6:1,温度 70 °C,陈化 45 min;草酸盐于隧道窑 950 °C 灼烧 4 h 得氧化物,烧失量≤0.5%。",
      "五、2025年实绩:镨钕收率 98.7%,酸碱单耗分别为盐酸 4.3 t/t REO、液碱 1.9 t/t REO;三期拟将Pr/Nd段由70+80级增至80+90级,可使Nd2O3纯度由99.5%提高到99.9%。",
    ]
    secs.append(("附录三  分离线工艺技术基准(内部)", tech))
    write_pdf(F("2025年度报告_赣南稀土材料股份有限公司.pdf"), "赣南稀土材料股份有限公司\n2025年年度报告", secs, author="董事会办公室", footer="2025年年度报告", cover_lines=["证券代码:830417", "二〇二六年三月"])
    return dict(file="2025年度报告_赣南稀土材料股份有限公司.pdf", verdict="controlled", control_codes=["1E902.a"], categories=["separation"], magnet_types=[], carrier="parameter-sheet", exclusion=None, language="zh", hard_negative=False, note="Long annual report; only Appendix 3 gives P507 cascade stage counts, O/A ratios, acid strengths, oxalate/calcination for Pr/Nd and Tb/Dy separation")

def C2(F):
    rng = random.Random(102)
    secs = [("1. Executive Summary", ["Halong Magnetics Co., Ltd. (the 'Project Company') proposes to build a 3,000 tpa sintered NdFeB magnet plant in the Nam Dinh Industrial Zone, Vietnam, to supply traction-motor customers in Korea, Japan and Europe. Total investment is USD 186 million; the sponsor seeks USD 60 million of equity from the Fund.", filler(rng, "en", "strategy", 6)]),
            ("2. Market Opportunity", [filler(rng, "en", "market", 7) for _ in range(4)]),
            ("3. Sponsor and Management", ["The sponsor team has operated magnet plants in Ningbo and Baotou since 2009. The CEO, Mr. Tran Quoc Hung, previously led the Asia business of a Japanese motor maker; the CTO joined from a Chinese magnet producer with 18 years of process experience.", filler(rng, "en", "strategy", 5)]),
            ("4. Site and Infrastructure", ["The 22-hectare site has a 110 kV substation connection of 45 MVA, raw-water supply of 3,200 m3/d and direct road access to Haiphong port (92 km).", filler(rng, "en", "policy", 5)]),
            ("5. Financial Projections", [fin_table(rng, "en", years=("2027", "2028", "2029", "2030", "2031")), filler(rng, "en", "finance", 7), filler(rng, "en", "finance", 6)]),
            ("6. Risks and Mitigants", [filler(rng, "en", "risk", 7), filler(rng, "en", "risk", 5), filler(rng, "en", "policy", 5)]),
           ]
    tech = [
      "This chapter summarises the process basis that the CTO's team will transfer to the Vietnam plant. It was used by the EPC contractor for equipment sizing.",
      "7.1 Alloy design (mass %): baseline grade 48SH — PrNd 29.6, Dy 0.0 (bulk), Co 1.0, Cu 0.15, Al 0.25, Ga 0.20, Zr 0.12, B 0.96, Fe balance. Heavy RE is introduced only by grain-boundary diffusion (7.5).",
      [["Step", "Equipment", "Key set-points", "Control limit"],
       ["Strip casting", "600 kg SC furnace", "Pour 1,450–1,470 °C; wheel speed 1.2–1.5 m/s; flake thickness 0.25–0.35 mm", "α-Fe free; columnar grains 3–5 µm"],
       ["Hydrogen decrepitation", "Rotary HD furnace", "Absorb 0.09 MPa H2, room temp, 2 h; dehydrogenate 550 °C, 6 h", "Residual H < 1,200 ppm"],
       ["Jet milling", "Nitrogen jet mill, 0.6 MPa", "O2 in N2 < 20 ppm; 0.05 wt% zinc stearate added before milling", "D50 = 3.2–3.6 µm; D90/D10 < 4.5"],
       ["Pressing", "Transverse-field press", "Field 2.0 T; 0.5 t/cm2 pre-press; CIP 200 MPa", "Green density 4.2–4.4 g/cm3"],
       ["Sintering", "Vacuum sintering furnace", "Hold 400 °C 2 h, 850 °C 2 h (degassing); sinter 1,055–1,065 °C, 5 h, < 5×10⁻³ Pa; Ar gas quench", "Density ≥ 7.55 g/cm3"],
       ["Tempering", "Same furnace", "1st 900 °C 2.5 h; 2nd 490 °C 4 h; cool rate ≥ 15 °C/min", "HcJ gain vs. as-sintered ≥ 2.5 kOe"],
       ["GBD", "Coating line + diffusion furnace", "Tb paste 0.45 wt%; diffusion 920 °C 15 h; ageing 500 °C 3 h", "ΔHcJ ≥ 8 kOe; ΔBr ≤ 0.2 kGs"]],
      "7.2 Oxygen management: total oxygen in sintered body is targeted below 800 ppm. Powder is transferred under nitrogen in sealed containers; green compacts must reach the furnace within 4 h.",
      "7.3 Machining: multi-wire slicing with diamond wire 0.25 mm at 1,200 m/min, tolerance ±0.03 mm; sludge collected for toll recycling.",
      "7.4 Coating: epoxy e-coat 15–25 µm for traction-motor grades; phosphating pre-treatment 45 °C, 3 min.",
      "7.5 Expected properties of 48SH-GBD: Br 13.7–14.0 kGs, HcJ ≥ 20 kOe, (BH)max 45–48 MGOe.",
    ]
    secs.append(("7. Technology and Process Basis", tech))
    secs.append(("8. Implementation Schedule", ["Ground-breaking Q2 2026; mechanical completion Q3 2027; first customer PPAP Q1 2028.", filler(rng, "en", "strategy", 5)]))
    secs.append(("9. Proposed Terms", ["The Fund would subscribe for 32% of the enlarged share capital, with one board seat, customary reserved matters and a put option exercisable after year 7.", filler(rng, "en", "finance", 5)]))
    fn = "Halong Magnetics - Investment Proposal v3.2.docx"
    write_docx(F(fn), "Investment Proposal: 3,000 tpa Sintered Magnet Plant, Nam Dinh, Vietnam", secs, author="K. Lim", subtitle="Prepared for the Investment Committee, Mekong Industrial Fund II — Strictly Confidential — 14 November 2025")
    return dict(file=fn, verdict="controlled", control_codes=["1E902.a"], categories=["magnet-manufacturing"], magnet_types=["NdFeB"], carrier="parameter-sheet", exclusion=None, language="en", hard_negative=False, note="Investment memo; chapter 7 table gives full sintered NdFeB route set-points (SC, HD, jet mill, sintering/tempering, Tb GBD)")

def C3(F):
    rng = random.Random(103)
    secs = [("第一章 项目概况", ["受委托方委托,我所对老挝丰沙里省勐乌县离子吸附型稀土矿项目(以下简称“目标项目”)开展财务、法律及技术尽职调查。目标公司持有探矿权面积 38.6 km²,拟收购股权比例 51%。", filler(rng, "zh", "strategy", 6)]),
            ("第二章 法律尽职调查", ["目标公司于2019年在万象注册,注册资本 1,200 万美元。矿权证书编号 MEM-EX-2019-0417,有效期至2029年。经核查,土地租赁合同中有 3 宗地块尚未完成村委会签字确认。", filler(rng, "zh", "policy", 6), filler(rng, "zh", "risk", 5)]),
            ("第三章 财务尽职调查", [fin_table(rng, "zh", years=("2022", "2023", "2024", "2025.9")), filler(rng, "zh", "finance", 7), filler(rng, "zh", "finance", 6)]),
            ("第四章 市场分析", [filler(rng, "zh", "market", 7), filler(rng, "zh", "market", 6)]),
            ("第五章 环境与社区", [filler(rng, "zh", "esg", 6), "现场访谈显示,下游勐乌河在雨季存在氨氮超标的投诉记录 2 次,目标公司已与当地政府签订补偿协议。"]),
            ("第六章 主要风险及建议", [filler(rng, "zh", "risk", 7), "建议在交割前完成土地确权补签、环评批复更新及氨氮治理设施验收。"])]
    tech = [
      "本附录由我所技术顾问根据现场踏勘及目标公司提供的生产记录整理,反映目标公司正在使用并拟在收购后继续沿用的原地浸矿工艺。",
      "C.1 矿体条件:全风化层厚 8–15 m,原矿 TREO 0.08–0.12%,中钇富铕型,离子相占比 ≥ 85%。",
      "C.2 注液井网:采用 2.0 m × 2.0 m 正方形网格,井径 0.2 m,井深至半风化层顶板以上 0.5 m;山脊部位加密为 1.5 m × 1.5 m。底部设集液巷道,巷道间距 20 m,并布设导流孔 φ 90 mm,倾角 3–5°。",
      [["阶段", "浸矿剂", "浓度", "pH", "单井注液速率", "持续时间"],
       ["前期注液", "硫酸铵", "2.0–2.5%", "4.5–5.0", "8–10 L/h", "约 90 d"],
       ["中期注液", "硫酸铵+硫酸镁(3:1)", "1.5%", "5.0", "6 L/h", "约 60 d"],
       ["顶水", "清水", "—", "—", "6 L/h", "至母液 REO<0.1 g/L"]],
      "C.3 母液处理:母液 REO 0.8–1.5 g/L。先以碳酸氢铵调 pH 至 5.2–5.4 除铝,静置 2 h 后压滤;除杂后加碳酸氢铵沉淀稀土,NH4HCO3/REO 质量比 2.8:1,终点 pH 6.8–7.0,沉淀后陈化 8 h,碳酸稀土含 REO ≥ 45%。上清液补加硫酸铵后回用配制浸矿剂,回用率目标 90%。",
      "C.4 指标:资源浸出率 82–86%,硫酸铵单耗 5.5 t/t REO,碳酸氢铵单耗 3.2 t/t REO。顾问建议将镁盐替代比例提高到 50% 以降低氨氮排放,并在注液末期采用 0.5% 硫酸铝封堵以减少渗漏。",
    ]
    secs.append(("附录C 开采工艺技术评估", tech))
    secs = pad(secs, 903, "zh", ["market", "finance", "policy", "risk", "esg", "strategy"], at=4, cur="CNY", titles=["第四章补充 稀土市场供需", "第三章补充 财务预测", "第二章补充 老挝矿业政策", "第六章补充 风险矩阵", "第五章补充 社区关系", "第七章 交易结构建议"])
    fn = "老挝勐乌稀土项目尽职调查报告(终稿).docx"
    write_docx(F(fn), "老挝丰沙里省勐乌县稀土矿项目尽职调查报告", secs, lang="zh", author="李明哲", subtitle="北京中衡咨询有限公司 | 2025年10月 | 保密")
    return dict(file=fn, verdict="controlled", control_codes=["1E902.a"], categories=["mining"], magnet_types=[], carrier="process-spec", exclusion=None, language="zh", hard_negative=False, note="DD report for overseas ion-adsorption mine; Appendix C gives in-situ leaching well grid, lixiviant regime, impurity removal and bicarbonate precipitation")

def C4(F):
    rng = random.Random(104)
    secs = [("1 Summary", ["This feasibility study evaluates a 2,000 tpa praseodymium–neodymium (PrNd) metal plant to be located at Kuantan, Malaysia, processing PrNd oxide purchased from Australian and Malaysian separators. The base case shows a post-tax IRR of 17.8% and NPV(8%) of USD 74 million.", filler(rng, "en", "strategy", 6)]),
            ("2 Market Study", [filler(rng, "en", "market", 7) for _ in range(3)] + [[["Product", "2025", "2026", "2027", "2028"], ["PrNd metal demand (kt)", "48", "53", "59", "65"], ["Ex-China supply (kt)", "1.2", "2.8", "5.0", "7.4"], ["Price (USD/kg)", "78", "82", "88", "90"]]]),
            ("3 Site Selection", ["Three sites were shortlisted: Kuantan, Gebeng and Kemaman. Kuantan was selected because of its power tariff of USD 0.078/kWh and proximity to an existing oxide producer.", filler(rng, "en", "policy", 5)]),
            ("4 Raw Materials and Utilities", ["Annual inputs: PrNd oxide 2,380 t, PrF3/NdF3 for bath make-up 60 t, LiF 25 t, graphite anodes 620 t, electricity 20 GWh.", filler(rng, "en", "market", 5)]),
            ("5 Environmental and Social", [filler(rng, "en", "esg", 6), "Perfluorocarbon (CF4, C2F6) emissions during anode effects are the main greenhouse-gas concern; the design includes automatic anode-effect detection and off-gas scrubbing."]),
           ]
    tech = [
      "6.1 Cell design. 48 cells of 10 kA, round graphite crucible (ID 780 mm) with four segmented graphite anodes suspended from the top and a central tungsten cathode rod (Ø 70 mm); molybdenum crucible receiver at the bottom for metal collection. Anode–cathode distance 90–110 mm.",
      [["Parameter", "Design value", "Operating window"],
       ["Bath composition", "REF3 (PrF3+NdF3 at 25:75) 88 wt% / LiF 12 wt%", "LiF 10–13 wt%"],
       ["Bath temperature", "1,060 °C", "1,040–1,080 °C"],
       ["Cell current", "10 kA", "9.5–10.5 kA"],
       ["Anode current density", "0.9 A/cm2", "0.8–1.1 A/cm2"],
       ["Cathode current density", "7 A/cm2", "6–8 A/cm2"],
       ["Cell voltage", "9.5 V", "9–11 V"],
       ["Oxide feed rate", "≈ 8.5 kg/h, pulse every 3 min", "dissolved oxide 2–4 wt%"],
       ["Tapping", "Every 4 h by vacuum siphon", "Metal ≈ 33 kg per tap"],
       ["Current efficiency", "≥ 78%", ""],
       ["Metal purity", "TREM ≥ 99.5%, Pr/TREM 24–26%, C ≤ 0.03%, O ≤ 0.03%, Fe ≤ 0.1%", ""]],
      "6.2 Operation. Oxide is dried at 300 °C to < 0.5% LOI before feeding. Anode effects are suppressed by keeping dissolved oxide above 2 wt%; when cell voltage exceeds 12 V, feed 2 kg oxide immediately and lower the anode by 5 mm. Anodes are replaced after 5–6 days (wear ≈ 30 mm/day).",
      "6.3 Casting. Metal is cast under argon into steel moulds pre-heated to 200 °C; ingots 10–12 kg. Skulls and dross are returned to bath make-up after crushing.",
      "6.4 Consumption per tonne metal: oxide 1.19 t, electricity 9,800 kWh, graphite 0.31 t, fluorides 0.03 t, tungsten 2 kg.",
    ]
    secs.append(("6 Process Design Basis — Molten-Salt Electrolysis", tech))
    secs += [("7 Capital Cost Estimate", [[["Area", "USD m"], ["Electrolysis hall & cells", "38.5"], ["Rectifiers & substation", "14.2"], ["Off-gas treatment", "9.8"], ["Casting & packing", "4.1"], ["Utilities & buildings", "17.6"], ["Owner's costs & contingency", "21.3"], ["Total", "105.5"]], filler(rng, "en", "finance", 6)]),
             ("8 Operating Cost and Financial Analysis", [fin_table(rng, "en", years=("Y1", "Y2", "Y3", "Y4", "Y5")), filler(rng, "en", "finance", 7)]),
             ("9 Risks", [filler(rng, "en", "risk", 7), filler(rng, "en", "policy", 6)]),
             ("10 Recommendation", ["Proceed to front-end engineering design with a budget of USD 4.2 million, subject to securing an oxide offtake MOU."])]
    fn = "Kuantan_PrNd_Metal_FS_Rev1.pdf"
    write_pdf(F(fn), "Feasibility Study\n2,000 tpa PrNd Metal Plant, Kuantan", secs, author="Straits Process Engineering", footer="FS Rev.1 — Confidential", cover_lines=["Client: Pahang Advanced Materials Sdn Bhd", "Document No. SPE-2231-FS-001 Rev 1", "September 2025"])
    return dict(file=fn, verdict="controlled", control_codes=["1E902.a"], categories=["metal-smelting"], magnet_types=[], carrier="process-spec", exclusion=None, language="en", hard_negative=False, note="FS mostly market/finance; chapter 6 gives fluoride-bath electrolysis cell design and operating window for PrNd metal")

def C5(F):
    rng = random.Random(105)
    slides = [("議程", ["一、上季度經營回顧", "二、財務報告", "三、二廠擴建進度", "四、技術委員會報告(機密)", "五、法遵及風險", "六、臨時動議"]),
              ("經營摘要", [filler(rng, "tw", "market", 2), filler(rng, "tw", "finance", 2), filler(rng, "tw", "strategy", 1)]),
              ("營收結構", [["產品", "2025Q2", "2025Q3", "季增"], ["釤鈷磁體", "186", "204", "9.7%"], ["黏結磁體", "62", "58", "-6.5%"], ["磁組件", "95", "113", "18.9%"], ["合計", "343", "375", "9.3%"]]),
              ("財務重點", [filler(rng, "tw", "finance", 2), filler(rng, "tw", "finance", 2)]),
              ("二廠擴建進度", ["廠房主體結構完成 92%", "真空燒結爐 6 台已到廠,4 台完成安裝", "預計 2026 年 2 月試產", filler(rng, "tw", "risk", 1)]),
              ("技術委員會報告:2:17型釤鈷高溫牌號製程定版(機密)", ["合金成分 (wt%):Sm 25.5、Co 餘量、Fe 16.5、Cu 5.8、Zr 2.8", "中頻真空感應熔煉 1,500 °C,鑄錠於 1,180 °C 均勻化 10 h", "粗破後球磨/氣流磨至 4.0–4.5 μm,1.8 T 磁場取向,等靜壓 200 MPa"]),
              ("製程參數表(續)", [["工序", "溫度", "時間", "氣氛/備註"], ["燒結", "1,210 °C", "1.5 h", "Ar,升溫 5 °C/min"], ["固溶", "1,175 °C", "3 h", "Ar,油淬或風冷"], ["等溫時效", "830 °C", "12 h", "真空"], ["控冷", "830→400 °C", "0.7 °C/min", "隨後保溫 400 °C 2 h 急冷"], ["目標性能", "Br ≥ 1.08 T", "HcJ ≥ 25 kOe", "(BH)max ≥ 28 MGOe,使用溫度 350 °C"]]),
              ("製程改善結論", ["Cu 由 5.0% 提高到 5.8% 後胞狀結構更完整,HcJ 平均提高 3.2 kOe", "控冷速率低於 0.5 °C/min 反而使方形度下降,定版 0.7 °C/min", "建議董事會核准上述配方移轉至二廠量產"]),
              ("法遵及風險", [filler(rng, "tw", "policy", 2), "海外客戶技術交流一律不得提供本報告第 6–8 頁內容", filler(rng, "tw", "risk", 1)]),
              ("永續發展", [filler(rng, "tw", "esg", 2), filler(rng, "tw", "esg", 1)]),
              ("下季度目標", ["營收 400 百萬元", "二廠試產", "完成 IATF 16949 再認證", "新增兩家航太客戶送樣"]),
              ("臨時動議", ["無"])]
    fn = "董事會簡報_2025Q3_正式版.pptx"
    write_pptx(F(fn), "恒磁科技控股有限公司 第三季董事會", slides, author="董事會秘書處", subtitle="2025年10月28日 香港")
    return dict(file=fn, verdict="controlled", control_codes=["1E902.a"], categories=["magnet-manufacturing"], magnet_types=["SmCo"], carrier="process-spec", exclusion=None, language="zh", hard_negative=False, note="Traditional-Chinese board pack; three technical-committee slides give Sm2Co17 alloy, solution/ageing/slow-cool schedule")

def C6(F):
    rng = random.Random(106)
    secs = [("1. Background 项目背景", ["Sinomag Recycling (Ganzhou) Co., Ltd. and Perak Green Metals Sdn Bhd propose to establish a 60:40 joint venture in Ipoh to recover rare-earth oxides from NdFeB machining sludge and end-of-life magnets collected in Malaysia, Thailand and Japan.", "赣州方将以技术及部分设备作价入股,马来方提供土地、厂房及本地许可。", filler(rng, "en", "strategy", 5)]),
            ("2. Market 市场分析", [filler(rng, "en", "market", 6), filler(rng, "zh", "market", 5), filler(rng, "en", "market", 5)]),
            ("3. JV Structure 合资架构", [[["Item 项目", "Sinomag", "Perak Green"], ["Equity 股比", "60%", "40%"], ["Contribution 出资", "USD 9.0m (tech + equipment)", "USD 6.0m (land + cash)"], ["Board seats 董事席位", "3", "2"], ["GM 总经理", "Nominated", "—"], ["CFO 财务总监", "—", "Nominated"]], filler(rng, "en", "policy", 5), "技术许可费按销售收入 3% 计提,期限 10 年。"]),
            ("4. Financials 财务预测", [fin_table(rng, "en", years=("2026", "2027", "2028", "2029")), filler(rng, "en", "finance", 6), filler(rng, "zh", "finance", 5)]),
            ("5. Risks 风险", [filler(rng, "en", "risk", 6), filler(rng, "zh", "risk", 4)])]
    tech = [
      "本附件为中方技术作价依据,描述拟转移至合资公司的钕铁硼油泥优溶回收工艺。This annex describes the process to be licensed to the JV.",
      "A.1 Pre-treatment 预处理:油泥经离心脱油后,于回转窑 850 °C 氧化焙烧 3 h(空气过量系数 1.3),使 Fe 转化为 Fe2O3、稀土转化为 RE2O3;焙砂球磨至 -200 目 ≥ 90%。",
      "A.2 Selective leaching 优溶:盐酸 6 mol/L,液固比 3:1,终点 pH 控制 4.0–4.5,温度 85 °C,反应 2 h;稀土浸出率 ≥ 98%,铁入渣率 ≥ 99%。渣经二次洗涤(液固比 1.5:1)回收夹带稀土。",
      [["Stage 段", "Reagent 试剂", "Condition 条件", "Target 指标"],
       ["Impurity removal 除杂", "Ammonia water 氨水 + 0.2% PAM", "pH 4.8, 60 °C, 1 h", "Fe < 5 mg/L, Al < 10 mg/L"],
       ["Precipitation 沉淀", "Oxalic acid 草酸", "1.5× stoich., 65 °C", "Yield > 99%"],
       ["Calcination 灼烧", "—", "900 °C, 3 h", "TREO ≥ 99.0%"],
       ["Optional SX 萃取", "P507 1.2 M", "Dy/Tb cut, 30+20 stages", "Dy2O3 ≥ 99.5%"]],
      "A.3 Overall recovery 总回收率:REO ≥ 95%;每吨油泥(干基 TREO 28%)耗盐酸 1.9 t、草酸 0.55 t。",
    ]
    secs.append(("Annex A Technical Description 技术附件", tech))
    secs.append(("6. Next Steps 下一步工作", ["Sign term sheet by 15 Dec 2025; complete MIDA application Q1 2026.", "双方于2026年1月前完成技术出口许可申请。"]))
    secs = pad(secs, 906, "en", ["market", "finance", "policy", "risk", "esg"], at=3, paras=4)
    fn = "JV Proposal_Ipoh REO Recovery_20251120.docx"
    write_docx(F(fn), "Joint Venture Proposal 合资项目建议书 — Ipoh Rare Earth Recovery", secs, lang="zh", author="Chen Wei", subtitle="Draft for discussion 讨论稿 — 20 Nov 2025")
    return dict(file=fn, verdict="controlled", control_codes=["1E902.a"], categories=["recycling"], magnet_types=[], carrier="process-spec", exclusion=None, language="mixed", hard_negative=False, note="Bilingual JV proposal; Annex A gives oxidising roast + selective HCl leaching of NdFeB sludge with conditions and recoveries")

def C7(F):
    rng = random.Random(107)
    secs = [("第一章 公司简介", ["宁波东磁精密材料有限公司成立于2006年,主要从事烧结钕铁硼永磁材料的研发、生产和销售,年产能 8,000 吨。", filler(rng, "zh", "strategy", 5)]),
            ("第二章 新员工入职须知", ["1. 报到需携带身份证、学历证书、体检报告及银行卡。", "2. 试用期 3 个月,期间享受社保及住房公积金。", "3. 厂区内严禁吸烟,进入生产区域须穿戴劳保鞋、防护眼镜。", "4. 考勤采用人脸识别打卡,上班时间 8:00–17:00,倒班岗位另行通知。"]),
            ("第三章 安全生产通则", ["公司严格执行“安全第一、预防为主、综合治理”的方针。所有员工必须参加三级安全教育,考试合格后方可上岗。", "粉末车间属于甲类防火区域,钕铁硼粉末接触空气会自燃,发现冒烟应立即用干砂覆盖,严禁用水扑救。", filler(rng, "zh", "esg", 5)]),
            ("第四章 质量管理体系", ["公司通过 IATF 16949、ISO 14001、ISO 45001 认证。质量方针:零缺陷、准时交付、持续改进。", filler(rng, "zh", "risk", 4)]),
            ("第五章 5S与现场管理", ["整理、整顿、清扫、清洁、素养。每周五下午为 5S 检查时间,结果纳入班组考核。"]),
            ("第六章 员工福利", ["包括年度体检、节日福利、带薪年假、员工宿舍及班车。", filler(rng, "zh", "esg", 3)])]
    tech = [
      "本章适用于设备维修部维修工、设备工程师。内容为公司设备管理程序 EM-07 的培训摘要,涉及生产线维护、检修及故障修复要求,严禁外传。",
      "7.1 真空烧结炉(VSF-600 型,共 18 台)",
      ("bullets", ["日常点检:每班检查冷却水进水温度 ≤ 28 °C、压力 0.25–0.35 MPa;罗茨泵、滑阀泵油位;炉门密封圈有无划伤。",
                   "周保养:空炉抽真空至 5×10⁻³ Pa 后关阀保压 1 h,压升率 ≤ 0.67 Pa/h 为合格;超标时依次检漏炉门、热电偶穿墙件、充气阀。",
                   "月保养:检查钼隔热屏变形及石墨加热带电阻(偏差 > 10% 须更换);校验 S 型热电偶,烧结段 1,060 °C 处控温偏差须 ≤ ±3 °C,炉温均匀性 ≤ ±5 °C(九点测温)。",
                   "年度大修:更换扩散泵油、全部密封件;风冷系统换热器除垢;大修后须执行空炉烘炉程序:室温→400 °C(2 h)→800 °C(2 h)→1,100 °C 保温 4 h,再以标准件试烧一炉,密度 ≥ 7.55 g/cm³ 且 Br、HcJ 符合产品规范后方可交付生产。"]),
      "7.2 气流磨(QLM-400 型,共 6 台)",
      ("bullets", ["氧含量监测仪每日零点校准,系统氧含量 > 50 ppm 自动停机并充氮;重新启动前须以氮气置换 30 min 至 < 20 ppm。",
                   "分级轮转速 3,000–4,200 r/min 范围内,轴承每 1,500 h 更换,更换后做动平衡,振动 ≤ 2.8 mm/s。",
                   "喷嘴磨损超过 0.3 mm 时更换,否则粒度 D50 将偏离 3.2–3.6 μm 工艺窗口。"]),
      "7.3 氢破炉与速凝炉",
      ("bullets", ["氢破炉氢气管路每季度做 1.5 倍工作压力保压试验;泄漏报警器每月校准,报警值 1% LEL。",
                   "速凝炉冷却铜辊表面粗糙度 Ra 须保持 1.6–3.2 μm,每 300 炉修磨一次;中间包浇口更换后须预热至 1,000 °C 以上。"]),
      "7.4 故障处理记录要求:维修完成后在 EAM 系统中填写故障现象、原因、更换备件及恢复后首炉工艺验证结果。",
    ]
    secs.append(("第七章 生产设备维护保养规程(维修岗位专用)", tech))
    secs.append(("第八章 考核与培训记录", ["培训结束后进行闭卷考试,满分 100 分,80 分合格。", [["序号", "姓名", "部门", "考试成绩", "签字"]] + [[str(i), "", "", "", ""] for i in range(1, 11)]]))
    secs = pad(secs, 907, "zh", ["strategy", "esg", "policy", "risk", "market"], at=1, paras=4, sent=9, cur="CNY", titles=["第一章附 企业文化与发展历程", "第六章附 员工关怀与职业发展", "第三章附 合规与保密制度", "第四章附 质量风险案例", "第一章附 行业与客户介绍"])
    fn = "新员工培训手册2025版(设备部).docx"
    write_docx(F(fn), "新员工培训手册(2025版)", secs, lang="zh", author="人力资源部", subtitle="宁波东磁精密材料有限公司 人力资源部 编制")
    return dict(file=fn, verdict="controlled", control_codes=["1E902.b"], categories=["magnet-manufacturing"], magnet_types=["NdFeB"], carrier="process-spec", exclusion=None, language="zh", hard_negative=False, note="HR onboarding handbook; chapter 7 is maintenance/overhaul rules for NdFeB sintering furnaces, jet mills, HD and strip casters (clause b, process values only as targets)")

def C8(F):
    rng = random.Random(108)
    secs = [("1. Purpose of Visit", ["From 6 to 10 October 2025, a team of four from Lynas-type client 'Mid-West Rare Earths Pty Ltd' (MWRE) visited the separation plant of Jiangxi Jinlong Rare Earth Co. in Longnan to review the mixer-settler retrofit that Jinlong will execute for MWRE's Kalgoorlie refinery under the technical service agreement signed in June 2025.", filler(rng, "en", "strategy", 4)]),
            ("2. Attendees and Agenda", [[["Day", "Activity"], ["6 Oct", "Arrival, safety induction, plant tour"], ["7 Oct", "Workshop: retrofit scope"], ["8 Oct", "Commissioning procedure review"], ["9 Oct", "Maintenance practices; spares"], ["10 Oct", "Close-out meeting"]]]),
            ("3. General Observations", ["Housekeeping is good. The plant runs 2,400 mixer-settler stages in 14 cascades. Staff are well trained; most operators have more than ten years' service.", filler(rng, "en", "esg", 5), filler(rng, "en", "market", 4)])]
    tech = [
      "4.1 Retrofit scope agreed. MWRE's existing 60-stage PrNd/SmEuGd cascade (1.0 m3 stages, polypropylene) will be replaced by Jinlong-design 1.6 m3 stages in FRP with a new mixer impeller and baffle arrangement; the number of stages increases to 86 to reach Nd2O3 ≥ 99.9%.",
      "4.2 Installation sequence (as presented by Jinlong): (1) survey and level the concrete plinths to ±2 mm over the full cascade length; (2) set stages from the stripping end, bolting launders with EPDM gaskets; (3) install impeller drives and align shafts to ≤ 0.1 mm run-out; (4) hydro-test each stage with water for 24 h, leakage zero; (5) install dosing pumps and magnetic flowmeters, calibrate to ±1%.",
      "4.3 Commissioning sequence: water run 48 h (check interface level and entrainment < 200 ppm) → fill organic (P507 1.5 M in kerosene) and run solvent/water 24 h → introduce feed at 30% design, increasing 10% per day → 'profile build-up' period of 15–20 days until the stage profile reaches steady state; sampling every 4 h at stages 5, 20, 43, 60, 80. Acceptance: 72 h continuous run at design flow with Nd2O3 purity ≥ 99.9% and Pr in Nd ≤ 0.05%.",
      "4.4 Maintenance rules to be transferred: impeller inspection every 3 months; crud removal from interface monthly by draining 10% of settler volume; full organic-phase washing with 0.5 M HCl and re-saponification when surface tension drops below 23 mN/m; annual replacement of gaskets and dosing-pump diaphragms.",
      "4.5 Jinlong will provide two commissioning engineers for 90 days and a remote support line for 12 months.",
    ]
    secs.append(("4. Technical Findings — Retrofit, Commissioning and Maintenance", tech))
    secs += [("5. Commercial Matters", ["Fees: USD 2.6 million lump sum plus daily rates for extra days. Jinlong raised the need for a Chinese export licence for the technical service; MWRE legal will follow up.", filler(rng, "en", "policy", 5)]),
             ("6. Action Items", [[["#", "Action", "Owner", "Due"], ["1", "Send plinth drawings", "MWRE", "31 Oct"], ["2", "Export licence status", "Jinlong", "30 Nov"], ["3", "Spares list", "Jinlong", "15 Nov"], ["4", "Update project schedule", "MWRE", "7 Nov"]]]),
             ("7. Travel and Expenses", [filler(rng, "en", "finance", 3)])]
    fn = "Site Visit Report - Longnan Oct2025.pdf"
    write_pdf(F(fn), "Site Visit Report\nJinlong Longnan Separation Plant", secs, author="R. Patterson", footer="MWRE internal", cover_lines=["Mid-West Rare Earths Pty Ltd", "Report No. MWRE-SVR-2025-019", "15 October 2025"])
    return dict(file=fn, verdict="controlled", control_codes=["1E902.b"], categories=["separation"], magnet_types=[], carrier="process-spec", exclusion=None, language="en", hard_negative=False, note="Site-visit report; section 4 records installation, commissioning and maintenance procedure of a solvent-extraction cascade retrofit (clause b)")
