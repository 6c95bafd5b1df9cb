import io, os, json, zipfile, datetime
from email.message import EmailMessage
from email import policy
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "files")
FIXED = (2025, 9, 1, 0, 0, 0)

def _norm_zip(data, dt):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return buf.getvalue()

def write_docx(name, blocks, author, title, date):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Microsoft JhengHei"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Microsoft JhengHei")
    for kind, val in blocks:
        if kind == "title": d.add_heading(val, 0)
        elif kind == "h": d.add_heading(val, 1)
        elif kind == "h2": d.add_heading(val, 2)
        elif kind == "p": d.add_paragraph(val)
        elif kind == "li": d.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0])); t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row): t.cell(i, j).text = str(c)
    cp = d.core_properties
    dt = datetime.datetime(*date)
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = dt; cp.modified = dt; cp.revision = 1
    b = io.BytesIO(); d.save(b)
    open(os.path.join(OUT, name), "wb").write(_norm_zip(b.getvalue(), date))

_SUBS = str.maketrans("₀₁₂₃₄₅₆₇₈₉⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "01234567890123456789-+")
def _fix(v):
    from fontTools.ttLib import TTCollection
    global _CMAP
    if "_CMAP" not in globals():
        _CMAP = TTCollection(FONT).fonts[0].getBestCmap()
    if isinstance(v, list): return [[_fix(c) for c in r] for r in v]
    v = str(v)
    v = v.translate(_SUBS).replace("℃", "°C")
    return "".join(ch if ord(ch) in _CMAP else "?" for ch in v)

def write_pdf(name, blocks, author, title, date):
    blocks = [(k, _fix(v)) for k, v in blocks]
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(*date, tzinfo=datetime.timezone.utc))
    pdf.set_author(author); pdf.set_title(title); pdf.set_creator("Microsoft Word"); pdf.set_producer("Microsoft Word")
    pdf.add_font("wq", "", FONT)
    pdf.set_auto_page_break(True, 15); pdf.add_page(); pdf.set_margins(18, 16, 18)
    W = pdf.w - 36
    for kind, val in blocks:
        if kind == "title":
            pdf.set_font("wq", size=15); pdf.multi_cell(W, 8, val, align="C", wrapmode="CHAR", new_x="LMARGIN"); pdf.ln(2)
        elif kind in ("h", "h2"):
            pdf.ln(1.5); pdf.set_font("wq", size=12 if kind == "h" else 11); pdf.multi_cell(W, 6.5, val, align="L", wrapmode="CHAR", new_x="LMARGIN")
        elif kind in ("p", "li"):
            pdf.set_font("wq", size=9.5)
            pdf.multi_cell(W, 5.2, ("• " if kind == "li" else "") + val, align="L", wrapmode="CHAR", new_x="LMARGIN")
        elif kind == "table":
            pdf.set_font("wq", size=8.5)
            n = len(val[0]); cw = W / n
            for row in val:
                ys = pdf.get_y()
                if ys > pdf.h - 30: pdf.add_page(); ys = pdf.get_y()
                hmax = 0
                for j, c in enumerate(row):
                    pdf.set_xy(18 + j * cw, ys)
                    lines = pdf.multi_cell(cw, 5, str(c), border=0, align="L", wrapmode="CHAR", dry_run=True, output="LINES")
                    hmax = max(hmax, 5 * len(lines))
                for j, c in enumerate(row):
                    pdf.set_xy(18 + j * cw, ys)
                    pdf.multi_cell(cw, hmax / max(1, len(pdf.multi_cell(cw, 5, str(c), wrapmode="CHAR", dry_run=True, output="LINES"))), str(c), border=1, align="L", wrapmode="CHAR")
                pdf.set_xy(18, ys + hmax)
            pdf.ln(2)
    open(os.path.join(OUT, name), "wb").write(bytes(pdf.output()))

def blocks_to_text(blocks, md=False):
    out = []
    for kind, val in blocks:
        if kind == "title": out.append(("# " if md else "") + val); out.append("" if md else "=" * 40)
        elif kind == "h": out.append(""); out.append(("## " if md else "") + val)
        elif kind == "h2": out.append(""); out.append(("### " if md else "") + val)
        elif kind == "p": out.append(val)
        elif kind == "li": out.append(("- " if md else "  ・") + val)
        elif kind == "table":
            if md:
                out.append("")
                out.append("| " + " | ".join(map(str, val[0])) + " |")
                out.append("|" + "---|" * len(val[0]))
                for r in val[1:]: out.append("| " + " | ".join(map(str, r)) + " |")
                out.append("")
            else:
                for r in val: out.append("\t".join(map(str, r)))
    return "\n".join(out).strip() + "\n"

def write_text(name, blocks, md=False, raw=None, encoding="utf-8"):
    s = raw if raw is not None else blocks_to_text(blocks, md)
    open(os.path.join(OUT, name), "wb").write(s.replace("\n", "\r\n" if name.endswith(".txt") and encoding != "utf-8" else "\n").encode(encoding))

def write_eml(name, frm, to, subject, date_str, msgid, body, cc=None, attachments=(), cte="quoted-printable"):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject; m["Date"] = date_str; m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte=cte)
    for fn, data, mt in attachments:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    if attachments:
        m.set_boundary("----=_Part_" + msgid.strip("<>").split("@")[0].replace(".", "_"))
    open(os.path.join(OUT, name), "wb").write(m.as_bytes())

LABELS = []
def L(file, verdict, codes, cats, mt, carrier, excl, lang, hn, note):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats, magnet_types=mt,
                       carrier=carrier, exclusion=excl, language=lang, hard_negative=hn, note=note))

def build_controlled():
    # C1 Taiwan sintering process card
    b = [("title", "宏磁精密材料股份有限公司　製程卡"),
         ("p", "文件編號：PC-SN-0427　版次：Rev.C　生效日期：2025/06/16　適用廠區：新竹湖口二廠　燒結課"),
         ("p", "品名：燒結毛胚 48SH（方塊料 62×52×38 mm）　客戶料號：依工單"),
         ("h", "一、合金成分（wt%，速凝片）"),
         ("table", [["PrNd", "Dy", "B", "Co", "Cu", "Al", "Ga", "Zr", "Fe"],
                    ["29.60", "1.20", "0.98", "1.00", "0.15", "0.20", "0.10", "0.12", "bal."]]),
         ("p", "速凝片厚度 0.25～0.35 mm，柱狀晶比例 ≥ 90%，α-Fe 不可檢出。每爐次附成分報告（ICP）及含氧量（≤ 300 ppm）。"),
         ("h", "二、氫破（HD）"),
         ("li", "裝料 600 kg/爐，抽真空至 ≤ 5 Pa 後充高純氫，吸氫壓力 0.09 MPa，室溫吸氫 2 h，吸氫量以壓降判定（≥ 0.28 wt%）。"),
         ("li", "脫氫：升溫至 560 ℃ 保溫 6 h，真空 ≤ 10 Pa，之後通氬冷卻至 ≤ 40 ℃ 出料。"),
         ("li", "氫破粉加入抗氧化劑 0.05 wt%，V 型混料機混合 60 min。"),
         ("h", "三、氣流磨"),
         ("table", [["參數", "設定值", "管制範圍"],
                    ["研磨氮氣壓力", "0.65 MPa", "0.60–0.70"],
                    ["分級輪轉速", "3400 rpm", "3300–3500"],
                    ["系統含氧量", "≤ 20 ppm", "警報 30 ppm"],
                    ["粒度 D50（雷射）", "3.2 μm", "3.0–3.4"],
                    ["D90/D10", "≤ 4.0", "—"],
                    ["後添加潤滑劑", "0.08 wt%", "混合 90 min"]]),
         ("h", "四、磁場成型與均壓"),
         ("li", "配向磁場 1.8 T（脈衝直流），成型壓力 0.4 t/cm²，坯體密度 3.9–4.1 g/cm³，全程手套箱氮氣保護，O₂ ≤ 100 ppm。"),
         ("li", "真空封袋後冷均壓 200 MPa，保壓 30 s。"),
         ("h", "五、燒結曲線（真空燒結爐 VSF-600）"),
         ("table", [["段", "溫度 (℃)", "升溫時間 (min)", "保溫 (min)", "真空度 (Pa)", "說明"],
                    ["1", "200", "60", "60", "≤ 5", "脫潤滑劑"],
                    ["2", "400", "60", "120", "≤ 5", "脫氣"],
                    ["3", "850", "120", "120", "≤ 1×10⁻¹", "脫氫"],
                    ["4", "1040", "90", "30", "≤ 5×10⁻²", "均溫"],
                    ["5", "1065", "20", "300", "≤ 5×10⁻²", "緻密化燒結"],
                    ["6", "—", "—", "—", "Ar 80 kPa", "風冷至 ≤ 80 ℃"]]),
         ("h", "六、回火"),
         ("p", "一級回火 900 ℃ × 3 h，風冷；二級回火 490 ℃ × 4 h，風冷。密度 ≥ 7.55 g/cm³。"),
         ("h", "七、檢驗標準"),
         ("p", "Br 13.6–13.9 kG；HcJ ≥ 20.0 kOe；(BH)max 45–48 MGOe；Hk/HcJ ≥ 0.95。每爐取 3 顆 Φ10×10 樣柱送磁性量測。"),
         ("p", "擬定：林柏宏　審核：陳怡君　核准：張振宇")]
    write_docx("PC-SN-0427_燒結製程卡_48SH_RevC.docx", b, "林柏宏", "製程卡 PC-SN-0427", (2025, 6, 16, 9, 0, 0))
    L("PC-SN-0427_燒結製程卡_48SH_RevC.docx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "zh", False,
      "Taiwan NdFeB process card: alloy, HD, jet mill, pressing, sintering curve, tempering")

    # C2 HK commissioning report, German headings
    b = [("title", "Inbetriebnahmeprotokoll / 試車報告　IBN-2025-017"),
         ("p", "Anlage／設備：氣流磨生產線 JM-3（含進料倉、研磨室、分級輪、旋風收集器、氮氣循環系統）"),
         ("p", "Standort／地點：恒力磁材（香港）有限公司　東莞清溪廠 製粉車間　　Datum／日期：2025-04-22 至 2025-04-25"),
         ("p", "Lieferant／設備供應方：Kessler Anlagenbau GmbH, Hanau　　Kunde／用戶：恒力磁材 製粉課"),
         ("h", "1. Anlagenbeschreibung 設備概述"),
         ("p", "JM-3 為流化床對噴式氣流磨，設計產能 120 kg/h，用於燒結釹鐵硼氫破粉之細磨。氮氣閉路循環，配在線氧分析儀兩台（研磨室、收集器出口）。"),
         ("h", "2. Prüfschritte 調試步驟"),
         ("li", "2.1 機械空轉：分級輪 500→4500 rpm 分段升速，每段 10 min，記錄振動（≤ 2.8 mm/s）及軸承溫度（≤ 65 ℃）。"),
         ("li", "2.2 氣密試驗：系統充氮至 0.05 MPa，保壓 30 min，壓降 ≤ 2 kPa 為合格。"),
         ("li", "2.3 惰性置換：以氮氣置換至氧含量 ≤ 50 ppm，記錄置換時間（實測 48 min）。"),
         ("li", "2.4 連鎖測試：氧含量 > 100 ppm 時進料閥自動關閉並報警；收集器差壓 > 3 kPa 時觸發反吹。"),
         ("li", "2.5 負載試車：以 HD 粉 3 批次試磨，每批 300 kg，對照用戶製程目標（D50 依製程卡）進行分級輪及研磨壓力微調。"),
         ("h", "3. Ergebnisse 試車結果"),
         ("table", [["項目 Prüfpunkt", "目標 Soll", "實測 Ist", "判定"],
                    ["產能", "≥ 120 kg/h", "126 kg/h", "OK"],
                    ["D50", "依製程卡 3.0–3.5 μm", "3.28 μm", "OK"],
                    ["研磨室 O₂", "≤ 50 ppm", "18–26 ppm", "OK"],
                    ["振動", "≤ 2.8 mm/s", "1.9 mm/s", "OK"],
                    ["收集器差壓", "≤ 3 kPa", "2.4 kPa", "OK"]]),
         ("h", "4. Mängelliste 缺陷清單"),
         ("li", "M1：收集器下料蝶閥密封條老化，已更換（Kessler 備件 KA-DV-80）。"),
         ("li", "M2：HMI 氧含量趨勢圖時間軸錯誤，待軟體更新 V2.3.1。"),
         ("h", "5. Abnahme 驗收"),
         ("p", "除 M2 外全部項目合格，同意轉入試生產。M2 於 2025-05-10 前遠端更新。"),
         ("p", "Mit freundlichen Grüßen / 此致"),
         ("p", "Jürgen Wolff（Kessler Inbetriebnahmeleiter）　　黃家豪（恒力磁材 製粉課長）")]
    write_pdf("IBN-2025-017_JM3_試車報告.pdf", b, "Jürgen Wolff", "Inbetriebnahmeprotokoll JM-3", (2025, 4, 25, 16, 0, 0))
    L("IBN-2025-017_JM3_試車報告.pdf", "controlled", ["1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "mixed", False,
      "commissioning of NdFeB jet-mill line; process values only as targets; German headings, zh body")

    # C3 Japanese headings, English content, SmCo 2:17
    b = [("title", "作業標準書 WS-SC-2217-03　Sm2Co17 焼結磁石"),
         ("p", "北斗電機株式会社 磁性材料部 / 台湾北斗精材 (台中) 共用　制定 2025-02-10　改訂 03"),
         ("h", "1. 概要"),
         ("p", "This standard defines the production route for Sm2Co17-type sintered magnets grade 2:17-30H (Br 10.8–11.2 kG, HcJ ≥ 25 kOe, usable to 350 °C)."),
         ("h", "2. 合金組成 (wt%)"),
         ("table", [["Sm", "Fe", "Cu", "Zr", "Co"], ["25.5", "16.5", "5.8", "2.9", "bal."]]),
         ("h", "3. 手順"),
         ("li", "Melt in vacuum induction furnace, backfill Ar 50 kPa, pour at 1480 °C into water-cooled copper mould; add 0.5 wt% Sm excess to compensate evaporation."),
         ("li", "Homogenise ingot 1150 °C × 10 h in Ar; jaw crush to < 2 mm, then jet mill under N2 (O2 < 50 ppm) to FSSS 4.0–4.5 μm."),
         ("li", "Press in transverse field 2.0 T at 1.0 t/cm², followed by CIP 200 MPa."),
         ("h", "4. 焼結条件"),
         ("table", [["Step", "Temp (°C)", "Time", "Atmosphere", "Cooling"],
                    ["Sintering", "1210", "1.5 h", "Ar 1 atm", "furnace to 1180"],
                    ["Solution treatment", "1180", "3 h", "Ar", "quench (fan, > 100 °C/min)"],
                    ["Isothermal aging", "830", "12 h", "Ar", "—"],
                    ["Slow cooling", "830 → 400", "0.7 °C/min", "Ar", "—"],
                    ["Hold", "400", "4 h", "Ar", "quench"]]),
         ("h", "5. 備考"),
         ("li", "Density target ≥ 8.35 g/cm³. If HcJ < 25 kOe, extend aging to 16 h before adjusting composition."),
         ("li", "Cu > 6.0 wt% reduces squareness; keep Zr 2.8–3.0 wt% for cell-boundary phase formation."),
         ("p", "承認: 佐藤 健一　確認: 吳秀玲　作成: 中村 亮")]
    write_pdf("WS-SC-2217-03_作業標準書.pdf", b, "中村 亮", "作業標準書 Sm2Co17", (2025, 2, 10, 10, 0, 0))
    L("WS-SC-2217-03_作業標準書.pdf", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "process-spec", None, "mixed", False,
      "Japanese-headed work standard with English SmCo 2:17 composition, sintering, solution and aging schedule")

    # C4 joint development minutes md
    b = [("title", "共同開發會議紀錄／共同開発会議議事録 #7"),
         ("p", "日期：2025-07-03（四）14:00–17:10　地點：宏磁精密 新竹湖口廠 3F 會議室 ／ Teams"),
         ("p", "出席：宏磁精密（林柏宏、陳怡君、許志明）；北斗電機（佐藤 健一、中村 亮）　記錄：許志明"),
         ("h", "1. 概要"),
         ("p", "主題：48SH 基材晶界擴散 Tb 提升至 45UH 等級，目標 Br 下降 ≤ 0.2 kG，HcJ 提升 ≥ 8 kOe。本次檢討第 3 輪試樣結果並決定第 4 輪參數。"),
         ("h", "2. 第 3 輪結果"),
         ("table", [["樣品", "厚度 (mm)", "Tb 塗佈 (wt%)", "擴散", "時效", "Br (kG)", "HcJ (kOe)"],
                    ["R3-A", "4.0", "0.45", "900 ℃ × 10 h", "490 ℃ × 3 h", "13.62", "27.9"],
                    ["R3-B", "4.0", "0.55", "920 ℃ × 10 h", "490 ℃ × 3 h", "13.58", "29.4"],
                    ["R3-C", "6.0", "0.55", "920 ℃ × 15 h", "500 ℃ × 3 h", "13.55", "26.1"]]),
         ("h", "3. 討論"),
         ("li", "佐藤：6 mm 厚度中心 HcJ 不足，建議擴散前以 #800 砂紙去除表面加工變質層，並將 TbH₂ 漿料固含量由 60% 提高至 70%。"),
         ("li", "陳怡君：920 ℃ 以上出現晶粒異常成長（平均 7.8 μm），擴散溫度不宜超過 930 ℃。"),
         ("li", "林柏宏：塗佈改用噴塗，單面塗佈量公差 ±0.03 wt%，兩極面塗佈、側面遮蔽。"),
         ("h", "4. 決議（第 4 輪參數）"),
         ("li", "Tb 來源：TbH₂ 粉 D50 2 μm，漿料（TbH₂ 70 wt% / 乙醇 + PVB 1.5%），塗佈 0.55 wt%。"),
         ("li", "擴散：真空 ≤ 5×10⁻³ Pa，910 ℃ × 12 h（4 mm）/ 16 h（6 mm），爐冷至 200 ℃ 以下。"),
         ("li", "時效：500 ℃ × 3 h，Ar 風冷。"),
         ("li", "驗收目標：Br ≥ 13.5 kG，HcJ ≥ 28 kOe（20 ℃），150 ℃ 不可逆損失 ≤ 3%（Pc = 2）。"),
         ("h", "5. 備考"),
         ("p", "下次會議 2025-08-07，北斗電機 負責第 4 輪 TbH₂ 粉供應，宏磁 負責試樣與量測。本紀錄屬雙方保密資訊，勿外傳。")]
    write_text("共同開發會議紀錄_07_20250703.md", b, md=True)
    L("共同開發會議紀錄_07_20250703.md", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", None, "mixed", False,
      "TW-JP joint development minutes with Tb grain-boundary diffusion coating, diffusion and aging set-points")

    # C5 supplier reply email quoting a recipe
    body = """Sehr geehrter Herr Brandt,

vielen Dank für Ihre E-Mail vom 12. Mai.

As requested in your audit follow-up, please find below the current production recipe for
our grade 45UH-LD (low Dy) that we supply for your traction motor project. Please treat this
as confidential and do not forward outside the Ravensberg engineering team.

1) Strip-cast alloy (wt%): PrNd 30.2 / Dy 0.8 / Tb 0 (before GBD) / B 0.96 / Co 1.5 / Cu 0.18 /
   Al 0.35 / Ga 0.20 / Zr 0.10 / Fe bal.  Casting 1460 °C, wheel 1.2 m/s, flake 0.28 mm.
2) HD: absorb 0.1 MPa H2 / 90 min; dehydrogenate 540 °C / 5 h.
3) Jet mill: 0.62 MPa N2, classifier 3600 rpm, D50 2.9 µm, O2 < 15 ppm.
4) Pressing 2.0 T, CIP 180 MPa.
5) Sintering 1055 °C / 5 h; tempering 900 °C / 2 h + 480 °C / 4 h.
6) Tb diffusion (sputtered Tb film 6 µm, both pole faces) 930 °C / 8 h, aging 500 °C / 2 h.

我們內部製程表如下（節錄）：
  段別   溫度℃   時間h   真空Pa
  燒結   1055    5       ≤5E-2
  一回   900     2       Ar
  二回   480     4       Ar
  擴散   930     8       ≤5E-3

With this route we reach Br 13.3–13.5 kG and HcJ 31–33 kOe on 5 mm segments.
Should you need the full process card in German, our Taipei office can arrange a translation.

Mit freundlichen Grüßen / 敬祝 順心

蔡明哲 Tsai Ming-Che
製程工程部 經理
聯鈺磁業股份有限公司 Lianyu Magnetics Co., Ltd.
桃園市觀音區工業五路 18 號
Tel +886-3-483-xxxx
"""
    write_eml("RE_ Audit follow-up – 45UH-LD process route.eml",
              "Tsai Ming-Che <mc.tsai@lianyu-mag.com.tw>", "Tobias Brandt <t.brandt@ravensberg-antriebe.de>",
              "RE: Audit follow-up – 45UH-LD process route", "Wed, 14 May 2025 10:22:31 +0800",
              "<20250514022231.4471@lianyu-mag.com.tw>", body)
    L("RE_ Audit follow-up – 45UH-LD process route.eml", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "email", None, "mixed", False,
      "TW supplier reply to German customer quoting full NdFeB recipe incl. GBD; German greeting, zh signature and table")

    # C6 SX parameter sheet txt
    txt = """鼎昇稀材科技股份有限公司　分離一課
萃取線 SX-2 參數表（鐠釹／鑭鈰 分組）　2025年8月版

[有機相]
萃取劑	P507（HEH/EHP）
濃度	1.5 mol/L
稀釋劑	磺化煤油
皂化劑	氨水 10 mol/L
皂化度	36 %
皂化後靜置	≥ 20 min

[料液]
組成	氯化稀土 REO 1.20 mol/L
pH	2.0–2.5
La2O3/CeO2/Pr6O11/Nd2O3	25.1/50.3/5.2/17.6 (%)
料液流量	180 L/h

[串級]
段	級數	有機相 L/h	水相 L/h	O/A
萃取段	22	1120	180(料)+220(洗)	2.8
洗滌段	18	—	220	—
反萃段	10	1120	350	3.2

洗液	HCl 3.2 mol/L
反萃液	HCl 4.5 mol/L
混合時間	4 min/級
澄清面積	0.9 m2/級
溫度	25–30 ℃

[指標]
PrNd 反萃液	Pr6O11+Nd2O3/REO ≥ 99.5 %，La+Ce ≤ 0.05 %
LaCe 萃餘液	PrNd/REO ≤ 0.1 %
收率	PrNd ≥ 99.0 %

[備註]
1. 每 4 h 取第 1、8、22、30、40 級水相分析 REO 及配分，偏離 ±5% 時調整洗液流量。
2. 皂化度變動 > 2% 需報課長。
製表：鄭雅婷　審核：王志偉
"""
    write_text("SX-2_參數表_2025-08.txt", None, raw=txt)
    L("SX-2_參數表_2025-08.txt", "controlled", ["1E902.a"], ["separation"], [], "parameter-sheet", None, "zh", False,
      "P507 saponified extraction cascade for PrNd/LaCe split with stages, flows, O/A, acid strengths")

def build_controlled2():
    # C7 German-wrapped electrolysis operating instruction
    b = [("title", "Betriebsanweisung BA-EL-04 ／ 電解槽操作規程"),
         ("p", "Schmelzflusselektrolyse Pr-Nd ／ 鐠釹金屬熔鹽電解　　Version 2.1　Stand: 03.03.2025"),
         ("p", "Erstellt für／編製單位：恒力磁材（香港）有限公司 金屬課　　Technische Beratung: Dr. Heike Lorenz"),
         ("h", "1. Zweck 目的"),
         ("p", "規定 6 kA 圓形氟化物體系電解槽生產鐠釹金屬之操作參數與作業步驟，確保金屬稀土總量 ≥ 99.5%、C ≤ 0.03%、O ≤ 0.03%。"),
         ("h", "2. Geltungsbereich 適用範圍"),
         ("p", "電解車間 E1–E8 號槽。"),
         ("h", "3. Betriebsparameter 製程參數"),
         ("table", [["參數 Parameter", "設定 Sollwert", "允許範圍"],
                    ["電解質組成 (Pr,Nd)F₃ : LiF", "88 : 12 wt%", "86–90 : 10–14"],
                    ["電解溫度", "1050 ℃", "1040–1065 ℃"],
                    ["電流", "6000 A", "5800–6200 A"],
                    ["陽極電流密度（石墨）", "0.9 A/cm²", "0.8–1.0"],
                    ["陰極電流密度（鎢棒 Φ60）", "7.5 A/cm²", "6.5–8.5"],
                    ["槽電壓", "9.5 V", "9.0–10.5 V"],
                    ["氧化物加料", "每 3 min 一次，約 0.55 kg", "依電流效率調整"],
                    ["極距", "85 mm", "80–95 mm"],
                    ["出金週期", "4 h", "—"]]),
         ("h", "4. Arbeitsablauf 作業步驟"),
         ("li", "4.1 起槽：以石墨坩堝裝入電解質 180 kg，石墨棒起弧熔化，待熔體溫度 ≥ 1020 ℃ 插入陰極。"),
         ("li", "4.2 加料：氧化鐠釹（Pr6O11:Nd2O3 = 25:75，含水 ≤ 0.3%）由自動加料器少量多次加入，嚴禁一次加料 > 1 kg 以免產生沉澱與陽極效應。"),
         ("li", "4.3 陽極效應：槽電壓突升 > 15 V 時立即加料並上提陽極 5 mm，記錄發生時間。"),
         ("li", "4.4 出金：以鉬坩堝承接，鐵勺舀出金屬液澆入鑄鐵模，模具預熱 200 ℃。"),
         ("h", "5. Anhang 附錄"),
         ("p", "Anhang A：電流效率計算表（目標 ≥ 78%）；Anhang B：石墨陽極消耗記錄表（約 0.12 kg/kg 金屬）；Anhang C：紅外測溫校正程序。"),
         ("p", "Freigabe／核准：李偉強　Datum 2025-03-03")]
    write_docx("BA-EL-04_Betriebsanweisung_電解槽_v2.1.docx", b, "Heike Lorenz", "BA-EL-04 Betriebsanweisung", (2025, 3, 3, 8, 30, 0))
    L("BA-EL-04_Betriebsanweisung_電解槽_v2.1.docx", "controlled", ["1E902.a"], ["metal-smelting"], [], "process-spec", None, "mixed", False,
      "PrNd fluoride molten-salt electrolysis operating instruction; German headings, zh body with set-points")

    # C8 maintenance procedure (b), English body HK
    b = [("title", "Maintenance Procedure MP-EC-09: Electrolysis Cell Overhaul"),
         ("p", "Hang Lik Magnetics (Hong Kong) Ltd. — Metal Workshop (Dongguan)    Rev. 4, issued 2025-05-19"),
         ("h", "1. Scope"),
         ("p", "Scheduled and breakdown maintenance of the 6 kA fluoride-bath cells used for Pr-Nd metal production (cells E1–E8). Operating conditions are given in BA-EL-04 and are referenced here only for restart checks."),
         ("h", "2. Maintenance intervals"),
         ("table", [["Item", "Interval", "Acceptance / action"],
                    ["Graphite anode segments", "every 6–8 days or when gap > 110 mm", "replace full set; record residual thickness"],
                    ["Tungsten cathode", "monthly", "replace if diameter loss > 8 mm or cracks"],
                    ["Graphite crucible", "120–150 days", "replace if wall < 25 mm or metal leakage"],
                    ["Molybdenum receiver", "each crucible change", "check for Fe pick-up, re-weld lip"],
                    ["Busbar clamps", "weekly", "ΔV across clamp ≤ 30 mV"],
                    ["Off-gas hood and scrubber", "weekly", "clear fluoride dust, check fan current"]]),
         ("h", "3. Crucible change procedure"),
         ("li", "Isolate rectifier, lock-out/tag-out; allow bath to cool below 300 °C under Ar blanket (approx. 36 h)."),
         ("li", "Remove frozen electrolyte by pneumatic breaker; store as recyclable bath in sealed drums."),
         ("li", "Inspect refractory lining and steel shell for hot spots; repair castable with high-alumina mix, dry 24 h at 150 °C."),
         ("li", "Install new crucible, align anode holders with laser jig (concentricity ≤ 3 mm)."),
         ("li", "Restart: preheat by resistance heater, melt fresh bath, ramp current over 8 h to rated value; confirm cell voltage and temperature against BA-EL-04 reference (approx. 1050 °C, 9–10 V)."),
         ("h", "4. Repair records"),
         ("p", "All interventions are logged in form MF-EC-09-01 (cell no., date, parts replaced, downtime, technician). Repeated anode breakage (> 2 per month) triggers root-cause review with the equipment supplier."),
         ("p", "Prepared: Chan Wing-Yan    Approved: Lee Wai-Keung")]
    write_pdf("MP-EC-09_Cell_Overhaul_Rev4.pdf", b, "Chan Wing-Yan", "MP-EC-09 Electrolysis Cell Overhaul", (2025, 5, 19, 11, 0, 0))
    L("MP-EC-09_Cell_Overhaul_Rev4.pdf", "controlled", ["1E902.b"], ["metal-smelting"], [], "process-spec", None, "en", False,
      "maintenance/overhaul procedure for Pr-Nd fluoride electrolysis cells; process values only as restart references")

    # C9 recycling md zh
    b = [("title", "釹鐵硼油泥回收 作業指導書 WI-RC-012"),
         ("p", "鼎昇稀材科技股份有限公司　回收廠（高雄臨海）　版次 B　2025-01-20"),
         ("h", "1. 原料"),
         ("p", "線切割及磨削油泥，稀土氧化物總量（REO）20–28%（乾基），含油 15–25%，含水 10–20%。進料前逐批取樣測 REO、Fe、Co、B。"),
         ("h", "2. 流程"),
         ("p", "脫油 → 氧化焙燒 → 鹽酸優溶 → 除雜 → 草酸沉澱 → 煅燒 → 混合稀土氧化物（送分離）"),
         ("h", "3. 操作參數"),
         ("table", [["工序", "條件", "控制點"],
                    ["脫油", "回轉窯 350 ℃，微負壓，停留 60 min", "殘油 ≤ 1%"],
                    ["氧化焙燒", "750 ℃ × 3 h，鼓風 1.5 倍理論量", "Fe²⁺ ≤ 0.5%（焙砂）"],
                    ["鹽酸優溶", "6 mol/L HCl，液固比 4:1，80 ℃，終點 pH 4.0–4.5，2 h", "浸出率 REO ≥ 97%，Fe 浸出 ≤ 1%"],
                    ["除雜", "加 Na₂S 除 Cu/Ni/Co，pH 4.5，過濾", "非稀土雜質 ≤ 0.5%"],
                    ["草酸沉澱", "草酸 1.2 倍理論量，60 ℃，陳化 30 min", "沉澱率 ≥ 99.5%"],
                    ["煅燒", "900 ℃ × 2 h", "灼減 ≤ 0.5%"]]),
         ("h", "4. 產品指標"),
         ("p", "混合稀土氧化物 TREO ≥ 99.0%，(Pr+Nd)/TREO ≥ 75%，Dy₂O₃+Tb₄O₇ 依原料；總回收率 ≥ 95%。"),
         ("h", "5. 注意事項"),
         ("li", "油泥自燃風險：存放區溫度 ≤ 40 ℃，覆蓋水膜。"),
         ("li", "優溶終點 pH 不得低於 3.5，否則鐵大量浸出影響後段。"),
         ("p", "編寫：黃淑芬　審核：王志偉")]
    write_text("WI-RC-012_油泥回收作業指導書_B.md", b, md=True)
    L("WI-RC-012_油泥回收作業指導書_B.md", "controlled", ["1E902.a"], ["recycling"], [], "process-spec", None, "zh", False,
      "NdFeB swarf/sludge recovery: de-oiling, oxidising roast, HCl selective leach, oxalate precipitation")

    # C10 Ce dual main phase parameter sheet docx
    b = [("title", "雙主相鈰磁體 配方試驗表 DMP-Ce-2025-03"),
         ("p", "恒力磁材（香港）有限公司 研發部　試驗週期：2025-03-03 ~ 2025-03-28　負責：何詠詩"),
         ("h", "合金 A（主相，Nd 系）wt%"),
         ("table", [["PrNd", "B", "Co", "Cu", "Al", "Ga", "Fe"], ["31.0", "0.96", "1.2", "0.15", "0.3", "0.15", "bal."]]),
         ("h", "合金 B（鈰系，Ce/RE = 45%）wt%"),
         ("table", [["Ce", "PrNd", "B", "Co", "Cu", "Al", "Fe"], ["14.0", "17.2", "1.00", "1.0", "0.2", "0.2", "bal."]]),
         ("h", "混粉與製程"),
         ("table", [["批號", "A:B", "D50 (μm)", "燒結", "一回", "二回", "Br (kG)", "HcJ (kOe)", "(BH)max"],
                    ["D01", "80:20", "3.4", "1050 ℃×4h", "880 ℃×2h", "480 ℃×3h", "13.05", "12.6", "40.8"],
                    ["D02", "70:30", "3.4", "1040 ℃×4h", "880 ℃×2h", "480 ℃×3h", "12.78", "11.4", "38.9"],
                    ["D03", "70:30", "3.2", "1030 ℃×5h", "860 ℃×2h", "470 ℃×3h", "12.82", "12.1", "39.4"],
                    ["D04", "60:40", "3.2", "1025 ℃×5h", "860 ℃×2h", "470 ℃×3h", "12.41", "10.3", "36.6"]]),
         ("h", "結論"),
         ("li", "A:B = 70:30、燒結 1030 ℃×5 h 可抑制 Ce/Nd 互擴散，保持雙主相結構，HcJ 較單合金法高約 1.2 kOe。"),
         ("li", "鈰比例 > 35% 時 REFe₂ 相增加，Br 明顯下降，下一輪改以 B 合金加 0.3% Cu 改善晶界。"),
         ("li", "氫破脫氫溫度統一 500 ℃（Ce 系粉高溫易氧化），氣流磨 O₂ ≤ 10 ppm。")]
    write_docx("DMP-Ce-2025-03_配方試驗表.docx", b, "何詠詩", "雙主相鈰磁體配方試驗", (2025, 3, 31, 17, 0, 0))
    L("DMP-Ce-2025-03_配方試驗表.docx", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "parameter-sheet", None, "zh", False,
      "dual-main-phase Ce-substituted sintered magnet alloy recipes and sintering/tempering trials")

    # C11 numbers-only furnace sheet
    txt = """3號爐 曲線（2025-06 定版）
料：52M 方塊 / 裝爐 420kg

段	溫度	升溫min	保溫min	真空Pa
1	150	45	60	5
2	350	60	90	5
3	600	90	60	1
4	880	90	180	0.1
5	1020	60	30	0.05
6	1075	20	360	0.05
冷	Ar80kPa	—	—	≤80℃出爐

回火1	920	—	120	Ar
回火2	500	—	240	Ar

前段
吸H2	0.09MPa	120min
脫H2	550℃	360min	≤10Pa
磨	0.65MPa	3500rpm	D50 3.0
O2	≤15ppm
壓	1.9T	0.35t/cm2
等靜	210MPa	30s

目標	Br 14.3-14.6kG	HcJ≥11kOe	ρ≥7.58
"""
    write_text("3號爐曲線_202506.txt", None, raw=txt)
    L("3號爐曲線_202506.txt", "controlled", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "parameter-sheet", None, "zh", False,
      "numbers-only NdFeB sintering/HD/jet-mill/press set-point sheet, no material named")

    # C12 strip caster upgrade plan, Japanese headings, zh body (a+b)
    b = [("title", "速凝爐 SC-2 改造計畫書（ストリップキャスター改造計画）"),
         ("p", "提出：北斗電機株式会社 生産技術部　對象：宏磁精密材料 湖口二廠　文書番号 HK-PE-2025-031　2025年5月28日"),
         ("h", "1. 概要"),
         ("p", "SC-2 速凝爐（600 kg/爐，2014 年投產）之冷卻輥與澆注系統老化，鱗片厚度波動大（0.2–0.5 mm），α-Fe 析出偶發。本計畫於 2025 年 9 月停爐 21 天進行升級，同時導入新製程條件。"),
         ("h", "2. 現状"),
         ("table", [["項目", "現況", "改造後"],
                    ["冷卻輥材質", "純銅 Φ600", "CuCrZr Φ800，內部螺旋水道"],
                    ["輥速", "1.0 m/s", "1.3 m/s（變頻 0.8–2.0）"],
                    ["澆注溫度", "1420–1480 ℃（人工）", "1450 ±10 ℃（紅外閉環）"],
                    ["中間包", "無流量控制", "狹縫 0.8 mm × 300 mm，傾轉速度伺服控制"],
                    ["冷卻水", "入水 25 ℃，流量 20 m³/h", "入水 20 ℃，流量 35 m³/h"],
                    ["鱗片厚度", "0.2–0.5 mm", "0.25–0.32 mm"]]),
         ("h", "3. 改造内容・手順"),
         ("li", "D1–D3：拆除舊輥與軸承座，檢查真空室法蘭與密封面，真空漏率要求 ≤ 0.5 Pa·L/s。"),
         ("li", "D4–D9：安裝 CuCrZr 輥、伺服傾轉機構及紅外測溫，輥面粗糙度 Ra 1.6 μm，徑向跳動 ≤ 0.05 mm。"),
         ("li", "D10–D14：冷態聯調：真空抽至 ≤ 3 Pa 充 Ar 至 40 kPa，傾轉曲線依附表 B 設定（前 5 s 流量 8 kg/s，穩態 12 kg/s）。"),
         ("li", "D15–D21：熱態試車 3 爐，合金以 PrNd 30.0 / B 0.97 / Co 1.0 / Cu 0.15 / Al 0.2 / Fe bal.，驗收鱗片厚度、柱狀晶寬度 3–5 μm、α-Fe 不可檢出。"),
         ("h", "4. 備考"),
         ("p", "改造後 SC-2 之日常維護依新版保養基準（輥面每 20 爐拋光、軸承每 3 個月加脂）執行；操作人員訓練 2 天由北斗電機負責。費用另以見積書提出。"),
         ("p", "以上、よろしくお願い申し上げます。　北斗電機 生産技術部 部長 高橋 誠")]
    write_docx("HK-PE-2025-031_SC-2改造計畫書.docx", b, "高橋 誠", "SC-2 改造計畫書", (2025, 5, 28, 13, 0, 0))
    L("HK-PE-2025-031_SC-2改造計畫書.docx", "controlled", ["1E902.a", "1E902.b"], ["magnet-manufacturing"], ["NdFeB"], "process-spec", None, "mixed", False,
      "strip-caster upgrade plan (b) that also sets new casting process parameters and alloy (a); Japanese wrapper")

def build_clear():
    # N1 quotation pdf zh
    b = [("title", "聯鈺磁業股份有限公司　報價單 QUOTATION"),
         ("p", "報價單號：LY-Q-250611-03　日期：2025/06/11　有效期限：30 天"),
         ("p", "客戶：Ravensberg Antriebstechnik GmbH（Bielefeld, Germany）　聯絡人：Tobias Brandt"),
         ("table", [["項次", "品名／規格", "牌號", "鍍層", "數量 (pcs)", "單價 (USD)", "交期"],
                    ["1", "方塊 50×25×5 mm（5 mm 充磁方向）", "N52", "NiCuNi 12–20 μm", "20,000", "1.86", "35 天"],
                    ["2", "方塊 40×12×4 mm", "48SH", "環氧黑 15–25 μm", "50,000", "1.12", "40 天"],
                    ["3", "弧形 R38×R33×60°×30", "45UH", "磷化＋環氧", "30,000", "2.45", "45 天"],
                    ["4", "圓柱 Φ10×5 mm", "N42", "NiCuNi", "100,000", "0.098", "25 天"]]),
         ("h", "備註"),
         ("li", "尺寸公差 ±0.05 mm；磁性能依 IEC 60404-8-1 牌號表，出貨附第三方檢測報告。"),
         ("li", "價格以 2025/06/10 氧化鐠釹 USD 62/kg、鏑鐵 USD 230/kg 為基準，原料價格變動 ±5% 以上得重新議價。"),
         ("li", "貿易條件：FOB 桃園；付款：T/T 30% 預付，70% 出貨前付清。"),
         ("li", "包裝：充磁出貨，鐵盒隔磁，空運符合 IATA PI 953。"),
         ("p", "業務：林佩珊　Tel +886-3-483-xxxx　peishan.lin@lianyu-mag.com.tw")]
    write_pdf("LY-Q-250611-03_Ravensberg.pdf", b, "林佩珊", "報價單 LY-Q-250611-03", (2025, 6, 11, 15, 0, 0))
    L("LY-Q-250611-03_Ravensberg.pdf", "clear", [], [], [], "other", None, "zh", True,
      "quotation for sintered NdFeB magnets with grades, coatings and prices; no process")

    # N2 logistics eml with packing list attachment
    body = """各位好 / Dear Ms. Yamamoto,

貴司訂單 PO 4500-88231 之磁鐵貨物已於今日完成訂艙，詳情如下：

  貨物 Commodity : 燒結釹鐵硼磁鐵（已充磁）Sintered NdFeB magnets, magnetized
  HS Code        : 8505.11
  件數 / 毛重    : 14 cartons / 386.0 kg（鐵盒隔磁包裝）
  磁場測試        : 距包裝表面 2.1 m 處 < 0.418 A/m，符合 IATA PI 953，免申報為危險品
  航班 Flight    : CX 0524  HKG → NRT  ETD 2025-07-09 01:35  ETA 06:40
  提單 MAWB      : 160-4471 8823
  清關 Customs   : 成田由 Mitsuwa Logistics 代理，請提供輸入許可所需之 Invoice 原本

Please find the packing list attached. Kindly note that Japan customs may request the
magnetic field test certificate; a copy will be carried with the AWB documents.

如有問題請隨時聯絡。

Best regards,
梁子軒 Leung Tsz-Hin
港達國際貨運有限公司 Gangda International Freight Ltd.
Kwai Chung, N.T., Hong Kong
"""
    pl = ("PACKING LIST  PL-GD-25-0709\nShipper: Hang Lik Magnetics (Hong Kong) Ltd.\nConsignee: Mitsuwa Shoji Co., Ltd., Osaka\n"
          "CTN\tItem\tQty(pcs)\tNW(kg)\tGW(kg)\n1-6\tN45SH 30x10x3 NiCuNi\t60000\t162.0\t171.0\n"
          "7-12\t42UH arc R20 epoxy\t24000\t151.2\t160.0\n13-14\tN52 D12x3\t40000\t51.4\t55.0\nTOTAL\t\t124000\t364.6\t386.0\n").encode("utf-8")
    write_eml("訂艙通知 PO4500-88231 HKG-NRT.eml", "Leung Tsz-Hin <th.leung@gangda-freight.com.hk>",
              "Yamamoto Sayaka <s.yamamoto@mitsuwa-shoji.co.jp>", "訂艙通知 Booking confirmation PO 4500-88231 HKG→NRT",
              "Tue, 08 Jul 2025 17:45:02 +0800", "<a81c.20250708094502@gangda-freight.com.hk>", body,
              cc="ops@gangda-freight.com.hk", attachments=[("PL-GD-25-0709.txt", pl, "text/plain")])
    L("訂艙通知 PO4500-88231 HKG-NRT.eml", "clear", [], [], [], "email", None, "mixed", True,
      "HK forwarder booking notice for magnetized NdFeB magnets, HS code, PI 953, packing list")

    # N3 quality complaint docx
    b = [("title", "Reklamation / 客訴通知 8D-RB-2025-044"),
         ("p", "Von／發件：Ravensberg Antriebstechnik GmbH, Qualitätssicherung Wareneingang　An／收件：聯鈺磁業股份有限公司 品保部"),
         ("p", "Datum／日期：2025-08-19　Lieferschein／交貨單：LY-DN-250722-11　Teil／料號：RB-MAG-4512（45UH 弧形 R38×R33×60°×30，環氧）"),
         ("h", "1. Problembeschreibung 問題描述"),
         ("p", "Bei der Wareneingangsprüfung wurden 2 von 5 Stichproben mit zu niedriger Koerzitivfeldstärke festgestellt. 進料檢驗抽樣 5 件中 2 件內稟矯頑力低於圖面規格；另鹽霧試驗 48 h 出現鍍層起泡。"),
         ("table", [["Probe 樣品", "Br (kG) Soll ≥13.2", "HcJ (kOe) Soll ≥30", "Salzsprüh 鹽霧 72 h", "Urteil 判定"],
                    ["1", "13.41", "31.2", "OK", "i.O."],
                    ["2", "13.38", "28.7", "OK", "n.i.O."],
                    ["3", "13.44", "30.9", "Blasen 起泡 48 h", "n.i.O."],
                    ["4", "13.40", "29.1", "OK", "n.i.O."],
                    ["5", "13.36", "31.5", "OK", "i.O."]]),
         ("p", "Messgerät／量測設備：Hysteresegraph Permagraph C-300，20 °C；Flussdichte mit Helmholtz-Spule。"),
         ("h", "2. Sofortmaßnahmen 立即措施"),
         ("li", "Charge LY-2507-118 gesperrt (18.000 Stück)；該批次已隔離，請於 48 小時內確認是否派員挑選。"),
         ("li", "請提供同批次出廠檢驗報告及鹽霧試驗記錄。"),
         ("h", "3. Forderung 要求"),
         ("p", "Bitte 8D-Bericht (D1–D4) bis 29.08.2025, vollständig bis 30.09.2025. 請於期限內回覆 8D，並評估對電機 150 °C 退磁裕度之影響。Kosten für Sortierung und Produktionsausfall behalten wir uns vor."),
         ("p", "Mit freundlichen Grüßen　Anna Meier, Lieferantenqualität　／　翻譯：王心怡")]
    write_docx("8D-RB-2025-044_Reklamation_LY.docx", b, "Anna Meier", "Reklamation 8D-RB-2025-044", (2025, 8, 19, 9, 30, 0))
    L("8D-RB-2025-044_Reklamation_LY.docx", "clear", [], [], [], "other", None, "mixed", True,
      "German customer complaint on bought NdFeB magnets: incoming inspection values, 8D request")

    # N4 Japanese trading company market note pdf
    b = [("title", "三輪商事　レアアース市況レポート 2025年7月号"),
         ("p", "三輪商事株式会社 金属資源本部 台北支店　發行日：2025-07-31　（台灣客戶版，內文中文）"),
         ("h", "概要"),
         ("p", "7 月氧化鐠釹價格延續反彈，中國出口管制措施持續影響海外供應鏈；重稀土鏑、鋱價格於高位震盪。日本及歐洲磁材用戶普遍增加 3–6 個月安全庫存。"),
         ("h", "価格動向（月均價）"),
         ("table", [["品目", "6月", "7月", "前月比"],
                    ["氧化鐠釹 PrNd oxide (CNY/t)", "445,000", "486,000", "+9.2%"],
                    ["鐠釹金屬 PrNd metal (CNY/t)", "548,000", "595,000", "+8.6%"],
                    ["氧化鏑 Dy2O3 (CNY/kg)", "1,640", "1,690", "+3.0%"],
                    ["金屬鋱 Tb metal (CNY/kg)", "8,650", "8,900", "+2.9%"],
                    ["FOB 歐洲 Dy (USD/kg)", "780", "820", "+5.1%"]]),
         ("h", "需給・政策"),
         ("li", "中國商務部公告 2025 年第 61、62 號生效後，稀土相關技術出口需申請許可，部分日系磁材廠暫停與中國供應商之技術交流。"),
         ("li", "越南、馬來西亞分離產能擴張計畫推進，但 2026 年前對鏑鋱供給貢獻有限。"),
         ("li", "電動車驅動馬達需求 Q2 年增 18%，風電需求持平。"),
         ("h", "備考"),
         ("p", "本資料僅供參考，不構成投資或交易建議。價格來源：公開市場報價及本社調查。"),
         ("p", "お問い合わせ：台北支店 吉田 美咲　m.yoshida@mitsuwa-shoji.co.jp")]
    write_pdf("三輪商事_市況レポート_202507_TW.pdf", b, "吉田 美咲", "レアアース市況レポート 2025年7月", (2025, 7, 31, 12, 0, 0))
    L("三輪商事_市況レポート_202507_TW.pdf", "clear", [], [], [], "other", None, "mixed", True,
      "Japanese trading house rare-earth market note, Chinese body: prices, policy, demand")

    # N5 German motor design note md (English body)
    b = [("title", "Auslegungsnotiz AN-2025-118 — PMSM 48 kW, magnet selection"),
         ("p", "Ravensberg Antriebstechnik GmbH, Elektromagnetische Auslegung · Author: Dr. Felix Hartmann · 2025-06-02"),
         ("h", "1. Ausgangslage / Background"),
         ("p", "The 48 kW / 160 Nm traction motor (V-shape IPM, 8 poles, 48 slots) requires a magnet grade that survives a 3-phase short circuit at 150 °C rotor temperature. Magnets are purchased; two suppliers were quoted (Lianyu 45UH-LD, Hang Lik 42UH)."),
         ("h", "2. Magnetdaten (supplier datasheets)"),
         ("table", [["Grade", "Br 20 °C (T)", "HcJ 20 °C (kA/m)", "α(Br) %/K", "β(HcJ) %/K", "Price index"],
                    ["45UH-LD", "1.34", "2390", "-0.11", "-0.50", "1.00"],
                    ["42UH", "1.30", "2070", "-0.11", "-0.52", "0.86"]]),
         ("h", "3. Entmagnetisierung / Demagnetisation check"),
         ("p", "FEA (JMAG, 2D, 0.1 mm mesh at magnet edges) at 150 °C and peak short-circuit current 3.1× rated: 42UH shows 4.8% irreversible flux loss at the bridge-side corner; 45UH-LD shows 0.9%. Requirement ≤ 2%."),
         ("h", "4. Wirbelstromverluste / Eddy losses"),
         ("p", "Axial segmentation into 6 pieces of 20 mm reduces magnet eddy loss at 14,000 rpm from 410 W to 96 W. Each segment glued, epoxy coating ≥ 15 µm, insulation resistance between segments > 1 MΩ."),
         ("h", "5. Empfehlung / Recommendation"),
         ("li", "Select 45UH-LD, 6 segments per pole-half, size 30 × 20 × 4.5 mm."),
         ("li", "Incoming inspection per WE-PA-07 (Br, HcJ on 5 samples/lot, dimensions, coating thickness, 72 h salt spray)."),
         ("li", "Second-source qualification of 42UH only with redesigned flux barrier (see AN-2025-121).")]
    write_text("AN-2025-118_Magnetauswahl_PMSM48.md", b, md=True)
    L("AN-2025-118_Magnetauswahl_PMSM48.md", "clear", [], [], [], "other", None, "en", True,
      "German motor design note choosing bought NdFeB grades; demag FEA and segmentation of the motor, not magnet making")

    # N6 HK distributor catalogue pdf
    b = [("title", "港達磁材 產品目錄 2025 ／ Gangda Magnet Supply Catalogue 2025"),
         ("p", "港達磁材貿易有限公司　香港觀塘鴻圖道 51 號　www.gangda-magnet.com.hk　代理台灣、日本及中國品牌磁鐵，現貨供應"),
         ("h", "燒結釹鐵硼 Sintered NdFeB"),
         ("table", [["牌號 Grade", "Br (kG)", "HcJ (kOe)", "(BH)max (MGOe)", "最高工作溫度"],
                    ["N35", "11.7–12.2", "≥ 12", "33–36", "80 ℃"],
                    ["N42", "12.8–13.2", "≥ 12", "40–43", "80 ℃"],
                    ["N52", "14.2–14.6", "≥ 11", "49–52", "60 ℃"],
                    ["45SH", "13.2–13.7", "≥ 20", "43–46", "150 ℃"],
                    ["42UH", "12.8–13.2", "≥ 25", "40–43", "180 ℃"],
                    ["38EH", "12.2–12.6", "≥ 30", "36–39", "200 ℃"]]),
         ("h", "釤鈷 Samarium Cobalt"),
         ("table", [["牌號", "類型", "Br (kG)", "HcJ (kOe)", "最高工作溫度"],
                    ["YX-20", "SmCo5", "8.8–9.3", "≥ 18", "250 ℃"],
                    ["YXG-28", "Sm2Co17", "10.3–10.8", "≥ 18", "300 ℃"],
                    ["YXG-30H", "Sm2Co17", "10.8–11.0", "≥ 25", "350 ℃"]]),
         ("h", "鍍層選擇 Coatings"),
         ("p", "鎳銅鎳 NiCuNi（鹽霧 48 h）、鋅 Zn（24 h）、環氧 Epoxy（96 h）、派瑞林 Parylene、磷化 Phosphating。"),
         ("h", "訂購須知 Ordering"),
         ("li", "標準尺寸現貨，最小訂量 100 pcs；訂製尺寸公差 ±0.05 mm，交期 3–5 週。"),
         ("li", "提供 RoHS、REACH 聲明及出廠磁性檢測報告。"),
         ("li", "空運充磁品依 IATA PI 953 包裝。"),
         ("p", "查詢 Enquiry：sales@gangda-magnet.com.hk　+852 2345 xxxx")]
    write_pdf("港達磁材_產品目錄_2025.pdf", b, "Gangda Magnet Supply", "產品目錄 2025", (2025, 1, 15, 10, 0, 0))
    L("港達磁材_產品目錄_2025.pdf", "clear", [], [], [], "other", None, "mixed", True,
      "HK distributor catalogue: NdFeB and SmCo grade tables, coatings, ordering")

    # N7 cobalt/nickel SX from Li-ion recycling
    txt = """綠循材料股份有限公司　濕法二課
鋰電池黑粉回收　鈷鎳萃取線 參數表　2025-05

[浸出液]
來源	NCM 黑粉 H2SO4+H2O2 浸出液
組成	Co 18 g/L, Ni 42 g/L, Mn 15 g/L, Li 6 g/L
pH	3.0–3.5

[除錳段 P204]
萃取劑	P204 20% v/v，磺化煤油
皂化	NaOH，皂化度 60%
級數	萃取 6 / 洗滌 4 / 反萃 4
O/A	1.5

[鈷鎳分離 P507]
萃取劑	P507 25% v/v
皂化	NaOH 10 mol/L，皂化度 65%
萃取級	8
洗滌級	6（洗液 Co 20 g/L CoSO4）
反萃級	4（H2SO4 2.0 mol/L）
O/A	萃取 2.0 / 反萃 5.0
平衡 pH	5.0–5.3

[產品]
硫酸鈷溶液	Co 120 g/L，Ni/Co ≤ 0.01%
萃餘液（鎳）	送 Cyanex 272 精製後蒸發結晶 NiSO4·6H2O
鋰	萃餘液 Na2CO3 沉鋰

製表：吳宗翰
"""
    write_text("鈷鎳萃取線參數表_2025-05.txt", None, raw=txt)
    L("鈷鎳萃取線參數表_2025-05.txt", "clear", [], [], [], "parameter-sheet", None, "zh", True,
      "Li-ion battery recycling Co/Ni P204/P507 saponified extraction, same vocabulary as RE SX")

    # N8 ferrite sintering process card docx
    b = [("title", "永磁鐵氧體 燒結製程卡 PC-FR-0112"),
         ("p", "台灣陶磁電子股份有限公司　苗栗廠　版次 D　2025-04-07"),
         ("p", "品名：濕壓異方性鍶鐵氧體瓦形磁石 Y30BH（馬達用）"),
         ("h", "一、配料"),
         ("p", "預燒料 SrO·5.8Fe₂O₃（一次燒 1250 ℃），添加 CaCO₃ 0.7 wt%、SiO₂ 0.4 wt%、La₂O₃ 0 wt%、Co₃O₄ 0 wt%；球磨 18 h，粒度 0.75–0.80 μm。"),
         ("h", "二、成型"),
         ("li", "濕壓成型：漿料含固量 68%，配向磁場 8 kOe，成型壓力 3 t/cm²，邊加壓邊抽水。"),
         ("li", "生坯乾燥 110 ℃ × 4 h。"),
         ("h", "三、燒結（隧道窯，大氣）"),
         ("table", [["區段", "溫度 (℃)", "時間 (h)", "說明"],
                    ["預熱", "室溫→600", "3", "排水排膠"],
                    ["升溫", "600→1200", "4", ""],
                    ["燒結", "1220", "1.5", "持溫"],
                    ["冷卻", "1220→100", "6", "自然冷卻"]]),
         ("h", "四、研磨及檢驗"),
         ("p", "雙面研磨，弦長公差 ±0.10 mm；Br 3.85–4.00 kG，HcJ ≥ 3.0 kOe；外觀不得有裂紋、缺角。"),
         ("p", "擬定：劉建宏　核准：蔡文彬")]
    write_docx("PC-FR-0112_鐵氧體燒結製程卡_D.docx", b, "劉建宏", "鐵氧體燒結製程卡", (2025, 4, 7, 9, 0, 0))
    L("PC-FR-0112_鐵氧體燒結製程卡_D.docx", "clear", [], [], [], "process-spec", None, "zh", True,
      "strontium ferrite magnet sintering process card; not a rare-earth magnet")

    # N9 aluminium electrolysis maintenance plan txt, German headings
    txt = """Wartungsplan Elektrolyseofen / 電解槽保養計畫
Werk: Hsin-Kang Aluminium (高雄) – Elektrolysehalle B, Öfen B01–B96
Stand: 2025-02-14   erstellt: K. Schuster (Beratung) / 邱俊傑

1. Allgemeines 一般說明
預焙陽極鋁電解槽（300 kA），冰晶石電解質 Na3AlF6–AlF3（分子比 2.4–2.5），
電解溫度參考 955–960 ℃。本計畫僅規定保養週期，操作依 BA-AL-01。

2. Wartungsintervalle 保養週期
項目	週期	標準
換陽極	每槽 28 天輪換（每日 1–2 塊）	殘極高度 ≥ 150 mm
陽極導桿鋼爪	每次換極目視	鋼爪燒損 > 20 mm 更換
打殼下料器	每週	氣缸行程、錘頭磨損
母線 壓接面	每月	壓降 ≤ 15 mV
槽殼側部溫度	每週紅外測量	≤ 350 ℃，超標加強側部風冷
陰極破損	槽壽命監測	鐵含量 > 0.25% 判定破損，準備大修

3. Generalüberholung 大修
槽齡 1800–2200 天，拆除陰極炭塊及側部碳化矽磚，重新砌築，焙燒啟動 72 h。

4. Dokumentation 記錄
表單 WF-AL-03（每槽履歷），保存 10 年。
"""
    write_text("Wartungsplan_Elektrolyse_B_2025.txt", None, raw=txt)
    L("Wartungsplan_Elektrolyse_B_2025.txt", "clear", [], [], [], "process-spec", None, "mixed", True,
      "aluminium reduction cell (cryolite bath) maintenance plan with German headings; not rare earth")

    # N10 compliance minutes md
    b = [("title", "出口管制合規會議紀錄"),
         ("p", "恒力磁材（香港）有限公司　法務及合規部　2025-04-14 10:00–11:30　出席：李偉強（總經理）、鄧嘉欣（合規）、何詠詩（研發）、黃家豪（生產）"),
         ("h", "1. 背景"),
         ("p", "中國商務部公告 2025 年第 62 號宣布對稀土相關技術實施出口管制，管制編碼 1E902.a（稀土開採、冶煉分離、金屬冶煉、磁材製造及二次資源回收利用相關技術及其載體）及 1E902.b（相關生產線之裝配、調試、維護、維修和升級技術）。公告所稱技術載體包括設計圖紙、工藝規範、工藝參數、加工程序、仿真數據等。"),
         ("h", "2. 討論"),
         ("li", "本司東莞廠之製程卡、試車報告及設備維護規程屬公告範圍，向香港總部以外之境外單位（包括日本、德國客戶）提供前須評估是否需申請兩用物項出口許可。"),
         ("li", "報價單、產品目錄、出廠檢驗報告、物流文件原則上不涉及技術，可正常往來。"),
         ("li", "公告第六條：已進入公共領域之技術、基礎科學研究及普通專利申請所必需之技術不適用。研發部擬於台灣申請之專利，由合規部確認僅提交申請所需內容。"),
         ("h", "3. 決議"),
         ("li", "4 月底前完成文件分級清單（A：受控技術；B：一般商業），郵件系統加註外發檢查。"),
         ("li", "與北斗電機之共同開發會議紀錄暫停以郵件傳送，待法務意見。"),
         ("li", "5 月安排全員合規培訓一次。"),
         ("p", "記錄：鄧嘉欣")]
    write_text("合規會議紀錄_20250414.md", b, md=True)
    L("合規會議紀錄_20250414.md", "clear", [], [], [], "other", None, "zh", True,
      "compliance minutes quoting MOFCOM 62 and classifying document types; no technology")

def build_excluded():
    # E1 TIPO patent NdFeB docx
    b = [("p", "【發明摘要】"),
         ("p", "【中文發明名稱】低重稀土燒結釹鐵硼磁體之製造方法"),
         ("p", "【英文發明名稱】METHOD FOR MANUFACTURING SINTERED Nd-Fe-B MAGNET WITH LOW HEAVY RARE EARTH CONTENT"),
         ("p", "【中文】本發明提供一種低重稀土燒結釹鐵硼磁體之製造方法，包括：提供含 Ga 及 Cu 之合金速凝片；經氫破碎及氣流磨製成細粉；於磁場中成型並燒結；以及以二段回火形成富 Ga 晶界相，使磁體於不含鏑之情況下 HcJ 達 20 kOe 以上。"),
         ("p", "【代表圖】第（1）圖"),
         ("p", "【發明說明書】"),
         ("h", "【發明名稱】低重稀土燒結釹鐵硼磁體之製造方法"),
         ("h", "【技術領域】"),
         ("p", "【0001】本發明係關於一種稀土永久磁體之製造方法，特別是關於一種藉由晶界相組成控制而降低重稀土用量之燒結釹鐵硼磁體製造方法。"),
         ("h", "【先前技術】"),
         ("p", "【0002】燒結釹鐵硼磁體廣泛應用於電動車馬達，為提升矯頑力，習知技術添加鏑或鋱，然重稀土資源稀缺且價格高。【0003】台灣專利 I7xxxxx 揭示添加 Ga 之方法，但回火條件未最適化，矯頑力提升有限。"),
         ("h", "【發明內容】"),
         ("p", "【0004】本發明之目的在於提供一種不使用重稀土即可獲得高矯頑力之製造方法。【0005】為達上述目的，本發明之方法包括：(a) 合金組成以質量百分比計為 R 29.5–31.5%（R 為 Pr 及 Nd）、B 0.86–0.93%、Ga 0.3–0.6%、Cu 0.2–0.4%、Co 0.5–1.5%、餘量 Fe；(b) 燒結溫度 1010–1060 ℃；(c) 一級回火 850–920 ℃，二級回火 460–520 ℃。"),
         ("h", "【實施方式】"),
         ("p", "【0006】實施例 1：以 PrNd 30.5%、B 0.89%、Ga 0.45%、Cu 0.30%、Co 1.0%、Fe 餘量之合金，經 1450 ℃ 速凝鑄片（輥速 1.2 m/s），吸氫 0.1 MPa 後於 520 ℃ 脫氫，氣流磨至 D50 3.0 μm，於 1.8 T 磁場成型，1035 ℃ 燒結 6 h，890 ℃ 回火 2 h 及 500 ℃ 回火 3 h。所得磁體 Br 13.9 kG、HcJ 20.6 kOe。"),
         ("p", "【0007】比較例 1：B 0.96%，其餘同實施例 1，HcJ 僅 14.2 kOe。"),
         ("table", [["", "B (%)", "Ga (%)", "二級回火 (℃)", "Br (kG)", "HcJ (kOe)"],
                    ["實施例1", "0.89", "0.45", "500", "13.9", "20.6"],
                    ["實施例2", "0.90", "0.55", "480", "13.8", "21.3"],
                    ["比較例1", "0.96", "0.45", "500", "14.1", "14.2"]]),
         ("h", "【符號說明】"),
         ("p", "無。"),
         ("h", "【申請專利範圍】"),
         ("p", "【第1項】一種燒結釹鐵硼磁體之製造方法，包括：提供合金，其組成以質量百分比計包括 R 29.5–31.5%、B 0.86–0.93%、Ga 0.3–0.6%、Cu 0.2–0.4%；將該合金氫破碎並氣流磨粉；於磁場中成型後於 1010–1060 ℃ 燒結；以及於 850–920 ℃ 及 460–520 ℃ 進行二段回火。"),
         ("p", "【第2項】如申請專利範圍第1項所述之方法，其中該合金不含 Dy 及 Tb。"),
         ("p", "【第3項】如申請專利範圍第1項所述之方法，其中該氣流磨之粉末 D50 為 2.5–3.5 μm。"),
         ("p", "申請人：聯鈺磁業股份有限公司　代理人：林○○ 專利師（台北市）")]
    write_docx("TW發明專利申請_低重稀土燒結磁體_說明書.docx", b, "理律專利部", "發明專利說明書", (2025, 7, 22, 10, 0, 0))
    L("TW發明專利申請_低重稀土燒結磁體_說明書.docx", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "patent-filing", "zh", False,
      "TIPO-style invention patent specification with claims and example process values")

    # E2 TIPO patent SmCo pdf
    b = [("title", "發明專利說明書"),
         ("p", "申請案號：（由智慧局填寫）　申請日：2025/05/30　IPC 分類：H01F 1/055; C22C 19/07"),
         ("h", "【發明名稱】高溫用釤鈷 2:17 型燒結磁體及其製造方法"),
         ("h", "【技術領域】"),
         ("p", "【0001】本發明涉及一種可於 400 ℃ 以上使用之 Sm₂Co₁₇ 型燒結稀土磁體，尤指一種調整 Fe 與 Cu 含量以提升高溫矯頑力之釤鈷磁體。"),
         ("h", "【先前技術】"),
         ("p", "【0002】習知 2:17 型釤鈷磁體最高使用溫度約 350 ℃，於航太及高溫感測器應用中不足。日本特開 2019-xxxxx 號揭示提高 Zr 含量，但矩形比下降。"),
         ("h", "【發明內容】"),
         ("p", "【0003】本發明之磁體組成（wt%）為 Sm 25.8–26.5、Fe 8–12、Cu 7–9、Zr 2.5–3.2、Co 餘量，經固溶處理及多段時效後，胞狀結構尺寸 50–80 nm，500 ℃ 之 HcJ ≥ 8 kOe。"),
         ("h", "【實施方式】"),
         ("p", "【0004】實施例：合金 Sm 26.2、Fe 10.0、Cu 8.0、Zr 2.8、Co 餘量，真空感應熔煉後粗碎，氣流磨至 3.8 μm，2.0 T 磁場成型，1215 ℃ 燒結 1 h，1190 ℃ 固溶 4 h 後急冷，850 ℃ 時效 16 h，以 0.5 ℃/min 緩冷至 400 ℃ 保溫 10 h。室溫 Br 10.2 kG、HcJ 32 kOe；500 ℃ HcJ 8.6 kOe。"),
         ("p", "【0005】比較例：Cu 5.5%，500 ℃ HcJ 4.9 kOe。"),
         ("h", "【圖式簡單說明】"),
         ("p", "第 1 圖：實施例與比較例之 HcJ–溫度曲線。第 2 圖：實施例之 TEM 胞狀結構照片。"),
         ("h", "【申請專利範圍】"),
         ("p", "1. 一種釤鈷燒結磁體，其組成以重量百分比計包括 Sm 25.8–26.5%、Fe 8–12%、Cu 7–9%、Zr 2.5–3.2% 及餘量 Co，且於 500 ℃ 之內稟矯頑力不小於 8 kOe。"),
         ("p", "2. 一種製造如請求項 1 所述磁體之方法，包括於 1180–1200 ℃ 固溶處理，及於 830–870 ℃ 時效 12 小時以上後以不大於 1 ℃/min 緩冷至 400 ℃。"),
         ("p", "3. 如請求項 2 所述之方法，其中該緩冷後於 400 ℃ 保溫 5–12 小時。"),
         ("p", "申請人：台灣北斗精材股份有限公司　發明人：吳秀玲、中村 亮")]
    write_pdf("發明專利說明書_釤鈷高溫磁體_送件版.pdf", b, "台灣北斗精材", "發明專利說明書", (2025, 5, 30, 9, 0, 0))
    L("發明專利說明書_釤鈷高溫磁體_送件版.pdf", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "other", "patent-filing", "zh", False,
      "TIPO patent specification for high-temperature SmCo 2:17 with example process values and claims")

    # E3 TIPO patent separation txt
    txt = """【發明名稱】鐠與釹之萃取分離方法
【技術領域】
【0001】本發明係有關一種稀土元素之溶劑萃取分離方法，特別係指一種以混合萃取劑分離鐠與釹之方法。
【先前技術】
【0002】鐠與釹化學性質相近，以 P507 體系分離之分離係數僅約 1.4–1.5，所需串級級數多達 60 級以上。
【發明內容】
【0003】本發明使用 P507 與 Cyanex 272 之混合萃取劑（莫耳比 3:1），提高 Nd/Pr 分離係數至 1.75，使所需級數減少約 30%。
【0004】本發明之方法包括：(a) 以氨水皂化混合萃取劑，皂化度 30–40%；(b) 將 PrNd 氯化物料液（1.0–1.5 mol/L，pH 3–4）導入萃取段；(c) 以 2.5–3.5 mol/L 鹽酸洗滌；(d) 以 4–5 mol/L 鹽酸反萃得釹液。
【實施方式】
【0005】實施例 1：有機相為 1.2 mol/L 混合萃取劑（P507:Cyanex 272 = 3:1）之磺化煤油溶液，皂化度 35%；料液 PrCl3/NdCl3（Pr:Nd = 25:75），1.2 mol/L；萃取段 26 級、洗滌段 20 級，O/A = 2.6；所得 Nd2O3/REO 99.95%，Pr6O11/REO 99.5%。
【0006】比較例 1：僅使用 P507，相同級數下 Nd2O3/REO 99.6%。
【圖式簡單說明】
第 1 圖為本發明之串級萃取流程示意圖。
【申請專利範圍】
1. 一種鐠與釹之萃取分離方法，包括以皂化度 30–40% 之 P507 與 Cyanex 272 混合萃取劑萃取含鐠釹之氯化物料液，其中該混合萃取劑中 P507 與 Cyanex 272 之莫耳比為 2:1 至 4:1。
2. 如申請專利範圍第 1 項所述之方法，其中洗滌液為 2.5–3.5 mol/L 鹽酸。
3. 如申請專利範圍第 1 項所述之方法，其中反萃液為 4–5 mol/L 鹽酸。
【發明摘要】
本發明提供一種以 P507 與 Cyanex 272 混合萃取劑分離鐠釹之方法，可提高分離係數並減少串級級數。
申請人：鼎昇稀材科技股份有限公司
"""
    write_text("專利說明書草稿_鐠釹萃取分離_v3.txt", None, raw=txt)
    L("專利說明書草稿_鐠釹萃取分離_v3.txt", "excluded", ["1E902.a"], ["separation"], [], "other", "patent-filing", "zh", False,
      "TIPO-format patent draft for Pr/Nd mixed-extractant solvent extraction with example values")

    # E4 published paper zh pdf
    b = [("p", "臺灣磁性技術學刊　第 41 卷 第 2 期（2025 年 6 月）　頁 87–96　DOI: 10.6849/TJMT.202506_41(2).0004"),
         ("p", "收稿日期：2024 年 11 月 8 日；接受日期：2025 年 3 月 20 日"),
         ("title", "鈰取代對燒結釹鐵硼磁體微結構與磁性之影響"),
         ("p", "何詠詩¹、張振宇²*、陳立人¹　　¹國立成功大學材料科學及工程學系　²宏磁精密材料股份有限公司　*通訊作者 E-mail: cy.chang@example.edu.tw"),
         ("h", "摘要"),
         ("p", "本研究以 Ce 部分取代 PrNd（Ce/RE = 0–40%）製備燒結磁體，探討燒結溫度（1020–1060 ℃）與回火條件對磁性之影響。結果顯示 Ce 取代 20% 時，以 1040 ℃ 燒結 4 h、880 ℃ 與 480 ℃ 二段回火，可得 Br 13.1 kG、HcJ 12.4 kOe。關鍵詞：鈰、燒結磁體、晶界相、雙主相"),
         ("h", "一、前言"),
         ("p", "鈰為豐度最高之稀土元素，以其取代部分鐠釹可降低原料成本 [1-3]。然 Ce₂Fe₁₄B 之異向場僅 2.6 T，須藉由晶界工程維持矯頑力。"),
         ("h", "二、實驗方法"),
         ("p", "合金以真空感應熔煉速凝法製備（輥速 1.5 m/s），經氫破碎（脫氫 500 ℃）及氣流磨至 D50 3.3 μm，1.8 T 磁場成型，於 1020–1060 ℃ 燒結 4 h。磁性以 BH 迴線儀量測，微結構以 SEM-EDS 及 EBSD 分析。"),
         ("h", "三、結果與討論"),
         ("table", [["Ce/RE (%)", "燒結 (℃)", "Br (kG)", "HcJ (kOe)", "(BH)max (MGOe)"],
                    ["0", "1050", "13.8", "14.6", "46.2"], ["20", "1040", "13.1", "12.4", "41.0"], ["40", "1030", "12.3", "9.1", "35.7"]]),
         ("p", "Ce 含量提高時 CeFe₂ 相出現於三叉晶界，降低燒結溫度可抑制晶粒成長 ……"),
         ("h", "參考文獻"),
         ("p", "[1] Zhu M. et al., IEEE Trans. Magn. 50 (2014) 1000104.  [2] Li Z. et al., J. Magn. Magn. Mater. 393 (2015) 551.  [3] 陳立人，材料科學，38 (2023) 112–120。"),
         ("p", "© 2025 台灣磁性技術學會　版權所有")]
    write_pdf("TJMT_41-2_087-096_鈰取代燒結磁體.pdf", b, "台灣磁性技術學會", "鈰取代對燒結釹鐵硼磁體微結構與磁性之影響", (2025, 6, 30, 0, 0, 0))
    L("TJMT_41-2_087-096_鈰取代燒結磁體.pdf", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB", "Ce"], "other", "public-domain", "zh", False,
      "published traditional-Chinese journal article on Ce-substituted sintered magnets (DOI, volume, dates)")

    # E5 published paper English pdf
    b = [("p", "Journal of Applied Magnetic Materials 58 (2025) 114327    https://doi.org/10.1016/j.jamm.2025.114327"),
         ("p", "Received 14 January 2025; Received in revised form 2 April 2025; Accepted 18 April 2025; Available online 29 April 2025"),
         ("title", "Terbium grain-boundary diffusion in 8 mm thick sintered Nd-Fe-B magnets: depth profiles and coercivity gradients"),
         ("p", "Chih-Ming Hsu a, Ryo Nakamura b, Yi-Chun Chen a,*    a Department of Materials Science and Engineering, National Tsing Hua University, Hsinchu, Taiwan; b Hokuto Electric Co., Ltd., Japan"),
         ("h", "Abstract"),
         ("p", "Tb was diffused into commercial 48SH magnets of 4–8 mm thickness from a TbH2 slurry (0.55 wt%) at 900–930 °C for 10–20 h followed by aging at 500 °C. The coercivity increment decreased from 9.5 kOe at the surface to 3.1 kOe at the centre of 8 mm samples. A diffusion model with grain-boundary diffusivity D_gb = 3.2×10⁻¹² m²/s at 920 °C reproduces the measured profiles. Keywords: Nd-Fe-B; grain boundary diffusion; terbium; coercivity"),
         ("h", "1. Introduction"),
         ("p", "Grain-boundary diffusion (GBD) of heavy rare earths is the standard route to reduce Dy/Tb usage in traction-motor magnets [1–4]. Its efficiency falls with thickness ..."),
         ("h", "2. Experimental"),
         ("p", "Sintered blocks (Br 13.7 kG, HcJ 20.3 kOe) were sliced, ground and coated on both pole faces. Diffusion was performed in a vacuum furnace (< 5×10⁻³ Pa); samples were sectioned into 0.5 mm slices for local HcJ measurement."),
         ("h", "3. Results"),
         ("table", [["Thickness (mm)", "Diffusion", "ΔHcJ surface (kOe)", "ΔHcJ centre (kOe)", "ΔBr (kG)"],
                    ["4", "920 °C/10 h", "9.6", "8.1", "-0.08"], ["6", "920 °C/15 h", "9.5", "5.4", "-0.11"], ["8", "930 °C/20 h", "9.4", "3.1", "-0.15"]]),
         ("h", "References"),
         ("p", "[1] H. Nakamura et al., IEEE Trans. Magn. 41 (2005) 3844.  [2] ...    © 2025 Elsevier B.V. All rights reserved.")]
    write_pdf("1-s2.0-S0304-JAMM-2025-114327.pdf", b, "Elsevier", "Terbium grain-boundary diffusion in thick sintered Nd-Fe-B magnets", (2025, 4, 29, 0, 0, 0))
    L("1-s2.0-S0304-JAMM-2025-114327.pdf", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "public-domain", "en", False,
      "published English journal article (DOI, volume, received/accepted) on Tb GBD in thick NdFeB")

    # E6 NSTC grant final report docx basic research
    b = [("title", "國家科學及技術委員會補助專題研究計畫 成果報告"),
         ("p", "計畫名稱：Nd–Fe–B–Cu–Ga 五元系相平衡之熱力學評估與晶界相穩定性研究"),
         ("p", "計畫編號：NSTC 112-2221-E-007-0xx-MY2　執行期間：2023/08/01–2025/07/31　計畫主持人：陳怡君（國立清華大學材料系）"),
         ("h", "中文摘要"),
         ("p", "本計畫以 CALPHAD 方法建立 Nd–Fe–B–Cu–Ga 系熱力學資料庫，並以擴散偶與平衡合金實驗（DSC、EPMA）驗證 600–1100 ℃ 之相平衡。結果確認 Nd₆Fe₁₃Ga 相之穩定溫度範圍上限約 740 ℃，Cu 使富 Nd 液相之固相線降至 492 ℃。本研究屬基礎熱力學研究，不涉及產品製程。"),
         ("h", "一、研究目的"),
         ("p", "晶界相之熱力學穩定性為理解高矯頑力磁體微結構之基礎。現有資料庫缺乏 Ga、Cu 交互作用參數，本計畫以第一原理計算生成焓補足。"),
         ("h", "二、研究方法"),
         ("li", "第一原理（VASP, PBE）計算 Nd₆Fe₁₃Ga、NdCu、NdGa 等化合物之生成焓。"),
         ("li", "以 Redlich–Kister 多項式描述液相，子晶格模型描述 Nd₂Fe₁₄B 與 Nd₆Fe₁₃X 相。"),
         ("li", "平衡合金 24 組，電弧熔煉後於石英管真空封裝，600–1000 ℃ 退火 500–1000 h，水淬。"),
         ("h", "三、結果"),
         ("table", [["相", "計算生成焓 (kJ/mol-atom)", "實驗固相線 (℃)", "評估值 (℃)"],
                    ["Nd₆Fe₁₃Ga", "-8.9", "—", "—"], ["NdCu", "-22.4", "—", "—"], ["Nd–Cu 共晶", "—", "492", "495"], ["Nd₆Fe₁₃Ga 分解", "—", "738", "742"]]),
         ("h", "四、結論與學術成果"),
         ("p", "建立之資料庫已投稿 CALPHAD 期刊（審查中），培育博士生 2 名、碩士生 3 名。後續擬研究 Tb 在晶界相之固溶熱力學。"),
         ("p", "關鍵詞：相圖、熱力學評估、CALPHAD、第一原理、晶界相")]
    write_docx("NSTC112-2221-E-007_成果報告_相平衡.docx", b, "陳怡君", "專題研究計畫成果報告", (2025, 9, 20, 10, 0, 0))
    L("NSTC112-2221-E-007_成果報告_相平衡.docx", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["NdFeB"], "other", "basic-research", "zh", False,
      "NSTC grant final report on Nd-Fe-B-Cu-Ga phase equilibria / CALPHAD; no production know-how")

    # E7 HK RGC proposal md, basic research SmCo magnetism theory
    b = [("title", "RGC General Research Fund 2025/26 — Proposal Summary"),
         ("p", "Project title: Origin of magnetocrystalline anisotropy in Sm(Co,Fe,Cu)₅ cell-boundary phases from first principles and dynamical mean-field theory"),
         ("p", "Principal Investigator: Dr. Kwok Ho-Man, Department of Physics, The Hong Kong University of Science and Technology    Funding requested: HK$ 1,180,000 (36 months)"),
         ("h", "1. Objectives"),
         ("li", "Quantify the 4f crystal-field contribution of Sm³⁺ to the anisotropy constant K₁ in SmCo₅ and in Cu-substituted 1:5 phases using DFT+DMFT."),
         ("li", "Explain the temperature dependence of domain-wall pinning energy difference between 2:17R cells and 1:5H boundaries from a micromagnetic model fed by ab-initio parameters."),
         ("h", "2. Background"),
         ("p", "Sm₂Co₁₇-type magnets owe their coercivity to domain-wall pinning at the 1:5 cell boundaries, but the microscopic origin of the anisotropy gradient with Cu content remains unresolved. Existing DFT (GGA+U) calculations overestimate K₁ by a factor of two because of the treatment of Sm 4f electrons."),
         ("h", "3. Methodology"),
         ("p", "Open-core and DFT+DMFT (Hubbard-I solver) calculations with spin–orbit coupling; virtual-crystal approximation for Cu/Co disorder; atomistic spin dynamics for finite temperature (0–800 K). No sample preparation or process development is planned; comparison data are taken from published single-crystal measurements."),
         ("h", "4. Expected outcomes"),
         ("p", "Publishable datasets of exchange and anisotropy constants; open-source code release; training of one PhD student. 本計劃屬基礎物理研究，成果將公開發表。"),
         ("h", "5. Track record"),
         ("p", "PI has published 14 papers on rare-earth magnetism theory (Phys. Rev. B, npj Comput. Mater.) in the last five years.")]
    write_text("GRF2025_proposal_summary_Kwok.md", b, md=True)
    L("GRF2025_proposal_summary_Kwok.md", "excluded", ["1E902.a"], ["magnet-manufacturing"], ["SmCo"], "other", "basic-research", "en", False,
      "HK research grant proposal on first-principles anisotropy theory of SmCo; basic research")

    # E8 patent attorney instruction email
    body = """王律師、專利部 各位 您好：

本司擬就「釹鐵硼油泥回收製程」於台灣智慧財產局提出發明專利申請，並於 12 個月內以 PCT
進入日本、德國。請 貴所依下列資料撰寫說明書及申請專利範圍，預計 2025/10/31 前送件。

一、發明名稱（暫定）：自釹鐵硼加工油泥回收稀土氧化物之方法
二、發明人：黃淑芬、王志偉（鼎昇稀材科技股份有限公司）
三、技術要點（供撰寫實施例用）：
  1. 油泥先於 350 ℃ 回轉窯脫油，再於 700–800 ℃ 氧化焙燒 2–4 h。
  2. 以 5–7 mol/L 鹽酸於 70–90 ℃ 優溶，控制終點 pH 3.8–4.5，使 Fe 留於渣中。
  3. 浸出液加草酸（理論量 1.1–1.3 倍）沉澱，850–950 ℃ 煅燒得稀土氧化物。
  實施例：750 ℃ 焙燒 3 h，6 mol/L HCl、液固比 4:1、80 ℃、pH 4.2；REO 回收率 96.3%，
  產品 TREO 99.1%，Fe2O3 0.02%。比較例：不焙燒直接酸溶，Fe 浸出 38%。
四、請求項草稿（請 貴所潤飾）：
  1. 一種自釹鐵硼油泥回收稀土之方法，包含：脫油步驟；於 700–800 ℃ 之氧化焙燒步驟；
     以鹽酸於終點 pH 3.8–4.5 優先溶解稀土之步驟；及草酸沉澱與煅燒步驟。
  2. 如請求項 1 之方法，其中該鹽酸濃度為 5–7 mol/L。
五、先前技術檢索：本司已檢索 TW、CN、JP 相關前案共 11 件，清單另附。

本信內容僅供專利申請使用，請勿轉作他用。

敬祝 商祺
鼎昇稀材科技股份有限公司 智權課
陳冠廷
"""
    write_eml("專利委任_油泥回收方法_TIPO送件資料.eml", "Chen Kuan-Ting <kt.chen@dingsheng-re.com.tw>",
              "王律師 <patent@formosa-ip.com.tw>", "專利委任：自釹鐵硼油泥回收稀土氧化物之方法（TIPO 發明專利申請）",
              "Mon, 15 Sep 2025 14:08:55 +0800", "<20250915060855.8812@dingsheng-re.com.tw>", body, cte="base64")
    L("專利委任_油泥回收方法_TIPO送件資料.eml", "excluded", ["1E902.a"], ["recycling"], [], "email", "patent-filing", "zh", False,
      "instructions to patent attorney for a TIPO filing on magnet-sludge recycling, with example values and draft claims")

if __name__ == "__main__":
    import shutil
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    build_controlled(); build_controlled2(); build_clear(); build_excluded()
    with open(os.path.join(os.path.dirname(OUT), "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in LABELS: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(LABELS), "documents")
