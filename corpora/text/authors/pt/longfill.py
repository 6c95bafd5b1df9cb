import random
EN = [
 "Demand from traction motors for electric vehicles remains the single largest driver of consumption and is expected to account for close to half of incremental volume through 2030.",
 "Wind turbine direct-drive generators add a second, lumpier source of demand that follows auction schedules in Europe and offshore tenders in Asia.",
 "Price volatility in the upstream oxide market has been pronounced since 2021, with quarterly swings of more than 30 percent not unusual.",
 "Customers increasingly ask for traceability of origin and for carbon-footprint data per kilogram of finished product.",
 "The investment case rests on securing at least two anchor offtake agreements before final investment decision.",
 "Local incentive schemes include a corporate income tax holiday of four years followed by a 50 percent reduction for nine years.",
 "Labour availability in the proposed industrial zone is adequate, although experienced technicians will have to be trained or seconded.",
 "Logistics costs to the main customer clusters are estimated at 2.1 to 2.8 percent of revenue, depending on the incoterm agreed.",
 "The working-capital requirement is driven mainly by raw material inventory, which we assume at 45 days of consumption.",
 "Sensitivity analysis shows the project is most exposed to the spread between raw-material cost and the selling price of finished parts.",
 "Regulatory developments, including export licensing regimes for technologies and materials, add uncertainty to the timeline.",
 "Competitors in Japan and Europe are expanding capacity, but at a slower pace than announced in 2023.",
 "The management team recommends a phased approach, beginning with finishing operations before moving upstream.",
 "Environmental permitting is expected to take nine to twelve months, including public consultation.",
 "Insurance, site security and community relations have been budgeted in the general and administrative line.",
 "Financing is assumed at 60 percent debt, with a blended interest rate of 6.8 percent and a seven-year tenor.",
 "Our discussions with three automotive tier-one suppliers indicate interest in a regional second source.",
 "Currency exposure arises mainly from USD-denominated raw materials against local-currency labour and utilities.",
]
ZH = [
 "新能源汽车驱动电机仍是需求增长的最主要来源，预计到2030年将占新增需求的近一半。",
 "风电直驱机组的需求受招标节奏影响较大，呈现明显的阶段性波动。",
 "上游氧化物价格自2021年以来波动剧烈，单季度涨跌超过30%并不少见。",
 "下游客户越来越多地要求提供原产地追溯和单位产品碳足迹数据。",
 "项目投资逻辑的前提是在最终投资决策前锁定至少两家核心长协客户。",
 "当地园区给予企业所得税“四免九减半”的优惠政策。",
 "拟选园区劳动力供给总体充足，但熟练技术工人需要通过培训或外派解决。",
 "至主要客户集群的物流成本约占营业收入的2.1%至2.8%，取决于贸易术语。",
 "营运资金需求主要来自原料库存，按45天用量测算。",
 "敏感性分析显示，项目对原料成本与成品售价之间的价差最为敏感。",
 "出口管制等监管政策的变化为项目时间表带来一定不确定性。",
 "日本和欧洲竞争对手也在扩产，但实际进度慢于2023年的公告。",
 "管理层建议分期实施，先做后段加工，再逐步向上游延伸。",
 "环评审批预计需要9至12个月，包括公众参与环节。",
 "保险、厂区安保及社区关系费用已计入管理费用。",
 "融资结构按60%债务测算，综合利率6.8%，期限七年。",
 "与三家汽车一级供应商的沟通表明，其对区域第二供应源有兴趣。",
 "汇率风险主要来自美元计价的原料与本币计价的人工和能源成本之间的错配。",
]
ZHT = [
 "電動車驅動馬達仍是需求成長最主要的來源，預估至2030年將占新增需求近半。",
 "離岸風電直驅機組需求受標案時程影響，呈現階段性波動。",
 "上游氧化物價格自2021年以來波動劇烈，單季漲跌逾三成並非罕見。",
 "下游客戶日益要求提供原產地追溯與單位產品碳足跡資料。",
 "本案投資邏輯之前提，為於最終投資決定前取得至少兩家長期採購承諾。",
 "依據產業創新條例，相關設備投資可適用投資抵減。",
 "擬設廠區之人力供給大致充足，惟資深技術人員需透過培訓或合作方派駐。",
 "至主要客戶聚落之物流成本約占營收2.1%至2.8%，視貿易條件而定。",
 "營運資金需求主要來自原料庫存，以45天用量估算。",
 "敏感度分析顯示，本案對原料成本與成品售價之價差最為敏感。",
 "中國大陸出口管制措施之變化，為供應鏈布局增添不確定性。",
 "日本與歐洲業者亦積極擴產，惟實際進度落後於2023年之公告。",
 "建議採分階段推動，先建立後段加工能量，再逐步向上游延伸。",
 "環境影響評估預計需時九至十二個月。",
 "本評估報告所引用之市場數據，部分來自公開資料及業者訪談。",
 "融資結構以六成舉債估算，綜合利率約2.9%，期間七年。",
 "與國內三家馬達廠之訪談顯示，其對在地第二供應來源具高度興趣。",
 "匯率風險主要來自美元計價原料與新台幣計價人事及能源成本之落差。",
]

def paras(rng, pool, n, sep=" "):
    return [sep.join(rng.sample(pool, rng.randint(4, 6))) for _ in range(n)]

def market_table(rng, header, years=range(2018, 2031), cols=4):
    rows = [header]
    base = [rng.uniform(50, 300) for _ in range(cols)]
    for y in years:
        base = [b * rng.uniform(1.02, 1.15) for b in base]
        rows.append([str(y)] + [f"{b:,.1f}" for b in base])
    return rows

def body(rng, pool, sections, per=4, table_header=None, sep=" "):
    """sections: list of headings; returns blocks"""
    out = []
    for i, h in enumerate(sections):
        out.append(("h1", h))
        for p in paras(rng, pool, per, sep):
            out.append(("p", p))
        if table_header and i % 2 == 0 or (table_header and len(sections) < 6):
            out.append(("table", market_table(rng, table_header)))
    return out
