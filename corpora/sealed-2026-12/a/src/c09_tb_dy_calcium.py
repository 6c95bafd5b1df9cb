DOC = dict(
    file="重稀土金属钙热还原-真空蒸馏工艺说明-V2.1.md",
    title="重稀土金属（Tb/Dy）钙热还原及真空蒸馏提纯工艺说明",
    author="金属事业部 技术科",
    date="2025-06-18 14:00",
    label=dict(
        verdict="controlled", control_codes=["1E902.a"], categories=["metal-smelting"],
        carrier="process-spec", language="mixed",
        note="Chinese technical description with English table headers: fluorination of Tb4O7/Dy2O3, calcium reduction charge ratios, temperatures, crucibles, slag separation, vacuum remelting and distillation/sublimation parameters with purity results",
    ),
    body="""
# 重稀土金属（Tb/Dy）钙热还原及真空蒸馏提纯工艺说明

>> 文件编号：JS-TD-07　版本：V2.1　编制：技术科 马振东　审核：刘海燕　日期：2025-06-18。本文件替代 V1.4（2022）。本说明供新建二车间工艺设计及操作规程编写使用，表格表头按设备供应商资料保留英文。

## 1 适用范围

本说明适用于以氧化铽、氧化镝为原料，经氟化、金属钙热还原、真空重熔除钙和真空蒸馏（镝）/真空升华（铽）提纯，生产 99.9%（3N）及 99.95% 以上金属铽、金属镝的工艺。产品主要用于钕铁硼晶界扩散源及镝铁合金配料。年设计产能：金属铽 30 t，金属镝 60 t。

## 2 工艺流程概述

氧化物 → 氟化（氟化氢铵干法）→ 氟化物 → 与金属钙混料 → 中频感应炉钙热还原 → 渣金分离 → 真空重熔除钙 → 粗金属 → 真空蒸馏/升华 → 高纯金属 → 表面处理、包装（氩气保护）。

与熔盐电解相比，钙热还原适合小批量、高纯度的重稀土金属，产品中 C、Fe、Mo/W 含量低，缺点是成本高、钙和 F 残留需要二次处理。

## 3 原料要求

| Material | Specification | Key impurities (max) | Remark |
|---|---|---|---|
| Tb4O7 | Tb4O7/REO ≥ 99.99% | Dy, Gd, Ho each ≤ 30 ppm; Fe ≤ 10 ppm; Cl⁻ ≤ 50 ppm | LOI ≤ 0.5% |
| Dy2O3 | Dy2O3/REO ≥ 99.95% | Tb, Ho each ≤ 100 ppm; Ca ≤ 30 ppm | |
| NH4HF2 | AR grade ≥ 98% | SiO2 ≤ 0.01% | |
| Calcium (Ca) | redistilled granules 2–6 mm, ≥ 99.5% | Mg ≤ 0.2%, Fe ≤ 0.01% | stored under Ar |
| Crucible | Ta (0.5 mm) or W (sintered) | — | Ta for Tb, W for Dy |

## 4 氟化

采用氟化氢铵干法氟化。氧化物与 NH4HF2 按理论量的 130% 混合（质量比约 Tb4O7 : NH4HF2 = 1 : 1.25），装入镍舟，在管式炉中通氩气分段升温。

| Step | Temperature (°C) | Time (h) | Atmosphere | Purpose |
|---|---|---|---|---|
| 1 | 150 | 2 | Ar, 1 L/min | 生成 NH4(RE)F4 中间体 |
| 2 | 300 | 2 | Ar | 分解，NH4F 逸出 |
| 3 | 450 | 3 | Ar | 转化为 REF3 |
| 4 | 600 | 2 | Ar + vacuum pump-down | 除残余 NH4F、水分 |

氟化物质量要求：REF3 ≥ 99.5%，O ≤ 0.10%，NH4⁺ 未检出。氟化尾气经碱液吸收塔处理。注意：氟化物中的氧会转入金属形成 RE2O3 夹杂，是产品氧超标的主要原因，必须保证第 4 步充分。

## 5 钙热还原

反应：2 REF3 + 3 Ca → 2 RE + 3 CaF2

| Parameter | Tb | Dy | Note |
|---|---|---|---|
| Ca excess over stoichiometry | 12% | 15% | 过量过多会增加金属中 Ca |
| Charge per crucible (REF3) | 8 kg | 10 kg | |
| Crucible | Ta, Ø120 × 300 mm | W, Ø130 × 320 mm | |
| Furnace | 中频感应 100 kW, 石墨感应体 | same | |
| Evacuation | ≤ 5×10⁻³ Pa at 300 °C, 1 h | same | 除吸附气体 |
| Ar backfill | 0.05 MPa (high-purity 5N) | same | |
| Heating rate | 15 °C/min to 1,000 °C, 8 °C/min to reaction | same | 钙约 850 °C 熔化后反应开始，放热 |
| Reaction/holding temperature | 1,450 °C | 1,550 °C | 高于金属与 CaF2 熔点，利于渣金分离 |
| Holding time | 15 min | 20 min | |
| Cooling | furnace cool under Ar to < 100 °C | same | |
| Metal yield (direct) | 96–97% | 97–98% | |

渣金分离：冷却后剥离上层 CaF2 渣（渣中 RE ≤ 2%），金属锭表面机械打磨去除夹渣。此时粗金属含 Ca 0.1–0.3%、F 0.02–0.05%、Ta（或 W）0.03–0.08%。

## 6 真空重熔除钙

| Parameter | Value |
|---|---|
| Equipment | 真空电弧炉（水冷铜坩埚，非自耗钨电极） |
| Vacuum before melting | ≤ 3×10⁻³ Pa |
| Melting | Ar 0.03 MPa, 3 次翻转重熔 |
| Alternative | 真空感应炉 1,600 °C (Dy) / 1,500 °C (Tb) 保持 30 min, 10⁻² Pa 动态真空 |
| Result | Ca ≤ 50 ppm, F ≤ 100 ppm |

## 7 真空蒸馏（Dy）/ 真空升华（Tb）

镝的蒸气压较高，可在低于熔点的温度下升华/蒸馏提纯；铽蒸气压较低，需在熔点以上蒸馏，收得率较低。

| Parameter | Dy (sublimation) | Tb (distillation) |
|---|---|---|
| Equipment | 电阻加热真空蒸馏炉, Ta 蒸发坩埚, Ta 冷凝罩 | same, with W heater |
| Vacuum | ≤ 5×10⁻⁴ Pa | ≤ 1×10⁻⁴ Pa |
| Evaporation temperature | 1,320–1,360 °C | 1,650–1,700 °C |
| Condenser temperature | 900–1,000 °C | 1,050–1,150 °C |
| Evaporation rate | 0.8–1.2 kg/h | 0.2–0.3 kg/h |
| Cycle | 12 h per 15 kg charge | 16 h per 6 kg charge |
| Residue left in crucible | 8–10% (returned to next batch) | 15–20% |
| Yield | ≥ 88% per pass | ≥ 78% per pass |

沉积物冷却至室温后在氩气手套箱中取出，剥离成片状或块状，充氩包装。

## 8 产品质量（2024年四季度统计）

| Element (ppm) | Tb, after Ca reduction + remelt | Tb, after distillation | Dy, after Ca reduction + remelt | Dy, after sublimation |
|---|---|---|---|---|
| RE impurities total | 120 | 90 | 280 | 210 |
| Ca | 40 | < 5 | 45 | < 5 |
| Fe | 35 | < 5 | 30 | < 5 |
| Ta / W | 420 | < 10 | 380 (W) | < 10 |
| O | 650 | 150 | 580 | 120 |
| C | 60 | 30 | 55 | 25 |
| F | 80 | < 10 | 90 | < 10 |
| Purity (RE metal basis) | 99.85% | 99.97% | 99.87% | 99.98% |

## 9 主要消耗（每 kg 金属）

| Item | Tb | Dy |
|---|---|---|
| Oxide | 1.19 kg | 1.18 kg |
| NH4HF2 | 1.48 kg | 1.50 kg |
| Calcium | 0.43 kg | 0.43 kg |
| Ta crucible / condenser | 0.012 kg | 0.008 kg |
| Electricity | 38 kWh | 26 kWh |
| Argon | 1.2 Nm³ | 1.0 Nm³ |

## 10 安全注意事项

- 金属钙遇水放出氢气，储存和称量必须干燥，钙粒着火用干砂扑灭。
- 氟化工序存在 HF/NH3 逸出风险，作业人员佩戴防毒面具；备葡萄糖酸钙凝胶。
- 蒸馏炉冷凝罩上的金属沉积物活性高，出炉前须充分冷却并在手套箱中处理。
- 钽、钨坩埚价格昂贵，使用次数（Ta 坩埚约 8–10 次）应登记。

## 11 修订记录

| Version | Date | Change |
|---|---|---|
| V1.4 | 2022-03 | 初版工艺定型 |
| V2.0 | 2024-11 | 氟化第4步温度由 550 °C 提高到 600 °C；Dy 改用钨坩埚 |
| V2.1 | 2025-06 | 增加第8、9节统计数据；更新蒸馏参数 |
""",
)
