from helpers import *

def build():
    # C1 shipment delay PrNd oxide
    eml("mail/RE_ Shipment delay - PO 4500218873 PrNd oxide.eml", [
        ("From", "Angela Wu <angela.wu@jinfeng-trading.com>"), ("To", "Stefan Krüger <s.krueger@rhein-magnete.de>"),
        ("Subject", "RE: Shipment delay - PO 4500218873 PrNd oxide"), ("Date", "Wed, 22 Oct 2025 16:40:02 +0800"),
        ("Message-ID", "<SEZPR03.angela@jinfeng-trading.com>")],
"""Dear Stefan,

Sorry for the delay. The 5 MT of PrNd oxide (TREO ≥ 99%, Pr6O11/TREO 25±2%) is packed and waiting at our Tianjin warehouse. Customs need the updated end-user certificate with your company stamp and the line "not for military use". Once we have the scanned copy we can book the vessel; earliest ETD 7 Nov, ETA Hamburg around 15 Dec.

Price stays USD 78.50/kg CIF Hamburg as per contract JF-2025-117. Storage at Tianjin is free until 10 Nov, afterwards USD 0.8/pallet/day.

Best regards,
Angela Wu
Sales Manager | Jinfeng International Trading Co., Ltd.

-----Original Message-----
From: Stefan Krüger <s.krueger@rhein-magnete.de>
Sent: Tuesday, October 21, 2025 9:15 AM
To: Angela Wu
Subject: Shipment delay - PO 4500218873 PrNd oxide

Hallo Angela,
our production planning needs the material by mid-December at the latest. What is the status?

Mit freundlichen Grüßen
Stefan Krüger
Einkauf / Purchasing
Rhein Magnete GmbH · Hafenstraße 9 · 47119 Duisburg
Geschäftsführung: Dr. Ute Lang, Jens Brandt · Amtsgericht Duisburg HRB 31822
Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der beabsichtigte Empfänger sind, benachrichtigen Sie bitte den Absender.
""")
    label("mail/RE_ Shipment delay - PO 4500218873 PrNd oxide.eml", "clear", [], [], [], "email", "en", True,
          "Shipment/customs thread for bought oxide; purchase spec only, German signature")

    # C2 visa chat
    write_text("chats/微信_签证和住宿_越南出差.txt", """2025-11-05 09:12 阮氏兰:
刘工您好，您的工作签证邀请函已经寄出，EMS单号 EE123456789CN

2025-11-05 09:20 刘工:
收到，谢谢。我这次带两个人，小王和小赵，他们的也一起办吗

2025-11-05 09:24 阮氏兰:
一起的，护照首页麻烦发我。住宿安排在厂对面的Muong Thanh酒店，单人间，每晚85万越南盾

2025-11-05 09:26 刘工:
好。那个炉子的备件也随身带吗？还是走海运

2025-11-05 09:30 阮氏兰:
备件走海运吧，随身带海关要查。你们11月18号到，周四开始在车间，周末休息

2025-11-05 09:31 刘工:
OK，接机的车安排一下，航班VN513，22:40落地内排

2025-11-05 09:33 阮氏兰:
好的，司机Mr. Tuan会举牌子
""")
    label("chats/微信_签证和住宿_越南出差.txt", "clear", [], [], [], "other", "zh", True,
          "Chat about visa, hotel, flights for engineers visiting a plant; mentions 'the furnace' spare parts but no know-how")

    # C3 conference logistics Japanese signature
    eml("mail/Re_ 香港レアアース会議 hotel and badge.eml", [
        ("From", "Yamamoto Aya <a.yamamoto@tokai-shoji.co.jp>"), ("To", "Irene Chan <irene@asiametalsforum.hk>"),
        ("Subject", "Re: 香港レアアース会議 hotel and badge"), ("Date", "Fri, 05 Sep 2025 11:30:00 +0900"),
        ("Message-ID", "<OS3PR01.yamamoto@tokai-shoji.co.jp>")],
"""Dear Irene-san,

Thank you for the confirmation. Our delegation for the Asia Rare Earth & Magnet Forum (Hong Kong, 12-14 November) will be 3 persons:
 - Yamamoto Aya (Procurement)
 - Kobayashi Ryo (Sales, magnets)
 - Ito Daisuke (General Manager)

Please book 3 single rooms at the Harbour Grand, 11-14 Nov, invoice to our company. We will join the gala dinner on 13 Nov. Mr. Ito would like a 15-minute slot at the "Supply chain after export controls" panel if still available.

Payment of HKD 24,600 registration will be made by TT next week.

Best regards

──────────────────────
東海商事株式会社
資源・素材部  山本 彩
〒460-0008 名古屋市中区栄 3-X-X
TEL 052-XXX-XXXX
本メールには機密情報が含まれている可能性があります。誤送信の場合は破棄してください。
──────────────────────

> Dear Yamamoto-san, please confirm names and hotel needs by 10 Sept. — Irene Chan, Asia Metals Forum
""")
    label("mail/Re_ 香港レアアース会議 hotel and badge.eml", "clear", [], [], [], "email", "en", True,
          "Conference logistics (hotel, badges, payment) with Japanese signature block")

    # C4 toll processing price negotiation
    eml("mail/答复：来料加工费报价（分离）.eml", [
        ("From", "郑丽 <zhengli@gxre-sep.com>"), ("To", "James Miller <jmiller@pacrim-resources.com>"),
        ("Subject", "答复：来料加工费报价（分离）"), ("Date", "Tue, 12 Aug 2025 10:02:33 +0800"),
        ("Message-ID", "<20250812100233.zhengli@gxre-sep.com>")],
"""James，

关于贵司缅甸来料的加工费，我方报价如下（含税，人民币）：
1. 混合碳酸稀土（REO≥42%）分离成氧化镨钕、氧化镝、氧化铽及镧铈产品：每吨REO加工费 18,500元。
2. 收率保证：总收率不低于96%，低于部分按当月上海有色网均价赔付。
3. 交货期：来料到厂后60天出第一批产品。
4. 付款：来料到厂付30%，成品出库前付清。
5. 需要贵司提供原产地证明及海关进口手续，我方不负责进口许可。

以上报价有效期至2025年9月30日。产品仅可在国内销售或按国家出口管制规定办理。

郑丽
销售部

发件人: James Miller
发送时间: 2025年8月11日
主题: 来料加工费报价（分离）
Dear Ms Zheng, please quote toll separation for 1,200 t/y mixed carbonate from Myanmar.
""")
    label("mail/答复：来料加工费报价（分离）.eml", "clear", [], [], [], "email", "mixed", True,
          "Toll-separation price quote: fees, yields guaranteed, payment terms, no process content")

    # C5 LINE maintenance shutdown schedule only
    write_text("chats/[LINE] 廠務群組_停機排程.txt", """[LINE] 廠務群組 的聊天記錄
儲存日期：2025/12/01 20:10

2025/12/01（一）
09:02	廠長	各位，年度停機保養定在12/22到12/31，燒結爐全部停，甩片機也停
09:05	阿明	收到。外包廠商幾號進場？
09:06	廠長	12/22早上8點，要先辦入廠證，名單請今天給總務
09:10	小美	採購這邊：保養用的備品（密封圈、熱電偶）已下單，預計12/15到
09:12	阿明	電力公司12/27停電一天，那天只能做清潔
09:15	廠長	OK，1/2復工，1/2早上開會確認各線狀態。保養細節照上次的SOP，我不在群組貼
09:16	阿明	👌
""")
    label("chats/[LINE] 廠務群組_停機排程.txt", "clear", [], [], [], "other", "zh", True,
          "Plant group chat scheduling an annual shutdown of furnaces and strip caster; dates only, no maintenance know-how")

    # C6 copper SX plain-words (other material)
    eml("mail/Re_ tank farm settings at Kolwezi.eml", [
        ("From", "Pieter van Wyk <pvanwyk@sxconsult.co.za>"), ("To", "Jean-Paul Mbuyi <jp.mbuyi@katcu.cd>"),
        ("Subject", "Re: tank farm settings at Kolwezi"), ("Date", "Mon, 14 Jul 2025 07:55:10 +0200"),
        ("Message-ID", "<pvw.20250714@sxconsult.co.za>")],
"""Jean-Paul,

Quick notes on the tanks, in plain terms, from what I saw on Thursday:

- Your oil (the oxime extractant) is at 18% in kerosene; for a PLS of 3.5 g/L copper and pH 1.8 that's fine. Don't go higher, viscosity will hurt settling.
- You run 2 extraction boxes, 1 wash, 2 strip. O/A in extraction 1.1:1, keep the internal recycle so the mixers see 1:1.
- Strip with spent electrolyte at 180 g/L acid, 35 g/L Cu; advance electrolyte should come out at 50 g/L Cu.
- The crud in E1 is from the solids in the PLS. Improve the clarifier, target below 20 ppm solids.
- Settler flow 4.5 m³/m²/h max.

Cathodes for the tankhouse then at 300 A/m². We can talk about the cobalt circuit next month.

Pieter
""")
    label("mail/Re_ tank farm settings at Kolwezi.eml", "clear", [], [], [], "email", "en", True,
          "Copper solvent extraction settings in plain words (other material; same 'tanks/oil/O/A' vocabulary)")

    # C7 aluminium pot relining chat
    write_text("chats/WhatsApp Chat with Ravi (potroom).txt", """03/06/2025, 14:02 - Ravi Shankar: Zhang sir, pot 112 failed again, metal coming out the side
03/06/2025, 14:10 - 张师傅: cut out the pot, the carbon lining is finished. 2200 days is normal life for your 300 kA pots
03/06/2025, 14:12 - 张师傅: new cathode blocks, ramming paste between blocks at 40 C, tamp in 3 layers. bake with the resistor 72 h
03/06/2025, 14:15 - 张师傅: start with cryolite bath ratio 2.4 then bring to 2.2 after 2 weeks, bath temp 960 C. alumina feed by point feeders every 90 s
03/06/2025, 14:16 - Ravi Shankar: and the anode effect frequency?
03/06/2025, 14:18 - 张师傅: keep < 0.05 per pot-day. voltage 4.1 V target
03/06/2025, 14:19 - Ravi Shankar: thanks sir 🙏
""")
    label("chats/WhatsApp Chat with Ravi (potroom).txt", "clear", [], [], [], "other", "en", True,
          "Aluminium electrolysis pot relining and restart (fluoride bath, other material)")

    # C8 ferrite magnet sintering
    eml("mail/RE_ kiln curve for the ferrite rings.eml", [
        ("From", "Wang Fang <wangfang@dgferrite.com>"), ("To", "Marco Bianchi <m.bianchi@motoriveneti.it>"),
        ("Subject", "RE: kiln curve for the ferrite rings"), ("Date", "Thu, 18 Sep 2025 13:02:20 +0800"),
        ("Message-ID", "<dgf.20250918@dgferrite.com>")],
"""Marco,

For the strontium ferrite arc segments (Y30BH) our tunnel kiln runs: 25 to 500 C in 4 h (binder burn-off), to 1220 C in 6 h, hold 1.5 h in air, cool 8 h. Shrinkage 16-17%. Wet pressing in field 8 kOe, slurry 68% solids, pressure 0.4 t/cm².

Grinding: diamond wheels, then we magnetise at 2 T.

Price for 40x25x8 segment: USD 0.085/pc FOB Shenzhen, MOQ 200k.

Wang Fang
Dongguan Ferrite Co.

-----Original Message-----
From: Marco Bianchi
Subject: kiln curve for the ferrite rings
Ciao, could you share your kiln profile? Our local sinterer has cracking.
Cordiali saluti, Marco Bianchi — Motori Veneti S.r.l. — P.IVA 03318270241
""")
    label("mail/RE_ kiln curve for the ferrite rings.eml", "clear", [], [], [], "email", "en", True,
          "Ferrite magnet sintering profile (not a 1E902 magnet type); oven/pressing vocabulary")

    # C9 Li battery black mass
    eml("mail/Fwd_ black mass leach trial results.eml", [
        ("From", "Kim Soo-jin <sj.kim@k-battcycle.kr>"), ("To", "黄磊 <huanglei@gdrecycle.cn>"),
        ("Subject", "Fwd: black mass leach trial results"), ("Date", "Tue, 28 Oct 2025 09:40:00 +0900"),
        ("Message-ID", "<kbc.20251028.094000@k-battcycle.kr>")],
"""黄总，

Forwarding our trial on the black powder from shredded EV packs (NCM 811). Leach: 2.5 M H2SO4, 4% H2O2, S/L 1:8, 80 C, 2 h. Leaching Li 98%, Ni 97%, Co 96%, Mn 95%. Then iron/aluminium removal pH 4.5, Cyanex 272 for Co/Mn split, D2EHPA for Mn. Lithium recovered as carbonate at 95 C.

Could your plant take 300 t/month of this material? Please send your treatment charge.

Kim

---------- Forwarded message ---------
From: Lab <lab@k-battcycle.kr>
Subject: black mass leach trial results
(see above)
""")
    label("mail/Fwd_ black mass leach trial results.eml", "clear", [], [], [], "email", "mixed", True,
          "Lithium-ion battery black-mass recycling (D2EHPA/Cyanex, 'black powder') - other material")

    # C10 cemented carbide sintering
    write_text("notes/硬质合金烧结炉_操作要点.txt", """硬质合金烧结炉 操作要点（给泰国厂的说明）

1. 装舟：石墨舟上涂氧化锆隔离层，压坯间距5毫米。
2. 脱蜡：氢气或真空下300~450℃保温，石蜡全部排出，约4小时。
3. 预烧：1200℃保温1小时。
4. 烧结：WC-10Co牌号1420℃保温1小时；压力烧结时通氩气到5MPa保30分钟。
5. 冷却：随炉冷到200℃以下出炉。
6. 检验：密度14.45~14.55，矫顽磁力（钴磁）按牌号表，孔隙度A02B00。

注：每季度炉体检漏一次，石墨件每500炉更换。
""")
    label("notes/硬质合金烧结炉_操作要点.txt", "clear", [], [], [], "process-spec", "zh", True,
          "Cemented-carbide sintering furnace instructions; vacuum sintering vocabulary and 'coercivity' of cobalt, not rare earth")
