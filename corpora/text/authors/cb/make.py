#!/usr/bin/env python3
"""Generate cb-* training documents and labels.jsonl (brief: attributes / traditional Chinese / exclusions)."""
import json, os, random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs")
DOCS = []

def D(key, ext, verdict, codes, cats, mt, carrier, excl, lang, note, text, hn=False):
    DOCS.append(dict(key=key, ext=ext, verdict=verdict, control_codes=codes, categories=cats,
                     magnet_types=mt, carrier=carrier, exclusion=excl, language=lang,
                     hard_negative=hn, note=note, text=text.strip("\n") + "\n"))

# ---------------------------------------------------------------- clause b (and a+b)
D("B1", "md", "controlled", ["1E902.b"], ["separation"], [], "process-spec", None, "zh",
  "Commissioning plan (cold/hot) for a P507 mixer-settler cascade; process values only as references -> b",
"""
# 鐠釹／鏑分離 P507 萃取串級 調試方案（冷調試・熱調試）

文件編號：SX-CM-2024-07　版次：B　編制：萃取車間工藝組　審核：設備部　核准：廠長室
適用：三號廠房 P507–HCl 體系 PrNd/Sm-Dy 分組萃取串級（新建，安裝驗收已完成）

## 1. 目的與範圍
本方案規定新建萃取串級由安裝完工至穩定出合格產品之調試步驟、檢查項目、判定標準與責任分工。串級配置：萃取段 40 級、洗滌段 22 級、反萃段 10 級，共 72 級箱式混合澄清槽；單級混合室有效容積 1.2 m³，澄清室 6.0 m³，材質 PP 板焊接外包 FRP。工藝參數之正式值以《P507 萃取分離工藝規程 SX-PS-03》為準，本方案所列數值僅作調試目標及參照。

## 2. 調試組織
| 職責 | 人員 | 說明 |
|---|---|---|
| 調試總指揮 | 車間主任 | 決定各階段轉換 |
| 工藝負責 | 萃取工藝工程師 2 名 | 流比、取樣、分析判定 |
| 設備負責 | 機修班長 | 攪拌、泵、儀表 |
| 分析 | 化驗室 | 每 4 h 出具各段取樣 REO 配分 |

## 3. 調試前條件確認（逐項簽字）
1. 槽體注水滲漏試驗 24 h，焊縫及法蘭無滲漏；槽體水平度每級 ≤ 2 mm。
2. 各級溢流堰、相口高度複測，與圖紙 SX-72-D01 偏差 ≤ ±2 mm。
3. 攪拌電機空載試車 2 h，轉速 260–320 rpm 變頻可調，軸向竄動 ≤ 0.5 mm，噪音 ≤ 80 dB(A)。
4. 有機相、料液、洗酸、反酸四路計量泵標定，流量誤差 ≤ ±1 %；電磁流量計零點校驗。
5. 皂化槽、有機相高位槽、料液槽液位計與 DCS 聯鎖測試（高高位停泵）。
6. 消防、防靜電接地電阻 ≤ 4 Ω，煤油區域可燃氣體探頭標定。

## 4. 冷調試（水／煤油聯動）
4.1 以自來水代替水相、以磺化煤油代替有機相，按設計流比 O/A 建立全串級流動，連續運行 48 h。
4.2 觀察每級混合相口是否倒流、澄清室界面是否穩定；界面高度控制在澄清室高度 45–55 %。
4.3 記錄各級溢流狀況，發現“跑有機”或“夾帶”時調整相口擋板。
4.4 冷調試結束放空水相，有機相保留作熱調試之稀釋劑。

## 5. 熱調試（帶料）
5.1 有機相：1.5 mol/L P507–磺化煤油（參照規程值），皂化度目標 36 %（參照），皂化後靜置分相 ≥ 30 min。
5.2 料液：氯化稀土料液 REO 約 1.3 mol/L，pH 2–3（參照來料指標）。
5.3 啟動順序：先充有機相至各級滿槽 → 開反酸 → 開洗酸 → 最後開料液；料液初始按設計流量 50 % 投入，24 h 後逐步升至 100 %。
5.4 流比參照：有機：料液：洗酸 ≈ 12 : 1 : 1.5（以規程為準，調試中不得擅改）。
5.5 平衡建立：預計 120–160 h；每 4 h 於第 1、10、20、30、40、50、62、72 級取水相樣，分析 La、Ce、Pr、Nd、Sm、Dy 配分，繪製級樣曲線，確認分離界線位置與設計級數相符。
5.6 出口判定（參照）：Nd₂O₃/REO ≥ 99.5 %；Pr₆O₁₁/REO ≥ 99.0 %；Sm-Dy 富集物中 Nd₂O₃ ≤ 0.05 %。連續 3 班合格即轉入試生產。

## 6. 異常處理
- 乳化：降低攪拌轉速 20 rpm，檢查料液 Si、Fe、Al 雜質；必要時增設料液精濾。
- 第三相：檢查皂化度是否偏高，核對有機相濃度。
- 界面上移：檢查下游級相口是否堵塞，清理澄清室污物層。
- 分離界線漂移：核對洗酸酸度與流量，嚴禁同時調整兩項參數。

## 7. 記錄
附表 1 槽體檢查表；附表 2 計量泵標定記錄；附表 3 級樣分析記錄；附表 4 調試日誌（每班）。
調試完成後由設備部、生產部、質量部三方會簽《萃取串級調試驗收報告》。
""")

D("B2", "txt", "controlled", ["1E902.b"], ["metal-smelting"], [], "process-spec", None, "zh",
  "Cold/hot commissioning (oven baking, cell start-up) of a PrNd molten-salt electrolysis line; values as targets -> b",
"""
镨钕熔盐电解生产线（6 kA 圆形槽 24 台）冷调试及热调试方案

编号：DJ-TS-2025-02          版本：A/0
编制单位：金属车间 / 设备动力部     日期：2025-03-12

一、工程概况
本系列共 24 台 6 kA 氟化物体系镨钕电解槽，分两排布置，每排 12 台串联。槽体为石墨坩埚（内径 Φ700 mm，深 900 mm），外砌耐火砖及保温层，钢壳；阴极为钨棒 Φ70 mm 垂直插入，阳极为四块弧形石墨板，接收器为钼坩埚。整流机组 2 套，单套额定 6.5 kA / 300 V。工艺控制值按《镨钕电解工艺卡 DJ-GY-01》执行，本方案中工艺数值仅作为调试目标参照。

二、冷调试
1. 整流系统：空载试验、短路试验（以铜排短接系列），检查稳流精度 ≤ ±0.5 %。
2. 母线及接点：逐一测量接点压降，要求每接点 ≤ 15 mV（额定电流下），螺栓扭矩按 M20 = 400 N·m 复核。
3. 绝缘：槽壳对地绝缘电阻 ≥ 1 MΩ（500 V 兆欧表），阴极提升机构对地 ≥ 0.5 MΩ。
4. 烟气收集：每台排烟罩负压 -50～-80 Pa，布袋除尘器压差 ≤ 1500 Pa。
5. 阴极升降、阳极吊装机构空载试运行各 10 次，无卡阻。
6. 冷却水：阴极导电杆水冷流量 ≥ 0.8 m³/h，回水温度报警 45 °C。

三、烘炉（热调试第一阶段）
1. 采用石墨电阻棒烘炉，功率由整流柜调节。
2. 升温曲线（目标）：
   室温 → 200 °C   8 h    保温 4 h（排除砌体水分）
   200 → 600 °C    12 h   保温 6 h
   600 → 900 °C    8 h    保温 4 h
3. 烘炉期间每 2 h 记录槽壳温度，槽壳任意点 ≤ 180 °C，出现裂纹立即降功率。

四、启槽（热调试第二阶段）
1. 900 °C 保温结束后撤出电阻棒，加入预熔电解质至液面距槽口 300 mm。电解质组成参照工艺卡（氟化镨钕 – 氟化锂体系）。
2. 插入阴极，阴极插入深度目标 300 mm，极距目标 80–100 mm。
3. 电流阶梯：2 kA 保持 2 h → 4 kA 保持 4 h → 6 kA；每阶段观察槽电压，目标范围 8.5–10 V，温度目标 1040–1060 °C（参照）。
4. 6 kA 稳定后按工艺卡开始连续加料，每 2 h 出金属一次，首三炉金属不计入产量。

五、72 小时考核
连续 72 h 运行，考核项：电流效率（参照目标 ≥ 78 %）、直流电耗、金属 PrNd 合计 ≥ 99.0 %，Fe ≤ 0.3 %，C ≤ 0.05 %。考核记录表见附件 3。

六、安全
高温作业、氟化物烟尘、直流大电流，调试期间实行挂牌上锁；出金属时须佩戴面罩及防护服。

附件：1. 接点压降记录表  2. 烘炉温度记录表  3. 72 h 考核记录表
""")

D("B3", "md", "controlled", ["1E902.a", "1E902.b"], ["metal-smelting"], [], "process-spec", None, "en",
  "Relining/restart of RE electrolysis cells that also lays down restart bath composition, current ramp and feed regime -> a+b",
"""
# Procedure MS-RL-04: Relining and Restart of 10 kA Nd/PrNd Electrolysis Cells

Rev. 3 — Metal plant, Line 2. Owner: Cell Maintenance Supervisor. Applies to cells C2-01 … C2-16.

## 1. When to reline
A cell is taken out of service for relining when any of the following is recorded on the daily cell sheet:
- graphite crucible wall thickness at the bath line < 35 mm (ultrasonic gauge, 8 points);
- iron in tapped metal > 0.5 wt % on three consecutive taps (steel shell attack);
- cell voltage at 10 kA > 11.5 V for more than 24 h after anode change;
- visible bath leak or shell hot spot > 250 °C.

## 2. Shutdown and tear-out
1. Stop oxide feeding 2 h before shutdown; tap the metal completely into the Mo receiver.
2. Ramp current 10 → 5 → 0 kA over 30 min; lift the tungsten cathode and graphite anodes.
3. Ladle out the molten bath into preheated steel moulds; keep the bath for recycling (crushed, screened < 5 mm, re-used up to 30 % of the new charge).
4. Cool 48 h under hood suction. Remove the graphite crucible, the rammed carbon layer and the insulation bricks. Inspect the steel shell; weld repairs per WPS-17.

## 3. Relining
| layer | material | thickness | note |
|---|---|---|---|
| bottom insulation | calcium silicate board | 2 × 40 mm | dry |
| refractory | high-alumina brick | 115 mm | mortar joints ≤ 2 mm |
| ramming | carbon paste | 60 mm | ram in 20 mm lifts |
| crucible | isostatic graphite, Ø 900 × 1 000 mm | wall 60 mm | verticality ≤ 3 mm/m |

Gap between crucible and refractory is filled with graphite powder, vibrated. Measure crucible-to-shell insulation ≥ 1 MΩ.

## 4. Bake-out
Resistance bake with graphite rods: ambient → 300 °C at 25 °C/h, hold 6 h; → 700 °C at 40 °C/h, hold 6 h; → 950 °C at 50 °C/h, hold 4 h. Shell temperature must stay < 200 °C.

## 5. Restart (process conditions)
1. Charge premelted bath: (Pr,Nd)F₃ 88 wt %, LiF 12 wt %. Liquidus approx. 880 °C; operate at 1 045 ± 15 °C.
2. Install 4 new graphite anodes (anode current density 0.9–1.1 A/cm² at 10 kA) and a W cathode Ø 80 mm immersed 320 mm (cathode current density 6.5–7.5 A/cm²).
3. Current ramp: 3 kA (1 h) → 6 kA (2 h) → 8 kA (2 h) → 10 kA.
4. Oxide feed: PrNd oxide (TREO ≥ 99 %, Pr₆O₁₁/REO 25 %) dried 2 h at 500 °C; feed 0.25–0.30 kg every 2 min by screw feeder, keeping dissolved oxide at 2–3 wt %. Stop feeding if cell voltage rises > 1.5 V above baseline (anode effect warning) and resume after 4 min.
5. Tap metal every 2 h into the Mo receiver; cast into steel moulds under argon.
6. Expected after restart: cell voltage 8.8–9.6 V, current efficiency ≥ 80 %, DC energy ≤ 9.5 kWh/kg metal, metal Fe ≤ 0.2 %, C ≤ 0.03 %, O ≤ 0.03 %.

## 6. Records
Relining record form MS-RL-04-F1 (layer thicknesses, insulation test), bake-out chart, first 72 h cell sheet. File with the cell history card.
""")

D("B4", "csv", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh",
  "Overhaul acceptance record (leak rate, TUS, TC calibration) of an NdFeB vacuum sintering furnace; sintering values only as reference -> b",
"""
表單編號,VSF-OH-03,設備,真空燒結爐 VSF-600（釹鐵硼毛坯）,大修類別,年度大修（熱區更換）
大修日期,2025-04-02 ~ 2025-04-18,施工單位,設備部機修二班,驗收人,品保／燒結工段長
項次,檢修項目,標準,實測,判定
1,石墨熱區（隔熱氈+加熱帶）整體更換,依圖 VSF-HZ-02,已更換,OK
2,爐門 O 型圈更換 Φ1150×12,FKM 材質,已更換,OK
3,擴散泵油更換,DC-704 2.5 L,已更換,OK
4,羅茨泵 ZJ-600 軸封,無漏油,無漏油,OK
5,冷卻水流量（爐殼）,≥ 12 m3/h,13.4,OK
6,充氬快冷風機,風量 ≥ 9000 m3/h,9350,OK
漏率測試（壓升法）,,,,
階段,極限真空 Pa,關閥後 1 h 壓升 Pa,壓升率 Pa/h,判定（≤ 0.67 Pa/h）
冷態空爐,3.2E-3,0.41,0.41,OK
烘爐後（600 °C×4 h）,2.5E-3,0.33,0.33,OK
熱態（1050 °C 保溫）,4.8E-3,0.58,0.58,OK
溫度均勻性測試 TUS（9 點，空載）,,,,
設定溫度 °C,最低 °C,最高 °C,偏差 °C,判定（±5 °C）
600,597.2,602.9,-2.8/+2.9,OK
900,896.5,903.1,-3.5/+3.1,OK
1060,1056.4,1063.8,-3.6/+3.8,OK
控溫熱電偶校正（S 型，標準偶比對）,,,,
點位,標準值 °C,顯示值 °C,修正值 °C,
TC-1 控溫,1060.0,1061.7,-1.7,
TC-2 監控上區,1060.0,1058.9,+1.1,
TC-3 監控下區,1060.0,1062.2,-2.2,
試燒驗證（參照工藝卡 SJ-GY-05，不變更工藝）,,,,
爐次,裝爐量 kg,燒結,回火,密度 g/cm3
T-01,480,依工藝卡（參考 1060 °C×4 h）,依工藝卡（參考 900/500 °C）,7.56
T-02,480,依工藝卡,依工藝卡,7.57
結論,大修後各項指標符合驗收標準，同意恢復生產。,,,
簽核,設備部：林○○,品保：陳○○,燒結工段：黃○○,
""")

D("B5", "md", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "mixed",
  "German-headed maintenance instruction for rebuilding a jet mill and tuning the classifier wheel for NdFeB HD powder; D50 only as target -> b",
"""
# Wartungsanleitung / Maintenance Instruction WA-JM-400-02
## Fließbett-Gegenstrahlmühle (fluidised-bed opposed jet mill) JM-400 — Überholung und Sichterrad-Einstellung

| Feld | Inhalt |
|---|---|
| Anlage / Equipment | Jet mill JM-400, line 1, magnet powder (NdFeB after hydrogen decrepitation) |
| Intervall / Interval | full rebuild every 4 000 operating hours or when D50 drifts > 0.3 µm at fixed classifier speed |
| Verantwortlich / Responsible | Instandhaltung (maintenance), powder section |
| Freigabe / Release | Produktionsleitung |

### 1. Sicherheitshinweise / Safety
- Powder is pyrophoric. Before opening, purge the mill with N₂ and keep O₂ < 50 ppm until all powder is removed and the residual powder is passivated with mineral oil.
- Lock-out/tag-out of grinding gas compressor, feeder and classifier drive.

### 2. Demontage / Disassembly
1. Remove classifier wheel (Sichterrad Ø 200 mm, 24 blades) with puller WZ-11. Mark angular position.
2. Remove the three grinding nozzles (Laval nozzles, throat Ø 6.0 mm). Check throat with pin gauge; replace if > 6.2 mm.
3. Inspect ceramic liner (Al₂O₃ 99.5 %) of the grinding chamber; replace segments with wear > 2 mm or chipping.
4. Replace classifier shaft bearings (SKF 7208 BECBP pair) and labyrinth seal purge line filter.

### 3. Montage / Assembly
- Nozzle alignment: the three nozzle axes must intersect at the chamber centre within ± 0.5 mm (alignment mandrel WZ-14).
- Classifier wheel radial run-out ≤ 0.02 mm; axial gap wheel/outlet pipe 0.8 ± 0.1 mm (feeler gauge). Dynamic balance grade G2.5 at 8 000 rpm.
- Torque: wheel hub bolts M8 = 25 N·m.

### 4. Inbetriebnahme nach Überholung / Restart and classifier tuning
1. Leak test with N₂ at 0.05 MPa: pressure drop ≤ 2 kPa in 30 min.
2. Run empty for 1 h: grinding pressure 0.65 MPa, classifier 4 000 rpm. Vibration at bearing housing ≤ 2.8 mm/s.
3. Feed a 50 kg tuning lot of HD coarse powder. Take samples after 10, 20 and 30 min and measure by laser diffraction (dry dispersion).
4. Adjust classifier speed in 100 rpm steps until D50 is within the product target of the current process card (reference: D50 ≈ 3.0 µm, D90/D10 ≤ 4.5). Record speed vs. D50 in table 1 and hand over to production.

**Tabelle 1 — Sichterdrehzahl vs. Partikelgröße (tuning log)**

| Drehzahl rpm | D10 µm | D50 µm | D90 µm |
|---|---|---|---|
| 3 600 | 1.45 | 3.42 | 6.41 |
| 3 800 | 1.38 | 3.18 | 5.95 |
| 4 000 | 1.31 | 3.02 | 5.66 |
| 4 200 | 1.24 | 2.87 | 5.31 |

### 5. Dokumentation
Record bearing numbers, nozzle measurements and the tuning table in the equipment log (Anlagenlogbuch). Ersatzteile: see spare-part list ET-JM-400.
""")

D("B6", "txt", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "drawing", None, "zh",
  "Retrofit drawing (title block, BOM, tolerances) for the quench roll of an NdFeB strip caster; process values only as references -> b",
"""
================================================================================
 图纸标题栏
 图名：速凝铸片炉 SC-600 冷却铜辊组件（改造）          图号：SC600-GZ-101   版次：C
 比例：1:5    图幅：A1    共 3 张 第 1 张    材料：见明细表    重量：1 286 kg
 设计：王○   校对：刘○   审核：赵○   工艺：孙○   标准化：周○   批准：李○
 日期：2025-05-20    单位：磁材事业部 设备技术科
 项目：钕铁硼速凝铸片产线 2# 炉 冷却辊升级改造（替换原 Φ500 钢背铜套辊）
================================================================================

明细表（BOM）
序号  代号               名称                 数量  材料        备注
1     SC600-GZ-101-01    冷却辊辊体 Φ600×400  1     CuCrZr      锻件，硬度 ≥ 150 HB
2     SC600-GZ-101-02    左辊轴               1     42CrMo      调质 28–32 HRC
3     SC600-GZ-101-03    右辊轴（带旋转接头座） 1     42CrMo      调质 28–32 HRC
4     SC600-GZ-101-04    内冷水套             1     316L        螺旋流道 8 头
5     GB/T 276-2013      深沟球轴承 6224       2     —           C3 游隙
6     DEUBLIN 1115       双通路旋转接头        1     —           DN40
7     SC600-GZ-101-07    迷宫密封环           2     PTFE+石墨    —
8     SC600-GZ-101-08    真空动密封组件        2     FKM/316L     漏率见技术要求
9     GB/T 70.1-2008     内六角螺钉 M16×60     24    12.9 级      涂乐泰 243

主要尺寸与公差
- 辊体外径 Φ600 h7（0/-0.070），辊面宽 400 ±0.1
- 辊面径向圆跳动 ≤ 0.03（相对 A-B 公共轴线）
- 辊面粗糙度 Ra 0.8，周向无划痕，修磨后外径允许最小 Φ590
- 轴承位 Φ120 k6，同轴度 Φ0.02
- 内冷水套与辊体壁厚 25 ±0.5（均匀性 ≤ 0.3）

技术要求
1. 辊体锻件须经超声波探伤，按 GB/T 6402 二级验收。
2. 水套装配后 1.0 MPa 水压试验 30 min 无渗漏；冷却水流量 ≥ 60 m³/h 时进出口压差 ≤ 0.15 MPa。
3. 真空动密封组件装入炉体后整炉漏率 ≤ 5 Pa·L/s，极限真空 ≤ 5×10⁻² Pa。
4. 辊体装配后做动平衡，精度等级 G2.5（转速 300 r/min）。
5. 改造后调试时辊面线速度、浇注温度、铸片厚度按工艺卡 SC-GY-03 执行（参考：线速度 1.0–1.5 m/s，铸片厚度 0.25–0.35 mm），本图不作规定。
6. 拆下旧辊交设备科登记报废；新辊首次使用前须做 3 炉试铸并记录铸片厚度分布。
7. 未注尺寸公差按 GB/T 1804-m，未注形位公差按 GB/T 1184-K。

第 2 张：辊轴及旋转接头装配图；第 3 张：炉体开孔修改图（原 Φ520 开孔扩大至 Φ630，法兰重新焊接）。
""")

D("B7", "csv", "controlled", ["1E902.b"], ["recycling"], [], "parameter-sheet", None, "zh",
  "Alignment and trial-run record of a rotary kiln for oxidising roast of NdFeB sludge (recycling line); purpose installation/commissioning -> b",
"""
回轉窯安裝找正及試車記錄,,,,,
設備名稱,Φ2.2×28 m 回轉窯（釹鐵硼油泥氧化焙燒）,設備編號,RK-01,記錄編號,RK-01-AZ-2025-06
安裝單位,○○機電工程公司,監理,設備部,日期,2025-06-03 ~ 2025-06-21
一、托輪找正,,,,,
檔位,托輪中心距 mm（設計 1920）,實測左,實測右,托輪歪斜 mm,判定（≤0.5）
1 檔,1920,1920.3,1919.8,0.2,OK
2 檔,1920,1919.6,1920.2,0.4,OK
3 檔,1920,1920.1,1920.0,0.1,OK
二、筒體直線度及徑向跳動,,,,,
測點,距窯頭 m,徑向跳動 mm,允許 mm,判定,
P1,2,3.1,≤ 5,OK,
P2,9,4.2,≤ 5,OK,
P3,16,3.8,≤ 5,OK,
P4,23,2.7,≤ 5,OK,
三、大齒圈,,,,,
項目,標準,實測,判定,,
齒圈徑向跳動,≤ 1.5 mm,0.9,OK,,
齒圈端面跳動,≤ 1.0 mm,0.7,OK,,
大小齒輪齒頂間隙,0.25m+(2~3) mm,8.6,OK,,
接觸斑點（齒高/齒長）,≥ 40 % / ≥ 50 %,45 % / 60 %,OK,,
四、空載試車（8 h）,,,,,
時間,窯速 r/min,主電機電流 A,托輪軸承溫度 °C,擋輪受力,備註
1 h,1.0,62,38,上擋輪輕觸,
4 h,2.0,66,44,上下竄動正常,
8 h,3.0,71,49,正常,窯體上下竄動週期 10 h 內完成
五、烘窯及帶料試車（參照工藝卡 HS-GY-02，不作修改）,,,,,
階段,時間,窯尾溫度 °C,焙燒帶溫度 °C,投料量 kg/h,備註
烘窯,72 h,≤ 350,升至 900,0,澆注料烘乾曲線按廠家規定
試投料 1,8 h,380,850 ± 20,300,乾燥後油泥（含水 ≤ 5 %）
試投料 2,16 h,400,850 ± 20,600,焙燒料 Fe2+ 抽檢
試投料 3,24 h,410,850 ± 20,800,達設計產能 80 %
六、焙燒料抽檢（試車期間，參照值）,,,,,
批次,鐵氧化率 %,REO %,殘碳 %,粒度 -100 目 %,
SC-1,96.8,27.4,0.21,88,
SC-2,98.1,27.9,0.12,91,
SC-3,98.6,28.2,0.09,92,
結論,托輪、齒圈、筒體找正符合 GB 50270 要求；空載及帶料試車正常，同意移交生產。,,,,
""")

D("B8", "txt", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["SmCo"], "process-spec", None, "en",
  "Maintenance manual (intervals, checks, set-point verification) for SmCo sinter/solution/ageing furnaces; set-points only as references -> b",
"""
MAINTENANCE MANUAL MM-SC-07
Vacuum sintering / solution-treatment / ageing furnace group, SmCo magnet line (furnaces F-11, F-12, A-21, A-22)
Revision 5, effective 2025-02-01. Prepared by: Maintenance Engineering. Approved: Plant Engineering Manager.

1  SCOPE
This manual defines preventive maintenance intervals, inspection methods and acceptance limits for the four furnaces
used for Sm2Co17-type and SmCo5 magnets. It does not define heat-treatment recipes; the recipe values quoted in
section 6 are copied from process card PC-SC-2:17-04 for verification of controllers only. Any discrepancy is
resolved in favour of the process card.

2  SAFETY
Furnaces operate with argon back-fill and water-cooled shells. Before entering a hot zone: vent with air, confirm
O2 > 19.5 %, lock out heating transformer and cooling-gas blower. Sm-containing dust is flammable: vacuum-clean
with an ATEX-rated vacuum cleaner only.

3  PREVENTIVE MAINTENANCE INTERVALS
   Item                                          Interval        Method / limit
   ----------------------------------------------------------------------------------------------
   Rotary vane pump oil                          500 h           change; oil colour check weekly
   Roots pump gear oil                           2 000 h         change
   Diffusion pump oil (F-11, F-12)               4 000 h         change; ultimate vacuum <= 5E-3 Pa
   Door seal (FKM, 1 050 x 10 mm)                6 months        replace; leak-up rate <= 0.5 Pa/h
   Molybdenum heating elements                   monthly         visual; resistance drift <= 8 % vs. new
   Molybdenum heat shields (5 layers)            quarterly       distortion, embrittlement; replace at cracks
   Thermocouples, type S control                 3 months        compare against reference TC, |dev| <= 2 degC
   Thermocouples, type K over-temperature        6 months        replace
   Cooling-gas blower bearings                   6 months        vibration <= 4.5 mm/s RMS
   Heat exchanger (gas cooling)                  12 months       descale; dT water in/out at full blower >= 6 K
   Temperature uniformity survey (TUS)           12 months       9 points, +/- 5 degC at 1 200 degC (F-11/12),
                                                                 +/- 3 degC at 830 degC (A-21/22)
   Programmable controller battery               24 months       replace; back up all recipes first

4  LEAK-RATE TEST
Pump down cold furnace to < 1E-2 Pa, close main valve, record pressure for 60 min. Accept if rise <= 0.5 Pa/h.
If failed, helium-leak-test door seal, feed-throughs and thermocouple glands (max 1E-8 Pa m3/s each).

5  CORRECTIVE MAINTENANCE — HEATING ELEMENT REPLACEMENT
5.1 Remove shields in order 1 (inner) to 5 (outer); store flat.
5.2 Replace broken Mo strip with 0.8 x 40 mm Mo-La strip; ceramic insulators Al2O3 99 %.
5.3 Measure zone resistance: zone 1 0.112 ohm, zone 2 0.108 ohm, zone 3 0.115 ohm (+/- 5 %).
5.4 Perform a bake-out at 1 250 degC for 2 h empty before returning to production.

6  CONTROLLER SET-POINT VERIFICATION (reference values from process card, do not edit here)
   Furnace   Segment                         Reference set-point
   F-11/12   sintering                       1 205 degC (window 1 190-1 220)
   F-11/12   solution treatment              1 175 degC, then gas quench
   A-21/22   isothermal ageing               830 degC
   A-21/22   controlled cooling              to 400 degC at programmed rate, then gas quench
Check after each controller service that stored recipes match the issued process card revision (checksum list
CL-SC-04). Report deviations to Process Engineering; maintenance staff must not alter recipes.

7  RECORDS
Form MM-SC-07-F1 (PM checklist), F2 (leak-rate), F3 (TUS), F4 (controller verification). Retain 5 years.
""")

D("B9", "md", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "mixed",
  "Site acceptance test protocol for a hydrogen-decrepitation furnace line (traditional Chinese + English); purpose acceptance testing -> b",
"""
# 氫破爐生產線 現場驗收測試規程 / Site Acceptance Test (SAT) Protocol
**Doc. No.** SAT-HD-1200-01　**Rev.** 0　**Project** 釹鐵硼氫破（HD）產線擴建 / NdFeB HD line expansion
**Supplier** ○○真空設備　**Buyer** 磁材廠 粉末工段　**Date** 2025-07-08

## 1. 範圍 Scope
本規程適用於兩台旋轉式氫破爐 HD-1200（單爐裝料 1 200 kg 速凝鑄片）及配套氫氣站、脫氫真空系統、冷卻系統之現場驗收。This SAT verifies installation, function and performance after FAT; process recipes belong to the buyer and are used here only as reference targets.

## 2. 前提條件 Preconditions
- FAT 報告已簽核；機械安裝完成、管線壓力試驗合格（H₂ 管線 1.5 × 設計壓力，保壓 24 h）。
- 氫氣洩漏報警器標定完成（25 % LEL 報警，50 % LEL 聯鎖切斷）。
- 防爆區域劃分及接地檢查完成。

## 3. 測試項目 Test items
| No. | 項目 Item | 方法 Method | 驗收標準 Acceptance |
|---|---|---|---|
| 1 | 爐體氦檢漏 He leak test | 噴吹法 | 總漏率 ≤ 1×10⁻⁷ Pa·m³/s |
| 2 | 極限真空 Ultimate vacuum | 冷態 2 h | ≤ 5 Pa（羅茨+滑閥泵組） |
| 3 | 壓升率 Pressure rise | 關閥 1 h | ≤ 10 Pa/h |
| 4 | 旋轉機構 Drum rotation | 空載 4 h | 轉速 0.5–5 rpm 可調，振動 ≤ 4.5 mm/s |
| 5 | 加熱均勻性 Heating | 空載 600 °C，6 點 | ±8 °C |
| 6 | 氫氣壓力控制 H₂ pressure control | 充氫至設定值 | 控制精度 ±0.005 MPa |
| 7 | 安全聯鎖 Interlocks | 逐項模擬 | 超壓、超溫、H₂ 洩漏、冷卻水斷流 全部觸發停機 |
| 8 | 冷卻速率 Cooling | 外噴淋水冷 | 600 → 80 °C ≤ 4 h |
| 9 | 性能試車 Performance run | 3 爐帶料 | 見第 4 節 |

## 4. 性能試車 Performance run（參照買方工藝卡 HD-GY-02）
1. 裝料 1 200 kg 速凝鑄片，抽真空至 ≤ 10 Pa。
2. 充氫吸氫（參照：室溫起始，壓力 0.09–0.1 MPa，吸氫至壓力不再下降），記錄吸氫時間及吸氫量。
3. 脫氫（參照：加熱至 550–580 °C 抽真空保溫至真空度恢復），記錄脫氫時間。
4. 冷卻出料，取樣分析 H 含量及粒度。

| 爐次 Batch | 吸氫時間 min | 脫氫時間 h | 出料 H 含量 ppm（參照 ≤ 1 500） | 判定 |
|---|---|---|---|---|
| SAT-1 | 95 | 6.5 | 1 180 | OK |
| SAT-2 | 88 | 6.2 | 1 240 | OK |
| SAT-3 | 91 | 6.4 | 1 090 | OK |

Cycle time requirement ≤ 12 h per batch — achieved 11.2 h average.

## 5. 不符合項處理 Punch list
| No. | 描述 Description | 責任 Owner | 期限 Due |
|---|---|---|---|
| P-1 | 2# 爐冷卻水流量開關延時過長（8 s → 3 s） | Supplier | 2025-07-15 |
| P-2 | HMI 配方頁權限分級未設定 | Supplier | 2025-07-15 |

## 6. 簽核 Sign-off
供方 Supplier：＿＿＿＿　買方設備 Buyer maintenance：＿＿＿＿　買方工藝 Buyer process：＿＿＿＿
""")

D("B10", "txt", "controlled", ["1E902.b"], ["separation"], [], "email", None, "zh",
  "Email arranging maintenance shutdown, settler cleaning, impeller replacement and restart of an SX cascade -> b",
"""
发件人: 张工（萃取车间设备主管）
收件人: 萃取车间全体班长; 生产调度; 化验室
抄送: 设备动力部 刘部长
日期: 2025年8月4日 09:12
主题: 【停车检修通知】2# 萃取线（钕钐分组）8月9日—8月12日 计划检修及开车安排

各位：

经生产部批准，2# 萃取线（P507 盐酸体系，钕/钐分组，共 56 级）定于 8 月 9 日 8:00 停车检修，计划 8 月 12 日 20:00 前恢复进料。具体安排如下，请各班严格执行。

一、停车顺序
1. 8/9 6:00 起停止料液进料，洗酸、反酸、有机相继续运行 2 h 冲洗。
2. 8:00 停洗酸、反酸；8:30 停有机相循环及全部搅拌。
3. 各级澄清 4 h 后，将水相放入事故槽，有机相打回有机储槽（V-203），不得混入新皂化有机。

二、检修内容
1. 第 18–26 级（洗涤段前部）澄清室界面污物（"三相物"）清理，污物装桶交环保科处理，严禁排入废水池。
2. 更换第 5、12、31、44 级搅拌桨（PP 涡轮桨 Φ450，原桨磨损 >5 mm）；电机轴承全部加注润滑脂。
3. 第 40 级混合室内衬渗漏点补焊（PP 焊条），补焊后注水 12 h 检漏。
4. 有机相计量泵 P-201A 更换隔膜，检修后重新标定（误差 ≤ ±1%）。
5. 全线 pH 在线探头清洗、两点标定（pH 1.68 / 4.00）。

三、开车
1. 8/12 8:00 开始充有机相，先反萃段后萃取段。
2. 有机相重新皂化：皂化度按工艺规程执行（目前规程值 0.54 mol/L，供参考），皂化后分相时间 ≥ 30 min 方可入槽。
3. 先开反酸、洗酸，稳定 1 h 后按 50% 设计流量投料液，4 h 后恢复 100%。
4. 化验室每 2 h 取第 1、15、30、42、56 级水相样，分析 Nd、Sm 配分，直至出口产品连续 2 次合格（Nd₂O₃/REO ≥ 99.5%）。

四、注意事项
- 检修期间严禁动火作业靠近有机相储槽 15 m 范围，如需动火办理一级动火证。
- 换下的搅拌桨登记后交设备科，分析磨损原因。

如有问题请直接打我电话。

张○○
萃取车间 设备主管
""")

D("B11", "txt", "controlled", ["1E902.b"], ["metal-smelting"], [], "process-spec", None, "zh",
  "Repair record of an RE molten-salt electrolysis cell (cathode, crucible crack, restart) -> b",
"""
電解槽維修記錄表

槽號：E-14（3 kA 釹電解槽）　　維修類別：故障維修　　記錄編號：EM-2025-0314
報修時間：2025-03-14 02:40　　報修人：夜班 電解工 吳○○
完工時間：2025-03-15 18:20　　維修負責：設備班 蔡○○

【故障現象】
1. 02:10 起槽電壓由 9.2 V 升至 10.8 V，電流自動降至 2.6 kA。
2. 出金屬時發現金屬含鐵 0.62%（正常 ≤ 0.2%），槽殼東側下部溫度 265 °C（正常 < 180 °C）。
3. 判定：石墨坩堝東側下部可能有裂紋，電解質滲入保溫層並侵蝕鋼殼。

【處理過程】
03:00 停止加料，出盡金屬，電流降至 0 後斷開槽前隔離開關，掛牌上鎖。
03:30 抽出電解質約 180 kg 至預熱鐵模，保留待回用。
04:00–12:00 自然冷卻並吸塵；吊出陽極 4 塊（其中 2 塊已消耗至 35 mm，報廢）。
13:00 檢查坩堝：東側距底 120 mm 處縱向裂紋長 210 mm、寬 1–2 mm；保溫磚浸潤約 0.3 m²。
14:00–次日 06:00 更換石墨坩堝（Φ600×800，等靜壓石墨）、更換浸潤保溫磚、重新搗打碳糊層 50 mm。
06:00–14:00 電阻棒烘爐（按烘爐規程 DJ-HL-01 曲線，終溫 900 °C）。
14:00 加入回用電解質 + 新電解質，插入新陽極 2 塊、舊陽極 2 塊；鎢陰極檢查：端部蝕損 8 mm，車平後繼續使用。
15:00 通電，電流 1 kA → 2 kA → 3 kA 分段升至額定，槽溫、電壓按工藝卡目標值監控。
18:20 槽電壓穩定 9.0–9.4 V，恢復加料。

【更換備件】
石墨坩堝 1 只；陽極石墨板 2 塊；高鋁保溫磚 36 塊；碳糊 40 kg；陰極導電銅排螺栓 M20 4 套。

【恢復運行後前三爐金屬】
爐 1：Nd 99.1%，Fe 0.41%（隔離處理）
爐 2：Nd 99.4%，Fe 0.18%
爐 3：Nd 99.5%，Fe 0.12%（合格）

【原因分析及預防】
坩堝已使用 11 個月，接近壽命上限（12 個月）；另該槽 2 月份兩次陽極效應未及時處理導致局部過熱。預防：坩堝壽命管理改為 10 個月強制更換；每班用紅外測溫槍測槽殼 8 點並記錄。

設備班長：蔡○○　　車間主任：鄭○○　　工藝員：許○○
""")

D("B12", "txt", "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", None, "en",
  "Field-service email on commissioning a grain-boundary diffusion line abroad that also transmits the Tb coating/diffusion/tempering recipe -> a+b",
"""
From: K. Liu <field.service@…>
To: Plant Engineering – Magnet Line 3 (customer site)
Cc: Process Engineering HQ; Project Manager
Date: Tue, 16 Sep 2025 21:47
Subject: GBD line commissioning – day 9 status, punch list and diffusion recipe for trial lots

Hi all,

Summary of today at your site:

1. Coating station (magnetron sputtering, 4 Tb targets 600 x 125 mm) – installation complete. Chamber base pressure
   reached 3.0E-4 Pa after 90 min pump-down. Target cooling water 18 degC, 22 L/min per cathode, OK.
   Substrate carrier rotation 6 rpm, checked with tachometer. Thickness uniformity on the 9 test coupons: 8.6 um
   mean, +/- 6 % – within spec (+/- 10 %).
2. Diffusion furnace DF-2 – TUS at 900 degC passed (+/- 4 degC, 12 points). Leak-up 0.3 Pa/h.
3. Tempering furnace – controller replaced (old unit had faulty analog card), re-tuned PID: P 18 %, I 240 s, D 40 s.

Punch list still open:
- P-07 exhaust duct vibration at the sputter chamber roughing pump (7.1 mm/s) – add damper, your mechanical team.
- P-09 HMI recipe page not password-protected – our software engineer fixes it remotely on Thursday.
- P-11 missing spare Tb target – shipping from HQ next week.

Recipe for the three trial lots (as agreed with HQ process engineering, please load exactly as below; this is the
same recipe we run at home on 5.0 x 5.0 mm thick 48SH base material):
- Base magnets: sintered, ground, 5.0 mm in the diffusion (c-axis) direction, pickled 30 s in 3 % HNO3, rinsed,
  dried 15 min at 80 degC, loaded within 2 h.
- Coating: Tb, 0.55-0.65 wt % of magnet mass (about 8-9 um on both pole faces), sputtering power 18 kW per target,
  Ar 0.45 Pa.
- Diffusion: heat 10 degC/min to 600 degC, hold 1 h (degas); 5 degC/min to 920 degC, hold 12 h at <= 5E-3 Pa;
  Ar gas quench to < 80 degC.
- Tempering: 490 degC x 4 h, Ar quench.
- Expected: Br drop <= 0.02 T, HcJ gain >= 8 kOe (48SH base -> 48UH class), squareness Hk/HcJ >= 0.95.

Please measure 5 samples per lot on the hysteresigraph and send me the curves; if HcJ gain is below 7 kOe we will
lengthen the 920 degC hold to 15 h before changing the Tb amount.

Tomorrow: interlock tests on DF-2 (over-temperature, cooling water loss, vacuum loss), then trial lot 1.

Best regards,
Kevin
Field Service Engineer
""")

D("B13", "md", "controlled", ["1E902.b"], ["mining"], [], "process-spec", None, "mixed",
  "Japanese-headed installation/trial-run procedure for an in-situ leaching injection-well grid and liquor collection on ion-adsorption clay (trad. Chinese body) -> b",
"""
# 原地浸礦 注液井網・集液系統 設置及び試運転手順書
文書番号：ISL-SU-03　改訂：2　作成：採礦技術部　承認：礦山長

## 1. 概要
本手順書規定離子吸附型稀土礦 3 號採場（面積約 4.2 ha，礦體平均厚度 6.5 m）之注液井網施工、集液巷道與導流孔安裝、高位池及管網試壓、試注液至正式浸礦前之驗收。浸礦劑濃度、注液強度等工藝值以《原地浸礦工藝規程 ISL-PS-01》為準，本書僅作參照。

## 2. 施工前確認事項
- 採場地質鑽孔資料（品位 TREO 0.06–0.12 %）及水文地質報告已審核。
- 山體穩定性評估完成；坡度 > 35° 區域設置監測樁。
- 收液池、事故池防滲膜（HDPE 1.5 mm）鋪設完成並經電火花檢漏。

## 3. 注液井網施工手順
| 項目 | 規定 | 檢查方法 |
|---|---|---|
| 井網 | 2.5 m × 2.5 m 梅花形 | 全站儀放樣，偏差 ≤ 0.2 m |
| 井徑 | Φ 0.8 m（人工）或 Φ 0.2 m（機鑽） | 量尺 |
| 井深 | 進入礦體 ≥ 0.5 m，距礦體底板 ≥ 1 m | 取芯確認 |
| 注液管 | PE Φ 25 mm，每井一閥 | 逐井通水 |
| 井口 | 黏土封堵 0.3 m，防雨水倒灌 | 目視 |

## 4. 集液系統
1. 集液巷道沿礦體底板下 0.5 m 佈置，斷面 1.2 × 1.8 m，間距 25–30 m；巷底坡度 3–5 ‰ 坡向收液溝。
2. 導流孔：巷道兩側每 3 m 一孔，孔深 8–12 m，仰角 3–5°，內插開孔 PVC 管 Φ 50 mm。
3. 底板有裂隙處加設人工假底（黏土＋膨潤土夯實），並於山腳設監測井 4 口。

## 5. 試運転手順
1. 清水試注：各井注清水 48 h，記錄單井注入量，排查冒液點、滲漏點；冒液井降低注液壓力或封堵。
2. 收液率確認：清水收液率目標 ≥ 85 %（參照）。
3. 試注浸礦劑：按規程開始注入硫酸銨（或硫酸鎂）溶液（參照濃度 1.5–2 %，pH 5–5.5），每 4 h 測收液池 REO 濃度、pH 及 NH₄⁺。
4. 監測井每日取樣一次，NH₄⁺、SO₄²⁻ 超過背景值 2 倍時暫停注液並上報。

## 6. 引渡条件
收液 REO 濃度連續 3 天 ≥ 0.5 g/L 且無滲漏異常時，移交生產班組轉入正式浸礦。

## 7. 記録様式
様式 1 井位放樣記錄；様式 2 管網試壓記錄；様式 3 清水試注記錄；様式 4 監測井水質記錄。
""")

D("B14", "csv", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh",
  "Preventive maintenance plan for an NdFeB sintered-magnet line (melting, strip casting, HD, jet mill, press, sintering) with intervals and check values -> b",
"""
设备,部位,保养内容,周期,标准/检查值,责任人,备注
真空感应熔炼速凝炉 SC-600,坩埚,检查侵蚀深度；超 15 mm 重新打结,每 80 炉,剩余壁厚 ≥ 25 mm,熔炼班,打结料 MgO 干式料
真空感应熔炼速凝炉 SC-600,冷却铜辊,辊面修磨,每 300 炉,Ra ≤ 0.8；径跳 ≤ 0.03 mm,设备科,最小直径 Φ590
真空感应熔炼速凝炉 SC-600,中频电源,可控硅散热器清灰；水冷接头检漏,每月,出水温度 ≤ 40 ℃,电工,
真空感应熔炼速凝炉 SC-600,真空系统,压升率测试,每周,≤ 3 Pa/h,熔炼班,
氢破炉 HD-1000,炉体,氦检漏,每季度,≤ 1E-7 Pa·m3/s,设备科,
氢破炉 HD-1000,氢气管路,报警器标定,每月,25% LEL 报警,安全员,
氢破炉 HD-1000,旋转密封,更换密封圈,每 6 月,无泄漏,设备科,
气流磨 JM-400,喷嘴,喉径测量,每 1000 h,Φ6.0–6.2 mm,粉末班,超差更换
气流磨 JM-400,分级轮,动平衡及跳动,每 2000 h,≤ 0.02 mm,设备科,
气流磨 JM-400,氧含量仪,标定,每周,氮气系统 O2 ≤ 50 ppm 报警,粉末班,
磁场成型压机 YP-200,电磁铁,线圈绝缘,每季度,≥ 100 MΩ,电工,
磁场成型压机 YP-200,取向磁场,高斯计校核,每月,模腔中心 ≥ 1.8 T（参照工艺卡）,成型班,
磁场成型压机 YP-200,手套箱,氧含量及手套完好,每班,O2 ≤ 100 ppm,成型班,
冷等静压机 CIP-300,高压缸,密封更换,每 5000 次,保压 200 MPa 5 min 压降 ≤ 2%,设备科,
真空烧结炉 VSF-600,热区,隔热屏检查,每月,无开裂；加热元件电阻偏差 ≤ 8%,烧结班,
真空烧结炉 VSF-600,真空系统,压升率,每周,≤ 0.67 Pa/h,烧结班,
真空烧结炉 VSF-600,热电偶,比对校准,每 3 月,偏差 ≤ ±2 ℃,计量室,
真空烧结炉 VSF-600,温度均匀性,TUS 9 点,每年,1060 ℃ ±5 ℃,计量室,
真空烧结炉 VSF-600,风冷系统,风机轴承,每 6 月,振动 ≤ 4.5 mm/s,设备科,
多线切割机 MW-08,导轮,更换,每 400 h,槽形无磨损,机加班,
多线切割机 MW-08,张力,校核,每班,按工艺卡,机加班,
""")

D("B15", "md", "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["SmCo"], "process-spec", None, "en",
  "Retrofit/upgrade plan for a 2:17 SmCo ageing furnace that also specifies the new step-ageing and controlled slow-cool profile -> a+b",
"""
# Engineering Change ECN-2025-031: Retrofit of Ageing Furnace A-21 for Programmed Slow Cooling (Sm₂Co₁₇ magnets)

**Requested by:** Process Engineering **Executed by:** Maintenance / Controls **Budget:** approved CAPEX-25-112

## 1. Background
A-21 currently ages 2:17 magnets with a single 830 °C hold followed by furnace cooling with the heaters off. Furnace cooling is uncontrolled (≈ 2.5 °C/min at 800 °C falling to 0.3 °C/min below 500 °C) and batch-to-batch HcJ scatter is ± 2.5 kOe. The upgrade adds a programmable controller with ramp-down capability, a trimmed heating circuit for slow cooling, and a third load thermocouple.

## 2. Scope of retrofit
1. Replace the two-point controller with a programmable controller (64 segments, ramp resolution 0.01 °C/min) and SCR power unit with phase-angle firing.
2. Install load thermocouples TC-L1 (top), TC-L2 (centre), TC-L3 (bottom) — type N, Inconel-sheathed, Ø 3 mm.
3. Add a motorised argon back-fill valve for partial-pressure operation (200–500 Pa Ar during cooling).
4. Upgrade insulation door (ceramic fibre 150 mm → 200 mm) to allow ≤ 0.5 °C/min without heater cycling.
5. SAT after retrofit: TUS ± 3 °C at 830 °C; ramp-following error ≤ 2 °C at 0.7 °C/min.

## 3. New ageing profile (to be loaded after SAT; replaces process card PC-SC-2:17-04 rev C)
Applies to Sm(Co_bal Fe0.25 Cu0.07 Zr0.025)7.8 magnets after sintering at 1 205 °C × 1 h and solution treatment at 1 175 °C × 3 h with gas quench.

| Seg. | Action | Set-point | Rate / time |
|---|---|---|---|
| 1 | heat | 400 °C | 10 °C/min |
| 2 | heat | 830 °C | 5 °C/min |
| 3 | isothermal hold | 830 °C | 12 h |
| 4 | controlled cool | 400 °C | 0.7 °C/min |
| 5 | hold | 400 °C | 10 h |
| 6 | gas quench | < 80 °C | blower 100 % |

Vacuum ≤ 1 × 10⁻² Pa during segments 1–3; Ar 300 Pa back-fill from segment 4. Load ≤ 250 kg in Mo trays, magnets stacked ≤ 3 layers.

## 4. Expected result
HcJ ≥ 25 kOe, Br ≥ 1.10 T, (BH)max ≥ 30 MGOe for the 30H grade; scatter within ± 1 kOe. If HcJ < 25 kOe, extend the 830 °C hold to 16 h before changing the cooling rate.

## 5. Schedule
Week 41: parts delivery; week 42: installation (furnace down 5 days); week 43: SAT and three qualification lots; week 44: release.
""")

D("B16", "md", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "zh",
  "Installation and commissioning procedure for a magnetic-field orientation press for NdFeB (field calibration, glovebox, trial pressing) -> b",
"""
# 磁場取向成型壓機 YP-200 安裝及調試作業指導書

文件編號：CX-AZ-02　版次：A　適用：燒結釹鐵硼 成型工段 新增壓機 3#、4#

## 一、設備概述
YP-200 為垂直壓（磁場方向與壓制方向垂直）電磁鐵取向壓機，公稱壓力 200 t，極頭間距 60–180 mm 可調，最大取向磁場 2.2 T（極頭間距 100 mm 時），配全封閉手套箱（氮氣保護）及自動稱粉、布粉系統。

## 二、基礎與安裝
1. 設備基礎混凝土強度達 C30 且養護 ≥ 28 天；預埋地腳螺栓位置偏差 ≤ ±3 mm。
2. 壓機就位後以精密水平儀調平，工作台水平度 ≤ 0.05 mm/m。
3. 電磁鐵冷卻水：純水循環，電導率 ≤ 10 μS/cm，流量 ≥ 6 m³/h；水冷接頭保壓 0.6 MPa 30 min 無滲漏。
4. 勵磁電源（直流 0–1 200 A）接地電阻 ≤ 4 Ω，勵磁線圈絕緣 ≥ 100 MΩ（1 000 V）。
5. 手套箱安裝後做保壓測試：+500 Pa 保持 1 h，壓降 ≤ 50 Pa。

## 三、單機調試
| 項目 | 方法 | 標準 |
|---|---|---|
| 主油缸 | 空行程 20 次 | 無爬行，上下限位準確 ±0.1 mm |
| 壓力標定 | 標準測力儀 | 顯示誤差 ≤ ±1 % F.S. |
| 取向磁場 | 霍爾高斯計，模腔中心及四角 5 點 | 中心值達工藝卡要求（參照 ≥ 1.8 T），均勻性 ≤ ±3 % |
| 退磁 | 反向衰減脈衝 | 壓坯剩磁 ≤ 2 mT |
| 手套箱氧含量 | 氧分析儀 | 充氮 2 h 後 ≤ 100 ppm（參照） |
| 稱粉精度 | 連續 50 次 | ±0.3 g（單坯 300 g） |

## 四、聯動試壓
1. 選用 4 套模具（方塊 52×42×35 mm 坯尺寸）各試壓 30 坯。
2. 壓制壓力、保壓時間、磁場強度按生產工藝卡設定（調試中不得變更工藝卡數值）。
3. 逐坯測量單重、尺寸、密度（阿基米德法）；生坯密度一致性要求 ≤ ±0.05 g/cm³。
4. 抽 6 坯經冷等靜壓及燒結後測 Br、取向度，與 1#、2# 壓機同批產品比對，Br 差 ≤ 0.01 T 方可驗收。

## 五、驗收文件
安裝記錄、單機調試記錄、聯動試壓記錄、比對燒結結果、操作與維護培訓簽到表。由設備部、成型工段、品保部會簽。
""")

D("B17", "csv", "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "parameter-sheet", None, "mixed",
  "Commissioning trial-lot log of a new dual-main-phase Ce-substituted magnet line with compositions, sintering/tempering values and results -> a+b",
"""
双主相 Ce 磁体产线调试试制记录 / Dual-main-phase (DMP) Ce magnet line – commissioning trial log,,,,,,,,,,,
Line,L5 (new),Stage,hot commissioning,Doc,DMP-TS-LOG-01,Rev,2,,,,
Lot,Alloy A (Nd-rich) wt%,Alloy B (Ce-rich) wt%,A:B mass ratio,Jet mill D50 um,Press field T,Sinter °C x h,1st temper °C x h,2nd temper °C x h,Density g/cm3,Br T,HcJ kOe
T01,PrNd31.0 B0.98 Co1.0 Cu0.15 Al0.2 Ga0.2 Fe bal,Ce22.5 PrNd8.5 B0.98 Co1.0 Cu0.15 Fe bal,70:30,3.1,1.9,1045 x 5,900 x 2,500 x 3,7.46,1.295,11.8
T02,same as T01,same as T01,70:30,3.1,1.9,1035 x 5,900 x 2,500 x 3,7.44,1.291,12.3
T03,same as T01,same as T01,70:30,2.9,1.9,1035 x 5,880 x 2,480 x 3,7.45,1.293,12.9
T04,same as T01,same as T01,60:40,2.9,1.9,1030 x 6,880 x 2,480 x 3,7.41,1.262,11.4
T05,same as T01,Ce22.5 PrNd8.5 B0.98 Co1.0 Cu0.25 Ga0.3 Fe bal,60:40,2.9,1.9,1030 x 6,880 x 2,480 x 3,7.42,1.268,12.2
Equipment notes / 设备调试备注,,,,,,,,,,,
1,SC-2 strip caster: wheel speed set 1.2 m/s for both alloys; flake thickness A 0.28 mm / B 0.26 mm,,,,,,,,,,
2,HD furnace: mixed A+B flakes hydrogenated together; dehydrogenation 560 °C to H < 1200 ppm,,,,,,,,,,
3,Jet mill: classifier 4100 rpm -> D50 2.9 um (T03 onward); lubricant 0.05 wt% added before milling,,,,,,,,,,
4,Sinter furnace VSF-7: TUS ±4 °C passed; lower sinter T (1030–1035 °C) required to keep Ce-rich grains from interdiffusing,,,,,,,,,,
5,Punch: press #2 field only 1.75 T at 120 mm gap – coil cooling flow low; fixed 2025-05-06,,,,,,,,,,
Conclusion / 结论,"T03 conditions released as L5 standard for 38M-Ce30 grade (Ce/TRE ≈ 30%): 70:30 blend, D50 2.9 um, sinter 1035 °C x 5 h, temper 880/480 °C. Line accepted.",,,,,,,,,,
""")

D("B18", "txt", "controlled", ["1E902.a", "1E902.b"], ["separation"], [], "process-spec", None, "zh",
  "Upgrade plan converting an SX line's saponification from ammonia to magnesium bicarbonate, with new dosing and saponification parameters -> a+b",
"""
萃取線皂化系統改造方案（氨皂化改為碳酸氫鎂皂化）

編號：GZ-SX-2025-05　　提出：萃取車間　　審批：技術中心、環保部、設備部

一、改造目的
現行液氨皂化產生含氨氮廢水約 1 200 m³/d（NH₄⁺-N 3–5 g/L），處理成本高且排放受限。本改造以碳酸氫鎂溶液替代液氨對 P507 有機相進行皂化，同時回收萃取廢水中之氯化鎂，實現無氨氮排放。

二、改造內容（設備）
1. 新建碳酸氫鎂製備單元：輕燒氧化鎂消化槽 2 台（20 m³，攪拌 80 rpm）→ 碳化塔 2 座（Φ1.8×12 m，CO₂ 由煅燒尾氣提純供給）→ 過濾（板框 80 m²）→ 清液儲槽 50 m³。
2. 原氨皂化槽 4 台改為“預皂化混合槽”：更換攪拌（雙層推進式，180 rpm）、增加 CO₂ 排氣管至尾氣吸收塔。
3. 新增在線 pH 與 Mg²⁺ 濃度（電導法）監測，與碳酸氫鎂計量泵聯鎖。
4. 拆除液氨儲罐及氨水配製系統，管線盲板隔離後拆除。

三、新皂化工藝（改造後執行，取代原規程第 4 章）
1. 碳酸氫鎂溶液：Mg(HCO₃)₂ 濃度以 MgO 計 12–15 g/L，Ca ≤ 0.2 g/L，過濾後濁度 ≤ 20 NTU。
2. 有機相：P507 1.5 mol/L – 磺化煤油。
3. 皂化方式：先以碳酸氫鎂皂化有機相得鎂皂，再以鎂皂與料液中稀土交換形成稀土皂（預負載），稀土皂進萃取段第 1 級。
4. 皂化度：36 %（即 0.54 mol/L），反應溫度 30–35 °C，混合時間 15 min，分相時間 ≥ 20 min。
5. 稀土預負載段 3 級，料液與鎂皂流比 1 : 6，出口水相 Mg²⁺ 返回碳酸氫鎂製備（回收率 ≥ 90 %）。
6. 萃取段、洗滌段、反萃段級數與流比維持不變（參照規程第 5 章）。

四、改造實施及調試
1. 停車 10 天，分兩條線輪流改造，避免全廠停產。
2. 單機調試：碳化塔 CO₂ 利用率 ≥ 85 %；計量泵標定 ±1 %。
3. 聯動調試：先以 20 % 負荷運行 48 h，檢查鎂皂分相情況，確認無乳化、無第三相；再升至 100 %。
4. 驗收：產品 Pr₆O₁₁、Nd₂O₃ 純度不低於改造前；廢水 NH₄⁺-N ≤ 15 mg/L；皂化劑成本下降 ≥ 30 %。

五、風險及應對
- 鎂皂易生成膠狀物：控制 Mg 濃度上限 15 g/L，溫度不低於 28 °C。
- 碳化塔結垢：每月酸洗一次。
""")

D("B19", "md", "controlled", ["1E902.a", "1E902.b"], ["metal-smelting"], [], "drawing", None, "en",
  "Upgrade drawing of a Sm reduction-distillation retort/condenser whose notes lay down the La-reduction distillation conditions -> a+b",
"""
# Drawing record (transcribed from PDF) — DWG No. MR-SM-220-UPG-01, Sheet 1 of 2

| Title block | |
|---|---|
| Title | VACUUM REDUCTION–DISTILLATION RETORT, Sm METAL — CONDENSER UPGRADE |
| Drawing no. / Rev. | MR-SM-220-UPG-01 / D |
| Scale / Size | 1:10 / A0 |
| Material | see parts list |
| Mass | 412 kg (retort assembly) |
| Drawn / Checked / Approved | H. Zhou / P. Wang / Chief Engineer |
| Date | 2025-01-17 |
| Project | Sm metal line — replace water-cooled cylindrical condenser with tapered multi-stage condenser (capacity 35 → 60 kg/batch) |

## Parts list
| Item | Description | Qty | Material | Remarks |
|---|---|---|---|---|
| 1 | Retort body Ø 420 × 1 650, wall 12 | 1 | Inconel 601 | hot zone length 900 |
| 2 | Charge crucible Ø 360 × 600 | 1 | Mo sheet 2 mm, TIG welded | reusable 40 cycles |
| 3 | Condenser cone, 3 stages, Ø 380 → Ø 300 | 1 | 304 SS | water jacket, see sheet 2 |
| 4 | Radiation shield pack, 6 discs | 1 | Mo 0.5 mm | between crucible and condenser |
| 5 | Flange DN400 with double O-ring groove | 1 | 304 SS | FKM 8 mm cord |
| 6 | Thermocouple well, Ø 16 | 2 | Inconel 600 | TC-1 crucible, TC-2 condenser |

## Dimensions / tolerances
- Retort bore Ø 420 H9; straightness 1.5 mm over length.
- Condenser stage spacing 120 ± 2; cone angle 8° ± 0.5°.
- Flange face flatness 0.05; surface Ra 1.6.
- Helium leak rate of the assembled retort ≤ 1 × 10⁻⁹ Pa·m³/s.

## Notes
1. Charge: Sm₂O₃ (≥ 99.9 %) and La metal turnings, La excess 15 % over stoichiometry, pressed to briquettes Ø 50 at 20 MPa; place in item 2, max. 90 kg briquettes per batch.
2. Evacuate to ≤ 5 × 10⁻³ Pa at room temperature; heat 10 °C/min to 600 °C, hold 1 h for degassing.
3. Heat to 1 250 °C (TC-1) and hold 4 h; keep condenser stage 1 at 450–550 °C, stage 2 at 300–400 °C, stage 3 < 200 °C (adjust jacket water 0.8/1.5/2.5 m³/h). Operating pressure ≤ 1 × 10⁻² Pa.
4. Sm deposit from stages 1–2 is product (Sm ≥ 99.9 %, La ≤ 0.01 %); stage 3 deposit is recycled to next charge.
5. Cool under vacuum to < 100 °C, back-fill Ar, open in Ar glovebox; pack Sm crowns under Ar.
6. After upgrade, commission with three batches and record yield (target ≥ 92 %) and deposit distribution per stage on form MR-SM-F3.
7. Replace item 5 O-ring every 10 batches; inspect item 1 for scaling every 20 batches (reject wall < 9 mm).
""")

D("B20", "md", "controlled", ["1E902.b"], ["recycling"], [], "process-spec", None, "mixed",
  "German-headed commissioning plan (Inbetriebnahme) for an NdFeB scrap recycling line (roast, selective HCl leach, SX, precipitation); Chinese body, values referenced -> b",
"""
# Inbetriebnahmeplan / 调试计划
## 废旧钕铁硼回收生产线（氧化焙烧—盐酸优溶—萃取—沉淀）

| Dokument | IBN-REC-2025-01 |
|---|---|
| Anlage | 年处理 3 000 t 钕铁硼废料（油泥、边角料）回收线 |
| Verantwortlich | 项目部 / 回收车间 |
| Stand | 2025-09-01 |

### 1. Voraussetzungen / 前提条件
- 土建、设备安装、管道试压完成，《安装完工确认单》已签署。
- 电气单机送电、仪表回路测试（Loop-Check）完成。
- 操作规程、工艺卡（HS-GY-01～05）已发布，本计划中工艺数值引用工艺卡，仅作检查目标。

### 2. Kalte Inbetriebnahme / 冷态调试（单机及联动，水试）
| 序号 | 设备 | 检查内容 | 标准 |
|---|---|---|---|
| 1 | 油泥干燥机 | 空载 4 h，热风温度 | 出口 ≤ 120 ℃ |
| 2 | 回转窑 RK-01 | 托轮温度、窜动 | 轴承 ≤ 60 ℃ |
| 3 | 球磨机 | 空载电流、噪音 | ≤ 85 dB(A) |
| 4 | 优溶反应釜 R-101～104（搪瓷 10 m³） | 水试搅拌、夹套蒸汽 | 升温至 90 ℃ ≤ 60 min |
| 5 | 板框压滤机 | 水试 | 无滤布泄漏 |
| 6 | 萃取槽 40 级 | 水/煤油联动 48 h | 界面稳定 |
| 7 | 草酸沉淀槽、离心机 | 水试 | — |
| 8 | 灼烧隧道窑 | 烘窑曲线 | 按耐材厂家 |

### 3. Warme Inbetriebnahme / 热态调试（带料）
1. 焙烧：投入干燥油泥，逐步提量至设计 50 %→80 %→100 %；检查焙烧料铁氧化率（参照 ≥ 98 %）。
2. 优溶：焙烧料磨细（参照 -200 目 ≥ 90 %），按工艺卡控制盐酸加入量及终点 pH，检查浸出液 Fe 含量（参照 ≤ 0.05 g/L）与稀土浸出率（参照 ≥ 98 %）。
3. 萃取：按工艺卡建立平衡，分出 PrNd 与 Dy/Tb 富集物。
4. 沉淀与灼烧：草酸沉淀，灼烧至氧化物，检测 TREO、灼减。

### 4. Leistungsnachweis / 72 h 性能考核
| 指标 | 目标 |
|---|---|
| 处理量 | ≥ 9 t/d 干油泥 |
| 稀土总回收率 | ≥ 95 % |
| PrNd 氧化物纯度 | ≥ 99.5 % |
| 废水 | 达标排放 |

### 5. Übergabe / 移交
考核通过后，由项目部、回收车间、安环部签署《Übergabeprotokoll / 移交证书》，遗留问题列入整改清单限期关闭。
""")

D("B21", "txt", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", None, "zh",
  "Email on repair and re-commissioning of a hot-deformation press for NdFeB rings; process values only referred to -> b",
"""
寄件者：陳○○（設備工程課）
收件者：熱變形工段 全體；品保 李○○
副本：廠務 王經理
日期：2025年10月2日 星期四 16:05
主旨：RE：熱壓／熱變形壓機 HP-3 故障維修完成及復機驗證安排

各位好：

HP-3（400 t 伺服熱壓／背擠壓複合壓機，釹鐵硼輻射環產品）上週因感應線圈擊穿及上模座冷卻水路滲漏停機，維修情形與復機安排如下：

一、已完成之維修
1. 感應加熱線圈（銅管 Φ12×1.5，8 匝）重新繞製並浸漆，匝間絕緣 ≥ 50 MΩ；中頻電源 IGBT 模組更換 2 只。
2. 上模座水冷通道滲漏點（銀焊）重焊，保壓 0.8 MPa 30 min 無滲漏。
3. 真空腔體氦檢漏：總漏率 3×10⁻⁸ Pa·m³/s，極限真空 4×10⁻³ Pa，合格。
4. 光柵尺重新校正：位移示值誤差 ±0.01 mm／100 mm。
5. 主油缸壓力感測器更換並標定（標準測力環），誤差 ≤ 0.5 % F.S.

二、復機驗證（10/6 早班）
1. 空機：加熱至工藝卡設定溫度（參照熱壓約 650 °C、背擠壓約 850 °C）確認升溫時間與溫度均勻性（模具 3 點 ±8 °C）。
2. 試壓：以庫存快淬粉壓 5 件 HP 坯、背擠壓 5 件環，工藝參數依現行工藝卡 RE-HD-GY-03（不得修改）。
3. 品保抽測：環件徑向 Br、HcJ、尺寸及裂紋探傷；與停機前批次比對，Br 差 ≤ 0.02 T 即可復產。

三、後續預防
- 感應線圈改為每 3 個月停機量測絕緣一次（原為 6 個月）。
- 上模座水路加裝流量開關，流量 < 8 L/min 聯鎖停熱。

附件：維修工時單、備件領用單、檢漏報告（PDF）。

陳○○ 敬上
設備工程課
""")

D("B22", "csv", "controlled", ["1E902.b"], ["mining"], [], "parameter-sheet", None, "zh",
  "Overhaul and re-commissioning checklist of a bastnasite flotation circuit; reagent values referenced only -> b",
"""
氟碳铈矿浮选车间 浮选机大修及重新开车检查表,,,,,
单位,选矿厂 二系列,表号,FX-DX-2025-11,日期,2025-11-03
设备,检修项目,标准,实测/结果,判定,签字
KYF-16 浮选机 粗选 1#-4#,叶轮、定子更换,叶轮定子间隙 5–8 mm,6.0/6.5/5.5/7.0,合格,
KYF-16 浮选机 粗选 1#-4#,主轴轴承,温升 ≤ 35 K,22 K,合格,
KYF-16 浮选机 粗选 1#-4#,充气量调节阀,0.8–1.2 m3/(m2·min),1.0,合格,
XCF-8 浮选机 精选 1#-3#,槽体衬胶修补,无脱胶,完成,合格,
XCF-8 浮选机 精选 1#-3#,液位自控,液位波动 ≤ ±20 mm,±12 mm,合格,
Φ2700×3600 球磨机,衬板更换,螺栓扭矩 1200 N·m,完成,合格,
Φ2700×3600 球磨机,大齿轮啮合,接触斑点 ≥ 50%,55%,合格,
旋流器组 FX-350,沉砂嘴更换,Φ75,完成,合格,
药剂添加系统,计量泵标定,误差 ≤ ±2%,±1.2%,合格,羟肟酸、水玻璃、起泡剂三路
矿浆搅拌槽（调浆）,加温系统,矿浆 50–60 ℃（参照工艺卡）,56 ℃,合格,
重新开车（参照工艺卡 XK-GY-02，药剂制度不作变更）,,,,,
时间,磨矿细度 -74um %,粗选 pH,原矿 REO %,精矿 REO %,回收率 %
开车 +4 h,78,9.0,6.1,54.3,68.2
开车 +8 h,81,9.1,6.3,58.7,73.5
开车 +16 h,83,9.0,6.2,61.2,75.8
开车 +24 h,84,9.0,6.0,61.8,76.4
结论,大修后浮选机运行正常；24 h 后精矿品位及回收率恢复至大修前水平（REO ≥ 60%，回收率 ≥ 75%），同意转入正常生产。,,,,
""")

# ---------------------------------------------------------------- clause a
D("A1", "md", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "process-spec", None, "en",
  "Internal process specification for 2:17 SmCo magnets (melt, powder, press, sinter, solution, step ageing); citing a paper/standard does not make it excluded -> a",
"""
# Process Specification PS-SC-217-02 — Sintered Sm₂Co₁₇-type Magnets, Grades 28H/30H/32H

**Classification:** internal, confidential **Revision:** E (2025-04) **Owner:** Process Engineering, SmCo line

## 1. Scope
This specification defines the production route from raw materials to ground, magnetised Sm(Co,Fe,Cu,Zr)z magnets. Measurement methods follow GB/T 3217 and IEC 60404-5; the cellular-structure rationale for the ageing step is summarised from the literature (e.g. the review in *J. Magn. Magn. Mater.*) but the values below are our own qualified settings and are binding.

## 2. Alloy
| Element | wt % (30H) | Tolerance |
|---|---|---|
| Sm | 25.3 | ± 0.15 |
| Fe | 17.5 | ± 0.3 |
| Cu | 5.2 | ± 0.1 |
| Zr | 2.9 | ± 0.1 |
| Co | balance | — |

Sm metal ≥ 99.9 %; add 0.6 wt % Sm excess to the charge to compensate evaporation. Melt in a vacuum induction furnace (Al₂O₃ crucible), Ar 0.05 MPa, pour at 1 450–1 480 °C into a water-cooled Cu book mould (ingot thickness 15 mm). Homogenise ingot 1 150 °C × 20 h in Ar if Sm segregation > 0.3 wt % (XRF, 5 points).

## 3. Powder
1. Jaw crush → disc mill to < 300 µm under N₂.
2. Jet mill (N₂, O₂ < 20 ppm), grinding pressure 0.6 MPa; target FSSS 3.5–4.0 µm (D50 laser 4.5–5.0 µm).
3. Blend 2 h in a V-blender with 0.03 wt % zinc stearate.

## 4. Pressing
Transverse-field die pressing at 1.8 T minimum, 1.5 t/cm²; then CIP 200 MPa, 1 min hold. Green density ≥ 5.0 g/cm³.

## 5. Heat treatment (single charge, vacuum/Ar furnace)
| Step | Temperature | Time | Atmosphere / cooling |
|---|---|---|---|
| debinder/degas | 400 → 900 °C, 3 °C/min | 1 h at 900 °C | vacuum ≤ 1 × 10⁻² Pa |
| sintering | 1 205 °C (window 1 190–1 220 °C by Fe content) | 1 h | Ar 0.05 MPa |
| solution treatment | cool in furnace to 1 175 °C | 3 h | Ar; then fan quench > 100 °C/min to < 200 °C |
| ageing | 830 °C | 12 h | vacuum |
| slow cooling | 830 → 400 °C at 0.7 °C/min | — | Ar 300 Pa |
| final hold | 400 °C | 10 h | then quench |

Sintered density ≥ 8.30 g/cm³. If HcJ < 25 kOe, re-age (830 °C step only) once; do not repeat solution treatment.

## 6. Machining and magnetising
Diamond-wheel slicing and surface grinding (see NC program SC-GR-11); chamfer 0.2 × 45°. Magnetise in a pulse field ≥ 4 T.

## 7. Acceptance
| Grade | Br (T) | HcJ (kOe) | (BH)max (MGOe) |
|---|---|---|---|
| 28H | ≥ 1.03 | ≥ 25 | 26–28 |
| 30H | ≥ 1.08 | ≥ 25 | 28–30 |
| 32H | ≥ 1.10 | ≥ 25 | 30–32 |

Temperature coefficient of Br −0.035 %/°C (20–150 °C), irreversible loss after 2 h at 350 °C ≤ 3 % (Pc = 1).
""")

D("A2", "csv", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "parameter-sheet", None, "zh",
  "Parameter sheet for SmCo5 (1:5) magnets: alloy, milling, pressing, sintering, annealing -> a",
"""
釤鈷 1:5（SmCo5）燒結磁體 工藝參數表,,,,
表號,SC15-PS-01,版次,C,
牌號,YX-20,YX-22,YX-24,說明
Sm wt%,36.6,36.8,37.0,液相燒結需富 Sm
Pr wt%,0,0,0,
Co wt%,餘量,餘量,餘量,
熔煉,真空感應 1400 °C Ar 0.04 MPa,同左,同左,鑄錠厚 ≤ 12 mm
粗碎粒度 um,< 400,< 400,< 400,N2 保護
球磨／氣流磨,氣流磨 0.55 MPa,氣流磨 0.6 MPa,氣流磨 0.6 MPa,
平均粒度 FSSS um,4.5,4.2,4.0,
取向磁場 T,1.6,1.8,2.0,橫向壓
壓制壓力 MPa,150,150,150,等靜壓 200 MPa
燒結溫度 °C,1120,1125,1130,真空→Ar 0.05 MPa
燒結時間 h,1.0,1.0,1.0,
固溶／回火,1090 °C x 1 h 後緩冷至 900 °C,同左,同左,緩冷 1 °C/min
低溫退火,900 °C x 2 h 急冷,同左,同左,避免 750 °C 附近共析分解
密度 g/cm3,≥ 8.2,≥ 8.2,≥ 8.25,
Br T,≥ 0.88,≥ 0.92,≥ 0.96,
HcJ kOe,≥ 20,≥ 20,≥ 18,
(BH)max MGOe,18-20,20-22,22-24,
""")

D("A3", "txt", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec", None, "zh",
  "Process specification for dual-main-phase Ce-substituted sintered magnets (two alloys, blending, sintering, tempering) -> a",
"""
双主相铈磁体（Ce/TRE = 25%）制造工艺规范

文件号：GY-CE-DMP-03　版本：B/1　密级：内部秘密
适用牌号：42M-Ce25、40H-Ce25

1 原理要点
采用两种成分不同的速凝合金分别制粉后混合（双合金法），使烧结体中同时存在富 Nd 主相晶粒与富 Ce 主相晶粒（双主相），抑制 Ce 与 Nd 在主相中的均匀化，从而在高 Ce 替代量下保持 Br 与 HcJ。关键在于控制烧结温度与时间，避免两类主相相互扩散。

2 合金成分（wt%）
合金 A（富 Nd）：PrNd 30.5，Dy 0.5，B 0.97，Co 1.2，Cu 0.12，Al 0.15，Ga 0.25，Zr 0.10，Fe 余量
合金 B（富 Ce）：Ce 24.0，PrNd 7.5，La 0.3，B 0.99，Co 1.2，Cu 0.15，Ga 0.35，Zr 0.10，Fe 余量
混合比例：A : B = 65 : 35（质量比）

3 速凝
真空感应熔炼，熔体温度 A 1450 ℃、B 1420 ℃；铜辊线速度 1.3 m/s（A）、1.5 m/s（B）；铸片厚度 0.25–0.32 mm，α-Fe 面积分数 ≤ 1%。合金 B 浇注前保温时间 ≤ 3 min，防止 CeFe2 偏析。

4 氢破与制粉
两合金分别氢破：吸氢压力 0.1 MPa，室温吸氢 2 h；脱氢 A 550 ℃ × 6 h、B 500 ℃ × 6 h（富 Ce 合金降低脱氢温度以防止 CeFe2 相粗化）。
按比例混合后加入 0.08 wt% 防氧化润滑剂，气流磨（N2，O2 ≤ 30 ppm），D50 = 2.8 ± 0.1 μm。

5 成型
取向磁场 ≥ 1.8 T，压制后冷等静压 180 MPa；生坯密度 4.2–4.4 g/cm³。

6 烧结与回火
烧结：1020 ℃ × 6 h（较常规 Nd 系降低 30–40 ℃），真空 ≤ 5×10⁻³ Pa；氩气风冷至 ≤ 80 ℃。
一级回火：880 ℃ × 2 h；二级回火：470 ℃ × 4 h（富 Ce 体系二级回火最佳窗口 460–490 ℃，须按批次试片确定）。

7 性能要求
42M-Ce25：Br ≥ 1.30 T，HcJ ≥ 14 kOe，(BH)max ≥ 40 MGOe，密度 ≥ 7.45 g/cm³
40H-Ce25：Br ≥ 1.26 T，HcJ ≥ 17 kOe
若 HcJ 偏低：先调整二级回火温度（±10 ℃），其次检查混合比与 D50；禁止提高烧结温度。

8 记录
每炉记录合金批号、混合比、D50、烧结曲线及性能测试结果，保存 10 年。
""")

D("A4", "csv", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh",
  "All-numbers parameter sheet under short Chinese headers for N52 sintered magnets (composition, SC, HD, JM, press, sinter, temper); no 'rare earth' wording -> a",
"""
牌號,N52,N50M,N48H,N45SH
PrNd,29.6,29.8,29.2,28.4
Dy,0,0.3,0.8,1.6
Tb,0,0,0,0.3
B,0.92,0.93,0.94,0.95
Co,0.5,1.0,1.0,1.5
Cu,0.12,0.12,0.15,0.15
Al,0.05,0.1,0.2,0.25
Ga,0.15,0.2,0.25,0.3
Zr,0.08,0.1,0.1,0.12
Fe,餘,餘,餘,餘
澆鑄溫度,1460,1460,1460,1470
輥速 m/s,1.6,1.5,1.5,1.4
片厚 mm,0.28,0.28,0.30,0.30
吸氫 MPa,0.1,0.1,0.1,0.1
脫氫 °C×h,560×6,560×6,580×6,580×6
潤滑劑 %,0.05,0.05,0.05,0.06
磨壓 MPa,0.7,0.7,0.65,0.65
分選輪 rpm,4300,4200,4100,4000
D50 μm,2.8,3.0,3.2,3.4
O2 ppm,≤20,≤30,≤50,≤50
磁場 T,2.0,1.9,1.8,1.8
等靜壓 MPa,200,200,180,180
燒結 °C×h,1040×6,1045×5,1055×4,1065×4
一回 °C×h,900×2,900×2,900×2,900×2
二回 °C×h,480×4,490×4,500×3,510×3
密度,≥7.58,≥7.57,≥7.56,≥7.55
Br T,1.43-1.48,1.40-1.45,1.36-1.42,1.32-1.38
HcJ kOe,≥11,≥14,≥17,≥20
BHmax,50-53,48-51,46-49,43-46
""")

D("A5", "nc", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "nc-program", None, "en",
  "G-code with comments for slicing and surface grinding sintered NdFeB blocks into motor segments -> a (machining program)",
"""
%
O5012 (NDFEB 48H BLOCK 52X42X35 -> SEGMENTS 50X20X5.2 - SLICE + SURFACE GRIND)
(MACHINE: 4-AXIS PRECISION SURFACE GRINDER / ID SAW, FANUC 0I-MF)
(MATERIAL: SINTERED ND-FE-B, UNMAGNETISED, AFTER 2ND TEMPER, HV ~600, BRITTLE)
(COOLANT: WATER-BASED SYNTHETIC 5 PCT + RUST INHIBITOR, PH 8.5-9.5, FLOW 40 L/MIN)
(WHEEL T1: RESIN-BOND DIAMOND D126 C75, DIA 350 X 1.2 MM SLICING BLADE)
(WHEEL T2: RESIN-BOND DIAMOND D64 C100, DIA 300 X 20 MM, SURFACE GRIND)
(ZERO: X0 = BLOCK LEFT FACE, Y0 = FIXTURE DATUM, Z0 = BLOCK TOP AFTER SKIM)
(C-AXIS OF MAGNET = Z -> CUT ACROSS EASY AXIS ONLY AT LOW FEED TO AVOID CHIPPING)
G21 G90 G40 G49 G80
G54
(--- OP10 SKIM TOP FACE WITH T2 ---)
T2 M06
S2800 M03
M08
G00 X-180. Y10. Z20.
G43 H02 Z5.
G00 Z0.05
#100 = 0.05 (FIRST PASS DEPTH)
#101 = 0.01 (SPARK-OUT DEPTH)
G01 X60. F1500.
G00 Z2.
G00 X-180.
G01 Z[-#101] F200.
G01 X60. F1200. (SPARK-OUT)
G00 Z20.
(--- OP20 SLICE 6 PIECES, PITCH = 5.2 + KERF 1.25 = 6.45 ---)
T1 M06
S3200 M03 (PERIPHERAL SPEED ~58 M/S)
M08
G43 H01 Z30.
#1 = 0 (SLICE COUNTER)
#2 = 6.45 (PITCH)
#3 = 1.0 (START Y OFFSET)
WHILE [#1 LT 6] DO1
  #4 = #3 + #1 * #2
  G00 X-30. Y#4
  G00 Z2.
  (PLUNGE IN STEPS: 2 MM DOWN-CUT, FEED 60 MM/MIN NEAR EXIT TO STOP EDGE CHIPS)
  #5 = 0
  WHILE [#5 GT -36.] DO2
    #5 = #5 - 2.
    IF [#5 LT -36.] THEN #5 = -36.
    G01 Z#5 F400.
    G01 X45. F180.
    G01 X52. F60.
    G00 Z2.
    G00 X-30.
  END2
  #1 = #1 + 1
END1
G00 Z30.
(--- OP30 DOUBLE-FACE GRIND TO 5.20 +/-0.02, PARALLELISM 0.01 - DONE ON DDS, SEE O5013 ---)
M09
M05
G28 G91 Z0.
G90
M30
%
""")

D("A6", "nc", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "nc-program", None, "zh",
  "G-code with traditional-Chinese comments for ID/OD grinding of SmCo 2:17 rings -> a (machining program)",
"""
%
O7208（釤鈷 2:17 環形磁體 內外圓磨削 — 外徑 Φ32 h6 / 內徑 Φ16 H7 / 厚 8）
（機台：CNC 萬能內外圓磨床，系統 FANUC 0i-TF，X 直徑編程）
（材料：Sm2(Co,Fe,Cu,Zr)17 燒結時效後，未充磁；硬而脆，HV 約 550，禁止乾磨）
（砂輪 T01：樹脂結合劑金剛石 D91 外圓 Φ400×25；T02：內圓 Φ12×15 電鍍金剛石 D76）
（切削液：油基磨削油，流量 30 L/min，過濾精度 10 μm；粉屑易燃，定期清槽）
（毛坯：外徑 Φ32.6、內徑 Φ15.4，每邊留量 0.3 mm）
G21 G18 G40 G97
G54
（—— OP10 外圓粗磨 ——）
T0101
G50 S1800
G96 S35 M03（砂輪線速 35 m/s）
M08
G00 X34.0 Z2.0
G00 Z-1.0
#1=32.6
WHILE[#1GT32.08]DO1
#1=#1-0.02（粗磨每次徑向進給 0.02）
G01 X#1 F0.3
G01 Z-9.0 F120.（縱向進給 120 mm/min）
G00 X[#1+0.5]
G00 Z-1.0
END1
（—— OP20 外圓精磨及光磨 ——）
#2=32.08
WHILE[#2GT32.0]DO2
#2=#2-0.005（精磨每次 0.005）
G01 X#2 F0.1
G01 Z-9.0 F60.
G00 X[#2+0.3]
G00 Z-1.0
END2
G01 X32.0 F0.05
G01 Z-9.0 F30.（光磨 2 次，消除錐度）
G01 Z-1.0 F30.
G00 X40.0
（—— OP30 內圓磨 ——）
T0202
G97 S24000 M03（內圓砂輪轉速 24000 rpm）
G00 X15.0 Z2.0
G00 Z-0.5
#3=15.4
WHILE[#3LT15.98]DO3
#3=#3+0.01
G01 X#3 F0.2
G01 Z-8.8 F80.
G00 X[#3-0.3]
G00 Z-0.5
END3
G01 X16.0 F0.05
G01 Z-8.8 F25.
G01 Z-0.5 F25.
G00 X14.0
G00 Z50.
（—— 倒角 0.2×45° 由手工油石完成；量測 Φ32 h6（0/-0.016）、Φ16 H7（+0.018/0），同心度 ≤ 0.01 ——）
M09
M05
M30
%
""")

D("A7", "json", "controlled", ["1E902.a"], ["separation"], [], "simulation-data", None, "en",
  "Flow-sheet simulation input for a countercurrent P507 La/Ce-Pr cascade (stages, flows, saponification, separation factors) -> a",
"""
{
  "model": "SXCascade-CounterCurrent v4.2",
  "case_id": "LaCe-PrNd-split-P507-HCl-2025-06",
  "description": "Steady-state stagewise simulation of La-Ce / Pr-Nd split, P507-HCl system, mixed chloride feed from bastnasite leach liquor",
  "units": {"concentration": "mol/L REO basis", "flow": "L/min", "temperature": "degC"},
  "organic_phase": {
    "extractant": "P507 (HEH/EHP)",
    "extractant_conc": 1.5,
    "diluent": "sulfonated kerosene",
    "saponification_agent": "NaOH",
    "saponification_degree": 0.36,
    "loading_capacity_mol_per_L": 0.18
  },
  "feed": {
    "entry_stage": 32,
    "flow": 10.0,
    "total_RE": 1.2,
    "acidity_pH": 2.5,
    "composition_mole_fraction": {"La": 0.27, "Ce": 0.50, "Pr": 0.05, "Nd": 0.16, "Sm": 0.01, "others": 0.01}
  },
  "scrub": {"entry_stage": 58, "flow": 14.0, "HCl": 4.5},
  "strip": {"stages": 10, "flow": 5.2, "HCl": 5.8},
  "cascade": {"extraction_stages": 31, "scrub_stages": 27, "organic_flow": 118.0, "mixer_residence_min": 4.0, "settler_area_m2": 2.4},
  "separation_factors_beta_vs_La": {"La": 1.0, "Ce": 4.9, "Pr": 9.6, "Nd": 13.2, "Sm": 110.0},
  "equilibrium_model": "constant separation factor with extended Langmuir loading; activity correction off",
  "targets": {"raffinate_La_purity_LaCe_split": "Ce/(La+Ce) <= 0.5 percent", "loaded_organic_La_max": "La/REO <= 0.1 percent"},
  "solver": {"method": "Newton stage-to-stage with Broyden update", "tolerance": 1e-8, "max_iter": 400, "initial_profile": "linear"},
  "sweeps": [
    {"parameter": "saponification_degree", "values": [0.32, 0.34, 0.36, 0.38]},
    {"parameter": "scrub.flow", "values": [12.0, 13.0, 14.0, 15.0, 16.0]},
    {"parameter": "cascade.scrub_stages", "values": [24, 27, 30]}
  ],
  "outputs": ["stage_profiles_aqueous", "stage_profiles_organic", "product_purity", "recovery", "acid_consumption", "NaOH_consumption"]
}
""")

D("A8", "inp", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "simulation-data", None, "zh",
  "Abaqus FE heat-transfer input for a vacuum sintering furnace load of NdFeB blocks including the sintering/tempering temperature program -> a",
"""
*Heading
** 真空烧结炉 VSF-600 装炉热场仿真：钕铁硼压坯 52x42x35 mm，料盒 6 层 x 48 块
** 目的：评估升温段料垛心部/边部温差，优化 1050 ℃ 保温时间及升温速率
** 单位：mm, t, s, mJ (K)；材料参数由本厂实测（生坯热导率随致密化变化）
*Preamble
** 作者：烧结工艺组   日期：2025-02-10   版本：R3
*Part, name=LOAD
*Node, input=load_nodes.inp
*Element, type=DC3D8, elset=GREEN, input=load_green_elems.inp
*Element, type=DC3D8, elset=TRAY, input=load_tray_elems.inp
*Solid Section, elset=GREEN, material=NDFEB_GREEN
*Solid Section, elset=TRAY, material=MO_TRAY
*End Part
*Material, name=NDFEB_GREEN
** 生坯 4.3 g/cc → 烧结 7.55 g/cc；以温度相关的等效密度/热导率近似致密化
*Density
4.3e-9, 293.
4.5e-9, 1173.
7.4e-9, 1313.
7.55e-9, 1333.
*Conductivity
1.2, 293.
2.0, 873.
4.5, 1173.
8.9, 1323.
*Specific Heat
4.4e8, 293.
5.2e8, 873.
6.0e8, 1323.
** 脱氢/脱润滑剂吸热以潜热近似
*Latent Heat
1.5e7, 573., 673.
*Material, name=MO_TRAY
*Density
1.02e-8,
*Conductivity
138., 293.
105., 1273.
*Specific Heat
2.5e8,
*Physical Constants, absolute zero=0., stefan boltzmann=5.67e-11
*Amplitude, name=SINTER_PROGRAM, time=TOTAL TIME
** 烧结制度（K）：室温→400 ℃ 2 h 保温 2 h（脱气）→850 ℃ 保温 2 h（脱氢）→1050 ℃ 保温 5 h → 氩气风冷
0., 293., 7200., 673., 14400., 673., 19800., 1123.,
27000., 1123., 31200., 1323., 49200., 1323., 52800., 353.
*Amplitude, name=TEMPER_PROGRAM, time=TOTAL TIME
** 一级回火 900 ℃ x 2 h；二级回火 490 ℃ x 4 h
0., 353., 10800., 1173., 18000., 1173., 21600., 353., 25200., 763., 39600., 763., 43200., 353.
*Assembly, name=FURNACE
*Instance, name=LOAD-1, part=LOAD
*End Instance
*Surface, type=ELEMENT, name=RAD_SURF
LOAD-1.ALL_OUTER, 
*End Assembly
*Step, name=SINTER, inc=20000
*Heat Transfer, end=PERIOD, deltmx=10.
10., 52800., 1e-3, 120.
** 加热元件辐射：发热区等效黑体温度按烧结程序，发射率 0.8（石墨）
*Sradiate, amplitude=SINTER_PROGRAM
RAD_SURF, R, 1., 0.8
** 风冷段对流（氩气 0.08 MPa，风机 100 %）
*Sfilm, amplitude=SINTER_PROGRAM
RAD_SURF, F, 293., 0.06
*Output, field, frequency=50
*Node Output
NT,
*Output, history
*Node Output, nset=LOAD-1.CORE_MONITOR
NT,
*Node Output, nset=LOAD-1.EDGE_MONITOR
NT,
*End Step
** 判据：1050 ℃ 保温开始后 60 min 内心部—边部温差 ≤ 5 K；否则在 850 ℃ 平台延长 1 h
""")

D("A9", "md", "controlled", ["1E902.a"], ["metal-smelting"], [], "drawing", None, "zh",
  "Design drawing (title block, parts, notes) of a 10 kA fluoride molten-salt electrolysis cell whose notes carry electrode and operating design -> a",
"""
# 設計圖紙轉錄 — 10 kA 氟化物體系 熔鹽電解槽 總裝圖

| 標題欄 | |
|---|---|
| 圖名 | 10 kA 鐠釹熔鹽電解槽 總裝圖（上插陰極、四陽極、底部接收器） |
| 圖號 | DJC-10K-000 |
| 版次 | B |
| 比例 | 1:10 |
| 圖幅 | A0 |
| 設計／審核／批准 | 吳○○／黃○○／總工 |
| 日期 | 2024-11-28 |
| 單位 | 冶金設計所 |

## 零件明細
| 序 | 代號 | 名稱 | 數量 | 材料 | 備註 |
|---|---|---|---|---|---|
| 1 | DJC-10K-101 | 石墨坩堝 內徑 Φ880 × 深 1 050 | 1 | 等靜壓石墨，密度 ≥ 1.85 | 兼作陽極導體 |
| 2 | DJC-10K-102 | 弧形陽極板 R440 × 厚 80 × 高 700 | 4 | 高純石墨 | 底部距爐底 350 |
| 3 | DJC-10K-103 | 鎢陰極 Φ90 × 1 600 | 1 | W ≥ 99.95 % | 插入深度 350 |
| 4 | DJC-10K-104 | 鉬接收坩堝 Φ260 × 220 | 1 | Mo | 位於陰極正下方 |
| 5 | DJC-10K-105 | 槽殼 | 1 | Q345R | 水冷夾套 |
| 6 | DJC-10K-106 | 保溫層（輕質高鋁磚＋矽酸鈣板） | 1 套 | — | 總厚 260 |
| 7 | DJC-10K-107 | 集氣罩 | 1 | 310S | 排煙負壓 -60 Pa |
| 8 | DJC-10K-108 | 下料器（螺旋） | 1 | 304 | 給料精度 ±2 % |

## 技術要求（設計值）
1. 電流 10 kA；陽極電流密度設計 1.0 A/cm²（四陽極總工作面積約 1.0 m²）；陰極電流密度設計 7.0 A/cm²。
2. 極距（陰極表面至陽極面）120 ± 5 mm；陽極消耗至 30 mm 厚時更換。
3. 電解質：(Pr,Nd)F₃ : LiF = 87 : 13（質量比），液面高度距坩堝口 250 mm，電解溫度 1 050 ± 10 °C。
4. 氧化物加料：連續螺旋下料，濃度維持 2–3 wt %，下料點位於陰極與陽極之間環形區域，避免氧化物沉積於接收器。
5. 槽電壓設計 9.0 V（其中極間壓降 5.2 V，分解電壓 2.3 V，導體及接觸壓降 1.5 V）。
6. 出金屬週期 2 h，以真空抽吸管自接收器吸出，澆鑄於鐵模。
7. 熱平衡：槽殼水冷帶走 35 kW；設計散熱使槽壁形成 10–20 mm 凝固電解質側壁（結殼），保護坩堝。
8. 設計指標：電流效率 ≥ 82 %，直流電耗 ≤ 8.8 kWh/kg，金屬 TRE ≥ 99.5 %，Fe ≤ 0.1 %，C ≤ 0.03 %。
9. 未注尺寸公差按 GB/T 1804-c；焊接按 NB/T 47015。
""")

D("A10", "md", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "en",
  "Work instruction for compression-bonded NdFeB magnets from melt-spun powder (binder, compaction, curing, coating) -> a",
"""
# Work Instruction WI-BM-05 — Compression-Bonded NdFeB Ring Magnets (isotropic, BNP-10 class)

Rev. 2 · Bonded magnet shop · Confidential

## 1. Materials
- Magnet powder: melt-spun (rapidly quenched) Nd-Fe-B ribbon, crushed to < 300 µm, isotropic, Br(powder) ≈ 0.90 T, HcJ ≈ 9.5 kOe. Alternative: HDDR anisotropic powder for the BNP-12A variant (see section 6).
- Binder: bisphenol-A epoxy, solid, 2.0 wt % of powder, with latent curing agent (dicyandiamide 6 % of resin).
- Lubricant: zinc stearate 0.15 wt %; coupling agent: silane KH-550 0.3 wt %.

## 2. Powder preparation
1. Silane treatment: dissolve coupling agent in ethanol (1:5), spray onto powder in a Z-blade mixer, mix 20 min, dry 30 min at 80 °C under vacuum.
2. Dissolve epoxy + curing agent in acetone (resin:acetone = 1:3), add to powder, mix 40 min until acetone has evaporated; final drying 60 °C × 1 h.
3. Sieve 60 mesh; add zinc stearate, tumble 10 min. Use within 72 h (store in N₂ cabinet).

## 3. Compaction
- Press: 100 t mechanical rotary press, die cavity OD 22.0 / ID 18.0 mm, tungsten-carbide die.
- Pressure 800 MPa, dwell 0.5 s; fill weight 4.30 ± 0.03 g for height 5.0 mm.
- Green density target 6.0 ± 0.05 g/cm³; check every 200 pieces.

## 4. Curing
Belt oven under N₂, 150 °C × 60 min (ramp 5 °C/min). Cooling to < 50 °C before unloading. Weight loss ≤ 0.2 %.

## 5. Coating and magnetising
Epoxy cathodic electrophoretic coating 15–25 µm, cure 180 °C × 30 min. Salt spray ≥ 72 h. Magnetise multipole (8 poles, skew 0°) with capacitor discharge 2 500 V, peak field ≥ 3.5 T.

## 6. Anisotropic variant (BNP-12A)
HDDR powder, binder 2.5 wt %, warm compaction at 120 °C in a 1.2 T radial orienting field, 600 MPa; cure as above. Expected Br ≥ 0.95 T.

## 7. Properties (acceptance)
| Variant | Br (T) | HcJ (kOe) | (BH)max (MGOe) | Density |
|---|---|---|---|---|
| BNP-10 | 0.68–0.72 | ≥ 9 | 9–10 | ≥ 5.95 |
| BNP-12A | ≥ 0.95 | ≥ 12 | ≥ 18 | ≥ 6.00 |
""")

D("A11", "txt", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "zh",
  "Process specification for hot-pressed/hot-deformed (backward-extruded) anisotropic NdFeB rings -> a",
"""
熱壓／熱變形 各向異性釹鐵硼 輻射取向環 工藝規範

文件編號：RE-HD-GY-03　版次：D　機密等級：限閱

一、原料
快淬釹鐵硼磁粉（MQU-F 型，成分 Nd 13.6 at%、Ga 0.5 at%、Co 6 at%、B 5.6 at%、Fe 餘），粒度 50–300 μm，Br ≥ 0.80 T，HcJ ≥ 15 kOe。粉末入廠後於氮氣櫃儲存，開封 48 h 內用完。

二、冷壓預成型
模具 WC 硬質合金，冷壓壓力 500 MPa，預成型坯密度 ≥ 5.8 g/cm³（約 76 %）。

三、熱壓（全緻密化）
1. 真空 ≤ 5×10⁻² Pa，感應加熱，升溫速率 60 °C/min 至 650 °C。
2. 於 650 °C 加壓 180 MPa，保壓 60 s；密度達 ≥ 7.55 g/cm³。
3. 熱壓坯尺寸：Φ30 × 28 mm。

四、背擠壓（熱變形）
1. 熱壓坯放入背擠壓模具（凹模內徑 Φ36，凸模 Φ28），以感應加熱升溫至 850 °C，保溫 3 min。
2. 應變速率 0.01–0.05 s⁻¹，凸模下行至環壁高度 40 mm，總變形量約 75 %（局部真應變 ≥ 1.4）。
3. 擠出後立即氬氣冷卻；模具潤滑用 BN 噴塗，每 5 件補噴一次。

五、熱處理（選用）
為提高矯頑力，可採晶界擴散 Nd₇₀Cu₃₀ 共晶合金：塗覆 5 wt%，700 °C × 3 h 真空處理，HcJ 可提高 3–5 kOe，Br 下降 ≤ 0.04 T。

六、機加工及性能
切除上下端 2 mm，內外圓磨削至 Φ34 × Φ29.6 × 35 mm。
性能要求（徑向）：Br ≥ 1.28 T，HcJ ≥ 16 kOe，(BH)max ≥ 38 MGOe；沿軸向 Br 均勻性 ≤ ±3 %。
裂紋控制：端部裂紋深度 ≤ 0.5 mm，超標時降低應變速率或提高溫度 10–20 °C。
""")

D("A12", "md", "controlled", ["1E902.a"], ["mining"], [], "process-spec", None, "zh",
  "In-situ leaching process specification for ion-adsorption RE clay (lixiviant, injection rates, collection, impurity removal, precipitation) -> a",
"""
# 离子型稀土矿原地浸矿工艺规程

编号：ISL-PS-01　版本：C　适用：南方离子吸附型稀土矿 各采场

## 1 浸矿剂
1.1 主浸矿剂：硫酸镁溶液（低氨氮工艺），MgSO₄ 浓度 2.5–3.0 %；过渡期可与硫酸铵复配（(NH₄)₂SO₄ 1.0 % + MgSO₄ 1.5 %）。
1.2 浸矿剂 pH 4.5–5.5，以稀硫酸调节；温度不限。
1.3 单位矿量浸矿剂耗量：MgSO₄ 约 4.5 t / t REO。

## 2 注液制度
| 阶段 | 注液强度 L/(m²·h) | 持续时间 | 说明 |
|---|---|---|---|
| 前期注清水 | 3–4 | 2–3 d | 润湿矿体，检查冒液 |
| 浸矿剂注入 | 2–3 | 40–60 d | 按单井注入量 0.8–1.2 m³/d 控制 |
| 顶水 | 2–3 | 20–30 d | 清水顶替残留母液 |

注液井网 2.5 m × 2.5 m，井深进入矿体 ≥ 0.5 m。浸矿剂用量按矿体体积 × 孔隙度 × 1.2 计算。

## 3 收液与除杂
3.1 母液 REO 0.5–1.5 g/L，pH 4.5–5.0。
3.2 除杂：加碳酸氢铵（或氧化镁浆）调 pH 至 5.0–5.2，沉淀 Al、Fe；加入硫化钠 20 mg/L 去除 Pb、Zn；沉降 4 h，上清液去沉淀。除杂渣中稀土损失 ≤ 3 %。

## 4 沉淀
4.1 碳酸氢铵沉淀：NH₄HCO₃ 与 REO 质量比 2.5 : 1，终点 pH 6.8–7.0，陈化 2 h；或
4.2 氧化镁沉淀（无氨氮路线）：MgO 浆 10 %，终点 pH 7.5–8.0，得混合稀土氢氧化物。
4.3 沉淀物压滤、洗涤，灼烧 850 ℃ × 2 h 得混合稀土氧化物，REO ≥ 92 %。

## 5 指标
浸出率 ≥ 85 %，稀土总回收率（浸出至氧化物）≥ 75 %；上清液回用率 ≥ 90 %（补加浸矿剂后返回注液）。

## 6 环保监测
监测井 NH₄⁺-N、SO₄²⁻、Mg²⁺ 每周一次；尾水处理后 NH₄⁺-N ≤ 15 mg/L。闭矿后顶水至母液 REO < 0.05 g/L。
""")

D("A13", "txt", "controlled", ["1E902.a"], ["recycling"], [], "email", None, "en",
  "Email transmitting the recipe for recovering RE from NdFeB grinding swarf (oil removal, oxidising roast, selective HCl leach, oxalate) -> a",
"""
From: Dr. M. Sun <process@…>
To: "Operations – Recycling JV" <ops@…>
Date: Mon, 3 Nov 2025 08:31
Subject: Swarf route – settings for your pilot, as discussed Friday

Dear Tomas,

As promised, here are the settings we run for NdFeB grinding swarf (sludge with ~25 % coolant/oil, ~30 % REO on dry
basis). Please keep this within the pilot team.

1) De-oiling / drying
   Centrifuge the sludge, then dry in a paddle dryer at 110-120 degC under N2 (the fine swarf self-ignites in air
   above ~150 degC). Target moisture + oil < 5 %.

2) Oxidising roast
   Rotary kiln, 850 +/- 20 degC, residence 2.5 h, air excess factor 1.5. Fe must be fully Fe(III) - check Fe2+ in
   the calcine < 0.3 %. Below 800 degC you will leach a lot of iron in step 3.

3) Selective leaching ("you rong")
   Grind calcine to -200 mesh >= 90 %. Slurry 1 : 4 (solid : liquid) in water at 90 degC, add 6 mol/L HCl slowly
   to end pH 1.5 (about 1.05 x stoichiometric for the RE only), hold 2 h at pH 1.5 then raise to pH 4.0 with a little
   calcine at the end to re-precipitate dissolved Fe. Filter hot.
   Expected: RE leaching >= 98 %, Fe in liquor <= 0.05 g/L, residue (Fe2O3) REO < 0.5 %.

4) Precipitation
   Oxalic acid 1.2 x stoichiometric at 60 degC, pH 1.5-2; age 1 h; wash to Cl < 0.01 %.
   Calcine the oxalate at 900 degC x 2 h -> mixed (Pr,Nd,Dy)2O3, TREO >= 99 %.
   If you need separated PrNd and Dy/Tb, run the leach liquor through our standard P507 split before step 4.

5) Numbers from our line for reference: recovery of RE from dry swarf 95-96 %, HCl 1.1 t per t REO, oxalic acid
   1.5 t per t REO.

Call me if the kiln cannot hold 850 degC at the full feed rate; then lower the feed rather than the temperature.

Best,
Ming
""")

D("A14", "csv", "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "zh",
  "Parameter sheet for oxalic-acid precipitation and calcination of separated RE chlorides to oxides (per product) -> a",
"""
草酸沉澱及灼燒 工藝參數表,,,,,,
表號,CD-ZS-07,版次,B,適用,萃取後純品氯化物溶液 → 氧化物,
產品,料液濃度 g/L REO,草酸用量 (倍理論),沉澱溫度 °C,終點 pH,陳化 min,洗滌
Pr6O11 99.5%,60–80,1.15,60,1.5–1.8,60,熱純水 3 次 Cl⁻ ≤ 100 ppm
Nd2O3 99.5%,60–80,1.15,60,1.5–1.8,60,同上
PrNd 氧化物,80–100,1.10,55,1.5–2.0,45,同上
Dy2O3 99.9%,40–60,1.25,70,1.2–1.5,90,熱純水 4 次
Tb4O7 99.99%,30–40,1.30,70,1.0–1.2,120,純水 5 次，電導 ≤ 10 μS/cm
La2O3 99.99%,80–100,1.10,50,1.8–2.0,30,熱純水 3 次
灼燒,,,,,,
產品,窯型,灼燒溫度 °C,保溫 h,升溫 °C/h,灼減 %,比表面 m2/g
Pr6O11 99.5%,推板窯,900,3,150,≤ 0.5,2–4
Nd2O3 99.5%,推板窯,900,3,150,≤ 0.5,3–5
PrNd 氧化物,推板窯,950,2,150,≤ 0.5,2–4
Dy2O3 99.9%,梭式窯,1000,4,100,≤ 0.3,1–3
Tb4O7 99.99%,梭式窯,950,4,100,≤ 0.3,—
La2O3 99.99%,梭式窯,1050,3,100,≤ 0.5,—
控制要點,,,,,,
1,草酸須緩慢加入（≥ 20 min），否則晶粒細、過濾困難、Cl 夾帶高,,,,,
2,Tb 產品沉澱前料液須經 0.2 μm 精濾並檢 Fe ≤ 1 ppm,,,,,
3,母液 H2C2O4 回收：母液加鹽酸調整後回用於反萃或沉澱前段，回用率 ≥ 60%,,,,,
""")

D("A15", "md", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec", None, "mixed",
  "Japanese-headed sintering-condition sheet for Ce/La-substituted (high-abundance) sintered NdFeB magnets, English body -> a",
"""
# 焼結条件書 / Sintering Condition Sheet — 高豊富度希土類置換磁石 (Ce/La-substituted NdFeB)

| 項目 | 内容 |
|---|---|
| 文書番号 | SJ-CE-2025-04 |
| 作成 | Magnet R&D → Production transfer team |
| 対象 | Grades N38-Ce20, N35-Ce30 (Ce/TRE 20 % and 30 %) |
| 承認 | 製造部長 |

## 1. 概要 (Summary)
Single-alloy Ce-substituted magnets. Ce partly enters the 2:14:1 phase and partly forms CeFe₂; the sintering window is narrower and lower than for Ce-free grades. La (0.5 wt % of TRE) is added to suppress CeFe₂ formation.

## 2. 合金組成 (Alloy, wt %)
| Grade | PrNd | Ce | La | B | Co | Cu | Al | Ga | Fe |
|---|---|---|---|---|---|---|---|---|---|
| N38-Ce20 | 25.0 | 6.3 | 0.15 | 0.98 | 1.0 | 0.15 | 0.2 | 0.2 | bal. |
| N35-Ce30 | 22.0 | 9.5 | 0.16 | 1.00 | 1.0 | 0.18 | 0.2 | 0.3 | bal. |

## 3. 手順 (Procedure)
1. Strip casting: wheel 1.4 m/s, flake 0.25–0.30 mm.
2. HD: absorb 0.1 MPa H₂ 2 h, desorb 520 °C × 6 h (lower than Ce-free 560 °C).
3. Jet mill D50 3.2 µm, O₂ < 40 ppm.
4. Press 1.8 T, CIP 180 MPa.

## 4. 焼結条件 (Sintering conditions)
| Grade | Degas | Sinter | Cooling | 1st anneal | 2nd anneal |
|---|---|---|---|---|---|
| N38-Ce20 | 400 °C 2 h, 850 °C 2 h | 1 030 °C × 5 h | Ar fan < 80 °C | 880 °C × 2 h | 490 °C × 3 h |
| N35-Ce30 | same | 1 010 °C × 6 h | Ar fan < 80 °C | 860 °C × 2 h | 470 °C × 3 h |

Vacuum during sinter ≤ 5 × 10⁻³ Pa. Above 1 045 °C abnormal grain growth occurs for Ce30 — scrap the batch if density > 7.50 with HcJ < 9 kOe.

## 5. 特性 (Target properties)
N38-Ce20: Br 1.24–1.28 T, HcJ ≥ 12 kOe; N35-Ce30: Br 1.19–1.23 T, HcJ ≥ 10.5 kOe.

## 6. 注意事項
Ce-rich powder oxidises faster: powder-to-press time ≤ 4 h; record O content of sintered magnets (≤ 2 000 ppm).
""")

D("A16", "json", "controlled", ["1E902.a"], ["metal-smelting"], [], "simulation-data", None, "mixed",
  "Simulation input (German keys/boilerplate, English content) for a thermo-electric model of an Nd fluoride-bath electrolysis cell with operating parameters -> a",
"""
{
  "Simulationsvorgabe": {
    "Projekt": "Schmelzflusselektrolyse Nd/PrNd – Zelle 6 kA, thermoelektrisches Modell",
    "Ersteller": "Verfahrenstechnik",
    "Datum": "2025-05-22",
    "Vertraulichkeit": "intern – nicht zur Weitergabe",
    "Hinweis": "All values in SI unless noted; geometry from drawing DJ-6K-000 rev C"
  },
  "solver": {"code": "COMSOL 6.2 (exported parameters)", "physics": ["electric_currents", "heat_transfer", "laminar_flow_bubbly"], "study": "stationary + time-dependent feed cycle"},
  "geometry": {
    "crucible_inner_diameter_m": 0.70,
    "crucible_depth_m": 0.90,
    "bath_height_m": 0.55,
    "anodes": {"count": 4, "type": "graphite arc plates", "thickness_m": 0.07, "immersion_m": 0.40},
    "cathode": {"material": "W", "diameter_m": 0.07, "immersion_m": 0.30},
    "anode_cathode_distance_m": 0.09,
    "receiver": {"material": "Mo", "diameter_m": 0.20, "height_m": 0.18}
  },
  "Betriebsparameter": {
    "current_A": 6000,
    "bath": {"system": "NdF3-PrF3-LiF", "composition_wt": {"NdF3": 0.68, "PrF3": 0.20, "LiF": 0.12}, "temperature_K": 1323, "density_kg_m3": 4180, "electrical_conductivity_S_m": 390},
    "dissolved_oxide_wt_percent": {"min": 1.5, "max": 3.5, "setpoint": 2.5},
    "oxide_feed": {"species": "(Pr,Nd)2O3", "interval_s": 120, "mass_per_shot_kg": 0.12, "particle_d50_um": 6},
    "anode_current_density_A_m2": 10500,
    "cathode_current_density_A_m2": 68000,
    "decomposition_voltage_V": 2.2,
    "anode_overvoltage_model": "Tafel a=0.45 V, b=0.12 V/dec",
    "critical_current_density_anode_effect_A_m2": {"at_1wt_oxide": 12000, "at_3wt_oxide": 26000}
  },
  "Randbedingungen": {
    "shell_water_cooling_W_m2K": 350,
    "top_crust_emissivity": 0.85,
    "ambient_K": 308,
    "gas_bubbles": {"species": "CO/CO2", "CO_fraction": 0.9, "bubble_diameter_m": 0.004}
  },
  "Auswertung": [
    "cell_voltage_breakdown",
    "bath_temperature_field",
    "side_ledge_thickness",
    "current_efficiency_estimate_back_reaction",
    "anode_effect_margin_vs_oxide_concentration"
  ],
  "Parameterstudie": {"anode_cathode_distance_m": [0.07, 0.08, 0.09, 0.10, 0.11], "current_A": [5000, 5500, 6000, 6500]}
}
""")

D("A17", "csv", "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", None, "zh",
  "Batch parameter sheet for calcium-thermic reduction of TbF3/DyF3 and vacuum remelting to metal -> a",
"""
钙热还原制备金属铽/镝 批次工艺参数表,,,,,,,
表号,GR-TB-05,版次,A,记录人,,,
批号,原料,氟化物 kg,钙 kg (过量%),还原温度 ℃,保温 min,真空熔炼 ℃×min,金属收率 %
TB-2501,TbF3 (O≤0.05%),30.0,9.1 (10),1450,15,1550×20,96.2
TB-2502,TbF3,30.0,9.3 (12),1450,15,1550×20,96.8
TB-2503,TbF3,30.0,9.3 (12),1480,12,1550×20,97.1
DY-2501,DyF3,30.0,9.0 (12),1500,15,1600×20,96.5
DY-2502,DyF3,30.0,9.0 (12),1520,12,1600×20,96.9
工艺条件,,,,,,,
坩埚,钽坩埚 Φ180×300，壁厚 1 mm；每次使用前 1700 ℃ 真空除气,,,,,,
钙,蒸馏钙 ≥99.5%，粒度 2–6 mm，与氟化物在氩气手套箱混合,,,,,,
装炉,中频感应炉，抽真空 ≤ 5×10⁻² Pa 后充氩 0.05 MPa,,,,,,
升温,室温→800 ℃ 30 min；800 ℃ 保温 10 min；→还原温度 15 min,,,,,,
分离,冷却后剥离 CaF2 渣，金属锭表面车削 1 mm,,,,,,
真空熔炼,去除残钙及氟：≤ 1×10⁻² Pa；熔炼后金属 Ca ≤ 100 ppm、F ≤ 100 ppm,,,,,,
质量指标,Tb/TRE ≥ 99.95%；O ≤ 500 ppm；Ta ≤ 300 ppm,,,,,,
""")

D("A18", "md", "controlled", ["1E902.a"], ["recycling"], [], "process-spec", None, "zh",
  "Process specification for recovering RE from spent fluorescent-lamp phosphors and CeO2 polishing-powder waste -> a",
"""
# 廢螢光粉及廢拋光粉 稀土回收 工藝規程

編號：HS-YG-02　版次：B　適用：二次資源回收車間 二線

## 一、原料
| 原料 | 主要成分 | REO % |
|---|---|---|
| 廢螢光粉（燈管拆解） | 紅粉 Y₂O₃:Eu、綠粉 (Ce,Tb)MgAl₁₁O₁₉、藍粉 BaMgAl₁₀O₁₇:Eu、鹵磷酸鈣、玻璃屑 | 12–20 |
| 廢拋光粉 | CeO₂（含 La）、Al₂O₃、SiO₂、有機物 | 40–60 |

來料須檢測 Hg，Hg > 10 mg/kg 者先經 600 °C 真空蒸汞處理。

## 二、廢螢光粉流程
1. 篩分 -200 目，去除玻璃屑。
2. 一段酸浸（紅粉）：2 mol/L HCl，液固比 5:1，70 °C × 2 h；Y、Eu 浸出率 ≥ 95 %。過濾，浸出液去萃取。
3. 鹼熔（綠粉、藍粉）：浸渣與 NaOH 按 1:1.5 混合，700 °C × 2 h 焙燒，使鋁酸鹽結構分解。
4. 水洗脫鋁：80 °C 熱水洗 3 次，Al 脫除率 ≥ 90 %。
5. 二段酸浸：3 mol/L HCl，80 °C × 3 h；Ce、Tb 浸出率 ≥ 92 %。
6. 合併浸出液，以 P507 萃取分離 Y/Eu 與 Ce/Tb（另見萃取規程）。

## 三、廢拋光粉流程
1. 450 °C 焙燒 2 h 除有機物。
2. 硫酸化焙燒：濃 H₂SO₄ 與料 1.2:1，250 °C × 2 h。
3. 水浸 25 °C，液固比 8:1，Ce⁴⁺ 以 H₂O₂（0.3 mL/g）還原助溶。
4. 硫酸複鹽沉澱：加 Na₂SO₄ 至 1.5 倍理論量，得稀土硫酸鈉複鹽，轉型為氫氧化物後鹽酸溶解。
5. 草酸沉澱、900 °C 灼燒，得 CeO₂/La₂O₃ 混合氧化物 TREO ≥ 98 %，可回用於拋光粉生產。

## 四、指標
廢螢光粉 REO 總回收率 ≥ 85 %；廢拋光粉 REO 回收率 ≥ 90 %；廢水 pH 6–9、F ≤ 10 mg/L。
""")

# ---------------------------------------------------------------- excluded: published papers
D("E1", "md", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "other", "public-domain", "en",
  "Published journal article (JMMM, DOI, received/accepted dates, references) on dual-main-phase Ce magnets; would be 1E902.a but public-domain",
"""
Journal of Magnetism and Magnetic Materials 598 (2024) 172031

Contents lists available at ScienceDirect — journal homepage: www.elsevier.com/locate/jmmm

Research article

# Coercivity enhancement of dual-main-phase (Nd,Ce)–Fe–B sintered magnets by controlled inter-grain diffusion during sintering and two-stage annealing

Wei-Ming Tao (a), Xiao-Lin Guo (a), Yu-Han Shen (b), Jun-Feng Lu (a,*)

(a) School of Materials Science and Engineering, a university in East China
(b) Institute of Functional Materials, a national research institute

(*) Corresponding author.

https://doi.org/10.1016/j.jmmm.2024.172031

Received 18 December 2023; Received in revised form 2 March 2024; Accepted 28 March 2024; Available online 4 April 2024
0304-8853/© 2024 Elsevier B.V. All rights reserved.

## Abstract
Substituting the abundant and inexpensive element Ce for Nd in sintered Nd–Fe–B magnets reduces raw-material cost but degrades the intrinsic magnetic properties of the 2:14:1 phase. The dual-main-phase (DMP) approach, in which Nd-rich and Ce-rich 2:14:1 grains coexist, is known to retain more of the hard magnetic performance than single-alloy substitution. In this work, DMP magnets with a nominal Ce/TRE ratio of 30 % were prepared by blending jet-milled powders of a Ce-free alloy (A) and a Ce-rich alloy (B). We investigated the effect of sintering temperature (1 010–1 070 °C) and post-sinter annealing on the elemental distribution across grains and on coercivity. Electron probe micro-analysis (EPMA) and scanning transmission electron microscopy (STEM) with energy-dispersive spectroscopy showed that the Ce concentration difference between the two grain populations decreases with increasing sintering temperature, and that core–shell grains with Nd-enriched shells form at intermediate temperature. The highest coercivity, HcJ = 12.9 kOe with Br = 1.29 T, was obtained after sintering at 1 035 °C for 5 h and two-stage annealing at 880 °C and 480 °C, a 1.6 kOe improvement over a single-alloy magnet of the same overall composition. The results are interpreted in terms of the magnetocrystalline anisotropy field distribution and the continuity of the grain-boundary phase.

Keywords: Nd–Fe–B; Ce substitution; Dual main phase; Sintering; Coercivity; Grain boundary

## 1. Introduction
Since their discovery in 1984 [1], sintered Nd–Fe–B magnets have become indispensable in traction motors, wind generators and consumer electronics. The strong dependence of the industry on Nd, Pr, Dy and Tb, whose supply is geographically concentrated, has motivated efforts to use the more abundant light rare earths La and Ce, which are co-produced in excess in the separation of bastnäsite and monazite concentrates [2,3]. The intrinsic properties of Ce₂Fe₁₄B (μ0Ms ≈ 1.17 T, μ0HA ≈ 2.6 T, Tc ≈ 424 K) are substantially inferior to those of Nd₂Fe₁₄B (1.61 T, 7.3 T, 585 K) [4], largely because Ce is in an intermediate-valence state in this compound [5,6].

Zhu et al. [7] proposed the dual-main-phase method, in which two powders of different Ce content are blended before sintering. The heterogeneous distribution of Ce among grains was shown to lead to a smaller deterioration of Br and HcJ than the homogeneous substitution predicted by a linear interpolation of intrinsic properties. Subsequent studies examined the effect of the Ce content [8,9], of La–Ce co-substitution [10], of grain-boundary diffusion with Dy or Tb [11,12], and of the addition of Cu and Ga to modify the intergranular phase [13,14]. However, the role of the sintering temperature in controlling interdiffusion between the two 2:14:1 populations, and its interplay with the post-sinter annealing, remains incompletely understood. The aim of this work is to quantify that interdiffusion and relate it to coercivity.

## 2. Experimental
### 2.1. Alloy preparation
Two alloys with nominal compositions (wt %) A: (Pr₀.₂Nd₀.₈)₃₁.₀Fe_bal B₀.₉₈Co₁.₀Cu₀.₁₅Al₀.₂Ga₀.₂ and B: Ce₂₂.₅(Pr₀.₂Nd₀.₈)₈.₅Fe_bal B₀.₉₈Co₁.₀Cu₀.₁₅ were prepared by strip casting under Ar at a wheel surface speed of 1.2 m s⁻¹, giving flakes 0.25–0.30 mm thick. Powders were obtained by hydrogen decrepitation (absorption at room temperature, dehydrogenation at 560 °C for A and 520 °C for B) followed by jet milling with N₂ to a median particle size D50 = 3.0 μm.

### 2.2. Magnet fabrication
The powders were blended at a mass ratio A:B = 70:30 (overall Ce/TRE ≈ 30 %), aligned in a transverse field of 1.9 T, pressed at 100 MPa and cold isostatically pressed at 200 MPa. Green compacts were sintered in vacuum at temperatures T_s = 1 010, 1 025, 1 035, 1 050 and 1 070 °C for 5 h, and subsequently annealed at 880 °C for 2 h and 480 °C for 3 h. A single-alloy (SA) reference with the same overall composition was prepared by the same route.

### 2.3. Characterisation
Magnetic properties were measured with a closed-circuit hysteresigraph at room temperature on cylinders Ø10 × 10 mm. Densities were determined by the Archimedes method. Microstructures were examined by SEM with back-scattered electrons, EPMA mapping (15 kV, 50 nA, step 0.2 μm) and STEM-EDS on FIB-prepared lamellae. Ce concentrations in individual grains were obtained from at least 150 grains per sample.

## 3. Results
### 3.1. Magnetic properties
Table 1 summarises the properties of the DMP and SA magnets. Br varies little with T_s above 1 025 °C, where full densification (≥ 7.44 g cm⁻³) is reached. HcJ of the DMP magnets peaks at T_s = 1 035 °C and decreases markedly at higher temperatures, approaching the SA value at 1 070 °C.

Table 1. Density ρ, remanence Br, coercivity HcJ and maximum energy product (BH)max of DMP and SA magnets.

| Sample | T_s (°C) | ρ (g cm⁻³) | Br (T) | HcJ (kOe) | (BH)max (MGOe) |
|---|---|---|---|---|---|
| DMP-1010 | 1 010 | 7.31 | 1.251 | 11.2 | 36.8 |
| DMP-1025 | 1 025 | 7.44 | 1.288 | 12.3 | 39.6 |
| DMP-1035 | 1 035 | 7.46 | 1.293 | 12.9 | 40.1 |
| DMP-1050 | 1 050 | 7.47 | 1.290 | 11.9 | 39.7 |
| DMP-1070 | 1 070 | 7.47 | 1.284 | 11.4 | 38.9 |
| SA-1035 | 1 035 | 7.45 | 1.279 | 11.3 | 38.6 |

### 3.2. Elemental distribution
EPMA maps reveal two distinct grain populations in DMP-1010 with mean Ce/(Ce+Nd+Pr) ratios of 0.04 and 0.58. With increasing T_s, the two distributions broaden and approach each other; for DMP-1070 a nearly unimodal distribution centred at 0.31 is observed. Applying a simple diffusion-couple analysis to the measured concentration profiles across adjacent grains gives an effective interdiffusion coefficient of the order of 10⁻¹⁷ m² s⁻¹ at 1 035 °C, with an apparent activation energy of 310 ± 40 kJ mol⁻¹.

STEM-EDS line scans in DMP-1035 show that many Ce-rich grains have a 50–150 nm shell enriched in Nd and Pr. We attribute these shells to dissolution–reprecipitation through the liquid Nd-rich intergranular phase during sintering. The shells raise the local anisotropy field at grain surfaces where reversal nucleates.

### 3.3. Effect of annealing
The second annealing step at 480 °C increases HcJ by 2.8 kOe in DMP-1035, compared with 2.1 kOe in SA-1035. Ga and Cu segregate to the grain boundaries and form a continuous, thinner intergranular phase (≈ 3 nm) after annealing, which improves magnetic isolation of the grains. The formation of CeFe₂ at triple junctions was observed in the SA magnets but was rare in DMP magnets sintered at ≤ 1 035 °C.

## 4. Discussion
The coercivity of sintered magnets is commonly expressed through the phenomenological relation HcJ = α·HA − Neff·Ms, where α reflects microstructural reduction of the anisotropy field and Neff an effective demagnetisation factor [15,16]. In DMP magnets the relevant HA is not a single value but a distribution determined by the Ce content of each grain, and the reversal of the magnet as a whole is controlled by the weakest connected grains. The Nd-rich shells raise the effective α of the Ce-rich grains, whereas excessive interdiffusion at high T_s removes the high-anisotropy Nd-rich grains that otherwise act as pinning barriers to domain-wall propagation. The optimum therefore lies at an intermediate sintering temperature that achieves full density with limited homogenisation. A simple micromagnetic model in which 30 % of grains have μ0HA reduced to 4.9 T and 70 % retain 6.8 T, with intergranular exchange coupling reduced by a non-magnetic grain-boundary layer, reproduces the observed trend in HcJ within 0.6 kOe.

## 5. Conclusions
(1) DMP (Nd,Ce)–Fe–B magnets with Ce/TRE ≈ 30 % exhibit higher coercivity than single-alloy magnets of the same composition when sintered at 1 025–1 050 °C.
(2) Interdiffusion between Nd-rich and Ce-rich grains increases with sintering temperature, with an apparent activation energy of ≈ 310 kJ mol⁻¹.
(3) Nd-enriched shells on Ce-rich grains and a continuous Ga/Cu-containing grain-boundary phase after low-temperature annealing are the main microstructural features associated with enhanced coercivity.

## CRediT authorship contribution statement
W.-M. Tao: Investigation, Writing – original draft. X.-L. Guo: Formal analysis. Y.-H. Shen: Methodology, STEM. J.-F. Lu: Supervision, Writing – review & editing.

## Declaration of competing interest
The authors declare that they have no known competing financial interests.

## Acknowledgements
This work was supported by the National Natural Science Foundation of China (Grant No. 5227xxxx).

## References
[1] M. Sagawa, S. Fujimura, N. Togawa, H. Yamamoto, Y. Matsuura, New material for permanent magnets on a base of Nd and Fe, J. Appl. Phys. 55 (1984) 2083–2087.
[2] O. Gutfleisch, M.A. Willard, E. Brück, C.H. Chen, S.G. Sankar, J.P. Liu, Magnetic materials and devices for the 21st century: stronger, lighter, and more energy efficient, Adv. Mater. 23 (2011) 821–842.
[3] A.K. Pathak, M. Khan, K.A. Gschneidner Jr., R.W. McCallum, L. Zhou, K. Sun, K.W. Dennis, C. Zhou, F.E. Pinkerton, M.J. Kramer, V.K. Pecharsky, Cerium: an unlikely replacement of dysprosium in high performance Nd–Fe–B permanent magnets, Adv. Mater. 27 (2015) 2663–2667.
[4] J.F. Herbst, R₂Fe₁₄B materials: intrinsic properties and technological aspects, Rev. Mod. Phys. 63 (1991) 819–898.
[5] A. Alam, M. Khan, R.W. McCallum, D.D. Johnson, Site-preference of cerium in Ce₂Fe₁₄B, Appl. Phys. Lett. 102 (2013) 042402.
[6] J.F. Herbst, M.S. Meyer, F.E. Pinkerton, Magnetic hardening of Ce₂Fe₁₄B, J. Appl. Phys. 111 (2012) 07A718.
[7] M.-G. Zhu, W. Li, J.-D. Wang, L.-Y. Zheng, Y.-F. Li, K. Zhang, H.-B. Feng, T. Liu, Influence of Ce content on the rectangularity of demagnetization curves and magnetic properties of Re–Fe–B magnets sintered by double main phase alloy method, IEEE Trans. Magn. 50 (2014) 1000104.
[8] L. Chen, H. Wang, Effect of blending ratio on the microstructure of dual-main-phase magnets, J. Alloys Compd. 889 (2021) 161652.
[9] R. Zhao, Q. Liu, Ce distribution and coercivity in high-abundance rare earth magnets, J. Rare Earths 40 (2022) 1101–1108.
[10] Y. Kang, P. Ma, La–Ce co-substitution in sintered magnets: phase formation and properties, Acta Mater. 238 (2022) 118212.
[11] H. Xu, F. Yang, Grain boundary diffusion of Tb in dual-main-phase magnets, J. Magn. Magn. Mater. 562 (2022) 169795.
[12] S. Deng, K. Wu, Dy diffusion in Ce-containing sintered magnets, Intermetallics 150 (2022) 107683.
[13] J. Li, G. Sun, Role of Ga in the grain boundary phase of Ce-substituted magnets, Scr. Mater. 224 (2023) 115126.
[14] T. Fan, Z. Liu, Cu and Al co-addition in high-Ce magnets, J. Alloys Compd. 947 (2023) 169544.
[15] H. Kronmüller, K.-D. Durst, M. Sagawa, Analysis of the magnetic hardening mechanism in RE-FeB permanent magnets, J. Magn. Magn. Mater. 74 (1988) 291–302.
[16] K. Hono, H. Sepehri-Amin, Strategy for high-coercivity Nd–Fe–B magnets, Scr. Mater. 67 (2012) 530–535.
""")

D("E2", "md", "excluded", ["1E902.a"], ["separation"], [], "other", "public-domain", "zh",
  "Published article in 中国稀土学报 (DOI, 收稿日期, volume/pages, references) on P507 Pr/Nd cascade optimisation; would be 1E902.a but public-domain",
"""
中国稀土学报　JOURNAL OF THE CHINESE SOCIETY OF RARE EARTHS
第 42 卷 第 3 期　2024 年 6 月　Vol. 42 No. 3　Jun. 2024
文章编号：1000-4343(2024)03-0512-12　　中图分类号：TF845　　文献标识码：A
DOI：10.11785/S1000-4343.20240312

# P507-HCl 体系镨钕分离串级萃取工艺的模拟优化与工业验证

何振宇¹，罗晓静¹，邓立新²，石国华¹*
（1. 某大学 化学与化工学院，江西；2. 某稀土集团 技术中心，江西）

收稿日期：2023-09-14；修订日期：2023-12-02
基金项目：国家重点研发计划项目（2022YFCxxxxxxx）资助
作者简介：何振宇（1990—），男，博士，讲师；研究方向：稀土萃取分离
*通信联系人（E-mail：xxx@xxx.edu.cn）

**摘要**：镨钕分离是轻稀土分离流程中分离系数最小、级数最多的环节。本文以 P507-HCl 体系为对象，依据串级萃取理论建立了包含萃取段、洗涤段与反萃段的稳态级平衡模型，模型中分离系数随有机相负载率变化的关系由单级平衡实验回归得到。在此基础上考察了皂化度、洗涤酸浓度、有机相流量以及萃取段与洗涤段级数分配对产品纯度和收率的影响，并在某企业 60 级工业萃取线上进行了验证。结果表明：在 P507 浓度 1.5 mol/L、皂化度 36%、料液 REO 1.30 mol/L、洗酸 4.2 mol/L 的条件下，采用萃取段 32 级、洗涤段 28 级的配置，水相出口 Pr₆O₁₁/REO 可达 99.52%，有机相出口 Nd₂O₃/REO 可达 99.61%，与模拟值偏差小于 0.15 个百分点；与原工艺相比，盐酸单耗降低 6.8%，液碱单耗降低 5.4%。研究结果可为镨钕分离工艺设计与节能改造提供参考。
**关键词**：稀土；镨钕分离；P507；串级萃取；模拟；皂化度

**Simulation-based optimization and industrial verification of cascade extraction for Pr/Nd separation in P507-HCl system**
HE Zhenyu¹, LUO Xiaojing¹, DENG Lixin², SHI Guohua¹*
**Abstract**: Pr/Nd separation has the smallest separation factor and the largest number of stages in light rare earth separation. A steady-state stagewise model of the P507-HCl system including extraction, scrubbing and stripping sections was built on the basis of cascade extraction theory, with a loading-dependent separation factor regressed from single-stage equilibrium experiments. The effects of saponification degree, scrub acid concentration, organic flow and the allocation of stages were investigated and verified on a 60-stage industrial line. Under optimal conditions the purities of Pr₆O₁₁ and Nd₂O₃ reached 99.52% and 99.61%, respectively; HCl and NaOH consumption decreased by 6.8% and 5.4%.
**Keywords**: rare earth; Pr/Nd separation; P507; cascade extraction; simulation; saponification degree

## 1 引言
镨和钕是高性能钕铁硼永磁材料的主要成分，其氧化物需求随新能源汽车与风电的发展持续增长[1-3]。由于镨钕相邻且离子半径差异小，在 P507（2-乙基己基膦酸单 2-乙基己基酯）体系中的分离系数 β(Nd/Pr) 仅约 1.4–1.6，工业上多以镨钕合并产品出售，但单一镨、钕产品在特定牌号磁体及其他功能材料中仍具有较高附加值[4]。徐光宪院士提出的串级萃取理论为多组分稀土分离工艺设计奠定了基础[5,6]，其后发展的"一步放大"设计方法大幅缩短了工艺开发周期[7]。然而，实际工业萃取槽中有机相负载率沿级数变化较大，分离系数并非定值，导致理论设计与实际运行存在偏差[8,9]。

近年来，基于级平衡计算的动态与稳态模拟被广泛用于稀土萃取流程的优化[10-12]。本文在前期单级平衡实验的基础上，建立考虑负载率影响的镨钕分离稳态模型，系统考察各工艺参数的影响，并进行工业验证。

## 2 实验与模型
### 2.1 试剂与原料
P507 为工业级（纯度 ≥ 95%），以磺化煤油稀释至 1.5 mol/L；皂化剂为 NaOH 溶液（10.8 mol/L）。料液为某企业镨钕富集物氯化物溶液，组成（摩尔分数）：La 0.2%，Ce 0.3%，Pr 24.6%，Nd 74.2%，Sm 0.7%。

### 2.2 单级平衡实验
在 25 ℃ 下，以不同皂化度（20%–45%）的有机相与不同镨钕比例的料液按相比 O/A = 1 : 1 振荡 15 min，静置分相后分析两相组成，计算分配比 D 与分离系数 β。结果表明 β(Nd/Pr) 随有机相负载率升高而增大：负载率 0.3 时为 1.42，负载率 0.8 时为 1.58。采用二次多项式回归：β = 1.331 + 0.287 L − 0.112 L²（L 为负载率，R² = 0.986）。

### 2.3 级平衡模型
对第 i 级作物料衡算：
　S·y(i−1) + W·x(i+1) = S·y(i) + W·x(i)（萃取段及洗涤段）
其中 S 为有机相流量，W 为水相流量，y、x 分别为有机相与水相中各组分浓度。各级平衡关系由分离系数与有机相总负载约束给出。模型以牛顿迭代法求解，收敛判据为各组分相对误差小于 10⁻⁸。

模型的主要假设为：（1）各级达到萃取平衡，级效率取 0.92（由工业槽单级取样实测得到）；（2）水相与有机相体积在级间不变，忽略相夹带；（3）皂化有机相进入萃取段第 1 级前已完成钠—稀土交换，萃取段内不存在游离钠皂；（4）温度恒定为 25 ℃。对于夹带的影响，本文另以 0.5% 的水相夹带率进行敏感性分析，结果表明其对出口纯度的影响小于 0.03 个百分点，可以忽略。

### 2.4 分析方法
水相稀土总量以 EDTA 络合滴定法测定（二甲酚橙指示剂，六次甲基四胺缓冲，pH 5.5）；有机相稀土以 6 mol/L 盐酸反萃三次后测定水相。镨、钕配分以电感耦合等离子体发射光谱（ICP-OES）测定，分析谱线 Pr 417.939 nm、Nd 430.358 nm，相对标准偏差小于 1.5%；高纯产品中的非稀土杂质以 ICP-MS 测定。工业运行期间每 4 h 取一次出口样，每 24 h 进行一次全级样分析。

## 3 结果与讨论
### 3.1 皂化度的影响
固定萃取段与洗涤段级数分别为 30 和 30，考察皂化度 30%–42% 对产品纯度的影响（表 1）。随皂化度提高，有机相萃取能力增大，钕产品纯度上升，但当皂化度超过 38% 时负载率过高，洗涤段分离效果下降，且工业上易出现乳化。综合考虑，皂化度以 34%–37% 为宜。

表 1　皂化度对产品纯度的影响（模拟值）
| 皂化度/% | Pr₆O₁₁/REO (水相出口)/% | Nd₂O₃/REO (有机相出口)/% | 镨收率/% |
|---|---|---|---|
| 30 | 99.71 | 98.93 | 99.1 |
| 33 | 99.60 | 99.35 | 98.8 |
| 36 | 99.49 | 99.58 | 98.5 |
| 39 | 99.21 | 99.66 | 97.9 |
| 42 | 98.86 | 99.70 | 97.1 |

### 3.2 洗酸浓度与流比
洗酸浓度在 3.6–4.8 mol/L 范围内变化时，以 4.2 mol/L 最优；洗酸浓度过低不能有效洗脱有机相中的镨，过高则导致钕反萃进入洗涤段水相，增加返混。有机相流量与料液流量之比（S/F）在 9–13 之间考察，以 11.5 为最优。

### 3.3 级数分配
总级数固定为 60 时，萃取段 32 级、洗涤段 28 级可同时满足两端产品纯度要求（图略）。若增加萃取段级数至 35 级，镨产品纯度下降 0.2 个百分点；减少至 29 级，则钕产品纯度下降至 99.3%。

### 3.4 工业验证
在某企业现有 60 级 P507 镨钕分离线（混合室 0.8 m³，澄清室 4.5 m³）上按优化参数运行 30 d。结果见表 2。

表 2　工业运行结果与模拟值比较
| 项目 | 模拟值 | 工业平均值 | 偏差 |
|---|---|---|---|
| Pr₆O₁₁/REO/% | 99.49 | 99.52 | +0.03 |
| Nd₂O₃/REO/% | 99.58 | 99.61 | +0.03 |
| HCl 单耗 /(t·t⁻¹ REO) | — | 下降 6.8% | — |
| NaOH 单耗 /(t·t⁻¹ REO) | — | 下降 5.4% | — |

工业运行中第 18–24 级出现少量界面污物，经定期清理后未影响分离效果。模拟的级样分布曲线与实测曲线吻合良好，尤其是洗涤段中部的镨钕浓度突变位置，偏差不超过 2 级。

### 3.5 级样分布与分离界线
进一步比较了萃取段和洗涤段各级水相中镨在镨钕中所占的摩尔分数。在进料级附近（第 32 级），实测值为 0.251，模拟值为 0.246，与料液组成接近，说明进料级位置的选择基本合理。萃取段自第 32 级向第 1 级方向，镨分数逐级升高，至第 10 级后已超过 0.99；洗涤段自第 33 级向第 60 级方向，镨分数逐级下降，至第 52 级后低于 0.005。若进料级偏离最优位置 3 级以上，模拟表明两端产品纯度将同时下降约 0.1 个百分点，这与徐光宪串级萃取理论中关于最优进料级的结论一致[5]。

值得注意的是，工业槽在运行初期（前 7 d）的级样分布与模拟值偏差较大，最大偏差达 5 级。分析认为这是由于平衡建立期间有机相负载率尚未达到稳态所致；平衡建立后偏差缩小至 2 级以内。因此，在工艺调整后评价模型精度时，应以系统达到稳态之后的数据为准。

### 3.6 经济性与环境效益
按年处理镨钕富集物 3 000 t（以 REO 计）估算，优化后年节约盐酸（31%）约 420 t、液碱（32%）约 260 t，同时相应减少含盐废水约 1 800 m³。另外，由于洗涤段级数增加、萃取段级数减少，在不新增萃取槽的情况下实现了两端产品纯度的同时提高，无需额外设备投资。需要指出的是，不同企业料液组成、槽型与操作习惯存在差异，本文优化参数的适用性应结合具体条件进行评估。

## 4 结论
（1）P507-HCl 体系中镨钕分离系数随有机相负载率升高而增大，采用负载率相关的分离系数可显著提高模拟精度。
（2）在皂化度 36%、洗酸 4.2 mol/L、S/F = 11.5、萃取段 32 级和洗涤段 28 级条件下，可同时获得 99.5% 以上的镨、钕产品。
（3）工业验证结果与模拟值偏差小于 0.15 个百分点，优化后酸碱单耗显著降低。

## 参考文献
[1] 李红卫，张丽．稀土永磁材料产业发展现状与趋势[J]．中国稀土学报，2021，39(4)：501-510．
[2] GUTFLEISCH O, WILLARD M A, BRÜCK E, et al. Magnetic materials and devices for the 21st century: stronger, lighter, and more energy efficient[J]. Advanced Materials, 2011, 23(7): 821-842.
[3] 王建国，刘宇．新能源汽车驱动电机用钕铁硼磁体需求分析[J]．稀土，2022，43(2)：135-142．
[4] 陈晓明，杨帆．单一镨、钕氧化物的应用与市场[J]．稀土信息，2020(8)：22-25．
[5] 徐光宪．串级萃取理论 Ⅰ．最优化方程及其应用[J]．北京大学学报（自然科学版），1978(1)：51-66．
[6] 徐光宪，袁承业．稀土的溶剂萃取[M]．北京：科学出版社，1987．
[7] 严纯华，廖春生，贾江涛，等．稀土分离流程的一步放大设计[J]．中国稀土学报，1999，17(3)：256-262．
[8] 程福祥，吴声，廖春生，等．P507 体系稀土串级萃取的动态模拟[J]．中国稀土学报，2016，34(1)：1-10．
[9] 张洪，周立．负载率对 P507 萃取稀土分离系数的影响[J]．有色金属（冶炼部分），2019(6)：34-38．
[10] 刘振华，黄伟．稀土萃取过程模拟软件的开发与应用[J]．稀土，2018，39(5)：88-95．
[11] 钟学明．稀土萃取分离工艺计算方法研究进展[J]．中国稀土学报，2020，38(3)：283-296．
[12] 郭强，孙涛．基于机理模型的稀土萃取过程优化[J]．化工学报，2021，72(9)：4711-4720．
[13] 廖春生，徐刚，贾江涛，等．新世纪的稀土串级萃取理论[J]．中国稀土学报，2001，19(3)：193-200．
[14] 杨幼明，王文强．稀土萃取槽级效率的测定与分析[J]．稀有金属与硬质合金，2017，45(2)：1-6．
[15] 黄小卫，李红卫，薛向欣，等．我国稀土湿法冶金发展状况及研究进展[J]．中国有色金属学报，2004，14(S1)：111-121．
[16] 吴文远．稀土冶金学[M]．北京：化学工业出版社，2005．
[17] XIE F, ZHANG T A, DREISINGER D, et al. A critical review on solvent extraction of rare earths from aqueous solutions[J]. Minerals Engineering, 2014, 56: 10-28.
""")

D("E3", "md", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "other", "public-domain", "zh",
  "Chapter of a master's thesis deposited and publicly released in the national thesis repository (handle, release date) on SmCo 2:17 heat treatment; would be 1E902.a but public-domain",
"""
國立成功大學 材料科學及工程學系 碩士論文
Sm(Co,Fe,Cu,Zr)z 燒結磁石時效處理條件對胞狀組織與矯頑力之影響
Effect of Ageing Conditions on the Cellular Structure and Coercivity of Sintered Sm(Co,Fe,Cu,Zr)z Magnets

研究生：林○○　　指導教授：○○○ 博士
中華民國 一一二 年 七 月
論文公開：本論文已於 2023-08-15 全文公開於「臺灣博碩士論文知識加值系統」，永久網址：https://hdl.handle.net/11296/xxxxxx
授權：紙本及電子全文均同意立即公開

摘要
2:17 型釤鈷（Sm₂Co₁₇）永久磁石因具高居禮溫度與優異之溫度穩定性，被廣泛應用於高溫馬達、航太與精密儀器等領域。其矯頑力源自時效處理過程中形成之胞狀組織：胞內為富 Fe 之 2:17R 相，胞壁為富 Cu 之 1:5H 相，並有貫穿胞狀組織之富 Zr 片狀相。本研究以 Sm(Co_bal Fe₀.₂₂ Cu₀.₀₇ Zr₀.₀₂₅)₇.₅ 燒結磁石為對象，系統探討等溫時效溫度（800–850 °C）、時效時間（4–20 h）與緩冷速率（0.3–1.5 °C/min）對胞狀組織尺寸、胞壁 Cu 濃度及室溫矯頑力之影響。結果顯示：時效溫度由 800 °C 提高至 830 °C 時，胞尺寸由約 70 nm 增加至 95 nm，矯頑力隨之提高；溫度再提高至 850 °C 則胞尺寸過大，矯頑力下降。緩冷過程中 Cu 持續向胞壁富集，緩冷速率 0.7 °C/min 時胞壁 Cu 濃度可達 25 at% 以上，矯頑力達 32 kOe。本研究結果有助於理解 2:17 型磁石矯頑力與微結構之關係。
關鍵詞：釤鈷磁石、時效處理、胞狀組織、矯頑力、Cu 偏析

Abstract
Sintered Sm₂Co₁₇-type magnets owe their coercivity to a cellular nanostructure formed during ageing. In this thesis the effects of isothermal ageing temperature, ageing time and slow-cooling rate on cell size, Cu concentration in the 1:5H cell boundaries and coercivity of Sm(Co_bal Fe₀.₂₂ Cu₀.₀₇ Zr₀.₀₂₅)₇.₅ magnets were investigated by TEM-EDS, XRD and magnetic measurements. Coercivity reached a maximum of 32 kOe after ageing at 830 °C for 12 h followed by slow cooling at 0.7 °C/min to 400 °C, corresponding to a cell size of about 95 nm and a Cu concentration above 25 at% in the cell boundaries.
Keywords: Sm-Co magnets, ageing, cellular structure, coercivity, Cu segregation

目錄
第一章 緒論 ........................................ 1
　1.1 研究背景 ...................................... 1
　1.2 研究動機與目的 ................................ 3
第二章 文獻回顧 .................................... 5
　2.1 永久磁石之基本性質 ............................ 5
　2.2 Sm–Co 系化合物之晶體結構 ...................... 9
　2.3 2:17 型磁石之胞狀組織與矯頑力機制 ............. 14
　2.4 合金元素 Fe、Cu、Zr 之作用 .................... 21
第三章 實驗方法與步驟 ............................. 27
第四章 結果與討論 ................................. 41
　4.1 時效溫度之影響 ............................... 41
　4.2 時效時間之影響 ............................... 52
　4.3 緩冷速率之影響 ............................... 60
　4.4 胞壁 Cu 濃度與矯頑力之關係 .................... 68
第五章 結論 ....................................... 75
參考文獻 .......................................... 77

—— 以下為第三章 ——

# 第三章　實驗方法與步驟

## 3.1 實驗流程
本研究之實驗流程如圖 3-1 所示：合金熔煉 → 粗破碎 → 球磨 → 磁場成型 → 冷均壓 → 燒結及固溶處理 → 時效處理 → 磁性量測及顯微組織分析。為探討時效溫度、時效時間與緩冷速率之影響，固定合金成分與燒結、固溶條件，僅改變時效參數。

## 3.2 合金成分與熔煉
本研究採用之合金名義成分為 Sm(Co_bal Fe₀.₂₂ Cu₀.₀₇ Zr₀.₀₂₅)₇.₅（原子比），換算重量百分比約為 Sm 25.8 wt%、Fe 15.9 wt%、Cu 5.7 wt%、Zr 2.9 wt%、Co 餘量。原料為純度 99.9% 之 Sm 金屬、99.95% 之 Co 片、99.9% 之 Fe 片、Cu 粒及 Zr 海綿。由於 Sm 蒸氣壓高，熔煉時額外添加 3 wt% Sm 以補償揮發損失。

熔煉於實驗室型高週波真空感應爐中進行：以氧化鋁坩堝盛裝原料，抽真空至 5×10⁻³ Pa 後回充高純氬氣至 0.05 MPa，加熱至完全熔融後保溫 3 分鐘使成分均勻，再澆鑄於水冷銅模中，鑄錠厚度約 10 mm。鑄錠以 ICP-OES 分析實際成分，Sm 含量與名義值差異在 ±0.2 wt% 以內。

## 3.3 製粉
鑄錠先以顎式破碎機於氮氣手套箱內破碎至 1 mm 以下，再以行星式球磨機濕式研磨：以正己烷為研磨介質，不鏽鋼球與粉末重量比 10：1，轉速 250 rpm，研磨 3 小時。研磨後之粉末平均粒徑（雷射粒徑分析 D50）約 4.6 μm。粉末於手套箱中自然乾燥後保存，避免氧化。

## 3.4 磁場成型與冷均壓
取 8 g 粉末置於內徑 10 mm 之非磁性模具中，於 1.6 T 橫向磁場下配向並以 100 MPa 單軸壓製，得圓柱生胚。生胚以乳膠套真空封裝後，於冷均壓機中以 200 MPa 保壓 60 秒，提高生胚密度至約 5.1 g/cm³。

## 3.5 燒結與固溶處理
燒結及固溶處理於實驗室管狀真空爐進行。生胚以鉬箔包覆後置於爐中，抽真空至 5×10⁻³ Pa，以 10 °C/min 升溫至 900 °C 保溫 30 分鐘去除殘留有機物與氣體，再回充氬氣並升溫至 1210 °C 燒結 1 小時；之後以 2 °C/min 降溫至 1170 °C 進行固溶處理 3 小時，隨即將試片推出熱區並以氬氣急冷至室溫。燒結後試片密度以阿基米德法量測，均達 8.3 g/cm³ 以上（相對密度 > 98%）。

## 3.6 時效處理
時效處理為本研究之主要變因，條件如表 3-1 所示。所有試片先於等溫時效溫度保溫指定時間，再以控制速率緩冷至 400 °C 並保溫 4 小時，最後急冷至室溫。

表 3-1　時效處理條件
| 試片代號 | 等溫時效溫度 (°C) | 時效時間 (h) | 緩冷速率 (°C/min) | 終止溫度 (°C) |
|---|---|---|---|---|
| A1 | 800 | 12 | 0.7 | 400 |
| A2 | 830 | 12 | 0.7 | 400 |
| A3 | 850 | 12 | 0.7 | 400 |
| A4 | 830 | 4 | 0.7 | 400 |
| A5 | 830 | 20 | 0.7 | 400 |
| A6 | 830 | 12 | 0.3 | 400 |
| A7 | 830 | 12 | 1.5 | 400 |
| A8 | 830 | 12 | 急冷（無緩冷） | — |

## 3.7 磁性量測
試片表面研磨後，以 7 T 脈衝磁場充磁，再以磁滯迴線儀（最大外加磁場 2.5 T）於室溫量測第二象限退磁曲線，求得 Br、HcJ 與 (BH)max。由於部分試片矯頑力超過量測儀器最大磁場，另以振動樣品磁力儀（VSM，最大 9 T）量測小試片（1×1×1 mm³）之完整磁滯曲線，並進行退磁因子修正。

## 3.8 顯微組織分析
1. X 光繞射（XRD）：Cu Kα，掃描範圍 2θ = 20°–80°，分析相組成。
2. 掃描式電子顯微鏡（SEM）搭配背向散射電子影像，觀察晶粒尺寸與 Sm₂O₃、富 Zr 相之分布。
3. 穿透式電子顯微鏡（TEM）：以聚焦離子束（FIB）製備試片，沿 [1120] 方向觀察胞狀組織，量測胞尺寸（2:17R 胞內）與胞壁（1:5H 相）厚度，並以 EDS 分析胞壁 Cu 濃度。
4. 熱磁分析：以 VSM 量測 M–T 曲線，判讀 2:17 相與 1:5 相之居禮溫度。

## 3.9 實驗設備一覽
表 3-2　本研究使用之主要設備
| 設備名稱 | 型號／規格 | 用途 |
|---|---|---|
| 高週波真空感應熔煉爐 | 實驗室型，最大熔煉量 2 kg | 合金熔煉 |
| 顎式破碎機 | 置於氮氣手套箱內 | 粗破碎 |
| 行星式球磨機 | 4 × 250 mL 不鏽鋼罐 | 濕式研磨 |
| 雷射粒徑分析儀 | 濕式分散，量測範圍 0.02–2000 μm | 粒徑分析 |
| 電磁鐵磁場成型機 | 最大 2 T | 配向成型 |
| 冷均壓機 | 最大 300 MPa | 提高生胚密度 |
| 管狀真空高溫爐 | 最高 1400 °C，真空 10⁻³ Pa | 燒結、固溶、時效 |
| 脈衝充磁機 | 最大 7 T | 充磁 |
| 磁滯迴線儀 | 最大外加磁場 2.5 T | 退磁曲線量測 |
| 振動樣品磁力儀 | 最大 9 T，溫度 300–1000 K | 磁滯曲線、M–T |
| X 光繞射儀 | Cu Kα | 相組成 |
| 掃描式電子顯微鏡 | 場發射，附 EDS/BSE | 顯微組織 |
| 穿透式電子顯微鏡 | 200 kV，附 EDS | 胞狀組織 |
| 聚焦離子束系統 | Ga⁺ 離子源 | TEM 試片製備 |

## 3.10 量測誤差評估
磁滯迴線儀之 Br 量測重複性約 ±0.5%，HcJ 約 ±1%；對於 HcJ 超過 30 kOe 之試片，因外加磁場不足以使試片完全反轉，改以 VSM 量測並以試片形狀計算之退磁因子 N = 0.33（立方體）修正，修正後與磁滯迴線儀數據（HcJ < 25 kOe 範圍）之差異在 3% 以內。TEM 胞尺寸以每試片至少 200 個胞統計平均，標準差約 15%。EDS 胞壁 Cu 濃度受電子束擴展影響，量測值可能低估實際濃度，本研究僅以相對比較為主。

## 3.11 預期分析方法
根據文獻，Sm₂Co₁₇ 型磁石之矯頑力主要來自胞壁 1:5 相對磁壁之釘扎作用，釘扎強度與胞壁及胞內之磁晶異向性能差有關，而此差異又取決於 Cu 於胞壁中之富集程度。因此本研究將以 TEM-EDS 量測之胞壁 Cu 濃度與胞尺寸為自變數，探討其與 HcJ 之關係，並與文獻中 Kronmüller 等人提出之釘扎模型比較。

## 3.12 本章小結
本章說明了合金設計、熔煉、製粉、成型、燒結與固溶處理之固定條件，以及作為主要變因之時效處理條件（表 3-1）。所有試片均於同一批合金粉末中取樣，以排除成分波動之影響；每一時效條件製備 3 個試片，磁性數據取平均值。顯微組織分析則選取具代表性之試片（A1、A2、A3、A6、A7、A8）進行 TEM 觀察，以建立時效參數—胞狀組織—矯頑力三者之關係，其結果將於第四章討論。此外，為確認燒結與固溶處理之再現性，另於研究初期以相同條件重複製備 5 批試片，其燒結密度差異小於 0.03 g/cm³，固溶後 XRD 圖譜均為單一 1:7H 相，無明顯 2:17R 或 Sm₂O₃ 以外之雜相，顯示前處理條件穩定，可作為後續時效研究之基礎。

## 本章參考文獻
[3-1] K. J. Strnat, "Rare earth-cobalt permanent magnets," in Ferromagnetic Materials, Vol. 4, Elsevier, 1988.
[3-2] J. F. Liu, Y. Zhang, D. Dimitrov, G. C. Hadjipanayis, "Microstructure and high temperature magnetic properties of Sm(Co,Cu,Fe,Zr)z (z = 6.7–9.1) permanent magnets," J. Appl. Phys. 85 (1999) 2800–2804.
[3-3] O. Gutfleisch et al., "Evolution of magnetic domain structures and coercivity in high-performance SmCo 2:17-type permanent magnets," Acta Mater. 54 (2006) 997–1008.
[3-4] 作者 ○○，「Sm-Co 系永久磁石之研究」，國立○○大學碩士論文，2015。
[3-5] H. Kronmüller, D. Goll, "Micromagnetic analysis of pinning-hardened nanostructured, nanocrystalline Sm₂Co₁₇ based alloys," Scr. Mater. 47 (2002) 545–550.
[3-6] G. C. Hadjipanayis, "Nanophase hard magnets," J. Magn. Magn. Mater. 200 (1999) 373–391.
""")

D("E4", "txt", "excluded", ["1E902.a"], ["recycling", "magnet-manufacturing"], ["NdFeB"], "other", "public-domain", "mixed",
  "Conference paper in published proceedings (ISBN, Japanese 概要/boilerplate, English body) on HPMS of NdFeB scrap re-sintered into magnets; would be 1E902.a recycling+magnet-manufacturing but public-domain",
"""
第 175 回 日本金属学会 秋期講演大会 ／ 国際シンポジウム併設
講演概要集（Proceedings）　ISBN 978-4-xxxxxx-xx-x　発行：公益社団法人 日本金属学会
講演番号 S4-12　　セッション：希土類磁石のリサイクル (Recycling of Rare-Earth Magnets)
本稿は講演概要集に掲載され、学会ウェブサイトにて公開されたものです。著作権は著者および学会に帰属します。

概要
焼結 Nd-Fe-B 磁石スクラップを水素処理（HPMS）により直接粉末化し、再焼結により再生磁石を作製した。スクラップ表面の Ni-Cu-Ni めっきの除去条件、水素処理後の酸素量、及び NdH₂ 添加量が再生磁石の磁気特性に及ぼす影響を調べた。

------------------------------------------------------------------------------------------

Direct recycling of end-of-life sintered Nd-Fe-B magnets by hydrogen processing and re-sintering with NdH2 addition

T. Morita (1), A. K. Brennan (2), S. Hayashi (1), R. Ishikawa (1)
(1) Graduate School of Engineering, a national university, Japan
(2) School of Metallurgy and Materials, a university, United Kingdom

Abstract
Hydrogen processing of magnetic scrap (HPMS) converts sintered Nd-Fe-B magnets directly into a demagnetised, friable
hydride powder without melting and without separation of the rare-earth elements. We report a laboratory study of
the HPMS route applied to voice-coil-motor and compressor magnets recovered from end-of-life products. After removal
of the Ni-Cu-Ni coating by mechanical abrasion, magnets were exposed to hydrogen at 0.2 MPa and room temperature,
sieved, jet milled, blended with 0-2 wt% NdH2 and re-sintered. Without addition, the recycled magnets reached only
94 % of the original density and lost 38 % of their coercivity. With 1 wt% NdH2, the density reached 7.55 g cm-3, Br
was 96 % and HcJ 92 % of the original values. Oxygen pick-up during handling is the dominant degradation mechanism.

1. Introduction
The amount of Nd-Fe-B magnets in end-of-life products is expected to rise sharply in the next decade. Conventional
hydrometallurgical recycling dissolves the magnet, separates the rare earths by solvent extraction and reduces them
to metal, which is energy- and chemical-intensive [1,2]. Short-loop or "magnet-to-magnet" recycling, in which the
sintered magnet is converted directly into a powder suitable for re-processing, avoids these steps [3]. Hydrogen
decrepitation exploits the large volume expansion of the Nd-rich grain-boundary phase and of the 2:14:1 matrix phase
upon hydrogenation [4]. Walton et al. demonstrated that hard-disk-drive magnets can be extracted from assemblies and
simultaneously powdered in hydrogen [5]. The main difficulties are the heterogeneous composition of scrap, surface
coatings, and the increased oxygen content which consumes the Nd-rich liquid phase needed for densification [6].

2. Experimental
2.1 Scrap. Magnets (approx. 12 kg) were collected from dismantled compressors and hard-disk drives. ICP analysis gave
(wt%) Nd 24.1-26.8, Pr 0.1-5.2, Dy 0.4-4.1, B 0.95-1.0, Co 0.9-2.1, O 0.21-0.45. Magnets were sorted into two
lots by Dy content (<1 % and >3 %). Coatings were removed by barrel abrasion with alumina media (2 h).
2.2 Hydrogen processing. Coating-free magnets were placed in a stainless steel vessel, evacuated to 10 Pa and exposed
to H2 at 0.2 MPa and 25 degC for 4 h. Partial degassing at 600 degC for 2 h under vacuum reduced the H content to
below 1000 ppm. The powder was sieved to < 500 um.
2.3 Milling and re-sintering. Powders were jet milled (N2, D50 = 3.8 um), blended with 0, 0.5, 1 and 2 wt% NdH2
(D50 = 2.5 um), aligned at 1.8 T, pressed and sintered at 1 060-1 100 degC for 2 h, followed by annealing at 900
degC for 1 h and 500 degC for 1 h.

3. Results and discussion
Table 1. Properties of recycled magnets (low-Dy lot) sintered at 1 080 degC.

   NdH2 (wt%)   density (g/cm3)   O (ppm)   Br (T)   HcJ (kA/m)   Br/Br0   HcJ/HcJ0
   original     7.58              2 400     1.34     1 020        1.00     1.00
   0            7.12              4 100     1.21       632        0.90     0.62
   0.5          7.44              3 950     1.27       865        0.95     0.85
   1.0          7.55              3 900     1.29       938        0.96     0.92
   2.0          7.56              4 050     1.27       955        0.95     0.94

The addition of NdH2 restores the liquid-phase fraction lost to oxidation. At 2 wt% the excess rare earth dilutes the
magnetic phase and reduces Br. Oxygen content increased by approx. 1 500 ppm during processing, of which about
two-thirds was picked up during jet milling despite an O2 level of < 50 ppm in the mill gas; the fine powder is
extremely reactive. The high-Dy lot gave lower Br (1.19 T) but higher HcJ (1 520 kA/m), showing that sorting scrap
by composition is essential for consistent product properties.

Microstructural analysis showed Nd-oxide particles at triple junctions and a discontinuous grain-boundary phase in the
magnets without addition. With 1 wt% NdH2, a continuous Nd-rich grain-boundary layer was restored in most regions.

4. Conclusions
HPMS followed by re-sintering with about 1 wt% NdH2 recovers more than 90 % of the original remanence and coercivity
of sintered Nd-Fe-B scrap. Oxygen control during milling and the sorting of scrap by Dy content are the most
important factors for industrial implementation.

Acknowledgements
Part of this work was supported by a JSPS Grant-in-Aid for Scientific Research (Kakenhi).

References
[1] K. Binnemans, P. T. Jones, B. Blanpain, T. Van Gerven, Y. Yang, A. Walton, M. Buchert, Recycling of rare earths:
    a critical review, J. Clean. Prod. 51 (2013) 1-22.
[2] Y. Yang, A. Walton, R. Sheridan, K. Güth, R. Gauß, O. Gutfleisch, M. Buchert, B.-M. Steenari, T. Van Gerven,
    P. T. Jones, K. Binnemans, REE recovery from end-of-life NdFeB permanent magnet scrap: a critical review,
    J. Sustain. Metall. 3 (2017) 122-149.
[3] M. Zakotnik, I. R. Harris, A. J. Williams, Multiple recycling of NdFeB-type sintered magnets, J. Alloys Compd.
    469 (2009) 314-321.
[4] I. R. Harris, C. Noble, T. Bailey, The hydrogen decrepitation of an Nd15Fe77B8 magnetic alloy, J. Less-Common
    Met. 106 (1985) L1-L4.
[5] A. Walton, H. Yi, N. A. Rowson, J. D. Speight, V. S. J. Mann, R. S. Sheridan, A. Bradshaw, I. R. Harris,
    A. J. Williams, The use of hydrogen to separate and recycle neodymium-iron-boron-type magnets from electronic
    waste, J. Clean. Prod. 104 (2015) 236-241.
[6] R. S. Sheridan, A. J. Williams, I. R. Harris, A. Walton, Improved HDDR processing route for production of
    anisotropic powder from sintered NdFeB type magnets, J. Magn. Magn. Mater. 350 (2014) 114-118.

（講演概要集 pp. 412-415 に掲載）
""")

D("E5", "md", "excluded", ["1E902.a"], ["metal-smelting"], [], "other", "public-domain", "en",
  "Conference paper published in TMS proceedings (Springer, DOI, ISBN) on current efficiency of Nd electrolysis; would be 1E902.a but public-domain",
"""
**Rare Metal Technology 2024** · The Minerals, Metals & Materials Series · Springer Nature Switzerland
G. Azimi et al. (eds.), https://doi.org/10.1007/978-3-031-50236-1_14 · ISBN 978-3-031-50235-4 (print)
Published in the proceedings of the TMS 2024 Annual Meeting & Exhibition, Orlando, Florida, March 3–7, 2024.
© The Minerals, Metals & Materials Society 2024

# Effect of Dissolved Oxide Concentration and Anode–Cathode Distance on Current Efficiency in Neodymium Fluoride-Bath Electrolysis

Paul R. Hendricks, Mei-Ling Chou and Daniel O. Agyei

**Abstract** Neodymium and praseodymium–neodymium metals are produced almost exclusively by electrolysis of the oxides dissolved in molten fluoride electrolytes. Despite its industrial importance, the process is known mostly from empirical operating practice and reported current efficiencies range widely, from 60 to 85%. We investigated the effects of dissolved Nd₂O₃ concentration (0.5–4 wt%), anode–cathode distance (ACD, 30–90 mm) and bath temperature (1 020–1 080 °C) on current efficiency and anode gas composition in a laboratory cell operated at 200 A. Current efficiency increased with ACD up to 60 mm and decreased at higher temperature, consistent with metal dissolution and back-reaction as the main loss mechanism. Perfluorocarbon emission began when dissolved oxide fell below approximately 1.2 wt% at an anode current density of 1.0 A cm⁻².

**Keywords** Neodymium · Molten salt electrolysis · Current efficiency · Perfluorocarbons · Fluoride melts

## Introduction
Global demand for NdFeB permanent magnets has made neodymium one of the most important rare-earth metals. Commercial production uses cells with vertical graphite anodes and tungsten or molybdenum cathodes immersed in an NdF₃–LiF electrolyte, into which Nd₂O₃ is fed periodically [1, 2]. The overall cell reaction with a consumable carbon anode is

Nd₂O₃ + 3/2 C → 2 Nd + 3/2 CO₂ (or + 3 CO at high temperature)

The decomposition voltage of Nd₂O₃ under these conditions is about 2.0–2.3 V, whereas the applied cell voltage is typically 8–10 V, reflecting large ohmic losses in the bath [3]. Low solubility of Nd₂O₃ in fluoride melts (2–4 wt% at 1 050 °C) and its slow dissolution make feeding control difficult; when the local oxide concentration at the anode is depleted, fluoride ions are discharged and CF₄ and C₂F₆ are emitted, a phenomenon analogous to the anode effect in aluminium production [4, 5]. The extent of greenhouse-gas emissions from rare-earth smelters has attracted attention in recent inventories [6].

Previous laboratory studies have focused on oxide solubility [7], on electrode kinetics [8] and on PFC generation [5, 9], but the combined effects of ACD and oxide concentration on current efficiency have rarely been quantified under controlled conditions. The present work addresses this gap.

## Experimental
### Cell and materials
Experiments were conducted in a closed graphite crucible cell (inner diameter 150 mm, depth 250 mm) heated in a resistance furnace under argon. The crucible served as the anode; a tungsten rod of 15 mm diameter acted as the cathode, positioned centrally with a molybdenum cup below it to collect the metal. The electrolyte was 88 wt% NdF₃ – 12 wt% LiF (2.5 kg), prepared from dried reagent-grade fluorides. Nd₂O₃ (99.9%) was calcined at 900 °C before use.

### Procedure
After melting and equilibrating the bath at the test temperature, Nd₂O₃ was added to the desired concentration and electrolysis was carried out galvanostatically at 200 A for 2 h. The ACD was varied by changing the crucible-wall distance using graphite inserts. Oxide additions were made every 10 min to keep the concentration within ±0.2 wt% of the target, as verified by LECO oxygen analysis of quenched bath samples. Anode off-gas was analysed by FTIR for CO, CO₂, CF₄ and C₂F₆. The metal collected was weighed and analysed; current efficiency (CE) was calculated from the mass of Nd recovered relative to Faraday's law.

## Results
### Effect of oxide concentration
At 1 050 °C and ACD 60 mm, CE increased from 58% at 0.5 wt% Nd₂O₃ to 79% at 2.5 wt% and then remained constant. CF₄ was detected continuously below 1.2 wt% and intermittently between 1.2 and 1.8 wt%. No PFC was detected above 2 wt% at an anode current density of 1.0 A cm⁻².

| Nd₂O₃ (wt%) | CE (%) | CF₄ (ppmv, mean) | Cell voltage (V) |
|---|---|---|---|
| 0.5 | 58 | 2 400 | 7.9 |
| 1.0 | 66 | 820 | 7.4 |
| 1.5 | 73 | 110 | 7.2 |
| 2.5 | 79 | < 5 | 7.1 |
| 3.5 | 78 | < 5 | 7.1 |

### Effect of ACD and temperature
At 2.5 wt% oxide, CE was 68% at ACD = 30 mm, 79% at 60 mm and 80% at 90 mm, while the cell voltage rose by 0.9 V from 60 to 90 mm. Increasing the temperature from 1 020 to 1 080 °C decreased CE from 82 to 72%, which we attribute to the higher solubility of Nd metal in the melt and enhanced transport of dissolved metal towards the anode, where it is reoxidised.

### Anode gas
CO was the dominant anode gas (85–92 vol% of carbon oxides) at all conditions, consistent with the Boudouard equilibrium at these temperatures.

## Discussion
The dependence of CE on ACD and temperature follows the behaviour predicted by a simple mass-transfer model in which dissolved metal, formed at the cathode, diffuses and is convected to the anode region. The characteristic length over which the back-reaction operates appears to be about 50–60 mm in our cell geometry, beyond which further increases in ACD mostly add ohmic resistance. Industrial cells operate at ACDs of 80–120 mm with substantial gas-induced convection, so the optimum is expected to be geometry-specific.

## Conclusions
1. Current efficiency of Nd electrolysis in 88NdF₃–12LiF at 1 050 °C increases with dissolved oxide concentration up to about 2.5 wt% and then levels off.
2. ACD larger than approximately 60 mm gives little further gain in CE in our laboratory geometry.
3. CF₄ emission occurs below 1.2 wt% dissolved oxide at an anode current density of 1.0 A cm⁻², highlighting the importance of feed control.

**Acknowledgements** The authors thank the Critical Materials Innovation Hub for partial support.

## References
1. Gupta CK, Krishnamurthy N (2005) Extractive metallurgy of rare earths. CRC Press, Boca Raton
2. Vogel H, Friedrich B (2015) Development and research trends of the neodymium electrolysis – a literature review. In: Proceedings of EMC 2015, pp 1–14
3. Milicevic K, Feldhaus D, Friedrich B (2018) Conditions and mechanisms of gas emissions from didymium electrolysis and its process control. In: Light Metals 2018. Springer, Cham, pp 1435–1441
4. Keniry J, Wang L (2014) Perfluorocarbon emissions from rare earth electrolysis. In: Light Metals 2014. Springer, Cham
5. Vogel H, Flerus B, Stoffner F, Friedrich B (2017) Reducing greenhouse gas emission from the neodymium oxide electrolysis. Part I: analysis of the anodic gas formation. J Sustain Metall 3:99–107
6. Zhang L, Wang Q (2022) Greenhouse gas emissions from rare earth smelting: an inventory. J Clean Prod 350:131467
7. Stefanidaki E, Hasiotis C, Kontoyannis C (2001) Electrodeposition of neodymium from LiF–NdF₃–Nd₂O₃ melts. Electrochim Acta 46:2665–2670
8. Zhu H (2014) Rare earth metal production by molten salt electrolysis. In: Encyclopedia of Applied Electrochemistry. Springer, New York, pp 1765–1772
9. Liu X, Chen Y (2021) Anode effect detection in rare earth electrolysis cells. Metall Mater Trans B 52:1800–1810
""")

# ---------------------------------------------------------------- excluded: patent filings
D("E6", "txt", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "patent-filing", "zh",
  "Taiwan (TIPO-style) invention patent application: GBD method for high-coercivity NdFeB with claims and embodiments; would be 1E902.a but patent-filing",
"""
【發明摘要】
【申請案號】112145xxx
【申請日】2023/11/24
【中文發明名稱】高矯頑力燒結釹鐵硼磁體之晶界擴散方法
【英文發明名稱】GRAIN BOUNDARY DIFFUSION METHOD FOR HIGH-COERCIVITY SINTERED Nd-Fe-B MAGNET
【中文】本發明提供一種高矯頑力燒結釹鐵硼磁體之晶界擴散方法，包含：於燒結磁體表面形成含鋱氫化物與鋁銅合金粉末之混合塗層；於第一溫度進行擴散熱處理；以及於第二溫度進行時效處理。藉由鋁銅合金於擴散初期形成低熔點液相通道，使鋱沿晶界擴散深度增加，在鋱使用量減少 30% 之情形下仍可使矯頑力提升 10 kOe 以上。
【英文】The present invention provides a grain boundary diffusion method ... (omitted)
【代表圖】第（1）圖

【發明說明書】
【中文發明名稱】高矯頑力燒結釹鐵硼磁體之晶界擴散方法
【技術領域】
【0001】本發明係關於一種稀土永久磁體之製造方法，特別是關於一種對燒結釹鐵硼磁體進行晶界擴散以提高矯頑力之方法。

【先前技術】
【0002】燒結釹鐵硼磁體廣泛應用於電動車驅動馬達、風力發電機等領域。為提高高溫下之矯頑力，傳統方法係於熔煉時添加鏑（Dy）或鋱（Tb），然重稀土元素進入主相會降低剩磁，且價格昂貴。
【0003】晶界擴散法係將重稀土元素自磁體表面沿晶界導入，使其富集於主相晶粒表層，可以較少重稀土用量獲得較高矯頑力。惟習知以純鋱金屬或氟化鋱塗覆之方法，擴散深度有限，通常僅適用於厚度 6 mm 以下之磁體，且表層鋱濃度過高造成浪費。

【發明內容】
【0004】本發明之目的在於提供一種可增加擴散深度並降低鋱用量之晶界擴散方法。
【0005】為達上述目的，本發明之方法包含下列步驟：(a) 提供燒結釹鐵硼磁體；(b) 將氫化鋱（TbH₂）粉末與 Al-Cu 合金粉末（Cu 含量 30–50 at%）以重量比 9：1 至 7：3 混合，並以有機黏結劑調製成漿料，塗覆於磁體垂直於易磁化軸之兩表面，塗覆量以鋱計為磁體重量之 0.3–0.6 wt%；(c) 於真空或惰性氣氛中，於 850–950 °C 進行擴散熱處理 8–20 小時；(d) 於 450–550 °C 進行時效處理 2–5 小時。
【0006】本發明之功效在於：Al-Cu 合金於約 550 °C 即熔化，於擴散初期潤濕晶界並形成連續之液相通道，使鋱沿晶界快速向磁體內部擴散。

【圖式簡單說明】
【0007】第 1 圖為本發明方法之流程圖。第 2 圖為實施例 1 與比較例 1 之鋱濃度沿深度分布圖。

【實施方式】
【0008】實施例 1：採用牌號 48H 之燒結磁體（成分 wt%：PrNd 30.2、Dy 0.5、B 0.95、Co 1.0、Cu 0.15、Al 0.2、Ga 0.2、Fe 餘量），加工成 20 × 20 × 8 mm（8 mm 為配向方向）。將 TbH₂ 粉末（D50 5 μm）與 Al₆₀Cu₄₀ 合金粉末（D50 8 μm）以 8：2 混合，加入 3 wt% 之聚乙烯醇縮丁醛乙醇溶液調製漿料，噴塗於兩極面，鋱塗覆量 0.45 wt%。於 5×10⁻³ Pa 真空中以 900 °C 擴散 15 小時，氬氣冷卻後於 500 °C 時效 3 小時。
【0009】比較例 1：除以純 TbH₂ 粉末、鋱塗覆量 0.65 wt% 外，其餘同實施例 1。
【0010】結果如表 1。

表 1
| | 鋱用量 wt% | Br (T) | HcJ (kOe) | 磁體中心 Tb 濃度 wt% |
|---|---|---|---|---|
| 擴散前 | 0 | 1.380 | 17.2 | 0 |
| 實施例 1 | 0.45 | 1.365 | 28.6 | 0.21 |
| 比較例 1 | 0.65 | 1.362 | 27.9 | 0.08 |

【0011】由表 1 可知，實施例 1 以較少鋱用量獲得較高矯頑力，且磁體中心鋱濃度顯著高於比較例 1，顯示擴散深度增加。
【0012】實施例 2：除擴散溫度 930 °C、時間 10 小時外同實施例 1，HcJ 28.1 kOe。

【符號說明】
【0013】S1～S4：步驟

【申請專利範圍】
【第1項】一種燒結釹鐵硼磁體之晶界擴散方法，包含：(a) 提供一燒結釹鐵硼磁體；(b) 於該磁體表面形成一塗層，該塗層包含氫化鋱粉末及鋁銅合金粉末，其中該鋁銅合金之銅含量為 30 至 50 原子百分比，且氫化鋱與鋁銅合金之重量比為 9：1 至 7：3；(c) 於 850 至 950 °C 進行擴散熱處理 8 至 20 小時；以及 (d) 於 450 至 550 °C 進行時效處理 2 至 5 小時。
【第2項】如申請專利範圍第 1 項所述之方法，其中該塗層之鋱含量為該磁體重量之 0.3 至 0.6 wt%。
【第3項】如申請專利範圍第 1 項所述之方法，其中該燒結釹鐵硼磁體於易磁化軸方向之厚度為 6 至 12 mm。
【第4項】如申請專利範圍第 1 項所述之方法，其中步驟 (c) 係於 1×10⁻² Pa 以下之真空中進行。
【第5項】一種燒結釹鐵硼磁體，係以如申請專利範圍第 1 至 4 項中任一項所述之方法製得。
""")

D("E7", "txt", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "other", "patent-filing", "zh",
  "TIPO-style invention patent application on a 2:17 SmCo manufacturing method (claims, embodiments); would be 1E902.a but patent-filing",
"""
【發明摘要】
【申請案號】113108xxx　【申請日】2024/03/08
【中文發明名稱】高溫用釤鈷永久磁石之製造方法
【中文】一種高溫用 Sm₂Co₁₇ 型釤鈷永久磁石之製造方法，於固溶處理後增加一段 1050–1100 °C 之中間熱處理，使胞狀組織之胞壁 Cu 分布均勻化，所得磁石於 500 °C 之矯頑力可達 8 kOe 以上。
【代表圖】無

【發明說明書】
【中文發明名稱】高溫用釤鈷永久磁石之製造方法
【技術領域】
【0001】本發明係有關一種稀土鈷系永久磁石之製造方法，尤指一種適用於 400–550 °C 高溫環境之 2:17 型釤鈷磁石製造方法。

【先前技術】
【0002】2:17 型釤鈷磁石具有高居禮溫度與優異溫度穩定性，常用於航太、精密儀器等高溫場合。其矯頑力來自 1:5 相胞壁對磁壁之釘扎。然而於 500 °C 以上，胞壁與胞內之異向性差縮小，矯頑力急遽下降。

【發明內容】
【0003】本發明提供一種製造方法，包含：(1) 熔煉組成為 Sm(Co_bal Fe_x Cu_y Zr_z)_w 之合金，其中 x = 0.08–0.15，y = 0.08–0.12，z = 0.02–0.035，w = 7.0–7.6；(2) 製粉、磁場成型；(3) 於 1190–1220 °C 燒結；(4) 於 1160–1180 °C 固溶處理後急冷；(5) 於 1050–1100 °C 進行中間熱處理 0.5–2 小時後急冷；(6) 於 800–850 °C 時效 10–30 小時，並以 0.5–1.0 °C/min 緩冷至 400 °C。
【0004】中間熱處理可使固溶體中析出細小之 Zr 富集片狀相（Z 相）前驅物，促進後續時效時胞狀組織之均勻形成。

【實施方式】
【0005】實施例 1：合金組成 Sm(Co₀.₇₇₅ Fe₀.₁₀ Cu₀.₁₀ Zr₀.₀₂₅)₇.₂，真空感應熔煉後以氣流磨製成平均粒徑 4.0 μm 之粉末，於 2 T 磁場中成型、200 MPa 等靜壓。於 1210 °C 燒結 1 小時，降至 1175 °C 固溶 4 小時後風冷；再於 1080 °C 熱處理 1 小時風冷；最後於 830 °C 時效 20 小時，以 0.7 °C/min 緩冷至 400 °C，保溫 5 小時後急冷。
【0006】比較例 1：省略中間熱處理，其餘同實施例 1。

表 1
| | 室溫 Br (T) | 室溫 HcJ (kOe) | 500 °C HcJ (kOe) |
|---|---|---|---|
| 實施例 1 | 1.02 | 34.5 | 8.6 |
| 比較例 1 | 1.02 | 33.8 | 6.1 |

【申請專利範圍】
【第1項】一種釤鈷永久磁石之製造方法，包含：熔煉組成為 Sm(Co_bal Fe_x Cu_y Zr_z)_w 之合金，x 為 0.08 至 0.15，y 為 0.08 至 0.12，z 為 0.02 至 0.035，w 為 7.0 至 7.6；製粉並於磁場中成型；於 1190 至 1220 °C 燒結；於 1160 至 1180 °C 固溶處理後急冷；於 1050 至 1100 °C 進行中間熱處理 0.5 至 2 小時後急冷；以及於 800 至 850 °C 時效並緩冷至 400 °C。
【第2項】如申請專利範圍第 1 項所述之製造方法，其中該緩冷之速率為 0.5 至 1.0 °C/min。
【第3項】如申請專利範圍第 1 項所述之製造方法，其中該時效之時間為 10 至 30 小時。
""")

D("E8", "txt", "excluded", ["1E902.a"], ["separation"], [], "other", "patent-filing", "zh",
  "TIPO-style patent application for a non-ammonia saponification / RE extraction separation method with claims; would be 1E902.a but patent-filing",
"""
【發明摘要】
【申請案號】112120xxx　【申請日】2023/06/02
【中文發明名稱】一種無氨氮排放之稀土萃取分離方法
【英文發明名稱】AMMONIA-FREE SOLVENT EXTRACTION SEPARATION METHOD FOR RARE EARTHS
【中文】本發明係以碳酸氫鈣與碳酸氫鎂混合溶液對酸性磷類萃取劑進行預皂化，再與稀土料液交換形成稀土皂，用於萃取分離；萃餘液中之氯化鈣、氯化鎂經碳化再生後循環使用，無氨氮廢水產生。

【發明說明書】
【技術領域】
【0001】本發明屬於稀土濕法冶金領域，涉及一種使用酸性磷類萃取劑（如 P507、P204）分離稀土元素之方法。

【先前技術】
【0002】酸性磷類萃取劑萃取稀土時釋放氫離子，為維持萃取能力須先以氨水或液鹼皂化。氨皂化產生大量氨氮廢水；液鹼皂化成本高且產生高鹽廢水。

【發明內容】
【0003】本發明之方法包含：(1) 以輕燒白雲石為原料，經消化、碳化製得 Ca(HCO₃)₂–Mg(HCO₃)₂ 混合溶液，其中 (Ca+Mg) 總濃度以氧化物計為 10–18 g/L，Ca/Mg 莫耳比 0.3–1.0；(2) 以該溶液與 P507 有機相於 25–40 °C 接觸，控制皂化度 25–40%；(3) 將皂化有機相與稀土料液接觸 3–6 級，使 Ca²⁺、Mg²⁺ 全部被稀土置換；(4) 以所得稀土皂有機相進入分餾萃取串級；(5) 收集含 CaCl₂、MgCl₂ 之水相，以 CO₂ 碳化再生。

【實施方式】
【0004】實施例 1：以 1.5 mol/L P507–煤油為有機相，碳酸氫鹽溶液（CaO+MgO 14 g/L，Ca/Mg = 0.5）皂化，皂化度 35%，相比 O/A = 4，混合 10 min。皂化有機相與 LaCe/PrNd 料液（REO 1.2 mol/L）經 4 級逆流交換，出口水相 REO < 0.01 g/L。稀土皂進入 50 級串級分離 Ce/Pr，Pr₆O₁₁ 產品純度 99.6%，未檢出氨氮。

【申請專利範圍】
【第1項】一種稀土萃取分離方法，包含：以碳酸氫鈣與碳酸氫鎂之混合溶液皂化酸性磷類萃取劑有機相，其中 Ca/Mg 莫耳比為 0.3 至 1.0；使皂化有機相與稀土料液接觸形成稀土皂；以及以該稀土皂進行分餾萃取。
【第2項】如申請專利範圍第 1 項所述之方法，其中皂化度為 25% 至 40%。
【第3項】如申請專利範圍第 1 項所述之方法，其中該酸性磷類萃取劑為 P507 或 P204。
【第4項】如申請專利範圍第 1 項所述之方法，另包含以二氧化碳碳化再生萃餘水相中之鈣、鎂。
""")

D("E9", "txt", "excluded", ["1E902.a"], ["recycling"], [], "other", "patent-filing", "zh",
  "TIPO-style patent application on recovering RE from NdFeB sludge by roasting and selective leaching, with claims; would be 1E902.a but patent-filing",
"""
【發明摘要】
【申請案號】113121xxx　【申請日】2024/06/11
【中文發明名稱】從釹鐵硼油泥回收稀土之方法
【中文】一種從釹鐵硼加工油泥回收稀土之方法，包含低溫真空脫油、分段氧化焙燒、控電位選擇性浸出及草酸沉澱，稀土回收率達 97% 以上，浸出渣中鐵可作為氧化鐵紅原料。

【發明說明書】
【技術領域】
【0001】本發明係關於稀土二次資源回收，特別是從釹鐵硼磁材研磨、切割所產生之油泥中回收稀土元素之方法。

【先前技術】
【0002】釹鐵硼油泥含稀土 20–30%（以 REO 計）、鐵 50–60% 及切削油。習知方法以直接焙燒除油，易引起自燃，且焙燒不完全導致浸出時鐵大量溶出。

【發明內容】
【0003】本發明之方法包含：(a) 於 150–200 °C、10–100 Pa 下真空脫油，回收切削油；(b) 於 400–500 °C 預氧化 1–2 小時，再升溫至 800–900 °C 氧化焙燒 2–4 小時；(c) 以鹽酸浸出，控制氧化還原電位 ORP 為 500–650 mV（相對 Ag/AgCl）、終點 pH 1.0–2.0，溫度 80–95 °C；(d) 固液分離後以草酸沉澱稀土，灼燒得稀土氧化物。

【實施方式】
【0004】實施例 1：取油泥 500 g（含油 18%、REO 26.5%），於 180 °C、50 Pa 脫油 3 小時；於 450 °C 預氧化 1.5 小時、850 °C 焙燒 3 小時；焙燒料以 3 mol/L 鹽酸於液固比 4：1、90 °C、ORP 600 mV、終點 pH 1.5 浸出 2 小時。稀土浸出率 98.6%，浸出液 Fe 0.03 g/L。草酸沉澱、900 °C 灼燒後 TREO 99.2%，稀土總回收率 97.3%。

【申請專利範圍】
【第1項】一種從釹鐵硼油泥回收稀土之方法，包含：於 150 至 200 °C 及 10 至 100 Pa 下真空脫油；於 400 至 500 °C 預氧化後於 800 至 900 °C 氧化焙燒；以鹽酸於氧化還原電位 500 至 650 mV 及終點 pH 1.0 至 2.0 下浸出；以及自浸出液沉澱回收稀土。
【第2項】如申請專利範圍第 1 項所述之方法，其中浸出溫度為 80 至 95 °C。
【第3項】如申請專利範圍第 1 項所述之方法，其中沉澱係以草酸進行，沉澱物於 850 至 950 °C 灼燒。
""")

D("E10", "md", "excluded", ["1E902.a"], ["metal-smelting"], [], "other", "patent-filing", "zh",
  "Chinese invention patent application (说明书, 权利要求书, 说明书附图, 摘要) for a molten-salt electrolysis cathode/cell structure; would be 1E902.a but patent-filing",
"""
# 发明专利申请

申请号：202410xxxxxx.x　　申请日：2024-04-18　　申请人：某稀土冶炼有限公司
代理机构：某专利代理事务所（普通合伙）　　代理人：赵○○
发明名称：一种稀土熔盐电解槽用组合阴极及电解槽

## 说明书摘要
本发明公开了一种稀土熔盐电解槽用组合阴极，包括钨芯棒和套设于钨芯棒外部的钼套管，钼套管下端设有导流锥；钨芯棒与钼套管之间留有 0.5–1.5 mm 的间隙并填充稀土金属。该组合阴极可减少钨用量 40% 以上，阴极寿命提高 30%，金属中钨含量低于 50 ppm。
摘要附图：图 1

## 权利要求书
1. 一种稀土熔盐电解槽用组合阴极，其特征在于，包括钨芯棒（1）和套设于所述钨芯棒外部的钼套管（2），所述钼套管（2）下端设有导流锥（3），所述钨芯棒（1）与钼套管（2）之间的间隙为 0.5–1.5 mm。
2. 根据权利要求 1 所述的组合阴极，其特征在于，所述间隙内填充镨钕金属。
3. 根据权利要求 1 所述的组合阴极，其特征在于，所述导流锥（3）的锥角为 60°–90°。
4. 根据权利要求 1 所述的组合阴极，其特征在于，所述钼套管（2）的壁厚为 3–6 mm，浸入电解质的深度为 250–400 mm。
5. 一种稀土熔盐电解槽，其特征在于，包括权利要求 1–4 任一项所述的组合阴极。

## 说明书
### 技术领域
[0001] 本发明涉及稀土金属冶炼技术领域，具体涉及一种稀土熔盐电解槽用组合阴极及电解槽。

### 背景技术
[0002] 氟化物体系氧化物熔盐电解是生产镨钕、钕、镝铁等稀土金属及合金的主要方法。现有电解槽多采用整体钨棒作阴极，钨价格高，且阴极端部在析出金属冲刷下逐渐消耗，需定期更换。

### 发明内容
[0003] 本发明的目的在于提供一种组合阴极，在保证导电性能的同时降低钨用量、延长寿命。
[0004] 为实现上述目的，本发明采用如下技术方案：……（同权利要求 1–5）
[0005] 有益效果：钼在镨钕熔体中的溶解度低于钨；间隙中填充的镨钕金属在工作温度下熔融，保证芯棒与套管之间良好导电。

### 附图说明
[0006] 图 1 为本发明组合阴极结构示意图；图 2 为电解槽剖视图。

### 具体实施方式
[0007] 实施例 1：在 6 kA 镨钕电解槽中采用本发明组合阴极，钨芯棒直径 50 mm，钼套管外径 70 mm、壁厚 4 mm，间隙 1.0 mm，导流锥锥角 75°，浸入深度 320 mm。电解温度 1050 ℃，电解质 PrNdF₃–LiF（质量比 88：12），阴极电流密度 6.8 A/cm²。连续运行 90 d，阴极外径消耗 2.1 mm，金属中 W 28 ppm、Mo 35 ppm，电流效率 81.5%。
[0008] 对比例 1：采用直径 70 mm 整体钨棒，其余同实施例 1。运行 90 d 外径消耗 3.2 mm，金属中 W 65 ppm，电流效率 80.9%。

## 说明书附图
图 1：1—钨芯棒；2—钼套管；3—导流锥；4—导电夹头。
图 2：5—石墨坩埚；6—石墨阳极；7—钼接收器；8—电解质。
""")

D("E11", "md", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "other", "patent-filing", "en",
  "US-style patent application (claims, abstract, examples) for a Ce-containing sintered RE magnet; would be 1E902.a but patent-filing",
"""
UNITED STATES PATENT APPLICATION
Application No. 18/5xx,xxx — Filed: Feb. 12, 2024 — Claims priority to CN 2023101xxxxx.x (filed Feb. 14, 2023)
Attorney Docket No. RM-2024-017US

**Title: CERIUM-CONTAINING SINTERED RARE-EARTH PERMANENT MAGNET AND METHOD FOR MANUFACTURING THE SAME**

## ABSTRACT
A Ce-containing sintered R-T-B permanent magnet includes a main phase with a core–shell structure, wherein the core contains Ce at 15–40 at% of total rare earth and the shell contains Ce at less than 5 at%, and a grain-boundary phase containing Ga and Cu. The magnet is produced by blending a Ce-rich alloy powder with a Ce-free alloy powder, sintering at 1000–1040 °C, and performing a heat treatment at 820–880 °C followed by 460–520 °C. The magnet has Br ≥ 1.25 T and HcJ ≥ 13 kOe at a Ce content of 25 wt% of total rare earth.

## CLAIMS
1. A method for manufacturing a sintered R-T-B permanent magnet, comprising: preparing a first alloy containing Nd and/or Pr as R and no Ce; preparing a second alloy wherein Ce accounts for 50–80 wt% of R; pulverizing the first and second alloys and blending the resulting powders such that Ce accounts for 15–35 wt% of total R; compacting the blended powder in a magnetic field; sintering the compact at 1000–1040 °C for 4–8 h; performing a first heat treatment at 820–880 °C; and performing a second heat treatment at 460–520 °C.
2. The method of claim 1, wherein the second alloy further comprises Ga at 0.2–0.5 wt% and Cu at 0.1–0.3 wt%.
3. The method of claim 1, wherein the blended powder has a median particle size D50 of 2.5–3.5 μm.
4. The method of claim 1, wherein the first alloy and the second alloy are hydrogen-decrepitated separately, the second alloy being dehydrogenated at a temperature 20–60 °C lower than the first alloy.
5. A sintered R-T-B permanent magnet obtained by the method of any one of claims 1–4.

## DESCRIPTION
### Field
[0001] The present disclosure relates to rare-earth permanent magnets, and more particularly to sintered R-T-B magnets in which part of the rare-earth content is Ce.

### Background
[0002] Ce is the most abundant rare-earth element and is produced in excess during the separation of light rare-earth ores. Replacing Nd with Ce reduces cost but lowers the saturation magnetization and anisotropy field of the R₂Fe₁₄B phase. Blending two alloys of different Ce content has been proposed, but the Ce and Nd tend to homogenize during sintering.

### Summary
[0003] The inventors found that sintering at 1000–1040 °C, together with Ga and Cu in the Ce-rich alloy, forms a Ce-poor shell around Ce-rich cores while limiting homogenization.

### Examples
[0004] Example 1. First alloy (wt%): Pr 7.5, Nd 23.0, B 0.97, Co 1.0, Cu 0.12, Al 0.1, Ga 0.2, Fe balance. Second alloy: Ce 20.0, Pr 2.5, Nd 8.0, B 0.98, Co 1.0, Cu 0.2, Ga 0.35, Fe balance. Both strip cast at 1.3 m/s; hydrogen decrepitation with dehydrogenation at 560 °C (first) and 520 °C (second). Powders jet milled to D50 = 3.0 μm and blended at 60:40. Compacts pressed at 1.8 T, sintered at 1020 °C for 6 h, heat treated at 860 °C for 2 h and 490 °C for 3 h.
[0005] Comparative Example 1: single alloy of the same overall composition, sintered at 1050 °C for 4 h.

| | Ce/TRE (wt%) | Br (T) | HcJ (kOe) | (BH)max (MGOe) |
|---|---|---|---|---|
| Example 1 | 25 | 1.27 | 13.6 | 38.5 |
| Comparative Example 1 | 25 | 1.25 | 10.9 | 36.9 |

[0006] While embodiments have been described, the scope of the invention is defined by the appended claims.
""")

D("E12", "txt", "excluded", ["1E902.a"], ["mining"], [], "email", "patent-filing", "zh",
  "Email instructing a patent attorney with the technical disclosure (技术交底书) for filing an in-situ leaching patent; would be 1E902.a but patent-filing (instructions to patent attorney)",
"""
发件人：李○○（某稀土矿业公司 技术中心 知识产权专员）
收件人：王律师（某知识产权代理有限公司 专利代理师）
日期：2025年4月21日 10:02
主题：委托撰写发明专利申请——“一种离子型稀土矿复合浸矿剂及原地浸矿方法”（附技术交底书）

王律师您好：

根据我司与贵所的代理协议，现委托贵所撰写并提交以下发明专利申请，请于 5 月 20 日前提交初稿供我方审核，审核通过后尽快向国家知识产权局提交，并同时考虑是否需要 PCT 申请（请给出费用估算）。

一、申请信息
发明名称（暂定）：一种离子型稀土矿复合浸矿剂及原地浸矿方法
申请人：某稀土矿业有限公司
发明人：张○○、刘○○、陈○○
请求：申请实质审查；请求提前公布。

二、技术交底书（要点）
1. 技术领域：离子吸附型稀土矿原地浸出。
2. 现有技术问题：硫酸铵浸矿氨氮污染严重；单一硫酸镁浸矿浸出率低（约 75–80%）且浸出周期长。
3. 技术方案：复合浸矿剂由硫酸镁 2.0–3.0 wt%、柠檬酸钠 0.05–0.2 wt%、氯化钙 0.2–0.5 wt% 组成，pH 4.0–5.0；柠檬酸钠与铝络合抑制铝浸出，氯化钙提高离子交换推动力。注液强度 2–3 L/(m²·h)，注液 45–60 d 后清水顶水。
4. 实施例（请在说明书中写入）：
   实施例 1：某采场矿体 TREO 0.08%，复合浸矿剂（MgSO₄ 2.5%、柠檬酸钠 0.1%、CaCl₂ 0.3%，pH 4.5），浸出率 91.2%，母液 Al 0.12 g/L；
   实施例 2：MgSO₄ 3.0%、柠檬酸钠 0.15%、CaCl₂ 0.5%，浸出率 92.6%；
   对比例：单一 MgSO₄ 3.0%，浸出率 78.4%，母液 Al 0.46 g/L。
5. 希望保护的要点：浸矿剂组成及比例范围；浸矿方法步骤；柠檬酸钠的作用。请帮忙设计独立权利要求与从属权利要求的层次，并检索是否有相近的在先专利。

三、附件
1. 技术交底书（完整版，Word）
2. 实验数据表（Excel）
3. 采场示意图（PDF，可作为说明书附图）

以上资料仅用于本次专利申请撰写，请按保密条款处理。如有需要补充的实验数据请尽快告知。

谢谢！
李○○
""")

# ---------------------------------------------------------------- excluded: basic research
D("E13", "md", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "other", "basic-research", "zh",
  "University grant proposal (NSTC) on first-principles/spectroscopic study of Ce valence and anisotropy in (Nd,Ce)2Fe14B; fundamental, no production know-how -> basic-research",
"""
# 國家科學及技術委員會 專題研究計畫申請書（一般研究計畫）

**計畫名稱**：(Nd,Ce)₂Fe₁₄B 化合物中鈰價態與磁晶異向性之第一原理計算與同步輻射光譜研究
**英文名稱**：First-principles and synchrotron spectroscopic study of Ce valence and magnetocrystalline anisotropy in (Nd,Ce)₂Fe₁₄B
**執行機構**：國立○○大學 物理學系　**計畫主持人**：○○○ 副教授
**執行期限**：2025/08/01 ～ 2028/07/31（三年期）　**學門**：凝態物理／磁性

## 一、研究背景
R₂Fe₁₄B（R 為稀土）化合物之磁晶異向性主要來自稀土 4f 電子與晶格場之交互作用。Ce 在 Ce₂Fe₁₄B 中呈中間價態（介於 Ce³⁺ 與 Ce⁴⁺ 之間），其 4f 電子部分非局域化，導致異向場僅約 Nd₂Fe₁₄B 之三分之一。文獻中對 Ce 在 4f 與 4g 兩種晶格位置之占據偏好、價態與局部異向性的定量關係仍有爭議，且 La 共摻雜如何改變 Ce 價態之微觀機制尚未釐清。

## 二、研究目的
1. 以密度泛函理論（DFT+U 及 DFT+DMFT）計算 (Nd₁₋ₓCeₓ)₂Fe₁₄B（x = 0–1）中 Ce 於 4f/4g 位置之形成能差、4f 占據數與晶格場參數 A₂⁰。
2. 以 Ce L₃-edge X 光吸收光譜（XAS）及 X 光磁圓二色性（XMCD）量測單晶與多晶樣品之 Ce 價態及軌道磁矩。
3. 建立 Ce 價態—晶格常數—異向場之關聯模型，理解 La 共摻雜之晶格膨脹效應。

## 三、研究方法
### 3.1 計算
- 程式：VASP（PAW），GGA-PBE；Ce 4f 之 U 值以線性響應法求得並掃描 U = 0–6 eV；自旋軌道耦合納入以計算異向能（總能差法，[001] 與 [100]）。
- 超晶胞：68 原子之 2:14:1 單胞，k 點 6×6×4；Ce 取代構型以特殊準隨機結構（SQS）建構。
- DFT+DMFT：以連續時間量子蒙地卡羅求解雜質問題，計算 Ce 4f 譜函數與價態漲落。

### 3.2 實驗
- 樣品：以電弧熔煉於實驗室製備約 5 g 之多晶鈕釦錠，於 1000 °C 均質化退火一週；單晶以浮區法成長（與合作實驗室）。本計畫不涉及磁石製程開發。
- 量測：國家同步輻射研究中心 XAS/XMCD 光束線；SQUID 量測 M–H、M–T；單晶以奇異點偵測法（SPD）求異向場。

## 四、預期成果
1. 發表 SCI 期刊論文 3–4 篇（目標期刊 Phys. Rev. B、Acta Mater.）。
2. 建立公開之計算資料集（晶格參數、形成能、異向能），於計畫結束時上傳開放資料平台。
3. 培育博士生 1 名、碩士生 2 名。

## 五、經費需求（千元）
| 項目 | 第一年 | 第二年 | 第三年 |
|---|---|---|---|
| 研究人力費 | 1 150 | 1 180 | 1 200 |
| 耗材、物品及雜項 | 380 | 350 | 320 |
| 計算資源（國網中心） | 200 | 200 | 200 |
| 國外差旅 | 120 | 150 | 150 |
| 合計 | 1 850 | 1 880 | 1 870 |

## 六、參考文獻（節錄）
1. J. F. Herbst, Rev. Mod. Phys. 63, 819 (1991).
2. A. Alam et al., Appl. Phys. Lett. 102, 042402 (2013).
3. J. F. Herbst, M. S. Meyer, F. E. Pinkerton, J. Appl. Phys. 111, 07A718 (2012).
""")

D("E14", "md", "excluded", ["1E902.a"], ["separation"], [], "other", "basic-research", "en",
  "University research plan on coordination chemistry and mechanism of Ln(III) extraction by HEH/EHP (EXAFS, DFT, MD); fundamental, no flowsheet -> basic-research",
"""
# Research Plan — Fundamental Coordination Chemistry of Lanthanide Extraction by Organophosphonic Acids

**Programme:** University Research Council, Fundamental Research Grant (3 years)
**Principal investigator:** Department of Chemistry, a public university
**Co-investigators:** Computational Chemistry group; beamline scientist (synchrotron partner)

## 1. Scientific question
Why does the separation factor between adjacent lanthanides extracted by 2-ethylhexyl phosphonic acid mono-2-ethylhexyl ester (HEH/EHP, "P507") increase only modestly across the series, and what controls the non-monotonic behaviour around Gd (the "gadolinium break")? Current explanations invoke changes in hydration number and coordination geometry, but direct structural evidence for the extracted complexes in the organic phase is scarce.

## 2. Objectives
O1. Determine the first-shell coordination (number of P–O donors, water/chloride ligands, Ln–O distances) of Ln(III) complexes with HEH/EHP dimers in n-dodecane for Ln = La, Pr, Nd, Sm, Gd, Dy, Er, Lu, by Ln L₃-edge EXAFS and ³¹P NMR.
O2. Compute gas-phase and implicit-solvent free energies of the exchange reaction Ln³⁺(aq) + 3(HA)₂(org) ⇌ Ln(HA₂)₃(org) + 3H⁺(aq) with DFT (relativistic ECPs, 4f-in-core and all-electron comparison).
O3. Characterise the aggregation of extractant and complexes in the organic phase by small-angle X-ray scattering and classical molecular dynamics, and relate aggregation to the third-phase boundary.
O4. Measure thermodynamic extraction constants and enthalpies by isothermal titration calorimetry at trace metal loading.

## 3. Methods
- Samples will be prepared at the millilitre scale with purified extractant (copper-salt purification to > 99 %) in n-dodecane; metal loading kept below 5 % of extractant capacity to remain in the trace regime.
- EXAFS at 20 K and room temperature; fitting with FEFF-calculated paths.
- DFT: B3LYP and TPSSh functionals, def2-TZVP for ligands, Stuttgart small-core ECPs; COSMO-RS for solvation. MD: GAFF-based force field with polarisable Ln parameters, 50 ns trajectories.
- No process development, no mixer-settler or cascade work, no industrial feeds are part of this plan. Results will be published in open-access journals and deposited data sets.

## 4. Expected outcomes
A consistent structural and thermodynamic picture of how ionic radius, hydration and ligand packing control selectivity across the lanthanide series; open data sets of EXAFS spectra and computed structures; two PhD theses.

## 5. Work plan
| Year | Tasks |
|---|---|
| 1 | Extractant purification; ITC; EXAFS on La, Nd, Gd, Lu |
| 2 | Remaining Ln EXAFS; DFT of complexes; SAXS |
| 3 | MD of aggregation; synthesis of model; publications |

## 6. Budget summary
Personnel (2 PhD, 0.5 postdoc), beamtime travel, computing allocation, consumables: total 420 k (currency units of the programme).
""")

D("E15", "md", "excluded", ["1E902.a"], ["metal-smelting"], [], "other", "basic-research", "zh",
  "University research plan on melt structure (Raman, MD) of NdF3-LiF-Nd2O3 and oxide dissolution mechanism; fundamental -> basic-research",
"""
# 高校基础研究计划书

**项目名称**：NdF₃–LiF–Nd₂O₃ 熔体微观结构与氧化物溶解机理研究
**项目类别**：国家自然科学基金 面上项目（申请书 正文节选）
**申请单位**：某大学 冶金与生态工程学院
**研究期限**：2026 年 1 月—2029 年 12 月

## 一、立项依据
氟化物体系熔盐电解是制备稀土金属的主要方法，但人们对熔体中稀土离子的配位结构、氧化物溶解后形成的氧氟络离子种类以及这些结构对电导率、氧化物溶解度的影响认识不足。现有工业操作参数主要依赖经验，缺乏对熔体本质的认识。本项目拟从熔体结构化学角度开展基础研究，不涉及电解槽设计与工艺开发。

## 二、研究内容
1. 高温原位拉曼光谱测定 NdF₃–LiF 熔体（NdF₃ 摩尔分数 0.1–0.4）中 [NdF₆]³⁻、[NdF₇]⁴⁻ 等配位单元的相对含量及其随温度的变化。
2. 高温 X 射线衍射（同步辐射）获取熔体径向分布函数，确定 Nd–F 配位数与键长。
3. 第一性原理分子动力学（AIMD）与经典分子动力学相结合，模拟 Nd₂O₃ 溶解后 Nd–O–F 络离子（如 [NdOF₅]⁴⁻、[Nd₂OF₁₀]⁶⁻）的形成与寿命。
4. 建立熔体结构与电导率、粘度、氧化物溶解度之间的构效关系模型。

## 三、拟解决的关键科学问题
（1）氧离子进入氟化物熔体后的存在形式及其与稀土离子配位的热力学驱动力；
（2）Li⁺ 对稀土配位网络的“解聚”作用机理。

## 四、研究方案
- 样品：高纯 NdF₃、LiF、Nd₂O₃，在手套箱中配制，每个样品 2–5 g，封装于铂或氮化硼坩埚中。
- 拉曼：激光 532 nm，温度 800–1100 ℃，采用时间分辨技术抑制热辐射背景。
- 模拟：CP2K（AIMD，PBE-D3，GTH 赝势，300 原子，50 ps）；LAMMPS（可极化离子模型，5000 原子，5 ns）。
- 数据将以论文及公开数据库形式发表。

## 五、预期成果
发表 SCI 论文 5–6 篇；培养博士生 2 名、硕士生 3 名；形成熔体结构数据库一套（公开）。

## 六、研究基础
申请人团队前期已完成 LaF₃–LiF 熔体拉曼研究及 AIMD 模拟（已发表 3 篇），具备高温拉曼装置一套。
""")

D("E16", "txt", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "other", "basic-research", "zh",
  "University basic-research report on Sm-Co-Cu(-Fe-Zr) phase equilibria and thermodynamic assessment (CALPHAD); no production know-how -> basic-research",
"""
基础研究阶段报告
课题：Sm–Co–Cu–Fe–Zr 体系相平衡与热力学评估（CALPHAD）
承担单位：某大学 材料科学与工程学院 相图与热力学研究组
报告期：2024 年 7 月—2025 年 6 月（国家自然科学基金青年项目，基础研究类）

1 研究目标
测定 Sm–Co–Cu 三元系 800 ℃ 与 1000 ℃ 等温截面，并结合文献数据对 Sm–Co–Cu–Fe–Zr 五元系进行热力学评估，为理解 2:17 型磁体中 1:5 相与 2:17 相共存及 Cu 在两相间分配的热力学本质提供基础数据。本课题属基础研究，不涉及磁体制备工艺。

2 实验方法
2.1 合金：以高纯金属电弧熔炼 42 个三元合金纽扣锭（每个 3–5 g），翻熔 4 次。
2.2 平衡退火：真空封石英管，800 ℃ 退火 60 d、1000 ℃ 退火 30 d 后冰水淬火。
2.3 分析：XRD 物相鉴定，SEM-EDS/EPMA 测定平衡相成分，DSC 测定相变温度（升温 10 K/min）。

3 主要结果
3.1 1000 ℃ 等温截面中存在 Sm(Co,Cu)₅ 连续固溶体，Cu 可完全替代 Co 至 SmCu₅。
3.2 Sm₂(Co,Cu)₁₇ 中 Cu 最大溶解度 1000 ℃ 时约 6 at%，800 ℃ 时降至约 2.5 at%。
3.3 800 ℃ 存在 Sm₂Co₁₇ + Sm(Co,Cu)₅ 两相区，两相中 Cu 分配比 K = x(Cu,1:5)/x(Cu,2:17) ≈ 8–12。
3.4 DSC 测得 SmCo₅ 在约 750 ℃ 附近存在共析分解（SmCo₅ → Sm₂Co₇ + Sm₂Co₁₇）迹象，与文献一致。

4 热力学评估
采用亚点阵模型描述 2:17（Sm)₂(Co,Cu,Fe)₁₇ 与 1:5 相；液相用置换溶液模型，Redlich–Kister 多项式描述过剩自由能。已优化 Sm–Cu、Co–Cu 二元参数，三元参数正在优化中。计算的 800 ℃ 两相区 Cu 分配与实验相符（偏差 < 1 at%）。

5 下一步
补充含 Fe、Zr 的四元合金平衡实验；评估 Zr 富集片状相（1:3R）的热力学稳定性；相关结果拟投稿 CALPHAD 与 J. Alloys Compd.，数据库将公开。

6 已发表/投稿
（1）某某等，Sm–Cu–Co 三元系 1000 ℃ 等温截面，已投稿《金属学报》。
""")

# ---------------------------------------------------------------- clear hard negatives
D("C1", "md", "clear", [], [], [], "process-spec", None, "zh",
  "Aluminium reduction cell relining and restart (cryolite fluoride bath) - same vocabulary as RE electrolysis but aluminium -> clear",
"""
# 鋁電解槽 大修（重新砌築）及焙燒啟動作業規程

文件編號：AL-DX-05　版次：C　適用：400 kA 預焙陽極鋁電解槽系列

## 一、大修條件
槽齡超過 1 800 天或出現下列任一情況時安排大修：陰極鋼棒溫度 > 450 °C、鋁液 Fe 含量連續 5 天 > 0.25 %、槽殼側部發紅、爐底隆起 > 80 mm。

## 二、拆除
1. 停槽前 24 h 停止加料，出盡鋁液並抽出電解質（冰晶石熔體），短路口短接，斷開該槽。
2. 冷卻 72 h 後刨除炭塊、側部炭塊及內襯，廢槽襯按危險廢物（含氟、氰化物）處置。

## 三、砌築
| 部位 | 材料 | 要求 |
|---|---|---|
| 底部保溫 | 矽酸鈣板 + 輕質保溫磚 | 總厚 260 mm |
| 防滲層 | 乾式防滲料 | 夯實密度 ≥ 2.0 g/cm³ |
| 陰極炭塊 | 石墨化陰極 | 炭縫 35 mm，扎糊 |
| 側部 | 氮化矽結合碳化矽磚 | 灰縫 ≤ 1 mm |

陰極鋼棒與炭塊以磷生鐵澆注，壓降 ≤ 300 mV。

## 四、焙燒
焦粒焙燒法：鋪焦粒 20 mm，裝陽極，分流器分流，72 h 內由 0 升至全電流；陰極表面溫度達 900–950 °C 後灌入電解質。

## 五、啟動
1. 灌電解質：冰晶石–氟化鋁–氟化鈣，分子比 2.6–2.8，電解溫度 950–960 °C。
2. 灌鋁：啟動後 24 h 灌入鋁液 25 t。
3. 啟動後 30 天內逐步降低分子比至 2.3–2.4，槽電壓由 4.5 V 降至 3.95 V；效應係數 ≤ 0.05 次/槽·日。

## 六、驗收
啟動 3 個月後電流效率 ≥ 93 %，直流電耗 ≤ 12 800 kWh/t-Al，原鋁品位 Al99.70 以上。
""", hn=True)

D("C2", "md", "clear", [], [], [], "process-spec", None, "en",
  "Maintenance and re-commissioning of a sintering kiln line for strontium ferrite magnets - magnet vocabulary but ferrite -> clear",
"""
# Maintenance & Re-commissioning Instruction — Tunnel Kiln TK-3, Sintered Strontium Ferrite Magnets

Doc. MI-FR-TK3-02 · Rev. 1 · Ferrite magnet plant

## 1. Scope
Annual maintenance of the 64 m roller-hearth tunnel kiln used for sintering anisotropic SrFe₁₂O₁₉ (strontium hexaferrite) arc segments for DC motors, and re-commissioning after the shutdown. No rare-earth material is processed on this line.

## 2. Maintenance items
| Item | Action | Limit |
|---|---|---|
| Ceramic rollers (SiC, Ø 50 × 3 000) | replace cracked or bowed rollers | bow ≤ 2 mm |
| Burners, zones 5–12 (natural gas) | clean nozzles, check flame detectors | CO in flue < 100 ppm |
| Refractory lining | patch with alumina castable | no gap > 5 mm |
| Kiln car drive | gearbox oil change, chain tension | — |
| Thermocouples (type S, 14 pcs) | compare to reference | ± 3 °C |
| Exhaust fan | bearing replacement | vibration ≤ 4.5 mm/s |

## 3. Re-commissioning
1. Dry-out: 150 °C for 24 h, 600 °C for 24 h after refractory repair.
2. Heat to operating profile: pre-heating zone to 900 °C, sintering zone 1 200–1 230 °C, residence at peak 1.5 h, cooling zone with forced air.
3. Run 200 test segments (wet-pressed in 0.8 T field, green density 3.1 g/cm³) and check shrinkage (≈ 14–16 %), density ≥ 4.95 g/cm³, Br ≥ 0.41 T, HcJ ≥ 3.4 kOe (grade Y30BH).
4. Release to production when 3 consecutive trays meet the specification.

## 4. Records
Maintenance checklist MI-FR-TK3-F1; temperature profile log; test-segment inspection report.
""", hn=True)

D("C3", "csv", "clear", [], [], [], "parameter-sheet", None, "zh",
  "Commissioning log of a P507 cobalt/nickel SX cascade (battery materials) - SX vocabulary but Co/Ni, not RE -> clear",
"""
钴镍萃取分离线（P507-硫酸体系）调试记录,,,,,,,
产线,硫酸钴/硫酸镍精制 3 线,工艺,P507 萃钴、镍留萃余液,日期,2025-07-12,,
级段,萃取 8 级 / 洗涤 6 级 / 反萃 4 级,有机相,P507 25% + 磺化煤油,皂化剂,液碱 皂化率 65%,,
时间,料液 Co g/L,料液 Ni g/L,相比 O/A,萃取 pH,萃余液 Co mg/L,负载有机 Ni mg/L,反萃液 CoSO4 Co g/L
D1 08:00,18.2,82.5,1.8,5.2,35,210,118
D1 16:00,18.0,83.1,1.8,5.3,22,195,121
D2 00:00,18.4,82.8,2.0,5.4,9,182,123
D2 08:00,18.1,82.2,2.0,5.4,6,168,124
D2 16:00,18.3,83.0,2.0,5.4,5,160,125
D3 08:00,18.2,82.7,2.0,5.4,4,152,125
设备调试备注,,,,,,,
1,萃取槽 5# 搅拌电机过流，更换变频器参数后正常,,,,,,
2,洗涤段加酸计量泵标定 误差 1.4%,,,,,,
3,反萃液 Mg 偏高，增加反萃前洗镁级（H2SO4 0.5 mol/L）,,,,,,
结论,萃余液 Co ≤ 5 mg/L、Ni/Co ≥ 10000 满足电池级硫酸镍要求，同意转产,,,,,,
""", hn=True)

D("C4", "md", "clear", [], [], [], "parameter-sheet", None, "mixed",
  "Incoming inspection record of purchased SmCo magnets (bought parts) with Br/HcJ checks - mentions only, no manufacturing technology -> clear",
"""
# 来料检验报告 Incoming Inspection Report — IQC-2025-0871

| 项目 Item | 内容 |
|---|---|
| 物料 Part | 钐钴磁钢 SmCo magnet segment, 2:17 type, grade 30H, 20 × 10 × 4 mm, magnetised |
| 供应商 Supplier | ○○ Magnetics Co., Ltd. (approved vendor list AVL-M-12) |
| 采购订单 PO | PO-25-04417, 5 000 pcs, lot SC-2509-118 |
| 用途 Use | 高温伺服电机转子 rotor of servo motor SM-90H |
| 抽样 Sampling | GB/T 2828.1, level II, AQL 0.65 → 200 pcs visual/dimensional, 5 pcs magnetic |

## 1. 外观及尺寸 Visual & dimensions
| 特性 | 规格 | 结果 | 判定 |
|---|---|---|---|
| 长 L | 20.00 ± 0.05 | 19.97–20.03 | OK |
| 宽 W | 10.00 ± 0.05 | 9.98–10.02 | OK |
| 厚 T (magnetised direction) | 4.00 ± 0.03 | 3.98–4.02 | OK |
| 崩边 chipping | ≤ 0.3 mm, no cracks | 2 pcs 0.2 mm | OK |

## 2. 磁性能 Magnetic properties (supplier cert vs. our check on 5 samples)
| | Br (T) | HcJ (kOe) | (BH)max (MGOe) | 表磁 surface flux (mT) |
|---|---|---|---|---|
| 规格 spec | ≥ 1.08 | ≥ 25 | 28–30 | 420 ± 15 |
| 供应商报告 cert | 1.10 | 27.3 | 29.1 | — |
| 我司抽测 our test | 1.09–1.11 | 26.8–27.5 | 28.7–29.4 | 418–431 |

## 3. 高温不可逆损失 Irreversible loss, 250 °C × 2 h
Spec ≤ 2 %; measured 0.6–0.9 % (flux, Helmholtz coil). OK.

## 4. 结论 Conclusion
Lot accepted 合格入库. Supplier CoC and RoHS declaration filed. Note: supplier is reminded that packaging must use magnetic shielding spacers per our spec PKG-07.

Inspector 检验员: 周○○　Approved 批准: QA supervisor
""", hn=True)

# ---------------------------------------------------------------- write
def main():
    assert len(DOCS) == 60, len(DOCS)
    order = list(range(len(DOCS)))
    random.Random(1902).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith("cb-"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, i in enumerate(order, 1):
        d = DOCS[i]
        name = "cb-%03d.%s" % (n, d["ext"])
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["text"])
        rows.append(dict(file=name, verdict=d["verdict"], control_codes=d["control_codes"],
                         categories=d["categories"], magnet_types=d["magnet_types"], carrier=d["carrier"],
                         exclusion=d["exclusion"], language=d["language"], hard_negative=d["hard_negative"],
                         note=d["note"]))
    with open(os.path.join(os.path.dirname(OUT), "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "documents")

if __name__ == "__main__":
    main()
