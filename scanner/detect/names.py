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


def in_a_name(text: str, end: int) -> bool:
    """Whether the term that ends at `end` of `text` runs into an organisation's suffix."""
    return _FOLLOWS_NAME.match(text[end : end + _LOOK]) is not None
