%% VSF06_soak.m  真空烧结炉装料升温仿真 (集总参数 + 辐射换热)
% 作者: 磁材工艺部 杨工   2024-07-03
% 用途: 确定 N45SH 大块 (80x60x40) 满载 480 kg 时 1060°C 保温时间,
%       保证料心与料表温差 <= 5°C 后再计保温 4 h.
clear; clc;
sigma = 5.67e-8; eps_load = 0.55; eps_wall = 0.80;
m_load = 480; cp = 460;          % J/(kg K) 烧结态钕铁硼近似
m_boat = 220; cp_boat = 272;     % Mo 料盒
A_rad  = 3.9;                    % m2 有效辐射面积
prog = [ % 段号  目标(°C)  速率(°C/min)  保温(min)  备注
    1   400   3.0   120   % 脱气: 润滑剂/氢 释放, 真空 <= 10 Pa
    2   850   3.0   120   % 脱氢完全, 真空 <= 5e-2 Pa
    3  1060   2.0   270   % 致密化烧结, 4.5 h
    4    80 -15.0     0   % Ar 0.08 MPa 风冷
];
dt = 10; t = 0; Ts = 25; Tl = 25; log = [];
for k = 1:size(prog,1)
    target = prog(k,2); rate = prog(k,3)/60; hold = prog(k,4)*60;
    while (rate > 0 && Ts < target) || (rate < 0 && Ts > target)
        Ts = Ts + rate*dt;
        q = sigma*A_rad/(1/eps_load + 1/eps_wall - 1)*((Ts+273.15)^4 - (Tl+273.15)^4);
        Tl = Tl + q*dt/(m_load*cp + m_boat*cp_boat);
        t = t + dt; log(end+1,:) = [t Ts Tl]; %#ok<SAGROW>
    end
    th = 0;
    while th < hold || abs(Ts - Tl) > 5
        q = sigma*A_rad/(1/eps_load + 1/eps_wall - 1)*((Ts+273.15)^4 - (Tl+273.15)^4);
        Tl = Tl + q*dt/(m_load*cp + m_boat*cp_boat);
        if abs(Ts - Tl) <= 5, th = th + dt; end
        t = t + dt; log(end+1,:) = [t Ts Tl]; %#ok<SAGROW>
    end
    fprintf('段%d 结束: t=%.1f h, 料温 %.1f°C\n', k, t/3600, Tl);
end
% 回火: 一级 890°C x 2h, 二级 480-520°C x 3h (按 HcJ 调整, N45SH 目标 HcJ >= 20 kOe)
plot(log(:,1)/3600, log(:,2:3)); xlabel('h'); ylabel('°C'); legend('炉温','料温');
