from lib import *
from datetime import datetime

def build():
    d8 = lambda *a: datetime(*a, tzinfo=tz(8))
    # n9 Li-ion battery recycling txt mixed
    txt = """From: Rahul Mehta <rahul@greencell-recyc.in>
Sent: Wednesday, June 18, 2025 6:12 PM
To: 刘工 <liu.gong@bmr-tech.cn>
Subject: RE: black mass leaching – low Li recovery

Liu gong,

Thanks for the call. Summary of what you advised, pls correct if wrong:

- Black mass (NCM 523 + LFP mix) first roast 450 °C 1 h in N2 to burn PVDF binder.
- Leach: 2 M H2SO4 + 4% H2O2, S/L 1:10, 80 °C, 2 h. Ni/Co/Mn > 98%, Li ~ 95%.
- Fe/Al removal at pH 4.5 with NaOH.
- Cyanex 272 for Co/Mn separation, then Ni; Li recovered as Li2CO3 with Na2CO3 at 95 °C.

Our problem was Li loss in the Fe/Al cake; you said wash the cake 3 times with hot water. We'll try next week.

Regards,
Rahul

-----Original Message-----
From: 刘工 <liu.gong@bmr-tech.cn>
Sent: Tuesday, June 17, 2025 9:40 PM
To: Rahul Mehta <rahul@greencell-recyc.in>
Subject: RE: black mass leaching – low Li recovery

Rahul，电话里说吧，明天下午 3 点印度时间。锂回收率低一般是铁铝渣夹带，滤饼洗涤不够。
刘

-----Original Message-----
From: Rahul Mehta <rahul@greencell-recyc.in>
Sent: Tuesday, June 17, 2025 11:02 AM
To: 刘工 <liu.gong@bmr-tech.cn>
Subject: black mass leaching – low Li recovery

Liu gong, our Li recovery is only 78%. Can we talk?
"""
    write("mail/RE black mass leaching - low Li recovery.txt", txt)
    label("mail/RE black mass leaching - low Li recovery.txt","clear",[],[],[],"email","mixed",True,"lithium-ion battery recycling leach/SX parameters — not rare earth")

    # n10 aluminium electrolysis cell maintenance en
    body = """Dear Khalid,

Following the pot relining review, the maintenance plan for potline 2 (D18 cells, 300 kA) is:

1. Cathode relining for cells older than 2,200 days or with iron in metal > 0.25%.
2. Anode change cycle 28 days; anode cover with crushed bath 15 cm.
3. Bath chemistry: excess AlF3 11–12%, CaF2 5%, bath temperature 955–960 °C, superheat 8–10 °C.
4. Anode effect frequency target < 0.05 AE/pot-day; PFC reporting monthly.
5. Crust breakers and point feeders: inspect weekly, replace cylinder seals every 6 months.

Cryolite and AlF3 deliveries from our Chinese supplier will be adjusted to the new consumption (AlF3 18 kg/t Al).

Best regards,
Mohammed Al-Harbi
Reduction Area Manager, Gulf Aluminium Smelter
This e-mail is confidential. إخلاء المسؤولية: هذه الرسالة سرية ومخصصة للمرسل إليه فقط.
"""
    eml("potline/Potline2_maintenance_plan.eml", "Mohammed Al-Harbi <m.alharbi@gulfalu.com>", "Khalid Nasser <k.nasser@gulfalu.com>",
        "Potline 2 maintenance plan – relining and bath chemistry", datetime(2025,1,14,9,0,tzinfo=tz(3)), body)
    label("potline/Potline2_maintenance_plan.eml","clear",[],[],[],"email","en",True,"aluminium fluoride-bath electrolysis maintenance — not RE")

    # n11 contract negotiation zh-TW
    msgs = [
     dict(body="""陳經理您好，

關於《釹鐵硼磁鐵長期供貨合約》草案第三版，我方意見如下：

第 4 條 價格：同意以季度調價，調價基準為亞洲金屬網 (Asian Metal) 氧化鐠釹季均價，變動超過 ±5% 才啟動調價，單價調整幅度依磁鐵含稀土量 30% 計算。
第 6 條 交貨：延遲交貨每日罰款為該批貨值 0.5%，上限 10%。貴方要求上限 5%，我方無法接受。
第 9 條 品質保證：保固期 24 個月，不良率超過 500 ppm 時貴方需派員到廠 8D 分析。
第 11 條 出口管制：貴方保證所供產品已取得必要之出口許可；如因中國出口管制政策導致無法交貨，雙方協商，不視為違約（不可抗力）。
第 14 條 智慧財產：本合約不包含任何技術授權或製程資料之提供。
第 17 條 爭議解決：新加坡國際仲裁中心 (SIAC)，英文。

請於 6 月 30 日前回覆修訂版。

林佳慧
法務處 | 台達動力股份有限公司
本電子郵件含有保密資訊，未經授權請勿使用或散佈。"""),
     dict(banner="outlook_tw", frm="陳國強 <gq.chen@zjmagnet.com>", date="2025年6月16日 星期一 下午 4:50", to="林佳慧 <jh.lin@tdpower.com.tw>", subj="合同草案第三版",
          body="林小姐，附上第三版，请审阅。\n陈国强"),
    ]
    eml("legal/RE_長期供貨合約_第三版意見.eml", "林佳慧 <jh.lin@tdpower.com.tw>", "陳國強 <gq.chen@zjmagnet.com>",
        "RE: 合同草案第三版 — 我方意見", d8(2025,6,20,11,5), thread(msgs))
    label("legal/RE_長期供貨合約_第三版意見.eml","clear",[],[],[],"email","zh",True,"zh-TW contract negotiation for magnet supply; price index, penalties, export-control clause")

    # n12 Japanese shipment docs SmCo
    msgs = [
     dict(body="""Dear Ms. Tanaka,

Shipping documents for your order PO JP-2025-0417 (SmCo magnets) are attached in the courier pack:

- Commercial invoice CI-25-0831, packing list
- HS code 8505.11.10 (permanent magnets of metal)
- Dual-use export licence: applied 12 Aug, MOFCOM approval received 29 Aug, licence no. on invoice
- End-user certificate signed by your company (original returned to us, thanks)
- MSDS and magnetic field test report for air freight (field at 2.1 m < 0.00525 gauss)

Flight: CA 925 PVG–NRT, 5 Sep, 3 cartons, 46 kg gross.

Best regards,
Zhang Yue
Export Logistics, Shanghai SmCo Tech"""),
     dict(banner="outlook_jp", frm="田中 由美 <y.tanaka@nippon-sensor.co.jp>", date="2025年8月28日 14:20", to="Zhang Yue <zhangyue@shsmco.com>", subj="PO JP-2025-0417 shipping status",
          body="""Dear Mr. Zhang,

Could you let us know the shipping date and whether the export licence has been approved?

Best regards,
田中 由美
日本センサー工業株式会社 購買部
このメールには機密情報が含まれている可能性があります。"""),
    ]
    eml("export/RE_PO_JP-2025-0417_shipping.eml", "Zhang Yue <zhangyue@shsmco.com>", "田中 由美 <y.tanaka@nippon-sensor.co.jp>",
        "RE: PO JP-2025-0417 shipping status", d8(2025,9,1,17,40), thread(msgs))
    label("export/RE_PO_JP-2025-0417_shipping.eml","clear",[],[],[],"email","en",True,"SmCo magnet shipping documents and export licence status")

    # n13 motor design using magnets mixed
    msgs = [
     dict(body="""Hi 小王,

关于 rotor magnet segmentation 的结论：

- 原设计每极 1 块 N48UH 60×20×4 mm，FEA 显示 12,000 rpm 时磁钢涡流损耗 420 W，温度会到 165 °C，超过 UH 牌号 180 °C 的余量太少。
- 改成轴向分 4 段，每段 15 mm，涡流损耗降到 95 W，温升 ~ 40 K。
- 分段后磁钢成本 +6%（加工和胶粘），但可以从 UH 降到 SH 牌号，总体省 3%。
- 退磁校核：−40 °C / 3 倍峰值电流下最大退磁 < 1%，OK。

下周把 JMAG 模型和报告发给客户。请采购找磁钢厂报 15×20×4 SH 分段件价格。

Kenji Liu
Motor Design | e-Axle Engineering"""),
    ]
    eml("motor/Rotor_magnet_segmentation_conclusion.eml", "Kenji Liu <kenji.liu@eaxle-eng.com>", "王磊 <wanglei@eaxle-eng.com>",
        "Rotor magnet segmentation – conclusion", d8(2025,5,21,19,2), thread(msgs), cc="Purchasing <purchasing@eaxle-eng.com>")
    label("motor/Rotor_magnet_segmentation_conclusion.eml","clear",[],[],[],"email","mixed",True,"motor design using NdFeB magnets (eddy loss, segmentation); product design, not magnet manufacturing")

    # n14 Teams chat furnace purchase logistics
    chat = """Microsoft Teams – Chat export
Conversation: Vacuum sintering furnace – shipment to Mexico
Exported: 2025-10-08 16:20 (UTC-06:00)

[2025-10-06 09:14] Carlos Ruiz: Hi Lily, when does the furnace leave Ningbo?
[2025-10-06 09:20] Lily Xu (Ningbo): ETD 15 Oct, vessel MSC Aurora, 2×40'OT + 1×40'HC. Furnace body in open-top, too tall for HC (3.1 m).
[2025-10-06 09:22] Carlos Ruiz: Customs: our broker needs HS code and whether it's dual-use.
[2025-10-06 09:30] Lily Xu (Ningbo): HS 8514.19 (industrial resistance furnace). Our legal checked: the equipment itself is not on the list, but the installation/commissioning service for a magnet plant needs separate review, so the commissioning engineer trip is on hold until we get the answer.
[2025-10-06 09:31] Carlos Ruiz: Understood. Insurance?
[2025-10-06 09:35] Lily Xu (Ningbo): CIF Manzanillo, ICC(A) 110%. Crates: 11 pcs, heaviest 18.5 t.
[2025-10-06 09:40] Carlos Ruiz: We need a 50 t crane at site for unloading. Booking for 12 Nov.
[2025-10-07 11:02] Lily Xu (Ningbo): Payment: 30% received, 60% against B/L copy, 10% after acceptance.
[2025-10-07 11:05] Carlos Ruiz: OK will pass to finance. Pls send packing list with dimensions.
[2025-10-07 11:30] Lily Xu (Ningbo): Packing_List_VSF-600_MX.pdf
"""
    write("chat/Teams_chat_furnace_shipment_Mexico.txt", chat)
    label("chat/Teams_chat_furnace_shipment_Mexico.txt","clear",[],[],[],"other","en",True,"shipment logistics of vacuum sintering furnace; notes commissioning service on hold; no technical content")

    # n15 HR hiring zh
    body = """各位同事：

公司因海外业务发展，现招聘以下岗位，欢迎推荐（内推成功奖励 3000 元）：

1. 海外销售经理（欧洲区）1 名：本科以上，英语或德语流利，5 年以上磁性材料或电机行业销售经验，年薪 35–50 万。
2. 出口合规专员 1 名：熟悉《出口管制法》《两用物项出口管制条例》及商务部稀土相关公告，有许可证申请经验优先。
3. 质量工程师（客户端）2 名：熟悉 IATF16949、PPAP、8D，能出差。

工作地点：宁波市北仑区。
简历请发 hr@nbrich-mag.com，注明岗位。

人力资源部
2025年8月4日
"""
    eml("hr/内部招聘通知_2025年8月.eml", "人力资源部 <hr@nbrich-mag.com>", "全体员工 <all@nbrich-mag.com>",
        "【内部推荐】海外销售经理、出口合规专员、质量工程师招聘", d8(2025,8,4,9,0), body)
    label("hr/内部招聘通知_2025年8月.eml","clear",[],[],[],"email","zh",True,"HR hiring notice at a magnet company")

    # n16 cemented carbide sinter-HIP furnace maintenance zh-TW
    msgs = [
     dict(body="""各位：

轉寄德國原廠的保養建議，請設備課排進 Q3 保養計畫。

碳化鎢硬質合金燒結爐（Sinter-HIP，6 MPa）：
1. 石墨加熱體每 400 爐次檢查電阻，上升超過 8% 更換。
2. 脫蠟冷阱每 20 爐清理一次，石蠟回收。
3. 燒結 1450 ℃ 保溫 60 min 時 9 點溫度均勻性 ±5 ℃，每半年量測。
4. 6 MPa 壓力容器年度檢查，安全閥送校。
5. 真空泵油每 500 h 更換。

設備課 張文彬"""),
     dict(banner="outlook_de", frm="Klaus Meier <k.meier@pva-style.de>", date="Dienstag, 6. Mai 2025 11:02", to="張文彬 <wb.chang@twcarbide.com.tw>", subj="AW: Wartungsempfehlung Sinter-HIP",
          body="Dear Mr. Chang, please see the maintenance recommendations below for your Sinter-HIP furnace for WC-Co inserts.\nKlaus Meier, Service"),
    ]
    eml("equip/FW_AW_Wartungsempfehlung_SinterHIP.eml", "張文彬 <wb.chang@twcarbide.com.tw>", "設備課 <equip@twcarbide.com.tw>",
        "FW: AW: Wartungsempfehlung Sinter-HIP", d8(2025,5,7,8,10), thread(msgs))
    label("equip/FW_AW_Wartungsempfehlung_SinterHIP.eml","clear",[],[],[],"email","zh",True,"cemented-carbide sintering furnace maintenance — not RE magnets")
