DOC = dict(
    file="Hydromet-black-mass-refinery-Rotterdam-concept-study.docx",
    title="Black Mass Hydrometallurgical Refinery - Concept Study",
    author="Nordhaven Circular Metals B.V.",
    date="2025-06-30 12:00",
    header="Nordhaven Circular Metals B.V. — Concept Study NCM-CS-07 — Confidential",
    footer="Prepared for the Investment Committee, 8 July 2025",
    style=dict(latin="Calibri", east="SimSun", size=10.5, heading_color=(20, 90, 60)),
    label=dict(
        verdict="clear", control_codes=[], categories=[], carrier="other", language="en", hard_negative=True,
        note="Lithium-ion battery black-mass refinery concept study with leaching, D2EHPA/Cyanex 272/P507 solvent extraction, crystallisation and Li2CO3 parameters; shares SX/recycling vocabulary but no rare earths (Li-ion recycling is out of scope)",
    ),
    body="""
# Black Mass Hydrometallurgical Refinery, Port of Rotterdam: Concept Study

**Nordhaven Circular Metals B.V. | Document NCM-CS-07 | Revision 1 | 30 June 2025**

## 1. Summary

Nordhaven proposes to build a hydrometallurgical refinery in the Port of Rotterdam to convert 20,000 t/a of black mass from lithium-ion battery recycling into battery-grade nickel sulfate, cobalt sulfate, manganese sulfate and lithium carbonate. The concept study estimates capital expenditure of EUR 218 million (±35%) and an unlevered post-tax IRR of 14.2% at long-term metal prices. The EU Battery Regulation's recycled-content targets for 2031 (16% Co, 6% Li, 6% Ni) underpin demand for recycled sulfates from European sources.

We recommend proceeding to a pre-feasibility study (budget EUR 3.4 million, 9 months) including a continuous pilot campaign on representative black mass.

## 2. Feed: black mass

Black mass is the fine fraction obtained after discharging, shredding and separating end-of-life batteries and production scrap. Its composition varies with chemistry (NMC, NCA, LFP, LCO) and pre-treatment. The refinery is designed for NMC/NCA-dominated black mass; LFP-rich black mass will be accepted only up to 20% of the blend because its value is almost entirely in lithium.

| Component (wt%, dry) | Design | Range |
| Ni | 21.0 | 12–30 |
| Co | 7.0 | 3–12 |
| Mn | 6.5 | 2–10 |
| Li | 3.6 | 2.8–4.5 |
| Cu | 2.5 | 0.5–4 |
| Al | 1.8 | 0.5–3.5 |
| Fe | 0.8 | 0.2–6 |
| Graphite (C) | 33.0 | 28–40 |
| F | 2.2 | 1–3.5 |

## 3. Process description

### 3.1 Pre-leach and leaching

Black mass is repulped in water to wash out soluble fluoride and part of the lithium (optional early lithium recovery; not in base case). Reductive acid leaching is carried out in four agitated tanks in series: H2SO4 2.0 mol/L, H2O2 (50%) at 0.25 t per t black mass, 70 °C, pulp density 150 g/L, residence 4 h. Expected extraction: Ni, Co, Mn, Li > 98%; Cu > 95%. The graphite residue is filtered, washed and sold to a steel recarburiser market or for energy recovery.

### 3.2 Impurity removal

- Copper: cementation with iron powder or solvent extraction with LIX 984N (2 extraction, 2 stripping stages) — base case SX, producing copper cathode via a small EW circuit.
- Iron and aluminium: precipitation at pH 4.5–5.0 with NaOH/Na2CO3 at 85 °C, with air sparging to oxidise Fe(II).
- Fluoride: co-precipitation with Al and polishing with an ion-exchange resin.

### 3.3 Solvent extraction train

| Circuit | Extractant | Purpose | Stages (E/Sc/St) | O/A (extraction) | Saponification | Strip |
| SX-1 | D2EHPA 20% v/v in Shellsol D70 | Remove Mn, Ca, Zn, residual Cu, Al | 5 / 3 / 3 | 1.5 | 60% with NaOH | H2SO4 1.5 mol/L → MnSO4 solution |
| SX-2 | Cyanex 272 25% v/v | Separate Co from Ni (and Mg) | 6 / 4 / 3 | 1.2 | 50% with NaOH | H2SO4 1.8 mol/L → CoSO4 solution |
| SX-3 | P507 (PC-88A) 20% v/v | Polish Co strip, remove Mg from Ni raffinate | 4 / 3 / 3 | 1.0 | 45% | H2SO4 1.5 mol/L |
| SX-4 | Versatic 10 20% v/v | Concentrate Ni and reject Li/Na | 4 / 2 / 3 | 1.1 | 55% | H2SO4 → NiSO4 at 120 g/L Ni |

Mixer-settlers of conventional design, temperature 40 °C, pH controlled stage-wise by caustic addition. Organic losses are estimated at 100–150 g per m³ of aqueous flow.

### 3.4 Crystallisation

Nickel sulfate hexahydrate and cobalt sulfate heptahydrate are crystallised in forced-circulation evaporative crystallisers (MVR), centrifuged and dried. Manganese sulfate monohydrate is crystallised at elevated temperature. Battery-grade specifications are met if SX-3 polishing is operated as designed.

### 3.5 Lithium recovery

The lithium-bearing raffinate (Li 3–5 g/L, Na 25–35 g/L) is purified by ion exchange (Ca, Mg removal), concentrated by reverse osmosis and evaporation to 20–25 g/L Li, and precipitated as Li2CO3 with Na2CO3 at 90 °C. Crude carbonate is upgraded to battery grade by bicarbonation and re-precipitation. Overall lithium recovery from black mass: 85–88%.

### 3.6 Effluent

Sodium sulfate from neutralisation is crystallised as anhydrous Na2SO4 (about 38,000 t/a) for sale to detergent and glass producers. The plant is designed for zero liquid discharge of process water; only cooling tower blowdown and stormwater are discharged.

## 4. Products and recoveries

| Product | Annual output (t) | Recovery from black mass |
| NiSO4·6H2O (22.3% Ni) | 17,900 | 95% |
| CoSO4·7H2O (20.9% Co) | 6,370 | 95% |
| MnSO4·H2O (32.5% Mn) | 3,720 | 93% |
| Li2CO3 (battery grade) | 3,290 | 86% |
| Copper cathode | 460 | 92% |
| Na2SO4 | 38,000 | — |

## 5. Site

A 9 ha plot in the Maasvlakte chemical cluster has been identified, with access to steam, hydrogen peroxide and caustic via pipeline, and to deep-sea shipping for black mass imports from Asia and North America. The site is zoned for category 5 chemical activities.

## 6. Capital cost estimate

| Area | EUR million |
| Receiving, storage, pre-leach | 14 |
| Leaching and filtration | 23 |
| Impurity removal, Cu SX-EW | 18 |
| SX train (SX-1 to SX-4) | 31 |
| Crystallisation (Ni, Co, Mn) | 29 |
| Lithium circuit | 26 |
| Na2SO4 crystallisation, ZLD | 22 |
| Utilities, tank farm, infrastructure | 21 |
| EPCM | 17 |
| Contingency (10%) | 17 |
| Total | 218 |

## 7. Operating cost and economics

Operating cost is estimated at EUR 1,320 per tonne of black mass, of which reagents (H2SO4, H2O2, NaOH, Na2CO3) account for 46%, energy 19% and labour 14%. Black mass is purchased at a payable percentage of contained Ni, Co and Li values (typically 70–85% for Ni/Co, 40–60% for Li). The project is most sensitive to black mass payables and to lithium prices.

| Case | Ni (USD/t) | Co (USD/t) | Li2CO3 (USD/t) | IRR |
| Low | 15,000 | 22,000 | 9,000 | 6.1% |
| Base | 17,500 | 28,000 | 13,000 | 14.2% |
| High | 20,000 | 35,000 | 18,000 | 21.7% |

## 8. Technology sourcing

Three licensors have been approached: a European engineering group with an integrated SX flowsheet, a Canadian technology company offering a direct-lithium-first flowsheet, and a Korean refiner willing to license its Co/Ni separation circuit. We also held preliminary talks with a Chinese equipment vendor for the mixer-settlers and crystallisers. The Chinese October 2025 export-control measures concern rare-earth technology and do not apply to this project, but the team will confirm the classification of any Chinese-supplied items.

## 9. Permitting

An environmental permit under the Dutch Environment and Planning Act and an IED/BREF assessment (non-ferrous metals) will be required. Black mass is classified as hazardous waste; imports require notification under the EU Waste Shipment Regulation. Indicative timeline: 18–24 months from application.

## 10. Risks

- Black mass supply: competition from Asian refiners; long-term contracts with European pre-processors are key.
- LFP share rising faster than expected reduces Ni/Co content.
- Reagent price volatility.
- Permitting timeline.

## 11. Next steps

- Approve PFS budget.
- Sign sampling agreements with three black mass suppliers.
- Select licensor shortlist; run pilot campaign with the preferred flowsheet (Q4 2025).
""",
)
