#!/usr/bin/env python3
"""Generator for test batch 'y' (people talking). Deterministic output."""
import os, io, json, zipfile, shutil, datetime, random
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
import docx
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
LABELS = []
FIXED_ZIP_DT = (2025, 3, 4, 10, 0, 0)
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
random.seed(1902)


def path(name):
    p = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def label(file, verdict, codes, cats, mags, carrier, excl, lang, hn, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mags, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=hn, note=note))


def w_txt(name, text, enc="utf-8", crlf=False):
    t = text.strip("\n") + "\n"
    if crlf:
        t = t.replace("\n", "\r\n")
    with open(path(name), "wb") as f:
        f.write(t.encode(enc))


def w_md(name, text):
    w_txt(name, text)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def w_html_chat(name, title, msgs, style="teams", lang="en"):
    """msgs: list of (timestamp, nick, text)"""
    rows = []
    for ts, nick, txt in msgs:
        body = "<br>".join(esc(l) for l in txt.split("\n"))
        if style == "teams":
            rows.append(f'<div class="msg"><div class="hdr"><span class="author">{esc(nick)}</span> '
                        f'<span class="ts">{esc(ts)}</span></div><div class="body">{body}</div></div>')
        elif style == "wechat":
            rows.append(f'<table class="m"><tr><td class="n">{esc(nick)}</td><td class="t">{esc(ts)}</td></tr>'
                        f'<tr><td colspan="2" class="c">{body}</td></tr></table>')
        else:  # forum
            rows.append(f'<div class="post"><div class="meta">#{len(rows)+1} &middot; <b>{esc(nick)}</b> &middot; {esc(ts)}</div>'
                        f'<div class="content">{body}</div></div><hr>')
    css = {"teams": ".msg{margin:6px 0}.author{font-weight:bold}.ts{color:#888;font-size:11px}.body{margin-left:12px}",
           "wechat": ".m{width:100%;margin:4px 0}.n{color:#576b95}.t{color:#aaa;text-align:right}.c{padding:2px 8px}",
           "forum": ".post{margin:10px}.meta{color:#666;font-size:12px}.content{margin-top:4px}"}[style]
    html = (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<style>body{{font-family:sans-serif;font-size:14px}}{css}</style></head><body>\n'
            f'<h2>{esc(title)}</h2>\n' + "\n".join(rows) + "\n</body></html>\n")
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


def normalize_zip(p):
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in items:
            zi = zipfile.ZipInfo(n, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, d)


def w_docx(name, blocks, author="admin", title="", date=(2025, 5, 6)):
    """blocks: list of ('h1'|'h2'|'p'|'b'|'table', content)"""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    st.font.name = "Calibri"
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(docx.oxml.ns.qn("w:rFonts"))
    if rfonts is None:
        rfonts = docx.oxml.OxmlElement("w:rFonts"); rpr.append(rfonts)
    rfonts.set(docx.oxml.ns.qn("w:eastAsia"), "SimSun")
    for kind, c in blocks:
        if kind == "h1":
            d.add_heading(c, level=1)
        elif kind == "h2":
            d.add_heading(c, level=2)
        elif kind == "p":
            d.add_paragraph(c)
        elif kind == "b":
            d.add_paragraph(c, style="List Bullet")
        elif kind == "n":
            d.add_paragraph(c, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=len(c), cols=len(c[0]))
            t.style = "Table Grid"
            for i, row in enumerate(c):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    cp = d.core_properties
    dt = datetime.datetime(*date, 9, 30, 0)
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = dt; cp.modified = dt; cp.last_printed = dt; cp.revision = 1
    p = path(name)
    d.save(p)
    normalize_zip(p)


def w_eml(name, frm, to, subj, date, body, cc=None, msgid=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or f"<{abs(hash(subj)) % 10**9 if False else len(body)}.{date.strftime('%Y%m%d%H%M')}@mail.local>"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8")
    with open(path(name), "wb") as f:
        f.write(m.as_bytes())


def w_pdf(name, title, paras, date=(2025, 4, 2), author=""):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(*date, 8, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title(title); pdf.set_author(author); pdf.set_creator("Word"); pdf.set_producer("PDF export")
    pdf.add_font("wqy", "", FONT)
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("wqy", size=14)
    pdf.multi_cell(0, 8, title)
    pdf.ln(3)
    for p in paras:
        if p.startswith("## "):
            pdf.set_font("wqy", size=12); pdf.ln(2); pdf.multi_cell(0, 7, p[3:]); pdf.ln(1)
        else:
            pdf.set_font("wqy", size=10); pdf.multi_cell(0, 5.5, p); pdf.ln(1.5)
    pdf.output(path(name))


def wechat_txt(lines, day):
    out = []
    for t, nick, msg in lines:
        out.append(f"{day} {t}  {nick}\n{msg}\n")
    return "\n".join(out)

# ---------------------------------------------------------------- C1 mining, WeChat, long chat
def c1():
    L = [
        ("07:52:10", "老周", "早"),
        ("07:55:41", "阿亮", "早啊周哥，昨晚那场雨你们那边大不大"),
        ("07:56:02", "老周", "大，山上冲了一段路，皮卡上不去，走上去的"),
        ("07:56:30", "阿亮", "注意安全哈"),
        ("08:10:17", "阿亮", "对了上次说的那个钓点在哪，周末想带我儿子去"),
        ("08:11:44", "老周", "水库下面那个湾，你导航搜龙口村，进去右拐，别停在人家田边上"),
        ("08:12:05", "阿亮", "[OK]"),
        ("09:31:26", "阿亮", "问你个正事，你们新开那个块段开始注了没"),
        ("09:33:50", "老周", "前天开始的"),
        ("09:34:12", "阿亮", "浓度还是老样子？"),
        ("09:36:08", "老周", "硫铵还是百分之二左右，头三四天我让他们配到二点五，把表层先打透，后面再降回来，到尾巴上一点五就够了"),
        ("09:36:40", "阿亮", "孔呢，还是两米乘两米？"),
        ("09:38:55", "老周", "这个块段土松，我改成二米五乘二米五了，梅花形布的。孔深打到全风化层底下半米左右，别打穿到半风化那层，打穿了液就跑了"),
        ("09:39:20", "阿亮", "每个孔给多少"),
        ("09:41:02", "老周", "开始一个孔一小时三十来升，看山体反应，坡脚那边渗出来发白就赶紧往下调。一般一吨矿土前后加起来吃零点三吨多一点的液，液固比你就按零点三五算吧"),
        ("09:41:30", "阿亮", "收液巷道你们还挖吗"),
        ("09:43:11", "老周", "挖，底板上先铺一层防渗膜，导流孔斜着往上打，倾角五度上下，间距三米左右，不然底下漏了你都不知道"),
        ("09:45:27", "阿亮", "母液出来多少浓度"),
        ("09:46:03", "老周", "头几天零点三零点四，一周后上到一克左右，高峰一点二，后面慢慢掉，掉到零点一以下就顶水了"),
        ("09:46:40", "阿亮", "顶水用清水还是加点啥"),
        ("09:48:15", "老周", "清水，里面兑一点点硫铵，零点几个，量差不多是注液量的一半"),
        ("09:50:02", "阿亮", "除杂你们现在怎么弄的，上次老板说铝太高碳铵吃得厉害"),
        ("09:53:29", "老周", "先加碳铵把pH拉到五点二五点三那样，静置两个钟头，铝铁基本沉下去了，这部分渣回去再浸一遍，里面也带稀土。上清液再加碳铵沉淀，pH控六点八到七，碳铵和稀土大概三比一左右，质量比"),
        ("09:54:01", "阿亮", "陈化多久"),
        ("09:54:50", "老周", "一个钟头左右，不然过滤难过。沉淀出来烘干灼烧以后九十二左右的总量"),
        ("09:55:12", "阿亮", "行，回头我跟那边说。他们那个坡比咱们陡"),
        ("09:56:30", "老周", "陡的话孔距再缩，二米吧，注液速度减一半，宁可慢点，滑坡了就完了"),
        ("09:57:02", "阿亮", "明白"),
        ("11:20:44", "阿亮", "中午吃啥"),
        ("11:21:10", "老周", "食堂，还能吃啥，又是土豆烧肉"),
        ("17:45:33", "阿亮", "明天我去县里交社保，顺便给你带两条烟？"),
        ("17:47:02", "老周", "不用，戒了。带点茶叶吧"),
        ("17:47:20", "阿亮", "[强]"),
    ]
    txt = "微信聊天记录导出\n聊天对象：老周(矿山)\n导出时间：2025-05-20 21:03\n========================================\n\n" + wechat_txt(L, "2025-05-19")
    name = "chat/微信聊天记录_老周_20250519.txt"
    w_txt(name, txt)
    label(name, "controlled", ["1E902.a"], ["mining"], [], "other", None, "zh", False,
          "WeChat chat mostly small talk; embedded in-situ leaching parameters (ammonium sulfate conc., hole grid, injection rate, impurity removal pH, precipitation ratio) for ion-adsorption clay")

# ---------------------------------------------------------------- C2 separation, Teams HTML, en
def c2():
    M = [
        ("2025-04-08 09:02", "Zhang Wei", "Morning Tom. Did the visa letter arrive?"),
        ("2025-04-08 09:05", "Tom Hendricks", "Not yet, HR says Thursday. Anyway, I have questions on the PrNd/Sm cut before the design review, got 10 min?"),
        ("2025-04-08 09:06", "Zhang Wei", "sure go ahead"),
        ("2025-04-08 09:09", "Tom Hendricks", "Your feed to the first cascade, what concentration are you running?"),
        ("2025-04-08 09:11", "Zhang Wei", "chloride feed around 1.4 mol/L REO-equivalent, pH about 2. organic is P507 1.5 M in sulfonated kerosene. we saponify to ~36% with ammonia before it goes in, some lines moved to NaOH because of the ammonia-nitrogen limits"),
        ("2025-04-08 09:12", "Tom Hendricks", "and the stage count? our simulation says 50-ish is too many"),
        ("2025-04-08 09:15", "Zhang Wei", "for Nd/Sm split we use 16 extraction + 28 scrub, strip is a separate bank of 8. your sim probably underestimates the Nd/Sm beta at low acidity. real beta is about 1.6, don't trust the textbook 2+\nflow ratio: organic : feed : scrub ~ 10 : 1 : 1.3 roughly. scrub acid 3.2 N HCl"),
        ("2025-04-08 09:16", "Tom Hendricks", "3.2 N seems high"),
        ("2025-04-08 09:18", "Zhang Wei", "it is high but the scrub section needs it, otherwise Sm creeps into the PrNd side. if you go below 2.8 you'll see Sm2O3 in your PrNd above 50 ppm. strip with 5.5 N, you get ~1.6 M loaded strip liquor"),
        ("2025-04-08 09:19", "Tom Hendricks", "mixer residence?"),
        ("2025-04-08 09:21", "Zhang Wei", "3 min mixing, settler sized for ~ 3.5 m3 per m2 per hour. keep the interface in the middle third. temp we don't control, 25-35 C is fine\none more thing - keep the organic loading below 0.18 M or you'll get third phase in winter"),
        ("2025-04-08 09:22", "Tom Hendricks", "super helpful. will put these in the model and send you the profile"),
        ("2025-04-08 09:23", "Zhang Wei", "ok. dont forward to the vendor pls"),
        ("2025-04-08 09:23", "Tom Hendricks", "👍"),
        ("2025-04-08 11:40", "Tom Hendricks", "btw is the canteen open on Saturday when I'm there"),
        ("2025-04-08 11:52", "Zhang Wei", "only breakfast. we'll go out for hotpot"),
    ]
    name = "exports/Teams_chat_Zhang_Wei_2025-04-08.html"
    w_html_chat(name, "Chat with Zhang Wei — exported 2025-04-09", M, "teams", "en")
    label(name, "controlled", ["1E902.a"], ["separation"], [], "other", None, "en", False,
          "Teams chat to foreign engineer with P507 saponification, stage counts, flow ratios, scrub/strip acidity for Nd/Sm split")

# ---------------------------------------------------------------- C3 separation commissioning, call transcript zh (clause b)
def c3():
    t = """通话录音转写（自动转写+人工校对）
日期：2025年6月3日 14:12
参与人：刘工（总部工艺）、小黄（越南项目现场）
时长：约26分钟
----------------------------------------

小黄：喂？刘工，能听到吗，这边信号不太好。
刘工：听得到听得到，你说。
小黄：就是那个，萃取二段检修完了嘛，明天要重新开车，我这边心里没底，想跟您过一遍。
刘工：嗯，行。你们检修换了哪些？
小黄：混合室三个搅拌桨的机封换了，还有第十四级、十五级那个，那个澄清室的堰板，漏，重新焊的。
刘工：焊完做没做试漏？
小黄：还没——
刘工：那先别急着进料啊。你先整条线注清水，注到溢流口，泡二十四个小时，每一级底下拿手电照，看看焊缝那里有没有渗。
小黄：好好，二十四小时。
刘工：然后把水放掉，放干净，尤其是那个死角，水留在里面后面乳化你哭都来不及。
小黄：嗯嗯。
刘工：进料顺序你记一下啊，先有机，有机相先打进去，每一级都要打到大概，呃，澄清室高度的一半左右，然后开搅拌，转速先放低，就是额定的六成，你们那个变频器上大概三十赫兹。
小黄：三十赫兹。
刘工：对。然后再进水相，先进洗涤酸，最后才进料液。流比你就按原来的设定，不要自己改，我们设计书上那个，有机比料液比洗酸，十比一比一点三，先按八成流量走。
小黄：那皂化段呢？
刘工：皂化段单独先开，先把皂化有机打出来一批存在槽里，皂化度先做到百分之三十左右，稳定了再往上调到设计值。一开始别上太猛，你那个，呃，碱一下子加多了界面就乱。
小黄：明白。界面控制在哪儿比较合适？
刘工：一般在澄清室中间偏上，三分之一到一半这个位置，你每级拿那个取样管看，有夹带的话有机里面会发浑。
小黄：平衡要多久？
刘工：别指望一两天，整条线建立平衡七十二个小时起步，你前三天每四个小时取一次出口，有机出口、水相出口都要，送分析。镨钕那边钐的指标你盯着，五十个ppm以下算合格。没合格的料别放到产品槽，先回到料液槽。
小黄：好。还有个问题，就是上次停车前第九级老是翻，就是有机跑到水相那边去了——
刘工：那是你们那个水封高度不对，检修的时候顺便调了没有？
小黄：没……
刘工：明天开车前先调，水封比原来抬高两公分试试。还翻的话你给我拍个视频。
小黄：好的好的。还有搅拌桨换的新的，转向要不要确认一下？
刘工：要！每一台点一下，看转向，反转的话抽不上来。这个上次泰国那个线就吃过亏。
小黄：哈哈，行。那我明天早上七点开始注水。
刘工：嗯，有问题随时打电话。记住啊，不合格的别进产品槽。
小黄：收到收到。
----------------------------------------
（转写结束）
"""
    name = "calls/通话转写_刘工_越南萃取线_0603.txt"
    w_txt(name, t)
    label(name, "controlled", ["1E902.b"], ["separation"], [], "other", None, "zh", False,
          "Call transcript: HQ engineer talks overseas site through restart/commissioning of a solvent-extraction line after repair; flow ratios and Sm limit only as reference targets")

# ---------------------------------------------------------------- C4 metal smelting, voice memo mixed
def c4():
    t = """[Voice memo 0412 – transcribed by Otter, lightly cleaned]
Speaker: Kevin (Chen Kai)
Recorded: 2025-04-12 22:47, hotel room, Baotou

OK, 录一下，怕明天忘了。今天下午在三号车间，跟那个值班长聊了差不多一个钟头，他讲得挺细的，我先记下来，回去给Mark他们整理。

So, 他们的镨钕电解槽，是那种圆形的石墨槽，6 kA的，嗯，说是老槽型，新的有10 kA的在另外一边，没让进去。

电解质，氟化镨钕跟氟化锂，他说比例大概是，嗯，八十五比十五，重量比，有的时候锂多加一点，看槽况。温度他们控制在一千零五十度左右，冬天会往上走一点，上到一千零七十，but he said above 1080 the metal starts to attack the crucible, 就不好了。

加料是氧化镨钕，手工加的，大概每三分钟加一次，一次一小勺，他说一个班下来，一个槽吃氧化物是，呃，大概一百四十公斤出头。关键是不能加太快，加快了底下沉泥，槽电压就往上跑。

阴极是钨棒，插在中间，阳极是四块石墨板围一圈。电流密度——he gave me numbers — 阴极大概六到七安培每平方厘米，阳极一安培左右。槽电压正常九到十伏，超过十一就说明有问题了，要么是阳极效应要么是加料太多。

出金属是两个小时一次，用那个铁勺子，从底下的钼坩埚里舀出来，铸锭。电流效率他们说是八十左右，我觉得有点吹，可能七十五。金属里面碳要控制在五百ppm以下，铁在一千以下。

Oh and 阳极消耗大概一个礼拜换一次，他们是边生产边换，not shutting the cell down.

嗯……还有，他说氧化物水分一定要烘干，三百度以上烘，不然冒烟，槽子会翻。

OK that's it. 明天去看氟化物那边。睡了。
"""
    name = "memos/voice memo 0412 baotou.txt"
    w_txt(name, t)
    label(name, "controlled", ["1E902.a"], ["metal-smelting"], [], "other", None, "mixed", False,
          "Voice memo transcript: PrNd fluoride-oxide molten-salt electrolysis parameters (bath ratio, ~1050 C, current density, feed rate, cell voltage) given loosely")

# ---------------------------------------------------------------- C5 metal smelting repair, Slack MD (b)
def c5():
    t = """# #cell-line-2 — Slack export
_exported 2025-07-02 by j.morales_

---

**Javier Morales** 08:14
cell 7 voltage crept to 12.4 V overnight, operators fed more oxide thinking it was starving. now it's worse

**Li Hong** 08:16
stop feeding. that's classic sludge at the bottom. how long since last tap?

**Javier Morales** 08:17
~3h, they skipped one

**Li Hong** 08:19
ok. tap it now, take as much metal as you can. then look at the anodes — if one of the plates is eaten down past half thickness the current goes uneven and you get local overheating. which plate position?

**Javier Morales** 08:31
tapped 9 kg. plate #3 is thin, maybe 30% left

**Li Hong** 08:33
replace #3 hot. procedure from the manual, section 6.2:
1. reduce current to ~60% of nominal before you lift the old plate
2. preheat the new graphite plate above the bath for 20 min or more, you don't want to thermal-shock it
3. lower it to the same depth as the others, check gap to cathode with the gauge rod, same as the other plates ±5 mm
4. ramp current back over 30 min
target after repair is back to 9–10 V at nominal current

**Javier Morales** 08:35
what about the sludge

**Li Hong** 08:38
after the anode is in, rake the bottom with the Mo rake, slowly. don't dig into the crucible lining. if sludge is >5 cm thick you'll have to do a full clean-out on the next planned stop

**Priya N** 09:02
unrelated — reminder the safety walk is at 14:00, need 2 people from cell line

**Javier Morales** 09:40
plate swapped, current at 100%, voltage 10.3 and falling

**Li Hong** 09:42
good. log the crucible depth reading too. when was cell 7 last relined?

**Javier Morales** 09:44
Feb

**Li Hong** 09:50
then you're fine for now. for next quarter's stop: full reline means cool down, break out the frozen bath, inspect graphite crucible for cracks, replace Mo liner at the metal well, rebuild refractory ring. bake-out before restart takes ~24 h on the heaters before you pour in bath. I'll send the checklist

**Javier Morales** 09:51
🙏

**Priya N** 11:30
pizza in the break room, someone's birthday
"""
    name = "slack/cell-line-2_2025-07-02.md"
    w_md(name, t)
    label(name, "controlled", ["1E902.b"], ["metal-smelting"], [], "other", None, "en", False,
          "Slack troubleshooting and hot anode replacement/relining for molten-salt RE electrolysis cell; voltage values only as targets")

# ---------------------------------------------------------------- C6 NdFeB consultant site visit DOCX
def c6():
    B = [
        ("h1", "Site visit notes — sintered magnet line, Ganzhou area"),
        ("p", "Visit date: 14–15 May 2025. Notes by R. Albrecht for client technical team. Not for distribution."),
        ("h2", "1. General"),
        ("p", "Plant runs ~3,000 t/y sintered NdFeB, grades mostly 45SH–52M. Staff were open; the process engineer (Mr. Xu) walked us through every station and answered most questions. Where I give ranges, they are what he said from memory, not read from a sheet."),
        ("h2", "2. Alloy and strip casting"),
        ("b", "Base composition for 48H quoted as roughly (PrNd) 30.5 wt%, Dy 0.5, B 0.98, Co 1.0, Cu 0.15, Al 0.2, Ga 0.2, Fe bal."),
        ("b", "Induction melting under Ar, pour ~1450 °C onto water-cooled Cu wheel. Wheel linear speed about 1.2–1.5 m/s; they aim for flake thickness 0.25–0.35 mm. Thicker flakes = free alpha-Fe, visible on fracture."),
        ("h2", "3. HD and milling"),
        ("b", "Hydrogen decrepitation: absorb at room temp, ~0.1 MPa H2, until pressure stops dropping (about 2 h), then dehydrogenate at around 550 °C for 5–6 h under vacuum. Mr. Xu insisted residual H must stay below ~1,200 ppm or sintering goes wrong."),
        ("b", "Jet mill with N2, O2 kept below 50 ppm; classifier wheel set to give D50 about 3.0 µm (X50 by laser). 0.05% lubricant added before milling."),
        ("h2", "4. Pressing"),
        ("b", "Orientation field ~1.8 T (pulsed is not used), powder pressed in glovebox-type press, then cold isostatic press at ~200 MPa. Green density 4.3–4.5 g/cm3."),
        ("h2", "5. Sintering and heat treatment"),
        ("b", "Vacuum sintering 1060–1075 °C for 4–5 h, depending on grade, with hydrogen/lubricant removal holds at ~300 °C and ~600 °C on the way up."),
        ("b", "Two-stage tempering: ~900 °C 2–3 h, quench with Ar, then ~490–510 °C 3 h. Second stage temperature is tuned per batch against HcJ."),
        ("table", [["Grade", "Br target (T)", "HcJ target (kOe)", "2nd temper (°C)"],
                   ["48H", "1.38", "≥17", "500"], ["45SH", "1.33", "≥20", "490"], ["52M", "1.43", "≥14", "510"]]),
        ("h2", "6. Recommendations for client"),
        ("n", "Replicate their flake thickness window before anything else; our current casting gives ~0.45 mm."),
        ("n", "Introduce the 600 °C hold in our sinter profile — likely cause of our carbon issue."),
        ("n", "Ask for their tempering curve sheet formally (Mr. Xu hinted it could be shared under the service contract)."),
    ]
    name = "reports/Site visit notes Ganzhou May2025 RA.docx"
    w_docx(name, B, author="R. Albrecht", title="Site visit notes", date=(2025, 5, 18))
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", None, "en", False,
          "Consultant's site-visit notes recording sintered NdFeB recipe, strip-casting, HD, jet-mill, sintering and tempering parameters for a foreign client")

# ---------------------------------------------------------------- C7 SmCo WhatsApp en
def c7():
    L = [
        ("11/03/2025, 20:41:12", "Sanjay", "bro did you watch the match"),
        ("11/03/2025, 20:43:55", "Hao Ming", "haha no, working late. we lost right?"),
        ("11/03/2025, 20:44:20", "Sanjay", "don't ask 😩"),
        ("11/03/2025, 21:02:08", "Sanjay", "ok serious q. our 2:17 parts are coming out with HcJ all over the place, 18 to 26 kOe in the same batch. you guys had this last year no?"),
        ("11/03/2025, 21:05:31", "Hao Ming", "yes. it's almost always the aging, not the alloy. what's your cycle"),
        ("11/03/2025, 21:06:40", "Sanjay", "sinter 1215, solution 1180 4h, then age 850 10h, cool to 400 and out"),
        ("11/03/2025, 21:09:12", "Hao Ming", "cool how fast?"),
        ("11/03/2025, 21:09:30", "Sanjay", "furnace cool, whatever it does"),
        ("11/03/2025, 21:12:47", "Hao Ming", "that's the problem. you need controlled slow cool. we do 830 for 12 h, then 0.7 deg per min down to 400, hold at 400 for 10 h, then quench. the cell boundary phase needs that slow ramp for Cu to go into the 1:5 boundary. furnace cooling is fast on top and slow at bottom so your HcJ follows the shelf position"),
        ("11/03/2025, 21:13:30", "Sanjay", "omg that's exactly it, top shelf is the low ones"),
        ("11/03/2025, 21:15:05", "Hao Ming", "also your solution treatment, quench fast after. we do Ar fan quench, need to get below 600 in maybe 5 min. slow quench = 2:17R with bad cell structure"),
        ("11/03/2025, 21:16:19", "Hao Ming", "composition what? Sm ~25.5, Fe ~16, Cu 5.5, Zr 2.8, Co bal is what we run for 28 MGOe. if Fe higher you need longer aging"),
        ("11/03/2025, 21:17:02", "Sanjay", "Fe 18 for us"),
        ("11/03/2025, 21:19:44", "Hao Ming", "then go 16-18 h at 830. and Sm loss in sintering, compensate ~0.3% in the alloy, Sm evaporates"),
        ("11/03/2025, 21:20:10", "Sanjay", "you're a lifesaver. beer on me in Pune"),
        ("11/03/2025, 21:20:32", "Hao Ming", "lol. don't tell my boss I told you 🤐"),
        ("11/03/2025, 21:41:00", "Sanjay", "<Media omitted>"),
        ("11/03/2025, 21:41:15", "Sanjay", "my daughter's drawing of 'uncle Hao'"),
        ("11/03/2025, 21:45:08", "Hao Ming", "hahaha the hair is accurate"),
    ]
    t = "\n".join(f"{a} - {b}: {c}" for a, b, c in L)
    name = "chat/WhatsApp Chat with Hao Ming.txt"
    w_txt(name, t)
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "other", None, "en", False,
          "WhatsApp chat: 2:17 SmCo composition, solution treatment, aging at 830 C and slow-cool rate given to a friend abroad amid small talk")

# ---------------------------------------------------------------- C8 Ce magnet minutes DOCX zh
def c8():
    B = [
        ("h1", "高丰度稀土永磁项目 第17次周例会 会议纪要"),
        ("p", "时间：2025年3月21日（周五）14:00–15:40　地点：二楼小会议室　记录：孙倩"),
        ("p", "参会：王总、周工（工艺）、梁工（设备）、质量部黄经理、销售部陈、孙倩"),
        ("h2", "一、上周遗留问题"),
        ("p", "1. 4号烧结炉真空度问题已由设备部处理，漏点在炉门密封圈，已更换。"),
        ("p", "2. 客户A（电动自行车电机）样品反馈：Br合格，HcJ偏低约0.5 kOe，需改进。"),
        ("h2", "二、双主相铈磁体工艺讨论（周工汇报）"),
        ("p", "周工介绍目前方案：两种合金分别速凝，合金A为全镨钕主相，合金B铈替代稀土总量的45%左右（即Ce/TRE≈0.45），两者氢破后按 A:B = 6:4 混粉，一起气流磨，粒度D50控制在3.2 μm上下。"),
        ("p", "烧结温度比常规牌号低，定在1030–1040℃，保温4小时；温度高了两种主相互扩散，双主相结构就没了，矫顽力掉得厉害。回火一级880℃两小时，二级480℃三小时。"),
        ("p", "合金B里加0.3% Cu和0.2% Ga，帮助晶界相润湿，HcJ能提高1 kOe左右。B含量按0.96–0.98%控制，铈多了容易出CeFe2相，要偏低一点。"),
        ("p", "目前小批量结果：Br 1.30–1.32 T，HcJ 11.5–12.3 kOe，(BH)max 约40 MGOe，对标N40。成本比N40常规牌号低约12%。"),
        ("p", "王总：客户要求HcJ≥12 kOe的一致性，下周把混粉比例试一下 65:35 和 70:30 两个点。"),
        ("h2", "三、其他"),
        ("p", "销售部陈：下季度镨钕价格预期上涨，客户询价增加。黄经理：来料检验新增一台磁通计，下月到货。"),
        ("h2", "四、行动项"),
        ("table", [["序号", "事项", "负责人", "完成时间"],
                   ["1", "混粉比例65:35、70:30各试一炉", "周工", "3/28"],
                   ["2", "烧结温度1035℃梯度试验（±5℃）", "周工", "4/3"],
                   ["3", "4号炉密封圈备件采购", "梁工", "3/25"],
                   ["4", "样品寄客户A", "陈", "4/8"]]),
    ]
    name = "minutes/周例会纪要_0321_高丰度项目.docx"
    w_docx(name, B, author="孙倩", title="周例会纪要", date=(2025, 3, 21))
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "other", None, "zh", False,
          "Weekly minutes with dual-main-phase Ce-substituted magnet recipe, blend ratio, sintering 1030-1040 C and tempering; action list")


# ---------------------------------------------------------------- C9 GBD expert call PDF en
def c9():
    P = [
        "Project: VERDANT / Client: [redacted] infrastructure fund",
        "Expert: Former Deputy Process Manager, sintered magnet producer (Zhejiang), left 2024. Call date: 19 February 2025, 60 min. Interviewer: A. Kaur.",
        "Compliance note: expert confirmed no current employer confidentiality obligations. (Transcript summary prepared by network analyst.)",
        "## Key takeaways",
        "- Grain-boundary diffusion (GBD) is now standard on >60% of EV-grade output at the expert's former employer; Tb preferred over Dy for traction motors.",
        "- Diffusion is the main lever to cut heavy RE use: bulk Dy 4-5 wt% magnets replaced by ~0.4-0.6 wt% Tb diffused.",
        "## Process detail (as described by expert)",
        "Q: How is the Tb source applied?",
        "A: Two routes. Cheaper route is a slurry of TbH or TbF3 powder in alcohol with a binder, sprayed or dipped, target coating ~8-12 um. Better route is magnetron sputtering of Tb metal, about 5 um, more uniform but capital heavy. Surfaces must be sandblasted or lightly pickled first, oxide skin blocks diffusion.",
        "Q: Heat treatment?",
        "A: Diffusion at around 900 C, 8-10 h under vacuum better than 1e-3 Pa, then cool, then aging about 480-500 C for 3 h. If diffusion temperature goes above ~930 C Tb goes into the grains instead of staying at the shell and you waste it.",
        "Q: Thickness limits?",
        "A: Works well up to 5-6 mm in the magnetisation direction. Thicker parts show HcJ gradient centre-to-surface above 3 kOe. For thicker parts they diffused from both faces and extended time to 15 h.",
        "Q: What gains?",
        "A: Starting from a 52M-type base around 14 kOe, they got to 24-26 kOe with ~0.5 wt% Tb, Br loss only 0.01-0.02 T.",
        "## Market comments",
        "- Expert expects Tb price volatility to push more producers to Ce co-doping in lower grades.",
        "- Says equipment for sputtering is the bottleneck, 8-10 month lead time.",
        "This summary is provided for the client's internal research purposes only.",
    ]
    name = "research/ExpertCall_Summary_GBD_2025-02-19.pdf"
    w_pdf(name, "Expert Call Summary — Heavy rare earth reduction in sintered magnets", P, (2025, 2, 20), "A. Kaur")
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", None, "en", False,
          "Expert-network call summary with grain-boundary diffusion Tb coating, diffusion/aging temperatures and thickness limits")

# ---------------------------------------------------------------- C10 recycling training Q&A traditional zh
def c10():
    t = """釹鐵硼廢料回收車間　新員工培訓　問答整理
講師：蔡師傅　　整理：林佳穎　　2025年4月（第二期）

問：油泥進廠以後第一步做什麼？
答：先過磅、取樣測稀土總量和水分油分。一般油泥稀土總量百分之二十幾到三十。然後進烘乾，把切削液、油蒸掉，不然焙燒的時候著火，以前出過事。

問：焙燒溫度是多少？
答：迴轉窯，物料溫度八百度上下，大概七百五到八百五都行，停留四個鐘頭左右。目的是把鐵和稀土全部氧化掉，氧化不徹底後面鐵就溶進去了。出窯料顏色要均勻的紅褐色，發黑的說明沒燒透，要回窯。

問：什麼叫「優溶」？
答：就是用鹽酸只溶稀土，不溶鐵。鐵燒成三氧化二鐵以後在弱酸裡面不太溶。我們控制終點pH在一點零到一點五之間，加酸要慢，大概兩個小時加完，液固比三比一左右，溫度九十度，攪一個半小時。pH低於零點八鐵就大量進去了，後面除不掉。

問：浸出渣怎麼處理？
答：渣裡面主要是鐵紅，稀土殘留要小於零點五，超過了再浸一次。

問：浸出液後面呢？
答：浸出液送萃取工段分組分離，我們這邊只到料液為止。料液稀土濃度大概每升二百多克，鐵要小於五十毫克每升。

問：回收率多少？
答：整體稀土回收率百分之九十五以上，做得好九十七、八。

問：含鈷的料一樣處理嗎？
答：含鈷的油泥鈷會進液，要單獨批次，跟班長說。

（以上內容為車間內部培訓資料，請勿外傳）
"""
    name = "training/培訓問答_油泥回收_第二期.txt"
    w_txt(name, t)
    label(name, "controlled", ["1E902.a"], ["recycling"], [], "other", None, "zh", False,
          "Traditional-Chinese training Q&A on NdFeB sludge oxidising roast and selective HCl leach (pH window, L/S, temperature, recovery)")

# ---------------------------------------------------------------- C11 KB forum thread MD zh (recycling + NdFeB)
def c11():
    t = """# 【技术问答】边角料氢破直接回用，添加比例多少合适？

> 内部知识库 / 工艺交流区 · 浏览 412 · 回复 6

**楼主 @成品二车间-何志强** · 2024-11-06 10:22

最近边角料和不良品堆了七八吨，老板说不要卖给回收厂了，自己氢破以后掺回去用。有没有做过的同事说说经验？掺多少，要注意什么？

---

**#1 @工艺部-邓海** · 2024-11-06 10:51

做过，N38、N42这种低牌号可以掺，高牌号别碰。
1. 先把镀层去掉，镍铜镍的要用退镀液退干净，环氧的要喷砂。镀层带进去Ni超标，矫顽力往下掉。
2. 表面氧化层也要去，酸洗一下，烘干马上用。
3. 氢破跟新料一样，吸氢到压力不降，脱氢五百五十度左右，时间比新料长一点，我们做七个小时。

---

**#2 @工艺部-邓海** · 2024-11-06 10:58

补充：废料里氧含量高，一般三四千ppm，烧结的时候富钕相被氧化消耗了，所以要补一点富钕合金粉，大概百分之三到五，我们一般按废料量的4%补，成分钕七十左右的那种低熔点合金。掺废料比例不要超过百分之三十。

---

**#3 @成品二车间-何志强** · 2024-11-06 11:20

烧结温度要改吗？

---

**#4 @烧结-小罗** · 2024-11-06 11:46

要稍微提一点，比新料高十到十五度，我们N42正常一千零六十，掺了废料以后一千零七十五。不提的话密度上不去，七点五以下。回火不用动。

---

**#5 @质量部-万敏** · 2024-11-06 14:03

注意批次追溯，掺了废料的批次在流转卡上标注“R”，出厂检验加测一个高温退磁。

---

**#6 @成品二车间-何志强** · 2024-11-06 14:30

感谢各位，先小批试一炉。
"""
    name = "kb/边角料氢破回用_讨论帖.md"
    w_md(name, t)
    label(name, "controlled", ["1E902.a"], ["recycling", "magnet-manufacturing"], ["NdFeB"], "other", None, "zh", False,
          "Internal KB thread: NdFeB scrap de-coating, HD, Nd-rich additive ratio, sintering temperature increase for re-use in magnets")

# ---------------------------------------------------------------- C12 EML mixed (b) furnace repair and jet mill upgrade
def c12():
    body = """Hi Marco,

按你昨天电话里说的情况，我把维修和升级的步骤整理一下，你们那边设备组按这个来做。有问题随时微信找我。

1) 烧结炉 #2 — heating element replacement
- 先降温到室温，充Ar到微正压再开炉门，别直接开，热区的钼屏会氧化。
- 拆下断掉的石墨发热带（左侧第3、4根），同时检查其他发热带电阻，偏差超过±10%的一起换。
- 换完做漏率测试：抽到极限真空后关阀保压，压升率 ≤ 0.5 Pa/h 才算合格。你们上次是 2 Pa/h，肯定有漏点，重点查观察窗和热电偶穿墙法兰。
- 热电偶全部换新并校准，控温和监测热电偶差值要 < 3 °C。

2) 空载验证
- 装九点测温架，按正常烧结曲线走一次空炉，升到 1080 °C 保温，九个点温差要在 ±3 °C 以内。不合格就调各区功率比例，再走一次。
- 验证通过后，第一炉用低牌号 (N35) 试，参照工艺卡上的标准曲线，出炉测密度和 Br/HcJ，跟修前对比。

3) Jet mill upgrade
- 分级轮换成新型号（我们这边已经寄出，DHL单号另发），换的时候注意动平衡，装好后先空转30分钟，振动 < 2.8 mm/s。
- 氧含量在线分析仪加装在旋风出口，报警值设 50 ppm，联锁停机。
- 升级后第一批粉做粒度分布，D50 目标还是按原工艺 3.0 µm 左右，分级轮转速从原来的值开始，每次调 200 rpm 找点。

4) 记录
所有维修记录、漏率数据、空炉温度均匀性报告请填我们的表格 FM-EQ-07 返给我，我要归档。

Best,
梁永健
Equipment Dept.
"""
    name = "mail/RE_ Furnace #2 repair + JM upgrade.eml"
    w_eml(name, "梁永健 <liang.yj@hx-magnetics.cn>", "Marco Bellini <m.bellini@bellini-magneti.it>",
          "RE: Furnace #2 repair + JM upgrade — 步骤", datetime.datetime(2025, 6, 11, 16, 42, tzinfo=datetime.timezone(datetime.timedelta(hours=8))),
          body, cc="zhou.p@hx-magnetics.cn", msgid="<20250611164201.7731@hx-magnetics.cn>")
    label(name, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", None, "mixed", False,
          "Email guiding foreign plant through sintering-furnace repair, leak test, uniformity verification and jet-mill upgrade; process values only as references")

# ---------------------------------------------------------------- C13 delegation Q&A DOCX en (mining+separation)
def c13():
    B = [
        ("h1", "Prepared Q&A — visit of delegation (Technical session, Day 2)"),
        ("p", "DRAFT v3 — internal, prepared by Technology Dept. for Mr. Gao. Answers to be given verbally; handout version to be decided by management."),
        ("h2", "A. Ore and beneficiation"),
        ("p", "Q1. What is the head grade and how do you concentrate?"),
        ("p", "A: Mixed bastnäsite–monazite ore, REO 5–6%. Grind to about 90% passing 74 µm. Weak magnetic to take out magnetite, then high-intensity magnetic at ~1.2 T, then flotation of the non-magnetic and middling with a hydroxamic-acid collector at pulp temperature 55–60 °C, sodium silicate as depressant, pH about 9. Three cleaners. Concentrate REO 50–60%, recovery around 75%."),
        ("p", "Q2. Why heat the flotation pulp?"),
        ("p", "A: Collector selectivity against fluorite and barite is much better above 50 °C; cold pulp gives REO in concentrate below 45%."),
        ("h2", "B. Concentrate decomposition"),
        ("p", "Q3. How is the concentrate cracked?"),
        ("p", "A: Concentrated sulfuric acid roasting in rotary kiln. Acid to concentrate ratio around 1.3:1 by weight, we now use the low-temperature route, kiln discharge about 250–300 °C, so thorium stays in the residue. Fluorine leaves as HF/SiF4 to the scrubber. Roasted product is water-leached at L/S 10:1, then neutralised with MgO to pH ~4 to drop Fe and P."),
        ("h2", "C. Separation"),
        ("p", "Q4. What extractants?"),
        ("p", "A: Sulfate leach liquor goes first to P204 (D2EHPA) for group transfer into chloride; then P507 cascades in chloride system: La/Ce | Pr/Nd split, then Nd/Sm, then middle/heavy. Saponification with NaOH to around 35%. Total about 300 mixer-settler stages across all lines."),
        ("p", "Q5. Purity achievable?"),
        ("p", "A: PrNd oxide TREO ≥ 99%, Pr6O11/TREO 25% ± 2; La oxide 4N; Ce oxide via separate route."),
        ("h2", "D. Sensitive topics — do not answer"),
        ("b", "Environmental incidents 2019"),
        ("b", "Customer list"),
    ]
    name = "delegation/Delegation QA draft v3 (technical).docx"
    w_docx(name, B, author="Tech Dept", title="Delegation Q&A", date=(2025, 9, 2))
    label(name, "controlled", ["1E902.a"], ["mining", "separation"], [], "other", None, "en", False,
          "Prepared Q&A for foreign delegation giving beneficiation regime (grind, magnetic, hydroxamic flotation at 55-60 C), acid roasting ratio/temperature and SX scheme")

# ---------------------------------------------------------------- C14 interview notes GB18030 zh (mining flotation)
def c14():
    t = """访谈记录（老技术员口述整理）
访谈对象：杨师傅，选矿厂退休，干了三十一年
访谈人：小蒋　　日期：2025年1月9日　地点：杨师傅家里
用途：厂里技术档案抢救整理

【关于磨矿】
杨师傅说，原矿进来先粗碎中碎，球磨两段。细度一直是要求负二百目，就是零点零七四毫米的占百分之八十五左右，再细了泥化，稀土矿物一泥化浮选就不好弄。分级用旋流器，沉砂比例三百上下。

【关于浮选药剂】
“以前用的是油酸，效果一般。后来换成羟肟酸，就是H205那一类，精矿品位一下上去了。”
用量他记得是每吨矿一点五到二公斤捕收剂，水玻璃每吨两到三公斤压脉石，调整剂用碳酸钠把pH拉到九点五左右。
矿浆要加温，冬天特别重要，“冷的不行，加热到五十度以上才浮得好”，他们用蒸汽直接通到搅拌桶。

【流程】
一粗、二扫、三精。粗选时间八分钟左右，精选每段四五分钟。中矿顺序返回。
精矿品位一般六十左右，好的时候六十五，回收率七十出头。尾矿里面稀土零点几。

【别的】
他说磁选在浮选前面，先把铁拿走，弱磁场一千多高斯，然后强磁，不然铁矿物也会上浮。
他反复强调药剂要现配，羟肟酸放久了效果差。

（整理：蒋，2025-01-10）
"""
    name = "interviews/杨师傅访谈记录_选矿.txt"
    w_txt(name, t, enc="gb18030", crlf=True)
    label(name, "controlled", ["1E902.a"], ["mining"], [], "other", None, "zh", False,
          "GB18030 interview notes: retired technician's flotation regime for RE ore (grind fineness, hydroxamic collector dosage, pH, pulp temperature, flowsheet)")

# ---------------------------------------------------------------- C15 metal smelting WeChat HTML (Tb Ca reduction, Sm distillation)
def c15():
    M = [
        ("2025-08-02 19:03", "大刘", "兄弟们，下周谁去上海展会？"),
        ("2025-08-02 19:05", "Peter Lam", "我去，周二到。住哪？"),
        ("2025-08-02 19:06", "大刘", "还是那个全季，我订三间"),
        ("2025-08-02 19:10", "阿May", "我这次去不了，娃发烧"),
        ("2025-08-02 19:11", "大刘", "保重保重"),
        ("2025-08-02 20:24", "Peter Lam", "顺便问下刘哥，你们金属铽现在还是钙热还原？我那个客户想自己搞一条小线"),
        ("2025-08-02 20:26", "大刘", "是啊，氟化铽加金属钙，钙过量百分之十到十五，少了还原不完全"),
        ("2025-08-02 20:27", "Peter Lam", "坩埚用啥"),
        ("2025-08-02 20:30", "大刘", "钽坩埚，中频炉，抽真空再充氩。先升到八九百让它反应，然后上到一千四百五到一千五，保个十五分钟让渣和金属分开。渣是氟化钙，冷了一敲就下来"),
        ("2025-08-02 20:31", "Peter Lam", "钙是粒状的还是屑"),
        ("2025-08-02 20:33", "大刘", "蒸馏过的钙粒，两三毫米，跟氟化物混匀了压一下装料。氟化物一定要干，含氧高了铽里氧就下不来"),
        ("2025-08-02 20:35", "大刘", "粗铽里面钙几百个ppm，还要真空蒸馏一次，一千六百多度，十的负三次方帕，铽蒸出来冷凝在上面，钙和钽留在下面。四N的铽就这么出来的"),
        ("2025-08-02 20:36", "Peter Lam", "收率呢"),
        ("2025-08-02 20:37", "大刘", "还原九十七八，蒸馏再损失两三个点"),
        ("2025-08-02 20:38", "阿May", "你们聊技术我睡了😂"),
        ("2025-08-02 20:40", "Peter Lam", "钐呢？钐也这么做？"),
        ("2025-08-02 20:44", "大刘", "钐不一样，钐蒸气压高，用镧还原蒸馏。氧化钐加镧屑，镧过量两成左右，一千四百多度真空，钐直接蒸出来凝在冷凝罩上。不用电解，氧化物直接进"),
        ("2025-08-02 20:45", "Peter Lam", "👍 谢了，回头请你吃饭"),
        ("2025-08-02 20:46", "大刘", "展会见"),
        ("2025-08-02 22:15", "阿May", "[图片] 娃退烧了"),
        ("2025-08-02 22:16", "大刘", "那就好"),
    ]
    name = "exports/老同学群_聊天记录导出_20250802.html"
    w_html_chat(name, "群聊：老同学（冶金）", M, "wechat", "zh")
    label(name, "controlled", ["1E902.a"], ["metal-smelting"], [], "other", None, "zh", False,
          "WeChat group chat about trade fair with exchanges giving Tb calcium-thermic reduction, vacuum distillation and Sm La-reduction-distillation parameters to a client's contact")

# ---------------------------------------------------------------- C16 recycling line commissioning transcript en (b)
def c16():
    t = """Microsoft Teams meeting transcript
Meeting: Line R2 commissioning — daily call (Day 4)
Date: 23 October 2025, 08:30 (CST)
Attendees: Sun Jianguo (commissioning lead), Aiko Tanaka (client site mgr), Ben Carter (client process), Ravi (client maintenance)

00:00:04 Sun Jianguo: OK, morning everyone, can you hear me? Good. So, day four. Yesterday we, uh, we finished the kiln dry-out, right Ravi?
00:00:12 Ravi: Yes, the dry-out finished at six last night.
00:00:15 Sun Jianguo: Did you follow the curve I sent? The 150, hold, then 350, hold, then up to 600?
00:00:20 Ravi: We did, except the 350 hold was a bit short, we had a burner trip—
00:00:24 Sun Jianguo: How short?
00:00:26 Ravi: Maybe four hours instead of eight.
00:00:29 Sun Jianguo: Hmm. OK. Then today before any feed, I want you to go back up to 350 and hold another six hours. The castable near the discharge end is thick, if there's moisture left it'll spall when we go to full temperature. It's not worth it.
00:00:42 Aiko Tanaka: That delays the first feed to tomorrow.
00:00:45 Sun Jianguo: Yes. Better one day than relining, uh, relining the whole discharge ring.
00:00:51 Ben Carter: Agreed.
00:00:53 Sun Jianguo: Then second thing, burner tuning. After the hold, ramp at no more than 50 degrees per hour to operating, target material temperature around 800, gas temperature at the feed end about 450 — those are just the reference from the design basis, don't chase them yet. Check oxygen at the exhaust, we need excess oxygen, at least 6 percent, because the sludge oxidation consumes a lot.
00:01:12 Ben Carter: Feed rate for the first day?
00:01:14 Sun Jianguo: Start at 30 percent of design, so about 150 kilos per hour of dried sludge. And check kiln rotation, 1.5 rpm. Then we step up 20 percent every shift if the discharge colour is OK.
00:01:25 Ravi: And the leach tanks?
00:01:27 Sun Jianguo: Leach tanks — you did the water test? 
00:01:29 Ravi: Tank 2 has a weep at the manway flange.
00:01:32 Sun Jianguo: Replace the PTFE gasket, torque in star pattern, retest with water 24 hours. The lining is FRP, don't use the metal scraper inside, I saw someone with one on Tuesday. Agitator, check the direction and the seal flush before acid. pH probes, calibrate at 1 and 4, not 4 and 7, because we operate at 1 to 1.5.
00:01:51 Aiko Tanaka: Filter press?
00:01:53 Sun Jianguo: Filter press hydraulic test is done. The cloth — use the polypropylene cloth we shipped, not the local one, it plugs with the iron residue.
00:02:00 Ben Carter: Sorry, one more — the scrubber for the kiln off-gas?
00:02:03 Sun Jianguo: Run it wet from the start, circulation pump on before the burner. Interlock is there but test it manually today.
00:02:10 Sun Jianguo: OK, so actions: Ravi re-hold 350. Ravi tank 2 gasket. Ben, burner settings log every hour. I'll send the step-up table tonight. Anything else? No? OK thanks, bye.
00:02:18 Aiko Tanaka: Thanks, bye.
"""
    name = "calls/R2 commissioning daily call Day4 transcript.txt"
    w_txt(name, t)
    label(name, "controlled", ["1E902.b"], ["recycling"], [], "other", None, "en", False,
          "Commissioning call for magnet-sludge recycling line abroad: kiln dry-out, burner tuning, leach tank repair, pH probe calibration; process values as design-basis references")


# ================================================================ EXCLUDED
def e1():
    P = [
        "Keynote transcript. Published in: Proceedings of the 28th International Workshop on Rare-Earth and Future Permanent Magnets (REPM 2024), Vol. 2, pp. 112–119. Edited volume, ISBN 978-3-00-081245-6. DOI: 10.5281/repm2024.kn03. Published online 15 December 2024.",
        "Speaker's spoken transcript, edited for publication.",
        "## Designing counter-current extraction cascades: lessons from thirty years of practice",
        "Thank you, chair. Good morning. So — I want to talk today about why cascades that look right on paper underperform on the floor, and what we learned about that.",
        "First, the separation factor. In a saponified P507 system in chloride medium, the Nd/Sm separation factor is often quoted at 2 or higher, but at the acidities we actually operate it is closer to 1.6. If you design on 2.0 you will be short by about a third in scrub stages. In our plants an Nd/Sm cut ended up at 16 extraction and 28 scrubbing stages.",
        "Second, extraction ratio. The optimum extraction ratio sits near the ratio where the mass flow of the more-extractable component just exceeds its feed, and we found it useful to run at 1.05 to 1.1 times the theoretical minimum organic flow, with scrub acid between 2.8 and 3.5 N.",
        "Third, organic loading. Above about 0.18 M RE loading in 1.5 M P507 we repeatedly saw third-phase formation in cold seasons. That's it — don't chase capacity by loading.",
        "Question from the floor (transcribed): What about saponification degree? Answer: we settle between 33 and 38 percent; higher gives emulsion.",
        "References and slides are available in the published volume.",
    ]
    name = "conference/REPM2024_keynote_transcript.pdf"
    w_pdf(name, "REPM 2024 — Keynote 3 (transcript)", P, (2024, 12, 15), "REPM Proceedings")
    label(name, "excluded", ["1E902.a"], ["separation"], [], "other", "public-domain", "en", False,
          "Transcript of a conference keynote stated as published in proceedings (ISBN, DOI); contains cascade design values")

def e2():
    B = [
        ("h1", "课题组组会纪要（2025年第9次）"),
        ("p", "时间：2025年4月16日　地点：化学楼B312　主持：陈教授　记录：博士生 马骁"),
        ("p", "课题：国家自然科学基金面上项目“镧系离子4f电子结构与萃取配位选择性的理论与谱学研究”（批准号 2237xxxx）"),
        ("h2", "1. 汇报内容"),
        ("p", "马骁：用DFT（PBE0+SO，镧系大核赝势）计算了Nd(III)、Sm(III)与二烷基膦酸单酯配体形成的配合物，比较了1:3和1:3(HA)配位模式的结合能。Nd–O键长计算值2.38 Å，与EXAFS拟合值2.40 Å吻合。4f轨道参与成键的程度很小（Mulliken布居<0.05）。"),
        ("p", "李晗：同步辐射EXAFS数据（上海光源BL14W1）处理完毕，有机相中Nd的第一配位层配位数5.8±0.4，Sm略高。下一步做温度依赖。"),
        ("p", "周宁：LiF–NdF3熔体高温拉曼，1100 K下观察到NdF6(3-)八面体特征峰，随NdF3浓度增加出现桥联氟，与分子动力学模拟的径向分布函数一致。目的是理解熔体结构，不涉及电解工艺。"),
        ("h2", "2. 讨论"),
        ("p", "陈教授：配位选择性的来源要从热力学上讲清楚，建议算一下溶剂化自由能的贡献。熔体结构部分投稿前补一组Pr体系做对照。"),
        ("h2", "3. 下一步"),
        ("b", "马骁：补充溶剂化模型（COSMO）计算，5月底前。"),
        ("b", "李晗：准备Inorg. Chem.投稿初稿。"),
        ("b", "周宁：申请下一轮光源机时。"),
    ]
    name = "minutes/组会纪要_2025-04-16.docx"
    w_docx(name, B, author="马骁", title="组会纪要", date=(2025, 4, 16))
    label(name, "excluded", ["1E902.a"], ["separation", "metal-smelting"], [], "other", "basic-research", "zh", False,
          "University group meeting on NSFC project: DFT/EXAFS coordination of Ln-phosphonate and Raman of fluoride melt structure; no production know-how")

def e3():
    t = """Call notes — patent attorney, Ce dual-main-phase magnet application
Date: 2025-05-27 10:00–11:10 (Tencent Meeting)
Attendees: 周工 (inventor), 王总, 律师 Ms. 钟 (XX知识产权代理有限公司), 助理 Kelly
Notes by: Kelly

1. Filing strategy
- 钟律师建议先提中国发明专利申请，12个月内以此为优先权提PCT，指定US/EP/JP。
- 不要在申请日前发表论文或在展会展示样品，否则影响新颖性。

2. 权利要求书 (claims) — draft discussed
- 权利要求1：一种含铈双主相烧结钕铁硼磁体的制备方法，包括：分别制备合金A（RE中不含Ce）和合金B（Ce占RE总量30–50 at%），氢破后按质量比A:B = 55:45–75:25混合、气流磨、取向成型、在1020–1045℃烧结……
- 从属权利要求：合金B中Cu 0.1–0.4 wt%, Ga 0.1–0.3 wt%；两级回火 850–900℃ / 460–520℃。
- 钟律师：数值范围要有实施例支撑，边界值最好都有实施例；另外1045℃上限要解释技术效果（抑制主相互扩散）。

3. 说明书 / 实施例
- 周工提供实施例1–3和对比例1–2的数据（Br, HcJ, (BH)max），Kelly整理成表，附图1为背散射SEM照片，附图2为退磁曲线。
- 说明书摘要300字以内，由律师起草。

4. Action
- 周工 6/3前交实施例数据表和SEM图。
- 钟律师 6/10前交权利要求书和说明书初稿。
- 王总确认申请人名称和发明人排序。
"""
    name = "legal/call notes patent attorney 2025-05-27.txt"
    w_txt(name, t)
    label(name, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "other", "patent-filing", "mixed", False,
          "Call with patent attorney drafting claims/description/examples for a Ce dual-main-phase magnet application (CN priority, PCT)")

def e4():
    P = [
        "《稀土信息》2024年第6期（总第486期）　第18–21页　ISSN 1004-7638　CN 15-1090/TG",
        "栏目：人物访谈",
        "## 让废抛光粉“变废为宝”——访某稀土回收企业技术负责人",
        "记者：您好，请先介绍一下废稀土抛光粉回收的难点？",
        "答：抛光粉里面主要是氧化铈和氧化镧，用过以后混进去大量的玻璃粉、氧化铝和絮凝剂。难点是氟和硅，铈氧化物又比较难溶。",
        "记者：你们是怎么做的？",
        "答：我们先碱焙烧，用氢氧化钠，料碱比大概一比一，五百五十度左右焙烧两个小时，把硅和氟转成可溶的钠盐，水洗掉。然后盐酸加双氧水还原浸出铈，浸出率能到百分之九十五以上。浸出液再沉淀、灼烧，重新做成抛光粉。",
        "记者：回收的产品质量怎么样？",
        "答：铈镧总量百分之九十以上，粒度D50一点二微米左右，基本可以回到中档抛光粉的水平。",
        "记者：对行业有什么建议？",
        "答：希望回收渠道更规范，废料分类收集，这样处理成本可以降低不少。",
        "（本文已刊发，转载请注明出处）",
    ]
    name = "clippings/稀土信息2024-06_抛光粉回收访谈.pdf"
    w_pdf(name, "稀土信息 2024年第6期 人物访谈", P, (2024, 6, 20), "稀土信息编辑部")
    label(name, "excluded", ["1E902.a"], ["recycling"], [], "other", "public-domain", "zh", False,
          "Published magazine interview (issue, ISSN/CN) on recovering Ce/La from spent polishing powder with roast/leach values")

# ================================================================ CLEAR
def n1():
    L = [
        ("08:30:12", "李姐(贸易)", "今天氧化镨钕报价出来了没"),
        ("08:32:40", "小王", "亚洲金属早盘 44.2万/吨，比昨天涨了三千"),
        ("08:33:05", "李姐(贸易)", "金属镨钕呢"),
        ("08:33:47", "小王", "54.5-55万，成交不多。镝铁 160万左右，氧化铽 7000元/公斤上下"),
        ("08:35:20", "李姐(贸易)", "听说北方那边这个月指标下来了，可能要压价"),
        ("08:36:02", "小王", "群里都在传，没见文件。另外包头几家停产检修的消息也是传言"),
        ("08:40:11", "李姐(贸易)", "那个磁材厂的单子，20吨氧化镨钕，你锁价了没"),
        ("08:41:30", "小王", "锁了一半，剩下10吨等下周。付款条件30%预付，他们还在磨"),
        ("08:42:15", "李姐(贸易)", "让他们先把预付打过来，不然不发货。仓库那边库存还有多少"),
        ("08:43:00", "小王", "仓库说氧化镨钕 38吨，氧化镧铈一百多吨，镧铈卖不动"),
        ("08:45:50", "李姐(贸易)", "镧铈压着就压着吧，今年都这样。下午三点开会说出口许可证的事"),
        ("08:46:10", "小王", "好的"),
        ("12:05:33", "小王", "中午去吃那家湘菜？"),
        ("12:06:01", "李姐(贸易)", "行，叫上老马"),
    ]
    txt = "微信聊天记录\n与“李姐(贸易)”的聊天\n\n" + wechat_txt(L, "2025-07-15")
    name = "chat/李姐_聊天记录_0715.txt"
    w_txt(name, txt, enc="gb18030")
    label(name, "clear", [], [], [], "other", None, "zh", True,
          "GB18030 WeChat chat about PrNd oxide/metal prices, quotas gossip, inventory and payment terms; no technology")

def n2():
    M = [
        ("2025-09-03 10:01", "Julia Schmidt", "Hi Chen, the magnet shipment for PO 4500182231 — is it still on the 12th vessel?"),
        ("2025-09-03 10:04", "陈晓 Chen Xiao", "Hi Julia, 是的 still planned. But the export licence for the sintered blocks is not issued yet, MOFCOM review takes ~45 working days"),
        ("2025-09-03 10:05", "Julia Schmidt", "Do finished magnets need a licence now? I thought only the technology"),
        ("2025-09-03 10:09", "陈晓 Chen Xiao", "For some items yes, depends on the HS code and the grade. Our compliance team checks each line. 8505111000 for the blocks. we need your end-user certificate signed, 最终用户和最终用途说明, I'll send the template"),
        ("2025-09-03 10:10", "Julia Schmidt", "OK. Can you split the shipment? The arc segments for the pump project are urgent"),
        ("2025-09-03 10:13", "陈晓 Chen Xiao", "arc segments are on a separate licence application, maybe faster. I'll ask forwarder about LCL from Ningbo. packaging: magnetic shielding boxes, air freight needs the shielding test report"),
        ("2025-09-03 10:15", "Julia Schmidt", "Sea is fine. Please send updated packing list with gross weights"),
        ("2025-09-03 10:16", "陈晓 Chen Xiao", "ok 今天下班前发"),
        ("2025-09-03 14:22", "陈晓 Chen Xiao", "packing list attached (PL_4500182231_rev2.xlsx). 14 pallets, GW 9,860 kg"),
        ("2025-09-03 14:30", "Julia Schmidt", "thanks! 👍"),
    ]
    name = "exports/Teams_Julia_Schmidt_PO4500182231.html"
    w_html_chat(name, "Chat — Julia Schmidt", M, "teams", "en")
    label(name, "clear", [], [], [], "other", None, "mixed", True,
          "Teams chat on magnet shipment logistics, export licence, end-user certificate, packing list")

def n3():
    B = [
        ("h1", "出口管制合规工作会议纪要"),
        ("p", "时间：2025年10月14日　地点：行政楼3楼会议室　主持：法务部 郑律师"),
        ("p", "参会：总经办、法务部、销售部、技术中心、信息部、人力资源部"),
        ("h2", "一、学习商务部公告2025年第61号、第62号"),
        ("p", "郑律师解读：公告对稀土开采、冶炼分离、金属冶炼、磁材制造、二次资源回收利用相关技术及其载体实施管制（1E902.a），生产线装配、调试、维护、维修、升级技术同样管制（1E902.b）。载体包括设计图纸、工艺规范、工艺参数、加工程序、仿真数据。出口方式包括技术交流、咨询、雇佣外籍人员、展览展示等。已进入公共领域、基础科学研究、普通专利申请所必需的技术不适用。"),
        ("h2", "二、公司落实措施"),
        ("n", "信息部：对外发送邮件加装关键词扫描，附件外发需审批。"),
        ("n", "技术中心：梳理工艺文件密级，外籍客户来访不得进入烧结、气流磨区域。"),
        ("n", "人力资源部：外籍员工岗位清单报法务部，签署保密及合规承诺书。"),
        ("n", "销售部：客户技术支持只提供产品规格书、检测报告，不得提供工艺参数。"),
        ("h2", "三、讨论"),
        ("p", "销售部提出海外客户要求来厂审核，法务部意见：审核可安排，路线限定为仓库、检测中心、展厅，全程陪同，不得拍照。"),
        ("p", "技术中心提出参加国际会议发表论文需事先审查，法务部同意建立发表前审查流程。"),
        ("h2", "四、下次会议"),
        ("p", "11月上旬，各部门汇报落实情况。"),
    ]
    name = "minutes/合规会议纪要_20251014.docx"
    w_docx(name, B, author="郑敏", title="合规会议纪要", date=(2025, 10, 14))
    label(name, "clear", [], [], [], "other", None, "zh", True,
          "Compliance meeting minutes quoting MOFCOM 61/62 and listing internal measures; no process content")

def n4():
    body = """Hi Stefan,

Following our call this morning about magnet selection for the 150 kW traction motor (project TM-150):

- Current design uses N48SH, 2 layers V-shape, rotor OD 198 mm. At 150 °C worst-case rotor temperature, demag margin at 3x peak current is only about 6%. That's too tight.
- Option A: switch to 45UH (HcJ ≥ 25 kOe). Br drops ~0.05 T, so torque constant drops ~3%; we can compensate with +4 mm stack length.
- Option B: keep 48SH but segment each pole into 4 axially to reduce eddy losses (magnet temperature estimated −12 K per our FEA).
- Supplier quotes (per kg, FCA Ningbo): 48SH USD 62, 45UH USD 71 (GBD grades). Lead time 10 weeks for both.
- Please ask the supplier for the demag curves at 20/150/180 °C and the coating salt-spray data (Ni-Cu-Ni, 72 h NSS).

My vote is Option A plus segmentation in 2. Can discuss at Thursday's design review.

Regards,
Nina Vogt
Electric Drives – Motor Design
"""
    name = "mail/TM-150 magnet grade selection.eml"
    w_eml(name, "Nina Vogt <n.vogt@edrive-systems.de>", "Stefan Maier <s.maier@edrive-systems.de>",
          "TM-150 magnet grade selection", datetime.datetime(2025, 4, 23, 11, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
          body, msgid="<a7c1d0e2-tm150@edrive-systems.de>")
    label(name, "clear", [], [], [], "email", None, "en", True,
          "Motor designer's email choosing bought NdFeB grades for a traction motor; demag margin, prices; no manufacturing know-how")

def n5():
    P = [
        "Supplier visit — Ningbo, 9 July 2025. Visitors: purchasing (2), quality (1). Host: Sales Director Mr. Fang.",
        "## Programme",
        "09:30 Company presentation in showroom: founded 2003, ~1,800 employees, capacity stated 8,000 t/y sintered NdFeB, IATF 16949 and ISO 14001 certified. Customers in automotive, wind, consumer electronics.",
        "10:30 Guided walk through the plant along the visitor corridor. We saw the melting hall from the gallery, a long hall of pressing stations behind glass, rows of sintering furnaces (we were told the count but not the type), and the machining area with slicing and grinding machines. No explanation of process settings was given and photos were not allowed — host said that is company policy under the new export rules.",
        "11:30 Quality lab: flux-meter and hysteresisgraph demonstration on our sample parts; salt-spray chambers; dimensional CMM. Lab is well organised.",
        "12:00 Lunch.",
        "13:30 Commercial discussion: annual agreement price formula linked to PrNd oxide index, quarterly adjustment; 2% rebate above 200 t.",
        "## Impressions",
        "- Very clean site, good 5S. Automation in packing is high.",
        "- Capacity appears credible for our 2026 volumes.",
        "- Quality system looks solid; PPAP documents offered on request.",
        "## Follow-ups",
        "- Send audit questionnaire (QSA-7) and request PPAP level 3 for part 44-0912.",
        "- Compare offer with current supplier by end of July.",
    ]
    name = "reports/Supplier visit Ningbo 2025-07-09.pdf"
    w_pdf(name, "Supplier visit report — sintered magnet supplier", P, (2025, 7, 11), "Purchasing")
    label(name, "clear", [], [], [], "other", None, "en", True,
          "Customer's plant-visit report at guided-tour level: showroom, corridor walk, lab, prices; no process parameters")

def n6():
    t = """# #sx-plant — Slack export (copper/cobalt)
_exported 2025-05-30_

**Mwila K.** 07:50
Cu SX train 2: phase disengagement time up to 140 s this morning. crud at the interface in E1 settler

**Olivier D.** 07:58
what's the LIX984N concentration now? last assay said 22 v/v

**Mwila K.** 08:01
21.5. PLS has more fine solids since the heap stacking change, TSS 40 ppm

**Olivier D.** 08:04
run the crud through the centrifuge and do a clay treatment on a bleed of the organic. and check the PLS clarifier flocculant dosing

**Teresa B.** 08:20
on the Co side — D2EHPA circuit for Zn/Mn removal is fine, pH profile 2.6 / 2.9 / 3.2 in E1–E3. Cyanex 272 for Co/Ni: Ni in Co strip liquor at 35 ppm, target < 20

**Olivier D.** 08:26
bump the scrub with a bit more Co-sulphate strip recycle, and check O/A in the scrub stage, it drifted to 8:1

**Teresa B.** 08:29
ok

**Mwila K.** 10:45
EW tankhouse: current efficiency 91%, cathode harvest on Thursday

**Olivier D.** 10:47
👍 also reminder: P507 trial on the Co circuit got cancelled, supplier couldn't deliver
"""
    name = "slack/sx-plant_2025-05-30.md"
    w_md(name, t)
    label(name, "clear", [], [], [], "other", None, "en", True,
          "Slack chat on copper/cobalt solvent extraction (LIX984N, D2EHPA, Cyanex 272, P507 mention); not rare earth")

def n7():
    L = [
        ("02/06/2025, 09:12", "Deepak", "Hi sir, the new ferrite segments batch cracked again after sintering"),
        ("02/06/2025, 09:15", "Mr. Kwan", "wet pressed or dry?"),
        ("02/06/2025, 09:16", "Deepak", "wet, anisotropic, the Sr ferrite arc for the DC motor"),
        ("02/06/2025, 09:20", "Mr. Kwan", "check the slurry solid content, should be around 65-68%. and your drying before the kiln, if the green part still has water it cracks"),
        ("02/06/2025, 09:22", "Deepak", "we skipped the 24 h drying because of the order rush"),
        ("02/06/2025, 09:24", "Mr. Kwan", "there you go 😅 also ramp in the tunnel kiln below 400 C should be slow. peak 1200-1230 C is fine for SrFe12O19"),
        ("02/06/2025, 09:25", "Deepak", "calcined powder from the supplier is also changed, particle size 0.9 µm vs 1.1 before"),
        ("02/06/2025, 09:27", "Mr. Kwan", "finer powder = more shrinkage. adjust the die compensation. you'll get Br ~0.41 T, HcJ up a little"),
        ("02/06/2025, 09:30", "Deepak", "thanks sir. one more thing, customer is asking if we can offer NdFeB instead for the premium version"),
        ("02/06/2025, 09:33", "Mr. Kwan", "tell them we only trade those, we buy from a supplier. our line is ferrite only"),
        ("02/06/2025, 09:34", "Deepak", "ok 🙏"),
    ]
    t = "\n".join(f"{a} - {b}: {c}" for a, b, c in L)
    name = "chat/WhatsApp Chat with Mr Kwan.txt"
    w_txt(name, t)
    label(name, "clear", [], [], [], "other", None, "en", True,
          "WhatsApp troubleshooting of Sr ferrite magnet cracking (slurry, drying, kiln ramp); ferrite not controlled")


def n8():
    t = """电话录音整理（铝电解车间）
时间：2025年8月19日 夜班 02:10
对话：值班长老冯 ↔ 技术科 韩工

老冯：韩工，不好意思这么晚打扰，二工区那个，186号槽又来效应了。
韩工：嗯……几点开始的？电压多少？
老冯：一点四十，电压窜到三十多伏，灯亮了。
韩工：插木棒了没有？
老冯：插了，熄了，又来了一次，这回二十分钟才熄。
韩工：那就不是简单的缺料了。你看一下，呃，分子比多少？上次化验的。
老冯：二点四几吧，我得查一下。
韩工：电解质温度呢？
老冯：九百六十多。
韩工：有点高啊。你们是不是下料器堵了？186那个槽的打壳锤上周就报过。
老冯：可能是，白天他们说打壳不太好使——
韩工：先把下料点看一下，手动打壳下料，然后阳极，你看有没有长包的，电流分布测一下，哪块阳极电流偏大就是它，极距不对。
老冯：好，我叫人去测。
韩工：还有，冰晶石和氟化铝明天白班按分析结果调，别晚上乱加。天亮我过去看。
老冯：好好，辛苦辛苦。
韩工：没事，有情况再打。
"""
    name = "calls/夜班电话_186槽效应.txt"
    w_txt(name, t)
    label(name, "clear", [], [], [], "other", None, "zh", True,
          "Phone transcript on aluminium reduction cell anode effect (cryolite bath, AlF3); fluoride-bath vocabulary but not rare earth")

def n9():
    B = [
        ("h1", "面试记录表"),
        ("table", [["应聘岗位", "烧结工艺工程师（磁材事业部）", "面试日期", "2025-06-18"],
                   ["候选人", "邱某某", "面试官", "人力资源部 张岚；磁材事业部 吴经理"],
                   ["学历", "硕士，材料科学与工程", "工作年限", "6年"]]),
        ("h2", "面试过程记录"),
        ("p", "1. 自我介绍：候选人曾在某磁材企业任烧结工段工程师，负责烧结炉排产和良率改善，带过8人小组。"),
        ("p", "2. 离职原因：家庭原因希望回本地发展；原单位为竞业限制范围内，候选人表示未签竞业协议，吴经理提醒入职后不得带入原单位技术资料，候选人确认。"),
        ("p", "3. 专业面：吴经理就良率改善经历提问，候选人讲述了推动5S和MES系统上线、缩短换炉时间的经历；未涉及具体工艺参数（面试官按公司要求不询问前雇主工艺细节）。"),
        ("p", "4. 薪资期望：年薪28–32万，可接受试用期6个月。"),
        ("p", "5. 其他：英语六级，可接受出差；有驾照。"),
        ("h2", "评价"),
        ("table", [["维度", "评分(1-5)", "备注"],
                   ["专业能力", "4", "经验与岗位匹配"],
                   ["沟通表达", "4", "条理清楚"],
                   ["稳定性", "3", "近三年换过两次工作"],
                   ["合规意识", "5", "主动提出保密问题"]]),
        ("p", "结论：建议进入二面（分管副总），背景调查同步启动。"),
    ]
    name = "hr/面试记录_烧结工艺工程师_邱.docx"
    w_docx(name, B, author="张岚", title="面试记录", date=(2025, 6, 18))
    label(name, "clear", [], [], [], "other", None, "zh", True,
          "HR interview record for a magnet sintering engineer; career, salary, compliance; no process parameters")

def n10():
    t = """# 培训答疑：锂电池回收湿法工艺（新员工第三期）

**讲师**：郭工　**日期**：2025-03-12　**整理**：培训专员

**Q1：黑粉是什么？**
A：废旧三元电池放电、拆解、破碎分选以后得到的正负极混合粉，主要是镍钴锰酸锂和石墨，铜铝要尽量分干净。

**Q2：浸出用什么？**
A：硫酸加双氧水还原浸出，温度八十度左右，液固比五比一，浸出两个小时，镍钴锰浸出率都在百分之九十八以上。

**Q3：除杂怎么做？**
A：先铁粉置换除铜，然后调pH到四点五左右沉铁铝。

**Q4：萃取用的什么萃取剂？**
A：P204先除锰、锌、钙，再用P507分离钴和镍，皂化度百分之六十到七十，钴进有机相，镍留在萃余液。最后镍用Cyanex 272或者直接做硫酸镍。

**Q5：锂怎么回收？**
A：萃余液蒸发浓缩，加碳酸钠沉碳酸锂，九十度以上沉，回收率八十五左右。

**Q6：这个跟稀土萃取有关系吗？**
A：萃取剂名字一样，但体系完全不同，我们这条线不涉及稀土。

**Q7：安全注意？**
A：放电环节防短路起火；双氧水分开存放；萃取车间禁止明火。
"""
    name = "training/锂电回收_培训答疑_第三期.md"
    w_md(name, t)
    label(name, "clear", [], [], [], "other", None, "zh", True,
          "Training Q&A on lithium-ion battery hydrometallurgical recycling with P204/P507 for Co/Ni; not rare earth")

def n11():
    M = [
        ("2025-02-10 09:15", "煉鋼廠-阿凱", "請教各位：電爐爐壁耐火材料壽命最近掉得很快，原本可以撐 600 爐，現在 400 爐就要補。有人遇過嗎？"),
        ("2025-02-10 09:48", "耐材課-施主任", "先看渣線位置。你們最近是不是換了廢鋼配比？如果高矽廢鋼多，渣鹼度下降，鎂碳磚侵蝕會明顯加快。建議渣鹼度維持 2.0 以上，並加輕燒白雲石。"),
        ("2025-02-10 10:05", "煉鋼廠-阿凱", "確實，上個月開始買了一批便宜的破碎料。"),
        ("2025-02-10 10:30", "設備課-老陳", "另外檢查水冷爐壁有沒有漏水。上次 2 號爐就是水冷板焊縫裂，蒸汽把磚吃掉。補爐用噴補料，每爐之後熱噴，噴補機壓力 0.4 MPa 左右。"),
        ("2025-02-10 11:12", "耐材課-施主任", "還有泡沫渣操作，碳粉噴吹量不足的話電弧直接打到爐壁。可以請電氣那邊看一下電弧長度設定。"),
        ("2025-02-10 13:40", "煉鋼廠-阿凱", "了解，謝謝各位，下週停爐時拍照上來。"),
        ("2025-02-10 14:02", "版主", "本帖已加入「電爐維護」精華區。"),
    ]
    name = "kb/電爐爐壁耐材壽命討論.html"
    w_html_chat(name, "技術論壇 › 煉鋼 › 電爐爐壁耐材壽命下降", M, "forum", "zh-Hant")
    label(name, "clear", [], [], [], "other", None, "zh", True,
          "Traditional-Chinese forum thread on electric-arc-furnace refractory maintenance; steel, not rare earth")

def n12():
    P = [
        "Expert: Former Head of Strategy, state-owned rare earth group (left 2023). Call date: 6 March 2025, 45 min. Interviewer: L. Moreau.",
        "## Supply",
        "- Expert expects domestic mining/separation quota growth to slow to 5–8% p.a.; more emphasis on consolidation under the two big groups.",
        "- Myanmar feed remains volatile; border closures in 2024 tightened medium/heavy supply for several months.",
        "- Believes new capacity outside China (Australia, US, Malaysia) will cover ~15% of separated NdPr by 2028 at best.",
        "## Demand",
        "- EV traction motors and wind remain the bulk of magnet demand growth; humanoid robots 'a story for after 2028'.",
        "- Magnet makers are pushing Ce/La-containing grades for low-end applications to save cost, but this is about demand mix, not a technology change the expert could comment on.",
        "## Prices",
        "- NdPr oxide: expects trading range CNY 400–500k/t in 2025; upside if export licensing slows shipments.",
        "- Dy/Tb: heavy RE prices likely to stay high; substitution continues.",
        "## Policy",
        "- Export controls on technology (MOFCOM 2025 announcements) will make joint ventures abroad very difficult; expert declined to discuss any process-related questions.",
        "For client internal research only. Not investment advice.",
    ]
    name = "research/ExpertCall_RE_market_outlook_2025-03-06.pdf"
    w_pdf(name, "Expert Call Summary — Rare earth supply/demand outlook", P, (2025, 3, 7), "L. Moreau")
    label(name, "clear", [], [], [], "other", None, "en", True,
          "Expert-network call on rare-earth market outlook, quotas, prices, policy; expert declines process questions")

def n13():
    t = """# 来料异常 8D 跟进 — 磁钢 SH系列 action list

**更新**: 2025-08-28　**Owner**: IQC 付晓 / SQE Tom Li

| # | Item | 负责 | Due | Status |
|---|------|------|-----|--------|
| 1 | Lot 2508-113 IQC: Br 实测 1.31–1.33 T (spec ≥1.33 T), 5/32 pcs below spec | 付晓 | 8/26 | done |
| 2 | Hcj @ 20°C 测试 on hysteresisgraph: all ≥ 20 kOe, OK | 付晓 | 8/26 | done |
| 3 | 尺寸 CMM: thickness 3.02 ± 0.02 mm OK; 倒角 out of tolerance on 2 pcs | 付晓 | 8/27 | done |
| 4 | Salt spray 48h NSS — coating Ni-Cu-Ni, no red rust | Lab | 8/29 | in progress |
| 5 | Issue 8D request to supplier, D3 containment: 100% sort at their side | Tom Li | 8/27 | done |
| 6 | Supplier to provide root cause (D4) — 我们不需要他们的工艺细节，只要结论和纠正措施 | Tom Li | 9/05 | open |
| 7 | Motor line: check if affected magnets already assembled (rotor S/N 25080311–25080340) | 产线 王 | 8/29 | open |
| 8 | Update incoming inspection sampling from AQL 1.0 to 0.65 for next 3 lots | 付晓 | 9/01 | open |

**Notes**
- 供应商初步回复说是 "magnetizing fixture" 问题 — we measure unmagnetized? 需确认测试是充磁后还是前。
- Tom: if Br issue recurs, trigger second-source qualification (supplier B, samples already in lab).
"""
    name = "quality/8D_action_list_SH-magnets_0828.md"
    w_md(name, t)
    label(name, "clear", [], [], [], "other", None, "mixed", True,
          "Incoming-inspection 8D action list for bought NdFeB magnets (Br/HcJ measurements, coating test); no manufacturing technology")

def n14():
    B = [
        ("h1", "Prepared Q&A — delegation visit, Day 1 (general session)"),
        ("p", "Prepared by: Office of External Affairs. Version for interpreters. Technical questions beyond this list are to be politely declined."),
        ("p", "Q1. When was the company founded and what does it produce?"),
        ("p", "A: Founded in 1998. We produce rare earth oxides, rare earth metals and sintered magnets for domestic and overseas customers."),
        ("p", "Q2. What is your capacity?"),
        ("p", "A: Separation capacity of around 10,000 t REO per year within the national quota; magnet capacity 6,000 t per year."),
        ("p", "Q3. How do you handle environmental protection?"),
        ("p", "A: The site is certified to ISO 14001. Wastewater is treated and recycled; ammonia-nitrogen discharge meets the national standard GB 26451. We invested CNY 300 million in environmental upgrades since 2019."),
        ("p", "Q4. Can you explain your separation or magnet process?"),
        ("p", "A: We are sorry, process details are subject to national export control regulations and cannot be discussed. We are happy to share our product catalogue and quality certificates."),
        ("p", "Q5. Are you open to cooperation abroad?"),
        ("p", "A: We welcome trade cooperation in products. Any technology cooperation would have to be approved by the competent authorities."),
        ("p", "Q6. Employee welfare?"),
        ("p", "A: 2,400 employees; on-site housing and canteen; annual training programmes."),
    ]
    name = "delegation/Delegation QA general session.docx"
    w_docx(name, B, author="External Affairs", title="Delegation Q&A general", date=(2025, 9, 1))
    label(name, "clear", [], [], [], "other", None, "en", True,
          "Delegation Q&A limited to company profile, capacity, environment; process questions declined")

def n15():
    t = """语音备忘录 转文字 2025-05-08 18:22

嗯，提醒自己几件事。

第一个，明天早上九点前把上个月的差旅报销交了，发票还差一张高铁的，在12306上补打一下。

第二个，周六搬家公司下午两点到，那个，冰箱要提前断电，钢琴不搬，跟他们说好了。

第三个，给老妈打电话，她说血压药快吃完了，问一下是不是还是原来那个牌子。

第四个，车险下个月到期，比一下两家的报价。

还有，嗯，周报里写一下仓库盘点的事，上周盘亏了两箱劳保手套，让行政查一下。

好，就这些。
"""
    name = "memos/备忘录_0508.txt"
    w_txt(name, t)
    label(name, "clear", [], [], [], "other", None, "zh", False,
          "Personal voice memo about expenses, moving house, errands; unrelated to rare earths")


ALL = [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16,
       e1, e2, e3, e4,
       n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15]


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for f in ALL:
        f()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in LABELS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(LABELS), "files")


if __name__ == "__main__":
    main()
