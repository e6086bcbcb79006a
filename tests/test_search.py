"""Search over the bundled corpus: what is found, and which characters are highlighted."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest

from index import Engine
from index.model import Hit
from index.search.query import QueryError
from tests.conftest import DAMAGED, numbered, two_workers


def _highlighted(engine: Engine, hit: Hit) -> list[str]:
    text = engine.document(hit.doc).text
    return [text[s.start : s.end] for s in hit.highlights]


def _all_highlighted(engine: Engine, query: str) -> set[str]:
    return {w for hit in engine.search(query).hits for w in _highlighted(engine, hit)}


def test_plunges_highlights_exactly_the_fused_part(engine: Engine) -> None:
    [hit] = engine.search("plunges").hits
    text = engine.document(DAMAGED).text
    [span] = hit.highlights
    assert text[span.start : span.end] == "plunges"
    assert text[span.start - 5 : span.end] == "Syriaplunges"


def test_a_word_repair_split_is_found_as_written_too(engine: Engine) -> None:
    """Had repair split a word in error, its words alone would find it; the word as
    written finds the same characters whole, and the phrase of its parts still holds."""
    [hit] = engine.search("Syriaplunges").hits
    [span] = hit.highlights
    assert engine.document(DAMAGED).text[span.start : span.end] == "Syriaplunges"
    assert len(engine.search('"Syria plunges deeper"').hits) == 1
    assert engine.search("plunges").total == 1


def test_curly_and_straight_apostrophes_are_one(engine: Engine) -> None:
    words = _all_highlighted(engine, "Iraq's")
    assert {"Iraq’s", "Iraq's"} <= words


def test_hyphenated_names_are_found_by_any_part(engine: Engine) -> None:
    words = _all_highlighted(engine, "Qaim")
    assert words == {"Qaim"}
    contexts = {
        engine.document(h.doc).text[s.start - 3 : s.end + 8]
        for h in engine.search("Qaim").hits
        for s in h.highlights
    }
    assert any(c.startswith("al-Qaim") for c in contexts)
    assert any(c.startswith("Al-Qaim") for c in contexts)
    assert any("Qaim-Bukamal" in c or c[3:].startswith("Qaim-Bu") for c in contexts)


def test_phrase_spans_a_repaired_boundary(engine: Engine) -> None:
    hits = engine.search('"intelligence officer"').hits
    assert any(hit.doc == DAMAGED and "Iraqiintelligence officer" in hit.text for hit in hits)


def test_fuzzy_finds_both_transliterations(engine: Engine) -> None:
    words = _all_highlighted(engine, "Bindawi~")
    assert {"Bindawi", "Bandawi"} <= words


def test_stemming_finds_other_forms(engine: Engine) -> None:
    assert "Fortifying" in _all_highlighted(engine, "fortify")


def test_prefix_runs_on_unstemmed_words(engine: Engine) -> None:
    words = {w.lower() for w in _all_highlighted(engine, "fortif*")}
    assert {"fortify", "fortifying", "fortifications"} <= words


def test_words_are_anded_by_default_and_or_widens(engine: Engine) -> None:
    both = engine.search("wall drones").total
    either = engine.search("wall OR drones").total
    assert 0 < both < either
    assert engine.search("wall NOT concrete").total < engine.search("wall").total


def test_comments_are_left_out_unless_asked_for(engine: Engine) -> None:
    assert all(h.section in {"body", "title"} for h in engine.search("isis").hits)
    hits = engine.search("section:comments caliphate").hits
    assert hits and all(h.section == "comments" for h in hits)


def test_field_filters(engine: Engine) -> None:
    assert {h.doc for h in engine.search("source:shafaq wall").hits} <= {
        DAMAGED,
        "001_45ac109033e947cf",
    }
    assert {h.doc for h in engine.search(f"doc:{DAMAGED} wall").hits} == {DAMAGED}
    assert {h.date for h in engine.search("date:[2025-01-01 TO 2025-12-31] border").hits} == {
        "2025-03-11"
    }


def test_every_highlight_is_a_word_of_the_original_inside_its_passage(engine: Engine) -> None:
    for query in ("border", "security", "ISIS", "wall", "Syria"):
        for hit in engine.search(query, limit=None).hits:
            text = engine.document(hit.doc).text
            assert text[hit.start : hit.end] == hit.text
            for span in hit.highlights:
                assert hit.start <= span.start < span.end <= hit.end
                assert text[span.start : span.end].strip() == text[span.start : span.end]


def test_malformed_query_raises(engine: Engine) -> None:
    with pytest.raises(QueryError):
        engine.search("AND (")


def test_no_match_is_an_empty_result(engine: Engine) -> None:
    assert engine.search("xylophonist").hits == ()


def test_hits_in_one_article_cover_all_its_passages_in_order(engine: Engine) -> None:
    spans = engine.hits_in(DAMAGED, "border")
    text = engine.document(DAMAGED).text
    assert len(spans) > 10 and list(spans) == sorted(spans)
    assert all(text[s.start : s.end].lower().startswith("border") for s in spans)
    assert {h.doc for h in engine.search("border", doc=DAMAGED, limit=None).hits} == {DAMAGED}


@pytest.mark.parametrize(
    "phrase",
    ['"the border"', '"security forces"', '"along the border"', 'quote:"the border"',
     '"Syria plunges"', '"of the"', '"wall concrete"', 'source:"Shafaq News"',
     'title:"the border"', 'source:"news shafaq"'],
)  # fmt: skip
def test_phrases_from_positions_match_exactly_what_whoosh_matches(
    engine: Engine, phrase: str
) -> None:
    """A phrase answered from its words' positions (`search.phrases`) admits exactly the
    records Whoosh's own phrase matcher admits."""
    from index.search import parse
    from index.search.fast import match_set
    from index.search.hits import scope

    searcher = engine._session.searcher()
    query = parse(phrase)
    universe = scope(searcher, quotes=False, hidden=False)
    mine = match_set(query, searcher.reader(), universe)
    whooshs = {d for d in searcher.docs_for_query(query) if d in universe}
    assert mine == whooshs


def _phrase_results(engine: Engine, phrases: list[str]) -> list[list[tuple[str, int]]]:
    return [[(h.doc, h.start) for h in engine.search(p, limit=None).hits] for p in phrases]


def test_phrases_read_from_kept_positions_match_phrases_read_afresh(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    phrases = [
        '"the border"',
        '"border security"',
        '"the border"',
        '"border with syria"',
        '"security forces"',
    ]
    kept = _phrase_results(engine, phrases)
    monkeypatch.setattr("index.search.phrases.KEPT", 0)  # nothing kept: decoded each time
    afresh = _phrase_results(engine, phrases)
    assert kept == afresh
    assert all(kept) and kept[0] == kept[2]
    assert len(kept[0]) > len(kept[1])  # "border security" is rarer than "the border"


_RANKED = ["border", "border security", "wall OR fence", "border NOT wall", "iraq syria",
           "pmf* OR hashd", '"the border" security', "kurdish OR turkey OR iran"]  # fmt: skip
"""Each matches more than three passages of the bundled corpus (5 to 52)."""


def _ranked(engine: Engine, queries: list[str]) -> list[list[tuple[str, int, float]]]:
    return [[(h.doc, h.start, h.score) for h in engine.search(x, limit=3).hits] for x in queries]


def test_preselection_by_score_groups_matches_scoring_record_by_record(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The few records ranked exactly are preselected from words' frequency groups with
    set operations (`rank._grouped`); the same records, ties and order, as scoring every
    matched record one by one (`rank._rough`). Three candidates, so it must choose."""
    monkeypatch.setattr("index.search.rank.CANDIDATES", 3)
    grouped = _ranked(engine, _RANKED)
    monkeypatch.setattr("index.search.rank.GROUPS", -1)  # every query scored record by record
    one_by_one = _ranked(engine, _RANKED)
    assert grouped == one_by_one
    assert all(grouped)


def test_words_kept_by_frequency_and_read_afresh_give_the_same_hits(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = _ranked(engine, _RANKED * 2)
    assert kept[: len(_RANKED)] == kept[len(_RANKED) :]
    monkeypatch.setattr("index.search.postings.LEVELS_KEPT", 0)
    assert _ranked(engine, _RANKED) == kept[: len(_RANKED)]


def test_warming_decodes_common_words_ahead_and_changes_no_hit(engine: Engine) -> None:
    reader = engine._session.searcher().reader()
    before = [(h.doc, h.start, h.score, h.highlights) for h in engine.search("border wall").hits]
    assert engine.warm(lambda: True) == 0  # stopped at once: nothing decoded
    for kept_here in ("_levels", "_levels_kept"):  # as a reader just opened
        reader.__dict__.pop(kept_here, None)
    kept = engine.warm()
    assert kept > 0
    levels = engine._session.searcher().reader().__dict__["_levels"]
    assert ("text", "border") in levels and ("text", "the") not in levels  # a stop word
    top = engine.actors()[0]  # the first actor listed: its filter is decoded too
    blocks = engine._session.searcher().reader().__dict__["_blocks"]
    terms = engine.catalog.db.execute("SELECT term FROM actor_terms WHERE actor=?", (top.id,))
    assert all(("actor", term) in blocks for (term,) in terms)
    assert engine._session.searcher().reader() is reader
    after = [(h.doc, h.start, h.score, h.highlights) for h in engine.search("border wall").hits]
    assert after == before


@pytest.mark.parametrize("query", ["wall", '"concrete wall"', "wall OR drone", "wal*"])
def test_an_empty_folder_answers_every_query_with_nothing(tmp_path: Path, query: str) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "empty.txt").write_text("", encoding="utf-8")
    engine = Engine.open(tmp_path / "corpus", cache_root=tmp_path / "cache")
    assert engine.search(query).hits == ()


def test_a_searcher_of_an_empty_index_sees_the_first_article_added(tmp_path: Path) -> None:
    # Whoosh cannot refresh the searcher of an empty index: the app's first search after
    # its watcher updated an empty folder failed silently
    (tmp_path / "corpus").mkdir()
    engine = Engine.open(tmp_path / "corpus", cache_root=tmp_path / "cache")
    assert engine.search("wall").hits == ()
    (tmp_path / "corpus" / "a.txt").write_text("The wall.\n", encoding="utf-8")
    Engine.open(tmp_path / "corpus", cache_root=tmp_path / "cache")  # another process
    assert [h.doc for h in engine.search("wall").hits] == ["a"]


def test_hits_of_equal_score_come_in_corpus_order_whatever_order_the_workers_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # two workers write batches of 16 articles into their own segments: record numbers
    # follow the order they finished in, not the folder's
    two_workers(monkeypatch)
    text = "Report {}\n\nA wall along the border.\n\nDrones over the “wall” at night.\n"
    corpus = numbered(tmp_path / "corpus", 40, text.format)
    engine = Engine.open(corpus, cache_root=tmp_path / "cache")
    for query in ("wall", '"the border"', "drones"):
        for limit in (None, 7):
            hits = engine.search(query, limit=limit).hits
            assert len(hits) == (limit or (80 if query == "wall" else 40))
            for a, b in pairwise(hits):
                if a.score == b.score:
                    assert (a.doc, a.start) < (b.doc, b.start), query


def test_a_search_by_actor_alone_highlights_the_actors_mentions(engine: Engine) -> None:
    # the reader steps through a hit's highlights: found by an actor, they are its names
    pmf = engine.search("actor:PMF", limit=None).hits
    assert pmf and all(h.highlights for h in pmf)
    marked = {h.text[s.start - h.start : s.end - h.start] for h in pmf for s in h.highlights}
    assert "PMF" in marked and "Popular Mobilization Forces" in marked
    (actor,) = [a for a in engine.actors_matching("PMF") if a.name == "Popular Mobilization Forces"]
    assert marked <= {actor.name, *actor.aliases}
    (bandawi,) = [a for a in engine.actors() if "Bandawi" in a.name]
    filtered = engine.search("", actors=[bandawi.id], limit=None).hits
    assert filtered and all(h.highlights for h in filtered)
    words = engine.search("wall", actors=[bandawi.id], limit=None).hits  # words stay the hits
    assert all(h.text[s.start - h.start : s.end - h.start].lower().startswith("wall")
               for h in words for s in h.highlights)  # fmt: skip


def _marked_runs(engine: Engine, hit: Hit) -> list[str]:
    """The hit's marks, those apart only by white space (or not apart) taken as one."""
    text, runs = engine.document(hit.doc).text, []
    for span in hit.highlights:
        if runs and not text[runs[-1][1] : span.start].strip():
            runs[-1][1] = span.end
        else:
            runs.append([span.start, span.end])
    return [text[a:b] for a, b in runs]


def test_a_phrase_marks_its_words_only_where_they_stand_as_the_phrase(engine: Engine) -> None:
    for phrase in ("concrete wall", "security forces", "Syria plunges"):
        # each word as the stemmer may have met it ("forces", "force"), in a row
        whole = re.compile(r"\s*".join(rf"{w[:5]}\w*" for w in phrase.split()), re.IGNORECASE)
        hits = engine.search(f'"{phrase}"', limit=None).hits
        runs = [run for hit in hits for run in _marked_runs(engine, hit)]
        assert hits and runs and all(whole.fullmatch(run) for run in runs), runs
    # named outside a phrase too, a word is marked wherever it stands
    assert "Syria" in _all_highlighted(engine, '"Syria plunges" OR Syria')


def test_decomposed_accents_and_transliteration_marks_fold_like_the_rest(
    tmp_path: Path,
) -> None:
    text = "The re\u0301sume\u0301 of the cafe\u0301 raid near al-Qa\u0304\u02beim, "
    text += "said \u02bfAli.\n"
    folder = numbered(tmp_path / "corpus", 1, lambda n: text)
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    for query, word in [
        ("resume", "re\u0301sume\u0301"),
        ("cafe", "cafe\u0301"),
        ("Qaim", "Qa\u0304\u02beim"),
        ("Ali", "\u02bfAli"),
    ]:
        [hit] = engine.search(query).hits
        assert _highlighted(engine, hit) == [word], query


def test_a_long_article_does_not_fill_the_list_before_the_others(tmp_path: Path) -> None:
    """A report that matches in 60 paragraphs lists its 10 best, then the other
    articles' hits, then its own again; asking for more keeps the first ones in place."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    report = "\n\n".join(f"Part {i}: the minister spoke, and the minister left." for i in range(60))
    (folder / "report.txt").write_text(report, encoding="utf-8")
    for k in range(8):
        (folder / f"a{k}.txt").write_text(f"Note {k}. A minister came.\n", encoding="utf-8")
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    docs = [h.doc for h in engine.search("minister", limit=25).hits]
    assert docs[:10] == ["report"] * 10
    assert sorted(docs[10:18]) == [f"a{k}" for k in range(8)]
    assert docs[18:] == ["report"] * 7
    longer = engine.search("minister", limit=40).hits
    assert [h.doc for h in longer[:25]] == docs
    assert engine.search("minister", limit=25).total == 68
