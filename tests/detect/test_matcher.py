"""Should-match / should-not-match tables for the lexicon matcher."""

import pytest

from scanner.types import Document, Location, Segment


def findings(detector, text: str):
    doc = Document("t.txt", "text", "0", (Segment(text, Location(line=1)),))
    return detector.analyze(doc).findings


def rules(detector, text: str, kind: str) -> set[str]:
    return {f.rule_id for f in findings(detector, text) if f.kind == kind}


def matched(detector, text: str, kind: str) -> set[str]:
    return {f.matched_text.lower() for f in findings(detector, text) if f.kind == kind}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("氢破后气流磨至D50 3.0 μm", {"氢破", "气流磨"}),
        ("氢\n破工序", {"氢破"}),  # broken across a PDF line
        ("ＮｄＦｅＢ sintered magnets", {"ndfeb"}),  # full-width
        ("the magnets were SINTERED in vacuum", {"sintered"}),  # case and inflection
        ("NdFeB磁体的晶界扩散", {"晶界扩散"}),
    ],
)
def test_stage_terms_are_found(detector, text: str, expected: set[str]) -> None:
    assert expected <= matched(detector, text, "stage") | matched(detector, text, "anchor")


@pytest.mark.parametrize(
    "text",
    [
        "相比之下，今年的销售额更高。",  # 相比 'compared with', not the O/A phase ratio
        "Free trade and a green agenda",  # 'ree' inside words
        "诉讼时效为三年",  # 时效 in a legal sense, not magnet ageing
    ],
)
def test_everyday_words_do_not_match_stage_terms(detector, text: str) -> None:
    assert rules(detector, text, "stage") == set()


def test_longest_match_wins_within_a_set(detector) -> None:
    found = [f for f in findings(detector, "loaded strip liquor 90 g/L") if f.kind == "stage"]
    texts = [f.matched_text for f in found]
    assert "loaded strip liquor" in texts
    assert "strip" not in texts


def test_latin_term_glued_to_hanzi_is_found(detector) -> None:
    assert "ndfeb" in matched(detector, "采用NdFeB方案", "stage") | matched(
        detector, "采用NdFeB方案", "anchor"
    )


def test_values_next_to_process_terms_are_parameters(detector) -> None:
    values = [f for f in findings(detector, "真空烧结温度1060℃，保温4 h") if f.kind == "value"]
    assert {f.matched_text for f in values} >= {"1060°C"}
    assert all(f.attr("near_term") == "yes" for f in values)


@pytest.mark.parametrize(
    ("text", "value", "near"),
    [
        # a generic step beside the rare-earth material it is done to: a process parameter
        ("Sintered NdFeB N45: sinter 1050 °C for 4 h in vacuum, then anneal 480 °C 3 h.", "1050 °C", "yes"),
        ("NdFeB sintering 1060 °C 4 h vacuum, tempering 900 °C 2 h then 500 °C 3 h.", "500 °C", "yes"),
        # the same step with no rare-earth material near it: another industry's number
        ("Ferrite sintering in air at 1250 °C for 2 h.", "1250 °C", "no"),
        # beside a product property the value stays a property, however near the step
        ("NdFeB N42 magnets, sintered and tempered: Br 1.28 T, HcJ 955 kA/m.", "1.28 T", "quality"),
        # the material named far from the step does not make it a rare-earth process
        ("NdFeB magnets are used in the rotor. " + "x" * 80 + " Sintering 1250 °C 2 h.", "1250 °C", "no"),
    ],
)
def test_a_generic_step_beside_a_rare_earth_material_makes_values_parameters(
    detector, text: str, value: str, near: str
) -> None:
    values = {f.matched_text: f.attr("near_term") for f in findings(detector, text) if f.kind == "value"}
    assert values[value] == near


def test_locations_point_at_cells(detector) -> None:
    seg = Segment(
        "槽温(℃): 1045 | 阳极电流密度(A/cm2): 1.0", Location(sheet="设定值"), marks=((0, "B2"), (14, "C2"))
    )
    doc = Document("s.xlsx", "xlsx", "0", (seg,))
    values = {f.matched_text: str(f.location) for f in detector.analyze(doc).findings if f.kind == "value"}
    assert values["°C): 1045"] == "设定值!B2"


def test_in_a_table_row_a_value_under_a_property_column_is_a_property(detector) -> None:
    """A grade table's row ('Grade: N35 | Br min (T): 1.17 | … | Max. working temp. (°C): 80'):
    every value was a process parameter, 'working temp.' standing within reach of them all;
    the value's own column says first what it is."""
    text = "Grade: N35 | Br min (T): 1.17 | HcJ min (kA/m): 955 | Max. working temperature (°C): 80"
    marks = tuple((text.index(cell), f"{col}2") for cell, col in zip(text.split(" | "), "ABCD", strict=True))
    doc = Document("grades.xlsx", "xlsx", "0", (Segment(text, Location(sheet="Grades"), marks=marks),))
    near = {f.matched_text: f.attr("near_term") for f in detector.analyze(doc).findings if f.kind == "value"}
    assert near["T): 1.17"] == "quality" and near["kA/m): 955"] == "quality"
    assert near["°C): 80"] == "yes"


@pytest.mark.parametrize(
    ("text", "strong"),
    [
        # the material being processed: another industry's vocabulary
        ("硬质合金烧结工艺：脱蜡后低压烧结", True),
        ("tungsten carbide powder is pressed and sintered", True),
        # what equipment is built of: weak
        ("模芯材料无磁钢 / 硬质合金镶块", False),
        ("Grinding nozzles (ceramic liner), replace at 1000 h", False),
        ("砂轮 D64 金刚石 陶瓷结合剂", False),
    ],
)
def test_materials_of_construction_are_weak_other_materials(detector, text: str, strong: bool) -> None:
    weights = [f.weight for f in findings(detector, text) if f.kind == "other-material"]
    assert weights
    assert (max(weights) >= 0.5) is strong


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("有机相 LIX984N(%v/v)", "lix984n"),  # brackets glued to a term in a column header
        ("REO(g/L): 45", "reo"),
        ("Nd2O3[%]: 99.5", "nd2o3"),
    ],
)
def test_brackets_split_words(detector, text: str, expected: str) -> None:
    found = {f.matched_text.lower() for f in findings(detector, text)}
    assert expected in found


@pytest.mark.parametrize(
    ("path", "term"),
    [
        ("share/烧结曲线_5号炉.csv", "烧结曲线"),  # a sheet of bare numbers says what it is in its name
        ("outbox/mail.eml!P507-cascade_settings.xlsx", "p507"),  # a member's own name
    ],
)
def test_a_file_name_is_read_by_the_rules(detector, path: str, term: str) -> None:
    from scanner.classify.features import model_text

    doc = Document(path, "text", "0", (Segment("1, 1020, 240", Location(line=1)),))
    analysis = detector.analyze(doc)
    named = [f for f in analysis.findings if f.location.part == "metadata:file name"]
    assert term in {f.matched_text.lower() for f in named}
    assert "file name" not in model_text(analysis)  # the model does not learn names


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("step: 1 | T C: 1020 | hold min: 240", "unit.celsius"),  # "T_C" header of an export
        ("vacuum Pa: <=5e-3", "unit.pressure"),  # a limit in a cell
    ],
)
def test_exported_headers_give_values(detector, text: str, unit: str) -> None:
    assert unit in {f.rule_id for f in findings(detector, text) if f.kind == "value"}


@pytest.mark.parametrize(
    "text",
    ["稀土 氧化物", "钕铁硼  磁体\n烧结", "a\n b", "NdFeB磁体\t 1060℃ ", " 开头", "", "　全角　", "x\x1cy"],
)
def test_chinese_character_words_are_spacys(detector, text: str) -> None:
    """The one-pass character segmentation gives the words, spaces and tokens spaCy's own gives."""
    from spacy.util import get_words_and_spaces

    from scanner.detect.matcher import _char_tokens, char_words
    from scanner.detect.spacy_import import import_spacy
    from tests.detect.spacy_reference import _char_doc

    assert char_words(text) == get_words_and_spaces(list(text), text)
    zh = import_spacy().blank("zh")
    ours, theirs = _char_doc(zh.vocab, text), zh.make_doc(text)
    assert _char_tokens(text) == ([t.text for t in theirs], [t.idx for t in theirs])
    assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in theirs]


def test_chinese_character_words_on_random_text() -> None:
    import random

    from spacy.util import get_words_and_spaces

    from scanner.detect.matcher import char_words

    rng = random.Random(3)
    alphabet = [*"稀土永磁烧结NdFeB1060℃ \n\t\u3000\x1c\r", "  ", " \n", "\r\n"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert char_words(text) == get_words_and_spaces(list(text), text), repr(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("[" * 150_000 + "]" * 150_000, None),  # took minutes in spaCy's tokenizer
        ("[" * 150_000 + "NdFeB" + "]" * 150_000, "NdFeB"),
        ("(" * 100 + "(Pr,Nd)F3 melt", "(Pr,Nd)F3"),  # a form's own bracket at the run's end
    ],
)
def test_long_punctuation_runs_are_read_in_linear_time(detector, text: str, term: str | None) -> None:
    import time

    started = time.process_time()
    found = {f.matched_text for f in findings(detector, text) if f.kind in ("stage", "anchor")}
    assert time.process_time() - started < 20
    assert term is None or term in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1.strip casting at 1450 °C\n2.hydrogen decrepitation\n3.jet milling",
            {"strip casting", "jet milling"},
        ),
        ("3.2.1.sintering in vacuum", {"sintering"}),
        ("(4.jet milling to D50 3.0 um)", {"jet milling"}),
    ],
)
def test_numbered_steps_glued_to_their_first_word(detector, text: str, expected: set[str]) -> None:
    """spaCy keeps "1.strip" one word; a step's number is taken off its first word."""
    assert expected <= matched(detector, text, "stage")


@pytest.mark.parametrize(
    "text",
    ["v2.beta release notes", "Fig.1.a shows the budget", "the 1.5 mm gap", "drawings/JM400-05-01.dxf"],
)
def test_dotted_versions_and_figures_are_left_as_they_are(detector, text: str) -> None:
    from scanner.detect.matcher import _NUMBERED_STEP

    assert _NUMBERED_STEP.sub(r"\1 ", text) == text


ROUTE_ZH = (
    "烧结钕铁硼工艺：速凝铸片1450℃，氢破，气流磨D50 3.0 μm，2T磁场取向成型，"
    "真空烧结1060℃×4 h，回火900℃ 2 h、500℃ 3 h，晶界扩散Dy。"
)


@pytest.mark.parametrize(
    "text",
    [
        ROUTE_ZH,
        "·".join(ROUTE_ZH),  # a middle dot after every character
        "、".join(ROUTE_ZH),
        "\n".join(ROUTE_ZH),  # a line break after every character: each line a segment
        ROUTE_ZH[:5] + "\n" + ROUTE_ZH[5:],  # a term wrapped at the end of a line
    ],
)
def test_chinese_terms_wrapped_across_lines_are_found(scanner, text: str) -> None:
    assert scanner.scan_bytes("route.txt", text.encode("utf-8")).verdict == "controlled"


def test_a_line_break_between_chinese_characters_joins_only_them() -> None:
    from scanner.detect.matcher import cjk_view

    assert cjk_view("钕铁\n硼 a\nb 稀\n\n土") == "钕铁 硼 a\nb 稀\n\n土"
    assert cjk_view("温度 | 加热\n铸片 | 0.3") == "温度 | 加热\n铸片 | 0.3"  # rows of a table


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("powder made by strip\ncasting and", "strip casting"),  # a line wrapped inside a term
        ("the grain-boundary diffusion of Dy", "grain boundary diffusion"),
        ("extraction with Cyanex-272 in kerosene", "Cyanex 272"),
        ("route: strip.casting.then.hydrogen.decrepitation", "hydrogen decrepitation"),
    ],
)
def test_a_term_is_found_across_a_wrapped_line_a_hyphen_or_a_dot(detector, text: str, term: str) -> None:
    found = {_words_of(text[m.start : m.end]) for m in detector.terms.find(text)}
    assert _words_of(term) in found, found


def _words_of(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").replace(".", " ").split())


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        ("Strip-casting-of-the-alloy-at-1450-C", True),
        ("route: strip.casting.then.jet.milling", True),
        ("NdFeB strip-cast alloy, HD-treated, grain-boundary diffused", False),  # compounds
        ("Nd-Fe-B", False),  # two joins: a name
        ("JM400-05-01.dxf rev 2025-01-02", False),
        ("https://doi.org/10.1016/j.jmmm.2024.172031", False),  # an address is glued by nature
        ("write to a.b-c@x-y.example.com", False),
    ],
)
def test_only_lines_glued_by_hyphens_or_dots_are_read_with_spaces(line: str, glued: bool) -> None:
    from scanner.detect.matcher import glued_lines, word_breaks

    assert glued_lines(line) == (word_breaks(line) if glued else line)
    assert glued_lines(f"x\n{line}\ny") == f"x\n{glued_lines(line)}\ny"  # line by line


def test_a_line_break_joins_words_outside_tables_only() -> None:
    from scanner.detect.matcher import latin_view

    assert latin_view("strip\ncasting\n\nnext\n1450", False) == "strip casting\n\nnext 1450"
    # a table's row keeps its line break (its cell signs are read as spaces, `_SIGN_BREAK`)
    assert latin_view("Step | strip\ncasting | 1450", False) == "Step   strip\ncasting   1450"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("TbF3=40.00kg;Ca=12.5kg", "met.re_fluoride_formula"),
        ("PrNd=29.5wt%, B=0.98wt%", "met.prnd_symbol"),
        ("Dy:1.2wt%", "anc.sym.dy"),
        ("TbF3：40kg", "met.re_fluoride_formula"),
        ("Br≥1.40T", "par.br"),
        ("HcJ>=20kOe", "mag.hcj"),
        ("TbF3,Ca", "met.re_fluoride_formula"),
        ("|Dy|1.2|", "anc.sym.dy"),
        ("2:17 SmCo", "mag.sm2co17"),  # a ratio is no sign
        ("(Pr,Nd)2O3", "anc.prnd-oxide"),
    ],
)
def test_a_term_glued_to_its_value_by_a_sign_is_found(detector, text: str, term: str) -> None:
    assert term in {f.rule_id for f in findings(detector, text)}


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("Dy:1.2", "Dy 1.2"),
        ("TbF3:40kg", "TbF3 40kg"),
        ("2:17R", "2:17R"),  # a ratio
        ("12:30", "12:30"),  # a time
        ("Ho:YAG", "Ho:YAG"),  # a colon before a letter
        ("http://x.org", "http://x.org"),
        ("1,200 kg", "1,200 kg"),
        ("3,Ca", "3 Ca"),
        ("a=b", "a b"),
    ],
)
def test_signs_read_as_spaces_keep_ratios_times_and_numbers(text: str, view: str) -> None:
    from scanner.detect.matcher import latin_view

    assert latin_view(text, False) == view


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("JM400-05-01.dxf", True),  # a part number: digits on both sides
        ("2025-01-02 and 1450-1500", True),  # a date, a range
        ("v2.beta", True),
        ("Nd-Fe-B", False),
        ("P-507", False),
    ],
)
def test_which_hyphens_and_dots_are_word_breaks(text: str, kept: bool) -> None:
    from scanner.detect.matcher import word_breaks

    assert (word_breaks(text) == text) is kept
    assert len(word_breaks(text)) == len(text)
