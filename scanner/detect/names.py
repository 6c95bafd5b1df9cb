"""A stage's words inside an organisation's name: "赣州恒鑫稀土分离有限公司", "包头稀土冶炼厂",
"Hengxin Rare Earth Separation Co., Ltd.".

A company or a plant is named after what it does, and its name stands in every letterhead,
e-mail signature, address line and purchase order it sends. The words are a stage's ("稀土分离",
"rare earth separation"), but the name says who someone is, not how anything is done: a cover
note signed by a separation company lays down no separation. A stage term that runs straight
into a company's or a plant's suffix (有限公司, 集团, 厂; Co., Ltd., Corporation, GmbH), with at
most a few words a company puts between (科技, 新材料, 股份; Technology, Materials), is read as a
name: it counts as a product's name does (`policy/scoring.py`, `KIND_FACTOR`), for what the
document is about and not for its process.

A Chinese patent's title is a name too: "一种晶界扩散制备高矫顽力烧结钕铁硼磁体的方法",
"一种钕铁硼油泥的预处理装置". Patent registers, annuity-fee lists, R&D summaries and
qualification forms list patents by such titles, each full of a stage's words, and say nothing
of how the process is run. A stage term inside a title that begins with 一种 at the start of a
line, a cell or a field (after a colon, a tab, a bar, a quote or a title's bracket) and ends, in
the same phrase, with what is claimed (方法, 装置, 工艺, 系统, 设备, 磁体, 材料, 合金, 用途, …)
at the end of that line, cell or clause is read as a name. A sentence that runs on ("采用一种
P507 萃取分离工艺，萃取段 40 级") does not begin at a field's start, and a patent application's
claims and description lay down their steps in sentences that are no title.

An entry of a reference list or a reading list is a name too: "13. K. Hono, H. Sepehri-Amin,
"Strategy for high-coercivity Nd-Fe-B magnets", Scripta Mater. 67 (2012) 530-535.", "[3] 张三,
李四, 等. 稀土熔盐电解槽的设计[J]. 稀有金属, 2011, 35(3): 440-450." A line that begins as a list's
entry does ([3], 13., 3、, a bullet), is no longer than a citation (`_CITATION_CHARS`) and holds
two marks of a citation (`_BIBLIOGRAPHIC`: et al., a GB/T 7714 type mark such as [J], a DOI, a
volume and pages, a publisher or edition, a journal's abbreviation, an ISBN), or one and a year,
names a publication by its title: a reading list of papers on grain boundary diffusion lays down
no diffusion. A step of a procedure is no citation: it has no such marks, or not two of them.

The control list's own wording is a name as well: a line that cites a control code (1E902.a,
1E902.b) and names the stages ("1E902.a: 稀土开采、冶炼分离、金属冶炼、磁材制造以及稀土二次资源
回收利用相关技术及其载体") quotes what the regulation covers, as compliance minutes, training
slides and classification requests do. A controlled document's own marking ("出口管制分类:
1E902.a") loses only that line's words; its body counts as before.
"""

from __future__ import annotations

import re

#: the kind a stage term inside a name is counted as (`policy/scoring.py`)
NAME_KIND = "name"
#: how far after a term its name's suffix may begin
_LOOK = 40
_CJK_BETWEEN = (
    r"(?:科技|技术|新材料|材料|实业|股份|发展|工业|制品|高新|高科|资源|矿业|金属|磁业|磁材|有色|产业|控股)"
)
_CJK_SUFFIX = (
    r"(?:股份有限公司|有限责任公司|有限公司|集团(?:股份)?(?:有限公司|公司)?|总公司|分公司|公司|总厂|分厂|厂)"
)
_EN_BETWEEN = (
    r"(?:Technology|Technologies|Tech|Materials?|New\s+Materials?|Industries|Industrial|Hi-?Tech"
    r"|High-?Tech|Science|Sciences|Resources|Metals?|Magnetics?|Holdings?|International|Plant)"
)
#: a company's suffix; not a bare "Co" or "Co," (cobalt: "after solvent extraction Co, Ni and Mn
#: stay"), nor "PLC" (a controller: "sintering PLC program")
_EN_SUFFIX = (
    r"(?:Co\.|Co\s+Ltd|Company|Corp\.?|Corporation|Ltd\.?|Limited|Inc\.?|GmbH|Group|LLC|plc|S\.A\.|Pte)"
)
_FOLLOWS_NAME = re.compile(
    rf"(?:{_CJK_BETWEEN}{{0,3}}{_CJK_SUFFIX})"
    rf"|(?:[ \t]+(?:{_EN_BETWEEN}[ \t]+){{0,3}}{_EN_SUFFIX}(?![A-Za-z]))"
)


#: how far a patent title's 一种 may stand before a term, and its claimed object after it
_TITLE_LOOK = 48
#: punctuation that ends a title's phrase (a title holds none of it)
_PHRASE_END = '\n\t|,，。；;:：、"“”「」『』《》()（）[]【】'
_TITLE_OPENS = re.compile(rf"(?:^|[{re.escape(_PHRASE_END)}])[ \t]*一种[^{re.escape(_PHRASE_END)}]*$")
_TITLE_CLOSES = re.compile(
    rf"[^{re.escape(_PHRASE_END)}]*?"
    r"(?:方法|装置|工艺|系统|设备|模具|磁体|磁钢|材料|合金|组合物|生产线|用途|应用)"
    r"(?:及其(?:制备|生产|制造)?(?:方法|工艺|装置|应用)|及其?应用|及其?装置)?"
    rf"[ \t]*(?:$|[{re.escape(_PHRASE_END)}])"
)


#: a control code of the rare-earth entries and its neighbours (1E902, 1E902.a, 1C902, 1E903)
_CONTROL_CODE = re.compile(r"(?<![0-9A-Za-z])[0-9][A-E]9\d\d(?:\.[a-z])?(?![0-9A-Za-z])")
#: how far from a term its line is searched for a control code
_LINE_LOOK = 200


#: a citation is one line of at most this many characters (a paragraph that cites a paper in
#: passing and then gives its own conditions is no entry of a reference list)
_CITATION_CHARS = 320
#: an entry's start: a number in brackets or followed by a full stop, a bracket or 、, or a bullet
_ENTRY_START = re.compile(r"[ \t>]*(?:\[\d{1,3}\]|\d{1,3}[.)、](?!\d)|[-*•·])[ \t*_]*")
#: the marks of a citation, each counted once
_BIBLIOGRAPHIC = (
    re.compile(r"\bet\s+al\b|等\."),
    re.compile(r"\[(?:J|M|C|D|P|S|R|N|Z|A|G|EB/OL|J/OL|M/OL)\]"),
    re.compile(r"(?i:\bdoi\b|doi\.org)|\b10\.\d{4,9}/\S"),
    re.compile(r"\b\d{1,4}\s*\(\d{1,4}\)\s*[:：,]?\s*\d+|\(\s*(?:19|20)\d{2}\s*\)\s*\d{1,5}\s*[–—-]"),
    # a publisher: "CRC Press", never a magnet line's press ("orientation press 2.0 T")
    re.compile(
        r"出版社|\b[A-Z][A-Za-z&]*\s+Press\b|(?i:\bwiley\b|\belsevier\b|\bspringer\b|\bpublish(?:ing|ers?)\b"
        r"|\beds?\.|\b(?:2nd|3rd|\d+th)\s+ed(?:ition|\.)?)"
    ),
    # a journal's abbreviated words ("Scripta Mater.", "J. Magn. Magn. Mater."); not "Rev.", a
    # document's revision in a change log
    re.compile(
        r"\b(?:J|Trans|Mater|Magn|Phys|Chem|Lett|Sci|Eng|Prod|Proc|Appl|Adv|Miner|Metall|Hydrometall"
        r"|Technol|Res|Int|Soc)\.(?=\s)"
    ),
    re.compile(r"(?i:\bISBN\b|\bISSN\b)"),
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def in_a_citation(text: str, start: int, end: int) -> bool:
    """Whether the term at `start`–`end` of `text` stands in an entry of a reference list. The
    line's ends are looked for no further than a citation's length from the term: a text of one
    long line (a PDF's paragraph, megabytes of it) is not searched again for every term in it."""
    begin, stop, whole = _line(text, start, end, _CITATION_CHARS)
    if not whole or stop - begin > _CITATION_CHARS or not _ENTRY_START.match(text, begin):
        return False  # a line longer than any citation, or no list's entry
    line = text[begin:stop]
    marks = sum(1 for pattern in _BIBLIOGRAPHIC if pattern.search(line))
    return marks >= 2 or (marks == 1 and _YEAR.search(line) is not None)


def _line(text: str, start: int, end: int, reach: int) -> tuple[int, int, bool]:
    """The line around `start`–`end` of `text`, its ends looked for no further than `reach`
    characters away (a text of one long line is not searched whole for every term in it): its
    start, its end (cut at `reach` where no break is within reach), and whether both ends were
    found."""
    lo = max(0, start - reach)
    hi = min(len(text), end + reach)
    brk = text.rfind("\n", lo, start)
    stop = text.find("\n", end, hi)
    whole = (brk >= 0 or lo == 0) and (stop >= 0 or hi == len(text))
    return (brk + 1 if brk >= 0 else lo), (hi if stop < 0 else stop), whole


def in_a_name(text: str, end: int) -> bool:
    """Whether the term that ends at `end` of `text` runs into an organisation's suffix."""
    return _FOLLOWS_NAME.match(text[end : end + _LOOK]) is not None


def in_a_title(text: str, start: int, end: int) -> bool:
    """Whether the term at `start`–`end` of `text` stands inside a Chinese patent's title."""
    if "一种" not in text[max(0, start - _TITLE_LOOK) : end]:
        return False
    return (
        _TITLE_OPENS.search(text, max(0, start - _TITLE_LOOK), start) is not None
        and _TITLE_CLOSES.match(text[end : end + _TITLE_LOOK]) is not None
    )


def in_a_quote(text: str, start: int, end: int) -> bool:
    """Whether the term at `start`–`end` of `text` stands on a line that cites a control code."""
    lo = max(0, start - _LINE_LOOK)
    hi = min(len(text), end + _LINE_LOOK)
    if "9" not in text[lo:hi]:
        return False
    begin, stop, _ = _line(text, start, end, _LINE_LOOK)
    return _CONTROL_CODE.search(text, begin, stop) is not None
