from lib import *

def run():
    # N1 data room index
    fn = "DataRoom_ProjectLantana/00 Index/Data Room Index v7.xlsx"
    rows = [["Ref", "Folder", "Document title", "Type", "Pages", "Uploaded", "Access"],
            ["1.1", "01 Corporate", "Business licence and articles of association", "PDF", 14, "2025-08-04", "All bidders"],
            ["1.2", "01 Corporate", "Group structure chart", "PDF", 1, "2025-08-04", "All bidders"],
            ["2.1", "02 Financial", "Audited financial statements FY2022–FY2024", "PDF", 96, "2025-08-05", "All bidders"],
            ["2.4", "02 Financial", "Monthly management accounts Jan–Jun 2025", "XLSX", None, "2025-08-12", "Phase 2"],
            ["3.1", "03 Permits", "Mining licence and separation quota notices 2023–2025", "PDF", 22, "2025-08-06", "All bidders"],
            ["3.3", "03 Permits", "Environmental impact assessment approval (solvent extraction expansion)", "PDF", 48, "2025-08-06", "All bidders"],
            ["4.1", "04 Operations", "Site layout and block flow diagram (overview)", "PDF", 3, "2025-08-11", "Phase 2"],
            ["4.3.2", "04 Operations", "SX plant annual shutdown & maintenance plan 2025", "PDF", 6, "2025-08-19", "Clean team only"],
            ["4.4", "04 Operations", "Production volumes by product (oxides, metals) 2020–2025", "XLSX", None, "2025-08-11", "Phase 2"],
            ["5.1", "05 Commercial", "Top-10 customer contracts (redacted)", "PDF", 210, "2025-08-20", "Phase 2"],
            ["6.2", "06 HR", "Headcount and salary bands", "XLSX", None, "2025-08-20", "Clean team only"],
            ["7.1", "07 Legal", "Export-control classification memo (prepared by King & Wood)", "PDF", 12, "2025-09-02", "Clean team only"]]
    xlsx(fn, [("Index", rows), ("Q&A log", [["No.", "Question", "Answer", "Date"], [1, "Is 4.3.2 available to bidder technical advisers?", "Clean team only; subject to export-control review (see 7.1).", "2025-09-03"], [2, "Separation quota 2025?", "See 3.1, page 7.", "2025-09-04"]])], author="Deal team")
    label(fn, "clear", [], [], [], "other", None, "en", True,
          "Due-diligence data-room index: document titles only, including a maintenance plan title and export-control memo")

    # N2 datasheet PDF
    fn = "Marketing/Sintered NdFeB grade datasheet 2025.pdf"
    pdf(fn, [
        ("h1", "Sintered NdFeB Magnets – Grade Overview 2025"),
        ("p", "Typical magnetic properties at 20 °C. Values measured on Ø10×10 mm samples per IEC 60404-5. Subject to change without notice."),
        ("t", [["Grade", "Br (T)", "HcB (kA/m)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "Max. op. temp (°C)"],
               ["N42", "1.28–1.32", "≥ 923", "≥ 955", "318–342", "80"], ["N52", "1.42–1.47", "≥ 836", "≥ 876", "398–422", "60"],
               ["45SH", "1.32–1.37", "≥ 1003", "≥ 1592", "342–366", "150"], ["42UH", "1.28–1.33", "≥ 971", "≥ 1990", "318–342", "180"],
               ["38EH", "1.22–1.27", "≥ 923", "≥ 2388", "286–310", "200"], ["35AH", "1.17–1.22", "≥ 876", "≥ 2786", "263–287", "230"]]),
        ("h2", "Physical properties"),
        ("p", "Density 7.5–7.6 g/cm³; Vickers hardness 560–600 HV; resistivity 1.4 µΩ·m; reversible temperature coefficient of Br −0.12 %/K, of HcJ −0.55 %/K."),
        ("h2", "Coatings"),
        ("p", "NiCuNi, Zn, epoxy, parylene, phosphating. Salt-spray and PCT performance on request. Tolerances ±0.05 mm standard, ±0.02 mm on request."),
        ("p", "Contact: sales@sanhemag.example  ·  ISO 9001 / IATF 16949"),
    ], title="NdFeB datasheet", author="Marketing", footer="Sanhe Magnetics – Product datasheet")
    label(fn, "clear", [], [], [], "other", None, "en", True, "Product datasheet: grade table of magnetic and physical properties, no process")

    # N3 exhibition marketing zh html
    fn = "Exhibition/展会宣传页_高性能磁钢.html"
    s = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>2025 上海国际磁性材料展 · 展位 B2-118</title></head><body>
<h1>高性能烧结钕铁硼磁钢 —— 为新能源汽车驱动电机而生</h1>
<p>欢迎莅临 2025 上海国际磁性材料与应用展览会，展位 B2-118。</p>
<ul><li>全系列牌号 N35～N55、M～AH，年产能 8000 吨</li>
<li>低重稀土产品：相同矫顽力下镝铽用量降低 60%</li>
<li>尺寸公差 ±0.02 mm，磁通一致性 ±1.5%</li>
<li>通过 IATF 16949、ISO 14001 认证，供货国内外主流电机厂</li></ul>
<h2>典型应用</h2><p>新能源汽车驱动电机、风力发电机、伺服电机、变频压缩机、消费电子声学器件。</p>
<h2>为什么选择我们</h2><p>20 年稀土永磁经验 · 全流程自主生产 · 48 小时样品响应 · 海外仓（德国、墨西哥）就近交付</p>
<p>扫码添加销售微信，获取样品与报价。</p></body></html>
"""
    text(fn, s)
    label(fn, "clear", [], [], [], "other", None, "zh", True, "Exhibition marketing handout for NdFeB magnets, claims and applications only")

    # N4 market analysis md mixed
    fn = "Research/Q3-2025 NdPr market note.md"
    s = """# Q3 2025 NdPr 市场简报 / Market Note

*Prepared for internal sales planning – 上海某贸易公司研究部 – 2025-10-08*

## Prices 价格
| Product | Q2 avg | Q3 avg | QoQ |
|---|---|---|---|
| PrNd oxide 氧化镨钕 (CNY/t, VAT incl.) | 428,000 | 522,000 | +22% |
| PrNd metal 镨钕金属 | 526,000 | 640,000 | +22% |
| Dy oxide 氧化镝 (CNY/kg) | 1,620 | 1,655 | +2% |
| Tb oxide 氧化铽 (CNY/kg) | 6,950 | 7,300 | +5% |

## Drivers 驱动因素
- Export-control measures announced in October (MOFCOM No. 61/62) raised uncertainty for overseas magnet makers；海外客户提前备货。
- EV production in China +28% YoY; wind installations recovered in H2.
- Myanmar ionic-clay feed disrupted in August (rainy season, border checks)，进口矿减少约15%。

## Outlook 展望
We expect PrNd oxide to trade in 480k–560k range in Q4. 建议对欧洲客户报价采用月均价联动条款，并延长交期至8周。
"""
    text(fn, s)
    label(fn, "clear", [], [], [], "other", None, "mixed", True, "Market/price note on NdPr oxide and metal; mentions regulation and supply, no technology")

    # N5 commercial invoice/packing list mixed xlsx
    fn = "Shipping/CI_PL_SH25-0917_氧化镨钕_to Rotterdam.xlsx"
    inv = [["COMMERCIAL INVOICE 商业发票"], ["Invoice No. 发票号", "SH25-0917", "Date 日期", "2025-09-17"],
           ["Seller 卖方", "上海某稀土贸易有限公司 Shanghai XX Rare Earth Trading Co., Ltd."], ["Buyer 买方", "Euromag Materials B.V., Rotterdam"],
           ["Terms 条款", "CIF Rotterdam, L/C at sight"], [],
           ["Description 品名", "HS Code", "Qty (kg)", "Unit price (USD/kg)", "Amount (USD)"],
           ["Praseodymium-neodymium oxide 氧化镨钕 (Pr6O11+Nd2O3)/TREO ≥ 99.5%", "2846901600", 5000, 71.20, 356000.00],
           ["Total 合计", "", 5000, "", 356000.00], ["Export licence 出口许可证号", "25-XK-041783"]]
    pl = [["PACKING LIST 装箱单"], ["Marks 唛头", "EUROMAG / RTM / 1-25"],
          ["Package 包装", "Net wt (kg)", "Gross wt (kg)", "Dimensions (cm)"],
          ["25 steel drums 钢桶, double PE liner, 200 kg each", 5000, 5375, "58×58×90"],
          ["Container 集装箱", "1×20'GP, TGHU 6618203, seal 0912774"], ["Vessel/voyage 船名航次", "MSC ANNA / 538W, ETD Shanghai 2025-09-24"]]
    xlsx(fn, [("Invoice", inv), ("Packing list", pl)], author="单证部")
    label(fn, "clear", [], [], [], "other", None, "mixed", True, "Bilingual commercial invoice and packing list for PrNd oxide shipment")

    # N6 motor maker purchase spec docx
    fn = "Procurement/MPS-0412 Rotor magnet purchase specification rev D.docx"
    docx(fn, [
        ("h1", "Magnet Purchase Specification MPS-0412 – Rotor Magnets for 150 kW Traction Motor"),
        ("p", "Issued by: Electric Drives Engineering, Volta Motors GmbH. Rev D, 2025-06-30."),
        ("h2", "1. Scope"), ("p", "Requirements for sintered NdFeB segment magnets, drawing 4412-118-02, delivered magnetised-free in trays."),
        ("h2", "2. Material requirements"),
        ("t", [["Property", "Requirement", "Test"], ["Grade", "48SH or equivalent", "Supplier CoC"], ["Br at 20 °C", "≥ 1.36 T", "Hysteresigraph, 3 pcs/lot"], ["HcJ at 20 °C", "≥ 1590 kA/m", "Hysteresigraph"], ["HcJ at 150 °C", "≥ 780 kA/m", "Hysteresigraph, 1 pc/lot"], ["Irreversible loss", "≤ 3% after 2 h at 150 °C, Pc = 2", "Flux, 5 pcs"], ["Dy+Tb content", "to be declared", "ICP report"]]),
        ("h2", "3. Dimensions and coating"),
        ("p", "Per drawing; flatness ≤ 0.02 mm. Epoxy coating 10–25 µm, adhesion cross-cut GT0, salt spray 240 h no red rust."),
        ("h2", "4. Quality"),
        ("bl", ["PPAP level 3 before series delivery", "Lot traceability to raw-material batch", "Incoming inspection at Volta per AQL 0.65", "Change of production site or process requires prior written approval (PCN)"]),
    ], author="J. Keller", title="MPS-0412")
    label(fn, "clear", [], [], [], "other", None, "en", True, "Motor maker's magnet purchase specification: required properties and QA, no manufacturing process")

    # N7 cobalt SX consultancy zh
    fn = "Consulting/刚果项目_钴镍萃取线优化咨询报告_终稿.docx"
    docx(fn, [
        ("h1", "卢本巴希钴湿法厂萃取车间优化咨询报告"),
        ("p", "委托方：Kamoto Cobalt Hydromet SARL   咨询方：长沙某冶金设计研究院   2025年8月"),
        ("h2", "一、现状"), ("p", "浸出液经针铁矿法除铁后含Co 18 g/L、Ni 1.2 g/L、Mn 6 g/L、Mg 3 g/L。现用P204除锰锌、P507分钴镍，钴产品中Ni/Co = 0.12%，高于合同要求0.05%。"),
        ("h2", "二、问题诊断"), ("bl", ["P507段皂化度波动大（45%～62%），导致萃取段pH失控；", "洗涤段仅4级，不足以洗去共萃的镍；", "澄清室有机相夹带水相约800 ppm，镁随夹带进入反萃液。"]),
        ("h2", "三、优化建议"),
        ("t", [["项目", "现值", "建议值"], ["P507浓度", "20%", "25%（体积）"], ["皂化度", "波动", "55% ± 2%，NaOH在线皂化"], ["萃取级数", "6", "6"], ["洗涤级数", "4", "8，洗液为含Co 2 g/L的稀硫酸"], ["反萃酸", "H2SO4 2.0 mol/L", "不变"], ["聚结器", "无", "增设负载有机相聚结器"]]),
        ("p", "预计实施后钴产品Ni/Co < 0.03%，电积钴满足LME标准。"),
    ], author="谭工", title="钴镍萃取咨询")
    label(fn, "clear", [], [], [], "other", None, "zh", True, "Consultancy for a Congolese cobalt/nickel SX plant using P204/P507; not rare earth")

    # N8 copper SX chat en
    fn = "chat/Slack export #sx-ew-chile 2025-08.txt"
    s = """#sx-ew-chile  (exported 2025-08-29)
2025-08-21 14:03  Diego Fuentes: crud in E2 settler is getting thicker, ~15 cm at the picket fence. PLS solids went up after the heap rains
2025-08-21 14:10  Zhang Rui: What's the TSS in PLS now? And are you still running LIX 984N at 22% v/v?
2025-08-21 14:12  Diego Fuentes: TSS 45 ppm (normal <20). yes 22%
2025-08-21 14:20  Zhang Rui: Start clay treatment of a side-stream of organic, 5% of flow, 1.5% w/v bentonite, then filter. And check the PLS clarifier flocculant dose
2025-08-21 14:22  Zhang Rui: also raise E1 mixer to organic-continuous if it flipped, aqueous entrainment to the tankhouse kills cathode quality
2025-08-22 09:40  Diego Fuentes: Clay treatment running. Cu transfer 0.27 g/L per %v/v, ok?
2025-08-22 09:45  Zhang Rui: fine. Keep electrolyte Cu 45 g/L, acid 175 g/L, Co 150 ppm for the lead anodes, current density 300 A/m²
2025-08-27 16:30  Diego Fuentes: crud down to 6 cm, cathodes grade A again 🎉
"""
    text(fn, s)
    label(fn, "clear", [], [], [], "other", None, "en", True, "Slack chat on copper SX-EW troubleshooting (LIX, crud, electrowinning); not rare earth")

    # N9 ferrite magnet training pptx mixed
    fn = "Training/铁氧体磁瓦 湿压成型与烧结 培训 (Bac Ninh).pptx"
    pptx(fn, [
        ("铁氧体磁瓦 湿压成型与烧结\nFerrite arc segments – wet pressing & sintering", "Bac Ninh plant operator training · 2025-07", "本课程针对锶铁氧体永磁，和钕铁硼线无关。"),
        ("原料 Raw materials", ["SrO·6Fe2O3 pre-sintered powder (预烧料) from supplier", "Additives: CaCO3 0.7%, SiO2 0.4%, La-Co optional for high grades", "Ball mill to 0.7–0.8 µm (slurry 65% solids)"], "预烧料由供应商提供，我们只做二次球磨。"),
        ("湿压成型 Wet pressing", ["Slurry injected into die, magnetic field 8–10 kOe", "Water drained through filter cloth", "Green density ≈ 3.0 g/cm³"], "注意滤布每班更换，否则成型周期变长。"),
        ("烧结 Sintering (air, tunnel kiln)", ["Drying 100–300 °C", "Peak 1190–1220 °C × 1.5 h in air", "Shrinkage ~15%"], "铁氧体在空气中烧结，不需要真空或保护气氛。"),
        ("磨加工与检验 Grinding & QC", ["Double-disc and arc grinding", "Br 0.40–0.44 T, HcJ 250–320 kA/m (Y30–Y35)", "Visual check: cracks, chips"], ""),
    ], author="Tran Thi Hoa", title="Ferrite training")
    label(fn, "clear", [], [], [], "process-spec", None, "mixed", True, "Ferrite magnet wet-pressing and sintering training deck for a Vietnamese plant; ferrite is not covered")

    # N10 safety induction pptx zh
    fn = "HSE/承包商入厂安全培训_2025版.pptx"
    pptx(fn, [
        ("承包商入厂安全培训", "稀土分离厂 · 安全环保部 · 2025版", "所有外来人员入厂前必须完成本培训并签字。"),
        ("厂区基本规定", ["全厂禁烟，打火机上交门卫", "必须佩戴安全帽、安全鞋、防护眼镜", "厂内限速 15 km/h", "禁止单独进入受限空间"], ""),
        ("危险区域", ["萃取车间：易燃有机溶剂（煤油），防爆区，严禁带手机以外电子设备", "酸碱罐区：盐酸、液碱、氨水，注意腐蚀和泄漏", "灼烧车间：高温窑炉，注意烫伤", "放射性监测区：按标识穿戴个人剂量计"], "讲解时说明各区域应急喷淋和洗眼器位置。"),
        ("动火与受限空间作业", ["动火作业须办理动火证，萃取车间15米内禁止动火", "进入储罐前测氧含量 19.5%–23.5%，可燃气体 <10% LEL", "设专人监护"], ""),
        ("应急", ["火警 119 / 厂内应急 8110", "紧急集合点：北门停车场", "化学品溅入眼睛：冲洗15分钟后就医"], "最后进行10题测验，80分合格。"),
    ], author="安环部", title="承包商安全培训")
    label(fn, "clear", [], [], [], "other", None, "zh", True, "General contractor safety induction for a separation plant; hazards and permits only, no process")

    # N11 compliance minutes zh docx
    fn = "Compliance/出口管制合规专题会会议纪要_2025-10-15.docx"
    docx(fn, [
        ("h1", "出口管制合规专题会会议纪要"),
        ("p", "时间：2025年10月15日 14:00   地点：公司三楼会议室   主持：法务总监 周敏   参会：技术中心、销售部、国际业务部、信息部"),
        ("h2", "一、政策学习"),
        ("p", "学习商务部公告2025年第61号、第62号。第62号明确对稀土开采、冶炼分离、金属冶炼、磁材制造及二次资源回收利用相关技术及其载体（管制编码1E902.a），以及生产线装配、调试、维护、维修和升级技术（1E902.b）实施出口管制，转移方式包括技术传授、咨询、联合研发等。"),
        ("h2", "二、议定事项"),
        ("nl", ["国际业务部梳理越南、印尼项目所有在途技术交付物清单，10月31日前报法务；", "信息部上线外发文件扫描，对含工艺参数、图纸的邮件附件进行拦截和审批；", "技术中心暂停向海外客户提供培训资料，待许可证申请结果；", "销售部对外宣传材料由法务预审。"]),
        ("h2", "三、下次会议"), ("p", "11月5日，听取各部门清单梳理情况。"),
        ("p", "记录：合规专员 唐露"),
    ], author="唐露", title="合规会议纪要")
    label(fn, "clear", [], [], [], "other", None, "zh", True, "Compliance meeting minutes quoting MOFCOM 61/62 and 1E902; no technology")

    # N12 shipping eml mixed
    body = """Dear Ms. Okada,

Booking confirmed for your cerium oxide order PO-TK-5521 / 贵司订单 PO-TK-5521 订舱已确认：

Booking no. 订舱号: COSU6423318870
Cargo 货物: Cerium oxide 氧化铈 CeO2/TREO ≥ 99.95%, 16,000 kg net, 640 bags × 25 kg on 16 pallets
HS code: 2846101000
Container 集装箱: 1 × 20'GP
Vessel 船名: COSCO SHIPPING PISCES V.082E, ETD Tianjin 2025-10-28, ETA Yokohama 2025-11-02
CY cut-off 截港: 2025-10-25 12:00
Documents: invoice, packing list, certificate of origin (Form RCEP), MSDS attached.

Please confirm the consignee and notify party details by 22 Oct.

Best regards / 顺祝商祺
Zhao Lin 赵琳
Tianjin Haiyun International Logistics
"""
    eml("mail/Booking confirmation COSU6423318870 cerium oxide.eml", "Zhao Lin <zhaolin@haiyun-log.cn>", "Okada Yuki <y.okada@tokai-polish.co.jp>",
        "Booking confirmation COSU6423318870 / 订舱确认 - cerium oxide 16 t", "Mon, 20 Oct 2025 10:12:45 +0800",
        "<20251020021245.5521@haiyun-log.cn>", body)
    label("mail/Booking confirmation COSU6423318870 cerium oxide.eml", "clear", [], [], [], "email", None, "mixed", True,
          "Freight booking confirmation for a cerium oxide shipment; logistics only")

    # N13 aluminium cell maintenance xlsx trad zh
    fn = "台灣合作/鋁電解槽大修計畫表_2026.xlsx"
    rows = [["槽號", "槽齡(天)", "啟動日", "大修原因", "計畫停槽日", "陰極碳塊", "側部碳化矽磚", "搗固糊", "預計焙燒方式", "負責人"],
            ["A-107", 2210, "2019-11-02", "鐵含量上升>0.25%，疑陰極破損", "2026-01-15", "更換（石墨化）", "更換", "冷搗糊", "焦粒焙燒 72 h", "陳建宏"],
            ["A-112", 2388, "2019-05-20", "爐底電壓降>420 mV", "2026-02-10", "更換", "局部更換", "冷搗糊", "焦粒焙燒 72 h", "陳建宏"],
            ["B-204", 1890, "2020-09-18", "側部漏爐", "2026-03-05", "保留", "更換", "熱搗糊", "燃氣焙燒 48 h", "黃志偉"],
            [], ["備註", "電解質為冰晶石–氟化鋁體系，分子比2.3–2.5，溫度955 ℃；大修後啟動按公司SOP-AL-022執行。"]]
    xlsx(fn, [("2026大修", rows)], author="陳建宏")
    label(fn, "clear", [], [], [], "parameter-sheet", None, "zh", True, "Traditional-Chinese aluminium reduction cell relining plan; fluoride bath vocabulary but aluminium, not covered")
