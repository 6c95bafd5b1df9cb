"""A text's shape: an e-mail's header block on top, or a chat export's speaker lines, whatever
file holds it; and the carrier it settles."""

from __future__ import annotations

import pytest

from scanner.policy.carrier import format_cues
from scanner.policy.shape import text_shape

STEPS = [
    "先看温度，镨钕电解控制在1040~1060℃",
    "电解质组成：氟化镨钕 88%，氟化锂 12%",
    "阴极电流密度 6~8 A/cm2，阳极 0.8~1.0 A/cm2",
    "ok, we will lower it today",
    "加料要少量多次，每3~5分钟一次",
    "thanks, cell 1 is better now",
]

EMAILS = {
    "English headers": "From: K. Liu <k.liu@example.cn>\nTo: Plant Engineering\nDate: Tue, 16 Sep 2025\n"
    "Subject: day 9 status\n\nHi all,\nSummary of today.",
    "Chinese headers": "发件人:林卫东 <lin@example.cn>\n收件人:韩雪\n抄送:课题组\n"
    "主题:回复:批次HcJ偏低\n\n韩雪:\n看了曲线。",
    "traditional headers": "寄件者: 陳經理\n收件者: 王工\n主旨: 燒結曲線\n\n王工您好:",
    "German headers": "Von: Anna Weber\nAn: Li Wei\nBetreff: Sinterkurve\n\nHallo Herr Li,",
    "forwarded": "---------- Forwarded message ---------\nFrom: Li Wei\nDate: 3 March 2025\n"
    "Subject: Re: trial\nTo: Ravi\n\nRavi, see below.",
    "in Markdown bold": "**From:** Li Wei\n**To:** Ravi Kumar\n**Subject:** furnace settings\n\nRavi,",
    "printed, the sender's name on top": "Li Wei\nFrom: Li Wei\nSent: Monday, 3 March 2025 10:02\n"
    "To: Ravi Kumar\nSubject: furnace settings\n\nRavi,",
}
CHATS = {
    "WeChat export": "微信聊天记录导出  群聊：电解项目\n导出时间：2025-09-30 21:05\n\n"
    + "\n".join(
        f"2025-09-28 10:{12 + i} {'黄建平' if i % 2 else 'Ahmad Faiz'}: {s}" for i, s in enumerate(STEPS)
    ),
    "WhatsApp": "Messages are end-to-end encrypted.\n"
    + "\n".join(
        f"02/12/2025, 08:0{i} - {'Li Jianguo' if i % 2 else 'Anh Tuan'}: {s}" for i, s in enumerate(STEPS)
    ),
    "QQ, the message under its speaker": "消息记录\n\n"
    + "\n\n".join(
        f"2025-08-04 8:1{i}:30 {'设备-韩志刚' if i % 2 else '烧结-小杨'}\n{s}" for i, s in enumerate(STEPS)
    ),
    "WeChat on a PC, the time after the name": "\n\n".join(
        f"{'刘振华' if i % 2 else 'Ahmed Khan'}  10:1{i}\n{s}" for i, s in enumerate(STEPS)
    ),
    "Telegram, the name and time above each message": "\n".join(
        f"{'Li Wei' if i % 2 else 'Ravi'}, [01.12.2025 10:0{i}]\n{s}\n" for i, s in enumerate(STEPS)
    ),
    "LINE, tab-separated": "[LINE] 加工チーム のトーク履歴\n2025/09/11(木)\n"
    + "\n".join(f"10:0{i}\t{'王' if i % 2 else '山田'}\t{s}" for i, s in enumerate(STEPS)),
}
NEITHER = {
    "a memo's header block": "INTERNAL MEMO - HUMAN RESOURCES\n\nTo: All staff\nFrom: HR\n"
    "Date: 2 September 2025\nSubject: shift allowance\n\n1. Shift allowances",
    "minutes with a subject and a date only": "主题：烧结工艺讨论\n时间：2025-03-01\n"
    "地点：三楼会议室\n参加人：张工、李工",
    "a heating schedule": "烧结工艺\n" + "\n".join(f"{8 + i:02d}:00 {s}" for i, s in enumerate(STEPS)),
    "a furnace log of readings": "\n".join(
        f"{8 + i // 2:02d}:00 {'Temperature' if i % 2 else 'Vacuum'}: {1060 + i} {'C' if i % 2 else 'Pa'}"
        for i in range(10)
    ),
    "a machine log with two sources": "\n".join(
        f"2025-12-01 10:{i:02d}:00 INFO furnace{i % 2}: {s}" for i, s in enumerate(STEPS)
    ),
    "one speaker's notes": "\n".join(f"2025-09-28 10:{12 + i} 黄建平: {s}" for i, s in enumerate(STEPS)),
    "a process specification": "NdFeB sintering specification\n1. Scope\n2. Hydrogen decrepitation: 0.1 MPa\n"
    "3. Jet milling D50 3.0 um\n4. Sintering 1060 C x 4 h\nFrom the quality manual, subject to change.",
    "an agenda": "Agenda\n09:00 - Welcome\n09:30 - Plant tour\n11:00 - Q&A\n12:00 - Lunch\n13:00 - Close",
}


@pytest.mark.parametrize("name", EMAILS)
def test_an_email_by_its_header_block(name: str) -> None:
    assert text_shape("text", EMAILS[name]) == "email"


@pytest.mark.parametrize("name", CHATS)
def test_a_chat_by_its_speaker_lines(name: str) -> None:
    assert text_shape("text", CHATS[name]) == "other"


@pytest.mark.parametrize("name", NEITHER)
def test_neither(name: str) -> None:
    assert text_shape("text", NEITHER[name]) is None


@pytest.mark.parametrize("file_type", ["delimited", "xlsx", "dxf", "gcode", "pptx"])
def test_tables_drawings_programs_and_decks_have_no_shape(file_type: str) -> None:
    assert text_shape(file_type, EMAILS["English headers"]) is None


def test_the_shape_settles_the_carrier() -> None:
    assert format_cues("x.txt", "text", EMAILS["Chinese headers"]).settled == "email"
    assert format_cues("x.docx", "docx", CHATS["WhatsApp"]).settled == "other"
    assert format_cues("x.txt", "text", NEITHER["a process specification"]).settled is None
    # the extension, a firm format or G-code lines come first
    assert format_cues("x.nc", "text", EMAILS["Chinese headers"]).settled == "nc-program"


@pytest.mark.parametrize(
    ("text", "carrier"),
    [
        (CHATS["WeChat export"], "other"),
        (CHATS["LINE, tab-separated"], "other"),
        ("From: Huang Jianping\nTo: Ahmad Faiz\nSubject: cell 1\n\n" + "\n".join(STEPS), "email"),
        ("镨钕电解工艺规程\n" + "\n".join(STEPS), "process-spec"),
    ],
)
def test_a_flagged_chat_or_message_keeps_its_carrier(scanner, text: str, carrier: str) -> None:
    verdict = scanner.scan_bytes("notes.txt", text.encode())
    assert verdict.verdict == "controlled", verdict.reasons
    assert verdict.carrier == carrier


def test_an_email_pasted_into_a_word_table_is_an_email(scanner) -> None:
    """Outlook's header block copied into Word lands in a two-column table; the document's
    properties (author, comments) come before it in the reader's output but are not its page."""
    import io

    from docx import Document

    doc = Document()
    doc.core_properties.author = "Zhang Wei"
    doc.core_properties.comments = "exported"
    table = doc.add_table(rows=4, cols=2)
    for row, (field, value) in zip(
        table.rows,
        [("From:", "Huang Jianping"), ("Sent:", "1 Dec 2025"), ("To:", "Ahmad Faiz"), ("Subject:", "cell 1")],
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text = field, value
    for step in STEPS:
        doc.add_paragraph(step)
    out = io.BytesIO()
    doc.save(out)
    verdict = scanner.scan_bytes("mail.docx", out.getvalue())
    assert verdict.verdict == "controlled" and verdict.carrier == "email", verdict.reasons
