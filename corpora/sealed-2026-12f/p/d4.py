from lib import *

def run():
    # E1 conference paper PDF
    fn = "papers/ICMM2024_Paper_T3-017_camera_ready.pdf"
    pdf(fn, [
        ("h1", "Effect of Ce substitution and sintering temperature on the coercivity of dual-main-phase Nd-Ce-Fe-B sintered magnets"),
        ("p", "Y. Zhang¹, H. Sun¹, R. Okafor²   ¹ School of Materials Science, Shanghai University; ² University of Birmingham"),
        ("p", "Published in: Proceedings of the 28th International Conference on Magnet Materials (ICMM 2024), Journal of Physics: Conference Series 2891 (2024) 012017. doi:10.1088/1742-6596/2891/1/012017. Received 12 May 2024; accepted 30 July 2024; published 15 October 2024. Content from this work may be used under the terms of the Creative Commons Attribution 4.0 licence."),
        ("h2", "Abstract"),
        ("p", "Dual-main-phase (DMP) magnets with nominal composition (Nd1−xCex)30FebalB1M (x = 0–0.4) were prepared by blending Ce-free and Ce-rich strip-cast powders. Sintering at 1020–1060 °C showed that HcJ of the x = 0.3 magnet decreases from 11.8 kOe to 9.6 kOe as temperature rises, attributed to Ce/Nd interdiffusion homogenising the 2:14:1 grains, as observed by EPMA."),
        ("h2", "2. Experimental"),
        ("p", "Alloys were strip-cast at a wheel speed of 1.5 m/s, hydrogen-decrepitated and jet-milled to 3.2 µm. Green compacts were pressed in 1.8 T and sintered for 4 h, followed by annealing at 900 °C/2 h and 490 °C/3 h."),
        ("h2", "3. Results and discussion"),
        ("p", "Table 1 summarises properties. At 1030 °C the DMP magnet with x = 0.3 reaches Br = 1.24 T and HcJ = 11.2 kOe, compared with 9.1 kOe for a single-main-phase magnet of the same average composition."),
        ("t", [["x", "T_sint (°C)", "Br (T)", "HcJ (kOe)", "(BH)max (MGOe)"], ["0", "1050", "1.33", "13.1", "42.6"], ["0.2", "1030", "1.28", "12.0", "39.4"], ["0.3", "1030", "1.24", "11.2", "36.8"], ["0.3", "1060", "1.23", "9.6", "35.9"], ["0.4", "1030", "1.19", "8.4", "33.0"]]),
        ("h2", "References"),
        ("p", "[1] Zhu M G et al. 2014 IEEE Trans. Magn. 50 1000104.  [2] Jin J et al. 2016 Acta Mater. 120 7."),
    ], title="ICMM2024 T3-017", author="Y. Zhang", footer="J. Phys.: Conf. Ser. 2891 (2024) 012017")
    label(fn, "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "other", "public-domain", "en", False,
          "Published conference paper (J. Phys. Conf. Ser., DOI) on Ce dual-main-phase sintered magnets")

    # E2 patent draft zh
    fn = "专利/一种钕铁硼油泥的回收方法_申请文件草稿_发代理所.docx"
    docx(fn, [
        ("p", "致：北京某知识产权代理事务所 张律师\n附上本发明申请文件初稿，请按发明专利格式修改权利要求书，并于10月31日前提交；拟同时主张PCT国际申请优先权。联系人：研发部 邵工"),
        ("h1", "权利要求书"),
        ("nl", ["一种钕铁硼油泥的回收方法，其特征在于，包括以下步骤：(1) 将钕铁硼油泥在真空度≤100 Pa、180～220 ℃下蒸馏脱油；(2) 将脱油料在700～800 ℃氧化焙烧2～3 h；(3) 以盐酸优溶，控制终点pH 4.0～4.5，液固比3～5:1；(4) 过滤后以草酸沉淀，灼烧得到稀土氧化物。",
                "根据权利要求1所述的方法，其特征在于，步骤(2)中焙烧在回转窑中进行，转速1～2 r/min。",
                "根据权利要求1所述的方法，其特征在于，步骤(3)中盐酸分三次加入。"]),
        ("h1", "说明书"),
        ("h2", "技术领域"), ("p", "本发明涉及稀土二次资源回收技术领域，具体涉及一种钕铁硼油泥的回收方法。"),
        ("h2", "背景技术"), ("p", "钕铁硼切削加工产生的油泥含稀土约25%～30%，现有方法直接焙烧，存在油烟污染和铁去除不彻底的问题。"),
        ("h2", "具体实施方式"), ("p", "实施例1：取油泥1000 g，200 ℃真空蒸馏2 h，得脱油料820 g；750 ℃焙烧2.5 h；按液固比4:1加入6 mol/L盐酸，85 ℃浸出2 h，终点pH 4.3；滤液加草酸（过量10%），900 ℃灼烧3 h，得氧化物236 g，纯度99.3%，稀土回收率98.1%。"),
        ("h1", "说明书摘要"), ("p", "本发明公开了一种钕铁硼油泥的回收方法，包括真空蒸馏脱油、氧化焙烧、盐酸优溶和草酸沉淀，稀土回收率≥98%。"),
        ("h1", "说明书附图"), ("p", "图1 为本发明的工艺流程图（待补充）。"),
    ], author="邵文", title="专利申请草稿")
    label(fn, "excluded", ["1E902.a"], ["recycling"], [], "other", "patent-filing", "zh", False,
          "Draft invention patent application (claims, description, abstract) sent to a patent attorney; NdFeB sludge recovery")

    # E3 basic research proposal en docx
    fn = "Grants/Proposal_NdF3-LiF_oxide_speciation_draft3.docx"
    docx(fn, [
        ("h1", "Research Proposal: Speciation and Transport of Oxygen-bearing Nd Complexes in LiF–NdF3 Melts"),
        ("p", "Applicant: Prof. Lars Eriksson (KTH) with Assoc. Prof. Gao Yan (Northeastern University, Shenyang). Programme: Swedish Research Council – Natural and Engineering Sciences, project grant 2026–2029."),
        ("h2", "1. Scientific question"),
        ("p", "How is dissolved Nd2O3 present in fluoride melts: as NdOF, [NdOF3]2− or larger oxyfluoride clusters? The answer governs the thermodynamic activity of oxide and the anodic reaction mechanism, but direct structural evidence at 1000–1100 °C is scarce."),
        ("h2", "2. Methods"),
        ("bl", ["High-temperature Raman and in-situ XAS (Nd L3 edge) at the MAX IV Balder beamline", "Ab initio molecular dynamics (DFT-PBE, 300 atoms, 50 ps) of LiF–NdF3–Nd2O3", "Electromotive-force measurements to derive Gibbs energies of formation of oxyfluoride species"]),
        ("h2", "3. Expected outcomes"),
        ("p", "A validated structural model of oxyfluoride species, diffusion coefficients and activity data published in open-access journals and deposited in an open thermodynamic database. The project does not address cell design or industrial operation."),
        ("h2", "4. Budget"), ("p", "SEK 4.2 m over 4 years: one PhD student, 20% PI time, beamtime travel."),
    ], author="L. Eriksson", title="VR proposal draft")
    label(fn, "excluded", ["1E902.a"], ["metal-smelting"], [], "other", "basic-research", "en", False,
          "University grant proposal on melt structure/thermodynamics of Nd oxyfluorides; fundamental research, no production know-how")

    # E4 journal article HTML mixed
    fn = "papers/P507-HCl体系镨钕分离级数优化_中国稀土学报.html"
    s = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>P507-HCl体系镨钕萃取分离的级联优化</title>
<meta name="citation_journal_title" content="中国稀土学报"><meta name="citation_doi" content="10.11785/S1000-4343.20250312"></head><body>
<p>中国稀土学报 Journal of the Chinese Society of Rare Earths, 2025, 43(3): 512-521 · DOI: 10.11785/S1000-4343.20250312</p>
<p>收稿日期：2024-09-03；修回日期：2024-12-11；网络出版：2025-05-20</p>
<h1>P507-HCl体系镨钕萃取分离的级联优化</h1>
<h2>Cascade optimisation of Pr/Nd separation in the P507–HCl system</h2>
<p>作者：许峰，王丽娜，陈建（有研稀土新材料股份有限公司）</p>
<h3>摘要</h3>
<p>基于串级萃取理论，以1.5 mol/L P507-煤油为萃取剂、皂化度36%，对镨钕分离进行了模拟与验证。结果表明：在萃取段60级、洗涤段70级、萃洗比1:0.11:0.083时，Nd2O3纯度可达99.5%，Pr6O11纯度99.0%，收率均大于99%。</p>
<h3>Abstract</h3>
<p>Using cascade extraction theory, Pr/Nd separation with 1.5 mol/L P507 (36% saponified) in kerosene was simulated and validated in a 130-stage mixer-settler pilot cascade. With 60 extraction and 70 scrubbing stages, Nd2O3 of 99.5% and Pr6O11 of 99.0% were obtained at recoveries above 99%.</p>
<p>关键词 Keywords：镨钕分离；P507；串级萃取；separation factor β(Nd/Pr)=1.52</p>
<h3>1 实验</h3><p>料液为氯化镨钕溶液，REO 1.5 mol/L，pH 2.0；洗酸 5.0 mol/L HCl；混合时间 4.5 min，室温。</p>
<p>© 2025 《中国稀土学报》编辑部. 本文已公开发表。</p></body></html>
"""
    text(fn, s)
    label(fn, "excluded", ["1E902.a"], ["separation"], [], "other", "public-domain", "mixed", False,
          "Published journal article page (中国稀土学报, DOI, received dates) on P507 Pr/Nd cascade; bilingual abstract")
