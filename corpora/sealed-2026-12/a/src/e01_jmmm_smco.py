DOC = dict(
    file="1-s2.0-S0304885324002034-main.pdf",
    title="Effect of slow-cooling rate on cell structure and coercivity of Fe-rich Sm(Co,Fe,Cu,Zr)z sintered magnets",
    author="Liu Yanan; Hartmann K.; Zhao Peng; Ito Masaru",
    date="2024-03-22 08:00",
    creator="Elsevier",
    producer="Acrobat Distiller 21.0 (Windows)",
    header="Journal of Magnetism and Magnetic Materials 598 (2024) 172034",
    footer="https://doi.org/10.1016/j.jmmm.2024.172034 · 0304-8853/© 2024 Elsevier B.V. All rights reserved.",
    label=dict(
        verdict="excluded", control_codes=["1E902.a"], categories=["magnet-manufacturing"],
        magnet_types=["SmCo"], carrier="other", exclusion="public-domain", language="en",
        note="Published journal article (journal, volume, DOI, received/accepted dates, copyright line) giving Sm2Co17 composition and sintering/solution/ageing/slow-cooling parameters; would be 1E902.a but is public domain",
    ),
    body="""
# Effect of slow-cooling rate on cell structure and coercivity of Fe-rich Sm(Co,Fe,Cu,Zr)z sintered magnets

Yanan Liu a, Katrin Hartmann b, Peng Zhao a,*, Masaru Ito c

>> a School of Materials Science and Engineering, Central South Polytechnic University, Changsha 410083, China; b Institute for Materials Science, Technische Universität Darmstadt, 64287 Darmstadt, Germany; c Department of Materials Physics, Tohoku Institute of Technology, Sendai 980-8577, Japan. * Corresponding author. E-mail address: zhaopeng@csp-univ.example.edu.cn (P. Zhao).

>> Article history: Received 14 November 2023; Received in revised form 29 January 2024; Accepted 18 March 2024; Available online 22 March 2024.

**Keywords: Sm2Co17-type magnets; Cellular structure; Slow cooling; Cu segregation; Coercivity**

## Abstract

Fe-rich Sm(CobalFe0.25Cu0.06Zr0.022)7.6 sintered magnets were aged at 830 °C for 12 h and subsequently slow-cooled to 400 °C at rates between 0.3 and 2.0 °C/min. The intrinsic coercivity increased from 14.8 kOe (2.0 °C/min) to 31.6 kOe (0.5 °C/min) and then decreased slightly to 29.9 kOe at 0.3 °C/min, while the remanence remained nearly constant at 11.6–11.7 kG. Transmission electron microscopy and atom probe tomography show that the cell size (about 95 nm) is established during isothermal ageing and is not changed by slow cooling, whereas the Cu concentration in the 1:5H cell boundary phase rises from 17 at.% to 33 at.% as the cooling rate decreases. The domain-wall energy difference between cell interior and cell boundary, estimated from the Cu gradient, accounts for the coercivity change. A cooling rate of about 0.5–0.7 °C/min is sufficient to obtain near-saturation of the Cu enrichment in Fe-rich compositions.

## 1. Introduction

Sm2Co17-type permanent magnets combine high Curie temperature (above 800 °C) with low temperature coefficients of remanence and coercivity, which makes them the material of choice for applications above 200 °C, such as aerospace actuators, high-speed motors and travelling-wave tubes [1–3]. Their coercivity originates from domain-wall pinning at a cellular nanostructure consisting of rhombohedral 2:17R cells, hexagonal 1:5H cell boundaries enriched in Cu and Sm, and Zr-rich lamellae (the "Z-phase") running perpendicular to the c-axis [4–6].

To increase the remanence and energy product, the Fe content has been raised from about 15 wt% in classical grades to 20–25 wt% in recent high-energy magnets [7,8]. Fe-rich magnets, however, are more difficult to process: their coercivity is more sensitive to the heat-treatment history and frequently shows a "kink" in the demagnetisation curve [9,10]. Several authors have reported that the slow-cooling step following isothermal ageing is critical [11–13], but the relative contributions of cell-structure coarsening and of element redistribution during cooling remain debated.

In this work, we vary the slow-cooling rate systematically for a single Fe-rich composition while keeping all other processing steps identical, and correlate magnetic properties with quantitative microstructural data from TEM and atom probe tomography (APT).

## 2. Experimental

Alloy ingots with the nominal composition Sm(CobalFe0.25Cu0.06Zr0.022)7.6 (Sm 25.1, Fe 19.8, Cu 5.4, Zr 2.8, Co balance, wt%) were prepared by induction melting under argon using 99.9% pure elements; 1.2 wt% excess Sm was added to compensate for evaporation losses. The ingots were homogenised at 1,150 °C for 10 h, crushed and jet-milled in nitrogen to an average particle size of 3.8 µm (Fisher sub-sieve sizer). The powders were aligned in a field of 2 T, pressed at 150 MPa perpendicular to the field and isostatically pressed at 200 MPa.

Green compacts were sintered at 1,215 °C for 30 min and solution-treated at 1,180 °C for 4 h in argon, followed by rapid gas quenching (cooling rate about 80 °C/min to below 500 °C). Isothermal ageing was performed at 830 °C for 12 h, followed by controlled slow cooling to 400 °C at 0.3, 0.5, 0.7, 1.0, 1.5 or 2.0 °C/min, holding at 400 °C for 10 h and quenching. Temperature was controlled with a calibrated type-K thermocouple placed next to the samples (accuracy ±2 °C). Densities of all samples were above 8.30 g/cm³.

Magnetic properties were measured at room temperature with a hysteresisgraph after magnetisation in a pulsed field of 7 T. TEM lamellae were prepared by focused ion beam lift-out and examined in a 200 kV FEG-TEM. APT specimens were analysed in a local-electrode atom probe at 50 K in laser mode (pulse energy 40 pJ). The Cu concentration in cell boundaries was determined from proximity histograms across 20 cell boundaries per condition.

## 3. Results

### 3.1 Magnetic properties

| Cooling rate (°C/min) | Br (kG) | HcJ (kOe) | (BH)max (MGOe) | Hk/HcJ |
| 2.0 | 11.71 | 14.8 | 31.2 | 0.42 |
| 1.5 | 11.70 | 19.6 | 31.9 | 0.51 |
| 1.0 | 11.68 | 25.3 | 32.4 | 0.60 |
| 0.7 | 11.66 | 30.2 | 32.6 | 0.66 |
| 0.5 | 11.64 | 31.6 | 32.5 | 0.67 |
| 0.3 | 11.62 | 29.9 | 32.2 | 0.65 |

Table 1. Room-temperature magnetic properties as a function of slow-cooling rate after ageing at 830 °C for 12 h.

The remanence decreases only marginally with decreasing cooling rate, whereas the coercivity doubles between 2.0 and 0.5 °C/min. The squareness ratio Hk/HcJ follows the coercivity trend, indicating that the distribution of pinning fields becomes narrower as the cooling rate decreases. The slight drop in coercivity at 0.3 °C/min is reproducible (three samples) and is discussed in Section 4.2.

### 3.2 Cell structure

Bright-field TEM images viewed along [11-20] show a well-developed cellular structure in all samples. The mean cell diameter is 94 ± 8 nm for 2.0 °C/min and 97 ± 9 nm for 0.5 °C/min, i.e. within the statistical error. The cell-boundary thickness is 6–8 nm in all samples. The Z-phase lamellae have a spacing of 18–22 nm, again independent of cooling rate. These observations confirm that the cell structure is fixed during isothermal ageing at 830 °C.

### 3.3 Element distribution

APT proximity histograms reveal a strong dependence of Cu partitioning on cooling rate. At 2.0 °C/min, the maximum Cu concentration in the cell boundaries is 17.2 ± 1.8 at.%, increasing to 26.5 ± 2.1 at.% at 1.0 °C/min and to 33.1 ± 2.4 at.% at 0.5 °C/min. At 0.3 °C/min the Cu concentration is 33.8 ± 2.6 at.%, but the cell boundaries show local Cu depletion at triple junctions, where Cu-rich precipitates of about 5 nm were detected. Fe is rejected from the cell boundaries into the cell interiors during cooling, its concentration in the cell boundaries falling from 12 at.% to 7 at.%.

## 4. Discussion

### 4.1 Origin of the coercivity increase

Assuming repulsive pinning at the 1:5H cell boundaries, the coercivity scales with the difference in domain-wall energy between cell and cell boundary, Δγ. Using composition-dependent anisotropy constants for Sm(Co,Cu)5 from the literature [14,15], the measured Cu concentrations give Δγ values that increase by a factor of 2.1 between 2.0 and 0.5 °C/min, in good agreement with the coercivity ratio of 2.1. The Fe rejection from the cell boundaries reinforces this effect because Fe raises the anisotropy of the 1:5 phase less than it raises that of the 2:17 phase.

### 4.2 Over-cooling

The slight reduction in coercivity at 0.3 °C/min is attributed to the precipitation of Cu-rich particles at triple junctions, which locally reduces the Cu concentration in adjacent cell boundaries and creates weak pinning sites. This is consistent with the small decrease in squareness.

### 4.3 Practical implications

For Fe-rich compositions, the coercivity is controlled by the cooling rate between the ageing temperature and about 400 °C rather than by the duration of isothermal ageing. Industrial furnaces with limited cooling control may therefore produce scatter in HcJ within a charge. A cooling rate of 0.5–0.7 °C/min appears optimal for the present composition.

## 5. Conclusions

- The cell size of Fe-rich Sm(Co,Fe,Cu,Zr)7.6 magnets is set during isothermal ageing and is not affected by subsequent slow cooling between 0.3 and 2.0 °C/min.
- Slow cooling controls the Cu enrichment of the 1:5H cell boundaries, which rises from 17 to 33 at.%.
- HcJ increases from 14.8 to 31.6 kOe as the cooling rate decreases from 2.0 to 0.5 °C/min; further reduction to 0.3 °C/min slightly lowers HcJ due to Cu-rich precipitation at triple junctions.
- A cooling rate of 0.5–0.7 °C/min is recommended for Fe-rich compositions.

## CRediT authorship contribution statement

Yanan Liu: Investigation, Writing – original draft. Katrin Hartmann: APT analysis. Peng Zhao: Conceptualization, Supervision, Writing – review & editing. Masaru Ito: TEM, Discussion.

## Declaration of competing interest

The authors declare that they have no known competing financial interests or personal relationships that could have appeared to influence the work reported in this paper.

## Acknowledgements

This work was supported by the National Natural Science Foundation of China (Grant No. 5217XXXX) and the Deutsche Forschungsgemeinschaft (DFG, project-ID 4056XXXX).

## References

[1] J.F. Liu, M.H. Walmer, Sm-Co high-temperature permanent magnet materials, in: Handbook of Advanced Magnetic Materials, Springer, 2006, pp. 1–32.
[2] O. Gutfleisch, M.A. Willard, E. Brück, C.H. Chen, S.G. Sankar, J.P. Liu, Magnetic materials and devices for the 21st century, Adv. Mater. 23 (2011) 821–842.
[3] K. Kumar, RETM5 and RE2TM17 permanent magnets development, J. Appl. Phys. 63 (1988) R13–R57.
[4] J. Fidler, P. Skalicky, F. Rothwarf, High resolution electron microscope study of Sm(Co,Fe,Cu,Zr)7.5 magnets, IEEE Trans. Magn. 19 (1983) 2041–2043.
[5] Y. Zhang, W. Tang, G.C. Hadjipanayis, et al., Evolution of microstructure, microchemistry and coercivity in 2:17 type Sm-Co magnets with heat treatment, IEEE Trans. Magn. 37 (2001) 2525–2527.
[6] X.Y. Xiong, T. Ohkubo, T. Koyama, K. Ohashi, Y. Tawara, K. Hono, The microstructure of sintered Sm(Co0.72Fe0.20Cu0.055Zr0.025)7.5 permanent magnet studied by atom probe, Acta Mater. 52 (2004) 737–748.
[7] H. Sepehri-Amin, J. Thielsch, J. Fischbacher, et al., Correlation of microchemistry of cell boundary phase and interface structure to the coercivity of Sm(Co0.784Fe0.100Cu0.088Zr0.028)7.19 sintered magnets, Acta Mater. 126 (2017) 1–10.
[8] (further references omitted in this copy)

>> © 2024 Elsevier B.V. All rights reserved. Journal of Magnetism and Magnetic Materials 598 (2024) 172034.
""",
)
