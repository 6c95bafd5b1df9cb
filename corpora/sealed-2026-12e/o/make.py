#!/usr/bin/env python3
"""Generator for batch `o` (engineering files). Deterministic: fixed seeds, fixed dates."""
import io, os, re, json, random, zipfile, shutil, math
from email.message import EmailMessage
from email.policy import SMTP
import ezdxf

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "files")
LABELS = []
FIXED_JD = "2460400.5"


def path(rel):
    p = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def label(file, verdict, codes, cats, mags, carrier, excl, lang, hard, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mags, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=hard, note=note))


def wtext(rel, text, enc="utf-8", crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path(rel), "wb") as f:
        f.write(text.encode(enc))


# ---------------------------------------------------------------- DXF helpers
def fix_dxf(txt, jd):
    lines = txt.split("\n")
    fixed = {"$TDCREATE": jd, "$TDUCREATE": jd, "$TDUPDATE": jd, "$TDUUPDATE": jd,
             "$TDINDWG": "0.0", "$TDUSRTIMER": "0.0",
             "$VERSIONGUID": "{5A1C6E2B-0B7D-4C1E-9F0A-3D2B7E61A0C4}",
             "$FINGERPRINTGUID": "{0F7B3A91-6C2D-4E5F-8A1B-2C3D4E5F6A7B}"}
    for i, l in enumerate(lines):
        k = l.strip()
        if k in fixed and i + 2 < len(lines):
            lines[i + 2] = fixed[k]
    out = "\n".join(lines)
    return re.sub(r"(\d+\.\d+\.\d+) @ \d{4}-\d\d-\d\dT[0-9:.+]+", r"\1 @ 2025-03-20T09:00:00+00:00", out)


class Sheet:
    def __init__(self, w=420, h=297):
        self.doc = ezdxf.new("R2010", setup=True, units=4)
        self.doc.styles.add("HZ", font="simsun.ttc")
        for name, col in (("OUTLINE", 7), ("CENTER", 1), ("DIM", 3), ("TEXT", 2), ("FRAME", 7), ("HIDDEN", 5)):
            self.doc.layers.add(name, color=col)
        self.msp = self.doc.modelspace()
        self.w, self.h = w, h
        m = self.msp
        m.add_lwpolyline([(0, 0), (w, 0), (w, h), (0, h)], close=True, dxfattribs={"layer": "FRAME"})
        m.add_lwpolyline([(25, 5), (w - 5, 5), (w - 5, h - 5), (25, h - 5)], close=True,
                         dxfattribs={"layer": "FRAME", "const_width": 0.5})

    def title(self, fields, cols=None):
        """fields: list of (label, value) - drawn as a 180 x 56 title block at lower right."""
        m = self.msp
        x0, y0 = self.w - 5 - 180, 5
        m.add_lwpolyline([(x0, y0), (x0 + 180, y0), (x0 + 180, y0 + 56), (x0, y0 + 56)], close=True,
                         dxfattribs={"layer": "FRAME", "const_width": 0.35})
        rows = 7
        rh = 56 / rows
        for r in range(1, rows):
            m.add_line((x0, y0 + r * rh), (x0 + 180, y0 + r * rh), dxfattribs={"layer": "FRAME"})
        m.add_line((x0 + 90, y0), (x0 + 90, y0 + 56), dxfattribs={"layer": "FRAME"})
        for i, (k, v) in enumerate(fields[:14]):
            col = i // rows
            row = rows - 1 - (i % rows)
            x = x0 + 2 + col * 90
            y = y0 + row * rh + 2.5
            m.add_text(f"{k}: {v}", height=2.8, dxfattribs={"layer": "TEXT", "style": "HZ"}).set_placement((x, y))

    def rect(self, x, y, w, h, layer="OUTLINE"):
        self.msp.add_lwpolyline([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], close=True,
                                dxfattribs={"layer": layer})

    def line(self, a, b, layer="OUTLINE"):
        self.msp.add_line(a, b, dxfattribs={"layer": layer})

    def circle(self, c, r, layer="OUTLINE"):
        self.msp.add_circle(c, r, dxfattribs={"layer": layer})

    def dim(self, p1, p2, base, angle=0, text="<>"):
        d = self.msp.add_linear_dim(base=base, p1=p1, p2=p2, angle=angle, text=text,
                                    dimstyle="EZDXF", dxfattribs={"layer": "DIM"})
        d.render()

    def ddim(self, c, r, angle=45, text="<>"):
        d = self.msp.add_diameter_dim(center=c, radius=r, angle=angle, text=text, dimstyle="EZ_RADIUS",
                                      dxfattribs={"layer": "DIM"})
        d.render()

    def note(self, x, y, text, width=170, h=2.8):
        mt = self.msp.add_mtext(text, dxfattribs={"layer": "TEXT", "style": "HZ", "char_height": h, "width": width})
        mt.set_location((x, y))

    def label(self, x, y, s, h=3.5):
        self.msp.add_text(s, height=h, dxfattribs={"layer": "TEXT", "style": "HZ"}).set_placement((x, y))

    def save(self, rel, jd=FIXED_JD):
        s = io.StringIO()
        self.doc.write(s)
        txt = fix_dxf(s.getvalue(), jd)
        with open(path(rel), "w", encoding="utf-8", newline="\r\n") as f:
            f.write(txt)


def P(lines):
    """join MTEXT paragraphs"""
    return "\\P".join(lines)


# ================================================================ DXF drawings
def dxf_mixer_settler():
    s = Sheet()
    s.rect(40, 150, 60, 80)          # mixing chamber (plan)
    s.rect(100, 150, 240, 80)        # settler
    s.line((100, 160), (100, 230), "HIDDEN")
    for i in range(4):
        s.line((130 + i * 50, 150), (130 + i * 50, 230), "HIDDEN")  # picket fences
    s.circle((70, 190), 22, "HIDDEN")  # impeller sweep
    s.circle((70, 190), 3, "CENTER")
    s.rect(40, 60, 60, 80)            # section mixing chamber
    s.rect(100, 60, 240, 90)
    s.line((100, 128), (340, 128), "HIDDEN")  # organic/aqueous interface
    s.dim((40, 230), (100, 230), (70, 245))
    s.dim((100, 230), (340, 230), (220, 245))
    s.dim((340, 150), (340, 230), (355, 190), angle=90)
    s.dim((40, 60), (40, 140), (30, 100), angle=90)
    s.dim((340, 60), (340, 150), (355, 105), angle=90)
    s.ddim((70, 190), 22, text="%%c440 桨叶")
    s.label(40, 236, "A-A 俯视 1:10")
    s.label(40, 52, "B-B 剖视 1:10")
    s.note(30, 47, P([
        "技术要求:",
        "1. 本图为P507-煤油体系镨钕分离段单级箱式混合澄清槽,共60级串联:萃取段1~28级,洗涤段29~60级;进料级为第28级。",
        "2. 有机相:P507 1.5 mol/L + 磺化煤油,液碱皂化,皂化度36%±1%;皂化有机进第1级。",
        "3. 流比(L/min):皂化有机 22.5 / 料液 1.0 / 洗酸(HCl 4.5 mol/L) 2.8;料液ρ(REO)=1.60 mol/L,Pr6O11/ΣREO 25%。",
        "4. 混合室搅拌转速 280 r/min ± 10,两相混合停留时间 ≥3 min;澄清室单位面积负荷 ≤ 4.5 m³/(m²·h);相界面控制在槽底以上 500±20 mm。",
        "5. 第1级萃余液 Pr6O11/ΣREO ≥ 99.0%;第60级出口有机相 Nd2O3/ΣREO ≥ 99.5%,Pr6O11 ≤ 0.05%。",
        "6. 槽体材质PP板(δ=15),焊缝做电火花检漏 15 kV;潜室与混合室之间隔板开孔 Φ80。",
    ]), width=300)
    s.title([("单位", "赣南某分离厂 设备科"), ("图名", "混合澄清槽 单级 (V=1.2m³)"), ("图号", "SX-PN-0512-03"),
             ("比例", "1:10"), ("材料", "PP δ15"), ("数量", "60 级"), ("版本", "C"),
             ("设计", "刘工"), ("校核", "黄工"), ("审核", "钟工"), ("日期", "2025-03-18"), ("张", "1/1"),
             ("重量", "385 kg"), ("图幅", "A3")])
    s.save("dwg/SX-PN-0512-03_混合澄清槽单级.dxf")
    label("dwg/SX-PN-0512-03_混合澄清槽单级.dxf", "controlled", ["1E902.a"], ["separation"], [], "drawing", None, "zh",
          False, "Mixer-settler stage drawing with P507 Pr/Nd cascade stage counts, flow ratios, saponification in notes")


def dxf_electrolysis_cell():
    s = Sheet()
    s.circle((150, 170), 60)     # crucible OD plan
    s.circle((150, 170), 34)     # crucible ID (graphite)
    s.circle((150, 170), 3.5)    # W cathode
    s.circle((150, 170), 12, "HIDDEN")  # receiver
    for a in (45, 135, 225, 315):
        x = 150 + 24 * math.cos(math.radians(a)); y = 170 + 24 * math.sin(math.radians(a))
        s.circle((x, y), 5, "HIDDEN")
    s.rect(240, 80, 120, 140)    # section
    s.rect(257, 95, 86, 125, "HIDDEN")
    s.rect(296.5, 120, 7, 110)   # cathode rod
    s.rect(290, 95, 20, 20)      # Mo receiver
    s.ddim((150, 170), 34, text="%%c680 石墨坩埚内径")
    s.ddim((150, 170), 60, angle=135, text="%%c1200")
    s.dim((240, 80), (360, 80), (300, 65))
    s.dim((360, 95), (360, 220), (378, 157), angle=90, text="700")
    s.dim((296.5, 230), (303.5, 230), (300, 245), text="%%c70 W")
    s.label(90, 240, "PLAN  1:10")
    s.label(240, 228, "SECTION A-A")
    s.note(30, 62, P([
        "NOTES / 技术要求:",
        "1. 6 kA fluoride-bath cell for Pr-Nd metal (Pr:Nd = 25:75). 电解质 (Pr,Nd)F3 : LiF = 88 : 12 wt%, 电解温度 1045 ± 10 °C.",
        "2. Cathode: W rod Ø70, immersion 380-420 mm, cathode current density 6.5-7.5 A/cm². 阳极: 4 块高纯石墨弧形阳极, 阳极电流密度 0.9-1.1 A/cm².",
        "3. Cell voltage 8.5-9.5 V; 氧化物加料 (Pr,Nd)2O3 ≥99% 每 3 min 0.45 kg, 保持电解质中 REO 2-4%. Do not over-feed (sludge on crucible bottom).",
        "4. Metal collected in Mo receiver Ø200; 出炉周期 2 h, 出金属 ≈ 24 kg/炉次; current efficiency target ≥ 80 %, C ≤ 0.03 %, O ≤ 0.03 %.",
        "5. Cathode rod straightness 0.5/1000; W purity ≥99.95%; 阴极吊装中心与坩埚中心偏差 ≤ 3 mm.",
    ]), width=200)
    s.title([("Company", "XX Metals Co. / 冶炼车间"), ("Title", "6kA 电解槽 阴极及坩埚组件"), ("Dwg No.", "EL6K-100-02"),
             ("Scale", "1:10"), ("Material", "Graphite / W / Mo"), ("Qty", "1 set"), ("Rev", "B"),
             ("Drawn", "Zhou"), ("Checked", "Lin"), ("Approved", "Wu"), ("Date", "2024-11-06"), ("Sheet", "2/5"),
             ("Proj.", "PrNd line 2"), ("Size", "A3")])
    s.save("dwg/EL6K-100-02_cathode_crucible_assy.dxf")
    label("dwg/EL6K-100-02_cathode_crucible_assy.dxf", "controlled", ["1E902.a"], ["metal-smelting"], [], "drawing", None,
          "mixed", False, "PrNd fluoride molten-salt electrolysis cell drawing; notes give bath composition, current densities, feed rate")


def dxf_sintering_boat():
    s = Sheet()
    s.rect(50, 130, 200, 120)
    s.rect(56, 136, 188, 108, "HIDDEN")
    for i in range(1, 4):
        s.line((50 + i * 50, 136), (50 + i * 50, 244), "HIDDEN")
    s.rect(50, 60, 200, 50)
    s.rect(280, 130, 120, 50)
    s.dim((50, 250), (250, 250), (150, 262))
    s.dim((250, 130), (250, 250), (265, 190), angle=90)
    s.dim((50, 60), (50, 110), (38, 85), angle=90)
    s.dim((280, 130), (400, 130), (340, 118))
    s.label(50, 253, "俯視 1:2")
    s.note(30, 50, P([
        "技術要求:",
        "1. 料盒材質 鉬板 δ3 (Mo ≥ 99.95%),蓋板同材;盒內隔板可拆,每盒裝等靜壓後生坯 48 件 (52×42×32)。",
        "2. 裝盒須於手套箱 N2 保護下進行,O2 ≤ 100 ppm,生坯間距 ≥ 3 mm,不得疊放。",
        "3. 燒結曲線: RT→400 °C 保溫 2 h (脫除潤滑劑/脫氫),→850 °C 保溫 2 h,→1065 ± 3 °C 保溫 4.5 h,真空度 ≤ 5×10⁻² Pa;充 Ar 風冷至 ≤ 80 °C。",
        "4. 一級回火 900 °C × 2 h,二級回火 500 °C × 3 h,Ar 冷卻。",
        "5. 目標牌號 N48H:Br 13.7~14.2 kGs,HcJ ≥ 17 kOe,密度 ≥ 7.55 g/cm³。",
        "6. 料盒每 60 爐次檢查變形,平面度超 1.0 mm 報廢。",
    ]), width=330)
    s.title([("單位", "磁材事業部 工藝課"), ("圖名", "燒結料盒 MB-200"), ("圖號", "SNT-FX-031"),
             ("比例", "1:2"), ("材料", "Mo δ3"), ("數量", "120"), ("版次", "A2"),
             ("設計", "陳"), ("審查", "林"), ("核准", "許"), ("日期", "2024-08-22"), ("張", "1/1"),
             ("重量", "6.8 kg"), ("圖幅", "A3")])
    s.save("dwg/SNT-FX-031_燒結料盒.dxf")
    label("dwg/SNT-FX-031_燒結料盒.dxf", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "drawing", None, "zh",
          False, "Sintering boat drawing (traditional Chinese) whose notes carry sintering/tempering curve for N48H")


def dxf_press_die():
    s = Sheet()
    s.rect(120, 140, 160, 110)          # die body
    s.rect(180, 180, 40, 30)            # cavity 40x30
    s.rect(60, 170, 60, 50); s.rect(280, 170, 60, 50)  # pole pieces
    for y in (160, 230):
        s.line((60, y), (340, y), "CENTER")
    s.rect(120, 50, 160, 70)            # section
    s.rect(180, 50, 40, 70, "HIDDEN")
    s.dim((180, 210), (220, 210), (200, 258), text="40 +0.02/0")
    s.dim((220, 180), (220, 210), (232, 195), angle=90, text="30 +0.02/0")
    s.dim((120, 140), (280, 140), (200, 128))
    s.dim((60, 170), (120, 170), (90, 160))
    s.dim((120, 50), (120, 120), (105, 85), angle=90)
    s.label(60, 258, "DIE SET PLAN (field direction ->)")
    s.note(30, 42, P([
        "NOTES:",
        "1. Die body 0Cr18Ni9 (non-magnetic, mu_r < 1.02 after machining), cavity liner WC-15Co, Ra 0.2. Pole pieces DT4 pure iron, annealed.",
        "2. Transverse (perpendicular) field pressing of jet-milled Nd-Fe-B powder, SMD 3.0-3.3 um (FSSS), O2 pick-up < 1500 ppm.",
        "3. Fill: 2.05-2.15 g/cm3 by weight; align in DC field 1.8 T min. at cavity centre, then press 0.9 t/cm2 with field on; demagnetise with reverse pulse before ejection.",
        "4. Green density 3.9-4.1 g/cm3; vacuum-pack and CIP 200 MPa x 30 s. Press cell atmosphere N2, O2 < 300 ppm.",
        "5. Orientation axis = 30 mm dimension; tolerance of c-axis misalignment in finished block < 8 deg.",
    ]), width=300)
    s.title([("Company", "Magnetics Plant - Tooling"), ("Title", "Orientation press die 40x30"), ("Dwg No.", "OPD-4030-11"),
             ("Scale", "1:2"), ("Material", "see notes"), ("Qty", "2 sets"), ("Rev", "D"),
             ("Drawn", "M. Sun"), ("Checked", "K. Tan"), ("Approved", "J. Li"), ("Date", "2025-01-14"), ("Sheet", "1/3"),
             ("Press", "TYP-100T"), ("Size", "A3")])
    s.save("dwg/OPD-4030-11_die_set.dxf")
    label("dwg/OPD-4030-11_die_set.dxf", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "drawing", None, "en",
          False, "Field-orientation press die for Nd-Fe-B powder; no 'rare earth' wording, notes carry pressing parameters")


def dxf_strip_wheel():
    s = Sheet()
    s.circle((130, 170), 75); s.circle((130, 170), 62, "HIDDEN"); s.circle((130, 170), 20)
    s.rect(240, 95, 100, 150); s.rect(250, 95, 80, 150, "HIDDEN")
    s.rect(335, 155, 30, 30)
    s.ddim((130, 170), 75, text="%%c600 h7")
    s.ddim((130, 170), 20, angle=200, text="%%c160 H7")
    s.dim((240, 245), (340, 245), (290, 258), text="400")
    s.dim((250, 95), (330, 95), (290, 82), text="水道 320")
    s.note(30, 75, P([
        "改造说明 / RETROFIT NOTES (Rev.B):",
        "1. 原CuCr铜辊外圆磨损,改为CuCrZr锻件整体辊,外圆硬度 ≥ HB 150, 外圆跳动 ≤ 0.02 mm;内部改为螺旋水道,冷却水量 ≥ 45 m³/h, 进水 ≤ 28 °C.",
        "2. Dynamic balance to G2.5 @ 150 rpm after assembly; bearing housing re-bored, replace 22230 CC/W33 bearings.",
        "3. 安装后调试 (commissioning reference): 浇注温度 1460 ± 10 °C, 辊面线速度 1.2 m/s (设定范围 1.0-1.5), 中间包缝隙 0.8 mm;甩带片厚 0.25-0.35 mm, 无α-Fe, 富钕相间距 3-5 µm.",
        "4. 真空室漏率 ≤ 0.5 Pa·L/s, Ar 回充 0.05 MPa; 试生产三炉合格后交付。",
        "5. Ref. alloy: (PrNd)30.5 Dy0.5 B0.97 Co1.0 Cu0.15 Ga0.2 Al0.1 Fe bal (wt%).",
    ]), width=190)
    s.title([("单位", "设备部 速凝炉项目组"), ("图名", "SC-600 铜辊改造"), ("图号", "SC600-R-005"),
             ("比例", "1:5"), ("材料", "CuCrZr"), ("数量", "1"), ("版本", "B"),
             ("设计", "Ma"), ("校核", "Ren"), ("批准", "Guo"), ("日期", "2025-02-27"), ("张", "1/2"),
             ("重量", "812 kg"), ("图幅", "A3")])
    s.save("dwg/SC600-R-005_铜辊改造_RevB.dxf")
    label("dwg/SC600-R-005_铜辊改造_RevB.dxf", "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB"],
          "drawing", None, "mixed", False, "Strip-casting wheel retrofit drawing with commissioning references and wheel design; a+b")


def dxf_leach_tank():
    s = Sheet()
    s.rect(100, 70, 160, 180)
    s.line((180, 250), (180, 100), "CENTER")
    s.rect(176, 120, 8, 130)
    s.line((150, 120), (210, 120)); s.line((150, 160), (210, 160))
    s.rect(90, 70, 10, 150, "HIDDEN"); s.rect(260, 70, 10, 150, "HIDDEN")
    s.dim((100, 250), (260, 250), (180, 265), text="%%c3000")
    s.dim((260, 70), (260, 250), (285, 160), angle=90, text="3200")
    s.dim((150, 120), (210, 120), (180, 108), text="%%c1000 桨径")
    s.note(300, 250, P([
        "技术要求:",
        "1. 用途:钕铁硼油泥/废料氧化焙烧料的盐酸优溶浸出,有效容积 20 m³。",
        "2. 进料:焙烧料(回转窑 800 °C × 2 h,Fe全部氧化为Fe2O3,灼减 ≤ 1%)。",
        "3. 浸出条件:液固比 3:1,加 6 mol/L HCl 至终点 pH 4.0~4.5,温度 85 ± 5 °C,时间 4 h,搅拌 85 r/min。",
        "4. 指标:稀土浸出率 ≥ 98%,浸出液 Fe ≤ 0.05 g/L,REO 200~240 g/L;渣含REO ≤ 1.0%。",
        "5. 槽体 Q235-B 衬PO δ8,夹套蒸汽 0.4 MPa;衬里做电火花检测。",
        "6. 搅拌器 双层推进式,电机 22 kW,减速机 i=17。",
    ]), width=110)
    s.title([("单位", "再生资源分公司"), ("图名", "优溶浸出槽 20m³"), ("图号", "RC-LT-20-01"),
             ("比例", "1:20"), ("材料", "Q235B+PO"), ("数量", "4"), ("版本", "A"),
             ("设计", "赖"), ("校核", "谢"), ("审核", "曾"), ("日期", "2024-10-10"), ("张", "1/1"),
             ("重量", "5.2 t"), ("图幅", "A3")])
    s.save("dwg/RC-LT-20-01_优溶浸出槽.dxf")
    label("dwg/RC-LT-20-01_优溶浸出槽.dxf", "controlled", ["1E902.a"], ["recycling"], [], "drawing", None, "zh", False,
          "Leach tank drawing for NdFeB sludge: roast and selective HCl leach conditions and recovery in notes")


def dxf_kiln():
    s = Sheet()
    s.rect(40, 150, 340, 40)
    for x in (100, 300):
        s.rect(x - 10, 140, 20, 60, "HIDDEN")
    s.rect(360, 140, 30, 60)
    s.rect(20, 155, 20, 30)
    s.line((40, 170), (380, 170), "CENTER")
    s.dim((40, 190), (380, 190), (210, 210), text="35000")
    s.dim((40, 150), (40, 190), (30, 170), angle=90, text="%%c2400")
    s.dim((100, 150), (300, 150), (200, 135), text="18000")
    s.note(30, 120, P([
        "PROCESS NOTES:",
        "1. Concentrated H2SO4 roasting of mixed bastnaesite-monazite flotation concentrate (REO 50-60 %).",
        "2. Acid (98 %) : concentrate = 1.5 : 1 (mass), pre-mixed in screw mixer, fed at kiln tail; feed 2.5 t/h concentrate.",
        "3. Temperature profile: tail 220-260 C, middle 450-550 C, firing zone 780-820 C; residence time 2.5-3 h; slope 3 %, 2.0 rpm.",
        "4. Roasted product: water-soluble RE sulphates, water leach at L/S 10, REO in leachate 35-40 g/L; Th to residue, F and S leave as HF/SiF4/SO2 in off-gas.",
        "5. Off-gas to spray tower + 2 venturi scrubbers; kiln negative pressure -50 to -80 Pa at tail hood.",
        "6. Shell Q345R 22 mm; lining: acid-resistant brick 230 + insulating 65; tyre section 60 mm.",
    ]), width=340)
    s.title([("Company", "Separation Plant - Engineering"), ("Title", "Rotary kiln 2.4x35 GA"), ("Dwg No.", "K-2435-GA-001"),
             ("Scale", "1:100"), ("Material", "Q345R"), ("Qty", "1"), ("Rev", "0"),
             ("Drawn", "H. Bai"), ("Checked", "Q. Yun"), ("Approved", "T. Gao"), ("Date", "2024-06-03"), ("Sheet", "1/8"),
             ("Mass", "168 t"), ("Size", "A3")])
    s.save("dwg/K-2435-GA-001_rotary_kiln.dxf")
    label("dwg/K-2435-GA-001_rotary_kiln.dxf", "controlled", ["1E902.a"], ["separation"], [], "drawing", None, "en", False,
          "Sulphuric-acid roasting kiln GA for bastnaesite-monazite concentrate with roasting profile notes")


def dxf_al_cell():
    s = Sheet()
    s.rect(40, 120, 340, 110); s.rect(55, 135, 310, 80)
    for i in range(12):
        s.rect(62 + i * 25, 140, 20, 30, "HIDDEN")
    s.rect(40, 100, 340, 15)
    s.dim((40, 230), (380, 230), (210, 245), text="17800")
    s.dim((380, 120), (380, 230), (395, 175), angle=90, text="4200")
    s.dim((55, 135), (365, 135), (210, 126), text="16500 (inner)")
    s.note(30, 90, P([
        "NOTES:",
        "1. 400 kA prebaked-anode reduction cell, cathode lining section. Bath: cryolite ratio (NaF/AlF3 molar) 2.35-2.50, excess AlF3 10-12 %, CaF2 4-5 %, Al2O3 2-3 %.",
        "2. Operating temperature 955-962 C, superheat 6-10 C, ACD 4.2 cm, cell voltage 3.95 V, current efficiency target 93.5 %.",
        "3. Cathode blocks: 100 % graphitized, 24 pcs 3380x515x450; collector bars 180x90 steel, cast-iron rodding.",
        "4. Side lining SiC-Si3N4 bricks 70 mm; ramming paste cold type; bake-out by coke-bed resistance 72 h.",
        "5. Potshell Q235B, cradle type 33 cradles.",
    ]), width=340)
    s.title([("Company", "Smelter Expansion EPC"), ("Title", "Pot 400kA cathode lining"), ("Dwg No.", "PL4-CAT-210"),
             ("Scale", "1:50"), ("Material", "see notes"), ("Qty", "1 / pot"), ("Rev", "3"),
             ("Drawn", "R. Kaur"), ("Checked", "P. Dubois"), ("Approved", "S. Haddad"), ("Date", "2024-09-17"), ("Sheet", "4/12"),
             ("Potline", "B"), ("Size", "A3")])
    s.save("dwg/PL4-CAT-210_pot_lining.dxf")
    label("dwg/PL4-CAT-210_pot_lining.dxf", "clear", [], [], [], "drawing", None, "en", True,
          "Aluminium Hall-Heroult cell lining drawing (fluoride bath look-alike)")


def dxf_ferrite_die():
    s = Sheet()
    for i in range(6):
        s.msp.add_arc((70 + i * 50, 180), 22, 40, 140, dxfattribs={"layer": "OUTLINE"})
        s.msp.add_arc((70 + i * 50, 180), 16, 40, 140, dxfattribs={"layer": "OUTLINE"})
    s.rect(40, 150, 300, 70)
    s.rect(40, 60, 300, 60)
    s.dim((40, 220), (340, 220), (190, 235))
    s.dim((40, 60), (40, 120), (28, 90), angle=90)
    s.note(30, 50, P([
        "技术要求:",
        "1. 本模用于湿压异方性锶铁氧体瓦形磁钢(Y30BH),一模六腔,R22/R16×40°,长 35。",
        "2. 料浆:预烧料球磨至平均粒度 0.8~0.9 μm,固含量 68%~70%;注浆压力 0.6 MPa。",
        "3. 成型磁场 ≥ 800 kA/m,成型压力 40 MPa,边抽水边加压,抽水孔垫滤布+滤纸。",
        "4. 模芯材料 YG15 硬质合金,模套 1Cr18Ni9Ti(无磁),上下冲头 Cr12MoV HRC58~62。",
        "5. 烧结 1200~1230 °C 空气气氛,由窑炉车间另行规定。",
    ]), width=300)
    s.title([("单位", "铁氧体分厂 模具车间"), ("图名", "瓦形磁钢湿压模 6腔"), ("图号", "FM-W22-06"),
             ("比例", "1:1"), ("材料", "见技术要求"), ("数量", "1 套"), ("版本", "A"),
             ("设计", "何"), ("校核", "邓"), ("审核", "邱"), ("日期", "2024-05-09"), ("张", "1/4"),
             ("压机", "YF-200"), ("图幅", "A3")])
    s.save("dwg/FM-W22-06_瓦形磁钢湿压模.dxf")
    label("dwg/FM-W22-06_瓦形磁钢湿压模.dxf", "clear", [], [], [], "drawing", None, "zh", True,
          "Ferrite arc-segment wet-press die with field orientation (look-alike of NdFeB pressing)")


def dxf_cu_settler():
    s = Sheet()
    s.rect(40, 140, 340, 100); s.rect(40, 140, 40, 100)
    for x in (120, 170):
        s.line((x, 140), (x, 240), "HIDDEN")
    s.rect(360, 140, 20, 100, "HIDDEN")
    s.rect(40, 60, 340, 60); s.line((40, 90), (380, 90), "HIDDEN")
    s.dim((40, 240), (380, 240), (210, 255), text="32000")
    s.dim((380, 140), (380, 240), (395, 190), angle=90, text="16000")
    s.dim((40, 60), (40, 120), (28, 90), angle=90, text="1000")
    s.note(30, 50, P([
        "NOTES:",
        "1. Copper SX E1 settler. Organic: LIX 984N 12 v/v % in Escaid 110. PLS 4.5 g/L Cu, pH 1.8, 1100 m3/h; O/A advance 1.1, mixer O/A recycle 1:1.",
        "2. Specific settler flow 3.8 m3/h/m2; organic depth 300 mm, aqueous depth 700 mm; 2 picket fences.",
        "3. FRP/vinylester construction; HDPE liner 2.5 mm; crud removal port every 4 m.",
        "4. Fire protection per NFPA 11, deluge foam; earthing of all organic lines.",
    ]), width=340)
    s.title([("Company", "Andes Copper Cathode Project"), ("Title", "SX settler E1 GA"), ("Dwg No.", "3200-ME-DW-0142"),
             ("Scale", "1:100"), ("Material", "FRP"), ("Qty", "1"), ("Rev", "C"),
             ("Drawn", "L. Rojas"), ("Checked", "M. Soto"), ("Approved", "D. Allen"), ("Date", "2024-04-11"), ("Sheet", "1/1"),
             ("Area", "3200"), ("Size", "A3")])
    s.save("dwg/3200-ME-DW-0142_E1_settler.dxf")
    label("dwg/3200-ME-DW-0142_E1_settler.dxf", "clear", [], [], [], "drawing", None, "en", True,
          "Copper solvent-extraction settler GA (mixer-settler look-alike)")


def dxf_rotor():
    s = Sheet()
    s.circle((140, 170), 80); s.circle((140, 170), 25)
    for k in range(8):
        a = math.radians(k * 45)
        cx, cy = 140 + 62 * math.cos(a), 170 + 62 * math.sin(a)
        dx, dy = -math.sin(a) * 11, math.cos(a) * 11
        s.line((cx - dx - 2 * math.cos(a), cy - dy - 2 * math.sin(a)), (cx + dx - 2 * math.cos(a), cy + dy - 2 * math.sin(a)))
        s.line((cx - dx + 2 * math.cos(a), cy - dy + 2 * math.sin(a)), (cx + dx + 2 * math.cos(a), cy + dy + 2 * math.sin(a)))
    s.rect(260, 120, 120, 100); s.rect(240, 160, 160, 20, "HIDDEN")
    s.ddim((140, 170), 80, text="%%c160.6 -0.02")
    s.ddim((140, 170), 25, angle=210, text="%%c50 H7")
    s.dim((260, 220), (380, 220), (320, 235), text="120 (stack)")
    s.note(30, 80, P([
        "NOTES 技术要求:",
        "1. 8-pole IPM rotor, lamination 35W300, stack 120 mm, stacking factor ≥ 0.96.",
        "2. Magnets: purchased part P/N MG-42SH-2204 (N42SH, 22×4×40 mm, NiCuNi coating), supplier per AVL; 来料检验按 QI-057。",
        "3. 磁钢插入后用单组分环氧胶灌封, 120 °C × 1 h 固化; 插入前不充磁, 整体转子后充磁 (magnetizing fixture MF-08).",
        "4. 动平衡 G2.5 @ 6000 rpm, 去重位置在端板上钻孔。",
        "5. Max. operating temperature of rotor 140 °C; over-speed test 1.2 × nmax 2 min.",
    ]), width=200)
    s.title([("Company", "E-Drive Motors / 电驱事业部"), ("Title", "Rotor assy IPM 8P"), ("Dwg No.", "EDM-R8-160-A"),
             ("Scale", "1:2"), ("Material", "35W300 / purchased"), ("Qty", "1"), ("Rev", "E"),
             ("Drawn", "F. Weber"), ("Checked", "Y. Song"), ("Approved", "C. Hoffmann"), ("Date", "2025-01-30"), ("Sheet", "1/2"),
             ("Mass", "8.6 kg"), ("Size", "A3")])
    s.save("dwg/EDM-R8-160-A_rotor_assy.dxf")
    label("dwg/EDM-R8-160-A_rotor_assy.dxf", "clear", [], [], [], "drawing", None, "mixed", True,
          "IPM motor rotor using purchased N42SH magnets; product design, not magnet manufacture")


def dxf_patent_sheet():
    s = Sheet(w=210, h=297)
    s.rect(40, 150, 130, 100)
    s.rect(55, 165, 100, 50)
    for i in range(5):
        s.rect(62 + i * 19, 172, 12, 12)
    s.circle((105, 235), 8)
    s.line((105, 227), (105, 215))
    for n, (x, y) in enumerate([(172, 245), (157, 212), (94, 186), (115, 238), (172, 160)], start=1):
        s.label(x + 2, y, str(n), h=4)
    s.label(95, 140, "图1", h=5)
    s.rect(40, 40, 130, 80)
    s.msp.add_lwpolyline([(45, 45), (80, 100), (100, 100), (115, 80), (165, 80)], dxfattribs={"layer": "OUTLINE"})
    s.label(95, 30, "图2", h=5)
    s.label(80, 280, "说  明  书  附  图", h=5)
    s.label(165, 288, "1/2", h=3.5)
    s.label(30, 10, "申请号: 202410XXXXXX.X   一种钕铁硼磁体晶界扩散装置及方法", h=3)
    s.save("dwg/说明书附图_晶界扩散装置.dxf")
    label("dwg/说明书附图_晶界扩散装置.dxf", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "drawing",
          "patent-filing", "zh", False, "Patent-application figure sheet (说明书附图) for a GBD apparatus")

# ================================================================ NC programs
def nc_slicing():
    r = random.Random(11)
    L = ["%", "O1207 (N52-5050-25 SLICE T2.0)",
         "(DATE=DD-MM-YY - 12-03-25 TIME=HH:MM - 08:47)",
         "(MCX FILE - D:\\CAM\\MAG\\BLK5050_SLICE_T2.MCAM)",
         "(NC FILE - D:\\CAM\\NC\\O1207.NC)",
         "(MATERIAL - SINTERED ND-FE-B N52 AS-SINTERED BLOCK 50.5 X 50.5 X 25.6)",
         "( T1 |  ID BLADE 0.28 KERF D206 RESIN DIAMOND | H01 )",
         "(STOCK: 10 BLOCKS WAXED ON GLASS BEAM, C-AXIS // Z, SLICE NORMAL TO Z)",
         "(WAFER T=2.00 +/-0.02, KERF 0.30, PITCH 2.30, 10 WAFERS PER BLOCK)",
         "(SPINDLE 3600 RPM = 39 M/S, INFEED 12 MM/MIN FIRST 2MM THEN 18 MM/MIN)",
         "(COOLANT: WATER-BASED + 3% RUST INHIBITOR, PH 8.5-9.0, DRY WAFERS <60C WITHIN 30 MIN)",
         "(CHIPPING LIMIT 0.1 MM EDGE; DRESS BLADE EVERY 40 CUTS WITH WA400 STICK)",
         "G21 G17 G40 G49 G80 G90",
         "G91 G28 Z0.", "T1 M06", "G90 G54 G00 X-5. Y0.", "S3600 M03", "M08", "G43 H01 Z30."]
    z = 25.6
    for k in range(10):
        zc = 25.6 - 2.0 - k * 2.30 - 0.15
        L.append(f"(WAFER {k + 1:02d})")
        L.append(f"G00 Z{zc:.3f}")
        L.append("G01 X2. F12.")
        L.append("G01 X52.5 F18.")
        L.append("G00 X-5.")
        if (k + 1) % 5 == 0:
            L.append("M00 (CHECK WAFER THICKNESS WITH MICROMETER, RECORD ON SPC-SL-03)")
    L += ["G00 Z30. M09", "M05", "G91 G28 Z0.", "G28 Y0.", "M30", "%"]
    wtext("nc/O1207_BLK5050_SLICE.NC", "\n".join(L) + "\n", crlf=True)
    label("nc/O1207_BLK5050_SLICE.NC", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "nc-program", None,
          "en", False, "ID-blade slicing program for sintered N52 blocks with cutting parameters; no 'rare earth' wording")


def nc_grinding_smco():
    L = ["%", "O3302(YXG30H WA-SEG R18 MO XI)",
         "(程序名: 钐钴2:17 瓦形 外弧/平面磨削 -- 编程: 邹工 2024-12-05)",
         "(材料: Sm2Co17 YXG-30H 时效后毛坯, 单边余量 0.25)",
         "(砂轮: 树脂结合剂金刚石 D126 C75 1A1 350x20, 线速度 25 m/s)",
         "(每次进给 0.005, 光磨 3 次; 磨削液 乳化液 5%, 流量>=40 L/min)",
         "(注意: 材料脆, 崩边<=0.05, 夹具为非磁性真空吸盘, 禁止用电磁吸盘)",
         "(尺寸: R18.0 +/-0.02, 厚 3.00 +/-0.01, 长 25.0)",
         "G21 G90 G40 G80 G17", "G54", "M03 S1360", "M08", "G00 X0. Y-5. Z10."]
    stock = 0.25
    p = 0
    zc = 3.25
    while zc > 3.0 + 1e-9:
        zc = round(zc - 0.005, 3)
        p += 1
        L.append(f"G01 Z{zc:.3f} F50.")
        L.append("G01 Y30. F3000." if p % 2 else "G01 Y-5. F3000.")
        if p % 10 == 0:
            L.append(f"(已磨 {p} 刀)")
    L.append("(光磨)")
    for i in range(3):
        L.append("G01 Y30. F2000." if i % 2 == 0 else "G01 Y-5. F2000.")
    L += ["G00 Z50. M09", "M05", "M00 (测量厚度, 记录 QR-SC-07, 合格后翻面)", "M30", "%"]
    wtext("nc/O3302_YXG30H_瓦形磨削.NC", "\n".join(L) + "\n", crlf=True)
    label("nc/O3302_YXG30H_瓦形磨削.NC", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "nc-program", None,
          "zh", False, "Surface grinding NC program for Sm2Co17 segments with wheel and infeed parameters")


def nc_wedm_ce():
    L = ["%", ";------------------------------------------------------",
         "; POST: SODICK AQ LN2W   PROGRAM: ARC-CE38-R32", "; 日期 2025/02/19  编程 Tang",
         "; 工件: 双主相 (Nd0.7Ce0.3)-Fe-B 烧结 N38 高丰度磁体, 瓦形 R32/R26 x 60deg x 45",
         "; Ce 占 RE 总量 30wt%, 材料脆且易腐蚀 -> 切割后 2h 内清洗烘干",
         "; wire: brass 0.25, 1 main cut + 2 skim; offset H001=0.178 H002=0.138 H003=0.128",
         "; Ra target 1.6 um; 线切割变质层 <= 15 um (后续滚磨去除)",
         ";------------------------------------------------------",
         "H000=+00000000 H001=+00000178 H002=+00000138 H003=+00000128;",
         "C101=0090 ; main cut  ON 9 OFF 15 IP 2215 SV 48 V 8",
         "C102=0060 ; skim 1", "C103=0030 ; skim 2",
         "G90 G92 X0. Y0. Z0.;", "T84;", "C101 G41 H001;",
         "G01 X-3.0 Y0.;", "G03 X-32.0 Y0. I-29.0 J0.;",
         "G01 X-26.0 Y0.;", "G02 X-13.0 Y22.517 I26.0 J0.;", "G01 X-16.0 Y27.713;", "G40 G01 X0. Y0.;",
         "C102 G42 H002;", "G01 X-16.0 Y27.713;", "G03 X-32.0 Y0. I16.0 J-27.713;", "G40 G01 X0. Y0.;",
         "C103 G41 H003;", "G01 X-32.0 Y0.;", "G02 X-16.0 Y27.713 I32.0 J0.;", "G40 G01 X0. Y0.;",
         "T85;", "M02;", "%"]
    wtext("nc/ARC-CE38-R32.NC", "\n".join(L) + "\n", crlf=True)
    label("nc/ARC-CE38-R32.NC", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "nc-program", None,
          "mixed", False, "Wire-EDM program for Ce-substituted dual-main-phase sintered arc segments")


def nc_flange():
    L = ["%", "O0451(FLANGE DN80 45# ZHUANG 1)",
         "(日期: 2024-07-16 编程: 王师傅 机床: VMC850 FANUC 0i-MF)",
         "(材料: 45钢 调质 HB220-250, 毛坯 %%C200x30)",
         "(T1 面铣刀 %%C80 5刃; T2 中心钻 A3; T3 钻头 %%C17.5; T4 镗刀 %%C89 H7)",
         "G21 G90 G17 G40 G49 G80", "G91 G28 Z0.", "T1 M06", "G90 G54 G00 X-50. Y0. S800 M03",
         "G43 H01 Z50. M08", "G00 Z0.5", "G01 X150. F400.", "G00 Z50.", "G00 X-50.", "Z0.", "G01 X150. F300.",
         "G00 Z100. M09", "G91 G28 Z0.", "T2 M06", "G90 G54 S1500 M03", "G43 H02 Z50. M08",
         "G98 G81 X80. Y0. Z-4. R3. F100.", "X40. Y69.282", "X-40. Y69.282", "X-80. Y0.", "X-40. Y-69.282",
         "X40. Y-69.282", "G80", "G91 G28 Z0.", "T3 M06", "G90 G54 S650 M03", "G43 H03 Z50. M08",
         "G98 G83 X80. Y0. Z-35. R3. Q5. F80.", "X40. Y69.282", "X-40. Y69.282", "X-80. Y0.", "X-40. Y-69.282",
         "X40. Y-69.282", "G80", "G91 G28 Z0.", "T4 M06", "G90 G54 S500 M03", "G43 H04 Z50. M08",
         "G98 G85 X0. Y0. Z-32. R3. F45.", "G80", "G00 Z100. M09", "M05", "G91 G28 Z0. Y0.", "M30", "%"]
    wtext("nc/O0451_法兰DN80.NC", "\n".join(L) + "\n", crlf=True)
    label("nc/O0451_法兰DN80.NC", "clear", [], [], [], "nc-program", None, "zh", False,
          "Ordinary milling/drilling of a 45 steel flange")


def nc_wedm_carbide():
    L = ["%", "(POST: AGIE CUT 200 - ISO)", "(PART: PUNCH P-2231 FOR STATOR LAMINATION DIE)",
         "(MATERIAL: WC-Co CEMENTED CARBIDE GRADE 20% Co, HRA 85.5, SINTER-HIP BLANK)",
         "(WIRE 0.25 ZN-COATED, H=60 MM, 4 CUTS, TECH TABLE WC_H60_4C)",
         "(ANTI-ELECTROLYSIS GENERATOR ON - PREVENT COBALT LEACHING)",
         "(DATE 2024-10-02 / PROG. B. KRAUSE)", "G90 G92 X0 Y0", "M60", "G41 D1 G01 X5.0 Y0",
         "G01 X5.0 Y12.0", "G03 X3.0 Y14.0 I-2.0 J0", "G01 X-3.0 Y14.0", "G03 X-5.0 Y12.0 I0 J-2.0",
         "G01 X-5.0 Y-12.0", "G03 X-3.0 Y-14.0 I2.0 J0", "G01 X3.0 Y-14.0", "G03 X5.0 Y-12.0 I0 J2.0",
         "G01 X5.0 Y0", "G40 G01 X0 Y0", "M00 (CUT 2..4 REPEAT WITH D2 D3 D4)", "M02", "%"]
    wtext("nc/P2231_punch_WEDM.iso", "\n".join(L) + "\n", crlf=True)
    label("nc/P2231_punch_WEDM.iso", "clear", [], [], [], "nc-program", None, "en", True,
          "Wire-EDM of a cemented-carbide punch (sintered material, WEDM look-alike)")

# ================================================================ simulation
def sim_thermo_tb():
    t = """! ==============================================================
! FactSage EQUILIB batch input  -- Tb 金属钙热还原 工艺窗口计算
! file: TbF3_Ca_red_v3.equi   prepared 2024-09-12  (冶炼车间 工艺组 / H.Luo)
! Purpose: fix Ca excess, charge temperature and hold time for
!          production reductions in Ta crucible, 8 kg TbF3 per charge
! ==============================================================
[databases]
db1 = FactPS
db2 = FTsalt      ! CaF2-TbF3 liquid
db3 = SGTE2017    ! Tb-Ca liquid metal
[reactants]
TbF3      = 8000.0   g   T=25  ! dried 200 C / 4 h under vacuum, O < 500 ppm
Ca        = 2530.0   g   T=25  ! redistilled, 15 % over stoichiometric (2200 g)
CaCl2     = 0.0      g           ! option: flux to lower slag mp (not used)
Ar        = 1.0      mol
[conditions]
P_total   = 0.12     MPa
T_range   = 1000 1700 50  C    ! reduction ignition ~ 1050 C, fully molten above CaF2 m.p. 1418 C
[phases]
liquid_metal = Tb-Ca(l)
salt         = FTsalt-SALTF
solids       = all pure solids
[output]
species   = Tb(l) Tb(s) Ca(l) Ca(g) TbF3(salt) CaF2(salt)
report    = activity, mass, enthalpy
[process_notes]
! 1. Heat to 1550 +/- 20 C, hold 15 min for metal/slag separation, then power off.
! 2. Expected Tb yield 97-98 %; residual Ca in metal 0.1-0.3 % -> vacuum remelt 1600 C, 1e-3 Pa, 30 min.
! 3. Crucible: Ta sheet 0.5 mm, life ~ 6 charges; reduction in vacuum induction furnace 50 kW.
! 4. Results of this run feed SOP-MET-Tb-004 rev.3 (Ca excess 15 %, T 1550 C).
"""
    wtext("sim/TbF3_Ca_red_v3.equi", t)
    label("sim/TbF3_Ca_red_v3.equi", "controlled", ["1E902.a"], ["metal-smelting"], [], "simulation-data", None, "mixed",
          False, "Thermodynamic calculation input for calciothermic reduction of TbF3 with production process window")


def sim_stream_table():
    rows = [["物流号", "名称", "相", "流量(L/min)", "ρREO(g/L)", "Pr6O11/TREO(%)", "Nd2O3/TREO(%)", "H+(mol/L)", "皂化度(%)", "级号"],
            ["S01", "料液 (PrNd氯化物)", "水相", "1.00", "268.8", "25.10", "74.90", "0.05", "", "28"],
            ["S02", "皂化P507有机", "有机相", "22.50", "0.0", "", "", "", "36.0", "1"],
            ["S03", "洗酸", "水相", "2.80", "0.0", "", "", "4.50", "", "60"],
            ["S04", "萃余液 (Pr)", "水相", "3.80", "17.6", "99.12", "0.88", "0.02", "", "1"],
            ["S05", "负载有机 (Nd)", "有机相", "22.50", "8.96", "0.04", "99.96", "", "", "60"],
            ["S06", "反萃酸", "水相", "0.75", "0.0", "", "", "6.00", "", "R1"],
            ["S07", "反萃液 (NdCl3)", "水相", "0.75", "268.5", "0.04", "99.96", "0.30", "", "R1"],
            ["S08", "空白有机 回皂化", "有机相", "22.50", "0.05", "", "", "", "0.0", "R8"],
            ["S09", "液碱 (NaOH)", "水相", "0.52", "", "", "", "-10.8", "", "SP1"]]
    hdr = "# 镨钕分离段 稳态模拟 物流表  P507-煤油 1.5mol/L  萃取28级 + 洗涤32级 + 反萃8级\n# 模拟日期 2025-01-08  分离系数 βNd/Pr=1.50  收率 Pr 99.6% Nd 99.8%\n"
    txt = hdr + "\n".join(",".join(r) for r in rows) + "\n"
    wtext("sim/PN分离_物流表_v2.csv", txt, enc="gb18030", crlf=True)
    label("sim/PN分离_物流表_v2.csv", "controlled", ["1E902.a"], ["separation"], [], "simulation-data", None, "zh", False,
          "GB18030 CSV stream table of Pr/Nd SX cascade simulation")


def sim_cascade_py():
    t = '''#!/usr/bin/env python3
"""cascade_lace.py - countercurrent SX cascade design, La | Ce-Pr-Nd cut, P507 / HCl.

Steady-state stage-to-stage balance (constant separation factor, constant extraction
factor per section). Used to size the LaCe line (train 3). Author: R. Deng, 2024-11.
"""
import numpy as np

BETA = {"La": 1.0, "Ce": 4.8, "Pr": 9.6, "Nd": 13.9}   # relative to La, P507 1.5 M, 36% saponified
FEED = {"La": 0.280, "Ce": 0.505, "Pr": 0.052, "Nd": 0.163}  # mol fraction, Bayan Obo chloride
CONC = 1.50      # mol/L REO equiv in feed
N_EXT, N_SCR = 26, 24
S_ORG = 14.2     # organic flow  L/min (saponified)
F_AQ = 1.0       # feed flow     L/min
W_SCR = 2.1      # scrub acid    L/min  (HCl 4.0 M)
LOAD = 0.17      # mol/L RE in loaded organic (saturated ~0.18)

def stage_factors(section):
    # extraction factor of reference component La: E = beta * (S*Co)/(W*Ca) approximated from loading
    if section == "ext":
        return S_ORG * LOAD / ((F_AQ + W_SCR) * CONC * 0.55)
    return S_ORG * LOAD / (W_SCR * CONC * 1.45)

def simulate(n_iter=4000):
    comps = list(BETA)
    n = N_EXT + N_SCR
    x = np.ones((n, len(comps))) / len(comps)   # aqueous composition per stage
    y = np.ones((n, len(comps))) / len(comps)   # organic composition
    for _ in range(n_iter):
        for i in range(n):
            sec = "ext" if i < N_EXT else "scr"
            E = stage_factors(sec)
            b = np.array([BETA[c] for c in comps])
            y[i] = b * x[i] / np.sum(b * x[i])
            x[i] = np.clip(x[i] + 0.02 * ((x[i - 1] if i else np.array(list(FEED.values()))) - E * y[i] / (1 + E)), 1e-9, None)
            x[i] /= x[i].sum()
    return comps, x, y

if __name__ == "__main__":
    comps, x, y = simulate()
    print("raffinate (stage 1) La purity  %.4f" % x[0][0])
    print("loaded organic (stage %d) La   %.5f" % (N_EXT + N_SCR, y[-1][0]))
    # design targets: La2O3/TREO >= 99.99 %, CeO2 in raffinate <= 0.005 %
'''
    wtext("sim/cascade_lace.py", t)
    label("sim/cascade_lace.py", "controlled", ["1E902.a"], ["separation"], [], "simulation-data", None, "en", False,
          "Python model of La/Ce SX cascade with separation factors, flows and stage counts; no 'rare earth' wording")


def sim_furnace_m():
    t = """%% VSF06_soak.m  真空烧结炉装料升温仿真 (集总参数 + 辐射换热)
% 作者: 磁材工艺部 杨工   2024-07-03
% 用途: 确定 N45SH 大块 (80x60x40) 满载 480 kg 时 1060°C 保温时间,
%       保证料心与料表温差 <= 5°C 后再计保温 4 h.
clear; clc;
sigma = 5.67e-8; eps_load = 0.55; eps_wall = 0.80;
m_load = 480; cp = 460;          % J/(kg K) 烧结态钕铁硼近似
m_boat = 220; cp_boat = 272;     % Mo 料盒
A_rad  = 3.9;                    % m2 有效辐射面积
prog = [ % 段号  目标(°C)  速率(°C/min)  保温(min)  备注
    1   400   3.0   120   % 脱气: 润滑剂/氢 释放, 真空 <= 10 Pa
    2   850   3.0   120   % 脱氢完全, 真空 <= 5e-2 Pa
    3  1060   2.0   270   % 致密化烧结, 4.5 h
    4    80 -15.0     0   % Ar 0.08 MPa 风冷
];
dt = 10; t = 0; Ts = 25; Tl = 25; log = [];
for k = 1:size(prog,1)
    target = prog(k,2); rate = prog(k,3)/60; hold = prog(k,4)*60;
    while (rate > 0 && Ts < target) || (rate < 0 && Ts > target)
        Ts = Ts + rate*dt;
        q = sigma*A_rad/(1/eps_load + 1/eps_wall - 1)*((Ts+273.15)^4 - (Tl+273.15)^4);
        Tl = Tl + q*dt/(m_load*cp + m_boat*cp_boat);
        t = t + dt; log(end+1,:) = [t Ts Tl]; %#ok<SAGROW>
    end
    th = 0;
    while th < hold || abs(Ts - Tl) > 5
        q = sigma*A_rad/(1/eps_load + 1/eps_wall - 1)*((Ts+273.15)^4 - (Tl+273.15)^4);
        Tl = Tl + q*dt/(m_load*cp + m_boat*cp_boat);
        if abs(Ts - Tl) <= 5, th = th + dt; end
        t = t + dt; log(end+1,:) = [t Ts Tl]; %#ok<SAGROW>
    end
    fprintf('段%d 结束: t=%.1f h, 料温 %.1f°C\\n', k, t/3600, Tl);
end
% 回火: 一级 890°C x 2h, 二级 480-520°C x 3h (按 HcJ 调整, N45SH 目标 HcJ >= 20 kOe)
plot(log(:,1)/3600, log(:,2:3)); xlabel('h'); ylabel('°C'); legend('炉温','料温');
"""
    wtext("sim/VSF06_soak.m", t)
    label("sim/VSF06_soak.m", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "simulation-data", None, "zh",
          False, "MATLAB model of NdFeB vacuum sintering furnace load heating with sintering program")


def sim_cfd_coni():
    t = """# ------------------------------------------------------------------
# mixer_CoNi_E2.cfg   CFD case set-up, pump-mixer of Co/Ni SX stage E2
# Project: Ni-Co refinery debottlenecking   Date: 2024-08-21   Eng: A. Virtanen
# ------------------------------------------------------------------
[geometry]
mesh_file            = mixerE2_v4.msh      ; 2.31 M polyhedral cells
tank_diameter_m      = 2.10
liquid_height_m      = 2.25
impeller_type        = pump-mix (Dual-Flow turbine)
impeller_diameter_m  = 0.84
impeller_speed_rpm   = 92

[phases]
continuous           = organic               ; organic-continuous mixing
organic.name         = 20 v/v% Cyanex 272 in Shellsol D70, 55% saponified (NaOH)
organic.density      = 830  ; kg/m3
organic.viscosity    = 2.6e-3
aqueous.name         = Ni/Co sulphate, Co 2.2 g/L, Ni 95 g/L, pH 5.3
aqueous.density      = 1210
aqueous.viscosity    = 1.4e-3
O_A_ratio            = 1.2
droplet_model        = PBM, Coulaloglou-Tavlarides, 12 classes 20-800 um

[solver]
type                 = transient, Euler-Euler, MRF for impeller
turbulence           = realizable k-epsilon
time_step_s          = 5e-3
end_time_s           = 120
residual_target      = 1e-4

[monitors]
power_number         = true
mean_d32             = true
entrainment_outlet   = true   ; target organic-in-aqueous < 100 ppm
"""
    wtext("sim/mixer_CoNi_E2.cfg", t)
    label("sim/mixer_CoNi_E2.cfg", "clear", [], [], [], "simulation-data", None, "en", True,
          "CFD deck for cobalt/nickel Cyanex 272 SX mixer (extractant look-alike)")


def sim_lib_py():
    t = '''"""blackmass_leach.py - kinetic model of H2SO4/H2O2 leaching of LIB black mass (NCM523/LFP mix).
Pilot line PL-2, author: S. Okafor, 2024-10-30. Shrinking-core, chemical-reaction control.
"""
import math

K0 = {"Li": 2.1e3, "Ni": 6.4e2, "Co": 5.9e2, "Mn": 7.7e2}   # 1/min pre-exponential
EA = {"Li": 32.0e3, "Ni": 41.5e3, "Co": 43.0e3, "Mn": 39.0e3}  # J/mol
R = 8.314

def conversion(metal, T_c, t_min, h2so4=2.0, h2o2_vol=4.0):
    k = K0[metal] * math.exp(-EA[metal] / (R * (T_c + 273.15))) * (h2so4 / 2.0) ** 0.7 * (h2o2_vol / 4.0) ** 0.3
    x = 1 - max(0.0, 1 - k * t_min) ** 3
    return min(x, 1.0)

if __name__ == "__main__":
    for T in (60, 70, 80):
        print(T, {m: round(conversion(m, T, 90), 3) for m in K0})
    # S/L 100 g/L, target Li > 98 %, Ni/Co > 97 % at 80 C, 90 min; then Cyanex 272 / P507 Co-Mn separation downstream
'''
    wtext("sim/blackmass_leach.py", t)
    label("sim/blackmass_leach.py", "clear", [], [], [], "simulation-data", None, "en", True,
          "Li-ion battery black-mass leaching model (recycling look-alike)")


def sim_motor_fem():
    t = """* MOTOR-FEM INPUT DECK   traction motor TM-150  load case LC-07 (peak torque, 140 C)
* generated 2025-02-11 by e-machine team, solver MAGSTAT 2D nonlinear
*
*MODEL, name=TM150_LC07, type=2D_MAGNETOSTATIC, depth=0.120
*MESH, file=tm150_q8.msh, elements=48211
*MATERIAL, name=M270-35A
   BH_CURVE = m27035a_50hz.tab
*MATERIAL, name=MAG_N42SH_BOUGHT
*   purchased magnets per supplier datasheet, Br/HcJ at 140 C linearised
   BR      = 1.142      ! T
   HCB     = 853e3      ! A/m
   MU_R    = 1.05
   ALPHA_BR = -0.12     ! %/K
   SIGMA   = 6.7e5      ! S/m (eddy-loss post-processing)
*MATERIAL, name=COPPER_140C
   SIGMA = 4.35e7
*CIRCUIT, phases=3, turns=8, parallel=2, Ipk=620, gamma=42 deg
*ROTOR_ANGLE_SWEEP, start=0, end=45, step=1.5
*OUTPUT, torque, flux_linkage, demag_check(Hknee=-1350e3), iron_loss
*END
"""
    wtext("sim/TM150_LC07.inp", t)
    label("sim/TM150_LC07.inp", "clear", [], [], [], "simulation-data", None, "en", True,
          "Motor magnetostatic FEM deck using bought N42SH magnet properties")


def sim_si_csv():
    r = random.Random(7)
    lines = ["# Supplementary Data S3",
             "# Article: Stage-wise modelling of Pr/Nd separation with HEH/EHP in a 40-stage mixer-settler battery",
             "# Journal: Hydrometallurgy, Vol. 224 (2024) 106231; https://doi.org/10.1016/j.hydromet.2024.106231",
             "# Received 3 Jan 2024; Accepted 14 Mar 2024; Available online 20 Mar 2024",
             "# Licence: CC BY 4.0. Columns: stage, aqueous Pr (g/L), aqueous Nd (g/L), organic Pr (g/L), organic Nd (g/L)",
             "stage,aq_Pr,aq_Nd,org_Pr,org_Nd"]
    for st in range(1, 41):
        f = st / 40
        aqp = 14.0 * (1 - f) ** 2 + 0.02; aqn = 4.0 * f + 0.05
        orp = 2.1 * (1 - f) + 0.01; orn = 6.5 * f ** 0.8
        lines.append(f"{st},{aqp * (1 + r.uniform(-.02, .02)):.3f},{aqn * (1 + r.uniform(-.02, .02)):.3f},{orp:.3f},{orn:.3f}")
    wtext("sim/mmc1_S3_stage_profiles.csv", "\n".join(lines) + "\n")
    label("sim/mmc1_S3_stage_profiles.csv", "excluded", ["1E902.a"], ["separation"], [], "simulation-data", "public-domain",
          "en", False, "Published supplementary data of a journal article with DOI")


def sim_dft():
    t = """&CONTROL
  ! Nd2Fe14B magnetocrystalline anisotropy: 4f-in-core vs. DFT+U comparison
  ! Basic research, NSFC general program (fundamental electronic structure), Dept. of Physics
  ! No process / production parameters; results intended for open publication
  calculation = 'scf'
  prefix      = 'nd2fe14b'
  outdir      = './tmp'
  pseudo_dir  = './pseudo'
  tprnfor     = .true.
/
&SYSTEM
  ibrav = 6, celldm(1) = 16.6318, celldm(3) = 1.3868
  nat = 68, ntyp = 3
  ecutwfc = 60, ecutrho = 600
  occupations = 'smearing', smearing = 'mv', degauss = 0.01
  nspin = 2
  starting_magnetization(1) = 0.2
  starting_magnetization(2) = 0.6
  lda_plus_u = .true., Hubbard_U(1) = 6.0
/
&ELECTRONS
  conv_thr = 1.0d-8
  mixing_beta = 0.2
/
ATOMIC_SPECIES
  Nd 144.242 Nd.pbe-spdn-kjpaw_psl.1.0.0.UPF
  Fe  55.845 Fe.pbe-spn-kjpaw_psl.0.2.1.UPF
  B   10.811 B.pbe-n-kjpaw_psl.1.0.0.UPF
K_POINTS automatic
  6 6 4 0 0 0
ATOMIC_POSITIONS crystal
  Nd 0.2679 0.2679 0.0000
  Nd 0.1403 0.8597 0.0000
  Fe 0.2238 0.5676 0.1274
  Fe 0.0376 0.3598 0.1764
  Fe 0.0979 0.0979 0.2045
  Fe 0.3176 0.3176 0.2464
  Fe 0.0000 0.5000 0.1139
  Fe 0.0000 0.0000 0.3853
  B  0.1231 0.8769 0.0000
"""
    wtext("sim/nd2fe14b_scf.in", t)
    label("sim/nd2fe14b_scf.in", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "simulation-data",
          "basic-research", "en", False, "DFT input for fundamental Nd2Fe14B anisotropy study (basic research)")

# ================================================================ config / control
def cfg_hd_jetmill():
    d = {"recipe": "HD-JM_N50M_v7", "line": "粉末线 PL-02", "released": "2025-01-20T09:00:00+08:00",
         "author": "工艺 QS", "approved_by": "M. Zeng",
         "hd_furnace": {
             "PIC-201.SP": {"value": 0.12, "unit": "MPa", "desc": "H2 吸氢压力 absorption, RT start"},
             "TIC-201.SP_abs": {"value": 35, "unit": "°C", "desc": "吸氢阶段炉壁水冷上限"},
             "abs_end_dp": {"value": 0.005, "unit": "MPa/10min", "desc": "压降小于此值判定吸氢饱和"},
             "TIC-202.SP": {"value": 560, "unit": "°C", "desc": "脱氢温度 dehydrogenation"},
             "TIC-202.hold_min": 360,
             "PI-203.limit": {"value": 5.0, "unit": "Pa", "desc": "脱氢终点真空"},
             "cool": "Ar backfill, rotate 2 rpm, unload < 40 °C"},
         "pre_mix": {"lubricant": "硬脂酸锌 0.05 wt% + 抗氧化剂 0.1 wt%", "mix_min": 60},
         "jet_mill": {
             "PIC-301.SP": {"value": 0.65, "unit": "MPa", "desc": "研磨压力 N2"},
             "SIC-302.SP": {"value": 3900, "unit": "rpm", "desc": "分级轮转速"},
             "AIC-303.HH": {"value": 30, "unit": "ppm", "desc": "系统含氧 O2 高高联锁"},
             "WIC-304.SP": {"value": 145, "unit": "kg/h", "desc": "加料速率"},
             "target_D50_um": 3.0, "target_D90_D10_ratio_max": 4.2},
         "post_mix": {"lubricant": "0.08 wt% 专用润滑剂", "mix_min": 120, "O2_pickup_max_ppm": 800},
         "alloy_ref": "SC flake, PrNd 29.8 / Dy 0 / B 0.95 / Co 1.2 / Cu 0.12 / Ga 0.25 / Al 0.05 / Zr 0.1 / Fe bal."}
    wtext("cfg/HD-JM_N50M_v7.json", json.dumps(d, ensure_ascii=False, indent=2) + "\n")
    label("cfg/HD-JM_N50M_v7.json", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None,
          "mixed", False, "PLC recipe JSON for hydrogen decrepitation and jet milling of NdFeB flake")


def cfg_isl_yaml():
    t = """# 原地浸矿 采场 B3 注液/收液系统 调试设定值
# 文件: B3_ISL_commissioning_setpoints.yaml   版本 1.2   2024-05-14
# 用途: 新采场注液系统单机试车及联动调试; 调试完成后转入生产设定 (见 SOP-ISL-02)
site:
  name: 离子型稀土矿 B3 采场
  ore: 风化壳淋积型, 原矿品位 TREO 0.08%~0.12%, 中钇富铕型
injection:
  well_grid_m: [2.0, 2.0]           # 注液井网度
  well_diameter_m: 0.20
  well_depth: 穿过全风化层至半风化层顶板以上 0.5 m
  lixiviant: MgSO4                  # 以硫酸镁替代硫酸铵, 低氨氮
  lixiviant_conc_pct: 2.5           # 前期 3%, 顶水阶段清水
  lixiviant_pH: 5.0
  FIC-101.SP_m3h: 42                # 主管注液流量
  PIC-102.SP_MPa: 0.15
  per_well_L_per_h: 12
  leach_days: 150
collection:
  tunnel_spacing_m: 10              # 收液巷道
  pool_LT-201_levels_m: {L: 0.6, H: 2.4, HH: 2.8}
  liquor_REO_g_L_expected: [0.5, 1.2]
impurity_removal:
  reagent: NH4HCO3 (稀溶液) 调 pH
  AIC-301.SP_pH: 5.1                # 除铝, 稀土损失 < 3%
  settle_h: 4
precipitation:
  reagent: NH4HCO3 (碳铵沉淀)
  AIC-302.SP_pH: 6.8
  product: 碳酸稀土, 灼烧后 TREO >= 92%
commissioning_checks:
  - P-101/102 单机试车 2 h, 振动 <= 4.5 mm/s
  - 注液管网 1.25 倍设计压力试压 30 min 无渗漏
  - 监测井 MW-1~MW-6 背景 pH/氨氮/Mg 取样
  - 联动试车 72 h, 收液率 >= 85% 方可转产
"""
    wtext("cfg/B3_ISL_commissioning_setpoints.yaml", t)
    label("cfg/B3_ISL_commissioning_setpoints.yaml", "controlled", ["1E902.a", "1E902.b"], ["mining"], [], "parameter-sheet",
          None, "zh", False, "Commissioning set-points for in-situ leaching field: lixiviant, well grid, precipitation; a+b")


def cfg_workorder_xml():
    t = """<?xml version="1.0" encoding="UTF-8"?>
<WorkOrder xmlns="urn:mes:maint:v2" id="WO-2025-00317" type="计划检修" priority="2">
  <Asset tag="EC-2-07" desc="6kA 电解槽 07#" area="电解二车间"/>
  <Planned start="2025-03-03T08:00:00+08:00" durationHours="10"/>
  <Reason>阳极消耗至剩余厚度 &lt; 25 mm;槽底结瘤,槽电压升高至 10.6 V</Reason>
  <Tasks>
    <Task seq="10">停止加料,降电流至 2 kA 保温;挂牌上锁 LOTO-EC-07</Task>
    <Task seq="20">热态吊出旧阳极 4 块,检查阳极导电板与铜排接触面,清理氧化层并涂导电膏</Task>
    <Task seq="30">用钼钎清理槽底沉积物 (氧化物/碳化物结瘤),捞出炭渣</Task>
    <Task seq="40">更换钨阴极棒 (W ≥ 99.95%, Φ70),对中偏差 ≤ 3 mm</Task>
    <Task seq="50">装入新石墨阳极 4 块 (预热至 600 °C 以上再入槽),紧固扭矩 45 N·m</Task>
    <Task seq="60">补加电解质 (氟化物) 至液面距坩埚口 120 mm</Task>
    <Task seq="70">升电流至 6 kA,槽温恢复后交生产;记录槽电压、阴阳极电流分布</Task>
  </Tasks>
  <AcceptanceReference note="仅作恢复参考,工艺以现行工艺卡为准">
    <Value tag="TI-EC07.PV" target="1050" tol="10" unit="°C"/>
    <Value tag="EI-EC07.PV" target="9.0" tol="0.5" unit="V"/>
  </AcceptanceReference>
  <Spares>
    <Item code="GA-4-ARC" qty="4">石墨弧形阳极</Item>
    <Item code="W-70-1100" qty="1">钨阴极棒 Φ70×1100</Item>
  </Spares>
  <Signoff maint="张师傅" production="刘班长" safety="何工"/>
</WorkOrder>
"""
    wtext("cfg/WO-2025-00317.xml", t)
    label("cfg/WO-2025-00317.xml", "controlled", ["1E902.b"], ["metal-smelting"], [], "parameter-sheet", None, "zh", False,
          "Maintenance work order for molten-salt electrolysis cell (anode/cathode replacement); b only")


def cfg_sinter_historian():
    r = random.Random(42)
    hdr = ["# 真空燒結爐 VSF-06 現場驗收試驗 (SAT) 趨勢匯出 -- 試燒批次 T-0611 (N45SH 滿載 480 kg)",
           "# Historian export 2024-06-11  interval 10 min  設備交付調試用,合格判據見 SAT-VSF06-R1",
           "Timestamp,TIC-601.SP,TIC-601.PV,TI-602.PV(料心),PI-603.PV(Pa),FI-604.PV(Ar Nm3/h),STEP"]
    prog = [(400, 3.0, 120, "S1 脫氣"), (850, 3.0, 120, "S2 脫氫"), (1060, 2.0, 270, "S3 燒結"), (80, -15.0, 0, "S4 風冷")]
    t = 0; sp = 25.0; pv = 25.0; core = 25.0
    rows = []
    base_min = 8 * 60
    def stamp(m):
        m += base_min
        d = 11 + m // 1440; m %= 1440
        return f"2024-06-{d:02d} {m // 60:02d}:{m % 60:02d}:00"
    for tgt, rate, hold, name in prog:
        while (rate > 0 and sp < tgt) or (rate < 0 and sp > tgt):
            sp = min(tgt, sp + rate * 10) if rate > 0 else max(tgt, sp + rate * 10)
            pv = sp + r.uniform(-1.5, 1.5); core += (pv - core) * 0.35
            p = 8.0 if tgt <= 400 else (0.05 if rate > 0 else 8.0e4)
            fl = 0.0 if rate > 0 else 180.0
            rows.append(f"{stamp(t)},{sp:.1f},{pv:.1f},{core:.1f},{p * r.uniform(0.8, 1.2):.3g},{fl:.1f},{name}")
            t += 10
        for _ in range(hold // 10):
            pv = sp + r.uniform(-1.2, 1.2); core += (pv - core) * 0.35
            p = 6.0 if tgt == 400 else 0.03
            rows.append(f"{stamp(t)},{sp:.1f},{pv:.1f},{core:.1f},{p * r.uniform(0.7, 1.3):.3g},0.0,{name}")
            t += 10
    wtext("cfg/VSF06_SAT_T0611_trend.csv", "\n".join(hdr + rows) + "\n", crlf=True)
    label("cfg/VSF06_SAT_T0611_trend.csv", "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB"],
          "parameter-sheet", None, "mixed", False, "Historian export of sintering furnace site acceptance test run with full sintering curve")


def cfg_smco_batch():
    t = """<?xml version="1.0" encoding="UTF-8"?>
<BatchRecord system="MES-Opcenter" site="Plant 3" product="SC2-17-32H" batch="B25-0412">
  <Header released="2025-04-12T06:30:00Z" operator="R. Fang" reviewer="QA D. Kim" status="Closed"/>
  <Step n="1" name="VIM melting">
    <Charge unit="wt%">Sm 25.3; Co 50.5; Fe 15.8; Cu 5.9; Zr 2.5</Charge>
    <Param tag="TIC-101.SP" value="1480" unit="C"/><Param tag="PI-102" value="0.06" unit="MPa Ar"/>
    <Note>Sm loss allowance +1.2 wt% added to charge; pour into water-cooled Cu book mould.</Note>
  </Step>
  <Step n="2" name="Homogenisation"><Param tag="TIC-201.SP" value="1160" unit="C"/><Param name="hold" value="20" unit="h"/></Step>
  <Step n="3" name="Milling">
    <Param name="coarse" value="-60 mesh"/><Param name="jet_mill_P" value="0.55" unit="MPa N2"/>
    <Param name="FSSS" value="3.8" unit="um" tol="0.2"/>
  </Step>
  <Step n="4" name="Pressing"><Param name="field" value="1.6" unit="T"/><Param name="CIP" value="200" unit="MPa"/></Step>
  <Step n="5" name="Sinter + solution">
    <Param tag="TIC-501.SP" value="1210" unit="C"/><Param name="sinter_hold" value="60" unit="min"/>
    <Param name="solution_T" value="1180" unit="C"/><Param name="solution_hold" value="3" unit="h"/>
    <Param name="quench" value="Ar fan, &gt;100 C/min to &lt;300 C"/>
  </Step>
  <Step n="6" name="Aging">
    <Param tag="TIC-601.SP" value="840" unit="C"/><Param name="hold" value="12" unit="h"/>
    <Param name="slow_cool" value="0.7" unit="C/min" to="400"/><Param name="hold_400" value="10" unit="h"/>
  </Step>
  <Results>
    <Result name="Br" value="1.12" unit="T"/><Result name="HcJ" value="2150" unit="kA/m"/>
    <Result name="BHmax" value="238" unit="kJ/m3"/><Result name="density" value="8.38" unit="g/cm3"/>
  </Results>
</BatchRecord>
"""
    wtext("cfg/B25-0412_batchrecord.xml", t)
    label("cfg/B25-0412_batchrecord.xml", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "parameter-sheet",
          None, "en", False, "MES batch record for Sm2Co17 magnets: composition, solution and aging schedule")


def cfg_gbd_ini():
    t = """; 晶界扩散炉 GBD-03 配方文件   (PLC: S7-1500, 由 HMI 导入)
; 牌号 48UH 由 48H 基材扩散Tb, 2025-02-06 工艺部 发布 rev 4
[General]
RecipeName=GBD_Tb_48UH_r4
BaseGrade=N48H
PieceSize_mm=20x10x4.2 (取向方向 4.2)
Loading_pcs=3200

[Coating]
; 喷涂 TbH2 浆料 (TbH2 : 酒精 : 粘结剂 = 60 : 38 : 2), 两面
SprayMass_mg_per_cm2=9.5
Tb_weight_gain_pct=0.55
DryTemp_C=80
DryTime_min=20

[Diffusion]
TIC-301.SP=920
TIC-301.Ramp_C_per_min=5
Hold_h=15
PIC-302.Max_Pa=5.0E-3
Fan_Cooling=Ar 0.08MPa

[Aging]
TIC-301.SP2=500
Hold2_h=4

[Targets]
HcJ_kOe_min=26.0
Br_drop_kGs_max=0.2
"""
    wtext("cfg/GBD03_Tb_48UH_r4.ini", t, crlf=True)
    label("cfg/GBD03_Tb_48UH_r4.ini", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None,
          "zh", False, "Grain-boundary diffusion furnace recipe INI (Tb coating, diffusion and aging)")


def cfg_ferrite_kiln():
    d = {"配方": "Y30BH_隧道窑_2号", "日期": "2024-09-03", "窑炉": "TK-02 推板窑 62m",
         "温区设定": {f"TIC-{200 + i}.SP": v for i, v in enumerate([350, 600, 850, 1050, 1150, 1210, 1225, 1225, 1180, 900, 500], start=1)},
         "推板周期_min": 18, "气氛": "空气, 助燃风 FIC-230.SP 2400 Nm3/h",
         "生坯": "湿压锶铁氧体瓦形, 含水 ≤ 12%, 先经干燥窑 120 °C",
         "目标": {"Br_mT": "380-400", "HcJ_kA_m": "≥ 282", "收缩率_%": "13-15"}}
    wtext("cfg/TK02_Y30BH.json", json.dumps(d, ensure_ascii=False, indent=2) + "\n")
    label("cfg/TK02_Y30BH.json", "clear", [], [], [], "parameter-sheet", None, "zh", True,
          "Ferrite magnet tunnel-kiln sintering recipe (ferrite look-alike)")


def cfg_zinc_historian():
    r = random.Random(5)
    lines = ["# 锌电积车间 Cellhouse B historian export / 2024-11-20 00:00-04:00 / 1 min avg",
             "Timestamp,EI-B01.PV(V),II-B01.PV(kA),TI-B12.PV(C),AI-B14.PV(Zn g/L),AI-B15.PV(H2SO4 g/L),FI-B20.PV(m3/h)"]
    for m in range(0, 240, 5):
        lines.append(f"2024-11-20 {m // 60:02d}:{m % 60:02d}:00,{3.28 + r.uniform(-.04, .04):.3f},{118 + r.uniform(-1, 1):.1f},"
                     f"{37.5 + r.uniform(-.6, .6):.1f},{52 + r.uniform(-1.5, 1.5):.1f},{172 + r.uniform(-3, 3):.0f},{410 + r.uniform(-8, 8):.0f}")
    wtext("cfg/CellhouseB_20241120.csv", "\n".join(lines) + "\n", crlf=True)
    label("cfg/CellhouseB_20241120.csv", "clear", [], [], [], "parameter-sheet", None, "mixed", True,
          "Zinc electrowinning historian export (electrolysis look-alike)")


def cfg_incoming_xml():
    t = """<?xml version="1.0" encoding="UTF-8"?>
<!-- 来料检验记录 Incoming inspection - purchased sintered magnets / 电机厂 IQC -->
<IQCRecord no="IQC-25-0188" date="2025-02-18" inspector="Wang Li">
  <Part pn="MG-42SH-2204" desc="N42SH 22x4x40 NiCuNi" supplier="Supplier A (AVL)" lot="A2502-117" qty="24000"/>
  <Standard>QI-057 rev.C; 抽样 GB/T 2828.1 II 级 AQL 0.65</Standard>
  <Check item="尺寸 22±0.05" sample="32" result="OK"/>
  <Check item="镀层厚度 NiCuNi 10-20 um (X-ray)" sample="5" result="14.2 um OK"/>
  <Check item="盐雾 NSS 48h" sample="3" result="OK"/>
  <Check item="Br @20C (BH tracer)" spec="&gt;= 1.29 T" sample="3" result="1.31 / 1.30 / 1.31"/>
  <Check item="HcJ @20C" spec="&gt;= 1592 kA/m" sample="3" result="1680 / 1702 / 1669"/>
  <Check item="磁通 Helmholtz" spec="nominal ±3%" sample="32" result="OK"/>
  <Disposition>Accept / 合格入库</Disposition>
</IQCRecord>
"""
    wtext("cfg/IQC-25-0188.xml", t)
    label("cfg/IQC-25-0188.xml", "clear", [], [], [], "parameter-sheet", None, "mixed", True,
          "Incoming inspection record of purchased NdFeB magnets at a motor plant")


def cfg_carbide_yaml():
    t = """# sinter-HIP furnace recipe - cemented carbide inserts, grade K20 (WC-6Co)
# furnace: SHF-3 (12 bar Ar HIP capable)   revised 2024-12-02 by M. Lindqvist
recipe: K20_STD_rev5
dewax:
  gas: H2 flow 40 l/min
  ramp_C_min: 2
  hold_C: 450
  hold_min: 90          # PEG binder removal
presinter:
  hold_C: 1200
  hold_min: 60
  vacuum_mbar: 0.1
sinter:
  TIC-01.SP: 1440
  hold_min: 45
  partial_pressure_Ar_mbar: 5      # suppress Co evaporation
hip:
  PIC-02.SP_bar: 60
  hold_min: 30
cool:
  mode: forced gas 4 bar
targets:
  density_g_cm3: 14.95
  hardness_HV30: 1580
  porosity: A02 B00 C00
  eta_phase: none
"""
    wtext("cfg/SHF3_K20_rev5.yaml", t)
    label("cfg/SHF3_K20_rev5.yaml", "clear", [], [], [], "parameter-sheet", None, "en", True,
          "Cemented-carbide sinter-HIP furnace recipe (sintering look-alike)")


def cfg_vanadium_ini():
    t = """; 钒萃取车间 P204 萃取/反萃 控制参数  (DCS 下装文件)
; 石煤提钒 酸浸液   编制 2024-08-27
[Extraction]
Organic=P204 15% + TBP 5% + 磺化煤油 80%
Stages=5
OA_Ratio=1:2
FeedpH_AIC-110.SP=2.2
Reduction=铁粉还原 V(V)->V(IV), Fe3+->Fe2+, ORP_AIC-111.SP=-350mV
[Strip]
StripAcid=H2SO4 1.5mol/L
Stages=4
OA_Ratio=5:1
[Precipitation]
Oxidant=NaClO3
pH_AIC-130.SP=1.8
Temp_TIC-131.SP=90
Product=多钒酸铵 -> 煅烧 V2O5 >= 98.5%
"""
    wtext("cfg/钒萃取_P204_DCS.ini", t, crlf=True)
    label("cfg/钒萃取_P204_DCS.ini", "clear", [], [], [], "parameter-sheet", None, "zh", True,
          "Vanadium SX with P204 (same extractant, other metal)")

# ================================================================ e-mail / zip
def eml(rel, frm, to, subject, date, msgid, body, atts=(), cc=None):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject; m["Date"] = date; m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    for name, data, mt in atts:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if atts:
        m.set_boundary("----=_Part_" + re.sub(r"\W", "", msgid)[:24])
    with open(path(rel), "wb") as f:
        f.write(m.as_bytes(policy=SMTP))


def eml_sludge():
    csv = ("工序,参数,设定值,单位\r\n氧化焙烧,回转窑温度,800,°C\r\n氧化焙烧,停留时间,2,h\r\n氧化焙烧,进料含油,≤3,%\r\n"
           "优溶,液固比,3:1,\r\n优溶,终点pH,4.2,\r\n优溶,温度,85,°C\r\n优溶,时间,4,h\r\n除杂,P507皂化度,40,%\r\n"
           "沉淀,草酸用量(理论倍数),1.15,\r\n沉淀,温度,60,°C\r\n灼烧,温度,950,°C\r\n灼烧,产品(Pr,Nd)氧化物纯度,≥99.5,%\r\n")
    body = ("李经理:\n\n按上周电话沟通,附件是二号线油泥回收目前用的设定,Vietnam 那边建线可以直接参考。\n"
            "要点:焙烧 800°C×2h 一定要烧透,否则优溶时 Fe 进液;优溶终点 pH 控制 4.2 左右,浸出率能到 98% 以上。\n"
            "草酸沉淀后 950°C 灼烧,产品镨钕氧化物 99.5%。\n\nBest regards,\n周\n")
    eml("mail/RE_二号线设定.eml", "Zhou Hai <zhou.hai@example-recyc.cn>", "Li Wei <liwei@example-vn.com>",
        "RE: 二号线设定 / line 2 settings", "Tue, 18 Mar 2025 10:22:07 +0800", "<20250318102207.4471@example-recyc.cn>",
        body, [("二号线_油泥回收_设定.csv", csv.encode("gb18030"), "text/csv")])
    label("mail/RE_二号线设定.eml", "controlled", ["1E902.a"], ["recycling"], [], "email", None, "mixed", False,
          "Email to overseas site with NdFeB sludge recovery settings in body and attached CSV")


def eml_jetmill_repair():
    body = """Hi Mr. Nakamura,

Field service report FSR-2411-08, jet mill JM-400 (line 2, magnet powder section), visit 25-27 Nov 2024.

Findings
- Classifier wheel drive: bearing 6208-2Z/C3 on motor side failed, wheel rubbed on outlet seal; wheel blades eroded at tips (0.6 mm).
- O2 analyser AT-303 drifting +12 ppm versus reference gas.

Work done
1. Replaced classifier wheel (spare P/N CW-400-T, ceramic-coated) and both bearings; set axial gap 0.8 mm.
2. Dynamic balanced wheel in situ to G1.0 (residual 0.4 g.mm/kg).
3. Replaced outlet labyrinth seal; helium leak test of mill body, leak rate < 1e-4 mbar.l/s.
4. Calibrated AT-303 with 0 ppm N2 and 50 ppm O2/N2 span gas; interlock AIC-303.HH verified at 30 ppm trips feeder.
5. Grinding nozzles checked, 3 of 4 OK, one replaced (bore worn 4.2 -> 4.5 mm).

Restart check (reference only, your recipe values apply): classifier 3900 rpm, grinding pressure 0.65 MPa, D50 measured 3.02 um after restart.
Recommend: bearing replacement interval 4000 h; nozzle check every 2000 h.

Regards,
Daniel Ho
Service Engineer
"""
    eml("mail/FSR-2411-08_JM400.eml", "Daniel Ho <d.ho@example-millservice.com>", "Nakamura <nakamura@example-magnet.jp>",
        "FSR-2411-08 JM-400 classifier repair", "Fri, 29 Nov 2024 16:05:44 +0800", "<FSR241108.20241129160544@example-millservice.com>",
        body)
    label("mail/FSR-2411-08_JM400.eml", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", None, "en",
          False, "Field service repair report of jet mill in magnet powder line; process values only as reference; b only")


def eml_quote():
    body = """王总:

您好!本周报价如下,有效期至 3 月 21 日:
1. 氧化镨钕 (Pr6O11+Nd2O3 ≥ 99%,TREO ≥ 99%),含税 43.2 万元/吨,现货 5 吨。
2. 烧结钕铁硼 N52 方块 50×50×25 毛坯,含税 268 元/公斤,交期 3 周。
3. 金属镨钕 (PrNd ≥ 99%),含税 53.5 万元/吨。

付款方式:款到发货。出口需另询,涉及出口管制的物项需客户提供最终用户声明。

此致
销售部 陈敏
"""
    eml("mail/报价_0317.eml", "陈敏 <chenmin@example-trade.cn>", "王总 <wang@example-client.com>",
        "本周报价 3/17", "Mon, 17 Mar 2025 09:12:30 +0800", "<20250317091230.88@example-trade.cn>", body)
    label("mail/报价_0317.eml", "clear", [], [], [], "email", None, "zh", True,
          "Price quotation for PrNd oxide/metal and N52 blocks; commercial mention only")


def zip_flotation():
    yaml_t = """# 浮选药剂制度  选矿厂 二系列  (稀选)  版本 2024-10
grind: {P80_um: 74, pass_pct_minus74: 90}
roughing:
  pulp_temp_C: 55
  pH: 9.0            # Na2CO3 调整
  depressant: {name: 水玻璃 (模数 2.4), g_t: 1800}
  collector:  {name: 羟肟酸 LF-8, g_t: 1200}
  frother:    {name: 2#油, g_t: 40}
  time_min: 10
cleaning:
  stages: 2
  collector_g_t: [300, 150]
  depressant_g_t: [600, 300]
scavenging: {stages: 1, collector_g_t: 400}
targets: {concentrate_REO_pct: 55, recovery_pct: 75, feed_REO_pct: 9.5}
"""
    r = random.Random(3)
    csv = ["Timestamp,FIC-410.PV(t/h),DI-411.PV(%sol),AIC-412.PV(pH),TIC-413.PV(C),FIC-414.PV(LF-8 L/min),AI-420.PV(conc REO%)"]
    for m in range(0, 480, 15):
        csv.append(f"2024-10-08 {8 + m // 60:02d}:{m % 60:02d},{152 + r.uniform(-4, 4):.1f},{38 + r.uniform(-1, 1):.1f},"
                   f"{9.0 + r.uniform(-.15, .15):.2f},{55 + r.uniform(-1.5, 1.5):.1f},{3.1 + r.uniform(-.2, .2):.2f},{55 + r.uniform(-2, 2):.1f}")
    readme = "Line 2 flotation package for the new concentrator - reagent regime + one shift of trend data.\r\nSent by: process dept., 2024-10-09\r\n"
    members = [("README.txt", readme.encode()), ("二系列_药剂制度.yaml", yaml_t.encode("utf-8")),
               ("FL2_trend_20241008.csv", ("\r\n".join(csv) + "\r\n").encode())]
    with zipfile.ZipFile(path("pkg/FL2_flotation_pkg_2024-10.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2024, 10, 9, 11, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.flag_bits |= 0x800
            z.writestr(zi, data)
    label("pkg/FL2_flotation_pkg_2024-10.zip", "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", None, "mixed",
          False, "Zip: bastnaesite flotation reagent regime YAML + flotation trend CSV")


# ================================================================ main
def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for fn in (dxf_mixer_settler, dxf_electrolysis_cell, dxf_sintering_boat, dxf_press_die, dxf_strip_wheel,
               dxf_leach_tank, dxf_kiln, dxf_al_cell, dxf_ferrite_die, dxf_cu_settler, dxf_rotor, dxf_patent_sheet,
               nc_slicing, nc_grinding_smco, nc_wedm_ce, nc_flange, nc_wedm_carbide,
               sim_thermo_tb, sim_stream_table, sim_cascade_py, sim_furnace_m, sim_cfd_coni, sim_lib_py,
               sim_motor_fem, sim_si_csv, sim_dft,
               cfg_hd_jetmill, cfg_isl_yaml, cfg_workorder_xml, cfg_sinter_historian, cfg_smco_batch, cfg_gbd_ini,
               cfg_ferrite_kiln, cfg_zinc_historian, cfg_incoming_xml, cfg_carbide_yaml, cfg_vanadium_ini,
               eml_sludge, eml_jetmill_repair, eml_quote, zip_flotation):
        fn()
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(LABELS), "files")


if __name__ == "__main__":
    main()
