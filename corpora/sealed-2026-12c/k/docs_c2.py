from lib import *
from datetime import datetime
import json

def build():
    d8 = lambda *a: datetime(*a, tzinfo=tz(8))
    # 9 LINE chat export zh-TW recycling magnet scrap
    chat = """[LINE] 與 磁材回收-台中廠 的聊天記錄
儲存日期：2024/09/30 22:04

2024/09/27（五）
09:15	蔡明宏	大陸那邊的周經理今天會上來群組回答我們油泥處理的問題
09:20	周經理	大家好，我是周
09:22	蔡明宏	周經理好，我們現在收到的釹鐵硼油泥含油大概 15%，不知道要怎麼開始
09:31	周經理	第一步先把油去掉。油泥放迴轉窯裡，先 300 度以下低溫把油燒掉或者蒸掉，然後升到 650 到 750 度焙燒 3 小時，讓鐵和稀土都氧化透。燒完磨到 100 目以下
09:33	周經理	氧化不完全後面鐵會一起溶出來，所以焙燒後料要是紅棕色，不能有黑色顆粒
09:40	蔡明宏	了解，溶解用什麼酸
09:44	周經理	鹽酸。就是我們講的「優溶」，稀土先溶、鐵不溶。料和水 1:3 調漿，加 6 mol/L 鹽酸，一邊加一邊看 pH，控制終點 pH 4.0 到 4.5，溫度 85 到 90 度，攪 2 小時
09:45	周經理	酸不要一下倒太多，pH 掉到 3 以下鐵就溶出來了，後面很麻煩
09:47	陳淑芬	那鐵的殘渣怎麼辦
09:50	周經理	壓濾，渣主要是氧化鐵，稀土留在渣裡低於 0.5% 就算合格。濾液裡鐵要小於 0.01 g/L
09:58	蔡明宏	濾液之後呢
10:03	周經理	濾液稀土濃度大概 250 g/L 以上。你們如果不做分離，就直接加草酸沉澱，草酸用量是理論量的 1.1 倍，60 度沉，陳化 1 小時，過濾洗到中性，然後 900 度燒 2 小時，出來就是混合稀土氧化物，純度 99% 以上。回收率整體可以做到 95% 以上
10:05	周經理	如果要分鐠釹和鏑鋱，要接萃取線，那是另外的事
10:10	陳淑芬	👍 謝謝周經理
10:11	蔡明宏	我整理成 SOP 下週給周經理看
"""
    write("chat/[LINE] 磁材回收-台中廠.txt", chat)
    label("chat/[LINE] 磁材回收-台中廠.txt","controlled",["1E902.a"],["recycling"],[],"other","zh",False,
          "LINE chat (zh-TW): NdFeB sludge roasting, selective HCl leaching (pH), oxalic precipitation and calcination parameters")

    # 10 Ce magnet dual main phase, mixed
    msgs = [
     dict(body="""Hi Mark,

See Dr. Sun's answer below on the Ce grade. I think we can try it on line 2. Please don't circulate outside R&D.

Best,
Priya"""),
     dict(banner="outlook_en", frm="孙博士 Sun Hao <sunhao@bt-ce-magnet.com>", date="Wednesday, May 7, 2025 11:48 PM", to="Priya Raman <priya.raman@axion-drives.com>", subj="RE: Ce-containing grade for fan motors",
      body="""Priya,

我们的 N38 双主相 Ce 磁体做法如下 / our dual-main-phase route:

Alloy A (Ce-free): PrNd 30.5, B 0.98, Co 1.0, Cu 0.15, Ga 0.2, Al 0.3, Fe bal. (wt%)
Alloy B (Ce-rich): (PrNd0.55Ce0.45) 31.5, B 0.98, Co 1.0, Cu 0.15, Ga 0.25, Fe bal.
两种合金分别速凝，辊速 Alloy A 1.3 m/s，Alloy B 1.6 m/s（Ce 合金要快一点，不然富稀土相聚集）。
分别氢破，然后按 A:B = 60:40 混合后一起气流磨，D50 3.2 um。
压型 1.8 T 取向，等静压 200 MPa。
烧结温度要比普通 N38 低：1030 °C × 4 h（普通的 1060）。温度高了两种主相互扩散，双主相就没了，HcJ 掉很多。
回火 880 °C × 2 h + 480 °C × 3 h.

Typical: Br 12.4 kGs, HcJ 12.5 kOe, Ce/TRE about 18%. Cost saving vs N38 about 9–11%.

Sun Hao"""),
     dict(banner="outlook_en", frm="Priya Raman <priya.raman@axion-drives.com>", date="Tuesday, May 6, 2025 9:10 AM", to="Sun Hao <sunhao@bt-ce-magnet.com>", subj="Ce-containing grade for fan motors",
      body="""Dr. Sun,

We are looking at a lower-cost grade for our HVAC fan motors and heard you make Ce magnets in-house with dual main phase. Could you share how you make it so our Pune magnet line can evaluate?

Regards,
Priya Raman
Axion Drives Pvt Ltd | Magnetics R&D
Disclaimer: This message is intended only for the addressee and may contain confidential information."""),
    ]
    eml("Priya/FW_RE_Ce-containing_grade.eml", "Priya Raman <priya.raman@axion-drives.com>", "Mark D'Souza <mark.dsouza@axion-drives.com>",
        "FW: RE: Ce-containing grade for fan motors", datetime(2025,5,8,10,5,tzinfo=tz(5.5)), thread(msgs))
    label("Priya/FW_RE_Ce-containing_grade.eml","controlled",["1E902.a"],["magnet-manufacturing"],["NdFeB","Ce"],"email","mixed",False,
          "dual-main-phase Ce magnet recipe, strip-cast speeds, blend, sintering/tempering in quoted bilingual reply")

    # 11 field service report jet mill + HD furnace maintenance (b), en
    body = """Hello Mr. Tran,

Following my visit 3–7 June, here is the summary of what we did on the powder line and the maintenance rules your team should follow from now on. Process set points stay as in the original commissioning record; I did not change them.

1. Hydrogen decrepitation furnace HD-2
- Found: door seal hardened, leak-up rate 4 Pa/h (limit 0.5 Pa/h). Replaced Viton seal (part HD-SEAL-1450), re-tested 0.2 Pa/h.
- Found: H2 mass flow controller drifting +6%. Recalibrated against bubble meter.
- Rule: leak-up test every Monday, 1 h isolated at < 10 Pa. If > 0.5 Pa/h, do not start hydrogen absorption.
- Rule: check rotary retort bearing grease every 150 cycles; replace thermocouple K-type in the dehydrogenation zone every 12 months.

2. Jet mill JM-400
- Found: classifier wheel imbalance, vibration 7.1 mm/s. Rebalanced to 1.8 mm/s.
- Found: nozzle #3 worn (bore 4.6 mm vs 4.0 new). Replaced all 3 nozzles as a set.
- Rule: oxygen analyser in the N2 loop must read < 50 ppm before feed; calibrate monthly with span gas.
- Rule: nozzles replace every 800 operating hours or when bore > 4.3 mm. Classifier bearings every 2,000 h.
- Rule: after any opening of the mill, purge with N2 until O2 < 20 ppm before powder flows.

3. Glovebox / powder transfer
- Glove change every 3 months. Ar box O2 must be < 100 ppm during can filling.

After the work the D50 came back to the target (3.0 ± 0.2 um) and the laser particle size distribution matched the commissioning record.

Spare parts used are listed on service ticket SV-2024-0611. Next preventive visit: December.

Best regards,
Liang Chao
Field Service Engineer
Sinomag Equipment Co., Ltd.
+86 139 2218 0457
"""
    eml("service/Service_report_HD2_JM400_June.eml", "Liang Chao <liangchao@sinomag-equip.com>", "Tran Van Minh <minh.tran@vnmagnet.vn>",
        "Service report – HD furnace and jet mill, Hai Phong plant, 3–7 June", d8(2024,6,10,14,30), body,
        cc="service@sinomag-equip.com")
    label("service/Service_report_HD2_JM400_June.eml","controlled",["1E902.b"],["magnet-manufacturing"],["NdFeB"],"email","en",False,
          "field service: repair record and maintenance rules for HD furnace and jet mill at foreign magnet plant")

    # 12 HD furnace commissioning checklist as attachment (b), zh; innocuous body
    att = """氢破炉安装调试作业指导书（出口项目用）  编号 QP-AZ-03  版本 B

一、安装
1. 设备基础水平度 ≤ 0.5 mm/m，地脚螺栓二次灌浆 72 h 后方可紧固。
2. 氢气管道采用 316L 不锈钢，全部氩弧焊，焊后 1.6 MPa 保压 24 h 压降为零；管道末端设阻火器。
3. 氢气报警探头安装在炉顶上方 0.3 m 内，报警值 0.4% LEL 联锁切断氢气阀。

二、冷态调试
1. 真空系统：极限真空 ≤ 5 Pa（机械泵+罗茨），压升率 ≤ 0.5 Pa/h。
2. 转炉转速 1–6 r/min 无级可调，空转 4 h，轴承温升 ≤ 35 ℃。
3. 加热：空炉升温到 600 ℃，测 9 点温度均匀性 ±5 ℃。
4. 冷却风机、水冷套流量确认，出水温度 ≤ 45 ℃。

三、热态调试（工艺值以客户工艺卡为准，本页仅作参考）
1. 首炉装 200 kg 速凝片，吸氢压力参考 0.1 MPa，吸氢结束判断：10 min 内压降 < 2 kPa。
2. 脱氢参考 550 ℃，真空 ≤ 30 Pa 结束。
3. 连续三炉氢含量、粒度合格，签署《调试验收单》。

四、交接
培训客户操作工不少于 3 人，考核合格方可单独操作。
"""
    body = thread([dict(body="阿强：\n\n附件是印尼项目氢破炉的安装调试指导书，你出发前打印两份带过去。落地后先联系 Budi。\n\n老郑"),
                   dict(banner="foxmail", frm="\"Budi Santoso\"<budi@idmagnet.co.id>", date="2025年2月11日(星期二) 下午3:10", to="\"郑工\"<zheng@lqhd-vac.com>", subj="Installation schedule",
                        body="Dear Mr. Zheng,\n\nFoundation is ready, you can send the engineer from 24 Feb. Our hydrogen supply line will be done on 20 Feb.\n\nBudi")])
    eml("郑工/印尼项目_氢破炉指导书.eml", "郑工 <zheng@lqhd-vac.com>", "李强 <liqiang@lqhd-vac.com>",
        "印尼项目 氢破炉 安装调试", d8(2025,2,12,8,55), body,
        attachments=[("QP-AZ-03_氢破炉安装调试作业指导书_B.txt", att, "text/plain")], extra={"X-Mailer": "Foxmail 7.2.25.228[cn]"})
    label("郑工/印尼项目_氢破炉指导书.eml","controlled",["1E902.b"],["magnet-manufacturing"],["NdFeB"],"process-spec","zh",False,
          "innocuous body, attachment is installation/commissioning instruction for HD furnace at Indonesian magnet plant")

    # 13 bonded magnets melt-spun / HDDR, json chat export (Telegram style) en/zh
    msgs = [
     ("2024-10-14T09:02:11","Oleg Petrov","Good morning. Question about the bonded line: our melt-spun ribbon gives only 8.5 MGOe in the compression bonded ring. What wheel speed do you use?"),
     ("2024-10-14T09:20:45","Wu Jian","Morning Oleg. For isotropic NdFeB ribbon (Nd 12, Fe bal, B 6 at% with 0.5 Nb) we jet at 1420 °C through a 0.8 mm quartz nozzle onto a Cu-Zr wheel, surface speed 20–22 m/s in Ar 40 kPa. Ribbon is slightly over-quenched, then anneal 680 °C × 10 min in Ar. That gives nanocrystalline 20–30 nm grains."),
     ("2024-10-14T09:22:03","Wu Jian","If you run the wheel at 16 m/s like your log shows, grains are too big, Hci falls."),
     ("2024-10-14T09:30:17","Oleg Petrov","OK. And for the bonding?"),
     ("2024-10-14T09:36:40","Wu Jian","Crush ribbon to < 300 um, coat 2.2 wt% epoxy + 0.2% zinc stearate, press at 800 MPa, cure 170 °C × 1 h. Density should be ≥ 6.0 g/cm3. Then you get 9.5–10 MGOe."),
     ("2024-10-14T09:41:09","Wu Jian","各向异性的 HDDR 粉另外说，那个氢压和温度很关键：780 °C 30 kPa H2 吸氢 3 h，然后 800 °C 抽到 1 Pa 脱氢 1 h。你们炉子控压精度不到 ±2 kPa 做不了。"),
     ("2024-10-14T09:45:52","Oleg Petrov","Thanks, very useful. I will send you the new ribbon XRD next week."),
    ]
    data = {"name": "Bonded magnet line – Chelyabinsk", "type": "private_group", "id": 4417720391,
            "messages": [{"id": 1000+i, "type": "message", "date": t, "from": f, "text": x} for i,(t,f,x) in enumerate(msgs)]}
    write("chat/result_bonded_line.json", json.dumps(data, ensure_ascii=False, indent=1))
    label("chat/result_bonded_line.json","controlled",["1E902.a"],["magnet-manufacturing"],["NdFeB"],"other","mixed",False,
          "Telegram JSON export: melt-spinning wheel speed, anneal, bonding and HDDR conditions for bonded NdFeB")

    # 14 upgrade plan meeting notes separation (a+b) mixed
    notes = """From: Ng Wai Kit <wk.ng@pahang-re.com.my>
To: Separation Plant Team; 张建华 <zhangjh@hre-design.cn>
Date: Fri, 21 Feb 2025 17:05:33 +0800
Subject: Minutes – Dy/Tb line upgrade kick-off (20 Feb)

Hi all, minutes below. Action owners pls confirm by Wed.

Attendees: Ng Wai Kit, Farah, Rajesh (maintenance), 张建华 & 王娜 (HRE Design, remote)

1. Scope of upgrade
 - Existing Tb/Dy cascade: 60 stages mixer-settler, P507 in kerosene. Tb4O7 purity only 99.95%, target 99.99%.
 - 张工 proposal: add 20 stages to the scrubbing section (new stages 61–80), same 0.5 m3 box size, and replace stages 1–10 of extraction with centrifugal contactors to cut inventory.
 - New flowsheet (张工 to issue rev.C): extraction 24 stages, scrubbing 46 stages, stripping 10 stages; organic 1.2 M P507, saponification 40% with NaOH instead of ammonia (ammonia-N discharge limit at Kuantan); O/A in extraction 2.4:1; scrub acid 2.5 M HCl at 0.035 of organic flow; strip 5.5 M HCl.
 - Reflux: Tb-rich outlet at stage 38 aqueous, check Dy/(Tb+Dy) < 50 ppm.

2. Installation / commissioning plan
 - Rajesh: tie-in of new stages during March shutdown, 10 days. PP boxes to be hydro-tested 48 h before organic fill.
 - Commissioning sequence: water run 24 h → organic fill → total reflux 72 h (Tb/Dy needs long time to build profile) → feed at 30 %, 60 %, 100 % over 6 days.
 - 王娜 to send sampling plan: stages 20, 38, 55, 70 every 8 h during start-up.

3. Open points
 - Centrifugal contactor vendor: CINC vs Chinese supplier, lead time.
 - Export licence needed for the design package? Farah checking with legal.

Next meeting 6 March.
Wai Kit
"""
    write("notes/Minutes_DyTb_upgrade_kickoff_20Feb.txt", notes)
    label("notes/Minutes_DyTb_upgrade_kickoff_20Feb.txt","controlled",["1E902.a","1E902.b"],["separation"],[],"email","en",False,
          "upgrade plan for Tb/Dy SX line with new flowsheet (stages, O/A, acids) plus installation/commissioning sequence")
