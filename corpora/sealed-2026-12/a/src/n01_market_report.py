DOC = dict(
    file="Rare-Earth-Magnet-Supply-Chain-Outlook-2026.pdf",
    title="Rare Earth Magnet Supply Chain Outlook 2026",
    author="Meridian Commodities Research",
    date="2026-01-20 07:00",
    creator="Adobe InDesign 20.0",
    producer="Adobe PDF Library 17.0",
    header="Meridian Commodities Research | Rare Earth Magnet Supply Chain Outlook 2026 | Subscriber edition",
    footer="© 2026 Meridian Commodities Research. For subscriber use only.",
    label=dict(
        verdict="clear", control_codes=[], categories=[], carrier="other", language="en", hard_negative=True,
        note="Long market report naming every supply-chain stage (mining, SX separation, electrolysis, strip casting, sintering, GBD, recycling) with capacities, prices, trade flows and policy, but no process parameters or know-how",
    ),
    body="""
# Rare Earth Magnet Supply Chain Outlook 2026

**Subscriber edition, January 2026. Lead analysts: Sarah Whitcombe, Li Jun, Tomás Ferreira.**

## Key takeaways

- Global NdFeB magnet demand grew an estimated 9.1% in 2025 to 262 kt, led by traction motors and industrial automation. We forecast 7.8% CAGR to 2032.
- China's share of mined supply fell slightly to 62%, but its share of separated oxide (88%), metal (91%) and sintered magnets (92%) remains overwhelming.
- The October 2025 MOFCOM announcements extend export controls from materials and equipment to technology across all five stages of the chain, including line assembly, commissioning and maintenance services. We expect them to slow ex-China capacity build-out by 12–24 months.
- PrNd oxide averaged USD 63/kg in 2025 (+17% y/y). We forecast USD 70–78/kg in 2026 with upside risk.
- Recycling supplies about 25–30% of Chinese magnet makers' RE input, almost entirely from manufacturing scrap; end-of-life recycling remains below 2% of demand.

## 1. The supply chain in one page

The magnet supply chain has five physical stages. Each is a distinct industry with its own economics, capital intensity and geography.

| Stage | What happens | Typical product | Capital intensity | Main locations |
| Mining and beneficiation | Ore extracted from hard-rock deposits (bastnäsite, monazite) or ion-adsorption clays; concentrated | Mineral concentrate (30–70% TREO) or mixed carbonate | Medium–high | China, USA, Australia, Myanmar, Laos, Brazil, Vietnam |
| Separation (cracking + solvent extraction) | Concentrate decomposed; individual elements separated through long cascades of extraction stages | Individual oxides (PrNd, Dy, Tb, La, Ce) | High | China (≈88%), Malaysia, Estonia, Japan |
| Metal making | Oxides reduced to metal, mostly by electrolysis in fluoride melts; heavy RE by metallothermic reduction | PrNd metal, Dy-Fe, Tb metal | Medium | China (≈91%), Vietnam, Japan |
| Alloy and magnet making | Alloy melted and strip cast; powder milled, pressed in a field, sintered; heavy RE often added by diffusion; blocks machined and coated | Sintered or bonded magnets | Medium–high | China (≈92%), Japan, Germany, Vietnam, USA |
| Recycling | Manufacturing swarf and end-of-life magnets processed back to oxide or alloy | Oxide, alloy | Low–medium | China, Japan, Europe (pilot) |

This report does not describe how these processes are carried out; readers interested in technology should consult the academic literature. Our focus is capacity, cost, trade and policy.

## 2. Demand

### 2.1 By end use

| End use (kt NdFeB) | 2023 | 2024 | 2025e | 2028f | 2032f |
| BEV/PHEV/HEV traction | 44 | 52 | 61 | 92 | 136 |
| Wind | 28 | 31 | 34 | 41 | 49 |
| Industrial motors, robotics | 35 | 38 | 43 | 55 | 74 |
| Consumer electronics | 45 | 46 | 46 | 48 | 50 |
| Two-wheelers, e-bikes | 18 | 19 | 21 | 25 | 28 |
| Air-conditioning compressors | 22 | 24 | 26 | 30 | 34 |
| Other | 26 | 28 | 31 | 36 | 42 |
| Total | 218 | 238 | 262 | 327 | 413 |

### 2.2 Intensity trends

Content per vehicle is not declining as some predicted. Although motor designers keep improving magnet utilisation, the spread of dual-motor platforms and higher-power drives in China more than offsets the gains. We assume 1.6 kg per BEV in 2025, flat through 2028. Heavy rare earth intensity is falling faster, as diffusion-processed grades replace bulk-doped grades. We estimate average Dy+Tb content in automotive magnets fell from about 4.5% in 2018 to 1.6% in 2025.

### 2.3 Humanoid robots: hype versus tonnage

Each humanoid robot may contain 2–4 kg of NdFeB in its actuators. Even 1 million units a year by 2030 would add only 3–4 kt, or about 1% of demand. We include a modest allowance in "industrial".

## 3. Supply

### 3.1 Mining

| Country | 2024 mine output (kt REO) | 2025e | Comment |
| China | 270 | 270 | Quota-controlled; 2025 quota not published |
| USA | 45 | 48 | Concentrate now largely processed domestically |
| Myanmar | 31 | 22 | Disruptions in Kachin state |
| Australia | 13 | 16 | Expansion at existing mine |
| Laos | 8 | 11 | Ion-adsorption clay projects, Chinese offtake |
| Brazil, Vietnam, India, Russia, other | 23 | 26 | |
| Total | 390 | 393 | |

Ion-adsorption clays, the main source of heavy rare earths, are concentrated in southern China, Myanmar and Laos, with exploration in Brazil, Malaysia and Uganda. Their environmental footprint, particularly groundwater contamination from leaching agents, is a growing concern for both regulators and offtakers.

### 3.2 Separation

Separation is the chokepoint. Outside China, separation capacity of consequence exists in Malaysia (one plant), Estonia (one plant), Japan (small), and the USA (ramping). Announced projects in Europe, North America, Australia and Brazil add up to about 60 kt of REO capacity by 2030 on paper; we risk-weight this to 22 kt. The constraint is less capital than experienced operators: separation cascades take months to stabilise and the know-how is held mostly by Chinese engineers, whose services are now subject to export licensing.

### 3.3 Metal and alloy

Metal making is a small-scale, labour-intensive industry in China, with several hundred cells at dozens of plants. Outside China, Vietnam hosts the largest capacity. We count about 9 kt/a of ex-China PrNd metal capacity in 2025.

### 3.4 Magnets

| Region | 2025 sintered capacity (kt) | 2025 output (kt) | Utilisation |
| China | 420 | 245 | 58% |
| Japan | 22 | 16 | 73% |
| Europe | 4 | 2 | 50% |
| Vietnam, Thailand, Philippines | 9 | 6 | 67% |
| USA | 3 | 1 | 33% |

Chinese magnet capacity far exceeds demand; the industry is consolidating around about ten large groups. Non-Chinese projects face the same know-how bottleneck as separation, plus the need to qualify with automotive customers, which takes 18–30 months.

### 3.5 Recycling

Manufacturing scrap (swarf, grinding sludge, rejects) accounts for roughly a quarter of input material at sintered magnet plants and is routinely collected and returned through a well-developed network of Chinese recyclers. End-of-life recycling is limited by collection economics: magnets are small, glued, coated and distributed through millions of products. Several European and North American start-ups are piloting hydrogen-based processing of end-of-life magnets; volumes are small.

## 4. Prices

| Product | 2023 avg | 2024 avg | 2025 avg | 2026f |
| PrNd oxide (USD/kg) | 64 | 54 | 63 | 70–78 |
| PrNd metal (USD/kg) | 79 | 67 | 78 | 86–95 |
| Dy oxide (USD/kg) | 330 | 250 | 230 | 220–260 |
| Tb oxide (USD/kg) | 1,290 | 880 | 960 | 950–1,100 |
| Ce oxide (USD/kg) | 1.0 | 0.9 | 1.0 | 1.0 |
| La oxide (USD/kg) | 0.8 | 0.6 | 0.6 | 0.6 |

Ex-China prices for PrNd oxide have decoupled from Chinese domestic prices since mid-2025, with a premium of USD 10–25/kg for non-Chinese material on long-term contracts. We expect the premium to persist.

## 5. Trade flows

China exported 58 kt of permanent magnets in 2025 (-3% y/y), of which 21% went to Germany, 12% to the USA, 11% to Korea, 8% to Vietnam and 6% to Japan. Exports of oxides and metals are much smaller and fell sharply after the April 2025 licensing of seven medium and heavy rare earths. Imports of ore and mixed carbonate into China (from Myanmar, Laos, USA, Malaysia) remained significant.

## 6. Policy

### 6.1 China

The October 2025 announcements (MOFCOM Nos. 61 and 62) represent a step change:
- Technology: exports of technology for mining, separation, metal smelting, magnet manufacturing and secondary-resource recycling, and for assembling, commissioning, maintaining, repairing and upgrading the related production lines, require a licence. The definition of export is broad and includes provision to foreign persons in China, consulting, training and employment.
- Extraterritorial elements: certain foreign-made items containing Chinese-origin rare earth materials above a 0.1% value threshold, or produced using Chinese rare earth technology, require a Chinese licence for re-export.
- Exclusions apply to technology in the public domain, basic scientific research and what is necessary for ordinary patent applications.

For companies outside China, the practical consequence is that hiring Chinese engineers, buying turnkey lines or commissioning services from Chinese vendors, and licensing Chinese process know-how all require the Chinese counterpart to obtain a licence.

### 6.2 USA, EU, Japan

The US has expanded Defense Production Act funding and tariffs on Chinese magnets; the EU Critical Raw Materials Act sets a 40% domestic processing benchmark for 2030; Japan continues JOGMEC-backed offtakes and stockpiling.

## 7. Company profiles (selection)

| Company | Country | Stages | 2025 notes |
| Company A | China | Mining to magnets | Largest integrated group; quota holder |
| Company B | Australia/Malaysia | Mining, separation | Heavy RE separation expansion |
| Company C | USA | Mining, separation, metal, magnets | Magnet plant ramp-up |
| Company D | Estonia/Canada | Separation, metal, magnets | European magnet plant under construction |
| Company E | Japan | Magnets | Heavy-RE-free grades for EV |
| Company F | Vietnam | Metal, alloy | Largest ex-China metal producer |

## 8. Outlook and scenarios

| Scenario | Probability | PrNd oxide 2028 (USD/kg) | Ex-China magnet share 2030 |
| Managed licensing (licences granted with delays) | 55% | 80 | 15% |
| Tight licensing (few technology licences) | 30% | 105 | 10% |
| Relaxation | 15% | 70 | 18% |

## Methodology and disclaimer

Estimates are based on company reports, customs data, interviews and Meridian's supply-demand model. This report is for information purposes only and does not constitute investment advice.
""",
)
