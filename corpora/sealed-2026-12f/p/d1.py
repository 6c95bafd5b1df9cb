from lib import *
import datetime as dt

def run():
    # C1 technical annex, PrNd electrolysis, zh, a+b
    fn = "合作协议/附件3-技术附件（镨钕金属电解线）_v2.1.docx"
    docx(fn, [
        ("h1", "附件3  技术附件"),
        ("p", "本附件为甲方（赣州某金属材料有限公司）与乙方（PT Logam Nusantara）签订的《镨钕金属冶炼线技术合作协议》（合同号 GZLN-2025-017）不可分割的组成部分，与协议正文具有同等效力。"),
        ("h2", "1. 技术范围"),
        ("p", "甲方向乙方提供年产800吨镨钕金属氧化物熔盐电解生产线的工艺技术包，包括电解工艺条件、原料及辅料规格、槽体结构与内衬设计、设备安装与开槽调试方案、操作与检修规程，并派遣工程师赴乙方现场进行安装指导和开车服务。"),
        ("h2", "2. 主要工艺条件"),
        ("t", [["项目", "指标", "备注"],
               ["电解槽型", "6 kA 圆形石墨槽（上插阴极）", "共24台，分两列"],
               ["电解质体系", "(Pr,Nd)F3 – LiF，质量比 86:14", "LiF 纯度≥99.5%"],
               ["电解温度", "1040 ± 15 ℃", "每2 h 用W-Re热电偶测一次"],
               ["阴极电流密度", "6.0 – 6.8 A/cm²", "钨阴极 φ70 mm"],
               ["阳极电流密度", "0.9 – 1.1 A/cm²", "石墨阳极分4块拼装"],
               ["槽电压", "9.0 – 10.5 V", ">11 V 视为阳极效应前兆"],
               ["加料方式", "氧化物连续加料，每3 min 一次，单次0.55 kg", "氧化物含水≤0.3%"],
               ["出金周期", "2 h", "钼坩埚虹吸出金"],
               ["电流效率", "≥ 82%", "考核指标"],
               ["产品", "PrNd ≥ 99.5%，Fe ≤ 0.1%，C ≤ 0.03%，O ≤ 0.03%", "Pr:Nd = 25:75"]]),
        ("p", "电解质中氧化物溶解度约为2.5%～3%，加料速度须与电流匹配，避免槽底沉积（泥渣）。阳极消耗约0.12 kg/kg金属，阳极剩余厚度低于40 mm 时更换。"),
        ("h2", "3. 安装与调试"),
        ("bl", ["槽体安装：槽壳水平度≤2 mm/m，石墨坩埚与保温层间填充干燥氧化铝粉，烘烤前静置48 h。",
                "烘槽：石墨电阻烘烤，24 h 升至 300 ℃，再以 25 ℃/h 升至 900 ℃，保温 8 h。",
                "开槽：先加入预熔电解质约 180 kg，通电后按 1.5 kA→3 kA→4.5 kA→6 kA 分四步升电流，每步稳定不少于 2 h。",
                "调试验收：连续72 h 运行，电流效率≥80%、直收率≥95% 视为合格。"]),
        ("h2", "4. 维护"),
        ("p", "每班清理阴极结瘤一次；每月检查导电排接触压降（≤15 mV）；槽龄达 10 个月或漏槽时进行大修，大修内容包括更换石墨坩埚、检查钼衬底和重新砌筑保温层。"),
        ("h2", "5. 交付文件清单"),
        ("nl", ["电解槽总装图及零部件图（DWG，共37张）", "电解车间工艺操作规程", "电解槽烘槽开槽作业指导书", "检修规程及备件清单", "培训教材（中英文）"]),
        ("p", "甲方联系人：刘工  乙方联系人：Mr. Hendra Wijaya"),
    ], author="liuyanbo", title="附件3 技术附件")
    label(fn, "controlled", ["1E902.a", "1E902.b"], ["metal-smelting"], [], "process-spec", None, "zh", False,
          "Technical annex to a cooperation agreement with Indonesian partner: PrNd fluoride-bath electrolysis conditions plus installation/bake-out/start-up and maintenance")

    # C2 licensing annex SX, en, a
    fn = "Licensing/Schedule B - Technical Package (SX circuit) rev C.docx"
    docx(fn, [
        ("h1", "SCHEDULE B – TECHNICAL PACKAGE"),
        ("p", "to the Technology Licence Agreement between Jiangxi Hengyuan Materials Co., Ltd. (\"Licensor\") and Northgate Critical Minerals Pty Ltd (\"Licensee\") dated 3 March 2025"),
        ("h2", "B.1 Feed"),
        ("p", "Chloride liquor from HCl dissolution of mixed carbonate, adjusted to 1.45–1.55 mol/L REO equivalent, pH 2.0–2.5 (free acid < 0.05 mol/L), Fe < 5 mg/L, Al < 20 mg/L. Typical distribution (% of TREO): La 24.8, Ce 49.5, Pr 5.1, Nd 17.2, Sm+heavies 3.4."),
        ("h2", "B.2 Extractant"),
        ("p", "1.5 mol/L 2-ethylhexyl phosphonic acid mono-2-ethylhexyl ester (HEH/EHP, P507) in sulphonated kerosene. Saponification with 10.5 mol/L NH4OH (or NaOH where ammonium discharge is limited) to 36% ± 1% in an in-line mixer ahead of stage 1; saponified organic is pre-loaded with lanthanum by contact with feed liquor (\"La soap\") before entering the Ce/Pr split so that no NH4+ enters the main cascade."),
        ("h2", "B.3 Cascade configuration"),
        ("t", [["Section", "Split", "Stages (extr./scrub)", "O/A (org:feed:scrub)", "Scrub / strip acid"],
               ["S1", "LaCe / PrNd", "38 / 42", "1 : 0.21 : 0.072", "HCl 5.2 mol/L"],
               ["S2", "La / Ce", "45 / 40", "1 : 0.33 : 0.061", "HCl 4.8 mol/L"],
               ["S3", "Pr / Nd", "60 / 70", "1 : 0.11 : 0.083", "HCl 5.0 mol/L"],
               ["Strip", "Nd, heavies", "8 stages", "A/O 0.15", "HCl 6.0 mol/L"]]),
        ("p", "Mixer residence time 4.5 min, settler specific area 3.0 m²/(m³/h). Operate at 25–35 °C. Aqueous-continuous in the mixers of extraction stages; organic-continuous in the scrub section. Profile monitoring: sample stages 12, 25, 40, 60 and 80 each shift for Pr/(Pr+Nd) by XRF; if Pr/(Pr+Nd) in stage 60 rises above 8%, reduce scrub flow by 3% steps."),
        ("h2", "B.4 Precipitation and calcination"),
        ("p", "Oxalic acid (100 g/L) at 1.15× stoichiometric, 60 °C, 30 min ageing; wash to Cl- < 100 ppm; calcine at 950 °C for 2 h in a pusher kiln. Product: Nd2O3 ≥ 99.5%/TREO, Pr6O11 ≥ 99.0%, La2O3 ≥ 99.99%, CeO2 ≥ 99.95%."),
        ("h2", "B.5 Deliverables"),
        ("bl", ["Process flow diagrams and mass balance (PFD-101 to PFD-108)", "Stage-wise equilibrium model (spreadsheet) and set-points", "Operating manual, start-up and shut-down procedures", "Analytical methods manual"]),
    ], author="Chen Li", title="Schedule B")
    label(fn, "controlled", ["1E902.a"], ["separation"], [], "process-spec", None, "en", False,
          "Licence agreement schedule giving P507 cascade stage counts, O/A ratios, saponification, oxalate precipitation and calcination")

    # C3 training PPTX sintering, mixed, notes
    fn = "Training/HaiPhong plant/Module 3 - Sintering & Heat Treatment (operators).pptx"
    pptx(fn, [
        ("Module 3  Sintering & Heat Treatment\n第三模块 烧结与回火", "Operator training – Hai Phong plant, batch 2\nTrainer: 王振 / Version 2025-08", "开场先点名，越方翻译阿Linh在场。本模块约3小时，最后20分钟做测验。"),
        ("Why vacuum sintering 为什么要真空烧结", ["Green compacts after isostatic pressing: density ~4.3 g/cm³", "Target after sintering: ≥ 7.55 g/cm³", "Nd-rich phase melts at ~655 °C → liquid-phase sintering", "Oxygen pickup kills HcJ — keep O ≤ 1500 ppm in magnet"], "强调：生坯从压机到装炉不能超过30分钟，必须在氮气保护箱内摆料。氧含量每高500 ppm，HcJ大约掉0.8 kOe。"),
        ("Sintering curve 烧结曲线 (grade 45SH)", ["RT → 400 °C, 3 °C/min, hold 60 min (dehydrogenation / lubricant removal)", "400 → 850 °C, 5 °C/min, hold 120 min (H2 release)", "850 → 1050 °C, 3 °C/min, hold 4.5 h", "Ar quench to < 80 °C, fan on", "Vacuum ≤ 5×10⁻² Pa before 850 °C"], "1050是45SH的点，48H用1045，52M用1060。保温时间根据装炉量调整，满炉（600 kg）要加30分钟。如果450度附近真空回升超过1 Pa，说明还在放氢，延长保温，不要硬升温。"),
        ("Two-stage tempering 二级回火", ["1st stage: 900 °C × 2 h, Ar quench", "2nd stage: 490–520 °C × 3 h, Ar quench", "Adjust 2nd stage in 10 °C steps by test sample HcJ", "Record on form QR-HT-07"], "二级回火温度是调矫顽力最灵敏的参数。每炉抽3块φ10×10试样测B-H曲线，HcJ低于规格下限就把二级回火往下调10度重做。"),
        ("Grain boundary diffusion 晶界扩散 (Tb)", ["Tb paste coat 0.6 wt% of magnet mass (both poles)", "Diffusion: 920 °C × 15 h in vacuum", "Then 500 °C × 4 h tempering", "ΔHcJ ≈ +9 to +11 kOe, ΔBr ≈ −0.2 kGs", "Max thickness in magnetising direction: 6 mm"], "这个是客户最关心的，注意：厚度超过6 mm效果很差，中心扩散不到。涂覆后先80度烘干20分钟再装炉。"),
        ("Common defects 常见缺陷", ["Cracks → heating too fast between 400–850 °C", "Low density → under-temperature or short hold", "Abnormal grain growth → over-temperature >1080 °C", "Bubbles/pits on surface → residual lubricant"], "让学员自己说说每种缺陷对应哪个工序。"),
    ], author="Wang Zhen", title="Module 3 Sintering")
    label(fn, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "mixed", False,
          "Training deck for an overseas plant with sintering/tempering curves and Tb grain-boundary diffusion parameters, more detail in speaker notes")

    # C4 quiz zh, HD/jet mill, no 稀土
    fn = "Training/HaiPhong plant/模块二考核试题（含答案）.docx"
    docx(fn, [
        ("h1", "模块二 制粉工序 考核试题（教师用，含参考答案）"),
        ("p", "适用：海防工厂操作工第二期   时间：40分钟   满分100分"),
        ("h2", "一、填空题（每空3分）"),
        ("nl", ["速凝薄带的厚度应控制在 ____ mm。答案：0.25～0.35",
                "铜辊线速度一般为 ____ m/s。答案：1.2～1.6",
                "氢破吸氢阶段通入氢气压力 ____ MPa，室温吸氢至压力不再下降。答案：0.1～0.15",
                "脱氢温度 ____ ℃，保温 ____ h。答案：550～580；6",
                "气流磨使用 ____ 作为研磨气体，氧含量应 ≤ ____ ppm。答案：高纯氮气；20",
                "气流磨出粉粒度 D50 = ____ μm（SMD法）。答案：3.0～3.3",
                "分级轮转速提高，粉末粒度变 ____。答案：细"]),
        ("h2", "二、选择题（每题5分）"),
        ("nl", ["制粉前添加的抗氧化剂/润滑剂加入量为：A. 0.05%  B. 0.1%  C. 0.5%  D. 1%　答案：B（氢破后加入，气流磨后再补加0.05%）",
                "氢破料在空气中暴露会：A. 无影响  B. 氧化发热甚至自燃  C. 粉末变粗　答案：B",
                "若速凝片中出现大量α-Fe枝晶，最可能原因：A. 辊速过低  B. 浇注温度过低  C. 辊速过高　答案：A",
                "气流磨细粉（<1 μm）比例过高会导致：A. 剩磁升高  B. 烧结异常长大和氧含量升高  C. 无影响　答案：B"]),
        ("h2", "三、简答题（每题15分）"),
        ("p", "1. 简述从速凝片到取向压制前的工艺流程及各工序关键控制点。\n参考答案：速凝片（浇注温度1450～1480℃）→ 氢破（吸氢、550℃脱氢，残氢≤1500 ppm）→ 加0.1%润滑剂混料2 h → 气流磨（研磨压力0.65 MPa，分级轮3200 rpm）→ 细粉混料4 h → 在氮气保护下取向压制（磁场≥1.8 T）。全程氧含量控制。"),
        ("p", "2. 为什么速凝片要有均匀的柱状晶和细小的富钕相分布？\n参考答案：柱状晶宽3～5 μm时，氢破和气流磨后易得到单晶颗粒，富钕相分布均匀可保证烧结后晶界连续，提高矫顽力。"),
    ], author="王振", title="模块二考核试题")
    label(fn, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "zh", False,
          "Operator quiz with answers giving strip-casting, hydrogen decrepitation and jet-milling parameters; never says 稀土 or 钕铁硼")

    # C5 Q&A log xlsx SmCo en
    fn = "Customer support/Issue tracker export - Arnhold SmCo line (2025-09).xlsx"
    rows = [["Key", "Created", "Reporter", "Summary", "Status", "Answer / Resolution", "Assignee"],
            ["ASM-114", "2025-09-02", "K. Dietrich", "2:17 ingot shows Sm loss after melting", "Resolved", "Add 2.5 wt% Sm excess over nominal to compensate evaporation; melt under 0.06 MPa Ar; keep superheat short (<3 min above 1400 °C). Composition target Sm25.5 Co50.2 Fe17.0 Cu5.8 Zr2.9 wt%.", "Zhou Peng"],
            ["ASM-117", "2025-09-05", "K. Dietrich", "Solution treatment temperature?", "Resolved", "Sinter 1215 °C × 1 h, then cool to 1190 °C and hold 3 h for solutionising; quench in Ar with fan. 5 °C too high gives 1:5 liquid and Br drop.", "Zhou Peng"],
            ["ASM-121", "2025-09-09", "M. Schaller", "HcJ only 18 kOe after ageing", "Resolved", "Check ageing: 830 °C × 12 h, then slow cool 0.7 °C/min to 400 °C, hold 10 h, quench. Your log shows 2 °C/min – too fast, cell boundary Cu enrichment incomplete. Re-age same parts.", "Zhou Peng"],
            ["ASM-122", "2025-09-09", "M. Schaller", "Powder size for 2:17", "Resolved", "Jet mill to 3.8–4.2 µm FSSS; 2:17 is less oxygen-sensitive than NdFeB but keep powder under N2; press in 1.5 T field, CIP 200 MPa.", "Li Qian"],
            ["ASM-126", "2025-09-15", "J. van Eck", "1:5 grade YX-20 process", "Open", "Sm37 Co63 (wt%), sinter 1130 °C × 1.5 h, post-anneal 900 °C × 2 h; details follow in call 18 Sep.", "Zhou Peng"],
            ["ASM-130", "2025-09-22", "K. Dietrich", "Furnace TC drift", "Resolved", "Calibrate type-S TC every 3 months; ±3 °C at 1190 °C matters for 2:17.", "Li Qian"]]
    xlsx(fn, [("Issues", rows)], author="Zhou Peng")
    label(fn, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "parameter-sheet", None, "en", False,
          "Issue-tracker answers to a German customer's engineers: SmCo 2:17 composition, solutionising, ageing/slow-cool, 1:5 sintering; no 'rare earth'")
