from helpers import *

def build():
    # 11 calcium reduction terbium, English email
    eml("mail/Re_ crucible job for the Tb.eml", [
        ("From", "Zhao Lei <zhaolei88@163.com>"), ("To", "Tom Becker <tbecker@northlake-materials.com>"),
        ("Subject", "Re: crucible job for the Tb"), ("Date", "Sat, 19 Jul 2025 23:12:40 +0800"),
        ("Message-ID", "<3a2b1c.zhaolei88@163.com>")],
"""Tom,

ok short version of how we make the metal for the heavy one:

- start from the fluoride powder, dry it at 300 C under vacuum 6 h, water kills the yield
- mix with calcium granules (redistilled, 1-3 mm), calcium 10% more than the reaction needs
- load into the tantalum pot, put pot in the induction furnace, vacuum, then argon to 0.06 MPa
- heat to 1000 C, hold 20 min so the calcium starts, then up to 1450-1500 C and hold 15 min so metal and slag separate cleanly
- cool, break out, metal button at the bottom, slag (calcium fluoride) on top, knock it off
- then remelt the button in vacuum at 1650 C for 30 min to boil out leftover calcium, Ca goes below 100 ppm
- yield 97-98%, purity 99.9% after the remelt

tantalum pot you can use 8-10 times, check bottom for thinning.

Zhao

> On 18 Jul 2025, Tom Becker wrote:
> Zhao - for the Tb metal for our diffusion sources, could you explain roughly how your crucible job works? We keep getting Ca contamination.
""")
    label("mail/Re_ crucible job for the Tb.eml", "controlled", ["1E902.a"], ["metal-smelting"], [], "email", "en", False,
          "Calcium reduction of Tb fluoride and vacuum remelt in plain words")

    # 12 in-situ leaching notes, zh txt
    write_text("notes/老挝项目现场交底记录.txt", """老挝北部项目 现场交底（口述整理）
时间：2025年4月22日  地点：矿区工棚
参加：李师傅（国内请来的）、Somphone、Khamla、翻译阿芳

李师傅讲的要点（阿芳现场翻，我整理）：

山头先看土，黄红色、手一捏散开、带点白色小颗粒的那种最好。取样每20米打一个孔，挖到见石头为止。

打注液的孔：孔和孔隔2米乘2米，梅花形排，孔径15公分，深度打到土层往下三分之二，不要打穿到石头，不然水漏到底下收不回来。

注的水：一种白色的盐（硫酸铵）兑水，浓度开始用3%，过半个月降到1.5%，最后用清水顶。每个孔每天慢慢灌，不能灌太猛，山会滑。pH保持在5左右。

收水：山脚下挖收集沟，底下铺塑料布，沟里再埋花管，水流到池子里。水里稀土每升能到0.5到1克才算正常。

池子里先加一点碳酸氢铵把铝和杂东西沉掉，pH调到5.0到5.2，澄清后上清液再加碳酸氢铵（每吨稀土大概3吨）出沉淀，沉淀压干就是产品，含量92%左右。剩下的水加点石灰回用，再补硫酸铵接着注。

整个山一个周期大概150天，收率能到75%以上。

注意：下雨天停注；山脚要设观测孔看有没有漏。

（此记录仅供项目内部，Somphone已拍照）
""")
    label("notes/老挝项目现场交底记录.txt", "controlled", ["1E902.a"], ["mining"], [], "other", "zh", False,
          "Site briefing notes: in-situ leaching of ionic clay (well grid, lixiviant %, pH, precipitation) given to Lao staff")

    # 13 polishing powder recovery, traditional zh email
    eml("mail/RE_ 拋光粉廢料回收流程 (台中廠).eml", [
        ("From", "林怡君 <yijun.lin@tcglass.com.tw>"), ("To", "Kevin Park <kevin.park@hanil-optics.co.kr>"),
        ("Subject", "RE: 拋光粉廢料回收流程 (台中廠)"), ("Date", "Wed, 24 Sep 2025 14:55:00 +0800"),
        ("Message-ID", "<TYZPR06MB6012@tcglass.com.tw>")],
"""Kevin 您好，

關於您詢問我們台中廠把用過的研磨粉（就是玻璃拋光剩下那包灰泥）回收的做法，整理如下，僅供貴司參考：

1. 泥先加水打散，固含量調到20%，加氫氧化鈉到5%濃度，90度攪4小時，把玻璃屑（矽）溶掉。
2. 過濾水洗到中性，剩下的餅子就是比較乾淨的粉。
3. 粉加硫酸（濃的，粉:酸=1:1.5），再加少量的過氧化氫幫忙溶，85度2小時。
4. 溶液稀釋後加硫酸鈉，會沉出稀土的複鹽，這步可以把鐵鋁留在水裡。
5. 複鹽再用氫氧化鈉轉成氫氧化物，加鹽酸溶，最後加草酸沉澱，950度燒3小時，得到氧化鈰含量95%以上的粉，可以重新拿去做研磨粉。

整體回收率約85%，每噸泥可回收氧化物約320公斤。

如有問題歡迎再來信。

林怡君 Yvonne Lin
台中玻璃科技股份有限公司 製程工程部
TEL: 04-2359-XXXX #512
本郵件及其附件可能含有機密資訊，如非指定收件人，請立即刪除並通知寄件者。

-----Original Message-----
寄件者: Kevin Park <kevin.park@hanil-optics.co.kr>
寄件日期: 2025年9月23日 上午 09:10
收件者: 林怡君
主旨: 拋光粉廢料回收流程 (台中廠)

Dear Yvonne, could you share how your plant recovers the used polishing slurry? We have 200 t/year.
""")
    label("mail/RE_ 拋光粉廢料回收流程 (台中廠).eml", "controlled", ["1E902.a"], ["recycling"], [], "email", "mixed", False,
          "Taiwan plant explains recovery of spent ceria polishing powder (caustic desilication, acid leach, double-salt, oxalate) to Korea")

    # 14 oxalate precipitation + calcination, zh
    eml("mail/Re_ 白粉发黄的事.eml", [
        ("From", "孙海 <sunhai@jxre-tech.cn>"), ("To", "Alex Wong <alex.wong@austmin.com.au>"),
        ("Subject", "Re: 白粉发黄的事"), ("Date", "Thu, 09 Oct 2025 11:20:13 +0800"),
        ("Message-ID", "<1760000413.5521@jxre-tech.cn>")],
"""Alex,

你说烧出来的粉发黄、颗粒又细过滤不动，原因在沉的那一步：

1. 料液浓度稀到0.3~0.4摩尔再沉，太浓颗粒细。
2. 沉淀剂用草酸，配成10%的溶液，加热到60度；料液也热到60度。用量是理论量的1.1倍，别超过1.2，多了浪费而且带酸。
3. 加的顺序：把料液慢慢加到草酸里（反着加），20分钟加完，加完后继续搅30分钟，再静置陈化2小时，颗粒会长大到20多微米，好过滤。
4. 洗：用60度热水洗三遍，洗到洗水pH 3以上。
5. 烧：窑里先300度1小时把水赶走，再升到950度保3小时。发黄一般是950没到，或者料里带了铁/镨。如果是做镧的话别超1000度。

烧失量控制在0.5%以下，灼减合格。

孙海

On 2025-10-08 16:41, Alex Wong wrote:
> Sun, our white powder comes out slightly yellow after the kiln and the filter is very slow. Any idea?
""")
    label("mail/Re_ 白粉发黄的事.eml", "controlled", ["1E902.a"], ["separation"], [], "email", "zh", False,
          "Oxalic-acid precipitation and calcination parameters ('the white powder') sent to Australia")

    # 15 bastnasite acid roast, simplified, Outlook txt with 发件人
    write_text("mail/转发 精矿焙烧那段的说明.txt", """发件人: 贺建平 <hejp@btrem.com>
发送时间: 2025年6月17日 星期二 15:32
收件人: 'Olga Petrova' <o.petrova@uralmet.ru>
抄送: 翻译组 <fanyi@btrem.com>
主题: 转发: 精矿焙烧那段的说明

Olga，
这段是我们车间主任写的，你们可以先看，翻译组会另发俄文版。

贺

________________________________
发件人: 王建国
发送时间: 2025年6月16日 10:05
收件人: 贺建平
主题: 精矿焙烧那段的说明

贺总，他们问的就是前面那道“烧”的工序，我写一下我们实际怎么干：

原料是选出来的那个精矿，品位50%左右（混合的那种，带独居石）。
和浓硫酸拌，矿:酸 = 1:1.4（重量），酸要98%的。拌匀马上进回转窑。
窑分两段：前段（窑头）温度200~300度，让它慢慢反应、冒气；后段（窑尾出料这边）烧到750~800度，物料停留时间大概2.5小时。出来的是灰白色烧块。
窑尾出来的气（含氟、含硫酸雾）要走三级水洗塔，氟回收成氢氟酸副产，不能直接排。
烧块冷却后用水浸，液固比1:8，常温浸2小时，稀土进溶液，钍和磷大部分留在渣里。浸出率93%以上。
浸出液加氧化镁把pH调到3.5~4，除铁、钍，然后拿去萃取那边。

烧不到温度稀土浸不出来；温度超850度稀土变成难溶的，也浸不出来。这个窗口要卡住。

王建国
""")
    label("mail/转发 精矿焙烧那段的说明.txt", "controlled", ["1E902.a"], ["separation"], [], "email", "zh", False,
          "Saved Outlook thread: concentrated-sulfuric-acid roasting of mixed concentrate, kiln zones, leach ratios, to Russia")

    # 16 flotation hard-rock
    eml("mail/RE_ froth tanks not giving grade.eml", [
        ("From", "Liang Qiu <qiuliang@bymining.cn>"), ("To", "Sipho Dlamini <sipho.d@kapamet.co.za>"),
        ("Subject", "RE: froth tanks not giving grade"), ("Date", "Tue, 02 Sep 2025 09:05:51 +0800"),
        ("Message-ID", "<DM6PR11.qiuliang@bymining.cn>")],
"""Sipho,

Your grade problem is in the grind and the reagent order. What works for us with this kind of ore (the carbonate one with barite and some iron):

Grind: 90% passing 74 micron. Coarser than that, the good mineral stays locked.
Pulp: 55-60% solids for conditioning, then dilute to 35% for the cells.
Temperature: warm the pulp to 55-60 C. Cold pulp, the collector doesn't work.
Order and doses (g per tonne of ore):
  - soda ash to pH 9.0-9.5, about 1500 g/t
  - sodium silicate 1000 g/t, 10 min conditioning (depresses the quartz/calcite)
  - our collector (the hydroxamic one, we call it "H205") 600 g/t, 15 min
  - frother pine oil 30 g/t
Circuit: 1 rougher, 2 scavengers, 3 cleaners. Cleaners without collector, just silicate 300 g/t each.

You should get concentrate 60% REO at 70-75% recovery. If you need 65%, add a fourth cleaner and a magnetic step on the tail to pull the iron.

Liang

-----Original Message-----
From: Sipho Dlamini
Sent: 01 September 2025 16:12
Subject: froth tanks not giving grade
Liang, our froth tanks only give 38% in the concentrate. Any tips?
""")
    label("mail/RE_ froth tanks not giving grade.eml", "controlled", ["1E902.a"], ["mining"], [], "email", "en", False,
          "Hard-rock RE ore flotation regime (grind, temperature, reagent dosages, circuit) in plain words to South Africa")

    # 17 Dy-Fe alloy md notes
    write_text("notes/dyfe-notes-for-kwame.md", """# notes for Kwame — how we made the Dy-Fe

(written after our call on 12 Aug, please don't forward)

We don't buy pure Dy metal, too expensive. We make the **Dy-Fe** directly in the pot, same as the normal metal pot but the bottom is iron.

* Pot: graphite pot, bath = fluoride of Dy + lithium fluoride, roughly **85 : 15**
* Bottom "catcher": instead of tungsten cup, we put a **consumable iron rod** as the negative. Dy comes out on the rod and drips down as alloy.
* Temperature **1050-1080 C**. Lower and the alloy freezes on the rod.
* Current 3000 A on a small pot, voltage 8-9 V.
* Feed oxide every **2 min**, small spoon (~0.25 kg). Total oxide per hour ~6-7 kg.
* Product: ~80% Dy, 20% Fe. If Fe goes >22% your rod is too thin / current density too low. Aim ~ **6 A/cm²** on the iron rod.
* Take out alloy every 6 h from the bottom cup (molybdenum).
* Yield 95%, current efficiency ~70%.

Keep the top of the bath covered with a bit of the powder, otherwise too much smoke.
""")
    label("notes/dyfe-notes-for-kwame.md", "controlled", ["1E902.a"], ["metal-smelting"], [], "other", "en", False,
          "Markdown notes: Dy-Fe alloy by consumable-cathode electrolysis, bath ratio, temperature, current density")

    # 18 bonded magnet pdf memo
    pdf("memos/Memo_PowderPress_Visit_Oct2025.pdf", [
        ("title", "Memo — visit to Mr. Hu's workshop, Suzhou"),
        ("p", "To: J. Alvarez, Plant Manager, Monterrey  |  From: D. Ortega  |  Date: 23 Oct 2025  |  Internal"),
        ("h1", "1. Purpose"),
        ("p", "We went to see how Mr. Hu makes the small glued rings for the pump motors, because our scrap on the press is 11%. He explained everything openly; below in my own words."),
        ("h1", "2. How they do it"),
        ("li", "Powder: they buy the flake powder (the fast-quenched kind, MQP-B type). They sieve it to under 300 micron and throw away the fines under 45 micron."),
        ("li", "Glue: epoxy 2.2-2.5% by weight, dissolved in acetone, mixed in a kneader 20 min, then dried at 40 C until the acetone smell is gone. They add 0.2% zinc stearate as lubricant."),
        ("li", "Press: 7-8 t/cm² at room temperature, die slightly warm (50 C). Ring density comes to 6.0-6.1 g/cm³. Ours is 5.7 because we press at 5 t/cm²."),
        ("li", "Cure: 150 C, 1.5 h in a normal air oven; racks with gaps, not piled."),
        ("li", "Coating: spray epoxy 15-20 micron, then cure again 180 C 30 min."),
        ("li", "Magnetise: multi-pole fixture, 8 poles, capacitor discharge 2500 V."),
        ("h1", "3. Result they get"),
        ("p", "Br 0.68-0.70 T, HcJ 9 kOe, scrap below 3%. Main difference to us is the pressure and the fine cut. I suggest we trial 7.5 t/cm² next week on press #2."),
        ("h1", "4. Cost"),
        ("p", "He offered to sell us the mixed compound at USD 58/kg, we pay 52 for the powder alone, so making our own is still better."),
    ], header_txt="Alvarez Motores S.A. de C.V. — internal", footer_txt="Memo DO-2025-17", title="Memo visit Suzhou", author="D. Ortega")
    label("memos/Memo_PowderPress_Visit_Oct2025.pdf", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "en", False,
          "Visit memo recording bonded-magnet process (binder %, pressure, cure, coating) explained by Chinese workshop owner")

    # 19 strip caster repair (b)
    eml("mail/Fwd_ wheel repair after the crack.eml", [
        ("From", "Hiroshi Tanaka <h.tanaka@kyoto-alloy.jp>"), ("To", "maint-team@kyoto-alloy.jp"),
        ("Subject", "Fwd: wheel repair after the crack"), ("Date", "Mon, 17 Nov 2025 08:44:10 +0900"),
        ("Message-ID", "<20251117084410.tanaka@kyoto-alloy.jp>")],
"""皆さん

Forwarding Mr. Gao's notes on how they fixed the same crack. Please use this for our shutdown next week.

田中

---------- Forwarded message ---------
From: 高工 <gao.eng@baotou-scm.com>
Date: Fri, Nov 14, 2025 at 9:02 PM
Subject: Re: wheel repair after the crack
To: Hiroshi Tanaka <h.tanaka@kyoto-alloy.jp>

Tanaka-san,

Our repair when the copper wheel got the crack (same as your photo):

1. Stop the line, cool wheel with water running 2 h, only then open the chamber.
2. Take the wheel off the shaft (4 people + the small crane). Mark the key position.
3. Crack less than 2 mm deep: we turn the whole surface down on the lathe, take off 2.5 mm, then polish with 400 then 800 paper. Surface roughness Ra below 0.8. Deeper than 3 mm: change the sleeve, don't repair.
4. Wheel outer diameter must stay within 0.05 mm round. Runout on the shaft after mounting < 0.03 mm, check with dial gauge at 4 points.
5. After turning, the wheel is thinner, so cooling is stronger: lower the wheel speed by about 3% for the first week to get the same flake thickness (0.3 mm).
6. Check the water channels inside, flush with 5% citric acid 1 h, because scale was the reason for the hot spot that cracked it.
7. Leak test chamber: pump to 1 Pa, leak rate below 0.5 Pa/h over 30 min.
8. First 3 heats after repair: cut flakes and check the section under microscope before continuing.

We do this every ~2500 heats anyway as prevention.

Gao
""")
    label("mail/Fwd_ wheel repair after the crack.eml", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", "mixed", False,
          "Repair and preventive-maintenance procedure for a strip-casting copper wheel; process values only as targets -> b")

    # 20 electrolysis cell relining maintenance md (b)
    write_text("notes/pot-relining-checklist-from-Xu.md", """## Pot relining — what Xu told us (Kuantan, 3 Sept)

Our pots: round, 8 kA, graphite liner inside steel shell. Xu's team relines every **10-12 months** or when the liner wall is below 25 mm at the slag line.

### Before
- Stop feeding oxide 4 h before shutdown; drain metal from the cup.
- Pour out the salt into the steel moulds while still liquid (>1000 C). Keep it, crush, re-use up to 50% in the new fill.

### Take out
- Let cool 48 h. Pull anodes, then the tungsten cup, then break out the old graphite liner with air hammer.
- Check the steel shell for bulging; more than 10 mm → replace shell.

### Put in
- New liner: high-density graphite, wall 60 mm, gap to shell filled with graphite paste, 5 mm.
- New cup (tungsten), seat level within 1 mm, check with spirit level.
- Cathode rod to cup: clamp torque 120 N·m.
- Bake liner with gas burner 24 h, ramp to 600 C, to remove moisture.

### Restart
- Melt the fill salt with the start-up resistors, then bring current up in steps: 2 kA → 4 kA → 6 kA → 8 kA, 2 h each step.
- Target after 3 days: bath 1050 C, voltage 9.5 V, metal every 4 h. If voltage stays > 11 V, anode-to-cup distance is wrong, re-set to 9 cm.
""")
    label("notes/pot-relining-checklist-from-Xu.md", "controlled", ["1E902.b"], ["metal-smelting"], [], "other", "en", False,
          "Relining and restart procedure for RE electrolysis pots; maintenance purpose, process values as targets -> b. Could be confused with aluminium pot relining but tungsten cup/oxide feed point to RE")
