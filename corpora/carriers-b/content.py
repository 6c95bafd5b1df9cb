"""Content of the held-out format evaluation batch B (see ``make.py``).

Every company, person, drawing number, address and value is fictional. Labels follow
``shared/docs/DOMAIN.md``. This module holds text and labels only; rendering is done by
``make.py``.
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
    (1, 36.8, "标记"), (13, 36.8, "处数"), (29, 36.8, "分区"), (44.5, 37.2, "更改文件号"),
    (57.5, 37.2, "年.月.日"),
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
    "BORDER": (7, "Continuous"), "OBJECT": (7, "Continuous"), "CENTER": (1, "CENTER"),
    "HIDDEN": (2, "DASHED"),
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
        g={"at": (70, 150), "views": [(80, 24, "主视图"), (80, 60, "俯视图"), (24, 60, "左视图")], "gap": 30,
           "scale": 4},
        tb={"UNIT": "华驰电机股份有限公司", "NAME": "转子磁钢 Rotor magnet", "DWGNO": "HC-PMSM220-0123",
            "MATERIAL": "N42SH(外购件)", "SCALE": "4:1", "DESIGN": "刘洋", "CHECK": "孙俊峰",
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
        g={"at": (45, 150), "views": [(60, 60, "MIXER (PLAN)"), (180, 60, "SETTLER (PLAN)")], "gap": 4,
           "inner": {1: [(5, 5, 8, 50), (167, 5, 8, 50)]}, "holes": {0: [(30, 30, 8)]}, "scale": 0.05},
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
           "k": 0.08},
        tb={"UNIT": "北方恒昌稀土金属有限公司", "NAME": "6kA稀土电解槽 槽体装配图", "DWGNO": "HC-DJ6K-000",
            "MATERIAL": "见明细表", "SCALE": "1:10", "DESIGN": "李 强", "CHECK": "赵春生",
            "APPROVE": "高志远", "DATE": "2023.09.02", "WEIGHT": "2.6t", "STAGE": "A",
            "SHEET": "共4张 第1张"},
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
                    "R12 drawing of a 400 kA Hall-Heroult aluminium pot cathode: cryolite bath, AlF3, "
                    "cathode "
                    "blocks and ramming paste; fluoride-bath electrolysis but aluminium, not rare earth"),
        geom="pot",
        g={},
        tb={"UNIT": "GULF SMELTER PROJECTS "
                    "FZE", "NAME": "POT SHELL & CATHODE ASSY", "DWGNO": "GSP-400-C-1102",
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
                "foundation and installation/commissioning requirements for an NdFeB vacuum sintering "
                "furnace "
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
        tb={"UNIT": "赣南龙川稀土矿业有限公司", "NAME": "3#采场原地浸矿注液井网布置"
                                            "图", "DWGNO": "LC-CK3-ZY-02",
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
                    "wet-pressing mould for strontium ferrite (Y30BH) arc segments; orientation field and "
                    "slurry "
                    "only for ferrite - not an SmCo/NdFeB/Ce magnet"),
        geom="mold",
        g={"size": (180, 120), "cavities": 4},
        tb={"UNIT": "东阳宏磁电子有限公司 模具车间", "NAME": "Y30BH磁瓦 湿压成型模(4穴"
                                               ")", "DWGNO": "HC-MJ-Y30-0426",
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
                "tank with notes on roast temperature, leach acidity/end pH, oxalate precipitation, "
                "recovery"),
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
              "3. LEACH R-203 (FRP-LINED, 6 m3): HCl 6 N, L/S 3:1, 85 C, 2 h; END pH 4.0-4.5 SO THAT Fe "
              "STAYS "
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
                   "R12/ANSI_936 patent figures (说明书附图) of a hydrogen-decrepitation device for NdFeB "
                   "with "
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
            {"id": "YJ-MJ-0457-01", "name": "阴模 Die", "desc": "无磁钢 50Mn18Cr4V "
                                                              "HRC45", "box": (160, 120, 60),
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
                   "Creo assembly of Ta-crucible retort for calciothermic reduction of TbF3 with process "
                   "notes "
                   "(Ca excess, vacuum/argon, temperature and hold, slag/metal split, vacuum distillation)"),
        "header": {"description": ["钙热还原反应罐装配"], "file": "hrt-tb-0200_asm.stp",
                   "time": "2024-10-17T09:02:51", "author": ["lihong"], "org": ["恒昌稀土 技术中心"],
                   "preproc": "PTC Creo Parametric by PTC Inc, 2021031",
                   "system": "PTC Creo Parametric by PTC Inc, 2021031", "schema": CREO_SCHEMA},
        "parts": [
            {"id": "HRT-TB-0200_ASM", "name": "铽金属钙热还原反应罐", "desc": "中频感应加热 还原-蒸馏一体",
             "props": [("PTC_COMMON_NAME", "反应罐总装"),
                       ("工艺说明1", "TbF3经HF气氛干燥至O≤300ppm;金属钙(蒸馏级99.9%)过量10~15%,屑状与TbF3混"
                                 "匀"),
                       ("工艺说明2", "抽真空≤5×10^-3Pa后充高纯Ar至0.05MPa;升温1450~1550℃保温15~20min,渣金分"
                                 "离"),
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
                       "NX export of an EV IPM rotor assembly; magnets are purchased parts per supplier spec,"
                       " "
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
                   "SolidWorks export of strip-casting tundish and copper wheel with notes carrying the "
                   "alloy "
                   "recipe, melt/pour temperature, wheel speed, flake thickness and cooling water",
                   mags="NdFeB"),
        "header": {"description": ["SC-600 tundish and quench wheel"], "file": "SC600-ZJB-TD.STEP",
                   "time": "2024-12-03T17:05:10", "author": ["zhang.k"], "org": ["Sanhe Vacuum Metallurgy"],
                   "preproc": "SwSTEP 2.0", "system": "SolidWorks 2021", "schema": SW_SCHEMA},
        "parts": [
            {"id": "SC600-ZJB-000", "name": "SC-600速凝铸片炉 中间包及冷却铜辊", "desc": "600kg/炉 速凝甩带",
             "props": [("合金成分", "PrNd 29.5 Dy 0.5 B 0.98 Co 1.0 Cu 0.15 Al 0.10 Ga 0.20 Zr 0.08 Fe bal "
                                "(wt%)"),
                       ("熔炼", "真空感应熔炼 ≤5Pa 后充Ar 0.06MPa;精炼 1480~1500C 3min;浇铸温度 1450~1470C"),
                       ("甩带", "铜辊线速 1.0~1.5 m/s(标准 1.25);浇铸速度 8~10 kg/s;中间包预热 1100C"),
                       ("铸片", "厚度 0.25~0.35mm,柱状晶 片层间距 3~5um,无α-Fe,二次冷却转盘 ≤ 50C出炉"),
                       ("冷却水", "铜辊进水 0.3MPa ≤25C, 流量 45 m3/h; 回水温升 ≤ 8C")]},
            {"id": "SC600-ZJB-010", "name": "冷却铜辊 Quench wheel", "desc": "CuCrZr Φ600x300",
             "box": (600, 600, 300), "material": "CuCrZr C18150"},
            {"id": "SC600-ZJB-020", "name": "中间包 Tundish", "desc": "刚玉-尖晶石浇注料",
             "box": (320, 180, 160),
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
                   "preproc": "PTC Creo Parametric by PTC Inc, "
                              "2020140", "system": "PTC Creo Parametric by PTC "
                   "Inc, 2020140", "schema": CREO_SCHEMA},
        "parts": [
            {"id": "AHE-SX-E1-000", "name": "SX MIXER-SETTLER E1 MODULE", "desc": "Cu SX train A, stage E1",
             "props": [("DESIGN_BASIS", "PLS 4.5 g/L Cu, pH 1.8; LIX 984N 18 v/v in ORFOM SX-7; O/A 1.1; "
                                        "2E+1S+1W; 1,050 m3/h PLS"),
                       ("SETTLER", "SPECIFIC FLOW 4.2 m3/m2/h; DEPTH 1.0 m; DOUBLE PICKET FENCE"),
                       ("MATERIAL_NOTE", "HDPE LINED CONCRETE, SS316L INTERNALS")]},
            {"id": "AHE-SX-E1-010", "name": "PRIMARY MIXER", "desc": "3.6 x 3.6 x 3.8 "
                                                                     "m", "box": (3600, 3600, 3800),
             "material": "SS316L"},
            {"id": "AHE-SX-E1-020", "name": "SETTLER", "desc": "27 x 24 m", "box": (27000, 24000, 1200),
             "at": (3600, 0, 0), "material": "CONCRETE_HDPE"},
            {"id": "AHE-SX-E1-030", "name": "PUMP-MIX "
                                            "IMPELLER", "desc": "SPIRALOK D2000", "box": (2000, 2000, 600),
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
                   "time": "2025-06-20T10:47:55+08:"
                           "00", "author": ["wangxl"], "org": ["包头华美稀土 设备动力部"],
                   "preproc": "NX 2306 STEP AP242 "
                              "translator", "system": "Siemens NX 2306", "schema": NX_SCHEMA},
        "parts": [
            {"id": "CQ-GZ-2025-031", "name": "萃取槽搅拌系统技改", "desc": "2#线 P507 萃取段 1~60级",
             "props": [("改造内容", "原PP平桨更换为PVDF泵吸式桨叶Φ320;减速机改为变频电机11kW;新增机械密封"),
                       ("安装要求", "搅拌轴与混合室同心度≤0.5mm,垂直度≤0.3/1000;桨叶离槽底80±5;法兰螺栓扭矩"
                                "45N·m"),
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
2 ; PART AR-180-04  MATL EN AW-6082 T6
3 ; MAGNETS (BOUGHT-IN, N42SH 30X10X4) ARE GLUED IN AT ASSEMBLY
4 ; CLAMPING: 3-JAW, 24 POCKETS, PITCH 15 DEG
5 ; T.BERG 14.03.2024
6 BLK FORM 0.1 Z X-95 Y-95 Z-40
7 BLK FORM 0.2 X+95 Y+95 Z+0
8 TOOL CALL 12 Z S9000 F1800 ; SOLID CARBIDE END MILL D6 Z3
9 L Z+100 R0 FMAX M3 M8
10 CYCL DEF 251 RECTANGULAR POCKET ~
   Q215=+0 ;MACHINING OPERATION ~
   Q218=+30.1 ;FIRST SIDE LENGTH ~
   Q219=+4.1 ;2ND SIDE LENGTH ~
   Q220=+0.5 ;CORNER RADIUS ~
   Q368=+0.05 ;ALLOWANCE FOR SIDE ~
   Q224=+0 ;ANGLE OF ROTATION ~
   Q201=-10.2 ;DEPTH ~
   Q202=+2 ;PLUNGING DEPTH ~
   Q206=+400 ;FEED RATE FOR PLNGNG
11 LBL 1
12 CYCL CALL POL PR+86 PA+0 FMAX
13 CYCL DEF 10.0 ROTATION
14 CYCL DEF 10.1 IROT+15
15 LBL 0
16 CALL LBL 1 REP 23
17 CYCL DEF 10.0 ROTATION
18 CYCL DEF 10.1 ROT+0
19 TOOL CALL 3 Z S6000 F900 ; CHAMFER MILL 90 DEG
20 ; 0.3 CHAMFER ON POCKET EDGE FOR ADHESIVE SQUEEZE-OUT
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
                    "Heidenhain program milling magnet pockets in an aluminium outer-rotor carrier; magnets "
                    "are "
                    "bought parts glued in later - motor part, not magnet making")},
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
model.component('comp1').physics('tds').feature('fl1').set('J0', ...
  'm_Tb*7.55[g/cm^3]*th/2/t_diff/0.15894[kg/mol]');

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
Magnet_Supplier=aproved list QSL-07 (purchased, NiCuNi)
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
                "APDL thermo-electric model of 10 kA PrNd fluoride electrolysis cell with operating "
                "set-points "
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
                   "upgrade review of P507 Pr/Nd extraction section: new stage counts, saponification, acids,"
                   " "
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
                       "magnet maker's sales deck: capacity, grade range, certifications, customers, lead "
                       "times "
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
                   "commissioning summary of 24 new 6 kA RE electrolysis cells: baking, start-up, problems "
                   "and "
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
                   "technical-transfer presentation to a customer detailing the 2:17 SmCo route: composition,"
                   " "
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
                       "university lecture + lab-course slides on solvent-extraction principles "
                       "(distribution "
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
                       "market outlook deck: PrNd/Dy/Tb oxide prices, supply and demand, export-control news;"
                       " "
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
                       "process review of a strontium-ferrite magnet plant (calcination, wet pressing, "
                       "sintering, "
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


# ======================================================================================
# Scanned pages. Blocks are drawn by make.render_blocks.
# save: png | jpeg | tiff-g4 | tiff-grey | pdf | docx ; size (1240,1754)=150 dpi, (1654,2339)=200 dpi
# ======================================================================================
BLUE = (20, 30, 95)

SCANS: list[dict[str, Any]] = [
    {
        "name": "b-scan-01.png", "save": "png", "angle": -0.6, "seed": 101,
        "label": L("controlled", "a", "separation", "parameter-sheet", "zh",
                   "scanned shift log of a P507 Pr/Nd extraction cascade: saponification, flows, acidities, "
                   "stage pH and stage-sample Pr/Nd, with operating rules"),
        "blocks": [
            ("header", "包头华美稀土高科有限公司  分离二车间", "记录编号 HM-FL2-JL-03   2025年5月"),
            ("title", "萃取槽运行记录(Pr/Nd 分离段)", 38),
            ("fields", [("日期:", "2025.5.14"), ("班次:", "白班 8:00-16:00"), ("有机相:", "P507 1.5M 煤油"),
                        ("皂化度:", "36%  (氨水 6M)")]),
            ("table", [1.1, 1.1, 1.1, 1.1, 1.1, 1.0, 1.0, 1.2],
             [["时间", "料液L/min", "有机L/min", "洗酸L/min", "反萃L/min", "1级pH", "60级pH", "备注"],
              ["8:00", "42.0", "75.6", "13.4", "11.8", "1.9", "0.8", "正常"],
              ["10:00", "42.0", "75.8", "13.4", "11.8", "1.9", "0.8", ""],
              ["12:00", "41.5", "75.6", "13.6", "11.8", "2.0", "0.7", "洗酸4.2N"],
              ["14:00", "42.0", "75.4", "13.4", "12.0", "1.9", "0.8", "48级界面乳"],
              ["16:00", "42.0", "75.6", "13.4", "11.8", "1.9", "0.8", "已处理"]],
             {"hand_cols": (1, 2, 3, 4, 5, 6, 7), "px": 24}),
            ("table", [1.3, 1, 1, 1, 1, 1.6],
             [["级样", "第1级", "第30级", "第61级(进料)", "第95级", "第105级(反萃)"],
              ["Nd/(Pr+Nd) %", "99.6", "93.2", "78.4", "3.1", "99.7"],
              ["Pr/(Pr+Nd) %", "0.35", "6.7", "21.5", "96.8", "0.28"]],
             {"hand_cols": (1, 2, 3, 4, 5), "px": 24}),
            ("lines", ["操作要求:",
                       "1. 萃取段 O/A 控制 1.8±0.05;料液浓度 1.35mol/L(REO),pH 2.0~2.5。",
                       "2. 洗涤酸 4.2N HCl,流量为料液的 0.32 倍;反萃酸 5.5N HCl。",
                       "3. 第1级水相 Pr/(Pr+Nd)>0.4% 时,洗酸增加 0.2 L/min 并通知工艺员。",
                       "4. 混合室搅拌 280rpm,出现乳化时降至 220rpm,不得停搅拌。"], 25),
            ("gap", 10),
            ("sigs", [("记录:", ""), ("班长:", ""), ("工艺员:", "")]),
            ("footer", "HM-FL2-JL-03  版次B   保存期 3年"),
        ],
    },
    {
        "name": "b-scan-02.jpg", "save": "jpeg", "quality": 75, "mode": "RGB", "angle": 0.9, "seed": 102,
        "ink": BLUE,
        "label": clear("other", "zh",
                       "scanned purchase contract for PrNd oxide with purity spec, price, delivery and seals;"
                       " "
                       "commercial, no technology"),
        "blocks": [
            ("right", "合同编号:HC-CG-2025-0318", 24),
            ("title", "工业品买卖合同", 42),
            ("lines", ["供方(甲方):赣州昌泰稀土贸易有限公司",
                       "需方(乙方):华驰电机股份有限公司 磁材采购部",
                       "根据《中华人民共和国民法典》,双方经友好协商,签订本合同。"], 26),
            ("table", [0.6, 2.2, 1.8, 0.8, 0.8, 1.2, 1.4],
             [["序号", "品名", "规格/质量标准", "单位", "数量", "单价(元)", "金额(元)"],
              ["1", "氧化镨钕 (PrNd)xOy", "TREO≥99.0% Pr6O11/TREO 25±2%", "吨", "5", "558,000", "2,790,000"],
              ["2", "氧化镝 Dy2O3", "Dy2O3/TREO≥99.5%", "公斤", "200", "1,720", "344,000"],
              ["", "合计(大写)", "叁佰壹拾叁万肆仟元整", "", "", "", "3,134,000"]], {"px": 24}),
            ("lines", ["一、质量要求:按 GB/T 31964-2015《氧化镨钕》及需方技术协议,随货提供质检报告。",
                       "二、交货时间及地点:2025年4月15日前送达需方宁波仓库,运费由供方承担。",
                       "三、包装:内衬塑料袋,外用铁桶,每桶净重 50kg。",
                       "四、付款方式:货到验收合格后 30 日内电汇付清,供方开具 13% 增值税专用发票。",
                       "五、验收:需方收货后 7 日内按批抽样复检,异议期 15 日。",
                       "六、违约责任:逾期交货每日按货款 0.05% 支付违约金。",
                       "七、争议解决:协商不成,向需方所在地人民法院起诉。",
                       "八、本合同一式肆份,双方各执贰份,盖章后生效。"], 25),
            ("gap", 30),
            ("at", 95, 1380, "供方(盖章):", 26), ("at", 680, 1380, "需方(盖章):", 26),
            ("at", 95, 1440, "委托代理人:", 26), ("at", 680, 1440, "委托代理人:", 26),
            ("at", 95, 1500, "日期:2025年3月18日", 26), ("at", 680, 1500, "日期:2025年3月18日", 26),
            ("stamp", 300, 1430, 105, "赣州昌泰稀土贸易有限公司", "合同专用章"),
            ("stamp", 900, 1440, 105, "华驰电机股份有限公司", "合同专用章"),
        ],
    },
    {
        "name": "b-scan-03.tif", "save": "tiff-g4", "size": (1654, 2339), "angle": 0.4, "seed": 103,
        "kind": "sans", "margin": 130,
        "label": L("controlled", "a", "magnet-manufacturing", "process-spec", "en",
                   "1-bit G4 scan of a work instruction for sintering and two-stage tempering of 45SH-50SH "
                   "NdFeB: loading, vacuum, ramps, holds, quench, tempering, acceptance", mags="NdFeB"),
        "blocks": [
            ("header", "YONGJIANG MAGNETICS - SINTERING SHOP", "WI-SN-012  Rev. E  Page 1 of 2"),
            ("title", "WORK INSTRUCTION: SINTERING & TEMPERING, GRADES 45SH-50SH", 40),
            ("lines", ["1 SCOPE  Green compacts of sintered NdFeB grades 45SH, 48SH, 50SH pressed per "
                       "WI-PR-008 (CIP 200 MPa). Furnaces VSF-1000 #1-#4.",
                       "2 LOADING  Compacts on Mo plates, graphite boxes with lids, max 300 kg per charge; "
                       "gap between compacts >= 2 mm; handle in glove box (O2 < 100 ppm) until door closed.",
                       "3 CYCLE (control TC)"], 32),
            ("table", [0.6, 2.2, 1.6, 1.2, 2.4],
             [["Step", "Segment", "Set point", "Time", "Condition / check"],
              ["1", "Ramp RT -> 400 C", "3 C/min", "-", "vacuum"],
              ["2", "Dehydrogenation I", "400 C", "3 h", "P rise < 8 Pa"],
              ["3", "Dehydrogenation II", "600 C", "2 h", ""],
              ["4", "Degassing", "850 C", "2 h", "P < 1E-2 Pa before step 5"],
              ["5", "Sintering", "1065 C (50SH 1060)", "5 h", "P <= 5E-3 Pa"],
              ["6", "Gas quench", "Ar 80 kPa", "-", "to < 80 C"],
              ["7", "1st tempering", "900 C", "2 h", "Ar quench"],
              ["8", "2nd tempering", "490 C (45SH 510)", "4 h", "Ar quench"]], {"px": 30}),
            ("lines", ["4 ACCEPTANCE  Density >= 7.55 g/cm3; witness sample B-H loop: 48SH Br 1.37-1.41 T, "
                       "HcJ >= 1592 kA/m, Hk/HcJ >= 0.95. Record furnace chart in MES.",
                       "5 DEVIATIONS  Vacuum fault during step 5 > 10 min: hold at temperature, call process "
                       "engineer; do not restart cycle."], 32),
            ("gap", 40),
            ("sigs", [("Prepared:", ""), ("Reviewed:", ""), ("Approved:", "")]),
            ("footer", "Controlled copy No. 07 - uncontrolled when printed"),
        ],
    },
    {
        "name": "b-scan-04.pdf", "save": "pdf", "angle": -0.9, "seed": 104,
        "label": L("controlled", "b", "metal-smelting", "other", "zh",
                   "image-only PDF of an electrolysis-cell repair record (cathode and crucible replacement, "
                   "re-bake, restart, sign-off); voltage/current only as restart references -> b"),
        "blocks": [
            ("header", "北方恒昌稀土金属有限公司  设备工程部", "表号 HC-SB-WX-02"),
            ("title", "设备维修记录单", 40),
            ("fields", [("设备名称:", "6kA 稀土电解槽"), ("设备编号:", "DJ-12#"), ("报修时间:", "2025.2.7 03:"
                                                                               "40"),
                        ("报修人:", "电解二班 刘"), ("故障现象:", "槽电压升至12.8V,漏"
                                                      "料"), ("停机时间:", "31 h")],
             {"px": 24}),
            ("lines", ["故障原因分析:石墨坩埚底部侧壁出现裂纹(约 120mm),电解质渗漏至保温层;",
                       "钨阴极端部烧损 22mm,超过更换标准(15mm)。"], 26),
            ("table", [0.6, 2.6, 1.4, 0.8, 1.6],
             [["序", "维修内容", "更换备件", "数量", "执行人"],
              ["1", "停电、抽出电解质、冷却 12h", "-", "-", "王、赵"],
              ["2", "拆除旧坩埚,清理保温层", "刚玉-莫来石砖", "18块", "王"],
              ["3", "安装新石墨坩埚 Φ680,找正", "HC-DJ6K-01", "1", "王、孙"],
              ["4", "更换钨阴极及导电杆接头", "HC-DJ6K-02", "1", "孙"],
              ["5", "电阻烘槽 72h 至 800℃", "-", "-", "电解班"],
              ["6", "加电解质启槽,恢复电流", "电解质(车间配)", "280kg", "电解班"]],
             {"hand_cols": (4,), "px": 24}),
            ("lines", ["修后试运行:启槽 8h 后槽电压 10.2V(工艺规程参考 9.5~10.5V),电流 6000A,",
                       "首炉金属外观正常,送检。维修结论:合格,交付生产。"], 26),
            ("handline", "备注:坩埚批号 GC-2411-07 同批另有2只,建议入库前做探伤。", 26),
            ("gap", 20),
            ("sigs", [("维修负责人:", ""), ("生产确认:", ""), ("设备主管:", "")]),
            ("stamp", 1000, 1500, 95, "北方恒昌稀土金属有限公司", "设备工程部"),
            ("footer", "本单一式两联:设备部存档 / 车间"),
        ],
    },
    {
        "name": "b-scan-05.png", "save": "png", "angle": 0.5, "seed": 105, "kind": "sans",
        "label": clear("parameter-sheet", "en",
                       "scanned incoming-inspection report of purchased N42SH magnets at a motor plant "
                       "(dimensions, coating, Br/HcJ vs. spec); no process"),
        "blocks": [
            ("header", "DRIVELAB GmbH - Incoming Quality", "IQ-F-017 rev 3"),
            ("title", "INCOMING INSPECTION REPORT", 40),
            ("fields", [("Part no.:", "RTR-150-020"), ("Description:", "Magnet N38UH 40x6x20"),
                        ("Supplier:", "Yongjiang Magnetics"), ("Lot / qty:", "YJ25-0412 / 16,000 pcs"),
                        ("Delivery note:", "DN-882145"), ("Sample size:", "AQL 0.65 / n=125")],
             {"px": 25, "hand": False}),
            ("table", [2.2, 1.4, 1.1, 1.1, 1.1, 1.0],
             [["Characteristic", "Spec", "Min", "Max", "Mean", "OK/NOK"],
              ["Length mm", "40.00 +/-0.05", "39.97", "40.03", "40.00", "OK"],
              ["Width mm", "6.00 +/-0.03", "5.98", "6.02", "6.00", "OK"],
              ["Thickness mm", "20.00 +/-0.05", "19.97", "20.04", "20.01", "OK"],
              ["Coating NiCuNi um", ">= 15", "16.8", "21.2", "18.9", "OK"],
              ["Br (20 C) T", "1.22-1.26", "1.228", "1.247", "1.238", "OK"],
              ["HcJ (20 C) kA/m", ">= 1990", "2031", "2110", "2066", "OK"],
              ["Salt spray 48 h", "no red rust", "-", "-", "-", "OK"]],
             {"hand_cols": (2, 3, 4, 5), "px": 24}),
            ("lines", ["Supplier certificate checked: yes. RoHS declaration: yes. Packaging: magnetic "
                       "shielding "
                       "OK, 2 boxes with damaged corners (no magnet damage).",
                       "Decision: ACCEPTED - release to stores."], 26),
            ("checks", [("Accepted", True), ("Rejected", False), ("Deviation", False)]),
            ("sigs", [("Inspector:", ""), ("QE:", "")]),
            ("footer", "Retention: 10 years (automotive). Page 1/1"),
        ],
    },
    {
        "name": "b-scan-06.jpg", "save": "jpeg", "quality": 80, "mode": "L", "angle": 1.1, "seed": 106,
        "label": L("controlled", "a", "mining", "parameter-sheet", "zh",
                   "greyscale JPEG of an in-situ leaching process card and injection/collection log for an "
                   "ion-adsorption clay stope (lixiviant strength, injection rate, pH, precipitation)"),
        "blocks": [
            ("header", "赣南龙川稀土矿业有限公司  3#采场", "LC-CK3-GYK-01"),
            ("title", "原地浸矿工艺卡及注液记录", 38),
            ("lines", ["一、工艺参数",
                       "1. 浸矿剂:硫酸铵,配液浓度前期 2.5%(0~60天),后期 1.0%;pH 4.5~5.5。",
                       "2. 注液:网度 2.5m×2.5m,单孔注液量 0.4~0.6m³/d,分区轮注,每区 8h。",
                       "3. 顶水:母液 REO<0.1g/L 转清水顶水,顶水量为总注液量的 30%。",
                       "4. 除杂:碳酸氢铵调 pH 5.0~5.2,澄清 4h;沉淀剂 碳酸氢铵,RE:NH4HCO3=1:2.5。",
                       "二、注液及收液记录"], 26),
            ("table", [1.1, 1.0, 1.2, 1.0, 1.2, 1.2, 1.4],
             [["日期", "区号", "注液量m³", "浓度%", "收液量m³", "母液g/L", "记录人"],
              ["4.02", "A1-A4", "236", "2.5", "198", "0.62", "钟"],
              ["4.09", "A5-A8", "241", "2.5", "212", "0.88", "钟"],
              ["4.16", "B1-B4", "228", "2.4", "205", "1.05", "赖"],
              ["4.23", "B5-B8", "233", "2.5", "219", "1.12", "赖"],
              ["4.30", "A1-A4", "239", "2.5", "221", "0.97", "钟"],
              ["5.07", "A5-A8", "230", "2.5", "214", "0.91", "钟"]],
             {"hand_cols": (1, 2, 3, 4, 5, 6), "px": 24}),
            ("lines", ["三、注意事项:注液孔冒液、山体渗水时立即停注并报告;雨天减注 30%。"], 26),
            ("sigs", [("技术员:", ""), ("采场负责人:", "")]),
            ("footer", "龙川稀土 生产技术部 制  2024-04 版"),
        ],
    },
    {
        "name": "b-scan-07.tif", "save": "tiff-grey", "angle": -0.5, "seed": 107, "blur": 0.6,
        "label": clear("process-spec", "zh",
                       "greyscale TIFF of a strontium-ferrite magnet tunnel-kiln sintering process card; "
                       "ferrite, not a controlled magnet"),
        "blocks": [
            ("header", "东阳宏磁电子有限公司  铁氧体事业部", "HC-GYK-SJ-05"),
            ("title", "铁氧体磁瓦 隧道窑烧结工艺卡", 38),
            ("fields", [("产品:", "Y30BH / Y35 磁瓦"), ("窑号:", "2# 隧道窑 72m"), ("推板速度:", "28 min/板"),
                        ("装载:", "每板 4 层 240 片")], {"hand": False}),
            ("table", [1, 1.4, 1.4, 2],
             [["温区", "温度℃", "时间", "说明"],
              ["1-6", "室温→400", "3h", "排水、排胶"],
              ["7-14", "400→1000", "4h", "升温"],
              ["15-20", "1180~1200", "2h", "保温烧结(空气)"],
              ["21-30", "1200→80", "5h", "冷却"]], {"px": 25}),
            ("lines", ["要求:窑内气氛为空气,禁止还原性气氛;出窑磁瓦收缩率 1.18±0.01;",
                       "抽检:Br≥0.385T,Hcb≥230kA/m;开裂率≤0.5%。",
                       "预烧料:Fe2O3+SrCO3(n=5.9)回转窑 1260℃ 预烧,另见 HC-GYK-YS-02。"], 26),
            ("sigs", [("编制:", ""), ("审核:", ""), ("批准:", "")]),
            ("footer", "受控文件  2024年9月 第3版"),
        ],
    },
    {
        "name": "b-scan-08.pdf", "save": "pdf", "angle": 0.3, "seed": 108, "kind": "serif",
        "label": L("excluded", "a", "recycling", "other", "en",
                   "image-only PDF of a published journal article first page (journal, volume, DOI, "
                   "received/accepted, copyright) on HCl selective leaching of NdFeB swarf",
                   excl="public-domain"),
        "blocks": [
            ("lines", ["Journal of Sustainable Metallurgy (2024) 10:1187-1199"], 24),
            ("lines", ["https://doi.org/10.1007/s40831-024-00863-2"], 24),
            ("rule",),
            ("lines", ["RESEARCH ARTICLE"], 24),
            ("title", "Selective Hydrochloric Acid Leaching of", 36),
            ("title", "Oxidised NdFeB Grinding Swarf: Kinetics", 36),
            ("title", "and Process Window", 36),
            ("center", "Li Chen · Marta Kowalska · Hiroshi Tanaka · Wei Zhou", 26),
            ("center", "Received: 12 February 2024 / Accepted: 3 June 2024 / Published online: 21 June "
                       "2024", 24),
            ("center", "© The Minerals, Metals & Materials Society 2024", 24),
            ("gap", 10),
            ("rule",),
            ("lines", ["Abstract  Grinding swarf from sintered NdFeB magnet production was oxidised at "
                       "600-900 °C and leached in HCl. Roasting at 800 °C for 2 h converted Fe to hematite; "
                       "leaching at an end pH of 4.0-4.5 and 85 °C dissolved 97.8 % of the rare earths while "
                       "Fe dissolution remained below 0.3 %. Leaching followed a shrinking-core model with "
                       "activation energy 24 kJ/mol. Oxalic acid precipitation (1.2 × stoichiometric) and "
                       "calcination yielded mixed oxide of 99.3 % purity.",
                       "Keywords  NdFeB · Recycling · Selective leaching · Rare earths · Hematite"], 25),
            ("rule",),
            ("lines", ["1 Introduction", "Sintered NdFeB magnets contain 29-32 wt% rare earths, and "
                       "20-30 % of the starting material becomes swarf and sludge during slicing and "
                       "grinding [1-3]. Hydrometallurgical routes based on complete dissolution consume "
                       "large "
                       "amounts of acid, because iron makes up about two thirds of the material [4]."], 25),
            ("footer", "Vol.:(0123456789)   Published by Springer Nature"),
        ],
    },
    {
        "name": "b-scan-09.docx", "save": "docx", "angle": 0.8, "seed": 109,
        "label": L("controlled", "a", "recycling", "process-spec", "zh",
                   "DOCX holding only a pasted page image: work instruction for recovering RE from spent "
                   "polishing powder (NaOH roast, washing, HCl/H2O2 leach, oxalate, calcination, recovery)"),
        "blocks": [
            ("header", "江西绿源再生资源有限公司", "WI-HS-006  A/1"),
            ("title", "废稀土抛光粉回收作业指导书", 38),
            ("lines", ["1 原料:CeO2-LaOF 系废抛光粉(玻璃研磨泥),REO 45~60%,含 Al2O3、SiO2、CaO。",
                       "2 碱焙烧:料:NaOH = 1:1.2(质量),回转窑 600℃ 焙烧 1.5h,破坏氟化物及硅酸盐。",
                       "3 水洗:焙烧料用 60℃ 热水洗 3 次,液固比 5:1,洗至洗水 pH≤9,除 Na、Si、Al、F。",
                       "4 酸浸:6mol/L HCl,液固比 4:1,80℃,加 H2O2(30%)0.15 t/t 料将 Ce4+ 还原,2h;"
                       "终点 pH 1.0~1.5。",
                       "5 净化:氨水调 pH 4.5 除 Fe、Al,压滤。",
                       "6 沉淀:草酸用量为理论量 1.15 倍,60℃,陈化 30min;洗涤至 Cl- 合格。",
                       "7 灼烧:推板窑 900℃ 2h,得混合稀土氧化物 REO≥99%,CeO2/REO 60~65%。",
                       "8 指标:稀土总回收率≥92%;氟回收为 NaF 副产品。"], 26),
            ("table", [1.5, 1.2, 1.2, 1.5],
             [["检测点", "项目", "频次", "控制值"],
              ["碱焙烧料", "水溶 F", "每批", "≥95% 转化"],
              ["浸出液", "REO g/L", "每釜", "120~160"],
              ["成品", "REO / 灼减", "每批", "≥99% / ≤1%"]], {"px": 24}),
            ("sigs", [("编制:", ""), ("审核:", "")]),
            ("footer", "绿源再生 技术部  2025-03-10 发布"),
        ],
    },
    {
        "name": "b-scan-10.docx", "save": "docx", "angle": -0.7, "seed": 110, "kind": "sans",
        "label": clear("other", "en",
                       "DOCX holding only a scanned visitor safety-induction form of a separation plant (PPE,"
                       " "
                       "HCl/ammonia/radiation hazards, signatures); names the stage, no technology"),
        "blocks": [
            ("header", "HUAMEI RARE EARTH HI-TECH - HSE", "HSE-F-031 Visitor induction"),
            ("title", "VISITOR SAFETY INDUCTION", 40),
            ("fields", [("Name:", "Ana Duarte"), ("Company:", "Drivelab GmbH"), ("Date:", "2025-05-14"),
                        ("Host:", "Wang Xiaolei"), ("Areas:", "Separation Wkshp "
                                                              "2"), ("Badge no.:", "V-0418")]),
            ("lines", ["This plant separates rare earths by solvent extraction. Visitors stay on the marked "
                       "walkway and must be escorted at all times.",
                       "Hazards: hydrochloric acid and ammonia vapours; flammable organic solvent (kerosene) "
                       "- "
                       "no smoking, no phones in Ex zones; low-level radioactivity in residue storage "
                       "(thorium) - do not enter yard R.",
                       "PPE: helmet, safety glasses, acid-resistant gloves when touching handrails in "
                       "extraction hall, safety shoes.",
                       "Photography and note-taking of equipment are not permitted.",
                       "Emergency: alarm = continuous siren; assemble at point A (main gate)."], 26),
            ("checks", [("Video watched", True), ("PPE issued", True), ("Escort assigned", True)]),
            ("gap", 10),
            ("sigs", [("Visitor:", ""), ("HSE officer:", "")]),
            ("footer", "Keep with gate log for 1 year"),
        ],
    },
    {
        "name": "b-scan-11.png", "save": "png", "angle": 0.7, "seed": 111,
        "label": L("controlled", "a", "metal-smelting", "process-spec", "zh",
                   "scanned process card for Dy-Fe master alloy by fluoride molten-salt electrolysis "
                   "(bath, consumable Fe cathode, temperature, current density, alloy composition)"),
        "blocks": [
            ("header", "北方恒昌稀土金属有限公司  合金车间", "工艺卡 HC-GYK-DyFe-02"),
            ("title", "镝铁合金熔盐电解工艺卡", 38),
            ("table", [1.5, 3],
             [["项目", "工艺要求"],
              ["电解质体系", "DyF3-LiF(质量比 86:14),补加 LiF 保持初晶温度"],
              ["原料", "Dy2O3 ≥99.5%(Dy2O3/TREO),烘干 300℃ 4h"],
              ["阴极", "自耗铁棒 Φ40(DT4 纯铁),浸入深度 200mm"],
              ["阳极", "石墨板 4 块,阳极电流密度 0.8~1.0 A/cm²"],
              ["电流 / 电压", "4000A / 9~10V"],
              ["电解温度", "1080~1120℃(红外测温+热电偶校对)"],
              ["阴极电流密度", "8~10 A/cm²,控制合金液滴下落均匀"],
              ["加料", "每 2min 点加 Dy2O3,加料量 1.2~1.4kg/(kA·h)"],
              ["产品", "Dy 78~82%,Fe 余量,C≤0.03%,O≤0.05%;出炉周期 3h"],
              ["电流效率", "≥70%"]], {"px": 25, "rowh": 52}),
            ("lines", ["注意:铁阴极消耗至 Φ25 时更换;合金成分偏高(Dy>82%)时适当提高阴极电流密度。",
                       "本卡替代 HC-GYK-DyFe-01。"], 26),
            ("sigs", [("编制:", ""), ("审核:", ""), ("批准:", "")]),
            ("stamp", 980, 1480, 90, "北方恒昌稀土金属有限公司", "技术部"),
            ("footer", "受控  发放号 07"),
        ],
    },
    {
        "name": "b-scan-12.jpg", "save": "jpeg", "quality": 72, "mode": "RGB", "angle": -1.0, "seed": 112,
        "kind": "sans", "ink": BLUE,
        "label": clear("other", "en",
                       "scanned delivery note / packing list for SmCo magnets with grades and quantities; "
                       "shipping document"),
        "blocks": [
            ("header", "YONGJIANG MAGNETICS CO., LTD. - Logistics", "No. 25-DN-0771"),
            ("title", "DELIVERY NOTE / PACKING LIST", 40),
            ("fields", [("Consignee:", "Aerotec Sensors Ltd, UK"), ("Order:", "PO 4500127781"),
                        ("Incoterm:", "FCA Ningbo"), ("Ship date:", "2025-06-02"), ("AWB:", "176-3321 9904"),
                        ("Packages:", "3 cartons, 41.5 kg")], {"hand": False, "px": 24}),
            ("table", [0.6, 2.4, 1.3, 1.0, 1.0, 1.3],
             [["Item", "Description", "Grade", "Qty", "Unit", "Net kg"],
              ["1", "SmCo ring OD24 ID12 T5, Ni coated", "YXG-30H", "4,000", "pcs", "6.9"],
              ["2", "SmCo block 10x8x3, uncoated", "YXG-26", "12,000", "pcs", "8.7"],
              ["3", "SmCo arc R15/R11x20, 60 deg", "YXG-28", "6,500", "pcs", "17.2"]], {"px": 24}),
            ("lines", ["Magnetised: NO. Air freight: magnetic field at 2.1 m < 0.00525 G - shielded packing "
                       "per IATA PI 953.",
                       "HS code 8505.11.0000. Export compliance notice attached (MOFCOM 2025 No. 61 "
                       "items - licence no. attached where applicable).",
                       "Received in good condition:"], 25),
            ("sigs", [("Shipper:", ""), ("Driver:", ""), ("Consignee:", "")]),
            ("stamp", 960, 1400, 85, "甬江磁材科技有限公司", "发货专用章"),
            ("footer", "White: consignee / Yellow: logistics / Pink: accounts"),
        ],
    },
    {
        "name": "b-scan-13.tif", "save": "tiff-g4", "angle": 0.6, "seed": 113,
        "label": L("controlled", "b", "magnet-manufacturing", "other", "zh",
                   "1-bit G4 scan of SmCo ageing-furnace overhaul acceptance sheet (heater/TC replacement, "
                   "uniformity survey, trial run, sign-off); ageing profile cited only as check reference "
                   "-> b", mags="SmCo"),
        "blocks": [
            ("header", "甬江磁材科技有限公司  钐钴分厂", "SB-YS-015"),
            ("title", "时效炉大修验收单", 38),
            ("fields", [("设备:", "SXF-600 时效炉 2#"), ("大修日期:", "2025.3.3~3.14"),
                        ("施工单位:", "设备部 + 厂家"), ("上次大修:", "2021.11")]),
            ("lines", ["一、大修内容:",
                       "1. 更换全部 Mo 加热带(18组)及陶瓷绝缘子;",
                       "2. 更换 S 型热电偶 3 支、控温表 1 台(程序段 ≥ 30 段);",
                       "3. 炉衬碳毡更换,炉门密封圈更换,氩气管路检漏(≤ 1×10^-9 Pa·m³/s)。",
                       "二、验收项目:"], 26),
            ("table", [2.4, 2, 1.8, 1],
             [["项目", "标准", "实测", "结论"],
              ["极限真空", "≤ 5×10^-3 Pa", "3.2×10^-3", "合格"],
              ["压升率", "≤ 0.5 Pa/h", "0.31", "合格"],
              ["炉温均匀性 @830℃", "±3℃(9点)", "-2.1/+2.6", "合格"],
              ["缓冷速率控制", "0.7℃/min±0.1(参照工艺)", "0.68~0.73", "合格"],
              ["试炉产品 YXG-30H", "按工艺卡判定", "Br 1.08 HcJ 2240", "合格"]],
             {"hand_cols": (2, 3), "px": 24}),
            ("lines", ["结论:同意投入生产。遗留:冷却水流量开关需在 4 月前更换。"], 26),
            ("sigs", [("设备部:", ""), ("工艺:", ""), ("车间:", "")]),
            ("footer", "验收单原件交设备档案室"),
        ],
    },
    {
        "name": "b-scan-14.pdf", "save": "pdf", "angle": 0.4, "seed": 114,
        "label": clear("process-spec", "zh",
                       "image-only PDF of cobalt/nickel P507 solvent-extraction operating procedure; same "
                       "extractant and vocabulary but Co/Ni, not rare earth"),
        "blocks": [
            ("header", "金川xx钴业有限公司  萃取车间", "ZY-CZ-011"),
            ("title", "P507 钴镍分离萃取岗位操作规程", 38),
            ("lines", ["1 适用范围:本规程适用于硫酸体系 P507 萃取钴镍分离生产线(24 级箱式混合澄清槽)。",
                       "2 工艺条件:",
                       "2.1 有机相:25% P507 + 75% 磺化煤油,皂化率 60~65%(液碱)。",
                       "2.2 料液:Co 12~15g/L,Ni 80~90g/L,pH 4.5~5.0。",
                       "2.3 萃取段 O/A=1.5,洗涤 1.5N H2SO4,反萃 2.5N H2SO4。",
                       "2.4 萃余液 Co≤0.005g/L,反萃液 Ni/Co≤0.1%。",
                       "3 开车步骤:检查各级溢流堰 → 启动搅拌 → 依次开有机、料液、洗液、反萃液计量泵。",
                       "4 停车步骤:先停料液,再停洗液、反萃液,最后停有机及搅拌。",
                       "5 异常处理:乳化时降低搅拌转速并检查料液中 Si、Fe 含量;界面物定期清理。",
                       "6 安全:煤油易燃,槽区严禁明火;接触酸碱戴防护面罩。"], 26),
            ("sigs", [("编制:", ""), ("审核:", ""), ("批准:", "")]),
            ("footer", "2023年6月修订  第4版"),
        ],
    },
    {
        "name": "b-scan-15.png", "save": "png", "angle": -0.4, "seed": 115,
        "label": L("excluded", "a", "magnet-manufacturing", "other", "zh",
                   "scanned claims page (权利要求书) of a CN patent application for a high-abundance Ce "
                   "sintered magnet method", mags="NdFeB Ce", excl="patent-filing"),
        "blocks": [
            ("right", "1/2 页", 24),
            ("title", "权 利 要 求 书", 34),
            ("gap", 16),
            ("lines", ["1. 一种高丰度铈稀土永磁体的制备方法,其特征在于,包括以下步骤:",
                       "S1、按质量百分比配料:(Ce0.35Nd0.65)30.5Fe余量B1.0Co1.0Cu0.15Ga0.2Al0.1;",
                       "S2、真空感应熔炼后速凝甩带,铜辊线速度 1.0~1.6m/s,得到厚度 0.2~0.4mm 的铸片;",
                       "S3、将铸片氢破碎,吸氢压力 0.1~0.2MPa,脱氢温度 480~550℃;",
                       "S4、气流磨制粉至 D50=2.8~3.5μm;",
                       "S5、在 1.5~2.0T 磁场中取向成型,再经冷等静压;",
                       "S6、在 1000~1050℃ 烧结 3~6h,随后分别在 850~900℃ 和 460~520℃ 进行两级回火;",
                       "所述永磁体具有双主相结构。",
                       "2. 根据权利要求1所述的制备方法,其特征在于,步骤S1中 Ce 占稀土总量的 30~40%。",
                       "3. 根据权利要求1所述的制备方法,其特征在于,步骤S6中烧结温度为 1020~1040℃。",
                       "4. 根据权利要求1至3任一项所述的制备方法,其特征在于,还包括晶界扩散步骤,"
                       "扩散源为 PrCu 合金。",
                       "5. 一种高丰度铈稀土永磁体,其特征在于,由权利要求1至4任一项所述的方法制得。"], 27),
            ("footer", "申请号:202510xxxxxx.x     CN 发明专利申请   代理机构:宁波知行专利代理事务所"),
        ],
    },
    {
        "name": "b-scan-16.jpg", "save": "jpeg", "quality": 82, "mode": "L", "size": (1654, 2339),
        "angle": 0.9, "seed": 116, "blur": 0.7,
        "label": L("controlled", "a", "separation", "process-spec", "mixed",
                   "200-dpi greyscale JPEG of an oxalate precipitation and calcination work instruction for "
                   "Nd2O3 (oxalic excess, temperature, ageing, washing, kiln profile, product specs)"),
        "blocks": [
            ("header", "包头华美稀土高科有限公司  沉淀灼烧工段", "WI-CD-004  Rev.C"),
            ("title", "草酸沉淀-灼烧作业指导书 (Nd2O3)", 46),
            ("center", "Oxalate precipitation & calcination - work instruction", 32),
            ("lines", ["1 来料:萃取反萃液 NdCl3,REO 180~220g/L,酸度 0.3~0.5N,Nd2O3/TREO≥99.5%。",
                       "2 沉淀:草酸配成 10% 溶液,用量为理论量 1.10~1.15 倍;反应釜 60±5℃,",
                       "  加料时间 40min,搅拌 120rpm,陈化 30min,终点 pH 1.5~2.0。",
                       "3 洗涤:离心机洗涤至洗水 Cl- ≤ 0.05g/L(AgNO3 检测无浑浊)。",
                       "4 灼烧:推板窑,预热区 400~600℃,灼烧区 950±10℃ 保温 2h,匣钵装料 ≤ 3kg。",
                       "5 产品:Nd2O3/TREO ≥ 99.5%,灼减 ≤ 0.5%,D50 3~5μm,Fe2O3 ≤ 20ppm,Cl- ≤ 50ppm。",
                       "6 母液:草酸沉淀母液回收 HCl,送酸回收工段。"], 33),
            ("table", [1.4, 1.2, 1.2, 1.2, 1.6],
             [["Batch", "草酸倍数", "温度 ℃", "灼烧 ℃", "REO purity %"],
              ["ND-0511-1", "1.12", "61", "952", "99.62"],
              ["ND-0511-2", "1.12", "60", "948", "99.58"],
              ["ND-0512-1", "1.14", "62", "950", "99.66"]], {"hand_cols": (1, 2, 3, 4), "px": 31}),
            ("sigs", [("编制 Prepared:", ""), ("审核 Checked:", "")]),
            ("footer", "受控文件 Controlled document - 发放号 12"),
        ],
    },
]


# ======================================================================================
# Attachment payloads shared by e-mails and archives
# ======================================================================================
WI_SLUDGE_EN: list[tuple[str, Any]] = [
    ("h1", "WI-R-031 Rev D - NdFeB sludge recovery, line 2"),
    ("small", "GreenLoop Materials (Suzhou) Co., Ltd. - Recycling Division - controlled document"),
    ("p", "Scope: grinding, slicing and wire-saw sludge from sintered NdFeB magnet production (own plant "
          "and purchased). Applies to dryer D-201, kiln K-202, leach reactors R-203/204, precipitation "
          "R-206 and calciner K-207."),
    ("h2", "1 Receiving and de-oiling"),
    ("p", "Sample every drum (oil %, H2O %, TREO % dry). Reject drums with TREO < 18 % dry or Co > 3 %. "
          "Blend to oil <= 12 %. De-oil in D-201 at 250 C, 90 min, N2 purge, O2 < 5 % (swarf is "
          "pyrophoric)."),
    ("h2", "2 Oxidising roast"),
    ("p", "Kiln K-202: 780 +/- 20 C, residence 2 h (1.5 rpm, slope 3 %), excess air 1.3. Target Fe2+ < 0.5 % "
          "and weight gain 28-32 % vs. de-oiled feed. Cool calcine to < 60 C before leaching."),
    ("h2", "3 Selective leaching (HCl)"),
    ("table", [["Parameter", "Set point", "Range", "Check"],
               ["HCl", "6 N", "5.5-6.5 N", "titration per batch"],
               ["L/S", "3:1", "2.8-3.5", "-"],
               ["Temperature", "85 C", "80-90 C", "TI-203"],
               ["Time", "2 h", "-", "-"],
               ["End pH", "4.2", "4.0-4.5", "pH probe, confirm by hand"],
               ["Fe in PLS", "< 0.1 g/L", "-", "ICP"]]),
    ("p", "Add acid in 3 portions; do not let pH fall below 1.0 after the last portion or iron dissolves. "
          "If end pH < 4.0 add calcine (not ammonia) to bring it back."),
    ("h2", "4 Precipitation and calcination"),
    ("p", "Oxalic acid 10 % solution, 1.2 x stoichiometric, 60 C, 30 min, age 30 min. Wash to Cl- < 0.05 "
          "g/L. "
          "Calcine 900 C, 2 h. Product: mixed REO >= 99.0 %, Fe2O3 < 0.05 %, CaO < 0.05 %."),
    ("h2", "5 KPIs"),
    ("p", "RE recovery >= 96 % (calcine to oxide); acid 1.9 t HCl(31 %)/t REO; oxalic 1.7 t/t REO."),
    ("small", "Prepared: M. Xu  Reviewed: T. Wang  Approved: J. Koh  Effective 2025-06-16"),
]

PO_XLSX_ROWS: list[list[Any]] = [
    ["采购订单 Purchase Order", "", "", "", "", "", ""],
    ["订单号", "HC-PO-2025-0412", "", "日期", "2025-04-10", "", ""],
    ["供应商", "赣州昌泰稀土贸易有限公司", "", "联系人", "钟经理 139xxxx6612", "", ""],
    ["序号", "物料编码", "品名", "规格", "数量", "单价(元/kg)", "金额(元)"],
    [1, "RM-RE-0012", "氧化镨钕", "TREO≥99.0%;Pr6O11/TREO 25±2%", 5000, 558.0, 2790000],
    [2, "RM-RE-0031", "氧化镝", "Dy2O3/TREO≥99.5%", 200, 1720.0, 344000],
    ["", "", "", "", "", "合计", 3134000],
    ["交货期", "2025-04-15 前送达宁波仓", "", "", "", "", ""],
    ["备注", "随货附质检报告;铁桶包装 50kg/桶;价格含13%增值税", "", "", "", "", ""],
]

SPEC_PDF_LINES = [
    "Drivelab GmbH - Purchase Specification E-MAG-0042 rev. C (2024-09-12)",
    "Part: magnet segment RTR-150-020, sintered NdFeB, grade N38UH or equivalent",
    "",
    "1 Dimensions 40.00 x 6.00 x 20.00 mm, tolerances +/-0.05 / +/-0.03 / +/-0.05, chamfer C0.2 max.",
    "2 Magnetic properties at 20 C: Br 1.22-1.26 T, HcJ >= 1990 kA/m, (BH)max >= 287 kJ/m3;",
    "  at 150 C: HcJ >= 800 kA/m. Irreversible loss <= 3 % after 2 h at 180 C (Pc = 1).",
    "3 Coating NiCuNi >= 15 um or epoxy 15-25 um; salt spray 48 h (NiCuNi) / 500 h (epoxy).",
    "4 Magnetisation direction along 6 mm; delivered unmagnetised.",
    "5 Documentation per lot: certificate of conformity, B-H curve of 3 samples at 20 C and 150 C,",
    "  coating thickness, RoHS/REACH, country of origin of rare-earth content (MOFCOM 2025 No. 61).",
    "6 Packaging: magnetic-shielded cartons, max. 20 kg, labels with lot number.",
    "7 PPAP level 3; change notification 6 months in advance (process, site, raw-material source).",
    "",
    "|Characteristic|Spec|Method|",
    "|Br|1.22-1.26 T|IEC 60404-5 hysteresisgraph|",
    "|HcJ|>= 1990 kA/m|IEC 60404-5|",
    "|Coating|>= 15 um|XRF / cross-section|",
]

TRAINING_PDF_LINES = [
    "培训议程 Agenda",
    "时间:2025年11月6日 14:00-16:30   地点:行政楼三楼会议室 / 腾讯会议 582-xxx-116",
    "",
    "14:00-14:20  商务部公告2025年第61号、第62号要点(法务部)",
    "14:20-15:00  1E902 管制范围:开采、冶炼分离、金属冶炼、磁材制造、二次资源回收利用相关技术及其载体",
    "             (设计图纸、工艺规范、工艺参数、加工程序、仿真数据);生产线装配、调试、维护、维修、升级技术",
    "15:00-15:30  例外情形:已进入公共领域、基础科学研究、普通专利申请",
    "15:30-16:00  对外邮件、技术交流、展会资料的自查流程;出口许可申请流程",
    "16:00-16:30  问答及测验",
    "",
    "参加人员:技术中心、销售部、采购部、国际业务部全体;设备部、生产部科长以上",
    "请各部门于11月4日前报名。",
]

ALNICO_CSV_ROWS: list[list[str]] = [
    ["item", "material", "grade", "shape", "dimensions_mm", "moq_pcs", "unit_price_usd", "lead_time_wk"],
    ["1", "Cast AlNiCo", "LNG37 (AlNiCo 5)", "rod", "D6 x 20", "5000", "0.42", "5"],
    ["2", "Cast AlNiCo", "LNG44", "horseshoe", "30x25x8", "2000", "1.85", "6"],
    ["3", "Sintered AlNiCo", "SALNICO 8", "block", "10x5x3", "10000", "0.21", "4"],
    ["4", "Hard ferrite", "Y30BH", "arc", "R21.5/R16.5x30x120deg", "20000", "0.09", "4"],
    ["5", "Hard ferrite", "Y35", "ring", "OD40 ID20 T8", "20000", "0.12", "4"],
]

ALNICO_PDF_LINES = [
    "Dongyang Hongci Electronics - Product catalogue 2025 (excerpt)",
    "Cast and sintered AlNiCo magnets: LNG37, LNG44, LNG52, LNGT72 - for sensors, guitar pickups, meters.",
    "Hard ferrite (strontium) magnets Y10T to Y40: arc segments, rings, blocks for DC motors and speakers.",
    "Advantages: excellent temperature stability (AlNiCo), low cost and corrosion resistance (ferrite).",
    "Certifications: ISO 9001, ISO 14001, IATF 16949 (ferrite line).",
    "Contact: export@hongci.example  Tel +86 579 8xxx 3301",
]

DISCLOSURE_DOCX: list[tuple[str, Any]] = [
    ("h1", "技术交底书"),
    ("p", "发明名称:一种钕铁硼废磁体直接再生制备烧结磁体的方法"),
    ("p", "申请人:甬江磁材科技有限公司    发明人:许海东、邱晓、陈立伟    内部编号:YJ-PT-2025-017"),
    ("h2", "一、技术领域"),
    ("p", "本发明属于稀土永磁材料及二次资源回收利用领域,具体涉及一种利用烧结钕铁硼废磁体(边角料、"
          "不合格品)经氢破碎直接再生制备烧结磁体的方法。"),
    ("h2", "二、背景技术"),
    ("p", "现有湿法回收需经焙烧、酸溶、萃取分离、沉淀、熔盐电解再重新制备合金,流程长、能耗高。"
          "直接再生法可缩短流程,但再生磁体氧含量高、矫顽力低。"),
    ("h2", "三、发明内容(技术方案)"),
    ("p", "步骤1:废磁体喷砂去除 NiCuNi 镀层,超声清洗,按牌号分类;"),
    ("p", "步骤2:氢破碎,吸氢 0.15MPa 至饱和,550℃ 脱氢 4h;"),
    ("p", "步骤3:与新速凝铸片按 3:7 混合,并添加 1.5wt% 的 PrH2 纳米粉补充晶界富稀土相;"),
    ("p", "步骤4:气流磨至 D50=3.2μm,氧含量控制 ≤1500ppm;"),
    ("p", "步骤5:1.8T 磁场取向成型,冷等静压 200MPa;1060℃ 烧结 5h,900℃/2h + 500℃/4h 两级回火。"),
    ("h2", "四、有益效果"),
    ("p", "再生磁体 Br≥1.32T、HcJ≥1350kA/m,与全新料磁体相比 Br 降低≤1.5%,流程能耗降低 40% 以上。"),
    ("h2", "五、附图说明"),
    ("p", "图1 为工艺流程图;图2 为再生磁体与对比例的退磁曲线。"),
    ("h2", "六、请代理人注意"),
    ("p", "1. 希望权利要求保护 PrH2 添加比例 0.5~3wt% 及混合比例 2:8~5:5 的范围;"
          "2. 同步考虑 PCT 申请(指定 US、EP、JP);3. 申请前请勿对外发表。"),
]

SINTER_LOG_SCAN: dict[str, Any] = {
    "name": "furnace_record_VSF3_0411.jpg", "save": "jpeg", "quality": 74, "mode": "L", "angle": 1.2,
    "seed": 301,
    "blocks": [
        ("header", "甬江磁材科技有限公司  烧结车间", "表单号 YJ-QR-SJ-07  第1页"),
        ("title", "真空烧结炉运行记录", 40),
        ("fields", [("炉号:", "VSF-1000 #3"), ("日期:", "2025.4.11"), ("牌号:", "38UH (RTR-150-020)"),
                    ("装炉量:", "296 kg  批号 YJ25-0412")]),
        ("table", [1.1, 1.0, 1.1, 0.9, 1.6, 0.9],
         [["时间", "炉温℃", "真空度Pa", "保温h", "备注", "记录"],
          ["08:00", "400", "7.6", "3", "脱氢 I 压升<8Pa", "张"],
          ["11:10", "600", "2.1", "2", "脱氢 II", "张"],
          ["13:20", "850", "8e-3", "2", "除气", "张"],
          ["17:05", "1075", "4e-3", "6", "烧结(38UH)", "李"],
          ["23:30", "Ar 80kPa", "-", "-", "风冷至75℃", "李"],
          ["次日 2:10", "900", "-", "2", "一级回火", "王"],
          ["6:40", "510", "-", "3", "二级回火", "王"]], {"hand_cols": (1, 2, 3, 4, 5), "px": 24}),
        ("lines", ["1. 升温速率:RT→400 3℃/min,其余 2℃/min,850→1075 1.5℃/min。",
                   "2. 出炉密度 7.58g/cm³;随炉样 Br 1.24T,HcJ 2050kA/m。"], 25),
        ("sigs", [("操作:", ""), ("班长:", ""), ("工艺:", "")]),
        ("footer", "YJ-QR-SJ-07 版本C  受控文件"),
    ],
}

FIXTURE_DXF: dict[str, Any] = _zh(
    name="QP-JJ-0210.dxf",
    geom="block",
    g={"at": (60, 140), "views": [(140, 40, "主视图"), (140, 70, "俯视图")], "gap": 40,
       "inner": {1: [(10, 10, 120, 50)]}},
    tb={"UNIT": "甬江磁材科技有限公司", "NAME": "切片夹具(玻璃垫板+V型块)", "DWGNO": "QP-JJ-0210",
        "MATERIAL": "SUS304", "SCALE": "1:1", "DESIGN": "刘伟", "CHECK": "许海东", "APPROVE": "王建国",
        "DATE": "2025.04.02", "STAGE": "S", "SHEET": "共1张 第1张"},
    notes="技术要求\n1. V型块材料 SUS304(非导磁),定位面平面度 0.01;\n"
          "2. 毛坯用 502 胶粘于 3mm 玻璃垫板,固化 20min 后装夹;\n"
          "3. 切片节距 3.52(片厚 3.20+刀缝 0.32),与程序 O1210 #100/#101 对应;\n"
          "4. 切透玻璃 0.3mm,切完后 80℃ 热水脱胶。",
    notes_at=(30, 285, 200),
)

NC_EMAIL = NC_01.replace("O1208 (NDFEB BLOCK SLICING 48SH)", "O1210 (NDFEB BLOCK SLICING 45SH - VN PLANT)") \
    .replace("REV3 2025-04-11 LIU.W  FEED F10->F8 DUE TO EDGE CHIPPING >0.1",
             "REV1 VN 2025-04-14 LIU.W  COPY OF O1208 FOR BAC NINH LINE 2")


# ======================================================================================
# E-mails (.eml). Attachments: kind in docx|xlsx|pdf|csv|dxf|nc|scan|zip ; see make.
# ======================================================================================
EMAIL_03_BODY = """刘工:

按你们反馈的情况,Sm/Eu/Gd 分组线调整如下,下周一白班开始执行,请安排:

1. 有机相:P507 1.0 mol/L,皂化度由 40% 调到 38%(氨皂),减轻前几级第三相;
2. 料液:SmEuGd 氯化物 1.0 mol/L(REO计),pH 2.5~3.0,进料级不变(第26级);
3. 萃取段 25 级,O/A 1.2;洗涤段 20 级,洗酸 2.5N HCl,流量为料液的 0.35 倍;
4. 反萃段 8 级,4.5N HCl,反萃液进 Eu 还原工序(锌粉还原 Eu3+→Eu2+,再碱度法分离);
5. 目标:萃余液 Sm2O3/REO ≥ 99.5%,反萃液 Gd 富集物 Eu ≤ 0.01%;Eu 中间富集物按每班取样;
6. 第 10、20、26、40 级每 4h 取水相分析一次,数据发我。

如果 Sm 中 Eu 超标,先把洗酸流量提 5%,不要动皂化度。

李建华
工艺研究所
电话 0472-51xxxx8

------------------ 原始邮件 ------------------
发件人: "刘志明"<liuzm@huamei-re.example>;
发送时间: 2025年5月20日(星期二) 下午3:12
收件人: "李建华"<lijh@huamei-re.example>;
主题: SmEuGd线 这周Sm纯度只有99.2%

李工好,
这周 SmEuGd 分组线萃余液 Sm2O3 纯度只有 99.2%,前 5 级有第三相,界面很厚,
皂化度现在是 40%。麻烦看下怎么调。
刘志明 分离三车间
"""

EMAIL_04_BODY = """Hi Kevin,

Thanks for the quick turnaround. Two points from our side before we can release the PO:

1. Please confirm you can meet rev. C of E-MAG-0042 (attached again) incl. the 150 C HcJ requirement.
2. We need the PPAP documents by 30 June; sample lot 200 pcs.

Pricing as per your offer Q-25-0318 (index-linked to PrNd oxide, quarterly reset) is accepted.

Best regards
Ana Duarte
Commodity Manager Magnets | Drivelab GmbH
Tel +49 711 xxxx 412

-----Original Message-----
From: Kevin Zhou <kevin.zhou@yj-mag.example>
Sent: Friday, May 16, 2025 10:02 AM
To: Ana Duarte <ana.duarte@drivelab.example>
Subject: RE: RFQ EV-150 rotor magnets - N38UH 40x6x20

Dear Ana,

> Could you quote 480k pcs/year N38UH segments 40x6x20, NiCuNi, unmagnetised?

Yes. Our offer Q-25-0318 is attached: EUR 0.94/pc at PrNd 560k CNY/t, FCA Ningbo, MOQ 20k.
Lead time 6-8 weeks after PPAP. Export licence handling per MOFCOM rules is on our side.

Kind regards,
Kevin
"""

EMAIL_04_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Hi Kevin,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks for the quick turnaround. Two points from our side before we can release the
PO:</p>
<ol><li>Please confirm you can meet rev. C of E-MAG-0042 (attached again) incl. the 150&nbsp;C HcJ
requirement.</li><li>We need the PPAP documents by 30 June; sample lot 200 pcs.</li></ol>
<p class="MsoNormal">Pricing as per your offer Q-25-0318 (index-linked to PrNd oxide, quarterly reset) is
accepted.</p>
<p class="MsoNormal">Best regards<br>Ana Duarte<br>Commodity Manager Magnets | Drivelab GmbH</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Kevin Zhou &lt;kevin.zhou@yj-mag.example&gt;<br><b>Sent:</b> Friday,
May 16, 2025 10:02 AM<br><b>Subject:</b> RE: RFQ EV-150 rotor magnets - N38UH 40x6x20</p></div>
<p class="MsoNormal">Dear Ana,<br>Yes. Our offer Q-25-0318 is attached: EUR 0.94/pc at PrNd 560k CNY/t, FCA
Ningbo, MOQ 20k.<br>Lead time 6-8 weeks after PPAP.</p>
</div></body></html>
"""

EMAIL_07_INNER = """Dear Mr. Sato,

As promised during your visit, here is how we run samarium metal by lanthanum reduction-distillation
at our partner plant. You can try it in your existing vacuum retort.

- Feed: Sm2O3 >= 99.9 %, calcined 900 C 2 h, kept dry. La metal turnings (< 2 mm), fresh, no oil.
- Ratio: La 10-20 % above stoichiometry (Sm2O3 + 2 La -> La2O3 + 2 Sm); mix and press briquettes
  at 100 MPa, diameter 30 mm.
- Retort: Mo or Ta crucible in stainless retort; condenser (water-cooled Cu or SS sleeve) kept at
  400-600 C so the Sm deposits as dense crystals, not powder.
- Vacuum better than 1E-2 Pa before heating; heat to 1300 C in 2 h, then 1400-1450 C for 3-4 h.
- Expected: Sm yield 90-93 %, La < 0.05 %, Ca/Mg < 50 ppm. Harvest under Ar, store in oil or Ar.
- The same retort works for Eu and Yb; for Tm use 1500 C.

Do not use Ca for Sm - the product takes up Ca and the yield drops.

Best regards,
Dr. Liu Fang
Rare-Earth Metals Consultant, Baotou
"""

EMAIL_07_OUTER = """Team,

FYI - see below from Dr. Liu after the Baotou trip. Kenji, please check whether retort R-2 can hold
1E-2 Pa at 1450 C and prepare a trial plan for July (3 briquette batches).

Keep this internal.

Hiroshi
"""

EMAIL_09_BODY = """王律师您好:

附件为我司《技术交底书》(内部编号 YJ-PT-2025-017),请据此撰写发明专利申请文件:
1. 权利要求书(独立权利要求请覆盖 PrH2 添加比例 0.5~3wt%、新旧料混合比例 2:8~5:5);
2. 说明书、摘要及说明书附图(流程图我方下周提供 Visio 原件);
3. 同步准备 PCT 申请,指定 US/EP/JP,优先权日按国内申请日。

请于 5 月 30 日前提交初稿。申请前请勿对外公开。

许海东
甬江磁材科技有限公司 技术中心
"""

EMAIL_11_BODY = """各位同事:

根据商务部公告2025年第61号、第62号,公司将于 11 月 6 日下午组织出口管制合规培训,
请技术中心、销售部、采购部、国际业务部全员参加。议程见附件。

要点提示:向境外提供稀土开采、冶炼分离、金属冶炼、磁材制造、二次资源回收利用相关技术及其载体
(包括图纸、工艺参数、加工程序、仿真数据等),以及生产线装配、调试、维护、维修、升级技术,
须事先取得出口许可。对外发送技术资料前请走 OA《技术资料对外提供审批》流程。

法务部 合规办公室
"""

EMAILS: list[dict[str, Any]] = [
    {
        "name": "b-email-01.eml",
        "label": clear("email", "zh",
                       "GB2312/base64 purchase-order e-mail for PrNd and Dy oxide with XLSX PO attached; "
                       "commercial only"),
        "from": ("华驰电机 采购部 孙丽", "sunli@huachi-motor.example"),
        "to": [("钟经理", "zhong@changtai-re.example")],
        "subject": "采购订单 HC-PO-2025-0412 氧化镨钕/氧化镝,请确认",
        "date": "Thu, 10 Apr 2025 16:21:09 +0800",
        "msgid": "<202504101621091128603@huachi-motor.example>",
        "mailer": "Foxmail 7.2.25.228[cn]",
        "charset": "gb2312", "cte": "base64", "eol": "\r\n",
        "body": "钟经理:\n\n您好!附件为我司采购订单 HC-PO-2025-0412,请确认交期并回签盖章。\n"
                "氧化镨钕 5 吨、氧化镝 200 公斤,4 月 15 日前送宁波仓,随货附质检报告。\n\n"
                "谢谢!\n\n孙丽\n华驰电机股份有限公司 采购部\n0574-8xxx2231\n",
        "attachments": [{"kind": "xlsx", "filename": "HC-PO-2025-0412.xlsx", "fn_style": "plain"}],
    },
    {
        "name": "b-email-02.eml",
        "label": L("controlled", "a", "recycling", "process-spec", "en",
                   "short cover e-mail to a foreign partner; attached DOCX work instruction carries the "
                   "NdFeB "
                   "sludge de-oil/roast/selective HCl leach/oxalate recipe and KPIs"),
        "from": ("Min Xu", "min.xu@greenloop-mat.example"),
        "to": [("Tom Becker", "t.becker@hanse-recycling.example")],
        "cc": [("Jason Koh", "jason.koh@greenloop-mat.example")],
        "subject": "updated WI for line 2 (Rev D)",
        "date": "Fri, 13 Jun 2025 11:05:44 +0800",
        "msgid": "<CAJx7mq3+Lr2ZbF0w9s@mail.greenloop-mat.example>",
        "mailer": None,
        "charset": "utf-8", "cte": "quoted-printable", "eol": "\n",
        "body": "Hi Tom,\n\nas discused on Wednesday's call, attached is Rev D of the work instruction for "
                "our "
                "sludge line 2 \u2013 please use this one for the Hamburg pilot from Monday, Rev C is "
                "obsolete.\n\n"
                "Main change is the end-pH window in the leach. Let me know if anything is unclear.\n\n"
                "Cheers,\nMin\n\n--\nMin Xu | Process Engineer | GreenLoop Materials (Suzhou)\n",
        "attachments": [{"kind": "docx", "filename": "WI-R-031_RevD_sludge_line2.docx",
                         "blocks": "WI_SLUDGE_EN",
                         "fn_style": "plain"}],
    },
    {
        "name": "b-email-03.eml",
        "label": L("controlled", "a", "separation", "email", "zh",
                   "GB18030 reply with quoted original: body sets P507 Sm/Eu/Gd grouping parameters "
                   "(saponification, feed, stages, O/A, scrub/strip acids, targets)"),
        "from": ("李建华", "lijh@huamei-re.example"),
        "to": [("刘志明", "liuzm@huamei-re.example")],
        "subject": "回复: SmEuGd线 这周Sm纯度只有99.2%",
        "date": "Wed, 21 May 2025 09:17:32 +0800",
        "msgid": "<tencent_7A0C1B2F9D3E4A5B6C7D8E9F@qq.example>",
        "in_reply_to": "<tencent_1F2E3D4C5B6A79880A1B2C3D@qq.example>",
        "mailer": "QQMail 2.x",
        "charset": "gb18030", "cte": "base64", "eol": "\r\n",
        "body": EMAIL_03_BODY,
        "attachments": [],
    },
    {
        "name": "b-email-04.eml",
        "label": clear("email", "en",
                       "reply chain (text+HTML) between motor maker and magnet supplier about an RFQ; "
                       "attached "
                       "PDF is the buyer's magnet purchase specification - commercial/product spec"),
        "from": ("Ana Duarte", "ana.duarte@drivelab.example"),
        "to": [("Kevin Zhou", "kevin.zhou@yj-mag.example")],
        "subject": "RE: RFQ EV-150 rotor magnets - N38UH 40x6x20",
        "date": "Mon, 19 May 2025 08:44:10 +0200",
        "msgid": "<AM9PR07MB71234A1B2C3D4E5F6A7B8C9D0E@AM9PR07MB7123.eurprd07.prod.outlook.example>",
        "in_reply_to": "<TYZPR03MB5555AB12CD34EF56@TYZPR03MB5555.apcprd03.prod.outlook.example>",
        "mailer": "Microsoft Outlook 16.0",
        "charset": "utf-8", "cte": "quoted-printable", "eol": "\r\n",
        "body": EMAIL_04_BODY, "html": EMAIL_04_HTML,
        "attachments": [{"kind": "pdf", "filename": "E-MAG-0042_revC.pdf", "lines": "SPEC_PDF_LINES",
                         "title": "E-MAG-0042 Purchase Specification", "fn_style": "plain"}],
    },
    {
        "name": "b-email-05.eml",
        "label": L("controlled", "a", "magnet-manufacturing", "nc-program", "mixed",
                   "mail to the Vietnam plant with NdFeB slicing NC program and slicing fixture DXF attached;"
                   " "
                   "the program carries blade, speeds, feeds and pitch", mags="NdFeB"),
        "from": ("刘伟", "liu.wei@yj-mag.example"),
        "to": [("Nguyen Van Hai", "hai.nguyen@yj-mag-vn.example")],
        "cc": [("许海东", "xu.haidong@yj-mag.example")],
        "subject": "切片程序+夹具图 / slicing program and fixture for line 2",
        "date": "Mon, 14 Apr 2025 17:48:03 +0800",
        "msgid": "<5f1c2a9e-3b7d-4e61-9a0c-7d2e8f41b6c3@yj-mag.example>",
        "mailer": "Coremail Webmail Server Version XT6.0.2",
        "charset": "utf-8", "cte": "base64", "eol": "\n",
        "body": "Hai,\n\n附件是切片程序 O1210 和夹具图 QP-JJ-0210,请按此调机。\n"
                "Program O1210 = same as our O1208 (45SH blocks), pitch 3.52, F8. Please keep F8, we had "
                "chipping with F10.\n夹具用 SUS304,不能用普通钢。\n\nAny question call me (WeChat).\n\n"
                "刘伟 Liu Wei\n切片车间 工艺\n",
        "attachments": [{"kind": "nc", "filename": "O1210.nc", "text": "NC_EMAIL", "fn_style": "plain"},
                        {"kind": "dxf", "filename": "QP-JJ-0210 切片夹具.dxf", "spec": "FIXTURE_DXF",
                         "fn_style": "rfc2231"}],
    },
    {
        "name": "b-email-06.eml",
        "label": L("controlled", "b", "mining", "process-spec", "zh",
                   "e-mail with GB18030 CSV maintenance plan for in-situ leaching field (pipe network, "
                   "collection tunnels, ponds, dosing pumps); leach values only as restart references -> b"),
        "from": ("赖国平", "laigp@lcre-mining.example"),
        "to": [("钟伟", "zhongw@lcre-mining.example"), ("采场班组长", "cc3@lcre-mining.example")],
        "subject": "3#采场 二季度设备维护计划(附表)",
        "date": "Tue, 01 Apr 2025 08:30:55 +0800",
        "msgid": "<000001db a2f3$5c1e8b40$145ca1c0$@lcre-mining.example>".replace(" ", ""),
        "mailer": "Microsoft Outlook 16.0",
        "charset": "gb2312", "cte": "quoted-printable", "eol": "\r\n",
        "body": "各位:\n\n3#采场二季度设备维护计划见附件(CSV,可用 Excel 打开),请按周期执行并在 EAM 中"
                "填写记录。\n雨季前必须完成收液巷道疏通和集液池防渗膜检查。\n\n赖国平\n生产技术部\n",
        "attachments": [{"kind": "csv", "filename": "3#采场_Q2维护计划.csv", "rows": "MAINT_CSV_ROWS",
                         "encoding": "gb18030", "fn_style": "encoded-gb2312"}],
    },
    {
        "name": "b-email-07.eml",
        "label": L("controlled", "a", "metal-smelting", "email", "en",
                   "internal forward with the original as message/rfc822: consultant's lanthanum "
                   "reduction-distillation recipe for Sm metal (ratio, briquetting, vacuum, temperatures, "
                   "condenser, yield)"),
        "from": ("Hiroshi Sato", "h.sato@kanto-raremetals.example"),
        "to": [("Kenji Mori", "k.mori@kanto-raremetals.example")],
        "subject": "Fw: Sm metal route",
        "date": "Tue, 03 Jun 2025 14:02:51 +0900",
        "msgid": "<20250603140251.8F3A2C@kanto-raremetals.example>",
        "mailer": "Becky! ver. 2.81.04",
        "charset": "utf-8", "cte": "7bit", "eol": "\r\n",
        "body": EMAIL_07_OUTER,
        "forward": {"from": ("Liu Fang", "liufang.consult@163.example"),
                    "to": [("Hiroshi Sato", "h.sato@kanto-raremetals.example")],
                    "subject": "Sm metal route as discussed", "date": "Sat, 31 May 2025 22:41:07 +0800",
                    "msgid": "<6a1f03b2.3c41.19726c8b0f2.Coremail.liufang.consult@163.example>",
                    "charset": "utf-8", "cte": "quoted-printable", "body": EMAIL_07_INNER},
        "attachments": [],
    },
    {
        "name": "b-email-08.eml",
        "label": L("controlled", "a", "magnet-manufacturing", "parameter-sheet", "mixed",
                   "innocuous PPAP e-mail to a customer; the attached JPEG scan is a sintering furnace "
                   "record with dehydrogenation, sintering, quench and tempering set-points", mags="NdFeB"),
        "from": ("Kevin Zhou", "kevin.zhou@yj-mag.example"),
        "to": [("Ana Duarte", "ana.duarte@drivelab.example")],
        "subject": "RE: PPAP lot YJ25-0412 - furnace record",
        "date": "Wed, 04 Jun 2025 10:12:30 +0800",
        "msgid": "<TYZPR03MB5555C0FFEE11223344@TYZPR03MB5555.apcprd03.prod.outlook.example>",
        "in_reply_to": "<AM9PR07MB7123AA00BB11CC22@AM9PR07MB7123.eurprd07.prod.outlook.example>",
        "mailer": "Microsoft Outlook 16.0",
        "charset": "us-ascii", "cte": "7bit", "eol": "\r\n",
        "body": "Dear Ana,\n\nAs requested for the PPAP file, please find attached a photo of the sintering "
                "furnace record for lot YJ25-0412.\nThe remaining PPAP documents will follow on Friday.\n\n"
                "Best regards\nKevin\n\n> Could you also send the furnace record of the sample lot?\n> Ana\n",
        "attachments": [{"kind": "scan", "filename": "IMG_20250604_095812.jpg", "spec": "SINTER_LOG_SCAN",
                         "fn_style": "plain"}],
    },
    {
        "name": "b-email-09.eml",
        "label": L("excluded", "a", "recycling magnet-manufacturing", "process-spec", "zh",
                   "instructions to a patent attorney with attached invention disclosure (技术交底书) for "
                   "direct regeneration of NdFeB scrap into sintered magnets; for a patent/PCT filing",
                   mags="NdFeB", excl="patent-filing"),
        "from": ("许海东", "xu.haidong@yj-mag.example"),
        "to": [("王律师", "wang@zhixing-ip.example")],
        "subject": "专利申请委托:钕铁硼废磁体直接再生(技术交底书)",
        "date": "Thu, 08 May 2025 15:36:48 +0800",
        "msgid": "<7c2d91aa-0e4b-4c3f-b8f1-2a6d9e0c5b17@yj-mag.example>",
        "mailer": "Coremail Webmail Server Version XT6.0.2",
        "charset": "utf-8", "cte": "base64", "eol": "\n",
        "body": EMAIL_09_BODY,
        "attachments": [{"kind": "docx", "filename": "技术交底书"
                                                     "_YJ-PT-2025-017.docx", "blocks": "DISCLOSURE_DOCX",
                         "fn_style": "rfc2231"}],
    },
    {
        "name": "b-email-10.eml",
        "label": clear("email", "en",
                       "quotation e-mail for AlNiCo and ferrite magnets with a ZIP (price CSV + catalogue "
                       "PDF); "
                       "non-controlled magnet types, commercial"),
        "from": ("Lily Wu", "export@hongci.example"),
        "to": [("Purchasing", "purchasing@sensorix.example")],
        "subject": "Quotation Q-HC-25-0611 AlNiCo & ferrite magnets",
        "date": "Wed, 11 Jun 2025 09:03:12 +0800",
        "msgid": "<20250611090312.A7B3@hongci.example>",
        "mailer": "Foxmail 7.2.25.228[en]",
        "charset": "utf-8", "cte": "quoted-printable", "eol": "\r\n",
        "body": "Dear Sir/Madam,\n\nThank you for your inquiry. Please find our quotation and catalogue in "
                "the attached zip file.\nPrices are FOB Ningbo, valid 30 days. Samples free of charge, "
                "freight "
                "collect.\n\nBest regards\nLily Wu\nExport Sales | Dongyang Hongci Electronics\n",
        "attachments": [{"kind": "zip", "filename": "Q-HC-25-0611.zip", "fn_style": "plain",
                         "members": [("Q-HC-25-0611_pricelist.csv", "csv:ALNICO_CSV_ROWS"),
                                     ("Hongci_catalogue_2025.pdf", "pdf:ALNICO_PDF_LINES")]}],
    },
    {
        "name": "b-email-11.eml",
        "label": clear("email", "zh",
                       "compliance-training notice quoting MOFCOM 2025 No. 61/62 and listing the controlled "
                       "stages, with agenda PDF; quotes the regulation, no technology"),
        "from": ("法务部 合规办公室", "compliance@huamei-re.example"),
        "to": [("全体技术及业务人员", "all-tech@huamei-re.example")],
        "subject": "【通知】出口管制合规培训(商务部公告2025年第61、62号)",
        "date": "Mon, 27 Oct 2025 10:00:00 +0800",
        "msgid": "<notice-20251027-0001@huamei-re.example>",
        "mailer": "Microsoft Outlook 16.0",
        "charset": "utf-8", "cte": "base64", "eol": "\r\n",
        "body": EMAIL_11_BODY,
        "html": None,
        "attachments": [{"kind": "pdf", "filename": "培训议程_20251106.pdf", "lines": "TRAINING_PDF_LINES",
                         "title": "出口管制合规培训议程", "fn_style": "encoded-utf8"}],
    },
]

MAINT_CSV_ROWS: list[list[str]] = [
    ["设备编号", "设备/设施", "维护项目", "周期", "标准/参照", "责任人", "下次日期"],
    ["ZY-GW-01", "注液管网(PE De63/De32)", "巡检漏点、更换破损三通及球阀", "每周", "压力0.15~0.25MPa",
     "钟伟", "2025-04-07"],
    ["ZY-GW-02", "注液孔孔口", "清理堵塞、补封黏土", "每周", "冒液即停注", "班组", "2025-04-07"],
    ["ZY-GC-01", "高位配液池 200m³", "清淤、检查液位计", "每月", "配液浓度参照工艺卡"
                                                  "2.5%/1.0%", "班组", "2025-04-15"],
    ["SY-HD-01", "收液巷道 3#-1", "疏通、支护检查", "雨季前", "-", "赖国平", "2025-04-30"],
    ["SY-DL-01", "导流孔 Φ100 共 42 个", "高压水反冲洗", "每季", "出液量恢复≥80%", "班组", "2025-05-10"],
    ["SY-JY-01", "集液池 800m³", "HDPE防渗膜检查、修补", "每半年", "渗漏检测无异常", "钟伟", "2025-04-20"],
    ["CZ-01", "除杂池", "清底泥、检查搅拌机", "每月", "除杂pH参照5.0~5.2", "班组", "2025-04-18"],
    ["CD-01", "沉淀池 2 座", "清理、检查出料阀", "每月", "-", "班组", "2025-04-18"],
    ["BF-01", "碳酸氢铵加药泵", "更换隔膜、校验计量", "每季", "计量误差≤2%", "机修", "2025-05-05"],
    ["BF-02", "母液提升泵 IH80-50", "机封检查、轴承加油", "每月", "振动≤4.5mm/s", "机修", "2025-04-12"],
    ["YB-01", "电磁流量计 8 台", "校验", "每半年", "-", "仪表", "2025-06-01"],
    ["HJ-01", "监测井 6 口", "取样分析氨氮", "每月", "超标上报环保科", "环保科", "2025-04-25"],
    ["备注", "恢复注液前:管网试压0.3MPa 30min;首日注液量按50%,浓度参照工艺卡", "", "", "", "", ""],
]


# ======================================================================================
# Archives (.zip / .7z). Members: (path, "kind:NAME") resolved by make.member_bytes;
# "zip:" members are nested archives given as lists in NESTED.
# ======================================================================================
SMCO_README = """T350 SmCo 项目资料 (YXG-30H 升级 T350)
==========================================
01_工艺   时效曲线、固溶参数(工艺所 邱晓维护)
02_图纸   环件 SC-R-2412 产品图
03_会议   启动会纪要

注意:本包为内部资料,对外提供须经技术中心审批。
"""

SMCO_AGING_ROWS: list[list[str]] = [
    ["段号", "起始温度℃", "目标温度℃", "速率℃/min", "保温min", "气氛", "说明"],
    ["1", "25", "1210", "5", "0", "真空≤5E-3Pa", "升温"],
    ["2", "1210", "1218", "-", "60", "真空→Ar 0.05MPa", "烧结"],
    ["3", "1218", "1185", "2", "180", "Ar", "固溶"],
    ["4", "1185", "100", "风冷>30", "0", "Ar 0.08MPa", "快冷"],
    ["5", "100", "830", "5", "720", "Ar", "等温时效"],
    ["6", "830", "400", "0.7", "0", "Ar", "控速缓冷"],
    ["7", "400", "400", "-", "300", "Ar", "保温"],
    ["8", "400", "50", "风冷", "0", "Ar", "出炉"],
    ["备注", "成分 Sm25.5 Fe18.0 Cu5.5 Zr2.8 Co余(wt%)", "", "", "", "", "T350 目标 HcJ(350℃)≥800kA/m"],
]

SMCO_RING_DXF: dict[str, Any] = _zh(
    name="SC-R-2412.dxf",
    geom="block",
    g={"at": (80, 140), "views": [(48, 48, "主视图"), (48, 10, "剖视图")], "gap": 60,
       "holes": {0: [(24, 24, 12)]}, "scale": 2},
    tb={"UNIT": "甬江磁材科技有限公司", "NAME": "钐钴磁环 "
                                      "Φ24/Φ12×5", "DWGNO": "SC-R-2412", "MATERIAL": "YXG-30H",
        "SCALE": "2:1", "DESIGN": "邱晓", "CHECK": "冯凯", "APPROVE": "王建国", "DATE": "2025.02.20",
        "STAGE": "S", "SHEET": "共1张 第1张"},
    notes="技术要求\n1. 材料 2:17 型钐钴 YXG-30H;\n2. 轴向充磁,交货状态未充磁;\n3. 表面镀镍 5~10μm;\n"
          "4. 未注公差 ±0.05,边缘崩缺 ≤0.1。",
    notes_at=(30, 285, 200),
)

SMCO_KICKOFF_DOCX: list[tuple[str, Any]] = [
    ("h1", "T350 项目启动会纪要"),
    ("p", "时间:2025年2月21日 14:00  地点:技术中心 302  主持:王建国"),
    ("p", "参加:邱晓、冯凯、陈立伟、销售部 周凯文、采购部 孙倩"),
    ("h2", "议题与结论"),
    ("p", "1. 客户需求:350℃ 下长期工作的钐钴环件,年需求约 12 万件,样品 6 月交付。"),
    ("p", "2. 分工:工艺所负责配方及热处理;设备部评估 2# 时效炉控温能力;销售部跟进客户技术协议。"),
    ("p", "3. 风险:钐价格波动;客户要求提供工艺资料,须先走出口管制审批,不得直接发送。"),
    ("p", "下次会议:3月14日。"),
]

EV_BOM_SHEETS: list[tuple[str, list[list[Any]]]] = [
    ("BOM", [["Pos", "Part no.", "Description", "Qty", "Make/Buy", "Supplier"],
             [10, "RTR-150-010", "Lamination stack NO20", 1, "Buy", "StatorTec"],
             [20, "RTR-150-020", "Magnet segment N38UH 40x6x20", 16, "Buy", "Yongjiang Magnetics / 2nd TBD"],
             [30, "RTR-150-030", "Shaft 42CrMo4", 1, "Make", "-"],
             [40, "RTR-150-040", "End plate AlSi10Mg", 2, "Buy", "CastPro"],
             [50, "RTR-150-050", "Epoxy 2K magnet adhesive", "0.02 kg", "Buy", "Henkel"]]),
]

CEPR_PARAM_SHEETS: list[tuple[str, list[list[Any]]]] = [
    ("萃取参数", [["段", "级数", "有机相", "水相", "O/A", "酸度", "备注"],
                ["La/Ce 萃取段", 38, "P507 1.5M 皂化 "
                                  "36%", "料液 LaCePrNd 1.6M", 1.55, "pH 3.0~3.5", "进料第39级"],
                ["La/Ce 洗涤段", 30, "", "洗酸 HCl", "", "3.0N", "洗涤量 0.28×料液"],
                ["Ce/Pr 萃取段", 45, "P507 1.5M 皂化 36%", "", 1.7, "", ""],
                ["Ce/Pr 洗涤段", 35, "", "洗酸 HCl", "", "3.8N", ""],
                ["反萃段", 10, "", "反萃 HCl", "", "5.5N", "反萃液去 Pr/Nd 线"]]),
    ("产品指标", [["产品", "纯度要求", "收率"],
               ["La2O3", "≥99.99%(4N)", "≥98%"],
               ["CeO2", "≥99.95%", "≥98%"],
               ["PrNd 富集物", "La+Ce ≤0.05%", "≥99%"]]),
]

CEPR_FLOW_TXT = """工艺包说明(1#线 La/Ce/PrNd 三出口分离)
1. 料液:包头矿 硫酸焙烧-水浸-碳铵沉淀-盐酸溶解 所得混合氯化稀土,REO 1.6mol/L,pH 3.0;
2. 采用 P507-煤油-HCl 体系,La/Ce 与 Ce/Pr 两段联动(分馏萃取),有机相串联;
3. 皂化用液氨,皂化度 36%,皂化后 静置 20min 分相;
4. 级数及 O/A 见《萃取工艺参数表》;混合时间 4min,澄清面积负荷 3.8 m3/(m2·h);
5. 启动:先按级灌有机 → 灌洗酸 → 进料 50% 负荷运行 3 天 → 满负荷;平衡期约 12 天。
"""

HANDOVER_README = """交接资料说明  2025-06
- 设备清单.xlsx:1#线萃取槽、泵、储罐清单(设备部)
- 工艺包.zip:工艺参数及流程说明(技术部,密级:内部)
请接收方签收后 3 日内确认。
"""

EQUIP_SHEETS: list[tuple[str, list[list[Any]]]] = [
    ("设备清单", [["序号", "名称", "规格", "数量", "材质"],
               [1, "混合澄清槽", "1.2m³", 158, "PVC-U+FRP"],
               [2, "磁力泵", "CQB50-32-160", 24, "F46衬里"],
               [3, "有机储罐", "30m³", 4, "碳钢衬PE"],
               [4, "皂化槽", "6m³", 2, "PP"]]),
]

MEETING_0305_TXT = """会议纪要(2025-03-05)  二期电解项目 设计联络会
参会:北方恒昌 设备工程部、工艺所;设计院 电解室
1. 3kA 电解槽总图已发布(见 图纸/HC-DJ3K-000),设计院按此出施工图;
2. 整流机组报价 3 家,4 月 10 日前定标;
3. 厂房通风及氟化物烟气净化方案下次会议讨论;
4. 下次会议 3 月 19 日。
纪要人:李强
"""

QUOTE_SHEETS: list[tuple[str, list[list[Any]]]] = [
    ("报价", [["项目", "规格", "数量", "单价(万元)", "合计(万元)"],
            ["3kA 电解槽(含坩埚)", "HC-DJ3K", 12, 18.5, 222.0],
            ["整流机组", "6kA/30V", 1, 96.0, 96.0],
            ["集气罩及管道", "-", 12, 2.8, 33.6],
            ["合计", "", "", "", 351.6]]),
]

CELL3K_DXF: dict[str, Any] = _zh(
    name="HC-DJ3K-000.dxf",
    geom="cell",
    g={"radii": [520, 580, 860, 1000], "cathode": 50, "anode_r": 180, "depth": 600, "immersion": 300,
       "k": 0.1},
    tb={"UNIT": "北方恒昌稀土金属有限公司", "NAME": "3kA镨钕电解槽 总图", "DWGNO": "HC-DJ3K-000",
        "MATERIAL": "见明细表", "SCALE": "1:10", "DESIGN": "李 强", "CHECK": "赵春生", "APPROVE": "高志远",
        "DATE": "2025.03.01", "WEIGHT": "1.4t", "STAGE": "S", "SHEET": "共3张 第1张"},
    notes="技术要求\n1. 电解质 PrF3-NdF3-LiF,稀土氟化物:LiF=88:12(质量),电解温度 1030±15℃;\n"
          "2. 钨阴极 Φ50,插入深度 300,阴极电流密度 7~8 A/cm2;石墨阳极 4 块,阳极电流密度 1.0 A/cm2;\n"
          "3. 槽电压 9~10V,加料 PrNd 氧化物 1.0 kg/(kA·h),电流效率≥75%;\n"
          "4. 每 3h 出金属一次,金属 Pr+Nd≥99.5%,Fe≤0.1%,C≤0.03%;\n"
          "5. 石墨坩埚 Φ520×600,钼坩埚 Φ120 接金属。",
    notes_at=(260, 285, 150),
)

JOB_TICKET_TXT = """JOB TICKET  JT-2025-118            Shenzhen Precision Grinding Co. (subcontract)
Customer   : Yongjiang Magnetics (consigned material)
Part       : segment 18.0 x 5.0 x 40.0, C0.8 chamfers, qty 6,300
Material   : supplied blanks, Ce-rich NdFeB, unmagnetised (keep away from steel chips)
Program    : O3305 (chamfer grinding), machine MG-07
Due date   : 2025-05-23
Packing    : 50 pcs/tray, VCI bag, customer labels
Notes      : return all grinding sludge in sealed drums to customer (recycling)
"""

NC_CHAMFER = """%
O3305 (CHAMFER GRIND C0.8 - CE-NDFEB SEGMENT 18X5X40)
(MATL : CE-RICH SINTERED NDFEB 38M-CE (CE 25PCT OF RE), BRITTLE - NO IMPACT)
(MACH : MG-07 FANUC 0I-MF, PROFILE WHEEL 45 DEG D91 METAL BOND, 3200 RPM)
(COOL : SYNTH 4PCT, FLOOD, SLUDGE TO DRUM - RETURN TO CUSTOMER)
(FIX  : VACUUM PLATE 10-UP, NON-MAGNETIC)
(FEED : PLUNGE 0.02/PASS, TRAVERSE F1500, SPARK-OUT 1 PASS; EDGE CHIP LIMIT 0.05)
G21 G17 G40 G49 G80 G90
T3 M06
G54
M03 S3200
M08
G43 Z30.0 H03
#500=10 (PARTS)
#501=0.80 (CHAMFER)
#502=0.02 (INFEED)
#1=1
WHILE[#1LE#500]DO1
#10=[#1-1]*22.0
G00 X[#10-3.0] Y-5.0
Z2.0
#2=0
WHILE[#2LT#501]DO2
#2=#2+#502
G01 Z[-#2] F300
G01 Y45.0 F1500
G00 Z2.0
G00 Y-5.0
END2
G01 Z[-#501] F300
G01 Y45.0 F1500 (SPARK-OUT)
G00 Z30.0
#1=#1+1
END1
M09
M05
G91 G28 Z0
M30
%
"""

INSPECTION_ROWS: list[list[str]] = [
    ["char", "nominal", "tol", "gauge", "freq"],
    ["length", "40.00", "+/-0.05", "micrometer", "5/tray"],
    ["width", "18.00", "+/-0.03", "micrometer", "5/tray"],
    ["thickness", "5.00", "+/-0.02", "micrometer", "5/tray"],
    ["chamfer", "0.80", "+/-0.10", "profile projector", "2/tray"],
    ["edge chip", "-", "<=0.05", "10x loupe", "100%"],
]

LIB_README = """# LIB recycling pilot - data package

Pilot hydrometallurgical line for black mass from EV battery packs (NCM + LFP).
Contents: flowsheet description, mass balance, leaching model results.
Confidential - Nordic Battery Loop AB.
"""

LIB_FLOW_TXT = """Flowsheet description - LIB recycling pilot (rev 2, 2025-02)
1. Discharge packs in brine, dismantle to modules, shred under N2.
2. Sieve/air-classify to black mass (< 1 mm); Al/Cu foils to metal recovery.
3. Leach: H2SO4 2.0 M + H2O2 2-4 vol%, 80 C, S/L 10 %, 2 h.
4. Impurity removal: Fe/Al by pH 4.5 with NaOH, Cu by cementation on Fe powder.
5. SX: D2EHPA for Mn/Zn; Cyanex 272 for Co/Ni split; Ni recovered as NiSO4.6H2O.
6. Li precipitated as Li2CO3 with Na2CO3 at 95 C; purity 99.5 %.
"""

LIB_BALANCE: list[tuple[str, list[list[Any]]]] = [
    ("mass balance", [["stream", "t/d", "Li %", "Ni %", "Co %", "Mn %"],
                      ["black mass", 10.0, 3.9, 14.2, 5.6, 8.1],
                      ["PLS (m3/d)", 95.0, 0.39, 1.42, 0.55, 0.80],
                      ["NiSO4 product", 5.9, 0, 22.1, 0.02, 0.01],
                      ["Li2CO3 product", 1.9, 18.7, 0, 0, 0]]),
]

MAINT_DOCX: list[tuple[str, Any]] = [
    ("h1", "HS-WH-02 钕铁硼油泥回收线 维护检修规程"),
    ("small", "江西绿源再生资源有限公司 设备部  2025-02 第2版"),
    ("h2", "1 适用范围"),
    ("p", "适用于油泥回收线干燥机 D-201、回转窑 K-202、浸出釜 R-203/204、压滤机 F-205、沉淀釜 R-206、"
          "推板窑 K-207 的日常维护、定期检修及故障维修。"),
    ("h2", "2 日常点检"),
    ("table", [["设备", "点检内容", "标准", "周期"],
               ["回转窑 K-202", "托轮温度、窑体红外扫描", "托轮≤65℃;筒体≤350℃", "每班"],
               ["回转窑 K-202", "窑头/窑尾密封漏风", "负压 -30~-50Pa", "每班"],
               ["浸出釜 R-203", "搪瓷/衬胶破损、搅拌电流", "电流≤额定 85%", "每班"],
               ["压滤机 F-205", "滤布破损、液压压力", "25MPa", "每批"],
               ["推板窑 K-207", "推板变形、硅碳棒电流", "—", "每日"]]),
    ("h2", "3 定期检修"),
    ("p", "3.1 回转窑:每 6 个月更换窑尾鱼鳞片密封;每年检查筒体椭圆度及托轮轴承,轮带间隙 8~12mm;"
          "浇注料局部脱落>0.5m² 时停窑修补,修补后按 50℃/h 烘窑至 600℃。"),
    ("p", "3.2 浸出釜:每季度检查衬胶(电火花检漏 15kV);机械密封泄漏>5 滴/分更换。"),
    ("p", "3.3 恢复生产:检修后按工艺卡 WI-R-031 恢复,焙烧温度、浸出终点 pH 等按工艺卡参照值确认,"
          "首批化验合格(Fe<0.1g/L)后方可连续生产。"),
    ("h2", "4 故障处理"),
    ("p", "窑内结圈:降低喂料 30%,提高窑尾温度 20℃ 烧圈,无效时停窑人工清理;"
          "浸出釜搅拌断轴:更换备轴(备件号 SP-R203-03),对中偏差≤0.05mm。"),
]

SPARES_SHEETS: list[tuple[str, list[list[Any]]]] = [
    ("备件清单", [["备件号", "名称", "适用设备", "库存下限", "供应商"],
               ["SP-K202-01", "鱼鳞片密封(304)", "回转窑 K-202", 2, "宜兴窑炉"],
               ["SP-K202-05", "托轮轴承 22226", "回转窑 K-202", 2, "SKF"],
               ["SP-R203-03", "搅拌轴(衬胶)", "浸出釜 R-203/204", 1, "无锡化机"],
               ["SP-F205-02", "滤布 750AB", "压滤机 F-205", 60, "景津"],
               ["SP-K207-04", "硅碳棒 Φ30×1200", "推板窑 K-207", 24, "郑州"]]),
]

CHECK_ROWS: list[list[str]] = [
    ["日期", "班次", "K202托轮温度", "K202负压Pa", "R203电流A", "F205压力MPa", "点检人"],
    ["2025-03-01", "白", "52", "-38", "41", "25", "周"],
    ["2025-03-01", "夜", "55", "-41", "40", "25", "黄"],
    ["2025-03-02", "白", "51", "-36", "42", "24.5", "周"],
]

LAB_GUIDE_TXT = """实验三  ICP-OES 测定混合稀土氧化物中各稀土元素配分
《稀土分析化学》本科实验课  冶金与化学工程学院

一、实验目的
1. 掌握电感耦合等离子体发射光谱仪的基本操作;
2. 学会用标准曲线法测定混合稀土氧化物中 La、Ce、Pr、Nd、Sm 的含量。

二、仪器与试剂
ICP-OES(iCAP 7400);稀土单元素标准溶液 1000 μg/mL;浓 HNO3、H2O2;试样:混合稀土氧化物(教学样)。

三、实验步骤
1. 称取试样 0.1000 g 于 100 mL 烧杯,加 10 mL (1+1) HNO3 及 1 mL H2O2,低温溶解;
2. 冷却后定容至 100 mL,再稀释 100 倍;
3. 配制 0、1、2、5、10 μg/mL 混合标准系列;
4. 选择分析谱线:La 408.672、Ce 413.765、Pr 417.939、Nd 406.109、Sm 442.434 nm;
5. 测定并计算各元素占 TREO 的质量分数。

四、思考题
1. 稀土元素谱线干扰如何校正?  2. 为什么要加 H2O2?

注意:实验废液倒入重金属废液桶。
"""

LAB_TEMPLATE_ROWS: list[list[str]] = [
    ["组号", "姓名", "元素", "谱线nm", "标准曲线r", "测定值ug/mL", "配分%"],
    ["1", "", "La", "408.672", "", "", ""],
    ["1", "", "Ce", "413.765", "", "", ""],
    ["1", "", "Pr", "417.939", "", "", ""],
    ["1", "", "Nd", "406.109", "", "", ""],
]

LAB_SCHEDULE_DOCX: list[tuple[str, Any]] = [
    ("h1", "《稀土分析化学》实验课程安排(2025 春)"),
    ("table", [["周次", "实验", "学时", "地点"],
               ["3", "实验一 EDTA 滴定测定稀土总量", "4", "化学楼 B305"],
               ["5", "实验二 偶氮胂Ⅲ分光光度法测定微量稀土", "4", "化学楼 B305"],
               ["7", "实验三 ICP-OES 测定稀土配分", "4", "分析测试中心"],
               ["9", "实验四 XRF 测定稀土精矿中 REO", "4", "分析测试中心"]]),
    ("p", "成绩:实验报告 60%,操作考核 40%。"),
]

NESTED: dict[str, list[tuple[str, str]]] = {
    "工艺包.zip": [("萃取工艺参数表.xlsx", "xlsx:"
                                 "CEPR_PARAM_SHEETS"), ("流程说明.txt", "txtgb:CEPR_FLOW_TXT")],
}

ARCHIVES: list[dict[str, Any]] = [
    {
        "name": "b-zip-01.zip",
        "label": L("controlled", "a", "magnet-manufacturing", "parameter-sheet", "zh",
                   "SmCo project folder: the heat-treatment CSV (sinter/solution/ageing/slow-cool segments "
                   "with "
                   "composition) is controlled; product ring drawing and kickoff minutes are not",
                   mags="SmCo"),
        "members": [("T350项目/README.txt", "txt:SMCO_README"),
                    ("T350项目/01_工艺/时效曲线_T350.csv", "csvgb:SMCO_AGING_ROWS"),
                    ("T350项目/02_图纸/SC-R-2412.dxf", "dxf:SMCO_RING_DXF"),
                    ("T350项目/03_会议/启动会纪要_0221.docx", "docx:SMCO_KICKOFF_DOCX")],
    },
    {
        "name": "b-zip-02.zip",
        "label": clear("drawing", "en",
                       "motor-maker rotor package: STEP assembly, BOM and magnet purchase specification; "
                       "product design with bought magnets"),
        "members": [("EV150_rotor/CAD/RTR-150-000_asm.stp", "step:b-step-03.stp"),
                    ("EV150_rotor/BOM_RTR-150.xlsx", "xlsx:EV_BOM_SHEETS"),
                    ("EV150_rotor/specs/E-MAG-0042_revC.pdf", "pdf:SPEC_PDF_LINES")],
    },
    {
        "name": "b-zip-03.zip",
        "label": L("controlled", "a", "separation", "parameter-sheet", "zh",
                   "handover ZIP containing a nested ZIP whose XLSX/TXT give a P507 La/Ce/PrNd fractional "
                   "extraction package (stages, O/A, acidities, saponification, start-up)"),
        "members": [("交接资料/说明.txt", "txt:HANDOVER_README"),
                    ("交接资料/设备清单.xlsx", "xlsx:EQUIP_SHEETS"),
                    ("交接资料/工艺包.zip", "zip:工艺包.zip")],
    },
    {
        "name": "b-zip-04.zip",
        "label": L("controlled", "a", "metal-smelting", "drawing", "zh",
                   "design-liaison package; only the DXF member is controlled: 3 kA PrNd electrolysis cell "
                   "drawing whose notes give bath ratio, temperature, current densities, voltage, feed"),
        "members": [("二期电解/会议纪要_0305.txt", "txtgb:MEETING_0305_TXT"),
                    ("二期电解/报价汇总.xlsx", "xlsx:QUOTE_SHEETS"),
                    ("二期电解/图纸/HC-DJ3K-000.dxf", "dxf:CELL3K_DXF")],
    },
    {
        "name": "b-zip-05.zip",
        "label": L("controlled", "a", "magnet-manufacturing", "nc-program", "en",
                   "subcontract grinding job package; only the NC program is controlled (chamfer grinding of "
                   "Ce-rich NdFeB segments: wheel, infeed, feeds, chip limit)", mags="NdFeB Ce"),
        "members": [("JT-2025-118/job_ticket.txt", "txt:JOB_TICKET_TXT"),
                    ("JT-2025-118/NC/O3305.nc", "nc:NC_CHAMFER"),
                    ("JT-2025-118/inspection_plan.csv", "csv:INSPECTION_ROWS")],
    },
    {
        "name": "b-zip-06.zip",
        "label": clear("parameter-sheet", "en",
                       "Li-ion battery recycling pilot package (flowsheet, mass balance, leach model); "
                       "hydrometallurgy vocabulary but not rare earth"),
        "members": [("LIB_pilot/README.md", "txt:LIB_README"),
                    ("LIB_pilot/flowsheet_description.txt", "txt:LIB_FLOW_TXT"),
                    ("LIB_pilot/mass_balance.xlsx", "xlsx:LIB_BALANCE"),
                    ("LIB_pilot/model/black_mass_leach_results.csv", "sim:b-sim-11.csv")],
    },
    {
        "name": "b-zip-07.7z",
        "label": L("controlled", "b", "recycling", "process-spec", "zh",
                   "7z with maintenance/overhaul procedure, spare parts and check sheet for an NdFeB sludge "
                   "recycling line; process values only as restart references -> b"),
        "members": [("回收线维护/HS-WH-02 维护检修规程.docx", "docx:MAINT_DOCX"),
                    ("回收线维护/备件清单.xlsx", "xlsx:SPARES_SHEETS"),
                    ("回收线维护/点检记录_2025-03.csv", "csvgb:CHECK_ROWS")],
    },
    {
        "name": "b-zip-08.7z",
        "label": clear("other", "zh",
                       "7z of a university analytical-chemistry lab course (ICP-OES of RE distribution, "
                       "schedule, data template); analysis teaching, no production technology"),
        "members": [("稀土分析实验/实验三_ICP-OES测定稀土配分.txt", "txt:LAB_GUIDE_TXT"),
                    ("稀土分析实验/数据记录模板.csv", "csvgb:LAB_TEMPLATE_ROWS"),
                    ("稀土分析实验/课程安排.docx", "docx:LAB_SCHEDULE_DOCX")],
    },
]
