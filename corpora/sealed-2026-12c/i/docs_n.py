import random
from lib import *

def N1(F):
    rng = random.Random(301)
    secs = [("Chairman's Statement", ["2025 was a year of record shipments for Ningbo Kestrel Magnet Technology. We delivered 21,400 tonnes of sintered NdFeB magnets, up 14%, and completed the first phase of our Baotou and Mexico plants.", filler(rng, "en", "strategy", 6)]),
            ("Business Overview", ["Our integrated value chain covers alloy melting and strip casting, hydrogen decrepitation and jet milling, pressing, sintering, grain-boundary diffusion, machining, coating and magnetising. We do not operate mines or separation plants; oxides and metals are purchased under annual contracts from licensed Chinese producers.", [["Product family", "Typical grades", "Main applications", "2025 shipments (t)"], ["High-coercivity", "48SH, 45UH, 42EH", "EV traction motors", "11,200"], ["High-remanence", "N52, N50M", "Consumer electronics, VCM", "3,100"], ["Industrial", "N42, N45H", "Wind, elevators, servo", "5,600"], ["Diffused low-HRE", "50SH-GBD, 48UH-GBD", "EV, robotics", "1,500"]], filler(rng, "en", "market", 6)])]
    secs += business_sections(rng, "en", ["market", "finance", "strategy", "policy", "risk", "esg"], paras=4, sent=7, cur="CNY")
    secs += [("Research and Development", ["R&D spending reached CNY 412 million (3.6% of revenue). We filed 46 patent applications and the share of products made with grain-boundary diffusion rose to 58%. We continue to work on reducing heavy rare earth use and on Ce-containing grades for cost-sensitive applications.", filler(rng, "en", "strategy", 4)]),
             ("Export Control Compliance", ["Following MOFCOM Announcements No. 61 and 62 of 2025, the company reviewed all technical cooperation with overseas affiliates. Process technology is not transferred to the Mexico plant without an export licence; the Mexico plant currently performs machining, coating and assembly only.", filler(rng, "en", "policy", 4)]),
             ("Corporate Governance", [filler(rng, "en", "policy", 5), filler(rng, "en", "risk", 5)])]
    fn = "Kestrel Magnet Annual Report 2025 (EN).pdf"
    write_pdf(F(fn), "Ningbo Kestrel Magnet Technology\nAnnual Report 2025", secs, author="Investor Relations", footer="Annual Report 2025", cover_lines=["Stock code: 603877", "March 2026"])
    return dict(file=fn, verdict="clear", control_codes=[], categories=[], magnet_types=[], carrier="other", exclusion=None, language="en", hard_negative=True, note="Magnet maker annual report naming every process step, grades and GBD share but no recipes or parameters")

def N2(F):
    rng = random.Random(302)
    secs = [("一、项目概述", ["本项目拟在安徽芜湖建设年产 50 万台新能源汽车永磁同步驱动电机生产基地,总投资 18.6 亿元。项目产品采用外购高性能烧结钕铁硼磁钢(牌号 48SH/45UH),由国内两家磁材企业供货。", filler(rng, "zh", "strategy", 5)]),
            ("二、市场分析", [filler(rng, "zh", "market", 7), filler(rng, "zh", "market", 6), [["年份", "国内新能源车销量(万辆)", "驱动电机需求(万台)", "永磁同步占比"], ["2024", "1,287", "1,520", "94%"], ["2025", "1,560", "1,860", "95%"], ["2026E", "1,780", "2,130", "95%"]]]),
            ("三、产品方案", ["主导产品为 180 kW 扁线油冷永磁同步电机,峰值转速 20,000 r/min,功率密度 5.2 kW/kg。转子采用 V+一字型磁钢排布,单台磁钢用量 1.6 kg。", "磁钢由供应商按我方图纸加工、镀层并充磁后交付,来料检验项目包括尺寸、Br、HcJ、镀层厚度及盐雾试验。", filler(rng, "zh", "strategy", 3)]),
            ("四、建设方案", ["新建定子车间、转子车间、总装车间及试验中心,购置扁线成型机、自动插线机、滴漆线、转子动平衡机、EOL 测试台等设备 460 台套。", filler(rng, "zh", "policy", 4)]),
            ("五、稀土原材料供应风险", ["磁钢成本约占电机材料成本的 25%–30%。为降低镨钕价格波动影响,公司与供应商签订以氧化镨钕月均价为基准的联动定价协议,并开发低重稀土磁钢方案。", filler(rng, "zh", "risk", 5)]),
            ("六、投资估算与资金筹措", [[["项目", "金额(亿元)"], ["建筑工程", "3.2"], ["设备购置", "10.4"], ["安装工程", "0.9"], ["其他费用", "1.6"], ["铺底流动资金", "2.5"], ["合计", "18.6"]], filler(rng, "zh", "finance", 6)]),
            ("七、财务评价", [fin_table(rng, "zh", years=("2027", "2028", "2029", "2030", "2031")), filler(rng, "zh", "finance", 6)]),
            ("八、环境保护与安全", [filler(rng, "zh", "esg", 5)]),
            ("九、结论", ["项目符合国家产业政策,市场前景良好,财务指标可行,建议尽快立项。"])]
    secs = pad(secs, 922, "zh", ["market", "policy", "risk", "esg"], at=3, paras=4, sent=8, cur="CNY", titles=["二、附:细分市场分析", "四、附:产业政策", "五、附:风险补充分析", "八、附:社会效益"])
    fn = "芜湖驱动电机项目投资建议书_报批稿.docx"
    write_docx(F(fn), "年产50万台新能源汽车驱动电机项目投资建议书", secs, lang="zh", author="战略投资部", subtitle="2025年11月")
    return dict(file=fn, verdict="clear", control_codes=[], categories=[], magnet_types=[], carrier="other", exclusion=None, language="zh", hard_negative=True, note="Motor plant investment proposal using purchased NdFeB magnets; magnet grades and incoming inspection only")

def N3(F):
    rng = random.Random(303)
    secs = [("1 Introduction", ["This technical due-diligence report on the Kambove Copper-Cobalt SX-EW project (DRC) was prepared for the lenders' group. It covers geology, mining, processing, infrastructure, environment and cost estimates.", filler(rng, "en", "strategy", 4)]),
            ("2 Geology and Resources", ["Oxide copper–cobalt mineralisation in Roan Group dolomitic shales; measured and indicated resource of 48 Mt at 2.4% Cu and 0.31% Co.", filler(rng, "en", "market", 4)]),
            ("3 Processing", ["Ore is crushed, milled to P80 150 µm and leached in agitated tanks with sulfuric acid and SO2 (reductive leach for Co3+). Leach residue is washed in a six-stage CCD circuit.", "Copper SX: 2 extraction + 1 wash + 1 strip stages in mixer-settlers, LIX 984N 22 v/v% in Escaid 110, O/A 1.2 in extraction; strip with spent electrolyte at 180 g/L H2SO4. Copper EW: 96 cells, 310 A/m2, cathode LME Grade A.", "Cobalt circuit: iron and aluminium removal with limestone at pH 4.5, then copper scavenging; Co/Ni/Mn separation by Cyanex 272 (20% v/v, saponified with NaOH to 40%) in 4 extraction stages at pH 5.2–5.6, followed by D2EHPA pre-treatment to remove Zn and Mn. Cobalt is precipitated as hydroxide with MgO at pH 7.8.", [["Parameter", "Design", "Observed 2025"], ["Cu recovery", "91%", "89.4%"], ["Co recovery", "78%", "74.9%"], ["Acid consumption (kg/t)", "95", "104"], ["Organic entrainment (ppm)", "< 30", "42"], ["Cathode purity", "99.999%", "99.998%"]]]),
            ("4 Infrastructure", ["Power from SNEL grid with 28 MW diesel backup; water from Kambove dam.", filler(rng, "en", "policy", 4)]),
            ("5 Environment and Social", [filler(rng, "en", "esg", 6), "Artisanal mining on the concession remains a material social risk."]),
            ("6 Cost Estimates", [fin_table(rng, "en"), filler(rng, "en", "finance", 5)]),
            ("7 Risks", [filler(rng, "en", "risk", 6)]),
            ("8 Conclusions", ["The processing plant is soundly designed; recommended improvements are organic entrainment control and a second Co SX train."])]
    secs = pad(secs, 923, "en", ["market", "policy", "esg", "finance"], at=2, paras=4, sent=8)
    fn = "Kambove Cu-Co Technical DD Report - Final.docx"
    write_docx(F(fn), "Independent Technical Due Diligence — Kambove Cu-Co Project", secs, author="Orebody Consulting", subtitle="Prepared for the Lenders | October 2025")
    return dict(file=fn, verdict="clear", control_codes=[], categories=[], magnet_types=[], carrier="other", exclusion=None, language="en", hard_negative=True, note="Copper-cobalt SX-EW DD with Cyanex 272 / D2EHPA, mixer-settlers, O/A - other metals, not rare earths")

def N4(F):
    rng = random.Random(304)
    secs = [("第一章 总论", ["项目名称:年处理 5 万吨废旧锂离子电池综合利用项目。建设地点:湖北荆门循环经济产业园。总投资 9.8 亿元。", filler(rng, "zh", "strategy", 5)]),
            ("第二章 市场分析", [filler(rng, "zh", "market", 7), filler(rng, "zh", "market", 6)]),
            ("第三章 工艺技术方案", ["废旧电池经放电、破碎、热解除电解液及粘结剂后,经筛分、磁选、涡电流分选得到铜铝箔、铁壳及黑粉。黑粉以硫酸+双氧水还原浸出(液固比 5:1,80 °C,2 h),浸出液除铁铝后采用 P204 萃取除锰锌,再以 P507 萃取分离钴镍,Cyanex 272 深度除镁;分别结晶得硫酸镍、硫酸钴、硫酸锰;萃余液沉锂得碳酸锂。", [["指标", "设计值"], ["镍钴锰回收率", "≥ 98.5%"], ["锂回收率", "≥ 90%"], ["电池级硫酸镍", "Ni ≥ 22.2%"], ["电池级碳酸锂", "≥ 99.5%"]]]),
            ("第四章 设备选型", ["主要设备包括双轴撕碎机、回转热解炉、气流分选机、浸出槽、离心萃取机 120 台、MVR 蒸发结晶系统。", filler(rng, "zh", "policy", 3)]),
            ("第五章 环境影响", [filler(rng, "zh", "esg", 6)]),
            ("第六章 投资估算", [[["项目", "万元"], ["工程费用", "62,400"], ["其他费用", "8,100"], ["预备费", "5,300"], ["流动资金", "22,200"], ["合计", "98,000"]], filler(rng, "zh", "finance", 5)]),
            ("第七章 财务评价", [fin_table(rng, "zh", years=("T+1", "T+2", "T+3", "T+4", "T+5")), filler(rng, "zh", "finance", 6)]),
            ("第八章 风险分析", [filler(rng, "zh", "risk", 6)]),
            ("第九章 结论", ["项目技术成熟,经济效益良好,建议实施。"])]
    fn = "荆门5万吨废旧锂电池综合利用项目可研报告.pdf"
    write_pdf(F(fn), "年处理5万吨废旧锂离子电池综合利用项目\n可行性研究报告", secs, author="中南工程咨询", footer="可研报告", cover_lines=["编制单位:中南工程咨询有限公司", "2025年8月"])
    return dict(file=fn, verdict="clear", control_codes=[], categories=[], magnet_types=[], carrier="other", exclusion=None, language="zh", hard_negative=True, note="Li-ion battery recycling FS with P204/P507/Cyanex 272 SX of Ni/Co/Mn - not rare earth")

def N5(F):
    rng = random.Random(305)
    slides = [("議程", ["一、營運報告", "二、稀土價格與庫存", "三、出口管制法遵", "四、財務報告", "五、討論事項"]),
              ("營運摘要", [filler(rng, "tw", "market", 2), filler(rng, "tw", "strategy", 1)]),
              ("稀土氧化物價格走勢(元/公斤)", [["產品", "7月", "8月", "9月", "10月"], ["氧化鐠釹", "468", "512", "545", "531"], ["氧化鏑", "1,650", "1,690", "1,720", "1,705"], ["氧化鋱", "7,050", "7,220", "7,480", "7,390"], ["氧化鑭", "4.1", "4.0", "4.1", "4.2"], ["氧化鈰", "7.6", "7.5", "7.7", "7.7"]]),
              ("庫存狀況", [["品項", "數量(噸)", "庫存天數"], ["氧化鐠釹", "86", "32"], ["金屬鐠釹", "41", "25"], ["鏑鐵", "6.5", "40"], ["燒結釹鐵硼毛坯", "120", "18"]]),
              ("出口管制法遵", ["商務部2025年第61、62號公告已生效,本公司僅從事氧化物、金屬及磁體貿易,不涉及技術移轉", "客戶如索取製程資料、工藝參數,一律婉拒並通報法遵室", "本季完成 126 筆交易對象篩檢,無命中", filler(rng, "tw", "policy", 1)]),
              ("財務報告", [filler(rng, "tw", "finance", 2), filler(rng, "tw", "finance", 2)]),
              ("風險", [filler(rng, "tw", "risk", 2)]),
              ("討論事項", ["提高鏑、鋱安全庫存至 60 天案", "新加坡子公司增資案"])]
    fn = "董事會報告_2025年10月_台稀貿易.pptx"
    write_pptx(F(fn), "台稀國際貿易股份有限公司 董事會報告", slides, author="經營企劃室", subtitle="2025年10月")
    return dict(file=fn, verdict="clear", control_codes=[], categories=[], magnet_types=[], carrier="other", exclusion=None, language="zh", hard_negative=True, note="Traditional-Chinese trading-company board deck: prices, inventory, compliance quoting MOFCOM 61/62; no technology")

def N6(F):
    rng = random.Random(306)
    slides = [("Proposal Summary", ["JV between Orient Ferrite (China) and Anand Motors (India) to build a 20,000 tpa sintered strontium ferrite magnet plant in Pune", "Capex USD 36m; 51:49", "Targets: BLDC fan motors, automotive auxiliary motors, loudspeakers"]),
              ("Why Ferrite", ["Rare-earth-free, no export-licence exposure for raw materials", "Iron oxide and SrCO3 locally available", filler(rng, "en", "market", 2)]),
              ("Process Overview", ["Calcination of Fe2O3 + SrCO3 (ratio 5.9) in rotary kiln at 1,280 °C", "Wet milling to 0.8 µm with CaCO3 0.7%, SiO2 0.4%, La2O3/Co3O4 additions for high grades", "Wet pressing in 0.8 T field, slurry solids 68%", "Sintering in roller-hearth kiln 1,210 °C × 1.5 h in air", "Grinding, cleaning, inspection, magnetising"]),
              ("Product Grades", [["Grade", "Br (mT)", "HcJ (kA/m)", "Use"], ["Y30BH", "380–400", "235–260", "Fan motors"], ["Y35", "400–420", "180–200", "Speakers"], ["FB9B (La-Co)", "460–470", "380–400", "Automotive"]]),
              ("Market", [filler(rng, "en", "market", 2), filler(rng, "en", "market", 2)]),
              ("JV Structure", ["Board 5 seats: 3 Orient, 2 Anand", "Technology licence fee 2.5% of sales", "Anand provides land and offtake for 40% of volume"]),
              ("Financials", [["USD m", "Y1", "Y2", "Y3", "Y4", "Y5"], ["Revenue", "18", "42", "61", "66", "68"], ["EBITDA", "1", "7", "12", "13", "14"], ["Capex", "24", "12", "1", "1", "1"]]),
              ("Risks", [filler(rng, "en", "risk", 2)]),
              ("Next Steps", ["Sign MOU", "Site due diligence", "Board approvals by March 2026"])]
    fn = "Pune Ferrite JV - Board Proposal.pptx"
    write_pptx(F(fn), "Pune Ferrite Magnet JV", slides, author="A. Deshmukh", subtitle="For discussion — Anand Motors Board, Nov 2025")
    return dict(file=fn, verdict="clear", control_codes=[], categories=[], magnet_types=[], carrier="other", exclusion=None, language="en", hard_negative=True, note="Ferrite magnet JV with calcining/pressing/sintering parameters (La-Co additive) - ferrite is not a controlled magnet type")

def N7(F):
    rng = random.Random(307)
    secs = [("第一部分 培训目的", ["本手册面向集团销售、采购、研发、国际业务及行政人员,介绍出口管制基本知识,重点解读商务部公告2025年第61号、第62号对稀土相关技术和物项的管制要求。"]),
            ("第二部分 法律框架", ["《中华人民共和国出口管制法》(2020年12月1日施行);《两用物项出口管制条例》(2024年12月1日施行);《稀土管理条例》(2024年10月1日施行)。", filler(rng, "zh", "policy", 4)]),
            ("第三部分 公告第62号要点", ["一、管制范围:稀土开采、冶炼分离、金属冶炼、磁材制造以及稀土二次资源回收利用相关技术及其载体(1E902.a);上述各环节生产线的装配、调试、维护、维修和升级技术(1E902.b)。", "二、“磁材制造”技术是指钐钴、钕铁硼、铈磁体制造技术。", "三、载体包括设计图纸、工艺规范、工艺参数、加工程序、仿真数据等。", "四、不适用情形:已进入公共领域的技术、基础科学研究中使用的技术、普通专利申请所必需的技术。", "五、出口方式广泛,包括知识产权授权、投资、交流、展览、技术传授、联合研发、咨询等。"]),
            ("第四部分 日常工作中的判断", [[["情形", "是否需要许可", "说明"], ["向海外客户发送磁体产品目录、牌号性能表", "一般不需要", "产品公开信息"], ["向海外工厂发送烧结工艺卡", "需要", "属工艺参数"], ["海外客户来厂参观并拍摄生产线设备参数", "可能需要", "须法务审核"], ["外派工程师为海外客户调试分离生产线", "需要", "属1E902.b"], ["在期刊发表已公开的论文", "不需要", "公共领域"], ["向国外专利代理提交专利申请文件", "不需要", "普通专利申请"]], "以上仅为示例,实际情况请咨询法务合规部。"]),
            ("第五部分 违规案例", ["案例一:某企业员工通过个人邮箱向境外关联公司发送磁材工艺文件,被依法处罚。", "案例二:某公司以“技术咨询”名义为境外稀土分离项目提供服务,未申请许可。", filler(rng, "zh", "risk", 3)]),
            ("第六部分 内部流程", ["技术资料对外提供前,须填写《技术出口审查表》,经部门负责人、技术中心、法务合规部三级审核。", "所有对外邮件附件由信息安全系统自动扫描。", filler(rng, "zh", "policy", 3)]),
            ("第七部分 测验", ["1. 1E902.b 管制的是什么技术?", "2. 向海外发送公开发表的论文是否需要许可?", "3. 铁氧体磁体制造技术是否属于本公告管制范围?"])]
    secs = pad(secs, 927, "zh", ["policy", "risk", "policy", "strategy", "esg"], at=2, paras=4, sent=9, cur="CNY", titles=["第二部分附 国际出口管制体系概览", "第五部分附 合规风险识别", "第二部分附 相关配套规定", "第六部分附 集团合规体系建设", "第六部分附 合规文化"])
    fn = "出口管制合规培训手册(稀土专题)V2.docx"
    write_docx(F(fn), "出口管制合规培训手册——稀土相关技术专题", secs, lang="zh", author="法务合规部", subtitle="2025年11月 第2版")
    return dict(file=fn, verdict="clear", control_codes=[], categories=[], magnet_types=[], carrier="other", exclusion=None, language="zh", hard_negative=True, note="Compliance training handbook quoting 1E902 scope and examples; no technology itself")
