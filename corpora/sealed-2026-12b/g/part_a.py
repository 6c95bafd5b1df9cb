from lib import *

def build():
    # C01 product page (en)
    write_text("n52-neodymium-block-magnets.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>N52 Neodymium Block Magnets | NdFeB Rectangular Magnets | Apex Magnetics Supply</title>
<meta name="description" content="Sintered NdFeB block magnets, grades N35-N52, N-M-H-SH-UH-EH. Ni-Cu-Ni, Zn, epoxy coatings. Custom sizes, fast shipping.">
</head><body>
<nav><a href="/">Home</a> &gt; <a href="/neodymium">Neodymium Magnets</a> &gt; Block Magnets</nav>
<h1>Neodymium Block Magnets (Sintered NdFeB)</h1>
<p>Our rectangular neodymium magnets are the strongest permanent magnets commercially available. Stocked in grades N35 to N52 with nickel-copper-nickel plating as standard. Magnetised through thickness unless otherwise specified. MOQ 10 pcs for stock sizes; custom blocks from 500 pcs.</p>
<h2>Stock sizes</h2>
<table border="1"><tr><th>Part no.</th><th>L x W x T (mm)</th><th>Grade</th><th>Coating</th><th>Pull force (approx.)</th><th>Price / pc (USD)</th></tr>
<tr><td>AB-1005-N52</td><td>10 x 5 x 2</td><td>N52</td><td>NiCuNi</td><td>1.6 kg</td><td>0.38</td></tr>
<tr><td>AB-2010-N42</td><td>20 x 10 x 5</td><td>N42</td><td>NiCuNi</td><td>7.8 kg</td><td>1.10</td></tr>
<tr><td>AB-4020-N45SH</td><td>40 x 20 x 10</td><td>N45SH</td><td>Epoxy (black)</td><td>31 kg</td><td>6.90</td></tr>
<tr><td>AB-5025-N35</td><td>50 x 25 x 10</td><td>N35</td><td>Zn</td><td>29 kg</td><td>5.20</td></tr>
</table>
<h2>Magnetic properties by grade (typical, 20 &deg;C)</h2>
<table border="1"><tr><th>Grade</th><th>Br (T)</th><th>HcB (kA/m)</th><th>HcJ (kA/m)</th><th>(BH)max (kJ/m&sup3;)</th><th>Max. working temp.</th></tr>
<tr><td>N35</td><td>1.17-1.21</td><td>&ge;868</td><td>&ge;955</td><td>263-287</td><td>80 &deg;C</td></tr>
<tr><td>N42</td><td>1.28-1.32</td><td>&ge;923</td><td>&ge;955</td><td>318-342</td><td>80 &deg;C</td></tr>
<tr><td>N52</td><td>1.43-1.48</td><td>&ge;836</td><td>&ge;876</td><td>398-422</td><td>60 &deg;C</td></tr>
<tr><td>N45SH</td><td>1.32-1.38</td><td>&ge;995</td><td>&ge;1592</td><td>342-366</td><td>150 &deg;C</td></tr>
<tr><td>N38UH</td><td>1.22-1.26</td><td>&ge;907</td><td>&ge;1990</td><td>287-310</td><td>180 &deg;C</td></tr>
<tr><td>N33EH</td><td>1.13-1.17</td><td>&ge;836</td><td>&ge;2388</td><td>247-271</td><td>200 &deg;C</td></tr>
</table>
<h2>Which coating should I choose?</h2>
<ul><li><b>NiCuNi</b> - bright, good general corrosion resistance indoors, 10-20 &micro;m.</li>
<li><b>Zinc</b> - low cost, grey, OK for dry environments and glued assemblies.</li>
<li><b>Epoxy</b> - best for humid or salt-spray conditions; black or grey.</li>
<li><b>Parylene / PTFE</b> - medical and food contact on request.</li></ul>
<h2>Temperature suffix explained</h2>
<p>The letter after the number tells you the intrinsic coercivity class: no letter (80 &deg;C), M (100 &deg;C), H (120 &deg;C), SH (150 &deg;C), UH (180 &deg;C), EH (200 &deg;C), AH (230 &deg;C). Real maximum temperature also depends on the permeance coefficient (shape) of your part - thin magnets demagnetise earlier.</p>
<h2>Safety</h2>
<p>Large neodymium magnets can pinch fingers and shatter if they snap together. Keep away from pacemakers, credit cards and children. Ship by air only with magnetic shielding (IATA PI 953).</p>
<footer>&copy; 2025 Apex Magnetics Supply LLC &middot; <a href="/rfq">Request a quote</a> &middot; <a href="/faq">FAQ</a></footer>
</body></html>""")
    label("n52-neodymium-block-magnets.html", "clear", [], [], [], "other", "en", True,
          "Distributor product page: grades, Br/HcJ table, coatings, temperature suffixes; no manufacturing know-how")

    # C02 buyer's guide zh md
    write_text("钕铁硼磁铁选型指南.md", """# 钕铁硼磁铁选型指南（采购篇）

> 适用对象：电机、传感器、音响、治具等行业的采购与设计工程师。本文只讲怎么"买对"，不涉及生产。

## 1. 先看牌号

烧结钕铁硼牌号由"N + 数字 + 字母"组成：

- 数字表示最大磁能积 (BH)max 的 MGOe 数值，例如 N42 ≈ 42 MGOe；
- 字母表示内禀矫顽力等级，对应最高工作温度：

| 后缀 | HcJ 最小值 (kOe) | 参考最高工作温度 |
|---|---|---|
| 无 | 12 | 80 ℃ |
| M | 14 | 100 ℃ |
| H | 17 | 120 ℃ |
| SH | 20 | 150 ℃ |
| UH | 25 | 180 ℃ |
| EH | 30 | 200 ℃ |
| AH | 35 | 230 ℃ |

注意：参考温度是在 Pc≈2 的条件下给出的，薄片磁钢、有反向磁场的电机里要留余量，建议让供应商提供 B-H 退磁曲线（20 ℃ / 工作温度各一条）。

## 2. 剩磁 Br 与磁能积怎么取舍

- 追求吸力、体积小：选 N48–N52，但温度稳定性差，Br 温度系数约 -0.12 %/℃；
- 电机转子：一般 N38SH–N45UH，兼顾矫顽力；
- 含重稀土（Dy/Tb）的高矫顽力牌号价格随氧化镝、铽价格波动明显，询价时让供应商分列"基础价 + 稀土联动"。

## 3. 镀层选择

| 镀层 | 厚度 (μm) | 中性盐雾 (h) | 适用 |
|---|---|---|---|
| 镍铜镍 NiCuNi | 10–20 | 24–48 | 通用 |
| 镀锌 Zn | 5–12 | 12–24 | 干燥环境、需粘接 |
| 环氧 Epoxy | 15–25 | 96–200 | 潮湿、户外 |
| 磷化 | — | — | 电机内嵌装、后续灌封 |

粘接装配时避免选光亮镍，建议磷化或环氧并做拉脱力测试。

## 4. 来料检验要点

1. 外观、尺寸：按图纸 ±0.05 mm（线切割）或 ±0.1 mm；
2. 磁通或表磁抽检，每批 AQL 0.65；
3. 高温不可逆损失：工作温度下放置 2 h，损失 ≤3 %；
4. 盐雾、PCT（高压加速老化）按合同；
5. 要求附材质报告（RoHS、REACH）。

## 5. 常见误区

- "牌号越高越好"——N52 在 80 ℃ 以上可能比 N42SH 更容易退磁；
- 只比单价——磁钢一致性（Br 离散度）对电机反电势的影响更大；
- 忽略充磁方向——径向、轴向、多极充磁要在图纸上标明。

*本文仅供采购参考，数据为行业典型值。*
""")
    label("钕铁硼磁铁选型指南.md", "clear", [], [], [], "other", "zh", True,
          "Purchasing guide: grade suffixes, Br/HcJ, coatings, incoming inspection; user-side only")

    # C03 SmCo product page mixed
    write_text("smco-magnets.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>钐钴磁铁 Samarium Cobalt Magnets - SmCo5 / Sm2Co17 | 华磁科技 Huaci Tech</title></head>
<body>
<h1>钐钴永磁 Samarium Cobalt (SmCo) Magnets</h1>
<p>钐钴磁体具有优异的温度稳定性和抗腐蚀性，工作温度可达 350 ℃，适用于航空航天、军工传感器、高温电机、行波管。<br>
SmCo magnets offer excellent temperature stability and corrosion resistance, working temperature up to 350 &deg;C. Typical applications: aerospace sensors, high-temperature motors, TWTs, precision instruments.</p>
<h2>产品系列 Product series</h2>
<table border="1">
<tr><th>牌号 Grade</th><th>类型 Type</th><th>Br (kGs)</th><th>HcJ (kOe)</th><th>(BH)max (MGOe)</th><th>Tw (&deg;C)</th><th>&alpha;(Br) %/&deg;C</th></tr>
<tr><td>YX18</td><td>SmCo5 (1:5)</td><td>8.4-8.9</td><td>&ge;15</td><td>16-19</td><td>250</td><td>-0.05</td></tr>
<tr><td>YX22</td><td>SmCo5 (1:5)</td><td>9.2-9.6</td><td>&ge;15</td><td>20-23</td><td>250</td><td>-0.05</td></tr>
<tr><td>YXG26H</td><td>Sm2Co17 (2:17)</td><td>10.2-10.5</td><td>&ge;25</td><td>24-26</td><td>350</td><td>-0.03</td></tr>
<tr><td>YXG30</td><td>Sm2Co17 (2:17)</td><td>10.8-11.0</td><td>&ge;18</td><td>28-30</td><td>300</td><td>-0.035</td></tr>
<tr><td>YXG32</td><td>Sm2Co17 (2:17)</td><td>11.0-11.3</td><td>&ge;18</td><td>30-32</td><td>300</td><td>-0.035</td></tr>
</table>
<h2>加工能力 Capabilities</h2>
<ul><li>形状 Shapes: 圆片 discs, 方块 blocks, 瓦形 arc segments, 圆环 rings</li>
<li>公差 Tolerance: &plusmn;0.02 mm (磨加工 ground)</li>
<li>充磁 Magnetisation: 轴向 axial, 径向 diametral, 多极 multipole</li>
<li>镀层 Coating: 一般无需镀层；可选镀镍、环氧 usually uncoated; Ni or epoxy optional</li></ul>
<h2>注意事项 Notes</h2>
<p>钐钴材料较脆，装配时避免撞击。SmCo is brittle &mdash; avoid impact during assembly. 出口报关 HS code 8505111000. 交期 Lead time: 3-5 weeks.</p>
<p><a href="/contact">联系我们 Contact sales</a> | <a href="/download/SmCo-catalogue-2025.pdf">下载目录 Download catalogue</a></p>
</body></html>""")
    label("smco-magnets.html", "clear", [], [], [], "other", "mixed", True,
          "Bilingual SmCo product page: grades, properties, machining capability; no process")

    # C04 catalogue pdf zh
    write_pdf("2025产品目录-烧结钕铁硼.pdf", [
        ("title", "宁波恒磁材料有限公司  2025 产品目录"),
        ("p", "烧结钕铁硼永磁体 · 高矫顽力系列 · 低重稀土系列 · 电机磁钢组件"),
        ("h1", "一、公司简介"),
        ("p", "公司成立于2009年，年产烧结钕铁硼毛坯 3000 吨，产品广泛用于新能源汽车驱动电机、变频空调压缩机、风力发电、消费电子和工业伺服。通过 IATF 16949、ISO 14001 认证。"),
        ("h1", "二、标准牌号性能表（20 ℃ 典型值）"),
        ("table", [["牌号", "Br (T)", "HcB (kA/m)", "HcJ (kA/m)", "(BH)max (kJ/m³)", "Tw (℃)"],
                   ["N38", "1.22–1.26", "≥ 899", "≥ 955", "287–310", "80"],
                   ["N45", "1.32–1.38", "≥ 876", "≥ 955", "342–366", "80"],
                   ["N42H", "1.29–1.33", "≥ 963", "≥ 1353", "318–342", "120"],
                   ["N48SH", "1.37–1.42", "≥ 1027", "≥ 1592", "366–390", "150"],
                   ["N42UH", "1.29–1.33", "≥ 979", "≥ 1990", "318–342", "180"],
                   ["N38EH", "1.22–1.26", "≥ 923", "≥ 2388", "287–310", "200"],
                   ["N35AH", "1.17–1.22", "≥ 876", "≥ 2786", "263–287", "230"]]),
        ("h1", "三、低重稀土系列"),
        ("p", "采用晶界优化技术，在同等矫顽力下重稀土用量显著降低，适合对成本敏感的驱动电机客户。具体牌号请与销售联系。"),
        ("h1", "四、表面处理"),
        ("table", [["镀层", "颜色", "厚度 (μm)", "盐雾 (h)", "备注"],
                   ["NiCuNi", "银白", "10–20", "≥ 48", "通用"],
                   ["Zn", "蓝白", "5–10", "≥ 24", "低成本"],
                   ["环氧", "黑/灰", "15–25", "≥ 200", "电机推荐"],
                   ["电泳+喷涂", "黑", "20–30", "≥ 500", "风电"]]),
        ("h1", "五、尺寸公差与检测"),
        ("p", "常规公差 ±0.05 mm；磁通一致性 ±2%；可提供退磁曲线、HAST、PCT、氢脆、高温减磁测试报告。"),
        ("h1", "六、联系方式"),
        ("p", "地址：浙江省宁波市鄞州区XX路88号  电话：0574-8888 XXXX  邮箱：sales@hengci-example.com"),
    ], title="2025产品目录", author="市场部")
    label("2025产品目录-烧结钕铁硼.pdf", "clear", [], [], [], "other", "zh", True,
          "Manufacturer catalogue: grade table, coatings, tolerances; 'grain boundary optimisation' only as marketing")

    # C05 bonded datasheet en pdf
    write_pdf("Datasheet_BNP-10_bonded_NdFeB.pdf", [
        ("title", "Technical Data Sheet  BNP-10  Isotropic Bonded NdFeB"),
        ("p", "Compression-moulded, epoxy-bonded isotropic NdFeB magnets for BLDC motors, stepper motors, sensors and small fans. Can be magnetised in any direction including multipole."),
        ("h1", "Magnetic properties (20 °C)"),
        ("table", [["Property", "Unit", "Min", "Typ", "Max"],
                   ["Remanence Br", "mT", "680", "700", "720"],
                   ["Coercivity HcB", "kA/m", "420", "450", "—"],
                   ["Intrinsic coercivity HcJ", "kA/m", "680", "720", "—"],
                   ["(BH)max", "kJ/m³", "76", "80", "84"],
                   ["Rev. temp. coeff. α(Br)", "%/°C", "—", "-0.13", "—"],
                   ["Rev. temp. coeff. β(HcJ)", "%/°C", "—", "-0.40", "—"],
                   ["Max. operating temp.", "°C", "—", "120", "—"]]),
        ("h1", "Physical properties"),
        ("table", [["Density", "6.0 g/cm³"], ["Compressive strength", "≥ 150 MPa"],
                   ["Coating", "Epoxy spray, 10–20 µm / Parylene optional"],
                   ["Salt spray (epoxy)", "≥ 72 h"]]),
        ("h1", "Magnetising"),
        ("p", "Full saturation requires ≥ 2.5 T (approx. 2000 kA/m). Multipole ring magnets are supplied magnetised on request; specify pole count and skew."),
        ("h1", "Standard tolerances"),
        ("p", "OD/ID ±0.05 mm, height ±0.05 mm. Rings from OD 6 mm to OD 60 mm, wall ≥ 1.0 mm."),
        ("p", "Data are typical and for guidance only. Customers should validate parts in their application. Rev. 4, 2025-03."),
    ], title="BNP-10 Datasheet", author="Applications Engineering")
    label("Datasheet_BNP-10_bonded_NdFeB.pdf", "clear", [], [], [], "other", "en", True,
          "Bonded NdFeB datasheet: properties, tolerances, magnetising field for the user; no process")

    # C06 CeO2 polishing guide en md
    write_text("cerium-oxide-polishing-guide.md", """# Cerium Oxide Polishing: A Practical Guide for Glass and Optics Shops

*Application note AN-17 - Optical Finishing Supplies Ltd.*

Cerium oxide (CeO2) remains the workhorse polishing compound for glass, from eyeglass lenses to precision optics and display cover glass. This note covers how to **use** our cerium powders; it does not cover how they are made.

## 1. Choosing a grade

| Product | Mean particle size (d50) | CeO2 / TREO | Typical use |
|---|---|---|---|
| CP-300 | 2.8 µm | ≥ 65 % | Flat glass, mirror edges, fast stock removal |
| CP-150 | 1.4 µm | ≥ 90 % | Ophthalmic lenses, cover glass |
| CP-050 | 0.6 µm | ≥ 99 % | Precision optics, laser windows, low-scratch |

Higher-purity grades (CeO2/TREO ≥ 99 %) give fewer sleeks and better surface roughness; lower grades with La content cut faster but leave more haze.

## 2. Slurry preparation

1. Use deionised water; hard water shortens slurry life.
2. Start at **10 % w/w** (1 kg powder in 9 L water) for CP-150; measure specific gravity - target 1.08-1.10.
3. Add dispersant DP-2 at 0.5 % of powder weight if settling is fast.
4. Keep pH between 6.5 and 8.0. Below 6 the removal rate drops sharply.
5. Stir continuously; do not let the slurry stand in the lines overnight.

## 3. Pads and machine settings

- Polyurethane pads (LP-66 type) for lenses, 30-60 rpm, pressure 0.5-1.0 psi.
- Felt pads for bevels and edges.
- Slurry temperature 20-30 °C; chiller recommended on double-sided machines.

## 4. Troubleshooting

| Symptom | Likely cause | Remedy |
|---|---|---|
| Scratches | Agglomerates, contaminated slurry | Filter (25 µm bag), replace slurry |
| Low removal rate | Low SG, pH too low, glazed pad | Top up powder, adjust pH, dress pad |
| Orange peel | Pressure too high | Reduce pressure, check pad |
| Stains after cleaning | Dried slurry | Rinse within 5 min, use CL-4 cleaner |

## 5. Slurry life and disposal

Replace slurry when SG has dropped by more than 0.02 or removal rate falls by 30 %. Spent slurry contains glass fines and CeO2; collect in settling tanks and hand over to a licensed waste contractor. Some contractors accept spent polishing powder for recovery - ask your supplier about take-back.

## 6. Safety

Wear a dust mask when handling dry powder. CeO2 is not classified as hazardous under CLP, but avoid inhalation.
""")
    label("cerium-oxide-polishing-guide.md", "clear", [], [], [], "other", "en", True,
          "Use guide for CeO2 polishing slurry (user side); mentions take-back only")

    # C07 phosphor use docx zh
    write_docx("三基色荧光粉涂覆工艺使用说明.docx", [
        ("title", "稀土三基色荧光粉 使用说明书"),
        ("p", "产品型号：YGB-610（红粉 Y2O3:Eu）、LAP-543（绿粉 LaPO4:Ce,Tb）、BAM-450（蓝粉 BaMgAl10O17:Eu）"),
        ("p", "本说明书面向灯具厂涂粉车间，介绍荧光粉的储存、配浆、涂覆和烤管注意事项。"),
        ("h1", "一、储存"),
        ("bullet", "密封保存于干燥阴凉处，相对湿度 ≤ 60%，开封后 30 天内用完。"),
        ("bullet", "避免与含硫、含氯物质混放，防止发光亮度下降。"),
        ("h1", "二、配比与配浆"),
        ("p", "色温 6500K 参考配比（质量比）：红:绿:蓝 = 35:37:28；色温 2700K：红:绿:蓝 = 58:38:4。实际配比以试灯光色坐标调整。"),
        ("table", [["项目", "水性浆料", "有机浆料"], ["粘结剂", "PEO / 聚丙烯酸", "NC 硝化棉"],
                   ["粉浆比", "1 : 1.2", "1 : 1.5"], ["附着剂", "Al2O3 纳米 1%", "硼酸钙 1.5%"],
                   ["球磨/搅拌", "低速搅拌 4 h，禁止高能球磨", "同左"]]),
        ("h1", "三、涂覆与烤管"),
        ("p", "涂层重量 T8 管约 3.0–3.5 mg/cm²。烤管温度 560–600 ℃，时间以粘结剂完全分解为准，过烧会导致蓝粉衰减。"),
        ("h1", "四、常见问题"),
        ("table", [["现象", "原因", "处理"], ["光通量低", "涂层过薄/过厚", "调整粘度与提管速度"],
                   ["色温漂移", "配比或烤管温度变化", "复核配比，检查烤管炉温"],
                   ["掉粉", "附着剂不足", "增加附着剂用量"]]),
        ("p", "技术服务热线：400-XXX-XXXX    版本：2024年第2版"),
    ], author="技术服务部", title="三基色荧光粉使用说明")
    label("三基色荧光粉涂覆工艺使用说明.docx", "clear", [], [], [], "other", "zh", True,
          "Lamp-maker use instructions for RE tri-band phosphors; not phosphor manufacture or recycling")

    # C08 FCC catalyst zh txt
    write_text("FCC催化剂日常管理规程.txt", """炼油二部 催化裂化装置
FCC平衡剂与新鲜剂日常管理规程（修订版）
编号：LY2-FCC-GL-007    生效日期：2025-02-01

1 目的
规范 2.8 Mt/a 催化裂化装置新鲜催化剂加注、平衡剂取样分析和卸剂管理，保证活性稳定、降低单耗。

2 催化剂规格（采购合同技术附件摘要）
  牌号：CDC-3（REY/USY 复合）
  RE2O3 含量：3.0–3.6 %(m)   （稀土含量以供应商出厂报告为准）
  Al2O3：≥ 48 %；比表面积：≥ 260 m2/g；磨损指数：≤ 2.5 %/h
  粒度：0–40 μm ≤ 18 %，40–80 μm ≥ 50 %

3 加注
  3.1 正常单耗 0.85–1.0 kg/t 原料，小型加料器连续加注，每班记录加注量。
  3.2 原料重金属（Ni+V）超过 25 μg/g 时，报工艺技术员评估是否提高置换速率。
  3.3 加剂前检查加料罐压力、料位计，严禁带水。

4 平衡剂分析
  每周二取样一次，化验项目：微反活性 MAT、Ni、V、Na、Fe、RE2O3、比表面、粒度。
  MAT 低于 62 时通知车间技术组。

5 卸剂与废催化剂
  5.1 卸出平衡剂经冷却后装吨袋，贴标签，存放于废剂库。
  5.2 废催化剂属危险废物（HW50），交由有资质单位处置，执行转移联单制度。
  5.3 不得自行处置或外售。

6 记录
  《新鲜剂加注记录》《平衡剂分析台账》《废催化剂转移联单》保存三年。

编制：催化车间 工艺组   审核：技术科   批准：副总工程师
""")
    label("FCC催化剂日常管理规程.txt", "clear", [], [], [], "other", "zh", True,
          "Refinery FCC catalyst handling rules; RE2O3 only as purchased-spec; spent catalyst handed to licensed disposer")

    # C09 NiMH alloy incoming spec mixed docx
    write_docx("IQC-0412 AB5 hydrogen storage alloy incoming inspection.docx", [
        ("title", "IQC-0412  AB5 储氢合金粉 来料检验规范 Incoming Inspection Spec"),
        ("p", "适用范围 Scope：本厂 Ni-MH 电池负极用 AB5 型稀土储氢合金粉（外购），供应商 Supplier A / Supplier B。"),
        ("p", "This specification applies to purchased AB5 (mischmetal-based) hydrogen storage alloy powder used for Ni-MH negative electrodes. It does not cover alloy production."),
        ("h1", "1. 技术要求 Requirements"),
        ("table", [["项目 Item", "要求 Requirement", "方法 Method"],
                   ["名义成分 Nominal composition", "MmNi3.55Co0.75Mn0.4Al0.3", "供应商COA"],
                   ["粒度 PSD", "D50 25–40 µm, +75 µm ≤ 3%", "激光粒度 Laser diffraction"],
                   ["0.2C 放电容量 Capacity", "≥ 315 mAh/g", "半电池 half cell, 3rd cycle"],
                   ["活化次数 Activation", "≤ 3 cycles", "半电池"],
                   ["氧含量 O", "≤ 0.25 %", "惰气熔融 IGF"],
                   ["水分 Moisture", "≤ 0.1 %", "烘干失重"],
                   ["包装 Packing", "充氩铝箔袋 Ar-filled Al foil bag, 25 kg", "目视"]]),
        ("h1", "2. 抽样 Sampling"),
        ("p", "每批按 GB/T 2828.1 一般检验水平 II，AQL 1.0；容量测试每批 3 个半电池。"),
        ("h1", "3. 储存与使用 Storage and use"),
        ("bullet", "开袋后 8 h 内用完 — use within 8 h after opening; 剩余粉料充氩封存。"),
        ("bullet", "制浆：合金粉 : 导电剂 : SBR : CMC = 96.5 : 1.0 : 1.5 : 1.0（本厂负极配方，见 WI-NE-03）。"),
        ("bullet", "粉尘易燃，禁止明火 — combustible dust, no open flame."),
        ("h1", "4. 不合格处理 Nonconformance"),
        ("p", "不合格批次隔离并开具 SCAR，通知采购退货。Rejected lots are quarantined and returned via SCAR."),
        ("p", "编制 Prepared: 品质部 QA  /  批准 Approved: 技术经理  /  Rev. C  2025-01-15"),
    ], author="QA", title="IQC-0412")
    label("IQC-0412 AB5 hydrogen storage alloy incoming inspection.docx", "clear", [], [], [], "parameter-sheet", "mixed", True,
          "NiMH battery maker as user of bought AB5 alloy: incoming inspection; not alloy or recycling tech")
