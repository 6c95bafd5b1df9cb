"""Redaction: a report that says *what* was found and *where*, without carrying the process
values and the surrounding text of the document out with it.

The scheme, applied by every reporter when asked (`--redact`):

* every evidence `snippet` keeps the matched term and its punctuation; every other word
  (a run of letters, CJK characters or digits) becomes `▇` and every number becomes `#`:
  ``"真空烧结：1060℃×4 h，真空度≤5×10-3 Pa"`` with the term 真空烧结 →
  ``"真空烧结：#℃×# ▇，▇≤#×#-# ▇"``;
* evidence of kind `value` or `parameter` has the numbers of its `text` masked, the unit
  kept (``1060 °C`` → ``# °C``); a number glued to a letter is part of a name and stays
  (``D50``, ``P507``); in the snippet such an evidence keeps its masked text;
* in `reasons`, any occurrence of such a value's text is masked the same way. The other
  numbers in reasons are the scanner's own (scores, weights, thresholds, counts, page
  numbers) and the quoted words are matched terms, kept as the evidence keeps them;
* the title of the most severe section (its heading, the document's own words: `section`,
  and the reasons that name the section) is masked as a snippet is, keeping the terms found
  (``paragraphs 5–12, “第三章 真空烧结 1065℃”`` → ``paragraphs 5–12, “▇ 真空烧结 #℃”``); the
  place (pages, lines, rows, cells) is kept;
* a sheet's name, wherever it gives a place (an evidence location ``烧结1060℃X77!A4``, a gap
  ``sheet 工艺`` and the reason quoting it, a section ``sheet 参数, rows 3–40``), is masked as a
  snippet is, the terms found kept; a name a spreadsheet program gave (``Sheet1``) is kept;
* term (`text` of the other kinds), rule, kind, category, location, weight, path, error
  and every other field are kept.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from scanner.types import TITLE_CLOSE, TITLE_OPEN, Evidence, Exclusion, Verdict

WORD_MASK = "▇"
NUMBER_MASK = "#"
#: kinds whose `text` is (or names) a process value
VALUE_KINDS = frozenset({"value", "parameter"})

# a unicode decimal digit, or a super-/subscript digit (10⁻³, m³ are written both ways)
_NUM_CHAR = r"(?:\d|[⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉])"
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
# a number not glued to a Latin letter or a digit before it: 1060, 3.2, 1,450, 1.06E3, 回火900 (D50
# and P507 are names)
_EXPONENT = rf"(?:[eE][+-]?{_NUM_CHAR}{{1,3}}(?![\w.]))?"  # 1.06E3, not the 902 of 1E902.a
_NUMBER = rf"(?:(?<![^\W_])|(?<=[{_CJK}])){_NUM_CHAR}+(?:[.,·]{_NUM_CHAR}+)*{_EXPONENT}"
# the words of a snippet: a run of CJK characters; a run of other letters and digits (m3, P507,
# 984N, e.g. 3.2); a number after CJK text (回火900) is a word of its own
_LATIN = rf"(?:(?![{_CJK}])[^\W_]|{_NUM_CHAR})"
_WORD = rf"[{_CJK}]+|{_LATIN}+(?:[.,·]{_LATIN}+)*"
_ALL_NUMBER = rf"(?:{_NUM_CHAR}|[.,·])+"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compiled on first use: their CJK classes take 10 ms to compile, which every scan would
    pay at start-up (the text reporter imports this module) for a report few ask to redact."""
    return re.compile(_NUMBER), re.compile(_WORD), re.compile(_ALL_NUMBER)


def mask_numbers(text: str) -> str:
    """`text` with its numbers masked: ``1060 °C`` → ``# °C``, ``Pr:Nd = 25:75`` →
    ``Pr:Nd = #:#``."""
    return _patterns()[0].sub(NUMBER_MASK, text)


def mask_words(text: str) -> str:
    """Every word of `text` as `▇`, every number as `#`; punctuation and spaces stay."""
    _, word, all_number = _patterns()
    return word.sub(lambda m: NUMBER_MASK if all_number.fullmatch(m.group()) else WORD_MASK, text)


def mask_snippet(snippet: str, term: str, shown: str | None = None) -> str:
    """`snippet` with everything but the occurrences of `term` masked (`mask_words`); each
    occurrence is written as `shown` (the term's masked form for a value)."""
    if not snippet:
        return snippet
    spans = _term_spans(snippet, term) if term.strip() else []
    return _mask_around(snippet, spans, None if shown in (None, term) else shown)


def _mask_around(text: str, spans: list[tuple[int, int]], shown: str | None = None) -> str:
    """`text` masked (`mask_words`) but at `spans` (sorted; one inside another kept once),
    which stay as they are, or are written as `shown`."""
    out: list[str] = []
    at = 0
    for start, end in spans:
        if start < at:
            continue  # inside a span kept already
        out.append(mask_words(text[at:start]))
        out.append(text[start:end] if shown is None else shown)
        at = end
    out.append(mask_words(text[at:]))
    return "".join(out)


def _term_spans(snippet: str, term: str) -> list[tuple[int, int]]:
    """Where `term` stands in `snippet`: as a whole word when it starts or ends with a Latin
    letter or digit (the anchor "Pr" is not kept inside "process"), anywhere when it does not
    stand alone (CJK: 温度 inside 烧结温度; a stem the detector matched inside a word)."""
    body = re.escape(term)
    before = r"(?<![A-Za-z0-9])" if term[0].isascii() and term[0].isalnum() else ""
    after = r"(?![A-Za-z0-9])" if term[-1].isascii() and term[-1].isalnum() else ""
    spans = [m.span() for m in re.finditer(before + body + after, snippet, re.IGNORECASE)]
    return spans or [m.span() for m in re.finditer(body, snippet, re.IGNORECASE)]


def mask_keeping(text: str, terms: list[str]) -> str:
    """`text` with every word masked (`mask_words`) but the occurrences of `terms`."""
    spans = sorted(span for term in terms if term.strip() for span in _term_spans(text, term))
    return _mask_around(text, spans)


#: a section's quoted title (`detect/sections.describe`): from the first opening quote to the
#: last closing one
_TITLE = re.compile(f"{TITLE_OPEN}.*{TITLE_CLOSE}", re.S)
#: a part of a section's description that says where it is (a description saved before titles
#: were quoted is taken apart at its commas: the parts that are no place may be its title)
_PLACE = re.compile(
    r"(?:(?:pages?|lines?|paragraphs?|rows?|slides?) [\d–]+|sheets? .+|quoted or forwarded message)"
    r"(?: \(part \d+ of \d+\))?"
)


def _mask_titles(text: str, terms: list[str]) -> str:
    """`text` with what stands between title quotes masked, the terms found in it kept (masking
    twice changes nothing: `▇` and `#` are no words)."""
    return _TITLE.sub(lambda m: TITLE_OPEN + mask_keeping(m.group()[1:-1], terms) + TITLE_CLOSE, text)


def redact_section(section: str, terms: list[str]) -> str:
    """A section's description with its title masked, the terms found in it kept (and a
    sheet's name: the document's own words too)."""
    if TITLE_OPEN in section:
        return mask_place(_mask_titles(section, terms), terms)
    return ", ".join(
        mask_place(bit, terms) if _PLACE.fullmatch(bit) else mask_keeping(bit, terms)
        for bit in section.split(", ")
    )


#: a place that names a sheet: `Sheet!B7`, or `sheet Sheet` / `sheets A, B` (a gap's place)
_CELL_PLACE = re.compile(r"^(?P<name>.+)!(?P<cell>\$?[A-Z]{1,3}\$?\d+)$", re.S)
_FROM, _ON = "text from ", " on"  # a gap from a place on (`extract/registry.py`)
_SHEET_PLACE = re.compile(r"^(?P<word>(?:[\w ]*?, )?sheets? )(?P<name>.+)$", re.S)


def mask_place(place: str, terms: list[str]) -> str:
    """A location or a gap's place with the sheet name it gives masked as a snippet is (a
    sheet's name is the workbook's own words: "烧结1060℃X77!A4" → "烧结#℃▇!A4"), the cell and
    the terms found kept. A gap's "text from PLACE on" (the limit reached there) masks PLACE."""
    if place.startswith(_FROM) and place.endswith(_ON) and len(place) > len(_FROM) + len(_ON):
        return _FROM + mask_place(place[len(_FROM) : -len(_ON)], terms) + _ON
    cell = _CELL_PLACE.match(place)
    if cell:
        return _mask_sheet(cell.group("name"), terms) + "!" + cell.group("cell")
    sheet = _SHEET_PLACE.match(place)
    if sheet:
        return sheet.group("word") + ", ".join(_mask_sheet(n, terms) for n in sheet.group("name").split(", "))
    return _mask_names(place, terms)


#: a place that is a name the document chose: a CAD block or layer, a workbook's defined name, a
#: Word document variable, an embedded object's or a picture's name, a custom property, an HDF5
#: group or dataset; `post` is what the reader added after it ("(word/document.xml)")
_NAMED_PLACE = re.compile(
    r"^(?P<pre>(?:block|layer|defined name|document variable|drawing|OCR|embedded|alt text of"
    r"|metadata:custom|metadata:xmp) )(?P<name>.+?)(?P<post> \([^()]*\))?$",
    re.S,
)
_METADATA_PLACE = re.compile(r"^metadata:(?P<key>.+)$", re.S)
#: document properties every file of a kind has: no words of its author
_STANDARD_KEYS = frozenset(
    {
        "title", "subject", "author", "keywords", "comments", "creator", "producer", "creationdate",
        "moddate", "trapped", "category", "company", "manager", "description", "file name", "format",
        "size", "last_modified_by", "lastmodifiedby", "revision", "identifier", "language", "version",
        "content_status", "contentstatus", "created", "modified", "last_printed", "hyperlinkbase",
        "template", "application", "generator", "date", "from", "to", "cc", "subject line",
    }
)  # fmt: skip


def _mask_names(place: str, terms: list[str]) -> str:
    """`place` with the names the document chose masked as a snippet is, the terms found kept:
    each of its comma-separated parts, after a container member's path (a path is kept: a
    report must say which file)."""
    member, sep, where = place.rpartition(": ")
    if sep and ("!" in member or "/" in member or "." in member):
        return member + sep + _mask_names(where, terms)
    return ", ".join(_mask_name(bit, terms) for bit in place.split(", "))


def _mask_name(bit: str, terms: list[str]) -> str:
    named = _NAMED_PLACE.match(bit)
    if named:
        return named.group("pre") + mask_keeping(named.group("name"), terms) + (named.group("post") or "")
    if bit.startswith("/") and len(bit) > 1:  # an HDF5 group or dataset
        return "/".join(mask_keeping(piece, terms) for piece in bit.split("/"))
    key = _METADATA_PLACE.match(bit)
    if key and key.group("key").lower() not in _STANDARD_KEYS:
        return "metadata:" + mask_keeping(key.group("key"), terms)
    return bit


#: the names spreadsheet programs give new sheets: no words of the workbook's author
_DEFAULT_SHEET = re.compile(r"(?:Sheet|Tabelle|Feuil|Hoja|Foglio|Planilha|Blad|Лист|工作表|シート)\s?\d{1,3}")


def _mask_sheet(name: str, terms: list[str]) -> str:
    return name if _DEFAULT_SHEET.fullmatch(name) else mask_keeping(name, terms)


#: an e-mail address: evidence whose text holds one is the document's words, not a term
_ADDRESS = re.compile(r"[\w.+*-]+@[\w-]+(?:\.[\w-]+)+")
#: a header's name before the address ("From:", "发件人："), kept
_HEADER = re.compile(
    r"^\s*(?:from|to|cc|bcc|reply-to|sender|发件人|收件人|抄送|寄件者|收件者|副本)\s?[:：]\s?", re.I
)


def _mask_address(text: str) -> str:
    """An address, or a header line naming one (its display name too), masked; the header's
    name kept."""
    header = _HEADER.match(text)
    kept = header.group() if header else ""
    return kept + mask_words(text[len(kept) :])


def redact_evidence(e: Evidence, terms: list[str] | None = None) -> Evidence:
    if e.kind in VALUE_KINDS:
        text = mask_numbers(e.text)
    elif "@" in e.text and _ADDRESS.search(e.text):
        text = _mask_address(e.text)
    else:
        text = e.text
    location = mask_place(e.location, terms if terms is not None else [e.text]) if e.location else e.location
    return dataclasses.replace(e, text=text, snippet=mask_snippet(e.snippet, e.text, text), location=location)


def _mask_quoted_values(reason: str, values: list[tuple[str, str]]) -> str:
    for original, masked in values:
        if original in reason:
            # whole numbers only: the value "4 h" is not looked for inside "14 h" or "0.4 h"
            quoted = re.compile(rf"(?<!\d)(?<!\d[.,]){re.escape(original)}(?!\d)(?![.,]\d)")
            reason = quoted.sub(lambda _m, masked=masked: masked, reason)
    return reason


def redact(verdict: Verdict) -> Verdict:
    """`verdict` with its process values and document text masked (see the module docstring)."""
    exclusion = verdict.exclusion
    if exclusion is not None:
        exclusion = Exclusion(
            exclusion.reason,
            tuple(redact_evidence(e, [x.text for x in exclusion.evidence]) for e in exclusion.evidence),
            exclusion.score,
        )
    everything = list(verdict.evidence) + (list(verdict.exclusion.evidence) if verdict.exclusion else [])
    values = _values(everything)
    reasons = verdict.reasons
    section = verdict.section
    terms = [e.text for e in everything if e.kind not in VALUE_KINDS]
    if section:
        masked = redact_section(section, terms)
        reasons = tuple(r.replace(section, masked) for r in reasons)
        section = masked
    # a title quoted in any other reason too: a container's, naming its member's section
    reasons = tuple(_mask_titles(r, terms) if TITLE_OPEN in r else r for r in reasons)
    # the sign-off or document-control block a reason quotes (`decide._internal_marker`)
    reasons = tuple(
        _BLOCK.sub(lambda m: m.group(1) + mask_keeping(m.group(2), terms) + m.group(3), r) for r in reasons
    )
    # a gap's place that names a sheet: in the gap and in the reason that quotes it
    skipped = verdict.skipped
    for gap in skipped:
        masked_where = mask_place(gap.where, terms)
        if masked_where != gap.where:
            reasons = tuple(r.replace(str(gap), f"{masked_where}: {gap.detail}") for r in reasons)
    skipped = tuple(dataclasses.replace(g, where=mask_place(g.where, terms)) for g in skipped)
    return dataclasses.replace(
        verdict,
        evidence=tuple(redact_evidence(e, terms) for e in verdict.evidence),
        skipped=skipped,
        exclusion=exclusion,
        reasons=tuple(_mask_quoted_values(r, values) for r in reasons),
        section=_mask_quoted_values(section, values) if section else None,
    )


#: a reason quoting the document's sign-off or document-control block
_BLOCK = re.compile(r"(sign-off or document-control block: ')(.*)('\): a person should decide)", re.S)


def _values(evidence: list[Evidence]) -> list[tuple[str, str]]:
    """(value as found, masked) for every process value among `evidence`, longest first, so
    that "1060 °C" is masked before a shorter "1060" would cut it up."""
    values = sorted(
        {(e.text, mask_numbers(e.text)) for e in evidence if e.kind in VALUE_KINDS},
        key=lambda pair: -len(pair[0]),
    )
    return [(o, m) for o, m in values if o != m and o.strip()]


def redact_reasons(reasons: tuple[str, ...], evidence: tuple[Evidence, ...]) -> tuple[str, ...]:
    """`reasons` with every process value of `evidence` masked where they quote it (what
    `redact` does to a verdict's reasons, for a caller that keeps only some of them)."""
    values = _values(list(evidence))
    return tuple(_mask_quoted_values(r, values) for r in reasons)
