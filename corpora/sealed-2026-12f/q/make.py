# -*- coding: utf-8 -*-
"""Generator for batch q: plant operations and quality records."""
import os, io, re, json, csv, random, zipfile, datetime, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from docx import Document
from fpdf import FPDF

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "files")
FIXED = datetime.datetime(2025, 6, 18, 8, 30, 0)
LABELS = []
rng = random.Random(20250618)
if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)


def lab(file, verdict, codes, cats, mags, carrier, excl, lang, hard, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mags, carrier=carrier, exclusion=excl, language=lang,
                       hard_negative=hard, note=note))


def p(name):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def normalize_zip(path, when):
    dt = (when.year, when.month, when.day, when.hour, when.minute, 0)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % stamp, s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % stamp, s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def xlsx(name, sheets, author="user", when=FIXED):
    """sheets: list of dict(title, rows, merges=[...], widths=None)"""
    wb = Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["title"])
        for r in sh["rows"]:
            ws.append(list(r))
        for m in sh.get("merges", []):
            ws.merge_cells(m)
            ws[m.split(":")[0]].alignment = Alignment(horizontal="center", vertical="center")
        for c in ws[1]:
            c.font = Font(bold=True)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    path = p(name)
    wb.save(path)
    normalize_zip(path, when)


def docx(name, blocks, author="user", when=FIXED):
    d = Document()
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = str(v)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 3
    path = p(name)
    d.save(path)
    normalize_zip(path, when)


def pdf(name, title, blocks, when=FIXED):
    f = FPDF()
    f.set_creation_date(when.replace(tzinfo=datetime.timezone.utc))
    f.set_title(title)
    f.add_font("dv", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    f.add_font("dv", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    f.add_page()
    f.set_font("dv", "B", 12)
    f.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    f.ln(2)
    for b in blocks:
        if b[0] == "h":
            f.set_font("dv", "B", 10)
            f.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "p":
            f.set_font("dv", "", 9)
            f.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            f.ln(1)
        elif b[0] == "t":
            f.set_font("dv", "", 7.5)
            rows = b[1]
            ncol = len(rows[0])
            w = (f.w - 20) / ncol
            for i, r in enumerate(rows):
                f.set_font("dv", "B" if i == 0 else "", 7.5)
                for v in r:
                    f.cell(w, 5, str(v), border=1)
                f.ln(5)
            f.ln(2)
    f.output(p(name))


def txt(name, text, enc="utf-8"):
    with open(p(name), "w", encoding=enc, newline="\n") as fh:
        fh.write(text.strip("\n") + "\n")


def csvf(name, rows, enc="utf-8"):
    with open(p(name), "w", encoding=enc, newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


def jit(v, s, nd=2):
    return round(v + rng.uniform(-s, s), nd)


# =====================================================================
# CONTROLLED
# =====================================================================

# 1 mining: in-situ leaching field shift handover (TXT, zh, no 稀土)
txt("采场交接班/龙南3号采场_交接班记录_20250611夜班.txt", """
龙南三号采场  注液/收液交接班记录
日期:2025-06-11   班次:夜班(20:00–08:00)   交班:钟卫国   接班:赖小平

一、注液情况
  注液井网:2.0 m × 2.5 m 梅花形布孔,本班开启 C区 14~37 排,共 212 孔,孔深 4.5~7.2 m
  浸矿剂:硫酸铵溶液,配液池实测浓度 2.6%(目标 2.5±0.3%),pH 5.1(加硫酸调至 4.8~5.2)
  单孔注液速率:平均 0.42 m³/d,C区坡顶 29~31 排注液偏慢,已疏通 6 孔
  累计注入浸矿剂 1,186 m³,本班 94 m³;顶水阶段尚未开始(计划浸矿剂注入量达矿体量 0.38 倍后转顶水)

二、收液情况
  集液巷道 2#、3# 出液正常,导流孔 48 个,1# 巷道东端渗漏点已用黏土封堵
  母液流量 3.9 m³/h,母液浓度(REO 快速滴定)0.86 g/L,较上班 0.91 g/L 下降
  母液 pH 4.6,NH4+ 1.9 g/L

三、除杂与沉淀车间
  除杂:碳酸氢铵调 pH 至 5.1,Al 去除后上清液 Al2O3 <0.05 g/L,渣率约 3.8%
  沉淀:碳铵(含量 17%N)按母液中 REO 的 2.7 倍(质量比)加入,终点 pH 6.7,陈化 3 h
  本班出碳酸盐沉淀湿料 1.34 t(灼减 52%),已入压滤机 2# 批

四、异常及交代
  1. 高位池液位计读数跳变,已通知仪表班(工单 YB-0611-03)
  2. C区 33 排北侧山体有细小裂缝,暂停该排注液,请白班地质员复查,防止滑坡
  3. 沉淀池 3# 上清液 REO 0.07 g/L 偏高,建议白班补加碳铵 0.3 t 并延长陈化

交班人签字:钟卫国      接班人签字:赖小平
""")
lab("采场交接班/龙南3号采场_交接班记录_20250611夜班.txt", "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", None, "zh", False,
    "In-situ ammonium sulfate leaching field log with well grid, lixiviant conc., liquor precipitation ratios; never says 稀土")

# 2 mining: heap/in-situ field PM schedule (XLSX, zh) clause b
rows = [["离子型稀土矿原地浸矿采场 注液管网及收液系统 预防性维护计划 2025年第三季度", "", "", "", "", "", "", ""],
        ["编号", "设备/设施", "维护项目", "周期", "维护标准", "上次完成", "计划日期", "责任人"],
        ["", "", "", "", "", "", "", "负责"]]
items = [("ZY-01", "高位配液池", "池体渗漏检查、清淤", "月", "硫酸铵沉积物清除,池壁无渗水"),
         ("ZY-02", "PE主管 DN110", "压力试验", "季", "0.6 MPa 保压 30 min 压降≤0.02 MPa"),
         ("ZY-03", "注液支管及孔口阀", "堵塞孔疏通、阀门更换", "周", "单孔流量恢复至 0.35 m³/d 以上"),
         ("ZY-04", "注液孔", "孔口封堵层补土", "月", "孔口下 0.5 m 黏土夯实,无冒液"),
         ("SY-01", "集液巷道", "巷道支护、淤泥清理", "季", "过水断面≥0.8 m²,无坍塌"),
         ("SY-02", "导流孔", "PVC 花管疏通", "月", "出液无中断,流量偏差≤15%"),
         ("SY-03", "防渗底垫", "HDPE 膜破损检查", "季", "破损处热熔补片,搭接≥10 cm"),
         ("CS-01", "除杂池搅拌器", "减速机换油", "半年", "N220 齿轮油,油位至视镜 2/3"),
         ("CS-02", "沉淀池", "底泥清理、pH 计标定", "月", "pH 计两点标定 4.00/6.86,误差≤0.05"),
         ("CS-03", "板框压滤机", "滤布更换、油缸检查", "季", "滤饼含水≤55%,保压 25 MPa"),
         ("JC-01", "山体位移监测桩", "位移及渗压读数", "周", "日位移>5 mm 停注液并上报")]
for i, it in enumerate(items):
    last = "2025-%02d-%02d" % (rng.randint(4, 6), rng.randint(1, 28))
    plan = "2025-%02d-%02d" % (rng.randint(7, 9), rng.randint(1, 28))
    rows.append(list(it) + [last, plan, rng.choice(["刘建明", "廖春华", "钟海涛", "谢文斌"])])
rows2 = [["故障编号", "日期", "位置", "现象", "处理措施", "停注时长(h)"],
         ["GZ-0412", "2025-04-12", "B区 7 排", "支管接头脱落,冒液", "更换 DN32 热熔接头,回填封堵", 5],
         ["GZ-0503", "2025-05-03", "2# 集液巷道", "巷道顶板局部垮塌", "木支护加密至 0.8 m 间距", 36],
         ["GZ-0527", "2025-05-27", "除杂池", "pH 探头漂移", "更换电极,重新标定", 2],
         ["GZ-0609", "2025-06-09", "C区 31 排", "注液孔串液", "降低注液压力,孔距调至 2.5 m", 12]]
xlsx("采场设备/注液管网预防性维护计划_2025Q3.xlsx",
     [dict(title="维护计划", rows=rows, merges=["A1:H1"] + ["%s2:%s3" % (c, c) for c in "ABCDEFG"]),
      dict(title="二季度故障记录", rows=rows2)], author="廖春华")
lab("采场设备/注液管网预防性维护计划_2025Q3.xlsx", "controlled", ["1E902.b"], ["mining"], [], "parameter-sheet", None, "zh", False,
    "Preventive maintenance plan for in-situ leach injection/collection network and precipitation units")

# 3 separation: P507 cascade SPC export (CSV GB18030, no 稀土)
hdr = ["采样时间", "槽号", "有机相流量L/h", "料液流量L/h", "洗液流量L/h", "皂化度%", "水相酸度mol/L", "Pr6O11/ΣREO%", "Nd2O3/ΣREO%", "判定"]
data = [hdr]
t0 = datetime.datetime(2025, 5, 20, 0, 0)
for i in range(36):
    tt = t0 + datetime.timedelta(hours=2 * i)
    stage = rng.choice(["E-18", "E-32", "S-46", "S-60"])
    nd = jit(99.62, 0.12) if stage.startswith("S") else jit(24.8, 1.5)
    pr = round(100 - nd - rng.uniform(0.05, 0.2), 2) if stage.startswith("S") else jit(75.0, 1.5)
    flag = "OK" if (not stage.startswith("S") or nd >= 99.55) else "超下限"
    data.append([tt.strftime("%Y-%m-%d %H:%M"), stage, jit(1850, 25, 0), jit(412, 8, 0), jit(236, 6, 0), jit(36.0, 1.2, 1), jit(0.32, 0.04), pr, nd, flag])
csvf("SPC导出/PrNd分组_萃取线SPC_202505.csv", data, enc="gb18030")
lab("SPC导出/PrNd分组_萃取线SPC_202505.csv", "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "zh", False,
    "GB18030 SPC export of Pr/Nd solvent-extraction cascade: flows, saponification, acidity, purity by stage; no 稀土 word")

# 4 separation: NCR Nd oxide purity (DOCX zh)
docx("质量记录/NCR-2025-047 氧化钕纯度不合格.docx", [
    ("h", "不合格品报告 NCR-2025-047"),
    ("t", [["产品", "氧化钕 Nd2O3 ≥99.5%", "批号", "ND250514-03"],
           ["发现工序", "草酸沉淀/灼烧后终检", "数量", "3.62 t"],
           ["发现日期", "2025-05-16", "报告人", "质检部 黄静"]]),
    ("h", "1 不合格描述", 2),
    ("p", "ICP-OES 检测 Nd2O3/REO 为 99.31%,Pr6O11/REO 0.58%(内控 ≤0.30%),Sm2O3 0.06%。该批由钕出口段 S-58~S-62 反萃液沉淀所得。"),
    ("h", "2 原因分析", 2),
    ("p", "(1)5 月 13 日 22:00 起 P507 皂化工段氨水流量计故障,皂化度由 36% 降至约 31%,萃取段有机相负载下降,镨钕分离界面向钕出口端推移约 4 级;"),
    ("p", "(2)洗涤段 6.0 mol/L 盐酸洗液流量未随之下调,洗酸与进料比 0.57 偏离工艺卡规定 0.52;"),
    ("p", "(3)夜班仅按 8 h 间隔取样,未能及时发现 S-50 级 Pr 浓度上升。"),
    ("h", "3 处置", 2),
    ("t", [["措施", "内容", "责任部门", "完成日期"],
           ["返工", "该批溶解后回流至 NdPr 分组进料槽重新萃取", "分离车间", "2025-05-20"],
           ["工艺调整", "皂化度恢复 36±1%,洗酸流量调回 215 L/h,观察 48 h 级样", "工艺科", "2025-05-17"],
           ["监控", "S-50、S-55 级样改为 4 h 一次,Pr 控制限 ≤0.8 g/L", "质检部", "2025-05-17"],
           ["设备", "氨水流量计更换为电磁流量计并纳入联锁", "设备科", "2025-05-24"]]),
    ("p", "草酸沉淀条件(草酸用量为理论量 1.15 倍、60 ℃、陈化 40 min)及 950 ℃×4 h 灼烧制度本次未变更。"),
    ("p", "审核:工艺科 周立新    批准:生产副总 韩斌"),
], author="黄静")
lab("质量记录/NCR-2025-047 氧化钕纯度不合格.docx", "controlled", ["1E902.a"], ["separation"], [], "process-spec", None, "zh", False,
    "Nonconformance report for Nd oxide giving P507 saponification, scrub acid ratio, precipitation/calcination conditions")

# 5 separation: mixer-settler overhaul record (DOCX zh) b
docx("设备/萃取槽大修记录_2号线_2025年5月.docx", [
    ("h", "2号萃取线 混合澄清槽 年度大修记录"),
    ("p", "检修时间:2025-05-06 至 2025-05-19    检修范围:Ce/Pr 分离段第 1~80 级    施工单位:设备科机修二班"),
    ("t", [["项目", "检修前状况", "检修内容", "验收标准", "结果"],
           ["槽体(PVC 衬里 + 玻璃钢外壳)", "第 23、47 级澄清室底部渗漏", "打磨后 3 层玻纤布 + 乙烯基树脂补强", "注水 24 h 无渗漏", "合格"],
           ["搅拌桨", "第 12~20 级桨叶磨损 2~3 mm", "更换 316L 涡轮桨,桨径 280 mm", "离地间隙 40±5 mm,径跳 ≤1 mm", "合格"],
           ["搅拌电机/减速机", "第 61 级异响", "更换轴承 6206,减速机换油", "转速 280 r/min,温升 ≤40 K", "合格"],
           ["前室/溢流堰", "堰板变形导致相界面不稳", "更换 PP 堰板,调平", "同级堰高差 ≤2 mm", "合格"],
           ["级间管道", "有机相夹带结晶堵塞", "拆洗、疏通", "—", "合格"],
           ["有机相", "P507 煤油体系 乳化物多", "过滤乳化层,补加新有机 3.2 m³", "分相时间 ≤90 s", "合格"]]),
    ("h", "开车调试", 2),
    ("p", "先以水相试车 8 h 检查泄漏和液位;再加入有机相(1.5 mol/L P507-磺化煤油)带料运行。按工艺卡 O/A 比逐步恢复至设计值,72 h 后取第 40、80 级水相分析,CeO2/REO 与 Pr6O11/REO 回到控制范围后转正常生产。"),
    ("p", "遗留问题:第 70~80 级保温层需在下次停车时更换。"),
    ("p", "记录:孙浩    验收:设备科 邓世军 / 分离车间 程晓燕"),
], author="孙浩")
lab("设备/萃取槽大修记录_2号线_2025年5月.docx", "controlled", ["1E902.b"], ["separation"], [], "other", None, "zh", False,
    "Annual overhaul record of mixer-settler cascade (Ce/Pr separation), restart commissioning steps")

# 6 separation: commissioning checklist oxalate precipitation/calcination (XLSX mixed) b
rows = [["Commissioning Checklist 调试检查表 — Line 3 草酸沉淀 / 回转窑灼烧", "", "", "", "", ""],
        ["Item No.", "System 系统", "Check 检查内容", "Target 目标值", "Actual 实测", "Status"],
        ["", "", "", "", "", "OK / NOK"],
        ["C-01", "沉淀釜 R301", "Agitator direction & speed", "85 rpm", "84 rpm", "OK"],
        ["C-02", "沉淀釜 R301", "Jacket steam heating, 加热至", "60 ± 2 °C", "61.2 °C", "OK"],
        ["C-03", "草酸计量泵 P302", "Calibration at 3 set points", "±1%", "+0.6%", "OK"],
        ["C-04", "离心机 CF303", "Vibration at full load", "≤4.5 mm/s", "5.1 mm/s", "NOK"],
        ["C-05", "离心机 CF303", "Wash water conductivity at end", "≤200 µS/cm", "150 µS/cm", "OK"],
        ["C-06", "回转窑 K304", "Zone temperatures Z1/Z2/Z3", "700/950/950 °C", "698/946/951 °C", "OK"],
        ["C-07", "回转窑 K304", "Rotation & residence time", "1.2 rpm / ~4 h", "1.2 rpm", "OK"],
        ["C-08", "尾气 / Off-gas", "CO alarm & scrubber interlock", "trip test", "passed", "OK"],
        ["C-09", "Product", "First lot Dy2O3 LOI", "≤0.5%", "0.32%", "OK"],
        ["C-10", "Product", "First lot Dy2O3/TREO (ICP)", "≥99.9%", "99.93%", "OK"]]
punch = [["Punch No.", "Description", "Category", "Owner", "Due"],
         ["PL-01", "CF303 base bolts re-torque, re-check vibration", "A", "Mech. / 李伟", "2025-04-09"],
         ["PL-02", "K304 Z2 thermocouple sheath replacement (alumina)", "B", "Instr. / 王强", "2025-04-15"],
         ["PL-03", "草酸溶解槽 missing insulation", "C", "Civil", "2025-04-30"],
         ["PL-04", "DCS trend for R301 pH not archived", "B", "Automation", "2025-04-12"]]
xlsx("Commissioning/L3_Precip_Calcination_Commissioning_Checklist.xlsx",
     [dict(title="Checklist", rows=rows, merges=["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3"]),
      dict(title="Punch List", rows=punch)], author="Li Wei")
lab("Commissioning/L3_Precip_Calcination_Commissioning_Checklist.xlsx", "controlled", ["1E902.b"], ["separation"], [], "parameter-sheet", None, "mixed", False,
    "Commissioning checklist and punch list for oxalate precipitation and calcination kiln line producing Dy2O3")

# 7 separation: lab ICP-OES report with process conditions (PDF en)
pdf("Lab/QC-LAB-2025-0318_ICP-OES_Report.pdf", "Analytical Report QC-LAB-2025-0318  (ICP-OES, Agilent 5110)", [
    ("p", "Requested by: Separation Workshop 2 (Tb/Dy line)   Received: 2025-03-18   Reported: 2025-03-19   Analyst: Zhao Min"),
    ("h", "Sample process conditions (as recorded on the sample tag)"),
    ("t", [["Sample", "Point", "Extractant", "Aq. acidity", "O/A", "Temp."],
           ["S1", "Tb outlet stage 74", "1.0 M P507 (36% sap.)", "0.18 M HCl", "1.8", "28 C"],
           ["S2", "Dy strip stage 96", "1.0 M P507", "4.2 M HCl strip", "1:0.14", "29 C"],
           ["S3", "Ho/Y scrub stage 110", "1.0 M P507", "3.5 M HCl scrub", "1:0.22", "29 C"],
           ["S4", "Tb oxalate calcined", "-", "-", "900 C x 3 h", "-"]]),
    ("h", "Results (mg/L for liquors, % of TREO for oxide)"),
    ("t", [["Sample", "Gd", "Tb", "Dy", "Ho", "Y", "Fe"],
           ["S1", "3.1", "1842", "0.9", "<0.2", "<0.2", "0.4"],
           ["S2", "<0.2", "6.4", "38610", "21", "3.3", "1.1"],
           ["S3", "<0.2", "<0.2", "410", "1650", "2720", "0.6"],
           ["S4", "0.004%", "99.991%", "0.003%", "<0.001%", "<0.001%", "2 ppm"]]),
    ("p", "Comment: Tb4O7 purity meets the 4N internal target. Dy crossover at stage 74 is 0.9 mg/L; with 36% saponification and the 0.18 M feed acidity the Tb/Dy split remains stable. Recommend keeping strip acid at 4.2 M to avoid Dy tailing into the scrub section."),
    ("p", "Method: samples diluted in 2% HNO3, matrix-matched standards, lines Tb 350.917, Dy 353.170, Ho 345.600 nm. Uncertainty (k=2) 2% relative."),
])
lab("Lab/QC-LAB-2025-0318_ICP-OES_Report.pdf", "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "en", False,
    "ICP-OES assay report recording P507 Tb/Dy stage acidity, O/A, saponification and calcination of samples")

# 8 metal-smelting: electrolysis cell log (CSV UTF-8 zh, no 稀土)
hdr = ["日期", "班次", "槽号", "电流kA", "槽电压V", "电解温度℃", "加料量kg/h", "氧化物种类", "出金属kg", "Fe%", "C%", "O%", "阳极更换"]
data = [hdr]
for d in range(1, 11):
    for sh in ["早", "中", "夜"]:
        cell = rng.choice(["6#", "7#", "9#"])
        data.append(["2025-04-%02d" % d, sh, cell, jit(6.0, 0.15), jit(9.6, 0.5), jit(1045, 12, 0), jit(9.2, 0.4),
                     "Pr6O11:Nd2O3=25:75", jit(62.0, 4.0, 1), jit(0.18, 0.06), jit(0.021, 0.006, 3), jit(0.028, 0.008, 3),
                     rng.choice(["", "", "", "更换2块"])])
data.append(["备注", "", "", "电解质:(PrNd)F3-LiF 质量比 87:13;阴极钨棒 φ70;阳极石墨环壁厚 <30 mm 时更换;阴极电流密度 6.5~7.0 A/cm²", "", "", "", "", "", "", "", "", ""])
csvf("电解车间/6-9号槽运行日报_202504上旬.csv", data, enc="utf-8")
lab("电解车间/6-9号槽运行日报_202504上旬.csv", "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", None, "zh", False,
    "PrNd fluoride-bath electrolysis cell daily log: current, voltage, temperature, feed rate, bath composition; no 稀土")

# 9 metal-smelting: 8D report (DOCX en)
docx("8D/8D-MS-2025-009 Fe pickup in PrNd metal.docx", [
    ("h", "8D Report 8D-MS-2025-009: Elevated Fe in PrNd metal ingots, cells 12-15"),
    ("t", [["D1 Team", "M. Xu (electrolysis lead), H. Tang (QA), R. Ou (maintenance), customer rep. K. Yamada"],
           ["D2 Problem", "Lots PN2503-11 to -19: Fe 0.42-0.61 wt% against spec <=0.30; customer (magnet plant) rejected 4.8 t"],
           ["D3 Containment", "Lots quarantined; remelted in vacuum induction furnace after blending with low-Fe metal (Fe 0.08%)"]]),
    ("h", "D4 Root cause", 2),
    ("p", "Iron enters the metal from the steel collector ring of the molybdenum crucible and from bath splash on the steel shell. Teardown of cell 13 showed the Mo crucible liner worn through at 3 o'clock and liquid metal contacting the steel support. Contributing factor: bath temperature drifted to 1085-1100 C because anode changes were delayed (anode wall reduced to 22 mm) and cell voltage rose to 11.8 V at 10 kA."),
    ("h", "D5/D6 Corrective actions", 2),
    ("t", [["Action", "Set point / rule", "Verified"],
           ["Bath temperature control", "1040 +/- 15 C; alarm at 1065 C", "Yes"],
           ["Anode change criterion", "replace graphite anode segment at 30 mm wall or 11.0 V", "Yes"],
           ["Oxide feed", "Pr/Nd oxide 2.2-2.4 kg per 10 min at 10 kA, no batch dumping", "Yes"],
           ["Bath composition", "LiF 10-12 wt% in (PrNd)F3; check weekly by XRF", "Yes"],
           ["Crucible inspection", "Mo crucible wall thickness gauged at every tapping; replace <4 mm", "Yes"],
           ["Tapping", "siphon with W ladle, cast into water-cooled Fe moulds coated with BN", "Yes"]]),
    ("h", "D7 Prevent recurrence / D8 Closure", 2),
    ("p", "Control plan CP-EL-03 rev. E and work instruction WI-EL-07 updated. Three weeks of production (96 lots) with Fe 0.09-0.21%. Closed 2025-04-28."),
], author="Tang Hui")
lab("8D/8D-MS-2025-009 Fe pickup in PrNd metal.docx", "controlled", ["1E902.a"], ["metal-smelting"], [], "process-spec", None, "en", False,
    "8D on PrNd molten-salt electrolysis giving bath temperature, feed rate, LiF content, anode/crucible rules")

# 10 metal-smelting: cell reline work order (TXT traditional zh) b
txt("維修工單/WO-EL-2025-0422_電解槽大修.txt", """
設備維修工單  WO-EL-2025-0422
設備:3 kA 氟化物熔鹽電解槽 第 4 號槽(鏑鐵合金)
工單類型:計劃大修        開單:2025-04-22  完工:2025-04-27
申請人:電解工段 陳志明    執行:機修三組 林耀宗、吳家豪

故障/檢修原因:
  石墨坩堝內壁侵蝕,局部壁厚僅剩 9 mm;陰極鐵棒消耗端不齊;槽殼側部溫度 310 ℃ 超過 280 ℃ 警戒

作業步驟:
  1. 停電、停料,排出電解質約 180 kg,冷卻 36 h 至 <60 ℃
  2. 拆除上部導電排、陽極吊架,吊出石墨坩堝(外徑 560 mm)
  3. 清理槽殼內剛玉保溫層,更換 30 mm 厚耐火磚兩圈,底部補打氧化鋁搗打料
  4. 安裝新石墨坩堝,坩堝與槽殼間隙 20 mm 填石墨粉並搗實
  5. 更換鉬接收坩堝,陰極導電桿螺紋清潔、塗導電膏
  6. 絕緣測試:陰陽極對地 ≥ 1 MΩ(實測 3.8 MΩ)
  7. 烘爐:電阻絲預熱 24 h 至 450 ℃,再以石墨電極短路起弧化料
  8. 加入 DyF3-LiF 電解質(新料),升溫至 1120 ℃ 後通電,逐步升至 3.0 kA,槽壓穩定於 8.5~9.5 V 後交生產

更換備件:石墨坩堝 1 只、鉬坩堝 1 只、耐火磚 64 塊、導電膏 1 kg
驗收意見:運行 48 h 槽壓 9.1 V,合金含鏑 80.3%,符合要求。  驗收人:黃國棟
""")
lab("維修工單/WO-EL-2025-0422_電解槽大修.txt", "controlled", ["1E902.b"], ["metal-smelting"], [], "other", None, "zh", False,
    "Traditional-Chinese repair work order for relining a Dy-Fe fluoride electrolysis cell; process values only as targets")

# 11 magnet NdFeB: batch traveller (XLSX zh)
rows = [["烧结钕铁硼 批次流转卡", "", "", "", "", "", ""],
        ["批号", "N52-250603-07", "牌号", "N52", "投料重量", "600 kg", ""],
        ["工序", "设备", "参数1", "参数2", "参数3", "操作者", "日期"],
        ["配料", "电子秤 BS-2", "PrNd 30.6 wt%", "B 0.93 wt%", "Co 0.8 / Cu 0.12 / Ga 0.18 / Al 0.05", "周敏", "06-03"],
        ["速凝铸片", "SC-600 速凝炉", "浇注温度 1450 ℃", "辊速 1.1 m/s", "片厚 0.25~0.35 mm", "何军", "06-03"],
        ["氢破", "HD-2 氢碎炉", "吸氢 0.1 MPa 室温 2 h", "脱氢 580 ℃×5 h", "真空 ≤10 Pa", "何军", "06-04"],
        ["气流磨", "QLM-300", "分级轮 4200 r/min", "氧含量 ≤50 ppm", "D50 3.2 µm,加硬脂酸锌 0.05%", "刘洋", "06-05"],
        ["取向压制", "全自动磁场压机 YP-12", "取向场 2.0 T", "压坯密度 4.1 g/cm³", "", "刘洋", "06-06"],
        ["等静压", "CIP-200", "200 MPa 保压 60 s", "", "", "刘洋", "06-06"],
        ["烧结", "VSF-800 真空烧结炉", "1060 ℃×5 h", "真空 ≤5×10⁻³ Pa", "Ar 气冷至 <80 ℃", "赵刚", "06-07"],
        ["一级回火", "同炉", "900 ℃×3 h", "", "", "赵刚", "06-07"],
        ["二级回火", "同炉", "490 ℃×4 h", "", "", "赵刚", "06-08"],
        ["检验", "BH 测试仪 NIM-62000", "Br 14.42 kGs", "HcJ 11.8 kOe", "(BH)max 50.6 MGOe", "QC 周静", "06-09"]]
rows2 = [["取样", "密度g/cm³", "Br kGs", "HcJ kOe", "Hk/HcJ", "O ppm"]]
for i in range(1, 9):
    rows2.append(["毛坯-%d" % i, jit(7.56, 0.02), jit(14.42, 0.08), jit(11.9, 0.3), jit(0.97, 0.01), jit(780, 60, 0)])
xlsx("流转卡/N52-250603-07_流转卡.xlsx", [dict(title="流转卡", rows=rows, merges=["A1:G1"]),
                                      dict(title="毛坯性能", rows=rows2)], author="周静")
lab("流转卡/N52-250603-07_流转卡.xlsx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh", False,
    "Sintered NdFeB lot traveller with composition, strip cast, HD, jet mill, pressing, sintering/tempering parameters")

# 12 magnet NdFeB: PFMEA + control plan (XLSX en)
pf = [["PFMEA — Sintering & Heat Treatment (Line B)", "", "", "", "", "", "", "", ""],
      ["Step", "Function", "Failure mode", "Effect", "S", "Cause", "O", "Current control", "D"],
      ["", "", "", "", "1-10", "", "1-10", "", "1-10"],
      ["OP40 load", "Load green compacts in Mo boxes", "Oxidation of compacts", "Low HcJ, cracks", 8, "Glovebox O2 >100 ppm", 4, "O2 monitor interlock <=50 ppm", 3],
      ["OP50 sinter", "Densify at 1045-1075 C", "Under-sintering", "Density <7.50, low Br", 7, "TC drift, load >450 kg", 3, "TC check weekly, load limit", 4],
      ["OP50 sinter", "Densify", "Abnormal grain growth", "Low HcJ, squareness", 8, "Soak >6 h or T >1080 C", 3, "Recipe lock in PLC", 3],
      ["OP60 1st temper", "Redistribute Nd-rich phase 880-920 C", "Wrong temperature", "HcJ scatter", 6, "Recipe error", 2, "Barcode recipe call", 2],
      ["OP70 2nd temper", "Optimise GB phase 480-520 C", "Quench too slow", "HcJ -1 kOe", 6, "Fan fault", 3, "Cooling curve alarm", 3]]
for r in pf[3:]:
    r.append(r[4] * r[6] * r[8])
pf[1].append("RPN"); pf[2].append(""); pf[0].append("")
cp = [["Control Plan CP-SN-02 rev C", "", "", "", "", ""],
      ["Characteristic", "Spec", "Method", "Sample", "Frequency", "Reaction"],
      ["Furnace vacuum before heat-up", "<=5e-3 Pa", "Pirani/ion gauge", "each load", "100%", "Hold load"],
      ["Sinter temperature", "1060 +/-10 C", "Type S TC, 3 zones", "continuous", "1 s log", "Alarm, QA review"],
      ["Sinter soak", "4.5-5.5 h", "PLC timer", "each load", "100%", "Block release"],
      ["Ar quench pressure", "0.08 MPa", "Gauge", "each load", "100%", "Re-temper"],
      ["2nd temper", "500 +/-5 C, 3.5 h", "TC", "each load", "100%", "Re-temper"],
      ["Density", ">=7.55 g/cm3", "Archimedes", "5 pcs", "each load", "Segregate"],
      ["Br / HcJ", "N48H: Br>=13.7 kGs, HcJ>=17 kOe", "BH tracer", "3 pcs", "each load", "MRB"]]
xlsx("Quality/PFMEA_CP_Sintering_LineB_revC.xlsx", [dict(title="PFMEA", rows=pf, merges=["A1:J1"] + ["%s2:%s3" % (c, c) for c in "ABCDFHJ"]),
                                                  dict(title="Control Plan", rows=cp, merges=["A1:F1"])], author="QE Dept")
lab("Quality/PFMEA_CP_Sintering_LineB_revC.xlsx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "en", False,
    "PFMEA and control plan for sintered NdFeB sintering/tempering with temperature windows and property specs")

# 13 magnet SmCo: deviation report (DOCX mixed)
docx("Deviations/DEV-SC-2025-012_aging_furnace.docx", [
    ("h", "Deviation Report 偏差报告 DEV-SC-2025-012"),
    ("t", [["Product", "Sm2Co17 grade YXG-30H rings 环形磁体"], ["Lots", "SC250409-A, -B (212 kg)"],
           ["Date", "2025-04-10"], ["Raised by", "王海燕 / Heat-treatment"]]),
    ("h", "Description 描述", 2),
    ("p", "During the isothermal aging step (830 °C, 12 h) furnace AF-3 lost Ar back-fill pressure for about 35 min; the controller held temperature but the slow-cool ramp (0.7 °C/min to 400 °C) started 50 min late. 时效后缓冷段起始延迟,炉内氧分压升高。"),
    ("h", "Process reference 工艺对照", 2),
    ("t", [["Step", "Spec (WI-SC-04)", "Actual"],
           ["Alloy", "Sm 25.5, Fe 16.0, Cu 5.8, Zr 2.6, Co bal. (wt%)", "as spec"],
           ["Sinter", "1215 °C × 1.5 h, vacuum then Ar", "1214 °C"],
           ["Solution", "1190 °C × 3 h, rapid Ar quench", "1188 °C"],
           ["Aging", "830 °C × 12 h", "830 °C, Ar loss 35 min"],
           ["Slow cool", "0.7 °C/min to 400 °C, hold 2 h, quench", "start +50 min"]]),
    ("h", "Disposition 处置", 2),
    ("p", "Samples from both lots: Br 11.0 kGs, HcJ 22.4 kOe (spec ≥25 kOe) → re-age both lots 830 °C × 8 h + slow cool; after re-aging HcJ 27.1 kOe. Lots released under concession CS-0415. Ar supply valve on AF-3 replaced; low-pressure alarm added at 0.02 MPa."),
], author="王海燕")
lab("Deviations/DEV-SC-2025-012_aging_furnace.docx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "process-spec", None, "mixed", False,
    "Deviation report for Sm2Co17 aging with full composition, sinter/solution/aging/slow-cool schedule")

# 14 magnet Ce: monthly production report (XLSX zh) - Ce substituted
rows = [["2025年5月 生产月报 — 高丰度磁体车间", "", "", "", "", "", ""],
        ["牌号", "配方(wt%)", "", "产量", "成品率", "平均性能", ""],
        ["", "Ce/TRE", "B", "t", "%", "Br kGs", "HcJ kOe"],
        ["N35-Ce20", 20, 0.98, 86.4, 91.2, 12.15, 12.6],
        ["N38-Ce15", 15, 0.96, 54.1, 89.7, 12.48, 12.9],
        ["N42-Ce10", 10, 0.95, 31.8, 88.5, 13.05, 12.4],
        ["N35-Ce30(双主相)", 30, 1.00, 12.6, 84.3, 11.92, 10.8]]
notes = [["工艺要点/本月调整"],
         ["双主相工艺:Ce-Fe-B 与 PrNd-Fe-B 两种速凝片分别氢破,按 3:7 混粉后气流磨,D50 3.6 µm"],
         ["Ce 含量 ≥20% 牌号烧结温度下调 15 ℃ 至 1035 ℃,保温 4 h,抑制 CeFe2 相析出"],
         ["N35-Ce30 添加 0.3% Cu、0.2% Ga,二级回火 480 ℃×3 h,HcJ 由 9.9 提高到 10.8 kOe"],
         ["La-Ce 混合金属替代单一 Ce 试验 3 炉,Br 下降 0.15 kGs,暂不推广"],
         ["下月计划:N38-Ce15 扩产至 70 t,烧结炉 8# 大修 6 月 12-18 日"]]
cost = [["项目", "单耗", "单位"], ["PrNd 金属", 0.241, "t/t"], ["Ce 金属", 0.061, "t/t"], ["硼铁", 0.052, "t/t"], ["电耗", 7420, "kWh/t"]]
xlsx("月报/高丰度磁体车间_2025年5月生产月报.xlsx", [dict(title="产量性能", rows=rows, merges=["A1:G1", "A2:A3", "B2:C2", "F2:G2"]),
                                             dict(title="工艺调整", rows=notes), dict(title="单耗", rows=cost)], author="生产部")
lab("月报/高丰度磁体车间_2025年5月生产月报.xlsx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "parameter-sheet", None, "zh", False,
    "Monthly production report of Ce-substituted / dual-main-phase magnets with recipes and process adjustments")

# 15 magnet: jet mill retrofit MOC (DOCX mixed) b
docx("MOC/MOC-2025-031 气流磨改造申请.docx", [
    ("h", "Management of Change Request 变更申请 MOC-2025-031"),
    ("t", [["Title 标题", "QLM-400 气流磨 分级轮及惰性气体循环系统升级"],
           ["Requested by", "设备部 张宏 (2025-03-03)"],
           ["Change type", "Equipment upgrade 设备升级 / permanent"],
           ["Affected line", "烧结钕铁硼 2# 制粉线"]]),
    ("h", "1 Reason 变更原因", 2),
    ("p", "现有分级轮为 φ200 单轮,最高 4500 r/min,D50 难以稳定在 3.0 µm 以下;N2 循环系统含氧量波动 30~120 ppm,粉末自燃风险高,2024 年发生 2 次旋风收集器着火。"),
    ("h", "2 Proposed change 变更内容", 2),
    ("t", [["Item", "Current", "Proposed"],
           ["Classifier wheel", "φ200 single, 4500 rpm max", "φ250 ceramic-lined, 6000 rpm, VFD"],
           ["Grinding gas", "N2, open make-up", "closed-loop N2 with O2 analyser, auto purge at 40 ppm"],
           ["Nozzles", "3 × φ5 mm", "3 × φ6 mm, Al2O3-lined"],
           ["Collector", "cyclone + bag filter", "cyclone + fines bypass to waste, spark detector"],
           ["Controls", "local panel", "PLC recipe, interlock with feed hopper weight"]]),
    ("h", "3 Risk & qualification 风险与验证", 2),
    ("p", "HAZOP 补充:氧含量高报联锁停磨;改造后 IQ/OQ:空载 8 h 振动 ≤2.8 mm/s;PQ:连续 3 批粉末 D50 2.8~3.2 µm、Span ≤1.3,烧结毛坯 HcJ 不低于现工艺。停线 12 天,预算 186 万元。"),
    ("p", "Approvals 批准:设备部 ✔  工艺部 ✔  EHS ✔  质量部 ✔  厂长 待批"),
], author="张宏")
lab("MOC/MOC-2025-031 气流磨改造申请.docx", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "other", None, "mixed", False,
    "MOC request to upgrade jet mill of sintered NdFeB powder line; process targets only as qualification criteria")

# 16 magnet GBD CAPA (PDF en)
pdf("CAPA/CAPA-2025-018_Tb_diffusion_HcJ_scatter.pdf", "CAPA-2025-018  HcJ scatter after Tb grain-boundary diffusion (line GBD-2)", [
    ("p", "Opened 2025-02-11 | Owner: process engineering (S. Lin) | Product: 48SH / 45UH blocks 30 x 20 x 4 mm (magnetisation direction 4 mm)"),
    ("h", "Problem"),
    ("p", "HcJ gain after diffusion varied from +6.5 to +10.8 kOe across a tray (target +9 +/-1 kOe). Corner pieces showed the lowest gain."),
    ("h", "Investigation"),
    ("p", "Coating weight of the Tb slurry (TbH2 powder 5 um in ethanol + PVB binder, spray) measured 0.42-0.81 wt% of magnet mass against 0.6 +/-0.05 wt%. Spray nozzle partially clogged; tray loading allowed blocks to touch. Diffusion furnace uniformity survey: +/-7 C at 920 C, in spec."),
    ("h", "Corrective actions"),
    ("t", [["No.", "Action", "Parameter", "Status"],
           ["1", "Replace spray by screen-printing of Tb paste", "0.60 +/-0.03 wt% Tb, both pole faces", "Done"],
           ["2", "Diffusion cycle fixed in recipe", "920 C x 15 h, vac <=1e-3 Pa", "Done"],
           ["3", "Post-diffusion anneal", "500 C x 4 h, Ar quench", "Done"],
           ["4", "Tray spacer to 3 mm gap", "-", "Done"],
           ["5", "Coating weight SPC, 5 pcs/tray", "Cpk >=1.33", "Running"]]),
    ("h", "Effectiveness"),
    ("p", "Ten lots after change: HcJ gain +8.7 to +9.6 kOe, Br loss <=0.25 kGs, Tb consumption reduced from 0.72 to 0.61 wt%. CAPA closed 2025-04-02."),
])
lab("CAPA/CAPA-2025-018_Tb_diffusion_HcJ_scatter.pdf", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "en", False,
    "CAPA on Tb grain-boundary diffusion with coating weight, diffusion and anneal cycle")

# 17 recycling: sludge recovery monthly report (XLSX zh)
rows = [["钕铁硼废料回收车间 2025年4月 生产统计", "", "", "", "", "", "", ""],
        ["周", "投料", "", "焙烧", "", "优溶", "", "回收率"],
        ["", "油泥t", "块料t", "温度℃", "时间h", "HCl终点pH", "液固比", "%"]]
for w in range(1, 5):
    rows.append(["W%d" % w, jit(118, 10, 1), jit(22, 4, 1), jit(820, 15, 0), jit(3.5, 0.5, 1), jit(4.2, 0.2, 1), "4:1", jit(96.4, 0.8, 1)])
prod = [["产品", "产量t(REO)", "纯度%", "主要杂质"],
        ["氧化镨钕", 31.6, 99.3, "Fe2O3 0.004%"], ["氧化镝", 1.12, 99.5, "Ho 0.05%"], ["氧化铽", 0.38, 99.9, "Dy 0.03%"],
        ["铁渣", 168, "—", "REO 0.42%"]]
memo = [["说明"],
        ["油泥先经自燃/脱油再进回转窑,焙烧气氛为空气过量系数 1.3,Fe 氧化为 Fe2O3 以便优溶"],
        ["盐酸优溶:6 mol/L HCl,80~85 ℃,控制终点 pH 4.0~4.5 使 Fe 留渣,溶液 Fe <0.02 g/L"],
        ["浸出液经 P507 萃取分离镨钕/镝铽后草酸沉淀,灼烧 900 ℃"],
        ["4 月 W3 焙烧窑结圈,回收率下降,已于 4-24 清理"]]
xlsx("回收车间/2025年4月回收车间生产统计.xlsx", [dict(title="投料与工艺", rows=rows, merges=["A1:H1", "A2:A3", "B2:C2", "D2:E2", "F2:G2"]),
                                          dict(title="产品", rows=prod), dict(title="说明", rows=memo)], author="回收车间统计员")
lab("回收车间/2025年4月回收车间生产统计.xlsx", "controlled", ["1E902.a"], ["recycling"], [], "parameter-sheet", None, "zh", False,
    "NdFeB sludge recycling monthly stats: roasting, HCl selective leach conditions, recovery rates, product purity")

# 18 recycling: roaster upgrade proposal (TXT traditional) b
txt("技改/回轉窯技改方案_廢料焙燒線.txt", """
釹鐵硼廢料焙燒線 回轉窯技術改造方案(草案 v0.3)
編製:設備技術部 葉俊宏    日期:2025-05-28

一、現狀
  現用 φ1.6×18 m 回轉窯處理油泥及磨削粉,設計能力 6 t/d,實際 4.2 t/d。
  主要問題:(1)窯頭密封漏風,窯內溫度場不均,高溫帶 760~850 ℃ 波動大;
  (2)結圈頻繁,平均每 9 天停窯清圈一次;(3)尾氣含油霧,布袋除塵器糊袋。

二、改造內容
  1. 窯頭、窯尾改為石墨塊 + 氣缸壓緊式組合密封,漏風率目標 ≤5%。
  2. 燃燒系統改為 4 段天然氣燒嘴,各段獨立 PID,高溫帶目標 800±15 ℃。
  3. 增設預乾燥螺旋(150 ℃,夾套導熱油),入窯物料含油 ≤3%。
  4. 窯內增設揚料板及空氣錘清圈裝置,每 2 h 自動敲擊一次。
  5. 尾氣增加二燃室(1100 ℃,停留 2 s)+ 急冷塔 + 布袋,解決油霧及二噁英問題。

三、調試與驗收
  冷態試車 24 h(托輪、擋輪溫升 ≤35 K);熱態升溫曲線 50 ℃/h 至 800 ℃;
  帶料試生產 72 h,焙燒料 Fe2+ 殘留 ≤0.5%,後段鹽酸優溶回收率不低於 95%。

四、投資與工期
  估算 412 萬元,停產 25 天,擬安排於 2025 年 8 月檢修期。
""")
lab("技改/回轉窯技改方案_廢料焙燒線.txt", "controlled", ["1E902.b"], ["recycling"], [], "other", None, "zh", False,
    "Traditional-Chinese retrofit proposal for NdFeB scrap roasting kiln with commissioning and acceptance targets")

# 19 magnet: sintering furnace PM schedule (CSV GB18030) b
data = [["设备编号", "设备名称", "保养项目", "周期", "标准", "工时h", "备件", "上次日期", "下次日期"]]
pm = [("VSF-01~08", "真空烧结炉", "扩散泵油更换", "6月", "极限真空恢复至 ≤6.7×10⁻⁴ Pa", 6, "DC-704 硅油 5L"),
      ("VSF-01~08", "真空烧结炉", "石墨加热带及隔热屏检查", "3月", "加热带电阻偏差 ≤5%,隔热屏无剥落", 8, "石墨毡"),
      ("VSF-01~08", "真空烧结炉", "控温热电偶校准", "1月", "与标准偶偏差 ≤±3 ℃ @1050 ℃", 2, "S 型偶"),
      ("VSF-01~08", "真空烧结炉", "压升率测试", "1周", "≤0.5 Pa/h", 1, "—"),
      ("VSF-01~08", "真空烧结炉", "冷却风机轴承及换热器", "3月", "氩气回充 0.08 MPa 冷却速率达标", 4, "轴承 6312"),
      ("HD-1~3", "氢破炉", "氢气管路检漏", "1月", "氦检漏 ≤1×10⁻⁹ Pa·m³/s", 3, "—"),
      ("QLM-1~2", "气流磨", "喷嘴及分级轮磨损检查", "1月", "喷嘴内径增大 ≤0.3 mm", 4, "陶瓷喷嘴"),
      ("YP-1~6", "磁场压机", "线圈冷却水电导率", "1周", "≤10 µS/cm", 1, "树脂"),
      ("SC-1", "速凝炉", "水冷铜辊表面修磨", "2月", "Ra ≤1.6 µm", 10, "—")]
for r in pm:
    last = datetime.date(2025, 5, rng.randint(1, 28))
    data.append(list(r) + [last.isoformat(), (last + datetime.timedelta(days=30)).isoformat()])
csvf("设备保养/烧结制粉工段_预防性保养计划.csv", data, enc="gb18030")
lab("设备保养/烧结制粉工段_预防性保养计划.csv", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh", False,
    "GB18030 PM schedule for sintering furnaces, HD, jet mill, field presses, strip caster of a magnet line; no 稀土/钕铁硼 word")

# 20 separation: shift handover saponification/Ce oxidation (TXT en) a
txt("shift_logs/SX_Hall_B_handover_2025-06-02_day.txt", """
SX HALL B - SHIFT HANDOVER      2025-06-02  DAY (08:00-20:00)
Outgoing: Peng Yu      Incoming: Ma Lili

CASCADE STATUS
  La/Ce split (60 stages, 1.5 M P507 in kerosene, 35% NaOH-saponified)
    feed: chloride liquor 1.35 M TREO, pH 2.0, 410 L/h
    org 1620 L/h, scrub 5.5 M HCl 148 L/h, strip 6 M HCl
    stage 25 aq La2O3/TREO 99.95%  (limit 99.9)   stage 52 org CeO2 99.2%
  Ce/Pr split: stable, no change.

CE(IV) UNIT
  Air-oxidation of Ce hydroxide slurry at 85 C, pH 4.5, 6 h - conversion 97.8% (target >97%)
  Ce(IV) leached with 3 M HNO3, then TBP extraction; raffinate to Pr/Nd circuit

ISSUES
  - Saponification reactor R-2 level transmitter intermittent; manual dosing from 14:10 to 16:30,
    saponification held at 34-36% by titration every 30 min
  - Stage 38 mixer motor tripped at 17:45 (thermal); restarted, check bearing next shift
  - Crud build-up at stage 12 settler interface ~3 cm; skim at 22:00

NEXT SHIFT
  Oxalic precipitation batch P-0602-3 due 21:00 (1.1x stoich, 55 C)
""")
lab("shift_logs/SX_Hall_B_handover_2025-06-02_day.txt", "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "en", False,
    "English SX shift handover with La/Ce cascade flows, saponification, Ce(IV) oxidation; RE only via element names")

# =====================================================================
# EXCLUDED
# =====================================================================

# 21 public-domain supplementary data (XLSX en)
s1 = [["Supplementary Data for: 'Counter-current extraction of Pr/Nd with saponified P507: pilot validation'", "", "", "", ""],
      ["Journal of Rare Earths, 2024, 42(9): 1711-1722.  doi:10.1016/j.jre.2024.01.017  (Table S3-S5)", "", "", "", ""],
      ["Received 2023-10-12; accepted 2024-01-20; available online 2024-01-25", "", "", "", ""],
      ["Stage", "Aq Pr (g/L)", "Aq Nd (g/L)", "Org Pr (g/L)", "Org Nd (g/L)"]]
for st in range(1, 31):
    s1.append([st, round(18 * (0.9 ** st) + 0.2, 3), round(5 + st * 0.9, 3), round(9 * (0.92 ** st), 3), round(2 + st * 0.6, 3)])
s2 = [["Table S4 Operating conditions", ""], ["Extractant", "1.5 mol/L P507 in sulfonated kerosene"], ["Saponification", "36% (NH4OH)"],
      ["Feed", "PrNd chloride 1.6 mol/L, pH 2"], ["Flow ratio F:O:W", "1 : 4.2 : 0.55"], ["Stages", "extraction 34 / scrubbing 26"]]
xlsx("Supplementary/JRE-2024-0177_TableS3-S5.xlsx", [dict(title="Table S3", rows=s1, merges=["A1:E1", "A2:E2", "A3:E3"]),
                                                      dict(title="Table S4", rows=s2)], author="Journal of Rare Earths")
lab("Supplementary/JRE-2024-0177_TableS3-S5.xlsx", "excluded", ["1E902.a"], ["separation"], [], "parameter-sheet", "public-domain", "en", False,
    "Published supplementary data of a journal article (DOI, volume, dates) with SX stage profiles")

# 22 patent embodiment examples to patent agent (DOCX zh)
docx("专利/致代理所_实施例补充_晶界扩散专利.docx", [
    ("p", "北京某知识产权代理有限公司 刘律师:"),
    ("p", "根据贵所 2025 年 3 月 5 日的补正意见,现将发明专利申请《一种烧结钕铁硼磁体的晶界扩散方法》(申请号 202510123456.7)说明书中实施例 1~3 及对比例 1 的数据补充如下,请并入说明书及说明书附图后提交。权利要求书第 3 项的温度范围请相应修改为 850~950 ℃。"),
    ("t", [["", "基体牌号", "扩散源", "涂覆量 wt%", "扩散制度", "回火", "HcJ 增量 kOe"],
           ["实施例1", "N52", "Tb70Cu30 合金粉", "0.5", "900 ℃×10 h", "500 ℃×3 h", "+8.9"],
           ["实施例2", "N50", "Tb70Cu30 合金粉", "0.4", "930 ℃×8 h", "480 ℃×3 h", "+8.1"],
           ["实施例3", "N48", "Dy60Cu40", "0.6", "880 ℃×15 h", "500 ℃×5 h", "+5.2"],
           ["对比例1", "N52", "TbF3", "0.5", "900 ℃×10 h", "500 ℃×3 h", "+6.0"]]),
    ("p", "图 3 为实施例 1 磁体截面 Tb 元素 EPMA 面分布图,原图另附。摘要附图建议采用图 1。"),
    ("p", "发明人:刘涛、沈雨;申请人:某磁业股份有限公司 知识产权部 陈洁  2025-03-12"),
], author="陈洁")
lab("专利/致代理所_实施例补充_晶界扩散专利.docx", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "patent-filing", "zh", False,
    "Letter to patent attorney supplying embodiment examples for a filed application (application number given)")

# 23 university basic research plan (DOCX zh)
docx("科研/熔盐结构研究计划书_2025.docx", [
    ("h", "国家自然科学基金面上项目 研究计划书(2025)"),
    ("p", "项目名称:LiF–NdF3–Nd2O3 熔体中配位结构与 Nd(III) 电化学还原机理的原位光谱与第一性原理研究"),
    ("p", "依托单位:某大学冶金与材料学院   负责人:钱教授   执行期:2026.01–2029.12"),
    ("h", "一、科学问题", 2),
    ("p", "氟化物熔体中 Nd(III) 以 [NdF6]3-、[NdF7]4- 及含氧络离子 [NdOFx] 等形式存在,其配位数随 O2- 活度变化的规律尚不明确;熔体局部结构与 Nd(III)/Nd(0) 还原是一步三电子还是两步机理的关系缺乏直接证据。"),
    ("h", "二、研究内容与方法", 2),
    ("p", "1. 高温原位拉曼光谱(1000–1100 ℃)测定不同 Nd2O3 溶解度下的振动谱带;2. 高温 X 射线吸收精细结构(EXAFS)确定 Nd–F、Nd–O 配位数与键长;3. 第一性原理分子动力学(AIMD,VASP,PBE+U)模拟 LiF-NdF3 熔体径向分布函数;4. 循环伏安与计时电位法测定扩散系数,并与模拟结果比较。"),
    ("h", "三、预期成果", 2),
    ("p", "建立熔体结构—热力学活度—还原机理之间的定量关系,发表高水平论文 6–8 篇,培养博士生 3 名。本项目属于基础研究,不涉及工业电解槽设计与生产工艺参数优化。"),
], author="钱")
lab("科研/熔盐结构研究计划书_2025.docx", "excluded", ["1E902.a"], ["metal-smelting"], [], "other", "basic-research", "zh", False,
    "University NSFC research plan on fluoride melt structure and Nd reduction mechanism; no production know-how")

# =====================================================================
# CLEAR look-alikes
# =====================================================================

# 24 Co/Ni refinery SX shift log (CSV en)
data = [["Timestamp", "Circuit", "Extractant", "Org_flow_m3h", "Aq_flow_m3h", "pH_stage1", "Co_raff_mgL", "Ni_loaded_gL", "Mn_gL", "Temp_C", "Remark"]]
for i in range(24):
    tt = datetime.datetime(2025, 3, 4, 6) + datetime.timedelta(hours=i)
    circ = "Co SX" if i % 2 == 0 else "Impurity SX"
    ext = "Cyanex 272 20% v/v" if circ == "Co SX" else "D2EHPA 25% v/v"
    data.append([tt.strftime("%Y-%m-%d %H:%M"), circ, ext, jit(112, 4, 1), jit(78, 3, 1), jit(5.4 if circ == "Co SX" else 2.8, 0.15),
                 jit(6.5, 2.0, 1), jit(0.9, 0.2), jit(0.08, 0.03), jit(42, 2, 1), ""])
data[7][-1] = "NaOH saponification pump switched to standby"
data[15][-1] = "crud at E2 settler, skimmed"
csvf("refinery/CoNi_SX_hourly_log_2025-03-04.csv", data)
lab("refinery/CoNi_SX_hourly_log_2025-03-04.csv", "clear", [], [], [], "parameter-sheet", None, "en", True,
    "Cobalt/nickel refinery SX log with Cyanex 272/D2EHPA and saponification - not rare earth")

# 25 ferrite magnet traveller (XLSX zh)
rows = [["永磁铁氧体 湿压异性 批次流转卡", "", "", "", "", ""],
        ["批号", "FB9-250512-02", "牌号", "FB9H(锶铁氧体)", "数量", "2.5 t"],
        ["工序", "设备", "参数", "", "操作者", "日期"],
        ["预烧料", "外购 SrO·6Fe2O3 预烧料", "粒度 D50 4.5 µm", "", "孙立", "05-12"],
        ["二次球磨", "砂磨机 SM-3", "加 CaCO3 0.7%、SiO2 0.4%、La2O3 1.5%、Co3O4 0.3%", "D50 0.75 µm", "孙立", "05-13"],
        ["湿压成型", "磁场压机", "取向场 0.8 T", "成型压力 40 MPa,脱水", "唐伟", "05-14"],
        ["烧结", "辊道窑 RK-2", "1210 ℃×1.5 h", "空气", "唐伟", "05-15"],
        ["磨加工", "双端面磨", "厚度公差 ±0.05", "", "许晨", "05-16"],
        ["检验", "BH 仪", "Br 440 mT", "HcJ 360 kA/m", "QC", "05-17"]]
xlsx("铁氧体车间/FB9-250512-02_瓦形磁体流转卡.xlsx", [dict(title="流转卡", rows=rows, merges=["A1:F1", "C3:D3"])], author="孙立")
lab("铁氧体车间/FB9-250512-02_瓦形磁体流转卡.xlsx", "clear", [], [], [], "parameter-sheet", None, "zh", True,
    "Sr ferrite arc-magnet traveller (La-Co substituted ferrite); field pressing/sintering vocabulary but ferrite")

# 26 aluminium potline relining work order (DOCX zh)
docx("电解铝/工单_3系列_217号槽大修.docx", [
    ("h", "电解三车间 217# 槽 大修(重新筑炉)工单"),
    ("t", [["槽型", "400 kA 预焙阳极铝电解槽", "槽龄", "2286 天"],
           ["停槽原因", "阴极破损,铁含量 0.38%", "计划工期", "2025-04-02 ~ 04-16"]]),
    ("h", "作业内容", 2),
    ("t", [["序号", "内容", "标准"],
           ["1", "停槽、抽铝、清除电解质与冰晶石结壳", "—"],
           ["2", "拆除旧阴极炭块、侧部 SiC 块、保温层", "废槽衬按危废转运"],
           ["3", "槽壳校正", "变形 ≤15 mm"],
           ["4", "砌筑硅酸钙板 + 防渗料 + 阴极炭块(石墨化)", "炭块间扎缝糊压缩比 ≥1.65"],
           ["5", "焙烧启动:焦粒焙烧 72 h", "阴极表面温度 ≥900 ℃"],
           ["6", "灌入电解质,湿法启动,分子比 2.6~2.7", "槽电压 4.05 V,电解温度 955 ℃"]]),
    ("p", "验收:启动后 30 天原铝 Fe ≤0.12%,电流效率 ≥93%。 负责人:车间主任 邱明"),
], author="邱明")
lab("电解铝/工单_3系列_217号槽大修.docx", "clear", [], [], [], "other", None, "zh", True,
    "Aluminium potline cell relining work order - fluoride bath electrolysis vocabulary, not RE")

# 27 Li-ion battery recycling NCR (DOCX zh)
docx("质量记录/NCR-BR-2025-022_硫酸钴溶液超标.docx", [
    ("h", "不合格品报告 NCR-BR-2025-022(废旧锂电池回收线)"),
    ("t", [["产品", "电池级硫酸钴溶液", "批号", "CoS-250417"], ["发现工序", "P507 萃钴段出口", "数量", "46 m³"]]),
    ("p", "不合格描述:Ni 含量 28 mg/L(内控 ≤10 mg/L),Mg 12 mg/L。"),
    ("p", "原因:黑粉(三元 NCM523 拆解料)还原酸浸后除铁铝不彻底,P204 除杂段皂化率偏低(58%,要求 65%),导致后段 P507 萃钴段负载 Ni 偏高;洗涤段稀硫酸浓度配错。"),
    ("p", "纠正措施:P204 皂化率恢复 65%;洗涤酸重新配制并增加电导率在线监测;不合格溶液返回萃钴进料。锂回收段(碳酸钠沉锂,90 ℃)未受影响。"),
    ("p", "编制:质量部 罗燕  2025-04-18"),
], author="罗燕")
lab("质量记录/NCR-BR-2025-022_硫酸钴溶液超标.docx", "clear", [], [], [], "process-spec", None, "zh", True,
    "Li-ion battery recycling NCR using P204/P507 saponification for Co/Ni - not rare earth")

# 28 cemented carbide SPC (CSV GB18030)
data = [["日期", "炉号", "牌号", "烧结温度℃", "保温min", "HIP压力MPa", "密度g/cm3", "硬度HRA", "矫顽磁力kA/m", "钴磁%", "孔隙度"]]
for i in range(30):
    data.append(["2025-05-%02d" % (1 + i % 28), "SHIP-%d" % rng.randint(1, 3), rng.choice(["YG8", "YG6X", "YT15"]), jit(1420, 8, 0), 60,
                 5.5, jit(14.72, 0.05), jit(89.8, 0.4, 1), jit(11.2, 0.6, 1), jit(7.6, 0.2, 1), "A02B00"])
csvf("硬质合金/低压烧结SPC_2025-05.csv", data, enc="gb18030")
lab("硬质合金/低压烧结SPC_2025-05.csv", "clear", [], [], [], "parameter-sheet", None, "zh", True,
    "Cemented-carbide sinter-HIP SPC export (GB18030) - vacuum sintering/coercivity vocabulary, not magnets")

# 29 steel reheating furnace overhaul (TXT zh)
txt("炼钢设备/2#加热炉年修记录_2025.txt", """
热轧厂 2# 步进梁式加热炉 年修记录
年修时间:2025-03-10 ~ 2025-03-24     主管:设备科 冯志刚

1. 炉顶:拆除浇注料 46 m²,重新浇注低水泥浇注料,锚固件 310S 更换 520 支
2. 均热段烧嘴:12 只蓄热式烧嘴拆检,更换烧嘴砖 4 块,蓄热小球全部更换
3. 水梁:立柱及水梁包扎层修补,包扎厚度 60 mm;水梁漏水 1 处补焊后打压 1.6 MPa 合格
4. 步进机构:液压缸密封更换,偏心轮轴承检查,平移行程 ±1 mm 校正
5. 烘炉曲线:150 ℃ 保温 24 h → 350 ℃ 保温 24 h → 600 ℃ 保温 16 h → 以 30 ℃/h 升至 1250 ℃
6. 热工测试:炉温均匀性 ±12 ℃,单耗 1.18 GJ/t
遗留:预热段侧墙观察孔密封需下次处理
""")
lab("炼钢设备/2#加热炉年修记录_2025.txt", "clear", [], [], [], "other", None, "zh", True,
    "Steel plant reheating furnace annual overhaul record - maintenance vocabulary, not RE")

# 30 motor maker incoming inspection (XLSX mixed)
rows = [["来料检验记录 IQC Record — 电机事业部", "", "", "", "", "", "", ""],
        ["供应商 Supplier", "料号 P/N", "描述", "批号 Lot", "Br", "HcJ", "尺寸", "判定"],
        ["", "", "", "", "T", "kA/m", "mm", ""]]
for i in range(12):
    rows.append([rng.choice(["供应商A", "供应商B"]), "MG-38UH-%03d" % (100 + i), "烧结钕铁硼 38UH 镀 NiCuNi 40×12×4",
                 "L25%04d" % rng.randint(1000, 9999), jit(1.24, 0.01), jit(2010, 40, 0), "40.00/12.00/4.00 ±0.05", "合格"])
rows[8][-1] = "不合格-镀层起泡"
aql = [["抽样标准 Sampling", "GB/T 2828.1 一般检验水平 II, AQL 0.65"], ["Salt spray", "NSS 72 h 无红锈"],
       ["Flux check", "Helmholtz coil, ≥ 95% of golden sample"], ["Remark", "不合格批退货 RMA-2505-07,通知供应商 8D"]]
xlsx("IQC/IQC_磁钢来料检验_2025-05.xlsx", [dict(title="IQC", rows=rows, merges=["A1:H1"] + ["%s2:%s3" % (c, c) for c in "ABCDGH"]),
                                         dict(title="检验标准", rows=aql)], author="IQC")
lab("IQC/IQC_磁钢来料检验_2025-05.xlsx", "clear", [], [], [], "parameter-sheet", None, "mixed", True,
    "Motor maker incoming inspection of bought NdFeB magnets - mention only")

# 31 purchasing oxide price log (CSV utf-8 zh)
data = [["日期", "品名", "规格", "报价来源", "含税价(元/吨)", "环比", "备注"]]
base = {"氧化镨钕": 418000, "氧化镝": 1620000, "氧化铽": 6850000, "金属镨钕": 515000}
for d in range(2, 31, 4):
    for k, v in base.items():
        price = int(v * (1 + rng.uniform(-0.03, 0.04)))
        data.append(["2025-05-%02d" % d, k, "≥99%" if "氧化" in k else "Nd≥75%", rng.choice(["上海有色网", "百川", "供应商询价"]), price,
                     "%+.1f%%" % rng.uniform(-2, 2), ""])
data[5][-1] = "锁价 20 t,合同 CG-2505-113"
csvf("采购/稀土氧化物价格跟踪_2025年5月.csv", data)
lab("采购/稀土氧化物价格跟踪_2025年5月.csv", "clear", [], [], [], "parameter-sheet", None, "zh", True,
    "Purchasing price log of RE oxides/metal - market data only")

# 32 HR training matrix (XLSX zh)
courses = ["安全生产三级教育", "真空烧结炉操作", "气流磨惰性气体安全", "氢破炉氢气安全", "磁场压机操作", "电镀废水处理", "5S/TPM", "SPC 基础"]
rows = [["磁材事业部 2025 年度培训矩阵", ""] + [""] * (len(courses)), ["工号", "姓名"] + courses]
names = ["张伟", "李娜", "王芳", "刘强", "陈杰", "杨洋", "赵磊", "黄丽", "周斌", "吴敏", "徐涛", "孙静"]
for i, n in enumerate(names):
    rows.append(["E%04d" % (2100 + i), n] + [rng.choice(["●", "○", "◐", "—"]) for _ in courses])
leg = [["图例", "含义"], ["●", "已取证"], ["◐", "培训中"], ["○", "计划"], ["—", "不适用"]]
xlsx("人事/磁材事业部_培训矩阵_2025.xlsx", [dict(title="培训矩阵", rows=rows, merges=["A1:%s1" % chr(ord("A") + len(courses) + 1)]),
                                         dict(title="图例", rows=leg)], author="HR")
lab("人事/磁材事业部_培训矩阵_2025.xlsx", "clear", [], [], [], "other", None, "zh", True,
    "HR training matrix at a magnet division - course names only, no technology")

# 33 PM Fe-Cu-C sintering control plan (PDF en)
pdf("PM_plant/ControlPlan_FC0208_sinter_belt_furnace.pdf", "Control Plan CP-PM-11  FC-0208 structural parts - mesh-belt sintering", [
    ("p", "Part: oil-pump gear, FC-0208 (Fe-2Cu-0.8C), green density 6.85 g/cm3. Plant: powder metallurgy shop, line 2."),
    ("t", [["Characteristic", "Spec", "Method", "Frequency"],
           ["Lubricant burn-off", "650 C, 20 min", "TC profile", "daily"],
           ["Sinter temperature", "1120 +/-5 C", "TC, 3 zones", "continuous"],
           ["Atmosphere", "90N2-10H2, dew pt <-40 C", "analyser", "continuous"],
           ["Belt speed", "120 mm/min", "encoder", "each shift"],
           ["Sinter-hardening cool", ">=2 C/s 650-400 C", "profile run", "weekly"],
           ["Apparent hardness", "HRB 75-90", "Rockwell", "5 pcs/h"],
           ["Dimensional change", "+0.15 +/-0.05%", "CMM", "5 pcs/shift"]]),
    ("p", "Reaction plan: stop line, quarantine since last good check, notify QE. Reference: MPIF Standard 35."),
])
lab("PM_plant/ControlPlan_FC0208_sinter_belt_furnace.pdf", "clear", [], [], [], "parameter-sheet", None, "en", True,
    "Ferrous powder-metallurgy sintering control plan - sintering vocabulary, not magnets")

# 34 AlNiCo casting deviation (TXT en)
txt("alnico/DEV-AN-2025-004.txt", """
DEVIATION REPORT DEV-AN-2025-004
Product: cast AlNiCo 5 (LNG37) bar magnets 10 x 60 mm
Date: 2025-02-19     Originator: F. Romero, foundry

Description:
  Heat AN-0219-2 poured at 1580 C instead of 1640 C after the induction furnace
  thermocouple failed; 220 castings show columnar-zone shortfall.

Process reference:
  Alloy Al 8 / Ni 14 / Co 24 / Cu 3 / Ti 0.5 / Fe bal.
  Solution 1250 C x 20 min, field cooling in 0.15 T at 1.5 C/s through 900-700 C,
  aging 600 C x 4 h + 560 C x 16 h.

Disposition:
  Sample test: Br 1.22 T, HcB 47 kA/m (spec Br >=1.25 T) -> scrap 220 pcs, remelt.
  Thermocouple replaced, second pyrometer check added before each pour.
""")
lab("alnico/DEV-AN-2025-004.txt", "clear", [], [], [], "process-spec", None, "en", True,
    "AlNiCo cast magnet deviation report - magnet process vocabulary but AlNiCo is outside scope")

# 35 copper SX-EW lab assay (TXT traditional zh)
txt("化驗室/銅萃取電積_化驗日報_0415.txt", """
銅濕法冶煉廠 化驗室日報    日期:2025-04-15    化驗員:鄭雅婷

樣品        Cu g/L   Fe g/L   pH    H2SO4 g/L   備註
堆浸富液    2.85     3.10     1.85   —         萃取劑 LIX 984N 8% v/v
萃餘液      0.21     3.05     1.62   —         返回堆場噴淋
負載有機    5.42     0.004    —      —
反萃後液    48.6     0.85     —      182        電積新液
電積廢液    38.2     0.88     —      197        電流密度 280 A/m²

陰極銅外觀:光亮,無瘤狀結晶;ICP-OES 抽檢 Pb 0.6 ppm,S 3 ppm,達 A 級。
""")
lab("化驗室/銅萃取電積_化驗日報_0415.txt", "clear", [], [], [], "parameter-sheet", None, "zh", True,
    "Traditional-Chinese copper SX-EW lab daily report - SX vocabulary, not RE")

# 36 motor maker 8D to supplier about magnets (DOCX en)
docx("Supplier_Quality/8D_request_SQ-2505-07_magnet_coating.docx", [
    ("h", "Supplier Corrective Action Request SQ-2505-07"),
    ("t", [["Customer", "Traction motor division, plant 2"], ["Supplier", "Magnet supplier B"],
           ["Part", "MG-38UH-107, sintered NdFeB 40x12x4, NiCuNi plated"], ["Issue date", "2025-05-22"]]),
    ("h", "D2 Problem description", 2),
    ("p", "Incoming inspection found plating blisters on 14 of 125 samples from lot L258813 (AQL 0.65 rejected). Two rotors assembled from a previous lot failed a 96 h humidity test (85 C / 85% RH) with red rust at the edges."),
    ("h", "D3 Containment (customer side)", 2),
    ("p", "Lot returned under RMA-2505-07; 100% visual sort of stock at our warehouse (3,400 pcs, 61 rejected). Rotors from affected build weeks quarantined."),
    ("h", "Request to supplier", 2),
    ("p", "Please provide D4-D8 within 10 working days, including plating thickness data (Ni/Cu/Ni layers) for the lot, salt-spray results and the 3-lot verification plan. Our acceptance: NSS 72 h, adhesion per ISO 2819."),
], author="SQE")
lab("Supplier_Quality/8D_request_SQ-2505-07_magnet_coating.docx", "clear", [], [], [], "other", None, "en", True,
    "Customer-side 8D request to magnet supplier - inspection results, no manufacturing process")

# 37 iron ore flotation monthly (PDF en)
pdf("mine_reports/Concentrator_Monthly_Report_May2025.pdf", "Iron Ore Concentrator - Monthly Production Report, May 2025", [
    ("p", "Plant: magnetite/hematite concentrator, 5 Mt/a. Prepared by: metallurgy dept."),
    ("t", [["KPI", "Target", "Actual"],
           ["Ore treated (kt)", "410", "396"],
           ["Feed grade TFe %", "31.5", "30.9"],
           ["Concentrate TFe %", "65.5", "65.8"],
           ["SiO2 in conc. %", "<=4.5", "4.2"],
           ["Fe recovery %", "80", "79.1"],
           ["Grind P80 um", "45", "43"]]),
    ("p", "Flowsheet: two-stage grinding, low-intensity magnetic separation (LIMS, 1500 G), high-gradient magnetic separation for hematite, reverse cationic flotation with dodecylamine at pH 9.5 and starch depressant 800 g/t. Reagent costs rose 6% due to collector price."),
    ("p", "Maintenance: ball mill 2 liner change (52 h), HGMS matrix replaced. Next month: tailings thickener rake repair."),
])
lab("mine_reports/Concentrator_Monthly_Report_May2025.pdf", "clear", [], [], [], "parameter-sheet", None, "en", True,
    "Iron ore concentrator monthly report - magnetic separation/flotation vocabulary, not RE")

# =====================================================================
with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
    for L in LABELS:
        fh.write(json.dumps(L, ensure_ascii=False) + "\n")
print(len(LABELS), "documents")
