"""Content of the held-out format evaluation batch B (see ``make_format_corpus_b.py``).

Every company, person, drawing number, address and value is fictional. Labels follow
``shared/docs/DOMAIN.md``. This module holds text and labels only; rendering is done by
``make_format_corpus_b.py``.
"""

from __future__ import annotations

from typing import Any

CODES = {"": [], "a": ["1E902.a"], "b": ["1E902.b"], "ab": ["1E902.a", "1E902.b"]}


def L(verdict: str, codes: str, cats: str, carrier: str, lang: str, note: str, mags: str = "",
      hn: bool = False, excl: str | None = None) -> dict[str, Any]:
    """Label record. ``cats``/``mags`` are space separated; ``codes`` is '', 'a', 'b' or 'ab'."""
    return {
        "verdict": verdict,
        "control_codes": CODES[codes],
        "categories": cats.split(),
        "magnet_types": mags.split(),
        "carrier": carrier,
        "exclusion": excl,
        "language": lang,
        "hard_negative": hn,
        "note": note,
    }


def clear(carrier: str, lang: str, note: str, hn: bool = True) -> dict[str, Any]:
    return L("clear", "", "", carrier, lang, note, hn=hn)


# ======================================================================================
# DXF drawings
# ======================================================================================
GB_CAPTIONS = [
    (1, 1.8, "批准"), (1, 8.8, "工艺"), (1, 15.8, "审核"), (1, 22.8, "标准化"), (1, 29.8, "设计"),
    (1, 36.8, "标记"), (13, 36.8, "处数"), (29, 36.8, "分区"), (45, 36.8, "更改文件号"),
    (57, 50.8, "签名"), (57, 36.8, "年.月.日"),
    (73, 52, "材料标记"), (73, 19.5, "阶段标记"), (93, 19.5, "重量"), (113, 19.5, "比例"),
    (131, 52, "单位名称"), (131, 33, "图样名称"), (131, 14.5, "图样代号"),
]
EN_CAPTIONS = [
    (1, 1.8, "APPR."), (1, 8.8, "PROC."), (1, 15.8, "CHKD"), (1, 22.8, "STD"), (1, 29.8, "DRAWN"),
    (1, 36.8, "REV"), (13, 36.8, "ZONE"), (29, 36.8, "ECN"), (45, 36.8, "BY"), (57, 36.8, "DATE"),
    (73, 52, "MATERIAL"), (73, 19.5, "STAGE"), (93, 19.5, "WEIGHT"), (113, 19.5, "SCALE"),
    (131, 52, "COMPANY"), (131, 33, "TITLE"), (131, 14.5, "DWG NO."),
]
ZH_LAYERS = {
    "图框": (7, "Continuous"), "粗实线": (7, "Continuous"), "细实线": (3, "Continuous"),
    "中心线": (1, "CENTER"), "虚线": (2, "DASHED"), "尺寸标注": (4, "Continuous"), "文字": (7, "Continuous"),
}
ZH_MAP = {"frame": "图框", "outline": "粗实线", "center": "中心线", "hidden": "虚线", "dim": "尺寸标注",
          "text": "文字"}
EN_LAYERS = {
    "BORDER": (7, "Continuous"), "OBJECT": (7, "Continuous"), "CENTER": (1, "CENTER"), "HIDDEN": (2, "DASHED"),
    "DIM": (4, "Continuous"), "NOTES": (7, "Continuous"), "TITLE": (7, "Continuous"),
}
EN_MAP = {"frame": "BORDER", "outline": "OBJECT", "center": "CENTER", "hidden": "HIDDEN", "dim": "DIM",
          "text": "NOTES"}


def _zh(**kw: Any) -> dict[str, Any]:
    d = {"layers": ZH_LAYERS, "layer_map": ZH_MAP, "layers_tb": "图框", "tb_captions": GB_CAPTIONS}
    d.update(kw)
    return d


def _en(**kw: Any) -> dict[str, Any]:
    d = {"layers": EN_LAYERS, "layer_map": EN_MAP, "layers_tb": "TITLE", "tb_captions": EN_CAPTIONS}
    d.update(kw)
    return d


DXF: list[dict[str, Any]] = [
    _zh(
        name="b-dxf-01.dxf",
        label=L("controlled", "a", "magnet-manufacturing", "drawing", "zh",
                "magnet plant grinding/chamfer/plating operation drawing for N48SH arc segment: wheel grits, "
                "feeds, tumbling, NiCuNi plating pre-treatment and current density, tempering of blank",
                mags="NdFeB"),
        geom="arc_segment",
        g={"ro": 38.5, "ri": 33.0, "angle": 30, "length": 42.0, "scale": 2.0, "at": (110, 120)},
        tb={"UNIT": "甬江磁材科技有限公司", "NAME": "弧形磁钢(工序3 磨加工)", "DWGNO": "YJ-GX-4821-03",
            "MATERIAL": "N48SH 烧结钕铁硼 毛坯", "SCALE": "2:1", "DESIGN": "陈立伟", "CHECK": "周 敏",
            "PROCESS": "许海东", "APPROVE": "王建国", "DATE": "2025.03.18", "WEIGHT": "0.041kg",
            "STAGE": "S", "SHEET": "共1张 第1张"},
        notes="技术要求\n"
              "1. 毛坯为烧结态 N48SH,须经一级回火 900℃×3h、二级回火 490℃×4h(风冷)后方可转入本工序;"
              "取向方向沿厚度方向(见图示箭头),取向偏角≤3°。\n"
              "2. 外弧 R38.5 用成型金刚石砂轮 D126 粗磨,单边留余量0.15;精磨 D76,进给0.005mm/行程,"
              "砂轮线速 25m/s,冷却液为5%水基防锈乳化液,pH 8.5~9.5,每班检测浓度。\n"
              "3. 内弧 R33 采用双头仿形磨,工件夹持用非导磁 SUS304 夹具;磨削后退磁至≤2Gs。\n"
              "4. 倒角 C0.2~0.3:振动研磨2h,棕刚玉三角磨料3×5,研磨液2%,料:磨料=1:3(体积)。\n"
              "5. 表面处理:NiCuNi 电镀,总厚12~20μm(Ni 5~7 / Cu 4~8 / Ni 5~7)。"
              "前处理:除油60℃×10min→酸洗3%HNO3 20~30s→超声水洗→活化;预镀镍以0.3A/dm²启动,"
              "正常电流密度0.5~0.8A/dm²;镀后150℃×2h除氢。\n"
              "6. 充磁前抽检:Br≥1.36T,HcJ≥1592kA/m(20kOe);180℃开路磁通不可逆损失≤3%(Pc=1)。\n"
              "7. 未注尺寸公差按GB/T 1804-m,未注形位公差按GB/T 1184-K。\n"
              "注:本图代替 YJ-GX-4821-02(旧版精磨余量0.20,已作废)。",
        notes_at=(30, 285, 200),
        texts=[(235, 88, "取向方向 →", 3.0), (235, 82, "内弧、外弧 Ra0.8 其余 Ra1.6", 3.0),
               (235, 76, "磨削余量见技术要求第2条", 3.0)],
    ),
    _zh(
        name="b-dxf-02.dxf",
        label=clear("drawing", "zh",
                    "motor maker's rotor magnet part drawing: bought N42SH segment with dimensions, coating "
                    "thickness, Br/HcJ acceptance and incoming AQL; product spec, no magnet process"),
        geom="block",
        g={"at": (70, 150), "views": [(80, 24, "主视图"), (80, 60, "俯视图"), (24, 60, "左视图")], "gap": 30},
        tb={"UNIT": "华驰电机股份有限公司", "NAME": "转子磁钢 Rotor magnet", "DWGNO": "HC-PMSM220-0123",
            "MATERIAL": "N42SH(外购件)", "SCALE": "5:1", "DESIGN": "刘洋", "CHECK": "孙俊峰",
            "APPROVE": "何平", "DATE": "2024.11.05", "WEIGHT": "0.087", "STAGE": "B", "SHEET": "共1张 第1张"},
        notes="技术要求\n"
              "1. 本件为外购件,供方须满足 Q/HC 3021-2023《永磁体采购技术条件》及图纸要求。\n"
              "2. 牌号 N42SH:Br 1.29~1.33T,HcJ≥1592kA/m,(BH)max 318~342kJ/m³,每批提供退磁曲线(20℃/150℃)。\n"
              "3. 表面镀 NiCuNi,总厚≥15μm,中性盐雾 48h 无红锈;附着力按 GB/T 5270 热震法。\n"
              "4. 充磁方向如图(沿 24 方向),N极面打点标识,装配前保持未充磁状态交货(按订单约定)。\n"
              "5. 每批随货提供 RoHS/REACH 声明及出厂检测报告,包装内用隔磁泡棉。\n"
              "6. 来料检验按 GB/T 2828.1 一般检验水平Ⅱ,AQL 0.65;尺寸全检项目:长、宽、厚。\n"
              "7. 磁钢装入转子铁芯槽后用 LOCTITE 326+促进剂粘接,槽内间隙 0.05~0.15。",
        notes_at=(30, 285, 190),
        bom=[["序", "代号", "名称", "数量", "材料", "备注"],
             ["1", "HC-PMSM220-0123", "转子磁钢", "48", "N42SH", "外购 3家合格供方"],
             ["2", "HC-PMSM220-0101", "转子铁芯", "1", "B35AV1900", ""]],
        bom_at=(235, 100),
    ),
    _en(
        name="b-dxf-03.dxf",
        label=L("controlled", "a", "separation", "drawing", "en",
                "design-institute GA of P507 Pr/Nd mixer-settler with process design basis: extractant and "
                "saponification, stage counts, O/A, scrub/strip acidity, residence time, settler loading"),
        geom="block",
        g={"at": (45, 150), "views": [(48, 48, "MIXER (PLAN)"), (144, 48, "SETTLER (PLAN)")], "gap": 4,
           "inner": {1: [(4, 4, 8, 40), (132, 4, 8, 40)]}, "holes": {0: [(24, 24, 13)]}},
        tb={"UNIT": "NORTHERN RE ENGINEERING & DESIGN INSTITUTE", "NAME": "MIXER-SETTLER 1.2m3 GA",
            "DWGNO": "NRED-2024-SX-017-GA", "MATERIAL": "PVC-U 12THK + FRP", "SCALE": "1:20",
            "DESIGN": "Y. ZHAO", "CHECK": "L. QIAN", "APPROVE": "H. SUN", "DATE": "2024-08-22",
            "REV": "B", "STAGE": "IFC", "SHEET": "1 OF 3"},
        notes="PROCESS DESIGN BASIS (Pr/Nd SPLIT, LINE 2)\n"
              "1. FEED: PrNd CHLORIDE FROM Ce/Pr CUT, 1.35 mol/L REO BASIS, pH 2.0-2.5, Pr6O11/TREO ~24%.\n"
              "2. ORGANIC: P507 (HEH/EHP) 1.5 mol/L IN SULFONATED KEROSENE; SAPONIFICATION 36% (NH4OH, "
              "NaOH OPTION), SAPONIFIED ORGANIC TO STAGE 1 VIA HEAD TANK T-203.\n"
              "3. CASCADE: 60 EXTRACTION + 35 SCRUB + 10 STRIP = 105 UNITS OF THIS TYPE. "
              "O/A (EXTRACTION) 1.8:1; SCRUB 4.2 N HCl AT 0.32 x FEED FLOW; STRIP 5.5 N HCl.\n"
              "4. MIXER: RESIDENCE 3.5 min, PUMP-MIX IMPELLER D320 AT 280 rpm (VFD 180-360), TIP SPEED "
              "< 4.7 m/s (AVOID STABLE EMULSION); AQUEOUS RECYCLE TO KEEP O/A 1:1 IN MIXER.\n"
              "5. SETTLER: SPECIFIC LOADING 4.0 m3/(m2.h) COMBINED, L x W 3600 x 1200, ORGANIC DEPTH 250, "
              "AQUEOUS 350, PICKET FENCE AT 600 FROM INLET, ADJ. WEIR +/-40.\n"
              "6. PRODUCT TARGETS: Nd2O3/TREO >= 99.5%, Pr6O11/TREO >= 99.0%, Pr IN Nd <= 0.3%.\n"
              "7. ALL NOZZLES PN10 DIN FLANGES, PP-H. ALL DIMS IN mm. DO NOT SCALE.",
        notes_at=(30, 285, 220),
        texts=[(45, 135, "INTERSTAGE PORTS AT 300 FROM BASE", 2.5), (200, 135, "WEIR DETAIL SEE SHT 2", 2.5)],
    ),
    _zh(
        name="b-dxf-04.dxf",
        version="R2000",
        encoding="gbk",
        label=L("controlled", "a", "metal-smelting", "drawing", "zh",
                "R2000/ANSI_936 assembly drawing of 6 kA fluoride-bath Nd/PrNd electrolysis cell; notes give "
                "NdF3-LiF ratio, temperature, electrode current densities, cell voltage, feed rate, tapping"),
        geom="cell",
        g={"radii": [680, 760, 1100, 1300], "cathode": 70, "anode_r": 240, "depth": 750, "immersion": 380,
           "k": 0.09},
        tb={"UNIT": "北方恒昌稀土金属有限公司", "NAME": "6kA稀土电解槽 槽体装配图", "DWGNO": "HC-DJ6K-000",
            "MATERIAL": "见明细表", "SCALE": "1:10", "DESIGN": "李 强", "CHECK": "赵春生", "APPROVE": "高志远",
            "DATE": "2023.09.02", "WEIGHT": "2.6t", "STAGE": "A", "SHEET": "共4张 第1张"},
        notes="技术要求\n"
              "1. 电解质体系 NdF3-LiF(质量比 89:11),电解温度 1040±15℃;原料 Nd2O3 或 PrNd 氧化物"
              "(Pr:Nd=25:75),点式连续加料,加料量按 0.9~1.1kg/(kA·h) 控制。\n"
              "2. 阴极:钨棒 Φ70,插入深度 380;阴极电流密度 6.5~7.5A/cm2。阳极:4块高纯石墨"
              "(灰分≤50ppm)拼装,阳极电流密度 0.9~1.1A/cm2,极距 90~110。\n"
              "3. 槽电压 9.5~10.5V,电流效率≥78%,单槽日产金属≥42kg。\n"
              "4. 石墨坩埚内径 Φ680 深 750,外砌刚玉-莫来石砖保温;钼接金属坩埚 Φ160。\n"
              "5. 每 4h 虹吸出炉一次,金属液浇入铁模,出炉后补加电解质 LiF 0.8kg/次。\n"
              "6. 集气罩负压 -20~-50Pa,氟化物烟气接入干法净化系统。\n"
              "7. 钨阴极端部烧损超过 15mm 时更换,石墨阳极按消耗 0.12kg/kg-Nd 逐块更换。",
        notes_at=(260, 285, 150),
        bom=[["序", "代号", "名称", "数", "材料", "备注"],
             ["1", "HC-DJ6K-01", "石墨坩埚", "1", "高纯石墨", "Φ680×750"],
             ["2", "HC-DJ6K-02", "钨阴极", "1", "W≥99.95", "Φ70"],
             ["3", "HC-DJ6K-03", "石墨阳极", "4", "高纯石墨", "灰分≤50ppm"],
             ["4", "HC-DJ6K-04", "钼坩埚", "1", "Mo1", "Φ160"]],
        bom_at=(235, 61),
    ),
    _en(
        name="b-dxf-05.dxf",
        version="R12",
        label=clear("drawing", "en",
                    "R12 drawing of a 400 kA Hall-Heroult aluminium pot cathode: cryolite bath, AlF3, cathode "
                    "blocks and ramming paste; fluoride-bath electrolysis but aluminium, not rare earth"),
        geom="pot",
        g={},
        tb={"UNIT": "GULF SMELTER PROJECTS FZE", "NAME": "POT SHELL & CATHODE ASSY", "DWGNO": "GSP-400-C-1102",
            "MATERIAL": "SEE LIST", "SCALE": "1:40", "DESIGN": "R. NAIR", "CHECK": "P. DUBOIS",
            "APPROVE": "K. AL-HASHMI", "DATE": "2022-02-14", "REV": "D", "STAGE": "AFC", "SHEET": "1/1"},
        notes="NOTES\n"
              "1. PREBAKE CELL 400 kA, 20 CATHODE BLOCKS 3690 x 515 x 450 GRAPHITIZED GRADE.\n"
              "2. COLLECTOR BARS 180 x 90 STEEL, CAST-IRON RODDED, 2 PER BLOCK.\n"
              "3. SIDE LINING SiC-Si3N4 BRICKS, COLD RAMMING PASTE BETWEEN BLOCKS, JOINT 35.\n"
              "4. DESIGN BATH: CRYOLITE RATIO 2.3-2.5, EXCESS AlF3 10-12%, CaF2 5%, 955-962 DEG C.\n"
              "5. ACD 45 NOMINAL; METAL PAD 220; BATH HEIGHT 200.\n"
              "6. PREHEAT BY RESISTOR (COKE BED) 72 h BEFORE BATH START, SEE PROC. GSP-OP-015.\n"
              "7. ALL WELDS PER AWS D1.1. DIMENSIONS IN mm.",
        notes_at=(30, 285, 200),
        layers={"BORDER": (7, "Continuous"), "OBJECT": (7, "Continuous"), "CENTER": (1, "Continuous"),
                "HIDDEN": (2, "Continuous"), "DIM": (4, "Continuous"), "NOTES": (7, "Continuous"),
                "TITLE": (7, "Continuous")},
    ),
    _zh(
        name="b-dxf-06.dxf",
        label=L("controlled", "b", "magnet-manufacturing", "drawing", "zh",
                "foundation and installation/commissioning requirements for an NdFeB vacuum sintering furnace "
                "line (levelling, leak rate, bake-out, hot trial, SAT, PM intervals); sinter curve only as "
                "reference -> b", mags="NdFeB"),
        geom="foundation",
        g={"size": (6800, 3200), "k": 0.045,
           "bolts": [(400, 400), (400, 2800), (3400, 400), (3400, 2800), (6400, 400), (6400, 2800),
                     (1900, 1600), (4900, 1600)],
           "pits": [(800, 900, 1800, 1400), (4300, 900, 1600, 1400)]},
        tb={"UNIT": "甬江磁材科技有限公司 设备部", "NAME": "VSF-1000真空烧结炉 安装基础图",
            "DWGNO": "YJ-SB-VSF1000-J01", "MATERIAL": "C30混凝土", "SCALE": "1:50", "DESIGN": "邵 勇",
            "CHECK": "韩立新", "APPROVE": "王建国", "DATE": "2025.01.09", "STAGE": "S",
            "SHEET": "共2张 第1张"},
        notes="安装调试技术要求\n"
              "一、安装\n"
              "1. 基础混凝土 C30,预埋地脚螺栓 M24×600,二次灌浆养护≥72h后方可紧固。\n"
              "2. 炉体水平度≤0.5/1000;料车导轨平行度≤1mm/全长,接头错位≤0.2mm。\n"
              "3. 冷却水压力 0.2~0.3MPa,进水温度≤30℃;氩气管路用 EP 级不锈钢管,焊后氦检漏。\n"
              "二、调试\n"
              "4. 冷态:空炉抽至 6×10⁻³Pa 用时≤45min,压升率≤0.65Pa/h。\n"
              "5. 空炉烘炉:按 200℃/h 升至 1150℃ 保温2h除气,记录真空度曲线。\n"
              "6. 热态试运行:装载 300kg 工艺试料,按工艺卡 SJ-WI-07 标准曲线(参考 1065℃×5h)运行3炉;"
              "炉温均匀性±5℃(9点测温,参照 AMS2750 Class 2)。\n"
              "7. 风冷:充氩至 80kPa,1065→100℃ 时间≤90min。\n"
              "8. 验收:连续3炉样块性能离散 Br≤±0.01T 满足工艺要求后签署 SAT。\n"
              "三、维护\n"
              "9. 石墨隔热屏每300炉检查一次;扩散泵油每6个月更换;热电偶每季度校验。",
        notes_at=(30, 285, 200),
        texts=[(50, 68, "地脚螺栓孔 8-Φ60 深650(预留)", 3.0), (50, 62, "料车坑 -0.350", 3.0)],
    ),
    _zh(
        name="b-dxf-07.dxf",
        label=L("controlled", "a", "mining", "drawing", "zh",
                "in-situ leaching well-grid and liquor-collection layout for ion-adsorption clay stope: hole "
                "spacing/depth, ammonium or magnesium sulfate strength, injection rate, collection, "
                "impurity removal and bicarbonate precipitation"),
        geom="well_grid",
        g={"spacing": 2.5, "k": 2.2, "top": 365, "seed": 11},
        layers={**ZH_LAYERS, "等高线": (8, "Continuous"), "注液孔": (1, "Continuous"),
                "收液系统": (5, "Continuous")},
        layer_map={**ZH_MAP, "contour": "等高线", "wells": "注液孔", "ditch": "收液系统"},
        tb={"UNIT": "赣南龙川稀土矿业有限公司", "NAME": "3#采场原地浸矿注液井网布置图", "DWGNO": "LC-CK3-ZY-02",
            "MATERIAL": "—", "SCALE": "1:500", "DESIGN": "钟伟", "CHECK": "赖国平", "APPROVE": "刘志华",
            "DATE": "2024.04.26", "STAGE": "施工图", "SHEET": "共3张 第2张"},
        notes="说明\n"
              "1. 注液孔网度 2.5m×2.5m 梅花形布置;人工孔径 Φ0.8m,机钻孔 Φ200;孔深穿过全风化层"
              "进入半风化层 0.5m,一般 3~8m,孔口以上 0.5m 用黏土封孔。\n"
              "2. 浸矿剂:硫酸铵溶液,前期浓度 2.0~3.0%,中后期 1.0%;低氨氮试验块改用硫酸镁 1.5~2.5%;"
              "浸矿液 pH 4.5~5.5。\n"
              "3. 注液强度 0.4~0.6m³/(孔·d),液固比 0.8~1.2:1,浸矿周期 150~200d;母液浓度低于"
              "0.1g/L REO 时转顶水,顶水用清水。\n"
              "4. 收液:山脚布导流孔 Φ100,间距 5m,仰角 5°~8°,孔深 15~25m;集液沟→集液池(V=800m³)。\n"
              "5. 母液除杂:碳酸氢铵调 pH 5.0~5.2 除铝,澄清 4h;上清液以碳酸氢铵沉淀"
              "(RE:NH4HCO3=1:2.5 质量比),得混合碳酸稀土,灼减后 REO≥45%。\n"
              "6. 上清废水回配浸矿剂,氨氮回收率≥85%;采场四周设监测井 6 口。\n"
              "7. 高程系统:1985国家高程基准;坐标:CGCS2000。",
        notes_at=(260, 285, 150),
    ),
    _zh(
        name="b-dxf-08.dxf",
        label=clear("drawing", "zh",
                    "wet-pressing mould for strontium ferrite (Y30BH) arc segments; orientation field and slurry "
                    "only for ferrite - not an SmCo/NdFeB/Ce magnet"),
        geom="mold",
        g={"size": (180, 120), "cavities": 4},
        tb={"UNIT": "东阳宏磁电子有限公司 模具车间", "NAME": "Y30BH磁瓦 湿压成型模(4穴)", "DWGNO": "HC-MJ-Y30-0426",
            "MATERIAL": "Cr12MoV", "SCALE": "1:1", "DESIGN": "葛晓明", "CHECK": "陈彬", "APPROVE": "吴红",
            "DATE": "2024.06.13", "WEIGHT": "18.5kg", "STAGE": "S", "SHEET": "共1张 第1张"},
        notes="技术要求\n"
              "1. 模芯材料 Cr12MoV,淬火+回火 HRC58~62,型腔抛光 Ra0.2,硬质合金镶件 YG15。\n"
              "2. 适用料浆:锶铁氧体 Y30BH 湿法料浆,固含量 66~68%,平均粒度 0.9~1.0μm。\n"
              "3. 成型取向磁场≥8000Oe(线圈电流按设备铭牌),成型压力 4~5MPa,抽水真空度≤-0.08MPa。\n"
              "4. 上模滤水布 2 层(涤纶 + 滤纸),每 2000 模次更换。\n"
              "5. 生坯收缩率按 1.18 放样(烧结 1200℃ 隧道窑,另见窑炉工艺卡)。\n"
              "6. 未注倒角 C0.5,未注公差 ±0.05。",
        notes_at=(30, 285, 200),
        texts=[(50, 100, "A-A 型腔放大 2:1", 3.0)],
    ),
    _en(
        name="b-dxf-09.dxf",
        label=L("controlled", "a", "recycling", "drawing", "en",
                "process arrangement of NdFeB grinding-sludge oxidising roast kiln and selective HCl leach "
                "tank with notes on roast temperature, leach acidity/end pH, oxalate precipitation, recovery"),
        geom="kiln",
        g={},
        tb={"UNIT": "GREENLOOP MATERIALS (SUZHOU) CO., LTD.", "NAME": "SLUDGE ROAST & LEACH - PROCESS ARR.",
            "DWGNO": "GLM-RC2-PA-003", "MATERIAL": "-", "SCALE": "1:50", "DESIGN": "M. XU",
            "CHECK": "T. WANG", "APPROVE": "J. KOH", "DATE": "2025-05-30", "REV": "C", "STAGE": "DD",
            "SHEET": "1 OF 1"},
        notes="PROCESS NOTES\n"
              "1. FEED: NdFeB GRINDING / WIRE-SAW SLUDGE (OIL 8-15%, H2O 20-30%, TREO 25-30% DRY). "
              "DE-OIL IN DRYER D-201 AT 250 C, OFFGAS TO RTO.\n"
              "2. KILN K-202 D1200 x 12000, SLOPE 3%, 1.5 rpm, INDIRECT FIRED. OXIDISING ROAST 780 +/- 20 C, "
              "RESIDENCE 2 h, EXCESS AIR 1.3; TARGET Fe2+ < 0.5% IN CALCINE.\n"
              "3. LEACH R-203 (FRP-LINED, 6 m3): HCl 6 N, L/S 3:1, 85 C, 2 h; END pH 4.0-4.5 SO THAT Fe STAYS "
              "AS Fe2O3 (SELECTIVE LEACH); Co/Ni < 5 ppm IN PLS.\n"
              "4. PLS -> OXALIC ACID 1.2 x STOICH, 60 C, 30 min -> RE OXALATE; CALCINE 900 C 2 h.\n"
              "5. KPIs: RE RECOVERY >= 96%, MIXED REO PURITY >= 99.0%, Fe2O3 < 0.05%.\n"
              "6. FILTER CAKE (HEMATITE) TO YARD WITH MOISTURE < 25%.",
        notes_at=(30, 285, 200),
        texts=[(40, 190, "K-202 ROTARY KILN", 3.5), (95, 100, "R-203 LEACH TANK", 3.5)],
    ),
    {
        "name": "b-dxf-10.dxf",
        "version": "R12",
        "encoding": "gbk",
        "label": L("excluded", "a", "magnet-manufacturing", "drawing", "zh",
                   "R12/ANSI_936 patent figures (说明书附图) of a hydrogen-decrepitation device for NdFeB with "
                   "reference numerals, prepared for a CN application -> patent-filing exclusion",
                   mags="NdFeB", excl="patent-filing"),
        "layers": {"OUTLINE": (7, "Continuous"), "TEXT": (7, "Continuous"), "FRAME": (8, "Continuous")},
        "layer_map": {"frame": "FRAME", "outline": "OUTLINE", "text": "TEXT", "dim": "TEXT",
                      "center": "OUTLINE", "hidden": "OUTLINE"},
        "sheet": (210, 297),
        "frame": False,
        "geom": "patent",
        "g": {"boxes": [(40, 150, 60, 90), (45, 160, 50, 70), (120, 200, 40, 30), (120, 150, 40, 30),
                        (40, 100, 60, 30), (130, 100, 30, 25)],
              "pipes": [[(95, 230), (120, 215)], [(100, 170), (120, 165)], [(70, 150), (70, 130)],
                        [(100, 115), (130, 112)], [(140, 150), (140, 125)]],
              "circles": [(70, 195, 18), (140, 215, 6)],
              "leaders": [(1, (60, 235), (30, 255)), (2, (45, 190), (22, 200)), (3, (70, 195), (30, 175)),
                          (4, (140, 225), (170, 250)), (5, (150, 165), (175, 170)), (6, (70, 115), (25, 110)),
                          (7, (140, 112), (175, 100)), (8, (110, 112), (112, 85))]},
        "texts": [(85, 282, "说 明 书 附 图", 5.0), (180, 282, "1/2", 3.5), (90, 60, "图1", 5.0),
                  (20, 40, "1-反应罐;2-加热炉;3-料筐;4-氢气缓冲罐;5-真空机组;", 3.2),
                  (20, 34, "6-冷却室;7-氩气回充阀;8-出料阀", 3.2),
                  (20, 20, "申请人:甬江磁材科技有限公司  代理机构:宁波知行专利代理事务所", 2.8)],
    },
]


# ======================================================================================
# STEP (ISO 10303-21) exports
# ======================================================================================
SW_SCHEMA = "AUTOMOTIVE_DESIGN { 1 0 10303 214 1 1 1 1 }"
NX_SCHEMA = "AP242_MANAGED_MODEL_BASED_3D_ENGINEERING_MIM_LF { 1 0 10303 442 1 1 4 }"
CREO_SCHEMA = "CONFIG_CONTROL_DESIGN"

STEP: list[dict[str, Any]] = [
    {
        "name": "b-step-01.step",
        "system": "sw",
        "schema_short": "automotive_design",
        "label": L("controlled", "a", "magnet-manufacturing", "drawing", "mixed",
                   "SolidWorks export of NdFeB orientation-pressing die; part notes give orienting field, "
                   "pressing pressure, powder size, fill and green density and CIP pressure", mags="NdFeB"),
        "header": {"description": ["SolidWorks 2022 SP5.0 STEP AP214"], "file": "YJ-MJ-0457 取向成型模.STEP",
                   "time": "2025-02-11T15:40:22", "author": [""], "org": [""], "preproc": "SwSTEP 2.0",
                   "system": "SolidWorks 2022", "schema": SW_SCHEMA},
        "parts": [
            {"id": "YJ-MJ-0457", "name": "取向成型模 40x30x20 4穴 总装", "desc": "烧结钕铁硼 方块 取向压制",
             "props": [("成型工艺", "取向磁场≥1.8T 脉冲3次;压制压力98MPa(1.0t/cm2) 保压5s;退磁脉冲反向0.3T"),
                       ("粉料", "气流磨粉 D50 3.2~3.5um,加防氧化剂0.08wt%+润滑剂0.05wt%,装粉密度2.1g/cm3"),
                       ("密度", "压坯密度4.2~4.4g/cm3;冷等静压200MPa x 60s后4.6~4.7g/cm3"),
                       ("Revision", "C 2025-02 加大脱模斜度")]},
            {"id": "YJ-MJ-0457-01", "name": "阴模 Die", "desc": "无磁钢 50Mn18Cr4V HRC45", "box": (160, 120, 60),
             "material": "50Mn18Cr4V non-magnetic"},
            {"id": "YJ-MJ-0457-02", "name": "上冲头 Upper punch", "desc": "导磁 DT4 电工纯铁 表面镀硬铬",
             "box": (40.2, 30.2, 45), "at": (20, 20, 60), "material": "DT4"},
            {"id": "YJ-MJ-0457-03", "name": "下冲头 Lower punch", "desc": "导磁 DT4", "box": (40.2, 30.2, 40),
             "at": (20, 20, -40), "material": "DT4"},
            {"id": "YJ-MJ-0457-04", "name": "极头 Pole piece", "desc": "FeCo 1J22", "box": (60, 50, 20),
             "at": (10, 10, 110), "material": "1J22"},
        ],
    },
    {
        "name": "b-step-02.stp",
        "system": "creo",
        "schema_short": "config_control_design",
        "ap_year": 1994,
        "label": L("controlled", "a", "metal-smelting", "drawing", "zh",
                   "Creo assembly of Ta-crucible retort for calciothermic reduction of TbF3 with process notes "
                   "(Ca excess, vacuum/argon, temperature and hold, slag/metal split, vacuum distillation)"),
        "header": {"description": ["钙热还原反应罐装配"], "file": "hrt-tb-0200_asm.stp",
                   "time": "2024-10-17T09:02:51", "author": ["lihong"], "org": ["恒昌稀土 技术中心"],
                   "preproc": "PTC Creo Parametric by PTC Inc, 2021031",
                   "system": "PTC Creo Parametric by PTC Inc, 2021031", "schema": CREO_SCHEMA},
        "parts": [
            {"id": "HRT-TB-0200_ASM", "name": "铽金属钙热还原反应罐", "desc": "中频感应加热 还原-蒸馏一体",
             "props": [("PTC_COMMON_NAME", "反应罐总装"),
                       ("工艺说明1", "TbF3经HF气氛干燥至O≤300ppm;金属钙(蒸馏级99.9%)过量10~15%,屑状与TbF3混匀"),
                       ("工艺说明2", "抽真空≤5×10^-3Pa后充高纯Ar至0.05MPa;升温1450~1550℃保温15~20min,渣金分离"),
                       ("工艺说明3", "粗铽经真空蒸馏1650℃去Ca、CaF2夹杂,铽回收率≥95%,Ca≤100ppm"),
                       ("DESIGNER", "李宏"), ("DATE", "2024-10-16")]},
            {"id": "HRT-TB-0201", "name": "钽坩埚", "desc": "Ta δ0.5 Φ120x180", "box": (120, 120, 180),
             "material": "TANTALUM"},
            {"id": "HRT-TB-0202", "name": "水冷铜感应圈", "desc": "T2 方管 10x10", "box": (200, 200, 220),
             "at": (-40, -40, -20), "material": "COPPER_T2"},
            {"id": "HRT-TB-0203", "name": "不锈钢真空罐体", "desc": "316L DN400", "box": (420, 420, 600),
             "at": (-150, -150, -100), "material": "316L"},
            {"id": "HRT-TB-0204", "name": "冷凝盖(收集Ca)", "desc": "水冷", "box": (200, 200, 30),
             "at": (-40, -40, 240)},
        ],
    },
    {
        "name": "b-step-03.stp",
        "system": "nx",
        "schema_short": "ap242_managed_model_based_3d_engineering",
        "ap_year": 2014,
        "label": clear("drawing", "en",
                       "NX export of an EV IPM rotor assembly; magnets are purchased parts per supplier spec, "
                       "glued and magnetised after assembly - motor design, no magnet-making technology"),
        "header": {"description": ["ROTOR ASSY EV-150KW"], "file": "RTR-150-000_asm.stp",
                   "time": "2025-04-02T11:18:06+02:00", "author": ["mkoenig"], "org": ["Drivelab GmbH"],
                   "preproc": "NX 2212 STEP AP242 translator", "system": "Siemens NX 2212",
                   "schema": NX_SCHEMA},
        "parts": [
            {"id": "RTR-150-000", "name": "ROTOR ASSY EV-150KW", "desc": "8-pole V-shape IPM, 16 magnets",
             "props": [("NOTE_1", "MAGNETS PURCHASED PER SPEC E-MAG-0042 (N38UH, NiCuNi/epoxy, Br>=1.22T)"),
                       ("NOTE_2", "INSERT MAGNETS WITH 2K EPOXY, CURE 120C 30 MIN; MAGNETISE ASSY 3.5T AFTER "
                                  "BALANCING G2.5"),
                       ("NOTE_3", "MAX SPEED 16000 RPM; BURST TEST 1.2 x MAX")]},
            {"id": "RTR-150-010", "name": "LAMINATION STACK", "desc": "NO20 0.2mm, 120 mm stack",
             "box": (180, 180, 120), "material": "NO20-1200"},
            {"id": "RTR-150-020", "name": "MAGNET SEGMENT", "desc": "BOUGHT OUT N38UH 40x6x20",
             "box": (40, 6, 20), "at": (50, 60, 0), "material": "NdFeB N38UH (purchased)"},
            {"id": "RTR-150-030", "name": "SHAFT", "desc": "42CrMo4 QT", "box": (50, 50, 420),
             "at": (65, 65, -150), "material": "42CrMo4"},
            {"id": "RTR-150-040", "name": "END PLATE", "desc": "AlSi10Mg", "box": (180, 180, 8),
             "at": (0, 0, 120), "material": "AlSi10Mg"},
        ],
    },
    {
        "name": "b-step-04.step",
        "system": "sw",
        "schema_short": "automotive_design",
        "label": L("controlled", "a", "magnet-manufacturing", "drawing", "mixed",
                   "SolidWorks export of strip-casting tundish and copper wheel with notes carrying the alloy "
                   "recipe, melt/pour temperature, wheel speed, flake thickness and cooling water",
                   mags="NdFeB"),
        "header": {"description": ["SC-600 tundish and quench wheel"], "file": "SC600-ZJB-TD.STEP",
                   "time": "2024-12-03T17:05:10", "author": ["zhang.k"], "org": ["Sanhe Vacuum Metallurgy"],
                   "preproc": "SwSTEP 2.0", "system": "SolidWorks 2021", "schema": SW_SCHEMA},
        "parts": [
            {"id": "SC600-ZJB-000", "name": "SC-600速凝铸片炉 中间包及冷却铜辊", "desc": "600kg/炉 速凝甩带",
             "props": [("合金成分", "PrNd 29.5 Dy 0.5 B 0.98 Co 1.0 Cu 0.15 Al 0.10 Ga 0.20 Zr 0.08 Fe bal (wt%)"),
                       ("熔炼", "真空感应熔炼 ≤5Pa 后充Ar 0.06MPa;精炼 1480~1500C 3min;浇铸温度 1450~1470C"),
                       ("甩带", "铜辊线速 1.0~1.5 m/s(标准 1.25);浇铸速度 8~10 kg/s;中间包预热 1100C"),
                       ("铸片", "厚度 0.25~0.35mm,柱状晶 片层间距 3~5um,无α-Fe,二次冷却转盘 ≤ 50C出炉"),
                       ("冷却水", "铜辊进水 0.3MPa ≤25C, 流量 45 m3/h; 回水温升 ≤ 8C")]},
            {"id": "SC600-ZJB-010", "name": "冷却铜辊 Quench wheel", "desc": "CuCrZr Φ600x300",
             "box": (600, 600, 300), "material": "CuCrZr C18150"},
            {"id": "SC600-ZJB-020", "name": "中间包 Tundish", "desc": "刚玉-尖晶石浇注料", "box": (320, 180, 160),
             "at": (600, 200, 300), "material": "Al2O3-MgAl2O4 castable"},
            {"id": "SC600-ZJB-030", "name": "挡渣板 Skimmer", "desc": "BN", "box": (150, 10, 80),
             "at": (620, 250, 380), "material": "BN"},
        ],
    },
    {
        "name": "b-step-05.stp",
        "system": "creo",
        "schema_short": "config_control_design",
        "ap_year": 1994,
        "label": clear("drawing", "en",
                       "Creo export of a copper SX mixer-settler module (LIX 984N in Orfom SX-7); solvent "
                       "extraction vocabulary but copper, not rare earth"),
        "header": {"description": ["CU SX MODULE E1"], "file": "cusx_e1_module.stp",
                   "time": "2023-07-28T14:33:09", "author": ["jperez"], "org": ["Andes Hydromet Engineering"],
                   "preproc": "PTC Creo Parametric by PTC Inc, 2020140", "system": "PTC Creo Parametric by PTC "
                   "Inc, 2020140", "schema": CREO_SCHEMA},
        "parts": [
            {"id": "AHE-SX-E1-000", "name": "SX MIXER-SETTLER E1 MODULE", "desc": "Cu SX train A, stage E1",
             "props": [("DESIGN_BASIS", "PLS 4.5 g/L Cu, pH 1.8; LIX 984N 18 v/v in ORFOM SX-7; O/A 1.1; "
                                        "2E+1S+1W; 1,050 m3/h PLS"),
                       ("SETTLER", "SPECIFIC FLOW 4.2 m3/m2/h; DEPTH 1.0 m; DOUBLE PICKET FENCE"),
                       ("MATERIAL_NOTE", "HDPE LINED CONCRETE, SS316L INTERNALS")]},
            {"id": "AHE-SX-E1-010", "name": "PRIMARY MIXER", "desc": "3.6 x 3.6 x 3.8 m", "box": (3600, 3600, 3800),
             "material": "SS316L"},
            {"id": "AHE-SX-E1-020", "name": "SETTLER", "desc": "27 x 24 m", "box": (27000, 24000, 1200),
             "at": (3600, 0, 0), "material": "CONCRETE_HDPE"},
            {"id": "AHE-SX-E1-030", "name": "PUMP-MIX IMPELLER", "desc": "SPIRALOK D2000", "box": (2000, 2000, 600),
             "at": (800, 800, 1500), "material": "SS316L"},
        ],
    },
    {
        "name": "b-step-06.stp",
        "system": "nx",
        "schema_short": "ap242_managed_model_based_3d_engineering",
        "ap_year": 2014,
        "label": L("controlled", "b", "separation", "drawing", "zh",
                   "NX assembly for a retrofit of RE extraction mixer-settler agitators: installation "
                   "tolerances, leak and joint trial runs, acceptance; Nd2O3 purity and entrainment only as "
                   "hand-over references -> b"),
        "header": {"description": ["萃取槽搅拌系统技改装配 2025大修"], "file": "CQ-GZ-2025-031_asm.stp",
                   "time": "2025-06-20T10:47:55+08:00", "author": ["wangxl"], "org": ["包头华美稀土 设备动力部"],
                   "preproc": "NX 2306 STEP AP242 translator", "system": "Siemens NX 2306", "schema": NX_SCHEMA},
        "parts": [
            {"id": "CQ-GZ-2025-031", "name": "萃取槽搅拌系统技改", "desc": "2#线 P507 萃取段 1~60级",
             "props": [("改造内容", "原PP平桨更换为PVDF泵吸式桨叶Φ320;减速机改为变频电机11kW;新增机械密封"),
                       ("安装要求", "搅拌轴与混合室同心度≤0.5mm,垂直度≤0.3/1000;桨叶离槽底80±5;法兰螺栓扭矩45N·m"),
                       ("试车", "单机空转2h→清水试漏24h→有机相联动72h;电流不超过额定80%,振动≤4.5mm/s"),
                       ("交接", "恢复生产后出口Nd2O3纯度参照工艺卡≥99.5%,水相夹带有机≤200ppm方可签字交接"),
                       ("停机窗口", "每次停4级,分15批完成,期间按工艺组要求调整流量")]},
            {"id": "CQ-GZ-2025-031-01", "name": "PVDF泵吸式桨叶", "desc": "Φ320", "box": (320, 320, 60),
             "material": "PVDF"},
            {"id": "CQ-GZ-2025-031-02", "name": "搅拌轴(衬PVDF)", "desc": "Φ50 L=900", "box": (50, 50, 900),
             "at": (135, 135, 60), "material": "316L+PVDF"},
            {"id": "CQ-GZ-2025-031-03", "name": "变频电机支架", "desc": "Q235 镀锌", "box": (400, 300, 200),
             "at": (-40, 10, 960), "material": "Q235"},
        ],
    },
]


# ======================================================================================
# NC programs
# ======================================================================================
def _slices(n: int, pitch: float, depth: float, feed: float) -> str:
    out = []
    for i in range(n):
        y = round(1.76 + i * pitch, 3)
        out.append(f"N{200 + i * 10} G00 Y{y:.3f}\nG01 Z-{depth:.2f} F{feed:.1f}\nG04 X2.0\nG00 Z5.0")
    return "\n".join(out)


NC_01 = """%
O1208 (NDFEB BLOCK SLICING 48SH)
(PART   : YJ-P-4821 BLANK 52.0X52.0X32.0 -> 3.20 SLICES)
(MATL   : SINTERED NDFEB N48SH, AFTER 2ND TEMPER 490C/4H)
(MACHINE: QP-06 TWIN SPINDLE SLICER / FANUC 0I-MF)
(FIXTURE: SUS304 V-BLOCK + GLASS PLATE, CA GLUE, CURE 20MIN)
(T01    : DIAMOND ID BLADE D150X0.30 GRIT D91 ELECTROPLATED)
(CUT    : S1800, F8 DOWN, SPARK-OUT 2S, COOLANT 3PCT SYNTH >40L/MIN)
(SLICE 3.20+/-0.02  KERF 0.32  PITCH 3.52  9 PCS/BLOCK)
(DEMAG BLOCK <5GS BEFORE CLAMPING. SWARF KEEP WET - PYROPHORIC,)
(SLUDGE TO DRUM R-07 FOR RECYCLING. NO DRY CUTTING!)
(REV3 2025-04-11 LIU.W  FEED F10->F8 DUE TO EDGE CHIPPING >0.1)
G21 G17 G40 G49 G80 G90
#100=3.20 (SLICE)
#101=0.32 (KERF)
#102=9 (QTY)
#103=8.0 (FEED DOWN)
#104=32.6 (BLOCK HT + 0.6)
T01 M06
G54
M03 S1800
M08
G00 X0 Y-5.0
G43 Z50.0 H01
Z5.0
#1=0
WHILE[#1LT#102]DO1
#2=[#1+1]*[#100+#101]-#101/2
G00 Y#2
G01 Z-#104 F#103
G04 X2.0
G00 Z5.0
#1=#1+1
END1
(ALT. FIXED POSITIONS FOR OLD CONTROL - KEEP)
""" + "\n".join("(" + ln + ")" for ln in _slices(3, 3.52, 32.6, 8.0).split("\n")) + """
G00 Z50.0 M09
M05
G91 G28 Z0
G28 Y0
M01 (CHECK FIRST PIECE THK 3.20 +/-0.02, PARALLEL 0.015, CHIP <0.05)
M30
%
"""

NC_02 = """; ==========================================================
; PROGRAM : SMCO_RING_24_12.MPF
; PART    : RING Sm2Co17 YXG-30H  OD24.00h7 / ID12.00H7 / T5.00
; DWG     : SC-R-2412 REV A   CUSTOMER: (SEE ROUTING CARD)
; MATERIAL: 2:17 SmCo, sintered 1215C, solution 1185C/3h, aged
;           830C/12h + slow cool 0.7C/min to 400C (hardness ~ HV550,
;           VERY BRITTLE - max infeed rough 0.010, finish 0.002)
; MACHINE : STUDER S33  SINUMERIK 840D sl
; WHEEL   : T1 OD  D76 resin bond 400x20, vc 28 m/s
;           T2 ID  D46 metal bond pin d8 x 10, 45000 rpm
; FIXTURE : non-magnetic collet (BeCu) - no mag chuck!
; COOLANT : oil, 1.5 bar, filtered 5um; sludge to bin "SmCo"
; AUTHOR  : K.FENG 2025-02-27  REV 2 (spark-out 3s -> 4s)
; ==========================================================
DEF REAL _ODF, _IDF, _STOCK, _INF_R, _INF_F
_ODF=24.000 _IDF=12.000 _STOCK=0.12
_INF_R=0.010 _INF_F=0.002
G18 G90 G71 G94
T1 D1
M3 S1340
M8
G0 X=_ODF+2*_STOCK+1.0 Z-2.0
G1 X=_ODF+2*_STOCK F200
; --- OD rough: plunge in passes, C-axis 120 rpm
SPOS[2]=0
M2=3 S2=120
R1=_STOCK
WHILE R1>0.010
  R1=R1-_INF_R
  G1 X=_ODF+2*R1 F0.6
  G4 F1.5
ENDWHILE
; --- OD finish
WHILE R1>0.000
  R1=R1-_INF_F
  G1 X=_ODF+2*R1 F0.2
ENDWHILE
G4 F4.0 ; spark-out
G0 X=_ODF+5.0
; --- ID
T2 D1
M3 S45000
G0 Z6.0
G0 X=_IDF-2*_STOCK-0.6
G1 Z-5.2 F300
R2=_STOCK
WHILE R2>0.002
  R2=R2-_INF_F
  G1 X=_IDF-2*R2 F0.3
  G1 Z0.5 F400
  G1 Z-5.2
ENDWHILE
G4 F4.0
G0 X=_IDF-1.0
G0 Z30.0
M9
M5
; check: OD/ID with air gauge, flatness 0.005, edge chips <0.05 (10x loupe)
M30
"""

NC_03 = """0 BEGIN PGM RT180_CARRIER MM
1 ; OUTER ROTOR CARRIER SPM 180 - MAGNET POCKETS
2 ; Teil: AR-180-04  Werkstoff: EN AW-6082 T6
3 ; Magnete (Kaufteil, N42SH 30x10x4) werden spaeter eingeklebt
4 ; Aufspannung: 3-Backen, Pos. 24 Taschen, Teilung 15 Grad
5 ; Ersteller: T.Berg 14.03.2024
6 BLK FORM 0.1 Z X-95 Y-95 Z-40
7 BLK FORM 0.2 X+95 Y+95 Z+0
8 TOOL CALL 12 Z S9000 F1800 ; VHM Fraeser D6 Z3
9 L Z+100 R0 FMAX M3 M8
10 CYCL DEF 251 RECHTECKTASCHE ~
   Q215=+0 ;BEARBEITUNGS-UMFANG ~
   Q218=+30.1 ;1. SEITEN-LAENGE ~
   Q219=+4.1 ;2. SEITEN-LAENGE ~
   Q220=+0.5 ;ECKENRADIUS ~
   Q368=+0.05 ;AUFMASS SEITE ~
   Q224=+0 ;DREHLAGE ~
   Q201=-10.2 ;TIEFE ~
   Q202=+2 ;ZUSTELL-TIEFE ~
   Q206=+400 ;VORSCHUB TIEFENZ.
11 LBL 1
12 CYCL CALL POL PR+86 PA+0 FMAX
13 CYCL DEF 10.0 DREHUNG
14 CYCL DEF 10.1 IROT+15
15 LBL 0
16 CALL LBL 1 REP 23
17 CYCL DEF 10.0 DREHUNG
18 CYCL DEF 10.1 ROT+0
19 TOOL CALL 3 Z S6000 F900 ; Fasenfraeser 90 Grad
20 ; Fase 0.3 an Taschenkante fuer Klebstoffaustritt
21 L Z+100 R0 FMAX M2
22 END PGM RT180_CARRIER MM
"""


def _edm_contour() -> str:
    pts = [(0.0, 0.0), (18.0, 0.0), (18.0, 4.2), (17.2, 5.0), (0.8, 5.0), (0.0, 4.2), (0.0, 0.0)]
    lines = []
    for i, (x, y) in enumerate(pts[1:], start=1):
        lines.append(f"N{100 + i} G01 X{x:.3f} Y{y:.3f} ;")
    return "\n".join(lines)


NC_04 = """%
(FILE      : CE35SH_SEG_18X5.ISO)
(MACHINE   : SODICK AQ400LS / LN2 CONTROL)
(MATERIAL  : CE-SUBSTITUTED NDFEB 35SH-CE, CE/TRE 30PCT, DUAL-MAIN-PHASE)
(            SINTERED 1040C, ANNEAL 880C/2H + 500C/3H, NOT COATED)
(PART      : SEGMENT 18.0 X 5.0 X 40.0 LONG, C0.8 BOTH TOP EDGES)
(STOCK     : BLOCK 60 X 40 X 40, 3 X 7 = 21 PCS PER BLOCK)
(WIRE      : BS 0.25 HARD BRASS, TENSION 12N, WT 8)
(CONDITION : C001 ROUGH ON=8 OFF=12 IP=2015 SV=38, 1ST SKIM C002 OFF +0.030,)
(            2ND SKIM C003 OFF +0.010 -> RA 0.8)
(NOTE      : DEIONISED WATER 5-8 US/CM, CHILLER 20C; MAGNETS ARE UNMAGNETISED)
(            RUST PREVENTION - DRY + OIL WITHIN 30 MIN AFTER CUT)
(CAM       : ESPRIT 2023  BY ZHOU.J  2025-05-08)
H000 = +00000000 ;
H001 = +00000155 ; (ROUGH OFFSET WIRE/2 + GAP + SKIM STOCK)
H002 = +00000135 ;
H003 = +00000127 ;
C001 = ON008 OFF012 IP2015 HRP000 MAO255 SV038 V008 SF0050 C000 PIK000 CTRL0 WK020 WT008 WS000 WP080 ;
C002 = ON004 OFF010 IP1012 HRP000 MAO255 SV045 V006 SF0070 C000 PIK000 CTRL0 WK020 WT008 WS000 WP040 ;
C003 = ON002 OFF008 IP0006 HRP000 MAO255 SV050 V004 SF0090 C000 PIK000 CTRL0 WK020 WT008 WS000 WP020 ;
N001 G90 G92 X0 Y-3.000 ;
N002 C001 H001 ;
N003 G41 G01 Y0.000 ;
""" + _edm_contour() + """
N120 G40 G01 Y-3.000 ;
N121 M00 ; (CHECK SLUG - TAB 0.3 LEFT)
N122 C002 H002 G42 ;
N123 M98 P0010 ;
N124 C003 H003 G41 ;
N125 M98 P0010 ;
N126 M02 ;
O0010 ;
""" + _edm_contour() + """
M99 ;
%
"""

NC_05 = """%
O0321(铁氧体磁瓦 外弧磨 Y35)
(零件:HC-CW-Y35-06 磁瓦 R21.5/R16.5 x 30 x 120度)
(材料:锶铁氧体 Y35 烧结坯,烧结温度1220C 已完成)
(机床:GSK980TDc 改造 外圆磨  夹具:仿形托板+气动压紧)
(砂轮:T01 树脂金刚石 D150 粒度100#  线速30m/s)
(冷却:清水+防锈剂1%  注意磁瓦易崩边 进给不宜过大)
(编程:吴刚 2024-09-03)
G00 X60.0 Z5.0
M03 S2800
M08
#1=0.30(总余量)
#2=0.02(每次进刀)
#3=43.30(精磨直径 = 2 x R21.5 + 余量0.3)
N10 #3=#3-#2
G01 X#3 F0.5
G01 Z-120.0 F600
G00 X[#3+1.0]
G00 Z5.0
#1=#1-#2
IF[#1GT0.001]GOTO10
G01 X43.00 F0.3
G01 Z-120.0 F300
G04 P3000
G00 X60.0 Z5.0
M09
M05
M30
%
"""

NC_06 = """%
O6070 (W CATHODE ROD D70 - 6KA RE CELL)
(PART  : HC-DJ6K-02 TUNGSTEN CATHODE FOR PRND ELECTROLYSIS CELL)
(        D70 X 620, M48X3 THREAD TO CU CONDUCTOR, TIP CONE 10DEG)
(        IMMERSION DEPTH 380 IN NDF3-LIF BATH 1040C - TIP GEOMETRY)
(        FROM TECH CENTRE: CONE SPREADS CD 6.5-7.5 A/CM2, LESS DENDRITE)
(MATL  : PURE W >=99.95 SINTERED+FORGED ROD D75, BRITTLE AT RT)
(        PREHEAT BAR 150C IN OVEN BEFORE TURNING, NO COOLANT SHOCK)
(MACH  : CK6150 FANUC 0I-TF  CHUCK + TAILSTOCK CENTRE)
(T0101 : CBN INSERT CNGA120408 S01020  VC 60 M/MIN)
(T0303 : THREAD INSERT 3.0 ISO, CBN TIPPED)
(ISSUED: EQUIP DEPT 2024-03-15  FOR CELLS 1#-24#)
G21 G18 G40 G99
T0101
G97 S250 M03
G00 X80.0 Z2.0
G71 U0.5 R0.5
G71 P10 Q20 U0.2 W0.1 F0.08
N10 G00 X46.0
G01 Z0 F0.05
X48.0 Z-1.0
Z-60.0
X70.0 C1.0
Z-540.0
X64.0 Z-557.0 (CONE 10 DEG TO TIP)
X20.0 Z-620.0 R3.0
N20 X80.0
G70 P10 Q20
G00 X100.0 Z100.0
T0303
G97 S180 M03
G00 X52.0 Z5.0
G76 P010060 Q50 R0.05
G76 X44.31 Z-55.0 P1840 Q300 F3.0
G00 X100.0 Z100.0
M05
M30
%
"""

NC_07 = """%
O2020 (TIG ELECTRODE POINT GRIND WL20 D2.4)
(PART: ELECTRODE 2.4 X 175 LANTHANATED TUNGSTEN WL20 (1.5-2.0 PCT LA2O3), BLUE TIP)
(USE : ORBITAL TIG WELDING OF 316L TUBE, CUSTOMER WELD SHOP)
(MACH: SMALL CENTRELESS/PLUNGE GRINDER, FANUC 0I-TF)
(WHEEL: T01 DIAMOND D126 RESIN, LONGITUDINAL GRIND ONLY)
(GEOMETRY: INCLUDED ANGLE 30 DEG, FLAT 0.2 MM)
(BATCH 200 PCS/TRAY, BAR FEEDER STEP 175.5)
G21 G18 G99
T0101
M03 S3600
#10=0
N5 G00 X4.0 Z1.0
G01 X2.4 F0.02
G01 X0.2 Z-4.11 F0.01 (30 DEG INCL.)
G00 X4.0
G00 Z1.0
M10 (UNCLAMP)
M11 (BAR FEED 175.5)
M12 (CLAMP)
#10=#10+1
IF[#10LT200]GOTO5
M05
M30
%
"""

NC_08 = """%
O4570 (ORIENT. PRESS DIE CAVITY 4-UP  YJ-MJ-0457-01)
(MATL  : 50MN18CR4V NON-MAGNETIC DIE STEEL, HRC45 PRE-HARDENED)
(PART  : DIE FOR SINTERED NDFEB BLOCK, FINAL 40.0 X 30.0 X 20.0 (C-AXIS 20))
(CAVITY SIZE = FINAL X SHRINK. NDFEB SINTER SHRINKAGE USED:)
(   PERP. TO FIELD, IN PRESS DIR : K=1.28  -> 40.0 X 1.28 = 51.20)
(   PERP. TO FIELD, OTHER        : K=1.16  -> 30.0 X 1.16 = 34.80)
(   PARALLEL TO FIELD (C-AXIS)   : K=1.27  -> FILL HT 20 X 1.27 X 2.05 (FILL RATIO))
(   GRINDING STOCK 0.35/SIDE ADDED TO FINAL BEFORE K)
(   -> CAVITY 52.10 X 35.61, WALL DRAFT 0.05 DEG FOR EJECTION)
(MACH  : VMC850 FANUC 0I-MF    T5 D10 CARBIDE R0.5 ALTIN)
(FINISH BY WIRE EDM + POLISH RA 0.2 AFTER THIS ROUGHING)
(REV C 2025-02-07 SHEN.Y)
G21 G17 G40 G49 G80 G90
T5 M06
G54
M03 S3200
M08
G00 X0 Y0
G43 Z20.0 H05
#20=52.10 (CAVITY X)
#21=35.61 (CAVITY Y)
#22=0.6 (STEP DOWN)
#23=0
#24=-60.0 (DEPTH THRU WITH 2 MM RUN OUT)
#25=0.30 (WALL STOCK FOR EDM)
M98 P4571 L4 (4 CAVITIES, G52 SHIFT IN SUB)
G00 Z50.0 M09
M05
M30
O4571
#30=#20/2-5.0-#25
#31=#21/2-5.0-#25
#23=0
WHILE[#23GT#24]DO1
#23=#23-#22
G00 X[-#30] Y[-#31]
G01 Z#23 F200
G01 X#30 F900
Y#31
X[-#30]
Y[-#31]
END1
G00 Z20.0
G91 G52 X70.0
G90
M99
%
"""

NC_09 = """%
O0755 (ROTOR SHAFT PMSM 7.5KW)
(DWG: YD-75-ZS-03 REV B  SHAFT FOR 7.5KW PM SYNC MOTOR)
(MATL: 45# STEEL QT 220-250HB, BAR D55 X 420)
(NOTE: ROTOR CORE WITH N35 MAGNETS BOUGHT-IN, PRESSED ON AFTER GRINDING)
(OPS : OP10 TURN LEFT END, OP20 TURN RIGHT END, OP30 KEYWAY, OP40 GRIND)
(T0101 ROUGH CNMG120408  T0202 FINISH VNMG160404  T0303 GROOVE 3MM)
G21 G18 G40 G99
T0101
G96 S180 M03
G50 S2500
G00 X57.0 Z2.0
G71 U2.0 R1.0
G71 P100 Q200 U0.4 W0.1 F0.25
N100 G00 X28.0
G01 Z0 F0.1
X30.0 Z-1.0
Z-60.0
X35.0 C0.5
Z-95.0
X42.0 C0.5
Z-230.0
X50.0 C1.0
Z-260.0
N200 X57.0
T0202
G96 S220 M03
G70 P100 Q200 F0.08
T0303
G97 S600
G00 X45.0 Z-94.0
G01 X32.6 F0.05
G04 X0.5
G00 X45.0
G28 U0 W0
M05
M30
%
"""

NC_10 = """%
O7100(速凝炉冷却铜辊 辊面修复车削)
(设备:SC-600 速凝铸片炉 2#  铜辊 CuCrZr Φ600x300  资产号 SB-ZL-0212)
(原因:辊面龟裂+粘带 深度0.4~0.6  停炉检修单 WX-2025-0419)
(修复:车去0.8 -> Φ598.40  辊面Ra0.8  径向跳动≤0.02  端面跳动≤0.03)
(修复后更新辊径参数:线速保持1.25m/s 参照工艺 -> 转速由39.8改为39.9rpm 通知工艺组)
(累计修复量已2.6mm  辊径<Φ592 须报废换新辊)
(机床:C61160 数控大车 FANUC 0i-TF  两顶尖+中心架  冷却液:乳化液5%)
(刀具:T0101 CVD涂层 CNMG120408  T0202 PCD 精车 VCGW160404)
(编程:设备部 高建 2025-04-21)
G21 G18 G40 G99
T0101
G97 S60 M03
M08
G00 X605.0 Z5.0
#1=599.80(粗车至)
#2=0.3(每刀)
#3=600.00
N10 #3=#3-#2*2
IF[#3LT#1]THEN#3=#1
G00 X#3
G01 Z-302.0 F0.25
G00 U2.0
G00 Z5.0
IF[#3GT#1]GOTO10
T0202
G97 S80 M03
G00 X598.40 Z5.0
G01 Z-302.0 F0.08
G00 U2.0
G00 Z5.0
(两端倒角C1.0)
G00 X596.0 Z1.0
G01 X598.4 Z-0.2 F0.05
M09
M05
M00(检测:跳动、Ra、着色探伤 记录填 WX-2025-0419)
M30
%
"""

NC: list[dict[str, Any]] = [
    {"name": "b-nc-01.nc", "text": NC_01, "eol": "\r\n",
     "label": L("controlled", "a", "magnet-manufacturing", "nc-program", "en",
                "Fanuc macro program slicing sintered N48SH NdFeB blocks (blade, speed, feed, kerf, pitch, "
                "coolant, chipping limits)", mags="NdFeB")},
    {"name": "b-nc-02.mpf", "text": NC_02,
     "label": L("controlled", "a", "magnet-manufacturing", "nc-program", "en",
                "Sinumerik OD/ID grinding of 2:17 SmCo rings; header also states sinter/solution/ageing "
                "and slow-cool recipe; wheel, infeeds, spark-out", mags="SmCo")},
    {"name": "b-nc-03.h", "text": NC_03,
     "label": clear("nc-program", "en",
                    "Heidenhain program milling magnet pockets in an aluminium outer-rotor carrier; magnets are "
                    "bought parts glued in later - motor part, not magnet making (German comments)")},
    {"name": "b-nc-04.iso", "text": NC_04, "eol": "\r\n",
     "label": L("controlled", "a", "magnet-manufacturing", "nc-program", "en",
                "Sodick wire-EDM program cutting segments from Ce-substituted dual-main-phase NdFeB blocks "
                "with EDM conditions, offsets and skims; header gives sinter/anneal", mags="NdFeB Ce")},
    {"name": "b-nc-05.tap", "text": NC_05, "encoding": "gbk", "eol": "\r\n",
     "label": clear("nc-program", "zh",
                    "GSK grinding program for strontium ferrite arc segments (GBK comments); ferrite, not "
                    "SmCo/NdFeB/Ce")},
    {"name": "b-nc-06.nc", "text": NC_06, "eol": "\r\n",
     "label": L("controlled", "a", "metal-smelting", "nc-program", "en",
                "turning program for the tungsten cathode of a 6 kA PrNd fluoride electrolysis cell "
                "(line-specific process tooling; comments give immersion, bath, current density)")},
    {"name": "b-nc-07.cnc", "text": NC_07,
     "label": clear("nc-program", "en",
                    "grinding TIG electrodes of lanthanated tungsten WL20 for a welding shop; La2O3 mention "
                    "only, no rare-earth process")},
    {"name": "b-nc-08.nc", "text": NC_08, "eol": "\r\n",
     "label": L("controlled", "a", "magnet-manufacturing", "nc-program", "en",
                "milling program for NdFeB orientation-press die cavity; comments give sintering shrinkage "
                "factors per axis, fill ratio and grinding stock used to size the cavity", mags="NdFeB")},
    {"name": "b-nc-09.nc", "text": NC_09, "eol": "\r\n",
     "label": clear("nc-program", "en",
                    "turning program for a PM synchronous motor shaft; magnets are bought-in - motor part")},
    {"name": "b-nc-10.tap", "text": NC_10,
     "label": L("controlled", "b", "magnet-manufacturing", "nc-program", "zh",
                "repair re-turning of the strip-caster quench wheel (crack/sticking) with run-out limits, "
                "scrap diameter and wheel-speed update; repair of an NdFeB line -> b", mags="NdFeB")},
]


# ======================================================================================
# Simulation decks, parameter files and results
# ======================================================================================
def _abq_nodes() -> str:
    rows = []
    n = 0
    for k in range(3):
        for j in range(3):
            for i in range(3):
                n += 1
                rows.append(f"{n:6d}, {i * 200.0:10.3f}, {j * 150.0:10.3f}, {k * 100.0:10.3f}")
    return "\n".join(rows)


def _abq_elems() -> str:
    rows = []
    e = 0
    for k in range(2):
        for j in range(2):
            for i in range(2):
                e += 1
                b = 1 + i + 3 * j + 9 * k
                conn = [b, b + 1, b + 4, b + 3, b + 9, b + 10, b + 13, b + 12]
                rows.append(f"{e:6d}, " + ", ".join(str(c) for c in conn))
    return "\n".join(rows)


SIM_01 = """*HEADING
VSF-1000 vacuum sintering furnace - transient thermal model of NdFeB green-compact load
** Job      : SJ-TH-2025-07   Analyst: Q. Lin   Abaqus/Standard 2023
** Units    : mm, tonne, s, mJ ; temperature in deg C
** Purpose  : check lag between load centre and control TC for standard cycle SJ-WI-07 rev D
**            (52SH / 48UH grades) and shorten dehydrogenation holds if centre lag < 15 C
** Load     : 12 Mo boxes x 25 kg compacts 40x30x20 (green 4.4 g/cc, after CIP 200 MPa),
**            graphite trays, boxes stacked 3 high, 6 mm gaps
** ---------------------------------------------------------------------------------
** CYCLE SJ-WI-07 rev D (furnace TC), all under vacuum <= 5E-3 Pa unless noted:
**   RT -> 400 C at 3 C/min, hold 3 h   (dehydrogenation I, pressure rise to 8 Pa expected)
**   400 -> 600 C at 2 C/min, hold 2 h   (dehydrogenation II / lubricant burn-out)
**   600 -> 850 C at 2 C/min, hold 2 h   (degassing, P < 1E-2 Pa before continue)
**   850 -> 1065 C at 1.5 C/min, hold 5 h (sintering; 48UH: 1075 C x 6 h)
**   Ar quench 80 kPa to < 80 C
**   1st temper 900 C x 2 h, Ar quench ; 2nd temper 490 C x 4 h (52SH) / 510 C x 3 h (48UH)
** target: density >= 7.55 g/cc, Br 1.43-1.46 T, HcJ >= 1592 kA/m (52SH)
** ---------------------------------------------------------------------------------
*NODE, NSET=ALLN
""" + _abq_nodes() + """
*ELEMENT, TYPE=DC3D8, ELSET=LOAD
""" + _abq_elems() + """
*SOLID SECTION, ELSET=LOAD, MATERIAL=NDFEB_GREEN
*MATERIAL, NAME=NDFEB_GREEN
** effective (porous, H-loaded) compact; conductivity rises steeply during densification
*CONDUCTIVITY
  1.2, 20.
  1.5, 400.
  2.1, 850.
  6.8, 1065.
*DENSITY
 4.4E-9,
*SPECIFIC HEAT
 4.2E8, 20.
 4.9E8, 600.
 5.6E8, 1065.
*LATENT HEAT
** Nd-rich grain-boundary phase melting, ~ 4 wt% of load
 1.1E10, 655., 690.
*MATERIAL, NAME=MO_BOX
*CONDUCTIVITY
 138., 20.
 105., 1000.
*DENSITY
 1.02E-8,
*SPECIFIC HEAT
 2.5E8,
*PHYSICAL CONSTANTS, ABSOLUTE ZERO=-273.15, STEFAN BOLTZMANN=5.67E-11
*INITIAL CONDITIONS, TYPE=TEMPERATURE
ALLN, 20.
*AMPLITUDE, NAME=SJ-WI-07D, TIME=TOTAL TIME, DEFINITION=TABULAR
     0.,   20.,  7600.,  400., 18400.,  400., 24400.,  600.,
 31600.,  600., 39100.,  850., 46300.,  850., 54900., 1065.,
 72900., 1065., 75900.,   80., 79500.,  900., 86700.,  900.,
 89700.,   60., 91500.,  490., 105900., 490., 108900.,  40.
*SURFACE, NAME=S_OUT, TYPE=ELEMENT
LOAD, S1
LOAD, S2
LOAD, S3
*STEP, NAME=SINTER, INC=20000
*HEAT TRANSFER, END=PERIOD, DELTMX=10.
60., 108900., 1., 600.
*RADIATE, AMPLITUDE=SJ-WI-07D
S_OUT, R, 1., 0.78
** gas quench segments: forced convection, Ar 80 kPa, h = 95 W/m2K equivalent
*FILM, AMPLITUDE=SJ-WI-07D, OP=NEW
S_OUT, F, 1., 0.095
*NODE PRINT, NSET=ALLN, FREQUENCY=50
NT
*OUTPUT, FIELD, FREQUENCY=50
*NODE OUTPUT
NT,
*END STEP
"""

SIM_02 = """/BATCH
/TITLE, 10 kA RE ELECTROLYSIS CELL EL-3 - THERMO-ELECTRIC MODEL (PrNd, fluoride bath)
! ----------------------------------------------------------------------
! file  : el3_te_model.mac     ANSYS Mechanical APDL 2022 R2
! author: D. Gao (process R&D)   2025-01-14   rev 4
! use   : /INPUT,el3_te_model,mac   then SOLVE
! basis : EL-3 set-point sheet 2025-01 (bath PrF3-NdF3-LiF, oxide feed Pr:Nd 25:75)
! ----------------------------------------------------------------------
/PREP7
I_CELL  = 10000        ! A line current
T_BATH  = 1050         ! C operating, window 1035-1065
W_LIF   = 0.105        ! LiF mass fraction in bath
ACD     = 0.10         ! m anode-cathode distance (start 0.09, max 0.12)
CD_CATH = 7.0          ! A/cm2 target cathode current density (6.5-7.5)
CD_AN   = 1.0          ! A/cm2 anode current density (0.9-1.1)
D_CATH  = 0.080        ! m W cathode diameter
H_IMM   = 0.42         ! m cathode immersion
N_AN    = 6            ! graphite anode segments
FEED    = 1.05         ! kg oxide /(kA h), continuous point feeder every 90 s
U_TARGET= 10.2         ! V cell voltage target
!
! material numbers: 1 graphite anode, 2 bath, 3 W cathode, 4 Mo receiver, 5 RE metal pool,
!                   6 graphite crucible, 7 refractory, 8 steel shell
ET,1,SOLID226,110      ! coupled thermal-electric
MP,KXX,1,95    $ MP,RSVX,1,1.1E-5
MP,KXX,2,0.8   $ MP,RSVX,2,3.6E-3   ! bath, 1/(2.8 S/cm) @1050C, LiF 10.5 wt%
MP,KXX,3,110   $ MP,RSVX,3,3.4E-7
MP,KXX,4,105   $ MP,RSVX,4,3.2E-7
MP,KXX,5,15    $ MP,RSVX,5,1.4E-6
MP,KXX,6,80    $ MP,RSVX,6,1.2E-5
MP,KXX,7,1.2   $ MP,RSVX,7,1.0E6
MP,KXX,8,45    $ MP,RSVX,8,2.0E-7
! geometry (m)
CYL4,0,0,0.46,,0.50,,0.90          ! refractory envelope
CYL4,0,0,0.36,,0.38,,0.82          ! graphite crucible
CYL4,0,0,0,,D_CATH/2,,H_IMM+0.30   ! W cathode
*DO,K,1,N_AN
  WPROTA,360/N_AN
  BLOCK,0.20,0.26,-0.06,0.06,0.25,0.85
*ENDDO
VOVLAP,ALL
VSEL,S,LOC,Z,0.05,0.75 $ VATT,2,,1 $ ALLSEL
ESIZE,0.02 $ VMESH,ALL
! loads
NSEL,S,LOC,Z,1.20 $ CP,1,VOLT,ALL $ *GET,NTOP,NODE,0,NUM,MIN $ F,NTOP,AMPS,I_CELL $ ALLSEL
NSEL,S,LOC,Z,0.85 $ NSEL,R,LOC,X,0.20,0.26 $ D,ALL,VOLT,0 $ ALLSEL
SFA,ALL,,CONV,12,30                ! shell to hall air
BF,ALL,TEMP,T_BATH
FINISH
/SOLU
ANTYPE,STATIC
NLGEOM,OFF
SOLVE
FINISH
/POST1
*GET,UMAX,NODE,NTOP,VOLT
*MSG,INFO,UMAX,U_TARGET
CELL VOLTAGE %G V (TARGET %G V)
"""

SIM_03 = """function out = model
%
% gbd_tb_52sh.m
%
% Model exported on Mar 5 2025, 16:20 by COMSOL 6.1.0.357.
% Grain-boundary diffusion (GBD) of Tb into sintered NdFeB, base 52SH-0Dy, t = 6.0 mm
% Owner: Magnet R&D / X. Qiu  -- internal, do not send outside
%
import com.comsol.model.*
import com.comsol.model.util.*

model = ModelUtil.create('Model');
model.modelPath('D:\\proj\\GBD\\2025');
model.label('gbd_tb_52sh.mph');
model.comments(['Tb GBD: coating Tb-Al paste (Tb:Al=9:1 at) screen printed both poles, ' ...
  'diffusion 920C x 15 h (Ar 0.02 MPa), aging 490C x 4 h. Target: HcJ +11 kOe at 0.45 wt% Tb, ' ...
  'Br drop <= 0.02 T, depth profile flat to 2.5 mm from surface']);

model.param.set('T_diff', '920[degC]', 'diffusion temperature (880-940 window)');
model.param.set('t_diff', '15[h]', 'diffusion hold');
model.param.set('T_age', '490[degC]', 'post-diffusion ageing');
model.param.set('t_age', '4[h]');
model.param.set('m_Tb', '0.45[wt%]', 'Tb added as coating, per magnet mass');
model.param.set('th', '6.0[mm]', 'magnet thickness along c-axis');
model.param.set('D0_gb', '2.1e-6[m^2/s]', 'GB diffusion prefactor, fitted to EPMA profiles');
model.param.set('Q_gb', '190[kJ/mol]', 'GB activation energy (fit)');
model.param.set('D0_bulk', '5.0e-4[m^2/s]');
model.param.set('Q_bulk', '320[kJ/mol]', 'lattice diffusion into Nd2Fe14B');
model.param.set('delta_gb', '3[nm]', 'GB phase thickness');
model.param.set('d_grain', '4.5[um]', 'mean grain size after jet mill D50=3.0 um');
model.param.set('dHcJ_dTb', '24[kOe/wt%]', 'local coercivity gain per wt% Tb in shell');

model.component.create('comp1', true);
model.component('comp1').geom.create('geom1', 1);
model.component('comp1').geom('geom1').create('i1', 'Interval');
model.component('comp1').geom('geom1').feature('i1').set('coord', {'0' 'th/2'});
model.component('comp1').geom('geom1').run;

model.component('comp1').physics.create('tds', 'DilutedSpecies', 'geom1');
model.component('comp1').physics('tds').field('concentration').component({'cTb'});
model.component('comp1').physics('tds').feature('cdm1').set('D_cTb', ...
  {'D0_gb*exp(-Q_gb/(R_const*T_diff))*delta_gb/d_grain' '0' '0' '0' ...
   'D0_gb*exp(-Q_gb/(R_const*T_diff))*delta_gb/d_grain' '0' '0' '0' ...
   'D0_gb*exp(-Q_gb/(R_const*T_diff))*delta_gb/d_grain'});
model.component('comp1').physics('tds').create('fl1', 'FluxBoundary', 0);
model.component('comp1').physics('tds').feature('fl1').selection.set([1]);
model.component('comp1').physics('tds').feature('fl1').set('J0', 'm_Tb*7.55[g/cm^3]*th/2/t_diff/0.15894[kg/mol]');

model.component('comp1').mesh.create('mesh1');
model.component('comp1').mesh('mesh1').create('edg1', 'Edge');
model.component('comp1').mesh('mesh1').feature('edg1').create('dis1', 'Distribution');
model.component('comp1').mesh('mesh1').feature('edg1').feature('dis1').set('numelem', 300);
model.component('comp1').mesh('mesh1').run;

model.study.create('std1');
model.study('std1').create('time', 'Transient');
model.study('std1').feature('time').set('tlist', 'range(0,0.25[h],t_diff)');
model.sol.create('sol1');
model.sol('sol1').study('std1');
model.sol('sol1').attach('std1');
model.sol('sol1').runAll;

model.result.create('pg1', 'PlotGroup1D');
model.result('pg1').create('lngr1', 'LineGraph');
model.result('pg1').feature('lngr1').set('expr', 'cTb');
model.result.export.create('data1', 'Data');
model.result.export('data1').set('filename', 'D:\\proj\\GBD\\2025\\tb_profile_920C_15h.csv');

out = model;
"""

SIM_04 = """; Fluent journal - mixer CFD, Cu SX train B, E1 primary mixer
; Project AHE-2023-117  (copper SX, LIX 984N / Orfom SX-7)  engineer: jperez
; case: 3.6 m cube mixer, 2 pump-mix + 2 auxiliary turbines, O/A = 1.1, continuous organic
/file/set-tui-version "23.1"
/file/read-case "e1_mixer_mrf.cas.h5"
/define/models/multiphase/eulerian yes
/define/models/viscous/ke-realizable yes
/define/materials/change-create air organic yes constant 815 no no yes constant 0.0032 no no no
/define/materials/change-create water-liquid pls yes constant 1050 no no yes constant 0.0011 no no no
/define/phases/phase-domain phase-1 organic yes
/define/phases/phase-domain phase-2 pls yes
; secondary phase droplet d32 from Calabrese correlation, 250 um at 85 rpm
/define/phases/set-domain-properties/interaction-domain/drag yes schiller-naumann
/define/boundary-conditions/fluid mrf-pumpmix no no no no no 0 no 0 no 0 no 0 no 0 no 1 no yes no no \\
  0 0 0 0 0 1 no 8.90 no no no
/define/boundary-conditions/velocity-inlet pls-in mixture no 0.35 no 0 no 0
/define/boundary-conditions/velocity-inlet org-in mixture no 0.31 no 1 no 0
/solve/set/p-v-coupling 24
/solve/initialize/initialize-flow
/solve/iterate 3000
/report/volume-integrals/volume-average mixer-zone () phase-2 vof no
/report/surface-integrals/mass-flow-rate weir-out () no
/file/write-case-data "e1_mixer_mrf_85rpm.cas.h5"
; results: power number 2.9, pumping head 0.42 m, entrainment to settler O-in-A 180 ppm est.
/exit yes
"""

SIM_05 = """/*--------------------------------*- C++ -*----------------------------------*\\
| =========                 |                                                 |
| \\\\      /  F ield         | OpenFOAM: The Open Source CFD Toolbox           |
|  \\\\    /   O peration     | Version:  v2306                                 |
|   \\\\  /    A nd           | Website:  www.openfoam.com                      |
|    \\\\/     M anipulation  |                                                 |
\\*---------------------------------------------------------------------------*/
FoamFile
{
    version     2.0;
    format      ascii;
    class       dictionary;
    location    "constant";
    object      transportProperties;
}
// * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * //
// Case   : potline-P3 cell 3120, bath/metal interface (MHD-driven flow), interFoam + Lorentz
// Owner  : smelter technology, Gulf Smelter Projects - aluminium 400 kA prebake
// Bath   : cryolite ratio 2.4, AlF3 excess 11 %, CaF2 5 %, Al2O3 2.5 %, 958 C
// Note   : phase1 = liquid aluminium, phase2 = electrolyte (bath)

phases (metal bath);

metal
{
    transportModel  Newtonian;
    nu              4.8e-07;   // m2/s at 960 C
    rho             2270;      // kg/m3
    sigmaE          3.3e+06;   // S/m
}

bath
{
    transportModel  Newtonian;
    nu              1.2e-06;
    rho             2080;
    sigmaE          215;       // S/m, CR 2.4
}

sigma           0.50;          // N/m metal-bath interfacial tension

// busbar field from ANSYS Maxwell export (Bz up to 45 G at upstream corner)
BfieldFile      "constant/boundaryData/B_potline3.csv";
ACD             0.045;         // m
metalPad        0.22;          // m

// ************************************************************************* //
"""

SIM_06 = """{
  "model": "CascadeSX",
  "version": "2.3.1",
  "case_id": "HM-L2-PrNd-2025-03",
  "created_by": "process.eng@huamei-re.example",
  "comment": "Pr/Nd split line 2 - re-optimisation after feed change (Pr/TREO 24 -> 21 %). 内部资料",
  "system": {
    "extractant": "P507",
    "extractant_conc_mol_L": 1.5,
    "diluent": "sulfonated kerosene",
    "saponification_pct": 36,
    "saponification_agent": "NH4OH 6 mol/L",
    "aqueous_medium": "HCl"
  },
  "feed": {
    "stage": 61,
    "flow_L_min": 42.0,
    "REO_g_L": 218,
    "composition_pct_TREO": {"La": 0.02, "Ce": 0.05, "Pr": 21.3, "Nd": 78.5, "Sm": 0.13},
    "pH": 2.2
  },
  "separation_factors": {"Nd/Pr": 1.55, "Sm/Nd": 7.9, "Pr/Ce": 2.1, "Ce/La": 3.0},
  "stages": {"extraction": 60, "scrubbing": 35, "stripping": 10},
  "flows_L_min": {
    "organic": 75.6,
    "scrub_acid": 13.4,
    "strip_acid": 11.8
  },
  "acidity_mol_L": {"scrub": 4.2, "strip": 5.5},
  "O_A_extraction": 1.8,
  "mixer_residence_min": 3.5,
  "temperature_C": 28,
  "targets": {
    "raffinate_Pr6O11_purity_pct": 99.0,
    "strip_Nd2O3_purity_pct": 99.5,
    "Pr_in_Nd_max_pct": 0.3,
    "Nd_yield_min_pct": 99.0
  },
  "solver": {
    "method": "stagewise mass balance, McCabe-Thiele init, Newton",
    "tolerance": 1e-8,
    "max_iter": 400,
    "transient": {"enabled": true, "dt_min": 2.0, "t_end_h": 240, "startup": "stage-by-stage fill"}
  },
  "results_summary": {
    "Nd2O3_purity_pct": 99.62,
    "Pr6O11_purity_pct": 99.11,
    "organic_loading_pct_capacity": 71.8,
    "time_to_steady_state_h": 196
  }
}
"""

SIM_07 = """# in-situ leaching reactive-transport model - ion-adsorption RE deposit, block 3 (LC-CK3)
# tool: iLeach (in-house, wraps PHREEQC 3.7 + MODFLOW 6 GWF/GWT)   file: lc_ck3_isl.yaml
# owner: mine technology dept. / Zhong Wei   status: calibrated to 2024 pilot (R2=0.91)
project:
  name: LC-CK3 in-situ leaching optimisation
  coordinate_system: CGCS2000 / 3-degree GK zone 38
  run_id: ISL-2025-02-B
domain:
  area_m2: 41500
  layers:
    - {name: humic_topsoil, thickness_m: 0.8, K_m_d: 0.45, porosity: 0.48, REO_g_t: 60}
    - {name: fully_weathered, thickness_m: 6.5, K_m_d: 0.21, porosity: 0.42, REO_g_t: 820,
       exchangeable_fraction: 0.78}
    - {name: semi_weathered, thickness_m: 4.0, K_m_d: 0.06, porosity: 0.33, REO_g_t: 310,
       exchangeable_fraction: 0.55}
    - {name: bedrock, thickness_m: 10.0, K_m_d: 0.002, porosity: 0.05, REO_g_t: 0}
  false_bottom: none   # basement intact per drilling ZK3-01..ZK3-14
chemistry:
  lixiviant: ammonium_sulfate
  lixiviant_conc_wt_pct: {initial: 2.5, after_day_60: 1.0}
  alt_lixiviant: {name: magnesium_sulfate, conc_wt_pct: 2.0, note: low-ammonia test panel P-7}
  pH_inject: 5.0
  exchange:
    model: Gaines-Thomas
    log_K: {NH4+/RE3+: -1.15, Mg2+/RE3+: -0.62, Al3+/RE3+: 0.35, H+/RE3+: 0.9}
    CEC_meq_100g: 4.8
wells:
  pattern: staggered
  spacing_m: [2.5, 2.5]
  diameter_m: 0.20
  depth_rule: through fully_weathered + 0.5 m
  injection_m3_per_well_day: 0.5
  injection_schedule:
    - {day: 0, conc: initial}
    - {day: 60, conc: after_day_60}
    - {day: 165, lixiviant: clean_water, note: top-water phase}
collection:
  diversion_holes: {spacing_m: 5, dip_deg: 6, length_m: 20}
  collection_pond_m3: 800
  liquor_cutoff_REO_g_L: 0.1
downstream:
  impurity_removal: {reagent: NH4HCO3, pH: 5.1, settle_h: 4}
  precipitation: {reagent: NH4HCO3, mass_ratio_RE_to_reagent: "1:2.5", product: mixed RE carbonate}
outputs:
  - breakthrough_curves: collection_pond
  - recovery_vs_time
  - ammonium_residual_map: {depth_m: [1, 3, 6, 9]}
results_calibrated:
  leach_recovery_pct: 86.5
  liquor_mean_REO_g_L: 0.92
  days_to_cutoff: 182
  reagent_use_t_per_t_REO: 4.1
"""

SIM_08 = """; Motor-CAD style export - IPM traction motor MTR-220 (e-axle), electromagnetic + thermal
; Huachi Motor Co. R&D   exported 2024-10-30  version 15.1.2
[Project]
Name=MTR-220_V12
Description=8-pole 48-slot IPM, V-shape magnets, hairpin winding
Customer=(internal)
[Geometry]
Stator_OD=220
Stator_Bore=150
Airgap=0.75
Stack_Length=120
Slot_Number=48
Pole_Number=8
Magnet_Layers=1
Magnet_Shape=V
Magnet_Width=18.0
Magnet_Thickness=4.0
Magnet_Segments_Axial=3
[Materials]
Stator_Lam=B35AV1900
Rotor_Lam=B35AV1900
Magnet=N42SH
Magnet_Supplier=approved list QSL-07 (purchased, NiCuNi)
Magnet_Br_20C=1.30
Magnet_Hc_20C=-980000
Magnet_HcJ_20C=1592000
Magnet_Br_TempCoef=-0.12
Magnet_HcJ_TempCoef=-0.60
Magnet_Resistivity=1.5e-6
Magnet_Density=7550
[Winding]
Type=Hairpin
Turns_Per_Coil=2
Parallel_Paths=2
Conductor=3.2x2.0
[Operating]
DC_Bus=400
Peak_Current_rms=380
Max_Speed=16000
Peak_Torque_Target=310
[Thermal]
Cooling=water jacket 8 L/min 65C
Magnet_Temp_Limit=150
Demag_Check=1.2x peak current at 150C
[Results]
Peak_Torque=318.6
Torque_Ripple_pct=4.1
Magnet_Loss_W_at_12krpm=62
Irreversible_Demag_pct=0.0
"""


def _sim09_rows() -> list[list[str]]:
    import random

    rng = random.Random(909)
    rows = []
    n = 0
    for t_roast in (650, 700, 750, 800, 850):
        for ph_end in (3.5, 4.0, 4.5):
            for ls in (3, 4):
                n += 1
                ox = min(0.995, 0.80 + (t_roast - 650) * 0.0011 + rng.uniform(-0.01, 0.01))
                re_leach = min(99.4, 92.0 + (t_roast - 650) * 0.028 - (ph_end - 3.5) * 1.6 + ls * 0.35
                               + rng.uniform(-0.4, 0.4))
                fe_leach = max(0.02, (4.6 - ph_end) * 1.9 * (1.02 - ox) * 10 + rng.uniform(0, 0.05))
                purity = min(99.7, 97.2 + (4.5 - abs(ph_end - 4.3)) * 0.5 - fe_leach * 0.15)
                rows.append([f"W{n:02d}", str(t_roast), "2.0", "6.0", f"{ls}:1", f"{ph_end:.1f}", "85",
                             f"{ox * 100:.1f}", f"{re_leach:.2f}", f"{fe_leach:.2f}",
                             f"{re_leach / max(fe_leach, 0.01):.0f}", "1.2", f"{purity:.2f}"])
    return rows


SIM_09_COMMENTS = [
    "# 钕铁硼油泥 氧化焙烧-盐酸优溶 全流程模型 计算结果 (Aspen Plus V12 + 自编浸出动力学 UDF)",
    "# 项目: 二期回收线 工艺包  编制: 回收事业部 工艺所 徐敏  2025-05-18  内部资料 请勿外传",
    "# 原料: 磨削/线切割油泥, 含油 12%, 含水 25%, 干基 TREO 28.5% (Nd 21.0 Pr 6.1 Dy 0.9 Tb 0.2)",
    "# 焙烧: 回转窑 间接加热, 过剩空气系数 1.3; 浸出: 6N HCl, 85℃, 2h; 沉淀: 草酸 1.2 倍理论量 60℃",
    "# 列说明: 焙烧温度℃ / 焙烧时间h / 盐酸浓度N / 液固比 / 终点pH / 浸出温度℃ / 铁氧化率% / 稀土浸出率% /",
    "#         铁浸出率% / 选择性(RE/Fe) / 草酸倍数 / 产品REO纯度%",
    "# 推荐工况: W20 (780~800℃, 终点pH 4.0~4.5), 见报告 HS-RP-2025-11",
]

SIM_09_HEADER = ["工况", "焙烧温度", "焙烧时间", "盐酸浓度", "液固比", "终点pH", "浸出温度", "铁氧化率",
                 "稀土浸出率", "铁浸出率", "选择性", "草酸倍数", "REO纯度"]

SIM_10 = """# LAMMPS input - structure of molten LiF-NdF3 (fundamental study)
# Project : NSFC General Program 2237xxxx "Coordination and network structure of Ln(III)
#           in fluoride melts" (国家自然科学基金面上项目, 基础研究)
# Group   : Molten Salt Physical Chemistry Lab, School of Metallurgy, (university)
# Purpose : RDFs, Nd-F coordination number, NdF6/NdF7 polyhedra connectivity vs. composition
#           (x NdF3 = 0.10 ... 0.40) at 1100-1400 K; compare with high-T XAFS and Raman.
#           No cell design or operating data - pure structure / thermophysical properties.
# Potential: DeePMD model trained on AIMD (VASP, PBE-D3, 300 atoms, 20 ps)
units           metal
atom_style      charge
boundary        p p p
variable        xNd equal 0.25
variable        T   equal 1323
read_data       LiF_NdF3_x025_3000atoms.data
mass            1 6.941     # Li
mass            2 144.242   # Nd
mass            3 18.998    # F
pair_style      deepmd graph_LiF_NdF3_v3.pb
pair_coeff      * *
neighbor        2.0 bin
timestep        0.001
velocity        all create ${T} 20231107 dist gaussian
fix             1 all npt temp ${T} ${T} 0.1 iso 1.0 1.0 1.0
thermo          1000
thermo_style    custom step temp press vol density pe
run             200000
unfix           1
fix             2 all nvt temp ${T} ${T} 0.1
compute         rdf all rdf 400 2 3 1 3 3 3 2 2
fix             3 all ave/time 100 1000 100000 c_rdf[*] file rdf_x025_${T}K.dat mode vector
compute         cn all coord/atom cutoff 3.10 3
compute         msd all msd
fix             4 all ave/time 100 1 100 c_msd[4] file msd_x025_${T}K.dat
run             500000
write_data      final_x025_${T}K.data
# results go to manuscript draft (to be submitted, J. Mol. Liq.) and thesis ch.3
"""


def _sim11_rows() -> list[list[str]]:
    import random

    rng = random.Random(1111)
    rows = []
    for i, (h2so4, h2o2, temp) in enumerate(
            [(a, b, c) for a in (1.5, 2.0, 2.5) for b in (0, 2, 4) for c in (60, 80)], start=1):
        li = min(99.5, 82 + h2so4 * 4 + h2o2 * 1.5 + (temp - 60) * 0.12 + rng.uniform(-0.8, 0.8))
        co = min(99.3, 60 + h2so4 * 6 + h2o2 * 6.5 + (temp - 60) * 0.25 + rng.uniform(-1, 1))
        ni = min(99.1, 70 + h2so4 * 5 + h2o2 * 4 + (temp - 60) * 0.2 + rng.uniform(-1, 1))
        mn = min(99.0, 58 + h2so4 * 6 + h2o2 * 6 + (temp - 60) * 0.3 + rng.uniform(-1, 1))
        rows.append([f"R{i:02d}", f"{h2so4}", f"{h2o2}", str(temp), "10", "120",
                     f"{li:.1f}", f"{ni:.1f}", f"{co:.1f}", f"{mn:.1f}", f"{rng.uniform(0.6, 1.4):.2f}"])
    return rows


SIM_11_COMMENTS = [
    "# Black-mass leaching model results (NCM523/LFP mixed feed) - reduced-order kinetic model, METSIM 2024",
    "# Plant: Li-ion battery recycling line B, hydrometallurgy; shrinking-core fit to lab data LB-0412",
    "# Feed: black mass Li 3.9%, Ni 14.2%, Co 5.6%, Mn 8.1%, Cu 2.3%, Al 1.9%, graphite 34%",
    "# Columns: run, H2SO4 mol/L, H2O2 vol%, T degC, S/L wt%, time min, Li/Ni/Co/Mn leaching %, "
    "Al leached %",
]
SIM_11_HEADER = ["run", "H2SO4_M", "H2O2_vol_pct", "T_C", "SL_pct", "t_min", "Li_pct", "Ni_pct", "Co_pct",
                 "Mn_pct", "Al_pct"]

SIM: list[dict[str, Any]] = [
    {"name": "b-sim-01.inp", "text": SIM_01,
     "label": L("controlled", "a", "magnet-manufacturing", "simulation-data", "en",
                "Abaqus heat-transfer deck of an NdFeB sintering furnace load; full dehydrogenation, "
                "sintering, gas-quench and two-step tempering cycle as amplitude with grade targets",
                mags="NdFeB")},
    {"name": "b-sim-02.mac", "text": SIM_02,
     "label": L("controlled", "a", "metal-smelting", "simulation-data", "en",
                "APDL thermo-electric model of 10 kA PrNd fluoride electrolysis cell with operating set-points "
                "(bath, LiF fraction, ACD, current densities, feed rate, voltage)")},
    {"name": "b-sim-03.m", "text": SIM_03,
     "label": L("controlled", "a", "magnet-manufacturing", "simulation-data", "en",
                "COMSOL LiveLink model of Tb grain-boundary diffusion in 52SH: coating, diffusion/ageing "
                "temperatures and times, fitted diffusivities, coercivity targets", mags="NdFeB")},
    {"name": "b-sim-04.jou", "text": SIM_04,
     "label": clear("simulation-data", "en",
                    "Fluent journal for a copper SX mixer (LIX 984N); SX vocabulary, not rare earth")},
    {"name": "b-sim-05.dict", "text": SIM_05,
     "label": clear("simulation-data", "en",
                    "OpenFOAM transportProperties for an aluminium reduction cell bath/metal flow; cryolite "
                    "fluoride bath, not rare-earth electrolysis")},
    {"name": "b-sim-06.json", "text": SIM_06,
     "label": L("controlled", "a", "separation", "simulation-data", "en",
                "cascade SX model input for P507 Pr/Nd split: feed, separation factors, stage counts, flows, "
                "acidities, O/A, purity targets and results")},
    {"name": "b-sim-07.yaml", "text": SIM_07,
     "label": L("controlled", "a", "mining", "simulation-data", "en",
                "calibrated reactive-transport model of ion-adsorption clay in-situ leaching: layers, "
                "ammonium/magnesium sulfate schedule, well pattern, injection, collection, precipitation")},
    {"name": "b-sim-08.ini", "text": SIM_08, "eol": "\r\n",
     "label": clear("simulation-data", "en",
                    "IPM traction-motor EM/thermal model using purchased N42SH magnet properties; motor "
                    "design, no magnet manufacturing")},
    {"name": "b-sim-09.csv", "csv": (SIM_09_HEADER, _sim09_rows, SIM_09_COMMENTS), "encoding": "gb18030",
     "label": L("controlled", "a", "recycling", "simulation-data", "zh",
                "GB18030 CSV of NdFeB sludge oxidising-roast/HCl selective-leach process-model results "
                "(roast T, end pH, L/S, RE/Fe leaching, oxalate, purity) with explanatory header")},
    {"name": "b-sim-10.in", "text": SIM_10,
     "label": L("excluded", "a", "metal-smelting", "simulation-data", "en",
                "LAMMPS deck of an NSFC fundamental study of LiF-NdF3 melt structure (RDF, coordination); "
                "no production know-how", excl="basic-research")},
    {"name": "b-sim-11.csv", "csv": (SIM_11_HEADER, _sim11_rows, SIM_11_COMMENTS),
     "label": clear("simulation-data", "en",
                    "Li-ion battery black-mass leaching model results; battery recycling, not rare earth")},
]


# ======================================================================================
# PPTX decks. Bullets: a leading '>' marks a second-level bullet.
# ======================================================================================
PPTX: list[dict[str, Any]] = [
    {
        "name": "b-pptx-01.pptx",
        "label": L("controlled", "ab", "separation", "process-spec", "zh",
                   "upgrade review of P507 Pr/Nd extraction section: new stage counts, saponification, acids, "
                   "flows and purity targets (a) plus installation, organic filling and commissioning "
                   "sequence (b)"),
        "author": "华美稀土 工艺技术部",
        "title": "2#萃取线Pr/Nd分离段扩能技改方案评审",
        "footer": "内部资料 严禁外传   HM-JG-2025-014",
        "slides": [
            {"layout": "title", "title": "2#萃取线 Pr/Nd 分离段扩能技改方案评审",
             "subtitle": "工艺技术部 / 设备动力部\n2025年6月12日  公司技术委员会",
             "notes": "开场:说明本次评审只针对 Pr/Nd 段,La/Ce 段另行立项。"},
            {"title": "一、现状与问题",
             "bullets": ["产能:1200 t/a REO(PrNd),计划提升至 1600 t/a",
                         "出口 Nd2O3 纯度波动 99.3%~99.6%,客户要求≥99.7%",
                         "乳化频繁:搅拌桨叶尖线速 5.2 m/s,夹带有机损失 0.9 kg/t REO",
                         ">第 40~48 级界面不清,每月停槽清理 2 次",
                         "皂化度 36% 偏高,萃取段前几级 pH 过高出现第三相"],
             "notes": "数据来源:2025年1-5月 DCS 及化验室日报。乳化问题设备部已做过桨叶更换试验(3#槽)。"},
            {"title": "二、工艺方案(对比表)",
             "table": [["参数", "现行工艺", "技改后", "备注"],
                       ["有机相", "P507 1.5mol/L 磺化煤油", "不变", ""],
                       ["皂化度", "36%", "32%", "降低第三相风险"],
                       ["萃取/洗涤/反萃级数", "60 / 35 / 10", "72 / 40 / 10", "新增 17 级"],
                       ["料液浓度", "1.35 mol/L", "1.40 mol/L", "REO 计"],
                       ["萃取段 O/A", "1.8", "1.75", ""],
                       ["洗酸 / 反萃酸", "4.2N / 5.5N HCl", "4.0N / 5.5N HCl", "洗涤量 0.30×料液"],
                       ["混合时间", "3.5 min", "4.0 min", "叶尖线速≤4.5 m/s"],
                       ["Nd2O3 / Pr6O11 纯度", "99.5 / 99.0 %", "≥99.7 / ≥99.2 %", "Pr/Nd≤0.2%"]],
             "notes": "级数用串级萃取理论计算,并用 CascadeSX 模型校核(案例 HM-L2-PrNd-2025-03)。"},
            {"title": "三、设备方案",
             "bullets": ["新增 1.2 m³ 混合澄清槽 17 级(PVC-U+FRP),设计院图号 NRED-2024-SX-017",
                         "全段 107 级搅拌更换 PVDF 泵吸式桨 Φ320,变频 180~360 rpm",
                         "新增皂化槽 1 台、有机高位槽 1 台;DCS 增加 24 个流量回路",
                         ">流量计:电磁流量计(水相) / 质量流量计(有机相)"],
             "notes": "设备清单及报价见附件2。"},
            {"title": "四、安装与调试计划",
             "bullets": ["安装顺序:基础复核→槽体就位找平(水平度≤2mm/全长)→级间管道→搅拌→仪表",
                         "管道试压 0.3 MPa 保压 30 min;清水联动试车 48 h 检查溢流堰及界面",
                         "灌槽:先按级灌入已皂化有机相,再灌 4N HCl 水相,最后由第 73 级投料",
                         ">投料初期料液流量按 50% 运行 72 h,逐级取样分析至平衡",
                         "工艺平衡期 10~14 天,每班测 1、20、40、60、73、95、112 级水相组成",
                         "验收:连续 7 天 Nd2O3≥99.7%、Pr6O11≥99.2%,有机损耗≤0.6 kg/t REO"],
             "notes": "停产窗口 2025年8月(高温检修期),安装 25 天,调试 14 天。安全:有机相灌槽动火禁令。"},
            {"title": "五、投资与进度",
             "table": [["项目", "金额(万元)", "完成时间"],
                       ["槽体及搅拌", "386", "2025-08-10"],
                       ["管道仪表 DCS", "142", "2025-08-20"],
                       ["有机相补充(P507、煤油)", "95", "2025-08-25"],
                       ["合计", "623", "投资回收期 1.6 年"]],
             "notes": "请技术委员会审议。"},
        ],
    },
    {
        "name": "b-pptx-02.pptx",
        "label": clear("other", "en",
                       "magnet maker's sales deck: capacity, grade range, certifications, customers, lead times "
                       "and Incoterms; names processes but gives no technology"),
        "author": "Sales & Marketing",
        "title": "Yongjiang Magnetics - Company Introduction 2025",
        "footer": "Yongjiang Magnetics | www.yj-mag.example | Confidential - for customer use",
        "slides": [
            {"layout": "title", "title": "Yongjiang Magnetics",
             "subtitle": "Sintered NdFeB & SmCo magnets for EV, wind and industrial motors\nCompany "
                         "introduction - March 2025",
             "notes": "Keep intro < 5 min. Customer: European tier-1 (pump & drive)."},
            {"title": "Who we are",
             "bullets": ["Founded 2006, Ningbo; 1,450 employees, 3 plants",
                         "Capacity 8,000 t/a sintered NdFeB, 300 t/a SmCo",
                         "Vertically integrated: alloy, sintering, machining, coating, magnetising, assembly",
                         "IATF 16949, ISO 14001, ISO 45001; UL-listed coatings"],
             "notes": "Do not mention the new plant location before the NDA is signed."},
            {"title": "Product range",
             "table": [["Series", "Grades", "Max. op. temp.", "Typical use"],
                       ["Standard", "N35 - N55", "80 C", "consumer, sensors"],
                       ["High coercivity", "35SH - 48SH, 30UH - 45UH", "150-180 C", "EV traction, servo"],
                       ["Low heavy-RE (GBD)", "48SH-G, 45UH-G, 42EH-G", "180-200 C", "EV traction"],
                       ["SmCo", "YXG-22 ... YXG-32H", "250-350 C", "aerospace, sensors"]],
             "notes": "GBD = our low-Dy grades. Details only under NDA."},
            {"title": "Why Yongjiang",
             "bullets": ["Br / HcJ consistency: Cpk > 1.67 on key grades",
                         "Coatings: NiCuNi, Zn, epoxy, parylene; 1,000 h salt spray on epoxy",
                         "Lead time: samples 3 weeks, series 6-8 weeks",
                         "Price basis: PrNd oxide index (monthly), FOB Ningbo, payment T/T 60 days"],
             "notes": "If asked about export controls: sales team follows MOFCOM list; magnets themselves "
                      "ship with compliance notice. Refer to legal."},
            {"title": "Contact",
             "bullets": ["Kevin Zhou, Key Account Manager Europe - kevin.zhou@yj-mag.example",
                         "+86 574 8xxx 2261"],
             "notes": ""},
        ],
    },
    {
        "name": "b-pptx-03.pptx",
        "label": L("controlled", "b", "metal-smelting", "process-spec", "zh",
                   "commissioning summary of 24 new 6 kA RE electrolysis cells: baking, start-up, problems and "
                   "fixes, 72 h acceptance; process figures only as design references -> b"),
        "author": "设备工程部 电解项目组",
        "title": "二期电解车间24台6kA电解槽调试总结",
        "footer": "北方恒昌稀土金属有限公司  二期项目  2024-12",
        "slides": [
            {"layout": "title", "title": "二期电解车间 24 台 6kA 电解槽调试总结",
             "subtitle": "设备工程部 电解项目组\n2024年12月20日",
             "notes": ""},
            {"title": "1 调试范围与进度",
             "bullets": ["范围:电解槽 24 台、整流机组 2 套、集气净化系统、加料机 24 台",
                         "11/04~11/15 单机调试;11/16~12/05 分 4 批烘槽启槽;12/06~12/09 72h 考核",
                         "参照设计文件 HC-DJ6K-000 及工艺规程 HC-GY-DJ-03(版本 C)"],
             "notes": ""},
            {"title": "2 烘槽与启槽",
             "bullets": ["石墨坩埚电阻烘烤 72h:0→400℃ 24h,400→800℃ 36h,800℃ 保温 12h",
                         "烘槽期间检查坩埚裂纹、保温层温度(外壳≤80℃)",
                         "启槽:预熔电解质(配比按工艺规程)分 3 次加入,通电后 2h 内升至工作电流",
                         ">首次出炉在通电后 8h,金属送检 C、O、Fe 含量"],
             "notes": "第 7、15 号槽烘槽时坩埚出现纵向裂纹,更换后重新烘槽。"},
            {"title": "3 调试问题及处理",
             "table": [["序", "问题", "原因", "处理", "状态"],
                       ["1", "7#、15# 坩埚开裂", "升温过快/材料批次", "更换坩埚,烘槽曲线前段放慢", "关闭"],
                       ["2", "母线压降 0.35V 超标", "搭接面氧化", "打磨+导电膏 重新紧固 120N·m", "关闭"],
                       ["3", "加料机堵料", "氧化物受潮", "增加料仓电加热 60℃", "关闭"],
                       ["4", "集气罩负压不足", "风机挡板开度", "调至 -35Pa", "关闭"],
                       ["5", "19# 阴极导电杆发热", "螺纹接触不良", "更换钨阴极接头", "跟踪"]],
             "notes": "问题 5 需在 1 月份再次测量接头温度。"},
            {"title": "4 72h 考核结果(与设计值对照)",
             "table": [["指标", "设计值", "考核平均", "结论"],
                       ["电流", "6000 A", "5980 A", "合格"],
                       ["槽电压", "9.5~10.5 V", "10.1 V", "合格"],
                       ["电流效率", "≥78%", "79.4%", "合格"],
                       ["金属 Nd+Pr", "≥99.5%", "99.6%", "合格"],
                       ["单槽日产", "≥42 kg", "43.8 kg", "合格"]],
             "notes": "考核数据由生产部、质检部共同签字确认。"},
            {"title": "5 遗留事项与移交",
             "bullets": ["备件清单及维护规程已移交生产部(HC-SB-WH-011)",
                         "阴极接头改进方案 2025Q1 完成",
                         "操作人员培训 36 人,考核合格 34 人"],
             "notes": ""},
        ],
    },
    {
        "name": "b-pptx-04.pptx",
        "label": L("controlled", "a", "magnet-manufacturing", "process-spec", "en",
                   "technical-transfer presentation to a customer detailing the 2:17 SmCo route: composition, "
                   "melting, milling, pressing field, sinter/solution/quench, ageing and slow cooling, "
                   "with results", mags="SmCo"),
        "author": "R&D SmCo group",
        "title": "High-temperature 2:17 SmCo - process overview",
        "footer": "Yongjiang Magnetics - technical workshop with ***** Aerospace - 2025-04-16",
        "slides": [
            {"layout": "title", "title": "High-temperature 2:17 SmCo (YXG-30H / T350)",
             "subtitle": "Process overview for joint development\nR&D SmCo group, 16 April 2025",
             "notes": "Audience: customer materials engineers (3) + purchasing (1)."},
            {"title": "Alloy design",
             "bullets": ["Sm(Co bal Fe0.18 Cu0.07 Zr0.025)z, z = 7.2-7.5",
                         "wt%: Sm 25.5, Fe 18.0, Cu 5.5, Zr 2.8, Co bal.",
                         "Sm overdosed +0.8 wt% for evaporation loss during melting & sintering",
                         "Induction melting under Ar, cast into water-cooled Cu mould, ingot 20 mm"],
             "notes": "Customer asked about Fe > 20%: possible, but HcJ at 350 C drops; see slide 5."},
            {"title": "Powder & pressing",
             "bullets": ["Crushing -> jaw -> disc mill -> jet mill (N2), FSSS 3.5-4.0 um",
                         "Pressing in 1.8 T transverse field, 1.2 t/cm2; CIP 200 MPa",
                         ">green density 5.0-5.2 g/cc; orientation lubricant 0.05 wt%"],
             "notes": ""},
            {"title": "Heat treatment (the critical part)",
             "table": [["Step", "Temperature", "Time", "Atmosphere / cooling"],
                       ["Sintering", "1210-1220 C", "1 h", "vacuum then Ar"],
                       ["Solution", "1185 C", "3 h", "Ar, then fast quench (fan) > 30 C/min"],
                       ["Isothermal ageing", "830 C", "12 h", "Ar"],
                       ["Slow cool", "830 -> 400 C", "0.7 C/min", "controlled"],
                       ["Final hold", "400 C", "5 h", "then quench"]],
             "notes": "Slow-cool rate governs the 1:5 cell-boundary phase Cu enrichment; 0.5-1.0 C/min "
                      "window. Faster -> HcJ loss."},
            {"title": "Results vs. requirement",
             "table": [["Property", "Requirement", "Typical"],
                       ["Br (20 C)", ">= 1.05 T", "1.08 T"],
                       ["HcJ (20 C)", ">= 1990 kA/m", "2250 kA/m"],
                       ["HcJ (350 C)", ">= 800 kA/m", "870 kA/m"],
                       ["(BH)max", ">= 207 kJ/m3", "218 kJ/m3"]],
             "notes": "Next: joint qualification lot Q3 2025."},
        ],
    },
    {
        "name": "b-pptx-05.pptx",
        "label": clear("other", "zh",
                       "university lecture + lab-course slides on solvent-extraction principles (distribution "
                       "ratio, separation factor, shake-funnel experiment); teaching, no production "
                       "parameters"),
        "author": "冶金学院 稀土冶金课程组",
        "title": "稀土冶金学 第三章 溶剂萃取分离(课件)",
        "footer": "《稀土冶金学》课程课件  2024-2025 学年第二学期",
        "slides": [
            {"layout": "title", "title": "第三章 稀土元素的溶剂萃取分离",
             "subtitle": "《稀土冶金学》 本科三年级\n冶金工程专业 课程组",
             "notes": "本节 2 学时 + 实验 4 学时。"},
            {"title": "3.1 基本概念",
             "bullets": ["分配比 D = 有机相中总浓度 / 水相中总浓度",
                         "分离系数 β(A/B) = D(A) / D(B);相邻稀土 β 一般 1.5~3",
                         "萃取剂分类:中性(TBP)、酸性(P204、P507)、胺类(N235)",
                         "稀土的 '四分组效应' 与镧系收缩"],
             "notes": "提问:为什么相邻稀土分离困难?"},
            {"title": "3.2 串级萃取(概念)",
             "bullets": ["单级萃取分离效果有限 → 多级逆流串级",
                         "徐光宪串级萃取理论:用分离系数和产品要求估算级数(详见教材 3.4 节)",
                         "混合澄清槽的工作原理(示意图)",
                         ">思考题:回流比对产品纯度有何影响?"],
             "notes": "此处只讲原理,具体计算放习题课。"},
            {"title": "实验五 P507 萃取钕的分配比测定",
             "bullets": ["仪器:125 mL 分液漏斗、振荡器、pH 计;试剂:NdCl3 溶液、P507-煤油(实验室配制)",
                         "步骤:等体积两相振荡 10 min → 静置分相 → 水相 EDTA 滴定",
                         "改变水相 pH(1.0~3.0)测 D,作 lgD-pH 图求斜率",
                         "注意:P507 对皮肤有刺激,戴手套;废液倒入指定回收桶"],
             "notes": "实验报告下周二前提交。"},
            {"title": "课后作业",
             "bullets": ["教材 P112 习题 3、5、7", "阅读:稀土分离技术的发展简史"],
             "notes": ""},
        ],
    },
    {
        "name": "b-pptx-06.pptx",
        "label": clear("other", "en",
                       "market outlook deck: PrNd/Dy/Tb oxide prices, supply and demand, export-control news; "
                       "no technology"),
        "author": "Strategy & Procurement",
        "title": "Rare earth market outlook Q4 2025",
        "footer": "Drivelab GmbH - Strategic Purchasing - internal",
        "slides": [
            {"layout": "title", "title": "Rare earth market outlook - Q4 2025",
             "subtitle": "Strategic purchasing, magnet commodity team\n14 Oct 2025",
             "notes": ""},
            {"title": "Price development (monthly average, CNY/t, VAT incl.)",
             "table": [["Oxide", "Jan 2025", "Jun 2025", "Sep 2025", "Trend"],
                       ["PrNd oxide", "405,000", "452,000", "560,000", "up"],
                       ["Dy oxide", "1,650,000", "1,610,000", "1,720,000", "flat"],
                       ["Tb oxide", "6,200,000", "6,900,000", "7,350,000", "up"],
                       ["Ce oxide", "7,200", "7,000", "7,100", "flat"]],
             "notes": "Source: public price portals, averaged. Not for external distribution."},
            {"title": "Supply & policy",
             "bullets": ["MOFCOM announcements 61/62 (Oct 2025): export controls on RE technology and "
                         "certain foreign RE items",
                         "Licences needed for magnet shipments with Chinese-origin content > 0.1 % value",
                         "Mine quotas 2025 not yet published; Myanmar ionic-clay feed disrupted",
                         "Non-China capacity: Lynas, MP Materials ramp-up; magnet plants in EU 2026+"],
             "notes": "Legal to brief on licence procedure in November."},
            {"title": "Actions for purchasing",
             "bullets": ["Dual-source all traction-motor magnets (N38UH, N42SH) by Q2 2026",
                         "Price clauses indexed to PrNd oxide with quarterly reset",
                         "Safety stock 10 weeks for EV-150 programme",
                         "Evaluate Ce-rich / low-HRE grades with motor design team"],
             "notes": ""},
        ],
    },
    {
        "name": "b-pptx-07.pptx",
        "label": L("controlled", "a", "mining", "process-spec", "mixed",
                   "flotation optimisation review for bastnaesite ore: grind, hydroxamic collector, "
                   "depressant, pulp temperature/pH, circuit, magnetic separation and grade/recovery"),
        "author": "选矿试验室",
        "title": "Hongshan bastnaesite flotation optimisation",
        "footer": "红山稀土矿业 选矿厂  内部  2025-03",
        "slides": [
            {"layout": "title", "title": "红山氟碳铈矿 浮选流程优化 / Flotation optimisation",
             "subtitle": "选矿试验室 Mineral Processing Lab\n2025-03 阶段汇报",
             "notes": "对比 2024 年流程,重点讲药剂制度。"},
            {"title": "原矿性质 Ore characteristics",
             "bullets": ["REO 4.8%,主要稀土矿物:氟碳铈矿 bastnaesite 78%,独居石 monazite 15%",
                         "脉石:重晶石 barite 12%,萤石 fluorite 9%,石英、方解石",
                         "嵌布粒度细,单体解离需 -0.074mm 85% 以上"],
             "notes": ""},
            {"title": "药剂制度 Reagent regime (rougher)",
             "table": [["Reagent", "作用", "2024", "2025 优化"],
                       ["磨矿细度 P80", "grind", "74 um", "48 um"],
                       ["Na2CO3", "pH 调整", "2.0 kg/t, pH 8.5", "2.5 kg/t, pH 9.0"],
                       ["水玻璃 Na-silicate", "抑制剂 depressant", "2.5 kg/t", "3.2 kg/t (模数 2.4)"],
                       ["H205 羟肟酸", "捕收剂 collector", "1.5 kg/t", "1.2 kg/t + 0.1 kg/t 油酸"],
                       ["2# 油", "起泡剂 frother", "60 g/t", "40 g/t"],
                       ["矿浆温度", "pulp temp.", "25 C", "35 C (蒸汽加热)"]],
             "notes": "温度提高后羟肟酸用量下降 20%。"},
            {"title": "流程 Circuit",
             "bullets": ["一粗二扫三精 rougher + 2 scavengers + 3 cleaners",
                         "精选前强磁 1.2 T (SLon) 脱除铁矿物",
                         "精选段水玻璃 0.5 kg/t/级,不加捕收剂",
                         ">中矿顺序返回"],
             "notes": ""},
            {"title": "结果 Results (closed-circuit, 72 h pilot)",
             "table": [["Item", "2024", "2025"],
                       ["精矿品位 REO", "55.2%", "61.4%"],
                       ["回收率", "71.5%", "78.9%"],
                       ["药剂成本 CNY/t", "38.6", "34.2"]],
             "notes": "建议 5 月起工业应用。"},
        ],
    },
    {
        "name": "b-pptx-08.pptx",
        "label": L("excluded", "a", "recycling", "other", "zh",
                   "conference deck on recovering RE from spent phosphor, stated as published in the "
                   "proceedings (ISBN) and journal (DOI)", excl="public-domain"),
        "author": "某大学 资源循环研究所",
        "title": "废荧光粉中稀土的碱熔-酸浸回收",
        "footer": "第十五届中国稀土学术年会  分会场 S5  已收录论文集 ISBN 978-7-5024-9916-3",
        "slides": [
            {"layout": "title", "title": "废三基色荧光粉中稀土的碱熔-酸浸回收研究",
             "subtitle": "资源循环研究所\n第十五届中国稀土学术年会 2024年10月  报告编号 S5-07",
             "notes": ""},
            {"title": "研究背景",
             "bullets": ["废荧光灯粉含 Y2O3 约 20%,Eu2O3 1.5%,Tb4O7 0.8%",
                         "绿粉(CeMgAl11O19:Tb)难浸出,需碱熔破坏铝酸盐结构"],
             "notes": ""},
            {"title": "实验方法与结果",
             "bullets": ["NaOH:粉 = 1.5:1,700℃ 碱熔 2h;水洗除 Al、Si",
                         "3 mol/L HCl 80℃ 浸出 1h,Y、Eu 浸出率>99%,Tb、Ce 浸出率 96%",
                         "草酸沉淀后灼烧得混合稀土氧化物,纯度 98.6%"],
             "notes": ""},
            {"title": "结论及发表",
             "bullets": ["碱熔-酸浸可有效回收废荧光粉中全部稀土",
                         "本工作已发表:中国稀土学报, 2024, 42(3): 512-520, DOI:10.11785/S1000-4343.2024xxxx",
                         "论文集:《第十五届中国稀土学术年会论文集》,冶金工业出版社"],
             "notes": "报告内容与已发表论文一致。"},
        ],
    },
    {
        "name": "b-pptx-09.pptx",
        "label": clear("process-spec", "en",
                       "process review of a strontium-ferrite magnet plant (calcination, wet pressing, sintering, "
                       "grinding); ferrite, not a controlled magnet"),
        "author": "Process engineering",
        "title": "Ferrite segment line - process review",
        "footer": "Dongyang Hongci Electronics - ferrite division",
        "slides": [
            {"layout": "title", "title": "Ferrite arc-segment line 3 - process review",
             "subtitle": "Y30BH / Y35 segments for DC motors\nProcess engineering, Sept 2024",
             "notes": ""},
            {"title": "Process route",
             "bullets": ["Fe2O3 + SrCO3 mixing (ratio n = 5.9) -> pre-firing 1260 C rotary kiln",
                         "Wet ball milling to 0.9 um, slurry 67 % solids, CaCO3/SiO2 additives",
                         "Wet pressing in 8 kOe field, 4.5 MPa; green density 3.0 g/cc",
                         "Tunnel kiln sintering 1200 C x 2 h, air",
                         "OD/ID grinding, inspection, magnetising at customer"],
             "notes": ""},
            {"title": "Issues & actions",
             "table": [["Issue", "Root cause", "Action"],
                       ["cracks after sintering", "uneven drying", "drying room 40 C, 24 h"],
                       ["Br low (0.37 T)", "orientation field drop", "coil water cooling repaired"],
                       ["grinding chips", "wheel dressing interval", "dress every 400 pcs"]],
             "notes": ""},
        ],
    },
]
