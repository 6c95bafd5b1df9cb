"""blackmass_leach.py - kinetic model of H2SO4/H2O2 leaching of LIB black mass (NCM523/LFP mix).
Pilot line PL-2, author: S. Okafor, 2024-10-30. Shrinking-core, chemical-reaction control.
"""
import math

K0 = {"Li": 2.1e3, "Ni": 6.4e2, "Co": 5.9e2, "Mn": 7.7e2}   # 1/min pre-exponential
EA = {"Li": 32.0e3, "Ni": 41.5e3, "Co": 43.0e3, "Mn": 39.0e3}  # J/mol
R = 8.314

def conversion(metal, T_c, t_min, h2so4=2.0, h2o2_vol=4.0):
    k = K0[metal] * math.exp(-EA[metal] / (R * (T_c + 273.15))) * (h2so4 / 2.0) ** 0.7 * (h2o2_vol / 4.0) ** 0.3
    x = 1 - max(0.0, 1 - k * t_min) ** 3
    return min(x, 1.0)

if __name__ == "__main__":
    for T in (60, 70, 80):
        print(T, {m: round(conversion(m, T, 90), 3) for m in K0})
    # S/L 100 g/L, target Li > 98 %, Ni/Co > 97 % at 80 C, 90 min; then Cyanex 272 / P507 Co-Mn separation downstream
