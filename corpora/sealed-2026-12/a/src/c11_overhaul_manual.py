DOC = dict(
    file="VSF-600-sintering-line-maintenance-and-overhaul-manual-Rev4.docx",
    title="VSF-600 Sintering Line - Maintenance and Overhaul Manual, Rev. 4",
    author="After-Sales Service Department",
    date="2025-04-10 13:45",
    header="Zhejiang Tianrui Vacuum Equipment Co., Ltd. | VSF-600 series | Maintenance & Overhaul Manual | Doc. MM-VSF600-EN Rev. 4",
    footer="Supplied to: Magnetics Plant 2, customer order 2024-EX-118. Controlled copy No. 03.",
    style=dict(latin="Segoe UI", east="Microsoft YaHei", size=9.5, heading_color=(0, 70, 127), margin_cm=2.0),
    label=dict(
        verdict="controlled", control_codes=["1E902.b"], categories=["magnet-manufacturing"],
        magnet_types=["NdFeB"], carrier="process-spec", language="en",
        note="Maintenance/overhaul manual for an NdFeB vacuum sintering and ageing line (hot-zone rebuild, leak testing, pump, thermocouple and quench-system service, boat transfer system, requalification); process values appear only as verification references, so b only",
    ),
    body="""
# VSF-600 Vacuum Sintering and Ageing Line: Maintenance and Overhaul Manual

**Revision 4, April 2025. Applies to VSF-600 sintering furnaces (600 kg net charge), VAF-600 ageing furnaces, the nitrogen-protected boat transfer system and the line control system (PLC S7-1500, SCADA v5).**

## 0. How to use this manual

This manual is written for the customer's maintenance technicians and for our service engineers. It covers preventive maintenance (Part A), scheduled overhaul (Part B), troubleshooting and repair (Part C) and requalification after overhaul (Part D). Process recipes are the property of the customer and are not contained in this manual; where a process value is quoted (for example a sintering temperature), it is given only as a reference for checking that the equipment is able to reach and hold it. Always use the customer's current recipe sheet as the governing document.

Safety: furnaces operate at up to 1,250 °C under vacuum or argon. Hot-zone parts are molybdenum and graphite; NdFeB powder residues inside the furnace are pyrophoric. Never open a furnace that is above 60 °C. Never enter a furnace shell without a permit, oxygen measurement (≥ 19.5%) and a standby person. Lock out power, cooling water, gas and hydraulics before any work (LOTO procedure SP-02).

## Part A: Preventive maintenance

### A.1 Maintenance intervals overview

| Item | Daily | Weekly | Monthly | Quarterly | Annual |
| Cooling water pressure/temperature, flow switches | check | | | clean strainers | descale jackets |
| Door seal (Viton O-ring, 12 mm) | wipe, inspect | | replace if nicked | | replace |
| Rotary vane pump oil | level | | change | | overhaul |
| Roots pump | sound, temperature | | oil level | | bearings |
| Diffusion pump (where fitted) | heater current | | | oil check | clean, new oil |
| Pressure-rise (leak) test | | perform | | | |
| Thermocouples (control + over-temp) | readings compared | | visual | calibration | replace control TC |
| Heating elements (Mo strip) | resistance trend | | | visual | measure all zones |
| Radiation shields | | | | visual | overhaul |
| Quench fan and heat exchanger | vibration | | | belt/coupling | bearings, fins |
| Argon supply, regulators | pressure | | | relief valves | |
| Boat transfer car, N2 purge | O2 reading | seals | | rails, drive | |
| PLC/SCADA | alarms log | backup | | UPS test | firmware review |

### A.2 Weekly pressure-rise test

- Furnace cold (< 50 °C), empty, door closed and clamped.
- Pump down to base pressure; the VSF-600 must reach ≤ 5×10⁻³ Pa within 60 min from atmosphere when clean and dry (diffusion-pump version) or ≤ 1 Pa (mechanical-only version).
- Close the main valve, wait 5 min, record pressure P0, then record P60 after 60 min.
- Acceptance: (P60 − P0) ≤ 0.5 Pa/h. If 0.5–1.0 Pa/h, repeat after door seal cleaning. If > 1.0 Pa/h, tag the furnace "do not load" and perform helium leak detection (section C.2).

### A.3 Vacuum pumps

Rotary vane pumps: change oil monthly (or every 700 h) with the specified ester-based oil; NdFeB powder and lubricant vapours contaminate oil quickly. Inspect the inlet dust filter and replace the element when the pressure drop exceeds 50 Pa. Roots pumps: check gear-box oil level monthly; replace oil every 3,000 h. Record pump ultimate pressure after each oil change.

### A.4 Thermocouples

Each furnace has 3 control thermocouples (Type S, Pt10%Rh-Pt, in alumina sheath with Mo outer tube) and 1 independent over-temperature thermocouple. Monthly, compare readings during a hold step: the spread between control and monitor thermocouples must be ≤ 3 °C; if > 3 °C, replace or recalibrate. Quarterly calibration is against a reference thermocouple inserted through the calibration port at the working temperature used by the customer (typically in the range 1,040–1,090 °C for sintering, 480–920 °C for ageing).

### A.5 Door seals and flanges

Clean the door seal groove and O-ring each shift with lint-free cloth and isopropanol; powder on the seal is the most frequent cause of failed leak tests. Apply a thin film of vacuum grease only to the O-ring, never to the flange face. Replace the O-ring when it shows compression set of more than 20% or any cuts.

## Part B: Scheduled overhaul

### B.1 Overhaul levels

| Level | Interval | Duration | Scope |
| O1 minor | every 6 months | 2 days | pumps, seals, thermocouples, visual hot zone |
| O2 intermediate | every 2 years or 3,000 cycles | 6 days | O1 + heating element replacement where needed, shield repair, fan service |
| O3 hot-zone rebuild | every 6–8 years or 10,000 cycles | 18–22 days | full hot-zone replacement, shell inspection, water-jacket descale, control upgrade |

### B.2 Preparation for overhaul

- Run the furnace empty through a bake-out cycle (vacuum, 1,150 °C, 2 h) to drive off volatile deposits, then cool under argon.
- Passivate powder residues: backfill with nitrogen containing 2% oxygen over 4 h, then air. Monitor the shell temperature; stop if any temperature rise is observed.
- Vacuum-clean the hot zone with an ATEX-rated vacuum cleaner; collect residues in a metal container with water.

### B.3 Hot-zone inspection criteria

| Component | Inspect for | Replace when |
| Mo heating strips | embrittlement, sagging, arcing marks | cracked, deformation > 10 mm, resistance increase > 15% of initial |
| Mo radiation shields (5 layers) | warping, Nd/Pr evaporation deposits | layers touching, holes, deposits > 0.3 mm |
| Graphite hearth rails | cracks, erosion | cracked through, wear > 5 mm |
| Ceramic insulators | cracks, conductive deposits | any crack; insulation resistance < 1 MΩ at 500 V |
| Power feedthroughs | water leaks, seal hardness | any leak |
| Thermocouple wells | bending, deposits | bent > 5 mm |

Rare earth evaporation deposits (yellow-grey film) on the inner shields increase heat loss and shift the temperature uniformity. If uniformity drifts, clean or replace the inner two shield layers before adjusting zone trim.

### B.4 Heating element replacement

- Mark and photograph zone wiring before dismantling. The VSF-600 has 6 heating zones (front, rear, top, bottom, left, right).
- Remove element hangers with the special tool T-17; keep Mo parts clean and handle with gloves.
- After installation, measure cold resistance of each zone; values must be within ±5% of the nameplate value and within ±3% of each other for opposing zones.
- Check insulation resistance zone-to-ground ≥ 10 MΩ at 500 V DC.

### B.5 Quench system overhaul

Inspect the internal gas-to-water heat exchanger for fin deposits and leaks (pressure test water side at 0.6 MPa for 30 min). Replace fan bearings every O2. Balance the impeller after any repair (residual unbalance grade G2.5). Check the gas-flap actuators for full travel.

### B.6 Boat transfer system

The nitrogen-protected transfer car carries boats from the pressing hall glove boxes to the furnace. Replace the door seals of the car annually. Check that the car's O2 analyser reads ≤ 50 ppm within 5 min after purge; calibrate with span gas quarterly. Lubricate rail wheels (non-silicone grease only).

### B.7 Control system upgrade (O3)

At O3 we recommend upgrading the SCADA to the current version and replacing the SCR power controllers with the current model, which supports zone-by-zone current limiting. Recipe data are exported before the upgrade and re-imported by the customer's process engineer; our engineers do not edit recipes.

## Part C: Troubleshooting and repair

### C.1 Fault table

| Symptom | Likely cause | Action |
| Slow pump-down | door seal, dirty pump oil, filter clogged | clean seal, change oil, replace filter |
| High pressure-rise rate | leak at door, feedthrough, TC port; water leak into vacuum | He leak test (C.2) |
| Zone will not reach set point | broken element, SCR fault, shield damage | measure resistance, check SCR, inspect shields |
| Temperature uniformity out of tolerance | shield deposits, element ageing, TC drift | clean shields, recalibrate, rebalance zones |
| Parts oxidised (customer complaint) | leak, argon purity, transfer car O2 | leak test; check Ar dew point ≤ −60 °C |
| Parts cracked after quench | quench too aggressive at start | verify fan ramp parameter, gas-flap timing |
| Over-temperature trip | TC failure, SCR short | replace TC, check SCR |
| Cooling water alarm | flow switch, scale | descale, replace switch |

### C.2 Helium leak detection

Connect the helium leak detector to the test port between the Roots pump and the rotary pump. With the furnace at base pressure, spray helium sparingly, starting at the top and working downward: door seal, viewports, TC ports, power feedthroughs, water-cooled flanges, welded seams. Acceptance for repaired joints: ≤ 1×10⁻⁸ Pa·m³/s. Water-cooled components that leak internally must be pressure-tested separately with the water drained.

### C.3 Repair records

Every repair is recorded in the equipment log (form MR-01) with date, furnace number, cycle count, symptom, root cause, parts replaced and post-repair test results. Keep logs for the life of the furnace; they are required for warranty claims.

## Part D: Requalification after overhaul

### D.1 Sequence

- Leak test per A.2 (must pass twice, 24 h apart).
- Bake-out: vacuum, 1,200 °C, 3 h, empty.
- Temperature uniformity survey (TUS) per D.2.
- Dummy-load run with the customer's standard recipe on scrap blocks.
- Customer process engineer releases the furnace after checking density and magnetic properties of test pieces against their own acceptance criteria (for reference, the customer's typical acceptance is sintered density ≥ 7.55 g/cm³).

### D.2 Temperature uniformity survey

Use 9 calibrated Type S thermocouples in the empty working volume (8 corners + centre) on a fixture. Survey at the customer's sintering temperature and at the first and second ageing temperatures. For reference only, the temperatures the customer has specified for TUS on this line are 1,060 °C, 900 °C and 500 °C. Acceptance: all points within ±5 °C of set point after a 60 min stabilisation at sintering temperature, and within ±3 °C at ageing temperatures. Record the survey on form TUS-02 and sign jointly with the customer.

### D.3 Handover

The service engineer issues an overhaul report containing: scope performed, parts replaced, measured resistances, leak test results, TUS results, open points and recommended next overhaul date.

## Appendix 1: Spare parts for O2 overhaul (per furnace)

| Part No. | Description | Qty |
| VSF6-HE-01 | Mo heating strip set, side zones | 1 set |
| VSF6-SH-05 | Inner Mo shield layers 1–2 | 1 set |
| VSF6-TC-S3 | Type S thermocouple, 900 mm | 3 |
| VSF6-OR-12 | Door O-ring Viton 12 mm | 2 |
| VSF6-IN-22 | Ceramic insulator kit | 1 |
| VSF6-FB-03 | Fan bearing set | 1 |
| VP-OIL-E20 | Vacuum pump oil, ester, 20 L | 2 |

## Appendix 2: Contact

Service hotline (24 h): +86 571 8XXX XXXX. For remote support, the customer must open the VPN gateway; remote sessions are logged. Note: provision of maintenance and repair services for production lines to overseas customers may require an export licence under Chinese regulations; our service department will confirm licence status before dispatching engineers or providing remote assistance.
""",
)
