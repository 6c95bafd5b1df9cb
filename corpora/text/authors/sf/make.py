# -*- coding: utf-8 -*-
"""Generator for batch u1: shop-floor writing (WeChat/QQ/交接班/整改单/师傅笔记...).
Run with /work/main/.venv/bin/python make.py ; byte-reproducible."""
import os, io, json, random, re, zipfile, shutil, csv

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FIXED_ZIP_TIME = (2025, 6, 18, 9, 30, 0)
FIXED_ISO = "2025-06-18T09:30:00Z"
LABELS = []


def lab(file, verdict, codes, cats, mtypes, carrier, lang, hard, note, exclusion=None):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
                       magnet_types=mtypes, carrier=carrier, exclusion=exclusion,
                       language=lang, hard_negative=hard, note=note))


def path(name):
    p = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def txt(name, text, enc="utf-8", crlf=False):
    text = text.strip("\n") + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(path(name), "wb") as f:
        f.write(text.encode(enc))


def normalize_zip(p):
    """rewrite an OOXML zip with fixed timestamps and fixed core.xml dates"""
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            if n == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_ISO, s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_ISO, s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(n, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(p, "wb") as f:
        f.write(buf.getvalue())


def docx(name, blocks, author="Administrator"):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows)"""
    import docx as D
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = D.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for kind, val in blocks:
        if kind == "h":
            para = d.add_paragraph()
            r = para.add_run(val)
            r.bold = True
            r.font.size = Pt(14)
            para.alignment = 1
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=max(len(r) for r in val))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
    import datetime
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 6, 18, 9, 30)
    cp.modified = datetime.datetime(2025, 6, 18, 9, 30)
    cp.revision = 1
    p = path(name)
    d.save(p)
    normalize_zip(p)


def xlsx(name, sheets, author="Administrator"):
    """sheets: list of (title, rows)"""
    import openpyxl, datetime
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2025, 6, 18, 9, 30)
    wb.properties.modified = datetime.datetime(2025, 6, 18, 9, 30)
    p = path(name)
    wb.save(p)
    normalize_zip(p)


def csvfile(name, rows, enc="gb18030"):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(path(name), "wb") as f:
        f.write(s.getvalue().encode(enc))


def wechat(title, date, lines):
    """PC WeChat-style export: 'name time\\ncontent\\n' """
    out = ["微信群聊 \"%s\" 的聊天记录" % title, "导出时间：%s" % date, "————————————————", ""]
    for who, t, msg in lines:
        out.append("%s  %s %s" % (who, date.split(" ")[0], t))
        out.append(msg)
        out.append("")
    return "\n".join(out)


def qq(title, date, lines):
    out = ["消息记录（此消息记录为文本格式，不支持重新导入）", "", "================================================================",
           "消息分组:我的群聊", "================================================================",
           "消息对象:%s" % title, "================================================================", ""]
    for who, t, msg in lines:
        out.append("%s %s %s" % (date, t, who))
        out.append(msg)
        out.append("")
    return "\n".join(out)



# ======================= controlled documents =======================


def build_controlled(c):
    txt, docx, xlsx, csvfile, wechat, qq, lab = (c[k] for k in
        ("txt", "docx", "xlsx", "csvfile", "wechat", "qq", "lab"))
    R = random.Random(61)

    # 1 WeChat group, extraction section, Pr/Nd cut
    n = "微信聊天记录/萃取二工段群_20250612.txt"
    txt(n, wechat("萃取二工段（镨钕线）", "2025-06-12 22:40", [
        ("老周", "07:52", "夜班的看一下，42级到50级有机颜色不对，发白，是不是皂化没跟上"),
        ("小黄", "07:55", "皂化槽液碱昨晚换了一桶，浓度测的5.6N，比平时6.0低了点，我把流量从2.1调到2.3了"),
        ("老周", "07:58", "不是光调流量的事，皂化度要稳住36%，你现在算下来才33左右，有机上去分离就差"),
        ("老周", "07:59", "有机总流量现在多少"),
        ("小黄", "08:01", "有机32L/min，料液6.5，洗酸1.8"),
        ("老周", "08:04", "料液先降到6.0，洗酸别动。料液浓度今天化验1.28mol/L，比上周高，流比还按老的走肯定压不住"),
        ("阿强", "08:10", "出口那头镨钕里面铈又超了，早上样 Ce 0.08%，要求≤0.05"),
        ("老周", "08:12", "就是这个原因。洗段往回推两级，洗酸提到3.2N，别一下子加，每班加0.1"),
        ("阿强", "08:13", "好的"),
        ("老周", "08:20", "还有反萃那边，反酸6N不要省，上次为了省酸降到5.5，负载有机反不干净，回到萃取段容量就小了"),
        ("小黄", "08:22", "收到。轻相出口那个堰板要不要动"),
        ("老周", "08:25", "堰板不要动！混合室搅拌保持280转，澄清室界面控制在离上口15公分左右，高了就夹带"),
        ("老周", "08:26", "[图片]"),
        ("老周", "08:26", "这是上个月稳定的时候各级水相pH，照着这个对：进料级pH 2.0左右，洗段末级1.2，萃取段出口水相pH 2.8-3.0，超过3.2就说明皂化过了要乳化"),
        ("阿强", "09:40", "10点样出来了，Ce 0.04，Nd2O3/TREO 75.3，Pr6O11 24.6"),
        ("老周", "09:42", "行，就这么稳三个班，谁都别乱动"),
    ]))
    lab(n, "controlled", ["1E902.a"], ["separation"], [], "other", "zh", False,
        "WeChat group: P507 Pr/Nd cascade saponification degree, flow ratios, scrub/strip acid, stage pH profile")

    # 2 交接班记录 docx, extraction
    n = "交接班/萃取车间交接班记录-6月第3周.docx"
    rows = [["日期", "班次", "料液流量L/min", "料液浓度mol/L", "有机流量L/min", "皂化度%", "洗酸N/流量", "反酸N", "出口Nd2O3/TREO%", "交班人", "接班人"]]
    d0 = 16
    for i in range(6):
        day = "6/%d" % (d0 + i // 2)
        sh = "白" if i % 2 == 0 else "夜"
        rows.append([day, sh, "%.1f" % R.uniform(5.8, 6.4), "%.2f" % R.uniform(1.22, 1.31), "%d" % R.randint(30, 33),
                     "%.1f" % R.uniform(35.2, 36.8), "%.1f/%.1f" % (R.uniform(3.0, 3.3), R.uniform(1.7, 1.9)),
                     "6.0", "%.2f" % R.uniform(99.52, 99.81), ["张伟", "黄小军"][i % 2], ["黄小军", "张伟"][i % 2]])
    docx(n, [("h", "萃取车间交接班记录（镨钕分离 P507-煤油体系）"),
             ("p", "萃取剂：P507 1.5mol/L，稀释剂磺化煤油；皂化剂液碱，皂化槽在第1级前；分馏萃取共62级（萃取段38级，洗涤段24级），反萃10级。"),
             ("t", rows),
             ("p", "交班事项："),
             ("p", "1. 6/16白班 第47级混合室电机有异响，已报机修，暂不影响，转速维持280rpm。"),
             ("p", "2. 6/17夜班 料液槽换新批，浓度由1.24升到1.30，料液流量相应降到5.9，保持料液:有机:洗酸 = 1:5.4:0.30 不变。"),
             ("p", "3. 洗酸配酸按3.2N，夜班不准私自加水稀释。出口水相pH低于2.6要马上报班长。"),
             ("p", "4. 出口镨钕萃余液去草酸沉淀工序，Ce、La 单项≤0.05%，不合格打回中间槽，不许放。"),
             ("p", "班长签字：周建国")])
    lab(n, "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", "zh", False,
        "shift handover log of Pr/Nd SX line with flow ratios, saponification %, stage counts, acid normality")

    # 3 master-apprentice notes electrolysis
    n = "徒弟笔记_电解_王师傅讲的.txt"
    txt(n, """
王师傅讲的，自己记一下（3月份跟班）

一、炉子
我们这边是6000A的炉子，圆形石墨坩埚做槽体兼阳极，阴极是钨棒从上面插下去，下面放钼坩埚接金属。
电解质是氟化镨钕加氟化锂，LiF大概占9%左右，师傅说多了电导好但是挥发大，少了温度下不来。
温度控制1040～1060，看火眼颜色，亮橙偏白就是高了。测温枪每小时打一次记本子上。
槽电压正常9.5V左右，超过11V八成是阳极效应或者料加多了底下结壳。

二、加料
氧化镨钕每5分钟加一次，一次大概0.8公斤，一小时10公斤上下。不能一次倒一大勺，会沉底结块，师傅说"少吃多餐"。
加料前料要烘过（200度烘4小时），潮的料一下去就冒泡，氧含量上去。
料加少了电压往上窜，这时候别慌，先补一勺再看。

三、出金属
3个小时出一次，用钢勺从钼坩埚里舀，一炉出30公斤左右。出的时候电流不用停，但是要把阴极稍微提一下。
锭子出来表面要亮，发黑有渣就是电解质带进去了，回炉。
碳含量要求≤0.03%，铁≤0.2%。碳高一般是阳极掉渣，看看阳极是不是烧穿了。

四、阳极
阳极（坩埚）正常用6-7天，壁厚烧到剩15mm以下就换。换的时候整炉停，先把电解质舀到备用炉。
新阳极第一天电流不要一下给满，4000A起步，2个小时加到6000。

师傅最后一句：电流效率做到80%以上才算会干，看吨耗电≤9000度。
""")
    lab(n, "controlled", ["1E902.a"], ["metal-smelting"], [], "process-spec", "zh", False,
        "apprentice notes: PrNd fluoride-bath electrolysis, 6kA cell, LiF %, temp, feed rate, tapping, anode life")

    # 4 xlsx electrolysis log
    n = "电解三班记录表_2025-05.xlsx"
    rows = [["日期", "炉号", "电流A", "电压V", "温度℃", "加料kg", "出金属kg", "C%", "Fe%", "阳极天数", "备注"]]
    for day in range(1, 21):
        for furnace in ("7#", "8#"):
            feed = round(R.uniform(228, 252), 1)
            rows.append(["5/%d" % day, furnace, R.choice([5950, 6000, 6000, 6050]), round(R.uniform(9.2, 10.1), 1),
                         R.randint(1038, 1062), feed, round(feed * R.uniform(0.78, 0.83), 1),
                         round(R.uniform(0.012, 0.031), 3), round(R.uniform(0.06, 0.18), 2), (day + (3 if furnace == "8#" else 0)) % 7 + 1,
                         R.choice(["", "", "", "", "电压偏高补料", "换阳极", "测温枪校准"])])
    xlsx(n, [("5月", rows), ("说明", [["电解质", "PrNdF3-LiF，LiF 9%"], ["阴极", "W棒 φ70"], ["加料", "每5min一次"]])])
    lab(n, "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", "zh", False,
        "monthly electrolysis log: current, voltage, bath temp, oxide feed vs metal output, C/Fe; bath composition in notes")

    # 5 voice transcript strip casting
    n = "语音转文字_甩带_刘工_0603.txt"
    txt(n, """
[语音转文字] 刘工 2025-06-03 14:21 (58")
那个小陈啊，今天下午那炉你看一下，浇注温度你给我控制在1440到1450，不要再上1470了，上次1470甩出来片子柱状晶都断了，好多等轴晶，后面氢碎出来的粉不好。

[语音转文字] 刘工 2025-06-03 14:22 (41")
辊速还是1.3米每秒，你看片子厚度，卡尺量，0.28到0.32之间，超过0.35就把辊速往上提一点，0.05一档慢慢提，别一下提到1.6。

[语音转文字] 刘工 2025-06-03 14:23 (52")
还有那个熔炼，600公斤的料，抽到5帕以下再充氩，充到负0.05兆帕左右。镨钕、硼铁先下，纯铁后下，镝铁最后加。全熔以后精炼保持3分钟，温度到了再倒中间包。

[语音转文字] 刘工 2025-06-03 14:25 (33")
冷却水进水温度不要超过30度，辊面出来的片子落到转盘上要马上冷，α-Fe超标了这一炉就报废了，N52的料金贵得很。

[语音转文字] 小陈 2025-06-03 14:26 (6")
好的刘工，我记下来了。
""")
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "zh", False,
        "voice transcript: strip casting pour temp, wheel speed, flake thickness, melt charging order for N52 alloy; no word 稀土")

    # 6 班组长手写记录 typed: HD + jet milling
    n = "制粉班组长记录本(录入)_6月.docx"
    docx(n, [("h", "制粉工段 班组长记录（手写本录入）"),
             ("p", "6月5日 白班 记录人：孙红梅"),
             ("p", "氢碎炉2#：装料480kg（甩片，批号SC250603-2），吸氢压力0.12MPa，吸到不掉压为止约2.5h，脱氢550℃保温5h，冷却到室温出料。氢含量抽检1100ppm，偏高，通知下一炉脱氢延长到6h。"),
             ("p", "气流磨1#：氮气0.65MPa，分级轮3600转，进料速度调到70kg/h，D50=3.1μm，D90/D10=4.2，氧含量480ppm。加防氧化剂0.05%，混料2h。"),
             ("p", "气流磨2#：分级轮3400转，D50=3.4μm，粗了，要3.0-3.2（38UH）。下午改3700转。"),
             ("p", "6月6日 夜班"),
             ("p", "氢碎3#出料温度还有60℃就开了，粉发烫。再讲一次：不到40℃不许开罐！！"),
             ("p", "气流磨系统氧含量监测仪读数到了120ppm，超过100立即停磨排查，查出旋风出口法兰漏，换垫片后正常（20ppm以下）。"),
             ("t", [["磨号", "分级轮rpm", "进料kg/h", "D50μm", "O含量ppm", "牌号"],
                    ["1#", "3600", "70", "3.1", "480", "38UH"],
                    ["2#", "3700", "65", "3.15", "510", "38UH"],
                    ["3#", "4200", "55", "2.6", "620", "45SH(细粉)"]]),
             ("p", "备注：45SH的粉细一点好，但氧高了矫顽力就掉，超过700ppm不用。")], author="sunhm")
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", "zh", False,
        "typed-up foreman notebook: hydrogen decrepitation pressures/temps, jet mill classifier speed, D50, oxygen limits by grade")

    # 7 QQ pressing + sintering
    n = "QQ消息记录_压型烧结群.txt"
    txt(n, qq("压型烧结交流群(148xxxxxx)", "2025-05-21", [
        ("压型-老马(2871xxxxx)", "9:02:11", "今天压35SH那批，取向场给多少，还是1.8T？"),
        ("技术-赵工(9921xxxxx)", "9:05:40", "35SH 1.8T可以，压力先压成坯密度4.1左右，再进等静压200MPa保压1分钟"),
        ("压型-老马(2871xxxxx)", "9:06:02", "OK"),
        ("技术-赵工(9921xxxxx)", "9:07:18", "注意手套箱氧含量，低于200ppm再装模，生坯出来马上真空包装，放超过8小时不要进炉"),
        ("烧结-小杨(3310xxxxx)", "10:15:55", "赵工 烧结曲线用哪个？上周那个1065的还是1075"),
        ("技术-赵工(9921xxxxx)", "10:18:02", "35SH用1070，保温5小时。前面脱气段：400℃保1h，800℃保2h，真空度到5×10⁻³Pa再往上升。出炉风冷到80度以下"),
        ("技术-赵工(9921xxxxx)", "10:18:44", "一级回火900℃ 2h，二级回火490℃ 3h。二级温度别超过500，超了方形度掉"),
        ("烧结-小杨(3310xxxxx)", "10:20:31", "收到。装炉量还是每盘12公斤？"),
        ("技术-赵工(9921xxxxx)", "10:21:09", "每盘不超过12，料盒之间留2cm，不然中间温度跟不上，密度出来7.52以下就是没烧透"),
        ("烧结-小杨(3310xxxxx)", "16:40:22", "出炉测了，Br 12.1kGs, Hcj 20.6kOe, 密度7.56"),
        ("技术-赵工(9921xxxxx)", "16:41:03", "可以 👍"),
    ]))
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "zh", False,
        "QQ group: orientation field, CIP pressure, sintering profile 1070C 5h, two-stage tempering for 35SH")

    # 8 GBD notes
    n = "渗铽记录-师傅交代的.txt"
    txt(n, """
渗铽 注意事项（吴师傅口述，2025.4.8 整理）

1. 来料：磨好的片子 40×20×4.5（取向方向4.5），厚度不能超过6，超了中心渗不进去。
2. 清洗：超声碱洗5分钟→水洗→酸洗（硝酸2%）30秒→水洗→酒精脱水→烘干。表面发花的挑出来重洗。
3. 涂覆：铽粉+有机浆料，铽增重按0.6%控制（每片称重，涂前涂后差值），两面涂，侧面不涂。
4. 扩散：真空炉，装盘不要叠，920℃保温12小时，真空度5×10⁻³Pa以上。升温速率不超过5℃/min。
5. 回火：扩散完降到室温再升490℃保温4小时。
6. 检测：每炉抽3片测 Hcj，基材 14kOe 的渗完要到 25kOe 以上（48SH→48UH那种），Br 掉不超过0.2kGs。
7. 渗镝的话：镝增重0.8%，扩散温度一样920，时间15小时，Hcj加得少，大概+7kOe。

吴师傅说：铽贵，涂多了浪费，表面一层富铽壳子磨掉就白花钱了，所以涂完以后尽量不磨或者只磨0.05。
""")
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "zh", False,
        "grain-boundary diffusion Tb/Dy: cleaning, coating weight gain, diffusion 920C 12h, tempering, HcJ gains; magnet named only by grade")

    # 9 WeChat SmCo 2:17
    n = "微信聊天记录/钐钴车间_热处理.txt"
    txt(n, wechat("钐钴车间热处理", "2025-04-15 18:05", [
        ("车间主任-钱", "08:30", "今天2:17那批YXG-30H要出，热处理谁跟"),
        ("老潘", "08:33", "我跟。烧结昨天晚上1215℃保温1.5h，降到1190固溶4h，然后充氩风冷，已经出炉了"),
        ("车间主任-钱", "08:35", "风冷要快，出来测一下密度多少"),
        ("老潘", "08:41", "8.35，正常"),
        ("小许", "09:10", "时效是830还是850"),
        ("老潘", "09:12", "30H的用830保温12小时，然后0.7度每分钟慢冷到400，400保3小时再快冷。慢冷这一步千万别设错，上次设成1度每分钟Hcj差了5个k"),
        ("小许", "09:13", "👌"),
        ("车间主任-钱", "09:20", "配方还是按Sm 25.5、Fe 17、Cu 5.8、Zr 2.8、余Co吧？"),
        ("老潘", "09:22", "对，熔炼的时候钐多加0.8%烧损"),
        ("小许", "21:45", "出来了 Br 10.9kGs Hcj 28kOe (BH)max 29MGOe"),
        ("车间主任-钱", "21:50", "好"),
    ]))
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "other", "zh", False,
        "WeChat: Sm2Co17 sintering, solution treatment, aging 830C, slow cooling rate, composition")

    # 10 Ce magnet short note
    n = "便签_高丰度配方.txt"
    txt(n, """
高丰度那个料 试了三炉 记一下
Ce替代（占总RE）: 25%
PrNd 23.5 + Ce 7.8 ，总RE 31.3wt%，B 0.96，Cu 0.15 Ga 0.3 Al 0.1 Co 1.0 余Fe
甩带 浇注1420 辊速1.4 （含铈的熔点低，温度比普通料低20度）
双合金：含Ce主相和不含Ce的分开甩，氢碎后按4:6混，气流磨一起磨 D50 3.3
烧结 1035℃ 4h （不能按普通N35的1060，会长晶粒）
回火 880/2h + 470/3h
结果：Br 12.6 Hcj 11.8 能做N38，就是矫顽力不够，再试Ga加到0.4
--老蒋 5/27
""")
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec", "zh", False,
        "short note: Ce-substituted dual-main-phase recipe, strip cast/sinter/temper parameters")

    # 11 xlsx heap/in-situ leaching
    n = "注液收液台账_3号采场.xlsx"
    rows = [["日期", "块段", "注液孔数", "硫铵浓度%", "注液量m3", "收液量m3", "母液REO g/L", "pH", "备注"]]
    for i in range(1, 25):
        phase = "注液" if i < 16 else "顶水"
        rows.append(["4/%d" % i, "C3-%d" % (1 + i // 8), 184, 2.5 if phase == "注液" else 0,
                     R.randint(310, 380), R.randint(260, 340), round(max(0.12, 1.35 - abs(i - 9) * 0.09 + R.uniform(-0.05, 0.05)), 2),
                     round(R.uniform(4.4, 5.1), 1), phase])
    xlsx(n, [("台账", rows),
             ("参数", [["项目", "值"], ["孔距", "2m×2.5m"], ["孔径", "0.2m"], ["孔深", "穿过全风化层0.5m"],
                       ["注液强度", "0.02-0.03 m3/(h·孔)"], ["母液除杂pH", "5.2"], ["沉淀剂", "碳酸氢铵，加到pH 6.8"],
                       ["母液REO<0.2 g/L", "转顶水"]])], author="caichang03")
    lab(n, "controlled", ["1E902.a"], ["mining"], [], "parameter-sheet", "zh", False,
        "in-situ leaching ledger: lixiviant conc, injection/collection volumes, liquor grade, well grid, precipitation pH")

    # 12 voice transcript in-situ leaching
    n = "语音转文字_采场_老曾.txt"
    txt(n, """
老曾 语音 0:47
喂，那个新开的那块山，注液孔我让他们按两米乘两米五打，打到见那个半风化层就行，不要打穿，打穿了液往底下跑收不回来。

老曾 语音 0:55
硫铵浓度头半个月用3%，后面降到2%，一个孔一个小时不超过三十升，你让那个水管员盯着，山体底下已经冒水了就马上减，上个月西边就是注太猛了滑了一块。

老曾 语音 0:38
收液沟那边母液出来先进沉淀池，加碳铵，先调到pH 5.2左右把铝铁沉下来，澄清了再抽上去加碳铵沉稀土，pH到6.8就停，别加多了浪费还带铵。

老曾 语音 0:29
母液浓度掉到零点二克以下就转顶水，顶水打十五天，最后那一点也收回来。
""")
    lab(n, "controlled", ["1E902.a"], ["mining"], [], "other", "zh", False,
        "voice transcript: in-situ leach well spacing, ammonium sulfate dosing, impurity removal and bicarbonate precipitation pH")

    # 13 handover oil sludge recycling
    n = "交接班/回收车间交接本_0528-0530.docx"
    docx(n, [("h", "回收车间 交接班记录"),
             ("t", [["日期/班", "工序", "内容"],
                    ["5/28 白", "油泥脱油", "压滤后油泥含油12%，真空干燥120℃ 6h，降到2%以下才能进窑"],
                    ["5/28 白", "焙烧", "回转窑进料300kg/h，窑头温度820℃，窑尾550℃，出料全部氧化成红褐色，黑心的返烧"],
                    ["5/28 夜", "酸溶（优溶）", "盐酸6N，料液比1:3，控终点pH 3.8-4.0，80℃搅拌3h，铁留在渣里。渣含REO 1.6%，超2%要二次浸"],
                    ["5/29 白", "除杂", "加草酸前先除铝，调pH 4.5"],
                    ["5/29 夜", "萃取", "溶出液去P507转型萃取，镝铽富集段单独收"],
                    ["5/30 白", "统计", "本周投油泥18.6t，产混合氧化物（PrNd为主）5.12t，回收率94.8%"]]),
             ("p", "注意：窑温低于780的时候Fe氧化不完全，酸溶时铁大量进液，后面除铁压力大。交接一定写清窑温。")])
    lab(n, "controlled", ["1E902.a"], ["recycling"], [], "parameter-sheet", "zh", False,
        "recycling shift log: magnet sludge de-oiling, oxidising roast temps, selective HCl leach pH, recovery rate")

    # 14 WeChat edge scrap -> blended back into magnets
    n = "微信聊天记录/边角料回用讨论.txt"
    txt(n, wechat("技术部-生产部", "2025-03-09 20:11", [
        ("技术-冯", "14:02", "回收的边角料（没镀层的毛坯块）先喷砂去氧化皮，再进氢碎，吸氢0.15MPa，脱氢只脱到350℃，留一点氢好磨"),
        ("生产-邓", "14:05", "回收粉加多少比例"),
        ("技术-冯", "14:08", "气流磨的时候回收粉最多掺20%，再多氧含量顶不住，回收粉本身氧就有1500ppm。掺了以后补加0.3%的PrNd-Cu辅合金粉"),
        ("技术-冯", "14:09", "烧结温度比正常高10度，1080"),
        ("生产-邓", "14:15", "镀过镍的那些呢"),
        ("技术-冯", "14:18", "镀镍的先退镀，不退镀直接氢碎镍全进去了，性能掉得厉害。退不了的卖给回收厂做焙烧酸溶"),
        ("生产-邓", "14:20", "好，下周一开始试两炉N42"),
    ]))
    lab(n, "controlled", ["1E902.a"], ["recycling", "magnet-manufacturing"], ["NdFeB"], "other", "zh", False,
        "WeChat: hydrogen processing of magnet scrap, blend ratio into jet milling, auxiliary alloy, sinter temp")

    # 15 整改单 SX mixer-settler overhaul (b)
    n = "整改单_萃取槽大修_2025-07.docx"
    docx(n, [("h", "设备整改/检修单"),
             ("t", [["单号", "ZG-2025-0713", "车间", "分离一车间"],
                    ["设备", "混合澄清槽 第1-40级（镧铈段）", "整改类型", "停车大修"],
                    ["负责人", "机修 韩志刚", "日期", "7.13-7.20"]]),
             ("p", "整改内容："),
             ("p", "1. 放空：先停料液、洗酸，有机继续循环2小时把槽内稀土反干净，再分段放有机到储罐，水相走废水站。"),
             ("p", "2. 搅拌桨：1-40级桨叶全部检查，磨损超过3mm更换（PVC桨改为PVDF）。电机轴承统一换。"),
             ("p", "3. 槽体：PP板焊缝检漏，用电火花检漏仪，查出渗漏点补焊，补焊后灌水24h。"),
             ("p", "4. 堰板、相口：按原图尺寸恢复，轻相口高度误差±2mm以内。"),
             ("p", "调试："),
             ("p", "① 先进水、有机各半，开搅拌，检查各级界面是否一致，不一致调重相堰。"),
             ("p", "② 投料顺序：有机→皂化→洗酸→料液，按投产时流量的50%进，8小时后到100%。"),
             ("p", "③ 出口水相La/TREO达到正常值（≥99.95%）并连续3个样合格，算调试完成。"),
             ("p", "验收签字：__________  日期：__________")])
    lab(n, "controlled", ["1E902.b"], ["separation"], [], "process-spec", "zh", False,
        "overhaul and recommissioning of mixer-settler bank; process values only as targets -> clause b")

    # 16 异常处理单 electrolysis leak repair (b)
    n = "异常处理单-5#炉漏槽.docx"
    docx(n, [("h", "生产异常处理单"),
             ("t", [["编号", "YC-0419", "发生时间", "2025-04-19 03:40"],
                    ["地点", "电解车间 5#炉", "发现人", "夜班 付磊"],
                    ["异常描述", "炉壳底部发红，有电解质渗出，槽电压从9.6突降到7.8", "", ""]]),
             ("p", "处理过程："),
             ("p", "1. 立即降电流到零，断开整流柜，报值班长。"),
             ("p", "2. 电解质用钢勺转到6#备用炉，余下的自然凝固。"),
             ("p", "3. 冷却36小时后拆炉：石墨坩埚底部有裂纹长约12cm，钼坩埚完好。"),
             ("p", "4. 更换石墨坩埚（新坩埚需在烘箱中300℃烘8h），底部保温砖更换4块，炉壳底部捣打料重新打。"),
             ("p", "5. 重新起炉：先用石墨电极通电熔化底料（冰晶石+LiF起炉料），熔清后加入电解质，电流从3000A开始，每小时升500A，升至6000A。"),
             ("p", "6. 起炉后前三次出金属单独存放，化验C、Fe合格才并入。"),
             ("p", "原因分析：坩埚已使用9天，超出规定的7天，未按时更换。"),
             ("p", "纠正措施：阳极使用天数写到交接班本首行，到7天强制更换。"),
             ("p", "值班长：程刚    车间主任：林海")])
    lab(n, "controlled", ["1E902.b"], ["metal-smelting"], [], "other", "zh", False,
        "incident/repair record: electrolysis cell crucible crack, rebuild and restart current ramp; b (repair)")

    # 17 jet mill maintenance (b)
    n = "气流磨检修记录表.xlsx"
    xlsx(n, [("检修记录", [
        ["日期", "设备", "故障/项目", "处理", "用时h", "调试结果", "人员"],
        ["2025-03-02", "1#磨", "分级轮振动大", "分级轮动平衡，更换轴承6208", 6, "空转3600rpm振动1.8mm/s", "韩/潘"],
        ["2025-03-15", "1#磨", "喷嘴磨损", "更换3只陶瓷喷嘴，对中偏差≤0.5mm", 4, "试磨38UH粉 D50 3.1 合格", "韩"],
        ["2025-04-06", "2#磨", "旋风器出口漏氧", "更换氟胶垫，整机保压0.5MPa 2h不掉压", 5, "氧含量<20ppm", "潘"],
        ["2025-04-22", "3#磨", "氮气压缩机油温高", "换油换滤芯", 3, "", "外协"],
        ["2025-05-10", "全部", "季度保养", "称重料仓校验、阀门检查、氧分析仪标定（零点N2/量程空气）", 16, "", "韩/潘/孙"],
        ["2025-05-28", "2#磨", "分级轮转速漂移", "变频器参数恢复，编码器更换", 5, "3400-4200rpm 稳定", "韩"],
    ]), ("保养周期", [["项目", "周期"], ["喷嘴检查", "每月"], ["分级轮动平衡", "每季"], ["保压测试", "每次开罐检修后"], ["氧分析仪标定", "每周"]])])
    lab(n, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", "zh", False,
        "jet-mill maintenance/repair log with commissioning checks; magnet not named, D50 target only")

    # 18 QQ sintering furnace overhaul commissioning (b)
    n = "QQ聊天_烧结炉大修调试.txt"
    txt(n, qq("设备科(63xxxxxx)", "2025-08-04", [
        ("设备-韩志刚", "8:15:30", "4#烧结炉大修完了，今天调试，加热带全换了，热电偶换了3支"),
        ("烧结-小杨", "8:20:02", "先空炉吧"),
        ("设备-韩志刚", "8:21:44", "对，先抽真空，冷态极限真空要到3×10⁻⁴Pa，leak rate≤0.5Pa/h，到不了不升温"),
        ("设备-韩志刚", "11:02:10", "冷态极限2.6×10⁻⁴，漏率0.3，可以"),
        ("设备-韩志刚", "11:05:31", "空炉升到1100保2h除气，然后做炉温均匀性，9点测温，1070℃点要求±5℃以内"),
        ("烧结-小杨", "18:40:12", "均匀性测了最大偏差+4/-6，后区左下角偏低"),
        ("设备-韩志刚", "18:45:03", "把后区加热功率补偿+3%，明天再测一次"),
        ("设备-韩志刚", "08:30:55", "今天复测±4，合格。小杨你先放一炉试产的料，按正常42SH曲线走，出来性能跟3#炉对比一下"),
        ("烧结-小杨", "20:10:40", "试产炉出来了，Br、Hcj跟3#炉差不多，密度7.57，OK"),
        ("设备-韩志刚", "20:12:01", "那就交付生产，大修记录我发邮件"),
    ]))
    lab(n, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "other", "mixed", False,
        "QQ: sintering furnace overhaul commissioning — leak rate, uniformity, trial batch; b only")

    # 19 strip caster commissioning (a+b)
    n = "速凝炉安装调试笔记_新线.txt"
    txt(n, """
新速凝炉（600kg）安装调试 笔记   ——设备组 蔡

【安装】
- 地基水平度≤0.2mm/m，炉体找平后二次灌浆，养护7天。
- 冷却铜辊：装好后打径跳，≤0.03mm。辊面粗糙度Ra 1.6，超了重新抛。
- 中间包：与辊面间隙5mm（塞尺），流口宽度480mm，对中。
- 冷却水：辊子单独一路，流量≥60m³/h，进水≤30℃，出水温升≤8℃。

【冷态调试】
- 抽真空到5Pa以下，保压1h升压≤3Pa。
- 辊速0.5～3m/s全程试转，变频器零点校正。

【热调试（第一炉用废料）】
- 装600kg回炉料，功率先给250kW预热20分钟，再升到450kW熔化。
- 熔清后测温，控制1440±10℃浇注，辊速1.25m/s。
- 出片厚度0.25～0.35mm合格，测了0.29-0.33。金相看：柱状晶片层间距3-4μm，无α-Fe。

【移交】
- 连续3炉正常料（45SH配方）片厚、金相合格后交生产。
""")
    lab(n, "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "zh", False,
        "strip caster installation + commissioning, also fixes pour temp/wheel speed/microstructure → a and b")

    # 20 in-situ leach pipe network repair (b)
    n = "注液管网维修记录_6月.txt"
    txt(n, """
6月 注液管网维修记录（采场二队）

6/3  C2块段 主管DN110 PE管被落石砸裂，停注2h，热熔接头更换1.5m，恢复后逐孔检查注液量（每孔控制在25-30L/h）。
6/7  收液巷道 第3段 渗漏，巷道底板重新铺防渗膜（HDPE 1.5mm），接缝双焊，做气压检测。
6/11 高位池 浮球阀失灵，池满溢流约20m³硫铵液进了排水沟，已通知环保组，沟内石灰中和。阀门更换。
6/15 D1块段新布孔184个，注液支管DN32接通，每孔加球阀。按图纸孔网2×2.5m放线复核。
6/20 集液池液位计坏，换超声波液位计，标定零点。
6/26 雨季前检查：截洪沟清淤，收液沟加盖板，备用泵试机。

维修组：曾繁、邹小兵
""")
    lab(n, "controlled", ["1E902.b"], ["mining"], [], "other", "zh", False,
        "maintenance/repair log of in-situ leach injection and collection network; ore never named (b)")

    # 21 roasting kiln repair recycling (b)
    n = "异常处理单_回转窑托轮.docx"
    docx(n, [("h", "异常处理单"),
             ("t", [["设备", "油泥焙烧回转窑 φ1.6×18m", "日期", "2025-06-09"],
                    ["现象", "2#托轮轴承温度85℃，窑体窜动，窑头密封漏风", "", ""]]),
             ("p", "处理："),
             ("p", "1. 停窑前先停进料，保温转窑2h排空物料，再降温（每小时降温不超过50℃，防耐火砖开裂）。"),
             ("p", "2. 托轮轴承更换，托轮调偏斜0.5mm，窑体上窜下窜周期调整为约8h一个来回。"),
             ("p", "3. 窑头鱼鳞片密封更换，窑尾石墨块密封更换。"),
             ("p", "4. 耐火砖检查：窑头3m段掉砖2处，补砌高铝砖。"),
             ("p", "5. 复产：烘窑按升温曲线 200℃保4h→500℃保4h→820℃正常温度；窑温稳定后恢复进料，先按150kg/h进，出料检查无黑心再提到300kg/h。"),
             ("p", "记录：设备科 韩志刚"), ("p", "车间确认：回收车间 谭主任")])
    lab(n, "controlled", ["1E902.b"], ["recycling"], [], "other", "zh", False,
        "repair record for oil-sludge roasting kiln with restart; process temp only as reference (b)")

    # 22 slicing/grinding notes
    n = "磨加工笔记-多线切割.txt"
    txt(n, """
多线切割（毛坯→片子） 老师傅经验

线：金刚线 φ0.18，张力28N，走线速度1000m/min（往复），新线前200米先慢走跑合。
进给：N系列烧结毛坯进给0.35mm/min，含镝铽高的（UH、EH）脆，降到0.25。
冷却液：水基切削液5%浓度，流量开足，断液30秒就会烧线、片子边缘发蓝氧化。
片厚公差±0.03，平行度0.02。切出来先过一遍双面磨，单面留量0.05。
倒角：滚筒倒角R0.2，磨料和片子1:1，滚2小时，再清洗。
注意：毛坯取向方向用高斯计看，一定要按图纸取向方向切，切反了整块料报废。
钐钴的料脆得多，进给只能0.15，而且不能用水基冷却液太久，要及时烘干。
""")
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "SmCo"], "process-spec", "zh", False,
        "machining know-how: multi-wire slicing, feed rates by grade, grinding allowance, tumbling; sintered NdFeB and SmCo")

    # 23 voice transcript anode effect
    n = "语音转文字_夜班处理阳极效应.txt"
    txt(n, """
【语音消息转文字】班长 付磊 → 电解车间群 2025-05-16 02:13
各位夜班注意一下啊，8号炉刚才来效应了，电压一下跳到16伏，火眼发红，大家看到就这么处理：第一，马上停止加料，第二，把阳极跟阴极距离拉开一点，把阴极往上提两公分，第三，用石墨棒搅一下电解质把底下的结块打散，一般两三分钟电压就回到10伏以下了。

【语音消息转文字】班长 付磊 → 电解车间群 2025-05-16 02:15
效应回来以后不要马上按原来的量加料，先减半加半个小时，电流保持6000不变。然后这一炉下次出金属要单独放，因为效应的时候碳会进去，化验碳超过0.05的回炉。

【语音消息转文字】班长 付磊 → 电解车间群 2025-05-16 02:16
效应的原因一般就是氧化物加多了沉底或者加少了缺料，你们夜班犯困别间隔二十分钟才加一次，五分钟一次，一次半斤多一点。
""")
    lab(n, "controlled", ["1E902.a"], ["metal-smelting"], [], "other", "zh", False,
        "voice transcript: anode-effect handling in oxide-fluoride electrolysis, feed regime, carbon contamination")

    # 24 QQ extraction outlet off-spec
    n = "QQ消息记录_分离车间技术员.txt"
    txt(n, qq("分离车间技术员(51xxxxxx)", "2025-02-26", [
        ("化验室-Lily", "10:03:12", "萃取二线 铽出口Dy超了，Dy/TREO 0.12%，spec是≤0.05，麻烦check一下"),
        ("技术员-陆", "10:10:44", "知道了，铽镝那段最近料液配分变了，Tb占比从原来的18%降到15%"),
        ("技术员-陆", "10:12:30", "这样，铽镝分离段皂化有机流量从8.5调到9.2L/min，洗酸流量1.05调到1.15，洗酸浓度还是2.8N，调整以后稳8小时再取样"),
        ("化验室-Lily", "10:13:01", "ok"),
        ("技术员-陆", "10:15:20", "另外这段用的是P507加10%的Cyanex272混合萃取剂，上周补加的是纯P507，比例可能被冲淡了，拿有机样来测一下"),
        ("化验室-Lily", "15:40:18", "有机样测了，272比例7.8%"),
        ("技术员-陆", "15:45:02", "补加272到10%，补加量大概120L，分三天补"),
        ("化验室-Lily", "22:10:55", "晚上样 Dy/TREO 0.04，Tb4O7/TREO 99.96"),
    ]))
    lab(n, "controlled", ["1E902.a"], ["separation"], [], "other", "mixed", False,
        "QQ: Tb/Dy SX cascade correction with flow and scrub acid values, P507+Cyanex272 mixture ratio")

    # 25 sintering furnace xlsx
    n = "烧结炉运行记录_3#炉.xlsx"
    rows = [["炉次", "日期", "牌号", "装炉kg", "烧结℃", "保温h", "真空Pa", "一回℃/h", "二回℃/h", "密度", "Br kGs", "Hcj kOe"]]
    grades = [("N42", 1060, 4, "900/2", "500/3", 13.1, 12.5), ("42SH", 1065, 5, "900/2", "490/3", 13.0, 19.2),
              ("38UH", 1070, 5, "890/2", "490/3", 12.4, 25.3), ("N52", 1055, 4, "880/2", "510/3", 14.3, 11.6)]
    for i in range(24):
        g = grades[R.randrange(4)]
        rows.append(["3-%04d" % (812 + i), "2025-05-%02d" % (1 + i), g[0], R.choice([420, 440, 460]), g[1], g[2],
                     "%.1e" % R.uniform(2e-3, 6e-3), g[3], g[4], round(R.uniform(7.54, 7.60), 2),
                     round(g[5] + R.uniform(-0.1, 0.1), 2), round(g[6] + R.uniform(-0.5, 0.5), 1)])
    xlsx(n, [("记录", rows)], author="yangxb")
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", "zh", False,
        "sintering furnace log: grade vs sinter temp/hold, tempering stages, density, Br/HcJ; only grades, no 稀土")

    # 26 saponification short note
    n = "皂化配碱_贴墙上的.txt"
    txt(n, """
皂化操作（镨钕线，贴皂化槽旁边）

液碱：30%液碱兑水到 6.0N（1体积碱+约0.27体积水，以滴定为准）
皂化度：36%
有机流量30L/min → 碱流量 = 30×1.5×0.36÷6.0 = 2.7L/min
皂化槽搅拌不停，温度不超过40℃
皂化后有机澄清5分钟，看不到白色乳化层才进1级
液碱每换一桶必须滴定一次，记在本子上
改镁皂时按段长通知执行，不准自己改
""", enc="gb18030", crlf=True)
    lab(n, "controlled", ["1E902.a"], ["separation"], [], "process-spec", "zh", False,
        "posted saponification instruction: caustic normality, degree, flow formula for P507 organic (implied)")

    # 27 SmCo5 notes
    n = "1比5钐钴_师傅笔记.txt"
    txt(n, """
SmCo5 老工艺（跟着老潘学的）

熔炼：中频炉，Sm 37% Co余，钐按多加2%补烧损，氩气保护，浇铸到铜模。
破碎：颚破→中破→球磨（汽油保护）到3-5μm，现在改气流磨，氮气，粒度4μm。
压型：取向场2T，压力2t/cm²，然后等静压。
烧结：1130℃ 1h，随后降到900℃回火保温1h，快冷（这一步决定Hcj，慢了不行）。
性能：Br 9.2-9.6kGs，Hcj>20kOe。
老潘说1:5的现在做得少了，主要做高温用的2:17，但是1:5工序简单，Hcj高。
""")
    lab(n, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "process-spec", "zh", False,
        "apprentice notes: SmCo5 melting, milling, pressing, sintering 1130C and 900C quench")

    # 28 oxalate precipitation + calcination, GB18030 csv
    n = "沉淀灼烧工序日报_0610.csv"
    rows = [["批号", "料液体积m3", "REO g/L", "草酸用量kg", "草酸过量%", "沉淀温度℃", "陈化min", "灼烧温度℃", "灼烧h", "产品", "REO纯度%", "灼减%"]]
    for i in range(12):
        v = round(R.uniform(8, 12), 1)
        reo = round(R.uniform(48, 56), 1)
        rows.append(["CD2506%02d" % (10 + i), v, reo, int(v * reo * 1.1 * R.uniform(1.12, 1.18)), R.choice([15, 18, 20]),
                     R.choice([55, 60, 65]), R.choice([30, 40]), R.choice([950, 960, 980]), 4,
                     R.choice(["Pr6O11", "Nd2O3", "PrNd氧化物"]), round(R.uniform(99.5, 99.9), 2), round(R.uniform(0.2, 0.6), 2)])
    csvfile(n, rows)
    lab(n, "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", "zh", False,
        "GB18030 CSV daily report: oxalic precipitation excess, temp, aging, calcination temp/time, purity")

    # 29 calcium reduction Tb
    n = "还原车间_金属铽_工艺卡(手抄).txt"
    txt(n, """
金属铽 钙热还原 工艺卡（车间手抄版，原件在技术科）

原料：氟化铽（TbF3，干燥到含水<0.1%），金属钙（蒸馏钙，屑状）
配比：Ca 按理论量过量 15%
装料：钽坩埚，TbF3和Ca混匀后装入，上面压一层Ca
还原：真空感应炉，抽真空到 1×10⁻²Pa后充高纯氩到 0.05MPa，
      升温到 1000℃保温 10min（钙熔），再升到 1500℃保温 15min 使渣金分离，
      降温出炉，敲去CaF2渣
蒸馏除钙：粗铽放真空炉，1×10⁻³Pa，1600℃保温 1h 把钙和氟蒸掉
成品：Tb≥99.9%，Ca<0.03%，O<0.05%
收率：≥96%
注意：钽坩埚用3次以后壁厚检查，低于0.6mm报废
""")
    lab(n, "controlled", ["1E902.a"], ["metal-smelting"], [], "process-spec", "zh", False,
        "hand-copied route card: calcium-thermic reduction of TbF3, temps, vacuum distillation, purity")


# ======================= clear documents =======================


def build_clear(c):
    txt, docx, xlsx, csvfile, wechat, qq, lab = (c[k] for k in
        ("txt", "docx", "xlsx", "csvfile", "wechat", "qq", "lab"))
    R = random.Random(62)

    # 1 WeChat RE line, no know-how
    n = "微信聊天记录/分离车间大群_0708.txt"
    txt(n, wechat("分离车间大群", "2025-07-08 21:30", [
        ("车间主任-周", "07:40", "3号槽今天停了，等配件，电机厂说明天下午到。停槽期间这组人去帮包装"),
        ("小黄", "07:45", "收到"),
        ("阿强", "07:50", "主任 那我今天是不是算白班"),
        ("车间主任-周", "07:52", "算白班，考勤找统计登记"),
        ("统计-刘姐", "08:30", "7月份的加班单周五前交，过了下个月一起算"),
        ("车间主任-周", "09:10", "下午两点消防演练，萃取厂房东门集合，不用带东西"),
        ("老周", "09:12", "收到"),
        ("车间主任-周", "16:20", "明天上级来检查，槽面地面都打扫一下，防护眼镜都戴上，别让人拍到"),
        ("阿强", "16:22", "[捂脸]"),
    ]))
    lab(n, "clear", [], [], [], "other", "zh", True,
        "rare-earth SX workshop group chat about downtime waiting for spare part, attendance, fire drill — no know-how")

    # 2 canteen notice
    n = "食堂通知.txt"
    txt(n, """
各班组：
下周一（6月23日）起食堂调整：
1. 夜班加餐时间改为凌晨1:30-2:30，三车间（电解）夜班可以派人来打包。
2. 饭卡补贴每月由280元调整为320元，7月1日到账。
3. 食堂后门在施工，请从正门进。
4. 有意见的可以找后勤小马，电话8316。
                                           后勤部 6.19
""")
    lab(n, "clear", [], [], [], "other", "zh", False, "canteen notice mentioning electrolysis night shift only")

    # 3 QQ overtime pay dispute
    n = "QQ消息记录_加班费.txt"
    txt(n, qq("磁材二车间(72xxxxxx)", "2025-03-11", [
        ("烧结-小杨", "20:10:03", "2月份加班费怎么少了，我加了36个小时，只算了28"),
        ("统计-刘姐", "20:15:41", "春节那几天你打卡没打上，补卡单没交"),
        ("烧结-小杨", "20:16:10", "我交给班长了啊"),
        ("班长-老马", "20:20:33", "在我这，明天拿给你，我忘了"),
        ("统计-刘姐", "20:21:02", "那下个月补发，节假日那两天是三倍"),
        ("烧结-小杨", "20:21:40", "好的谢谢刘姐"),
        ("压型-小吴", "20:25:12", "我的也不对，夜班补贴没算"),
        ("统计-刘姐", "20:30:50", "明天上班都来办公室对一下，晚上别在群里吵"),
    ]), enc="utf-8-sig", crlf=True)
    lab(n, "clear", [], [], [], "other", "zh", True, "magnet workshop QQ chat about overtime pay only")

    # 4 forklift 报修
    n = "设备报修单_3号叉车.docx"
    docx(n, [("h", "设备报修单"),
             ("t", [["报修部门", "仓储物流", "报修人", "邓国强"],
                    ["设备名称", "3号叉车（合力 3t 内燃）", "报修时间", "2025-06-20 10:15"],
                    ["故障描述", "起升无力，门架下降时抖，液压油有渗漏", "", ""],
                    ["维修情况", "更换起升油缸密封件一套，补液压油20L，试车正常", "", ""],
                    ["维修人", "外协 合力服务站 李师傅", "完成时间", "2025-06-21 16:00"]]),
             ("p", "备注：叉车年检9月到期，请提前安排。修好之前氧化物成品转运用2号车。")])
    lab(n, "clear", [], [], [], "other", "zh", False, "forklift repair request in a rare-earth plant's warehouse")

    # 5 copper SX handover
    n = "交接班/铜萃取电积交接班_0615.docx"
    docx(n, [("h", "湿法铜 萃取-电积 交接班记录"),
             ("t", [["班次", "PLS流量m3/h", "PLS Cu g/L", "萃余液Cu g/L", "O/A", "负载有机Cu", "电积电流kA", "阴极铜t", "交班人"],
                    ["6/15白", "420", "3.2", "0.18", "1.1:1", "5.6", "28", "12.4", "何"],
                    ["6/15中", "415", "3.1", "0.17", "1.1:1", "5.5", "28", "12.1", "聂"],
                    ["6/15夜", "430", "3.3", "0.21", "1.1:1", "5.7", "28", "12.6", "吕"]]),
             ("p", "萃取剂 LIX984N 12%（体积），稀释剂 Escaid 110。E1澄清槽界面乳化层偏厚，已排污。"),
             ("p", "电积槽 18# 短路两处，已处理。堆场喷淋泵2#停机待修。")])
    lab(n, "clear", [], [], [], "parameter-sheet", "mixed", True,
        "copper heap-leach SX-EW handover: same vocabulary (萃取, O/A, 澄清槽, 交接班) but copper")

    # 6 Co/Ni P507 WeChat
    n = "微信聊天记录/钴镍萃取班组.txt"
    txt(n, wechat("钴镍萃取班组", "2025-05-30 23:00", [
        ("班长-覃", "08:02", "钴镍分离段出口镍里面钴又高了，Co 12ppm，客户要求≤10"),
        ("小覃", "08:05", "P507皂化度现在是60%，要不要往上提"),
        ("班长-覃", "08:08", "提到63%，有机流量不动，洗酸浓度2.0N保持。硫酸镍那边结晶釜别等，先做"),
        ("小覃", "08:10", "好的"),
        ("班长-覃", "14:30", "下午样Co 7ppm了。另外P204除杂段锌铜除得还可以，锰有点偏高，晚上跟一下"),
        ("小覃", "14:35", "收到"),
    ]))
    lab(n, "clear", [], [], [], "other", "zh", True,
        "cobalt/nickel P507 SX with saponification degree — same vocabulary, not rare earth")

    # 7 ferrite kiln xlsx
    n = "预烧回转窑记录_锶铁氧体.xlsx"
    rows = [["日期", "班次", "窑头℃", "窑尾℃", "投料t/h", "转速rpm", "出料Br mT", "出料Hcj kA/m", "备注"]]
    for i in range(18):
        rows.append(["6/%d" % (1 + i // 3), "白中夜"[i % 3], R.randint(1250, 1285), R.randint(380, 420), round(R.uniform(2.4, 2.8), 1),
                     round(R.uniform(1.4, 1.7), 1), R.randint(405, 420), R.randint(250, 275), R.choice(["", "", "换喷枪", "窑皮偏厚"])])
    xlsx(n, [("6月", rows)])
    lab(n, "clear", [], [], [], "parameter-sheet", "zh", True,
        "strontium ferrite pre-sintering kiln log — permanent-magnet vocabulary but ferrite")

    # 8 aluminium potline
    n = "铝电解三工区_交接班_语音整理.txt"
    txt(n, """
三工区交接（语音转的，凑合看）

夜班 老聂：
"256号槽来效应了两次，第二次电压到了三十几伏，插木棒熄的。分子比2.45，电解温度952，铝水平23，出铝3.1吨。
阳极换了8组，有一组新极上炉温度不够，导杆有点红，白班看一下。
天车2号刹车不太灵，报维修了。"

白班 小何：
"收到。今天计划换极12组，抬母线，打壳机3号缸漏气找人修。冰晶石到货，卸在二号库。"
""")
    lab(n, "clear", [], [], [], "other", "zh", True,
        "aluminium potline handover: anode effect, fluoride bath, tapping — aluminium not rare earth")

    # 9 lithium black mass
    n = "黑粉酸浸线_异常处理单.docx"
    docx(n, [("h", "异常处理单"),
             ("t", [["线别", "废锂电池黑粉湿法回收线", "日期", "2025-04-02"],
                    ["异常", "酸浸釜2#浸出渣Co含量2.1%（正常<0.5%）", "", ""]]),
             ("p", "原因：双氧水计量泵堵塞，还原剂加入不足。硫酸浓度2mol/L，液固比5:1，温度80℃，均正常。"),
             ("p", "处理：清洗计量泵，浸出渣返二次浸出。P204除杂、P507钴镍萃取段不受影响。碳酸锂沉淀正常。"),
             ("p", "预防：计量泵每班巡检一次，加流量报警。")])
    lab(n, "clear", [], [], [], "other", "zh", True,
        "lithium-ion black-mass leach incident with P204/P507 — battery recycling, not rare earth")

    # 10 safety 整改单 RE plant
    n = "安全隐患整改通知单_0612.docx"
    docx(n, [("h", "安全隐患整改通知单"),
             ("t", [["被检查单位", "分离车间、电解车间、磁材车间", "检查日期", "2025-06-12"],
                    ["检查人", "安环部 郑、钱", "整改期限", "2025-06-19"]]),
             ("t", [["序号", "隐患", "整改要求", "责任人"],
                    ["1", "萃取厂房2楼盐酸储罐围堰有裂缝", "修补围堰，配吸附棉", "周"],
                    ["2", "电解车间3名员工未戴防护面罩出金属", "班前会教育，扣当月安全奖", "付"],
                    ["3", "氢碎区域氢气报警器过期未校", "联系厂家校验", "孙"],
                    ["4", "烧结炉旁堆放纸箱", "清理", "杨"],
                    ["5", "液碱卸车无人监护", "制定卸车双人确认制度", "周"]]),
             ("p", "请各车间按期整改并回复整改照片。")])
    lab(n, "clear", [], [], [], "other", "zh", True,
        "safety rectification notice across RE separation/electrolysis/magnet shops; no process values")

    # 11 voice transcript shift schedule
    n = "语音转文字_班长排班.txt"
    txt(n, """
班长 老马 语音 1:02
明天开始换成四班三倒啊，一班白班二班中班三班夜班四班休息，轮着来，表我发群里了。那个小吴你老婆生孩子请的假我批了，七天，回来补个请假单。压机那边人手不够就从磨床借一个人过来，借谁我跟主任商量一下。

班长 老马 语音 0:24
还有啊，上班别玩手机了，昨天检查的来又拍到了，扣了五十，再拍到扣一百。
""")
    lab(n, "clear", [], [], [], "other", "zh", False, "shift roster and leave voice message in a magnet shop")

    # 12 incoming inspection of bought magnets
    n = "来料检验记录_磁钢_2025Q2.xlsx"
    rows = [["日期", "供应商", "牌号", "规格", "数量pcs", "Br实测kGs", "Hcj实测kOe", "尺寸", "镀层", "盐雾", "判定"]]
    for i in range(15):
        g = R.choice([("N42SH", 13.1, 19.5), ("N45UH", 13.4, 25.8), ("N38", 12.4, 12.6)])
        rows.append(["2025-04-%02d" % (2 + i * 2), R.choice(["宁波某磁业", "赣州某磁材", "包头某磁材"]), g[0],
                     R.choice(["40×10×3", "F25×8×2.5", "D10×5"]), R.choice([5000, 8000, 12000]),
                     round(g[1] + R.uniform(-0.1, 0.15), 2), round(g[2] + R.uniform(-0.5, 0.8), 1),
                     "合格", R.choice(["NiCuNi", "环氧"]), "48h合格", "合格"])
    xlsx(n, [("检验", rows)], author="IQC")
    lab(n, "clear", [], [], [], "parameter-sheet", "zh", True,
        "motor plant incoming inspection of purchased NdFeB grades — mention only")

    # 13 motor workshop magnet insertion chat
    n = "微信聊天记录/电机装配_插磁钢.txt"
    txt(n, wechat("转子装配线", "2025-06-05 19:00", [
        ("线长-蒋", "10:12", "转子插磁钢的胶水今天换了供应商，固化时间120℃ 30分钟，烘箱改一下"),
        ("小段", "10:15", "好的，磁钢方向检测仪也要点检一下吧，昨天有2个插反的"),
        ("线长-蒋", "10:16", "对，上班先用标准件点检，插反的挑出来退磁返工"),
        ("品质-Amy", "11:00", "N45UH那批磁钢来料有缺角的，我已经开了MRB，先别用"),
    ]))
    lab(n, "clear", [], [], [], "other", "mixed", True, "motor rotor assembly using bought magnets; no magnet-making know-how")

    # 14 master-apprentice safety only (RE electrolysis shop)
    n = "带徒弟_第一周注意事项.txt"
    txt(n, """
新来的小兄弟 第一周 记住这几条（电解车间 付磊）

1. 劳保：阻燃服、面罩、隔热手套、劳保鞋，少一样不准进车间。
2. 炉子旁边不准放水瓶，地面不准有水，有水碰到高温料会炸。
3. 出金属的时候你只在旁边看，不要伸手，第一个月不上手。
4. 整流柜那边有电，门别乱开。
5. 吃饭轮流去，炉子边上必须有人。
6. 有事先问我，不知道的不要乱按按钮。
7. 下班交接本要签字，不会写就问。
""")
    lab(n, "clear", [], [], [], "other", "zh", True, "apprentice safety rules in electrolysis shop without any process parameters")

    # 15 cemented carbide sintering notes
    n = "硬质合金烧结炉笔记.txt"
    txt(n, """
低压烧结炉 YG8 （老唐教的）
脱蜡 200-450℃，氢气流量 慢升 每分钟1度，保温2h
烧结 1420℃保温60min，后段充氩压力 5MPa 做低压
冷却 随炉冷
成型剂是石蜡2%，压坯压力150MPa
钴含量8%的收缩大概18%，模具放尺按1.22
""")
    lab(n, "clear", [], [], [], "process-spec", "zh", True,
        "cemented carbide WC-Co sintering notes — sintering/pressing vocabulary, not a magnet")

    # 16 year-end/evaluation txt
    n = "班组月度考核_5月.txt"
    txt(n, """
磁材车间 氢碎气流磨班 5月考核
出勤：满勤 孙红梅、陈亮、许可；请假 王晓（病假2天）
安全：无事故
5S：第二名
产量：完成计划 102%
奖金系数：孙1.2 陈1.1 许1.1 王1.0
扣分：6/2 气流磨区饮料瓶 -2分
班长：孙红梅
""")
    lab(n, "clear", [], [], [], "other", "zh", True, "monthly team evaluation for a HD/jet mill team; stages named, no know-how")

    # 17 nickel electrowinning tank house
    n = "镍电解车间_槽面巡检表.csv"
    rows = [["日期", "槽号", "电流kA", "槽电压V", "阳极液pH", "Ni g/L", "温度℃", "巡检人", "问题"]]
    for i in range(16):
        rows.append(["2025-05-%02d" % (1 + i), "N-%02d" % R.randint(1, 40), 18, round(R.uniform(3.6, 3.9), 2),
                     round(R.uniform(1.8, 2.3), 1), R.randint(68, 74), R.randint(58, 62), R.choice(["聂", "吕", "何"]),
                     R.choice(["", "", "隔膜袋破", "短路1处", "阴极长粒子"])])
    csvfile(n, rows)
    lab(n, "clear", [], [], [], "parameter-sheet", "zh", True, "nickel electrolysis tank-house patrol CSV (GB18030)")



def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    random.seed(20250618)
    ctx = dict(txt=txt, docx=docx, xlsx=xlsx, csvfile=csvfile, wechat=wechat, qq=qq, lab=lab)
    build_controlled(ctx)
    build_clear(ctx)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(LABELS), "documents")


if __name__ == "__main__":
    main()
