from lib import *

def build():
    # C18 IPM motor design review en pdf
    write_pdf("IPM-150kW design review rev B.pdf", [
        ("title", "Design Review DR-2: 150 kW IPM Traction Motor (Project ORCA)  Rev B"),
        ("p", "Electric Drives Group · Prepared by: S. Patel, M. Okafor · Date: 2025-04-22 · Status: for gate review"),
        ("h1", "1. Scope"),
        ("p", "This document summarises the electromagnetic and thermal design of the 8-pole, 48-slot V-shape IPM motor for the ORCA e-axle. Magnets are purchased parts to drawing ORC-ROT-0107; no magnet manufacturing is in scope."),
        ("h1", "2. Main data"),
        ("table", [["Parameter", "Value"], ["Peak power / torque", "150 kW / 310 Nm"], ["Max speed", "16,000 rpm"],
                   ["DC link", "400 V"], ["Stator OD / stack length", "220 mm / 140 mm"], ["Air gap", "0.75 mm"],
                   ["Magnet grade", "N42UH (supplier spec), alt. N45UH low-Dy"], ["Magnet mass per rotor", "1.62 kg"],
                   ["Segmentation", "4 axial segments per pole piece"]]),
        ("h1", "3. Demagnetisation check"),
        ("p", "3-phase short circuit at peak current (2 x Imax) at 160 °C rotor temperature. Using supplier B-H curves for N42UH at 150 °C and 180 °C (HcJ 1.19 MA/m at 150 °C interpolated), minimum working point remains above the knee with a margin of 0.11 T. Irreversible loss predicted < 0.5 %."),
        ("h1", "4. Magnet eddy-current losses"),
        ("p", "FEA (JMAG, 2D + end correction) gives 420 W magnet loss at 16 krpm unsegmented; 4-segment design reduces to 138 W. Glue layer 0.05 mm between segments, insulation resistance ≥ 1 MΩ per supplier datasheet."),
        ("h1", "5. Magnet supply and cost"),
        ("p", "Two approved suppliers (China, Japan). Cost model indexed to PrNd oxide and Dy metal price monthly. Request supplier to confirm heavy-RE content per piece for cost tracking; process details are not required and should not be requested."),
        ("h1", "6. Actions"),
        ("bullet", "A1: Rotor burst test at 19,200 rpm (1.2 x max) - Mechanical team."),
        ("bullet", "A2: Incoming inspection plan for magnets (flux, dimensions, coating adhesion) - SQE."),
        ("bullet", "A3: Evaluate Dy-free grade for cost-down variant - EM team."),
    ], title="DR-2 ORCA IPM", author="Electric Drives Group")
    label("IPM-150kW design review rev B.pdf", "clear", [], [], [], "other", "en", True,
          "Motor design using bought N42UH magnets: demag check, eddy loss, supply; no magnet process")

    # C19 wind generator zh docx
    write_docx("6MW直驱永磁风力发电机磁钢选型报告.docx", [
        ("title", "6MW 直驱永磁风力发电机 磁钢选型报告"),
        ("p", "编号：FD-EM-2025-014    编制：电磁设计室    日期：2025年3月"),
        ("h1", "1 设计输入"),
        ("table", [["项目", "参数"], ["额定功率", "6.25 MW"], ["额定转速", "10.5 r/min"], ["极数", "96"],
                   ["气隙直径", "约 6.8 m"], ["磁钢工作温度（最高）", "90 ℃"], ["设计寿命", "25 年"]]),
        ("h1", "2 候选牌号比较"),
        ("table", [["牌号", "Br (T)", "HcJ (kA/m)", "单台用量 (t)", "相对成本", "结论"],
                   ["N38SH", "1.22", "≥1592", "3.9", "1.00", "推荐"], ["N40H", "1.26", "≥1353", "3.8", "0.93", "退磁裕量不足"],
                   ["N35UH", "1.17", "≥1990", "4.1", "1.12", "成本高"], ["N38SH 低重稀土", "1.23", "≥1592", "3.9", "0.95", "备选，需验证"]]),
        ("h1", "3 退磁校核"),
        ("p", "在 90 ℃、突然短路工况下，磁钢最低工作点 0.28 T，高于 N38SH 在 90 ℃ 的拐点磁密，不可逆退磁风险可接受。"),
        ("h1", "4 防腐与装配"),
        ("bullet", "磁钢采用电泳+环氧双层涂层，盐雾 ≥ 1000 h，满足海上机组要求；"),
        ("bullet", "磁极模块采用不锈钢盒封装、真空灌封，模块在转子上以燕尾槽固定；"),
        ("bullet", "磁钢由供应商充磁后发货，运输按危险品磁性物质要求包装。"),
        ("h1", "5 采购建议"),
        ("p", "建议选用 N38SH，供应商两家以上；合同中约定 Br 批次离散度 ≤ ±1.5%、HcJ 每批检测、退磁曲线随货。镝铽价格联动条款按季度结算。"),
    ], author="电磁设计室", title="磁钢选型报告")
    label("6MW直驱永磁风力发电机磁钢选型报告.docx", "clear", [], [], [], "other", "zh", True,
          "Wind generator design choosing bought magnet grade; no magnet manufacturing")

    # C20 speaker + sensor notes en md
    write_text("woofer-motor-magnet-notes.md", """# 6.5" Woofer Motor - Magnet Notes (rev 3)

Project: SB-65 bookshelf woofer. Author: J. Lindqvist. 2025-05-09.

## Why neodymium instead of ferrite

The ferrite motor (Ø90 x 15 mm Y30 ring) weighed 610 g and stuck out of the cabinet baffle cut-out. An internal NdFeB slug gives the same gap flux with ~85 g of magnet.

## Motor layout

- Topology: under-hung? No - overhung voice coil, 8 mm winding height, 5 mm top plate.
- Magnet: **Ø30 x 10 mm disc, N48H, NiCuNi**, bought from stock (supplier P/N ND-3010-48H).
- Pole piece: 1010 steel, Ø25.4 mm, vented Ø8 mm.
- Cup: 1010 steel, 3 mm wall.

## FEMM results

| Case | Gap B (T) | BL (T·m) | Notes |
|---|---|---|---|
| Ferrite reference | 0.98 | 6.1 | baseline |
| N45, Ø30x10 | 1.05 | 6.5 | |
| N48H, Ø30x10 | 1.08 | 6.7 | chosen |
| N52, Ø30x10 | 1.11 | 6.9 | risk at voice-coil heat |

Voice-coil temperature can reach 120 °C in long-term power tests; with the magnet directly under the former, we want the H grade (120 °C class). N52 (60-80 °C) would risk losing a few % of BL after the IEC 60268 pink-noise test.

## Assembly

- Magnetise **after** gluing the motor - handling pre-magnetised N48 slugs on the line was a safety problem (pinched fingers, chipped plating).
- Glue: Loctite AA 330 + activator; cure 24 h.
- Magnetising fixture from the supplier; capacitor discharge, 3 kJ.

## Open items

- Ask supplier for coating salt-spray data (humid markets).
- Check Hall probe readings across 20 samples for lot consistency.
""")
    label("woofer-motor-magnet-notes.md", "clear", [], [], [], "other", "en", True,
          "Loudspeaker design using stock NdFeB magnets; assembly/magnetising of product, not magnet making")

    # C21 Cu SX shift log zh txt
    write_text("铜萃取车间交接班记录_2024-11-18.txt", """湿法炼铜厂 萃取-电积车间 交接班记录
日期：2024-11-18    班次：夜班 (20:00–08:00)    值班长：赵立强    接班：孙伟

一、萃取系统（2E+1W+1S 混合澄清槽，LIX984N 21% v/v / 磺化煤油）
时间   PLS流量  PLS Cu  PLS pH  萃余液Cu  有机流量  O/A(E1)  负载有机Cu  反萃后液Cu  富电解液Cu
       m3/h     g/L             g/L       m3/h                g/L        g/L        g/L
20:00  420      3.12    1.85    0.21      465      1.10     6.42       2.05       48.6
22:00  418      3.08    1.83    0.20      465      1.11     6.38       2.02       48.9
00:00  425      3.15    1.86    0.22      466      1.10     6.45       2.08       49.1
02:00  430      3.20    1.88    0.24      466      1.08     6.51       2.10       49.3
04:00  428      3.18    1.87    0.23      465      1.09     6.49       2.06       49.0
06:00  422      3.10    1.84    0.21      465      1.10     6.40       2.03       48.8

二、相分离与夹带
  E1 分相时间 85 s，E2 92 s；有机夹带（富电解液）18 ppm，正常。
  W1 洗涤槽补水 1.2 m3/h；E2 澄清槽出现少量污物（crud），02:30 抽出约 0.3 m3 送污物处理罐。

三、电积
  槽电压 1.92–1.98 V，电流密度 300 A/m2，贫液 Cu 35.2 g/L，H2SO4 182 g/L，钴 110 ppm，古尔胶 250 g/t。
  出铜 14 槽，阴极铜外观合格。

四、设备
  1# 有机泵振动偏大（4.8 mm/s），已报设备维修；E1 混合室搅拌器运行正常。
  浓硫酸储罐液位 62%。

五、安全环保
  巡检无泄漏，萃取区可燃气体检测 0 %LEL，消防泡沫系统压力正常。

六、交接事项
  1. 白班安排抽取 E2 污物并取样送化验；
  2. 有机相 TOC 及萃取剂降解情况本周四送样；
  3. 堆场喷淋区 7 号区块今日切换。
值班长签字：赵立强        接班人签字：孙伟
""")
    label("铜萃取车间交接班记录_2024-11-18.txt", "clear", [], [], [], "parameter-sheet", "zh", True,
          "Copper SX-EW shift log with O/A, stages, extractant; not rare earth")

    # C22 Co/Ni SX procedure en docx
    write_docx("SOP-HM-214 Cobalt-Nickel Separation Circuit.docx", [
        ("title", "SOP-HM-214  Cobalt/Nickel Separation Circuit - Operating Procedure"),
        ("p", "Site: Kalgoorlie Nickel Refinery · Area 300 (Co SX) · Revision 5 · Approved: Area Superintendent"),
        ("h1", "1. Purpose"),
        ("p", "Describes normal operation of the Co SX circuit, which extracts cobalt from nickel sulfate leach solution using Cyanex 272 in Shellsol D70, producing cobalt strip liquor for crystallisation and a cobalt-free nickel raffinate."),
        ("h1", "2. Circuit configuration"),
        ("table", [["Section", "Stages", "Phase ratio O/A", "Key control"],
                   ["Extraction", "4 (E1-E4)", "1.2 : 1", "pH 5.3-5.6 per stage via NaOH addition"],
                   ["Scrubbing", "3 (SC1-SC3)", "10 : 1", "Scrub with Co strip liquor to remove Ni"],
                   ["Stripping", "2 (S1-S2)", "8 : 1", "H2SO4 strip, pH 2.0-2.5"],
                   ["Organic regeneration", "1", "—", "Bleed 2% to acid wash"]]),
        ("h1", "3. Organic"),
        ("p", "20% v/v Cyanex 272 + 5% v/v TBP modifier in diluent. Partial neutralisation (saponification) of organic with 25% NaOH before E1 to 40% loading, controlled by in-line pH. Check organic viscosity and Co loading capacity weekly."),
        ("h1", "4. Normal operation"),
        ("bullet", "Feed: Ni 90 g/L, Co 5.5 g/L, pH 4.0, 50 °C."),
        ("bullet", "Target raffinate Co < 10 mg/L; strip liquor Co 80-100 g/L, Ni < 20 mg/L."),
        ("bullet", "Record stage pH, flows and temperatures every 2 h in the DCS log sheet."),
        ("bullet", "Phase disengagement time > 120 s: check for crud, reduce mixer speed, notify shift metallurgist."),
        ("h1", "5. Shutdown"),
        ("p", "Stop aqueous feed first, keep organic recirculating for 10 min, then stop NaOH dosing and mixers in the order S2→E1."),
        ("h1", "6. Safety"),
        ("p", "Organic is flammable (flash point 78 °C). Hot-work permits are required within 15 m. Wear face shield for acid and caustic handling. Fire deluge system to be tested monthly."),
    ], author="Area 300 Metallurgy", title="SOP-HM-214")
    label("SOP-HM-214 Cobalt-Nickel Separation Circuit.docx", "clear", [], [], [], "process-spec", "en", True,
          "Co/Ni SX procedure with Cyanex 272, saponification, stage counts; cobalt not rare earth")

    # C23 Zn D2EHPA mixed md
    write_text("锌萃取除铁试验周报_week23.md", """# 锌萃取 Zn SX 试验周报 Week 23 (2025-06-02 ~ 06-08)

Project: 氧化锌烟尘浸出液 D2EHPA 萃锌 pilot · 冶炼厂研发中心

## 1. 本周运行 Summary

- 连续运行 142 h，停车 2 次（进料泵故障 / feed pump trip）。
- 萃取剂 Extractant：**30% D2EHPA (P204) + 磺化煤油**，皂化率 saponification 20%（NaOH）。
- 级数 stages：萃取 3 + 洗涤 2 + 反萃 2 + 除铁 1。
- O/A (extraction) = 1.5 : 1；反萃 strip 用废电解液 spent electrolyte（H2SO4 180 g/L）。

## 2. 关键数据 Key data

| 日期 Date | 料液 Zn (g/L) | 料液 pH | 萃余 Zn (g/L) | 萃取率 % | 反萃液 Zn (g/L) | Fe in 负载有机 (mg/L) |
|---|---|---|---|---|---|---|
| 06-02 | 32.5 | 2.6 | 3.1 | 90.5 | 118 | 410 |
| 06-03 | 31.8 | 2.5 | 2.9 | 90.9 | 121 | 450 |
| 06-04 | 33.0 | 2.7 | 3.3 | 90.0 | 119 | 520 |
| 06-05 | 32.2 | 2.6 | 2.8 | 91.3 | 122 | 480 |
| 06-06 | 30.9 | 2.5 | 2.6 | 91.6 | 120 | 505 |

## 3. 问题 Issues

1. 有机相铁积累 Fe build-up in organic：D2EHPA 对 Fe3+ 萃取强，反萃不掉。本周起 bleed 5% 有机去 6 mol/L HCl 除铁 (iron strip)，效果待观察。
2. 第 2 级澄清槽 crud 增多，疑似浸出液中硅胶 colloidal silica，下周做絮凝剂 PAM 对比。
3. 反萃液中 Cl- 0.3 g/L，偏高，影响电积阳极，需加强洗涤。

## 4. 下周计划 Next week

- 对比 O/A 1.2 与 1.8；
- 测试 20% vs 30% D2EHPA；
- 与电积车间确认反萃液 Mn、F、Cl 指标。

报告人 Reporter: 陈工 / QC: 实验室
""")
    label("锌萃取除铁试验周报_week23.md", "clear", [], [], [], "parameter-sheet", "mixed", True,
          "Zinc D2EHPA/P204 SX pilot report with saponification and stages; zinc, not rare earth")

    # C24 syllabus en pdf
    write_pdf("MSE4520_Syllabus_Fall2025.pdf", [
        ("title", "MSE 4520 / 6520  Rare Earth Elements: Extraction, Processing and Magnetic Materials"),
        ("p", "Department of Materials Science and Engineering · Fall 2025 · 3 credits · Tue/Thu 10:30-11:45, Hill Hall 214"),
        ("p", "Instructor: Prof. Elena Marquez (emarquez@univ.example.edu) · Office hours: Wed 14:00-16:00 · TA: Ravi Singh"),
        ("h1", "Course description"),
        ("p", "An introduction to the science and engineering of rare earth elements: geology and mineralogy, principles of hydrometallurgical separation, thermodynamics of metal reduction, and the physics and microstructure of permanent magnets. Emphasis on fundamentals, published case studies and the policy landscape."),
        ("h1", "Learning outcomes"),
        ("bullet", "Explain the lanthanide contraction and why adjacent rare earths are hard to separate."),
        ("bullet", "Construct a McCabe-Thiele diagram for a simple two-component solvent extraction."),
        ("bullet", "Use Ellingham diagrams to compare reduction routes for oxides and fluorides."),
        ("bullet", "Relate intrinsic magnetic properties (Ms, K1, Tc) to hysteresis of Nd2Fe14B and SmCo magnets."),
        ("bullet", "Discuss supply-chain, environmental and export-control issues."),
        ("h1", "Weekly schedule"),
        ("table", [["Wk", "Topic", "Reading"],
                   ["1", "The lanthanides: electronic structure, abundance", "Gupta & Krishnamurthy ch.1"],
                   ["2", "Deposits: carbonatites, ion-adsorption clays", "USGS SIR 2010-5220"],
                   ["3", "Mineral processing overview", "Jordens et al. (2013) Miner. Eng."],
                   ["4", "Solution chemistry; extractant classes", "Lecture notes"],
                   ["5", "Solvent extraction theory; McCabe-Thiele", "Rydberg ch.7"],
                   ["6", "Ion exchange & chromatography (historical)", "Spedding papers"],
                   ["7", "Midterm", "—"],
                   ["8", "Thermodynamics of reduction; electrolysis principles", "Lecture notes"],
                   ["9", "Magnetism fundamentals; anisotropy", "Coey, Magnetism and Magnetic Materials ch.8"],
                   ["10", "Nd-Fe-B: phase diagram, microstructure, coercivity", "Sagawa 1984; review papers"],
                   ["11", "Sm-Co magnets; high-temperature applications", "Review papers"],
                   ["12", "Recycling: review of routes", "Binnemans et al. (2013) J. Clean. Prod."],
                   ["13", "Life-cycle assessment; environment", "Case studies"],
                   ["14", "Policy, trade & export controls", "MOFCOM Ann. 61/62 (2025); DoE reports"],
                   ["15", "Project presentations", "—"]]),
        ("h1", "Assessment"),
        ("p", "Homework 25% · Midterm 20% · Term project (literature review) 30% · Final exam 25%. Graduate students: additional 10-page review paper."),
        ("h1", "Policies"),
        ("p", "Academic integrity per university code. Term projects must be based on published literature only; do not submit proprietary industrial data."),
    ], title="MSE4520 Syllabus", author="E. Marquez")
    label("MSE4520_Syllabus_Fall2025.pdf", "clear", [], [], [], "other", "en", True,
          "University syllabus listing topics and readings; no process know-how")

    # C25 zh syllabus docx
    write_docx("《稀土冶金学》课程教学大纲.docx", [
        ("title", "《稀土冶金学》课程教学大纲"),
        ("p", "课程编号：0803217    学分：3    学时：48（理论 40，实验 8）    适用专业：冶金工程    开课学院：冶金与化学工程学院"),
        ("h1", "一、课程性质与目标"),
        ("p", "本课程是冶金工程专业的专业选修课。通过学习，使学生了解稀土元素的性质、资源分布及稀土冶金的基本原理，掌握稀土精矿分解、分离提纯、金属制取的一般方法和理论基础，了解稀土功能材料及其应用，培养学生分析和解决冶金工程问题的能力。"),
        ("h1", "二、教学内容与学时分配"),
        ("table", [["章节", "内容", "学时"], ["第1章", "绪论：稀土元素性质与资源", "4"],
                   ["第2章", "稀土精矿的分解（原理）", "6"], ["第3章", "溶剂萃取基本原理与串级萃取理论", "10"],
                   ["第4章", "离子交换与萃取色层", "4"], ["第5章", "稀土化合物的制备", "4"],
                   ["第6章", "稀土金属及合金的制取（熔盐电解、金属热还原原理）", "8"],
                   ["第7章", "稀土永磁、发光、储氢材料概论", "4"], ["实验", "萃取平衡分配比测定；草酸盐沉淀", "8"]]),
        ("h1", "三、考核方式"),
        ("p", "平时成绩 30%（作业、实验报告、考勤），期末闭卷考试 70%。"),
        ("h1", "四、教材与参考书"),
        ("bullet", "教材：《稀土冶金学》，冶金工业出版社。"),
        ("bullet", "参考书：徐光宪主编《稀土》（第二版），冶金工业出版社；《串级萃取理论》相关教材。"),
        ("h1", "五、其他说明"),
        ("p", "本大纲由冶金工程系课程组制定，经学院教学委员会审定，2024年9月起执行。"),
    ], author="课程组", title="稀土冶金学教学大纲")
    label("《稀土冶金学》课程教学大纲.docx", "clear", [], [], [], "other", "zh", True,
          "Chinese university syllabus: chapter list and hours; no parameters")
