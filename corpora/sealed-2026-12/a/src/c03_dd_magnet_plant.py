DOC = dict(
    file="Project-Magnolia-vendor-DD-report-final.docx",
    title="Project Magnolia - Operational and Technical Due Diligence",
    author="Harbourline Advisory",
    date="2025-09-30 18:05",
    header="Project Magnolia — Operational & Technical Due Diligence — Final Report — Privileged & Confidential",
    footer="Harbourline Advisory Ltd. Prepared for the sole use of Aurelia Capital Partners. Not to be relied upon by any other party.",
    style=dict(latin="Arial", east="Microsoft YaHei", size=10, heading_color=(0, 84, 118)),
    label=dict(
        verdict="controlled", control_codes=["1E902.a"], categories=["magnet-manufacturing", "recycling"],
        magnet_types=["NdFeB"], carrier="other", language="en",
        note="Buy-side DD report; sections 1-6 and 8-10 are commercial/EHS/legal, section 7 records the target's sintered NdFeB route with alloy recipe, strip casting, HD, jet mill, pressing, sintering/annealing, Tb GBD parameters and in-house swarf roast/HCl leach parameters",
    ),
    body="""
# Project Magnolia: Operational and Technical Due Diligence on Ningbo Hengci Magnetic Materials Co., Ltd.

**Final report, 30 September 2025. Prepared for Aurelia Capital Partners by Harbourline Advisory.**

## Important notice

This report was prepared at the request of Aurelia Capital Partners ("the Client") in connection with its proposed acquisition of a minority stake in Ningbo Hengci Magnetic Materials Co., Ltd. ("Hengci" or "the Company"). The work was carried out between 4 August and 19 September 2025 and comprised two site visits (Ningbo Beilun main plant and the Cixi machining site), 23 management interviews and a review of 412 documents made available in the virtual data room. We have not audited any information and have relied on management representations where stated. The report must not be disclosed to third parties without our written consent.

## 1. Summary of findings

Hengci is a mid-sized, well-run sintered NdFeB producer with 6,500 t/a of nameplate blank capacity (4,900 t of blanks produced in 2024) and a strong position in automotive traction and EPS motors. The plant is modern by Chinese mid-tier standards, with strip casting, hydrogen decrepitation and jet milling under closed nitrogen protection, automatic pressing, and a grain-boundary diffusion line commissioned in 2023.

Key positives:
- Customer base is concentrated but high quality: three Tier-1 automotive customers account for 61% of revenue; IATF 16949 certified since 2019.
- Heavy rare earth (Dy/Tb) consumption per tonne of high-coercivity product has fallen 42% since 2021 through the diffusion line.
- In-house swarf and sludge recovery cuts raw-material cost and was an explicit customer sustainability requirement.
- Management depth in technology and quality is above average for the peer group.

Key concerns (detailed in the relevant sections):
- Raw-material price pass-through is incomplete on 28% of volume (fixed-price contracts with quarterly review only).
- Two of the five sintering furnaces are 14 years old and need a hot-zone rebuild within 18 months (est. RMB 9.6 m).
- Wastewater from the swarf recovery unit exceeds the ammonia-nitrogen permit limit intermittently; a corrective plan is in place but not yet funded.
- Export-control exposure: the Client's intended technical cooperation with its European portfolio company would involve transfer of Hengci process know-how and requires a Chinese export licence (section 9).

## 2. Company overview

Hengci was founded in 2006 by its current chairman, a former engineer of a state-owned magnet producer. It employs 1,380 people, of whom 212 are in engineering, R&D and quality. The Company holds 57 granted Chinese patents (14 invention patents) and is a "specialised and sophisticated" (专精特新) enterprise at provincial level.

| Year | Revenue (RMB m) | Blank output (t) | Finished magnets shipped (t) | EBITDA margin |
| 2022 | 2,418 | 4,120 | 3,290 | 14.2% |
| 2023 | 2,064 | 4,480 | 3,510 | 11.8% |
| 2024 | 2,231 | 4,900 | 3,860 | 12.6% |
| 2025 H1 | 1,187 | 2,610 | 2,040 | 13.1% |

## 3. Customers and markets

Automotive applications (traction motors, EPS, brake boosters, seat and window motors) accounted for 58% of 2024 shipments, industrial servo and elevator motors for 21%, consumer electronics and acoustics for 12%, and wind for 9%. The Company does not supply defence customers and management represented that no product is sold for military end uses.

We reviewed the ten largest customer contracts. Most are framework agreements with annual price negotiations and a raw-material adjustment formula based on the monthly average of PrNd metal and Dy/Tb prices published by a Shanghai price reporting agency. The exceptions, representing 28% of 2024 volume, have quarterly fixed prices; in the first half of 2025 these contracts cost the Company an estimated RMB 31 m of margin during the PrNd price rise.

## 4. Raw materials and supply

| Material | 2024 consumption (t) | Main suppliers | Comment |
| PrNd metal | 1,430 | 3 domestic smelters | Two long-term contracts, one spot |
| Dy-Fe alloy (80% Dy) | 38 | 1 domestic supplier | Declining use |
| Tb metal | 21 | 2 domestic suppliers | For diffusion line |
| Ferro-boron (19–20% B) | 290 | 2 suppliers | |
| Electrolytic iron, Co, Cu, Al, Ga, Zr | — | various | Ga sourcing under review |
| Recovered RE oxide (internal) | 186 (REO) | in-house recovery unit | Sold to smelter under toll agreement, metal returned |

## 5. Site and facilities

The Beilun plant (86,000 m² built area) houses melting, powder preparation, pressing, sintering, diffusion and the recovery unit. The Cixi site (22,000 m²) houses machining, coating and magnetising. We consider site layout adequate, with clear segregation of oxygen-sensitive powder handling. Housekeeping in the pressing hall was very good; in the machining hall it was adequate, with oily swarf accumulating around wire-cutting machines.

## 6. Management and organisation

The CEO (chairman's son, 41) has run the Company since 2018. The CTO (58) joined from a leading state magnet producer in 2010 and is regarded internally as the key person for process know-how; there is no documented succession plan. We recommend a retention package and a structured knowledge-capture programme as a condition of investment.

## 7. Manufacturing process and technology

This section records what we observed and what the Company's process engineering team explained during the technical sessions on 12 and 13 August 2025, supported by the process cards (工艺卡) and furnace records we were shown in the data room (documents TEC-011 to TEC-046). We include the parameters because the Client's technical adviser asked us to benchmark them against the Client's European portfolio company.

### 7.1 Alloy design

The Company runs about 40 active grades from N35 to N52 and from H to EH/AH coercivity classes. The base composition for the high-volume automotive grade 48SH (Dy-free, Tb-diffused) is:

| Element | wt% |
| PrNd (Pr:Nd ≈ 25:75) | 30.6 |
| Dy | 0 (0.5 in non-diffused 45SH) |
| B | 0.96 |
| Co | 0.90 |
| Cu | 0.15 |
| Al | 0.20 |
| Ga | 0.25 |
| Zr | 0.10 |
| Fe | balance |

Total rare earth is held between 30.4 and 31.0 wt% for sintered grades; the Company deliberately runs about 0.8 wt% above the stoichiometric 26.7 wt% to secure a continuous Nd-rich grain-boundary phase, and compensates for oxygen pick-up (target O ≤ 800 ppm in the sintered blank).

### 7.2 Melting and strip casting

Four 600 kg vacuum induction strip casters. Charge melted under argon at 40–50 kPa; pouring temperature 1,450–1,480 °C; water-cooled copper wheel, linear speed 1.2–1.5 m/s; flake thickness 0.25–0.35 mm; target: no α-Fe dendrites in flake cross-section, columnar grain spacing 3–5 µm. Flakes are cooled in a rotating drum under argon and stored in sealed drums.

### 7.3 Hydrogen decrepitation and jet milling

- HD furnace (rotary, 1.2 t per batch): hydrogen absorption at room temperature to 0.09 MPa until pressure stabilises (about 2.5 h), dehydrogenation at 550–580 °C under vacuum for 6 h to a residual hydrogen content of about 1,100–1,300 ppm.
- Lubricant (zinc-stearate based, 0.05 wt%) added before milling.
- Fluidised-bed jet mill in nitrogen with O2 ≤ 50 ppm; grinding pressure 0.65–0.70 MPa; classifier wheel adjusted to D50 = 3.0 µm (automotive grades) or 3.6 µm (consumer grades); D90/D10 ≈ 4.0.
- A second lubricant addition (0.08 wt%) after milling, followed by 2 h blending in a V-mixer under nitrogen.

### 7.4 Orientation pressing

Automatic presses in gloveboxes under nitrogen. Aligning field 1.8–2.0 T (DC electromagnet, pulsed reverse field for demagnetisation of the green compact), pressing pressure 0.5–0.8 t/cm² (die-pressing), green density 3.9–4.1 g/cm³. Green compacts are vacuum-packed and cold-isostatically pressed at 180–200 MPa, giving 4.5–4.7 g/cm³.

### 7.5 Sintering and heat treatment

Five vacuum sintering furnaces (600–1,000 kg per charge). The standard cycle for 48SH blocks (up to 60 × 50 × 40 mm) observed on furnace records was:

| Step | Temperature | Rate / hold | Purpose |
| 1 | RT → 400 °C | 3 °C/min, hold 2 h | Lubricant removal |
| 2 | 400 → 850 °C | 2 °C/min, hold 2 h | Dehydrogenation, degassing (vacuum < 5×10⁻² Pa) |
| 3 | 850 → 1,060 °C | 1.5 °C/min, hold 5 h | Sintering (density ≥ 7.55 g/cm³) |
| 4 | Gas quench (Ar) to < 100 °C | fan cooling | |
| 5 | 900 °C | hold 3 h, Ar quench | First annealing |
| 6 | 490 °C | hold 4 h, Ar quench | Second annealing (optimised per lot ± 10 °C) |

The Company tunes the second annealing temperature per melt lot using small test coupons; this is one of its reported sources of consistent HcJ.

### 7.6 Grain-boundary diffusion

The diffusion line (commissioned 2023, 1,200 t/a) processes machined pieces with thickness up to 6 mm in the magnetisation direction. Tb is applied as a TbH₂ powder slurry (TbH₂ : ethanol : binder = 60 : 38 : 2 by mass) by automated spray coating on both pole faces, at a Tb loading of 0.55–0.65 wt% of the magnet mass. Diffusion is carried out at 920 °C for 12–15 h under vacuum (< 1×10⁻² Pa), followed by ageing at 500 °C for 4 h. For 48SH base material, the result is a coercivity increase from 17.5 kOe to 25.0–26.5 kOe (HcJ at 20 °C) with a Br loss of about 0.15–0.20 kG, i.e. 48SH → 48UH equivalent without bulk Dy.

### 7.7 Machining, coating and inspection

Blocks are sliced on multi-wire saws (diamond wire, 0.18 mm), ground on double-disc grinders, and chamfered by barrel tumbling. Coatings: Ni-Cu-Ni (10–20 µm), zinc, epoxy electrophoretic, and aluminium by ion vapour deposition for premium automotive. Final inspection includes B-H loop tracing on coupons per lot at 20 °C and 150 °C, HAST 130 °C/95% RH/2 bar/168 h weight-loss testing and flux measurement after magnetisation.

### 7.8 In-house swarf and sludge recovery

Grinding sludge (油泥, 35–45% REO dry basis after de-oiling) and wire-saw swarf are collected from Cixi and processed in the Beilun recovery unit (design 900 t/a wet sludge):

- De-oiling by centrifuge and drying at 120 °C.
- Oxidising roast in a rotary kiln at 780–820 °C, residence 2.5 h, excess air, until Fe²⁺ in calcine < 0.5% (Fe fully converted to Fe₂O₃ so that it stays undissolved).
- Selective (preferential) hydrochloric leaching: 6 mol/L HCl added to a slurry at L/S 3:1, 85–90 °C, 3 h, end-point pH 1.2–1.5; RE leaching ≥ 97%, Fe in leach liquor < 0.3 g/L.
- Filtration, then oxalic acid precipitation (oxalic : REO = 1.6 : 1), calcination at 900 °C, giving mixed RE oxide (PrNd + Dy/Tb) of 99.0% TREO which is tolled back to metal.

Overall RE recovery from sludge is reported at 95.2% (2024). Ammonia from the washing step is the source of the wastewater issue in section 8.

### 7.9 Benchmark comment

Compared with the Client's European portfolio company, Hengci mills finer (3.0 vs 4.2 µm), sinters about 20 °C lower and relies on lot-specific annealing; this combination, with Tb diffusion, explains most of the 2–3 kOe coercivity advantage at equal heavy-rare-earth content. Replicating it in Europe would require transfer of the process cards described above, which brings the cooperation into the scope of Chinese export control (section 9).

## 8. Environment, health and safety

Permits are in place for all operations. We identified the following matters:

- Ammonia-nitrogen in the recovery-unit effluent exceeded the 25 mg/L permit limit on 9 days in 2024 (max. 41 mg/L). A stripping column is planned (RMB 2.3 m, not budgeted).
- Powder fires: two minor fires in the milling area in 2023; both investigated and closed. Oxygen monitoring and inerting are adequate.
- Hydrogen storage for HD is within the approved limits; the hydrogen safety study dates from 2016 and should be updated.
- LTIFR 0.74 (2024), in line with peers.

## 9. Legal and regulatory

- Land use rights for both sites are held under granted (出让) titles valid to 2056 and 2061.
- No material litigation. One IP dispute with a competitor over a diffusion coating patent was settled in 2022.
- Export control: MOFCOM announcements No. 61 and No. 62 (9 October 2025, effective on publication for technology) place magnet-manufacturing technology and its carriers, including process specifications and parameters, under licence. The technical benchmarking in section 7 and any onward transfer of Hengci process cards to the Client's portfolio company would be subject to licensing. We recommend that the Client limit its own circulation of this report and seek Chinese counsel's advice on its handling.

## 10. Recommendations

- Make the investment conditional on a CTO retention and knowledge-capture plan.
- Fund the two sintering furnace rebuilds and the ammonia stripping column from the primary proceeds.
- Renegotiate the fixed-price contracts at the next review or accept a margin haircut in the valuation.
- Do not structure any technology cooperation with the European portfolio company until the export-licensing position is clear.

## Appendix 1: Documents reviewed (extract)

| Ref | Document | Date |
| TEC-011 | Process card, strip casting, grade family SH/UH | 2024-11 |
| TEC-019 | HD furnace operating instruction | 2023-06 |
| TEC-024 | Jet mill set-up sheet, automotive grades | 2025-02 |
| TEC-031 | Sintering furnace records, furnaces S3/S4, June 2025 | 2025-06 |
| TEC-038 | Diffusion line process card, Tb slurry | 2024-09 |
| TEC-046 | Recovery unit operating manual | 2022-12 |
| FIN-002 | Audited accounts 2022–2024 | 2025-04 |
| LEG-014 | Land use right certificates | various |
""",
)
