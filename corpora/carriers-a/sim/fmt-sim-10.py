"""EDU-150 电机 电磁仿真 (FEMM 4.2 via pyfemm) -- 反电势与齿槽转矩

磁钢: 外购 N42SH, 按供应商数据表取值 (20 C): Br 1.29 T, HcB 965 kA/m, 120 C 时 Br 1.17 T.
温度系数 alpha(Br) = -0.12 %/K. 磁钢尺寸 40 x 12 x 4.5, 每极 2 块 V 形.
Author: P. Novak / 王磊, motor design, 2025-06-02
"""

import femm

BR_20 = 1.29  # T, supplier data sheet DS-N42SH-2024
HCB_20 = 965e3  # A/m
ALPHA_BR = -0.0012  # 1/K
T_MAG = 120.0  # C, worst case


def magnet_props(t_c: float) -> tuple[float, float]:
    br = BR_20 * (1 + ALPHA_BR * (t_c - 20.0))
    mu_r = br / (4e-7 * 3.14159265 * HCB_20)
    return br / (4e-7 * 3.14159265 * mu_r), mu_r


def build() -> None:
    femm.openfemm(1)
    femm.newdocument(0)
    femm.mi_probdef(0, "millimeters", "planar", 1e-8, 120, 30)
    hc, mu_r = magnet_props(T_MAG)
    femm.mi_addmaterial("N42SH_120C", mu_r, mu_r, hc, 0, 0.667, 0, 0, 1, 0, 0, 0)
    femm.mi_getmaterial("M270-35A")
    femm.mi_getmaterial("Copper")
    femm.mi_readdxf("M150_lam_2D.dxf")
    femm.mi_saveas("EDU150_bemf.fem")


def sweep() -> None:
    for step in range(0, 46):
        femm.mi_modifyboundprop("AGE", 10, step * 0.5)
        femm.mi_analyze(1)
        femm.mi_loadsolution()
        torque = femm.mo_gapintegral("AGE", 0)
        print(f"{step * 0.5:5.1f} deg  cogging {torque:8.3f} Nm")


if __name__ == "__main__":
    build()
    sweep()

