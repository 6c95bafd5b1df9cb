from helpers import *
from longfill import *
import html as H

def build():
    # R6 html wiki export
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tank line - troubleshooting (Shift leaders) - Ops Wiki</title>
<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style></head>
<body>
<div class="breadcrumb">Ops Wiki › Plant K2 › Hydromet › Tank line</div>
<h1>Tank line – troubleshooting for shift leaders</h1>
<p class="meta">Last edited by <b>R. Sandoval</b> on 2025-10-02 · based on advice from Mr. Ma (visiting) · page views 214</p>
<h2>1. White cream between the layers</h2>
<p>This is too much soap. The "soap" is the ammonia we add to the oil before box 1. Keep it at <b>35-38 %</b> (Mr. Ma: never above 40). Check with the titration every 4 h. If the cream is already there: cut ammonia flow by 20 %, raise the stirrer in boxes 1-5 to 300 rpm for one shift, then back to 260 rpm.</p>
<h2>2. Heavy ones showing up in the light product</h2>
<p>Means the wash section is too weak. Increase wash acid from 3.5 N to 4.0 N, or raise wash flow by 10 %. Give it 48 h before judging, the row takes two days to settle.</p>
<table><tr><th>Symptom</th><th>Box to sample</th><th>Setting to change</th><th>Normal value</th></tr>
<tr><td>Nd in La-Ce outlet &gt; 0.1 %</td><td>box 12</td><td>oil flow</td><td>O/A 2.4-2.6</td></tr>
<tr><td>La in PrNd product &gt; 0.05 %</td><td>box 30</td><td>wash acid</td><td>3.5-4.0 N, 70 L/h</td></tr>
<tr><td>Stripped oil still loaded</td><td>box 44</td><td>strip acid</td><td>5.5-6 N, 45 L/h</td></tr>
<tr><td>Phase break &gt; 3 min</td><td>any</td><td>temperature</td><td>25-35 °C</td></tr></table>
<h2>3. Oil losses</h2>
<p>Normal loss is 1-1.5 kg oil per tonne of product. Above 3 kg: check the last settler weir heights (should be 20 mm below box top) and the acid water going out — run it through the small recovery tank with 30 min residence before the drain.</p>
<h2>4. Do not</h2>
<ul><li>Do not change more than one setting per shift.</li><li>Do not restart a box after a stop without first draining 30 % of the mixer.</li></ul>
<p class="footer">Internal use only · K2 Resources Sdn Bhd</p>
</body></html>
"""
    write_text("wiki/tank-line-troubleshooting.html", page)
    label("wiki/tank-line-troubleshooting.html", "controlled", ["1E902.a"], ["separation"], [], "process-spec", "en", False,
          "Wiki page: solvent-extraction cascade operating ranges and corrective actions in plain words (soap %, O/A, acid N) without 'rare earth'")

    # R7 docx zh meeting minutes with electrolysis tuning
    rng = random.Random(707)
    b = [("title", "越南项目周例会纪要（第37期）"), ("p", "时间：2025年10月21日 14:00-17:30　地点：线上（腾讯会议）　记录：陈晓"),
         ("p", "参会：国内方 周总、刘工、陈晓；越方 Mr. Hung、Ms. Lan、Mr. Bao"),
         ("h1", "一、上周事项跟进"),
         ("li", "签证：刘工工作签证已下，11月3日出发。"), ("li", "海运：第二批阴极和石墨件在海防港清关，预计本周五到厂。"),
         ("li", "付款：第三笔进度款越方承诺10月底前支付。"),
         ("h1", "二、现场问题（刘工答复越方）"),
         ("p", "Mr. Bao 反映3号、5号锅电压高、出的金属含碳高。刘工答复如下，越方记录后执行："),
         ("li", "锅温控制1040~1060℃，用插在阴阳极中间的热电偶测，不要以边缘温度为准。"),
         ("li", "电压高说明粉加得不匀或者阳极底部离阴极太远，极距调到8~9厘米；电压稳定在9.2~9.8伏。"),
         ("li", "加料改成定时定量：每2.5分钟0.5公斤，每小时12公斤，粉要提前在200℃烘干4小时。"),
         ("li", "盐的配比：氟化稀土:氟化锂 = 87:13（重量），每周取样分析一次，锂低了就补锂盐。"),
         ("li", "含碳高：阳极掉渣掉进接金属的碗里了，阳极用到剩40%就换，不要等；每班捞一次浮渣。"),
         ("li", "电流6000安的锅，阴极电流密度控制在6~7安每平方厘米。"),
         ("h1", "三、商务事项"),
         ("p", "".join(rng.sample(ZH, 5))), ("p", "".join(rng.sample(ZH, 5))),
         ("h1", "四、下周安排"), ("li", "刘工到厂后现场培训越方班长三天。"), ("li", "周总与越方讨论二期合同条款。"),
         ("p", "（以上纪要如有异议请于两日内反馈）")]
    docx("minutes/越南项目周例会纪要_第37期_20251021.docx", b, author="陈晓", title="周例会纪要", cjk=True)
    label("minutes/越南项目周例会纪要_第37期_20251021.docx", "controlled", ["1E902.a"], ["metal-smelting"], [], "other", "zh", False,
          "Weekly meeting minutes, mostly logistics; one item gives electrolysis settings (temp, voltage, feed, salt ratio, current density) to Vietnamese side")

    # R8 html chat export NiMH batteries
    msgs = [("2025-09-02 10:01", "Arjun", "Mr Fang, the old hybrid car battery packs — we have 30 t. What can we get from the black inside?"),
            ("2025-09-02 10:07", "方工", "负极那个粉里有镧铈镨钕，大概占30%左右。说简单点：拆开，负极片剥下来，粉刮下来"),
            ("2025-09-02 10:09", "方工", "powder + sulfuric acid 2 mol/L, solid:liquid 1:6, 70 C, 3 h. everything dissolves, nickel cobalt rare earth all"),
            ("2025-09-02 10:12", "方工", "then add sodium sulfate, 2 times the rare earth weight, keep pH 1.5-2, 60 C 1 h → the rare earth comes out as white double salt, nickel cobalt stay in water"),
            ("2025-09-02 10:14", "方工", "wash the salt, boil with 20% caustic soda 90 C 2h → hydroxide, dissolve in HCl, oxalic → oxide 850 C. you get 99% mixed oxide, recovery ~94%"),
            ("2025-09-02 10:16", "Arjun", "and the nickel water?"),
            ("2025-09-02 10:18", "方工", "that you sell to the nickel guys, not my business 😄"),
            ("2025-09-02 10:19", "Arjun", "Thanks! can you come to Chennai in October?"),
            ("2025-09-02 10:25", "方工", "visa first. send invitation")]
    rows = "\n".join(f'<div class="msg"><span class="t">{t}</span> <span class="n">{H.escape(n)}</span><p>{H.escape(m)}</p></div>' for t, n, m in msgs)
    write_text("chats/WeChat_Export_方工_Arjun.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>与 方工 的聊天记录</title>
<style>.msg{{margin:8px 0}}.t{{color:#888;font-size:12px}}.n{{font-weight:bold}}</style></head><body>
<h3>与 方工 的聊天记录（导出自 WeChatMsgExporter 3.2）</h3>
{rows}
</body></html>
""")
    label("chats/WeChat_Export_方工_Arjun.html", "controlled", ["1E902.a"], ["recycling"], [], "other", "mixed", False,
          "HTML chat export: NiMH battery negative-electrode powder leach, double-sulfate precipitation, oxide conversion, recovery")

    # R9 machining/coating chat Line, ja-en-zh mixed
    write_text("chats/[LINE] 加工チーム.txt", """[LINE] 加工チーム のトーク履歴
保存日時：2025/09/12 18:40

2025/09/11(木)
10:02	山田	王さん, blocks from the oven crack when we slice them. 
10:05	王	slicing saw: inner-diameter blade, 0.3 mm thick, 3000 rpm, feed 8 mm/min max. you feed too fast
10:06	王	cooling water with 3% anti-rust additive, must cover the cut, block heats >60C it cracks
10:08	王	the wire machine for the arc shapes: molybdenum wire 0.18 mm, 3 passes, first pass 6A, last pass 1.5A, finish Ra 0.8
10:10	山田	了解です。Coating?
10:14	王	nickel-copper-nickel: degrease 60C 5min → 3% nitric 20 sec (only!) → activate → nickel strike 1 A/dm2 8 min → copper 0.8 A/dm2 25 min → bright nickel 1.2 A/dm2 30 min. total 15-20 micron
10:15	王	after plating bake 200C 2h to get hydrogen out, otherwise HcJ drops on the edges
10:16	王	salt spray should pass 48h
10:17	山田	ありがとうございます 🙇
10:20	鈴木	王さん、ロール状の切断は？
10:22	王	barrel for small parts: 0.5 A/dm2, 60 min, barrel 8 rpm
""")
    label("chats/[LINE] 加工チーム.txt", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "mixed", False,
          "LINE group (Japanese/English): slicing, wire-cutting and Ni-Cu-Ni plating parameters for sintered magnet blocks; magnet type implied by 'blocks from the oven' and HcJ")

    # R10 HK traditional email: hydrogen furnace commissioning (b)
    eml("mail/RE_ 氫氣爐安裝調試.eml", [
        ("From", "梁志強 <ckleung@hk-magtech.com>"), ("To", "Somchai P. <somchai@siam-magnetics.co.th>"),
        ("Subject", "RE: 氫氣爐安裝調試"), ("Date", "Thu, 30 Oct 2025 10:11:45 +0800"),
        ("Message-ID", "<SG2PR06.ckleung@hk-magtech.com>")],
"""Somchai 兄，

上次電話講的那台「吸氣爐」（即係將片子打碎做粉前嗰台），你哋嘅安裝同調試順序咁做：

1. 地腳：爐體水平誤差唔好超過1mm/m，爐門一側要留1.5米空位出料車。
2. 管道：氫氣管用316不鏽鋼，全部焊接，打壓1.6MPa保壓24小時，壓降<1%。氬氣、氮氣管同樣。
3. 真空：空爐抽到5Pa以下時間要少過15分鐘；關泵後壓升率<3Pa/小時。唔達標就逐個法蘭用氦檢。
4. 加熱：空爐升到600°C保溫2小時，檢查爐殼表面溫度<50°C，冷卻水出口<40°C。
5. 安全聯鎖：氫氣探測器設定1% LEL報警、2%自動關閥同開抽風；試3次。
6. 帶料試車：先裝200kg片子，吸氫0.1MPa常溫到壓力唔再跌（大約2.5小時），再抽真空升溫到550°C脫氫6小時。出爐後片子用手一捏就碎為合格，含氫<30ppm。
7. 之後每班檢查密封圈，每三個月換一次旋轉接頭，每年校正壓力表同熱電偶。

調試完記得填驗收表，我下週寄範本俾你。

梁志強
港磁科技有限公司

寄件者: Somchai P. <somchai@siam-magnetics.co.th>
寄件日期: 2025年10月29日 16:20
收件者: 梁志強
主旨: 氫氣爐安裝調試
K. Leung, the hydrogen furnace arrived at Rayong. How should we install and commission it?
""")
    label("mail/RE_ 氫氣爐安裝調試.eml", "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", "mixed", False,
          "HK (Cantonese/Traditional) email: installation/commissioning of hydrogen decrepitation furnace incl. HD cycle -> b, plus a since it states the HD process")
