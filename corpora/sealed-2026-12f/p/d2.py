from lib import *

def run():
    # C6 delegation minutes mining, mixed
    fn = "Visits/2025-06-12 Minutes - Lao delegation site visit.docx"
    docx(fn, [
        ("h1", "会议纪要 Meeting Minutes"),
        ("t", [["日期 Date", "2025-06-12"], ["地点 Venue", "龙南矿区现场会议室 / Longnan site meeting room"],
               ["参加 Attendees", "中方：钟工（采矿）、赖工（环保）、翻译 小邱；老方 Lao side: Mr. Somphone K., Ms. Vilayvanh, Dr. Khamla (geologist)"]]),
        ("h2", "1. 原地浸矿注液网度 Injection well grid"),
        ("p", "钟工介绍：注液孔按 2 m × 2 m ~ 3 m × 3 m 梅花形布置，孔径 φ200 mm，孔深穿过全风化层进入半风化层顶板以上 0.5 m。Mr. Somphone asked whether the grid can be widened to 4 m on their deposit; answer: only if permeability > 0.5 m/d, otherwise dead zones remain."),
        ("h2", "2. 浸矿剂 Lixiviant"),
        ("p", "Ammonium sulfate 2%–3% at start, pH 4.5–5.5, reduce to 1% after liquor grade peaks; 浸矿液固比约 0.8–1.2 : 1 (m³/t ore). 改用硫酸镁体系时浓度 3%–4%，浸出率比硫酸铵低 3～5 个百分点。顶水（清水）注入 20～30 天以回收残液。"),
        ("h2", "3. 集液与除杂 Collection and impurity removal"),
        ("p", "集液巷道/导流孔设于矿体底板下 1–2 m。母液 REO 0.5–1.5 g/L；除杂先用碳酸氢铵调 pH 5.0–5.2 沉铝，陈化 2 h；再用碳酸氢铵沉淀，终点 pH 6.8–7.0，得混合碳酸稀土，灼烧后 TREO ≥ 92%."),
        ("h2", "4. 后续 Follow-up"),
        ("bl", ["Lao side to send drill logs and permeability test data of block B-3 by 30 June / 老方6月30日前提供B-3区钻孔和渗透试验数据", "中方提供注液量计算表和除杂沉淀操作卡（中英文）", "下次视频会：7月初"]),
        ("p", "记录：小邱   审核：钟工"),
    ], author="qiu", title="Meeting minutes")
    label(fn, "controlled", ["1E902.a"], ["mining"], [], "other", None, "mixed", False,
          "Minutes of a foreign delegation visit explaining in-situ leaching well grid, lixiviant regime and impurity removal/precipitation")

    # C7 supplier audit questionnaire filled by magnet plant, mixed
    fn = "Supplier audit/SAQ_Ningbo Keda Magnetics_completed_2025-07.xlsx"
    s1 = [["Section", "No.", "Question (customer)", "Supplier answer 供方答复"],
          ["Company", "1.1", "Legal name / address", "宁波科达磁业有限公司 / Ningbo Keda Magnetics Co., Ltd., Cixi"],
          ["Company", "1.2", "Annual capacity sintered NdFeB", "3,200 t blanks / 年"],
          ["Process", "3.1", "Describe melting & strip casting", "600 kg VIM strip caster, pour 1460 °C, wheel speed 1.4 m/s, flake 0.28–0.32 mm；每炉取样检测α-Fe"],
          ["Process", "3.2", "Hydrogen decrepitation conditions", "吸氢 0.12 MPa 至饱和，脱氢 570 °C × 7 h，residual H ≤ 1200 ppm"],
          ["Process", "3.3", "Powder size and oxygen control", "Jet mill N2, O2 ≤ 15 ppm, D50 3.1 µm; 0.08% lubricant；全程手套箱"],
          ["Process", "3.4", "Pressing", "Orientation field 2.0 T, pressure 40 MPa, then CIP 180 MPa"],
          ["Process", "3.5", "Sintering / ageing windows for 42SH", "1055 °C × 5 h; 890 °C × 2.5 h + 510 °C × 3 h"],
          ["Process", "3.6", "Heavy RE reduction (GBD)?", "Yes, Dy sputtering 6 µm + 900 °C × 10 h diffusion for 45UH, Dy content reduced from 5.5% to 1.2%"],
          ["Process", "3.7", "Coating", "NiCuNi 12–20 µm; epoxy 15–25 µm; salt spray 72 h/48 h"],
          ["Quality", "4.1", "Certifications", "IATF 16949 (2024), ISO 14001"],
          ["Quality", "4.2", "Incoming RE metal inspection", "PrNd ≥99.5%, 每批ICP检测 C, O, Fe"],
          ["Quality", "4.3", "Final inspection", "100% flux check, Br/HcJ per lot (NIM-2000 hysteresigraph)"]]
    xlsx(fn, [("SAQ", s1), ("Sign-off", [["Filled by 填表人", "倪建华 质量部经理"], ["Date", "2025-07-18"], ["Customer auditor", "S. Brandt (Bosch-Rexroth)"]])], author="Ni Jianhua")
    label(fn, "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "mixed", False,
          "Supplier-audit questionnaire filled in by a magnet plant disclosing strip casting, HD, jet-mill, pressing, sintering/ageing and GBD parameters")

    # C8 data room maintenance plan PDF (separation, b), en
    fn = "DataRoom_ProjectLantana/04 Operations/4.3.2 SX Plant Annual Shutdown & Maintenance Plan 2025.pdf"
    pdf(fn, [
        ("h1", "Annual Shutdown and Maintenance Plan 2025 – Solvent Extraction Plant (Lines 1–3)"),
        ("p", "Document OPS-MNT-432, Rev 4. Prepared by Maintenance Department, Baotou plant. Confidential – Project Lantana data room."),
        ("h2", "1. Scope and schedule"),
        ("p", "Planned shutdown 10–27 November 2025 (18 days). Line 1 (La/Ce–Pr/Nd split, 80 stages) and Line 2 (Pr/Nd, 130 stages) drained sequentially; Line 3 (Sm–Eu–Gd, 96 stages) remains in operation on total reflux until 15 November."),
        ("h2", "2. Drain-down and organic inventory"),
        ("bl", ["Stop feed and scrub acid; keep organic circulating 4 h to strip loaded metal to the strip section.",
                "Transfer organic (P507 1.5 M) to holding tanks T-501/502; record volume and saponification degree before storage.",
                "Aqueous phase of each settler sampled for profile record, then pumped to the recovery tank.",
                "Purge with N2 where the settler cover is opened; no hot work within 15 m of organic tanks."]),
        ("h2", "3. Mechanical work list"),
        ("t", [["Item", "Equipment", "Action", "Acceptance"],
               ["M-01", "Mixer agitators (264 units)", "Replace bearings and seals on units > 20,000 h; check impeller wear", "Run-out < 0.1 mm; tip speed restored to 4.2 m/s"],
               ["M-02", "Settler weirs and picket fences", "Clean crud, re-level adjustable weirs", "Level ±1 mm; crud < 5 mm"],
               ["M-03", "FRP/PVC stage bodies", "Leak test, repair liners", "No seepage after 24 h water fill"],
               ["M-04", "Acid dosing pumps (HCl 5–6 M)", "Recalibrate; replace diaphragms", "Flow error < 1%"],
               ["M-05", "Ammonia saponification mixer", "Replace static mixer elements", "Saponification 35–37% on restart"],
               ["M-06", "Oxalate precipitation reactor R-601", "Inspect PTFE lining, agitator", "Spark test 15 kV"],
               ["M-07", "Pusher kiln K-701", "Replace SiC rollers and 12 heating elements", "Profile 950 ± 10 °C"]], (15, 45, 70, 60)),
        ("h2", "4. Restart"),
        ("p", "Refill with water, run 24 h leak check, reintroduce organic, then feed at 50% for 48 h while the concentration profile is re-established. Profile targets: Pr/(Pr+Nd) < 0.5% in Line 2 stage 95 aqueous and Nd/(Pr+Nd) < 1% in stage 20. Full rate only after two consecutive shifts on spec."),
        ("h2", "5. Responsibilities"),
        ("p", "Shutdown coordinator: Zhao Hui. Contractor: Baotou Xinhe Anticorrosion Engineering (liners). Budget: CNY 4.6 m."),
    ], title="4.3.2 SX Plant Annual Shutdown & Maintenance Plan 2025", author="Zhao Hui", footer="OPS-MNT-432 Rev 4 – Confidential")
    label(fn, "controlled", ["1E902.b"], ["separation"], [], "process-spec", None, "en", False,
          "Data-room document: shutdown/maintenance and restart plan for RE SX lines; process values only as restart targets")

    # C9 bilingual SOP commissioning mixer settlers (b), mixed
    fn = "SOP/SOP-SX-011 萃取槽开车调试规程 中英对照.docx"
    rows = [["步骤 Step", "中文", "English"],
            ["1", "安装完成后进行清水试车：各级注满自来水，开启全部搅拌，检查溢流口流向、级间漏液，连续运行24小时。", "After installation, run a water test: fill every stage with water, start all agitators, check overflow direction and inter-stage leakage; run 24 h."],
            ["2", "检查搅拌桨转速，混合室桨叶端线速度调至3.5～4.5 m/s，记录电流。", "Check impeller speed; set tip speed to 3.5–4.5 m/s and record motor current."],
            ["3", "排空清水，加入有机相至澄清室堰板高度，有机相为1.5 mol/L P507-煤油。", "Drain water and charge organic (1.5 mol/L P507 in kerosene) up to the settler weir."],
            ["4", "按设计流比逐步引入水相，先开洗涤酸，后开料液；初始流量为设计值的30%。", "Introduce aqueous gradually at design flow ratio: scrub acid first, then feed, at 30% of design flow."],
            ["5", "皂化段开车：氨水流量按皂化度36%计算，逐步提升，防止乳化。", "Start saponification: ammonia flow calculated for 36% saponification, ramp up slowly to avoid emulsions."],
            ["6", "每4小时在第10、30、50、70级取样分析，直至浓度分布稳定（连续3次偏差<5%）。", "Sample stages 10, 30, 50, 70 every 4 h until the profile is stable (3 consecutive results within 5%)."],
            ["7", "流量提升至100%，出口产品纯度达到设计指标（Nd2O3/REO ≥ 99.5%）后移交生产。", "Raise flow to 100%; hand over to production once product purity meets design (Nd2O3/REO ≥ 99.5%)."],
            ["8", "调试记录填入表 QR-SX-011-01，由中方调试工程师和当地车间主管共同签字。", "Record on form QR-SX-011-01, signed by the Chinese commissioning engineer and the local area supervisor."]]
    docx(fn, [("h1", "萃取槽安装后开车调试规程 / Post-installation Commissioning Procedure for Mixer-Settlers"),
              ("p", "文件编号 Doc. No.: SOP-SX-011   版本 Rev.: B   适用 Applies to: Kuantan project, Line 2"),
              ("t", rows),
              ("p", "注意 Caution：调试期间严禁在萃取槽区域动火 / No hot work in the SX area during commissioning."),
              ], author="黄海涛", title="SOP-SX-011")
    label(fn, "controlled", ["1E902.b"], ["separation"], [], "process-spec", None, "mixed", False,
          "Bilingual side-by-side SOP for commissioning a newly installed mixer-settler line abroad; process values appear as targets")

    # C10 WeChat chat recycling zh
    fn = "chat/微信聊天记录_与泰国陈总_油泥项目.txt"
    s = """微信聊天记录导出
聊天对象：陈志明（Bangkok）
导出时间：2025-09-30 21:14

2025-09-18 10:02 陈志明：李工好，我们这边收了大概60吨磁材切磨油泥，想先上一条小线，您上次说的焙烧是什么温度？
2025-09-18 10:15 李建国：先要除油。油泥含油15%～25%，先蒸馏或者压滤再低温烘干，不然焙烧冒黑烟
2025-09-18 10:16 李建国：然后回转窑氧化焙烧，750到850度，2个半小时左右，把铁和钕镨都氧化透
2025-09-18 10:17 李建国：焙烧后料要磨到200目以下
2025-09-18 10:40 陈志明：明白。酸溶用什么酸，多少浓度
2025-09-18 11:02 李建国：盐酸优溶。关键是控制终点pH，4.0到4.5。这样镨钕镝都进溶液，铁基本留在渣里（铁是三价的，这个pH下不溶）
2025-09-18 11:03 李建国：液固比4:1，温度85～90度，2小时
2025-09-18 11:05 李建国：加酸要慢，我们是分三次加，最后一次用pH计看着滴
2025-09-18 11:20 陈志明：浸出率能到多少？
2025-09-18 11:21 李建国：钕镨98%以上，镝95%左右。溶液里铁小于0.05 g/L
2025-09-19 09:12 陈志明：溶液出来后直接沉淀吗？
2025-09-19 09:30 李建国：先用少量碳酸氢铵把pH调到4.8左右，再除一次铁铝，过滤。然后草酸沉淀，草酸过量10%，60度
2025-09-19 09:31 李建国：沉淀洗到氯离子合格，900度灼烧3小时，出来的氧化物总量大于99%
2025-09-19 09:33 李建国：如果要分单一的，就得上萃取，那个以后再说
2025-09-19 09:50 陈志明：[图片]
2025-09-19 09:51 陈志明：这是我们现在的窑，长12米，能用吗
2025-09-19 10:20 李建国：可以，转速调到1～2转/分，注意窑尾负压
2025-09-22 16:45 陈志明：李工，我们的油泥里还有钴，大概2%，会影响吗
2025-09-22 17:02 李建国：钴在pH4.5下部分会溶，后面草酸沉淀时它不沉，留在母液里，问题不大，最后产品钴<50 ppm
2025-09-22 17:03 陈志明：👍 谢谢李工，下个月请您过来看看
"""
    text(fn, s)
    label(fn, "controlled", ["1E902.a"], ["recycling"], [], "other", None, "zh", False,
          "WeChat chat with a Thai partner explaining magnet-sludge oxidising roast, selective HCl leaching, oxalate precipitation piece by piece")

    # C11 Teams chat furnace repair, mixed, b
    fn = "chat/Teams export - Furnace VSF-03 repair (Pune) 2025-10-14.txt"
    s = """[10/14/2025 08:12] Rahul Deshmukh: Good morning Mr Sun. VSF-03 tripped again last night at 1038 °C, heater zone 2 ground fault.
[10/14/2025 08:15] Sun Wei 孙伟: 早. Please send photo of the heater terminals and the insulation resistance reading.
[10/14/2025 08:31] Rahul Deshmukh: IR zone 2 to ground = 0.3 MΩ. Others > 20 MΩ.
[10/14/2025 08:40] Sun Wei 孙伟: OK zone 2 graphite element is cracked or there is metal vapour deposit on the ceramic insulator. 钕的挥发物会积在绝缘子上. Steps:
[10/14/2025 08:41] Sun Wei 孙伟: 1) cool down fully, backfill Ar then air; 2) remove the hot zone rear door, replace the 6 graphite heating bands of zone 2 (spare part no. HZ-2-06) and all 12 Al2O3 insulators; 3) clean the hot zone with vacuum cleaner, no compressed air
[10/14/2025 08:43] Sun Wei 孙伟: 4) torque on the terminal bolts 25 N·m, not more, graphite will crack
[10/14/2025 09:05] Rahul Deshmukh: Done by afternoon probably. Then?
[10/14/2025 09:07] Sun Wei 孙伟: Leak test: pump down, the cold-furnace leak rate must be < 0.67 Pa/h (5×10⁻³ Pa·L/s). If not, check the door O-ring.
[10/14/2025 09:08] Sun Wei 孙伟: Then empty bake-out: 1100 °C for 4 h under vacuum, so the new graphite outgasses. 空炉烘炉一定要做.
[10/14/2025 09:10] Sun Wei 孙伟: After that first production load only half load, and check the thermocouple against the survey TC; the offset should stay within ±3 °C at 1050.
[10/14/2025 15:44] Rahul Deshmukh: Leak rate 0.4 Pa/h 👍 starting bake-out
[10/15/2025 07:58] Rahul Deshmukh: Bake-out OK. Half load of 48H blocks in, normal profile.
[10/15/2025 08:02] Sun Wei 孙伟: Good. Also change the diffusion pump oil next PM, it's overdue (every 2000 h). I'll send the updated PM checklist.
[10/15/2025 08:03] Rahul Deshmukh: Thanks a lot!
"""
    text(fn, s)
    label(fn, "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "other", None, "mixed", False,
          "Teams chat guiding repair of a magnet sintering furnace in India (heater replacement, leak test, bake-out, requalification); no 'rare earth'")

    # C12 EML commissioning strip caster with xlsx punch list, en, b
    pl = xlsx_bytes([("Punch list", [
        ["No.", "Area", "Item", "Target / acceptance", "Status", "Owner"],
        [1, "VIM 600 kg", "Vacuum leak rate (cold)", "≤ 3 Pa/h", "OK 1.8 Pa/h", "Tran"],
        [2, "VIM 600 kg", "Crucible sintering (MgO ramming)", "Per vendor curve, 3 heats with scrap Fe", "OK", "Tran"],
        [3, "Tundish", "Tundish preheat", "≥ 1000 °C before pour", "Open – heater only reaches 930 °C", "Liu"],
        [4, "Copper wheel", "Runout / surface finish", "Runout ≤ 0.05 mm, Ra ≤ 0.8 µm", "OK", "Liu"],
        [5, "Copper wheel", "Cooling water flow", "≥ 90 m³/h, ΔT ≤ 8 °C", "OK 96 m³/h", "Nguyen"],
        [6, "Flake", "Trial cast flake thickness", "0.25–0.35 mm, α-Fe free", "Open – 0.42 mm at 1.1 m/s", "Liu"],
        [7, "Secondary cooling", "Rotary drum cooling time", "Flake < 50 °C at discharge", "OK", "Nguyen"],
        [8, "Safety", "Ar O2 monitors calibration", "Alarm 19.5%", "OK", "HSE"]])], author="Liu Haiyang")
    body = """Hi Tran, all,

Following today's trial cast on the #2 strip caster, here is where we are. Updated punch list attached.

1. Tundish preheat is still short (930 °C). Please check the SCR output of heater circuit B; the vendor confirms it should reach 1050 °C in 90 min. Pouring into a cold tundish gave the skull we saw.
2. Flake was 0.42 mm at 1.1 m/s wheel speed. For the commissioning acceptance we need 0.25–0.35 mm. Next heat: raise wheel speed to 1.4 m/s in two steps and keep pour temperature 1450–1470 °C. Do not change the tundish nozzle yet.
3. Once flakes are in range, send 3 samples for SEM; acceptance is no α-Fe dendrites and Nd-rich lamellae spacing 3–5 µm.

We keep the acceptance run (5 consecutive heats on spec) for Thursday/Friday. I fly back Sunday.

Best regards
Liu Haiyang
Commissioning Engineer, Xiamen Tungsten Magnetic Equipment
"""
    eml("mail/RE_ #2 strip caster commissioning - trial cast 2 + punch list.eml",
        "Liu Haiyang <liu.haiyang@xtme-equip.cn>", "Tran Van Minh <minh.tran@vinamag.com.vn>",
        "RE: #2 strip caster commissioning - trial cast 2 + punch list", "Tue, 16 Sep 2025 19:42:11 +0700",
        "<20250916124211.7731@xtme-equip.cn>", body,
        atts=[("Punchlist_SC2_2025-09-16.xlsx", pl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
        cc="Nguyen Duc Anh <anh.nguyen@vinamag.com.vn>", bnd="----=_NextPart_000_0A1B_01DC26E1")
    label("mail/RE_ #2 strip caster commissioning - trial cast 2 + punch list.eml", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "email", None, "en", False,
          "Commissioning email for a magnet-alloy strip caster in Vietnam with punch-list attachment; process values as acceptance targets")
