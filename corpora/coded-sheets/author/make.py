# -*- coding: utf-8 -*-
"""Generate coded-sheet training documents (xlsx/csv) + labels.jsonl. Reproducible (fixed seeds)."""
import csv, io, json, os, random, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

BASE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(BASE, "docs")
os.makedirs(DOCS, exist_ok=True)

R = random.Random(20261203)


# ---------------------------------------------------------------- helpers
def times(start, step_min, n, fmt="%Y-%m-%d %H:%M"):
    t0 = dt.datetime.strptime(start, "%Y-%m-%d %H:%M")
    return [(t0 + dt.timedelta(minutes=step_min * i)).strftime(fmt) for i in range(n)]


def gen_rows(rng, n, cols, first=None):
    """cols: list of spec. spec: (base, jitter, dec) | list (choice) | callable(i, rng) | str const."""
    rows = []
    for i in range(n):
        row = [] if first is None else [first[i]]
        for s in cols:
            if isinstance(s, tuple):
                b, j, d = s
                v = b + rng.uniform(-j, j)
                row.append(round(v, d) if d > 0 else int(round(v)))
            elif isinstance(s, list):
                row.append(rng.choice(s))
            elif callable(s):
                row.append(s(i, rng))
            else:
                row.append(s)
        rows.append(row)
    return rows


def S(name, header, rows, title=None, meta=None, units=None, notes=None):
    return dict(name=name, title=title, meta=meta or [], header=header, units=units, rows=rows, notes=notes or [])


def write_xlsx(path, sheets):
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        width = max(len(sh["header"]), 2)
        r = 1
        if sh["title"]:
            ws.cell(r, 1, sh["title"]).font = Font(bold=True, size=13)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
            r += 1
        if sh["meta"]:
            c = 1
            for k, v in sh["meta"]:
                ws.cell(r, c, k).font = bold
                ws.cell(r, c + 1, v)
                c += 2
                if c > max(width, 6):
                    r += 1
                    c = 1
            r += 2 if c != 1 else 1
        for j, h in enumerate(sh["header"]):
            cell = ws.cell(r, j + 1, h)
            cell.font = bold
            cell.fill = fill
            ws.column_dimensions[cell.column_letter].width = max(9, min(22, len(str(h)) + 3))
        r += 1
        if sh["units"]:
            for j, u in enumerate(sh["units"]):
                ws.cell(r, j + 1, u).font = Font(italic=True)
            r += 1
        for row in sh["rows"]:
            for j, v in enumerate(row):
                ws.cell(r, j + 1, v)
            r += 1
        if sh["notes"]:
            r += 1
            for n in sh["notes"]:
                ws.cell(r, 1, n)
                r += 1
    fixed = dt.datetime(2026, 11, 30, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "user"
    buf = io.BytesIO()
    wb.save(buf)
    # normalise zip member timestamps so output is byte-reproducible
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 30, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-11-30T08:00:00Z", data)
                data = _re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2026-11-30T08:00:00Z", data)
            zout.writestr(zi, data)


def write_csv(path, sh, enc="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if sh["title"]:
        w.writerow([sh["title"]])
    for k, v in sh["meta"]:
        w.writerow([k, v])
    w.writerow(sh["header"])
    if sh["units"]:
        w.writerow(sh["units"])
    for row in sh["rows"]:
        w.writerow(row)
    for n in sh["notes"]:
        w.writerow([n])
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(enc))


DOCLIST = []


def doc(fmt, lang, verdict, codes, cats, mtypes, carrier, hard, note, enc="utf-8"):
    def deco(fn):
        DOCLIST.append(dict(fn=fn, fmt=fmt, lang=lang, verdict=verdict, codes=codes, cats=cats,
                            mtypes=mtypes, carrier=carrier, hard=hard, note=note, enc=enc))
        return fn
    return deco


def tick(i, rng):
    return "√"


# ====================================================================== CONTROLLED (20)

@doc("xlsx", "zh", "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", False,
     "PrNd/Ce P507 cascade: stage counts, HCl molarity, O/A, saponification set-points — separation process parameters")
def d_prnd_sx(rng):
    st = []
    for k in range(1, 61):
        sec = "萃取" if k <= 32 else ("洗涤" if k <= 50 else "反萃")
        st.append([k, sec, round(rng.uniform(0.3, 2.8), 2) if sec == "萃取" else round(rng.uniform(0.2, 1.2), 2),
                   round({"萃取": 3.2, "洗涤": 2.0, "反萃": 0.8}[sec] + rng.uniform(-0.2, 0.2), 2),
                   round(rng.uniform(0.2, 0.9) if sec != "反萃" else rng.uniform(0.02, 0.2), 3),
                   round(rng.uniform(5, 60), 1)])
    return [
        S("参数", ["代号", "设定值", "单位", "备注"], [
            ["N_E", 32, "级", ""], ["N_S", 18, "级", ""], ["N_ST", 10, "级", ""],
            ["P507_C", 1.5, "mol/L", "磺化煤油"], ["SAP_%", 36, "%", "NaOH皂"], ["F_REO", 1.42, "mol/L", "料液 LaCePrNd"],
            ["HCl_W", 3.8, "mol/L", "洗酸"], ["HCl_ST", 5.6, "mol/L", "反萃"], ["Q_org", 820, "L/h", ""],
            ["Q_F", 180, "L/h", ""], ["Q_W", 72, "L/h", ""], ["O/A_E", "4.6:1", "", ""],
            ["切割点", "Ce/Pr", "", ""], ["PrNd_出口纯度", "≥99.5", "%", "Pr6O11+Nd2O3/REO"],
            ["Ce_in_PrNd", "≤0.05", "%", ""], ["T_槽", "25~32", "℃", ""]],
          title="P507-HCl 萃取线 Ce/Pr 分离 设定表", meta=[("车间", "萃取二车间"), ("槽体", "B线 60级"),
                                                     ("版本", "SP-B-07"), ("日期", "2026-03-11")]),
        S("级样", ["级", "段", "REO_aq", "pH/酸度", "REO_org", "Pr+Nd%"], st,
          units=["", "", "mol/L", "", "mol/L", "%"], title="级样分析 2026-03-11 08:00"),
        S("说明", ["项"], [["级样每班1次; 第28~36级重点监控"], ["皂化率偏离±2%立即调整碱流量"]]),
    ]


@doc("csv", "zh", "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", False,
     "PrNd fluoride-bath electrolysis shift log: cell current, bath temp, voltage, oxide feed, anode change",
     enc="gb18030")
def d_prnd_cell(rng):
    t = times("2026-04-02 08:00", 60, 24, "%H:%M")
    rows = gen_rows(rng, 24, [[3, 4, 5, 6], (6.2, 0.3, 2), (1052, 12, 0), (9.6, 0.5, 2), (11.8, 1.2, 1),
                              lambda i, r: "换阳极" if i in (5, 17) else "", lambda i, r: "出金属" if i % 4 == 3 else "",
                              (0.0, 0.0, 0) if False else (96, 3, 1)], first=t)
    for r_ in rows:
        r_[8] = r_[8] if r_[7] else ""
    return [S("PrNd电解班报", ["时间", "槽号", "槽_I_kA", "T_bath", "U_V", "Pr6O11Nd2O3_kg/h", "动作", "出炉", "W_kg"],
              rows, units=["", "", "kA", "℃", "V", "kg/h", "", "", "kg"],
              title="氟化物体系 PrNd 电解 班报",
              meta=[("厂区", "金属三车间"), ("日期", "2026-04-02"), ("班", "白班"), ("操作", "刘工"),
                    ("电解质", "PrNdF3:LiF=86:14"), ("阴极", "W棒 φ70")],
              notes=["阳极: 石墨 单块寿命约 28d", "槽温>1070 减料; 槽压>10.5V 查极距"])]


@doc("xlsx", "en", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", False,
     "NdFeB HD + jet-mill recipe by grade: H2 pressure, dehydrogenation temp, classifier speed, D50 targets")
def d_hd_jm(rng):
    grades = ["N52", "N48H", "N45SH", "N42UH", "N38EH", "N35AH"]
    rows = []
    for g in grades:
        rows.append([g, round(rng.uniform(0.09, 0.15), 2), rng.choice([120, 150, 180]), rng.choice([540, 560, 580]),
                     rng.choice([5, 6, 7]), round(rng.uniform(0.55, 0.7), 2), rng.choice([3800, 4000, 4200, 4400]),
                     round(rng.uniform(2.8, 4.2), 1), rng.choice([0.05, 0.08, 0.1]), "<100ppm"])
    log = gen_rows(rng, 20, [["N52", "N48H", "N45SH"], (0.12, 0.02, 3), (560, 8, 0), (0.62, 0.04, 2),
                             (4100, 150, 0), (3.4, 0.4, 2), (3.9, 0.6, 2), (62, 18, 0)],
                   first=times("2026-05-06 06:00", 45, 20))
    return [
        S("Recipe", ["GRADE", "HD_P_MPa", "HD_ABS_min", "DH_T_C", "DH_h", "JM_P_MPa", "CLS_rpm", "JM_D50_um",
                     "LUBE_%", "O2_N2"], rows, title="HD / JM RECIPE TABLE  rev.C",
          meta=[("Plant", "Line 2 powder"), ("Doc", "RCP-PWD-02"), ("Approved", "QE"), ("Date", "2026-05-01")]),
        S("Log", ["TIME", "GRADE", "HD_P_MPa", "DH_T_C", "JM_P_MPa", "CLS_rpm", "JM_D50", "D90/D10", "O2_ppm"],
          log, units=["", "", "MPa", "C", "MPa", "rpm", "um", "", "ppm"]),
        S("Notes", ["note"], [["feed = strip-cast flake 0.25-0.35 mm"], ["D50 out of +/-0.2 -> adjust CLS_rpm 100 step"]]),
    ]


@doc("xlsx", "zh", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", False,
     "NdFeB N52 vacuum sintering + two-stage tempering curve set-points (SINT_T1.. segments)")
def d_sinter(rng):
    seg = [["S1", "升温", 20, 400, 120, "≤5E-2"], ["S2", "保温脱气", 400, 400, 90, "≤5E-2"],
           ["S3", "升温", 400, 850, 150, "≤2E-2"], ["S4", "保温脱氢", 850, 850, 120, "≤1E-2"],
           ["S5", "升温", 850, 1065, 120, "≤5E-3"], ["S6", "烧结", 1065, 1065, 300, "≤5E-3"],
           ["S7", "Ar风冷", 1065, 80, 60, "Ar 80kPa"], ["S8", "一级回火", 900, 900, 180, "≤5E-3"],
           ["S9", "风冷", 900, 80, 40, ""], ["S10", "二级回火", 500, 500, 240, "≤5E-3"], ["S11", "风冷出炉", 500, 60, 50, ""]]
    log = gen_rows(rng, 30, [(1064.5, 1.8, 1), (1065.3, 2.0, 1), (1063.8, 2.2, 1), (3.2e-3, 1.5e-3, 5), (0, 0, 0)],
                   first=times("2026-02-17 10:00", 10, 30, "%H:%M"))
    for r_ in log:
        r_[5] = "S6"
    return [
        S("参数", ["段", "动作", "T起_℃", "T终_℃", "时间_min", "真空/气氛_Pa"], seg,
          title="N52 烧结炉程序 (VSF-600 #4)", meta=[("牌号", "N52"), ("装炉量", "450kg"), ("程序号", "P52-03"),
                                                     ("编制", "工艺科"), ("日期", "2026-02-15")]),
        S("记录", ["时间", "SINT_T1", "SINT_T2", "SINT_T3", "VAC_Pa", "段"], log, units=["", "℃", "℃", "℃", "Pa", ""]),
        S("说明", ["备注"], [["出炉测 Br≥14.3kG, HcJ≥11kOe, 密度≥7.55"], ["二级回火温度按毛坯 HcJ 微调 480~520℃"]]),
    ]


@doc("csv", "en", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "parameter-sheet", False,
     "Sm2Co17 solution treatment + isothermal ageing + slow-cool programme with step set-points")
def d_smco(rng):
    rows = [["1", "RAMP", 25, 1200, 180, "Ar", ""], ["2", "SINTER", 1210, 1210, 60, "Ar", ""],
            ["3", "RAMP_DN", 1210, 1185, 15, "Ar", ""], ["4", "SOLN", 1185, 1185, 240, "Ar", ""],
            ["5", "QUENCH", 1185, 40, 3, "Ar fan", "max"], ["6", "RAMP", 40, 830, 120, "vac", ""],
            ["7", "AGE", 830, 830, 720, "vac", "12h"], ["8", "SLOW_COOL", 830, 400, 615, "vac", "0.7C/min"],
            ["9", "HOLD", 400, 400, 600, "vac", ""], ["10", "QUENCH", 400, 40, 30, "Ar fan", ""]]
    return [S("SmCo_AGE", ["STEP", "MODE", "T_START_C", "T_END_C", "DUR_min", "ATM", "REM"], rows,
              title="FURNACE F-7 PROGRAM 2:17 YXG-32H",
              meta=[("Line", "SmCo"), ("Alloy", "Sm25.5 Co bal Fe18 Cu5.5 Zr2.8 wt%"), ("Prog", "AG-2117-05"),
                    ("Rev date", "2026-01-20"), ("Load", "120 kg")],
              notes=["Target Br>=11.0kG HcJ>=25kOe", "If HcJ low: extend step 7 by 2h"])]


@doc("xlsx", "zh", "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", False,
     "ionic-clay in-situ leach injection log: ammonium sulfate %, well injection rates, PLS REO g/L, pH")
def d_isl(rng):
    wells = [f"ZK-{a}{b:02d}" for a in "ABC" for b in range(1, 9)]
    rows = gen_rows(rng, len(wells), [(2.5, 0.4, 2), (4.8, 0.3, 2), (1.6, 0.5, 2), (0, 0, 0)],
                    first=wells)
    for r_ in rows:
        r_[4] = round(r_[3] * 24, 1)
    pls = gen_rows(rng, 14, [(1.15, 0.45, 2), (4.6, 0.3, 2), (32, 8, 0), (0.22, 0.08, 3), (2.1, 0.6, 2)],
                   first=times("2026-06-01 08:00", 1440, 14, "%m-%d"))
    return [
        S("注液", ["井号", "(NH4)2SO4_%", "pH_inj", "Q_m3/h", "日注_m3"], rows,
          title="3号采场 原地浸矿 注液记录", meta=[("矿块", "K3-东"), ("井网", "2×2m 梅花"), ("日期", "2026-06-05"),
                                                   ("班长", "钟"), ("阶段", "浸矿期 D12")]),
        S("集液", ["日期", "PLS_REO_g/L", "pH", "Q_PLS_m3/h", "Al_g/L", "NH4_g/L"], pls,
          units=["", "g/L", "", "m3/h", "g/L", "g/L"]),
        S("说明", ["备注"], [["REO<0.3g/L 转顶水; 顶水 pH 5.5"], ["除杂: NH4HCO3 调 pH 5.2, 沉淀: NH4HCO3 至 6.8"]]),
    ]


@doc("csv", "mixed", "controlled", ["1E902.a"], ["recycling"], [], "parameter-sheet", False,
     "NdFeB swarf recycling batch record: oxidising roast, selective HCl leach, oxalate precipitation, calcination")
def d_swarf(rng):
    rows = []
    for k in range(1, 13):
        rows.append([f"RB26-{k:03d}", round(rng.uniform(780, 1100), 0), rng.choice([750, 800, 850]),
                     rng.choice([3, 4]), round(rng.uniform(1.8, 2.3), 2), round(rng.uniform(3.8, 4.4), 1),
                     rng.choice([85, 90]), round(rng.uniform(3.6, 4.2), 2), round(rng.uniform(0.5, 1.5), 2),
                     round(rng.uniform(1.45, 1.6), 2), rng.choice([850, 900]), round(rng.uniform(96.5, 98.8), 1),
                     round(rng.uniform(99.3, 99.7), 2)])
    return [S("batch", ["批号", "油泥_kg", "ROAST_T", "ROAST_h", "L/S", "HCl_M", "LEACH_T", "pH_end", "Fe_g/L",
                        "H2C2O4_倍", "CALC_T", "RE_收率%", "TREO%"], rows,
              units=["", "kg", "℃", "h", "", "mol/L", "℃", "", "g/L", "x理论", "℃", "%", "%"],
              title="钕铁硼废料回收 batch record 2026-Q1",
              meta=[("Line", "回收线 R1"), ("Feed", "NdFeB 磨削油泥 + 边角料"), ("Operator", "QC-李/ Wang")],
              notes=["优溶 pH_end 控 3.8~4.2 保 Fe 不溶", "Oxalate ppt 60℃ 30min; filtrate recycle to leach"])]


@doc("xlsx", "zh", "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", False,
     "SmEuGd group P507 cascade (traditional Chinese): stages, acid molarity, O/A, saponification",
     )
def d_smeugd_trad(rng):
    rows = [["萃取段", 28, "1.5 mol/L P507", "38%", "1.2:1", "", "Sm/Eu/Gd ≤ 0.01%"],
            ["洗滌段", 22, "", "", "", "HCl 2.4 mol/L", "Nd ≤ 0.005%"],
            ["反萃段", 8, "", "", "", "HCl 4.5 mol/L", "SEG ≥ 99%"],
            ["Eu還原", "-", "", "", "", "Zn粉 1.3倍", "Eu2+ 轉化 ≥ 98%"]]
    log = gen_rows(rng, 16, [(412, 12, 0), (338, 10, 0), (96, 6, 0), (38.2, 1.2, 1), (2.41, 0.06, 2),
                             (4.52, 0.08, 2), (27, 3, 0)], first=times("2026-03-20 08:00", 90, 16, "%H:%M"))
    return [
        S("參數", ["段", "級數", "有機相", "皂化率", "O/A", "洗/反酸", "指標"], rows,
          title="中釤銪釓 (SEG) 萃取分組 工藝參數表", meta=[("車間", "分離一車間"), ("槽號", "C線 58級"),
                                                   ("日期", "2026-03-20"), ("審核", "黃")]),
        S("記錄", ["時間", "FIC_101_org", "FIC_102_F", "FIC_103_W", "SAP_%", "HCl_W_M", "HCl_ST_M", "TI_槽"],
          log, units=["", "L/h", "L/h", "L/h", "%", "mol/L", "mol/L", "℃"]),
    ]


@doc("xlsx", "en", "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", False,
     "Tb/Dy heavy-RE extraction set-point table: stages, HEH/EHP molarity, saponification, O/A, product purity")
def d_hre_sx(rng):
    rows = [["E1", "Er/Dy split", 40, 1.0, 40, "1:1.8", 2.2, 5.5, "Dy2O3>=99.5"],
            ["E2", "Dy/Tb split", 60, 1.0, 36, "1:2.1", 1.9, 5.2, "Tb4O7>=99.99"],
            ["E3", "Tb/Gd split", 55, 1.0, 35, "1:2.4", 1.6, 4.8, "Gd in Tb <=20ppm"]]
    hist = gen_rows(rng, 24, [(35.8, 0.8, 1), (2.35, 0.12, 2), (1.61, 0.04, 2), (4.82, 0.06, 2), (0.42, 0.05, 3),
                              (28.5, 1.5, 1)], first=times("2026-07-09 00:00", 60, 24))
    return [
        S("Setpoints", ["CASCADE", "DUTY", "N_STG", "HEHEHP_M", "SAP_%", "E3_OA", "HCl_SCR_M", "HCl_STR_M", "SPEC"],
          rows, title="HRE SX TRAIN SETPOINTS  (HEH/EHP-kerosene, chloride)",
          meta=[("Site", "Sep plant 2"), ("Train", "HRE-A"), ("Rev", "4"), ("Date", "2026-07-01")]),
        S("Historian", ["TS", "E3_SAP.PV", "E3_OA.PV", "E3_HCl_SCR.PV", "E3_HCl_STR.PV", "AI-E3-47.Tb_gL", "TI-E3.PV"],
          hist, units=["", "%", "", "M", "M", "g/L", "C"]),
        S("Notes", ["n"], [["Tb product -> oxalate ppt, calcine 950C 2h"]]),
    ]


@doc("xlsx", "zh", "controlled", ["1E902.b"], ["metal-smelting"], [], "parameter-sheet", False,
     "PrNd electrolysis cell overhaul & restart commissioning record; process values appear only as targets — clause b")
def d_cell_overhaul(rng):
    items = [["1", "槽壳/炉衬", "石墨槽 内径 φ640, 无裂纹", "φ641, 无裂纹", "合格"],
             ["2", "阴极", "W棒 φ70 垂直度≤2mm", "1.5mm", "合格"],
             ["3", "阳极吊挂", "4块 石墨 对称, 极距 85~95mm", "90mm", "合格"],
             ["4", "母线接触电阻", "≤20μΩ", "14μΩ", "合格"],
             ["5", "保温盖板/排烟", "负压 -20~-50Pa", "-32Pa", "合格"],
             ["6", "整流柜", "0~8kA 稳流 ±1%", "±0.6%", "合格"],
             ["7", "热电偶", "W-Re 校验 偏差≤3℃", "2℃", "合格"],
             ["8", "烘槽", "升至 1050℃ 目标, 48h", "49h", "合格"],
             ["9", "加电解质", "PrNdF3:LiF 86:14, 液面 300mm", "305mm", "合格"],
             ["10", "试电解", "6.0kA, 槽压 9~10V, 72h 稳定", "9.4V", "合格"]]
    ramp = gen_rows(rng, 12, [(0, 0, 0), (0, 0, 0), (0, 0, 0)], first=[f"D{i//4+1}-{(i%4)*6:02d}:00" for i in range(12)])
    for i, r_ in enumerate(ramp):
        r_[1] = min(1050, 300 + i * 70 + rng.randint(-10, 10)); r_[2] = round(min(6.0, 1.0 + i * 0.5), 1)
        r_[3] = round(7.5 + i * 0.18 + rng.uniform(-0.1, 0.1), 2)
    return [
        S("大修验收", ["序", "项目", "标准/目标", "实测", "结论"], items, title="5#电解槽 大修后 开槽调试记录",
          meta=[("车间", "金属冶炼车间"), ("槽号", "5#"), ("大修日期", "2026-08-11~08-19"), ("负责人", "设备科 张"),
                ("产品", "PrNd 金属")]),
        S("升温升流", ["时间", "T_bath_℃", "I_kA", "U_V"], ramp),
        S("签字", ["单位", "签字"], [["设备科", ""], ["工艺科", ""], ["车间", ""]]),
    ]


@doc("xlsx", "en", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", False,
     "NdFeB jet-mill / orientation-press preventive-maintenance checklist with set-point references — clause b")
def d_pm_press(rng):
    items = [["JM-01", "Nozzle wear check (4x)", "W", "bore <= 6.2 mm", "", ""],
             ["JM-02", "Classifier wheel balance", "M", "vib <= 2.8 mm/s @ 4200 rpm", "", ""],
             ["JM-03", "N2 loop O2 analyser cal", "W", "span 100 ppm, reading <= 50 ppm", "", ""],
             ["JM-04", "Cyclone / filter dP", "D", "<= 2.5 kPa", "", ""],
             ["PR-01", "Orientation coil field check", "M", ">= 1.8 T at die centre", "", ""],
             ["PR-02", "Glovebox O2", "D", "<= 100 ppm", "", ""],
             ["PR-03", "Press pressure sensor cal", "Q", "compaction 0.8-1.2 t/cm2 range", "", ""],
             ["PR-04", "Die wear / clearance", "M", "<= 0.02 mm", "", ""],
             ["CIP-01", "Isostatic press seal", "M", "200 MPa hold 60 s, drop <= 1 MPa", "", ""],
             ["CIP-02", "Oil filter change", "Q", "ISO 4406 17/15/12", "", ""]]
    for it in items:
        it[4] = rng.choice(["OK", "OK", "OK", "ADJ"]); it[5] = rng.choice(["JH", "PL", "MK"])
    return [S("PM", ["TAG", "TASK", "FREQ", "REF VALUE", "RESULT", "BY"], items,
              title="POWDER & PRESS LINE PM CHECKLIST  (NdFeB sintered, line 2)",
              meta=[("Week", "2026-W31"), ("Area", "JM-2 / OP-3 / CIP-1"), ("Form", "MNT-PP-11")],
              notes=["ADJ -> raise WO in CMMS", "Do not open glovebox without N2 purge >= 15 min (pyrophoric powder)"])]


@doc("csv", "zh", "controlled", ["1E902.b"], ["separation"], [], "parameter-sheet", False,
     "mixer-settler cascade overhaul and recommissioning record for a P507 RE line, set-points as targets — clause b",
     enc="gb18030")
def d_ms_overhaul(rng):
    rows = []
    for k in range(1, 21):
        rows.append([f"{k}", rng.choice(["更换搅拌桨", "衬里修补", "溢流堰调平", "更换机封", "检查"]),
                     rng.choice(["280", "300", "320"]), round(rng.uniform(0, 1.5), 1),
                     rng.choice(["无渗漏", "无渗漏", "轻微渗 已处理"]), "合格"])
    return [S("检修", ["级号", "检修内容", "搅拌_rpm", "堰高偏差_mm", "试水", "结论"], rows,
              title="A线 P507 混合澄清槽 年度检修及复产调试记录",
              meta=[("车间", "萃取一车间"), ("检修期", "2026-09-02~09-10"), ("负责", "设备员 周"),
                    ("复产目标", "皂化率36% O/A 1.8 HCl洗3.2M 反萃5.5M"), ("产品", "La/Ce 分组")],
              notes=["复产: 先走水 24h → 走有机 → 进料液 70% 负荷 48h → 满负荷", "级样 Ce 出口达标后签字"])]


@doc("xlsx", "mixed", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", False,
     "NdFeB vacuum sintering furnace overhaul requalification (leak rate, TC survey, test run on target profile) — clause b")
def d_furn_req(rng):
    tus = gen_rows(rng, 9, [(1065, 3.5, 1), (1065, 0, 0), (5, 0, 0)], first=[f"TC{i}" for i in range(1, 10)])
    for r_ in tus:
        r_[3] = "OK" if abs(r_[1] - 1065) <= 5 else "NG"
    return [
        S("Checklist", ["No", "Item 项目", "Spec 标准", "Result 实测", "OK/NG"], [
            [1, "Hot zone 石墨毡更换", "新毡 厚50mm", "done", "OK"],
            [2, "Leak rate 压升率", "≤0.67 Pa/h", "0.41", "OK"],
            [3, "Ultimate vac 极限真空 (冷态)", "≤5E-4 Pa", "3.8E-4", "OK"],
            [4, "Ar quench fan", "80 kPa, 2900 rpm", "OK", "OK"],
            [5, "Heater R", "三相平衡 ≤5%", "2.1%", "OK"],
            [6, "Test run 试烧", "1065℃ 5h + 900℃ 3h + 500℃ 4h", "see TUS", "OK"],
            [7, "Test magnets 试片", "N48H: Br≥13.7kG HcJ≥17kOe", "13.82 / 17.6", "OK"]],
          title="VSF-4 大修后 requalification", meta=[("Furnace", "VSF-4"), ("Date", "2026-10-14"),
                                                      ("WO", "WO-26-1187"), ("Eng", "Chen / R. Patel")]),
        S("TUS", ["TC", "T_1065_℃", "SP", "tol_℃", "OK/NG"], tus, units=["", "℃", "℃", "±", ""]),
    ]


@doc("xlsx", "zh", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", False,
     "Tb grain-boundary diffusion process sheet for NdFeB: coating weight, diffusion temp/time, ageing, HcJ gain")
def d_gbd(rng):
    rows = []
    for k in range(1, 15):
        rows.append([f"GD-{k:03d}", rng.choice(["N52", "N50", "N48"]), rng.choice(["4.0", "5.0", "6.0"]),
                     round(rng.uniform(0.55, 0.75), 2), rng.choice([900, 920, 940]), rng.choice([8, 10, 12]),
                     rng.choice([480, 500, 520]), 3, round(rng.uniform(6.5, 9.5), 1), round(rng.uniform(0.15, 0.3), 2)])
    return [
        S("记录", ["批号", "基材", "厚度_mm", "Tb涂覆_wt%", "GBD_T_℃", "GBD_h", "AGE_T_℃", "AGE_h", "ΔHcJ_kOe",
                   "ΔBr_kG"], rows, title="Tb 晶界扩散 生产记录", meta=[("产线", "GBD-1"), ("涂覆", "TbH 浆料 喷涂"),
                                                                 ("月份", "2026-04"), ("记录", "工艺员 吴")]),
        S("参数", ["代号", "值", "单位"], [["GBD_VAC", "≤5E-3", "Pa"], ["RAMP", 5, "℃/min"], ["SLURRY_固含", 62, "%"],
                                       ["DRY_T", 80, "℃"], ["片厚上限", 6, "mm"]]),
    ]


@doc("csv", "en", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", False,
     "VIM strip-casting heat log for NdFeB alloy: charge recipe wt%, pour temp, wheel speed, flake thickness")
def d_sc(rng):
    rows = gen_rows(rng, 16, [(23.4, 0.3, 2), (7.8, 0.2, 2), (0.5, 0.3, 2), (0.98, 0.02, 2), (0.1, 0, 2),
                              (1465, 12, 0), (1.25, 0.1, 2), (0.28, 0.03, 3), (600, 5, 0)],
                   first=[f"SC26-{k:04d}" for k in range(311, 327)])
    return [S("SC_LOG", ["HEAT", "Nd_wt", "Pr_wt", "Dy_wt", "B_wt", "Cu_wt", "POUR_T", "WHEEL_mps", "FLAKE_mm", "CHG_kg"],
              rows, units=["", "%", "%", "%", "%", "%", "C", "m/s", "mm", "kg"],
              title="SC-600 STRIP CASTER HEAT LOG  grade N48H base",
              meta=[("Line", "Melt-1"), ("Week", "2026-W14"), ("Crucible", "Al2O3 #7")],
              notes=["alpha-Fe free check each heat; tundish preheat 1100C"])]


@doc("xlsx", "zh", "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", False,
     "Nd2O3 oxalic precipitation and calcination batch record: feed conc, oxalic ratio, pH, temp, calcine profile")
def d_oxal(rng):
    rows = []
    for k in range(1, 19):
        rows.append([f"ND-2605{k:02d}", round(rng.uniform(0.9, 1.1), 2), round(rng.uniform(1.5, 1.7), 2),
                     rng.choice([55, 60, 65]), round(rng.uniform(1.2, 1.8), 2), rng.choice([30, 40]),
                     rng.choice([950, 1000]), rng.choice([2, 3]), round(rng.uniform(99.91, 99.98), 2),
                     rng.randint(8, 40)])
    return [S("批记录", ["批号", "NdCl3_mol/L", "H2C2O4_倍", "沉淀_℃", "终点pH", "陈化_min", "灼烧_℃", "灼烧_h",
                       "Nd2O3/REO_%", "Pr6O11_ppm"], rows,
              title="氧化钕 草酸沉淀-灼烧 批记录 2026-05", meta=[("工段", "沉淀灼烧"), ("窑", "推板窑 K2"),
                                                              ("记录", "甲班")],
              notes=["洗水 Cl- ≤ 50mg/L 再出料", "推板速度 20min/板"])]


@doc("csv", "zh", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "parameter-sheet", False,
     "Ce-substituted (high-abundance) NdFeB recipe and sintering parameters in traditional Chinese")
def d_ce_mag(rng):
    rows = [["NCe35", 22.5, 6.0, 4.2, 0.0, 0.98, 0.15, 0.3, "bal", 1045, 4, 880, 490],
            ["NCe38", 24.0, 6.2, 3.0, 0.0, 0.97, 0.15, 0.3, "bal", 1050, 4, 890, 500],
            ["NCe42", 25.5, 6.4, 1.6, 0.0, 0.96, 0.12, 0.25, "bal", 1055, 5, 900, 500],
            ["NCe35H", 20.8, 5.6, 4.2, 1.2, 0.98, 0.18, 0.3, "bal", 1045, 5, 900, 520]]
    return [S("配方燒結", ["牌號", "Nd_wt%", "Pr_wt%", "Ce_wt%", "Dy_wt%", "B_wt%", "Cu_wt%", "Al_wt%", "Fe",
                       "SINT_T", "SINT_h", "AGE1_T", "AGE2_T"], rows,
              title="高豐度 鈰磁體 配方及燒結參數 (雙主相)", meta=[("廠", "磁材二廠"), ("版本", "R2"),
                                                              ("日期", "2026-02-08"), ("核准", "研發部")],
              notes=["Ce 以 Ce-Fe 中間合金加入, 速凝 1.3 m/s", "氫破後 JM_D50 3.2μm"])]


@doc("xlsx", "mixed", "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", False,
     "DCS historian export of P507 saponification and stage pH/flow loops on a RE separation line")
def d_dcs_sap(rng):
    tags = ["FIC_205_SP", "FIC_205.PV", "FIC_206.PV", "AIC_SAP.PV", "pH_R2", "pH_S14", "TI-301.PV", "LIC_310.PV"]
    rows = gen_rows(rng, 48, [(640, 0, 0), (641, 6, 1), (96, 3, 1), (36.4, 0.8, 1), (6.2, 0.2, 2), (1.35, 0.15, 2),
                              (29, 1.2, 1), (55, 6, 1)], first=times("2026-11-03 00:00", 30, 48))
    desc = [["FIC_205", "P507 有机相 进皂化槽 流量"], ["FIC_206", "NaOH 10.8mol/L"], ["AIC_SAP", "皂化率 在线"],
            ["pH_R2", "皂化反应器2"], ["pH_S14", "萃取14级水相"], ["TI-301", "反萃段 槽温"], ["LIC_310", "料液罐"]]
    return [
        S("export", ["Timestamp"] + tags, rows, units=["", "L/h", "L/h", "L/h", "%", "", "", "°C", "%"],
          title="PHD export  Unit 3 Sep (PrNd/LaCe)  2026-11-03"),
        S("tags", ["TAG", "DESC"], desc, notes=["SAP target 36±1 %, feed 1.4M RECl3"]),
    ]


@doc("csv", "zh", "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", False,
     "bastnaesite flotation shift sheet: grind, hydroxamic collector dosage, pulp temp, REO grades/recovery")
def d_flot(rng):
    rows = gen_rows(rng, 12, [(72, 3, 0), (32, 2, 0), (1.2, 0.15, 2), (0.6, 0.1, 2), (3.0, 0.3, 1), (62, 4, 0),
                              (9.0, 0.2, 1), (4.8, 0.6, 2), (58.5, 2.5, 1), (1.1, 0.3, 2), (78, 4, 1)],
                   first=times("2026-06-12 08:00", 60, 12, "%H:%M"))
    return [S("浮选", ["时间", "-200目_%", "矿浆浓度_%", "H205_kg/t", "水玻璃_kg/t", "明矾_kg/t", "矿浆_℃", "pH",
                     "原矿REO_%", "精矿REO_%", "尾矿REO_%", "回收率_%"], rows,
              title="氟碳铈矿 浮选 班报表 (选矿二系列)", meta=[("日期", "2026-06-12"), ("班", "甲"),
                                                           ("操作", "赵")],
              notes=["粗选1 精选3; H205 分两点加"])]


@doc("xlsx", "zh", "controlled", ["1E902.b"], ["mining"], [], "parameter-sheet", False,
     "ionic-clay in-situ leach field: injection-grid/collection-system upgrade & maintenance plan with target leach params — clause b")
def d_isl_upgrade(rng):
    rows = [["1", "注液井 加密", "2.5×2.5m → 2×2m", "K5 矿块", "2026-07", "新增 412 口"],
            ["2", "注液主管 更换", "DN100 PE → DN150 PE", "高位池-K5", "2026-07", "压力 0.3MPa 试验"],
            ["3", "导流孔 清淤", "每季 1 次", "K3/K4", "季度", "疏通率 ≥95%"],
            ["4", "集液沟 防渗", "HDPE 1.5mm 铺设", "K5", "2026-08", ""],
            ["5", "在线流量计", "每井组 1 台", "K5", "2026-08", "FI-K5-01~24"],
            ["6", "浸矿剂配制站 改造", "(NH4)2SO4 2.0~3.0% / MgSO4 替代试验", "配液站", "2026-09", "目标 pH 4.5~5.0"],
            ["7", "收液 REO 监测", "日检, 目标 ≥0.8 g/L", "集液池", "日", ""]]
    return [S("改造计划", ["序", "项目", "内容/规格", "位置", "时间", "验收"], rows,
              title="离子型矿 原地浸矿 注收液系统 检修及升级改造计划", meta=[("矿区", "龙南某采区"),
                                                                   ("编制", "采矿技术组"), ("日期", "2026-06-20")],
              notes=["施工期间停注; 复注先顶水 2d"])]


# ====================================================================== CLEAR hard negatives (30)

@doc("xlsx", "en", "clear", [], [], [], "parameter-sheet", True, "copper SX-EW log (LIX, O/A, PLS Cu) — not rare earth")
def n_cu_sxew(rng):
    rows = gen_rows(rng, 24, [(3.2, 0.4, 2), (1.9, 0.2, 2), (1.05, 0.08, 2), (0.21, 0.05, 2), (35.5, 1, 1),
                              (48.5, 1.2, 1), (180, 4, 0), (28, 2, 1), (1.95, 0.05, 2)],
                   first=times("2026-05-14 00:00", 60, 24))
    return [S("SX-EW", ["TS", "PLS_Cu_gL", "PLS_pH", "E1_OA", "RAF_Cu_gL", "LE_Cu_gL", "RE_Cu_gL", "H2SO4_gL",
                        "EW_A_m2", "CELL_V"], rows,
              title="SX-EW CIRCUIT HOURLY  (LIX 984N 22 v/v%)", meta=[("Site", "Heap leach pad 3"), ("Shift", "Night"),
                                                                     ("Op", "R. Mendes")])]


@doc("csv", "zh", "clear", [], [], [], "parameter-sheet", True, "copper SX (LIX) Chinese shift log — other metal SX", enc="gb18030")
def n_cu_sx_zh(rng):
    rows = gen_rows(rng, 12, [(2.8, 0.3, 2), (1.8, 0.1, 2), (1.1, 0.1, 2), (0.18, 0.04, 2), (33, 2, 1), (3, 0, 0)],
                    first=times("2026-03-02 08:00", 60, 12, "%H:%M"))
    return [S("铜萃取", ["时间", "浸出液Cu_g/L", "pH", "O/A", "萃余Cu_g/L", "负载有机Cu_g/L", "级数"], rows,
              title="铜萃取 班报 (LIX984N)", meta=[("车间", "湿法铜"), ("班", "乙")])]


@doc("xlsx", "zh", "clear", [], [], [], "parameter-sheet", True, "zinc electrowinning cell log (kA, V, ℃) — not RE")
def n_zn_ew(rng):
    rows = gen_rows(rng, 20, [list(range(1, 21)), (28.5, 1.2, 1), (3.35, 0.08, 2), (38, 2, 0), (52, 3, 0),
                              (175, 5, 0), (450, 20, 0)], first=times("2026-08-08 08:00", 30, 20, "%H:%M"))
    return [S("记录", ["时间", "槽号", "I_kA", "U_V", "槽温_℃", "Zn_g/L", "H2SO4_g/L", "Mn_mg/L"], rows,
              title="锌电积 槽况记录", meta=[("车间", "电锌"), ("日期", "2026-08-08"), ("操作", "孙")],
              notes=["阴极铝板 24h 剥锌"]),
            S("说明", ["备注"], [["槽温>42 开冷却塔"]])]


@doc("csv", "en", "clear", [], [], [], "parameter-sheet", True, "zinc EW tankhouse csv export — not RE")
def n_zn_csv(rng):
    rows = gen_rows(rng, 24, [(112.0, 1.5, 1), (3.42, 0.05, 2), (37.5, 1.0, 1), (55, 2, 1), (185, 5, 0), (91.5, 1.2, 1)],
                    first=times("2026-09-01 00:00", 60, 24))
    return [S("x", ["TS", "RECT1_I_kA", "CELL_V_AVG", "EL_T_C", "SPENT_Zn_gL", "SPENT_H2SO4_gL", "CE_%"], rows,
              title="ZINC TANKHOUSE RECT-1 EXPORT")]


@doc("xlsx", "en", "clear", [], [], [], "parameter-sheet", True, "Co/Ni Cyanex 272 circuit — not RE (Cyanex used for Co/Ni)")
def n_coni(rng):
    rows = gen_rows(rng, 16, [(5.4, 0.1, 2), (1.0, 0.1, 2), (45, 3, 0), (3.8, 0.3, 2), (0.002, 0.001, 4), (12.5, 1, 1)],
                    first=times("2026-02-11 06:00", 60, 16))
    return [S("CoNi", ["TS", "E_pH", "E_OA", "SAP_%", "PLS_Co_gL", "RAF_Co_gL", "STR_Co_gL"], rows,
              title="Co/Ni SEPARATION — Cyanex 272 20% (sulphate)", meta=[("Plant", "Refinery NiCo"), ("Shift", "A")]),
            S("Setpoints", ["TAG", "SP"], [["E_pH", 5.4], ["N_E", 4], ["N_SCR", 2], ["N_STR", 2]])]


@doc("xlsx", "zh", "clear", [], [], [], "parameter-sheet", True, "cobalt/nickel P507 circuit — P507 but Co/Ni")
def n_coni_p507(rng):
    rows = gen_rows(rng, 14, [(4.2, 0.2, 2), (65, 3, 0), (1.2, 0.1, 2), (18, 2, 1), (0.05, 0.02, 3), (120, 8, 0)],
                    first=times("2026-04-22 08:00", 60, 14, "%H:%M"))
    return [S("钴镍萃取", ["时间", "pH_E", "皂化率_%", "O/A", "料液Co_g/L", "萃余Co_g/L", "反萃Co_g/L"], rows,
              title="P507 钴镍分离 班报", meta=[("车间", "钴冶炼"), ("日期", "2026-04-22")],
              notes=["硫酸体系, 反萃 H2SO4 2.5mol/L"])]


@doc("csv", "zh", "clear", [], [], [], "parameter-sheet", True, "lithium carbonate precipitation log — not RE")
def n_li2co3(rng):
    rows = gen_rows(rng, 10, [(22, 1.5, 1), (300, 10, 0), (92, 2, 0), (1.1, 0.05, 2), (99.6, 0.2, 2)],
                    first=[f"LC{k:03d}" for k in range(1, 11)])
    return [S("碳酸锂", ["批号", "Li_g/L", "Na2CO3_g/L", "反应_℃", "倍数", "Li2CO3_%"], rows,
              title="碳酸锂 沉锂 批记录", meta=[("车间", "锂盐"), ("月份", "2026-07")])]


@doc("xlsx", "en", "clear", [], [], [], "parameter-sheet", True, "aluminium potline log (kA, bath temp, AlF3) — fluoride bath but Al")
def n_al_pot(rng):
    rows = gen_rows(rng, 30, [list(range(101, 131)), (4.18, 0.08, 2), (958, 5, 0), (11.2, 1.5, 1), (2.6, 0.5, 1),
                              (21, 3, 0), ["", "", "", "AE", ""]], first=times("2026-06-01 00:00", 0, 30, "%Y-%m-%d"))
    return [S("Potline", ["DATE", "POT", "POT_V", "BATH_T_C", "XS_AlF3_%", "Al2O3_%", "METAL_cm", "EVENT"], rows,
              title="POTLINE 2 DAILY  (400 kA prebake)", meta=[("Line I", "402.5 kA"), ("Supervisor", "K. Olsen")])]


@doc("csv", "zh", "clear", [], [], [], "parameter-sheet", True, "aluminium electrolysis cell log (分子比, AlF3) — not RE", enc="gb18030")
def n_al_zh(rng):
    rows = gen_rows(rng, 20, [list(range(1, 41)), (400, 1, 1), (3.95, 0.08, 2), (952, 6, 0), (2.45, 0.1, 2), (18, 2, 0)],
                    first=times("2026-03-10 08:00", 0, 20, "%m-%d"))
    return [S("电解", ["日期", "槽号", "系列电流_kA", "槽电压_V", "电解温度_℃", "分子比", "铝水平_cm"], rows,
              title="铝电解 二车间 槽况日报")]


@doc("xlsx", "zh", "clear", [], [], [], "parameter-sheet", True, "strontium ferrite magnet kiln log — ferrite, not RE")
def n_ferrite_kiln(rng):
    rows = gen_rows(rng, 16, [(1210, 5, 0), (1225, 4, 0), (1190, 5, 0), (22, 1, 1), (4.0, 0.1, 2), (4.6, 0.2, 2)],
                    first=times("2026-05-20 08:00", 30, 16, "%H:%M"))
    return [S("窑炉", ["时间", "T_Z5", "T_Z6", "T_Z7", "推速_min/板", "Br_kG", "HcJ_kOe"], rows,
              title="锶铁氧体 湿压磁瓦 烧结隧道窑记录", meta=[("牌号", "Y30BH"), ("日期", "2026-05-20")])]


@doc("csv", "zh", "clear", [], [], [], "parameter-sheet", True, "ferrite wet-press log in traditional Chinese — not RE")
def n_ferrite_press(rng):
    rows = gen_rows(rng, 14, [(65, 1, 1), (12.5, 0.5, 1), (8500, 200, 0), (3.2, 0.2, 2), (22, 2, 0)],
                    first=times("2026-01-09 08:00", 30, 14, "%H:%M"))
    return [S("壓機", ["時間", "漿料固含_%", "成型壓力_MPa", "磁場_Oe", "密度_g/cc", "週期_s"], rows,
              title="鐵氧體 濕壓成型 記錄 (P-3)", meta=[("產品", "Y35 瓦形"), ("班別", "早")])]


@doc("csv", "en", "clear", [], [], [], "parameter-sheet", True, "steel heat-treatment furnace log — ferrous")
def n_steel_ht(rng):
    rows = gen_rows(rng, 20, [(860, 4, 0), (0.85, 0.05, 2), (62, 3, 0), (180, 5, 0), (58, 1, 0)],
                    first=[f"HT-{k:04d}" for k in range(1200, 1220)])
    return [S("HT", ["LOAD", "AUSTENITIZE_C", "CP_%C", "QUENCH_OIL_C", "TEMPER_C", "HRC"], rows,
              title="IQ FURNACE 3 — 4140 / 8620 LOADS", meta=[("Week", "2026-W22")])]


@doc("xlsx", "zh", "clear", [], [], [], "parameter-sheet", True, "ceramic tile kiln firing curve — ceramic sintering")
def n_ceramic(rng):
    seg = [["Z1", 300, 6], ["Z4", 650, 8], ["Z8", 950, 8], ["Z12", 1180, 10], ["Z14", 1205, 6], ["Z18", 650, 7],
           ["Z22", 80, 10]]
    log = gen_rows(rng, 12, [(1203, 4, 0), (1206, 4, 0), (48, 2, 0), (0.3, 0.1, 2)],
                   first=times("2026-07-02 08:00", 60, 12, "%H:%M"))
    return [S("曲线", ["区", "SP_℃", "时间_min"], seg, title="辊道窑 烧成曲线 800×800 瓷砖",
              meta=[("窑", "2#辊道窑"), ("日期", "2026-07-02")]),
            S("记录", ["时间", "TI_Z14", "TI_Z15", "周期_min", "吸水率_%"], log)]


@doc("csv", "mixed", "clear", [], [], [], "parameter-sheet", True, "wastewater pH dosing log — utility")
def n_ww(rng):
    rows = gen_rows(rng, 24, [(2.8, 0.5, 2), (7.6, 0.3, 2), (85, 10, 0), (12, 3, 1), (0.3, 0.1, 2)],
                    first=times("2026-10-05 00:00", 60, 24))
    return [S("WWTP", ["TS", "pH_IN", "pH_R2", "NaOH_dose_L/h", "PAM_mg/L", "SS_mg/L出水"], rows,
              title="污水站 中和 pH dosing log", meta=[("Unit", "WWTP-1"), ("Op", "值班")])]


@doc("xlsx", "en", "clear", [], [], [], "parameter-sheet", True, "cerium-oxide polishing slurry QA at glass plant — uses CeO2, no RE process")
def n_ceo2_en(rng):
    rows = gen_rows(rng, 18, [(1.12, 0.02, 3), (1.35, 0.2, 2), (0.85, 0.08, 2), (9.2, 0.3, 1), (0.4, 0.1, 2), (3, 2, 0)],
                    first=times("2026-04-14 07:00", 30, 18, "%H:%M"))
    return [S("QA", ["TIME", "SLURRY_SG", "D50_um", "RR_um_min", "pH", "Ra_nm", "SCRATCH_cnt"], rows,
              title="CeO2 POLISH LINE 4 — cover glass QA", meta=[("Slurry lot", "CP-26-0412"), ("Pad", "LP-66")])]


@doc("xlsx", "zh", "clear", [], [], [], "parameter-sheet", True, "CeO2 polishing powder use log at glass plant — consumer side")
def n_ceo2_zh(rng):
    rows = gen_rows(rng, 14, [(1.10, 0.02, 3), (12, 2, 0), (0.9, 0.1, 2), (25, 3, 0), (40, 8, 0)],
                    first=times("2026-06-03 08:00", 60, 14, "%H:%M"))
    return [S("抛光", ["时间", "浆料比重", "浓度_%", "去除率_μm/min", "盘温_℃", "补粉_g"], rows,
              title="稀土抛光粉 使用记录 (盖板玻璃 3#线)", meta=[("粉批号", "CeO2-H3 26041"), ("日期", "2026-06-03")],
              notes=["比重<1.08 补粉"])]


@doc("xlsx", "zh", "clear", [], [], [], "parameter-sheet", True, "incoming inspection of bought NdFeB N52 magnets — explicitly clear")
def n_iqc_zh(rng):
    rows = gen_rows(rng, 20, [(14.45, 0.08, 2), (12.2, 0.3, 2), (51.5, 0.8, 1), (10.00, 0.015, 3), (5.00, 0.01, 3),
                              (12, 3, 1), ["OK"]], first=[f"S{k:02d}" for k in range(1, 21)])
    return [S("IQC", ["样号", "Br_kG", "HcJ_kOe", "(BH)max_MGOe", "L_mm", "T_mm", "镀层_μm", "判定"], rows,
              title="来料检验 钕铁硼磁钢 N52 NiCuNi", meta=[("供应商", "SUP-017"), ("PO", "PO26-3321"),
                                                         ("到货", "2026-05-18"), ("检验员", "IQC-马")])]


@doc("csv", "en", "clear", [], [], [], "parameter-sheet", True, "incoming inspection of purchased NdFeB arc magnets — clear")
def n_iqc_en(rng):
    rows = gen_rows(rng, 15, [(13.6, 0.1, 2), (20.5, 0.4, 2), (3.50, 0.01, 3), (0.1, 0.02, 2), ["PASS"]],
                    first=[f"{k}" for k in range(1, 16)])
    return [S("IQC", ["SN", "Br_kG", "HcJ_kOe", "THK_mm", "FLUX_dev_%", "RESULT"], rows,
              title="RECEIVING INSPECTION — N42SH arc segments (motor rotor)",
              meta=[("Supplier", "V-223"), ("Lot", "L26-0915"), ("AQL", "0.65")])]


@doc("xlsx", "zh", "clear", [], [], [], "other", True, "magnet price and stock list — commercial")
def n_price(rng):
    grades = ["N35", "N42", "N52", "N45SH", "N42UH", "N38EH", "YXG-28", "Y30"]
    rows = [[g, rng.choice(["块", "圆片", "瓦形"]), rng.randint(50, 3000), round(rng.uniform(80, 900), 1),
             rng.choice(["现货", "7天", "15天"])] for g in grades]
    return [S("库存", ["牌号", "形状", "库存_kg", "单价_元/kg", "交期"], rows, title="磁钢 报价及库存表 2026-09",
              meta=[("客户", "通用"), ("有效期", "10天")]),
            S("氧化物", ["品名", "价格_万元/t"], [["PrNd氧化物", 52.6], ["Dy2O3", 165], ["Tb4O7", 720]])]


@doc("xlsx", "en", "clear", [], [], [], "parameter-sheet", True, "motor test-bench log with magnet grades — product test, not magnet mfg")
def n_motor(rng):
    rows = gen_rows(rng, 16, [(3000, 0, 0), (120, 30, 0), (94.5, 1.2, 1), (82, 10, 0), (0.97, 0.02, 2), ["N45SH", "N42UH"]],
                    first=[f"M{k:03d}" for k in range(1, 17)])
    return [S("Bench", ["RUN", "SPEED_rpm", "TORQUE_Nm", "EFF_%", "T_MAG_C", "BEMF_ratio", "MAG_GRADE"], rows,
              title="IPM MOTOR DYNO LOG — 80 kW traction", meta=[("Bench", "DYNO-3"), ("Date", "2026-08-21")])]


@doc("xlsx", "mixed", "clear", [], [], [], "other", True, "ICP results of RE oxides from customer lab — results only")
def n_icp(rng):
    els = ["La2O3", "CeO2", "Pr6O11", "Nd2O3", "Sm2O3", "Eu2O3", "Gd2O3", "Tb4O7", "Dy2O3", "Y2O3", "Fe2O3", "CaO"]
    rows = [[f"S-{k}"] + [round(rng.uniform(1, 80), 1) for _ in els] for k in range(1, 9)]
    return [S("Results", ["Sample 样品"] + [e + "_ppm" for e in els], rows,
              title="ICP-MS 检测报告 Test report TR-26-0877", meta=[("Client", "客户 A公司"), ("Matrix", "Nd2O3 99.9%"),
                                                                    ("Method", "ICP-MS, 内标 In"), ("Date", "2026-09-03")]),
            S("QC", ["Item", "Value"], [["Blank", "<0.5 ppm"], ["Spike rec.", "96-104%"]])]


@doc("xlsx", "zh", "clear", [], [], [], "other", True, "customer-lab ICP results of RE oxides (traditional Chinese) — results only")
def n_icp_trad(rng):
    rows = [[f"樣{k}", round(rng.uniform(99.5, 99.99), 2), round(rng.uniform(5, 50), 0), round(rng.uniform(5, 50), 0),
             round(rng.uniform(10, 80), 0), round(rng.uniform(0.3, 0.8), 2)] for k in range(1, 11)]
    return [S("檢測結果", ["樣品", "TREO_%", "La2O3_ppm", "CeO2_ppm", "Fe2O3_ppm", "灼減_%"], rows,
              title="委託檢驗報告 氧化鐠釹", meta=[("委託單位", "某貿易公司"), ("報告號", "TW-26-112"),
                                               ("檢驗日", "2026-04-10")])]


@doc("csv", "zh", "clear", [], [], [], "other", True, "purchase/inventory sheet of RE oxides — commercial", enc="gb18030")
def n_purchase_zh(rng):
    items = ["氧化镨钕 PrNd 75/25", "氧化镝 Dy2O3 99.5%", "氧化铽 Tb4O7 99.99%", "金属镨钕", "镝铁合金 DyFe80"]
    rows = [[f"PO26-{k:04d}", rng.choice(items), rng.randint(1, 20) * 500, round(rng.uniform(40, 800), 1),
             rng.choice(["已入库", "在途", "待检"])] for k in range(1, 16)]
    return [S("采购", ["单号", "物料", "数量_kg", "单价_万元/t", "状态"], rows, title="稀土原料 采购及库存台账 2026")]


@doc("csv", "en", "clear", [], [], [], "other", True, "RE oxide purchase & inventory sheet — commercial")
def n_purchase_en(rng):
    rows = [[f"INV-{k:04d}", rng.choice(["Nd2O3 99.5%", "PrNd oxide 25/75", "Dy2O3 99.5%", "CeO2 99.9%"]),
             rng.randint(1, 40) * 250, round(rng.uniform(6, 110), 2), rng.choice(["WH-A", "WH-B"])] for k in range(1, 21)]
    return [S("Stock", ["ITEM_ID", "MATERIAL", "QTY_kg", "USD_per_kg", "LOC"], rows, title="RAW MATERIAL STOCK — RE OXIDES",
              meta=[("As of", "2026-10-31"), ("Buyer", "Procurement")])]


@doc("xlsx", "zh", "clear", [], [], [], "parameter-sheet", True, "cemented carbide sintering furnace log — not RE")
def n_wc(rng):
    rows = gen_rows(rng, 12, [(1420, 4, 0), (60, 5, 0), (5.0, 0.2, 1), (14.9, 0.05, 2), (91.5, 0.3, 1)],
                    first=[f"HW{k:03d}" for k in range(1, 13)])
    return [S("烧结", ["炉号", "SINT_T1", "保温_min", "HIP_MPa", "密度_g/cc", "HRA"], rows,
              title="硬质合金 YG8 低压烧结炉 记录", meta=[("炉", "SP-2"), ("日期", "2026-03-15")])]


@doc("csv", "mixed", "clear", [], [], [], "parameter-sheet", True, "Li-ion battery black-mass leach batch record — not RE recycling")
def n_lib(rng):
    rows = gen_rows(rng, 10, [(500, 20, 0), (2.0, 0.1, 2), (80, 2, 0), (4, 0, 0), (1.5, 0.3, 1), (98, 1, 1), (97, 1.5, 1)],
                    first=[f"BM-{k:03d}" for k in range(1, 11)])
    return [S("leach", ["批号", "黑粉_kg", "H2SO4_M", "LEACH_T", "LEACH_h", "H2O2_%", "Co_收率%", "Li_收率%"], rows,
              title="废锂电池 黑粉 酸浸 batch record", meta=[("Line", "LIB-R1")])]


@doc("xlsx", "zh", "clear", [], [], [], "parameter-sheet", True, "vanadium SX (P204) log — other metal")
def n_v(rng):
    rows = gen_rows(rng, 12, [(2.5, 0.2, 2), (1.5, 0.1, 2), (2.2, 0.3, 2), (0.05, 0.02, 3), (1.5, 0.1, 2)],
                    first=times("2026-02-02 08:00", 60, 12, "%H:%M"))
    return [S("钒萃取", ["时间", "pH", "O/A", "料液V_g/L", "萃余V_g/L", "反萃H2SO4_M"], rows,
              title="石煤提钒 P204 萃取 班报", meta=[("工段", "萃取"), ("班", "丙")])]


@doc("csv", "en", "clear", [], [], [], "parameter-sheet", True, "AlNiCo ageing furnace programme — AlNiCo, not RE magnet")
def n_alnico(rng):
    rows = [["1", "SOLN", 1250, 30], ["2", "FIELD_COOL", 800, 10], ["3", "AGE1", 640, 600], ["4", "AGE2", 560, 1200]]
    return [S("prog", ["STEP", "MODE", "T_C", "MIN"], rows, title="ALNICO 5 CAST — AGEING PROGRAM F-2",
              meta=[("Rev", "3"), ("Date", "2026-01-05")])]


@doc("xlsx", "zh", "clear", [], [], [], "parameter-sheet", True, "steel reheating furnace maintenance checklist (traditional) — steel")
def n_steel_pm(rng):
    items = [["1", "爐頂耐火材料", "無剝落", ""], ["2", "燒嘴", "火焰正常", ""], ["3", "熱電偶校驗", "±5℃", ""],
             ["4", "步進梁液壓", "壓力 16MPa", ""], ["5", "爐壓", "+10~+20Pa", ""]]
    for it in items:
        it[3] = rng.choice(["正常", "正常", "已處理"])
    return [S("點檢", ["序", "項目", "標準", "結果"], items, title="加熱爐 月度點檢表", meta=[("爐號", "2#步進爐"),
                                                                              ("月份", "2026-06")])]


@doc("csv", "mixed", "clear", [], [], [], "parameter-sheet", True, "bought NdFeB rotor magnet magnetising/fixture test at motor plant — use, not mfg")
def n_rotor(rng):
    rows = gen_rows(rng, 14, [(1.65, 0.03, 3), (2.1, 0.05, 2), (1800, 50, 0), ["N48H"], ["OK"]],
                    first=[f"R{k:04d}" for k in range(1, 15)])
    return [S("rotor", ["转子SN", "Flux_mWb", "Bg_T", "充磁_V", "MAG", "判定"], rows,
              title="转子总成 flux test (外购磁钢)", meta=[("Line", "Rotor-2"), ("Date", "2026-10-02")])]


# ---------------------------------------------------------------- build
def main():
    # assign names: shuffle order (fixed seed) so numbering does not track label
    order = list(range(len(DOCLIST)))
    random.Random(7).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        d = DOCLIST[idx]
        name = f"cs-{n:03d}.{d['fmt']}"
        rng = random.Random(1000 + idx)
        sheets = d["fn"](rng)
        path = os.path.join(DOCS, name)
        if d["fmt"] == "xlsx":
            write_xlsx(path, sheets)
        else:
            assert len(sheets) == 1
            write_csv(path, sheets[0], d["enc"])
        labels.append(dict(file=name, verdict=d["verdict"], control_codes=d["codes"], categories=d["cats"],
                           magnet_types=d["mtypes"], carrier=d["carrier"], exclusion=None, language=d["lang"],
                           hard_negative=d["hard"], note=d["note"] + (f" [enc={d['enc']}]" if d["enc"] != "utf-8" else "")))
    with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in sorted(labels, key=lambda x: x["file"]):
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), "docs")


if __name__ == "__main__":
    main()
