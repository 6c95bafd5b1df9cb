% bench_semi_infinite.m
% Verification case for the in-house FD conduction solver: semi-infinite solid with a
% sudden surface temperature change.
% Analytical solution T = Ts + (Ti - Ts) erf(x / (2 sqrt(a t))).
% Data as in the usual heat-transfer textbook example (soil, a = 0.138e-6 m2/s).
clear; clc;
a  = 0.138e-6;     % m2/s
Ti = 20; Ts = -15; % C
L  = 2.0; nx = 201; dx = L / (nx - 1);
dt = 0.4 * dx^2 / a;
t_end = 60 * 24 * 3600;   % 60 days
x = linspace(0, L, nx)';
T = Ti * ones(nx, 1); T(1) = Ts;
for t = dt:dt:t_end
    T(2:end-1) = T(2:end-1) + a * dt / dx^2 * (T(3:end) - 2 * T(2:end-1) + T(1:end-2));
end
Tex = Ts + (Ti - Ts) * erf(x / (2 * sqrt(a * t_end)));
fprintf('max |FD - exact| = %.3f K\n', max(abs(T - Tex)));
fprintf('depth of 0 C after 60 days: %.2f m\n', interp1(T, x, 0));
plot(x, T, 'o', x, Tex, '-'); xlabel('x [m]'); ylabel('T [C]'); legend('FD', 'exact');

