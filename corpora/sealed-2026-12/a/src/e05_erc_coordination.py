DOC = dict(
    file="LANTHASOLV-research-proposal-part-B2.md",
    title="LANTHASOLV Part B2",
    author="Dr. Ingrid Solberg",
    date="2025-10-14 18:00",
    label=dict(
        verdict="excluded", control_codes=["1E902.a"], categories=["separation"],
        carrier="other", exclusion="basic-research", language="en",
        note="University research grant proposal on the coordination chemistry, aggregation and thermodynamics of lanthanide complexes with organophosphorus extractants (EXAFS, SAXS, DFT, calorimetry); fundamental research with no plant parameters, so basic-research exclusion",
    ),
    body="""
# LANTHASOLV: Supramolecular origins of lanthanide selectivity in organophosphorus solvent extraction

> Research proposal, Part B2 (scientific proposal). Principal Investigator: Dr. Ingrid Solberg, Department of Chemistry, University of Trondheim (host institution). Duration: 60 months. Requested budget: EUR 1,498,750. Call: Consolidator Grant 2026, panel PE5 (Synthetic Chemistry and Materials).

## Section a. State of the art and objectives

### a.1 The problem: why does a 0.1 Å change in ionic radius give a separation factor of 1.5?

The fifteen lanthanides differ by less than 0.2 Å in ionic radius across the whole series, and adjacent elements by 0.01–0.02 Å. Yet liquid–liquid extraction with dialkylphosphoric and phosphonic acids, such as di(2-ethylhexyl)phosphoric acid (HDEHP) and 2-ethylhexyl phosphonic acid mono-2-ethylhexyl ester (HEH[EHP]), achieves separation factors between adjacent lanthanides of 1.5 to 3 — enough to make separation possible in principle, but only through many equilibrium stages. Why the selectivity is as large as it is, and why it is not larger, remains poorly understood at the molecular level.

The textbook explanation invokes the increasing charge density of the smaller, heavier lanthanide cations, which favours complexation by the hard phosphoryl oxygen donors. This single-ion picture, however, cannot explain several well-documented observations: the irregular "tetrad" pattern of distribution ratios across the series; the strong dependence of selectivity on the diluent (aliphatic versus aromatic); the non-integer slopes of log D versus log [extractant] plots; and the changes of selectivity with metal loading of the organic phase.

A growing body of evidence, much of it from the nuclear-separations community, suggests that the organic phase is not a solution of discrete complexes but a nanostructured fluid in which extractant molecules form reverse-micelle-like aggregates, and that the free energy of extraction contains significant contributions from the organisation of the organic phase beyond the first coordination sphere. The contribution of these supramolecular effects to lanthanide selectivity has never been quantified.

### a.2 Objectives

LANTHASOLV will establish a quantitative, molecular-level understanding of lanthanide selectivity in organophosphorus extraction by pursuing four objectives:

- O1. Determine the first- and second-sphere coordination of La, Nd, Eu, Dy, Er and Lu complexes with HDEHP, HEH[EHP] and bis(2,4,4-trimethylpentyl)phosphinic acid in model diluents, as a function of loading and water content.
- O2. Characterise the mesoscale structure (aggregation number, aggregate shape, inter-aggregate interactions) of the loaded organic phases.
- O3. Decompose the free energy of extraction into enthalpic and entropic contributions for each lanthanide and relate them to O1 and O2.
- O4. Build and validate a multiscale model (DFT → classical MD → thermodynamic model) that predicts relative distribution ratios across the series from first principles.

The project is fundamental. It will not develop or optimise an industrial separation process, and it will not produce process designs, stage calculations or plant operating data.

## Section b. Methodology

### b.1 Work package 1: coordination structure (months 1–36)

Organic phases will be prepared by contacting extractant solutions (0.1–1.0 mol/L in n-dodecane, toluene and 1-octanol-modified dodecane) with aqueous lanthanide nitrate or chloride solutions at controlled ionic strength, followed by phase separation and analysis. Techniques:

- Extended X-ray absorption fine structure (EXAFS) at the Ln L3 edge at a European synchrotron (beam time proposals planned for each year), giving Ln–O and Ln–P distances and coordination numbers.
- Time-resolved laser-induced fluorescence spectroscopy (TRLFS) of Eu(III) and Tb(III) to count inner-sphere water molecules and detect multiple species.
- 31P and 1H NMR, including diffusion-ordered spectroscopy (DOSY), to characterise exchange and aggregation.
- Single-crystal X-ray diffraction of isolated complexes where crystallisation is possible.

### b.2 Work package 2: mesoscale structure (months 6–42)

Small-angle X-ray and neutron scattering (SAXS/SANS) with contrast variation (deuterated diluents) will determine aggregate size and shape. Water content will be measured by Karl Fischer titration. We will use an Ornstein–Zernike-based analysis and compare with simulation to extract effective inter-aggregate potentials.

### b.3 Work package 3: thermodynamics (months 12–48)

Isothermal titration calorimetry (ITC) in biphasic mode, together with the temperature dependence of distribution ratios (van 't Hoff analysis, 15–55 °C), will give ΔH and TΔS of extraction for six lanthanides. We will test the hypothesis that the entropy term, associated with water release and aggregate reorganisation, is responsible for the tetrad irregularities.

### b.4 Work package 4: multiscale modelling (months 1–60)

- DFT (relativistic, with 4f-in-core and explicit 4f calculations for benchmarking) on clusters of Ln(III) with 3–6 extractant molecules and explicit water.
- Polarisable classical molecular dynamics of full organic phases (10⁵–10⁶ atoms), with force fields parameterised on DFT and validated against EXAFS and SAXS from WP1–2.
- A statistical-thermodynamic model linking the free energy of aggregate formation to distribution ratios.

### b.5 Risk assessment

| Risk | Likelihood | Mitigation |
|---|---|---|
| Insufficient synchrotron beam time | medium | apply at two facilities; laboratory XAS as backup |
| Complexes do not crystallise | high | not critical; EXAFS and DFT sufficient |
| Force fields fail to reproduce aggregation | medium | polarisable models; machine-learned potentials as fallback |

## Section c. Team and resources

The team will consist of the PI (50% of time), two postdoctoral researchers (spectroscopy; simulation), three PhD students and a part-time technician. The PI's group has access to a 600 MHz NMR, TRLFS set-up, ITC, a SAXS instrument and the national supercomputer.

### c.1 Budget summary

| Category | EUR |
|---|---|
| Personnel | 1,082,000 |
| Travel (synchrotron, neutron facilities, conferences) | 64,000 |
| Equipment (ITC upgrade, glovebox) | 118,000 |
| Consumables (deuterated solvents, isotopes, chemicals) | 72,000 |
| Open-access publication, data management | 18,000 |
| Indirect costs (25% flat rate on eligible direct costs, excl. subcontracting) | 144,750 |
| Total | 1,498,750 |

## Section d. Impact and open science

All results will be published open access and all structural, scattering and simulation data will be deposited in public repositories (FAIR principles) within 12 months of generation. The new understanding may in the long term inform the design of more selective extractants, but developing or scaling such extractants, and any application to industrial separation, lies outside this project.

## References (selection)

1. Nash K.L., Jensen M.P., Analytical-scale studies of the aggregation of organophosphorus extractants. Sep. Sci. Technol. (2001).
2. Ellis R.J., Antonio M.R., Coordination structures and supramolecular architectures in a cerium(III)–malonamide solvent extraction system. Langmuir (2012).
3. Zemb T., Duvail M., Dufrêche J.-F., Reverse aggregates as adaptive self-assembled systems for selective liquid–liquid cation extraction. Isr. J. Chem. (2013).
4. Peppard D.F., Mason G.W., Driscoll W.J., Sironen R.J., Acidic esters of orthophosphoric acid as selective extractants for metallic cations. J. Inorg. Nucl. Chem. (1958).
""",
)
