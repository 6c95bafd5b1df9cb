#!/usr/bin/env python3
# Generator for batch u2: technology leaving through people and partners.
import os, io, json, zipfile, random, shutil
from email.message import EmailMessage
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
random.seed(4202)
LABELS = []
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

def lab(file, verdict, codes, cats, mags, carrier, lang, hn, note, exclusion=None):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mags, carrier=carrier, exclusion=exclusion, language=lang,
                       hard_negative=hn, note=note))

def wtext(name, text, enc="utf-8"):
    p = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(text.lstrip("\n").encode(enc))

def weml(name, frm, to, subj, date, body, cc=None, msgid=None, attach=None, inreply=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = date
    m["Message-ID"] = msgid or "<%08x.%s>" % (random.getrandbits(32), frm.split("@")[-1].strip(">"))
    if inreply:
        m["In-Reply-To"] = inreply
        m["References"] = inreply
    m["MIME-Version"] = "1.0"
    m.set_content(body.lstrip("\n"), charset="utf-8")
    for (fn, data, mt, st) in (attach or []):
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if attach:
        m.set_boundary("==b%08x==" % random.getrandbits(32))
    p = os.path.join(OUT, name)
    with open(p, "wb") as f:
        f.write(m.as_bytes())

FIXED_ZIP_DT = (2025, 11, 20, 9, 0, 0)
def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in items:
            zi = zipfile.ZipInfo(n, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)

def wdocx(name, title, paras, author="", dt=(2025, 11, 20)):
    import docx, datetime
    d = docx.Document()
    cp = d.core_properties
    cp.author = author; cp.title = title; cp.last_modified_by = author
    cp.created = datetime.datetime(*dt, 9, 0, 0); cp.modified = datetime.datetime(*dt, 17, 30, 0)
    cp.revision = 3
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            d.add_heading(p[1], level=p[2] if len(p) > 2 else 1)
        elif isinstance(p, tuple) and p[0] == "t":
            rows = p[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif isinstance(p, tuple) and p[0] == "b":
            d.add_paragraph(p[1], style="List Bullet")
        else:
            d.add_paragraph(p)
    path = os.path.join(OUT, name)
    d.save(path)
    normalize_zip(path)

def wpdf(name, title, lines, author=""):
    from fpdf import FPDF
    import datetime
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2025, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title(title); pdf.set_author(author); pdf.set_creator("Microsoft Word")
    pdf.add_font("wqy", "", FONT)
    pdf.add_page()
    pdf.set_font("wqy", size=10)
    for ln in lines:
        if ln.startswith("# "):
            pdf.set_font("wqy", size=13); pdf.multi_cell(0, 7, ln[2:], new_x="LMARGIN", new_y="NEXT"); pdf.set_font("wqy", size=10)
        else:
            pdf.multi_cell(0, 5.5, ln if ln else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, name))

# ---------------------------------------------------------------- controlled
def c01():
    n = "Trip report - Hai Phong SX plant visit 10-14 Nov.txt"
    wtext(n, """
TRIP REPORT
Client: Viet Rare Materials JSC (VRM), Hai Phong
Consultant: J. Whitcombe (on behalf of Kestrel Process Advisory Ltd)
Dates on site: 10-14 November 2025
Distribution: K. Nguyen (VRM GM), P. Lau (VRM technical), file

1. Purpose
Follow-up on the PrNd/light-heavy split circuit that has been running off-spec since September
(Nd2O3 in the La-Ce raffinate 0.8-1.1% vs target <0.2%).

2. What I found
- They are running the P507 at 1.5 mol/L in sulfonated kerosene, which is fine, but saponification is
  only reaching about 28%. At 28% the first extraction stages never load properly. I had them take it
  to 36% with 10 mol/L NaOH dosed into the saponification tank, 15 min contact, and check by titration
  every shift. Do not go above 40%, they got emulsion in the old line when someone did that.
- Feed is chloride, 1.45 mol/L REO equivalent, pH 2.0-2.5. They were feeding at pH 3.3 because the
  neutralising tank overshoots. Told them to stop feeding above pH 3.0.
- Cascade layout as built: 42 extraction + 28 scrub = 70 stages for the Ce/Pr cut. That is short.
  Our own Baotou-type lines used 50 + 35 for this cut. Short term I told them to cut the feed by 20%
  rather than add stages.
- Flow ratios they should hold (per 1 m3/h aqueous feed): organic 2.6 m3/h, scrub acid (HCl 4.5 mol/L)
  0.32 m3/h. O/A in extraction section about 1.8. They had scrub at 0.22, which explains the Nd loss.
- Strip: 5.5 mol/L HCl, O/A 8:1, 8 stages. Strip liquor should come out around 1.8 mol/L REO.

3. Mixer-settler condition
Impeller tip speed was measured at 4.2 m/s on stages 12-20. Bring it down to 3.0-3.2 m/s; entrainment
in the settlers was visibly high (the organic in the aqueous outlet was cloudy). Settler residence about
20 min at design flow.

4. Actions agreed
 a) Saponification 36% +/- 2, titration every shift.
 b) Scrub acid 0.32 m3/h, log hourly.
 c) Sample stage 35, 50, 62 aqueous every 4 h for Nd/Pr by ICP, send me the numbers weekly.
 d) Re-check in January, possibly with a proposal to add 12 scrub stages.

Fee for this visit as per SOW-07; expenses to follow separately.
J.W.
""")
    lab(n, "controlled", ["1E902.a"], ["separation"], [], "other", "en", False,
        "consultant trip report gives P507 saponification %, stage counts, O/A and scrub flows to Vietnamese client")

def c02():
    n = "RE_ FW_ sintering curve question - line 2.eml"
    body = """
Hi Daniel,

Short answer: run the oven slower at the top end. Your problem is not the 1060 itself, it is that
you get there too fast and then sit there too long.

What we did at Ningbo for the 45SH / 48H grades (about 30.5-31% TRE, 0.95% B, Dy around 1.5%):
 - 20 C to 400 C at 3 C/min, hold 60 min (lubricant burn-off, keep vacuum better than 5x10-2 Pa)
 - 400 to 850 at 2 C/min, hold 120 min for dehydrogenation - don't skip this with HD powder
 - 850 to 1040 at 1 C/min, NOT 3 like your sheet
 - 1040 to 1065 at 0.5 C/min
 - soak 1065-1070 C for 4 h, then argon quench to below 80 C
 - first temper 900 C x 2 h, second temper 490-500 C x 3 h
If you push 1080 you will see abnormal grain growth on anything with D50 under 3.5 um.
Density should be 7.55-7.58 g/cm3 after the soak. If you are at 7.50 the soak is too short, not too cold.

Also check the loading - we never stacked more than 4 layers of 25 mm blocks per tray, otherwise
the middle lags by 15-20 C.

Send me the curve from the recorder after the next run and I'll take a look.

Lao Zhou

-----Original Message-----
From: Daniel Okafor <d.okafor@aurelmag.co.za>
Sent: Monday, 17 November 2025 07:42
To: Zhou Wenbin <zhou.wb@hotmail.com>
Subject: FW: sintering curve question - line 2

Mr Zhou, forwarding the note from our furnace guy. Could you have a look? We keep getting cracking
and low HcJ on the 48H. Our current program: 3 C/min straight to 1080, hold 6 h.
Thanks, Daniel

> -----Original Message-----
> From: Pieter Swart
> Sent: Friday, 14 November 2025 16:10
> To: Daniel Okafor
> Subject: sintering curve question - line 2
>
> Daniel, the 48H batch 25-311 came out at 7.48 density and HcJ 15.2 kOe, blocks cracked on
> the corners. Can we ask the Chinese consultant what their curve was?
"""
    weml(n, "Zhou Wenbin <zhou.wb@hotmail.com>", "Daniel Okafor <d.okafor@aurelmag.co.za>",
         "RE: FW: sintering curve question - line 2", "Tue, 18 Nov 2025 21:15:03 +0800", body,
         cc="Pieter Swart <p.swart@aurelmag.co.za>", inreply="<8843.aurelmag.co.za>")
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "email", "en", False,
        "private consultant e-mails NdFeB sintering ramp/soak/temper profile to South African plant, quoted thread")

def c03():
    n = "WhatsApp Chat with Anh Tuan VRM.txt"
    wtext(n, """
Tin nhắn và cuộc gọi được mã hóa đầu cuối. Không ai ngoài cuộc trò chuyện này, kể cả WhatsApp, có thể đọc hoặc nghe chúng.
02/12/2025, 07:58 - Anh Tuan VRM: Good morning Mr Li. Today we start commissioning bank B (the 24 new mixer settlers)
02/12/2025, 08:01 - Li Jianguo: ok. first fill all settlers with water only, run agitators 2 hours, check every box for leaks at weirs and the interstage pipes
02/12/2025, 08:02 - Li Jianguo: don't put organic until water test pass
02/12/2025, 08:05 - Anh Tuan VRM: Understood. Agitator speed for water test?
02/12/2025, 08:07 - Li Jianguo: same as production, 180 rpm for mixers 0.5m3 size. check motor current, should be under 3.5A. if one is 5A+ the impeller is touching, stop it
02/12/2025, 10:44 - Anh Tuan VRM: <Media omitted>
02/12/2025, 10:44 - Anh Tuan VRM: Box 17 leaking at the weir plate
02/12/2025, 10:50 - Li Jianguo: drain 17 and 18, re-seal with the PVDF rod, wait 24h before refill. the others continue
02/12/2025, 10:52 - Li Jianguo: after water, fill organic from the last stage backward. 20% saponified P507 first, not full saponified, otherwise the first stages make emulsion at start-up
02/12/2025, 10:53 - Li Jianguo: feed aqueous at 30% of design for the first 48 h, then 60%, then 100% when stage 8 and stage 20 profiles are stable 3 samples in a row
02/12/2025, 10:55 - Anh Tuan VRM: Design is 1.2 m3/h feed. So 0.36 then 0.72?
02/12/2025, 10:55 - Li Jianguo: yes
02/12/2025, 10:57 - Li Jianguo: interface level in settler keep 60-65% of height. adjust with the aqueous leg, not the pump
03/12/2025, 19:20 - Anh Tuan VRM: Interface stable. Organic entrainment in raffinate 300 ppm, is ok?
03/12/2025, 19:31 - Li Jianguo: too high. target < 100 ppm. reduce mixer speed to 160 and check the phase continuity, should be organic continuous in the mixer at startup
03/12/2025, 19:32 - Anh Tuan VRM: 👍
04/12/2025, 08:15 - Anh Tuan VRM: Now 80 ppm. Moving to 60% feed.
04/12/2025, 08:16 - Li Jianguo: good. remember sample stage 8 and 20 every 4h, send me in excel
""")
    lab(n, "controlled", ["1E902.b"], ["separation"], [], "other", "mixed", False,
        "WhatsApp: Chinese engineer commissions new mixer-settler bank for Vietnamese client step by step; process values as targets")

def c04():
    n = "[LINE] 與 陳經理(鼎磁) 的聊天.txt"
    wtext(n, """
[LINE] 與 陳經理(鼎磁) 的聊天記錄
儲存日期：2025/11/21 22:40

2025/11/19（三）
14:02	陳經理(鼎磁)	王工您好，上次說的氫破那段，我們這邊粉還是太粗，D50 量到 4.6
14:05	王工	你們吸氫是室溫嗎？
14:06	陳經理(鼎磁)	對，室溫，壓力 0.1 MPa
14:09	王工	吸氫壓力拉到 0.15~0.2 MPa，時間至少 2 小時，要看到壓力不再掉才算吸飽
14:10	王工	脫氫 550~580℃，抽 5~6 小時，不要到 600 以上，不然主相會析出太多
14:11	王工	出爐前冷到 50 度以下再卸，不然粉會燒
14:13	陳經理(鼎磁)	了解。氣流磨那邊呢？我們現在分選輪 3800 rpm
14:16	王工	48H 要 D50 3.2~3.5 μm 的話，分選輪開到 4200~4500，研磨氣壓 0.65 MPa，氧含量控制在 50 ppm 以下
14:17	王工	加 0.05% 的潤滑劑（防氧化劑）在氫破之後、氣流磨之前，混 1 小時
14:18	王工	氣流磨之後再加 0.1%，混 2 小時再去壓型
14:20	陳經理(鼎磁)	好的，成型磁場要多少？
14:22	王工	取向 1.8 T 以上，我們用 2.0 T，壓力先 15 MPa 成型再冷等靜壓 200 MPa
14:22	王工	密度壓完大概 3.9~4.1
14:25	陳經理(鼎磁)	[貼圖]
14:25	陳經理(鼎磁)	太感謝了，顧問費下週匯
2025/11/20（四）
09:31	陳經理(鼎磁)	王工，按你說的改了，D50 3.4 出來了
09:33	王工	👍 氧含量記得每批測，燒結後全氧 1500 ppm 以下才算正常
""", enc="utf-8")
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "zh", False,
        "LINE chat zh-TW: mainland engineer gives HD pressures/temps, jet-mill classifier speed, orientation field to Taiwanese client")

def c05():
    n = "Teams_chat_export_ElectrolysisCell3_repair.json"
    msgs = [
        ("2025-10-06T02:14:00Z", "Rahim Bin Osman", "Cell 3 tripped again last night. Voltage went to 11.8 V then anode effect. We pulled it."),
        ("2025-10-06T02:20:00Z", "Sun Haitao", "Before you restart, check anode consumption. If the graphite anode is thinner than 60 mm at the bottom change the whole set, don't change just one plate"),
        ("2025-10-06T02:22:00Z", "Sun Haitao", "Replace procedure: lower current to 0, lift the cathode tungsten rod out first, then anodes. Keep the bath molten at 1050 with the spare transformer, do not let it freeze, the graphite crucible will crack"),
        ("2025-10-06T02:25:00Z", "Rahim Bin Osman", "Noted. We have spare anodes from the Jiangxi batch."),
        ("2025-10-06T02:31:00Z", "Sun Haitao", "Preheat new anodes to 400 C minimum in the side oven for 2 h, then lower them 10 cm per 5 min. Anode-cathode gap after install should be 9-11 cm. Measure with the steel rod"),
        ("2025-10-06T02:33:00Z", "Sun Haitao", "Then ramp current 2 kA -> 4 kA -> 6 kA over 3 hours. Target cell voltage at full current 9.0-9.5 V. If it stays over 10 V your bath level is low, add fluoride salt before adding oxide"),
        ("2025-10-06T02:35:00Z", "Rahim Bin Osman", "Bath top-up ratio?"),
        ("2025-10-06T02:38:00Z", "Sun Haitao", "Same as commissioning: PrNd fluoride : LiF 87:13 by weight. Don't feed oxide until voltage stable 30 min"),
        ("2025-10-06T02:40:00Z", "Sun Haitao", "Also the cathode collector - check the steel bar joint to the tungsten. If the joint is black/oxidised you lose 0.3-0.5 V there. Clean and re-clamp"),
        ("2025-10-06T08:55:00Z", "Rahim Bin Osman", "Restarted 08:10. 6 kA now, 9.4 V. Thanks"),
        ("2025-10-06T08:57:00Z", "Sun Haitao", "ok. log voltage every 15 min today and send me"),
    ]
    data = {"chatId": "19:7f3c2a91b0e44c2d8a1e@thread.v2", "topic": "Kuantan Metals - Cell line support",
            "exportedBy": "rahim.osman@kuantanmetals.com.my", "exportDate": "2025-10-07T01:00:00Z",
            "messages": [{"createdDateTime": t, "from": {"user": {"displayName": u}}, "body": {"contentType": "text", "content": c}} for t, u, c in msgs]}
    wtext(n, json.dumps(data, ensure_ascii=False, indent=2))
    lab(n, "controlled", ["1E902.b"], ["metal-smelting"], [], "other", "en", False,
        "Teams export: anode replacement/restart procedure for PrNd fluoride electrolysis cell at Malaysian plant; values as targets")

def c06():
    n = "Call transcript - former GBD process lead (expert network) 2025-09-24.txt"
    wtext(n, """
GLG-style expert call - transcript (auto-generated, lightly edited)
Project: MAGNET-EU-DD  |  Client: [redacted] automotive tier 1  |  Duration 58 min
Expert: former process engineer, grain-boundary diffusion line, Chinese NdFeB producer (left company 2024)
Compliance script read at start: yes

[00:04:10] CLIENT: Could you walk us through how your terbium diffusion line actually ran, step by step?
[00:04:25] EXPERT: Sure. So the base magnets were sintered blocks already sliced, thickness up to 6 mm, 
that's the limit, beyond 6 the diffusion doesn't reach the center. We coated them with a terbium slurry - 
terbium hydride powder, about 3-5 micron, in alcohol with a bit of binder, sprayed. Coating weight was 
0.6 to 0.8 percent of magnet weight for a 6 mm piece.
[00:05:40] CLIENT: And the heat treatment?
[00:05:48] EXPERT: Diffusion at 900 to 930 degrees, vacuum, 10 to 15 hours. Then a low-temperature anneal 
at 480 to 500 for 3 to 5 hours. If you go 950 the terbium goes into the grains and you lose remanence, 
you lose more than 0.3 kilogauss. At 920 you lose maybe 0.1.
[00:06:30] CLIENT: What HcJ gain did you get?
[00:06:35] EXPERT: On a 52-grade base with no heavy rare earth, HcJ went from about 12 kOe to 20, 21 kOe 
with terbium. With dysprosium same process you get plus 5, plus 6 kOe only. So terbium is almost double.
[00:07:20] CLIENT: Surface prep?
[00:07:25] EXPERT: Pickle in 3% nitric for 20 to 30 seconds, rinse, ultrasonic in alcohol, dry. If you 
leave oxide on the surface the diffusion is uneven, you get the corners good and faces bad.
[00:08:10] CLIENT: Furnace loading?
[00:08:14] EXPERT: We put them on molybdenum plates with zirconia spacers, single layer, about 200 kg per 
furnace charge. Temperature uniformity must be plus minus 5 degrees, otherwise the batch spread in HcJ is 
more than 1 kOe.
[00:09:00] CLIENT: Very helpful. Any typical failure?
[00:09:05] EXPERT: Sticking. If coating is too thick the pieces stick to each other and to the plate.
...
[00:57:30] MODERATOR: Thank you, we'll close the call here.
""")
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "en", False,
        "expert-network call: ex-employee gives Tb grain-boundary diffusion coating weight, temperatures, times to foreign client")
def c07():
    n = "参观答疑记录_韩方代表团_1106.docx"
    wdocx(n, "参观答疑记录", [
        ("h", "韩国客户代表团参观后问答整理", 1),
        "时间：2025年11月6日下午  地点：二楼会议室  记录：市场部 刘婷",
        "来访：KR Materials 공정기술팀 3人（朴部长、金课长、李代理）  我方：生产部 周工、技术部 何工",
        "※ 본 문서는 방문 후 질의응답을 정리한 것입니다. 무단 배포를 금합니다.",
        ("h", "问答", 2),
        "问1：镨钕分离段用的是什么萃取剂，浓度多少？",
        "答（何工）：P507，1.5 mol/L，磺化煤油稀释。皂化度控制在35%左右，用氨水皂化，现在改成液碱皂化了，废水里不再有氨氮。",
        "问2：镨钕分离需要多少级？",
        "答（何工）：Pr/Nd 这一段我们是萃取 60 级、洗涤 50 级，一共 110 级。要出 99.5% 的 Nd2O3 和 99% 的 Pr6O11 基本需要这么多。回流比大概 1.8~2.0。",
        "问3：混合澄清槽的单级容积？",
        "答（周工）：混合室 0.8 m3，澄清室 4.2 m3，澄清室和混合室大约 1:5，澄清时间 25 分钟左右。",
        "问4：反萃用什么酸？",
        "答（何工）：6 mol/L 盐酸，反萃 10 级，反萃液浓度 1.6~1.8 mol/L。",
        "问5：沉淀和灼烧？",
        "答（周工）：草酸沉淀，草酸用量为理论量的 1.1 倍，沉淀温度 60℃，陈化 1 小时。灼烧 950℃、保温 4 小时，隧道窑。",
        "问6：能否提供流程图？",
        "答：会后由市场部确认后再回复。（注：未提供）",
        ("h", "韩方后续需求", 2),
        ("b", "希望安排第二次技术交流，重点是萃取槽放大设计"),
        ("b", "询问是否可以派工程师去韩国现场指导"),
        "이상입니다. 감사합니다.",
    ], author="刘婷", dt=(2025, 11, 7))
    lab(n, "controlled", ["1E902.a"], ["separation"], [], "other", "mixed", False,
        "Q&A sheet after Korean delegation's plant visit: P507 concentration, saponification, Pr/Nd stage counts, reflux, strip acid, oxalic precipitation")

def c08():
    n = "Training notes - SmCo 2-17 day 3 (foreign engineers).md"
    wtext(n, """
# 海外工程师培训 / Overseas Engineer Training — Day 3 notes

**Trainees:** 4 engineers from Arclight Magnetics (USA, Ohio) | **Trainer:** 杨工 (heat treatment section)
**Date:** 2025-10-15 | **Notes taken by:** M. Reyes (Arclight), reviewed by interpreter 小吴

## Morning: 2:17 SmCo heat treatment

Alloy we use for 28 MGOe grade (wt%): Sm 25.5, Co 50.0, Fe 16.0, Cu 5.8, Zr 2.7.
杨工 said the Fe can go to 18-20 for higher Br but then the aging has to be longer, "不然矫顽力上不去".

Sintering + solution (same run):
- sinter 1210-1220 °C, 1 h, argon
- drop to solution temp **1180-1190 °C, hold 3-4 h**
- **fast quench** — 杨工 stressed this: fan quench with argon, must get below 600 °C in under 5 min.
  Slow quench = cell structure forms too early and you get a "kink" in the demag curve.

Aging (this is the part everyone gets wrong, per 杨工):
- isothermal 830-850 °C for **10-15 h** (they do 12 h)
- then slow cool **0.7 °C/min down to 400 °C** — "慢冷是关键", don't speed it up to save furnace time
- hold 400 °C 2-4 h then quench

## Afternoon: hands-on at furnace #4
- Charge max 80 kg, blocks on Mo trays, 10 mm gaps.
- Thermocouple check: 3 TCs in the load, spread must be < ±3 °C at 840.
- Results on their typical batch: Br 10.8 kG, HcJ > 25 kOe, (BH)max 28 MGOe.

## Questions we asked
- Q: Can we use 1:5 line furnaces? A: yes for sintering, but aging needs programmable slow cool controller.
- Q: Cu content effect? A: Cu up → HcJ up but Br down; 5.5-6.5 is their window.

*Next: Day 4 — grinding and coating (see separate notes).*
""")
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "other", "mixed", False,
        "training notes for US engineers in China: SmCo 2:17 composition, solution treatment, aging and slow-cool rates")

def c09():
    n = "Booth notes - CRE Expo Ganzhou day2.txt"
    wtext(n, """
Booth notes - China Rare Earth Industry Expo, Ganzhou, day 2 (Thu)
Written up evening at hotel - S. Mbeki

Hall B, stand B-214 (small mining services company from Longnan, didn't get card, contact via WeChat "老钟")
Talked ~40 min with the site manager through Lily (interpreter). He was very open, said they have done
"more than twenty" ionic clay sites in Jiangxi and now looking at Laos/Myanmar.

How they run in-situ leaching on a hill (his words, paraphrased):
- Injection holes on a grid, 2 m x 2 m to 3 m x 3 m depending on clay, dia 0.2 m, dug down to about
  1-1.5 m into the fully-weathered layer (not into bedrock).
- Leach with ammonium sulfate 1.5-2.5% at first, pH 4.5-5.5. He said they now prefer magnesium sulfate
  at 3-4% because of ammonia-nitrogen fines. Needs ~ 30% more solution with MgSO4.
- Liquid-to-ore ratio around 0.3-0.4 over the whole leach, takes 150-250 days.
- Collection: tunnels / horizontal holes at the foot of the slope, plus a cutoff "collection ditch",
  sealed with HDPE. He says recovery 75-85% if the hill base is sound.
- Impurity removal: add ammonium bicarbonate to pH 5.0-5.2, settle, that takes out Al. Then precipitate
  RE with ammonium bicarbonate up to pH 6.8-7.0 ("carbonate"), or oxalic for higher grade.
- Mixed RE carbonate ~ 40-45% REO wet, goes to separation.

He offered to send "the full design pack" if we sign a consulting agreement, ~ RMB 800k per site.
Follow up: ask legal whether we can even receive that (new MOFCOM rules?).
""")
    lab(n, "controlled", ["1E902.a"], ["mining"], [], "other", "en", False,
        "exhibition booth notes: mining contractor explains ion-adsorption in-situ leach grid, lixiviant %, pH, precipitation steps")

def c10():
    n = "關於磁材廢料回收方案的建議 - 致 Mr. Tanaka.eml"
    body = """
田中様

您好！按照上週電話所講，將我哋廠做釹鐵硼油泥回收嘅做法簡單整理如下，供 貴司內部評估參考。

一、原料預處理
油泥含油約 8~15%，先用真空蒸餾除油，400℃、3~4 小時，除油後含油低於 0.5%。
之後粉碎至 100 目以下。

二、氧化焙燒
回轉窰 750~850℃ 焙燒 2~3 小時，空氣過量，確保鐵同稀土全部氧化（Fe 變成 Fe2O3）。
焙燒唔夠的話，後面浸出鐵會入溶液，好難除。

三、鹽酸優溶
液固比 3:1，鹽酸按稀土理論量 1.05~1.1 倍加，控制終點 pH 1.5~2.0，溫度 85~90℃，攪拌 2 小時。
咁樣稀土浸出率可達 97% 以上，鐵浸出低於 0.5%。
過濾後鐵渣洗兩次，洗水返回配酸。

四、除雜
料液加少量 P507 萃取除 Fe、Al 或直接進萃取分離線。我哋係直接入 P507 線分 PrNd / DyTb。

五、經濟性
每噸油泥（TREO 約 28%）可回收氧化物約 270 kg，回收率 95~96%。

如 貴司有興趣，可以安排我方工程師去大阪現場睇下設備佈置。

——
梁志強
恆德資源回收（香港）有限公司  技術總監
電話 +852 2345 6789
"""
    weml(n, "Leung Chi Keung <ck.leung@hangtak-recycle.com.hk>", "Tanaka Hiroshi <h.tanaka@osaka-metals.co.jp>",
         "關於磁材廢料回收方案的建議", "Mon, 10 Nov 2025 11:02:45 +0800", body)
    lab(n, "controlled", ["1E902.a"], ["recycling"], [], "email", "zh", False,
        "Cantonese-style zh-HK email to Japanese client: NdFeB sludge de-oiling, oxidising roast, HCl selective leach parameters and recovery")

def c11():
    n = "slack-export-ops-support-2025-08.json"
    msgs = [
        ("1754380800.000100", "marcus.h", "heavy-side cascade still drifting. Dy in the Tb product at 0.6%, spec is 0.1"),
        ("1754381100.000200", "wei.chen", "the tanks on the heavy side need more acid. scrub is starving. what's your scrub flow"),
        ("1754381160.000300", "marcus.h", "0.08 m3/h of 3.0 N HCl on the Tb/Dy section"),
        ("1754381400.000400", "wei.chen", "go to 0.11, and raise acid to 3.5N. for Tb/Dy with P507 you need high reflux, we ran reflux ratio around 5"),
        ("1754381460.000500", "wei.chen", "also your loaded organic is too full. keep the heavy section at 0.18-0.20 mol/L RE in organic, not 0.25. if you load it like the light side the separation factor collapses"),
        ("1754381700.000600", "marcus.h", "ok. temp? we run ambient ~22C"),
        ("1754381820.000700", "wei.chen", "warm it to 30-35C on the heavy tanks. HREE strip is slow cold, also helps phase separation"),
        ("1754382000.000800", "wei.chen", "stage count you have is 40 for Tb/Dy? it's tight. we used 60. if you can't add stages, cut the feed to 2/3"),
        ("1754382120.000900", "marcus.h", "40 yes. will cut feed and bump scrub, report tomorrow"),
        ("1754468400.001000", "marcus.h", "24h later Dy in Tb down to 0.15%. thanks"),
    ]
    data = [{"type": "message", "user": u, "text": t, "ts": ts} for ts, u, t in msgs]
    wtext(n, json.dumps(data, indent=1))
    lab(n, "controlled", ["1E902.a"], ["separation"], [], "other", "en", False,
        "Slack export: 'tanks on the heavy side' - Tb/Dy P507 cascade scrub acid, reflux, organic loading, temperature, stage count")
def c12():
    n = "Memo_StripCaster_Upgrade_Proposal_v2.docx"
    wdocx(n, "Strip caster upgrade - advisory memo", [
        ("h", "MEMORANDUM", 1),
        "To: Board Technical Committee, Nordmag AB\nFrom: R. Feng, independent adviser\nDate: 24 October 2025\nRe: Upgrade of SC furnace #1 (25 kg to 600 kg charge) and new casting settings",
        ("h", "1. Why upgrade", 2),
        "The existing 25 kg pilot caster cannot give you a consistent flake. Your flakes are 0.15-0.5 mm with lots of alpha-Fe dendrites on the wheel-free side, which is why the jet mill is choking and the sintered HcJ scatter is 2 kOe.",
        ("h", "2. Upgrade scope (what I recommend you buy and how to install)", 2),
        ("b", "600 kg induction furnace, 250 kW, 1 kHz, with tundish preheat to 1100 °C"),
        ("b", "Water-cooled copper wheel, 600 mm diameter, 350 mm face; cooling water 60 m3/h, inlet < 25 °C"),
        ("b", "Install wheel with runout < 0.05 mm; level tundish lip to wheel to within 0.5 mm; tundish-to-wheel gap 2-3 mm"),
        ("b", "Secondary cooling / rotary flake collector with argon, chamber O2 < 100 ppm before pour"),
        ("h", "3. Casting settings to target after commissioning", 2),
        ("t", [["Parameter", "Setting"], ["Pour temperature", "1450-1480 °C"], ["Wheel linear speed", "1.0-1.5 m/s"],
               ["Flake thickness", "0.25-0.35 mm"], ["Flake exit temperature", "< 600 °C (then rapid cool)"],
               ["alpha-Fe in flake", "< 3 % area"], ["Argon back-fill", "40-60 kPa"]]),
        "For your PrNd 29.5 / B 0.98 / Co 1.0 / Cu 0.15 / Ga 0.2 / Al 0.2 composition, start at 1.2 m/s and adjust by 0.1 m/s steps while checking flake cross-section under the microscope (Nd-rich phase lamella spacing 3-5 um).",
        ("h", "4. Commissioning sequence", 2),
        "Dry run 2 days (wheel only, water circuit). Then 3 casts with scrap charge. Then 5 production casts with full sampling. Expect 3 weeks. I can be on site weeks 2 and 3.",
        ("h", "5. Cost", 2),
        "Equipment budget SEK 14-16 M; my fee per attached schedule.",
    ], author="Rong Feng", dt=(2025, 10, 24))
    lab(n, "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "en", False,
        "adviser memo to Swedish client: strip caster upgrade & install tolerances plus casting set points and alloy recipe")

def c13():
    n = "Re_ 高豊度磁石の件（Ce置換）.eml"
    body = """
松本さん

お世話になっております。先日のご質問（Ce置換磁石）について、弊社の経験を共有します。
（以下は中国語の原文を要約したもので、社外秘です。）

- 配合：全希土 31 wt%のうち Ce を 25~30%（希土比）まで置換。Ce 単独だと CeFe2 相が出るので、
  LaCe ミッシュメタル（La:Ce=35:65）で入れたほうが安定します。
- 二主相（dual main phase）方式：Ce を含まない (PrNd)-Fe-B 合金と Ce リッチ合金を別々にストリップキャストし、
  水素粉砕後に 7:3 で混合してジェットミル、D50 3.0~3.2 μm。
- 焼結は通常品より 20~30℃低く、1030~1040℃×4h。高くすると二相が拡散して平均化し、Hcj が落ちます。
- 時効：1 段目 880℃×2h、2 段目 480℃×3h。
- 特性：Br 13.0~13.3 kG、Hcj 12~13 kOe（N40/N42 相当）。原料コストは約 12% 低減。

B は 0.98~1.0 wt%に上げてください。Ce 置換では B 不足で 2:17 相が出やすいです。

杜 明
Shenzhen Lianci New Material Co., Ltd.

-----Original Message-----
From: 松本 健 <k.matsumoto@hokuriku-mag.jp>
Sent: Wednesday, October 29, 2025 5:20 PM
Subject: 高豊度磁石の件（Ce置換）

杜様
Ce 置換磁石を試作したいのですが、Hcj が 9 kOe しか出ません。何かアドバイスいただけますか。

本メールは機密情報を含む場合があります。誤って受信された場合は削除してください。
"""
    weml(n, "Du Ming <duming@lianci-nm.cn>", "Matsumoto Ken <k.matsumoto@hokuriku-mag.jp>",
         "Re: 高豊度磁石の件（Ce置換）", "Thu, 30 Oct 2025 09:47:12 +0800", body)
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "email", "mixed", False,
        "Japanese-language reply from Chinese producer: Ce-substituted dual-main-phase recipe, mixing ratio, sintering/aging")

def c14():
    n = "微信聊天记录_马来西亚电解项目_技术群.txt"
    wtext(n, """
微信聊天记录导出  群聊：马来西亚PrNd电解项目-技术群(6)
导出时间：2025-09-30 21:05

2025-09-28 10:12 Ahmad Faiz: 黄工 good morning, cell 1 current efficiency only 68%, what should we check?
2025-09-28 10:20 黄建平: 先看温度。你们电解温度多少？
2025-09-28 10:21 Ahmad Faiz: 1080-1100C
2025-09-28 10:24 黄建平: 太高了。镨钕电解控制在1040~1060℃，温度高金属二次溶解，电流效率掉得很快
2025-09-28 10:26 黄建平: 电解质组成：氟化镨钕 88%，氟化锂 12%，不要加氟化钡
2025-09-28 10:27 黄建平: 氧化物加料要少量多次，每3~5分钟加一次，单次不超过1kg（6kA槽）。加太多会沉底结块
2025-09-28 10:30 Ahmad Faiz: cathode current density?
2025-09-28 10:33 黄建平: 阴极电流密度 6~8 A/cm2，阳极 0.8~1.0 A/cm2。钨阴极直径70mm，你们插入深度多少？
2025-09-28 10:35 Ahmad Faiz: about 250mm
2025-09-28 10:37 黄建平: 可以。金属坩埚（钼）每4小时出一次金属，用真空抽勺。出炉金属镨钕 Pr:Nd=25:75，碳<0.03%，氧<0.03%
2025-09-28 10:38 黄建平: 调好后电流效率应该到 80% 以上，吨金属电耗 8500~9500 kWh
2025-09-28 10:41 Ahmad Faiz: thank you 黄工 👍
2025-09-29 16:02 Ahmad Faiz: temperature now 1050, CE 79%
2025-09-29 16:05 黄建平: 好。记得每班测一次电解质成分，LiF 会挥发，低于10%就补
""")
    lab(n, "controlled", ["1E902.a"], ["metal-smelting"], [], "other", "mixed", False,
        "WeChat group export: Chinese engineer gives PrNd molten-salt electrolysis temperature, bath composition, current densities to Malaysian project")

def c15():
    n = "FW_ flotation test results and next steps (Mrima Hill).txt"
    wtext(n, """
From: Gareth Pryce <gpryce@mrima-resources.com>
Sent: 12 September 2025 14:20
To: Tech committee <tech@mrima-resources.com>
Subject: FW: flotation test results and next steps

All - below is the reply from Prof. Liu's team after he reviewed our bench results. Please read before
Tuesday. Note he's asked that we keep this internal. GP

---------- Forwarded message ---------
From: 刘教授 Liu Q. <liuq_consult@163.com>
Date: Thu, 11 Sep 2025 22:05
Subject: Re: flotation test results and next steps
To: Gareth Pryce <gpryce@mrima-resources.com>

Gareth,

Your bastnaesite rougher recovery of 58% is low because the grind is too coarse and the collector is wrong.
What works on ores like yours (carbonatite, ~ 5% REO, high barite and calcite):

1. Grind to P80 = 45 um (you are at 106). Desliming at 10 um by hydrocyclone before flotation.
2. Collector: salicylhydroxamic acid or H205 type hydroxamic, 1.2-1.5 kg/t, at pH 8.5-9.0 with Na2CO3.
   Fatty acid alone will float all the calcite.
3. Depressant: sodium silicate 2.0-2.5 kg/t (modulus 2.4) plus 0.5 kg/t sodium lignosulfonate for barite.
4. Pulp temperature 55-65 C in rougher. Cold pulp with hydroxamate gives poor selectivity. This is what
   Bayan Obo and Weishan do.
5. Circuit: 1 rougher, 2 scavengers, 3 cleaners. Cleaner pulp no reagents except 0.2 kg/t silicate.
Expect 60% REO concentrate at 75-80% recovery. Then a magnetic step (1.0 T wet high-intensity) can lift
it to 65%.

Regards, Liu

> On Tue, 9 Sep 2025, Gareth Pryce wrote:
> Prof. Liu, attached our bench results (12 tests). Rougher recovery 58%, concentrate grade 31% REO.
> Sodium oleate 0.8 kg/t, pH 9.5, 22C. Grind P80 106 um. Any suggestions welcome.
""")
    lab(n, "controlled", ["1E902.a"], ["mining"], [], "email", "en", False,
        "forwarded thread .txt: Chinese professor gives bastnaesite flotation grind, hydroxamic dosage, pH, temperature, circuit to Kenyan miner")

def c16():
    n = "訪談逐字稿_前大陸廠工程師_20251003.docx"
    wdocx(n, "訪談逐字稿", [
        ("h", "訪談逐字稿（內部）", 1),
        "受訪者：前某大陸燒結釹鐵硼廠成型課長（化名 A 先生）　訪談者：本公司研發處 林副理、蔡工程師",
        "日期：2025/10/03　地點：台中辦公室　錄音檔：20251003_A.m4a",
        "林：我們現在壓型的配向度一直不好，Br 只有 13.2，你們那邊怎麼做？",
        "A：你們磁場多少？我們那邊是用電磁鐵，取向磁場 2.0 T 以上，垂直壓，就是磁場方向跟壓力方向垂直。平行壓配向度會差 3~5%。",
        "蔡：粉末是在手套箱裡面裝模嗎？",
        "A：對，全程氮氣保護，氧含量控制在 100 ppm 以下。裝粉密度大概 1.9~2.1 g/cm3，不要拍太實，拍太實顆粒轉不過去。",
        "林：壓力呢？",
        "A：先給磁場，再加壓，壓力大概 0.3~0.5 t/cm2，壓完密度 3.9~4.2。然後退磁，反向脈衝去磁，不然出模會吸在一起。",
        "A：出模之後真空包裝再去冷等靜壓，油壓 180~220 MPa，保壓 1 分鐘。密度到 4.5~4.8。",
        "蔡：所以 Br 的差距主要在配向？",
        "A：一部分。還有粉末粒度分佈要窄，D90/D10 小於 4。我們氣流磨加了二級分級，把 1 μm 以下的細粉分掉，那些細粉氧化以後不好燒。",
        "林：如果我們請你來當顧問，你能幫我們調到 13.8 嗎？",
        "A：52 牌號的話，配方 PrNd 29%、B 0.92%、Co 0.8%、Cu 0.12%、Ga 0.15% 左右，配向做好，13.9~14.1 應該沒問題。",
        "（以下為報酬與合約條件討論，略）",
    ], author="林佳蓉", dt=(2025, 10, 3))
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "zh", False,
        "zh-TW interview transcript: former mainland engineer explains orientation pressing, CIP pressure, jet-mill classification, 52-grade recipe")
def c17():
    n = "Schulungsnotizen_Sinterofen_Inbetriebnahme_EN.pdf"
    wpdf(n, "Training notes - vacuum sintering furnace installation and commissioning", [
        "# Training session notes: Installation & commissioning of VSF-600 vacuum sintering furnace",
        "Customer: MagnetTechnik Thüringen GmbH | Trainer: Mr. Xu Lei (supplier service engineer) | 2025-09-16/17",
        "Hinweis: Dieses Dokument ist nur für den internen Gebrauch bestimmt. Weitergabe an Dritte ist nicht gestattet.",
        "",
        "1. Foundation and placement",
        "- Floor load 12 t/m2; anchor bolts M24, level the shell within 1 mm/m. Keep 1.5 m free behind for heating element change.",
        "- Cooling water: 35 m3/h, inlet 20-28 C, 0.3-0.4 MPa. Separate circuit for the diffusion pump.",
        "2. Vacuum system",
        "- Mechanical pump + Roots + diffusion pump. Leak rate test after install: pressure rise < 0.5 Pa/h at cold, empty chamber.",
        "- If leak rate > 1 Pa/h do not heat. Check door O-ring and thermocouple feed-throughs first (most common).",
        "3. First bake-out (dry run)",
        "- Empty furnace, 200 C x 4 h, 600 C x 4 h, 1100 C x 2 h, vacuum must recover to < 5x10-3 Pa at 1100.",
        "- Temperature survey with 9 TCs (TUS): uniformity +/-5 C at 1050 required for NdFeB sintering acceptance.",
        "4. First production load (reference only - customer process applies)",
        "- Trainer used the standard reference cycle of the buyer: sinter 1060 C, 4 h, Ar quench 0.08 MPa to < 100 C.",
        "- Check quench fan current and cool-down time (1060 -> 100 C < 50 min with 300 kg load).",
        "5. Maintenance rules taught",
        "- Graphite heating elements: inspect every 3 months, replace if cross-section < 80% original.",
        "- Diffusion pump oil change every 2000 h; cold trap defrost weekly.",
        "- Door seal replace every 12 months or at 800 cycles.",
        "- Recalibrate TCs every 6 months (type S for control, type K in-load).",
        "",
        "Mit freundlichen Grüßen / Best regards, J. Hartmann, Fertigungsleitung",
    ], author="J. Hartmann")
    lab(n, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "en", False,
        "PDF training notes (German boilerplate): install, leak test, TUS and maintenance of NdFeB sintering furnace; process values only as reference")

def c18():
    n = "혼합조 정비 관련 문의 회신.eml"
    body = """
Dear Mr. Kim,

Regarding your question on the mixer-settler overhaul during the December shutdown, our
recommendations (based on our own annual overhaul rule for the P507 lines) are:

1. Drain order: aqueous first from the last strip stage back to feed stage, then the organic to the
   holding tank through the 5 um cartridge. Keep the organic, don't discard it - just re-titrate and
   re-saponify after restart.
2. Crud removal: the crud layer at the interface in stages 1-15 should be skimmed and filtered; if
   thicker than 30 mm, also clean the settler floor.
3. Inspection points:
   - Impellers: replace if blade wear > 3 mm or if any PVDF blade is cracked.
   - Shaft seals: replace all (we do this every overhaul regardless).
   - Weirs and baffles: re-level to +/- 2 mm; uneven weirs give one-side overflow and entrainment.
   - FRP lining: spark test at 15 kV; repair holidays with vinyl-ester.
4. Restart: water test 24 h, then organic, then 30% feed for 48 h; expect 3-5 days before the
   stage profile is back to where it was before the shutdown.
5. Spare parts we recommend to keep: 10% impellers, 100% seals, 2 spare motors per 20 stages.

감사합니다. 좋은 하루 되세요.
Best regards,
Zhang Lei | After-sales Service Dept.
Jiangxi Hengtai Hydrometallurgy Equipment Co., Ltd.

이 메일은 지정된 수신인만을 위한 것입니다. / This e-mail is intended only for the named recipient.
"""
    weml(n, "Zhang Lei <zhanglei@hengtai-hydromet.com>", "Kim Dong-hyun <dh.kim@koreare.co.kr>",
         "RE: 혼합조 정비 관련 문의 (mixer-settler overhaul)", "Fri, 21 Nov 2025 15:30:00 +0800", body)
    lab(n, "controlled", ["1E902.b"], ["separation"], [], "email", "mixed", False,
        "equipment supplier e-mails Korean client the overhaul/maintenance procedure for RE SX mixer-settler line")

def c19():
    n = "Site visit Q&A - Baotou recycling plant (notes for Hans).docx"
    wdocx(n, "Site visit Q&A", [
        ("h", "Q&A after visit - magnet scrap recycling plant, Baotou", 1),
        "Visitors: E. Vogel, H. Bauer (EcoMetall GmbH), interpreter Ms. Gao. Host: plant deputy GM Mr. Ren + process engineer.",
        "Date: 22 Oct 2025. Notes: E. Vogel. For H. Bauer (could not attend afternoon).",
        ("h", "Questions and answers (as translated)", 2),
        ("t", [["#", "Our question", "Their answer"],
               ["1", "Feed?", "Sintered NdFeB scrap (solid), grinding sludge, also some end-of-life motor magnets after demagnetising at 350 °C."],
               ["2", "Roast?", "Sludge dried then roasted in rotary kiln 800 °C, 3 h. Solid scrap first hydrogen-decrepitated, then roasted."],
               ["3", "Leach?", "HCl, acid ratio 1.1x stoichiometric for REO, final pH 1.8, 90 °C, 2 h. Fe stays as hematite in residue."],
               ["4", "Residue?", "Fe2O3 residue 0.3-0.5% REO, sold to cement plants."],
               ["5", "Separation?", "P507 cascade: 1st split Nd/Pr vs Dy/Tb (Gd split), 2nd split Dy/Tb. ~140 stages in total."],
               ["6", "Product?", "PrNd oxide 99.5% TREO; Dy2O3 99.5%; Tb4O7 99.9%. Overall RE recovery 95%."],
               ["7", "Co recovery?", "Yes, from raffinate by sulfide precipitation, ~80%."]]),
        "Comment: they were very forthcoming. Mr. Ren said they could provide a design package for a 3,000 t/a plant in Germany.",
    ], author="Elke Vogel", dt=(2025, 10, 23))
    lab(n, "controlled", ["1E902.a"], ["recycling"], [], "other", "en", False,
        "Q&A table after plant visit: NdFeB scrap roast temperature, HCl leach ratio/pH/temp, cascade, purities and recovery")

def c20():
    n = "Teams chat - Tb metal reduction trial (copy).txt"
    wtext(n, """
Microsoft Teams chat export — "Tb metal pilot" (3 members)
----------------------------------------------------------------
[2025-07-14 09:02] Sophie Laurent: Morning. Our first Ca reduction of TbF3 gave 86% yield and the metal has 1.2% Ca. Any idea?
[2025-07-14 09:15] 马振宇 Ma Zhenyu: 1.2% Ca is normal before distillation. Which calcium excess you used?
[2025-07-14 09:16] Sophie Laurent: 10% excess, redistilled Ca granules
[2025-07-14 09:20] 马振宇 Ma Zhenyu: use 15-20% excess. And the charge: TbF3 dried at 400C under vacuum 4 h before, the fluoride must be < 0.05% O. Oxygen in fluoride goes straight into the metal
[2025-07-14 09:22] 马振宇 Ma Zhenyu: reduction in Ta crucible, heat to 1450-1500C under argon, hold 15-20 min after the reaction, then pour or let separate. Slag CaF2 on top
[2025-07-14 09:25] Sophie Laurent: we were at 1400
[2025-07-14 09:26] 马振宇 Ma Zhenyu: too cold, metal doesn't separate well from slag, yield loss. That is your 86%
[2025-07-14 09:30] 马振宇 Ma Zhenyu: then vacuum distillation to remove Ca: 1500-1600C, < 1x10-3 Pa, 2 h. Ca goes to < 0.05%. For 4N Tb distill Tb itself at 1650-1700C onto a Ta condenser
[2025-07-14 09:31] Sophie Laurent: 👍 will try next week
[2025-07-21 16:40] Sophie Laurent: 18% excess, 1480C → yield 95.5%, Ca after distillation 0.03%. Merci!
""")
    lab(n, "controlled", ["1E902.a"], ["metal-smelting"], [], "other", "en", False,
        "Teams chat: Chinese adviser gives Ca reduction of TbF3 excess, temperatures, vacuum distillation conditions to French pilot")

def c21():
    n = "咨询备忘录_老挝离子型矿项目_第二期.docx"
    wdocx(n, "咨询备忘录", [
        ("h", "咨询备忘录（第二期）", 1),
        "致：Lao Sino Rare Earth Mining Co., Ltd. 项目部\n自：赣州某矿业技术服务部 钟工\n日期：2025年8月18日",
        ("h", "一、注液井网调整", 2),
        "根据8月现场勘查，3号山体全风化层厚度 8~12 m，渗透性偏差。建议注液孔网度由 3 m×3 m 加密到 2 m×2.5 m，孔深打到全风化层下部 0.5 m，孔径 0.2 m。",
        "注液强度：前期 2 m3/(孔·d)，稳定后 1 m3/(孔·d)。浸出剂硫酸镁浓度 3%，pH 5.0~5.5，后期改为 1% 顶水。",
        ("h", "二、收液系统", 2),
        "山脚开挖集液沟，深 1.5 m，沟底铺 1.5 mm HDPE 膜；山腰增设 2 条导流孔，孔距 5 m，倾角 5°，用 PVC 花管。",
        "母液稀土浓度低于 0.3 g/L 时停止注液转入顶水阶段。",
        ("h", "三、除杂与沉淀", 2),
        "母液用碳酸氢铵调 pH 至 5.0~5.3 除铝，沉降 4 h；上清液加碳酸氢铵至 pH 6.8，沉淀碳酸稀土，陈化 2 h，压滤。碳酸氢铵用量约为稀土量的 2.5~3 倍（质量比）。",
        "预期稀土浸出率 80%，碳酸稀土 TREO 42% 以上。",
        ("h", "四、下一步", 2),
        "下月派 2 名技术员驻场 3 个月，培训当地班组。",
    ], author="钟志华", dt=(2025, 8, 18))
    lab(n, "controlled", ["1E902.a"], ["mining"], [], "process-spec", "zh", False,
        "simplified-Chinese advisory memo to Lao mine: well grid, injection rates, MgSO4 lixiviant, collection, Al removal and carbonate precipitation")

def c22():
    n = "Re_ Re_ Y2O3 5N - precipitation and calcination.eml"
    body = """
Hi Priya,

Happy to help. For 5N Y2O3 from the strip liquor (after the naphthenic-acid Y line), this is what we do:

- Dilute strip liquor to 0.3-0.4 mol/L Y, filter 0.45 um, pH 1.5-2.0.
- Oxalic acid 10% solution, pre-filtered, at 1.15x stoichiometric, added to the RE liquor (not the
  reverse!) over 30 min, 65-70 C, stirring 80 rpm.
- Age 2 h, filter, wash with hot DI water (conductivity < 1 uS/cm) until wash water < 20 uS/cm.
- Calcine in high-alumina saggers - NOT mullite, you get Si pickup - 900 C 2 h then 1000 C 2 h.
- Use PTFE-lined everything after the filter. The Fe and Ca in 5N product come mostly from equipment.

You should see D50 4-6 um, Fe < 1 ppm, Ca < 2 ppm, Si < 3 ppm.

Best,
Chen Jia

On Wed, Nov 5, 2025 at 10:14 PM Priya Raman <priya.r@indre-oxides.in> wrote:
> Thanks Chen. One more: our Y2O3 fails on Ca (8 ppm) and Si (12 ppm). Precipitation step maybe?
>
> On Tue, Nov 4, 2025 at 09:02 AM Chen Jia <chenjia.work@gmail.com> wrote:
>> Priya, yes, I can share some tips off the record. Let me know your issue.
"""
    weml(n, "Chen Jia <chenjia.work@gmail.com>", "Priya Raman <priya.r@indre-oxides.in>",
         "Re: Re: Y2O3 5N - precipitation and calcination", "Thu, 06 Nov 2025 08:30:11 +0800", body,
         inreply="<CAJ5nx0a9@mail.gmail.com>")
    lab(n, "controlled", ["1E902.a"], ["separation"], [], "email", "en", False,
        "informal e-mail to Indian oxide maker: 5N yttria oxalate precipitation and calcination conditions")
def c23():
    n = "展覽攤位談話紀錄_黏結磁體_1112.txt"
    wtext(n, """
展覽攤位談話紀錄（內部參考）
展會：2025 深圳國際磁性材料展　日期：11/12　紀錄人：業務部 黃冠宇
攤位：某粘結磁體廠（浙江），接待人：技術部經理 孫先生

1. 我方詢問 MQ 粉壓縮成型的做法，孫經理說：
   - 快淬粉（Nd-Fe-B 各向同性）粒度過 40~100 目，用環氧樹脂 2.0~2.5 wt%（用丙酮溶解後混粉，再烘乾 60℃去溶劑）。
   - 加 0.1~0.2% 硬脂酸鋅潤滑。
   - 壓製壓力 6~8 t/cm²，密度可到 6.0~6.1 g/cm³。
   - 固化 150~170℃，1.5~2 小時。
   - 成品 (BH)max 約 9~10 MGOe，Br 6.8 kG。
2. 射出成型用 PA12，磁粉體積分數 60~62%，料筒溫度 240~260℃，模溫 90℃，帶磁場取向的話要用 HDDR 各向異性粉。
3. 表面噴塗環氧，厚度 15~20 μm，鹽霧 96 小時。
4. 孫經理表示可以派人到台灣協助建線，顧問費另議。

※ 後續：請研發處評估是否與其合作。
""")
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "zh", False,
        "zh-TW booth notes: bonded NdFeB compression/injection moulding binder %, pressure, curing parameters from Chinese exhibitor")

def c24():
    n = "WhatsApp Chat with Ravi (polishing powder).txt"
    wtext(n, """
[15/10/2025, 18:22:10] Ravi Menon: Hi Mr Guo, the spent polishing powder from the glass plant - is it worth recovering?
[15/10/2025, 18:30:44] Guo Feng: yes if REO > 40%. yours is what?
[15/10/2025, 18:31:02] Ravi Menon: lab says 52% REO, mostly CeO2, ~8% SiO2, ~12% Al2O3
[15/10/2025, 18:35:19] Guo Feng: good. do it like this: first wash with water + flotation or just 2% NaOH at 80C 1h to remove part of silica and alumina
[15/10/2025, 18:36:01] Guo Feng: then leach with HCl + H2O2. CeO2 does not dissolve in HCl alone. 6 mol/L HCl, H2O2 about 0.6 ml per g powder, 80-90C, 3 h, L/S 5:1
[15/10/2025, 18:36:45] Guo Feng: you get ~ 92-95% RE into solution
[15/10/2025, 18:38:12] Guo Feng: filter, adjust pH 4.5 with ammonia to drop Al and Fe, then oxalic acid to precipitate, calcine 850C 2h. you will have 99% REO, can sell back as polishing powder raw material or make new powder
[15/10/2025, 18:39:30] Ravi Menon: reagent cost?
[15/10/2025, 18:42:02] Guo Feng: roughly USD 600-700 per ton of waste, depends on HCl price in India
[15/10/2025, 18:42:40] Ravi Menon: Super, thank you sir 🙏
""")
    lab(n, "controlled", ["1E902.a"], ["recycling"], [], "other", "en", False,
        "WhatsApp: Chinese adviser gives spent Ce polishing-powder recovery (alkali wash, HCl+H2O2 leach, oxalate, calcination) to Indian contact")

def c25():
    n = "AW_ Wasserstoffofen HD-1200 - Inbetriebnahme Checkliste.eml"
    body = """
Hallo Herr Brandt,

anbei wie besprochen unsere Checkliste für die Inbetriebnahme des HD-Ofens (hydrogen decrepitation),
auf Englisch, damit Ihre Schichtführer sie direkt nutzen können.

HD-1200 COMMISSIONING CHECKLIST (supplier field service)
1. Mechanical: rotary retort runout < 1 mm; drive chain tension; retort rotation 1-3 rpm verified.
2. Gas system: H2 line helium leak test < 1x10-7 mbar.l/s at all flanges; H2 and Ar mass-flow
   controllers calibrated; H2 detector alarms at 10% LEL and 25% LEL, interlock closes H2 valve at 25%.
3. Vacuum: empty retort to < 5 Pa in < 20 min; rate of rise < 2 Pa / 10 min.
4. Heating: zone TCs checked against reference; first empty bake 600 C x 2 h.
5. First H2 absorption with 300 kg flake (customer material): H2 pressure 0.1-0.2 MPa, watch absorption
   exotherm - retort must not exceed 200 C; if it does, stop H2 feed (reference values only, follow the
   customer process sheet).
6. Dehydrogenation reference 550 C, vacuum; cooling with Ar + water jacket to < 50 C before discharge.
7. Maintenance hand-over: retort seal replacement every 500 cycles; MFC recalibration yearly;
   H2 detector bump test monthly; vacuum pump oil every 1000 h.

Bei Fragen stehe ich gerne zur Verfügung.

Mit freundlichen Grüßen
Wang Pengfei
Service-Ingenieur, Hangzhou Jiarui Vacuum Equipment Co., Ltd.

-----Ursprüngliche Nachricht-----
Von: Brandt, Tobias <t.brandt@magneco-werk.de>
Gesendet: Montag, 3. November 2025 08:10
Betreff: Wasserstoffofen HD-1200 - Inbetriebnahme

Sehr geehrter Herr Wang, können Sie uns vor Ihrem Besuch die Inbetriebnahme-Checkliste schicken?

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.
"""
    weml(n, "Wang Pengfei <wangpf@jiarui-vac.com>", "Tobias Brandt <t.brandt@magneco-werk.de>",
         "AW: Wasserstoffofen HD-1200 - Inbetriebnahme Checkliste", "Tue, 04 Nov 2025 10:05:33 +0800", body)
    lab(n, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", "mixed", False,
        "German-boilerplate e-mail: commissioning and maintenance checklist for NdFeB hydrogen-decrepitation furnace; process values as references")

def c26():
    n = "Ghi chu dao tao - Ce oxidation line (buoi 2).txt"
    wtext(n, """
GHI CHÚ ĐÀO TẠO / TRAINING NOTES - Session 2
Chủ đề: Tách Ce bằng oxy hóa Ce(IV) / Cerium removal by oxidation
Giảng viên (trainer): Mr. Tang (Chinese expert, via interpreter)   Học viên: 6 kỹ sư ca (shift engineers)
Ngày: 25/09/2025   Nơi: Nhà máy Lào Cai, phòng họp 2

1. Why remove Ce first: Ce is ~50% of the REO in our bastnasite concentrate; taking it out before SX
   cuts the SX plant size by almost half.
2. Method taught (roast-oxidation route):
   - Concentrate roasted 500-550 C, 2 h, in air: Ce(III) -> Ce(IV) (oxidation rate > 97%).
   - Leach with dilute HCl at pH 1.0-1.5, 60 C: trivalent RE (La, Pr, Nd...) dissolve, CeO2 stays in
     residue. "Optimum leaching" (优溶) - acid only 0.9x of trivalent RE.
   - Residue: CeO2 ~ 90-95% purity. Further purification by leaching with H2SO4 + reducing agent if needed.
3. Alternative (solution route): oxidize in sulfate solution with KMnO4 or Cl2 at pH 3.5-4, Ce(IV)
   precipitates as hydroxide; or extract Ce(IV) with P507 from sulfate at 0.5 mol/L H2SO4.
4. Control points for shift engineers:
   - Roaster temperature log every 30 min; < 480 C gives incomplete oxidation.
   - Leach pH must not drop below 0.8 otherwise CeO2 starts to dissolve.
   - Check Ce/TREO in leach liquor every shift - target < 0.5%.
Bài tập về nhà (homework): calculate HCl demand for 10 t concentrate at 65% REO.
""")
    lab(n, "controlled", ["1E902.a"], ["separation"], [], "other", "mixed", False,
        "Vietnamese/English training notes: Ce(IV) oxidation roast and selective HCl leach parameters taught by Chinese expert")

def c27():
    n = "出差報告_電解槽擴容_印尼_2025Q3.pdf"
    wpdf(n, "出差報告", [
        "# 出差報告：印尼客戶稀土金屬電解槽擴容（3 kA → 6 kA）",
        "出差人：陳國華（工程部）　期間：2025年8月4日至8月22日　地點：Morowali 工業園",
        "",
        "一、任務",
        "協助客戶將 8 台 3 kA 鐠釹電解槽改造為 6 kA，並完成首批 2 台之安裝調試。",
        "二、改造內容",
        "1. 石墨坩堝內徑由 Φ420 mm 擴至 Φ600 mm，深度 700 mm；爐殼重新砌築，保溫層改為輕質高鋁磚 + 碳氈兩層。",
        "2. 陽極由 4 塊增至 8 塊圓環排列，陰極鎢棒由 Φ50 改為 Φ70 mm，插入深度 280 mm。",
        "3. 整流電源更換為 8 kA / 15 V，母線截面按 1.2 A/mm² 重新計算。",
        "4. 加裝自動下料器，氧化物加料週期 3 分鐘，單次 0.8 kg。",
        "三、調試過程",
        "烘爐：木炭加熱 48 小時至 800℃，再投入電解質（氟化鐠釹:氟化鋰=88:12）共 1.6 t，升溫至 1050℃熔化。",
        "通電：2 kA 起步，每 2 小時加 1 kA，至 6 kA。槽電壓由 11 V 穩定至 9.2 V。",
        "四、運行結果（第 5 天）",
        "電流效率 81%，日產金屬 98 kg/台，碳含量 0.025%，電耗 9,100 kWh/t。",
        "五、問題與建議",
        "1. 客戶操作工出金屬時真空吸勺插入過深，擾動陰極區，建議加裝限位。",
        "2. 剩餘 6 台預計 10 月改造，需再派 2 人。",
        "",
        "附件：改造圖紙（另寄，未隨本報告）",
    ], author="陳國華")
    lab(n, "controlled", ["1E902.a", "1E902.b"], ["metal-smelting"], [], "other", "zh", False,
        "zh-HK/TW trip report: upgrade of PrNd electrolysis cells abroad, cell dimensions, bath, start-up ramp and operating results")
# ---------------------------------------------------------------- clear
def n01():
    n = "RE_ Consulting agreement - fee schedule and NDA (Aurel).eml"
    body = """
Dear Mr Zhou,

Thank you for the call yesterday. To summarise what we agreed, subject to our legal team:

- Day rate USD 1,400 on site, USD 900 remote; minimum 10 days per quarter.
- Travel business class for flights > 8 h, hotel up to USD 180/night, per diem USD 75.
- Mutual NDA (our template, 5-year term, South African law). Our legal will send a clean copy.
- Payment within 30 days of invoice, to a Hong Kong account is fine.

On your point about the new Chinese rules: we understand you cannot provide any process
parameters until the position is clarified. Our lawyers suggest we first get advice on whether a
licence is needed and who would apply. Until then, please limit the engagement to the equipment
shortlist and the factory layout review (building, utilities), which we understand is acceptable.

Kind regards,
Daniel Okafor
Operations Director, Aurel Magnetics (Pty) Ltd

-----Original Message-----
From: Zhou Wenbin <zhou.wb@hotmail.com>
Sent: Monday, 6 October 2025 22:10
Subject: Consulting agreement

Daniel, attached my CV. I can start in November. About sintering and grinding know-how - we need
to discuss after the licence question. Rate as discussed.
"""
    weml(n, "Daniel Okafor <d.okafor@aurelmag.co.za>", "Zhou Wenbin <zhou.wb@hotmail.com>",
         "RE: Consulting agreement - fee schedule and NDA", "Tue, 07 Oct 2025 09:12:40 +0200", body)
    lab(n, "clear", [], [], [], "email", "en", True,
        "fees, NDA and licence question for magnet consultant; no process content")

def n02():
    n = "WhatsApp Chat with Lily Interpreter.txt"
    wtext(n, """
07/11/2025, 20:11 - S. Mbeki: Hi Lily, confirming for Ganzhou: we land Wed 19:40 on CZ3368 from Guangzhou
07/11/2025, 20:14 - Lily 翻译: 好的 Sam. I will book the driver. Hotel is 赣州万豪 near the expo centre, 3 nights?
07/11/2025, 20:15 - S. Mbeki: 4 nights please, we may visit a separation plant on Saturday if they accept
07/11/2025, 20:18 - Lily 翻译: Plant visit needs invitation letter and your passport copy, they are strict now. No photos inside, no phones in workshop
07/11/2025, 20:19 - S. Mbeki: fine. Visa - we have 30-day visa-free as South Africans?
07/11/2025, 20:25 - Lily 翻译: Yes for business/visit under the new policy, but bring the expo registration printout
07/11/2025, 20:26 - Lily 翻译: My fee 1200 RMB/day + hotel, same as last time
07/11/2025, 20:27 - S. Mbeki: 👍 agreed
07/11/2025, 20:40 - Lily 翻译: Also the magnet company in Longnan wants to invite you to dinner Thursday. Ok?
07/11/2025, 20:41 - S. Mbeki: yes great. Please tell them we only want to talk about buying concentrate, not technology, our lawyer said so
07/11/2025, 20:42 - Lily 翻译: 明白 👌
""")
    lab(n, "clear", [], [], [], "other", "mixed", True,
        "travel, visa, interpreter fee and plant-visit logistics; no technology")

def n03():
    n = "參訪行程表_江西稀土廠_1117-1120.docx"
    wdocx(n, "參訪行程表", [
        ("h", "大陸稀土廠參訪行程（草案 v3）", 1),
        "團員：研發處 林副理、蔡工程師；採購處 吳課長　聯絡人：對方外事辦 鄧小姐",
        ("t", [["日期", "時間", "行程", "備註"],
               ["11/17（一）", "14:30", "桃園 → 廈門 → 贛州", "CI 車班接送"],
               ["11/18（二）", "09:00-11:30", "廠區簡報、安全說明、參觀成品倉庫", "禁止攜帶相機"],
               ["11/18（二）", "14:00-16:00", "商務會談：氧化鐠釹長約、價格機制", "吳課長主談"],
               ["11/19（三）", "09:00-12:00", "參觀磁材廠展示廳（不進入產線）", "對方表示生產區不開放"],
               ["11/19（三）", "18:00", "晚宴", ""],
               ["11/20（四）", "10:25", "贛州 → 廈門 → 桃園", ""]]),
        "注意事項：",
        ("b", "對方已告知依商務部 2025 年第 62 號公告，技術交流需另行申請，此行僅談採購。"),
        ("b", "請勿索取任何製程資料或照片；名片、伴手禮由管理處準備。"),
        ("b", "費用：機票 NT$ 18,500/人，住宿由對方招待兩晚。"),
    ], author="吳淑芬", dt=(2025, 11, 10))
    lab(n, "clear", [], [], [], "other", "zh", True,
        "zh-TW visit itinerary to RE plant, purchase talks only; mentions rules but no technology")

def n04():
    n = "slack-export-market-chatter-2025-10.json"
    msgs = [
        ("1759730400.000100", "tom.w", "PrNd oxide Shanghai Metals Market 562k RMB/t this morning, up 4% on the week"),
        ("1759730520.000200", "anna.k", "heard Baotou cut the Q4 quota talk is just rumours, but two separation plants in Sichuan are down for environmental checks"),
        ("1759730700.000300", "tom.w", "Dy oxide export price ex-China quoted 2,100 USD/kg? seems crazy vs 230 domestic"),
        ("1759730820.000400", "anna.k", "that's the licence premium. Lynas heavy RE from Malaysia sold out for 2026 per their IR call"),
        ("1759731000.000500", "raj.p", "our magnet supplier in Ningbo says N52 blocks +12% from Nov 1, and 90-day lead time"),
        ("1759731120.000600", "tom.w", "ok, I'll update the cost model. anyone has the latest on MP Materials' 10x facility timing?"),
        ("1759731300.000700", "raj.p", "they say commissioning 2028. gossip at the conference was the sintering furnaces are from Germany not China"),
    ]
    wtext(n, json.dumps([{"type": "message", "user": u, "text": t, "ts": ts} for ts, u, t in msgs], indent=1))
    lab(n, "clear", [], [], [], "other", "en", True, "Slack market gossip on oxide/magnet prices and plant news")

def n05():
    n = "回复_气流磨及氢破炉报价.eml"
    body = """
Dear Mr. Nguyen,

您好！感谢询价。以下为我司设备报价（FOB 上海，有效期30天）：

1. QLMR-400 流化床气流磨（含分级轮、氮气循环系统）  1 台  单价 RMB 1,380,000
2. HD-600 旋转式氢碎炉（600 kg/炉）                   1 台  单价 RMB 2,150,000
3. 氮气发生器 200 Nm3/h                                1 台  单价 RMB   420,000
合计 RMB 3,950,000

付款：30% 预付，60% 发货前，10% 验收后。交期：合同生效后 120 天。
质保：12 个月。安装调试及培训服务需另行报价，并须待出口许可办理完毕后方可安排。

另：根据我国两用物项出口管制规定，上述设备出口前需办理相关手续，我司将协助准备最终用户和最终用途说明，请贵司提供：
- 最终用户声明（盖章原件）
- 营业执照及工厂地址
- 产品用途说明

如有疑问请随时联系。

此致
敬礼
销售部 孙倩
绵阳某粉体设备有限公司
"""
    weml(n, "Sun Qian <sunqian@my-powder-eq.com>", "Nguyen Van Hai <hai.nv@vietmag.vn>",
         "回复: 气流磨及氢破炉报价", "Wed, 12 Nov 2025 16:45:00 +0800", body)
    lab(n, "clear", [], [], [], "email", "zh", True, "equipment price quote for jet mill and HD furnace, payment and export paperwork; no parameters")

def n06():
    n = "FW_ 两用物项出口许可申请材料清单 - dual-use licence documents.eml"
    body = """
Hi Markus,

Forwarding the list from our trade-compliance agent in Beijing. For the technical-service contract
with you (training of your engineers at our plant), we need to apply under announcement 2025 No. 62.
Please prepare items 4-6 on your side. Expected review time is 45 working days.

Regards,
Helen Zhao
International Business Dept.

---------- Forwarded message ----------
From: 代理 刘律师 <liu.lawyer@bj-tradelaw.cn>
Date: 2025年11月3日 14:20
Subject: 两用物项出口许可申请材料清单

赵经理：

技术出口许可申请需准备以下材料：
1. 两用物项和技术出口许可证申请表（在线填报）
2. 《转移或者提供受出口管制技术情况说明》（附件1格式）
3. 技术出口合同（中英文）及合同主要条款说明
4. 最终用户和最终用途证明（外方签字盖章）
5. 外方营业执照及股权结构说明
6. 外方承诺不转让第三方的声明
7. 拟提供技术的目录（只需列出名称与范围，不需提交技术资料本身）
8. 我方企业内部合规制度文件

另请注意：许可证下发前，不得向外方人员提供任何培训资料。

刘律师
"""
    weml(n, "Helen Zhao <helen.zhao@gz-rem.com>", "Markus Weber <m.weber@vac-partner.de>",
         "FW: 两用物项出口许可申请材料清单 - dual-use licence documents", "Tue, 04 Nov 2025 09:00:21 +0800", body)
    lab(n, "clear", [], [], [], "email", "mixed", True, "export-licence application document list; no technical content")

def n07():
    n = "Trip report - Kolwezi SX-EW copper, Oct 2025.txt"
    wtext(n, """
TRIP REPORT - Copper SX-EW debottlenecking, Kolwezi (DRC)
Consultant: J. Whitcombe, Kestrel Process Advisory | 6-10 Oct 2025

Summary: Cu cathode production limited by SX extract circuit, not EW.

Findings
- Extractant LIX 984N at 22 v/v% in Escaid 110. Max loading measured 5.6 g/L Cu; operating at 4.9,
  too close to max. Recommend raising to 25 v/v%.
- PLS: 4.8 g/L Cu, pH 1.7, 1,450 m3/h. 2 extraction + 1 wash + 1 strip (2E-1W-1S).
- O/A in E1 advance 1.15; recycle to hold mixer O/A at 1.0-1.2 organic-continuous.
- Mixer tip speed 4.5 m/s causing entrainment of aqueous into loaded organic (Mn transfer to EW!).
  Reduce to 3.8 m/s, add coalescer in loaded organic tank.
- Crud in settler 2 about 150 mm; crud treatment by clay (bentonite) at 2% - weekly.
- Strip: spent electrolyte 35 g/L Cu, 180 g/L H2SO4; advance electrolyte 50 g/L Cu.
- EW: current density 300 A/m2, CE 91%. Cobalt sulfate addition 150 ppm Co for anode protection.

Actions: extractant top-up 30 m3; tip speed change during next planned stop; crud procedure updated.
""")
    lab(n, "clear", [], [], [], "other", "en", True, "copper SX-EW trip report with O/A, tip speeds - SX vocabulary, not rare earths")

def n08():
    n = "技术咨询备忘录_印尼镍钴湿法_P507萃取.docx"
    wdocx(n, "技术咨询备忘录", [
        ("h", "印尼 HPAL 项目钴镍分离萃取段技术咨询备忘录", 1),
        "致：PT Sulawesi Nickel Chemical 技术部　自：顾问 宋工　日期：2025年9月5日",
        ("h", "一、现状", 2),
        "MHP 再溶解液：Ni 95 g/L，Co 9 g/L，Mn 4 g/L，Mg 3 g/L，硫酸体系。现用 P204 除杂后以 P507 分离钴镍，钴中镍超标。",
        ("h", "二、建议", 2),
        ("b", "P204 除杂段：20% P204，皂化率 60%，pH 2.8~3.0，6 级萃取，除 Mn、Zn、Ca、Cu。"),
        ("b", "P507 钴镍分离：25% P507，皂化率 65%（液碱），平衡 pH 5.0~5.2，萃取 8 级，洗涤 6 级（用 5 g/L Co 的硫酸钴液洗镍），反萃 4 级 2 mol/L H2SO4。"),
        ("b", "也可用 Cyanex 272 代替 P507，Co/Ni 分离系数更高，但价格贵 3 倍。"),
        ("b", "萃余液 Ni/Co > 10000 即为合格，送硫酸镍结晶。"),
        ("h", "三、预期", 2),
        "硫酸钴产品 Co 20.5%，Ni < 10 ppm；硫酸镍 Co < 20 ppm。",
    ], author="宋立新", dt=(2025, 9, 5))
    lab(n, "clear", [], [], [], "process-spec", "zh", True, "Co/Ni P204/P507 SX advice to Indonesian HPAL - same reagents, not rare earths")

def n09():
    n = "Training notes - ferrite magnet line (Pune trainees) day 2.md"
    wtext(n, """
# 培训记录 Day 2 — 铁氧体永磁 Ferrite magnet line, trainees from Pune

**Trainer:** 郑工 (Hengdian-area ferrite plant, retired) | **Date:** 2025-09-10

## Pre-sintering (预烧)
- SrCO3 + Fe2O3, molar Fe/Sr 11.8, add 0.2% SiO2 + 0.5% CaCO3.
- Rotary kiln 1260-1280 °C, 2 h → M-type hexaferrite clinker.

## Wet milling & pressing
- Ball mill then sand mill to 0.7-0.8 µm, slurry 65% solids.
- Wet pressing in magnetic field 8-10 kOe (0.8-1.0 T), pressure 40 MPa, dewatering through filter cloth.

## Sintering
- Tunnel kiln 1200-1230 °C, 1.5-2 h, in air. Shrinkage ~ 15%.
- Y30 grade: Br 3.9 kG, HcJ 3.2 kOe. For Y35 add La-Co substitution (0.2 La, 0.2 Co per formula).

## Grinding
- Arc segments ground with diamond wheels, tolerance ±0.05 mm.

Questions: trainees asked about NdFeB too — trainer said he doesn't do NdFeB and wouldn't discuss it.
""")
    lab(n, "clear", [], [], [], "other", "mixed", True, "ferrite magnet training notes - magnet vocabulary, excluded material")

def n10():
    n = "微信聊天记录_电解铝槽大修_哈萨克项目.txt"
    wtext(n, """
微信聊天记录导出  与 Yerlan (Pavlodar) 的聊天
2025-08-12 09:30 Yerlan: 刘工, pot 214 cathode voltage drop 420 mV now, is it time for relining?
2025-08-12 09:41 刘工: 420 mV 偏高但还能撑。铁含量多少？
2025-08-12 09:42 Yerlan: Fe in metal 0.28%
2025-08-12 09:45 刘工: 铁超过 0.2% 说明阴极可能破损了。建议停槽大修。停槽前把铝水抽干，电解质倒出
2025-08-12 09:48 刘工: 大修：拆除旧阴极炭块和侧部碳化硅砖，新砌 SiC 侧块，阴极炭块用石墨化的，扎糊温度 40~50℃
2025-08-12 09:50 刘工: 焙烧启动用焦粒焙烧 72 小时，然后灌电解质，分子比 2.4~2.5，温度 955~960℃，电压慢慢降到 4.1 V
2025-08-12 09:52 Yerlan: 300 kA pots, same?
2025-08-12 09:55 刘工: 一样。氧化铝浓度 2~3%，阳极效应系数控制在 0.05 以下
2025-08-12 09:56 Yerlan: Thank you 🙏
""")
    lab(n, "clear", [], [], [], "other", "mixed", True, "aluminium reduction cell relining chat - fluoride bath electrolysis vocabulary, not RE")

def n11():
    n = "Plant visit Q&A - LFP_NCM black mass recycling (Gyeonggi).docx"
    wdocx(n, "Plant visit Q&A", [
        ("h", "Q&A after plant visit - battery recycling, Gyeonggi-do", 1),
        "Visitors: EcoMetall GmbH (E. Vogel, H. Bauer). Host: technical team. Date: 14 Oct 2025.",
        "※ 본 자료는 내부 참고용입니다. (Internal reference only.)",
        ("t", [["#", "Question", "Answer"],
               ["1", "Feed?", "NCM and LFP cells, discharged in brine, shredded under N2, black mass < 1 mm."],
               ["2", "Leach?", "H2SO4 2.5 mol/L + H2O2 4 vol%, 80 °C, 2 h, L/S 8. Ni, Co, Mn, Li > 98%."],
               ["3", "Purification?", "Fe/Al removal at pH 4.5; Cu by cementation; Co/Ni/Mn by Cyanex 272 and D2EHPA."],
               ["4", "Lithium?", "Li2CO3 precipitation at 95 °C with Na2CO3, 99.5% battery grade."],
               ["5", "Capacity?", "12,000 t/a black mass; expansion to 20,000 planned."]]),
        "Comment: no rare earths in this flowsheet. Compare with Baotou visit (separate notes).",
    ], author="Elke Vogel", dt=(2025, 10, 15))
    lab(n, "clear", [], [], [], "other", "en", True, "Li-ion black-mass recycling Q&A - recycling/leach vocabulary, not RE")

def n12():
    n = "Call transcript - China RE policy expert 2025-10-08.txt"
    wtext(n, """
Expert call transcript - Project RE-SUPPLY-26 | 45 min
Expert: former official, industry association (Beijing)

[00:02:10] CLIENT: How will the October announcements affect magnet exports?
[00:02:30] EXPERT: Two separate things. No. 61 is about foreign-made items with Chinese content, No. 62 about
technology. For a magnet buyer, the technology rule changes little directly. What matters is licences for
the goods. Approval times now 45 working days, some faster for repeat end-users.
[00:05:00] CLIENT: Will Chinese engineers still go abroad to build plants?
[00:05:12] EXPERT: Only with licence. Companies are telling staff not to accept consulting jobs. We already see
some engineers in Vietnam and Malaysia being recalled.
[00:09:40] CLIENT: Pricing outlook?
[00:09:55] EXPERT: Domestic PrNd oxide range 520-600k RMB/t next year. Export Dy, Tb will have a premium.
Quota growth maybe 5-8%.
[00:15:20] CLIENT: Which non-Chinese separation capacity comes online?
[00:15:35] EXPERT: Lynas Texas delayed, Solvay La Rochelle small, Neo in Estonia running. Korea and Vietnam
talking but I don't see real volume before 2028.
[00:44:30] MODERATOR: Thank you.
""")
    lab(n, "clear", [], [], [], "other", "en", True, "expert call on policy, licence times, prices and capacity; no technology")

def n13():
    n = "Booth notes - SMM Motor Tech Hamburg.txt"
    wtext(n, """
Booth notes - Motor Tech Hamburg, 23 Sept 2025 (K. Lindqvist)

1) Stand 4B-110, Ningbo magnet maker (sales only)
 - N48SH arc segments for our 48 V e-axle: quote EUR 68/kg FOB, MOQ 2 t, lead 10 weeks.
 - They supply PPAP with Br/HcJ test reports per batch, salt spray 240 h on NiCuNi coating.
 - Incoming inspection: we'd test 5 pcs/lot on our hysteresisgraph (HcJ >= 20 kOe at 20 C).
 - Asked about Dy-free GBD grades: "available, price +6%". No process details given, they said export rules.
2) Stand 4C-020, German motor design house
 - Rotor with V-shape IPM, 12 slot/8 pole; magnet volume reduced 18% with segmented magnets.
 - FEA shows demag margin OK at 180 C with HcJ 25 kOe grade.
3) Stand 5A-300, Japanese ferrite maker - ferrite alternative for e-bike motors, 30% lower torque.
Follow-ups: RFQ to Ningbo; NDA with design house.
""")
    lab(n, "clear", [], [], [], "other", "en", True, "booth notes on buying magnets, prices, incoming inspection and motor design")
def n14():
    n = "[LINE] 與 王工 的聊天.txt"
    wtext(n, """
[LINE] 與 王工 的聊天記錄
儲存日期：2025/12/01 20:15

2025/11/28（五）
10:02	陳經理(鼎磁)	王工，下週台中住的飯店幫你訂好了，長榮桂冠 3 晚
10:05	王工	好的謝謝。發票要開顧問費還是技術服務費？
10:07	陳經理(鼎磁)	會計說開「技術服務費」，要扣 20% 境外所得稅
10:09	王工	那我報價要調一下，稅後 NT$ 45,000/天
10:15	陳經理(鼎磁)	了解，我問老闆
10:30	陳經理(鼎磁)	老闆 OK。還有你那邊出境要不要什麼證明？上次聽說大陸工程師出來要報備
10:33	王工	我們公司要我填「因私出境報備」，另外律師說技術內容要等許可，這次先只看廠房規劃跟燒結爐採購
10:34	陳經理(鼎磁)	沒問題 👍
10:35	陳經理(鼎磁)	[貼圖]
2025/11/29（六）
21:10	王工	週三晚上吃飯記得訂素食，我太太一起來
""")
    lab(n, "clear", [], [], [], "other", "zh", True, "zh-TW LINE chat on hotel, invoicing, tax and exit paperwork for consultant")

def n15():
    n = "FW_ NDA redlines - Nordmag _ Feng (v3 comments).txt"
    wtext(n, """
From: Ingrid Sandberg <ingrid.sandberg@nordmag.se>
Sent: 2 October 2025 11:04
To: Erik Holm <erik.holm@nordmag.se>
Subject: FW: NDA redlines - v3 comments

Erik, see Rong's comments on our NDA draft below. Mostly fine; clause 7 is the issue.

-----Original Message-----
From: Rong Feng <rfeng.consult@outlook.com>
Sent: 1 October 2025 22:45
To: Ingrid Sandberg
Subject: RE: NDA redlines

Ingrid,
My comments:
- Cl. 3 (definition of Confidential Information): OK.
- Cl. 5 term: 5 years fine, but please make it mutual.
- Cl. 7 (IP arising): I cannot assign IP in know-how I bring from previous employment. Suggest "Background IP
  remains with the owning party".
- Cl. 9 governing law: Swedish law OK, arbitration in Stockholm.
- New Cl. 12: Adviser's obligations are subject to applicable export-control laws including PRC rules; Adviser
  will not be obliged to provide anything that requires an export licence until one is granted.
Regards, Rong

> Ingrid wrote:
> Please find attached v3 of the NDA with our legal's changes. Could you sign by 10 Oct so we can start
> the strip caster review?
""")
    lab(n, "clear", [], [], [], "email", "en", True, "forwarded NDA redline discussion with magnet adviser; legal only")

def n16():
    n = "Re_ WC-Co 焼結条件について.eml"
    body = """
Suzuki-san,

For your WC-10Co grade with 0.8 um WC, our recommendations:
- Dewaxing 200-450 C in H2, 1 C/min.
- Sinter-HIP at 1400-1420 C, 60 min vacuum + 30 min at 5 MPa Ar.
- Carbon window: keep total C at 5.45-5.50 wt%; below you get eta-phase, above free carbon.
- VC 0.3% + Cr3C2 0.5% as grain growth inhibitors.
Expected hardness 1650 HV30, TRS > 3800 MPa.

Best regards,
Li Na, Zhuzhou carbide tools

> 李様
> 超微粒超硬の焼結条件でご相談です。Co 10% でη相が出てしまいます。
> よろしくお願いいたします。鈴木
>
> ※本メールは機密情報を含みます。
"""
    weml(n, "Li Na <lina@zz-carbide.com>", "Suzuki Takeshi <t.suzuki@kyoto-tooling.co.jp>",
         "Re: WC-Co 焼結条件について", "Mon, 17 Nov 2025 13:20:00 +0800", body)
    lab(n, "clear", [], [], [], "email", "mixed", True, "cemented carbide sintering advice - sintering vocabulary, not RE")

def n17():
    n = "Teams chat - Arclight request for sintering data (compliance).txt"
    wtext(n, """
Microsoft Teams chat export — "Arclight project" (4 members)
----------------------------------------------------------------
[2025-10-20 10:12] 杨工: Arclight 的 Reyes 又发邮件要我们的时效曲线和配方表，说培训时讲过了想要电子版
[2025-10-20 10:15] 法务 周律师: 不能发。培训本身是否需要许可我们还在评估，任何工艺文件、曲线、参数表一律先不要外发
[2025-10-20 10:16] 杨工: 那怎么回复？
[2025-10-20 10:20] 法务 周律师: 回复："Per company policy, process documents can only be shared after the applicable export licence is granted. We will update you." 抄送我
[2025-10-20 10:22] 销售 Kevin: 客户那边很急，能不能先给个 datasheet？
[2025-10-20 10:24] 法务 周律师: 产品 datasheet（Br、HcJ、(BH)max 典型值）是公开资料，可以发。工艺的不行
[2025-10-20 10:25] 杨工: 收到
[2025-10-20 11:02] Kevin: datasheet sent, 2:17 grades YXG-28/30/32
""")
    lab(n, "clear", [], [], [], "other", "mixed", True, "compliance chat refusing to send SmCo aging curve; only product datasheet shared")

def n18():
    n = "培训讲义笔记_铝镍钴铸造磁钢_外籍学员.txt"
    wtext(n, """
外籍学员培训笔记（铝镍钴 AlNiCo 铸造磁钢）  2025-07-08
学员：Türkiye 客户 3 人  讲师：兰州某磁钢厂 马工

1. 成分（LNG52 / AlNiCo 5-7）：Al 8%，Ni 14%，Co 24%，Cu 3%，Ti 0.3%，其余 Fe。
2. 熔炼：中频炉 1650℃，浇入砂型或壳型，定向结晶用加热模壳 + 水冷底板。
3. 固溶：1250℃ × 20 min。
4. 磁场热处理：从 900℃ 以 1~2℃/s 冷却，同时加 1500~2000 Oe 磁场，800℃ 以下撤场。
5. 回火：600℃ × 4 h + 560℃ × 12 h。
6. 性能：Br 13.0 kG，Hcb 0.7 kOe，(BH)max 6.5 MGOe。
7. 磨加工：硬脆，只能磨削，不能车削。

学员问能否讲钕铁硼：马工说不属于本次培训范围。
""")
    lab(n, "clear", [], [], [], "other", "zh", True, "AlNiCo casting/heat-treatment training notes - magnet vocabulary, excluded material")

def c28():
    # innocuous body, attachment carries the set points
    n = "Fwd_ files from yesterday.eml"
    csv = ("工序,参数,设定值,单位\r\n"
           "熔炼,浇注温度,1460,℃\r\n速凝,辊速,1.3,m/s\r\n速凝,片厚,0.28,mm\r\n"
           "氢破,吸氢压力,0.18,MPa\r\n氢破,脱氢温度,560,℃\r\n气流磨,分级轮转速,4300,rpm\r\n"
           "气流磨,D50,3.3,μm\r\n成型,取向磁场,2.0,T\r\n等静压,压力,200,MPa\r\n"
           "烧结,温度,1065,℃\r\n烧结,保温,4,h\r\n一级回火,温度,900,℃\r\n二级回火,温度,495,℃\r\n"
           "配方,PrNd,29.8,wt%\r\n配方,B,0.96,wt%\r\n配方,Dy,1.2,wt%\r\n配方,Co,1.0,wt%\r\n配方,Cu,0.12,wt%\r\n")
    body = """
see attached, as we talked. pls don't forward.

---------- Forwarded message ---------
From: 小李 <xiaoli_1988@qq.com>
Date: Sun, Nov 16, 2025 at 23:10
Subject: files from yesterday
To: Anh Nguyen <anh.nguyen@vietmag.vn>

"""
    weml(n, "Anh Nguyen <anh.nguyen@vietmag.vn>", "Hai Nguyen <hai.nv@vietmag.vn>",
         "Fwd: files from yesterday", "Mon, 17 Nov 2025 08:02:10 +0700", body,
         attach=[("45H工艺参数.csv", csv.encode("gb18030"), "text", "csv")])
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", "mixed", False,
        "innocuous forward; GB18030 CSV attachment carries full 45H NdFeB set-point sheet and recipe")

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    fns = [v for k, v in sorted(globals().items()) if k[:1] in "cn" and k[1:].isdigit() and callable(v)]
    for f in fns:
        f()
    LABELS.sort(key=lambda d: d["file"])
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for d in LABELS:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(LABELS), "documents")

if __name__ == "__main__":
    main()
