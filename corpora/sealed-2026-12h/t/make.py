#!/usr/bin/env python3
"""Sealed test batch: documents that arrive as pictures.
Run: /work/main/.venv/bin/python make.py  -> files/, labels.jsonl (byte-reproducible)."""
import os, sys, json, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *  # noqa
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
LABELS = []


def P(name):
    return os.path.join(OUT, name)


def label(file, verdict, codes, cats, mtypes, carrier, exclusion, lang, hard, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mtypes, carrier=carrier, exclusion=exclusion, language=lang,
                       hard_negative=hard, note=note))


def sign_row(p, items, size=26):
    x = p.m
    f = p.font(size)
    for it in items:
        p.d.text((x, p.y), it, font=f, fill=p.ink)
        x += (p.w - 2 * p.m) / len(items)
    p.y += int(size * 1.6)


# =====================================================================
# CONTROLLED
# =====================================================================

def c01():  # scanned process card, NdFeB sinter/temper, zh
    p = Page(bg=(255, 255, 255))
    p.text("宁波XX磁业有限公司    工 艺 卡 片", 44, True, center=True).gap(10)
    p.table([["产品", "烧结钕铁硼毛坯 N50H", "卡号", "SJ-GY-017"],
             ["工序", "真空烧结 / 二级回火", "版本", "C（2024-11-08 生效）"],
             ["设备", "VSF-600 真空烧结炉 3#、5#", "页次", "1 / 1"]], [1, 2.2, 0.8, 1.8], 28, header=False)
    p.text("一、合金成分（wt%）", 30, True)
    p.text("PrNd 30.2　Dy 0.8　Co 1.0　Cu 0.15　Al 0.30　Ga 0.20　Zr 0.08　B 0.96　Fe 余量", 28)
    p.gap(10)
    p.text("二、烧结/回火曲线", 30, True)
    p.table([["段", "温度/°C", "升温速率", "保温/min", "真空度/Pa", "说明"],
             ["1", "室温→400", "5 °C/min", "120", "≤5×10-2", "脱除成型剂、润滑剂"],
             ["2", "400→850", "4 °C/min", "180", "≤2×10-2", "脱氢，观察真空回升"],
             ["3", "850→1060", "3 °C/min", "300", "≤5×10-3", "致密化烧结"],
             ["4", "充Ar风冷", "—", "至≤80°C", "Ar 80 kPa", "风机全速"],
             ["5", "一级回火 900", "8 °C/min", "150", "≤1×10-2", "出炉前风冷"],
             ["6", "二级回火 500", "8 °C/min", "240", "≤1×10-2", "风冷至≤60°C出炉"]],
            [0.5, 1.5, 1.2, 1.0, 1.3, 2.4], 27)
    p.text("三、装炉及控制要点", 30, True)
    for s in ["1. 生坯密度 4.3～4.5 g/cm³，装盒在手套箱内完成，氧含量≤200 ppm；",
              "2. 石墨料盒垫钼片，每盒≤18 kg，每炉 24 盒，料盒间距≥15 mm；",
              "3. 第2段真空回升超过 10 Pa 时延长保温 30 min；",
              "4. 烧结密度≥7.55 g/cm³；回火后抽检 Br 14.0～14.3 kGs，HcJ≥17 kOe，Hk/HcJ≥0.95。"]:
        p.text(s, 27)
    p.gap(30)
    sign_row(p, ["编制：陈建华", "审核：刘工", "批准：周明", "日期：2024.11.06"])
    img = degrade(p.img, 101, rot=1.4, bg=(236, 234, 228), noise=7, blur=0.7, scale=0.82, gray=True)
    fn = "扫描件_烧结回火工艺卡_SJ-GY-017.jpg"
    save_jpg(img, P(fn), 72, dpi=165)
    label(fn, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "zh", False,
          "Scanned process card: NdFeB N50H alloy recipe, sintering 1060C and two-stage tempering schedule")


def c02():  # whiteboard SmCo 2:17
    W, H = 2000, 1400
    p = Page(W, H, bg=(244, 246, 245), fam="en", margin=60)
    d = p.d
    blue, red, blk = (30, 60, 170), (190, 30, 30), (25, 25, 25)
    f = F(34, "en"); fs = F(30, "en")
    d.text((70, 40), "2:17 SmCo  - heat treat (furnace #2)  new cycle", font=F(44, "enb"), fill=blk)
    d.text((70, 110), "Sm(Co bal Fe0.22 Cu0.07 Zr0.025)z   z = 7.6", font=f, fill=blue)
    M = curve(d, (180, 330, 1500, 1150), [(0, 25), (2.5, 1210), (4, 1210), (4.5, 1185), (7.5, 1185), (7.6, 80),
                                       (8.6, 830), (20.6, 830), (30, 400), (40, 400), (40.3, 60)],
              44, 1300, ink=red, width=6, font=fs, xlab="t / h", ylab="T / °C",
              ticks_t=[0, 10, 20, 30, 40], ticks_T=[400, 830, 1185], axis_ink=blk, jitter=2, seed=2)
    for (t, T, s) in [(1.2, 1260, "sinter 1210°C 1.5h"), (4.2, 1120, "solution 1185°C 3h"),
                      (7.6, 200, "quench (fan, Ar)"), (9.5, 880, "age 830°C 12h"),
                      (23, 700, "slow cool 0.7°C/min"), (31, 450, "hold 400°C 10h"), (38, 160, "quench")]:
        x, y = M(t, T)
        d.text((x, y - 40), s, font=fs, fill=blue)
    d.text((1560, 330), "targets:", font=f, fill=blk)
    for i, s in enumerate(["Br >= 11.2 kG", "HcJ > 25 kOe", "(BH)max 30 MGOe", "density 8.35"]):
        d.text((1560, 380 + i * 48), s, font=fs, fill=blk)
    d.text((1560, 640), "!! vac < 3e-3 Pa", font=fs, fill=red)
    d.text((1560, 690), "   before ramp", font=fs, fill=red)
    d.text((1560, 760), "solution -> quench", font=fs, fill=blue)
    d.text((1560, 805), "in < 2 min, else", font=fs, fill=blue)
    d.text((1560, 850), "cell boundary coarse", font=fs, fill=blue)
    d.text((70, 1260), "powder: 3.5-4 um jet mill, press 2.0 T transverse, CIP 200 MPa", font=fs, fill=blk)
    img = degrade(p.img, 102, rot=-2.2, bg=(232, 236, 236), noise=6, blur=0.9, scale=0.8, light=0.35)
    fn = "IMG_4471.JPG"
    save_jpg(img, P(fn), 78)
    label(fn, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "process-spec", None, "en", False,
          "Whiteboard photo: 2:17 SmCo composition and sinter/solution/aging/slow-cool heat-treatment curve")


def hmi_base(W, H, title, bg=(38, 42, 50)):
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 70], fill=(20, 70, 130))
    d.text((20, 14), title, font=F(36, "cjk"), fill=(255, 255, 255))
    return img, d


def hmi_val(d, x, y, lab, val, unit, w=520, col=(90, 240, 120), fsz=28):
    d.text((x, y), lab, font=F(fsz, "cjk"), fill=(210, 215, 225))
    d.rectangle([x + w - 250, y - 4, x + w - 80, y + fsz + 8], fill=(10, 12, 16), outline=(120, 130, 140))
    d.text((x + w - 240, y), val, font=F(fsz, "mono"), fill=col)
    d.text((x + w - 70, y), unit, font=F(fsz - 2, "cjk"), fill=(180, 185, 190))


def c03():  # HMI strip casting, zh, no 'rare earth'
    W, H = 1920, 1080
    img, d = hmi_base(W, H, "SC-600 速凝炉  主画面      2024-09-13 14:22:07     操作员: 03班 张")
    d.text((40, 100), "熔炼室", font=F(32, "cjk"), fill=(255, 220, 120))
    for i, (a, b, c) in enumerate([("装料量", "600", "kg"), ("真空度(充氩前)", "3.2", "Pa"), ("炉压 Ar", "45.0", "kPa"),
                                   ("中频功率", "320", "kW"), ("钢液温度", "1455", "°C"), ("精炼保温", "6", "min"),
                                   ("浇注温度设定", "1430", "°C")]):
        hmi_val(d, 40, 160 + i * 62, a, b, c)
    d.text((660, 100), "中间包 / 冷却辊", font=F(32, "cjk"), fill=(255, 220, 120))
    for i, (a, b, c) in enumerate([("中间包预热", "1050", "°C"), ("流槽开度", "62", "%"), ("辊面线速度", "1.20", "m/s"),
                                   ("辊径", "600", "mm"), ("冷却水进口", "28.4", "°C"), ("冷却水出口", "36.1", "°C"),
                                   ("冷却水流量", "45.0", "m³/h")]):
        hmi_val(d, 660, 160 + i * 62, a, b, c)
    d.text((1280, 100), "收集 / 二次冷却", font=F(32, "cjk"), fill=(255, 220, 120))
    for i, (a, b, c) in enumerate([("鳞片目标厚度", "0.28", "mm"), ("厚度范围", "0.25-0.35", "mm"), ("出料温度", "≤60", "°C"),
                                   ("转盘冷却时间", "40", "min"), ("α-Fe 目标", "≤1", "%")]):
        hmi_val(d, 1280, 160 + i * 62, a, b, c, w=600)
    d.rectangle([40, 640, 1880, 960], outline=(120, 130, 140), width=2)
    d.text((60, 655), "配方: N52-SC-07   (wt%)  PrNd 29.8 / Dy 0 / Co 0.9 / Cu 0.12 / Al 0.10 / Ga 0.18 / B 0.95 / Fe bal",
           font=F(28, "cjk"), fill=(255, 255, 255))
    d.text((60, 705), "报警: 无      联锁: 冷却水流量<38 m³/h 禁止浇注;  辊速偏差>5% 自动停浇", font=F(28, "cjk"), fill=(255, 160, 160))
    for i, s in enumerate(["14:05 抽真空完成", "14:08 充Ar 45 kPa", "14:11 功率升至 320 kW", "14:19 测温 1452°C",
                           "14:21 浇注开始"]):
        d.text((60 + (i % 3) * 600, 770 + (i // 3) * 50), s, font=F(26, "cjk"), fill=(170, 200, 255))
    d.rectangle([0, 1000, W, H], fill=(20, 24, 30))
    for i, s in enumerate(["主画面", "熔炼", "浇注", "冷却水", "趋势", "报警", "配方"]):
        d.rectangle([20 + i * 200, 1012, 200 + i * 200, 1068], outline=(150, 150, 150), fill=(60, 66, 76))
        d.text((60 + i * 200, 1022), s, font=F(28, "cjk"), fill=(255, 255, 255))
    fn = "HMI_SC600_20240913_1422.png"
    save_png(img, P(fn), 96)
    label(fn, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh", False,
          "HMI screenshot of strip-casting furnace set-points with PrNd-B alloy recipe; no 'rare earth' word")


def c04():  # DCS P507 PrNd cascade, traditional
    W, H = 1920, 1080
    img, d = hmi_base(W, H, "萃取三線  P507-HCl 體系  鐠釹分離段  流程畫面", bg=(200, 204, 208))
    ink = (0, 0, 0)
    segs = [("萃取段 1–40 級", 60, (120, 170, 230)), ("洗滌段 41–72 級", 700, (150, 210, 150)),
            ("反萃段 73–88 級", 1340, (235, 200, 120))]
    for s, x, c in segs:
        d.rectangle([x, 260, x + 540, 430], fill=c, outline=ink, width=3)
        for k in range(9):
            d.line([(x + 60 * k, 260), (x + 60 * k, 430)], fill=(60, 60, 60), width=1)
        d.text((x + 120, 320), s, font=F(34, "cjk2"), fill=ink)
    arrow(d, 600, 345, 700, 345, ink); arrow(d, 1240, 345, 1340, 345, ink)
    def tag(x, y, a, v):
        d.rectangle([x, y, x + 520, y + 46], fill=(245, 245, 245), outline=ink)
        d.text((x + 8, y + 6), a, font=F(28, "cjk2"), fill=ink)
        d.text((x + 340, y + 6), v, font=F(28, "mono"), fill=(0, 110, 0))
    tag(60, 110, "有機相 P507 1.5 mol/L", "820 L/h"); tag(60, 170, "皂化度 (NaOH)", "36 %")
    tag(700, 110, "料液 PrNdCl3 進第40級", "96 L/h"); tag(700, 170, "料液濃度 REO", "1.42 M")
    tag(1340, 110, "洗酸 HCl 4.5 M 進第72級", "38 L/h"); tag(1340, 170, "反萃酸 HCl 5.8 M", "42 L/h")
    tag(60, 480, "萃餘液 Pr 出口 (第1級)", "pH 2.1"); tag(60, 540, "Pr6O11/REO 線上", "99.62 %")
    tag(700, 480, "第56級 Nd/(Pr+Nd)", "0.48"); tag(700, 540, "混合室攪拌", "280 rpm")
    tag(1340, 480, "反萃液 Nd 出口 REO", "0.95 M"); tag(1340, 540, "Nd2O3/REO 線上", "99.71 %")
    tag(60, 600, "相比 O/A (萃取段)", "2.7 : 1"); tag(700, 600, "槽溫", "28.5 °C")
    tag(1340, 600, "有機相返回 洗氟/再皂化", "ON")
    d.text((60, 700), "操作要點: 第56級 Nd/(Pr+Nd) 偏離 0.45–0.52 時按 ±2 L/h 調整洗酸; 料液 Fe<5 ppm, Al<10 ppm",
           font=F(28, "cjk2"), fill=ink)
    d.text((60, 750), "沉澱: Nd 反萃液→草酸 1.1 倍理論量, 55 °C, 陳化 30 min → 灼燒 950 °C 2 h", font=F(28, "cjk2"), fill=ink)
    d.rectangle([0, 1000, W, H], fill=(80, 84, 90))
    d.text((20, 1020), "2024/10/02 09:41:15   DCS-OPS2   萃取三線", font=F(28, "cjk2"), fill=(255, 255, 255))
    fn = "DCS_萃取三線_截圖_1002.png"
    save_png(img, P(fn), 96)
    label(fn, "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "zh", False,
          "Traditional-Chinese DCS screenshot of P507-HCl Pr/Nd mixer-settler cascade: stages, flows, saponification, O/A")


def c05():  # faxed flowsheet in-situ leaching, en, TIFF G4
    W, H = 1700, 2200
    p = Page(W, H, fam="en", margin=90)
    d = p.d
    d.text((90, 40), "FROM: GZ FIELD OFFICE  +86 797 8xx xxxx     2024-05-22 09:17     P.01/01", font=F(26, "mono"), fill=0)
    p.y = 110
    p.text("Block 7 (south slope) - revised in-situ leach flowsheet", 38, True)
    p.text("Weathered-crust ion-adsorption deposit; ore body 4-8 m below topsoil; REO in ore 0.06-0.09 %", 27)
    f = F(27, "en")
    bx = [(120, 360, "Injection well grid", ["2.5 m x 2.5 m, dia 0.2 m", "depth to 0.5 m into ore"]),
          (120, 600, "Lixiviant", ["MgSO4 2.5 wt% (replaces", "(NH4)2SO4), pH 4.5-5.5"]),
          (120, 840, "Injection", ["0.6 m3/h per hole for 120 d", "then top water 30 d"]),
          (900, 360, "Collection", ["tunnels + PVC drains", "liquor REO 0.8-1.2 g/L"]),
          (900, 600, "Impurity removal", ["NH4HCO3 to pH 5.0-5.2", "Al(OH)3 settle 4 h"]),
          (900, 840, "RE precipitation", ["NH4HCO3 to pH 6.8", "RE carbonate, filter"]),
          (900, 1080, "Calcine", ["850 C, 2 h", "mixed oxide TREO >= 92 %"])]
    for x, y, t, ls in bx:
        box(d, x, y, 640, 180, [t] + ls, f, ink=0)
    arrow(d, 440, 540, 440, 600, 0); arrow(d, 440, 780, 440, 840, 0)
    arrow(d, 760, 930, 900, 450, 0)
    arrow(d, 1220, 540, 1220, 600, 0); arrow(d, 1220, 780, 1220, 840, 0); arrow(d, 1220, 1020, 1220, 1080, 0)
    arrow(d, 900, 690, 760, 690, 0)
    d.text((770, 650), "barren", font=F(24, "en"), fill=0)
    d.text((770, 700), "recycle", font=F(24, "en"), fill=0)
    p.y = 1320
    p.text("Notes", 30, True)
    for s in ["1. Leach rate target > 88 %; stop injection when liquor REO < 0.1 g/L for 7 days.",
              "2. Keep Mg2+ in barren solution 1.2-1.5 g/L; make-up with MgSO4.7H2O at the tank farm.",
              "3. Hydraulic gradient: check piezometers daily; if seepage shows at slope toe cut rate to 0.4 m3/h.",
              "4. Precipitant NH4HCO3 consumption ~ 3.2 t per t REO; overflow Al < 0.5 % in product.",
              "5. Monitor wells at 30 m below block; sulfate alarm 250 mg/L."]:
        p.text(s, 27)
    p.gap(20)
    p.text("Pls confirm before Mon. - Huang", 30)
    img = degrade(p.img, 105, rot=0.8, bg=250, noise=14, blur=0.8, scale=1.0, bw=True)
    fn = "fax_20240522_0917.tif"
    save_tiff(img, P(fn), 200)
    label(fn, "controlled", ["1E902.a"], ["mining"], [], "process-spec", None, "en", False,
          "Faxed flowsheet: ion-adsorption clay in-situ leach grid, MgSO4 lixiviant, impurity removal, precipitation")


def c06():  # drawing of electrolysis cell, mixed
    W, H = 2339, 1654
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    k = (0, 0, 0)
    d.rectangle([30, 30, W - 30, H - 30], outline=k, width=4)
    # section view: steel shell, refractory, graphite crucible, anodes, cathode, receiver
    cx = 700
    d.rectangle([cx - 420, 300, cx + 420, 1250], outline=k, width=4)  # steel shell
    d.rectangle([cx - 360, 340, cx + 360, 1210], outline=k, width=3)  # refractory
    d.rectangle([cx - 290, 380, cx + 290, 1130], outline=k, width=5)  # graphite crucible
    for x in (cx - 250, cx + 150):
        d.rectangle([x, 220, x + 100, 900], outline=k, width=3)  # anodes
        for yy in range(240, 900, 30):
            d.line([(x, yy), (x + 100, yy + 25)], fill=(120, 120, 120), width=1)
    d.rectangle([cx - 35, 150, cx + 35, 1000], outline=k, width=3)  # W cathode
    d.rectangle([cx - 110, 1010, cx + 110, 1120], outline=k, width=3)  # Mo receiver
    d.line([(cx - 290, 560), (cx + 290, 560)], fill=k, width=2)
    f = F(28, "cjk")
    for (x, y, tx, lx, ly) in [(cx - 200, 600, "1 石墨坩埚 Φ520×650", 1180, 330), (cx - 200, 240, "2 石墨阳极 4块 δ60", 1180, 390),
                               (cx, 170, "3 钨阴极 Φ70", 1180, 450), (cx, 1060, "4 钼接收器 Φ220", 1180, 510),
                               (cx - 390, 800, "5 刚玉-碳化硅炉衬", 1180, 570), (cx + 250, 565, "6 电解质液面", 1180, 630)]:
        d.line([(x, y), (lx - 10, ly + 15)], fill=k, width=2)
        d.text((lx, ly), tx, font=f, fill=k)
    d.text((cx - 150, 1290), "A-A 剖面  1:10", font=F(32, "cjk"), fill=k)
    # dims
    d.line([(cx - 290, 1180), (cx + 290, 1180)], fill=k, width=1)
    d.text((cx - 40, 1140), "Φ520", font=f, fill=k)
    d.text((1180, 720), "技术要求 / Technical notes", font=F(32, "cjk"), fill=k)
    notes = ["1. 电解质 NdF3 : LiF = 89 : 11 (wt), bath depth 180–220 mm;",
             "2. 工作温度 1050 ± 15 °C, 红外测温每 2 h 记录;",
             "3. 阴极电流密度 6–7 A/cm², 阳极 0.9–1.1 A/cm²; I = 6 kA;",
             "4. 槽电压 9.0–10.5 V; Nd2O3 feed 2.1–2.4 kg per 10 min, 粒度 -100 目;",
             "5. 阴极插入深度 120 mm, 阴阳极间距 95 ± 5 mm;",
             "6. 出金周期 4 h, Nd ≥ 99.5 %, C ≤ 0.03 %, O ≤ 0.03 %;",
             "7. 阳极消耗至 δ25 时更换; 石墨坩埚侵蚀 >20 mm 大修."]
    for i, s in enumerate(notes):
        d.text((1180, 780 + i * 46), s, font=F(27, "cjk"), fill=k)
    # title block
    tx0, ty0 = 1380, 1250
    d.rectangle([tx0, ty0, W - 30, H - 30], outline=k, width=3)
    rows = [("名称", "6 kA 氟化物体系电解槽 总装图 / 6 kA fluoride-bath cell GA"), ("图号", "DJ-6K-000   Rev.B"),
            ("比例", "1:10     材料 见明细     重量 3.8 t"), ("设计", "孙立 2024.03.11     审核 何 2024.03.15"),
            ("单位", "包头XX新材料 电解分厂")]
    for i, (a, b) in enumerate(rows):
        yy = ty0 + i * 70
        d.line([(tx0, yy), (W - 30, yy)], fill=k, width=2)
        d.text((tx0 + 14, yy + 18), a, font=F(28, "cjk"), fill=k)
        d.text((tx0 + 130, yy + 18), b, font=F(26, "cjk"), fill=k)
    d.line([(tx0 + 115, ty0), (tx0 + 115, H - 30)], fill=k, width=2)
    fn = "DJ-6K-000_总装图_RevB.png"
    save_png(img, P(fn), 200)
    label(fn, "controlled", ["1E902.a"], ["metal-smelting"], [], "drawing", None, "mixed", False,
          "Exported drawing of 6 kA NdF3-LiF electrolysis cell with title block; notes carry bath, current density, voltage")


def c07():  # notebook page, magnet sludge recycling
    W, H = 1500, 2000
    p = Page(W, H, bg=(252, 251, 244), margin=120, ink=(20, 40, 140))
    d = p.d
    for yy in range(150, H - 60, 62):
        d.line([(40, yy), (W - 40, yy)], fill=(170, 195, 225), width=2)
    d.line([(100, 0), (100, H)], fill=(230, 150, 150), width=2)
    p.y = 95
    lines = ["2024.7.16  钕铁硼油泥回收 小试 #3", "",
             "原料: 磨削油泥 500 g (水分~18%, 油~9%), TREO 干基 27.6%",
             "① 脱油: 120°C 烘 4h → 再 400°C 炭化 1h",
             "② 氧化焙烧: 650°C 3h 空气, 翻料 2 次, Fe→Fe2O3",
             "   (600°C 时 Fe2+ 残留高, 优溶 Fe 上升, 不行)",
             "③ 优溶: 6 mol/L HCl, 液固比 3.5:1, 85°C, 2h",
             "   终点 pH 3.5~4.0 (补料调), Fe 留渣",
             "   浸出率 RE 98.2%, 渣 Fe 99%, 液 Fe 0.08 g/L",
             "④ 除杂: 加 BaCl2? 不用. 直接 pH 4.5 过滤",
             "⑤ 草酸沉淀 1.2 倍理论, 60°C, 陈化 1h",
             "⑥ 煅烧 900°C 2h → REO 99.1%  (Pr+Nd 占 76%, Dy 2.3%)",
             "", "下次: 焙烧 700°C 试, 液固比降到 3:1 看浸出率"]
    for i, s in enumerate(lines):
        d.text((130, 95 + i * 124 // 2 + (i * 2)), s, font=F(38, "cjk"), fill=p.ink)
    img = degrade(p.img, 107, rot=2.6, bg=(235, 230, 215), noise=5, blur=1.0, scale=0.75, light=0.4)
    fn = "IMG_20240716_184455.jpg"
    save_jpg(img, P(fn), 75)
    label(fn, "controlled", ["1E902.a"], ["recycling"], [], "parameter-sheet", None, "zh", False,
          "Lab notebook photo: NdFeB grinding-sludge oxidising roast and selective HCl leaching with recovery numbers")


def slide(title, bullets, fam="en", foot="", seed=0, table=None, tw=None):
    W, H = 1600, 900
    p = Page(W, H, fam=fam, margin=70)
    p.d.rectangle([0, 0, W, 110], fill=(16, 60, 110))
    p.d.text((70, 28), title, font=p.font(46, True), fill=(255, 255, 255))
    p.y = 150
    for b in bullets:
        p.text(("•  " + b) if b and not b.startswith(" ") else b, 32, x=90)
        p.gap(4)
    if table:
        p.table(table, tw, 28, x=90)
    if foot:
        p.d.text((70, H - 50), foot, font=p.font(22), fill=(110, 110, 110))
    return p.img


def c08():  # PPTX slides (screenshots) Ce dual main phase
    foot = "Magnet R&D / line 4 - internal"
    s1 = slide("Ce dual-main-phase magnet - line trial summary (Q3)",
               ["Goal: replace 30 % of PrNd by Ce at HcJ >= 12 kOe, cost -11 %",
                "Route: two alloys strip-cast separately, blended after HD",
                "Batches: 12 x 600 kg, Aug 5 - Sep 20, sinter furnaces F7/F8",
                "Result: 41 MGOe / 12.6 kOe reached; Hk/HcJ still 0.90 - 0.92"], foot=foot)
    s2 = slide("Alloy design (wt %)", ["TRE fixed at 31.0; Ce/TRE = 30 %; blend A:B = 60:40 after HD"],
               table=[["", "PrNd", "Ce", "B", "Co", "Cu", "Ga", "Al", "Fe"],
                      ["Alloy A", "31.0", "0", "0.97", "1.0", "0.12", "0.25", "0.10", "bal"],
                      ["Alloy B", "8.5", "22.5", "1.00", "1.5", "0.12", "0.25", "0.10", "bal"],
                      ["Blend", "22.0", "9.0", "0.98", "1.2", "0.12", "0.25", "0.10", "bal"]],
               tw=[1.4, 1, 1, 1, 1, 1, 1, 1, 1], foot=foot)
    s3 = slide("Process window", ["Strip casting: wheel 1.0 m/s (A), 1.3 m/s (B) - B needs finer flakes",
                                  "HD: H2 absorption 0.15 MPa, dehydrogenation 540 °C 4 h",
                                  "Jet mill: D50 3.2 um (N2, O2 < 30 ppm), 0.05 % lubricant",
                                  "Pressing: 1.8 T aligning field, CIP 180 MPa",
                                  "Sinter 1030 °C 4 h (not 1060: limits A/B interdiffusion)",
                                  "Anneal 880 °C 2 h + 490 °C 3 h; Ce-rich REFe2 kept < 3 vol%"], foot=foot)
    s4 = slide("Results vs. N42 baseline", [],
               table=[["", "Br kG", "HcJ kOe", "(BH)max MGOe", "Density"],
                      ["N42 baseline", "13.2", "13.5", "42.0", "7.58"],
                      ["Ce-DMP best", "13.1", "12.6", "41.0", "7.52"],
                      ["Ce-DMP avg (12)", "12.95", "12.1", "40.2", "7.51"]],
               tw=[2, 1, 1, 1.4, 1], foot=foot)
    slides = [degrade(s, 108 + i, noise=0) for i, s in enumerate([s1, s2, s3, s4])]
    fn = "Ce-DMP_trial_review_Q3.pptx"
    save_pptx(P(fn), slides, author="Li Wen")
    label(fn, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec", None, "en", False,
          "PPTX of slide screenshots: Ce dual-main-phase magnet alloy design and full process window")


def c09():  # DOCX with pasted table image, GBD Tb
    p = Page(1800, 1150, margin=40)
    p.y = 30
    p.text("晶界扩散 Tb 工艺参数汇总（9月批次）", 38, True, center=True)
    p.table([["批号", "基材", "厚度mm", "Tb源/涂覆量", "扩散", "回火", "HcJ前→后 kOe", "ΔBr kGs"],
             ["GD0903", "N52", "4.0", "TbH3浆料 0.55 wt%", "920°C×10h", "480°C×5h", "11.8→21.4", "-0.18"],
             ["GD0907", "N52", "6.0", "TbH3浆料 0.60 wt%", "920°C×15h", "480°C×5h", "11.9→20.2", "-0.20"],
             ["GD0911", "48M", "3.0", "Tb溅射 8 μm", "900°C×8h", "500°C×4h", "14.6→25.3", "-0.15"],
             ["GD0918", "N50", "5.0", "Tb70Cu30 0.5 wt%", "880°C×12h", "490°C×4h", "13.0→22.1", "-0.12"],
             ["GD0925", "N52", "4.0", "DyH3 0.6 wt%", "920°C×10h", "480°C×5h", "11.8→17.6", "-0.16"]],
            [1, 0.8, 0.8, 1.7, 1.2, 1.1, 1.5, 0.9], 26)
    p.text("备注：真空度≤1×10-3 Pa；扩散前磁体喷砂+酸洗（3% HNO3 20 s）；涂覆后 80°C 烘 30 min；", 26)
    p.text("料架间距 ≥5 mm，磁体取向方向垂直放置；Tb 利用率按 ICP 计 62–71%。", 26)
    img = degrade(p.img, 109)
    fn = "晶界扩散参数_9月批次汇总.docx"
    save_docx(P(fn), ["张经理：", "9月晶界扩散批次参数见下表（从记录本截图）。", img, "研发部 赵", ""], author="zhao")
    label(fn, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh", False,
          "DOCX whose body is a pasted image of Tb/Dy grain-boundary diffusion parameter table")


def c10():  # image-only PDF, commissioning HD + jet mill (b)
    pages = []
    p = Page(fam="en")
    p.text("COMMISSIONING PROCEDURE", 42, True, center=True)
    p.text("Line 2 - Hydrogen decrepitation furnace HDF-1500 and jet mill JM-400", 32, center=True)
    p.text("Doc. CP-L2-07   Rev. B   Page 1 of 2", 26, center=True).gap(20)
    p.text("1  Scope", 32, True)
    p.text("Mechanical completion check, cold commissioning, hot commissioning and handover of the HD furnace and the "
           "fluidised-bed jet mill with classifier and cyclone, after relocation to Bay 3. Process parameters below are "
           "acceptance references only; production set-points are in the route card.", 28)
    p.text("2  Mechanical completion", 32, True)
    for s in ["2.1 Check anchor bolts (M24, 450 N.m), rotary retort alignment runout < 1.5 mm.",
              "2.2 Helium leak test of retort and H2 manifold: leak rate < 5 x 10-9 Pa.m3/s per joint.",
              "2.3 Pressure hold: 0.25 MPa N2 for 2 h, drop < 2 kPa.",
              "2.4 Mill nozzles (3 x 6 mm) concentric, classifier wheel balance G2.5."]:
        p.text(s, 28)
    p.text("3  Cold commissioning", 32, True)
    for s in ["3.1 Interlocks: H2 detector (alarm 1 % LEL, trip 2 %), O2 analyser in mill loop, purge timer 15 min.",
              "3.2 Vacuum pump-down of retort to < 5 Pa within 25 min.",
              "3.3 Classifier speed ramp 0 - 6000 rpm, vibration < 4.5 mm/s.",
              "3.4 Loop N2 make-up until O2 < 50 ppm; record time to reach."]:
        p.text(s, 28)
    pages.append(p)
    p = Page(fam="en")
    p.text("CP-L2-07 Rev. B   Page 2 of 2", 26, center=True).gap(10)
    p.text("4  Hot commissioning (dummy then production charge)", 32, True)
    p.table([["Step", "Check", "Acceptance reference"],
             ["4.1", "Retort heat-up to 600 C, zone uniformity", "+/- 8 C"],
             ["4.2", "H2 absorption, 1500 kg strip-cast flake", "complete in < 90 min at <= 0.2 MPa"],
             ["4.3", "Dehydrogenation", "residual H < 1500 ppm after cycle"],
             ["4.4", "Cool-down under Ar to 50 C", "< 6 h"],
             ["4.5", "Jet mill throughput", ">= 120 kg/h"],
             ["4.6", "Particle size (laser, dry)", "D50 3.0 +/- 0.2 um, D90/D10 < 4.5"],
             ["4.7", "Powder O2 pick-up", "< 300 ppm over feed"]], [0.6, 2.5, 2.6], 27)
    p.text("5  Handover", 32, True)
    for s in ["5.1 Three consecutive production lots inside references -> sign handover sheet HS-07.",
              "5.2 Deviations: open NCR, vendor to re-tune classifier/ nozzle pressure (0.65 MPa nominal).",
              "5.3 Training record for 3 shifts attached."]:
        p.text(s, 28)
    p.gap(30)
    sign_row(p, ["Prepared: R. Meyer", "Vendor: K. Tan", "Approved: Zhou M."])
    pages.append(p)
    imgs = [degrade(q.img, 110 + i, rot=[0.6, -0.9][i], bg=238, noise=6, blur=0.6, scale=0.8, gray=True)
            for i, q in enumerate(pages)]
    fn = "CP-L2-07_revB_scan.pdf"
    save_pdf(imgs, P(fn), dpi=160)
    label(fn, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "en", False,
          "Image-only PDF: commissioning procedure for HD furnace and jet mill of a magnet line; process values as acceptance refs")


def c11():  # EML zh with JPG: electrolysis cell overhaul record (b)
    p = Page(1654, 1900)
    p.text("稀土电解槽大修记录", 44, True, center=True).gap(10)
    p.table([["槽号", "14#（3 kA 镨钕）", "停槽日期", "2024-08-02"],
             ["大修原因", "坩埚侵蚀深 26 mm，漏料", "恢复日期", "2024-08-09"]], [1, 2, 1, 1.6], 28, header=False)
    p.table([["序号", "项目", "处理", "负责"],
             ["1", "清理电解质、残渣", "冷凝块破碎回收，送料液车间", "王"],
             ["2", "石墨坩埚", "更换 Φ440×520 新坩埚，底部捣打糊 40 mm", "王/李"],
             ["3", "炉衬", "更换上部刚玉砖 2 层，侧部保温棉", "李"],
             ["4", "钨阴极", "更换 Φ50 钨棒，校正同心度 ≤2 mm", "赵"],
             ["5", "阳极吊挂", "更换铜导杆接头 2 处，压降 ≤15 mV", "赵"],
             ["6", "烘槽", "木炭烘 24 h，升至 800 °C 再加 LiF 启槽", "王"],
             ["7", "启槽", "加新电解质至液面 160 mm，4 h 内升到额定电流", "班长"]], [0.6, 1.4, 3.2, 0.8], 27)
    p.text("恢复后参考值：槽电压 8.6–9.2 V，温度 1040 °C 左右，首炉出金 PrNd 99.3%，C 0.021%。", 28)
    p.text("下次检查：30 天后测坩埚侵蚀。", 28)
    p.gap(20)
    sign_row(p, ["记录：王海", "设备科：刘", "2024-08-09"])
    img = degrade(p.img, 111, rot=-1.8, bg=(240, 238, 232), noise=6, blur=0.8, scale=0.75, light=0.3)
    fn = "RE_ 14号槽大修记录.eml"
    save_eml(P(fn), "王海 <wanghai@bt-xcl.cn>", "Tony Lim <tony.lim@mx-alloys.com.my>", "RE: 14号槽大修记录",
             "Tony，见附件。\r\n\r\n王海\r\n", "Fri, 09 Aug 2024 17:42:10 +0800", "大修记录.jpg", img,
             msgid="20240809174210.8812@bt-xcl.cn")
    label(fn, "controlled", ["1E902.b"], ["metal-smelting"], [], "email", None, "zh", False,
          "Email 'see attached' with JPG of RE electrolysis cell overhaul/repair record sent abroad")


def c12():  # EML en with PNG: SX upgrade plan (b)
    p = Page(1800, 1400, fam="en", margin=60)
    p.y = 40
    p.text("Line 3 Pr/Nd cascade - upgrade plan (draft 2)", 40, True)
    p.table([["#", "Work package", "Detail", "Downtime"],
             ["1", "Add 16 mixer-settler stages", "scrub section 41-72 -> 41-88; 0.9 m3 PP units, same footprint as B-row", "6 d"],
             ["2", "Impeller replacement", "pump-mix impellers, 280 -> 240 rpm at same head, less entrainment", "2 d"],
             ["3", "Saponification skid", "inline NaOH dosing with pH/flow loop, replaces batch tank", "1 d"],
             ["4", "PLC/DCS migration", "S7-300 -> S7-1500, add online XRF at stage 56", "3 d"],
             ["5", "Re-commissioning", "fill organic, water run 24 h, then feed at 50 % for 72 h", "4 d"]],
            [0.3, 1.7, 4.2, 0.9], 26)
    p.text("Reference targets after upgrade: Nd2O3/TREO 99.5 -> 99.9 %, capacity 96 -> 120 L/h feed.", 28)
    p.text("Critical path 16 days; start 11 Nov; spares list in separate sheet.", 28)
    img = degrade(p.img, 112)
    fn = "Line3 cascade upgrade.eml"
    save_eml(P(fn), "Chen Yu <chen.yu@gx-res.com>", "Paul Becker <p.becker@vt-process.de>", "Line 3 cascade upgrade",
             "Paul,\r\n\r\nSee attached, comments by Friday please.\r\n\r\nChen\r\n", "Tue, 15 Oct 2024 10:05:33 +0800",
             "L3_upgrade_plan_d2.png", img, fmt="PNG", msgid="20241015100533.4471@gx-res.com")
    label(fn, "controlled", ["1E902.b"], ["separation"], [], "email", None, "en", False,
          "Email with PNG of retrofit/upgrade plan for a Pr/Nd solvent-extraction cascade; purity only as target")


def c13():  # photo of work instruction, Ca reduction of TbF3, traditional-free zh
    p = Page()
    p.text("作业指导书", 46, True, center=True)
    p.text("金属铽 钙热还原  WI-JS-022  第3版", 32, center=True).gap(10)
    p.hline()
    for s in ["1. 原料：TbF3（干燥 400°C×4h，O≤0.1%），金属钙屑（蒸馏钙，≤3 mm），钙用量为理论量的 110～115%。",
              "2. 混料：在氩气手套箱内混合 10 min，装入钽坩埚（Φ120×200，壁厚 0.5 mm），压实，上盖钽片。",
              "3. 装炉：真空感应炉，抽至 ≤5×10-3 Pa，充高纯 Ar 至 0.05 MPa。",
              "4. 升温：以 15 kW 预热 20 min，升至 1450°C 反应，再升至 1600°C 保温 15 min，使渣金分离。",
              "5. 冷却：随炉冷至 200°C 以下出炉，敲除 CaF2 渣，得粗铽锭。",
              "6. 除钙：粗铽在真空电弧/感应炉中 1750°C，≤1×10-2 Pa 保温 30 min 蒸发残钙，Ca≤0.05%。",
              "7. 收率 ≥96%；产品 Tb/TREM ≥99.9%，Ta ≤0.02%，O ≤0.08%。",
              "8. 钽坩埚使用 ≤3 次；每次检查内壁，出现鼓泡立即报废。",
              "安全：钙屑遇水放氢，禁止潮湿工具；出炉渣含氟，集中收存。"]:
        p.text(s, 30).gap(6)
    p.gap(30)
    sign_row(p, ["编制：郑", "审核：孔", "批准：马", "2023-12-20"])
    img = degrade(p.img, 113, rot=-2.9, bg=(238, 236, 230), noise=7, blur=1.1, scale=0.78, light=0.45,
                  tint=(1.0, 0.97, 0.9), crop=20)
    fn = "作业指导书_钙热还原_拍照.jpg"
    save_jpg(img, P(fn), 74)
    label(fn, "controlled", ["1E902.a"], ["metal-smelting"], [], "process-spec", None, "zh", False,
          "Phone photo of work instruction for calcium reduction of TbF3 and Ca removal by vacuum distillation")


def c14():  # mixed bastnaesite flotation reagent regime
    p = Page(1800, 1500, margin=60)
    p.y = 40
    p.text("氟碳铈矿浮选药剂制度 / Bastnaesite flotation reagent regime (pilot, Sept)", 38, True)
    p.table([["作业 Stage", "条件 Conditions", "药剂 Reagents (g/t)"],
             ["磨矿 Grinding", "P80 74 μm (-200目 85%), 矿浆浓度 35% solids", "Na2CO3 1500 → pH 9.0"],
             ["调浆 Conditioning", "55 °C, 15 min (蒸汽加热)", "Na2SiO3 2500, 明矾 300"],
             ["粗选 Rougher", "1 stage, 8 min", "H205 羟肟酸 1200, 2#油 40"],
             ["扫选 Scavenger", "2 stages", "H205 300 + 300"],
             ["精选 Cleaner", "3 stages, no collector", "Na2SiO3 600 / 300 / 150"]],
            [1.4, 2.6, 2.0], 28)
    p.text("结果 Results: feed REO 6.8% → conc REO 65.2%, recovery 78.4%, CaF2 < 6%, BaSO4 < 3%", 30)
    p.text("Notes: 强磁 1.2 T 预先脱除铁矿物; 水玻璃模数 2.4; 浮选机 KYF-4, 冲水 0.3 m3/h", 30)
    img = degrade(p.img, 114, rot=1.7, bg=(236, 236, 232), noise=8, blur=0.9, scale=0.85, light=0.3)
    fn = "浮选药剂制度_Sept_pilot.jpg"
    save_jpg(img, P(fn), 76)
    label(fn, "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", None, "mixed", False,
          "Photo of bilingual bastnaesite flotation reagent regime table with grind, pH, hydroxamic collector doses")


def c15():  # image-only pdf zh: sintering furnace maintenance rules (b)
    p = Page()
    p.text("真空烧结炉维护保养规程", 44, True, center=True)
    p.text("适用：钕铁硼烧结车间 VSF-600 型 1#～8# 炉    编号 SB-WB-004", 28, center=True).gap(10)
    p.table([["周期", "内容", "标准/要求"],
             ["每班", "检查冷却水压力、流量、回水温度", "0.2～0.3 MPa，回水≤40°C"],
             ["每班", "记录抽真空时间", "冷态至 5×10-3 Pa ≤40 min"],
             ["每周", "压升率测试", "≤0.5 Pa/h，超标查漏"],
             ["每月", "扩散泵换油、罗茨泵油位", "DC-704 硅油，按刻度"],
             ["每月", "热电偶校验（S型）", "偏差 ≤±3°C"],
             ["每季", "钼带加热体、隔热屏检查", "变形/脆断更换；绝缘 ≥1 MΩ"],
             ["每年", "炉温均匀性测试（9点）", "1060°C 时 ±5°C"],
             ["每年", "风冷风机、换热器清洗", "冷却至 80°C 时间 ≤3.5 h"]], [0.8, 2.6, 2.4], 28)
    p.text("维修后恢复生产：空炉烘烤 1100°C×4 h，再烧试验料 1 盒，密度≥7.55 g/cm³、性能合格后方可批量。", 28)
    p.text("故障记录填写《设备维修记录表》SB-JL-011。", 28)
    p.gap(40)
    sign_row(p, ["编制：设备科", "审核：吴", "批准：周", "2024-02-01"])
    img = degrade(p.img, 115, rot=0.9, bg=242, noise=6, blur=0.6, scale=0.8, gray=True)
    fn = "烧结炉维护保养规程_扫描.pdf"
    save_pdf([img], P(fn), dpi=160)
    label(fn, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "zh", False,
          "Image-only PDF of maintenance rules for NdFeB vacuum sintering furnaces; process values as references")


# =====================================================================
# CLEAR (hard negatives)
# =====================================================================

def n01():  # whiteboard ferrite kiln curve
    p = Page(2000, 1400, bg=(244, 246, 245), fam="en", margin=60)
    d = p.d
    blk, blue, red = (25, 25, 25), (30, 60, 170), (190, 30, 30)
    fs = F(30, "en")
    d.text((70, 40), "Sr-ferrite segments - tunnel kiln K2 zone set (wk 38)", font=F(44, "enb"), fill=blk)
    d.text((70, 110), "SrO.6Fe2O3, wet-pressed anisotropic, 1.2% CaCO3 + 0.4% SiO2 additives", font=F(32, "en"), fill=blue)
    M = curve(d, (180, 330, 1500, 1150), [(0, 25), (6, 400), (10, 1000), (12, 1220), (13.5, 1220), (18, 600), (24, 60)],
              26, 1350, ink=red, width=6, font=fs, xlab="t / h", ylab="T / °C",
              ticks_t=[0, 6, 12, 18, 24], ticks_T=[400, 1000, 1220], axis_ink=blk, jitter=2, seed=21)
    for t, T, s in [(1, 500, "binder burn-out"), (12, 1280, "peak 1220°C 1.5h"), (17, 800, "cool 2.5°C/min")]:
        x, y = M(t, T)
        d.text((x, y - 40), s, font=fs, fill=blue)
    for i, s in enumerate(["push rate 1 car / 45 min", "Br 4.2-4.3 kG", "HcJ 3.8 kOe", "shrinkage 14-15%",
                           "cracks <0.5% -> ok"]):
        d.text((1560, 340 + i * 50), s, font=fs, fill=blk)
    img = degrade(p.img, 201, rot=1.9, bg=(232, 236, 236), noise=6, blur=0.9, scale=0.8, light=0.35)
    fn = "IMG_4502.JPG"
    save_jpg(img, P(fn), 78)
    label(fn, "clear", [], [], [], "other", None, "en", True,
          "Whiteboard photo of strontium-ferrite kiln firing curve; ferrite magnets not in scope")


def n02():  # aluminium potline HMI
    W, H = 1920, 1080
    img, d = hmi_base(W, H, "二电解车间 300 kA 槽控系统   2区   2024-08-12 10:31")
    hdr = ["槽号", "槽电压V", "设定V", "电解质温度°C", "分子比", "Al2O3 %", "效应系数", "铝水平cm", "状态"]
    xs = [40, 200, 380, 540, 800, 980, 1150, 1340, 1560]
    for x, h in zip(xs, hdr):
        d.text((x, 100), h, font=F(28, "cjk"), fill=(255, 220, 120))
    import random as _r
    rng = _r.Random(22)
    for i in range(12):
        v = 4.0 + rng.uniform(-0.08, 0.12)
        row = ["2%02d" % (i + 1), "%.3f" % v, "4.050", "%d" % rng.randint(948, 962), "%.2f" % rng.uniform(2.38, 2.55),
               "%.1f" % rng.uniform(2.0, 3.2), "%.2f" % rng.uniform(0.02, 0.12), "%d" % rng.randint(18, 23),
               "正常" if i != 7 else "加料-过欠"]
        for x, c in zip(xs, row):
            d.text((x, 150 + i * 62), c, font=F(28, "cjk"), fill=(90, 240, 120) if i != 7 else (255, 150, 120))
    d.text((40, 930), "系列电流 300.2 kA   平均电压 4.061 V   冰晶石-AlF3 体系   阳极效应 0 次/班", font=F(28, "cjk"),
           fill=(255, 255, 255))
    fn = "槽控画面_2区_0812.png"
    save_png(img, P(fn), 96)
    label(fn, "clear", [], [], [], "other", None, "zh", True,
          "HMI screenshot of aluminium potline (cryolite bath, 300 kA); fluoride-bath electrolysis but not rare earth")


def n03():  # canteen menu, zh
    p = Page(1654, 2000)
    p.text("赣州XX磁材科技有限公司 员工食堂", 44, True, center=True)
    p.text("第46周菜谱（11月11日—11月15日）", 34, center=True).gap(10)
    p.table([["", "早餐", "午餐", "晚餐（夜班）"],
             ["周一", "包子、豆浆、鸡蛋", "红烧肉、清炒油麦菜、番茄蛋汤", "鱼香肉丝、炒土豆丝"],
             ["周二", "米粉、煮鸡蛋", "小炒黄牛肉、蒜蓉西兰花、紫菜汤", "麻婆豆腐、青椒炒蛋"],
             ["周三", "馒头、小米粥", "客家酿豆腐、白切鸡、冬瓜汤", "宫保鸡丁、炒白菜"],
             ["周四", "拌粉、豆浆", "啤酒鸭、手撕包菜、萝卜排骨汤", "回锅肉、清炒菜心"],
             ["周五", "油条、稀饭", "糖醋排骨、炒南瓜、绿豆汤", "饺子（猪肉白菜）"]], [0.6, 1.4, 2.4, 1.8], 28)
    p.text("温馨提示：烧结、熔炼车间夜班人员凭工牌领取夜宵；磁钢加工车间请洗手后就餐。", 28)
    p.text("餐标：早餐 3 元，午/晚餐 8 元，从工资卡扣除。意见请联系行政部 小刘 分机 8012。", 28)
    img = degrade(p.img, 203, rot=-1.3, bg=(240, 238, 232), noise=6, blur=0.9, scale=0.7, light=0.4)
    fn = "食堂菜单_第46周.jpg"
    save_jpg(img, P(fn), 72)
    label(fn, "clear", [], [], [], "other", None, "zh", True,
          "Photo of magnet company canteen weekly menu mentioning workshops by name only")


def n04():  # safety poster, traditional
    W, H = 1400, 1900
    img = Image.new("RGB", (W, H), (255, 214, 0))
    d = ImageDraw.Draw(img)
    d.rectangle([40, 40, W - 40, H - 40], outline=(0, 0, 0), width=12)
    d.polygon([(W // 2, 120), (W // 2 - 260, 560), (W // 2 + 260, 560)], fill=(0, 0, 0))
    d.polygon([(W // 2, 190), (W // 2 - 200, 520), (W // 2 + 200, 520)], fill=(255, 214, 0))
    d.text((W // 2 - 40, 300), "N", font=F(150, "enb"), fill=(0, 0, 0))
    y = 620
    for s, sz in [("強磁場  危險", 96), ("磁鋼成品倉庫  安全須知", 56)]:
        f = F(sz, "cjk2")
        d.text(((W - f.getlength(s)) / 2, y), s, font=f, fill=(0, 0, 0))
        y += int(sz * 1.5)
    for s in ["1. 配戴心臟起搏器、胰島素泵者禁止進入。", "2. 充磁後磁鋼相互吸合力可達數百公斤，搬運時戴防夾手套。",
              "3. 禁止將手錶、手機、門禁卡帶入倉庫。", "4. 大塊磁體之間須用木質隔板，間距不小於 50 mm。",
              "5. 空運包裝須經磁屏蔽檢測合格。", "6. 受傷或夾手立即通知班長 分機 2206。"]:
        for ln in wrap(s, F(40, "cjk2"), W - 220):
            d.text((110, y), ln, font=F(40, "cjk2"), fill=(0, 0, 0))
            y += 60
        y += 10
    d.text((110, H - 160), "台灣XX磁業股份有限公司  工安課  2023.06", font=F(36, "cjk2"), fill=(0, 0, 0))
    fn = "磁鋼倉庫安全告示.png"
    save_png(img, P(fn), 150)
    label(fn, "clear", [], [], [], "other", None, "zh", True,
          "Traditional-Chinese safety poster for a magnet warehouse (strong field hazards); no technology")


def n05():  # steel heat treatment card, en, TIFF
    p = Page(fam="en")
    p.text("HEAT TREATMENT PROCESS CARD", 42, True, center=True)
    p.table([["Part", "Drive shaft DS-220", "Card", "HT-0419"], ["Material", "42CrMo4 (EN 10083-3)", "Rev", "D"],
             ["Furnace", "Sealed quench IQ-2 / temper T-4", "Date", "2024-04-19"]], [1, 2.3, 0.7, 1.3], 28, header=False)
    p.table([["Step", "Temp C", "Time", "Atmosphere / medium", "Remarks"],
             ["Preheat", "650", "60 min", "endo gas", "load <= 800 kg"],
             ["Austenitise", "850", "90 min", "endo gas, Cp 0.40", "after core at temp"],
             ["Quench", "60", "15 min", "oil, agitation high", "transfer < 20 s"],
             ["Wash", "70", "10 min", "alkaline", ""],
             ["Temper", "580", "180 min", "air", "cool in air"]], [1.2, 0.9, 0.9, 2, 1.6], 27)
    p.text("Requirements: 28-34 HRC surface; core UTS 900-1100 MPa; straightness < 0.15 mm; "
           "no decarburisation > 0.1 mm. Hardness test 3 pcs/lot, tensile 1 bar/heat.", 28)
    p.gap(30)
    sign_row(p, ["Prepared: M. Dorn", "Checked: QA", "Approved: H. Weiss"])
    img = degrade(p.img, 205, rot=-1.1, bg=248, noise=10, blur=0.7, scale=1.0, bw=True)
    fn = "HT-0419_42CrMo4_scan.tif"
    save_tiff(img, P(fn), 200)
    label(fn, "clear", [], [], [], "other", None, "en", True,
          "Scanned steel quench-and-temper card (42CrMo4); heat-treatment vocabulary, not magnets")


def n06():  # price list PDF, mixed
    p = Page(fam="cjk")
    p.text("NINGBO XX MAGNET CO., LTD.   宁波XX磁业", 40, True, center=True)
    p.text("Price List 价格表  2025 Q1   (EXW Ningbo, USD/kg, valid to 31 Mar 2025)", 30, center=True).gap(10)
    rows = [["Grade 牌号", "Br (kGs)", "HcJ (kOe)", "Block 方块", "Disc 圆片", "Arc 瓦形"]]
    for g, br, hc, a, b, c in [("N35", "11.7-12.2", "≥12", "38.5", "41.0", "46.0"), ("N42", "12.8-13.2", "≥12", "44.0", "46.5", "52.0"),
                               ("N52", "14.2-14.8", "≥11", "55.0", "58.0", "64.0"), ("N42SH", "12.8-13.2", "≥20", "58.0", "61.0", "67.5"),
                               ("N38UH", "12.2-12.6", "≥25", "66.0", "69.0", "75.0"), ("N35EH", "11.7-12.1", "≥30", "79.0", "82.0", "88.0"),
                               ("45SH (low Dy)", "13.2-13.7", "≥20", "64.0", "67.0", "73.0")]:
        rows.append([g, br, hc, a, b, c])
    p.table(rows, [1.6, 1.2, 1.1, 1, 1, 1], 28)
    p.text("Coating 镀层: NiCuNi +0.8 USD/kg; Zn +0.3; Epoxy +1.5.  MOQ 50 kg per grade.", 28)
    p.text("Prices linked to PrNd oxide at CNY 430,000/t; adjusted monthly (±5%).", 28)
    p.text("Contact: sales@nbxx-magnet.cn   +86 574 8xxx xxxx", 28)
    img = degrade(p.img, 206, bg=250, noise=3, scale=0.8, gray=True)
    fn = "Price list 2025Q1.pdf"
    save_pdf([img], P(fn), dpi=160, title="Price list 2025Q1")
    label(fn, "clear", [], [], [], "other", None, "mixed", True,
          "Image-only PDF sales price list of NdFeB grades and coatings; grades and prices only")


def n07():  # receipt traditional
    W, H = 800, 1500
    p = Page(W, H, margin=40)
    p.y = 40
    p.text("鑫達磁鐵行", 46, True, center=True)
    p.text("台中市西屯區工業區一路 xx 號", 26, center=True)
    p.text("統一編號 5xxx3312   電話 04-2359-xxxx", 24, center=True).gap(6)
    p.hline()
    for s in ["日期 2024/12/03  14:26", "單號 A0012871", "", "釹鐵硼圓片 N35 D10x3 鍍鎳", "   200 個 x 6.0     1,200",
              "釹鐵硼方塊 N42 20x10x5", "   50 個 x 28.0     1,400", "磁鐵吸盤 D25", "   20 個 x 45.0       900",
              "", "小計                3,500", "營業稅 5%              175", "合計 NT$            3,675", "",
              "信用卡  ****5521", "謝謝惠顧  歡迎再度光臨"]:
        p.text(s, 28, gap=0.3)
    img = degrade(p.img, 207, rot=2.2, bg=(246, 244, 238), noise=7, blur=1.0, scale=0.85, light=0.35)
    fn = "收據_20241203.jpg"
    save_jpg(img, P(fn), 72)
    label(fn, "clear", [], [], [], "other", None, "zh", True,
          "Traditional-Chinese shop receipt for small NdFeB magnets; a purchase, no technology")


def n08():  # business card
    W, H = 1050, 600
    img = Image.new("RGB", (W, H), (250, 250, 248))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 24, H], fill=(180, 20, 30))
    d.text((70, 60), "李 伟  Wei LI", font=F(52, "cjk"), fill=(20, 20, 20))
    d.text((70, 135), "销售经理 / Sales Manager, Overseas", font=F(30, "cjk"), fill=(80, 80, 80))
    d.text((70, 240), "包头XX稀土永磁材料有限公司", font=F(34, "cjk"), fill=(180, 20, 30))
    d.text((70, 290), "Baotou XX Rare Earth Permanent Magnet Co., Ltd.", font=F(26, "cjk"), fill=(40, 40, 40))
    for i, s in enumerate(["M +86 139 0472 xxxx   T +86 472 5xx xxxx", "E liwei@btxx-magnet.com",
                           "Add: No. 8 Xitu Rd, Rare Earth Hi-Tech Zone, Baotou", "Sintered NdFeB | SmCo | Bonded magnets"]):
        d.text((70, 360 + i * 48), s, font=F(26, "cjk"), fill=(40, 40, 40))
    fn = "名片_李伟_包头.png"
    save_png(img, P(fn), 300)
    label(fn, "clear", [], [], [], "other", None, "mixed", True, "Business card of a magnet company sales manager")


def n09():  # org chart pptx
    W, H = 1600, 900
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.text((60, 30), "公司组织架构图（2025年1月）", font=F(46, "cjk"), fill=(0, 0, 0))
    f = F(26, "cjk")
    box(d, 680, 110, 240, 70, ["总经理"], f, fill=(220, 232, 250))
    tops = ["生产副总", "技术副总", "营销副总", "财务总监"]
    for i, t in enumerate(tops):
        x = 110 + i * 370
        box(d, x, 260, 240, 70, [t], f, fill=(230, 240, 230))
        d.line([(800, 180), (800, 220), (x + 120, 220), (x + 120, 260)], fill=(0, 0, 0), width=2)
    subs = [["熔炼车间", "制粉车间", "成型烧结车间", "机加工车间", "表面处理车间"], ["研发中心", "品质部", "设备部"],
            ["国内销售部", "海外销售部", "客服部"], ["财务部", "采购部", "人力行政部"]]
    for i, ss in enumerate(subs):
        x = 110 + i * 370
        for j, s in enumerate(ss):
            box(d, x + 30, 390 + j * 95, 220, 62, [s], f)
            d.line([(x + 10, 330), (x + 10, 421 + j * 95), (x + 30, 421 + j * 95)], fill=(0, 0, 0), width=2)
    d.text((60, 860), "人力行政部 制", font=F(22, "cjk"), fill=(100, 100, 100))
    fn = "组织架构图2025.pptx"
    save_pptx(P(fn), [img], author="HR")
    label(fn, "clear", [], [], [], "other", None, "zh", True,
          "PPTX with picture of magnet company org chart (workshop names only)")


def n10():  # copper SX DCS en
    W, H = 1920, 1080
    img, d = hmi_base(W, H, "SX PLANT OVERVIEW - Cu circuit   2024-06-18 03:12", bg=(196, 200, 204))
    k = (0, 0, 0)
    for i, (nm, x) in enumerate([("E1", 60), ("E2", 420), ("W1", 780), ("S1", 1140), ("S2", 1500)]):
        d.rectangle([x, 250, x + 320, 420], fill=(150, 190, 230) if nm[0] == "E" else (235, 200, 120), outline=k, width=3)
        d.text((x + 130, 310), nm, font=F(44, "enb"), fill=k)
    def tag(x, y, a, v):
        d.rectangle([x, y, x + 560, y + 46], fill=(245, 245, 245), outline=k)
        d.text((x + 8, y + 8), a, font=F(26, "en"), fill=k)
        d.text((x + 400, y + 8), v, font=F(26, "mono"), fill=(0, 110, 0))
    tag(60, 110, "PLS flow", "612 m3/h"); tag(60, 170, "PLS Cu / pH", "4.8 g/L 1.85")
    tag(680, 110, "Organic 24% LIX 984N", "640 m3/h"); tag(680, 170, "O/A extraction", "1.05")
    tag(1300, 110, "Raffinate Cu", "0.21 g/L"); tag(1300, 170, "Loaded org Cu", "10.6 g/L")
    tag(60, 480, "Lean electrolyte Cu/H2SO4", "35 / 180 g/L"); tag(680, 480, "Rich electrolyte Cu", "50.2 g/L")
    tag(1300, 480, "Entrainment O in A", "18 ppm"); tag(60, 540, "Crud level S1", "LOW")
    tag(680, 540, "Mixer E1 speed", "62 rpm"); tag(1300, 540, "Co bleed (D2EHPA circuit)", "OFF")
    d.text((60, 680), "To tankhouse: 42 cells online, 290 A/m2", font=F(30, "en"), fill=k)
    fn = "SX_overview_screen_0618.png"
    save_png(img, P(fn), 96)
    label(fn, "clear", [], [], [], "other", None, "en", True,
          "DCS screenshot of copper solvent-extraction plant (LIX, mixer-settlers, O/A); not rare earth")


def n11():  # DOCX incoming inspection
    p = Page(1800, 1300, margin=40)
    p.y = 30
    p.text("来料检验记录  IQC-2024-1021-03", 38, True, center=True)
    p.table([["供应商", "宁波XX磁业", "物料", "磁钢 N42SH 40×8×5 NiCuNi", "数量", "12,000 pcs"]],
            [0.8, 1.2, 0.6, 2.2, 0.6, 1], 26, header=False)
    p.table([["检验项目", "标准要求", "抽样", "实测", "判定"],
             ["外形尺寸", "40±0.05 / 8±0.05 / 5±0.03 mm", "32", "39.98–40.03 / 7.99–8.02 / 4.99–5.01", "合格"],
             ["Br（磁滞回线仪）", "12.8–13.2 kGs", "3", "13.02 / 13.05 / 12.98", "合格"],
             ["HcJ", "≥20 kOe", "3", "21.3 / 21.0 / 21.6", "合格"],
             ["镀层厚度", "10–20 μm", "5", "13–16 μm", "合格"],
             ["盐雾 48 h", "无红锈", "5", "无锈蚀", "合格"],
             ["磁通量（充磁后）", "≥ 1.15 mWb", "32", "1.17–1.21", "合格"]], [1.3, 1.7, 0.5, 2.2, 0.6], 26)
    p.text("结论：本批合格，入库。  检验员：孙丽   2024-10-21", 28)
    img = degrade(p.img, 211)
    fn = "来料检验_磁钢N42SH_20241021.docx"
    save_docx(P(fn), ["IQC记录截图如下：", img], author="sunli")
    label(fn, "clear", [], [], [], "other", None, "zh", True,
          "DOCX with pasted image of incoming-inspection record of purchased N42SH magnets")


def n12():  # EML rotor drawing
    W, H = 2000, 1400
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    k = (0, 0, 0)
    d.rectangle([20, 20, W - 20, H - 20], outline=k, width=3)
    cx, cy, R = 650, 650, 480
    d.ellipse([cx - R, cy - R, cx + R, cy + R], outline=k, width=4)
    d.ellipse([cx - 140, cy - 140, cx + 140, cy + 140], outline=k, width=3)
    import math
    for i in range(8):
        a = i * math.pi / 4
        for s in (-1, 1):
            b = a + s * 0.22
            x1, y1 = cx + 300 * math.cos(b), cy + 300 * math.sin(b)
            x2, y2 = cx + 420 * math.cos(a + s * 0.12), cy + 420 * math.sin(a + s * 0.12)
            d.line([(x1, y1), (x2, y2)], fill=k, width=14)
    f = F(28, "en")
    notes = ["ROTOR LAMINATION - 8 pole IPM, V-shape", "Lamination: 35W270, 0.35 mm, stack 120 mm",
             "Magnet slot: 16 per rotor, for 40 x 8 x 5 mm blocks", "Magnet grade: N42UH, NiCuNi (bought-in, spec MS-12)",
             "Bridge 1.0 mm, air gap 0.7 mm", "Max speed 12 000 rpm, 105 kW peak"]
    for i, s in enumerate(notes):
        d.text((1220, 200 + i * 50), s, font=f, fill=k)
    d.rectangle([1220, 1080, W - 20, H - 20], outline=k, width=2)
    d.text((1240, 1100), "EDM-R-0310 Rev C  Rotor lamination", font=f, fill=k)
    d.text((1240, 1150), "Scale 1:2   A3   Drawn: S. Patel", font=f, fill=k)
    d.text((1240, 1200), "Traction motor project TM-105", font=f, fill=k)
    fn = "FW_ rotor rev C.eml"
    save_eml(P(fn), "Sanjay Patel <s.patel@emotion-drives.co.uk>", "Wang Lei <wanglei@jx-motor.cn>", "FW: rotor rev C",
             "Hi Lei,\r\n\r\nRotor lamination rev C attached, see the slot change.\r\n\r\nSanjay\r\n",
             "Mon, 02 Dec 2024 11:20:44 +0000", "rotor_revC.jpg", img, msgid="20241202112044.9931@emotion-drives.co.uk")
    label(fn, "clear", [], [], [], "other", None, "en", True,
          "Email with JPG of motor rotor lamination drawing using bought-in N42UH magnets (product design)")


def n13():  # Li battery recycling flowsheet fax
    W, H = 1700, 2200
    p = Page(W, H, fam="en", margin=90)
    d = p.d
    d.text((90, 40), "FROM: HYDROMET LAB      2024-03-07 15:48      P.1/1", font=F(26, "mono"), fill=0)
    p.y = 110
    p.text("Black mass leach & SX - proposed flowsheet (NMC cells)", 38, True)
    f = F(27, "en")
    items = [("Black mass", ["Li 4.1%, Ni 18%, Co 6%, Mn 5.5%"]), ("Leach", ["2 M H2SO4, 1.5% H2O2", "80 C, S/L 1:8, 3 h"]),
             ("Fe/Al/Cu removal", ["pH 4.8 NaOH, Cu by cementation"]), ("Mn SX", ["D2EHPA 20%, pH 3.2, 4 stages"]),
             ("Co SX", ["Cyanex 272 20%, pH 5.2, 5 stages"]), ("Ni crystallisation", ["NiSO4.6H2O"]),
             ("Li recovery", ["Na2CO3, 95 C -> Li2CO3"])]
    for i, (t, ls) in enumerate(items):
        y = 260 + i * 230
        box(d, 450, y, 800, 170, [t] + ls, f, ink=0)
        if i:
            arrow(d, 850, y - 60, 850, y, 0)
    img = degrade(p.img, 213, rot=-0.7, bg=250, noise=14, blur=0.8, bw=True)
    fn = "fax_20240307_1548.tif"
    save_tiff(img, P(fn), 200)
    label(fn, "clear", [], [], [], "other", None, "en", True,
          "Faxed lithium-ion black-mass leach/SX flowsheet (D2EHPA, Cyanex 272); battery recycling, not rare earth")


# =====================================================================
# EXCLUDED
# =====================================================================

def e01():  # photo of journal page
    p = Page(fam="serif", margin=110)
    p.text("Journal of Rare Earths 42 (2024) 1183-1191", 26, center=True)
    p.hline(1)
    p.text("Grain boundary diffusion of Tb-Cu alloys in thick sintered Nd-Fe-B magnets", 40, True, center=True)
    p.text("Y. Zhang, H. Liu, Q. Wang *", 28, center=True)
    p.text("Received 12 October 2023; accepted 2 January 2024; available online 10 January 2024", 24, center=True)
    p.text("https://doi.org/10.1016/j.jre.2024.01.006", 24, center=True).gap(10)
    p.text("2. Experimental", 32, True)
    p.text("Commercial sintered magnets with nominal composition (PrNd)30.5Fe(bal)B0.98Co1.0Cu0.15Ga0.2 (wt%) were cut "
           "into 10 x 10 x 6 mm3 samples, the 6 mm side parallel to the easy axis. Tb70Cu30 powder (particle size < 45 um) "
           "was mixed with ethanol and coated on the two pole surfaces at 0.6 wt% of magnet mass. Diffusion was carried "
           "out at 880-940 C for 6-20 h in a vacuum of 10-3 Pa, followed by annealing at 490 C for 3 h.", 28)
    p.text("3. Results and discussion", 32, True)
    p.text("With diffusion at 920 C for 15 h the coercivity increased from 11.9 to 20.4 kOe with a remanence loss of "
           "0.17 kG. EPMA line scans show a Tb-rich shell of 0.3-0.5 um around Nd2Fe14B grains to a depth of 2.8 mm, "
           "and the Cu addition lowers the melting point of the diffusion source, increasing Tb utilisation to 68 %.", 28)
    p.d.text((p.w / 2 - 20, p.h - 120), "1185", font=F(26, "serif"), fill=0)
    img = degrade(p.img, 301, rot=1.2, bg=(242, 240, 234), noise=6, blur=1.0, scale=0.78, light=0.45, crop=40)
    fn = "IMG_20240305_101233.jpg"
    save_jpg(img, P(fn), 76)
    label(fn, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "public-domain", "en", False,
          "Phone photo of a published journal page (journal, DOI, received/accepted) on Tb-Cu grain-boundary diffusion")


def e02():  # textbook page photo zh
    p = Page(margin=120)
    p.text("第 7 章　溶剂萃取分离稀土", 28, center=True)
    p.hline(1)
    p.text("7.4  P507 萃取分离镨钕", 36, True)
    p.text("P507（2-乙基己基膦酸单2-乙基己基酯）对稀土的萃取能力随原子序数增大而增强，镨、钕之间的分离系数 βNd/Pr "
           "约为 1.4～1.6。工业上一般采用皂化 P507–煤油体系，有机相浓度 1.0～1.5 mol/L，皂化度 30%～40%。", 30)
    p.text("镨钕分离通常在 P507–HCl 体系中以分馏萃取方式进行：料液浓度 1.2～1.5 mol/L，萃取段与洗涤段级数按串级"
           "理论计算，当要求 Nd2O3 纯度 99.5%、收率 99% 时，总级数约为 80～90 级。洗酸浓度 4～5 mol/L，反萃酸 "
           "5.5～6 mol/L。表 7-6 给出某厂的典型工艺条件。", 30)
    p.table([["项目", "萃取段", "洗涤段", "反萃段"], ["级数", "40", "32", "16"], ["相比 O/A", "2.5～3.0", "—", "—"],
             ["酸度/mol·L-1", "料液 pH 2～3", "HCl 4.5", "HCl 5.8"]], [1.5, 1, 1, 1], 28)
    p.gap(20)
    p.d.text((p.m, p.h - 180), "《稀土冶金学》（第2版）  冶金工业出版社  ISBN 978-7-5024-xxxx-x", font=F(26, "cjk"), fill=0)
    p.d.text((p.w - p.m - 60, p.h - 180), "217", font=F(26, "cjk"), fill=0)
    img = degrade(p.img, 302, rot=-1.6, bg=(240, 236, 226), noise=6, blur=1.0, scale=0.78, light=0.5, crop=30)
    fn = "教材拍照_p217.jpg"
    save_jpg(img, P(fn), 74)
    label(fn, "excluded", ["1E902.a"], ["separation"], [], "other", "public-domain", "zh", False,
          "Photo of published textbook page (publisher, ISBN, page no.) on P507 Pr/Nd extraction")


def e03():  # scanned patent front page, zh
    p = Page()
    p.text("(19) 中华人民共和国国家知识产权局", 30, center=True)
    p.text("(12) 发明专利申请", 40, True, center=True).gap(10)
    for s in ["(10) 申请公布号 CN 118xxxx21 A", "(43) 申请公布日 2024.06.11", "(21) 申请号 2024102xxxx5.7",
              "(22) 申请日 2024.03.02", "(71) 申请人 江西XX新材料有限公司", "(72) 发明人 刘洋 陈晨 黄志",
              "(51) Int.Cl.  C22B 59/00 (2006.01)  C22B 7/00 (2006.01)"]:
        p.text(s, 28)
    p.gap(10)
    p.text("(54) 发明名称  一种从钕铁硼油泥中回收稀土的方法", 32, True)
    p.text("(57) 摘要", 32, True)
    p.text("本发明公开了一种从钕铁硼油泥中回收稀土的方法，包括：将油泥于 350～450°C 真空脱油，再于 600～750°C 氧化"
           "焙烧 2～4 h；焙烧料以 5～7 mol/L 盐酸按液固比 (3～4):1 在 80～90°C 下浸出，控制终点 pH 3.0～4.0，使铁留于"
           "渣中；浸出液经草酸沉淀、900°C 煅烧得到纯度≥99% 的混合稀土氧化物。本方法稀土回收率≥98%，酸耗降低约 20%。", 30)
    p.gap(20)
    p.text("权利要求书 1 页  说明书 5 页  附图 1 页", 28)
    img = degrade(p.img, 303, rot=0.5, bg=250, noise=12, blur=0.6, bw=True)
    fn = "CN118xxxx21A_首页.tif"
    save_tiff(img, P(fn), 200)
    label(fn, "excluded", ["1E902.a"], ["recycling"], [], "other", "patent-filing", "zh", False,
          "Scanned front page of published CN patent application on NdFeB sludge RE recovery (abstract, application no.)")


def e04():  # conference proceedings page (published), en, image-only pdf
    p = Page(fam="serif", margin=120)
    p.text("Rare Earth Industry Technology Conference 2023 - Proceedings, pp. 214-221", 24, center=True)
    p.text("Published by Springer Nature, ISBN 978-3-031-xxxxx-x, doi:10.1007/978-3-031-xxxxx-x_19", 24, center=True)
    p.hline(1)
    p.text("Energy consumption of 10 kA Nd electrolysis cells with a bottom cathode design", 38, True, center=True)
    p.text("J. Li, M. Andersen, X. Wu", 28, center=True).gap(10)
    p.text("Abstract. A bottom-cathode 10 kA cell operating in NdF3-LiF (88:12 wt%) at 1045 C was compared with the "
           "conventional 6 kA upper-inserted design. At an anode current density of 1.0 A/cm2 and cathode current density "
           "of 6.5 A/cm2, cell voltage fell from 10.2 V to 8.1 V and specific energy from 9.8 to 7.6 kWh/kg Nd. Current "
           "efficiency reached 82 % with continuous Nd2O3 feeding of 3.6 kg per 10 min.", 28)
    p.text("1 Introduction", 32, True)
    p.text("Most neodymium metal is produced by molten-salt electrolysis of Nd2O3 dissolved in fluoride melts using "
           "graphite anodes and tungsten cathodes. Heat balance and anode-cathode distance determine energy use ...", 28)
    img = degrade(p.img, 304, rot=-0.6, bg=244, noise=5, blur=0.6, scale=0.8, gray=True)
    fn = "proceedings_p214_scan.pdf"
    save_pdf([img], P(fn), dpi=160)
    label(fn, "excluded", ["1E902.a"], ["metal-smelting"], [], "other", "public-domain", "en", False,
          "Image-only PDF of a published conference-proceedings page (publisher, ISBN, DOI) on Nd electrolysis cell")


ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15,
       n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, e01, e02, e03, e04]

if __name__ == "__main__":
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for fn in ALL:
        fn()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for L in LABELS:
            fh.write(json.dumps(L, ensure_ascii=False) + "\n")
    print(len(LABELS), "files")
