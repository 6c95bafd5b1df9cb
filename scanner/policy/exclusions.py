"""Exclusions (1E902 does not apply): each is a small named predicate over the findings.

The exclusion is about what the document *is*, not what it mentions: cues count fully in the
document's metadata and opening, less in its body, and hardly at all in a reference list. An
internal specification that cites a paper, a standard or a patent stays controlled.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from scanner.extract.wordparts import is_running_head
from scanner.policy.scoring import distinct
from scanner.types import Evidence, Finding

HEAD_CHARS = 1500  # the opening of a document: title, authors, journal line, claims heading
HEAD_SHARE = 0.2
_REFERENCES = re.compile(
    r"(?:^|\n)\s*(?:\d+[.、]?\s*)?(参考文献|引用文献|references|bibliography|literature cited|"
    r"works cited|引用标准|cited documents|normative references|规范性引用文件)\s*[:：]?\s*(?:\n|$)",
    re.IGNORECASE,
)
_REFERENCES_INLINE = re.compile(r"参考文献[:：]|references:\s", re.IGNORECASE)
#: a line that cites a source ("Reference: Zhang W. et al., J. Rare Earths …", "Background
#: reading: Handbook …, ISBN …", "参考：GB/T …"): its cues say what the document cites, as a
#: reference list's do, wherever the line stands (a work instruction of ten lines is all
#: "opening", its citation under the last step too)
_CITATION_LINE = re.compile(
    r"^[ \t]*(?:references?|ref\.|cited(?: from)?|citations?|sources?|background reading|further reading|"
    r"see also|参考|参考资料|参考文献|引自|出处|来源)[ \t]*[:：].*$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class ExclusionScore:
    reason: str
    score: float
    evidence: tuple[Evidence, ...]


def references_start(text: str) -> int | None:
    """Offset where a reference list begins, if the document has one."""
    m = _REFERENCES.search(text) or _REFERENCES_INLINE.search(text)
    return m.start() if m else None


#: a file name is a label anyone gives a file ("doi_open_access_preprint.txt" over an internal
#: spec): its cues count for less than the document's own words
FILE_NAME_FACTOR = 0.4


def citation_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the lines of `text` that cite a source (`_CITATION_LINE`)."""
    return [m.span() for m in _CITATION_LINE.finditer(text)]


#: the opening's weight, and that of a page's running header or footer, which a reader gives
#: after the body (and after any reference list) but which a journal, a book or proceedings
#: print over every page: its ISBN, journal line or volume is the document's own, no citation
HEAD_FACTOR = 1.2


def position_factor(
    f: Finding, text_len: int, refs_at: int | None, citations: list[tuple[int, int]] = ()
) -> float:
    if f.location.part == "metadata:file name":
        return FILE_NAME_FACTOR
    if f.location.part and f.location.part.startswith("metadata"):
        return 1.3
    if is_running_head(f.location.part):
        return HEAD_FACTOR  # read after the body, but printed over every page: no citation
    if refs_at is not None and f.offset >= refs_at:
        return 0.15
    if any(start <= f.offset < end for start, end in citations):
        return 0.15
    if f.offset < max(HEAD_CHARS, HEAD_SHARE * text_len):
        return HEAD_FACTOR
    return 0.8


def _cue_scores(
    findings: tuple[Finding, ...], text_len: int, refs_at: int | None, citations: list[tuple[int, int]] = ()
):
    per_reason: dict[str, dict[str, tuple[float, Finding]]] = defaultdict(dict)
    for f in findings:
        if f.kind != "exclusion" or not f.category:
            continue
        value = f.weight * position_factor(f, text_len, refs_at, citations)
        best = per_reason[f.category].get(f.rule_id)
        if best is None or value > best[0]:
            per_reason[f.category][f.rule_id] = (value, f)
    return per_reason


#: cues by which a document declares itself a public release: a listed company's disclosure
#: (the board's assurance, the exchange's disclaimer, the security code and announcement number
#: it is printed under), a government document released to the public (its release line or its
#: issuing line, the metadata table a government website prints over it, or its page path
#: through the site's public-information section), a court's published judgment, a book's ISBN
#: or the licence line of a bought copy of a standard. A published annual report or handbook
#: describes production, so production vocabulary does not contradict them; only the markers of
#: an unpublished document (`UNPUBLISHED`) weaken them
DECLARED_PUBLIC = frozenset(
    {
        "exc.listed_assurance",
        "exc.listed_codes",
        "exc.gov_public",
        "exc.gov_page_meta",
        "exc.judgment",
        "exc.judgment_panel",
        "exc.isbn",
        "exc.licensed_copy",
        "exc.gov_open_path",
        "exc.gov_issued",
    }
)
#: strengthening contexts that say a document is not published (internal use, a controlled copy,
#: confidential, not to be passed on, proprietary, an enterprise standard, not yet published),
#: as against those that say it is about production
UNPUBLISHED = frozenset(
    {
        "ctx.internal",
        "ctx.controlled_doc",
        "ctx.confidential",
        "ctx.no_distribution",
        "ctx.proprietary",
        "ctx.enterprise_std",
        "ctx.unpublished",
    }
)


def is_public_domain(cues: dict[str, tuple[float, Finding]], internal: float, unpublished: float) -> float:
    """Published: journal furniture, ISBN, a public standard. Internal-document markers
    (受控文件, confidential, internal use, Q/ enterprise standards) and production vocabulary
    (`internal`) weaken it: a controlled copy is not a publication. A document's declaration
    that it is a public release (`DECLARED_PUBLIC`) is weakened by the markers alone
    (`unpublished`)."""
    declared = sum(v for rule, (v, _) in cues.items() if rule in DECLARED_PUBLIC)
    rest = sum(v for rule, (v, _) in cues.items() if rule not in DECLARED_PUBLIC)
    return declared / (1.0 + unpublished) + rest / (1.0 + internal)


def is_basic_research(cues: dict[str, tuple[float, Finding]], production: float) -> float:
    """Fundamental research with no production know-how: production evidence (process
    parameters in number, production-line words) weakens it."""
    score = sum(v for v, _ in cues.values())
    return score / (1.0 + max(0.0, production - 4.0) / 4.0)


#: a Chinese court's case number: (year), the court's abbreviation, the kind of case and its
#: stage (初 first instance, 终 appeal, 再 retrial, 申 application, 执 enforcement, 监
#: supervision, 辖 jurisdiction), the number: "(2024)苏05知民初318号", "（2023）最高法知民终1472号";
#: or a United States federal one ("2:23-cv-01234")
_COURT_CASE = re.compile(
    r"[(（]\s*(?:19|20)\d{2}\s*[)）]\s*[\u4e00-\u9fff]{1,8}\d{0,4}[\u4e00-\u9fff]{0,5}"
    r"[初终再申执监辖][\u4e00-\u9fff]{0,2}\d{1,6}\s*号"
    r"|\b\d:\d{2}-(?:cv|cr)-\d{3,6}\b"
)
#: what the patent-filing cues of a court case's document count for: an expert's opinion, a
#: judgment or a list of evidence speaks of prior art, agents (诉讼代理人), descriptions and
#: patents while it argues over a process; it is no paper of a patent application
LITIGATION_FACTOR = 0.3


def names_court_case(text: str) -> re.Match[str] | None:
    """The first court case number in `text` (`_COURT_CASE`), if any."""
    return _COURT_CASE.search(text)


#: the word "claim" alone ("Claims:", "we claim"; matched by its stem, so "Claimed: RMB 1.2 m"
#: too) is an insurance file's, a warranty's and a dispute's word as well as a patent's: with
#: no other part of a filing (description sections, application data, the attorney, figures,
#: "characterised in that") its cues count this much
CLAIM_WORDS = frozenset({"exc.claimed_is", "exc.we_claim"})
CLAIM_ALONE_FACTOR = 0.5


def is_patent_filing(cues: dict[str, tuple[float, Finding]], litigation: bool = False) -> float:
    """Documents for an ordinary patent application: claims, description, abstract,
    application numbers, instructions to a patent attorney; not a court case's documents
    (`litigation`: the text names a case by its number), nor a text whose only cue is the word
    "claim" (`CLAIM_WORDS`)."""
    score = sum(v for v, _ in cues.values())
    if cues and cues.keys() <= CLAIM_WORDS:
        score *= CLAIM_ALONE_FACTOR
    return score * LITIGATION_FACTOR if litigation else score


#: the fields of a granted patent's front page, as its published text opens: the Chinese grant
#: announcement's number and date (授权公告号, 授权公告日), the United States patent's "Date of
#: Patent", the European patent's "mention of the grant". A bare number with kind code B is not
#: one: an application's background cites granted patents so ("CN 108123456 B 公开了…")
_GRANTED = re.compile(r"授权公告号|授权公告日|(?i:\bdate of patent\b|\bmention of the grant\b)")


def granted_patent(text: str) -> re.Match[str] | None:
    """A granted patent's front-page field in the opening of `text` (`_GRANTED`): the document
    is the patent as published on its grant."""
    return _GRANTED.search(text, 0, int(max(HEAD_CHARS, HEAD_SHARE * len(text))))


def _as_published(
    out: list[ExclusionScore], grant: re.Match[str], text: str, findings: tuple[Finding, ...]
) -> list[ExclusionScore]:
    """A granted patent's text is public (DOMAIN.md: the document itself is published), not
    papers for an application: its patent-filing cues (claims, description, abstract) count
    for public-domain, which comes first, its grant field the first evidence, at the place the
    document's own finding there gives (else "opening")."""
    filing = next(e for e in out if e.reason == "patent-filing")
    public = next((e for e in out if e.reason == "public-domain"), None)
    there = next((f for f in findings if grant.start() <= f.offset < grant.end()), None)
    start = text.rfind("\n", 0, grant.start()) + 1
    end = text.find("\n", grant.end())
    snippet = text[start : end if end >= 0 else len(text)].strip()[:160]
    evidence = Evidence(
        grant.group(0),
        "public-domain",
        str(there.location) if there is not None else "opening",
        "exc.granted_patent",
        "exclusion",
        1.0,
        snippet,
    )
    earlier = tuple(e for e in (public.evidence if public else ()) if e.rule != "exc.published_patent")
    score = filing.score + (public.score if public is not None else 0.0)
    merged = ExclusionScore("public-domain", score, (evidence, *earlier, *filing.evidence)[:8])
    return sorted([merged, *(e for e in out if e.reason != "public-domain")], key=lambda e: -e.score)


def score_exclusions(
    findings: tuple[Finding, ...],
    text: str,
    internal: float,
    production: float,
    unpublished: float,
) -> list[ExclusionScore]:
    refs_at = references_start(text)
    citations = citation_lines(text) if any(f.kind == "exclusion" for f in findings) else []
    per_reason = _cue_scores(findings, len(text), refs_at, citations)
    # a court case's documents (a case number in the text: searched only when there are
    # patent-filing cues to weaken) are no patent filing, nor a granted patent's published text
    litigation = "patent-filing" in per_reason and names_court_case(text) is not None
    predicates = {
        "public-domain": lambda c: is_public_domain(c, internal, unpublished),
        "basic-research": lambda c: is_basic_research(c, production),
        "patent-filing": lambda c: is_patent_filing(c, litigation),
    }
    out = []
    for reason, predicate in predicates.items():
        cues = per_reason.get(reason, {})
        if not cues:
            continue
        ranked = sorted(cues.values(), key=lambda vf: -vf[0])
        evidence = tuple(
            Evidence(f.matched_text, reason, str(f.location), f.rule_id, "exclusion", v, f.snippet)
            for v, f in ranked[:8]
        )
        out.append(ExclusionScore(reason, predicate(cues), evidence))
    out.sort(key=lambda e: -e.score)
    if "patent-filing" in per_reason and not litigation:
        grant = granted_patent(text)
        if grant is not None:
            return _as_published(out, grant, text, findings)
    return out


def licence_lines(findings: tuple[Finding, ...]) -> frozenset[int]:
    """The segments that hold a bought copy's licence line (`exc.licensed_copy`): its ban on
    passing the copy on ("Licensed copy: …, single user licence, do not distribute") is the
    licence's condition, not the mark of a company's unpublished document."""
    return frozenset(f.segment_index for f in findings if f.rule_id == "exc.licensed_copy")


def exclusions_for(analysis, scores) -> list[ExclusionScore]:
    """Every exclusion candidate of one analysed document, most likely first."""
    findings = analysis.findings
    licences = licence_lines(findings)
    strengthening = distinct(
        [
            f
            for f in findings
            if f.kind == "context"
            and f.category == "strengthen"
            and not (f.rule_id in UNPUBLISHED and f.segment_index in licences)
        ]
    )
    internal = sum(h.weight for h in strengthening)
    unpublished = sum(h.weight for h in strengthening if h.rule_id in UNPUBLISHED)
    return score_exclusions(findings, analysis.text, internal, scores.parameters, unpublished)


#: the roles of an internal document's sign-off block ("编制：王工  审核：李工  批准：张总",
#: "Prepared by: … Approved by: …", a table row "编制 | 审核 | 批准"), each written as a field
#: (a colon or a table's cell boundary after it): prose that says a standard was approved, or
#: a journal's "Reviewed by:" line alone, is no sign-off
_ROLES = {
    "prepared": r"编制|拟制|编写|制表|起草|prepared(?:\s+by)?|drafted\s+by|compiled\s+by|preparer|originator",
    "checked": r"审核|校对|校核|审查|复核|checked(?:\s+by)?|reviewed\s+by|verified\s+by|checker|reviewer",
    "approved": r"批准|审批|核准|审定|approved(?:\s+by)?|authori[sz]ed\s+by|approver",
}
_FIELD_END = r"\s*(?:[:：]|\|)"
_ROLE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _ROLES.items()) + ")" + _FIELD_END,
    re.IGNORECASE,
)
#: a controlled document's own control fields ("文件编号：QP-SJ-012  版本：A/2  受控状态：受控"):
#: its number with its version or date, or its controlled status
_CONTROL = {
    "number": r"文件编号|文件编码|文件号|文档编号|doc(?:ument)?\.?\s*(?:no|number|id)\.?",
    "version": r"版本号|版本|版次|rev(?:ision)?\.?|version",
    "effective": r"生效日期|实施日期|effective\s+date",
}
_CONTROL_FIELD = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _CONTROL.items()) + ")" + _FIELD_END,
    re.IGNORECASE,
)
_CONTROLLED_STATUS = re.compile(r"受控状态" + _FIELD_END)
#: a company's document code: capitals, then one to four hyphenated parts ("WI-MAG-014")
_DOC_CODE = r"[A-Z]{1,6}(?:-[A-Z0-9]{1,8}){1,4}"
#: a controlled document's number and revision written as one ("Work Instruction WI-MAG-014 Rev
#: C", "PS-SX-204 rev B", "QP-SJ-012 版本A"): its document code followed by its revision. None
#: of the 111 labelled published, patent and research documents of corpora/text carries one;
#: 66 of its 842 others do (50 of them with no other sign-off or control block)
_NUMBER_WITH_REVISION = re.compile(
    rf"(?<![A-Za-z0-9]){_DOC_CODE}\s*[,/(]?\s*"
    r"(?:(?i:rev(?:ision)?)\.?\s*[A-Za-z0-9]{1,3}|版本?\s*[:：]?\s*[A-Z0-9])(?![A-Za-z0-9])"
)
#: an internal document naming itself by its kind and its code ("Work instruction WI-EL-03",
#: "Flow sheet FS-SX-07", "工艺流程 FS-SX-07", "作业指导书 WI-MAG-014"): none of the 111 labelled
#: published, patent and research documents of corpora/text does; 45 of its 842 others do (22
#: of them with no other sign-off or control block)
_NAMED_DOCUMENT = re.compile(
    r"(?i:work\s+instructions?|flow\s*sheets?|process\s+specifications?|operating\s+procedures?"
    r"|procedures?|SOP|作业指导书|工艺流程|工艺规程|工艺卡|操作规程|工艺文件|技术规范)"
    rf"\s*(?i:no\.?|编号)?\s*[:：]?\s*{_DOC_CODE}(?![A-Za-z0-9])"
)
#: a document names itself in its opening, or on a line of its own (a header, a footer);
#: elsewhere the kind and code cite another document ("公司内部作业指导书 ZS-WI-HS-004 中为一段
#: 焙烧工艺" in a disclosure to a patent attorney)
_SELF_NAMING_CHARS = 400


def _named_document(text: str) -> re.Match[str] | None:
    """The first place `_NAMED_DOCUMENT` finds where the document names itself (see
    `_SELF_NAMING_CHARS`)."""
    for m in _NAMED_DOCUMENT.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() < _SELF_NAMING_CHARS or not text[line_start : m.start()].strip(" \t#*|:：-"):
            return m
    return None


#: two roles (or fields) of one block lie this close together
_SIGNOFF_SPAN = 300


def signoff_block(text: str) -> str | None:
    """The sign-off block of an internal document (two of the roles prepared, checked,
    approved, as fields, close together), or its document-control block (its number beside
    its version or effective date, its controlled status, its number and revision as one, or
    its kind and number: "Work instruction WI-EL-03"), as written; None when the text has
    neither. A published article, standard or book carries neither."""
    found = _two_of(_ROLE, text, lambda role, other: role != other)
    if found is None:
        found = _two_of(_CONTROL_FIELD, text, lambda role, other: "number" in (role, other) and role != other)
    if found is None:
        m = _CONTROLLED_STATUS.search(text) or _NUMBER_WITH_REVISION.search(text) or _named_document(text)
        found = (m.start(), m.end()) if m else None
    if found is None:
        return None
    stop = text.find("\n", found[1])  # the block from its first field to the end of the line
    return text[found[0] : stop if stop != -1 else len(text)]


def _two_of(pattern: re.Pattern[str], text: str, pair) -> tuple[int, int] | None:
    """(start, end) of the first two fields of `pattern` within `_SIGNOFF_SPAN` that `pair`
    (their group names) accepts."""
    seen: list[tuple[int, str]] = []
    for m in pattern.finditer(text):
        role = m.lastgroup or ""
        seen = [(at, r) for at, r in seen if m.start() - at <= _SIGNOFF_SPAN]
        other = next((at for at, r in seen if pair(role, r)), None)
        if other is not None:
            return other, m.end()
        seen.append((m.start(), role))
    return None
