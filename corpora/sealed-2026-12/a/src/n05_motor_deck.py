S = []
S.append(dict(title="e-Axle Gen3 Traction Motor — Design Review 2 (DR2)", subtitle="Electric Drive Engineering | Program EAX-300 | 18 September 2025\nConfidential — supplier version"))
S.append(dict(title="Purpose of DR2", bullets=[
    "Freeze electromagnetic design and rotor topology for B-sample build",
    "Confirm magnet grade, segmentation and supplier nomination path",
    "Review thermal, NVH, demagnetisation and mechanical (burst) margins",
    "Agree open points and actions before DR3 (January 2026)",
]))
S.append(dict(title="Requirements recap", table=[
    ["Item", "Target", "Gen2 (reference)"],
    ["Peak power", "300 kW (10 s)", "220 kW"],
    ["Continuous power", "150 kW", "120 kW"],
    ["Peak torque", "450 N·m", "380 N·m"],
    ["Max speed", "22,000 rpm", "16,000 rpm"],
    ["DC link", "800 V (550–920 V)", "400 V"],
    ["WLTP drive-cycle efficiency", "≥ 95.5%", "94.2%"],
    ["Active mass", "≤ 38 kg", "41 kg"],
    ["Magnet mass", "≤ 1.45 kg", "1.82 kg"],
]))
S.append(dict(title="Topology selected: 8-pole IPMSM, double-V rotor", bullets=[
    "Stator: 48 slots, hairpin winding, 8 layers, oil-spray cooled",
    "Rotor: double-V magnets per pole, 0.27 mm NO20 electrical steel",
    "Bridges 0.9 mm / centre post 1.2 mm (burst margin at 26,400 rpm)",
    "Skew: 3-step rotor skew, 3.75° mechanical",
    "Magnet pockets sized for 2 grade options (see slide 7)",
]))
S.append(dict(title="Electromagnetic performance (FEA, 2D + 3D end effects)", table=[
    ["Operating point", "Torque (N·m)", "Speed (rpm)", "Efficiency", "Magnet loss (W)"],
    ["Peak torque", "452", "4,200", "93.1%", "410"],
    ["Peak power", "130", "22,000", "94.6%", "1,380"],
    ["Continuous", "95", "15,000", "96.8%", "620"],
    ["WLTP weighted", "—", "—", "95.8%", "—"],
]))
S.append(dict(title="Magnet eddy-current loss: why we segment", bullets=[
    "Loss at 22,000 rpm unsegmented: 3.9 kW → rotor hotspot 182 °C (too high)",
    "Axial segmentation 8 pieces per pole-half + circumferential 2 → 1.38 kW",
    "Glue line 0.05 mm epoxy, insulation ≥ 1 MΩ between segments",
    "Cost impact: +USD 4.20 per motor (machining + bonding)",
    "Decision: 16 segments per magnet pocket, supplier to deliver glued stacks",
]))
S.append(dict(title="Magnet grade options (purchased material)", table=[
    ["Property (supplier datasheet, 20 °C)", "Option A: 48UH (Tb-diffused)", "Option B: 45SH (bulk Dy)"],
    ["Br min", "1.36 T", "1.32 T"],
    ["HcJ min", "1,990 kA/m", "1,590 kA/m"],
    ["(BH)max", "358–382 kJ/m³", "334–358 kJ/m³"],
    ["Temperature coefficient of Br", "−0.11 %/K", "−0.11 %/K"],
    ["Temperature coefficient of HcJ", "−0.50 %/K", "−0.55 %/K"],
    ["HcJ at 180 °C (typ.)", "≈ 760 kA/m", "≈ 520 kA/m"],
    ["Heavy RE content (declared)", "Tb ≈ 0.5 wt%, Dy 0", "Dy ≈ 3.5 wt%"],
    ["Coating", "Epoxy e-coat 15–25 µm", "Epoxy e-coat 15–25 µm"],
    ["Indicative price (USD/kg, Q3 2025)", "82", "76"],
]))
S.append(dict(title="Demagnetisation check", bullets=[
    "Worst case: 3-phase short circuit at peak current, rotor at 180 °C",
    "Option A: minimum working point 0.21 T above knee → PASS (margin 14%)",
    "Option B: local irreversible demag 2.8% at pocket corners → FAIL",
    "Option B only acceptable with rotor temperature limit 150 °C (derating) — rejected",
    "Decision: Option A (48UH, heavy-RE-reduced) for B-sample",
]))
S.append(dict(title="Thermal", bullets=[
    "Oil-spray end-winding cooling + rotor shaft oil channel",
    "Continuous 150 kW at 65 °C inlet oil: winding 168 °C, magnet 142 °C",
    "Peak 300 kW 10 s from hot: magnet 176 °C — within 180 °C limit",
    "Magnet temperature estimator (observer) in inverter SW for derating",
]))
S.append(dict(title="Mechanical: burst and fatigue", bullets=[
    "Overspeed 26,400 rpm (120%): max von Mises in bridges 438 MPa vs yield 465 MPa",
    "Magnet retention: epoxy + interference of pocket wedges; push-out ≥ 2.5 kN",
    "Magnet tolerance ±0.05 mm on thickness; pocket clearance 0.10 mm",
    "Fatigue: 1 million start-stop cycles simulated, no crack initiation",
]))
S.append(dict(title="NVH", bullets=[
    "Order 48 reduced 7 dB by skew; order 96 within target",
    "Rotor pole-shaping iteration planned for DR3",
    "Test on A-sample dyno: 2 dB above target at 6,000 rpm — under review",
]))
S.append(dict(title="Magnet supply strategy", table=[
    ["Supplier", "Location", "Status", "Share plan", "Notes"],
    ["Supplier S1", "China (Ningbo)", "Samples approved", "60%", "Export licence for material needed; lead time 12 wks"],
    ["Supplier S2", "China (Baotou)", "Samples in test", "20%", "Tb-diffused capability confirmed"],
    ["Supplier S3", "Japan", "Quotation", "20%", "Price +28%"],
    ["Supplier S4", "Vietnam", "Audit planned Nov", "backup", "Chinese-origin metal"],
]))
S.append(dict(title="Supply risk and regulatory", bullets=[
    "Chinese export controls (2025) on medium/heavy RE items and magnets: licence lead time 45 working days observed",
    "Oct 2025 announcements also cover RE technology; not relevant to our purchasing of finished magnets",
    "Safety stock: 8 weeks of magnets at plant, 4 weeks at supplier hub",
    "Parallel development of a heavy-RE-free grade with S1 and S3 (no Tb/Dy) for 2028",
    "Design keeps pockets compatible with ferrite-assisted synchronous reluctance fallback (−18% torque)",
]))
S.append(dict(title="Incoming inspection of magnets (plan)", table=[
    ["Check", "Sample", "Method", "Acceptance"],
    ["Dimensions", "AQL 0.65", "CMM / gauges", "Drawing EAX-300-M01"],
    ["Flux (magnetised stacks)", "100%", "Helmholtz coil", "±2.5% of master"],
    ["Coating thickness", "5 pcs/lot", "Eddy-current gauge", "15–25 µm"],
    ["Salt spray", "per quarter", "ISO 9227, 96 h", "No red rust"],
    ["Demag curve at 150 °C", "per lot (supplier CoC)", "Hysteresigraph", "HcJ ≥ 1,100 kA/m at 150 °C"],
]))
S.append(dict(title="Cost summary (per motor, B-sample BOM)", table=[
    ["Item", "USD"],
    ["Magnets (1.42 kg @ 82 USD/kg + segmentation)", "120.6"],
    ["Electrical steel (stator + rotor)", "58.3"],
    ["Copper hairpins", "41.0"],
    ["Housing, shaft, bearings", "72.5"],
    ["Other", "38.9"],
    ["Total", "331.3"],
]))
S.append(dict(title="Open points and actions", table=[
    ["#", "Action", "Owner", "Due"],
    ["1", "Release magnet drawing EAX-300-M01 rev B with segmentation", "EM design", "30 Sep"],
    ["2", "S1/S2 PPAP plan for glued stacks", "Purchasing / SQE", "15 Oct"],
    ["3", "NVH pole-shaping study", "NVH", "DR3"],
    ["4", "Heavy-RE-free grade evaluation plan", "Materials", "31 Oct"],
    ["5", "Update cost model with Q4 magnet prices", "Cost engineering", "15 Nov"],
]))
S.append(dict(title="DR2 decision", bullets=[
    "Electromagnetic design and rotor topology FROZEN for B-sample",
    "Magnet grade: 48UH equivalent (Tb-diffused), 16 segments per pocket",
    "Approved with 5 open actions — review at DR3",
]))

DOC = dict(
    file="EAX-300-traction-motor-DR2-review.pptx",
    title="EAX-300 DR2",
    author="Electric Drive Engineering",
    date="2025-09-18 07:55",
    slides=S,
    label=dict(
        verdict="clear", control_codes=[], categories=[], carrier="other", language="en", hard_negative=True,
        note="Motor design review deck using purchased NdFeB grades (datasheet Br/HcJ, Tb-diffused grade, segmentation, demag check, incoming inspection, supply risk); product design using magnets, no magnet manufacturing know-how",
    ),
)
