"""Incremental updates give exactly the index a fresh build gives, on real articles."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from index import Engine, bundled_corpus
from index.corpus import CorpusError
from index.repair import Vocabulary
from index.store.affected import RUNS_PER_ARTICLE
from index.store.article import Recheck, analyse, read_summary, recheck
from index.store.build import alias_table
from index.store.knowledge import LISTED
from index.store.planning import plan
from tests.benchmarks.scale.generate import apply_edit, generate

QUERIES = ("wall", "border OR drones", '"concrete wall"', "fortif*", "Bindawi~", "actor:PMF")


def _copy_corpus(folder: Path) -> Path:
    shutil.copytree(bundled_corpus(), folder)
    return folder


def _state(engine: Engine) -> dict[str, object]:
    """Everything an analyst can see of an index, with offsets."""
    knowledge = engine.knowledge
    return {
        "docs": engine.doc_ids,
        "repair": {d: engine.catalog.entry(d).inserted for d in engine.doc_ids},
        "hits": {
            query: sorted(
                (h.doc, h.start, h.end, h.highlights) for h in engine.search(query, limit=None).hits
            )
            for query in QUERIES
        },
        "actors": sorted(
            ((a.name, a.type, a.aliases, a.mentions) for a in knowledge.actors), key=repr
        ),
        "quotes": knowledge.quotes,
        "figures": knowledge.figures,
        "groups": engine.compare(),
        "penalties": {d: r[3] for d, r in engine.catalog.repairs(list(engine.doc_ids)).items()},
    }


def _dependencies(engine: Engine) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """What each article's repair read (keys with a value) and weighed (runs)."""
    db = engine.catalog.db
    consulted = set(db.execute("SELECT key, doc FROM consulted"))
    searched = set(
        db.execute(
            "SELECT d.id, s.run FROM searched s JOIN documents d"
            f" ON d.rowid = s.rowid / {RUNS_PER_ARTICLE}"
        )
    )
    return consulted, searched


def _assert_a_rebuild_gives(updated: Engine, corpus: Path, cache: Path) -> None:
    """What `updated` shows is what a fresh build in `cache` shows."""
    fresh = Engine.open(corpus, cache_root=cache)
    assert _state(updated) == _state(fresh)
    # what an article checked run by run read is added to what it read before: the
    # update may record more than a rebuild (never less, or a later update would miss
    # an article to check)
    for kept, least in zip(_dependencies(updated), _dependencies(fresh), strict=True):
        assert kept >= least


def _edit(corpus: Path) -> None:
    first = sorted(corpus.glob("*.txt"))
    changed = first[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nThe wall now runs 420 km.\n")
    first[2].unlink()
    (corpus / "extra_a.txt").write_text(
        "Iraqi forces reinforced the border wall.\n\n"
        "“We will finish the wall,” said Ali Nehmeh al-Bandawi.\n",
        encoding="utf-8",
    )
    copy = corpus / "extra_b.txt"
    copy.write_bytes(first[0].read_bytes())


@pytest.mark.parametrize("workers", ["serial", "parallel"])
def test_an_update_gives_what_a_rebuild_gives(
    tmp_path: Path, workers: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if workers == "serial":
        monkeypatch.setattr("index.store.workers.PARALLEL_MIN", 10_000)
    else:
        monkeypatch.setattr("index.store.workers.PARALLEL_MIN", 1)
    corpus = _copy_corpus(tmp_path / "corpus")
    Engine.open(corpus, cache_root=tmp_path / "cache")
    _edit(corpus)
    updated = Engine.open(corpus, cache_root=tmp_path / "cache")
    assert updated.report is not None
    assert (updated.report.added, updated.report.updated, updated.report.removed) == (2, 1, 1)
    assert updated.report.repaired_again > updated.report.indexed_again  # some were kept
    _assert_a_rebuild_gives(updated, corpus, tmp_path / "other-cache")


def test_an_unchanged_folder_opens_without_work(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path / "corpus")
    Engine.open(corpus, cache_root=tmp_path / "cache")
    again = Engine.open(corpus, cache_root=tmp_path / "cache")
    assert again.report is None and again._documents == {}


def test_an_unchanged_listing_is_told_by_one_digest_and_any_change_is_seen(
    tmp_path: Path,
) -> None:
    corpus = _copy_corpus(tmp_path / "corpus")
    catalog = Engine.open(corpus, cache_root=tmp_path / "cache").catalog
    unchanged = plan(catalog, corpus)
    assert unchanged.nothing and unchanged.found == {}  # no per-article comparison
    article = sorted(corpus.glob("*.txt"))[3]
    stat = article.stat()
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert [path for path, _ in plan(catalog, corpus).changed] == [article.name]
    (corpus / "sub").mkdir()
    (corpus / "sub" / "new.txt").write_text("A new article on the border.\n", encoding="utf-8")
    assert "sub/new.txt" in [path for path, _ in plan(catalog, corpus).changed]


def test_touching_an_article_without_changing_it_reindexes_nothing(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path / "corpus")
    Engine.open(corpus, cache_root=tmp_path / "cache")
    article = sorted(corpus.glob("*.txt"))[0]
    article.write_bytes(article.read_bytes())
    engine = Engine.open(corpus, cache_root=tmp_path / "cache")
    assert engine.report is not None and engine.report.added + engine.report.updated == 0
    assert Engine.open(corpus, cache_root=tmp_path / "cache").report is None


def test_a_copy_of_a_damaged_article_does_not_vouch_for_its_fused_words(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path / "corpus")
    damaged = next(corpus.glob("000_*.txt"))
    once = Engine.open(corpus, cache_root=tmp_path / "once")
    breaks = once.catalog.entry(damaged.stem).inserted
    assert len(breaks) > 150
    shutil.copy(damaged, corpus / "000_copy.txt")
    twice = Engine.open(corpus, cache_root=tmp_path / "twice")
    assert twice.catalog.entry(damaged.stem).inserted == breaks
    assert twice.catalog.entry("000_copy").inserted == breaks


def test_a_running_engine_finds_the_words_of_an_update_made_elsewhere(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path / "corpus")
    running = Engine.open(corpus, cache_root=tmp_path / "cache")
    assert running.search("zqxjadded").total == 0
    (corpus / "new.txt").write_text("The zqxjadded wall rose.\n", encoding="utf-8")
    Engine.open(corpus, cache_root=tmp_path / "cache")
    assert [h.doc for h in running.search("zqxjadded").hits] == ["new"]


def test_a_running_engine_reads_an_index_rebuilt_elsewhere_whole_and_once(
    tmp_path: Path,
) -> None:
    """Another process's `index --rebuild` switches a new folder in; the running engine's
    searcher must not read the old segments beside the new ones (every hit came twice),
    and its next look at the folder reads the new catalog, not the removed one."""
    corpus, cache = _copy_corpus(tmp_path / "corpus"), tmp_path / "cache"
    running = Engine.open(corpus, cache_root=cache)
    walls = running.search("wall").total
    for n in range(2):  # its own updates move the index past the rebuild's generation
        (corpus / f"new{n}.txt").write_text("Drones crossed.\n", encoding="utf-8")
        running.refresh()
    assert running.search("drones").total  # its searcher is open on its own segments
    (corpus / "new2.txt").write_text("Colonel Zqxj Aldana said the wall held.\n", encoding="utf-8")
    elsewhere = Engine.open(corpus, cache_root=cache, rebuild=True)
    assert running.search("wall").total == elsewhere.search("wall").total == walls + 1
    before = running.generation
    assert running.refresh() is None and running.generation != before
    assert "Zqxj Aldana" in {a.name for a in running.actors()}
    assert running.search("wall").total == walls + 1


def test_warming_stops_once_an_update_replaced_its_session(tmp_path: Path) -> None:
    """The app warms the index in a thread; an update made meanwhile replaces the
    session, and the warm-up must not go on filling (and refreshing) the old one."""
    corpus = _copy_corpus(tmp_path / "corpus")
    engine = Engine.open(corpus, cache_root=tmp_path / "cache")
    asked = []

    def stopped() -> bool:
        asked.append(True)
        if len(asked) == 1:  # an update lands before the first word is decoded
            (corpus / "fresh.txt").write_text("The zqxwarm wall.\n", encoding="utf-8")
            assert engine.refresh() is not None
        return False

    assert engine.warm(stopped) == 0  # stopped from that first look on, nothing decoded
    assert asked
    assert [h.doc for h in engine.search("zqxwarm").hits] == ["fresh"]
    assert engine.warm() > 0  # the new session warms


def _actor_tables(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """The catalog's actors (in listing order, with their ids), the index terms they
    own, and the quotations with the actors their speakers were named after."""
    db = engine.catalog.db
    return {
        "actors": list(db.execute(f"SELECT * FROM actors ORDER BY {LISTED}")),
        "terms": sorted(db.execute("SELECT * FROM actor_terms")),
        "speakers": sorted(db.execute("SELECT * FROM speaker_actors")),
        "quotes": sorted(db.execute("SELECT * FROM quotes")),
    }


def test_an_update_merges_actors_as_a_rebuild_does(
    tmp_path: Path,
) -> None:
    """Two rounds of edits on 120 generated articles (61 of whose actors are namesakes):
    changed, added and removed ones, a second person who makes a lone surname ambiguous,
    an organisation named by the tail of another's name; then every actor, id, term and
    speaker as a fresh build has them."""
    from tests.benchmarks.scale.generate import Generator

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    generator = Generator(seed=11)
    for i in range(120):
        generator.write(corpus, i)
    Engine.open(corpus, cache_root=tmp_path / "cache")
    articles = sorted(corpus.glob("*.txt"))
    for n in (3, 40, 77):
        generator.write(corpus, int(articles[n].name[:6]), variant="changed")
    for path in articles[100:103]:
        path.unlink()
        path.with_suffix(".toml").unlink(missing_ok=True)
    for i in range(200, 204):
        generator.write(corpus, i)
    (corpus / "zz_namesake.txt").write_text(
        "Karim al-Bandawi, a tribal leader, met the Parliamentary Security and Defense"
        " Committee of Anbar.\n\n“The border is calm,” Bandawi said.\n",
        encoding="utf-8",
    )
    first = Engine.open(corpus, cache_root=tmp_path / "cache")
    assert first.report is not None and first.report.added == 5
    assert _actor_tables(first) == _actor_tables(Engine.open(corpus, cache_root=tmp_path / "a"))
    (corpus / "zz_namesake.txt").unlink()
    generator.write(corpus, int(articles[5].name[:6]), variant="changed")
    again = Engine.open(corpus, cache_root=tmp_path / "cache")
    assert again.report is not None and (again.report.removed, again.report.updated) == (1, 1)
    assert _actor_tables(again) == _actor_tables(Engine.open(corpus, cache_root=tmp_path / "b"))


@pytest.mark.parametrize("held", [200, 1])
def test_an_update_of_a_generated_corpus_checks_many_repairs_and_gives_a_rebuild(
    tmp_path: Path, held: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # changing and adding articles moves the counts of rare words that many unchanged
    # articles weighed: each is checked again run by run, on the runs holding the words
    # of the moved keys that concern it, and the result is what a rebuild gives; those
    # repaired into other spaces come back analysed from the checks, as many as are
    # held (the others are analysed again after the checks)
    monkeypatch.setattr("index.store.update.REDONE_HELD", held)
    corpus = tmp_path / "corpus"
    generate(corpus, 150, seed=5)
    Engine.open(corpus, cache_root=tmp_path / "cache")
    apply_edit(corpus, "change one", seed=5)
    apply_edit(corpus, "add ten", seed=5)
    updated = Engine.open(corpus, cache_root=tmp_path / "cache")
    assert updated.report is not None and updated.report.added == 10
    assert updated.report.repaired_again > 20 and updated.report.indexed_again > 1
    _assert_a_rebuild_gives(updated, corpus, tmp_path / "other-cache")


def test_a_check_analyses_an_article_only_when_its_whole_repair_moved_a_space(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _copy_corpus(tmp_path / "corpus")
    path = sorted(p.name for p in corpus.glob("*.txt"))[0]  # the damaged article
    summary = read_summary(corpus, path, (0, 0))
    assert summary.words is not None
    vocabulary, aliases = Vocabulary.from_summaries([summary.words]), alias_table(print)
    done = analyse(corpus, summary, vocabulary, aliases)
    assert done is not None and done[0].inserted
    monkeypatch.setattr("index.store.article.unchanged", lambda *_: None)  # repair whole

    def check(kept: tuple[int, ...]) -> Recheck:
        found = recheck(corpus, summary, vocabulary, vocabulary, (), 1.0, summary.words, kept,
                        aliases)  # fmt: skip
        assert found is not None
        return found

    same = check(done[0].inserted)
    assert same.inserted == done[0].inserted and same.analysed is None
    other = check(done[0].inserted[1:])
    assert other.analysed is not None
    assert other.analysed[0] == done[0] and other.analysed[1] == done[1]


def test_a_sidecar_added_edited_or_removed_is_seen_by_the_next_update(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path / "corpus")
    cache = tmp_path / "cache"
    article = sorted(corpus.glob("*.txt"))[3]
    doc_id = article.stem
    before = Engine.open(corpus, cache_root=cache).document(doc_id).meta.source
    sidecar = article.with_suffix(".toml")
    for text, source in (
        ('source = "Iraq News Agency"\n', "Iraq News Agency"),
        ('source = "INA"\n', "INA"),  # shorter, so of another size even within a tick
        (None, before),
    ):
        if text is None:
            sidecar.unlink()
        else:
            sidecar.write_text(text, encoding="utf-8")
        engine = Engine.open(corpus, cache_root=cache)
        assert engine.report is not None and engine.report.updated == 1
        assert engine.document(doc_id).meta.source == source
        found = {h.doc for h in engine.search("source:INA", limit=None).hits}
        assert (doc_id in found) == (source == "INA")


def test_an_edit_that_keeps_size_and_time_is_taken_up_once_a_reader_sees_it(
    tmp_path: Path,
) -> None:
    corpus = _copy_corpus(tmp_path / "corpus")
    cache = tmp_path / "cache"
    article = sorted(corpus.glob("*.txt"))[3]
    Engine.open(corpus, cache_root=cache)
    stat = article.stat()
    text = article.read_text(encoding="utf-8")
    assert "wall" in text
    article.write_text(text.replace("wall", "fort", 1), encoding="utf-8")
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    engine = Engine.open(corpus, cache_root=cache)
    assert engine.report is None  # size and time alone cannot tell
    with pytest.raises(CorpusError, match="changed since it was indexed"):
        engine.document(article.stem)
    again = Engine.open(corpus, cache_root=cache)  # as the message says: update
    assert again.report is not None and again.report.updated == 1
    assert "fort" in again.document(article.stem).text


def test_a_reader_never_waits_to_list_a_changed_article_and_an_update_keeps_later_ones(
    tmp_path: Path,
) -> None:
    import sqlite3
    import time

    from index.store.opening import _stale
    from index.store.planning import plan, stale_ids
    from index.store.update import update

    corpus = _copy_corpus(tmp_path / "corpus")
    engine = Engine.open(corpus, cache_root=tmp_path / "cache")
    article = sorted(corpus.glob("*.txt"))[3]
    stat = article.stat()
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("wall", "fort", 1), encoding="utf-8")
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    other = sqlite3.connect(engine.catalog.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing the catalog
    started = time.monotonic()
    with pytest.raises(CorpusError, match="changed since it was indexed"):
        engine.document(article.stem)
    assert time.monotonic() - started < 1.0  # not SQLite's 5 s wait for the lock
    other.execute("ROLLBACK")
    other.close()
    assert stale_ids(engine.catalog) == set()
    # the update reads the listed article again and unlists it; one listed after the
    # update planned stays listed for the next one
    _stale(engine.catalog, article.stem)
    todo = plan(engine.catalog, corpus)
    assert [path for path, _ in todo.changed] == [article.name]
    _stale(engine.catalog, "someone-else")
    update(engine.ix, engine.catalog, corpus, engine.__dict__["_aliases"], lambda *a: None, todo)
    assert stale_ids(engine.catalog) == {"someone-else"}


def test_no_article_can_weigh_more_runs_than_are_kept() -> None:
    # a run is three letters or more and a separator, weighed as written and at most
    # once more without a clitic: an article of the largest size read keeps them all
    from index.store.article import MAX_ARTICLE_BYTES

    assert RUNS_PER_ARTICLE - 1 >= 2 * (MAX_ARTICLE_BYTES // 4)
