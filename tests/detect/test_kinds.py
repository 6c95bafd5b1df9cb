"""Kinds of document known by a title and a body in the same vein (`detect/kinds.py`): an
emission-monitoring report, a product datasheet, a safety-training handout, a news article, a
sign-in sheet or staff list; each weakens the process words it names."""

from __future__ import annotations

import pytest

import scanner.detect.kinds as kinds_module
from scanner.detect.kinds import (
    ANALYTICAL_METHOD,
    CALIBRATION,
    CV,
    DATASHEET,
    EQUIPMENT_BROCHURE,
    GLOSSARY,
    IMPACT_ASSESSMENT,
    INSPECTION,
    KIND_FACTOR,
    MONITORING,
    MOTOR_DESIGN,
    NEWS,
    PATENT_REGISTER,
    ROSTER,
    SAFETY,
    STANDARDS_REGISTER,
    kind_spans,
)
from scanner.detect.literals import may_match
from tests.conftest import scan_text

REPORT = (
    "XX稀土分离有限公司 2024年第三季度环境监测报告\n"
    "监测依据: GB 26451-2011《稀土工业污染物排放标准》。\n"
    "废水: pH 7.4, 氨氮 8.6 mg/L (限值 15), 达标。\n"
    "废气: DA001 灼烧窑 颗粒物 6.2 mg/m3 (限值 40), DA003 萃取车间 氯化氢 4.1 mg/m3 (限值 50), 达标。\n"
    "固废: 酸溶渣 126 t 暂存于放射性渣库; 废有机相 1.8 t 交有资质单位处置。\n"
    "结论: 各项指标均符合排放标准要求。\n"
)
STACK_TEST = (
    "Stack test report, Q3 2024 — solvent-extraction plant\n"
    "Outfall 1 effluent: ammonium 9 mg/L against a permit limit of 15 mg/L; compliant.\n"
    "Stack 2 (calciner): dust 5 mg/Nm3, emission limit 30 mg/Nm3. No exceedance this quarter.\n"
)
SX_SPEC = (
    "萃取车间 P507 镨钕分离工艺规程\n"
    "料液 REO 1.5 mol/L, pH 2.0; 皂化度 36%; 萃取段 40 级, 洗涤段 30 级, O/A 1.8。\n"
    "萃余液达标后排放至污水站; 废气经碱洗塔处理。\n"
)


DATASHEET_EN = (
    "Sintered NdFeB magnets - product datasheet\n"
    "| Grade | Br (T) | HcB (kA/m) | HcJ (kA/m) | (BH)max (kJ/m3) | Max. working temp. |\n"
    "| N38 | 1.22-1.25 | >= 899 | >= 955 | 287-310 | 80 C |\n"
    "| N48 | 1.37-1.42 | >= 836 | >= 876 | 366-390 | 80 C |\n"
    "| 45SH | 1.32-1.38 | >= 1003 | >= 1592 | 342-366 | 150 C |\n"
    "| 40UH | 1.25-1.28 | >= 939 | >= 1990 | 302-326 | 180 C |\n"
    "| 38EH | 1.22-1.25 | >= 923 | >= 2388 | 287-310 | 200 C |\n"
    "Physical properties: density 7.55 g/cm3, Curie temperature 320 C, reversible temperature "
    "coefficient of Br -0.12 %/K.\n"
    "Coatings available: Zn, NiCuNi, epoxy, passivation. Magnetising field >= 3 T.\n"
    "Tolerances +/-0.05 mm; tighter on request.\n"
)
DATASHEET_ZH = (
    "烧结钕铁硼永磁体 产品性能表\n"
    "牌号  剩磁Br(T)  内禀矫顽力HcJ(kA/m)  最大磁能积(BH)max(kJ/m3)  最高工作温度\n"
    "N45  1.32-1.38  ≥955  342-366  80℃\n45SH  1.32-1.38  ≥1592  342-366  150℃\n"
    "表面处理: 镀锌、镍铜镍、环氧。尺寸按客户图纸。价格请咨询销售部。\n"
)
#: a grade's process card: a datasheet's properties as targets, and no offer
GRADE_CARD = (
    "N45SH 烧结工艺卡\n"
    "真空烧结 1065℃×5 h, 一级回火 900℃×2 h, 二级回火 490℃×3 h。\n"
    "目标: 剩磁 Br ≥ 1.32 T, 内禀矫顽力 HcJ ≥ 1592 kA/m。\n"
)


SAFETY_ZH = (
    "萃取车间新员工三级安全教育培训讲义\n"
    "1. 有机相(P507 + 磺化煤油)易燃: 车间内严禁吸烟, 动火须办作业票。\n"
    "2. 盐酸、液碱: 配酸时佩戴防酸面罩和耐酸手套; 溅入眼睛立即用洗眼器冲洗 15 分钟。\n"
    "3. 检修萃取槽搅拌电机前停电、挂牌、上锁; 澄清室属有限空间, 先通风再检测。\n"
    "4. 发生泄漏或火情: 报警后按疏散路线撤离, 由应急小组处置。\n"
)
SAFETY_EN = (
    "Safety induction - magnet plant, hydrogen decrepitation and sintering area\n"
    "Hydrogen is flammable: no hot work without a permit-to-work; lockout and tagout before "
    "opening the HD vessel. Wear PPE (face shield, gloves) at the furnaces. Know the nearest "
    "fire extinguisher and eye wash; evacuate to the assembly point when the alarm sounds.\n"
)
#: an accident investigation: what happened in a workshop, its causes and the lessons
ACCIDENT_ZH = (
    "分离厂叉车伤害事故调查报告\n"
    "事故经过: 夜班叉车在萃取车间南侧通道倒车, 碰伤一名未佩戴反光背心的操作工, 送医急救后轻伤。\n"
    "原因: 司机违章倒车未鸣笛; 通道与灼烧窑上料区未隔离; 现场未设警示标志。\n"
    "措施: 严禁叉车进入人行通道, 禁止人车混行; 全员佩戴反光背心; 组织事故案例教育。\n"
)
ACCIDENT_EN = (
    "Incident investigation - forklift collision, separation plant warehouse\n"
    "A reversing forklift struck an operator near the SX hall; first aid on site, injury minor. "
    "Root cause: no spotter, PPE (hi-vis) not worn. Actions: lockout of the keys after shift, "
    "evacuation routes repainted, fire extinguisher moved.\n"
)
#: a work instruction with a safety heading: no safety-training title
SAFE_SPEC = (
    "萃取工段岗位操作规程\n"
    "皂化度 36%, 萃取段 40 级, O/A 1.8; 严禁超温, 佩戴手套, 发生泄漏撤离, 动火须审批。\n"
)


NEWS_ZH = (
    "【集团公众号】喜报！金属厂获评国家级绿色工厂\n"
    "近日，工信部公布绿色制造名单，集团所属金属厂榜上有名。金属厂主要生产镨钕金属、镝铁合金，"
    "建成电解烟气净化系统，废电解质返回回收线处理。厂长表示，将继续推进电解装备大型化。\n"
    "文字：苏琳 | 摄影：高鹏 | 责编：李可欣\n"
)
NEWS_EN = (
    "PRESS RELEASE - for immediate release\n"
    "The company announced today that its separation plant completed a new solvent-extraction "
    "line for PrNd oxide. 'This doubles our capacity,' the plant manager said.\n"
    "About the company: a rare-earth producer. Media contact: press@example.com\n"
)

ROSTER_ZH = (
    "培训签到表\n培训名称: | 制粉车间氢破工序安全操作培训 | 培训讲师: | 设备部郑工\n"
    "序号 | 工号 | 姓名 | 部门 | 岗位 | 签名 | 成绩\n"
    "1 | BT23595 | 彭秀兰 | 制粉车间 | 氢破操作工 | 彭秀兰 | 86\n"
    "2 | BT22300 | 邓伟 | 制粉车间 | 气流磨操作工 | 邓伟 | 90\n"
    "3 | BT22606 | 曹桂英 | 设备部 | 烧结炉维修电工 | 请假(补训) |\n"
)
ROSTER_EN = (
    "Training attendance sheet - SX plant, extraction section\n"
    "No. | Employee ID | Name | Department | Job title | Signature\n"
    "1 | E1042 | Li Wei | Extraction | saponification operator | Li Wei\n"
    "2 | E1077 | Zhao Min | Extraction | mixer-settler operator | absent\n"
)
#: a record of what a training taught, under a roster's title: the process it lays down counts
ROSTER_WITH_SPEC = ROSTER_ZH + (
    "培训内容: 氢破工艺 吸氢压力 0.2 MPa, 吸氢 2 h; 脱氢 550℃×6 h; 气流磨 0.65 MPa, 分级轮 3800 rpm, "
    "粒度 D50 3.2 μm; 烧结 1065℃×5 h, 一级回火 900℃×2 h, 二级回火 490℃×3 h。\n"
)
EIA_ZH = (
    "废旧稀土永磁材料综合利用项目环境影响评价第二次公示\n"
    "一、建设项目概况: 年处理钕铁硼废料 5000 吨, 工艺为 废料→氧化焙烧→酸溶→萃取分离→沉淀→灼烧→稀土氧化物。\n"
    "二、主要环境影响及污染防治措施: 焙烧废气经布袋除尘+碱液喷淋后经 25 m 排气筒排放, "
    "执行 GB 26451-2011 排放标准; "
    "废水经处理达标后回用; 噪声厂界达标。\n"
    "三、环境保护目标: 厂界外 500 m 范围内敏感点 2 处。\n"
    "四、公众参与: 公示期间公众可通过电话、信函提出意见。\n"
)
EIA_EN = (
    "Environmental Impact Assessment - non-technical summary\n"
    "The project recovers rare earths from NdFeB grinding sludge by oxidising roast and acid leaching.\n"
    "Air emissions from the roaster meet the emission limits after a baghouse and scrubber; sensitive "
    "receptors within 1 km were surveyed in the baseline survey; mitigation measures are listed in "
    "chapter 7; public consultation runs for 10 working days.\n"
)
#: an EIA whose annex lays the route down: that route counts
EIA_WITH_ROUTE = EIA_ZH + (
    "附件: 工艺参数 氧化焙烧 850℃ 4 h, 盐酸优溶 pH 1.5-2.0, 液固比 4:1, 80℃ 2 h; P507 萃取 皂化度 36%, "
    "萃取段 30 级, 洗涤段 20 级, O/A 1.6; 草酸沉淀 60℃, 灼烧 950℃ 2 h, 产品 TREO ≥ 99%。\n"
)
PATENTS_ZH = (
    "2025年第四季度专利年费缴纳清单（法务部）\n"
    "序号,专利号,专利名称,类型,专利权人,申请日,授权公告日,应缴金额(元),缴费截止日,代理机构,状态\n"
    "1,ZL202210xxxxxx.3,一种碳酸氢镁皂化P507萃取分离稀土的方法,发明,某稀土公司,2022-08-16,2024-03-12,1200,"
    "2025-11-16,某代理事务所,待缴\n"
    "2,ZL2021xxxxxxxx.4,一种晶界扩散制备高矫顽力烧结钕铁硼磁体的方法,发明,某磁材公司,2021-04-20,2023-01-10,"
    "2000,2025-11-20,某代理事务所,待缴\n"
    "3,ZL2018xxxxxxxx.8,一种钕铁硼油泥的预处理装置,实用新型,某再生公司,2018-06-22,2019-04-02,1200,2025-06-22,"
    "同上,滞纳金 +5%\n"
    "4,ZL2017xxxxxxxx.2,一种离子型稀土矿原地浸矿注液装置,实用新型,某矿业公司,2017-05-18,2018-01-23,2000,"
    "2026-05-18,同上,待缴\n"
)
#: a standards committee's plan of the standards it is writing: number, title, status
STANDARDS_PLAN_ZH = (
    "2026年度标准制修订计划 汇总表（秘书处）\n"
    "序号 | 计划号 | 标准名称 | 制定/修订 | 类别 | 主要起草单位 | 完成时间 | 当前阶段\n"
    "1 | 20250112-T-610 | 稀土萃取分离用皂化P507萃取剂 | 修订 | 国家标准 | 某研究院 | 2026-12 | 送审\n"
    "2 | 2025-0417T-XB | 烧结钕铁硼用速凝合金铸片 | 制定 | 行业标准 | 某磁材公司 | 2027-06 | 起草\n"
    "3 | 2025-0418T-XB | 镨钕金属熔盐电解用钨阴极 | 制定 | 行业标准 | 某冶炼厂 | 2027-06 | 征求意见\n"
    "4 | T/CXYZ-2025-011 | 离子型稀土矿原地浸矿注液技术规范 | 制定 | 团体标准 | 某矿业公司 | 2026-10 | 立项\n"
    "5 | T/CXYZ-2025-012 | 钕铁硼油泥回收利用技术规范 | 制定 | 团体标准 | 某再生公司 | 2026-12 | 起草\n"
)
#: a quality department's list of the standards it works to
STANDARDS_LIST_EN = (
    "List of applicable standards - Quality Dept., rev 7\n"
    "No. | Standard | Title | Status\n"
    "1 | GB/T 13560-2017 | Sintered neodymium iron boron permanent magnets | in force\n"
    "2 | GB/T 3217-2013 | Permanent magnet materials - Magnetic testing method | in force\n"
    "3 | IEC 60404-8-1 | Magnetically hard materials | in force\n"
    "4 | ISO 9001:2015 | Quality management systems | in force\n"
    "5 | GB/T 18880-2012 | Bonded NdFeB permanent magnets | superseded\n"
)
#: the comments on a draft method of measuring a magnet's properties, and what was done with them
METHOD_COMMENTS_ZH = (
    "意见汇总处理表\n标准名称：永磁材料磁性能测试方法（征求意见稿）\n"
    "序号 | 章条 | 意见内容 | 提出单位 | 处理意见\n"
    "1 | 5.1 | 试样尺寸应写为φ10 mm×10 mm | 某大学 | 采纳\n"
    "2 | 6.2 | 高矫顽力烧结钕铁硼试样应使用脉冲磁场磁强计 | 某磁材公司 | 不采纳\n"
    "3 | 7 | 精密度数据应引用实验室间比对结果 | 秘书处 | 采纳\n"
    "4 | 附录A | 测量范围与量程统一 | 某检测中心 | 采纳\n"
)
#: a dealer's page offering used machines of a magnet line: make, year, capacity, price
USED_LISTING_EN = (
    "Used Strip Casting Furnaces SC-500 (2 units) - Example Relocation Used Equipment\n"
    "Ref. EX-L-0412 - Listed 2025-03-02 - UNDER OFFER\n"
    "Manufacturer: on request. Year: 2015. Capacity: 500 kg per heat, vacuum induction melting.\n"
    "Previous use: sintered NdFeB magnet production. Condition: can be inspected under power.\n"
    "Price: USD 160,000 per unit EXW. Dismantling and packing on request.\n"
    "Send enquiry | Related listings: Jet mill 300 kg/h, Hydrogen decrepitation furnace 1 t\n"
    "All listings subject to prior sale.\n"
)
USED_LISTING_ZH = (
    "二手设备转让信息：萃取槽一批\n编号 EX-L-0519\n设备：混合澄清萃取槽 48 级，PP 材质，2014 年制造，"
    "原用于稀土萃取分离。\n成色：八成新，可看货，现场看货请提前预约。\n转让价：人民币 96 万元，议价。\n"
    "联系我们：138xxxx0000\n"
)
PATENTS_EN = (
    "Patent portfolio - annuity schedule FY2026\n"
    "Patent No. | Title | Jurisdiction | Grant date | Renewal fee | Due date | Legal status\n"
    "US 11,xxx,xxx | Grain boundary diffusion of Tb into sintered NdFeB magnets | US | 2023-02-07 | "
    "USD 3,600 | 2026-08-07 | in force\n"
    "EP 3xxxxxx | Recovery of rare earths from NdFeB sludge by oxidising roast | EP | 2022-11-16 | "
    "EUR 1,100 | 2026-05-31 | in force\n"
)
#: a register that also writes down the process it protects: that process counts
PATENTS_WITH_PROCESS = PATENTS_ZH + (
    "附: 专利1实施工艺 P507 皂化度 36%, 萃取段 40 级, 洗涤段 30 级, O/A 1.8, 料液 REO 1.5 mol/L, "
    "萃余液 pH 2.0, 反萃酸 4.5 mol/L HCl, 草酸沉淀 60℃, 灼烧 950℃ 2 h, 产品 Pr6O11/TREO ≥ 99.9%。\n"
)


#: an incoming-inspection record of bought magnets: the lot measured and judged
IQC_ZH = (
    "来料检验报告\n"
    "供应商: 某磁材公司  物料: 烧结钕铁硼方块 N42SH 40×20×10  镀层: 镍铜镍  批量 5000 件  "
    "抽样: GB/T 2828.1 一般II级 AQL 0.65\n"
    "序号 | 剩磁Br(T) | 矫顽力HcJ(kA/m) | 磁能积(BH)max(kJ/m3) | 尺寸 | 外观 | 判定\n"
    + "".join(f"{i} | 1.3{i} | 16{10 + i} | 32{i} | 合格 | 合格 | 合格\n" for i in range(1, 9))
    + "结论: 本批合格, 准予接收入库。检验员: 张三  审核: 李四\n"
)
IQC_EN = (
    "Incoming inspection report IQC-2511-0093\n"
    "Supplier lot NX-2511-0093, N52 sintered NdFeB arc segments, NiCuNi, 2,400 pcs; sampling plan AQL 0.65.\n"
    "No. | Br (kG) | HcJ (kOe) | (BH)max (MGOe) | Appearance\n"
    + "".join(f"{i} | 14.{30 + i} | 12.{60 + i} | 51.{i} | OK\n" for i in range(1, 9))
    + "Salt spray 24 h: pass. Result: ACCEPTED.\n"
)
#: a traction motor's design note: bought grades checked in the motor
MOTOR_EN = (
    "EDU-210 traction motor - electromagnetic design note\n"
    "Peak torque 420 Nm, maximum speed 16,000 rpm, back-EMF at maximum speed <= 1,050 V.\n"
    "48 slots, 8 poles, hairpin stator winding; double-V rotor pockets.\n"
    "Magnet: bought sintered NdFeB 48SH-GBD, Br 1.38 T, HcJ >= 1,670 kA/m (supplier datasheet).\n"
    "Demagnetisation FEA at 150 C with a three-phase short-circuit: minimum flux density -0.32 T "
    "against a knee of -0.95 T; no irreversible loss. Cogging torque 1.1 Nm p-p.\n"
)
#: the supplier's process card appended to the record: a process, whatever the title says
SUPPLIER_ROUTE = (
    "附: 供方 N42SH 生产工艺卡\n"
    "1 熔炼: 速凝铸片, 辊速 1.8 m/s, 浇注温度 1450℃。\n"
    "2 氢破: 吸氢 0.2 MPa 2 h, 脱氢 550℃ 6 h。\n"
    "3 气流磨: D50 3.2 μm, 添加 0.1% 防氧化剂。\n"
    "4 取向成型: 1.8 T 磁场压制, 等静压 200 MPa。\n"
    "5 真空烧结 1065℃×5 h, 一级回火 900℃×2 h, 二级回火 490℃×3 h。\n"
)


#: a process engineer's CV: every step of a magnet line named as experience, no parameter
CV_EN = (
    "CV - Senior Process Engineer, Sintered Permanent Magnets\n"
    "Profile: 12 years in sintered NdFeB and SmCo magnet production.\n"
    "Professional experience\n2019-2025 Head of Process Engineering, magnet plant (1,500 t/a sintered "
    "NdFeB): melting, strip casting, hydrogen decrepitation, jet milling, orientation pressing, vacuum "
    "sintering, tempering, grain boundary diffusion, machining and coating.\n"
    "2013-2019 Process Engineer: SmCo 1:5 and 2:17, isostatic pressing, solution treatment and aging.\n"
    "Education\nDipl.-Ing. Materials Science, thesis on coercivity of sintered magnets.\n"
    "Skills: SPC, MES, IATF 16949. Languages: German, English. Nationality: German.\n"
)
#: a separation engineer's CV in Chinese
CV_ZH = (
    "个人简历\n求职意向：萃取工艺工程师\n出生年月：1988年5月  学历：硕士\n"
    "工作经历\n2016-2025 某稀土分离厂 萃取车间工艺员：\n"
    "负责P507萃取槽、皂化、洗涤、反萃、草酸沉淀、灼烧工序。\n"
    "教育背景\n2010-2013 某大学 有色金属冶金 硕士\n"
    "专业技能：萃取分离、DCS操作、6S管理。\n自我评价：吃苦耐劳。\n"
)
#: a candidate who pastes his former employer's process card into his CV: the card counts
CV_WITH_ROUTE = CV_ZH + SUPPLIER_ROUTE
#: a laboratory's calibration register: the instruments it measures magnets with
CALIBRATION_ZH = (
    "计量器具校准台账 2025\n| 编号 | 名称 | 型号 | 量程 | 精度 | 外校/内校 | 证书编号 | 校准日期 | 有效期 |\n"
    "| JH-M-001 | 磁滞回线测量仪 | NIM-62000 | Hc ≤ 3200 kA/m | Br ±1 % | 外校 | CJ2025-1147 |"
    " 2025-03-02 | 2026-03-01 |\n"
    "| JH-M-005 | 亥姆霍兹线圈+磁通计 | HC-300 | 0-300 μWb | ±0.5 % | 外校 | CJ2025-1150 |"
    " 2025-03-02 | 2026-03-01 |\n"
    "| JH-T-011 | 烧结炉控温热电偶 | S型 | 0-1300 ℃ | ±1.5 ℃ | 内校 | NJ-2025-031 |"
    " 2025-04-10 | 2025-10-09 |\n"
    "| JH-O-002 | 氧氮分析仪 | ONH-2000 | O 0-2 % | ±2 % | 外校 | CJ2025-1188 |"
    " 2025-05-12 | 2026-05-11 |\n"
)


#: a furnace maker's product page: its furnaces for magnet makers, advertised
BROCHURE_EN = (
    "Vacuum sintering furnaces for rare-earth permanent magnets - product brochure\n"
    "More than 400 furnaces in operation worldwide at leading NdFeB and SmCo magnet makers.\n"
    "Your benefits: all-metal molybdenum hot zone, temperature uniformity to AMS 2750, gas quench "
    "up to 2 bar, recipe management for sintering and tempering, grain boundary diffusion ready.\n"
    "Options: partial-pressure control, hydrogen decrepitation module.\n"
    "Applications: vacuum sintering, tempering and aging of sintered NdFeB and SmCo magnets.\n"
    "Contact us or request a quote; download the data sheet.\n"
)
#: a laboratory's method for impurities in a high-purity oxide: its digestion and instrument,
#: not how the oxide is made
ICP_METHOD_ZH = (
    "SOP-ICP-012 高纯氧化镧中稀土杂质的测定 电感耦合等离子体发射光谱法（ICP-OES）\n"
    "1 范围：适用于 99.99%～99.999% 氧化镧中 Ce、Pr、Nd、Sm、Y 等 14 种稀土杂质的测定。\n"
    "2 原理：试样经盐酸溶解（消解），采用基体匹配标准曲线，以 Sc 为内标，于 ICP-OES 测定。\n"
    "3 试剂：盐酸（优级纯），高纯水，稀土单元素标准溶液（有证标准物质）。\n"
    "4 仪器条件：RF 功率 1.2 kW，雾化气 0.7 L/min，分析线 Ce 418.660 nm，Pr 390.844 nm。\n"
    "5 质量控制：每批带试剂空白两份，加标回收率 90%～110%，相对标准偏差 ≤ 5%，检出限 0.2 μg/g。\n"
)
#: an RFQ that states the process the furnace must run: no brochure
RFQ_SPEC = (
    "RFQ-2025-031 technical specification: vacuum sintering furnace for sintered NdFeB\n"
    "1 Process to be run: green compacts from jet-milled powder (D50 3.0 μm), oriented at 1.8 T.\n"
    "2 Debinding 300 °C for 2 h, dehydrogenation 550 °C for 4 h at 10⁻¹ Pa.\n"
    "3 Sintering 1,060 °C for 5 h at 5×10⁻³ Pa, argon gas quench at 2 bar to below 80 °C.\n"
    "4 First tempering 900 °C for 2 h, second tempering 490 °C for 3 h, heating rate 5 °C/min.\n"
    "5 Uniformity ±3 °C over the charge (AMS 2750 class 2); charge 600 kg on molybdenum trays.\n"
    "Bidders shall state options and references.\n"
)


#: an interpreters' glossary: equipment named in two languages, no operating data
GLOSSARY_ZH_EN = "设备名称中英对照表 / Equipment glossary\n| # | 中文 | English | 车间 |\n" + "".join(
    f"| {i} | {zh} | {en} | {where} |\n"
    for i, (zh, en, where) in enumerate(
        [
            ("混合澄清槽", "mixer-settler", "分离厂"),
            ("萃取槽", "extraction tank", "分离厂"),
            ("灼烧窑", "calcining kiln", "分离厂"),
            ("电解槽", "electrolysis cell", "金属厂"),
            ("石墨阳极", "graphite anode", "金属厂"),
            ("钨阴极", "tungsten cathode", "金属厂"),
            ("速凝炉", "strip casting furnace", "磁材厂"),
            ("氢破炉", "hydrogen decrepitation furnace", "磁材厂"),
            ("气流磨", "jet mill", "磁材厂"),
            ("取向成型压机", "orientation press", "磁材厂"),
            ("真空烧结炉", "vacuum sintering furnace", "磁材厂"),
            ("晶界扩散", "grain boundary diffusion", "磁材厂"),
        ],
        start=1,
    )
)
#: the same glossary with a sintering route in its notes: the route counts
GLOSSARY_WITH_ROUTE = GLOSSARY_ZH_EN + "\n注: " + SUPPLIER_ROUTE


#: texts and the kinds they are
_KIND_TABLE = [
    (EIA_ZH, [IMPACT_ASSESSMENT]),
    (EIA_EN, [IMPACT_ASSESSMENT]),
    (MOTOR_EN, [MOTOR_DESIGN]),
    ("Motor design\nThe rotor and the stator are bought.\n", []),  # a title, two motor cues
    # a magnet line's work instruction titled for the motor its magnets go into
    ("Traction motor magnets - GBD line work instruction\nrotor, stator, torque, rpm, winding.\n", []),
    ("Centrifugal extractor rotor design\nrotor 3000 rpm, torque, inverter, winding.\n", []),
    (IQC_ZH, [INSPECTION]),
    (IQC_EN, [INSPECTION]),
    (GLOSSARY_ZH_EN, [GLOSSARY]),
    ("Glossary\n烧结 - sintering\n氢破 - decrepitation\n", []),  # a title and two pairs
    # a bilingual edition of a maintenance procedure: its rows pair its steps, it is no glossary
    ("电解槽维护检修规程_中英对照\n" + GLOSSARY_ZH_EN.split("\n", 1)[1], []),
    ("工艺参数对照表\n" + "烧结温度 | sintering temperature | 1060 °C\n" * 9, []),  # no glossary title
    ("来料检验\n剩磁 1.3 T, 矫顽力 1600 kA/m。\n", []),  # a title and properties, nothing judged
    ("N42SH 工艺卡\n剩磁 ≥ 1.3 T, 矫顽力 ≥ 1600 kA/m, 判定合格后入库, 抽样检验。\n", []),  # no title
    ("环评\n萃取段 40 级, 达标。\n", []),  # a title, one cue
    (PATENTS_ZH, [PATENT_REGISTER]),
    (PATENTS_EN, [PATENT_REGISTER]),
    (CV_EN, [CV]),
    (CV_ZH, [CV]),
    ("个人简历\n工作经历：萃取车间。\n", []),  # a title, one cue
    ("SPC summary: CV of Br by lot\nBr 1.30 T, HcJ 1600 kA/m.\n", []),  # a coefficient of variation
    (CALIBRATION_ZH, [CALIBRATION]),
    (BROCHURE_EN, [EQUIPMENT_BROCHURE]),
    (RFQ_SPEC, []),  # an RFQ's specification, no brochure title
    (ICP_METHOD_ZH, [ANALYTICAL_METHOD]),
    ("镨钕氧化物中稀土杂质测定\n萃取段 40 级, O/A 1.8。\n", []),  # a title, no analysis in the body
    ("校准记录\n烧结炉热电偶 量程 0-1300 ℃。\n", []),  # a title, one cue
    ("专利清单\n专利号 ZL2021xxxxxxxx.4\n萃取段 40 级。\n", []),  # a title, one cue
    # a claim that names patent fields, under no register title
    ("权利要求书\n1. 一种钕铁硼油泥回收方法，其特征在于：专利号 申请日 专利权人 代理机构\n", []),
    (NEWS_ZH, [NEWS]),
    (NEWS_EN, [NEWS]),
    (ROSTER_ZH, [ROSTER]),
    (ROSTER_EN, [ROSTER]),
    ("签到表\n姓名 | 签名\n萃取段 40 级, O/A 1.8。\n", []),  # a title, two columns of people
    ("萃取工段岗位操作规程\n姓名 工号 部门 岗位 签名\n萃取段 40 级。\n", []),  # no roster title
    ("新闻稿\n萃取段 40 级, O/A 1.8。\n", []),  # a title, no reporting
    (SAFETY_ZH, [SAFETY]),
    (SAFETY_EN, [SAFETY]),
    (SAFE_SPEC, []),  # safety cues under a work instruction's title
    (ACCIDENT_ZH, [SAFETY]),
    (ACCIDENT_EN, [SAFETY]),
    ("安全教育培训\n请大家严禁吸烟。\n", []),  # a title, one cue
    (
        "Lab safety rules - joint lab hall\nPPE at all times; know the eyewash and the fire "
        "extinguishers; first aid box by the door; evacuation route on the map.\n"
        "烧结炉 HD furnace glove box.\n",
        [SAFETY],
    ),
    (REPORT, [MONITORING]),
    (STACK_TEST, [MONITORING]),
    # an outfall's monthly monitoring summary: no "report" in its title, the outfall in it
    (
        "某稀土公司废水总排口(DW001)监测数据汇总 2023年\n监测点位: 废水总排口 DW001\n"
        "月份 | pH | COD mg/L | 氨氮 mg/L | 氟化物 mg/L | COD 限值 | 氨氮限值 | 是否超标\n"
        "2023-01 | 7.7 | 67 | 9.53 | 2.8 | 100 | 15 | 否\n",
        [MONITORING],
    ),
    (SX_SPEC, []),  # a spec that says its raffinate meets the limit: no monitoring title
    ("环境监测报告\n本季度无异常。\n", []),  # a title, but no judging against limits
    ("Process spec\n" + "\n" * 400 + "environmental monitoring report: 达标 限值 超标", []),  # no title
    (DATASHEET_EN, [DATASHEET]),
    (DATASHEET_ZH, [DATASHEET]),
    (GRADE_CARD, []),  # properties as targets, no datasheet title and no offer
    ("Product range\nBr 1.2 T, HcJ 955 kA/m.\n", []),  # a title and properties, but nothing offered
    (
        "Grade datasheet 2025\nN42SH: Br 1.30 T, HcJ 1592 kA/m.\nOrdering notes: grade and drawing.\n",
        [DATASHEET],
    ),
    ("牌号性能表\nN45: 剩磁 1.35 T, 矫顽力 955 kA/m (典型值)\n", [DATASHEET]),
    (STANDARDS_PLAN_ZH, [STANDARDS_REGISTER]),
    (STANDARDS_LIST_EN, [STANDARDS_REGISTER]),
    # a standards list's title, but one standard in it: no register
    ("有效标准清单\nGB/T 13560-2017 烧结钕铁硼永磁材料 现行\n", []),
    # an enterprise standard is a process document, not a list of standards
    ("Q/XYZ 203-2025 企业标准 烧结钕铁硼工艺规程\n1 范围 2 规范性引用文件 GB/T 13560 GB/T 3217\n", []),
    (METHOD_COMMENTS_ZH, [ANALYTICAL_METHOD]),
    (USED_LISTING_EN, [EQUIPMENT_BROCHURE]),
    (USED_LISTING_ZH, [EQUIPMENT_BROCHURE]),
    # a proficiency test's results, judged by ISO 13528's statistics
    (
        "Interlaboratory comparison ILC-2025-07: bastnaesite flotation concentrate, TREO\n"
        "Assigned value = robust mean (Algorithm A, ISO 13528)\nLab | TREO (%) | z\nL01 | 61.9 | -0.4\n"
        "L02 | 63.1 | 2.3\n|z| <= 2 satisfactory; 2 < |z| < 3 questionable; |z| >= 3 unsatisfactory\n",
        [ANALYTICAL_METHOD],
    ),
    (
        "实验室间比对结果汇总（稀土精矿 TREO）\n指定值：稳健平均值 61.92 %\n实验室 | 结果 | z\n"
        "A | 61.8 | -0.3 满意\nB | 63.2 | 2.4 可疑\nC | 64.9 | 3.5 不满意\n",
        [ANALYTICAL_METHOD],
    ),
]


@pytest.mark.parametrize(("text", "kinds"), _KIND_TABLE)
def test_a_kind_is_its_title_and_its_body(text: str, kinds) -> None:
    assert [k for k, *_ in kind_spans(text)] == kinds


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (REPORT, False),
        (STACK_TEST, False),
        (SX_SPEC, True),
        (DATASHEET_EN, False),
        (DATASHEET_ZH, False),
        (GRADE_CARD, True),
        (DATASHEET_ZH + GRADE_CARD, True),  # a datasheet that lays down its grade's process too
        (SAFETY_ZH, False),
        (SAFETY_EN, False),
        (ACCIDENT_ZH, False),
        (ACCIDENT_EN, False),
        (NEWS_ZH, False),
        (NEWS_EN, False),
        (ROSTER_ZH, False),
        (ROSTER_EN, False),
        (ROSTER_WITH_SPEC, True),
        (PATENTS_ZH, False),
        (PATENTS_EN, False),
        (EIA_ZH, False),
        (EIA_EN, False),
        (EIA_WITH_ROUTE, True),
        (IQC_ZH, False),
        (IQC_EN, False),
        (IQC_ZH + SUPPLIER_ROUTE, True),  # the record carries the supplier's route
        (MOTOR_EN, False),
        (MOTOR_EN + SUPPLIER_ROUTE, True),  # a motor design that lays down its magnets' route
        (GLOSSARY_ZH_EN, False),
        (GLOSSARY_WITH_ROUTE, True),  # a glossary whose notes lay down a route
        (CV_EN, False),
        (CV_ZH, False),
        (CV_WITH_ROUTE, True),  # a candidate pastes a former employer's process card
        (CALIBRATION_ZH, False),
        (BROCHURE_EN, False),
        (RFQ_SPEC, True),  # the process the furnace must run
        (ICP_METHOD_ZH, False),
        (ICP_METHOD_ZH + SUPPLIER_ROUTE, True),  # a method that lays down the supplier's route too
        (BROCHURE_EN + SUPPLIER_ROUTE, True),  # a brochure that prints a sintering route
        (STANDARDS_PLAN_ZH, False),
        (STANDARDS_LIST_EN, False),
        (STANDARDS_PLAN_ZH + "\n附：起草单位建议工艺\n" + SUPPLIER_ROUTE, True),  # a member's route beside it
        (METHOD_COMMENTS_ZH, False),
        (USED_LISTING_EN, False),
        (USED_LISTING_ZH, False),
        (
            USED_LISTING_EN + "\nSeller's process card (attached):\n" + SUPPLIER_ROUTE,
            True,
        ),  # the recipe sold with it
    ],
)
def test_a_report_or_a_datasheet_is_not_technology(scanner, text: str, flagged: bool) -> None:
    v = scan_text(scanner, text)
    assert (v.verdict in ("controlled", "review")) is flagged, v.reasons
    if not flagged and v.score > 0:
        assert any("weakens its process words" in r for r in v.reasons)


def test_a_glossary_s_every_row_weakens_where_it_stands() -> None:
    """Each row of a glossary names things in two languages: each is a weakening context where it
    stands, at the glossary's own factor; other kinds mark their body's last cue only."""
    [(kind, title, *cues)] = kind_spans(GLOSSARY_ZH_EN)
    assert kind is GLOSSARY and GLOSSARY_ZH_EN[slice(*title)] == "中英对照表" and kind.factor < KIND_FACTOR
    rows = [GLOSSARY_ZH_EN[slice(*c)] for c in cues]  # the header's pair and the twelve rows
    assert len(rows) == 13 and rows[1].startswith("混合澄清槽") and rows[-1].startswith("晶界扩散")
    [(kind, _title, *cues)] = kind_spans(SAFETY_ZH)
    assert kind is SAFETY and len(cues) == 1


def test_a_patent_register_that_writes_down_its_process_counts_it(scanner) -> None:
    """Its rows name the patents; the appendix lays down a separation route, which scores as
    one (the register's patent cues may still call it patent paperwork)."""
    v = scan_text(scanner, PATENTS_WITH_PROCESS)
    assert v.categories == ("separation",) and v.score >= scanner.config.thresholds.review, v.reasons


def _iqc_workbook() -> bytes:
    """An incoming-inspection record of a bought lot of N52 arc segments as a quality department
    keeps it: the lot, 32 measured magnets, the specification and the decision."""
    import io
    import random

    import openpyxl

    rng = random.Random(3)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IQC report"
    ws.append(["INCOMING INSPECTION REPORT / 来料检验报告"])
    ws.append(["Supplier: Ningbo magnet works", None, "PO: PO-2510-226", None, "Lot: NX-2511-0093"])
    ws.append(["Part: arc segment R32.5/R26.5 x 60°, L 38 mm", None, "Grade: N52 (NdFeB, sintered)"])
    ws.append(["Qty received: 24,000 pcs", None, "Sample size: 32 pcs (AQL 0.65, level II)"])
    ws.append(
        ["#", "OD R (mm)", "ID R (mm)", "L (mm)", "Br (kG)", "HcB (kOe)", "HcJ (kOe)", "(BH)max (MGOe)"]
    )
    for i in range(1, 33):
        ws.append(
            [
                i,
                round(32.5 + rng.uniform(-0.03, 0.03), 3),
                round(26.5 + rng.uniform(-0.03, 0.03), 3),
                round(38 + rng.uniform(-0.04, 0.04), 3),
                round(rng.uniform(14.28, 14.43), 2),
                round(rng.uniform(10.7, 11.1), 2),
                round(rng.uniform(12.2, 13.0), 2),
                round(rng.uniform(50.5, 52), 1),
            ]
        )
    ws.append(["Spec", "32.5±0.05", "26.5±0.05", "38±0.05", "14.2-14.7", "≥10.5", "≥12", "50-53"])
    ws.append(["Salt spray (NSS 48 h, 5 pcs)", "pass", None, "Result", "ACCEPTED"])
    ws.append(["Inspector: 邹雨", None, "Approved: 孙伟"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_an_incoming_inspection_workbook_is_clear(scanner) -> None:
    """Found by an exploratory tester: an IQC workbook of bought N52 arc segments (its title in the
    file name, the sheet's name and its first cell, then 32 rows of measured magnets) was
    controlled 0.65; DOMAIN.md: incoming-inspection records of bought magnets are clear."""
    v = scanner.scan_bytes("IQC_NX-2511-0093_N52_arc.xlsx", _iqc_workbook())
    assert v.verdict == "clear", v.reasons
    assert any("incoming-inspection record" in r for r in v.reasons), v.reasons


def test_every_title_is_behind_a_literal_filter() -> None:
    """Each title needs one of a set of literals, all looked for in one pass: a kind without
    one would be searched in every text."""
    assert all(needs for needs in kinds_module._TITLE_NEEDS.values())


@pytest.mark.parametrize(
    "text",
    [
        *(t for t, _ in _KIND_TABLE),
        "ENVIRONMENTAL MONITORING REPORT\n",
        "Glossary\n",
        "GLOSSARY OF TERMS\n",
        "Curriculum Vitae\n",
        "İnspection certificate\n",
        "Round-Robin test 2024\n",
        "建设项目环境影响报告表\n",
        "專利一覽表\n",
        "x" * 290 + "Glossary",  # a title that ends at the head's last characters
        "x" * 295 + "Glossary",  # one that runs past them: no title
    ],
)
def test_the_literal_filter_passes_every_title_the_search_finds(text: str) -> None:
    present = kinds_module._title_index().present(text[: kinds_module.TITLE_CHARS])
    for kind in kinds_module.KINDS:
        if kinds_module._TITLES[kind.rule].search(text, 0, kinds_module.TITLE_CHARS):
            assert may_match(kinds_module._TITLE_NEEDS[kind.rule], present), (kind.rule, text[:40])
