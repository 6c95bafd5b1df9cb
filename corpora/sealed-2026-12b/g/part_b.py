from lib import *

def build():
    # C10 market review zh pdf
    write_pdf("2025年二季度稀土市场回顾与展望.pdf", [
        ("title", "2025年二季度稀土市场回顾与展望"),
        ("p", "研究所 有色金属组    分析师：王晓峰  S0XXX0000000    2025年7月3日"),
        ("h1", "核心观点"),
        ("bullet", "二季度氧化镨钕均价 42.6 万元/吨，环比上涨 6.8%；氧化镝、氧化铽受出口管制预期影响价格分化。"),
        ("bullet", "2025年第一批稀土开采、冶炼分离总量控制指标延续下达，未公开披露，市场预计增速放缓至 5% 左右。"),
        ("bullet", "商务部 2025 年第 61、62 号公告将稀土相关技术纳入出口管制，海外新建分离和磁材项目的技术获取难度上升。"),
        ("h1", "一、价格回顾"),
        ("table", [["产品", "Q1 均价", "Q2 均价", "环比"], ["氧化镨钕 (万元/吨)", "39.9", "42.6", "+6.8%"],
                   ["氧化镝 (万元/吨)", "165", "161", "-2.4%"], ["氧化铽 (万元/吨)", "618", "702", "+13.6%"],
                   ["金属镨钕 (万元/吨)", "48.7", "52.1", "+7.0%"], ["氧化铈 (万元/吨)", "0.75", "0.80", "+6.7%"]]),
        ("h1", "二、产业链环节与产能"),
        ("p", "稀土产业链可划分为：开采（矿山）→ 选矿 → 冶炼分离（得到单一稀土氧化物）→ 金属冶炼（熔盐电解得到金属及合金）→ 磁材制造（烧结/粘结钕铁硼、钐钴）→ 终端应用；此外还有以磁材废料为主的二次资源回收。"),
        ("table", [["环节", "国内主要企业", "2024 产能/产量（公开口径）"], ["冶炼分离", "北方稀土、中国稀土、广晟有色等", "约 30 万吨 REO"],
                   ["金属冶炼", "各集团下属金属厂", "约 10 万吨"], ["烧结钕铁硼毛坯", "金力永磁、宁波韵升、中科三环、正海磁材等", "约 30 万吨"],
                   ["废料回收", "华宏科技、格林美等", "约 4 万吨 REO 当量"]]),
        ("h1", "三、海外供给"),
        ("p", "MP Materials 芒廷帕斯精矿产量约 4.5 万吨 REO，自建分离产线爬坡中；Lynas 马来西亚关丹工厂与美国德州项目推进；越南、缅甸离子型矿供应不稳定。海外磁材产能仍以日本为主。"),
        ("h1", "四、需求与展望"),
        ("p", "新能源车驱动电机、风电直驱、工业机器人和人形机器人为主要增量。预计 2025 年全球高性能钕铁硼需求约 11 万吨，同比增长 12%。风险提示：政策变化、需求不及预期、价格大幅波动。"),
        ("p", "免责声明：本报告仅供参考，不构成投资建议。"),
    ], title="2025Q2稀土市场回顾", author="研究所")
    label("2025年二季度稀土市场回顾与展望.pdf", "clear", [], [], [], "other", "zh", True,
          "Broker market report: prices, stage list, capacities, regulation mention; no know-how")

    # C11 supply chain outlook en md
    write_text("REE_supply_chain_outlook_2025.md", """# Rare Earth Supply Chain Outlook 2025

*Prepared for the Investment Committee - Strategy team, Northgate Capital. Sources: company filings, USGS MCS 2025, Adamas-style public data, press.*

## Executive summary

- China accounts for ~70 % of mined REO, ~90 % of separation and ~92 % of sintered NdFeB output.
- The October 2025 MOFCOM announcements (No. 61 and No. 62) extend export controls to rare-earth technologies and to foreign-made items containing Chinese-origin REEs. Expect licensing delays for equipment and engineering services.
- Non-China separation capacity is expected to double by 2028, but metal and alloy making remains the bottleneck.

## Value chain stages

1. **Mining and beneficiation** - hard-rock (bastnaesite, monazite) and ionic-adsorption clays.
2. **Cracking and separation** - concentrate is cracked and single oxides are produced by solvent extraction in mixer-settler trains.
3. **Metal making** - oxides are reduced to metals, mostly by fluoride molten-salt electrolysis.
4. **Magnet manufacturing** - alloy, powder, pressing, sintering, machining, coating.
5. **Recycling** - swarf and end-of-life magnets.

## Non-China project tracker

| Company | Stage | Location | Nameplate | Status |
|---|---|---|---|---|
| MP Materials | Mining/separation/magnets | Mountain Pass, CA / Fort Worth, TX | 60 kt conc.; 1 kt magnets | Ramping |
| Lynas | Separation | Kuantan, MY; Seadrift, TX | 10.5 kt NdPr oxide | Operating / planned |
| Solvay | Separation | La Rochelle, FR | Not disclosed | Restart |
| Neo Performance | Magnets | Narva, EE | 2 kt magnets | Commissioning |
| Iluka | Refinery | Eneabba, AU | 5.5 kt NdPr | Construction |
| Energy Fuels | Separation | White Mesa, UT | 1 kt NdPr | Phase 1 |

## Risks

- Reagent and equipment supply (extractants, strip casters, sintering furnaces) now subject to licence review.
- Skilled-labour constraints: separation chemists and magnet process engineers are scarce outside China.
- Price floor support (DoD offtake for MP) distorts economics.

## Recommendation

Overweight integrated producers with offtake contracts; avoid pure-play junior explorers without a separation partner.
""")
    label("REE_supply_chain_outlook_2025.md", "clear", [], [], [], "other", "en", True,
          "Investment market note listing stages and nameplate capacities; no process parameters")

    # C12 law-firm alert en html
    write_text("client-alert-china-rare-earth-technology-export-controls.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Client Alert: China Expands Export Controls to Rare Earth Technologies | Whitmore &amp; Crane LLP</title></head>
<body><article>
<h1>China Expands Export Controls to Rare Earth Technologies: What Companies Need to Know</h1>
<p class="byline">Trade &amp; Sanctions Practice &middot; 14 October 2025</p>
<h2>Summary</h2>
<p>On 9 October 2025 China's Ministry of Commerce (MOFCOM) issued Announcements No. 61 and No. 62 of 2025. Announcement No. 62 places "rare earth-related technologies" under export control with immediate effect, under new control code 1E902. Announcement No. 61 introduces an extraterritorial regime for certain foreign-made items containing or produced with Chinese-origin rare earths.</p>
<h2>Scope of Announcement No. 62</h2>
<ul>
<li><b>1E902.a</b> - technologies, and their carriers, for rare earth mining, smelting and separation, metal smelting, magnet manufacturing (SmCo, NdFeB and cerium magnets) and the recycling of rare earth secondary resources.</li>
<li><b>1E902.b</b> - technologies for the assembly, commissioning, maintenance, repair and upgrading of production lines for those activities.</li>
</ul>
<p>"Carriers" expressly include design drawings, process specifications, process parameters, processing programs and simulation data. The definition of "export" is broad and covers provision to foreign persons inside China, joint R&amp;D, employment, consulting and exhibitions.</p>
<h2>Exclusions</h2>
<p>Technology that is already in the public domain, technology used in basic scientific research, and technology necessary for ordinary patent applications are not subject to the controls.</p>
<h2>Practical implications</h2>
<ol>
<li><b>Engineering services:</b> Chinese engineers seconded to overseas magnet or separation plants may require a licence before sharing know-how.</li>
<li><b>Hiring:</b> Recruiting China-trained process engineers for non-China plants raises "deemed export"-type questions on the Chinese side.</li>
<li><b>Equipment vendors:</b> Commissioning and maintenance support for furnaces, strip casters or SX plants now falls within 1E902.b.</li>
<li><b>Contracts:</b> Review technology licence and supply agreements for change-in-law and force majeure clauses.</li>
</ol>
<p>Product datasheets, purchase specifications and market information are not, on their face, technology "for" the controlled activities, but companies should document their classification reasoning.</p>
<h2>Next steps</h2>
<p>We recommend an inventory of technical data flows to and from China relating to rare earths, a classification review, and updated screening procedures. Please contact the authors for assistance.</p>
<p class="disclaimer">This alert is for general information only and does not constitute legal advice.</p>
</article></body></html>""")
    label("client-alert-china-rare-earth-technology-export-controls.html", "clear", [], [], [], "other", "en", True,
          "Law-firm client alert summarising 1E902; regulatory commentary only")

    # C13 compliance interpretation zh docx
    write_docx("关于商务部2025年第61号、62号公告的合规解读.docx", [
        ("title", "关于商务部2025年第61号、62号公告的合规解读"),
        ("p", "法务合规部  2025年10月15日  内部培训材料"),
        ("h1", "一、公告要点"),
        ("p", "第62号公告对稀土开采、冶炼分离、金属冶炼、磁材制造以及稀土二次资源回收利用相关技术及其载体（1E902.a），以及相关生产线的装配、调试、维护、维修和升级技术（1E902.b）实施出口管制。载体包括设计图纸、工艺规范、工艺参数、加工程序、仿真数据等。"),
        ("p", "第61号公告对境外特定稀土物项实施管制，涉及含有中国原产稀土成分价值比例达到一定标准的物项。"),
        ("h1", "二、对我司业务的影响"),
        ("bullet", "我司为电机制造企业，磁钢全部外购，本身不从事磁材制造，产品图纸、电机设计文件一般不属于管制技术。"),
        ("bullet", "但向境外子公司提供供应商的磁钢工艺资料（如供应商提供的烧结、扩散工艺说明）可能构成管制技术的转移，须先经合规审查。"),
        ("bullet", "外籍员工访问供应商工厂、参与供应商产线调试，属于'在境内向境外个人提供'，需要评估。"),
        ("h1", "三、判定流程"),
        ("table", [["步骤", "问题", "是/否"], ["1", "文件是否涉及五个环节之一的工艺方法、参数、图纸或程序？", "否 → 不管制"],
                   ["2", "是否已公开发表（期刊、标准、教材）？", "是 → 公共领域除外"],
                   ["3", "是否为专利申请所必需？", "是 → 专利除外"],
                   ["4", "以上均否", "提交合规部，申请许可"]]),
        ("h1", "四、近期要求"),
        ("p", "1. 各事业部于10月31日前梳理与境外的技术资料往来清单；2. 邮件外发网关启用关键词与附件扫描；3. 采购部更新供应商保密协议模板。"),
        ("p", "如有疑问请联系合规部：compliance@example.cn"),
    ], author="法务合规部", title="合规解读")
    label("关于商务部2025年第61号、62号公告的合规解读.docx", "clear", [], [], [], "other", "zh", True,
          "Internal compliance training quoting the regulation; no process content")

    # C14 compliance email mixed eml
    write_eml("RE_ export control question - magnet datasheets.eml",
        "Liu Fang <liu.fang@hengci-example.com>", "Thomas Becker <t.becker@antriebstechnik-example.de>",
        "RE: export control question - are our magnet datasheets affected?", """Hi Thomas,

Thanks for your mail. Short answer: no, the datasheets and the PPAP documents we send you are not affected.

我们法务部确认过：商务部62号公告管的是"技术"——也就是怎么生产磁体的工艺、参数、图纸、程序等。我们给贵司的资料只有产品性能（Br、HcJ、(BH)max、退磁曲线）、尺寸图纸和检验报告，这些是产品规格，不是制造技术。

What will change:
- Audits: your supplier quality engineers can still visit, but they will not be shown sintering or diffusion process documents during the audit. We will show the control plan at characteristic level only (e.g. "magnetic properties 100% flux check"), not the process settings.
- PPAP element "process flow diagram": we will provide the high-level flow (alloy → powder → pressing → sintering → machining → coating → inspection) without parameters, as before.
- 如果贵司需要我们派工程师去德国支持产线调试（比如你们的转子充磁工装），那部分不涉及磁材制造，应该没有问题，但我们会先走内部审批。

Delivery of PO 4500123987 (N48SH, 24,000 pcs) is not affected, ETD Ningbo 28 Oct.

Best regards / 此致
刘芳 Liu Fang
Key Account Manager, Export Sales
Ningbo Hengci Magnetic Materials Co., Ltd.

-----Original Message-----
From: Thomas Becker
Sent: Monday, October 13, 2025 16:02
Subject: export control question - are our magnet datasheets affected?

Dear Ms Liu,
our export compliance team is asking whether the new Chinese rules affect the technical documents you send us (datasheets, PPAP, 8D reports). Can you please confirm?
Thomas
""", "Tue, 14 Oct 2025 10:21:37 +0800", "<a91f22c0.3b7e@hengci-example.com>")
    label("RE_ export control question - magnet datasheets.eml", "clear", [], [], [], "email", "mixed", True,
          "Supplier-customer email about whether datasheets are controlled; only high-level flow without parameters")

    # C15 CV en docx (clear)
    write_docx("CV_Wei_Zhang_2025.docx", [
        ("title", "Wei Zhang"),
        ("p", "Houston, TX  ·  +1 (713) 555-0142  ·  wei.zhang.chemeng@example.com  ·  linkedin.com/in/weizhang-chemeng"),
        ("h1", "Profile"),
        ("p", "Chemical engineer with 9 years in hydrometallurgy and solvent extraction plant operations (copper, cobalt, rare earths). Experienced in commissioning, process safety, and continuous-improvement projects. Seeking a senior process engineer role in critical-minerals processing."),
        ("h1", "Experience"),
        ("h2", "Senior Process Engineer - Sunbelt Critical Minerals, Texas (2022 - present)"),
        ("bullet", "Process engineering support for a rare-earth separation demonstration plant; owner of HAZOP action tracking and MOC process."),
        ("bullet", "Led a team of 6 operators and 2 engineers; introduced shift KPIs and daily huddles, reducing unplanned downtime by 18%."),
        ("bullet", "Coordinated with the EPC contractor on tie-ins and punch lists; prepared operator training materials."),
        ("h2", "Process Engineer - Atacama Copper SX-EW, Chile (2018 - 2022)"),
        ("bullet", "Supported a 3-train copper SX-EW plant (LIX 984N); crud management and entrainment reduction projects."),
        ("bullet", "Implemented online organic-in-aqueous monitoring; reduced organic losses by 25%."),
        ("h2", "Graduate Engineer - Jinchuan-area nickel refinery (contractor), China (2016 - 2018)"),
        ("bullet", "Shift engineer on cobalt/nickel SX; lab support for assays and mass balances."),
        ("h1", "Education"),
        ("p", "M.Eng. Chemical Engineering, University of Queensland, 2016.  B.Eng. Metallurgical Engineering, Central South University, 2014."),
        ("h1", "Skills"),
        ("p", "Aspen Plus, METSIM, SysCAD · HAZOP/LOPA · Six Sigma Green Belt · Mandarin (native), English (fluent), Spanish (working)"),
        ("h1", "Certifications"),
        ("p", "EIT (Texas) · OSHA 30 · MSHA Part 48"),
    ], author="Wei Zhang", title="CV")
    label("CV_Wei_Zhang_2025.docx", "clear", [], [], [], "other", "en", True,
          "CV of SX engineer with roles and achievements only, no process windows")

    # C16 JD zh txt
    write_text("招聘-磁材工艺工程师(烧结方向).txt", """【职位】磁材工艺工程师（烧结方向）
【公司】赣州某新材料股份有限公司（高性能钕铁硼，上市公司子公司）
【地点】江西赣州 · 经开区
【薪资】15-25K · 14薪，五险一金，提供宿舍

岗位职责：
1. 负责烧结、回火工序的日常工艺管理，监控产品磁性能、密度和一致性；
2. 参与新牌号导入，配合研发完成中试与量产转化；
3. 分析工序异常（开裂、变形、性能偏低等），组织8D并推动改善；
4. 编写和维护作业指导书、控制计划、PFMEA；
5. 配合设备部完成烧结炉的验收与定期维护计划；
6. 完成上级交办的其他工作。

任职要求：
1. 本科及以上学历，材料科学与工程、金属材料、冶金等相关专业；
2. 3年以上烧结钕铁硼或其他粉末冶金行业工艺经验，熟悉速凝、氢破、气流磨、成型、烧结、时效全流程者优先；
3. 熟悉晶界扩散、低重稀土技术者优先；
4. 熟练使用 Minitab、Office，具备 DOE 能力；
5. 能适应倒班，责任心强，具备良好的沟通协调能力。

应聘方式：简历请发送至 hr@example-cimag.com，邮件标题注明"应聘+工艺工程师+姓名"。
本岗位涉及公司核心技术，入职需签署保密协议及竞业限制协议。
""")
    label("招聘-磁材工艺工程师(烧结方向).txt", "clear", [], [], [], "other", "zh", True,
          "Job ad naming process steps as skills; no parameters")

    # C17 JD en html
    write_text("careers-senior-process-engineer-separation.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Senior Process Engineer - Rare Earth Separation | Careers | Boreal Critical Materials</title></head>
<body>
<h1>Senior Process Engineer - Rare Earth Separation</h1>
<p><b>Location:</b> Saskatoon, SK (on-site) &middot; <b>Type:</b> Full-time, permanent &middot; <b>Req ID:</b> BCM-2025-031</p>
<h2>About us</h2>
<p>Boreal Critical Materials is building North America's next rare earth separation and metals facility. Our flowsheet takes mixed rare earth carbonate and produces separated NdPr, La, Ce and heavy rare earth oxides.</p>
<h2>What you will do</h2>
<ul>
<li>Own the performance of one solvent-extraction circuit (mixer-settler banks), including recovery, purity and reagent consumption KPIs.</li>
<li>Write and maintain standard operating procedures and operator training.</li>
<li>Lead troubleshooting of phase-separation, crud and entrainment issues.</li>
<li>Work with the metallurgical lab on assays, mass balances and process modelling.</li>
<li>Support commissioning of the precipitation and calcination section.</li>
<li>Champion process safety (HAZOP, MOC, PSSR).</li>
</ul>
<h2>What you bring</h2>
<ul>
<li>B.Sc./M.Sc. in Chemical or Metallurgical Engineering; P.Eng. or eligibility.</li>
<li>7+ years in hydrometallurgy; solvent extraction experience required (rare earths, copper, nickel/cobalt, uranium or lithium).</li>
<li>Familiarity with organophosphorus extractants and mixer-settler design principles.</li>
<li>Process simulation (METSIM, SysCAD or Aspen) an asset.</li>
<li>Please note: we do not wish to receive confidential or export-controlled information from a current or former employer as part of your application.</li>
</ul>
<h2>We offer</h2>
<p>Competitive salary (CAD 125-155k), relocation support, RRSP matching, and the chance to build a plant from the ground up.</p>
<p><a href="/apply?req=BCM-2025-031">Apply now</a></p>
</body></html>""")
    label("careers-senior-process-engineer-separation.html", "clear", [], [], [], "other", "en", True,
          "Job posting for RE separation engineer; generic duties only")
