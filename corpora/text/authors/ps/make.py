#!/usr/bin/env python3
"""Generate 60 labelled parameter-sheet documents (xlsx / csv) for the
1E902 rare-earth technology classifier.

Run:  /work/main/.venv/bin/python /tmp/author_ps/make.py
Output: /tmp/author_ps/docs/*  and  /tmp/author_ps/labels.jsonl
Only openpyxl and the standard library are used; the random seed is fixed.
"""
import csv
import datetime as dt
import json
import os
import random
import shutil
from collections import Counter

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

SEED = 20251009
BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "docs")
LABELS = os.path.join(BASE, "labels.jsonl")

rng = random.Random(SEED)
FIXED_TS = dt.datetime(2025, 3, 14, 9, 30, 0)

ZH_NAMES = ["张伟", "李娜", "王磊", "刘洋", "陈静", "杨帆", "赵敏", "黄志强", "周婷",
            "吴刚", "徐丽", "孙浩", "马骏", "朱琳", "胡斌", "郭宁", "何建军", "罗晓东"]
TW_NAMES = ["陳志明", "林怡君", "黃建宏", "張淑芬", "李家豪", "王俊傑", "吳佩珊"]
EN_NAMES = ["J. Miller", "S. Patel", "K. Nakamura", "A. Schmidt", "M. Rossi",
            "L. Chen", "D. O'Brien", "R. Kowalski", "T. Nguyen", "H. Wagner"]


def zh(n=1):
    return rng.sample(ZH_NAMES, n) if n > 1 else rng.choice(ZH_NAMES)


def tw(n=1):
    return rng.sample(TW_NAMES, n) if n > 1 else rng.choice(TW_NAMES)


def en(n=1):
    return rng.sample(EN_NAMES, n) if n > 1 else rng.choice(EN_NAMES)


def j(x, sd, nd=2):
    """jitter a value (gaussian), rounded"""
    return round(x + rng.gauss(0, sd), nd)


# --------------------------------------------------------------------------
# xlsx helpers
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HFILL = PatternFill("solid", fgColor="D9E1F2")
TFILL = PatternFill("solid", fgColor="FFF2CC")


def new_wb(creator="user"):
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = creator
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    return wb


def put(ws, row, values, col=1, bold=False, fill=None, border=False, fmt=None):
    for i, v in enumerate(values):
        if v is None:
            continue
        c = ws.cell(row=row, column=col + i, value=v)
        if bold:
            c.font = Font(bold=True)
        if fill:
            c.fill = fill
        if border:
            c.border = BOX
        if isinstance(v, (dt.date, dt.datetime)):
            c.number_format = "yyyy-mm-dd"
        elif fmt and isinstance(v, float):
            c.number_format = fmt
    return row + 1


def title(ws, row, text, ncols, size=14, bold=True, col=1):
    c = ws.cell(row=row, column=col, value=text)
    c.font = Font(bold=bold, size=size)
    c.alignment = Alignment(horizontal="center", vertical="center")
    if ncols > 1:
        ws.merge_cells(start_row=row, start_column=col, end_row=row,
                       end_column=col + ncols - 1)
    return row + 1


def table(ws, row, header, rows, col=1, units=None, fill=HFILL):
    row = put(ws, row, header, col=col, bold=True, fill=fill, border=True)
    if units is not None:
        row = put(ws, row, units, col=col, fill=fill, border=True)
    for r in rows:
        row = put(ws, row, r, col=col, border=True)
    return row


def widths(ws, w):
    for i, x in enumerate(w, start=1):
        ws.column_dimensions[get_column_letter(i)].width = x


def revlog(ws, header, entries, row=1):
    return table(ws, row, header, entries)


def save_wb(wb, name):
    wb.save(os.path.join(OUT, name))


def save_csv(name, rows, encoding="utf-8", delimiter=",", decimal="."):
    path = os.path.join(OUT, name)
    with open(path, "w", newline="", encoding=encoding) as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\r\n")
        for r in rows:
            out = []
            for v in r:
                if v is None:
                    out.append("")
                elif isinstance(v, float):
                    s = ("%.6g" % v) if abs(v) < 1e-3 and v != 0 else repr(round(v, 6))
                    out.append(s.replace(".", decimal) if decimal != "." else s)
                elif isinstance(v, (dt.date, dt.datetime)):
                    out.append(v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v.isoformat())
                else:
                    out.append(str(v))
            w.writerow(out)


# --------------------------------------------------------------------------
# label registry
# --------------------------------------------------------------------------
DOCS = []  # (file, label dict, layout, stage-ish tag)


def label(file, verdict, codes, cats, mags, carrier, excl, lang, hn, note, layout):
    assert verdict in ("controlled", "excluded", "clear")
    if verdict == "clear":
        assert not codes and not cats and not mags and excl is None
    if verdict == "excluded":
        assert excl in ("public-domain", "basic-research", "patent-filing")
    if mags:
        assert "magnet-manufacturing" in cats
    DOCS.append((file, {
        "file": file, "verdict": verdict, "control_codes": codes,
        "categories": cats, "magnet_types": mags, "carrier": carrier,
        "exclusion": excl, "language": lang, "hard_negative": hn, "note": note,
    }, layout))


A, B = "1E902.a", "1E902.b"
MIN, SEP, MET, MAG, REC = ("mining", "separation", "metal-smelting",
                           "magnet-manufacturing", "recycling")
PS = "parameter-sheet"


# ==========================================================================
# CONTROLLED — mining
# ==========================================================================
def c_insitu_injection():
    name = "原地浸矿注液参数_龙南3号矿块_v2.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("注液参数")
    r = title(ws, 1, "龙南稀土矿业有限公司 · 3号矿块", 6, size=11, bold=False)
    r = title(ws, r, "离子型稀土矿原地浸矿注液及收液工艺参数表", 6, size=14)
    r = put(ws, r, ["文件编号", "KY-GY-017", "版本", "V2.0", "生效日期", dt.date(2024, 3, 1)])
    a, b, c = zh(3)
    r = put(ws, r, ["编制", a, "审核", b, "批准", c])
    r += 1
    rows = [
        [1, "井网", "注液井间距(正方形布置)", 2.0, "m", "山脊部位可加密至1.5 m"],
        [2, "井网", "注液井孔径", 0.2, "m", "洛阳铲成孔"],
        [3, "井网", "孔底距矿体底板", 1.0, "m", "不得穿透全风化层"],
        [4, "井网", "注液井数量", 1846, "口", "按矿块圈定范围"],
        [5, "收液", "导流孔间距", 5.0, "m", "沿底板等高线布置"],
        [6, "收液", "导流孔长度", 22, "m", "仰角3°"],
        [7, "收液", "集液沟坡度", 0.3, "%", ""],
        [8, "浸矿剂", "硫酸铵浓度", 2.0, "%", "质量分数，前30 d按2.5%"],
        [9, "浸矿剂", "浸矿剂pH", 5.0, "", "硫酸调节"],
        [10, "浸矿剂", "单孔注液速率", 0.03, "m³/h", "依据渗透系数调整"],
        [11, "浸矿剂", "液固比", 0.9, "m³/t", "按矿石量计"],
        [12, "浸矿剂", "注液周期", 150, "d", ""],
        [13, "顶水", "顶水量", 0.4, "m³/t", "清水或沉淀上清液"],
        [14, "顶水", "顶水周期", 60, "d", ""],
        [15, "母液", "母液REO浓度下限", 0.3, "g/L", "低于下限转入循环池"],
        [16, "母液", "母液pH", 4.8, "", "日测2次"],
        [17, "除杂", "碳酸氢铵调节pH", 5.2, "", "除Al、Fe，沉降4 h"],
        [18, "除杂", "除杂渣REO损失上限", 2.0, "%", ""],
        [19, "沉淀", "碳酸氢铵沉淀终点pH", 6.8, "", ""],
        [20, "沉淀", "NH4HCO3/REO质量比", 2.6, "", ""],
        [21, "沉淀", "上清液补加硫酸铵至", 2.0, "%", "回用注液"],
        [22, "指标", "浸出率", 88, "%", "≥"],
        [23, "指标", "混合碳酸稀土REO", 45, "%", "≥，湿基"],
    ]
    r = table(ws, r, ["序号", "类别", "参数名称", "数值", "单位", "备注"], rows)
    r += 1
    put(ws, r, ["注：1) 监测井每日取样分析NH4+、pH；2) 雨季注液速率下调20%；3) 本表替代V1.3。"])
    widths(ws, [6, 10, 26, 10, 8, 30])
    save_wb(wb, name)
    label(name, "controlled", [A], [MIN], [], PS, None, "zh", False,
          "in-situ leaching well grid, (NH4)2SO4 lixiviant strength, liquid/solid ratio, impurity-removal and precipitation pH for ion-adsorption ore",
          "merged-title + param|value|unit")


def c_heap_leach_log():
    name = "heap_leach_liquor_daily_2024-06.csv"
    rows = [["# Site: Pad HL-2A/HL-2B  clay heap, MgSO4 lixiviant (ammonia-free)"],
            ["# Export: LIMS daily composite, 2024-06"],
            ["Date", "Pad_ID", "Lixiviant", "Lixiviant_conc_g/L", "Lixiviant_pH",
             "Injection_flow_m3/h", "PLS_flow_m3/h", "PLS_pH", "REO_mg/L",
             "Al_mg/L", "Mg_mg/L", "Operator"]]
    ops = en(3)
    for d in range(1, 31):
        day = dt.date(2024, 6, d)
        for pad, base in (("HL-2A", 980), ("HL-2B", 760)):
            reo = max(250, j(base - 9 * d, 40, 0))
            rows.append([day, pad, "MgSO4", j(30.0, 0.6, 1), j(4.8, 0.08, 2),
                         j(42.0, 2.0, 1), j(39.0, 2.2, 1), j(4.6, 0.1, 2), reo,
                         j(95, 12, 0), j(5900, 180, 0), rng.choice(ops)])
    save_csv(name, rows)
    label(name, "controlled", [A], [MIN], [], PS, None, "en", False,
          "heap-leach log of MgSO4 lixiviant strength/pH, injection and PLS flows with REO grade in liquor; process operating data for clay leaching (no 'rare earth' wording)",
          "time-series log")


def c_flotation_regime():
    name = "浮选药剂制度_包头型_rev5.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("药剂制度")
    r = title(ws, 1, "稀土浮选药剂制度 / Flotation reagent regime (Bayan Obo type ore)", 8, size=13)
    r = put(ws, r, ["Rev.", 5, "日期", dt.date(2024, 8, 19), "编制", zh(), "批准", zh()])
    r += 1
    hdr = ["工序", "参数", "Min", "Target", "Max", "单位", "Note"]
    rows = [
        ["磨矿", "-0.074 mm含量", 85, 90, 95, "%", "two-stage closed circuit, ball mill BM-2"],
        ["弱磁选", "磁场强度", 0.12, 0.15, 0.18, "T", "remove magnetite first"],
        ["强磁选", "背景磁场", 0.7, 0.8, 0.9, "T", "SLon-2000, RE minerals report to mags"],
        ["浮选给矿", "矿浆浓度", 45, 50, 55, "%", "solids w/w"],
        ["浮选给矿", "矿浆温度", 55, 60, 65, "°C", "steam heating, below 55 recovery drops"],
        ["调浆", "Na2CO3 (pH)", 9.0, 9.5, 10.0, "pH", "pH modifier"],
        ["调浆", "水玻璃", 2.0, 2.5, 3.0, "kg/t", "gangue depressant (fluorite, barite)"],
        ["调浆", "H205 羟肟酸捕收剂", 1.2, 1.5, 1.8, "kg/t", "condition 10 min before frother"],
        ["调浆", "J102 起泡剂", 0.05, 0.08, 0.10, "kg/t", ""],
        ["粗选", "浮选时间", 6, 8, 10, "min", "1 rougher"],
        ["精选", "精选次数", 2, 3, 3, "次", "cleaner no reagent addition"],
        ["扫选", "扫选次数", 1, 1, 2, "次", ""],
        ["产品", "精矿REO品位", 50, 55, 60, "%", "bastnäsite + monazite concentrate"],
        ["产品", "作业回收率", 70, 75, None, "%", ""],
    ]
    r = table(ws, r, hdr, rows)
    widths(ws, [10, 22, 8, 8, 8, 8, 44])
    ws2 = wb.create_sheet("修订记录")
    revlog(ws2, ["Rev", "Date", "Change", "By"], [
        [3, dt.date(2023, 2, 10), "H205 1.8→1.6 kg/t", zh()],
        [4, dt.date(2023, 11, 2), "add 强磁选 step", zh()],
        [5, dt.date(2024, 8, 19), "pulp temp target 60 °C; H205 1.5 kg/t", zh()],
    ])
    save_wb(wb, name)
    label(name, "controlled", [A], [MIN], [], PS, None, "mixed", False,
          "beneficiation regime for bastnäsite/monazite ore: grind, magnetic fields, hydroxamic collector dosage, pulp temperature, concentrate REO grade",
          "min/target/max")


def c_gravity_magsep():
    name = "MagSep_gravity_circuit_setpoints.csv"
    rows = [["Circuit", "Parameter", "Unit", "Value", "Comment"]]
    data = [
        ("Feed prep", "Heavy mineral concentrate feed rate", "t/h", 18.0, "HMC from dredge, monazite ~4%"),
        ("Feed prep", "Attrition scrub time", "min", 12, "remove clay coatings"),
        ("Feed prep", "Drying temperature", "deg C", 120, "rotary dryer D-1"),
        ("Spirals", "Spiral feed density", "% solids", 28, "MG-4 spirals, 3 starts"),
        ("Spirals", "Wash water", "L/min per start", 6, ""),
        ("Electrostatic", "HT roll voltage", "kV", 28, "conductors (ilmenite/rutile) out"),
        ("Electrostatic", "Roll speed", "rpm", 180, ""),
        ("Electrostatic", "Feed temperature", "C", 95, "must be >90 for monazite/zircon split"),
        ("Induced roll mag", "Field", "T", 1.0, "IRM-3, monazite + xenotime to mags"),
        ("Induced roll mag", "Roll speed", "rpm", 140, ""),
        ("Rare-earth drum", "Field", "T", 0.6, "scavenger for fine xenotime"),
        ("Shaking table", "Stroke", "mm", 14, "cleaner tables on mags"),
        ("Shaking table", "Deck slope", "deg", 2.5, ""),
        ("Product", "Monazite conc. grade", "% REO", 60.5, "min 58"),
        ("Product", "Xenotime conc. grade", "% REO", 52.0, "Y2O3-rich"),
        ("Product", "Circuit recovery (monazite)", "%", 86, ""),
    ]
    rows += [list(d) for d in data]
    save_csv(name, rows)
    label(name, "controlled", [A], [MIN], [], PS, None, "en", False,
          "dry-mill beneficiation settings (electrostatic, induced-roll magnetic fields, tables) to produce monazite/xenotime concentrates at stated REO grade",
          "param|unit|value")


def c_insitu_commissioning():
    name = "注液井网调试验收表_2023.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("调试验收")
    r = title(ws, 1, "稀土原地浸矿注液/收液系统调试验收记录", 8)
    r = put(ws, r, ["工程名称", "6号采场注液系统", "调试日期", dt.date(2023, 9, 12), "施工单位", "赣南矿建二公司", "记录编号", "TS-2023-061"])
    r += 1
    hdr = ["序号", "调试项目", "检查内容", "设定值/验收标准", "单位", "实测", "结论", "检查人"]
    who = zh(3)
    rows = [
        [1, "高位池", "满水试验24 h渗漏率", 2.0, "%", 0.8, "合格", who[0]],
        [2, "注液主管", "水压试验(保压30 min)", 0.6, "MPa", 0.6, "合格", who[0]],
        [3, "注液支管", "阀门启闭及流量标定", 0.03, "m³/h·孔", 0.031, "合格", who[1]],
        [4, "注液井", "抽检成孔深度(孔底距底板)", 1.0, "m", 1.1, "合格", who[1]],
        [5, "配液系统", "硫酸铵配制浓度(参考目标)", 2.0, "%", 2.04, "合格", who[2]],
        [6, "配液系统", "在线pH计两点校准", "4.00/6.86", "pH", "4.01/6.85", "合格", who[2]],
        [7, "收液巷道", "导流孔出液情况", "连续出液", "", "连续出液", "合格", who[0]],
        [8, "母液池", "HDPE防渗膜焊缝真空检测", -0.02, "MPa", -0.02, "合格", who[1]],
        [9, "监测井", "地下水NH4+本底", 1.5, "mg/L", 0.6, "合格", who[2]],
        [10, "除杂沉淀池", "搅拌机空载运行2 h", 2, "h", 2, "合格", who[0]],
        [11, "液位计", "母液池液位计比对误差", 2, "cm", 1, "合格", who[1]],
        [12, "联动试车", "清水联动72 h", 72, "h", 72, "合格", who[2]],
    ]
    r = table(ws, r, hdr, rows)
    r += 1
    r = put(ws, r, ["结论：", "系统调试合格，同意转入注液生产。"])
    put(ws, r, ["建设单位：", zh(), "监理：", zh(), "施工：", zh()])
    widths(ws, [6, 14, 28, 16, 10, 12, 8, 10])
    save_wb(wb, name)
    label(name, "controlled", [B], [MIN], [], PS, None, "zh", False,
          "commissioning/acceptance record of an in-situ leaching injection and liquor-collection system; setpoints appear only as acceptance targets -> clause b",
          "commissioning checklist")


def c_liquor_treatment_tw():
    name = "離子型礦浸出母液處理參數.xlsx"
    wb = new_wb(tw())
    ws = wb.create_sheet("母液處理")
    r = title(ws, 1, "離子型稀土礦浸出母液除雜與沉澱工藝參數", 7)
    r = put(ws, r, ["版次", "B", "核准", tw(), "日期", dt.date(2024, 5, 6)])
    r += 1
    hdr = ["參數", "單位", "除雜", "沉澱", "陳化", "壓濾洗滌", "上清液回用"]
    rows = [
        ["藥劑", "", "碳酸氫銨", "碳酸氫銨", "—", "清水", "硫酸銨"],
        ["藥劑濃度", "%", 8, 10, None, None, 2.0],
        ["終點pH", "", 5.2, 6.8, None, None, 5.0],
        ["溫度", "℃", 25, 25, 25, 25, None],
        ["攪拌速度", "rpm", 60, 80, 0, None, None],
        ["時間", "h", 1.5, 2.0, 6, 1.0, None],
        ["加藥方式", "", "緩慢滴加", "分三次加入", None, None, "補加至目標濃度"],
        ["洗滌水量", "m³/t", None, None, None, 3.0, None],
        ["濾餅含水率", "%", None, None, None, 45, None],
        ["稀土損失", "%", 2.0, 0.5, None, 0.3, None],
        ["Al去除率", "%", 92, None, None, None, None],
        ["產品REO(乾基)", "%", None, None, None, 92, None],
    ]
    r = table(ws, r, hdr, rows)
    r += 1
    put(ws, r, ["備註：母液REO < 0.5 g/L 時沉澱時間延長至3 h；除雜渣返回堆浸。"])
    widths(ws, [16, 8, 12, 12, 10, 12, 14])
    save_wb(wb, name)
    label(name, "controlled", [A], [MIN], [], PS, None, "zh", False,
          "traditional-Chinese transposed sheet: impurity removal and NH4HCO3 precipitation conditions for ion-adsorption leach liquor (mining-stage liquor treatment)",
          "transposed (steps as columns)")


# ==========================================================================
# CONTROLLED — separation
# ==========================================================================
def s_cascade_tags():
    name = "SX_cascade_setpoints_2024Q3.csv"
    rows = [["Tag", "Description", "Setpoint", "Unit", "Lo_Alarm", "Hi_Alarm", "Section"]]
    data = [
        ("CFG-PN1-NE", "Extraction stages", 48, "stages", None, None, "PN-1 Pr/Nd split"),
        ("CFG-PN1-NS", "Scrub stages", 36, "stages", None, None, "PN-1 Pr/Nd split"),
        ("CFG-PN1-NST", "Strip stages", 10, "stages", None, None, "PN-1 Pr/Nd split"),
        ("CFG-PN1-FEED", "Feed stage (from org inlet)", 48, "stage no.", None, None, "PN-1 Pr/Nd split"),
        ("AIC-101", "P507 concentration in sulfonated kerosene", 1.5, "mol/L", 1.45, 1.55, "Organic make-up"),
        ("AIC-102", "Saponification degree (NaOH)", 36, "%", 34, 38, "Saponification"),
        ("FIC-110", "Saponified organic flow", 620, "L/min", 600, 640, "PN-1 Pr/Nd split"),
        ("FIC-111", "Feed PrNd chloride flow", 95, "L/min", 90, 100, "PN-1 Pr/Nd split"),
        ("AIC-111", "Feed concentration (as oxide)", 1.35, "mol/L", 1.3, 1.4, "PN-1 Pr/Nd split"),
        ("AIC-112", "Feed acidity", 0.1, "mol/L H+", 0.05, 0.2, "PN-1 Pr/Nd split"),
        ("FIC-112", "Scrub HCl flow", 58, "L/min", 55, 61, "PN-1 Pr/Nd split"),
        ("AIC-113", "Scrub HCl concentration", 3.6, "mol/L", 3.5, 3.7, "PN-1 Pr/Nd split"),
        ("FIC-113", "Strip HCl flow", 36, "L/min", 34, 38, "PN-1 Pr/Nd split"),
        ("AIC-114", "Strip HCl concentration", 5.8, "mol/L", 5.6, 6.0, "PN-1 Pr/Nd split"),
        ("RIC-115", "O/A extraction section", 5.6, "-", 5.4, 5.8, "PN-1 Pr/Nd split"),
        ("TIC-116", "Settler temperature", 35, "C", 30, 40, "PN-1 Pr/Nd split"),
        ("SIC-117", "Mixer impeller speed", 280, "rpm", 260, 300, "PN-1 Pr/Nd split"),
        ("AI-120", "Nd2O3/TREO in raffinate product", 99.9, "%", 99.85, None, "QC"),
        ("AI-121", "Pr6O11 in Nd product", 0.05, "%", None, 0.08, "QC"),
        ("AI-122", "Nd2O3 in Pr product", 0.5, "%", None, 0.8, "QC"),
        ("CFG-LC1-NE", "Extraction stages", 24, "stages", None, None, "LC-1 La-Ce/PrNd group split"),
        ("CFG-LC1-NS", "Scrub stages", 28, "stages", None, None, "LC-1 La-Ce/PrNd group split"),
        ("RIC-130", "O/A extraction section", 3.2, "-", 3.0, 3.4, "LC-1 La-Ce/PrNd group split"),
    ]
    rows += [list(d) for d in data]
    save_csv(name, rows)
    label(name, "controlled", [A], [SEP], [], PS, None, "en", False,
          "DCS setpoint export of a P507 mixer-settler cascade: stage counts, saponification, O/A, scrub/strip HCl, Pr/Nd purity targets; no 'rare earth' wording",
          "tag config (tag|setpoint|alarms)")


def s_cepr_multisheet():
    name = "萃取槽级数及流比_v3.xlsx"
    wb = new_wb(zh())
    cv = wb.create_sheet("封面")
    r = title(cv, 2, "P507-HCl体系 Ce/Pr 分组萃取工艺参数", 4, size=16)
    a, b, c = zh(3)
    for k, v in [("文件编号", "FL-SX-CP-003"), ("版本", "V3"), ("适用产线", "冶炼分离一车间 A线"),
                 ("原料", "氯化稀土料液(包头精矿酸法)"), ("编制", a), ("审核", b), ("批准", c),
                 ("生效日期", dt.date(2024, 7, 1)), ("密级", "内部")]:
        r = put(cv, r + 1, [k, v], bold=False)
    widths(cv, [14, 36])
    ws = wb.create_sheet("工艺参数")
    r = title(ws, 1, "Ce/Pr 分组 萃取-洗涤-反萃 工艺参数", 7)
    hdr = ["段", "级数", "进料位置", "相", "流量(L/min)", "浓度", "备注"]
    rows = [
        ["萃取段", 32, "第32级进料", "有机相 P507", 540, "1.5 mol/L", "皂化度 36%"],
        ["萃取段", None, None, "料液 RECl3", 80, "1.60 mol/L", "酸度 pH 2~3"],
        ["洗涤段", 30, "第33级", "洗酸 HCl", 62, "4.2 mol/L", "含 Pr-Nd 回流"],
        ["反萃段", 8, "第63级", "反萃酸 HCl", 30, "6.0 mol/L", ""],
        ["皂化段", 3, "", "NaOH", 12, "10 mol/L", "氨皂化已停用"],
    ]
    r = table(ws, r, hdr, rows)
    r += 1
    r = put(ws, r, ["物料平衡与指标"], bold=True)
    r = table(ws, r, ["项目", "数值", "单位"], [
        ["萃取比 E", 1.42, ""], ["洗涤比", 2.35, ""], ["La-Ce 萃余液 CeO2/TREO", 52, "%"],
        ["萃余液 (Pr+Nd)/TREO", 0.05, "%"], ["反萃液 (Pr+Nd)/TREO", 99.5, "%"],
        ["反萃液 CeO2/TREO", 0.1, "%"], ["稀土收率", 99.3, "%"], ["槽体温度", 30, "℃"],
        ["混合时间", 4, "min"], ["澄清面积负荷", 0.45, "m³/(m²·h)"],
    ])
    widths(ws, [12, 8, 12, 14, 12, 12, 18])
    rv = wb.create_sheet("修订记录")
    revlog(rv, ["版本", "日期", "修订内容", "修订人"], [
        ["V1", dt.date(2022, 3, 15), "首发", a],
        ["V2", dt.date(2023, 5, 8), "萃取段32级；洗酸4.5→4.2 mol/L", a],
        ["V3", dt.date(2024, 7, 1), "取消氨皂化，改液碱皂化", a],
    ])
    widths(rv, [8, 12, 40, 10])
    save_wb(wb, name)
    label(name, "controlled", [A], [SEP], [], PS, None, "zh", False,
          "multi-sheet workbook: Ce/Pr group-split P507 cascade stage counts, flows, acid strengths, saponification, purity and recovery targets",
          "multi-sheet (cover/params/revision log)")


def s_hree_unitsrow():
    name = "HREE_Tm-Yb-Lu_extraction_rev2.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("cascade")
    r = title(ws, 1, "重稀土 Tm/Yb/Lu 萃取分离槽参数 (Cyanex 272 / P507 协同体系)", 8)
    r = put(ws, r, ["Rev 2", None, "批准", zh(), "日期", dt.date(2024, 10, 22)])
    r += 1
    hdr = ["分离段", "级数", "有机相流量", "料液流量", "洗液流量", "反萃液流量", "洗/反酸度", "温度"]
    units = ["", "级", "L/min", "L/min", "L/min", "L/min", "mol/L", "°C"]
    rows = [
        ["Tm/Yb", 60, 210, 18, 22, 14, 2.2, 40],
        ["Yb/Lu", 72, 180, 9, 19, 12, 2.6, 40],
        ["Lu 提纯", 50, 95, 4, 11, 8, 3.0, 45],
    ]
    r = table(ws, r, hdr, rows, units=units)
    r += 1
    r = put(ws, r, ["有机相组成", "0.5 M Cyanex 272 + 0.3 M P507 in kerosene, saponification 30%"])
    r = put(ws, r, ["产品指标", "Lu2O3/TREO ≥ 99.99% ; Yb2O3 ≥ 99.95%"])
    r = put(ws, r, ["Note", "Heavy-fraction stripping is slow; keep strip section at 45 °C and 6 min residence."])
    put(ws, r, ["Note", "Fe must be < 5 ppm in feed, otherwise third phase forms at stage 30-40."])
    widths(ws, [14, 8, 12, 12, 12, 12, 12, 8])
    save_wb(wb, name)
    label(name, "controlled", [A], [SEP], [], PS, None, "mixed", False,
          "heavy RE (Tm/Yb/Lu) extraction cascade with stage counts, flows, acidities under a separate units row; Chinese headers, English notes",
          "separate units row")


def s_roasting_tolerance():
    name = "精矿焙烧分解参数表.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("焙烧分解")
    r = title(ws, 1, "混合稀土精矿浓硫酸强化焙烧 / 水浸 工艺参数", 5)
    r = put(ws, r, ["编号: YL-BS-002", None, "修订: C", None, dt.date(2023, 12, 4)])
    r += 1
    hdr = ["工序", "参数", "规定值", "单位", "控制方法"]
    rows = [
        ["配料", "精矿REO品位", "≥50", "%", "每批化验"],
        ["配料", "酸矿比(98% H2SO4:精矿)", "1.3±0.05", "t/t", "皮带秤+质量流量计"],
        ["焙烧", "回转窑窑头温度", "750±20", "℃", "红外测温"],
        ["焙烧", "窑尾温度", "250±20", "℃", "热电偶"],
        ["焙烧", "窑转速", "1.2±0.1", "r/min", "变频"],
        ["焙烧", "物料停留时间", "2.5±0.3", "h", ""],
        ["尾气", "HF+SO3 吸收塔喷淋密度", "12±2", "m³/(m²·h)", "三级酸吸收+碱洗"],
        ["水浸", "液固比", "8±1", "", ""],
        ["水浸", "水浸温度", "45±5", "℃", ""],
        ["水浸", "水浸时间", "2±0.2", "h", ""],
        ["中和除杂", "MgO 中和终点pH", "4.0±0.2", "", "除Fe、Th、P"],
        ["指标", "稀土浸出率", "≥95", "%", ""],
        ["指标", "水浸液REO", "38±3", "g/L", ""],
        ["指标", "渣中Th放射性比活度", "<1", "Bq/g", "辐射防护"],
    ]
    r = table(ws, r, hdr, rows)
    widths(ws, [10, 26, 12, 12, 20])
    save_wb(wb, name)
    label(name, "controlled", [A], [SEP], [], PS, None, "zh", False,
          "concentrate decomposition by H2SO4 roasting and water leach: acid/ore ratio, kiln temperatures, leach ratios written as tolerance strings",
          "tolerance strings (x±y)")


def s_oxalate_batches():
    name = "草酸沉淀灼烧_oxide_calcination.csv"
    rows = [["批号", "料液Nd浓度(g/L)", "草酸用量(理论倍数)", "沉淀温度/℃", "陈化时间/min",
             "灼烧温度/℃", "灼烧时间/h", "Nd2O3/TREO/%", "灼减LOI/%", "D50/μm", "Remark"]]
    for i in range(1, 19):
        t = rng.choice([55, 60, 60, 65])
        rows.append([f"OX24-{300 + i}", j(45, 2, 1), j(1.15, 0.02, 2), t, rng.choice([30, 40, 45]),
                     rng.choice([900, 950, 950, 1000]), 2.0, j(99.95, 0.02, 3), j(0.35, 0.08, 2),
                     j(4.2, 0.5, 1), rng.choice(["", "", "filter cake washed 3x DI water",
                                                  "oxalic acid 10% solution dosed 20 min",
                                                  "tunnel kiln zone 4 thermocouple swapped"])])
    save_csv(name, rows, encoding="utf-8-sig")
    label(name, "controlled", [A], [SEP], [], PS, None, "mixed", False,
          "batch record of oxalic-acid precipitation and calcination to Nd2O3: dosage, precipitation/calcination temperatures and times, purity",
          "unit-in-header batch table")


def s_mixer_settler_commissioning():
    name = "混合澄清槽调试记录_2号线.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("调试记录")
    r = title(ws, 1, "2号萃取线 混合澄清槽 调试记录 / Mixer-settler commissioning record", 7)
    r = put(ws, r, ["项目号", "EPC-2024-018", "槽体", "PrNd 分离 80级 (3.2 m³/级)", None, "日期", dt.date(2024, 4, 18)])
    r += 1
    hdr = ["No.", "调试项目", "目标/参考值", "单位", "实测", "OK/NG", "Remark"]
    rows = [
        [1, "清水试车 搅拌转速", 280, "rpm", 278, "OK", "all 80 stages, VFD calibrated"],
        [2, "混合室停留时间", 3.5, "min", 3.6, "OK", "tracer test"],
        [3, "澄清室相界面高度", 350, "mm", 345, "OK", "from settler floor"],
        [4, "有机夹带(澄清出口)", 300, "ppm", 210, "OK", "max allowed"],
        [5, "水相夹带(有机出口)", 500, "ppm", 380, "OK", ""],
        [6, "级间串流检查", 0, "处", 0, "OK", "no short-circuit"],
        [7, "皂化系统联调 皂化度", 36, "%", 35.2, "OK", "reference value from process spec FL-SX-PN-002"],
        [8, "洗酸计量泵标定", 58, "L/min", 57.6, "OK", "±2%"],
        [9, "反萃酸计量泵标定", 36, "L/min", 36.3, "OK", ""],
        [10, "在线酸度计校准", 3.6, "mol/L", 3.58, "OK", "titration cross-check"],
        [11, "带料试车 72 h 出口 Nd2O3/TREO", 99.9, "%", 99.92, "OK", "acceptance reference only"],
        [12, "DCS 联锁测试 (液位高高)", "动作", "", "动作", "OK", "LSHH-2xx trips feed pump"],
    ]
    r = table(ws, r, hdr, rows)
    r += 1
    put(ws, r, ["签字", "施工方: " + zh(), "业主: " + zh(), "工艺: " + zh()])
    widths(ws, [6, 30, 14, 8, 10, 8, 40])
    save_wb(wb, name)
    label(name, "controlled", [B], [SEP], [], PS, None, "mixed", False,
          "commissioning record of a PrNd mixer-settler line; saponification/acid/purity values appear only as commissioning targets -> clause b",
          "commissioning checklist")


def s_chromatography_transposed():
    name = "ion_exchange_chromatography_Dy_Tb.csv"
    rows = [["# Extraction chromatography column EC-3, P507-impregnated resin, Tb/Dy purification", "", "", "", "", "", ""],
            ["Parameter", "Unit", "Conditioning", "Load", "Wash", "Elution-1 (Tb)", "Elution-2 (Dy)"],
            ["Column ID x bed height", "mm x m", "200 x 6.0", "200 x 6.0", "200 x 6.0", "200 x 6.0", "200 x 6.0"],
            ["HCl concentration", "mol/L", 0.1, 0.1, 0.8, 1.2, 2.0],
            ["Flow rate", "BV/h", 2.0, 0.5, 1.5, 0.8, 0.8],
            ["Volume", "BV", 3, 0.35, 4, 9, 6],
            ["Temperature", "C", 40, 40, 40, 50, 50],
            ["Feed Tb4O7 / (Tb+Dy)", "%", "", 35, "", "", ""],
            ["Fraction size", "L", "", "", "", 20, 20],
            ["Cut criterion", "-", "", "", "", "Tb4O7 >= 99.99%", "Dy2O3 >= 99.9%"],
            ["Yield", "%", "", "", "", 92, 95],
            ["Resin loading", "g REO / L resin", "", 12, "", "", ""]]
    save_csv(name, rows)
    label(name, "controlled", [A], [SEP], [], PS, None, "en", False,
          "transposed extraction-chromatography programme for Tb/Dy purification: HCl strengths, flows, bed volumes, cut criteria",
          "transposed (steps as columns)")


# ==========================================================================
# CONTROLLED — metal smelting
# ==========================================================================
def m_prnd_electrolysis():
    name = "PrNd电解工艺参数_6kA槽.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("工艺参数")
    r = title(ws, 1, "PrNd合金 氟盐体系 熔盐电解工艺参数 (6 kA 上插阴极槽)", 5)
    a, b = zh(2)
    r = put(ws, r, ["文件号", "JS-DJ-006", "版本", "A/2", dt.date(2024, 1, 15)])
    r = put(ws, r, ["编制", a, "批准", b])
    r += 1
    rows = [
        ["电解质体系", "(PrNd)F3-LiF", "", ""],
        ["(PrNd)F3 : LiF 质量比", 88, "", "LiF 12%，每班测一次"],
        ["电解温度", 1050, "℃", "±10"],
        ["电流", 6000, "A", ""],
        ["阴极电流密度", 6.5, "A/cm²", "钨阴极 φ70 mm"],
        ["阳极电流密度", 1.0, "A/cm²", "石墨阳极 4 块"],
        ["槽电压", 9.5, "V", "8.5~10.5"],
        ["极距", 80, "mm", ""],
        ["加料方式", "连续少量", "", "每 3 min 一次"],
        ["(PrNd)2O3 加料速率", 3.4, "kg/h", "依据槽电压微调"],
        ["氧化物 Pr6O11:Nd2O3", "25:75", "", ""],
        ["出金属周期", 2, "h", "钼坩埚接收"],
        ["电流效率", 82, "%", "≥"],
        ["金属直收率", 96, "%", "≥"],
        ["产品 C 含量", 0.03, "%", "≤"],
        ["产品 O 含量", 0.03, "%", "≤"],
        ["产品 Fe 含量", 0.1, "%", "≤"],
        ["保护气氛", "Ar", "", "槽盖微正压"],
    ]
    r = table(ws, r, ["参数", "数值", "单位", "备注"], rows)
    widths(ws, [24, 16, 10, 26])
    save_wb(wb, name)
    label(name, "controlled", [A], [MET], [], PS, None, "zh", False,
          "fluoride-bath PrNd electrolysis: bath ratio, temperature, current, current densities, oxide feed rate, efficiency; no '稀土' wording",
          "merged-title + param|value|unit")


def m_lace_shift_log():
    name = "Cell line 3 – electrolysis shift log.csv"
    rows = [["Timestamp", "Cell", "Current_kA", "Voltage_V", "Bath_T_C", "Oxide_feed_kg",
             "LiF_add_kg", "Metal_tapped_kg", "Anode_change", "Remarks"]]
    t0 = dt.datetime(2024, 11, 5, 8, 0)
    for h in range(0, 24, 2):
        for cell in ("E3-07", "E3-08", "E3-09"):
            tap = j(21.5, 1.5, 1) if h % 4 == 2 else 0
            rows.append([t0 + dt.timedelta(hours=h), cell, j(10.0, 0.05, 2), j(9.8, 0.25, 2),
                         j(1000, 6, 0), j(7.6, 0.4, 1), rng.choice([0, 0, 0, 1.5]), tap,
                         "Y" if (h == 10 and cell == "E3-08") else "N",
                         rng.choice(["", "", "", "La-Ce oxide lot 24K-118", "crust broken",
                                     "anode effect 0.5 min, fed early"])])
    save_csv(name, rows)
    label(name, "controlled", [A], [MET], [], PS, None, "en", False,
          "shift log of La-Ce metal molten-salt cells: current, voltage, bath temperature, oxide feed, tapping; operating parameters of metal smelting",
          "time-series log")


def m_cell_pm_tw():
    name = "電解槽維護保養計劃_2024.xlsx"
    wb = new_wb(tw())
    ws = wb.create_sheet("保養計劃")
    r = title(ws, 1, "釹電解車間 電解槽線 維護保養計劃 (2024)", 8)
    r = put(ws, r, ["車間", "金屬二車間", "槽線", "DJ-301 ~ DJ-324", "版次", "2024-A"])
    r += 1
    hdr = ["設備編號", "設備名稱", "保養項目", "週期", "標準值/校準值", "上次執行", "下次到期", "負責人"]
    who = tw(3)
    rows = [
        ["DJ-3xx", "電解槽", "測溫熱電偶比對校準", "每月", "1050 ℃，偏差 ≤ ±3 ℃", dt.date(2024, 6, 3), dt.date(2024, 7, 3), who[0]],
        ["ZL-31", "整流器", "直流電流表校準", "每季", "6000 A，±0.5%", dt.date(2024, 4, 10), dt.date(2024, 7, 10), who[1]],
        ["DJ-3xx", "石墨陽極", "剩餘厚度測量/更換", "每週", "< 40 mm 更換", dt.date(2024, 6, 24), dt.date(2024, 7, 1), who[2]],
        ["DJ-3xx", "鎢陰極", "插入深度及腐蝕檢查", "每週", "插入深度 180 mm", dt.date(2024, 6, 24), dt.date(2024, 7, 1), who[2]],
        ["DJ-3xx", "石墨坩堝", "內襯侵蝕檢查/更換", "每 45 天", "壁厚 ≥ 25 mm", dt.date(2024, 5, 20), dt.date(2024, 7, 4), who[0]],
        ["DJ-3xx", "鉬接收坩堝", "清理及變形檢查", "每班", "—", None, None, "當班"],
        ["FQ-30", "煙氣淨化", "HF 洗滌塔鹼液 pH", "每班", "pH 8~9", None, None, "當班"],
        ["AR-30", "氬氣保護", "槽蓋氧含量檢測", "每日", "O2 ≤ 0.5%", None, None, who[1]],
        ["JL-30", "加料機", "螺旋給料量標定", "每月", "3.4 kg/h ±5%", dt.date(2024, 6, 5), dt.date(2024, 7, 5), who[1]],
        ["MX-30", "母線", "接頭壓降測量", "每季", "≤ 15 mV", dt.date(2024, 4, 12), dt.date(2024, 7, 12), who[0]],
    ]
    r = table(ws, r, hdr, rows)
    widths(ws, [10, 12, 22, 10, 22, 12, 12, 10])
    rv = wb.create_sheet("修訂記錄")
    revlog(rv, ["版次", "日期", "內容", "核准"], [
        ["2023-B", dt.date(2023, 9, 1), "增加鉬坩堝每班檢查", tw()],
        ["2024-A", dt.date(2024, 1, 8), "熱電偶校準改為每月", tw()],
    ])
    save_wb(wb, name)
    label(name, "controlled", [B], [MET], [], PS, None, "zh", False,
          "maintenance plan for a Nd electrolysis cell line with calibration values (thermocouple at 1050 C, rectifier 6000 A, anode/cathode limits) -> clause b",
          "maintenance schedule")


def m_tbf3_ca_reduction():
    name = "TbF3 calcium reduction – batch sheet.xlsx"
    wb = new_wb(en())
    ws = wb.create_sheet("Batch")
    r = title(ws, 1, "Calciothermic reduction of TbF3 + vacuum distillation — batch sheet", 7)
    r = put(ws, r, ["Batch", "TB-R-2411-03", "Furnace", "VIF-2 (Ta crucible)", "Date", dt.date(2024, 11, 21)])
    r += 1
    r = put(ws, r, ["Charge"], bold=True)
    r = table(ws, r, ["Item", "Qty", "Unit", "Spec"], [
        ["TbF3 (dried 300 C, 4 h)", 12.0, "kg", "O < 0.1 %"],
        ["Ca granules (redistilled)", 3.42, "kg", "stoichiometric + 12 %"],
        ["Crucible", "Ta, 3 mm wall", "", "pre-outgassed 1600 C"],
    ])
    r += 1
    r = put(ws, r, ["Thermal programme"], bold=True)
    hdr = ["Seg", "Step", "Ramp (°C/min)", "Setpoint (°C)", "Hold (min)", "Pressure (Pa)", "Atmosphere"]
    rows = [
        [1, "Outgas", 10, 600, 60, 0.01, "vacuum"],
        [2, "Backfill", None, 600, 5, 55000, "Ar 5N"],
        [3, "Reduction heat-up", 8, 1450, None, 55000, "Ar"],
        [4, "Reduction + slag separation", None, 1450, 20, 55000, "Ar"],
        [5, "Cool", -15, 200, None, 55000, "Ar"],
        [6, "Distillation heat-up", 10, 1600, None, 0.001, "vacuum"],
        [7, "Tb distillation", None, 1650, 180, 0.001, "vacuum, condenser 1100 C"],
        [8, "Cool to unload", None, 50, None, 0.001, "vacuum"],
    ]
    r = table(ws, r, hdr, rows)
    r += 1
    r = put(ws, r, ["Results"], bold=True)
    table(ws, r, ["Item", "Value", "Unit"], [
        ["Crude Tb yield", 96.5, "%"], ["Distilled Tb", 7.9, "kg"], ["Tb purity", 99.95, "%"],
        ["Ca residual", 80, "ppm"], ["F residual", 120, "ppm"], ["Ta pickup", 35, "ppm"],
    ])
    widths(ws, [28, 16, 14, 14, 12, 14, 26])
    save_wb(wb, name)
    label(name, "controlled", [A], [MET], [], PS, None, "en", False,
          "metallothermic Ca reduction of TbF3 and vacuum distillation: charge, thermal programme, vacuum levels, product purity",
          "segment profile (ramp/setpoint/hold)")


def m_sm_distillation():
    name = "Sm_reduction_distillation.csv"
    rows = [["参数", "单位", "数值", "Note"],
            ["Sm2O3 纯度", "%", 99.9, "calcined 900 C before use"],
            ["还原剂", "", "La metal chips", "La excess over stoichiometry below"],
            ["La 过量系数", "%", 20, ""],
            ["压团压力", "MPa", 30, "briquettes 30 mm dia"],
            ["炉型", "", "vertical retort VR-1", "water-cooled Cu condenser"],
            ["预抽真空", "Pa", 0.01, ""],
            ["还原蒸馏温度", "°C", 1250, "hold until pressure stable"],
            ["保温时间", "h", 4, ""],
            ["冷凝器温度", "°C", 450, "400-600 band gives dense deposit"],
            ["工作真空", "Pa", 0.005, ""],
            ["Sm 直收率", "%", 93, ">="],
            ["Sm 纯度", "%", 99.9, ">="],
            ["La in Sm", "ppm", 50, "<="],
            ["O in Sm", "ppm", 300, "<="],
            ["出炉温度", "°C", 60, "Ar backfill before opening"]]
    save_csv(name, rows, encoding="utf-8-sig")
    label(name, "controlled", [A], [MET], [], PS, None, "mixed", False,
          "lanthanum reduction-distillation of Sm2O3: reductant excess, retort temperature, vacuum, condenser temperature, yield",
          "param|unit|value")


def m_cell_upgrade_spec():
    name = "Electrolysis cell 25kA upgrade spec.xlsx"
    wb = new_wb(en())
    cv = wb.create_sheet("Cover")
    r = title(cv, 2, "Line 2 Nd electrolysis — 10 kA to 25 kA cell retrofit", 3, size=15)
    a, b, c = en(3)
    for k, v in [("Document", "UPG-EL2-025"), ("Revision", "C"), ("Scope", "Cells E2-01..E2-16, rectifier, busbar, off-gas"),
                 ("Prepared", a), ("Checked", b), ("Approved", c), ("Date", dt.date(2024, 9, 30))]:
        r = put(cv, r + 1, [k, v])
    widths(cv, [14, 50])
    ws = wb.create_sheet("Spec")
    hdr = ["Item", "Current (10 kA)", "Upgraded (25 kA)", "Unit", "Acceptance target", "Note"]
    rows = [
        ["Line current", 10000, 25000, "A", "25 kA ±1 % for 72 h", "new 12-pulse rectifier"],
        ["Cell shell ID", 600, 960, "mm", "", "graphite crucible 960 mm"],
        ["Cathodes (W)", 1, 3, "pcs", "", "φ90 mm W rods"],
        ["Anodes (graphite)", 4, 8, "pcs", "", "segmented ring"],
        ["Cathode current density (ref.)", 6.5, 6.2, "A/cm²", "reference", ""],
        ["Bath temperature (ref.)", 1050, 1040, "°C", "±10 °C after 72 h run", ""],
        ["Cell voltage (ref.)", 9.5, 8.8, "V", "≤ 9.0 V steady", ""],
        ["Busbar section", 4800, 12000, "mm²", "joint drop ≤ 15 mV", "Cu busbar"],
        ["Off-gas extraction", 1800, 4200, "m³/h", "HF at stack < 3 mg/m³", ""],
        ["Oxide feeder", "manual", "screw, PLC", "", "±5 % of 8.5 kg/h", ""],
        ["Expected output", 80, 210, "kg/d per cell", "≥ 200 kg/d after 30 d", ""],
    ]
    table(ws, 1, hdr, rows)
    widths(ws, [30, 14, 16, 12, 24, 22])
    sc = wb.create_sheet("Schedule")
    table(sc, 1, ["Milestone", "Planned", "Owner"], [
        ["Cells E2-01..04 shutdown", dt.date(2024, 11, 4), a],
        ["Rectifier install & FAT", dt.date(2024, 11, 25), b],
        ["Cold commissioning", dt.date(2024, 12, 9), b],
        ["Hot start, first metal", dt.date(2024, 12, 16), a],
        ["72 h performance test", dt.date(2024, 12, 20), c],
    ])
    rv = wb.create_sheet("Rev log")
    table(rv, 1, ["Rev", "Date", "Description", "By"], [
        ["A", dt.date(2024, 6, 14), "Initial", a], ["B", dt.date(2024, 8, 2), "Busbar resized", a],
        ["C", dt.date(2024, 9, 30), "Added off-gas scope", b]])
    save_wb(wb, name)
    label(name, "controlled", [B], [MET], [], "process-spec", None, "en", False,
          "upgrade/retrofit specification of a Nd electrolysis cell line (hardware, rectifier, busbar) with process values only as reference targets -> clause b",
          "multi-sheet (cover/spec/schedule/revision log)")


# ==========================================================================
# CONTROLLED — magnet manufacturing
# ==========================================================================
def n_sinter_profile():
    name = "烧结工艺参数_v3.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("烧结曲线")
    r = title(ws, 1, "N52 烧结及二级回火工艺曲线", 7)
    r = put(ws, r, ["炉号", "SF-07", "装炉量", 600, "kg", "料盒", "石墨盒 12层"])
    r = put(ws, r, ["版本", "v3", "编制", zh(), "批准", zh(), dt.date(2024, 5, 20)])
    r += 1
    hdr = ["段号", "工步", "升温速率 ℃/min", "目标温度 ℃", "保温 min", "真空度 Pa", "备注"]
    rows = [
        [1, "脱气(防氧化剂)", 3, 300, 60, 1.0, "真空泵全开"],
        [2, "脱氢", 2, 600, 120, 0.5, "H 释放峰 450~550 ℃"],
        [3, "预烧", 3, 850, 60, 0.01, ""],
        [4, "烧结", 1.5, 1060, 240, 0.005, "±3 ℃"],
        [5, "风冷", None, 80, None, 80000, "Ar 回充 0.08 MPa"],
        [6, "一级回火", 5, 900, 180, 0.01, ""],
        [7, "风冷", None, 80, None, 80000, ""],
        [8, "二级回火", 5, 490, 240, 0.01, "按 Hcj 微调 480~510"],
        [9, "风冷出炉", None, 60, None, 80000, ""],
    ]
    r = table(ws, r, hdr, rows)
    widths(ws, [6, 16, 14, 12, 10, 10, 24])
    t = wb.create_sheet("性能目标")
    table(t, 1, ["项目", "下限", "上限", "单位"], [
        ["Br", 1.43, 1.47, "T"], ["Hcj", 11, None, "kOe"], ["(BH)max", 49, 53, "MGOe"],
        ["密度", 7.55, None, "g/cm³"], ["氧含量", None, 1500, "ppm"]])
    save_wb(wb, name)
    label(name, "controlled", [A], [MAG], ["NdFeB"], PS, None, "zh", False,
          "N52 vacuum sintering and two-stage tempering curve with ramps, holds, vacuum levels and magnetic targets; no '稀土' wording",
          "segment profile (ramp/setpoint/hold)")


def n_route_transposed():
    name = "N52_strip_cast_HD_JM_route.xlsx"
    wb = new_wb(en())
    ws = wb.create_sheet("Route")
    r = title(ws, 1, "N52 process route card — line 1", 8)
    r = put(ws, r, ["Route ID", "RC-N52-L1-07", "Owner", en(), "Released", dt.date(2024, 2, 28)])
    r += 1
    hdr = ["Parameter", "Unit", "Strip casting", "HD", "Jet milling", "Pressing", "Sintering", "Aging"]
    D = "—"
    rows = [
        ["Equipment", "", "SC-600", "HD-2 rotary", "JM-400", "PF-02", "VSF-07", "VSF-07"],
        ["Temperature", "°C", 1450, 550, 25, 25, 1060, 500],
        ["Time", "h", D, 6, D, D, 4, 3],
        ["Atmosphere", "", "Ar", "H2 then vacuum", "N2, O2 < 50 ppm", "N2 glovebox", "vacuum", "vacuum"],
        ["Pressure", "MPa", 0.05, 0.12, 0.65, 80, D, D],
        ["Wheel speed / classifier", "m/s or rpm", 1.4, D, 3800, D, D, D],
        ["Flake thickness / D50", "µm", 300, D, 3.2, D, D, D],
        ["Aligning field", "T", D, D, D, 2.0, D, D],
        ["Lubricant", "wt%", D, D, 0.05, D, D, D],
        ["Green / sintered density", "g/cm³", D, D, D, 4.1, 7.56, D],
        ["Cooling", "", "Cu wheel", D, D, D, "Ar fan", "Ar fan"],
    ]
    r = table(ws, r, hdr, rows)
    r += 1
    put(ws, r, ["Alloy (wt%): PrNd 30.8, Dy 0, B 0.96, Co 1.0, Cu 0.15, Ga 0.2, Al 0.1, Zr 0.1, Fe bal."])
    widths(ws, [26, 12, 14, 14, 16, 12, 12, 10])
    save_wb(wb, name)
    label(name, "controlled", [A], [MAG], ["NdFeB"], PS, None, "en", False,
          "transposed route card (steps as columns) for N52: strip casting, HD, jet milling, field pressing, sintering, aging parameters and alloy",
          "transposed (steps as columns)")


def n_hd_jm_log():
    name = "氢破气流磨参数记录.csv"
    rows = [["批号", "牌号", "氢压/MPa", "吸氢时间/min", "脱氢温度/℃", "脱氢时间/h", "防氧化剂/%",
             "研磨气压/MPa", "分选轮转速/rpm", "D50/μm", "氧含量/ppm", "操作员"]]
    ops = zh(4)
    for i in range(1, 23):
        g = rng.choice(["48SH", "50H", "52M"])
        rows.append([f"HJ2408{i:03d}", g, j(0.12, 0.01, 2), rng.choice([90, 100, 110, 120]),
                     rng.choice([540, 550, 560]), j(6, 0.3, 1), 0.1, j(0.65, 0.02, 2),
                     rng.choice([3600, 3800, 4000]), j(3.1, 0.2, 2), int(j(650, 60, 0)), rng.choice(ops)])
    save_csv(name, rows, encoding="gb18030")
    label(name, "controlled", [A], [MAG], ["NdFeB"], PS, None, "zh", False,
          "GB18030 CSV of hydrogen decrepitation and jet-milling batch parameters (H2 pressure, dehydrogenation temperature, classifier speed, D50, oxygen) for NdFeB grades; all numbers under short Chinese headers",
          "unit-in-header batch table")


def n_press_ce():
    name = "Press-in-field settings PF-02.csv"
    rows = [["Station", "Parameter", "Value", "Unit", "Comment"],
            ["PF-02", "Grade", "42M-Ce20", "", "Ce = 20 % of total RE; PrNd balance"],
            ["PF-02", "Powder D50", 3.6, "um", "Ce-rich powder blended 1:1 with (PrNd) powder"],
            ["PF-02", "Fill weight", 412, "g", "block 62 x 52 x 36"],
            ["PF-02", "Aligning field (DC)", 1.8, "T", "pulse 3.5 T after closing"],
            ["PF-02", "Pressing pressure", 75, "MPa", ""],
            ["PF-02", "Press direction", "perpendicular", "", "transverse die pressing"],
            ["PF-02", "Demagnetising pulse", -0.3, "T", "residual < 5 mT"],
            ["PF-02", "Glovebox O2", 80, "ppm", "max"],
            ["CIP-1", "Isostatic pressure", 200, "MPa", ""],
            ["CIP-1", "Hold time", 60, "s", ""],
            ["CIP-1", "Green density", 4.3, "g/cm3", "min 4.2"],
            ["VSF-05", "Sintering", 1035, "C", "Ce grades sinter 25 C lower than N42"],
            ["VSF-05", "Sintering hold", 5, "h", ""],
            ["VSF-05", "Aging", 470, "C", "single step, 3 h"],
            ["QC", "Br target", 1.30, "T", ""],
            ["QC", "Hcj target", 12.5, "kOe", ""]]
    save_csv(name, rows)
    label(name, "controlled", [A], [MAG], ["NdFeB", "Ce"], PS, None, "en", False,
          "press-in-field, CIP and sintering settings for a Ce-substituted (Ce 20 %) NdFeB grade -> NdFeB + Ce",
          "param|value|unit")


def n_gbd_tolerance():
    name = "晶界扩散Dy_Tb工艺卡.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("GBD")
    r = title(ws, 1, "晶界扩散工艺卡 Grain boundary diffusion (Tb) — 54SH 基材", 5)
    r = put(ws, r, ["卡号", "GBD-054-T", "版本", "D", dt.date(2024, 12, 3)])
    r += 1
    rows = [
        ["基材", "基材厚度(取向方向)", "≤ 6.0", "mm", "diffusion depth limited beyond 6 mm"],
        ["基材", "基材 Hcj", "14±0.5", "kOe", "as-sintered, no aging"],
        ["前处理", "酸洗 HNO3", "3±0.5", "%", "30 s, then ultrasonic rinse"],
        ["涂覆", "Tb 源", "TbH2 浆料", "", "slurry in ethanol + binder 2 %"],
        ["涂覆", "Tb 涂覆量", "0.60±0.05", "wt%", "weigh 5 pcs per tray"],
        ["扩散", "扩散温度", "900±5", "℃", ""],
        ["扩散", "扩散时间", "10±0.5", "h", ""],
        ["扩散", "真空度", "≤5×10⁻³", "Pa", ""],
        ["时效", "时效温度", "500±5", "℃", ""],
        ["时效", "时效时间", "3±0.2", "h", ""],
        ["检验", "ΔHcj", "≥ 8", "kOe", "target Hcj ≥ 22 kOe"],
        ["检验", "ΔBr", "≤ 0.02", "T", ""],
        ["检验", "Dy 替代方案", "DyH2 1.0±0.1 wt%, 920±5 ℃", "", "only when Tb short"],
    ]
    r = table(ws, r, ["工序", "参数", "规格", "单位", "Note"], rows)
    widths(ws, [10, 20, 24, 8, 40])
    save_wb(wb, name)
    label(name, "controlled", [A], [MAG], ["NdFeB"], PS, None, "mixed", False,
          "Tb/Dy grain-boundary diffusion card: coating weight, diffusion and aging temperature/time as tolerance strings; Chinese headers with English notes",
          "tolerance strings (x±y)")


def n_smco_217():
    name = "SmCo 2-17 solution + aging.xlsx"
    wb = new_wb(en())
    ws = wb.create_sheet("HT window")
    r = title(ws, 1, "Sm2Co17 (grade 2:17-30) heat-treatment window", 6)
    r = put(ws, r, ["Doc", "HT-SC-217-02", "Rev", 2, "Approved", en()])
    r += 1
    r = put(ws, r, ["Alloy composition"], bold=True)
    r = table(ws, r, ["Element", "Min", "Target", "Max", "Unit", "Note"], [
        ["Sm", 25.2, 25.5, 25.8, "wt%", "add 1.5 % Sm for melt loss"],
        ["Fe", 14.5, 15.0, 15.5, "wt%", ""],
        ["Cu", 5.3, 5.6, 5.9, "wt%", ""],
        ["Zr", 2.6, 2.8, 3.0, "wt%", ""],
        ["Co", None, "bal.", None, "wt%", ""],
    ])
    r += 1
    r = put(ws, r, ["Process window"], bold=True)
    r = table(ws, r, ["Step", "Min", "Target", "Max", "Unit", "Note"], [
        ["Powder FSSS", 3.5, 4.0, 4.5, "µm", "ball mill in gasoline"],
        ["Align field", 1.5, 1.8, None, "T", ""],
        ["Sintering temperature", 1205, 1210, 1215, "°C", "1 h, Ar"],
        ["Solution treatment", 1180, 1185, 1190, "°C", "4 h then fast quench"],
        ["Quench rate", 300, None, None, "°C/min", "Ar gas fan"],
        ["Isothermal aging", 825, 830, 835, "°C", "12 h"],
        ["Slow cool rate", 0.6, 0.7, 0.8, "°C/min", "to 400 °C"],
        ["Hold at 400 °C", 8, 10, None, "h", "then quench"],
    ])
    r += 1
    r = put(ws, r, ["Magnetic targets"], bold=True)
    table(ws, r, ["Property", "Min", "Target", "Max", "Unit", "Note"], [
        ["Br", 1.08, 1.10, 1.12, "T", ""], ["HcJ", 25, None, None, "kOe", ""],
        ["(BH)max", 28, 30, None, "MGOe", ""]])
    widths(ws, [24, 10, 10, 10, 10, 30])
    save_wb(wb, name)
    label(name, "controlled", [A], [MAG], ["SmCo"], PS, None, "en", False,
          "SmCo 2:17 composition and sintering/solution/aging/slow-cool window with magnetic targets",
          "min/target/max")


def n_smco5_tw():
    name = "釤鈷1-5燒結時效參數.csv"
    rows = [["參數", "數值", "單位", "備註"],
            ["合金 Sm 含量", 37.0, "wt%", "中頻感應熔煉，Ar 保護"],
            ["鑄錠均勻化", 1100, "℃", "4 h"],
            ["氣流磨粒度", 4.0, "μm", "FSSS"],
            ["取向磁場", 1.5, "T", ""],
            ["成型壓力", 150, "MPa", "模壓"],
            ["等靜壓", 200, "MPa", ""],
            ["燒結溫度", 1120, "℃", "1 h，真空後回充 Ar"],
            ["固溶溫度", 1070, "℃", "爐冷至此溫度保溫 0.5 h"],
            ["時效溫度", 900, "℃", "1 h 後快冷"],
            ["冷卻速度", 200, "℃/min", "≥"],
            ["Br", 0.92, "T", "≥"],
            ["Hcj", 20, "kOe", "≥"],
            ["(BH)max", 20, "MGOe", "≥"]]
    save_csv(name, rows, encoding="utf-8-sig")
    label(name, "controlled", [A], [MAG], ["SmCo"], PS, None, "zh", False,
          "traditional-Chinese SmCo5 melting, milling, pressing, sintering and aging parameters",
          "param|value|unit")


def n_ce_recipe():
    name = "高丰度Ce磁体配方_双主相.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("配方")
    r = title(ws, 1, "高丰度稀土 Ce 替代钕铁硼 配方表", 12)
    r = put(ws, r, ["编号 PF-Ce-07", None, None, "编制", zh(), None, "审核", zh(), None, dt.date(2024, 6, 11)])
    r += 1
    hdr = ["牌号", "PrNd", "Ce", "La", "Dy", "B", "Co", "Cu", "Al", "Ga", "Zr", "Fe"]
    units = ["", "wt%", "wt%", "wt%", "wt%", "wt%", "wt%", "wt%", "wt%", "wt%", "wt%", "wt%"]
    rows = [
        ["45M-Ce20", 24.6, 6.2, 0.0, 0.0, 0.95, 1.0, 0.15, 0.1, 0.25, 0.1, "bal."],
        ["42H-Ce30", 21.5, 9.2, 0.0, 0.5, 0.96, 1.2, 0.15, 0.3, 0.30, 0.1, "bal."],
        ["38M-Ce40", 18.6, 12.0, 0.6, 0.0, 0.98, 1.5, 0.18, 0.3, 0.30, 0.1, "bal."],
        ["35N-CeLa45", 17.0, 11.4, 2.6, 0.0, 1.00, 1.5, 0.20, 0.2, 0.25, 0.1, "bal."],
    ]
    r = table(ws, r, hdr, rows, units=units)
    widths(ws, [12] + [8] * 11)
    p = wb.create_sheet("双主相工艺")
    rr = title(p, 1, "双主相工艺要点", 4)
    table(p, rr, ["项目", "数值", "单位", "说明"], [
        ["主相A 合金(无Ce) 速凝辊速", 1.3, "m/s", "片厚 0.28 mm"],
        ["主相B 合金(高Ce) 速凝辊速", 1.6, "m/s", "片厚 0.22 mm，抑制CeFe2"],
        ["A:B 混粉比例", "50:50", "", "气流磨后混合 2 h"],
        ["烧结温度", 1030, "℃", "较单合金低 20~30 ℃，防止主相互扩散"],
        ["烧结时间", 3, "h", ""],
        ["一级回火", 880, "℃", "2 h"],
        ["二级回火", 480, "℃", "3 h"],
        ["Br (45M-Ce20)", 1.33, "T", "目标"],
        ["Hcj (45M-Ce20)", 14, "kOe", "目标"],
    ])
    widths(p, [28, 10, 8, 36])
    save_wb(wb, name)
    label(name, "controlled", [A], [MAG], ["NdFeB", "Ce"], PS, None, "zh", False,
          "Ce/La-substituted NdFeB alloy recipes (wt% under units row) and dual-main-phase processing -> NdFeB + Ce",
          "separate units row")


def n_furnace_pm():
    name = "Furnace-07 PM schedule.xlsx"
    wb = new_wb(en())
    ws = wb.create_sheet("PM")
    r = title(ws, 1, "VSF-07 vacuum sintering furnace — preventive maintenance & calibration", 9)
    r = put(ws, r, ["Line", "NdFeB sintering line 2", "Asset", "VSF-07 (600 kg, graphite hot zone)", None, "Rev", "2024-03"])
    r += 1
    hdr = ["Task ID", "Task", "Interval", "Ref. value", "Unit", "Tolerance", "Last done", "Next due", "Sign", "Remark"]
    who = en(3)
    rows = [
        ["PM-07-01", "System accuracy test, control TC vs. test TC", "monthly", 1060, "°C", "±3", dt.date(2024, 6, 4), dt.date(2024, 7, 4), who[0], "sinter setpoint"],
        ["PM-07-02", "Temperature uniformity survey, 9 points", "quarterly", 1060, "°C", "±5", dt.date(2024, 4, 15), dt.date(2024, 7, 15), who[0], "also at 900 and 500 °C aging"],
        ["PM-07-03", "Leak-up rate test (cold, empty)", "monthly", 0.5, "Pa/h", "max", dt.date(2024, 6, 4), dt.date(2024, 7, 4), who[1], ""],
        ["PM-07-04", "Ultimate vacuum (cold)", "monthly", 0.005, "Pa", "max", dt.date(2024, 6, 4), dt.date(2024, 7, 4), who[1], ""],
        ["PM-07-05", "Diffusion pump oil change", "6 months", None, "", "", dt.date(2024, 1, 20), dt.date(2024, 7, 20), who[1], "DC-704"],
        ["PM-07-06", "Roots pump gearbox oil", "6 months", None, "", "", dt.date(2024, 1, 20), dt.date(2024, 7, 20), who[1], ""],
        ["PM-07-07", "Graphite heater resistance, zone 1-6", "quarterly", 0.085, "Ω", "±10 %", dt.date(2024, 4, 15), dt.date(2024, 7, 15), who[2], "replace if > +15 %"],
        ["PM-07-08", "Ar quench fan bearings / vibration", "quarterly", 4.5, "mm/s", "max", dt.date(2024, 4, 16), dt.date(2024, 7, 16), who[2], ""],
        ["PM-07-09", "Quench pressure transducer check", "6 months", 0.08, "MPa", "±0.002", dt.date(2024, 2, 2), dt.date(2024, 8, 2), who[2], ""],
        ["PM-07-10", "Cooling water flow", "weekly", 25, "m³/h", "min; ΔT ≤ 10 °C", dt.date(2024, 6, 24), dt.date(2024, 7, 1), "shift", ""],
        ["PM-07-11", "Hot-zone insulation inspection", "annual", None, "", "", dt.date(2023, 12, 18), dt.date(2024, 12, 18), who[0], "felt + CFC"],
    ]
    r = table(ws, r, hdr, rows)
    widths(ws, [10, 40, 10, 10, 8, 14, 12, 12, 12, 26])
    lg = wb.create_sheet("Findings")
    table(lg, 1, ["Date", "Task ID", "Finding", "Action"], [
        [dt.date(2024, 4, 15), "PM-07-02", "zone 3 reading -6 °C at 1060", "trim offset +4 °C, re-survey OK"],
        [dt.date(2024, 6, 4), "PM-07-03", "leak-up 0.7 Pa/h", "door O-ring replaced, retest 0.3 Pa/h"],
    ])
    save_wb(wb, name)
    label(name, "controlled", [B], [MAG], ["NdFeB"], PS, None, "en", False,
          "preventive maintenance and calibration plan for an NdFeB vacuum sintering furnace (TUS at 1060 C, leak-up rate, heater resistance) -> clause b",
          "maintenance schedule")


def n_hd_commissioning_ab():
    name = "HD炉调试验收清单.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("调试清单")
    r = title(ws, 1, "HD-3 氢破炉 调试验收清单 / Commissioning checklist", 7)
    r = put(ws, r, ["供应商", "设备厂", "合同号", "PO-24-0913", "日期", dt.date(2024, 10, 8)])
    r += 1
    hdr = ["No.", "检查项目", "设定值", "单位", "实测", "结果", "Remark"]
    rows = [
        [1, "炉体冷态漏率", 1.0, "Pa/h", 0.4, "合格", "empty, 24 h"],
        [2, "极限真空", 0.5, "Pa", 0.3, "合格", ""],
        [3, "氢气管路保压", 0.3, "MPa", 0.3, "合格", "30 min no drop"],
        [4, "H2 泄漏报警联锁", 1.0, "%LEL", "动作", "合格", "trips H2 valve"],
        [5, "炉罐旋转速度", 2, "rpm", 2.1, "合格", ""],
        [6, "加热炉温均匀性", 550, "℃", "±6", "合格", "5-point survey"],
        [7, "冷却水流量", 12, "m³/h", 12.4, "合格", ""],
        [8, "首炉试生产", 500, "kg", 500, "合格", "recipe per sheet 工艺配方"],
    ]
    r = table(ws, r, hdr, rows)
    widths(ws, [6, 22, 10, 8, 10, 8, 30])
    rp = wb.create_sheet("工艺配方")
    rr = title(rp, 1, "HD 工艺配方下发 Recipe release R-HD-48SH (生产用)", 5)
    table(rp, rr, ["步骤", "参数", "数值", "单位", "Note"], [
        ["1 抽真空", "真空度", 1.0, "Pa", ""],
        ["2 吸氢", "氢压", 0.12, "MPa", "constant-pressure absorption"],
        ["2 吸氢", "吸氢时间", 110, "min", "until uptake < 0.002 MPa/min"],
        ["2 吸氢", "炉罐温度", 25, "℃", "cooling water on"],
        ["3 脱氢", "脱氢温度", 550, "℃", ""],
        ["3 脱氢", "脱氢时间", 6, "h", "to vacuum < 10 Pa"],
        ["4 冷却", "氩气冷却至", 40, "℃", ""],
        ["5 出料", "添加防氧化剂", 0.1, "wt%", "before jet mill"],
        ["—", "装料(速凝片)", 500, "kg", "flake 0.25-0.35 mm"],
        ["—", "目标 H 含量", 1800, "ppm", "after dehydrogenation"],
    ])
    widths(rp, [10, 18, 10, 8, 34])
    sg = wb.create_sheet("签字")
    table(sg, 1, ["角色", "姓名", "日期"], [["设备方", zh(), dt.date(2024, 10, 9)],
                                        ["工艺", zh(), dt.date(2024, 10, 9)],
                                        ["生产", zh(), dt.date(2024, 10, 10)]])
    save_wb(wb, name)
    label(name, "controlled", [A, B], [MAG], ["NdFeB"], PS, None, "mixed", False,
          "HD furnace commissioning checklist (b) that also carries the released production hydrogen-decrepitation recipe (a) -> a and b",
          "commissioning checklist + recipe sheet")


def n_hot_deform_log():
    name = "hot-deformed magnet press log.csv"
    rows = [["# Run HDP-1127  powder MQU-F (melt-spun), die 38 mm, target height reduction 70 %"],
            ["Time [s]", "Stage", "Die Temp [C]", "Punch load [kN]", "Stroke [mm]", "Strain rate [1/s]", "Vacuum [Pa]"]]
    t, stroke = 0, 0.0
    for stage, n, T, load, rate in (("heat", 8, None, 2, 0.0), ("hot-press", 6, 720, 180, 0.0),
                                    ("hot-deform", 12, 800, 95, 0.01), ("cool", 4, None, 5, 0.0)):
        for k in range(n):
            if stage == "heat":
                temp = 25 + (720 - 25) * (k + 1) / n
            elif stage == "cool":
                temp = 800 - 180 * (k + 1)
            else:
                temp = T
            if stage == "hot-press":
                stroke += 0.9
            if stage == "hot-deform":
                stroke += 2.2
            rows.append([t, stage, round(j(temp, 1.5, 0)), j(load, max(0.3, load * 0.03), 1), round(stroke, 2), rate, j(0.02, 0.003, 3)])
            t += 30
    save_csv(name, rows)
    label(name, "controlled", [A], [MAG], ["NdFeB"], PS, None, "en", False,
          "press log of hot pressing (720 C) and hot deformation (800 C, strain rate 0.01/s) of melt-spun NdFeB powder",
          "time-series log")


def n_strip_cast_window():
    name = "速凝铸片_SC炉工艺窗口.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("工艺窗口")
    r = title(ws, 1, "SC-600 速凝铸片 工艺窗口", 6)
    r = put(ws, r, ["适用牌号", "N50/N52/48SH", "批准", zh(), "日期", dt.date(2024, 3, 18)])
    r += 1
    rows = [
        ["装料量", 580, 600, 620, "kg", "PrNd、B-Fe、纯铁、Co、Cu、Ga"],
        ["熔炼前真空", None, 5, 10, "Pa", "回充 Ar 至 0.05 MPa"],
        ["熔炼功率", 450, 500, 550, "kW", ""],
        ["精炼温度", 1480, 1500, 1520, "℃", "保温 8 min"],
        ["浇铸温度", 1440, 1460, 1480, "℃", ""],
        ["冷却辊线速度", 1.2, 1.5, 1.8, "m/s", "铜辊 φ600"],
        ["冷却水进水温度", 20, 25, 30, "℃", ""],
        ["冷却水流量", 60, 70, None, "m³/h", ""],
        ["片厚", 0.25, 0.30, 0.35, "mm", "每炉测 20 片"],
        ["二次冷却盘温度", None, 300, 350, "℃", ""],
        ["α-Fe", None, 0, 0, "%", "金相不允许"],
        ["柱状晶宽度", 2, 3, 4, "μm", "富钕相间距"],
    ]
    r = table(ws, r, ["参数", "下限", "目标", "上限", "单位", "备注"], rows)
    widths(ws, [18, 8, 8, 8, 8, 30])
    save_wb(wb, name)
    label(name, "controlled", [A], [MAG], ["NdFeB"], PS, None, "zh", False,
          "strip-casting window (melt power, pour temperature, wheel speed, flake thickness, microstructure) for NdFeB grades; no '稀土' wording",
          "min/target/max")


# ==========================================================================
# CONTROLLED — recycling
# ==========================================================================
def r_sludge_leach():
    name = "油泥优溶回收参数_2024.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("工艺参数")
    r = title(ws, 1, "钕铁硼油泥 氧化焙烧-盐酸优溶 回收稀土 工艺参数", 5)
    r = put(ws, r, ["编号", "HS-GY-2024-02", "批准", zh(), dt.date(2024, 4, 2)])
    r += 1
    rows = [
        ["原料", "油泥 REO(干基)", 26, "%", "含油 8~15%"],
        ["除油", "蒸馏除油温度", 350, "℃", "回转炉，N2 保护"],
        ["氧化焙烧", "焙烧温度", 800, "℃", "保证 Fe→Fe2O3 完全"],
        ["氧化焙烧", "焙烧时间", 4, "h", ""],
        ["氧化焙烧", "料层厚度", 80, "mm", ""],
        ["优溶", "盐酸浓度", 6, "mol/L", ""],
        ["优溶", "液固比", 3.5, "mL/g", ""],
        ["优溶", "终点 pH", 3.8, "", "3.5~4.0，铁留渣"],
        ["优溶", "温度", 85, "℃", ""],
        ["优溶", "时间", 3, "h", ""],
        ["除杂", "P507 萃取除 Fe/Al", "", "", "接冶炼分离工序"],
        ["沉淀", "草酸用量", 1.2, "倍理论", ""],
        ["指标", "稀土浸出率", 98.5, "%", "≥"],
        ["指标", "Fe 入渣率", 99, "%", "≥"],
        ["指标", "氧化物纯度 TREO", 99.0, "%", "≥"],
    ]
    r = table(ws, r, ["工序", "参数", "数值", "单位", "备注"], rows)
    widths(ws, [10, 22, 10, 10, 26])
    save_wb(wb, name)
    label(name, "controlled", [A], [REC], [], PS, None, "zh", False,
          "NdFeB sludge recycling: de-oiling, oxidising roast, selective HCl leaching (优溶) conditions and recovery; recycling only, no magnet type",
          "merged-title + param|value|unit")


def r_hpms_resinter():
    name = "Magnet swarf HPMS recycling trial.csv"
    rows = [["Step", "Parameter", "Unit", "Value", "Comment"],
            ["Feed", "Scrap type", "", "sintered off-cuts + grinding swarf", "Ni coating stripped"],
            ["Feed", "Oxygen in scrap", "ppm", 2200, ""],
            ["HPMS", "Hydrogen pressure", "bar", 2.0, "room temperature"],
            ["HPMS", "Exposure time", "h", 4, ""],
            ["HPMS", "Partial degas", "C", 500, "1 h vacuum"],
            ["Sieving", "Mesh", "um", 75, "coating flakes removed"],
            ["Milling", "Roller/jet mill D50", "um", 4.0, ""],
            ["Blending", "NdH2 addition", "wt%", 1.0, "compensates oxygen pick-up"],
            ["Pressing", "Aligning field", "T", 1.8, ""],
            ["Sintering", "Temperature", "C", 1080, "higher than virgin due to O"],
            ["Sintering", "Time", "h", 2, ""],
            ["Aging", "Temperature", "C", 500, "1 h"],
            ["Result", "Density", "g/cm3", 7.55, ""],
            ["Result", "Br", "T", 1.32, "virgin 1.36"],
            ["Result", "HcJ", "kOe", 11.8, "virgin 12.5"],
            ["Result", "Material yield", "%", 92, ""]]
    save_csv(name, rows)
    label(name, "controlled", [A], [REC, MAG], ["NdFeB"], PS, None, "en", False,
          "hydrogen processing of magnet scrap (HPMS) then re-pressing and re-sintering into magnets -> recycling and magnet-manufacturing, NdFeB",
          "param|unit|value")


def r_phosphor_tw():
    name = "廢舊螢光粉回收_參數.xlsx"
    wb = new_wb(tw())
    ws = wb.create_sheet("回收參數")
    r = title(ws, 1, "廢舊三基色螢光粉 回收 Y/Eu 工藝參數", 7)
    r = put(ws, r, ["文件", "RC-PH-03", "核准", tw(), "日期", dt.date(2024, 8, 8)])
    r += 1
    hdr = ["參數", "單位", "預處理", "鹼熔", "酸浸", "草酸沉澱", "灼燒"]
    rows = [
        ["藥劑", "", "篩分+水洗", "NaOH", "HCl", "H2C2O4", "—"],
        ["藥劑比例", "", None, "NaOH:粉=1.5:1", None, "1.2倍理論量", None],
        ["濃度", "mol/L", None, None, 4, 1.0, None],
        ["溫度", "℃", 25, 700, 80, 60, 900],
        ["時間", "h", 0.5, 2, 2, 1, 2],
        ["液固比", "mL/g", 5, None, 5, None, None],
        ["粒度", "μm", 74, None, None, None, None],
        ["Y浸出率", "%", None, None, 98, None, None],
        ["Eu浸出率", "%", None, None, 96, None, None],
        ["產品純度(Y2O3+Eu2O3)", "%", None, None, None, None, 99.5],
    ]
    r = table(ws, r, hdr, rows)
    widths(ws, [20, 8, 12, 16, 10, 12, 8])
    save_wb(wb, name)
    label(name, "controlled", [A], [REC], [], PS, None, "zh", False,
          "spent tri-band phosphor recovery of Y/Eu: alkali fusion, HCl leach, oxalate precipitation and calcination conditions (transposed)",
          "transposed (steps as columns)")


def r_nimh_batches():
    name = "NiMH_black_mass_RE_recovery.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("批次记录")
    r = title(ws, 1, "NiMH 电池负极粉 稀土回收 批次记录 (硫酸浸出-复盐沉淀)", 10)
    r += 1
    hdr = ["批号", "负极粉(kg)", "H2SO4(mol/L)", "浸出温度(℃)", "浸出时间(h)", "Na2SO4(倍理论)",
           "复盐沉淀pH", "NaOH转型温度(℃)", "RE回收率(%)", "Remark"]
    rows = []
    for i in range(1, 15):
        rows.append([f"NM-{2407 + i // 8}-{i:02d}", rng.choice([200, 250, 250, 300]), j(2.0, 0.05, 2),
                     rng.choice([80, 85, 90]), rng.choice([2, 2.5, 3]), j(1.5, 0.05, 2), j(1.5, 0.1, 1),
                     rng.choice([90, 95]), j(96.5, 0.8, 1),
                     rng.choice(["", "", "Ni/Co to filtrate for separate recovery",
                                 "La-Ce-Pr-Nd double sulfate washed with Na2SO4 soln",
                                 "slow filtration, add flocculant 5 ppm"])])
    r = table(ws, r, hdr, rows)
    widths(ws, [12, 10, 12, 12, 10, 14, 12, 16, 12, 44])
    save_wb(wb, name)
    label(name, "controlled", [A], [REC], [], PS, None, "mixed", False,
          "RE recovery from NiMH battery anode material: acid leach, double-sulfate precipitation and caustic conversion conditions with recovery per batch",
          "unit-in-header batch table")


def r_line_commissioning():
    name = "回收线调试_commissioning_v1.csv"
    rows = [["序号", "设备/系统", "调试内容", "设定值", "单位", "实测", "OK/NG", "Remark"],
            [1, "RK-01 回转窑", "空载升温至工作温度", 800, "℃", 805, "OK", "oxidising roast for magnet sludge (reference)"],
            [2, "RK-01 回转窑", "窑体转速", 1.5, "rpm", 1.5, "OK", ""],
            [3, "RK-01 回转窑", "燃烧器空燃比联锁", "动作", "", "动作", "OK", ""],
            [4, "LR-01~04 浸出槽", "搅拌电流/转速", 120, "rpm", 118, "OK", "FRP lined"],
            [5, "LR-01~04 浸出槽", "盐酸计量泵标定", 1.2, "m³/h", 1.19, "OK", ""],
            [6, "LR-01~04 浸出槽", "pH 计校准及终点联锁", 3.8, "pH", 3.8, "OK", "target from process spec HS-GY-2024-02"],
            [7, "PF-01 压滤机", "滤饼含水", 35, "%", 33, "OK", "Fe residue"],
            [8, "SC-01 尾气", "酸雾洗涤塔 pH", 8.5, "pH", 8.6, "OK", ""],
            [9, "全线", "清水/稀酸联动 48 h", 48, "h", 48, "OK", ""],
            [10, "全线", "带料试车 稀土浸出率", 98, "%", 98.2, "OK", "acceptance reference"]]
    save_csv(name, rows, encoding="gb18030")
    label(name, "controlled", [B], [REC], [], PS, None, "mixed", False,
          "GB18030 commissioning checklist of a magnet-sludge recycling line (kiln, leach reactors, filter press) with values as acceptance references -> clause b",
          "commissioning checklist")


# ==========================================================================
# HARD NEGATIVES (clear / excluded)
# ==========================================================================
def x_cu_refining():
    name = "电解精炼工艺参数_v2.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("工艺参数")
    r = title(ws, 1, "阴极铜 电解精炼 工艺参数表 (永久不锈钢阴极)", 5)
    a, b = zh(2)
    r = put(ws, r, ["文件号", "DJ-GY-011", "版本", "B/2", dt.date(2024, 2, 26)])
    r = put(ws, r, ["编制", a, "批准", b])
    r += 1
    rows = [
        ["电解液 Cu²⁺", 45, "g/L", "42~48"],
        ["电解液 H2SO4", 180, "g/L", "170~190"],
        ["电解液温度", 63, "℃", "±2"],
        ["电流密度", 280, "A/m²", ""],
        ["同极距", 95, "mm", ""],
        ["槽电压", 0.32, "V", "0.28~0.38"],
        ["循环量", 25, "L/min·槽", "上进下出"],
        ["明胶", 40, "g/t-Cu", ""],
        ["硫脲", 50, "g/t-Cu", ""],
        ["Cl⁻", 50, "mg/L", "HCl 补加"],
        ["阳极周期", 21, "d", ""],
        ["阴极周期", 7, "d", ""],
        ["电流效率", 97, "%", "≥"],
        ["阴极铜 Cu", 99.9935, "%", "GB/T 467 A级"],
        ["Ni 开路", 15, "g/L", "超过后脱镍"],
    ]
    r = table(ws, r, ["参数", "数值", "单位", "备注"], rows)
    widths(ws, [20, 12, 12, 20])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "zh", True,
          "copper electrolytic refining parameters (CuSO4-H2SO4, glue/thiourea); same layout and electrolysis vocabulary but not a rare-earth stage",
          "merged-title + param|value|unit")


def x_cu_sxew_tags():
    name = "SX-EW_cascade_setpoints_2024Q2.csv"
    rows = [["Tag", "Description", "Setpoint", "Unit", "Lo_Alarm", "Hi_Alarm", "Section"]]
    data = [
        ("CFG-SX1-NE", "Extraction stages", 2, "stages", None, None, "SX-1 Cu"),
        ("CFG-SX1-NW", "Wash stages", 1, "stages", None, None, "SX-1 Cu"),
        ("CFG-SX1-NST", "Strip stages", 1, "stages", None, None, "SX-1 Cu"),
        ("AIC-201", "LIX 984N in Escaid 110", 22, "vol%", 21, 23, "Organic"),
        ("FIC-210", "PLS flow", 850, "m3/h", 800, 900, "SX-1 Cu"),
        ("AIC-210", "PLS Cu", 3.2, "g/L", 2.5, 4.0, "SX-1 Cu"),
        ("AIC-211", "PLS pH", 1.8, "-", 1.6, 2.0, "SX-1 Cu"),
        ("RIC-212", "O/A extraction (advance)", 1.1, "-", 1.0, 1.2, "SX-1 Cu"),
        ("RIC-213", "O/A mixer recycle", 1.0, "-", 0.9, 1.1, "SX-1 Cu"),
        ("AIC-214", "Lean electrolyte H2SO4", 180, "g/L", 170, 190, "Strip"),
        ("AIC-215", "Rich electrolyte Cu", 48, "g/L", 45, 50, "Strip"),
        ("TIC-216", "Settler temperature", 30, "C", 20, 40, "SX-1 Cu"),
        ("SIC-217", "Primary mixer speed", 120, "rpm", 100, 140, "SX-1 Cu"),
        ("AI-218", "Organic entrainment in electrolyte", 20, "ppm", None, 30, "QC"),
        ("FIC-301", "EW cell feed", 12, "m3/h", 11, 13, "EW tankhouse"),
        ("AIC-302", "Current density", 300, "A/m2", 280, 320, "EW tankhouse"),
        ("AIC-303", "Cobalt in electrolyte", 150, "mg/L", 120, None, "EW tankhouse"),
        ("AIC-304", "Guar addition", 250, "g/t Cu", 200, 300, "EW tankhouse"),
    ]
    rows += [list(d) for d in data]
    save_csv(name, rows)
    label(name, "clear", [], [], [], PS, None, "en", True,
          "copper SX-EW DCS setpoints (LIX 984N, O/A, stages) in the same tag layout as an SX cascade; copper is not a rare-earth stage",
          "tag config (tag|setpoint|alarms)")


def x_coni_p507():
    name = "P507萃取钴镍_流比参数.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("cascade")
    r = title(ws, 1, "P507 硫酸盐体系 钴/镍 分离 萃取槽参数", 8)
    r = put(ws, r, ["Rev 4", None, "批准", zh(), "日期", dt.date(2024, 5, 30)])
    r += 1
    hdr = ["分离段", "级数", "有机相流量", "料液流量", "洗液流量", "反萃液流量", "pH/酸度", "温度"]
    units = ["", "级", "L/min", "L/min", "L/min", "L/min", "pH or mol/L", "°C"]
    rows = [
        ["P204 除杂 (Fe/Zn/Mn)", 8, 300, 150, 20, 15, 2.8, 35],
        ["P507 Co萃取", 10, 420, 150, 25, 18, 5.2, 40],
        ["Co反萃", 6, None, None, None, 18, 2.5, 40],
        ["Ni 萃余液", None, None, None, None, None, 5.0, 40],
    ]
    r = table(ws, r, hdr, rows, units=units)
    r += 1
    r = put(ws, r, ["有机相", "25% P507 + 5% TBP in sulfonated kerosene, 60% saponified (NaOH)"])
    r = put(ws, r, ["产品", "CoSO4 solution Co 120 g/L, Ni/Co < 0.001 ; NiSO4 raffinate to MVR crystallisation"])
    put(ws, r, ["Note", "Same mixer-settlers as 2021 trial line; Mg co-extraction controlled by pH ≤ 5.3."])
    widths(ws, [22, 8, 12, 12, 12, 12, 12, 8])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "mixed", True,
          "cobalt/nickel separation with P204/P507 in sulfate medium; reagent and cascade layout match RE separation but the metals are Co/Ni",
          "separate units row")


def x_anodising():
    name = "阳极氧化工艺参数表.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("工艺窗口")
    r = title(ws, 1, "6063 铝型材 硫酸阳极氧化 工艺参数", 6)
    r = put(ws, r, ["线别", "AN-2", "批准", zh(), "日期", dt.date(2024, 9, 2)])
    r += 1
    rows = [
        ["碱蚀 NaOH", 50, 55, 60, "g/L", "55 ℃, 2 min"],
        ["中和 HNO3", 100, 120, 150, "g/L", ""],
        ["氧化槽 H2SO4", 170, 180, 190, "g/L", ""],
        ["氧化槽 Al³⁺", 5, 10, 15, "g/L", ">20 换槽"],
        ["氧化温度", 18, 19, 20, "℃", "冷冻机 CH-2"],
        ["电流密度", 1.2, 1.3, 1.5, "A/dm²", ""],
        ["电压", 14, 15, 17, "V", ""],
        ["氧化时间", 30, 35, 40, "min", "膜厚 10~12 μm"],
        ["电解着色 SnSO4", 8, 10, 12, "g/L", "古铜色"],
        ["封孔 Ni(Ac)2", 5, 6, 7, "g/L", "冷封孔 25~30 ℃"],
        ["封孔时间", 10, 12, 15, "min", ""],
        ["膜厚", 10, 11, 12, "μm", "AA10"],
    ]
    r = table(ws, r, ["参数", "下限", "目标", "上限", "单位", "备注"], rows)
    widths(ws, [18, 8, 8, 8, 10, 22])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "zh", True,
          "aluminium sulfuric-acid anodising window in the same min/target/max layout; not a rare-earth process",
          "min/target/max")


def x_quench_temper():
    name = "Q&T recipe 42CrMo4 - furnace HT-2.xlsx"
    wb = new_wb(en())
    ws = wb.create_sheet("Recipe")
    r = title(ws, 1, "Quench & temper recipe — 42CrMo4 shafts, sealed-quench furnace HT-2", 7)
    r = put(ws, r, ["Recipe", "QT-42-07", "Load", 850, "kg", "Approved", en()])
    r += 1
    hdr = ["Seg", "Step", "Ramp (°C/min)", "Setpoint (°C)", "Hold (min)", "Atmosphere", "Note"]
    rows = [
        [1, "Preheat", 10, 650, 45, "endo gas", ""],
        [2, "Austenitise", 8, 850, 90, "endo, Cp 0.42 %", "±5 °C"],
        [3, "Oil quench", None, 60, 15, "oil, agitation high", "oil 60 °C"],
        [4, "Wash", None, 70, 20, "alkaline", ""],
        [5, "Temper", 5, 560, 150, "N2", "target 28-32 HRC"],
        [6, "Air cool", None, 25, None, "air", ""],
    ]
    r = table(ws, r, hdr, rows)
    r += 1
    r = put(ws, r, ["Acceptance"], bold=True)
    table(ws, r, ["Property", "Min", "Max", "Unit"], [
        ["Hardness", 28, 32, "HRC"], ["Rm", 900, 1100, "MPa"], ["KV (-20 °C)", 40, None, "J"]])
    widths(ws, [6, 14, 14, 14, 10, 20, 18])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "en", True,
          "steel quench-and-temper recipe in the same segment-profile layout as a sintering curve; ferrous heat treatment is not controlled",
          "segment profile (ramp/setpoint/hold)")


def x_ferrite_tw():
    name = "鐵氧體磁瓦燒結曲線.xlsx"
    wb = new_wb(tw())
    ws = wb.create_sheet("燒結曲線")
    r = title(ws, 1, "鍶鐵氧體 磁瓦 濕壓磁場成型及燒結參數", 7)
    r = put(ws, r, ["品號", "Y30BH 磁瓦", "窯爐", "隧道窯 TK-1", "核准", tw(), dt.date(2024, 7, 15)])
    r += 1
    r = put(ws, r, ["成型"], bold=True)
    r = table(ws, r, ["參數", "數值", "單位", "備註"], [
        ["料漿固含量", 68, "%", "SrFe12O19 預燒料 + CaCO3/SiO2"],
        ["取向磁場", 0.8, "T", "濕壓"],
        ["成型壓力", 40, "MPa", ""],
        ["生坯密度", 3.1, "g/cm³", ""],
    ])
    r += 1
    r = put(ws, r, ["燒結 (空氣)"], bold=True)
    r = table(ws, r, ["區段", "工步", "升溫速率 ℃/min", "溫度 ℃", "保溫 min", "氣氛", "備註"], [
        [1, "乾燥排水", 2, 200, 120, "空氣", ""],
        [2, "升溫", 3, 1000, None, "空氣", ""],
        [3, "燒結", 2, 1210, 90, "空氣", "±5 ℃"],
        [4, "冷卻", -4, 200, None, "空氣", ""],
    ])
    r += 1
    table(ws, r, ["性能", "目標", "單位"], [["Br", 0.40, "T"], ["Hcb", 250, "kA/m"], ["Hcj", 260, "kA/m"]])
    widths(ws, [10, 14, 14, 10, 10, 10, 26])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "zh", True,
          "Sr-ferrite magnet wet pressing in field and air sintering; magnet vocabulary but ferrite is outside SmCo/NdFeB/Ce magnets",
          "segment profile (ramp/setpoint/hold)")


def x_alumina_csv():
    name = "95瓷烧结记录.csv"
    rows = [["窑次", "产品", "装窑量/件", "排胶温度/℃", "排胶时间/h", "烧结温度/℃", "保温时间/h",
             "升温速率/℃·h⁻¹", "密度/g·cm⁻³", "吸水率/%", "收缩率/%", "操作员"]]
    ops = zh(3)
    for i in range(1, 19):
        rows.append([f"K{2405 + i // 10}-{i:02d}", rng.choice(["95瓷衬板", "95瓷环", "95瓷基片"]),
                     rng.choice([480, 520, 600]), 450, rng.choice([8, 10]), rng.choice([1640, 1650, 1660]),
                     rng.choice([2, 3]), 60, j(3.66, 0.02, 2), j(0.01, 0.003, 3), j(16.8, 0.3, 1),
                     rng.choice(ops)])
    save_csv(name, rows, encoding="gb18030")
    label(name, "clear", [], [], [], PS, None, "zh", True,
          "GB18030 batch record of 95% alumina ceramic sintering (debinding, 1650 C hold) with unit-in-header Chinese columns; ceramic sintering is not controlled",
          "unit-in-header batch table")


def x_ncm_multisheet():
    name = "NCM811 calcination profile rev4.xlsx"
    wb = new_wb(en())
    cv = wb.create_sheet("Cover")
    r = title(cv, 2, "NCM811 cathode — 1st/2nd calcination profile (RHK line 3)", 3, size=14)
    a, b, c = en(3)
    for k, v in [("Doc", "CAM-CP-811-04"), ("Revision", 4), ("Prepared", a), ("Checked", b),
                 ("Approved", c), ("Effective", dt.date(2024, 8, 12))]:
        r = put(cv, r + 1, [k, v])
    widths(cv, [14, 40])
    ws = wb.create_sheet("Profile")
    r = table(ws, 1, ["Zone", "Temperature (°C)", "Length (m)", "Residence (h)", "O2 flow (Nm³/h)", "Note"], [
        ["Z1-Z3 heat", 450, 9, 3.0, 40, "LiOH·H2O melt, dehydration"],
        ["Z4-Z6 ramp", 650, 9, 3.0, 60, ""],
        ["Z7-Z10 soak", 760, 12, 10.0, 120, "±5 °C; O2 ≥ 95 %"],
        ["Z11-Z12 cool", 300, 6, 2.0, 30, ""],
    ])
    r += 1
    r = put(ws, r, ["Recipe"], bold=True)
    r = table(ws, r, ["Item", "Value", "Unit"], [
        ["Li/Me molar ratio", 1.03, ""], ["Sagger load", 6.5, "kg"], ["Roller speed", 1.2, "m/h"],
        ["2nd calcination (coating Al/B)", 350, "°C"], ["Residual Li (LiOH+Li2CO3)", 0.30, "wt% max"],
        ["D50 target", 10.5, "µm"]])
    widths(ws, [30, 18, 12, 14, 16, 30])
    rv = wb.create_sheet("Revision log")
    table(rv, 1, ["Rev", "Date", "Change", "By"], [
        [3, dt.date(2024, 2, 1), "soak 770 → 765 °C", a], [4, dt.date(2024, 8, 12), "soak 760 °C, O2 120", a]])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "en", True,
          "lithium-ion cathode (NCM811) calcination profile in a cover/profile/revision workbook; battery material, not rare earth",
          "multi-sheet (cover/params/revision log)")


def x_iqc_magnets():
    name = "来料检验记录_钕铁硼磁钢_IQC.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("IQC")
    r = title(ws, 1, "来料检验记录 Incoming inspection — 钕铁硼磁钢 N42SH (外购)", 9)
    r = put(ws, r, ["供应商", "宁波某磁业", "PO", "PO-2024-11872", "物料号", "MG-42SH-5020", "批量", 12000, "pcs"])
    r = put(ws, r, ["抽样", "AQL 0.65, 正常II级, n=80", None, "检验日期", dt.date(2024, 10, 17), "检验员", zh()])
    r += 1
    hdr = ["检验项目", "规格下限", "规格上限", "单位", "样本1", "样本2", "样本3", "样本4", "样本5", "判定"]
    rows = [
        ["长度 L", 49.95, 50.05, "mm", 50.01, 49.99, 50.02, 50.00, 49.98, "OK"],
        ["宽度 W", 19.95, 20.05, "mm", 20.01, 20.02, 19.99, 20.00, 20.01, "OK"],
        ["厚度 T(取向)", 4.97, 5.03, "mm", 5.00, 5.01, 5.02, 4.99, 5.00, "OK"],
        ["镀层 NiCuNi 厚度", 10, 20, "μm", 14.2, 13.8, 15.1, 14.6, 13.9, "OK"],
        ["Br (20 ℃)", 1.28, 1.33, "T", 1.305, 1.311, 1.302, 1.308, 1.306, "OK"],
        ["Hcj (20 ℃)", 20, None, "kOe", 21.3, 21.0, 21.6, 21.2, 21.4, "OK"],
        ["(BH)max", 40, 43, "MGOe", 41.5, 41.9, 41.2, 41.7, 41.6, "OK"],
        ["表面磁通", 0.35, None, "T", 0.372, 0.368, 0.375, 0.370, 0.371, "OK"],
        ["盐雾 48 h", None, None, "", "无锈", "无锈", "无锈", "无锈", "无锈", "OK"],
        ["附着力(划格)", None, None, "级", 0, 0, 0, 0, 0, "OK"],
    ]
    r = table(ws, r, hdr, rows)
    r += 1
    put(ws, r, ["结论 Result", "Accept — release to line M2 rotor assembly", None, "MRB", "N/A"])
    widths(ws, [18, 10, 10, 8, 8, 8, 8, 8, 8, 8])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "mixed", True,
          "incoming-inspection record of purchased NdFeB magnets: only measured dimensions, coating and Br/Hcj of bought parts; no manufacturing know-how",
          "inspection record (spec limits + samples)")


def x_price_list():
    name = "oxide_price_list_2024-09.csv"
    rows = [["Product", "Purity", "Unit", "Price_low", "Price_high", "Average", "Change_vs_prev_week", "Source"]]
    data = [("Praseodymium-neodymium oxide", ">=99% TREO, Pr6O11 25%", "CNY/t", 440000, 450000),
            ("Neodymium oxide", ">=99.5%", "CNY/t", 445000, 455000),
            ("Praseodymium oxide", ">=99.5%", "CNY/t", 448000, 458000),
            ("Dysprosium oxide", ">=99.5%", "CNY/t", 1700000, 1730000),
            ("Terbium oxide", ">=99.99%", "CNY/t", 5800000, 5900000),
            ("Lanthanum oxide", ">=99.99%", "CNY/t", 3800, 4300),
            ("Cerium oxide", ">=99.95%", "CNY/t", 7000, 7600),
            ("Gadolinium oxide", ">=99.5%", "CNY/t", 150000, 156000),
            ("Holmium oxide", ">=99.5%", "CNY/t", 470000, 480000),
            ("Samarium oxide", ">=99.9%", "CNY/t", 13000, 15000),
            ("PrNd metal", ">=99%", "CNY/t", 545000, 555000),
            ("Dy-Fe alloy", "Dy 80%", "CNY/t", 1660000, 1690000)]
    for p, pur, u, lo, hi in data:
        rows.append([p, pur, u, lo, hi, (lo + hi) // 2, rng.choice(["0.0%", "+0.5%", "-0.8%", "+1.2%", "-0.3%"]),
                     "weekly market survey (public quotes)"])
    rows.append(["# Rare earth oxides and metals, ex-works China incl. VAT, week 38 2024. For procurement budgeting only."])
    save_csv(name, rows)
    label(name, "clear", [], [], [], "other", None, "en", True,
          "market price list of rare-earth oxides and metals; mentions only, no technology",
          "price list")


def x_oxide_purchase_spec():
    name = "氧化钕采购技术要求_2025.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("技术要求")
    r = title(ws, 1, "外购氧化钕 采购技术要求 (供应商须提供每批 COA)", 5)
    r = put(ws, r, ["编号", "CG-JS-031", "采购", zh(), dt.date(2025, 1, 6)])
    r += 1
    rows = [
        ["TREO", 99.0, None, "%", "GB/T 5240 抽检"],
        ["Nd2O3/TREO", 99.5, None, "%", ""],
        ["La2O3/TREO", None, 0.03, "%", ""],
        ["CeO2/TREO", None, 0.03, "%", ""],
        ["Pr6O11/TREO", None, 0.3, "%", ""],
        ["Sm2O3/TREO", None, 0.03, "%", ""],
        ["Fe2O3", None, 0.005, "%", ""],
        ["SiO2", None, 0.01, "%", ""],
        ["CaO", None, 0.01, "%", ""],
        ["Cl⁻", None, 0.03, "%", ""],
        ["灼减", None, 1.0, "%", ""],
        ["包装", "双层塑料袋+铁桶 50 kg", None, "", "防潮"],
        ["交货", "每月 20 t", None, "", "FOB 赣州"],
    ]
    r = table(ws, r, ["项目", "下限", "上限", "单位", "备注"], rows)
    put(ws, r + 1, ["注：不合格批次按合同第7条退货。"])
    widths(ws, [16, 22, 10, 8, 20])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "zh", True,
          "purchase specification of bought Nd2O3 (purity/impurity limits, packing, delivery) — a specification of a bought oxide, not how to make it",
          "min/max spec table")


def x_motor_design():
    name = "Motor_design_IPM_N42.xlsx"
    wb = new_wb(en())
    ws = wb.create_sheet("Design")
    r = title(ws, 1, "IPM traction motor EM-60 — electromagnetic design sheet", 5)
    r = put(ws, r, ["Project", "EM-60 e-axle", "Rev", "D", en()])
    r += 1
    r = put(ws, r, ["Machine"], bold=True)
    r = table(ws, r, ["Parameter", "Value", "Unit", "Note"], [
        ["Rated power", 60, "kW", ""], ["Peak power", 120, "kW", "30 s"], ["Max speed", 16000, "rpm", ""],
        ["Poles", 8, "", "V-shape IPM"], ["Stator slots", 48, "", "hairpin"], ["Stator OD", 220, "mm", ""],
        ["Stack length", 140, "mm", "0.27 mm NO27 lamination"], ["Air gap", 0.7, "mm", ""],
        ["DC link", 400, "V", ""]])
    r += 1
    r = put(ws, r, ["Magnets (purchased, supplier datasheet)"], bold=True)
    r = table(ws, r, ["Parameter", "Value", "Unit", "Note"], [
        ["Grade", "N42SH", "", "bought-in, pre-coated"], ["Br @20 °C", 1.30, "T", "datasheet typical"],
        ["HcJ @20 °C", 1600, "kA/m", ""], ["α(Br)", -0.12, "%/K", ""], ["β(HcJ)", -0.58, "%/K", ""],
        ["Block size", "50 x 20 x 5", "mm", "2 per pole half"], ["Pieces per motor", 32, "", ""],
        ["Magnet mass per motor", 1.22, "kg", ""]])
    r += 1
    r = put(ws, r, ["Design checks"], bold=True)
    table(ws, r, ["Check", "Result", "Limit", "Status"], [
        ["Demag at 150 °C, 3x rated current", "0.4 % flux loss", "< 1 %", "pass"],
        ["Back-EMF @ 1000 rpm", "52 V", "—", "info"], ["Torque ripple", "4.1 %", "< 5 %", "pass"],
        ["Magnet eddy loss @ 12000 rpm", "85 W", "< 120 W", "pass"]])
    widths(ws, [34, 18, 10, 24])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "en", True,
          "motor design sheet that uses bought N42SH magnets (datasheet Br/HcJ, demag check); product design using magnets is not magnet technology",
          "sectioned design sheet")


def x_rotor_bom():
    name = "转子磁极装配BOM_2MW.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("BOM")
    r = title(ws, 1, "2 MW 直驱发电机 转子磁极模块 装配BOM / Rotor pole module BOM", 7)
    r = put(ws, r, ["图号", "GR-2000-PM-100", "版本", "C", "日期", dt.date(2024, 6, 28)])
    r += 1
    r = table(ws, r, ["序号", "物料号", "名称", "规格", "数量", "单位", "Remark"], [
        [1, "MG-38UH-12040", "钕铁硼磁钢(外购,已充磁)", "N38UH 120x40x15, epoxy coated", 24, "pcs", "supplier COA required"],
        [2, "PL-SS-100", "磁极底板", "Q345 t=10", 1, "pcs", ""],
        [3, "CV-GF-100", "玻璃钢护罩", "GFRP t=2", 1, "pcs", ""],
        [4, "AD-EP-01", "结构胶", "双组分环氧", 0.35, "kg", ""],
        [5, "BT-M10", "螺栓", "M10x35 10.9级", 8, "pcs", "torque 49 N·m"],
    ])
    r += 1
    r = put(ws, r, ["装配要点 Assembly notes"], bold=True)
    table(ws, r, ["项目", "参数", "单位", "Note"], [
        ["胶层厚度", 0.2, "mm", "shim controlled"], ["固化温度", 80, "℃", ""], ["固化时间", 2, "h", ""],
        ["磁极表面磁通抽检", 0.42, "T", "min, gaussmeter"], ["模块绝缘电阻", 500, "MΩ", "min"]])
    widths(ws, [8, 16, 24, 30, 8, 6, 28])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "mixed", True,
          "generator rotor-pole BOM that glues bought, already-magnetised NdFeB blocks; product assembly using magnets, not magnet manufacturing",
          "BOM + notes")


def x_basic_research_lab():
    name = "DSC_Curie_NdCeFeB_lab.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("data")
    r = title(ws, 1, "(Nd1-xCex)2Fe14B 单晶 居里温度与各向异性场 测量记录", 7)
    r = put(ws, r, ["课题", "国家自然科学基金面上项目 (基础研究)", None, "实验室", "某大学 磁性材料物理实验室"])
    r = put(ws, r, ["目的", "研究Ce 4f电子价态对 2:14:1 相内禀磁性的影响 (电子结构 / 第一性原理对照)"])
    r = put(ws, r, ["状态", "结果已发表 (published); 本表为原始记录，无工艺开发内容"])
    r += 1
    rows = []
    for x in (0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0):
        tc = round(585 - 160 * x - 10 * x * x + rng.gauss(0, 1.5), 1)
        ha = round(7.5 - 2.9 * x + rng.gauss(0, 0.05), 2)
        a_ = round(8.80 - 0.05 * x, 3)
        rows.append([x, tc, ha, a_, round(12.20 - 0.12 * x, 3), rng.choice(["DSC", "TGA-magnet", "DSC"]),
                     rng.choice(["", "Ce valence ~3.6+ by XAS", "single crystal by flux growth (lab only)"])])
    r = table(ws, r, ["x (Ce)", "Tc (K)", "μ0Ha (T, 300 K)", "a (Å)", "c (Å)", "方法", "Note"], rows)
    widths(ws, [8, 10, 16, 10, 10, 12, 40])
    save_wb(wb, name)
    label(name, "excluded", [A], [MAG], ["NdFeB", "Ce"], PS, "basic-research", "mixed", True,
          "university basic-research lab record (NSFC general programme) of intrinsic magnetism (Tc, anisotropy field, lattice) vs Ce content; no production know-how -> basic-research exclusion",
          "data table with header block")


def x_public_supp_data():
    name = "Supplementary_TableS2_P507_equilibrium.csv"
    rows = [["# Supplementary Data for: Extraction equilibria of Pr(III) and Nd(III) with HEH/EHP in chloride media"],
            ["# Journal: Hydrometallurgy  Vol. 218  (2023) 106047   doi:10.1016/j.hydromet.2023.106047"],
            ["# Received 12 Sep 2022; Accepted 18 Jan 2023; Available online 2 Feb 2023"],
            ["# Table S2. Distribution ratios D and separation factor beta(Nd/Pr), 25 C, 1.0 M P507 in n-heptane, 0% saponification"],
            ["Aqueous_HCl_mol/L", "Initial_Pr_mmol/L", "Initial_Nd_mmol/L", "D_Pr", "D_Nd", "beta_Nd/Pr"]]
    for h in (0.05, 0.10, 0.20, 0.30, 0.50, 0.75, 1.00):
        dpr = round(12.0 * (0.05 / h) ** 2.9 + rng.gauss(0, 0.01), 4)
        dnd = round(dpr * 1.42 + rng.gauss(0, 0.005), 4)
        rows.append([h, 10.0, 10.0, dpr, dnd, round(dnd / dpr, 3)])
    save_csv(name, rows)
    label(name, "excluded", [A], [SEP], [], PS, "public-domain", "en", True,
          "published supplementary data of a journal article (journal, DOI, received/accepted dates) on P507 Pr/Nd extraction equilibria -> public-domain exclusion",
          "data table with metadata lines")


def x_annealing_pm():
    name = "退火炉AF-3_PM计划.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("PM")
    r = title(ws, 1, "AF-3 罩式退火炉 预防性维护与校准计划 (冷轧带钢)", 9)
    r = put(ws, r, ["Line", "冷轧二车间", "Asset", "AF-3 全氢罩式炉", None, "Rev", "2024-02"])
    r += 1
    hdr = ["任务号", "任务", "周期", "参考值", "单位", "允差", "上次执行", "下次到期", "签字", "Remark"]
    who = zh(3)
    rows = [
        ["AF3-01", "控温热电偶系统精度校验", "每月", 720, "℃", "±3", dt.date(2024, 6, 3), dt.date(2024, 7, 3), who[0], "soak setpoint for DC04"],
        ["AF3-02", "炉温均匀性测试 9 点", "每季", 720, "℃", "±5", dt.date(2024, 4, 8), dt.date(2024, 7, 8), who[0], "CQI-9 style survey"],
        ["AF3-03", "内罩氢气泄漏检测", "每周", 0, "ppm", "", dt.date(2024, 6, 24), dt.date(2024, 7, 1), who[1], "H2 detector"],
        ["AF3-04", "氮气吹扫 O2 终点", "每炉", 1, "%", "max", None, None, "shift", "before H2 admission"],
        ["AF3-05", "循环风机轴承振动", "每季", 4.5, "mm/s", "max", dt.date(2024, 4, 9), dt.date(2024, 7, 9), who[2], ""],
        ["AF3-06", "加热罩烧嘴检查", "每半年", None, "", "", dt.date(2024, 1, 15), dt.date(2024, 7, 15), who[2], ""],
        ["AF3-07", "冷却罩水流量", "每周", 30, "m³/h", "min", dt.date(2024, 6, 24), dt.date(2024, 7, 1), "shift", ""],
        ["AF3-08", "炉台密封圈更换", "每年", None, "", "", dt.date(2023, 11, 20), dt.date(2024, 11, 20), who[1], "Viton"],
    ]
    table(ws, r, hdr, rows)
    widths(ws, [10, 28, 8, 10, 8, 10, 12, 12, 8, 26])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "mixed", True,
          "PM/calibration plan of a steel-strip bell annealing furnace in the same layout as a sintering-furnace PM sheet; steel-furnace maintenance is not controlled",
          "maintenance schedule")


def x_al_cell_pm():
    name = "电解车间槽维护计划_二工区.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("维护计划")
    r = title(ws, 1, "二工区 400 kA 预焙电解槽 维护保养计划", 8)
    r = put(ws, r, ["车间", "电解二车间", "槽号", "2101 ~ 2172", "版本", "2024-A"])
    r += 1
    hdr = ["设备编号", "设备名称", "维护项目", "周期", "标准值/校准值", "上次执行", "下次到期", "负责人"]
    who = zh(3)
    rows = [
        ["21xx", "电解槽", "电解质温度测量比对", "每日", "955 ℃，±5 ℃", None, None, "当班"],
        ["21xx", "电解槽", "分子比(NaF/AlF3)分析", "每 2 天", "2.4~2.5", None, None, "化验室"],
        ["21xx", "预焙阳极", "换极", "28 天", "残极高度 ≥ 160 mm", dt.date(2024, 6, 10), dt.date(2024, 7, 8), who[0]],
        ["ZL-2", "整流机组", "直流电流校准", "每季", "400 kA，±0.5%", dt.date(2024, 4, 2), dt.date(2024, 7, 2), who[1]],
        ["21xx", "槽控机", "AlF3 下料器标定", "每月", "1.8 kg/次 ±5%", dt.date(2024, 6, 6), dt.date(2024, 7, 6), who[1]],
        ["21xx", "阴极钢棒", "钢棒温度巡检", "每周", "≤ 350 ℃", dt.date(2024, 6, 24), dt.date(2024, 7, 1), who[2]],
        ["JH-2", "干法净化", "氟化物排放检测", "每月", "HF ≤ 3 mg/m³", dt.date(2024, 6, 12), dt.date(2024, 7, 12), who[2]],
        ["MX-2", "母线", "压降测量", "每季", "≤ 15 mV", dt.date(2024, 4, 5), dt.date(2024, 7, 5), who[0]],
    ]
    table(ws, r, hdr, rows)
    widths(ws, [10, 12, 22, 10, 22, 12, 12, 10])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "zh", True,
          "maintenance plan for aluminium (cryolite fluoride bath) prebake cells, same layout as an RE electrolysis-cell PM sheet; aluminium electrolysis is not controlled",
          "maintenance schedule")


def x_black_mass_csv():
    name = "黑粉浸出参数_2024批次.csv"
    rows = [["批号", "黑粉/kg", "H2SO4/mol·L⁻¹", "H2O2/vol%", "液固比", "浸出温度/℃", "时间/h",
             "Ni浸出率/%", "Co浸出率/%", "Li浸出率/%", "Remark"]]
    for i in range(1, 17):
        rows.append([f"BM24-{i:03d}", rng.choice([500, 600]), j(2.0, 0.05, 2), rng.choice([3, 4]),
                     rng.choice([5, 6]), rng.choice([70, 80]), rng.choice([2, 3]), j(98.6, 0.5, 1),
                     j(98.2, 0.6, 1), j(97.5, 0.8, 1),
                     rng.choice(["", "", "NCM/LFP mixed feed", "Cu/Al foil fines high, extra screening",
                                 "filtrate to P204 Mn/Cu removal"])])
    save_csv(name, rows, encoding="gb18030")
    label(name, "clear", [], [], [], PS, None, "mixed", True,
          "lithium-ion battery black-mass leaching batches (Ni/Co/Li recovery); recycling vocabulary but not a rare-earth secondary resource",
          "unit-in-header batch table")


def x_zn_commissioning():
    name = "Zn SX commissioning checklist.xlsx"
    wb = new_wb(en())
    ws = wb.create_sheet("Checklist")
    r = title(ws, 1, "锌萃取线 调试检查表 / Zinc SX plant (D2EHPA) commissioning checklist", 7)
    r = put(ws, r, ["项目号", "ZN-SX-2024-03", "区域", "SX mixer-settlers E1-E3, W1-W2, S1-S2", None, "日期", dt.date(2024, 3, 11)])
    r += 1
    rows = [
        [1, "搅拌转速", 220, "rpm", 221, "OK", "all mixers, VFD checked"],
        [2, "澄清槽相界面", 300, "mm", 305, "OK", ""],
        [3, "有机夹带", 200, "ppm", 150, "OK", "max"],
        [4, "D2EHPA 浓度 (参考)", 40, "vol%", 40, "OK", "in Escaid 100"],
        [5, "萃取 pH (参考)", 2.5, "pH", 2.5, "OK", "Zn PLS from neutral leach"],
        [6, "反萃液 H2SO4 (参考)", 180, "g/L", 182, "OK", "spent electrolyte"],
        [7, "Fe 反洗 HCl", 6, "mol/L", 6, "OK", "bleed organic"],
        [8, "CST 消防联锁", "动作", "", "动作", "OK", "foam system"],
        [9, "带料 72 h 富液 Zn", 90, "g/L", 91.5, "OK", "acceptance reference"],
    ]
    r = table(ws, r, ["No.", "调试项目", "目标/参考值", "单位", "实测", "OK/NG", "Remark"], rows)
    put(ws, r + 1, ["Sign-off", "EPC: " + en(), "Owner: " + en()])
    widths(ws, [6, 24, 14, 8, 10, 8, 34])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "mixed", True,
          "commissioning checklist of a zinc D2EHPA SX plant, same layout as an RE mixer-settler commissioning record; zinc SX is not controlled",
          "commissioning checklist")


def x_carbide_sinter():
    name = "硬质合金烧结工艺_WC-10Co.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("烧结曲线")
    r = title(ws, 1, "YG10 (WC-10Co) 脱蜡-烧结-HIP 一体炉 工艺曲线", 7)
    r = put(ws, r, ["炉号", "SH-02", "装炉量", 300, "kg", "批准", zh()])
    r += 1
    hdr = ["段号", "工步", "升温速率 ℃/min", "目标温度 ℃", "保温 min", "压力", "Note"]
    rows = [
        [1, "脱蜡", 2, 450, 120, "H2 flow", "paraffin 2 % removal"],
        [2, "预烧", 5, 1200, 60, "vacuum 10 Pa", ""],
        [3, "液相烧结", 3, 1420, 60, "Ar 500 Pa", "carbon window ±0.05 %"],
        [4, "HIP", None, 1420, 30, "Ar 5 MPa", "sinter-HIP"],
        [5, "冷却", None, 80, None, "Ar", ""],
    ]
    r = table(ws, r, hdr, rows)
    r += 1
    table(ws, r, ["性能", "目标", "单位"], [["密度", 14.5, "g/cm³"], ["硬度", 91.0, "HRA"], ["TRS", 3200, "MPa"], ["Co磁", 9.4, "%"]])
    widths(ws, [6, 12, 14, 12, 10, 14, 28])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "mixed", True,
          "cemented-carbide sinter-HIP curve in the same segment layout as a magnet sintering sheet; cemented carbide is not controlled",
          "segment profile (ramp/setpoint/hold)")


def x_alnico_csv():
    name = "AlNiCo8_HT_settings.csv"
    rows = [["Step", "Parameter", "Value", "Unit", "Comment"],
            ["Casting", "Alloy", "AlNiCo 8 (Al 7, Ni 14, Co 38, Cu 3, Ti 7.5, Fe bal.)", "", "sand cast"],
            ["Solution", "Temperature", 1250.0, "deg C", "30 min, Ar"],
            ["Solution", "Cooling", "fast", "", "to 850 deg C"],
            ["Magnetic anneal", "Temperature", 810.0, "deg C", "isothermal"],
            ["Magnetic anneal", "Field", 0.30, "T", "along easy axis"],
            ["Magnetic anneal", "Time", 10.0, "min", ""],
            ["Aging 1", "Temperature", 650.0, "deg C", "5 h"],
            ["Aging 2", "Temperature", 580.0, "deg C", "15 h"],
            ["QC", "Br", 0.82, "T", "typ."],
            ["QC", "HcB", 1.9, "kOe", "typ."]]
    save_csv(name, rows, delimiter=";", decimal=",")
    label(name, "clear", [], [], [], PS, None, "en", True,
          "AlNiCo 8 solution/field-anneal/aging settings (semicolon CSV, decimal comma); AlNiCo magnets are explicitly outside the control",
          "param|value|unit")


def x_iron_flotation():
    name = "浮选药剂制度_rev2.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("药剂制度")
    r = title(ws, 1, "赤铁矿 阴离子反浮选 药剂制度 / Reverse flotation reagent regime", 7)
    r = put(ws, r, ["Rev.", 2, "日期", dt.date(2024, 4, 11), "编制", zh(), "批准"])
    r += 1
    rows = [
        ["磨矿", "-0.074 mm含量", 90, 95, 98, "%", "regrind to liberate hematite/quartz"],
        ["弱磁选", "磁场强度", 0.12, 0.15, 0.18, "T", "magnetite rougher"],
        ["强磁选", "背景磁场", 0.8, 1.0, 1.1, "T", "SLon, hematite to mags"],
        ["浮选给矿", "矿浆浓度", 30, 35, 40, "%", ""],
        ["浮选给矿", "矿浆温度", 30, 35, 38, "°C", ""],
        ["调浆", "NaOH (pH)", 11.0, 11.5, 11.8, "pH", ""],
        ["调浆", "淀粉 抑制剂", 0.6, 0.8, 1.0, "kg/t", "hematite depressant"],
        ["调浆", "CaO 活化剂", 0.4, 0.5, 0.6, "kg/t", "activates quartz"],
        ["调浆", "RA-915 捕收剂", 0.5, 0.6, 0.7, "kg/t", "fatty-acid collector"],
        ["粗选", "浮选时间", 4, 5, 6, "min", ""],
        ["精选", "精选次数", 1, 1, 2, "次", ""],
        ["扫选", "扫选次数", 2, 3, 3, "次", ""],
        ["产品", "铁精矿 TFe 品位", 65, 66, 67, "%", "SiO2 ≤ 4 %"],
        ["产品", "作业回收率", 80, 83, None, "%", ""],
    ]
    table(ws, r, ["工序", "参数", "Min", "Target", "Max", "单位", "Note"], rows)
    widths(ws, [10, 22, 8, 8, 8, 8, 40])
    save_wb(wb, name)
    label(name, "clear", [], [], [], PS, None, "mixed", True,
          "iron-ore (hematite) reverse flotation regime in the same min/target/max layout as an RE flotation sheet; iron-ore mining is not controlled",
          "min/target/max")


def x_compliance_tracker():
    name = "出口管制合规评审_物项台账.xlsx"
    wb = new_wb(zh())
    ws = wb.create_sheet("台账")
    r = title(ws, 1, "出口管制合规评审 物项/技术资料台账 (依据商务部公告2025年第61、62号)", 8)
    r = put(ws, r, ["会议", "2025-10-20 合规委员会第4次会议", None, "记录", zh(), "主持", zh()])
    r += 1
    hdr = ["序号", "资料名称", "拟接收方", "涉及环节", "初判编码", "结论", "负责人", "Remark"]
    rows = [
        [1, "烧结工艺文件包(越南工厂)", "VN subsidiary", "磁材制造", "1E902.a", "需申请许可", zh(), "hold transfer until licence"],
        [2, "电机设计图纸 EM-60", "EU customer", "产品设计", "—", "不涉及", zh(), "uses bought magnets only"],
        [3, "电解槽维修手册", "境外合资方", "金属冶炼", "1E902.b", "需申请许可", zh(), "maintenance/repair"],
        [4, "氧化物报价单", "Trader HK", "—", "—", "不涉及", zh(), "market information"],
        [5, "期刊论文预印本", "Univ. partner", "冶炼分离", "—", "公共领域，不适用", zh(), "published, DOI checked"],
        [6, "专利申请文本 PCT", "Patent agent (US)", "磁材制造", "—", "普通专利申请所必需，不适用", zh(), ""],
    ]
    r = table(ws, r, hdr, rows)
    r += 1
    r = put(ws, r, ["引用条款", "公告第62号 一(一)(二)、六；《出口管制法》第十二条、第三十四条"])
    put(ws, r, ["下次复核", dt.date(2025, 12, 1), None, "Note", "No technical parameters are stored in this register."])
    widths(ws, [6, 26, 18, 12, 10, 22, 8, 30])
    save_wb(wb, name)
    label(name, "clear", [], [], [], "other", None, "mixed", True,
          "compliance review register quoting MOFCOM 2025 No.61/62 and listing documents with decisions; no technical content itself",
          "register / tracker")


def x_uranium_isr_csv():
    name = "ISR_wellfield_daily_2024-06.csv"
    rows = [["# 井场 WF-3，CO2+O2 中性浸出 (uranium ISR), LIMS export"],
            ["日期", "井组", "注液流量(m3/h)", "抽液流量(m3/h)", "O2(mg/L)", "CO2(g/L)", "浸出液pH",
             "U(mg/L)", "HCO3-(g/L)", "Remark"]]
    for d in range(1, 31, 2):
        for grp in ("WF3-A", "WF3-B"):
            rows.append([dt.date(2024, 6, d), grp, j(160, 5, 1), j(165, 5, 1), j(380, 20, 0),
                         j(0.9, 0.05, 2), j(6.9, 0.08, 2), j(38, 3, 1), j(1.6, 0.05, 2),
                         rng.choice(["", "", "bleed 1 % to evaporation pond", "injector I-312 back-flushed",
                                     "IX column C-2 loaded, switch"])])
    save_csv(name, rows, encoding="utf-8-sig")
    label(name, "clear", [], [], [], PS, None, "mixed", True,
          "uranium in-situ recovery wellfield daily log in the same layout as a clay-leach liquor log; uranium ISR is not rare-earth mining",
          "time-series log")


BUILDERS = [
    # controlled (36)
    c_insitu_injection, c_heap_leach_log, c_flotation_regime, c_gravity_magsep,
    c_insitu_commissioning, c_liquor_treatment_tw,
    s_cascade_tags, s_cepr_multisheet, s_hree_unitsrow, s_roasting_tolerance,
    s_oxalate_batches, s_mixer_settler_commissioning, s_chromatography_transposed,
    m_prnd_electrolysis, m_lace_shift_log, m_cell_pm_tw, m_tbf3_ca_reduction,
    m_sm_distillation, m_cell_upgrade_spec,
    n_sinter_profile, n_route_transposed, n_hd_jm_log, n_press_ce, n_gbd_tolerance,
    n_smco_217, n_smco5_tw, n_ce_recipe, n_furnace_pm, n_hd_commissioning_ab,
    n_hot_deform_log, n_strip_cast_window,
    r_sludge_leach, r_hpms_resinter, r_phosphor_tw, r_nimh_batches, r_line_commissioning,
    # hard negatives (24)
    x_cu_refining, x_cu_sxew_tags, x_coni_p507, x_anodising, x_quench_temper,
    x_ferrite_tw, x_alumina_csv, x_ncm_multisheet, x_iqc_magnets, x_price_list,
    x_oxide_purchase_spec, x_motor_design, x_rotor_bom, x_basic_research_lab,
    x_public_supp_data, x_annealing_pm, x_al_cell_pm, x_black_mass_csv,
    x_zn_commissioning, x_carbide_sinter, x_alnico_csv, x_iron_flotation,
    x_compliance_tracker, x_uranium_isr_csv,
]


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for b in BUILDERS:
        b()
    files = [d[0] for d in DOCS]
    assert len(files) == len(set(files)) == 60, len(files)
    with open(LABELS, "w", encoding="utf-8") as f:
        for _, lab, _ in DOCS:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # summary
    labs = [d[1] for d in DOCS]
    print("verdict:", dict(Counter(l["verdict"] for l in labs)))
    print("language:", dict(Counter(l["language"] for l in labs)))
    print("ext:", dict(Counter(os.path.splitext(l["file"])[1] for l in labs)))
    print("stage (controlled):", dict(Counter(c for l in labs if l["verdict"] == "controlled" for c in l["categories"])))
    print("codes (controlled):", dict(Counter("+".join(l["control_codes"]) for l in labs if l["verdict"] == "controlled")))
    print("magnet types:", dict(Counter(m for l in labs for m in l["magnet_types"])))
    print("layouts:")
    for k, v in Counter(d[2] for d in DOCS).most_common():
        print("  %2d  %s" % (v, k))


if __name__ == "__main__":
    main()
