"""Phase equilibria of R-Fe-B (R = Nd, Ce): isopleths for the thermodynamic re-assessment.

NSFC Young Scientists Fund 52501187 (fundamental research), "Phase equilibria and liquid
structure in R-Fe-B ternaries (R = Nd, Pr, Ce)", School of Materials Science, Donghai University.
Work package 2: compare the re-assessed database with DTA data from the literature and our own
key alloys. Results go to the annual report and the planned paper; no process work is involved.

Run: python isopleth_rfeb.py   (Thermo-Calc 2025a, TC-Python)   -- Y. Fang, PhD student
"""

from tc_python import TCPython, ThermodynamicQuantity

DATABASE = "RFeB_assess_v3.tdb"  # our own assessment, version 3 (2025-02)
B_AT_PCT = 5.88  # stoichiometric R2Fe14B line
T_RANGE_K = (900.0, 1800.0)


def isopleth(rare_earth: str) -> list[tuple[float, float]]:
    """Return (x_R, T_liquidus) pairs along the 5.88 at% B isopleth."""
    points = []
    with TCPython() as session:
        system = (
            session.select_user_database_and_elements(DATABASE, [rare_earth, "Fe", "B"])
            .get_system()
        )
        calc = system.with_single_equilibrium_calculation()
        calc.set_condition(ThermodynamicQuantity.mole_fraction_of_a_component("B"), B_AT_PCT / 100)
        for x_r in [0.08 + 0.01 * k for k in range(12)]:
            calc.set_condition(ThermodynamicQuantity.mole_fraction_of_a_component(rare_earth), x_r)
            calc.set_condition(ThermodynamicQuantity.temperature(), T_RANGE_K[1])
            result = calc.calculate()
            points.append((x_r, result.get_value_of("T")))
    return points


if __name__ == "__main__":
    for r in ("Nd", "Ce"):
        for x_r, t_liq in isopleth(r):
            print(f"{r}  x={x_r:.3f}  T_liq={t_liq - 273.15:7.1f} C")

