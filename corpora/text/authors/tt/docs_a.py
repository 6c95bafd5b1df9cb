# controlled documents, part 1: drawings and NC programs
from lib import *

def c_dxf_magnet_block():
    d = DXF('ANSI_936')
    d.title_block([('图号', 'CM-N48H-503010-02'), ('名称', '方块磁钢 50×30×10'), ('材料', 'N48H 烧结钕铁硼'),
                   ('比例', '2:1'), ('设计', '周立强 2025-02-26'), ('审核', '韩 工'), ('工艺', '何晓东'),
                   ('单位', '二分厂 机加工段')])
    d.rect(40, 160, 100, 60); d.rect(160, 160, 100, 20)
    d.line(90, 150, 90, 230, 'CENTER'); d.line(30, 190, 150, 190, 'CENTER')
    d.text(80, 225, '50±0.05', 3.5, 'DIM'); d.text(145, 185, '30±0.05', 3.5, 'DIM'); d.text(265, 168, '10±0.02', 3.5, 'DIM')
    d.text(200, 190, 'M 取向方向 ↑', 3.5, 'DIM')
    d.notes(30, 135, [
        '技术要求：',
        '1. 毛坯：烧结态方块 52.6×32.4×62（取向方向62），回火后来料，密度≥7.55g/cm3；',
        '2. 开料：多线切割机 金刚线Φ0.28，一坯切 5 片，线速 12m/s，进给 0.35mm/min，冷却液水基 5%；',
        '3. 双端面磨：粗磨每次进给 0.02，精磨 0.005，留 0.01 余量后光磨 2 次；平行度 ≤0.01；',
        '4. 立式平面磨四周，砂轮 D126 树脂金刚石，线速 25m/s；',
        '5. 倒角 C0.2±0.05，振动倒角 40min，磨料/工件 3:1；',
        '6. 磁性能（回火后抽检 Φ10×10 样柱）：Br 1.37~1.41T，HcJ≥1353kA/m（17kOe），(BH)max 358~382kJ/m3；',
        '7. 表面处理：镍-铜-镍 总厚 12~20μm，中性盐雾 48h；',
        '8. 充磁：4T 脉冲充磁，沿 10 向（厚度方向）；表磁 ≥ 3800Gs（中心点）；',
        '9. 未注公差按 GB/T 1804-m。'])
    d.save('drawings/CM-N48H-503010-02.dxf', 'gbk')
    label('drawings/CM-N48H-503010-02.dxf', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'],
          'drawing', 'zh', False, 'GBK DXF of in-house NdFeB block; notes give slicing, grinding, chamfer, coating, magnetising parameters')

def c_dxf_mixer_settler():
    d = DXF('ANSI_936')
    d.title_block([('图号', 'FL-HC-0.8-03'), ('名称', '0.8m³ 混合澄清槽 单级'), ('材质', 'PP 板 δ20 / 钢骨架'),
                   ('比例', '1:10'), ('设计', '熊 2024-11-12'), ('校对', '罗'), ('批准', '张'), ('项目', '三车间 Pr/Nd 分组')])
    d.rect(30, 150, 60, 60); d.rect(90, 150, 180, 60); d.circle(60, 180, 18, 'HIDDEN'); d.line(60, 180, 60, 240, 'CENTER')
    d.text(45, 215, '混合室 600×600×700', 3, 'DIM'); d.text(140, 215, '澄清室 1800×600×700', 3, 'DIM')
    d.text(95, 195, '有机堰 H=560', 3, 'DIM'); d.text(95, 160, '水相堰 可调 H=480~530', 3, 'DIM')
    d.notes(30, 130, [
        '说明：',
        '1. 本槽为 P507-煤油 体系 Pr/Nd 分离段通用单级，萃取段 38 级 + 洗涤段 32 级 串联，共 70 级；',
        '2. 有机相：1.5mol/L P507，皂化度 36%（氨皂），磺化煤油稀释；',
        '3. 流比 O:F:W = 1 : 0.118 : 0.082（体积），料液 REO 1.42mol/L，pH 3.5~4.0；洗酸 HCl 4.6mol/L；',
        '4. 搅拌桨 Φ300 涡轮，转速 280r/min，混合时间 ≥3.5min；澄清面积负荷 ≤ 3.2m³/(m²·h)；',
        '5. 潜室 Φ160 进口，外置调节堰控制界面高度，界面位于澄清室高度 1/3 处；',
        '6. 出口指标：Nd2O3/REO ≥ 99.5%，Pr6O11/REO ≥ 99.0%（萃余液）；',
        '7. 焊接：PP 热风焊，焊后 24h 充水试漏。'])
    d.save('drawings/FL-HC-0.8-03_混合澄清槽.dxf', 'gbk')
    label('drawings/FL-HC-0.8-03_混合澄清槽.dxf', 'controlled', ['1E902.a'], ['separation'], [], 'drawing', 'zh', False,
          'mixer-settler stage drawing with P507 Pr/Nd cascade stage counts, flow ratios, saponification')

def c_dxf_cell():
    d = DXF('ANSI_1252')
    d.title_block([('DWG NO.', 'EC-6KA-A01 rev C'), ('TITLE', '6 kA cell - anode/cathode arrangement'),
                   ('SCALE', '1:5'), ('DRAWN', 'L. Wen 2025-01-08'), ('CHECKED', 'Q. Ma'), ('SITE', 'Line 2, bay 4')])
    d.circle(120, 200, 70); d.circle(120, 200, 52); d.circle(120, 200, 24, 'HIDDEN'); d.circle(120, 200, 4)
    d.line(120, 120, 120, 280, 'CENTER'); d.line(40, 200, 200, 200, 'CENTER')
    d.text(195, 260, 'GRAPHITE CRUCIBLE ID 680 x 1000 deep', 3, 'DIM')
    d.text(195, 250, 'ANODE: 4 x graphite segments, 90 deg, 60 thk', 3, 'DIM')
    d.text(195, 240, 'CATHODE: W rod D70, immersion 350', 3, 'DIM')
    d.text(195, 230, 'Mo receiver crucible D200 x 180', 3, 'DIM')
    d.notes(30, 110, [
        'NOTES',
        '1. Bath: NdF3-PrF3 / LiF = 88 / 12 wt%, bath depth 520 mm, operating temp 1040-1060 C.',
        '2. Feed: PrNd oxide (Pr:Nd 25:75), D50 5-8 um, dried 300 C, fed 8-10 kg/h, 2 min pulse.',
        '3. Current 6000 A nominal; anode CD 0.9-1.1 A/cm2, cathode CD 7-9 A/cm2; cell voltage 9.5-10.5 V.',
        '4. Anode-cathode gap 110 mm at start; reset when cell V > 11.0 V.',
        '5. Tap metal every 2 h into Mo receiver, ~14 kg per tap. Target current efficiency >= 80%, RE yield >= 96%.',
        '6. Carbon in metal <= 0.03 wt%; Fe <= 0.05 wt%; O <= 0.02 wt%.',
        '7. Steel shell water jacket not to exceed 60 C outlet.'])
    d.save('drawings/EC-6KA-A01_revC.dxf')
    label('drawings/EC-6KA-A01_revC.dxf', 'controlled', ['1E902.a'], ['metal-smelting'], [], 'drawing', 'en', False,
          'PrNd fluoride molten-salt cell arrangement drawing; notes give bath, current density, voltage, feed')

def c_dxf_strip_caster():
    d = DXF('ANSI_1252')
    d.title_block([('DWG NO.', 'SC-600-ROLL-11'), ('TITLE', 'Quench wheel & tundish assy'), ('MATL', 'Cu-Cr-Zr (wheel shell)'),
                   ('SCALE', '1:10'), ('DRAWN', 'R. Pillai 2024-12-02'), ('APPROVED', 'D. Huang'), ('PROJECT', 'SC600 casting line')])
    d.circle(150, 190, 60); d.circle(150, 190, 48, 'HIDDEN'); d.rect(60, 245, 70, 20); d.line(130, 250, 148, 250)
    d.text(60, 270, 'TUNDISH (ZrO2 slot nozzle 2 x 230)', 3, 'DIM'); d.text(215, 190, 'WHEEL D600 x W300', 3, 'DIM')
    d.notes(30, 115, [
        'PROCESS NOTES (strip casting of 2:14:1 alloy):',
        '1. Charge: PrNd 29.8, Dy 0.5, B 0.96, Co 1.0, Cu 0.15, Al 0.2, Ga 0.1, Zr 0.1, Fe bal. (wt%). 600 kg/heat.',
        '2. VIM melt under Ar 40-60 kPa; refine 1480 C x 8 min; pour 1420-1450 C.',
        '3. Wheel linear speed 1.0-1.3 m/s; flake thickness target 0.25-0.35 mm.',
        '4. Cooling water 45 m3/h, inlet <= 28 C, dT across wheel <= 8 C.',
        '5. Alpha-Fe free; SDAS 3-5 um; Nd-rich phase spacing 2-4 um (check each heat, SEM BSE).',
        '6. Secondary cooling drum: flakes held 30 min under Ar before discharge.',
        '7. Wheel surface Ra 1.6; re-grind when Ra > 3.2 or after 120 heats.'])
    d.save('drawings/SC-600-ROLL-11.dxf')
    label('drawings/SC-600-ROLL-11.dxf', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'drawing', 'en', True,
          'strip-caster wheel/tundish drawing with alloy recipe and casting parameters; no "rare earth" words')

def c_dxf_smco_tray():
    d = DXF('ANSI_1252')
    d.title_block([('DWG NO.', 'HT-FX-2217-04'), ('TITLE', 'Aging tray, Mo, 8 pockets'), ('MATL', 'Mo sheet 3 mm'),
                   ('SCALE', '1:2'), ('DRAWN', 'K. Sato 2025-02-14'), ('CHECKED', 'M. Lin')])
    d.rect(40, 160, 200, 80)
    for i in range(4):
        for j in range(2):
            d.circle(70 + i * 45, 182 + j * 36, 14)
    d.notes(30, 140, [
        'NOTES:',
        '1. Tray for Sm2(Co,Fe,Cu,Zr)17 rings OD26/ID12 x 8, 8 per tray, max 12 trays per load.',
        '2. Sinter 1215 C x 1.5 h Ar; solution treat 1190 C x 3 h; gas quench to < 100 C within 6 min.',
        '3. Isothermal aging 830 C x 12 h, slow cool 0.7 C/min to 400 C, hold 2 h, quench.',
        '4. Target Br 1.08-1.12 T, HcJ >= 1990 kA/m, (BH)max 215-235 kJ/m3, Hk/HcJ >= 0.60.',
        '5. Tray flatness <= 0.3 after 20 cycles; replace if cracked.'])
    d.save('drawings/HT-FX-2217-04.dxf')
    label('drawings/HT-FX-2217-04.dxf', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['SmCo'], 'drawing', 'en', True,
          'fixture drawing whose notes carry SmCo 2:17 sinter/solution/aging schedule')

def geom_die(p):
    p.rect(40, 40, 120, 90); p.rect(75, 60, 50, 50); p.line(100, 30, 100, 140)
    p.rect(200, 50, 30, 80); p.rect(240, 50, 30, 80)
    p.line(185, 90, 285, 90)
    p.set_font('wq', size=8)
    p.text(80, 58, '模腔 51.2×34.6'); p.text(195, 45, '电磁铁极头 (N)'); p.text(238, 45, '电磁铁极头 (S)')

def c_pdf_press_die():
    pdf_drawing('drawings/MJ-YX-0512 取向成型模.pdf',
                [('图号', 'MJ-YX-0512'), ('名称', '垂直磁场取向成型模 模芯'), ('材料', '无磁钢 1Cr18Ni9Ti / 硬质合金镶块'),
                 ('比例', '1:1'), ('设计', '吕 2025.01.20'), ('审核', '姜'), ('车间', '压型车间 4# 压机')],
                ['技术要求：',
                 '1. 用于 52M 牌号毛坯，粉末 SMD 3.0~3.3μm（气流磨，O2≤50ppm 保护），加 0.08% 防氧化剂 混料 2h；',
                 '2. 装粉量 168±1g，装粉密度 2.1g/cm³；取向磁场 ≥1.8T（脉冲 3 次，峰值 2.2T），压制时磁场保持；',
                 '3. 压制压力 45MPa，保压 5s，退磁反向脉冲 0.3T；压坯密度 3.9~4.1g/cm³；',
                 '4. 压坯真空封装后冷等静压 200MPa × 60s；',
                 '5. 模腔工作面 Ra0.2，侧隙 0.02~0.04；镶块 YG15；',
                 '6. 烧结：1065℃×4h 真空 ≤5×10^-3 Pa，一级回火 900℃×2h，二级回火 500℃×3h，氩气风冷；',
                 '7. 收缩比：取向方向 21%，垂直方向 14%，按此放模腔尺寸。'], geom_die, author='lv')
    label('drawings/MJ-YX-0512 取向成型模.pdf', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'drawing', 'zh', True,
          'PDF die drawing; notes specify jet-mill powder, field pressing, CIP, sintering and tempering for NdFeB')

def geom_tray(p):
    for i in range(6):
        p.rect(40 + i * 32, 50, 28, 18)
    p.rect(35, 45, 200, 30); p.line(30, 95, 250, 95)
    p.set_font('wq', size=8); p.text(40, 42, 'TOP VIEW  graphite tray 200x30, 6 slots 28x18x5.2')

def c_pdf_gbd():
    pdf_drawing('drawings/GBD-tray-T3_rev2.pdf',
                [('DWG', 'GBD-T3 rev2'), ('TITLE', 'Diffusion tray & coating jig'), ('MATL', 'graphite ISO-63 / SUS304 jig'),
                 ('SCALE', '1:1'), ('DRAWN', 'Chen W. 2025-02-05'), ('CHECKED', 'Ye'), ('LINE', 'GBD-2 扩散线')],
                ['NOTES 说明:',
                 '1. Substrate: 44H base magnets 28x18x5.0 (c-axis // 5.0), after machining, before coating.',
                 '2. 表面预处理: 3% HNO3 酸洗 30s, 纯水超声 2 次, 80℃ 烘干.',
                 '3. Coating: Tb paste (TbH2 powder D50 3um : binder = 70 : 30), screen print both pole faces, 0.6 wt% Tb per magnet.',
                 '4. 扩散: 920℃ x 12h, vacuum ≤ 3e-3 Pa, ramp 5℃/min; 回火 490℃ x 4h, Ar fan cool.',
                 '5. Target: ΔHcJ ≥ +11 kOe (44H → 52SH-grade HcJ ≥ 27 kOe), ΔBr ≤ -0.02 T.',
                 '6. Slot depth 5.2 so magnets do not touch tray lid; stack max 8 trays per load.',
                 '7. Grind 0.05 per side after diffusion to remove Tb-rich crust.'], geom_tray, author='chenw')
    label('drawings/GBD-tray-T3_rev2.pdf', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'drawing', 'mixed', True,
          'tray drawing carrying Tb grain-boundary diffusion recipe')

def geom_wells(p):
    for i in range(12):
        for j in range(7):
            x, y = 40 + i * 16, 40 + j * 14
            p.circle(x, y, 1.6)
    p.line(30, 140, 230, 140); p.line(30, 145, 230, 145)
    p.set_font('wq', size=8); p.text(40, 150, '集液巷道 ±0.000 (標高 312.5m)'); p.text(240, 70, '注液井 Φ200')

def c_pdf_wells():
    pdf_drawing('drawings/K3礦塊注液井網布置圖.pdf',
                [('圖號', 'K3-ZY-01'), ('名稱', 'K3 礦塊 注液井網布置'), ('比例', '1:500'), ('設計', '劉 2024/10/08'),
                 ('審核', '賴'), ('單位', '礦山技術組')],
                ['說明：',
                 '1. 井網 2.0m×2.0m 梅花形佈置，井徑 Φ200，井深穿過全風化層至半風化層頂板下 0.5m；',
                 '2. 浸礦劑：硫酸銨 2.0~2.5%（初期），後期降至 1.0%；注液強度 0.6m³/(井·d)；pH 4.5~5.5；',
                 '3. 頂水：浸礦劑注完後注清水，液固比 累計 0.9:1；',
                 '4. 集液：底部導流孔 Φ90，間距 6m，坡度 3%，匯至集液池 600m³；',
                 '5. 母液稀土濃度 ≥0.8g/L 時送除雜，除雜 pH 5.2（碳酸氫銨），沉澱 pH 6.8~7.0；',
                 '6. 浸出率目標 ≥85%；監測井 4 口，每日測 NH4+ 及稀土濃度。'], geom_wells, author='liu')
    label('drawings/K3礦塊注液井網布置圖.pdf', 'controlled', ['1E902.a'], ['mining'], [], 'drawing', 'zh', False,
          'traditional-Chinese in-situ leaching well-grid drawing with lixiviant and collection parameters')

# ---------------- NC programs ----------------
def c_nc_grind():
    t = """%
O2301(N45SH 40X20X8 双端面磨)
(机床: 宇环 YHMM7760 立式双端面磨)
(工件: 钕铁硼烧结毛坯 40.3X20.3X8.35 -> 8.00+/-0.02)
(砂轮: D91 树脂金刚石 浓度 75  线速 28M/S)
(冷却: 水基切削液 3%, 流量 40L/MIN, 磁粉过滤)
G21 G90 G94
M03 S1450(上砂轮)
M13 S1450(下砂轮)
M08
G04 X5.
(粗磨 每刀 0.03 共 8 刀)
#1=8.35
WHILE[#1GT8.11]DO1
#1=#1-0.03
G01 Z[#1] F0.8
G04 X2.
G01 Z[#1+0.2] F5.
END1
(半精磨 0.01 X 8)
WHILE[#1GT8.03]DO2
#1=#1-0.01
G01 Z[#1] F0.3
G04 X3.
END2
(精磨 0.005 光磨 2 次 保证平行度 0.01)
G01 Z8.005 F0.15
G04 X4.
G01 Z8.000 F0.1
G04 X6.
G04 X6.
G01 Z20. F200.
M09
M05
M15
M30
%
"""
    write_text('nc/O2301_N45SH_双端面磨.nc', t, crlf=True)
    label('nc/O2301_N45SH_双端面磨.nc', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'nc-program', 'zh', False,
          'double-disc grinding program for sintered NdFeB blanks with passes and wheel data')

def c_mpf_wedm():
    t = """; ARC_SEG_R22.MPF  -- wire EDM, arc segment R22.5/R17.0 x 60deg x L35
; material: sintered NdFeB 42UH, radially oriented blank 45x35x30 (after 2nd temper)
; machine: AgieCharmilles CUT 200 mS, wire 0.25 CuZn, water cond 12 uS/cm
; E-pack: E-NDFB-25-3 (rough 1 + trim 2); offset R1=0.172 R2=0.138 R3=0.128
; NOTE: keep cut speed < 3.5 mm/min on rough to avoid chipping of Nd-rich grain boundary
; NOTE: flush pressure low (2 bar) on trims, magnet must be demagnetised (<10 Gs) before clamping
N10 G90 G71 G40
N20 G92 X0 Y0
N30 M20                  ; thread wire
N40 E1 ; rough: ON 6 OFF 12 IP 9 SV 45 WS 9 WT 12
N50 G41 D1 G01 X5.0 Y0
N60 G01 X22.5 Y0
N70 G03 X11.25 Y19.486 I-22.5 J0
N80 G01 X8.5 Y14.722
N90 G02 X17.0 Y0 I8.5 J-14.722
N100 G01 X22.5 Y0
N110 E2 ; trim 1: ON 2 OFF 8 IP 4 SV 30
N120 G42 D2 G01 X22.5 Y0
N130 G03 X11.25 Y19.486 I-22.5 J0
N140 G01 X8.5 Y14.722
N150 G02 X17.0 Y0 I8.5 J-14.722
N160 E3 ; trim 2: ON 1 OFF 6 IP 2 SV 25  -> Ra 0.8
N170 G41 D3 G01 X22.5 Y0
N180 G03 X11.25 Y19.486 I-22.5 J0
N190 G01 X8.5 Y14.722
N200 G02 X17.0 Y0 I8.5 J-14.722
N210 G40 G01 X5.0 Y0
N220 M21                 ; cut wire
N230 M30
; after cut: 0.1 mm barrel grind on OD, NiCuNi 10-15 um, radial magnetise 3 T
"""
    write_text('nc/ARC_SEG_R22.MPF', t, crlf=True)
    label('nc/ARC_SEG_R22.MPF', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB'], 'nc-program', 'en', False,
          'Siemens-style wire-EDM program for NdFeB arc segments, with discharge settings')

def c_tap_impeller():
    t = """(MS-IMP-300 MIXER IMPELLER / PUMP-MIX TURBINE)
(FOR 0.8M3 MIXER-SETTLER, EXTRACTION SECTION STAGES 1-38)
(MATL: PVDF PLATE 30MM, CUT 6 BLADES)
(DESIGN DUTY: 280 RPM, LIFT HEAD 80MM, O/A 1:0.2, AQ CONTINUOUS NOT ALLOWED)
(BLADE ANGLE 0 DEG, BLADE H 45, D 300, HUB D60)
(T1 D10 FLAT 3FL  T2 D6 BALL  T3 D8.5 DRILL)
G17 G40 G49 G80 G90
G21
T1 M06
S9000 M03
G54 G00 X0 Y0
G43 H01 Z25.
(OD PROFILE)
G00 X155. Y0
G01 Z-10. F400.
G02 X155. Y0 I-155. J0 F1200.
G01 Z-20. F400.
G02 X155. Y0 I-155. J0 F1200.
G01 Z-30.5 F400.
G02 X155. Y0 I-155. J0 F900.
G00 Z25.
(BLADE POCKETS 6X60DEG)
G68 X0 Y0 R0.
M98 P1000
G68 X0 Y0 R60.
M98 P1000
G68 X0 Y0 R120.
M98 P1000
G68 X0 Y0 R180.
M98 P1000
G68 X0 Y0 R240.
M98 P1000
G68 X0 Y0 R300.
M98 P1000
G69
T3 M06
S2500 M03
G43 H03 Z25.
G81 X0 Y0 Z-32. R3. F150.
G80
G00 Z50. M05
M30
O1000
G00 X40. Y12.
G01 Z-15. F300.
G01 X145. F1000.
G01 Y-12.
G01 X40.
G01 Z-15. 
G00 Z25.
M99
%
"""
    write_text('nc/MSIMP300.TAP', t, crlf=True)
    label('nc/MSIMP300.TAP', 'controlled', ['1E902.a'], ['separation'], [], 'nc-program', 'en', True,
          'machining program for mixer-settler impeller with extraction-stage duty data; only equipment and numbers')

def c_txt_smco_ring():
    t = """O5512 (SmCo 2:17 ring OD25.4/ID10 x 6 -- ID/OD grinding)
(2:17 YXG-30H, 时效后毛坯 OD26.2 ID9.2 x 6.4)
(注意：SmCo 脆性大 进给不可大于 0.005/rev，砂轮 D64 金刚石 V 陶瓷结合剂)
(Coolant: synthetic 4%, 过滤 5um)
G18 G21 G40 G99
T0101 (ID wheel D7 x 10)
G50 S12000
G97 S10000 M03
G00 X8.8 Z2.
M08
(ID rough: 0.01/pass dia, oscillate)
#101=9.2
WHILE[#101LT9.98]DO1
#101=#101+0.01
G01 X#101 F0.005
G01 Z-6.5 F0.8
G01 Z1. F0.8
END1
(ID finish/spark-out)
G01 X10.000 F0.002
G01 Z-6.5 F0.3
G01 Z1. F0.3
G01 Z-6.5 F0.3
G00 X8.8 Z2.
T0202 (OD wheel D200)
G97 S2200 M03
G00 X27. Z-3.
G01 X25.60 F0.005
G01 X25.42 F0.002
G04 X3.
G01 X25.400 F0.001
G04 X5.
G00 X30.
M09
M05
M30
(after grind: 倒角 C0.15, 检 Br>=1.05T HcJ>=2000kA/m 10% 抽检, 轴向充磁 5T)
"""
    write_text('nc/O5512_smco_ring.txt', t)
    label('nc/O5512_smco_ring.txt', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['SmCo'], 'nc-program', 'mixed', False,
          'ID/OD grinding program for SmCo 2:17 rings with mixed zh/en comments')

def c_nc_anode():
    t = """%
O3006(石墨阳极块 扇形 R340/R280 厚60 高900)
(用于 6KA 氟化物体系 稀土电解槽，4 块拼成阳极圈)
(材料: 高纯石墨 灰分<=0.05% 体密>=1.80)
(刀具 T1 D50 玉米铣 T2 D20 立铣 T3 D16 钻)
(注: 加工后 120 度烘 8h 再装槽, 阳极-阴极极距 110)
G17 G21 G40 G49 G80 G90
T1 M06
S3500 M03
G54 G00 X0 Y0
G43 H1 Z50.
(外弧 R340 开粗 每层 5)
#1=0
WHILE[#1GT-900]DO1
#1=#1-5.
G00 X340. Y0
G01 Z#1 F800.
G03 X170. Y294.449 R340. F3000.
G00 Z[#1+5.]
G00 X340. Y0
END1
(内弧 R280)
T2 M06
S6000 M03
G43 H2 Z50.
G00 X280. Y0
G01 Z-900.5 F600.
G03 X140. Y242.487 R280. F2500.
G00 Z50.
(吊装孔 M20 底孔)
T3 M06
S1200 M03
G43 H3 Z50.
G83 X310. Y60. Z-80. Q10. R3. F120.
X260. Y190.
G80
G00 Z200. M05
M09
M30
%
"""
    write_text('nc/O3006_石墨阳极.nc', t, crlf=True)
    label('nc/O3006_石墨阳极.nc', 'controlled', ['1E902.a'], ['metal-smelting'], [], 'nc-program', 'zh', False,
          'program machining graphite anode segments for RE fluoride electrolysis cell')

def c_mpf_ce_slice():
    t = """; CE45_SLICE.MPF   多線切割 程式
; 工件：高豐度 鈰取代 燒結釹鐵硼 毛坯 (Ce 替代 TRE 25%, 牌號 38M-Ce)
; 毛坯 62 x 48 x 40 (取向 40) , 黏板 玻璃板 + AB 膠 固化 2h
; 切片 厚 2.05 共 19 片, 鑽石線 Φ0.20, 張力 32N
; 注意：鈰取代 材料 硬度較低 易崩邊, 進給比 N 系 降 15%
; 切削液 PEG 水基 10%, 溫度 ≤ 25℃
N10 G90 G71
N20 R1=12.0        ; 線速 m/s
N30 R2=0.30        ; 進給 mm/min (N系 0.35)
N40 R3=2.05        ; 片厚
N50 R4=0.20        ; 線徑
N60 M03 S=R1
N70 M08
N80 G00 Z5.0
N90 G01 Z0 F2.0
N100 G01 Z-40.8 F=R2   ; 全深 + 0.8 入玻璃板
N110 G04 F10
N120 G01 Z5.0 F3.0
N130 M09
N140 M05
N150 M30
; 切後 : 脫膠 80℃ 熱水 20min, 倒角 滾磨 30min
; 抽檢 Br ≥ 1.22T, HcJ ≥ 1200kA/m (Ce 取代 規格)
"""
    write_text('nc/CE45_SLICE.MPF', t, crlf=True)
    label('nc/CE45_SLICE.MPF', 'controlled', ['1E902.a'], ['magnet-manufacturing'], ['NdFeB', 'Ce'], 'nc-program', 'zh', False,
          'traditional-Chinese multi-wire slicing program for Ce-substituted NdFeB with feed adjustments')

ALL = [c_dxf_magnet_block, c_dxf_mixer_settler, c_dxf_cell, c_dxf_strip_caster, c_dxf_smco_tray, c_pdf_press_die,
       c_pdf_gbd, c_pdf_wells, c_nc_grind, c_mpf_wedm, c_tap_impeller, c_txt_smco_ring, c_nc_anode, c_mpf_ce_slice]
