"""Content of the per-format evaluation corpus (``corpora/carriers-a``).

Every document here is fictional: companies, people, drawing numbers, e-mail addresses
(``.example`` domains) and values. The values are plausible for the process they describe
because a held-out set is only useful if it looks like what engineering departments write.

Each document is a spec dict with a ``label`` (see :class:`Lab`) next to its content, so the
label is reviewed together with what it labels. ``corpora/carriers-a/make.py`` turns the
specs into files; nothing in this module touches the disk.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lab:
    """The label of one top-level file, by the rules of shared/docs/DOMAIN.md."""

    verdict: str  # controlled | excluded | clear
    codes: tuple[str, ...]
    cats: tuple[str, ...]
    mags: tuple[str, ...]
    carrier: str
    lang: str  # zh | en | mixed
    note: str
    exclusion: str | None = None
    hard: bool = False

    def as_json(self, file: str, fmt: str) -> dict:
        return {
            "file": file,
            "verdict": self.verdict,
            "control_codes": [f"1E902.{c}" for c in self.codes],
            "categories": list(self.cats),
            "magnet_types": list(self.mags),
            "carrier": self.carrier,
            "exclusion": self.exclusion,
            "language": self.lang,
            "hard_negative": self.hard,
            "note": self.note,
            "format": fmt,
        }


def ctl(codes: str, cats: str, mags: str, carrier: str, lang: str, note: str) -> Lab:
    """Controlled: ``codes`` like "a" or "a b", ``cats``/``mags`` space separated."""
    return Lab(
        "controlled", tuple(codes.split()), tuple(cats.split()), tuple(mags.split()), carrier, lang, note
    )


def clr(carrier: str, lang: str, note: str, hard: bool = False) -> Lab:
    return Lab("clear", (), (), (), carrier, lang, note, None, hard)


def exc(reason: str, codes: str, cats: str, mags: str, carrier: str, lang: str, note: str) -> Lab:
    return Lab(
        "excluded", tuple(codes.split()), tuple(cats.split()), tuple(mags.split()), carrier, lang, note,
        reason,
    )


NDFEB = "magnet-manufacturing"

# ======================================================================================
# 1. DXF drawings
# ======================================================================================
# Geometry is given in paper millimetres on an A3 sheet (420 x 297); ``scale`` is the
# drawing scale, applied to the dimension text (DIMLFAC) so dimensions show real sizes.
# Primitive tuples:  ("rect", x, y, w, h, role) ("line", x1, y1, x2, y2, role)
# ("circle", cx, cy, r, role) ("arc", cx, cy, r, a0, a1, role)
# ("holes", x0, y0, nx, ny, dx, dy, r) ("hdim", x1, x2, y, ybase [, text])
# ("vdim", y1, y2, x, xbase [, text]) ("ddim", cx, cy, r, angle [, text])
# ("text", x, y, height, text [, role]) ("cl", x1, y1, x2, y2)  (centre line)

ZH_LAYERS = {
    "outline": "粗实线", "thin": "细实线", "center": "中心线", "dim": "尺寸标注",
    "text": "文字", "frame": "图框", "hidden": "虚线",
}
EN_LAYERS = {
    "outline": "OUTLINE", "thin": "THIN", "center": "CENTER", "dim": "DIM",
    "text": "NOTES", "frame": "BORDER", "hidden": "HIDDEN",
}
ZH_TB = {
    "DWG_NO": "图号", "TITLE": "名称", "MATERIAL": "材料", "SCALE": "比例", "WEIGHT": "重量",
    "DRAWN": "设计", "CHECKED": "审核", "APPROVED": "批准", "DATE": "日期", "COMPANY": "单位",
    "SHEET": "张次", "REV": "版本",
}
EN_TB = {
    "DWG_NO": "DRAWING No.", "TITLE": "TITLE", "MATERIAL": "MATERIAL", "SCALE": "SCALE",
    "WEIGHT": "MASS", "DRAWN": "DRAWN", "CHECKED": "CHECKED", "APPROVED": "APPROVED",
    "DATE": "DATE", "COMPANY": "COMPANY", "SHEET": "SHEET", "REV": "REV",
}

DXF_DOCS: list[dict] = [
    {
        "name": "fmt-dxf-01.dxf",
        "label": ctl(
            "a", NDFEB, "NdFeB", "drawing", "zh",
            "钼烧结料盒图, 技术要求写明N48H/N50M压坯脱脂-烧结-两级回火制度、装料与摆放方式",
        ),
        "lang": "zh",
        "date": (2025, 6, 12),
        "scale": 2.5,
        "header": {"$PROJECTNAME": "烧结二车间工装", "$LASTSAVEDBY": "zhoujp"},
        "custom": {"图号": "SJ-LH-0612-03", "项目": "VSF-600 烧结炉工装", "密级": "内部"},
        "title": {
            "DWG_NO": "SJ-LH-0612-03", "TITLE": "烧结料盒(N48H/N50M毛坯"
                ")", "MATERIAL": "Mo1 δ2.0 / 底板 TZM δ3",
            "SCALE": "1:2.5", "WEIGHT": "6.8 kg", "DRAWN": "周建平", "CHECKED": "刘涛", "APPROVED": "王海",
            "DATE": "2025-06-12", "COMPANY": "恒磁新材料 设备部", "SHEET": "1/1", "REV": "C",
        },
        "prims": [
            ("rect", 20, 150, 160, 120, "outline"),
            ("rect", 21.2, 151.2, 157.6, 117.6, "thin"),
            ("line", 60, 151.2, 60, 268.8, "outline"),
            ("line", 100, 151.2, 100, 268.8, "outline"),
            ("line", 140, 151.2, 140, 268.8, "outline"),
            ("line", 21.2, 190, 178.8, 190, "outline"),
            ("line", 21.2, 230, 178.8, 230, "outline"),
            ("holes", 30, 160, 4, 3, 40, 40, 1.2),
            ("hdim", 20, 180, 270, 280),
            ("vdim", 150, 270, 180, 190),
            ("hdim", 20, 60, 150, 142),
            ("ddim", 30, 160, 1.2, 225, "%%c6 通气孔 ×12"),
            ("rect", 20, 95, 160, 32, "outline"),
            ("rect", 18, 127, 164, 4, "outline"),
            ("vdim", 95, 127, 180, 190),
            ("text", 80, 88, 3.5, "A-A", "text"),
            ("text", 70, 136, 3, "盒盖 (配合间隙 0.3~0.5)", "text"),
        ],
        "notes_title": "技术要求",
        "notes": [
            "1. 本料盒用于NdFeB压坯真空烧结, 适用牌号N48H、N50M; 单盒装坯≤18 kg, 坯块间距≥3 mm, "
            "取向方向(C向)垂直于盒底摆放, 不得叠放超过2层.",
            "2. 盒底铺0.1 mm钼箔并均匀撒ZrO2隔离粉(≤0.2 g/dm²), 防止粘结.",
            "3. 配套烧结制度(工艺卡QP-S-048 D版): 室温→400 ℃ 保温2 h脱脂(真空≤10 Pa); "
            "→850 ℃ 保温3 h脱氢; →1065 ℃ 保温5 h烧结, 真空≤5×10⁻³ Pa; 充Ar 80 kPa风冷至≤80 ℃. "
            "一级回火900 ℃×2.5 h, 二级回火500 ℃×4 h, 风冷.",
            "4. 升温速率: 400 ℃以下≤3 ℃/min, 850~1065 ℃段≤2 ℃/min, 以避免坯块开裂和变形.",
            "5. 盒体钼板电子束焊, 焊后1200 ℃真空去应力1 h; 盒盖不得密封, 与盒体间隙0.3~0.5 mm.",
            "6. 每炉次前检查平面度, 超过1.5 mm报废; 累计300炉次更换底板.",
            "7. 未注尺寸公差按GB/T 1804-m.",
        ],
    },
    {
        "name": "fmt-dxf-02.dxf",
        "label": ctl(
            "a", "separation", "", "drawing", "mixed",
            "P507-HCl Pr/Nd separation mixer-settler GA: stage split, organic concentration, "
            "saponification, O/A flow ratio, acids, product purity in notes",
        ),
        "lang": "zh",
        "date": (2025, 3, 4),
        "scale": 20,
        "header": {"$PROJECTNAME": "PN-SX Line 2", "$LASTSAVEDBY": "li.wei"},
        "custom": {"Drawing No": "SX-PN-2000-00", "Project": "PrNd 分离二线", "Revision": "B"},
        "title": {
            "DWG_NO": "SX-PN-2000-00", "TITLE": "Pr/Nd分离萃取槽总装图 (72级)",
            "MATERIAL": "PP-H δ20 / 桨叶 316L+PVDF", "SCALE": "1:20", "WEIGHT": "—",
            "DRAWN": "李伟", "CHECKED": "邓志勇", "APPROVED": "黄建", "DATE": "2025-03-04",
            "COMPANY": "华稀冶炼分离公司 设计所", "SHEET": "1/3", "REV": "B",
        },
        "prims": [
            ("rect", 15, 200, 25, 30, "outline"),
            ("rect", 40, 200, 100, 30, "outline"),
            ("rect", 15, 160, 25, 30, "outline"),
            ("rect", 40, 160, 100, 30, "outline"),
            ("circle", 27.5, 215, 6, "thin"),
            ("circle", 27.5, 175, 6, "thin"),
            ("line", 40, 222, 140, 222, "hidden"),
            ("line", 40, 182, 140, 182, "hidden"),
            ("hdim", 15, 40, 230, 240),
            ("hdim", 40, 140, 230, 240),
            ("vdim", 200, 230, 140, 150),
            ("text", 16, 234, 2.5, "混合室 Mixer", "text"),
            ("text", 70, 234, 2.5, "澄清室 Settler", "text"),
            ("text", 60, 224, 2.5, "Org. weir / 有机溢流堰", "text"),
            ("text", 60, 184, 2.5, "Aq. weir / 水相堰 (可调)", "text"),
            ("text", 15, 150, 3, "第38级 = 进料级 (Feed stage 38)", "text"),
            ("rect", 160, 150, 60, 80, "outline"),
            ("cl", 190, 145, 190, 235),
            ("line", 190, 180, 175, 180, "outline"),
            ("line", 190, 180, 205, 180, "outline"),
            ("hdim", 175, 205, 176, 165, "%%c220"),
            ("text", 165, 140, 2.5, "搅拌桨 Impeller 280 r/min", "text"),
        ],
        "notes_title": "技术要求 / Notes",
        "notes": [
            "1. 本槽用于PrNd氯化物料液的Pr/Nd分离, 共72级: 萃取段1~38级, 洗涤段39~72级, 料液进第38级; "
            "反萃槽另见SX-PN-2100.",
            "2. 有机相: 1.5 mol/L P507 (HEH/EHP) – 磺化煤油, NaOH皂化, 皂化度36%; 皂化段单独4级.",
            "3. 流比 O : F : W = 14.2 : 1 : 2.1 (体积). 料液RECl3 1.30 mol/L, pH 3.0~3.5, Pr:Nd ≈ 25:75; "
            "洗酸HCl 3.5 mol/L.",
            "4. 单级混合室500×500×600, 澄清室2000×500×600 (L×W×H, mm); 混合时间≥4 min, "
            "桨叶转速260~300 r/min变频调节; 澄清面速度≤4 m³/(m²·h).",
            "5. 产品指标: Nd2O3/REO≥99.5 %, Pr6O11/REO≥99.0 % (按草酸沉淀、900 ℃灼烧后计).",
            "6. 槽体PP-H板热熔焊, 焊缝火花检测; 满水试漏48 h无渗漏; 相邻级水相连通孔%%c40.",
            "7. Organic loading ≤ 0.18 mol/L REO at stage 38; monitor phase entrainment < 200 ppm.",
        ],
    },
    {
        "name": "fmt-dxf-03.dxf",
        "label": ctl(
            "a", "metal-smelting", "", "drawing", "en",
            "6 kA Pr-Nd oxide-fluoride electrolysis cell GA: bath composition, temperature, anode/cathode "
            "current densities, ACD, feed rate and cell voltage in notes",
        ),
        "lang": "en",
        "date": (2024, 11, 18),
        "scale": 10,
        "header": {"$PROJECTNAME": "EC-6K Cell Upgrade", "$LASTSAVEDBY": "r.guo"},
        "custom": {"DrawingNo": "EC-6K-GA-001", "Client": "Smelter 2, Line B", "Status": "For construction"},
        "title": {
            "DWG_NO": "EC-6K-GA-001", "TITLE": "6 kA RE ELECTROLYSIS CELL - GENERAL ARRANGEMENT",
            "MATERIAL": "SEE BOM", "SCALE": "1:10", "WEIGHT": "2.35 t", "DRAWN": "R. Guo",
            "CHECKED": "Y. Sun", "APPROVED": "H. Ma", "DATE": "2024-11-18",
            "COMPANY": "Jinling RE Metals Co. - Engineering", "SHEET": "1/2", "REV": "B",
        },
        "prims": [
            ("rect", 40, 110, 140, 120, "outline"),
            ("rect", 50, 120, 120, 105, "outline"),
            ("rect", 56, 126, 108, 95, "thin"),
            ("line", 56, 190, 164, 190, "hidden"),
            ("rect", 60, 150, 14, 75, "outline"),
            ("rect", 146, 150, 14, 75, "outline"),
            ("rect", 103, 140, 14, 95, "outline"),
            ("rect", 98, 126, 24, 10, "outline"),
            ("cl", 110, 100, 110, 245),
            ("hdim", 56, 164, 120, 105, "%%c1080 ID"),
            ("vdim", 126, 190, 180, 195, "BATH 420"),
            ("hdim", 74, 103, 236, 246, "ACD 75"),
            ("text", 62, 232, 2.5, "ANODE (graphite) x4", "text"),
            ("text", 100, 240, 2.5, "W CATHODE %%c70", "text"),
            ("text", 96, 130, 2.5, "Mo RECEIVER", "text"),
            ("text", 42, 100, 2.5, "STEEL SHELL / WATER JACKET / CARBON RAMMING", "text"),
        ],
        "notes_title": "NOTES",
        "notes": [
            "1. Cell for Pr-Nd metal by oxide electrolysis in a fluoride melt. Bath (Pr,Nd)F3 86 wt% / LiF "
                "14 wt%, "
            "bath depth 420 mm, operating temperature 1045 +/- 10 C (type B TC in Mo sheath).",
            "2. Anodes: 4 segments, isostatic graphite (density >= 1.82 g/cm3, ash <= 200 ppm), 120 mm "
                "thick. "
            "Initial ACD 75 mm. Anode current density 0.85-1.0 A/cm2; change anode at 40 mm residual.",
            "3. Cathode: W rod dia 70 mm, immersion 250 mm, cathode current density 6.5-7.5 A/cm2.",
            "4. Line current 6000 A nominal, cell voltage 9.5-10.5 V. Oxide feed (Pr,Nd)2O3, LOI <= 0.3 %, "
            "150-170 g/min by vibratory feeder, pulse every 60 s; keep dissolved oxide 2-3 wt%.",
            "5. Metal collects in Mo receiver dia 180; tap every 2 h by vacuum siphon into cast-iron mould "
                "under Ar. "
            "Target current efficiency >= 78 %, metal TRE >= 99.0 %, C <= 300 ppm, Fe <= 0.2 %.",
            "6. Off-gas hood at -50 Pa; CF4/C2F6 monitoring at stack. See EC-6K-PR-010 for start-up "
                "(bake-out).",
        ],
    },
    {
        "name": "fmt-dxf-04.dxf",
        "label": exc(
            "patent-filing", "a", "metal-smelting", "", "drawing", "zh",
            "发明专利申请说明书附图(申请号、图1/图2及附图标记说明), 稀土熔盐电解槽阴极结构; 专利申请材料",
        ),
        "lang": "zh",
        "date": (2025, 8, 27),
        "scale": 1,
        "header": {"$PROJECTNAME": "专利申请-阴极结构", "$LASTSAVEDBY": "ipr01"},
        "custom": {"申请号": "202511034521.6", "文件": "说明书附图", "代理机构": "某某专利代理事务所"},
        "title": {
            "DWG_NO": "申请号 202511034521.6", "TITLE": "说明书附图 第1页", "MATERIAL": "—", "SCALE": "—",
            "WEIGHT": "—", "DRAWN": "代理人 陈敏", "CHECKED": "发明人 郭然", "APPROVED": "—",
            "DATE": "2025-08-27", "COMPANY": "金岭稀土金属有限公司(申请人)", "SHEET": "1/1", "REV": "—",
        },
        "prims": [
            ("rect", 40, 130, 120, 110, "outline"),
            ("rect", 50, 140, 100, 95, "outline"),
            ("rect", 94, 150, 12, 100, "outline"),
            ("rect", 60, 170, 10, 70, "outline"),
            ("rect", 130, 170, 10, 70, "outline"),
            ("rect", 88, 140, 24, 8, "outline"),
            ("line", 106, 210, 170, 225, "thin"),
            ("text", 172, 224, 4, "2", "text"),
            ("line", 70, 220, 30, 250, "thin"),
            ("text", 24, 252, 4, "3", "text"),
            ("line", 150, 160, 175, 150, "thin"),
            ("text", 177, 148, 4, "1", "text"),
            ("line", 112, 144, 175, 130, "thin"),
            ("text", 177, 128, 4, "4", "text"),
            ("text", 90, 115, 4, "图1", "text"),
            ("rect", 200, 160, 30, 30, "outline"),
            ("circle", 215, 175, 10, "outline"),
            ("circle", 215, 175, 4, "outline"),
            ("text", 210, 145, 4, "图2", "text"),
        ],
        "notes_title": "附图标记说明",
        "notes": [
            "1-石墨坩埚; 2-钨阴极; 3-石墨阳极; 4-钼接收器; 5-阴极导流套(图2).",
            "图1为本发明实施例提供的稀土熔盐电解槽的结构示意图;",
            "图2为本发明实施例中阴极导流套的俯视示意图.",
            "专利类型: 发明; 申请日: 2025-08-27; 代理人案号: JL-P-2025-014.",
        ],
    },
    {
        "name": "fmt-dxf-05.dxf",
        "label": ctl(
            "a", NDFEB, "NdFeB", "drawing", "zh",
            "氢破炉回转炉管部件图, 技术要求含SC片氢破吸氢压力、脱氢540 ℃×6 h、转速、装料量和出料气氛",
        ),
        "lang": "zh",
        "date": (2025, 1, 9),
        "scale": 10,
        "header": {"$PROJECTNAME": "HD-600 氢破炉", "$LASTSAVEDBY": "fanxm"},
        "custom": {"图号": "HD600-02-00", "设备": "HD-600 回转式氢破炉"},
        "title": {
            "DWG_NO": "HD600-02-00", "TITLE": "回转炉管组件", "MATERIAL": "06Cr25Ni20 (310S) δ12",
            "SCALE": "1:10", "WEIGHT": "1.12 t", "DRAWN": "范晓明", "CHECKED": "赵磊", "APPROVED": "何军",
            "DATE": "2025-01-09", "COMPANY": "瑞磁科技 装备部", "SHEET": "1/4", "REV": "A",
        },
        "prims": [
            ("rect", 30, 170, 180, 60, "outline"),
            ("rect", 30, 176, 180, 48, "hidden"),
            ("cl", 20, 200, 220, 200),
            ("rect", 22, 165, 8, 70, "outline"),
            ("rect", 210, 165, 8, 70, "outline"),
            ("rect", 60, 168, 16, 64, "thin"),
            ("rect", 160, 168, 16, 64, "thin"),
            ("hdim", 30, 210, 230, 245, "1800"),
            ("vdim", 170, 230, 220, 230, "%%c600"),
            ("text", 62, 160, 2.5, "托轮滚道", "text"),
            ("text", 162, 160, 2.5, "托轮滚道", "text"),
            ("text", 12, 240, 2.5, "进料/出料端 (N2手套箱对接)", "text"),
            ("text", 190, 240, 2.5, "H2/真空旋转接头", "text"),
        ],
        "notes_title": "技术要求",
        "notes": [
            "1. 本炉管用于NdFeB速凝薄片(SC片, 厚0.25~0.35 mm)氢破碎, 单批装料600 kg, 装料系数≤0.45.",
            "2. 吸氢: 抽真空≤5 Pa后充高纯H2(≥99.999 %)至0.09 MPa, 室温吸氢, 炉管转速3 r/min; "
            "压力30 min不再下降为吸氢终点(约2.5 h), 吸氢过程管壁温度≤150 ℃, 外喷淋水冷.",
            "3. 脱氢: 升温至540 ℃, 动态真空≤20 Pa, 保温6 h; 停热后通水冷却至≤40 ℃, "
            "在N2保护下(O2≤100 ppm)出料至不锈钢料罐.",
            "4. 出料粉末H含量目标1000~1500 ppm, 粒度≤2 mm, 直接进入气流磨工序.",
            "5. 炉管焊缝100 % RT II级; 整体氦检漏≤1×10⁻⁹ Pa·m³/s; 内壁抛光Ra≤1.6.",
            "6. 托轮滚道处径向跳动≤1.0 mm.",
        ],
    },
    {
        "name": "fmt-dxf-06.dxf",
        "label": ctl(
            "a", NDFEB, "NdFeB", "drawing", "mixed",
            "jet mill classifier wheel drawing; notes give NdFeB HD powder milling set-points (wheel speed, "
            "D50 target, N2 O2 limit, nozzle pressure, feed rate, lubricant)",
        ),
        "lang": "mixed",
        "date": (2025, 4, 21),
        "scale": 1,
        "header": {"$PROJECTNAME": "QLM-400 jet mill spares", "$LASTSAVEDBY": "Kevin Xu"},
        "custom": {"DWG": "JM-400-07-02", "Equipment": "QLM-400 气流磨"},
        "title": {
            "DWG_NO": "JM-400-07-02", "TITLE": "分级轮 Classifier wheel "
                "%%c240", "MATERIAL": "7075-T651, 硬质阳极 50 μm",
            "SCALE": "1:1", "WEIGHT": "2.9 kg", "DRAWN": "Kevin Xu", "CHECKED": "沈浩", "APPROVED": "—",
            "DATE": "2025-04-21", "COMPANY": "瑞磁科技 JM Section", "SHEET": "1/1", "REV": "D",
        },
        "prims": [
            ("circle", 100, 190, 60, "outline"),
            ("circle", 100, 190, 42, "outline"),
            ("circle", 100, 190, 12.5, "outline"),
            ("cl", 30, 190, 170, 190),
            ("cl", 100, 120, 100, 260),
            ("line", 142, 190, 160, 190, "outline"),
            ("line", 100, 232, 100, 250, "outline"),
            ("line", 58, 190, 40, 190, "outline"),
            ("line", 100, 148, 100, 130, "outline"),
            ("line", 129.7, 219.7, 142.4, 232.4, "outline"),
            ("line", 70.3, 219.7, 57.6, 232.4, "outline"),
            ("line", 70.3, 160.3, 57.6, 147.6, "outline"),
            ("line", 129.7, 160.3, 142.4, 147.6, "outline"),
            ("ddim", 100, 190, 60, 30, "%%c240 h7"),
            ("ddim", 100, 190, 12.5, 200, "%%c25 H7"),
            ("rect", 190, 160, 30, 60, "outline"),
            ("vdim", 160, 220, 220, 230, "60"),
            ("text", 60, 120, 3, "24 blades / 叶片均布 (仅示4片)", "text"),
        ],
        "notes_title": "技术要求 Technical requirements",
        "notes": [
            "1. For NdFeB HD coarse powder fine milling (QLM-400, N2 closed loop).",
            "2. 分级轮转速 3600~4200 rpm (VFD), target D50 = 3.2±0.2 μm, D90/D10 ≤ 4.5 (Sympatec HELOS).",
            "3. 研磨气体 N2, O2 ≤ 30 ppm, H2O ≤ 50 ppm; nozzle pressure 0.65 MPa, feed 110~130 kg/h; "
            "add 0.08 wt% 防氧化剂/lubricant to HD powder before milling, mix 30 min.",
            "4. Dynamic balance G1.0 @ 6000 rpm; 叶片与出口套间隙 0.5±0.05 mm.",
            "5. 更换分级轮后首批粉料须做粒度及氧含量检测 (O ≤ 800 ppm) 合格后方可转入压型.",
        ],
    },
    {
        "name": "fmt-dxf-07.dxf",
        "label": clr("drawing", "zh", "42CrMo传动轴零件图, 调质与中频淬火要求; 普通钢件"),
        "lang": "zh",
        "date": (2024, 9, 3),
        "scale": 2,
        "header": {"$PROJECTNAME": "JS-250 减速机", "$LASTSAVEDBY": "wangq"},
        "custom": {"图号": "JS250-03-011"},
        "title": {
            "DWG_NO": "JS250-03-011", "TITLE": "输出轴", "MATERIAL": "42CrMo", "SCALE": "1:2",
            "WEIGHT": "8.6 kg", "DRAWN": "王强", "CHECKED": "孙立", "APPROVED": "李国华",
            "DATE": "2024-09-03", "COMPANY": "江城传动机械厂", "SHEET": "1/1", "REV": "A",
        },
        "prims": [
            ("rect", 20, 185, 30, 30, "outline"),
            ("rect", 50, 180, 60, 40, "outline"),
            ("rect", 110, 177.5, 25, 45, "outline"),
            ("rect", 135, 182.5, 50, 35, "outline"),
            ("rect", 185, 187.5, 30, 25, "outline"),
            ("cl", 12, 200, 222, 200),
            ("rect", 140, 213, 35, 4.5, "thin"),
            ("hdim", 20, 215, 220, 245, "390"),
            ("hdim", 50, 110, 220, 232, "120"),
            ("vdim", 180, 220, 48, 40, "%%c80 k6"),
            ("vdim", 177.5, 222.5, 120, 128, "%%c90"),
            ("vdim", 182.5, 217.5, 190, 180, "%%c70 m6"),
            ("text", 140, 225, 2.5, "键槽 20N9 深 7.5", "text"),
            ("text", 52, 170, 2.5, "Ra 0.8", "text"),
        ],
        "notes_title": "技术要求",
        "notes": [
            "1. 调质处理 28~32 HRC.",
            "2. %%c80k6、%%c70m6轴颈中频淬火, 硬度 50~55 HRC, 硬化层深 1.5~2.5 mm.",
            "3. 未注倒角 C1, 未注圆角 R1.",
            "4. 探伤: 超声波检测按 GB/T 6402 Ⅱ级.",
            "5. 未注公差按 GB/T 1804-m; 去毛刺, 涂防锈油.",
        ],
    },
    {
        "name": "fmt-dxf-08.dxf",
        "label": clr("drawing", "en", "welded S235 mounting bracket; ordinary fabricated part"),
        "lang": "en",
        "date": (2025, 2, 14),
        "scale": 1,
        "header": {"$PROJECTNAME": "Conveyor CV-12", "$LASTSAVEDBY": "m.keller"},
        "custom": {"PartNo": "CV12-210-004", "Finish": "RAL 7035"},
        "title": {
            "DWG_NO": "CV12-210-004", "TITLE": "MOUNTING BRACKET, MOTOR SIDE", "MATERIAL": "S235JR, t=8",
            "SCALE": "1:1", "WEIGHT": "1.42 kg", "DRAWN": "M. Keller", "CHECKED": "A. Brandt",
            "APPROVED": "A. Brandt", "DATE": "2025-02-14", "COMPANY": "Keller Foerdertechnik GmbH",
            "SHEET": "1/1", "REV": "0",
        },
        "prims": [
            ("rect", 40, 150, 120, 8, "outline"),
            ("rect", 40, 158, 8, 90, "outline"),
            ("line", 48, 158, 80, 158, "thin"),
            ("line", 48, 190, 80, 158, "outline"),
            ("holes", 70, 154, 3, 1, 35, 0, 4.5),
            ("hdim", 40, 160, 150, 140, "120"),
            ("vdim", 150, 248, 40, 30, "98"),
            ("ddim", 70, 154, 4.5, 45, "3x %%c9 THRU"),
            ("rect", 60, 20, 120, 90, "outline"),
            ("holes", 80, 40, 2, 2, 80, 50, 4.5),
            ("hdim", 60, 180, 110, 120, "120"),
        ],
        "notes_title": "NOTES",
        "notes": [
            "1. Break all sharp edges 0.5 x 45 deg.",
            "2. Fillet welds a4 all round, ISO 5817 class C.",
            "3. General tolerances ISO 2768-mK.",
            "4. Blast Sa 2.5, powder coat RAL 7035, 60-80 um.",
        ],
    },
    {
        "name": "fmt-dxf-09.dxf",
        "label": clr(
            "drawing", "en",
            "IPM rotor assembly for a traction motor: magnets are bought-in N42SH blocks per supplier spec, "
            "drawing covers bonding, balance and assembly only; product design that uses magnets",
            hard=True,
        ),
        "lang": "en",
        "date": (2025, 5, 30),
        "scale": 1,
        "header": {"$PROJECTNAME": "EDU-150 e-axle", "$LASTSAVEDBY": "p.novak"},
        "custom": {"PartNo": "M150-RT-100", "Programme": "EDU-150"},
        "title": {
            "DWG_NO": "M150-RT-100", "TITLE": "ROTOR ASSY, IPM 8P", "MATERIAL": "SEE PARTS LIST",
            "SCALE": "1:1", "WEIGHT": "11.4 kg", "DRAWN": "P. Novak", "CHECKED": "L. Hart",
            "APPROVED": "R. Imhof", "DATE": "2025-05-30", "COMPANY": "Aldenwerk Drives AG",
            "SHEET": "1/2", "REV": "C",
        },
        "prims": [
            ("circle", 110, 190, 70, "outline"),
            ("circle", 110, 190, 25, "outline"),
            ("cl", 30, 190, 190, 190),
            ("cl", 110, 110, 110, 270),
            ("rect", 100, 240, 20, 5, "outline"),
            ("rect", 100, 135, 20, 5, "outline"),
            ("rect", 55, 185, 5, 20, "outline"),
            ("rect", 160, 185, 5, 20, "outline"),
            ("ddim", 110, 190, 70, 40, "%%c140 -0.05"),
            ("ddim", 110, 190, 25, 220, "%%c50 H6"),
            ("text", 124, 246, 2.5, "ITEM 3 MAGNET (16x)", "text"),
        ],
        "notes_title": "NOTES",
        "notes": [
            "1. Item 3 magnet block 40 x 12 x 4.5, grade N42SH, NiCuNi coated, supplied MAGNETISED by "
                "approved "
            "supplier per purchase spec MS-0421 rev D. Incoming inspection per QI-0421 (Br, HcJ sample "
                "5/lot).",
            "2. Bond magnets in lamination pockets with Loctite AA 326 + activator SF 7649; cure 24 h RT.",
            "3. Fill pockets with impregnation resin after bonding; oven cure per resin data sheet.",
            "4. Balance quality G2.5 at 16000 rpm, correction by drilling on end rings only.",
            "5. Handle magnetised rotor with non-magnetic tooling; label 'STRONG MAGNETIC FIELD'.",
        ],
    },
    {
        "name": "fmt-dxf-10.dxf",
        "label": clr(
            "drawing", "zh",
            "锶铁氧体瓦形磁体湿压磁场成型模具图, 注明料浆、成型场与空气烧结温度; 铁氧体不在管制范围",
            hard=True,
        ),
        "lang": "zh",
        "date": (2024, 12, 2),
        "scale": 1,
        "header": {"$PROJECTNAME": "Y30BH 瓦形模具", "$LASTSAVEDBY": "cheng"},
        "custom": {"模具号": "MJ-WX-3012", "产品": "Y30BH 瓦形 R24×r18×L40"},
        "title": {
            "DWG_NO": "MJ-WX-3012-00", "TITLE": "瓦形磁体湿压成型模具(一模八腔"
                ")", "MATERIAL": "Cr12MoV / 型腔 YG15",
            "SCALE": "1:1", "WEIGHT": "42 kg", "DRAWN": "程亮", "CHECKED": "吴凡", "APPROVED": "吴凡",
            "DATE": "2024-12-02", "COMPANY": "东阳磁性材料厂 模具车间", "SHEET": "1/5", "REV": "A",
        },
        "prims": [
            ("rect", 30, 150, 170, 100, "outline"),
            ("arc", 70, 170, 24, 40, 140, "outline"),
            ("arc", 70, 170, 18, 40, 140, "outline"),
            ("arc", 130, 170, 24, 40, 140, "outline"),
            ("arc", 130, 170, 18, 40, 140, "outline"),
            ("arc", 70, 215, 24, 40, 140, "outline"),
            ("arc", 70, 215, 18, 40, 140, "outline"),
            ("arc", 130, 215, 24, 40, 140, "outline"),
            ("arc", 130, 215, 18, 40, 140, "outline"),
            ("hdim", 30, 200, 250, 260, "170"),
            ("vdim", 150, 250, 30, 20, "100"),
            ("text", 150, 140, 2.5, "滤布/排水孔 %%c1.5 均布", "text"),
        ],
        "notes_title": "技术要求",
        "notes": [
            "1. 适用Y30BH锶铁氧体湿法磁场成型: 料浆固含量68 %, 成型磁场≥0.8 T, 成型压力 35 MPa, 排水时间 18 "
                "s.",
            "2. 成品毛坯于空气中 1210 ℃ 烧结 2 h(辊道窑), 收缩率按 1.16(径向)/1.12(轴向)放大型腔.",
            "3. 型腔 YG15 硬质合金镶块, 研磨 Ra 0.2; 上下冲配合间隙 0.02~0.03.",
            "4. 非导磁部件采用 1Cr18Ni9Ti.",
        ],
    },
    {
        "name": "fmt-dxf-11.dxf",
        "label": clr(
            "drawing", "en",
            "copper SX mixer-settler (LIX 984N, O/A, PLS Cu) GA; copper solvent extraction, not rare earth",
            hard=True,
        ),
        "lang": "en",
        "date": (2025, 7, 8),
        "scale": 50,
        "header": {"$PROJECTNAME": "Kansoko Cu SX-EW Expansion", "$LASTSAVEDBY": "jdlamini"},
        "custom": {"DrawingNo": "KSX-310-ME-002", "Area": "310 Solvent Extraction"},
        "title": {
            "DWG_NO": "KSX-310-ME-002", "TITLE": "E1 EXTRACTION MIXER-SETTLER "
                "GA", "MATERIAL": "FRP / HDPE LINED",
            "SCALE": "1:50", "WEIGHT": "-", "DRAWN": "J. Dlamini", "CHECKED": "T. Mwansa",
            "APPROVED": "K. Banda",
            "DATE": "2025-07-08", "COMPANY": "Kansoko Copper Mining plc", "SHEET": "1/1", "REV": "1",
        },
        "prims": [
            ("rect", 20, 170, 30, 40, "outline"),
            ("rect", 50, 170, 30, 40, "outline"),
            ("rect", 80, 160, 130, 60, "outline"),
            ("line", 195, 160, 195, 220, "thin"),
            ("line", 90, 160, 90, 220, "thin"),
            ("hdim", 20, 210, 220, 232, "9500"),
            ("vdim", 160, 220, 210, 222, "3000"),
            ("text", 22, 212, 2.5, "PRIMARY MIXER", "text"),
            ("text", 52, 212, 2.5, "SECONDARY MIXER", "text"),
            ("text", 120, 222, 2.5, "SETTLER", "text"),
            ("text", 92, 150, 2.5, "PICKET FENCE", "text"),
        ],
        "notes_title": "NOTES",
        "notes": [
            "1. Design basis: PLS 3.8 g/L Cu, pH 1.8, 620 m3/h; organic 22 v/v% LIX 984N in Escaid 110.",
            "2. Advance O/A 1.1, mixer O/A 1.0 with recycle; mixer residence 3 min; settler flux 4.5 "
                "m3/m2/h.",
            "3. 2E + 1W + 1S configuration; this sheet E1 only. EW cell house see KSX-410.",
            "4. Crud removal ports at 1/3 and 2/3 settler length.",
        ],
    },
    {
        "name": "fmt-dxf-12.dxf",
        "label": ctl(
            "b", NDFEB, "NdFeB", "drawing", "zh",
            "NdFeB烧结炉加热室大修(更换)图: 拆装、检漏压升率、烘炉、炉温均匀性和恢复生产试烧要求; 工艺值只作"
                "验收目标",
        ),
        "lang": "zh",
        "date": (2025, 9, 16),
        "scale": 10,
        "header": {"$PROJECTNAME": "3#烧结炉大修", "$LASTSAVEDBY": "maint03"},
        "custom": {"图号": "WX-SJL-03-2025", "设备编号": "SJL-03 (VSF-600)", "工单": "WO-25-0917"},
        "title": {
            "DWG_NO": "WX-SJL-03-2025", "TITLE": "3#真空烧结炉加热室更换(大修)示意"
                "图", "MATERIAL": "石墨加热带 / 碳毡 / 钼屏",
            "SCALE": "1:10", "WEIGHT": "—", "DRAWN": "韩冬", "CHECKED": "周建平", "APPROVED": "王海",
            "DATE": "2025-09-16", "COMPANY": "恒磁新材料 设备部", "SHEET": "1/1", "REV": "0",
        },
        "prims": [
            ("circle", 110, 190, 75, "outline"),
            ("circle", 110, 190, 65, "outline"),
            ("rect", 70, 150, 80, 80, "outline"),
            ("rect", 66, 146, 88, 88, "thin"),
            ("rect", 62, 142, 96, 96, "thin"),
            ("cl", 25, 190, 195, 190),
            ("cl", 110, 105, 110, 275),
            ("ddim", 110, 190, 75, 45, "%%c1500 炉壳"),
            ("hdim", 70, 150, 150, 135, "800 有效区"),
            ("text", 160, 240, 2.5, "加热带 6区 (上/下/左/右/前/后)", "text"),
            ("text", 160, 234, 2.5, "碳毡 4层 + 石墨纸内衬", "text"),
            ("text", 30, 120, 2.5, "电极穿墙处 陶瓷绝缘套 (更换)", "text"),
        ],
        "notes_title": "检修技术要求",
        "notes": [
            "1. 本图用于3#真空烧结炉(NdFeB毛坯烧结)加热室整体更换: 拆除旧加热带、碳毡隔热层及电极绝缘套, "
            "按本图装配新件; 电极对地绝缘≥2 MΩ(500 V兆欧表).",
            "2. 装配完成后冷态检漏: 抽至5×10⁻³ Pa, 关闭主阀保压12 h, 压升率≤0.5 Pa/h; 不合格用氦质谱定位.",
            "3. 空炉烘炉: 200 ℃、600 ℃、1000 ℃各保温1 h, 1150 ℃保温2 h, 真空≤1×10⁻² Pa, 排除新碳毡挥发物.",
            "4. S型控温热电偶校准±3 ℃; 9点炉温均匀性测试, 1050 ℃时偏差≤±5 ℃, 记录存档.",
            "5. 恢复生产前试烧一炉N45工艺块, Br、HcJ与大修前同工艺对比偏差≤1 %方可交付生产.",
            "6. 拆下旧碳毡按危废(含稀土粉尘)处置.",
        ],
    },
]


# ======================================================================================
# 2. STEP (ISO 10303-21) files
# ======================================================================================
# "products": first is the top item; the others are its components. "notes" become
# DESCRIPTIVE_REPRESENTATION_ITEMs of a 'user defined attribute' property, as CAD exporters
# write custom properties. Non-ASCII text is encoded \X2\...\X0\ by the writer.

AP214 = "AUTOMOTIVE_DESIGN { 1 0 10303 214 3 1 1 }"
AP242 = "AP242_MANAGED_MODEL_BASED_3D_ENGINEERING_MIM_LF { 1 0 10303 442 1 1 4 }"
AP203 = "CONFIG_CONTROL_DESIGN"

STEP_DOCS: list[dict] = [
    {
        "name": "fmt-step-01.stp",
        "label": ctl(
            "a", NDFEB, "NdFeB", "drawing", "en",
            "STEP model of a Dy grain-boundary-diffusion tray; product descriptions and attributes carry "
            "coating amount, 900 C x 6 h diffusion, ageing and loading rules",
        ),
        "file_name": "GBD-TR-0450_asm.stp",
        "stamp": "2025-05-14T16:22:05",
        "author": "l.fang",
        "org": "Hengci Magnetics - Process Tooling",
        "pre": "SwSTEP 2.0",
        "system": "SolidWorks 2022",
        "auth": "",
        "desc": ["SolidWorks 2022", "GBD tray assy for diffusion furnace DF-2"],
        "schema": AP214,
        "shape": ("box", 450, 300, 38),
        "material": "Molybdenum Mo1",
        "products": [
            ("GBD-TR-0450", "GBD TRAY ASSY 450x300",
             "Tray for Dy grain boundary diffusion of sintered NdFeB 40x20x5, base grade N52, target N52SH"),
            ("GBD-TR-0451", "TRAY BASE Mo 450x300x3", "Mo plate, flatness 0.5 after stress relief"),
            ("GBD-TR-0452", "SPACER GRID ZrO2 h=4", "keeps coated magnets apart; no contact with Dy film"),
            ("GBD-TR-0453", "COVER PLATE VENTED", "Mo cover, 6 vent slots 3x40"),
        ],
        "notes": [
            ("COATING", "DyH2 in ethanol + PVB binder, spray both 40x20 faces, 0.6 wt% Dy on magnet mass, "
                        "dry 80 C / 30 min in N2"),
            ("DIFFUSION", "900 C x 6 h, vacuum <= 5E-3 Pa, ramp 5 C/min above 600 C, Ar fan cool to < 80 C"),
            ("AGEING", "490 C x 4 h, Ar quench"),
            ("LOADING", "max 12 kg per tray, C-axis vertical, 4 mm gap, 3 trays per rack, cover on"),
            ("TARGET", "HcJ gain >= 8 kOe over base lot, Br loss <= 0.02 T, check 3 pcs per tray"),
        ],
    },
    {
        "name": "fmt-step-02.step",
        "label": ctl(
            "a", NDFEB, "NdFeB", "drawing", "mixed",
            "HDDR reactor retort model; attributes give alloy (at%), HD 820 C/30 kPa H2 and DR 830 C vacuum "
            "schedule and powder targets for anisotropic bonded NdFeB powder",
        ),
        "file_name": "HDDR-R200.step",
        "stamp": "2025-02-26T09:41:50",
        "author": "王鹏",
        "org": "瑞磁科技 工艺装备室",
        "pre": "NX STEP Translator 2206",
        "system": "Siemens NX 2206",
        "auth": "张工",
        "desc": ["HDDR反应罐 R200 3D", "for bonded magnet powder line"],
        "schema": AP242,
        "shape": ("cyl", 420, 900),
        "material": "Inconel 600",
        "products": [
            ("HDDR-R200", "HDDR反应罐 R200", "HDDR reactor retort, 粘结磁粉线 (anisotropic NdFeB powder)"),
            ("HDDR-R200-01", "罐体 retort shell", "Inconel 600 δ8, 法兰 DN400"),
            ("HDDR-R200-02", "料盘 powder tray ×6", "310S, 每盘装粉 ≤ 4.2 kg, 料层 ≤ 15 mm"),
            ("HDDR-R200-03", "H2 分配管", "316L, 12 × Ø3 出气孔"),
        ],
        "notes": [
            ("合金", "Nd12.5 Fe bal Co8.0 B6.2 Ga0.3 Nb0.2 (at%), 铸锭 1100 ℃ 均匀化 20 h, 破碎 < 500 μm"),
            ("HD段", "升温至 820 ℃ (Ar), 切换 H2 分压 30 kPa, 保持 3 h, 炉压控制 ±2 kPa"),
            ("DR段", "830 ℃ 抽真空, 30 min 内降至 1 Pa, 保持 1 h; Ar 快冷"),
            ("Target", "powder Br >= 1.30 T, HcJ >= 1100 kA/m, O <= 1500 ppm; 25 kg per batch"),
        ],
    },
    {
        "name": "fmt-step-03.stp",
        "label": ctl(
            "a", NDFEB, "SmCo", "drawing", "zh",
            "2:17钐钴固溶时效料架模型, 属性中写明成分、烧结/固溶温度、830 ℃时效及0.7 ℃/min控冷制度",
        ),
        "file_name": "SC-SJ-0217.stp",
        "stamp": "2024-10-08T14:03:11",
        "author": "陆晓峰",
        "org": "鑫源钐钴 工装组",
        "pre": "CATIA V5 STEP Interface",
        "system": "CATIA V5-6R2019",
        "auth": "",
        "desc": ["CATIA V5 STEP Exchange"],
        "schema": AP214,
        "shape": ("box", 500, 400, 260),
        "material": "0Cr25Ni20 / Nb 垫片",
        "products": [
            ("SC-SJ-0217", "2:17钐钴固溶时效料架", "用于 YXG-30H 毛坯的固溶及时效处理"),
            ("SC-SJ-0217-01", "层板", "0Cr25Ni20 δ6, 共 5 层"),
            ("SC-SJ-0217-02", "Nb 垫片 0.3", "毛坯与层板间隔离, 防止高温反应"),
        ],
        "notes": [
            ("成分", "Sm 25.5, Fe 16.0, Cu 5.6, Zr 2.8, Co 余 (wt%)"),
            ("烧结固溶", "1215 ℃ 烧结 1 h, 随炉降至 1185 ℃ 固溶 3 h, 充 Ar 风冷"),
            ("时效", "830 ℃ × 12 h, 以 0.7 ℃/min 控冷至 400 ℃, 保温 10 h 后风冷出炉"),
            ("装载", "每炉 ≤ 40 kg, 毛坯取向方向一致, 层间距 ≥ 30 mm"),
        ],
    },
    {
        "name": "fmt-step-04.stp",
        "label": ctl(
            "a", "metal-smelting", "", "drawing", "en",
            "consumable Fe cathode assembly for Dy-Fe alloy fluoride electrolysis; attributes give bath, "
            "temperature, cathode CD, immersion/feed, alloy composition and voltage",
        ),
        "file_name": "DF-EC-4K-300.stp",
        "stamp": "2025-08-02T11:15:42",
        "author": "Sun Yong",
        "org": "Jinling RE Metals Co.",
        "pre": "Autodesk Inventor 2024 STEP",
        "system": "Autodesk Inventor 2024",
        "auth": "Ma Hui",
        "desc": ["DyFe cell cathode assembly"],
        "schema": AP214,
        "shape": ("cyl", 50, 1200),
        "material": "Armco iron / Mo",
        "products": [
            ("DF-EC-4K-300", "CATHODE ASSY DyFe 4kA", "consumable iron cathode, Dy-Fe alloy electrolysis "
                "cell 4 kA"),
            ("DF-EC-4K-301", "Fe CATHODE ROD D50", "Armco iron, consumed in service, length 1200"),
            ("DF-EC-4K-302", "Mo COLLAR", "Mo sleeve at bath surface, protects rod from oxidation"),
            ("DF-EC-4K-303", "CLAMP HOLDER", "Cu, water cooled, 4 kA rated"),
        ],
        "notes": [
            ("BATH", "DyF3 85 wt% / LiF 15 wt%, 1020 +/- 10 C, Dy2O3 feed 1.2 kg/h continuous"),
            ("CATHODE", "CD 8-10 A/cm2 on Fe rod; Dy-Fe drips as Dy80Fe20 (Dy 80 +/- 1.5 wt%) into Mo "
                "receiver"),
            ("FEED", "immersion 160 mm, rod advance 12 mm/h to hold immersion"),
            ("ELECTRICAL", "4000 A, cell voltage 8.5-9.5 V, CE target 72 %"),
        ],
    },
    {
        "name": "fmt-step-05.stp",
        "label": clr("drawing", "en", "cast-iron volute casing of a centrifugal pump; ordinary part"),
        "file_name": "CP-80-250-01.stp",
        "stamp": "2025-03-19T08:12:30",
        "author": "h.meyer",
        "org": "Rheintal Pumpen GmbH",
        "pre": "Creo Parametric STEP",
        "system": "Creo Parametric 9.0",
        "auth": "",
        "desc": ["volute casing 80-250"],
        "schema": AP203,
        "shape": ("cyl", 480, 210),
        "material": "EN-GJL-250",
        "products": [
            ("CP-80-250-01", "VOLUTE CASING 80-250", "grey cast iron casing, PN16, DN100/DN80"),
        ],
        "notes": [
            ("TEST", "hydrostatic test 24 bar, 10 min, no leakage"),
            ("MACHINING", "allowance 3 mm on flanges, Ra 3.2 sealing faces"),
            ("PAINT", "primer 2K epoxy 80 um, RAL 5002"),
        ],
    },
    {
        "name": "fmt-step-06.stp",
        "label": clr("drawing", "zh", "YE3-160电机端盖压铸件模型, 普通零件"),
        "file_name": "YE3-160-DG-02.stp",
        "stamp": "2024-07-22T10:40:18",
        "author": "刘洋",
        "org": "华东电机制造有限公司 技术部",
        "pre": "SwSTEP 2.0",
        "system": "SolidWorks 2021",
        "auth": "",
        "desc": ["端盖 YE3-160"],
        "schema": AP214,
        "shape": ("cyl", 320, 62),
        "material": "ADC12",
        "products": [
            ("YE3-160-DG-02", "前端盖", "压铸铝端盖, 轴承室 Ø110 K7"),
        ],
        "notes": [
            ("技术要求", "压铸件不得有冷隔、裂纹; 轴承室表面不允许有气孔"),
            ("公差", "未注公差按 GB/T 6414 DCTG 6"),
        ],
    },
    {
        "name": "fmt-step-07.stp",
        "label": clr(
            "drawing", "en",
            "magnet system of a wet drum magnetic separator for magnetite (iron ore); uses bought NdFeB "
                "blocks",
            hard=True,
        ),
        "file_name": "CTB1230-MS.stp",
        "stamp": "2025-06-05T15:30:00",
        "author": "E. Sithole",
        "org": "Mbeki Process Equipment (Pty) Ltd",
        "pre": "SwSTEP 2.0",
        "system": "SolidWorks 2023",
        "auth": "",
        "desc": ["CTB1230 magnet system"],
        "schema": AP214,
        "shape": ("cyl", 1200, 3000),
        "material": "S355 yoke / NdFeB blocks (purchased)",
        "products": [
            ("CTB1230-MS", "MAGNET SYSTEM CTB1230", "5-pole magnet system, wet drum separator 1200x3000"),
            ("CTB1230-MS-01", "YOKE SEGMENT", "S355, 120 deg arc"),
            ("CTB1230-MS-02", "MAGNET BLOCK 50x50x25 N38", "purchased, epoxy coated, glued to yoke"),
        ],
        "notes": [
            ("DUTY", "magnetite concentrate cleaning, 60 t/h solids, pulp density 35 %"),
            ("FIELD", "drum surface 3000 G at 50 mm, pole pitch 240 mm, wrap angle 127 deg"),
            ("MAGNETS", "N38 blocks from approved vendor, supplied magnetised; assembly with jig MS-J-4"),
        ],
    },
    {
        "name": "fmt-step-08.stp",
        "label": clr(
            "drawing", "mixed",
            "aluminium reduction cell cathode block (cryolite bath, ratio, temperature); fluoride-bath "
            "aluminium electrolysis, not rare earth",
            hard=True,
        ),
        "file_name": "AL400-CB-01.stp",
        "stamp": "2025-04-11T13:05:44",
        "author": "赵建国",
        "org": "西北铝业 电解设计室",
        "pre": "SwSTEP 2.0",
        "system": "SolidWorks 2022",
        "auth": "",
        "desc": ["400kA cell cathode block"],
        "schema": AP214,
        "shape": ("box", 3550, 515, 450),
        "material": "石墨化阴极炭块 / Q235 钢棒",
        "products": [
            ("AL400-CB-01", "阴极炭块组 cathode block assy", "400 kA 预焙铝电解槽, 石墨化阴极"),
            ("AL400-CB-02", "阴极钢棒 collector bar", "Q235, 磷生铁浇铸"),
        ],
        "notes": [
            ("工况", "电解质冰晶石-氧化铝, 分子比 2.4, 电解温度 955 ℃, 铝液高度 220 mm"),
            ("安装", "燕尾槽磷生铁浇铸, 浇铸温度 1380 ℃; 阴极炭块扎糊 ≥ 1.60 g/cm3"),
        ],
    },
]


# ======================================================================================
# 3. NC programs
# ======================================================================================
# "encoding": Chinese controllers (GSK, HNC) store comments in GB18030/GBK.

NC_DOCS: list[dict] = [
    {
        "name": "fmt-nc-01.nc",
        "encoding": "gb18030",
        "label": ctl(
            "a", NDFEB, "NdFeB", "nc-program", "zh",
            "多刀切片机程序(GBK注释): N48H烧结毛坯切片, 刀组/隔片厚度、切深、进给、切削液与片厚公差",
        ),
        "text": """
            %
            O2136 (N48H 切片 52X52X26 -> 2.0MM)
            (==============================================)
            (设备: QP-12 多刀切片机 3号机)
            (工件: N48H 烧结毛坯 52 X 52 X 26, 取向 C向 // 26)
            (刀组: 金刚石外圆刀片 D110 X 0.30, 11 片)
            (隔片 2.25 -> 成品 1.95 + 双面磨量 0.05)
            (冷却: 水基切削液 5%, >= 20 L/MIN, PH 8.5-9.0)
            (油泥收集至回收桶 HS-2, 不得排入废水)
            (编程: 陈刚 2025-07-14  审核: 朱红)
            (==============================================)
            N10 G21 G90 G40 G49 G80
            N20 G54
            N30 M03 S3200 (主轴 3200 RPM, 线速约 18 M/S)
            N40 M08
            N50 G00 X-40.0 Z30.0
            N60 G00 Z2.0
            N70 #1=0.8 (每刀切深)
            N80 #2=27.0 (总切深 26 + 切入垫板 1.0)
            N90 #3=#1
            N100 WHILE [#3 LE #2] DO1
            N110 G01 Z-#3 F40
            N120 G01 X60.0 F60 (切削进给 60 MM/MIN)
            N130 G00 Z2.0
            N140 G00 X-40.0
            N150 #3=#3+#1
            N160 END1
            N170 G00 Z50.0 M09
            N180 M05
            N190 (首件检验: 片厚 2.00+/-0.03, 平行度 0.02, 崩边 <= 0.10)
            N200 M30
            %
        """,
    },
    {
        "name": "fmt-nc-02.mpf",
        "encoding": "utf-8",
        "label": ctl(
            "a", NDFEB, "NdFeB", "nc-program", "en",
            "840D double-disc grinding program for N52 arc segments: stock, infeed rates, wheel spec, "
            "spark-out, coolant and tolerances",
        ),
        "text": """
            ; ============================================================
            ; PROGRAM  : DDG_N52_ARC4.MPF
            ; MACHINE  : DDS-580 double disc grinder, SINUMERIK 840D sl
            ; PART     : N52 arc segment R32.5/R28.3 x 48.0
            ;            thickness 4.20 -> 4.00 +/-0.02 (radial = C-axis)
            ; MATERIAL : sintered NdFeB N52, uncoated, unmagnetised, from slicing
            ; WHEELS   : D126 resin bond diamond, dia 500, C75
            ; COOLANT  : synthetic 3 % + rust inhibitor, 40 l/min, paper filter 5 um
            ;            sludge to drum RC-3 (magnet swarf - keep separate)
            ; AUTHOR   : T. Weng  2025-06-03  REV C
            ; ============================================================
            DEF REAL _STOCK=0.20, _ROUGH=0.16, _FINE=0.04
            DEF REAL _FEED_R=0.60, _FEED_F=0.08   ; infeed mm/min per wheel
            DEF INT _SPARK=3                      ; spark-out s
            N10 G90 G71 G94
            N20 MSG("DDG N52 ARC - DRESS WHEELS EVERY 400 PARTS")
            N30 SETMS(1) S1=1800 M1=3             ; upper wheel 1800 rpm
            N40 SETMS(2) S2=1800 M2=4             ; lower wheel, counter-rotating
            N50 M8
            N60 G0 Z1=5.0 Z2=-5.0
            N70 M61                               ; carrier 12 rpm, 24 parts per load
            N80 G0 Z1=0.30 Z2=-0.30
            N90 G1 Z1=0.02 Z2=-0.02 F=_FEED_R     ; rough, 0.08 per side
            N100 G1 Z1=0.00 Z2=0.00 F=_FEED_F     ; fine, 0.02 per side
            N110 G4 F=_SPARK
            N120 G0 Z1=5.0 Z2=-5.0
            N130 M62                              ; carrier stop, unload
            N140 M9
            N150 M1=5 M2=5
            N160 MSG("MEASURE 5 PCS: T 4.00+/-0.02  PAR 0.01  FLAT 0.01  CHIPS <= 0.1")
            N170 M30
        """,
    },
    {
        "name": "fmt-nc-03.cnc",
        "encoding": "utf-8",
        "label": ctl(
            "a", NDFEB, "SmCo", "nc-program", "mixed",
            "wire-EDM program for 2:17 SmCo (YXG-30H) arc segments: wire, offsets, E-conditions, clamping, "
            "post-cut drying",
        ),
        "text": """
            %
            O0417
            (SMCO YXG-30H 2:17 瓦形 R20.5/R16.5 X 60 -- 慢走丝)
            (WORKPIECE: SmCo block 60 x 42 x 12, orientation // 12)
            (WIRE: 0.20 coated brass, 1 cut + 2 trim, D1=0.112 D2=0.104 D3=0.101)
            (E1210 main cut / E1205 / E1203 trim -> Ra 0.8)
            (钐钴脆, 软爪夹持 <= 0.3 MPa, 拐角降速防崩边)
            (切割后 120 C 烘干 1 H, 不得与铁屑接触)
            (BY: 杨帆 2025-03-20)
            G92 X0 Y0
            G90 G40
            T84 T86 (pump on, wire feed on)
            C1210
            G41 D1
            G01 X5.000 Y0.000
            G02 X25.500 Y0.000 I10.250 J0.000
            G01 X21.500 Y0.000
            G03 X9.000 Y0.000 I-6.250 J0.000
            G01 X5.000 Y0.000
            G40 G01 X0 Y0
            M00 (trim 1)
            C1205
            G41 D2
            G01 X5.000 Y0.000
            G02 X25.500 Y0.000 I10.250 J0.000
            G01 X21.500 Y0.000
            G03 X9.000 Y0.000 I-6.250 J0.000
            G01 X5.000 Y0.000
            G40 G01 X0 Y0
            M00 (trim 2)
            C1203
            G41 D3
            G01 X5.000 Y0.000
            G02 X25.500 Y0.000 I10.250 J0.000
            G01 X21.500 Y0.000
            G03 X9.000 Y0.000 I-6.250 J0.000
            G01 X5.000 Y0.000
            G40 G01 X0 Y0
            T85 T87
            M02
            %
        """,
    },
    {
        "name": "fmt-nc-04.gcode",
        "encoding": "utf-8",
        "label": clr("nc-program", "en", "lathe program for a P250GH steel flange; ordinary machining"),
        "text": """
            %
            O01201 (FLANGE DN80 PN16 OP10 FACE TURN BORE)
            (MATERIAL P250GH FORGING D205 X 26)
            (T1 CNMG120408 ROUGH  T2 VNMG160404 FINISH  T3 BORING BAR S20)
            (PROGRAMMED 2025-01-17 R.BAKER)
            G21 G18 G40 G80 G99
            G28 U0. W0.
            T0101
            G50 S1800
            G96 S220 M03
            G00 X210. Z2. M08
            G72 W2.0 R0.5
            G72 P100 Q200 U0.4 W0.1 F0.25
            N100 G00 Z-24.
            G01 X205. F0.2
            X200. Z-21.5
            Z0.
            N200 X90.
            G00 Z5.
            G28 U0. W0.
            T0202
            G96 S260 M03
            G00 X210. Z2.
            G70 P100 Q200 F0.12
            G28 U0. W0.
            T0303
            G96 S180 M03
            G00 X86. Z2.
            G71 U1.5 R0.5
            G71 P300 Q400 U-0.4 W0.05 F0.18
            N300 G00 X91.4
            G01 Z-26.5 F0.12
            N400 X86.
            G70 P300 Q400
            G00 Z5. M09
            G28 U0. W0.
            M30
            %
        """,
    },
    {
        "name": "fmt-nc-05.tap",
        "encoding": "utf-8",
        "label": clr("nc-program", "en", "CAM-posted milling program for an AlSi housing; ordinary "
            "machining"),
        "text": """
            %
            O1003 (GEARBOX COVER GB-44 OP20)
            (MACHINE - HAAS VF-2)
            (MATERIAL - EN AC-42100 T6 CASTING)
            (T1  D=16. CR=0. - ZMIN=-12. - FLAT END MILL)
            (T5  D=8.5 - ZMIN=-18. - DRILL)
            (T7  M10X1.5 - TAP)
            (POSTED 2025-02-11 09:14)
            N10 G90 G94 G17
            N15 G21
            N20 G53 G0 Z0.
            (FACE + POCKET)
            N25 T1 M6
            N30 S9000 M3
            N35 G54
            N40 M8
            N45 G0 X-10. Y-10.
            N50 G43 Z15. H1
            N55 G0 Z5.
            N60 G1 Z-0.5 F800.
            N65 X130. F2400.
            N70 Y10.
            N75 X-10.
            N80 Y30.
            N85 X130.
            N90 G0 Z5.
            N95 X40. Y40.
            N100 G1 Z-12. F600.
            N105 G3 X40. Y40. I10. J0. F1800.
            N110 G0 Z15.
            (DRILL 4X D8.5)
            N115 M5
            N120 G53 G0 Z0.
            N125 T5 M6
            N130 S4200 M3
            N135 G43 Z15. H5
            N140 G83 X10. Y10. Z-18. R3. Q4. F500.
            N145 X110.
            N150 Y70.
            N155 X10.
            N160 G80
            (TAP M10)
            N165 G53 G0 Z0.
            N170 T7 M6
            N175 S600 M3
            N180 G43 Z15. H7
            N185 G84 X10. Y10. Z-15. R3. F900.
            N190 X110.
            N195 Y70.
            N200 X10.
            N205 G80
            N210 M9
            N215 G53 G0 Z0.
            N220 M30
            %
        """,
    },
    {
        "name": "fmt-nc-06.ngc",
        "encoding": "utf-8",
        "label": clr(
            "nc-program", "zh",
            "锶铁氧体Y35瓦形磁体外弧成型磨削程序; 铁氧体不属管制的钐钴/钕铁硼/铈磁体",
            hard=True,
        ),
        "text": """
            (铁氧体 Y35 瓦形磁体 外弧成型磨 -- 程序 FE-Y35-R28)
            (材料: 锶铁氧体 Y35 烧结坯, 外弧余量 0.35)
            (砂轮: 金刚石成型轮 D350 树脂结合剂, 线速 30 M/S)
            (冷却: 清水加防锈剂, 磨削泥入沉淀池)
            (编制 2024-11-05 周磊)
            G21 G90 G17 G64 P0.01
            #<rough> = 0.05
            #<finish> = 0.02
            #<zfinal> = 0.00
            #<z> = 0.35
            M3 S1650
            M8
            G0 X-20 Y0
            G0 Z[#<z> + 2]
            o100 while [#<z> GT [#<zfinal> + #<finish>]]
              #<z> = [#<z> - #<rough>]
              G1 Z#<z> F200
              G1 X180 F3000 (通过式磨削)
              G0 Z[#<z> + 2]
              G0 X-20
            o100 endwhile
            G1 Z#<zfinal> F100
            G1 X180 F1500 (精磨)
            G4 P2
            G0 Z20
            M9
            M5
            (检验: 弦长 28.0+/-0.1, 厚度 5.0+/-0.05)
            M2
        """,
    },
    {
        "name": "fmt-nc-07.nc",
        "encoding": "gb18030",
        "label": clr("nc-program", "zh", "45号钢传动轴车削程序(GBK注释); 普通钢件", hard=True),
        "text": """
            %
            O0311 (传动轴 ZD-25 粗精车)
            (材料: 45# 钢 调质 220-250HB, 棒料 D55 X 260)
            (T01 外圆粗车 CNMG  T02 外圆精车 VNMG  T03 切槽刀 3MM  T04 螺纹刀)
            (编程: 孙涛 2024-10-21)
            G21 G40 G97 G99
            T0101
            M03 S800
            G00 X57.0 Z2.0 M08
            G71 U2.0 R0.5
            G71 P10 Q20 U0.5 W0.1 F0.25
            N10 G00 X28.0
            G01 Z0 F0.1
            X30.0 Z-1.0
            Z-45.0
            X40.0
            Z-120.0
            X50.0 Z-125.0
            Z-250.0
            N20 X57.0
            G00 X100.0 Z100.0
            T0202
            M03 S1200
            G00 X57.0 Z2.0
            G70 P10 Q20 F0.08
            G00 X100.0 Z100.0
            T0303
            M03 S500
            G00 X42.0 Z-45.0
            G01 X36.0 F0.05 (退刀槽)
            G04 X1.0
            G00 X100.0
            Z100.0
            T0404
            M03 S600
            G00 X32.0 Z4.0
            G92 X29.2 Z-40.0 F1.5 (M30X1.5)
            X28.6
            X28.2
            X28.05
            G00 X100.0 Z100.0 M09
            M05
            M30
            %
        """,
    },
    {
        "name": "fmt-nc-08.mpf",
        "encoding": "utf-8",
        "label": ctl(
            "a", NDFEB, "NdFeB Ce", "nc-program", "mixed",
            "profile grinding program for Ce-substituted (Nd,Ce)FeB tile magnets: grade, Ce share, wheel, "
            "infeed, coolant and drying rules",
        ),
        "text": """
            ; ==========================================================
            ; 程序 TILE_CE35_R18.MPF   (SINUMERIK 828D)
            ; 零件: 高丰度铈磁体瓦片 (Nd,Ce)FeB 35 级, Ce/TRE = 30 %
            ;       R18.0/R14.5 x 25 x L30, 取向 radial
            ; 毛坯: 烧结块切片后余量 0.25/面
            ; 砂轮: D151 金刚石成型轮, 线速 28 m/s, 每 150 件修整
            ; 冷却: 水基 4 % + 防锈剂 1 %; Ce 磁体易锈, 磨后 30 min 内
            ;       清洗并 90 C 烘干, 24 h 内转表面处理 (磷化)
            ; 编程: 邵明  2025-08-19   Rev A
            ; ==========================================================
            DEF REAL _ALLOW=0.25, _ROUGH=0.03, _FIN=0.01
            DEF REAL _Z
            N10 G90 G71 G94 G17
            N20 T1 D1
            N30 S2400 M3 M8
            N40 G0 X-5 Y0 Z5
            N50 _Z=_ALLOW
            N60 WHILE _Z>_FIN
            N70   _Z=_Z-_ROUGH
            N80   G1 Z=_Z F300
            N90   G1 X40 F1200          ; 往复磨削 reciprocating
            N100  G0 Z=_Z+1
            N110  G0 X-5
            N120 ENDWHILE
            N130 G1 Z0 F150
            N140 G1 X40 F600             ; 精磨 finish pass
            N150 G4 F2
            N160 G0 Z50 M9
            N170 M5
            N180 MSG("抽检: 外弧 R18.0+/-0.03, 厚 3.50+/-0.03, 无崩边")
            N190 M30
        """,
    },
    {
        "name": "fmt-nc-09.ngc",
        "encoding": "utf-8",
        "label": ctl(
            "a", "metal-smelting", "", "nc-program", "en",
            "milling program for graphite anode segments of a 6 kA Pr-Nd fluoride electrolysis cell; header "
            "states grade, ACD, gas-release slot design and operating anode current density",
        ),
        "text": """
            ( ANODE_EC6K_SEG.ngc  -  graphite anode segment, cell EC-6K )
            ( for Pr-Nd oxide electrolysis in REF3-LiF melt, 1045 C )
            ( blank: isostatic graphite 480 x 240 x 120, density >= 1.82, ash <= 200 ppm )
            ( design: ACD 75 mm, 3 gas-release slots 8 wide x 60 deep on cathode face )
            (         slots cut bubble layer, lower cell voltage approx 0.3 V )
            (         anode CD 0.9 A/cm2 at 6 kA, 4 segments per cell )
            ( tools: T1 D20 carbide end mill (graphite), T2 D8 slot mill )
            ( dust extraction ON - no coolant on graphite )
            ( J. Lin 2025-05-06 rev 2 )
            G21 G90 G17 G94
            G54
            T1 M6
            S8000 M3
            G0 X-15 Y-15 Z10
            #<depth> = 0
            o110 while [#<depth> LT 3.0]
              #<depth> = [#<depth> + 1.0]
              G1 Z[0 - #<depth>] F600
              G1 X495 F3000
              G1 Y255
              G1 X-15
              G1 Y-15
            o110 endwhile
            G0 Z20
            T2 M6
            S10000 M3
            #<slot> = 0
            o120 repeat [3]
              #<ys> = [60 + #<slot> * 60]
              G0 X-10 Y#<ys>
              G0 Z2
              #<z> = 0
              o130 while [#<z> GT -60]
                #<z> = [#<z> - 4]
                G1 Z#<z> F300
                G1 X490 F1500
                G0 Z2
                G0 X-10
              o130 endwhile
              #<slot> = [#<slot> + 1]
            o120 endrepeat
            G0 Z50
            M5
            M2
        """,
    },
    {
        "name": "fmt-nc-10.cnc",
        "encoding": "utf-8",
        "label": clr(
            "nc-program", "mixed",
            "wire-EDM of magnet pockets in a laminated IPM rotor core for prototype motors; magnets are "
            "bought N42UH blocks inserted later; motor product, not magnet manufacture",
            hard=True,
        ),
        "text": """
            %
            O5120 (IPM 转子铁芯 磁钢槽 V 形 x8 -- PROTOTYPE)
            (铁芯: 35WW300 硅钢叠片 H=80, 焊接固定)
            (磁钢: 外购 N42UH 36 x 5.2 x 80, 槽宽 5.30 +0.03/0, 单边间隙 0.05)
            (WIRE 0.25 brass, 1 cut + 1 trim, D1=0.135 D2=0.128)
            (BY: 何晨 motor R&D 2025-04-02)
            G92 X0 Y0
            G90 G40
            M98 P5121 (pocket 1)
            G01 X0 Y0
            M00 (rethread)
            G68 X0 Y0 R45.0
            M98 P5121 (pocket 2)
            G69
            M02
            %
            O5121
            G41 D1
            G01 X38.000 Y2.650
            G01 X74.000 Y2.650
            G01 X74.000 Y-2.650
            G01 X38.000 Y-2.650
            G01 X38.000 Y2.650
            G40 G01 X36.000 Y0.000
            M99
            %
        """,
    },
    {
        "name": "fmt-nc-11.tap",
        "encoding": "utf-8",
        "label": clr(
            "nc-program", "en",
            "profile grinding of a WC-Co cemented-carbide punch; carbide tooling, not rare earth",
            hard=True,
        ),
        "text": """
            %
            O2210 (PUNCH P-118 WC-CO GRADE K20 - PROFILE GRIND)
            (SINTERED CARBIDE BLANK 12.4 X 12.4 X 60, HIP)
            (WHEEL D64 RESIN DIAMOND 200 X 10, 25 M/S)
            (COOLANT NEAT OIL 40 L/MIN)
            (S.PERRY 2025-03-03)
            G21 G90 G17
            G54
            M3 S2400
            M8
            G0 X-5. Y6.35 Z5.
            G1 Z-0.02 F100.
            G1 X65. F400.
            G0 Z5.
            G0 X-5. Y-6.35
            G1 Z-0.02 F100.
            G1 X65. F400.
            G0 Z5.
            G0 X-5. Y6.20
            G1 Z-0.005 F50.
            G1 X65. F200.
            G0 Z5.
            G0 X-5. Y-6.20
            G1 Z-0.005 F50.
            G1 X65. F200.
            G4 P1.
            G0 Z50.
            M9
            M5
            M30
            %
        """,
    },
    {
        "name": "fmt-nc-12.gcode",
        "encoding": "utf-8",
        "label": ctl(
            "a", NDFEB, "SmCo", "nc-program", "zh",
            "内圆切片机程序: SmCo5(1:5)圆柱磁体切片, 片厚、刀片、进给、冷却与防崩边要求",
        ),
        "text": """
            ; 程序 SC5-D10-T1.5  内圆切片
            ; 设备: J5060 内圆切片机 (GSK 980 系统)
            ; 材料: SmCo5 (1:5) YX-22 烧结圆柱 D10 x 40, 轴向取向
            ; 刀片: 内圆金刚石刀片 ID 83, 刃厚 0.28
            ; 片厚 1.50 + 研磨余量 0.06 -> 步距 1.84
            ; 冷却: 煤油基冷却液, 防止 SmCo 粉尘自燃, 废屑浸液收集
            ; 进给: 切入 8 mm/min, 退刀快速; 每 10 片测一次片厚
            ; 编制: 沈丽 2025-01-08
            G21 G90
            M03 S2800
            M08
            G00 X0 Z0
            #1=0
            WHILE [#1 LT 20] DO1
              G01 X12.0 F8
              G00 X-2.0
              G91 G00 Z1.84
              G90
              #1=#1+1
            END1
            G00 X-5.0
            M09
            M05
            M30
        """,
    },
]


# ======================================================================================
# 4. Simulation decks
# ======================================================================================
# Text decks are literal; "{mesh}" in an Abaqus deck is replaced by a generated node/element
# block (see make.abaqus_mesh); "rows" decks are CSV tables written by the
# generator from the given header and a row function name.

SIM_DOCS: list[dict] = [
    {
        "name": "fmt-sim-01.inp",
        "label": ctl(
            "a", NDFEB, "NdFeB", "simulation-data", "en",
            "Abaqus transient heat-transfer deck of a NdFeB sintering furnace load; amplitude encodes the "
            "debind/dehydrogenation/1065 C sinter schedule, compact properties and Ar quench film",
        ),
        "mesh": (24, 12, 20.0, 15.0, "DC2D4"),
        "text": """
            *HEADING
            VSF-600 sintering furnace - transient heat transfer of one load (6 Mo boxes, NdFeB compacts)
            Job SF600_load_T05 / F. Lin, process engineering / 2025-04-17
            ** ---------------------------------------------------------------------
            ** Purpose: temperature spread across the load for schedule QP-S-048 rev D
            **   (N48H/N50M compacts) and length of the 850 C hold so that core and
            **   surface compacts differ by < 8 K before the ramp to sinter.
            ** Units: mm, tonne, s, mJ; temperatures in C
            ** Schedule QP-S-048 D: 3 C/min to 400, hold 2 h (debind, < 10 Pa)
            **   3 C/min to 850, hold 3 h (dehydrogenation); 2 C/min to 1065,
            **   hold 5 h (< 5e-3 Pa); Ar 80 kPa fan quench to < 80 C.
            ** ---------------------------------------------------------------------
            *PREPRINT, ECHO=NO, MODEL=NO, HISTORY=NO
            {mesh}
            *SOLID SECTION, ELSET=LOAD, MATERIAL=NDFEB_GREEN
            1.,
            *SOLID SECTION, ELSET=BOX, MATERIAL=MO
            1.,
            *MATERIAL, NAME=NDFEB_GREEN
            ** pressed + CIP compacts, 4.4 g/cm3 (approx 58 % TD); k rises with neck growth > 1000 C
            *DENSITY
            4.40e-09,
            *CONDUCTIVITY
              1.2,   20.
              1.6,  400.
              2.1,  850.
              5.5, 1000.
              8.9, 1065.
            *SPECIFIC HEAT
             4.4e+08,   20.
             5.1e+08,  600.
             5.6e+08, 1065.
            *MATERIAL, NAME=MO
            *DENSITY
            1.02e-08,
            *CONDUCTIVITY
             138.,   20.
             105., 1000.
            *SPECIFIC HEAT
             2.5e+08,   20.
             3.1e+08, 1000.
            *PHYSICAL CONSTANTS, ABSOLUTE ZERO=-273.15, STEFAN BOLTZMANN=5.67e-11
            *AMPLITUDE, NAME=QP_S_048_D, TIME=TOTAL TIME, DEFINITION=TABULAR
            ** time [s], heater set-point [C]
                 0.,   25.,  7500.,  400., 14700.,  400., 23700.,  850.
            34500.,  850., 40950., 1065., 58950., 1065.
            *INITIAL CONDITIONS, TYPE=TEMPERATURE
            ALLN, 25.
            *STEP, NAME=DEBIND_DEHYD_SINTER, INC=5000
            *HEAT TRANSFER, END=PERIOD, DELTMX=10.
            60., 58950., 1.e-3, 600.
            ** heater radiation, emissivity of Mo box 0.25 (oxide-free), view factor lumped
            *SRADIATE, AMPLITUDE=QP_S_048_D
            OUTER, R, 1., 0.25
            *OUTPUT, FIELD, FREQUENCY=20
            *NODE OUTPUT
            NT,
            *OUTPUT, HISTORY, TIME INTERVAL=300.
            *NODE OUTPUT, NSET=MONITOR
            NT,
            *END STEP
            *STEP, NAME=AR_QUENCH, INC=2000
            ** Ar backfill 80 kPa, fan on; h = 120 W/m2K from TC logs of run 24-118
            *HEAT TRANSFER, END=PERIOD, DELTMX=15.
            10., 7200., 1.e-3, 120.
            *SRADIATE, OP=NEW
            *SFILM
            OUTER, F, 40., 0.12
            *NODE OUTPUT, NSET=MONITOR
            NT,
            *END STEP
        """,
    },
    {
        "name": "fmt-sim-02.dat",
        "label": ctl(
            "a", "metal-smelting", "", "simulation-data", "mixed",
            "ANSYS APDL thermal-electric deck of an 8 kA RE fluoride electrolysis cell: bath composition and "
            "temperature, electrode geometry, ACD, current densities, material data, voltage target",
        ),
        "text": """
            /BATCH
            /COM, ==============================================================
            /COM, 8 kA 稀土电解槽 热-电耦合模型 (1/4 对称)   EC8K_TE_v3.dat
            /COM, 电解质 (Pr,Nd)F3-LiF, LiF 13 wt%, 工作温度 1050 C
            /COM, 阳极电流密度 0.95 A/cm2, 阴极 7.0 A/cm2, 极距 ACD 70 mm
            /COM, 作者: 郭然  2025-06-28   (基于 EC-6K 实测标定)
            /COM, ==============================================================
            /FILNAME,EC8K_TE,0
            /PREP7
            ET,1,SOLID226,110            ! thermal-electric brick
            ! ---- 1 bath 电解质 ------------------------------------------
            MP,KXX,1,2.1                 ! W/(m K), molten fluoride (estimate)
            MP,RSVX,1,3.8E-3             ! ohm m at 1050 C (approx 2.6 S/cm)
            MP,DENS,1,4200
            MP,C,1,1450
            ! ---- 2 graphite anode 石墨阳极 ------------------------------
            MP,KXX,2,95
            MP,RSVX,2,9.5E-6
            ! ---- 3 W cathode 钨阴极 ------------------------------------
            MP,KXX,3,110
            MP,RSVX,3,3.3E-7
            ! ---- 4 graphite crucible 石墨坩埚 ----------------------------
            MP,KXX,4,80
            MP,RSVX,4,1.1E-5
            ! ---- 5 carbon ramming paste / 6 steel shell ----------------
            MP,KXX,5,6.5
            MP,RSVX,5,6.0E-5
            MP,KXX,6,40
            MP,RSVX,6,2.0E-7
            ! ---- geometry (m) ------------------------------------------
            *SET,R_CATH,0.040            ! W cathode radius
            *SET,L_IMM,0.260             ! cathode immersion
            *SET,ACD,0.070               ! anode-cathode distance
            *SET,T_AN,0.120              ! anode thickness
            *SET,R_CRU,0.560             ! crucible inner radius
            *SET,H_BATH,0.430            ! bath depth
            *SET,I_TOT,8000              ! A, full cell
            *SET,J_AN,0.95E4             ! A/m2 anode face
            CYL4,0,0,R_CATH,0,R_CATH+ACD,90,H_BATH                 ! bath gap
            CYL4,0,0,R_CATH+ACD,0,R_CATH+ACD+T_AN,90,H_BATH        ! anode ring
            CYL4,0,0,0,0,R_CATH,90,H_BATH+0.30                     ! cathode
            CYL4,0,0,R_CATH+ACD+T_AN,0,R_CRU,90,H_BATH             ! outer bath
            CYL4,0,0,R_CRU,0,R_CRU+0.05,90,H_BATH+0.10             ! crucible
            VGLUE,ALL
            VSEL,S,VOLU,,1
            VATT,1,,1
            VSEL,S,VOLU,,2
            VATT,2,,1
            VSEL,S,VOLU,,3
            VATT,3,,1
            VSEL,S,VOLU,,4
            VATT,1,,1
            VSEL,S,VOLU,,5
            VATT,4,,1
            ALLSEL
            ESIZE,0.015
            VMESH,ALL
            ! ---- loads ---------------------------------------------------
            NSEL,S,LOC,Z,H_BATH+0.30
            CP,1,VOLT,ALL
            *GET,N_TOP,NODE,0,NUM,MIN
            F,N_TOP,AMPS,-I_TOT/4        ! 1/4 model
            ALLSEL
            NSEL,S,LOC,Z,H_BATH
            NSEL,R,LOC,X,R_CATH+ACD,R_CATH+ACD+T_AN
            D,ALL,VOLT,0                 ! anode busbar
            ALLSEL
            NSEL,S,EXT
            SF,ALL,CONV,35,25            ! shell to hall air
            ALLSEL
            BFUNIF,TEMP,1050
            /SOLU
            ANTYPE,STATIC
            NLGEOM,OFF
            SOLVE
            FINISH
            /POST1
            *GET,V_CELL,NODE,N_TOP,VOLT
            /COM, 结果判据: 槽电压 9.8-10.4 V (含阳极过电位 1.6 V 另计), 电解质最高温度 < 1075 C
            /COM, 阴极区电流密度校核: 6.5-7.5 A/cm2, 超出则调整浸入深度 L_IMM
            FINISH
        """,
    },
    {
        "name": "fmt-sim-03.json",
        "label": ctl(
            "a", "separation", "", "simulation-data", "mixed",
            "COMSOL-style parameter deck for CFD of a P507 mixer-settler stage: extractant, saponification, "
            "O/A, impeller speed, phase properties, feed and acid concentrations, stage count",
        ),
        "json": {
            "model": "MS500_stage_CFD_v4.mph",
            "description": "Pr/Nd 分离线 单级混合澄清槽 CFD (混合室 + 澄清室), 用于 2 线扩能核算",
            "author": "deng.zy",
            "date": "2025-02-18",
            "comsol_version": "6.2.0.290",
            "parameters": {
                "N_imp": {"value": "280[rpm]", "note": "桨叶转速, 现场 260-300 变频"},
                "D_imp": {"value": "0.22[m]", "note": "双层开启涡轮"},
                "H_mix": {"value": "0.60[m]"},
                "W_mix": {"value": "0.50[m]"},
                "L_set": {"value": "2.00[m]"},
                "OA_mix": {"value": "1.5", "note": "混合室内 O/A, 含有机回流"},
                "Q_org": {"value": "1.42[m^3/h]", "note": "P507 有机相, 级间流量"},
                "Q_aq": {"value": "0.95[m^3/h]"},
                "t_mix": {"value": "4.2[min]", "note": "混合停留时间 >= 4 min"},
                "phi_d": {"value": "0.60", "note": "分散相体积分数 (有机连续)"},
                "d32": {"value": "0.35[mm]", "note": "Sauter 直径, 现场取样标定"},
            },
            "materials": {
                "organic": {
                    "composition": "1.5 mol/L P507 (HEH/EHP) in sulfonated kerosene, 36 % saponified (NaOH)",
                    "rho": "880[kg/m^3]",
                    "mu": "3.4[mPa*s]",
                    "loading_max": "0.18 mol/L REO",
                },
                "aqueous": {
                    "composition": "RECl3 1.30 mol/L (Pr:Nd = 25:75), pH 3.0; scrub HCl 3.5 mol/L",
                    "rho": "1290[kg/m^3]",
                    "mu": "1.8[mPa*s]",
                },
                "interfacial_tension": "9.5[mN/m]",
            },
            "physics": [
                {"tag": "spf", "type": "Turbulent Flow, k-epsilon", "rotating_machinery": "frozen rotor"},
                {"tag": "mmpf", "type": "Mixture Model, Laminar/Turbulent", "slip": "Schiller-Naumann"},
                {"tag": "chds", "type": "Transport of Diluted Species", "species": ["Nd", "Pr"],
                 "kinetics": "D_Nd = 2.8, beta_Nd/Pr = 1.5 (stage 38, feed stage)"},
            ],
            "study": {"type": "Stationary + Time Dependent", "t_end": "900[s]", "solver": "PARDISO"},
            "results_summary": {
                "stage_efficiency": 0.93,
                "entrainment_org_in_aq_ppm": 140,
                "settler_flux_m3_m2_h": 3.6,
                "comment": "72 级 (38 萃取 + 34 洗涤) 流比 O:F:W = 14.2:1:2.1 时, 单级效率满足设计; "
                           "N_imp > 310 rpm 时夹带 > 200 ppm",
            },
        },
    },
    {
        "name": "fmt-sim-04.yaml",
        "label": ctl(
            "a", NDFEB, "NdFeB", "simulation-data", "en",
            "process-simulation input for Tb grain-boundary diffusion of sintered NdFeB: coating amount, "
            "diffusion/ageing temperatures and times, diffusion coefficients, predicted HcJ profile",
        ),
        "text": """
            # gbd_tb_sim.yaml -- input for gbdsim 0.9 (in-house finite-difference solver)
            # Case: Tb grain-boundary diffusion, 48SH base -> 48UH target, line GBD-2
            # Owner: process R&D (H. Qian)   created 2025-03-12   reviewed: M. Tang
            case: GBD2_48SH_Tb_t4.0
            magnet:
              base_grade: 48SH
              composition_wt_pct: {PrNd: 30.6, Dy: 0.0, Tb: 0.0, B: 0.95, Co: 1.0, Cu: 0.15, Ga: 0.20,
                                   Al: 0.10, Zr: 0.12, Fe: balance}
              size_mm: [40.0, 20.0, 4.0]        # diffusion through the 40x20 faces, thickness // c-axis
              grain_size_um: 4.2
              oxygen_ppm: 850
            source:
              type: TbH2 slurry, spray coated on both 40x20 faces
              tb_amount_wt_pct: 0.45             # of magnet mass
              film_mg_per_cm2: 3.3
            schedule:
              - {step: ramp,      to_C: 600, rate_C_min: 8}
              - {step: ramp,      to_C: 920, rate_C_min: 3}
              - {step: diffusion, T_C: 920, hold_h: 10, vacuum_Pa: 5.0e-3}
              - {step: quench,    gas: Ar, p_kPa: 80, to_C: 80}
              - {step: ageing,    T_C: 500, hold_h: 4}
              - {step: quench,    gas: Ar, p_kPa: 80, to_C: 50}
            diffusion:
              model: two-path (grain boundary + lattice), Arrhenius
              D0_gb_m2_s: 2.1e-6
              Q_gb_kJ_mol: 216
              D0_lattice_m2_s: 4.0e-5
              Q_lattice_kJ_mol: 315
              shell_thickness_nm_target: 20
            property_model:
              HcJ_base_kA_m: 1680
              dHcJ_per_wt_pct_Tb_local_kA_m: 1450
              Br_loss_T_per_wt_pct_Tb: 0.012
            mesh: {nodes_through_thickness: 201}
            output:
              - profile: Tb_wt_pct_vs_depth
              - profile: HcJ_kA_m_vs_depth
              - scalar: HcJ_min_kA_m           # acceptance >= 1990 kA/m (48UH)
            notes: >
              Validated against EPMA line scans of lot 25-0311 (920 C/10 h); at 4.0 mm thickness the
              centre gain is 92 % of the surface gain. Do not use for thickness > 6 mm (core starves).
        """,
    },
    {
        "name": "fmt-sim-05.m",
        "label": ctl(
            "a", "separation", "", "simulation-data", "zh",
            "MATLAB串级萃取计算脚本: Pr/Nd分离系数、料液组成、纯度目标、最优萃取比、级数及流比计算",
        ),
        "text": """
            % PN_cascade_design.m
            % Pr/Nd 分离 串级萃取工艺计算 (P507-HCl 体系, 恒定混合萃取比)
            % 依据: 串级萃取理论最优化设计, 用于二线扩能方案比选
            % 编制: 邓志勇  2025-01-20   版本 V2.1
            clear; clc;

            %% 输入
            beta = 1.50;          % 分离系数 beta(Nd/Pr), 现场标定值 1.45~1.55
            fA = 0.75;            % 料液中易萃组分 Nd 摩尔分数 (以 REO 计)
            fB = 1 - fA;          % 难萃组分 Pr
            PA = 0.995;           % 有机出口 Nd2O3/REO 纯度要求
            PB = 0.990;           % 水相出口 Pr6O11/REO 纯度要求
            C_feed = 1.30;        % 料液 RECl3 浓度 mol/L
            C_org = 0.18;         % 有机相饱和容量 mol/L (1.5 mol/L P507, 皂化度 36%)
            C_acid = 3.5;         % 洗酸 HCl mol/L

            %% 分馏比
            theta = (fA - (1 - PB)) / (PA - (1 - PB));   % 有机出口分率
            a = (PA / (1 - PA)) / (fA / fB);             % 易萃组分纯化倍数
            b = (PB / (1 - PB)) / (fB / fA);             % 难萃组分纯化倍数

            %% 最优萃取比
            EM = 1 / sqrt(beta);                 % 萃取段
            EMp = sqrt(beta) * theta / (1 - (1 - theta) / sqrt(beta));
            n = ceil(log(b) / log(beta * EM));   % 萃取段级数
            m = ceil(log(a) / log(beta / EMp * (1 + 0.3))) - 1;   % 洗涤段级数(含经验修正)

            %% 流比 (以料液 F = 1 计)
            S = theta * C_feed / C_org / (1 - EM / beta);   % 有机相
            W = S * C_org / C_acid * 1.05;                  % 洗酸 (5% 余量)

            fprintf('theta = %.3f\\n', theta);
            fprintf('萃取段 n = %d 级, 洗涤段 m = %d 级, 总级数 %d\\n', n, m, n + m);
            fprintf('流比 S : F : W = %.1f : 1 : %.2f\\n', S, W);
            fprintf('Nd 收率 YA = %.2f %%\\n', 100 * theta * PA / fA);

            %% 设计裕量: 实际级数取计算值 x 1.35 (混合效率 0.90~0.95, 返混)
            n_design = ceil(1.35 * n);
            m_design = ceil(1.35 * m);
            fprintf('设计级数: 萃取 %d + 洗涤 %d\\n', n_design, m_design);
        """,
    },
    {
        "name": "fmt-sim-06.py",
        "label": ctl(
            "a", NDFEB, "NdFeB", "simulation-data", "en",
            "Python strip-casting solidification model used as a deck: NdFeB alloy recipe, pour temperature, "
            "wheel speed, puddle length, heat-transfer coefficient, target flake thickness",
        ),
        "text": '''
            """Strip casting (SC) solidification model - 1-D explicit finite difference.

            Deck for furnace SC-600 line 2, alloy family 50H. Computes flake thickness and the cooling rate
            at the wheel side and free side so that wheel speed / pour temperature can be chosen to keep
            the free-side cooling rate above the alpha-Fe limit and the flake in the 0.25-0.35 mm window.

            Author: A. Zhou, melting section. 2025-02-07. Reviewed: process eng.
            """

            from dataclasses import dataclass

            import numpy as np

            # alloy 50H-SC (wt%): PrNd 29.8, Dy 0.5, B 0.96, Co 0.9, Cu 0.14, Al 0.25, Ga 0.18, Zr 0.10,
            # Fe balance
            ALLOY = {
                "PrNd": 29.8, "Dy": 0.5, "B": 0.96, "Co": 0.9, "Cu": 0.14, "Al": 0.25, "Ga": 0.18, "Zr": 0.10,
            }


            @dataclass
            class Deck:
                t_pour_c: float = 1450.0  # tundish exit temperature
                t_liquidus_c: float = 1265.0
                t_solidus_c: float = 1150.0
                wheel_speed_m_s: float = 1.30  # Cu-Be wheel, dia 600 mm, water 18 C in / 24 C out
                puddle_len_mm: float = 30.0
                h_contact_w_m2k: float = 1.6e5  # interface heat-transfer coefficient, fitted to run SC-25-031
                rho: float = 7400.0
                cp: float = 620.0
                k_solid: float = 9.0
                latent_j_kg: float = 2.6e5
                target_thickness_mm: float = 0.28
                min_free_side_rate_k_s: float = 1.0e3  # below this alpha-Fe dendrites appear


            def contact_time(deck: Deck) -> float:
                return deck.puddle_len_mm / 1000.0 / deck.wheel_speed_m_s


            def solidify(deck: Deck, nx: int = 60) -> tuple[float, float]:
                """Return (solid thickness in mm at puddle exit, free-side cooling rate in K/s)."""
                dx = 0.5e-3 / nx
                alpha = deck.k_solid / (deck.rho * deck.cp)
                dt = 0.2 * dx * dx / alpha
                temp = np.full(nx, deck.t_pour_c)
                t_end = contact_time(deck)
                cp_eff = deck.cp + deck.latent_j_kg / (deck.t_liquidus_c - deck.t_solidus_c)
                t = 0.0
                while t < t_end:
                    q = deck.h_contact_w_m2k * (temp[0] - 25.0)
                    new = temp.copy()
                    mushy = (temp < deck.t_liquidus_c) & (temp > deck.t_solidus_c)
                    c = np.where(mushy, cp_eff, deck.cp)
                    lap = (temp[2:] - 2 * temp[1:-1] + temp[:-2]) / dx**2
                    new[1:-1] += dt * deck.k_solid / (deck.rho * c[1:-1]) * lap
                    new[0] -= dt * q / (deck.rho * c[0] * dx)
                    temp = new
                    t += dt
                solid = np.count_nonzero(temp < deck.t_solidus_c) * dx * 1000.0
                rate = (deck.t_pour_c - temp[-1]) / t_end
                return solid, rate


            if __name__ == "__main__":
                for v in (1.1, 1.2, 1.3, 1.4, 1.5):
                    d = Deck(wheel_speed_m_s=v)
                    s, r = solidify(d)
                    flag = "ok" if 0.25 <= s <= 0.35 and r >= d.min_free_side_rate_k_s else "check"
                    print(f"v={v:.1f} m/s  flake={s:.3f} mm  free-side rate={r:.0f} K/s  {flag}")
        ''',
    },
    {
        "name": "fmt-sim-07.csv",
        "encoding": "utf-8-sig",
        "label": ctl(
            "a", "mining", "", "simulation-data", "zh",
            "离子型稀土原地浸矿渗流-浸出模拟结果表: 注液强度、硫酸镁浓度、井距、浸出液REO浓度与浸出率随时间",
        ),
        "rows": "leach_sim",
    },
    {
        "name": "fmt-sim-08.inp",
        "label": clr("simulation-data", "en", "Abaqus static stress deck of a steel bracket; ordinary FEA"),
        "mesh": (20, 6, 6.0, 6.0, "CPS4"),
        "text": """
            *HEADING
            Bracket CV12-210-004 static check, motor load + 2g shock
            ** S235JR, t = 8 mm, plane stress; units N, mm, MPa
            ** Author M. Keller 2025-02-15
            *PREPRINT, ECHO=NO, MODEL=NO, HISTORY=NO
            {mesh}
            *SOLID SECTION, ELSET=LOAD, MATERIAL=S235
            8.,
            *SOLID SECTION, ELSET=BOX, MATERIAL=S235
            8.,
            *MATERIAL, NAME=S235
            *ELASTIC
            210000., 0.3
            *PLASTIC
            235., 0.
            360., 0.2
            *BOUNDARY
            FIXED, ENCASTRE
            *STEP, NAME=MOTOR_2G
            *STATIC
            *DSLOAD
            OUTER, P, 1.85
            *OUTPUT, FIELD
            *ELEMENT OUTPUT
            S, PEEQ
            *NODE OUTPUT
            U,
            *END STEP
        """,
    },
    {
        "name": "fmt-sim-09.yaml",
        "label": clr(
            "simulation-data", "en",
            "plate heat-exchanger model for an HTST milk pasteuriser; food plant thermal design",
        ),
        "text": """
            # PHE-HTST-12 thermal model input  (hx-sim 3.2)
            # Dairy line 3, raw milk 12 m3/h, HTST 72 C / 15 s
            # prepared by: S. Andersen, process engineering, 2025-05-20
            unit: PHE-HTST-12
            sections:
              regeneration:
                plates: 61
                plate: {type: M10-BW, chevron_deg: 60, thickness_mm: 0.5, material: AISI 316}
                hot_side: pasteurised milk 72 C in
                cold_side: raw milk 4 C in
                target_regen_pct: 92
              heating:
                plates: 21
                hot_side: {fluid: hot water, t_in_C: 78, flow_m3_h: 18}
                cold_side: {fluid: milk, t_out_C: 72.5}
              holding_tube: {length_m: 24.5, dn: 50, residence_s: 15.5}
              cooling:
                plates: 25
                coolant: {fluid: ice water, t_in_C: 1.5, flow_m3_h: 24}
                milk_out_C: 4
            fluids:
              milk: {rho: 1030, cp: 3930, k: 0.56, mu_Pa_s: [0.0021, 4], mu_ref_C: [0.0008, 70]}
              water: library
            fouling: {milk_side_m2K_W: 5.0e-5, water_side_m2K_W: 2.0e-5}
            checks:
              - pressure_drop_max_bar: 1.5
              - divert_valve_setpoint_C: 71.7
            run: {mode: rating, report: [duty_kW, U_W_m2K, dp_bar, t_profile]}
        """,
    },
    {
        "name": "fmt-sim-10.py",
        "label": clr(
            "simulation-data", "mixed",
            "FEMM script of an IPM traction motor using purchased N42SH magnets as a material property "
            "(Br, Hc, mu_r); motor product design, not magnet manufacture",
            hard=True,
        ),
        "text": '''
            """EDU-150 电机 电磁仿真 (FEMM 4.2 via pyfemm) -- 反电势与齿槽转矩

            磁钢: 外购 N42SH, 按供应商数据表取值 (20 C): Br 1.29 T, HcB 965 kA/m, 120 C 时 Br 1.17 T.
            温度系数 alpha(Br) = -0.12 %/K. 磁钢尺寸 40 x 12 x 4.5, 每极 2 块 V 形.
            Author: P. Novak / 王磊, motor design, 2025-06-02
            """

            import femm

            BR_20 = 1.29  # T, supplier data sheet DS-N42SH-2024
            HCB_20 = 965e3  # A/m
            ALPHA_BR = -0.0012  # 1/K
            T_MAG = 120.0  # C, worst case


            def magnet_props(t_c: float) -> tuple[float, float]:
                br = BR_20 * (1 + ALPHA_BR * (t_c - 20.0))
                mu_r = br / (4e-7 * 3.14159265 * HCB_20)
                return br / (4e-7 * 3.14159265 * mu_r), mu_r


            def build() -> None:
                femm.openfemm(1)
                femm.newdocument(0)
                femm.mi_probdef(0, "millimeters", "planar", 1e-8, 120, 30)
                hc, mu_r = magnet_props(T_MAG)
                femm.mi_addmaterial("N42SH_120C", mu_r, mu_r, hc, 0, 0.667, 0, 0, 1, 0, 0, 0)
                femm.mi_getmaterial("M270-35A")
                femm.mi_getmaterial("Copper")
                femm.mi_readdxf("M150_lam_2D.dxf")
                femm.mi_saveas("EDU150_bemf.fem")


            def sweep() -> None:
                for step in range(0, 46):
                    femm.mi_modifyboundprop("AGE", 10, step * 0.5)
                    femm.mi_analyze(1)
                    femm.mi_loadsolution()
                    torque = femm.mo_gapintegral("AGE", 0)
                    print(f"{step * 0.5:5.1f} deg  cogging {torque:8.3f} Nm")


            if __name__ == "__main__":
                build()
                sweep()
        ''',
    },
    {
        "name": "fmt-sim-11.m",
        "label": clr(
            "simulation-data", "en",
            "textbook benchmark: transient conduction in a semi-infinite solid, FD vs erfc solution",
        ),
        "text": """
            % bench_semi_infinite.m
            % Verification case for the in-house FD conduction solver: semi-infinite solid with a
            % sudden surface temperature change.
            % Analytical solution T = Ts + (Ti - Ts) erf(x / (2 sqrt(a t))).
            % Data as in the usual heat-transfer textbook example (soil, a = 0.138e-6 m2/s).
            clear; clc;
            a  = 0.138e-6;     % m2/s
            Ti = 20; Ts = -15; % C
            L  = 2.0; nx = 201; dx = L / (nx - 1);
            dt = 0.4 * dx^2 / a;
            t_end = 60 * 24 * 3600;   % 60 days
            x = linspace(0, L, nx)';
            T = Ti * ones(nx, 1); T(1) = Ts;
            for t = dt:dt:t_end
                T(2:end-1) = T(2:end-1) + a * dt / dx^2 * (T(3:end) - 2 * T(2:end-1) + T(1:end-2));
            end
            Tex = Ts + (Ti - Ts) * erf(x / (2 * sqrt(a * t_end)));
            fprintf('max |FD - exact| = %.3f K\\n', max(abs(T - Tex)));
            fprintf('depth of 0 C after 60 days: %.2f m\\n', interp1(T, x, 0));
            plot(x, T, 'o', x, Tex, '-'); xlabel('x [m]'); ylabel('T [C]'); legend('FD', 'exact');
        """,
    },
    {
        "name": "fmt-sim-12.csv",
        "encoding": "utf-8",
        "label": exc(
            "public-domain", "a", "separation", "", "simulation-data", "en",
            "published supplementary data table (journal, volume, DOI) of a Pr/Nd cascade simulation; the "
            "document is itself published",
        ),
        "rows": "supp_cascade",
    },
]


_SIM_13 = {
    "name": "fmt-sim-13.py",
    "label": exc(
        "basic-research", "a", NDFEB, "NdFeB Ce", "simulation-data", "en",
        "university TC-Python script for a grant-funded thermodynamic study of Nd-Fe-B / Ce-Fe-B phase "
        "equilibria (NSFC fundamental research), no production know-how",
    ),
    "text": '''
        """Phase equilibria of R-Fe-B (R = Nd, Ce): isopleths for the thermodynamic re-assessment.

        NSFC Young Scientists Fund 52501187 (fundamental research), "Phase equilibria and liquid
        structure in R-Fe-B ternaries (R = Nd, Pr, Ce)", School of Materials Science, Donghai University.
        Work package 2: compare the re-assessed database with DTA data from the literature and our own
        key alloys. Results go to the annual report and the planned paper; no process work is involved.

        Run: python isopleth_rfeb.py   (Thermo-Calc 2025a, TC-Python)   -- Y. Fang, PhD student
        """

        from tc_python import TCPython, ThermodynamicQuantity

        DATABASE = "RFeB_assess_v3.tdb"  # our own assessment, version 3 (2025-02)
        B_AT_PCT = 5.88  # stoichiometric R2Fe14B line
        T_RANGE_K = (900.0, 1800.0)


        def isopleth(rare_earth: str) -> list[tuple[float, float]]:
            """Return (x_R, T_liquidus) pairs along the 5.88 at% B isopleth."""
            points = []
            with TCPython() as session:
                system = (
                    session.select_user_database_and_elements(DATABASE, [rare_earth, "Fe", "B"])
                    .get_system()
                )
                calc = system.with_single_equilibrium_calculation()
                calc.set_condition(ThermodynamicQuantity.mole_fraction_of_a_component("B"), B_AT_PCT / 100)
                for x_r in [0.08 + 0.01 * k for k in range(12)]:
                    calc.set_condition(ThermodynamicQuantity.mole_fraction_of_a_component(rare_earth), x_r)
                    calc.set_condition(ThermodynamicQuantity.temperature(), T_RANGE_K[1])
                    result = calc.calculate()
                    points.append((x_r, result.get_value_of("T")))
            return points


        if __name__ == "__main__":
            for r in ("Nd", "Ce"):
                for x_r, t_liq in isopleth(r):
                    print(f"{r}  x={x_r:.3f}  T_liq={t_liq - 273.15:7.1f} C")
    ''',
}
SIM_DOCS.append(_SIM_13)


# ======================================================================================
# 5. PPTX decks
# ======================================================================================
# A slide: {"title": str, "sub": str (title slide only), "bullets": [str | (level, str)],
# "table": [[...], ...], "notes": str}.

PPTX_DOCS: list[dict] = [
    {
        "name": "fmt-pptx-01.pptx",
        "label": ctl(
            "a", NDFEB, "NdFeB", "process-spec", "zh",
            "烧结钕铁硼工艺培训课件: 各牌号配方表、速凝/氢破/气流磨/取向成型参数及烧结回火制度表",
        ),
        "author": "工艺技术部 刘芳",
        "title": "烧结钕铁硼制造工艺培训",
        "slides": [
            {"title": "烧结钕铁硼制造工艺培训", "sub": "新员工及转岗人员 · 工艺技术部 · 2025年7月 · 内部资料 "
                "禁止外传"},
            {
                "title": "工艺流程总览",
                "bullets": [
                    "配料 → 真空感应熔炼 / 速凝(SC) → 氢破(HD) → 气流磨(JM)",
                    "→ 磁场取向成型 → 冷等静压 → 真空烧结 → 两级回火",
                    "→ 机加工(切片/磨削/线切割) → 表面处理 → 检测 / 充磁",
                    (1, "每道工序的控制点见各工序作业指导书 WI-M-01 ~ WI-M-12"),
                ],
                "notes": "讲解时强调: 氧含量是全流程的主线, 从速凝片到烧结前每一步都要控氧。",
            },
            {
                "title": "主要牌号配方 (wt%)",
                "table": [
                    ["牌号", "PrNd", "Dy", "Tb", "B", "Co", "Cu", "Al", "Ga", "Fe"],
                    ["N52", "31.2", "0", "0", "0.92", "0.8", "0.12", "0.05", "0.15", "余量"],
                    ["48SH", "29.6", "1.2", "0", "0.95", "1.0", "0.15", "0.10", "0.20", "余量"],
                    ["45UH", "27.8", "2.6", "0.6", "0.96", "2.0", "0.15", "0.20", "0.20", "余量"],
                    ["42EH*", "28.5", "0", "0.5 (扩散)", "0.95", "2.0", "0.12", "0.30", "0.25", "余量"],
                ],
                "notes": "42EH 采用 48SH 基材加 Tb 晶界扩散, Tb 含量为扩散后整体含量。配料误差 ±0.02 %。",
            },
            {
                "title": "速凝与氢破",
                "bullets": [
                    "熔炼: 真空 ≤ 1 Pa 后充 Ar 至 45 kPa, 熔清后精炼 3 min",
                    "浇注温度 1440~1460 ℃, 冷却辊线速 1.2~1.4 m/s, 进水 ≤ 25 ℃",
                    "SC 片厚 0.25~0.35 mm, 贴辊面无 α-Fe, 柱状晶间距 3~4 μm",
                    "氢破: 室温吸氢 0.09 MPa 至饱和; 脱氢 540 ℃ × 6 h, 残余 H 1000~1500 ppm",
                ],
            },
            {
                "title": "气流磨与取向成型",
                "bullets": [
                    "氢破粉加 0.08 % 抗氧化剂, 混料 30 min",
                    "气流磨: N2 保护 O2 ≤ 30 ppm, 研磨压力 0.65 MPa, 分级轮 3600~4200 rpm",
                    "粒度 D50 = 3.0~3.4 μm (SMD 2.6~2.9 μm), 粉末氧含量 ≤ 800 ppm",
                    "成型: 直流取向磁场 ≥ 1.8 T, 压制压力 40 MPa, 压坯密度 3.9~4.1 g/cm³",
                    "冷等静压 180 MPa × 30 s, 密度 4.4~4.6 g/cm³",
                ],
                "notes": "成型间温度 20±3 ℃, 湿度 ≤ 50 %。压坯在手套箱内真空封装后转烧结。",
            },
            {
                "title": "烧结与回火制度",
                "table": [
                    ["牌号", "烧结", "一级回火", "二级回火", "真空度要求"],
                    ["N52", "1055 ℃ × 5 h", "900 ℃ × 2 h", "480 ℃ × 4 h", "≤ 5×10⁻³ Pa"],
                    ["48SH", "1065 ℃ × 5 h", "900 ℃ × 2.5 h", "500 ℃ × 4 h", "≤ 5×10⁻³ Pa"],
                    ["45UH", "1075 ℃ × 6 h", "910 ℃ × 3 h", "520 ℃ × 4 h", "≤ 5×10⁻³ Pa"],
                ],
                "notes": "烧结前 400 ℃ 脱脂 2 h, 850 ℃ 脱氢 3 h; 烧结后充 Ar 风冷至 80 ℃ 以下再升温回火。",
            },
            {
                "title": "常见问题与对策",
                "table": [
                    ["现象", "可能原因", "对策"],
                    ["毛坯开裂", "升温过快 / 脱氢不充分", "850 ℃ 段保温延长 1 h, 升温 ≤ 2 ℃/min"],
                    ["HcJ 偏低", "粉末氧高 / 晶粒长大", "检查 JM 氧含量; 烧结温度下调 5~10 ℃"],
                    ["密度不足", "烧结温度偏低", "上调 5 ℃, 确认炉温均匀性"],
                    ["方形度差", "二级回火温度不当", "480~520 ℃ 区间做回火曲线"],
                ],
            },
        ],
    },
    {
        "name": "fmt-pptx-02.pptx",
        "label": ctl(
            "b", "separation", "", "process-spec", "mixed",
            "commissioning handover deck for a Pr/Nd P507 extraction line: water/acid trials, staged feed "
            "introduction, balance criteria, punch list; purities only as acceptance targets",
        ),
        "author": "Deng Zhiyong",
        "title": "Line 2 Pr/Nd SX commissioning handover",
        "slides": [
            {"title": "Line 2 Pr/Nd SX — Commissioning Handover", "sub": "二线萃取调试移交 · 项目部 → 生产部 "
                "· 2025-04-30"},
            {
                "title": "Scope / 范围",
                "bullets": [
                    "72-stage mixer-settler cascade (38 E + 34 S), saponification unit, strip section 12 "
                        "stages",
                    "HCl dosing skid, organic make-up tank, crud treatment, 2 × feed pumps",
                    "DCS loops: 46 flow, 72 agitator VFD, 8 pH, 4 level; interlocks tested 100 %",
                    (1, "Mechanical completion 2025-03-02, punch list A items all closed"),
                ],
            },
            {
                "title": "调试步骤 Commissioning sequence",
                "table": [
                    ["Step", "内容 Activity", "Duration", "Acceptance"],
                    ["1", "清水联动试车 water run, all stages", "72 h", "no leaks, weir levels ±5 mm, amps "
                        "normal"],
                    ["2", "有机相配制与注入 organic fill", "3 d", "inventory 186 m³, no emulsion"],
                    ["3", "酸性试车 acid run (HCl)", "48 h", "pH loops stable, no corrosion"],
                    ["4", "投料 feed in at 30 % → 60 % → 100 % "
                        "load", "10 d", "hold each step until stable 24 h"],
                    ["5", "平衡判定 cascade balance", "5 d", "both products on spec 5 days running"],
                ],
                "notes": "Step 4 ramp followed the design flow ratios without change; no re-tuning required.",
            },
            {
                "title": "Acceptance results / 考核结果",
                "table": [
                    ["Item", "Target (design)", "Achieved (avg 5 d)"],
                    ["Nd2O3/REO", "≥ 99.5 %", "99.62 %"],
                    ["Pr6O11/REO", "≥ 99.0 %", "99.18 %"],
                    ["Organic loss", "≤ 1.5 kg/t REO", "1.2 kg/t"],
                    ["Aq. entrainment", "< 200 ppm", "150 ppm"],
                    ["Throughput", "2000 t/a REO", "2050 t/a (annualised)"],
                ],
            },
            {
                "title": "Open items & handover / 遗留问题与移交",
                "bullets": [
                    "B-item: stage 51 agitator gearbox noise — spare on order, replace at first stop",
                    "SOP set SX2-SOP-01…14, P&IDs as-built, DCS backup handed over",
                    "Operator training: 4 shifts × 2 days done, sign-off sheets attached",
                    "Warranty period 12 months from this date",
                ],
            },
            {"title": "Sign-off", "bullets": ["Project: 邓志勇", "Production: 黄"
                "建", "QA: 李慧", "Date: 2025-04-30"]},
        ],
    },
    {
        "name": "fmt-pptx-03.pptx",
        "label": ctl(
            "b", "metal-smelting", "", "process-spec", "en",
            "upgrade plan for a RE metal electrolysis line (6 kA to 10 kA cells): scope, cell-by-cell "
            "replacement, rectifier, bake-out/start-up sequence reference, schedule; KPIs only as targets",
        ),
        "author": "H. Ma",
        "title": "Smelter 2 electrolysis line upgrade 2026",
        "slides": [
            {"title": "Smelter 2 — Electrolysis Line Upgrade 2026", "sub": "Management review · Engineering "
                "· 2025-10-09"},
            {
                "title": "Today",
                "bullets": [
                    "12 × 6 kA fluoride cells, Pr-Nd metal 1,050 t/a",
                    "Cells commissioned 2014-2016; crucible life 14-18 months, 3 relines per year",
                    "Rectifier 2 × 36 kA / 120 V, at end of life (IGBT spares discontinued)",
                ],
            },
            {
                "title": "Upgrade scope",
                "bullets": [
                    "Replace 8 cells by 10 kA cells (design package EC-10K, vendor drawings rev C)",
                    "New rectifier 1 × 90 kA / 160 V, busbar re-routing bay 2",
                    "Off-gas: new hood and scrubber per cell, CF4 monitoring",
                    "Automation: oxide feeders on DCS, cell voltage trending per cell",
                    (1, "4 remaining 6 kA cells kept for Dy-Fe / Tb campaigns"),
                ],
            },
            {
                "title": "Sequence (cell by cell, line stays in production)",
                "table": [
                    ["Phase", "Work", "Duration"],
                    ["0", "Rectifier + busbar, tie-in at planned stop", "Jan 2026, 10 d"],
                    ["1", "Cells 1-3: drain, dismantle, new shell + crucible, assemble", "Feb-Mar 2026"],
                    ["2", "Bake-out and start-up per EC-10K-PR-002, 7 d ramp each cell", "per cell"],
                    ["3", "Cells 4-6, then 7-8", "Apr-Jun 2026"],
                    ["4", "Performance test 30 d, handover", "Jul 2026"],
                ],
                "notes": "Bake-out and start-up steps are in the vendor procedure EC-10K-PR-002; not "
                    "repeated here.",
            },
            {
                "title": "Targets after upgrade",
                "table": [
                    ["KPI", "Now", "Target"],
                    ["Output (t/a)", "1,050", "1,600"],
                    ["Current efficiency", "74 %", "≥ 80 %"],
                    ["DC energy (kWh/kg)", "9.6", "≤ 8.5"],
                    ["Crucible life (months)", "16", "≥ 20"],
                ],
            },
            {
                "title": "Budget & risks",
                "bullets": [
                    "CAPEX 46.8 M CNY (cells 28.2, rectifier 11.5, off-gas 4.1, other 3.0)",
                    "Risk: start-up of first 10 kA cell — vendor supervisor on site 4 weeks",
                    "Risk: Mo and W lead times 16 weeks — order by Nov 2025",
                ],
            },
        ],
    },
    {
        "name": "fmt-pptx-04.pptx",
        "label": ctl(
            "a", "recycling", "", "process-spec", "mixed",
            "NdFeB sludge (油泥) recovery process slides: de-oiling, oxidising roast, selective HCl leach, "
            "Fe removal, extraction, oxalate precipitation and calcination parameters, recovery targets",
        ),
        "author": "循环事业部 王晨",
        "title": "钕铁硼油泥回收工艺",
        "slides": [
            {"title": "钕铁硼油泥 / 边角料 回收工艺 (RC-2 线"
                ")", "sub": "循环事业部 · Process review · 2025-09"},
            {
                "title": "原料 Feed",
                "table": [
                    ["原料", "REO %", "含油/水 %", "Fe %", "备注"],
                    ["磨削油泥 grinding sludge", "24~30", "12~18", "45~50", "含 Co、B"],
                    ["切片油泥 slicing sludge", "26~32", "10~15", "44~48", ""],
                    ["边角料 offcuts (镀层去除后)", "30~32", "—", "62~65", "先氢破或破碎至 < 5 mm"],
                ],
            },
            {
                "title": "流程 Flowsheet",
                "bullets": [
                    "脱油: 真空蒸馏 300 ℃ / 或 回转窑烘干, 油回收",
                    "氧化焙烧 oxidising roast: 750 ℃ × 3 h, 空气过量系数 1.3, Fe → Fe2O3",
                    "盐酸优溶 selective leach: pH 3.5~4.0, 85 ℃, L/S = 4:1, 2 h",
                    (1, "RE 浸出率 ≥ 97 %, Fe 浸出 ≤ 0.5 %  (Fe2O3 留渣)"),
                    "除杂: 调 pH 4.5 除 Al, 硫化除 Co/Cu (可选)",
                    "P507 萃取分组: (Pr,Nd) / (Dy,Tb), 见 SX-RC-03",
                    "草酸沉淀 pH 1.8, 60 ℃; 灼烧 950 ℃ × 2 h → REO ≥ 99 %",
                ],
            },
            {
                "title": "关键参数 Key parameters",
                "table": [
                    ["工序", "参数", "控制值"],
                    ["焙烧", "温度 / 时间", "750 ℃ / 3 h"],
                    ["焙烧", "料层厚度", "≤ 60 mm"],
                    ["优溶", "终点 pH", "3.5~4.0"],
                    ["优溶", "温度 / 液固比", "85 ℃ / 4:1"],
                    ["沉淀", "草酸用量", "理论量 × 1.15"],
                    ["灼烧", "温度 / 时间", "950 ℃ / 2 h"],
                ],
                "notes": "焙烧不充分 (FeO 残留) 会使优溶 Fe 浸出升高; 每批测焙砂 Fe2+ < 0.5 %。",
            },
            {
                "title": "指标 KPIs",
                "bullets": ["总回收率 REO ≥ 95 %", "产品 (Pr,Nd)2O3 ≥ 99.0 %, Fe2O3 ≤ 0.01 "
                    "%", "渣含 REO ≤ 0.8 %"],
            },
        ],
    },
    {
        "name": "fmt-pptx-05.pptx",
        "label": clr(
            "other", "en",
            "magnet maker's sales deck: grade table (Br/HcJ/(BH)max data-sheet values), capacity, "
            "certificates, coatings; product marketing, no process",
            hard=True,
        ),
        "author": "Sales & Marketing",
        "title": "Hengci Magnetics company presentation",
        "slides": [
            {"title": "Hengci Magnetics", "sub": "Sintered NdFeB for e-mobility, wind and industry · 2025"},
            {
                "title": "Who we are",
                "bullets": [
                    "Founded 2009, Ningbo; 1,800 employees",
                    "Capacity 8,000 t/a sintered blocks, 40 % automotive",
                    "IATF 16949, ISO 14001, ISO 45001; customer audits by 6 OEMs",
                ],
            },
            {
                "title": "Grade portfolio (typical values at 20 °C)",
                "table": [
                    ["Grade", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "Max. op. temp"],
                    ["N52", "1.43-1.48", "≥ 876", "398-422", "80 °C"],
                    ["48SH", "1.37-1.42", "≥ 1592", "358-390", "150 °C"],
                    ["45UH", "1.32-1.38", "≥ 1990", "334-366", "180 °C"],
                    ["42EH", "1.28-1.33", "≥ 2388", "318-342", "200 °C"],
                ],
            },
            {
                "title": "Coatings & services",
                "bullets": [
                    "NiCuNi, Zn, epoxy, phosphating, Al-IVD",
                    "Assemblies: rotor magnet sets, bonded and skewed segments",
                    "PPAP level 3, 8D within 10 working days",
                ],
            },
            {
                "title": "Contact",
                "bullets": [
                    "sales@hengci-magnetics.example", "+86 574 0000 0000", "Booth B3-214, Coiltech 2025",
                ],
            },
        ],
    },
    {
        "name": "fmt-pptx-06.pptx",
        "label": clr(
            "other", "zh",
            "稀土市场季度回顾: 氧化镨钕/镝/铽价格、配额、进出口与展望; 市场报告, 无工艺",
            hard=True,
        ),
        "author": "市场研究部",
        "title": "2025年三季度稀土市场回顾",
        "slides": [
            {"title": "2025年三季度 稀土市场回顾与展望", "sub": "市场研究部 · 2025-10-12"},
            {
                "title": "价格走势 (含税, 万元/吨)",
                "table": [
                    ["产品", "7月均价", "8月均价", "9月均价", "环比"],
                    ["氧化镨钕", "48.6", "56.2", "55.1", "+13.4 %"],
                    ["氧化镝", "162", "165", "163", "+0.6 %"],
                    ["氧化铽", "698", "712", "705", "+1.0 %"],
                    ["金属镨钕", "59.8", "68.5", "67.4", "+12.7 %"],
                ],
            },
            {
                "title": "供给端",
                "bullets": [
                    "开采、冶炼分离总量控制指标下达节奏放缓",
                    "缅甸进口矿量同比下降, 海外独居石进口增加",
                    "出口管制新规发布后, 部分海外客户提前备货",
                ],
            },
            {
                "title": "需求端",
                "bullets": [
                    "新能源汽车产量同比 +28 %, 驱动电机磁材需求稳定",
                    "风电装机旺季, 直驱机型订单回升",
                    "消费电子需求平淡",
                ],
            },
            {"title": "展望", "bullets": ["四季度镨钕价格预计 52~60 万元/吨区间震荡", "关注收储与配额政策"]},
        ],
    },
    {
        "name": "fmt-pptx-07.pptx",
        "label": clr(
            "other", "mixed",
            "safety induction for visitors/contractors at a RE separation plant: hazards, PPE, permits, "
            "emergency; no process technology",
            hard=True,
        ),
        "author": "EHS Dept",
        "title": "Site safety induction",
        "slides": [
            {"title": "Site Safety Induction / 厂区安全入厂培"
                "训", "sub": "华稀冶炼分离公司 EHS · Rev 6 · 2025"},
            {
                "title": "Main hazards / 主要危险源",
                "bullets": [
                    "Hydrochloric acid and caustic soda — chemical burns / 化学灼伤",
                    "Organic phase (extractant in kerosene), flash point ~ 70 °C — fire / 火灾",
                    "Low-level radioactivity in residues (Th) — restricted zone R1 / 放射性限制区",
                    "Confined spaces (tanks, settlers) — permit only / 受限空间须办证",
                ],
            },
            {
                "title": "PPE / 个人防护",
                "table": [
                    ["Area", "Required PPE"],
                    ["SX hall 萃取车间", "helmet, goggles, acid gloves, FR coverall, safety shoes"],
                    ["Acid store 酸库", "+ face shield, apron"],
                    ["Residue store 渣库", "+ dust mask FFP3, dosimeter"],
                ],
            },
            {
                "title": "Emergency / 应急",
                "bullets": [
                    "Alarm: continuous siren = evacuate to muster point A (main gate)",
                    "Eye wash / safety showers every 30 m, check monthly",
                    "Emergency phone 8119 (24 h)",
                ],
                "notes": "Visitors must be escorted at all times; no photographs in production halls.",
            },
        ],
    },
    {
        "name": "fmt-pptx-08.pptx",
        "label": exc(
            "public-domain", "a", NDFEB, "NdFeB Ce", "other", "en",
            "conference talk presenting published results (journal reference and DOI on slides) on "
            "dual-main-phase Ce-substituted NdFeB; published material",
        ),
        "author": "Y. Chen",
        "title": "Dual-main-phase (Nd,Ce)FeB magnets",
        "slides": [
            {
                "title": "Coercivity of dual-main-phase (Nd,Ce)-Fe-B sintered magnets",
                "sub": "Y. Chen, R. Xu, H. Li · Intermag 2025 · Results published in J. Magn. Magn. Mater. "
                       "612 (2025) 172411, doi:10.1016/j.jmmm.2025.172411",
            },
            {
                "title": "Motivation",
                "bullets": [
                    "Ce is the most abundant rare earth; substitution lowers cost",
                    "Single-phase Ce substitution dilutes anisotropy; dual-main-phase keeps HcJ",
                ],
            },
            {
                "title": "Method (as published)",
                "bullets": [
                    "Two SC alloys: Nd-rich (PrNd)30.5 and Ce-rich (Ce0.45Nd0.55)31.0, blended 70:30",
                    "Jet milled to 3.2 um, aligned in 2 T, sintered 1040 C x 4 h, annealed 900/480 C",
                    "Br 1.33 T, HcJ 1030 kA/m at Ce/TRE = 13.5 %",
                ],
            },
            {
                "title": "Results",
                "table": [
                    ["Ce/TRE (%)", "Br (T)", "HcJ (kA/m)", "(BH)max (kJ/m3)"],
                    ["0", "1.38", "1120", "366"],
                    ["13.5", "1.33", "1030", "338"],
                    ["22.0", "1.29", "905", "318"],
                ],
            },
            {"title": "Thank you", "bullets": ["Full paper: doi:10.1016/j.jmmm.2025.172411 (open access)"]},
        ],
    },
    {
        "name": "fmt-pptx-09.pptx",
        "label": ctl(
            "a", "mining", "", "process-spec", "zh",
            "离子型稀土原地浸矿工艺培训: 注液井网布置、硫酸镁浸矿剂浓度与注液强度、收液、除杂和沉淀参数",
        ),
        "author": "矿山技术科",
        "title": "离子型稀土原地浸矿工艺",
        "slides": [
            {"title": "离子吸附型稀土 原地浸矿工艺培训", "sub": "矿山技术科 · 2025年第二期 · 内部培训"},
            {
                "title": "注液井网",
                "bullets": [
                    "注液井 Φ 0.20 m, 网度 2.0 m × 2.0 m (品位高、渗透好区段 2.5 m × 2.5 m)",
                    "井深: 穿过表土层, 进入全风化层 0.5~1.0 m, 不得打穿到半风化层",
                    "山脊先注, 山腰跟进, 注液前铺设截水沟和收液巷道",
                    "收液: 山脚导流孔 + 集液沟, 底板不完整地段加设防渗帷幕",
                ],
            },
            {
                "title": "浸矿剂与注液",
                "table": [
                    ["阶段", "浸矿剂", "浓度", "注液强度", "时长"],
                    ["前期", "硫酸镁", "3.0 %", "0.30 m³/(井·d)", "约 30 d"],
                    ["中期", "硫酸镁", "2.0 %", "0.25 m³/(井·d)", "约 60 d"],
                    ["顶水", "清水", "—", "0.25 m³/(井·d)", "至浸出液 REO < 0.1 g/L"],
                ],
                "notes": "硫酸镁替代硫酸铵以降低氨氮; 浸矿剂 pH 控制 4.5~5.5。",
            },
            {
                "title": "母液处理",
                "bullets": [
                    "母液 REO 0.5~1.2 g/L 进收液池",
                    "除杂: 碳酸氢铵调 pH 5.0~5.2, 沉降 4 h, 除 Al、Fe",
                    "沉淀: 碳酸氢铵沉淀至 pH 6.8~7.0, 或草酸沉淀; 沉淀率 ≥ 98 %",
                    "上清液返配浸矿剂, 循环使用",
                ],
            },
            {
                "title": "考核指标",
                "bullets": ["浸出率 ≥ 85 %", "收液率 ≥ 90 %", "混合稀土产品 REO ≥ 92 %"],
            },
        ],
    },
    {
        "name": "fmt-pptx-10.pptx",
        "label": clr(
            "process-spec", "mixed",
            "Li-ion battery black-mass recycling flowsheet (leach, Cyanex 272/P507 Co-Ni SX); battery "
            "recycling, not rare earth",
            hard=True,
        ),
        "author": "Recycling R&D",
        "title": "Black mass hydromet flowsheet",
        "slides": [
            {"title": "Black Mass Hydrometallurgy — Flowsheet v3", "sub": "电池回收项目 · 2025-08"},
            {
                "title": "Leach / 浸出",
                "bullets": [
                    "H2SO4 2 mol/L + H2O2 4 vol%, 80 °C, L/S 6:1, 2 h",
                    "Leach efficiency: Co 98.5 %, Ni 98.9 %, Li 99.1 %, Mn 97.8 %",
                ],
            },
            {
                "title": "Solvent extraction / 萃取",
                "table": [
                    ["Circuit", "Extractant", "pH", "Stages"],
                    ["Mn/Zn removal", "D2EHPA 20 %", "2.8", "4E+2S"],
                    ["Co/Ni separation", "Cyanex 272 (or P507) 25 %", "5.2", "6E+4S"],
                    ["Ni polishing", "P507 15 %", "6.0", "3E"],
                ],
            },
            {
                "title": "Products / 产品",
                "bullets": ["CoSO4·7H2O battery grade", "NiSO4·6H2O battery grade", "Li2CO3 ≥ 99.5 %"],
            },
        ],
    },
]


# ======================================================================================
# 6. E-mails (.eml)
# ======================================================================================
# "attachments": (filename, kind, payload) with kind in txt | csv | xlsx | docx | pdf | eml.
#   csv payload: {"rows": [...], "encoding": ...}; xlsx: [(sheet, rows)]; docx/pdf: blocks
#   (str paragraphs, "# " headings, lists of rows as tables); eml: a nested message spec.
# "cte": transfer encoding of the body (7bit | 8bit | quoted-printable | base64).

EMAIL_DOCS: list[dict] = [
    {
        "name": "fmt-email-01.eml",
        "label": ctl(
            "a", NDFEB, "NdFeB", "parameter-sheet", "mixed",
            "short covering note to a foreign partner; the attached XLSX holds the 50SH alloy recipe, "
            "sintering and two-stage tempering set-points",
        ),
        "from": "Zhang Wei <zhang.wei@hengci-magnetics.example>",
        "to": "Tomasz Nowak <t.nowak@baltmag.example>",
        "cc": "",
        "subject": "RE: trial lot 50SH - files",
        "date": (2025, 10, 16, 8, 42),
        "tz": 8,
        "msgid": "<CAHk3x7-50SH-0001@mail.hengci-magnetics.example>",
        "cte": "7bit",
        "body": """
            Hi Tomasz,

            please find attached the sheet we discussed on Tuesday. Let me know if your team has
            questions before the trial in November.

            Best regards,
            Zhang Wei
            Process Engineering | Hengci Magnetics

            -----Original Message-----
            From: Tomasz Nowak
            Sent: Tuesday, October 14, 2025 3:10 PM
            Subject: trial lot 50SH

            Wei, could you send the file for our furnace team? Thanks, T.
        """,
        "attachments": [
            ("50SH_setpoints_rev3.xlsx", "xlsx", [
                ("Alloy 配方", [
                    ["Element 元素", "wt%", "Tol. ±"],
                    ["PrNd", 29.9, 0.05], ["Dy", 0.8, 0.02], ["Tb", 0.0, 0.0], ["B", 0.95, 0.01],
                    ["Co", 1.2, 0.02], ["Cu", 0.14, 0.01], ["Al", 0.18, 0.01], ["Ga", 0.22, 0.01],
                    ["Zr", 0.12, 0.01], ["Fe", "bal.", ""],
                ]),
                ("Sinter 烧结", [
                    ["Seg 段", "Set T (°C)", "Ramp (°C/min)", "Hold (min)", "Atmos.", "Remark"],
                    [1, 400, 3.0, 120, "vac ≤10 Pa", "debind"],
                    [2, 650, 3.0, 60, "vac", ""],
                    [3, 850, 2.5, 180, "vac", "H release"],
                    [4, 1000, 2.0, 30, "vac ≤5E-3 Pa", ""],
                    [5, 1068, 1.5, 330, "vac ≤5E-3 Pa", "sinter"],
                    [6, 80, "", "", "Ar 80 kPa fan", "quench"],
                ]),
                ("Temper 回火", [
                    ["Stage", "T (°C)", "Hold (h)", "Cool"],
                    ["1st", 905, 2.5, "Ar fan to <80 °C"],
                    ["2nd", 510, 4.0, "Ar fan"],
                    ["Target", "Br ≥ 1.39 T", "HcJ ≥ 1600 kA/m", "Hk/HcJ ≥ 0.95"],
                ]),
            ]),
        ],
    },
    {
        "name": "fmt-email-02.eml",
        "label": ctl(
            "a", "metal-smelting", "", "email", "zh",
            "电解车间内部邮件(base64正文)直接下达3#、5#槽新的电流、温度、极距、加料间隔、电解质配比和出炉制"
                "度",
        ),
        "from": "郭然 <guo.ran@jinling-re.example>",
        "to": "电解车间班长 <el-shift@jinling-re.example>",
        "cc": "马辉 <ma.hui@jinling-re.example>",
        "subject": "关于3#、5#电解槽工艺参数调整的通知",
        "date": (2025, 9, 3, 17, 25),
        "tz": 8,
        "msgid": "<20250903172500.88121@jinling-re.example>",
        "cte": "base64",
        "body": """
            各位班长:

            根据8月份3#、5#槽电流效率偏低(分别为71.8%、72.5%)的情况, 经技术科分析,
            自9月5日白班起对两台槽执行以下参数(其余槽不变):

            1. 电流由 6.0 kA 提至 6.2 kA, 阳极电流密度控制在 0.95~1.0 A/cm²;
            2. 电解温度由 1055 ℃ 调至 1040~1045 ℃, 每小时测温一次(钼套B型偶);
            3. 极距保持 75 mm, 阳极消耗至 45 mm 时更换, 不再等到 40 mm;
            4. 加料改为每 50 s 一次, 每次 140 g, 保证电解质中氧化物 2~3%;
               氧化镨钕灼减 ≤ 0.3%, 受潮料一律退回烘干(300 ℃, 4 h);
            5. 电解质 LiF 含量按 13% 控制, 每班取样一次, 低于 12% 时补加 LiF;
            6. 出金属间隔 2 h, 虹吸出炉, 出炉前 10 min 停止加料;
            7. 槽电压超过 10.8 V 立即检查阳极效应和极距, 记录在交接班本上.

            执行两周后统计电流效率和金属碳含量, 目标 ≥ 77%、C ≤ 0.03%.

            技术科 郭然
            2025-09-03
        """,
        "attachments": [],
    },
    {
        "name": "fmt-email-03.eml",
        "label": ctl(
            "a", "separation", "", "parameter-sheet", "mixed",
            "forward to a foreign contact; the nested internal message carries a CSV stage mass balance of "
            "the P507 Pr/Nd cascade (flows, acid, saponification, stage split)",
        ),
        "from": "Li Wei <li.wei@huaxi-sep.example>",
        "to": "Ahmed Karimov <a.karimov@turanmet.example>",
        "cc": "",
        "subject": "Fwd: 二线最终流程与物料平衡 / Line 2 flowsheet final",
        "date": (2025, 6, 11, 10, 5),
        "tz": 8,
        "msgid": "<b7e1c2a0-0611-line2@huaxi-sep.example>",
        "cte": "7bit",
        "body": """
            Dear Ahmed,

            as requested during the call - see the forwarded mail below with the final balance.
            Please keep it within your engineering team.

            Regards,
            Li Wei
        """,
        "attachments": [
            ("二线最终流程与物料平衡.eml", "eml", {
                "from": "Deng Zhiyong <deng.zy@huaxi-sep.example>",
                "to": "Li Wei <li.wei@huaxi-sep.example>",
                "subject": "二线最终流程与物料平衡",
                "date": (2025, 6, 10, 16, 48),
                "tz": 8,
                "msgid": "<20250610164800.5521@huaxi-sep.example>",
                "cte": "quoted-printable",
                "body": """
                    李工:

                    附件为二线 Pr/Nd 分离最终物料平衡 (按 2000 t/a REO 设计), 已按调试数据修正.
                    请转设计所存档.

                    邓志勇
                """,
                "attachments": [
                    ("FS-SX-PN2_mass_balance_final.csv", "csv",
                     {"rows": "pn_balance", "encoding": "utf-8-sig"}),
                ],
            }),
        ],
    },
    {
        "name": "fmt-email-04.eml",
        "label": clr(
            "email", "en",
            "logistics for a customer audit visit at a magnet plant (pick-up, hotel, PPE, agenda times); "
            "no technical content",
            hard=True,
        ),
        "from": "Julia Hartmann <j.hartmann@aldenwerk-drives.example>",
        "to": "Audit team <audit-q4@aldenwerk-drives.example>",
        "cc": "Zhang Wei <zhang.wei@hengci-magnetics.example>",
        "subject": "Supplier audit Hengci Magnetics 18-19 Nov - logistics",
        "date": (2025, 11, 3, 9, 12),
        "tz": 1,
        "msgid": "<AM0PR01-audit-logistics-1103@aldenwerk-drives.example>",
        "cte": "quoted-printable",
        "body": """
            Hello all,

            logistics for the process audit at Hengci Magnetics (sintered NdFeB supplier for M220):

            Mon 17 Nov  LH 780 FRA-PVG, arrival 07:15 Tue; driver from Hengci at arrival hall, sign
                        "Aldenwerk". Transfer to Ningbo approx. 2.5 h.
            Hotel       Marriott Ningbo, 3 rooms booked 17-20 Nov, confirmation numbers in the
                        shared folder.
            Tue 18 Nov  13:30 opening meeting, 14:30-17:30 plant walk (melting to machining)
            Wed 19 Nov  09:00-12:00 document review (PPAP, control plans), 14:00 closing meeting
            PPE         safety shoes and glasses are provided on site; please bring your own
                        shoes if you prefer. No photos in production without permission.
            Dinner      Tue evening hosted by Hengci.

            Please note: we will only look at what is relevant for our parts; do not ask for recipes
            or furnace programs - compliance asked us to keep the audit to quality system topics.

            Thanks,
            Julia
        """,
        "attachments": [],
    },
    {
        "name": "fmt-email-05.eml",
        "label": clr(
            "email", "mixed",
            "supplier invoice for purchased N48H magnet segments with PDF invoice attached; commercial",
            hard=True,
        ),
        "from": "Hengci Finance <ar@hengci-magnetics.example>",
        "to": "Accounts Payable <ap@aldenwerk-drives.example>",
        "cc": "",
        "subject": "Invoice INV-2025-10-0873 / 发票 - PO 4500127733",
        "date": (2025, 10, 28, 14, 2),
        "tz": 8,
        "msgid": "<inv-2025-10-0873@hengci-magnetics.example>",
        "cte": "base64",
        "body": """
            Dear Sir or Madam / 您好,

            please find attached invoice INV-2025-10-0873 for PO 4500127733 (shipment of 27 Oct).
            附件为发票, 请查收. Payment terms: 60 days net.

            Bank: Bank of Ningbo, SWIFT BKNBCN2N (details on the invoice)

            Best regards / 此致
            Hengci Magnetics - Finance
        """,
        "attachments": [
            ("INV-2025-10-0873.pdf", "pdf", [
                "# COMMERCIAL INVOICE  INV-2025-10-0873",
                "Seller: Hengci Magnetics Co., Ltd., Ningbo, China. Buyer: Aldenwerk Drives AG, Germany. "
                "Incoterms FCA Ningbo. PO 4500127733. Date 2025-10-28.",
                [
                    ["Pos", "Part no.", "Description", "Qty", "Unit EUR", "Amount EUR"],
                    ["10", "M220-RM-04", "Magnet segment N48H 40x12x4.5 NiCuNi, magnetised", "24,000", "0.86",
                     "20,640.00"],
                    ["20", "M220-RM-05", "Magnet segment N48H 40x12x4.5 NiCuNi, "
                        "unmagnetised", "4,000", "0.82",
                     "3,280.00"],
                    ["", "", "Packing (iron-shielded cartons)", "1", "180.00", "180.00"],
                    ["", "", "TOTAL", "", "", "24,100.00"],
                ],
                "HS code 8505.11. Country of origin: China. Export licence not required for these goods "
                "(finished magnets). Payment 60 days net to Bank of Ningbo, SWIFT BKNBCN2N.",
            ]),
        ],
    },
    {
        "name": "fmt-email-06.eml",
        "label": clr(
            "email", "zh",
            "电机厂采购询价邮件, 附外购钕铁硼磁钢技术协议(牌号、尺寸公差、镀层、来料检验); 采购规格, 无工艺",
            hard=True,
        ),
        "from": "采购部 孙倩 <sun.qian@huadong-motor.example>",
        "to": "销售部 <sales@ruici-tech.example>",
        "cc": "",
        "subject": "询价: YE4-132 永磁同步电机磁钢 (附技术协议)",
        "date": (2025, 8, 19, 10, 30),
        "tz": 8,
        "msgid": "<rfq-20250819-0031@huadong-motor.example>",
        "cte": "quoted-printable",
        "body": """
            贵司销售部:

            我司 YE4-132 系列永磁同步电机拟采购磁钢, 年用量约 120 万片, 请按附件技术协议报价,
            含税单价、最小起订量、交期及包装方式, 8月29日前回复. 首批需提供 PPAP 资料和磁性能检测报告.

            谢谢!
            华东电机 采购部 孙倩
            电话 0512-0000 0000
        """,
        "attachments": [
            ("YE4-132磁钢技术协议.docx", "docx", [
                "# YE4-132 磁钢技术协议 (外购件)",
                "1. 适用范围: 本协议适用于华东电机向供方采购的烧结钕铁硼磁钢, 零件号 YE4-132-CG-01.",
                "2. 牌号及性能: N38UH, 20 ℃ 时 Br ≥ 1.22 T, HcJ ≥ 1990 kA/m; 供方提供每批性能报告.",
                [["项目", "要求"], ["尺寸", "30 × 15 × 4 (mm), 公差 ±0.05"], ["镀层", "环氧 15~25 μm"],
                 ["充磁", "不充磁交货"], ["包装", "防潮吸塑盒, 每盒 200 片"]],
                "3. 来料检验: 按 GB/T 2828.1 一般检验水平 II, AQL 0.65; 抽测尺寸、外观, 每批 5 片测磁性能.",
                "4. 供方须保证原材料可追溯, 变更材料或工艺须提前 3 个月书面通知需方.",
            ]),
        ],
    },
    {
        "name": "fmt-email-07.eml",
        "label": ctl(
            "b", NDFEB, "NdFeB", "other", "zh",
            "发给设备厂家的氢破炉维修邮件及附件维修记录: 故障、拆换旋转接头密封、检漏、试运行; 吸氢压力等只作"
                "恢复确认目标",
        ),
        "from": "设备部 韩冬 <han.dong@hengci-magnetics.example>",
        "to": "售后服务 <service@kerong-vac.example>",
        "cc": "周建平 <zhou.jp@hengci-magnetics.example>",
        "subject": "HD-600 2#氢破炉 旋转接头泄漏 维修情况反馈",
        "date": (2025, 7, 22, 20, 14),
        "tz": 8,
        "msgid": "<20250722201400.3391@hengci-magnetics.example>",
        "cte": "quoted-printable",
        "body": """
            王工您好:

            7月20日2#氢破炉(出厂编号 KR-HD600-1907)脱氢阶段真空度升不上去, 检查为进气端旋转接头
            密封失效. 我方已按贵司指导更换密封组件并完成检漏和试运行, 详细记录见附件,
            请确认是否需要同时更换轴承, 以及备件报价.

            设备部 韩冬
        """,
        "attachments": [
            ("2#氢破炉维修记录_20250722.docx", "docx", [
                "# 设备维修记录  WO-25-0722-03",
                [["设备", "HD-600 回转式氢破炉 2#"], ["故障时间", "2025-07-20 03:40"],
                 ["故障现象", "脱氢保温段真空度只能到 85 Pa (正常 ≤ 20 Pa), 炉管转动时波动"],
                 ["停机时长", "38 h"]],
                "## 检查与维修",
                "1. 停炉冷却至 40 ℃ 以下, N2 置换, 氢含量 < 0.5% 后开工作票.",
                "2. 氦检漏定位: 进气端旋转接头漏率 3×10⁻⁶ Pa·m³/s, 其余部位合格.",
                "3. 拆除旋转接头, 更换氟橡胶密封组件 (备件号 KR-RJ-080-S) 和 O 形圈 2 只; 密封面研磨.",
                "4. 复装后整机检漏 ≤ 1×10⁻⁹ Pa·m³/s, 静态压升率 0.3 Pa/h, 合格.",
                "## 试运行",
                "空炉运转 2 h 无异常; 投料 300 kg 试运行一批, 吸氢压力与时间、脱氢温度按原工艺卡执行, "
                "脱氢末真空 12 Pa, 出料粉末 H 含量 1280 ppm, 与故障前一致, 交付生产.",
                "维修人: 韩冬 / 刘鹏   验收: 周建平   2025-07-22",
            ]),
        ],
    },
    {
        "name": "fmt-email-08.eml",
        "label": exc(
            "patent-filing", "a", "recycling", "", "other", "zh",
            "发给专利代理人的邮件, 附发明专利申请的权利要求书和说明书初稿(稀土抛光粉废料回收); 专利申请材料",
        ),
        "from": "知识产权部 陈敏 <chen.min@jinling-re.example>",
        "to": "李律师 <li@ip-agency.example>",
        "cc": "",
        "subject": "申请文件初稿: 一种废稀土抛光粉中回收铈的方法 (案号 JL-P-2025-019)",
        "date": (2025, 9, 25, 11, 3),
        "tz": 8,
        "msgid": "<ipr-20250925-019@jinling-re.example>",
        "cte": "base64",
        "body": """
            李律师:

            附件是案号 JL-P-2025-019 的权利要求书和说明书初稿, 发明人已确认技术内容.
            请帮忙完善权利要求的层次, 并检索一下 CN 近三年的类似申请, 争取10月15日前递交.
            费用按框架协议执行.

            陈敏
        """,
        "attachments": [
            ("JL-P-2025-019_权利要求书及说明书_初稿.docx", "docx", [
                "# 权利要求书",
                "1. 一种从废稀土抛光粉中回收铈的方法, 其特征在于, 包括以下步骤: (1) 将废抛光粉与浓硫酸按"
                "质量比 1:1.2 混合, 于 250~300 ℃ 焙烧 2 h; (2) 焙烧产物水浸, 液固比 5:1; (3) 浸出液经"
                "草酸沉淀、900 ℃ 灼烧得到氧化铈.",
                "2. 根据权利要求1所述的方法, 其特征在于, 步骤(1)中加入氟化钙作为助剂, 加入量为废粉质量的 3%.",
                "3. 根据权利要求1所述的方法, 其特征在于, 所述氧化铈纯度 ≥ 99%.",
                "# 说明书",
                "技术领域: 本发明涉及稀土二次资源回收技术领域, 具体涉及一种从废稀土抛光粉中回收铈的方法.",
                "背景技术: 废稀土抛光粉中 CeO2 含量达 50~70%, 目前多作为固废填埋 ......",
                "发明内容: 本发明的目的在于提供一种回收率高、流程短的方法 ......",
                "具体实施方式: 实施例1 取废抛光粉 100 g ...... 铈回收率 94.6%.",
            ]),
        ],
    },
    {
        "name": "fmt-email-09.eml",
        "label": clr(
            "email", "en",
            "copper SX-EW daily operations mail with CSV of PLS, raffinate, O/A and LIX concentration; "
                "copper",
            hard=True,
        ),
        "from": "Control Room SX <sx-control@kansoko-copper.example>",
        "to": "Metallurgy <metallurgy@kansoko-copper.example>",
        "cc": "",
        "subject": "SX daily report 2025-10-07",
        "date": (2025, 10, 8, 6, 5),
        "tz": 2,
        "msgid": "<sx-daily-20251007@kansoko-copper.example>",
        "cte": "7bit",
        "body": """
            Daily SX report attached (auto-generated).

            Comments night shift: E2 settler crud build-up, crud pumped to treatment at 02:30.
            Raffinate Cu slightly high after 03:00 - PLS flow was increased to 640 m3/h, reduced again
            at 05:00. Extractant top-up 800 L LIX 984N planned for day shift.
        """,
        "attachments": [("SX_daily_2025-10-07.csv", "csv", {"rows": "cu_daily", "encoding": "utf-8"})],
    },
    {
        "name": "fmt-email-10.eml",
        "label": ctl(
            "a", "recycling", "", "process-spec", "mixed",
            "mail to overseas subsidiary with a Chinese PDF process card for Y/Eu recovery from spent lamp "
            "phosphors (alkali fusion, HCl leach, extraction, oxalate precipitation, calcination)",
        ),
        "from": "Wang Chen <wang.chen@jinling-re.example>",
        "to": "Nguyen Van Minh <minh.nv@jl-recycling-vn.example>",
        "cc": "",
        "subject": "phosphor recovery - process card / 废荧光粉工艺卡",
        "date": (2025, 5, 9, 15, 47),
        "tz": 8,
        "msgid": "<20250509154700.7712@jinling-re.example>",
        "cte": "base64",
        "body": """
            Hi Minh,

            attached is our current process card for the spent phosphor line (Chinese version, English
            translation next week). Please use it for the pilot trial at your site.
            附件为现行工艺卡, 试验时如有偏差请及时反馈.

            Wang Chen
        """,
        "attachments": [
            ("RC-P-007_废荧光粉回收工艺卡.pdf", "pdf-zh", [
                "# 废荧光粉回收钇铕 工艺卡  RC-P-007 (B版)",
                "适用原料: 废节能灯三基色荧光粉, Y2O3 18~25 %, Eu2O3 1.2~1.8 %, 含 Al、Ba、Mg、Si、Hg 残留.",
                [
                    ["序号", "工序", "工艺条件", "控制指标"],
                    ["1", "脱汞", "回转炉 550 ℃, 负压 2 h", "Hg < 5 mg/kg"],
                    ["2", "碱熔", "NaOH : 粉 = 1.5 : 1, 650 ℃ × 2 h", "铝酸盐分解完全"],
                    ["3", "水洗", "液固比 8:1, 80 ℃ 洗 3 次", "Na 洗至 < 0.5 %"],
                    ["4", "酸溶", "HCl 4 mol/L, 85 ℃, 液固比 6:1, 2 h", "Y 浸出率 ≥ 98 %"],
                    ["5", "萃取", "P507 1.0 mol/L, 皂化 35 %, 12 级萃取 + 8 级反萃", "Y/Eu 分组"],
                    ["6", "沉淀", "草酸 1.2 倍理论量, pH 1.5~2.0, 60 ℃", "沉淀率 ≥ 99 %"],
                    ["7", "灼烧", "900 ℃ × 3 h", "Y2O3 ≥ 99.99 %, Eu2O3 ≥ 99.9 %"],
                ],
                "注: 碱熔渣中 Ba、Mg 进入水洗液, 需单独处理; 酸溶液 Fe > 0.1 g/L 时先用 P204 预萃除铁.",
                "编制: 王晨  审核: 郭然  批准: 马辉   2025-04-28",
            ]),
        ],
    },
]


# ======================================================================================
# 7. ZIP archives
# ======================================================================================
# members: (path, kind, payload); kind: txt | csv | xlsx | docx | pdf | dxf | nc | zip.
#   txt/nc: (text, encoding); csv: {"rows": [...] or generator name, "encoding"};
#   dxf: a DXF spec like DXF_DOCS entries (without label); zip: a list of members.

_NOZZLE_DXF = {
    "name": "JM400-05-01.dxf",
    "lang": "zh",
    "date": (2025, 4, 23),
    "scale": 1,
    "header": {"$PROJECTNAME": "QLM-400 spares", "$LASTSAVEDBY": "Kevin Xu"},
    "custom": {"DWG": "JM400-05-01"},
    "title": {
        "DWG_NO": "JM400-05-01", "TITLE": "研磨喷嘴 Grinding nozzle "
            "(Laval)", "MATERIAL": "ZrO2 (Y-TZP) 内衬 / 316L 壳体",
        "SCALE": "2:1", "WEIGHT": "0.21 kg", "DRAWN": "Kevin Xu", "CHECKED": "沈浩", "APPROVED": "—",
        "DATE": "2025-04-23", "COMPANY": "瑞磁科技 JM Section", "SHEET": "1/1", "REV": "B",
    },
    "prims": [
        ("rect", 40, 180, 120, 40, "outline"),
        ("line", 40, 196, 100, 197.9, "thin"),
        ("line", 100, 197.9, 160, 194, "thin"),
        ("line", 40, 204, 100, 202.1, "thin"),
        ("line", 100, 202.1, 160, 206, "thin"),
        ("cl", 30, 200, 170, 200),
        ("hdim", 40, 160, 220, 232, "60"),
        ("vdim", 197.9, 202.1, 100, 110, "%%c4.2 喉径"),
        ("vdim", 194, 206, 160, 172, "%%c6.0"),
        ("text", 60, 170, 2.5, "M24x1.5 外螺纹", "text"),
    ],
    "notes_title": "技术要求",
    "notes": [
        "1. 用于QLM-400气流磨, 研磨NdFeB氢破粉; 三喷嘴水平对喷, 对喷点位于分级轮下沿以下180 mm.",
        "2. 研磨气体N2, 入口压力0.65 MPa, O2≤30 ppm; 单嘴耗气约 4.8 Nm³/min.",
        "3. 喉径%%c4.2 H7, 扩张角 7°, 内表面Ra 0.4; 喉径磨损至%%c4.5更换 (D90/D10 > 5 时检查).",
        "4. 三只喷嘴成组更换, 喉径差 ≤ 0.02 mm.",
    ],
}

_SHAFT_DXF = {
    "name": "M220-RT-01.dxf",
    "lang": "en",
    "date": (2025, 5, 12),
    "scale": 1,
    "header": {"$PROJECTNAME": "M220 rotor", "$LASTSAVEDBY": "p.novak"},
    "custom": {"PartNo": "M220-RT-01"},
    "title": {
        "DWG_NO": "M220-RT-01", "TITLE": "ROTOR SHAFT M220", "MATERIAL": "42CrMo4+QT", "SCALE": "1:1",
        "WEIGHT": "3.1 kg", "DRAWN": "P. Novak", "CHECKED": "L. Hart", "APPROVED": "R. Imhof",
        "DATE": "2025-05-12", "COMPANY": "Aldenwerk Drives AG", "SHEET": "1/1", "REV": "B",
    },
    "prims": [
        ("rect", 20, 190, 40, 20, "outline"),
        ("rect", 60, 185, 90, 30, "outline"),
        ("rect", 150, 190, 50, 20, "outline"),
        ("cl", 10, 200, 210, 200),
        ("hdim", 20, 200, 215, 228, "180"),
        ("vdim", 185, 215, 150, 160, "%%c30 h6"),
    ],
    "notes_title": "NOTES",
    "notes": ["1. Induction harden bearing seats 50-55 HRC.", "2. General tolerances ISO 2768-mK."],
}

ZIP_DOCS: list[dict] = [
    {
        "name": "fmt-zip-01.zip",
        "label": ctl(
            "a", NDFEB, "NdFeB", "drawing", "mixed",
            "jet-mill spares package; the nozzle DXF notes give NdFeB HD-powder milling gas, pressure, O2 "
            "limit and nozzle arrangement (BOM and readme are harmless)",
        ),
        "members": [
            ("JM-400_spares/readme.txt", "txt", ("""
                QLM-400 jet mill - spare part drawings for quotation
                Sent to: machining suppliers (3), 2025-04-25
                Contents:
                  drawings/JM400-05-01.dxf   grinding nozzle (Laval), qty 12
                  BOM_JM400_spares.xlsx      list with materials and quantities
                Please quote by 2025-05-09, delivery DAP Ningbo.
                Contact: Kevin Xu, ext. 6612
            """, "utf-8")),
            ("JM-400_spares/drawings/JM400-05-01.dxf", "dxf", _NOZZLE_DXF),
            ("JM-400_spares/BOM_JM400_spares.xlsx", "xlsx", [("BOM", [
                ["Pos", "Drawing", "Description", "Material", "Qty"],
                [1, "JM400-05-01", "Grinding nozzle", "ZrO2 / 316L", 12],
                [2, "JM400-05-04", "Nozzle holder", "316L", 3],
                [3, "JM400-07-05", "Outlet sleeve", "7075-T651", 2],
                [4, "JM400-09-02", "Gasket set", "PTFE", 6],
            ])]),
        ],
    },
    {
        "name": "fmt-zip-02.zip",
        "label": clr(
            "other", "en",
            "motor maker's RFQ package: purchased-magnet spec, shaft drawing, volume forecast; buys magnets",
            hard=True,
        ),
        "members": [
            ("RFQ_M220_rotor_magnets.txt", "txt", ("""
                RFQ 2025-0412  -  Rotor magnets for M220 traction motor
                Buyer: Aldenwerk Drives AG, Sourcing EMEA
                Parts: M220-RM-04 (magnetised) / M220-RM-05 (unmagnetised), see purchase spec
                Volumes: see forecast_2026.csv; SOP 2026-07
                Quote: price per piece for 3 volume bands, tooling, PPAP cost, lead time, Incoterms FCA
                Deadline: 2025-05-16
            """, "utf-8")),
            ("M220-RM-04_purchase_spec.docx", "docx", [
                "# Purchase specification M220-RM-04, rev D",
                "Part: sintered NdFeB magnet segment 40 x 12 x 4.5 mm, grade N48H (IEC 60404-8-1 class).",
                [["Property", "Requirement"], ["Br (20 °C)", "≥ 1.36 T"], ["HcJ (20 °C)", "≥ 1353 kA/m"],
                 ["Coating", "NiCuNi 10-20 µm, salt spray 48 h"], ["Tolerance", "±0.05 mm"],
                 ["Magnetisation", "through thickness, RM-04 only"]],
                "Supplier to provide material certificate per lot, B-H curve at 20 and 150 °C, PPAP level 3.",
            ]),
            ("drawings/M220-RT-01.dxf", "dxf", _SHAFT_DXF),
            ("forecast_2026.csv", "csv", {"rows": [
                ["Part", "2026", "2027", "2028"], ["M220-RM-04", 420000, 960000, 1280000],
                ["M220-RM-05", 40000, 60000, 60000],
            ], "encoding": "utf-8"}),
        ],
    },
    {
        "name": "fmt-zip-03.zip",
        "label": ctl(
            "a", NDFEB, "NdFeB", "nc-program", "mixed",
            "CNC backup archive; a nested ZIP holds slicing programs for 45UH and N52 NdFeB blocks with "
                "blade, "
            "pitch, feed and coolant comments",
        ),
        "members": [
            ("readme.txt", "txt", ("""
                Backup of CNC programs, machine QP-12 #3 (slicing), taken 2025-10-31 by IT/maintenance.
                Restore with the DNC tool only. Inner archive = program memory dump.
            """, "utf-8")),
            ("machine_list.csv", "csv", {"rows": [
                ["machine", "type", "control", "location"], ["QP-12 #1", "multi-blade "
                    "slicer", "GSK 980MDi", "M2"],
                ["QP-12 #2", "multi-blade slicer", "GSK 980MDi", "M2"], ["QP-12 #3", "multi-blade slicer",
                                                                         "GSK 980MDi", "M2"],
                ["DDS-580", "double disc grinder", "840D sl", "M3"],
            ], "encoding": "utf-8"}),
            ("programs/QP12-3_programs.zip", "zip", [
                ("O2140.nc", "nc", ("""
                    %
                    O2140 (45UH 60X40X30 -> 3.0MM)
                    (工件: 45UH 烧结毛坯 60 X 40 X 30, 取向 // 30)
                    (刀组: 金刚石刀片 D130 X 0.35, 9 片, 隔片 3.40)
                    (成品 3.00 + 双面磨量 0.05)
                    (冷却: 水基 5%, 20 L/MIN; 油泥进回收桶)
                    G21 G90 G54
                    M03 S2800
                    M08
                    G00 X-45.0 Z2.0
                    #1=0.6
                    #3=#1
                    WHILE [#3 LE 41.0] DO1
                    G01 Z-#3 F35
                    G01 X70.0 F50
                    G00 Z2.0
                    G00 X-45.0
                    #3=#3+#1
                    END1
                    G00 Z50.0 M09
                    M05
                    M30
                    %
                """, "gb18030")),
                ("O2141.nc", "nc", ("""
                    %
                    O2141 (N52 50X25X20 -> 1.5MM)
                    (工件: N52 毛坯 50 X 25 X 20, 取向 // 20)
                    (刀组: D110 X 0.25, 13 片, 隔片 1.80)
                    (成品 1.50 + 磨量 0.05; N52 易崩边 切入 F30)
                    G21 G90 G54
                    M03 S3400
                    M08
                    G00 X-35.0 Z2.0
                    #1=0.5
                    #3=#1
                    WHILE [#3 LE 26.0] DO1
                    G01 Z-#3 F30
                    G01 X60.0 F45
                    G00 Z2.0
                    G00 X-35.0
                    #3=#3+#1
                    END1
                    G00 Z50.0 M09
                    M05
                    M30
                    %
                """, "gb18030")),
                ("tool_table.txt", "txt", ("""
                    T01 blade set D130x0.35 x9  spacer 3.40
                    T02 blade set D110x0.25 x13 spacer 1.80
                    T03 blade set D110x0.30 x11 spacer 2.25
                """, "utf-8")),
            ]),
            ("maintenance/lube_schedule.txt", "txt", ("""
                QP-12 lubrication: spindle grease every 500 h (Kluber NBU 15, 4 g)
                Way lube: ISO VG 68, auto every 30 min. Coolant tank cleaning weekly.
            """, "utf-8")),
        ],
    },
    {
        "name": "fmt-zip-04.zip",
        "label": clr(
            "other", "zh",
            "稀土冶炼企业三季度成本报表、花名册与绩效通知; 财务和人事资料, 无工艺",
            hard=True,
        ),
        "members": [
            ("Q3/三季度成本报表.xlsx", "xlsx", [("成本中心", [
                ["成本中心", "7月(万元)", "8月(万元)", "9月(万元)", "合计"],
                ["萃取车间", 412.6, 398.1, 421.9, 1232.6], ["焙烧车间", 286.4, 301.2, 295.0, 882.6],
                ["电解车间", 655.8, 671.3, 648.2, 1975.3], ["动力车间(电费)", 530.0, 548.7, 522.4, 1601.1],
                ["管理费用", 188.2, 176.5, 192.3, 557.0],
            ]), ("说明", [["备注"], ["电费按峰谷电价分摊, 盐酸、液碱按领料单计入萃取车间."]])]),
            ("Q3/人员花名册_2025Q3.csv", "csv", {"rows": [
                ["部门", "在岗人数", "新入职", "离职"], ["萃取车间", 146, 6, 3], ["焙烧车间", 58, 2, 1],
                ["电解车间", 92, 4, 2], ["质检中心", 31, 1, 0], ["设备部", 44, 2, 1], ["综合管理", 37, 0, 2],
            ], "encoding": "gb18030"}),
            ("Q3/关于三季度绩效考核的通知.docx", "docx", [
                "# 关于开展2025年三季度绩效考核的通知",
                "各部门: 根据公司绩效管理办法, 现开展三季度绩效考核工作, 请于10月15日前提交考核表.",
                "考核结果与季度奖金挂钩, A 档不超过部门人数的 20%.",
                "人力资源部  2025年10月8日",
            ]),
        ],
    },
    {
        "name": "fmt-zip-05.zip",
        "label": ctl(
            "b", "separation", "", "process-spec", "zh",
            "萃取一线年度检修资料包: 停车、有机相转储、槽体清洗、搅拌器检修、恢复运行方案和检修记录; 纯度仅作"
                "恢复确认",
        ),
        "members": [
            ("SX1_2025年度检修/SX1年度检修方案.docx", "docx", [
                "# 萃取一线 2025 年度检修方案",
                "一、检修时间: 2025年11月10日~11月24日, 共 15 天.",
                "二、停车顺序: 停止进料 → 继续运行 8 h 回收槽内稀土 → 停止洗酸和皂化 → 有机相转储至 "
                    "T-301/302 "
                "→ 水相排至事故池 → 各级槽体排空.",
                "三、检修内容:",
                [["序号", "项目", "标准"],
                 ["1", "搅拌器减速机换油, 机封检查", "油位中线, 机封无渗漏"],
                 ["2", "PP 槽体焊缝检查", "火花检测 15 kV 无击穿"],
                 ["3", "级间连通孔、堰板清理", "无结垢, 堰板高度 ±2 mm"],
                 ["4", "流量计、pH 计校验", "误差 ≤ 1 %"],
                 ["5", "界面污物清理", "污物送三相分离处理"]],
                "四、恢复运行: 先注水相试漏 24 h → 按原比例回注有机相 → 按原工艺流比恢复皂化和洗酸 → 进料按 "
                    "50%、"
                "100% 两步恢复; 产品纯度恢复至检修前水平 (Nd2O3 ≥ 99.5%) 后转入正常生产.",
                "五、安全: 受限空间作业票、动火票; 有机相区域禁止明火.",
            ]),
            ("SX1_2025年度检修/检修记录_SX1.xlsx", "xlsx", [("记录", [
                ["日期", "级号", "项目", "处理情况", "负责人"],
                ["2025-11-11", "12", "搅拌机封渗漏", "更换机封", "刘鹏"],
                ["2025-11-12", "23~27", "堰板结垢", "清理, 复测高度", "王刚"],
                ["2025-11-13", "41", "焊缝击穿点 1 处", "补焊, 复检合格", "刘鹏"],
                ["2025-11-15", "全线", "pH 计校验", "8 台全部合格", "李慧"],
            ])]),
            ("SX1_2025年度检修/照片清单.txt", "txt", ("""
                IMG_2311.jpg  12级机封拆卸
                IMG_2318.jpg  23级堰板结垢
                IMG_2340.jpg  41级焊缝补焊
            """, "utf-8")),
        ],
    },
    {
        "name": "fmt-zip-06.zip",
        "label": clr(
            "other", "en",
            "aluminium potline reline report and preheat log (cryolite bath start-up); aluminium, not rare "
                "earth",
            hard=True,
        ),
        "members": [
            ("P-118_reline/P-118_reline_report.docx", "docx", [
                "# Pot P-118 relining report",
                "Potline 2, 400 kA prebake cell. Reason: cathode failure (iron in metal 0.32 %) after 2,410 "
                    "days.",
                "Work: removed spent pot lining (SPL 82 t), installed 24 graphitised cathode blocks with "
                    "cast-iron "
                "rodding, side-wall SiC blocks, ramming paste 14.5 t.",
                "Preheat: resistor bed 72 h to 930 °C surface. Start-up bath: cryolite ratio 2.8, 965 °C; "
                "metal added after 24 h; normal ratio 2.4 reached day 12.",
                [["Item", "Result"], ["Cathode voltage drop day "
                    "30", "285 mV"], ["Fe in metal day 30", "0.11 %"]],
            ]),
            ("P-118_reline/P-118_preheat_log.csv", "csv", {"rows": "al_preheat", "encoding": "utf-8"}),
        ],
    },
    {
        "name": "fmt-zip-07.zip",
        "label": ctl(
            "a", "mining", "", "parameter-sheet", "zh",
            "原地浸矿采场季度数据包: GB18030编码注液/收液/除杂/沉淀记录表和浸矿剂配制说明",
        ),
        "members": [
            ("YK-07/YK-07_注液收液记录_2025Q3.csv", "csv", {"rows": "yk07_log", "encoding": "gb18030"}),
            ("YK-07/说明.txt", "txt", ("""
                YK-07 采场 三季度注液收液数据说明
                浸矿剂: 硫酸镁, 前 30 天 3.0%, 之后 2.0%, 配液 pH 5.0
                注液井 Φ0.2 m, 网度 2 m × 2 m, 共 1860 口, 分 A/B/C 三个井组轮注
                收液: 导流孔 + 集液沟 → 收液池; 除杂 pH 5.1 (碳酸氢铵), 沉淀终点 pH 6.9
                上清液补加硫酸镁后返回配液池
                数据由采场技术员每日 8:00 录入
            """, "gb18030")),
        ],
    },
    {
        "name": "fmt-zip-08.zip",
        "label": clr(
            "other", "en",
            "conference attendee pack (programme with talk titles on rare earths, travel info, registration "
            "list); logistics only",
            hard=True,
        ),
        "members": [
            ("REConf2025/programme.pdf", "pdf", [
                "# Rare Earth Industry Forum 2025 - Programme",
                "Venue: Congress Centre, Hall 2. 24-25 November 2025.",
                [["Time", "Talk", "Speaker"],
                 ["09:00", "Opening and market outlook 2026", "A. Lindqvist"],
                 ["09:40", "Supply chains after the 2025 export-control measures", "M. Osei"],
                 ["10:40", "Magnet recycling: business models", "S. Park"],
                 ["11:20", "Panel: securing heavy rare earths", "various"],
                 ["14:00", "Grain boundary diffusion - an industry overview", "K. Yamada"],
                 ["15:00", "Permanent magnet motors without heavy RE", "L. Duarte"]],
                "Slides will be published on the forum website after the event.",
            ]),
            ("REConf2025/travel_info.txt", "txt", ("""
                Airport shuttle every 30 min from Terminal 1, 06:00-23:00.
                Hotel block: Hotel Central, code REF25, until 10 Nov.
                Dinner 24 Nov 19:30, Harbour Restaurant.
            """, "utf-8")),
            ("REConf2025/registration.csv", "csv", {"rows": [
                ["id", "name", "organisation", "country"], [101, "A. Lindqvist", "Nordic Metals "
                    "Analytics", "SE"],
                [102, "M. Osei", "Policy Institute", "GH"], [103, "S. Park", "K-Recycle", "KR"],
                [104, "K. Yamada", "Magnet Consulting", "JP"],
            ], "encoding": "utf-8"}),
        ],
    },
]


# ======================================================================================
# 8. Scanned images
# ======================================================================================
# Blocks: ("h", text) title; ("p", text) wrapped paragraph; ("table", rows) ruled table;
# ("sig", text) right-aligned line; ("gap", px). "fmt": png | jpg | tif | tif1 (1-bit G4) | pdf.
# "rot" (deg), "noise" (0..1) and "blur" add scanner realism.

SCAN_DOCS: list[dict] = [
    {
        "name": "fmt-scan-01.png", "fmt": "png", "rot": 0.4, "noise": 0.0,
        "label": ctl(
            "a", NDFEB, "NdFeB", "process-spec", "zh",
            "扫描的45UH烧结回火工艺卡: 各段温度、升温速率、保温时间、真空度和冷却方式",
        ),
        "blocks": [
            ("h", "工艺卡  QP-S-052  (B版)"),
            ("table", [["产品", "45UH 烧结毛坯", "工序", "烧结 / 回火"],
                       ["设备", "VSF-600 真空烧结炉", "装炉量", "≤ 600 kg"]]),
            ("gap", 16),
            ("table", [["段", "温度 ℃", "升温 ℃/min", "保温 min", "真空/气氛"],
                       ["1", "400", "3", "120", "≤ 10 Pa"],
                       ["2", "850", "3", "180", "≤ 1 Pa"],
                       ["3", "1000", "2", "30", "≤ 5×10-3 Pa"],
                       ["4", "1075", "1.5", "360", "≤ 5×10-3 Pa"],
                       ["5", "风冷", "—", "—", "Ar 80 kPa 至 80 ℃"],
                       ["回火1", "910", "5", "180", "Ar 风冷"],
                       ["回火2", "520", "5", "240", "Ar 风冷"]]),
            ("p", "注: 1. 压坯入炉前手套箱内拆袋, 暴露空气时间不超过 10 分钟。"
                  "2. 烧结段真空度超过 1×10-2 Pa 时报警, 暂停升温。"
                  "3. 出炉检测密度 ≥ 7.55 g/cm³, 随炉样块测 Br、HcJ。"),
            ("sig", "编制: 刘芳   审核: 周建平   批准: 王海   2025-05-06"),
        ],
    },
    {
        "name": "fmt-scan-02.jpg", "fmt": "jpg", "rot": -0.6, "noise": 0.05, "quality": 75,
        "label": ctl(
            "a", "separation", "", "parameter-sheet", "en",
            "scanned SX set-point sheet for a La-Ce/Pr-Nd split: extractant, saponification, stage split, "
            "flows, acid strengths and product targets",
        ),
        "blocks": [
            ("h", "SX LINE 1  -  SET-POINT SHEET  (La,Ce / Pr,Nd split)"),
            ("p", "Organic: P507 1.5 M in sulfonated kerosene, saponified 38 % (NaOH 10 M). "
                  "Stages: extraction 1-28, scrub 29-50, strip 51-60. Feed enters stage 28."),
            ("table", [["Stream", "Flow L/min", "Conc.", "Stage"],
                       ["Feed RECl3", "12.0", "1.45 M, pH 2.5", "28"],
                       ["Organic", "86.5", "1.5 M P507", "1"],
                       ["NaOH sapon.", "9.8", "10 M", "S1-S4"],
                       ["Scrub HCl", "21.0", "3.2 M", "50"],
                       ["Strip HCl", "14.5", "5.5 M", "60"]]),
            ("p", "Targets: raffinate (La,Ce) PrNd/REO < 0.05 %; strip liquor (Pr,Nd) La+Ce/REO < 0.1 %. "
                  "Check stage 28 and 40 samples every shift."),
            ("sig", "Rev 4  -  approved: Huang J.  2025-03-18"),
        ],
    },
    {
        "name": "fmt-scan-03.png", "fmt": "png", "rot": -0.3, "noise": 0.0,
        "label": ctl(
            "b", "metal-smelting", "", "other", "zh",
            "扫描的电解槽维修工单: 阴极导电杆烧损更换、升温恢复通电; 温度电流只作恢复目标",
        ),
        "blocks": [
            ("h", "设备维修工单  No. EL-2025-0611"),
            ("table", [["设备", "5# 稀土电解槽 (6 kA)", "报修时间", "2025-06-11 02:15"],
                       ["报修人", "夜班 赵强", "维修班组", "电解维修组"]]),
            ("p", "故障描述: 阴极导电杆与钨阴极连接处发红, 槽电压由 10.1 V 升至 11.6 V, 连接处烧损。"),
            ("p", "处理过程: 1. 降电流至 2 kA 保温, 吊出阴极组件; 2. 更换铜钢爆炸焊导电杆及连接套, "
                  "接触面打磨并涂导电膏; 3. 钨阴极检查无裂纹, 复用; 4. 回装后测量接触压降 ≤ 25 mV。"),
            ("p", "恢复: 逐步升电流至 6 kA, 槽温恢复至 1040~1050 ℃ 后恢复正常加料, "
                  "槽电压 10.2 V, 运行 4 h 无异常。"),
            ("table", [["更换备件", "数量"], ["阴极导电杆 EC6-17", "1"], ["连接套 EC6-18", "1"]]),
            ("sig", "维修人: 孙斌  验收: 郭然   2025-06-11 09:40"),
        ],
    },
    {
        "name": "fmt-scan-04.jpg", "fmt": "jpg", "rot": 0.7, "noise": 0.06, "quality": 70,
        "label": clr("other", "zh", "扫描的稀土市场周报价格表与简评; 市场资料", hard=True),
        "blocks": [
            ("h", "稀土市场周报  2025年第45周"),
            ("table", [["产品", "规格", "均价 (万元/吨)", "周涨跌"],
                       ["氧化镨钕", "≥99%", "55.3", "+0.8"],
                       ["金属镨钕", "≥99%", "67.6", "+0.9"],
                       ["氧化镝", "≥99.5%", "163", "0"],
                       ["氧化铽", "≥99.99%", "706", "-2"],
                       ["氧化镧", "≥99.99%", "0.42", "0"]]),
            ("p", "简评: 本周镨钕价格小幅上行, 下游磁材企业按需采购, 成交以长单为主。"
                  "出口管制措施实施后, 海外询价增多, 但实际成交有限。预计下周价格以稳为主。"),
            ("sig", "数据来源: 行业协会及市场调研, 仅供参考"),
        ],
    },
    {
        "name": "fmt-scan-05.png", "fmt": "png", "rot": 0.0, "noise": 0.0,
        "label": clr("other", "zh", "食堂本周菜单; 与管制无关"),
        "blocks": [
            ("h", "职工食堂 本周菜单  (11月3日-11月7日)"),
            ("table", [["日期", "午餐", "晚餐"],
                       ["周一", "红烧肉 / 清炒时蔬 / 番茄蛋汤", "鱼香肉丝 / 麻婆豆腐"],
                       ["周二", "宫保鸡丁 / 蒜蓉西兰花", "土豆牛腩 / 醋溜白菜"],
                       ["周三", "糖醋排骨 / 干煸豆角", "水饺 (猪肉白菜)"],
                       ["周四", "香菇滑鸡 / 地三鲜", "回锅肉 / 紫菜汤"],
                       ["周五", "清蒸鱼 / 炒青菜", "牛肉面"]]),
            ("p", "用餐时间: 午餐 11:30-13:00, 晚餐 17:30-19:00。夜班人员凭工卡领取夜宵。"),
            ("sig", "后勤服务中心"),
        ],
    },
    {
        "name": "fmt-scan-06.tif", "fmt": "tif1", "rot": 0.5, "noise": 0.0,
        "label": ctl(
            "a", NDFEB, "SmCo", "parameter-sheet", "en",
            "bilevel TIFF of a 2:17 SmCo solution/ageing furnace batch record with set-points, slow-cool "
            "rate and actual readings",
        ),
        "blocks": [
            ("h", "AGEING FURNACE BATCH RECORD   AF-2  /  Batch 25-0317"),
            ("table", [["Grade", "YXG-32H (Sm2Co17)", "Load", "38.5 kg, 5 racks"],
                       ["Program", "HT-SC-005 rev C", "Operator", "Yang F."]]),
            ("table", [["Step", "Set", "Actual", "Time"],
                       ["Solution", "1185 C / 3 h", "1184-1187 C", "08:10-11:10"],
                       ["Quench", "Ar fan to 50 C", "48 C", "11:10-11:55"],
                       ["Ageing", "830 C / 12 h", "829-832 C", "13:00-01:00"],
                       ["Slow cool", "0.7 C/min to 400 C", "0.68-0.72", "01:00-11:15"],
                       ["Hold", "400 C / 10 h", "399-401 C", "11:15-21:15"],
                       ["Quench", "Ar fan", "", "21:15"]]),
            ("p", "Vacuum before backfill 3.2E-3 Pa. Sample magnets: Br 1.12 T, HcJ 2150 kA/m. OK."),
            ("sig", "Checked: Lu X.  2025-03-19"),
        ],
    },
    {
        "name": "fmt-scan-07.jpg", "fmt": "jpg", "rot": -0.8, "noise": 0.04, "quality": 75,
        "label": clr(
            "other", "mixed",
            "incoming-inspection record of purchased N42SH magnets (dimensions, Br/HcJ sample checks); "
            "buyer's QC, no manufacture",
            hard=True,
        ),
        "blocks": [
            ("h", "来料检验记录 Incoming Inspection Record"),
            ("table", [["供应商 Supplier", "Hengci Magnetics", "物料 Part", "M150-RM-02 N42SH"],
                       ["批号 Lot", "HC250921-07", "数量 Qty", "16,000 pcs"]]),
            ("table", [["项目 Item", "要求 Spec", "实测 Result", "判定"],
                       ["外观 Appearance", "无裂纹 崩边≤0.2", "OK", "合格"],
                       ["长 L", "40.00±0.05", "39.98-40.02", "合格"],
                       ["厚 T", "4.50±0.03", "4.49-4.52", "合格"],
                       ["Br (20 C)", "≥1.27 T", "1.30 / 1.31 / 1.30", "合格"],
                       ["HcJ (20 C)", "≥1592 kA/m", "1655 / 1662 / 1649", "合格"],
                       ["镀层 NiCuNi", "10-20 um", "14 um", "合格"]]),
            ("p", "结论 Conclusion: 接收 Accept.  抽样 GB/T 2828.1 II, AQL 0.65."),
            ("sig", "检验员 Inspector: 李娜   2025-10-09"),
        ],
    },
    {
        "name": "fmt-scan-08.png", "fmt": "png", "rot": 0.2, "noise": 0.03,
        "label": clr("parameter-sheet", "en", "copper SX plant shift log (PLS, raffinate, O/A); "
            "copper", hard=True),
        "blocks": [
            ("h", "SX PLANT - SHIFT LOG    Date 2025-10-07   Shift C"),
            ("table", [["Time", "PLS m3/h", "PLS Cu g/L", "Raff Cu g/L", "O/A E1", "LO Cu g/L"],
                       ["22:00", "615", "3.82", "0.21", "1.08", "7.9"],
                       ["00:00", "620", "3.79", "0.22", "1.07", "7.8"],
                       ["02:00", "618", "3.85", "0.24", "1.06", "7.9"],
                       ["04:00", "640", "3.80", "0.29", "1.02", "7.7"],
                       ["06:00", "622", "3.81", "0.23", "1.07", "7.8"]]),
            ("p", "Remarks: E2 crud pumped 02:30. Extractant 22.4 v/v% (LIX 984N). Electrolyte to EW 48 g/L "
                "Cu."),
            ("sig", "Shift supervisor: T. Mwansa"),
        ],
    },
    {
        "name": "fmt-scan-09.pdf", "fmt": "pdf", "rot": -0.4, "noise": 0.04,
        "label": ctl(
            "a", "mining", "", "parameter-sheet", "zh",
            "图像型PDF: 原地浸矿注液作业记录, 含浸矿剂浓度、注液量、井组、母液浓度、除杂及沉淀pH",
        ),
        "blocks": [
            ("h", "原地浸矿 注液作业记录表   YK-09 采场"),
            ("table", [["日期", "井组", "注液量 m³", "MgSO4 %", "配液 pH", "母液 REO g/L"],
                       ["10-01", "A1-A40", "412", "3.0", "5.0", "0.62"],
                       ["10-02", "A1-A40", "405", "3.0", "5.0", "0.78"],
                       ["10-03", "A41-A80", "398", "3.0", "5.1", "0.85"],
                       ["10-04", "A41-A80", "420", "2.5", "5.0", "0.91"],
                       ["10-05", "B1-B40", "388", "2.5", "5.0", "0.96"]]),
            ("p", "收液池: 除杂 pH 5.0~5.2 (碳酸氢铵), 沉降 4 h; 沉淀终点 pH 6.8~7.0。"
                  "注液强度控制 0.25~0.30 m³/井·天, 发现冒液、滑坡迹象立即停注并上报。"),
            ("sig", "记录: 黄小平   复核: 钟工"),
        ],
    },
    {
        "name": "fmt-scan-10.pdf", "fmt": "pdf", "rot": 0.3, "noise": 0.03,
        "label": clr("other", "en", "image PDF of a packing list for purchased NdFeB magnet segments; "
            "shipping", hard=True),
        "blocks": [
            ("h", "PACKING LIST   PL-2025-10-0873"),
            ("p", "Shipper: Hengci Magnetics Co., Ltd., Ningbo.  Consignee: Aldenwerk Drives AG.  "
                  "PO 4500127733.  Mode: air freight, UN 2807 magnetised material, shielded packing."),
            ("table", [["Carton", "Part no.", "Description", "Qty", "Gross kg"],
                       ["1-24", "M220-RM-04", "NdFeB N48H 40x12x4.5, magnetised", "24 x 1000", "24 x 18.6"],
                       ["25-28", "M220-RM-05", "NdFeB N48H 40x12x4.5, "
                           "unmagnetised", "4 x 1000", "4 x 17.9"]]),
            ("p", "Total 28 cartons, 518.0 kg gross. Magnetic field at 2.1 m < 0.159 A/m (IATA PI 953)."),
            ("sig", "Logistics dept.  2025-10-27"),
        ],
    },
    {
        "name": "fmt-scan-11.tif", "fmt": "tif", "rot": 0.6, "noise": 0.05,
        "label": ctl(
            "a", "recycling", "", "process-spec", "zh",
            "扫描的钕铁硼油泥氧化焙烧-盐酸优溶工艺卡: 温度时间、料层、pH、液固比、浸出率",
        ),
        "blocks": [
            ("h", "钕铁硼油泥回收 工艺卡  RC-2-03"),
            ("table", [["工序", "设备", "工艺条件", "控制指标"],
                       ["脱油", "真空烘干机", "300 ℃, 4 h", "含油 ≤ 1%"],
                       ["氧化焙烧", "回转窑", "750 ℃, 3 h, 料层 ≤ 60 mm", "Fe2+ < 0.5%"],
                       ["优溶", "搪瓷反应釜", "HCl, pH 3.5~4.0, 85 ℃, L/S 4:1, 2 h", "RE 浸出 ≥ 97%"],
                       ["除铝", "反应釜", "pH 4.5, 60 ℃", "Al < 0.01 g/L"],
                       ["沉淀", "沉淀槽", "草酸 1.15 倍, pH 1.8", "沉淀率 ≥ 99%"],
                       ["灼烧", "推板窑", "950 ℃, 2 h", "REO ≥ 99%"]]),
            ("p", "注意: 焙烧不足会导致 Fe 浸出升高; 优溶终点 pH 低于 3.2 时补加焙砂回调。"),
            ("sig", "编制: 王晨  审核: 郭然  2025-02-20"),
        ],
    },
    {
        "name": "fmt-scan-12.png", "fmt": "png", "rot": 0.0, "noise": 0.02,
        "label": clr(
            "other", "en",
            "export-compliance meeting minutes quoting MOFCOM Announcement 62 / 1E902 and assigning "
            "classification tasks; no technology",
            hard=True,
        ),
        "blocks": [
            ("h", "Minutes - Export Compliance Committee, 2025-10-15"),
            ("p", "Attendees: legal, sales, R&D, process engineering, IT. Topic: MOFCOM Announcement 2025 "
                  "No. 62 (rare-earth technologies, control code 1E902) and its impact on our projects."),
            ("p", "1. Technical documents for the five stages (mining, separation, metal, magnets, "
                "recycling) "
                  "and for line assembly, commissioning, maintenance and upgrades need a licence before "
                  "export. This includes drawings, process specs, NC programs and simulation data."),
            ("p", "2. Action: R&D and process engineering to list all documents shared with foreign partners "
                  "in 2025 (owner: Zhang W., due 31 Oct)."),
            ("p", "3. Action: IT to set up scanning of outgoing e-mail attachments (owner: Chen L., due 15 "
                "Nov)."),
            ("p", "4. Finished magnets and product data sheets are not affected; sales may continue."),
            ("sig", "Minutes: J. Wu"),
        ],
    },
    {
        "name": "fmt-scan-13.jpg", "fmt": "jpg", "rot": 0.9, "noise": 0.06, "quality": 75,
        "label": ctl(
            "a", NDFEB, "NdFeB", "parameter-sheet", "zh",
            "扫描的速凝炉交接班记录: 牌号配料、熔炼功率、浇注温度、辊速、片厚及冷却水参数",
        ),
        "blocks": [
            ("h", "SC-600 速凝炉 交接班记录   2025-08-14  白班"),
            ("table", [["炉次", "牌号", "投料 kg", "熔炼功率 kW", "浇注温度 ℃", "辊速 m/s", "片厚 mm"],
                       ["0814-1", "48SH", "600", "480→320", "1452", "1.30", "0.28-0.32"],
                       ["0814-2", "48SH", "600", "480→320", "1448", "1.30", "0.27-0.31"],
                       ["0814-3", "N52", "600", "480→310", "1445", "1.35", "0.26-0.30"],
                       ["0814-4", "N52", "600", "480→310", "1450", "1.35", "0.27-0.30"]]),
            ("p", "冷却水: 进水 22 ℃ / 出水 29 ℃, 流量 85 m³/h。真空 0.8 Pa 后充 Ar 45 kPa。"
                  "0814-3 炉浇注后期中间包堵流 20 s, 该段片料单独标识待检 α-Fe。"),
            ("sig", "交班: 陈亮   接班: 李强"),
        ],
    },
    {
        "name": "fmt-scan-14.png", "fmt": "png", "rot": -0.5, "noise": 0.03,
        "label": ctl(
            "a", "mining", "", "parameter-sheet", "mixed",
            "bastnaesite flotation reagent regime sheet: grind, pulp temperature/pH, hydroxamic collector, "
            "water glass and frother dosages per stage",
        ),
        "blocks": [
            ("h", "浮选药剂制度 Flotation Reagent Regime - Bastnäsite Circuit 2"),
            ("p", "Feed: REO 6.8 %, grind -74 μm 88 %. 矿浆温度 pulp 55 ℃, pH 9.0 (Na2CO3)."),
            ("table", [["Stage 作业", "H205 g/t", "水玻璃 g/t", "2# 油 g/t", "Time min"],
                       ["Rougher 粗选", "850", "1600", "40", "8"],
                       ["Scav. 扫选", "250", "300", "15", "6"],
                       ["Cleaner 1 精选一", "120", "500", "—", "5"],
                       ["Cleaner 2 精选二", "60", "300", "—", "5"],
                       ["Cleaner 3 精选三", "—", "150", "—", "4"]]),
            ("p", "Target concentrate REO ≥ 60 %, recovery ≥ 75 %. 药剂每班标定一次。"),
            ("sig", "Mill metallurgist / 选矿工程师: 赵志刚  2025-07-02"),
        ],
    },
    {
        "name": "fmt-scan-15.jpg", "fmt": "jpg", "rot": -0.2, "noise": 0.05, "quality": 72,
        "label": clr(
            "other", "en",
            "ladle furnace maintenance checklist at a steel plant; steel-furnace maintenance",
            hard=True,
        ),
        "blocks": [
            ("h", "LF-2 LADLE FURNACE - WEEKLY MAINTENANCE CHECKLIST"),
            ("table", [["#", "Item", "Standard", "OK / NOK"],
                       ["1", "Electrode arm insulation", "> 1 MOhm", "OK"],
                       ["2", "Roof water cooling leaks", "none", "OK"],
                       ["3", "Hydraulic oil level", "min-max", "OK"],
                       ["4", "Argon stirring plug", "flow 150 Nl/min", "NOK - replace"],
                       ["5", "Refractory slag line", "> 80 mm", "OK"],
                       ["6", "Transformer tap changer", "log checked", "OK"]]),
            ("p", "Remarks: porous plug changed at ladle 14 relining. Next check 2025-10-14."),
            ("sig", "Maintenance: D. Petrov   2025-10-07"),
        ],
    },
    {
        "name": "fmt-scan-16.png", "fmt": "png", "rot": 0.3, "noise": 0.02,
        "label": clr(
            "parameter-sheet", "zh",
            "锶铁氧体辊道窑烧结参数表(温区温度、辊速、气氛); 铁氧体磁体不在管制范围",
            hard=True,
        ),
        "blocks": [
            ("h", "辊道窑 烧结参数表  (Y30BH 锶铁氧体 瓦形)"),
            ("table", [["温区", "1-4", "5-8", "9-12", "13-16", "17-20"],
                       ["设定 ℃", "300", "650", "1050", "1210", "冷却"],
                       ["实测 ℃", "298", "652", "1048", "1208", "—"]]),
            ("p", "辊速 5.2 m/h, 烧结周期 12 h, 空气气氛。收缩率: 径向 1.16, 轴向 1.12。"
                  "出窑产品 Br ≥ 0.39 T, HcJ ≥ 275 kA/m。"),
            ("sig", "东阳磁性材料厂 烧结车间   2025-09-02"),
        ],
    },
    {
        "name": "fmt-scan-17.tif", "fmt": "tif1", "rot": -0.7, "noise": 0.0,
        "label": ctl(
            "a", "metal-smelting", "", "parameter-sheet", "mixed",
            "bilevel TIFF batch record of calcium reduction of TbF3 and vacuum distillation: Ca excess, "
            "crucible, temperatures, vacuum, yields",
        ),
        "blocks": [
            ("h", "钙热还原批记录 Calciothermic Reduction - Tb   Batch TbR-25-044"),
            ("table", [["Item 项目", "Set 设定", "Actual 实际"],
                       ["TbF3 charge 投料", "20.0 kg", "20.0 kg"],
                       ["Ca (redistilled) 钙", "理论 × 1.12", "6.30 kg"],
                       ["Crucible 坩埚", "Ta, 0.5 mm", "Ta #7 (12th use)"],
                       ["Reduction 还原", "1500 ℃ / 20 min, Ar 0.05 MPa", "1496-1508 ℃"],
                       ["Distillation 蒸馏除钙", "1650 ℃, ≤ 5×10-3 Pa, 2 h", "1648 ℃, 3×10-3 Pa"]]),
            ("p", "Metal yield 金属收率: 13.5 kg (96.8 %). Ca residual 120 ppm, O 450 ppm, Ta 85 ppm."),
            ("sig", "Operator: 孙勇   QC: 李慧   2025-04-11"),
        ],
    },
    {
        "name": "fmt-scan-18.png", "fmt": "png", "rot": 0.0, "noise": 0.0,
        "label": clr("other", "zh", "消防安全培训签到表; 行政记录"),
        "blocks": [
            ("h", "消防安全培训 签到表"),
            ("p", "培训时间: 2025年9月12日 14:00-16:00   地点: 三楼会议室   讲师: 安环部 刘强"),
            ("table", [["序号", "姓名", "部门", "签名"],
                       ["1", "张敏", "质检中心", "张敏"],
                       ["2", "王磊", "设备部", "王磊"],
                       ["3", "陈亮", "熔炼车间", "陈亮"],
                       ["4", "李娜", "质检中心", "李娜"],
                       ["5", "赵强", "电解车间", "赵强"]]),
            ("p", "培训内容: 灭火器使用、疏散路线、动火作业管理、应急报警流程。"),
        ],
    },
    {
        "name": "fmt-scan-19.pdf", "fmt": "pdf", "rot": 0.4, "noise": 0.03,
        "label": exc(
            "public-domain", "a", NDFEB, "NdFeB", "other", "en",
            "image PDF of a published journal article page (journal, volume, pages, DOI, received/accepted "
            "dates) on Dy grain-boundary diffusion; the document is published",
        ),
        "blocks": [
            ("sig", "Journal of Rare Earths 43 (2025) 901-909"),
            ("h", "Coercivity enhancement of sintered Nd-Fe-B magnets by DyHx grain boundary diffusion"),
            ("p", "Wei Liu, Hao Qian, Ming Tang. Received 12 September 2024; accepted 20 December 2024. "
                  "https://doi.org/10.1016/j.jre.2024.12.018"),
            ("p", "Abstract: Sintered Nd-Fe-B magnets 4 mm thick were coated with DyHx powder (0.6 wt% Dy) "
                  "and annealed at 900 C for 6 h followed by ageing at 490 C for 4 h. The coercivity "
                  "increased from 1.32 MA/m to 1.95 MA/m with a remanence loss of 0.02 T. EPMA shows a "
                  "Dy-rich shell of 15-30 nm around Nd2Fe14B grains near the surface."),
            ("p", "Keywords: Nd-Fe-B; grain boundary diffusion; dysprosium; coercivity; rare earths"),
            ("p", "1. Introduction. High-coercivity magnets for traction motors require heavy rare "
                  "earths, whose supply is limited [1-3] ..."),
        ],
    },
    {
        "name": "fmt-scan-20.jpg", "fmt": "jpg", "rot": -0.9, "noise": 0.05, "quality": 75,
        "label": ctl(
            "b", NDFEB, "NdFeB", "other", "zh",
            "扫描的气流磨单机/联动调试记录: 试车、氮气置换、检漏、试磨与验收签字; 粒度氧含量只作验收目标",
        ),
        "blocks": [
            ("h", "QLM-400 气流磨 调试记录  (制粉车间 3# 线)"),
            ("table", [["项目", "要求", "结果", "签字"],
                       ["单机试车 分级轮", "空载 4 h 振动 ≤ 2.8 mm/s", "1.9 mm/s", "沈浩"],
                       ["系统检漏", "保压 0.05 MPa 30 min 不降", "合格", "沈浩"],
                       ["N2 置换", "O2 ≤ 30 ppm", "18 ppm (2.5 h)", "Kevin Xu"],
                       ["联动试车", "加料机-磨-旋风-收料 连锁", "正常", "Kevin Xu"],
                       ["试磨 200 kg", "D50 3.0~3.4 μm, O ≤ 800 ppm", "3.18 μm / 620 ppm", "刘芳"]]),
            ("p", "结论: 设备调试合格, 同意移交生产。遗留: 2# 喷嘴座密封更换 (备件到货后处理)。"),
            ("sig", "设备部: 王海   生产部: 周建平   2025-04-30"),
        ],
    },
]
