function out = model
%
% gbd_tb_52sh.m
%
% Model exported on Mar 5 2025, 16:20 by COMSOL 6.1.0.357.
% Grain-boundary diffusion (GBD) of Tb into sintered NdFeB, base 52SH-0Dy, t = 6.0 mm
% Owner: Magnet R&D / X. Qiu  -- internal, do not send outside
%
import com.comsol.model.*
import com.comsol.model.util.*

model = ModelUtil.create('Model');
model.modelPath('D:\proj\GBD\2025');
model.label('gbd_tb_52sh.mph');
model.comments(['Tb GBD: coating Tb-Al paste (Tb:Al=9:1 at) screen printed both poles, ' ...
  'diffusion 920C x 15 h (Ar 0.02 MPa), aging 490C x 4 h. Target: HcJ +11 kOe at 0.45 wt% Tb, ' ...
  'Br drop <= 0.02 T, depth profile flat to 2.5 mm from surface']);

model.param.set('T_diff', '920[degC]', 'diffusion temperature (880-940 window)');
model.param.set('t_diff', '15[h]', 'diffusion hold');
model.param.set('T_age', '490[degC]', 'post-diffusion ageing');
model.param.set('t_age', '4[h]');
model.param.set('m_Tb', '0.45[wt%]', 'Tb added as coating, per magnet mass');
model.param.set('th', '6.0[mm]', 'magnet thickness along c-axis');
model.param.set('D0_gb', '2.1e-6[m^2/s]', 'GB diffusion prefactor, fitted to EPMA profiles');
model.param.set('Q_gb', '190[kJ/mol]', 'GB activation energy (fit)');
model.param.set('D0_bulk', '5.0e-4[m^2/s]');
model.param.set('Q_bulk', '320[kJ/mol]', 'lattice diffusion into Nd2Fe14B');
model.param.set('delta_gb', '3[nm]', 'GB phase thickness');
model.param.set('d_grain', '4.5[um]', 'mean grain size after jet mill D50=3.0 um');
model.param.set('dHcJ_dTb', '24[kOe/wt%]', 'local coercivity gain per wt% Tb in shell');

model.component.create('comp1', true);
model.component('comp1').geom.create('geom1', 1);
model.component('comp1').geom('geom1').create('i1', 'Interval');
model.component('comp1').geom('geom1').feature('i1').set('coord', {'0' 'th/2'});
model.component('comp1').geom('geom1').run;

model.component('comp1').physics.create('tds', 'DilutedSpecies', 'geom1');
model.component('comp1').physics('tds').field('concentration').component({'cTb'});
model.component('comp1').physics('tds').feature('cdm1').set('D_cTb', ...
  {'D0_gb*exp(-Q_gb/(R_const*T_diff))*delta_gb/d_grain' '0' '0' '0' ...
   'D0_gb*exp(-Q_gb/(R_const*T_diff))*delta_gb/d_grain' '0' '0' '0' ...
   'D0_gb*exp(-Q_gb/(R_const*T_diff))*delta_gb/d_grain'});
model.component('comp1').physics('tds').create('fl1', 'FluxBoundary', 0);
model.component('comp1').physics('tds').feature('fl1').selection.set([1]);
model.component('comp1').physics('tds').feature('fl1').set('J0', ...
  'm_Tb*7.55[g/cm^3]*th/2/t_diff/0.15894[kg/mol]');

model.component('comp1').mesh.create('mesh1');
model.component('comp1').mesh('mesh1').create('edg1', 'Edge');
model.component('comp1').mesh('mesh1').feature('edg1').create('dis1', 'Distribution');
model.component('comp1').mesh('mesh1').feature('edg1').feature('dis1').set('numelem', 300);
model.component('comp1').mesh('mesh1').run;

model.study.create('std1');
model.study('std1').create('time', 'Transient');
model.study('std1').feature('time').set('tlist', 'range(0,0.25[h],t_diff)');
model.sol.create('sol1');
model.sol('sol1').study('std1');
model.sol('sol1').attach('std1');
model.sol('sol1').runAll;

model.result.create('pg1', 'PlotGroup1D');
model.result('pg1').create('lngr1', 'LineGraph');
model.result('pg1').feature('lngr1').set('expr', 'cTb');
model.result.export.create('data1', 'Data');
model.result.export('data1').set('filename', 'D:\proj\GBD\2025\tb_profile_920C_15h.csv');

out = model;
