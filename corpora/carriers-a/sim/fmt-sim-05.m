% PN_cascade_design.m
% Pr/Nd 分离 串级萃取工艺计算 (P507-HCl 体系, 恒定混合萃取比)
% 依据: 串级萃取理论最优化设计, 用于二线扩能方案比选
% 编制: 邓志勇  2025-01-20   版本 V2.1
clear; clc;

%% 输入
beta = 1.50;          % 分离系数 beta(Nd/Pr), 现场标定值 1.45~1.55
fA = 0.75;            % 料液中易萃组分 Nd 摩尔分数 (以 REO 计)
fB = 1 - fA;          % 难萃组分 Pr
PA = 0.995;           % 有机出口 Nd2O3/REO 纯度要求
PB = 0.990;           % 水相出口 Pr6O11/REO 纯度要求
C_feed = 1.30;        % 料液 RECl3 浓度 mol/L
C_org = 0.18;         % 有机相饱和容量 mol/L (1.5 mol/L P507, 皂化度 36%)
C_acid = 3.5;         % 洗酸 HCl mol/L

%% 分馏比
theta = (fA - (1 - PB)) / (PA - (1 - PB));   % 有机出口分率
a = (PA / (1 - PA)) / (fA / fB);             % 易萃组分纯化倍数
b = (PB / (1 - PB)) / (fB / fA);             % 难萃组分纯化倍数

%% 最优萃取比
EM = 1 / sqrt(beta);                 % 萃取段
EMp = sqrt(beta) * theta / (1 - (1 - theta) / sqrt(beta));
n = ceil(log(b) / log(beta * EM));   % 萃取段级数
m = ceil(log(a) / log(beta / EMp * (1 + 0.3))) - 1;   % 洗涤段级数(含经验修正)

%% 流比 (以料液 F = 1 计)
S = theta * C_feed / C_org / (1 - EM / beta);   % 有机相
W = S * C_org / C_acid * 1.05;                  % 洗酸 (5% 余量)

fprintf('theta = %.3f\n', theta);
fprintf('萃取段 n = %d 级, 洗涤段 m = %d 级, 总级数 %d\n', n, m, n + m);
fprintf('流比 S : F : W = %.1f : 1 : %.2f\n', S, W);
fprintf('Nd 收率 YA = %.2f %%\n', 100 * theta * PA / fA);

%% 设计裕量: 实际级数取计算值 x 1.35 (混合效率 0.90~0.95, 返混)
n_design = ceil(1.35 * n);
m_design = ceil(1.35 * m);
fprintf('设计级数: 萃取 %d + 洗涤 %d\n', n_design, m_design);

