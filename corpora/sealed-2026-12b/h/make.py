# -*- coding: utf-8 -*-
"""Generator for sealed batch h: plain-language threads and plant sheets.
Byte-reproducible: fixed seeds, fixed dates, fixed zip timestamps."""
import os, io, re, csv, json, random, zipfile, base64, datetime
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)
LABELS = []
FIXED_DT = datetime.datetime(2024, 11, 18, 9, 30, 0)


def label(file, verdict, codes, cats, mags, carrier, lang, hard, note, exclusion=None):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mags, carrier=carrier, exclusion=exclusion,
                       language=lang, hard_negative=hard, note=note))


def write_text(name, text, enc="utf-8", crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(enc))


def eml(name, hdr, body, b64=False):
    """hdr: list of (k,v); body: str. Headers with non-ascii are RFC2047 encoded."""
    from email.header import Header
    lines = []
    for k, v in hdr:
        try:
            v.encode("ascii")
            lines.append(f"{k}: {v}")
        except UnicodeEncodeError:
            if k in ("From", "To", "Cc"):
                # encode display names only
                parts = []
                for addr in v.split(", "):
                    m = re.match(r'(.*?)\s*<(.*)>', addr)
                    if m:
                        parts.append(Header(m.group(1), "utf-8").encode() + f" <{m.group(2)}>")
                    else:
                        parts.append(addr)
                lines.append(f"{k}: " + ", ".join(parts))
            else:
                lines.append(f"{k}: " + Header(v, "utf-8", maxlinelen=76).encode())
    lines.append("MIME-Version: 1.0")
    lines.append('Content-Type: text/plain; charset="utf-8"')
    if b64:
        lines.append("Content-Transfer-Encoding: base64")
        raw = base64.encodebytes(body.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
        txt = "\r\n".join(lines) + "\r\n\r\n" + raw.replace("\n", "\r\n")
    else:
        lines.append("Content-Transfer-Encoding: 8bit")
        txt = "\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(txt.encode("utf-8"))


def quote(s):
    return "\n".join(("> " + l) if l else ">" for l in s.strip("\n").split("\n"))


def fix_zip(path, core_dt="2024-11-18T09:30:00Z"):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in items:
            if n == "docProps/core.xml":
                d = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                           lambda m: m.group(1) + core_dt.encode() + m.group(3), d)
            zi = zipfile.ZipInfo(n, date_time=(2024, 11, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, d)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def xlsx(name, sheets, creator="user", title=None):
    """sheets: list of (sheetname, rows) rows = list of lists"""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sn, rows in sheets:
        ws = wb.create_sheet(sn)
        for r in rows:
            ws.append(r)
        for col in ws.columns:
            w = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(8, w + 2), 40)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    if title:
        wb.properties.title = title
    p = os.path.join(OUT, name)
    wb.save(p)
    fix_zip(p)


def write_csv(name, rows, enc="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(buf.getvalue().encode(enc))


R = random.Random(20241118)

# ============================ E-MAILS / MEMOS ============================

DISC_CN = ("本邮件及其附件含有保密信息，仅限于发送给上述收件人使用。如果您错误收到本邮件，请立即通知发件人并删除本邮件。\n"
           "This e-mail and any attachments are confidential and intended solely for the addressee.")
DISC_EN = ("CONFIDENTIALITY NOTICE: The information in this e-mail is confidential and may be legally privileged. "
           "If you are not the intended recipient, please delete it and notify the sender. "
           "Any views expressed are those of the author and not necessarily of the company.")

# ---- E1: sintering furnace recommissioning after relocation (b, NdFeB, en)
inner = """Hi Tomas,

Thanks for the photos. Short answers below, longer notes in the body of my reply
to Kenji.

Kenji - over to you.

Rgds
Wei"""
body = f"""Kenji, Tomas,

As promised after Tuesday's call, here is how I would bring furnace VSF-600 #2
back into service after the move to the new hall. Please treat the numbers as
what we used at our own plant; your own trial lots decide the final settings.

1. Mechanical / vacuum
- Re-level the chamber to within 0.5 mm/m before connecting the pumps. The door
  seal groove twisted on #1 last year because the frame was 2 mm off.
- Replace all viton O-rings on the door and the thermocouple feedthroughs, do
  not reuse them after transport.
- Pump train: rotary vane + Roots + diffusion pump. Blank off the chamber and
  check the pump train alone first; you should reach 5x10^-3 Pa at the pump
  head within 40 minutes.
- Rate-of-rise test on the empty, cold chamber: isolate for 10 min, rise must
  be below 0.5 Pa/h. If it is above 2 Pa/h do not go further, helium-leak the
  heat-exchanger flanges first - that is where we always find them.

2. Bake-out (empty, no boats)
- 200 C hold 2 h, 600 C hold 2 h, 1150 C hold 3 h under continuous pumping.
  This drives the water out of the graphite felt after it sat in a container
  for six weeks. Final vacuum at 1150 C should be better than 8x10^-3 Pa.
- Watch the heating-element current balance during the ramp, all three zones
  should stay within 5 % of each other.

3. Thermocouples and controller
- Check the three type-S couples against a reference couple in the centre of
  the load space at 900 C and 1060 C. Offsets larger than 3 C: replace the
  couple, don't just type in a correction.
- Temperature uniformity survey at 1060 C with 9 couples: +/-5 C is the
  acceptance criterion we signed off with the furnace vendor.
- Gas quench: argon at 80 kPa back-fill, fan on; load space should go from
  1060 C to below 150 C in about 2.5 h with a full load.

4. First trial load
- Use scrap green compacts, not production. Run your normal sintering
  program (ours is around 1060-1080 C for 4-5 h, then two ageing steps about
  900 C and 500 C) and compare density and Br/HcJ of the samples against the
  last lot from the old hall. Only release the furnace when density is
  >= 7.55 g/cm3 and HcJ is within 0.5 kOe of the reference lot.

5. Paperwork
- Log every rate-of-rise result in the furnace book; your auditors will want
  to see it before the PPAP re-submission.

Happy to go through this on a call on Thursday 8:00 CET.

Best regards,
Liu Wei
Senior Process Consultant
Tel +86 21 5xxx 0147

{quote(inner)}

-----Original Message-----
From: Tomas Berger <t.berger@magnetec-sk.eu>
Sent: Monday, October 14, 2024 16:02
To: Liu Wei <liuwei@hengda-consult.cn>
Cc: Kenji Kikuchi <k.kikuchi@magnetec-sk.eu>
Subject: Kikuchi line restart - sintering furnace VSF-600

Wei,
furnace #2 is now standing in hall C, power is connected. What do we have
to check before we put a production load in? Vendor service is booked out
until January.
Tomas

{DISC_EN}
"""
eml("RE_ Kikuchi line restart - sintering furnace VSF-600.eml",
    [("From", "Liu Wei <liuwei@hengda-consult.cn>"),
     ("To", "Kenji Kikuchi <k.kikuchi@magnetec-sk.eu>"),
     ("Cc", "Tomas Berger <t.berger@magnetec-sk.eu>"),
     ("Subject", "RE: Kikuchi line restart - sintering furnace VSF-600"),
     ("Date", "Wed, 16 Oct 2024 10:41:07 +0800"),
     ("Message-ID", "<20241016024107.7731@hengda-consult.cn>"),
     ("In-Reply-To", "<DB7PR02MB4431@magnetec-sk.eu>")], body)
label("RE_ Kikuchi line restart - sintering furnace VSF-600.eml", "controlled", ["1E902.b"],
      ["magnet-manufacturing"], ["NdFeB"], "email", "en", False,
      "Consultant to foreign magnet maker: re-commissioning a sintering furnace (vacuum checks, bake-out, TC survey, trial load); process values only as references")

# ---- E2: mixer-settler restart after maintenance to Vietnamese partner (b, separation, zh)
orig = """张工：
我们E线第3组槽子（Pr/Nd段）检修完了，换了8台搅拌电机和两段澄清室的衬板。
请告诉我们重新开车的顺序，上次开车后出口Nd2O3纯度3周都没有达标。
谢谢
Nguyen Van Hai
Dong Pao Rare Earth JSC"""
body = f"""Hai 你好：

按我们在包头那边检修后开车的做法，顺序如下，数字是我们的经验值，你们按自己的化验结果调整。

一、开车前检查
1. 每级槽子先用清水试漏24小时，混合室和澄清室隔板不能渗。衬板焊缝用电火花检漏仪过一遍，电压按衬板厚度取（3mm PVDF 我们用 15kV）。
2. 8台新电机逐台点动，确认转向。混合室搅拌转速调回原值（我们是 280-300 r/min），转速高了夹带会上来，这就是你们上次纯度不达标的一个原因。
3. 各级流量计、pH 计重新标定，皂化段的在线 pH 计一定要标。

二、充槽
1. 先按级进有机相，P507 浓度按原来 1.5 mol/L，磺化煤油稀释，液位到澄清室溢流口下 5 cm。
2. 水相不要直接进料液。先用上一批留下的反萃液和洗液按原来的浓度分布把各级水相补回去（检修前我们让你们留样化验的那 60 级水相的 Pr、Nd 浓度表就是用在这里）。分布没建起来就进料，出口要很久才稳定。
3. 皂化度先按 36% 控制，稳定后再回到正常值。

三、进料和平衡
1. 料液先按正常流量的 50% 进，洗酸和有机相同比例减，运行 48 小时。
2. 每 8 小时取第 1、15、30、45、60 级水相分析 Pr/Nd 比，和检修前的分布曲线对比，偏差在 10% 以内再把流量提到 100%。
3. 一般 5-7 天出口能回到 Nd2O3/REO ≥ 99.5%。如果第 7 天还不行，先查夹带（澄清室有机相里的水相含量，大于 0.5% 就要降转速），再查洗酸浓度。

四、记录
每天把流量、皂化度、各级分析数据填进我上次发你们的那张表，周五发给我看。

有问题随时打电话。

张建国
高级工程师 | 技术服务部
+86 472 xxxx 318

-------- 原始邮件 --------
发件人: Nguyen Van Hai <hai.nv@dongpao-re.vn>
发送时间: 2024年9月2日 14:17
收件人: 张建国 <zhangjg@btre-tech.com.cn>
主题: 萃取槽检修后开车安排

{quote(orig)}

{DISC_CN}
"""
eml("回复_萃取槽检修后开车安排.eml",
    [("From", "张建国 <zhangjg@btre-tech.com.cn>"),
     ("To", "Nguyen Van Hai <hai.nv@dongpao-re.vn>"),
     ("Subject", "回复: 萃取槽检修后开车安排"),
     ("Date", "Wed, 04 Sep 2024 09:12:55 +0800"),
     ("Message-ID", "<b71e02a9c4@btre-tech.com.cn>")], body, b64=True)
label("回复_萃取槽检修后开车安排.eml", "controlled", ["1E902.b"], ["separation"], [], "email", "zh", False,
      "Restart of P507 mixer-settler cascade after maintenance, sent to Vietnamese partner; commissioning sequence with reference values")

# ---- E3: electrolysis cell relining and start-up (a+b, metal-smelting, zh, .txt forwarded)
body = """转发：电解槽大修及启槽步骤（给老挝项目）
----------------------------------------------------------------
发件人: 王海涛
发送时间: 2024年7月22日 星期一 18:05
收件人: Somchai P.; 陈立
抄送: 刘敏
主题: 转发: 6kA 电解槽大修及启槽

陈立：下面是我给老挝那边写的，你帮我再看一遍，明天发出去。
海涛

>>> 正文 <<<

Somchai：

你们 3 号、5 号槽石墨坩埚已经烧穿，需要大修。按我们车间的做法写给你们，照着做就行。

1. 拆槽
   停电后先把钨阴极提出来，电解质趁热舀出，留下约 1/3 作下次启槽的底料。冷却 48 小时再拆石墨坩埚和阳极板。
2. 砌筑
   新石墨坩埚内径 φ520 mm，深 600 mm。坩埚和铁壳之间用刚玉粉填实，分 4 层捣打，每层 100 mm。底部钼坩埚（接金属用）放正，偏心不能超过 5 mm。
   阳极用 4 块石墨板，板厚 80 mm，和阴极间距 极距 保持 110-120 mm。
3. 烘槽
   石墨电阻烘槽：先用 1.5 kA 烘 12 小时，升到 3 kA 再烘 12 小时，槽内温度到 800 ℃ 以上。
4. 启槽
   加入留下的旧电解质和新料。电解质配比：氟化镨钕 88%，氟化锂 12%（质量），总量 约 380 kg。电流在 4 小时内从 3 kA 升到 6 kA。
5. 正常运行参数（和大修前一样）
   - 电解温度 1040-1060 ℃，用红外测温每小时测一次；
   - 槽电压 9.5-10.5 V；
   - 阴极电流密度 约 7 A/cm²，阳极电流密度 约 1.0 A/cm²；
   - 加料：镨钕氧化物每 3 分钟加一次，每次 0.5 kg，每小时约 10 kg，不要一次加多，否则槽底结壳；
   - 每 2 小时出一次金属，钼坩埚用真空吸出，铸锭；
   - 电流效率正常 78-82%，稀土直收率 ≥ 95%。
6. 大修后前 3 天的金属 C、O 偏高是正常的，C 到 0.03% 以下、O 到 0.03% 以下再按合格品入库。

有问题微信找我。

王海涛
包头某稀土金属公司 电解车间
"""
write_text("转发_电解槽大修及启槽步骤.txt", body)
label("转发_电解槽大修及启槽步骤.txt", "controlled", ["1E902.a", "1E902.b"], ["metal-smelting"], [], "email", "zh", False,
      "Forwarded note to Lao project: relining and restart of 6 kA PrNd electrolysis cell plus full operating parameters")

# ---- E4: consultant memo HD + jet mill upgrade (a+b, NdFeB, en)
body = """MEMO

To:      Mr. Ahmad Faisal, Plant Manager, PMX Magnetics Sdn Bhd (Penang)
From:    R. Zhou, independent process consultant
Date:    5 March 2024
Re:      Upgrade of the HD and jet-mill section - what to change and how to run it

Ahmad,

You asked for a plain-language note your shift leaders can read. Here it is.

1. Why the upgrade
   Your powder is too coarse and too oxidised. Last month's average was
   D50 = 4.6 um and 2,300 ppm oxygen in the sintered part. That is why
   HcJ is about 1.5 kOe below what the same alloy gives in Ningbo.

2. Hydrogen decrepitation (HD) furnace
   - Install the second rotary retort (500 kg/batch) next to the
     existing one; the foundation needs 4 anchor bolts M24, the drawings
     from the vendor are fine.
   - Absorption: load strip-cast flakes cold, evacuate to below 10 Pa,
     feed hydrogen to 0.15 MPa and keep it there. The flakes heat up by
     themselves; stop when pressure no longer drops for 20 min (normally
     2 to 2.5 h for 500 kg).
   - Dehydrogenation: heat to 560 C under vacuum, hold 6 h, until the
     pressure stays below 5 Pa. Then cool under argon with the retort
     turning. Do not open above 50 C.
   - Target hydrogen left in the powder: 1,000-1,500 ppm. Less makes the
     jet mill slow, more cracks the green parts in sintering.

3. Jet mill
   - Replace the old classifier wheel with the 4,200 rpm type and add an
     oxygen analyser on the nitrogen loop (alarm at 30 ppm, interlock
     stop at 50 ppm).
   - Grinding gas pressure 0.65 MPa, classifier 3,800-4,200 rpm, feed
     rate about 120 kg/h. Adjust the classifier speed, not the pressure,
     to hit D50 = 3.0-3.2 um.
   - Add 0.05 wt% zinc stearate lubricant before milling and 0.1 wt%
     after, in the mixer for 2 h under nitrogen.

4. Commissioning sequence
   a. Leak test HD retort at 0.2 MPa helium, 24 h, pressure drop < 1 %.
   b. Mill the first three batches from scrap alloy; measure D50 and O2
      every batch.
   c. Run one full lot through pressing and sintering; accept the line
      when sintered O2 < 1,200 ppm and HcJ gain >= 1 kOe over the
      January reference.

5. Maintenance after the upgrade
   - Classifier bearings: grease every 500 h, replace every 6,000 h.
   - Nitrogen loop filter: change when dP > 8 kPa.
   - HD retort door seal: replace every 150 cycles.

Call me if anything is unclear.

R. Zhou
"""
write_text("Memo_HD_jetmill_upgrade_Penang.txt", body)
label("Memo_HD_jetmill_upgrade_Penang.txt", "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB"],
      "process-spec", "en", False,
      "Consultant memo to Malaysian magnet plant: HD and jet-mill upgrade, commissioning, and running parameters (H2 pressure, dehydrogenation, D50, O2)")

# ---- E5: quote for mixer-settler spare parts (clear, en, hard neg)
orig = """Dear Ms. Li,

Please quote the following spares for our 60-stage P507 line, CIF Haiphong:
- mixer impellers, PVDF, dia 320 mm        x 12
- settler weir plates 1200 x 400 x 10       x 20
- flow meters DN25 PTFE lined              x 6
Delivery needed before Tet.

Regards,
Tran Minh Duc
Procurement, Lai Chau Rare Earth Processing"""
body = f"""Dear Mr. Duc,

Thank you for your enquiry. Please find our offer below (valid 30 days):

Item  Description                               Qty  Unit USD   Total USD
1     Mixer impeller PVDF d320, 4-blade         12     410.00    4,920.00
2     Weir plate PP-H 1200x400x10               20      96.00    1,920.00
3     Electromagnetic flowmeter DN25 PTFE        6     780.00    4,680.00
      Packing (fumigated wooden case)                            180.00
      Freight + insurance to Haiphong                            640.00
                                                Total CIF    12,340.00

Payment: 30% T/T advance, 70% against B/L copy.
Lead time: 25 days after advance payment, so ETD 20 Jan if we receive the
advance by 24 Dec.
HS codes: 8479.89 (impellers, plates), 9026.10 (flow meters). None of these
items is on the dual-use list according to our forwarder.

Drawings of the impeller hub are not part of the offer; we use your
sample dimensions from April.

Best regards,
Li Xiaoyan
Export Sales, Jiangxi Ruitai Anticorrosion Equipment Co., Ltd.
Tel +86 797 8xx 2231 | WeChat lxy_ruitai

-----Original Message-----
From: Tran Minh Duc <duc.tm@laichau-rep.vn>
Sent: Friday, December 6, 2024 11:20 AM
Subject: Fw: quote for mixer-settler spare parts

{quote(orig)}
"""
eml("Fw_ quote for mixer-settler spare parts.eml",
    [("From", "Li Xiaoyan <sales3@ruitai-fcs.com>"),
     ("To", "Tran Minh Duc <duc.tm@laichau-rep.vn>"),
     ("Subject", "RE: Fw: quote for mixer-settler spare parts"),
     ("Date", "Mon, 09 Dec 2024 15:03:41 +0800"),
     ("Message-ID", "<ruitai.20241209.0331@ruitai-fcs.com>")], body)
label("Fw_ quote for mixer-settler spare parts.eml", "clear", [], [], [], "email", "en", True,
      "Spare-parts quotation for a P507 mixer-settler line: prices, freight, payment; no process or maintenance know-how")

# ---- E6: refused request for parameters (clear, zh, hard neg)
orig = """王经理您好：
我们在马来西亚新建的分离厂下个月试车。能否把贵司 Pr/Nd 分离段的级数、流比、皂化度和洗酸浓度发给我们参考？
我们愿意支付咨询费。
此致
Dr. Lim Boon Keat"""
body = f"""Lim 博士您好：

感谢来信，也预祝贵司试车顺利。

关于您要的萃取分离段工艺参数（级数、流比、皂化度、洗酸浓度等），很抱歉我们这次不能提供。根据商务部2025年第62号公告，稀土冶炼分离相关技术及其载体（包括工艺参数）向境外提供需要先取得两用物项出口许可，咨询、技术服务等方式也在范围内。我们公司法务的意见是：在没有许可证之前，技术人员不得以邮件、电话或现场指导的方式提供任何此类数据。

如贵司确有需要，可以走以下途径：
1. 双方先签技术服务意向书，由我司作为出口经营者向商务部提出许可申请，需提交《转移或者提供受出口管制技术情况说明》和最终用户、最终用途证明；
2. 受理后审查时间一般为45个工作日，结果出来前我们不会发送任何技术资料；
3. 公开发表的文献和国家标准（例如 GB/T 相关产品标准）贵司可以自行查阅，这部分不受限制。

氧化镨钕和氧化镝的现货报价我们可以照常提供，如需要请告知数量和交货期。

此致
敬礼！

王 蕾
国际业务部 经理
赣州某稀土集团有限公司
电话：+86 797 xxxx 602

在 2025年10月28日 周二 21:44，Lim Boon Keat <bklim@mre-sep.com.my> 写道：
{quote(orig)}

{DISC_CN}
"""
eml("回复_关于萃取工艺参数的请求.eml",
    [("From", "王蕾 <wanglei@gzre-group.cn>"),
     ("To", "Lim Boon Keat <bklim@mre-sep.com.my>"),
     ("Subject", "回复: 关于萃取工艺参数的请求"),
     ("Date", "Thu, 30 Oct 2025 10:20:11 +0800"),
     ("Message-ID", "<gzre.20251030.102011.88@gzre-group.cn>")], body)
label("回复_关于萃取工艺参数的请求.eml", "clear", [], [], [], "email", "zh", True,
      "Refusal to send SX parameters to a foreign plant pending export licence; names the parameters but gives no values")

# ---- E7: licence application process (clear, mixed)
orig2 = """Hi Chen,
Our customer in Japan wants a 2-day training on site by your engineers for the
new grain-boundary diffusion line they bought from a German vendor. Do we need
a licence for that? How long does it take?
Best, Sarah"""
orig1 = f"""Sarah,
我先把情况问了一下商务厅窗口，详细回复见上。
Chen

{quote(orig2)}"""
body = f"""Sarah,

Follow-up after my call with the provincial commerce department today (总结一下):

1. Yes - on-site training by our engineers for a magnet line abroad counts as
   "提供" technology under MOFCOM Announcement 2025 No. 62 (技术传授、咨询 are
   named explicitly). Commissioning, maintenance and upgrade support for such
   lines is item 1E902.b. So we need a dual-use export licence before anyone
   flies.
2. Application goes through the 两用物项出口许可 online system. Documents:
   - application form + contract / draft service agreement;
   - 《转移或者提供受出口管制技术情况说明》 (Annex 1 of the announcement);
   - end-user and end-use certificate signed by the Japanese customer;
   - list of our engineers and the training outline (topics only, no data).
3. Timing: MOFCOM has 45 working days after acceptance. Realistically plan
   3 months from submission. Training in January is not realistic; propose
   April.
4. Until the licence is issued: no slides, no manuals, no parameter tables to
   the customer - not even "for preparation". Sales can keep talking prices
   and dates.

I'll prepare the draft 情况说明 next week; please get the end-user
certificate template signed on their side.

Thanks,
Chen Yu
Compliance Officer / 合规专员

-----Original Message-----
{quote(orig1)}
"""
eml("Re_ export licence application timeline - on-site training.eml",
    [("From", "Chen Yu <chenyu@ningbo-hmag.com>"),
     ("To", "Sarah Okada <s.okada@hmag-japan.co.jp>"),
     ("Subject", "Re: export licence application timeline - on-site training"),
     ("Date", "Fri, 21 Nov 2025 17:38:00 +0800"),
     ("Message-ID", "<hmag-cy-20251121173800@ningbo-hmag.com>")], body)
label("Re_ export licence application timeline - on-site training.eml", "clear", [], [], [], "email", "mixed", True,
      "Compliance thread on licence application for on-site training; quotes the regulation, no technical content")

# ---- E8: shipping schedule of magnets (clear, mixed)
body = """Hi Jonas,

九月份发运计划更新如下 / updated September shipping plan:

PO No.        Grade   Size (mm)            Coating  Qty (pcs)   Price EUR/pc  ETD Ningbo
HM-24-0611    N48SH   40 x 20 x 5          NiCuNi   120,000     0.412         06-Sep
HM-24-0612    N42UH   30 x 10 x 3.5        Zn        80,000     0.187         13-Sep
HM-24-0617    45SH    arc R28/R24 x 50     epoxy     45,000     0.655         20-Sep

- 0611 已经订舱 MSC, vessel MSC ANNA / 2436W, 预计 10-12 到 Hamburg.
- 0612 电镀线排产延后2天，ETD 还能赶上 13 号的船。
- 0617 需要客户确认包装：每箱 2,000 pcs 还是 1,500 pcs？磁体按 UN2807 申报，需要磁性测试报告（air freight only）——海运不需要。
- Dy 价格 8 月涨了 6%，10 月起 SH/UH 牌号的价格要调整，我下周发新报价。

报关资料（商业发票、装箱单、原产地证）我明天发给你们的 customs broker。

Best regards / 祝好
周 婷 Zhou Ting
Sales Dept., Ningbo H-Mag Co., Ltd.

> -----原始邮件-----
> 发件人: "Jonas Weber" <j.weber@antriebe-weber.de>
> 发送时间: 2024-08-27 09:12:44
> 主题: September shipments?
>
> Hi Ting, can you send me the September plan? Our line in Brno starts
> ramp-up on 1 Oct and we need 0611 before that.
> Jonas
"""
eml("回复_Re_ 9月发运计划及报关.eml",
    [("From", "周婷 <zhouting@ningbo-hmag.com>"),
     ("To", "Jonas Weber <j.weber@antriebe-weber.de>"),
     ("Subject", "回复: Re: 9月发运计划及报关"),
     ("Date", "Tue, 27 Aug 2024 16:55:30 +0800"),
     ("Message-ID", "<hmag-zt-20240827165530@ningbo-hmag.com>")], body)
label("回复_Re_ 9月发运计划及报关.eml", "clear", [], [], [], "email", "mixed", True,
      "Magnet shipping schedule, prices and customs; names grades only")

# ---- E9: copper SX restart (clear, en, hard neg)
body = """From: Peter Mwansa <p.mwansa@chambishi-cu.co.zm>
To: SX Shift Supervisors
Cc: Hu Jun <hujun@cnmc-consult.cn>
Date: 3 June 2024 07:15
Subject: FW: copper SX plant restart after the June shutdown

All,
please follow Mr Hu's note below for Thursday's restart. Questions to me.
Peter

---------- Forwarded message ----------
From: Hu Jun
Date: Sun, 2 Jun 2024 22:40
Subject: copper SX plant restart after shutdown

Peter,

Restart sequence for the 2E+1S circuit after the settler relining:

1. Fill settlers E1, E2, S1 with organic first: LIX 984N at 22 v/v% in
   Escaid 110. Check the organic max load on a lab shake-out: should be
   about 5.3 g/L Cu.
2. Start the mixers at 60 % speed, bring in PLS at 50 % of normal flow
   (PLS is around 3.2 g/L Cu, pH 1.7-1.9). Keep O/A at 1.1 on E1 with
   organic recycle.
3. Strip with spent electrolyte: 35 g/L Cu, 180 g/L H2SO4. Advance
   electrolyte should come back to 50 g/L Cu within one shift.
4. Entrainment: aqueous-in-organic after S1 below 50 ppm, organic-in-
   electrolyte below 10 ppm before electrolyte goes to the EW tankhouse;
   run the electrolyte filter and the coalescer for the first 24 h.
5. Go to 100 % PLS flow when raffinate is below 0.15 g/L Cu for two
   consecutive samples.
6. Crud: skim the E1 interface daily for the first week and send the
   crud to the clay treatment tank.

Cathode quality will recover after 2-3 days; expect some organic burn
on the first harvest.

Regards,
Hu Jun
"""
write_text("FW_ copper SX plant restart after shutdown.eml", body, crlf=True)
label("FW_ copper SX plant restart after shutdown.eml", "clear", [], [], [], "email", "en", True,
      "Copper SX/EW restart procedure (LIX 984N, O/A, entrainment); same vocabulary, other metal")

# ---- E10: aluminium pot preheat & start-up (clear, zh, hard neg)
body = """转发：铝电解槽焙烧启动方案（印尼项目二期 400kA）

各位：
下面是印尼项目二期的焙烧启动方案要点，请现场工程师按此执行，有变化及时沟通。

一、焙烧
1. 采用焦粒焙烧，焦粒粒度 1-4 mm，铺设厚度 20 mm，阳极按规定压紧。
2. 分流器分流，焙烧时间 72 小时，电流 8 小时内升至系列电流 400 kA。
3. 焙烧结束时阴极表面温度 ≥ 900 ℃，各点温差 ≤ 100 ℃。

二、启动
1. 灌入液体电解质 约 8 t，分子比（NaF/AlF3）2.6-2.8，先湿法启动。
2. 启动后 24 小时灌铝 12 t。
3. 启动初期槽电压 6-7 V，逐步降至 4.3 V；一周后分子比降到 2.4-2.5，电解温度控制 950-960 ℃。
4. 氟化铝按分子比分析结果添加，每天一次；氧化铝采用点式下料，下料间隔由槽控机按电阻斜率自动调整。

三、注意事项
- 启动后 30 天内不允许出现阳极效应系数 > 0.1 次/槽·日；
- 铁含量 ≥ 0.25% 的原铝单独存放；
- 槽壳温度超过 350 ℃ 的槽需加强风冷。

某铝业设计院 电解所
2024年5月10日
"""
write_text("转发_铝电解槽焙烧启动方案.txt", body)
label("转发_铝电解槽焙烧启动方案.txt", "clear", [], [], [], "email", "zh", True,
      "Aluminium potline preheat and start-up (cryolite bath, AlF3, cell voltage); look-alike fluoride-bath electrolysis")

# ---- E11: SmCo 2:17 aging furnace repair (b, SmCo, mixed)
body = """Hi Daniel,

关于你们 aging furnace #A2 的维修，我们的建议如下 (summary of yesterday's call):

1) Root cause: 冷却水套焊缝开裂 (cooling jacket weld crack at the rear flange),
   water got into the hot zone during the 14 Aug run -> the whole load
   oxidised and the Mo heating elements on the back wall are damaged.

2) Repair steps
   - 切割并重新焊接后法兰冷却水套，焊后 0.6 MPa 水压试验 30 min 不降压；
   - 更换后墙 6 根钼加热带及陶瓷绝缘子，新加热带冷态电阻偏差 < 3%；
   - 更换全部石墨毡保温层（进水后不能再用）；
   - 温控器换成新版 (Eurotherm 3504)，程序段数要够 ≥ 16 段，因为 2:17 的时效曲线有多段慢冷；
   - 修完空炉烘烤：400 ℃ / 2 h, 850 ℃ / 4 h，真空度到 5×10^-3 Pa。

3) Verification after repair
   - 9-point temperature survey at 830 C, uniformity +/-5 C;
   - 检查慢冷段控制能力: controller must hold a ramp of 0.7 C/min from 830 C down
     to 400 C within +/-0.1 C/min deviation — this is what your 2:17 program
     needs (reference only, keep your own recipe);
   - 试炉用报废的 Sm2Co17 坯料，测 Br / HcJ / Hk 和维修前同批对比，HcJ 差 < 1 kOe 才放行。

3) 费用和工期
   维修件我们可以从苏州发出，约 2 周。现场服务 2 人 × 5 天。

Best,
Frank Xu 徐峰
Field Service Manager
Suzhou Vac-Therm Equipment Co., Ltd.

-----Original Message-----
From: Daniel Moreau <d.moreau@aimants-lyon.fr>
Sent: 19 August 2024 17:30
To: Frank Xu
Subject: 钐钴 2:17 aging furnace repair

Frank, A2 tripped on water-flow alarm, inside is full of green oxide.
What do we replace and how do we re-qualify it? Production is waiting.
Daniel
"""
eml("RE_ 钐钴 2_17 aging furnace repair.eml",
    [("From", "Frank Xu <frank.xu@vactherm-sz.com>"),
     ("To", "Daniel Moreau <d.moreau@aimants-lyon.fr>"),
     ("Subject", "RE: 钐钴 2:17 aging furnace repair"),
     ("Date", "Tue, 20 Aug 2024 11:02:19 +0800"),
     ("Message-ID", "<vt-fx-20240820110219@vactherm-sz.com>")], body, b64=True)
label("RE_ 钐钴 2_17 aging furnace repair.eml", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["SmCo"], "email", "mixed", False,
      "Repair and re-qualification of a Sm2Co17 aging furnace for a French customer; slow-cool ramp only as reference")

# ---- E12: visit agenda (clear, en)
body = """Dear Dr. Hartmann,

Below is the draft agenda for your delegation's visit, 14-16 May:

Tue 14 May  arrive Baotou Donghe airport CA1113 14:35, pick-up by our driver
            (Mr. Gao, +86 139 xxxx 2210). Hotel: Shangri-La Baotou, 3 rooms
            booked, breakfast included.
Wed 15 May  09:00 company introduction, meeting room 2
            10:30 visit to the oxide warehouse and QC lab (no photography in
                  the separation workshop; the workshop itself is not part of
                  the visit)
            12:00 lunch
            14:00 commercial discussion: 2025 frame contract for Nd2O3 and
                  PrNd oxide, volumes and pricing formula (SMM/Asian Metal
                  average minus discount)
            18:30 dinner hosted by our GM
Thu 16 May  09:00 Bayan Obo mining museum (public tour), return flight
            CA1114 16:20

Please send passport copies of all visitors by 30 April for the factory
registration. As informed, our engineers cannot discuss process details
during the visit.

Kind regards,
Ms. Bai Lu
Overseas Marketing
"""
eml("Re_ visit agenda Baotou + hotel.eml",
    [("From", "Bai Lu <bailu@btre-tech.com.cn>"),
     ("To", "Dr. Jan Hartmann <jan.hartmann@vacmag-partners.de>"),
     ("Subject", "Re: visit agenda Baotou + hotel"),
     ("Date", "Mon, 15 Apr 2024 10:05:00 +0800"),
     ("Message-ID", "<btre-bl-20240415100500@btre-tech.com.cn>")], body)
label("Re_ visit agenda Baotou + hotel.eml", "clear", [], [], [], "email", "en", True,
      "Visit agenda, hotel and commercial discussion at an RE separation company; no technology")

# ---- E13: recycling line commissioning minutes to Thai partner (a+b, recycling, zh)
body = """钕铁硼废料回收线调试纪要（发泰方）

时间：2024年6月17日—6月28日
地点：泰国罗勇 SRM 公司回收车间
参加：我方 赵工、孙工；泰方 Mr. Anan、Ms. Pim 及三班班长
抄送：项目经理 何总

一、本次调试范围
油泥预处理（除油、干燥）、回转窑氧化焙烧、盐酸优溶、除杂、草酸沉淀、煅烧，共 6 个工序单机及联动调试。

二、调试过程和结论
1. 回转窑（φ1.2 m×12 m）
   - 冷态试车 8 小时，托轮温度正常，窑体摆动 ≤ 2 mm。
   - 热态：烧嘴点火后按 50 ℃/h 升温，窑头温度稳定在 750 ℃ 以后开始进料。油泥先在烘干机里 180 ℃ 脱油脱水，含油 < 1% 才能进窑。
   - 进料量从 300 kg/h 逐步加到 800 kg/h，窑内停留时间约 2 小时，焙烧后 Fe 全部变成 Fe2O3，磁性检查不吸为合格。
2. 优溶槽（4 台 10 m³ 搪瓷反应釜）
   - 焙砂：盐酸 = 1:3（液固比），温度 85-90 ℃，终点 pH 控制 4.0-4.5，反应 3 小时。
   - pH 不能低于 3.5，否则铁大量溶出；第一批 pH 到 2.8，料液含 Fe 4.2 g/L，已返工。第三批开始稳定在 Fe < 0.05 g/L。
3. 除杂：加少量 BaS 除 Pb/Cu，过滤后料液 REO 约 250 g/L。
4. 沉淀、煅烧：草酸用量为理论量的 1.1 倍，60 ℃ 沉淀，陈化 1 小时；煅烧炉 900 ℃、2 小时。
5. 联动 72 小时考核结果：稀土回收率 97.6%，氧化物 TREO 99.3%，(Pr+Nd)/TREO 76%，Dy+Tb 按来料比例回收。

三、遗留问题和维护要求
1. 回转窑窑尾密封漏风，泰方 7 月 10 日前更换石墨密封块。
2. 优溶槽搅拌减速机每 2000 小时换油，pH 电极每班标定一次。
3. 我方 9 月回访，复核回收率。

赵 明（签字）    Anan S.（签字）
"""
write_text("稀土废料回收线调试纪要_致泰国合作方.txt", body)
label("稀土废料回收线调试纪要_致泰国合作方.txt", "controlled", ["1E902.a", "1E902.b"], ["recycling"], [], "process-spec", "zh", False,
      "Commissioning minutes for NdFeB sludge recycling line in Thailand: roast, HCl selective leach, oxalate, with full parameters")

# ---- E14: ferrite kiln maintenance schedule (clear, en)
body = """Hi Ravi,

Maintenance window for tunnel kiln TK-2 (Sr-ferrite segments) is confirmed:
Sat 12 Oct 06:00 to Mon 14 Oct 22:00.

Scope:
- cool-down from 1230 C at max 50 C/h from Thursday night; pushers stop
  when the firing zone reads < 600 C
- replace 14 roof blocks in zone 9-11 (firing zone), spares are on site
- burner B7/B8 nozzle replacement, gas train leak test
- kiln car wheel bearings: cars 31-46
- recalibrate zone thermocouples 6-14

Heat-up after the repair: 30 C/h to 600 C, then 50 C/h to the normal
firing curve. First 10 cars with rejects only, check shrinkage and Br of
the test pieces from QC.

Contractor (Keramik-Bau) arrives Friday 15:00 for the safety induction.
Cost estimate: INR 18.4 lakh, PO raised.

Thanks,
Meera
Maintenance Planner, Sunrise Ferrites Pvt Ltd
"""
eml("Re_ TK-2 kiln maintenance schedule Oct.eml",
    [("From", "Meera Iyer <meera.iyer@sunriseferrites.in>"),
     ("To", "Ravi Kumar <ravi.k@sunriseferrites.in>"),
     ("Cc", "Wu Gang <wugang@hn-kilntech.com>"),
     ("Subject", "Re: TK-2 kiln maintenance schedule Oct"),
     ("Date", "Mon, 30 Sep 2024 12:14:00 +0530"),
     ("Message-ID", "<srf-mi-20240930121400@sunriseferrites.in>")], body)
label("Re_ TK-2 kiln maintenance schedule Oct.eml", "clear", [], [], [], "email", "en", True,
      "Ferrite tunnel kiln maintenance schedule; maintenance vocabulary on a non-RE magnet line")

# ---- E15: ion-adsorption in-situ leaching injection network repair (b, mining, zh)
orig = """刘工：
雨季过后我们 B2 采区的注液管网坏了很多，有 40 多个注液孔堵了，收液巷道也塌了一段。
怎么修？修好后怎么重新注液？
Kyaw Zin
（缅甸项目现场）"""
body = f"""Kyaw Zin：

根据你发的照片，建议按下面顺序维修，修完再恢复注液。

1. 先停 B2 区注液，只保留收液，把山体里的母液继续收 5-7 天，降低渗漏风险。
2. 注液孔：堵塞的孔用高压水（0.3-0.4 MPa）冲洗，冲不通的就在原孔旁 0.5 m 重新打孔。孔径 φ200 mm，孔深打到全风化层下部，离基岩 1-2 m 为止，孔距保持原来的 2.5 m × 2.5 m 网格。
3. 注液管网：主管 DN63 PE 管，支管 DN25，每孔一个阀门。破损的管段全部换掉，接头用热熔，不要再用卡箍。
4. 收液巷道：塌方段重新支护，巷道底部铺 1 mm HDPE 防渗膜，坡度不小于 3‰，集液沟接到集液池。
5. 检测：修好后先注清水 2 天，看各收液点的回收率，低于 80% 的地段要找渗漏点。
6. 恢复注液：硫酸铵浓度还按原来的 2% 左右（以你们之前做的浸矿试验为准），pH 5-6，注液强度和修之前一样。母液稀土浓度回到 0.8 g/L 以上说明管网恢复正常。

另外，每月巡检一次注液孔水位和管网压力，记录表我另外发给你。

刘 强
江西某矿业技术服务有限公司

-------- 转发的邮件 --------
{quote(orig)}

{DISC_CN}
"""
eml("回复_B2采区注液管网维修.eml",
    [("From", "刘强 <liuqiang@jx-mintech.cn>"),
     ("To", "Kyaw Zin <kyawzin.mm@gmail.com>"),
     ("Subject", "回复: B2采区注液管网维修"),
     ("Date", "Mon, 07 Oct 2024 08:47:26 +0800"),
     ("Message-ID", "<jxmt-lq-20241007084726@jx-mintech.cn>")], body)
label("回复_B2采区注液管网维修.eml", "controlled", ["1E902.b"], ["mining"], [], "email", "zh", False,
      "Repair of in-situ leaching injection well network at a Myanmar ion-clay mine; lixiviant values only as references")

# ============================ SHEETS ============================

# ---- S1: SX P507 cascade shift log (a, separation, zh)
rows = [["日期", "班次", "槽组", "F料液 L/min", "S有机 L/min", "W洗酸 L/min", "H+ 洗 mol/L", "皂化度%", "P507 mol/L",
         "进料REO g/L", "第1级 Nd/ΣRE%", "第30级 Pr/ΣRE%", "出口Nd2O3纯度%", "出口Pr6O11纯度%", "记录人"]]
for d in range(1, 15):
    for sh in ("白", "中", "夜"):
        rows.append([f"2024-11-{d:02d}", sh, "E3(Pr/Nd)", round(R.uniform(2.35, 2.55), 2), round(R.uniform(11.8, 12.4), 1),
                     round(R.uniform(1.75, 1.9), 2), round(R.uniform(3.2, 3.5), 2), round(R.uniform(35.5, 37.0), 1), 1.5,
                     round(R.uniform(265, 280), 0), round(R.uniform(99.3, 99.8), 2), round(R.uniform(97.5, 99.0), 2),
                     round(R.uniform(99.45, 99.72), 2), round(R.uniform(99.0, 99.4), 2), R.choice(["李", "赵", "何"])])
rows2 = [["参数", "设定值", "范围", "说明"],
         ["级数 萃取段", 38, "", ""], ["级数 洗涤段", 32, "", ""], ["级数 反萃段", 8, "", ""],
         ["O/A 萃取段", 3.8, "3.6-4.0", ""], ["反萃酸 HCl mol/L", 5.5, "5.2-5.8", ""],
         ["搅拌转速 r/min", 290, "280-300", "夹带>0.5%降速"], ["槽温 ℃", 28, "20-35", ""]]
xlsx("SX-E3槽体运行日志_2024-11.xlsx", [("运行记录", rows), ("工艺设定", rows2)], creator="e3_shift")
label("SX-E3槽体运行日志_2024-11.xlsx", "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", "zh", False,
      "Pr/Nd P507 cascade shift log with flows, saponification, acidity, stage counts and O/A set points")

# ---- S2: extraction section ratio table, GB18030 CSV, no 'rare earth' words (a, separation, zh)
rows = [["段别", "级序", "有机相", "浓度mol/L", "皂化%", "料液位置", "O/A", "洗酸N", "反萃N", "目标", "备注"],
        ["LaCe/PrNd", "1-42", "P507-煤油", 1.5, 36, 20, 2.9, 3.0, 6.0, "La≤0.05%", ""],
        ["Ce/Pr", "1-55", "P507-煤油", 1.5, 36, 28, 3.3, 3.2, 6.0, "CeO2/TREO≤0.02%", ""],
        ["Pr/Nd", "1-70", "P507-煤油", 1.5, 36, 38, 3.8, 3.4, 5.5, "Nd2O3≥99.5%", "进料F=2.45"],
        ["Nd/Sm", "1-40", "P507-煤油", 1.0, 32, 18, 2.2, 2.5, 5.5, "Sm≤0.01%", ""],
        ["Tb/Dy", "1-60", "P507-煤油", 1.0, 30, 30, 4.6, 2.0, 4.5, "Dy2O3≥99.9%", "温度控制30℃"],
        ["Y", "1-45", "环烷酸-混醇", 0.8, 70, 22, 1.8, 2.8, 3.0, "Y2O3≥99.999%", "环烷酸体系"]]
write_csv("萃取段配比表_v3.csv", rows, enc="gb18030")
label("萃取段配比表_v3.csv", "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", "zh", False,
      "GB18030 CSV of SX section set points (stages, O/A, saponification, acid) without the words rare earth")

# ---- S3: PrNd electrolysis shift log (a, metal-smelting, mixed)
rows = [["Date", "Cell#", "I(kA)", "U(V)", "T(℃)", "氧化物加料 kg/h", "LiF%", "出金属 kg", "C%", "O%", "CE%", "班长"]]
for d in range(1, 11):
    for c in ("E-03", "E-05", "E-07", "E-11"):
        rows.append([f"2024-10-{d:02d}", c, round(R.uniform(5.9, 6.1), 2), round(R.uniform(9.6, 10.4), 2),
                     int(R.uniform(1038, 1062)), round(R.uniform(9.4, 10.6), 1), round(R.uniform(11.5, 12.5), 1),
                     round(R.uniform(80, 92), 1), round(R.uniform(0.012, 0.028), 3), round(R.uniform(0.010, 0.025), 3),
                     round(R.uniform(77, 82), 1), R.choice(["Zhang", "Ma", "Li"])])
rows2 = [["Item", "Set", "Note"], ["Bath", "PrNdF3:LiF = 88:12 wt", "total ~380 kg"], ["Anode", "graphite 4 pcs", "CD ~1.0 A/cm2"],
         ["Cathode", "W rod d70", "CD ~7 A/cm2"], ["Feed", "0.5 kg / 3 min", "PrNd oxide"], ["Tap", "every 2 h", "Mo crucible, vacuum"]]
xlsx("EC-shift-log-Oct.xlsx", [("log", rows), ("setpoints", rows2)], creator="ec_line")
label("EC-shift-log-Oct.xlsx", "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", "mixed", False,
      "6 kA PrNd molten-salt electrolysis shift log with bath composition, current density and feed regime")

# ---- S4: HD/JM/sinter recipe table (a, NdFeB, en)
rows = [["Grade", "Alloy", "HD_abs MPa", "HD_dh T(C)", "HD_dh t(h)", "JM P(MPa)", "CW rpm", "D50 um", "Field T", "CIP MPa",
         "Sint T(C)", "Sint t(h)", "Age1 T", "Age1 t", "Age2 T", "Age2 t", "Br kGs", "HcJ kOe"]]
spec = [("N52", "A52-01", 0.12, 540, 6, 0.65, 4200, 3.0, 2.0, 200, 1045, 5, 900, 2, 490, 3, 14.4, 12.5),
        ("N48H", "A48H-03", 0.15, 560, 6, 0.65, 4000, 3.2, 1.9, 200, 1055, 5, 900, 2, 500, 3, 13.9, 17.5),
        ("N45SH", "A45SH-02", 0.15, 560, 7, 0.65, 3900, 3.3, 1.9, 200, 1065, 4, 890, 2, 510, 3, 13.5, 21.0),
        ("N42UH", "A42UH-05", 0.15, 570, 7, 0.6, 3800, 3.5, 1.8, 180, 1070, 4, 880, 2, 520, 4, 13.0, 26.0),
        ("N38EH", "A38EH-01", 0.18, 580, 8, 0.6, 3700, 3.6, 1.8, 180, 1080, 4, 880, 3, 530, 4, 12.4, 31.0)]
for s in spec:
    rows.append(list(s))
alloys = [["Alloy", "PrNd wt%", "Dy wt%", "Tb wt%", "B wt%", "Co wt%", "Cu wt%", "Al wt%", "Ga wt%", "Zr wt%", "Fe"],
          ["A52-01", 31.2, 0, 0, 0.92, 0.8, 0.12, 0.1, 0.1, 0.08, "bal"],
          ["A48H-03", 30.5, 0.8, 0, 0.94, 1.0, 0.15, 0.2, 0.15, 0.1, "bal"],
          ["A45SH-02", 29.0, 2.5, 0, 0.95, 1.2, 0.15, 0.3, 0.2, 0.1, "bal"],
          ["A42UH-05", 26.5, 4.5, 0.5, 0.96, 2.0, 0.15, 0.3, 0.2, 0.12, "bal"],
          ["A38EH-01", 24.0, 6.0, 1.2, 0.98, 2.5, 0.15, 0.4, 0.25, 0.12, "bal"]]
xlsx("HD-JM-SINT recipe table rev7.xlsx", [("recipe", rows), ("alloy", alloys)], creator="PE-magnet")
label("HD-JM-SINT recipe table rev7.xlsx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", "en", False,
      "Sintered NdFeB grade recipes: alloy composition, HD, jet mill, pressing, sintering and ageing set points")

# ---- S5: sintering/aging furnace maintenance checklist (b, NdFeB, zh)
rows = [["序号", "部位", "点检内容", "标准", "周期", "方法", "结果", "处理", "点检人"],
        [1, "真空系统", "压升率", "≤0.5 Pa/h（冷态空炉10 min）", "每周", "隔离测试", "0.32", "", "孙"],
        [2, "真空系统", "极限真空", "≤5×10⁻³ Pa", "每周", "复合真空计", "3.8E-3", "", "孙"],
        [3, "扩散泵", "泵油液位/颜色", "液位线±5mm，无发黑", "每月", "目视", "OK", "", "孙"],
        [4, "罗茨泵", "轴承温度", "≤70 ℃", "每班", "红外测温", "58", "", "周"],
        [5, "加热带", "三区电流平衡", "偏差≤5%", "每炉", "电流表", "3.1%", "", "周"],
        [6, "热电偶", "S型偶比对", "偏差≤3 ℃（900/1060 ℃）", "每季", "标准偶比对", "1.8", "", "孙"],
        [7, "炉温均匀性", "9点测温", "±5 ℃ @1060 ℃", "每半年", "TUS", "+3.2/-4.1", "", "外委"],
        [8, "冷却风机", "氩气回充压力", "80 kPa", "每炉", "压力表", "80", "", "周"],
        [9, "冷却水", "进出水温差", "≤10 ℃", "每班", "温度计", "7", "", "周"],
        [10, "炉门", "O型圈", "无压痕裂纹，每150炉更换", "每炉", "目视", "已换", "第148炉更换", "孙"],
        [11, "隔热屏", "石墨毡", "无掉渣、无发白", "每月", "目视", "局部掉渣", "下次停炉更换", "孙"],
        [12, "工艺曲线", "烧结/一级/二级时效", "1060 ℃×5h / 900 ℃×2h / 500 ℃×3h（参考）", "每炉", "记录仪", "符合", "", "周"]]
xlsx("烧结时效炉点检表_2#炉.xlsx", [("点检", rows)], creator="设备科")
label("烧结时效炉点检表_2#炉.xlsx", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", "zh", False,
      "Maintenance checklist for NdFeB sintering/ageing vacuum furnace; process curve only as reference")

# ---- S6: sludge leach DCS export (a, recycling, en, no RE words)
rows = [["Timestamp", "TI-301.PV", "TI-302.PV", "AIC-310.PV", "AIC-310.SP", "FIC-305.PV", "FIC-305.SP", "WI-320.PV",
         "TI-401.PV", "AI-415.PV", "LI-330.PV"]]
t0 = datetime.datetime(2024, 3, 12, 0, 0)
for i in range(96):
    ts = t0 + datetime.timedelta(minutes=15 * i)
    rows.append([ts.strftime("%Y-%m-%d %H:%M"), round(R.uniform(745, 760), 1), round(R.uniform(86, 90), 1),
                 round(R.uniform(4.05, 4.45), 2), 4.2, round(R.uniform(0.0, 1.8), 2), "AUTO", round(R.uniform(780, 810), 0),
                 round(R.uniform(895, 905), 1), round(R.uniform(0.01, 0.06), 3), round(R.uniform(55, 72), 1)])
legend = [["#TAG LEGEND (line R2)"], ["TI-301 kiln hot-end temp C (oxidising roast of swarf/sludge)"],
          ["TI-302 leach reactor R-2 temp C"], ["AIC-310 leach pH, HCl dosing, SP 4.2"],
          ["FIC-305 31% HCl flow m3/h"], ["WI-320 roasted feed kg/h"], ["TI-401 calciner temp C (oxalate)"],
          ["AI-415 Fe in leach liquor g/L"], ["LI-330 reactor level %"]]
write_csv("leach_R2_DCS_export_20240312.csv", legend + [[]] + rows)
label("leach_R2_DCS_export_20240312.csv", "controlled", ["1E902.a"], ["recycling"], [], "parameter-sheet", "en", False,
      "DCS trend export of magnet-swarf roast / selective HCl leach line: tags and numbers only, no 'rare earth'")

# ---- S7: SmCo 2:17 heat-treatment program (a, SmCo, en)
rows = [["SEG", "TYPE", "TARGET_C", "RATE_C/min", "HOLD_min", "ATM", "P_Pa", "NOTE"],
        [1, "RAMP", 600, 10, 0, "VAC", "<5E-3", "degas"], [2, "DWELL", 600, 0, 60, "VAC", "<5E-3", ""],
        [3, "RAMP", 1205, 8, 0, "Ar", "6E4", "sinter"], [4, "DWELL", 1205, 0, 60, "Ar", "6E4", ""],
        [5, "RAMP", 1175, 1, 0, "Ar", "6E4", "to solution"], [6, "DWELL", 1175, 0, 240, "Ar", "6E4", "solution treat"],
        [7, "QUENCH", 25, 0, 0, "Ar fan", "8E4", "fast gas quench"],
        [8, "RAMP", 840, 10, 0, "Ar", "6E4", "aging"], [9, "DWELL", 840, 0, 720, "Ar", "6E4", "12 h iso-aging"],
        [10, "RAMP", 400, 0.7, 0, "Ar", "6E4", "slow cool"], [11, "DWELL", 400, 0, 600, "Ar", "6E4", ""],
        [12, "QUENCH", 25, 0, 0, "Ar fan", "8E4", "end"]]
hdr = [["#PRG 2_17-HT-26M  furnace A2  rev 4"], ["#alloy Sm25.5 Fe19 Cu5.8 Zr2.8 Co bal (wt%)  target Br 10.8 kGs HcJ >25 kOe"]]
write_csv("2-17 HT program A2 rev4.csv", hdr + rows)
label("2-17 HT program A2 rev4.csv", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "parameter-sheet", "en", False,
      "Furnace segment program for Sm2Co17: sinter, solution, quench, aging, slow cool, with alloy")

# ---- S8: in-situ leaching injection log (a, mining, zh)
rows = [["日期", "采区", "孔组", "注液孔数", "(NH4)2SO4 %", "注液pH", "注液量 m³", "收液量 m³", "母液REO g/L", "母液pH",
         "除杂pH", "NH4HCO3 t", "碳酸稀土 t", "备注"]]
for d in range(1, 21):
    for blk in ("A3-1", "A3-2"):
        inj = round(R.uniform(380, 450), 0)
        rows.append([f"2024-05-{d:02d}", "A3", blk, R.choice([212, 216, 220]), round(R.uniform(1.8, 2.5), 1), round(R.uniform(5.0, 5.6), 1),
                     inj, round(inj * R.uniform(0.78, 0.88), 0), round(R.uniform(0.6, 1.3), 2), round(R.uniform(4.2, 4.8), 1),
                     round(R.uniform(5.0, 5.3), 1), round(R.uniform(2.5, 4.0), 1), round(R.uniform(0.9, 1.6), 2), ""])
rows2 = [["项目", "参数"], ["孔网", "2.5 m × 2.5 m"], ["孔径/孔深", "φ200 mm / 至全风化层底 1-2 m"],
         ["注液强度", "前期 2.0-2.5%，后期 1.0%，顶水 清水"], ["除杂", "NH4HCO3 调 pH 5.0-5.3 除 Al"],
         ["沉淀", "NH4HCO3 至 pH 6.8-7.0"]]
xlsx("A3采区注液收液台账_5月.xlsx", [("台账", rows), ("工艺", rows2)], creator="采区技术员")
label("A3采区注液收液台账_5月.xlsx", "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", "zh", False,
      "In-situ leaching ledger for ion-adsorption clay: lixiviant concentration, well grid, impurity removal and precipitation pH")

# ---- S9: Ce magnet formula trials (a, NdFeB+Ce, mixed)
rows = [["Lot", "Ce/TRE %", "TRE wt%", "B wt%", "Co", "Cu", "Ga", "SC wheel m/s", "HD", "D50 um", "Sint ℃×h",
         "Age2 ℃×h", "Br T", "HcJ kA/m", "(BH)max kJ/m3", "结论"]]
for i, ce in enumerate([10, 15, 20, 25, 30, 35, 40, 45]):
    rows.append([f"CE-24{i+11:02d}", ce, round(31.0 + ce * 0.02, 2), 0.98, 1.0, 0.15, 0.2 + (0.1 if ce >= 30 else 0),
                 round(1.9 - ce * 0.005, 2), "标准", 3.4, f"{1040 - ce // 5 * 5}×5", "480×3",
                 round(1.36 - ce * 0.0045, 3), round(1150 - ce * 12.5, 0), round(355 - ce * 2.3, 0),
                 "双主相，可用" if ce <= 35 else "HcJ 不足"])
xlsx("Ce磁体配方试验记录.xlsx", [("trials", rows)], creator="R&D-2")
label("Ce磁体配方试验记录.xlsx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "parameter-sheet", "mixed", False,
      "Ce-substituted dual-main-phase magnet trial log: composition, strip casting, sintering, properties")

# ---- S10: Cu SX-EW shift log (clear, en)
rows = [["Date", "Shift", "PLS m3/h", "PLS Cu g/L", "PLS pH", "Raff Cu g/L", "O/A E1", "LO Cu g/L", "SO Cu g/L",
         "AdvE Cu g/L", "SpE Cu g/L", "SpE H2SO4 g/L", "A/O ppm", "O/A ppm", "Cathode t"]]
for d in range(1, 16):
    for sh in ("A", "B"):
        rows.append([f"2024-06-{d:02d}", sh, int(R.uniform(780, 840)), round(R.uniform(3.0, 3.4), 2), round(R.uniform(1.7, 1.9), 2),
                     round(R.uniform(0.10, 0.16), 2), round(R.uniform(1.05, 1.15), 2), round(R.uniform(4.6, 5.0), 2),
                     round(R.uniform(1.8, 2.2), 2), round(R.uniform(48, 51), 1), round(R.uniform(34, 36), 1),
                     int(R.uniform(175, 185)), int(R.uniform(20, 45)), int(R.uniform(3, 9)), round(R.uniform(42, 47), 1)])
xlsx("SXEW shift log June.xlsx", [("SX", rows)], creator="cmetals")
label("SXEW shift log June.xlsx", "clear", [], [], [], "parameter-sheet", "en", True,
      "Copper SX-EW shift log (O/A, loaded/stripped organic); look-alike to RE SX logs")

# ---- S11: zinc leach/purification daily (clear, zh, GB18030)
rows = [["日期", "中浸pH", "中浸温度℃", "中上清Zn g/L", "Fe g/L", "针铁矿除铁温度℃", "一段净化锌粉 kg/m³", "Cu mg/L",
         "Cd mg/L", "二段温度℃", "Co mg/L", "锑盐 g/m³", "新液Zn g/L"]]
for d in range(1, 21):
    rows.append([f"2024-04-{d:02d}", round(R.uniform(5.0, 5.3), 2), int(R.uniform(68, 75)), round(R.uniform(145, 160), 1),
                 round(R.uniform(0.005, 0.02), 3), int(R.uniform(85, 92)), round(R.uniform(1.8, 2.4), 1), round(R.uniform(0.1, 0.4), 2),
                 round(R.uniform(0.5, 1.5), 2), int(R.uniform(80, 88)), round(R.uniform(0.3, 0.9), 2), round(R.uniform(1.5, 2.5), 1),
                 round(R.uniform(150, 165), 1)])
write_csv("锌浸出净化日报_2024-04.csv", rows, enc="gb18030")
label("锌浸出净化日报_2024-04.csv", "clear", [], [], [], "parameter-sheet", "zh", True,
      "Zinc neutral leach and purification daily report, GB18030; hydrometallurgy look-alike")

# ---- S12: Ni-Co P507 extraction (clear, zh, hard)
rows = [["日期", "班次", "料液Co g/L", "料液Ni g/L", "料液pH", "P507 %(v/v)", "皂化率%", "O/A", "萃取级数", "洗涤级数",
         "反萃H2SO4 mol/L", "萃余Co mg/L", "反萃液Ni/Co", "硫酸钴产量 t"]]
for d in range(1, 16):
    for sh in ("甲", "乙"):
        rows.append([f"2024-08-{d:02d}", sh, round(R.uniform(14, 16), 2), round(R.uniform(78, 85), 1), round(R.uniform(4.6, 5.0), 2),
                     25, round(R.uniform(58, 63), 1), round(R.uniform(1.4, 1.6), 2), 8, 6, round(R.uniform(2.0, 2.2), 2),
                     int(R.uniform(2, 8)), round(R.uniform(0.0002, 0.0008), 4), round(R.uniform(6.5, 7.4), 2)])
xlsx("镍钴P507萃取运行记录_8月.xlsx", [("Co-Ni", rows)], creator="湿法车间")
label("镍钴P507萃取运行记录_8月.xlsx", "clear", [], [], [], "parameter-sheet", "zh", True,
      "Co/Ni separation with P507 (saponification, O/A, stages) for cobalt sulfate; same extractant, other metal")

# ---- S13: aluminium potline daily (clear, en)
rows = [["Date", "Pot", "Amps kA", "Volt V", "Bath T C", "Ratio", "AlF3 add kg", "Al2O3 feed int s", "AE freq", "Fe %", "Si %", "Metal tapped kg", "CE %"]]
for d in range(1, 8):
    for p in (3101, 3102, 3103, 3104, 3105):
        rows.append([f"2024-09-{d:02d}", p, 400, round(R.uniform(4.05, 4.20), 3), int(R.uniform(950, 962)), round(R.uniform(2.35, 2.5), 2),
                     int(R.uniform(10, 35)), int(R.uniform(95, 125)), round(R.uniform(0, 0.05), 2), round(R.uniform(0.06, 0.12), 3),
                     round(R.uniform(0.03, 0.06), 3), int(R.uniform(2950, 3150)), round(R.uniform(93.5, 95.0), 1)])
write_csv("potline_daily_PL3_Sep.csv", rows)
label("potline_daily_PL3_Sep.csv", "clear", [], [], [], "parameter-sheet", "en", True,
      "Aluminium potline daily data (400 kA, bath ratio, AlF3); fluoride-bath electrolysis look-alike")

# ---- S14: ferrite kiln temperature curve (clear, zh)
rows = [["区号", "位置 m", "设定温度 ℃", "实测 ℃", "气氛", "推进速度 min/车", "备注"]]
temps = [200, 350, 500, 650, 800, 950, 1080, 1180, 1230, 1240, 1230, 1150, 1000, 800, 600, 400, 250, 120]
for i, t in enumerate(temps):
    rows.append([f"Z{i+1:02d}", round(2.4 * (i + 1), 1), t, t + R.randint(-6, 6), "空气", 42,
                 "排胶" if t <= 500 else ("烧成" if t >= 1150 else "")])
rows2 = [["牌号", "配方", "预烧 ℃", "球磨 μm", "成型 T", "烧成 ℃", "Br mT", "HcJ kA/m"],
         ["Y30H-1", "SrO·5.8Fe2O3 + La-Co", 1260, 0.8, 0.8, 1230, 390, 290],
         ["Y35", "SrO·5.9Fe2O3 + La-Co + CaO/SiO2", 1270, 0.75, 0.9, 1225, 420, 265]]
xlsx("铁氧体隧道窑温度曲线_TK2.xlsx", [("温度曲线", rows), ("牌号", rows2)], creator="窑炉组")
label("铁氧体隧道窑温度曲线_TK2.xlsx", "clear", [], [], [], "parameter-sheet", "zh", True,
      "Sr-ferrite (La-Co substituted) kiln curve and grade table; ferrite magnets are not covered despite La")

# ---- S15: steel heat treatment process card (clear, zh)
rows = [["工序", "设备", "温度 ℃", "保温 min", "冷却", "硬度要求", "检验"],
        ["预热", "箱式炉 RX3-75", 650, 60, "", "", ""],
        ["淬火", "箱式炉 RX3-75", 850, 90, "油冷 40-80 ℃", "HRC ≥ 50", "每炉抽检3件"],
        ["回火", "井式回火炉 RJ-90", 560, 180, "空冷", "HB 269-302", "每件"],
        ["去应力", "井式回火炉 RJ-90", 520, 120, "炉冷至300 ℃后空冷", "", ""]]
xlsx("42CrMo调质工艺卡_轴类.xlsx", [("工艺卡", [["零件号", "ZH-4410-02", "材料", "42CrMo", "图号", "A3-221"]] + rows)], creator="热处理")
label("42CrMo调质工艺卡_轴类.xlsx", "clear", [], [], [], "parameter-sheet", "zh", True,
      "Steel quench-and-temper process card; furnace and tempering vocabulary, not RE")

# ---- S16: incoming inspection of bought magnets (clear, mixed)
rows = [["到货日期", "供应商", "PO", "牌号 Grade", "尺寸 mm", "镀层", "抽样数", "Br kGs", "HcJ kOe", "(BH)max MGOe",
         "镀层厚度 μm", "盐雾 h", "判定"]]
for i in range(24):
    g = R.choice([("N48SH", 13.8, 20.5, 46), ("N42UH", 13.1, 25.8, 41), ("N52", 14.4, 12.3, 51)])
    rows.append([f"2024-{7 + i // 8:02d}-{1 + (i % 8) * 3:02d}", R.choice(["宁波H-Mag", "赣州JL", "天津ZK"]), f"PO-24-{300 + i}",
                 g[0], R.choice(["40x20x5", "30x10x3.5", "25x8x4"]), R.choice(["NiCuNi", "Zn", "Epoxy"]), 32,
                 round(g[1] + R.uniform(-0.1, 0.15), 2), round(g[2] + R.uniform(-0.3, 0.6), 2), round(g[3] + R.uniform(-0.5, 0.8), 1),
                 round(R.uniform(10, 18), 1), R.choice([48, 72, 96]), "OK" if i != 13 else "NG-镀层起泡"])
xlsx("IQC_magnets_incoming_Q3.xlsx", [("IQC", rows)], creator="IQC")
label("IQC_magnets_incoming_Q3.xlsx", "clear", [], [], [], "parameter-sheet", "mixed", True,
      "Incoming inspection of purchased NdFeB magnets at a motor plant; properties measured, no manufacturing know-how")

# ---- S17: RE oxide price/stock list (clear, zh)
rows = [["品名", "规格", "单位", "本周均价 元", "上周均价 元", "涨跌%", "库存 t", "在途 t", "仓库"]]
for nm, sp, p in [("氧化镨钕", "Pr6O11+Nd2O3≥99%", 412000), ("氧化镝", "Dy2O3≥99.5%", 1655000), ("氧化铽", "Tb4O7≥99.99%", 5880000),
                  ("镨钕金属", "TREM≥99%", 505000), ("氧化镧", "La2O3≥99.99%", 4200), ("氧化铈", "CeO2≥99.95%", 7300),
                  ("镝铁合金", "Dy≥80%", 1610000), ("氧化钇", "Y2O3≥99.999%", 45000)]:
    rows.append([nm, sp, "元/吨", p, int(p * R.uniform(0.96, 1.03)), None, round(R.uniform(0.5, 40), 1), round(R.uniform(0, 10), 1),
                 R.choice(["赣州一库", "包头二库"])])
for r in rows[1:]:
    r[5] = round((r[3] - r[4]) / r[4] * 100, 2)
xlsx("稀土氧化物报价及库存_2024W46.xlsx", [("W46", rows)], creator="采购部")
label("稀土氧化物报价及库存_2024W46.xlsx", "clear", [], [], [], "parameter-sheet", "zh", True,
      "Weekly RE oxide/metal price and stock list; market data only")

# ---- S18: lithium carbonate circuit DCS (clear, en)
rows = [["Timestamp", "TI-510.PV", "AIC-512.PV", "FIC-520.PV", "DI-530.PV", "AI-540.PV", "LI-515.PV"]]
legend = [["#TAG LEGEND (Li2CO3 precipitation, brine train 2)"], ["TI-510 reactor temp C"], ["AIC-512 pH"],
          ["FIC-520 Na2CO3 300 g/L flow m3/h"], ["DI-530 slurry density g/L"], ["AI-540 Li in mother liquor g/L"], ["LI-515 level %"]]
for i in range(72):
    ts = datetime.datetime(2024, 8, 5, 6, 0) + datetime.timedelta(minutes=20 * i)
    rows.append([ts.strftime("%Y-%m-%d %H:%M"), round(R.uniform(88, 92), 1), round(R.uniform(10.8, 11.4), 2),
                 round(R.uniform(3.1, 3.6), 2), int(R.uniform(180, 230)), round(R.uniform(1.5, 1.9), 2), round(R.uniform(60, 75), 1)])
write_csv("Li2CO3_train2_DCS_20240805.csv", legend + [[]] + rows)
label("Li2CO3_train2_DCS_20240805.csv", "clear", [], [], [], "parameter-sheet", "en", True,
      "Lithium carbonate precipitation DCS export; look-alike to the recycling leach DCS export")

# ============================ LABELS ============================
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for l in LABELS:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(LABELS), "files")
