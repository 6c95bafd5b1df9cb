# -*- coding: utf-8 -*-
"""Generates the plain-language / e-mail-thread training documents and labels.jsonl."""
import os, json, base64, hashlib
from email.utils import formataddr
from email.header import Header

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "docs")
DOCS = []

def _h(s):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def A(name, mail):
    return formataddr((name, mail), charset="utf-8")

def _wrap8(body):
    out = []
    for line in body.split("\n"):
        while len(line.encode("utf-8")) > 900:
            out.append(line[:240]); line = line[240:]
        out.append(line)
    return "\n".join(out)

def eml(frm, to, subj, date, body, cc=None, b64=False, extra=None, fname=""):
    mid = hashlib.md5((fname + subj).encode()).hexdigest()[:16]
    dom = frm.split("@")[-1].strip(">")
    h = [("From", frm), ("To", to)]
    if cc: h.append(("Cc", cc))
    h += [("Subject", _h(subj)), ("Date", date), ("Message-ID", "<%s@%s>" % (mid, dom))]
    for k, v in (extra or []): h.append((k, v))
    h += [("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8")]
    if b64:
        h.append(("Content-Transfer-Encoding", "base64"))
        payload = base64.encodebytes(body.encode("utf-8")).decode("ascii")
    else:
        h.append(("Content-Transfer-Encoding", "8bit"))
        payload = _wrap8(body)
    txt = "".join("%s: %s\n" % kv for kv in h) + "\n" + payload
    if not txt.endswith("\n"): txt += "\n"
    return txt.replace("\r\n", "\n").replace("\n", "\r\n"), body

def q(text, depth=1):
    p = "> " * depth
    return "\n".join((p + l) if l else p.rstrip() for l in text.strip("\n").split("\n"))

def L(verdict, codes, cats, mags, carrier, lang, note, hard=False, excl=None):
    return dict(verdict=verdict, control_codes=codes, categories=cats, magnet_types=mags,
                carrier=carrier, exclusion=excl, language=lang, hard_negative=hard, note=note)

def add(name, content, label):
    if isinstance(content, tuple):
        raw, logical = content
    else:
        raw, logical = content, content
    DOCS.append((name, raw, logical, label))

DISC_EN = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the use of the
addressee(s) and may contain information that is privileged, confidential or otherwise protected from
disclosure. If you are not the intended recipient, please notify the sender immediately by return e-mail
and delete this message and any attachments from your system. Any unauthorised review, use, disclosure,
copying or distribution is strictly prohibited. E-mail transmission cannot be guaranteed to be secure or
error-free; the sender therefore does not accept liability for any errors or omissions in the contents of
this message which arise as a result of e-mail transmission. Please consider the environment before
printing this e-mail."""

DISC_ZH = """【保密声明】本邮件及其附件仅供指定收件人使用，可能含有保密或受法律保护的信息。如您并非指定收件人，
请立即通知发件人并删除本邮件，不得以任何方式使用、复制、披露或转发本邮件的任何内容。本公司不对因电子邮件
传输造成的延误、错误或遗漏承担责任。邮件内容仅代表发件人个人意见，不构成本公司的任何承诺。"""

DISC_TW = """【機密聲明】本電子郵件及其附件所載資訊僅供指定收件人使用，可能含有機密或受法律保護之資料。
若您非指定收件人，請立即以電子郵件通知寄件人並刪除本郵件，嚴禁任何形式之使用、複製、揭露或散布。
網路傳輸無法保證安全無誤，本公司對於傳輸所生之任何錯誤或遺漏概不負責。"""

DISC_DE = """Diese E-Mail enthaelt vertrauliche und/oder rechtlich geschuetzte Informationen. Wenn Sie nicht
der richtige Adressat sind oder diese E-Mail irrtuemlich erhalten haben, informieren Sie bitte sofort den
Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail
ist nicht gestattet.
Geschaeftsfuehrer: Dr. Matthias Kessler, Petra Vogelsang | Amtsgericht Hanau HRB 41127"""

# ---------------------------------------------------------------- 001
b = """陈经理：

你好！上周视频会上你们提的几个问题，我回去和车间老周又核了一遍，这里统一回复一下，省得电话里说不清。

先说总的思路。你们那边料液是离子矿来的氯化稀土，配分上轻稀土为主，我们建议先做La-Ce/Pr-Nd分组，再单独
拉一条Pr/Nd分离线，不要想着一条线出四个产品，控制不住。

一、Ce/Pr分组段
- 有机相：P507 1.5 mol/L，磺化煤油稀释，不加TBP也可以，冬天分相慢可以加5%异辛醇。
- 皂化：用液碱（NaOH 10 mol/L左右）连续皂化，皂化度控制在36%，也就是有机相里皂化量大概0.54 mol/L。
  皂化槽温度别超过40度，超过了容易乳化。现在很多厂改用氨皂化再转钠皂，你们如果有氨氮排放限制就用液碱。
- 料液：RECl3 1.4~1.5 mol/L，pH 3~4，进料位置放在第40级。
- 萃取段40级，洗涤段30级，洗酸4.5 mol/L HCl，反萃用6 mol/L HCl，反萃段10级就够了。
- 流比（有机:料液:洗酸）我们现在跑的是 12.5 : 1 : 1.6，按体积，单位L/min。你们的槽子小一号，按比例缩。
- 出口指标：萃余液里Pr6O11+Nd2O3/REO < 0.05%，有机出口Ce/(Pr+Nd) < 0.1%。

二、Pr/Nd分离
这段β只有1.4~1.5，级数要多。我们的线是萃取55级、洗涤65级，总共120级加反萃12级。洗酸3.8 mol/L，料液用上一段
反萃液调到1.2 mol/L。产品Nd2O3 ≥99.5%，Pr6O11 ≥99%（镨那头纯度低一点是正常的）。

三、开车
新线开车要先"全回流"把浓度梯度建起来，不要一上来就出料，一般要7~10天才能稳住。每天取第10、20、30……级
的水相做ICP，看Nd/(Pr+Nd)曲线有没有走到位。

有不明白的再打我电话。PPT里那张级样分布图我下周整理好发你。

祝好
张立平
工艺部
赣州某稀土材料有限公司
电话：0797-83xxxxx  手机：139-7076-xxxx

""" + DISC_ZH + """

------------------ 原始邮件 ------------------
发件人: "Chen Wei Ming" <wmchen@vnrare.com.vn>
发送时间: 2025年10月10日(星期五) 下午3:18
收件人: "张立平" <zhanglp@gz-rematerial.com>
主题: 关于P507萃取分组和Pr/Nd分离线的问题

张工您好，

谢谢您周三花了两个小时给我们讲解。会后我们内部讨论，还有以下几个问题想请教：

1. 我们老板想一条线直接出 La、Ce、Pr、Nd 四个产品，您觉得可行吗？
2. 皂化用氨水还是液碱？我们这里液碱比较贵，但政府对氨氮排放开始管了。
3. 萃取段和洗涤段各要多少级？我们设计院给的数字好像偏少，他们是按理论级算的。
4. 流比大概是多少？我们的混合澄清槽单级有效容积 1.2 m³，比您那边小一些。
5. 新线开车大概要多久能出合格产品？

我们的料液是从缅甸进口的混合碳酸稀土用盐酸溶解的，REO 大约 280 g/L（1.5 mol/L 左右），La 占 30%，
Ce 4%，Pr 7%，Nd 25%，其余是中重稀土。另外我们的工人都是本地人，第一次做萃取，
所以越详细越好，谢谢！

Best regards,
陈伟明 Chen Wei Ming
Technical Manager
VN Rare Materials JSC, Lao Cai, Vietnam
"""
add("pl-001.eml", eml(A("张立平", "zhanglp@gz-rematerial.com"), A("Chen Wei Ming", "wmchen@vnrare.com.vn"),
    "回复: 关于P507萃取分组和Pr/Nd分离线的问题", "Tue, 14 Oct 2025 10:22:31 +0800", b, fname="001"),
    L("controlled", ["1E902.a"], ["separation"], [], "email", "zh",
      "Reply to Vietnamese partner giving P507 saponification degree, stage counts, acid strengths and flow ratios for Ce/Pr and Pr/Nd cascades."))

# ---------------------------------------------------------------- 002
t = """From: Sarah Lindqvist <s.lindqvist@nordmotion.se>
To: Kevin Zhou <kevin.zhou@hengtaimag.com>
Subject: Plant visit 18 Nov - agenda
Date: Mon, 3 Nov 2025 08:41:00 +0100

Hi Kevin,

Thanks for confirming. We will be three people (me, Jonas from purchasing, Ali from quality).
Proposed agenda for 18 Nov:
- 09:30 arrival, safety briefing
- 10:00 quality system presentation, PPAP status for our N42SH arc segments
- 11:00 walk through the finished-goods warehouse and the outgoing inspection lab
- 12:30 lunch
- 14:00 commercial discussion (2026 volumes, price formula linked to PrNd oxide index)

We understand the production halls are not open to visitors. That is fine for us.
Could you send the hotel recommendation near Ningbo East station?

Best regards
Sarah
"""
add("pl-002.txt", t, L("clear", [], [], [], "email", "en",
    "Scheduling a customer visit to a magnet plant; production areas explicitly excluded, no process content.", hard=True))

# ---------------------------------------------------------------- 003
b = """Sehr geehrter Herr Dr. Brandt, dear Thomas,

Many thanks for the nice dinner in Hanau last week, and please pass my regards to Frau Weiss. I promised to
send you "our way" of running the furnace for the 48H/45SH material so your team can compare it with what
you see on the pilot line. Here it is in plain words; the controller file is not attached because your
furnace controller is a different brand anyway.

Loading: green compacts after isostatic pressing (200 MPa), stacked on Mo plates with 3 mm gaps, max 180 kg
per batch in the 600-type furnace. Pump down to below 5x10^-3 Pa before heating, otherwise you pick up
oxygen and your HcJ goes down by 1 kOe or more.

Heating profile we actually use:
1. room temperature -> 300 C at 3 C/min, hold 90 min (this burns out the lubricant; watch the pressure,
   it should come back below 1x10^-1 Pa before you continue)
2. 300 -> 600 C at 3 C/min, hold 120 min (hydrogen release from the decrepitated powder; pressure peak
   around 480-550 C is normal)
3. 600 -> 850 C at 4 C/min, hold 60 min
4. 850 -> 1065 C at 2 C/min, hold 5 h at 1065 C. For the SH grade with more Dy we go 1075 C, 5.5 h.
5. Argon backfill to 80 kPa and fan cooling down to below 80 C.

Ageing (same furnace or the separate tempering furnace):
- first step 900 C for 2.5 h, Ar quench
- second step 500 C for 4 h, Ar quench. If the squareness (Hk/HcJ) is below 0.95 try 480 C instead of
  500 C; the window for Cu 0.15 / Ga 0.25 is narrow, 20 degrees makes a difference.

Expected: density >= 7.55 g/cm3, Br 13.6-13.9 kG, HcJ >= 17 kOe for 48H. If you get abnormal grain growth
(grains above 15 um in the micrographs) you are too hot or too long at 1065 - reduce in 5 C steps.

As agreed, please keep this between our two teams for the moment. Our legal people have told me that from
December they will want to look at anything like this before it leaves the company, so if you have more
questions please send them this month.

Mit freundlichen Gruessen / Best regards
Liu Haoran
Senior Process Engineer, Sintering Section
Baotou ---- Magnetic Materials Co., Ltd.
Tel +86 472 51x xxxx
"""
add("pl-003.eml", eml(A("Liu Haoran", "liuhr@bt-magmat.cn"), A("Dr. Thomas Brandt", "t.brandt@hessen-magnetik.de"),
    "Re: Sintering curve 48H - as discussed in Hanau", "Wed, 22 Oct 2025 16:05:12 +0800", b, fname="003"),
    L("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "email", "en",
      "Chinese engineer e-mails German partner full NdFeB sintering ramps, holds, vacuum values and two-step ageing with targets."))

# ---------------------------------------------------------------- 004
t = """LINE 聊天記錄匯出
聊天室：[磁材技術交流] 廖經理 / 王工
儲存日期：2025/10/27 21:14

2025/10/24（五）
14:02 廖經理  王工午安～上次您說晶界擴散可以把HcJ拉高很多，我們這邊想在台南的小線試試，可否請教大概怎麼做？
14:05 王工    你们现在毛坯是什么牌号？厚度多少？
14:06 廖經理  N50基材，取向方向厚度4.5mm，HcJ大概12 kOe
14:09 王工    4.5mm可以，超过6mm中间就扩不进去了，芯部矫顽力上不来
14:10 王工    我们用的是铽，涂覆重量按磁体重量的0.6%，用TbF3或者TbH2粉配成浆料喷涂，也可以磁控溅射，小线建议喷涂
14:11 廖經理  浆料的溶劑用什麼？
14:13 王工    无水乙醇加一点PVB，固含量35%左右。喷完在氮气里80度烘干，表面不要有露底
14:15 王工    扩散：真空炉，真空度好于5×10^-3 Pa，升到900度保温10小时，然后充氩冷却
14:15 王工    再做一次回火，500度4小时
14:16 廖經理  好的～那HcJ大概可以到多少？
14:18 王工    铽能加8~10 kOe，Br掉0.1~0.2 kG。用镝的话温度一样，时间要12~15小时，只能加5 kOe左右
14:19 王工    记得扩散前表面要酸洗干净，3%硝酸洗10~20秒再超声水洗，氧化皮会挡住
14:20 廖經理  太感謝了🙏 我整理一下下週試
14:22 王工    另外炉子装料别堆太密，片与片之间留2mm，不然会粘
14:22 王工    [貼圖]

2025/10/27（一）
20:51 廖經理  王工晚安，第一爐出來了，表面有點發黑結塊，HcJ只有18 kOe
20:58 王工    发黑是氧含量高了，你们烘干那步用的是空气烘箱吧？
20:59 廖經理  對…
21:03 王工    改氮气。还有看看保温是不是真到了900，热电偶位置在炉膛上部的话实际料温可能只有880，延长到12小时试试
21:05 廖經理  了解，感謝！
21:07 廖經理  另外想請問，噴塗前毛坯要不要先做一次回火？我們現在是燒結完直接切片
21:10 王工    先切片再扩散，扩散前不用单独回火，扩散完那次500度回火就够了。切片以后倒角，尖角的地方涂层容易堆积
21:12 廖經理  那扩散炉升溫速度有要求嗎？
21:15 王工    室温到400度可以快一点，5度每分钟；400以上3度每分钟，到900保温。升太快片子会裂，尤其是大片
21:16 王工    冷却用氩气风冷到100度以下出炉
21:18 廖經理  好的，我把這些整理成我們內部的作業標準，之後再請王工幫忙看一下
21:20 王工    作业标准就别发我了😂 现在这边管得严，我说说经验可以，文件来回发不合适
21:21 廖經理  明白明白，那我們有問題再LINE您
21:22 王工    👌
"""
add("pl-004.txt", t, L("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "zh",
    "LINE chat: mainland engineer gives Taiwan partner Tb grain-boundary diffusion recipe (coating weight, slurry, 900 C/10 h, ageing, troubleshooting)."))

# ---------------------------------------------------------------- 005
t = """# 咨询备忘录：老挝XX矿区离子型稀土原地浸矿方案意见

**致：** 万象 L 矿业公司 项目部（Mr. Somphone / 李总）
**自：** 何建国（独立顾问）
**日期：** 2025年9月28日
**密级：** 仅限项目组内部

---

李总好，上次去矿区看完以后答应写个书面意见，尽量用大白话讲，方便你们翻译给老挝同事。

## 1. 总体判断

剖面看下来，全风化层厚8~14米，稀土主要赋存在全风化层中下部，品位0.06%~0.12%（REO），中重稀土配分还不错。
坡度20~30度，山体完整，没有大的断层，适合原地浸矿，不建议搞堆浸（剥离量太大，植被恢复费钱）。

## 2. 浸矿剂怎么选

- 当地对氨氮没有国内那么严，但下游有村子取水，我建议**硫酸镁为主**，别用硫酸铵。
- 硫酸镁浓度：前期3.5%~4%，注液大约30天后降到2%，后期1.5%。
- 浸矿液pH调到5.0~5.5，别太低，太低铝、铁跟着溶出来，后面除杂麻烦。
- 如果一定要用硫酸铵：2%起步，后期1%，效率比镁盐高一点，但尾水氨氮要处理。

## 3. 注液孔怎么打

- 孔径 0.2~0.25 米，网度 2 米 × 2 米（山顶风化层厚的地方可以放到 2.5 × 2.5）。
- 孔深打到矿体底板以上 0.5~1 米，不要打穿到半风化层，否则漏液。
- 按梅花形布孔，每个孔内放 PVC 注液管，孔口用黏土封好防雨水冲刷。
- 注液强度：每孔开始时 0.3~0.5 m³/天，看山体渗透情况调整，发现坡脚出现渗漏点、山体冒水要马上减量。

## 4. 集液

- 山脚开导流巷道（或打水平导流孔），水平孔间距 5~8 米，孔长 20~30 米，仰角 3~5 度。
- 底部做防渗：收液沟铺 HDPE 膜，集液池也要铺膜。
- 正常的母液浓度 0.5~1.5 g/L（REO），低于 0.2 g/L 就可以开始"顶水"了（用清水把山体里的残液顶出来），
  顶水大约 30~40 天。
- 整个浸矿周期按 180~250 天算，浸出率能做到 80% 以上。

## 5. 除杂和沉淀

- 母液先用碳酸氢铵（或者用氧化镁浆，配合镁盐体系）把 pH 调到 5.0~5.2，沉淀 2 小时，除掉铝、铁，
  这一步稀土损失控制在 3% 以内。
- 上清液再用碳酸氢铵沉淀，终点 pH 6.8~7.0，得碳酸稀土；或者用草酸沉淀，草酸用量为理论量 1.2 倍。
- 碳酸稀土含 REO 42%~45%，压滤后就可以装袋。
- 沉淀后的上清液补充硫酸镁回用配浸矿液，回用率能到 70%。

## 5.5 日常要测什么

| 项目 | 频次 | 控制范围 |
|---|---|---|
| 注液浓度（MgSO4） | 每班 | 按阶段 3.5%/2%/1.5% ±0.2% |
| 注液 pH | 每班 | 5.0~5.5 |
| 母液 REO | 每天 | 0.5~1.5 g/L，低于 0.2 g/L 准备顶水 |
| 母液 Al | 每天 | < 0.3 g/L，高了说明 pH 太低 |
| 集液量/注液量 | 每天 | 回收率 ≥ 85%，低于 80% 查漏液 |
| 坡体位移 | 每周 | 用全站仪测 6 个点，位移 > 5 mm/周 停注 |

老挝雨季（5~10月）雨量大，雨季注液量要减到旱季的 60%，同时集液池要留够容量，防止漫池。

## 6. 风险

1. 山体滑坡：注液量一定要循序渐进，雨季要停注或减注。
2. 地下水：矿区外围打 3~4 个监测井，每月测一次。
3. 回收率：我看了你们试验的柱浸数据，液固比 1.0 时浸出率只有 65%，是因为柱子装得太实，不代表现场。

以上意见供参考。下一步可以安排一个 20 米 × 20 米的试验块先跑一个周期。

何建国
"""
add("pl-005.md", t, L("controlled", ["1E902.a"], ["mining"], [], "other", "zh",
    "Consultant memo to Lao mine: lixiviant choice and concentrations, hole diameter/grid/depth, injection rates, collection, impurity removal pH and precipitation."))

# ---------------------------------------------------------------- 006
b = """Dear Ms. Huang,

Thank you for the offer of 12 October for praseodymium-neodymium oxide.

We have reviewed it internally and would like to come back on the following points:

1. Price: your offer of CNY 565,000/t (VAT excl., FCA Tianjin) is above the weekly average published by
   SMM/Asian Metal for the last four weeks. We would propose a formula price: monthly average of the SMM
   PrNd oxide quotation minus 1.5%, adjusted monthly.
2. Quantity: 20 t for Q1 2026, split in four lots of 5 t. Option for another 10 t in Q2.
3. Specification: PrNd oxide TREO >= 99.0%, Pr6O11/TREO 24-26%, Nd2O3/TREO 74-76%, Fe2O3 <= 50 ppm,
   SiO2 <= 100 ppm, CaO <= 100 ppm, Cl- <= 500 ppm, LOI <= 1.0%. Certificate of analysis per lot.
4. Packing: 1,000 kg double-layer PE inner bag in steel drum, palletised, no wooden crates.
5. Payment: 30% T/T advance, 70% against copy of B/L. We cannot accept 100% advance.
6. Documents: please confirm whether the oxide needs any export licence at present, and if so, the
   expected lead time. We understand oxides are handled differently from technology, but our bank
   insists on a written statement.

Could we have a short call on Thursday 9:00 CET / 16:00 Beijing time?

Kind regards,

Martin Ostermann
Strategic Purchasing - Raw Materials
Vacuheat Alloys GmbH, Frankfurt

""" + DISC_EN + """

-----Original Message-----
From: Huang Lin <huanglin@sh-reoxide-trade.com>
Sent: Sunday, October 12, 2025 11:03 AM
To: Martin Ostermann <m.ostermann@vacuheat-alloys.de>
Subject: Offer PrNd oxide 20t

Dear Martin,
As requested please find our offer for PrNd oxide 20 t, CNY 565,000/t excl. VAT, FCA Tianjin, delivery
4 weeks after PO. Payment 100% T/T in advance. Offer valid until 20 Oct.
Best regards
Huang Lin
"""
add("pl-006.eml", eml(A("Martin Ostermann", "m.ostermann@vacuheat-alloys.de"), A("Huang Lin", "huanglin@sh-reoxide-trade.com"),
    "RE: Offer PrNd oxide 20t", "Wed, 15 Oct 2025 09:47:10 +0200", b, fname="006"),
    L("clear", [], [], [], "email", "en",
      "Price, quantity, purchase spec and payment negotiation for bought PrNd oxide; no process know-how.", hard=True))

# ---------------------------------------------------------------- 007
sig_raj = """Rajesh Nair
Plant Manager, Separation Plant
Pahang Advanced Materials Sdn Bhd
Lot 12, Gebeng Industrial Estate, Kuantan, Malaysia
T +60 9 58x xxxx | M +60 12 3xx xxxx"""
sig_wu = """吴国栋 / Wu Guodong
技术顾问 Technical Consultant
手机/WhatsApp: +86 138 xxxx 5521"""
m5 = """Hi Mr Wu,

Thanks, all clear now. Flights are booked: MH 361 Beijing-KL on 2 Dec, arrives 07:05, then our driver
takes you to Kuantan (about 3.5 hrs). Hotel is the Zenith, same as last time. Per diem as in the contract.

One more thing from our compliance team: they asked whether your visit needs any paperwork from the
Chinese side after the new MOFCOM announcement. I told them you would check with your side. Please let me
know asap so we do not get stuck at the last minute.

Regards,
""" + sig_raj + "\n\n" + DISC_EN
m4 = """Raj,

机票的事情按你说的办。发票我回去开给你们新加坡那个公司对吧？抬头请再发我一次。

Compliance那个问题我也在问，我们这边律师说技术服务要看内容，我先问清楚再回复你。这段时间如果有急事打我手机。

Visa: 我的护照号码 E9xxxxxx3，有效期到2031年，已经发给你们HR了。

""" + sig_wu
m3 = """Dear Mr Wu,

Noted with thanks. Just to confirm the shutdown schedule on our side:
- 10 Nov: stop feed to all three cascades (LaCe/PrNd split, PrNd/SEG, Pr/Nd)
- 11-20 Nov: boiler inspection and the annual DOSH inspection, also the new ammonia scrubber tie-in
- 21-28 Nov: mechanical work in the mixer-settler hall (impeller replacement on about 40 stages, two
  settler roofs, repaint)
- 1 Dec: restart, you on site from 3 Dec

Our operators are worried about the restart, because last year it took us nearly three weeks to get the
Pr/Nd cascade back to spec and we lost a lot of off-spec product. We would really appreciate if you could
write down the restart sequence before you come so that the shift leaders can study it.

Also please bring the spare PH probes we asked for (2 pcs) if possible, customs here is okay with small
quantities.

Regards,
""" + sig_raj
m2 = """Raj 你好，

Shutdown 的安排我看了，基本没问题。有几点：
1. 停车前一定要把有机相里的稀土尽量反萃干净？——不用，不要反萃。停车时各级就地停，保持各级两相的界面，
   这样浓度梯度还在，重新开车快得多。你们去年是把有机相全部反萃了，所以花了三个星期重新建梯度。
2. 停车期间槽子要盖好，防止雨水、灰尘进去。每周巡检一次，看看有没有渗漏。
3. 换搅拌桨的时候，那一级的两相用泵抽到临时罐，标好级号，装回原级，千万不要混。

具体 restart 步骤我会写一个比较详细的给你，下周发。

""" + sig_wu
m1 = """Raj / shift leaders,

As promised, here is the restart sequence for the Pr/Nd cascade (the other two cascades are similar but
faster). 我中英文混着写，你们有看不懂的地方让 Mr Lim 翻译一下。

A. 开车前检查 (before start)
- 所有级的搅拌先单独点动，确认转向，电流正常；新换的桨叶，转速先调到 280 rpm (原来的是 300 rpm)，
  跑 24 h 以后再调回 300 rpm。
- 检查各级界面：正常情况下澄清室有机相高度应该在原来的 ±20 mm 以内，如果某一级水相明显多了（雨水进去了），
  把这一级多出来的水相抽出来单独化验，不要直接排。
- 校准所有流量计：有机相、料液、洗酸、皂化碱。Use a bucket and stopwatch, don't trust the DCS reading
  after shutdown.

B. 第一阶段：全回流 (total reflux), 大约 48~72 h
- 料液、洗酸都不进，只开有机相循环和反萃，按正常有机流量的 60% 开，也就是 ~8.5 L/min 的 60%。
- 皂化先按正常皂化度 0.52 mol/L 的 80% 给，即 ~0.42 mol/L，防止皂化过头产生乳化。
- 每 8 h 取一次第 20、40、60、80、100 级水相样，测 Nd/(Pr+Nd)。只要曲线和停车前的曲线（你们DCS里有）
  基本重合，就可以进入下一步。

C. 第二阶段：逐步加料
- 料液先按 50% 进（正常 0.68 L/min，先给 0.34 L/min），洗酸 3.8 mol/L HCl 按正常流量 100% 给，
  有机相提到正常流量，皂化度提到 0.52 mol/L。
- 每 12 h 加 10% 料液，大约 3 天到 100%。
- 萃余液（Pr 产品端）和反萃液（Nd 产品端）这期间全部回到料液罐，不要出产品。

D. 判断合格
- 萃余液 Nd2O3/(Pr6O11+Nd2O3) < 1.0%，反萃液 Pr6O11/REO < 0.3%，连续 3 个班合格再切换到产品罐。

E. 如果 Nd 跑到萃余液里 (Nd leaking to raffinate)
- 先查皂化度，皂化不够是最常见的原因。皂化度每次加 0.01 mol/L，不要一下加太多。
- 再查洗酸浓度和流量，洗酸多了 Nd 会被洗下来。
- 还不行就把料液减 10%，等 24 h 再看。
- 千万不要同时调好几个参数，每次调一个，等 24 h 看结果。

F. 如果反萃液 Pr 超标：反过来，皂化度减 0.01 mol/L 或洗酸加 5%。

All samples: ICP every shift, keep a simple Excel with date/time/stage/result, I will look at it every day
when I arrive on 3 Dec.

""" + sig_wu
m4b = """Mr Wu,

Noted on the invoice. The billing entity is PAM Holdings Pte Ltd, 8 Temasek Boulevard, #22-03, Singapore.
Please show the service period (3-16 Dec) and the daily rate on the invoice, and mark it "technical
service - separation plant restart". Our finance needs it 7 days before payment.

A few questions from the shift leaders after reading your restart note (Lim translated it):
1. During total reflux, do we keep the scrub acid pump on standby or fully isolated? Last year someone
   opened the valve by mistake.
2. Can we use the DCS level alarms during reflux or will they trip all the time?
3. For the sampling, is it okay if the lab only runs every 8 h on night shift (we have only one ICP
   operator at night)?
4. If a stage has a lot of crud after shutdown, should we skim it before restart?

Also, our HSE manager requires everybody on site to attend the 4-hour induction on day 1, sorry, this is
compulsory. Safety shoes and coverall will be provided, please tell me your sizes.

Regards,
""" + sig_raj
m4c = """Raj,

1. 洗酸泵 isolate，挂牌上锁 (lock-out)，total reflux 期间不要有任何洗酸进去。
2. Level alarm 可以用，但是 low-level trip 先改成只报警不联锁，等正常以后再恢复。
3. 夜班 8 小时一次可以。
4. Crud 多的级先捞出来，放在专门的桶里静置，上层有机相可以回收，下面的东西不要回到槽里。

Shoes 42, coverall L. 

""" + sig_wu
def OMH(frm, sent, to, subj, cc=None):
    return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
            + ("Cc: %s\n" % cc if cc else "") + "Subject: %s\n\n" % subj)
WU = "Wu Guodong <wugd.consult@163.com>"; RAJ = "Rajesh Nair <rajesh.nair@pam-sb.com.my>"; LIM = "Lim Chee Keong <ck.lim@pam-sb.com.my>"
body = (m5
    + OMH(WU, "Wednesday, November 5, 2025 7:30 AM", RAJ, "回复: RE: Shutdown Nov - restart support") + m4c
    + OMH(RAJ, "Tuesday, November 4, 2025 11:52 PM", WU, "RE: Shutdown Nov - restart support", LIM) + m4b + "\n\n" + DISC_EN
    + OMH(WU, "Tuesday, November 4, 2025 9:12 PM", RAJ, "回复: RE: Shutdown Nov - restart support") + m4
    + OMH(WU, "Friday, October 31, 2025 11:58 PM", RAJ, "Pr/Nd cascade restart sequence (for shift leaders)", LIM) + m1
    + OMH(RAJ, "Monday, October 27, 2025 5:40 PM", WU, "RE: Shutdown Nov - restart support", LIM) + m3 + "\n\n" + DISC_EN
    + OMH(WU, "Saturday, October 25, 2025 10:30 AM", RAJ, "回复: Shutdown Nov - restart support") + m2)
add("pl-007.eml", eml(A("Rajesh Nair", "rajesh.nair@pam-sb.com.my"), A("Wu Guodong", "wugd.consult@163.com"),
    "RE: 回复: RE: Shutdown Nov - restart support", "Wed, 5 Nov 2025 08:15:44 +0800", body,
    cc=A("Lim Chee Keong", "ck.lim@pam-sb.com.my"), fname="007"),
    L("controlled", ["1E902.a", "1E902.b"], ["separation"], [], "email", "mixed",
      "Long logistics thread; bottom message gives Malaysian plant the restart (recommissioning) sequence for a Pr/Nd SX cascade and also lays down operating flows, saponification, scrub acid and Nd-leak corrections."))

# ---------------------------------------------------------------- 008
t = """会议纪要

会议名称：与印尼 PT Sinar 公司技术交流（电解车间）
时间：2025年10月16日 14:00-17:30
地点：公司三楼小会议室 + 腾讯会议
参加人员：我方 刘副总、电解车间 马主任、设备科 赵工、翻译 小周；对方 Budi Santoso（厂长）、Hendra（工艺）、
        Lina（采购）
记录：小周

一、对方情况介绍（Budi）
对方在苏拉威西建了一个示范车间，从国内买了 8 台 6 kA 电解槽（二手），准备生产镨钕金属，目前试生产
电流效率只有 55% 左右，金属里碳和氧都偏高，想请我方指导。

二、马主任讲的主要内容（按录音整理）
1. 电解质：我们用的是氟化镨钕加氟化锂，(PrNd)F3 : LiF = 88 : 12（质量比），每周补一次氟化锂，
   因为锂挥发损失大。你们现在用 85:15 偏高了，电导是好了，但是金属里锂高，而且温度控制不住。
2. 温度：1040~1060 ℃，用红外测温枪每 2 小时测一次，高了就降电流或者加冷料。超过 1080 ℃
   碳化、渗碳严重，金属碳含量就超了。
3. 电流、电压：6 kA 槽正常 5800~6200 A，槽电压 9.5~10.5 V。阳极电流密度 0.8~1.0 A/cm²，
   阴极（钨棒，直径 70 mm）电流密度 6~7 A/cm²。
4. 加料：氧化镨钕要少量多次，每 2~3 分钟加一次，每次 0.2~0.3 kg，保持电解质里氧化物 2% 左右。
   一次加多了沉底，结"底泥"，这是你们效率低的一个主要原因。氧化物单耗我们做到 1.17 kg/kg 金属。
5. 出炉：每 2 小时用钼坩埚接金属一次，虹吸或者用勺舀，出炉前 10 分钟停加料。
6. 换阳极：石墨阳极一般 18~22 天换一次，看阳极厚度，剩 25 mm 就换，换的时候电流降到 3 kA，
   新阳极要先在槽边预热 30 分钟以上，直接放进去会炸裂。
7. 电流效率 75%~80% 是正常水平，金属 C ≤ 0.03%，O ≤ 0.03%，Fe ≤ 0.2%。

三、对方提问
Hendra 问阳极气体怎么处理？赵工介绍了一下我们的集气罩加碱液喷淋，具体设计图纸对方要，我方没有给，
说需要回去请示。
Lina 问能不能长期供应氧化镨钕，刘副总说这个另外谈。

四、后续
1. 对方希望派 2 名工人来我厂学习两周，刘副总表示原则同意，具体时间待定，需要先问一下公司法务和外贸部门
   关于新规的要求。
2. 小周整理会议纪要发双方确认（本纪要）。
3. 对方将把近一个月的槽温、电流、电压记录和金属化验单发过来，马主任帮忙看一下问题在哪里。
4. 对方提到他们的钨阴极消耗很快（一个月换一次），马主任怀疑是阴极插得太深、离槽底沉积物太近，
   建议阴极下端离坩埚底保持 80~100 mm，同时每周捞一次槽底沉积物。
5. 下次会议暂定 11 月中旬，线上。

附：对方现状与我方参考值对照（马主任会上口述，小周整理）

| 项目 | 对方现状 | 我方参考值 |
|---|---|---|
| 电解质 (PrNd)F3:LiF | 85:15 | 88:12 |
| 电解温度 | 1070~1100 ℃ | 1040~1060 ℃ |
| 电流 | 5000 A 左右 | 5800~6200 A |
| 槽电压 | 11~12 V | 9.5~10.5 V |
| 加料方式 | 每 15 分钟一次，约 2 kg | 每 2~3 分钟一次，0.2~0.3 kg |
| 出炉间隔 | 4 小时 | 2 小时 |
| 阳极更换 | 坏了才换 | 剩 25 mm 换，约 18~22 天 |
| 电流效率 | ~55% | 75%~80% |
| 金属 C | 0.06%~0.08% | ≤ 0.03% |
"""
add("pl-008.txt", t, L("controlled", ["1E902.a"], ["metal-smelting"], [], "other", "zh",
    "Meeting notes with Indonesian plant: PrNd molten-salt electrolysis bath ratio, temperature, current/voltage, current densities, feeding, tapping, anode change."))

# ---------------------------------------------------------------- 009
b = """張小姐您好：

關於貴司 9月份出貨（PO No. HK-25-0917，訂單數量 48,000 pcs，N45H 方塊 20×10×5 mm，鍍層 NiCuNi）
我司收貨後經來料檢驗，發現以下問題，特此反映：

1. 鍍層起泡／剝落：抽樣 200 pcs 中有 17 pcs 邊角處鍍層起泡，用膠帶測試時整片剝落。
2. 鹽霧測試：依雙方規格書要求中性鹽霧 48 小時無紅鏽，我司實驗室測 24 小時即已出現紅鏽點（照片見附件）。
3. 包裝：外箱未按約定加貼磁場屏蔽標示，其中兩箱內襯泡棉破損，產品互相吸附造成崩角約 1.5%。
4. 交期：原定 10/3 到港，實際 10/14 才到，影響我司馬達產線排程。

我司要求：
(a) 整批退換，或由貴司派員來港篩選，篩選工時費用由貴司承擔；
(b) 提供 8D 報告，說明鍍層問題之根本原因及改善措施，請於兩週內回覆；
(c) 下批出貨前請附鹽霧測試報告及鍍層厚度量測數據（Ni 總厚度需 ≥ 10 µm）。

磁性能（Br、HcJ）抽測結果均符合規格，這部分沒有問題。

如有疑問請隨時與我聯絡。

順頌商祺
陳家豪 Kelvin Chan
品質保證部 經理
港駿電機有限公司
香港新界葵涌 葵昌路 xx 號
電話：(852) 2xxx 6618

""" + DISC_TW + """

-----Original Message-----
From: 張敏 <zhang.sales@nbmagnet-export.cn>
Sent: Tuesday, October 14, 2025 10:05 AM
To: 陳家豪 <kelvin.chan@kongjun-motor.com.hk>
Subject: 出貨通知 PO HK-25-0917

陳經理您好，
貴司訂單 HK-25-0917 已於今日到港，提單號 OOLU25xxxxxx，請安排提貨。此次延誤係因船期調整，敬請見諒。
出貨檢驗報告（尺寸、磁性能）已隨貨附上。
張敏 敬上
"""
add("pl-009.eml", eml(A("陳家豪", "kelvin.chan@kongjun-motor.com.hk"), A("張小姐", "zhang.sales@nbmagnet-export.cn"),
    "投訴：9月份 N45H 磁鐵鍍層起泡及交期延誤", "Thu, 16 Oct 2025 15:31:08 +0800", b, b64=True, fname="009"),
    L("clear", [], [], [], "email", "zh",
      "Hong Kong buyer's complaint about coating blistering, salt-spray failure, packaging and delivery of bought magnets; incoming inspection only.", hard=True))

# ---------------------------------------------------------------- 010
t = """Call summary - 21 Oct 2025, 15:00-15:25
Participants: D. Okafor (us), Mr. Sun (Ningbo, ex-SmCo line)
Topic: why our 2:17 parts come out with low HcJ

Mr. Sun's advice, as noted:
- Sinter 1210 C 1 h, then drop straight to 1180 C and solution-treat 3 h in the same run, then fast quench
  (fan Ar). Our 1150 C solution step is too low for Sm(Co0.7Fe0.2Cu0.07Zr0.03)7.8.
- Ageing: 830 C for 12 h, then slow cool 0.7 C/min down to 400 C, hold 5 h at 400 C, quench.
- Slow-cool rate is the key; 2 C/min (what we do) kills the cell structure.
- Expect HcJ > 25 kOe after this.
Action: DO to rerun batch 14 with this schedule next week.
"""
add("pl-010.txt", t, L("controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "other", "en",
    "Short phone-call summary with SmCo 2:17 sinter, solution treatment, ageing and slow-cool parameters from a Chinese ex-line engineer."))

# ---------------------------------------------------------------- 011
b = """Kim 部长：

下面转发的是我们技术部孙工给您那边回复的关于钕铁硼油泥回收的要点，之前您说邮件被你们公司的防火墙挡了，
我这里再转一次。附件里的报价单是单独的，请查收。

另外下个月釜山的展会我们会去，到时候可以当面再聊。

顺祝商祺
王 芳
国际业务部
宁波某再生资源科技有限公司

""" + DISC_ZH + """

---------- 转发的邮件 ----------
发件人：孙志强 <sunzq@nb-recycle-tech.com>
日期：2025年10月9日 周四 下午4:47
主题：回复：NdFeB sludge recycling - questions
收件人：王芳 <wangf@nb-recycle-tech.com>

王芳：

帮我转给韩国客户。他们问的几个问题我按顺序回答：

1. 油泥要不要先除油？
   要。油泥里一般含油 10%~20%、水 10% 左右，我们先用真空蒸馏除油（200~250 ℃，真空 -0.09 MPa），
   或者直接在回转窑里低温段烧掉，但后者烟气处理麻烦，小厂不建议。

2. 氧化焙烧温度？
   回转窑 750~800 ℃，停留 3~4 小时，窑尾要保证空气足够。目的是把铁全部氧化成 Fe2O3（三价铁），
   这样后面酸溶的时候铁不溶。焙烧不透的话，浸出液里铁会很高。焙烧料颜色应该是均匀的红棕色，
   发黑说明没烧透。

3. 盐酸怎么浸？（我们叫"优溶"）
   焙烧料球磨到 -100 目，固液比 1:3，用 6 mol/L 盐酸慢慢加，温度 85~90 ℃，终点 pH 控制在 3.5~4.0，
   保温搅拌 2 小时。这个 pH 下稀土基本全溶，铁留在渣里。渣含 REO 一般在 0.5% 以下，
   浸出液 REO 200~250 g/L，Fe < 0.05 g/L。
   如果 pH 降到 2 以下，铁会大量溶出，后面就麻烦了。

4. 除杂：浸出液加少量双氧水，再用氨水把 pH 调到 4.5 左右，把残余的铁、铝沉掉，过滤。

5. 沉淀：直接草酸沉淀得到混合的镨钕镝草酸盐，草酸用量为理论量 1.15 倍，60 ℃，陈化 1 小时，
   洗到滤液无氯离子，900 ℃ 煅烧 2 小时，得到混合氧化物，REO ≥ 99%，总回收率 97% 左右。
   如果要分成单一的镨钕和镝铽，就要再上萃取线，那是另外一个话题了。

6. 处理量：我们一条线年处理油泥 3000 吨。

孙志强
技术部

---------- 原始邮件 ----------
From: Kim Jae-won <jwkim@hanrec.co.kr>
Date: 2025年10月2日 周四 上午10:12
Subject: NdFeB sludge recycling - questions
To: 王芳 <wangf@nb-recycle-tech.com>

Dear Ms. Wang,

Thank you for the meeting in Seoul. As discussed, we collect about 600 t/year of NdFeB grinding sludge from
motor makers in Korea, and we want to build a small line here instead of exporting the sludge. Could your
technical team answer:
1. Is de-oiling necessary before roasting?
2. What roasting temperature and time?
3. How do you leach - which acid, which pH?
4. How to remove iron from the leach solution?
5. How to get the final oxide, and what recovery?
6. What capacity is your line?
We would also like to know if your company can supply the equipment and send engineers for start-up.

Best regards,
Kim Jae-won / 김재원
General Manager, HanRec Co., Ltd.
"""
add("pl-011.eml", eml(A("王芳", "wangf@nb-recycle-tech.com"), A("Kim Jae-won", "jwkim@hanrec.co.kr"),
    "转发: 回复：NdFeB sludge recycling - questions", "Mon, 13 Oct 2025 09:20:17 +0800", b, b64=True, fname="011"),
    L("controlled", ["1E902.a"], ["recycling"], [], "email", "zh",
      "Forwarded reply to Korean customer: NdFeB sludge de-oiling, oxidative roast, selective HCl leach pH, impurity removal, oxalate precipitation and calcination."))

# ---------------------------------------------------------------- 012
t = """# Notes from the Rare Earth Supply Chain Forum, Singapore, 8 Oct 2025

*Written by: P. Raman, for internal circulation (Procurement & Strategy)*

## Keynote: "From mine to magnet - where is the bottleneck?"

The speaker (an industry analyst, public session, slides promised on the forum website) covered things that
anybody who follows the sector already knows:

- China still accounts for roughly 60-70% of mined rare earths and close to 90% of separation and
  sintered NdFeB magnet output.
- The chain is: mining (hard-rock bastnaesite/monazite, or ionic clays in southern China and Myanmar),
  cracking and leaching, solvent-extraction separation into individual oxides, reduction to metal
  (mostly molten-salt electrolysis), alloy making, and then magnet production (sintered or bonded).
- Solvent extraction needs "hundreds of mixer-settler stages" because neighbouring lanthanides are
  chemically very similar. No numbers beyond that.
- Heavy rare earths (Dy, Tb) are added to NdFeB to keep coercivity at high temperature; grain-boundary
  diffusion reduces how much is needed. Again, just the concept.
- New capacity outside China: Lynas (Malaysia, Texas), MP Materials (Mountain Pass, Fort Worth magnets),
  Solvay La Rochelle, Neo in Estonia, several projects in Australia and Brazil. Ramp-up times typically
  3-5 years, and the hard part is trained people.

## Panel: export controls

- Discussion of the October 2025 MOFCOM announcements. Panellists agreed that technology transfer, not
  only goods, is now in scope, including consulting and "technical exchange".
- Several people mentioned they have stopped informal technical calls with Chinese ex-employees until
  their lawyers give guidance.

## Takeaways for us

1. Our magnet suppliers will need more lead time for anything involving licences - plan 45-60 days extra.
2. Consider dual sourcing for N48SH arc segments (Japan / Vietnam).
3. No technical content worth sharing with engineering; slides to be downloaded when published.
"""
add("pl-012.md", t, L("clear", [], [], [], "other", "en",
    "Summary of a public conference talk repeating generally known supply-chain facts; no parameters or process know-how.", hard=True))

# ---------------------------------------------------------------- 013
b = """Hi Jessie,

Thanks for your quick answer. Understood, no problem. We will go the official way.
I will ask our lawyer to contact you about the licence application; maybe we can start with buying
finished magnets only and talk about the process later.

Regards
Tom

-----Original Message-----
From: 李洁 Jessie Li <jessie.li@jx-magtech.com>
Sent: Friday, October 24, 2025 6:18 PM
To: Tom Reyes <t.reyes@pacificdrives.ph>
Subject: RE: Some technical questions before the audit

Hi Tom,

关于你的问题，我问了技术部，答复如下：

> 1. What sintering temperature and time do you use for N52?
Sorry, this is our confidential process data, we cannot share.

> 2. What is your jet-mill particle size (D50)?
Same as above, confidential.

> 3. Do you use Dy or Tb grain boundary diffusion for the 45UH grade?
We can confirm the 45UH is a GBD product. The process details are confidential.

> 4. Could your engineer visit our plant in Cebu to help set up our own sintering line?
这个我们不能做。Under the new Chinese export-control rules (MOFCOM 2025 No. 62) this kind of technical
assistance needs an export licence, and our company policy is not to apply for that for process help.

Finished magnets with datasheet (Br, HcJ, BHmax, temperature coefficients) we can supply normally.

Best regards
Jessie
销售经理 Sales Manager

-----Original Message-----
From: Tom Reyes
Sent: Thursday, October 23, 2025 10:02 AM
To: Jessie Li
Subject: Some technical questions before the audit

Hi Jessie, before our supplier audit next month our engineers would like to understand a bit more about
your process. Could you answer these?
1. What sintering temperature and time do you use for N52?
2. What is your jet-mill particle size (D50)?
3. Do you use Dy or Tb grain boundary diffusion for the 45UH grade?
4. Could your engineer visit our plant in Cebu to help set up our own sintering line?
Thanks, Tom
"""
add("pl-013.eml", eml(A("Tom Reyes", "t.reyes@pacificdrives.ph"), A("李洁 Jessie Li", "jessie.li@jx-magtech.com"),
    "RE: RE: Some technical questions before the audit", "Mon, 27 Oct 2025 08:02:55 +0800", b, fname="013"),
    L("clear", [], [], [], "email", "mixed",
      "Customer asks sintering temperature, D50, GBD details; supplier declines as confidential/licence-controlled; questions without answers.", hard=True))

# ---------------------------------------------------------------- 014
t = """微信群聊记录导出
群名称：海防项目-萃取车间技术群（23人）
导出时间：2025-10-30 22:41

2025-10-29 08:12 阮文雄(Hung)：各位早。昨晚夜班化验，2号线萃余液里 Nd2O3 占 3.2%，比前天 0.6% 高了好多，镨产品不合格了
2025-10-29 08:15 老黄（国内技术支持）：几点开始的？料液有没有换罐？
2025-10-29 08:17 阮文雄(Hung)：昨天下午 4 点换了新料液罐，浓度 1.35，之前是 1.22
2025-10-29 08:20 老黄（国内技术支持）：那就对了。料液浓度高了 10%，流量没改，等于进料量加了 10%，有机相的萃取能力不够，钕就从萃余液跑了
2025-10-29 08:21 老黄（国内技术支持）：两个办法选一个：料液流量按浓度比例降，1.22/1.35，原来 0.60 L/min 降到 0.54；或者皂化度提一点
2025-10-29 08:22 阮文雄(Hung)：现在皂化度是 0.50 mol/L
2025-10-29 08:24 老黄（国内技术支持）：先降流量，这个最稳。皂化度别动，你们皂化槽温度昨天多少？
2025-10-29 08:26 阮文雄(Hung)：38 度
2025-10-29 08:27 老黄（国内技术支持）：还行。40 度以上要注意乳化
2025-10-29 08:30 陈姐(化验室)：补充一下，第 30 级水相 Nd/(Pr+Nd) 是 12%，平时是 5% 左右
2025-10-29 08:33 老黄（国内技术支持）：说明钕的前沿已经往萃取段出口推了。降流量以后第 30 级要回到 5% 以下才算恢复，大概 24~36 小时
2025-10-29 08:34 老黄（国内技术支持）：这段时间萃余液不要进产品罐，打回料液罐
2025-10-29 08:35 阮文雄(Hung)：好的，马上改
2025-10-29 08:41 Mr. Tran（厂长）：@老黄 以后换料液罐是不是都要先算？
2025-10-29 08:45 老黄（国内技术支持）：对。写进操作规程：换罐前化验浓度，按"进料稀土量不变"调流量，料液浓度 × 流量 = 常数。你们 2 号线设计是 0.73 mol/min 左右
2025-10-29 08:46 Mr. Tran（厂长）：👍
2025-10-29 20:10 阮文雄(Hung)：夜班报告：第 30 级降到 7.5%，萃余液 Nd 1.4%
2025-10-29 20:14 老黄（国内技术支持）：方向对了，继续
2025-10-30 09:02 阮文雄(Hung)：早上第 30 级 4.8%，萃余液 Nd 0.5%，合格了
2025-10-30 09:05 老黄（国内技术支持）：好。再观察一个班就可以切回产品罐。另外洗酸浓度这两天也测一下，洗酸 3.8 要稳住，±0.1 以内
2025-10-30 09:06 陈姐(化验室)：收到
2025-10-30 22:40 阮文雄(Hung)：切回产品罐了，谢谢黄工！
"""
add("pl-014.txt", t, L("controlled", ["1E902.a"], ["separation"], [], "other", "zh",
    "WeChat group: China-side engineer talks Vietnamese JV through Nd breakthrough into Pr raffinate (feed flow correction, saponification, stage profile targets, scrub acid)."))

# ---------------------------------------------------------------- 015
b = """Hi Anton,

Quick follow-up on yesterday's site call about the SX-EW plant at Kolwezi.

What we agreed:
- The crud build-up in E2 settler is most likely from colloidal silica in the PLS. Lab will run a jar test
  with 50 ppm of the polyacrylamide flocculant ahead of the clarifier.
- Organic: 18 vol% LIX 984N in Escaid 110. Max loading check showed 5.9 g/L Cu, so the reagent is fine,
  degradation not yet a concern.
- Advance O/A in extraction is 1.1 : 1; we keep aqueous continuity in E1 and organic continuity in S1.
- Strip electrolyte: 35 g/L Cu, 180 g/L H2SO4 in, 50 g/L Cu out; cobalt sulphate dosing to keep 150 ppm Co
  for the lead anodes.
- Tankhouse current density 280 A/m2; cathode harvesting every 7 days.

Action: me - send the jar test procedure; you - check the coalescer on the electrolyte filter, the
organic entrainment in advance electrolyte was 35 ppm last week, we want it below 20 ppm.

Cheers,
Priya Menon
Process Engineer, Hydromet
Copperbelt Process Consulting

-----Original Message-----
From: Anton Kruger <anton.kruger@lualaba-cu.cd>
Sent: Tuesday, 7 October 2025 4:11 PM
To: Priya Menon <priya@cbpc.co.za>
Subject: E2 crud again

Priya, we had to skim the E2 settler twice this week again, the crud layer is 15 cm. Can we talk tomorrow?
Anton
"""
add("pl-015.eml", eml(A("Priya Menon", "priya@cbpc.co.za"), A("Anton Kruger", "anton.kruger@lualaba-cu.cd"),
    "RE: E2 crud again", "Wed, 8 Oct 2025 10:27:33 +0200", b, fname="015"),
    L("clear", [], [], [], "email", "en",
      "Copper SX-EW operating chat (LIX 984N, O/A, strip electrolyte); not rare earth, same SX vocabulary.", hard=True))

# ---------------------------------------------------------------- 016
t = """出差報告書

文件編號：RD-TR-2025-087
填寫人：研發處 材料課 林冠宇
出差地點：中國 浙江寧波、江蘇蘇州、上海
出差期間：2025年9月14日（日）至 9月21日（日），共 8 天
同行人員：黃志明 副理（採購處）、蔡宜庭 工程師（品保處）
呈核：研發處 處長 → 總經理室

一、出差目的

1. 拜訪現有燒結釹鐵硼磁石供應商兩家，確認 2026 年產能分配、價格機制與交期。
2. 參觀上海國際磁性材料展，蒐集同業與設備廠商資訊。
3. 與本公司委任之技術顧問張先生（前大陸某磁材廠製程主管）進行技術交流，討論本公司桃園試產線
   （年產能規劃 300 噸）之氣流磨、成型與燒結段製程條件。
4. 評估蘇州地區表面處理（電鍍、電泳）協力廠。

二、行程摘要

9/14（日）桃園→上海浦東，搭高鐵至寧波，入住鄞州區飯店。晚間與黃副理整理拜訪問題清單。
9/15（一）上午拜訪 A 供應商（寧波），下午參觀其成品倉庫與出貨檢驗室。
9/16（二）拜訪 B 供應商（寧波北侖），討論 2026 長約價格公式。晚間與張顧問餐敘。
9/17（三）全天與張顧問於飯店會議室進行技術交流（詳見第五節）。
9/18（四）移動至蘇州，拜訪兩家表面處理廠。
9/19（五）上海國際磁性材料展。
9/20（六）上海展會第二天，拜訪設備廠商攤位。
9/21（日）上海虹橋→松山，返台。

三、供應商拜訪紀要

3.1 A 供應商（寧波）
- 目前供應本公司 N42SH、N45UH 兩個牌號之弧形磁石，年用量約 85 噸。
- 對方表示 2026 年可維持現有供貨量，但 UH 以上牌號因重稀土配額及出口許可作業，交期由現行 6 週拉長至
  8~10 週。
- 價格：對方提議改為「氧化鐠釹月均價 + 加工費」之公式，加工費依牌號每公斤人民幣 38~62 元不等，
  我方表示需回台內部評估。
- 對方出貨檢驗室設備完整（B-H 迴線儀兩台、鹽霧箱、膜厚計、CMM），惟生產區不對外開放，僅允許參觀
  成品倉庫與檢驗室。
- 品保蔡工程師針對上季之尺寸不良（弧面 R 角超差）提出 8D 追蹤，對方承諾 10 月底前提出改善報告。

3.2 B 供應商（寧波北侖）
- 主要產品為 VCM 與伺服馬達用磁石，近年大幅擴充晶界擴散產能。
- 對方有意爭取本公司 2026 年新馬達專案（EV 冷卻水泵馬達），報價較 A 供應商低約 4%。
- 提供之樣品資料：N48SH，Br 13.8 kG，HcJ 20.5 kOe，不含鏑，採鋱晶界擴散；實際製程條件對方未提供。
- 交期 7 週；MOQ 每牌號 500 kg。
- 黃副理要求對方提供近三年財報及 IATF 16949 證書，對方同意以 NDA 方式提供。

四、展會觀察（上海國際磁性材料展）

- 今年參展廠商明顯較去年多，磁材廠、設備廠、稀土原料貿易商均有。
- 設備方面：速凝甩帶爐、氫碎爐、氣流磨、自動成型壓機、真空燒結爐均有國產化整線方案展出，
  多家廠商表示「可以整線交付、派員調試」，但被詢及出口到台灣時，均表示需要先確認出口管制規定。
- 原料方面：氧化鐠釹報價約每噸人民幣 55~57 萬，金屬鐠釹約 68~70 萬；多數貿易商表示對台出貨需簽最終
  用戶聲明。
- 晶界擴散設備（磁控濺射及塗覆型）為今年熱點，約有 6 家展出。
- 回收料：有兩家廠商展出釹鐵硼油泥、廢料回收產品（混合氧化稀土），表示可接受境外廢料來料加工，
  但須申請進口許可。

五、與張顧問技術交流紀要（9/17）

出席：張顧問、林冠宇、黃志明（上午）、蔡宜庭（下午）
說明：以下內容依現場筆記及錄音整理，張顧問口述，已請其確認數值無誤。本節屬公司機密，限研發處閱覽。

5.1 氣流磨
- 氫碎後粗粉先加潤滑劑（硬脂酸鋅類或專用有機潤滑劑）0.05~0.08 wt%，混料 2 小時。
- 研磨氣體為氮氣，系統含氧量必須控制在 30 ppm 以下；本公司設計值 100 ppm 太高，燒結後含氧量會超過
  2500 ppm，HcJ 損失 1.5~2 kOe。
- 研磨壓力 0.65~0.70 MPa，分級輪轉速 3800~4200 rpm，以 Fisher 粒度或雷射粒度 D50 控制在
  3.0~3.3 µm（SH 以上牌號取 3.0 µm）；D90/D10 比值愈小愈好，約 4.0 以下。
- 細粉（< 1 µm）容易自燃且氧含量高，旋風收集器後端之超細粉另行收集不回用。
- 出料後立即在氮氣保護下裝入密封料罐，存放不得超過 48 小時。

5.2 取向成型
- 磁場成型在氮氣手套箱內操作，含氧量 < 200 ppm。
- 取向磁場：直流電磁鐵 1.8~2.0 T，或脈衝磁場 3~4 T；方塊件採垂直壓（壓制方向與磁場方向垂直）以提高
  取向度。
- 成型壓力約 0.8~1.0 t/cm²（約 80~100 MPa），生坯密度 3.9~4.1 g/cm³；退磁後真空包裝。
- 冷等靜壓：200 MPa，保壓 60 秒，等靜壓後密度約 4.6 g/cm³。

5.3 燒結與回火
- 裝爐：去除真空袋後於手套箱內裝料盒，料盒間距 5 mm 以上。
- 真空度需達 5×10^-3 Pa 以下方可升溫。
- 升溫：室溫→300 ℃（3 ℃/min）保溫 1.5 h 脫潤滑劑；→600 ℃ 保溫 2 h 脫氫；→850 ℃ 保溫 1 h；
  →1060 ℃ 保溫 5 h（N42SH）；N45UH 為 1070 ℃ 保溫 6 h。燒結完成充氬氣風冷。
- 一級回火 890 ℃ × 2.5 h；二級回火 490 ℃ × 4 h，依方形度結果在 470~510 ℃ 間微調。
- 目標：密度 ≥ 7.55 g/cm³，燒結後含氧量 ≤ 1800 ppm，碳 ≤ 800 ppm。

5.4 張顧問對本公司試產線之建議
1. 氣流磨系統須加裝線上氧分析儀，並於加料口加裝氮氣置換倉。
2. 燒結爐熱電偶位置過於靠近加熱器，實際料溫會比顯示值低 10~15 ℃，建議先做九點測溫。
3. 試產初期以 N42SH 單一牌號進行，穩定後再導入 UH 牌號。
4. 張顧問表示，依大陸 10 月起之新規定，其後續到台灣現場指導可能需取得許可，請本公司法務先行確認。

六、費用

機票（三人）NT$ 54,600；住宿 7 晚 × 3 間 NT$ 63,000；高鐵、計程車 NT$ 8,200；展會門票 NT$ 0（預先登記）；
餐敘及顧問費依合約另計；合計 NT$ 125,800（不含顧問費）。單據另附。

七、結論與建議

1. 供應鏈：建議 2026 年維持 A、B 兩家供應商雙軌，UH 以上牌號提前 10 週下單。
2. 試產線：依第五節張顧問建議修訂製程規範草案（RD-PS-011），並於 10 月底前完成燒結爐測溫。
3. 法務：請法務處確認顧問後續來台指導及技術資料傳遞之合規風險。
4. 表面處理：蘇州兩家協力廠中，C 廠電泳線較佳，建議送樣測試。

報告人：林冠宇　2025/9/24
"""
report16 = t
legal16 = """各位好：

法務處針對林工程師出差報告第五節及第七節第 3 點之意見如下，供參：

1. 中國商務部 2025 年第 62 號公告（10 月 9 日發布、即日施行）將稀土開採、冶煉分離、金屬冶煉、磁材製造
   及二次資源回收利用之相關技術及其載體（含設計圖紙、製程規範、製程參數、加工程式、模擬數據等）列入
   出口管制，並將「技術傳授、諮詢、聘用、聯合研發」等形式之提供均視為出口。
2. 張顧問於 9/17 口述並經其確認之氣流磨、成型、燒結及回火參數，若依上述公告，屬「磁材製造」之製程參數。
   交流時間點早於公告施行日，惟後續若再由張顧問提供類似資料或來台現場指導，張顧問本人（中國公民）可能
   須事先取得許可，本公司亦可能被視為協助違規之相對人。
3. 建議：(a) 暫停與張顧問之新技術交流，待其確認是否申請許可；(b) 報告第五節已列為機密，限研發處閱覽，
   請勿再轉寄至集團日本母公司或外部廠商；(c) 顧問合約增列合規條款，由顧問聲明其提供之內容已取得必要許可
   或屬公開資訊；(d) 後續與供應商往來之技術問卷，避免要求對方提供製程參數。
4. 本公司向大陸採購之燒結磁石成品、氧化鐠釹原料，不屬本次技術管制範圍，惟 61 號公告涉及境外再出口之
   規定將自 12/1 起施行，採購處請留意供應商是否要求簽署最終用戶聲明及《合規告知書》。

以上意見如有疑問，歡迎來電討論（分機 2305）。

法務處 鄭雅雯
"""
boss16 = """總經理好：

附上林冠宇 9 月份寧波、上海出差報告供參。重點：
(1) 兩家供應商 2026 年供貨量無虞，但 UH 以上牌號交期拉長至 8~10 週；
(2) 張顧問提供之製程建議已納入試產線規範修訂（第五節）；
(3) 法務合規問題已會簽法務處，鄭經理會另行回覆。

研發處 處長 吳俊賢
"""
H_L = "寄件者: 鄭雅雯 <yw.cheng@tymotor.com.tw>\n寄件日期: 2025年10月15日 下午 04:58\n收件者: 吳俊賢; 總經理室\n副本: 林冠宇; 黃志明\n主旨: RE: FW: 出差報告 RD-TR-2025-087\n\n"
H_B = "寄件者: 吳俊賢 <jx.wu@tymotor.com.tw>\n寄件日期: 2025年9月26日 上午 09:15\n收件者: 總經理室\n副本: 鄭雅雯; 林冠宇\n主旨: FW: 出差報告 RD-TR-2025-087\n\n"
H_O = "寄件者: 林冠宇 <ky.lin@tymotor.com.tw>\n寄件日期: 2025年9月24日 下午 06:20\n收件者: 吳俊賢\n主旨: 出差報告 RD-TR-2025-087（寧波/上海 9/14-9/21）\n\n"
orig16 = "處長好，附上出差報告全文如下，單據正本已交行政。\n\n" + report16
OM = "\n\n-----Original Message-----\n"
SEP = "\n----------------------------------------------------------------\n"
t = ("=== Outlook 對話匯出（共 3 封）===\n主旨：RE: FW: 出差報告 RD-TR-2025-087（寧波/上海 9/14-9/21）\n匯出者：林冠宇　匯出時間：2025/10/15 17:42\n"
     + SEP + "[1/3]\n" + H_L + legal16 + "\n" + DISC_TW + OM + H_B + boss16 + OM + H_O + orig16
     + SEP + "[2/3]\n" + H_B + boss16 + "\n" + DISC_TW + OM + H_O + orig16
     + SEP + "[3/3]\n" + H_O + orig16 + "\n" + DISC_TW + "\n")
add("pl-016.txt", t, L("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "email", "zh",
    "Taiwan conversation export: legal/management mails plus trip report whose section 5 records a mainland consultant's jet-mill, pressing, sintering and tempering parameters."))

# ---------------------------------------------------------------- 017
b = """Khun Somchai，您好！

上周贵司新装的 VSF-600 真空烧结炉的问题，我们研究了一下，决定派设备部的刘师傅 11 月 10 日到罗勇现场，
待 5 天，帮你们把炉子重新调试一遍。他去之前请你们准备好以下几件事，免得到了现场干等：

一、到场前准备
1. 炉子保持冷态，炉门可以打开；准备 9 支 K 型热电偶（带补偿导线）和一台多路记录仪，用于九点测温。
2. 氦质谱检漏仪如果没有，请提前租一台。
3. 准备一炉假料（废磁体或者钢块）约 150 kg，摆放和正式生产一样。
4. 冷却水：进水温度不高于 30 ℃，压力 0.2~0.3 MPa，流量按炉子铭牌要求，请先测一下。

二、刘师傅现场要做的事（大概顺序）
1. 检漏：冷态抽真空，极限真空应好于 5×10^-4 Pa；关闭阀门后测压升率，合格标准是不大于 0.5 Pa/h。
   你们现在测的是 3 Pa/h，肯定有漏点，重点查炉门密封圈、热电偶穿墙件、扩散泵阀门。
2. 检查加热体和隔热屏：钼带有没有变形、搭接处有没有打火痕迹，绝缘瓷件有没有裂。
3. 九点测温：空炉加假料，分别在 600 ℃、900 ℃、1060 ℃ 三个温度点保温，测炉温均匀性，
   合同要求 ±5 ℃。如果超差，调整三个加热区的功率分配比例和控温热电偶位置。
4. PID 整定：升温到设定值时超调不大于 3 ℃。你们反映说 1060 ℃ 保温时炉温在 1052~1068 ℃ 之间来回摆，
   估计就是 PID 没调好。
5. 风冷系统：充氩到 80 kPa，风机启动，检查从 1060 ℃ 冷到 200 ℃ 的时间，应该在 90 分钟以内。
6. 最后用你们的正常工艺走一炉，按你们自己的工艺曲线，刘师傅只看设备是否达到设定，不改工艺。

三、需要你们配合的
- 一名电工、一名设备维修工全程配合；
- 刘师傅不懂泰语和英语，请安排中文翻译；
- 现场用到的备件（密封圈、热电偶）按附件清单，费用另计。

另外，按公司要求，刘师傅这次只做设备调试和维修，工艺方面的问题请不要在现场问他，工艺交流要另外走流程，
请理解。

有问题随时联系我。

刘 洋
售后服务部 经理
浙江某真空设备有限公司
手机：186-xxxx-2217

""" + DISC_ZH
add("pl-017.eml", eml(A("刘洋", "liuyang@zj-vacfurnace.com"), A("Somchai P.", "somchai@siam-magnetics.co.th"),
    "关于VSF-600真空烧结炉现场调试安排（11月10日）", "Mon, 3 Nov 2025 14:20:05 +0800", b, fname="017"),
    L("controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", "zh",
      "Furnace supplier plans on-site commissioning of a Thai magnet plant's sintering furnace: leak-rate limits, nine-point survey, PID tuning, cooling check; process only as reference."))

# ---------------------------------------------------------------- 018
t = """主题：【机会】海外稀土分离项目 - 萃取工艺工程师（马来西亚/澳洲，年薪 60~90 万）

王工您好，

我是猎头公司 Apex Talent 的顾问 Cindy，冒昧打扰。在领英上看到您在江西某稀土分离企业做了 8 年萃取车间工作，
我们有一个海外岗位，想和您简单聊聊看有没有兴趣。

客户情况：一家澳洲上市的稀土公司，正在马来西亚建设分离厂，计划 2027 年投产。

岗位：Senior Process Engineer - Solvent Extraction
- 汇报对象：Plant Manager（澳洲籍）
- 工作地点：马来西亚关丹，每 8 周回国休假 2 周
- 要求：化工/冶金本科以上，5 年以上稀土萃取车间经验，英语可以日常沟通
- 待遇：年薪人民币 60~90 万（税前），外加住房、保险、往返机票

需要说明的是，客户的法务部门特别提醒：由于中国 2025 年 10 月发布的出口管制规定，中国籍员工在境外提供
相关技术可能需要事先取得许可。客户会在录用前让候选人与其法律顾问沟通，确认合规路径，
并不会要求候选人带任何前雇主的资料。

如果您有兴趣，方便的话这周找个时间电话聊 15 分钟？也欢迎推荐身边的朋友。

Cindy Wu
Senior Consultant, Mining & Metals
Apex Talent Search (Shanghai) Co., Ltd.
微信/手机：135-xxxx-0876
"""
add("pl-018.txt", t, L("clear", [], [], [], "email", "zh",
    "Recruiter mail for an overseas SX engineer role; job description and compliance caveat, no process content.", hard=True))

# ---------------------------------------------------------------- 019
b = """Amy：

关于下周那批出口德国的钕铁硼磁钢（合同号 ZJ-DE-2025-112），报关这边需要你们业务补齐以下资料，
周三前给我，不然赶不上周五的船：

1. 商业发票、装箱单：品名写"烧结钕铁硼永磁体"，规格型号写到牌号和尺寸（N48H，40×20×5 mm，镀镍），
   数量 12,000 片，净重 360 kg。
2. HS 编码：8505111000（金属制永磁铁）。请注意不要写成 8505119000。
3. 申报要素：用途（伺服电机转子用）、材质（钕铁硼）、是否充磁（未充磁）、品牌（无品牌）。
4. 危险品：未充磁的磁钢空运需要出具磁性物品检测报告（非限制性运输证明），这次走海运，不需要，
   但请确认客户没有改空运。
5. 两用物项：我跟海关和外贸公司都确认过了，成品磁体目前需要看具体的性能指标和最终用户。
   请客户填写最终用户和最终用途说明（中英文，盖章签字），我们这边准备《合规告知书》随货。
   如果被判定需要两用物项出口许可证，申请周期大概 45 个工作日，这批就来不及了，要提前和客户沟通。
6. 原产地证：客户要 FORM A 还是一般原产地证？德国现在用的是一般原产地证（C/O）。

另外，上次那批去越南的货，海关查验了两天，是因为申报品名写的"磁铁"太笼统，这次务必写清楚。

谢谢！
王敏
报关部
"""
add("pl-019.eml", eml(A("王敏", "wangmin@zj-magexport.com"), A("Amy Xu", "amy.xu@zj-magexport.com"),
    "出口德国钕铁硼磁钢报关资料（ZJ-DE-2025-112）", "Mon, 20 Oct 2025 11:02:40 +0800", b, fname="019"),
    L("clear", [], [], [], "email", "zh",
      "Customs paperwork for exporting NdFeB magnets (HS code, declaration elements, end-user statement); no technology.", hard=True))

# ---------------------------------------------------------------- 020
t = """# JV Tech Meeting #7 - 会议记录 / Minutes

- **Date:** 2025-09-30, 09:00-11:30 (Beijing) / 10:00-12:30 (Seoul)
- **Place:** Teams
- **Attendees:** 赵总、钱工（工艺）、孙工（质量）；Mr. Park, Dr. Lee (Korea side)
- **Minute taker:** 钱工

## 1. 上次会议 action items 回顾
- [x] 韩方寄 2 kg 高丰度合金试样 → 已收到
- [ ] 中方提供 Ce 磁体工艺路线说明 → 本次会议口头讲解（见第 3 项）
- [ ] Dr. Lee 安排韩国客户试用 → 等样品

## 2. Market / 市场
Mr. Park: 韩国家电压缩机客户对 N35~N38 级别、价格比 N38 低 15% 的磁体很有兴趣，主要是 cost down。

## 3. 铈磁体工艺 (Ce-substituted sintered magnet) - 钱工讲解

钱工讲的要点（Dr. Lee asked to record numbers in English as well）:

- **成分 composition:** Ce replaces 25% of total RE, i.e. (Pr,Nd)22.5 Ce7.5 wt% roughly, B 0.98, Co 1.0, Cu 0.15,
  Ga 0.2, Al 0.2, Fe bal. 再高到 35% 以上 HcJ 掉得太厉害。
- **双主相 dual main phase:** 不要把 Ce 直接熔在一个合金里。做两种合金：A 合金不含 Ce（PrNd 30%），
  B 合金含 Ce 高（Ce 占 RE 50%），分别速凝、氢破，在气流磨前按 1:1 混粉。这样烧结后保留两种主相，
  比单合金 HcJ 高 1.5~2 kOe。
- **La 添加:** B 合金里加 La 约 RE 的 5%，抑制 CeFe2 相生成。CeFe2 多了 Br 和方形度都差。
- **strip casting:** 铜辊线速度 1.3 m/s，片厚 0.25~0.3 mm；B 合金熔点低，浇注温度比 A 合金低 30 ℃，约 1420 ℃。
- **jet mill:** D50 3.5 µm（比普通 N38 略粗一点也可以），O2 < 50 ppm。
- **sintering 烧结:** 1030~1040 ℃ × 4 h，比不含 Ce 的低 20~30 ℃。温度高了两种主相会互扩散，双主相就没了。
- **ageing 回火:** 一级 880 ℃ × 2 h；二级 460~480 ℃ × 3 h。Ce 磁体二级回火温度要比常规低，这一点很关键。
- **expected 性能:** Br 12.2~12.5 kG, HcJ 11~12.5 kOe, (BH)max 35~37 MGOe.

Dr. Lee 问能否把工艺卡发给他们。赵总说工艺卡不能发，需要先确认出口许可问题，今天讲的内容请韩方仅限内部参考。

## 4. Next steps
| # | Action | Owner | Due |
|---|---|---|---|
| 1 | 中方试做 2 炉 25% Ce 双主相样品，测性能 | 钱工 | 10/20 |
| 2 | 韩方提供压缩机转子磁体尺寸图 | Mr. Park | 10/10 |
| 3 | 法务确认技术交流是否需要许可 | 赵总 | 10/15 |
"""
add("pl-020.md", t, L("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "other", "mixed",
    "Bilingual JV minutes recording Ce-substituted dual-main-phase NdFeB recipe, strip casting, milling, sintering and ageing values given to Korean partner."))

# ---------------------------------------------------------------- 021
b = """Hi Jake,

Sorry for the slow reply, I was travelling. Happy to hear the first reduction run gave you metal at all -
most people do not get that far. Your problem (Ca and O high, poor slag separation) is classic. Here is how
we ran the terbium reduction at my old plant, in normal words:

Feed
- TbF3, dried: 2 h at 300 C under vacuum, then keep in argon. Oxygen in the fluoride must be below 0.1%,
  otherwise you get TbOF and the slag will not separate.
- Calcium: redistilled granules, 10-15% excess over stoichiometry (3 Ca per 2 TbF3). You used 30% excess -
  that is why your Ca is 1.5% in the metal.

Crucible and furnace
- Tantalum crucible, 1 mm wall, with a loose Ta lid. Do not use Mo for Tb, it gets attacked.
- Induction furnace, evacuate to 10^-2 Pa, then backfill with high purity argon to ~0.05 MPa.

Heating
- Heat slowly to 600 C and hold 30 min (outgassing), then up to 1000 C where the reaction starts (you
  will see a temperature jump of 50-100 C, that is the exotherm).
- Continue to 1500-1550 C - you need to be above the melting point of CaF2 (1418 C) and Tb (1356 C) so that
  the metal and slag separate by gravity. Hold 15-20 min. Longer only increases Ta pick-up.
- Cool in the furnace under argon.

After reduction
- Break the crucible open, knock off the CaF2 slag.
- Remelt the metal button in vacuum (better than 5x10^-3 Pa) at 1600-1650 C for 30-40 min to boil off
  the residual Ca. After that Ca < 0.05% is normal.
- If you need 99.9% plus, do vacuum distillation at ~1700 C (Tb sublimes slowly, condenser at 1000 C).
  Yield for reduction + remelt should be 95-97%.

Same for Dy, but Dy is volatile - keep the remelt shorter and a bit cooler (1500 C), or you lose metal.

Good luck, and let me know how the next run goes. Please don't circulate this note outside your group.

Cheers,
Chen
--
Dr. Chen Jun (retired)
Sent from my iPhone

On 12 Oct 2025, at 06:31, Jake Morrison <jake.morrison@redgumresources.com.au> wrote:

> G'day Dr Chen, we finally did our first Tb reduction on the pilot. Got a metal button, but Ca is 1.5%,
> O 0.4% and the slag was stuck to the metal everywhere. We used 30% excess Ca and went to 1450 C for
> an hour. Any idea what went wrong? Cheers, Jake
"""
add("pl-021.eml", eml(A("Chen Jun", "chenjun1958@qq.com"), A("Jake Morrison", "jake.morrison@redgumresources.com.au"),
    "Re: First Tb reduction run", "Tue, 14 Oct 2025 22:48:19 +0800", b, fname="021"),
    L("controlled", ["1E902.a"], ["metal-smelting"], [], "email", "en",
      "Retired Chinese expert e-mails Australian pilot the calciothermic TbF3 reduction recipe: Ca excess, Ta crucible, temperatures, remelt and distillation."))

# ---------------------------------------------------------------- 022
t = """------------------ 回复 ------------------
发件人：周律师 <zhou@jh-lawfirm.cn>
时间：2025年10月21日 16:32
收件人：李总 <lizong@gx-rematerials.com>
抄送：合规专员 何颖
主题：回复：技术出口许可申请流程咨询

李总您好，

您提的问题答复如下：

1. 谁来申请？出口经营者，也就是贵公司（技术的提供方）。外方合作伙伴不能替你们申请。
2. 在哪里申请？商务部两用物项出口许可审批系统（网上申报），需先办理企业用户注册和数字证书。
3. 需要什么材料？
   (1) 申请表；
   (2) 技术出口合同或意向书的副本；
   (3) 技术说明，按第 62 号公告附件 1《转移或者提供受出口管制技术情况说明》填写指南的要求填写，
       内容包括技术名称、技术的主要用途、技术指标概述、提供方式（资料、培训、现场服务等）；
   (4) 最终用户和最终用途证明；
   (5) 商务部要求的其他材料。
   注意：情况说明里要概括说明技术属于哪个环节（例如"冶炼分离"），不需要也不应当把工艺参数全文附上，
   审批机关需要时会另行要求。
4. 时限：一般 45 个工作日内作出决定，涉及重大事项的可能更长。
5. 外方派人来中国厂里参观培训算不算出口？算。62 号公告明确"在境内向境外组织或个人提供"也属于出口，
   要按附件 2 提交《在境内提供受出口管制技术情况说明》。
6. 已经签了的合同怎么办？在拿到许可之前暂停技术资料的交付和现场技术服务，设备、原料按普通货物管理。

建议贵公司先做一次内部梳理：哪些资料属于工艺规范、工艺参数、设计图纸，分别由谁保管、以什么方式发出过，
这个清单对后续申请和应对检查都有用。

周 律师
锦华律师事务所

------------------ 原始邮件 ------------------
发件人：李总
时间：2025年10月20日 09:15
主题：技术出口许可申请流程咨询

周律师：我们和印尼一家公司签了技术服务合同，帮他们建分离厂。看了商务部的公告，想问一下具体怎么申请许可，
要什么材料，多长时间，已签合同怎么处理。谢谢。
"""
add("pl-022.txt", t, L("clear", [], [], [], "email", "zh",
    "Lawyer explains the export-licence application procedure for separation technology; no technical content.", hard=True))

# ---------------------------------------------------------------- 023
b = """吳協理您好：

上週您在電話裡問到速凝片和氫碎的問題，這裡用文字整理一下，方便貴司工程師參考。我們的經驗如下：

【速凝（甩帶）】
1. 熔煉：真空感應爐 600 kg，抽真空到 1 Pa 以下後充氬氣至 40~50 kPa 再熔化，防止鐠釹揮發和氧化。
   熔清後精煉 5~8 分鐘。
2. 澆注溫度 1440~1460 ℃。溫度太低會堵中間包，太高片子容易出現 α-Fe 枝晶。
3. 銅輥線速度：1.2~1.5 m/s（輥徑 600 mm 大約 40~48 rpm）。我們 N52 用 1.3 m/s，SH 系列用 1.4 m/s。
4. 片厚控制在 0.25~0.35 mm，斷面上柱狀晶要貫穿，富釹相間距 3~4 µm 最好。片子太厚（> 0.4 mm）
   靠自由面那邊會出現等軸晶和 α-Fe。
5. 冷卻水：輥內冷卻水進水溫度 25~30 ℃，流量要穩；甩出的片子落在二次冷卻盤上，用氬氣冷到 100 ℃ 以下
   才出爐。

【氫碎（HD）】
1. 速凝片裝入氫碎爐旋轉料筒，每爐 500 kg。
2. 抽真空後通入氫氣，壓力 0.15~0.20 MPa，室溫吸氫，吸氫會放熱，料溫升到 80~100 ℃ 是正常的，
   吸氫時間約 1.5~2 小時，直到壓力不再下降。
3. 脫氫：抽真空並加熱到 550 ℃，保溫 5 小時，真空度回到 10 Pa 以下即可。脫氫溫度不要超過 600 ℃，
   否則主相晶粒會長大。
4. 冷卻後在氮氣保護下出料，粗粉粒度大約 100~300 µm，含氫量 1000~1500 ppm（留一點氫對氣流磨有好處）。

貴司說的「片子發脆不夠、氫碎後大顆粒多」，我判斷是輥速太慢、片子太厚，建議先把輥速提高到 1.35 m/s 看看。

如有需要，下次來寧波可以到我們廠看看（生產區可能要公司批准）。

耑此 敬頌
商祺

徐建華
寧波某磁業 技術部

""" + DISC_TW + """

-----Original Message-----
From: 吳佩珊 <ps.wu@chengyu-mag.com.tw>
Sent: Friday, October 17, 2025 2:30 PM
To: 徐建華 <xjh@nb-cimag.com>
Subject: 請教速凝片與氫碎問題

徐經理您好：我們新竹廠的速凝片厚度 0.4~0.5 mm，氫碎後大顆粒很多，氣流磨效率低。想請教貴司的速凝及氫碎條件，
謝謝！ 吳佩珊 協理 承裕磁材
"""
add("pl-023.eml", eml(A("徐建華", "xjh@nb-cimag.com"), A("吳佩珊", "ps.wu@chengyu-mag.com.tw"),
    "RE: 請教速凝片與氫碎問題", "Wed, 22 Oct 2025 09:14:50 +0800", b, b64=True, fname="023"),
    L("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "email", "zh",
      "Mainland engineer gives Taiwan partner strip-casting (pour temp, wheel speed, flake thickness) and hydrogen decrepitation parameters in traditional Chinese."))

# ---------------------------------------------------------------- 024
t = """微信聊天记录
与「刘姐-湿法冶金」的聊天
导出于 2025-10-11

2025-10-10 19:32 小林：刘姐，请教个问题，我们刚果那个钴厂，P507 萃钴的时候镁跟着进去太多，有什么办法？
2025-10-10 19:40 刘姐：你们用的是 P507 还是 Cyanex 272？钴镍分离 272 的选择性好很多，镁的共萃少
2025-10-10 19:41 小林：P507，272 太贵了
2025-10-10 19:45 刘姐：那就控制 pH。P507 萃钴平衡 pH 4.5~5.0，镁在 5 以上萃得多。你们现在末级 pH 多少？
2025-10-10 19:46 小林：5.3 左右
2025-10-10 19:48 刘姐：高了。降到 4.8，钴回收率会掉一点，多加两级萃取补回来。另外负载有机相用钴溶液洗涤，
                    洗涤液 Co 20~30 g/L，把镁置换下来
2025-10-10 19:50 小林：明白。皂化率我们是 45%
2025-10-10 19:52 刘姐：钴系统可以，镍钴料液的话 40%~50% 都常见。皂化用液碱注意温度
2025-10-10 19:55 小林：还有锌厂那边，D2EHPA 萃锌反萃以后铁在有机相里越积越多
2025-10-10 20:01 刘姐：铁是三价铁在 D2EHPA 里很难反萃，要定期抽一部分有机相用 6 mol/L 盐酸专门反铁，
                    或者源头上先把铁除掉，针铁矿法除铁做好，料液 Fe < 5 mg/L 就不会积累
2025-10-10 20:03 小林：好的，谢谢刘姐！锂那个项目下次再请教
2025-10-10 20:04 刘姐：锂的话盐湖还是锂辉石？
2025-10-10 20:05 小林：锂辉石，硫酸法
2025-10-10 20:08 刘姐：行，周末再说。硫酸化焙烧 250 度那段你先把料酸比的数据整理好
2025-10-10 20:09 小林：好嘞🙏
"""
add("pl-024.txt", t, L("clear", [], [], [], "other", "zh",
    "Chat about cobalt/magnesium P507 extraction and iron build-up in zinc D2EHPA circuits; same reagents, no rare earths.", hard=True))

# ---------------------------------------------------------------- 026
t = """【微信】韩工 → Mr. Nguyen（越南）2025-10-18

韩工：气流磨那个你记一下
韩工：氮气含氧 ≤ 30 ppm，研磨压力 0.68 MPa，分级轮 4000 转
韩工：D50 做到 3.1 µm，SH 的 3.0
韩工：加料前粗粉加 0.06% 润滑剂，混 2 小时
韩工：超细粉别回用，旋风后面那桶单独收
韩工：出料马上装罐充氮，48 小时内压完
Mr. Nguyen：OK thank you 韩工！
韩工：别转发哈
"""
add("pl-026.txt", t, L("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "zh",
    "Short WeChat messages to Vietnamese partner with NdFeB jet-mill O2 limit, pressure, classifier speed, D50 and lubricant dose."))

# ---------------------------------------------------------------- 025
sig_an = """Anand Krishnamurthy
Director - Projects
Coromandel Rare Materials Pvt. Ltd.
Plot 41, SIPCOT Industrial Park, Gummidipoondi, Tamil Nadu 601201, India
Tel: +91 44 27xx xxxx | Mob: +91 98400 xxxxx"""
sig_ma = """马振东 Ma Zhendong
高级工程师 (退休) / Senior Engineer (retired)
WeChat: mzd_1961 | Tel: +86 139 xxxx 0418"""
DISC_IN = """DISCLAIMER: The information contained in this electronic message and any attachments is intended for
the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information.
If you are not the intended recipient, you should not disseminate, distribute or copy this e-mail. Please
notify the sender immediately and destroy all copies of this message and any attachments. WARNING:
Computer viruses can be transmitted via email. The recipient should check this email and any attachments
for the presence of viruses. Coromandel Rare Materials accepts no liability for any damage caused by any
virus transmitted by this email. www.coromandel-rm.in"""
e6 = """Dear Mr Ma,

Good morning. Hope you reached home safely after the Delhi conference.

Just a few housekeeping points before the December visit:
1. The e-visa invitation letter is attached (signed by our MD). Please apply under "e-Business visa",
   not tourist; last time the immigration officer in Chennai asked many questions.
2. Your consultancy fee for October (USD 4,800) was remitted on 28 Oct; SWIFT copy attached. Our bank
   deducted the TDS at 10% as per the DTAA; the Form 16A will follow in January.
3. Accommodation will again be at the guest house in Gummidipoondi. Vegetarian and non-vegetarian food
   both available; our cook has learnt to make noodles for you :)
4. Mr. Ravi from our purchase team asks whether you can help identify a supplier in China for 2 pcs
   spare mixer motors (0.75 kW, flameproof). Only the supplier name is needed, we will buy ourselves.

On the technical side, the Dy/Tb cascade has been running steadily since your last mail, thank you
again. Our chemists are very happy with the Tb4O7 purity (99.95% last three lots).

Also, our company secretary asked me to check with you about the new Chinese notice on rare earth
technology. Please let me know whether anything is needed from our side so that your December visit is
fine under your rules. We do not want to create any problem for you.

Warm regards,
""" + sig_an + "\n\n" + DISC_IN
e5 = """Anand 先生您好，

谢谢您的邮件和汇款，已收到。关于 visa 我下周去办。

关于新规定的问题，我正在问北京的朋友，也准备咨询律师。我个人的理解是，从 10 月 9 日开始，像我这样给境外企业
提供稀土分离方面的技术咨询，需要先申请许可。在弄清楚之前，我建议 12 月的行程先放一放，技术问题也暂时不要
再发给我，请理解。

Spare motor: 可以联系浙江的几家防爆电机厂，我把名字微信发给 Ravi。

祝好
""" + sig_ma
e4 = """Dear Mr Ma,

Thank you very much for the detailed reply below. We have implemented your suggestions from 1 Oct and the
results look good. Attached is the lab summary for the last 10 days (stages 10, 20, 30 ... 70).

One small question: our night-shift operator reduced the scrub flow by 10% without informing anybody and
Tb in the Dy product went up to 0.3%. We have corrected it. Please let me know if there is any other
parameter they should never touch without approval - we want to put a list on the board in the control
room.

Regards,
""" + sig_an
e3 = """Anand 先生，

不用客气。Control room 那张表可以这样写（不能随便动的）：皂化度、洗酸浓度和流量、进料流量和浓度、
反萃酸浓度。其他的（搅拌转速、界面高度）班长可以在范围内调。

Regards
""" + sig_ma
e2 = """Dear Mr Ma,

Further to our WhatsApp call yesterday, please find below the situation of our heavy rare earth line.

Feed: chloride solution from our xenotime/monazite middlings after the LREE removal, total REO about
0.9 mol/L, mainly Gd, Tb, Dy, Ho, Y. Our target is to produce Tb4O7 > 99.9% and Dy2O3 > 99.5%.

We built 70 mixer-settlers (each 200 L mixer) following the design from the European consultant, but
the products are not meeting spec. Tb in the Dy product is around 1.5%, Dy in the Tb product 2%.
Strip is also a problem: the organic comes back loaded, and we see Ho and Y in the Dy stream.

Could you advise how you would set up the cascade with our 70 stages? We will follow your advice
strictly.

Regards,
""" + sig_an
e1 = """Anand 先生，

你们的问题主要有三个：级数分配不对、皂化度太高、反萃酸不够。我按你们现有的 70 级给一个建议，
中英文都写，方便你们的化学师看。

1. 体系 system
   P507 1.0 mol/L in sulfonated kerosene（重稀土用 1.5 mol/L 太浓，反萃困难，你们现在就是这个问题）。
   皂化度 saponification 30%~32%（约 0.30~0.32 mol/L），不要超过 35%，重稀土萃取能力强，
   皂化高了 scrub 段压不住。用氨水皂化，温度 < 35 ℃。

2. Tb/Dy 分离 (cut between Tb and Dy)
   β(Dy/Tb) about 2.0 in this system，理论上不需要太多级，但你们的料液 Gd 多，要先把 Gd 分走。
   建议把 70 级分成两段：
   - 第一段 Gd/Tb 分组：萃取 12 级，洗涤 14 级，共 26 级。料液进第 12 级。
     洗酸 2.0 mol/L HCl。流比 organic : feed : scrub = 8 : 1 : 1.2。
     萃余液出 Gd（及更轻的），有机相带 Tb 以后的重稀土。
   - 第二段 Tb/Dy 分离：萃取 16 级，洗涤 20 级，共 36 级。
     第一段的负载有机相用 2.5 mol/L HCl 反萃 4 级得到 Tb-Dy-Ho-Y 料液，调到 0.6 mol/L 进第二段。
     洗酸 2.8 mol/L HCl，流比 organic : feed : scrub = 10 : 1 : 1.5。
     萃余液出 Tb（Tb4O7/REO > 99.9%），有机相带 Dy、Ho、Y。
   - 剩下 8 级做反萃：用 4.5~5 mol/L HCl，O/A = 10 : 1，反萃 6 级，最后 2 级用 6 mol/L HCl 洗有机相。
     Dy 和 Ho、Y 的分离以后再做，现在的 Dy 产品先按 Dy-Ho 富集物处理，要 99.5% Dy2O3 还要再加 40 级左右。

3. 温度 temperature：萃取段保持 25~30 ℃。你们那里夏天 40 ℃，有机相分相会快但是选择性下降，
   建议料液和洗酸加冷却。

4. 平衡 equilibrium：按这个流比改完以后，先全回流 5 天，每天测第 10、20、30、40、50、60 级
   水相 Tb/(Tb+Dy)，曲线稳定以后再出产品。

5. 如果 Tb 产品里 Dy 超：先把洗酸流量加 5%，还不行皂化度降 0.01 mol/L。
   如果 Dy 产品里 Tb 超：反过来。每次只调一个，等 24 小时。

你们按这个先跑，有问题再联系。

""" + sig_ma
H = lambda f, s_, t_, sub: "\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n" % (f, s_, t_, sub)
AN = "Anand Krishnamurthy <anand.k@coromandel-rm.in>"; MA = "Ma Zhendong <mzd1961@126.com>"
body = (e6 + H(MA, "Monday, November 3, 2025 8:40 PM", AN, "回复: RE: RE: HREE cascade - help needed") + e5
        + H(AN, "Friday, October 10, 2025 11:05 AM", MA, "RE: RE: HREE cascade - help needed") + e4 + "\n\n" + DISC_IN
        + H(MA, "Thursday, October 9, 2025 9:30 PM", AN, "回复: RE: HREE cascade - help needed") + e3
        + H(AN, "Sunday, September 28, 2025 6:12 PM", MA, "RE: HREE cascade - help needed") + "Dear Mr Ma, thank you! We will start on 1 October. Regards, Anand\n\n" + DISC_IN
        + H(MA, "Saturday, September 27, 2025 10:48 PM", AN, "回复: HREE cascade - help needed") + e1
        + H(AN, "Wednesday, September 24, 2025 4:20 PM", MA, "HREE cascade - help needed") + e2 + "\n\n" + DISC_IN)
add("pl-025.eml", eml(A("Anand Krishnamurthy", "anand.k@coromandel-rm.in"), A("Ma Zhendong", "mzd1961@126.com"),
    "RE: 回复: RE: RE: HREE cascade - help needed / December visit", "Tue, 4 Nov 2025 09:31:27 +0530", body, fname="025"),
    L("controlled", ["1E902.a"], ["separation"], [], "email", "mixed",
      "Long Indian thread about visa/fees; older quoted message near the bottom gives a P507 Gd/Tb and Tb/Dy cascade layout, saponification, acid strengths and flow ratios."))

# ---------------------------------------------------------------- 027
b = """Hello Grace,

I am sorry to write again about the same topic but shipment #3 (PO 4500017732, 6,000 pcs N42SH segments)
arrived yesterday at our Monterrey plant with the following problems:

- Delivery was 19 days late against the confirmed date. Our line stopped for one shift and we had to
  pay overtime on Saturday. We will send a debit note for USD 3,450.
- Packaging: the magnets were packed in plain cartons without the steel shielding plates that are in our
  packaging spec (PS-MAG-02 rev C). The airline (air freight, as you changed the mode without telling us)
  held the cargo for two days for a magnetic field check. This is the main reason for the delay.
- 2 cartons were crushed; about 140 pieces chipped. Please replace them in the next shipment free of
  charge.
- The labels do not show the lot number, only the part number. We need lot traceability for our
  automotive customer.

Magnetic properties and coating thickness at incoming inspection were fine.

Please send an 8D by next Friday and confirm the packaging for shipment #4. Any change of transport mode
needs our written approval.

Best regards,
Luis Herrera
Supplier Quality Engineer
Norte Motores S.A. de C.V.
"""
add("pl-027.eml", eml(A("Luis Herrera", "lherrera@nortemotores.mx"), A("Grace Yu", "grace.yu@sz-magnetech.com"),
    "Shipment #3 N42SH segments - late delivery, packaging, damage", "Fri, 24 Oct 2025 17:02:11 -0600", b, fname="027"),
    L("clear", [], [], [], "email", "en",
      "Buyer complaint about late delivery, packaging and labelling of bought magnets; incoming inspection only.", hard=True))

# ---------------------------------------------------------------- 028
t = """# 技术改造建议书（讨论稿）

**项目：** 哈萨克斯坦 K 公司 稀土分离车间 产能提升及自动化改造
**编写：** 北京某工程咨询公司 冶金所 周工
**版本：** V0.3，2025-09-15

## 一、现状

1. 现有一条 P507-HCl 体系萃取线，两出口（La-Ce / Pr-Nd），共 90 级混合澄清槽（单级 1.5 m³），
   设计处理量 1,500 t REO/年，实际只有 1,100 t。
2. 流量靠手动阀门加转子流量计，皂化靠人工计算加碱，每班取样一次，化验周期 6 小时，调整滞后。
3. 产品 Pr-Nd 氧化物 (Pr+Nd)/REO 只有 98.5%，客户要求 99.5%。

## 二、改造方案

### 2.1 工艺：两出口改三出口

在现有 90 级基础上新增 40 级槽体（与原槽同规格），改为 La / Ce / PrNd 三出口（Ce 单独出，市场更好卖）：

| 段 | 级数 | 进料/洗酸 | 说明 |
|---|---|---|---|
| 萃取段 | 1~45 | 第 45 级进料，料液 1.45 mol/L | La 从萃余液出口 |
| 洗涤段 | 46~100 | 第 100 级进洗酸 4.2 mol/L HCl | 第 70 级开"中间出口"出 Ce |
| 反萃段 | 101~118 | 第 118 级进 5.8 mol/L HCl | 反萃液为 PrNd |
| 有机洗 | 119~130 | 6 mol/L HCl | 除铁，有机相返回皂化 |

- 皂化度：0.54 mol/L（液碱皂化改为氨皂化 + 钙皂转型，减少钠进入产品）。
- 流比（有机 : 料液 : 洗酸）：14 : 1 : 1.8。
- 中间出口 Ce 水相流量为料液流量的 0.35 倍，CeO2/REO ≥ 99%。

### 2.2 自动化

1. 所有进料改为电磁流量计 + 变频计量泵，DCS 闭环控制，流量波动 ≤ ±1%。
2. 在第 20、45、70、100 级安装在线 X 荧光分析仪，每 15 分钟一个数据，取代人工取样。
3. 皂化槽加在线 pH 和密度计，按有机相流量自动加碱。
4. 澄清室安装界面计，界面偏离 ±30 mm 报警。

### 2.3 安装和开车要点

1. 新增槽体安装：水平度 ≤ 2 mm/m，级间溢流口高差按 20 mm 逐级递减；连接前做 48 小时盛水试漏。
2. 新增级只装有机相和水（不装料液），与老线连通后先全回流 7 天。
3. 在线分析仪安装后用人工化验结果比对标定，误差 ≤ 0.3% 才能投自动。
4. 改造期间老线停车 25 天，停车时各级保持液位不排空。

## 三、投资估算
设备 560 万元，安装 120 万元，调试及技术服务 80 万元，合计 760 万元（不含税）。

## 四、备注
本建议书涉及工艺参数和改造方案，按客户要求仅供 K 公司董事会决策使用。对外提供前须完成出口许可手续。
"""
add("pl-028.md", t, L("controlled", ["1E902.a", "1E902.b"], ["separation"], [], "other", "zh",
    "Consultant retrofit/upgrade proposal for a Kazakh SX plant: new three-outlet cascade layout with acids and flow ratios (a) plus installation, automation and restart steps (b)."))

# ---------------------------------------------------------------- 029
t = """WhatsApp 對話匯出 - 「鋰項目」群組
2025/10/08

10:12 Kenneth Ho：各位早晨，澳洲嗰邊啲鋰輝石精礦下個月到，Li2O 6%，想確認吓硫酸法流程
10:15 梁博士：轉型焙燒 1050~1100 度，α轉β，之後冷卻磨細到 -200 目
10:16 梁博士：酸化焙燒 250 度，濃硫酸過量 30%~40%，焙燒 1 個鐘
10:18 Kenneth Ho：浸出呢？
10:21 梁博士：水浸，液固比 2.5:1，加石灰石中和到 pH 6 左右，再加石灰同碳酸鈉除鈣鎂
10:22 梁博士：淨化液蒸發濃縮到 Li 約 20 g/L，90 度加碳酸鈉沉碳酸鋰
10:24 Kenneth Ho：收率大概幾多？
10:26 梁博士：全流程 85%~88% 都算正常
10:27 Annie（採購）：碳酸鈉我哋用邊個供應商？上次嗰間貴咗好多
10:30 Kenneth Ho：Annie 你 check 吓天津嗰間，我 send 個 contact 俾你
10:31 Annie（採購）：OK 👍
10:40 梁博士：仲有，焙燒窯尾氣有 SO3，記得做洗滌塔，環保局會查
10:41 Kenneth Ho：收到，多謝梁博士！
"""
add("pl-029.txt", t, L("clear", [], [], [], "other", "zh",
    "Hong Kong (Cantonese) chat on spodumene sulfuric-acid lithium process; lithium hydrometallurgy, not rare earth.", hard=True))

# ---------------------------------------------------------------- 030
plan30 = """Mr. Tan，您好，

你们 3 号、5 号、7 号槽的问题我看了照片和记录，判断是石墨坩埚（槽膛）侵蚀穿了，需要大修，不是小修能解决的。
下面是我建议的大修和重新启动步骤，你们先准备，我到了以后现场指导。

一、停槽
1. 停槽前 4 小时停止加料，把槽里金属全部出干净。
2. 电流分两步降：先降到 3 kA 保持 30 分钟，再断电。
3. 断电后趁热（电解质还是液态）用铁勺把电解质舀到预热过的铁模里，尽量舀干净，冷了以后就挖不动了。
   舀出来的电解质破碎后化验，合格的可以回用。
4. 取出阴极（钨棒）、接金属的钼坩埚，检查钨棒直径，直径小于原来 80% 的报废。
5. 自然冷却 48 小时以上再拆槽。

二、拆槽检查
1. 拆除阳极及导电板，吊出旧石墨坩埚。
2. 检查钢壳有没有变形、烧穿，检查底部耐火砖、侧部捣打料。
3. 你们 5 号槽照片上看钢壳底部发红过，耐火层可能要全部更换。

三、重新筑槽
1. 底部：先铺 20 mm 硅酸铝纤维板，再砌两层高铝砖（错缝砌），砖缝 ≤ 2 mm，用耐火泥填满。
2. 放入新的石墨坩埚（与原规格相同：内径 Φ 650 mm，深 800 mm，壁厚 60 mm），找正，
   与钢壳同心度 ≤ 5 mm。
3. 坩埚与耐火层之间的缝隙用炭素捣打料分层捣实，每层 50 mm，捣实后密度 ≥ 1.6 g/cm³。
4. 安装导电排，石墨坩埚与导电排接触面用石墨纸垫好，接触电阻测量 ≤ 20 µΩ。
5. 钼坩埚放在槽底中央，下面垫石墨垫块找平。

四、烘槽和启动
1. 烘槽：在槽内放石墨电阻块（或者用两根石墨电极起弧），通电烘烤 24~36 小时，
   槽膛内温度从室温缓慢升到 800 ℃ 左右，升温速度不超过 30 ℃/h，让捣打料里的挥发分充分排出。
   升得太快捣打料会开裂，开裂后漏电解质。
2. 加电解质：先加 30% 的旧电解质（破碎后的块），起弧熔化，再分批加入新的氟化稀土和氟化锂，
   配比按你们原来的工艺（不变）。全部熔清大约 8 小时。
3. 插入阳极和阴极，电流从 2 kA 开始，每 2 小时升 1 kA，到正常电流（6 kA）。
4. 槽温达到你们原来的控制范围后开始少量加料，第一次出金属一般在通电后 10~12 小时，
   前 3 炉金属碳可能偏高，单独存放。
5. 启动后第一个星期每 4 小时记录一次槽电压、电流、槽温，发给我看。

五、大修周期建议
正常情况下石墨坩埚可以用 10~12 个月，你们 3 个槽都只用了 6 个月就穿了，主要原因是槽温控制太高
（记录里常常 1100 ℃ 以上），以及阳极离坩埚壁太近。大修后要注意。

六、需要提前准备的材料
石墨坩埚 3 个、高铝砖约 2 t、炭素捣打料 1.5 t、硅酸铝纤维板、石墨纸、钨棒 3 根（备用）、
钼坩埚 3 个、氟化锂 300 kg。

杨德明
"""
hr30 = """杨师傅您好，

我是公司人事部的小何。项目部说您同意去马来西亚帮客户做电解槽大修指导，这里跟您确认一下几件事：

1. 合同形式：以顾问协议形式签约，期限 2025 年 11 月 17 日至 12 月 31 日，约 6 周。
2. 报酬：每天人民币 2,500 元（税前），另外出差补贴每天 60 美元；往返机票、住宿由客户承担。
3. 保险：公司为您购买境外意外及医疗保险（保额 100 万元），请提供身份证复印件。
4. 体检：请在出发前 2 周做一次体检，报告交项目部。
5. 护照和签证：客户那边会发邀请函，商务签证由我们代办，请把护照首页扫描件发我。

另外，公司法务提醒：根据商务部 2025 年第 62 号公告，给境外稀土企业提供生产线维修、调试方面的技术服务
也属于管制范围，需要先申请许可。项目部已经在办，许可下来之前请您不要给客户发任何技术资料。
您之前发给 Mr. Tan 的那份大修方案（见下面转发的邮件），法务要求留档备查，我也附在下面了。

有问题随时联系我。

何静
人力资源部
电话：0472-xxxxxxx
"""
pm30 = """何静：

请和杨师傅确认一下顾问合同细节。他是我们电解车间退休的老师傅，干了 30 年，客户点名要他。
另外，他已经给客户发过一份大修方案（见下面），请转法务留档。这份东西以后不要再外发了。

项目部 孙伟
"""
tan30 = """Dear Mr. Sun,

Following our call, three of our eight 6 kA PrNd cells (No. 3, 5, 7) have a serious problem: the cell
voltage dropped suddenly last week, the bottom of the steel shell of No. 5 became red-hot, and electrolyte
is leaking through the ramming paste. We stopped No. 5 immediately; No. 3 and No. 7 are still running
but at 4 kA only.

Our local team has never done a full relining. The cells were installed by your company two years ago and
the original installation team has left. We would like to request one experienced technician to come and
supervise the overhaul of the three cells and the restart, about 5-6 weeks, starting mid-November.

Photos and the last 2 months of operating records are attached.

Best regards,
Tan Boon Huat
Operations Manager
Perak Rare Metals Sdn Bhd
"""
body = (hr30 + "\n" + DISC_ZH
        + "\n\n---------- 转发的邮件 ----------\n发件人：孙伟 <sunwei@bt-reequip.com>\n日期：2025年11月3日 周一 上午10:05\n主题：转发: Re: Cell overhaul support - Perak\n收件人：何静 <hejing@bt-reequip.com>\n\n"
        + pm30
        + "\n\n---------- 转发的邮件 ----------\n发件人：杨德明 <ydm1962@163.com>\n日期：2025年10月30日 周四 下午9:20\n主题：Re: Cell overhaul support - Perak\n收件人：Tan Boon Huat <bhtan@perak-rm.com.my>\n抄送：孙伟 <sunwei@bt-reequip.com>\n\n"
        + plan30
        + "\n> -----Original Message-----\n> From: Tan Boon Huat <bhtan@perak-rm.com.my>\n> Sent: Monday, October 27, 2025 3:12 PM\n> To: Sun Wei <sunwei@bt-reequip.com>\n> Subject: Cell overhaul support - Perak\n>\n" + q(tan30) + "\n>\n" + q(DISC_EN) + "\n")
outer30 = """法务部 赵律师：

按孙经理的要求，把杨师傅发给马来西亚客户的电解槽大修方案转给您留档，请您看一下：
(1) 这份方案是否属于 62 号公告里的"生产线维修"技术；
(2) 10 月 30 日发出时公告已经实施，是否需要补办手续或者向商务部说明。

原文在下面，谢谢。

何静
"""
rec30 = "\n".join(["Date       Cell  I (kA)  U (V)   T (C)   Metal (kg/shift)  Remark"] + [
    "%s  %s   %s    %s   %s    %s  %s" % r for r in [
    ("2025-10-13", "3", "6.0", "10.2", "1085", "  38.5", ""),
    ("2025-10-13", "5", "6.0", "10.6", "1105", "  36.0", "bath level low"),
    ("2025-10-13", "7", "6.0", "10.3", "1090", "  37.9", ""),
    ("2025-10-15", "3", "6.0", "10.4", "1095", "  37.2", ""),
    ("2025-10-15", "5", "6.0", "11.4", "1120", "  31.5", "sparking at busbar"),
    ("2025-10-15", "7", "6.0", "10.5", "1100", "  36.4", ""),
    ("2025-10-17", "3", "5.5", "10.9", "1110", "  33.0", "anode changed"),
    ("2025-10-17", "5", "5.5", "8.1",  "1060", "  24.0", "voltage drop 02:40"),
    ("2025-10-17", "7", "6.0", "10.8", "1105", "  35.1", ""),
    ("2025-10-19", "3", "5.0", "8.9",  "1075", "  27.4", "voltage unstable"),
    ("2025-10-19", "5", "0.0", "-",    "-",    "   -",   "STOPPED, shell red"),
    ("2025-10-19", "7", "5.0", "9.0",  "1080", "  28.0", "leak at bottom?"),
    ("2025-10-21", "3", "4.0", "8.4",  "1050", "  21.2", ""),
    ("2025-10-21", "7", "4.0", "8.5",  "1055", "  20.6", ""),
    ("2025-10-24", "3", "4.0", "8.2",  "1045", "  20.1", ""),
    ("2025-10-24", "7", "4.0", "8.6",  "1050", "  19.8", "")]])
tan30b = """Dear Mr. Sun, dear Mr. Yang,

Thank you for the quick reply and for agreeing to send Mr. Yang. As requested, here is the summary of our
operating records for the three cells over the last two weeks (copied from the shift log, one reading per
day shift). Full Excel files are in the shared folder.

""" + rec30 + """

Our local team will prepare the materials on the list as soon as we receive it. We have ordered the
graphite crucibles from the original supplier in Hunan; delivery is 4 weeks, so they should arrive in
the second half of November. Tungsten rods we have 2 in stock.

For the visa: we will issue the invitation letter as soon as we have Mr. Yang's passport copy.
Accommodation will be at the Casuarina in Ipoh; transport to site by company car (40 min).

Best regards,
Tan Boon Huat
Operations Manager
Perak Rare Metals Sdn Bhd
Lot 8, Kinta Industrial Area, Ipoh, Perak

""" + DISC_EN
sun30 = """Mr. Tan,

Noted. 杨师傅 will send you the overhaul steps and the material list directly (in Chinese, please ask
your translator). For the temperature readings above 1100 C: please reduce the current of No. 3 and
No. 7 further if the bottom shell temperature is above 300 C, and keep a fire-watch on both cells until
they are stopped.

Regarding the contract, our HR department will contact Mr. Yang. Please note that our company is
checking the new Chinese export-control requirements for technical services; we will inform you if this
affects the schedule.

Best regards
Sun Wei
Project Department
"""
legal30 = """何静：

收到。初步意见：杨师傅 10 月 30 日发给马来西亚客户的内容（停槽、拆槽、筑槽、烘槽、启动、材料清单），
属于电解槽生产线维修和重新调试的技术，落在 62 号公告第一条第（二）项（1E902.b）范围内，发出时公告已实施。

请立即：
1. 通知杨师傅和项目部，暂停向客户提供任何进一步的技术内容和现场指导；
2. 保存所有往来邮件，不要删除；
3. 我这周内出一份书面意见，并和项目部一起评估是否主动向主管部门报告以及补办许可。

赵 敏
法务部
"""
body = (legal30 + "\n\n---------- 原始邮件 ----------\n发件人：何静 <hejing@bt-reequip.com>\n日期：2025年11月4日 周二 上午11:48\n主题：转发: 顾问协议确认 - 马来西亚电解槽大修项目（含大修方案，请法务留档）\n收件人：赵敏 <zhao.legal@bt-reequip.com>\n\n"
        + outer30 + "\n\n---------- 转发的邮件 ----------\n发件人：何静 <hejing@bt-reequip.com>\n日期：2025年11月4日 周二 上午9:30\n主题：顾问协议确认 - 马来西亚电解槽大修项目\n收件人：杨德明 <ydm1962@163.com>\n\n" + body
        + "\n\n---------- 转发的邮件 ----------\nFrom: Tan Boon Huat <bhtan@perak-rm.com.my>\nDate: Wed, 29 Oct 2025 10:44\nSubject: RE: Cell overhaul support - Perak\nTo: Sun Wei <sunwei@bt-reequip.com>\nCc: 杨德明 <ydm1962@163.com>\n\n" + tan30b
        + "\n\n> From: Sun Wei <sunwei@bt-reequip.com>\n> Sent: Tuesday, October 28, 2025 9:02 AM\n> Subject: RE: Cell overhaul support - Perak\n>\n" + q(sun30) + "\n")
add("pl-030.eml", eml(A("赵敏", "zhao.legal@bt-reequip.com"), A("何静", "hejing@bt-reequip.com"),
    "回复: 转发: 顾问协议确认 - 马来西亚电解槽大修项目（含大修方案，请法务留档）", "Tue, 4 Nov 2025 11:48:02 +0800", body, b64=True, fname="030"),
    L("controlled", ["1E902.b"], ["metal-smelting"], [], "email", "zh",
      "HR/legal forwarding chain; buried forwarded message is a retiree's overhaul, relining, bake-out and restart plan for a Malaysian PrNd electrolysis cell line (repair/maintenance)."))

# ---------------------------------------------------------------- 031
t = """SMS / WhatsApp - from Mr. Gao, 19 Oct 2025, 23:12

Dy diffusion for your 5 mm N45 parts: DyH2 slurry, 1.0 wt% of magnet weight, dry in N2. Vacuum
<5e-3 Pa, 880 C 15 h, Ar cool, then 490 C 4 h. Expect +5 kOe, Br -0.15 kG. Pickle 3% HNO3 15 s
before coating. Don't go above 930 C or the grains grow. Do not share pls.
"""
add("pl-031.txt", t, L("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "en",
    "Short text message with a Dy grain-boundary-diffusion recipe (coating weight, vacuum, 880 C/15 h, ageing)."))

# ---------------------------------------------------------------- 032
b = """李经理：

您好！关于贵司询价的 N52 方块（50×50×25 mm，镀镍锌，未充磁），我司报价及条件如下：

1. 单价：人民币 685 元/kg（含 13% 增值税），按氧化镨钕 56 万元/吨基准价，上下浮动超过 3% 时双方重新议价。
2. 数量：首批 3 吨，之后每月 2 吨，年度框架协议。
3. 交期：首批下单后 35 天；后续按月滚动，提前 30 天下预测。
4. 付款：首批 30% 预付，发货前付清；后续月结 60 天，需要贵司提供银行保函。
5. 包装：每块之间加 5 mm 隔磁垫片，纸箱外加铁皮屏蔽，木托盘熏蒸。
6. 质量：按双方签署的技术协议（Br ≥ 14.3 kG，HcJ ≥ 11 kOe，尺寸公差 ±0.05 mm），每批附出厂检验报告，
   可接受第三方抽检。
7. 出口：如贵司最终客户在境外，请提前告知最终用户和用途，我司需判断是否需要办理出口许可，
   相关时间不计入交期。

另外您上次提到想了解我们的烧结工艺以便评估质量稳定性，这部分属于公司保密信息，不便提供，
可以安排贵司质量人员来厂审核质量体系（生产车间不开放）。

请确认。

顺祝商祺！
赵 丽
销售部
赣州某磁材有限公司
"""
add("pl-032.eml", eml(A("赵丽", "zhaoli@gz-cimag.com"), A("李经理", "li.purchase@hz-motors.com"),
    "回复：N52 方块询价", "Thu, 23 Oct 2025 10:40:19 +0800", b, fname="032"),
    L("clear", [], [], [], "email", "zh",
      "Price, delivery and payment offer for N52 blocks; sintering process explicitly withheld as confidential.", hard=True))

# ---------------------------------------------------------------- 033
t = """WeChat chat export - 「Mt Weld-style project / 技术咨询」
Participants: 宋工 (Baotou), Mike (Perth), Dr. Kaur
2025-10-05

09:02 Mike: Morning 宋工, our flotation recovery on the carbonatite ore is stuck at 55%. Concentrate grade 38% REO. Any ideas?
09:10 宋工: 你们磨矿细度多少？grind size?
09:11 Mike: P80 106 micron
09:14 宋工: too coarse. 我们的经验 -0.074 mm 占 75%~80%，P80 大概 70 µm。bastnäsite 解离不够，回收率上不去
09:16 Dr. Kaur: What collector do you recommend? We use a fatty acid now.
09:20 宋工: fatty acid 选择性太差，方解石、重晶石一起上来。用羟肟酸 hydroxamic acid，我们用 C5-9 羟肟酸或者 H205
09:21 宋工: dosage 1.5~2.0 kg/t in rougher, 0.3 kg/t in each cleaner
09:23 宋工: pH 8.5~9.0 用碳酸钠调，水玻璃 sodium silicate 2.5 kg/t 抑制硅酸盐；明矾 alum 0.5 kg/t 对萤石有帮助
09:24 Mike: temperature?
09:27 宋工: 矿浆加热到 55~60 ℃ 再加药，羟肟酸低温效果差很多。冬天不加热回收率掉 10 个点
09:28 宋工: flowsheet: 1 rougher + 1 scavenger + 3 cleaners. 精选不用再加捕收剂太多
09:30 宋工: 之前先做强磁 high-intensity magnetic separation 1.2 T 把铁矿物去掉，再浮选，精矿能到 60% REO，回收率 70%~75%
09:31 Dr. Kaur: This is very helpful. Can we get your reagent schedule sheet?
09:35 宋工: sheet 不能发，公司不允许。今天说的你们自己记一下就行
09:36 Mike: Understood, thanks a lot mate 👍
"""
add("pl-033.txt", t, L("controlled", ["1E902.a"], ["mining"], [], "other", "mixed",
    "Chat gives Australian project bastnaesite flotation regime: grind, hydroxamic collector dose, pH, depressants, pulp temperature, circuit and magnetic pre-separation."))

# ---------------------------------------------------------------- 034
b = """Mr. Yamada 您好：

關於貴司詢問之稀土拋光粉廢料回收，本公司在江西之產線作法說明如下（為方便貴司台灣子公司同仁閱讀，以繁體中文撰寫）：

1. 原料：玻璃及面板研磨後之廢拋光粉，含 CeO2 約 40%~55%（以 REO 計），其餘為 SiO2、Al2O3、玻璃粉及絮凝劑。
2. 前處理：先以清水漿化、篩除大顆粒雜物（60 目），再於 600 ℃ 焙燒 2 小時去除有機絮凝劑。
3. 鹼處理：焙燒料加 NaOH，鹼料比 1.2:1，於 550 ℃ 焙燒 1.5 小時，使 SiO2、Al2O3 轉為可溶性鈉鹽；
   冷卻後以 90 ℃ 熱水洗至 pH 8 以下，矽鋁去除率約 90%。
4. 酸溶：水洗渣以 6 mol/L HCl 溶解，因 CeO2 難溶，需加 H2O2 作還原劑（H2O2 用量為 Ce 理論量 1.3 倍），
   溫度 80~85 ℃，時間 3 小時，液固比 5:1，稀土浸出率 ≥ 95%。
5. 除雜：浸出液以氨水調 pH 至 4.5，過濾去除鐵、鋁、釷。
6. 沉澱：加碳酸氫銨沉澱碳酸稀土，pH 終點 6.5~7.0；或加草酸（理論量 1.1 倍）。
7. 煅燒：草酸鹽於 950 ℃ 煅燒 2 小時，得混合稀土氧化物（CeO2 約 65%、La2O3 約 33%），可回用於製造拋光粉。
8. 總回收率約 90%，每噸廢料（乾基）NaOH 消耗約 0.5 t、HCl 約 1.2 t。

上述為本公司之操作條件，僅供貴司內部評估是否委託加工使用，請勿外傳。如需來料試驗，每批最少 200 kg。

敬祝 商安
林 志偉
業務部 副理
贛州某再生資源有限公司 台灣代表處
"""
add("pl-034.eml", eml(A("林志偉", "zw.lin@gz-regen.com.tw"), A("Yamada Kenji", "k.yamada@tokai-glass.co.jp"),
    "稀土拋光粉廢料回收作法說明", "Fri, 17 Oct 2025 13:25:36 +0800", b, b64=True, fname="034"),
    L("controlled", ["1E902.a"], ["recycling"], [], "email", "zh",
      "Traditional-Chinese mail to Japanese customer giving spent CeO2 polishing-powder recovery route with roasting, alkali ratio, reductive HCl leach and precipitation values."))

# ---------------------------------------------------------------- 035
t = """# Trip notes - Magnetics Expo, Shanghai (day 2)

*Author: R. Patel, purchasing. For the sourcing team only.*

## Booths visited

| Supplier | Grades shown | Indicative price (FOB Ningbo) | Lead time | Comment |
|---|---|---|---|---|
| Supplier A (Ningbo) | N35-N52, SH/UH/EH | USD 58-75/kg (N42SH-N45UH) | 6-8 wks | IATF 16949, strong in EV segments |
| Supplier B (Baotou) | N38-N50, M/H/SH | USD 52-66/kg | 5-7 wks | new GBD capacity, wants volume |
| Supplier C (Ganzhou) | N48SH-N52, bonded NdFeB rings | USD 55-70/kg | 8 wks | owns a separation plant upstream |
| Supplier D (Vietnam) | N35-N45 | USD 62-78/kg | 10 wks | Chinese-owned, "non-China origin" pitch |

## What they said (sales talk only)
- All say Tb-diffused grades let them "save 30-50% heavy rare earth" - no details given, and we did not ask.
- Everybody mentions that process engineers will not answer technical questions at the booth because of
  the new export rules.
- Price formula: most offer "PrNd oxide monthly average + conversion fee"; conversion fees USD 12-25/kg.
- Coatings offered: NiCuNi, Zn, epoxy, parylene; salt-spray 48-96 h.

## Next steps
1. RFQ to B and C for the 2026 pump-motor project (N45SH, 22k pcs/month).
2. Ask D for their origin documentation (where is the alloy and the sintering done?).
3. Audit plan Q1 2026.
"""
add("pl-035.md", t, L("clear", [], [], [], "other", "en",
    "Trade-fair purchasing notes: grades, prices, lead times, sales claims; no process parameters.", hard=True))

# ---------------------------------------------------------------- 036
stat36 = "\n".join(["| 产品 | 计划(t) | 实际(t) | 完成率 | 一次合格率 | 备注 |", "|---|---|---|---|---|---|"] + [
    "| %s | %s | %s | %s | %s | %s |" % r for r in [
    ("氧化镧 La2O3 99.99%", "185", "179.6", "97.1%", "99.2%", ""),
    ("氧化铈 CeO2 99.9%", "60", "61.3", "102.2%", "98.7%", ""),
    ("氧化镨钕 (PrNd)2O3", "240", "228.4", "95.2%", "97.9%", "10月12日停车检修2天"),
    ("氧化钕 Nd2O3 99.9%", "45", "44.1", "98.0%", "96.5%", ""),
    ("氧化钕 Nd2O3 99.999%", "6", "4.2", "70.0%", "81.0%", "氯根超标，见第六项"),
    ("氧化镝 Dy2O3 99.9%", "8", "8.3", "103.8%", "100%", ""),
    ("氧化铽 Tb4O7 99.99%", "2.5", "2.46", "98.4%", "100%", ""),
    ("氧化钇 Y2O3 99.999%", "30", "31.0", "103.3%", "99.0%", ""),
    ("碳酸稀土（外售）", "120", "96.0", "80.0%", "-", "原料不足")]])
cost36 = "\n".join(["| 项目 | 单位 | 9月 | 10月 | 预算 |", "|---|---|---|---|---|"] + [
    "| %s | %s | %s | %s | %s |" % r for r in [
    ("盐酸(31%)", "t/t REO", "2.85", "2.91", "2.80"), ("液碱(32%)", "t/t REO", "1.62", "1.66", "1.60"),
    ("草酸", "t/t REO", "0.93", "0.95", "0.95"), ("P507 损耗", "kg/t REO", "1.8", "2.1", "1.5"),
    ("磺化煤油损耗", "kg/t REO", "6.2", "6.9", "6.0"), ("电", "kWh/t REO", "1,480", "1,512", "1,450"),
    ("蒸汽", "t/t REO", "3.1", "3.3", "3.0"), ("天然气", "Nm³/t REO", "210", "224", "200"),
    ("新水", "t/t REO", "42", "45", "40")]])
t = """XX稀土材料有限公司
2025年10月份生产经营分析会 会议纪要

时间：2025年11月3日（星期一）上午 8:30-12:10
地点：行政楼二楼大会议室
主持：常务副总经理 罗建明
参加：各部门负责人、各车间主任、技术中心、质检中心、安环部、供应部、销售部、财务部、人力资源部；
     合资方代表 Mr. Hoang（越南 V 公司驻厂代表）及翻译
记录：总经理办公室 黄晓燕

一、安全环保（安环部 陈主任汇报）

1. 10 月份全公司无轻伤以上事故，无环保超标排放。发生未遂事件 2 起：萃取车间 3 号线盐酸计量泵出口法兰渗漏，
   已更换垫片；煅烧车间 2 号窑燃烧器回火 1 次，已清理喷嘴并检查联锁。
2. 10 月 22 日市生态环境局突击检查废水总排口，氨氮 6.2 mg/L、COD 38 mg/L，均达标。
3. 11 月开始进入冬季，各车间做好管线防冻，特别是萃取车间室外储罐区、废水站。
4. 安全培训：11 月份组织全员消防演练一次，由安环部牵头，时间另行通知。
罗总要求：冬季检修和年终赶产量期间，严禁违章作业，特种作业必须持证上岗。

二、生产完成情况（生产部 刘部长汇报）

10 月份共生产稀土氧化物折 REO 612.5 t，完成月计划的 96.4%。各产品情况如下：

""" + stat36 + """

未完成原因：(1) 10 月 12~13 日萃取 2 号线计划外停车，更换 40~46 级搅拌电机；(2) 高纯氧化钕氯根超标，
返工 1.8 t；(3) 外购碳酸稀土原料到货延迟。

三、设备（设备部 王部长汇报）

1. 萃取车间：2 号线 7 台搅拌电机更换完毕，剩余 12 台老电机计划在 12 月年度检修时更换。
2. 煅烧车间：1 号隧道窑推板磨损，11 月中旬停窑 3 天更换。
3. 草酸沉淀槽 5 号槽搅拌轴断裂，已更换为 2205 双相钢材质。
4. 备件库存：11 月需采购 PVDF 管件、四氟垫片、搅拌桨叶若干，计划已报供应部。

四、原材料与供应（供应部 张部长汇报）

1. 10 月到货碳酸稀土 480 t（REO 计），比计划少 60 t，主要是缅甸口岸通关时间延长。
2. 盐酸、液碱供应正常，价格分别上涨 5% 和 3%。
3. 草酸：原供应商停产检修，临时采购另一家，价格高 8%，质量（重金属、硫酸根）已经质检中心确认合格。
4. P507 新批次 2 t 已到，待检。

五、主要消耗指标（财务部 孙部长汇报）

""" + cost36 + """

孙部长说明：盐酸、液碱单耗上升主要是 2 号线停车再开车期间全回流消耗；P507 损耗偏高与 3 号线第 18 级
澄清室夹带有关，需要技术中心查原因。

六、技术质量问题专题：高纯氧化钕（5N）氯根超标及草酸沉淀、煅烧工艺调整（技术中心 吴工汇报）

10 月份高纯氧化钕 5 批中 2 批 Cl⁻ 超标（客户要求 ≤ 50 ppm，实测 85 ppm、120 ppm），另有 1 批粒度 D50 偏细
（1.8 µm，客户要求 3~5 µm）。技术中心分析后，对沉淀和煅烧作如下调整，已从 10 月 25 日起执行：

1. 料液：萃取反萃所得氯化钕溶液，先用 P507 负载有机相"洗铁"后再沉淀，控制 Fe < 1 ppm（对 Nd2O3）。
   料液浓度从 1.0 mol/L 稀释到 0.4~0.5 mol/L 再沉淀，浓度高了包裹氯离子。
2. 沉淀剂：草酸配成 10% 溶液，用量从理论量的 1.05 倍提高到 1.15 倍。
3. 沉淀方式：由"草酸加入料液"改为"料液加入草酸"（反加），加料时间不少于 40 分钟，搅拌转速 120 rpm。
4. 温度：沉淀温度 60~65 ℃（原来是常温），有利于晶体长大，D50 可以从 1.8 µm 提高到 4 µm 左右。
5. 陈化：沉淀结束后继续搅拌陈化 60 分钟。
6. 洗涤：离心机上用 60 ℃ 纯水（电导率 < 1 µS/cm）洗涤，洗至洗水 Cl⁻ 用硝酸银检测无白色浑浊，
   洗水量约为草酸钕湿重的 4 倍。
7. 煅烧：由推板窑 950 ℃ 改为 1050 ℃ 保温 3 小时，使用高纯刚玉匣钵，装料厚度 ≤ 30 mm；
   1050 ℃ 可以把残余氯彻底赶掉，灼减 ≤ 0.5%。
8. 包装：煅烧后在洁净间冷却、过 100 目筛、双层 PE 袋真空包装。

调整后 10 月 25 日以后生产的 3 批：Cl⁻ 分别为 28、31、35 ppm，D50 3.8~4.2 µm，全部合格。
吴工建议把以上调整写进正式的工艺规程，技术中心 11 月 15 日前完成修订。

Mr. Hoang 提出：越南合资厂准备明年上高纯氧化钕，希望拿到这份调整方案。罗总答复：技术资料对外提供需要
按国家新规定办理手续，会后由技术中心和法务商量后再答复，本次纪要中第六项内容不发合资方。

七、销售（销售部 周部长汇报）

1. 10 月份销售回款 1.86 亿元，应收账款较上月减少 1,200 万元。
2. 氧化镨钕市场价格 10 月小幅上涨，月均 55.8 万元/吨，11 月预计稳中有升。
3. 高纯氧化钕客户（日本）对 10 月两批不合格品表示不满，已退货重发，要求提供改进报告（由技术中心提供，
   内容只写结果，不写工艺）。
4. 出口：氧化物出口目前按正常程序报关，部分客户开始要求提供最终用户声明。

八、人力资源（人力资源部 郑部长汇报）

1. 10 月底在册员工 486 人，当月入职 12 人，离职 9 人，其中萃取车间操作工流失 5 人。
2. 冬季取暖补贴 11 月随工资发放。
3. 年度先进评选 12 月启动。
4. 有猎头公司联系我公司萃取车间技术骨干去境外工作，请各车间注意稳定队伍；人力资源部已将保密协议和竞业
   限制协议重新梳理，11 月份组织重新签订。

九、会议决定

1. 萃取 2 号线剩余 12 台搅拌电机 12 月年检时全部更换，设备部负责。
2. 高纯氧化钕沉淀煅烧调整方案纳入工艺规程，技术中心 11 月 15 日前完成；第六项内容列为公司秘密。
3. 供应部落实草酸第二供应商长期合同。
4. 安环部 11 月 10 日前完成冬季防冻检查。
5. 11 月份生产计划 REO 640 t，各车间按计划组织生产。

（纪要完）

抄送：公司领导班子成员、各部门
"""
add("pl-036.txt", t, L("controlled", ["1E902.a"], ["separation"], [], "other", "zh",
    "Long monthly production meeting minutes (safety, stats, costs, HR); section 6 lays down changed oxalate precipitation, washing and calcination parameters for 5N Nd oxide."))

# ---------------------------------------------------------------- 037
b = """Dear Dr. Feldman,

Thank you for your interest in a technical cooperation on sintered NdFeB. Under China's export control
rules (MOFCOM Announcement 2025 No. 62) we cannot provide process documents, parameters or on-site
support without a licence. We would be glad to quote finished magnets to your drawings instead.

Kind regards,
Wang Yue
International Sales, Hangzhou
"""
add("pl-037.eml", eml(A("Wang Yue", "wangyue@hz-permag.com"), A("Dr. Ilan Feldman", "ifeldman@emotion-drives.co.il"),
    "Re: Technical cooperation inquiry", "Tue, 28 Oct 2025 09:11:02 +0800", b, fname="037"),
    L("clear", [], [], [], "email", "en",
      "Short refusal citing export-control licence requirement; offers finished magnets only.", hard=True))

# ---------------------------------------------------------------- 038
b = """Mr. Kwon，您好！

贵司订购的 HDF-1000 氢破炉已于 10 月 20 日到达平泽工厂。按合同，我司调试工程师孙工、马工将于 11 月 3 日
到现场进行安装指导和调试。请贵司在工程师到场前完成以下准备，并请仔细阅读安装调试步骤，
以便贵司设备人员配合。

一、现场准备
1. 设备基础：混凝土基础养护期满 28 天，水平度 ≤ 1 mm/m，预埋地脚螺栓位置按基础图复核。
2. 公用工程：电源 380 V/50 Hz（贵司为 60 Hz，已按 60 Hz 配置电机，请确认）、容量 250 kVA；
   冷却水 0.25~0.35 MPa，进水 ≤ 30 ℃；氩气、氮气各一路，纯度 ≥ 99.999%；
   氢气由贵司氢气站供给，压力 0.3 MPa，管路须经贵司有资质单位试压、吹扫，并出具报告。
3. 氢气报警器：炉体上方及氢气管路阀门处各装 1 个，联锁切断阀须在调试前接好。

二、安装
1. 炉体吊装就位，找平，旋转料筒轴线水平度 ≤ 0.5 mm/m。
2. 连接真空机组（罗茨泵 + 滑阀泵），真空管路所有法兰用新的氟橡胶 O 型圈。
3. 连接加热电源、热电偶（料筒内 2 支、炉壳 1 支）、压力变送器。
4. 排气管接至室外，高于屋顶 2 m，末端加阻火器。

三、调试步骤
1. 冷态检漏：抽真空至 ≤ 5 Pa，关主阀，压升率 ≤ 1 Pa/10 min；不合格时用氦质谱检漏仪查漏。
2. 料筒空转：转速 1~5 rpm 无级可调，空转 4 小时，检查轴承温升 ≤ 40 ℃、密封无泄漏。
3. 氢气系统：先用氮气做置换和保压试验（0.2 MPa，30 分钟压降 ≤ 0.005 MPa），再用氩气置换 3 次，
   最后通氢；检查所有联锁：氢气报警 → 切断阀关闭 → 自动充氩，必须逐一测试。
4. 加热系统：空炉升温至 600 ℃，检查温控精度 ±5 ℃，炉壳表面温度 ≤ 60 ℃。
5. 负载试车：用贵司提供的速凝片 500 kg，按贵司自己的吸氢、脱氢工艺参数运行一炉，
   我司工程师只确认设备各项功能（压力、温度、真空、转速）达到设定值。
6. 培训：操作 1 天、维护保养 1 天（真空泵换油、密封更换、氢气管路检查）。

四、验收
设备性能按合同附件 2 验收：极限真空 ≤ 1 Pa，压升率如上，控温精度 ±5 ℃，氢气联锁动作可靠。
验收合格后双方签署验收单，质保期 12 个月。

特别说明：我司工程师本次仅负责设备安装、调试和培训，不提供磁材工艺技术咨询。此项服务我司已按规定
办理相关手续。

王 磊
项目经理
北京某真空设备有限公司

""" + DISC_ZH
add("pl-038.eml", eml(A("王磊", "wanglei@bj-vacequip.com"), A("Kwon Min-seok", "mskwon@kmagnet.co.kr"),
    "HDF-1000 氢破炉安装调试安排及准备事项", "Mon, 27 Oct 2025 16:33:48 +0800", b, b64=True, fname="038"),
    L("controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", "zh",
      "Installation and commissioning procedure for a hydrogen-decrepitation furnace at a Korean magnet plant (leak rates, purging, interlocks, trial run); customer's own process used."))

# ---------------------------------------------------------------- 039
t = """LINE 群組記錄：鐵氧體磁石製程討論
2025/10/14

09:20 彭課長：各位早，新竹廠濕壓異方性鍶鐵氧體 Br 一直只有 4.0 kG，大家有沒有想法？
09:25 顧問 老魏：預燒料 (SrO·6Fe2O3) 預燒溫度多少？
09:26 彭課長：1230 ℃，2 小時，回轉窯
09:30 顧問 老魏：可以再提高到 1260~1280，M 相反應更完全。二次球磨到 0.7~0.8 µm，加 CaCO3 0.7%、SiO2 0.4%、
             Co 或 La 取代的話另外算
09:33 小張：濕壓成型磁場現在 8 kOe，漿料含固量 68%
09:36 顧問 老魏：磁場拉到 10 kOe 以上，取向度會好，Br 能多 0.1~0.15 kG
09:38 顧問 老魏：燒結 1200~1220 ℃ 保溫 1.5 小時，空氣氣氛，升溫不要太快，濕坯先在 300 ℃ 烘乾
09:40 彭課長：了解，本週試一批
09:42 小張：順便問一下，客戶在問有沒有辦法用釹鐵硼換，老魏怎麼看？
09:45 顧問 老魏：那是另一個世界了😂 燒結釹鐵硼我不碰，現在大陸那邊管得很嚴，你們要的話直接買成品
09:46 彭課長：OK，鐵氧體先衝
"""
add("pl-039.txt", t, L("clear", [], [], [], "other", "zh",
    "Taiwan LINE chat on strontium ferrite calcining, milling, wet pressing and sintering; ferrite is not controlled; NdFeB only mentioned.", hard=True))

# ---------------------------------------------------------------- 040
b = """Hi Marco,

跟你确认一下昨天电话讲的热压/热变形磁体的要点，你们意大利那台热压机可以先试：

Powder: melt-spun NdFeB ribbon powder (MQU-F type), particle size 200-400 µm. 粉末要在手套箱里装模，
O2 < 100 ppm.

Step 1 热压 hot pressing
- Vacuum ≤ 1x10^-2 Pa, induction heating.
- 700-720 C, pressure 150-200 MPa, 保压 1-2 min. 温度不要超过 750 C，纳米晶会长大。
- Target density ≥ 7.5 g/cm3 (full dense precursor).

Step 2 热变形 hot deformation (die-upsetting)
- Put the hot-pressed slug into a larger die (free deformation or backward extrusion for rings).
- 800-850 C, strain rate 0.01-0.05 /s, height reduction 70%-75%.
- 压下率不够 70% c-axis 取向差，Br 上不去；太快会开裂。
- Use BN coating on die and slug as lubricant.

Step 3 (optional) - 加 Nd-Cu 或 Pr-Cu 低共熔合金做晶界扩散 (Nd70Cu30, 5 wt%, 650 C x 3 h)，HcJ 可以提高 5~6 kOe。

Expected properties: Br 13.0-13.5 kG, HcJ 15-17 kOe without heavy RE.

这些是我个人经验，不是公司文件，你们内部参考就行，别往外转。

Best
Zhou Kai

-----Original Message-----
From: Marco Bellini <m.bellini@magneti-emilia.it>
Sent: Tuesday, October 21, 2025 5:22 PM
To: Zhou Kai <zhoukai_mag@outlook.com>
Subject: Hot deformed magnets - questions

Ciao Kai, as mentioned we have a 200 t hot press sitting idle. Could you summarise what you told me on the
phone about hot pressing + die-upsetting of MQU-F powder? Temperatures, pressure, strain rate... Grazie! Marco
"""
add("pl-040.eml", eml(A("Zhou Kai", "zhoukai_mag@outlook.com"), A("Marco Bellini", "m.bellini@magneti-emilia.it"),
    "RE: Hot deformed magnets - questions", "Wed, 22 Oct 2025 08:05:21 +0800", b, fname="040"),
    L("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "email", "mixed",
      "Chinese expert e-mails Italian partner hot-pressing and die-upsetting conditions for hot-deformed NdFeB plus Nd-Cu infiltration."))

# ---------------------------------------------------------------- 041
t = """[微信] 2025-10-16
Linda（德国客户助理）：王经理好，Herr Vogel 下周四想来贵厂参观，可以吗？
王经理：可以的，上午 10 点到，先开会，然后看检测中心和成品仓库
Linda：他想看一下烧结车间，还想问下你们烧结温度大概多少
王经理：不好意思，车间不对外开放，工艺参数也不方便透露，这个是公司规定，请理解🙏
Linda：明白，那就看检测中心
王经理：好的，中午一起吃饭，我安排车去高铁站接
"""
add("pl-041.txt", t, L("clear", [], [], [], "other", "zh",
    "Chat arranging a plant visit; request for sintering temperature refused; no know-how.", hard=True))

# ---------------------------------------------------------------- 042
sig_em = """Emily Carter
VP Project Development
Serra Verde-Norte Minerals Inc. (TSX-V: SVN)
1055 W Hastings St, Vancouver BC | +1 604 5xx xxxx"""
sig_li = """Li Wenbo
Independent consultant - ionic clay processing
+86 137 xxxx 6630 | liwenbo.consult@gmail.com"""
DISC_CA = """This email and any attachments are confidential and may be subject to solicitor-client privilege. If you
have received this email in error, please notify the sender and delete it. Forward-looking statements:
certain information in this email may constitute forward-looking information under applicable Canadian
securities laws. Such information is subject to known and unknown risks and uncertainties and actual
results may differ materially. The company disclaims any obligation to update forward-looking information
except as required by law. SVN is listed on the TSX Venture Exchange; neither the TSX-V nor its
Regulation Services Provider accepts responsibility for the adequacy or accuracy of this release."""
g6 = """Hi Wenbo,

Thanks again for last week. A few admin things before the board meeting on the 20th:

1. Invoice: please re-issue invoice #2025-07 to "Serra Verde-Norte Mineração Ltda." (the Brazilian
   subsidiary), CNPJ on the attached sheet, not to the Canadian parent. Our accountants say the services
   were delivered to the Brazilian entity and the withholding tax will be handled there.
2. The PEA consultant (an Australian engineering firm) would like a 1-hour call with you to go through the
   process assumptions. Could you do Tuesday 7pm Beijing time?
3. The board asked whether your work is affected by the new Chinese export rules. Our counsel in Toronto
   thinks consulting by a Chinese national might now need a licence. Can you let us know your view?
   We obviously want to stay clean on this; we are a listed company.
4. Site visit in January: the rainy season in Goiás runs until March, access roads may be difficult.
   We suggest the second half of January with a 4x4 from Minaçu.

Best,
""" + sig_em + "\n\n" + DISC_CA
g5 = """Emily,

1. OK, I will re-issue the invoice this week.
2. Tuesday is fine.
3. I am checking with a lawyer in Beijing. Until I have an answer I prefer not to send new technical
   material or join technical calls. So please hold the call with the PEA consultant for now. Sorry.
4. January is fine if the rules allow.

""" + sig_li
g4 = """Hi Wenbo,

The column tests are finished. Summary attached; in short:
- Column 1 (ammonium sulphate 2%): 84% REE extraction after 1.2 t/t liquid-to-solid.
- Column 2 (magnesium sulphate 3.5%): 78% at the same L/S, 84% after 1.8 t/t.
- Aluminium in PLS high in both, pH drops to 4.2 in the first week.
We are going with heap leaching (not in-situ), because the ore body is flat and the environmental permit
in Goiás for in-situ injection would take years.

Could you give us your recommendation for the heap design and operation, so our engineers can put
numbers into the PEA? We need it by end of September.

Best,
""" + sig_em + "\n\n" + DISC_CA
g3 = """Emily,

Here are my recommendations for the heap leach, based on your column results and what works in southern
China. Please treat this as my working notes for your team, not for publication.

Ore preparation
- Excavate the ore in benches, remove the top soil (0-1 m, keep it for rehabilitation).
- No crushing needed. Screen out boulders > 100 mm. Do not dry the ore - moisture helps permeability.
- If clay content (< 2 µm) is above 35%, mix with 5-10% coarse sand or agglomerate with a little
  cement, otherwise the heap will blind.

Heap pad and heap
- Pad: compacted clay 300 mm + 1.5 mm HDPE liner + 300 mm drainage gravel with perforated pipes
  (100 mm) every 4 m leading to the PLS pond. Slope of the pad 2-3%.
- Heap height 3-5 m, single lift. Higher heaps compact and channel.
- Cell size 50 m x 50 m so you can stage the leaching (one cell loading, two leaching, one washing,
  one rehabilitating).

Lixiviant and irrigation
- Your columns say MgSO4 needs 50% more solution than (NH4)2SO4. For Brazil I still recommend MgSO4
  (no ammonium nitrogen, easier permit), start concentration 4%, reduce to 2.5% after the lixiviant has
  broken through (when the PLS REO rises above 1 g/L), and 1.5% in the last third of the cycle.
- pH of the lixiviant 5.0-5.5 (adjust with a little H2SO4); don't go lower, your aluminium problem
  gets worse.
- Irrigation rate 6-10 L/m2/h by drippers (not sprinklers - less evaporation and less fines migration).
  Rest cycles: 8 h on / 4 h off improves extraction and reduces channeling.
- Total L/S 1.8-2.0 t/t for MgSO4. Leach cycle 60-90 days per cell.
- After leaching, wash with raw water (or recycled barren solution with MgSO4 < 0.5%) at L/S 0.5 to
  recover the entrained PLS. Washing recovers 8-12% of the REE.

PLS treatment
- Expected PLS: 0.8-1.5 g/L REO, Al 0.3-0.8 g/L.
- Impurity removal: neutralise to pH 5.0-5.2 with MgO slurry (10%), 60 min reaction, thickener +
  filter. Al, Fe, Th, U precipitate; REE loss 2-4%. Do not go above 5.3 or you lose REE.
- Precipitation: MgO to pH 7.0-7.5 for a mixed REE hydroxide (MREH), or sodium carbonate for carbonate.
  Hydroxide at pH 7.2 gives 40-45% TREO wet, 90% TREO after drying.
  Oxalic acid (1.2x stoichiometric) gives a cleaner product but is expensive and then you need to
  calcine.
- Barren solution: top up MgSO4 and recycle 70-80%; bleed the rest to control Mn and Ca.

Overall I would use 80% heap extraction x 97% PLS recovery x 96% precipitation = ~74% overall REE
recovery in the PEA, not the 85% in your draft.

""" + sig_li
g2 = """Dear Mr Li,

Thank you for accepting the consulting engagement. As agreed, the scope is: review of our metallurgical
test work, recommendations on the leach process and the PLS treatment, and support for the PEA. Fee USD
1,500/day, invoiced monthly. Please find the signed agreement attached.

The column test work at SGS Lakefield is running; first results are expected in September.

Best regards,
""" + sig_em
H = lambda f, s_, sub: "\n\n________________________________\nFrom: %s\nSent: %s\nSubject: %s\n\n" % (f, s_, sub)
EM = "Emily Carter <ecarter@svn-minerals.com>"; LI = "Li Wenbo <liwenbo.consult@gmail.com>"
body = (g6 + H(LI, "Sunday, October 12, 2025 10:02 PM", "Re: Column tests - heap leach recommendation") + g5
        + H(EM, "Friday, October 10, 2025 1:15 PM", "RE: Column tests - heap leach recommendation") + "Wenbo - many thanks, the PEA team incorporated your numbers. Invoice to follow. Emily\n\n" + DISC_CA
        + H(LI, "Tuesday, September 23, 2025 11:40 PM", "Re: Column tests - heap leach recommendation") + g3
        + H(EM, "Monday, September 15, 2025 8:03 AM", "Column tests - heap leach recommendation") + g4 + "\n\n" + DISC_CA
        + H(EM, "Thursday, July 3, 2025 4:20 PM", "Consulting agreement - signed") + g2 + "\n\n" + DISC_CA)
add("pl-042.eml", eml(A("Emily Carter", "ecarter@svn-minerals.com"), A("Li Wenbo", "liwenbo.consult@gmail.com"),
    "RE: Re: Column tests - heap leach recommendation / admin", "Tue, 14 Oct 2025 17:26:40 -0700", body, fname="042"),
    L("controlled", ["1E902.a"], ["mining"], [], "email", "en",
      "Long Canadian/Brazilian thread about invoices and compliance; a quoted older message gives ionic-clay heap-leach design, lixiviant concentrations, irrigation rates, impurity-removal pH and precipitation."))

# ---------------------------------------------------------------- 043
t = """电话记录

日期：2025年10月23日 15:40-16:25
来电：Dr. Osei（加纳某稀土项目 技术负责人），翻译：小吴（英语）
接听：冶炼厂 原总工 贾工（现为本公司兼职顾问）
记录：小吴

对方问题：他们的氟碳铈矿精矿（REO 58%，F 7%，CaO 6%）用浓硫酸分解效果不好，浸出率只有 85%，
另外想把铈单独分出来。

贾工口述要点（已请贾工核对数字）：

1. 精矿分解：
   - 浓硫酸（93%~98%）与精矿质量比 1.3~1.4:1，先在混酸机里混匀，再进回转窑。
   - 低温焙烧：窑内物料温度 250~300 ℃，停留 2~2.5 小时。温度过高（超过 500 ℃）硫酸稀土会分解成难溶的，
     浸出率反而下降，他们的窑头温度 650 ℃ 太高了。
   - 氟以 HF、SiF4 形式进入尾气，尾气要三级水喷淋 + 碱洗，回收氢氟酸。
   - 焙烧矿用冷水浸出，液固比 8~10:1，浸出温度不超过 30 ℃（硫酸稀土溶解度随温度升高而降低），
     时间 1.5 小时。浸出液 REO 35~40 g/L，浸出率应该在 95% 以上。

2. 铈的分离（对方想单独出氧化铈）：
   - 方法一：氧化焙烧优溶法。精矿先 500~550 ℃ 空气焙烧 2 小时，Ce(III) 氧化成 Ce(IV)，
     再用稀盐酸（pH 1~1.5，60 ℃）优先溶出三价稀土，CeO2 留在渣里，渣中 CeO2/REO 可达 95%，
     再用盐酸 + 双氧水溶解精制。
   - 方法二：硫酸体系萃取 Ce(IV)。焙烧时加氧化剂使铈保持四价，浸出液中 Ce(IV) 用 P507（1.0 mol/L，
     不皂化）萃取，相比 O/A = 1:2，3 级萃取，Ce(IV) 萃取率 > 98%，三价稀土留在萃余液；
     负载有机相用 H2O2 + 1.5 mol/L H2SO4 还原反萃，得到 CeO2 ≥ 99.9%。
   - 贾工建议对方规模小（年 3000 吨精矿）用方法一，简单。

3. 钍：精矿里 ThO2 0.2%，焙烧浸出后进入渣和溶液，要单独处理，当地核安全部门会管，贾工建议对方先咨询当地监管。

对方最后问能不能派人来中国培训，贾工说需要公司和政府批准，他个人不能答应。

记录人：吴晓明
"""
add("pl-043.txt", t, L("controlled", ["1E902.a"], ["separation"], [], "other", "zh",
    "Phone record: consultant gives Ghana project bastnaesite acid-bake ratios and temperatures, water-leach conditions, and Ce(IV) oxidative roast / P507 extraction values."))

# ---------------------------------------------------------------- 044
b = """Raymond 兄：

上星期喺深圳飲茶時你問到 2:17 型釤鈷點樣做，我返嚟整理咗一下，以下係我哋舊廠嘅做法，你轉俾你哋東莞廠嘅工程師參考：

一、成分
Sm 25.5 wt%、Fe 16~18%、Cu 5.5%、Zr 2.5~3.0%、Co 餘量。Sm 燒損大約 1~1.5%，配料時要補。

二、熔煉及製粉
1. 中頻真空感應爐，先抽真空到 1 Pa 再充氬到 0.04 MPa，熔煉溫度 1450~1500 ℃，澆入水冷銅模。
2. 鑄錠粗破到 < 1 mm，用氣流磨（氮氣，O2 < 100 ppm）磨到 3.5~4.5 µm。釤鈷粉冇釹鐵硼咁易氧化，但都要注意。

三、成型
磁場 1.5~2.0 T，壓力 1.5~2 t/cm²，之後冷等靜壓 200 MPa。

四、燒結及固溶
1. 真空燒結爐，先抽真空再充氬。
2. 燒結：1200~1220 ℃ × 1 h（隨爐升溫，中間 800 ℃ 停 1 h 除氣）。
3. 固溶：直接降到 1170~1190 ℃ 保溫 3~4 h，然後快速風冷（氬氣），冷速要快，否則 1:7 相分解。

五、時效（最關鍵）
1. 等溫時效：830~850 ℃ 保溫 10~20 h（Fe 高嘅牌號用 12 h 左右）。
2. 控制緩冷：以 0.5~1 ℃/min 冷到 400 ℃，喺 400 ℃ 保溫 5~10 h，之後快冷。
3. 冷速過快胞狀組織唔完整，HcJ 上唔去；過慢浪費時間，對性能冇幫助。

預期性能：Br 10.8~11.2 kG，HcJ ≥ 25 kOe，(BH)max 28~30 MGOe，可用到 350 ℃。

呢啲係我個人經驗，唔好放上網，亦唔好話係我講嘅😄 如果你哋正式要合作，要搵返公司走程序。

保重
阿明 (梁志明)
"""
add("pl-044.eml", eml(A("梁志明", "leungcm@netvigator.com"), A("Raymond Tse", "raymond.tse@hk-mag.com.hk"),
    "釤鈷 2:17 做法（飲茶講嗰啲）", "Sat, 18 Oct 2025 22:14:09 +0800", b, b64=True, fname="044"),
    L("controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "email", "zh",
      "Cantonese/traditional-Chinese personal mail with SmCo 2:17 composition, melting, milling, pressing, sintering, solution treatment and step ageing values."))

# ---------------------------------------------------------------- 045
t = """# 第十六届中国稀土论坛 参会小结（公开报告部分）

**报告人：** 市场部 宋佳
**时间：** 2025 年 9 月 22~23 日，包头

## 一、总体情况
本届论坛约 1,200 人参会，主题为"绿色、高端、安全"。以下只整理公开报告内容，均为行业公开信息。

## 二、主要报告要点

1. **行业协会报告：** 2024 年我国稀土冶炼分离产品产量约 25 万吨（REO），烧结钕铁硼毛坯产量约 30 万吨，
   新能源汽车、风电、节能电机、机器人是主要增长点。
2. **某研究院报告（稀土绿色冶炼）：** 介绍了行业正在推广的几个方向：离子型稀土矿无铵浸取（用镁盐代替铵盐）、
   萃取分离过程中的"皂化废水零排放"、低碳煅烧等。报告只讲了方向和环保效果，没有具体工艺参数。
3. **某磁材企业报告：** 晶界扩散技术已在高牌号中普遍应用，可减少重稀土用量 50% 以上；
   讲了行业发展趋势和公司产能规划（2026 年达到 6 万吨），没有工艺细节。
4. **回收利用：** 钕铁硼废料回收已占镨钕原料供应的 25%~30%，行业在推进"城市矿山"建设。
5. **政策解读：** 介绍了《稀土管理条例》和商务部 2025 年相关公告，强调企业要建立出口管制内部合规制度，
   技术对外交流、境外投资、人员外派要事先评估。

## 三、对我司的启示
- 客户对"低重稀土"高牌号磁体需求上升，销售部应提前与供应商锁定产能；
- 出口业务要做好合规审查，对境外客户的技术性问题统一由法务审核后答复；
- 明年论坛建议技术中心派人参加分论坛。
"""
add("pl-045.md", t, L("clear", [], [], [], "other", "zh",
    "Summary of public forum talks: output statistics, trends and policy, no process parameters.", hard=True))

# ---------------------------------------------------------------- 046
DISC_GCC = """DISCLAIMER: This message and any attachments are confidential and intended only for the named
recipient(s). If you have received it in error, please notify the sender and delete it. Any views or
opinions presented are solely those of the author and do not necessarily represent those of the company.
The company accepts no liability for any damage caused by any virus transmitted by this email. This email
has been scanned for viruses and malware. Registered office: Mina Salman Industrial Area, Kingdom of
Bahrain. Commercial Registration No. 4xxxx-1."""
s_ha = """Hassan Al-Mansoori
Potroom Reline Superintendent
Gulf Smelting Co. W.L.L."""
s_pe = """Pete Hargreaves
Principal - Reduction Technology
Hargreaves Smelter Services Ltd, Sheffield UK"""
k6 = """Pete,

Thanks for all the help. Quick update and a few admin items:
- Line 3 relining campaign: 14 pots done, 6 to go before Ramadan. We are on schedule.
- Your invoice for September was approved; payment run is on the 25th.
- Our HR needs your updated CV and a copy of your passport for the January visa renewal.
- The management wants a one-page summary of the cathode failure analysis for the board (no more than
  one page, please, they will not read more).
- Procurement asks whether the cold ramming paste from the new supplier (trial lot, 40 t) can be used on
  the last six pots or whether we should wait for the qualification results from the lab.

Regards,
""" + s_ha + "\n\n" + DISC_GCC
k5 = """Hassan,

Noted, I will send the one-pager by Thursday. CV and passport copy attached.

On pot 3-117: the early failure was most likely a crack in the ramming paste at the sidewall/cathode
block joint; the autopsy photos show the classic iron pick-up pattern. Make sure the paste is rammed in
layers no thicker than 30 mm and the ambient temperature in the reline shop is above 20 C; in November
your night temperatures are fine but the paste drums stored outside were cold.

Cheers,
""" + s_pe
k4 = """Pete,

Pot 3-117 was cut out after only 1,430 days (design life 2,200). Iron in metal went from 0.10% to 0.45%
within a week. Autopsy photos attached. Could you have a look?

Also: preheat of the relined pots. We are seeing sidewall temperature spikes on some pots during the
first 48 hours after start-up. Current practice: resistor-bed (coke) preheat, 72 h, then bath start.

Regards,
""" + s_ha + "\n\n" + DISC_GCC
k3 = """Hassan,

Some suggestions for the preheat and start-up of the relined pots (these are common industry practice,
nothing proprietary, you can share with the crew):

1. Coke bed preheat: 72 h is okay for your 330 kA pots, but the ramp matters more. Use shunts to limit
   the current in the first 24 h; aim for a cathode surface temperature rise of about 20 C/h and a
   final temperature of 900-950 C before bath start.
2. Watch the thermocouples at the cathode block corners; differences above 150 C between centre and
   corner mean the coke bed is uneven - re-level next time.
3. Bath start: pour molten cryolite bath from a running pot, then add soda ash and AlF3 to reach the
   start-up chemistry - higher ratio (NaF/AlF3 around 1.5-1.6, bath ratio) and high bath level for the
   first weeks. Bath temperature will be around 980-1000 C in the first days, coming down to the
   normal 955-965 C over 2-3 weeks.
4. Metal addition: add liquid aluminium 24-36 h after the bath start, about 12-15 t for your pot size.
5. Sidewall: the spikes you see are usually from no frozen ledge yet; keep the anode cover thick and
   the bath level high until the ledge forms.

Cheers,
""" + s_pe
k2 = """Dear Pete,

Welcome on board. Your contract for the reline campaign support (Line 3, 2025-2026) is attached, signed
by our GM. The scope: review of the reline procedure, preheat and start-up practice, cathode failure
analysis, training of the reline crew. Site visits: 4 x 2 weeks, plus remote support.

Accommodation in the company compound; driver from the airport will hold a sign with your name. Please
bring safety boots; the rest of the PPE (aluminized coat, face shield, FR coverall) will be provided.

Regards,
""" + s_ha
k1 = """Hassan,

For your reline crew training in November, here is an outline of the reline procedure we will go
through (standard practice for prebake cells, based on your drawings):

a) Cut-out: remove the old lining after cooling (min. 5 days), separate the spent pot lining (SPL) into
   first cut (carbon) and second cut (refractory) for the SPL treatment contractor. SPL is hazardous
   waste (cyanides, fluorides) - bags must be closed and labelled.
b) Shell inspection: check for cracks and deformation, straighten if > 25 mm out of plane.
c) Bottom: insulation bricks (vermiculite / calcium silicate), then refractory bricks, then the barrier
   layer (dry barrier mix), levelled to +/- 3 mm.
d) Cathode blocks: graphitized blocks with collector bars rodded with cast iron, set on the barrier with
   a 30-35 mm joint; joints filled with cold ramming paste rammed in layers.
e) Sidewall: SiC blocks, monolithic paste at the peripheral seam.
f) Final inspection: dimension check, photographs, and the reline record sheet signed by the foreman.

We will spend two days in the classroom and three days on the floor on pot 3-121.

Cheers,
""" + s_pe
H = lambda f, s_, sub: "\n\n-----Original Message-----\nFrom: %s\nSent: %s\nSubject: %s\n\n" % (f, s_, sub)
HA = "Hassan Al-Mansoori <h.almansoori@gulfsmelting.bh>"; PE = "Pete Hargreaves <pete@hargreaves-smelter.co.uk>"
body = (k6 + H(PE, "Monday, October 20, 2025 9:15 PM", "RE: Pot 3-117 early failure") + k5
        + H(HA, "Sunday, October 19, 2025 8:02 AM", "Pot 3-117 early failure") + k4
        + H(PE, "Thursday, September 11, 2025 6:44 PM", "RE: Preheat and start-up practice") + k3
        + H(HA, "Tuesday, September 9, 2025 10:30 AM", "Preheat and start-up practice") + "Pete, can you send me your thoughts about preheat before the campaign starts? Hassan\n\n" + DISC_GCC
        + H(PE, "Friday, August 29, 2025 4:05 PM", "Reline training outline") + k1
        + H(HA, "Wednesday, August 20, 2025 11:11 AM", "Contract - reline campaign support") + k2 + "\n\n" + DISC_GCC)
add("pl-046.eml", eml(A("Hassan Al-Mansoori", "h.almansoori@gulfsmelting.bh"), A("Pete Hargreaves", "pete@hargreaves-smelter.co.uk"),
    "RE: RE: Pot 3-117 early failure / admin", "Wed, 22 Oct 2025 07:48:30 +0300", body, fname="046"),
    L("clear", [], [], [], "email", "en",
      "Long thread on aluminium Hall-Heroult pot relining, preheat and cryolite bath start-up; fluoride-bath electrolysis of aluminium, not rare earth.", hard=True))

# ---------------------------------------------------------------- 048
b = """Budi：

你问的 10 kA 槽参数：电流 9.5~10.5 kA，槽温 1050±10 ℃，(PrNd)F3:LiF = 88:12，
氧化物每 2 分钟加 0.4 kg，阴极电流密度 6.5 A/cm²，槽压 10~11 V，每 2 小时出一次金属。
阳极剩 25 mm 换。

老马
"""
add("pl-048.eml", eml(A("马建军", "majj_bt@163.com"), A("Budi Santoso", "budi@sinar-re.co.id"),
    "回复: 10kA cell parameters?", "Fri, 24 Oct 2025 21:03:44 +0800", b, fname="048"),
    L("controlled", ["1E902.a"], ["metal-smelting"], [], "email", "zh",
      "Very short reply to Indonesian plant with 10 kA PrNd electrolysis current, temperature, bath ratio, feed rate, current density, tapping and anode change."))

# ---------------------------------------------------------------- 047
sig_sa = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
佐藤 健一 (Kenichi Sato)
株式会社 東邦モータテック 調達本部 磁石グループ 課長
〒430-xxxx 静岡県浜松市中央区xx町 1-2-3
TEL: 053-xxx-xxxx  E-mail: k-sato@toho-mt.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""
sig_zh = """周 明
技术服务部 经理
宁波某磁性材料有限公司 / Ningbo ---- Magnetics Co., Ltd.
Tel: +86 574 8xxx xxxx  Mobile: +86 138 xxxx 7732"""
DISC_JP = """本メールは機密情報を含む場合があります。誤って受信された場合は、送信者にご連絡のうえ削除してください。
This e-mail may contain confidential information. If you are not the intended recipient, please notify
the sender and delete this e-mail."""
j5 = """周様

いつも大変お世話になっております。東邦モータテックの佐藤です。

Thank you for your quick support. I forward below our Vietnam factory's mail for your information.
They have received the trial lot (lot 25-0930) and the results are OK. Mass production PO will be
issued next week.

Regarding the price for FY2026, our purchasing director would like to meet you in Ningbo in December.
Could you propose 2-3 dates?

Proposed agenda for the December meeting (draft):
1. FY2026 volumes: 45SH segments approx. 1.1 million pcs, N42SH blocks approx. 400,000 pcs.
2. Price formula (PrNd oxide index + conversion fee), review period quarterly instead of monthly.
3. Packaging improvement for sea freight (humidity indicator cards, VCI bags).
4. Business continuity: safety stock of 6 weeks at your Ningbo warehouse.
5. Export documentation for the Vietnam deliveries (end-user statement, compliance notice).
Our director will also bring the quality manager from the Vietnam plant.

以上、よろしくお願いいたします。

""" + sig_sa + "\n\n" + DISC_JP
j4 = """Dear Sato-san,

FYI. Trial lot 25-0930 (45SH arc segments, 3,000 pcs) received at Dong Nai plant.
- Incoming inspection: dimensions OK (CMM 32 pcs), Br/HcJ OK (5 pcs), coating thickness OK, salt spray
  72 h OK.
- Rotor assembly trial on line 2: 200 rotors, no chipping, no cracks. Magnetization OK.
- Packaging OK.
We recommend approval for mass production.

Best regards,
Nguyen Thi Lan
Quality Engineer, Toho Motortech Vietnam"""
j3 = """佐藤様

お世話になっております。

Trial lot 25-0930 was shipped on 30 Sep by sea (ETA Cat Lai 12 Oct). Documents: invoice, packing list,
CoA, material declaration (IMDS), RoHS/REACH statement. Please let us know if your Vietnam factory needs
anything else for customs.

About your question on the export documents: for finished magnets we prepared the end-user statement you
signed in September; no licence is needed for this lot according to our export department.

""" + sig_zh
j2 = """周様

お世話になっております。佐藤です。

We have received the technical information below from your side (your colleague Mr. Qian sent it to our
Vietnam engineer in August when we discussed whether our Vietnam partner could do the diffusion step
locally). Our management decided NOT to do diffusion in Vietnam, so we will buy finished 45SH segments
from you as before. Please ignore our previous request.

However our compliance team asks me to confirm: is it a problem that this information was sent to
Vietnam? They read about the new Chinese rules in the news. Please advise.

""" + sig_sa
j1 = """Hi Lan / Sato-san,

Following the meeting with your Vietnam partner, here is how we make the 45SH segments from the N45
base blocks, so your partner can judge whether they can do the diffusion and finishing locally.
我用中英文写，你们翻译一下给越南的工程师。

1. Machining 加工 (before diffusion)
   - Base blocks N45 (HcJ ≥ 14 kOe), slicing with multi-wire saw (diamond wire 0.18 mm, feed 0.3 mm/min,
     coolant water-based) to 5.2 mm thickness in orientation direction; 再用双端面磨 grind to 5.05 mm.
   - Arc grinding of the segments (R 28.5 / R 22.0), then barrel chamfer 0.2 mm, 倒角一定要做，尖角处 Tb 会堆积。
   - Leave 0.05 mm per side for final grinding after diffusion.

2. Surface preparation 表面处理
   - Degrease in alkaline cleaner 60 C, 5 min; pickle 3% HNO3 15-20 s; rinse; ultrasonic DI water 2 min;
     dry with hot air, then immediately into N2 cabinet. 24 小时内必须涂覆。

3. Tb coating 涂覆
   - TbH2 powder (D50 3-5 µm) in ethanol + 1.5% PVB, solids 35%.
   - Spray both pole faces, coating weight 0.55-0.60 wt% of magnet weight (weigh 10 pcs per tray).
   - Dry at 80 C in N2, 30 min.

4. Diffusion heat treatment 扩散热处理
   - Load in Mo boxes, 2 mm gap between segments, max 80 kg per furnace.
   - Vacuum ≤ 5×10^-3 Pa; RT→400 C at 5 C/min, 400→920 C at 3 C/min.
   - Hold 920 C for 12 h (for 5 mm thickness; 8 h is enough for 3 mm).
   - Ar fan cooling to < 100 C.
   - Ageing 500 C × 4 h, Ar cooling.
   - Result: HcJ +9~10 kOe (14 → 23-24 kOe), Br drop ≤ 0.15 kG.

5. Final grinding & coating 精磨和镀层
   - Grind 0.05 mm per side to final thickness 4.95 ± 0.03 mm (removes Tb-rich surface layer).
   - Epoxy e-coating 15-25 µm: phosphating, e-coat 160 V 2 min, cure 180 C 30 min. Salt spray 72 h OK.

6. Inspection: BH tracer on 5 pcs per lot (cut samples from the centre for HcJ uniformity check).

Any question, call me.

""" + sig_zh
j2b = """佐藤様

感谢您的提醒。关于 8 月份钱工发给越南工程师的那封邮件，我们公司法务的意见如下（中英文）：

1. 该邮件发出时间是 8 月 21 日，当时商务部 2025 年第 62 号公告尚未发布。
   The e-mail was sent on 21 August, before MOFCOM Announcement No. 62 (9 October 2025) was published.
2. 公告发布以后，类似的工艺资料（加工、扩散、热处理条件）对外提供需要事先取得出口许可。我们今后不会再发送
   此类资料，也请贵司不要把该邮件继续转发给第三方（包括越南合作方），已经转发的请提醒对方仅限内部、
   不再扩散。
   After the announcement, providing this kind of process information abroad requires a licence. We will
   not send such information again; please do not forward the e-mail further.
3. 成品磁体的采购不受影响，按正常流程进行。

如贵司合规部门需要，我们可以安排一次电话会议，由我司法务说明。

""" + sig_zh + "\n\n" + DISC_ZH
j0 = """周様

いつもお世話になっております。東邦モータテックの佐藤です。

As discussed in Hamamatsu, our Vietnam partner (a local metal-processing company in Dong Nai) wants to
evaluate whether they could take over the final steps for the 45SH segments - i.e. buy N45 base blocks
from you and do the machining, diffusion and coating in Vietnam, to reduce logistics cost and lead time.

Could your engineer explain the steps after sintering in enough detail so that they can judge the
investment (furnace, spray booth, grinding)? A rough description is fine.

Also, please send us the updated price list for N45 base blocks (size 60 x 40 x 5.3 mm) for 2026.

よろしくお願いいたします。

""" + sig_sa + "\n\n" + DISC_JP
H = lambda f, s_, t_, sub: "\n\n差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s\n\n" % (f, s_, t_, sub)
SA = "佐藤 健一 <k-sato@toho-mt.co.jp>"; ZH = "周明 <zhouming@nb-magnetics.com>"
t = ("件名: FW: Trial lot 25-0930 result / RE: 45SH segment process (Vietnam)\n差出人: " + SA + "\n送信日時: 2025年10月20日 (月) 11:42\n宛先: " + ZH + "\nCC: 山本 達也 <t-yamamoto@toho-mt.co.jp>\n\n"
     + j5
     + "\n\n-----Original Message-----\nFrom: Nguyen Thi Lan <lan.nguyen@toho-mt.com.vn>\nSent: Friday, October 17, 2025 4:30 PM\nTo: " + SA + "\nSubject: Trial lot 25-0930 result\n\n" + j4
     + H(ZH, "2025年10月1日 (水) 9:05", SA, "RE: RE: 45SH segment process (Vietnam)") + j3
     + H(ZH, "2025年9月29日 (月) 20:41", SA, "RE: RE: 45SH segment process (Vietnam) - compliance") + j2b
     + H(SA, "2025年9月26日 (金) 18:20", ZH, "RE: 45SH segment process (Vietnam)") + j2 + "\n\n" + DISC_JP
     + "\n\n-----Original Message-----\nFrom: Qian Lei <qianlei@nb-magnetics.com>\nSent: Thursday, August 21, 2025 10:12 PM\nTo: Nguyen Thi Lan <lan.nguyen@toho-mt.com.vn>; " + SA + "\nCc: " + ZH + "\nSubject: 45SH segment process (Vietnam)\n\n"
     + j1 + H(SA, "2025年8月12日 (火) 15:30", ZH, "45SH segment process (Vietnam)") + j0 + "\n")
add("pl-047.txt", t, L("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "email", "mixed",
    "Japanese-headed forwarded thread about trial lots and pricing; oldest quoted message at the bottom gives machining, pickling, Tb coating, diffusion, ageing and e-coating parameters."))

# ---------------------------------------------------------------- 049
t = """Teams chat export - "Black mass pilot" channel - 09 Oct 2025

[09:14] Sophie Martin: Morning all. Leach results from yesterday: Ni 96%, Co 97%, Li 92%, Mn 95%. Cu 99%.
[09:16] Dr. Kowalski: Conditions again? 2 M H2SO4, 4% H2O2, 80 C, 2 h, S/L 100 g/L?
[09:17] Sophie Martin: yes, exactly. Graphite residue 89% C after washing.
[09:20] Tom Becker: Good. Iron/aluminium removal at pH 4.5 with NaOH lost 3% Ni last time; try pH 4.2 and
        more time.
[09:24] Dr. Kowalski: Cu by cementation with Fe powder or by SX with LIX 84? Cementation is cheaper at this scale.
[09:25] Tom Becker: cementation, we don't want another SX circuit for 20 kg/day
[09:31] Sophie Martin: For Mn we are using D2EHPA 20% saponified 30% with NaOH, pH 3.0, 3 stages, O/A 1:1
[09:33] Dr. Kowalski: then Cyanex 272 for Co/Ni at pH 5.5, 4 stages - same as last campaign
[09:35] Tom Becker: Li from the raffinate by Na2CO3 at 95 C after evaporation to 20 g/L Li.
[09:40] Sophie Martin: ok. Also the NMC622 supplier asked whether we accept NiMH batteries in the feed - I said no,
        those contain rare earths (mischmetal) and go to a different route.
[09:41] Tom Becker: correct, we don't touch NiMH
[09:45] Dr. Kowalski: 👍 report on Friday please
"""
add("pl-049.txt", t, L("clear", [], [], [], "other", "en",
    "Lithium-ion black-mass leaching and Mn/Co/Ni SX chat; NiMH (rare-earth) feed explicitly refused; not rare earth.", hard=True))

# ---------------------------------------------------------------- 050
b = """Mr. Ahmed，

上次您问镝铁合金怎么做，我们的做法简单说一下（中文写，您让翻译看）：

1. 方法：氟化物体系熔盐电解，自耗铁阴极。镝直接在铁阴极上析出并和铁形成低熔点合金（Dy-Fe 共晶约 890 ℃），
   滴落到槽底钼坩埚里。
2. 电解质：DyF3 : LiF = 85 : 15（质量比），原料 Dy2O3 纯度 ≥ 99.5%，干燥后使用。
3. 温度：1000~1030 ℃，比镨钕电解稍低。
4. 阴极：纯铁棒（Fe ≥ 99.8%），直径 50~60 mm，阴极电流密度 3~5 A/cm²，随着铁阴极消耗要往下续。
5. 阳极：石墨，阳极电流密度 0.5~0.8 A/cm²。
6. 槽型 3 kA，电流 2800~3200 A，槽电压 8~9 V。
7. 合金成分：Dy 80% ± 1%，Fe 余量。镝含量偏高说明阴极电流密度太大或者铁棒下得慢，偏低则相反。
8. 加料：Dy2O3 少量多次，每 3 分钟 0.1~0.15 kg，保持电解质中氧化物 1.5%~2%。
9. 出炉：每 3 小时一次，浇入铁模。电流效率约 70%，镝回收率 ≥ 97%。
10. 杂质：C ≤ 0.02%，O ≤ 0.05%，Ca、Mg、Si 各 ≤ 0.02%。

这些是现场的常用值，供您参考。有问题再问。

刘 工
赣州某稀土金属有限公司
"""
add("pl-050.eml", eml(A("刘建新", "liujx@gz-remetal.com"), A("Ahmed Raza", "ahmed.raza@karakoram-metals.pk"),
    "Dy-Fe 合金电解做法", "Sun, 19 Oct 2025 20:18:55 +0800", b, fname="050"),
    L("controlled", ["1E902.a"], ["metal-smelting"], [], "email", "zh",
      "Mail to Pakistani company describing Dy-Fe alloy electrolysis with consumable iron cathode: bath ratio, temperature, current densities, feeding, tapping."))

# ---------------------------------------------------------------- 051
t = """【訊息】2025/10/22 14:05
陳生：李小姐你好，想問氧化鏑 99.5% 而家報價幾多？要 500 kg，FOB 上海。
李小姐：陳生你好，今日報價每公斤人民幣 1,620 元，含稅，FOB 另計運費。交期兩星期，要簽最終用戶聲明。
陳生：可唔可以平少少？我哋長期要。
李小姐：500 kg 最多 1,600，1 噸以上可以再傾。
陳生：好，我同老闆講下，聽日覆你。
"""
add("pl-051.txt", t, L("clear", [], [], [], "other", "zh",
    "Short Hong Kong chat requesting a dysprosium oxide price quote; trade only.", hard=True))

# ---------------------------------------------------------------- 052
b = """Hi Daniel,

关于你们 QLMR-300 气流磨的大修，我们服务部的意见如下 (English below each point)。

1. 分级轮 classifier wheel：叶片磨损超过 0.5 mm 必须换，动平衡 G2.5 级，换完在 4500 rpm 空转 2 小时，
   振动 ≤ 2.8 mm/s。Blades worn more than 0.5 mm must be replaced; balance to G2.5; run 2 h at 4500 rpm
   empty, vibration ≤ 2.8 mm/s.
2. 喷嘴 nozzles：三个喷嘴要同时换，喷嘴中心线交于一点，偏差 ≤ 1 mm，用我们的对中工装。
   Replace all three nozzles together; axes must meet within 1 mm (use our alignment jig).
3. 研磨腔内衬 liner：你们照片里氧化锆内衬已经有裂纹，整套更换。Replace the ZrO2 liner set.
4. 密封 seals：分级轮轴封用氮气密封，密封气压力比腔内高 0.02~0.03 MPa。
   Shaft seal gas 0.02-0.03 MPa above chamber pressure.
5. 氧含量 O2：大修后先用氮气置换 4 小时以上，在线氧分析仪校准，系统含氧降到 ≤ 50 ppm 才能投料。
   After overhaul purge with N2 ≥ 4 h, calibrate the O2 analyser, feed only when O2 ≤ 50 ppm.
6. 试车 test run：先用 50 kg 废粉试磨，确认产能 and 粒度分布和大修前一致（你们自己的 D50 目标），
   再正式生产。First 50 kg scrap powder; check throughput and PSD against your pre-overhaul D50 target.
7. 大修周期 overhaul interval：建议每 4,000 运行小时检查分级轮和喷嘴，每 12,000 小时大修一次。
   Inspect wheel and nozzles every 4,000 h, full overhaul every 12,000 h.

Spare parts quotation attached separately. 我们的工程师可以 11 月下旬到你们 Penang 工厂，但是公司要求先确认
出口管制的手续，请等我们的通知。

Best regards
Xu Tao 徐涛
After-sales Service, Mianyang ---- Powder Equipment Co.
"""
add("pl-052.eml", eml(A("徐涛 Xu Tao", "xutao@my-powderequip.com"), A("Daniel Ong", "daniel.ong@penang-magnetics.com.my"),
    "RE: QLMR-300 jet mill overhaul - 大修意见", "Thu, 30 Oct 2025 11:26:17 +0800", b, fname="052"),
    L("controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", "mixed",
      "Bilingual overhaul instructions for a jet mill in a Malaysian magnet-powder line: wear limits, balancing, nozzle alignment, O2 purge limit, test run; customer's own D50 as target."))

# ---------------------------------------------------------------- 053
t = """# MEMO

**To:** Investment Committee, Aurora Critical Minerals Fund
**From:** J. Whitfield, technical advisor
**Date:** 6 October 2025
**Re:** How the yttrium line at the target plant actually runs - notes from my site visit and discussions with
their (Chinese) operations lead

## Why this matters
The target's valuation assumes 99.999% Y2O3 at 180 t/yr. I wanted to understand whether that is credible.
Below is what the operations lead walked me through. I am writing it in plain English so the committee can
follow; the numbers are what he told me and what I saw on the DCS screens.

## The yttrium cut - naphthenic acid
- Yttrium behaves "lighter" than the heavy lanthanides in naphthenic acid, so it is left in the raffinate
  while everything else goes into the organic. That is the whole trick.
- Organic: naphthenic acid 20% (v/v), isooctanol 15%, sulfonated kerosene 65%. Saponified with ammonia to
  roughly 0.45-0.50 mol/L (they check it every shift by titration).
- Feed: mixed heavy chloride after Gd removal, Y2O3 about 60% of REO, 0.8-1.0 mol/L, pH 4.0-4.5.
- Cascade: 45 extraction stages + 35 scrubbing stages, scrub liquor 1.0-1.2 mol/L HCl (dilute - this is
  a weak extractant), strip 3 mol/L HCl in 8 stages.
- Flow ratio organic : feed : scrub = 6.5 : 1 : 0.8.
- Temperature: they keep the whole hall at 25-28 C; naphthenic acid systems are very sensitive, and phase
  separation becomes slow below 20 C.
- Product raffinate: Y2O3/REO 99.999% after a second polishing pass of 20 stages with the same system.
- Precipitation with oxalic acid (1.2x), calcination 900 C, 2 h.

## What can go wrong
- Naphthenic acid degrades (they top up ~2 kg/t product) and forms emulsions if the pH in the extraction
  stages goes above 5.2. The operations lead said they lose a week each year to this.
- Yield: about 92% of Y in feed ends up in 5N product; the rest goes to a 4N by-product.

## Conclusion for the committee
The process is credible and well run; the key-person risk (one Chinese operations lead who holds most of the
know-how in his head, plus export-control exposure if he is asked to transfer it abroad) is the main issue,
not the chemistry.
"""
add("pl-053.md", t, L("controlled", ["1E902.a"], ["separation"], [], "other", "en",
    "Investor memo in plain English recording a naphthenic-acid yttrium SX cascade: extractant mix, saponification, stage counts, acid strengths, flow ratio, precipitation."))

# ---------------------------------------------------------------- 055
t = """[微信] 老周 → Ali（马来西亚回收厂）10-26 21:40
老周：你们草酸沉淀收率低是因为 pH 太低了，先用氨水把浸出液调到 pH 1.8~2.0 再加草酸
老周：草酸 1.1 倍，60 度，加完陈化 40 分钟
老周：洗水用 50 度纯水，3 遍
老周：煅烧 900 度 2 小时，出来的镨钕镝混合氧化物能到 99%
Ali：Thanks 周工!! 🙏
"""
add("pl-055.txt", t, L("controlled", ["1E902.a"], ["recycling"], [], "other", "zh",
    "Short WeChat to Malaysian recycler: pH adjustment, oxalic acid excess, temperature, ageing, washing and calcination for recovered RE oxide."))

# ---------------------------------------------------------------- 054
s1 = """各位：

泰国项目的技术服务许可申请，按以下意见办：
1. 同意法务部方案，以公司名义向商务部申请两用物项出口许可（技术），外贸部牵头，技术中心配合，
   11 月 20 日前在系统里提交。
2. 情况说明按法务部修改稿（见下面附件正文）提交，技术内容只写到"环节和用途"层面，不附工艺文件。
3. 许可批下来之前，泰方的所有技术问题一律不答复，现场服务一律暂停。已经安排 11 月去泰国的两位工程师，
   行程取消，机票损失由项目承担。
4. 外贸部负责和泰方沟通，措辞要客气，说明是国家规定，不是我们不愿意。
5. 以后凡是涉及境外客户的技术交流、培训、来访，事先报法务部审核。

总经理 高志远
"""
s2 = """高总：

转发法务部关于泰国项目技术服务出口许可的意见及情况说明修改稿，请审阅。外贸部的意见是同意法务部方案，
关键是时间：商务部审查期限一般是 45 个工作日，泰方希望 2026 年 3 月开车，时间比较紧，
建议尽快提交。

外贸部 钱芳
"""
s3 = """钱经理：

关于泰国 S 公司"钕铁硼烧结生产线建设技术服务合同"的出口许可问题，法务部意见如下：

一、是否需要许可
根据商务部 2025 年第 62 号公告，"磁材制造"相关技术及其载体（包括设计图纸、工艺规范、工艺参数、
加工程序、仿真数据等），以及相关生产线的装配、调试、维护、维修和升级技术，均列入出口管制（管制编码
1E902.a、1E902.b）。合同约定的工艺包、设备选型、现场调试和人员培训，都落在上述范围内，需要申请许可。
出口的方式包括"技术传授、咨询、联合研发、雇佣或聘用"等，泰方人员来我厂培训也属于"在境内提供"，
需要另行提交《在境内提供受出口管制技术情况说明》。

二、由谁申请
出口经营者即我公司申请。泰方不能代为申请。

三、申请材料
1. 两用物项出口许可申请表（网上填报）；
2. 技术服务合同副本（中英文），合同中需补充"以取得出口许可为生效条件"的条款；
3. 《转移或者提供受出口管制技术情况说明》（按附件 1 填写指南，修改稿见下）；
4. 最终用户和最终用途说明（泰方出具，加盖公章，由法定代表人签字），需写明生产线地点、产能、产品用途，
   以及不用于军事用途、不转让第三方的承诺；
5. 泰方的营业执照、股权结构（需要确认有无被列入管控名单的股东）；
6. 我公司的出口管制内部合规制度文件。

四、时间
审查期限一般为 45 个工作日，需要征求有关部门意见的可能更长。建议 11 月 20 日前提交。

五、在许可下来之前
1. 暂停向泰方提供任何工艺文件、参数和图纸，已发出的资料请技术中心列出清单备查；
2. 暂停现场服务和培训；
3. 设备（烧结炉、气流磨等）作为货物出口的，按一般货物报关，但设备调试服务不能提供；
   另外须注意：如明知设备将用于境外磁材制造，根据公告，出口前也需申请许可，请外贸部同时评估设备部分。
4. 与泰方的往来邮件中不要讨论具体工艺问题。

六、风险提示
未经许可提供上述技术，根据《出口管制法》第三十四条，可能面临罚款、没收违法所得、责令停业整顿等处罚，
直接责任人员也可能被追究责任。

法务部 孟晓婷
"""
s4 = """附：《转移或者提供受出口管制技术情况说明》（修改稿，正文）

1. 技术名称：烧结钕铁硼永磁材料生产线建设技术服务
2. 管制编码：1E902.a、1E902.b
3. 技术所属环节：磁材制造（烧结钕铁硼）
4. 提供方：XX磁业股份有限公司（统一社会信用代码 91330xxxxxxxxxxxxx）
5. 接收方：S Magnetics Co., Ltd.（泰国春武里府）
6. 最终用途：泰方生产家电压缩机及工业电机用烧结钕铁硼磁体，设计产能 2,000 吨/年
7. 提供方式：技术资料交付、现场指导、接收方人员来华培训
8. 技术内容概述：烧结钕铁硼生产线工艺包（熔炼、制粉、成型、烧结、机加工、表面处理各工序的工艺规范）；
   生产线设备选型；生产线安装、调试及人员培训。
9. 技术水平说明：产品牌号 N35~N50、M~H 系列，不涉及晶界扩散及重稀土减量技术。
10. 合同金额：技术服务费 480 万美元
11. 合同期限：自许可生效之日起 24 个月
12. 接收方承诺：不用于军事用途，未经中方及中国政府同意不向第三方转让。
"""
s5 = """钱经理您好：

我是 S 公司驻上海的代表 Khun Niran。我们总部非常关心合同的进展，原定 11 月两位工程师来泰国做设备基础复核，
请问是否按计划进行？另外我们的采购部门想先下烧结炉和气流磨的订单，请问可以吗？

谢谢！
Niran
"""
s6 = """Niran 先生您好：

感谢来信。根据中国商务部今年 10 月发布的规定，合同约定的技术服务需要先取得出口许可。我司正在准备申请，
预计本月下旬提交。在许可批准之前，按规定我们暂时不能提供技术资料和现场服务，11 月的行程需要推迟，
非常抱歉给贵司带来不便。

设备订单方面，我们正在评估，评估结果出来后第一时间告诉您。

请贵司协助准备最终用户和最终用途说明（模板另附），由贵司法定代表人签字盖章。

钱芳
外贸部
"""
body = (s1 + "\n" + DISC_ZH
        + "\n\n------------------ 原始邮件 ------------------\n发件人: 钱芳 <qianfang@xx-magnet.com>\n发送时间: 2025年11月6日(星期四) 上午10:20\n收件人: 高志远 <gaozy@xx-magnet.com>\n抄送: 孟晓婷; 技术中心 沈工\n主题: 转发: 关于泰国项目技术服务出口许可的意见（法务部）\n\n"
        + s2
        + "\n\n------------------ 转发邮件 ------------------\n发件人: 孟晓婷 <mengxt@xx-magnet.com>\n发送时间: 2025年11月5日(星期三) 下午5:48\n收件人: 钱芳 <qianfang@xx-magnet.com>\n抄送: 技术中心 沈工\n主题: 关于泰国项目技术服务出口许可的意见（法务部）\n\n"
        + s3 + "\n" + s4
        + "\n\n------------------ 原始邮件 ------------------\n发件人: 钱芳 <qianfang@xx-magnet.com>\n发送时间: 2025年11月5日(星期三) 上午9:02\n收件人: Niran <niran@s-magnetics.co.th>\n主题: 回复: 11月工程师行程及设备订单\n\n"
        + s6
        + "\n\n------------------ 原始邮件 ------------------\n发件人: Niran <niran@s-magnetics.co.th>\n发送时间: 2025年11月4日(星期二) 下午3:15\n收件人: 钱芳 <qianfang@xx-magnet.com>\n主题: 11月工程师行程及设备订单\n\n"
        + s5)
# reply-all from technical centre on top, quoting the GM's decision
s0 = """高总、钱经理、孟律师：

收到。技术中心意见：
1. 已发给泰方的资料清单整理如下（仅列名称，不附内容）：设备布置图 1 份（厂房总图，非工艺图纸）、
   设备清单 1 份、公用工程需求表 1 份。均为 9 月份发出，未涉及工艺规范和工艺参数。
2. 情况说明第 9 项"技术水平说明"同意法务部写法。
3. 泰方工程师来华培训计划（原定 2026 年 1 月）暂停，待许可批准后重新安排。
4. 技术中心内部已通知：与泰方相关的邮件、微信，一律不讨论工艺内容，收到泰方技术问题转法务部。

技术中心 沈国平
"""
body = (s0 + "\n\n------------------ 原始邮件 ------------------\n发件人: 高志远 <gaozy@xx-magnet.com>\n发送时间: 2025年11月6日(星期四) 下午2:35\n收件人: 钱芳; 孟晓婷; 沈国平\n主题: 回复: 转发: 关于泰国项目技术服务出口许可的意见（法务部）\n\n" + body)
add("pl-054.eml", eml(A("沈国平", "shengp@xx-magnet.com"), A("高志远", "gaozy@xx-magnet.com"),
    "回复: 回复: 转发: 关于泰国项目技术服务出口许可的意见（法务部）", "Thu, 6 Nov 2025 16:52:09 +0800", body,
    cc="=?utf-8?b?" + base64.b64encode("钱芳".encode()).decode() + "?= <qianfang@xx-magnet.com>, =?utf-8?b?" + base64.b64encode("孟晓婷".encode()).decode() + "?= <mengxt@xx-magnet.com>", b64=True, fname="054"),
    L("clear", [], [], [], "email", "zh",
      "Long internal thread on applying for a technology export licence for a Thai NdFeB line; describes procedure and a scope summary only, no process values.", hard=True))

# ---------------------------------------------------------------- 056
b = """黃經理您好：

貴司桃園廠速凝爐（SC-600）本次大修，我司建議的檢修項目與復機步驟如下，請貴司設備課先行準備：

一、銅輥（冷卻輥）
1. 量測輥面：輥面粗糙度 Ra 應在 0.8~1.6 µm，目前照片顯示有明顯黏料及龜裂，需重新車削、研磨，
   單邊車削量不超過 1 mm；輥徑小於 580 mm（原始 600 mm）時報廢更換。
2. 車削後做動平衡，跳動量 ≤ 0.05 mm。
3. 內部冷卻水道：以 5% 檸檬酸循環清洗 4 小時去除水垢，之後以 0.6 MPa 水壓試驗 30 分鐘無滲漏。
4. 旋轉接頭與軸承全部更換。

二、中間包與澆注系統
1. 中間包耐材（剛玉質）全部更換，烘烤：室溫→300 ℃ 保溫 4 h→600 ℃ 保溫 4 h→900 ℃ 保溫 2 h，
   升溫速率 ≤ 50 ℃/h。
2. 澆口寬度依原設計，兩側間隙 ≤ 0.5 mm，中間包出口到輥面距離調回原設定值。

三、真空系統
1. 更換所有爐門及觀察窗 O 型環。
2. 冷態檢漏：極限真空 ≤ 0.5 Pa，壓升率 ≤ 0.3 Pa/min。

四、復機試車
1. 先以純鐵（或廢鋼）熔煉 300 kg 試澆，確認中間包流量均勻、片子無斷流。
2. 再以貴司正常合金及原有製程條件試生產一爐，量測片厚分布與原先記錄比對，
   偏差在 ±0.03 mm 內即可恢復生產。
3. 輥速、澆注溫度等製程設定值維持貴司原有設定，本次大修不做變更。

五、大修週期建議
每生產 1,500 爐或每 12 個月檢查輥面一次；中間包耐材每 300 爐更換。

我司可派兩位工程師赴台指導，惟須先完成大陸方面之相關出口手續，時程另行通知。

順頌 商祺
許 文 杰
售後服務部
"""
add("pl-056.eml", eml(A("許文杰", "xuwj@sx-meltequip.com"), A("黃經理", "huang.eq@tym-magnet.com.tw"),
    "SC-600 速凝爐大修及復機建議", "Tue, 28 Oct 2025 10:05:33 +0800", b, b64=True, fname="056"),
    L("controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", "zh",
      "Overhaul and restart instructions for a strip caster at a Taiwan magnet plant: roll refurbishing limits, tundish relining bake-out, leak test, trial cast; process settings unchanged."))

# ---------------------------------------------------------------- 057
t = """電話記錄 2025/10/29 16:10
來電：報關行 Jenny
事由：貴司 NdFeB 磁鐵（N42，3,000 pcs，空運）喺機場被扣，海關要：
1. 磁性物品運輸檢測報告（非限制性）；
2. 原產地及最終用戶資料；
3. 申報品名由「magnet」改為「sintered NdFeB permanent magnet, not magnetised」。
跟進：已通知採購 Kelvin 聯絡供應商補資料，預計 10/31 放行。
"""
add("pl-057.txt", t, L("clear", [], [], [], "other", "zh",
    "Short Hong Kong phone note on a customs hold of imported magnets; documents only.", hard=True))

# ---------------------------------------------------------------- 058
b = """阮总：

合资厂一期设备下个月到，您说越南的同事对整个流程还不熟，我用大白话把我们现在 N45H 的做法从头到尾说一遍，
让大家心里有个数。数字都是我们厂现在在用的。

1. 配料：(PrNd) 29.5%（Pr:Nd = 25:75），Dy 1.0%，B 0.96%，Co 1.2%，Cu 0.15%，Ga 0.20%，Al 0.15%，Zr 0.10%，
   Fe 余量。镨钕金属按 0.3% 烧损补。
2. 熔炼速凝：600 kg 真空感应炉，充氩 50 kPa，1450 ℃ 浇到铜辊上，辊速 1.3 m/s，片厚 0.3 mm 左右。
3. 氢破：0.18 MPa 吸氢 2 小时，550 ℃ 脱氢 5 小时。
4. 气流磨：氮气，含氧 ≤ 50 ppm，D50 3.2 µm，磨前加 0.06% 润滑剂。
5. 成型：1.8 T 磁场下压，生坯密度 4.0 g/cm³，然后 200 MPa 等静压。
6. 烧结：真空 1060 ℃ × 5 h；回火 900 ℃ × 2 h + 500 ℃ × 4 h。
7. 检测：Br ≥ 13.2 kG，HcJ ≥ 17 kOe，密度 ≥ 7.55。
8. 机加工：多线切割，镀 NiCuNi，厚度 10~20 µm。

关键就三条：全程防氧化（每一道都在氮气或真空里）、烧结温度要准（炉温均匀性 ±5 ℃）、
回火温度根据方形度微调。

设备到了以后，安装调试按设备厂的手册来。工艺文件正式版本要等公司批下来才能给，这封邮件你们内部看看就好。

钱工
"""
add("pl-058.eml", eml(A("钱伟", "qianwei@cn-vnmag.com"), A("Nguyen Van Thanh", "thanh.nv@vn-cnmag.com.vn"),
    "N45H 工艺流程大白话说明", "Wed, 29 Oct 2025 19:44:12 +0800", b, fname="058"),
    L("controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "email", "zh",
      "Plain-language mail to Vietnamese JV with full N45H alloy recipe and strip casting, HD, milling, pressing, sintering and ageing values."))

# ---------------------------------------------------------------- 059
t = """Chat export - "Furnace maintenance" group (WeChat), 2025-10-09

08:40 Hans (Stuttgart): Guten Morgen! 我们的 carbide sintering furnace (Sinter-HIP) 又报 vacuum leak alarm 了
08:45 老陈: leak rate 多少？
08:46 Hans (Stuttgart): 0.8 mbar·l/s at cold state, spec is < 0.05
08:50 老陈: 先查 door seal 和 thermocouple feedthrough，WC-Co 硬质合金炉子脱蜡段的石蜡会糊在密封上
08:52 老陈: dewaxing 400 ℃ 那段 H2 flow 够不够？不够的话蜡冷凝在冷端
08:55 Hans (Stuttgart): H2 60 l/min
08:58 老陈: 可以。sintering 1420 ℃ × 60 min, HIP 5 MPa Ar, 都是你们原来的 recipe 不用改
09:05 Hans (Stuttgart): Und the steel annealing furnace in Hall 2 - the burner tubes are cracked again
09:09 老陈: radiant tube 用 1.4841 还是 Kanthal APM？每年都裂说明 burner 太靠近 tube wall，调 burner 位置
09:11 Hans (Stuttgart): OK danke, I will check both today
09:12 老陈: 👍 拍照片发过来
"""
add("pl-059.txt", t, L("clear", [], [], [], "other", "mixed",
    "Chat on cemented-carbide sinter-HIP vacuum leak and steel annealing furnace maintenance; not rare-earth lines.", hard=True))

# ---------------------------------------------------------------- 060
t = """# 技術會議紀錄：釹鐵硼廢料直接再生燒結磁石（短流程）

- 日期：2025/10/08
- 地點：台中廠 第二會議室
- 出席：蔡協理、研發 張博士、製造 林課長、大陸顧問 鄭先生（視訊）
- 紀錄：陳怡君

## 一、背景
本公司每月產生約 18 噸燒結釹鐵硼切削廢料（塊狀邊角料及不良品）與 6 噸研磨油泥。目前全數外賣給回收商，
擬評估以「短流程」將塊狀廢料直接再製成 N40 級磁石。

## 二、鄭顧問說明（依錄音整理，數值經鄭顧問確認）

1. 適用原料：僅限未鍍層或已去除鍍層之塊狀廢料，油泥不適用（氧含量太高）。
2. 去鍍層：Ni 鍍層以 10% 硫酸 + 2% 雙氧水剝除，或以噴砂處理；環氧塗層以 450 ℃ 熱處理後噴砂。
3. 清洗：鹼洗除油 → 3% 硝酸酸洗 30 秒 → 純水超音波 → 乙醇脫水 → 真空乾燥。
4. 氫破：廢料塊較大，吸氫壓力 0.25 MPa、吸氫時間延長至 4 小時；脫氫 500 ℃ × 4 h（比新料低，保留部分氫）。
5. 補稀土：廢料晶界富釹相在回收過程中已部分氧化，需添加 NdHx 粉 2~3 wt%（或 PrNd 氫化物），
   在氣流磨前與粗粉混合，否則燒結緻密度不足。
6. 氣流磨：D50 3.5 µm，氮氣 O2 ≤ 30 ppm。
7. 成型及燒結：磁場 1.8 T，等靜壓 200 MPa；燒結 1070~1080 ℃ × 4 h（比新料高 10~20 ℃），
   回火 880 ℃ × 2 h + 480 ℃ × 3 h。
8. 預期性能：Br 12.8 kG、HcJ 13~14 kOe，約 N40 水準；若廢料摻比 ≤ 50%（其餘用新合金），
   性能可接近原牌號。
9. 氧含量為關鍵：最終磁石氧 ≤ 3000 ppm，超過則 HcJ 明顯下降。

## 三、討論
- 林課長：現有氫破爐可共用，但需排程；去鍍層需新增化學處理線，環保許可需 6 個月。
- 蔡協理：先以 30% 摻比試做三爐，確認性能及成本。
- 張博士：油泥部分仍外賣給大陸回收廠（氧化焙燒酸溶流程），不在本案範圍。

## 四、決議
1. 研發於 11 月完成 30% 摻比試驗三爐。
2. 鄭顧問後續指導須確認其是否需大陸出口許可，由法務處理。
"""
add("pl-060.md", t, L("controlled", ["1E902.a"], ["recycling", "magnet-manufacturing"], ["NdFeB"], "other", "zh",
    "Taiwan meeting minutes with mainland consultant's short-loop NdFeB scrap re-sintering route: stripping, HD, NdHx addition, milling, sintering, ageing, oxygen limit."))

# ================================================================ write
if __name__ == "__main__":
    import shutil
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    DOCS.sort(key=lambda d: d[0])
    names = [d[0] for d in DOCS]
    assert len(names) == len(set(names)), "duplicate names"
    with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for name, raw, logical, lab in DOCS:
            with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as g:
                g.write(raw)
            rec = {"file": name}
            rec.update(lab)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(DOCS), "documents")
