from lib import *
from datetime import datetime

def build():
    d8 = lambda *a: datetime(*a, tzinfo=tz(8))
    # n17 COA Tb4O7 zh-TW with CSV attachment (clear)
    coa = """產品名稱,氧化鋱 Tb4O7
批號,TB-250611-03
數量,250 kg (10 桶 × 25 kg)
檢驗項目,規格,實測
Tb4O7/TREO %,≥ 99.99,99.993
TREO %,≥ 99.0,99.35
Dy2O3 ppm,≤ 30,12
Gd2O3 ppm,≤ 20,8
Fe2O3 ppm,≤ 10,3
CaO ppm,≤ 20,9
Cl- ppm,≤ 50,22
灼減 LOI %,≤ 1.0,0.42
粒度 D50 μm,3–6,4.6
"""
    msgs = [
     dict(body="""Michael 您好，

附件為本批氧化鋱 COA，貨已於今天由長榮 BR 0712 空運出貨，預計明天上午抵達桃園。
出口許可證號碼已註明在 commercial invoice 上，原件隨貨。

如需 ICP 第三方檢驗報告（SGS），約需 5 個工作天，費用另計 USD 380。

謝謝
王曉雯 Wendy Wang
國際業務部"""),
     dict(banner="outlook_tw", frm="Michael Lee <michael.lee@tc-phosphor.com.tw>", date="2025年6月12日 星期四 上午 9:15", to="Wendy Wang <wendy@jxtb-re.com>", subj="氧化鋱 250 kg 出貨",
          body="Wendy，請提供出貨資料及 COA，謝謝。\nMichael"),
    ]
    eml("Wendy/RE_氧化鋱出貨_COA.eml", "Wendy Wang <wendy@jxtb-re.com>", "Michael Lee <michael.lee@tc-phosphor.com.tw>",
        "RE: 氧化鋱 250 kg 出貨", d8(2025,6,13,15,20), thread(msgs),
        attachments=[("COA_TB-250611-03.csv", coa.encode("utf-8-sig"), "text/csv")])
    label("Wendy/RE_氧化鋱出貨_COA.eml","clear",[],[],[],"email","zh",True,"COA of purchased Tb4O7 (purity, impurities) and shipping info; product spec, no process")

    # n18 mining due diligence investment (clear)
    msgs = [
     dict(body="""Hi James,

Quick summary of the site visit to the Laos ionic clay project (Phongsaly), for the IC memo:

- Licence: exploration licence 120 km², mining licence application submitted March 2025, decision expected Q1 2026.
- Resource (JORC, inferred+indicated): 86 Mt at 620 ppm TREO, cut-off 300 ppm. Heavy RE share ~ 28% of TREO (good Dy/Tb basket).
- Owner plans to produce mixed rare earth carbonate (MREC) from year 2, nameplate 3,000 t/yr REO.
- Capex estimate USD 145 M (owner's number, we think +30%).
- Offtake: MOU with a Chinese separator, price at 68% of SMM basket value.
- Risks: Lao environmental approval; local community/land compensation; China export controls on processing technology, so the owner's leaching know-how partner may not be able to support on site; road access in rainy season.

Recommendation: proceed to second-stage DD only if mining licence is granted. Budget USD 400k for independent metallurgical testwork.

Regards,
Nicole Tan
Investment Associate, Lion Gate Resources Fund"""),
     dict(banner="gmail", frm="James Whitfield <jw@liongate-fund.com>", date="Fri, 17 Oct 2025 at 19:02", to="", subj="",
          body="Nicole – can you send me the headline numbers from Laos before Monday's IC?\nJ"),
    ]
    eml("DD/Re_Laos_ionic_clay_site_visit.eml", "Nicole Tan <nicole.tan@liongate-fund.com>", "James Whitfield <jw@liongate-fund.com>",
        "Re: Laos ionic clay – site visit summary", datetime(2025,10,19,21,30,tzinfo=tz(8)), thread(msgs, quote=True))
    label("DD/Re_Laos_ionic_clay_site_visit.eml","clear",[],[],[],"email","en",True,"investment due diligence on ionic clay project: resource, capex, offtake; no know-how")
