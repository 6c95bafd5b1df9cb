from helpers import *

def build():
    # 1 separation cascade, zh simplified email, plain words
    eml("mail/Re_关于海防那边箱子调不稳的问题.eml", [
        ("From", "老周 <zhou.jianguo@163.com>"), ("To", "Tran Minh Duc <duc.tran@vnmet-hp.vn>"),
        ("Cc", "小林 <lin.xiaofeng@126.com>"),
        ("Subject", "Re: 关于海防那边箱子调不稳的问题"), ("Date", "Tue, 16 Sep 2025 22:41:07 +0800"),
        ("Message-ID", "<20250916224107.4417@163.com>")],
"""Duc 你好，

看了你发的照片和记录表，问题不在箱子本身，是你们进料和加碱的节奏乱了。我按我们在包头那条线的做法给你说一下，你让班长照这个走两个礼拜再看。

1. 油那边：油里的“有效成分”按1.5摩尔配，剩下的用煤油兑。别图省事配到1.8，粘了以后分层慢，后面那几段老是带水。
2. 加碱：油进第一格之前先和碱水混，碱水用11个当量的，化到油里大概36%左右就停，再多就乳化，你照片里那个白花花的就是加多了。
3. 一排一共我们是分三段：前面萃的那段18格，中间洗的那段22格，后面反的那段12格，加起来52格。你们现在只有40格，那就别指望一步把镨钕和铈分干净，先做“轻的一刀”，把镧铈切出去。
4. 流量比：料液（1.2摩尔左右的氯化物溶液，pH调到3~3.5）每小时300升的话，油给750升，洗的酸用4.5N的每小时60升，反的酸6N的每小时45升。油和水进箱子的比大概是2.5比1，别让它低于2。
5. 每个格子停留时间：混的那半边4分钟左右，澄清那半边按面积算每平方米每小时不超过0.3立方。
6. 开起来以后至少连续跑5天不要动参数，第3天开始每班从第10、20、30、40格取水相，测镨钕占比，出口那头目标是镧铈里的镨钕低于0.05%，镨钕那头纯度到99.5%就算可以了。

还有，温度别低于20度，冬天你们那边晚上冷，箱子外面包一下。

有问题晚上打我微信。

老周

-----原始邮件-----
发件人: Tran Minh Duc <duc.tran@vnmet-hp.vn>
发送时间: 2025年9月15日 18:03
收件人: 老周 <zhou.jianguo@163.com>
主题: 关于海防那边箱子调不稳的问题

周老师，
我们第二排箱子又出现分层不好，出口的镨钕含量一直在90%左右上不去。附件是这三天的记录表和照片。麻烦您看看。
谢谢！
Duc
""")
    label("mail/Re_关于海防那边箱子调不稳的问题.eml", "controlled", ["1E902.a"], ["separation"], [], "email", "zh", False,
          "Plain-language solvent-extraction cascade set-up (stages, O/A, acid strengths, saponification %) sent abroad; no textbook terms for mixer-settlers")

    # 2 electrolysis WeChat export, zh
    write_text("chats/微信聊天记录_王工_2025-08.txt", """微信聊天记录导出
与「王工（赣州）」的聊天  导出时间：2025-08-30 21:14

2025-08-27 20:02 Kevin Lee:
王工，我们这边那个锅又不行了，出来的金属发黑，底下一层渣。你上次说的温度是多少来着

2025-08-27 20:05 王工（赣州）:
你锅里那个盐水先别动。我们的做法：锅温度稳在1040到1060，最好1050，用热电偶插在阳极旁边那个位置量，不要量边上

2025-08-27 20:06 王工（赣州）:
电流你们那个是6000安的锅吧？那就跑5800到6200之间，电压9到10伏，超过10.5就是料加少了，要报警

2025-08-27 20:08 Kevin Lee:
料怎么加，我们是一次加一大勺

2025-08-27 20:11 王工（赣州）:
不要一次加一大勺！！每3分钟加一次，每次大概0.6公斤粉，一小时12公斤左右，均匀撒在两个碳棒中间。一次加多了就沉底，就是你说的那层渣

2025-08-27 20:12 王工（赣州）:
盐那边，氟化的那个料和锂的那个料按重量大概88比12，锂的少了熔点上去，锂的多了锅里烧得快

2025-08-27 20:14 王工（赣州）:
碳棒烧到剩三分之一就换，别等到断。换的时候一根一根换，别两根一起，不然电流一下掉光锅就冷了

2025-08-27 20:15 王工（赣州）:
出金属每4小时一次，用钢勺从底下那个钨的小碗里舀出来，舀之前电流降到一半

2025-08-27 20:18 Kevin Lee:
收到，明天试试

2025-08-29 09:40 Kevin Lee:
[图片]
今天出的好多了，颜色亮，一炉出了46公斤

2025-08-29 09:52 王工（赣州）:
不错。电流效率你们可以算一下，照我们那边应该在80%以上。再差就检查碳棒到底下碗的距离，保持在8到10公分

2025-08-29 09:53 王工（赣州）:
这些别外传啊，我也是私下帮你
""")
    label("chats/微信聊天记录_王工_2025-08.txt", "controlled", ["1E902.a"], ["metal-smelting"], [], "other", "zh", False,
          "WeChat export: molten-salt electrolysis run in plain words (bath temp, current, voltage, feed rate, salt ratio, anode change) to a foreign contact")

    # 3 Line chat traditional, strip casting
    write_text("chats/[LINE] 與 陳sir 的聊天.txt", """[LINE] 與 陳sir 的聊天記錄
儲存日期：2025/07/19 23:05

2025/07/17（四）
14:21	陳sir	阿志，那台甩片的輪子你們開多快？
14:25	阿志	現在大概每秒1.2米，出來的片很厚，有些地方還是亮亮一大塊
14:27	陳sir	太慢了。我們那邊輪子表面速度抓1.8到2.0米每秒，片子厚度要在0.25到0.35毫米之間，你拿卡尺量，超過0.4就不行
14:29	陳sir	倒下去的溫度也要注意，鍋裡化好以後不要馬上倒，先在1450度左右停3分鐘讓它均勻，倒的時候1420到1440就好
14:30	陳sir	輪子裡的冷卻水進水溫度25度左右，出水不要超過35度，流量開到每分鐘200公升以上
14:31	阿志	那亮亮那一塊是什麼
14:33	陳sir	就是冷得不夠快，長出那種鐵的東西，後面磨粉壓出來性能會掉。片子斷面看，要從貼輪那面到外面都是細細的一條一條，中間間距大概3到4微米
14:34	陳sir	料的配方那個硼你們放多少？
14:36	阿志	0.98
14:37	陳sir	OK，那沒問題。鍋裡抽真空到1帕以下再充氬氣到大概0.05個大氣壓才開始化
14:40	陳sir	倒料的槽子前面那個小擋板角度調成大約30度，流出來要像一片布，不要一條線
14:41	阿志	好的 謝謝陳sir 我下週試
2025/07/19（六）
22:58	阿志	[照片]
22:59	阿志	陳sir 今天片子0.3毫米，亮的幾乎沒有了
23:01	陳sir	讚 👍 記得那個溫度跟速度寫進你們的表單
""")
    label("chats/[LINE] 與 陳sir 的聊天.txt", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "zh", False,
          "LINE chat in Traditional Chinese: strip-casting wheel speed, pour temperature, flake thickness, cooling water, never says NdFeB or strip casting")

    # 4 English forwarded thread, German signature, sintering
    eml("mail/FW_ oven profile for the new batches.eml", [
        ("From", "Markus Vogel <m.vogel@vogel-magnettechnik.de>"), ("To", "Priya Raman <priya.r@ashwamotors.in>"),
        ("Subject", "FW: oven profile for the new batches"), ("Date", "Mon, 06 Oct 2025 10:12:44 +0200"),
        ("Message-ID", "<8f1a2b9c4d@vogel-magnettechnik.de>")],
"""Priya,

forwarding what I got from Li Wei last week. This is basically how they run the big oven in Ningbo. Please keep it inside your team. I'd start with his numbers, your furnace is smaller so expect to adjust the hold times slightly.

Best
Markus

-----Original Message-----
From: Li Wei <liwei.ningbo@qq.com>
Sent: Tuesday, September 30, 2025 4:55 PM
To: Markus Vogel <m.vogel@vogel-magnettechnik.de>
Subject: Re: oven profile for the new batches

Hi Markus,

OK here is how we do it, in simple words.

- Load the pressed blocks on the molybdenum trays, 2 cm gap between blocks. Don't stack higher than 4 layers.
- Pump down first, you need below 5 x 10^-3 Pa before you heat. If the gauge doesn't come down, don't start, the powder will pick up oxygen and you lose coercivity.
- Heat slowly to 300 C and hold 1.5 h, then to 600 C and hold 2 h. These two holds are where the gas and the lubricant come out, you will see the pressure jump. Wait until it comes back down.
- Then up to 850 C, hold 1 h.
- Then to the real temperature: 1065 C for the N45 grade, 1075 C for the grades with more Dy. Hold 4.5 h. If you go to 1085 the grains grow and the blocks look big but HcJ drops by 1.5 kOe.
- Fast cool with argon, fan on, down to below 80 C.
- Second round: 900 C for 2 h, cool, then 490-510 C for 3 h, then fast cool again. The 500 step is the one that matters for coercivity, you can fine-tune it +-10 C per batch.

Density should come to 7.55-7.60 g/cc. Shrinkage about 16-18% in the pressing direction, 12% across.

If you want the oxygen under 1500 ppm you need the whole powder room under nitrogen, we are at 0.2% O2 in the glove boxes.

Regards
Li Wei

-----Original Message-----
From: Markus Vogel
Sent: Friday, September 26, 2025 11:03 AM
To: Li Wei
Subject: oven profile for the new batches

Hi Li Wei, could you tell me roughly the cycle you run for the 45 grade? Our client in Pune is getting low density.

--
Markus Vogel
Geschäftsführer
Vogel Magnettechnik Beratung GmbH
Industriestraße 14 · 73760 Ostfildern
Tel. +49 711 3489 221 · Mobil +49 172 554 8801
Sitz der Gesellschaft: Ostfildern · Registergericht: Amtsgericht Stuttgart HRB 742315
Geschäftsführer: Markus Vogel · USt-IdNr.: DE318274455

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.
""")
    label("mail/FW_ oven profile for the new batches.eml", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "email", "en", False,
          "Forwarded thread: vacuum sintering and two-stage tempering cycle in plain words ('the big oven'), German signature boilerplate")

    # 5 diffusion, mixed with Japanese signature
    eml("mail/RE_ 塗るやつの件 (paste step).eml", [
        ("From", "Sato Kenji <k.sato@sakura-jisei.co.jp>"), ("To", "张涛 <zhangtao@hzmag.com.cn>"),
        ("Subject", "RE: 塗るやつの件 (paste step)"), ("Date", "Thu, 21 Aug 2025 17:20:31 +0900"),
        ("Message-ID", "<TY2PR01MB4473.jpnprd01@sakura-jisei.co.jp>")],
"""张さん

Thank you, very clear. I summarise what I understood, please correct if wrong — our factory in Gifu will try next month.

1) Blocks cut first to final thickness, 4 mm max. Thicker than 5 mm the stuff does not go to the middle.
2) Wash: 3% nitric acid 30 sec, water, alcohol, dry. Surface must be shiny.
3) Paste = the terbium hydride powder mixed with the alcohol resin, 60 : 40 by weight. Brush or print on both big faces, 0.8-1.0 wt% of block weight in total.
4) Oven: vacuum, 900 C, 10 hours (you said 8 h ok for 3 mm). Then 500 C 3 h, quick cool.
5) Result you got: HcJ up about 8-9 kOe, Br drop only 0.1-0.2 kG, so 52 grade becomes 52SH level without Dy in the melt.

Question: do you clean the leftover crust after the oven with sandblast or lapping?

佐藤

-----Original Message-----
From: 张涛 <zhangtao@hzmag.com.cn>
Sent: Wednesday, August 20, 2025 9:44 PM
To: Sato Kenji <k.sato@sakura-jisei.co.jp>
Subject: 塗るやつの件 (paste step)

佐藤さん，

关于你问的那个“涂东西再进炉子”的步骤，简单说：片子先切好，越薄越好，最好4毫米以内；表面酸洗一下弄亮；铽的那个粉（氢化的）和酒精树脂6:4调成膏，两面刷，总量是磁体重量的0.8%到1%；进炉子抽真空，900度保10小时，然后500度回火3小时。矫顽力能涨8到9个kOe，剩磁几乎不掉。

炉子里片子之间要垫开，别贴在一起，不然会粘。

张涛

--------------------------------------------------
株式会社さくら磁性
技術開発部 主任
佐藤 健二 (Sato Kenji)
〒501-3217 岐阜県関市下有知 1234-5
TEL: 0575-28-XXXX  FAX: 0575-28-XXXX
このメールは機密情報を含む場合があります。誤って受信された場合は、送信者にご連絡のうえ削除してください。
--------------------------------------------------
""")
    label("mail/RE_ 塗るやつの件 (paste step).eml", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "email", "mixed", False,
          "Grain-boundary diffusion ('paste step') parameters exchanged Chinese to Japanese, plain words, Japanese signature")

    # 6 HK traditional, swarf recovery
    eml("mail/回覆：黑泥處理方法.eml", [
        ("From", "黃國樑 <kl.wong@greenmetals.com.hk>"), ("To", "Daniel Kim <daniel.kim@kores-recycle.kr>"),
        ("Subject", "回覆：黑泥處理方法"), ("Date", "Fri, 11 Jul 2025 15:03:19 +0800"),
        ("Message-ID", "<HK2PR04MB5531A@greenmetals.com.hk>")],
"""Daniel,

你問嘅黑泥（即係磨片廠啲切削泥），我哋東莞廠係咁做，照住做應該冇問題：

一、先曬乾再入窰：泥含油含水大概30%，攤開喺鐵盤，120度焗4個鐘，焗到唔黐手。
二、入窰燒：轉窰700到750度，燒3個鐘，要開大啲風，燒到成個變紅啡色粉，入面嘅鐵同稀土全部變氧化物。燒唔夠嘅話後面溶唔乾淨。
三、溶：用大缸，粉對水1比4，慢慢加鹽酸，控制pH喺4.0到4.5之間唔好低過3.8，60到70度攪2個鐘。咁樣稀土會溶晒，但大部份鐵留喺渣度（紅色嗰啲），係重點，唔好一下倒太多酸。
四、過濾，清液加少少雙氧水再加氨水調pH 5，去淨剩低嘅鐵同鋁。
五、清液加草酸（按稀土量1.6倍），出白色沉澱，洗三次，850度燒2個鐘就係氧化物，總稀土大概98%到99%，收率我哋做到95%左右。

渣入面稀土要低過0.5%先算合格，高過就翻燒。

有咩唔明再搵我。

黃國樑
綠源金屬（香港）有限公司

寄件者: Daniel Kim <daniel.kim@kores-recycle.kr>
寄件日期: 2025年7月10日 星期四 上午 10:22
收件者: 黃國樑 <kl.wong@greenmetals.com.hk>
主旨: 黑泥處理方法

Mr. Wong,
We bought 40 tons of the black sludge from the grinding shop in Incheon. Can you tell me how your Dongguan plant handles it? Yield now very low (60%).
Thank you
Daniel
""")
    label("mail/回覆：黑泥處理方法.eml", "controlled", ["1E902.a"], ["recycling"], [], "email", "mixed", False,
          "Cantonese/Traditional email to Korea: magnet grinding sludge oxidising roast, selective HCl leach pH 4-4.5, oxalic precipitation, recovery rates")

    # 7 WeChat, old magnets -> new magnets via hydrogen
    write_text("chats/与Ahmed的微信聊天.txt", """——————  2025-06-03  ——————
Ahmed Khan  10:14
Mr. Liu, the old motor magnets we collected, 5 tons. You said we can make new magnets directly without dissolving?

刘振华  10:31
Yes. Simple way:
1. take off the coating. Nickel ones: tumble with steel shots 2h, or soak in 10% acid 5 min. Must be clean, no nickel left, nickel kills the new magnet.
2. put them in the big tank, fill hydrogen 0.2 MPa at room temp, wait 3-4 h, they crack into coarse powder by themselves. Then heat to 550 C under vacuum 4 h to drive gas out.
3. grind with the air mill to 3.5 micron
4. add 2% fresh neodymium hydride powder, mix 1h. Old magnets lost some Nd to oxide, you must add back.
5. press in field and bake in the oven same as normal: 1060 C 4 h, then 900 C 2h + 500 C 3h

Ahmed Khan  10:35
What quality we get?

刘振华  10:40
If original was 42H you get about 40H, Br 12.6-12.8 kG. Oxygen will be higher, 2500-3000 ppm, so coercivity little lower. Sort the old magnets by grade first, don't mix high Dy and no-Dy ones.

Ahmed Khan  10:41
👍 thank you

刘振华  10:43
hydrogen tank must be leak-tight, first purge with argon 3 times. safety first
""")
    label("chats/与Ahmed的微信聊天.txt", "controlled", ["1E902.a"], ["recycling", "magnet-manufacturing"], ["NdFeB"], "other", "mixed", False,
          "Chat: magnet-to-magnet recycling via hydrogen decrepitation, Nd hydride addition and sintering values, to a foreign buyer")

    # 8 SmCo email
    eml("mail/Re_ the cobalt ones - heat treat.eml", [
        ("From", "Chen Hao <chenhao.magnet@gmail.com>"), ("To", "Ryan O'Connell <ryan@oconnell-sensors.com>"),
        ("Subject", "Re: the cobalt ones - heat treat"), ("Date", "Wed, 14 May 2025 08:27:55 +0800"),
        ("Message-ID", "<CAF3h9xQ2k@mail.gmail.com>")],
"""Ryan,

For the high-temperature cobalt magnets (the 2-17 type, not the 1-5), this is the sequence we use after pressing. The trick is all in the slow cool, most people rush it.

Melt: Sm 25.5, Fe 16, Cu 5.8, Zr 2.9, rest Co (weight %). Add 0.5% extra Sm because it boils off.

Oven steps:
  1. 1205-1215 C, 1 h, this makes them dense (sinter)
  2. drop to 1185-1190 C, 4 h (this is the "solution" step)
  3. quench with argon fast, need >50 C/min down to room temp
  4. 830 C for 12 hours (some customers 20 h for highest coercivity)
  5. cool SLOWLY 0.7 C per minute down to 400 C, then hold 400 C 2 h
  6. then fast cool

If step 5 is faster than 1 C/min, you lose half the coercivity. If you want the 350 C grade, increase Fe to 18% and age 850 C.

Expected: Br 1.05-1.08 T, HcJ >25 kOe, (BH)max 28-30 MGOe.

Chen

On Tue, May 13, 2025 at 6:12 PM Ryan O'Connell <ryan@oconnell-sensors.com> wrote:
> Chen, our coercivity is all over the place, 8 to 20 kOe batch to batch.
> What's your heat treatment for the cobalt ones?
> Thanks, Ryan
""")
    label("mail/Re_ the cobalt ones - heat treat.eml", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "email", "en", False,
          "SmCo 2:17 composition, sintering, solution, ageing and slow-cool rate in plain words")

    # 9 jet mill / hydrogen chat mixed
    write_text("chats/WhatsApp Chat with Suresh (Pune line).txt", """12/08/2025, 09:12 - Suresh Patil: Sir the powder from the grinder is coming 5 micron, too coarse
12/08/2025, 09:20 - 杨工: 先看前面那步。flakes into hydrogen tank, how long?
12/08/2025, 09:21 - Suresh Patil: 2 hours
12/08/2025, 09:24 - 杨工: too short. 吸氢 at 0.1-0.15 MPa until pressure stops dropping, normally 3 h for 600 kg. then 脱氢 580 C, 6 h, vacuum. after that flakes should crumble in your fingers
12/08/2025, 09:26 - 杨工: for grinder: nitrogen pressure 0.65 MPa, classifier wheel 3800 rpm, feed 120 kg/h. 目标 D50 3.0-3.2 um. add 0.1% lubricant before grinding
12/08/2025, 09:27 - 杨工: oxygen in the mill gas must < 50 ppm, 不然 powder burns
12/08/2025, 09:29 - Suresh Patil: classifier we run 2800
12/08/2025, 09:30 - 杨工: that's why coarse. 提高到3800-4000. the fine dust from the cyclone (< 1 um) throw away don't mix back, it's all oxide
12/08/2025, 09:31 - Suresh Patil: Ok sir. Pressing field?
12/08/2025, 09:35 - 杨工: 1.8 T at least, 2.0 better. press 0.3 t/cm2 in field, then rubber bag isostatic 180 MPa. 
12/08/2025, 09:36 - 杨工: don't share this file with the Korean guys pls
12/08/2025, 09:37 - Suresh Patil: 🙏
""")
    label("chats/WhatsApp Chat with Suresh (Pune line).txt", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "mixed", False,
          "Chinese-English chat: hydrogen decrepitation, jet-mill settings, orientation field and isostatic pressing, no magnet type named")

    # 10 Ce magnet email zh
    eml("mail/答复：便宜料替换的试验结果.eml", [
        ("From", "徐明 <xuming@ningbo-cixin.com>"), ("To", "Tuan Nguyen <tuan.ng@saigonmotor.vn>"),
        ("Subject", "答复：便宜料替换的试验结果"), ("Date", "Mon, 03 Nov 2025 19:50:02 +0800"),
        ("Message-ID", "<202511031950020.88@ningbo-cixin.com>")],
"""Tuan：

上次说的用便宜的那个料替掉一部分贵的，我们这个月试了三炉，结论给你：

- 贵的那两个（镨钕）总量原来31%，现在拿掉三成换成铈，也就是镨钕21.7%、铈9.3%，硼0.95，钴1.0，铜0.15，镓0.2，铝0.3，其余铁。
- 铈多了以后主相不好烧，单独化两种合金：一种全是镨钕的，一种含铈多的，各自甩片，最后粉磨好了按6:4混。这样比一个锅化出来的矫顽力高1.2 kOe。
- 烧的温度比普通的降15度，我们用1045度5小时；回火改成两段，880度2小时，480度3小时。
- 出来剩磁12.4 kG，矫顽力11.5 kOe，做你们电动车的小电机够了。成本每公斤便宜大约38块。

铈超过35%就不建议了，性能掉太多。

下周我把那三炉的详细记录发你。

徐明

发件人: Tuan Nguyen <tuan.ng@saigonmotor.vn>
发送时间: 2025年10月28日 10:02
收件人: 徐明 <xuming@ningbo-cixin.com>
主题: 便宜料替换的试验结果

徐总，请问替换试验有结果了吗？我们这边成本压力很大。
""")
    label("mail/答复：便宜料替换的试验结果.eml", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "email", "zh", False,
          "Ce-substituted dual-alloy magnet recipe and sintering/tempering, 'the cheap material', to Vietnam")
