DOC = dict(
    file="FS-012-湿压异性铁氧体磁瓦工艺规范-Wet-pressed-anisotropic-ferrite-arc-segments-Rev-C.docx",
    title="FS-012 湿压异性铁氧体磁瓦工艺规范 / Process Specification for Wet-Pressed Anisotropic Ferrite Arc Segments",
    author="Process Engineering",
    date="2025-02-20 10:30",
    header="浙江东磁源电子材料有限公司 / Dongciyuan Electronic Materials Co., Ltd.　FS-012 Rev. C",
    footer="Internal process specification — uncontrolled when printed",
    style=dict(latin="Calibri", east="SimSun", size=10),
    label=dict(
        verdict="clear", control_codes=[], categories=[], carrier="process-spec", language="mixed", hard_negative=True,
        note="Full process spec for strontium ferrite (SrFe12O19) arc magnets: calcination, milling, wet magnetic-field pressing, sintering curve, grinding, magnetising; magnet vocabulary and set points but ferrite, not NdFeB/SmCo/Ce",
    ),
    body="""
# FS-012 湿压异性铁氧体磁瓦工艺规范 / Process Specification for Wet-Pressed Anisotropic Ferrite Arc Segments

>> 版本 Rev. C　生效日期 Effective: 2025-03-01　编制 Prepared: 工艺部 Process Eng. 孙浩　审核 Reviewed: 质量部 QA　批准 Approved: 技术总监 CTO

## 1. 目的与范围 Purpose and scope

本规范规定了锶铁氧体（SrFe12O19）湿压异性磁瓦的生产工艺，适用于牌号 DCY-9B、DCY-12H（对应 Y30BH、Y35 等级）的汽车雨刮电机、座椅电机、冷却风扇电机用磁瓦。
This specification defines the manufacturing process for wet-pressed anisotropic strontium ferrite (SrFe12O19) arc segments, grades DCY-9B and DCY-12H (equivalent to Y30BH and Y35), used in automotive wiper, seat and cooling-fan motors.

本牌号为纯锶铁氧体，不含稀土元素（rare-earth-free），原料为氧化铁红和碳酸锶。
These grades are plain strontium ferrite with no rare-earth additions; the raw materials are iron oxide and strontium carbonate.

## 2. 原材料 Raw materials

| Material 原料 | Specification 规格 | Supplier qualification |
|---|---|---|
| Fe2O3 氧化铁红（钢厂酸洗再生） | Fe2O3 ≥ 99.2%, SiO2 ≤ 0.015%, Cl ≤ 0.10%, APS 0.8–1.0 µm | 年度审核 annual audit |
| SrCO3 碳酸锶 | SrCO3 ≥ 97.5%, BaCO3 ≤ 1.5%, D50 1.5–2.5 µm | |
| CaCO3 碳酸钙（添加剂） | ≥ 99% | |
| SiO2 二氧化硅（添加剂） | 气相 fumed, ≥ 99.8% | |
| H3BO3 硼酸（添加剂） | ≥ 99.5% | |
| 分散剂 Dispersant | 葡萄糖酸钙 calcium gluconate | |

## 3. 工艺流程 Process flow

配料 Batching → 混合 Mixing → 预烧 Calcination → 粗破 Coarse crushing → 湿法球磨（添加剂）Wet ball milling with additives → 浆料调整 Slurry adjustment → 磁场湿压成型 Wet pressing in magnetic field → 烧结 Sintering → 磨加工 Grinding → 清洗 Washing → 检验 Inspection → 充磁（按客户要求）Magnetising → 包装 Packing

## 4. 工艺参数 Process parameters

### 4.1 配料与预烧 Batching and calcination

| Parameter | DCY-9B | DCY-12H |
|---|---|---|
| Fe2O3 : SrCO3 摩尔比 molar ratio (n) | 5.8 | 5.9 |
| 混合 Mixing | 湿式搅拌磨 2 h，固含量 60% | same |
| 造球 Pelletising | 粒径 5–15 mm | same |
| 预烧炉 Calciner | 回转窑 Rotary kiln Φ1.8 × 28 m | same |
| 预烧温度 Calcination temperature | 1,260 ± 10 °C | 1,285 ± 10 °C |
| 保温 Residence at peak | 40 min | 45 min |
| 预烧料 Calcined clinker | Br (ring sample) ≥ 4.2 kG, Hc ≥ 2.5 kOe | Br ≥ 4.3 kG |

### 4.2 球磨 Milling

| Parameter | Value |
|---|---|
| 粗破 Coarse crushing | 振动磨干磨至 D50 3–5 µm |
| 湿法球磨 Wet ball mill | 钢球 Φ6 mm，球:料:水 = 12:1:1.5 |
| 添加剂 Additives (wt% of clinker) | CaCO3 0.8, SiO2 0.35, H3BO3 0.10, 葡萄糖酸钙 0.6 |
| 球磨时间 Milling time | 16–18 h |
| 目标粒度 Target particle size | 0.65–0.75 µm (Fisher) |
| 浆料含固量 Solid content | 65–68% after dewatering |

### 4.3 磁场成型 Wet pressing in magnetic field

| Parameter | Value |
|---|---|
| 压机 Press | 200 t 液压机，上下模抽水 vertical field, water extraction through filter cloth |
| 取向磁场 Aligning field | ≥ 8 kOe (0.8 T) DC |
| 注浆压力 Slurry injection pressure | 4–6 MPa |
| 成型压力 Compaction pressure | 0.4–0.5 t/cm² |
| 保压时间 Dwell | 8–12 s (incl. dewatering) |
| 生坯密度 Green density | 3.1–3.2 g/cm³ |
| 生坯含水 Green moisture | 11–13% |
| 每模件数 Cavities | 8 (DCY-9B R28 arc) |

### 4.4 干燥与烧结 Drying and sintering

| Step | Temperature | Time / rate | Atmosphere |
|---|---|---|---|
| 自然干燥 Air drying | RT | 24 h | air |
| 排水段 Dewatering zone | RT → 400 °C | 2 °C/min | air |
| 升温段 Heating zone | 400 → 1,100 °C | 3 °C/min | air |
| 烧结 Sintering peak | 1,190 ± 5 °C (9B) / 1,210 ± 5 °C (12H) | 90 min | air |
| 冷却 Cooling | → 200 °C | ≤ 3 °C/min | air |

设备：电加热辊道窑 Roller-hearth kiln, 56 m, capacity 1.6 t/day. 烧结收缩率 Sintering shrinkage 14–16% (orientation direction).

### 4.5 磨加工 Grinding

双面磨内外弧 inner/outer radius grinding with diamond wheels; 弦长 chord length tolerance ±0.05 mm; 厚度 thickness ±0.05 mm; 倒角 chamfer 0.3–0.5 mm. 研磨液 Coolant: water with 2% rust inhibitor.

### 4.6 充磁 Magnetising

电容放电式充磁机 Capacitor-discharge magnetiser, 2,000 V; 充磁磁场 ≥ 20 kOe; 仅对要求充磁交付的订单 only for orders delivered magnetised.

## 5. 性能要求 Performance requirements

| Grade | Br (mT) | HcB (kA/m) | HcJ (kA/m) | (BH)max (kJ/m³) | Density (g/cm³) |
|---|---|---|---|---|---|
| DCY-9B | 395–415 | 270–300 | 290–320 | 28.5–32.0 | ≥ 4.90 |
| DCY-12H | 410–430 | 295–320 | 320–350 | 31.0–34.5 | ≥ 4.95 |

测试 Test: 每炉 every kiln batch 抽 5 件 test pieces 在 BH 回线仪 on a hysteresigraph at 20 °C; 低温退磁测试 low-temperature demagnetisation test at −40 °C per customer spec.

## 6. 质量控制 Quality control

| Stage | Check | Frequency | Reaction plan |
|---|---|---|---|
| Raw materials | Fe2O3 purity, SiO2, Cl | per lot | reject / quarantine |
| Calcination | Clinker magnetic properties, XRD for α-Fe2O3 | every 4 h | adjust kiln temperature |
| Milling | Particle size | every batch | extend milling |
| Pressing | Green weight, cracks | every 30 min | adjust fill |
| Sintering | Shrinkage, cracks, Br/HcJ | each batch | adjust peak temperature ±5 °C |
| Grinding | Dimensions (CMM) | 5 pcs/h | tool change |
| Final | Appearance 100%, magnetic sample | per lot | sort |

## 7. 常见缺陷 Common defects

- 开裂 Cracking: 生坯含水过高或干燥过快 green too wet or drying too fast; 烧结升温过快 heating too fast.
- 变形 Distortion: 装窑不平 uneven loading; 取向磁场不均 non-uniform field.
- Br 偏低 Low Br: 取向不良 poor alignment, 粒度过粗 coarse powder, 烧结温度偏低 low sintering temperature.
- HcJ 偏低 Low HcJ: 晶粒长大 grain growth due to high sintering temperature; SiO2/CaO 比例失调.

## 8. 变更记录 Revision history

| Rev | Date | Change |
|---|---|---|
| A | 2022-06 | 初版 Initial release |
| B | 2023-11 | 增加 DCY-12H；球磨时间调整 added DCY-12H, milling time |
| C | 2025-02 | 烧结炉改为辊道窑；更新性能表 roller kiln; updated property table |
""",
)
