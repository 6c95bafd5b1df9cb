import random
from lib import *

def C13(F):
    rng = random.Random(113)
    slides = [("项目概览 Project Overview", ["在泰国罗勇工业园设立再生钕铁硼合资公司 JV for recycled sintered NdFeB in Rayong, Thailand", "产能 Capacity: 1,000 tpa recycled magnets", "投资总额 Total investment: USD 48m", "中方 55% / 泰方 45%"]),
              ("市场机会 Market", [filler(rng, "en", "market", 2), filler(rng, "zh", "market", 2)]),
              ("废料来源 Feedstock", [["来源 Source", "t/a", "Share"], ["硬盘音圈电机 HDD VCM", "320", "30%"], ["电机返修件 Motor returns", "260", "24%"], ["加工边角料 Machining offcuts", "400", "37%"], ["其他 Others", "100", "9%"]]),
              ("合资架构 JV Structure", ["董事会 5 席:中方 3,泰方 2", "技术许可 + 设备出资", "泰方负责 BOI 优惠及废料收集网络"]),
              ("核心工艺 Core Process (1/2) — 短流程氢破再生", ["废磁体去镀层:喷砂去 Ni-Cu-Ni 层,或 5% HNO3 剥离 3 min", "氢破 HD:0.15 MPa H2, 室温吸氢 3 h;600 °C 脱氢 5 h,残氢 < 800 ppm", "补加 NdH2 粉 2.0 wt% 以补偿富稀土相氧化损失", "气流磨 D50 3.5 μm,氮气含氧 < 30 ppm"]),
              ("核心工艺 Core Process (2/2)", [["工序 Step", "参数 Parameter", "目标 Target"], ["取向压制 Pressing", "1.8 T, 0.6 t/cm², CIP 180 MPa", "密度 4.3 g/cm³"], ["烧结 Sintering", "1,070 °C × 4 h, <5×10⁻³ Pa", "≥ 7.52 g/cm³"], ["一级回火 1st temper", "900 °C × 2 h", ""], ["二级回火 2nd temper", "500 °C × 3 h", ""], ["性能 Properties", "Br 13.0 kGs, HcJ 17 kOe", "≥ 95% of virgin N42SH"], ["氧含量 O content", "—", "< 3,500 ppm"]]),
              ("财务 Financials", [filler(rng, "en", "finance", 2), "IRR 19.2%, payback 4.6 years"]),
              ("风险 Risks", [filler(rng, "en", "risk", 2), filler(rng, "zh", "policy", 1)]),
              ("时间表 Timeline", ["2026Q1 签署合资合同", "2026Q2 BOI 批复 & 技术出口许可", "2027Q1 投产"]),
              ("下一步 Next Steps", ["双方尽调 Mutual DD", "Term sheet by Dec 2025"])]
    fn = "Rayong Recycled Magnet JV_proposal_CN-EN.pptx"
    write_pptx(F(fn), "再生钕铁硼合资项目建议 Recycled NdFeB Magnet JV Proposal", slides, author="Liu Yang", subtitle="2025年11月 November 2025 | Confidential")
    return dict(file=fn, verdict="controlled", control_codes=["1E902.a"], categories=["recycling", "magnet-manufacturing"], magnet_types=["NdFeB"], carrier="process-spec", exclusion=None, language="mixed", hard_negative=False, note="Bilingual JV deck; two slides give hydrogen-processing route for scrap magnets back to sintered NdFeB with HD/sinter/temper parameters")

def C14(F):
    rng = random.Random(114)
    secs = [("一、委託範圍", ["本所受香港恒昌資本有限公司委託,對其擬收購之越南海防重稀土金屬廠(以下稱「標的公司」)進行財務、法律及技術盡職調查。", filler(rng, "tw", "strategy", 4)]),
            ("二、標的公司概況", ["標的公司成立於2018年,主要產品為金屬鏑、金屬鋱及鏑鐵合金,年產能 120 噸。主要客戶為日本及韓國之磁材廠。", filler(rng, "tw", "market", 5)]),
            ("三、財務盡職調查", [fin_table(rng, "tw"), filler(rng, "tw", "finance", 6), filler(rng, "tw", "finance", 5)]),
            ("四、法律盡職調查", [filler(rng, "tw", "policy", 5), "標的公司之投資執照及環評批文均有效;惟廠房土地使用權將於2031年到期,需辦理展延。", filler(rng, "tw", "risk", 4)]),
            ("五、市場與競爭", [filler(rng, "tw", "market", 6), filler(rng, "tw", "market", 5)]),
            ("六、環境、社會與治理", [filler(rng, "tw", "esg", 5)]),
            ("七、結論與建議", ["整體而言,標的公司經營穩健,建議於議約中加入技術人員留任條款及製程資料完整移交條款。", filler(rng, "tw", "risk", 3)])]
    tech = [
      "本附錄記錄標的公司現行鈣熱還原製程,係依據現場查核之作業指導書 WI-RM-03 及近 6 個月生產紀錄整理,用以評估技術價值。",
      "1. 原料:氟化鏑(DyF3,含氧 ≤ 0.1%)及金屬鈣(蒸餾鈣,粒度 3–5 mm,Mg ≤ 0.05%)。鈣過量係數 1.15。",
      "2. 還原:鉭坩堝裝料 40 kg DyF3,真空中頻爐抽真空至 1×10⁻² Pa 後充氬至 0.05 MPa;升溫至 1,000 °C 起反應,續升至 1,550 °C(高於 Dy 熔點)保溫 20 min,使金屬與 CaF2 渣分層;隨爐冷卻。",
      "3. 蒸餾提純:粗鏑於 1,450 °C、5×10⁻⁴ Pa 真空蒸餾 6 h,冷凝於鉬冷凝罩,去除殘鈣及 CaF2;金屬鋱則改用 1,650 °C、真空 8 h。",
      [["項目", "鏑", "鋱"], ["還原溫度 °C", "1,550", "1,600"], ["蒸餾溫度 °C", "1,450", "1,650"], ["直收率", "96.5%", "95.8%"], ["純度 RE/TREM", "≥99.9%", "≥99.95%"], ["Ca ppm", "≤ 50", "≤ 50"], ["O ppm", "≤ 500", "≤ 600"], ["Ta ppm", "≤ 200", "≤ 300"]],
      "4. 鏑鐵合金:以 Dy2O3 於 DyF3-LiF 熔鹽中以鐵陰極電解,槽溫 1,050 °C,合金 Dy 80 ± 1%。",
      "技術評估意見:標的製程成熟,鉭坩堝壽命(約 25 爐)為成本關鍵。",
    ]
    secs.append(("附錄丙、技術查核紀錄", tech))
    fn = "海防重稀土金屬廠_盡職調查報告_定稿.pdf"
    write_pdf(F(fn), "越南海防重稀土金屬廠\n盡職調查報告", secs, author="德衡會計師事務所", footer="機密文件", cover_lines=["委託人:香港恒昌資本有限公司", "2025年9月"])
    return dict(file=fn, verdict="controlled", control_codes=["1E902.a"], categories=["metal-smelting"], magnet_types=[], carrier="process-spec", exclusion=None, language="zh", hard_negative=False, note="Traditional-Chinese DD report; Appendix gives calcium reduction of DyF3/TbF3, vacuum distillation and Dy-Fe electrolysis parameters")

def C15(F):
    rng = random.Random(115)
    secs = [("一、出差概况", ["出差人员:技术服务部 张强、刘志刚、陈斌(电气)", "出差地点:越南北宁省 VN Magnetic Recycling JSC", "出差时间:2025年9月1日—9月26日", "出差任务:钕铁硼油泥回收生产线设备安装指导、调试及操作维护培训"]),
            ("二、客户及项目背景", ["客户为越韩合资企业,收集韩国及越南北部磁材加工厂的油泥及废料,设计处理能力 1,500 t/a(干基)。本公司按合同提供设备及安装调试技术服务。", filler(rng, "zh", "market", 5), filler(rng, "zh", "strategy", 4)]),
            ("三、安装调试工作记录", [
                [["日期", "工作内容", "问题及处理"],
                 ["9.1–9.4", "回转窑就位、找正;托轮调整", "窑体径向跳动 4 mm,超出 ≤ 2 mm 要求,重新调整托轮后 1.5 mm"],
                 ["9.5–9.8", "浸出槽(4×20 m³)、搅拌器安装;管道试压", "盐酸管线 PVDF 法兰渗漏 2 处,更换垫片"],
                 ["9.9–9.12", "回转窑烘窑:室温→300 °C(24 h)→600 °C(24 h)→850 °C", "烘窑期间燃烧器火焰不稳,调整空燃比至 1.25"],
                 ["9.13–9.16", "单机试车;压滤机、草酸沉淀槽、隧道窑试车", "隧道窑 3 区温控偏差 12 °C,更换热电偶"],
                 ["9.17–9.22", "投料联动试车:油泥 2 t/d→5 t/d", "浸出终点 pH 偏低(3.2),原因为加酸计量泵标定错误,重新标定后 pH 4.2"],
                 ["9.23–9.25", "72 h 考核", "REO 回收率 95.6%,产品 TREO 99.2%,达到合同指标"]],
                "调试过程中,焙烧温度控制在 830–860 °C、优溶终点 pH 4.0–4.5,均按合同附件工艺指标执行,未作变更。"]),
            ("三、附:每日工作日志", [[["日期", "人员", "工作内容", "工时"]] + [[f"9月{d}日", "张强/刘志刚/陈斌", ["设备开箱检查", "基础复测", "回转窑吊装", "托轮调整", "浸出槽安装", "管道焊接", "管道试压", "电气接线", "仪表校验", "烘窑", "烘窑", "单机试车", "单机试车", "PLC 联调", "联动试车", "投料试车", "投料试车", "负荷提升", "负荷提升", "培训", "培训", "72 h 考核", "72 h 考核", "72 h 考核", "资料移交", "总结会"][d-1], "10"] for d in range(1, 27)]]),
            ("四、维护培训", ["共培训客户操作及维修人员 22 名,内容包括:回转窑托轮及耐火材料检查(每月)、浸出槽衬里检查(每季度)、压滤机滤布更换(每 400 批次)、隧道窑推板及热电偶更换。", "提交《设备维护保养手册》越文/英文版各 1 份,《故障处理指南》1 份。"]),
            ("五、遗留问题", ["1. 尾气洗涤塔循环泵备件未到,需客户采购。", "2. 客户提出明年增加 P507 萃取分离段,需另行报价并确认出口许可。"]),
            ("六、费用报销", [[["项目", "金额(元)"], ["机票", "18,600"], ["住宿", "21,400"], ["补贴", "11,700"], ["其他", "2,300"], ["合计", "54,000"]], filler(rng, "zh", "finance", 2)]),
            ("七、客户满意度", [filler(rng, "zh", "esg", 3)])]
    secs = pad(secs, 915, "zh", ["market", "strategy", "policy", "esg"], at=2, paras=3, sent=8, cur="CNY", titles=["二、附:越南磁材产业概况", "二、附:客户发展规划", "二、附:当地政策与许可", "七、附:客户现场安全与环保"])
    fn = "越南北宁油泥回收线调试出差报告_张强.docx"
    write_docx(F(fn), "越南北宁钕铁硼油泥回收线安装调试出差报告", secs, lang="zh", author="张强", subtitle="技术服务部 2025年9月30日")
    return dict(file=fn, verdict="controlled", control_codes=["1E902.b"], categories=["recycling"], magnet_types=[], carrier="process-spec", exclusion=None, language="zh", hard_negative=False, note="Trip report of overseas installation/commissioning/maintenance training of an NdFeB sludge recycling line; process values only as targets (clause b)")

def C16(F):
    rng = random.Random(116)
    secs = [("Welcome", ["Welcome to Suzhou BondMag Materials. This handbook is for engineers joining our overseas technical centre in Penang and for customer engineers attending training at our Suzhou plant.", filler(rng, "en", "strategy", 5)]),
            ("1 Company History", ["Founded in 2003, BondMag produces injection-moulded and compression-bonded magnets for automotive sensors, HVAC motors and consumer electronics.", filler(rng, "en", "market", 5)]),
            ("2 Organisation", [[["Department", "Head", "Headcount"], ["Production", "Wang Jun", "220"], ["Quality", "Maria Santos", "38"], ["R&D", "Dr. Hu Lin", "24"], ["Sales", "Peter Ng", "19"], ["HR & Admin", "Sun Li", "12"]]]),
            ("3 Code of Conduct", ["Employees must avoid conflicts of interest, protect confidential information and comply with anti-bribery laws.", "Technical documents marked 'Restricted' may not be sent outside the company without approval from the Trade Compliance Officer.", filler(rng, "en", "policy", 4)]),
            ("4 Health and Safety", ["Powder handling areas require P2 masks; epoxy resins require nitrile gloves.", filler(rng, "en", "esg", 5)]),
            ("5 Quality System", ["IATF 16949, ISO 9001. Control plans, PFMEA and SPC are maintained for every product family.", filler(rng, "en", "risk", 4)])]
    tech = [
      "6.1 Powder. Melt-spun NdFeB ribbon (Nd 12.0 at%, Co 4 at%, B 5.9 at%, Fe bal.) produced on our 2 planar-flow casters: wheel surface speed 22 m/s, melt ejection 1,350 °C through 0.8 mm × 20 mm slot nozzle under 20 kPa Ar; ribbon crystallised at 680 °C for 10 min in Ar to 20–30 nm grains. Crushed to < 300 µm.",
      "6.2 Compounding. Powder coated with 2.0 wt% epoxy (bisphenol-A type with latent dicyandiamide hardener) dissolved in acetone; add 0.1 wt% zinc stearate lubricant; dry at 60 °C for 1 h.",
      [["Step", "Set-point", "Tolerance", "Check"], ["Compaction pressure", "800 MPa", "±20 MPa", "Every 200 parts"], ["Die temperature", "room", "", ""], ["Green density", "6.0 g/cm3", "≥ 5.9", "Archimedes"], ["Curing", "170 °C × 1 h in air", "±5 °C", "Oven log"], ["Coating", "Epoxy spray 10–20 µm", "", "Salt spray 72 h"], ["Magnetising", "Multipole, 3 T pulse", "", "Flux check 100%"], ["Target properties", "Br 0.68–0.72 T, HcJ ≥ 720 kA/m, (BH)max ≥ 80 kJ/m3", "", "Batch test"]],
      "6.3 Injection moulding grade: powder 92 wt% in PA12, barrel 270 °C, mould 90 °C, injection pressure 120 MPa.",
    ]
    secs.append(("6 Manufacturing Process Overview (Restricted)", tech))
    secs += [("7 IT and Information Security", ["Use company laptops only; USB drives are disabled by default.", filler(rng, "en", "risk", 3)]),
             ("8 Benefits and Leave", [filler(rng, "en", "esg", 4)]),
             ("9 Glossary", [[["Term", "Meaning"], ["PPAP", "Production Part Approval Process"], ["SPC", "Statistical Process Control"], ["Br", "Remanence"], ["HcJ", "Intrinsic coercivity"], ["(BH)max", "Maximum energy product"]]])]
    fn = "BondMag Engineer Onboarding Handbook 2025.pdf"
    write_pdf(F(fn), "Engineer Onboarding Handbook 2025", secs, author="HR Suzhou BondMag", footer="BondMag — Internal", cover_lines=["Suzhou BondMag Materials Co., Ltd.", "Edition 4, June 2025"])
    return dict(file=fn, verdict="controlled", control_codes=["1E902.a"], categories=["magnet-manufacturing"], magnet_types=["NdFeB"], carrier="process-spec", exclusion=None, language="en", hard_negative=False, note="Onboarding handbook; chapter 6 gives melt-spinning, crystallisation, compounding and compaction/curing set-points for bonded NdFeB")
