from lib import *
from datetime import datetime

def build():
    d8 = lambda *a: datetime(*a, tzinfo=tz(8))
    # n1 price quote zh-TW
    msgs = [
     dict(body="""王副總您好，

以下為本週報價，有效期至 2025/04/18，請參考：

| 品名 | 規格 | 數量 | 單價 (USD/kg) | 條件 |
| 氧化鐠釹 PrNd oxide | TREO ≥ 99%, Pr6O11+Nd2O3/TREO ≥ 99.5% | 5 MT | 62.50 | CIF Kaohsiung |
| 鏑鐵合金 Dy-Fe | Dy 80% ± 1 | 500 kg | 248.00 | CIF Kaohsiung |
| 金屬鐠釹 PrNd metal | TREM ≥ 99% | 2 MT | 76.80 | CIF Kaohsiung |

付款：100% 即期信用狀 (L/C at sight)，或 30% T/T 預付、70% 見提單副本付款。
交期：收到 L/C 後 20 天內裝船。鏑鐵需出口許可證，約另加 30–45 個工作天。
包裝：鐵桶 50 kg/桶，內襯雙層 PE 袋，托盤。
價格依上海有色網 (SMM) 報價每週調整。

如需樣品，可免費提供 200 g 氧化物樣品，運費到付。

謝謝！
吳佩珊 Peggy Wu
業務部 | 瑞豐稀土貿易有限公司
Tel: +886-2-2708-3391"""),
     dict(banner="outlook_tw", frm="王俊賢 <jx.wang@dacheng-motor.com.tw>", date="2025年4月9日 星期三 下午 2:11", to="Peggy Wu <peggy@ruifeng-re.com.tw>", subj="詢價：氧化鐠釹、鏑鐵",
      body="Peggy 您好，\n請報 PrNd 氧化物 5 噸、鏑鐵 500 kg、鐠釹金屬 2 噸 CIF 高雄價格，以及交期與付款條件。\n謝謝\n王俊賢"),
    ]
    eml("Peggy/RE_詢價_氧化鐠釹_鏑鐵.eml", "Peggy Wu <peggy@ruifeng-re.com.tw>", "王俊賢 <jx.wang@dacheng-motor.com.tw>",
        "RE: 詢價：氧化鐠釹、鏑鐵", d8(2025,4,10,10,2), thread(msgs))
    label("Peggy/RE_詢價_氧化鐠釹_鏑鐵.eml","clear",[],[],[],"email","zh",True,"zh-TW price quotation for PrNd oxide, Dy-Fe, PrNd metal; commercial terms only")

    # n2 visa invitation, German
    msgs = [
     dict(body="""Dear Mr. Weber,

Attached please find the invitation letter (PDF will follow with stamp) for the visit of you and Ms. Hoffmann to our Ganzhou plant, 14–18 October. For the Chinese visa (M type) the consulate in Frankfurt needs:

- Invitation letter with company stamp (original scan is fine for the online form)
- Passport copy, valid 6 months beyond travel
- Hotel booking: we have reserved Ganzhou Wanda Vista, 4 nights, paid by us
- Return flight booking

Note: the plant tour will cover the office building, the QC lab and the finished-goods warehouse only. Production areas are not open to foreign visitors under current company rules.

Pick-up: our driver Mr. Liu will meet you at Ganzhou Huangjin Airport on 13 Oct evening.

Best regards,
Chen Xiaoyu
International Sales, Ganzhou Jinli Magnetic Materials Co., Ltd."""),
     dict(banner="outlook_de", frm="Weber, Stefan <s.weber@e-antrieb.de>", date="Montag, 1. September 2025 10:44", to="Chen Xiaoyu <chenxy@jinli-mag.com>", subj="Besuch Oktober / visa invitation",
      body="""Dear Ms. Chen,

we would like to visit you for the supplier audit in October (2 persons: Stefan Weber, Laura Hoffmann). Could you please send an invitation letter for the visa application?

Mit freundlichen Grüßen
Stefan Weber
Einkauf Magnetkomponenten | E-Antrieb Systems GmbH
Sitz der Gesellschaft: Stuttgart, Registergericht Stuttgart HRB 771234
Diese Nachricht ist vertraulich. Sollten Sie nicht der vorgesehene Empfänger sein, so bitten wir, den Absender zu unterrichten."""),
    ]
    letter = """INVITATION LETTER

To: Consulate General of the People's Republic of China in Frankfurt am Main

Ganzhou Jinli Magnetic Materials Co., Ltd. hereby invites the following persons of E-Antrieb Systems GmbH to visit our company from 14 October 2025 to 18 October 2025 for a supplier quality audit and commercial discussions on sintered NdFeB magnet supply:

1. Stefan WEBER, male, born 12.03.1979, passport C8K2L9X41
2. Laura HOFFMANN, female, born 27.11.1988, passport C7J4M2P90

All expenses in China (accommodation, local transport) will be borne by our company.

Contact: Chen Xiaoyu, +86 797 835 6620

Ganzhou Jinli Magnetic Materials Co., Ltd.
(company stamp)
2 September 2025
"""
    eml("visa/Einladung_Visum_Ganzhou_Oktober.eml", "Chen Xiaoyu <chenxy@jinli-mag.com>", "Weber, Stefan <s.weber@e-antrieb.de>",
        "RE: Besuch Oktober / visa invitation", d8(2025,9,2,15,30), thread(msgs), cc="Hoffmann, Laura <l.hoffmann@e-antrieb.de>",
        attachments=[("Invitation_Letter_Weber_Hoffmann.txt", letter, "text/plain")])
    label("visa/Einladung_Visum_Ganzhou_Oktober.eml","clear",[],[],[],"email","en",True,"visa invitation for supplier audit at NdFeB plant; logistics only")

    # n3 HK complaint delayed delivery
    msgs = [
     dict(body="""陳生，

你哋話上星期五出貨，到今日貨櫃仲喺鹽田未上船。我哋客戶 (德國 tier-1) 已經停咗條馬達線兩日，每日罰款 EUR 8,000，呢筆數我哋會向你哋追。

PO 4500018823：N52 20×10×5 mm 鍍鎳，120,000 pcs，承諾 ETD 2 月 21 日。
而家 booking 顯示 ETD 3 月 4 日，你哋話係「海關查驗」，但係釹鐵硼磁鐵成品本身唔使出口許可證，點解會卡咁耐？

請今日之內回覆：
1. 真正延誤原因同海關文件
2. 可唔可以先空運 30,000 pcs，空運費你哋負責
3. 剩餘數量嘅確切 ETD

Ivy Tsang
Supply Chain Manager
鴻昇電子零件有限公司 Hung Sing Electronic Components Ltd.
本電郵所載資料屬機密。Confidentiality notice applies."""),
     dict(banner="outlook_tw", frm="陈斌 <chenbin@nbcimei.com>", date="2025年2月26日 星期三 上午 9:40", to="Ivy Tsang <ivy@hungsing-ec.com.hk>", subj="回复: PO 4500018823 出货",
      body="曾小姐，货已经报关，海关抽查，这两天应该放行。船期顺延到下周，抱歉。\n陈斌"),
     dict(banner="outlook_tw", frm="Ivy Tsang <ivy@hungsing-ec.com.hk>", date="2025年2月24日 星期一 下午 5:02", to="陈斌 <chenbin@nbcimei.com>", subj="PO 4500018823 出货",
      body="陳生，請提供提單號同船名。\nIvy"),
    ]
    eml("HungSing/PO4500018823_延誤投訴.eml", "Ivy Tsang <ivy@hungsing-ec.com.hk>", "陈斌 <chenbin@nbcimei.com>",
        "RE: 回复: PO 4500018823 出货 — 嚴重延誤", d8(2025,2,27,11,18), thread(msgs), cc="Sales Manager <sales@nbcimei.com>")
    label("HungSing/PO4500018823_延誤投訴.eml","clear",[],[],[],"email","zh",True,"HK Cantonese delivery-delay complaint for N52 magnets; no process content")

    # n4 WeChat conference planning
    chat = """微信聊天记录
群聊：稀土论坛筹备组（8人）
导出日期 2025-07-15

2025-07-10 10:02 赵丽：各位，第十七届中国包头稀土产业论坛定在 8 月 27–29 日，香格里拉酒店。我们公司今年要一个标准展位 3×3
2025-07-10 10:05 孙明：展位费多少
2025-07-10 10:06 赵丽：标准展位 18,000 元，光地每平米 1,600。赞助晚宴 15 万，要吗 😂
2025-07-10 10:07 孙明：不要。标准展位就行
2025-07-10 10:15 Kelly 周：海外客户名单我拉了，日本 3 家、韩国 2 家、德国 1 家，加上台湾那家马达厂。要不要一起请吃饭
2025-07-10 10:18 赵丽：可以，28 号晚上订包间，12 人，人均 400 以内
2025-07-10 10:20 孙明：展板内容：公司介绍、产品牌号（N35–N55、SH/UH/EH 系列）、钐钴产品、认证（IATF16949、ISO14001）。工艺内容一律不上展板，法务说的
2025-07-10 10:21 Kelly 周：好，技术参数只放产品的 Br、HcJ 范围，和官网一致
2025-07-11 14:30 赵丽：酒店订了 6 间，8/26–8/29。机票各自订，发票抬头公司
2025-07-11 14:32 孙明：样品带多少
2025-07-11 14:35 Kelly 周：磁钢样品盒 50 套，每套 10 个规格。注意飞机托运要磁屏蔽包装，附 IATA 磁性物品检测报告
2025-07-12 09:00 赵丽：演讲 PPT 29 号上午 10:40，题目《新能源汽车驱动电机用磁体市场展望》，张总讲，20 分钟
2025-07-12 09:05 孙明：收到
"""
    write("chat/稀土论坛筹备组_聊天记录.txt", chat)
    label("chat/稀土论坛筹备组_聊天记录.txt","clear",[],[],[],"other","zh",True,"WeChat conference planning: booth, hotel, samples; mentions grades only")

    # n5 sample request + incoming inspection (mixed)
    csv = """Sample ID,Grade,Size (mm),Coating,Br (T),HcJ (kA/m),(BH)max (kJ/m3),Result
S-01,N42SH,30x15x4,NiCuNi,1.312,1650,335,PASS
S-02,N42SH,30x15x4,NiCuNi,1.308,1642,332,PASS
S-03,N42SH,30x15x4,NiCuNi,1.301,1598,328,FAIL (HcJ<1600)
S-04,N42SH,30x15x4,NiCuNi,1.315,1661,337,PASS
S-05,N42SH,30x15x4,NiCuNi,1.310,1655,334,PASS
Salt spray 48h NSS: no red rust on 5/5.
Coating thickness 12-16 um (XRF).
"""
    msgs = [
     dict(body="""Hi 小李,

Incoming inspection of your N42SH samples done, results attached. 4/5 pass, S-03 HcJ 1598 kA/m slightly below 1600 min. 请确认是个别还是批次问题? We will need 200 more pcs for the motor DV test (rotor 8-pole IPM, 48 magnets per rotor) by end of month.

Also pls send the RoHS / REACH declaration and the material certificate (COC) with the next shipment.

Thanks,
Anna Schmidt
Incoming Quality | Brose-like e-drive supplier"""),
     dict(banner="gmail", frm="李晓峰 <lixf@ahmagnet.cn>", date="Mon, 3 Mar 2025 at 08:30", to="", subj="",
          body="Anna, samples sent by DHL 1234567890 yesterday, 5 pcs N42SH 30×15×4 NiCuNi. Test report from our side attached.\n李晓峰"),
    ]
    eml("Anna/Re_N42SH_sample_inspection.eml", "Anna Schmidt <a.schmidt@edrive-comp.de>", "李晓峰 <lixf@ahmagnet.cn>",
        "Re: N42SH samples – incoming inspection result", datetime(2025,3,12,16,40,tzinfo=tz(1)), thread(msgs, quote=True),
        attachments=[("IQC_N42SH_samples_2025-03-12.csv", csv, "text/csv")])
    label("Anna/Re_N42SH_sample_inspection.eml","clear",[],[],[],"email","mixed",True,"incoming inspection of bought NdFeB samples with Br/HcJ measurements; no process")

    # n6 compliance minutes quoting regulation
    notes = """Subject: Minutes – Export control review, request from Korean customer (Re: sintering curve)
From: Legal & Compliance <compliance@sdmag.com>
To: Sales Dept; R&D Dept; Management
Date: Thu, 13 Nov 2025 10:12:00 +0800

Attendees: Wang (Legal), Li (Sales Export), Dr. Gao (R&D), Zhou (GM office)

1. Background
Customer K-Motion (Korea) asked Sales on 6 Nov for "the sintering and tempering curve and the Dy diffusion conditions" for grade 48UH to help them qualify a second source.

2. Assessment
- MOFCOM Announcement No. 61/62 (2025) controls rare-earth technology under code 1E902: a) technology for mining, separation, metal smelting, magnet manufacturing (SmCo, NdFeB, Ce magnets) and secondary-resource recycling, and its carriers (drawings, process specs, process parameters, programs, simulation data); b) assembly, commissioning, maintenance, repair and upgrading of such production lines.
- Sintering curves and diffusion conditions are process parameters = 1E902.a. Providing them to a foreign entity is an export requiring a licence, including by e-mail or at a meeting.
- Product datasheets (Br, HcJ, (BH)max ranges), dimensions, coating and test reports of finished magnets are not technology and may be sent.

3. Decision
- Do NOT send any process parameters. Sales to reply that such information is proprietary and subject to export control.
- R&D to review all customer-facing PPAP documents before release; remove any furnace program printouts.
- Legal to hold a training for Sales on 20 Nov.

4. Action items
- Li: reply to K-Motion by 14 Nov (draft approved by Legal).
- Dr. Gao: checklist of "do not send" items by 18 Nov.
"""
    eml("compliance/Minutes_export_control_review_KMotion.eml", "Legal & Compliance <compliance@sdmag.com>", "Sales Dept <sales@sdmag.com>",
        "Minutes – Export control review, request from Korean customer", d8(2025,11,13,10,12), notes, cc="R&D <rd@sdmag.com>")
    label("compliance/Minutes_export_control_review_KMotion.eml","clear",[],[],[],"email","en",True,"compliance minutes quoting 1E902 and refusing to send process data; no parameters given")

    # n7 copper/cobalt SX zh
    msgs = [
     dict(body="""张工：

刚果那边钴萃取线的问题，按你们现场说的调：

P507 浓度 20%（体积，磺化煤油稀释），皂化率 65%，用 NaOH 皂化。
萃取 5 级，O/A 1.5:1，平衡 pH 控制 4.8–5.2，钴萃取率 99% 以上，镍留在萃余液。
洗涤 4 级，用 0.5 g/L 钴的稀硫酸洗镍，Co/Ni 做到 5000 以上。
反萃 3 级，2 mol/L 硫酸，反萃液钴 110 g/L，去蒸发结晶做硫酸钴。
前面铜用 LIX984N 萃，12% 浓度，2 萃 1 反，萃余液铜 < 0.1 g/L 再进钴系统。

D2EHPA 除杂段照旧，pH 2.8 除锌、锰、钙。

注意萃取槽第 3 级乳化，可能是料液里硅胶多，前面加一道絮凝。

陈立
湿法冶金室"""),
     dict(banner="foxmail", frm="\"张伟\"<zhangwei@cdm-mining.cd>", date="2025年3月18日(星期二) 上午11:02", to="\"陈立\"<chenli@nfc-hydromet.cn>", subj="钴萃取镍超标",
          body="陈工，硫酸钴产品镍超标，Co/Ni 只有 800，请帮忙看下萃取参数。\n张伟"),
    ]
    eml("hydromet/回复_钴萃取镍超标.eml", "陈立 <chenli@nfc-hydromet.cn>", "张伟 <zhangwei@cdm-mining.cd>",
        "回复：钴萃取镍超标", d8(2025,3,19,9,48), thread(msgs), extra={"X-Mailer": "Foxmail 7.2.25.228[cn]"})
    label("hydromet/回复_钴萃取镍超标.eml","clear",[],[],[],"email","zh",True,"cobalt/nickel/copper SX with P507, D2EHPA, saponification, O/A — not rare earths")

    # n8 ferrite sintering zh-TW
    msgs = [
     dict(body="""阿輝：

轉一下大陸廠回的鐵氧體燒結條件，你們新的隧道窯可以照這個調：

鍶鐵氧體 Y30 各向異性：
預燒料 SrO·6Fe2O3，濕壓成型 磁場 0.8 T，坯體含水 12%。
隧道窯燒結：室溫到 600 ℃ 每小時 100 ℃ 排膠排水，600 到 1210 ℃ 每小時 200 ℃，1210 ℃ 保溫 2 小時，空氣氣氛，自然冷卻。
收縮率約 15%，燒成密度 4.95 g/cm3 以上，Br 390 mT，Hcb 240 kA/m。
添加劑：CaCO3 0.7%、SiO2 0.4%、H3BO3 0.1%。

Vincent"""),
     dict(banner="outlook_tw", frm="阿輝 <ahui@fuyuan-ferrite.com.tw>", date="2024年7月1日 星期一 下午 3:20", to="Vincent Lu <vincent@fuyuan-ferrite.com.tw>", subj="Y30 燒結",
          body="Vincent，新窯燒出來的 Y30 瓦形磁鐵有裂，請問大陸廠的燒結曲線？\n阿輝"),
    ]
    eml("ferrite/FW_Y30燒結曲線.eml", "Vincent Lu <vincent@fuyuan-ferrite.com.tw>", "阿輝 <ahui@fuyuan-ferrite.com.tw>",
        "FW: Y30 燒結曲線", d8(2024,7,2,8,30), thread(msgs))
    label("ferrite/FW_Y30燒結曲線.eml","clear",[],[],[],"email","zh",True,"strontium ferrite magnet sintering curve — ferrite not covered")
