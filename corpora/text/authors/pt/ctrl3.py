from helpers import *
from longfill import *

def build():
    # R1 long docx EN, feasibility study with Appendix D
    rng = random.Random(101)
    secs = ["1. Executive summary", "2. Market overview", "3. Customer segments and offtake", "4. Site selection: Bac Ninh vs. Dong Nai",
            "5. Raw material sourcing", "6. Regulatory environment", "7. Organisation and staffing", "8. Capital expenditure",
            "9. Operating cost model", "10. Financial projections", "11. Risk register", "12. Recommendations"]
    b = [("title", "Project Lotus — Feasibility Study for a Permanent Magnet Finishing and Sintering Plant in Vietnam"),
         ("p", "Prepared for: Board of Directors, Lotus Magnetics JSC   |   Prepared by: Harbourline Advisory Pte Ltd, Singapore   |   Version 2.3, 14 November 2025   |   Strictly confidential"),
         ("pb", None)]
    b += body(rng, EN, secs, per=9, table_header=["Year", "EV motors (t)", "Wind (t)", "Industrial (t)", "Consumer (t)"])
    b += [("pb", None), ("h1", "Appendix A. Interview list"),
          ("table", [["#", "Organisation", "Role", "Date"]] + [[str(i+1), o, r, f"2025-0{(i%8)+1}-1{i%9}"] for i, (o, r) in enumerate(
              [("Tier-1 supplier A", "Purchasing"), ("Tier-1 supplier B", "Engineering"), ("OEM C", "Sourcing"), ("Trader D", "Sales"),
               ("Industrial park E", "Investment promotion"), ("Bank F", "Project finance"), ("Law firm G", "Partner"), ("Consultant H", "Process advisor")])]),
          ("h1", "Appendix B. Capex breakdown"),
          ("table", [["Item", "USD m"], ["Land and buildings", "14.2"], ["Melting and casting", "9.8"], ["Powder preparation", "7.5"], ["Pressing", "5.1"],
                     ["Sintering furnaces", "8.9"], ["Machining", "6.4"], ["Coating", "3.2"], ["Utilities", "4.7"], ["Contingency", "6.0"], ["Total", "65.8"]]),
          ("h1", "Appendix C. Tax incentive summary"), ("p", " ".join(rng.sample(EN, 5))),
          ("pb", None),
          ("h1", "Appendix D. Operating practice notes from the advisor's reference plant (for the engineering team)"),
          ("p", "The following notes were dictated by our process advisor (Mr. H., formerly production head at a reference plant in Zhejiang) during the workshop on 3 October 2025. They describe how the reference plant actually runs its line and are intended as the starting settings for Lotus."),
          ("h2", "D.1 Melting and flakes"),
          ("p", "Charge per heat 600 kg. Composition used for the 48H grade: PrNd 29.5%, Dy 1.2%, B 0.97%, Co 1.0%, Cu 0.12%, Ga 0.18%, Al 0.2%, balance Fe. Melt under argon at 45 kPa, refine 5 min at 1450 C, pour at 1430 C onto the copper wheel turning at 1.9 m/s surface speed. Flake thickness 0.28-0.32 mm."),
          ("h2", "D.2 Powder"),
          ("p", "Hydrogen absorption at room temperature, 0.12 MPa, until uptake stops (about 3 h), then dehydrogenation at 560 C for 6 h. Jet mill with nitrogen at 0.6 MPa, classifier 4000 rpm, target D50 3.0 µm; add 0.08% lubricant before milling and 0.05% after. Oxygen in mill gas < 30 ppm."),
          ("h2", "D.3 Pressing"),
          ("p", "Align in 2.0 T field, pre-press at 0.25 t/cm², demagnetise by reverse pulse, vacuum-bag and isostatic press at 200 MPa for 60 s. Green density 4.3-4.5 g/cm³."),
          ("h2", "D.4 Oven"),
          ("table", [["Step", "Temp (°C)", "Hold (h)", "Atmosphere"], ["Degas 1", "350", "2", "vacuum"], ["Degas 2", "650", "2", "vacuum"],
                     ["Sinter", "1060", "5", "vacuum < 5e-3 Pa"], ["Cool", "< 80", "-", "Ar fan"], ["Temper 1", "890", "2", "vacuum"], ["Temper 2", "500", "3.5", "vacuum"]]),
          ("p", "Expected Br 13.7-13.9 kG, HcJ ≥ 17 kOe, density ≥ 7.56 g/cm³. Adjust temper 2 in ±10 °C steps to centre HcJ."),
          ("h1", "Appendix E. Glossary of abbreviations"),
          ("p", "DFS: definitive feasibility study. FID: final investment decision. EPC: engineering, procurement and construction. IRR: internal rate of return. NPV: net present value.")]
    docx("reports/Project_Lotus_Feasibility_Study_v2.3.docx", b, author="Harbourline Advisory", title="Project Lotus Feasibility Study")
    label("reports/Project_Lotus_Feasibility_Study_v2.3.docx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", "en", False,
          "Long business feasibility study; only Appendix D gives full sintered-magnet line settings (alloy, strip cast, HD, jet mill, sintering)")

    # R2 long pdf zh simplified — due diligence with separation section deep inside
    rng = random.Random(202)
    secs = ["一、项目概况", "二、行业与市场", "三、目标公司基本情况", "四、股权结构与历史沿革", "五、财务状况分析"]
    b = [("title", "关于印尼某稀土分离项目的投资尽职调查报告"), ("p", "委托方：星港资本（新加坡）有限公司    编制：华策咨询    2025年9月    保密")]
    b += body(rng, ZH, secs, per=9, table_header=["年份", "氧化镨钕(吨)", "氧化镝(吨)", "氧化铽(吨)", "其他(吨)"], sep="")
    b += [("h1", "六、生产运营现状"),
          ("p", "我们于2025年8月两次赴现场。目标公司现有一条萃取线，由国内退休的车间主任孙师傅带班。以下是孙师傅向我方及外方技术人员介绍的实际操作做法，按其口述整理，供投资方评估其技术可行性："),
          ("p", "（1）料液：把精矿溶出来的氯化物溶液调到每升1.4摩尔左右，pH 2.5~3。（2）用的“油”是P507兑煤油，1.5摩尔，进箱前用10.5摩尔的氨水皂化，皂化度36%~38%。（3）第一组箱子做“钕钐切割”，萃取段24级、洗涤段30级、反萃段10级，油水比（进箱）1.8:1，洗酸3.8摩尔、反酸5.5摩尔。（4）第二组做镨钕与镧铈分离，共72级，料液流量每小时0.5立方，有机每小时1.6立方。（5）出口镨钕氧化物纯度99.5%以上，镧铈中镨钕含量<0.1%，单级混合时间3~4分钟。（6）开车时先把所有箱子灌满已皂化有机，然后按段逐级进料，约需7~10天达到平衡，期间不得出料。"),
          ("p", "孙师傅表示，这套参数来自其原单位，目标公司没有自己的工艺文件。我们认为这构成关键人依赖风险。")]
    b += body(rng, ZH, ["七、环保与安全", "八、法律合规", "九、估值分析", "十、主要风险", "十一、结论与建议"], per=9,
              table_header=["年份", "收入(百万美元)", "成本", "毛利", "净利"], sep="")
    b += [("h1", "附件：访谈清单"), ("table", [["序号", "访谈对象", "日期"]] + [[str(i), f"受访人{i}", f"2025-08-{10+i}"] for i in range(1, 15)])]
    pdf("reports/印尼稀土分离项目尽调报告_终稿.pdf", b, header_txt="华策咨询 · 保密", footer_txt="尽调报告", title="尽职调查报告", author="华策咨询")
    label("reports/印尼稀土分离项目尽调报告_终稿.pdf", "controlled", ["1E902.a", "1E902.b"], ["separation"], [], "other", "zh", False,
          "Long due-diligence report; section 6 records a cascade's full operating parameters and start-up practice in plain words; mostly business")

    # R3 long pdf traditional — Taiwan partnership assessment, appendix on sludge recovery
    rng = random.Random(303)
    secs = ["壹、計畫緣起", "貳、國際供應鏈情勢", "參、國內需求盤點", "肆、合作對象評估", "伍、商業模式", "陸、財務評估", "柒、風險與因應", "捌、結論"]
    b = [("title", "磁性材料循環再利用合作可行性評估報告"), ("p", "委託單位：○○電機股份有限公司　執行單位：宏策管理顧問　中華民國114年10月　機密")]
    b += body(rng, ZHT, secs, per=15, table_header=["年度", "馬達用(噸)", "風電(噸)", "電子(噸)", "其他(噸)"], sep="")
    b += [("pb", None), ("h1", "附錄三　合作方（香港）東莞廠回收作業實況紀錄"),
          ("p", "以下係本團隊於114年9月赴東莞廠參訪時，由該廠廠長口述之作業方式，經整理後供技術團隊參考。"),
          ("table", [["工序", "做法", "條件"], ["前處理", "切削泥去油", "120℃烘4小時"], ["焙燒", "旋轉窯氧化", "720℃、3小時、通空氣"],
                     ["溶出", "鹽酸慢加", "pH 4.2±0.2、65℃、2小時"], ["除雜", "雙氧水+氨水", "pH 5.0"], ["沉澱", "草酸1.6倍", "60℃"], ["煅燒", "", "850℃、2小時"]]),
          ("p", "廠長表示，關鍵在溶出步驟不可一次加足酸，以維持pH在4以上，使鐵留於渣中；渣中稀土含量須低於0.5%，否則返燒。整體收率約95%，產品總稀土氧化物98%以上。另，氧化鏑含量高之廢料須分開處理。"),
          ("h1", "附錄四　參考文獻"), ("p", "經濟部產業發展署（2024）；工研院產科國際所（2025）；USGS Mineral Commodity Summaries 2025。")]
    pdf("reports/磁材循環再利用合作可行性評估_v3.pdf", b, header_txt="宏策管理顧問 機密", footer_txt="可行性評估", title="可行性評估報告", author="宏策管理顧問")
    label("reports/磁材循環再利用合作可行性評估_v3.pdf", "controlled", ["1E902.a"], ["recycling"], [], "other", "zh", False,
          "Traditional-Chinese Taiwan feasibility report; Appendix 3 gives sludge-roast/leach/precipitation parameters dictated by HK partner's plant manager")

    # R4 long docx zh — JV annual report with sintering line upgrade plan (b)
    rng = random.Random(404)
    b = [("title", "马来西亚合资公司2025年度经营报告"), ("p", "报告人：总经理办公室    日期：2025年12月    分送：董事会各成员")]
    b += body(rng, ZH, ["一、年度经营概况", "二、销售与客户", "三、采购与供应链", "四、人力资源", "五、财务情况"], per=15,
              table_header=["月份序号", "产量(吨)", "销量(吨)", "库存(吨)", "退货(吨)"], sep="")
    b += [("h1", "六、2026年烧结车间改造计划"),
          ("p", "现有4台老炉子（每炉装600公斤）效率低、能耗高。经与国内母公司设备部商定，2026年二季度分两批改造，具体安排如下："),
          ("li", "第一批（4月）：1号、2号炉换加热体，钼带改为石墨加热，隔热屏由5层改为7层；抽气系统增加一台罗茨泵，极限真空由1×10⁻²Pa提高到3×10⁻³Pa。"),
          ("li", "风冷系统改造：风机功率由45kW提到75kW，换热器加大，使炉料从1050℃冷到100℃以下的时间由4.5小时缩短到2.5小时。"),
          ("li", "改造后调试：空炉升温到1100℃保温2小时检查温度均匀性，9个测温点偏差±5℃以内；再装试验料按原烧结曲线（1060℃×5h，回火900℃×2h+490℃×3h）连续跑3炉，密度和磁性合格后交生产。"),
          ("li", "第二批（6月）：3号、4号炉同样方式改造；同时把控制系统升级为PLC+触摸屏，曲线程序由母公司工艺部拷贝过来。"),
          ("li", "日常维护：每50炉检查一次加热体和热电偶，每200炉更换密封圈，每年一次氦检漏，漏率≤1×10⁻⁸Pa·m³/s。"),
          ("p", "预计改造后单炉周期缩短约15%，能耗降低20%，全年多产约180吨毛坯。")]
    b += body(rng, ZH, ["七、安全环保", "八、2026年经营目标", "九、需董事会决议事项"], per=15, sep="")
    docx("reports/合资公司2025年度经营报告（董事会版）.docx", b, author="GM Office", title="2025年度经营报告", cjk=True)
    label("reports/合资公司2025年度经营报告（董事会版）.docx", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "other", "zh", False,
          "Board annual report for overseas JV; one section sets out sintering-furnace retrofit, commissioning and maintenance schedule (b). Magnet type inferred from curve")

    # R5 consultant commissioning memo docx EN (a+b)
    b = [("title", "Start-up plan for the new tank line — Line 2"),
         ("p", "To: Mr. A. Rahman, Operations Director   From: K. Tan (independent consultant)   Date: 28 August 2025"),
         ("h1", "1. Background"),
         ("p", "Line 2 (48 boxes in one row, each box 1.2 m³ mixing / 6 m² settling) was installed in July. Below is how I propose to fill and start it, based on how we started the same kind of line in Jiangxi in 2019. The goal is to split the light group into a La-Ce product and a PrNd product."),
         ("h1", "2. Mechanical checks (week 1)"),
         ("li", "Water test every box: fill with plain water, run the stirrers at 280 rpm for 24 h, check leaks at every weir and every pipe flange."),
         ("li", "Check impeller height: bottom of impeller 80 mm above box floor. Check motor direction on every box."),
         ("li", "Calibrate all 6 dosing pumps against a bucket and stopwatch, ±2%."),
         ("h1", "3. Filling (week 2)"),
         ("li", "Drain water, dry with fans. Fill all 48 boxes with the organic (P507 1.5 M in kerosene) already loaded with rare earth — 'loaded oil' made in the small batch tank by contacting with feed, to about 0.17 M RE in organic."),
         ("li", "Fill aqueous side of boxes 1-18 with feed, 19-38 with 3.5 N HCl diluted to 1 N, 39-48 with 5 N HCl."),
         ("h1", "4. Running in (weeks 3-4)"),
         ("table", [["Stream", "Box in", "Flow (L/h)", "Strength"], ["Feed (chloride, pH 3)", "18", "400", "1.3 M RE"], ["Soap (NH3 water)", "1", "110", "10 N"],
                    ["Organic", "1", "1000", "1.5 M"], ["Scrub acid", "38", "85", "3.6 N HCl"], ["Strip acid", "48", "60", "5.5 N HCl"]]),
         ("li", "Saponification 36%. Don't take product for the first 7 days; recycle both outlets back to the feed tank."),
         ("li", "From day 5 sample boxes 10, 18, 25, 32, 38 every shift. Balanced when PrNd in box 25 stays within ±2% for 3 days."),
         ("h1", "5. Acceptance"),
         ("p", "Line accepted when PrNd oxide ≥ 99.5%, La-Ce product PrNd ≤ 0.05%, organic loss < 1.5 kg per tonne REO. Expected 10 days from first feed."),
         ("h1", "6. Fee"),
         ("p", "Site attendance 20 days at USD 1,200/day plus flights and hotel, as per our agreement of 5 August.")]
    docx("memos/Line2_startup_plan_KTan.docx", b, author="K Tan", title="Line 2 start-up plan")
    label("memos/Line2_startup_plan_KTan.docx", "controlled", ["1E902.a", "1E902.b"], ["separation"], [], "process-spec", "en", False,
          "Consultant commissioning plan for a mixer-settler line ('tank line', 'boxes', 'loaded oil') with flows, saponification, acceptance targets -> a+b")
