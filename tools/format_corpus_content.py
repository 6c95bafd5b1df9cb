"""Content of the per-format evaluation corpus (``models/corpus-formats``).

Every document here is fictional: companies, people, drawing numbers, e-mail addresses
(``.example`` domains) and values. The values are plausible for the process they describe
because a held-out set is only useful if it looks like what engineering departments write.

Each document is a spec dict with a ``label`` (see :class:`Lab`) next to its content, so the
label is reviewed together with what it labels. ``tools/make_format_corpus.py`` turns the
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
    return Lab("controlled", tuple(codes.split()), tuple(cats.split()), tuple(mags.split()), carrier, lang, note)


def clr(carrier: str, lang: str, note: str, hard: bool = False) -> Lab:
    return Lab("clear", (), (), (), carrier, lang, note, None, hard)


def exc(reason: str, codes: str, cats: str, mags: str, carrier: str, lang: str, note: str) -> Lab:
    return Lab(
        "excluded", tuple(codes.split()), tuple(cats.split()), tuple(mags.split()), carrier, lang, note, reason
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
            "DWG_NO": "SJ-LH-0612-03", "TITLE": "烧结料盒(N48H/N50M毛坯)", "MATERIAL": "Mo1 δ2.0 / 底板 TZM δ3",
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
            "1. Cell for Pr-Nd metal by oxide electrolysis in a fluoride melt. Bath (Pr,Nd)F3 86 wt% / LiF 14 wt%, "
            "bath depth 420 mm, operating temperature 1045 +/- 10 C (type B TC in Mo sheath).",
            "2. Anodes: 4 segments, isostatic graphite (density >= 1.82 g/cm3, ash <= 200 ppm), 120 mm thick. "
            "Initial ACD 75 mm. Anode current density 0.85-1.0 A/cm2; change anode at 40 mm residual.",
            "3. Cathode: W rod dia 70 mm, immersion 250 mm, cathode current density 6.5-7.5 A/cm2.",
            "4. Line current 6000 A nominal, cell voltage 9.5-10.5 V. Oxide feed (Pr,Nd)2O3, LOI <= 0.3 %, "
            "150-170 g/min by vibratory feeder, pulse every 60 s; keep dissolved oxide 2-3 wt%.",
            "5. Metal collects in Mo receiver dia 180; tap every 2 h by vacuum siphon into cast-iron mould under Ar. "
            "Target current efficiency >= 78 %, metal TRE >= 99.0 %, C <= 300 ppm, Fe <= 0.2 %.",
            "6. Off-gas hood at -50 Pa; CF4/C2F6 monitoring at stack. See EC-6K-PR-010 for start-up (bake-out).",
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
            "DWG_NO": "JM-400-07-02", "TITLE": "分级轮 Classifier wheel %%c240", "MATERIAL": "7075-T651, 硬质阳极 50 μm",
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
            ("rect", 200, 150, 120, 90, "outline"),
            ("holes", 220, 170, 2, 2, 80, 50, 4.5),
            ("hdim", 200, 320, 240, 250, "120"),
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
            "1. Item 3 magnet block 40 x 12 x 4.5, grade N42SH, NiCuNi coated, supplied MAGNETISED by approved "
            "supplier per purchase spec MS-0421 rev D. Incoming inspection per QI-0421 (Br, HcJ sample 5/lot).",
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
            "DWG_NO": "MJ-WX-3012-00", "TITLE": "瓦形磁体湿压成型模具(一模八腔)", "MATERIAL": "Cr12MoV / 型腔 YG15",
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
            "1. 适用Y30BH锶铁氧体湿法磁场成型: 料浆固含量68 %, 成型磁场≥0.8 T, 成型压力 35 MPa, 排水时间 18 s.",
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
            "DWG_NO": "KSX-310-ME-002", "TITLE": "E1 EXTRACTION MIXER-SETTLER GA", "MATERIAL": "FRP / HDPE LINED",
            "SCALE": "1:50", "WEIGHT": "-", "DRAWN": "J. Dlamini", "CHECKED": "T. Mwansa", "APPROVED": "K. Banda",
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
            "2. Advance O/A 1.1, mixer O/A 1.0 with recycle; mixer residence 3 min; settler flux 4.5 m3/m2/h.",
            "3. 2E + 1W + 1S configuration; this sheet E1 only. EW cell house see KSX-410.",
            "4. Crud removal ports at 1/3 and 2/3 settler length.",
        ],
    },
    {
        "name": "fmt-dxf-12.dxf",
        "label": ctl(
            "b", NDFEB, "NdFeB", "drawing", "zh",
            "NdFeB烧结炉加热室大修(更换)图: 拆装、检漏压升率、烘炉、炉温均匀性和恢复生产试烧要求; 工艺值只作验收目标",
        ),
        "lang": "zh",
        "date": (2025, 9, 16),
        "scale": 10,
        "header": {"$PROJECTNAME": "3#烧结炉大修", "$LASTSAVEDBY": "maint03"},
        "custom": {"图号": "WX-SJL-03-2025", "设备编号": "SJL-03 (VSF-600)", "工单": "WO-25-0917"},
        "title": {
            "DWG_NO": "WX-SJL-03-2025", "TITLE": "3#真空烧结炉加热室更换(大修)示意图", "MATERIAL": "石墨加热带 / 碳毡 / 钼屏",
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
            ("DF-EC-4K-300", "CATHODE ASSY DyFe 4kA", "consumable iron cathode, Dy-Fe alloy electrolysis cell 4 kA"),
            ("DF-EC-4K-301", "Fe CATHODE ROD D50", "Armco iron, consumed in service, length 1200"),
            ("DF-EC-4K-302", "Mo COLLAR", "Mo sleeve at bath surface, protects rod from oxidation"),
            ("DF-EC-4K-303", "CLAMP HOLDER", "Cu, water cooled, 4 kA rated"),
        ],
        "notes": [
            ("BATH", "DyF3 85 wt% / LiF 15 wt%, 1020 +/- 10 C, Dy2O3 feed 1.2 kg/h continuous"),
            ("CATHODE", "CD 8-10 A/cm2 on Fe rod; Dy-Fe drips as Dy80Fe20 (Dy 80 +/- 1.5 wt%) into Mo receiver"),
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
        "schema": AP214,
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
            "magnet system of a wet drum magnetic separator for magnetite (iron ore); uses bought NdFeB blocks",
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
