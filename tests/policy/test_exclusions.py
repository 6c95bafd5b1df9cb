"""Exclusion predicates: what the document *is*, not what it mentions."""

from __future__ import annotations

import pytest

from scanner.policy.exclusions import references_start
from tests.conftest import scan_text

SPEC = (
    "PROCESS SPECIFICATION PS-HT-005 (internal, controlled copy)\n"
    "SmCo 2:17 magnets: solution treatment 1190 °C for 3 h in argon, quench; ageing 830 °C for "
    "12 h, slow cooling 0.7 °C/min to 400 °C, hold 10 h. Sm 25.5 wt%, Cu 5.5 wt%, Fe 18 wt%.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("body\nReferences\n[1] A. B., J. Alloys 2019", "References"),
        ("正文\n参考文献：\n[1] 张三", "参考文献"),
        ("2 规范性引用文件\nGB/T 13560", "规范性引用文件"),
        ("no list here", None),
    ],
)
def test_reference_sections_are_found(text: str, expected: str | None) -> None:
    at = references_start(text)
    if expected is None:
        assert at is None
    else:
        assert at is not None and expected in text[at:]


@pytest.mark.parametrize(
    "tail",
    [
        "\nReferences\n[1] Liu et al., J. Magn. Magn. Mater. 512 (2020) 167012, "
        "doi:10.1016/j.jmmm.2020.167012\n",
        "\nApplicable standards: GB/T 13560-2017; IEC 60404-8-1.\n",
        "\nSee also patent CN112345678A for the furnace design.\n",
    ],
)
def test_an_internal_spec_that_cites_stays_controlled(scanner, tail: str) -> None:
    assert scan_text(scanner, SPEC + tail).verdict == "controlled"


def test_the_same_content_published_is_excluded(scanner) -> None:
    head = (
        "Journal of Applied Magnetism, Vol. 12, No. 3, pp. 201-209, 2024\n"
        "DOI: 10.1234/jam.2024.0312\nReceived 2 May 2024; accepted 1 July 2024\n"
        "© 2024 The Authors. Published by Example Press under a CC BY licence.\n"
    )
    v = scan_text(scanner, head + SPEC.replace("(internal, controlled copy)", ""))
    assert v.verdict == "excluded"
    assert v.exclusion and v.exclusion.reason == "public-domain"
    assert any("doi" in e.text.lower() or "10.1234" in e.text for e in v.exclusion.evidence)


def test_a_journal_article_about_copper_is_clear_not_excluded(scanner) -> None:
    text = (
        "Hydrometallurgy 210 (2022) 105844. https://doi.org/10.1016/j.hydromet.2022.105844\n"
        "Received 1 March 2022; accepted 2 May 2022\nCopper solvent extraction with LIX 984N: "
        "O/A 1.2, 3 stages, electrowinning of copper cathode.\n"
    )
    assert scan_text(scanner, text).verdict == "clear"


def test_an_unpublished_manuscript_is_not_public_domain(scanner) -> None:
    head = (
        "DRAFT manuscript - for internal pre-submission review (not yet submitted)\n"
        "Target journal: Journal of Applied Magnetism\nKeywords: SmCo; ageing\n"
        "Abstract\n"
    )
    v = scan_text(scanner, head + SPEC.replace("(internal, controlled copy)", ""))
    assert v.verdict in ("controlled", "review")
    assert v.exclusion is None


OVERVIEW = (
    "Sintered NdFeB magnets are made by powder metallurgy: the alloy is melted and strip cast, "
    "broken up by hydrogen decrepitation and jet milling, pressed in an aligning field, "
    "sintered, heat-treated, machined, coated and magnetised.\n"
)


@pytest.mark.parametrize(
    ("text", "excluded"),
    [
        pytest.param(
            "Neodymium magnet\nFrom Wikipedia, the free encyclopedia\n" + OVERVIEW,
            True,
            id="an encyclopedia article",
        ),
        pytest.param(
            "钕铁硼\n维基百科，自由的百科全书\n烧结钕铁硼磁体采用粉末冶金工艺：熔炼、速凝铸片、氢破碎、气流磨、"
            "取向压制、烧结和回火。\n",
            True,
            id="a Chinese encyclopedia article",
        ),
        pytest.param(
            "PROCESS NOTE PN-07 (internal)\n"
            + OVERVIEW
            + "Background reading: Wikipedia, 'Neodymium magnet'.\n"
            + SPEC,
            False,
            id="an internal note that cites an encyclopedia",
        ),
    ],
)
def test_an_encyclopedia_article_is_published(scanner, text: str, excluded: bool) -> None:
    """An online encyclopedia's article is itself published (DOMAIN.md: public-domain); an
    internal document that names one as background reading is not."""
    v = scan_text(scanner, text)
    if excluded:  # or clear: too little technology to be flagged at all
        assert v.verdict in ("excluded", "clear"), v.reasons
        assert v.verdict == "clear" or (v.exclusion and v.exclusion.reason == "public-domain")
    else:
        assert v.verdict == "controlled" and v.exclusion is None


def test_a_file_name_alone_does_not_make_an_internal_spec_published(scanner) -> None:
    """Found by an exploratory test: an internal spec saved as doi_open_access_preprint.txt was
    excluded (exit 0) on cues in its name only."""
    v = scan_text(scanner, SPEC, name="doi_open_access_preprint_elsevier.txt")
    assert v.verdict == "controlled" and v.exclusion is None


def test_published_and_internal_at_once_is_for_a_person(scanner) -> None:
    """A cover line ('Published in … doi … open access') on a document that calls itself
    internal: the contradiction goes to review, never to excluded."""
    head = (
        "Published in Journal of Applied Magnetism 12 (2024) 201-209, doi:10.1234/jam.2024.0312\n"
        "Open access under a CC BY 4.0 licence.\n"
    )
    v = scan_text(scanner, head + SPEC)
    assert v.verdict == "review" and v.exclusion is None
    assert any("calls itself internal" in r for r in v.reasons)
