"""The index merges actors from per-article summaries added up across articles; it must
give exactly the actors that merging every mention gives (`merge_actors`), on the
bundled corpus, on the development set and on a synthetic corpus full of namesakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.corpus import load_corpus
from index.extract import extract_document
from index.extract.actors import merge_actors
from index.extract.names.aliases import load_alias_table
from index.store.terms import local_terms
from tests.benchmarks.scale.generate import generate

ROOT = Path(__file__).resolve().parents[1]


def _corpus(name: str, tmp_path: Path) -> Path:
    if name == "bundled":
        return ROOT / "corpus"
    if name == "devset":
        return ROOT / "tests" / "data" / "devset"
    generate(tmp_path / "synthetic", 120, seed=11)
    return tmp_path / "synthetic"


@pytest.mark.parametrize("name", ["bundled", "devset", "synthetic"])
def test_the_merge_of_added_up_shares_is_the_merge_of_every_mention(
    name: str, tmp_path: Path
) -> None:
    """The index merges actors from shares added up across articles
    (`index.store.supers`): its actors and their terms are those of `merge_actors`."""
    from index import Engine
    from index.store.knowledge import read_actors

    aliases = load_alias_table(Path("/nonexistent/aliases.toml"))
    documents = load_corpus(_corpus(name, tmp_path))
    extractions = [extract_document(d, aliases) for d in documents]
    whole = merge_actors(extractions, aliases)
    assert len(whole.actors) > 10
    engine = Engine.open(_corpus(name, tmp_path), cache_root=tmp_path / "cache")
    assert [
        (a.id, a.name, a.type, a.roles, a.aliases, a.mention_total, a.doc_total)
        for a in read_actors(engine.catalog)
    ] == [
        (a.id, a.name, a.type, a.roles, a.aliases, a.mention_total, a.doc_total)
        for a in whole.actors
    ]
    owners = {
        term: whole.actor_of[key]
        for e in extractions
        for key, term in local_terms(e.keyed).items()
        if key in whole.actor_of
    }
    assert dict(engine.catalog.db.execute("SELECT term, actor FROM actor_terms")) == owners


def test_an_unchanged_article_s_quotations_take_the_name_another_article_gives_their_speaker(
    tmp_path: Path,
) -> None:
    from index import Engine

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        'The commander Omar Salim spoke at the crossing.\n\n"We hold the line," Salim said.\n',
        encoding="utf-8",
    )
    (corpus / "c.txt").write_text("Drones flew over the crossing at night.\n", encoding="utf-8")
    engine = Engine.open(corpus, cache_root=tmp_path / "cache")
    [before] = engine.quotes()
    (corpus / "b.txt").write_text(
        "General Omar Khalid Salim visited the crossing on Monday.\n", encoding="utf-8"
    )
    report = engine.refresh()
    assert report is not None and report.added == 1 and report.repaired_again == 0
    [after] = engine.quotes()
    fresh = Engine.open(corpus, cache_root=tmp_path / "fresh").quotes()
    assert (after,) == fresh
    assert before.doc == after.doc == "a" and before.speaker != after.speaker
    assert after.speaker == "Omar Khalid Salim"


@pytest.mark.parametrize("name", [":x.txt", ".txt"])
def test_a_person_key_of_an_odd_file_name_keeps_its_mentions_filed_under_its_actor(
    name: str, tmp_path: Path
) -> None:
    """A file named ":x.txt" gives person keys "P::x:<n>", and one named ".txt" the empty
    id and "P::<n>": neither may pass for the node of a full name (`summary.PERSON_NODE`)."""
    from index import Engine

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "The commander Omar Salim spoke at the crossing on Monday.\n", encoding="utf-8"
    )
    (corpus / name).write_text(
        'Fighting went on near the border.\n\n"We hold the line," Salim said.\n',
        encoding="utf-8",
    )
    engine = Engine.open(corpus, cache_root=tmp_path / "cache")
    salim = engine.actor("omar-salim", with_mentions=True)
    assert salim.doc_total == 2
    assert {m.doc for m in salim.mentions} == {"a", name.removesuffix(".txt")}
