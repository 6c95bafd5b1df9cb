DOC = dict(
    file="技术许可与服务合同-Technology-Licence-and-Services-Agreement-LPK-2025.docx",
    title="技术许可与技术服务合同 / Technology Licence and Technical Services Agreement",
    author="Legal Department",
    date="2025-08-22 15:00",
    header="合同编号 Contract No.: GNKT-LPK-2025-017　　草案 Draft for signature",
    footer="本合同以中英文书就，两种文本具有同等效力。This Agreement is made in Chinese and English; both texts are equally authentic.",
    style=dict(latin="Times New Roman", east="SimSun", size=10),
    label=dict(
        verdict="controlled", control_codes=["1E902.a", "1E902.b"], categories=["mining"],
        carrier="process-spec", language="mixed",
        note="Bilingual licence contract; legal clauses are boilerplate, Schedule 2 specifies ion-adsorption clay in-situ leaching (hole grid, MgSO4 lixiviant, pH, injection rates, liquor collection, impurity removal, precipitation) and Schedule 3 commissioning/training services for the leaching plant (a+b)",
    ),
    body="""
# 技术许可与技术服务合同 / TECHNOLOGY LICENCE AND TECHNICAL SERVICES AGREEMENT

本合同由以下双方于 2025 年 __ 月 __ 日在中国江西省赣州市签订：
This Agreement is entered into on ____ 2025 in Ganzhou, Jiangxi Province, China, by and between:

许可方：赣南矿冶技术有限公司（以下简称“甲方”），注册地址：江西省赣州市章贡区XX路88号。
Licensor: Gannan Mining & Metallurgy Technology Co., Ltd. ("Party A"), registered address: No. 88 XX Road, Zhanggong District, Ganzhou, Jiangxi, China.

被许可方：老挝普坎矿业有限公司（以下简称“乙方”），注册地址：老挝万象市赛塔尼县。
Licensee: Lao Phoukham Mining Co., Ltd. ("Party B"), registered address: Xaysetha District, Vientiane, Lao PDR.

## 鉴于 / RECITALS

甲方拥有离子吸附型稀土矿原地浸出开采及浸出液处理的专有技术和工程经验；乙方持有老挝华潘省普坎矿区离子吸附型稀土矿的采矿权，拟建设年产 1,500 吨（折REO）混合稀土的原地浸矿及母液处理工程（以下简称“项目”）。
Party A owns proprietary know-how and engineering experience in the in-situ leaching of ion-adsorption rare earth deposits and the treatment of the leach liquor; Party B holds the mining right to the Phoukham ion-adsorption rare earth deposit in Houaphanh Province, Lao PDR, and intends to build an in-situ leaching and liquor treatment operation with an output of 1,500 tonnes per year of mixed rare earths (REO basis) (the "Project").

双方经友好协商，就甲方向乙方许可使用上述技术并提供技术服务事宜，达成如下协议。
After friendly consultation, the Parties agree as follows regarding the licensing of the said technology and the provision of technical services by Party A to Party B.

## 第一条 定义 / Article 1 Definitions

1.1 “许可技术”指附件二所述的离子吸附型稀土矿原地浸矿工艺、注液与集液系统设计方法、母液除杂及沉淀工艺及相关技术资料。
1.1 "Licensed Technology" means the in-situ leaching process for ion-adsorption rare earth ore, the design method for injection and collection systems, the liquor impurity-removal and precipitation process and related technical documentation described in Schedule 2.

1.2 “技术资料”指甲方依据本合同向乙方交付的设计文件、工艺规程、操作手册、参数表、图纸及培训材料。
1.2 "Technical Documentation" means the design documents, process specifications, operating manuals, parameter sheets, drawings and training materials delivered by Party A to Party B under this Agreement.

1.3 “技术服务”指附件三所述的现场勘查、工程设计审查、安装指导、调试、试生产和人员培训服务。
1.3 "Technical Services" means the site survey, design review, installation supervision, commissioning, trial production and personnel training services described in Schedule 3.

1.4 “生效日”指第十四条规定的全部先决条件满足之日。
1.4 "Effective Date" means the date on which all conditions precedent in Article 14 are satisfied.

## 第二条 许可范围 / Article 2 Scope of Licence

2.1 甲方授予乙方在老挝华潘省普坎矿区范围内使用许可技术的非独占、不可转让、不可分许可的权利，仅用于本项目。
2.1 Party A grants Party B a non-exclusive, non-transferable, non-sublicensable right to use the Licensed Technology within the Phoukham deposit area in Houaphanh Province, Lao PDR, solely for the Project.

2.2 未经甲方书面同意，乙方不得将许可技术用于其他矿区，不得向任何第三方披露技术资料。
2.2 Without Party A's prior written consent, Party B shall not use the Licensed Technology at any other deposit or disclose the Technical Documentation to any third party.

## 第三条 合同价款及支付 / Article 3 Price and Payment

3.1 技术许可费为 380 万美元，技术服务费为 145 万美元（含甲方派出人员 1,800 人·日），合计 525 万美元。
3.1 The licence fee is USD 3.80 million and the technical service fee is USD 1.45 million (including 1,800 man-days of Party A personnel), totalling USD 5.25 million.

3.2 支付方式：生效日后 30 日内支付 20%；交付全部基础设计技术资料后支付 30%；首采区调试完成后支付 30%；通过性能考核后支付 20%。
3.2 Payment: 20% within 30 days after the Effective Date; 30% upon delivery of all basic design documentation; 30% upon completion of commissioning of the first leaching block; 20% upon passing the performance test.

3.3 超出第 3.1 条人·日的服务，按每人·日 850 美元另行结算；往返机票、当地食宿及交通由乙方承担。
3.3 Services in excess of the man-days in Article 3.1 shall be charged at USD 850 per man-day; round-trip airfare, local accommodation, meals and transport shall be borne by Party B.

## 第四条 技术资料交付 / Article 4 Delivery of Documentation

4.1 甲方应按附件四的清单和时间交付技术资料，语言为中文和英文。
4.1 Party A shall deliver the Technical Documentation according to the list and schedule in Schedule 4, in Chinese and English.

4.2 技术资料的交付以乙方授权代表签署的交接单为准。
4.2 Delivery is evidenced by a handover note signed by Party B's authorised representative.

## 第五条 性能保证 / Article 5 Performance Guarantee

5.1 甲方保证，在乙方按技术资料要求施工、操作并满足附件二原料条件的前提下，首采区达到：稀土浸出率 ≥ 85%；母液收集率 ≥ 90%；混合稀土产品 TREO ≥ 92%（以碳酸稀土灼烧后计），Al2O3 ≤ 1.0%。
5.1 Party A guarantees that, provided Party B constructs and operates in accordance with the Technical Documentation and the ore conditions in Schedule 2 are met, the first leaching block will achieve: rare earth leaching efficiency ≥ 85%; liquor collection efficiency ≥ 90%; mixed rare earth product with TREO ≥ 92% (calcined basis) and Al2O3 ≤ 1.0%.

5.2 如未达到上述指标，甲方应免费进行整改；整改后仍未达到的，按未达标幅度扣减最后一期款项，最高不超过合同总价的 10%。
5.2 If these targets are not met, Party A shall rectify free of charge; if still not met after rectification, the final instalment shall be reduced in proportion to the shortfall, capped at 10% of the total contract price.

## 第六条 保密 / Article 6 Confidentiality

乙方对技术资料负有保密义务，保密期限为本合同终止后十年。乙方应仅向确有需要知悉的员工披露，并与其签订保密协议。
Party B shall keep the Technical Documentation confidential for ten years after termination of this Agreement, disclose it only to employees with a need to know, and have them sign confidentiality undertakings.

## 第七条 知识产权 / Article 7 Intellectual Property

许可技术的所有权归甲方。乙方对许可技术所作的改进归乙方所有，但甲方享有免费、非独占的使用权。
Ownership of the Licensed Technology remains with Party A. Improvements made by Party B belong to Party B, but Party A shall have a free, non-exclusive right to use them.

## 第八条 环境与社会 / Article 8 Environment and Community

乙方负责取得项目所需的全部环境许可，并负责地下水监测、山体稳定监测和闭矿后的生态修复。甲方应在设计中采用防渗、截渗和山体稳定措施，并提供地下水监测方案。
Party B is responsible for obtaining all environmental permits, for groundwater and slope stability monitoring, and for ecological restoration after closure. Party A shall incorporate seepage control, cut-off and slope stability measures in the design and provide a groundwater monitoring plan.

## 第九条 出口管制 / Article 9 Export Control

9.1 双方确认，许可技术及技术服务属于中华人民共和国商务部 2025 年第 62 号公告规定的稀土开采相关技术及生产线装配、调试、维护技术，其出口须取得两用物项出口许可。
9.1 The Parties acknowledge that the Licensed Technology and the Technical Services constitute rare earth mining technology and technology for the assembly and commissioning of the related production line within MOFCOM Announcement No. 62 of 2025, and that their export requires a dual-use item export licence.

9.2 甲方负责申请出口许可，乙方应按要求提供最终用户和最终用途证明。许可取得前，甲方不交付任何技术资料，亦不派出人员提供技术服务。
9.2 Party A shall apply for the export licence; Party B shall provide end-user and end-use certificates as required. Until the licence is obtained, Party A shall not deliver any Technical Documentation or dispatch personnel for Technical Services.

9.3 乙方承诺不将许可技术及其产品用于军事用途，不转让给任何第三方。
9.3 Party B undertakes not to use the Licensed Technology or its products for military purposes and not to transfer them to any third party.

## 第十条 违约责任 / Article 10 Liability

任何一方违约给对方造成损失的，应赔偿直接损失；间接损失、利润损失不予赔偿。甲方在本合同项下的累计赔偿责任不超过合同总价的 30%。
A Party in breach shall compensate the other Party for direct losses; indirect and consequential losses and loss of profit are excluded. Party A's aggregate liability under this Agreement shall not exceed 30% of the total contract price.

## 第十一条 不可抗力 / Article 11 Force Majeure

因地震、洪水、战争、疫情、政府行为等不可抗力致使合同不能履行的，受影响方应及时通知对方，并在合理期限内提供证明。出口许可未获批准不视为甲方违约。
Where performance is prevented by earthquake, flood, war, epidemic, government action or other force majeure, the affected Party shall promptly notify the other and provide evidence within a reasonable period. Refusal of the export licence shall not constitute a breach by Party A.

## 第十二条 争议解决 / Article 12 Dispute Resolution

因本合同引起的争议，双方应友好协商；协商不成的，提交中国国际经济贸易仲裁委员会，按其届时有效的仲裁规则在北京仲裁。仲裁裁决为终局的。
Disputes arising from this Agreement shall be settled by friendly consultation; failing that, they shall be submitted to CIETAC for arbitration in Beijing under its rules then in force. The award shall be final.

## 第十三条 适用法律 / Article 13 Governing Law

本合同适用中华人民共和国法律。
This Agreement is governed by the laws of the People's Republic of China.

## 第十四条 生效 / Article 14 Entry into Force

本合同经双方签字盖章，且甲方取得出口许可、乙方取得老挝政府项目批准后生效。
This Agreement enters into force upon signature and seal by both Parties, Party A's receipt of the export licence and Party B's receipt of Lao government approval for the Project.

甲方（盖章）/ Party A (seal)：______　授权代表 / Authorised representative：______
乙方（盖章）/ Party B (seal)：______　授权代表 / Authorised representative：______

---page---

## 附件一 项目基本条件 / Schedule 1 Project Basis

| 项目 Item | 数值 Value |
| 矿体类型 Deposit type | 花岗岩风化壳离子吸附型 Granite-weathering-crust ion-adsorption |
| 全相稀土品位 Total RE grade | 0.08–0.12% REO（平均 0.096%） |
| 离子相比例 Ion-exchangeable fraction | 78–86% |
| 全风化层厚度 Fully weathered layer thickness | 6–14 m |
| 配分特点 Distribution | 中钇富铕型 Medium-Y, Eu-rich; (Pr+Nd)/TREO ≈ 28% |
| 设计规模 Design capacity | 1,500 t/a REO |
| 首采区 First leaching block | 普坎北 1 号山体，面积 8.6 ha，资源量约 620 t REO |

## 附件二 许可技术说明 / Schedule 2 Description of the Licensed Technology

### 2.1 工艺流程 / Process flow

注液井网布置 → 浸矿剂配制与注入 → 顶水 → 集液（导流孔+集液沟+收液池）→ 母液除杂 → 沉淀 → 过滤洗涤 → 混合碳酸稀土（或灼烧为氧化物）；尾水调配后回用注液。
Injection grid → lixiviant make-up and injection → water flushing → liquor collection (drainage holes + collection trenches + ponds) → impurity removal → precipitation → filtration and washing → mixed RE carbonate (or calcined oxide); barren liquor re-made and recycled to injection.

### 2.2 注液系统设计 / Injection system design

| 参数 Parameter | 设计值 Design value | 说明 Remarks |
| 注液孔网度 Hole grid | 2.0 m × 2.0 m（梅花形）; 坡度 > 30° 的山体 1.8 m × 1.8 m | 山顶及山脊加密 |
| 孔径 Hole diameter | 200–250 mm | 人工或机械成孔 |
| 孔深 Hole depth | 揭穿全风化层进入半风化层 0.5–1.0 m | 以钻孔资料确定 |
| 注液管 Injection pipe | PE 管 Φ32，孔内管头以下回填 0.3 m 粗砂 | |
| 单孔注液强度 Injection rate per hole | 初期 0.05–0.08 m³/d，稳定期 0.10–0.15 m³/d | 以不出现坡面渗漏为限 |
| 注液分区 Injection zoning | 每区 40–60 孔，分区轮换注液 | 自上而下推进 |

### 2.3 浸矿剂 / Lixiviant

采用硫酸镁替代硫酸铵以减少氨氮污染。
Magnesium sulfate replaces ammonium sulfate to avoid ammonia-nitrogen pollution.

| 参数 Parameter | 值 Value |
| 浸矿剂 Lixiviant | MgSO4，工业级 ≥ 98% |
| 浸矿剂浓度 Concentration | 初始 3.0 wt%，出液稀土浓度 > 0.5 g/L 后降至 2.0 wt% |
| 浸矿剂 pH | 4.5–5.0（用稀硫酸调节） |
| 浸矿剂用量 Consumption | MgSO4：REO ≈ 4.5–5.5 : 1（质量比） |
| 液固比 Liquid/ore ratio (cumulative) | 0.8–1.0 m³/t 矿 |
| 注液周期 Leaching period | 150–220 d |
| 顶水 Flushing | 浸矿剂注毕后以清水（pH 5.0–5.5）顶水 60–90 d，至出液 REO < 0.05 g/L |

### 2.4 集液系统 / Collection system

- 山脚开挖集液沟（宽 0.8 m，深进入半风化层），沟底铺设 HDPE 防渗膜（1.5 mm）并以砾石回填。
- Collection trenches at the toe of the hill (0.8 m wide, cut into the semi-weathered layer), lined with 1.5 mm HDPE and backfilled with gravel.
- 在山体底部距坡脚 5–8 m 以上、高于地下水位处施工导流孔（Φ90 PVC 花管，仰角 3–5°，长 20–40 m，间距 5–8 m），以截获底部渗流。
- Drainage holes (Φ90 slotted PVC, 3–5° upward, 20–40 m long, 5–8 m spacing) drilled into the lower slope above the water table to intercept base seepage.
- 收液池容积不小于 3 d 的母液产量；设事故池。
- Collection ponds sized for not less than 3 days of liquor; emergency pond provided.
- 预期母液稀土浓度 0.3–1.2 g/L REO，pH 4.0–5.0。
- Expected pregnant liquor 0.3–1.2 g/L REO, pH 4.0–5.0.

### 2.5 母液除杂 / Impurity removal

| 步骤 Step | 条件 Conditions |
| 除铝 Al removal | 加入 NH4HCO3 溶液（或 MgO 浆）至 pH 5.0–5.2，搅拌 30 min，澄清 4 h；Al 去除率 ≥ 90%，稀土损失 ≤ 3% |
| 絮凝 Flocculation | 聚丙烯酰胺 PAM 3–5 g/m³ |
| 固液分离 Solid–liquid separation | 斜板澄清池，底流压滤，滤饼返回山体或单独堆存 |

### 2.6 沉淀 / Precipitation

| 参数 Parameter | 值 Value |
| 沉淀剂 Precipitant | NH4HCO3（100 g/L 溶液）；或 Na2CO3 / MgO 替代方案 |
| 用量 Dosage | NH4HCO3 : REO = 2.8–3.2 : 1（质量比） |
| 终点 pH End-point | 6.7–7.0 |
| 加料时间 Addition time | 60–90 min，转速 60 r/min |
| 陈化 Ageing | 2–4 h，结晶型碳酸稀土 |
| 过滤 Filtration | 板框压滤，洗涤至 Cl⁻/SO4²⁻ 合格 |
| 产品 Product | 混合碳酸稀土，灼烧后 TREO ≥ 92% |
| 沉淀率 Precipitation yield | ≥ 98% |

### 2.7 尾水回用 / Barren liquor recycle

沉淀上清液补加 MgSO4 至 2.0–3.0 wt%，以硫酸调 pH 4.5–5.0 后回用注液，回用率 ≥ 85%。
The supernatant is made up with MgSO4 to 2.0–3.0 wt%, adjusted to pH 4.5–5.0 with sulfuric acid and recycled to injection; recycle ratio ≥ 85%.

## 附件三 技术服务 / Schedule 3 Technical Services

### 3.1 服务内容与人员 / Scope and personnel

| 阶段 Phase | 内容 Content | 甲方人员 Party A staff | 人·日 Man-days |
| 勘查 Survey | 地形测量复核、探槽与浅钻取样、浸矿柱试验 column leach tests | 地质 2、选冶 2 | 180 |
| 设计审查 Design review | 审查乙方设计院的井网、集液、管网和水池设计 | 3 | 120 |
| 安装指导 Installation | 注液孔施工、管网敷设、收液池防渗、除杂沉淀车间设备安装的现场指导 | 4 | 540 |
| 调试 Commissioning | 单机、联动调试；首采区分区注液；母液处理系统带料调试 | 5 | 600 |
| 培训 Training | 中国培训 2 周（12 名乙方人员）；现场岗位培训 | 3 | 260 |
| 性能考核 Performance test | 90 d 连续运行考核 | 2 | 100 |

### 3.2 调试步骤 / Commissioning sequence

- 注液管网压力试验：0.3 MPa 保压 30 min 无渗漏；各支管流量标定误差 ≤ 10%。
- Injection network pressure test at 0.3 MPa for 30 min with no leakage; branch flow calibration error ≤ 10%.
- 清水试注 7 d：观察坡面渗漏与滑坡迹象，确认各区注液强度上限。
- Seven-day trial injection with clean water to check for slope seepage and instability and to confirm the maximum injection rate per zone.
- 浸矿剂注入：首采区分 6 区轮换，第一周按 0.05 m³/(孔·d)，每周递增 0.02 直至设计值。
- Lixiviant injection in six rotating zones of the first block, starting at 0.05 m³/(hole·d) and increasing weekly by 0.02 up to the design rate.
- 母液处理车间带料调试：出液 REO 达到 0.3 g/L 后启动除杂，连续 72 h 稳定后启动沉淀。
- Liquor plant start-up with feed once pregnant liquor reaches 0.3 g/L REO; precipitation starts after 72 h of stable impurity removal.
- 每日监测：注液量、出液量、出液 REO/Al/pH、山体位移监测点读数、地下水监测井水位与 pH。
- Daily monitoring: injected and collected volumes, liquor REO/Al/pH, slope displacement monuments, groundwater well levels and pH.

### 3.3 培训内容 / Training

注液与集液系统操作和维护、浸矿剂配制、母液除杂与沉淀操作、化验方法（EDTA 滴定法测 REO，ICP 测配分）、山体稳定和地下水监测、应急处置。
Operation and maintenance of injection and collection systems, lixiviant preparation, impurity removal and precipitation, analytical methods (EDTA titration for REO, ICP for distribution), slope stability and groundwater monitoring, emergency response.

## 附件四 技术资料清单 / Schedule 4 List of Documentation

| 编号 No. | 名称 Title | 交付时间 Delivery |
| D-01 | 浸矿柱试验报告 Column leach test report | 生效日后 60 d |
| D-02 | 首采区注液井网及集液系统基础设计 Basic design of injection grid and collection system, Block 1 | 生效日后 90 d |
| D-03 | 母液处理车间工艺包 Process package, liquor treatment plant | 生效日后 90 d |
| D-04 | 操作规程及参数表 Operating procedures and parameter sheets | 调试前 30 d |
| D-05 | 设备安装及调试规程 Installation and commissioning procedures | 安装前 30 d |
| D-06 | 培训教材 Training materials | 培训前 15 d |
""",
)
