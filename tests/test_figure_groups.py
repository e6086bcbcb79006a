"""Figures compared across sources: stories, and measures read the same way from
sentences that word them differently (issue 11). Every sentence here is written for it."""

from __future__ import annotations

from index.extract.figures import compare_figures, text_figures
from index.extract.figures.stories import (
    Evidence,
    actors_by_doc,
    capitalised,
    figure_stories,
    partition,
)
from index.model import Actor, Figure, Mention, Metadata


def _figure(doc: str, value: float, measure: str = "death:count", context: str = "") -> Figure:
    return Figure(doc, 0, 1, value, None, "people", measure, context)


def _evidence(day: int | None, *names: str) -> Evidence:
    return Evidence(day, frozenset(names))


def test_articles_sharing_a_rare_name_and_close_in_date_are_one_story() -> None:
    stories = partition(
        {
            "a": _evidence(100, "word:velmora", "word:flood"),
            "b": _evidence(103, "word:velmora"),
            "c": _evidence(101, "word:tarsk"),
            "d": _evidence(102, "word:tarsk"),
            "e": _evidence(None, "word:other"),
        }
    )
    assert stories["a"] == stories["b"] != stories["c"] == stories["d"]
    assert stories["e"] not in {stories["a"], stories["c"]}


def test_articles_far_apart_in_date_are_different_stories_whatever_they_share() -> None:
    stories = partition({"a": _evidence(100, "word:velmora"), "b": _evidence(400, "word:velmora")})
    assert stories["a"] != stories["b"]


def test_a_chain_of_reports_does_not_stretch_a_story_over_months() -> None:
    evidence = {f"d{i}": _evidence(100 + 20 * i, "word:velmora") for i in range(6)}
    stories = partition(evidence)
    assert len(set(stories.values())) > 1
    days = {}
    for doc, story in stories.items():
        days.setdefault(story, []).append(evidence[doc].day)
    assert all(max(d) - min(d) <= 30 for d in days.values())


def test_undated_articles_on_one_topic_stay_one_story() -> None:
    stories = partition(
        {
            "a": _evidence(None, "actor:kestrel-brigade", "word:orvan"),
            "b": _evidence(None, "actor:kestrel-brigade", "word:orvan", "word:dallen"),
            "c": _evidence(None, "word:dallen", "actor:kestrel-brigade"),
        }
    )
    assert len(set(stories.values())) == 1


def test_capitalised_words_opening_a_sentence_or_naming_a_month_are_not_names() -> None:
    words = set(capitalised("Officials said floods hit Velmora in March. Rescuers came."))
    assert words == {"word:velmora"}
    assert "word:floods" in set(capitalised("Floods Hit Velmora", title=True))


def test_the_same_measure_in_two_stories_is_two_groups() -> None:
    figures = [
        _figure("a", 40, context="Floods in Velmora killed 40 people."),
        _figure("b", 42, context="The toll in Velmora rose to 42."),
        _figure("c", 7, context="A storm over Tarsk killed 7 people."),
        _figure("d", 9, context="In Tarsk, 9 died."),
    ]
    metas = {
        "a": Metadata(date="2021-03-01"),
        "b": Metadata(date="2021-03-02"),
        "c": Metadata(date="2021-03-01"),
        "d": Metadata(date="2021-03-03"),
    }
    stories = figure_stories(figures, {}, metas)
    groups = compare_figures(figures, "abcd", stories=stories)
    assert [[f.doc for f in g.values] for g in groups] == [["a", "b"], ["c", "d"]]
    assert all(g.disagree for g in groups)


def test_an_actor_and_a_place_both_articles_name_link_them() -> None:
    mentions = (Mention("a", 0, 4), Mention("b", 0, 4))
    actor = Actor("joint-relief-office", "Joint Relief Office", "organisation", mentions=mentions)
    figures = [
        _figure("a", 40, context="The office counted 40 dead in Velmora."),
        _figure("b", 42, context="The office says 42 died in Velmora."),
        _figure("c", 41, context="A storm killed 41 people."),
    ]
    metas = {doc: Metadata(date="2021-03-01") for doc in "abc"}
    stories = figure_stories(figures, actors_by_doc([actor]), metas)
    assert stories["a"] == stories["b"] != stories["c"]


def test_without_stories_the_corpus_is_one_story() -> None:
    figures = [_figure("a", 40), _figure("b", 42)]
    [group] = compare_figures(figures, ["a", "b"])
    assert [f.doc for f in group.values] == ["a", "b"]


def _keys(text: str) -> list[str]:
    return [measure.key for _, measure in text_figures(text)]


def test_bodies_and_corpses_count_deaths_and_burials_stay_apart() -> None:
    assert _keys("Rescuers have recovered 310 bodies from the mud.") == ["death:count"]
    assert _keys("Floods in the valley killed 290 people.") == ["death:count"]
    assert _keys("At least 80 corpses were buried in a field.") == ["death:count:burial"]


def test_the_remains_of_a_group_count_its_dead_however_the_sentence_ends() -> None:
    found = _keys("Divers found the remains of three other smugglers.")
    dead = _keys("Divers found remains of three other smugglers who had drowned.")
    assert found == dead == ["death:count:smuggler:remains"]
    assert _keys("Three smugglers were killed in the chase.") == ["death:count:smuggler"]


def test_a_capture_already_made_is_custody() -> None:
    held = _keys("Police already had arrested four other suspects.")
    assert held == _keys("Four other suspects were already in police custody.")
    assert _keys("Police arrested nine suspects on Monday.") == ["suspect:count:capture"]


def test_a_forecast_or_a_question_is_not_the_count() -> None:
    assert _keys("Officials said the toll had risen to 1,200.") == ["death:count"]
    assert _keys("Officials warned the toll could reach 5,000.") == ["death:count:projected"]
    asked = _keys("Nobody can say how many bodies lie under the rubble: 3,000, 4,000?")
    assert asked == ["death:count:projected", "death:count:projected"]


def test_a_number_with_decimals_before_a_singular_noun_is_a_magnitude() -> None:
    assert _keys("A 6.4 Tremor Off the Coast of Crete") == ["earthquake:magnitude"]


def test_values_an_order_of_magnitude_apart_are_grouped_apart() -> None:
    figures = [_figure("a", 12), _figure("b", 14), _figure("b", 900), _figure("c", 950)]
    groups = compare_figures(figures, "abc")
    assert [[f.value for f in g.values] for g in groups] == [[12, 14], [900, 950]]


def _story_keys(*figures: Figure) -> list[list[str]]:
    groups = compare_figures(list(figures), sorted({f.doc for f in figures}))
    return sorted(sorted(f.measure for f in g.values) for g in groups)


def test_one_set_counted_under_two_descriptions_in_an_article_is_one_measure() -> None:
    groups = _story_keys(
        _figure("a", 3, "sailor:count"),
        _figure("a", 3, "captive:count"),
        _figure("a", 3, "death:count:sailor"),
        _figure("b", 3, "captive:count"),
        _figure("b", 3, "death:count:captive"),
        _figure("c", 3, "captive:count"),
    )
    assert groups == [
        [
            "captive:count",
            "captive:count",
            "captive:count",
            "death:count:captive",
            "death:count:sailor",
            "sailor:count",
        ]
    ]


def test_plain_counts_of_one_size_in_an_article_are_not_one_set_by_themselves() -> None:
    groups = _story_keys(
        _figure("a", 2, "issue:count"),
        _figure("a", 2, "side:count"),
        _figure("a", 2, "brigade:count:kfr"),
        _figure("b", 2, "side:count"),
        _figure("b", 2, "brigade:count:kfr"),
    )
    assert groups == [["brigade:count:kfr", "brigade:count:kfr"], ["side:count", "side:count"]]


def test_different_happenings_of_one_size_are_never_merged() -> None:
    groups = _story_keys(
        _figure("a", 2, "civilian:count"),
        _figure("a", 2, "death:count:civilian"),
        _figure("a", 2, "injury:count:civilian"),
        _figure("b", 2, "death:count:civilian"),
        _figure("b", 2, "injury:count:civilian"),
        _figure("b", 2, "guard:count:custody"),
        _figure("c", 2, "guard:count:custody"),
    )
    assert ["death:count:civilian", "death:count:civilian"] in [
        [k for k in g if k.startswith("death")] for g in groups
    ]
    assert not any({"death", "injury"} <= {k.split(":")[0] for k in g} for g in groups)
    assert ["guard:count:custody", "guard:count:custody"] in groups


def test_a_plain_count_with_two_values_names_no_single_set() -> None:
    groups = _story_keys(
        _figure("a", 5, "crew:count"),
        _figure("b", 6, "crew:count"),
        _figure("a", 5, "death:count:crew"),
        _figure("b", 5, "death:count:crew"),
    )
    assert groups == [["crew:count", "crew:count"], ["death:count:crew", "death:count:crew"]]


def test_a_dotted_abbreviation_modifies_the_noun_it_comes_before() -> None:
    assert _keys("Three U.K. frigates joined the patrol.") == ["frigate:count:uk"]


def test_two_articles_sharing_a_name_in_the_same_month_are_one_story() -> None:
    stories = partition({"a": _evidence(100, "word:velmora"), "b": _evidence(120, "word:velmora")})
    assert stories["a"] == stories["b"]


def test_a_length_compares_across_stories_and_years_a_toll_does_not() -> None:
    figures = [
        Figure("a", 10, 16, 599.0, None, "km", "frontier:length", "The 599 km frontier."),
        Figure("b", 10, 16, 615.0, None, "km", "frontier:length", "The 615 km frontier."),
        Figure("a", 40, 42, 12.0, None, "", "death:count", "The raid killed 12 people."),
        Figure("b", 40, 42, 14.0, None, "", "death:count", "The raid killed 14 people."),
    ]
    stories = {"a": "a", "b": "b"}  # far apart in time, no rare name shared
    groups = compare_figures(figures, ["a", "b"], stories=stories)
    assert [(g.measure, [f.doc for f in g.values]) for g in groups] == [
        ("frontier:length", ["a", "b"])
    ]
    assert groups[0].disagree


def test_disagreement_and_magnitude_runs_equal_their_pairwise_definitions() -> None:
    import random
    from itertools import combinations, pairwise

    from index.extract.figures.compare import MAGNITUDE_GAP, agree, disagrees, magnitude_runs

    rng = random.Random(3)
    for _ in range(300):
        values = [
            Figure(
                rng.choice("abc"),
                n,
                n + 1,
                v,
                rng.choice([None, v * rng.uniform(1, 1.5)]),
                "km",
                "wall:length",
                "",
            )
            for n, v in enumerate(rng.uniform(1, 30) ** rng.choice([1, 2]) for _ in range(6))
        ]
        brute = any(a.doc != b.doc and not agree(a, b) for a, b in combinations(values, 2))
        assert disagrees(values) == brute
        runs = magnitude_runs(values)
        assert sorted(f.start for run in runs for f in run) == list(range(6))
        for before, after in pairwise(runs):
            top = max(f.value_max or f.value for f in before)
            assert min(f.value for f in after) >= top * MAGNITUDE_GAP
