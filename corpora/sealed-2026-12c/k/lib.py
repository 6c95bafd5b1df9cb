import os, json, email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "files")
LABELS = []

def tz(h):
    return timezone(timedelta(hours=h))

BANNERS = {
 "outlook_en": "-----Original Message-----\nFrom: {frm}\nSent: {date}\nTo: {to}\nSubject: {subj}\n",
 "outlook_tw": "-----原始郵件-----\n寄件者: {frm}\n寄件日期: {date}\n收件者: {to}\n主旨: {subj}\n",
 "outlook_de": "-----Ursprüngliche Nachricht-----\nVon: {frm}\nGesendet: {date}\nAn: {to}\nBetreff: {subj}\n",
 "outlook_jp": "-----Original Message-----\n差出人: {frm}\n送信日時: {date}\n宛先: {to}\n件名: {subj}\n",
 "foxmail": "------------------ 原始邮件 ------------------\n发件人: {frm}\n发送时间: {date}\n收件人: {to}\n主题: {subj}\n",
 "outlook_cn": "________________________________\n发件人: {frm}\n发送时间: {date}\n收件人: {to}\n主题: {subj}\n",
 "gmail": "On {date}, {frm} wrote:\n",
 "fwd_en": "---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subj}\nTo: {to}\n",
 "fwd_tw": "---------- 轉寄的郵件 ----------\n寄件者: {frm}\n日期: {date}\n主旨: {subj}\n收件者: {to}\n",
}

def thread(msgs, quote=False):
    """msgs: list of dicts newest first: frm,to,date,subj,body,banner. first message has no banner.
    quote=True: gmail style '>' nesting."""
    out = msgs[0]["body"].rstrip("\n") + "\n"
    if quote:
        depth = 0
        for m in msgs[1:]:
            depth += 1
            pre = ">" * (depth - 1) + (" " if depth > 1 else "")
            b = BANNERS[m.get("banner", "gmail")].format(**m)
            out += "\n" + "\n".join((pre + l) if l else pre.rstrip() for l in b.rstrip("\n").split("\n")) + "\n"
            p2 = ">" * depth + " "
            out += "\n".join((p2 + l) if l else p2.rstrip() for l in m["body"].rstrip("\n").split("\n")) + "\n"
        return out
    for m in msgs[1:]:
        out += "\n" + BANNERS[m["banner"]].format(**m) + "\n" + m["body"].rstrip("\n") + "\n"
    return out

def eml(name, frm, to, subj, date, body, cc=None, attachments=(), msgid=None, extra=None, html=None):
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or "<%08x.%s@%s>" % (hash_s(name), format(date.strftime("%Y%m%d%H%M%S")), frm.split("@")[-1].rstrip(">").strip())

    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body, charset="utf-8", cte="base64" if any(ord(c) > 127 for c in body) else "7bit")
    if html:
        m.add_alternative(html, subtype="html", charset="utf-8", cte="base64")
    for fn, data, mt in attachments:
        maint, sub = mt.split("/")
        if isinstance(data, str):
            data = data.encode("utf-8")
        m.add_attachment(data, maintype=maint, subtype=sub, filename=fn)
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("----=_NextPart_%03d_%08X" % (i, abs(hash_s(name)) % 0xFFFFFFFF))
            i += 1
    data = m.as_bytes(policy=email.policy.SMTP)
    write(name, data)

def hash_s(s):
    h = 2166136261
    for c in s.encode():
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return h

def write(name, data, enc="utf-8"):
    p = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if isinstance(data, str):
        data = data.encode(enc)
    with open(p, "wb") as f:
        f.write(data)

def label(file, verdict, codes, cats, mtypes, carrier, lang, hn, note, exclusion=None):
    LABELS.append(dict(file=file, verdict=verdict, control_codes=codes, categories=cats,
        magnet_types=mtypes, carrier=carrier, exclusion=exclusion, language=lang,
        hard_negative=hn, note=note))

def finish():
    with open(os.path.join(os.path.dirname(OUT), "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
