S = []
S.append(dict(title="Investor Day 2026", subtitle="Hengyue Magnetic Technology Group (H-share 0XXXX)\nShanghai, 14 January 2026"))
S.append(dict(title="Disclaimer", bullets=[
    "This presentation contains forward-looking statements based on management's current expectations.",
    "Actual results may differ materially due to raw-material prices, demand, regulation and other factors.",
    "Figures for FY2025 are unaudited management accounts.",
    "This presentation does not constitute an offer to sell or a solicitation to buy any securities.",
]))
S.append(dict(title="Agenda", bullets=[
    "1. Who we are", "2. FY2025 highlights", "3. Market outlook: EV, wind, robotics",
    "4. Capacity and customers", "5. Technology: cutting heavy and critical rare earths",
    "6. ESG", "7. Financials and 2026 guidance", "8. Q&A",
]))
S.append(dict(title="Who we are", bullets=[
    "Founded 2004; listed in Hong Kong 2019",
    "Sintered NdFeB blank capacity 32,000 t/a at three sites (Baotou, Ganzhou, Ningbo)",
    "No. 4 globally by volume; 9% share of global automotive magnet supply",
    "6,900 employees; 780 in R&D and engineering",
    "Customers in 31 countries; 62% of revenue from automotive",
    "Vertically integrated with two strategic metal suppliers (minority stakes)",
], notes="Emphasise the integration story and the Baotou cost base."))
S.append(dict(title="FY2025 highlights", table=[
    ["Metric", "FY2024", "FY2025", "Change"],
    ["Shipments (t, finished magnets)", "18,400", "22,950", "+24.7%"],
    ["Revenue (RMB bn)", "7.82", "9.41", "+20.3%"],
    ["Gross margin", "16.9%", "18.3%", "+1.4 pp"],
    ["Net profit attributable (RMB m)", "612", "804", "+31.4%"],
    ["Automotive share of shipments", "58%", "62%", "+4 pp"],
    ["Heavy-RE-free share of shipments", "21%", "34%", "+13 pp"],
]))
S.append(dict(title="Global NdFeB demand keeps compounding", bullets=[
    "2025 global demand est. 262 kt (sintered + bonded), +9% y/y",
    "Traction motors: 1.2–2.0 kg NdFeB per BEV; 27% of demand by 2030",
    "Wind: direct-drive and medium-speed PMGs, 600–700 kg/MW offshore",
    "Industrial automation and humanoid robotics: new, fast-growing niche",
    "Two-wheelers, compressors and elevators remain stable base load",
    "We expect 8–10% CAGR to 2030",
]))
S.append(dict(title="EV: content per vehicle rising, not falling", bullets=[
    "Dual- and tri-motor platforms spreading in China and Europe",
    "800 V architectures push operating temperatures up → higher HcJ grades",
    "OEMs ask for heavy-RE-free or reduced-Dy/Tb grades to de-risk supply",
    "Our automotive order book: 41 active platforms, 17 new nominations in 2025",
]))
S.append(dict(title="Wind and industrial", bullets=[
    "Offshore wind recovery in China and Europe in 2026–2027",
    "Our wind shipments +31% in FY2025 (mainly 10–16 MW offshore platforms)",
    "Industrial servo and high-efficiency IE4/IE5 motors: steady double-digit growth",
    "Humanoid and service robots: 28 projects sampled, small volumes today",
]))
S.append(dict(title="Price environment", table=[
    ["Input (average, VAT incl.)", "FY2024", "FY2025", "Jan 2026 spot"],
    ["PrNd oxide (RMB/t)", "393,000", "461,000", "512,000"],
    ["PrNd metal (RMB/t)", "483,000", "566,000", "628,000"],
    ["Dy oxide (RMB/kg)", "1,760", "1,640", "1,610"],
    ["Tb oxide (RMB/kg)", "6,220", "6,980", "7,150"],
    ["Ce metal (RMB/t)", "24,500", "25,800", "26,000"],
], bullets=["Price pass-through formula covers 83% of volume (monthly or bi-monthly)"]))
S.append(dict(title="Capacity roadmap", table=[
    ["Site", "2024", "2025", "2026E", "2027E"],
    ["Baotou", "14,000", "16,000", "20,000", "24,000"],
    ["Ganzhou", "8,000", "9,000", "9,000", "10,000"],
    ["Ningbo", "6,000", "7,000", "8,000", "8,000"],
    ["Total blank capacity (t/a)", "28,000", "32,000", "37,000", "42,000"],
]))
S.append(dict(title="Customer base", bullets=[
    "Top-10 customers = 54% of revenue (FY2024: 57%)",
    "Automotive: 6 of the global top-10 OEM groups via Tier-1 motor makers",
    "Wind: 4 of the top-6 Chinese turbine OEMs, 1 European OEM",
    "Consumer: acoustics and VCM, declining share by design",
    "Overseas revenue 29%; export-control compliance team expanded to 14 people",
]))
S.append(dict(title="Product portfolio", table=[
    ["Family", "Typical grades", "Main use", "FY2025 share"],
    ["High Br", "N50–N54", "Consumer, servo", "14%"],
    ["High HcJ (diffused)", "48SH–50UH, 45EH–42AH", "Traction motors", "46%"],
    ["Standard", "N35–N48, M/H", "Industrial, appliance", "23%"],
    ["High-abundance (Ce/La)", "N35–N42 equivalents", "Appliance, two-wheeler, speakers", "12%"],
    ["Wind", "N42SH–N45SH large blocks", "PMG", "5%"],
]))
S.append(dict(title="Technology strategy: use less of what is scarce", bullets=[
    "Heavy-RE reduction: Tb/Dy grain-boundary diffusion on 100% of SH-and-above grades by 2027",
    "Critical-RE substitution: Ce and La replace part of PrNd in low- and mid-range grades",
    "Recycled content: 18% of RE input from processing scrap (target 25% in 2027)",
    "Digital furnace control and lot-specific heat treatment",
    "R&D spend 4.1% of revenue; 212 invention patents granted",
]))
S.append(dict(title="How we make Ce-substituted magnets work: dual-main-phase route (DMP-30)", table=[
    ["Step", "Set point / recipe (DMP-30, 30% Ce of total RE)"],
    ["Alloy A (Ce-free)", "PrNd 31.0, B 0.98, Co 1.0, Cu 0.12, Ga 0.20, Al 0.10, Fe bal. (wt%)"],
    ["Alloy B (Ce-rich)", "(Ce0.60PrNd0.40) 32.0 (Ce+La ≤ 19.5), B 1.00, Cu 0.15, Ga 0.30, Fe bal. (wt%)"],
    ["Strip casting", "Both alloys 1,460 °C pour, wheel 1.4 m/s (A) / 1.1 m/s (B); flake 0.28 ± 0.05 mm"],
    ["HD + blending", "H2 absorption 0.1 MPa RT; dehydrogenation 540 °C 5 h (B: 480 °C to limit CeFe2); blend A:B = 50:50 before milling"],
    ["Jet milling", "N2, O2 < 30 ppm, D50 3.2 µm; 0.1 wt% lubricant"],
    ["Pressing", "2.0 T aligning field, 0.55 t/cm², CIP 180 MPa"],
    ["Sintering", "1,030 °C × 4 h (40 °C below Ce-free grades to keep the two 2:14:1 phases from homogenising)"],
    ["Annealing", "Single step 480 °C × 3 h only; skip the 880–900 °C step (it promotes CeFe2 and lowers HcJ)"],
    ["Result (typical)", "Br 13.3 kG, HcJ 12.8 kOe, (BH)max 42 MGOe; RE raw-material cost −17% vs N42 Ce-free"],
], notes="Only slide with process detail. Legal asked to review before external release - pending."))
S.append(dict(title="ESG", bullets=[
    "Scope 1+2 intensity −12% y/y; 41% green power at Baotou",
    "All three sites ISO 14001 / ISO 45001; Ningbo IATF 16949",
    "Responsible sourcing: 100% of RE metal suppliers audited against our RE Supply Chain Code",
    "Recycled RE: 3,900 t of processing scrap returned to the loop in FY2025",
    "LTIFR 0.38 (FY2024: 0.52)",
]))
S.append(dict(title="Financial summary", table=[
    ["RMB m", "FY2023", "FY2024", "FY2025"],
    ["Revenue", "8,215", "7,820", "9,410"],
    ["Gross profit", "1,478", "1,322", "1,722"],
    ["EBITDA", "1,095", "1,004", "1,296"],
    ["Net profit attributable", "702", "612", "804"],
    ["Capex", "1,120", "1,380", "1,460"],
    ["Net debt / EBITDA", "0.9x", "1.2x", "1.1x"],
    ["Dividend per share (RMB)", "0.30", "0.25", "0.33 (proposed)"],
]))
S.append(dict(title="2026 guidance", bullets=[
    "Shipments 26,000–27,500 t (+13–20%)",
    "Gross margin 18–20% assuming stable price pass-through",
    "Capex RMB 1.6–1.8 bn (Baotou phase 3, diffusion lines, recycling)",
    "Overseas revenue share 30–33%, subject to export licensing timelines",
    "Dividend payout ratio maintained at ~35%",
]))
S.append(dict(title="Q&A", bullets=[
    "Investor relations: ir@hengyue-mag.example.com",
    "Next results announcement: 26 March 2026",
]))

DOC = dict(
    file="Hengyue-Investor-Day-2026-presentation.pptx",
    title="Investor Day 2026",
    author="Investor Relations",
    date="2026-01-12 21:14",
    slides=S,
    label=dict(
        verdict="controlled", control_codes=["1E902.a"], categories=["magnet-manufacturing"],
        magnet_types=["NdFeB", "Ce"], carrier="process-spec", language="en",
        note="18-slide investor deck, all market/financial except slide 14 which gives the Ce-substituted dual-main-phase recipe: two alloy compositions, strip casting, HD, milling, pressing, sintering and annealing set points",
    ),
)
