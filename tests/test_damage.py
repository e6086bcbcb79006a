"""A damaged catalog or Whoosh file found while the index is in use, a failed update's
files, and an engine catching up with its folder (issue 10: damage detected, the app
under change, a full disk leaving nothing partial)."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from index import BuildCancelled, Engine

Writer = Callable[[dict[str, str | bytes]], Path]
ARTICLES = {
    "a.txt": 'Walls along the border. "We hold the wall," the commander Omar Salim said.\n',
    "b.txt": "Drones overhead near the wall, 30 km from the border, Omar Salim said.\n",
}
DAMAGE = {
    "quotes.start='abc'": "UPDATE quotes SET start='abc'",
    "figures.value='many'": "UPDATE figures SET value='many', unit=7",
    "documents.passages='x'": "UPDATE documents SET passages='x'",
    "documents.inserted=3": "UPDATE documents SET inserted=3, size='big'",
    "actors.roles='{'": "UPDATE actors SET roles='{', aliases=3",
    "mentions.start=NULL": "UPDATE mentions SET start=NULL",
}


def _answers(engine: Engine) -> tuple[object, ...]:
    return (
        sorted(h.doc for h in engine.search("wall").hits),
        engine.quotes(),
        engine.figures(),
        [(a.id, a.roles, a.aliases) for a in engine.actors(with_mentions=True)],
        engine.document("a").passages,
    )


@pytest.mark.parametrize("statement", DAMAGE.values(), ids=list(DAMAGE))
def test_wrong_typed_catalog_rows_are_found_on_reading_and_the_index_rebuilt(
    write_corpus: Writer, tmp_path: Path, statement: str
) -> None:
    folder = write_corpus(ARTICLES)
    clean = _answers(Engine.open(folder, cache_root=tmp_path / "clean"))
    messages: list[str] = []
    engine = Engine.open(folder, cache_root=tmp_path / "cache", warn=messages.append)
    with sqlite3.connect(engine.index_dir / "catalog.sqlite") as db:
        db.execute(statement)
    assert _answers(engine) == clean
    assert [m for m in messages if "rebuilding" in m] != []


@pytest.mark.parametrize("error", [TypeError, IndexError, ValueError, Exception])
def test_a_bug_on_a_sound_index_is_raised_not_taken_for_damage(
    write_corpus: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: type
) -> None:
    """Errors a bug raises as well as damage (a TypeError…) rebuild the index only when
    a thorough check finds it damaged: a bug must not cost a rebuild at every search."""
    folder = write_corpus(ARTICLES)
    messages: list[str] = []
    engine = Engine.open(folder, cache_root=tmp_path / "cache", warn=messages.append)
    built = (engine.index_dir / "catalog.sqlite").stat().st_ino

    def buggy(*args: object, **kwargs: object) -> None:
        raise error("a bug")

    monkeypatch.setattr("index.search.session.Session.search", buggy)
    with pytest.raises(error, match="a bug"):
        engine.search("wall")
    assert not [m for m in messages if "rebuilding" in m]
    assert (engine.index_dir / "catalog.sqlite").stat().st_ino == built


@pytest.mark.parametrize("where", [0.25, 0.5, 0.75])
def test_overwritten_catalog_pages_never_crash_and_a_verifying_open_rebuilds(
    write_corpus: Writer, tmp_path: Path, where: float
) -> None:
    folder = write_corpus(ARTICLES)
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    clean = _answers(engine)
    engine.catalog.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the file
    engine.catalog.close()
    path = engine.index_dir / "catalog.sqlite"
    data = bytearray(path.read_bytes())
    at = int(len(data) * where) // 4096 * 4096
    data[at : at + 8192] = random.Random(at).randbytes(8192)
    path.write_bytes(bytes(data))
    messages: list[str] = []
    again = Engine.open(folder, cache_root=tmp_path / "cache", warn=messages.append)
    assert _answers(again) == clean  # the damaged pages read (and the index rebuilt) or not
    verified: list[str] = []
    Engine.open(folder, cache_root=tmp_path / "cache", verify=True, warn=verified.append)
    assert messages or any("rebuilding" in m for m in verified)
    assert Engine.open(folder, cache_root=tmp_path / "cache", verify=True).report is None


def _overwrite_a_segment_s_middle(engine: Engine) -> None:
    """Damage the index where the quick check (sizes and ends) cannot see it."""
    segment = max(engine.index_dir.glob("*.seg"), key=lambda p: p.stat().st_size)
    with segment.open("r+b") as handle:
        handle.seek(segment.stat().st_size // 2)
        handle.write(b"\xff" * 64)


def test_a_segment_overwritten_in_its_middle_is_found_by_a_verifying_open(
    write_corpus: Writer, tmp_path: Path
) -> None:
    folder = write_corpus(ARTICLES)
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    _overwrite_a_segment_s_middle(engine)
    quick: list[str] = []
    Engine.open(folder, cache_root=tmp_path / "cache", warn=quick.append)
    assert quick == []
    thorough: list[str] = []
    rebuilt = Engine.open(folder, cache_root=tmp_path / "cache", verify=True, warn=thorough.append)
    assert any("damaged" in m and "rebuilding" in m for m in thorough)
    assert rebuilt.report is not None and rebuilt.report.added == 2
    assert Engine.open(folder, cache_root=tmp_path / "cache", verify=True).report is None


def test_damage_found_while_an_update_works_stops_it_before_it_commits(
    write_corpus: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a verifying open reads the whole index in a thread while it updates: the damage
    # it finds stops the update, which commits nothing, and the index is rebuilt
    folder = write_corpus(ARTICLES)
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    _overwrite_a_segment_s_middle(engine)
    (folder / "c.txt").write_text("A third article on the wall, 12 km long.\n", encoding="utf-8")
    committed: list[str] = []
    import index.store.update as update_module

    def commit(writer: Any, segments: list[Any]) -> None:
        committed.append(Path(writer.storage.folder).name)
        real_commit(writer, segments)

    real_commit = update_module.commit
    monkeypatch.setattr(update_module, "commit", commit)
    thorough: list[str] = []
    rebuilt = Engine.open(folder, cache_root=tmp_path / "cache", verify=True, warn=thorough.append)
    # the update of the live index stopped before it committed; a new one was built aside
    assert committed == [engine.index_dir.name + ".building"]
    assert any("damaged" in m and "rebuilding" in m for m in thorough)
    assert rebuilt.report is not None and rebuilt.report.added == 3
    again = Engine.open(folder, cache_root=tmp_path / "cache", verify=True)
    assert again.report is None and sorted(h.doc for h in again.search("wall").hits) == [
        "a", "b", "c"
    ]  # fmt: skip


def test_a_failed_update_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("index.store.workers.PARALLEL_MIN", 1)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(40):
        (corpus / f"{n:02}.txt").write_text(f"Article {n} on the wall.\n", encoding="utf-8")
    engine = Engine.open(corpus, cache_root=tmp_path / "cache")
    before = sorted(
        p.name for p in engine.index_dir.iterdir() if not p.name.endswith(("-wal", "-shm"))
    )
    for n in range(40, 80):
        (corpus / f"{n:02}.txt").write_text(f"Article {n} on drones.\n", encoding="utf-8")

    def full_disk(done: int, total: int, what: str) -> None:
        if what == "merging actors":  # the workers have written their segments by now
            raise BuildCancelled

    with pytest.raises(BuildCancelled):
        Engine.open(corpus, cache_root=tmp_path / "cache", progress=full_disk)
    after = sorted(
        p.name for p in engine.index_dir.iterdir() if not p.name.endswith(("-wal", "-shm"))
    )
    assert after == before
    assert engine.search("drones").total == 0 and engine.search("wall").total == 40


def test_refresh_catches_up_with_articles_added_changed_and_removed(
    write_corpus: Writer, tmp_path: Path
) -> None:
    folder = write_corpus(ARTICLES)
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    assert engine.refresh() is None
    assert engine.search("quagga").total == 0 and len(engine.doc_ids) == 2
    (folder / "c.txt").write_text("A quagga crossed the wall.\n", encoding="utf-8")
    report = engine.refresh()
    assert report is not None and (report.added, report.removed) == (1, 0)
    assert [h.doc for h in engine.search("quagga").hits] == ["c"]
    assert engine.doc_ids == ("a", "b", "c") and "c" in engine.metas
    (folder / "a.txt").unlink()
    report = engine.refresh()
    assert report is not None and report.removed == 1
    assert sorted(h.doc for h in engine.search("wall").hits) == ["b", "c"]
    assert engine.doc_ids == ("b", "c")
    assert engine.refresh() is None


def test_refresh_sees_another_process_update(write_corpus: Writer, tmp_path: Path) -> None:
    folder = write_corpus(ARTICLES)
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    assert len(engine.doc_ids) == 2
    (folder / "c.txt").write_text("A quagga crossed the wall.\n", encoding="utf-8")
    Engine.open(folder, cache_root=tmp_path / "cache")  # another "process" updates it
    assert engine.refresh() is None
    assert engine.doc_ids == ("a", "b", "c")
    assert [h.doc for h in engine.search("quagga").hits] == ["c"]


def test_no_thorough_check_thread_runs_while_an_update_forks_its_workers(
    write_corpus: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a lock held by a thread at a fork stays held in the child: the verifying open
    # starts its check only once the update forks no more workers
    import os
    import threading

    from index.store.integrity import Deep

    monkeypatch.setattr("index.store.workers.PARALLEL_MIN", 1)
    folder = write_corpus(ARTICLES)
    Engine.open(folder, cache_root=tmp_path / "cache")
    for n in range(4):
        (folder / f"new{n}.txt").write_text(f"Wall number {n}, 3 km long.\n", encoding="utf-8")
    alive_at_fork: list[set[str]] = []
    real_fork = os.fork

    def fork() -> int:
        alive_at_fork.append({t.name for t in threading.enumerate()})
        return real_fork()

    monkeypatch.setattr(os, "fork", fork)
    engine = Engine.open(folder, cache_root=tmp_path / "cache", verify=True)
    assert engine.report is not None and engine.report.added == 4
    assert alive_at_fork and not any(Deep.THREAD in names for names in alive_at_fork)


def test_a_verifying_open_that_finds_damage_while_another_process_builds_waits_for_it(
    write_corpus: Writer, tmp_path: Path
) -> None:
    import threading

    from index.store.lock import build_lock

    folder = write_corpus(ARTICLES)
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    _overwrite_a_segment_s_middle(engine)
    (folder / "c.txt").write_text("A third article on the wall.\n", encoding="utf-8")
    held, release = threading.Event(), threading.Event()

    def other_builder() -> None:
        with build_lock(engine.index_dir.parent):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=other_builder)
    holder.start()
    held.wait(10)
    threading.Timer(1.0, release.set).start()
    said: list[str] = []
    rebuilt = Engine.open(folder, cache_root=tmp_path / "cache", verify=True, warn=said.append)
    holder.join()
    assert any("damaged" in m for m in said) and any("waiting for it" in m for m in said)
    assert rebuilt.report is not None and rebuilt.report.added == 3
