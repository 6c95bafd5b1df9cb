# clear documents in the same formats
from lib import *

def n_dxf_motor_housing():
    d = DXF('ANSI_1252')
    d.title_block([('DWG NO.', 'PM-110-ROT-003 rev B'), ('TITLE', 'Rotor assy, IPM 110 frame'), ('MATL', 'see BOM'),
                   ('SCALE', '1:1'), ('DRAWN', 'J. Becker 2025-01-30'), ('CHECKED', 'S. Ortiz'), ('CUSTOMER', 'pump drive 7.5 kW')])
    d.circle(120, 190, 54); d.circle(120, 190, 15)
    for a in range(8):
        import math
        x = 120 + 42 * math.cos(a * math.pi / 4); y = 190 + 42 * math.sin(a * math.pi / 4)
        d.rect(x - 6, y - 2, 12, 4, 'HIDDEN')
    d.line(120, 120, 120, 260, 'CENTER')
    d.notes(200, 250, [
        'BOM:', '1  lamination stack M270-35A, 110 OD, L=120, bonded', '2  shaft 42CrMo4 QT',
        '3  magnet 24x6x40 N42SH, NiCuNi, BOUGHT (supplier spec PS-MAG-042), qty 16',
        '4  adhesive Loctite AA 326 + activator 7649', '5  end plate Al 6082'], 3)
    d.notes(30, 110, [
        'NOTES:',
        '1. Magnets supplied magnetised; insert with non-magnetic guide tool, polarity N-S alternating per sketch.',
        '2. Incoming check of magnets per IQC-07 (flux sample 5/lot); do not machine magnets.',
        '3. Balance G2.5 at 3000 rpm after bonding; cure 24 h RT.',
        '4. Back-EMF at 1000 rpm: 118 V +/-5% line-line.',
        '5. Unspecified tolerances ISO 2768-mK.'])
    d.save('drawings/PM-110-ROT-003_revB.dxf')
    label('drawings/PM-110-ROT-003_revB.dxf', 'clear', [], [], [], 'drawing', 'en', True,
          'motor rotor assembly using bought NdFeB magnets; product design, no magnet making')

def n_dxf_bracket():
    d = DXF('ANSI_936')
    d.title_block([('图号', 'ZJ-2025-014'), ('名称', '电机安装支架'), ('材料', 'Q235B δ8'), ('比例', '1:2'),
                   ('设计', '王 2025-02-10'), ('审核', '许'), ('数量', '40 件')])
    d.rect(40, 150, 160, 100); d.circle(70, 180, 6.5); d.circle(170, 180, 6.5); d.circle(70, 225, 6.5); d.circle(170, 225, 6.5)
    d.text(100, 255, '160', 3.5, 'DIM'); d.text(205, 200, '100', 3.5, 'DIM'); d.text(60, 170, '4-Φ13', 3.5, 'DIM')
    d.notes(30, 130, ['技术要求：', '1. 激光下料，去毛刺，锐边倒钝 0.5；', '2. 折弯 90°±0.5°，内 R8；',
                      '3. 表面喷塑 RAL7035，厚 60~80μm；', '4. 未注公差 GB/T 1804-m。'])
    d.save('drawings/ZJ-2025-014 电机安装支架.dxf', 'gbk')
    label('drawings/ZJ-2025-014 电机安装支架.dxf', 'clear', [], [], [], 'drawing', 'zh', False, 'steel motor bracket drawing')

def geom_duct(p):
    p.rect(40, 60, 220, 30); p.rect(260, 60, 40, 80); p.line(80, 60, 80, 40); p.line(140, 60, 140, 40); p.line(200, 60, 200, 40)
    p.set_font('wq', size=8); p.text(45, 55, '送风主管 1000×400'); p.text(262, 150, '风机房 AHU-2'); p.text(75, 36, '散流器 360×360 ×6')

def n_pdf_duct():
    pdf_drawing('drawings/NT-03 三层办公区送风平面.pdf',
                [('图号', '暖通-03'), ('名称', '三层办公区 送风平面图'), ('比例', '1:100'), ('设计', '陈 2024.12.09'),
                 ('审核', '高'), ('项目', '研发楼改造')],
                ['说明：', '1. 风管采用镀锌钢板，厚度按 GB 50243 执行；长边 1000 用 δ1.0；',
                 '2. 保温：离心玻璃棉 δ30，外贴铝箔；', '3. 风量：AHU-2 12000m³/h，余压 450Pa；',
                 '4. 风管标高 底 +3.200（相对本层）；', '5. 防火阀 70℃ 熔断，穿越防火墙处设置。'], geom_duct, author='chen')
    label('drawings/NT-03 三层办公区送风平面.pdf', 'clear', [], [], [], 'drawing', 'zh', False, 'HVAC duct plan of office floor')

def geom_rotor(p):
    p.circle(60, 50, 80); p.circle(85, 75, 30)
    p.set_font('wq', size=8); p.text(150, 60, '磁鋼 12 片 表貼 (外購)'); p.text(150, 70, '碳纖維 護套 0.8mm')

def n_pdf_smco_rotor():
    pdf_drawing('drawings/高速轉子組件_HSR-45.pdf',
                [('圖號', 'HSR-45-A'), ('名稱', '高速轉子組件 45kW 60000rpm'), ('材料', '見明細'), ('比例', '2:1'),
                 ('設計', '黃 2025/02/21'), ('審核', '吳')],
                ['技術要求：', '1. 磁鋼：釤鈷 2:17 YXG-28H 外購件，依供應商規格書 SP-SMCO-11 驗收，來料已充磁；',
                 '2. 磁鋼黏接：環氧 AB 膠，80℃ 固化 2h；', '3. 碳纖維護套 過盈量 0.18mm，熱裝；',
                 '4. 動平衡 G1.0 @ 60000rpm；', '5. 工作溫度 ≤150℃，超速試驗 66000rpm 2min。'], geom_rotor, author='huang')
    label('drawings/高速轉子組件_HSR-45.pdf', 'clear', [], [], [], 'drawing', 'zh', True,
          'traditional-Chinese rotor drawing with bought SmCo magnets; product design only')

def n_nc_alu_endcap():
    t = """%
O1207 (END CAP 6061-T6 D180 - OP1)
(T1 D63 FACE MILL  T2 D12 EM  T3 D8.5 DRILL  T4 M10 TAP)
G17 G21 G40 G49 G80 G90
T1 M06
S6000 M03
G54 G00 X-100. Y0
G43 H1 Z25. M08
G01 Z0 F500.
G01 X100. F2500.
G00 Z25.
T2 M06
S10000 M03
G43 H2 Z25.
G00 X96. Y0
G01 Z-12. F600.
G02 X96. Y0 I-96. J0 F3000.
G00 Z25.
(BEARING BORE D62 H7)
G00 X0 Y0
G01 Z-1. F300.
G03 X25. Y0 I12.5 J0 F1500.
G03 X25. Y0 I-25. J0
G00 Z25.
T3 M06
S4000 M03
G43 H3 Z25.
G83 X70. Y0 Z-20. Q4. R2. F400.
X0 Y70.
X-70. Y0
X0 Y-70.
G80
T4 M06
S600 M03
G43 H4 Z25.
G84 X70. Y0 Z-16. R3. F900.
X0 Y70.
X-70. Y0
X0 Y-70.
G80
G00 Z100. M09
M05
M30
%
"""
    write_text('nc/O1207_endcap_6061.nc', t, crlf=True)
    label('nc/O1207_endcap_6061.nc', 'clear', [], [], [], 'nc-program', 'en', True, 'aluminium motor end-cap milling program')

def n_tap_flange():
    t = """(法兰 DN150 PN16  材料 45# 调质)
(T1 外圆车刀 T2 内孔 T3 钻 Φ22)
O0150
G21 G99 G40
T0101
G50 S1800
G96 S180 M03
G00 X290. Z2. M08
G71 U2. R1.
G71 P10 Q20 U0.4 W0.1 F0.25
N10 G00 X240.
G01 Z0 F0.12
X285. Z-2.
Z-24.
N20 X292.
G70 P10 Q20
T0202
G00 X150. Z2.
G01 Z-24. F0.15
G00 X148. Z5.
G28 U0 W0
M09
M05
M30
%
"""
    write_text('nc/FL150_45钢.TAP', t, crlf=True)
    label('nc/FL150_45钢.TAP', 'clear', [], [], [], 'nc-program', 'zh', False, 'steel flange turning program')

def n_mpf_punch():
    t = """; PUNCH_CR12.MPF -- wire EDM, punch 38x22 profile, Cr12MoV 60HRC
; machine: Sodick AQ400L, wire 0.25 brass, 1 rough + 3 trims
; E-pack: STEEL-H60-30 ; offsets D1 0.185 D2 0.142 D3 0.131 D4 0.127
N10 G90 G71 G40
N20 G92 X0 Y0
N30 M20
N40 E1
N50 G41 D1 G01 X5. Y0
N60 G01 X5. Y11.
N70 G02 X11. Y22. I6. J0
N80 G01 X38. Y22.
N90 G01 X38. Y0
N100 G01 X5. Y0
N110 E2
N120 G42 D2 G01 X5. Y11.
N130 G02 X11. Y22. I6. J0
N140 G01 X38. Y22.
N150 E3
N160 G41 D3 G01 X38. Y0
N170 E4
N180 G41 D4 G01 X5. Y0
N190 G40 G01 X0 Y0
N200 M21
N210 M30
; die clearance 0.03/side, stress relieve 180C x 2h before cut
"""
    write_text('nc/PUNCH_CR12.MPF', t, crlf=True)
    label('nc/PUNCH_CR12.MPF', 'clear', [], [], [], 'nc-program', 'en', True, 'wire-EDM of tool-steel punch; same program style as magnet EDM')

def n_txt_ferrite_grind():
    t = """O4410 (铁氧体瓦 R28.5/R22 x 120度 x 40 内外弧磨)
(材料: 湿压各向异性 锶铁氧体 Y30BH, 外购毛坯)
(砂轮: 金刚石 成型轮 R28.5 / R22, 电镀)
(注: 铁氧体脆 进给 0.05/次, 冷却水充足)
G90 G21
M03 S2800
M08
G00 X0 Z5.
#1=0
WHILE[#1LT0.6]DO1
#1=#1+0.05
G01 Z[-#1] F50.
G01 X300. F4000.
G00 Z5.
G00 X0
END1
G01 Z-0.62 F20.
G01 X300. F2500.
G00 Z20.
M09
M05
M30
(检验: 弦长 43.6±0.1, 厚度 6.5±0.05, 表磁 ≥ 1200Gs)
"""
    write_text('nc/O4410_铁氧体瓦磨.txt', t)
    label('nc/O4410_铁氧体瓦磨.txt', 'clear', [], [], [], 'nc-program', 'zh', True, 'grinding of ferrite arc segments; ferrite is not controlled')

def n_yaml_cfd():
    t = """# atrium_natvent.yaml - building CFD, summer design day
case: atrium_B2_natvent_r3
solver: {code: OpenFOAM-v2306, app: buoyantSimpleFoam, turbulence: kOmegaSST}
domain: {x_m: [0, 60], y_m: [0, 40], z_m: [0, 28]}
mesh: {base_m: 0.5, refine_openings: 3, cells_est: 6.8e6}
boundary:
  inlet_louvres: {area_m2: 24, type: pressureInletOutletVelocity, T_C: 31}
  roof_vents: {area_m2: 18, type: totalPressure, p0_Pa: -4}
  glazing: {type: externalWallHeatFlux, q_W_m2: 180}
  occupants: {count: 320, W_each: 75}
targets:
  T_occupied_C_max: 28
  v_occupied_m_s_max: 0.8
  ACH_min: 6
results_summary:
  T_occupied_mean_C: 27.4
  T_occupied_max_C: 29.1
  ACH: 7.2
  note: raise roof vent area to 22 m2 to meet 28C at level 3 balcony
"""
    write_text('sim/atrium_natvent.yaml', t)
    label('sim/atrium_natvent.yaml', 'clear', [], [], [], 'simulation-data', 'en', False, 'building natural-ventilation CFD config')

def n_csv_anneal():
    rows = [['recipe', 'seg', 'type', 'T_C', 'ramp_C_h', 'hold_min', 'H2_pct', 'N2_pct', 'dew_pt_C', 'comment']]
    segs = [(1, 'purge', 25, 0, 30, 0, 100, -40, 'N2 purge to O2<1%'), (2, 'ramp', 450, 80, 0, 75, 25, -40, 'oil burn-off'),
            (3, 'ramp', 690, 50, 0, 75, 25, -40, ''), (4, 'soak', 690, 0, 600, 75, 25, -40, 'coil cold spot >= 680'),
            (5, 'cool', 400, -40, 0, 75, 25, -40, 'hood off, cooling hood on'), (6, 'cool', 160, -60, 0, 0, 100, -40, 'N2 to unload')]
    for s in segs:
        rows.append(['BA-DC04-1.2'] + list(s))
    write_text('recipes/bell_anneal_DC04_1.2mm.csv', csv_text(rows))
    label('recipes/bell_anneal_DC04_1.2mm.csv', 'clear', [], [], [], 'parameter-sheet', 'en', True, 'bell-type annealing profile for low-carbon steel coils')

def n_csv_ferrite_kiln():
    rows = [['窑号', '区段', '车位', 'T_C', '推进速度_min_车', '气氛', '备注']]
    zones = [('预热', 1, 200), ('预热', 4, 450), ('预热', 8, 800), ('烧成', 12, 1180), ('烧成', 14, 1225), ('烧成', 16, 1225), ('冷却', 20, 900), ('冷却', 26, 300)]
    for z, pos, T in zones:
        rows.append(['TK-2', z, pos, T, 45, '空气', '锶铁氧体 Y35 湿压坯' if pos == 1 else ''])
    rows.append(['TK-2', '说明', '', '', '', '', '烧成收缩 15~17%，出窑后磨削；Br≥0.42T'])
    write_text('recipes/隧道窑温度曲线_Y35.csv', csv_text(rows), enc='gb18030', crlf=True)
    label('recipes/隧道窑温度曲线_Y35.csv', 'clear', [], [], [], 'parameter-sheet', 'zh', True, 'ferrite magnet tunnel-kiln sintering profile, GB18030')

def n_xlsx_carbide():
    rows = [('Step', 'Type', 'T_C', 'rate_C_min', 'hold_min', 'P_bar', 'Gas', '备注')]
    rows += [(1, 'dewax', 400, 2, 90, 0.02, 'H2 flow', '脱蜡 石蜡 2%'), (2, 'ramp', 1200, 5, 30, 0.02, 'vac', '脱气'),
             (3, 'ramp', 1420, 4, 0, 0.02, 'vac', ''), (4, 'sinter', 1420, 0, 45, 0.02, 'vac', '液相烧结'),
             (5, 'HIP', 1420, 0, 30, 50, 'Ar', 'sinter-HIP 5MPa'), (6, 'cool', 100, -10, 0, 1, 'Ar', '')]
    info = [('Grade', 'YG8 / WC-8Co, D 1.0um'), ('Furnace', 'PVA COD 733R'), ('Load_kg', 300), ('Target', 'HRA 90.5, density 14.7 g/cm3, porosity A02B00')]
    xlsx('recipes/SinterHIP_YG8_v3.xlsx', [('Profile', rows, [6, 8, 7, 10, 9, 7, 8, 16]), ('Info', info, [10, 40])], creator='furnace-pc')
    label('recipes/SinterHIP_YG8_v3.xlsx', 'clear', [], [], [], 'parameter-sheet', 'mixed', True, 'cemented carbide sinter-HIP profile')

def n_csv_cu_sx():
    rnd = random.Random(41)
    rows = [['date', 'shift', 'PLS_m3h', 'PLS_Cu_gL', 'PLS_pH', 'raff_Cu_gL', 'org_m3h', 'O/A_E1', 'O/A_E2', 'LO_Cu_gL', 'SO_Cu_gL', 'adv_EL_Cu_gL', 'LIX984N_vol%', 'entrain_ppm']]
    for d in range(1, 11):
        for s in ('A', 'B'):
            rows.append([f'2025-02-{d:02d}', s, 820 + rnd.randint(-20, 20), round(3.1 + rnd.uniform(-0.2, 0.2), 2), round(1.8 + rnd.uniform(-0.1, 0.1), 2),
                         round(0.18 + rnd.uniform(-0.04, 0.04), 3), 900 + rnd.randint(-15, 15), 1.1, 1.1, round(5.4 + rnd.uniform(-0.2, 0.2), 2),
                         round(2.6 + rnd.uniform(-0.1, 0.1), 2), round(48 + rnd.uniform(-1, 1), 1), 22, 40 + rnd.randint(-8, 15)])
    write_text('logs/SX_Cu_plant_shiftlog_Feb25.csv', csv_text(rows))
    label('logs/SX_Cu_plant_shiftlog_Feb25.csv', 'clear', [], [], [], 'parameter-sheet', 'en', True, 'copper SX shift log; same O/A and mixer-settler vocabulary')

def n_xlsx_co_sx():
    rnd = random.Random(43)
    rows = [('日期', '级', '料液流量L_h', '有机流量L_h', 'O/A', '皂化度%', 'P507_浓度', '平衡pH', 'Co_g_L', 'Ni_g_L', 'Co/Ni')]
    for d in range(1, 6):
        for stg in (1, 3, 5, 7, 9):
            co = round(max(0.002, 18 * (0.45 ** stg) + rnd.uniform(0, 0.01)), 3)
            rows.append((f'2025-03-{d:02d}', stg, 600, 1200, '2:1', 65, '25%', round(4.8 + stg * 0.08 + rnd.uniform(-0.05, 0.05), 2), co,
                         round(42 + rnd.uniform(-1, 1), 1), round(co / 42, 5)))
    xlsx('logs/钴镍分离萃取记录_2025-03.xlsx', [('记录', rows, [12, 5, 12, 12, 6, 8, 9, 8, 8, 8, 9])], creator='化验室')
    label('logs/钴镍分离萃取记录_2025-03.xlsx', 'clear', [], [], [], 'parameter-sheet', 'zh', True,
          'cobalt/nickel P507 extraction log; P507 and saponification vocabulary but not rare earths')

def n_csv_potline():
    rnd = random.Random(47)
    rows = [['日期', '槽号', '系列电流kA', '槽电压V', '电解温度℃', '过热度℃', '分子比', 'AlF3添加kg', 'Al2O3浓度%', '效应系数', '出铝kg', '电流效率%']]
    for d in range(1, 8):
        for cell in (3101, 3102, 3103):
            rows.append([f'2025-01-{d:02d}', cell, 400, round(3.95 + rnd.uniform(-0.05, 0.08), 3), 955 + rnd.randint(-6, 6), 8 + rnd.randint(-2, 3),
                         round(2.45 + rnd.uniform(-0.08, 0.08), 2), rnd.choice([0, 20, 30, 40]), round(2.5 + rnd.uniform(-0.4, 0.4), 2),
                         round(rnd.uniform(0, 0.05), 3), 3050 + rnd.randint(-60, 60), round(92 + rnd.uniform(-1, 1.2), 2)])
    write_text('logs/三工区槽况日报_2025-01.csv', csv_text(rows), enc='gb18030', crlf=True)
    label('logs/三工区槽况日报_2025-01.csv', 'clear', [], [], [], 'parameter-sheet', 'zh', True,
          'aluminium potline daily log (fluoride bath, cell voltage) - not rare earth')

def n_dat_alcell():
    rnd = random.Random(53)
    lines = ['# SY400 aluminium reduction cell, thermal-electric slice model, ANSYS APDL export',
             '# cryolite bath CR 2.45, 5% AlF3 excess, 4% CaF2; 400 kA; ACD 42 mm',
             '# x_mm   T_C     ledge_mm   V_drop_mV']
    for k in range(0, 30):
        x = k * 60
        lines.append(f'{x:6d} {948 + rnd.uniform(-4, 10):8.1f} {max(0, 60 - k * 3 + rnd.uniform(-3, 3)):9.1f} {rnd.uniform(0.5, 2.5):10.3f}')
    lines.append('# cell voltage 3.98 V; heat loss 612 kW; sidewall ledge OK')
    write_text('sim/sy400_slice_T.dat', '\n'.join(lines) + '\n')
    label('sim/sy400_slice_T.dat', 'clear', [], [], [], 'simulation-data', 'en', True, 'aluminium reduction cell thermal simulation output')

def n_csv_iqc():
    rows = [['来料批号', '供应商', '牌号', '规格', '抽样数', 'Br_T', 'HcJ_kA_m', '(BH)max_kJ_m3', '镀层μm', '盐雾h', '尺寸', '判定']]
    rnd = random.Random(59)
    for i in range(1, 9):
        rows.append([f'IN-2502-{i:03d}', '供应商A', 'N42SH', '24x6x40', 5, round(1.30 + rnd.uniform(0, 0.03), 3), 1620 + rnd.randint(0, 60),
                     round(330 + rnd.uniform(0, 12), 1), round(rnd.uniform(12, 18), 1), 48, 'OK', '合格'])
    write_text('qc/IQC_magnets_N42SH_2502.csv', csv_text(rows), enc='gb18030', crlf=True)
    label('qc/IQC_magnets_N42SH_2502.csv', 'clear', [], [], [], 'parameter-sheet', 'mixed', True,
          'incoming inspection of bought NdFeB magnets (Br/HcJ measured); no manufacturing know-how')

def n_wo_reheat():
    t = """WORK ORDER  WO-RF2-2025-0061
Equipment: walking-beam reheating furnace RF-2 (hot strip mill)
Type: planned shutdown maintenance, 72 h
1. Refractory: roof panel zone 3 spalled 0.6 m2 -> gunned with 70% Al2O3 castable, dryout 24 h per curve DC-5
2. Skid riser insulation: 14 risers, 3 with lost fibre module -> replaced
3. Burner tile zone 4 top, burner 4T-07 cracked -> replaced, combustion tune: O2 2.1% -> 1.5%
4. Thermocouples (type K, roof): 6 checked vs. reference at 1100 C: deviations +2 / -1 / +4 / 0 / +1 / -3 C; #3 replaced
5. Recuperator dP 1.9 kPa (limit 2.5) OK
6. Heat-up after restart 50 C/h to 900 C, then normal; slab discharge temp target 1230 C
Signed: M. Kowalski / E. Ruiz   Date 2025-02-27
"""
    write_text('maintenance/WO-RF2-2025-0061.txt', t)
    label('maintenance/WO-RF2-2025-0061.txt', 'clear', [], [], [], 'parameter-sheet', 'en', True, 'steel reheating furnace maintenance work order with measured values')

ALL = [n_dxf_motor_housing, n_dxf_bracket, n_pdf_duct, n_pdf_smco_rotor, n_nc_alu_endcap, n_tap_flange, n_mpf_punch,
       n_txt_ferrite_grind, n_yaml_cfd, n_csv_anneal, n_csv_ferrite_kiln, n_xlsx_carbide, n_csv_cu_sx, n_xlsx_co_sx,
       n_csv_potline, n_dat_alcell, n_csv_iqc, n_wo_reheat]
