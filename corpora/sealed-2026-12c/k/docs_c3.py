from lib import *
from datetime import datetime

def build():
    d8 = lambda *a: datetime(*a, tzinfo=tz(8))
    # 15 bastnaesite flotation zh-TW / mixed
    msgs = [
     dict(body="""Dear Steve,

附上包頭那邊的浮選條件，是鄭教授的學生整理給我的，請轉給你們在 Mountain Pass 附近那個 pilot 的 metallurgist。我覺得第 2 段的藥劑制度最值錢。

Best,
Jason Liao 廖哲偉
Business Development | 台灣稀材顧問有限公司
This email is confidential. 本信件內容僅供收件人使用。"""),
     dict(banner="outlook_tw", frm="曹宇 <caoyu_bt@126.com>", date="2024年5月28日 星期二 下午 10:47", to="Jason Liao <jason@twrm-consult.com.tw>", subj="回复: 氟碳铈矿浮选",
      body="""廖总，按你要的整理了，我们对氟碳铈矿+独居石混合矿（REO 6–8%）是这么做的：

1. 磨矿：一段球磨，-0.074 mm 占 85–90%。先弱磁选除磁铁矿，场强 0.12 T。
2. 浮选药剂（吨矿）：水玻璃 2.0 kg 抑制脉石；明矾 0.3 kg；捕收剂用羟肟酸（H205 或 C5-9 羟肟酸）1.2 kg；起泡剂 2# 油 0.05 kg。矿浆温度加热到 55–60 ℃（这一步不加热回收率掉十几个点），pH 8.5–9.0 用纯碱调。
3. 流程：一粗两扫三精，粗选浓度 45%，精选逐步降到 30%。
4. 指标：精矿 REO 60% 以上，回收率 75–80%。如果要 REO 65%，精选多加一次，回收率掉到 70% 左右。
5. 高梯度磁选可以放在浮选前，1.4 T 回收独居石，和浮选精矿合并。

曹宇"""),
     dict(banner="outlook_tw", frm="Jason Liao <jason@twrm-consult.com.tw>", date="2024年5月27日 星期一 上午 9:03", to="曹宇 <caoyu_bt@126.com>", subj="氟碳鈰礦浮選",
      body="曹博士好，美國客戶想了解包頭型混合礦的浮選藥劑和條件，方便的話請幫忙整理一下，謝謝！\nJason"),
    ]
    eml("Jason/FW_氟碳鈰礦浮選條件.eml", "Jason Liao <jason@twrm-consult.com.tw>", "Steve Parker <sparker@westore-metals.com>",
        "FW: 回复: 氟碳铈矿浮选", d8(2024,5,29,8,20), thread(msgs))
    label("Jason/FW_氟碳鈰礦浮選條件.eml","controlled",["1E902.a"],["mining"],[],"email","mixed",False,
          "bastnaesite/monazite flotation regime with hydroxamic collector, dosages, temperature, circuit, in quoted reply")

    # 16 SmCo aging furnace repair (b), mixed, txt copy of email
    txt = """發件人: 黃志遠 <zy.huang@hkvacuum.com.hk>
發送時間: 2024年12月3日 星期二 15:26
收件人: Dave Miller <dmiller@arnold-sm.com>
抄送: service@hkvacuum.com.hk
主題: SmCo aging furnace VF-3 repair summary / 釤鈷時效爐維修總結

Dear Dave,

Please find the summary of the repair on your VF-3 aging furnace used for the 2:17 SmCo line.

Problem 問題
- Temperature uniformity at 830 °C aging plateau was ±14 °C (spec ±5 °C). Slow-cooling ramp (0.7 °C/min to 400 °C per your process card) could not be followed below 600 °C – furnace overshot and oscillated.

Root cause 原因
- Heating element zone 3 (rear) Mo strip cracked at the terminal; zone 3 running on half power.
- Control thermocouple TC-2 (type S) drifted −9 °C vs reference.
- PID in zone 1/2 had been set to aggressive values by operators after the element failure.

Repair 維修內容
1. Replaced zone 3 Mo heating strips (6 pcs) and ceramic insulators; terminal torque 12 N·m.
2. Replaced TC-2 and TC-4; calibrated all 5 TCs against reference at 400/600/830 °C.
3. Restored PID to commissioning values (Zone 1: P 18 I 240 D 40; Zone 2/3 same); enabled ramp-guaranteed soak.
4. Leak-up rate after repair 0.3 Pa/h (OK).

Verification 驗證
- 9-point survey at 830 °C: max deviation +3.1 / −2.7 °C.
- Slow cool 830→400 °C at 0.7 °C/min traced within ±2 °C of setpoint over the whole ramp.

Maintenance going forward 之後的保養
- Survey uniformity every 6 months and after any element work.
- Check terminal resistance of each zone monthly; >10% rise means element failing.
- Thermocouple replacement every 12 months (type S in the work zone).

Regards,
黃志遠 Huang Chi-yuen
Service Manager, HK Vacuum Engineering Ltd.
香港新界葵涌葵昌路 8 號 | +852 2419 7730
本電郵內容只供指定收件人使用。This message is intended solely for the named addressee.
"""
    write("service/VF-3 repair summary (SmCo aging furnace).txt", txt)
    label("service/VF-3 repair summary (SmCo aging furnace).txt","controlled",["1E902.b"],["magnet-manufacturing"],["SmCo"],"email","mixed",False,
          "txt copy of email: repair record and maintenance rules for SmCo 2:17 aging furnace; process values as targets only")

    # 17 Tb calcium reduction metal, plain zh, txt copy of email thread Foxmail
    msgs = [
     dict(body="""Alex:

老周说得很细，我就不翻译了，你找 Vivian 帮你翻成英文给韩国那边的金部长。注意只给金部长本人。

刘"""),
     dict(banner="foxmail", frm="\"周师傅\"<zhou.ll@gz-metal.cn>", date="2025年9月2日(星期二) 晚上8:55", to="\"刘经理\"<liu@hanxin-trade.com>", subj="回复：铽金属怎么还原",
      body="""刘经理：

铽金属我们是钙热还原，流程说白了就这样：

1. 原料氟化铽，要烘干，在 300 度真空烘 4 小时，水分不干后面金属氧含量高。
2. 钙用蒸馏钙，切成小块，用量是理论量多 15% 到 20%。
3. 氟化铽和钙屑在氩气手套箱里混好，装钽坩埚，一坩埚 8 公斤氟化铽。
4. 放进真空感应炉，先抽到 10 的负 3 次方帕，充氩到 0.05 兆帕，升温到 1450 到 1500 度，保温 15 分钟让金属和渣分开。温度不到 1450 金属聚不起来。
5. 冷却后把上面的氟化钙渣敲掉，底下金属锭收率 95% 左右，纯度 99.5%。
6. 要 99.9% 以上再做真空蒸馏，1650 度、10 的负 4 次方帕，蒸掉多余的钙。

周"""),
    ]
    write("mail/FW 铽金属怎么还原.txt", "主题：FW: 回复：铽金属怎么还原\n发件人：刘经理 <liu@hanxin-trade.com>\n收件人：Alex Park <alex.park@hanxin-trade.com>\n日期：2025年9月3日 09:14\n\n" + thread(msgs))
    label("mail/FW 铽金属怎么还原.txt","controlled",["1E902.a"],["metal-smelting"],[],"email","zh",False,
          "plain-language calcium reduction of TbF3 and vacuum distillation with temperatures, excess, yields in Foxmail-quoted reply")

    # 18 excluded: instructions to patent attorney (GBD) 
    body = """王律师您好，

附件是我们这次要申请的发明专利技术交底书的修改稿，已按您上次的意见补了实施例 3 和对比例。请尽快整理成权利要求书和说明书，争取本月底前提交，同时按 PCT 途径进入日本和德国。

交底书要点（供撰写权利要求用）：
1. 技术领域：烧结钕铁硼磁体晶界扩散。
2. 核心方案：在磁体表面涂覆 Tb70Cu30 合金粉（粒径 5–10 μm）涂覆量 0.4–0.6 wt%，在 880–920 ℃ 扩散 8–12 h，再 460–500 ℃ 时效 3–5 h。
3. 实施例 1：N52 基体 6 mm 厚，890 ℃×10 h + 480 ℃×4 h，HcJ 从 11.8 kOe 提高到 20.3 kOe，Br 下降 0.15 kGs。
4. 对比例：纯 TbH2 粉同条件 HcJ 19.1 kOe。
5. 希望保护范围：Tb-Cu 合金中 Cu 20–40 at%，扩散温度 850–950 ℃。

发明人：刘畅、高明远
申请人：江西恒磁新材料股份有限公司

如有问题请直接联系我。
刘畅
知识产权部
"""
    eml("刘畅/专利交底书_晶界扩散_修改稿.eml", "刘畅 <liuchang@hengci-nm.com>", "王律师 <wang@zhongzheng-ip.com>",
        "发明专利申请 - 技术交底书修改稿（晶界扩散 Tb-Cu）", d8(2025,10,9,16,22), body)
    label("刘畅/专利交底书_晶界扩散_修改稿.eml","excluded",["1E902.a"],["magnet-manufacturing"],["NdFeB"],"email","zh",False,
          "instructions to patent attorney for invention patent/PCT filing on Tb-Cu GBD", exclusion="patent-filing")
