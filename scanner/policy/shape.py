"""What a document's text is by its shape, whatever file it was saved in: an e-mail (a message
pasted or printed with its header block on top) or a chat export (WeChat, QQ, WhatsApp, LINE,
Teams: speaker and time lines).

DOMAIN.md's carriers: `email` when the message itself carries the content; a chat is none of
the named carriers, so `other`. The learned carrier heads read words, not layout, and take a
chat that explains a process for a process specification; the shape says what a reader sees.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scanner.types import Segment

#: the formats a message or chat is saved in as prose (not tables, drawings, programs)
SHAPED_TYPES = frozenset({"text", "markup", "docx", "doc", "wps", "odf", "rtf", "pdf"})

_FIELDS = {
    "from": "from",
    "发件人": "from",
    "寄件者": "from",
    "寄件人": "from",
    "發件人": "from",
    "von": "from",
    "差出人": "from",
    "to": "to",
    "收件人": "to",
    "收件者": "to",
    "an": "to",
    "宛先": "to",
    "cc": "cc",
    "抄送": "cc",
    "副本": "cc",
    "subject": "subject",
    "主题": "subject",
    "主題": "subject",
    "主旨": "subject",
    "betreff": "subject",
    "件名": "subject",
    "sent": "date",
    "date": "date",
    "日期": "date",
    "时间": "date",
    "發送時間": "date",
    "发送时间": "date",
    "gesendet": "date",
    "送信日時": "date",
}
#: a header field at the start of a line, as a mailer writes it, in Markdown bold ("**From:**
#: …"), quoted ("> From: …"), or as a table's first column
_HEADER = re.compile(
    r"\s*[*>_]*\s*("
    + "|".join(sorted(map(re.escape, _FIELDS), key=len, reverse=True))
    + r")\s*[*_]*\s*(?:[:：]|\|)",  # a colon, or a table's cell boundary (a header block pasted
    re.I,  # into a Word table: "From | Li Wei")
)
#: the line a mailer puts above a forwarded or quoted message's headers
_FORWARD = re.compile(
    r"\s*(?:-{2,}|_{2,}|={2,})?\s*(?:original message|forwarded message|begin forwarded message|"
    r"原始邮件|原始郵件|转发邮件|轉寄郵件|转发的邮件|weitergeleitete nachricht|転送メッセージ)",
    re.I,
)
#: a title that makes a header block a memo's, not a message's
_MEMO = re.compile(r"(?i)memo|備忘|备忘|通知|circular|notice")
#: header lines looked for among a text's first lines, and how many lines are looked at
_HEAD_LINES = 12

_DATE = (
    r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:\s*[(（][^)）]{1,4}[)）])?"
)
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
#: a speaker's name; a log's level word is none ("10:00:00 INFO furnace1: …" is a log line)
_LEVELS = r"(?!(?:INFO|WARN|WARNING|ERROR|ERR|DEBUG|TRACE|FATAL|CRITICAL|NOTICE|ALARM|ALERT|EVENT)\b)"
_NAME = _LEVELS + r"[^\s:：\t\d][^:：\t]{0,30}?"
#: a chat's speaker lines: "[date time] name: text", "date, time - name: text" (WhatsApp),
#: "date time name" alone (QQ; with its date: a time and words alone are a schedule's step),
#: "name  date time" alone (WeChat on a PC), "time TAB name TAB text" (LINE), "name, [date
#: time]" alone (Telegram)
_SPEAKER = re.compile(
    rf"\s*[\[(]?(?:{_DATE}[ ,T]*)?{_TIME}[\])]?\s*(?:[-–]\s*)?(?P<said>{_NAME})\s*[:：]\s*(?P<text>\S.*)"
    rf"|\s*[\[(]?{_DATE}[ ,T]*{_TIME}[\])]?\s*(?:[-–]\s*)?(?P<alone>{_NAME})\s*[:：]?\s*$"
    rf"|\s*(?P<before>{_NAME})\s+(?:{_DATE}\s+)?{_TIME}\s*$"
    rf"|\s*{_TIME}\t(?P<tab>{_NAME})\t\S"
    rf"|\s*(?P<telegram>{_NAME}),\s*\[{_DATE}\s+{_TIME}\]\s*$"
)
#: what a log says after "time name:": a reading (a number and its unit), not a message
_READING = re.compile(r"[-+~±≤≥<>]?\s*\d[\d.,\s~\-–/×x*]*\s*\S{0,6}\s*$")
#: segments of a document laid out for its shape
_LAYOUT_SEGMENTS = 400
#: lines of a text looked at for a chat's shape, and how many of them must be speaker lines
_CHAT_LINES = 200
_SPEAKERS = 5
_SPEAKER_SHARE = 0.25


def layout_text(segments: Sequence[Segment]) -> str:
    """The start of a document's text as its reader gave it, a segment a line: what a shape is
    told from (the analysed text is normalised: a tab between two names is gone)."""
    shown = (s for s in segments[:_LAYOUT_SEGMENTS] if not (s.location.part or "").startswith("metadata"))
    return "\n".join(s.text for s in shown)  # a document's properties are not its page


def text_shape(file_type: str, text: str) -> str | None:
    """`email`, `other` (a chat export) or None, by the text's layout."""
    if file_type not in SHAPED_TYPES:
        return None
    head = text[:20_000]
    lines = [line for line in head.split("\n", 400)[:400] if line.strip()]
    if _message(lines):
        return "email"
    if _chat(lines[:_CHAT_LINES]):
        return "other"
    return None


def _message(lines: list[str]) -> bool:
    """A header block on top: the first line is a header (or a forwarding line, or a short name
    line above the headers, as a printed message has), and the first lines hold a subject and
    a sender or recipient."""
    if not lines:
        return False
    first = lines[0]
    start = 0
    if not (_HEADER.match(first) or _FORWARD.match(first)):
        if len(lines) < 2 or len(first.strip()) > 40 or _MEMO.search(first) or not _HEADER.match(lines[1]):
            return False
        start = 1
    found = set()
    for line in lines[start : start + _HEAD_LINES]:
        m = _HEADER.match(line)
        if m:
            found.add(_FIELDS[m.group(1).lower()])
    return "subject" in found and bool(found & {"from", "to"})


def _chat(lines: list[str]) -> bool:
    """Speaker lines of at least two speakers, often enough; a log's "time name: reading"
    lines (a number after each name) are not a chat's."""
    names: set[str] = set()
    speakers = readings = 0
    for line in lines:
        m = _SPEAKER.match(line)
        if m is None:
            continue
        speakers += 1
        said = (
            m.group("said") or m.group("alone") or m.group("before") or m.group("tab") or m.group("telegram")
        )
        names.add(said.strip())
        if m.group("text") and _READING.fullmatch(m.group("text")):
            readings += 1
    return (
        speakers >= _SPEAKERS
        and speakers >= _SPEAKER_SHARE * len(lines)
        and len(names) >= 2
        and readings < 0.5 * speakers
    )
