from lib import *
from datetime import datetime

def build():
    # 1 zh-TW thread, sintering/tempering deep in thread
    d = lambda *a: datetime(*a, tzinfo=tz(8))
    msgs = [
     dict(body="""Kevin 您好，

轉給您參考。下面第三封是大陸廠的林工回覆的燒結條件，我們試過兩爐，收縮和密度都比之前穩定。
請您看完後跟品保的Amy討論是否要改我們的作業標準書。

謝謝
陳怡君 Grace Chen
採購暨技術支援部
鑫磁科技股份有限公司
桃園市觀音區工業五路 18 號
Tel: +886-3-483-5521 ext. 312

本郵件及其附件可能含有機密或受法律保護之資訊，僅供指定收件人使用。若您非指定收件人，請勿閱讀、複製、轉寄或使用，並請立即通知寄件人及刪除本郵件。"""),
     dict(banner="outlook_tw", frm="林建國 <lin.jg@hx-magnet.cn>", date="2024年3月14日 星期四 下午 4:52", to="Grace Chen <grace.chen@xinci-tech.com.tw>", subj="回覆: 燒結後密度偏低 / N48H 批號 2403-07",
      body="""Grace 你好，

按你说的情况，主要问题在升温段脱气不够，还有烧结保温时间短了。以后 N48H 这个牌号你们就按下面做：

1. 装料：压坯放石墨料盒，每盒不超过 12 kg，盒盖留缝。入炉前真空度抽到 5×10^-3 Pa 以下再升温。
2. 升温脱气：室温到 300℃ 用 2 小时，保温 1.5 小时；300 到 600℃ 用 3 小时，在 600℃ 保温 2 小时脱氢，真空度回到 1×10^-2 Pa 以下才能往上走。
3. 600 到 850℃ 1.5 小时，保温 1 小时；850 到 1065℃ 2 小时。
4. 烧结：1065℃ 保温 5 小时（你们原来 3 小时太短，密度上不去，要到 7.55 g/cm3 以上）。
5. 风冷：充氩气到 80 kPa 风冷到 80℃ 以下出炉。
6. 一级回火 900℃ 3 小时，风冷；二级回火 495℃ 4 小时，风冷。二级回火温度按每批 HcJ 做 ±10℃ 微调，HcJ 偏低就往 480 调。

按这个做完，N48H 应该 Br 13.7–13.9 kGs，HcJ ≥ 17.5 kOe。含氧量控制在 1500 ppm 以内，氧高了再怎么调都没用。

林建国
工艺部"""),
     dict(banner="outlook_tw", frm="Grace Chen <grace.chen@xinci-tech.com.tw>", date="2024年3月13日 星期三 上午 10:21", to="林建國 <lin.jg@hx-magnet.cn>", subj="燒結後密度偏低 / N48H 批號 2403-07",
      body="""林工您好，

我們上週燒的 N48H（批號 2403-07）密度只有 7.46，Br 也只到 13.3 kGs。
壓坯是照您上次給的配向條件做的，懷疑是燒結爐的問題。
可以請您提供一下你們那邊的燒結和回火曲線嗎？我們的爐子是 600 kg 的真空燒結爐。

謝謝！
Grace"""),
    ]
    body = thread(msgs)
    eml("Grace_Chen/FW_燒結後密度偏低_N48H.eml", "Grace Chen <grace.chen@xinci-tech.com.tw>",
        "Kevin Wu <kevin.wu@xinci-tech.com.tw>", "FW: 回覆: 燒結後密度偏低 / N48H 批號 2403-07",
        d(2024,3,15,9,3), body, cc="Amy Huang <amy.huang@xinci-tech.com.tw>")
    label("Grace_Chen/FW_燒結後密度偏低_N48H.eml","controlled",["1E902.a"],["magnet-manufacturing"],["NdFeB"],"email","zh",False,
          "zh-TW forward; sintering/tempering curve for N48H sintered NdFeB in 2nd-level quoted reply")

    # 2 innocuous body, CSV attachment with P507 cascade parameters (GB18030)
    csv = """级段,段数,有机相,皂化度%,O/A,料液浓度g/L,洗涤酸mol/L,反萃酸mol/L,出口
萃取段,36,1.5M P507-煤油,36,1.8:1,1.45(REO),,,水相LaCe
洗涤段,28,,,1.8:1,,3.2 HCl,,
反萃段,8,,,,,,4.5 HCl,有机相PrNd反萃液
PrNd/Sm分组,30,1.5M P507-煤油,38,2.1:1,,3.0 HCl,,
流量,料液 0.92 m3/h,有机 1.65 m3/h,皂化氨水 6.0 mol/L,洗酸 0.21 m3/h,,,,
控制点,第18级 Nd2O3/TREO≤0.5%,第40级 La2O3/TREO≤0.05%,,,,,,
产品,PrNd 氧化物 TREO≥99%,(Pr6O11+Nd2O3)/TREO≥99.5%,,,,,,
"""
    body = """Hi Daniel,

As discussed on the call, attached is the sheet from the Baotou line. Pls keep it internal.

Thx
Wang Lei
"""
    body = thread([dict(body=body),
        dict(banner="gmail", frm="Daniel Koh <daniel.koh@meridian-res.sg>", date="Tue, 9 Jul 2024 at 17:40", to="", subj="",
             body="Wang Lei, can you send the cascade sheet we talked about? Our feed is similar (mixed chloride from the Lynas-type concentrate). Need it before Thursday's board.\n\nDaniel")], quote=True)
    eml("DK/Re_cascade_sheet.eml", "Wang Lei <wanglei_re@163.com>", "Daniel Koh <daniel.koh@meridian-res.sg>",
        "Re: cascade sheet", d(2024,7,9,21,12), body,
        attachments=[("萃取槽参数_PrNd线_2024.csv", csv.encode("gb18030"), "text/csv")])
    label("DK/Re_cascade_sheet.eml","controlled",["1E902.a"],["separation"],[],"parameter-sheet","mixed",False,
          "short innocuous body; GB18030 CSV attachment with P507 LaCe/PrNd cascade stages, O/A, saponification, acid")

    # 3 WeChat chat export, commissioning of strip caster in Vietnam (b)
    chat = """微信聊天记录导出
聊天对象：越南项目-速凝炉调试群（5人）
导出时间：2025-04-22 20:15

2025-04-18 08:42 阮文雄(Hung)：张工早，炉子昨天抽真空到 3 Pa 就下不去了，今天还试吗
2025-04-18 08:45 张海涛：先别开熔炼。你把熔炼室和浇铸室之间那个观察窗的密封圈换了，备件箱第二层有，O 圈 φ285×7。换完用氦检漏，漏率要小于 5×10^-9 Pa·m3/s 才行
2025-04-18 10:30 阮文雄(Hung)：换好了，现在极限 6×10^-2 Pa
2025-04-18 10:32 张海涛：可以。下午先冷调冷却辊。水温进水不要高于 30 度，流量调到每分钟 450 升，进出水温差正常冷试不到 1 度
2025-04-18 10:33 张海涛：辊子转速先空转从 0.5 m/s 升到 2 m/s，听有没有异响，跑 30 分钟，轴承温度不超过 60 度
2025-04-18 15:10 阮文雄(Hung)：转速 2 m/s 轴承 47 度，没有异响
2025-04-18 15:12 张海涛：好。明天装第一炉，先装 300 公斤料试，别装满 600
2025-04-19 09:05 Lisa 李（项目经理）：客户问第一炉什么时候出片
2025-04-19 09:07 张海涛：中午。Hung 注意：熔炼完浇注温度看红外测温 1450 左右就行，中间包预热到 1000 度以上再倒，不然会堵嘴。辊速第一炉设 1.2 m/s，我们出厂调试时候这个料就是这个速度
2025-04-19 12:48 阮文雄(Hung)：出片了，片厚看着不均匀，边上厚
2025-04-19 12:50 张海涛：发照片
2025-04-19 12:51 阮文雄(Hung)：[图片]
2025-04-19 12:55 张海涛：中间包布流口偏了，左边那个出口结瘤了。下一炉前把布流口拆下来用砂纸清一下，装的时候用塞尺量和辊面距离，两边都要 8 毫米，差不能超 0.5
2025-04-19 12:56 张海涛：片厚目标 0.25–0.35 毫米，你用千分尺每次抽 20 片量，记到调试表里
2025-04-19 16:30 阮文雄(Hung)：第二炉 20 片平均 0.31，最大 0.36 最小 0.27
2025-04-19 16:33 张海涛：合格。再连续跑三炉，每炉记真空度、熔炼功率曲线、辊进出水温。三炉都过了就可以签调试验收单
2025-04-20 11:02 Lisa 李（项目经理）：验收单模板发群里了 [文件] 速凝炉调试验收单_V2.docx
2025-04-21 18:20 阮文雄(Hung)：三炉都做完了，数据表发你邮箱
2025-04-21 18:25 张海涛：收到。另外跟你们设备科说，冷却辊每 200 炉要检查一次辊面粗糙度，Ra 超过 3.2 就要上车床修，修完直径小于 592 就换辊
"""
    write("chat/微信_越南项目速凝炉调试群_20250422.txt", chat)
    label("chat/微信_越南项目速凝炉调试群_20250422.txt","controlled",["1E902.b"],["magnet-manufacturing"],["NdFeB"],"other","zh",False,
          "WeChat export: field engineer commissioning/maintenance of strip caster abroad (leak rate, roll speed, nozzle gap, acceptance)")

    # 4 German customer, SmCo 2:17 heat treatment deep in thread
    d1 = lambda *a: datetime(*a, tzinfo=tz(1))
    msgs = [
     dict(body="""Hallo Thomas,

zur Info unten die Antwort von Ningbo zur Wärmebehandlung. Bitte für die Versuchsreihe KW 12 verwenden.

Gruß
Jürgen

--
Dr. Jürgen Albers
Werkstoffentwicklung
Magnetec Sondermagnete GmbH
Industriestraße 44, 63450 Hanau
Tel. +49 6181 90 3412

Geschäftsführer: M. Kessler | Amtsgericht Hanau HRB 91827
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""),
     dict(banner="outlook_de", frm="Zhou Min <zhoumin@nbsmco.com>", date="Montag, 10. März 2025 03:14", to="Albers, Jürgen <j.albers@magnetec-sm.de>", subj="AW: Sm2Co17 – low Hk / squareness problem",
      body="""Dear Dr. Albers,

Sorry for the late reply. For the 2:17 grade with Fe 20 wt% (Sm 25.0, Fe 20, Cu 5.5, Zr 2.8, Co bal.) we use the following after sintering at 1215 °C for 1.5 h:

- Solution treatment: cool from sintering to 1185 °C in the same furnace, hold 3 h, then fast gas quench (Ar, 0.2 MPa) to below 100 °C. The quench must be fast, otherwise the 1:7 phase decomposes too early.
- Isothermal aging: 830 °C for 12 h in vacuum or Ar.
- Slow cooling: 0.7 °C/min from 830 °C down to 400 °C, hold 400 °C for 10 h, then furnace cool.

Your low Hk is most likely from the slow cooling rate. If you cool at 2–3 °C/min the cell boundary phase does not get enough Cu and squareness drops. We see Hk/HcJ > 0.85 only with ≤0.8 °C/min.

Best regards,
Zhou Min
Process Engineering, Ningbo SmCo Magnetics"""),
     dict(banner="outlook_de", frm="Albers, Jürgen <j.albers@magnetec-sm.de>", date="Donnerstag, 6. März 2025 14:02", to="Zhou Min <zhoumin@nbsmco.com>", subj="Sm2Co17 – low Hk / squareness problem",
      body="""Dear Ms. Zhou,

our in-house samples of grade YXG-32 show HcJ of 25 kOe but the knee is poor, Hk only 9 kOe. Could you share how you do the solution and aging steps?

Kind regards
Jürgen Albers"""),
    ]
    eml("Albers/WG_AW_Sm2Co17_low_Hk.eml", "Albers, Jürgen <j.albers@magnetec-sm.de>", "Brandt, Thomas <t.brandt@magnetec-sm.de>",
        "WG: AW: Sm2Co17 – low Hk / squareness problem", d1(2025,3,10,8,41), thread(msgs),
        extra={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdmTq1ZbHk3a"})
    label("Albers/WG_AW_Sm2Co17_low_Hk.eml","controlled",["1E902.a"],["magnet-manufacturing"],["SmCo"],"email","en",False,
          "German Outlook forward (Von/Gesendet); Chinese supplier gives Sm2Co17 composition, solution, aging and slow-cool schedule")

    # 5 HK trading, molten salt electrolysis PrNd deep in thread
    d8 = lambda *a: datetime(*a, tzinfo=tz(8))
    msgs = [
     dict(body="""Raymond,

下面係贛州嗰邊何師傅回覆嘅電解資料，佢講得幾清楚。你睇完再同越南客傾下個價，唔好直接 forward 畀佢哋。

Eddie Lam
怡豐國際貿易有限公司 Yi Fung International Trading Ltd.
香港九龍觀塘鴻圖道 52 號 12 樓
T: +852 2345 6781  M: +852 9123 4567

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. 本電郵及其附件屬機密資料，如閣下並非收件人，請即通知發件人並刪除。"""),
     dict(banner="fwd_tw", frm="何振华 <hezh1972@qq.com>", date="2024年11月2日 週六 下午9:37", to="Eddie Lam <eddie@yifung-intl.com.hk>", subj="回复：镨钕电解",
      body="""林生：

你问的 6 千安电解槽，我们这里一直这样做：

电解质：氟化镨钕 : 氟化锂 = 88 : 12（重量），开槽先把电解质熔好，温度控制在 1040–1060 度，太高了铁坩埚的钨和炉衬都吃不消，太低了出金属粘。
阳极用石墨，4 块拼成圆筒，阴极是钨棒 φ70，插到底离坩埚底 100 毫米左右。
电流 6000 A，槽电压 9–10 V，阴极电流密度大约 6–7 A/cm²，阳极 1 A/cm² 左右。
加料：氧化镨钕每 3 分钟加一次，每次 0.6–0.7 kg，要均匀撒在阴阳极之间。加多了底下结渣，加少了会出阳极效应，电压一下跳到 20 多伏，这时候要马上加料搅拌。
出金属：每 2 小时用铁勺舀一次，一次大概 18–20 kg 金属。
一天一个槽出金属 220 公斤左右，电流效率 78–82%，氧化物单耗 1.17–1.18。
阳极用 20 天左右换一次，看烧到剩 40% 厚度就换。

何振华"""),
     dict(banner="outlook_tw", frm="Eddie Lam <eddie@yifung-intl.com.hk>", date="2024年11月1日 星期五 上午 11:05", to="hezh1972@qq.com", subj="鐠釹電解",
      body="""何師傅你好，

有個越南客想自己起幾個 6kA 嘅電解槽做鐠釹金屬，想知道一般點樣操作、電流幾多、一日出幾多金屬。唔該你有時間講下。

Eddie"""),
    ]
    eml("Eddie/Fw_鐠釹電解_越南.eml", "Eddie Lam <eddie@yifung-intl.com.hk>", "Raymond Cheung <raymond@yifung-intl.com.hk>",
        "Fw: 回复：镨钕电解", d8(2024,11,4,10,15), thread(msgs))
    label("Eddie/Fw_鐠釹電解_越南.eml","controlled",["1E902.a"],["metal-smelting"],[],"email","zh",False,
          "HK Cantonese forward; quoted reply gives PrNd fluoride-bath electrolysis parameters (bath ratio, temp, current, feed rate, yields)")

    # 6 meeting notes by mail: overhaul of mixer-settler cascade Malaysia (b)
    notes = """主题：关丹分离线大修会议纪要（2025-06-12）
发件人：刘志强 <liu.zq@hy-rare.com>
收件人：马来西亚项目组
日期：2025年6月13日 09:20

各位，昨天视频会纪要如下，请按分工执行。

参会：刘志强、陈伟（现场）、Ahmad Faizal（业主维修主管）、Siti（业主生产）、吴敏（设计院）

一、停车与排空
1. 6 月 20 日 08:00 停料液进料，萃取段继续走有机 8 小时把水相顶空，然后停皂化。
2. 有机相全部打回有机储槽（T-301/302），过 1 微米滤芯，不要直接放到地坑，去年损失了 11 立方有机。
3. 每级槽体排空后用清水冲洗，界面污物（第三相）单独收集，按危废处理。

二、检修内容（陈伟负责，Ahmad 配合）
1. 混合室搅拌桨：第 1–24 级全部拆检。桨叶磨损超过原厚度 30% 的换新，备件 PVDF 桨 60 套已到现场。
2. 电机与减速机：换油，齿轮油 ISO VG 220；电流比额定超 15% 的减速机拆开看轴承。
3. 澄清室：检查堰板高度，用水平仪打，每级相差不超过 2 mm。去年第 31–35 级界面不稳就是堰板下沉。
4. 前室/后室隔板衬里：PP 焊缝目测 + 电火花检测，检测电压 15 kV，打火点全部补焊。
5. 流量计全部送检，皂化氨水流量计重点看，误差超 1% 的更换。

三、开车恢复
1. 按 2023 年开车规程 HY-OP-07 执行。先水试 24 小时，检查各级流量和界面位置，界面控制在澄清室高度的 45–55%。
2. 加有机后先全回流 12 小时，再进料，进料量从 50% 升到 100% 分三天。
3. 恢复后检测点照旧：第 12 级和第 48 级取样，目标值按原工艺卡，不改。

四、其他
- 大修预计 18 天，业主要求 7 月 10 日前出合格产品。
- 吴敏出一版第 49–60 级增加 6 级的改造图，下次会讨论。

刘志强
"""
    write("notes/关丹分离线大修会议纪要_20250612.txt", notes)
    label("notes/关丹分离线大修会议纪要_20250612.txt","controlled",["1E902.b"],["separation"],[],"email","zh",False,
          "meeting notes sent by mail: overhaul/restart procedure for foreign mixer-settler SX line; process targets only referenced")

    # 7 Japanese header, GBD Tb diffusion
    d9 = lambda *a: datetime(*a, tzinfo=tz(9))
    msgs = [
     dict(body="""佐藤さん

FYI. Mr. Xu's reply below – this is the condition we should try on the 5 mm slab samples next week.

山田"""),
     dict(banner="outlook_jp", frm="Xu Feng <xufeng@jx-nfb.com>", date="2025年1月20日 18:05", to="山田 健一 <k.yamada@tokai-motor-parts.co.jp>", subj="RE: Tb diffusion condition",
      body="""Dear Yamada-san,

For the grain boundary diffusion we do it like this on machined blanks (thickness ≤ 6 mm):

1. Blank surface: pickling in 3% HNO3 for 20 s, ultrasonic rinse, dry.
2. Coating: TbH2 powder (D50 3 um) mixed with ethanol + 2% PVB, spray both pole faces, Tb pickup 0.45–0.55 wt% of magnet weight. We weigh each tray.
3. Diffusion: vacuum furnace, 900 °C x 15 h, vacuum better than 5x10^-3 Pa during heat up, then Ar cool.
4. Aging: 490 °C x 5 h.

Result on our 52SH base (HcJ 19.5 kOe before) is HcJ 26.5–27 kOe after, Br loss about 0.2 kGs. If the magnet is thicker than 6 mm the center does not get enough Tb, so slice before diffusion.

Best regards,
Xu Feng"""),
     dict(banner="outlook_jp", frm="山田 健一 <k.yamada@tokai-motor-parts.co.jp>", date="2025年1月17日 10:32", to="Xu Feng <xufeng@jx-nfb.com>", subj="Tb diffusion condition",
      body="""Dear Mr. Xu,

We are evaluating whether we can do Tb diffusion in-house at our Thailand plant. Could you tell us the process condition you use?

Best regards,
Kenichi Yamada
東海モーターパーツ株式会社 材料技術課
〒448-0027 愛知県刈谷市相生町 2-11
本メールは機密情報を含む場合があります。誤って受信された場合は、送信者にご連絡のうえ削除してください。"""),
    ]
    eml("Yamada/FW_RE_Tb_diffusion_condition.eml", "山田 健一 <k.yamada@tokai-motor-parts.co.jp>", "佐藤 亮 <r.sato@tokai-motor-parts.co.jp>",
        "FW: RE: Tb diffusion condition", d9(2025,1,21,9,12), thread(msgs))
    label("Yamada/FW_RE_Tb_diffusion_condition.eml","controlled",["1E902.a"],["magnet-manufacturing"],["NdFeB"],"email","en",False,
          "Japanese Outlook banner (差出人/送信日時); quoted reply gives Tb GBD coating, diffusion and aging conditions")

    # 8 plain language, ion-adsorption in-situ leaching, Myanmar, zh-TW
    msgs = [
     dict(body="""志明兄：

老黃的信我轉給你，他是退休的礦場技術員，講得很白話，但數字都是他在江西做了二十年的經驗。你看完再決定要不要投克欽邦那個案子。

阿德"""),
     dict(banner="fwd_tw", frm="黃老師 <huangls1958@163.com>", date="2023年8月5日 週六 上午7:12", to="許文德 <wende.hsu@gmail.com>", subj="回复：那边的黏土矿怎么弄",
      body="""文德：

你问那种黏土里的稀土怎么弄出来，其实不复杂，我说白话：

先在山坡上打注液井，井是直的，直径 20 公分左右，打到风化层下面、见到半风化岩就停，一般 3 到 8 米深。井和井之间横着 2 米、竖着 3 米排开，像棋盘一样，一个 1 万平方米的山头大概要打 1500 口井。

然后往井里灌硫酸铵水，浓度 2% 到 3%，不要再高，高了山会塌。每口井每天灌 0.3 到 0.5 方，灌 150 到 200 天。水里的铵会把黏土上吸着的稀土换下来，顺着山往下流。

山脚挖收液巷道，或者打水平的导流孔，孔距 5 米，接到集液池。收上来的水稀土大概每升 0.5 到 1.5 克。

收上来的水先加碳酸氢铵调到 pH 5.0 到 5.2，把铝、铁沉掉，沉半天。清液再加碳酸氢铵把 pH 调到 6.8 左右，稀土就沉下来了，压滤出来就是碳酸稀土，烧一下就是混合氧化物，含量 92% 左右。

灌完以后还要灌清水 30 天把铵顶出来，不然下游的水过不了环评。

黄"""),
    ]
    eml("wende/Fwd_黏土礦_老黃.eml", "許文德 <wende.hsu@gmail.com>", "林志明 <cm.lin@hk-capital.com.tw>",
        "Fwd: 回复：那边的黏土矿怎么弄", d8(2023,8,6,22,40), thread(msgs))
    label("wende/Fwd_黏土礦_老黃.eml","controlled",["1E902.a"],["mining"],[],"email","zh",False,
          "plain-language in-situ leaching of ion-adsorption clay with well grid, lixiviant strength, flow, impurity removal, precipitation")
