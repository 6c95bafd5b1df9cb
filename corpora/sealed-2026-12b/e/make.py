#!/usr/bin/env python3
"""Generator for sealed batch e: long mixed office documents (docx/pdf/pptx)."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import render_docx, render_pdf, render_pptx, filler
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)
LABELS = []
DT = datetime.datetime


def lab(file, verdict, codes, cats, mtypes, carrier, excl, lang, hn, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mtypes, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=hn, note=note))


def F(seed, lang, n, kind="pm"):
    return filler(random.Random(seed), lang, n * (3 if kind == "acad" else 2), kind)

# =====================================================================  CONTROLLED
# C01 zh docx — feasibility study, in-situ leaching (chapter 5, middle)
def c01():
    b = [("h1", "第一章 总论"), ("p", "本可行性研究报告受老挝某矿业公司委托编制,研究对象为该公司在华潘省取得采矿权的风化壳淋积型矿区,拟建设年产混合稀土氧化物(折REO)1500吨的原地浸矿及母液处理工程。")]
    b += F(101, "zh", 6)
    b += [("h1", "第二章 市场与建设必要性")] + F(102, "zh", 5)
    b += [("h1", "第三章 矿区地质与资源"), ("p", "矿体赋存于花岗岩风化壳全风化层中,平均厚度8.6 m,全相稀土品位0.062%,离子相占比约82%,中钇富铕型配分。"),
          ("table", [["块段", "面积/万m²", "平均厚度/m", "离子相品位/%", "资源量(REO)/t"],
                     ["A1", "12.4", "9.2", "0.055", "1870"], ["A2", "8.9", "7.8", "0.049", "1050"],
                     ["B1", "15.1", "8.1", "0.051", "1920"], ["合计", "36.4", "8.4", "0.052", "4840"]])]
    b += F(103, "zh", 4)
    b += [("h1", "第四章 建设方案总体布置")] + F(104, "zh", 4)
    b += [("h1", "第五章 浸矿工艺技术方案"),
          ("h2", "5.1 注液井网设计"),
          ("p", "采用网格状布置注液井,山顶及山腰井距2.0 m×2.0 m,山脚及矿体边缘井距2.5 m×2.5 m;井径0.20 m,井深以揭穿全风化层、进入半风化层0.5~1.0 m为准,不得穿透至基岩裂隙带。每个单元控制面积约2500 m²,单元间保留2 m隔离带。"),
          ("p", "注液井口以下0.5 m段用黏土夯实封堵,防止浸矿液沿井壁上溢;注液管采用DN25 PE管,每10口井设一个分液器,分液器压力控制在0.05~0.08 MPa。"),
          ("h2", "5.2 浸矿剂与注液制度"),
          ("p", "浸矿剂采用硫酸镁替代传统硫酸铵,以满足无氨氮排放要求。注液分三个阶段进行,具体参数如下表。"),
          ("table", [["阶段", "浸矿剂", "浓度/%", "pH", "注液强度/(L·m⁻²·d⁻¹)", "持续时间/d", "累计液固比/(m³·t⁻¹)"],
                     ["前期浸出", "MgSO₄", "3.5~4.0", "4.5~5.0", "18~22", "25~30", "0.35"],
                     ["中期浸出", "MgSO₄", "2.0~2.5", "5.0~5.5", "12~15", "40~50", "0.80"],
                     ["顶水阶段", "清水", "—", "5.5~6.0", "10~12", "30~40", "1.10"]]),
          ("p", "浸矿剂总消耗按矿石量计为3.2~3.8 kg MgSO₄/t矿。当收液沟母液REO浓度连续三天低于0.10 g/L时转入顶水阶段;顶水至出液REO低于0.02 g/L结束。"),
          ("h2", "5.3 母液收集"),
          ("p", "在矿体底部设置导流孔,孔距3~5 m,仰角5°~8°,孔深15~30 m;山脚设集液沟及截渗墙,母液汇入收液池(容积1500 m³)。设计母液收集率≥90%,母液REO浓度0.4~1.2 g/L。"),
          ("h2", "5.4 母液除杂与沉淀"),
          ("p", "母液先加入碳酸氢铵调pH至5.0~5.2除铝,除杂渣澄清4 h;上清液用碳酸氢铵沉淀稀土,终点pH 6.8~7.0,NH₄HCO₃与REO质量比2.5~2.8:1,陈化2 h;碳酸稀土经压滤后在900 ℃煅烧2 h得混合氧化物,REO≥92%。沉淀上清液补加MgSO₄后回用作浸矿剂。"),
          ("table", [["指标", "设计值"], ["浸出率", "≥85%"], ["母液收集率", "≥90%"], ["除杂稀土损失", "≤3%"], ["沉淀率", "≥98.5%"], ["综合回收率", "≥75%"]])]
    b += F(105, "zh", 3)
    b += [("h1", "第六章 环境保护与水土保持")] + F(106, "zh", 5)
    b += [("h1", "第七章 组织机构与劳动定员")] + F(107, "zh", 4)
    b += [("h1", "第八章 投资估算与经济评价"),
          ("table", [["项目", "金额/万元"], ["井网及注液系统", "2860"], ["收液及母液处理", "3420"], ["公辅工程", "1980"], ["其他费用", "1150"], ["预备费", "940"], ["合计", "10350"]])]
    b += F(108, "zh", 5) + [("h1", "第九章 结论与建议")] + F(109, "zh", 3)
    fn = "华潘项目可研报告_定稿v3.docx"
    render_docx(os.path.join(OUT, fn), b, "华潘省离子型稀土矿原地浸矿工程可行性研究报告", "赣州某设计研究院", "华潘项目可行性研究报告(送审稿)", "设计研究院 2024年11月", "zh", DT(2024, 11, 20, 10, 0))
    lab(fn, "controlled", ["1E902.a"], ["mining"], [], "process-spec", None, "zh", False, "Feasibility study for Laos client; chapter 5 gives in-situ leaching well grid, MgSO4 lixiviant regime, collection and precipitation parameters")


# C02 en pdf — technical proposal, SX cascade params early (section 2)
def c02():
    b = [("h1", "1. Introduction"), ("p", "This technical proposal is submitted to Pahang Advanced Materials Sdn Bhd in response to its request of 12 June 2024 for a separation plant converting mixed rare-earth chloride into PrNd oxide, La-Ce carbonate and a SEG/heavy concentrate, nameplate 3,000 t/a REO feed.")]
    b += [("h1", "2. Process Design Basis"),
          ("h2", "2.1 Extractant system"),
          ("p", "The organic phase is 1.5 mol/L P507 (2-ethylhexyl phosphonic acid mono-2-ethylhexyl ester) in sulfonated kerosene. Saponification to 36% with 10.5 mol/L NaOH is performed in a dedicated two-stage mixer before the organic enters the first extraction stage; saponification temperature is kept below 35 °C to avoid third-phase formation."),
          ("h2", "2.2 Cascade configuration"),
          ("table", [["Circuit", "Split", "Extraction stages", "Scrub stages", "Strip stages", "Feed stage", "Organic L/min", "Feed L/min", "Scrub L/min"],
                     ["A", "La-Ce / Pr-Nd-SEG", "28", "40", "8", "29", "145", "12.0", "3.8"],
                     ["B", "PrNd / SEG-heavy", "32", "46", "10", "33", "98", "4.4", "2.6"],
                     ["C", "La / Ce", "36", "30", "6", "37", "120", "7.6", "2.1"]]),
          ("p", "Feed is mixed chloride at 1.25 mol/L REO, pH 2.0–3.0. Scrub liquor for circuit A is 4.2 mol/L HCl loaded back-flow; strip uses 6.0 mol/L HCl. Mixing residence time is 3.5 min per stage, settler specific area 3.2 m² per m³/h of combined flow. Circuit A organic/aqueous flow ratio in the extraction section is 9.0:1 overall."),
          ("h2", "2.3 Precipitation and calcination"),
          ("p", "PrNd strip liquor (≈1.0 mol/L) is precipitated with oxalic acid at 1.10× stoichiometric, 55–60 °C, 30 min ageing, filtered and washed to Cl⁻ < 50 ppm, then calcined at 950 °C for 2 h in a roller-hearth kiln. Product specification: TREO ≥ 99.0%, (Pr+Nd)/TREO ≥ 99.5%, La+Ce+Sm < 0.05%."),
          ("table", [["Product", "Purity target", "Recovery"], ["PrNd oxide", "(Pr+Nd)/TREO ≥ 99.5%", "≥ 98.5%"], ["La carbonate", "La/TREO ≥ 99.99%", "≥ 97%"], ["Ce carbonate", "Ce/TREO ≥ 99.95%", "≥ 97%"], ["SEG-heavy", "concentrate", "≥ 98%"]])]
    b += [("h1", "3. Scope of Supply")] + F(201, "en", 5)
    b += [("h1", "4. Project Execution")] + F(202, "en", 7)
    b += [("h1", "5. Training and Technical Services")] + F(203, "en", 5)
    b += [("h1", "6. Commercial Terms")] + F(204, "en", 4)
    b += [("h1", "7. Schedule"), ("table", [["Milestone", "Month"], ["Basic design", "M3"], ["Detailed design", "M8"], ["Equipment delivery", "M14"], ["Mechanical completion", "M20"], ["Performance test", "M24"]])] + F(205, "en", 5)
    fn = "PAM_separation_tech_proposal_rev1.pdf"
    render_pdf(os.path.join(OUT, fn), b, "Technical Proposal — 3,000 t/a Rare Earth Separation Plant", "Baotou Engineering Co.", "Proposal BEC-TP-2407 Rev.1 — Confidential", "Baotou Engineering Co.", "en", subtitle="Prepared for Pahang Advanced Materials Sdn Bhd · July 2024", created=DT(2024, 7, 8, 15, 0))
    lab(fn, "controlled", ["1E902.a"], ["separation"], [], "process-spec", None, "en", False, "Proposal to Malaysian partner; section 2 gives P507 saponification, stage counts, flows, oxalate precipitation and calcination")


# C03 zh pptx — training deck for new NdFeB plant abroad; table on one slide
def c03():
    s = [dict(title="墨西哥工厂新员工培训 — 烧结钕铁硼生产工艺", bullets=["生产技术部", "2024年9月 · 内部培训资料"]),
         dict(title="培训安排", bullets=["第1周:安全与5S", "第2周:工艺流程总览", "第3周:分工序实操", "第4周:考核与上岗"], notes="课程与墨方人事部共同确认。"),
         dict(title="工厂概况", bullets=["设计产能 3000 t/a 毛坯", "主要产品:N52、48SH、45UH", "客户:汽车电机、工业伺服"]),
         dict(title="安全须知", bullets=["粉末易燃,严禁明火", "氢气区域防爆管理", "惰性气体窒息风险", "劳保用品穿戴要求"]),
         dict(title="工艺流程", bullets=["配料 → 速凝铸片 → 氢破 → 气流磨 → 取向压制 → 等静压 → 烧结回火 → 机加工 → 表面处理 → 充磁检测"]),
         dict(title="配料规范", bullets=["按牌号配方单称量,精度±0.01 kg", "PrNd金属须去除氧化皮", "称量完成后30 min内入炉"], notes="配方单由技术部发放,车间不得自行修改。"),
         dict(title="N52 主要工序参数表", bullets=["以下为本厂N52牌号标准工艺窗口(受控文件 TP-N52-03)"],
              table=[["工序", "关键参数", "设定值/范围"],
                     ["成分(wt%)", "PrNd / B / Co / Cu / Al / Ga / Zr / Fe", "29.6 / 0.96 / 1.0 / 0.15 / 0.10 / 0.20 / 0.10 / 余量"],
                     ["速凝铸片", "浇注温度 / 辊速 / 片厚", "1460±10 ℃ / 1.3~1.5 m/s / 0.25~0.35 mm"],
                     ["氢破", "吸氢压力 / 脱氢温度 / 时间", "0.12 MPa / 550 ℃ / 6 h"],
                     ["气流磨", "研磨压力 / 粒度D50 / 氧含量", "0.65 MPa N₂ / 3.2±0.2 μm / ≤600 ppm"],
                     ["取向压制", "磁场 / 生坯密度", "≥1.8 T / 3.9~4.1 g/cm³"],
                     ["等静压", "压力 / 保压", "200 MPa / 60 s"],
                     ["烧结", "温度 / 时间 / 真空度", "1065 ℃ / 5 h / ≤5×10⁻² Pa"],
                     ["一级回火", "温度 / 时间", "900 ℃ / 2 h"],
                     ["二级回火", "温度 / 时间", "500 ℃ / 3 h,风冷"]],
              notes="参数偏离须开具偏差单,由工艺工程师批准。D50超过3.5 μm时矫顽力明显下降。"),
         dict(title="速凝铸片操作要点", bullets=["真空抽至5 Pa后充氩至0.05 MPa", "熔清后精炼3 min", "观察铜辊冷却水温差"]),
         dict(title="氢破与气流磨", bullets=["全程氮气保护", "加入0.05%防氧化剂", "分级轮转速按粒度调整"]),
         dict(title="压制与烧结", bullets=["生坯转运须真空包装", "装舟摆放间距≥5 mm", "烧结炉每炉记录曲线"]),
         dict(title="检测与质量", bullets=["Br、HcJ、(BH)max 抽检", "N52要求 Br≥14.3 kG,HcJ≥11 kOe", "密度≥7.55 g/cm³"]),
         dict(title="考核方式", bullets=["笔试 40%", "实操 60%", "合格线 80 分"], notes="考核题库另行发放。")]
    fn = "MX工厂培训_烧结工艺_v2.pptx"
    render_pptx(os.path.join(OUT, fn), s, "墨西哥工厂新员工培训", "生产技术部", DT(2024, 9, 2, 8, 0))
    lab(fn, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "zh", False, "Training deck for Mexico plant; one slide table holds full N52 recipe and strip-cast/HD/jet-mill/sintering/tempering parameters")


# C04 en docx — close-out report of electrolysis line installation (b)
def c04():
    b = [("h1", "1. Executive Summary"), ("p", "This report closes out the supply, installation and commissioning of the PrNd metal electrolysis workshop at the Kuantan site (contract KT-EL-2022-07). Twenty 6 kA fluoride-bath cells, rectifier, off-gas treatment and metal casting were installed between March and November 2023, and the line passed its 72-hour performance test on 14 December 2023.")]
    b += F(301, "en", 4)
    b += [("h1", "2. Project Scope and Organisation")] + F(302, "en", 5)
    b += [("h1", "3. Schedule and Cost Performance"), ("table", [["Item", "Budget (kUSD)", "Actual (kUSD)", "Variance"], ["Equipment", "6,420", "6,515", "+1.5%"], ["Installation", "1,880", "2,040", "+8.5%"], ["Commissioning", "610", "575", "−5.7%"], ["Total", "8,910", "9,130", "+2.5%"]])] + F(303, "en", 4)
    b += [("h1", "4. Installation"),
          ("p", "Cell shells were set on insulated steel foundations with 30 mm mica board under each shell; level tolerance ±2 mm across the shell. Graphite crucible segments were assembled with carbon paste joints not exceeding 1.5 mm and cured at 150 °C for 24 h. Busbar connections were torqued to 180 N·m and checked by millivolt drop (< 5 mV per joint at 1 kA test current)."),
          ("p", "The tungsten cathode rods (Ø 70 mm) were aligned to the crucible centreline within ±3 mm; the four graphite anode plates were hung with an anode–cathode distance set at 80 mm before start-up. Molybdenum metal receivers were placed and checked for cracks by dye penetrant."),
          ("h1", "5. Commissioning Sequence"),
          ("ul", ["Drying: electric heater ramp 20 °C/h to 400 °C, hold 24 h.",
                  "Bath premelt: 180 kg of fluoride electrolyte (target REF₃:LiF ≈ 87:13 by mass) melted with an auxiliary arc; cell current raised in steps of 500 A every 30 min to 6 kA.",
                  "Hold bath at the reference temperature of 1050 ± 20 °C for 12 h before first oxide feeding.",
                  "Oxide feeding initiated at the reference rate; first metal tapped after 8 h; first three taps rejected.",
                  "72-hour test: current efficiency, cell voltage and metal purity logged hourly."]),
          ("table", [["Performance test item", "Contract target", "Measured (72 h mean)", "Result"],
                     ["Cell current", "6,000 A", "6,020 A", "Pass"], ["Cell voltage", "≤ 10.0 V", "9.6 V", "Pass"],
                     ["Current efficiency", "≥ 78%", "80.4%", "Pass"], ["PrNd metal TREM", "≥ 99.0%", "99.3%", "Pass"],
                     ["Fe in metal", "≤ 0.20%", "0.12%", "Pass"], ["C in metal", "≤ 0.03%", "0.021%", "Pass"]]),
          ("h1", "6. Punch List and Defects")] + F(304, "en", 3) + [
          ("table", [["No.", "Item", "Status"], ["P-014", "Cell 7 off-gas hood leak", "Closed"], ["P-022", "Rectifier alarm setting", "Closed"], ["P-031", "Crane limit switch", "Closed"], ["P-045", "Cell 16 crucible joint re-pasted", "Closed"]])]
    b += [("h1", "7. Handover and Warranty")] + F(305, "en", 5) + [("h1", "8. Lessons Learned")] + F(306, "en", 6)
    b += [("h1", "Appendix A — Commissioning Log Extract (Cell 1–4)"),
          ("table", [["Date", "Cell", "Current (A)", "Voltage (V)", "Bath T (°C)", "Remark"],
                     ["2023-11-20", "1", "3,000", "7.8", "980", "ramp"], ["2023-11-20", "1", "6,000", "9.9", "1,045", "hold"],
                     ["2023-11-21", "2", "6,000", "9.7", "1,052", "first feed"], ["2023-11-22", "3", "6,000", "9.5", "1,048", "first tap"],
                     ["2023-11-22", "4", "5,500", "9.4", "1,038", "anode changed"]])]
    fn = "Kuantan EL workshop close-out report.docx"
    render_docx(os.path.join(OUT, fn), b, "Project Close-out Report — PrNd Electrolysis Workshop, Kuantan", "J. Liu", "KT-EL-2022-07 Close-out Report", "Rev. 0 — January 2024", "en", DT(2024, 1, 18, 11, 0))
    lab(fn, "controlled", ["1E902.b"], ["metal-smelting"], [], "process-spec", None, "en", False, "Close-out of installation/commissioning of overseas PrNd electrolysis cells; install tolerances, start-up sequence; process values only as targets")
# C05 zh pdf — bid tech spec SmCo line, appendix at end
def c05():
    b = [("h1", "第一部分 招标范围"), ("p", "本次招标为越南海防某磁材公司新建2:17型钐钴磁体生产线的主要工艺设备,包括真空感应熔炼炉2台、气流磨1台、磁场成型压机2台、真空烧结固溶炉3台、时效炉4台及配套检测设备。")]
    b += F(401, "zh", 5)
    b += [("h1", "第二部分 通用技术要求")] + F(402, "zh", 6)
    b += [("h1", "第三部分 设备技术规格"),
          ("table", [["设备", "主要规格", "数量"], ["真空感应熔炼炉", "装料量100 kg,极限真空6×10⁻³ Pa", "2"], ["气流磨", "处理量30 kg/h,惰性气体循环", "1"], ["磁场成型压机", "磁场≥2.0 T,压力100 t", "2"], ["真空烧结炉", "最高1300 ℃,有效区600×600×900 mm", "3"], ["时效炉", "最高950 ℃,控温精度±2 ℃,程序降温≥30段", "4"]])]
    b += F(403, "zh", 5) + [("h1", "第四部分 质量保证与验收")] + F(404, "zh", 5) + [("h1", "第五部分 商务要求")] + F(405, "zh", 4)
    b += [("pb",), ("h1", "附件3 工艺要求(投标方设备须满足)"),
          ("p", "目标产品:2:17型高温钐钴磁体,Br≥10.8 kG,HcJ≥25 kOe,(BH)max≥28 MGOe,最高工作温度350 ℃。"),
          ("table", [["工序", "工艺参数"],
                     ["合金成分(wt%)", "Sm 25.2,Fe 17.0,Cu 5.6,Zr 2.8,Co 余量"],
                     ["熔炼", "1450~1480 ℃,氩气0.06 MPa,浇注至水冷铜模"],
                     ["制粉", "粗破<100目,气流磨粒度SMD 3.8~4.2 μm"],
                     ["成型", "取向磁场2.0 T,压力0.8 t/cm²,等静压200 MPa"],
                     ["烧结", "1210±3 ℃保温60 min"],
                     ["固溶", "降至1185±2 ℃保温3 h,充氩风冷(冷速≥50 ℃/min)"],
                     ["时效", "830 ℃保温12 h,以0.7 ℃/min缓冷至400 ℃,保温10 h后随炉冷"]]),
          ("p", "时效炉须能实现0.5~1.0 ℃/min的程控慢冷,炉内温度均匀性≤±3 ℃,以保证胞状组织与Cu在胞壁的富集。")]
    fn = "海防钐钴线设备招标技术规格书.pdf"
    render_pdf(os.path.join(OUT, fn), b, "2:17型钐钴磁体生产线主要设备招标技术规格书", "采购中心", "招标编号 HP-SC-2024-015", "招标文件 第二卷 技术部分", "zh", created=DT(2024, 5, 6, 9, 0))
    lab(fn, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "process-spec", None, "zh", False, "Bid spec for Vietnam SmCo line; appendix at end gives 2:17 alloy, sintering, solution and ageing/slow-cool schedule")


# C06 mixed docx — annual report with internal appendix (recycling)
def c06():
    b = [("h1", "董事长致辞 Chairman's Statement")] + F(501, "zh", 3) + F(502, "en", 2)
    b += [("h1", "一、经营情况 Business Review"), ("table", [["指标 Item", "2023", "2024"], ["营业收入 Revenue (RMB m)", "1,240", "1,386"], ["处理废料 Scrap processed (t)", "8,600", "9,850"], ["氧化物产量 Oxide output (t REO)", "2,310", "2,655"], ["净利润 Net profit (RMB m)", "96", "121"]])] + F(503, "zh", 4)
    b += [("h1", "二、安全环保 HSE")] + F(504, "zh", 3) + F(505, "en", 2)
    b += [("h1", "三、海外业务 Overseas")] + [("p", "公司与德国合作方在萨克森州合资建设的钕铁硼废料回收项目已完成基础设计,预计2025年第三季度开工。The JV plant will treat 3,000 t/a of grinding sludge and sintered scrap.")] + F(506, "en", 3)
    b += [("h1", "四、公司治理 Governance")] + F(507, "zh", 4) + F(508, "en", 3)
    b += [("pb",), ("h1", "附录C(内部)Appendix C — Internal: 萨克森项目工艺包要点 Process Package Key Parameters"),
          ("p", "Note: this appendix is for the JV technical committee only and is not part of the published annual report. 本附录仅供合资公司技术委员会使用。"),
          ("table", [["工序 Step", "参数 Parameters"],
                     ["油泥预处理 Sludge pre-treatment", "真空干燥/蒸馏除油 120 ℃, 含油<1%"],
                     ["氧化焙烧 Oxidising roast", "回转窑 800±20 ℃, 3 h, 空气过量系数1.3; Fe→Fe₂O₃ 转化率>99%"],
                     ["优溶 Selective leach", "6 mol/L HCl, 液固比 3:1, 85 ℃, 终点 pH 3.8~4.2, 2 h; RE浸出率>98%, Fe 入液<0.1 g/L"],
                     ["除杂 Impurity removal", "加 BaCl₂/Na₂S 除 Co、Ni, pH 4.5"],
                     ["萃取 SX", "P507 1.5 mol/L, 皂化 35%; Nd/Pr 与 Dy/Tb 分组 18 级萃取+20 级洗涤"],
                     ["沉淀 Precipitation", "草酸 1.15× 理论量, 60 ℃; 煅烧 950 ℃ × 2 h"],
                     ["指标 Targets", "总收率 ≥ 97%; PrNd 氧化物 ≥ 99.5%; Dy₂O₃ ≥ 99.5%"]]),
          ("p", "Roast temperature below 750 °C leaves FeO and metallic Fe which dissolve in the leach and overload the iron removal; above 850 °C sintering of the calcine lowers RE leachability. 温度窗口须严格控制。")]
    fn = "2024年度报告_含附录C.docx"
    render_docx(os.path.join(OUT, fn), b, "2024年度报告 Annual Report 2024", "董事会办公室", "某再生资源科技股份有限公司 2024年度报告", "Annual Report 2024", "mixed", DT(2025, 3, 28, 16, 0))
    lab(fn, "controlled", ["1E902.a"], ["recycling"], [], "parameter-sheet", None, "mixed", False, "Bilingual annual report; internal appendix C at end gives NdFeB sludge roast / HCl selective leach / SX parameters for German JV")


# C07 en pptx — SX retrofit deck; parameters in notes (a+b)
def c07():
    s = [dict(title="Circuit B Retrofit — Lynas-type PrNd Line Upgrade, Phase 2", bullets=["Technical review with partner", "March 2025"]),
         dict(title="Agenda", bullets=["Why retrofit", "Current bottlenecks", "Proposed changes", "Shutdown plan", "Re-commissioning", "Budget"]),
         dict(title="Why retrofit", bullets=["PrNd purity drifting below spec", "Throughput limited by settlers", "Organic losses above budget"],
              notes="Purity dropped to 99.2% (Pr+Nd)/TREO in Q4; customers require 99.5%."),
         dict(title="Current bottlenecks", bullets=["Scrub section too short", "Entrainment in settlers 12–18", "Saponification control manual"],
              notes="Existing Circuit B: 26 extraction + 38 scrub + 8 strip stages, P507 1.4 mol/L, 34% saponification with ammonia. O/A in extraction 7.5:1. Ce and La breaking through in the Nd outlet when feed La/TREO exceeds 28%."),
         dict(title="Proposed changes", bullets=["Add 10 scrub stages", "Replace settler 12–18 picket fences", "Switch to Mg(HCO₃)₂ saponification", "Automate pH/flow loops"],
              notes="New configuration: 26 extraction + 48 scrub + 10 strip. Organic 110 L/min, feed 5.0 L/min at 1.2 mol/L, scrub 3.0 L/min of 4.0 mol/L HCl; saponification degree 36% using magnesium bicarbonate at 0.6 mol/L; strip with 5.8 mol/L HCl. Expected (Pr+Nd)/TREO 99.7%, recovery 98.8%."),
         dict(title="Shutdown & installation plan", bullets=["14-day shutdown", "Organic inventory pumped to holding tanks", "Install 10 new mixer-settler cells (2.4 m³)", "Re-level and tie-in launders"],
              notes="Level tolerance ±1 mm per settler; weir heights reset to drawing D-B-221. Pressure test launders with water before organic return."),
         dict(title="Re-commissioning", bullets=["Water run 24 h", "Organic fill and circulation 48 h", "Stepwise feed introduction", "Profile sampling every 4 stages"],
              notes="Feed introduced at 50% for 72 h until aqueous profile stable; Nd/La ratio at stage 60 must exceed 500 before ramping to 100%. Sample stages 30, 40, 50, 60, 74 every shift."),
         dict(title="Control upgrade", bullets=["Inline pH on saponification", "Mag-flow meters on all inlets", "DCS trends & alarms"]),
         dict(title="Budget", table=[["Item", "kUSD"], ["Mixer-settlers", "1,150"], ["Instrumentation", "420"], ["Installation", "380"], ["Commissioning", "160"], ["Contingency", "210"], ["Total", "2,320"]]),
         dict(title="Next steps", bullets=["Partner approval by 15 April", "Order long-lead items", "Shutdown window: August"])]
    fn = "CircuitB_retrofit_review_Mar2025.pptx"
    render_pptx(os.path.join(OUT, fn), s, "Circuit B Retrofit", "Process Engineering", DT(2025, 3, 10, 14, 0))
    lab(fn, "controlled", ["1E902.a", "1E902.b"], ["separation"], [], "process-spec", None, "en", False, "Retrofit deck for partner SX line; slide notes carry stage counts, flows, saponification and re-commissioning profile criteria")


# C08 mixed pdf — overhaul procedure electrolysis cells (b)
def c08():
    b = [("h1", "1 目的 Purpose"), ("p", "本规程规定3 kA/6 kA稀土氟化物体系电解槽的定期大修(更换石墨槽体、阴极及坩埚)程序,适用于越南同奈工厂。This procedure governs the periodic overhaul of fluoride-bath rare-earth electrolysis cells at the Dong Nai plant.")]
    b += [("h1", "2 职责 Responsibilities")] + F(601, "zh", 2) + F(602, "en", 2)
    b += [("h1", "3 大修周期 Overhaul interval"), ("table", [["部件 Part", "检查 Inspection", "更换 Replace"], ["石墨槽体 Graphite crucible", "每月 monthly", "14~18 个月 or wall < 25 mm"], ["钨阴极 W cathode", "每班 shift", "直径损耗 > 15 mm"], ["钼坩埚 Mo receiver", "每次出金属", "裂纹 crack"], ["石墨阳极 Anodes", "每班", "厚度 < 40 mm"], ["保温层 Insulation", "大修时", "破损 damaged"]])]
    b += [("h1", "4 停槽 Shutdown"), ("ul", ["停止加料,电解至电解质中氧化物耗尽 Stop oxide feed and electrolyse out", "出净金属,电流按每15 min降500 A至零 Ramp current down 500 A / 15 min", "趁热抽出电解质至保温包 Siphon bath into heated ladle (≥ 950 ℃)", "自然冷却48 h后拆除 Cool 48 h before dismantling"]),
          ("h1", "5 拆除与检查 Dismantling"), ("p", "拆除阳极吊架及阴极导杆,清理槽内结壳。测量钢壳变形,超过5 mm须校正。Check the steel shell for bulging; correct if > 5 mm.")] + F(603, "zh", 2)
    b += [("h1", "6 重新筑槽 Rebuilding"), ("ul", ["底部铺设30 mm云母板及氧化铝保温砖 mica board + alumina insulating brick", "石墨槽体分段安装,接缝糊料≤1.5 mm carbon paste joints ≤ 1.5 mm", "150 ℃固化24 h cure 24 h", "阴极对中偏差≤3 mm cathode centring ±3 mm", "极距按80 mm复位 reset anode-cathode distance to 80 mm"]),
          ("h1", "7 烘槽与启动 Baking and restart"), ("table", [["步骤 Step", "要求 Requirement"], ["烘槽 Baking", "20 ℃/h 升至 400 ℃,保温 24 h"], ["化料 Premelt", "电弧起熔,加入电解质 180 kg"], ["升电流 Current ramp", "500 A / 30 min 至额定"], ["稳定 Stabilise", "参考温度 1050 ℃ ± 20 ℃,12 h"], ["恢复加料 Resume feed", "前3炉金属不入库 first 3 taps rejected"]]),
          ("h1", "8 记录 Records")] + F(604, "en", 3) + F(605, "zh", 3) + [("h1", "9 安全 Safety")] + F(606, "zh", 3) + F(607, "en", 3)
    fn = "DN-MP-EL-07 电解槽大修规程 Cell Overhaul Procedure.pdf"
    render_pdf(os.path.join(OUT, fn), b, "稀土电解槽大修规程 Electrolysis Cell Overhaul Procedure", "设备部 Maintenance Dept.", "DN-MP-EL-07 Rev.2", "同奈工厂 Dong Nai Plant — 受控文件 Controlled copy", "mixed", created=DT(2024, 8, 12, 8, 0))
    lab(fn, "controlled", ["1E902.b"], ["metal-smelting"], [], "process-spec", None, "mixed", False, "Bilingual overhaul/relining procedure for RE fluoride electrolysis cells at Vietnam plant; process values only as reference")
# C09 zh docx — annual tech summary, chapter on Ce dual-main-phase magnets
def c09():
    b = [("h1", "一、年度工作概述")] + F(701, "zh", 5) + [("h1", "二、科研项目进展")] + F(702, "zh", 4)
    b += [("h1", "三、高丰度铈磁体量产工艺总结"),
          ("p", "本年度完成双主相铈磁体(牌号42M-Ce)的量产定型,铈占稀土总量26%,成本较同级无铈产品降低约11%。主要工艺如下:"),
          ("table", [["项目", "主相合金A(无铈)", "主相合金B(富铈)"], ["PrNd/wt%", "30.5", "18.0"], ["Ce/wt%", "0", "13.5"], ["B/wt%", "0.98", "1.00"], ["Co/Cu/Al/Ga", "1.0/0.15/0.3/0.2", "0.5/0.15/0.2/0.3"], ["速凝辊速", "1.4 m/s", "1.8 m/s"]]),
          ("p", "A、B两种合金分别氢破后按A:B=55:45混合气流磨,D50 3.0 μm。取向压制1.6 T,等静压180 MPa。烧结温度较常规降低25 ℃,为1040 ℃×4 h,以抑制A、B主相间元素互扩散,保持双主相结构;一级回火880 ℃×2 h,二级回火480 ℃×3 h。"),
          ("p", "当Ce超过30%时出现CeFe₂相,矫顽力急剧下降;加入0.3% Ga可抑制该相形成。量产性能:Br 13.0~13.3 kG,HcJ ≥ 14 kOe。"),
          ("h1", "四、质量与标准化工作")] + F(703, "zh", 4) + [("h1", "五、人才队伍建设")] + F(704, "zh", 4) + [("h1", "六、明年工作计划")] + F(705, "zh", 5)
    fn = "技术中心2024年度工作总结.docx"
    render_docx(os.path.join(OUT, fn), b, "技术中心2024年度工作总结", "技术中心", "技术中心年度总结", "内部资料 注意保存", "zh", DT(2024, 12, 26, 17, 0))
    lab(fn, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec", None, "zh", False, "Annual technical summary; chapter 3 (middle) gives dual-main-phase Ce magnet alloy, blending, sintering and tempering parameters")


# C10 zh pptx — mining tech exchange with Myanmar partner, params in notes
def c10():
    s = [dict(title="离子型稀土矿堆浸与原地浸矿技术交流", bullets=["缅甸克钦邦合作项目", "2024年6月"]),
         dict(title="交流目的", bullets=["介绍矿山建设经验", "现场条件评估", "后续合作方式"]),
         dict(title="矿床特征", bullets=["花岗岩风化壳", "离子吸附型", "全风化层厚5~15 m"]),
         dict(title="工艺路线比较", bullets=["池浸:已淘汰", "堆浸:适用于薄矿体", "原地浸矿:主流"], notes="堆浸:矿石剥离后筑堆,堆高3~4 m,底部铺防渗膜和排液层;喷淋浸矿剂硫酸铵2.5%,pH 5,喷淋强度15 L/(m²·h),浸出周期约60 d,顶水15 d。"),
         dict(title="原地浸矿布井", bullets=["网格布井", "导流孔收液", "截渗措施"], notes="井距2 m×2 m至3 m×3 m,井深至全风化层底;导流孔仰角5°,间距4 m;注液强度初期20 L/(m²·d),母液浓度峰值1.5 g/L。"),
         dict(title="母液处理", bullets=["除杂", "沉淀", "灼烧"], notes="碳酸氢铵调pH 5.1除铝铁,然后沉淀终点pH 6.9,碳铵/REO 2.6:1;或草酸沉淀,草酸/REO 2.2:1。灼烧850~900 ℃。"),
         dict(title="环境风险", bullets=["氨氮", "滑坡", "地下水"]),
         dict(title="监测要求", bullets=["监测井布设", "水质检测", "边坡位移"]),
         dict(title="合作方式建议", bullets=["技术咨询", "人员培训", "设备供货"]),
         dict(title="谢谢", bullets=["联系人:项目部"])]
    fn = "克钦项目技术交流_0618.pptx"
    render_pptx(os.path.join(OUT, fn), s, "离子型稀土矿技术交流", "项目部", DT(2024, 6, 17, 20, 0))
    lab(fn, "controlled", ["1E902.a"], ["mining"], [], "process-spec", None, "zh", False, "Exchange deck for Myanmar partner; innocuous slide bodies, leaching/well-grid/precipitation parameters only in speaker notes")


# C11 en pdf — feasibility: bastnasite cracking + SX, appendix at end
def c11():
    b = [("h1", "1. Summary")] + F(801, "en", 4) + [("h1", "2. Market")] + F(802, "en", 5) + [("h1", "3. Resource and Concentrate"), ("table", [["Component", "wt%"], ["REO", "62.5"], ["F", "7.8"], ["CaO", "3.1"], ["BaO", "2.4"], ["SiO₂", "1.9"], ["Fe₂O₃", "1.6"]])] + F(803, "en", 3)
    b += [("h1", "4. Site and Infrastructure")] + F(804, "en", 5) + [("h1", "5. Capital and Operating Cost"), ("table", [["Area", "USD m"], ["Acid roasting", "38"], ["Leach & purification", "22"], ["SX", "61"], ["Product finishing", "17"], ["Utilities & offsites", "44"], ["Total", "182"]])] + F(805, "en", 4)
    b += [("h1", "6. Economics")] + F(806, "en", 4) + [("h1", "7. Conclusions")] + F(807, "en", 3)
    b += [("pb",), ("h1", "Appendix D — Process Design Criteria"),
          ("table", [["Unit", "Parameter", "Value"],
                     ["Acid mixing", "H₂SO₄ (98%) : concentrate", "1.35 : 1 (mass)"],
                     ["Roast stage 1", "Rotary kiln, gas-side temperature", "250–300 °C, 1 h (HF off-gas to scrubber)"],
                     ["Roast stage 2", "Kiln discharge temperature", "480–520 °C, 2 h total residence"],
                     ["Water leach", "L/S, temperature, time", "8:1, 40 °C, 2 h; REO leach ≥ 95%"],
                     ["Neutralisation", "MgO to pH", "3.8–4.2 (Fe, Th, P removal)"],
                     ["Pre-extraction", "P204 1.0 mol/L, stages", "5 extraction, Th/Fe removal"],
                     ["Conversion", "P507 extraction of total RE from sulphate", "12 stages; strip 5.5 mol/L HCl → chloride 1.4 mol/L"],
                     ["LaCe/PrNd split", "P507 1.5 mol/L, 36% saponified", "30 E + 44 S + 8 St, O/A 8.5"],
                     ["PrNd precipitation", "Oxalic acid, 1.1× stoich.", "55 °C; calcine 950 °C, 2 h"]])]
    fn = "Nolans-type_FS_Vol2_process.pdf"
    render_pdf(os.path.join(OUT, fn), b, "Feasibility Study — Concentrate Cracking and Separation Plant, Volume 2", "Sino-Aus Process Consultants", "FS Vol.2 — Confidential", "SAPC 2024", "en", subtitle="Prepared for Northern Minerals JV · October 2024", created=DT(2024, 10, 30, 10, 0))
    lab(fn, "controlled", ["1E902.a"], ["separation"], [], "process-spec", None, "en", False, "Feasibility study for foreign JV; appendix D at end gives acid-roast, leach, P204/P507 cascade and precipitation design criteria")


# C12 mixed docx — installation & commissioning plan + GBD parameters (a+b)
def c12():
    b = [("h1", "1 概述 Overview"), ("p", "本计划规定泰国罗勇磁材工厂(年产2000吨烧结钕铁硼)速凝炉、氢破炉、气流磨及晶界扩散线的安装、调试与工艺验证。This plan covers installation, commissioning and process qualification at the Rayong plant.")] + F(901, "en", 3)
    b += [("h1", "2 安装要求 Installation"), ("table", [["设备 Equipment", "基础 Foundation", "水平度 Level", "公用 Utilities"], ["速凝炉 Strip caster", "C30, 500 mm", "≤0.2 mm/m", "冷却水 60 m³/h"], ["氢破炉 HD furnace", "C25", "≤0.5 mm/m", "H₂, Ar"], ["气流磨 Jet mill", "钢平台", "≤0.5 mm/m", "N₂ 800 Nm³/h"], ["扩散炉 GBD furnace", "C25", "≤0.5 mm/m", "真空, Ar"]])] + F(902, "zh", 3)
    b += [("h1", "3 冷调试 Cold commissioning")] + [("ul", ["真空检漏:漏率 ≤ 5×10⁻³ Pa·L/s", "铜辊动平衡及跳动 ≤ 0.05 mm", "气流磨分级轮空转 8 h", "氢气管道保压 24 h 压降 < 1%"])] + F(903, "en", 2)
    b += [("h1", "4 热调试 Hot commissioning")] + F(904, "zh", 2)
    b += [("h1", "5 晶界扩散工艺验证 GBD process qualification"),
          ("p", "扩散源采用Tb粉末浆料涂覆(Tb 含量 85%,有机粘结剂),磁体取向方向厚度≤6 mm。Tb coating weight 0.5–0.6 wt% of magnet mass on the two pole faces."),
          ("table", [["步骤 Step", "参数 Parameter"], ["预处理 Pre-treatment", "喷砂+超声清洗, 60 ℃ 烘干"], ["涂覆 Coating", "Tb浆料 0.55 wt%, 双面"], ["扩散 Diffusion", "900 ℃ × 10 h, 真空 ≤ 1×10⁻² Pa"], ["回火 Ageing", "500 ℃ × 4 h"], ["目标 Target", "HcJ 提升 ≥ 9 kOe, Br 下降 ≤ 0.2 kG"]]),
          ("p", "If HcJ gain is below 8 kOe, extend diffusion to 14 h before raising temperature; above 930 °C the Tb diffuses into grain interiors and Br loss exceeds 0.3 kG.")]
    b += [("h1", "6 验收 Acceptance")] + F(905, "zh", 3) + F(906, "en", 3) + [("h1", "7 人员与进度 Staffing and schedule")] + F(907, "zh", 3)
    fn = "Rayong_installation_commissioning_plan_R2.docx"
    render_docx(os.path.join(OUT, fn), b, "罗勇工厂设备安装调试计划 Installation & Commissioning Plan", "W. Zhang", "RY-ICP-002 R2", "罗勇项目 Rayong Project", "mixed", DT(2024, 4, 22, 9, 0))
    lab(fn, "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "mixed", False, "Installation/commissioning plan for Thai NdFeB plant (b) that also lays down Tb grain-boundary diffusion parameters (a)")
# =====================================================================  CLEAR
def n01():
    s = [dict(title="Investor Presentation — FY2024 Results", bullets=["Northern Rare Earth Resources Ltd", "February 2025"]),
         dict(title="Disclaimer", bullets=["Forward-looking statements", "Not an offer of securities"]),
         dict(title="Who we are", bullets=["Integrated from mine to oxide", "Mining → concentration → separation → metals", "Offtake partners in Japan and Europe"]),
         dict(title="FY2024 highlights", table=[["Metric", "FY2023", "FY2024"], ["NdPr oxide sold (t)", "5,840", "6,410"], ["Revenue (AUD m)", "735", "812"], ["EBITDA (AUD m)", "212", "248"], ["Net cash (AUD m)", "420", "388"]]),
         dict(title="Market outlook", bullets=["EV and wind demand growth ~9% CAGR", "NdPr price recovering from 2023 lows", "Supply diversification premium"], notes="Price deck uses consensus forecasts; no guarantee."),
         dict(title="Growth projects", bullets=["Separation plant expansion to 12 ktpa", "Heavy rare earths circuit FID 2025", "Magnet recycling MoU"], notes="Capex figures are pre-FEED estimates."),
         dict(title="ESG", bullets=["Scope 1+2 intensity −12%", "Zero fatalities", "Community investment AUD 4.2 m"]),
         dict(title="Capital management", bullets=["Dividend policy 30–50% NPAT", "Undrawn facility AUD 200 m"]),
         dict(title="Key takeaways", bullets=["Strong balance sheet", "Growth funded", "Leverage to EV cycle"])]
    fn = "NRER_FY24_investor_presentation.pptx"
    render_pptx(os.path.join(OUT, fn), s, "FY2024 Investor Presentation", "Investor Relations", DT(2025, 2, 19, 7, 0))
    lab(fn, "clear", [], [], [], "other", None, "en", True, "Investor deck listing mining/separation stages, volumes and financials; no process know-how")


def n02():
    b = [("h1", "关于本报告")] + F(1001, "zh", 3) + [("h1", "一、公司治理")] + F(1002, "zh", 5) + [("h1", "二、环境绩效"),
         ("table", [["指标", "2023", "2024"], ["综合能耗/万吨标煤", "18.6", "17.9"], ["新鲜水用量/万m³", "412", "389"], ["氨氮排放/t", "36.2", "21.5"], ["固废综合利用率/%", "88", "91"], ["温室气体排放/万tCO₂e", "52.3", "49.8"]]),
         ("p", "公司下属冶炼分离、金属冶炼、磁性材料等板块均通过ISO 14001认证。报告期内无重大环境违法事件。")] + F(1003, "zh", 5)
    b += [("h1", "三、安全与职业健康")] + F(1004, "zh", 5) + [("h1", "四、员工发展")] + F(1005, "zh", 5) + [("h1", "五、社区与公益")] + F(1006, "zh", 5) + [("h1", "六、GRI指标索引"), ("table", [["GRI", "披露项", "页码"], ["2-1", "组织详情", "3"], ["302-1", "能源消耗", "12"], ["303-3", "取水", "13"], ["305-1", "直接排放", "14"], ["403-9", "工伤", "20"]])]
    fn = "2024环境社会及治理(ESG)报告.docx"
    render_docx(os.path.join(OUT, fn), b, "2024年度环境、社会及治理报告", "证券部", "某稀土集团股份有限公司 ESG报告", "2024 ESG Report", "zh", DT(2025, 4, 10, 10, 0))
    lab(fn, "clear", [], [], [], "other", None, "zh", True, "ESG report of a rare-earth group: emissions, safety, social data; no process content")


def n03():
    b = [("h1", "1. Executive Summary")] + F(1101, "en", 4) + [("h1", "2. Value Chain Overview"),
         ("p", "The NdFeB value chain runs from mining of bastnäsite, monazite and ionic clays, through cracking and solvent-extraction separation into individual oxides, reduction to metal by molten-salt electrolysis, alloy production, and finally sintered or bonded magnet manufacture. Recycling of swarf and end-of-life magnets is emerging as a secondary source."),
         ("table", [["Stage", "Main producing countries", "Share of China (2024)"], ["Mining", "China, USA, Myanmar, Australia", "~69%"], ["Separation", "China, Malaysia", "~90%"], ["Metal & alloy", "China, Vietnam", "~90%"], ["Sintered magnets", "China, Japan", "~92%"]])] + F(1102, "en", 4)
    b += [("h1", "3. Demand by Application"), ("table", [["Application", "2024 (kt)", "2030F (kt)", "CAGR"], ["EV traction motors", "62", "158", "17%"], ["Wind turbines", "28", "47", "9%"], ["Industrial motors", "41", "58", "6%"], ["Consumer electronics", "35", "39", "2%"]])] + F(1103, "en", 5)
    b += [("h1", "4. Pricing")] + F(1104, "en", 4) + [("h1", "5. Policy and Export Controls")] + F(1105, "en", 4) + [("h1", "6. Company Profiles")] + F(1106, "en", 6) + [("h1", "7. Outlook")] + F(1107, "en", 4)
    fn = "Global_NdFeB_Magnet_Market_2025-2030.pdf"
    render_pdf(os.path.join(OUT, fn), b, "Global NdFeB Permanent Magnet Market 2025–2030", "Meridian Market Research", "Meridian Market Research — Licensed to subscriber", "© 2025 Meridian", "en", created=DT(2025, 1, 15, 12, 0))
    lab(fn, "clear", [], [], [], "other", None, "en", True, "Market study listing process stages and capacity shares; no technology")


def n04():
    b = [("h1", "会议基本情况"), ("p", "第五届董事会第十二次会议于2025年1月9日在公司总部会议室召开,应到董事9名,实到9名,监事及高管列席。")] + [("h1", "一、审议《关于投资建设海外冶炼分离项目的议案》")] + F(1201, "zh", 4)
    b += [("p", "董事会秘书汇报:根据商务部公告2025年第61号、第62号,稀土开采、冶炼分离、金属冶炼、磁材制造及二次资源回收利用相关技术及其载体(管制编码1E902.a),以及相关生产线装配、调试、维护、维修和升级技术(1E902.b)未经许可不得出口。项目涉及向境外合资公司提供工艺包的,须事先申请两用物项出口许可。"),
          ("p", "决议:同意项目进入可研阶段;责成合规部牵头梳理拟转移技术清单,在取得许可前不得向合作方提供任何工艺文件。表决结果:9票同意,0票反对,0票弃权。")]
    b += [("h1", "二、审议《2025年度财务预算》")] + F(1202, "zh", 4) + [("h1", "三、审议《关于聘任高级管理人员的议案》")] + F(1203, "zh", 3) + [("h1", "四、审议《出口管制内部合规制度》")] + F(1204, "zh", 4) + [("h1", "五、其他事项")] + F(1205, "zh", 3)
    fn = "五届十二次董事会会议纪要.docx"
    render_docx(os.path.join(OUT, fn), b, "第五届董事会第十二次会议纪要", "董事会办公室", "董事会会议纪要", "密级:内部", "zh", DT(2025, 1, 10, 15, 0))
    lab(fn, "clear", [], [], [], "other", None, "zh", True, "Board minutes quoting MOFCOM 61/62 and 1E902 codes; compliance discussion only")


def n05():
    b = [("h1", "1 项目概况 Project overview"), ("p", "印尼苏拉威西3000 t/a稀土分离项目 — project management plan covering schedule, budget and organisation only. 技术内容见单独的工艺包(不在本文件范围内)。")] + F(1301, "en", 3)
    b += [("h1", "2 WBS 工作分解结构"), ("table", [["WBS", "工作包 Work package", "负责人 Owner"], ["1.1", "土建 Civil works", "PT Sulawesi Konstruksi"], ["1.2", "萃取车间钢结构 SX building steel", "中方EPC"], ["1.3", "设备采购 Equipment procurement", "采购部"], ["1.4", "电气仪表 E&I", "EPC"], ["1.5", "试车 Pre-commissioning", "业主+EPC"]])]
    b += [("h1", "3 进度计划 Schedule"), ("table", [["里程碑 Milestone", "计划 Plan", "状态 Status"], ["开工 Ground breaking", "2025-03", "完成"], ["主厂房封顶 Roof-on", "2025-10", "进行中"], ["设备到港 Equipment arrival", "2026-01", "—"], ["机械竣工 Mech. completion", "2026-06", "—"], ["投产 First product", "2026-09", "—"]])] + F(1302, "zh", 3)
    b += [("h1", "4 预算 Budget"), ("table", [["科目 Item", "USD m"], ["土建 Civil", "18.2"], ["设备 Equipment", "46.5"], ["安装 Installation", "12.8"], ["间接费 Indirects", "9.4"], ["不可预见 Contingency", "8.6"], ["合计 Total", "95.5"]])] + F(1303, "en", 3)
    b += [("h1", "5 组织 Organisation")] + F(1304, "zh", 3) + [("h1", "6 风险 Risks")] + F(1305, "en", 4) + [("h1", "7 沟通 Communication")] + F(1306, "zh", 3)
    fn = "Sulawesi_PMP_v1.4.docx"
    render_docx(os.path.join(OUT, fn), b, "项目管理计划 Project Management Plan — Sulawesi REE Separation", "PMO", "PMP v1.4", "Sulawesi REE Project", "mixed", DT(2025, 5, 2, 9, 0))
    lab(fn, "clear", [], [], [], "other", None, "mixed", True, "PMP for overseas separation plant with WBS, schedule, budget only; explicitly excludes process package")


def n06():
    grades = [["牌号 Grade", "Br (kG)", "HcJ (kOe)", "(BH)max (MGOe)", "最高温度 Max T"]]
    for g, br, hc, bh, t in [("N35", "11.7-12.1", "≥12", "33-36", "80 ℃"), ("N42", "12.9-13.3", "≥12", "40-43", "80 ℃"), ("N48", "13.7-14.2", "≥12", "46-49", "80 ℃"), ("N52", "14.3-14.8", "≥11", "50-53", "60 ℃"), ("45SH", "13.2-13.7", "≥20", "43-46", "150 ℃"), ("42UH", "12.8-13.2", "≥25", "40-43", "180 ℃"), ("38EH", "12.2-12.6", "≥30", "36-39", "200 ℃"), ("YXG-28", "10.3-10.8", "≥25", "26-28", "350 ℃")]:
        grades.append([g, br, hc, bh, t])
    b = [("h1", "公司简介 About us")] + F(1401, "en", 2) + [("h1", "产品性能表 Grade table"), ("table", grades)]
    b += [("h1", "标准尺寸 Standard sizes"), ("table", [["型号 Part no.", "形状 Shape", "尺寸 Size (mm)", "牌号 Grade", "镀层 Coating"]] + [[f"BK-{i:04d}", "方块 Block" if i % 2 else "圆片 Disc", f"{10+i}×{5+i%4}×{2+i%3}", ["N42", "N52", "45SH"][i % 3], ["NiCuNi", "Zn", "Epoxy"][i % 3]] for i in range(1, 31)])]
    b += [("h1", "镀层选择 Coating guide"), ("table", [["镀层 Coating", "厚度 μm", "盐雾 SST h"], ["NiCuNi", "15-21", "48"], ["Zn", "8-12", "24"], ["Epoxy", "15-25", "200"]])] + F(1402, "zh", 3)
    b += [("h1", "订购须知 Ordering")] + F(1403, "en", 3) + F(1404, "zh", 2)
    fn = "MagStock_2025_catalogue.pdf"
    render_pdf(os.path.join(OUT, fn), b, "MagStock 2025 产品目录 Product Catalogue", "MagStock Trading", "MagStock Trading Ltd · www.magstock.example", "2025 Catalogue", "mixed", created=DT(2025, 1, 6, 9, 0))
    lab(fn, "clear", [], [], [], "other", None, "mixed", True, "Magnet distributor catalogue: grade properties, sizes, coatings of bought magnets; no manufacturing")


def n07():
    b = [("h1", "1. Scope"), ("p", "Design report for the 150 kW IPM traction motor TM-150 for the C-segment EV platform. Magnets are purchased from an approved supplier as finished, coated and unmagnetised segments to drawing M-150-07, grade 48SH, and magnetised after insertion.")] + F(1501, "en", 3)
    b += [("h1", "2. Requirements"), ("table", [["Parameter", "Value"], ["Peak power", "150 kW"], ["Peak torque", "310 N·m"], ["Max speed", "16,000 rpm"], ["DC link", "400 V"], ["Efficiency at 2,000 rpm/100 N·m", "≥ 95.5%"]])]
    b += [("h1", "3. Electromagnetic Design"), ("p", "8-pole, 48-slot, double-V magnet layout, hairpin winding. Magnet volume per rotor 0.92 kg. At 150 °C the supplier's guaranteed minimum Br of 1.29 T and HcJ of 1,590 kA/m were used in FEA."), ("table", [["Case", "Torque (N·m)", "Min. magnet working point (T)", "Irreversible demag"], ["Peak, 25 °C", "312", "0.42", "0%"], ["Peak, 150 °C", "298", "0.28", "0.3%"], ["3-phase short circuit, 150 °C", "—", "0.11", "1.2%"]])] + F(1502, "en", 4)
    b += [("h1", "4. Thermal Design")] + F(1503, "en", 4) + [("h1", "5. Mechanical Design")] + F(1504, "en", 4) + [("h1", "6. Magnet Incoming Inspection"), ("p", "Each lot is checked against the supplier certificate: dimensions, coating thickness, and Br/HcJ on 5 samples per lot by hysteresisgraph.")] + F(1505, "en", 3) + [("h1", "7. Conclusions")] + F(1506, "en", 3)
    fn = "TM-150 motor design report rev C.docx"
    render_docx(os.path.join(OUT, fn), b, "TM-150 IPM Traction Motor — Design Report", "E-Drive Engineering", "TM-150 Design Report Rev C", "Company confidential", "en", DT(2024, 10, 3, 13, 0))
    lab(fn, "clear", [], [], [], "other", None, "en", True, "Motor design report using bought 48SH NdFeB segments; demag FEA and incoming inspection only")


def n08():
    s = [dict(title="铜湿法冶金 萃取-电积(SX-EW)操作培训", bullets=["赞比亚铜矿项目", "2024年7月"]),
         dict(title="流程概述", bullets=["堆浸 → 萃取 → 反萃 → 电积", "阴极铜纯度 ≥ 99.99%"]),
         dict(title="萃取剂", bullets=["LIX 984N 20% v/v", "稀释剂:煤油 Escaid 110"], notes="萃取剂浓度每周分析一次最大负载。"),
         dict(title="萃取级数与相比", table=[["段", "级数", "O/A", "备注"], ["萃取", "2", "1.1", "混合时间 3 min"], ["洗涤", "1", "—", "除Fe、Mn"], ["反萃", "1", "0.8", "反萃液 H₂SO₄ 180 g/L"]]),
         dict(title="电积", bullets=["电流密度 280 A/m²", "电解液 Cu 45 g/L", "不锈钢阴极"], notes="钴盐 150 ppm 保护铅阳极。"),
         dict(title="常见问题", bullets=["第三相与乳化", "夹带损失", "Mn氧化萃取剂"]),
         dict(title="安全", bullets=["酸雾防护", "有机相火灾", "高压直流"]),
         dict(title="考核", bullets=["笔试+实操"])]
    fn = "赞比亚SX-EW操作培训.pptx"
    render_pptx(os.path.join(OUT, fn), s, "铜SX-EW操作培训", "湿法车间", DT(2024, 7, 8, 9, 0))
    lab(fn, "clear", [], [], [], "process-spec", None, "zh", True, "Copper SX-EW training deck (LIX984, O/A, stages); non-RE material, shares SX vocabulary")


def n09():
    b = [("h1", "一、大修概况"), ("p", "二电解车间400 kA预焙铝电解槽3号区共24台槽于2024年完成大修,槽龄平均2160天。大修内容包括拆除旧内衬、砌筑阴极炭块、扎糊、更换侧部碳化硅砖。")] + F(1601, "zh", 3)
    b += [("h1", "二、主要工艺要求"), ("table", [["项目", "要求"], ["阴极炭块", "石墨化,安装间隙 ≤ 2 mm"], ["扎糊", "分层扎固,压缩比 ≥ 1.6"], ["焙烧", "焦粒焙烧 72 h"], ["启动", "湿法启动,灌入电解质 Na₃AlF₆ 分子比 2.6"], ["正常电解温度", "950~960 ℃"]])] + F(1602, "zh", 4)
    b += [("h1", "三、质量与安全")] + F(1603, "zh", 5) + [("h1", "四、费用")] + [("table", [["项目", "万元"], ["材料", "1860"], ["人工", "420"], ["其他", "210"]])] + F(1604, "zh", 4) + [("h1", "五、经验总结")] + F(1605, "zh", 5)
    fn = "二电解3区大修总结报告2024.pdf"
    render_pdf(os.path.join(OUT, fn), b, "400 kA铝电解槽大修总结报告", "二电解车间", "某铝业公司 设备管理", "2024年12月", "zh", created=DT(2024, 12, 18, 9, 0))
    lab(fn, "clear", [], [], [], "process-spec", None, "zh", True, "Aluminium electrolysis cell overhaul (cryolite bath) — fluoride-bath vocabulary, not rare earth")


def n10():
    b = [("h1", "1. Introduction"), ("p", "Feasibility of a 20,000 t/a black-mass hydrometallurgical plant recovering Ni, Co, Mn and Li from spent NCM lithium-ion batteries in Poland.")] + F(1701, "en", 3)
    b += [("h1", "2. Process Description"), ("p", "Black mass is leached in H₂SO₄ with H₂O₂ reductant. After Cu cementation and Fe/Al removal, Mn is extracted with D2EHPA, Co with Cyanex 272 and Ni with Versatic 10; lithium is recovered as carbonate."),
         ("table", [["Circuit", "Extractant", "Stages (E/S/St)", "pH"], ["Mn", "D2EHPA 20%", "4/3/2", "3.0"], ["Co", "Cyanex 272 15%", "5/3/2", "5.2"], ["Ni", "Versatic 10", "4/2/2", "6.8"]])] + F(1702, "en", 3)
    b += [("h1", "3. Capital Cost")] + F(1703, "en", 4) + [("h1", "4. Operating Cost")] + F(1704, "en", 4) + [("h1", "5. Permitting")] + F(1705, "en", 4) + [("h1", "6. Economics and Conclusion")] + F(1706, "en", 4)
    fn = "BlackMass_Hydromet_FS_Poland.docx"
    render_docx(os.path.join(OUT, fn), b, "Feasibility Study — Black Mass Hydrometallurgical Plant", "Vistula Recycling", "FS-VR-2024", "Confidential", "en", DT(2024, 6, 5, 10, 0))
    lab(fn, "clear", [], [], [], "process-spec", None, "en", True, "Li-ion battery recycling FS with D2EHPA/Cyanex 272 SX — not rare earth")


def n11():
    s = [dict(title="铁氧体磁瓦生产线培训 Ferrite Arc Segment Line Training", bullets=["Pune plant", "2024"]),
         dict(title="产品 Products", bullets=["锶铁氧体 Sr-ferrite arc segments", "用于直流电机 for DC motors"]),
         dict(title="工艺流程 Process flow", bullets=["预烧料 Calcined powder → 湿磨 wet milling → 湿压成型 wet pressing in field → 烧结 sintering → 磨加工 grinding"]),
         dict(title="关键参数 Key parameters", table=[["工序 Step", "参数 Parameter"], ["湿磨 Wet milling", "0.7 μm, 添加 CaCO₃ 0.8%, SiO₂ 0.4%"], ["成型 Pressing", "磁场 0.8 T, 浆料固含量 68%"], ["烧结 Sintering", "1200 ℃ × 2 h, 空气"], ["性能 Properties", "Br 420 mT, HcJ 320 kA/m"]]),
         dict(title="质量控制 QC", bullets=["尺寸 dimensions", "外观 appearance", "磁通 flux"]),
         dict(title="安全 Safety", bullets=["粉尘 dust", "窑炉高温 kiln heat"]),
         dict(title="设备维护 Equipment care", bullets=["球磨机衬板 mill liners", "压机模具 press dies", "隧道窑 tunnel kiln"]),
         dict(title="总结 Summary", bullets=["Questions?"])]
    fn = "Pune ferrite line training.pptx"
    render_pptx(os.path.join(OUT, fn), s, "Ferrite line training", "Training", DT(2024, 11, 11, 9, 0))
    lab(fn, "clear", [], [], [], "process-spec", None, "mixed", True, "Sr-ferrite magnet line training with sintering parameters — ferrite, not RE magnets")


def n12():
    b = [("h1", "一、市场综述")] + F(1801, "zh", 4) + [("h1", "二、价格走势"), ("table", [["产品", "2024年初/万元·吨⁻¹", "2024年末", "涨跌"], ["氧化镨钕", "46.5", "41.8", "-10.1%"], ["氧化镝", "2100(元/kg)", "1650", "-21.4%"], ["氧化铽", "8200(元/kg)", "5900", "-28.0%"], ["镨钕金属", "57.2", "51.6", "-9.8%"]])] + F(1802, "zh", 4)
    b += [("h1", "三、供给分析"), ("p", "国内稀土开采、冶炼分离实行总量控制指标管理。2024年第一批开采指标13.5万吨、冶炼分离指标12.7万吨。海外方面,缅甸离子型矿进口量波动较大。")] + F(1803, "zh", 4)
    b += [("h1", "四、需求分析")] + F(1804, "zh", 5) + [("h1", "五、政策动态")] + F(1805, "zh", 4) + [("h1", "六、2025年展望")] + F(1806, "zh", 4)
    fn = "2024年稀土市场年度分析.pdf"
    render_pdf(os.path.join(OUT, fn), b, "2024年中国稀土市场年度分析报告", "某咨询公司研究部", "行业研究 · 稀土", "仅供参考", "zh", created=DT(2025, 1, 20, 9, 0))
    lab(fn, "clear", [], [], [], "other", None, "zh", True, "Rare-earth market/price annual review; quotas and prices only")
# =====================================================================  EXCLUDED
REFS_EN = [("ul", [f"[{i}] " + r for i, r in enumerate([
    "Xie F, Zhang TA, Dreisinger D, Doyle F. A critical review on solvent extraction of rare earths from aqueous solutions. Miner Eng 2014;56:10–28.",
    "Gupta CK, Krishnamurthy N. Extractive Metallurgy of Rare Earths. CRC Press; 2005.",
    "Binnemans K, Jones PT, Blanpain B, et al. Recycling of rare earths: a critical review. J Clean Prod 2013;51:1–22.",
    "Sagawa M, Fujimura S, Togawa N, et al. New material for permanent magnets on a base of Nd and Fe. J Appl Phys 1984;55:2083–7.",
    "Xu GX. Rare Earths. 2nd ed. Beijing: Metallurgical Industry Press; 1995."], 1)])]


def x01():
    b = [("p", "Journal of Rare Earths 43 (2025) 812–824 · https://doi.org/10.1016/j.jre.2024.05.019 · Received 3 March 2024; accepted 20 May 2024"),
         ("h1", "Abstract"), ("p", "Counter-current extraction of Pr/Nd with P507 in a 60-stage mixer-settler cascade was studied at pilot scale. With 1.5 mol/L P507 saponified to 36%, a feed of 1.2 mol/L chloride and a scrub of 4.0 mol/L HCl, Nd₂O₃ of 99.9% purity was obtained at 98.6% recovery. Keywords: rare earths; solvent extraction; P507; cascade"),
         ("h1", "1. Introduction")] + F(1901, "en", 3, "acad") + [("h1", "2. Experimental"), ("table", [["Parameter", "Value"], ["P507", "1.5 mol/L in sulfonated kerosene"], ["Saponification", "36% (NH₄OH)"], ["Stages", "25 E + 35 S"], ["O/A (extraction)", "8.2"], ["Residence time", "4 min"]])] + F(1902, "en", 2, "acad")
    b += [("h1", "3. Results and discussion")] + F(1903, "en", 5, "acad") + [("h1", "4. Conclusions")] + F(1904, "en", 2, "acad") + [("h1", "References")] + REFS_EN
    fn = "jre_2025_812_PrNd_cascade.pdf"
    render_pdf(os.path.join(OUT, fn), b, "Pilot-scale separation of praseodymium and neodymium with P507 in a 60-stage mixer-settler cascade", "Li Q; Wang H; Chen Y", "Journal of Rare Earths 43 (2025) 812–824", "© 2024 Chinese Society of Rare Earths. Published by Elsevier B.V.", "en", subtitle="Qiang Li, Hong Wang, Yu Chen — Baotou Research Institute of Rare Earths", created=DT(2024, 6, 1, 9, 0), fs=9.5)
    lab(fn, "excluded", ["1E902.a"], ["separation"], [], "process-spec", "public-domain", "en", False, "Published J. Rare Earths paper with DOI and references on P507 PrNd cascade")


def x02():
    b = [("p", "中国稀土学报 第42卷 第3期 2024年6月 · DOI: 10.11785/S1000-4343.20240305 · 收稿日期:2023-11-02;修订日期:2024-01-15"),
         ("h1", "摘要"), ("p", "采用Tb浆料涂覆晶界扩散工艺处理6 mm厚烧结钕铁硼磁体,在900 ℃扩散10 h、500 ℃回火4 h后,矫顽力由14.2 kOe提高到24.1 kOe,剩磁仅下降0.15 kG。关键词:钕铁硼;晶界扩散;铽;矫顽力"),
         ("h1", "1 引言")] + F(2001, "zh", 3, "acad") + [("h1", "2 实验方法"), ("table", [["参数", "数值"], ["基体磁体", "N52,6 mm"], ["Tb涂覆量", "0.6 wt%"], ["扩散", "850~950 ℃,5~15 h"], ["回火", "500 ℃×4 h"]])] + F(2002, "zh", 2, "acad")
    b += [("h1", "3 结果与讨论")] + F(2003, "zh", 5, "acad") + [("h1", "4 结论")] + F(2004, "zh", 2, "acad") + [("h1", "参考文献")] + REFS_EN
    fn = "中国稀土学报2024-3-晶界扩散Tb.pdf"
    render_pdf(os.path.join(OUT, fn), b, "Tb晶界扩散对厚规格烧结钕铁硼磁体矫顽力的影响", "王磊; 刘洋", "中国稀土学报 2024, 42(3): 455-466", "中国稀土学会 版权所有", "zh", subtitle="王磊,刘洋(北京工业大学 材料科学与工程学院)", created=DT(2024, 6, 20, 9, 0), fs=9.5)
    lab(fn, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "public-domain", "zh", False, "Published Chinese journal article (DOI, volume) on Tb grain-boundary diffusion of NdFeB")


def x03():
    b = [("h1", "权利要求书"),
         ("p", "1. 一种钕铁硼废料的回收方法,其特征在于,包括以下步骤:(1)将钕铁硼油泥真空干燥除油;(2)于750~850 ℃氧化焙烧2~4 h;(3)用盐酸在pH 3.5~4.5、80~90 ℃条件下优先溶解稀土,铁以Fe₂O₃形式留于渣中;(4)浸出液经P507萃取分离得到镨钕和镝铽富集物。"),
         ("p", "2. 根据权利要求1所述的方法,其特征在于,步骤(2)中焙烧在回转窑中进行,空气过量系数为1.2~1.5。"),
         ("p", "3. 根据权利要求1所述的方法,其特征在于,步骤(3)中液固比为3:1~5:1。"),
         ("h1", "说明书"), ("h2", "技术领域"), ("p", "本发明涉及稀土二次资源回收技术领域,具体涉及一种钕铁硼废料的回收方法。"),
         ("h2", "背景技术")] + F(2101, "zh", 3, "acad") + [("h2", "发明内容")] + F(2102, "zh", 3, "acad") + [("h2", "具体实施方式"),
         ("p", "实施例1:取钕铁硼油泥1000 kg,120 ℃真空干燥后于800 ℃焙烧3 h,焙砂以6 mol/L盐酸在85 ℃、终点pH 4.0浸出2 h,稀土浸出率98.7%,铁浸出率0.3%。"),
         ("p", "实施例2:焙烧温度750 ℃,其余同实施例1,稀土浸出率97.9%。"),
         ("h1", "说明书摘要"), ("p", "本发明公开了一种钕铁硼废料的回收方法,通过控制氧化焙烧与盐酸优溶条件,实现稀土与铁的高效分离。"),
         ("h1", "说明书附图"), ("p", "图1为本发明的工艺流程图。")]
    fn = "发明专利申请_钕铁硼废料回收方法_递交稿.docx"
    render_docx(os.path.join(OUT, fn), b, "发明专利申请文件:一种钕铁硼废料的回收方法", "某专利代理事务所", "申请号:202410xxxxxx.X", "发明专利申请", "zh", DT(2024, 9, 9, 10, 0))
    lab(fn, "excluded", ["1E902.a"], ["recycling"], [], "process-spec", "patent-filing", "zh", False, "Chinese invention patent application (claims, description, abstract, figures) on NdFeB sludge roast/leach")


def x04():
    b = [("p", "Metallurgical and Materials Transactions B, Vol. 55B, August 2024, pp. 2451–2466 · https://doi.org/10.1007/s11663-024-03122-4 · Manuscript submitted December 4, 2023; accepted April 12, 2024"),
         ("h1", "Abstract"), ("p", "Neodymium electrowinning from NdF₃–LiF melts with Nd₂O₃ feed was examined in a 3 kA cell. Current efficiency of 82% was achieved at 1050 °C with a cathode current density of 6 A/cm² and anode current density of 1 A/cm²; PFC emission onset correlated with oxide depletion below 1 wt%."),
         ("h1", "I. Introduction")] + F(2201, "en", 3, "acad") + [("h1", "II. Experimental"), ("table", [["Parameter", "Value"], ["Bath", "NdF₃:LiF 87:13 wt%"], ["Temperature", "1030–1070 °C"], ["Cathode", "W rod, 6 A/cm²"], ["Anode", "Graphite, 1 A/cm²"], ["Oxide feed", "2–4 wt% Nd₂O₃"]])] + F(2202, "en", 2, "acad")
    b += [("h1", "III. Results")] + F(2203, "en", 5, "acad") + [("h1", "IV. Conclusions")] + F(2204, "en", 2, "acad") + [("h1", "References")] + REFS_EN
    fn = "MMTB_2024_Nd_electrowinning_3kA.pdf"
    render_pdf(os.path.join(OUT, fn), b, "Current Efficiency and Anode Effect in Neodymium Electrowinning from Fluoride Melts in a 3 kA Cell", "Smith J; Zhao K", "Metall Mater Trans B 55B (2024) 2451–2466", "© The Minerals, Metals & Materials Society and ASM International 2024", "en", subtitle="J. Smith, K. Zhao", created=DT(2024, 7, 15, 9, 0), fs=9.5)
    lab(fn, "excluded", ["1E902.a"], ["metal-smelting"], [], "process-spec", "public-domain", "en", False, "Published MMTB paper (DOI, volume) on Nd fluoride-bath electrowinning")


def x05():
    b = [("p", "International Application No. PCT/CN2024/0xxxxx · Applicant: Ningbo Magnetics Co., Ltd. · Title: Method for producing a high-temperature Sm2Co17-type sintered magnet"),
         ("h1", "Claims"),
         ("p", "1. A method for producing a Sm₂Co₁₇-type sintered magnet, comprising: melting an alloy consisting of 24.5–26.0 wt% Sm, 15–19 wt% Fe, 5–7 wt% Cu, 2.5–3.2 wt% Zr and balance Co; milling to a mean particle size of 3–5 μm; pressing in a magnetic field of at least 1.5 T; sintering at 1190–1225 °C; solution treating at 1160–1195 °C; and ageing at 800–850 °C followed by slow cooling at 0.5–1.0 °C/min to 400 °C."),
         ("p", "2. The method of claim 1, wherein the ageing time is 10–20 h."),
         ("p", "3. The method of claim 1, wherein the solution-treated body is quenched by argon gas at a cooling rate of at least 40 °C/min."),
         ("h1", "Description"), ("h2", "Technical Field"), ("p", "The present invention relates to rare-earth permanent magnets, and in particular to 2:17-type samarium-cobalt magnets for use above 300 °C."),
         ("h2", "Background Art")] + F(2301, "en", 3, "acad") + [("h2", "Summary of the Invention")] + F(2302, "en", 3, "acad") + [("h2", "Detailed Description of Embodiments"),
         ("table", [["Example", "Sm wt%", "Solution (°C/h)", "Ageing (°C/h)", "HcJ (kOe)"], ["1", "25.0", "1185/3", "830/12", "28.4"], ["2", "25.5", "1180/4", "840/15", "31.2"], ["Comparative 1", "23.8", "1185/3", "830/12", "19.7"]])] + F(2303, "en", 2, "acad") + [
         ("h1", "Abstract"), ("p", "A method for producing a high-temperature Sm₂Co₁₇-type sintered magnet with improved coercivity is disclosed."),
         ("h1", "Brief Description of Drawings"), ("p", "FIG. 1 shows the heat-treatment profile; FIG. 2 shows demagnetisation curves of Examples 1 and 2.")]
    fn = "PCT draft - Sm2Co17 high temperature magnet - for attorney.docx"
    render_docx(os.path.join(OUT, fn), b, "PCT Application — Method for Producing a High-Temperature Sm2Co17-Type Sintered Magnet", "IP Department", "PCT filing draft — privileged", "For patent attorney review", "en", DT(2024, 11, 4, 16, 0))
    lab(fn, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "process-spec", "patent-filing", "en", False, "PCT patent application draft (claims, description, abstract, drawings) on 2:17 SmCo")


def x06():
    b = [("p", "有色金属科学与工程 第15卷 第2期 2024年4月 · DOI: 10.13264/j.cnki.ysjskx.2024.02.011 · 收稿日期:2023-09-18"),
         ("h1", "摘要"), ("p", "以硫酸镁为浸矿剂开展离子吸附型稀土矿柱浸及原地浸矿现场试验。浸矿剂浓度3%、pH 5.0、液固比1.0时稀土浸出率达93.2%。关键词:离子型稀土;硫酸镁;原地浸矿"),
         ("h1", "1 引言")] + F(2401, "zh", 3, "acad") + [("h1", "2 试验材料与方法"), ("table", [["条件", "范围"], ["MgSO₄浓度", "1%~5%"], ["pH", "4.0~6.0"], ["注液速度", "0.5~2.0 mL/min"], ["液固比", "0.5~1.5"]])] + F(2402, "zh", 2, "acad")
    b += [("h1", "3 结果与讨论")] + F(2403, "zh", 5, "acad") + [("h1", "4 结论")] + F(2404, "zh", 2, "acad") + [("h1", "参考文献")] + REFS_EN
    fn = "有色金属科学与工程2024-02-硫酸镁浸矿.pdf"
    render_pdf(os.path.join(OUT, fn), b, "硫酸镁浸取离子吸附型稀土矿的柱浸与现场试验研究", "陈明; 黄强", "有色金属科学与工程 2024, 15(2): 98-107", "江西理工大学学报编辑部", "zh", subtitle="陈明,黄强(江西理工大学)", created=DT(2024, 4, 25, 9, 0), fs=9.5)
    lab(fn, "excluded", ["1E902.a"], ["mining"], [], "process-spec", "public-domain", "zh", False, "Published Chinese journal article (DOI) on MgSO4 leaching of ionic clay")


if __name__ == "__main__":
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12,
               n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12,
               x01, x02, x03, x04, x05, x06]:
        fn()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(LABELS), "files")
