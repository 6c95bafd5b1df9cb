from lib import *

def run():
    fn = "Consulting/Deliverable 3 - Flotation testwork and flowsheet recommendation (final).pdf"
    pdf(fn, [
        ("h1", "Deliverable 3: Flotation Testwork Results and Recommended Beneficiation Flowsheet"),
        ("p", "Client: Kamanga Minerals Ltd (Malawi). Consultant: Beijing Huayu Mineral Processing Consultants. 28 August 2025. Client confidential."),
        ("h2", "1. Sample"),
        ("p", "Composite KM-C2, 180 kg, carbonatite-hosted bastnäsite with minor monazite and synchysite; head 3.9% TREO, 28% calcite, 14% barite, 9% fluorite, 11% iron oxides."),
        ("h2", "2. Optimised conditions"),
        ("t", [["Parameter", "Value"], ["Primary grind", "P80 = 45 µm (rod mill + ball mill)"],
               ["Desliming", "10 µm cyclone cut, slimes 12% mass / 9% TREO"], ["Pulp temperature", "55–60 °C (steam heating)"],
               ["pH modifier", "Na2CO3 1.5 kg/t, pH 9.0–9.3"], ["Depressant", "Sodium silicate (modulus 2.4) 2.0 kg/t + lignin sulfonate 0.3 kg/t"],
               ["Collector", "Octyl hydroxamic acid 0.9 kg/t (rougher), 0.2 kg/t (scavenger)"], ["Frother", "MIBC 30 g/t"],
               ["Circuit", "1 rougher, 1 scavenger, 4 cleaners at 22–25 °C"]], (70, 120)),
        ("h2", "3. Results (locked-cycle test, 6 cycles)"),
        ("p", "Final concentrate 48.6% TREO at 71.3% recovery. Low-intensity magnetic separation (0.12 T) ahead of flotation removes magnetite; a WHIMS step at 0.8 T on the cleaner tail lifts overall recovery by 4 points when monazite is high. Barite reporting to concentrate is controlled by sodium silicate; fluorite by keeping cleaner temperature below 25 °C."),
        ("h2", "4. Recommendations"),
        ("bl", ["Install pulp heating for the rougher conditioner (20 min at 58 °C).", "Use staged hydroxamate addition (60/25/15%).", "Design cleaner circuit for 4 stages, 12 min each; column cell for final cleaner.", "Proceed to pilot plant (1 t/h) with the same reagent suite."]),
    ], title="Deliverable 3 Flotation", author="Huayu MPC", footer="Huayu MPC – Kamanga Minerals – Deliverable 3")
    label(fn, "controlled", ["1E902.a"], ["mining"], [], "process-spec", None, "en", False,
          "Consultant deliverable for a foreign client: bastnaesite flotation reagent regime, grind, temperature and circuit")

    fn = "Consulting/D2_dual-main-phase_alloy_design_memo.md"
    s = """# D2 – Dual-main-phase alloy design for high-Ce sintered magnets

**Client:** Magnetix Iberica S.L. · **Prepared by:** Dr. Xu Ming (independent consultant) · **Date:** 2025-07-04 · **Status:** final

## 1. Objective
Replace 30% of the PrNd in the client's N38 product with Ce while keeping Br ≥ 1.23 T and HcJ ≥ 12 kOe (N38 spec is 1.22–1.26 T, ≥12 kOe).

## 2. Why two main phases
Mixing Ce into a single alloy gives a homogeneous (Nd,Ce)2Fe14B phase whose anisotropy field drops linearly with Ce. Making **two separate alloys** and blending the powders keeps Ce-rich and Ce-poor grains apart after sintering, which preserves more HcJ at the same average Ce level.

| Alloy | Composition (wt%) | Share of blend |
|---|---|---|
| A (Ce-free) | PrNd 31.0, B 0.98, Co 1.0, Cu 0.15, Al 0.2, Ga 0.1, Fe bal. | 55% |
| B (Ce-rich) | PrNd 14.5, Ce 17.0, B 1.00, Co 1.0, Cu 0.15, Fe bal. | 45% |

Average Ce/TRE ≈ 0.29.

## 3. Process deviations from the client's standard route
- Strip-cast the two alloys separately; alloy B at 1420 °C pour, wheel 1.5 m/s (Ce alloys are more prone to CeFe2 formation at slow cooling).
- HD both alloys separately; jet-mill B slightly coarser (D50 3.4 µm vs 3.1 µm for A).
- Blend 3 h in a V-mixer under N2 with 0.05% lubricant.
- **Sinter at 1030 °C × 4 h** — 20–25 °C lower than the single-phase grade to limit interdiffusion of Ce and Nd between grains. Above 1045 °C the benefit vanishes.
- Annealing: 880 °C × 2 h + 480 °C × 3 h.

## 4. Expected properties (lab result, 3 batches)
Br 1.235 T, HcJ 12.6 kOe, (BH)max 36.5 MGOe, density 7.50 g/cm³.

## 5. Next steps
Pilot batch of 300 kg at the client's Zaragoza plant in September; I will attend the first sintering run.
"""
    text(fn, s)
    label(fn, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "process-spec", None, "en", False,
          "Consultant memo for Spanish client: Ce dual-main-phase alloy recipes, strip casting, milling and lowered sintering temperature")

    fn = "台灣合作/鋱金屬還原爐作業參數表_2025Q3.xlsx"
    rows = [["爐號", "批次", "TbF3 投料(kg)", "Ca 粒 (kg)", "Ca 過量%", "還原溫度℃", "保溫 min", "爐壓 Pa(Ar)", "渣金分離", "粗Tb (kg)", "蒸餾溫度℃", "蒸餾真空 Pa", "Tb 純度%", "O ppm", "Ca ppm", "收率%"],
            ["R1", "T25-071", 30.0, 11.6, 15, 1480, 20, "5.0E4", "自然冷卻", 21.2, 1550, "5E-3", 99.92, 320, 85, 95.2],
            ["R1", "T25-072", 30.0, 11.6, 15, 1480, 25, "5.0E4", "自然冷卻", 21.4, 1550, "5E-3", 99.93, 290, 70, 96.0],
            ["R2", "T25-073", 28.5, 11.3, 18, 1500, 20, "5.0E4", "自然冷卻", 20.1, 1560, "3E-3", 99.95, 260, 55, 95.8],
            ["R2", "T25-074", 28.5, 11.3, 18, 1500, 20, "5.0E4", "快冷", 19.6, 1560, "3E-3", 99.90, 410, 90, 93.4],
            [], ["備註：", "鉭坩堝，使用前1200℃空燒；Ca粒需新鮮開封，CaF2渣用於回收；快冷易夾渣，不建議。"]]
    xlsx(fn, [("還原蒸餾", rows)], author="林志豪")
    label(fn, "controlled", ["1E902.a"], ["metal-smelting"], [], "parameter-sheet", None, "zh", False,
          "Traditional-Chinese parameter sheet for calcium reduction of TbF3 and vacuum distillation; only numbers under short headers, no 稀土")

    fn = "Exhibition/SmCo_turnkey_line_booth_handout_Hannover.html"
    s = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Turnkey SmCo 2:17 Magnet Production Line – Technical Handout</title></head>
<body><h1>Turnkey Sm<sub>2</sub>Co<sub>17</sub> Magnet Production Line</h1>
<p>Hall 11, Stand C42 · Hunan Xiangci Engineering Co., Ltd. · technical handout for qualified visitors</p>
<h2>Line capacity</h2><p>120 t/year sintered SmCo 2:17 (grades 24–32 MGOe, T<sub>max</sub> up to 350 °C).</p>
<h2>Process window we transfer</h2>
<table border="1"><tr><th>Step</th><th>Key parameters</th></tr>
<tr><td>Induction melting</td><td>Sm 25–26 wt%, Fe 14–20, Cu 4.5–6, Zr 2.5–3; +2% Sm for evaporation loss; Ar 0.05 MPa</td></tr>
<tr><td>Crushing / jet milling</td><td>3.5–4.5 µm; N<sub>2</sub></td></tr>
<tr><td>Pressing</td><td>2 T transverse field, CIP 200 MPa</td></tr>
<tr><td>Sintering + solution</td><td>1200–1220 °C × 1 h → 1175–1190 °C × 3–4 h, fast gas quench</td></tr>
<tr><td>Ageing</td><td>800–850 °C × 10–20 h, controlled cooling 0.5–1 °C/min to 400 °C</td></tr></table>
<h2>Our service package</h2>
<ul><li>Line layout, equipment supply and on-site installation supervision</li>
<li>Commissioning: furnace temperature uniformity survey (±3 °C), trial batches until 3 consecutive lots meet grade</li>
<li>Preventive-maintenance plan for furnaces and jet mill; 24-month remote support</li>
<li>Upgrade kits for existing 1:5 lines to 2:17 production</li></ul>
<p>Contact: sales@xiangci-eng.example · +86 731 8800 xxxx</p></body></html>
"""
    text(fn, s)
    label(fn, "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["SmCo"], "other", None, "en", False,
          "Trade-fair handout offering a turnkey SmCo line: discloses composition/heat-treatment windows and installation/commissioning/upgrade services")

    fn = "台灣合作/離子型礦原地浸礦注液作業說明（越方版）.docx"
    docx(fn, [
        ("h1", "原地浸礦注液作業說明"),
        ("p", "提供：江西某礦業技術服務公司   對象：越南老街合作礦山技術人員   版本：2025年5月（繁體版，供台籍翻譯校對）"),
        ("h2", "一、注液前準備"),
        ("bl", ["以地質鑽孔圈定礦體，全風化層厚度≥5 m之區段方可採用原地浸礦。", "注液孔網度 2.5 m × 2.5 m，孔深至礦體底板以上0.5 m，孔口設PVC管並以黏土封孔。", "底板裂隙發育處須先做人工假底，注入防滲漿液。"]),
        ("h2", "二、浸礦劑配製及注入"),
        ("t", [["階段", "浸礦劑", "濃度", "pH", "注液強度"], ["前期", "硫酸銨", "2.5%", "5.0–5.5", "0.3–0.5 m³/(孔·d)"], ["中期", "硫酸銨", "1.5%", "5.0–5.5", "0.3 m³/(孔·d)"], ["後期", "清水頂水", "—", "—", "0.4 m³/(孔·d)"]]),
        ("p", "單位礦量浸礦劑消耗約4～6 kg/t（以硫酸銨計）。注液週期約150～250天，母液濃度低於0.1 g/L時停止注液。"),
        ("h2", "三、母液收集"),
        ("p", "收液巷道坡度3‰，導流孔間距5 m；母液經沉澱池澄清後，以碳酸氫銨調pH至5.2除鋁，再沉澱至pH 6.9得混合碳酸鹽。"),
        ("h2", "四、監測"),
        ("p", "每日檢測母液REO濃度、pH及銨氮；每週巡檢邊坡位移，位移速率>5 mm/d立即停注。"),
    ], author="鍾明", title="原地浸礦注液作業說明")
    label(fn, "controlled", ["1E902.a"], ["mining"], [], "process-spec", None, "zh", False,
          "Traditional-Chinese in-situ leaching work instruction for a Vietnamese partner mine (well grid, lixiviant schedule, collection)")

    att = docx_bytes([
        ("h1", "NiMH 电池废料中稀土回收工艺包（初版）"),
        ("p", "1. 预处理：放电→破碎至<5 mm→筛分，负极粉（AB5合金）约占40%，含REO约30%。"),
        ("p", "2. 硫酸浸出：H2SO4 2.5 mol/L，液固比6:1，80 ℃，3 h；Ni、Co、RE同时进入溶液，浸出率>97%。"),
        ("p", "3. 复盐沉淀：加Na2SO4至RE:Na摩尔比1:1.5，pH 1.5，70 ℃保温1 h，生成NaRE(SO4)2·H2O复盐，RE沉淀率>98%，Ni、Co留在溶液（后续P204除杂再Cyanex 272分钴镍）。"),
        ("p", "4. 复盐转化：NaOH 10%，90 ℃，2 h 转为RE(OH)3；HCl溶解后草酸沉淀，850 ℃灼烧得混合氧化物（La:Ce:Pr:Nd ≈ 55:30:4:11），纯度≥99%。"),
        ("p", "5. 预期：每吨负极粉回收REO约290 kg，总回收率≥94%。"),
    ], author="Wu Hao", title="工艺包")
    body = """Dear Sophie,

Nice talking to you on Monday. As agreed, attached is the first version of the process package for the rare-earth part of your NiMH line (Chinese original; our team will send the English translation next week).

Please keep it within the project team.

Best regards,
Wu Hao 吴浩
Technical Director, Ganzhou Lvyuan Recycling Technology
"""
    eml("mail/process package v1.eml", "Wu Hao <wuhao@lvyuan-recycle.cn>", "Sophie Martin <s.martin@ecobatt-recyclage.fr>",
        "process package v1", "Wed, 24 Sep 2025 16:05:33 +0800", "<a3f9c2e1-77b0-4c1e-9d2a-0b5c6e1f2a90@lvyuan-recycle.cn>", body,
        atts=[("NiMH稀土回收工艺包_v1.docx", att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")], bnd="=_lvy_20250924_01")
    label("mail/process package v1.eml", "controlled", ["1E902.a"], ["recycling"], [], "process-spec", None, "mixed", False,
          "Short English email to a French recycler; attached Chinese DOCX gives RE recovery from NiMH battery scrap (leach, double-sulfate precipitation)")

    fn = "海外项目/熔盐电解槽检修及阳极更换规程.md"
    s = """# 熔盐电解槽检修及阳极更换规程（海外项目适用）

> 编号：MS-MNT-003　版本：C　编制：设备部 何伟　适用：马来西亚关丹项目 3 kA/6 kA 氟化物体系电解槽

## 1 日常维护（每班）
- 检查阴极升降机构、导电夹头压降（≤10 mV），夹头发红立即紧固或更换铜垫片；
- 清理槽口结壳，避免氧化物堆积堵塞加料口；
- 记录槽电压，目标 9.5～10.5 V（6 kA），超出 ±0.8 V 须查明原因。

## 2 阳极更换
1. 阳极剩余厚度 < 40 mm 或出现断裂时更换；
2. 停止加料 10 min，将电流降至 50%；
3. 用专用夹钳逐块取出旧阳极，新阳极提前在槽口预热 ≥ 20 min（避免热震开裂）；
4. 插入深度与其他阳极一致，极距恢复至 10～12 cm；
5. 电流 15 min 内恢复，观察槽电压稳定后恢复加料。

## 3 月度检修
- 钨阴极更换：直径损耗 > 15% 时更换；
- 测量槽壳对地绝缘 ≥ 0.5 MΩ；
- 检查排烟罩负压 -30～-50 Pa，HF 洗涤塔碱液 pH ≥ 8。

## 4 大修（槽龄约 10～12 个月）
- 停槽放出电解质（可回用），冷却 72 h；
- 拆除石墨坩埚，检查钼接金器与底部耐火层；
- 重新砌筑：石墨坩埚外填充 2～3 mm 粒度刚玉砂，顶部浇注料养护 24 h；
- 烘槽：石墨电阻 24 h 升至 300 ℃ 再以 25 ℃/h 升至 900 ℃；开槽后 72 h 内电流效率恢复至 ≥ 80% 为合格。

## 5 记录
检修结果填入《电解槽检修记录表》MS-MNT-003-F1，并抄送中方技术支持邮箱。
"""
    text(fn, s)
    label(fn, "controlled", ["1E902.b"], ["metal-smelting"], [], "process-spec", None, "zh", False,
          "Maintenance/overhaul and anode-replacement procedure for fluoride electrolysis cells at an overseas project; process values as targets; no 稀土")
