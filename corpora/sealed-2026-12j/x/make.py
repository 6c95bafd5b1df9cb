#!/usr/bin/env python3
"""Generator for sealed test batch (author x): numbers, settings and machine files."""
import os, io, json, csv, random, shutil, zipfile, datetime, math
from openpyxl import Workbook
from fpdf import FPDF
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FIXED = datetime.datetime(2025, 6, 3, 9, 30, 0)
LABELS = []


def path(name):
    p = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def w_text(name, text, enc="utf-8", nl="\n"):
    with open(path(name), "wb") as f:
        f.write(text.replace("\n", nl).encode(enc))


def normalize_zip(p):
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in items:
            if n == "docProps/core.xml":
                import re
                d = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                           rb"<dcterms:modified\1>2025-06-03T09:30:00Z</dcterms:modified>", d)
            zi = zipfile.ZipInfo(n, date_time=(2025, 6, 3, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, d)


def w_xlsx(name, sheets, creator="user"):
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    p = path(name)
    wb.save(p)
    normalize_zip(p)


def w_docx(name, build, author="user"):
    d = docx.Document()
    build(d)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    p = path(name)
    d.save(p)
    normalize_zip(p)


def w_csv(name, header, rows, enc="utf-8", pre=None, nl="\r\n"):
    s = io.StringIO()
    wr = csv.writer(s, lineterminator="\n")
    if pre:
        for line in pre:
            wr.writerow(line)
    wr.writerow(header)
    for r in rows:
        wr.writerow(r)
    w_text(name, s.getvalue(), enc=enc, nl=nl)


def label(file, verdict, codes, cats, mtypes, carrier, excl, lang, hard, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mtypes, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=hard, note=note))


def ts(start, i, step_min):
    return (start + datetime.timedelta(minutes=step_min * i)).strftime("%Y-%m-%d %H:%M")


def J(o):
    return json.dumps(o, ensure_ascii=False, indent=2) + "\n"


# ======================= CONTROLLED =======================

def c01():
    # ion-adsorption in-situ leach injection schedule, GB18030 CSV, zh shorthand
    R = random.Random(101)
    name = "采场数据/3#采场_注液台账_2025-04.csv"
    hdr = ["日期", "井排", "井号", "孔距m", "孔深m", "液种", "浓度%", "pH", "注液量m3/h", "累计m3", "母液REO g/L", "母液pH", "Al3+ mg/L", "备注"]
    rows = []
    d0 = datetime.date(2025, 4, 1)
    for day in range(0, 20):
        for rowi, pai in enumerate(["A", "B", "C"]):
            for k in range(1, 4):
                if day < 6:
                    liq, c = "(NH4)2SO4", 2.5 if day < 3 else 2.0
                elif day < 14:
                    liq, c = "MgSO4", 3.0
                else:
                    liq, c = "顶水", 0.0
                reo = max(0.05, 1.6 * math.exp(-((day - 7) ** 2) / 30.0) + R.uniform(-0.08, 0.08))
                note = ""
                if day == 5 and k == 1: note = "换液:硫铵→硫镁"
                if day == 14 and k == 1: note = "转顶水"
                rows.append([str(d0 + datetime.timedelta(days=day)), pai, f"{pai}{k:02d}", "2.0x2.0", round(R.uniform(5.5, 8.5), 1), liq, c,
                             round(R.uniform(4.5, 5.2), 1) if c else 6.5, round(R.uniform(0.12, 0.2), 3),
                             round(day * 3.6 + R.uniform(0, 1), 1), round(reo, 2), round(R.uniform(4.2, 4.9), 2), int(R.uniform(80, 260)), note])
    pre = [["# 注液井网 2m×2m 梅花形; 井径 Φ0.2m; 见矿深 1m 以下; 收液巷道 3 条, 导流孔 Φ75 间距 3m"],
           ["# 母液除杂: pH 5.0-5.2 碳铵调; 沉淀: NH4HCO3 至 pH 6.8, 陈化 4h"]]
    w_csv(name, hdr, rows, enc="gb18030", pre=pre)
    label(name, "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", None, "zh", False,
          "GB18030 CSV: in-situ leach well-grid injection log with lixiviant switch and liquor REO; RE only as REO")


def c02():
    R = random.Random(102)
    name = "dcs_export/FLT-2_recipe_BST_rev7.xml"
    cells = []
    for i, (role, n) in enumerate([("rougher", 6), ("cleaner1", 4), ("cleaner2", 3), ("cleaner3", 2), ("scavenger", 4)]):
        cells.append(f'    <Bank id="{role}" cells="{n}" airflow_m3min="{round(R.uniform(1.2, 2.4), 2)}" level_mm="{int(R.uniform(180, 320))}" residence_min="{round(R.uniform(4, 9), 1)}"/>')
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<RecipeExport system="DeltaV" area="FLT-2" exported="2025-03-11T07:42:10" user="ops_lead">
  <Recipe name="BST_HIGH_F" version="7" ore="BO-mix 2#" feed_REO_pct="6.4" feed_F_pct="8.1">
  <Grind circuit="BM-201/CY-202" P80_um="74" pct_minus74="88" density_pct_solids="58"/>
  <Conditioning tank="CT-210" temp_C="62" time_min="25" pulp_pct_solids="40"/>
  <Reagents>
    <Dose tag="FIC-211" name="Na2CO3" g_per_t="1800" point="CT-210" pH_target="9.2"/>
    <Dose tag="FIC-212" name="Na2SiF6" g_per_t="400" point="CT-210"/>
    <Dose tag="FIC-213" name="H205_hydroxamic" g_per_t="950" point="CT-210" dilution_pct="5"/>
    <Dose tag="FIC-214" name="Na2SiO3_mod2.4" g_per_t="1200" point="cleaner1"/>
    <Dose tag="FIC-215" name="J102_frother" g_per_t="35" point="rougher"/>
  </Reagents>
  <FlotationBanks>
{chr(10).join(cells)}
  </FlotationBanks>
  <Magnetic tag="WHIMS-230" field_T="1.4" matrix="3mm_rod" note="scavenge tail to HIMS"/>
  <Targets conc_REO_pct="61.5" recovery_pct="78" />
  </Recipe>
</RecipeExport>
'''
    w_text(name, xml)
    label(name, "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", None, "en", False,
          "DCS flotation recipe for bastnasite-type ore via REO grade and hydroxamic collector; words 'rare earth' absent")


def c03():
    R = random.Random(103)
    name = "recipes/SX-L3_PrNd_cut_v3.2.json"
    sect = []
    for nm, st, oa, acid in [("extraction", 38, 1.85, None), ("scrubbing", 32, 1.85, 3.2), ("stripping", 10, 6.0, 5.5)]:
        sect.append({"section": nm, "stages": st, "O_A": oa, "HCl_mol_L": acid,
                     "mixer_rpm": 180 + R.randint(0, 30), "mix_time_s": 240, "T_C": 28})
    o = {
        "line": "SX-L3", "recipe": "PrNd|SmEuGd", "rev": "3.2", "approved": "2025-02-17",
        "organic": {"extractant": "P507", "conc_mol_L": 1.5, "diluent": "sulfonated kerosene",
                    "saponification": {"reagent": "NH3.H2O", "degree_pct": 36, "tank": "SAP-301", "T_C": 30}},
        "feed": {"tag": "FT-310", "TREO_g_L": 1.62, "unit": "mol/L", "conc_mol_L": 1.05, "pH": 2.0,
                 "dist_pct": {"La": 0.2, "Ce": 0.4, "Pr": 21.8, "Nd": 74.3, "Sm": 2.1, "Eu": 0.3, "Gd": 0.9}},
        "flows_L_min": {"organic": 185.0, "feed": 28.0, "scrub": 12.4, "strip": 30.8},
        "sections": sect,
        "feed_stage": 39,
        "products": {"raffinate": {"spec": "(Pr+Nd)/TREO >= 99.95%", "Sm_ppm_max": 30},
                     "strip_liquor": {"spec": "Sm/TREO >= 70%"}},
        "monitoring": {"XRF_stage_samples": [12, 25, 39, 55, 70], "interval_h": 2}
    }
    w_text(name, J(o))
    label(name, "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "en", False,
          "P507 mixer-settler cascade recipe (stages, O/A, saponification); elements only as symbols")


def c04():
    name = "kiln/RK-02_calcination_Nd2O3.ini"
    s = """; RK-02 回转窑 配方文件 / recipe file
; 导出 2025-01-22 08:15 by HMI-2
[General]
Recipe=NDOX-CAL-05
Product=Nd2O3 4N
Feed=草酸钕 Nd2(C2O4)3·10H2O wet cake, LOI 43-46%

[Precipitation_ref]
OxalicAcid_excess_pct=12
Precip_T_C=65
Feed_REO_gL=45
Ageing_min=40
Wash_DI_to_pH=2.5

[Zones]
; 区: 设定温度 degC
Z1_SP=450
Z2_SP=750
Z3_SP=950
Z4_SP=980
Z5_SP=900
Tolerance=+/-10

[Drive]
Rot_rpm=1.8
Incl_deg=2.5
Feed_kg_h=120
Residence_min=190
Air_Nm3_h=85

[Quality]
LOI_max_pct=0.5
D50_um=3.0-5.0
Cl_ppm_max=50
NdO_purity_pct=99.99
"""
    w_text(name, s, nl="\r\n")
    label(name, "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "mixed", False,
          "INI recipe for oxalate precipitation reference + rotary kiln calcination to Nd2O3")


def c05():
    R = random.Random(105)
    name = "焙烧车间/精矿焙烧窑设定_2025Q1.xlsx"
    sp = [["区段", "设定℃", "上限", "下限", "停留min"]]
    for z, t, st in [("窑尾", 250, 30), ("预热", 350, 40), ("反应Ⅰ", 480, 60), ("反应Ⅱ", 600, 60), ("窑头", 720, 20)]:
        sp.append([z, t, t + 15, t - 15, st])
    mix = [["项目", "值", "单位"], ["精矿品位REO", 50, "%"], ["酸矿比", 1.35, "t/t"], ["浓硫酸", 98, "%"], ["进料", 4.2, "t/h"],
           ["转速", 2.2, "rpm"], ["尾气负压", -120, "Pa"], ["浸出液固比", 8, ""], ["浸出温度", 40, "℃"], ["浸出时间", 2, "h"],
           ["MgO中和pH", 4.0, ""], ["目标浸出率", 94, "%"]]
    log = [["时间", "T窑尾", "T反应Ⅰ", "T反应Ⅱ", "T窑头", "给料t/h", "酸t/h", "负压Pa", "浸渣REO%"]]
    t0 = datetime.datetime(2025, 3, 2, 8, 0)
    for i in range(24):
        log.append([ts(t0, i, 60), 248 + R.randint(-6, 6), 478 + R.randint(-8, 8), 602 + R.randint(-9, 9), 718 + R.randint(-10, 10),
                    round(4.2 + R.uniform(-.15, .15), 2), round(5.67 + R.uniform(-.2, .2), 2), -118 + R.randint(-8, 8), round(R.uniform(1.6, 2.6), 2)])
    w_xlsx(name, [("温度设定", sp), ("配比", mix), ("班报", log)], creator="焙烧工段")
    label(name, "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "zh", False,
          "XLSX 3 tabs: concentrate H2SO4 roasting kiln zone set-points, acid/ore ratio, leach and shift log")


def c06():
    R = random.Random(106)
    name = "logger/E-cell_07_trend_20250418.csv"
    hdr = ["TS", "CELL", "I_kA", "U_V", "T_bath_C", "Feed_kg", "Feed_int_s", "LiF_wt", "Tap_kg", "An_dia_mm", "CD_A_cm2", "Note"]
    rows = []
    t0 = datetime.datetime(2025, 4, 18, 0, 0)
    for i in range(72):
        I = round(6.0 + R.uniform(-.05, .05), 2)
        rows.append([ts(t0, i, 20), "E07", I, round(9.4 + R.uniform(-.3, .35), 2), int(1050 + R.uniform(-12, 12)),
                     round(R.uniform(1.3, 1.6), 2), 90, round(10.5 + R.uniform(-.4, .4), 1),
                     (round(R.uniform(21, 24), 1) if i % 12 == 11 else ""), 350 - i // 10, round(I * 1000 / (math.pi * 2.0 * 45 * 50), 2),
                     ("AE" if i == 33 else "")])
    pre = [["#Cell type: 6kA circ. 3-anode graphite, W cathode d50, Mo crucible"],
           ["#Bath: (Pr,Nd)F3-LiF 89:11; oxide feed (Pr,Nd)2O3 via vibro-feeder; tap to Fe-mould"],
           ["#Target: yield 92%, C<300ppm, O<250ppm"]]
    w_csv(name, hdr, rows, pre=pre)
    label(name, "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", None, "en", False,
          "Fluoride-bath electrolysis logger export with coded headers; PrNd only via formula in header comments")


def c07():
    name = "VF-3/程序/TB_CA_RED_P12.prg"
    s = """; 真空感应炉 VF-3 程序 P12  钙热还原 TbF3
; 编制: 冶炼二组  审核: 2025-02-08
; 配料: TbF3(干燥 300C/6h, O<0.1%) : Ca(重蒸, 颗粒3-5mm) = 1 : 0.30 (过量 10%)
; 坩埚: Ta  Φ120x200  ; 装料 8.0 kg/炉
SEG  模式    目标T(C)  速率(C/min)  保持(min)  真空/气氛           功率限(kW)
01   RAMP    400       10           60         <5E-2 Pa            25
02   RAMP    800       8            30         <5E-2 Pa            40
03   GAS     800       0            5          Ar 0.06 MPa         40
04   RAMP    1450      6            20         Ar 0.06 MPa         80
05   HOLD    1450      0            15         Ar 0.06 MPa         80
06   RAMP    1550      5            10         Ar 0.06 MPa         90   ; 渣金分离
07   COOL    200       -8           0          Ar                  0
08   END
; ---- 蒸馏除钙  VD-1 ----
D01  RAMP    1100      10           0          <1E-3 Pa            --
D02  HOLD    1100      0            120        <1E-3 Pa            --   ; Ca 冷凝器 水温 25C
D03  RAMP    1600      5            60         <5E-4 Pa            --
D04  COOL    RT        --           --         Ar                  --
; 目标: Tb >= 99.9%  Ca<100ppm  F<300ppm  回收率 >= 96%
"""
    w_text(name, s, nl="\r\n")
    label(name, "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", None, "zh", False,
          "Furnace program for Ca-thermic reduction of TbF3 and Ca distillation, Chinese comments")


def c08():
    R = random.Random(108)
    name = "MES/batch_B2503-117_alloy_powder.json"
    comp = {"Nd": 23.10, "Pr": 7.20, "Dy": 0.50, "B": 0.96, "Co": 1.00, "Cu": 0.15, "Al": 0.10, "Ga": 0.20, "Zr": 0.10, "Fe": "bal"}
    o = {
        "batch": "B2503-117", "grade": "48SH", "site": "plant2", "created": "2025-03-21T06:10:00",
        "steps": [
            {"op": "SC-melt", "eq": "SC-02", "charge_kg": 600, "composition_wt": comp,
             "params": {"vac_Pa": 0.05, "Ar_kPa": 45, "pour_T_C": 1460, "wheel_m_s": 1.3, "flake_mm": [0.25, 0.35], "wheel_water_C": 28},
             "result": {"alpha_Fe": "none", "lamella_um": 3.2}},
            {"op": "HD", "eq": "HD-04", "params": {"H2_kPa": 110, "abs_min": 120, "abs_T": "RT",
                                                  "dehyd_T_C": 550, "dehyd_h": 6, "H_ppm_target": 1200}},
            {"op": "JM", "eq": "JM-03", "params": {"lubricant_pct": 0.05, "O2_ppm_gas": 20, "classifier_rpm": 3800, "grind_bar": 6.5,
                                                  "D50_um": 3.1, "D90_D10": 3.4}},
            {"op": "press", "eq": "MP-07", "params": {"field_T": 1.8, "pressure_MPa": 35, "CIP_MPa": 200, "green_density": 4.2}}
        ],
        "qc": [{"sample": f"S{i}", "D50": round(3.1 + R.uniform(-.12, .12), 2), "O_ppm": int(R.uniform(580, 720))} for i in range(1, 7)],
        "signed": ["op_zhang", "qa_li"]
    }
    w_text(name, J(o))
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "en", False,
          "MES batch record: strip casting, HD, jet mill, field pressing with alloy composition for 48SH")


def c09():
    name = "烧结炉/SF-05_烧结回火曲线_N52.csv"
    hdr = ["段号", "类型", "目标温度℃", "升温速率℃/min", "保温min", "真空Pa", "充Ar kPa", "风冷", "说明"]
    rows = [[1, "升温", 300, 5, 60, "<5", "", "", "脱气"], [2, "升温", 600, 3, 120, "<5", "", "", "脱氢/脱脂"],
            [3, "升温", 850, 3, 90, "<1", "", "", ""], [4, "升温", 1060, 2, 300, "<5e-2", "", "", "致密化"],
            [5, "冷却", 80, "", "", "", 80, "开", "充氩风冷"],
            [6, "升温", 900, 6, 180, "<1", "", "", "一级回火"], [7, "冷却", 80, "", "", "", 80, "开", ""],
            [8, "升温", 495, 5, 240, "<1", "", "", "二级回火"], [9, "冷却", 60, "", "", "", 80, "开", "出炉"]]
    pre = [["牌号N52 料重 450kg/炉 料盒Mo 方块 52x52x30"], ["验收: Br>=14.3kG HcJ>=11.0kOe 密度>=7.55"]]
    w_csv(name, hdr, rows, enc="utf-8-sig", pre=pre)
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh", False,
          "Sintering + two-stage tempering curve for grade N52; magnet named only by grade code")


def c10():
    name = "gbd/GBD_Tb_recipe_45UH.yaml"
    s = """# grain boundary diffusion recipe  (line GBD-1)
recipe: TB-COAT-07
target_grade: 45UH
substrate:
  base_grade: 50M
  thickness_mm: 4.0       # max along c-axis
  pre_clean: [degrease_alkaline_60C_5min, HNO3_3pct_20s, DI_rinse, dry_80C]
source:
  type: TbH2 slurry
  solid_pct: 65
  binder: PVB 2% in ethanol
  coat_method: spray
  loading_wt_pct: 0.55
  faces: [N, S]
diffusion:
  vacuum_Pa: 1.0e-3
  ramp_C_min: 5
  hold_C: 920
  hold_h: 20
  quench: Ar 80kPa fan
aging:
  hold_C: 490
  hold_h: 4
acceptance:
  HcJ_gain_kOe: ">= 9.0"
  Br_loss_kG: "<= 0.2"
  HcJ_center_vs_surface: ">= 0.95"
"""
    w_text(name, s)
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "en", False,
          "YAML recipe for Tb grain-boundary diffusion and aging of sintered magnets")


def c11():
    R = random.Random(111)
    name = "SmCo/2-17_YXG-30H_工艺卡_v2.xlsx"
    comp = [["Element", "wt%", "tol", "备注"], ["Sm", 25.5, 0.15, "含烧损补偿 +0.8"], ["Co", "bal", "", ""], ["Fe", 16.5, 0.2, ""],
            ["Cu", 5.8, 0.1, ""], ["Zr", 2.6, 0.05, ""]]
    ht = [["Step", "工序", "T(°C)", "time", "atm", "cool"],
          [1, "Sintering 烧结", 1215, "30 min", "Ar", "→1190"],
          [2, "Solution 固溶", 1190, "3 h", "Ar", "oil/air quench >200°C/min"],
          [3, "Isothermal aging 等温时效", 830, "12 h", "Ar", ""],
          [4, "Slow cool 控冷", "830→400", "0.7 °C/min", "Ar", ""],
          [5, "Hold", 400, "10 h", "Ar", "air cool"]]
    pr = [["Param", "Value"], ["Ingot VIM T", "1480 °C"], ["Crush", "jaw + disk, -40 mesh"], ["Jet mill D50", "4.0 µm"],
          ["Align field", "2.0 T"], ["Press", "120 MPa die + CIP 250 MPa"]]
    qc = [["Lot", "Br kG", "HcJ kOe", "BHmax MGOe", "Hk/HcJ"]]
    for i in range(12):
        qc.append([f"S24-{300 + i}", round(11.0 + R.uniform(-.15, .15), 2), round(26 + R.uniform(-1.5, 2), 1), round(29.5 + R.uniform(-.8, .8), 1), round(R.uniform(.55, .7), 2)])
    w_xlsx(name, [("成分", comp), ("制粉压型", pr), ("热处理", ht), ("检测", qc)], creator="SmCo车间")
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "parameter-sheet", None, "mixed", False,
          "XLSX 4 tabs: Sm2Co17-type alloy composition, powder/press, solution + aging + slow-cool program, QC")


def c12():
    R = random.Random(112)
    name = "高丰度/DMP-Ce30_试产参数表.csv"
    hdr = ["炉号", "主相A(PrNd)%", "主相B(Ce-La)%", "Ce/TRE", "B%", "Cu%", "Ga%", "速凝轮速", "气流磨D50", "取向T", "烧结℃", "烧结h", "回火1℃", "回火2℃", "Br kGs", "Hcj kOe"]
    rows = []
    for i in range(10):
        rows.append([f"C30-{i + 1:03d}", 70, 30, "0.30", 0.98, 0.12, 0.25, 1.4, round(3.3 + R.uniform(-.1, .1), 2), 2.0,
                     [1040, 1045, 1050][i % 3], 4, 880, [480, 500][i % 2], round(13.0 + R.uniform(-.2, .2), 2), round(10.5 + R.uniform(-.6, .6), 1)])
    pre = [["双主相 A/B 分别速凝制片后按比例混粉; 烧结温度较单主相低 20-30℃ 以抑制元素互扩散"]]
    w_csv(name, hdr, rows, enc="utf-8-sig", pre=pre)
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "parameter-sheet", None, "zh", False,
          "Dual-main-phase Ce-substituted magnet trial parameters (alloy split, casting, sintering, tempering)")


def c13():
    R = random.Random(113)
    name = "回收线/DCS_油泥焙烧浸出_0527.csv"
    hdr = ["时间", "TI101", "TI102", "FI103", "AI104_pH", "TI201", "FI202", "AI203_pH", "LI204", "AI205_Fe", "AI206_REO"]
    rows = []
    t0 = datetime.datetime(2025, 5, 27, 0, 0)
    for i in range(48):
        rows.append([ts(t0, i, 30), int(780 + R.uniform(-15, 15)), int(650 + R.uniform(-20, 20)), round(1.5 + R.uniform(-.1, .1), 2),
                     round(R.uniform(4.0, 4.4), 2), int(85 + R.uniform(-3, 3)), round(6.8 + R.uniform(-.3, .3), 2), round(R.uniform(3.8, 4.3), 2),
                     int(62 + R.uniform(-5, 5)), round(R.uniform(0.02, 0.09), 3), round(R.uniform(195, 225), 1)])
    pre = [["位号说明: TI101/102 回转窑焙烧 氧化段/冷却段 ℃; FI103 油泥给料 t/h; TI201 优溶槽温 ℃; FI202 6mol/L HCl m3/h; AI203 优溶终点pH; AI205 浸液Fe g/L; AI206 浸液REO g/L"],
           ["工艺: 油泥 脱油→焙烧 780℃ 全氧化 → 盐酸优溶 pH 4.0-4.3 Fe 留渣 → 浸液送萃取; 目标 回收率>=97% 渣REO<0.5%"]]
    w_csv(name, hdr, rows, enc="gb18030", pre=pre)
    label(name, "controlled", ["1E902.a"], ["recycling"], [], "parameter-sheet", None, "zh", False,
          "GB18030 DCS trend of magnet-sludge oxidising roast + selective HCl leach with tag legend")


def c14():
    name = "CNC/MWS-2_P4017_slice_30x20x2.nc"
    lines = ["%", "O4017 (MWS-2 MULTI-WIRE SLICE - BLOCK 52X52X30 N48H -> 30X20X2.0)",
             "(WIRE D0.16 DIAMOND 30UM GRIT, PITCH 2.28, KERF 0.28)",
             "(COOLANT: WATER-BASED W/ RUST INHIBITOR 3PCT, 18-22C)",
             "(BLOCK BONDED ON GRAPHITE PLATE, C-AXIS PARALLEL TO Z)",
             "G21 G90 G17", "M03 S1200 (WIRE SPEED 1200 M/MIN)", "M08", "G00 Z5.000", "G01 Z0.500 F30.0"]
    z = 0.5
    feeds = [(0.0, -2.0, 0.8), (-2.0, -26.0, 1.6), (-26.0, -30.5, 0.6)]
    for a, b, f in feeds:
        lines.append(f"(SEG FEED {f} MM/MIN)")
        lines.append(f"G01 Z{b:.3f} F{f:.1f}")
    lines += ["G04 P3.0", "G01 Z0.500 F20.0", "M09", "M05", "G00 Z50.000", "M30", "%"]
    w_text(name, "\n".join(lines) + "\n")
    label(name, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "nc-program", None, "en", False,
          "Multi-wire slicing NC program for sintered N48H blocks; magnet only named by grade")


def b01():
    name = "回收线/调试/油泥线_单机联动调试确认表_rev1.xlsx"
    ck = [["序号", "设备/位号", "检查项", "设定/参考值", "实测", "结论", "签字"],
          [1, "R-101 回转窑", "燃烧器点火/熄火联锁", "火检信号<1s切断", "0.6s", "合格", ""],
          [2, "TI101", "氧化段温控回路 参考设定", "780±15℃", "776", "合格", ""],
          [3, "M-101 窑主电机", "变频调速范围", "0.5-3 rpm", "0.5-3.1", "合格", ""],
          [4, "FI103 给料螺旋", "标定", "1.5 t/h ±3%", "1.47", "合格", ""],
          [5, "R-201 优溶槽", "搅拌/加热试运转 4h", "85℃", "84", "合格", ""],
          [6, "AI203 pH计", "两点校准 4.00/7.00", "斜率>95%", "98.1%", "合格", ""],
          [7, "P-202 盐酸泵", "联锁: pH<3.5 停泵", "3.5", "动作正常", "合格", ""],
          [8, "F-301 板框压滤", "压榨压力/周期", "1.2 MPa/90min", "1.2", "合格", ""],
          [9, "尾气 SC-401", "碱洗塔 pH 报警", ">8", "9.1", "合格", ""],
          [10, "全线", "72h 带料试车 回收率考核", "≥97%", "待", "", ""]]
    punch = [["编号", "问题", "责任", "期限"], ["PL-03", "窑尾密封漏风, 负压波动", "安装队", "06-10"],
             ["PL-07", "AI205 在线Fe分析仪零点漂移", "仪表", "06-12"], ["PL-09", "优溶槽衬里焊缝复检", "防腐", "06-15"]]
    w_xlsx(name, [("调试确认", ck), ("尾项清单", punch)], creator="调试组")
    label(name, "controlled", ["1E902.b"], ["recycling"], [], "parameter-sheet", None, "zh", False,
          "Commissioning checklist for sludge roast/leach line; process values only as references -> clause b")


def b02():
    name = "maint/EC_line2_PM_plan_2025.csv"
    hdr = ["Equip", "Task", "Interval", "Ref value", "Limit / action", "Crew", "Est h"]
    rows = [
        ["Anode (graphite) set", "Replace, measure residual dia", "every 12 d", "new d350", "<d250 -> replace", "Cell crew", 1.5],
        ["W cathode rod", "Check erosion / straighten / re-seat", "every 30 d", "d50", "<d44 or bent >2mm -> replace", "Cell crew", 2],
        ["Mo crucible", "Inspect for wash-through after tap", "each tap", "wall 3mm", "pinhole -> pull cell", "Cell crew", 0.5],
        ["Rectifier RT-2", "IR thermography busbar joints", "monthly", "dT<15K", ">25K -> retorque 120Nm", "Electrical", 3],
        ["Vibro-feeder VF", "Calibrate feed rate", "weekly", "1.5 kg/90s", "dev>5% -> recal", "Instr", 1],
        ["Off-gas fan OG-1", "Bearing vib, filter dP", "monthly", "<4.5 mm/s", ">7.1 -> stop", "Mech", 2],
        ["Cell shell", "Refractory + graphite lining check at rebuild", "every 18 mo", "", "crack >5mm -> reline", "Rebuild", 48],
        ["Thermocouple TC bath", "Replace Mo sheathed TC", "every 60 d", "1050 C ref", "drift >10 C", "Instr", 0.5],
    ]
    pre = [["# Line 2 fluoride-bath electrolysis, 24 x 6 kA cells. Preventive maintenance master. Rev 2025-01"],
           ["# Normal operating reference: U 9-10 V, bath 1040-1060 C, LiF 10-11 wt%"]]
    w_csv(name, hdr, rows, pre=pre)
    label(name, "controlled", ["1E902.b"], ["metal-smelting"], [], "parameter-sheet", None, "en", False,
          "Preventive-maintenance plan for electrolysis cells; process values only as references -> clause b")


def b03():
    name = "commissioning/SX-L4_loop_tuning_sheet.xlsx"
    loops = [["Loop", "Service", "PV range", "SP (ref)", "Kp", "Ti s", "Td s", "Mode", "Step test", "Overshoot %", "Settle s", "Sign-off"],
             ["FIC-401", "P507 organic to bank E1", "0-250 L/min", 185, 0.45, 12, 0, "AUTO", "+10%", 4, 38, "JH"],
             ["FIC-402", "Feed liquor", "0-40 L/min", 28, 0.6, 8, 0, "CAS", "+10%", 2, 22, "JH"],
             ["FIC-403", "Scrub HCl", "0-20 L/min", 12.4, 0.55, 9, 0, "AUTO", "+10%", 3, 25, "JH"],
             ["AIC-410", "Saponification pH (NH3)", "0-14", 7.2, 0.25, 90, 10, "AUTO", "+0.3pH", 8, 240, "MW"],
             ["TIC-415", "Organic heater", "0-60 C", 28, 1.2, 240, 30, "AUTO", "+2C", 5, 600, "MW"],
             ["LIC-420..479", "Settler interface (60)", "0-100%", 50, 0.3, 300, 0, "AUTO", "", "", "", "pending"]]
    seq = [["Step", "Action", "Criteria"], [1, "Water run, all mixers 180 rpm", "no entrainment > 200 ppm"],
           [2, "Kerosene + water, verify phase disengagement", "< 90 s"], [3, "Load organic 1.5 M, sap to 36%", "pH 7.0-7.4"],
           [4, "Start feed at 50% flow, ramp 10%/h", "stage profile stable 48 h"], [5, "Handover to operations", "(Pr+Nd) raffinate 99.95% ref"]]
    w_xlsx(name, [("Loops", loops), ("Startup seq", seq)], creator="EPC commissioning")
    label(name, "controlled", ["1E902.b"], ["separation"], [], "parameter-sheet", None, "en", False,
          "Commissioning loop-tuning sheet and start-up sequence for P507 SX line; values as references -> clause b")

# ======================= CLEAR =======================

def n01():
    name = "热处理/渗碳炉_程序_20CrMnTi_齿轮.csv"
    hdr = ["段", "温度℃", "时间min", "碳势%C", "甲醇L/h", "丙烷L/h", "说明"]
    rows = [[1, 880, 60, 0.9, 8, 0, "均热"], [2, 930, 180, 1.15, 10, 120, "强渗"], [3, 930, 90, 0.85, 10, 40, "扩散"],
            [4, 850, 40, 0.80, 8, 20, "降温"], [5, 850, 20, 0.80, 8, 20, "淬火前保温"], [6, "油淬", 15, "", "", "", "油温80℃"],
            [7, 180, 120, "", "", "", "回火"]]
    w_csv(name, hdr, rows, enc="gb18030", pre=[["多用炉 UBE-600 层深要求 1.0-1.3mm 表面硬度 58-62HRC"]])
    label(name, "clear", [], [], [], "parameter-sheet", None, "zh", True, "Steel gear carburising furnace program; same shape as sintering curves")


def n02():
    name = "kiln/TK1_firing_profile_SrFe_Y30.yaml"
    s = """# tunnel kiln TK1 firing profile
product: Sr-ferrite anisotropic arc segments (grade Y30BH)
green: wet-pressed, field 0.8 T, SrO.5.8Fe2O3 calcined powder, D50 0.9 um
push_interval_min: 38
zones:
  - {id: Z01-Z06, T_C: [150, 300, 450, 600, 750, 900], note: binder burn-out}
  - {id: Z07-Z10, T_C: [1050, 1150, 1200, 1210]}
  - {id: Z11-Z14, T_C: [1000, 800, 500, 200], note: forced-air cooling}
atmosphere: air
targets: {Br_mT: 385-400, HcJ_kA_m: 275-300, shrinkage_pct: 14.5}
"""
    w_text(name, s)
    label(name, "clear", [], [], [], "parameter-sheet", None, "en", True, "Hard-ferrite tunnel kiln profile; magnet vocabulary but not RE")


def n03():
    name = "recipes/AlNiCo8_HT_program.xml"
    s = """<?xml version="1.0" encoding="UTF-8"?>
<FurnaceProgram controller="Eurotherm 3504" furnace="HT-3" product="AlNiCo 8 cast / 铝镍钴8 铸造">
  <Seg n="1" type="ramp" sp="1250" rate="10" unit="C/min"/>
  <Seg n="2" type="dwell" t="20" note="solution / 固溶"/>
  <Seg n="3" type="step" sp="820" note="transfer to field coil 0.25 T, isothermal / 等温磁场处理"/>
  <Seg n="4" type="dwell" t="10"/>
  <Seg n="5" type="ramp" sp="650" rate="-5"/>
  <Seg n="6" type="dwell" t="300" note="aging 1 / 一级时效"/>
  <Seg n="7" type="ramp" sp="580" rate="-2"/>
  <Seg n="8" type="dwell" t="900" note="aging 2"/>
  <Seg n="9" type="end"/>
</FurnaceProgram>
"""
    w_text(name, s)
    label(name, "clear", [], [], [], "parameter-sheet", None, "mixed", True, "AlNiCo solution + field + aging program; resembles SmCo aging")


def n04():
    R = random.Random(204)
    name = "potline/PL3_cell_data_2025-02-14.csv"
    hdr = ["TS", "CELL", "I_kA", "U_V", "T_bath_C", "CR", "AlF3_kg", "Al2O3_feeds", "AE", "Metal_cm", "Bath_cm"]
    rows = []
    t0 = datetime.datetime(2025, 2, 14, 0, 0)
    for i in range(48):
        rows.append([ts(t0, i, 30), "P3-117", round(400 + R.uniform(-1, 1), 1), round(4.15 + R.uniform(-.05, .05), 3),
                     int(958 + R.uniform(-5, 5)), round(2.32 + R.uniform(-.03, .03), 2), (25 if i % 16 == 0 else 0), int(R.uniform(28, 34)),
                     (1 if i == 21 else 0), 22, 19])
    w_csv(name, hdr, rows)
    label(name, "clear", [], [], [], "parameter-sheet", None, "en", True, "Aluminium potline cell log (cryolite bath) with coded headers like RE electrolysis logger")


def n05():
    name = "recipes/SXEW_Cu_train_B_recipe.json"
    o = {"plant": "SX-EW train B", "metal": "Cu", "extractant": {"name": "LIX 984N", "vol_pct": 22, "diluent": "Orfom SX80"},
         "PLS": {"Cu_g_L": 4.8, "Fe_g_L": 2.1, "pH": 1.8, "flow_m3_h": 900},
         "stages": {"E": 2, "W": 1, "S": 1}, "O_A": {"E": 1.1, "S": 0.8}, "mixer_tip_speed_m_s": 4.2,
         "strip": {"lean_electrolyte_Cu_g_L": 35, "H2SO4_g_L": 180}, "EW": {"current_density_A_m2": 300, "T_C": 45, "Co_ppm": 150},
         "targets": {"recovery_pct": 92, "cathode": "LME Grade A"}}
    w_text(name, J(o))
    label(name, "clear", [], [], [], "parameter-sheet", None, "en", True, "Copper SX-EW recipe JSON: mixer-settlers, O/A, stripping")


def n06():
    R = random.Random(206)
    name = "萃取车间/钴镍分离_P507_班报_0312.csv"
    hdr = ["时间", "萃取级数", "O/A", "皂化率%", "料液Co g/L", "料液Ni g/L", "萃余Ni g/L", "萃余Co mg/L", "反萃HCl mol/L", "反萃液Co g/L"]
    rows = []
    t0 = datetime.datetime(2025, 3, 12, 8, 0)
    for i in range(12):
        rows.append([ts(t0, i, 60), 8, 1.6, 65, round(12 + R.uniform(-.5, .5), 1), round(88 + R.uniform(-2, 2), 1), round(86 + R.uniform(-2, 2), 1),
                     int(R.uniform(2, 8)), 2.5, round(95 + R.uniform(-3, 3), 1)])
    w_csv(name, hdr, rows, enc="gb18030", pre=[["P507 25% 磺化煤油; 硫酸镍体系; 洗涤 4 级 反萃 6 级"]])
    label(name, "clear", [], [], [], "parameter-sheet", None, "zh", True, "Co/Ni separation with P507 shift log; P507 is also used for RE")


def n07():
    name = "sinterHIP/SH-1_WC10Co_prog.ini"
    s = """[Program]
Name=WC10Co_fine_v4
Furnace=SH-1 sinter-HIP
Charge=graphite trays, 320 kg

[Steps]
S1=ramp 20->450 C @2 C/min, H2 flow 80 l/min, dewax
S2=hold 450 C 90 min
S3=ramp ->1200 C @5 C/min, vacuum 10 Pa
S4=hold 1200 C 30 min, deoxidation
S5=ramp ->1420 C @4 C/min, Ar partial 200 mbar
S6=hold 1420 C 45 min
S7=HIP 5.5 MPa Ar 30 min @1420 C
S8=cool fan 6 bar

[Spec]
Density_g_cm3=14.45-14.55
HV30=1600
Porosity=A02B00C00
"""
    w_text(name, s, nl="\r\n")
    label(name, "clear", [], [], [], "parameter-sheet", None, "en", True, "Cemented-carbide sinter-HIP program; vacuum sintering vocabulary")


def n08():
    R = random.Random(208)
    name = "LIB回收/黑粉浸出萃取_批记录_BM250408.xlsx"
    leach = [["参数", "值", "unit"], ["Black mass", 2000, "kg"], ["H2SO4", 2.0, "mol/L"], ["H2O2", 4, "vol%"], ["L/S", 5, ""],
             ["T", 80, "°C"], ["t", 3, "h"], ["Leach eff Li/Ni/Co/Mn", "98/99/99/97", "%"]]
    sx = [["Circuit", "Extractant", "pH", "O/A", "Stages", "Target"], ["Mn/Zn removal", "D2EHPA 20%", 3.2, 1.5, 4, "Mn<5 ppm"],
          ["Co/Ni", "Cyanex 272 25%", 5.3, 1.2, 6, "CoSO4 battery grade"], ["Li", "Na2CO3 precip", 11, "", "", "Li2CO3 99.5%"]]
    an = [["Sample", "Li g/L", "Ni g/L", "Co g/L", "Mn g/L"]]
    for i in range(6):
        an.append([f"PLS-{i + 1}", round(5.1 + R.uniform(-.2, .2), 2), round(24 + R.uniform(-1, 1), 1), round(8.2 + R.uniform(-.4, .4), 2), round(7.5 + R.uniform(-.3, .3), 2)])
    w_xlsx(name, [("浸出", leach), ("萃取", sx), ("化验", an)], creator="湿法车间")
    label(name, "clear", [], [], [], "parameter-sheet", None, "mixed", True, "Li-ion black-mass leach and SX batch record (D2EHPA, Cyanex 272)")


def n09():
    R = random.Random(209)
    name = "IQC/来料检验_磁钢_N42SH_PO4500318.csv"
    hdr = ["序号", "批号", "尺寸L", "尺寸W", "尺寸H", "镀层μm", "Br(T)", "HcJ(kA/m)", "HcB(kA/m)", "(BH)max(kJ/m3)", "判定"]
    rows = []
    for i in range(20):
        rows.append([i + 1, "S2503-88", round(30 + R.uniform(-.03, .03), 3), round(10 + R.uniform(-.03, .03), 3), round(5 + R.uniform(-.02, .02), 3),
                     round(R.uniform(10, 14), 1), round(1.30 + R.uniform(-.015, .015), 3), int(1600 + R.uniform(-30, 50)), int(980 + R.uniform(-15, 15)),
                     int(326 + R.uniform(-6, 6)), "OK"])
    w_csv(name, hdr, rows, enc="gb18030", pre=[["供应商: 外购 电机转子磁钢 N42SH NiCuNi; 抽样 GB/T 2828.1 AQL0.65; 仪器: NIM-2000 B-H 回线仪"]])
    label(name, "clear", [], [], [], "parameter-sheet", None, "zh", True, "Incoming inspection of bought NdFeB magnets; test data only")


def n10():
    name = "datasheets/MagSeries_SH_grades_2025.pdf"
    pdf = FPDF()
    pdf.set_creation_date(FIXED)
    pdf.set_title("Sintered NdFeB SH series - typical properties")
    pdf.set_author("Sales engineering")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, "SH Series Sintered NdFeB Magnets - Typical Properties", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 6, "Datasheet DS-SH-2025 | for design reference only, not a purchase specification", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rows = [("Grade", "Br (T)", "HcB (kA/m)", "HcJ (kA/m)", "(BH)max (kJ/m3)", "Tmax (C)"),
            ("N35SH", "1.17-1.22", ">=876", ">=1592", "263-287", "150"), ("N38SH", "1.22-1.25", ">=907", ">=1592", "287-310", "150"),
            ("N42SH", "1.28-1.32", ">=963", ">=1592", "318-342", "150"), ("N45SH", "1.32-1.38", ">=1003", ">=1592", "342-366", "150"),
            ("N48SH", "1.37-1.42", ">=1027", ">=1592", "366-390", "150")]
    for r in rows:
        for c in r:
            pdf.cell(31, 7, c, border=1)
        pdf.ln(7)
    pdf.ln(3)
    for t in ["Density 7.5-7.6 g/cm3; reversible temp. coeff. Br -0.12 %/K, HcJ -0.55 %/K.",
              "Coatings: NiCuNi, Zn, epoxy. Magnetised or unmagnetised supply. Tolerance +/-0.05 mm standard.",
              "Contact your sales representative for samples and demagnetisation curves."]:
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(name))
    label(name, "clear", [], [], [], "parameter-sheet", None, "en", True, "Product datasheet of magnet grades; properties only, no process")


def n11():
    R = random.Random(211)
    name = "能源/电表日报_分离厂_2025-05.csv"
    hdr = ["日期", "1#变 kWh", "2#变 kWh", "萃取厂房 kWh", "灼烧窑 kWh", "废水站 kWh", "空压站 kWh", "办公 kWh", "功率因数", "最大需量kW"]
    rows = []
    for d in range(1, 32):
        rows.append([f"2025-05-{d:02d}", int(R.uniform(38000, 42000)), int(R.uniform(26000, 30000)), int(R.uniform(15000, 17000)), int(R.uniform(9000, 11000)),
                     int(R.uniform(4000, 5200)), int(R.uniform(6000, 7000)), int(R.uniform(800, 1100)), round(R.uniform(.92, .97), 2), int(R.uniform(2900, 3300))])
    w_csv(name, hdr, rows, enc="gb18030", pre=[["某稀土分离厂 能源管理系统 导出 / 电度表月报"]])
    label(name, "clear", [], [], [], "parameter-sheet", None, "zh", True, "Energy-meter monthly log of a RE separation plant; no process data")


def n12():
    R = random.Random(212)
    name = "bms/hvac_magnet_hall2_2025-04-07.json"
    recs = []
    t0 = datetime.datetime(2025, 4, 7, 0, 0)
    for i in range(24):
        recs.append({"t": ts(t0, i, 60), "AHU-2_SAT_C": round(18 + R.uniform(-.4, .4), 1), "RAT_C": round(24 + R.uniform(-.6, .6), 1),
                     "RH_pct": round(42 + R.uniform(-3, 3), 1), "DP_C": round(10 + R.uniform(-1, 1), 1), "CHW_valve_pct": int(R.uniform(30, 70)),
                     "dP_room_Pa": round(12 + R.uniform(-2, 2), 1)})
    o = {"site": "Magnet plant Hall 2 (pressing & packing)", "system": "BMS trend export", "points": list(recs[0].keys())[1:], "data": recs}
    w_text(name, J(o))
    label(name, "clear", [], [], [], "parameter-sheet", None, "en", True, "HVAC/BMS trend of a magnet plant hall; building data only")


def n13():
    name = "QA/CoA_Nd2O3_lot_NX250312.xlsx"
    rows = [["Certificate of Analysis / 质量证明书"], ["Product 产品", "Neodymium oxide 氧化钕 Nd2O3"], ["Lot 批号", "NX250312"],
            ["Net wt", "1000 kg (4 x 250 kg drums)"], [], ["Item 项目", "Spec 指标", "Result 结果"],
            ["Nd2O3/TREO %", ">=99.9", "99.95"], ["TREO %", ">=99.0", "99.32"], ["La2O3 ppm", "<=50", "<10"], ["CeO2 ppm", "<=50", "<10"],
            ["Pr6O11 ppm", "<=500", "310"], ["Sm2O3 ppm", "<=50", "<10"], ["Fe2O3 ppm", "<=20", "6"], ["SiO2 ppm", "<=50", "18"],
            ["CaO ppm", "<=30", "12"], ["Cl- ppm", "<=100", "40"], ["LOI %", "<=1.0", "0.41"], [], ["Conclusion 结论", "Conforms 合格"]]
    w_xlsx(name, [("CoA", rows)], creator="QC lab")
    label(name, "clear", [], [], [], "parameter-sheet", None, "mixed", True, "Certificate of analysis for a purchased oxide lot; product spec only")


def n14():
    name = "motor/IPM_48V_rotor_params.yaml"
    s = """# traction motor e-drive: FEA parameter set (JMAG import)
motor: IPM-8P48S
stack_mm: 120
rotor:
  od_mm: 160.0
  airgap_mm: 0.7
  magnet:
    material: N42UH (bought-in, datasheet curve @120C)
    Br_T_20C: 1.30
    HcJ_kA_m_20C: 2000
    temp_coeff_Br: -0.12
    size_mm: [24.0, 4.0, 120.0]
    segments_axial: 4
    v_angle_deg: 134
stator:
  lamination: 35JN210
  winding: hairpin 4-layer
operating_points:
  - {rpm: 3000, torque_Nm: 250}
  - {rpm: 12000, torque_Nm: 80}
demag_check: {I_pk_A: 900, T_C: 150}
"""
    w_text(name, s)
    label(name, "clear", [], [], [], "parameter-sheet", None, "en", True, "Motor FEA parameter set using bought magnets")


def n15():
    name = "dcs_export/FLT-1_recipe_Fe_magnetite_rev3.xml"
    s = """<?xml version="1.0" encoding="UTF-8"?>
<RecipeExport system="DeltaV" area="FLT-1" exported="2025-03-11T07:40:55" user="ops_lead">
  <Recipe name="MAG_REV_FLOT" version="3" ore="magnetite BIF" feed_Fe_pct="31.5">
    <Grind circuit="BM-101/CY-102" P80_um="38"/>
    <LIMS tag="LIMS-120" field_T="0.12" stages="3"/>
    <ReverseFlotation>
      <Dose tag="FIC-111" name="NaOH" pH_target="11.3"/>
      <Dose tag="FIC-112" name="corn starch depressant" g_per_t="800"/>
      <Dose tag="FIC-113" name="CaO activator" g_per_t="500"/>
      <Dose tag="FIC-114" name="RA-915 anionic collector" g_per_t="600" temp_C="35"/>
    </ReverseFlotation>
    <Targets conc_Fe_pct="68.5" SiO2_pct="4.0" recovery_pct="82"/>
  </Recipe>
</RecipeExport>
"""
    w_text(name, s)
    label(name, "clear", [], [], [], "parameter-sheet", None, "en", True, "Iron-ore magnetic separation + reverse flotation recipe; same format as RE flotation recipe")

# ======================= EXCLUDED =======================

def e01():
    R = random.Random(301)
    name = "paper_SI/hydrometallurgy_2024_SI_TableS3.csv"
    pre = [["# Supplementary data for: Separation of Pr and Nd with saponified P507 in a 40-stage counter-current cascade: model and pilot validation"],
           ["# Hydrometallurgy 226 (2024) 106312  doi:10.1016/j.hydromet.2024.106312  Received 12 Jan 2024; accepted 3 Apr 2024"],
           ["# Table S3. Stage-wise aqueous Nd fraction and distribution ratios; conditions: 1.5 M P507, 36% saponification, O/A 1.85, HCl scrub 3.2 M"]]
    hdr = ["stage", "x_Nd_aq", "D_Pr", "D_Nd", "beta_Nd_Pr", "TREO_aq_g_L"]
    rows = []
    for s in range(1, 41):
        xn = 1 / (1 + math.exp(-(s - 20) / 4.0))
        dpr = round(0.9 + R.uniform(-.05, .05), 3)
        dnd = round(dpr * 1.45 + R.uniform(-.03, .03), 3)
        rows.append([s, round(xn, 4), dpr, dnd, round(dnd / dpr, 3), round(150 + 40 * math.sin(s / 6.0) + R.uniform(-3, 3), 1)])
    w_csv(name, hdr, rows, pre=pre)
    label(name, "excluded", ["1E902.a"], ["separation"], [], "parameter-sheet", "public-domain", "en", False,
          "Published supplementary data (journal, DOI, received/accepted) of a Pr/Nd SX cascade")


def e02():
    name = "专利/CN申请_高丰度铈磁体_实施例表.docx"
    def build(d):
        d.add_paragraph("说明书")
        d.add_paragraph("一种含铈双主相烧结磁体及其制备方法")
        d.add_paragraph("申请号：202510318765.X    申请日：2025年03月18日    代理机构案号：P25-0412")
        d.add_paragraph("具体实施方式")
        d.add_paragraph("实施例1-4及对比例1的合金成分(wt%)、工艺参数及磁性能见表1、表2。")
        t = d.add_table(rows=1, cols=7)
        for i, h in enumerate(["编号", "PrNd", "Ce", "B", "Cu+Ga", "Fe", "Ce/TRE"]):
            t.rows[0].cells[i].text = h
        for r in [["实施例1", 22.4, 9.6, 0.98, 0.40, "余量", 0.30], ["实施例2", 19.2, 12.8, 0.98, 0.40, "余量", 0.40],
                  ["实施例3", 25.6, 6.4, 0.96, 0.35, "余量", 0.20], ["实施例4", 16.0, 16.0, 1.00, 0.45, "余量", 0.50],
                  ["对比例1", 22.4, 9.6, 0.98, 0.40, "余量", "0.30(单合金)"]]:
            cs = t.add_row().cells
            for i, v in enumerate(r):
                cs[i].text = str(v)
        d.add_paragraph("表2")
        t2 = d.add_table(rows=1, cols=6)
        for i, h in enumerate(["编号", "烧结温度/℃", "一级回火/℃", "二级回火/℃", "Br/kGs", "Hcj/kOe"]):
            t2.rows[0].cells[i].text = h
        for r in [["实施例1", 1045, 880, 490, 13.10, 10.8], ["实施例2", 1035, 880, 480, 12.65, 9.6], ["实施例3", 1050, 890, 500, 13.45, 12.1],
                  ["实施例4", 1030, 870, 470, 12.05, 8.2], ["对比例1", 1045, 880, 490, 12.70, 8.9]]:
            cs = t2.add_row().cells
            for i, v in enumerate(r):
                cs[i].text = str(v)
        d.add_paragraph("由表1、表2可知，采用双主相工艺的实施例1较对比例1矫顽力提高1.9 kOe。")
    w_docx(name, build, author="专利代理")
    label(name, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec", "patent-filing", "zh", False,
          "Patent description (说明书) with example tables for a Ce dual-main-phase magnet; application number given")


def e03():
    R = random.Random(303)
    name = "lab_data/NSFC_melt_structure/raman_LiF-NdF3_fits.csv"
    pre = [["# Dataset: Raman spectra fits of LiF-NdF3 melts, 900-1100 C. Project: NSFC 22xxxxxx 'Coordination and ion clustering of lanthanide fluoride melts' (basic research)"],
           ["# Group of Molten Salt Physical Chemistry, university lab. Purpose: NdF_n^(3-n) speciation vs composition; no process development."],
           ["# Columns: x_NdF3 mole fraction; T in C; band positions cm-1; CN = fitted mean coordination number"]]
    hdr = ["x_NdF3", "T_C", "nu1_cm-1", "nu2_cm-1", "FWHM1", "A2_A1", "CN_fit", "rho_g_cm3"]
    rows = []
    for x in [0.1, 0.2, 0.3, 0.4, 0.5]:
        for T in [900, 1000, 1100]:
            rows.append([x, T, round(440 + 30 * x + R.uniform(-2, 2), 1), round(350 + 20 * x + R.uniform(-2, 2), 1), round(60 + R.uniform(-3, 3), 1),
                         round(.2 + .8 * x + R.uniform(-.02, .02), 3), round(7.6 - 1.2 * x + R.uniform(-.05, .05), 2), round(2.2 + 3.4 * x - 0.0004 * (T - 900), 3)])
    w_csv(name, hdr, rows, pre=pre)
    label(name, "excluded", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", "basic-research", "en", False,
          "University basic-research melt-structure data (Raman speciation of fluoride melts) with no production know-how")


def e04():
    R = random.Random(304)
    name = "会议/第十届稀土冶金学术会议_论文集_附表.xlsx"
    info = [["出处", "第十届全国稀土冶金学术会议论文集(已出版), 冶金工业出版社, 2024, ISBN 978-7-5024-9876-1, pp.112-119"],
            ["题目", "风化壳淋积型矿柱浸试验: 硫酸镁浸取剂浓度对浸出率的影响"]]
    col = [["柱号", "MgSO4 %", "pH", "液固比", "流速 mL/min", "浸出率 %", "Al浸出 %"]]
    for i, c in enumerate([1.0, 2.0, 3.0, 4.0, 5.0]):
        col.append([f"L{i + 1}", c, 5.0, 1.2, 0.8, round(70 + 5 * c - 0.4 * c * c + R.uniform(-1, 1), 1), round(10 + 2 * c + R.uniform(-1, 1), 1)])
    w_xlsx(name, [("出处", info), ("柱浸", col)], creator="会务组")
    label(name, "excluded", ["1E902.a"], ["mining"], [], "parameter-sheet", "public-domain", "zh", False,
          "Published conference proceedings (ISBN) appendix table on column leaching of weathered-crust RE ore")


ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, b01, b02, b03,
       n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, n14, n15,
       e01, e02, e03, e04]


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for f in ALL:
        f()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in LABELS:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(LABELS), "files")


if __name__ == "__main__":
    main()
