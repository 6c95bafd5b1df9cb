RAW = """From: =?UTF-8?B?6ZmI5bu65Zu9?= <chen.jianguo@xtrecycle.example.cn>
To: Daniel Okafor <d.okafor@lumenglass.example.com>
Cc: "Maria Huang" <maria.huang@lumenglass.example.com>, =?UTF-8?B?546L5qKF?= <wang.mei@xtrecycle.example.cn>
Subject: RE: RE: Q1 shipments, invoice 2025-118, and the regeneration trial / 一季度发货、发票及再生试验
Date: Thu, 20 Nov 2025 17:42:09 +0800
Message-ID: <20251120174209.5512@xtrecycle.example.cn>
In-Reply-To: <CAF8x2025111909Okafor@lumenglass.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Daniel,

Thank you for your patience. Please find my answers below, point by point. Wang Mei will send the
corrected invoice separately tomorrow.

1) Q1 2026 shipments / 一季度发货

We confirm 3 containers (20' each, about 18 t net per container) of regenerated polishing powder
grade XT-R60 for January, February and March loading from Ningbo. Packing: 25 kg bags, 40 bags per
pallet, stretch-wrapped. ETD Ningbo roughly 10th of each month; transit to Rotterdam about 32 days.
Price stays at USD 7.40/kg CIF Rotterdam for Q1 as agreed in October.

2) Invoice 2025-118

You are right, the invoice showed 18.6 t instead of 18.2 t. Our mistake - the weighbridge ticket
was from the previous truck. Wang Mei will issue a credit note for 0.4 t (USD 2,960.00).

3) Your spent slurry / 废抛光粉再生试验

Now the main point. We received the 2 drums of your spent slurry cake (from the TV-glass line) on
12 November and ran the regeneration trial in our pilot line last week. Results are good. Since your
engineers asked how we do it, so that they can judge whether an on-site pretreatment in your plant
makes sense, I summarise our route below. Please treat this as confidential and for Lumen Glass
internal use only.

Feed analysis (dry basis): TREO 47.6% (CeO2/TREO 63%, La2O3/TREO 35%, Pr6O11 ~1.5%), F 4.1%,
SiO2 18.5%, Al2O3 9.2%, CaO 2.6%, flocculant/organics ~3%, moisture of cake 38%.

Process we used (pilot, 50 kg dry per batch):

 a. Repulp and wash: water, L/S 4:1, 40 C, 30 min, 3 washes; removes soluble salts and part of
    the flocculant. Screen at 150 mesh to remove pad fibres and glass chips.
 b. Alkali leaching to remove Si and Al: NaOH 4 mol/L (about 15 wt%), L/S 4:1, 95 C, 2 h with
    stirring 200 rpm. SiO2 drops from 18.5% to 2.1%, Al2O3 from 9.2% to 1.4%. Filter, wash to
    pH 9. The alkali also converts REF3 partly to RE(OH)3, F goes to solution (F in residue
    0.6%). Alkali filtrate: lime treatment to recover NaOH and precipitate CaF2 / Na silicate.
 c. Acid leaching: HCl 6 mol/L plus H2O2 (30%) at 0.35 L per kg CeO2 as reductant,
    L/S 5:1, 85 C, 3 h. Without H2O2 only about 55% of Ce dissolves because Ce(IV) is hard to
    leach; with it we reach 97.8% TREO leaching. End acidity 0.3-0.5 mol/L H+.
 d. Impurity removal: neutralise to pH 4.2-4.5 with ammonia water, add 0.5 g/L PAM, settle;
    Fe, Al, Si and residual Th co-precipitate. Filter.
 e. Precipitation: oxalic acid, 1.55 kg per kg TREO, 70 C, end pH 1.6, ageing 1 h.
    (Carbonate precipitation with NH4HCO3 also works but the powder is harder to control.)
 f. Calcination and fluorination to make polishing powder: mix oxalate with 6% NH4F (as F source,
    the F is important for polishing activity), calcine 960 C x 4 h in a push-plate kiln.
 g. Jet mill / classify to D50 1.2-1.5 um, D99 < 6 um.

Overall REO recovery spent-to-new was 93.1%. The regenerated powder tested at our lab on CRT-type
glass: removal rate 0.62 um/min vs 0.65 for virgin XT-R60, scratch level same.

If your team wants to do steps (a) and (b) on site before shipping, that would cut freight by about
40% (Si/Al and water removed) and you would ship us a cake with ~70% TREO. We can discuss what
equipment you would need. Please note that anything beyond this summary (detailed equipment sizing,
operating manual, on-site commissioning support) needs an export licence from MOFCOM for us under
the new rules - the technology for recovering RE from secondary resources is now listed. We are
happy to apply, but it will take 2-3 months.

4) Visit in January

Maria mentioned that you may visit Xiangtan in the week of 19 January. That works for us. We can
show you the regeneration line but, for the reason above, we cannot give your team copies of our
process documents during the visit.

Best regards / 此致

陈建国 Chen Jianguo
Sales & Technical Service Director
Xiangtan Xintai Rare Earth Recycling Co., Ltd. / 湘潭鑫泰稀土再生资源有限公司
Tel +86 731 5XXX XXXX  Mobile +86 139 XXXX XXXX

-----Original Message-----
From: Daniel Okafor <d.okafor@lumenglass.example.com>
Sent: Wednesday, November 19, 2025 16:05
To: 陈建国 <chen.jianguo@xtrecycle.example.cn>
Cc: Maria Huang <maria.huang@lumenglass.example.com>
Subject: RE: Q1 shipments, invoice 2025-118, and the regeneration trial

Dear Mr Chen,

Three things from our side:

- Please confirm Q1 volumes and loading dates, we need them for our production plan.
- Invoice 2025-118 shows 18.6 t but our goods-receipt note says 18.2 t. Can you check?
- How did the trial with our spent slurry go? Our process engineers would like to understand what
  you do with it, because management is asking whether we could pretreat it here in Eindhoven and
  ship less water and silica. Any information would help.

Also, Maria will be in China in January and would like to visit you with me.

Kind regards,
Daniel Okafor
Purchasing Manager, Lumen Glass B.V.

-----Original Message-----
From: 王梅 <wang.mei@xtrecycle.example.cn>
Sent: Monday, November 10, 2025 10:22
To: Daniel Okafor <d.okafor@lumenglass.example.com>
Subject: Q1 shipments

Dear Daniel,

陈总出差了，他回来后会给您回复一季度的发货计划。Mr Chen is travelling this week; he will reply on
the Q1 plan when back. The two drums of your spent slurry are on the way to our plant, ETA 12 Nov.

Best regards,
Wang Mei 王梅
Sales Assistant
"""

DOC = dict(
    file="RE_ Q1 shipments invoice 2025-118 and the regeneration trial.eml",
    raw=RAW,
    label=dict(
        verdict="controlled", control_codes=["1E902.a"], categories=["recycling"],
        carrier="email", language="mixed",
        note="Customer email thread about shipments, an invoice correction and a visit; point 3 of the top message spells out the spent CeO2 polishing-powder regeneration route (alkali leach, HCl/H2O2 leach, impurity removal, oxalate, NH4F calcination) with concentrations, temperatures, times and recoveries",
    ),
)
