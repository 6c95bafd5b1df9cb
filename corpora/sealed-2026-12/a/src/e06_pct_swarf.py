DOC = dict(
    file="PCT-CN2025-098741-application-as-filed.pdf",
    title="PCT/CN2025/098741 - Method for recovering rare earth elements from sintered magnet grinding sludge",
    author="Sino-IP Partners",
    date="2025-07-30 14:20",
    creator="Microsoft Word",
    producer="Microsoft: Print To PDF",
    header="PCT/CN2025/098741　　International application as filed　　Applicant: Xiangtan Xintai Rare Earth Recycling Co., Ltd.",
    footer="Attorney docket SIP-25-PCT-0331",
    label=dict(
        verdict="excluded", control_codes=["1E902.a"], categories=["recycling"],
        carrier="other", exclusion="patent-filing", language="en",
        note="PCT international application as filed (request data, description, examples, claims, abstract) plus attorney transmittal, on recovering RE from NdFeB grinding sludge by low-temperature oxidation and selective leaching; would be 1E902.a recycling but is a patent filing",
    ),
    body="""
# International Patent Application PCT/CN2025/098741

**METHOD FOR RECOVERING RARE EARTH ELEMENTS FROM SINTERED MAGNET GRINDING SLUDGE WITH LOW IRON DISSOLUTION**

| Field | Content |
| International application No. | PCT/CN2025/098741 |
| International filing date | 28 July 2025 |
| Priority | CN 202410XXXXXX.X, filed 2 August 2024 |
| Receiving Office | China National Intellectual Property Administration (RO/CN) |
| Applicant | Xiangtan Xintai Rare Earth Recycling Co., Ltd., Xiangtan, Hunan 411100, China |
| Inventors | CHEN Jianguo; LIU Wenjing; TAN Hao |
| Agent | Sino-IP Partners, Beijing |
| IPC (proposed) | C22B 59/00; C22B 7/00; C22B 1/02; C22B 3/10 |

## Transmittal note from the agent to the applicant

Dear Mr Chen, enclosed please find the international application as filed on 28 July 2025 with the receiving office, together with the filing receipt. The international search report is expected within about 9 months from the priority date. Please note the 30-month deadline (2 February 2027) for entry into national phases; we recommend deciding on the target countries (you mentioned EP, US, JP, KR and VN) by June 2026. Please do not publish the content of the application before international publication (expected at 18 months from priority, around February 2026) unless you consult us first. Kind regards, Sino-IP Partners.

## DESCRIPTION

### Technical field

[0001] The present invention relates to the field of secondary resource recycling, and in particular to a method for recovering rare earth elements from grinding sludge generated during the machining of sintered NdFeB magnets.

### Background art

[0002] Machining of sintered NdFeB blocks into finished magnets (slicing, grinding, chamfering) generates 20–30% of the input material as swarf and sludge. The sludge contains 25–35 wt% rare earth elements (mainly Nd, Pr, and in high-coercivity grades Dy and Tb), 55–65 wt% iron, plus coolant oil, water, abrasive particles and small amounts of B, Co, Cu, Al and Ga.

[0003] A common industrial method comprises oxidising roasting of the sludge at 700–900 °C to convert iron to Fe2O3, followed by leaching with hydrochloric acid at controlled pH so that rare earth oxides dissolve preferentially while hematite remains largely undissolved. However, high-temperature roasting forms a certain amount of rare earth orthoferrite (REFeO3), which dissolves slowly and reduces rare earth recovery, and the process consumes considerable energy.

[0004] Other known methods dissolve the sludge completely in acid and then remove iron by oxidation and precipitation, which consumes large amounts of acid and produces large quantities of iron hydroxide residue containing entrained rare earths.

### Summary of the invention

[0005] The object of the invention is to provide a method that achieves high rare earth recovery with low iron dissolution, low energy consumption and no formation of REFeO3.

[0006] The inventors found that when the de-oiled sludge is oxidised at a lower temperature in a humidified atmosphere, the rare earth phases are converted to rare earth hydroxide/oxycarbonate while iron is converted to maghemite/hematite, and that the subsequent leaching at a staged pH allows selective dissolution of rare earths.

[0007] The method comprises the steps of:
(a) de-oiling the sludge by washing with an aqueous surfactant solution and drying;
(b) oxidising the de-oiled sludge at 300–450 °C in an air atmosphere containing 5–20 vol% water vapour for 2–6 hours;
(c) leaching the oxidised product with hydrochloric acid in two stages, the first stage at pH 3.0–3.5 and the second stage at pH 1.5–2.0, at 60–90 °C;
(d) separating the leach liquor from the iron-rich residue; and
(e) precipitating rare earths from the leach liquor as oxalates and calcining to oxides.

### Detailed description of embodiments

[0008] Example 1. 1,000 g of grinding sludge (dry basis: RE 31.2 wt% of which Nd 22.6, Pr 7.1, Dy 1.5; Fe 60.8 wt%) was washed three times with a 2 wt% solution of sodium dodecyl sulfate at 50 °C, liquid-to-solid ratio 5:1, and dried at 105 °C. The de-oiled sludge was oxidised in a tube furnace at 400 °C for 4 hours in air containing 10 vol% water vapour, flow rate 2 L/min. The oxidised product was slurried in water at a liquid-to-solid ratio of 4:1, heated to 80 °C, and 6 mol/L hydrochloric acid was added to maintain pH 3.2 for 1 hour (first stage), then further acid was added to maintain pH 1.8 for 2 hours (second stage). After filtration, the leach liquor contained 68.4 g/L REO and 0.41 g/L Fe. Rare earth leaching efficiency was 98.6% and iron leaching 0.7%. Oxalic acid was added at a mass ratio of 1.7:1 to REO at 60 °C; the precipitate was calcined at 900 °C for 2 hours, giving a mixed rare earth oxide with a purity of 99.2% TREO.

[0009] Examples 2–5 and Comparative Examples 1–2 are summarised below.

| Example | Oxidation temp. / time / H2O | Leach pH (stage 1 / 2) | Temp. | RE leaching | Fe leaching | REFeO3 in residue |
| 2 | 350 °C / 6 h / 15 vol% | 3.5 / 2.0 | 70 °C | 97.9% | 0.5% | n.d. |
| 3 | 450 °C / 2 h / 5 vol% | 3.0 / 1.5 | 90 °C | 98.8% | 1.2% | n.d. |
| 4 | 400 °C / 4 h / 10 vol% | single stage pH 1.8 | 80 °C | 98.1% | 2.9% | n.d. |
| 5 | 400 °C / 4 h / 0 vol% (dry air) | 3.2 / 1.8 | 80 °C | 93.4% | 0.8% | n.d. |
| Comp. 1 | 800 °C / 3 h / dry air | 1.5 (single) | 85 °C | 94.7% | 1.5% | detected |
| Comp. 2 | no oxidation | 1.0 (single) | 85 °C | 99.1% | 88.0% | — |

[0010] The results show that low-temperature humid oxidation combined with two-stage leaching gives high rare earth recovery with very low iron dissolution and avoids REFeO3.

## CLAIMS

1. A method for recovering rare earth elements from sintered NdFeB magnet grinding sludge, comprising: (a) de-oiling the sludge; (b) oxidising the de-oiled sludge at a temperature of 300 °C to 450 °C in an atmosphere containing oxygen and 5 vol% to 20 vol% water vapour for 2 to 6 hours; (c) leaching the oxidised product with hydrochloric acid in a first stage at pH 3.0 to 3.5 and a second stage at pH 1.5 to 2.0 at a temperature of 60 °C to 90 °C; (d) separating a leach liquor from an iron-rich residue; and (e) recovering rare earth elements from the leach liquor.

2. The method according to claim 1, wherein de-oiling comprises washing with an aqueous anionic surfactant solution at 40 °C to 60 °C.

3. The method according to claim 1 or 2, wherein the oxidation is carried out at 380 °C to 420 °C for 3 to 5 hours with 8 vol% to 12 vol% water vapour.

4. The method according to any one of claims 1 to 3, wherein the liquid-to-solid ratio in step (c) is 3:1 to 5:1.

5. The method according to any one of claims 1 to 4, wherein in step (e) the rare earth elements are precipitated with oxalic acid and calcined at 850 °C to 950 °C.

6. The method according to any one of claims 1 to 5, wherein the iron leaching efficiency is below 1.5%.

## ABSTRACT

A method for recovering rare earth elements from sintered NdFeB grinding sludge comprises de-oiling, oxidising at 300–450 °C in humid air, two-stage hydrochloric acid leaching at pH 3.0–3.5 and then 1.5–2.0, solid–liquid separation and recovery of rare earths from the leach liquor. The method achieves rare earth leaching above 98% with iron leaching below 1.5% and avoids formation of rare earth orthoferrite.
""",
)
