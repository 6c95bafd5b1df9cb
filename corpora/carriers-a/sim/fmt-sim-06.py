"""Strip casting (SC) solidification model - 1-D explicit finite difference.

Deck for furnace SC-600 line 2, alloy family 50H. Computes flake thickness and the cooling rate
at the wheel side and free side so that wheel speed / pour temperature can be chosen to keep
the free-side cooling rate above the alpha-Fe limit and the flake in the 0.25-0.35 mm window.

Author: A. Zhou, melting section. 2025-02-07. Reviewed: process eng.
"""

from dataclasses import dataclass

import numpy as np

# alloy 50H-SC (wt%): PrNd 29.8, Dy 0.5, B 0.96, Co 0.9, Cu 0.14, Al 0.25, Ga 0.18, Zr 0.10,
# Fe balance
ALLOY = {
    "PrNd": 29.8, "Dy": 0.5, "B": 0.96, "Co": 0.9, "Cu": 0.14, "Al": 0.25, "Ga": 0.18, "Zr": 0.10,
}


@dataclass
class Deck:
    t_pour_c: float = 1450.0  # tundish exit temperature
    t_liquidus_c: float = 1265.0
    t_solidus_c: float = 1150.0
    wheel_speed_m_s: float = 1.30  # Cu-Be wheel, dia 600 mm, water 18 C in / 24 C out
    puddle_len_mm: float = 30.0
    h_contact_w_m2k: float = 1.6e5  # interface heat-transfer coefficient, fitted to run SC-25-031
    rho: float = 7400.0
    cp: float = 620.0
    k_solid: float = 9.0
    latent_j_kg: float = 2.6e5
    target_thickness_mm: float = 0.28
    min_free_side_rate_k_s: float = 1.0e3  # below this alpha-Fe dendrites appear


def contact_time(deck: Deck) -> float:
    return deck.puddle_len_mm / 1000.0 / deck.wheel_speed_m_s


def solidify(deck: Deck, nx: int = 60) -> tuple[float, float]:
    """Return (solid thickness in mm at puddle exit, free-side cooling rate in K/s)."""
    dx = 0.5e-3 / nx
    alpha = deck.k_solid / (deck.rho * deck.cp)
    dt = 0.2 * dx * dx / alpha
    temp = np.full(nx, deck.t_pour_c)
    t_end = contact_time(deck)
    cp_eff = deck.cp + deck.latent_j_kg / (deck.t_liquidus_c - deck.t_solidus_c)
    t = 0.0
    while t < t_end:
        q = deck.h_contact_w_m2k * (temp[0] - 25.0)
        new = temp.copy()
        mushy = (temp < deck.t_liquidus_c) & (temp > deck.t_solidus_c)
        c = np.where(mushy, cp_eff, deck.cp)
        lap = (temp[2:] - 2 * temp[1:-1] + temp[:-2]) / dx**2
        new[1:-1] += dt * deck.k_solid / (deck.rho * c[1:-1]) * lap
        new[0] -= dt * q / (deck.rho * c[0] * dx)
        temp = new
        t += dt
    solid = np.count_nonzero(temp < deck.t_solidus_c) * dx * 1000.0
    rate = (deck.t_pour_c - temp[-1]) / t_end
    return solid, rate


if __name__ == "__main__":
    for v in (1.1, 1.2, 1.3, 1.4, 1.5):
        d = Deck(wheel_speed_m_s=v)
        s, r = solidify(d)
        flag = "ok" if 0.25 <= s <= 0.35 and r >= d.min_free_side_rate_k_s else "check"
        print(f"v={v:.1f} m/s  flake={s:.3f} mm  free-side rate={r:.0f} K/s  {flag}")

