"""Kinds of document that name a process's words without saying how to run it, known by a title
and a body that goes on in the same vein: an emission-monitoring report, an environmental impact
assessment, a product datasheet, an equipment maker's brochure, an analytical method, an
incoming-inspection record, a motor's design report, a safety-training handout or accident
investigation, a news article, a sign-in sheet or staff list, a patent register, a standards
list or plan, a calibration register, a CV, a glossary.

- A separation plant's quarterly **monitoring report** names its workshops (萃取车间, 灼烧窑),
  its waste (放射性渣, 废有机相) and the plant's own name (稀土分离有限公司), and tabulates
  concentrations against limits. It says what leaves the stacks and drains. Its title calls it
  a monitoring, emission or EHS report or a monitoring summary of an outfall (环境监测报告, 自行监测,
  废水总排口监测汇总, "stack test report", "effluent data"); its body
  judges measurements against limits (达标, 超标, 限值, 排放标准, "permit limit", "compliant").
- A project's **environmental impact assessment** (its report, summary or public notice: 环境影响
  报告书简本, 环评公示, "EIA summary") names the plant's process in a block flow (酸溶, 萃取分离,
  焙烧) to say what it will emit and how that is controlled. It says what the project does to its
  surroundings. Its title calls it an EIA, 环境影响评价 or 环评; its body judges emissions
  against standards and protection targets (at least three of 达标, 排放标准, 限值, 环境保护目标,
  敏感点, 公众参与, 污染防治措施, 环境风险, "mitigation", "sensitive receptors", "public
  consultation").
- A magnet maker's or trader's **product datasheet** tabulates grades (N42SH, YXG-30H) with Br,
  HcJ and (BH)max, coatings and tolerances. It says what can be bought. Its title calls it a
  datasheet, catalogue, product range or 产品性能表 / 产品手册; its body tabulates a magnet's
  properties (at least `MIN_PROPERTIES` of Br, HcJ, (BH)max, 剩磁, 矫顽力, 磁能积) and offers
  them ("available", "on request", "applications", "ordering notes", "typical values", 可提供,
  请咨询, 经销, 订货).

- A plant's **safety training**, a laboratory's safety rules, an emergency plan or an accident
  investigation names the workshop's equipment, reagents and maintenance work (萃取槽, 有机相,
  检修前停电挂牌) to teach hazards and protection, or to say how someone was hurt. Its title
  calls it safety education or training, safety rules, an emergency plan, a toolbox talk or an
  accident or incident investigation (三级安全教育, 实验室安全守则, 应急预案, 事故调查报告, "safety
  induction", "lab safety rules", "incident investigation"); its body holds at least four
  distinct safety cues (严禁, 佩戴, 急救, 撤离, 动火, 有限空间, "PPE", "first aid", "lockout").

- An **incoming-inspection record** of bought magnets or materials, or a supplier's certificate
  (来料检验报告, "IQC report", "certificate of analysis", 质保书) lists the lot's measured
  dimensions, Br, HcJ and (BH)max, coating and appearance, and judges them against the order.
  It says whether a delivery is accepted. Its title calls it an incoming or receiving
  inspection, an IQC or a certificate of analysis or conformity; its body holds at least
  `MIN_PROPERTIES` of a magnet's property names and at least two distinct judgement cues (合格,
  判定, 接收, 拒收, 抽样, "accepted", "rejected", "pass", "AQL", "sampling").

- A **motor's design report** or calculation (电机电磁设计报告, "traction motor EM design",
  "demag check") chooses bought magnet grades from suppliers' datasheets and checks them in the
  motor: torque, back-EMF, losses, demagnetisation at its operating points. It says what the
  motor needs. Its title calls it a motor or electromagnetic design (电机设计, 电磁设计) or a
  demagnetisation check (退磁校核), not a motor alone (a magnet line's work instruction may be
  titled for the traction-motor magnets it makes), nor a rotor's or a machine's design (a
  centrifugal extractor's rotor); its body holds at least four distinct motor cues (定子,
  转子, 反电势, 转矩, 绕组, 工作点, "stator", "back-EMF", "torque", "rpm", "winding", "operating
  point").

- A company's **news article** or press release (a WeChat account's post, a newsletter) names
  its plants and products (镨钕金属, 电解车间, "separation plant") to report an award, an
  investment or a visit. Its title calls it a post, a press or news release or a newsletter
  (公众号, 新闻稿, 喜报, "press release"); its body reports (at least three of 记者, 据了解, 近日,
  获评, 表示, 责编, 摄影, "said", "announced", "media contact").

- A **sign-in sheet**, attendance record or staff list names the workshops, teams and jobs of
  the people on it (制粉车间, 氢破操作工, "SX operator"), and a training's topic. It says who was
  there. Its title calls it a sign-in or attendance sheet, a training record, a roster or a
  staff or contact list (签到表, 培训记录, 花名册, 通讯录, "attendance sheet"); its body holds at
  least four distinct columns or cues of a list of people (姓名, 工号, 部门, 岗位, 签名, 成绩,
  请假, "signature", "employee ID", "department", "absent").

- A **patent register**, an annuity-fee schedule or a patent portfolio list names each patent by
  its title (一种晶界扩散制备高矫顽力烧结钕铁硼磁体的方法, "Method for recovering rare earths
  from NdFeB sludge") beside its number, owner, dates, fees and legal status. It says what the
  company owns and what it costs to keep. Its title calls it a patent list, register or ledger,
  an annuity or renewal schedule (专利清单, 专利台账, 年费缴纳, "patent portfolio", "annuity
  schedule"); its body holds at least four distinct cues of patent administration (专利号,
  授权公告日, 年费, 滞纳金, 法律状态, 代理机构, "patent no.", "grant date", "renewal fee",
  "legal status"). A patent application's own text (its claims and description: the patent-filing
  exclusion) has no such title.

- An equipment maker's **brochure** or product page (宣传册, 产品样本, "brochure", "product page",
  "Prospekt") advertises its machines for a process (vacuum sintering furnaces for NdFeB magnets,
  mixer-settlers) by their features: hot zone, uniformity, quench pressure, options. It says what
  can be bought. Its title calls it a brochure, leaflet, catalogue or product page; its body holds
  at least three distinct cues of an offer (产品优势, 应用领域, 联系我们, 获取报价, 选配, "your
  benefits", "applications", "request a quote", "options", "worldwide", "Vorteile"). A
  specification that states the process the machine must run has no such title. A dealer's
  listing of used machines (二手设备, 设备转让, "used equipment", "for sale") is such an offer too:
  make, year, capacity and the line it ran in, with its price, condition and viewing (转让价, 成色,
  可看货, "under offer", "send enquiry", "subject to prior sale"); a seller's process card sold
  with the machines keeps its weight.

- An **analytical method** (a laboratory's SOP for determining impurities, oxygen or rare-earth
  distribution in an oxide, a metal or a magnet), its validation or an interlaboratory
  comparison (测定, 分析方法, 能力验证, "determination of", "round robin") names the samples'
  products and the laboratory's digestion and instruments. It says how a sample is tested, not
  how the product is made. Its title calls it a determination, a test or analytical method, a
  method validation or an interlaboratory comparison; its body holds at least four distinct cues
  of analysis (标准曲线, 检出限, 回收率, 消解, 内标, ICP-OES, "calibration curve", "LOD", "RSD",
  "certified reference", "z-score"), or of measuring a magnet's properties (试样, 磁强计, 精密度,
  测量范围, "hysteresisgraph", "specimen", "precision"), or of judging a proficiency test's
  results (指定值, 稳健平均值, 满意, 可疑, "assigned value", "robust mean", "ISO 13528"): a draft
  test method's comment sheet says how magnets are to be measured, a round robin's results how
  well each laboratory measured.

- A **list, register or development plan of standards** (标准制修订计划, 标准清单, 有效标准,
  "list of applicable standards", "standards development plan") names each standard by its
  number and title (稀土萃取分离用P507萃取剂, "Sintered NdFeB permanent magnets") beside its
  status and who drafts it. It says which standards there are or are being written. Its title
  calls it a standards plan, list, catalogue or register, not one standard (企业标准 is a
  document of its own); its body holds at least four distinct numbers of standards or standards
  projects (GB/T 13560, T/CXYZ-2025-011, 20250112-T-610, IEC 60404) and two cues of a standard's
  status (制定, 修订, 立项, 征求意见, 送审, 现行, 废止, "in force", "superseded"). Each row names
  a standard and nothing else: the names in it count a tenth, as a glossary's do.

- A **calibration register** or certificate of measuring instruments (计量器具台账, 校准证书,
  "calibration record") names the instruments a plant or laboratory measures with (磁滞回线测量仪,
  氧氮分析仪, "hysteresisgraph") beside their ranges, accuracies and dates. It says what is
  calibrated and when. Its title calls it a calibration register, record, certificate or plan,
  or a list of measuring equipment; its body holds at least four distinct cues of calibration
  (校准日期, 有效期, 检定周期, 证书编号, 外校, 量程, 精度, "calibration date", "due date",
  "accuracy", "traceability").

- A **CV** or job application (个人简历, 求职信, "curriculum vitae", "résumé") names the steps,
  equipment and products a person has worked on (烧结, 气流磨, "grain boundary diffusion line")
  to show experience. It says who someone is and what they have done. Its title calls it a CV,
  résumé, 简历 or an application; its body holds at least four distinct cues of a CV (工作经历,
  教育背景, 专业技能, 出生年月, "work experience", "education", "skills", "languages",
  "nationality"). A candidate who pastes a former employer's recipe into it lays down a process,
  which keeps its weight.

- A **glossary** or bilingual term list (设备名称中英对照表, 术语表, "glossary") pairs the names
  of equipment and steps in two languages (混合澄清槽 | mixer-settler) for interpreters and
  trainees. It says what things are called. Its title calls it a glossary, a term list or a
  bilingual table of names; its body holds at least eight rows pairing a Chinese name with an
  English one, and each row weakens the names in it to a tenth, in every chapter: a note that
  gives a process's conditions keeps their weight.

DOMAIN.md: mentions are not technology (market and price reports, product designs and the
documents of bought magnets are clear). Where a kind's title and body hold, `analyze` adds a
weakening context finding (the kind's rule) at the title and at the body's last cue, which the
scores treat as they treat the lexicon's weakening contexts (a market report's title whose
wording goes on in its body). A document that lays down a process as well keeps that process's
weight: the factor scales what the document names against what it does (`policy/scoring.py`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from scanner.detect.firstchars import gated
from scanner.detect.literals import LiteralIndex, may_match, required_literals

#: the title: the first characters of the text (the file name is among its first lines)
TITLE_CHARS = 300
#: a weakening context's factor (the lexicon's strongest trade contexts are 0.3)
KIND_FACTOR = 0.3
#: property names a datasheet's body must hold
MIN_PROPERTIES = 2


@dataclass(frozen=True)
class Kind:
    rule: str
    name: str  # for a reason line
    title: re.Pattern[str]
    #: what the body must hold: each pattern at least `needs[i]` distinct matches
    body: tuple[tuple[re.Pattern[str], int], ...]
    #: the weakening context's factor at its title and body cues
    factor: float = KIND_FACTOR


MONITORING = Kind(
    "rule.emission-monitoring-report",
    "an emission-monitoring report that judges measurements against limits: what a plant emits",
    re.compile(
        r"环境监测|监测报告|自行监测|自测报告|排污|排放监测|废气监测|废水监测|监督性监测|环保季报|环保月报"
        r"|总排口|排放口监测|监测汇总|监测台账|监测月报|监测年报|在线监测数据"
        r"|(?i:environmental\s+monitoring|emissions?\s+(?:monitoring|report|test)|stack\s+(?:test|emission)"
        r"|(?:effluent|wastewater|discharge|outfall)\s+(?:monitoring|data|summary)"
        r"|EHS\s+(?:report|monitoring|quarterly|monthly)"
        r"|environmental\s+(?:quarterly\s+|monthly\s+|annual\s+)?report)"
    ),
    (
        (
            re.compile(
                r"达标|超标|限值|排放标准|排放浓度|排放速率|排气筒|执行标准|标准限值|排放口|排口|厂界"
                r"|(?i:emission\s+limits?|permit\s+limits?|discharge\s+limits?|compliant|non-?compliance"
                r"|exceedances?|stack\s+height|outfall|within\s+(?:the\s+)?limits?)"
            ),
            3,
        ),
    ),
)
IMPACT_ASSESSMENT = Kind(
    "rule.impact-assessment",
    "an environmental impact assessment (report, summary or public notice) that judges a "
    "project's emissions against standards: what the plant does to its surroundings",
    re.compile(
        r"环境影响(?:评价|报告|登记)|環境影響(?:評價|評估|報告)|环评|環評|建设项目环境"
        r"|(?i:environmental\s+(?:and\s+social\s+)?impact\s+(?:assessment|statement|report|study)"
        r"|\bE?SIA\s+(?:report|summary|study)|\bEIA\b)"
    ),
    (
        (
            re.compile(
                r"达标|達標|超标|排放标准|排放標準|限值|执行标准|環境保護目標|环境保护目标|敏感点|敏感目标|公众参与|公眾參與"
                r"|污染防治|污染物排放|环境风险|環境風險|总量控制|環境影響預測|环境影响预测|防护距离|卫生防护|三同时|环境质量"
                r"|(?i:mitigation|sensitive\s+receptors?|public\s+(?:consultation|participation|comment)"
                r"|emission\s+(?:limits?|standards?)|discharge\s+(?:limits?|standards?)|baseline\s+(?:survey|monitoring)"
                r"|environmental\s+risk|air\s+quality|noise\s+limits?)"
            ),
            3,
        ),
    ),
)
#: a magnet's property names (a datasheet's columns)
_PROPERTIES = re.compile(
    r"(?<![A-Za-z])(?:Br|HcJ|Hcj|iHc|HcB|bHc|\(BH\)\s?max)(?![A-Za-z])|剩磁|矫顽力|磁能积"
)
DATASHEET = Kind(
    "rule.product-datasheet",
    "a product datasheet that tabulates and offers a magnet's properties: what can be bought",
    re.compile(
        r"产品(?:性能表|手册|目录|样本|规格书|介绍|选型|系列)|牌号性能表|性能参数表|选型手册|规格书"
        r"|(?i:data\s*-?\s*sheets?|product\s+(?:range|catalogu?e|brochure|guide|overview|line|portfolio)"
        r"|catalogu?e|brochure)"
    ),
    (
        (_PROPERTIES, MIN_PROPERTIES),
        (
            re.compile(
                r"可提供|可定制|按客户|请咨询|欢迎|经销|代理|应用领域|典型应用|订货|订购|选购|典型值"
                r"|(?i:available|on\s+request|upon\s+request|applications?\s*:|we\s+(?:supply|offer|distribute)"
                r"|contact\s+(?:us|sales)|custom(?:ised|ized)?\s+(?:sizes?|shapes?)|ordering|how\s+to\s+order"
                r"|typical\s+values?)"
            ),
            1,
        ),
    ),
)
EQUIPMENT_BROCHURE = Kind(
    "rule.equipment-brochure",
    "an equipment maker's brochure or product page, or a listing of used machines for sale, that "
    "advertises machines: what can be bought, not how a process is run with them",
    re.compile(
        r"宣传册|宣传页|产品样本|产品彩页|产品中心|设备样本|二手设备|设备转让|转让信息|出售信息"
        r"|(?i:brochure|leaflet|flyer|product\s+(?:page|sheet|catalogu?e)|catalogu?e|prospekt|brosch[üu]re"
        r"|used\s+(?:equipment|machinery|machines?|plant|furnaces?|lines?)|second-?hand\s+(?:equipment|machinery)"
        r"|for\s+sale|(?:sale|equipment)\s+listings?)"
    ),
    (
        (
            re.compile(
                r"产品优势|核心优势|应用领域|典型应用|客户遍布|全球|联系我们|获取报价|在线咨询|欢迎垂询|选配|可选配置|售后服务"
                # a used machine's sale: its price, condition and viewing
                r"|转让价|售价|成色|可看货|可试机|现场看货|议价"
                r"|(?i:your\s+benefits|key\s+(?:benefits|features)|advantages|applications|contact\s+(?:us|sales|our)"
                r"|request\s+(?:a\s+)?(?:quote|quotation)|download|options?|optional|worldwide|installed\s+base"
                r"|references|after-?sales|ihre\s+vorteile|vorteile|kontakt|anfrage|weltweit|optionen"
                r"|under\s+offer|send\s+(?:an\s+)?enquiry|subject\s+to\s+prior\s+sale|related\s+listings"
                r"|(?:can\s+be\s+)?inspected\s+under\s+power|price\s+on\s+request|make\s+an\s+offer)"
            ),
            3,
        ),
    ),
)
ANALYTICAL_METHOD = Kind(
    "rule.analytical-method",
    "an analytical method, its validation or an interlaboratory comparison that measures what a "
    "sample holds: how a laboratory tests, not how the product is made",
    re.compile(
        r"测定|分析方法|检测方法|测试方法|检验方法|方法验证|方法确认|能力验证|实验室间比对|比对试验"
        r"|(?i:determination\s+of|test\s+method|analytical\s+method|method\s+validation"
        r"|inter-?lab(?:oratory)?\s+(?:comparison|study|results)|round[\s-]robin|proficiency\s+test)"
    ),
    (
        (
            re.compile(
                r"标准曲线|校准曲线|工作曲线|检出限|定量限|回收率|加标|相对标准偏差|重复性|再现性|内标|空白|消解|分析线|谱线"
                r"|仪器条件|标准物质|标准样品|不确定度|ICP-?OES|ICP-?MS|ICP-?AES"
                # a magnetic property's measurement: the specimen, the instrument, the precision
                r"|试样|磁强计|磁通计|测量线圈|亥姆霍兹线圈|磁滞回线仪|精密度|测量范围"
                # a proficiency test's statistics (ISO 13528): how each laboratory's result is judged
                r"|指定值|稳健平均值?|稳健标准差|满意|不满意|可疑"
                r"|(?i:calibration\s+curve|detection\s+limit|\bLOD\b|\bLOQ\b|recover(?:y|ies)|spiked?"
                r"|\bRSD\b|repeatability|reproducibility|internal\s+standard|\bblanks?\b|digest(?:ion|ed)"
                r"|wavelength|certified\s+reference|\bCRMs?\b|z-?scores?|uncertainty|inert\s+gas\s+fusion"
                r"|hysteresisgraph|permeameter|fluxmeter|helmholtz\s+coil|search\s+coil|specimens?\b|precision\b"
                r"|assigned\s+value|robust\s+(?:mean|average|standard\s+deviation)|algorithm\s+A\b|ISO\s?13528"
                r"|(?:un)?satisfactory|questionable)"
            ),
            4,
        ),
    ),
)
INSPECTION = Kind(
    "rule.incoming-inspection",
    "an incoming-inspection record or a supplier's certificate that measures a delivered lot "
    "against the order: what was bought, not how it is made",
    re.compile(
        r"来料检验|进料检验|进货检验|入厂检验|来料检测|進料檢驗|來料檢驗|到货检验|到貨檢驗|质保书|質保書"
        r"|质量证明书|品質證明書|材质证明|(?i:incoming\s+(?:inspection|quality|goods)|receiving\s+inspection"
        r"|goods\s+receipt\s+inspection|\bIQC\b|certificate\s+of\s+(?:analysis|conformity|conformance)"
        r"|\bCOA\b|mill\s+(?:test\s+)?certificate|material\s+certificate)"
    ),
    (
        (_PROPERTIES, MIN_PROPERTIES),
        (
            re.compile(
                r"合格|不合格|判定|结论|結論|接收|拒收|让步|讓步|允收|抽样|抽樣|抽检|抽檢"
                r"|(?i:accept(?:ed|ance)?\b|reject(?:ed)?\b|\bpass(?:ed)?\b|\bfail(?:ed)?\b|\bAQL\b"
                r"|sampling\s+plan|conform(?:s|ing)?\b|\bOK\b|\bNG\b|disposition)"
            ),
            2,
        ),
    ),
)
MOTOR_DESIGN = Kind(
    "rule.motor-design",
    "a motor's design report or calculation that chooses bought magnet grades and checks them in "
    "the motor (torque, back-EMF, demagnetisation at its operating points): a product that uses "
    "magnets, not how they are made",
    re.compile(
        r"电机设计|电机电磁设计|电磁设计|电磁方案|退磁校核|退磁分析|電機設計|電磁設計|退磁校驗"
        r"|(?i:\b(?:motor|electromagnetic|em)\s+design|\bdemag(?:neti[sz]ation)?[\s_-]+(?:analysis|check|study"
        r"|calculation))"
    ),
    (
        (
            re.compile(
                r"定子|转子|轉子|反电势|反电动势|反電動勢|齿槽转矩|齒槽轉矩|转矩|扭矩|转速|轉速|极槽|極槽|绕组|繞組|电感|逆变器"
                r"|弱磁|铁损|鐵損|铜损|效率图|工作点|工況點|工况点"
                r"|(?i:stator|rotor|back[-\s]?emf|cogging|torque|\brpm\b|pole[-\s]?pairs?|slots?\b|winding|inductance"
                r"|inverter|field[-\s]weakening|iron\s+loss|copper\s+loss|efficiency\s+map|operating\s+points?"
                r"|\bNVH\b|short[-\s]circuit\s+current)"
            ),
            4,
        ),
    ),
)
SAFETY = Kind(
    "rule.safety-training",
    "a safety-training or emergency document that teaches hazards and protection: how to work "
    "safely, not how to run the process",
    re.compile(
        r"安全教育|安全培训|三级教育|安全知识|安全须知|安全守则|实验室安全|应急预案|应急处置方案|事故案例|职业健康培训|消防培训"
        r"|事[故件](?:调查|分析)|事故通报|事故調查"
        r"|(?i:safety\s+(?:induction|training|briefing|orientation|awareness|rules)|lab(?:oratory)?\s+safety"
        r"|HSE\s+(?:induction|training)"
        r"|(?:accident|incident)\s+(?:investigation|report)"
        r"|toolbox\s+talk|emergency\s+(?:response\s+)?plan|hazard\s+awareness)"
    ),
    (
        (
            re.compile(
                r"严禁|禁止|佩戴|防护用品|劳保|急救|撤离|灭火|消防|动火|有限空间|挂牌|上锁|中毒|灼伤|烧伤|触电"
                r"|防护面罩|防毒面具|洗眼器|(?i:PPE|first\s+aid|evacuat\w*|fire\s+extinguishers?|lock-?out"
                r"|tag-?out|permit[\s-]to[\s-]work|injur(?:y|ies)|eye\s*wash|respirators?)"
            ),
            4,
        ),
    ),
)
NEWS = Kind(
    "rule.news-article",
    "a news article or press release that reports on a company or an event: what happened, not "
    "how a process is run",
    re.compile(
        r"公众号|推文|新闻稿|通稿|喜报|快讯|简报|新闻中心|本报讯"
        r"|(?i:press\s+release|news\s+release|newsletter|for\s+immediate\s+release|newsroom)"
    ),
    (
        (
            re.compile(
                r"记者|通讯员|据了解|据悉|近日|日前|获评|荣获|榜上有名|表示|宣传部|责编|编辑|摄影|文字[:：]|图片"
                r"|(?i:said|announced|according\s+to|photo(?:graph)?s?\b|editor|media\s+contact"
                r"|press\s+contact|spokes(?:person|man|woman)|about\s+(?:the\s+)?company)"
            ),
            3,
        ),
    ),
)
ROSTER = Kind(
    "rule.attendance-roster",
    "a sign-in sheet, attendance record or staff list: who was there and what their jobs are, "
    "not how the process is run",
    re.compile(
        r"签到表|签到册|签到单|签到簿|培训记录|培训签到|考勤表|考勤记录|出勤表|出勤记录|参训人员|花名册"
        r"|人员名单|人员名册|通讯录|值班表|排班表|會議簽到|簽到表|簽到冊|簽到單|考勤記錄|通訊錄"
        r"|(?i:attendance\s+(?:sheet|list|record|register)|sign-?in\s+sheet|training\s+(?:record|attendance)"
        r"|attendee\s+list|participants?\s+list|staff\s+(?:list|roster|directory)|shift\s+roster"
        r"|duty\s+roster|phone\s+list|contact\s+list)"
    ),
    (
        (
            re.compile(
                r"姓名|工号|签名|签字|簽名|簽字|部门|部門|岗位|崗位|职务|職務|工种|工種|成绩|成績|考核|学时|學時|课时"
                r"|課時|联系电话|聯絡電話|手机|手機|缺勤|请假|請假|补训|補訓|出勤"
                r"|(?i:signature|employee\s+(?:id|no\.?|number)|department|job\s+title|position"
                r"|attended|absent|excused|phone|e-?mail|badge)"
            ),
            4,
        ),
    ),
)
PATENT_REGISTER = Kind(
    "rule.patent-register",
    "a patent register or annuity-fee schedule that lists patents by title, number, dates and "
    "fees: what is owned, not how the process is run",
    re.compile(
        r"专利(?:清单|台账|臺賬|一览表|一覽表|汇总表|彙總表|目录|目錄|列表|明细|明細|组合|組合|维持|維持|资产|資產)"
        r"|(?:年费|年費)(?:缴纳|繳納|缴费|繳費|清单|清單|计划|計劃|明细|明細|通知)?"
        r"|知识产权(?:台账|清单|一览表)|知識產權(?:臺賬|清單|一覽表)"
        r"|(?i:patent\s+(?:list|register|portfolio|schedule|inventory|docket|ledger|overview|annuit(?:y|ies))"
        r"|(?:annuity|renewal|maintenance)\s+(?:fees?\s+)?(?:schedule|list|payments?|due)"
        r"|IP\s+(?:portfolio|register|docket))"
    ),
    (
        (
            re.compile(
                r"专利号|專利號|申请号|申請號|公开号|公開號|公告号|公告號|授权公告日|授權公告日|授权日|授權日|申请日|申請日"
                r"|年费|年費|缴费|繳費|缴纳|繳納|滞纳金|滯納金|代理机构|代理機構|法律状态|法律狀態|专利权人|專利權人"
                r"|届满|屆滿|失效|有效期|到期日|专利类型|專利類型"
                r"|(?i:patent\s+(?:no\.?|number)|application\s+(?:no\.?|number)|publication\s+(?:no\.?|number)"
                r"|grant\s+date|filing\s+date|annuit(?:y|ies)|renewal\s+fees?|due\s+date|legal\s+status"
                r"|assignee|patentee|expiry|jurisdiction|attorney\s+ref)"
            ),
            4,
        ),
    ),
)
STANDARDS_REGISTER = Kind(
    "rule.standards-register",
    "a list, register or development plan of standards that names them by number, title and "
    "status: which standards there are or are being written, not how the process is run",
    re.compile(
        r"标准(?:制修订|制定|修订)?(?:项目|工作)?计划|标准(?:体系表|目录|目錄|清单|清單|明细表|一览表|一覽表|台账|汇总表)"
        r"|有效标准|现行标准|受控标准|標準(?:目錄|清單|一覽表)"
        r"|(?i:standards?\s+(?:development\s+)?(?:plan|programme|program|list|register|catalog(?:ue)?|inventory)"
        r"|list\s+of\s+(?:applicable\s+|valid\s+|current\s+)?standards|standardi[sz]ation\s+(?:plan|programme))"
    ),
    (
        (
            # the numbers of standards and of standards projects
            re.compile(
                r"\b(?:GB|GB/T|GB/Z|YS/T|XB/T|JB/T|HG/T|SJ/T|Q/[A-Z]{2,})\s?\d{3,6}"
                r"|\bT/[A-Z]{3,}[\s-]?\d{3,4}|\b\d{8}-[TZQ]-\d{3}\b|\b20\d{2}-\d{4}T-[A-Z]{2}\b"
                r"|\b(?:ISO|IEC|ASTM|EN|DIN|JIS)\s?[A-Z]?\s?\d{3,6}"
            ),
            4,
        ),
        (
            # where each standard stands
            re.compile(
                r"制定|修订|立项|起草|征求意见|送审|报批|已发布|现行|废止|代替|实施日期|发布日期"
                r"|(?i:\bdrafting\b|\benquiry\b|\bpublished\b|\bwithdrawn\b|\bsuperseded\b|\bin\s+force\b"
                r"|\brevision\b|\bnew\s+work\s+item|\bNWIP\b)"
            ),
            2,
        ),
    ),
    # each row names a standard by its title and nothing else: the names in it count a tenth
    factor=0.1,
)
CALIBRATION = Kind(
    "rule.calibration-register",
    "a calibration register or certificate of measuring instruments: which instruments are "
    "calibrated, to what range and accuracy, and when, not how the process is run",
    re.compile(
        r"计量器具|計量器具|校准台账|校準臺賬|校准记录|校準記錄|校准证书|校準證書|检定证书|檢定證書|检定记录|检定台账"
        r"|校准计划|校準計劃|量具台账|仪器设备台账|測量設備|测量设备台账|计量台账"
        r"|(?i:calibration\s+(?:register|record|records|certificate|log|schedule|plan|status|list)"
        r"|gauge\s+(?:register|list|calibration)|measuring\s+equipment\s+(?:list|register)|MSA\s+plan)"
    ),
    (
        (
            re.compile(
                r"校准日期|校準日期|检定日期|檢定日期|有效期|下次校准|下次校準|检定周期|校准周期|校準週期|证书编号|證書編號"
                r"|外校|内校|內校|送检|送檢|量程|精度|准确度|準確度|分度值|检定单位|校准机构|校準機構|合格证|状态标识"
                r"|(?i:calibration\s+date|cal\.?\s+date|due\s+date|next\s+calibration|calibration\s+interval"
                r"|certificate\s+(?:no\.?|number)|calibrated\s+by|accuracy|resolution|measuring\s+range"
                r"|traceab\w+|in-?house|external\s+lab)"
            ),
            4,
        ),
    ),
)
CV = Kind(
    "rule.cv",
    "a CV or job application that lists a person's experience and skills: what someone has "
    "worked on, not how the process is run",
    re.compile(
        r"简历|簡歷|履历|履歷|求职|求職|应聘|應聘|求职信|自荐信"
        r"|(?<![A-Za-z])CV(?![A-Za-z])|(?i:curriculum\s+vitae|r[ée]sum[ée]|cover\s+letter|job\s+application)"
    ),
    (
        (
            re.compile(
                r"工作经历|工作經歷|工作经验|工作經驗|教育背景|教育经历|教育經歷|学历|學歷|毕业院校|畢業院校|专业技能|專業技能"
                r"|技能特长|自我评价|自我評價|求职意向|求職意向|期望薪资|期望薪資|到岗时间|出生年月|出生日期|籍贯|籍貫"
                r"|政治面貌|婚姻状况|语言能力|語言能力|项目经历|項目經歷|获奖情况|獲獎情況"
                r"|(?i:work\s+experience|professional\s+experience|employment\s+history|career\s+history"
                r"|education|skills|languages|certifications?|date\s+of\s+birth|nationality|references"
                r"|linkedin|notice\s+period|expected\s+salary|career\s+objective|personal\s+details)"
            ),
            4,
        ),
    ),
)
GLOSSARY = Kind(
    "rule.glossary",
    "a glossary or bilingual term list that pairs names in two languages: what things are "
    "called, not how the process is run",
    re.compile(
        # a table of names ("中英对照表", "名称对照"), not a bilingual edition ("规程_中英对照")
        r"术语表|词汇表|名词解释|(?:中英|英中|汉英|英汉|中外|双语)文?对照表|(?:名称|术语|名词|词汇)对照"
        r"|術語表|詞彙表|(?:中英|英中)文?對照表|(?:名稱|術語|名詞|詞彙)對照"
        r"|(?i:glossary|terminology\s+(?:list|table)|vocabulary\s+list|word\s+list|term\s+list"
        r"|list\s+of\s+terms)"
    ),
    (
        (
            # a row that pairs a Chinese name with an English one, in either order
            re.compile(
                r"[\u4e00-\u9fff]{2,16}[ \t]*(?:[|｜\t:：=]|—|–|-)[ \t|｜]*[A-Za-z][A-Za-z ()/-]{2,60}"
                r"|[A-Za-z][A-Za-z ()/-]{2,60}?[ \t]*(?:[|｜\t:：=]|—|–)[ \t|｜]*[\u4e00-\u9fff]{2,16}"
            ),
            8,
        ),
    ),
    # each row names a thing in two languages and nothing else: the names in it count a tenth
    factor=0.1,
)
KINDS = (
    MONITORING,
    IMPACT_ASSESSMENT,
    DATASHEET,
    EQUIPMENT_BROCHURE,
    ANALYTICAL_METHOD,
    INSPECTION,
    MOTOR_DESIGN,
    SAFETY,
    NEWS,
    ROSTER,
    PATENT_REGISTER,
    STANDARDS_REGISTER,
    CALIBRATION,
    CV,
    GLOSSARY,
)
RULES = {k.rule: k for k in KINDS}
#: kinds whose every chapter is about what the title says: a monitoring report's or an EIA's
#: chapters tabulate emissions and judge them against limits, a motor design report's design
#: the motor (its magnet chapter checks bought grades in it), so the kind speaks for each
#: section (`policy/sectioned.py`), and its title is one in any section that holds it
#: (`policy/scoring.py`). A datasheet may carry its grade's process card in a chapter of its
#: own, a training record its course's content: theirs stays where it stands.
WHOLE_DOCUMENT_KINDS = frozenset({MONITORING.rule, IMPACT_ASSESSMENT.rule, MOTOR_DESIGN.rule, GLOSSARY.rule})
#: kinds whose process words say what a person has worked on, not what the document does: a
#: CV names every step of a line in its experience and skills; only the process parameters it
#: holds (a candidate's pasted recipe) count as what it does (`policy/scoring.py`)
NAMING_KINDS = frozenset({CV.rule})
#: kinds whose every body cue is a weakening context where it stands, not the last one only: a
#: glossary's every row names things in two languages, and the names in it are weakened there
EVERY_CUE_KINDS = frozenset({GLOSSARY.rule})
#: at most this many cues of such a kind are findings (the first ones): what is past them is
#: judged without their weakening
MAX_CUES = 2000
#: each kind's title behind a lookahead on its first characters (`firstchars.gated`): the
#: engine no longer tries every alternative at each of the first characters of every text
_TITLES = {kind.rule: gated(kind.title) for kind in KINDS}
#: the literals (case-folded unless exact) each kind's title cannot match without, all looked
#: for in one Aho-Corasick pass over a text's head (`_title_index`): a title search runs only
#: where one of them stands, so most texts, which are none of these kinds, pay one pass instead
#: of a search per kind
_TITLE_NEEDS = {kind.rule: required_literals(kind.title, alternatives=64) for kind in KINDS}


@functools.cache
def _title_index() -> LiteralIndex:
    """One index of every title's literals, built when first needed (pyahocorasick)."""
    return LiteralIndex(lit for needs in _TITLE_NEEDS.values() if needs for lit in needs)


def kind_spans(text: str) -> list[tuple[Kind, tuple[int, int], *tuple[tuple[int, int], ...]]]:
    """Each kind `text` is, with the span of the title that names it and that of the body's last
    cue, or of every cue for `EVERY_CUE_KINDS` (all are findings: the title says what the
    document is, and the body that goes on in that vein makes the title count as one)."""
    out = []
    present = _title_index().present(text[:TITLE_CHARS])  # a title match ends by TITLE_CHARS
    for kind in KINDS:
        if not may_match(_TITLE_NEEDS[kind.rule], present):
            continue
        found = _TITLES[kind.rule].search(text, 0, TITLE_CHARS)
        if found is None:
            continue
        cues: list[re.Match[str]] = []
        for pattern, needs in kind.body:
            matches = list(pattern.finditer(text, found.end()))
            if len({_key(m.group()) for m in matches}) < needs:
                break
            cues.extend(matches)
        else:
            if kind.rule in EVERY_CUE_KINDS:
                spans = sorted({m.span() for m in cues})[:MAX_CUES]
            else:
                spans = [max((m.span() for m in cues), key=lambda span: span[0])]
            out.append((kind, found.span(), *spans))
    return out


def _key(word: str) -> str:
    return " ".join(word.lower().split())
