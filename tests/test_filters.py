"""Alias-aware filters over the bundled corpus: actor:, speaker:, quote:, --actor, --quotes."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from index import Engine
from index.search.query import QueryError
from tests.test_cli import borderlens


def _docs(engine: Engine, query: str, **options: object) -> set[str]:
    return {hit.doc[:3] for hit in engine.search(query, limit=None, **options).hits}  # type: ignore[arg-type]


def _mentions(engine: Engine, query: str) -> set[str]:
    """The surface forms of the actors named in the passages `query` finds."""
    spans = set()
    for hit in engine.search(query, limit=None).hits:
        text = engine.document(hit.doc).text
        for actor in engine.knowledge.actors:
            spans |= {
                text[m.start : m.end]
                for m in actor.mentions
                if m.doc == hit.doc and hit.start <= m.start < hit.end
            }
    return spans


def test_actor_filter_merges_transliterations(engine: Engine) -> None:
    assert _docs(engine, "actor:Bindawi") == _docs(engine, "actor:Bandawi") == {"000", "001"}
    assert {"al-Bandawi", "Al-Bindawi"} <= _mentions(engine, "actor:Bindawi")


def test_actor_filter_understands_the_alias_table(engine: Engine) -> None:
    assert _docs(engine, "actor:Daesh") == _docs(engine, "actor:ISIS")
    assert _docs(engine, 'actor:"Hashd al-Shaabi"') == _docs(engine, "actor:PMF")
    assert _docs(engine, "actor:PMF") >= {"000", "001"}


def test_a_shared_surname_finds_both_people_but_full_names_stay_apart(engine: Engine) -> None:
    both = engine.search("actor:Mamaari", limit=None).total
    ali = engine.search('actor:"Ali al-Mamaari"', limit=None).total
    talib = engine.search('actor:"Talib Abdul Karim al-Mamaari"', limit=None).total
    assert ali >= 1 and talib >= 1 and both == ali + talib


def test_actor_options_combine_with_a_query(engine: Engine) -> None:
    unfiltered = engine.search("border", limit=None).total
    filtered = engine.search("border", actors=["popular-mobilization-forces"], limit=None)
    assert engine.search("border", names=["PMF"], limit=None) == filtered
    assert 0 < filtered.total < unfiltered
    assert all("Popular Mobilization Forces" in hit.actors for hit in filtered.hits)


def test_unknown_actor_option_is_a_query_error(engine: Engine) -> None:
    with pytest.raises(QueryError, match="no actor matches"):
        engine.search("border", names=["Nobody Atall"])
    with pytest.raises(QueryError, match="unknown actor id"):
        engine.search("border", actors=["nobody-atall"])


def test_speaker_and_quote_fields(engine: Engine) -> None:
    assert _docs(engine, "speaker:Khafaji") == {"003"}
    quoted = engine.search("quote:borders", limit=None).hits
    assert quoted
    for hit in quoted:
        quotes = [q for q in engine.knowledge.quotes if q.doc == hit.doc]
        for span in hit.highlights:
            assert any(q.start <= span.start < q.end for q in quotes)


def test_quotes_option_returns_quotations_themselves(engine: Engine) -> None:
    hits = engine.search("neutrality", quotes=True).hits
    assert hits
    starts = {(q.doc, q.start) for q in engine.knowledge.quotes}
    assert all((hit.doc, hit.start) in starts for hit in hits)


def test_cli_extraction_commands_print_stable_json() -> None:
    actors = json.loads(borderlens("actors", "--json").stdout)
    assert {"id", "name", "type", "roles", "aliases", "mentions"} <= set(actors[0])
    [bandawi] = [a for a in actors if "Al-Bindawi" in a["aliases"] or a["name"].endswith("Bindawi")]
    assert any("Bandawi" in n for n in [bandawi["name"], *bandawi["aliases"]])
    quotes = json.loads(borderlens("quotes", "--speaker", "Khafaji", "--json").stdout)
    assert quotes and {"doc", "start", "end", "text", "speaker", "verb"} <= set(quotes[0])
    groups = json.loads(borderlens("figures", "--compare", "--json").stdout)
    border = next(g for g in groups if g["measure"].startswith("border:length"))
    assert sorted(v["value"] for v in border["values"]) == [599, 610, 615]
    assert border["disagree"] is True and {"source", "date", "unit"} <= set(border["values"][0])


def test_an_unknown_word_with_an_actor_filter_finds_nothing(engine: Engine) -> None:
    assert engine.search("xylophonist", names=["PMF"]).total == 0
    assert (
        engine.search("xylophonist OR border", names=["PMF"]).total
        == engine.search("border", names=["PMF"]).total
        > 0
    )


def test_actor_documents_count_the_mentions_per_article(engine: Engine) -> None:
    """The details pane's per-article counts, read by SQL, agree with every mention."""
    for actor in engine.actors()[:10]:
        full = engine.actor(actor.id, with_mentions=True)
        per_doc = Counter(m.doc for m in full.mentions)
        assert engine.actor_documents(actor.id, limit=50) == sorted(
            per_doc.items(), key=lambda item: (-item[1], item[0])
        )
        assert engine.actor(actor.id).mentions == () and actor.mention_count == len(full.mentions)
