from lib import *

def build():
    # K1 buyer's guide draft zh docx with pasted sintering/ageing recipe
    write_docx("高矫顽力钕铁硼选型指南_v0.3(草稿).docx", [
        ("title", "高矫顽力钕铁硼磁钢 客户选型指南（草稿 v0.3）"),
        ("p", "市场部 / 技术支持  2025-05  ——  发布前请技术部审核"),
        ("h1", "1 牌号与温度等级"),
        ("table", [["牌号", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "Tw (℃)"],
                   ["N45SH", "1.32–1.38", "≥1592", "342–366", "150"], ["N42UH", "1.29–1.33", "≥1990", "318–342", "180"],
                   ["N40EH", "1.25–1.29", "≥2388", "302–326", "200"], ["48H", "1.37–1.42", "≥1353", "366–390", "120"]]),
        ("h1", "2 如何选择镀层"),
        ("p", "驱动电机推荐环氧或磷化；消费电子推荐 NiCuNi。"),
        ("h1", "3 为什么我们的 SH/UH 牌号一致性好（技术说明）"),
        ("p", "【以下段落摘自三车间《烧结回火作业指导书》WI-SJ-03 rev.6，供撰写参考，定稿前删除/改写】"),
        ("p", "装炉：生坯剥离油封袋后装入石墨料盒，每盒 ≤ 18 kg，料盒间距 ≥ 30 mm。抽真空至 ≤ 5×10⁻² Pa 后开始升温。升温程序：室温→300 ℃（3 ℃/min），保温 1 h 脱除成型剂；300→600 ℃，保温 2 h 脱氢，保温期间真空度须回升至 ≤ 1×10⁻¹ Pa 方可继续；600→850 ℃ 保温 1.5 h 均温；以 2 ℃/min 升至烧结温度。"),
        ("table", [["牌号", "烧结温度/时间", "一级回火", "二级回火", "密度要求 g/cm³"],
                   ["N45SH", "1065 ℃ × 5 h", "900 ℃ × 2.5 h，充Ar风冷至 ≤80 ℃", "495 ℃ × 4 h", "≥ 7.56"],
                   ["N42UH", "1060 ℃ × 6 h", "890 ℃ × 3 h", "505 ℃ × 4 h", "≥ 7.58"],
                   ["48H", "1070 ℃ × 4.5 h", "910 ℃ × 2 h", "480 ℃ × 3.5 h", "≥ 7.55"]]),
        ("p", "烧结结束充高纯 Ar 至 80 kPa，风机冷却至 ≤ 80 ℃ 出炉。HcJ 偏低 ≥ 40 kA/m 时二级回火温度按 ±10 ℃ 调整并复测；方形度 Hk/HcJ < 0.95 时检查烧结温度是否偏高、炉内温差是否超过 ±4 ℃。"),
        ("h1", "4 联系我们"),
        ("p", "技术支持热线：0797-XXXXXXX"),
    ], author="marketing02", title="选型指南草稿")
    label("高矫顽力钕铁硼选型指南_v0.3(草稿).docx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"],
          "other", "zh", False, "Buyer's guide draft with pasted factory sintering/ageing recipe (temps, times, vacuum, correction rules)")

    # K2 SmCo guide draft en md
    write_text("smco-buyers-guide-draft.md", """# Samarium Cobalt Magnets - Buyer's Guide (DRAFT for website)

Owner: marketing (K. Hale) - tech review: R. Osei - last edit 2025-06-02

## 1. SmCo5 or Sm2Co17?

| | SmCo5 (1:5) | Sm2Co17 (2:17) |
|---|---|---|
| (BH)max | 16-23 MGOe | 24-32 MGOe |
| Max temperature | 250 °C | 300-350 °C |
| alpha(Br) | -0.05 %/°C | -0.03 %/°C |
| Machinability | brittle | more brittle |

Choose 2:17 when you need the highest temperature stability; 1:5 is easier to magnetise (lower field needed).

## 2. Why our 2:17 grades hold coercivity at 350 °C

> **[INTERNAL - pasted from Line 2 heat-treat sheet HT-217-04, do NOT publish; Rosa to rewrite as one marketing sentence]**
>
> Alloy (wt%): Sm 25.6, Fe 15.8, Cu 5.6, Zr 2.9, Co balance. Induction melt under Ar, cast into water-cooled Cu mould. Crush, then jet mill to FSSS 3.8-4.2 µm (N2, O2 < 100 ppm). Align in 1.8 T field, die press, then CIP 200 MPa.
>
> Sinter 1210 °C x 1 h under Ar, then without cooling drop to 1185 °C for solution treatment x 3 h; fast gas quench (fan on, >= 100 °C/min to below 600 °C).
>
> Ageing: 830 °C x 12 h; slow cool at 0.7 °C/min to 400 °C; hold 400 °C x 4 h; quench. For the 350 °C grade (YXG26H) use 815 °C x 16 h and 0.5 °C/min.
>
> If HcJ < 25 kOe: re-age at 820 °C (do not repeat solution step). Squareness problems usually mean Sm loss - check crucible and melt superheat (< 1550 °C).

## 3. Coatings

SmCo rarely needs coating. Ni plating or epoxy available for vacuum/cleanroom use or to contain chips.

## 4. Ordering tips

- Specify magnetisation direction and whether you need parts magnetised.
- Ask for 20 °C and working-temperature demagnetisation curves.
- Lead time 4-6 weeks; sample lots of 20 pcs available.
""")
    label("smco-buyers-guide-draft.md", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"],
          "other", "en", False, "Website buyer's guide draft with pasted 2:17 SmCo composition, sintering, solution and ageing schedule")

    # K3 CV zh docx with process windows
    write_docx("简历-李明-磁材工艺.docx", [
        ("title", "个人简历"),
        ("table", [["姓名", "李明", "性别", "男"], ["出生年月", "1989.07", "电话", "138XXXX5621"],
                   ["求职意向", "磁材工艺主管/技术经理", "期望地点", "越南海防 / 马来西亚（海外项目）"]]),
        ("h1", "教育背景"),
        ("p", "2008.09–2012.07  江西理工大学  材料科学与工程  本科"),
        ("h1", "工作经历"),
        ("h2", "2017.03–至今  某稀土永磁股份公司  烧结车间工艺主管"),
        ("bullet", "负责年产 3000 t 烧结钕铁硼毛坯产线全流程工艺，主导 N52、48SH、45UH、42EH 等牌号量产。"),
        ("bullet", "速凝铸片：浇铸温度 1450–1470 ℃，铜辊线速度 1.1–1.3 m/s，片厚控制 0.25–0.35 mm，α-Fe 目视无；"),
        ("bullet", "氢破：吸氢压力 0.09–0.10 MPa 至饱和，脱氢 560 ℃ × 6 h，残氢 ≤ 1200 ppm；"),
        ("bullet", "气流磨：氮气保护，系统氧含量 ≤ 30 ppm，分选轮转速 3800–4200 rpm，粉末 SMD 2.9–3.2 μm，添加 0.08 wt% 防氧化剂；"),
        ("bullet", "成型：取向磁场 ≥ 1.8 T，压制密度 4.0–4.2 g/cm³，等静压 180–200 MPa 保压 60 s；"),
        ("bullet", "烧结 1060–1075 ℃ × 5 h，一级回火 880–900 ℃ × 3 h，二级回火 480–510 ℃ × 4 h；"),
        ("bullet", "主导 Tb 晶界扩散项目：磁控溅射/涂覆 Tb 0.4–0.6 wt%，扩散 900 ℃ × 15 h + 490 ℃ × 4 h 回火，HcJ 提升 8–9 kOe、Br 下降 ≤ 0.02 T，年节省重稀土成本约 1200 万元。"),
        ("h2", "2012.07–2017.02  某磁业有限公司  工艺工程师"),
        ("bullet", "负责气流磨和成型工序，参与导入第二条速凝炉产线调试。"),
        ("h1", "技能与证书"),
        ("p", "DOE/六西格玛绿带；Minitab；英语 CET-6，可用英语进行技术交流。"),
        ("h1", "自我评价"),
        ("p", "熟悉钕铁硼全流程工艺，能独立完成新产线从设备选型、调试到量产的全部工艺工作，愿意外派。"),
    ], author="Li Ming", title="简历")
    label("简历-李明-磁材工艺.docx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"],
          "other", "zh", False, "CV listing exact strip-casting, HD, jet-mill, sintering, ageing and Tb GBD windows; aimed at overseas job")

    # K4 CV en pdf separation
    write_pdf("Resume_Chen_Hao_Process_Engineer.pdf", [
        ("title", "CHEN Hao - Senior Process Engineer, Rare Earth Separation"),
        ("p", "Baotou, China · chenhao.sx@example.com · +86 139 XXXX 2210 · Open to relocation (Australia, USA, Malaysia)"),
        ("h1", "Summary"),
        ("p", "11 years in rare earth solvent-extraction separation plants (Bayan Obo concentrate and ionic-clay feed). Ran LaCe/PrNd grouping, PrNd and Sm-Eu-Gd cascades from commissioning to steady state."),
        ("h1", "Experience"),
        ("h2", "Shift Lead → Process Manager, Separation Plant No. 2 (2014 - present)"),
        ("bullet", "Feed: mixed RECl3 solution 1.5-1.6 mol/L REO basis, pH 2-3, from sulfuric-acid roasting and water leaching of concentrate."),
        ("bullet", "Extractant 1.5 mol/L P507 in sulfonated kerosene; saponification degree 0.36 with 10 mol/L NH4OH (converted to NaOH and then Mg(HCO3)2 pre-saponification in 2019)."),
        ("bullet", "Nd/Sm cut: 42 extraction + 24 scrub stages, O:A:scrub = 1 : 0.48 : 0.12, scrub acid 4.0 mol/L HCl; strip 6.0 mol/L HCl, 8 stages."),
        ("bullet", "Pr/Nd split: 130 stages total (80 extraction + 50 scrub), reflux ratio 7.5; products Pr6O11 ≥ 99.5 %, Nd2O3 ≥ 99.5 %."),
        ("bullet", "Precipitation with oxalic acid at 1.15 x stoichiometric, 60 °C, ageing 30 min; calcination 950 °C x 2 h to oxides (TREO ≥ 99 %)."),
        ("bullet", "Reduced NH4+ discharge by 85 % after the saponification change; cut HCl consumption from 4.2 to 3.6 t per t REO."),
        ("h2", "Process Engineer, Ionic-clay separation line, Ganzhou (2012 - 2014)"),
        ("bullet", "Commissioned 3 mixer-settler banks (0.5 m³ mixers); started Y separation with naphthenic acid system."),
        ("h1", "Education"),
        ("p", "B.Eng. Chemical Engineering, Inner Mongolia University of Science and Technology, 2012"),
        ("h1", "Languages"),
        ("p", "Mandarin (native), English (professional, IELTS 7.0)"),
    ], title="Resume Chen Hao", author="Chen Hao")
    label("Resume_Chen_Hao_Process_Engineer.pdf", "controlled", ["1E902.a"], ["separation"], [],
          "other", "en", False, "CV with P507 cascade stage counts, saponification degree, acid strengths, precipitation/calcination windows")

    # K5 market report zh pdf with plant visit notes
    write_pdf("2025稀土分离产能调研报告(含走访纪要).pdf", [
        ("title", "南方离子型稀土分离产能调研报告"),
        ("p", "行业研究部  2025年6月  内部资料"),
        ("h1", "一、产能概况"),
        ("table", [["企业", "所在地", "分离能力 (t REO/a)", "主要产品"],
                   ["A 公司", "江西赣州", "8000", "氧化镨钕、氧化镝、氧化铽、氧化钇"],
                   ["B 公司", "福建龙岩", "5000", "氧化镨钕、氧化镧"], ["C 公司", "广东梅州", "3500", "中重稀土氧化物"]]),
        ("p", "2024年南方离子型矿分离实际开工率约 78%，原料依赖缅甸进口混合碳酸稀土的比例上升至 55% 左右。"),
        ("h1", "二、价格与利润"),
        ("p", "以氧化镨钕 42 万元/吨测算，分离加工费约 2.0–2.5 万元/吨 REO，毛利率 12–15%。"),
        ("h1", "附录 B：A 公司现场走访纪要（2025-05-14，陪同：生产副总 张某）"),
        ("p", "1. 原料：缅甸碳酸稀土用 6 mol/L 工业盐酸溶解，控制终点 pH 4.0–4.5，加少量 H2O2 除铁，BaCl2 除硫酸根，过滤后料液 REO 1.4 mol/L。"),
        ("p", "2. 萃取体系：P507 1.5 mol/L–磺化煤油，液碱皂化，皂化度 0.36；去年起在 Nd/Sm 分组段改用预先制备的镁皂，氨氮排放基本为零。"),
        ("p", "3. 级数（现场看板记录）：Nd/Sm 分组 萃取 35 级 + 洗涤 25 级 + 反萃 8 级；La-Ce/Pr-Nd 分组 萃取 40 级 + 洗涤 30 级；Pr/Nd 分离 总 150 级；Dy/Tb 段 Tb/Dy 分离 120 级，洗酸 2.5 mol/L，反萃酸 5.5–6.0 mol/L。"),
        ("p", "4. 流比（Nd/Sm 分组）：有机 : 料液 : 洗酸 = 1 : 0.35 : 0.10，洗酸 3.5 mol/L HCl；混合室停留 3 min，澄清面积负荷约 4 m³/(m²·h)。"),
        ("p", "5. 沉淀：草酸加入量为理论量 1.1 倍，沉淀温度 70 ℃；灼烧 900 ℃ × 3 h，氧化镨钕 TREO ≥ 99%，Pr/TREO 24–26%。"),
        ("p", "6. 厂方称：Y 分离仍用环烷酸–异辛醇体系，因环烷酸对 Y 的特殊分配行为，Y2O3 可达 5N。"),
        ("h1", "三、结论"),
        ("p", "南方分离环节产能过剩，技术成熟，未来竞争点在原料保障与环保成本。"),
    ], title="分离产能调研", author="行业研究部")
    label("2025稀土分离产能调研报告(含走访纪要).pdf", "controlled", ["1E902.a"], ["separation"], [],
          "other", "zh", False, "Market report whose plant-visit annex gives leach acid, saponification, cascade stage counts, flow ratios, acid strengths")

    # K6 ionic clay market note en md with site visit annex (mining)
    write_text("ionic-clay-market-note-jun2025.md", """# Ionic-Clay REE: Market Note and Site Visit (June 2025)

Analyst: P. Moreau - for internal distribution to the Project Development team only.

## Market

- Ionic-adsorption clays supply most of the world's Dy and Tb. Myanmar (Kachin) output was disrupted in late 2024; Laos projects are ramping.
- Basket value of a typical southern-China clay MREC: ~USD 38/kg REO at current prices.
- Our target project in Laos (Project Phonsa) is at PEA stage.

## Site visit annex - operating ISL block near Longnan (host: mine manager, visit 2025-05-20)

Notes taken on site, intended to benchmark the Phonsa flowsheet:

- **Wellfield**: injection holes Ø 0.20 m on a 2.0 x 2.0 m grid (2.5 x 2.5 m on gentler slopes), drilled to 0.5-1.0 m into the fully-weathered layer (typically 4-8 m deep). Hill crest ridge holes spaced denser (1.5 m).
- **Collection**: horizontal drain holes at the toe, 10-15 m long, plus a cut-off curtain; recovery of liquor claimed 85-90 %.
- **Lixiviant**: (NH4)2SO4 2.0-3.0 wt% at start (first 20-30 days), then step down to 1.0 wt%; top-water wash for the final 30 days. They are switching to MgSO4 3 wt% with 0.1 % ammonium as "promoter" for new blocks. Liquid-to-ore ~0.5-0.6 m³/t.
- **Leach liquor**: 0.8-1.5 g/L REO, pH 4.5-5.0, Al 0.2-0.4 g/L.
- **Impurity removal**: NH4HCO3 to pH 5.0-5.2 plus Na2S 0.05 g/L, 2 h settling, Al/heavy metal sludge removed.
- **Precipitation**: NH4HCO3 to pH 6.7-6.9, 8 h ageing, filter; carbonate ~ 45 % REO wet; overall recovery ore→MREC quoted at 75-80 %.
- **Leach period**: 150-240 days per block; monitoring wells downslope sampled weekly for NH4-N.

## Implications for Phonsa

Use the above as the base case for OPEX in the PEA; revisit grid spacing after our own column tests.
""")
    label("ionic-clay-market-note-jun2025.md", "controlled", ["1E902.a"], ["mining"], [],
          "other", "en", False, "Market note with site-visit annex: ISL well grid, lixiviant strengths, impurity removal and precipitation pH")

    # K7 motor design report mixed docx with annex of in-house magnet line
    write_docx("Traction motor design report TM-220 rev C.docx", [
        ("title", "TM-220 Traction Motor - Design Report  Rev C"),
        ("p", "Prepared for: overseas JV partner (Hungary plant) · Author: Motor Engineering Dept. · 2025-07-08"),
        ("h1", "1. Summary"),
        ("p", "TM-220 is a 220 kW hairpin-wound IPM motor with a double-V rotor. This revision switches the magnet grade from purchased N42UH to the in-house low-Dy Ce-containing grade 'C42UH' produced by our Ganzhou magnet line."),
        ("h1", "2. Electromagnetic design"),
        ("table", [["Item", "Value"], ["Poles/slots", "8/48"], ["Peak torque", "420 Nm"], ["Max speed", "18,000 rpm"],
                   ["Magnet grade", "C42UH (Br 1.30 T, HcJ ≥ 1990 kA/m)"], ["Magnet mass", "1.85 kg"]]),
        ("h1", "3. Thermal and demagnetisation"),
        ("p", "Worst-case short-circuit at 170 °C rotor: margin to knee 0.08 T with C42UH. Acceptable."),
        ("h1", "Annex C  自制磁钢 C42UH 产线工艺参数（赣州磁材车间提供）"),
        ("p", "说明：以下为 C42UH 量产工艺，供匈牙利工厂评估本地化生产参考。"),
        ("table", [["工序", "参数"],
                   ["合金成分 (wt%)", "PrNd 23.5, Ce 6.0 (Ce/TRE ≈ 20%), Dy 0, B 0.95, Co 1.0, Cu 0.15, Ga 0.25, Al 0.1, Fe 余"],
                   ["速凝", "双主相：(PrNd)-Fe-B 与 (PrNdCe)-Fe-B 两种合金分别熔炼，浇铸 1430 ℃，辊速 1.3 m/s，片厚 0.3 mm"],
                   ["混粉/氢破", "两合金按 70:30 混合后吸氢，脱氢 520 ℃ × 5 h（含 Ce 合金降低脱氢温度以抑制 CeFe2 相）"],
                   ["气流磨", "D50 2.8 μm，O2 ≤ 20 ppm"],
                   ["成型", "2.0 T 取向，等静压 200 MPa"],
                   ["烧结", "1035 ℃ × 4 h（较常规低 30 ℃，防止双主相互扩散）"],
                   ["回火", "880 ℃ × 2 h + 470 ℃ × 3 h"],
                   ["晶界扩散", "Tb 浆料涂覆 0.5 wt%，880 ℃ × 12 h + 480 ℃ × 4 h，HcJ 由 1350 提升至 ≥ 1990 kA/m"]]),
        ("p", "注：Ce 含量超过 25% 时 HcJ 急剧下降，扩散后仍无法达到 UH，勿超。"),
    ], author="Motor Engineering", title="TM-220 Design Report")
    label("Traction motor design report TM-220 rev C.docx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"],
          "other", "mixed", False, "Motor design report whose Chinese annex gives the in-house Ce dual-main-phase magnet line parameters, sent to overseas JV")

    # K8 email 1E902.b furnace overhaul
    write_eml("Re_ N48H delivery delay - sintering furnace overhaul.eml",
        "Zhou Jian <zhou.jian@jlmag-example.cn>", "Kenji Watanabe <k.watanabe@vn-magnetics-example.com>",
        "Re: N48H delivery delay / 烧结炉大修", """Watanabe-san,

Sorry for the delay on the N48H lot. Our No.3 vacuum sintering furnace was down for overhaul last week. Since your Hai Phong plant has the same VSF-600 model and your maintenance team asked how we did it, below is our overhaul & re-commissioning procedure (translated from our internal maintenance rule EM-SJ-11). Please forward to Mr. Tran.

1. 拆除与更换 Disassembly / replacement
   - 冷却至室温、充空气后开炉门；拆下全部石墨加热带（6 区）、石墨毡隔热屏，检查钼屏变形。
   - Heating elements replaced every 18 months or when resistance rises > 15 % from new value; felt insulation every 36 months.
   - 更换炉门 O 型圈（氟橡胶），密封面用无水乙醇清洁，涂真空脂。
2. 热电偶 Thermocouples
   - 控温用 S 型、监测用 K 型，大修时全部用标准热电偶比对校准，偏差 > ±2 ℃ 更换。
3. 真空系统 Vacuum system
   - 罗茨泵+滑阀泵换油，扩散泵油每 2 年更换；
   - Acceptance: ultimate vacuum ≤ 3×10⁻³ Pa (cold, empty), pressure-rise rate ≤ 0.5 Pa/h over 1 h after isolating pumps.
4. 烘炉 Bake-out
   - Empty furnace: RT → 400 °C (5 °C/min) hold 2 h → 800 °C hold 2 h → 1100 °C hold 4 h under vacuum; cool under vacuum.
5. 温度均匀性 Temperature uniformity survey
   - 9-point survey with loaded dummy boxes at 1060 °C: all points within ±5 °C after 2 h soak (our sintering setpoint for N48H is 1060 °C for reference).
6. 试生产 Trial run
   - First batch = 1 box of N48H green compacts with normal batch; release the furnace only if density ≥ 7.55 g/cm³ and Br/HcJ within spec on all 5 sample positions.

Expected shipment of your lot: 24 Oct.

Best regards,
周健 Zhou Jian
Equipment Manager
""", "Thu, 16 Oct 2025 18:05:12 +0800", "<5c2e9d1a.77f0@jlmag-example.cn>", cte="base64")
    label("Re_ N48H delivery delay - sintering furnace overhaul.eml", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"],
          "email", "mixed", False, "Email to overseas magnet plant giving sintering-furnace overhaul and recommissioning procedure; process values only as targets")

    # K9 recycling shift log zh txt (looks like the Cu SX log)
    write_text("回收车间交接班记录_2025-03-07.txt", """湿法车间 交接班记录
日期：2025-03-07    班次：白班 (08:00–20:00)    值班长：黄志刚    接班：刘洋

一、焙烧工段（回转窑，进料：磁材厂油泥/切片料）
时间   进料量kg/h  窑头温度℃  窑尾温度℃  转速r/min  焙烧料Fe2+%  备注
08:00  820         780         520         1.8        0.6
10:00  815         785         525         1.8        0.5
12:00  830         790         530         1.8        0.4
14:00  800         775         515         1.8        0.7        油泥含油偏高，先脱油窑 450℃
16:00  820         780         520         1.8        0.5
18:00  825         782         522         1.8        0.5

二、优溶工段（3# 反应釜，盐酸优先溶解）
  批次  焙烧料t  盐酸 mol/L  液固比  温度℃  终点pH  时间h  滤液REO g/L  Fe g/L  浸出率%
  0307-1  2.0    6.0        3.2:1   85     1.6     4     182          0.18    98.1
  0307-2  2.0    6.0        3.2:1   85     1.5     4     179          0.21    98.4
  0307-3  2.0    5.8        3.3:1   85     1.7     4.5   176          0.15    97.8
  备注：终点 pH 低于 1.3 时 Fe 溶出明显增加，须回调补焙烧料。

三、除杂与萃取
  滤液加 P507 萃取除 Al、Co（萃取 6 级/洗涤 4 级），萃余料液送镨钕/镝铽分组；
  当班 P507 皂化度 0.35，液碱 30%。

四、沉淀灼烧
  草酸沉淀 1.1 倍理论量，65 ℃；灼烧 920 ℃ × 2 h；氧化镨钕 TREO 99.2%，回收率 96.5%。

五、设备
  2# 压滤机滤布更换；窑尾引风机轴承温度 72 ℃，正常。

六、交接事项
  1. 油泥库存剩约 35 t，明日到货 60 t；
  2. 0307-3 批浸出率偏低，夜班加长保温 0.5 h。
值班长签字：黄志刚        接班人签字：刘洋
""")
    label("回收车间交接班记录_2025-03-07.txt", "controlled", ["1E902.a"], ["recycling"], [],
          "parameter-sheet", "zh", False, "NdFeB sludge recycling shift log: oxidising roast, HCl selective leach, P507, oxalate; no 'rare earth'/'NdFeB' words except PrNd oxide")
