"""Figures: number parsing, units, measure keys, comparison, and the bundled corpus."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from index.corpus import load_corpus
from index.extract.figures import compare_figures, find_figures, repeated_docs, text_figures
from index.extract.figures.measures import measure_label
from index.model import Document, Figure
from index.repair import Repaired

CORPUS = Path(__file__).parent.parent / "corpus"
ANNOTATIONS = Path(__file__).parent / "data" / "annotations" / "figures.json"


def found(text: str) -> list[tuple[str, float, float | None, str]]:
    """(surface, value, value_max, unit) of every figure of `text`."""
    return [(text[m.start : m.end], q.value, q.value_max, m.unit) for q, m in text_figures(text)]


def keys(text: str) -> list[str]:
    return [m.key for _, m in text_figures(text)]


def documents(tmp_path: Path, **texts: str) -> list[Document]:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return load_corpus(tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 10,000 troops were sent.", [("10,000", 10000, None, "troop")]),
        ("It cost 3.5 million dollars.", [("3.5 million dollars", 3.5e6, None, "USD")]),
        ("It pumped 4.1 million barrels.", [("4.1 million barrels", 4_100_000, None, "barrel")]),
        ("About 52,000 people live there.", [("52,000", 52000, None, "people")]),
        ("Some 200-300 militants cross.", [("200-300", 200, 300, "militant")]),
        ("Some 200–300 militants cross.", [("200–300", 200, 300, "militant")]),
        ("Some 200 to 300 militants cross.", [("200 to 300", 200, 300, "militant")]),
        ("between 40 and 50 guards", [("40 and 50", 40, 50, "guard")]),
        ("He saw 1.5 km of road.", [("1.5 km", 1.5, None, "km")]),
    ],
)
def test_digits_and_ranges(text: str, expected: list[tuple[str, float, float | None, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("Three brigades were sent.", 3, None, "brigade"),
        ("They sent twenty-five trucks.", 25, None, "truck"),
        ("They took one-third of the country.", 1 / 3, None, "fraction"),
        ("It covers nearly half the border.", 0.5, None, "fraction"),
        ("A dozen guards stood there.", 12, None, "guard"),
        ("The camp holds tens of thousands of fighters.", 10000, None, "fighter"),
        ("Hundreds of families fled.", 100, None, "family"),
        ("Dozens of drones flew.", 12, None, "drone"),
        ("It killed one woman.", 1, None, "woman"),
        ("Tens of militants crossed.", 10, None, "militant"),
        ("A 1,500-strong force arrived.", 1500, None, "force"),
    ],
)
def test_words_fractions_and_vague_amounts(
    text: str, value: float, value_max: float | None, unit: str
) -> None:
    [(_, got, got_max, got_unit)] = found(text)
    assert got == pytest.approx(value, rel=1e-3)
    assert (got_max, got_unit) == (value_max, unit)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("a network of over 30watchtowers", "30", "watchtower"),
        ("Over 10,000additional personnel", "10,000", "personnel"),
        ("in the camp, alongside11,000 militants", "11,000", "militant"),
        ("its 599-kilometer-longborder", "599-kilometer-long", "km"),
        ("a 40km trench", "40km", "km"),
    ],
)
def test_glued_numbers(text: str, surface: str, unit: str) -> None:
    assert [(s, u) for s, _, _, u in found(text)] == [(surface, unit)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("a 160-kilometer wall", "km"),
        ("a wall of 160 kilometres", "km"),
        ("a wall 160 kilometers long", "km"),
        ("three-meter-deep trenches", "m"),
        ("walls 4 metres high", "m"),
        ("up 40 percent", "%"),
        ("up 40 per cent", "%"),
        ("up 40%", "%"),
        ("$2 million for cameras", "USD"),
        ("18 fatalities and", "fatality"),
        ("63 injuries.", "injury"),
    ],
)
def test_units_are_normalised(text: str, unit: str) -> None:
    assert [u for _, _, _, u in found(text)] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "It was published on September 30.",
        "On October 7, 2023, Hamas attacked.",
        "The fall of Mosul in 2014 shocked Iraq.",
        "As of early 2025, the wall stands.",
        "date 2025-03-11 09:50:28",
        "the 2nd brigade and the third wave",
        "1. War on terrorism",
        "under Article 140 of the constitution",
        "one of the most dangerous places",
        "no one came",
        "three days earlier, two years ago, a week later",
        "the F-16 jets flew",
        "September 2024alone saw chaos",
        "It began in the 1990s.",
        "At 10 pm the raid began.",
        "Raids rose in the first half of the year and fell in the second half of 2024.",
        "The mission served from 2007 to 2022 and (2009-2014) again.",
        "They handed over Al-Jazeera 1, a training camp, and Forward Base 2.",
        "The troops left in phase one of the drawdown.",
        "In a letter dated September 23 and 25, the states asked for time.",
        "Kazakhstan ran its own repatriation flights from 2019, a model.",
        "The report concedes, on page 41 and in note 7 (p. 12), that it erred.",
        "Families may call the hotline, 0770 555 0198, or +964 750 123 4567.",
        "The crossings fell.[32] Data shared with FSI.[33]",
        "Every evening at half past five he climbs; at six o'clock he leaves.",
        "Boys who turn 12 are separated from their mothers; girls aged 13 stay.",
        "Weekly bulletin, Issue 46 | 3–9 November 2025",
    ],
)
def test_dates_ordinals_labels_and_durations_are_not_figures(text: str) -> None:
    assert found(text) == []


def test_numbers_near_the_labels_and_ages_stay_figures() -> None:
    text = "The toll-free hotline (178) took 4,500 calls from 0770 numbers."
    assert found(text) == [("4,500", 4500, None, "call")]
    assert found("Prices turned 5 percent higher.") == [("5 percent", 5, None, "%")]


def test_making_up_a_share_is_no_change() -> None:
    assert keys("Children make up an estimated 60 percent of the residents.") == ["people:share"]
    assert keys("Trade through the crossing was up 40 percent.") == ["trade:change"]


@pytest.mark.parametrize(
    "text",
    [
        "To protect its 599-kilometer-long border with Syria, Iraq acted.",
        "It covers nearly half the shared border of 610 kilometers.",
        "Iraq secured its 615 kilometers-long western and northern borders with Syria.",
        "The frontier stretches 600 km.",
    ],
)
def test_border_length_phrasings_share_one_key(text: str) -> None:
    assert "border:length" in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iraq is constructing a 160-kilometer concrete barrier.",
        "It built a 160-kilometer-long concrete wall.",
        "Work advanced on border fortifications, and 400 kilometers are already complete.",
        "A long concrete wall stretches approximately 360 kilometers (along the border).",
        "So far 360 km of the wall are done.",
        "A 50-kilometer stretch of the fence was finished.",
    ],
)
def test_wall_barrier_fence_share_one_key(text: str) -> None:
    assert keys(text)[0] == "wall:length"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("al-Hol shelters around 52,000 people.", "camp:population"),
        ("Roughly 15,000 Iraqis remain in the camp.", "camp:population:iraqi"),
        ("An estimated 200-300 militants enter Iraq each month.", "militant:per-month:crossing"),
        ("Attacks left 55 people dead.", "death:count"),
        ("There were 18 fatalities.", "death:count"),
        ("They sent two PMF brigades.", "brigade:count:pmf"),
        ("They sent two brigades from the PMF.", "brigade:count:pmf"),
        ("It installed 200 thermal cameras.", "camera:count"),
        ("Iraq deployed 10,000 soldiers.", "personnel:count"),
        ("The blast killed at least 12 civilians.", "death:count:civilian"),
        ("The town lies 5 km from the border.", "border:distance"),
        ("The frontier stretches 380 km from the sea to the lake.", "border:length"),
        ("Troops patrol 100 km of the border.", "border:length:part"),
        ("Exports hit 74 billion cubic metres last year.", "unspecified:volume"),
        ("The government spent $50 million on the border fence.", "wall:cost"),
        ("The project, worth $200 million, is funded by the state.", "project:cost"),
        ("It is worth $5 million.", "unspecified:cost"),
        ("Output reached 4.3 million barrels per day.", "unspecified:volume:per-day"),
        (
            "They expect to build 450 km of new wall if funds are found, including up to 334 km "
            "of new fence.",
            ["wall:length:projected", "wall:length:projected"],
        ),
        ("The army withdrew 2,000 troops.", "personnel:count:withdrawal"),
        ("It completed the drawdown of 2,000 troops.", "personnel:count:withdrawal"),
        (
            "In June, 3,000 more troops are expected to withdraw.",
            "personnel:count:projected:withdrawal",
        ),
        ("Three agreements are expected to support farms.", "agreement:count:projected"),
        ("The new fence covers 160 kilometres of the frontier.", "wall:length"),
        ("The fence runs for about 30 km north of the river.", "wall:length"),
        ("The trench has a depth of 3 meters.", "trench:depth"),
        ("Prices rose by 40%.", "price:change"),  # a change, of its subject
        ("Trade through the al-Qaim crossing had fallen by 40 percent.", "trade:change"),
        ("The number of attacks in Anbar rose 30 percent.", "attack:change"),
        ("They saw a 40 percent drop in trade.", "trade:change"),
        ("About 70% of the border is fenced.", "border:share"),
        ("Unemployment rose to 9.1 percent.", "unspecified:share"),  # a level, no change
        ("The concrete wall along the border had reached 280 kilometers.", "wall:length"),
        ("A trench 3 meters deep was dug.", "trench:depth"),  # what a depth after it is of
        ("A four-meter high fence was built.", "wall:height"),  # before it: the fence's
        ("A 620-kilometre stretch of the border is watched.", "border:length:part"),
        ("The project cost $250 million.", "project:cost"),
        ("Some 10,000 IS detainees are held.", "detainee:count:is"),  # an acronym, no "is"
        ("The wall rises 3.5 meters above the sand.", "wall:height"),
        ("The wall is backed by a trench 3 meters deep.", "trench:depth"),  # "by": no place
        ("The coalition pledged $40 million worth of support.", "support:cost"),
        ("It will cost 6 billion Iraqi dinars.", "unspecified:cost"),
        ("The SDF guards around two dozen prisons.", "prison:count"),
    ],
)
def test_measure_keys(text: str, key: str | list[str]) -> None:
    assert keys(text) == (key if isinstance(key, list) else [key])


def test_spans_map_to_original_through_repair(tmp_path: Path) -> None:
    original = "Iraq built over 30watchtowers and a 160-kilometerwall here.\n"
    [document] = documents(tmp_path, a=original)
    inserted = tuple(m.end() for m in re.finditer(r"\d(?=[a-z])|kilometer(?=wall)", original))
    repaired_text = re.sub(r"(\d)(?=[a-z])|(kilometer)(?=wall)", r"\1\2 ", original)
    document = replace(document, repaired=Repaired(original, repaired_text, inserted))
    figures = find_figures([document])
    assert [original[f.start : f.end] for f in figures] == ["30", "160-kilometer"]
    assert [f.measure for f in figures] == ["watchtower:count", "wall:length"]


def test_comments_and_footers_are_left_out(tmp_path: Path) -> None:
    text = "Iraq sent 5,000 troops.\n\n3 Comments\n\nI counted 70 tanks myself.\n"
    [document] = documents(tmp_path, a=text)
    assert [f.value for f in find_figures([document])] == [5000]


def test_context_is_the_sentence(tmp_path: Path) -> None:
    text = "First sentence here. Iraq sent 5,000 troops to the border. Last one.\n"
    [figure] = find_figures(documents(tmp_path, a=text))
    assert figure.context == "Iraq sent 5,000 troops to the border."


def _figure(doc: str, value: float, unit: str = "km", measure: str = "wall:length") -> Figure:
    return Figure(doc, 0, 1, value, None, unit, measure, "")


@pytest.mark.parametrize(
    ("values", "disagree"),
    [
        ([600, 599], False),
        ([52000, 51800], False),
        ([599, 615], True),
        ([160, 360, 400], True),
    ],
)
def test_disagreement_tolerates_rounding(values: list[float], disagree: bool) -> None:
    docs = [f"d{i}" for i in range(len(values))]
    figures = [_figure(d, v) for d, v in zip(docs, values, strict=True)]
    [group] = compare_figures(figures, docs)
    assert group.disagree is disagree


def test_single_article_measures_only_on_request() -> None:
    figures = [_figure("d0", v, "camera", "camera:count") for v in (5, 7)]
    assert compare_figures(figures, ["d0"]) == ()
    [group] = compare_figures(figures, ["d0"], include_single=True)
    assert repeated_docs(group) == {"d0"} and not group.disagree


def test_unspecified_measures_are_never_compared() -> None:
    figures = [_figure(d, 40, "%", "unspecified:share") for d in ("d0", "d1")]
    assert compare_figures(figures, ["d0", "d1"]) == ()


@pytest.fixture(scope="module")
def corpus() -> list[Document]:
    return load_corpus(CORPUS)


def test_corpus_border_and_wall_groups_disagree(corpus: list[Document]) -> None:
    groups = {g.measure: g for g in compare_figures(find_figures(corpus), [d.id for d in corpus])}
    for key, values in {"border:length": {599, 610, 615}, "wall:length": {160, 360, 400}}.items():
        assert {f.value for f in groups[key].values} == values
        assert groups[key].disagree
        assert len({f.doc for f in groups[key].values}) == 3


def test_annotations_match_the_files(corpus: list[Document]) -> None:
    texts = {d.id: d.text for d in corpus}
    for row in json.loads(ANNOTATIONS.read_text(encoding="utf-8")):
        assert texts[row["doc"]][row["start"] : row["end"]] == row["text"]


def test_corpus_recall_of_annotations(corpus: list[Document]) -> None:
    spans = {(f.doc, f.start, f.end) for f in find_figures(corpus)}
    rows = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    hits = sum((r["doc"], r["start"], r["end"]) in spans for r in rows)
    assert hits / len(rows) >= 0.9


def test_no_figure_is_found_in_data_and_the_prose_around_it_keeps_its_own() -> None:
    blob = "data:image/png;base64," + "iVBORw0KGgo5AAAAN7SUhEUg7AAAAQ9AAAA6km3" * 4
    text = f"The wall is 160 km long. {blob} and 300 soldiers died in 2024."
    found = [(text[q.start : q.end], m.key) for q, m in text_figures(text)]
    assert found == [("160", "wall:length"), ("300", "death:count:personnel")]


def test_a_terminal_escape_code_is_no_figure() -> None:
    """Text pasted from a console keeps "ESC[31m": its digits are no "31 m"."""
    text = "The log said \x1b[31mred alert\x1b[0m, and 40 km of wall were built."
    assert [text[q.start : q.end] for q, _ in text_figures(text)] == ["40"]


def test_a_measure_label_keeps_the_capital_of_a_people_or_a_country() -> None:
    assert measure_label("camp:population:iraqi", "Iraqi") == "Camp population, Iraqi (Iraqi)"
    assert measure_label("attack:count:drone", "attack") == "Attack count, drone (attack)"


@pytest.mark.parametrize(
    "text",
    [
        "ERBIL (Kurdistan24) – officials spoke to Kurdistan24 on Monday.",
        "Families were moved to the Jeddah 1 rehabilitation center south of Mosul.",
        "Ahmed al-Jubouri, 64, whose clan lives there, spoke; Umm Saad, 58, sells tea.",
        "Call the hotline 130, or go to Camp 4, said the “zero-point” plan's authors.",
    ],
)
def test_a_names_number_is_no_figure(text: str) -> None:
    assert [text[m.start : m.end] for _, m in text_figures(text)] == []


def test_two_dozen_is_twenty_four_and_iraqi_dinars_a_currency() -> None:
    found = {
        text[m.start : m.end]: (q.value, m.unit)
        for text in ["The SDF guards two dozen prisons and paid 6 billion Iraqi dinars."]
        for q, m in text_figures(text)
    }
    assert found == {"two dozen": (24.0, "prison"), "6 billion Iraqi dinars": (6e9, "IQD")}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Iraq has committed $1.5bn since 2022.", 1.5e9, "USD"),
        ("The cabinet approved IQD 50bn in spending.", 5e10, "IQD"),
        ("The budget reached IQD 3.5 trillion.", 3.5e12, "IQD"),
        ("It cost $2.3m to build.", 2.3e6, "USD"),
        ("About €20 million was pledged.", 2e7, "EUR"),
    ],
)
def test_money_with_short_scales_and_other_currencies(text: str, value: float, unit: str) -> None:
    assert [(q.value, m.unit) for q, m in text_figures(text)] == [(value, unit)]


def test_an_age_is_no_figure_and_metres_are_no_millions() -> None:
    assert [m.unit for _, m in text_figures("The 45-year-old, 38 years old, said so.")] == []
    assert [(q.value, m.unit) for q, m in text_figures("A wall 3m high.")] == [(3.0, "m")]


def test_plurals_that_are_their_singular_and_a_short_scale_before_a_currency() -> None:
    text = "Police arrested 19 accused, seized 60 sheep and two aircraft, and 2,000 mujahideen."
    assert [(surface, unit) for surface, _, _, unit in found(text)] == [
        ("19", "accused"),
        ("60", "sheep"),
        ("two", "aircraft"),
        ("2,000", "mujahid"),
    ]
    assert found("Each family gets a grant of 4m Iraqi dinars.") == [
        ("4m Iraqi dinars", 4_000_000, None, "IQD")
    ]
    assert keys("The trench is 4m deep.") == ["trench:depth"]


def test_a_part_of_a_counted_whole_counts_the_wholes_noun() -> None:
    text = "Eighteen of the committee's 21 members attended, and two of the three drones fell."
    assert [(surface, value, unit) for surface, value, _, unit in found(text)] == [
        ("Eighteen", 18, "member"),
        ("21", 21, "member"),
        ("two", 2, "drone"),
        ("three", 3, "drone"),
    ]


def test_one_night_says_when_and_perhaps_is_no_plural() -> None:
    assert found("One night, he says, it will not be camels.") == []
    text = "That exchange is now perhaps a third of what it was."
    assert keys(text) == ["unspecified:share"]


def test_a_night_in_custody_is_counted_and_a_whole_in_millions_is_no_noun() -> None:
    assert keys("He spent one night in custody.") == ["night:count:custody"]
    assert keys("Half of the 1.2 million displaced have returned.")[0] != "million:share"


def test_bracketed_numerals_hijri_dates_and_amounts_in_two_parts() -> None:
    text = (
        "On Sunday, corresponding to 13/4/2025 (15 Shawwal 1446 AH), the governor allocated "
        "(15) billion dinars over (7) villages for a road of (126) km, and compensation of "
        "4 billion and 500 million dinars."
    )
    assert [(value, unit) for _, value, _, unit in found(text)] == [
        (15e9, "IQD"),
        (7, "village"),
        (126, "km"),
        (4.5e9, "IQD"),
    ]


def test_bracketed_ages_ramadan_an_apache_and_a_list_of_amounts() -> None:
    assert found("A child (7) was wounded. Zainab Khalil (17) was among the dead.") == []
    assert [v for _, v, _, _ in found("During Ramadan 40 people were killed.")] == [40]
    assert [v for _, v, _, _ in found("The US deployed 12 AH-64 Apache helicopters.")] == [12]
    text = "They received 3 million, 2 million and 500 thousand dollars respectively."
    assert [v for _, v, _, _ in found(text)] == [3e6, 2e6, 5e5]
