#!/usr/bin/env python3
"""Generates the hard-negative / mixed training set hn-001 .. hn-065 and labels.jsonl.
Deterministic: all random numbers come from seeded generators."""
import json, os, random, textwrap

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, 'docs')
os.makedirs(OUT, exist_ok=True)
DOCS = []

def add(name, text, verdict, codes=(), cats=(), mt=(), carrier='other', excl=None, lang='en', note=''):
    text = textwrap.dedent(text).strip('\n') + '\n'
    DOCS.append(dict(name=name, text=text, label=dict(
        file=name, verdict=verdict, control_codes=list(codes), categories=list(cats),
        magnet_types=list(mt), carrier=carrier, exclusion=excl, language=lang,
        hard_negative=(verdict == 'clear'), note=note)))

def rng(seed):
    return random.Random(seed)

# ---------------------------------------------------------------- shared tables
NDFEB_GRADES = [  # grade, Br min T, Br typ, HcB kA/m, HcJ min kA/m, BHmax kJ/m3 min-max, max op temp C
    ('N35', 1.17, 1.21, 868, 955, 263, 287, 80), ('N38', 1.22, 1.25, 899, 955, 287, 310, 80),
    ('N42', 1.28, 1.31, 923, 955, 318, 342, 80), ('N45', 1.32, 1.35, 876, 955, 342, 366, 80),
    ('N48', 1.37, 1.40, 835, 876, 366, 390, 80), ('N50', 1.40, 1.43, 796, 876, 382, 406, 60),
    ('N52', 1.42, 1.46, 796, 876, 398, 422, 60), ('N42M', 1.28, 1.31, 955, 1114, 318, 342, 100),
    ('N42H', 1.28, 1.31, 955, 1353, 318, 342, 120), ('N42SH', 1.28, 1.31, 955, 1592, 318, 342, 150),
    ('N38UH', 1.22, 1.25, 915, 1990, 287, 310, 180), ('N35EH', 1.17, 1.21, 876, 2388, 263, 287, 200),
    ('N33AH', 1.14, 1.17, 836, 2786, 247, 271, 230),
]

def grade_table_md(lang='en', rows=None):
    rows = rows or NDFEB_GRADES
    if lang == 'en':
        h = '| Grade | Br min (T) | Br typ (T) | HcB min (kA/m) | HcJ min (kA/m) | (BH)max (kJ/m³) | Max. working temp.* (°C) |\n|---|---|---|---|---|---|---|\n'
    elif lang == 'zh':
        h = '| 牌号 | Br最小值 (T) | Br典型值 (T) | HcB最小值 (kA/m) | HcJ最小值 (kA/m) | (BH)max (kJ/m³) | 最高工作温度* (°C) |\n|---|---|---|---|---|---|---|\n'
    else:
        h = '| 牌號 | Br最小值 (T) | Br典型值 (T) | HcB最小值 (kA/m) | HcJ最小值 (kA/m) | (BH)max (kJ/m³) | 最高工作溫度* (°C) |\n|---|---|---|---|---|---|---|\n'
    return h + ''.join(f'| {g} | {a:.2f} | {b:.2f} | {c} | {d} | {e}–{f} | {t} |\n' for g, a, b, c, d, e, f, t in rows)

def en_fin_table(seed, years=(2022, 2023, 2024), unit='RMB million'):
    r = rng(seed)
    rev = r.randint(4200, 9800)
    lines = [f'| Item ({unit}) | ' + ' | '.join(str(y) for y in years) + ' |', '|---|' + '---|' * len(years)]
    data = {k: [] for k in ('Revenue', 'Gross profit', 'Operating profit', 'Net profit attributable to shareholders',
                            'R&D expenditure', 'Capital expenditure', 'Operating cash flow')}
    for _ in years:
        rev = int(rev * r.uniform(0.82, 1.28))
        gp = int(rev * r.uniform(0.09, 0.24))
        op = int(gp * r.uniform(0.45, 0.7))
        data['Revenue'].append(rev); data['Gross profit'].append(gp); data['Operating profit'].append(op)
        data['Net profit attributable to shareholders'].append(int(op * r.uniform(0.7, 0.85)))
        data['R&D expenditure'].append(int(rev * r.uniform(0.03, 0.05)))
        data['Capital expenditure'].append(int(rev * r.uniform(0.05, 0.12)))
        data['Operating cash flow'].append(int(op * r.uniform(0.6, 1.4)))
    for k, v in data.items():
        lines.append(f'| {k} | ' + ' | '.join(f'{x:,}' for x in v) + ' |')
    return '\n'.join(lines) + '\n'

def zh_fin_table(seed, years=(2022, 2023, 2024), trad=False):
    r = rng(seed)
    rev = r.randint(3600, 12000)
    names = ['營業收入', '毛利', '營業利潤', '歸屬於母公司股東的淨利潤', '研發投入', '資本開支'] if trad else \
            ['营业收入', '毛利', '营业利润', '归属于母公司股东的净利润', '研发投入', '资本开支']
    unit = '人民幣百萬元' if trad else '人民币百万元'
    lines = [f'| 項目（{unit}） | ' if trad else f'| 项目（{unit}） | ']
    lines[0] += ' | '.join(f'{y}年' for y in years) + ' |'
    lines.append('|---|' + '---|' * len(years))
    cols = []
    for _ in years:
        rev = int(rev * r.uniform(0.85, 1.3)); gp = int(rev * r.uniform(0.08, 0.22)); op = int(gp * r.uniform(0.4, 0.7))
        cols.append([rev, gp, op, int(op * r.uniform(0.7, 0.86)), int(rev * r.uniform(0.03, 0.05)), int(rev * r.uniform(0.05, 0.11))])
    for i, n in enumerate(names):
        lines.append(f'| {n} | ' + ' | '.join(f'{c[i]:,}' for c in cols) + ' |')
    return '\n'.join(lines) + '\n'

def esg_kpi_en(seed):
    r = rng(seed)
    rows = [('Total energy consumption', 'MWh', r.randint(180000, 420000)), ('Share of renewable electricity', '%', round(r.uniform(12, 46), 1)),
            ('Scope 1 emissions', 't CO2e', r.randint(30000, 90000)), ('Scope 2 emissions (location-based)', 't CO2e', r.randint(90000, 260000)),
            ('Fresh water withdrawal', 'm³', r.randint(900000, 3200000)), ('Water recycling rate', '%', round(r.uniform(78, 96), 1)),
            ('Hazardous waste generated', 't', r.randint(2000, 18000)), ('Hazardous waste compliantly disposed', '%', 100),
            ('Lost-time injury frequency rate', 'per million h', round(r.uniform(0.1, 0.9), 2)), ('Employees (year end)', 'persons', r.randint(2800, 9800)),
            ('Female share of management', '%', round(r.uniform(14, 31), 1)), ('Training hours per employee', 'h', round(r.uniform(22, 61), 1)),
            ('Community investment', 'RMB thousand', r.randint(2000, 18000))]
    return '| Indicator | Unit | 2024 |\n|---|---|---|\n' + ''.join(f'| {a} | {b} | {c:,} |\n' if isinstance(c, int) else f'| {a} | {b} | {c} |\n' for a, b, c in rows)

def esg_kpi_zh(seed, trad=False):
    r = rng(seed)
    rows = [('综合能源消耗', '吨标准煤', r.randint(60000, 160000)), ('可再生电力占比', '%', round(r.uniform(12, 46), 1)),
            ('范围一温室气体排放', '吨二氧化碳当量', r.randint(30000, 90000)), ('范围二温室气体排放', '吨二氧化碳当量', r.randint(90000, 260000)),
            ('新鲜水取水量', '立方米', r.randint(900000, 3200000)), ('水重复利用率', '%', round(r.uniform(78, 96), 1)),
            ('危险废物产生量', '吨', r.randint(2000, 18000)), ('危险废物合规处置率', '%', 100),
            ('损工事故率', '每百万工时', round(r.uniform(0.1, 0.9), 2)), ('员工总数', '人', r.randint(2800, 9800)),
            ('人均培训时长', '小时', round(r.uniform(22, 61), 1)), ('公益投入', '万元', r.randint(200, 1800))]
    if trad:
        tr = {'综合能源消耗': '綜合能源消耗', '吨标准煤': '噸標準煤', '可再生电力占比': '可再生電力佔比', '范围一温室气体排放': '範疇一溫室氣體排放',
              '吨二氧化碳当量': '噸二氧化碳當量', '范围二温室气体排放': '範疇二溫室氣體排放', '新鲜水取水量': '新鮮水取水量', '立方米': '立方米',
              '水重复利用率': '水重複利用率', '危险废物产生量': '危險廢棄物產生量', '吨': '噸', '危险废物合规处置率': '危險廢棄物合規處置率',
              '损工事故率': '失能傷害頻率', '每百万工时': '每百萬工時', '员工总数': '員工總數', '人': '人', '人均培训时长': '人均培訓時數',
              '小时': '小時', '公益投入': '公益投入', '万元': '萬元'}
        rows = [(tr[a], tr.get(b, b), c) for a, b, c in rows]
        head = '| 指標 | 單位 | 2024年 |\n|---|---|---|\n'
    else:
        head = '| 指标 | 单位 | 2024年 |\n|---|---|---|\n'
    return head + ''.join(f'| {a} | {b} | {c:,} |\n' if isinstance(c, int) else f'| {a} | {b} | {c} |\n' for a, b, c in rows)

EN_DISCLAIMER = """This document has been prepared for information purposes only. It does not constitute an offer, invitation or recommendation to buy or sell any security or commodity. Forward-looking statements are based on management's current expectations and are subject to risks and uncertainties, including changes in raw-material prices, export-control and trade policy, exchange rates, demand from electric-vehicle, wind and consumer-electronics customers, and the availability of energy. Actual results may differ materially. The company undertakes no obligation to update any forward-looking statement."""

ZH_DISCLAIMER = """本报告所载资料仅供参考，不构成任何投资建议或要约。报告中涉及的未来计划、发展战略等前瞻性陈述，不构成公司对投资者的实质承诺，投资者应注意原材料价格波动、产业政策及出口管制政策变化、汇率变动、下游新能源汽车与风电需求变化等风险。本报告数据除特别说明外均为合并口径，部分合计数与各分项之和尾差系四舍五入所致。"""

# =================================================================== CLEAR DOCS
add('hn-001.md', f"""
# How to choose a neodymium magnet grade: N52 vs N42SH and everything in between

*MagnaSource Buyer's Guide — updated March 2025*

Customers often ask us for "the strongest magnet you have". In most applications that is the wrong question. The right grade depends on how much flux you need, how hot the magnet will get, what demagnetising field it will see, and what environment it has to survive. This guide explains the grade codes printed on our quotes and helps you pick between a high-energy grade such as **N52** and a high-coercivity grade such as **N42SH**.

## 1. Reading the grade code

Sintered neodymium-iron-boron (NdFeB) magnets are sold under a grade code made of two parts:

* the **number** (35, 38, 42, 45, 48, 50, 52) is the nominal maximum energy product (BH)max in MGOe. A higher number means more flux from the same volume;
* the **letter suffix** (none, M, H, SH, UH, EH, AH) describes the intrinsic coercivity HcJ — the resistance to demagnetisation. Every step up in suffix roughly adds 20–30 °C of allowable working temperature.

So N52 is the highest energy grade with the lowest coercivity, while N42SH trades about 20 % of energy product for roughly twice the coercivity.

## 2. Typical values (catalogue, at 20 °C)

{grade_table_md('en')}
\\* The maximum working temperature depends on the shape of the magnet. The figures assume a load line (permeance coefficient Pc) of about 2, e.g. a disc with thickness-to-diameter ratio of 0.7 in open circuit. Thin discs and magnets operating against strong opposing fields need a higher suffix.

Temperature coefficients (typical): α(Br) ≈ −0.12 %/°C and β(HcJ) ≈ −0.6 %/°C for N grades, improving to about −0.45 %/°C for UH/EH grades.

## 3. N52 or N42SH?

| Question | If yes, lean towards |
|---|---|
| Magnet works at room temperature (toys, closures, holding tools) | N45–N52 |
| Magnet sits in a motor, pump or actuator that reaches 100–150 °C | N42SH / N38UH |
| Strong opposing field (motor stator, Halbach array edge) | SH or higher |
| Size is fixed and you need maximum pull force | N52 |
| Cost matters more than volume | N35–N42 |

A practical example: a 20 × 10 × 5 mm block in N52 gives a surface field of about 0.48 T. The same block in N42SH gives about 0.44 T but keeps its performance after 1,000 h at 140 °C, where the N52 block would have lost most of its flux irreversibly.

## 4. Coatings

NdFeB corrodes easily, so almost all magnets are coated:

| Coating | Thickness (µm) | Colour | Salt spray (h, neutral) | Notes |
|---|---|---|---|---|
| Ni-Cu-Ni | 10–20 | bright silver | 24–72 | standard, good for indoor use |
| Zinc | 8–15 | blue-white | 12–24 | cheap, good for adhesive bonding |
| Epoxy (black) | 15–25 | black | 72–200 | humid environments, insulating |
| Ni-Cu-Ni + epoxy | 25–35 | black | > 200 | marine and outdoor |
| Parylene | 5–20 | clear | > 100 | medical, thin uniform film |
| Phosphate passivation | < 1 | grey | — | only for magnets glued inside sealed rotors |

Gold, silver and PTFE coatings are available on request.

## 5. Tolerances and magnetisation

Standard tolerances are ±0.05 mm for dimensions under 10 mm and ±0.1 mm above. Magnets are shipped magnetised through thickness unless the drawing says otherwise; diametral, radial (for arcs) and multi-pole magnetisation are possible. Unmagnetised magnets can be shipped by air without dangerous-goods declaration.

## 6. Handling and safety

* Large magnets can pinch fingers and shatter when they snap together — wear goggles.
* Keep away from pacemakers, credit cards and mechanical watches.
* Do not machine magnets yourself: the dust is flammable and the material is brittle.

## 7. What to send us with your enquiry

1. Drawing or dimensions with tolerances; 2. grade or required flux / pull force; 3. maximum working temperature; 4. coating and environment; 5. magnetisation direction; 6. annual quantity.

*MagnaSource is a distributor. All magnets are bought from qualified manufacturers and supplied with a certificate of conformity listing Br, HcJ and (BH)max of the batch.*
""", 'clear', carrier='other', lang='en', note='Distributor buyer guide: catalogue grade properties and coatings of bought magnets, no manufacturing know-how.')

add('hn-002.md', f"""
# 钕铁硼磁铁选型指南（采购与工程人员适用）

编制：华磁贸易技术支持部　版本：V3.2　日期：2025-04

## 一、为什么不能只看“最强”

很多客户询价时只写“要N52”。实际上，磁铁选型要同时考虑磁通需求、工作温度、退磁场和使用环境。N52剩磁最高，但内禀矫顽力最低，在电机、水泵等发热场合极易发生不可逆退磁；N42SH剩磁略低，但可在150 ℃左右长期工作。

## 二、牌号含义

烧结钕铁硼牌号由数字和字母组成：数字代表最大磁能积（MGOe），字母代表矫顽力等级：无字母（N）、M、H、SH、UH、EH、AH，依次升高，对应的最高工作温度大致为80、100、120、150、180、200、230 ℃。

## 三、常用牌号典型性能（20 ℃）

{grade_table_md('zh')}
*最高工作温度与磁体形状有关，表中数值按磁导系数Pc≈2估算。

## 四、选型对照

| 应用场景 | 推荐牌号 | 说明 |
|---|---|---|
| 磁吸扣、玩具、包装 | N35–N45 | 常温、成本敏感 |
| 手机马达、TWS耳机 | N48–N52 | 体积受限、常温 |
| 新能源汽车驱动电机 | N45SH–N42UH、48UH | 高温、强退磁场 |
| 工业伺服电机 | N42SH、N40UH | 120–150 ℃ |
| 风电发电机 | N42SH、N38SH | 兼顾成本与可靠性 |
| 传感器、编码器 | N35–N42H | 对温度系数敏感时可选钐钴 |

## 五、镀层选择

| 镀层 | 厚度 (µm) | 中性盐雾 (h) | 适用环境 |
|---|---|---|---|
| 镍铜镍 | 10–20 | 24–72 | 室内通用 |
| 镀锌 | 8–15 | 12–24 | 粘接装配 |
| 环氧 | 15–25 | 72–200 | 潮湿环境、需绝缘 |
| 镍铜镍+环氧 | 25–35 | >200 | 户外、海洋 |
| 磷化 | <1 | — | 密封转子内部 |

## 六、询价需提供的信息

1. 图纸或尺寸、公差（常规±0.05 mm）；
2. 牌号或磁通、吸力要求；
3. 最高工作温度、是否存在反向磁场；
4. 镀层及使用环境（盐雾、湿热要求）；
5. 充磁方向（轴向、径向、多极）；
6. 年用量及包装、运输方式（空运需非磁化或屏蔽包装）。

## 七、来料质量文件

我司所售磁铁均采购自合格供应商，每批附出厂检验报告，包括Br、HcJ、(BH)max实测值、尺寸抽检、镀层厚度及盐雾试验结果。如需PCT、HAST或磁通一致性报告，请在订单中注明。

## 八、安全提示

大尺寸磁铁吸合时冲击力大，易夹伤手指或碎裂；请远离心脏起搏器、磁卡；运输需符合IATA磁性物品包装要求。
""", 'clear', carrier='other', lang='zh', note='Trading company selection guide: grade table and coatings of purchased magnets; no process.')

r3 = rng(3)
rows3 = ['sku,shape,dimensions_mm,grade,coating,magnetisation,Br_typ_T,HcJ_min_kA_m,pull_force_kg,max_temp_C,unit_price_USD_1k,moq,lead_time_days,supplier_country']
shapes = [('Block', lambda r: f'{r.choice([5,10,12,15,20,25,30,40,50])}x{r.choice([5,8,10,12,20])}x{r.choice([1,2,3,5,10])}'),
          ('Disc', lambda r: f'D{r.choice([3,4,5,6,8,10,12,15,20,25,30])}x{r.choice([1,1.5,2,3,5,10])}'),
          ('Ring', lambda r: f'D{r.choice([10,12,15,20,25])}xd{r.choice([3,4,5,6])}x{r.choice([2,3,5])}'),
          ('Arc', lambda r: f'R{r.choice([20,25,30,36])}xr{r.choice([16,21,26,32])}x{r.choice([30,40,45])}degx{r.choice([20,30,40])}'),
          ('Countersunk', lambda r: f'D{r.choice([10,12,16,20,25])}x{r.choice([3,4,5])}-M{r.choice([3,4,5])}')]
gmap = {g: (b, d, t) for g, a, b, c, d, e, f, t in NDFEB_GRADES}
for i in range(70):
    sh, fn = r3.choice(shapes); g = r3.choice(['N35', 'N38', 'N42', 'N45', 'N48', 'N52', 'N42SH', 'N38UH', 'N42H', 'N35EH'])
    b, d, t = gmap[g]
    rows3.append(','.join(str(x) for x in [f'MS-{sh[:2].upper()}{1000+i*7}', sh, fn(r3), g, r3.choice(['NiCuNi', 'Zn', 'Epoxy', 'NiCuNi+Epoxy', 'Au']),
        'radial' if sh == 'Arc' else r3.choice(['axial', 'axial', 'diametral']), b, d, round(r3.uniform(0.3, 48), 1), t,
        round(r3.uniform(0.04, 3.9), 3), r3.choice([100, 500, 1000, 2000]), r3.choice([15, 20, 25, 30, 35]), r3.choice(['CN', 'CN', 'CN', 'JP', 'VN'])]))
add('hn-003.csv', '\n'.join(rows3), 'clear', carrier='parameter-sheet', lang='en',
    note='Distributor catalogue export of bought NdFeB magnets (dimensions, grade, coating, price); product data only.')

add('hn-004.txt', """
承認規格書　SPECIFICATION FOR APPROVAL
客戶：台灣精密馬達股份有限公司
品名：燒結釹鐵硼磁石（弧形）
客戶料號：TPM-MG-4512-A　　版次：B　　日期：2025/02/18
供應商：（外購）　　本規格書由客戶品保部依供應商資料整理

一、適用範圍
本規格書適用於本公司伺服馬達轉子所用之外購弧形磁石，規定其尺寸、磁特性、鍍層及檢驗方法。本公司不從事磁石製造，磁石由合格供應商生產後交貨。

二、材質與牌號
材質：燒結釹鐵硼　牌號：N42SH（依供應商型錄）
充磁：徑向充磁，出貨狀態為已充磁，N/S極以外弧面標示。

三、磁特性要求（20 ℃，依IEC 60404-5量測）
剩磁 Br：1.28–1.33 T
內稟矯頑力 HcJ：≥ 1592 kA/m
磁感矯頑力 HcB：≥ 955 kA/m
最大磁能積 (BH)max：318–342 kJ/m³
高溫不可逆損失：150 ℃ × 2 h 開路（Pc≈1）之磁通損失 ≤ 3 %
表面磁通密度：中心點 ≥ 0.39 T（高斯計探頭距表面0.5 mm）

四、尺寸（單位：mm）
外弧半徑 R 22.50 ±0.05
內弧半徑 r 18.50 ±0.05
弧角 45° ±0.3°
軸向長度 L 30.00 ±0.05
厚度（中心）4.00 ±0.05
倒角 C0.2 max，不得有缺角大於0.5 mm × 0.5 mm

五、鍍層
鍍層種類：鎳-銅-鎳
鍍層厚度：10–20 µm（X-ray螢光測厚，每批抽5片）
附著力：百格測試無剝落
鹽霧試驗：中性鹽霧48 h，表面無紅鏽、無起泡
PCT試驗：121 ℃、2 atm、100 %RH、48 h，失重 ≤ 5 mg/cm²

六、外觀
鍍層均勻、無脫落、無針孔、無裂紋；允許輕微水紋。

七、檢驗與抽樣
依MIL-STD-1916或AQL 0.65（主要）／1.0（次要）抽樣。每批需附出貨檢驗報告：磁特性（隨爐試片B-H曲線）、尺寸、鍍層厚度、鹽霧結果及RoHS／REACH聲明。

八、包裝與標示
磁石以同極相斥方式排列，中間隔以塑膠隔片；外箱標示料號、批號、數量、充磁方向及「強磁注意」。空運需檢附磁性物品檢測報告（距包裝2.1 m處磁場 ≤ 0.159 A/m）。

九、變更管理
供應商如變更原料來源、生產地點或製程，須事前書面通知並重新送樣承認。本公司僅承認產品性能，不取得亦不保存供應商製程資料。

十、簽核
品保：林志明　　研發：陳冠宇　　採購：黃淑芬　　供應商確認：＿＿＿＿＿
""", 'clear', carrier='parameter-sheet', lang='zh', note='Traditional-Chinese customer approval spec of a bought arc magnet: properties, dimensions, coating, sampling; no process.')

add('hn-005.md', """
# Datasheet: Samarium-Cobalt and Neodymium Magnets for High-Temperature Sensors

**Product family:** SC-Series (SmCo) and ND-Series (NdFeB), supplied by Northbridge Components Ltd. (distributor)
**Document:** NC-DS-118 rev. 4 — for customer design reference

## Scope
This datasheet lists typical properties of the permanent magnets that Northbridge stocks for automotive and industrial sensor makers. Values are taken from the certificates of our manufacturing partners. Northbridge does not produce magnets; we cut-to-size only by arrangement with the supplier and do not perform any thermal treatment.

## SmCo grades (typical, 20 °C)

| Grade | Type | Br (T) | HcB (kA/m) | HcJ (kA/m) | (BH)max (kJ/m³) | α(Br) %/°C | Max. temp. (°C) | Density (g/cm³) |
|---|---|---|---|---|---|---|---|---|
| SmCo5-18 | 1:5 | 0.85–0.90 | 620–680 | ≥ 1194 | 128–143 | −0.04 | 250 | 8.3 |
| SmCo5-22 | 1:5 | 0.92–0.96 | 676–740 | ≥ 1194 | 159–175 | −0.04 | 250 | 8.3 |
| Sm2Co17-24 | 2:17 | 0.95–1.02 | 692–764 | ≥ 1433 | 175–191 | −0.03 | 300 | 8.4 |
| Sm2Co17-28 | 2:17 | 1.03–1.08 | 756–812 | ≥ 1433 | 207–223 | −0.03 | 350 | 8.4 |
| Sm2Co17-30H | 2:17 | 1.08–1.10 | 788–835 | ≥ 1990 | 223–239 | −0.03 | 350 | 8.4 |
| Sm2Co17-LTC | 2:17 low TC | 0.88–0.92 | 660–700 | ≥ 1433 | 143–159 | −0.005 | 300 | 8.4 |

## NdFeB grades for sensors

| Grade | Br (T) | HcJ (kA/m) | (BH)max (kJ/m³) | α(Br) %/°C | Max. temp. (°C) |
|---|---|---|---|---|---|
| N35 | 1.17–1.22 | ≥ 955 | 263–287 | −0.12 | 80 |
| N40SH | 1.25–1.28 | ≥ 1592 | 302–326 | −0.11 | 150 |
| N33EH | 1.14–1.17 | ≥ 2388 | 247–271 | −0.10 | 200 |

## Choosing between SmCo and NdFeB

* **Temperature stability:** for Hall-effect position sensors where the output must not drift over −40 … +150 °C, Sm2Co17 (α ≈ −0.03 %/°C) is four times more stable than NdFeB. The low-TC grade is used in reference magnets and gyros.
* **Corrosion:** SmCo does not need a coating in most environments; NdFeB does.
* **Mechanical:** SmCo is very brittle. Avoid press-fits; bond with epoxy or clamp in a non-magnetic holder.
* **Cost and supply:** SmCo contains about 50 % cobalt and 25 % samarium and is typically 2–4 times the cost of NdFeB per kg.

## Standard shapes in stock

| Shape | Size range | Grades | Magnetisation |
|---|---|---|---|
| Disc | Ø1–Ø30 mm × 0.5–10 mm | SmCo5-18, Sm2Co17-28, N35 | axial / diametral |
| Ring | Ø4–Ø40 mm | Sm2Co17-24, N40SH | axial, 2–8 poles |
| Block | up to 50 × 50 × 25 mm | all | through thickness |
| Cylinder | Ø2–Ø10 × 5–30 mm | Sm2Co17-28 | axial |

Tolerance ±0.05 mm ground; ±0.02 mm on request.

## Test and documents
Each lot is delivered with a B-H curve of a reference sample, dimensional report, and RoHS/REACH declaration. Irreversible loss after 2 h at the stated maximum temperature is ≤ 5 % at Pc = 1 for SmCo. Thermal-stabilisation (pre-ageing at application temperature) can be requested from the supplier; the service is performed by the supplier at its own plant.

## Export note
Finished magnets listed here are commercial products. Customers shipping onward from the EU should check whether their end-use requires an export licence under local rules. Northbridge holds no manufacturing technology for these materials.

*Northbridge Components Ltd., Unit 7, Harbour Park, Southampton. sales@northbridge-comp.example*
""", 'clear', carrier='parameter-sheet', lang='en', note='Distributor datasheet of bought SmCo/NdFeB magnets: catalogue properties, shapes; no manufacturing.')

add('hn-006.md', """
# Application Guide: Cerium Oxide Polishing Powder CP-800 for Optical and Cover Glass

**OptiPol Supplies — technical service note TS-06**

## 1. Product
CP-800 is a cerium-rich rare-earth oxide polishing powder (CeO2 ≥ 60 % of TREO, D50 1.2–1.6 µm, D97 < 5 µm). It is supplied as a dry powder in 25 kg bags and as a 30 % w/w pre-dispersed slurry (CP-800L). This note covers **how to use** the product in glass polishing. It does not describe how the powder is made.

## 2. Typical applications
* Flat glass, mirrors and architectural glass (high removal rate)
* Optical lenses and prisms (fine finish)
* Smartphone and tablet cover glass, including chemically strengthened aluminosilicate
* TFT-LCD and display panel glass rework
* Hard-disk glass substrates (use CP-900 finer grade)

## 3. Preparing the slurry

| Application | Concentration (g/L or Baumé) | Water | Dispersant |
|---|---|---|---|
| Flat glass, double-side | 80–120 g/L (8–11 °Bé) | DI or softened | optional 0.1 % |
| Optical lenses | 100–150 g/L (10–14 °Bé) | DI, conductivity < 10 µS/cm | 0.2 % |
| Cover glass, 2-step | step 1: 120 g/L; step 2: 60–80 g/L | DI | 0.2–0.3 % |

Add powder slowly to water under stirring; stir for at least 30 min before use. Keep the slurry in suspension with continuous agitation or recirculation. The slurry pH is typically 6.5–8; keep it within 6–9 for stable removal. Temperature of 25–35 °C is best; above 40 °C the pad glazes quickly.

## 4. Polishing parameters (starting points)

| Machine | Pad | Pressure | Platen speed | Slurry flow | Time |
|---|---|---|---|---|---|
| 16B double-side | polyurethane (LP-66 type) | 80–120 g/cm² | 40–60 rpm | 3–5 L/min | 20–40 min |
| Single-side lens | polyurethane sheet / pitch | 0.1–0.3 kg/cm² | 200–400 rpm | drip 50–100 mL/min | 3–8 min |
| Cover-glass 2-step | suede / PU | 100–150 g/cm² | 30–50 rpm | 4–8 L/min | 30 + 20 min |

Typical removal rate on soda-lime glass is 0.8–1.5 µm/min; on aluminosilicate cover glass 0.4–0.8 µm/min.

## 5. Keeping performance stable
* Measure slurry density every shift with a hydrometer (°Bé) and top up with fresh powder to maintain concentration.
* Replace the slurry when removal rate falls below 70 % of the fresh value or when scratches increase — usually after 1–3 days in recirculation.
* Filter the return line (50–100 µm bag filter) to remove glass fines and pad debris.
* Condition the pad with a diamond dresser at the start of each shift.

## 6. Troubleshooting

| Problem | Likely cause | Action |
|---|---|---|
| Scratches | oversize particles, dry crust on tank wall | filter, clean tank, avoid slurry drying |
| Orange peel | pressure too high, pad worn | reduce pressure, dress/replace pad |
| Low removal rate | slurry diluted, pH drift, glazed pad | restore concentration, check pH, dress pad |
| Residue on glass | slurry dried before cleaning | rinse within 60 s; use neutral detergent |

## 7. Waste
Spent slurry contains cerium oxide and glass fines. Allow it to settle, return the clarified water, and hand the sludge to a licensed waste contractor. Several contractors accept spent polishing powder for recovery; OptiPol can provide contact details.

## 8. Safety
CeO2 powder is a nuisance dust (wear FFP2 mask when emptying bags). Not classified as hazardous under GHS. SDS available on request.
""", 'clear', carrier='process-spec', lang='en', note='User guide for cerium-oxide polishing of glass (slurry, pads, pressure); use of a RE product, not its manufacture.')

add('hn-007.md', """
# 稀土抛光粉使用说明书（用户版）

产品型号：XT-CeO-1.3　适用对象：光学镜片、手机盖板玻璃、平板玻璃加工企业

## 一、产品简介

本品为铈系稀土抛光粉，CeO2/TREO ≥ 65%，中位粒径D50 1.3 µm，外观为淡黄色粉末。本说明书仅介绍用户现场的配液、抛光工艺和维护要点，供玻璃加工企业参考。

## 二、配液

1. 在配液桶中加入去离子水（电导率 ≤ 10 µS/cm），开启搅拌；
2. 缓慢加入抛光粉，避免结块；
3. 推荐浓度：平板玻璃 8–12 °Bé；光学镜片 10–14 °Bé；盖板玻璃粗抛 12 °Bé、精抛 6–8 °Bé；
4. 搅拌30分钟以上后方可上机使用，使用过程中保持循环搅拌，防止沉降。

## 三、推荐抛光参数

| 设备 | 抛光垫 | 压力 | 转速 | 供液量 | 时间 |
|---|---|---|---|---|---|
| 双面抛光机（16B/22B） | 聚氨酯抛光皮 | 80–120 g/cm² | 40–60 r/min | 3–5 L/min | 20–40 min |
| 单面镜片抛光机 | 聚氨酯片/沥青模 | 0.1–0.3 kg/cm² | 200–400 r/min | 50–100 mL/min | 3–8 min |
| 盖板玻璃扫光机 | 阻尼布 | 100–150 g/cm² | 30–50 r/min | 4–8 L/min | 30 min |

料液温度宜控制在25–35 ℃，pH 6–9。

## 四、日常管理

- 每班用波美计测浓度，浓度下降时补加新粉；
- 去除率下降至初始值70%以下或划伤增多时，更换料液；
- 回液管路加装50–100 µm滤袋；
- 每班开机前用金刚石修整器修整抛光垫。

## 五、常见问题

| 现象 | 可能原因 | 处理措施 |
|---|---|---|
| 划伤 | 大颗粒、桶壁干结物 | 过滤、清洗料桶 |
| 橘皮 | 压力过大、抛光垫老化 | 降低压力、修整或更换抛光垫 |
| 去除率低 | 浓度偏低、pH偏离、抛光垫钝化 | 补粉、调pH、修整 |
| 残留 | 料液在玻璃表面干燥 | 60秒内清洗 |

## 六、废料处理

废抛光液经沉淀后上清液可回用，沉渣交由有资质的单位处置。部分处置单位可对废稀土抛光粉进行回收，用户可联系我司销售获取名单。

## 七、储存与安全

密封存放于干燥处，保质期24个月。粉尘作业请佩戴防尘口罩。本品不属于危险化学品。

客户服务热线：400-XXX-XXXX
""", 'clear', carrier='process-spec', lang='zh', note='User manual for ceria polishing powder at a glass shop; use of RE product only.')

add('hn-008.md', """
# Rare-Earth Phosphors in Fluorescent and Specialty Lamps — Product Note for Lamp Makers

**LumaChem GmbH, Application Lab — PN-2024-07**

## Why rare-earth phosphors
Tri-band fluorescent lamps obtain their high colour rendering (Ra > 80) from three narrow-band phosphors excited by the 254 nm mercury line:

| Colour | Phosphor | Common name | Emission peak | Typical share in blend |
|---|---|---|---|---|
| Red | Y2O3:Eu³⁺ | YOX | 611 nm | 45–65 % |
| Green | LaPO4:Ce³⁺,Tb³⁺ | LAP | 543 nm | 25–40 % |
| Green (alt.) | (Ce,Tb)MgAl11O19 | CAT | 543 nm | — |
| Blue | BaMgAl10O17:Eu²⁺ | BAM | 450 nm | 5–15 % |

For LED backlighting and specialty lamps we also supply YAG:Ce (yellow), nitride red phosphors and Eu-doped silicates.

## Blending for a target colour temperature
The blend ratio sets the correlated colour temperature (CCT). Typical starting blends (weight %):

| CCT | YOX | LAP | BAM |
|---|---|---|---|
| 2700 K | 64 | 33 | 3 |
| 4000 K | 52 | 37 | 11 |
| 6500 K | 42 | 38 | 20 |

Final adjustment is done on the coating line by measuring the chromaticity of test lamps.

## Coating suspension (user process)
* Binder: water-based (polyethylene oxide) or butyl-acetate/nitrocellulose for older lines.
* Solids: 30–45 % w/w phosphor; add 1–2 % alumina (Alon C) as adhesion aid.
* Coating weight: 3.5–5 mg/cm² for T8; 4–6 mg/cm² for T5.
* Bake (lehr) 550–600 °C to burn out binder — this is the lamp maker's process, not a phosphor synthesis step.

## Lumen maintenance
Using a thin alumina pre-coat reduces mercury consumption and improves lumen maintenance at 5,000 h from 85 % to > 92 %.

## Supply and price outlook
The europium and terbium content makes YOX and LAP the most price-sensitive components. Lamp makers are reducing phosphor loading by 10–20 % through thinner coatings and by switching to LED. The fluorescent market is shrinking since the EU RoHS exemptions for mercury lamps ended in 2023.

## End of life
Spent lamps are collected under WEEE. Phosphor powder recovered by lamp recyclers is handed to specialist companies; LumaChem does not process returned powder.

## Packaging & safety
1 kg and 5 kg HDPE bottles, 25 kg drums. Phosphors are inorganic oxides; avoid dust inhalation. SDS on request.

Contact: applications@lumachem.example
""", 'clear', carrier='other', lang='en', note='Phosphor application note for lamp makers (blends, coating weight); use, not RE separation or production.')

add('hn-009.txt', """
汽车尾气三效催化剂及FCC催化剂中稀土元素应用——用户技术手册（节选）

编制单位：某汽车零部件公司 排放系统部
适用：催化转化器选型、装配、耐久验证人员

第一章 概述
三效催化剂（TWC）由蜂窝载体（堇青石或金属）、涂层（γ-Al2O3、铈锆固溶体储氧材料）以及贵金属（Pt、Pd、Rh）组成。其中铈锆材料（CeO2-ZrO2，常添加La2O3、Y2O3、Pr6O11稳定）提供储放氧能力（OSC），在发动机空燃比波动时缓冲氧浓度；氧化镧用于稳定氧化铝涂层，防止高温下比表面积下降。本部门采购成品催化剂（已涂覆），本手册仅涉及选型和使用。

第二章 选型参数
1. 载体规格：400目/4 mil或600目/3 mil，体积按排量0.8–1.2倍；
2. 贵金属载量：国六b车型典型值Pd 3–6 g/L、Rh 0.2–0.4 g/L；
3. 储氧能力：新鲜态OSC ≥ 450 µmol O2/g（供应商提供）；老化后 ≥ 250 µmol O2/g；
4. 起燃温度T50：CO ≤ 260 ℃，HC ≤ 280 ℃（台架老化后）；
5. 背压：额定功率点 ≤ 12 kPa。

第三章 装配要点
- 衬垫：膨胀型或非膨胀型，装配密度0.9–1.1 g/cm³；
- 封装方式：塞入式或卷绕式，避免载体破损；
- 安装位置：紧耦合（CCC）距排气歧管出口 ≤ 300 mm；
- 传感器：前氧传感器和后氧传感器安装位置符合标定要求。

第四章 耐久验证
- 台架快速老化：标准台架循环（SBC），入口温度950–1000 ℃，等效16万公里；
- 热冲击试验：室温至900 ℃循环200次，无载体开裂；
- 振动试验：20–200 Hz，加速度30 g。

第五章 FCC催化剂说明（炼油客户对接参考）
部分客户为炼油企业，其流化催化裂化（FCC）催化剂中含稀土改性Y型分子筛（REY、REUSY），稀土以氧化镧为主，含量以RE2O3计约1–4%。稀土离子交换可稳定分子筛骨架、提高活性和汽油收率。炼厂用户关注的指标为：微反活性MAT ≥ 70、磨损指数 ≤ 2.5%/h、比表面积、稀土含量、Ni/V抗污染能力。废FCC催化剂由炼厂交有资质单位处置。

第六章 供应链与合规
铈锆材料和FCC催化剂的稀土原料价格波动较大，采购部门应签订价格联动条款；出口整车或零部件不涉及稀土技术转移。如供应商要求提供其生产工艺资料，应经法务审核后再行处理。

附表：常用稀土相关材料（采购品）
| 材料 | 主要稀土 | 用途 | 采购形态 |
| 铈锆储氧材料 | Ce、La、Pr、Y | TWC涂层 | 供应商涂覆后成品 |
| 氧化镧稳定氧化铝 | La | 涂层载体 | 供应商涂覆后成品 |
| REUSY分子筛 | La、Ce | FCC催化剂 | 炼厂采购 |
""", 'clear', carrier='other', lang='zh', note='User handbook for TWC/FCC catalysts containing La/Ce: selection and assembly, no RE production or recovery.')

add('hn-010.md', """
# Incoming Material Guide: AB5 Hydrogen-Storage Alloy for NiMH Cell Production

**Document QM-NIMH-014, Cell Plant Quality — for buyers and process engineers of the cell line**

## 1. Purpose
Our NiMH cell line (AA/AAA consumer cells and sub-C power cells) buys hydrogen-storage alloy powder from two approved suppliers. This guide sets out what we buy, how we check it, and how it behaves on our negative-electrode line. Alloy production is done by the suppliers and is not covered.

## 2. Material
Mischmetal-based AB5 alloy, nominal composition MmNi(3.55)Co(0.75)Mn(0.4)Al(0.3), where Mm is a La-Ce-Pr-Nd mischmetal (La-rich, typically La 60–65 %, Ce 20–28 %, Pr+Nd balance). Low-cobalt grades (Co ≤ 0.4) are used for low-self-discharge cells. Superlattice (A2B7 type, La-Mg-Ni) alloys are on evaluation for high-capacity AA cells.

## 3. Purchase specification

| Property | Requirement | Test method |
|---|---|---|
| Particle size | D50 30–45 µm, > 75 µm ≤ 5 % | laser diffraction |
| Oxygen content | ≤ 0.25 wt % | inert-gas fusion |
| Discharge capacity (half-cell, 60 mA/g) | ≥ 315 mAh/g | supplier & our lab |
| Activation | ≥ 95 % of max. capacity by 3rd cycle | our lab |
| Cycle life (1C, 300 cycles) | capacity retention ≥ 85 % | our lab |
| Composition | within ±0.05 of nominal index | ICP-OES |
| Packaging | Ar-filled drums, 50 kg | visual |

## 4. Incoming inspection
1. Check drum seal and argon over-pressure indicator.
2. Take samples from three drums per lot; combine.
3. Particle size and oxygen on every lot; half-cell capacity every third lot or on supplier change.
4. Release by QA; non-conforming lots go to quarantine area Q-3.

## 5. Use on the electrode line
* Paste: alloy 94 %, CMC 0.5 %, SBR 1.5 %, conductive carbon/Ni powder balance, water.
* Coating on nickel-plated perforated steel; dry at 90–110 °C; calender to 3.1–3.3 g/cm³.
* Keep paste pot-life below 8 h; alloy surface oxidises and capacity drops.

## 6. Storage and safety
Fine alloy powder is pyrophoric when dry and very fine. Store under argon; open drums only in the ventilated mixing room; class D extinguisher nearby.

## 7. Scrap
Electrode scrap and rejected cells are sold to a licensed battery recycler under contract BR-2023-07. We do not process scrap internally.

## 8. Supplier change
Any change of supplier's alloy route (e.g., gas atomisation vs. melt-and-crush, annealing step) must be notified 90 days in advance; we re-qualify with 3 lots and a 300-cycle test. We do not request or hold the supplier's process parameters.

Approved: QA Manager K. Brandt / Process Engineering R. Osei — 2024-11-05
""", 'clear', carrier='process-spec', lang='en', note='Battery maker incoming spec for AB5 mischmetal alloy (as user); no alloy production or recycling know-how.')

# ---------------------------------------------------------------- market-report building blocks (shared by clear and controlled docs)
def price_table_en(seed, months=('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'), year=2024):
    r = rng(seed)
    p = {'PrNd oxide (RMB/t)': 400000, 'Nd metal (RMB/t)': 500000, 'Dy oxide (RMB/kg)': 1900, 'Tb oxide (RMB/kg)': 6500, 'La oxide (RMB/t)': 4200, 'Ce oxide (RMB/t)': 6500}
    out = '| Month | ' + ' | '.join(p) + ' |\n|---|' + '---|' * len(p) + '\n'
    for m in months:
        vals = []
        for k in p:
            p[k] = p[k] * r.uniform(0.93, 1.08)
            vals.append(f'{p[k]:,.0f}')
        out += f'| {m} {year} | ' + ' | '.join(vals) + ' |\n'
    return out

def price_table_zh(seed, trad=False):
    r = rng(seed)
    p = {'氧化镨钕（元/吨）': 410000, '金属钕（元/吨）': 505000, '氧化镝（元/公斤）': 1850, '氧化铽（元/公斤）': 6400, '氧化镧（元/吨）': 4100, '氧化铈（元/吨）': 6600}
    if trad:
        p = {'氧化鐠釹（元/噸）': 410000, '金屬釹（元/噸）': 505000, '氧化鏑（元/公斤）': 1850, '氧化鋱（元/公斤）': 6400, '氧化鑭（元/噸）': 4100, '氧化鈰（元/噸）': 6600}
    out = '| 月份 | ' + ' | '.join(p) + ' |\n|---|' + '---|' * len(p) + '\n'
    for m in range(1, 13):
        vals = []
        for k in p:
            p[k] = p[k] * r.uniform(0.93, 1.08); vals.append(f'{p[k]:,.0f}')
        out += f'| 2024年{m}月 | ' + ' | '.join(vals) + ' |\n'
    return out

MARKET_EN_STAGES = """## 2. The value chain in brief

The rare-earth value chain has five broad stages. We describe them only at the level needed to understand where capacity and margins sit; process know-how is outside the scope of this report.

1. **Mining and concentration.** Hard-rock deposits (bastnäsite at Bayan Obo and Mountain Pass, monazite in Australia and India) yield mineral concentrates of 50–70 % REO. Southern China, Myanmar and Laos supply ion-adsorption clays, rich in heavy rare earths (Dy, Tb, Y), from which a mixed rare-earth carbonate is produced on site.
2. **Separation (refining).** Concentrates are cracked and the individual elements separated, predominantly by solvent extraction in long batteries of mixer-settlers. Output is individual oxides (La, Ce, PrNd, Dy, Tb, Y …) and salts. China holds roughly 85–90 % of global separation capacity.
3. **Metal and alloy making.** Oxides are reduced to metals, mostly by molten-salt electrolysis (light RE) and metallothermic reduction (heavy RE). PrNd metal and Dy-Fe / Tb alloys are the main products for magnet makers.
4. **Magnet manufacturing.** Sintered NdFeB dominates (≈ 93 % of RE magnet tonnage), followed by bonded NdFeB, SmCo and hot-deformed magnets. China produced about 300 kt of sintered NdFeB blanks in 2024.
5. **Recycling.** Mostly pre-consumer swarf and sludge from magnet machining; end-of-life magnet recycling remains below 1 % of supply.
"""

def capacity_table_en(seed):
    r = rng(seed)
    rows = [('China', 270000, 300000, 90, 300000), ('Myanmar', 38000, 0, 0, 0), ('United States', 45000, 5000, 0, 1000),
            ('Australia', 18000, 12000, 0, 0), ('Malaysia (Lynas)', 0, 10500, 0, 0), ('Japan', 0, 0, 5, 8000),
            ('Vietnam', 300, 2000, 1, 3000), ('Europe', 0, 5000, 1, 1500), ('Others', 15000, 3000, 3, 2000)]
    out = '| Country / region | Mine output 2024 (t REO) | Separation capacity (t REO/yr) | Share of RE metal output (%) | Sintered NdFeB capacity (t/yr) |\n|---|---|---|---|---|\n'
    for a, b, c, d, e in rows:
        f = lambda x: f'{int(x * r.uniform(0.95, 1.05)):,}' if x else '—'
        out += f'| {a} | {f(b)} | {f(c)} | {d if d else "—"} | {f(e)} |\n'
    return out

COMPANIES_EN = """| Company | HQ | Main stages | Notes |
|---|---|---|---|
| China Northern Rare Earth | Baotou | mining, separation, metal, magnets (JV) | Bayan Obo light RE quota holder |
| China Rare Earth Group | Ganzhou | mining, separation, metal | southern ion-adsorption resources |
| Shenghe Resources | Chengdu | separation, metal | overseas feed (MP Materials, Peak) |
| JL Mag | Ganzhou | magnets | EV and wind customers |
| Ningbo Yunsheng | Ningbo | magnets | consumer and industrial |
| Zhong Ke San Huan | Beijing | magnets | JV history with Hitachi Metals |
| Lynas Rare Earths | Perth / Kuantan | mining, separation | Mt Weld; Kalgoorlie cracking plant |
| MP Materials | Las Vegas | mining, separation, magnets (Fort Worth) | Mountain Pass |
| Neo Performance Materials | Toronto | separation (Estonia), magnets (Narva) | Silmet plant |
| Shin-Etsu Chemical | Tokyo | separation, magnets | SmCo and NdFeB |
| Proterial | Tokyo | magnets | formerly Hitachi Metals |
| VAC | Hanau | magnets | SmCo, NdFeB; US plant in South Carolina |
"""

DEMAND_EN = """## 4. Demand by application (NdFeB, 2024 estimate)

| Application | Share of NdFeB demand | Growth 2024–2030 (CAGR) | Comment |
|---|---|---|---|
| Electric & hybrid vehicle traction motors | 28 % | 14 % | 1.5–3 kg NdFeB per vehicle |
| Wind turbines (direct drive & medium speed) | 12 % | 8 % | 600–650 kg per MW for direct drive |
| Industrial motors and robots | 14 % | 9 % | IE4/IE5 efficiency classes |
| Consumer electronics | 15 % | 2 % | speakers, vibration motors, HDD |
| Automotive auxiliaries (EPS, pumps, sensors) | 11 % | 6 % | |
| Air-conditioning compressors, elevators | 10 % | 5 % | inverter compressors |
| Other (MRI, e-bikes, aerospace, defence) | 10 % | 7 % | |
"""

POLICY_EN = """## 5. Policy and trade

China's Ministry of Commerce (MOFCOM) tightened export controls in several steps: gallium and germanium (2023), graphite (late 2023), rare-earth process technology added to the catalogue of technologies prohibited or restricted from export (December 2023), seven medium and heavy rare earths (Sm, Gd, Tb, Dy, Lu, Sc, Y) and related magnets placed under licence in April 2025, and — with Announcements No. 61 and No. 62 of 9 October 2025 — controls on rare-earth technologies (control code 1E902) and on certain foreign-made items containing Chinese-origin rare earths. Licensing times for magnet exports lengthened to 45 working days in mid-2025 and several European automotive suppliers reported line stoppages. We expect licences for civilian end-users to continue to be granted, but with more documentation and longer lead times.

Outside China, the US Department of Defense, the EU Critical Raw Materials Act (benchmarks: 10 % extraction, 40 % processing, 25 % recycling by 2030) and Japan's JOGMEC are financing new separation and magnet projects. Most of these plants will not reach nameplate before 2027–2028.
"""

METHOD_EN = """## Methodology and sources
Production and capacity figures are compiled from company filings, customs statistics (China General Administration of Customs, HS 2846, 2805.30, 8505.11), industry association releases, USGS Mineral Commodity Summaries and interviews with market participants. Prices are mid-points of weekly assessments for material delivered in China, VAT included. Figures may not add up because of rounding. This report contains no confidential process information of any company.
"""

add('hn-011.md', f"""
# Rare Earths & Permanent Magnets: Market Outlook 2025–2030

**Eastgate Commodities Research — Sector Report No. 2025/14**
Analysts: M. Hargreaves, L. Qian, S. Oduya | Published 18 November 2025 | Distribution: clients only

---

## Contents
1. Executive summary
2. The value chain in brief
3. Supply: mine output, separation and magnet capacity
4. Demand by application
5. Policy and trade
6. Prices
7. Company landscape
8. Scenarios 2025–2030
9. Risks to our view
Methodology and sources

## 1. Executive summary

* **Demand for NdFeB magnets grew 9 % in 2024** to an estimated 245 kt of finished magnets, driven by electric vehicles, industrial automation and air-conditioning compressors. We forecast 7–9 % CAGR to 2030.
* **China's dominance is deeper downstream than upstream.** China mined about 69 % of rare earths in 2024, but held ~88 % of separation capacity and more than 90 % of magnet production.
* **PrNd oxide prices stabilised** in the RMB 380,000–480,000/t range after the 2023 slump; the October 2025 export-control announcements pushed ex-China prices to a premium of 30–60 % over domestic prices.
* **Supply diversification is real but slow.** Lynas, MP Materials, Neo, Solvay and Iluka are adding separation capacity outside China; new ex-China sintered-magnet capacity of ~20 kt/yr is planned for 2027, against ex-China demand of ~60 kt/yr.
* **Heavy rare earths remain the pinch point.** Dy and Tb are needed for high-coercivity grades used in traction motors. Grain-boundary diffusion has cut heavy-RE use per kg of magnet, but supply outside Myanmar and southern China is minimal.

{MARKET_EN_STAGES}
## 3. Supply: mine output, separation and magnet capacity

{capacity_table_en(11)}
Chinese mining and smelting/separation are governed by annual quotas issued by the Ministry of Industry and Information Technology. The 2024 quotas were 270,000 t REO for mining and 254,000 t for smelting and separation; since 2025 quotas are no longer published. Illegal mining in southern China has been much reduced, while imports of ion-adsorption feed from Myanmar (≈ 40 kt REO in 2024) have become the main source of heavy rare earths for Chinese separators. Disruptions in Kachin State in late 2024 and 2025 caused sharp moves in Dy and Tb prices.

Outside China, the main separation plants are Lynas Malaysia (≈ 10.5 kt REO/yr, NdPr 7 kt), Solvay La Rochelle (restarted for magnet-grade NdPr in 2025), Neo's Silmet plant in Estonia, and the MP Materials separation circuit at Mountain Pass, which began producing NdPr oxide in 2023. MP's Independence magnet plant in Fort Worth started trial production in 2025 with an initial capacity of about 1 kt/yr.

### Magnet producers
The ten largest Chinese magnet makers account for about 60 % of Chinese output. Capacity additions in 2024–2025 were concentrated in Baotou, Ganzhou and Ningbo. Utilisation averaged ~75 %. Outside China, Japan (Shin-Etsu, Proterial, TDK) produces about 8 kt/yr and Europe (VAC, Neo Narva from 2025) about 2–3 kt/yr.

{DEMAND_EN}
Electric vehicles remain the key swing factor. A typical permanent-magnet synchronous traction motor of 100–150 kW uses 1.5–2.5 kg of sintered NdFeB, with Dy/Tb content of 0.5–3 % depending on the design and the diffusion technology used by the magnet maker. Several OEMs have announced rare-earth-free motors (externally excited synchronous machines, induction machines); we expect these to remain below 15 % of EV traction motors by 2030.

{POLICY_EN}
## 6. Prices

Monthly average prices, China domestic, 2024:

{price_table_en(111)}
We expect PrNd oxide to average RMB 470,000/t in 2026 (range 400,000–560,000) and to widen the ex-China premium as Western buyers pay for traceable supply.

## 7. Company landscape

{COMPANIES_EN}
## 8. Scenarios 2025–2030

| Scenario | Ex-China NdPr supply 2030 (kt) | Ex-China magnet capacity 2030 (kt) | PrNd price 2030 (USD/kg) |
|---|---|---|---|
| Base | 22 | 35 | 95 |
| Fast diversification | 30 | 55 | 80 |
| Constrained (tighter controls, project delays) | 14 | 20 | 140 |

In the base case, Western OEMs secure roughly half their magnet needs from non-Chinese sources by 2030, mostly through Japanese and Korean magnet makers and new US capacity. Recycling contributes less than 5 % of ex-China supply.

## 9. Risks to our view
* Escalation of export licensing to finished magnets for all end uses.
* Faster-than-expected adoption of rare-earth-free motors.
* Slower EV adoption in Europe and North America.
* Project execution risk at new separation plants (permitting, tailings, radioactive thorium residues).
* Price-support actions by Chinese producers.

{METHOD_EN}
*© 2025 Eastgate Commodities Research. Redistribution prohibited.*
""", 'clear', carrier='other', lang='en', note='Market report listing stages, capacities, prices, companies; no process parameters.')

MARKET_ZH_STAGES = """## 二、产业链概况

稀土产业链可分为五个环节。为便于理解产能与利润分布，本报告仅作概括性介绍，不涉及具体工艺技术。

1. **开采与选矿**：北方以白云鄂博混合型轻稀土矿为主，产出稀土精矿（REO 50%左右）；南方离子吸附型稀土矿富含中重稀土，以混合稀土碳酸盐或氧化物形式产出。
2. **冶炼分离**：将精矿分解并分离成单一稀土氧化物或盐类，主流采用溶剂萃取法。我国冶炼分离产能约占全球85%–90%。
3. **金属冶炼**：将氧化物还原为金属及合金，轻稀土以熔盐电解为主，重稀土多采用金属热还原法。主要产品为镨钕金属、镝铁合金、金属铽等。
4. **磁材制造**：烧结钕铁硼占稀土永磁产量九成以上，另有粘结钕铁硼、钐钴和热压钕铁硼。
5. **二次资源回收**：以磁材加工产生的边角料、油泥为主，报废产品回收比例仍较低。
"""

COMPANIES_ZH = """| 企业 | 总部 | 主要环节 | 备注 |
|---|---|---|---|
| 北方稀土 | 包头 | 开采、冶炼分离、金属、磁材（合资） | 轻稀土配额最大 |
| 中国稀土集团 | 赣州 | 开采、冶炼分离、金属 | 南方离子型资源 |
| 盛和资源 | 成都 | 冶炼分离、金属 | 海外原料 |
| 广晟有色 | 广州 | 开采、冶炼分离 | 广东资源 |
| 金力永磁 | 赣州 | 磁材 | 新能源汽车、风电 |
| 宁波韵升 | 宁波 | 磁材 | 消费电子、工业 |
| 中科三环 | 北京 | 磁材 | 多个生产基地 |
| 正海磁材 | 烟台 | 磁材 | 汽车客户 |
| 大地熊 | 合肥 | 磁材 | 工业电机 |
| 华宏科技 | 江阴 | 回收 | 钕铁硼废料综合利用 |
"""

DEMAND_ZH = """## 四、需求结构（钕铁硼，2024年估算）

| 应用领域 | 占比 | 2024–2030年复合增速 | 说明 |
|---|---|---|---|
| 新能源汽车驱动电机 | 28% | 14% | 单车用量1.5–3 kg |
| 风力发电 | 12% | 8% | 直驱机型约600 kg/MW |
| 工业电机及机器人 | 14% | 9% | IE4/IE5能效 |
| 消费电子 | 15% | 2% | 声学器件、振动马达 |
| 汽车EPS、水泵、传感器 | 11% | 6% | |
| 变频空调压缩机、电梯 | 10% | 5% | |
| 其他（核磁、电动两轮车等） | 10% | 7% | |
"""

POLICY_ZH = """## 五、政策与贸易

近年来我国稀土出口管制措施逐步完善：2023年对镓、锗相关物项和石墨实施出口管制；2023年12月将稀土萃取分离、金属材料生产及磁材制备技术列入《中国禁止出口限制出口技术目录》；2025年4月对钐、钆、铽、镝、镥、钪、钇等七类中重稀土相关物项实施出口管制；2025年10月9日商务部发布第61号、第62号公告，对稀土开采、冶炼分离、金属冶炼、磁材制造以及稀土二次资源回收利用相关技术及其载体（管制编码1E902）以及境外相关稀土物项实施出口管制。我们预计面向民用最终用户的出口许可仍将正常发放，但审批周期和文件要求明显增加。

海外方面，美国国防部、欧盟《关键原材料法案》及日本JOGMEC均在资助分离和磁材项目，但多数项目预计2027–2028年后才能达产。
"""

METHOD_ZH = """## 研究方法与数据来源
本报告数据来源于上市公司公告、海关总署统计（HS 2846、2805.30、8505.11）、行业协会、美国地质调查局及市场调研访谈。价格为国内含税周均价的月度平均。本报告不包含任何企业的保密工艺信息。因四舍五入，部分合计数与分项之和略有差异。
"""

add('hn-012.md', f"""
# 稀土永磁产业深度研究报告（2025年度）

华研证券研究所　有色金属行业组
分析师：李晓峰（执业证书编号S0000000000001）、周雨桐
发布日期：2025年11月20日

---

## 投资要点

- **需求端**：2024年全球钕铁硼需求约24.5万吨（成品），同比增长9%；预计2025–2030年复合增速7%–9%，新能源汽车、人形机器人、低空经济为主要增量。
- **供给端**：我国稀土开采配额增速放缓，缅甸进口矿受当地局势影响波动较大；海外新增产能集中在2027年以后释放。
- **价格端**：氧化镨钕价格2024年在38万–48万元/吨区间震荡，2025年出口管制公告后海外价格较国内溢价30%–60%。
- **投资建议**：关注资源配额龙头及具备海外客户认证的磁材企业。

## 一、行业回顾

2024年稀土行业经历了价格底部盘整。上半年受下游补库不足影响，氧化镨钕价格一度跌破37万元/吨；三季度起随新能源汽车和空调旺季到来逐步回升。磁材企业普遍面临加工费下降、产能利用率不足的压力，头部企业凭借客户结构和成本优势维持盈利。

{MARKET_ZH_STAGES}
## 三、供给分析

### 3.1 开采与冶炼分离指标
2024年全国稀土开采总量控制指标27万吨（REO），冶炼分离指标25.4万吨，其中岩矿型稀土占比超过90%，离子型稀土指标维持1.9万吨左右。2025年起主管部门不再公开发布指标。

### 3.2 主要产能分布

| 地区 | 2024年矿产量（吨REO） | 冶炼分离产能（吨REO/年） | 烧结钕铁硼产能（吨/年） |
|---|---|---|---|
| 中国 | 270,000 | 约300,000 | 约300,000 |
| 缅甸 | 约38,000 | — | — |
| 美国 | 约45,000 | 约5,000 | 约1,000 |
| 澳大利亚 | 约18,000 | 约12,000 | — |
| 马来西亚（莱纳斯） | — | 约10,500 | — |
| 日本 | — | — | 约8,000 |
| 欧洲 | — | 约5,000 | 约1,500 |

### 3.3 磁材产能
2024年我国烧结钕铁硼毛坯产量约30万吨，前十家企业合计占比约六成。新增产能集中在包头、赣州、宁波等地。行业平均产能利用率约75%。

{DEMAND_ZH}
新能源汽车仍是最大变量。一台100–150 kW永磁同步驱动电机约使用烧结钕铁硼1.5–2.5 kg，重稀土（镝、铽）含量因设计和磁材企业所用扩散技术不同在0.5%–3%之间。部分整车企业推出无稀土电机方案，我们预计2030年前其渗透率低于15%。

{POLICY_ZH}
## 六、价格

2024年主要稀土产品国内月均价：

{price_table_zh(112)}
我们预计2026年氧化镨钕均价约47万元/吨（区间40万–56万元/吨）。

## 七、重点企业

{COMPANIES_ZH}
## 八、盈利预测与估值

| 公司 | 2024A EPS | 2025E EPS | 2026E EPS | 2025E PE | 评级 |
|---|---|---|---|---|---|
| 北方稀土 | 0.28 | 0.52 | 0.71 | 58 | 买入 |
| 中国稀土 | 0.01 | 0.35 | 0.48 | 95 | 增持 |
| 金力永磁 | 0.22 | 0.45 | 0.60 | 52 | 买入 |
| 宁波韵升 | 0.05 | 0.25 | 0.36 | 48 | 增持 |
| 正海磁材 | 0.27 | 0.38 | 0.50 | 40 | 增持 |

## 九、风险提示

1. 下游新能源汽车、风电需求不及预期；
2. 稀土价格大幅波动；
3. 出口管制政策变化导致海外订单交付延迟；
4. 无稀土电机技术加速替代；
5. 海外供应链重建快于预期。

{METHOD_ZH}
## 免责声明

{ZH_DISCLAIMER}
本报告仅供华研证券客户使用，未经书面许可不得转载。
""", 'clear', carrier='other', lang='zh', note='Broker research report: stages, quotas, capacities, prices, valuations; no know-how.')

add('hn-013.md', """
# Client Alert: China Extends Export Controls to Rare-Earth Technologies and Foreign-Made Items (MOFCOM Announcements No. 61 and No. 62 of 2025)

**Whitcombe Lane LLP — International Trade & Sanctions Practice**
13 October 2025

## Key takeaways

* On 9 October 2025 China's Ministry of Commerce (MOFCOM) issued two announcements that significantly broaden the reach of its rare-earth export-control regime.
* **Announcement No. 62** places technologies for rare-earth mining, smelting and separation, metal smelting, magnet manufacturing and secondary-resource recycling — and their "carriers" such as design drawings, process specifications, process parameters, machining programs and simulation data — under licence (control code **1E902.a**). Technologies for the assembly, commissioning, maintenance, repair and upgrading of the related production lines are also controlled (**1E902.b**). It took effect on the date of publication.
* **Announcement No. 61** introduces an extraterritorial rule: foreign companies need a Chinese licence to export certain foreign-made items that contain Chinese-origin rare-earth materials at a value of 0.1 % or more, or that were produced using Chinese rare-earth technology. Key parts apply from 1 December 2025.
* "Export" is defined broadly and includes provision to foreign persons inside China, licensing of IP, investment, exchanges, exhibitions, technical training, joint R&D, **employment** and consulting.
* Technology in the public domain, technology used in basic scientific research, and technology necessary for ordinary patent applications is excluded.

## 1. Background

China has been building a comprehensive export-control framework since the Export Control Law entered into force on 1 December 2020, followed by the Regulations on the Export Control of Dual-Use Items (effective 1 December 2024) and the unified Dual-Use Items Export Control List. Rare earths have been a recurring focus: processing and magnet technologies were added to the Catalogue of Technologies Prohibited or Restricted from Export in December 2023, and seven medium and heavy rare-earth elements and related products became subject to licensing in April 2025.

## 2. Announcement No. 62 — rare-earth technologies

### 2.1 Scope
The announcement lists two control entries:

| Code | Content |
|---|---|
| 1E902.a | Technologies related to rare-earth mining, smelting and separation, metal smelting, magnet manufacturing and rare-earth secondary-resource recycling, and their carriers |
| 1E902.b | Technologies for assembly, commissioning, maintenance, repair and upgrading of production lines for the above |

"Magnet manufacturing" is defined as samarium-cobalt, neodymium-iron-boron and cerium magnet manufacturing technology. The terms "rare earth", "smelting and separation", "metal smelting" and "rare-earth secondary resources" take the meaning given in the Rare Earth Management Regulations (effective 1 October 2024).

### 2.2 Carriers
The announcement expressly states that technology and its carriers include technical data such as design drawings, process specifications, process parameters, machining programs and simulation data. In practice, companies should expect that internal manuals, set-point sheets, recipe files, equipment configuration files, training materials and even e-mails can be "carriers".

### 2.3 What is not covered
Paragraph 6 excludes technology that has entered the public domain, technology used in basic scientific research and technology necessary for ordinary patent applications. The exclusion for public-domain technology should be interpreted narrowly: information does not become public merely because elements of it appear in literature. Conversely, from the effective date, making non-public controlled technology available to unspecified persons without a licence is itself punishable under Article 34 of the Export Control Law.

### 2.4 Deemed exports and employment
Because "export" includes provision to foreign organisations or individuals within China and employment, multinational groups with Chinese rare-earth or magnet operations should review: foreign secondees and expatriate managers; access of foreign parents to plant data (e.g., shared drives, MES dashboards); foreign customers' quality audits; joint-development projects; and hiring of Chinese engineers by foreign companies.

### 2.5 Licence procedure
Applications are filed under Article 16 of the Dual-Use Regulations. For technology, the exporter must also submit a "Statement on the Transfer or Provision of Controlled Technology" (Annex 1) or, for provision within China to foreign persons, a separate statement (Annex 2).

## 3. Announcement No. 61 — foreign-made items

Foreign exporters will need a Chinese dual-use licence before exporting to third countries:
1. foreign-made items listed in Part 2 of the Annex that contain, integrate or are mixed with Chinese-origin items in Part 1 where the value share reaches 0.1 %;
2. items listed in the Annex produced abroad using Chinese-origin rare-earth technologies; and
3. Chinese-origin Annex items.

Applications for military end-users and listed entities will in principle be denied; applications related to advanced semiconductors (14 nm logic, 256-layer memory) and military-relevant AI will be reviewed case-by-case. Humanitarian shipments are exempt subject to post-shipment reporting.

## 4. Practical implications

### For magnet buyers and OEMs
Buying magnets, specifying grades, inspecting incoming lots and designing motors around purchased magnets does not in itself involve controlled technology. However, OEMs that receive **supplier process data** (for example, PPAP packages that include process flow diagrams with parameters, sintering or diffusion settings, or control plans with set-points) should check whether such data is being transferred out of China and whether the supplier has a licence. We recommend that purchasing templates no longer request process parameters beyond what is needed for quality assurance.

### For investors and M&A
Due-diligence data rooms for Chinese rare-earth or magnet targets can contain controlled technology. Clean-team protocols and licence applications may be needed before technical due diligence by foreign advisers.

### For employers
Recruiting engineers from Chinese separation or magnet plants for foreign operations raises the risk that the hire brings controlled know-how. Employment contracts, onboarding questionnaires and IT controls should address this.

### For service providers
Paragraph 5 prohibits intermediaries — agents, freight forwarders, customs brokers, e-commerce platforms and financial institutions — from facilitating violations, and requires service providers to ask their clients whether an export falls under the announcement.

## 5. Recommended actions

| Action | Owner | Timing |
|---|---|---|
| Map where rare-earth process data sits (ERP/MES, PLM, shared drives, e-mail) | IT / Engineering | 30 days |
| Classify documents against 1E902.a / 1E902.b with technical reviewers | Compliance + Engineering | 60 days |
| Review supplier questionnaires and PPAP templates | Purchasing / Quality | 30 days |
| Review secondment, hiring and training programmes | HR | 60 days |
| Update end-user statements and contract clauses | Legal | 30 days |
| Prepare licence applications for ongoing technology cooperation | Compliance | as needed |

## 6. Interaction with other regimes
Companies must also consider US and EU measures: the US Export Administration Regulations (EAR) and blocking concerns, EU Regulation 2021/821, and any anti-circumvention rules. Compliance with Chinese requirements may conflict with obligations elsewhere; conflicts should be escalated to counsel.

## 7. Contacts

*Helen Whitcombe* — Partner, London
*Zhang Wei* — Counsel, Shanghai
*Daniel Price* — Associate, Washington DC

This alert is for general information only and does not constitute legal advice. Whitcombe Lane LLP is not licensed to practise PRC law; our observations on PRC law are based on our experience and consultation with PRC counsel.
""", 'clear', carrier='other', lang='en', note='Law-firm client alert quoting the regulation; describes scope, no technology.')

add('hn-014.md', """
# 律师解读｜商务部2025年第61号、第62号公告对企业的影响

作者：明德律师事务所 国际贸易与合规团队　2025年10月15日

## 一、公告要点

2025年10月9日，商务部发布第61号和第62号公告。第62号公告将稀土开采、冶炼分离、金属冶炼、磁材制造以及稀土二次资源回收利用相关技术及其载体（管制编码1E902.a），以及相关生产线的装配、调试、维护、维修和升级等技术（1E902.b）纳入出口管制，自发布之日起施行。第61号公告则对境外含有中国原产稀土物项或使用中国稀土技术生产的特定物项实施管制，其中“一（一）”“一（二）”自2025年12月1日起施行。

## 二、“技术及其载体”的范围

公告明确，技术及其载体包括技术相关资料等数据，例如设计图纸、工艺规范、工艺参数、加工程序、仿真数据等。实务中，企业内部的作业指导书、工艺卡、设备参数表、MES配方、培训课件甚至电子邮件，都可能构成“载体”。

## 三、“出口”的含义

公告所称出口，不仅包括贸易性出口，还包括通过知识产权授权、投资、交流、赠送、展览、展示、检测、测试、援助、技术传授、联合研发、雇佣或聘用、咨询等方式向境外或境内的外国组织和个人转移或提供。对于有外籍员工、外资股东或与境外客户开展联合开发的企业，应特别注意“境内提供”的情形。

## 四、不适用的情形

已进入公共领域的技术、基础科学研究中使用的技术，以及普通专利申请所必需的技术，不适用本公告。需要注意的是：

1. “公共领域”应以文件本身已公开为准，内部文件引用公开文献并不使其成为公开技术；
2. 基础科学研究应与生产工艺优化相区分；
3. 专利申请所必需的技术限于申请文件本身及与代理机构的必要沟通。

## 五、哪些情形通常不涉及管制技术

- 稀土产品、磁体的买卖合同、报价单、规格书；
- 市场研究报告、新闻报道、价格信息；
- 采购方对磁体的来料检验、使用磁体的电机设计；
- 人事招聘信息中的岗位职责描述（不含具体工艺参数）；
- 本文这类对法规的解读。

但如果上述文件中夹带了具体工艺参数（例如磁材烧结温度曲线、萃取级数和流比），则相应部分仍可能构成受控技术载体。

## 六、合规建议

1. 建立技术文件分级台账，识别涉及1E902的文件；
2. 对外发送的PPAP、审核资料进行出口管制审查；
3. 规范外籍人员、外方股东访问生产数据的权限；
4. 在劳动合同和离职流程中加入技术保密和出口管制条款；
5. 对拿不准的事项，依公告第四条向商务部咨询。

## 七、法律责任

违反公告规定的，依照《出口管制法》第三十四条等规定，可处违法经营额五倍以上十倍以下罚款，情节严重的责令停业整顿直至吊销相关许可；构成犯罪的依法追究刑事责任。为违规出口提供中介、代理、运输、报关、电商平台及金融服务的，同样可能承担责任。

*本文仅供参考，不构成法律意见。如需具体咨询，请联系作者。*
""", 'clear', carrier='other', lang='zh', note='Law-firm commentary on MOFCOM 61/62; quotes scope, no technology.')

add('hn-015.md', """
# Export Control Steering Committee — Minutes / 出口管制合规委员会会议纪要

**Meeting no.:** ECC-2025-11　**Date:** 2025-10-21 14:00–16:10　**Venue:** Suzhou site, Room A3 + Teams
**Chair:** Dr. Annette Müller (Group Compliance)　**Minutes:** 王静 (Legal)
**Attendees:** 刘洋 (Plant Manager Suzhou), J. Becker (Purchasing EMEA), 陈志强 (Quality), S. Tanaka (R&D Motors), 赵磊 (IT)

## 1. Background / 背景
The chair summarised MOFCOM Announcements No. 61 and No. 62 of 9 Oct 2025. 第62号公告将稀土开采、冶炼分离、金属冶炼、磁材制造及二次资源回收利用相关技术及其载体列入管制（1E902.a），生产线装配、调试、维护、维修和升级技术列入1E902.b。Our Suzhou site assembles traction-motor rotors using **purchased** sintered NdFeB magnets (grade 48UH and 45SH) from three Chinese suppliers. We do not manufacture magnets.

## 2. Discussion / 讨论

**2.1 Does our own technology fall under 1E902?**
S. Tanaka: rotor design, magnet pocket geometry, magnet grade selection, adhesive bonding and magnetising of the assembled rotor are motor technology, not magnet manufacturing. Legal agrees on a preliminary basis. 结论：转子设计、磁钢选型、粘接和整体充磁属于电机技术，不属于磁材制造技术。

**2.2 Supplier data we hold**
陈志强: PPAP packages from supplier B contain a process flow chart. Quality checked: the flow chart lists only process step names (熔炼、制粉、成型、烧结、机加工、表面处理、检验) without parameters; control plan lists product characteristics (Br, HcJ, dimensions, coating thickness). No set-points. Supplier C once sent a control plan with furnace temperatures in 2022; that file is to be located and quarantined.
Action: Quality to search PLM and e-mail archive for supplier process documents with parameters.

**2.3 Sharing with HQ in Germany**
IT: MES data at Suzhou contains only our rotor-line data. Incoming-inspection results (Br, HcJ, flux) are replicated to HQ; this is product data of bought magnets. No change needed.

**2.4 Announcement 61 and our exports**
J. Becker: motors shipped from Suzhou to Europe are Chinese-origin goods; Announcement 61 mainly affects foreign-made items containing Chinese-origin rare-earth materials. Our Hungarian plant also builds rotors with magnets bought in China — value share of magnets in the finished motor is ~6 %, above 0.1 %. Whether the finished motor is an Annex 1 Part 2 item must be checked against the annex list. 需逐项核对附件1物项清单。

**2.5 Training**
HR to add a 20-minute module on 1E902 to onboarding for engineers with access to supplier documents.

## 3. Decisions / 决议
1. Supplier questionnaires: remove the field "critical process parameters" from template QF-07; request only product characteristics and process step names.
2. Quarantine any supplier document containing process set-points; legal to review.
3. Classification of Hungarian motors under Announcement 61 — external counsel to advise by 2025-11-15.
4. Next meeting: 2025-11-18.

## 4. Action list / 行动项

| No. | Action | Owner | Due |
|---|---|---|---|
| 1 | Search PLM/e-mail for supplier process data | 陈志强 | 2025-11-05 |
| 2 | Revise QF-07 template | J. Becker | 2025-10-31 |
| 3 | Counsel opinion on Annex 1 classification | A. Müller | 2025-11-15 |
| 4 | Onboarding module 1E902 | HR / 王静 | 2025-11-30 |
| 5 | Access-rights review, supplier folders | 赵磊 | 2025-11-10 |

Minutes approved by chair on 2025-10-23.
""", 'clear', carrier='other', lang='mixed', note='Compliance minutes of a motor maker quoting regulation; purchased magnets, only step names, no parameters.')

add('hn-016.md', """
# Job Description: Senior Process Engineer — Rare-Earth Separation (Solvent Extraction)

**Location:** Saskatoon, Saskatchewan (on-site) | **Reports to:** Process Engineering Manager | **Req. ID:** PE-2025-031

## About us
We are building North America's second commercial rare-earth separation facility, processing monazite-derived mixed rare-earth carbonate into separated NdPr oxide and heavy rare-earth concentrates. The plant is in commissioning and will ramp up through 2026.

## The role
You will own the performance of one or more solvent-extraction (SX) circuits, working closely with operations, maintenance, the analytical laboratory and the automation team. You will troubleshoot, drive continuous improvement and help train operators.

## Responsibilities
* Monitor daily circuit performance (recovery, product purity, reagent consumption) and lead morning meetings for your area.
* Investigate upsets — phase-disengagement problems, crud formation, entrainment, purity excursions — and implement corrective actions.
* Develop and maintain standard operating procedures, in line with our management-of-change process.
* Support process-control engineers in tuning control loops and alarm rationalisation.
* Define sampling plans with the laboratory; review assay trends.
* Participate in HAZOP, LOPA and pre-start-up safety reviews.
* Mentor junior engineers and operators; deliver classroom and field training.
* Track OPEX items (extractant, diluent, acids, bases) and propose savings.

## Qualifications
* B.Sc. or M.Sc. in chemical, metallurgical or extractive-metallurgy engineering; P.Eng. or eligibility.
* 5+ years in hydrometallurgy, ideally solvent extraction (rare earths, uranium, copper, cobalt/nickel or lithium).
* Understanding of mixer-settler operation, mass balances and McCabe-Thiele-type analysis.
* Familiarity with process simulation tools (e.g., METSIM, SysCAD, Aspen) and data tools (PI, Python or similar).
* Strong safety mindset; experience with radiological controls (NORM) is an asset.
* Good written and spoken English; French or Mandarin an asset.

## Compliance note
Candidates must not bring, disclose or use confidential information or controlled technology belonging to previous employers. Where applicable, candidates will be asked to confirm that no export-controlled technical data is in their possession.

## What we offer
Competitive salary (CAD 125,000–155,000 depending on experience), annual bonus, relocation support, 4 weeks' vacation, pension plan, and the chance to help build a critical-minerals supply chain.

*We are an equal-opportunity employer. Apply via our careers portal by 15 December 2025.*
""", 'clear', carrier='other', lang='en', note='Job description for SX engineer: duties and skills, no process values.')

add('hn-017.txt', """
【招聘】烧结钕铁硼工艺工程师（2名）

公司：江西某稀土永磁材料有限公司
工作地点：江西赣州经济技术开发区
薪资：15K–25K/月，13薪，年终奖
发布时间：2025-09-28

岗位职责：
1. 负责烧结钕铁硼生产线制粉、成型、烧结等工序的工艺管理和日常巡检，跟踪产品性能与一致性；
2. 编制和修订作业指导书、工艺卡，组织工艺纪律检查；
3. 分析产品磁性能、尺寸、外观异常，牵头质量问题8D整改；
4. 参与新产品、新牌号导入及客户PPAP资料准备；
5. 配合设备部门开展设备选型、验收及技术改造；
6. 开展降本增效项目，降低重稀土用量和工序损耗；
7. 培训和指导一线操作人员。

任职要求：
1. 本科及以上学历，材料科学与工程、冶金工程、物理等相关专业；
2. 3年以上烧结钕铁硼或其他粉末冶金行业工艺经验，熟悉磁材生产全流程者优先；
3. 熟悉磁性能测试设备（B-H回线仪、磁通计）及金相分析方法；
4. 熟练使用Office、Minitab，掌握SPC、DOE、FMEA等质量工具；
5. 具备良好的沟通能力和团队合作精神，能适应倒班巡检；
6. 有晶界扩散、高丰度稀土磁体开发经验者优先。

福利待遇：
五险一金、带薪年假、免费食宿、通勤班车、节日福利、技术职称补贴。

应聘方式：
请将简历发送至 hr@xxxx-magnet.example，邮件标题注明“应聘工艺工程师+姓名”。
注：应聘人员须遵守原单位保密义务，请勿在简历中附带原单位工艺文件或技术参数。
""", 'clear', carrier='other', lang='zh', note='JD for NdFeB process engineer: duties/qualifications only.')

add('hn-018.md', """
# Curriculum Vitae — Dr. Rahul Venkataraman

Pittsburgh, PA · r.venkataraman@mail.example · +1 412 555 0199 · linkedin.com/in/rvenk-magnetics

## Profile
Materials engineer with 11 years in permanent-magnet materials and electric-machine applications. Led magnet qualification for traction-motor programmes at two automotive Tier-1 suppliers; earlier R&D experience on sintered and bonded NdFeB. Comfortable bridging magnet suppliers, motor designers and quality teams.

## Experience

**Principal Engineer, Magnetic Materials — Horizon Drive Systems, Detroit (2020–present)**
* Own the magnet specification for four e-axle programmes (EU, US, China sourcing); 1.2 million rotors per year.
* Lead supplier qualification: PPAP review, capability studies, line audits at magnet makers in China, Japan and Vietnam.
* Set up the incoming-inspection lab (hysteresisgraph, Helmholtz coil, salt-spray, HAST chambers).
* Co-developed demagnetisation-risk analysis with the electromagnetic design team (FEA, worst-case temperature and short-circuit current).
* Reduced magnet cost by 14 % through grade rationalisation and switching to grain-boundary-diffused grades offered by suppliers.

**Senior Materials Engineer — Keystone Automotive Electrics, Pittsburgh (2016–2020)**
* Qualified bonded-NdFeB rings for EPS motors; failure analysis of coating defects and corrosion.
* Introduced statistical acceptance sampling for magnet lots; cut incoming-inspection cost by 30 %.

**Research Engineer — National Magnet Research Centre (university lab), (2013–2016)**
* Microstructure characterisation of sintered NdFeB (SEM/EDS, EBSD, Kerr microscopy).
* Co-author of 9 peer-reviewed papers on coercivity mechanisms.

## Skills
* Magnet materials: sintered/bonded NdFeB, SmCo, ferrite — properties, grades, testing standards (IEC 60404-5/-8-1, ASTM A977).
* Process familiarity (supplier audits): melting, strip casting, hydrogen decrepitation, jet milling, pressing, sintering, grain-boundary diffusion, machining, coating.
* Quality: APQP/PPAP, IATF 16949, VDA 6.3 process audits, 8D, FMEA, SPC, MSA.
* Tools: JMAG, Ansys Maxwell (basic), Minitab, Python, JMP.
* Languages: English, Hindi, Tamil, basic Mandarin.

## Education
* Ph.D. Materials Science, 2013 — thesis on domain-wall pinning in rare-earth magnets
* B.Tech. Metallurgical Engineering, 2007

## Publications (selected)
Available on request; 9 journal papers, 3 conference papers.

## Certifications
VDA 6.3 Process Auditor (2019); Six Sigma Black Belt (2018).
""", 'clear', carrier='other', lang='en', note='CV listing process steps as skills and supplier audits; no process windows or values.')

add('hn-019.txt', """
个人简历

姓名：张海涛　　性别：男　　出生年月：1988年6月
联系电话：138XXXX5521　　邮箱：zht_re@mail.example
求职意向：稀土冶炼分离工艺主管 / 技术经理　　期望地点：包头、赣州、成都

教育背景
2007.09–2011.07　内蒙古科技大学　冶金工程　学士
2011.09–2014.07　东北大学　有色金属冶金　硕士（研究方向：稀土湿法冶金）

工作经历
2014.07–2019.12　包头某稀土冶炼分离公司　萃取车间　工艺员／工段长
· 负责萃取车间轻稀土分组及镧铈、镨钕分离生产线的日常工艺管理；
· 参与编写车间作业指导书和交接班制度；
· 参与萃取槽扩能改造项目的方案讨论和投产后跟踪；
· 组织车间安全生产标准化达标工作。

2020.01–至今　江西某稀土集团下属分离厂　技术部　副主任
· 负责离子型稀土原料分离生产线的技术管理，包括工艺纪律检查、产品质量分析；
· 牵头氨氮减排、废水回用项目，协助通过排污许可证换证；
· 组织新员工岗前培训和技能鉴定；
· 参与公司ERP/MES系统上线，负责萃取工序数据采集模块需求编写；
· 完成年度技术创新项目3项，获公司科技进步二等奖1次。

专业技能
· 熟悉稀土湿法冶金全流程：精矿分解、浸出、萃取分离、沉淀、灼烧；
· 熟悉P507、P204、环烷酸等萃取体系及混合澄清槽操作与管理；
· 熟悉ICP-OES等稀土分析方法及产品标准；
· 熟练使用AutoCAD、Office、Minitab；
· 持有注册安全工程师证书。

个人评价
踏实肯干，沟通能力强，有较丰富的现场管理和团队建设经验。

备注：本人遵守原单位保密协议，简历中不涉及任何工艺参数或技术资料。
""", 'clear', carrier='other', lang='zh', note='CV of separation engineer with skills only, no process values.')

def motor_design_en(seed, project, power_kw, speed, poles, grade, magnet_dims, magnets_per_pole, supplier_note):
    r = rng(seed)
    slots = poles * 6 if poles <= 8 else poles * 3
    torque = round(power_kw * 1000 / (speed * 2 * 3.14159 / 60), 1)
    od = r.choice([200, 220, 230, 250]); stack = r.choice([120, 140, 150, 160])
    rows = []
    for n in (1000, 2000, 4000, 6000, 8000, 10000, 12000, 14000, 16000):
        if n > speed * 3: break
        t = torque * 2.2 if n <= speed else torque * 2.2 * speed / n
        p = t * n * 2 * 3.14159 / 60 / 1000
        rows.append(f'| {n} | {t:.0f} | {p:.1f} | {r.uniform(0.91, 0.972):.3f} | {r.uniform(0.5, 3.5):.2f} | {r.uniform(0.3, 2.9):.2f} |')
    return f"""# {project} — Electromagnetic and Mechanical Design Report

**Document:** {project}-EDR-001 rev. C | **Classification:** Internal | **Prepared by:** Motor Design Group | **Approved:** Chief Engineer, E-Drive

## Revision history

| Rev | Date | Description | Author |
|---|---|---|---|
| A | 2024-09-12 | First issue (concept) | T. Lindqvist |
| B | 2025-01-30 | Updated after B-sample test; magnet grade change | T. Lindqvist / P. Ng |
| C | 2025-06-18 | Release for C-sample; thermal model updated | P. Ng |

## 1. Scope
This report documents the electromagnetic, thermal and mechanical design of a {power_kw} kW (peak {power_kw*2:.0f} kW) interior permanent-magnet synchronous machine (IPMSM) for the {project} programme. The magnets are **purchased finished parts** (ground, coated, unmagnetised) from approved suppliers to drawing MAG-{seed:04d}; the rotor is magnetised after assembly. {supplier_note}

## 2. Requirements

| Parameter | Requirement |
|---|---|
| Continuous power | {power_kw} kW at {speed} rpm |
| Peak power (30 s) | {power_kw*2:.0f} kW |
| Base speed | {speed} rpm |
| Maximum speed | {speed*3} rpm |
| Continuous torque | {torque} N·m |
| DC-link voltage | 400 V nominal (250–470 V) |
| Max. phase current | 450 A rms (peak, 30 s) |
| Cooling | water-glycol jacket, 65 °C inlet, 10 L/min |
| Efficiency | ≥ 96 % peak, ≥ 90 % over 80 % of WLTC operating points |
| Insulation class | H (180 °C) |
| Rotor max. temperature | 150 °C continuous |

## 3. Topology selection
A {poles}-pole / {slots}-slot distributed hairpin winding was chosen after comparing 6-, 8- and 10-pole variants. The {poles}-pole solution offered the best compromise between torque density, iron loss at maximum speed (electrical frequency {speed*3*poles//120} Hz) and inverter switching frequency. Rotor: double-layer V-shaped magnet pockets per pole; {magnets_per_pole} magnets per pole.

## 4. Main dimensions

| Item | Value |
|---|---|
| Stator outer diameter | {od} mm |
| Stator inner diameter | {od*0.66:.1f} mm |
| Air gap | 0.75 mm |
| Stack length | {stack} mm |
| Lamination | 0.27 mm non-oriented electrical steel, grade NO27-15 equivalent |
| Slots | {slots} |
| Conductors | rectangular hairpins 2.2 × 4.0 mm, 4 layers |
| Rotor outer diameter | {od*0.66-1.5:.1f} mm |
| Shaft | 42CrMo4, hollow, Ø 45 / 25 mm |

## 5. Magnets

| Item | Value |
|---|---|
| Material | sintered NdFeB, grade {grade} (supplier catalogue) |
| Dimensions | {magnet_dims} (tolerance ±0.05 mm) |
| Number | {magnets_per_pole} per pole, {magnets_per_pole*poles} per rotor (axially segmented into 3 pieces per pocket for eddy-current loss) |
| Coating | epoxy, 10–20 µm, or phosphate passivation (supplier option) |
| Mass per rotor | {r.uniform(0.9, 1.7):.2f} kg |
| Magnetisation | post-assembly, 8-pole fixture, capacitor discharge |
| Br at 20 °C (catalogue) | ≥ 1.27 T |
| HcJ at 20 °C (catalogue) | ≥ 1592 kA/m (SH) / ≥ 1990 kA/m (UH) |
| Irreversible loss limit | ≤ 2 % after worst-case 3-phase short circuit at 150 °C |

Magnet data used in simulation are the supplier's catalogue demagnetisation curves at 20, 100, 150 and 180 °C. No supplier process information is required for the design.

### 5.1 Demagnetisation check
Finite-element analysis (2D, transient) at 150 °C magnet temperature, 1.5 × peak current in the d-axis direction (field-weakening fault) shows a minimum flux density in the magnets of 0.12 T at the leading edge of the inner V-magnet, above the knee of the {grade} curve at 150 °C (knee ≈ −0.05 T). Margin is acceptable.

### 5.2 Eddy-current loss in magnets
At {speed*3} rpm and peak current, magnet loss is 180 W with 3 axial segments, 95 W with 5 segments. We retain 3 segments for cost reasons; rotor thermal model confirms magnet temperature ≤ 142 °C on the WLTC-based duty cycle.

## 6. Performance (simulation, 65 °C coolant)

| Speed (rpm) | Torque (N·m) | Power (kW) | Efficiency | Copper loss (kW) | Iron loss (kW) |
|---|---|---|---|---|---|
""" + '\n'.join(rows) + f"""

Back-EMF constant: {r.uniform(0.09, 0.14):.3f} V·s/rad (phase, peak). Torque ripple at rated point: {r.uniform(2.5, 6):.1f} % peak-to-peak (with 1-slot-pitch rotor step skew, 2 steps). Cogging torque: {r.uniform(0.3, 1.2):.2f} N·m.

## 7. Thermal design
Lumped-parameter thermal network (Motor-CAD) calibrated against B-sample test. Hot-spot winding temperature on the continuous point: 148 °C; peak 30 s from 90 °C: 176 °C. Rotor cooled via shaft oil spray from gearbox circuit (1.5 L/min, ATF, 80 °C).

## 8. Mechanical design
* Rotor lamination bridges 1.2 mm (outer) / 1.0 mm (centre); von Mises stress at {int(speed*3*1.2)} rpm (overspeed 120 %) = 412 MPa, below yield of the lamination steel (≈ 480 MPa) with safety factor 1.16.
* Magnets bonded in pockets with single-component epoxy (cure 150 °C × 30 min) plus injected filling resin; push-out force ≥ 800 N per magnet at 150 °C.
* Rotor balance grade G2.5 at {speed*3} rpm; balancing by drilling holes in end plates.
* Bearings: 6208 (non-drive end) / 6309 hybrid ceramic (drive end) for insulation against bearing currents.

## 9. Manufacturing of the rotor (our plant)
1. Stamping and stacking of laminations (interlocking), 2. insertion of unmagnetised magnets with glue dispensing, 3. resin injection and curing, 4. press-fit on shaft, 5. balancing, 6. magnetisation in 8-pole fixture (peak field > 3.5 T in magnet), 7. flux check with search coil — accept if within ±2 % of reference rotor.

## 10. Test plan (C-sample)

| Test | Standard / method | Sample size |
|---|---|---|
| No-load back-EMF, cogging | internal | all |
| Efficiency map | IEC 60034-2-3 | 3 |
| Short-circuit demagnetisation | internal, 150 °C | 2 |
| Overspeed 120 % | internal | 3 |
| Thermal endurance | LV 124, 1500 h | 2 |
| Vibration | ISO 16750-3 | 2 |

## 11. Open points
* Supplier 2 sample magnets showed Br at lower catalogue limit; agreed with supplier to check on next lot.
* Evaluate Dy-free grade (supplier proposes heavy-RE-free {grade[:3]} with diffusion) for cost reduction in rev. D.
"""

add('hn-020.md', motor_design_en(20, 'EDU-180', 90, 4800, 8, '48UH', '22.0 × 4.2 × 40.0 mm (W × T × L), segment 3 × 13.3 mm', 4,
    'Magnet approval is handled by Purchasing and Quality under PPAP; the design group uses catalogue data only.') + """
## 12. Conclusion
The design meets all requirements with the purchased 48UH magnets. Release for C-sample build is recommended. Supplier-specific process data is neither needed nor held by the design team.

## Annex A — Magnet drawing summary (MAG-0020)
* Rectangular block, chamfer C0.2 max, edges free of chips > 0.3 mm.
* Perpendicularity 0.03, parallelism 0.02.
* Marking: none (orientation by fixture).
* Packaging: trays, 50 pcs, unmagnetised, VCI bag.
* Incoming inspection: per QP-MAG-02 (Br/HcJ on witness samples per lot, dimensions AQL 0.65).
""", 'clear', carrier='other', lang='en', note='IPMSM design using purchased 48UH magnets: dimensions, grade, FEA; no magnet making.')

def motor_design_zh(project, grade, dims, note):
    return f"""# {project} 永磁同步电机设计说明书

文件编号：{project}-SJ-01　版本：B　密级：内部
编制：电机设计室　审核：总工办　日期：2025年5月

## 1 概述
本说明书描述{project}型工业伺服/驱动用内置式永磁同步电机（IPMSM）的电磁设计、结构设计和试验方案。电机所用磁钢为外购成品（已磨加工、已镀层、未充磁），按图纸MG-{project}采购，装配后整体充磁。{note}

## 2 主要技术要求

| 项目 | 要求 |
|---|---|
| 额定功率 | 15 kW |
| 额定转速 | 3000 r/min |
| 最高转速 | 6000 r/min |
| 额定转矩 | 47.7 N·m |
| 峰值转矩 | 120 N·m（10 s） |
| 直流母线电压 | 540 V |
| 效率 | 额定点 ≥ 95.5%，满足IE5 |
| 绝缘等级 | F级（按H级考核） |
| 防护等级 | IP65 |
| 冷却方式 | 自然冷却+风扇 |

## 3 电磁方案
采用8极48槽分布式绕组，转子为“一”字形内置磁钢，每极2块。定子外径210 mm，内径136 mm，铁心长度110 mm，气隙0.6 mm，硅钢片牌号35W270（0.35 mm）。

## 4 磁钢参数

| 项目 | 参数 |
|---|---|
| 材料 | 烧结钕铁硼（外购），牌号{grade} |
| 尺寸 | {dims} |
| 数量 | 每极2块，共16块 |
| 镀层 | 环氧，厚度10–20 µm |
| 剩磁Br（20 ℃，样本值） | 1.26–1.30 T |
| 内禀矫顽力HcJ（20 ℃，样本值） | ≥ 1592 kA/m |
| 充磁方式 | 装配后整体充磁 |

仿真采用供应商样本提供的20 ℃、100 ℃、150 ℃退磁曲线。

## 5 性能计算结果

| 工况 | 转矩 (N·m) | 电流 (A) | 效率 (%) | 功率因数 |
|---|---|---|---|---|
| 额定点 3000 r/min | 47.7 | 28.5 | 95.8 | 0.93 |
| 峰值点 1500 r/min | 120 | 78 | 91.2 | 0.86 |
| 弱磁点 6000 r/min | 20.5 | 27.0 | 94.1 | 0.95 |

反电势系数：0.98 V/(r/min)×10⁻¹（线，有效值）；齿槽转矩 ≤ 0.35 N·m；转矩脉动 ≤ 3%。

## 6 退磁校核
在磁钢温度120 ℃、3倍额定电流d轴去磁条件下进行二维瞬态有限元计算，磁钢最小工作点0.18 T，高于{grade}在120 ℃下的拐点，满足要求。

## 7 结构与工艺
1. 转子冲片自扣叠压，磁钢槽尺寸比磁钢单边大0.1 mm；
2. 磁钢插入前涂覆单组分环氧胶，150 ℃固化30 min；
3. 转子动平衡G2.5；
4. 整体充磁后测量表面磁场及反电势，偏差 ≤ ±2%。

## 8 试验计划
空载反电势、负载温升、效率MAP、超速（1.2倍最高转速，2 min）、短路退磁试验、振动噪声试验。

## 9 结论
方案满足技术要求，建议进入样机试制阶段。磁钢供应商工艺资料不属于本设计所需输入。
"""

add('hn-021.md', motor_design_zh('PM15', '42SH', '40.0 × 18.0 × 4.5 mm（长×宽×厚，厚度方向充磁）', '磁钢来料检验按QP-CG-03执行。'),
    'clear', carrier='other', lang='zh', note='Chinese IPMSM design using bought 42SH magnets; no magnet process.')

add('hn-022.md', """
# Assembly Procedure: 0.5 T Permanent-Magnet Yoke for Open MRI System PM-05

**Document:** MR-ASM-PM05-002 rev. 3 | **Site:** Magnet Assembly Hall B | **Classification:** Company confidential (product technology)

## 1. Purpose and scope
This procedure covers the mechanical assembly, shimming and field mapping of the C-shaped permanent-magnet yoke for the PM-05 open MRI scanner (0.5 T, 40 cm DSV). The magnet blocks are purchased pre-magnetised NdFeB blocks; no magnet manufacturing is performed at this site. Block supply, packaging and certificates are governed by purchase specification PS-NDB-50.

## 2. References
* PS-NDB-50 Purchase specification for magnetised NdFeB blocks (N48, 50 × 50 × 50 mm)
* MR-SAF-001 Safety rules for work with strong permanent magnets
* MR-QA-010 Field-mapping and homogeneity acceptance
* ISO 13485 quality-management records

## 3. Safety

> **WARNING** — Each magnetised block exerts attraction forces above 3 kN at close distance. Two blocks snapping together can crush fingers or shatter and eject fragments. The assembled yoke generates a stray field > 0.5 mT up to 2.5 m.

* Only trained staff (certificate MR-T-05) may handle magnetised blocks.
* Use non-magnetic tools (Be-Cu, titanium, aluminium, plastics) inside the 5 mT line.
* Persons with pacemakers, implanted defibrillators or other active implants must not enter the hall.
* Wear safety glasses, cut-resistant gloves and safety shoes with composite toe caps.
* Keep credit cards, watches, phones outside the 0.5 mT line.

## 4. Materials

| Item | Part no. | Qty | Remarks |
|---|---|---|---|
| NdFeB block N48, 50 × 50 × 50 mm, Ni-Cu-Ni, magnetised | NDB-50-N48 | 1,536 | Br 1.38–1.42 T (supplier certificate) |
| NdFeB block N48, 50 × 50 × 25 mm | NDB-25-N48 | 256 | for edge rows |
| Pole piece, soft iron, Ø 1,050 mm | PP-05-A | 2 | with anti-eddy laminated tiles |
| Yoke frame (low-carbon steel) | YF-05 | 1 | upper plate, lower plate, 2 columns |
| Structural epoxy, 2-component | EPX-220 | 40 kg | pot life 60 min |
| Shim iron pieces, various | SH-set | 1 set | |
| Non-magnetic assembly jig (aluminium) | JG-05-01 … 07 | 1 set | |

## 5. Incoming check of blocks
1. Verify supplier certificate per lot (Br, HcJ, (BH)max of witness samples; flux per block).
2. Measure total flux of 5 % of blocks with Helmholtz coil; accept if within ±1.0 % of lot mean.
3. Visual: no chips > 1 mm, no coating damage. Reject damaged blocks to quarantine.
4. Sort blocks into flux classes A (mean +0.3 … +1.0 %), B (±0.3 %), C (−1.0 … −0.3 %). Class A are used in outer rings, class C in central rings to balance the field.

## 6. Assembly sequence

### 6.1 Lower magnet plate
1. Clean lower yoke plate; check flatness ≤ 0.2 mm over 1.2 m.
2. Mount aluminium jig JG-05-01 (ring guides).
3. Insert blocks row by row from the centre outwards using the pneumatic pusher with 1.5 mm stroke control. Apply epoxy to bottom and side faces.
4. After each ring, clamp with aluminium wedges; allow 2 h cure before the next ring.
5. Record block serials per position in the assembly log (traceability).

### 6.2 Upper plate
Repeat 6.1 on the upper plate, mounted upside-down on the turning fixture.

### 6.3 Frame closure
1. Lower the upper plate with the 20 t crane using the guided column system; approach speed ≤ 5 mm/min in the last 100 mm — the attraction between plates exceeds 250 kN.
2. Bolt columns (M36, 10.9, torque 2,200 N·m in three passes).
3. Mount pole pieces with anti-eddy tiles.

## 7. Field mapping and shimming
1. Allow temperature stabilisation 24 h at 25 ± 0.5 °C (temperature coefficient of N48 is about −0.12 %/°C, so the field drifts ~600 ppm/K; the yoke is later held at 30.0 ± 0.1 °C by heaters).
2. Map the field on a 40 cm DSV sphere with the 24-probe NMR mapper at 2,592 points.
3. Compute spherical-harmonic coefficients; run shim optimisation (software ShimOpt v4) to compute iron-piece positions on the pole faces.
4. Install shim pieces, re-map. Iterate until homogeneity ≤ 20 ppm peak-to-peak over 40 cm DSV (typically 3–5 iterations).
5. Record final map and shim configuration in the device history record.

## 8. Acceptance

| Parameter | Requirement |
|---|---|
| Central field B0 | 0.500 T ± 0.5 % at 30.0 °C |
| Homogeneity, 40 cm DSV | ≤ 20 ppm p-p |
| Temperature stability | ≤ 5 ppm/h after 12 h |
| 5 Gauss line | within 2.5 m of isocentre |
| Mass | 15.8 t ± 2 % |

## 9. Records
Assembly log, block serial map, torque record, field maps, shim configuration, NCRs. Retain 15 years.

## 10. Transport
The yoke is transported with a steel shunting plate between poles to reduce stray field, on an air-ride truck; acceleration ≤ 2 g.

## Appendix — Typical problems and remedies

| Problem | Cause | Remedy |
|---|---|---|
| Block rotates during insertion | jig worn, insufficient wedge | replace guide, add wedge |
| Field asymmetry > 500 ppm before shimming | block class mix-up | check serial map, swap blocks |
| Drift after installation | heater failure | check thermostat, insulation |
| Coating damage on block | handling | touch-up with epoxy; if chip > 1 mm replace |
""", 'clear', carrier='process-spec', lang='en', note='MRI yoke assembly using bought magnetised N48 blocks; product assembly, not magnet production.')

add('hn-023.md', """
# 直驅式風力發電機轉子磁鋼裝配作業指導書

文件編號：WG-ASM-RT-021　版次：C　適用機型：3.6 MW 直驅永磁發電機
制定單位：台中廠 發電機組裝課　　生效日期：2025年3月1日

## 一、目的
規範外轉子式直驅發電機磁極模組之裝配、檢驗與安全管理，確保氣隙磁場均勻及長期可靠性。磁鋼為外購成品（已鍍層、已充磁），本廠僅進行磁極模組組裝與轉子安裝，不從事磁鋼製造。

## 二、適用範圍
適用於 WG-3.6 機型轉子（外徑 4,950 mm，72 極）之磁極模組組裝、轉子插裝及檢驗。

## 三、材料

| 品名 | 料號 | 規格 | 每台用量 |
|---|---|---|---|
| 燒結釹鐵硼磁鋼 | MG-N38SH-80 | N38SH，80 × 60 × 20 mm，環氧塗層，已充磁 | 4,320 片 |
| 磁極模組底板 | PM-BP-02 | Q345鋼，經防鏽處理 | 144 件 |
| 不鏽鋼護罩 | PM-CV-02 | SUS316L，0.5 mm | 144 件 |
| 結構膠 | AD-3M-DP | 雙液型環氧 | 約 60 kg |
| 灌封樹脂 | RS-VPI-8 | 耐溫155 ℃ | 約 120 kg |

磁鋼總重約 3.1 噸（每 MW 約 0.86 噸）。

## 四、安全注意事項
1. 已充磁磁鋼吸合力極大，作業人員須經訓練合格並配戴防護眼鏡、防割手套；
2. 使用非導磁工具（鋁、銅、工程塑膠）；
3. 配戴心律調節器者禁止進入作業區；
4. 磁極模組存放時間距 ≥ 300 mm，並以鋁製隔板隔開。

## 五、作業步驟

### 5.1 磁鋼來料確認
核對供應商出貨檢驗報告（Br、HcJ、磁通量、塗層厚度、鹽霧 168 h 結果），抽測 2% 磁鋼之磁通量，與批平均差異須在 ±1.5% 以內。

### 5.2 磁極模組組裝
1. 清潔底板，塗佈結構膠（膠厚 0.1–0.2 mm）；
2. 以專用推入治具將磁鋼依 5 排 × 6 列排布，極性依圖面標示；
3. 安裝不鏽鋼護罩並以灌封樹脂填充，真空脫泡後常溫固化 24 h；
4. 每模組量測表面磁場 9 點，記錄於模組履歷卡。

### 5.3 轉子插裝
1. 轉子筒體水平放置於插裝台；
2. 以導軌式插裝機將磁極模組沿軸向推入 T 形槽，推入速度 ≤ 20 mm/s；
3. 相鄰模組極性交替，每插入 12 件即以高斯計確認極性；
4. 插裝完成後以端板固定，螺栓扭力 180 N·m。

### 5.4 檢驗
| 檢驗項目 | 標準 |
|---|---|
| 極性 | 72 極 N/S 交替，無錯裝 |
| 表面磁場均勻性 | 各極平均值差異 ≤ ±3% |
| 模組徑向高度 | ±0.3 mm |
| 絕緣電阻（護罩對地） | ≥ 100 MΩ |

## 六、異常處理
磁鋼破損、塗層剝落或磁通量超差者，隔離並開立不合格品單，由品保與供應商確認。

## 七、紀錄
磁極模組履歷卡、插裝記錄表、檢驗報告，保存年限 20 年（機組設計壽命）。
""", 'clear', carrier='process-spec', lang='zh', note='Traditional Chinese assembly instruction for wind generator rotor with bought magnetised N38SH blocks.')

add('hn-024.md', """
# Design Note: 6.5-inch Woofer Motor System with Neodymium Magnet (project WF-65N)

**Acoustics R&D, Audiovance Ltd. — DN-2025-019**

## Objective
Replace the ferrite ring motor (Ø 120 × 20 mm, Y30) of our WF-65 woofer with a neodymium magnet motor to cut weight by 60 % while keeping Bl ≥ 7.2 T·m and Xmax ≥ 6 mm. The magnet is a purchased part.

## Motor topology
Inside-slug (under-hung pole) construction: a neodymium disc magnet sits between a steel cup (back plate + pole) and a top plate. The voice coil (Ø 38 mm, 4-layer, CCAW) runs in a 1.0 mm gap.

## Magnet selection

| Candidate | Size (mm) | Grade | Mass (g) | Bl (FEMM, T·m) | Gap flux density (T) | Cost index |
|---|---|---|---|---|---|---|
| A | Ø 40 × 10 | N42 | 94 | 6.6 | 1.02 | 1.00 |
| B | Ø 45 × 10 | N42 | 119 | 7.3 | 1.10 | 1.22 |
| C | Ø 40 × 12 | N48 | 113 | 7.4 | 1.12 | 1.41 |
| D | Ø 45 × 10 | N38H | 119 | 7.0 | 1.06 | 1.30 |

**Choice: B (Ø 45 × 10 mm, N42, Ni-Cu-Ni coating).** Voice-coil temperature in power test reaches 180 °C but the magnet, thermally insulated by the top plate and vented pole, stays below 75 °C (thermocouple on magnet edge, 2 h pink noise at rated power). N42 is therefore acceptable; N38H would add margin for car-audio use (sun-load in door).

## Steel parts
* Cup/pole: low-carbon steel 1010, pole Ø 36.8 mm with 3 mm vent hole, copper shorting ring (Faraday ring) 1.5 mm on pole to reduce inductance modulation.
* Top plate: 1010, thickness 6 mm, Ø 70 mm.

## FEMM results
* Gap flux density at rest: 1.10 T; variation over ±6 mm coil travel: −9 %.
* Bl(x) symmetric within 4 %; Le = 0.42 mH at 1 kHz.

## Thiele-Small parameters (prototype, measured)

| Fs | Qts | Vas | Re | Bl | Mms | Sd | Xmax |
|---|---|---|---|---|---|---|---|
| 42 Hz | 0.38 | 18.5 L | 3.3 Ω | 7.3 T·m | 17.8 g | 133 cm² | 6.2 mm |

## Assembly
1. Magnetised magnet supplied in trays; magnetised with N on top face.
2. Bond magnet to cup with anaerobic adhesive + activator; centre with gap gauge.
3. Bond top plate; cure 10 min at 80 °C.
4. Measure gap flux with Hall probe: accept 1.06–1.14 T.

## Results vs ferrite
Motor mass: 1,480 g → 520 g. Bl: 7.2 → 7.3 T·m. Cost: +8 % at current NdFeB prices. Note: magnet price is linked to PrNd oxide; purchasing has fixed a quarterly price adjustment with the magnet supplier.

## Next steps
Tooling release for cup and top plate; DV testing (1,000 h power test, thermal shock, salt spray 96 h on assembled motor).
""", 'clear', carrier='other', lang='en', note='Loudspeaker motor design using purchased N42 disc; product design only.')

add('hn-025.md', """
# Magnet Selection for Absolute Encoder & Hall Sensor Module / 绝对值编码器与霍尔传感器磁体选型

**Project:** ENC-17 (17-bit on-axis magnetic encoder)　**Doc:** ENC17-MAG-SEL v1.2　**Author:** 吴昊 / M. Keller

## 1. Requirement 需求
On-axis magnetic angle sensing with a TMR/Hall angle sensor IC (e.g., iC-MU class or AS5047-type). Sensor requires 30–80 mT in-plane field at the die over −40 … +125 °C, with field-direction error < 0.1° after calibration. 轴端安装，磁体与芯片间距1.0–2.0 mm。

## 2. Candidates 候选方案

| No. | 材料 Material | Shape | Size (mm) | Grade | Magnetisation | Field @1.5 mm (mT, 25 °C) | TC of Br |
|---|---|---|---|---|---|---|---|
| 1 | 烧结钕铁硼 NdFeB | disc | Ø6 × 2.5 | N35 | diametral 径向两极 | 78 | −0.12 %/K |
| 2 | 钐钴 Sm2Co17 | disc | Ø6 × 2.5 | YXG-28 | diametral | 62 | −0.03 %/K |
| 3 | 粘结钕铁硼 bonded NdFeB | ring | Ø10/Ø4 × 3 | BNP-10 | diametral | 41 | −0.11 %/K |
| 4 | 铁氧体 ferrite | disc | Ø8 × 3 | Y30 | diametral | 29 | −0.20 %/K |

## 3. Evaluation 评估
* **Field margin:** at 125 °C, N35 field falls to ~66 mT, SmCo to ~59 mT — both inside the window. Ferrite at 125 °C drops below 30 mT at 2 mm gap → rejected.
* **Stability:** TMR sensor compensates amplitude but not field-direction inhomogeneity; SmCo's lower TC gives smaller amplitude swing, improving interpolation accuracy. 钐钴方案在全温区角度误差更小（实测0.06° vs 0.09°）。
* **Corrosion:** NdFeB requires Ni coating; coating magnetic permeability is negligible but adds thickness tolerance. SmCo used uncoated.
* **Cost:** SmCo ≈ 3× NdFeB per piece (USD 0.42 vs 0.14 at 50 k/yr).
* **Supply:** both purchased from distributors; 交期4–6周。Samarium is under Chinese export licensing since April 2025 — purchasing to check lead time impact.

## 4. Decision 结论
Primary: **Sm2Co17 Ø6 × 2.5 mm, diametral** for industrial servo encoders (125 °C). Secondary (cost-down consumer variant, 85 °C): N35 NiCuNi. 磁体用胶粘接于不锈钢转轴端面的铝座内，粘接后做推出力试验 ≥ 50 N。

## 5. Tolerances & mounting 公差与安装
* Magnet-to-shaft eccentricity ≤ 0.05 mm (causes first-harmonic error); 
* Magnetisation angle tolerance ±2° (calibrated out);
* Air gap 1.5 ± 0.2 mm; 
* 磁化方向标记：N极端面点漆。

## 6. Verification 验证计划
| Test | Condition | Criterion |
|---|---|---|
| 温度循环 Thermal cycling | −40/+125 °C, 500 cycles | angle error Δ < 0.02° |
| 高温存储 HTS | 150 °C, 1000 h | field loss < 1 % |
| 振动 Vibration | 20 g, 10–2000 Hz | no debonding |
| 盐雾 Salt spray (N35 only) | 48 h | no red rust |

Magnets are bought-in parts; supplier provides B-H data and lot certificates. 不涉及磁体制造工艺。
""", 'clear', carrier='other', lang='mixed', note='Bilingual sensor magnet selection with bought SmCo/NdFeB; design use only.')

r26 = rng(26)
hdr = '检验日期,来料批号,供应商,料号,牌号,规格(mm),来料数量(片),抽样数,Br实测(T),HcJ实测(kA/m),(BH)max实测(kJ/m3),尺寸合格数,镀层厚度(µm),盐雾48h,外观,判定,检验员'
rows26 = [hdr]
sup = ['供应商A', '供应商B', '供应商C']
for i in range(48):
    g, br0, hcj0, bh0, dims = r26.choice([('N42SH', 1.30, 1680, 330, '40×18×4.5'), ('N48UH', 1.38, 2050, 370, '22×4.2×13.3'), ('N38SH', 1.24, 1660, 300, '80×60×20'), ('N35', 1.20, 1000, 275, 'D10×3')])
    n = r26.choice([2000, 5000, 8000, 10000, 20000]); s = 80 if n <= 5000 else 125
    br = round(br0 + r26.uniform(-0.02, 0.02), 3); hcj = int(hcj0 + r26.uniform(-60, 80)); bh = int(bh0 + r26.uniform(-8, 8))
    ok = s - (1 if r26.random() < 0.1 else 0)
    verdict = '合格' if ok == s and br >= br0 - 0.015 else ('让步接收' if ok == s else '退货')
    rows26.append(','.join(str(x) for x in [f'2025-{1 + i // 6:02d}-{1 + (i * 5) % 28:02d}', f'L25{i:03d}{r26.randint(10, 99)}', r26.choice(sup), f'MG-{g}-{i % 4}', g, dims, n, s, br, hcj, bh, ok,
                                              round(r26.uniform(10, 19), 1), '无红锈' if r26.random() > 0.05 else '点蚀1处', '良好', verdict, r26.choice(['李娜', '王强', '赵敏'])]))
add('hn-026.csv', '\n'.join(rows26), 'clear', carrier='parameter-sheet', lang='zh', note='Incoming-inspection records of bought magnets (measured Br/HcJ, dimensions, coating); product data only.')

add('hn-027.md', """
# 外購磁鐵進料檢驗作業程序

文件編號：QP-IQC-MAG-005　版次：D　　制定：品保部 IQC 課　　核准：品保經理 蔡佳蓉
適用範圍：本公司外購之燒結釹鐵硼、釤鈷、鐵氧體磁鐵及磁性組件

## 1. 目的
確保外購磁鐵之磁特性、尺寸、鍍層及外觀符合承認規格書要求，防止不合格品流入生產線。

## 2. 權責
- IQC：依本程序執行抽樣、檢驗及判定；
- 採購：通知供應商處理不合格品；
- 研發：提供承認規格書及特殊特性；
- 品保工程：處理特採申請及供應商矯正措施（SCAR）。

## 3. 檢驗設備

| 設備 | 型號 | 校正週期 |
|---|---|---|
| 磁滯回線儀（B-H Tracer） | 永久磁鐵測量系統 | 12個月 |
| 亥姆霍茲線圈＋磁通計 | 線圈常數已標定 | 12個月 |
| 高斯計 | 霍爾探頭 0–3 T | 6個月 |
| X-ray 螢光測厚儀 | 鍍層厚度 | 12個月 |
| 鹽霧試驗箱 | 中性鹽霧 35 ℃ | 12個月 |
| 三次元量測儀、卡尺、分厘卡 | — | 12個月 |

## 4. 抽樣計畫
依 ANSI/ASQ Z1.4 一般檢驗水準 II，AQL：主要缺點 0.65、次要缺點 1.5。磁特性以供應商隨貨附送之隨爐試片（每批3件）量測；無試片時自產品取樣切割。

## 5. 檢驗項目與判定

| 項目 | 方法 | 判定基準 |
|---|---|---|
| 文件 | 核對出貨報告、RoHS/REACH | 齊全且與訂單一致 |
| 剩磁 Br | B-H 回線儀，20 ± 2 ℃ | 符合承認書下限 |
| 內稟矯頑力 HcJ | 同上 | 符合承認書下限 |
| 最大磁能積 | 同上 | 符合承認書範圍 |
| 磁通量 | 亥姆霍茲線圈，抽 32 件 | 批平均 ±3% 以內 |
| 尺寸 | 分厘卡／三次元 | 圖面公差 |
| 鍍層厚度 | X-ray 螢光 | 承認書範圍 |
| 附著力 | 百格測試 | 0 級或 1 級 |
| 鹽霧 | 每月1批，24–72 h | 無紅鏽 |
| 外觀 | 目視 | 無缺角 > 0.5 mm，無剝落 |

## 6. 不合格處理
1. 標示「不合格」並移至隔離區；
2. 開立 IQC 異常單，採購於 24 小時內通知供應商；
3. 如生產急用，可提出特採申請，經研發、品保主管核准；
4. 重大或重複異常開立 SCAR，供應商須於 7 日內回覆 8D 報告。供應商 8D 報告僅需說明原因及對策，不得要求提供其製程參數。

## 7. 記錄
IQC 檢驗記錄表（電子化，保存 5 年）、B-H 曲線原始檔、不合格品處理單。

## 8. 附則
本程序經品保經理核准後實施，修訂時亦同。
""", 'clear', carrier='process-spec', lang='zh', note='Traditional-Chinese incoming inspection procedure for purchased magnets.')

r28 = rng(28)
rows28 = ['date,shift,PLS_flow_m3h,PLS_Cu_gL,PLS_pH,PLS_Fe_gL,E1_OA,E2_OA,raffinate_Cu_gL,raffinate_pH,org_extractant,extractant_vv_pct,loaded_org_Cu_gL,stripped_org_Cu_gL,S1_OA,lean_elec_Cu_gL,rich_elec_Cu_gL,rich_elec_acid_gL,entrainment_org_in_aq_ppm,crud_mm_E1,SX_recovery_pct,EW_cathode_t,remarks']
for d in range(1, 31):
    for sh in ('A', 'B'):
        pls = round(r28.uniform(780, 880)); cu = round(r28.uniform(2.6, 3.4), 2); ph = round(r28.uniform(1.75, 2.05), 2)
        raf = round(cu * r28.uniform(0.06, 0.11), 2); lo = round(r28.uniform(5.9, 6.8), 2); so = round(r28.uniform(2.0, 2.5), 2)
        rem = r28.choice(['', '', '', '', 'E1 settler crud skimmed', 'diluent top-up 2 m3', 'filter backwash', 'LIX top-up 400 L', 'power dip 03:10', 'PLS pond level low'])
        rows28.append(','.join(str(x) for x in [f'2025-06-{d:02d}', sh, pls, cu, ph, round(r28.uniform(1.1, 2.4), 2), round(r28.uniform(1.0, 1.15), 2), round(r28.uniform(1.0, 1.15), 2),
                                                raf, round(ph - 0.25, 2), 'LIX 984N', round(r28.uniform(17, 19), 1), lo, so, round(r28.uniform(1.3, 1.6), 2), round(r28.uniform(34, 36), 1),
                                                round(r28.uniform(48, 51), 1), round(r28.uniform(165, 175)), r28.randint(20, 90), r28.randint(5, 40), round(100 * (1 - raf / cu), 1), round(r28.uniform(24, 29), 1), rem]))
add('hn-028.csv', '\n'.join(rows28), 'clear', carrier='parameter-sheet', lang='en',
    note='Copper heap-leach SX-EW daily log (LIX, O/A, raffinate); same vocabulary, not rare earth.')

r29 = rng(29)
log29 = '\n'.join(f'| 7月{d}日 | {r29.uniform(1.9, 2.3):.2f} | {r29.uniform(14, 16.5):.1f} | {r29.uniform(0.9, 1.2):.2f} | {r29.uniform(4.6, 5.2):.2f} | {r29.uniform(0.004, 0.012):.3f} | {r29.uniform(78, 110):.0f} | {r29.uniform(0.2, 0.6):.2f} | {r29.uniform(99.2, 99.8):.1f} |' for d in range(1, 32))
add('hn-029.md', f"""
# 钴镍分离萃取车间运行月报（2025年7月）

单位：某新能源材料公司 湿法冶炼分厂　萃取二车间
编制：工艺技术组　审核：分厂技术副厂长
分发：生产部、质量部、安环部、财务部

## 一、概述
本车间处理红土镍矿高压酸浸（HPAL）所得混合氢氧化镍钴（MHP）再溶解液，以及废旧锂离子电池黑粉浸出液，采用P204除杂、P507钴镍分离、Cyanex 272深度除镁工艺，产出硫酸钴、硫酸镍溶液送蒸发结晶工序。7月车间连续运行，设备完好率98.7%，未发生安全环保事故。

## 二、主要生产指标

| 指标 | 计划 | 实际 | 完成率 |
|---|---|---|---|
| 处理料液量（m³） | 36,000 | 36,850 | 102.4% |
| 镍金属量（t） | 520 | 531.6 | 102.2% |
| 钴金属量（t） | 62 | 63.9 | 103.1% |
| 镍直收率 | ≥ 99.0% | 99.35% | — |
| 钴直收率 | ≥ 98.5% | 98.92% | — |
| 硫酸钴溶液Ni/Co | ≤ 0.0005 | 0.0003 | — |
| 硫酸镍溶液Co/Ni | ≤ 0.0001 | 0.00006 | — |

## 三、工艺流程简述
料液 → P204萃取除铁铝锌钙锰铜 → P204萃余液 → P507萃钴（镍留在萃余液）→ 负载有机相洗涤 → 硫酸反萃得硫酸钴溶液 → P507萃余液经Cyanex 272除镁 → 硫酸镍溶液。萃取剂均以磺化煤油为稀释剂，P507以液碱皂化。

## 四、P507钴镍分离段日运行数据（摘录）

| 日期 | 料液Co (g/L) | 料液Ni (g/L) | 平衡pH | 皂化率-换算NaOH (mol/L) | 萃余液Co (g/L) | 负载有机Co/Ni比 | 反萃液H2SO4余酸 (mol/L) | 钴收率 (%) |
|---|---|---|---|---|---|---|---|---|
{log29}

## 五、设备运行情况

| 设备 | 台数 | 运行率 | 主要问题 | 处理 |
|---|---|---|---|---|
| 混合澄清槽（P204段） | 1套 | 99.1% | 第3级界面乳化 | 加强过滤，调整搅拌转速 |
| 混合澄清槽（P507段） | 1套 | 98.6% | 第12级溢流堰结晶 | 停槽清理4 h |
| 除油塔 | 2台 | 100% | — | — |
| 活性炭过滤器 | 3台 | 97.8% | 压差上升 | 更换活性炭 |
| 液碱计量泵 | 4台 | 99.5% | 1台隔膜破损 | 已更换 |

## 六、消耗指标

| 项目 | 单位 | 单耗（每吨Ni+Co） | 计划 | 差异 |
|---|---|---|---|---|
| P507损耗 | kg | 0.62 | 0.70 | −0.08 |
| P204损耗 | kg | 0.48 | 0.55 | −0.07 |
| 磺化煤油 | kg | 4.1 | 4.5 | −0.4 |
| 液碱（32%） | t | 2.05 | 2.10 | −0.05 |
| 硫酸（98%） | t | 1.72 | 1.80 | −0.08 |
| 电 | kWh | 410 | 430 | −20 |

## 七、质量情况
硫酸钴溶液Ca、Mg、Fe、Cu、Zn、Mn各杂质合格率100%；硫酸镍溶液Mg偶有超内控（3次），原因为Cyanex 272段相比波动，已调整。

## 八、安全环保
- 有机相储罐区可燃气体报警器月度检测合格；
- 萃取车间静电接地测试合格；
- 废水：萃余液经除油后进入污水站，出水Ni < 0.5 mg/L；
- 开展有机相泄漏应急演练1次。

## 九、存在问题与下月计划
1. P507段第12级溢流堰结晶问题需结合料液温度控制彻底解决；
2. 黑粉浸出液比例提高后锰含量上升，P204段负荷增加，拟评估增加1级洗涤；
3. 8月计划处理料液37,500 m³，镍金属量540 t，钴金属量64 t。

## 十、附表：人员与培训
本月新员工入职6人，完成岗前三级安全教育及萃取岗位操作培训；组织“萃取界面控制与乳化处理”专题培训1次，参训28人。

编制：王立新　　审核：陈刚
""", 'clear', carrier='parameter-sheet', lang='zh', note='Co/Ni SX (P204/P507) monthly report; shared vocabulary, not rare earth.')

r30 = rng(30)
sx30 = '\n'.join(f'| {h:02d}:00 | {r30.uniform(0.38, 0.46):.3f} | {r30.uniform(1.6, 1.9):.2f} | {r30.uniform(1.4, 1.6):.2f} | {r30.uniform(0.004, 0.012):.3f} | {r30.uniform(3.9, 4.6):.2f} | {r30.uniform(0.05, 0.12):.2f} | {r30.uniform(28, 33):.1f} |' for h in range(0, 24, 2))
add('hn-030.md', f"""
# Uranium SX Circuit — Shift Report

**Site:** Kharan ISR/Heap project, Processing Plant | **Area:** 300 — Solvent Extraction | **Date:** 14 Aug 2025, day + night | **Supervisor (D):** J. Moreau | **(N):** A. Baimukhanov

## 1. Safety & radiation
* No LTI, no first aid. Toolbox topic: organic spill response and fire-suppression system.
* Radon progeny in SX building: 0.08–0.14 WL (limit 0.3). Gamma dose rates at settler walkways < 2 µSv/h.
* Organic tank farm foam system weekly test — passed.

## 2. Circuit summary
Acid (sulfuric) pregnant leach solution from heap leach is clarified and fed to a 4-extraction / 2-scrub / 4-strip mixer-settler circuit using a tertiary amine (Alamine 336, 5 % v/v) with isodecanol modifier (2.5 % v/v) in aliphatic kerosene. Stripping is with ammonium sulfate solution with pH control by ammonia; yellowcake (ADU) precipitated downstream.

| Parameter | Target | Day avg | Night avg |
|---|---|---|---|
| PLS flow (m³/h) | 420 | 418 | 425 |
| PLS U3O8 (g/L) | 0.40–0.45 | 0.42 | 0.41 |
| PLS pH | 1.6–1.9 | 1.78 | 1.74 |
| Extraction O/A (advance) | 1 : 9 | 1 : 9.2 | 1 : 9.0 |
| Raffinate U3O8 (mg/L) | < 10 | 7 | 8 |
| Loaded organic U3O8 (g/L) | 3.8–4.4 | 4.1 | 4.0 |
| Stripped organic U3O8 (g/L) | < 0.15 | 0.08 | 0.09 |
| Strip pH | 4.0–4.4 | 4.2 | 4.3 |
| OK liquor U3O8 (g/L) | 28–33 | 30.5 | 31.2 |

## 3. Two-hourly readings

| Time | PLS U3O8 (g/L) | PLS pH | Ext. mixer pH | Raff. U3O8 (g/L) | Loaded org (g/L) | Stripped org (g/L) | OK liquor (g/L) |
|---|---|---|---|---|---|---|---|
{sx30}

## 4. Events
* 03:40 E2 settler interface rose 80 mm (crud build-up at picket fence). Crud removed to crud tank, centrifuged; organic recovered 1.2 m³.
* 09:15 Ammonia dosing pump P-342B tripped on high pressure — switched to P-342A; maintenance found blocked suction strainer.
* 16:00 Clay treatment of 15 m³ organic bleed to remove degradation products (acid-activated clay, 2 % w/v, 2 h contact).
* 21:30 Molybdenum in loaded organic trending up (85 mg/L); lab to confirm; consider increasing scrub ratio.

## 5. Reagent consumption

| Reagent | Usage | Unit |
|---|---|---|
| Alamine 336 top-up | 0 | L |
| Kerosene top-up | 1,400 | L |
| Ammonia (anhydrous) | 1.9 | t |
| Sulfuric acid (to leach) | 212 | t |

## 6. Production
Yellowcake dryer output: 4.6 t U3O8 (drums 1,521–1,534). Assay pending.

## 7. Handover notes
* Monitor Mo in loaded organic, report at morning meeting.
* E3 mixer agitator vibration 7.1 mm/s — maintenance notification 40021877 raised.
""", 'clear', carrier='parameter-sheet', lang='en', note='Uranium SX shift report (amine extractant, O/A, raffinate); not rare earth.')

add('hn-031.txt', """
钒液萃取与沉钒工序作业指导书（摘要）

文件编号：FT-WI-V-07　　版本：A/2　　适用：石煤提钒车间萃取工段

1 目的
规范酸浸钒液的萃取、反萃和沉钒操作，保证钒回收率和产品V2O5纯度。

2 原料液要求
酸浸液（含V4+为主）经中和、还原后：V 3.0–5.0 g/L，pH 2.0–2.5，Fe3+ < 0.1 g/L（经铁粉还原），悬浮物 < 20 mg/L。

3 萃取体系
萃取剂：P204（D2EHPA）10%–15%（体积分数）+ TBP 5%，稀释剂为磺化煤油。
萃取级数：5级逆流萃取，相比O/A = 1:2；反萃：1.5 mol/L硫酸，6级逆流，O/A = 5:1，反萃液V 25–35 g/L。

4 操作步骤
4.1 开车前检查混合澄清槽液位、搅拌、管路阀门及有机相储量；
4.2 按流量设定值依次开启有机相泵、料液泵、反萃剂泵；
4.3 每2 h取样分析萃余液V含量，要求 < 0.05 g/L；
4.4 观察各级澄清室分相情况，界面乳化时适当降低搅拌转速并排出三相物；
4.5 反萃液送氧化工序（NaClO3氧化V4+为V5+），再以氨水调pH 1.8–2.2、90 ℃以上沉淀多钒酸铵，过滤洗涤后煅烧得V2O5（≥ 98%）。

5 异常处理
5.1 萃余液V超标：检查料液pH、Fe3+含量及有机相负载情况；
5.2 有机相夹带：检查澄清室流速与挡板，必要时补加静置时间；
5.3 反萃不完全：提高反萃酸浓度或降低相比。

6 安全环保
萃取车间严禁明火；有机相储罐设氮封；萃余液返回浸出系统循环使用，外排废水经中和处理达标排放；操作人员佩戴防护眼镜和耐酸手套。

7 记录
萃取运行记录表、化验单、交接班记录。

编制：刘建华　　审核：孙立　　批准：蒋伟　　2024年12月
""", 'clear', carrier='process-spec', lang='zh', note='Vanadium SX work instruction with P204/TBP, stages and O/A; not rare earth.')

add('hn-032.md', """
# 拜耳母液提鎵試產報告

報告編號：GA-PILOT-2025-03　　單位：某氧化鋁廠 綜合回收研究室　　日期：2025年4月

## 一、前言
鎵在鋁土礦中與鋁伴生，拜耳法循環母液中鎵濃度約 180–250 mg/L。本廠於 2024 年建置中試線，以螯合樹脂吸附法自蒸發母液回收鎵，再經電解製得金屬鎵（4N）。本報告彙整第三階段試產結果。

## 二、流程概要
蒸發母液（冷卻至 40–50 ℃）→ 偕胺肟（amidoxime）螯合樹脂吸附柱 → 水洗 → 硫酸解吸 → 解吸液中和、鹼溶 → 鎵酸鈉溶液 → 不鏽鋼陰極電解 → 粗鎵 → 酸洗、過濾 → 4N 金屬鎵。

## 三、主要操作條件

| 工序 | 條件 |
|---|---|
| 吸附 | 母液流速 4–6 BV/h，溫度 45 ℃，樹脂床 3 m³ × 2 柱 |
| 洗滌 | 去離子水 2 BV |
| 解吸 | H2SO4 2.5 mol/L，1.5 BV/h |
| 鹼溶 | NaOH 180–200 g/L |
| 電解 | 槽電壓 3.5–4.2 V，電流密度 0.05–0.1 A/cm²，溫度 40–50 ℃ |

## 四、試產結果

| 批次 | 處理母液量 (m³) | 母液 Ga (mg/L) | 吸附率 (%) | 解吸率 (%) | 電解電流效率 (%) | 產出金屬鎵 (kg) | 純度 |
|---|---|---|---|---|---|---|---|
| P3-01 | 1,200 | 212 | 82.5 | 96.1 | 41 | 168 | 99.993% |
| P3-02 | 1,350 | 205 | 80.1 | 95.4 | 44 | 182 | 99.995% |
| P3-03 | 1,280 | 221 | 83.7 | 96.8 | 39 | 181 | 99.991% |
| P3-04 | 1,310 | 198 | 79.4 | 95.9 | 43 | 166 | 99.994% |

## 五、問題與改善
1. 樹脂對釩的共吸附導致解吸液釩累積，需定期以還原劑再生；
2. 電解電流效率偏低，與溶液中鋅、鐵雜質有關，擬增加硫化鈉除雜；
3. 吸附後母液返回拜耳流程，未對氧化鋁產品品質造成影響。

## 六、出口管制提醒
鎵相關物項自 2023 年 8 月起已列入出口管制，本中試資料屬內部技術資料，對外提供前須經法務審查。

## 七、結論
第三階段試產達到設計指標，建議進行年產 30 噸規模之工業化設計。
""", 'clear', carrier='parameter-sheet', lang='zh', note='Traditional-Chinese gallium recovery pilot report (resin, electrolysis); not rare earth.')

add('hn-033.md', """
# 稀土处理钢工艺规程 — RE Treatment of Heavy-Plate Steel (Q355ND / S355NL) — Steel Plant Practice

**No.:** SMS-2-WI-RE-004　**Rev.:** 2　**Owner:** 炼钢厂二炼钢 LF/RH工段　**Date:** 2025-02-10

## 1. Purpose 目的
Define the addition practice of rare-earth (mischmetal / Ce-La alloy) wire to killed steel for inclusion modification, improving low-temperature toughness and reducing MnS elongation in Z-direction plates. 本规程规定稀土合金在精炼末期的加入方法、加入量及质量控制要求。

## 2. Materials 原材料

| Material | Composition | Form | Supplier status |
|---|---|---|---|
| 稀土硅铁合金 RE-FeSi | RE 23–26 %, Si 40–45 % | lump 10–50 mm | purchased |
| 铈镧混合稀土包芯线 Mischmetal cored wire | Ce ≈ 65 %, La ≈ 35 %, Ø13 mm, steel sheath | wire, 1.2 t coils | purchased |
| 铝线 Al wire | Al ≥ 99.6 % | Ø 9.5 mm | purchased |
| 钙线 CaSi wire | Ca 28–32 % | Ø 13 mm | purchased (not used together with RE) |

## 3. Preconditions 前提条件
* Steel fully Al-killed; Alsol 0.025–0.045 %.
* Total oxygen T[O] ≤ 20 ppm, sulfur [S] ≤ 0.006 % before RE addition (RH vacuum treatment completed).
* Slag basicity CaO/SiO2 ≥ 3, FeO+MnO ≤ 1.0 % — otherwise RE is consumed by slag.

## 4. Addition practice 加入方法
1. After RH degassing (or at end of LF if no RH), feed mischmetal cored wire at 2.5–3.0 m/s through the wire feeder at the ladle centre line, avoiding the argon plume eye.
2. Addition target: RE/S ratio 2–4 (mass); typical 0.25–0.35 kg RE per tonne steel for heavy plate; 钢中残余[RE] 0.0010–0.0030 %。
3. Soft argon stirring 8–12 min after feeding (flow 50–100 NL/min per plug), no slag eye exposure.
4. Minimum 15 min holding before casting to float RE oxysulfide inclusions.
5. Tundish with shrouded pouring; argon-sealed submerged entry nozzle.

## 5. Nozzle clogging 水口结瘤控制
RE2O2S and RE-Al-O inclusions can build up in the SEN. Measures: keep T[O] low before RE; use Ar injection at stopper rod 3–6 NL/min; limit RE addition to the minimum for the target RE/S; monitor stopper position trend — if rise > 15 mm in 20 min, reduce casting speed and inform shift leader.

## 6. Quality control 质量检验
* Sample after RE addition and in tundish: [RE], [S], [Al], T[O].
* Inclusion rating per GB/T 10561 / ASTM E45 on plates; target A-type (sulfide) ≤ 1.0.
* Z-direction reduction of area ≥ 35 % (Z35).
* Charpy at −50 °C ≥ 100 J.

## 7. Records 记录
Heat number, wire length fed, RE addition, argon flow, chemistry, casting-speed log — stored in Level-2 system.

## 8. Safety 安全
Mischmetal wire is pyrophoric when cut; store coils dry; no water in feeder area.
""", 'clear', carrier='process-spec', lang='mixed', note='Steel ladle practice adding bought mischmetal wire; RE use in steelmaking, not RE production.')

add('hn-034.md', """
# Technical Note: Cerium and Lanthanum Additions to Al-Si Casting Alloys

**Foundry Engineering, Westfield Castings — TN-AL-2025-06**

## Background
Rare-earth additions (Ce, La, or Ce-rich mischmetal) to hypoeutectic Al-Si alloys such as A356 and A380 have been proposed to modify eutectic Si, refine intermetallics and improve high-temperature strength. Separately, the Al-Ce family (Al-8Ce-10Mg, Al-12Ce) developed at US national laboratories shows good castability and strength retention up to 300 °C. This note summarises our trials as a foundry that buys master alloys; we do not produce rare-earth metals.

## Materials purchased
* Al-10 % Ce master alloy, waffle ingot (supplier certificate: Ce 9.8 %, Fe 0.12 %)
* Al-10 % La master alloy
* Al-20 % mischmetal (Ce 50 %, La 25 %, Nd 15 %, Pr 5 % of RE)
* Standard Al-5Ti-1B grain refiner and Al-10Sr modifier for comparison

## Trial matrix

| Trial | Base alloy | Addition | RE level (wt %) | Pour temp. (°C) |
|---|---|---|---|---|
| T0 | A356 | Sr 150 ppm | 0 | 720 |
| T1 | A356 | Al-10Ce | 0.2 | 720 |
| T2 | A356 | Al-10Ce | 0.4 | 720 |
| T3 | A356 | Al-10La | 0.3 | 720 |
| T4 | A356 | Al-20Mm | 0.3 | 720 |
| T5 | Al-8Ce-10Mg | — | 8 | 740 |

Master alloys added at 740 °C, stirred with graphite rod 2 min, degassed with rotary impeller (Ar, 10 min), held 15 min before pouring into permanent-mould test bars (ASTM B108).

## Results (T6 heat treatment for A356: solution 540 °C/6 h, quench, age 160 °C/5 h)

| Trial | UTS (MPa) | YS (MPa) | Elong. (%) | UTS at 250 °C (MPa) | Eutectic Si morphology | Porosity (%) |
|---|---|---|---|---|---|---|
| T0 | 285 | 215 | 8.1 | 125 | fibrous | 0.4 |
| T1 | 279 | 212 | 7.2 | 131 | partially modified | 0.5 |
| T2 | 272 | 210 | 5.6 | 137 | partially modified, Al-Ce-Si needles | 0.6 |
| T3 | 276 | 211 | 6.4 | 129 | partially modified | 0.5 |
| T4 | 281 | 214 | 6.9 | 133 | partially modified | 0.4 |
| T5 (as-cast) | 228 | 172 | 1.4 | 162 | Al11Ce3 eutectic | 0.3 |

## Observations
1. RE additions modify eutectic Si less effectively than Sr; combined Sr + RE poisons Sr modification above 0.3 % RE.
2. High-temperature strength improves moderately (+5–10 % at 250 °C).
3. Al-8Ce-10Mg has excellent castability (fluidity spiral +18 % vs A356) and best strength retention at 250–300 °C, but low ductility.
4. Dross volume increases with RE; RE oxidises readily — minimise holding time.

## Cost
Ce master alloy price is modest (cerium is the most abundant and cheapest rare earth), but the La/Ce premium over Sr is ~4× per tonne of castings. For T5, cost is +35 % over A356 at current prices.

## Recommendation
No change for standard A356 parts. Evaluate Al-8Ce-10Mg for turbocharger housing bracket (service 250 °C) in a design-of-experiments with the customer.
""", 'clear', carrier='other', lang='en', note='Foundry trial of bought Al-Ce/La master alloys in casting; RE use, not RE metal production.')

add('hn-035.md', """
# 《稀土冶金学》课程教学大纲

课程编号：MET3126　　学分：2.5　　学时：40（理论32，实验8）
适用专业：冶金工程（本科三年级）　　先修课程：物理化学、冶金原理、化工原理
开课单位：冶金与材料学院 有色金属冶金系　　修订日期：2025年3月

## 一、课程性质与目标
本课程为冶金工程专业选修课，介绍稀土元素的性质、资源、提取冶金的基本原理及主要工艺路线，使学生了解我国稀土产业的概况和发展方向。课程目标：
1. 掌握稀土元素的电子结构、镧系收缩及其对化学性质的影响；
2. 理解稀土矿物分解、溶剂萃取、离子交换、熔盐电解等单元过程的基本原理；
3. 了解稀土功能材料（永磁、发光、催化、储氢）的应用；
4. 培养学生的资源意识、环保意识和工程伦理意识。

## 二、教学内容与学时分配

| 章节 | 内容 | 学时 |
|---|---|---|
| 第1章 绪论 | 稀土元素发现史、性质、资源分布、产业概况 | 2 |
| 第2章 稀土元素化学 | 电子层结构、镧系收缩、价态、配位化学基础 | 4 |
| 第3章 稀土矿物与选矿概论 | 氟碳铈矿、独居石、离子吸附型矿的特点，选矿方法概述 | 4 |
| 第4章 稀土精矿分解原理 | 酸法、碱法分解的热力学基础（定性介绍） | 4 |
| 第5章 溶剂萃取原理 | 分配比、分离系数、萃取等温线、串级萃取理论概述 | 6 |
| 第6章 离子交换与色层分离 | 基本原理与历史发展 | 2 |
| 第7章 稀土金属制备原理 | 熔盐电化学基础、金属热还原热力学 | 4 |
| 第8章 稀土功能材料概论 | 永磁材料、发光材料、催化材料、储氢材料 | 4 |
| 第9章 稀土二次资源与环境 | 回收利用概况、放射性与三废管理、法规政策 | 2 |
| 实验 | 稀土离子的分光光度测定；P507单级萃取分配比测定；草酸稀土沉淀与灼烧 | 8 |

## 三、实验教学
实验在教学实验室进行，使用试剂级氯化镧、氯化钕溶液，测定不同酸度下的单级分配比，绘制分配比–pH曲线，要求学生撰写实验报告并讨论误差来源。

## 四、考核方式
平时成绩（作业、课堂讨论）20%，实验报告20%，期末闭卷考试60%。

## 五、教材与参考书
1. 教材：《稀土冶金学》（高等学校教材，冶金工业出版社）；
2. 徐光宪主编《稀土》（第二版），冶金工业出版社；
3. Gupta C.K., Krishnamurthy N. *Extractive Metallurgy of Rare Earths*. CRC Press；
4. 国家及行业相关标准、《稀土管理条例》。

## 六、课程思政
结合我国稀土产业发展史和徐光宪院士串级萃取理论的贡献，培养学生的家国情怀和科学精神；结合出口管制政策讲解资源安全。

## 七、说明
本大纲内容以基础原理为主，不涉及企业生产工艺参数。

大纲执笔人：王教授　　审定人：系教学委员会
""", 'clear', carrier='other', lang='zh', note='University syllabus in general terms; topics only, no production parameters.')

add('hn-036.md', """
# MSE 4470 / 材料4470 — Extractive Metallurgy of Critical Metals 关键金属提取冶金

**Semester:** Spring 2026 · **Credits:** 3 · **Instructor:** Prof. Elena Sorokina · **TA:** 林子涵
**Meeting:** Tue/Thu 10:30–11:50, Engineering Hall 204 · **Office hours:** Wed 14:00–16:00

## Course description 课程简介
Principles of extracting and refining metals that appear on critical-raw-material lists — lithium, cobalt, nickel, rare earths, gallium, germanium, PGMs. Emphasis on thermodynamics (Pourbaix and Ellingham diagrams), hydrometallurgical unit operations, electrometallurgy, and the economics, environmental footprint and geopolitics of supply chains. 课程以原理和案例为主，案例资料均来自公开文献。

## Learning outcomes 学习目标
1. Construct and interpret E-pH and Ellingham diagrams for process selection.
2. Perform mass balances for leaching, solvent extraction and precipitation circuits.
3. Explain McCabe–Thiele analysis for counter-current SX and estimate stage numbers for a textbook example.
4. Compare electrowinning, molten-salt electrolysis and metallothermic reduction.
5. Assess environmental and social impacts, including radioactive residues (Th, U) and tailings.
6. Discuss export-control and trade policy affecting critical minerals.

## Weekly schedule 每周安排

| Week | Topic 主题 | Reading |
|---|---|---|
| 1 | Critical minerals: definitions, lists (US, EU, China) 关键矿产定义 | USGS MCS; EU CRMA |
| 2 | Thermodynamics review; Pourbaix diagrams | Ch. 2 |
| 3 | Leaching kinetics; shrinking-core model | Ch. 4 |
| 4 | Solvent extraction I: chemistry of extractants (chelating, acidic, basic) | Ch. 6 |
| 5 | SX II: McCabe–Thiele, counter-current cascades (copper case study) | Ch. 6 |
| 6 | Ion exchange; precipitation & crystallisation | Ch. 7 |
| 7 | Lithium: brines and spodumene 锂资源 | Case papers |
| 8 | Midterm | — |
| 9 | Nickel & cobalt: HPAL, MHP, refining | Case papers |
| 10 | Rare earths I: minerals, deposits, cracking (overview) 稀土资源概况 | Review article |
| 11 | Rare earths II: separation chemistry, why it is hard; magnets and demand 稀土分离化学概论 | Review article |
| 12 | Electrometallurgy: electrowinning, molten-salt electrolysis (Al, Mg, RE overview) | Ch. 9 |
| 13 | Gallium & germanium as by-products | Case papers |
| 14 | Recycling: batteries, magnets, e-waste 回收 | Review article |
| 15 | Policy: export controls, ESG, supply-chain due diligence | Readings |
| 16 | Project presentations | — |

## Assessment 考核

| Component | Weight |
|---|---|
| Problem sets (6) | 30 % |
| Midterm exam | 20 % |
| Team project (process-selection study from public literature) | 30 % |
| Final exam | 20 % |

## Team project 小组项目
Teams of 3–4 select a critical metal and prepare a conceptual flowsheet and supply-chain assessment **from published sources only** (journals, company technical reports, government documents). Do not use confidential industrial information; cite all sources.

## Textbooks 教材
* Gupta & Mukherjee, *Hydrometallurgy in Extraction Processes*, CRC Press.
* Free, M., *Hydrometallurgy: Fundamentals and Applications*, Wiley/TMS.
* Course reader with review articles (available on the LMS).

## Policies 课程政策
Academic integrity per university code; late work −10 %/day; accommodations via Disability Resources. 课堂允许使用中文或英文提问。
""", 'clear', carrier='other', lang='mixed', note='Bilingual course syllabus in general terms; public literature only.')

def annual_report_en(seed, company, hq, year=2024, focus='sintered NdFeB magnets', sites='Baotou, Ningbo and Ganzhou', ceo='Chen Jianguo', chair='Li Wenhua'):
    r = rng(seed)
    return f"""# {company} — Annual Report {year}

## Contents
1. Chairman's statement
2. Business review
3. Financial highlights
4. Operations and capacity
5. Research and development
6. Environment, social and governance
7. Risk management
8. Corporate governance
9. Outlook
Appendices

---

## 1. Chairman's statement

Dear shareholders,

{year} was a year of resilience for {company}. Prices of our key raw materials fell sharply in the first half before recovering in the autumn, and customers in consumer electronics remained cautious. At the same time, demand from electric-vehicle traction motors, variable-frequency air-conditioning compressors, industrial robots and wind turbines continued to grow, and our deliveries of {focus} rose by {r.randint(8, 22)} % year on year.

We completed the first phase of our new plant, strengthened our position with three of the world's top ten automotive OEMs, and reduced the intensity of heavy rare earths in our products through the wider use of grain-boundary diffusion. We also made progress on our sustainability agenda: our {sites.split(',')[0]} site now sources {r.randint(25, 48)} % of its electricity from renewable sources.

Export-control measures introduced by the Chinese authorities during the year require additional licensing work for some overseas shipments and for technology cooperation. The company has strengthened its compliance organisation, appointed an export-control officer at each site and trained more than {r.randint(300, 900)} employees.

On behalf of the Board, I thank our employees, customers, suppliers and shareholders for their trust.

*{chair}, Chairman*

## 2. Business review

### 2.1 Market environment
Global demand for high-performance rare-earth permanent magnets grew by around 9 %. Average prices of PrNd oxide were about 25 % lower than in {year-1}, which reduced revenue per kilogram but improved affordability for customers. Competition among Chinese magnet makers intensified as new capacity came on stream.

### 2.2 Sales by application

| Application | Share of revenue {year} | Share {year-1} | Change |
|---|---|---|---|
| New-energy vehicles | {r.randint(38, 48)} % | {r.randint(32, 40)} % | ▲ |
| Energy-saving compressors | {r.randint(12, 18)} % | {r.randint(12, 18)} % | — |
| Wind power | {r.randint(8, 14)} % | {r.randint(9, 15)} % | ▼ |
| Industrial motors and robots | {r.randint(8, 12)} % | {r.randint(7, 11)} % | ▲ |
| Consumer electronics | {r.randint(6, 10)} % | {r.randint(8, 12)} % | ▼ |
| Others | {r.randint(3, 7)} % | {r.randint(3, 7)} % | — |

### 2.3 Sales by region
Domestic customers accounted for {r.randint(55, 70)} % of revenue, Europe {r.randint(12, 20)} %, North America {r.randint(5, 10)} % and the rest of Asia the remainder.

## 3. Financial highlights

{en_fin_table(seed)}
Gross margin declined by {r.uniform(0.5, 3.0):.1f} percentage points owing to inventory revaluation at the beginning of the year. Net cash at year end was RMB {r.randint(800, 2600):,} million. The Board proposes a final dividend of RMB {r.uniform(0.1, 0.4):.2f} per share.

## 4. Operations and capacity

| Site | Products | Capacity end {year} (t/yr blanks) | Utilisation |
|---|---|---|---|
""" + '\n'.join(f'| {s.strip()} | {focus} | {r.randint(6, 25) * 1000:,} | {r.randint(68, 92)} % |' for s in sites.replace(' and ', ',').split(',')) + f"""

Output of finished magnets reached {r.randint(18, 38) * 1000:,} t. The new phase added automated machining and coating lines. Overall equipment effectiveness improved by {r.randint(2, 6)} points as a result of our lean programme.

## 5. Research and development

R&D expenditure was {r.uniform(3.5, 5.0):.1f} % of revenue. We filed {r.randint(40, 120)} patent applications and were granted {r.randint(30, 90)} patents. Priorities were: reduction of heavy rare earths, high-abundance (La/Ce) substitution, corrosion-resistant coatings, and digital process control. Our R&D centre is recognised as a provincial engineering technology centre.

## 6. Environment, social and governance

{esg_kpi_en(seed + 1)}
Highlights:
* Completed the ISO 14064 greenhouse-gas verification for all sites.
* Water recycling projects reduced fresh-water intake by {r.randint(5, 15)} %.
* Sponsored {r.randint(20, 80)} university scholarships in materials science.
* No significant fines or non-monetary sanctions for non-compliance with environmental laws.

## 7. Risk management

| Risk | Description | Mitigation |
|---|---|---|
| Raw-material price | PrNd, Dy and Tb prices are volatile | price-linkage clauses, strategic inventory |
| Trade and export control | tariffs, export licensing of items and technology | compliance team, licence planning, local-for-local |
| Customer concentration | top five customers ≈ {r.randint(30, 45)} % of revenue | diversification into industrial and robotics |
| Technology substitution | rare-earth-free motors | R&D on low-HRE grades, cost reduction |
| Environment and safety | dust, hydrogen, acid and solvent handling | ISO 45001 management system |

## 8. Corporate governance

The Board comprises nine directors including three independent non-executive directors. The Audit Committee met six times. The company complies with the Code of Corporate Governance for Listed Companies. Chief executive officer: {ceo}.

## 9. Outlook

We expect demand growth of 8–10 % in {year+1}. Capital expenditure is planned at RMB {r.randint(600, 1500):,} million, mainly for capacity expansion and automation. We will continue to invest in low-heavy-rare-earth technologies and in overseas customer service centres.

{EN_DISCLAIMER}
"""

add('hn-038.md', annual_report_en(38, 'Hengtai Magnetic Materials Co., Ltd.', 'Ningbo') + """
## Appendices
A. List of principal subsidiaries (see separate filing)
B. Independent auditor's report (see separate filing)
C. Glossary: Br — remanence; HcJ — intrinsic coercivity; (BH)max — maximum energy product; GBD — grain-boundary diffusion; HRE — heavy rare earths (Dy, Tb); PrNd — praseodymium-neodymium.
""", 'clear', carrier='other', lang='en', note='Magnet company annual report: finances, capacity, ESG; process names only, no parameters.')

def esg_report_zh(seed, company, business='稀土冶炼分离及金属冶炼', sites='包头、赣州', year=2024):
    r = rng(seed)
    return f"""# {company} {year}年度环境、社会及治理（ESG）报告

## 关于本报告
本报告是{company}（以下简称“公司”或“我们”）发布的第{r.randint(3, 7)}份ESG报告，报告期为{year}年1月1日至{year}年12月31日，覆盖公司本部及{sites}等主要生产基地。报告参照《上海证券交易所上市公司自律监管指引第14号——可持续发展报告（试行）》、全球报告倡议组织（GRI）标准编制。报告中的财务数据以经审计的年度财务报告为准。

## 董事长致辞
{year}年，面对稀土价格深度调整和国际贸易环境变化，公司坚持“绿色、创新、合规”发展理念，主营业务{business}保持稳健运行。全年未发生重大安全、环保事故，万元产值综合能耗同比下降{r.uniform(3, 9):.1f}%。我们持续加大研发投入，推进数字化车间建设，积极履行社会责任。面对国家稀土相关技术出口管制政策的实施，公司第一时间组织学习，完善出口合规管理体系，确保各项业务依法合规开展。

## 一、公司概况
公司成立于{r.randint(1995, 2010)}年，主要从事{business}业务，产品包括稀土氧化物、稀土金属及合金、稀土永磁材料等，广泛应用于新能源汽车、风力发电、节能家电、工业机器人等领域。截至{year}年末，公司员工{r.randint(2800, 9000):,}人，其中研发人员{r.randint(300, 900)}人。

### 主要经营数据
{zh_fin_table(seed)}
## 二、公司治理

### 2.1 治理架构
公司建立了以股东大会、董事会、监事会和经营管理层为核心的治理结构。董事会下设战略与ESG委员会、审计委员会、提名委员会、薪酬与考核委员会。

### 2.2 合规管理
- 建立出口管制内部合规机制（ICP），设立出口管制合规办公室；
- 对技术资料实施分级管理，涉密及受控技术资料的对外提供须经合规审查；
- 全年开展合规培训{r.randint(20, 60)}场，覆盖{r.randint(1500, 5000):,}人次；
- 全年未发生违反出口管制、反垄断、反商业贿赂法规的事件。

### 2.3 风险管理
公司识别的主要风险包括原材料价格波动风险、政策风险、安全环保风险、技术替代风险和汇率风险，并制定了相应应对措施。

## 三、环境

### 3.1 环境管理体系
各生产基地均通过ISO 14001环境管理体系认证，重点排污单位均按要求安装在线监测设施并与生态环境部门联网。

### 3.2 关键环境绩效
{esg_kpi_zh(seed + 2)}
### 3.3 应对气候变化
公司制定了“2030年碳达峰、2055年碳中和”路线图，主要措施包括：分布式光伏建设（{year}年新增装机{r.randint(8, 30)} MW）、电机系统能效提升、余热回收、绿电采购等。

### 3.4 废水与固废
- 生产废水经处理后回用，氨氮、总氮排放浓度稳定达标；
- 放射性废渣按规定送有资质的贮存设施，做到“零违规”；
- 一般固废综合利用率{r.uniform(85, 98):.1f}%。

## 四、社会

### 4.1 员工
公司坚持平等雇佣，全年新招聘员工{r.randint(300, 900)}人，员工流失率{r.uniform(4, 12):.1f}%。建立“技术+管理”双通道职业发展体系，开展技能培训{r.randint(200, 600)}期。

### 4.2 职业健康与安全
公司通过ISO 45001认证。全年损工事故{r.randint(0, 3)}起，无死亡事故。重点开展粉尘、酸雾、噪声、氢气及有限空间作业的专项治理。

### 4.3 供应链管理
对供应商开展ESG尽职调查，要求关键矿产供应商签署《负责任矿产采购承诺书》，对原料来源进行追溯。

### 4.4 社区与公益
全年公益投入{r.randint(200, 1500)}万元，开展乡村振兴、助学及生态修复项目。

## 五、创新
{year}年研发投入{r.uniform(2.5, 4.5):.1f}亿元，申请专利{r.randint(50, 160)}件，授权{r.randint(40, 120)}件，参与制修订国家和行业标准{r.randint(3, 12)}项。重点方向包括绿色冶炼分离、高纯稀土金属、低重稀土永磁、稀土二次资源综合利用以及生产过程数字化。

## 六、展望
{year+1}年，公司将继续聚焦主业，推进绿色低碳转型，完善合规体系，为股东、员工和社会创造更大价值。

{ZH_DISCLAIMER}
"""

add('hn-037.md', esg_report_zh(37, '北方某稀土股份有限公司') + """
## 附录一：GRI内容索引（节选）

| GRI披露项 | 披露内容 | 对应章节 |
|---|---|---|
| 2-1 | 组织详细情况 | 一、公司概况 |
| 2-9 | 治理架构和组成 | 二、公司治理 |
| 302-1 | 组织内部的能源消耗量 | 三、环境 |
| 303-3 | 取水 | 三、环境 |
| 305-1/2 | 直接及间接温室气体排放 | 三、环境 |
| 403-9 | 工伤 | 四、社会 |
| 404-1 | 每名员工每年接受培训的平均小时数 | 四、社会 |

## 附录二：读者意见反馈
欢迎您对本报告提出意见和建议。联系电话：0472-XXXXXXX　邮箱：esg@example.com
""", 'clear', carrier='other', lang='zh', note='ESG report of a RE company: KPIs, governance, no process parameters.')

r39 = rng(39)
rows39 = ['年月 month,HS编码 HS code,商品名称 description,贸易方式 trade mode,目的国 destination,数量 quantity,单位 unit,金额 value_USD,单价 unit_value_USD_per_kg']
hs = [('85051110', '稀土永磁体 rare-earth permanent magnets', 't', 'kg', 48, 62), ('28469019', '其他稀土化合物 other RE compounds', 't', 'kg', 5, 40),
      ('28053011', '钕 neodymium metal', 't', 'kg', 55, 75), ('28469011', '氧化镨钕 PrNd oxide', 't', 'kg', 52, 70), ('28461010', '氧化铈 cerium oxide', 't', 'kg', 1.2, 2.5)]
dests = ['德国 Germany', '美国 United States', '韩国 Korea', '日本 Japan', '越南 Vietnam', '印度 India', '泰国 Thailand', '墨西哥 Mexico', '意大利 Italy', '波兰 Poland']
for m in range(1, 10):
    for code, desc, unit, _, lo, hi in hs:
        for dst in r39.sample(dests, 3 if code != '85051110' else 5):
            q = round(r39.uniform(5, 900) if code == '85051110' else r39.uniform(0.5, 120), 1)
            up = round(r39.uniform(lo, hi), 2)
            rows39.append(f'2025-{m:02d},{code},{desc},一般贸易 general,{dst},{q},{unit},{int(q * 1000 * up)},{up}')
add('hn-039.csv', '\n'.join(rows39), 'clear', carrier='parameter-sheet', lang='mixed',
    note='Customs trade statistics export for RE magnets and oxides: quantities and values only.')

r40 = rng(40)
prods = [('氧化镨钕', '≥99%', '元/吨', 430000), ('金属镨钕', '≥99%', '元/吨', 528000), ('氧化镝', '≥99.5%', '元/公斤', 1650), ('镝铁', '≥99.5%', '元/公斤', 1600),
         ('氧化铽', '≥99.95%', '元/公斤', 6700), ('金属铽', '≥99.9%', '元/公斤', 8300), ('氧化钆', '≥99.5%', '元/吨', 160000), ('钆铁', '≥99%', '元/吨', 155000),
         ('氧化钬', '≥99.5%', '元/吨', 480000), ('氧化镧', '≥99.99%', '元/吨', 4200), ('氧化铈', '≥99.95%', '元/吨', 7000), ('氧化钐', '≥99.9%', '元/吨', 15000),
         ('钕铁硼废料（镨钕）', '含量', '元/千克', 520), ('烧结钕铁硼毛坯N35', '—', '元/公斤', 160), ('烧结钕铁硼毛坯50H', '—', '元/公斤', 260)]
tsv = ['产品\t规格\t单位\t' + '\t'.join(f'2025-W{w}' for w in range(36, 44)) + '\t周环比\t备注']
for p, s, u, base in prods:
    v = base; vals = []
    for w in range(8):
        v = v * r40.uniform(0.96, 1.05); vals.append(f'{v:.0f}' if v > 100 else f'{v:.1f}')
    chg = (float(vals[-1]) / float(vals[-2]) - 1) * 100
    tsv.append(f'{p}\t{s}\t{u}\t' + '\t'.join(vals) + f'\t{chg:+.2f}%\t' + r40.choice(['', '', '成交清淡', '下游询单增加', '出口许可收紧，海外询价活跃', '分离厂挺价']))
tsv += ['', '数据说明：以上为国内主流成交含税均价，每周五收盘更新；仅供参考。', '来源：某资讯平台稀土频道周报（内部转载）']
add('hn-040.tsv', '\n'.join(tsv), 'clear', carrier='parameter-sheet', lang='zh', note='Weekly RE price table (TSV); prices only.')

add('hn-041.md', """
# New rare-earth magnet plant opens in Texas, targets 1,000 tonnes a year

*By Staff Reporter — Industrial Metals Weekly — 22 May 2025*

FORT WORTH, Texas — A new factory that will make neodymium-iron-boron magnets for electric vehicles and industrial motors officially opened on Thursday, the first of its kind in the United States in more than two decades.

The plant, built at a cost of about $700 million including upstream investments, will initially produce around 1,000 tonnes of finished magnets a year, enough for roughly half a million electric-vehicle motors, the company said. It aims to reach 2,000–3,000 tonnes by 2028. The site employs 230 people and expects to hire another 150 over the next two years.

The factory will take separated neodymium-praseodymium oxide from the company's own mine and processing plant in California, convert it to metal and alloy, and make sintered magnets. The first customer is a large US automaker, which signed a long-term supply agreement in 2021.

"For years, America exported its rare-earth concentrate to be processed abroad and imported the magnets back," the company's chief executive told an audience of officials and customers. "Today we close that loop."

## Geopolitics in the background

The opening comes weeks after China placed seven medium and heavy rare-earth elements and some magnets under export licensing, which caused shortages at several car-parts makers in Europe and Asia. China accounts for more than 90 % of global magnet production.

Analysts welcomed the plant but cautioned that it represents only a small share of US demand, estimated at more than 10,000 tonnes a year. "It's a start, not a solution," said a consultant at a London-based research firm. "Heavy rare earths, which are needed for high-temperature grades, are still almost entirely sourced from China and Myanmar."

The Department of Defense contributed funding for upstream separation capacity, and the company benefits from the 45X advanced-manufacturing production tax credit.

## What's next

The company said it would not disclose technical details of its production process, which it developed partly with a Japanese partner. It plans to add a recycling line for manufacturing scrap by 2026.

Other magnet projects in the United States include plants in South Carolina and Oklahoma, scheduled to start production between 2025 and 2027. In Europe, a plant in Narva, Estonia, started commercial production this year.

Shares of the company rose 4 % on the news.

*Related: EU launches strategic projects under Critical Raw Materials Act; Lynas begins heavy rare-earth separation in Malaysia.*
""", 'clear', carrier='other', lang='en', note='News article about a new magnet plant; no technical details.')

add('hn-042.txt', """
【產業新聞】越南稀土分離廠動工　規劃年產五千噸氧化物

記者陳怡君／綜合報導　2025年8月14日

越南北部安沛省一座稀土分離廠13日舉行動土典禮，由當地企業與日本、韓國資金合作興建，預計2027年投產，初期規劃年處理稀土精礦約1萬噸，產出分離稀土氧化物約5,000噸，其中氧化鐠釹約1,200噸。

越南擁有全球第二大的稀土蘊藏量，據美國地質調查局估計約2,200萬噸，但長期以來開採與加工規模有限。近年在全球供應鏈分散化的趨勢下，日、韓、美等國積極布局越南稀土產業。

該計畫總投資約3.5億美元，廠區占地約60公頃，除分離產線外，也規劃興建廢水處理與放射性廢渣貯存設施。業者表示，將採用「符合國際標準的環保技術」，並聘請具經驗的國際工程公司負責設計，但未透露具體製程細節。

越南政府去年修訂礦產法，加強稀土出口管理，原則上禁止未經加工的稀土礦砂出口，鼓勵在國內進行深加工。工貿部官員在典禮上表示，政府希望到2030年建立從開採、分離、金屬到磁材的完整產業鏈。

分析師指出，中國10月宣布對稀土相關技術實施出口管制後，海外新建分離廠取得技術與人才的難度增加，許多計畫可能延宕。一位日本商社人士表示：「設備可以買，但操作經驗和人才很難在短期內取得。」

台灣方面，國內馬達、電子業者對稀土磁材的需求持續增加，經濟部表示將協助業者分散採購來源，並支持國內研究機構進行稀土回收的基礎研究。

（責任編輯：林建宏）
""", 'clear', carrier='other', lang='zh', note='Traditional-Chinese news about a separation plant; no technology.')

r43 = rng(43)
kiln43 = '\n'.join(f'| Z{z} | {t} | {t + r43.randint(-3, 3)} | {r43.uniform(0.8, 1.2):.2f} |' for z, t in enumerate([250, 450, 650, 850, 1000, 1120, 1190, 1225, 1235, 1235, 1200, 1050, 800, 500, 200], 1))
add('hn-043.md', f"""
# 湿压异方性锶铁氧体磁瓦生产工艺规程 / Process Specification: Wet-Pressed Anisotropic Sr-Ferrite Arc Segments

**文件编号 Doc. No.:** FE-PS-ARC-011　**版本 Rev.:** E　**适用产品 Products:** Y30BH / Y35 arc segments for DC motors (automotive wiper, seat, window lift)
**编制 Prepared:** 工艺部 Process Engineering　**批准 Approved:** 技术副总 VP Technology　**日期 Date:** 2025-01-15

## 0. 修订记录 Revision history

| Rev | Date | Change |
|---|---|---|
| C | 2022-06 | New ball mill line 3 |
| D | 2023-11 | Kiln K2 temperature profile updated after refractory relining |
| E | 2025-01 | Added CaCO3/SiO2 addition tolerance; grinding section updated |

## 1. 适用范围 Scope
本规程适用于本公司铁氧体事业部湿压异方性锶铁氧体磁瓦的预烧料制备、二次球磨、湿法磁场成型、烧结、磨加工和检验全过程。Ferrite (SrO·6Fe2O3) contains no rare-earth elements; La-Co substituted grades (Y40) are covered by FE-PS-ARC-015.

## 2. 原材料 Raw materials

| Material | Spec | Supplier |
|---|---|---|
| Iron oxide (Fe2O3) from steel pickling (Ruthner) | Fe2O3 ≥ 99.2 %, SiO2 ≤ 0.02 %, Cl ≤ 0.1 % | steel mill A |
| Strontium carbonate SrCO3 | ≥ 97 %, BaCO3 ≤ 1.5 % | supplier B |
| CaCO3 (additive) | ≥ 99 % | — |
| SiO2 (additive) | ≥ 99 %, d50 < 1 µm | — |
| H3BO3, Al2O3, Cr2O3 (optional) | reagent | — |
| Calcium gluconate (dispersant) | food grade | — |

## 3. 工艺流程 Process flow
配料 batching → 混合 mixing → 造球 pelletising → 预烧 calcination (rotary kiln) → 粗破 crushing → 二次球磨 fine wet milling (with additives) → 料浆调整 slurry conditioning → 湿压磁场成型 wet pressing in magnetic field → 干燥 drying → 烧结 sintering (tunnel kiln) → 磨加工 grinding → 清洗 washing → 检验 inspection → 充磁(客户要求) → 包装 packing

## 4. 预烧 Calcination
* Fe2O3 : SrCO3 molar ratio n = 5.6–5.9 (Y30BH) 
* Pellets Ø 5–15 mm, moisture 12–14 %
* Rotary kiln, max. material temperature 1,240–1,270 °C, residence 40–60 min in hot zone
* Calcined clinker: magnetisation σs ≥ 68 emu/g, HcJ of crushed powder ≥ 3.5 kOe (Y30BH target)

## 5. 二次球磨 Fine milling
* Charge: calcined powder 1 t, steel balls Ø 6 mm 6 t, water 1.3 m³
* Additives (wt % of powder): CaCO3 0.6–0.9, SiO2 0.3–0.5, calcium gluconate 0.2–0.5
* Milling time 16–20 h; target specific surface area (BET) 9–11 m²/g, average particle size (Fisher) 0.65–0.75 µm
* Slurry solids 62–66 % after decanting

## 6. 湿压成型 Wet pressing in magnetic field
* Hydraulic press 200 t with DC orientation coil; field in die cavity ≥ 8 kOe (0.8 T)
* Slurry injection pressure 3–6 MPa; compaction pressure 35–45 MPa; water extraction through filter cloth and vacuum
* Cycle time 40–55 s, 8–16 cavities per die
* Green density 3.1–3.3 g/cm³; green strength sufficient for robot unloading
* Demagnetise green parts in AC coil before drying

## 7. 干燥与烧结 Drying & sintering
Drying: 40 → 110 °C, 24 h, humidity-controlled chamber to avoid cracks.
Tunnel kiln K2 (electric, 42 m, pusher), atmosphere air:

| Zone | Set (°C) | Actual (°C) | Push interval (min) |
|---|---|---|---|
{kiln43}

Total cycle ~ 20 h; peak 1,225–1,240 °C for Y30BH, 1,210–1,225 °C for Y35 (higher density required).
Shrinkage: 15–17 % (perpendicular), 11–13 % (parallel to orientation).

## 8. 磨加工 Grinding
Diamond wheels; OD/ID arc grinding on through-feed machines; chamfer grinding; wash and dry. Allowance 0.3–0.5 mm per surface.

## 9. 检验 Inspection

| Property | Y30BH spec | Y35 spec | Frequency |
|---|---|---|---|
| Br (mT) | 380–400 | 400–420 | 3 pcs/lot (sample cylinders) |
| HcB (kA/m) | 223–235 | 220–250 | same |
| HcJ (kA/m) | 231–245 | 225–255 | same |
| (BH)max (kJ/m³) | 27.8–30.4 | 30.4–33.4 | same |
| Density (g/cm³) | ≥ 4.9 | ≥ 5.0 | 1/shift |
| Dimensions | drawing | drawing | AQL 0.65 |
| Cracks (ring test / dye) | none | none | 100 % acoustic |

## 10. 常见缺陷 Defects & countermeasures

| Defect | Cause | Countermeasure |
|---|---|---|
| 开裂 Cracks | drying too fast, density gradient | adjust drying curve, check filter cloth |
| 变形 Warping | kiln temperature non-uniform | check zone TCs, setter plates |
| Br 偏低 | low orientation, low density | check coil current, slurry solids |
| HcJ 偏低 | over-sintering, coarse grains | reduce peak temperature 5–10 °C |

## 11. 安全环保 HSE
Ball-mill noise > 85 dB(A) — hearing protection. Kiln exhaust via bag filter; dust < 10 mg/m³. Press area: strong DC field — pacemaker warning.

## 12. 记录 Records
Batch card, kiln chart, press log, inspection records (retained 10 years for automotive).
""", 'clear', carrier='process-spec', lang='mixed', note='Ferrite magnet process spec with real parameters; ferrite is outside 1E902 (no RE).')

add('hn-044.md', """
# 铝电解槽（400 kA）焙烧启动与正常生产技术条件

文件编号：AL-JS-05　适用范围：电解二车间400 kA预焙阳极铝电解槽

## 一、概述
本技术条件规定400 kA预焙铝电解槽焙烧、启动及正常生产期的主要技术参数与操作要点。电解质为冰晶石-氧化铝熔盐体系（Na3AlF6–AlF3–CaF2–Al2O3），以碳素阳极、碳素阴极进行电解。

## 二、焙烧
1. 焦粒焙烧法：焦粒粒度1–3 mm，铺设厚度20 mm；
2. 分流器分流，焙烧时间72–96 h；
3. 焙烧终了阴极表面温度 ≥ 900 ℃，阳极电流分布均匀度偏差 ≤ 15%。

## 三、启动
1. 湿法启动：灌入电解质熔体约18 t，抬高阳极至槽电压6–8 V；
2. 启动后24 h内灌铝约20 t；
3. 启动期分子比2.6–2.8，逐步降低。

## 四、正常生产技术条件

| 参数 | 范围 |
|---|---|
| 系列电流 | 400–410 kA |
| 槽电压 | 3.90–4.05 V |
| 电解温度 | 945–955 ℃ |
| 过热度 | 8–12 ℃ |
| 分子比（NaF/AlF3摩尔比） | 2.35–2.50 |
| 电解质水平 | 18–22 cm |
| 铝水平 | 22–26 cm |
| 极距 | 4.2–4.8 cm |
| 氧化铝浓度 | 1.8–3.0% |
| CaF2 | 4–5% |
| 效应系数 | ≤ 0.03次/槽·日 |
| 电流效率 | ≥ 93% |
| 直流电耗 | ≤ 12,800 kWh/t-Al |

## 五、日常操作
- 换极周期28–30天，按换极顺序表执行；
- 出铝周期24 h，每次出铝量3,050 ± 50 kg；
- 每日测量电解质温度、两水平，每三日分析分子比；
- 氟化铝按分子比和温度趋势自动添加；
- 阳极效应发生时按熄灭程序处理，严控PFC排放。

## 六、槽况异常处理
| 异常 | 征兆 | 处理 |
|---|---|---|
| 冷槽 | 温度低、沉淀多、电压摆 | 提电压、减少下料、加冰晶石 |
| 热槽 | 温度高、炉帮熔化、铝水平下降 | 降电压、增加AlF3、增加出铝量 |
| 阳极长包 | 针振、电压不稳 | 更换问题阳极 |
| 阴极破损 | 铁、硅含量上升 | 加强监测，制定停槽计划 |

## 七、安全
严禁潮湿工具接触熔体；氟化物粉尘及HF浓度监测；强磁场区域禁止佩戴心脏起搏器人员进入。

编制：电解工艺室　　批准：生产副总
""", 'clear', carrier='process-spec', lang='zh', note='Aluminium electrolysis (fluoride bath) technical conditions; not RE metal smelting.')

add('hn-045.md', """
# Black-Mass Hydrometallurgy Line — Operating Summary / 锂电池黑粉湿法回收线运行小结

**Plant:** Circular Battery Materials, Line 2 (NCM/LFP mixed feed)　**Period:** Q2 2025　**Author:** 周敏 (Process) / K. Johansson (Operations)

## 1. Flow sheet 工艺流程
Spent Li-ion cells → discharge (brine) → shredding under N2 → sieving & magnetic separation (Fe, Al, Cu foils out) → black mass (黑粉) → H2SO4 + H2O2 reductive leach → iron/aluminium removal by pH adjustment → Cu cementation / SX (LIX 984N) → impurity removal SX (D2EHPA) → Co/Ni SX (Cyanex 272 / P507) → NiSO4 & CoSO4 crystallisation → Li recovery as Li2CO3 from raffinate (Na2CO3 precipitation, 90 °C).

## 2. Key numbers 关键指标

| Item | Q2 target | Q2 actual |
|---|---|---|
| Black mass processed (t) 黑粉处理量 | 3,000 | 3,145 |
| Leach recovery Ni / Co / Li (%) | 98 / 98 / 95 | 98.6 / 98.9 / 95.4 |
| Leach conditions | 2 mol/L H2SO4, H2O2 1.2× stoich., 80 °C, L/S 5, 2 h | as target |
| Fe/Al removal end pH | 4.5–5.0 | 4.7 |
| D2EHPA SX (Mn, Zn, Ca removal) | 25 % v/v, 4 ext + 3 scrub + 3 strip | — |
| Cyanex 272 Co/Ni separation | 20 % v/v, 5 ext + 4 scrub + 3 strip, pH 5.2–5.6 | — |
| Li2CO3 purity 碳酸锂纯度 | ≥ 99.5 % (battery grade) | 99.62 % |
| Overall Li recovery | ≥ 85 % | 87.1 % |

## 3. Issues 问题
1. Fluoride from LiPF6 electrolyte attacks filter cloths; adding calcium to precipitate CaF2 upstream. 氟离子导致滤布寿命下降。
2. Graphite in leach residue has residual Li 0.3 % — trial of second-stage leach.
3. Organic entrainment in NiSO4 solution occasionally > 20 ppm → carbon column replaced.
4. Mixed LFP feed lowers Ni/Co grade of black mass; considering separate LFP line (selective Li leaching, FePO4 by-product).

## 4. Safety 安全
Two thermal events at shredder infeed (residual charge) — no injuries. Discharge verification (< 0.5 V per cell) now mandatory before shredding.

## 5. Regulatory 法规
EU Battery Regulation recycled-content targets (2031: 16 % Co, 6 % Li, 6 % Ni) drive customer demand. Note: this line does not handle NiMH batteries or rare-earth-containing materials; NiMH returns are forwarded to a contracted partner.

## 6. Next quarter 下季度计划
Ramp to 4,000 t black mass; commission Li SX (to replace carbonate-only route); ISO 14001 audit.
""", 'clear', carrier='parameter-sheet', lang='mixed', note='Li-ion black-mass recycling with SX; battery recycling without RE is outside 1E902.')

# =================================================================== CONTROLLED DOCS (long / mixed)
TECH_046 = """
## Appendix D — INTERNAL: Line 3 process window, sintered NdFeB 48SH / 45UH / 52M
*(Prepared by Process Engineering for the board technology committee. Not for publication. Do not distribute outside the company.)*

### D.1 Alloy (strip-cast flake), wt %

| Element | 52M | 48SH | 45UH (base for GBD) |
|---|---|---|---|
| PrNd (Pr:Nd = 25:75) | 30.6 | 29.9 | 29.5 |
| Dy | 0 | 0.8 | 0 (Tb by GBD, 0.55) |
| B | 0.93 | 0.95 | 0.96 |
| Co | 0.8 | 1.0 | 1.2 |
| Cu | 0.12 | 0.15 | 0.18 |
| Al | 0.10 | 0.25 | 0.30 |
| Ga | 0.15 | 0.20 | 0.25 |
| Zr / Ti | 0.08 Zr | 0.10 Zr | 0.10 Ti |
| Fe | bal. | bal. | bal. |

### D.2 Strip casting (600 kg VIM-SC furnace)
| Parameter | Set point |
|---|---|
| Charge order | Fe/B-Fe bottom, PrNd metal and Dy-Fe on top; Co, Cu, Al, Ga in mid-charge |
| Melting | vacuum to 5 Pa, back-fill Ar 40–50 kPa, melt at 1,450–1,480 °C, hold 5 min |
| Tundish pour rate | 5.5–6.5 kg/s |
| Copper wheel linear speed | 1.3–1.6 m/s (flake thickness 0.25–0.35 mm) |
| Secondary cooling drum | flakes held at 550–650 °C for 20–30 min, then Ar-quenched |
| Acceptance | α-Fe ≤ 1 vol %, columnar grain width 3–5 µm, Nd-rich lamella spacing 2.5–3.5 µm |

### D.3 Hydrogen decrepitation (HD)
| Step | Set point |
|---|---|
| Absorption | H2 at 0.10–0.15 MPa, room temp.; reaction self-heats to ~150 °C; 2.5–3 h until ΔP < 2 kPa/10 min |
| Dehydrogenation | 540–560 °C under vacuum (< 10 Pa), 5–6 h |
| Cooling | Ar fan cooling to < 40 °C |
| Residual hydrogen | 900–1,400 ppm |
| Lubricant | 0.05 wt % zinc-stearate-based additive, mixed 60 min in V-blender under N2 |

### D.4 Jet milling
| Parameter | 52M | 48SH / 45UH |
|---|---|---|
| Gas | N2, O2 ≤ 20 ppm | N2, O2 ≤ 20 ppm |
| Grinding pressure | 0.65 MPa | 0.68 MPa |
| Classifier speed | 4,200 rpm | 4,600 rpm |
| D50 (laser) | 3.6–3.8 µm | 3.0–3.2 µm |
| D90/D10 | ≤ 4.3 | ≤ 4.0 |
| Post-mill lubricant | 0.08 wt % | 0.10 wt % |
| Powder oxygen | ≤ 600 ppm | ≤ 500 ppm |

### D.5 Orientation pressing and CIP
* Glove-box press, N2 O2 ≤ 100 ppm; orientation field 1.8–2.0 T DC (coil current 310 A), field applied 3 s before compaction
* Die pressure 45–55 MPa; demagnetising pulse 0.2 T reversed
* Vacuum-bag and CIP at 180–200 MPa, 60 s; green density 4.2–4.4 g/cm³

### D.6 Sintering and tempering (VSF-600 furnace, 600 kg load)
| Segment | 52M | 48SH | 45UH |
|---|---|---|---|
| RT → 300 °C | 2 °C/min, hold 2 h (lubricant burn-off, pump < 10 Pa) | same | same |
| 300 → 600 °C | 2 °C/min, hold 2 h (H desorption) | same | same |
| 600 → 850 °C | 3 °C/min, hold 1 h | same | same |
| Sintering | 1,050 °C × 6 h | 1,065 °C × 5 h | 1,045 °C × 7 h |
| Vacuum at sintering | ≤ 5 × 10⁻³ Pa | same | same |
| Quench | Ar 80 kPa fan to ≤ 80 °C | same | same |
| 1st temper | 900 °C × 3 h | 880 °C × 3 h | 900 °C × 2 h |
| 2nd temper | 500 °C × 4 h | 480 °C × 5 h | 510 °C × 4 h |
| Sintered density | ≥ 7.55 g/cm³ | ≥ 7.58 g/cm³ | ≥ 7.57 g/cm³ |

### D.7 Grain-boundary diffusion (45UH)
Slice to 4.0–6.0 mm in c-axis; TbH3 + alcohol slurry spray, 0.50–0.60 wt % Tb of magnet mass; diffusion 920 °C × 20 h at ≤ 10⁻³ Pa; ageing 500 °C × 5 h. HcJ gain +750 to +820 kA/m, Br loss ≤ 0.015 T.

### D.8 Property targets (20 °C)
| Grade | Br (T) | HcJ (kA/m) | (BH)max (kJ/m³) | Hk/HcJ |
|---|---|---|---|---|
| 52M | 1.43–1.46 | ≥ 1,114 | 398–422 | ≥ 0.95 |
| 48SH | 1.37–1.41 | ≥ 1,592 | 366–390 | ≥ 0.93 |
| 45UH (after GBD) | 1.33–1.37 | ≥ 1,990 | 342–366 | ≥ 0.92 |
"""

add('hn-046.md', annual_report_en(46, 'Sanrong Permanent Magnet Technology Co., Ltd.', 'Baotou', sites='Baotou, Ganzhou and Ningbo', ceo='Zhao Mingyuan', chair='Wang Lixin') + """
## Appendices
A. Principal subsidiaries (filed separately)
B. Independent auditor's report (filed separately)
C. Glossary — Br, HcJ, (BH)max, GBD, HRE, PrNd
""" + TECH_046 + """
### D.9 Notes
Values are the frozen process window as of 2024-12-31 following the Line 3 capability study (Cpk ≥ 1.33 on Br and HcJ). Any change requires ECN approval by the Chief Technology Officer.
""", 'controlled', codes=['1E902.a'], cats=['magnet-manufacturing'], mt=['NdFeB'], carrier='parameter-sheet', lang='en',
    note='Annual report whose internal Appendix D gives alloy, strip-casting, HD, jet-mill, pressing, sintering, tempering and GBD set-points.')

TECH_047 = """
## 附件三（内部资料，不对外披露）：2号线烧结钕铁硼关键工序参数表（2024年冻结版）

### 3.1 氢破碎（HD）
| 参数 | 设定值 |
|---|---|
| 装料量 | 每炉800 kg速凝片（厚度0.25–0.35 mm） |
| 吸氢压力 | 0.12–0.15 MPa，室温起始，吸氢时间2–3 h，压降<2 kPa/10 min判定饱和 |
| 脱氢温度 | 550 ℃ ± 10 ℃，保温6 h，真空度≤10 Pa |
| 冷却 | 充氩风冷至40 ℃以下出料 |
| 残氢量 | 1000–1500 ppm |

### 3.2 气流磨
| 参数 | 42SH/45SH | 50H/52M |
|---|---|---|
| 研磨气体 | 氮气，含氧≤20 ppm | 同左 |
| 研磨压力 | 0.65–0.70 MPa | 0.60–0.65 MPa |
| 分选轮转速 | 4500 r/min | 4000 r/min |
| 粒度D50 | 3.0–3.3 µm | 3.5–3.8 µm |
| 防氧化剂（磨后添加） | 0.10 wt% | 0.08 wt% |
| 粉末氧含量 | ≤500 ppm | ≤600 ppm |

### 3.3 取向压制与等静压
磁场取向强度1.8–2.0 T（直流），压制压力45–50 MPa，手套箱内氧含量≤100 ppm；真空包封后冷等静压180–200 MPa保压60 s，生坯密度4.2–4.4 g/cm³。

### 3.4 烧结与回火
| 段 | 工艺 |
|---|---|
| 脱脂 | 室温→300 ℃，2 ℃/min，保温2 h |
| 脱氢 | 300→600 ℃，2 ℃/min，保温2 h |
| 预烧 | 600→850 ℃，3 ℃/min，保温1 h |
| 烧结 | 42SH/45SH：1060 ℃×5 h；50H/52M：1045 ℃×6 h；真空≤5×10⁻³ Pa |
| 冷却 | 充氩80 kPa风冷至≤80 ℃ |
| 一级回火 | 890–900 ℃×3 h |
| 二级回火 | 490–510 ℃×4 h，风冷 |
| 烧结密度 | ≥7.55 g/cm³ |

### 3.5 性能目标
42SH：Br 1.29–1.32 T，HcJ≥1592 kA/m；50H：Br 1.40–1.44 T，HcJ≥1353 kA/m。
"""

add('hn-047.md', esg_report_zh(47, '某稀土永磁科技股份有限公司', business='高性能烧结钕铁硼永磁材料的研发、生产和销售', sites='宁波、包头') + """
## 附件一：GRI内容索引（略）

## 附件二：第三方鉴证声明（略）
""" + TECH_047 + """
说明：本附件为技术委员会审议材料，数值经2024年12月工艺评审会冻结，变更须经总工程师批准。
""", 'controlled', codes=['1E902.a'], cats=['magnet-manufacturing'], mt=['NdFeB'], carrier='parameter-sheet', lang='zh',
    note='ESG report with internal annex of HD, jet-mill, pressing, sintering and tempering set-points.')

add('hn-048.md', f"""
# Upstream Due Diligence Report: Rare-Earth Separation and Metal Supply for Project "Northwind"

**Prepared for:** Investment Committee, Aurelius Strategic Minerals Fund II
**Prepared by:** Deal team (R. Castillo, H. Lee) with technical adviser
**Date:** 4 September 2025 | **Status:** Draft for IC discussion — strictly confidential

## 1. Purpose
The Fund is considering an offtake-linked investment of USD 85 million in a joint venture that would build a separation and metal plant outside China, with technical assistance from an established Chinese operator ("Operator A"). This report summarises the market context, the candidate partners and observations from our site visit to Operator A's facility.

## 2. Executive summary
* Market fundamentals for NdPr remain attractive; we assume a long-term price of USD 90/kg NdPr oxide.
* Operator A is one of the few operators willing to discuss technical assistance; its willingness may be affected by China's technology export controls.
* Our preliminary view is positive, subject to legal advice on export-control licensing for any technology transfer.

{MARKET_EN_STAGES}
## 3. Market context

{capacity_table_en(48)}
{DEMAND_EN}
{POLICY_EN}
## 4. Price assumptions

{price_table_en(480)}
Our base case uses NdPr oxide at USD 90/kg real from 2028, Dy oxide USD 280/kg and Tb oxide USD 1,050/kg.

## 5. Candidate partners

{COMPANIES_EN}
## 6. Financial sketch (JV, 100 % basis)

| Item | Value |
|---|---|
| Feed | 12,000 t/yr mixed RE carbonate (≈ 45 % TREO) |
| Products | NdPr oxide 1,450 t/yr; NdPr metal 1,000 t/yr; La/Ce carbonate; SEG/HRE concentrate |
| Capex | USD 420 million |
| Opex | USD 14/kg NdPr eq. |
| IRR (base case) | 16.5 % |

## 7. Risks
Permitting (thorium residue), technology access, price volatility, off-take counterparty risk, export-control licensing for technical assistance and for hiring of Chinese engineers.

## 8. Site visit notes — Operator A, separation plant and metal workshop (27–28 August 2025)
*Notes taken by H. Lee during the walk-through and the meeting with the plant technical director; numbers as stated by the plant staff and read off control-room screens. For internal use by the deal team.*

**Feed preparation.** Concentrate (bastnäsite-type, ~60 % REO) is mixed with 98 % sulfuric acid at an acid-to-concentrate mass ratio of 1.4–1.5 and roasted in a rotary kiln: front end ~ 350 °C, kiln middle 600–650 °C, residence ~ 4 h. Calcine water-leached at L/S 8–10, ~ 2 h; leach liquor neutralised with MgO to pH 4–4.5 with iron and thorium going to residue. Leach liquor ~ 35–40 g/L REO as sulfate; converted to chloride by P204 transfer extraction (P204 1.0–1.2 mol/L) and stripping with 5.5–6 mol/L HCl, giving a mixed chloride of ~ 1.6 mol/L REO.

**Separation cascades (P507 in sulfonated kerosene, 1.5 mol/L, saponified 36 % with ammonia; the plant is switching to magnesium-based saponification).**

| Cut | Stages (extraction + scrub) | Flow ratio (organic : feed : scrub acid), L/min | Scrub HCl | Strip HCl | Product |
|---|---|---|---|---|---|
| Nd/Sm (light/middle split) | 40 + 30 | 120 : 20 : 6 | 4.5 mol/L | 6 mol/L, 8 stages | SEGH in organic |
| La-Ce / Pr-Nd | 55 + 45 | 160 : 22 : 9 | 5.0 mol/L | — | LaCe raffinate |
| Pr / Nd (fractional, for 99.5 % Nd2O3) | 70 + 60 | 210 : 12 : 8.5 | 5.5 mol/L | 6 mol/L, 10 stages | Nd 99.5 %, Pr 99 % |
| Dy / Tb (middle-heavy group) | 90 total | — (not disclosed) | — | — | Tb4O7 99.99 % |

Mixer residence 3–4 min; settler area sized at ~ 4 m³/h per m². The control room showed stage-by-stage pH profile and online ICP monitoring at the "cut" stages (stage 38 and stage 52 for the PrNd/LaCe cascade).

**Precipitation and calcination.** Oxalic acid at 1.1–1.2 × stoichiometric, 60–70 °C, aged 30 min; filtered and washed; calcined at 900–950 °C for 2 h in push-plate kilns to oxide. NdPr oxide spec TREO ≥ 99 %, Pr6O11/TREO 24–26 %.

**Metal workshop.** 36 cells of 6 kA, fluoride electrolyte NdPrF3–LiF at 88 : 12 (wt), bath temperature 1,040–1,060 °C, graphite anode (ring) with tungsten cathode rod, anode current density ~ 1.0 A/cm², cathode ~ 7 A/cm², cell voltage 9–10 V, oxide fed every 3–4 min (~ 0.5 kg), current efficiency 78–82 %, metal tapped into Mo crucible every 2 h. Carbon in metal ≤ 0.03 %, Fe ≤ 0.1 %. Reported specific power consumption 8.5–9 kWh/kg metal.

**Comments.** Operator A said it could provide "complete process package and commissioning support" but would need a licence. Counsel to advise before any further technical exchange.

## 9. Next steps
1. Obtain export-control opinion (PRC counsel).
2. Commission independent process review by a non-Chinese engineering firm.
3. Negotiate term sheet with Operator A subject to licence.

{METHOD_EN}
""", 'controlled', codes=['1E902.a'], cats=['separation', 'metal-smelting'], carrier='other', lang='en',
    note='Investment/market report whose site-visit notes give acid roast, P507 cascade stage counts, flow ratios, acid strengths and electrolysis cell parameters.')

add('hn-049.md', f"""
# 稀土冶炼分离行业调研报告（附调研纪要）

某产业基金　投资研究部　2025年7月　内部资料

## 一、调研背景
为评估南方离子型稀土冶炼分离环节的投资机会，研究部于2025年6月对江西、广东、福建三省的四家冶炼分离企业进行了实地调研。本报告第一至七部分为行业分析，第八部分为调研纪要。

{MARKET_ZH_STAGES}
## 三、行业格局
2021年中国稀土集团组建后，南方离子型稀土资源及冶炼分离产能进一步集中。目前南方地区具备冶炼分离资质的企业约二十家，大部分隶属中国稀土集团和广晟有色。由于国内离子型矿开采指标有限，进口缅甸、老挝离子型矿（混合稀土碳酸盐）成为主要原料来源。

{COMPANIES_ZH}
{DEMAND_ZH}
## 五、价格回顾

{price_table_zh(490)}
{POLICY_ZH.replace('## 五、', '## 六、')}

## 七、投资观点
1. 冶炼分离环节受指标约束，产能难以无序扩张，利润率稳定；
2. 中重稀土（镝、铽）分离能力稀缺，具备全分离能力的企业更有价值；
3. 出口管制提升了国内技术和产能的稀缺性；
4. 环保（氨氮、放射性废渣）合规是关键风险点。

## 八、调研纪要（内部，勿外传）

### 8.1 A公司（赣州，全分离厂，年处理能力3000吨REO）
- 原料：缅甸进口混合碳酸稀土，REO 90%以上，中钇富铕型为主；盐酸溶解后料液浓度控制在1.0–1.2 mol/L，pH 2.5–3，铝、铁先行以环烷酸除铝。
- 萃取体系：P507-磺化煤油，有机相浓度1.5 mol/L，皂化度35%–38%（2023年起由氨皂改为钙镁皂，皂化剂为氧化镁浆料，解决氨氮问题）。
- 主要分离段（厂方技术部长介绍，并在中控屏上看到）：
  | 分离段 | 萃取级数 | 洗涤级数 | 流比 有机:料液:洗酸 | 洗酸浓度 | 反萃酸 |
  |---|---|---|---|---|---|
  | Nd/Sm分组 | 35 | 30 | 1:0.15:0.04 | 4.0 mol/L HCl | 5.5 mol/L |
  | La/Ce-Pr-Nd | 45 | 40 | 1:0.12:0.05 | 4.5 mol/L | — |
  | Pr/Nd | 65 | 55 | 1:0.06:0.045 | 5.0 mol/L | 6.0 mol/L，12级 |
  | Tb/Dy | 80 | 70 | 1:0.04:0.05 | 5.5 mol/L | 6.0 mol/L |
  | Y（环烷酸体系） | 40 | 35 | — | — | — |
- 钇分离采用环烷酸–异辛醇–煤油体系，环烷酸0.8 mol/L，皂化度85%左右。
- 沉淀：草酸沉淀，草酸用量为理论量的1.15倍，温度65 ℃，陈化40 min；灼烧温度950 ℃，保温2.5 h。Tb4O7纯度4N，Dy2O3 3N5。
- 收率：镨钕综合回收率98.5%，铽镝97%。

### 8.2 B公司（龙岩，年处理2000吨）
- 主要特点是模糊联动萃取，La/Ce/Pr/Nd一次分三出口，较传统流程节省酸碱约30%。厂方称P507联动段总级数约150级，未提供具体流比。
- 采用在线ICP-OES + 自动控制系统调节各段流量。

### 8.3 C公司（广东，年处理1500吨）
- 重点产品为氧化铕、氧化钇荧光级；铕采用锌粉还原-碱度法提纯，Eu2O3纯度5N。

### 8.4 其他信息
- 各厂普遍表示，出口管制公告后已暂停与海外客户的技术交流；
- 萃取剂价格：P507约4.5万元/吨，磺化煤油约0.9万元/吨。

## 九、结论
建议关注具备全分离能力和绿色皂化技术的企业，但投资前须充分评估环保合规与出口管制风险。

{METHOD_ZH}
""", 'controlled', codes=['1E902.a'], cats=['separation'], carrier='other', lang='zh',
    note='Industry research report ending with visit notes that give P507 cascade stage counts, flow ratios, acid strengths, precipitation/calcination conditions.')

add('hn-050.md', f"""
# DRAFT v0.3 — Buyer's Guide: High-Temperature NdFeB Magnets for Pumps and Compressors

*Marketing / Application Engineering — Helix Magnet Trading GmbH — not yet approved for publication*
*Reviewers: A. Krause (AE), M. Sato (Purchasing), legal check pending*

## Introduction

Circulating pumps, canned-motor pumps and variable-speed compressors run their rotors at 100–180 °C, often immersed in refrigerant, oil or water-glycol. Choosing a magnet grade for these applications is a balance between flux, coercivity, corrosion resistance and price. This guide explains what to specify when you buy magnets from us.

## 1. Grades for hot rotors

{grade_table_md('en', [g for g in NDFEB_GRADES if g[0] in ('N42H', 'N42SH', 'N38UH', 'N35EH', 'N33AH')])}
* For rotors below 120 °C: 42H or 45H are usually sufficient.
* 120–150 °C: 42SH / 45SH; for thin magnets (thickness < 3 mm) choose one suffix higher.
* 150–180 °C: 38UH / 40UH, or grain-boundary-diffused 45UH grades.
* Above 180 °C: EH/AH grades or SmCo.

## 2. Corrosion in refrigerant and water

| Environment | Recommended protection | Test to request |
|---|---|---|
| R32 / R410A + POE oil (compressor) | phosphate passivation or thin epoxy; uncoated with low-corrosion grade | autoclave test 150 °C, 1,000 h in refrigerant/oil |
| Water-glycol (canned pump) | Ni-Cu-Ni + epoxy or encapsulated rotor | PCT 121 °C / 2 atm / 96 h, weight loss < 2 mg/cm² |
| Air, humid | Ni-Cu-Ni | salt spray 48–72 h |

## 3. Magnet geometry and demagnetisation
Compressor rotors typically use flat rectangular magnets in I- or V-pockets: 40–60 mm long, 15–25 mm wide, 2.5–4 mm thick. Thin magnets have a low permeance coefficient and are vulnerable to demagnetisation at start-up and at locked-rotor current. Ask your motor designer for the worst-case demagnetising field at the maximum temperature and give us the number — we will propose a grade with a safety margin of at least 20 %.

## 4. What a good supplier certificate contains
* Br, HcJ, HcB, (BH)max and Hk/HcJ at 20 °C of witness samples from the same sintering batch;
* Optionally, B-H curves at 100, 150 °C;
* Dimensional report (AQL) and coating thickness;
* Irreversible loss test at application temperature (Pc specified);
* RoHS/REACH, conflict-minerals statement;
* Country of origin and, where applicable, export-licence number.

## 5. Pricing
Prices are linked to PrNd and Dy/Tb metal prices. For GBD grades, Tb content is usually 0.3–0.7 wt %, which makes a difference of EUR 3–8 per kg at current prices. We offer quarterly price adjustment or fixed price for 6 months with a premium.

## 6. Lead times and export licensing
Magnets from China currently need an export licence if they contain Dy or Tb (since April 2025). Allow 45 working days for licence processing on first orders; repeat orders to the same end-user are faster.

## 7. Ordering checklist
1. Drawing with tolerances and chamfers; 2. grade or performance requirement; 3. maximum temperature and worst-case field; 4. environment; 5. magnetisation state (most compressor rotors are magnetised after assembly — order unmagnetised); 6. annual quantity and call-off pattern; 7. end-use statement for the licence.

## 8. FAQ
**Can you supply Dy-free magnets for 150 °C?** Yes — GBD grades using Tb only at the surface region achieve SH/UH coercivity with low heavy-rare-earth content.
**Is a black epoxy coating compatible with refrigerants?** Most epoxies swell in POE oil; ask for a compatibility certificate.
**Why do magnets from the same grade differ between suppliers?** Grade codes are not standardised internationally; compare certificates, not names.

---

### [INTERNAL — DELETE BEFORE PUBLICATION] Background for AE team: pasted from supplier Q's process sheet (received by e-mail 2025-06-12, file "45UH_GBD_process_rev5.xlsx")

*M. Sato: supplier Q shared this to explain why their 45UH has tighter HcJ spread. Keep for our internal reference only; do not forward to customers.*

| Step | Q's set-points (45UH-GBD, base 45SH-type alloy) |
|---|---|
| Jet-mill powder | D50 3.1 ± 0.1 µm, O2 in N2 ≤ 15 ppm, 0.1 % lubricant |
| Pressing | 2.0 T orientation, 50 MPa + CIP 190 MPa |
| Sintering curve | RT→400 °C at 3 °C/min, hold 3 h; →800 °C at 4 °C/min, hold 1.5 h; →1,055 °C at 2 °C/min, hold 6 h; Ar quench to 60 °C |
| 1st temper | 900 °C, 3 h, Ar quench |
| 2nd temper (ageing) | 500 °C, 4 h |
| Machining before GBD | slices 4.5 mm (c-axis), sand-blast + pickling in 3 % HNO3 10 s |
| Tb source | Tb-Cu alloy powder (Tb80Cu20), 0.6 wt % of magnet mass, applied as slurry with resin binder, both pole faces |
| Diffusion | 930 °C, 18 h, vacuum ≤ 3 × 10⁻³ Pa, then furnace cool to 200 °C |
| Ageing after diffusion | 490 °C, 5 h, Ar quench |
| Result | HcJ 2,070–2,150 kA/m (from 1,350 kA/m), Br drop 0.01–0.02 T |

*Q notes that the 490 °C ageing is the key to the low spread; 510 °C gives 40 kA/m lower average HcJ.*

---

## 9. Contact
Helix Magnet Trading GmbH · Application Engineering · ae@helix-magnets.example
""", 'controlled', codes=['1E902.a'], cats=['magnet-manufacturing'], mt=['NdFeB'], carrier='process-spec', lang='en',
    note="Buyer's guide draft with pasted supplier process sheet: sintering curve, tempering, Tb-Cu GBD diffusion and ageing set-points.")

ANNEX_051 = """
## Annex B — In-house magnet line (Plant 2, building M) — process sheet for rotor magnets MAG-0051
*Source: Magnet Line process engineering, PS-M2-017 rev. 6. Attached here because the rotor design relies on in-house 50SH-GBD magnets; the electromagnetic design team needs to understand HcJ spread. Restricted — Plant 2 engineering only.*

### B.1 Alloy and melting
* Target composition (wt %): Nd 23.2, Pr 7.3, Dy 0, B 0.94, Co 1.0, Cu 0.12, Ga 0.22, Al 0.08, Zr 0.10, Fe bal.
* VIM + strip casting: pour 1,460 °C, wheel 1.4 m/s, flake 0.28 mm avg; flakes annealed on chill drum 600 °C / 25 min.

### B.2 Powder
* HD: 0.12 MPa H2, 2.5 h; dehydrogenation 560 °C × 5 h, vacuum.
* Jet mill: N2 with O2 ≤ 10 ppm, 0.62 MPa, classifier 4,800 rpm, D50 2.9 µm (ultra-fine for high HcJ), lubricant 0.12 wt % after mill.

### B.3 Compaction
* Automatic press in N2 glove-box, 1.9 T pulsed orientation, 40 MPa; no CIP (near-net blocks 52 × 42 × 26 mm); green density 4.15 g/cm³.

### B.4 Sintering / heat treatment (furnace SF-07, 500 kg)
| Segment | Set point |
|---|---|
| Debind / H-removal | 200 °C 1 h; 450 °C 2 h; 650 °C 2 h (all < 5 Pa) |
| Sinter | 1,040 °C × 8 h, ≤ 3 × 10⁻³ Pa (low temperature for fine grain, 2.9 µm powder) |
| Cool | Ar 90 kPa to 60 °C |
| Temper 1 | 880 °C × 2.5 h |
| Temper 2 | 485 °C × 4 h |

### B.5 Machining and GBD
* Multi-wire slicing to 4.2 × 22.0 × 40.0 mm (c-axis thickness 4.2 mm); 3-segment version cut to 13.3 mm.
* Surface cleaning: alkaline degrease, 2 % HNO3 8 s, DI rinse, dry.
* Tb film by magnetron sputtering (target Tb 99.9 %, 8 µm each pole face, ≈ 0.45 wt %).
* Diffusion 910 °C × 16 h, ≤ 2 × 10⁻³ Pa; ageing 500 °C × 4 h.
* Resulting properties: Br 1.39–1.41 T, HcJ 2,000–2,080 kA/m (50SH → 50UH equivalent).

### B.6 Coating and inspection
Phosphate passivation (Zn-phosphate, 3 min, 45 °C), then 100 % flux check; witness cubes per furnace for B-H.
"""

add('hn-051.md', motor_design_en(51, 'EDU-220', 110, 5200, 8, '50UH (in-house GBD)', '22.0 × 4.2 × 40.0 mm, segmented 3 × 13.3 mm', 4,
    'For this programme the magnets are supplied by our own Plant 2 magnet line (internal supplier), see Annex B.') + """
## 12. Conclusion
Design is released for C-sample. Open point: HcJ spread of in-house GBD magnets (see Annex B) determines the demagnetisation margin at 150 °C.
""" + ANNEX_051, 'controlled', codes=['1E902.a'], cats=['magnet-manufacturing'], mt=['NdFeB'], carrier='process-spec', lang='en',
    note='Motor design report whose Annex B is the in-house NdFeB magnet process sheet (alloy, HD, jet mill, sintering, tempering, Tb sputter GBD).')

r52 = rng(52)
test52 = '\n'.join(f'| PM22-{i:03d} | {r52.uniform(0.965, 0.985):.3f} | {r52.uniform(0.28, 0.42):.2f} | {r52.uniform(95.5, 96.3):.2f} | {r52.randint(62, 78)} | {r52.uniform(-0.8, 0.3):.1f} | 合格 |' for i in range(1, 21))
add('hn-052.md', motor_design_zh('PM22', '45SH（本公司磁材分厂自制）', '50.0 × 20.0 × 5.0 mm（厚度方向充磁）', '本项目磁钢由集团磁材分厂供货，其工艺见附录B。') + f"""
## 10 样机试验记录（B样，20台）

| 编号 | 反电势系数（相对设计值） | 齿槽转矩 (N·m) | 额定效率 (%) | 额定温升 (K) | 短路退磁后反电势变化 (%) | 结论 |
|---|---|---|---|---|---|---|
{test52}

## 11 问题与改进
1. 第7、13号样机齿槽转矩偏大，原因为磁钢槽冲片毛刺，已修模；
2. 磁钢批间HcJ波动影响退磁裕量，需磁材分厂收窄烧结和回火窗口（见附录B）；
3. 建议量产采用分段磁钢降低涡流损耗。

## 附录A 磁钢图纸要求（MG-PM22）
尺寸50.0 × 20.0 × 5.0 mm，公差±0.05 mm；倒角C0.2；垂直度0.03；镀层环氧10–20 µm；未充磁交货；每批附B-H曲线。

## 附录B 磁材分厂45SH磁钢工艺卡（摘自分厂工艺文件GY-CF-45SH-03，供设计参考，限内部使用）

| 工序 | 工艺参数 |
|---|---|
| 配料 | PrNd 30.2%，Dy 1.2%，B 0.96%，Co 1.2%，Cu 0.15%，Al 0.2%，Ga 0.15%，Nb 0.2%，Fe余量（wt%） |
| 速凝铸片 | 浇注温度1460–1480 ℃，铜辊线速度1.5 m/s，片厚0.25–0.35 mm |
| 氢破 | 吸氢压力0.1 MPa，吸氢2 h；脱氢560 ℃×6 h |
| 气流磨 | 氮气含氧≤30 ppm，研磨压力0.65 MPa，D50=3.2 µm，添加0.1%防氧化剂 |
| 压制 | 取向磁场1.8 T，压力40 MPa；等静压200 MPa |
| 烧结 | 1070 ℃×5 h，真空度≤5×10⁻³ Pa，充氩急冷 |
| 一级回火 | 900 ℃×2 h |
| 二级回火 | 500 ℃×4 h（HcJ偏低批次可调至480 ℃） |
| 机加工 | 切片、平磨、倒角 |
| 表面处理 | 环氧电泳10–20 µm |
| 性能目标 | Br 1.32–1.36 T，HcJ≥1592 kA/m，(BH)max 342–366 kJ/m³ |
""", 'controlled', codes=['1E902.a'], cats=['magnet-manufacturing'], mt=['NdFeB'], carrier='process-spec', lang='zh',
    note='Chinese motor design spec whose appendix B reproduces the in-house magnet plant process card (composition, strip cast, HD, jet mill, sintering, tempering).')

add('hn-053.md', """
# Curriculum Vitae — Wang Lei (王磊)

Suzhou, China → relocating to Europe · wang.lei.magnet@mail.example · +86 139 0000 7788

## Summary
Process engineer with 9 years in sintered NdFeB magnet production (two top-10 Chinese makers). Ran strip-casting, HD, jet-milling, pressing and sintering sections for 3,000 t/yr lines; led Dy-free GBD project. Seeking a process-lead role in a new magnet plant in Europe or North America.

## Key achievements and process windows I operated
* **Strip casting (600 kg SC furnaces, 4 units):** melt 1,450–1,480 °C, tundish flow 6 kg/s, copper-wheel speed 1.2–1.6 m/s to keep flake 0.25–0.35 mm; reduced α-Fe from 2 % to < 0.5 % by raising wheel water flow to 45 m³/h and adding 20 min drum anneal at 600 °C.
* **HD:** absorption 0.12 MPa H2 at room temperature, ~2.5 h; dehydrogenation 550 °C for 6 h; residual H 1,000–1,300 ppm — found that < 800 ppm increases oxygen pick-up in jet mill.
* **Jet milling:** N2 with O2 < 20 ppm; 0.65 MPa; classifier 4,200–4,800 rpm; D50 3.0–3.3 µm for SH/UH, 3.6–3.9 µm for N/M grades; 0.1 wt % lubricant post-mill. Cut powder O from 800 to 450 ppm by sealing the cyclone discharge and N2 purging transfer cans.
* **Pressing:** 1.8–2.0 T orientation, 45 MPa + CIP 200 MPa; improved Br by 0.015 T by moving from DC to pulsed orientation for thin blocks.
* **Sintering:** 1,040–1,075 °C, 5–8 h depending on grade, vacuum < 5 × 10⁻³ Pa; 2-step temper 880–900 °C × 2–3 h and 480–520 °C × 4 h. Established the rule "+10 °C sintering for each +0.3 µm D50".
* **GBD (Dy-free 48UH):** Tb-containing slurry 0.5–0.6 wt %, 900–930 °C × 15–20 h, ageing 490–500 °C × 5 h; ΔHcJ +750–800 kA/m; saved ~ 1.1 wt % Dy per kg magnet.
* Yield from flake to finished magnet raised from 78 % to 86 %.

## Experience
**Senior Process Engineer**, [magnet maker A], Ningbo (2019–2025)
* Process owner for sintering and GBD; led a team of 6 engineers and 40 operators.
* Implemented SPC on furnace thermocouples and MES-based recipe management.
* Customer audits (German Tier-1s, Japanese OEM); IATF 16949 process audits.

**Process Engineer**, [magnet maker B], Baotou (2016–2019)
* Strip casting and HD; commissioning of two new SC furnaces.

## Education
M.Eng. Materials Physics and Chemistry, 2016 — thesis on Nd-rich phase distribution in sintered NdFeB.
B.Eng. Materials Science, 2013.

## Skills
Minitab, JMP, Python (pandas), AutoCAD; Six Sigma Green Belt; English (IELTS 7.0), Mandarin (native).

## Languages
Chinese (native), English (fluent), German (A2).

## Interests
Badminton, hiking.

## References
Available on request.

---
*Declaration: I confirm that the information above is true. I am available for interview via video call. Notice period: 1 month.*

## Additional: project list (2016–2025)

| Year | Project | Role | Result |
|---|---|---|---|
| 2017 | SC furnace #3/#4 commissioning | process engineer | on schedule |
| 2018 | HD cycle time reduction | owner | −1.5 h/cycle |
| 2020 | Oxygen reduction in powder line | owner | O 800 → 450 ppm |
| 2021 | Pulsed orientation for thin blocks | co-owner | Br +0.015 T |
| 2022 | Dy-free 48UH by Tb GBD | project lead | 1.1 wt % Dy saved |
| 2023 | MES recipe management | key user | paperless recipe control |
| 2024 | Yield improvement programme | lead | 78 → 86 % |
| 2025 | Low-temperature sintering of fine powder | lead | grain size −15 % |

## Training attended
* VDA 6.3 process audit (2021)
* Vacuum technology for heat treatment (2019)
* Lean manufacturing (2018)
* Hydrogen safety (2017)
* Export-control awareness (2024)
""", 'controlled', codes=['1E902.a'], cats=['magnet-manufacturing'], mt=['NdFeB'], carrier='other', lang='en',
    note='CV (for foreign employer) listing detailed process windows for strip casting, HD, jet mill, pressing, sintering, tempering, GBD; tech near the start.')

add('hn-054.txt', """
个人简历（应聘：海外稀土分离项目 工艺技术顾问）

姓名：刘志远　　出生：1983年　　学历：硕士（湿法冶金）
现居：江西赣州　　可到岗：一个月内　　语言：英语（CET-6，能用英语开展技术交流）
邮箱：lzy_sx@mail.example　　电话：+86 137XXXX2210

一、求职意向
海外稀土冶炼分离项目工艺负责人或技术顾问，可长期外派（东南亚、澳大利亚、北美）。

二、教育背景
2002–2006　江西理工大学　冶金工程　学士
2006–2009　江西理工大学　有色金属冶金　硕士，论文：P507体系中重稀土分离工艺优化

三、工作经历
2009.07–2016.06　赣州某稀土冶炼分离厂　萃取车间工艺员、车间主任
2016.07–2025.06　某集团全分离厂　技术部部长
· 负责年处理3000吨离子型混合稀土的全分离工艺；
· 主持氨皂改镁皂项目，氨氮排放下降95%；
· 主持Tb/Dy分离段扩能改造，产能提高40%；
· 培养工艺技术人员20余名。

四、本人掌握并实际运行过的工艺参数（供用人单位评估技术能力）
1. 料液：混合氯化稀土1.0–1.2 mol/L，pH 2.5–3.0，先以环烷酸萃取除铝至Al<0.005 g/L；
2. 有机相：P507 1.5 mol/L + 磺化煤油，镁皂皂化度36%，皂化后有机相含Mg 0.54 mol/L；
3. Nd/Sm分组：萃取35级+洗涤30级，流比 有机:料液:洗酸 = 1:0.15:0.04，洗酸4.0 mol/L HCl，反萃5.5 mol/L HCl 8级；
4. Pr/Nd分离：萃取65级+洗涤55级，流比1:0.06:0.045，洗酸5.0 mol/L，出口Nd2O3≥99.5%，Pr6O11≥99%；
5. Tb/Dy分离：萃取80级+洗涤70级，流比1:0.04:0.05，洗酸5.5 mol/L，Tb4O7≥99.99%；
6. 钇分离：环烷酸0.8 mol/L–异辛醇15%–煤油，皂化度85%，Y2O3≥99.999%；
7. 草酸沉淀：草酸1.15倍理论量，65 ℃，陈化40 min；灼烧950 ℃×2.5 h；
8. 镁皂改造关键：MgO浆料浓度15%，皂化槽温度40–45 ℃，皂化后静置分相20 min，避免三相乳化。

五、荣誉
省科技进步二等奖（2019，稀土萃取分离绿色皂化技术）；集团技术能手。

六、自我评价
熟悉离子型稀土全分离工艺设计、调试、优化和管理，能独立完成海外分离厂工艺包编制、开车调试和操作人员培训。

七、其他
持有护照，无犯罪记录。期望年薪：面议。
""", 'controlled', codes=['1E902.a'], cats=['separation'], carrier='other', lang='zh',
    note='Chinese CV for overseas job listing P507/naphthenic acid stage counts, flow ratios, acid strengths, saponification, precipitation; tech in middle.')

add('hn-055.md', """
# New-Starter Training: SmCo 2:17 Magnet Line — Slide Deck (speaker text export)

**Course code:** TR-SC-101 · **Duration:** 1 day · **Audience:** new operators and technicians, Hall C · **Trainer:** process engineering
*Exported from SC101_v7.pptx — slide titles in bold, speaker notes below*

---

**Slide 1 — Welcome**
Welcome to Hall C. Today you learn what we make, why it matters, how to work safely, and the main process steps and set-points you will see on the HMI screens. You will shadow an experienced operator for four weeks before working alone.

**Slide 2 — What is a samarium-cobalt magnet?**
SmCo magnets are permanent magnets based on samarium and cobalt. We make "2:17" type (Sm2(Co,Fe,Cu,Zr)17). They keep their magnetism up to 350 °C and resist corrosion. Customers: aerospace actuators, high-speed motors, sensors, travelling-wave tubes, oil-well tools.

**Slide 3 — Our products**
Grades 24, 26, 28, 30 and 30H; low-temperature-coefficient grade LTC. Blocks, rings, arcs, discs from 1 mm to 80 mm.

**Slide 4 — Safety first**
* SmCo powder is pyrophoric — never open a powder container outside the glove-box.
* Furnaces: hot surfaces, argon (asphyxiation), hydrogen line in Hall C is not used.
* Magnetised parts: pinch hazard; no pacemakers in magnetiser area.
* PPE: safety shoes, glasses, flame-retardant coat in powder area.

**Slide 5 — Quality basics**
We measure Br, HcJ, (BH)max, Hk on witness samples from each furnace load. Traceability: every tray has a barcode.

**Slide 6 — Process overview**
Melting → ingot crushing → jet milling → pressing in field → sintering + solution treatment → ageing → machining → inspection → magnetising (if ordered) → packing.

**Slide 7 — Melting**
Recipe for grade 30H (wt %): Sm 25.2, Fe 18.0, Cu 5.6, Zr 3.0, Co balance. Samarium evaporates during melting, so we add 1.0–1.5 % extra Sm (burn-off allowance). Vacuum induction furnace, 100 kg charge, Ar 50 kPa, pour at 1,450 °C into water-cooled copper book mould. Ingot homogenisation 1,130 °C × 10 h in Ar.

**Slide 8 — Crushing and milling**
Jaw crusher and disc mill in N2 to < 300 µm. Jet mill with N2 (O2 < 50 ppm), target D50 4.0–4.5 µm. Oxygen in powder must stay below 3,000 ppm — check the analyser reading at start of shift.

**Slide 9 — Pressing**
Transverse-field die press: orientation 2.0 T, pressure 80–100 MPa; then CIP 200 MPa. Green density ≥ 5.0 g/cm³. Always wear gloves; green parts are fragile.

**Slide 10 — Sintering and solution treatment (the most important slide!)**
Furnace SC-F3 program "30H":
1. RT → 900 °C at 5 °C/min under vacuum (< 10⁻² Pa), hold 1 h (degassing)
2. back-fill Ar 30 kPa, → 1,215 °C at 3 °C/min, **sinter 1,215 °C × 1.5 h**
3. cool in furnace to **1,185 °C, solution treatment 4 h**
4. **fast quench** with Ar fan to below 100 °C within 10 min — slow quench = low HcJ!
Density target ≥ 8.35 g/cm³.

**Slide 11 — Ageing (where the coercivity is made)**
Furnace SC-A1/A2 program "AGE-30H":
1. → **830 °C, hold 12 h** (isothermal ageing)
2. **slow cool at 0.7 °C/min to 400 °C** — the controller ramps automatically; never open the door
3. hold 400 °C × 2 h, then quench.
For grade 28: 850 °C × 10 h, cool 1 °C/min to 400 °C. For LTC grade (with Gd/Er): 820 °C × 16 h.

**Slide 12 — What goes wrong**
| Symptom | Likely cause | Tell your supervisor |
|---|---|---|
| Low Br | low density (sinter temp too low), poor orientation | check furnace TC, press field |
| Low HcJ | wrong Sm content, slow quench after solution, ageing ramp too fast | check recipe batch card |
| Square-ness Hk/HcJ < 0.6 | inhomogeneous ageing temperature | furnace survey due? |
| Cracks | too fast heating, large blocks | use "LARGE" program |

**Slide 13 — Property targets**
Grade 30H: Br 1.08–1.10 T, HcJ ≥ 1,990 kA/m, (BH)max 223–239 kJ/m³.

**Slide 14 — Machining**
Diamond wheel grinding, wire EDM for complex shapes. Coolant keeps powder wet — swarf to sealed drum (pyrophoric when dry).

**Slide 15 — Inspection and packing**
Hysteresisgraph on witness samples; dimensions AQL; magnetise only if ordered; pack with spacers.

**Slide 16 — Your first four weeks**
Week 1: safety, powder area; Week 2: presses; Week 3: furnaces (observe only); Week 4: inspection. Quiz at end of each week.

**Slide 17 — Questions?**
Contact your shift leader or process engineering (ext. 4471).
""", 'controlled', codes=['1E902.a'], cats=['magnet-manufacturing'], mt=['SmCo'], carrier='process-spec', lang='en',
    note='Onboarding slides that give SmCo 2:17 recipe, melting, milling, pressing, sintering/solution and ageing set-points.')

add('hn-056.md', """
# 新员工岗前培训课件（文字稿）：稀土金属电解车间

课程编号：PX-DJ-01　　培训对象：电解车间新入职操作工、班组长　　课时：6学时
编制：电解车间技术组　　审核：安全环保部、技术中心　　版本：2025年第2版

---

**第1页　欢迎加入电解车间**
各位新同事好！电解车间是公司金属冶炼的核心车间，主要产品为镨钕金属、金属钕、金属镧铈，供应下游磁材和合金客户。今天的培训分为四部分：安全、产品与质量、设备认识、工艺操作。培训结束后进行笔试，合格后跟班实习一个月。

**第2页　车间概况**
车间共有电解槽48台，分为A、B两个工段，24小时四班三运转。配套有整流所、氧化物烘干、氟化物配料、金属浇铸和包装工序。

**第3页　安全“十不准”**
1. 不戴防护面罩、不穿阻燃服不准上槽作业；
2. 工具未预热不准插入电解质（防止爆炸喷溅）；
3. 不准在槽上堆放杂物；
4. 不准擅自调整整流电流；
5. 氟化物粉尘区必须佩戴防尘口罩；
……（其余略，详见安全手册）

**第4页　职业健康**
电解过程产生含氟烟气，车间设集气罩和干法净化系统。每年职业健康体检一次，重点检查骨骼氟含量和肺功能。

**第5页　产品与质量**
| 产品 | 主要指标 |
|---|---|
| 镨钕金属 | RE≥99.5%，Nd 75%±1、Pr 25%±1，C≤0.03%，Fe≤0.1%，O≤0.03% |
| 金属钕 | Nd/RE≥99.5% |
| 镧铈金属 | 供储氢、钢铁用 |
每炉金属取样分析，不合格品不得入库。

**第6页　设备认识**
电解槽：6 kA圆形槽，石墨坩埚兼阳极（圆环形石墨阳极块），钨棒阴极，底部钼坩埚接收金属。整流：每台槽独立可控硅整流，电流0–7 kA可调。

**第7页　电解原理（简单了解）**
氧化镨钕溶解在氟化物熔盐中，在直流电作用下，稀土离子在阴极得到电子还原成液态金属，沉积到钼坩埚内；阳极上氧与碳反应生成CO、CO2。

**第8页　工艺参数一览（必须牢记！）**
| 参数 | 控制范围 |
|---|---|
| 电解质组成 | (Pr,Nd)F3 : LiF = 88 : 12（质量比），电解质总量约200 kg/槽 |
| 电解温度 | 1040–1060 ℃（红外测温，每小时记录） |
| 槽电流 | 6000 ± 100 A |
| 阳极电流密度 | 0.9–1.1 A/cm² |
| 阴极电流密度 | 6–8 A/cm² |
| 槽电压 | 9.0–10.5 V |
| 加料 | 氧化镨钕（烘干至水分≤0.1%，650 ℃烘4 h），每3–4 min加一次，每次0.45–0.5 kg，自动加料器 |
| 出金属 | 每2 h用真空抬包或钼坩埚出炉一次，单次约12 kg |
| 电流效率 | ≥80% |
| 电耗 | ≤9 kWh/kg金属 |
| 阳极更换 | 阳极消耗至壁厚≤25 mm或72 h时更换 |

**第9页　温度控制要点**
温度高于1070 ℃：金属二次溶解加剧、电流效率下降，应适当降低电流或增加LiF；温度低于1030 ℃：电解质黏度增大，易结壳，氧化物沉积到槽底形成“炉底”。调整原则：先调加料，再调电流，禁止随意加冷料。

**第10页　加料控制要点**
加料过快：氧化物沉槽，造成阴极短路、金属夹渣；加料过慢：发生“阳极效应”，槽电压突升至20 V以上并产生CF4，立即按“阳极效应处理程序”加料并调整阴极。

**第11页　出炉操作**
1. 提前10 min停止加料；2. 降低阴极至规定位置；3. 用预热的钼勺或抬包出金属；4. 浇铸到铁模内，氩气保护冷却；5. 称重、取样、打标记。

**第12页　电解质管理**
每班分析电解质中LiF含量一次；LiF损失（挥发）按每天约0.8 kg补加；每周测量电解质液面高度，保持石墨坩埚内液面距上沿100–120 mm。

**第13页　常见异常及处理**
| 异常 | 表现 | 处理 |
|---|---|---|
| 阳极效应 | 电压突升、火苗变色 | 加料、搅动、降阴极 |
| 炉底上涨 | 电流效率降、金属C高 | 提温、减料、清炉底 |
| 金属含碳高 | C>0.03% | 检查阳极掉渣、降温 |
| 漏炉 | 坩埚破损 | 紧急停电，按预案处理 |

**第14页　记录要求**
《电解槽运行记录》每小时记录电流、电压、温度、加料量；《出炉记录》记录时间、重量、炉号；交接班必须现场交接。

**第15页　考核**
笔试（60分及格）+ 现场实操考核。跟班实习期间须在师傅指导下作业。

**第16页　结束语**
安全第一，规范操作！有问题请随时询问班长或技术员（技术组电话：8625）。
""", 'controlled', codes=['1E902.a'], cats=['metal-smelting'], carrier='process-spec', lang='zh',
    note='New-staff training text giving PrNd molten-salt electrolysis set-points (bath, temperature, current densities, feed, tapping).')

add('hn-057.md', f"""
# 鴻磁材料科技股份有限公司　2024年度年報（摘要版）

股票代號：XXXX　　公司網址：www.example-hongci.tw　　發言人：財務長 鄭文傑

## 目錄
壹、致股東報告書
貳、公司簡介
參、公司治理報告
肆、營運概況
伍、財務概況
陸、永續發展
柒、風險管理
附錄

---

## 壹、致股東報告書

各位股東女士、先生：

2024年全球經濟溫和復甦，惟稀土原料價格大幅波動，消費性電子需求疲弱，本公司營收較前一年度略減，然而電動車、變頻家電及工業自動化客戶之出貨量持續成長。本公司在兩岸共設有三個生產據點，主要產品為燒結釹鐵硼磁石、高豐度稀土（鑭鈰）取代磁石及磁性組件。

面對原料成本壓力，本公司持續推動「高豐度稀土取代」策略，以價格較低、供應充足之鈰、鑭部分取代鐠釹，2024年鈰取代產品出貨量成長逾三成，主要應用於家電壓縮機、電動自行車馬達與揚聲器。同時，本公司導入自動化檢測設備，提升良率並降低人力成本。

展望2025年，各國出口管制及關稅政策不確定性升高，本公司將強化合規管理、分散供應來源並深化與客戶之共同開發，力求穩健成長。

董事長　許明德　　總經理　林國華

## 貳、公司簡介
本公司成立於2003年，總部位於新竹，主要從事稀土永磁材料之研發、製造與銷售。員工約1,850人，其中研發人員182人。主要客戶分布於台灣、中國大陸、日本、東南亞及歐洲。

## 參、公司治理報告
董事會由九名董事組成（含三名獨立董事），設有審計委員會、薪資報酬委員會及永續發展委員會。2024年董事會共召開八次，董事平均出席率97%。本公司遵循「上市上櫃公司治理實務守則」，並設置誠信經營推動小組。

### 出口管制與法令遵循
因應中國大陸商務部2025年第61、62號公告，本公司已成立專案小組，檢視兩岸據點間技術文件之傳遞流程，並對涉及稀土磁材製造之技術資料實施分級管理。

## 肆、營運概況

### 一、產品銷售結構

| 產品別 | 2024年營收比重 | 2023年營收比重 |
|---|---|---|
| 高性能燒結釹鐵硼（SH以上） | 41% | 38% |
| 一般燒結釹鐵硼（N、M、H） | 27% | 33% |
| 鈰取代磁石（高豐度） | 18% | 13% |
| 磁性組件 | 10% | 11% |
| 其他 | 4% | 5% |

### 二、應用領域
電動車驅動與輔助馬達、變頻壓縮機、工業伺服馬達、電動自行車、揚聲器及感測器。

### 三、產能與產量

| 廠區 | 主要產品 | 年產能（噸毛坯） | 2024年產量 | 稼動率 |
|---|---|---|---|---|
| 新竹廠 | 高性能燒結釹鐵硼 | 2,500 | 2,010 | 80% |
| 寧波廠 | 一般牌號、鈰取代磁石 | 6,000 | 4,620 | 77% |
| 越南廠 | 磁性組件 | 3,000萬件 | 2,350萬件 | 78% |

### 四、稀土原料市場概況
{price_table_zh(570, trad=True)}
## 伍、財務概況

{zh_fin_table(57, trad=True)}
2024年每股盈餘新台幣2.31元，董事會擬議配發現金股利每股1.5元。

## 陸、永續發展

{esg_kpi_zh(571, trad=True)}
本公司新竹廠已通過ISO 14001、ISO 45001及ISO 50001認證，2024年太陽能發電自用比例達12%。本公司承諾2030年範疇一、二溫室氣體排放較2021年減少30%。

## 柒、風險管理
1. 原料價格風險：與主要客戶簽訂稀土價格聯動條款；
2. 匯率風險：以自然避險及遠期外匯合約因應；
3. 供應鏈風險：分散鐠釹、鏑、鋱採購來源；
4. 法規風險：持續關注各國出口管制及碳邊境調整機制；
5. 技術風險：持續投入低重稀土及高豐度稀土技術研發。

## 附錄

### 附錄一、主要子公司（略）

### 附錄二、會計師查核報告（另冊）

### 附錄三（內部技術委員會資料，不隨年報公開）：寧波廠鈰取代雙主相磁石量產製程條件

本附錄彙整2024年定型之CeN38、CeN35H雙主相磁石量產條件，供技術委員會審閱。

| 項目 | CeN38（Ce取代30%） | CeN35H（Ce取代20%） |
|---|---|---|
| 合金A（主相1）成分 wt% | PrNd 31.0、B 0.98、Co 0.5、Cu 0.12、Al 0.2、Ga 0.1、Fe餘 | PrNd 30.5、Dy 0.8、B 0.98、Co 1.0、Cu 0.15、Ga 0.2、Fe餘 |
| 合金B（主相2）成分 wt% | (Ce0.6La0.1PrNd0.3) 合計RE 32.0、B 1.00、Cu 0.15、Fe餘 | (Ce0.5PrNd0.5) RE 31.5、B 1.00、Fe餘 |
| 速凝鑄片 | 兩種合金分別鑄片：1,420–1,450 ℃、銅輥線速1.2 m/s（合金B熔點低，澆注溫度下調30 ℃） | 同左 |
| 氫碎 | 吸氫0.12 MPa × 2.5 h；脫氫合金A 550 ℃、合金B 500 ℃ × 5 h（避免CeFe2相粗化） | 同左 |
| 配比混粉 | 合金A:合金B = 60:40，氣流磨前混合30 min | 合金A:合金B = 70:30 |
| 氣流磨 | N2，O2 ≤ 30 ppm，D50 3.4–3.6 µm | D50 3.2–3.4 µm |
| 取向成型 | 1.8 T，45 MPa；均壓180 MPa | 同左 |
| 燒結 | 1,020–1,030 ℃ × 4 h（較一般牌號低30–40 ℃，抑制兩主相間元素互擴散，保留雙主相結構） | 1,035 ℃ × 4 h |
| 一級回火 | 不做（雙主相磁石一級回火會使HcJ下降） | 850 ℃ × 2 h |
| 二級回火 | 460–480 ℃ × 3 h | 480 ℃ × 3 h |
| 性能目標 | Br 1.22–1.25 T，HcJ ≥ 955 kA/m | Br 1.17–1.21 T，HcJ ≥ 1,353 kA/m |

備註：鈰取代比例超過35%時，CeFe2晶界相增加導致HcJ急劇下降，須添加Cu、Ga調整晶界相；燒結溫度每提高10 ℃，HcJ約下降40 kA/m。
""", 'controlled', codes=['1E902.a'], cats=['magnet-manufacturing'], mt=['NdFeB', 'Ce'], carrier='parameter-sheet', lang='zh',
    note='Traditional-Chinese annual report whose internal Appendix 3 gives dual-main-phase Ce-substituted magnet compositions, HD, milling, sintering, tempering conditions.')

add('hn-058.md', f"""
# 【草稿，勿外發】釤鈷磁石採購指南（客戶版）v0.4

編寫：業務技術支援部 王雅婷　　審閱：採購部 周俊宏、品保部（待審）　　日期：2025/07/03

## 前言
近年航太、半導體設備、油井工具及高速馬達客戶對耐高溫磁石之詢價大幅增加。釤鈷（SmCo）磁石具有優異的溫度穩定性及耐蝕性，惟價格較高、材質脆，選用時須特別注意。本指南協助客戶選擇適當牌號、形狀及規格，並說明下單時需提供之資訊。

## 一、釤鈷磁石的種類
1. **SmCo5（1:5型）**：剩磁約0.85–0.96 T，矯頑力高，易於加工，適用於小型精密元件、醫療器材、感測器；
2. **Sm2Co17（2:17型）**：剩磁約0.95–1.10 T，最高工作溫度可達350 ℃，適用於航太、軍工（須另行確認出口許可）、高速馬達、行波管；
3. **低溫度係數型（LTC）**：添加釓、鉺等重稀土以抵銷溫度變化，適用於陀螺儀、精密儀器。

## 二、典型磁特性（20 ℃，供應商型錄值）

| 牌號 | 型別 | Br (T) | HcJ (kA/m) | (BH)max (kJ/m³) | 溫度係數α(Br) | 最高工作溫度 |
|---|---|---|---|---|---|---|
| YX-18 | 1:5 | 0.85–0.90 | ≥ 1,194 | 128–143 | −0.05 %/℃ | 250 ℃ |
| YX-22 | 1:5 | 0.92–0.96 | ≥ 1,194 | 159–175 | −0.05 %/℃ | 250 ℃ |
| YXG-26 | 2:17 | 1.02–1.05 | ≥ 1,433 | 191–207 | −0.03 %/℃ | 300 ℃ |
| YXG-30H | 2:17 | 1.08–1.10 | ≥ 1,990 | 223–239 | −0.03 %/℃ | 350 ℃ |
| YXG-22LT | 2:17 LTC | 0.90–0.94 | ≥ 1,433 | 159–175 | −0.01 %/℃ | 300 ℃ |

## 三、與釹鐵硼的比較

| 比較項目 | 釤鈷 | 釹鐵硼 |
|---|---|---|
| 最大磁能積 | 中 | 高 |
| 溫度穩定性 | 極佳 | 一般（需高矯頑力牌號） |
| 耐蝕性 | 佳，通常免鍍 | 差，必須鍍層 |
| 機械強度 | 極脆 | 脆 |
| 價格 | 高（約為釹鐵硼2–4倍） | 中 |
| 原料供應 | 鈷、釤價格波動；釤自2025年4月起需出口許可 | 鐠釹、鏑、鋱價格波動 |

## 四、形狀與公差
- 圓片、圓柱：Ø1–Ø60 mm；
- 方塊：最大 80 × 60 × 30 mm；
- 環形、瓦形：依圖面；
- 研磨公差 ±0.05 mm，精密件可達 ±0.01 mm。
釤鈷材質脆，倒角建議C0.2以上，避免壓入配合；建議以環氧膠黏接或非導磁夾具固定。

## 五、充磁與運輸
- 多數客戶選擇未充磁出貨，組裝後整體充磁；
- 2:17型需極高充磁場（≥ 4 T），請確認客戶端充磁設備能力；
- 已充磁品空運須符合IATA PI 953，包裝外磁場測試報告由本公司提供。

## 六、下單須提供資訊
1. 圖面（含公差、倒角）；2. 牌號或性能要求；3. 最高工作溫度與工作點（Pc）；4. 充磁狀態與方向；5. 數量與交期；6. 最終用途聲明（出口許可用）。

## 七、常見問題
**Q：釤鈷需要鍍層嗎？** 一般環境不需要；真空或高潔淨環境可選鍍鎳或派瑞林，以防掉粉。
**Q：可否提供高溫退磁曲線？** 可提供20、100、200、300 ℃之B-H曲線。
**Q：為何同牌號不同供應商價格差異大？** 主要差異在原料純度、釤含量控制及熱處理良率。

---

### 〔內部參考，正式版刪除〕供應商S提供之SmCo5（YX-22）製程單（周俊宏2025/06/20以LINE轉貼）

俊宏：S廠說他們YX-22良率高是因為下面這套條件，放這裡給業務參考，不要給客戶。

| 工序 | S廠條件 |
|---|---|
| 配料 | Sm 36.8–37.2 wt%（含燒損補償0.8%）、Co 餘量；或Sm/Pr混合：Sm 28%、Pr 9% |
| 熔煉 | 中頻感應爐，Ar 0.05 MPa，1,380–1,420 ℃，澆鑄水冷銅模 |
| 制粉 | 顎式破碎→中碎至 < 0.5 mm→氣流磨（N2，O2 < 100 ppm），平均粒度（費氏）3.5–4.0 µm |
| 成型 | 橫向磁場 1.6–2.0 T，壓力 200 MPa 模壓（或 100 MPa + 等靜壓 250 MPa） |
| 燒結 | 真空 < 10⁻² Pa 升溫至 900 ℃，充Ar，1,120–1,140 ℃ × 1 h |
| 固溶／緩冷 | 隨爐降至 1,000 ℃，再以 1 ℃/min 冷至 880–900 ℃ 保溫 1–2 h（相均勻化），然後快冷（油淬或Ar急冷） |
| 回火 | 不需要（1:5型），避免在 700–800 ℃區間停留（750 ℃附近會發生共析分解，HcJ大幅下降） |
| 性能 | Br 0.93–0.95 T、HcJ 1,400–1,600 kA/m |

S廠補充：燒結溫度比最佳值高10 ℃，晶粒長大，HcJ會掉200 kA/m；快冷速度必須 > 50 ℃/min。

---

## 八、聯絡窗口
業務技術支援部 王雅婷　分機 321　email: yt.wang@example-magnet.tw
""", 'controlled', codes=['1E902.a'], cats=['magnet-manufacturing'], mt=['SmCo'], carrier='process-spec', lang='zh',
    note="Traditional-Chinese buyer's guide draft with pasted supplier SmCo5 process sheet (composition, melting, milling, pressing, sintering, cooling).")

add('hn-059.md', esg_report_zh(59, '华东某磁性材料集团股份有限公司 / East China Magnetics Group', business='烧结钕铁硼永磁材料及磁组件', sites='宁波、包头、越南海防') + """
## 附录A：重点项目披露 / Appendix A: Key projects

### A.1 4号烧结线节能改造项目（Line 4 Energy-Efficiency Retrofit）
项目总投资1.2亿元，2024年9月完成，综合能耗下降18%。以下为工程部提交技术委员会的项目技术文件摘要（英文原文）。

---

#### Line 4 Retrofit — Installation, Commissioning and Process Qualification Plan (ENG-L4-RT-09 rev. 2, internal)

**Scope.** Replace six 600 kg single-chamber vacuum sintering furnaces with three 1,200 kg dual-chamber continuous furnaces (heating + sintering + cooling chambers), add an inline HD unit and re-route N2 glove-box transfer. Upgrade the MES recipe interface.

**1. Installation sequence**
1. Foundations: anchor plates levelled to ±0.5 mm/m; chamber alignment with laser tracker, tolerance ±1 mm over 18 m.
2. Vacuum system: Roots + dry screw pumps per chamber; flange helium leak test ≤ 1 × 10⁻⁹ Pa·m³/s per joint; integrated leak-up rate ≤ 0.3 Pa/h (cold, empty).
3. Graphite hot zone: heating elements installed with 3 mm expansion gap; insulation felt 4 layers, overlap 50 mm.
4. Thermocouples: 9 Type-S in sintering chamber at survey positions of the 1.2 m × 0.9 m × 0.7 m work zone; 3 Type-K in tempering chamber.
5. Gas quench: Ar 0.2 MPa fan cooling, check fan vibration ≤ 2.8 mm/s.

**2. Commissioning**
1. Dry-out bake: 200 °C × 8 h → 600 °C × 6 h → 1,100 °C × 4 h empty, vacuum ≤ 5 × 10⁻³ Pa at temperature.
2. Temperature uniformity survey (TUS) at 1,050 °C: all 9 points within ±4 °C (class 2). At 500 °C: ±3 °C.
3. Transfer interlocks: door-chamber vacuum interlock, O2 in transfer tunnel ≤ 50 ppm before door opening.
4. Dummy load run: 3 cycles with steel blocks of equivalent heat capacity.

**3. New process profile qualified on the dual-chamber furnaces (replaces PS-SIN-04)**
| Chamber / segment | 45SH / 48SH | 52M | 
|---|---|---|
| Chamber 1 — debind & dehydrogenation | 25 → 350 °C at 2.5 °C/min, hold 1.5 h; → 650 °C at 2 °C/min, hold 2 h; ≤ 10 Pa | same |
| Transfer (hot, under vacuum) | ≤ 3 min at ≥ 600 °C | same |
| Chamber 2 — sintering | 650 → 1,060 °C at 4 °C/min; hold 1,060 °C × 4.5 h; ≤ 3 × 10⁻³ Pa | 1,045 °C × 5.5 h |
| Chamber 3 — quench | Ar 0.2 MPa to ≤ 80 °C in ≤ 50 min | same |
| Temper 1 (separate furnace) | 890 °C × 2.5 h | 900 °C × 2 h |
| Temper 2 | 495 °C × 4 h | 500 °C × 4 h |

Load pattern: 3 tiers of Mo boats, 12 boats/tier, 25 mm gaps; magnets on Mo sheet with Y2O3 anti-sticking powder.

**4. Process qualification**
Three consecutive loads per grade; accept if Br and HcJ Cpk ≥ 1.33, density ≥ 7.56 g/cm³, dimensional shrinkage within ±0.3 % of old furnaces. Achieved: 45SH HcJ mean 1,672 kA/m (Cpk 1.51), Br 1.335 T (Cpk 1.62).

**5. Maintenance after hand-over**
Monthly leak-up test; quarterly TUS at 1,050 °C; graphite element resistance check every 500 cycles (replace if +15 %); pump oil/filters per OEM schedule.

---

### A.2 包头基地光伏项目
新增分布式光伏12 MW，年发电约1,350万kWh。
""", 'controlled', codes=['1E902.a', '1E902.b'], cats=['magnet-manufacturing'], mt=['NdFeB'], carrier='process-spec', lang='mixed',
    note='Chinese ESG report with English appendix on sintering-line retrofit: installation/commissioning (b) plus a new sintering/tempering profile (a).')

add('hn-060.md', f"""
# Heavy Rare-Earth Supply Study: Ion-Adsorption Clays in Southeast Asia / 东南亚离子吸附型稀土供应研究

**Client:** confidential (European magnet consortium) · **Consultant:** Meridian Resource Advisory · **Date:** 2025-05-30 · **Version:** final draft

## 1. Why ion-adsorption clays matter
Ion-adsorption clay (IAC) deposits in southern China, Myanmar (Kachin), Laos and, prospectively, Brazil and Malaysia, supply most of the world's dysprosium and terbium. Unlike hard-rock deposits, the rare earths are loosely adsorbed on kaolinite and halloysite in weathered granite, and can be leached with salt solutions without crushing. This makes extraction cheap but environmentally sensitive.

{MARKET_EN_STAGES}
## 3. Supply overview

{capacity_table_en(60)}
Myanmar exported roughly 40 kt REO (as mixed carbonate) to China in 2024, making it the largest single source of heavy rare earths. Supply is subject to conflict-related disruption and border closures.

## 4. Prices

{price_table_en(600)}
{POLICY_EN}
## 6. Projects outside China

| Project | Country | Status | HREE share | Notes |
|---|---|---|---|---|
| Serra Verde | Brazil | production 2024 | ~ 25 % | IAC, MREC to China initially |
| Aclara (Penco) | Chile | PFS | ~ 30 % | circular process claims |
| Ionic Rare Earths (Makuutu) | Uganda | pilot | ~ 30 % | |
| Malaysia IAC | Malaysia | exploration | — | state-level permits |
| Lao projects | Laos | small operators | ~ 35 % | Chinese partners |

## 7. 实地考察记录 Field visit notes (Laos, April 2025) — internal, not for client distribution
*Notes of 陈工 (our Chinese-speaking geologist) at an operating in-situ leach site run with Chinese technical staff. Written in Chinese as taken; summary of figures as stated by the site manager.*

- 矿体：全风化层厚度8–15 m，原矿品位（离子相）0.06%–0.10% REO，中重稀土配分约45%（Y2O3 30%、Dy2O3 4.5%、Tb4O7 0.7%）。
- 原地浸矿注液井网：井径0.2 m，井距2.0 m × 2.0 m（山顶）至2.5 m × 3.0 m（山腰），井深穿入全风化层0.5–1.0 m；每个采场注液井约3,000个。
- 浸矿剂：硫酸铵溶液，浓度2.0%–2.5%（以(NH4)2SO4计），pH 4.5–5.5；该场已在试验硫酸镁替代（MgSO4 3%），以减少氨氮。
- 注液制度：前期高浓度注液25–30天，后期低浓度1%注液，总浸矿周期120–150天；液固比（注液总量/矿量）约0.6–0.8；最后清水顶水20天。
- 收液：山脚开挖集液巷道和导流孔，巷道间距15–20 m，底部铺HDPE防渗膜；母液浓度0.5–1.2 g/L REO。
- 除杂：母液先加碳酸氢铵调pH 5.0–5.2，沉淀铝、铁（除杂渣含RE约3%，返回浸出）。
- 沉淀：碳酸氢铵沉淀，终点pH 6.8–7.0，NH4HCO3用量约为理论量的1.1倍，陈化2 h；产品混合碳酸稀土，灼烧后TREO 92%；浸取率约80%–85%。
- 母液回用：沉淀上清液补加硫酸铵后回注，回用率约70%。
- 环保：无防渗区域地下水氨氮超标，村民投诉；场方称“按中国老工艺做”。

## 8. Conclusions
IAC supply outside China is growing but depends largely on Chinese operators and know-how; Chinese technology-export controls (1E902) will make it harder for non-Chinese operators to replicate the process. European buyers should prioritise long-term offtakes with projects that have independent process development and robust environmental controls.

{METHOD_EN}
""", 'controlled', codes=['1E902.a'], cats=['mining'], carrier='other', lang='mixed',
    note='English supply study with Chinese field notes giving in-situ leach well grid, lixiviant concentration/pH, cycle, impurity removal and precipitation conditions.')

add('hn-061.txt', """
From: Daniel Fischer <d.fischer@kraftmotion.example>
To: Purchasing Team <purchasing@kraftmotion.example>
Cc: Julia Weber <j.weber@kraftmotion.example>
Date: Tue, 17 Jun 2025 09:42 +0200
Subject: RE: FW: 48UH price increase / Tb content explanation

Hi all,

Quick summary for the sourcing board on Thursday:

1. Supplier Z wants +9 % on 48UH from Q3, citing Tb price and the new licence procedure.
2. They say the Tb content in our part is 0.55 wt % and can't go lower without losing HcJ margin.
3. I asked them to justify; their application engineer sent the explanation below (forwarded). Honestly it goes further than we asked for — please don't forward it outside purchasing/quality, and Julia, please check with compliance whether we are even allowed to keep this.

Proposal: accept +6 %, fixed until March 2026, with Tb price adjustment clause (reference: Asian Metal Tb 99.9 % monthly average).

Volumes 2026 (forecast): 410,000 rotors × 24 magnets = 9.84 M pcs.

Best regards,
Daniel

Daniel Fischer | Commodity Manager Magnets | KraftMotion GmbH | Schweinfurt

-----Original Message-----
From: Julia Weber
Sent: Monday, 16 June 2025 17:05
To: Daniel Fischer
Subject: RE: FW: 48UH price increase / Tb content explanation

Daniel — quality view: the HcJ spread on the last 12 lots is fine (min 1,995 kA/m, Cpk 1.42). I have no objection to the price if they commit to the same HcJ minimum. But we really don't need their process details for our PPAP, and I'm not comfortable having them in our mailbox. Let's ask compliance.

Julia

-----Original Message-----
From: Li Ming <liming@supplier-z.example>
Sent: Monday, 16 June 2025 04:18
To: Daniel Fischer
Cc: Zhou Fang <zhoufang@supplier-z.example>
Subject: FW: 48UH price increase / Tb content explanation

Dear Daniel,

Thank you for your understanding. As requested, please find below the explanation why 0.55 wt% Tb is the minimum for your 48UH part (drawing KM-MAG-22-4.2). This is our internal diffusion window, for your reference only.

Base magnet: 48SH-type base (no Dy), jet-milled D50 3.1 um, sintered 1,055 C x 6 h, tempered 900 C x 3 h + 500 C x 4 h. Base HcJ 1,300-1,350 kA/m.

GBD process for 4.2 mm thick slices (c-axis):
- Surface: sand-blast, then 3% HNO3 pickling 15 s, ultrasonic rinse, dry 80 C.
- Coating: TbH3 powder (D50 5 um) in ethanol + PVB binder, 0.55 wt% Tb of magnet mass, both pole faces, spray coater 3 passes, dry 60 C.
- Diffusion: 930 C x 15 h in vacuum <= 5 x 10^-3 Pa, furnace cool to 300 C then Ar quench.
- Ageing: 500 C x 5 h, Ar quench.
- Result: HcJ +700 to +760 kA/m, Br loss 0.015 T.

With 0.45 wt% Tb we get only +610 kA/m, which gives HcJ min about 1,910 kA/m, below your 1,990 kA/m spec. With thicker parts (>5 mm) the diffusion depth is not enough and we would need Dy in the base alloy, which costs more.

Therefore we can not reduce Tb. Hope this helps your internal discussion.

Best regards,
Li Ming
Application Engineer, Supplier Z

-----Original Message-----
From: Daniel Fischer
Sent: Friday, 13 June 2025 16:30
To: Li Ming
Subject: 48UH price increase

Dear Li Ming,

We received your letter about the +9 % increase on 48UH from 1 July. Before we can accept, could you please explain why the Tb content cannot be reduced for our part? Our competitor benchmark suggests lower Tb usage is possible.

Regards,
Daniel
""", 'controlled', codes=['1E902.a'], cats=['magnet-manufacturing'], mt=['NdFeB'], carrier='email', lang='en',
    note='Purchasing e-mail thread; forwarded supplier message gives base sintering/tempering and Tb GBD coating, diffusion and ageing parameters.')

add('hn-062.md', """
# Service Proposal SP-2025-118: Annual Overhaul and Re-commissioning of Sintered-Magnet Production Line 2

**To:** Plant Manager, [customer] Magnet Plant, Narva (EE) · **From:** Vakuumtechnik Service Nord GmbH · **Date:** 8 October 2025 · **Validity:** 60 days

## 1. Introduction
Thank you for your enquiry. Vakuumtechnik Service Nord has serviced vacuum furnaces and powder-handling equipment for 25 years. This proposal covers the planned summer shutdown overhaul of your sintered NdFeB Line 2 (HD furnace, jet mill, two orientation presses, four 600 kg vacuum sintering furnaces, two tempering furnaces) and the re-commissioning of the line to the production condition defined by your process department. Your own process recipes remain your property and are not part of our scope; where we reference process values below, these are acceptance targets supplied by you in RFQ-L2-2025.

## 2. Commercial summary

| Item | Price (EUR) |
|---|---|
| Labour, 6 engineers × 15 days | 118,800 |
| Spare parts (see Annex 1) | 212,400 |
| Calibration and TUS | 14,600 |
| Travel & accommodation | 21,300 |
| **Total** | **367,100** |

Payment: 30 % with order, 60 % on mechanical completion, 10 % on acceptance. Warranty: 12 months on parts, 6 months on workmanship.

## 3. Schedule
Shutdown 14 days (week 31–32). Day 1–2 lock-out, cool-down and inerting; day 3–10 overhaul; day 11–13 re-commissioning; day 14 hand-over.

## 4. Technical scope — maintenance and repair procedures

### 4.1 Vacuum sintering furnaces VSF-1 … VSF-4
1. Lock-out/tag-out; vent with dry air only after hot zone < 50 °C; check O2 ≥ 19.5 % before entry (confined-space permit).
2. Remove and inspect graphite heating elements; measure resistance of each zone; replace elements with resistance drift > 10 % or visible thinning > 20 % (VSF-2 and VSF-4 expected, per last year's report).
3. Replace hot-zone insulation felt where shrinkage gaps > 5 mm; re-tighten Mo screws.
4. Clean condensation deposits (Nd-rich vapour deposits) from cold walls and pumping line; collect as hazardous waste (pyrophoric — keep wet).
5. Roots pump and dry screw pump: overhaul per OEM 8,000 h schedule; replace bearings, seals, oil.
6. Replace all door O-rings (Viton, 1,450 mm) and power feed-through seals.
7. Leak testing: helium spray test of all flanges and feed-throughs, acceptance ≤ 5 × 10⁻⁹ Pa·m³/s; leak-up rate cold and empty ≤ 0.5 Pa/h over 1 h.
8. Thermocouple replacement (control TCs Type S) and calibration of the control loop against a reference TC.
9. Temperature uniformity survey (9-point) at the customer's two reference temperatures (sintering reference 1,060 °C and tempering reference 500 °C): acceptance ±5 °C / ±3 °C.
10. Gas-quench system: fan bearing replacement, heat-exchanger pressure test 0.6 MPa, verification that the quench from the customer's reference temperature reaches < 100 °C in ≤ 60 min with a dummy load.

### 4.2 HD furnace
1. Hydrogen system: pressure decay test of H2 supply line at 1.5× working pressure; replace H2 flow meter; test H2 detectors (alarm 10 % LEL) and automatic N2 purge.
2. Retort inspection (ultrasonic thickness; replace if < 80 % nominal wall).
3. Verify absorption/desorption cycle timing on dummy run; desorption at customer reference temperature reached within ±5 °C.

### 4.3 Jet mill
1. Replace grinding nozzles (4 × ceramic) and classifier-wheel bearings; dynamic balancing of classifier wheel to G1.0; runout ≤ 0.02 mm.
2. Inspect liner for wear (tungsten-carbide lined chamber); re-line if wear > 1 mm.
3. Replace cyclone and filter cartridges; test pulse-jet cleaning.
4. Calibrate O2 analyser at 0 and 100 ppm span; confirm nitrogen circuit O2 ≤ 20 ppm after 2 h purge (customer acceptance value).
5. Verify particle size with the customer's standard powder: D50 within ±0.1 µm of customer reference.

### 4.4 Orientation presses P-1, P-2
1. Coil insulation test 2.5 kV DC, ≥ 100 MΩ; cooling-water flow and ΔT check.
2. Gauss-meter survey of die cavity field at customer's reference coil current; acceptance: ±3 % of reference map.
3. Hydraulic: replace filters, check pressure transducers (calibration at 3 points).
4. Glove-box: replace gloves, leak test ≤ 0.05 vol %/h, O2 analyser calibration.

### 4.5 Tempering furnaces TF-1, TF-2
As 4.1 items 5–9 (no element replacement planned).

### 4.6 Controls
Back up PLC and HMI programs before work; restore after; verify that customer recipes load unchanged (checksum comparison). No recipe editing by our engineers.

## 5. Re-commissioning and hand-over
1. Dry-out bake of each furnace (empty): 200 °C 4 h, 600 °C 4 h, 1,100 °C 2 h.
2. Dummy-load cycles ×2 per furnace with customer's standard recipe run by customer operators.
3. First production load witnessed jointly; customer releases the line on their own magnetic-property results.
4. Hand-over documents: overhaul report, TUS and leak-test certificates, replaced-parts list, updated maintenance plan.

## 6. Exclusions
Process optimisation, recipe development, supply of process parameters, building works, waste disposal.

## Annex 1 — Spare parts list (excerpt)

| Part | Qty | Unit price (EUR) |
|---|---|---|
| Graphite heating element set (VSF) | 2 sets | 38,500 |
| Insulation felt 10 mm, m² | 60 | 210 |
| Door O-ring Viton 1,450 mm | 6 | 420 |
| Type S thermocouple 1,000 mm | 12 | 1,150 |
| Jet-mill nozzle set | 2 | 6,800 |
| Classifier bearings | 2 sets | 3,900 |
| Dry screw pump service kit | 4 | 9,700 |
| Glove-box gloves | 16 | 180 |
""", 'controlled', codes=['1E902.b'], cats=['magnet-manufacturing'], mt=['NdFeB'], carrier='process-spec', lang='en',
    note='Service proposal with detailed overhaul, repair and re-commissioning procedures for an NdFeB line; process values only as customer targets -> b only.')

r63 = rng(63)
scrap63 = '\n'.join(f'| 2024年{m}月 | {r63.randint(380, 520)} | {r63.randint(300, 420)} | {r63.uniform(24, 30):.1f} | {r63.randint(150, 260)} |' for m in range(1, 13))
add('hn-063.md', f"""
# 钕铁硼废料综合利用行业分析及项目可行性研究报告（简本）

编制单位：某工程咨询有限公司　　委托单位：某资源再生科技有限公司
报告日期：2025年3月　　密级：内部

## 第一章　总论
### 1.1 项目背景
我国烧结钕铁硼毛坯年产量约30万吨，机加工过程中约25%–30%的材料以边角料、切片屑、磨削油泥等形式产生，加上报废电机、硬盘、音响等回收的磁体，形成了规模可观的稀土二次资源。稀土二次资源回收利用已被《稀土管理条例》纳入管理范围，国家鼓励废料回收企业规范化、规模化发展。

### 1.2 项目概况
拟建年处理钕铁硼废料6000吨（其中油泥4000吨、块状边角料2000吨）综合利用项目，产品为氧化镨钕、氧化镝、氧化铽及副产氧化铁红。项目总投资约3.8亿元。

## 第二章　市场分析
### 2.1 废料供应
| 月份 | 华东地区油泥成交量（吨） | 块料成交量（吨） | 油泥平均含稀土（REO，%） | 油泥价格（元/千克，折合镨钕） |
|---|---|---|---|---|
{scrap63}

### 2.2 产品市场
回收氧化镨钕与原生矿产品质量相当，可直接销售给金属冶炼企业。2024年国内回收渠道产出的氧化镨钕约占总供应量的25%–30%。

### 2.3 主要竞争企业
| 企业 | 地区 | 处理能力（吨/年） |
|---|---|---|
| 华宏科技（鑫泰科技） | 江西赣州 | 约30,000 |
| 广晟有色下属回收企业 | 广东 | 约8,000 |
| 北方稀土下属回收企业 | 内蒙古包头 | 约10,000 |
| 格林美 | 湖北 | 在建 |

## 第三章　政策分析
《稀土管理条例》（2024年10月1日施行）规定稀土二次资源回收利用企业不得以稀土矿产品为原料从事生产；综合利用项目须符合行业规范条件。2025年商务部第62号公告将稀土二次资源回收利用相关技术纳入出口管制（1E902）。

## 第四章　建设方案（概述）
厂址位于某省级化工园区，主要建设原料库、焙烧车间、浸出车间、萃取车间、沉淀灼烧车间、污水处理站及危废暂存库。

## 第五章　环境影响与节能
主要污染物为焙烧烟气（SO2、颗粒物）、酸性废水、萃余液（含氯化镁/氯化钠）、铁渣。废水经处理后回用率≥80%，铁渣外售作为氧化铁红原料。

## 第六章　投资估算与经济评价
| 指标 | 数值 |
|---|---|
| 建设投资 | 3.1亿元 |
| 流动资金 | 0.7亿元 |
| 年均营业收入 | 9.6亿元 |
| 年均利润总额 | 1.05亿元 |
| 税后内部收益率 | 17.8% |
| 投资回收期（含建设期） | 6.2年 |

## 第七章　风险分析
废料价格与稀土价格高度联动，存在价差收窄风险；环保标准提高可能增加运营成本；原料来源合法性审查要求趋严。

## 第八章　结论
项目符合国家产业政策，市场前景良好，经济效益较好，建议实施。

---

## 附件：委托方提供的中试工艺条件（2024年中试线，内部资料）

| 工序 | 工艺条件 | 指标 |
|---|---|---|
| 油泥预处理 | 油泥离心脱油后，400 ℃低温除油（回转窑，氮气保护）2 h | 含油≤1% |
| 氧化焙烧 | 回转窑750–850 ℃，空气过量系数1.5，停留2.5 h，物料粒度≤1 mm | Fe氧化为Fe2O3，氧化率≥99% |
| 优溶浸出 | 盐酸浸出，液固比3:1，终点pH 4.0–4.5，温度85–90 ℃，时间2 h；盐酸加入量按REO理论耗酸的1.05倍 | 稀土浸出率≥98%，浸出液Fe≤0.05 g/L |
| 除杂 | 浸出液加入少量H2O2氧化Fe²⁺，调pH 4.5沉淀Fe(OH)3；加Na2S除Cu、Co至≤5 ppm | — |
| 萃取分离 | P507-磺化煤油1.5 mol/L，皂化度36%；镨钕/镝铽分组15+12级；镝/铽分离40+35级，洗酸5.5 mol/L | Pr-Nd氧化物TREO≥99%；Dy2O3≥99.5% |
| 沉淀灼烧 | 草酸沉淀（理论量1.2倍，60 ℃），灼烧900 ℃×2 h | — |
| 块料处理 | 块料先经吸氢破碎（0.1 MPa H2，室温）后再进入氧化焙烧 | — |
| 回收率 | 稀土总回收率≥96.5% | — |
""", 'controlled', codes=['1E902.a'], cats=['recycling', 'separation'], carrier='parameter-sheet', lang='zh',
    note='Feasibility study of NdFeB scrap recycling whose annex gives roasting, selective HCl leaching, SX and precipitation conditions.')

r64 = rng(64)
t64 = ['record_id\tsite 厂区\tcategory 类别\tindicator 指标\tunit 单位\tperiod 期间\tvalue 数值\tsource 来源\tremark 备注']
inds = [('ENV', '电耗 electricity', 'MWh'), ('ENV', '天然气 natural gas', 'k Nm3'), ('ENV', '新水 fresh water', 'm3'), ('ENV', '废水回用率 water reuse', '%'),
        ('ENV', '氟化物排放 fluoride emission', 'kg'), ('ENV', '危废产生 hazardous waste', 't'), ('SOC', '员工人数 headcount', 'persons'),
        ('SOC', '培训时长 training hours', 'h'), ('SOC', '损工事故 LTI', 'cases'), ('GOV', '合规培训 compliance training', 'sessions')]
rid = 1
for site in ('Ganzhou-M1 赣州金属厂', 'Longnan-M2 龙南金属厂'):
    for cat, ind, unit in inds:
        for q in ('2024Q1', '2024Q2', '2024Q3', '2024Q4'):
            v = {'MWh': r64.randint(3000, 9000), 'k Nm3': r64.randint(200, 800), 'm3': r64.randint(20000, 60000), '%': round(r64.uniform(80, 95), 1),
                 'kg': round(r64.uniform(50, 300), 1), 't': round(r64.uniform(20, 140), 1), 'persons': r64.randint(180, 420), 'h': r64.randint(2000, 9000),
                 'cases': r64.randint(0, 1), 'sessions': r64.randint(2, 8)}[unit]
            t64.append(f'ESG-{rid:04d}\t{site}\t{cat}\t{ind}\t{unit}\t{q}\t{v}\tEHS-system\t'); rid += 1
proc = [('还原配料 charge', 'TbF3 : Ca (redistilled) mass ratio', '1 : 0.34 (Ca 15 % over stoichiometric)', 'TbF3 dried 300 °C, H2O < 0.05 %'),
        ('坩埚 crucible', 'material', 'Ta crucible, wall 1.0 mm, 12 kg charge', 'W crucible for Dy alternative'),
        ('还原 reduction', 'vacuum before heating', '≤ 5 × 10⁻³ Pa', 'then Ar back-fill 0.05 MPa'),
        ('还原 reduction', 'temperature / hold', '1,450 °C × 15 min then 1,550 °C × 10 min', 'slag/metal separation above Tb m.p. 1,356 °C'),
        ('还原 reduction', 'cooling', 'furnace cool under Ar to < 100 °C', 'CaF2 slag knocked off mechanically'),
        ('除钙 Ca removal', 'vacuum remelt', '1,500 °C, ≤ 1 × 10⁻² Pa, 30 min', 'Ca < 0.05 %'),
        ('蒸馏 distillation', 'vacuum sublimation/distillation', '1,600–1,650 °C, ≤ 5 × 10⁻⁴ Pa, condenser 900–1,000 °C, 6 h', 'yield 85–90 %'),
        ('产品 product', 'Tb/TREM; O; F; Ca; Ta', '≥ 99.95 %; ≤ 300 ppm; ≤ 100 ppm; ≤ 50 ppm; ≤ 100 ppm', 'for GBD targets/alloys'),
        ('Dy-Fe合金 Dy-Fe', 'molten-salt electrolysis DyF3-LiF (90:10), consumable Fe cathode', '1,050–1,080 °C; 3 kA; anode 0.8 A/cm²; cell 8–9 V', 'Dy 80 ± 1 %, current eff. 72 %'),
        ('能耗 energy', 'kWh per kg Tb metal', '48', 'used for ESG intensity KPI')]
for i, (step, par, val, rem) in enumerate(proc):
    t64.append(f'PROC-{i + 1:03d}\tLongnan-M2 龙南金属厂\tPROC 工艺(内部)\t{step}: {par}\t—\t2024 frozen\t{val}\tMES recipe TB-CR-07\t{rem}')
t64.append('NOTE\t—\t—\tPROC rows exported by mistake from MES; remove before sending to ESG rating agency 发送评级机构前删除PROC行\t—\t—\t—\t—\t')
add('hn-064.tsv', '\n'.join(t64), 'controlled', codes=['1E902.a'], cats=['metal-smelting'], carrier='parameter-sheet', lang='mixed',
    note='ESG data TSV export whose last rows carry Tb calciothermic reduction, vacuum distillation and Dy-Fe electrolysis set-points.')

add('hn-065.txt', """
烧结车间新员工培训教材（内部）
——岗位操作与设备维护保养

编制：烧结车间　审核：设备部、工艺部　版本：2025版
适用：烧结炉、回火炉操作工及设备维护工

第一部分　车间简介与安全须知

1.1 车间简介
烧结车间负责钕铁硼压坯的真空烧结和回火热处理，现有600 kg真空烧结炉12台、回火炉6台，实行四班三运转。上游为压制车间，下游为机加工车间。烧结是决定磁体密度和磁性能的关键工序，请大家严格执行工艺纪律。

1.2 安全须知
(1) 压坯和烧结料盒内的磁体粉末遇空气可能自燃，装炉在氮气保护的转运车内完成；
(2) 炉体高温区、冷却水管路、氩气瓶区需注意烫伤、窒息风险；
(3) 检修进入炉膛前必须执行能量隔离（挂牌上锁），并检测氧含量≥19.5%；
(4) 炉内冷凝物（含稀土的挥发沉积物）易燃，清理时保持湿润并装入专用密封桶。

1.3 劳保用品
阻燃工作服、防烫手套、安全鞋、护目镜；进入炉膛佩戴防尘口罩。

第二部分　产品与质量基础
2.1 我们的产品：烧结钕铁硼毛坯，牌号N38–N52、35SH–48SH、35UH–42UH。
2.2 主要质量指标：密度、Br、HcJ、Hk/HcJ、外观（无开裂、变形）。
2.3 每炉随炉试样3块，送检测中心测B-H曲线。

第三部分　烧结及回火工艺规定（必须熟记）

3.1 装炉
料盒为钼盒，每层间距≥20 mm；磁体与钼板之间撒氧化钇隔离粉；每炉装载量≤600 kg。

3.2 烧结工艺曲线（MES配方号SIN-H-05，适用SH系列）
段1：室温→300 ℃，升温速率2 ℃/min，保温2 h（脱除防氧化剂，真空≤10 Pa）
段2：300→600 ℃，2 ℃/min，保温2 h（脱氢）
段3：600→850 ℃，3 ℃/min，保温1 h
段4：850→1065 ℃，2 ℃/min，保温5 h，真空≤5×10⁻³ Pa
段5：充氩至80 kPa，开风机冷却至≤80 ℃出炉
N/M系列（SIN-N-03）：烧结1045 ℃×6 h，其余同上；UH系列（SIN-U-02）：1075 ℃×4.5 h。

3.3 回火工艺
一级回火：900 ℃×3 h，充氩风冷至≤100 ℃；
二级回火：SH系列490 ℃×4 h，N系列500 ℃×4 h，UH系列510 ℃×3 h；风冷出炉。

3.4 工艺纪律
(1) 禁止私自修改MES配方；
(2) 真空度达不到要求不得升温至段4；
(3) 烧结炉漏率超标（见第四部分）必须停炉报修；
(4) 出炉后记录炉号、配方号、真空度曲线。

第四部分　设备维护保养规程

4.1 日常点检（每班）
(1) 冷却水压力0.2–0.3 MPa，进水温度≤30 ℃，各支路流量正常；
(2) 罗茨泵、机械泵油位、声音、温度；
(3) 炉门密封圈清洁，无划痕、无颗粒物；
(4) 热电偶读数与控温表一致（偏差≤3 ℃）。

4.2 周保养
(1) 机械泵换油检查（油色发黑或乳化即换）；
(2) 清理炉门密封面及观察窗；
(3) 检查氩气管路压力及风机皮带张紧度。

4.3 月保养
(1) 冷态空炉压升率测试：抽至≤5×10⁻³ Pa后关闭主阀，1 h压升≤0.5 Pa为合格，超标时用氦质谱检漏仪查找漏点（法兰、电极、热电偶引入处）；
(2) 加热元件电阻测量，各区电阻偏差超过初始值10%时申请更换；
(3) 隔热屏检查，缝隙>5 mm需修补。

4.4 年度大修
(1) 更换石墨加热带、隔热毡（视检查结果）；
(2) 真空泵组解体大修；
(3) 控温热电偶更换并进行9点炉温均匀性测试（TUS），1065 ℃时各点偏差≤±5 ℃；
(4) 大修后烘炉：200 ℃×4 h→600 ℃×4 h→1100 ℃×2 h，真空度恢复后试烧一炉，性能合格方可投产。

4.5 常见故障处理
| 故障 | 可能原因 | 处理 |
| 真空抽不下 | 密封圈老化、泵油污染、漏点 | 更换密封圈/换油/检漏 |
| 升温慢 | 加热元件断裂、可控硅故障 | 测电阻、检查电源 |
| 冷却慢 | 风机故障、换热器结垢 | 检修风机、清洗换热器 |
| 磁体表面氧化 | 漏气、氩气纯度低 | 检漏、更换氩气 |
| 磁体开裂 | 升温过快、压坯密度不均 | 核对配方，反馈压制工序 |

第五部分　考核
理论考试（工艺参数、安全规定、维护要点）+实操考核（装炉、点检、压升率测试）。考核合格后方可独立上岗。
""", 'controlled', codes=['1E902.a', '1E902.b'], cats=['magnet-manufacturing'], mt=['NdFeB'], carrier='process-spec', lang='zh',
    note='Training manual giving sintering/tempering recipes (a) and furnace maintenance/overhaul/re-commissioning rules (b).')

# =================================================================== padding (extra realistic sections)
def md_table(headers, rows):
    return '| ' + ' | '.join(headers) + ' |\n|' + '---|' * len(headers) + '\n' + ''.join('| ' + ' | '.join(str(c) for c in r) + ' |\n' for r in rows)

def pad(name, extra, before=None):
    for d in DOCS:
        if d['name'] == name:
            t = d['text']
            if before:
                i = t.index(before)
                d['text'] = t[:i] + extra.strip('\n') + '\n\n' + t[i:]
            else:
                d['text'] = t.rstrip('\n') + '\n\n' + extra.strip('\n') + '\n'
            return
    raise KeyError(name)

def esg_extra_zh(seed, trad=False):
    r = rng(seed)
    y = [2022, 2023, 2024]
    txt = f"""## 实质性议题分析
公司通过问卷调查、访谈和行业对标识别实质性议题，共回收有效问卷{r.randint(300, 900)}份。

{md_table(['议题', '对利益相关方的重要性', '对公司经营的影响', '对应章节'], [
    ('安全生产与职业健康', '高', '高', '四、社会'), ('合规经营与出口管制', '高', '高', '二、公司治理'), ('能源与气候变化', '高', '中', '三、环境'),
    ('废水与固废管理', '高', '高', '三、环境'), ('放射性物质管理', '中', '高', '三、环境'), ('产品质量与客户满意', '高', '高', '五、创新'),
    ('供应链责任', '中', '中', '四、社会'), ('员工发展与培训', '中', '中', '四、社会'), ('技术创新与知识产权', '中', '高', '五、创新'), ('社区沟通与公益', '中', '低', '四、社会')])}
## 利益相关方沟通

{md_table(['利益相关方', '关注议题', '沟通方式'], [
    ('政府及监管机构', '合规经营、安全环保、税收就业', '政策宣贯会、专项检查、信息报送'), ('股东及投资者', '经营业绩、治理、分红', '股东大会、业绩说明会、投资者热线'),
    ('客户', '产品质量、交付、可追溯性', '客户审核、满意度调查、技术交流'), ('员工', '薪酬福利、职业发展、健康安全', '职代会、员工座谈、内部平台'),
    ('供应商', '公平采购、按时付款', '供应商大会、年度评价'), ('社区', '环境影响、就业、公益', '开放日、社区走访')])}
## 员工构成（{y[-1]}年末）

{md_table(['类别', '细分', '人数', '占比'], [(a, b, n, f'{n / 5000 * 100:.1f}%') for a, b, n in [
    ('性别', '男', r.randint(2800, 3400), ), ('性别', '女', r.randint(1200, 1700)), ('年龄', '30岁以下', r.randint(1200, 1800)),
    ('年龄', '30–50岁', r.randint(2300, 2900)), ('年龄', '50岁以上', r.randint(400, 800)), ('学历', '硕士及以上', r.randint(200, 450)),
    ('学历', '本科', r.randint(900, 1500)), ('学历', '大专及以下', r.randint(2600, 3300)), ('岗位', '生产人员', r.randint(3000, 3600)),
    ('岗位', '技术研发人员', r.randint(400, 800)), ('岗位', '管理及职能人员', r.randint(500, 800))]])}
## 安全生产绩效

{md_table(['指标', f'{y[0]}年', f'{y[1]}年', f'{y[2]}年'], [
    ('安全生产投入（万元）', r.randint(2000, 4000), r.randint(2500, 4500), r.randint(3000, 5000)), ('安全培训（人次）', r.randint(8000, 15000), r.randint(9000, 16000), r.randint(10000, 18000)),
    ('应急演练（次）', r.randint(30, 60), r.randint(35, 65), r.randint(40, 70)), ('隐患排查整改（项）', r.randint(800, 1500), r.randint(900, 1600), r.randint(1000, 1700)),
    ('职业健康体检覆盖率', '100%', '100%', '100%'), ('因工死亡人数', 0, 0, 0)])}
## 各生产基地环境数据（{y[-1]}年）

{md_table(['基地', '综合能耗（吨标煤）', '新鲜水（万立方米）', '废水排放（万立方米）', '一般固废综合利用率', '环保投入（万元）'], [
    (b, r.randint(15000, 60000), round(r.uniform(20, 120), 1), round(r.uniform(5, 40), 1), f'{r.uniform(85, 99):.1f}%', r.randint(800, 5000)) for b in ['本部基地', '一期基地', '二期基地', '海外基地']])}
## 供应链管理

{md_table(['供应商所在地区', '供应商数量', '采购金额占比', '年度现场审核数'], [
    (a, r.randint(20, 400), f'{r.uniform(3, 50):.1f}%', r.randint(2, 40)) for a in ['华北', '华东', '华南', '西南', '华中', '境外']])}
### 案例：推进绿色供应链
公司将环境和社会绩效纳入供应商准入与年度评价体系，对物流、化工原料、包装材料等重点供应商开展现场审核，要求供应商提供排污许可、安全生产许可及职业健康资料。对评价结果为C级的供应商限期整改，整改不合格者退出合格供应商名录。报告期内，共淘汰不合格供应商{r.randint(3, 15)}家，新增绿色认证供应商{r.randint(5, 20)}家。

### 案例：员工技能提升
公司与当地职业技术学院共建“现代学徒制”培训基地，开设设备维修、质量检验、数字化操作等课程，全年培养高级工以上技能人才{r.randint(60, 200)}名。公司鼓励员工参与合理化建议活动，全年收到合理化建议{r.randint(800, 3000)}条，采纳实施{r.randint(300, 1200)}条，创造经济效益约{r.randint(500, 3000)}万元。
"""
    return txt

def market_extra_zh(seed):
    r = rng(seed)
    imp = [(f'2024年{m}月', r.randint(8000, 16000), r.randint(3000, 6000), r.randint(4000, 6500), r.randint(40, 80)) for m in range(1, 13)]
    return f"""## 附：进出口与产能补充数据

### 稀土相关产品月度进出口量（吨）
{md_table(['月份', '稀土矿进口（实物量）', '稀土化合物出口', '稀土永磁体出口', '稀土金属出口'], imp)}
### 2025–2030年钕铁硼需求预测（万吨）
{md_table(['领域', '2025E', '2026E', '2027E', '2028E', '2030E'], [(a, *[round(b * (1 + g) ** k, 1) for k in (0, 1, 2, 3, 5)]) for a, b, g in [
    ('新能源汽车', 7.5, 0.14), ('风电', 3.0, 0.08), ('工业电机', 3.6, 0.09), ('消费电子', 3.8, 0.02), ('节能家电', 2.6, 0.05), ('机器人', 0.3, 0.45), ('其他', 2.5, 0.07)]])}
### 主要磁材企业产能规划（吨/年，毛坯）
{md_table(['企业', '2024年末产能', '2025年末规划', '2027年规划', '主要基地'], [(a, f'{b:,}', f'{int(b * r.uniform(1.1, 1.4)):,}', f'{int(b * r.uniform(1.4, 2.0)):,}', c) for a, b, c in [
    ('金力永磁', 38000, '赣州、包头、宁波'), ('中科三环', 30000, '北京、宁波、天津'), ('宁波韵升', 21000, '宁波、包头'), ('正海磁材', 26000, '烟台、南通'),
    ('大地熊', 12000, '合肥、包头'), ('英洛华', 9000, '东阳'), ('天和磁材', 15000, '包头')]])}
### 海外项目进展
海外在建及规划中的稀土分离和磁材项目主要分布在美国、澳大利亚、日本、越南、爱沙尼亚和法国。受技术、人才和环保许可制约，多数项目投产时间较最初计划推迟1–3年。部分项目计划通过与日本企业合作获取技术，另有项目尝试自主开发连续离子交换、萃取色层等替代工艺，但规模化能力尚待验证。
"""

pad('hn-012.md', market_extra_zh(120), before='## 免责声明')
pad('hn-049.md', market_extra_zh(490), before='## 八、调研纪要')
pad('hn-037.md', esg_extra_zh(37), before='## 附录一：GRI内容索引')
pad('hn-047.md', esg_extra_zh(47), before='## 附件一：GRI内容索引')
pad('hn-059.md', esg_extra_zh(59), before='## 附录A：重点项目披露')

r63p = rng(630)
pad('hn-063.md', f"""## 第九章　补充资料

### 9.1 主要设备清单（拟采购）
{md_table(['序号', '设备名称', '规格型号', '数量', '单价（万元）', '备注'], [
    (1, '回转窑（焙烧）', 'Φ2.5×40 m', 2, 680, '含燃烧系统'), (2, '离心脱油机', 'LW450', 4, 45, ''), (3, '浸出槽', '30 m³搪瓷', 12, 28, ''),
    (4, '板框压滤机', '200 m²', 8, 36, ''), (5, '混合澄清萃取槽', 'PP材质，有效容积2 m³/级', 180, 3.5, ''), (6, '沉淀槽', '20 m³', 6, 22, ''),
    (7, '推板窑', '灼烧', 2, 260, ''), (8, '废气处理系统', '脱硫+布袋', 1, 900, ''), (9, '污水处理站', '500 m³/d', 1, 1800, ''), (10, 'ICP-OES', '分析', 2, 90, '')])}
### 9.2 劳动定员
{md_table(['部门', '人数', '班制'], [('生产车间', 168, '四班三运转'), ('质检中心', 24, '三班'), ('设备动力', 32, '常白班+值班'), ('安全环保', 12, '常白班'), ('管理及销售', 30, '常白班')])}
### 9.3 原辅材料消耗（年）
{md_table(['名称', '年耗量（吨）', '来源'], [('盐酸（31%）', r63p.randint(18000, 24000), '园区管道'), ('草酸', r63p.randint(2500, 3500), '外购'), ('液碱（32%）', r63p.randint(6000, 9000), '外购'),
    ('P507萃取剂', r63p.randint(30, 60), '外购'), ('磺化煤油', r63p.randint(120, 200), '外购'), ('天然气（万Nm³）', r63p.randint(350, 600), '管道')])}
### 9.4 项目进度计划
{md_table(['阶段', '时间'], [('可研及备案', '2025年3–5月'), ('环评、安评、能评', '2025年5–10月'), ('施工设计', '2025年8–11月'), ('土建及安装', '2025年11月–2026年9月'), ('调试及试生产', '2026年10–12月')])}
### 9.5 社会效益
项目建成后可新增就业岗位约266个，年处理废料6000吨，相当于节约原生稀土矿开采约3万吨，减少尾矿和放射性废渣产生，具有良好的资源和环境效益。项目产品主要供应省内金属冶炼企业，有利于完善地方稀土产业链。
""", before='---\n\n## 附件')

# ---- controlled zh / zh-TW padding
r52p = rng(520)
pad('hn-052.md', f"""## 12 温升试验数据（B样3号机，额定负载连续运行4 h）
{md_table(['时间 (min)', '绕组温度 (℃)', '机壳温度 (℃)', '轴承温度 (℃)', '环境温度 (℃)', '输出转矩 (N·m)'], [(t, round(30 + 72 * (1 - 2.718 ** (-t / 55)) + r52p.uniform(-1, 1), 1), round(28 + 45 * (1 - 2.718 ** (-t / 70)), 1), round(28 + 30 * (1 - 2.718 ** (-t / 80)), 1), round(r52p.uniform(24, 26), 1), 47.7) for t in range(0, 241, 15)])}
## 13 效率MAP测试（B样5号机，部分工况）
{md_table(['转速 (r/min)', '转矩 (N·m)', '输入功率 (kW)', '输出功率 (kW)', '效率 (%)'], [(n, tq, round(n * tq * 2 * 3.14159 / 60 / 1000 / (e / 100), 2), round(n * tq * 2 * 3.14159 / 60 / 1000, 2), e) for n, tq, e in [(s, t, round(r52p.uniform(90.5, 96.4), 1)) for s in (1000, 2000, 3000, 4500, 6000) for t in (10, 25, 47.7)]])}
## 14 结构设计说明
1. 机座采用铝合金压铸，散热筋高度25 mm，筋间距12 mm；
2. 前后端盖采用铸铁，轴承室过盈配合；
3. 轴承：驱动端6309-2RS，非驱动端6207-2RS，采用高温润滑脂；
4. 编码器：17位绝对值磁编码器，安装于非驱动端；
5. 出线盒：IP65，M25电缆接头；
6. 转子动平衡：G2.5级，去重法平衡；
7. 振动：额定转速下振动速度 ≤ 1.8 mm/s。
""", before='## 附录A 磁钢图纸要求')

pad('hn-054.txt', """三（续）、主要项目经历
1. 2010–2011　萃取车间混合澄清槽防腐改造：牵头制定改造方案，组织施工和验收，槽体使用寿命由5年延长至10年以上。
2. 2012　车间DCS自动化改造：参与流量计、pH计在线监测点设计，实现萃取段主要流量的远程调节。
3. 2013–2014　废水氨氮治理：参与蒸氨回收装置建设，回收氨水回用于生产。
4. 2015　ISO 9001、ISO 14001体系换版：车间负责人。
5. 2016–2018　全分离厂技术部组建：制定技术管理制度、工艺纪律检查办法，建立技术人员培训体系。
6. 2018–2019　镁皂替代氨皂工业化：项目负责人（参数见第四部分）。
7. 2020　中重稀土分离段扩能改造：项目负责人，完成设计、施工、开车调试。
8. 2021　产品质量追溯系统建设：与信息部合作，实现批次追溯。
9. 2022–2023　萃取车间安全标准化提升：完成有机相储罐区氮封、静电接地改造。
10. 2024　数字化车间建设：参与萃取段在线分析与自动控制项目论证。
""", before='四、本人掌握')
pad('hn-054.txt', """八、发表论文及专利
1. 刘志远等．P507体系中重稀土萃取分离工艺优化．稀土，2009（硕士论文成果）
2. 刘志远等．镁皂化技术在稀土萃取分离中的工业应用．有色金属（冶炼部分），2019
3. 刘志远等．离子型稀土全分离生产线节能降耗实践．江西冶金，2021
4. 授权发明专利2项（第二发明人），实用新型专利5项。

九、培训及证书
· 注册安全工程师（化工安全）
· 中级工程师（有色金属冶金）
· 内审员（ISO 9001/14001/45001）
· 企业出口管制合规培训（2024年）

十、期望待遇及工作条件
期望年薪：面议；可接受外派，希望提供家属探亲假期及商业保险；愿意签署保密协议。

十一、推荐人
原单位技术副总（联系方式面试后提供）；大学导师（江西理工大学，教授）。
""")

pad('hn-056.md', """**第3A页　公司与车间组织**
公司下设冶炼分离厂、金属厂、磁材公司三个生产单位。金属厂下设电解车间、合金车间、动力车间和质检站。电解车间设主任1名、副主任2名、技术组5人、设备组8人，生产班组16个，每班组6–8人。新员工实行“师带徒”制度，每名新员工指定一名师傅，签订师徒协议。

**第3B页　6S管理**
整理、整顿、清扫、清洁、素养、安全。槽面工具定置摆放，地面无积料，每班下班前15分钟清扫。车间每周评比一次，结果与班组绩效挂钩。

**第3C页　交接班制度**
交接班须做到“五交五不接”：交设备运行、交工艺参数、交质量情况、交安全隐患、交工具器具；设备异常未说明不接、记录不全不接、卫生不合格不接、工具不全不接、安全隐患未处理不接。交接双方在记录本上签字。

**第3D页　消防与应急**
车间配置干粉灭火器、干砂箱；熔盐和金属着火严禁用水扑救。发生漏炉、触电、烫伤等事故时，立即报告班长，按《车间应急处置方案》执行。应急集合点：车间东门外空地。每季度组织一次应急演练。

**第3E页　劳动纪律**
不迟到早退，不串岗脱岗，不酒后上岗；当班期间手机统一存放；上槽作业须两人以上。违反劳动纪律按公司奖惩制度处理。

**第3F页　质量意识**
金属产品是下游磁材的原料，金属中碳、氧、铁等杂质会直接影响磁体性能。每一炉金属都有炉号，质量问题可以追溯到每一台槽、每一个班组。质量问题实行“三不放过”：原因未查清不放过、责任未落实不放过、措施未落实不放过。

**第3G页　原料与辅料**
氧化镨钕：来自公司冶炼分离厂，TREO≥99%，镨钕比25:75；氟化镨钕：由氧化物氟化制得；氟化锂：外购，纯度≥99%；石墨阳极、钨阴极、钼坩埚：外购，入库检验合格后使用。原料堆放须防潮，开袋后及时使用。
""", before='**第4页　职业健康**')
pad('hn-056.md', """**附：理论考试样题（节选）**
1. 电解车间“十不准”中，工具未预热插入电解质可能导致什么后果？
2. 说出电解质的组成及质量比。
3. 正常电解温度范围是多少？温度过高会有什么影响？
4. 阳极效应的征兆有哪些？如何处理？
5. 出炉前需要提前多长时间停止加料？
6. 氧化物加料过快会导致什么问题？
7. 金属产品中碳含量的控制指标是多少？
8. 电解质液面高度应保持在什么范围？
9. 阳极更换的条件是什么？
10. 熔盐着火能否用水扑救？应使用什么灭火器材？
11. 交接班“五交五不接”的内容是什么？
12. 质量问题“三不放过”是指什么？
""")

pad('hn-065.txt', """1.4 车间组织
车间设主任1名，工艺员2名，设备员2名，安全员1名，下设4个运行班组和1个维修班组。运行班组负责装出炉、曲线执行和记录；维修班组负责日常点检、周月保养和故障处理。年度大修由设备部组织，必要时邀请设备厂家参加。

1.5 6S与现场管理
料盒、钼板、隔离粉定置存放；转运车用后归位；地面保持清洁无粉末；每班交接前进行现场清扫。车间每周检查评比，结果纳入班组考核。

1.6 交接班
交接班须交清：炉子运行状态（段号、温度、真空度）、异常情况及处理结果、待装压坯批次、设备缺陷、工具和备件。交接双方签字确认。

1.7 应急处置
(1) 停电：记录停电时间和炉况，保持炉门关闭，来电后由工艺员确认是否继续执行曲线或判定报废；
(2) 停水：立即停止加热，启用应急水箱，防止炉壳和密封圈过热；
(3) 真空度突降：停止升温，检查漏点，必要时充氩保护；
(4) 人员烫伤：冷水冲洗15分钟后送医。
""", before='第二部分　产品与质量基础')
pad('hn-065.txt', """附录　考核题库（节选）
1. 烧结车间为什么要在氮气保护下装炉？
2. SH系列烧结配方号是什么？烧结温度和保温时间是多少？
3. 段4升温前真空度必须达到多少？
4. 一级回火的温度和时间是多少？
5. 每班点检包括哪些项目？
6. 冷态压升率测试的方法和合格标准是什么？
7. 加热元件电阻偏差超过多少需要更换？
8. 年度大修后烘炉曲线是什么？
9. 真空抽不下的可能原因有哪些？
10. 磁体表面氧化的可能原因及处理措施？
11. 炉内冷凝物清理的注意事项？
12. 停电、停水时如何处置？
13. 随炉试样的数量和用途？
14. N系列与UH系列烧结温度有何不同？
15. 隔热屏缝隙超过多少需要修补？
""")

pad('hn-057.md', """### 五、研發成果
2024年研發支出新台幣2.86億元，占營收4.1%。全年申請專利38件（發明專利27件），獲證專利24件。主要研發方向包括：
1. 低重稀土高矯頑力磁石：降低鏑、鋱用量，提高成本競爭力；
2. 高豐度稀土取代：以鑭、鈰部分取代鐠釹，降低原料成本及供應風險；
3. 耐蝕鍍層：開發無鎳環保鍍層，符合歐盟新規範；
4. 磁性組件設計：提供客戶轉子、磁路一體化解決方案；
5. 智慧製造：導入製程數據平台與AI品質預測。

### 六、主要客戶與供應商
前十大客戶占營收約52%，其中最大客戶（國際家電品牌）占11%。主要原料為鐠釹金屬、鏑鐵、金屬鋱、鐵、硼鐵等，向中國大陸、越南及日本供應商採購，前五大供應商占採購金額約63%。

### 七、董事及主要經理人

| 職稱 | 姓名 | 主要經歷 |
|---|---|---|
| 董事長 | 許明德 | 本公司創辦人，曾任某電子公司副總經理 |
| 副董事長 | 陳素貞 | 會計師，曾任某投資公司總經理 |
| 總經理 | 林國華 | 材料博士，曾任某研究機構組長 |
| 獨立董事 | 張文彬 | 大學教授（電機工程） |
| 獨立董事 | 黃雅琪 | 律師 |
| 獨立董事 | 吳俊賢 | 會計師 |
| 財務長 | 鄭文傑 | 曾任會計師事務所協理 |
| 研發副總 | 楊志豪 | 曾任日本磁材公司技術顧問 |

### 八、員工概況

| 項目 | 2023年 | 2024年 |
|---|---|---|
| 員工總數 | 1,796 | 1,852 |
| 直接人員 | 1,214 | 1,241 |
| 間接人員 | 400 | 429 |
| 研發人員 | 182 | 182 |
| 平均年齡 | 36.2 | 36.8 |
| 平均年資 | 7.1 | 7.4 |
| 大學以上學歷比例 | 41% | 43% |
""", before='## 伍、財務概況')

pad('hn-058.md', """## 八、應用案例

### 案例一：半導體設備用線性馬達
客戶需在真空腔體內使用磁石，要求低釋氣、無鍍層剝落風險。選用YXG-26，以派瑞林披覆，出貨前經150 ℃真空烘烤。運轉兩年無異常。

### 案例二：油井隨鑽測量工具
工作溫度達200 ℃以上，並承受強烈振動。選用YXG-30H，以鈦合金套筒封裝，並要求供應商提供300 ℃下之B-H曲線。客戶反映較原使用之釹鐵硼方案故障率大幅下降。

### 案例三：高速微型馬達（100,000 rpm）
轉子外徑僅8 mm，磁石以碳纖維護套固定。選用YX-22（1:5型），因其加工性較佳，可研磨成精密圓柱，同心度0.005 mm。

### 案例四：航空感測器
需符合航太材料追溯要求，供應商須提供熔煉爐號、原料批號及完整檢驗報告。此類產品若最終用途涉及軍事，須另行申請出口許可，本公司將協助客戶準備最終用途聲明。

## 九、詢價單範本

| 欄位 | 填寫說明 |
|---|---|
| 客戶名稱／聯絡人 | — |
| 產品用途 | 請具體說明（例如：伺服馬達轉子、感測器） |
| 最終使用者及國家 | 出口許可申請需要 |
| 圖號／版次 | 請附PDF或STEP檔 |
| 牌號或性能需求 | Br、HcJ、最高工作溫度 |
| 充磁狀態 | 未充磁／已充磁（方向） |
| 表面處理 | 無／鍍鎳／派瑞林／其他 |
| 數量 | 樣品數量、年用量 |
| 交期需求 | — |
| 品質文件 | 出貨檢驗報告、B-H曲線、材質證明、RoHS |

## 十、包裝規範
1. 未充磁品：以紙盒分隔包裝，外箱標示品名、牌號、數量；
2. 已充磁品：同極相斥排列，以鐵片屏蔽，外箱距表面2.1 m處磁場須符合空運規定；
3. 精密件：以吸塑盤單件包裝，防止碰撞缺角；
4. 每箱附裝箱單及出貨檢驗報告。
""", before='---\n\n### 〔內部參考')

# ---- controlled en padding
pad('hn-050.md', """## 9. Case study: canned circulator pump, 140 °C water-glycol
A European pump maker replaced bonded ferrite in a wet-rotor circulator with sintered NdFeB to reach the EU ErP energy-efficiency index ≤ 0.20. Requirements: rotor magnet temperature up to 110 °C steady and 140 °C during dry-run, encapsulation in a stainless can, 15-year life. Our recommendation was 42SH arc segments with Ni-Cu-Ni + epoxy, 8 poles, magnetised after assembly. The customer validated demagnetisation at 150 °C locked-rotor current and ran 5,000 h endurance in 95 °C water-glycol with no measurable flux loss (< 0.5 %).

## 10. Case study: rotary compressor, R32
An air-conditioner maker needed a thinner magnet (2.8 mm) for a new compact compressor motor. With N-grade material the demagnetisation margin at 150 °C was negative. A grain-boundary-diffused 45UH grade with phosphate passivation met the field requirement; autoclave compatibility with R32/POE for 1,000 h at 150 °C was confirmed by the supplier and by the customer's lab.

## 11. Glossary
* **Br** — remanence; the flux density left in a closed-circuit magnet after magnetisation.
* **HcJ** — intrinsic coercivity; resistance to demagnetisation.
* **Hk/HcJ** — squareness; higher is better for high-temperature stability.
* **Pc** — permeance coefficient; the operating point determined by geometry.
* **GBD** — grain-boundary diffusion; a supplier technology that concentrates heavy rare earths near grain boundaries.
* **PCT/HAST** — accelerated corrosion tests in pressurised steam.
""", before='---\n\n### [INTERNAL')

pad('hn-053.md', """## Detailed responsibilities, magnet maker A (2019–2025)
* Daily production meeting for powder, pressing and sintering sections; review of yield, scrap, furnace utilisation and customer complaints.
* Owner of 42 process documents (work instructions, control plans, PFMEA) for the sintering and GBD areas; led annual PFMEA review with quality and maintenance.
* Planned furnace loading for 28 sintering furnaces and 12 tempering furnaces (≈ 2,600 t/yr) using MES; reduced furnace idle time by 9 %.
* Customer technical interface for three European Tier-1s: PPAP submissions, change notifications, 8D reports.
* Trained 60+ new operators per year; wrote the section exams for powder and sintering.
* Cost-down projects: argon recovery for gas quench (−18 % Ar consumption), Mo boat life extension (+35 %), Y2O3 anti-sticking powder recycling.

## Detailed responsibilities, magnet maker B (2016–2019)
* Shift process engineer for four strip-casting furnaces and three HD furnaces; daily flake quality checks (thickness, α-Fe, microstructure).
* Participated in commissioning of two new 600 kg strip casters (mechanical completion, dry runs, first melts, acceptance).
* Set up the metallography lab for flake inspection (optical microscopy, SEM).
* Safety: hydrogen system HAZOP participant; wrote the HD area emergency procedure.

## Publications and patents
* Wang L. et al., "Effect of flake microstructure on coercivity of sintered Nd-Fe-B", domestic journal, 2017.
* Wang L. et al., "Oxygen control in jet-milled Nd-Fe-B powder", domestic conference, 2021.
* 3 Chinese utility-model patents (co-inventor) on powder transfer containers.

## Why I am looking for a new role
I want to help build a new magnet plant outside China and to grow into a plant-technical-manager role. I am open to relocation to Germany, Estonia, France or the United States.
""", before='## Additional: project list')

pad('hn-055.md', """**Slide 4A — About our company**
Founded in 1998, we are a specialist maker of high-temperature permanent magnets. 420 employees, two halls (B: NdFeB finishing; C: SmCo). Certified to ISO 9001, AS9100D (aerospace) and IATF 16949. 70 % of Hall C output is exported.

**Slide 4B — Organisation of Hall C**
Hall manager; process engineering (4 engineers); quality (3 inspectors per shift); maintenance (6 technicians); four operating shifts of 9 people. Your shift leader is your first contact for every question.

**Slide 4C — 5S and housekeeping**
Sort, set in order, shine, standardise, sustain. Powder spills must be cleaned immediately with the wet vacuum — never sweep dry SmCo powder. Tools back on the shadow board at shift end. Weekly 5S audit; the results are posted on the board at the hall entrance.

**Slide 4D — Traceability**
Each melt gets a melt number; each powder batch a powder number; each furnace load a load number. The barcode on your tray links all three. Scan at every step — missing scans block shipment.

**Slide 4E — Documents you will use**
Work instructions (WI) at each station, batch cards, furnace program sheets, non-conformance tags. If a WI does not match what you see on the machine, stop and call the shift leader.

**Slide 4F — Reporting problems**
Use the red tag for suspect material, the yellow card for near-misses. No blame for reporting. Last year 140 near-miss reports led to 38 improvements.

**Slide 5A — Measurement units on the HMI**
Temperatures in °C, pressures in Pa or kPa (vacuum) and MPa (presses, CIP), fields in tesla (T), times in h:min. Oxygen analysers display ppm.
""", before='**Slide 6 — Process overview**')

pad('hn-061.txt', """
-----Original Message-----
From: Zhou Fang <zhoufang@supplier-z.example>
Sent: Wednesday, 4 June 2025 10:02
To: Daniel Fischer
Subject: Price adjustment notice Q3 2025 — magnets for KM-MAG-22 series

Dear Mr. Fischer,

Due to the significant increase of Tb metal prices (+38 % since February) and the additional cost and lead time caused by the export licence procedure for products containing Tb and Dy, we have to adjust the price for the following part numbers from 1 July 2025:

  KM-MAG-22-4.2 (48UH, 22.0 x 4.2 x 13.3 mm, phosphated): EUR 0.412 -> EUR 0.449 /pc
  KM-MAG-22-5.0 (48UH, 22.0 x 5.0 x 13.3 mm, phosphated): EUR 0.488 -> EUR 0.532 /pc
  KM-MAG-18-3.8 (45SH, 18.0 x 3.8 x 40.0 mm, epoxy):      EUR 0.705 -> EUR 0.762 /pc

Delivery schedule: licence for Q3 volumes was granted on 28 May (licence no. on file with your logistics). Shipments continue as planned by sea (Ningbo - Hamburg, 32 days) with air freight for the July bridge quantity.

We appreciate your understanding and long-term cooperation.

Best regards,
Zhou Fang
Key Account Manager Europe, Supplier Z

-----Original Message-----
From: Daniel Fischer
Sent: Tuesday, 27 May 2025 08:15
To: Zhou Fang
Subject: Delivery plan June/July and licence status

Dear Ms. Zhou,

Could you please confirm the status of the export licence for the Q3 volumes and the June/July delivery plan? Our rotor line in Schweinfurt has only 9 days of safety stock for KM-MAG-22-4.2. If the licence is delayed we need an air-freight bridge of at least 300,000 pcs.

Also please send the end-user statement form if anything changed in the procedure.

Thank you and best regards,
Daniel
""")

pad('hn-062.md', """## Annex 2 — Recommended maintenance plan after hand-over (customer's maintenance team)

| Equipment | Task | Interval | Acceptance |
|---|---|---|---|
| Sintering furnaces | leak-up rate test, cold & empty | monthly | ≤ 0.5 Pa/h |
| Sintering furnaces | TUS at reference temperatures | quarterly | ±5 °C / ±3 °C |
| Sintering furnaces | heating-element resistance check | every 500 cycles | drift ≤ 10 % |
| Sintering furnaces | door O-ring replacement | 12 months | — |
| Vacuum pumps | oil change (rotary vane), filter | 2,000 h | — |
| Dry screw pumps | overhaul | 8,000 h | OEM |
| HD furnace | H2 line pressure-decay test | 6 months | ≤ 1 % in 30 min |
| HD furnace | H2 detector calibration | 3 months | alarm at 10 % LEL |
| Jet mill | nozzle inspection | 1,000 h | wear ≤ 0.3 mm |
| Jet mill | O2 analyser calibration | monthly | ±2 ppm |
| Presses | coil insulation test | 12 months | ≥ 100 MΩ at 2.5 kV |
| Presses | die-cavity field survey | 6 months | ±3 % of reference |
| Glove-boxes | glove replacement, leak test | 3 months | ≤ 0.05 vol %/h |

## Annex 3 — References
* VDI 3822-style failure analysis of heating elements (internal guideline VTS-G-12)
* AMS 2750 (used as guidance for TUS methodology; customer is not an aerospace supplier)
* OEM manuals of furnace, pump and jet-mill manufacturers (customer copies)
* Customer RFQ-L2-2025 with acceptance targets
""")

# ---- clear short-doc padding
pad('hn-002.md', """## 九、常见问答
**问：N52是不是最好的？** 答：N52剩磁最高，但耐温最差，仅适合常温应用；高温电机应选SH、UH等高矫顽力牌号。
**问：镀层能否省略？** 答：钕铁硼极易氧化，除密封转子内部外，一般均需镀层。
**问：为什么同一牌号不同厂家价格差别大？** 答：牌号并非统一标准，不同供应商的实际性能、一致性和质量保证能力不同，应比较出厂检验报告而非名称。
""")

r4 = rng(404)
pad('hn-004.txt', "附表：出貨檢驗報告格式（供應商每批填寫）\n" + md_table(['項目', '規格', '樣本數', '實測最小', '實測最大', '判定'], [
    ('Br (T)', '1.28–1.33', 3, f'{r4.uniform(1.29, 1.30):.3f}', f'{r4.uniform(1.31, 1.32):.3f}', 'OK'), ('HcJ (kA/m)', '≥1592', 3, r4.randint(1620, 1660), r4.randint(1680, 1720), 'OK'),
    ('(BH)max (kJ/m³)', '318–342', 3, r4.randint(320, 326), r4.randint(330, 338), 'OK'), ('外弧R', '22.50±0.05', 32, '22.47', '22.53', 'OK'),
    ('內弧r', '18.50±0.05', 32, '18.46', '18.53', 'OK'), ('弧角', '45°±0.3°', 32, '44.8°', '45.2°', 'OK'), ('長度L', '30.00±0.05', 32, '29.97', '30.03', 'OK'),
    ('厚度', '4.00±0.05', 32, '3.97', '4.03', 'OK'), ('鍍層厚度 (µm)', '10–20', 5, '12.1', '17.8', 'OK'), ('鹽霧48 h', '無紅鏽', 5, '—', '—', 'OK'),
    ('表面磁通 (T)', '≥0.39', 32, '0.395', '0.412', 'OK')]) + "\n備註：供應商須保存檢驗原始記錄至少五年，本公司得隨時調閱；本公司稽核僅限產品品質及檢驗能力，不涉及供應商製程配方。\n")

pad('hn-007.md', "## 八、产品规格一览\n" + md_table(['型号', 'CeO2/TREO', 'D50 (µm)', 'D97 (µm)', '比表面积 (m²/g)', '推荐用途', '包装'], [
    ('XT-CeO-0.8', '≥99%', '0.8', '≤2.5', '6–8', '精密光学、硬盘基板', '10 kg袋'), ('XT-CeO-1.3', '≥65%', '1.3', '≤4.0', '4–6', '盖板玻璃、镜片', '25 kg袋'),
    ('XT-CeO-2.0', '≥60%', '2.0', '≤6.0', '3–4', '平板玻璃、镜面', '25 kg袋'), ('XT-CeO-L30', '≥65%', '1.3', '≤4.0', '—', '30%预分散料浆', '200 L桶')]) + """
## 九、质量证明文件
每批产品附质量证明书，包括化学成分（TREO、CeO2/TREO、F、SiO2、CaO、Fe2O3）、粒度分布（激光粒度仪）、比表面积、水分及抛光试验结果（标准玻璃去除率）。客户可凭批号查询。

## 十、运输与储存
本品为非危险品，可按普通货物运输；运输过程中防止受潮、破包。开袋后未用完的粉末须扎紧袋口。料浆产品应在0 ℃以上储存，防止冻结；使用前充分搅拌。
""")

pad('hn-009.txt', """
附表二：台架老化后催化剂性能验证结果（某国六车型，供应商A、B对比）
| 项目 | 供应商A | 供应商B | 要求 |
| CO T50 (℃) | 238 | 251 | ≤260 |
| HC T50 (℃) | 262 | 270 | ≤280 |
| NOx T50 (℃) | 255 | 266 | ≤280 |
| OSC老化后 (µmol O2/g) | 312 | 276 | ≥250 |
| 背压 (kPa) | 10.8 | 11.5 | ≤12 |
| WLTC排放CO (mg/km) | 182 | 215 | ≤500 |
| WLTC排放NMHC (mg/km) | 21 | 26 | ≤35 |
| WLTC排放NOx (mg/km) | 14 | 19 | ≤35 |

附录：术语
TWC：三效催化剂；OSC：储氧能力；T50：转化率达到50%时的温度；SBC：标准台架循环；CCC：紧耦合催化器；FCC：流化催化裂化；REY/REUSY：稀土Y型/超稳Y型分子筛；MAT：微反活性。

说明：本手册所列数据为选型验证数据，催化剂配方及涂覆工艺属供应商技术，不在本手册范围内。
""")

pad('hn-014.md', """## 八、常见问题解答

**问1：我公司向德国客户出口钕铁硼磁体，需要申请1E902技术出口许可吗？**
答：出口磁体属于货物出口，是否需要许可应依据两用物项出口管制清单中对相关货物的规定判断；第62号公告针对的是技术及其载体。单纯的产品出口、随货提供的产品规格书和检验报告一般不构成技术出口，但如随附工艺文件则需审查。

**问2：外方客户来厂审核时参观生产线，是否属于“出口”？**
答：公告所称出口包括在境内向外国组织或个人提供技术。审核过程中如展示工艺参数、作业指导书或允许拍照记录关键工序设定值，可能构成技术提供，建议事先制定审核接待规程，明确可展示和不可展示的信息范围。

**问3：我们聘请的外籍工程师能否参与磁材工艺开发？**
答：雇佣或聘用是公告列明的提供方式之一。外籍员工接触受控技术前，应评估是否需要申请许可。

**问4：向境外专利代理机构提供申请文件是否受限？**
答：普通专利申请所必需的技术不适用本公告，但应限于申请所必需的内容。

**问5：已经公开发表的论文内容是否受控？**
答：已进入公共领域的技术不适用本公告。企业内部文件即便引用了公开论文，其本身仍可能属于受控载体。
""", before='## 七、法律责任')

pad('hn-017.txt', """
【公司简介】
公司成立于2012年，位于赣州经济技术开发区，是一家专业从事高性能烧结钕铁硼永磁材料研发、生产和销售的国家高新技术企业，产品广泛应用于新能源汽车、风力发电、节能家电、工业电机等领域。公司现有员工1200余人，拥有省级企业技术中心和博士后科研工作站。

【同时招聘】
1. 设备工程师（真空设备方向）2名：负责熔炼、烧结等真空设备的维护管理，熟悉真空泵、PLC者优先；
2. 质量工程师2名：负责客户质量对接、PPAP、8D报告，熟悉IATF 16949；
3. 磁性能检测员3名：负责磁性能测试与数据记录，大专以上学历；
4. 储备干部（应届生）10名：材料、冶金、机械、自动化等专业，提供系统培训和轮岗。

【面试流程】
简历筛选 → 电话沟通 → 现场面试（技术面+HR面）→ 背景调查 → 发放录用通知。面试地点：公司综合楼三楼人力资源部。
""")

pad('hn-019.txt', """
项目经历
2015　萃取车间DCS改造：参与需求编写和调试，负责操作画面与报警设置的用户确认。
2017　车间安全标准化二级达标：负责车间级文件整理、现场整改跟踪。
2019　新员工技能培训体系建设：编写岗位应知应会题库，组织技能比武。
2021　废水回用项目：协助设计单位收集水质数据，跟踪施工和验收，回用率提升至85%。
2023　MES系统上线：萃取工序数据采集模块的需求编写和用户测试。

证书
注册安全工程师；中级工程师（冶金）；ISO 14001内审员。

兴趣爱好
长跑、摄影。
""", before='个人评价')

pad('hn-021.md', """## 10 附表：B样试验结果汇总
| 编号 | 空载反电势偏差 | 额定效率 (%) | 温升 (K) | 振动 (mm/s) | 噪声 dB(A) | 结论 |
|---|---|---|---|---|---|---|
| PM15-001 | +0.8% | 95.9 | 68 | 1.2 | 62 | 合格 |
| PM15-002 | −0.5% | 95.7 | 70 | 1.4 | 63 | 合格 |
| PM15-003 | +1.1% | 95.8 | 69 | 1.1 | 62 | 合格 |
| PM15-004 | −1.6% | 95.6 | 71 | 1.6 | 64 | 合格 |
| PM15-005 | +0.2% | 95.9 | 67 | 1.3 | 62 | 合格 |

## 11 风险与措施
1. 磁钢供应风险：已导入两家合格供应商，签订年度框架协议；
2. 磁钢价格波动：与采购部协商价格联动机制；
3. 高温退磁风险：增加短路退磁试验样本数量至5台。
""")

pad('hn-023.md', """## 八、附表：磁極模組履歷卡（格式）

| 欄位 | 內容 |
|---|---|
| 模組編號 | WG36-PM-XXX |
| 磁鋼批號 | 依供應商出貨單 |
| 磁鋼數量 | 30 片 |
| 膠水批號／塗佈時間 | — |
| 灌封樹脂批號／固化時間 | — |
| 表面磁場 9 點實測值 (mT) | — |
| 平均值／最大偏差 | — |
| 作業員／檢驗員 | — |
| 判定 | 合格／不合格 |

## 九、參考文件
1. WG-3.6 轉子總成圖 WG36-RT-000；
2. 磁鋼採購規格書 PS-MG-N38SH-80；
3. 強磁作業安全規範 SF-MAG-01；
4. 不合格品管制程序 QP-NC-01。
""")

pad('hn-027.md', """## 9. 附表：IQC 檢驗記錄表（格式範例）

| 日期 | 料號 | 供應商 | 批號 | 數量 | 抽樣數 | Br | HcJ | 尺寸 | 鍍層 | 外觀 | 判定 | 檢驗員 |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
| 2025/03/04 | TPM-MG-4512-A | A | 250301 | 5,000 | 80 | 1.305 | 1,662 | OK | 14.2 µm | OK | 合格 | 林 |
| 2025/03/06 | TPM-MG-2010-B | B | 250227 | 8,000 | 125 | 1.392 | 1,401 | OK | 12.8 µm | OK | 合格 | 陳 |
| 2025/03/11 | TPM-MG-4512-A | C | 250305 | 5,000 | 80 | 1.284 | 1,598 | 2件超差 | 15.0 µm | OK | 退貨 | 林 |
| 2025/03/14 | TPM-SC-0625 | D | 250310 | 2,000 | 50 | 1.041 | 1,532 | OK | 無鍍層 | OK | 合格 | 黃 |
| 2025/03/18 | TPM-FE-3012 | E | 250315 | 10,000 | 125 | 0.392 | 238 | OK | — | 缺角1件 | 合格 | 陳 |

## 10. 相關文件
QP-SCAR-002 供應商矯正措施程序；QP-NC-001 不合格品管制程序；WI-IQC-BH-01 磁滯回線儀操作說明；WI-IQC-SS-02 鹽霧試驗操作說明。
""", before='## 8. 附則')

r31 = rng(310)
pad('hn-031.txt', "附表：萃取运行记录表（2024年12月第3周，白班）\n" + md_table(['日期', '料液V (g/L)', '料液pH', '萃余液V (g/L)', '负载有机V (g/L)', '反萃液V (g/L)', '相比O/A（萃取）', '记录人'], [
    (f'12-{d}', round(r31.uniform(3.2, 4.6), 2), round(r31.uniform(2.0, 2.5), 2), round(r31.uniform(0.02, 0.05), 3), round(r31.uniform(6.5, 8.8), 2), round(r31.uniform(26, 34), 1), '1:2', r31.choice(['周', '钱', '吴'])) for d in range(16, 23)]) +
    "\n附：沉钒工序日产V2O5 1.8–2.3 t，产品V2O5 98.2%–98.9%，全流程钒回收率约78%。\n", before='编制：刘建华')

pad('hn-032.md', """## 八、附表：解吸液及產品分析（ICP-OES／GD-MS）

| 批次 | 解吸液 Ga (g/L) | 解吸液 V (g/L) | 解吸液 Al (g/L) | 粗鎵 Ga (%) | 4N鎵 Fe (ppm) | 4N鎵 Zn (ppm) | 4N鎵 Pb (ppm) |
|---|---|---|---|---|---|---|---|
| P3-01 | 1.82 | 0.46 | 2.1 | 99.6 | 8 | 12 | 3 |
| P3-02 | 1.95 | 0.51 | 2.3 | 99.7 | 6 | 9 | 2 |
| P3-03 | 1.88 | 0.58 | 2.0 | 99.5 | 11 | 14 | 4 |
| P3-04 | 1.79 | 0.62 | 2.2 | 99.6 | 7 | 10 | 3 |

## 九、經濟評估（年產30噸規模，初估）
總投資約新台幣4.2億元；鎵價以每公斤US$350計，年營收約新台幣3.3億元，投資回收期約4.5年。主要敏感因素為鎵價及母液鎵濃度。
""")

pad('hn-035.md', """## 八、教学日历（2025–2026学年第一学期）
| 周次 | 教学内容 | 形式 |
|---|---|---|
| 1 | 绪论 | 讲授 |
| 2–3 | 稀土元素化学 | 讲授、讨论 |
| 4–5 | 稀土矿物与选矿概论 | 讲授、视频 |
| 6–7 | 精矿分解原理 | 讲授 |
| 8–10 | 溶剂萃取原理 | 讲授、习题课 |
| 11 | 离子交换与色层分离 | 讲授 |
| 12–13 | 稀土金属制备原理 | 讲授 |
| 14–15 | 稀土功能材料概论 | 讲授、专题报告 |
| 16 | 二次资源与环境 | 讨论 |
| 9、12、15 | 实验（三次） | 实验室 |
| 17 | 复习与考试 | — |

## 九、课程目标达成评价
通过作业、实验报告和期末考试分别评价各课程目标的达成度，达成度低于0.7的目标在下一轮教学中改进。
""", before='大纲执笔人')

r40p = rng(401)
pad('hn-040.tsv', '\n'.join(['', '本周市场简评', '氧化镨钕：分离厂惜售，贸易商报价坚挺，下游磁材企业按需采购，成交价小幅上行。',
    '镝铽：缅甸原料到港减少，重稀土价格高位运行，海外询价增加。', '镧铈：供应宽松，价格低位持稳。', '钕铁硼废料：回收企业开工率提升，油泥价格跟随氧化镨钕上涨。', '',
    '港口库存（吨，实物量）\t' + '\t'.join(f'2025-W{w}' for w in range(36, 44)),
    '缅甸混合碳酸稀土（腾冲口岸）\t' + '\t'.join(str(r40p.randint(800, 2400)) for _ in range(8)),
    '老挝混合碳酸稀土\t' + '\t'.join(str(r40p.randint(100, 600)) for _ in range(8)),
    '独居石精矿（进口）\t' + '\t'.join(str(r40p.randint(2000, 6000)) for _ in range(8))]))

pad('hn-042.txt', """
【延伸閱讀】
▸ 日本商社加碼澳洲稀土　確保重稀土長期供應
日本雙日與JOGMEC再度增資澳洲稀土業者，取得鏑、鋱長期承購權，以因應汽車業者對高矯頑力磁石的需求。

▸ 歐盟公布首批關鍵原料戰略計畫
歐盟執委會公布47項戰略計畫，其中多項涉及稀土分離及磁材製造，預計可獲得加速審批與融資支持。

▸ 國內馬達業者：稀土價格波動　影響報價策略
國內多家馬達業者表示，磁石占馬達成本比重約15%至30%，稀土價格劇烈波動使報價難度增加，部分業者已與客戶協商價格聯動機制。

▸ 經濟部：推動稀土回收基礎研究
經濟部表示，將透過學研計畫支持廢馬達、廢硬碟中稀土磁石之回收基礎研究，並鼓勵國內業者與國際夥伴合作。
""", before='（責任編輯')

r44 = rng(440)
pad('hn-044.md', "## 八、附表：电解槽日报（节选，2025年4月8日，A区）\n" + md_table(['槽号', '槽龄 (天)', '平均电压 (V)', '电解温度 (℃)', '分子比', '电解质水平 (cm)', '铝水平 (cm)', '效应 (次)', '出铝量 (kg)'], [
    (f'A{n:03d}', r44.randint(200, 1900), round(r44.uniform(3.88, 4.06), 3), r44.randint(943, 958), round(r44.uniform(2.33, 2.52), 2), r44.randint(17, 23), r44.randint(21, 27), r44.choice([0, 0, 0, 0, 1]), r44.randint(3000, 3100)) for n in range(101, 119)]), before='编制：电解工艺室')

pad('hn-022.md', """## Appendix B — Block flux classification record (example, lot NDB-50-2503)

| Class | Flux range vs lot mean | Count | Positions used |
|---|---|---|---|
| A | +0.3 … +1.0 % | 402 | outer rings 9–12 |
| B | −0.3 … +0.3 % | 781 | rings 4–8 |
| C | −1.0 … −0.3 % | 353 | rings 1–3 |
| Reject | outside ±1.0 % or damaged | 12 | returned to supplier |

## Appendix C — Field map summary after final shim (serial PM05-0117)

| Harmonic | Before shim (ppm) | After shim (ppm) |
|---|---|---|
| Z1 | 412 | 1.8 |
| Z2 | −1,260 | −3.5 |
| X1 | 88 | 0.9 |
| Y1 | −64 | 1.1 |
| Z4 | 310 | 4.2 |
| C22 / S22 | 45 / −38 | 0.6 / −0.8 |
| Peak-to-peak, 40 cm DSV | 2,940 | 17.6 |
""")

r29p = rng(291)
pad('hn-029.md', "## 十一、附表：P204除杂段日运行数据（摘录）\n" + md_table(['日期', '料液Fe (mg/L)', '料液Zn (mg/L)', '料液Mn (g/L)', '萃余液Fe (mg/L)', '萃余液Zn (mg/L)', '萃余液Mn (mg/L)', '平衡pH', '洗涤酸 (mol/L)'], [
    (f'7月{d}日', r29p.randint(5, 30), r29p.randint(80, 200), round(r29p.uniform(1.5, 3.2), 2), round(r29p.uniform(0.1, 1.0), 2), round(r29p.uniform(0.2, 1.5), 2), round(r29p.uniform(0.5, 3.0), 1), round(r29p.uniform(2.6, 3.1), 2), round(r29p.uniform(0.8, 1.2), 2)) for d in range(1, 32)]), before='编制：王立新')



# ---- second padding pass (length targets)
def gtab(seed, headers, fn, n):
    r = rng(seed)
    return md_table(headers, [fn(r, i) for i in range(n)])

MONTHS_ZH = [f'{m}月' for m in range(1, 13)]
ops_zh = lambda seed, title: f"### {title}\n" + gtab(seed, ['月份', '产量（吨）', '销量（吨）', '一次合格率', '客户投诉（件）', '综合能耗（吨标煤）', '安全隐患整改（项）', '设备完好率'],
    lambda r, i: (MONTHS_ZH[i], r.randint(1800, 2600), r.randint(1700, 2600), f'{r.uniform(96.5, 99.3):.1f}%', r.randint(0, 6), r.randint(3000, 5200), r.randint(40, 140), f'{r.uniform(96, 99.5):.1f}%'), 12)

pad('hn-012.md', ops_zh(1201, '附表：样本企业2024年月度经营数据（汇总，来源：企业调研）'), before='## 免责声明')
pad('hn-037.md', ops_zh(3701, '附：2024年月度生产与安全环保数据') + '\n' + ops_zh(3702, '附：2023年月度生产与安全环保数据（对比）'), before='## 附录一：GRI内容索引')
pad('hn-047.md', ops_zh(4701, '附：2024年月度生产与安全环保数据'), before='## 附件一：GRI内容索引')
pad('hn-049.md', "### 上市公司2024年财务指标对比\n" + gtab(4901, ['企业', '营业收入（亿元）', '归母净利润（亿元）', '毛利率', '资产负债率', '研发费用率', '存货周转天数'],
    lambda r, i: (['北方稀土', '中国稀土', '盛和资源', '广晟有色', '金力永磁', '宁波韵升', '正海磁材', '中科三环'][i], round(r.uniform(20, 330), 1), round(r.uniform(-2, 12), 2), f'{r.uniform(5, 20):.1f}%', f'{r.uniform(20, 60):.1f}%', f'{r.uniform(1, 6):.1f}%', r.randint(60, 200)), 8), before='## 八、调研纪要')
pad('hn-022.md', """## Appendix D — Torque record (column bolts, M36 10.9)

| Bolt | Pass 1 (N·m) | Pass 2 (N·m) | Pass 3 (N·m) | Checked by |
|---|---|---|---|---|
""" + ''.join(f'| C{c}-{b} | 800 | 1,600 | 2,200 | QA-{(c * 7 + b) % 5 + 1} |\n' for c in range(1, 3) for b in range(1, 9)))
pad('hn-029.md', "## 十二、附表：主要设备清单\n" + md_table(['设备', '规格', '数量', '材质', '投用时间'], [('混合澄清槽（P204段）', '有效容积6 m³/级，12级', 1, 'PP/FRP', '2021-06'), ('混合澄清槽（P507段）', '有效容积8 m³/级，24级', 1, 'PP/FRP', '2021-06'),
    ('混合澄清槽（Cyanex 272段）', '有效容积6 m³/级，16级', 1, 'PP/FRP', '2022-03'), ('除油塔', 'Φ2.4×8 m', 2, '316L', '2021-06'), ('活性炭过滤器', 'Φ2.0×4 m', 3, '316L衬胶', '2021-06'),
    ('有机相储罐', '100 m³', 4, '碳钢衬塑', '2021-06'), ('液碱计量泵', '0–2 m³/h', 4, '—', '2021-06')]), before='编制：王立新')
pad('hn-043.md', "## 13. Kiln K2 daily check sheet (example, 2024-12-03) / 窑炉日点检表\n" + gtab(4301, ['Time 时间', 'Z6 (°C)', 'Z8 (°C)', 'Z10 (°C)', 'Push interval (min)', 'Exhaust O2 (%)', 'Fan current (A)', 'Operator 操作工'],
    lambda r, i: (f'{i * 2:02d}:00', 1120 + r.randint(-3, 3), 1225 + r.randint(-3, 3), 1235 + r.randint(-3, 3), round(r.uniform(0.9, 1.1), 2), round(r.uniform(15, 18), 1), round(r.uniform(42, 48), 1), r.choice(['张', '李', 'Müller'])), 12))

# clear zh short docs
pad('hn-004.txt', "附件：承認樣品量測數據（5件）\n" + gtab(4041, ['樣品', 'Br (T)', 'HcJ (kA/m)', '外弧R', '內弧r', '長度L', '鍍層 (µm)'],
    lambda r, i: (f'S{i + 1}', round(r.uniform(1.295, 1.318), 3), r.randint(1620, 1710), round(22.5 + r.uniform(-0.03, 0.03), 3), round(18.5 + r.uniform(-0.03, 0.03), 3), round(30 + r.uniform(-0.03, 0.03), 3), round(r.uniform(11, 18), 1)), 5))
pad('hn-007.md', "## 十一、抛光试验对比（标准钠钙玻璃，双面机，100 g/cm²，50 r/min，30 min）\n" + gtab(701, ['型号', '浓度 (°Bé)', '去除量 (µm)', '去除率 (µm/min)', '表面粗糙度Ra (nm)', '划伤（个/片）'],
    lambda r, i: (['XT-CeO-0.8', 'XT-CeO-1.3', 'XT-CeO-2.0', '竞品A', '竞品B'][i], r.choice([8, 10, 12]), round(r.uniform(18, 42), 1), round(r.uniform(0.6, 1.4), 2), round(r.uniform(0.4, 1.2), 2), r.randint(0, 3)), 5))
pad('hn-009.txt', "\n附表三：催化剂采购清单（2025年度）\n" + gtab(901, ['零件号', '车型', '载体规格', '体积 (L)', 'Pd (g/L)', 'Rh (g/L)', '年用量（件）'],
    lambda r, i: (f'CAT-{2501 + i}', r.choice(['A1', 'B2', 'C3', 'D1']), r.choice(['600/3', '400/4']), round(r.uniform(0.9, 1.8), 2), round(r.uniform(3, 6), 2), round(r.uniform(0.2, 0.4), 2), r.randint(20000, 180000)), 6))
pad('hn-014.md', """## 九、企业自查清单
1. 是否存在涉及稀土开采、冶炼分离、金属冶炼、磁材制造、二次资源回收利用的技术资料？存放在哪些系统？
2. 是否有外籍员工、外方股东、境外关联公司可以访问上述资料？
3. 近三年是否有对外技术合作、技术许可、技术服务合同？
4. 客户审核、参观接待是否有信息披露控制流程？
5. 离职员工是否签署保密及出口管制承诺？
6. 是否指定出口管制合规负责人并建立内部合规制度？
""", before='## 七、法律责任')
pad('hn-017.txt', """
【薪酬结构说明】
基本工资 + 岗位津贴 + 绩效奖金 + 年终奖。试用期3个月，试用期工资为转正工资的90%。工作满一年后每年调薪一次，优秀员工可参加技术职称和技能等级评定，享受对应补贴。

【培训与发展】
新员工入职后进行为期两周的集中培训（公司制度、安全、质量体系、产品知识），之后由部门安排导师带教。公司设立技术和管理双通道晋升体系：助理工程师 → 工程师 → 高级工程师 → 主任工程师；班组长 → 工段长 → 车间主任 → 部门经理。

【工作环境】
生产车间恒温恒湿，粉尘区域配备集中除尘；员工宿舍为两人间，配空调、热水器、独立卫生间；食堂提供三餐；厂区有篮球场、健身房。

【联系方式】
联系人：人力资源部 陈女士　电话：0797-XXXXXXX
""")
pad('hn-019.txt', """
培训经历
2016　稀土湿法冶金新技术研修班（中国稀土学会）
2018　安全生产管理人员培训（应急管理部门）
2020　精益生产与TPM（公司内部）
2022　数字化工厂与MES应用（外部培训机构）
2024　出口管制合规基础（公司法务部）

期望待遇
期望年薪：面议；希望提供住房补贴或宿舍；可接受出差。

附：工作业绩（摘要）
· 车间连续五年无重伤以上事故；
· 主持制定车间级管理制度12项；
· 指导培养技术员5名、班组长8名；
· 作为主要参与人获得公司科技进步奖2项、合理化建议奖10余项。
""", before='个人评价')
pad('hn-021.md', "## 12 附表：磁钢来料抽检记录（样机批次）\n" + gtab(2101, ['批号', '供应商', 'Br (T)', 'HcJ (kA/m)', '尺寸合格', '镀层 (µm)', '判定'],
    lambda r, i: (f'M25{i + 10:03d}', r.choice(['A', 'B']), round(r.uniform(1.27, 1.31), 3), r.randint(1600, 1720), '是', round(r.uniform(11, 18), 1), '合格'), 6))
pad('hn-023.md', "## 十、附表：磁鋼來料抽測記錄（範例）\n" + gtab(2301, ['批號', '抽測數', '磁通平均 (mWb)', '最大偏差', '塗層厚度 (µm)', '判定'],
    lambda r, i: (f'N38SH-25{i + 1:03d}', 86, round(r.uniform(3.41, 3.47), 3), f'{r.uniform(0.5, 1.4):.1f}%', round(r.uniform(15, 24), 1), '合格'), 6))
pad('hn-027.md', "附：磁特性量測環境要求：溫度 20 ± 2 ℃，樣品放置 2 小時以上達熱平衡；量測前以標準樣品校驗，偏差超過 ±1% 時停止量測並通知計量室。", before='## 9. 附表')
pad('hn-031.txt', """8 相关文件
FT-WI-V-05　浸出工序作业指导书
FT-WI-V-06　中和还原工序作业指导书
FT-WI-V-08　沉钒煅烧工序作业指导书
FT-AQ-03　有机溶剂储存和使用安全管理规定
FT-HJ-02　萃余液回用与废水处理管理规定

9 术语
O/A：有机相与水相体积流量比；萃余液：萃取后的水相；负载有机相：萃取钒后的有机相；反萃：用酸将钒从有机相转移到水相的过程；三相物：在两相界面形成的乳化物。
""", before='附表：萃取运行记录表')
pad('hn-032.md', """## 十、後續工作
1. 樹脂壽命測試：目前已累計吸附–解吸循環 420 次，容量衰減約 12%，持續追蹤至 1,000 次；
2. 電解槽放大設計：由 500 A 中試槽放大至 3,000 A 工業槽，需重新評估電流分佈與槽體材質；
3. 產品認證：送樣兩家化合物半導體客戶進行 4N 鎵驗證；
4. 法規：確認鎵產品出口管制分類及所需許可文件。
""")
pad('hn-035.md', "## 十、实验项目及要求\n" + md_table(['序号', '实验名称', '学时', '类型', '要求'], [
    (1, '稀土离子的分光光度测定（偶氮胂Ⅲ法）', 2, '验证性', '掌握标准曲线法'), (2, 'P507单级萃取分配比测定', 3, '综合性', '绘制分配比–pH曲线'), (3, '草酸稀土沉淀与灼烧', 3, '综合性', '计算沉淀率与灼减')]) +
    "\n实验安全：实验前须完成实验室安全准入考试；有机溶剂在通风橱内操作；废液分类收集。", before='## 八、教学日历')
pad('hn-040.tsv', '\n'.join(['', '汇率（周五中间价）\t' + '\t'.join(f'{x:.4f}' for x in [7.1286, 7.1301, 7.1265, 7.1198, 7.1120, 7.1084, 7.1052, 7.0998]),
    '出口FOB参考价（美元/公斤）', '氧化镨钕\t' + '\t'.join(str(v) for v in [82.5, 83.1, 84.0, 86.2, 88.9, 91.4, 93.0, 92.6]),
    '氧化镝\t' + '\t'.join(str(v) for v in [340, 345, 352, 360, 372, 385, 390, 388]), '氧化铽\t' + '\t'.join(str(v) for v in [1280, 1300, 1330, 1360, 1410, 1450, 1470, 1460])]))
pad('hn-042.txt', """
【專家觀點】
工研院材化所研究員表示，稀土分離的核心在於大量萃取級的穩定操作與長期累積的經驗，不是單靠採購設備就能完成。越南及其他新興產地若要建立完整供應鏈，除資金外，更需培養本地工程人才與建立環境監管能力。

中經院研究員則認為，各國分散供應來源已成定局，但短期內全球磁石供應仍高度依賴中國。台灣業者應重視回收與材料替代技術，並分散採購來源，以降低風險。

【數據】
全球稀土蘊藏量（美國地質調查局估計）：中國約4,400萬噸、越南約2,200萬噸、巴西約2,100萬噸、俄羅斯約1,000萬噸、印度約690萬噸、澳洲約570萬噸。
""", before='【延伸閱讀】')

# controlled docs, second pass
pad('hn-052.md', "## 15 噪声与振动测试（B样，空载，1 m处）\n" + gtab(5201, ['转速 (r/min)', '声压级 dB(A)', '振动速度 (mm/s)', '主要阶次', '备注'],
    lambda r, i: ([500, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 6000][i], round(r.uniform(48, 68), 1), round(r.uniform(0.4, 1.8), 2), r.choice(['8阶', '16阶', '48阶', '96阶']), ''), 9) +
    "\n结论：各转速下噪声、振动满足技术协议要求（噪声 ≤ 70 dB(A)，振动 ≤ 1.8 mm/s）。\n", before='## 附录A 磁钢图纸要求')
pad('hn-053.md', """## Courses taught internally (2020–2025)

| Course | Audience | Hours | Sessions |
|---|---|---|---|
| Powder handling safety | new operators | 4 | 22 |
| Sintering furnace operation | operators | 8 | 15 |
| Magnetic measurement basics | QC technicians | 6 | 8 |
| SPC for process engineers | engineers | 8 | 5 |
| Customer audit preparation | engineers, supervisors | 4 | 6 |
""", before='## Training attended')
pad('hn-055.md', """**Slide 16A — Glossary for new starters**
Br — remanence; HcJ — intrinsic coercivity; Hk — knee field; CIP — cold isostatic press; HMI — operator screen; NCR — non-conformance report; WI — work instruction.
""", before='**Slide 17')

pad('hn-054.txt', "\n附一：历年车间（部门）主要生产技术指标（本人任职期间）\n" + gtab(5401, ['年度', '处理量（吨REO）', '镨钕回收率', '产品一次合格率', '盐酸单耗（t/t REO）', '皂化剂单耗（t/t REO）', '氨氮排放（mg/L）'],
    lambda r, i: (2012 + i, r.randint(1800, 3100), f'{r.uniform(97.2, 98.8):.1f}%', f'{r.uniform(97, 99.6):.1f}%', round(r.uniform(4.8, 6.2), 2), round(r.uniform(0.9, 1.4), 2), r.randint(3, 15) if i > 6 else r.randint(40, 120)), 13) +
    "\n附二：授课记录（部分）\n" + gtab(5402, ['时间', '课程', '对象', '人数', '学时'],
    lambda r, i: (f'{2016 + i // 2}-{r.randint(1, 12):02d}', ['萃取基本原理', '混合澄清槽操作', '界面乳化处理', '安全操作规程', '产品质量标准', '镁皂化操作', '应急处置', '新员工岗前培训'][i % 8], r.choice(['操作工', '班组长', '技术员', '新员工']), r.randint(12, 60), r.choice([2, 4, 8])), 16) + """
附三：求职信
尊敬的招聘负责人：
您好！我从事稀土冶炼分离工作十六年，经历了从操作岗位到技术管理岗位的全过程，熟悉离子型稀土全分离工艺的设计、调试、运行和优化。我了解到贵公司正在海外建设稀土分离项目，非常希望能够加入团队，发挥我在工艺设计、开车调试和人员培训方面的经验。我能够在短期内编制完整的工艺操作规程并培训当地操作人员，帮助项目尽快达产达标。期待与您进一步沟通。
此致
敬礼！
刘志远
""")

pad('hn-056.md', "\n**附：电解槽运行记录表（样例，B工段12号槽，夜班）**\n" + gtab(5601, ['时间', '电流 (A)', '槽电压 (V)', '温度 (℃)', '加料次数', '加料量 (kg)', '出炉量 (kg)', '异常', '记录人'],
    lambda r, i: (f'{(20 + i) % 24:02d}:00', 6000 + r.randint(-80, 80), round(r.uniform(9.2, 10.3), 1), r.randint(1042, 1058), r.randint(15, 20), round(r.uniform(7.2, 9.6), 1), 12.2 if i % 2 == 1 else '', r.choice(['', '', '', '电压波动，已调整阴极']), r.choice(['李', '王'])), 12) +
    "\n**附：主要设备参数（了解）**\n" + md_table(['设备', '规格', '数量'], [('电解槽', '6 kA圆形，石墨坩埚内径Φ520 mm', 48), ('整流柜', '7 kA/20 V可控硅', 48), ('自动加料器', '螺旋式，0.2–1 kg/次', 48), ('烟气净化', '干法吸附+布袋', 2), ('氩气保护浇铸台', '—', 4), ('红外测温仪', '600–1600 ℃', 8)]) +
    """
**附：安全事故案例学习**
案例1：某厂操作工将未预热的铁钎插入电解质，造成熔盐喷溅，致操作工面部烫伤。教训：工具必须预热，必须佩戴防护面罩。
案例2：某厂漏炉后用水冷却槽体，引发蒸汽爆炸。教训：熔盐和金属区域严禁用水，漏炉按应急预案处理。
案例3：某厂在整流柜带电情况下检修槽上母线，发生触电。教训：检修前必须停电、验电、挂牌上锁。
""")

pad('hn-057.md', "### 九、2024年各月營收\n" + gtab(5701, ['月份', '營收（新台幣千元）', '年增率', '累計營收（新台幣千元）'],
    lambda r, i: (f'{i + 1}月', f'{r.randint(520000, 690000):,}', f'{r.uniform(-12, 18):+.1f}%', '—'), 12) +
    "\n### 十、股權結構（2024年底）\n" + md_table(['股東類別', '持股比例'], [('政府機構', '0.0%'), ('金融機構', '6.8%'), ('其他法人', '31.5%'), ('外國機構及外國人', '18.2%'), ('本國自然人', '43.5%')]), before='## 伍、財務概況')

pad('hn-058.md', "## 十一、標準庫存品尺寸表（部分）\n" + gtab(5801, ['品號', '形狀', '尺寸 (mm)', '牌號', '充磁方向', '最小訂購量', '交期'],
    lambda r, i: (f'SC-{1001 + i}', r.choice(['圓片', '圓柱', '方塊', '環形']), r.choice(['Ø3×1', 'Ø5×2', 'Ø6×2.5', 'Ø8×3', 'Ø10×5', 'Ø12×4', '10×10×5', '20×10×5', '25×25×10', 'Ø20/Ø10×5']),
                  r.choice(['YX-18', 'YX-22', 'YXG-26', 'YXG-30H', 'YXG-22LT']), r.choice(['軸向', '徑向', '厚度方向']), r.choice([100, 200, 500]), r.choice(['現貨', '2週', '4週'])), 24) + """
## 十二、品質保證
本公司所售釤鈷磁石均由合格供應商生產，每批附出貨檢驗報告。本公司實驗室可進行磁特性、尺寸、外觀及高溫不可逆損失測試，客戶亦可指定第三方實驗室複驗。如發現品質問題，請於收貨後30日內提出，本公司將於5個工作天內回覆初步分析結果。
""", before='---\n\n### 〔內部參考')

pad('hn-061.txt', """
-----Original Message-----
From: Daniel Fischer
Sent: Thursday, 15 May 2025 13:40
To: Zhou Fang
Cc: Logistics KraftMotion
Subject: Q3 forecast and packaging change

Dear Ms. Zhou,

Attached our rolling forecast for Q3/Q4 2025 (KM-MAG-22-4.2: 780k pcs/month; KM-MAG-22-5.0: 95k pcs/month; KM-MAG-18-3.8: 40k pcs/month). Please also note that from August we need the magnets in the new returnable trays (drawing KM-PK-07, 200 pcs per tray, 40 trays per pallet) instead of cardboard boxes. The trays will be shipped to you from our packaging supplier in Taicang.

Please confirm capacity and the licence planning for the forecast volumes.

Best regards,
Daniel
""")

pad('hn-063.md', "### 6.1 现金流量预测（万元）\n" + gtab(6301, ['年份', '营业收入', '经营成本', '税金及附加', '所得税', '净现金流量', '累计净现金流量'],
    lambda r, i: (f'第{i + 1}年', 0 if i < 2 else r.randint(80000, 100000), 0 if i < 2 else r.randint(62000, 78000), 0 if i < 2 else r.randint(600, 900), 0 if i < 2 else r.randint(2000, 3500), -r.randint(15000, 20000) if i < 2 else r.randint(9000, 14000), '—'), 10) +
    "\n### 6.2 敏感性分析\n" + md_table(['变动因素', '变动幅度', '税后内部收益率', '投资回收期（年）'], [('产品价格', '−10%', '9.6%', '8.1'), ('产品价格', '+10%', '25.4%', '5.0'), ('原料价格', '+10%', '12.3%', '7.2'), ('原料价格', '−10%', '22.9%', '5.5'), ('建设投资', '+10%', '16.1%', '6.6')]) +
    "\n结论：项目对产品价格和原料价格较为敏感，二者联动时利润空间主要取决于加工价差；建议与原料供应商签订长期协议，并采用价格联动机制。\n", before='## 第七章　风险分析')
pad('hn-063.md', "### 2.4 华东地区主要废料产生企业分布\n" + gtab(6302, ['地区', '磁材企业数量', '年毛坯产量（吨）', '废料产生量（吨）', '其中油泥（吨）'],
    lambda r, i: (['宁波', '杭州', '苏州', '南通', '合肥', '烟台', '东阳'][i], r.randint(5, 60), r.randint(3000, 60000), r.randint(800, 15000), r.randint(500, 9000)), 7), before='## 第三章　政策分析')

pad('hn-065.txt', "\n1.8 设备台账（烧结车间）\n" + gtab(6501, ['设备编号', '名称', '装载量', '投用年份', '上次大修', '累计炉次', '状态'],
    lambda r, i: (f'SJ-{i + 1:02d}' if i < 12 else f'HH-{i - 11:02d}', '真空烧结炉' if i < 12 else '回火炉', '600 kg' if i < 12 else '800 kg', r.randint(2015, 2023), f'2024-{r.randint(6, 8):02d}', r.randint(800, 4200), r.choice(['正常', '正常', '正常', '待修'])), 18), before='第二部分　产品与质量基础')
pad('hn-065.txt', "\n附表　烧结炉日常点检记录（样表，SJ-05，2025年3月）\n" + gtab(6502, ['日期', '班次', '冷却水压力 (MPa)', '进水温度 (℃)', '泵油位', '密封圈', '热电偶偏差 (℃)', '点检人'],
    lambda r, i: (f'3-{i // 3 + 1:02d}', '甲乙丙'[i % 3], round(r.uniform(0.21, 0.29), 2), r.randint(22, 29), '正常', r.choice(['正常', '正常', '已清洁']), r.randint(0, 3), r.choice(['赵', '钱', '孙', '李'])), 24), before='附录　考核题库')


# third pass: fill to target length with context-appropriate generated tables
def pad_to(name, target, title, headers, fn, seed, before=None):
    d = next(x for x in DOCS if x['name'] == name)
    r = rng(seed); rows = []
    while True:
        rows.append(fn(r, len(rows)))
        block = title + '\n' + md_table(headers, rows)
        if len(d['text']) + len(block) + 2 >= target:
            break
    pad(name, block, before)

pad_to('hn-049.md', 6300, '### 主要分离企业产品结构（吨/年，公开资料整理）', ['企业', '氧化镨钕', '氧化镝', '氧化铽', '氧化钇', '其他'],
       lambda r, i: (f'样本企业{i + 1}', r.randint(300, 3000), r.randint(10, 200), r.randint(2, 40), r.randint(50, 800), r.randint(100, 2000)), 4911, before='## 八、调研纪要')
pad_to('hn-052.md', 6300, '## 16 样机装配检验记录（B样）', ['编号', '转子表磁 (mT)', '动平衡残余 (g·mm)', '绝缘电阻 (MΩ)', '耐压', '判定'],
       lambda r, i: (f'PM22-{i + 1:03d}', r.randint(402, 418), round(r.uniform(1.5, 4.5), 1), r.randint(500, 2000), '1800 V/1 min 通过', '合格'), 5202, before='## 附录A 磁钢图纸要求')
pad_to('hn-053.md', 6300, '## Conferences and trade fairs attended', ['Year', 'Event', 'Role'],
       lambda r, i: (2016 + i, ['China Magnet Expo', 'Rare Earth Forum Baotou', 'CWIEME Berlin', 'Magnetics Conference', 'SMM Forum', 'Coil Winding Expo', 'Intermag', 'Hannover Messe', 'REPM Workshop'][i % 9], r.choice(['visitor', 'speaker', 'exhibitor staff'])), 5301, before='## Training attended')
pad_to('hn-054.txt', 6300, '\n附四：参与编写的企业内部文件（部分）', ['编号', '文件名称', '类别', '年份'],
       lambda r, i: (f'JS-{i + 1:03d}', ['萃取车间交接班制度', '有机相管理规定', '产品取样规程', '化验室送样规定', '萃取槽清槽作业规程', '皂化工序安全规程', '草酸储存管理规定',
                                         '灼烧窑操作规程', '废水站运行规程', '设备润滑管理制度', '新员工培训大纲', '技能鉴定题库', '应急预案（有机相泄漏）', '应急预案（酸碱泄漏）',
                                         '质量追溯管理办法', '技术档案管理办法', '工艺纪律检查办法', '技术创新项目管理办法'][i % 18], r.choice(['管理制度', '操作规程', '培训资料', '应急预案']), r.randint(2012, 2024)), 5403)
pad_to('hn-056.md', 6300, '\n**附：电解槽运行记录表（样例，A工段3号槽，白班）**', ['时间', '电流 (A)', '槽电压 (V)', '温度 (℃)', '加料次数', '加料量 (kg)', '记录人'],
       lambda r, i: (f'{(8 + i) % 24:02d}:00', 6000 + r.randint(-80, 80), round(r.uniform(9.2, 10.3), 1), r.randint(1042, 1058), r.randint(15, 20), round(r.uniform(7.2, 9.6), 1), r.choice(['张', '刘'])), 5602)
pad_to('hn-057.md', 6300, '### 十一、主要產品出貨量（噸）', ['季度', '高性能燒結釹鐵硼', '一般燒結釹鐵硼', '鈰取代磁石', '磁性組件（萬件）'],
       lambda r, i: (f'2024 Q{i % 4 + 1}' if i < 4 else f'2023 Q{i % 4 + 1}', r.randint(380, 560), r.randint(600, 900), r.randint(250, 420), r.randint(500, 700)), 5702, before='## 伍、財務概況')
pad_to('hn-058.md', 6300, '## 十三、溫度特性參考（型錄值，Pc=2，2 h後不可逆損失）', ['牌號', '150 ℃', '200 ℃', '250 ℃', '300 ℃', '350 ℃'],
       lambda r, i: (['YX-18', 'YX-22', 'YXG-26', 'YXG-30H', 'YXG-22LT', 'YX-16', 'YXG-24', 'YXG-28', 'YXG-32'][i % 9], '<0.5%', '<0.8%', f'{r.uniform(0.8, 2):.1f}%', f'{r.uniform(1.5, 4):.1f}%' if i % 9 > 1 else '—', f'{r.uniform(2.5, 6):.1f}%' if i % 9 in (2, 3, 7) else '—'), 5802, before='---\n\n### 〔內部參考')
pad_to('hn-061.txt', 6300, '\nAttachment summary (as pasted in the original mail by Logistics): open call-offs', ['Call-off', 'Part', 'Qty', 'ETD Ningbo', 'ETA Hamburg', 'Mode'],
       lambda r, i: (f'CO-25-{410 + i}', r.choice(['KM-MAG-22-4.2', 'KM-MAG-22-5.0', 'KM-MAG-18-3.8']), f'{r.choice([40, 80, 200, 400]) * 1000:,}', f'2025-0{6 + i // 6}-{(i * 5) % 28 + 1:02d}', f'2025-0{7 + i // 6}-{(i * 5) % 28 + 1:02d}', r.choice(['sea', 'sea', 'air'])), 6101)
pad_to('hn-063.md', 6300, '### 2.5 近两年钕铁硼废料价格（元/千克，按镨钕含量折算，季度均价）', ['季度', '油泥', '块料', '切片屑', '氧化镨钕（元/吨）'],
       lambda r, i: (f'{2023 + i // 4}年Q{i % 4 + 1}', r.randint(420, 620), r.randint(480, 700), r.randint(450, 650), f'{r.randint(380000, 560000):,}'), 6303, before='## 第三章　政策分析')
pad_to('hn-065.txt', 6300, '\n附表　烧结炉炉次记录（样表，SJ-05）', ['日期', '炉号', '配方号', '装炉量 (kg)', '段4真空度 (Pa)', '出炉时间', '随炉试样', '操作人'],
       lambda r, i: (f'3-{i + 1:02d}', f'SJ05-25{i + 101:04d}', r.choice(['SIN-H-05', 'SIN-N-03', 'SIN-U-02']), r.randint(520, 600), f'{r.uniform(2.0, 4.8):.1f}E-3', f'{r.randint(6, 22):02d}:{r.randint(0, 59):02d}', '3块', r.choice(['赵', '钱', '孙'])), 6502, before='附录　考核题库')

# clear zh docs to >= 2,000 characters
pad_to('hn-007.md', 2300, '## 十二、包装规格', ['包装', '净重', '每托盘', '外包装'], lambda r, i: ([('纸塑复合袋', '25 kg', '40袋'), ('铝箔袋', '10 kg', '60袋'), ('吨袋', '500 kg', '1袋'), ('塑料桶（料浆）', '200 L', '4桶')][i % 4] + ('缠绕膜+标签',)), 702)
pad_to('hn-014.md', 2300, '## 十、相关法规索引', ['法规', '发布机关', '施行日期'], lambda r, i: ([('出口管制法', '全国人大常委会', '2020-12-01'), ('两用物项出口管制条例', '国务院', '2024-12-01'), ('稀土管理条例', '国务院', '2024-10-01'),
       ('商务部公告2025年第61号', '商务部', '2025-10-09'), ('商务部公告2025年第62号', '商务部', '2025-10-09'), ('中国禁止出口限制出口技术目录', '商务部、科技部', '2023-12-21')][i % 6]), 1401, before='## 七、法律责任')
pad_to('hn-017.txt', 2300, '\n【近期招聘岗位汇总】', ['岗位', '人数', '学历', '经验', '薪资范围'], lambda r, i: (['烧结钕铁硼工艺工程师', '设备工程师', '质量工程师', '磁性能检测员', '储备干部', '机加工班组长', '电镀工艺员', '安全员', '仓库管理员', 'ERP专员'][i % 10], r.randint(1, 10), r.choice(['本科', '大专', '本科及以上']), r.choice(['不限', '1年以上', '3年以上']), r.choice(['6K–9K', '8K–12K', '12K–18K', '15K–25K'])), 1701)
pad_to('hn-019.txt', 2300, '\n附：工作期间主要获奖情况', ['年份', '奖项', '授奖单位'], lambda r, i: (2015 + i, r.choice(['先进工作者', '优秀共产党员', '科技进步三等奖', '合理化建议一等奖', '安全生产先进个人', '优秀班组长导师']), r.choice(['公司', '集团', '市总工会'])), 1901, before='个人评价')
pad_to('hn-031.txt', 2300, '\n附表：有机相定期分析', ['日期', 'P204浓度 (%)', 'TBP浓度 (%)', '有机相含水 (%)', '分相时间 (s)', '结论'],
       lambda r, i: (f'12-{i + 1:02d}', round(r.uniform(11, 14), 1), round(r.uniform(4.6, 5.3), 1), round(r.uniform(0.2, 0.6), 2), r.randint(60, 140), '正常'), 3101, before='编制：刘建华')
pad_to('hn-032.md', 2300, '## 十一、中試設備一覽', ['設備', '規格', '數量'], lambda r, i: ([('吸附柱', 'Φ1.2×3 m，316L', 2), ('解吸液槽', '10 m³，PP', 2), ('鹼溶槽', '5 m³，316L', 1), ('電解槽', '500 A，PP', 4), ('整流器', '600 A/12 V', 2), ('酸洗槽', '0.5 m³，PTFE內襯', 1)][i % 6]), 3201)
pad_to('hn-035.md', 2300, '## 十一、课外阅读推荐', ['序号', '书目/资料', '说明'], lambda r, i: (i + 1, ['《稀土化学》', '《萃取化学原理》', '《熔盐电化学》', '《永磁材料》', 'USGS Mineral Commodity Summaries: Rare Earths', '中国稀土行业协会年度报告'][i % 6], '公开出版物'), 3501, before='大纲执笔人')
r40q = rng(4002)
pad('hn-040.tsv', '\n'.join(['', '磁材毛坯参考价（元/公斤，含税）\t' + '\t'.join(f'2025-W{w}' for w in range(36, 44))] +
    [f'{g}\t' + '\t'.join(str(int(b * r40q.uniform(0.97, 1.05))) for _ in range(8)) for g, b in [('N35', 160), ('N42', 185), ('N52', 235), ('42SH', 245), ('45SH', 265), ('38UH', 300), ('35EH', 330), ('钐钴2:17 YXG-28', 520)]]))
pad_to('hn-042.txt', 2300, '\n【越南稀土相關大事記】', ['時間', '事件'], lambda r, i: ([('2014年', '日越合作開發萊州省東包稀土礦計畫停擺'), ('2022年', '越南政府提出至2030年稀土開發規劃'), ('2023年', '美越建立全面戰略夥伴關係，合作涵蓋關鍵礦產'),
       ('2023年10月', '稀土業者高層遭調查，涉嫌違法出口'), ('2024年', '修訂礦產法，限制未加工稀土出口'), ('2025年8月', '安沛省分離廠動工')][i % 6]), 4201, before='（責任編輯')

# =================================================================== write
def main():
    names = [d['name'] for d in DOCS]
    assert len(names) == len(set(names)), 'duplicate names'
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    with open(os.path.join(BASE, 'labels.jsonl'), 'w', encoding='utf-8') as lf:
        for d in sorted(DOCS, key=lambda x: x['name']):
            with open(os.path.join(OUT, d['name']), 'w', encoding='utf-8', newline='\n') as f:
                f.write(d['text'])
            lf.write(json.dumps(d['label'], ensure_ascii=False) + '\n')
    print(len(DOCS), 'documents written')

if __name__ == '__main__':
    main()
