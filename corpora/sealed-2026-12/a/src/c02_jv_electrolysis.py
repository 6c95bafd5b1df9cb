DOC = dict(
    file="Project-Kestrel-JV-proposal-v3.2.docx",
    title="Project Kestrel - Proposal for a Rare Earth Metals Joint Venture",
    author="Liang Wenbo",
    date="2025-11-17 16:20",
    header="Project Kestrel | Strictly confidential | Draft v3.2 for discussion with Perdana Advanced Materials",
    footer="Ganjiang Rare Metals Co., Ltd. - Business Development Division",
    style=dict(latin="Calibri", east="DengXian", size=10.5, heading_color=(31, 56, 100)),
    label=dict(
        verdict="controlled", control_codes=["1E902.a"], categories=["metal-smelting"],
        carrier="process-spec", language="en",
        note="Commercial JV proposal (market, structure, capex, financials); Annex T specifies PrNd fluoride-bath electrolysis: bath composition, temperature, current densities, cell voltage, feeding, tapping, consumption figures",
    ),
    body="""
# Project Kestrel: Proposal for a Rare Earth Metals Joint Venture in Pahang, Malaysia

**Prepared by Ganjiang Rare Metals Co., Ltd. for Perdana Advanced Materials Sdn Bhd — Draft v3.2, 17 November 2025**

>> This document is a discussion draft. It does not constitute an offer capable of acceptance and is subject to contract, board approvals of both parties and all required governmental approvals in the People's Republic of China and Malaysia.

## 1. Executive summary

Ganjiang Rare Metals Co., Ltd. ("GRM") and Perdana Advanced Materials Sdn Bhd ("PAM") have discussed since March 2025 the possibility of establishing a joint venture company ("JVCo") in the Gebeng industrial estate near Kuantan to convert separated praseodymium-neodymium oxide into PrNd metal and, in a second phase, into NdFeB-grade master alloys for magnet producers in Southeast Asia, Japan and Korea.

The commercial logic is straightforward. Magnet makers outside China are under pressure from their automotive and wind customers to qualify at least one non-Chinese metal source. PAM has secured a long-term oxide offtake from a regional separation plant and has land, utilities and an operating permit framework in Gebeng. GRM has eighteen years of experience operating fluoride-bath electrolysis cells and supplies roughly 7% of global PrNd metal. Neither party can execute the project alone at acceptable risk.

We propose a first phase of 2,000 tonnes per year of PrNd metal, built as two potlines of 24 cells each, with first metal in the third quarter of 2027. Estimated capital expenditure for Phase 1 is USD 86.4 million including contingency. At a long-run PrNd metal price of USD 88/kg and oxide at USD 68/kg, the base case yields a project IRR of 17.9% after tax and a payback of 5.1 years from first metal.

GRM proposes a 40% equity interest, contributing technology, engineering supervision, commissioning and training services, and USD 12 million in cash. PAM would hold 60% and contribute land, cash and oxide supply. The parties acknowledge that any transfer of GRM know-how to JVCo is subject to Chinese export control licensing; Section 9 sets out the proposed licensing path and its impact on schedule.

## 2. Background and rationale

### 2.1 The market gap

Global demand for NdFeB magnets reached an estimated 238,000 tonnes in 2024 and is forecast to grow at 8–9% per year through 2030, driven by traction motors, wind turbines, industrial servo motors and consumer electronics. More than 85% of PrNd metal is currently produced in China. Outside China, metal capacity is limited to a handful of plants in Vietnam, Japan and the United Kingdom, most of them small, and several are toll converters dependent on Chinese oxide.

Since 2023, magnet customers in Japan and Korea have started to attach supply-chain diversification requirements to their purchase contracts, asking magnet makers to certify the country of origin of metal and alloy and to maintain at least 20–30% of volume from qualified sources outside a single jurisdiction. These requirements create a price premium for non-Chinese metal that we estimate at USD 4–9/kg at current market conditions. We have not relied on this premium in the base case.

### 2.2 Why Malaysia, why Gebeng

- Oxide supply: PAM holds an offtake agreement for 2,600 t/a of PrNd oxide (≥99.5% TREO basis) from a regional separation plant located 40 km from the proposed site.
- Power: the Gebeng estate is served by a 132 kV substation with spare capacity of about 60 MVA; indicative industrial tariff RM 0.39/kWh.
- Permitting: Pahang state and MIDA have indicated that a metal conversion plant using oxide as feed is likely to qualify for Pioneer Status and for the Green Investment Tax Allowance.
- Logistics: Kuantan Port is 25 km from the site, with weekly services to Busan, Yokohama and Shanghai.
- Workforce: a chemical-process labour pool exists in the Gebeng-Kuantan corridor; PAM already runs two plants there with about 300 employees.

### 2.3 Why GRM

GRM operates 212 electrolysis cells in Ganzhou and Baotou, ranging from 4 kA to 10 kA, with an annual output of about 9,000 t of PrNd, Nd, La, Ce and Dy-Fe products. GRM's cells achieve current efficiencies that, in our view, are among the best in the industry, and GRM's metal is qualified at eleven magnet producers in Japan, Korea, Germany and China.

## 3. Scope of the joint venture

### 3.1 Phase 1 (2026–2027)

- Two potlines, each with 24 cells of 6 kA nominal rating, with associated rectifiers, bus bars and off-gas treatment.
- Oxide receiving, drying and feeding system.
- Fluoride salt preparation and bath-recycle handling.
- Metal casting, sampling, cleaning and packing.
- Laboratory (ICP-OES, LECO O/N/C analysers, glow-discharge MS shared service arrangement).
- Utilities: argon supply, compressed air, cooling water, HF scrubber and fluoride waste treatment.

### 3.2 Phase 2 (option, 2028 onward)

- Addition of one potline for Nd-only metal and a 1,000 t/a vacuum induction melting line for PrNd-Fe-B master alloy.
- Option to add a Dy-Fe alloy line if a heavy rare earth oxide supply can be secured.

### 3.3 Out of scope

Mining, concentration and separation of rare earths are not part of the JV. Magnet manufacturing is not part of the JV. The JV will not process radioactive material; the oxide feed specification limits Th + U to below 10 ppm combined.

## 4. Market and offtake

### 4.1 Demand outlook

| Segment | 2024 NdFeB demand (kt) | 2030 forecast (kt) | CAGR |
| Traction motors (EV/HEV) | 52 | 118 | 14.6% |
| Wind turbines | 31 | 47 | 7.2% |
| Industrial motors and robotics | 38 | 58 | 7.3% |
| Consumer electronics | 46 | 51 | 1.7% |
| Other (acoustics, MRI, sensors) | 71 | 92 | 4.4% |
| Total | 238 | 366 | 7.4% |

### 4.2 Customers

PAM has received non-binding letters of interest from four magnet producers (two in Japan, one in Korea, one in Vietnam) covering a combined 1,450 t/a of PrNd metal from 2028. GRM has confirmed that it will not compete with JVCo for these customers in the ASEAN region during the first five years.

### 4.3 Pricing assumptions

| Item | Base case | Low case | High case |
| PrNd oxide (USD/kg) | 68 | 55 | 85 |
| PrNd metal (USD/kg) | 88 | 72 | 108 |
| Conversion margin (USD/kg metal) | 8.6 | 7.1 | 10.3 |

The conversion margin is calculated after oxide cost at an assumed 1.185 kg oxide per kg metal.

## 5. Corporate structure and governance

JVCo will be a private limited company incorporated in Malaysia. The board will have five directors: three nominated by PAM (including the chair) and two by GRM. Reserved matters requiring the approval of at least one GRM director include: changes to the technology licence, the annual capital budget above USD 5 million, entry into related-party contracts, and any transfer of technical documentation outside JVCo.

The General Manager will be nominated by PAM; the Technical Director and the Potline Manager will be nominated by GRM for the first five years. A localisation plan targets Malaysian nationals in 80% of supervisory positions by year four.

### 5.1 Contributions

| Contribution | PAM | GRM |
| Equity share | 60% | 40% |
| Cash (USD million) | 22.8 | 12.0 |
| In-kind | Land lease (30 y), site infrastructure | Technology licence, basic engineering, commissioning and training |
| Debt | Project loan USD 51.6 m sought from a Malaysian development bank | — |

## 6. Capital and operating costs

### 6.1 Capital expenditure (Phase 1)

| Area | USD million |
| Potlines (cells, bus bars, superstructure) | 21.7 |
| Rectifiers and power distribution | 11.9 |
| Off-gas and fluoride treatment | 8.3 |
| Oxide handling and feeding | 4.6 |
| Casting and finishing | 3.2 |
| Buildings and civil works | 14.1 |
| Laboratory | 2.4 |
| Utilities and site services | 5.8 |
| Engineering, procurement, construction management | 6.5 |
| Contingency (10%) | 7.9 |
| Total | 86.4 |

### 6.2 Operating cost (steady state, per kg PrNd metal)

| Item | USD/kg | Notes |
| Electricity | 1.02 | 10.4 kWh/kg DC plus auxiliaries at USD 0.083/kWh |
| Fluoride salts make-up | 0.61 | |
| Graphite anodes | 0.48 | |
| Tungsten cathodes and molybdenum crucibles | 0.34 | |
| Argon, consumables | 0.22 | |
| Labour | 1.35 | 186 FTE at full rate |
| Maintenance | 0.64 | |
| G&A, insurance | 0.71 | |
| Total cash conversion cost | 5.37 | excluding oxide |

## 7. Financial analysis

The base case model assumes a 20-year operating life, straight-line depreciation over 15 years, Malaysian corporate tax at 24% after the Pioneer Status holiday (10 years assumed at 70% exemption), working capital of 60 days of oxide and 45 days of metal, and a debt-to-equity ratio of 60:40.

| Indicator | Base | Low | High |
| Project IRR (post-tax) | 17.9% | 9.6% | 25.1% |
| Equity IRR | 23.4% | 10.8% | 33.6% |
| NPV @ 10% (USD million) | 58.2 | 3.4 | 121.9 |
| Payback from first metal (years) | 5.1 | 8.7 | 3.6 |

Sensitivity analysis shows that the result is most sensitive to conversion margin, then to current efficiency, then to power cost. A 5 percentage-point drop in current efficiency reduces project IRR by about 1.8 points.

## 8. Schedule

| Milestone | Target date |
| Term sheet signed | December 2025 |
| Export licence application filed in China | January 2026 |
| JV agreement and technology licence signed | Q2 2026 (conditional on licence) |
| Environmental approval (DOE) | Q3 2026 |
| Construction start | Q4 2026 |
| Potline 1 first metal | Q3 2027 |
| Potline 2 first metal | Q1 2028 |
| Nameplate capacity | Q4 2028 |

## 9. Regulatory matters

### 9.1 Chinese export control

Since the MOFCOM announcements No. 61 and No. 62 of 2025, the transfer of technology for rare earth metal smelting, and of technology for assembling, commissioning, maintaining and upgrading the related production lines, requires a dual-use export licence. Both the technology licence to JVCo and the secondment of GRM engineers for commissioning are within scope. GRM will apply for the licence and will not transfer controlled technical data (including Annex T in its final form) until the licence is granted. PAM acknowledges that the licence may be refused or granted with conditions and that this is a condition precedent to the JV agreement.

### 9.2 Malaysian approvals

Approvals needed include a manufacturing licence (MITI), DOE environmental approval for a scheduled activity (non-ferrous metal production), a fluoride emission limit under the Clean Air Regulations 2014, and an AELB screening confirming that the feed is below regulatory thresholds for radioactive material.

## 10. Risks

| Risk | Mitigation |
| Export licence not granted or delayed | Condition precedent; staged payments; PAM may pursue an alternative technology partner after 12 months |
| Oxide supply interruption | Offtake agreement with take-or-pay; 60 days' inventory; second source under negotiation |
| Current efficiency below plan during ramp-up | GRM performance guarantee tied to technology fee; experienced potline crews for 24 months |
| Fluoride emissions | Dry scrubbing with alumina plus wet scrubber; continuous monitoring |
| Price volatility | Pricing formula linking metal to oxide; conversion margin floor in offtake contracts |
| Community acceptance | Early engagement; public disclosure of emission data |

## 11. Next steps

- Agree this proposal as the basis for a term sheet (PAM board, December 2025).
- GRM to prepare the export licence application with the technical description (Annex T) and end-user undertakings.
- Joint site visit to Gebeng for GRM civil and electrical engineers.
- Appoint legal counsel in both jurisdictions and a Malaysian engineering firm for detailed design.

---page---

## Annex T — Technical description of the PrNd electrolysis process (basis of design)

>> Annex T is provided for the purpose of the export licence application and for internal evaluation by PAM's technical committee. It reproduces the basis of design of GRM's 6 kA cell as operated at the Ganzhou plant (Line 3) in 2024–2025.

### T.1 Process overview

PrNd oxide is reduced electrolytically in a molten fluoride bath. Oxide dissolved in the melt is decomposed at the cathode to liquid PrNd metal, which drips into a molybdenum receiver at the bottom of the cell; oxygen reacts with the graphite anode, forming CO and CO2. The overall reaction consumes oxide and carbon; the fluoride bath is ideally not consumed but is lost by volatilisation and entrainment and must be made up.

### T.2 Cell design

| Parameter | Value |
| Nominal current | 6,000 A (operating 5,800–6,200 A) |
| Cell shell | Steel shell, water-cooled flange, refractory-lined |
| Crucible (bath container) | Graphite, ID 640 mm, depth 700 mm, wall 80 mm |
| Anodes | 4 graphite segments forming a ring, 120 mm thick, immersion 320–350 mm |
| Cathode | Tungsten rod Ø 70 mm, immersion 200–230 mm, centred |
| Anode–cathode distance | 95–110 mm |
| Metal receiver | Molybdenum crucible, ID 180 mm, 160 mm high, 120 mm below cathode tip |
| Cover | Partially closed lid with off-gas hood, suction 1,200–1,500 Nm³/h per cell |

### T.3 Bath composition and electrical parameters

| Parameter | Target | Control range |
| Bath composition | (Pr,Nd)F3 88 wt% – LiF 12 wt% | PrNdF3 86–90 wt%; LiF 10–14 wt% |
| Bath temperature | 1,050 °C | 1,040–1,065 °C |
| Cathode current density | 6.5 A/cm² | 6.0–7.5 A/cm² |
| Anode current density | 0.95 A/cm² | 0.85–1.10 A/cm² |
| Cell voltage | 9.5 V | 8.8–10.5 V |
| Oxide concentration in bath | 2.5 wt% | 2.0–3.5 wt% |
| Current efficiency (annual average) | 78% | 74–82% |

Bath temperature is controlled by adjusting anode–cathode distance and oxide feed rate; no external heating is used during normal operation. Start-up from cold uses a graphite resistor and an arc start: the crucible is filled with 220 kg of pre-mixed fluoride salt, an arc is struck between a graphite starter rod and the crucible at 3,000–3,500 A, and fluoride is added until the bath level reaches 480 mm, after which the tungsten cathode is lowered and current raised to 6,000 A over 4 hours.

### T.4 Oxide feeding

PrNd oxide (≥99.5% TREO, Pr6O11/TREO 22–26%, LOI ≤ 0.5%, moisture ≤ 0.3%, particle size D50 8–15 µm) is dried at 400 °C for 4 h and fed by screw feeders through a closed chute to the annulus between cathode and anode. Feed rate is 1.9–2.1 kg/min-equivalent averaged, delivered as 0.9–1.1 kg shots every 30 seconds. Under-feeding is detected by a rise in cell voltage above 10.5 V (anode effect precursor, CF4 evolution); over-feeding produces undissolved oxide sludge at the bottom and lower current efficiency. Operators target a cell voltage band of 9.2–9.8 V and adjust feed frequency accordingly. The DCS records cell voltage at 1 s intervals and flags a voltage slope above +0.15 V/min.

### T.5 Metal tapping and casting

Metal is tapped every 2 hours by a vacuum siphon (stainless steel tube with Mo tip) from the receiver, about 16–17 kg per tap, and cast into cast-iron moulds preheated to 150 °C under argon. Ingots are cooled under argon for 20 min, then cleaned by shot blasting to remove adhered bath. Typical product analysis:

| Element | Specification | Typical |
| Pr + Nd (of total RE) | ≥ 99.5% | 99.7% |
| Pr/(Pr+Nd) | 20–25% | 23.5% |
| Fe | ≤ 0.20% | 0.08% |
| C | ≤ 0.03% | 0.018% |
| O | ≤ 0.03% | 0.017% |
| Mo + W | ≤ 0.03% | 0.011% |
| Si, Al, Ca, Mg each | ≤ 0.02% | < 0.01% |

### T.6 Consumption figures (per kg PrNd metal)

| Item | Value |
| PrNd oxide | 1.18–1.20 kg |
| DC energy | 9.8–10.6 kWh |
| Graphite anode | 0.11–0.14 kg (anodes replaced every 16–20 days) |
| Tungsten cathode | 0.008–0.012 kg |
| Fluoride make-up (PrNdF3 + LiF) | 0.045–0.060 kg |
| Argon | 0.18 Nm³ |

### T.7 Bath management

Every 8 hours the bath is sampled (graphite dipper) and analysed for LiF content by XRF; LiF is added as a 50/50 blend with PrNdF3 when below 11 wt%. The bath level is maintained at 480–520 mm. Every 30–45 days, accumulated sludge (oxide-oxyfluoride) is removed from the crucible bottom with a ladle while the cell is at reduced current (4,000 A). Spent bath from cell shutdowns is crushed (no re-fluorination is required) and blended at up to 20% into fresh salt charges.

### T.8 Off-gas

Off-gas contains CO, CO2, fluorides (HF, entrained bath fume) and small amounts of CF4/C2F6 during anode effects. The gas is cooled, passed through a dry scrubber using activated alumina (fluoride capture ≥ 95%), then a bag filter and a caustic wet scrubber. Design stack limit: total fluoride ≤ 3 mg/Nm³.

### T.9 Performance guarantee basis

GRM proposes to guarantee, after a 6-month ramp-up, an average current efficiency of at least 75%, a DC energy consumption not exceeding 10.8 kWh/kg and product meeting the specification in T.5 for at least 97% of lots, measured over a 90-day test period.
""",
)
