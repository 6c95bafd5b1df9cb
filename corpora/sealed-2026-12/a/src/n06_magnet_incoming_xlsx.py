po = [["PO No. 采购单号", "Date 日期", "Supplier 供应商", "Part No. 料号", "Description 描述", "Grade 牌号", "Qty (pcs)", "Unit price (RMB)", "Amount (RMB)", "Delivery 交期", "Status 状态"]]
parts = [
    ("MG-4021", "弧形磁钢 R32.5×r27.5×40×55°, NiCuNi", "N42SH", 2.86),
    ("MG-4022", "方块磁钢 40×10×4, 环氧", "N45SH", 1.92),
    ("MG-4105", "方块磁钢 25×12×5, 环氧, 分段粘接 ×4", "48UH", 4.35),
    ("MG-3310", "圆柱 Φ8×5, Zn", "N38", 0.21),
    ("MG-5502", "钐钴圆片 Φ10×3", "YXG-28H", 3.80),
]
sup = ["宁波甲磁业", "包头乙磁材", "赣州丙新材料", "杭州丁钐钴"]
import itertools
rows = []
qtys = [12000, 30000, 8000, 50000, 2000, 15000, 24000, 6000, 40000, 1500, 18000, 26000, 9000, 45000, 2500]
for i in range(15):
    p = parts[i % 5]
    s = sup[3] if p[2].startswith("YXG") else sup[i % 3]
    q = qtys[i]
    month = 10 + i // 5
    po.append([f"PO25{month:02d}{i+11:03d}", f"2025-{month:02d}-{(i*2)%27+1:02d}", s, p[0], p[1], p[2], q, p[3],
               f"=G{i+2}*H{i+2}", f"2025-{min(month+1,12):02d}-{(i*3)%27+1:02d}", "closed" if month < 12 else "open"])
insp = [["Lot No. 批号", "Part No.", "Grade", "Supplier", "Recv. date", "Sample n", "Br (kGs) min", "Br (kGs) avg", "HcJ (kOe) min", "HcJ (kOe) avg", "(BH)max (MGOe)", "Dim. OK/NG", "Coating (µm)", "Salt spray", "Result 判定", "Inspector"]]
data = [
    ("NB2510-0317", "MG-4021", "N42SH", "宁波甲磁业", "2025-10-09", 5, 12.92, 13.05, 20.4, 20.9, 41.2, "OK", "12–16", "—", "合格 Accept", "刘"),
    ("BT2510-1108", "MG-4022", "N45SH", "包头乙磁材", "2025-10-14", 5, 13.32, 13.41, 20.2, 20.6, 43.8, "OK", "18–22", "—", "合格 Accept", "刘"),
    ("GZ2510-0042", "MG-4105", "48UH", "赣州丙新材料", "2025-10-21", 5, 13.62, 13.70, 25.3, 25.9, 46.1, "OK", "16–21", "96h OK", "合格 Accept", "陈"),
    ("NB2510-0355", "MG-3310", "N38", "宁波甲磁业", "2025-10-28", 8, 12.31, 12.44, 12.5, 13.1, 37.6, "OK", "7–9", "—", "合格 Accept", "陈"),
    ("HZ2510-0012", "MG-5502", "YXG-28H", "杭州丁钐钴", "2025-10-30", 5, 10.38, 10.45, 25.6, 26.4, 26.9, "OK", "—", "—", "合格 Accept", "王"),
    ("BT2511-1162", "MG-4021", "N42SH", "包头乙磁材", "2025-11-04", 5, 12.88, 12.97, 19.8, 20.3, 40.9, "NG 2/5", "11–15", "—", "让步接收 Concession", "刘"),
    ("GZ2511-0057", "MG-4022", "N45SH", "赣州丙新材料", "2025-11-11", 5, 13.28, 13.36, 19.6, 20.1, 43.3, "OK", "17–23", "—", "合格 Accept", "王"),
    ("NB2511-0391", "MG-4105", "48UH", "宁波甲磁业", "2025-11-18", 5, 13.55, 13.66, 24.7, 25.2, 45.6, "OK", "15–20", "96h OK", "合格 Accept", "陈"),
    ("BT2511-1190", "MG-3310", "N38", "包头乙磁材", "2025-11-25", 8, 12.10, 12.28, 12.1, 12.6, 36.8, "OK", "6–9", "—", "不合格 Reject (Br)", "刘"),
    ("HZ2511-0015", "MG-5502", "YXG-28H", "杭州丁钐钴", "2025-11-27", 5, 10.41, 10.50, 25.9, 26.8, 27.2, "OK", "—", "—", "合格 Accept", "王"),
    ("GZ2512-0071", "MG-4021", "N42SH", "赣州丙新材料", "2025-12-02", 5, 12.95, 13.08, 20.6, 21.0, 41.5, "OK", "13–17", "—", "合格 Accept", "陈"),
    ("NB2512-0402", "MG-4022", "N45SH", "宁波甲磁业", "2025-12-09", 5, 13.30, 13.38, 20.1, 20.5, 43.6, "OK", "18–21", "—", "合格 Accept", "刘"),
]
for d in data:
    insp.append(list(d))
spec = [
    ["Grade 牌号", "Br min (kGs)", "HcJ min (kOe)", "(BH)max (MGOe)", "Max. working temp.", "Coating spec", "Drawing / spec ref."],
    ["N38", 12.2, 12, "36–40", "80 °C", "Zn 5–10 µm", "QS-M-001"],
    ["N42SH", 12.8, 20, "40–43", "150 °C", "NiCuNi 10–20 µm", "QS-M-004"],
    ["N45SH", 13.2, 20, "43–46", "150 °C", "Epoxy 15–25 µm", "QS-M-005"],
    ["48UH", 13.5, 25, "45–49", "180 °C", "Epoxy 15–25 µm; segment glue ≥1 MΩ", "QS-M-011"],
    ["YXG-28H", 10.3, 25, "26–28", "350 °C", "none", "QS-M-020"],
    ["", "", "", "", "", "", ""],
    ["抽样规则 Sampling: GB/T 2828.1 一般检验水平 II, AQL 0.65 (尺寸 dimensions); 磁性能每批 5 件 magnetic 5 pcs/lot (N38: 8 pcs).", "", "", "", "", "", ""],
    ["判定 Disposition: 磁性能任一件低于下限即判不合格；尺寸不合格按 MRB 流程处理。Any piece below minimum = reject; dimensional NG to MRB.", "", "", "", "", "", ""],
]
score = [
    ["Supplier 供应商", "Lots received", "Lots rejected", "PPM (dim.)", "On-time delivery", "Price index", "Audit score", "Q4 score", "Rating"],
    ["宁波甲磁业", 14, 0, 120, "97%", 100, 88, 92, "A"],
    ["包头乙磁材", 12, 1, 850, "92%", 96, 82, 81, "B"],
    ["赣州丙新材料", 9, 0, 210, "95%", 102, 86, 89, "A"],
    ["杭州丁钐钴", 4, 0, 0, "100%", 100, 90, 95, "A"],
]
DOC = dict(
    file="磁钢采购及来料检验台账-2025Q4.xlsx",
    title="磁钢采购及来料检验台账 2025Q4",
    author="SQE 刘洋",
    date="2025-12-15 17:20",
    sheets=[
        ("采购台账 PO", po, [14, 11, 14, 10, 40, 9, 9, 12, 13, 11, 8]),
        ("来料检验 IQC", insp, [14, 10, 9, 14, 11, 8, 10, 10, 10, 10, 12, 9, 11, 10, 18, 8]),
        ("规格 Spec", spec, [12, 12, 12, 14, 14, 34, 16]),
        ("供应商评分 Scorecard", score, [14, 12, 12, 10, 14, 10, 10, 9, 7]),
    ],
    label=dict(
        verdict="clear", control_codes=[], categories=[], carrier="parameter-sheet", language="mixed", hard_negative=True,
        note="Purchasing ledger and incoming-inspection records of bought NdFeB and SmCo magnets (Br/HcJ/(BH)max per lot, coating, sampling rules, supplier scores); buyer-side data, no manufacturing technology",
    ),
)
