# controlled documents, part 2: simulation, parameter sheets, checklists, work orders
from lib import *

def c_inp_cascade():
    t = """** CASCADE.INP  -- countercurrent extraction cascade, PrNd/Sm cut
** solver: casc-sim v3.2 (in-house), equilibrium stage model
*TITLE
 LaCePr | Nd split, P507-HCl, fractional extraction
*SYSTEM
 EXTRACTANT   P507      1.50   mol/L
 DILUENT      kerosene
 SAPON        0.36
 ACID         HCl
*COMPONENTS
** name   mole_frac_feed   beta_vs_prev
 La       0.250            -
 Ce       0.502            3.04
 Pr       0.054            1.99
 Nd       0.180            1.39
 Sm       0.014            9.62
*FEED
 STAGE      41
 CONC       1.20   mol/L
 FLOW       1.000  L/min
*STAGES
 N_EXTRACT  40
 N_SCRUB    35
 N_STRIP    12
*FLOWS
 ORGANIC    9.15   L/min
 SCRUB      0.68   L/min   HCl 4.5 mol/L
 STRIP      1.10   L/min   HCl 5.8 mol/L
*TARGETS
 RAFFINATE  Nd/REO <= 0.005
 ORG_PROD   (La+Ce+Pr)/REO <= 0.0005
*SOLVER
 MAXIT 2000
 TOL   1.0E-7
 RELAX 0.35
*OUTPUT
 PROFILE  ALL
 FILE     cascade_out.csv
*END
"""
    write_text('sim/PrNd_cut_v7/CASCADE.INP', t)
    label('sim/PrNd_cut_v7/CASCADE.INP', 'controlled', ['1E902.a'], ['separation'], [], 'simulation-data', 'en', False,
          'extraction cascade simulation deck: P507 stage counts, separation factors, flows, targets')

def c_json_sinter_sim():
    rnd = random.Random(11)
    prof = []
    t = 25.0
    segs = [(0, 25, 0), (90, 400, 60), (60, 400, 120), (120, 850, 60), (60, 850, 60), (50, 1060, 0), (0, 1060, 240), (-30, 900, 0), (0, 900, 120), (-20, 490, 0), (0, 490, 180)]
    time = 0
    nodes = []
    for rate_min, target, hold in segs:
        nodes.append({"t_min": time, "T_set_C": target, "hold_min": hold})
        time += hold + (abs(target - t) / max(abs(rate_min), 1) * 1 if rate_min else 0)
        t = target
    res = []
    for k in range(0, 60):
        tt = k * 25
        core = min(1060, 25 + tt * 1.1) - rnd.uniform(3, 18)
        res.append({"t_min": tt, "T_surf_C": round(core + rnd.uniform(2, 9), 1), "T_core_C": round(core, 1),
                    "rho_rel": round(min(0.995, 0.53 + max(0, core - 950) / 110 * 0.46), 3)})
    d = {"case": "VSF-600 load 520kg 52M blocks 62x52x42", "model": "axisym FE conduction+radiation, Mo shields x5",
         "material": {"name": "NdFeB green compact", "rho0_g_cc": 4.0, "k_W_mK": 1.8, "cp_J_kgK": 440, "emiss": 0.62},
         "furnace": {"zone_count": 3, "heater": "Mo strip", "vacuum_Pa": 3e-3, "Ar_backfill_kPa": 80, "fan_cool": True},
         "profile": nodes,
         "criteria": {"dT_core_surf_max_C": 25, "final_rho_g_cc": 7.55, "grain_size_um": [5, 8]},
         "results": res}
    write_text('sim/sinter_VSF600_case12.json', json.dumps(d, ensure_ascii=False, indent=1))
    label('sim/sinter_VSF600_case12.json', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'simulation-data', 'en', False,
          'thermal simulation of vacuum sintering furnace load of NdFeB compacts with sinter/temper profile')

def c_yaml_cell_sim():
    t = """# cell10kA_thermal.yaml  -- coupled electro-thermal model, Nd electrolysis cell
# author: wangp  2025-01-22
case: c10k_baseline_r4
geometry:
  crucible: {material: graphite, id_mm: 900, depth_mm: 1200, wall_mm: 80}
  anodes: {count: 6, material: graphite, thickness_mm: 70, immersion_mm: 400}
  cathode: {material: W, diameter_mm: 90, immersion_mm: 450, count: 1}
  receiver: {material: Mo, od_mm: 260}
bath:
  composition_wt: {NdF3: 86.0, LiF: 12.0, BaF2: 2.0}
  liquidus_C: 985
  resistivity_ohm_m: 3.1e-3
  density_kg_m3: 4150
operating:
  current_A: 10000
  anode_cd_A_cm2: 1.0
  cathode_cd_A_cm2: 7.5
  temperature_C: 1050
  oxide_feed_kg_h: 16.5
  feed_mode: pulse_90s
  acd_mm: 120
boundary:
  shell_h_W_m2K: 25
  jacket_water_C: 35
mesh: {type: hex, size_mm: 10, refine_near_electrodes: 3}
solver: {coupled: true, steps: 400, dt_s: 5}
outputs:
  - cell_voltage
  - bath_T_field
  - freeze_ledge_thickness
  - current_efficiency_estimate
expected:
  cell_voltage_V: [9.8, 10.6]
  ledge_mm: [15, 40]
"""
    write_text('sim/cell10kA_thermal.yaml', t)
    label('sim/cell10kA_thermal.yaml', 'controlled', ['1E902.a'], ['metal-smelting'], [], 'simulation-data', 'en', False,
          'electro-thermal simulation config of 10 kA NdF3-LiF cell; design and operating values')

def c_csv_caster_out():
    rnd = random.Random(5)
    rows = [['run', 'v_wheel_m_s', 'T_pour_C', 'q_water_m3h', 'flake_t_mm', 'cool_rate_K_s', 'SDAS_um', 'alphaFe_pct', 'Ndrich_spacing_um']]
    for i, v in enumerate([0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6]):
        for tp in (1420, 1450, 1480):
            th = round(0.52 - v * 0.18 + (tp - 1450) * 0.0004 + rnd.uniform(-0.01, 0.01), 3)
            cr = int(8.0e2 / th ** 1.6 * v)
            rows.append([f'R{i:02d}{tp}', v, tp, 45, th, cr, round(9.5 - v * 4.1 + rnd.uniform(-0.2, 0.2), 2),
                         round(max(0, (0.95 - v) * 6 + rnd.uniform(-0.1, 0.1)), 2), round(6.0 - v * 2.6, 2)])
    write_text('sim/sc600_sweep_results.csv', csv_text(rows))
    label('sim/sc600_sweep_results.csv', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'simulation-data', 'en', True,
          'strip-casting parameter sweep results; numbers only, coded headers')

def c_dat_magnetiser():
    rnd = random.Random(9)
    lines = ['# 8P rotor magnetiser fixture  FEA transient  (Maxwell export, 中文注释 by 邓)',
             '# 工件: 烧结 NdFeB 环 N40SH OD52 ID40 L30, 8 极 径向多极充磁',
             '# 电容 3000uF, 充电电压 2800V, 线圈 8 x 6匝 Cu 4x6mm, 轭 DT4',
             '# 目标: 磁体内部 H >= 3.0 T-equiv (>= 2400 kA/m) 保证饱和, 线圈温升 <= 40K / shot',
             '# t_ms   I_kA     Hmax_kA_m   Hmin_kA_m   F_rad_kN   T_coil_C']
    for k in range(0, 41):
        tms = k * 0.1
        I = 18.5 * (tms / 1.2) * 2.718 ** (1 - tms / 1.2) if tms > 0 else 0
        lines.append(f'{tms:6.2f} {I:8.3f} {I*152+rnd.uniform(-5,5):11.1f} {I*131+rnd.uniform(-5,5):11.1f} {I*I*0.19:9.2f} {25+tms*3.6:9.2f}')
    lines.append('# 结论: 2800V 时 Hmin 2420 kA/m, 满足; 极间过渡区 2.2mm, 表磁峰值 预估 0.42T')
    write_text('sim/mag8p_fixture_2800V.dat', '\n'.join(lines) + '\n')
    label('sim/mag8p_fixture_2800V.dat', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'simulation-data', 'mixed', False,
          'magnetising fixture FEA output for multipole magnetising of NdFeB rings')

def c_csv_sinter_recipe():
    rows = [['配方号', '段号', '类型', 'T_C', '升温_C_min', 'hold_min', '真空_Pa', 'Ar_kPa', '风机', '备注']]
    segs = [(1, '升温', 300, 5, 60, '≤10', 0, 0, '脱脂'), (2, '升温', 600, 4, 120, '≤5', 0, 0, '脱氢'),
            (3, '升温', 850, 3, 90, '≤1', 0, 0, '脱气'), (4, '升温', 1040, 2, 0, '≤5E-3', 0, 0, ''),
            (5, '保温', 1040, 0, 300, '≤5E-3', 0, 0, '致密化'), (6, '冷却', 80, 0, 0, '-', 75, 1, '风冷'),
            (7, '升温', 880, 8, 150, '≤5E-3', 0, 0, '一回'), (8, '冷却', 80, 0, 0, '-', 75, 1, ''),
            (9, '升温', 495, 6, 200, '≤5E-3', 0, 0, '二回'), (10, '冷却', 60, 0, 0, '-', 80, 1, '出炉')]
    for s in segs:
        rows.append(['R-52SH-03'] + list(s))
    write_text('recipes/烧结炉配方导出_R-52SH-03.csv', csv_text(rows), enc='gb18030', crlf=True)
    label('recipes/烧结炉配方导出_R-52SH-03.csv', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'parameter-sheet', 'zh', True,
          'GB18030 sintering furnace recipe export; numbers under short Chinese headers, no material name besides grade')

def c_xlsx_hd():
    rows = [('Recipe', 'Step', 'Mode', 'SP1_T_C', 'PV1_T_C', 'SP2_H2_kPa', 'PV2_H2_kPa', 'hold_min', 'vac_Pa', 'Ar_kPa', 'rot_rpm', 'comment')]
    data = [(1, 'PURGE', 25, 26, 0, 0, 10, 5, 0, 2, 'evac+Ar flush x3'), (2, 'ABSORB', 25, 31, 150, 148, 90, '', 0, 2, 'H2 uptake, exotherm watch <120C'),
            (3, 'ABSORB', 25, 38, 150, 151, 60, '', 0, 2, 'until dP<0.5kPa/10min'), (4, 'DEHYD', 550, 548, 0, 0, 360, 30, 0, 2, 'dehydrogenation'),
            (5, 'COOL', 60, 62, 0, 0, 0, '', 60, 4, 'water cool + Ar'), (6, 'DISCH', 25, 40, 0, 0, 0, '', 20, 0, 'to N2 glovebox, H<=1200ppm')]
    for d in data:
        rows.append(('HD-SC-44H',) + d)
    meta = [('PLC', 'S7-1500 / HD-Furnace-02'), ('Export', '2025-03-04 06:12'), ('Charge_kg', 400), ('Feed', 'SC flakes 44H, heat 25-0311~0314'),
            ('Post', 'jet mill 3.2um, O2 < 30 ppm')]
    xlsx('recipes/HD02_recipe_export_20250304.xlsx', [('Recipe', rows, [12, 6, 9, 9, 9, 11, 11, 9, 8, 8, 8, 34]), ('Info', meta, [12, 40])], creator='hmi')
    label('recipes/HD02_recipe_export_20250304.xlsx', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'parameter-sheet', 'en', True,
          'PLC recipe export for hydrogen decrepitation of strip-cast flakes, coded SP/PV headers')

def c_csv_sx_mes():
    rnd = random.Random(3)
    rows = [['时间', '段', '级号', '料液流量L_h', '有机流量L_h', '洗酸流量L_h', 'O/A', '皂化度%', 'pH', 'REO_g_L', 'Nd2O3占比%']]
    for h in range(0, 24, 2):
        for stg in (1, 10, 20, 30, 38, 45, 55, 70):
            seg = '萃取' if stg <= 38 else '洗涤'
            rows.append([f'2025-02-17 {h:02d}:00', seg, stg, 118 + rnd.randint(-2, 2), 1000 + rnd.randint(-5, 5), 82 + rnd.randint(-1, 1),
                         '1:0.20', 36 + rnd.choice([0, 0, 1, -1]), round((4.1 if stg < 5 else 2.2 if stg > 40 else 3.0) + rnd.uniform(-0.15, 0.15), 2),
                         round(rnd.uniform(0.1, 2) if stg < 8 else rnd.uniform(30, 60), 1),
                         round(min(99.9, 60 + stg * 0.55 + rnd.uniform(-1, 1)), 2)])
    write_text('mes/SX3_PrNd_20250217.csv', csv_text(rows), enc='gb18030', crlf=True)
    label('mes/SX3_PrNd_20250217.csv', 'controlled', ['1E902.a'], ['separation'], [], 'parameter-sheet', 'zh', False,
          'MES export of Pr/Nd extraction line stage data (料液流量, O/A, saponification, pH)')

def c_xlsx_cell_log():
    rnd = random.Random(21)
    rows = [('日期', '班次', '槽号', '电流kA', '槽电压V', '电解温度℃', '加料kg', '出金属kg', '电流效率%', '极距mm', 'C%', '备注')]
    for day in range(1, 8):
        for sh in ('甲', '乙', '丙'):
            for cell in ('2-07', '2-08'):
                rows.append((f'2025-01-{day:02d}', sh, cell, round(6.0 + rnd.uniform(-0.05, 0.05), 2), round(10.0 + rnd.uniform(-0.4, 0.6), 2),
                             1045 + rnd.randint(-12, 12), round(73 + rnd.uniform(-3, 3), 1), round(56 + rnd.uniform(-3, 3), 1),
                             round(80 + rnd.uniform(-4, 3), 1), 110 + rnd.choice([0, 5, 10, -5]), round(rnd.uniform(0.012, 0.03), 3),
                             rnd.choice(['', '', '', '换阳极', '捞渣', '电压高 调极距'])))
    xlsx('logs/2车间电解槽日报_2025-01.xlsx', [('日报', rows, [12, 6, 7, 8, 8, 10, 8, 10, 10, 8, 7, 14])], creator='tongji')
    label('logs/2车间电解槽日报_2025-01.xlsx', 'controlled', ['1E902.a'], ['metal-smelting'], [], 'parameter-sheet', 'zh', True,
          'electrolysis cell shift log; numbers only, no metal named')

def c_xlsx_commission():
    rows = [('No.', 'Item', 'Requirement / setpoint', 'Measured', 'OK?', 'Sign')]
    items = [
        ('JM-01', 'Jet mill JM-300: N2 closed loop leak test', 'O2 rise <= 5 ppm / 30 min at 0.65 MPa', '3 ppm', 'Y'),
        ('JM-02', 'Grinding nozzle alignment (3x D6 Laval)', 'co-axial within 0.5 mm, focus at 120 mm from wall', '0.3 mm', 'Y'),
        ('JM-03', 'Classifier wheel speed vs SMD', '4200 rpm -> SMD 3.2 um; 4800 rpm -> 2.8 um (set for 48SH: 4500)', '4500 / 3.0 um', 'Y'),
        ('JM-04', 'Lubricant dosing (methyl caproate) after mill', '0.05 wt%, mix 60 min', '0.05', 'Y'),
        ('PR-01', 'Press P4 field calibration (Gaussmeter, centre of cavity)', '>= 1.8 T DC; pulse mode 2.2 T peak', '1.86 / 2.24 T', 'Y'),
        ('PR-02', 'Pressing force / holding', '45 MPa, hold 5 s, field on during pressing', '44.6 MPa', 'Y'),
        ('PR-03', 'Glovebox atmosphere', 'O2 <= 100 ppm, H2O <= 50 ppm', '62 / 28', 'Y'),
        ('PR-04', 'Green density check, 10 parts', '3.9-4.1 g/cm3, scatter <= 0.05', '3.96-4.02', 'Y'),
        ('PR-05', 'Residual field after demag pulse', '<= 20 Gs', '14 Gs', 'Y'),
        ('IP-01', 'CIP 200 MPa x 60 s, bag leak test', 'no oil ingress, 20 cycles', 'passed', 'Y'),
        ('SIGN', 'Line handover after 3 consecutive OK sintering lots (Br, HcJ in spec)', '', '', '')]
    for it in items:
        rows.append(it + ('',))
    xlsx('commissioning/Line3_JM-press_SAT_checklist.xlsx', [('SAT', rows, [7, 48, 52, 14, 5, 8])], creator='ts-eng')
    label('commissioning/Line3_JM-press_SAT_checklist.xlsx', 'controlled', ['1E902.a', '1E902.b'], ['magnet-manufacturing'], ['NdFeB'],
          'process-spec', 'en', False, 'site acceptance/commissioning checklist for jet mill and field press line; also lays down process settings')

def c_wo_sinter_furnace():
    t = """维修工单  WO-2025-0219-047
设备: 真空烧结炉 VSF-600 #3 (烧结车间)
报修: 2025-02-19 07:40  夜班 升温段 1040℃ 保温时真空度回升至 2.1E-2 Pa, 报警停炉
类别: 故障维修 + 定期保养(半年)

处理记录:
1. 氦检漏: 炉门主密封 φ1600 O 圈 漏率 4.6E-8 Pa·m³/s (限值 1E-9), 更换氟橡胶 O 圈, 复测 8.0E-10 ✔
2. 扩散泵 DP-2 油位低 25mm, 更换 DC704 油 3.2L; 极限真空 冷态 3.1E-4 Pa ✔(要求 ≤5E-4)
3. 加热带 (Mo) 三区 冷态电阻: 1区 0.412Ω / 2区 0.409Ω / 3区 0.455Ω (偏高 10%) → 3区 更换 2 根 Mo 带, 复测 0.414Ω
4. 热电偶 B 型 TC1~TC3 比对 (标准偶 1050℃): +1.8 / -0.6 / +3.9 ℃, TC3 超差(±3) 更换
5. 隔热屏 Mo 5 层 检查: 第 2 层 局部变形, 校正
6. 风冷: 风机 37kW 电流 61A, 换热器 水压差 0.08MPa, 正常

试车: 空炉升温 至 1060℃ 保温 2h, 真空 ≤ 3E-3 Pa, 炉温均匀性 ±4℃ (9 点) ✔
恢复生产前: 按工艺卡 SJ-52M 试烧一炉, 磁性能合格后放行 (工艺参数以工艺卡为准)

维修人: 余 / 唐     验收: 工艺 周    设备主管: 冯
工时: 14h   备件: O 圈 φ1600×12 1件, Mo 带 2, B 型偶 1, DC704 4L
"""
    write_text('maintenance/WO-2025-0219-047.txt', t)
    label('maintenance/WO-2025-0219-047.txt', 'controlled', ['1E902.b'], ['magnet-manufacturing'], ['NdFeB'], 'parameter-sheet', 'zh', True,
          'maintenance work order for magnet sintering furnace with measured values; process only referenced')

def c_xlsx_wo_settler():
    rows = [('工單號', '設備', '項目', '標準', '實測', '處理', '結論')]
    rows += [
        ('MO-24-1130-12', '萃取槽 E-23 (第 23 級)', '攪拌槳 端面跳動', '≤0.5 mm', '1.8 mm', '更換 PVDF 槳 Φ300', '合格'),
        ('MO-24-1130-12', '萃取槽 E-23', '攪拌軸 機械密封', '無滲漏', '有機相滲漏', '更換密封', '合格'),
        ('MO-24-1130-12', '萃取槽 E-23', '轉速', '280±5 r/min', '268', '變頻器參數 42.1Hz→43.9Hz', '合格'),
        ('MO-24-1130-12', '萃取槽 E-23', '水相堰 高度', '505 mm', '498', '調整', '合格'),
        ('MO-24-1130-12', '料液計量泵 P-05', '流量標定', '118 L/h ±1%', '114.6', '重標定 沖程 72%→74%', '合格'),
        ('MO-24-1130-12', '皂化槽 S-1', '液氨流量計 校驗', '±1.5%', '+2.3%', '修正係數 0.978', '合格'),
        ('MO-24-1130-12', '槽體', 'PP 焊縫 檢漏', '無滲漏', '第 22/23 級 隔板 1 處', '熱風焊補', '合格'),
        ('MO-24-1130-12', '恢復運行', '界面/相夾帶 觀察 8h', '有機夾帶 ≤ 300 ppm', '180 ppm', '-', '放行')]
    xlsx('maintenance/萃取線檢修記錄_MO-24-1130-12.xlsx', [('檢修', rows, [16, 22, 20, 16, 16, 26, 8])], creator='設備課')
    label('maintenance/萃取線檢修記錄_MO-24-1130-12.xlsx', 'controlled', ['1E902.b'], ['separation'], [], 'parameter-sheet', 'zh', True,
          'traditional-Chinese maintenance record of mixer-settler extraction line with measured values')

def c_csv_cell_cal():
    rows = [['tag', 'instrument', 'range', 'ref_value', 'reading_before', 'reading_after', 'tol', 'result', 'tech', 'date']]
    rows += [
        ['TE-2701', 'cell 2-07 bath TC type S in Mo sheath', '0-1300C', '1050.0', '1041.3', '1049.6', '+/-3C', 'ADJ', 'ZH', '2025-02-11'],
        ['TE-2702', 'cell 2-08 bath TC type S in Mo sheath', '0-1300C', '1050.0', '1051.2', '1051.2', '+/-3C', 'OK', 'ZH', '2025-02-11'],
        ['IT-R2', 'rectifier R2 DC current shunt 10kA/75mV', '0-10kA', '6000', '6088', '6004', '+/-0.5%', 'ADJ', 'LS', '2025-02-11'],
        ['VT-2707', 'cell voltage transducer', '0-20V', '10.00', '10.03', '10.03', '+/-0.05V', 'OK', 'LS', '2025-02-11'],
        ['FT-AR2', 'Ar cover gas flow', '0-20 L/min', '8.0', '7.4', '8.0', '+/-0.3', 'ADJ', 'ZH', '2025-02-12'],
        ['WF-2', 'oxide feeder screw, gravimetric check 10 pulses', '-', '10 x 0.25 kg', '2.38 kg', '2.51 kg', '+/-2%', 'ADJ', 'ZH', '2025-02-12'],
        ['TE-J27', 'shell jacket water outlet', '0-100C', '50.0', '50.4', '50.4', '+/-1C', 'OK', 'ZH', '2025-02-12'],
        ['NOTE', 'bath target 1040-1060 C and 6.0 kA ref per op. card EL-OP-06; no change of process set-points', '', '', '', '', '', '', '', '']]
    write_text('maintenance/cal_cells_2-07_2-08_Feb2025.csv', csv_text(rows))
    label('maintenance/cal_cells_2-07_2-08_Feb2025.csv', 'controlled', ['1E902.b'], ['metal-smelting'], [], 'parameter-sheet', 'en', True,
          'calibration record for electrolysis cell instrumentation; process values as references only')

def c_csv_sludge_roast():
    rows = [['批次', '物料', '投料_kg', '含水%', 'T_C', '停留_min', '窑转速_rpm', '空气_m3h', '焙烧后_Fe2+%', '浸出HCl_mol_L', '浸出pH终点', '液固比', '浸出_T_C', '浸出_min', 'REO浸出率%', 'Fe浸出率%']]
    rnd = random.Random(31)
    for i in range(1, 13):
        T = rnd.choice([800, 820, 850, 880])
        rows.append([f'YN25-{i:03d}', '磨削油泥(脱油后)', 1500, round(rnd.uniform(4, 9), 1), T, 150 if T < 850 else 120, 1.5, 900,
                     round(rnd.uniform(0.05, 0.4), 2), 6.0, round(rnd.uniform(4.0, 4.5), 1), '4:1', 85, 120,
                     round(rnd.uniform(96, 98.9), 1), round(rnd.uniform(0.1, 0.9), 2)])
    rows.append(['说明', '优溶: 控制终点 pH 4.0~4.5 使铁留渣; 浸出液送 P507 全萃; 油泥先 真空脱油 180℃', '', '', '', '', '', '', '', '', '', '', '', '', '', ''])
    write_text('recipes/油泥焙烧优溶批记录_2025Q1.csv', csv_text(rows), enc='gb18030', crlf=True)
    label('recipes/油泥焙烧优溶批记录_2025Q1.csv', 'controlled', ['1E902.a'], ['recycling'], [], 'parameter-sheet', 'zh', False,
          'batch record of oxidising roast and selective HCl leaching of magnet grinding sludge')

def c_yaml_calciner():
    t = """# 草酸稀土煅烧 回转窑 工艺配置 (MES recipe, line CAL-2)
recipe: CAL2-Nd-4N
product: Nd2O3 4N (TREO>=99.0, Nd2O3/TREO>=99.99)
precipitation:
  feed: NdCl3 strip liquor 0.8 mol/L, pH 2.0
  precipitant: oxalic acid 10%, ratio 1.15 x stoich
  T_C: 65
  age_min: 60
  wash: pure water x 4, Cl- < 50 ppm
kiln:
  zones:
    - {zone: Z1, T_C: 450, note: 脱水}
    - {zone: Z2, T_C: 750}
    - {zone: Z3, T_C: 950}
    - {zone: Z4, T_C: 1000, hold_min: 120}
  rpm: 1.2
  slope_pct: 2.0
  feed_kg_h: 80
  air_m3_h: 300
spec_out:
  LOI_pct_max: 0.5
  D50_um: [3, 6]
  Cl_ppm_max: 50
  Fe2O3_ppm_max: 10
"""
    write_text('recipes/CAL2-Nd-4N.yaml', t)
    label('recipes/CAL2-Nd-4N.yaml', 'controlled', ['1E902.a'], ['separation'], [], 'parameter-sheet', 'mixed', False,
          'oxalate precipitation and calcination recipe for 4N Nd oxide')

ALL = [c_inp_cascade, c_json_sinter_sim, c_yaml_cell_sim, c_csv_caster_out, c_dat_magnetiser, c_csv_sinter_recipe, c_xlsx_hd,
       c_csv_sx_mes, c_xlsx_cell_log, c_xlsx_commission, c_wo_sinter_furnace, c_xlsx_wo_settler, c_csv_cell_cal, c_csv_sludge_roast,
       c_yaml_calciner]
