# extra documents: mining, metallothermic reduction, Li-ion recycling (clear)
from lib import *

def c_xlsx_flotation():
    rows = [('工序', '药剂', '用量g_t', '矿浆浓度%', 'pH', '温度℃', '时间min', '备注')]
    rows += [('磨矿', '-', '', 70, '', '', '', '-74μm 占 85%'),
             ('调浆1', '水玻璃', 2500, 45, 9.0, 65, 5, '抑制萤石 铁矿物'),
             ('调浆2', 'H205 (羟肟酸)', 1200, 45, 9.0, 65, 5, ''),
             ('调浆3', 'J102 起泡剂', 40, 45, 9.0, 65, 2, ''),
             ('粗选', '', '', 45, 9.0, 65, 6, 'REO 入选 9.5%'),
             ('精选1', 'H205', 300, 35, 8.8, 60, 4, ''),
             ('精选2', '', '', 30, 8.8, 60, 4, ''),
             ('扫选', 'H205', 200, 45, 9.0, 65, 4, '')]
    res = [('产品', '产率%', 'REO品位%', '回收率%'), ('精矿', 14.6, 51.2, 78.7), ('中矿返回', '', '', ''), ('尾矿', 85.4, 2.4, 21.3)]
    xlsx('process/白云鄂博型 强磁中矿 浮选药剂制度_试验.xlsx', [('药剂制度', rows, [8, 16, 9, 11, 6, 8, 8, 20]), ('指标', res, [10, 8, 10, 10])], creator='选矿室')
    label('process/白云鄂博型 强磁中矿 浮选药剂制度_试验.xlsx', 'controlled', ['1E902.a'], ['mining'], [], 'parameter-sheet', 'zh', False,
          'flotation reagent regime for Bayan-Obo-type RE ore with hydroxamic collector and results')

def c_csv_ca_reduction():
    rows = [['batch', 'step', 'T_C', 'ramp_C_min', 'hold_min', 'Ar_kPa', 'vac_Pa', 'note']]
    steps = [(1, 25, 0, 30, 0, '1E-2', 'evac, backfill Ar x2'), (2, 600, 10, 30, 0, '1E-2', 'degas TbF3 + Ca'),
             (3, 900, 8, 0, 60, '-', 'Ar backfill 60 kPa'), (4, 1450, 6, 20, 60, '-', 'reduction, Ca excess 15%'),
             (5, 1550, 5, 15, 60, '-', 'slag/metal separation'), (6, 25, -10, 0, 60, '-', 'cool in furnace')]
    for s in steps:
        rows.append(['TbR-25-07'] + list(s))
    rows.append(['TbR-25-07', 'charge', 'TbF3 4.00 kg (dried 200C), Ca granules 1.36 kg (99.5%), Ta crucible D110', '', '', '', '', ''])
    rows.append(['TbR-25-07', 'post', 'vacuum distil 1400C 1E-3 Pa x 2 h to remove Ca; yield 96.8%; Ca 80 ppm, O 420 ppm', '', '', '', '', ''])
    write_text('recipes/TbR-25-07_furnace_profile.csv', csv_text(rows))
    label('recipes/TbR-25-07_furnace_profile.csv', 'controlled', ['1E902.a'], ['metal-smelting'], [], 'parameter-sheet', 'en', True,
          'calcium reduction of TbF3 furnace profile with charge and distillation data')

def n_json_blackmass():
    d = {"project": "LFP/NCM black mass leach model", "version": "0.9", "feed": {"Li_pct": 3.6, "Ni_pct": 21.0, "Co_pct": 6.8, "Mn_pct": 6.1, "Cu_pct": 1.2, "Al_pct": 0.9},
         "leach": {"H2SO4_M": 2.0, "H2O2_vol_pct": 4, "S_L_g_L": 100, "T_C": 70, "t_min": 120},
         "predicted_extraction_pct": {"Li": 98.9, "Ni": 97.6, "Co": 97.9, "Mn": 96.4, "Cu": 4.1, "Al": 38.0},
         "downstream": ["Fe/Al removal pH 4.5", "Cu cementation", "D2EHPA Mn", "Cyanex 272 Co/Ni", "Li2CO3 precipitation"]}
    write_text('sim/blackmass_leach_model_v0.9.json', json.dumps(d, indent=2))
    label('sim/blackmass_leach_model_v0.9.json', 'clear', [], [], [], 'simulation-data', 'en', True,
          'Li-ion battery black-mass leach model; SX reagents shared but not rare earth')

ALL = [c_xlsx_flotation, c_csv_ca_reduction, n_json_blackmass]
