DOC = dict(
    file="Concentrator-Operating-Manual-Section-4-Magnetic-Separation-and-Flotation.pdf",
    title="Concentrator Operating Manual, Section 4 - Magnetic Separation and Reverse Flotation",
    author="Process Department, Northfjell Iron Ore AS",
    date="2024-11-05 10:00",
    creator="Microsoft Word",
    producer="Microsoft: Print To PDF",
    header="Northfjell Iron Ore AS | Concentrator Operating Manual | Section 4 | Rev. 7",
    footer="Controlled document. Printed copies are for reference only.",
    label=dict(
        verdict="clear", control_codes=[], categories=[], carrier="process-spec", language="en", hard_negative=True,
        note="Iron-ore (magnetite) concentrator manual with grinding, LIMS/WHIMS magnetic separation, amine reverse flotation reagent regime and pellet-feed specs; beneficiation vocabulary and set points but iron ore, not rare earths",
    ),
    body="""
# Concentrator Operating Manual, Section 4: Magnetic Separation and Reverse Flotation

**Revision 7, November 2024. Applies to Lines 1–3 of the Northfjell concentrator (nameplate 9.5 Mt/a of magnetite pellet feed).**

## 4.1 Purpose and overview

This section describes the operation of the cobber, rougher and cleaner magnetic separation circuits, the regrind mills and the reverse cationic flotation circuit that produce pellet feed for the pelletising plant. The target product is a magnetite concentrate with at least 70.5% Fe, at most 0.40% SiO2 and at most 0.025% P, suitable for direct-reduction-grade pellets.

The ore is a massive to disseminated magnetite ore with minor hematite, with apatite as the main phosphorus carrier and actinolite, quartz and biotite as silicate gangue. Run-of-mine head grade averages 46% Fe (range 38–56%).

## 4.2 Flowsheet summary

Primary crushing → SAG mill (pebble crusher) → cobber LIMS (wet drum) → ball mill in closed circuit with hydrocyclones → rougher LIMS → regrind (vertical stirred mills) → cleaner LIMS (two stages) → dewatering magnets → reverse flotation (silicate and apatite removal) → thickening → filtration → pellet feed.

## 4.3 Grinding

| Parameter | Set point | Alarm limits |
| SAG mill feed rate (per line) | 520 t/h | 450–600 t/h |
| SAG mill load (bearing pressure) | 62 bar | 58–66 bar |
| SAG discharge density | 70% solids | 65–75% |
| Ball mill cyclone overflow P80 | 90 µm | 80–105 µm |
| Regrind mill product P80 | 38 µm | 34–44 µm |
| Regrind media | 6 mm ceramic | top-up daily |

## 4.4 Magnetic separation

All LIMS units are concurrent or counter-rotation wet drum separators, 1,200 mm diameter × 3,600 mm. Magnetic field at the drum surface is measured quarterly with a gaussmeter; units below 90% of nominal are scheduled for magnet block replacement.

| Stage | Drum type | Surface field | Feed density | Expected Fe in concentrate | Mass pull |
| Cobber | Concurrent | 0.12 T (1,200 G) | 35–40% solids | 55–58% | 72–78% |
| Rougher | Counter-rotation | 0.10 T | 30–35% | 64–66% | 80–85% of cobber conc. |
| Cleaner 1 | Counter-current | 0.08 T | 25–30% | 68–69% | 92–94% |
| Cleaner 2 | Counter-current | 0.07 T | 20–25% | 69.5–70.5% | 96–97% |

Operators adjust the drum-to-tank gap (normally 50 mm) and wash-water rate to control the concentrate grade. Hematite-rich ore (Fe as hematite > 8%) is routed to the WHIMS scavenger circuit: vertical-ring pulsating high-intensity separators at 0.8 T background field, pulsation 180 strokes/min, to recover hematite from LIMS tailings.

## 4.5 Reverse cationic flotation

### 4.5.1 Principle

In reverse flotation the valuable mineral (magnetite) is depressed and the gangue (silicates and apatite) is floated. Silicates are floated with an ether-amine collector at alkaline pH, while starch depresses iron oxides. Apatite is floated in a separate stage with a fatty-acid collector.

### 4.5.2 Reagent regime

| Reagent | Function | Addition point | Dosage (g/t flotation feed) | pH |
| Causticised maize starch | Iron oxide depressant | Conditioner 1 | 350–450 | 10.3–10.6 |
| NaOH | pH modifier | Conditioner 1 | 150–250 | — |
| Ether monoamine (partially neutralised) | Silicate collector | Conditioner 2, rougher cells 1 and 4 | 40–70 | 10.3–10.6 |
| Fatty acid (tall-oil type) | Apatite collector | Apatite rougher | 120–180 | 9.5–10.0 |
| Sodium silicate | Silicate depressant (apatite stage) | Apatite conditioner | 300 | — |
| MIBC | Frother | As required | 5–15 | — |

Starch is causticised at a starch:NaOH ratio of 5:1 in a 3% solution, prepared fresh every shift. Conditioning times are 5 min (starch) and 2 min (amine).

### 4.5.3 Cell configuration

Silicate rougher: 6 tank cells of 70 m³; silicate scavenger: 4 × 70 m³; apatite rougher: 4 × 50 m³. Froth depth 150–250 mm in roughers. Air rate controlled by froth camera (bubble velocity).

### 4.5.4 Targets

| Parameter | Target |
| Flotation feed SiO2 | 2.0–3.5% |
| Final concentrate SiO2 | ≤ 0.40% |
| Final concentrate P | ≤ 0.025% |
| Fe recovery in flotation | ≥ 97.5% |
| Froth product Fe | ≤ 25% |

## 4.6 Dewatering and product

Concentrate is thickened to 65% solids and filtered in ceramic disc filters to 8.5–9.0% moisture. Pellet feed specification: Fe ≥ 70.5%, SiO2 ≤ 0.40%, Al2O3 ≤ 0.25%, P ≤ 0.025%, S ≤ 0.005%, Blaine specific surface 1,900–2,100 cm²/g after high-pressure grinding rolls in the pellet plant.

## 4.7 Sampling and control

Automatic samplers take shift composites from: ball mill cyclone overflow, cobber concentrate and tailings, cleaner concentrate, flotation feed, concentrate and froth. On-line XRF analysers report Fe and SiO2 every 5 minutes for flotation feed and concentrate. The expert control system adjusts amine dosage to keep concentrate SiO2 within 0.30–0.40%.

## 4.8 Common problems

| Problem | Possible cause | Action |
| High SiO2 in concentrate | Coarse regrind, low amine, low pH | Check P80; increase amine in steps of 5 g/t; check NaOH |
| High Fe loss to froth | Over-dosing amine, insufficient starch, slimes | Reduce amine; check starch preparation; check desliming |
| Unstable froth | Excess frother, water quality (Ca, Mg) | Reduce MIBC; check process water hardness |
| High P in concentrate | Low fatty acid, low temperature (< 15 °C) | Increase collector; heat pulp |
| LIMS concentrate grade drop | Magnet block deterioration, high feed rate | Gauss check; reduce feed |

## 4.9 Safety

Amine collectors are corrosive and toxic to aquatic life; handle with face shield and gloves, and contain spills. Caustic soda causes severe burns. Magnetic drums: no loose ferrous tools near drums; persons with pacemakers must not approach within 1 m. Lockout before entering flotation cells.

## 4.10 Environmental

Tailings are pumped to the tailings management facility. Residual amine in the decant water must be below 0.5 mg/L before discharge; the water is recycled to the plant as far as possible.
""",
)
