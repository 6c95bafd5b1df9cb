DOC = dict(
    file="Mbeya-North-PFS-Chapter-13-Mineral-Processing-DRAFT.md",
    title="Chapter 13 Mineral Processing and Metallurgical Testing",
    author="CNERI Mineral Processing Division",
    date="2025-10-03 12:00",
    label=dict(
        verdict="controlled", control_codes=["1E902.a"], categories=["mining"],
        carrier="process-spec", language="en",
        note="Confidential draft PFS chapter: sample/mineralogy/comminution sections are descriptive, sections 13.5-13.7 give the bastnaesite/monazite flotation flowsheet with grind size, hydroxamic collector and depressant dosages, pH, temperatures, cleaner stages and magnetic/gravity upgrading conditions",
    ),
    body="""
# Mbeya North Rare Earth Project: Pre-Feasibility Study, Chapter 13 Mineral Processing and Metallurgical Testing

> DRAFT FOR CLIENT REVIEW, NOT FOR PUBLIC RELEASE. This chapter has not been prepared in accordance with NI 43-101 or JORC and must not be filed with or disclosed to any securities regulator or the public. Prepared by the Mineral Processing Division, Changsha Nonferrous Engineering Research Institute ("CNERI") for Kibo Critical Minerals Ltd. Revision B, 3 October 2025.

## 13.1 Introduction

This chapter summarises the metallurgical testwork carried out by CNERI on composite samples from the Mbeya North carbonatite between February and August 2025, and sets out the process design criteria recommended for the concentrator. Hydrometallurgical processing of the concentrate (acid baking and leaching) is outside the scope of this chapter and is reported separately in Chapter 14.

The testwork programme comprised chemical and mineralogical characterisation, comminution tests, batch flotation optimisation (96 tests), locked-cycle tests (4 tests of 6 cycles each), magnetic and gravity separation tests on flotation products, and a 1.8 t pilot campaign in CNERI's Changsha pilot plant in July 2025.

## 13.2 Samples

Three variability composites (oxidised, transitional, fresh) and one master composite were prepared from 1,460 m of quarter-core from 38 drill holes. The master composite represents the first eight years of the mine plan.

| Composite | Mass (kg) | TREO (%) | Fe2O3 (%) | CaO (%) | BaO (%) | P2O5 (%) | SiO2 (%) |
|---|---|---|---|---|---|---|---|
| Oxidised | 310 | 3.46 | 22.4 | 14.9 | 6.2 | 3.8 | 9.6 |
| Transitional | 420 | 3.12 | 15.1 | 22.7 | 7.9 | 2.9 | 7.4 |
| Fresh | 510 | 2.87 | 9.8 | 29.6 | 9.1 | 2.1 | 5.3 |
| Master | 1,100 | 3.05 | 13.9 | 24.8 | 8.0 | 2.7 | 7.0 |

## 13.3 Mineralogy

QEMSCAN and EPMA analysis of the master composite show that the rare earths are carried mainly by bastnäsite-(Ce) (61% of TREO), synchysite/parisite (14%) and monazite-(Ce) (19%), with the remainder in apatite and in goethite coatings. Gangue is dominated by calcite, ankerite, barite, fluorite, goethite/hematite and minor quartz and apatite.

The bastnäsite grain size is fine (P50 32 µm) and liberation at P80 75 µm is only 54%, improving to 78% at P80 38 µm. Bastnäsite is commonly intergrown with barite and fluorite, which are the principal diluents of the concentrate. The light rare earth distribution is typical of carbonatites: La2O3 26.8%, CeO2 48.9%, Pr6O11 4.9%, Nd2O3 15.6%, Sm2O3 1.6%, heavy rare earths and Y below 2.5% of TREO.

## 13.4 Comminution

| Test | Result |
|---|---|
| Bond ball mill work index (closing screen 106 µm) | 11.6 kWh/t (master) |
| Bond rod mill work index | 12.9 kWh/t |
| SMC test Axb | 48.2 |
| Abrasion index Ai | 0.14 |

A SAG mill – ball mill circuit with a secondary regrind (IsaMill or tower mill) is recommended. Primary grind P80 75 µm; regrind of rougher concentrate to P80 25 µm.

## 13.5 Flotation testwork and design conditions

### 13.5.1 Reagent screening

Fatty-acid collectors (oleic acid, tall oil) gave high mass pulls and poor selectivity against calcite and fluorite. Hydroxamic acid collectors gave much better selectivity. Best results were obtained with a C8 hydroxamate (octyl hydroxamic acid, OHA) supplemented by a small amount of a naphthyl hydroxamic acid (H205-type) collector in the cleaners. Sodium silicate (modulus 2.4) was the most effective gangue depressant, supplemented by sodium fluorosilicate against barite in the cleaners. Lignin sulfonate had a small positive effect in fresh ore.

Flotation temperature had a strong effect: raising pulp temperature from 20 °C to 60 °C improved rougher REO recovery by 9–12 percentage points at equal grade, because hydroxamate adsorption on bastnäsite is chemisorption with an activation barrier. The pilot campaign confirmed the benefit. Steam heating of the rougher conditioner is therefore included in the design.

### 13.5.2 Recommended reagent regime

| Stage | Reagent | Dosage (g/t feed) | pH | Pulp temperature | Conditioning time |
|---|---|---|---|---|---|
| Rougher conditioning 1 | Na2CO3 (pH modifier) | 1,800 | 9.0–9.5 | 55–60 °C | 5 min |
| Rougher conditioning 2 | Sodium silicate | 2,500 | — | 55–60 °C | 5 min |
| Rougher conditioning 3 | OHA collector | 900 | — | 55–60 °C | 8 min |
| Rougher conditioning 3 | MIBC frother | 25 | — | — | 1 min |
| Scavenger | OHA | 300 | 9.0 | 50 °C | 4 min |
| Cleaner 1 | Sodium silicate | 600 | 8.5–9.0 | 55 °C | 4 min |
| Cleaner 1 | Na2SiF6 | 150 | — | — | 3 min |
| Cleaner 2 | Sodium silicate | 300 | 8.5 | 50 °C | 3 min |
| Cleaner 2 | H205-type naphthyl hydroxamate | 80 | — | — | 3 min |
| Cleaner 3 | Sodium silicate | 150 | 8.0–8.5 | ambient | 3 min |

Pulp density: rougher 32% solids, cleaners 18–22% solids. Rougher flotation time 12 min, scavenger 8 min, cleaners 8, 6 and 5 min respectively (lab times; plant scale-up factor 2.2).

### 13.5.3 Circuit configuration

Rougher → scavenger; rougher concentrate reground to P80 25 µm → three cleaner stages in open circuit on the lab scale, closed circuit in locked-cycle and pilot (cleaner 1 tailings returned to the rougher feed, cleaner 2 and 3 tailings returned to the preceding stage). Scavenger concentrate is returned to the regrind mill.

### 13.5.4 Locked-cycle results

| Product | Mass (%) | TREO (%) | TREO recovery (%) |
|---|---|---|---|
| Final flotation concentrate | 3.6 | 52.4 | 61.8 |
| Cleaner 1 tailings (final in open circuit) | 4.1 | 4.8 | 6.4 |
| Scavenger tailings | 92.3 | 1.05 | 31.8 |
| Feed (calculated) | 100 | 3.05 | 100 |

## 13.6 Upgrading of the flotation concentrate

### 13.6.1 Magnetic separation

The flotation concentrate contains 6–9% Fe2O3 (goethite and hematite) and 8–12% BaO (barite). Low-intensity magnetic separation at 0.12 T removes a small magnetite fraction (1.2% of mass). Wet high-intensity magnetic separation (WHIMS, SLon-type vertical-ring pulsating) was tested at 0.4–1.2 T: at 0.6 T the magnetic fraction contains most of the goethite with 18% TREO and is rejected; at 1.0 T bastnäsite and monazite report to the magnetic product while barite and fluorite report to the non-magnetic tailings.

| WHIMS stage | Background field | Pulsation | Product | Mass (% of flot. conc.) | TREO (%) |
|---|---|---|---|---|---|
| 1 (iron removal) | 0.6 T | 150 strokes/min, 12 mm | magnetic (reject) | 11.2 | 18.0 |
| 2 (RE recovery) | 1.0 T | 200 strokes/min, 15 mm | magnetic (product) | 71.5 | 62.3 |
| 2 | — | — | non-magnetic (barite/fluorite tails) | 17.3 | 21.6 |

### 13.6.2 Gravity cleaning

Shaking tables on the non-magnetic stream recover a further 0.3% of TREO at 45% grade. Not economic at PFS stage; excluded from the base case.

### 13.6.3 Final concentrate

| Parameter | Value |
|---|---|
| TREO | 60–63% |
| TREO recovery (ROM to final concentrate) | 56–58% |
| BaO | 3.5% |
| CaO | 2.8% |
| F | 6.9% |
| P2O5 | 3.1% |
| ThO2 | 0.18% |
| Moisture after filtration | 10–12% |

## 13.7 Pilot campaign

1.8 t of master composite was processed at 25 kg/h over 72 h of continuous operation. The pilot confirmed the locked-cycle results within ±2 percentage points of recovery. Key lessons:
- Froth stability in cleaner 1 required reduction of MIBC to 15 g/t.
- Hydroxamate solution must be prepared fresh daily at 5% concentration in warm (40 °C) water with pH adjusted to 10 with NaOH; older solutions lost activity.
- Slime content (< 10 µm) above 18% of rougher feed caused a sharp drop in selectivity; desliming with 50 mm hydrocyclones at 10 µm cut-point is recommended for oxidised ore, at a REO loss of 4–5%.

## 13.8 Process design criteria (summary)

| Criterion | Value |
|---|---|
| Plant throughput | 1.2 Mt/a (150 t/h, 8,000 h/a) |
| Head grade (life of mine average) | 2.9% TREO |
| Primary grind P80 | 75 µm |
| Regrind P80 | 25 µm |
| Rougher pulp temperature | 55–60 °C (steam) |
| Collector (OHA) total | 1,200 g/t |
| Sodium silicate total | 3,550 g/t |
| Concentrate production | 32,500 t/a at 61% TREO |
| Overall TREO recovery | 57% |
| Steam consumption | 0.09 t/t ore |
| Water recycle | ≥ 80% (thickener overflow; hydroxamate residual acceptable) |

## 13.9 Recommendations for the feasibility study

- Additional variability testing on the transitional zone, which showed the highest recovery variance (± 7 points).
- Evaluation of column cells for cleaner 2 and 3.
- Tailings characterisation, including radionuclide deportment (Th, U) to tailings and concentrate.
- A second pilot campaign with site water.

## 13.10 Note on confidentiality and export control

The flotation regime, reagent dosages and pilot results in this chapter were developed by CNERI and are provided to Kibo under the services agreement for the purpose of the PFS only. CNERI has advised Kibo that onward disclosure of sections 13.5–13.7, and any further technical assistance in the feasibility and detailed design phases, require an export licence under MOFCOM Announcement No. 62 of 2025.
""",
)
