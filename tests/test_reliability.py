"""Damage, concurrency and bad files: the index is checked, rebuilt or kept, never wrong."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from index import BuildCancelled, CorpusError, Engine, IndexBuildError
from index.store import workers
from index.store.lock import Busy, build_lock
from tests.conftest import numbered, two_workers

Writer = Callable[[dict[str, str | bytes]], Path]
ARTICLES = {
    "a.txt": "Walls and fences along the border.\n",
    "b.txt": "Drones overhead near the wall.\n",
}


def _whoosh_files(engine: Engine) -> list[Path]:
    return sorted(engine.index_dir.glob("*.seg"))


@pytest.mark.parametrize("damage", ["truncate", "overwrite", "delete"])
def test_a_damaged_segment_is_noticed_and_rebuilt(
    write_corpus: Writer, tmp_path: Path, damage: str
) -> None:
    folder = write_corpus(ARTICLES)
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    [segment, *_] = _whoosh_files(engine)
    if damage == "truncate":
        segment.write_bytes(segment.read_bytes()[:100])
    elif damage == "overwrite":
        segment.write_bytes(b"\0" * segment.stat().st_size)
    else:
        segment.unlink()
    messages: list[str] = []
    again = Engine.open(folder, cache_root=tmp_path / "cache", warn=messages.append)
    assert any("rebuilding" in m for m in messages)
    assert again.report is not None and again.report.added == 2
    assert {h.doc for h in again.search("wall").hits} == {"a", "b"}


def test_an_index_copied_from_another_corpus_is_not_used(
    write_corpus: Writer, tmp_path: Path
) -> None:
    first = write_corpus(ARTICLES)
    engine = Engine.open(first, cache_root=tmp_path / "cache")
    other = tmp_path / "other"
    other.mkdir()
    (other / "c.txt").write_text("Fences only here.\n", encoding="utf-8")
    target = Engine.open(other, cache_root=tmp_path / "cache").index_dir
    shutil.rmtree(target)
    shutil.copytree(engine.index_dir, target)
    messages: list[str] = []
    reopened = Engine.open(other, cache_root=tmp_path / "cache", warn=messages.append)
    assert any("another folder" in m for m in messages)
    assert [h.doc for h in reopened.search("fences").hits] == ["c"]


def test_a_second_builder_waits_or_uses_the_index_as_it_was(
    write_corpus: Writer, tmp_path: Path
) -> None:
    folder = write_corpus(ARTICLES)
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    (folder / "c.txt").write_text("A new article about the wall.\n", encoding="utf-8")
    messages: list[str] = []
    with build_lock(engine.index_dir.parent):
        stale = Engine.open(folder, cache_root=tmp_path / "cache", warn=messages.append)
    assert stale.report is None and any("using the index as it was" in m for m in messages)
    assert {h.doc for h in stale.search("wall").hits} == {"a", "b"}
    fresh = Engine.open(folder, cache_root=tmp_path / "cache")
    assert {h.doc for h in fresh.search("wall").hits} == {"a", "b", "c"}


def test_with_no_index_and_another_builder_the_open_fails_in_one_line(
    write_corpus: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_corpus(ARTICLES)
    monkeypatch.setattr("index.store.build.WAIT_FOR_BUILD", 0.3)
    cache = tmp_path / "cache"
    lock_folder = Engine.open(folder, cache_root=cache).index_dir.parent
    shutil.rmtree(lock_folder)
    with build_lock(lock_folder), pytest.raises(IndexBuildError, match="another borderlens"):
        Engine.open(folder, cache_root=cache)


def test_the_lock_is_released_when_its_holder_is_killed(tmp_path: Path) -> None:
    code = (
        "import sys, time; from pathlib import Path; from index.store.lock import build_lock\n"
        "with build_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with pytest.raises(Busy, match=f"pid {holder.pid}"), build_lock(tmp_path):
        pass
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with build_lock(tmp_path, wait=5):
        pass


def test_a_killed_build_leaves_no_worker_and_the_next_build_succeeds(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(120):
        (corpus / f"{n:03}.txt").write_text(
            f"Article {n} about the wall and the border fence.\n\n" * 20, encoding="utf-8"
        )
    env = {**os.environ, "BORDERLENS_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "tui", "--corpus", str(corpus), "index"]
    build = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.5)
    children = _children(build.pid)
    build.send_signal(signal.SIGKILL)
    build.wait()
    time.sleep(1.0)
    assert [pid for pid in children if _alive(pid)] == []
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "120 articles" in done.stdout


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            text = (task / "children").read_text()
        except OSError:  # the thread ended between the listing and the read
            continue
        found += [int(child) for child in text.split()]
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


def test_opening_a_vanished_or_changed_article_says_so(
    write_corpus: Writer, tmp_path: Path
) -> None:
    folder = write_corpus(ARTICLES)
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    (folder / "a.txt").write_text("Something else entirely.\n", encoding="utf-8")
    (folder / "b.txt").unlink()
    with pytest.raises(CorpusError, match="changed since it was indexed"):
        engine.document("a")
    with pytest.raises(CorpusError, match="no longer in the corpus folder"):
        engine.document("b")


def test_a_file_name_that_is_not_utf8_is_indexed_and_searchable(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / os.fsdecode(b"bad\xff.txt")).write_text("The wall stands.\n", encoding="utf-8")
    (corpus / "good.txt").write_text("Another wall.\n", encoding="utf-8")
    engine = Engine.open(corpus, cache_root=tmp_path / "cache")
    assert sorted(h.doc for h in engine.search("wall").hits) == ["bad\\xff", "good"]
    assert engine.document("bad\\xff").text == "The wall stands.\n"
    assert Engine.open(corpus, cache_root=tmp_path / "cache").report is None


def test_an_unusable_cache_folder_falls_back_to_a_temporary_index(
    write_corpus: Writer, tmp_path: Path
) -> None:
    folder = write_corpus(ARTICLES)
    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    messages: list[str] = []
    engine = Engine.open(folder, cache_root=blocker, warn=messages.append)
    assert any("cannot use the cache folder" in m for m in messages)
    assert {h.doc for h in engine.search("wall").hits} == {"a", "b"}


def test_a_malformed_aliases_file_is_reported_and_left_aside(
    write_corpus: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "aliases.toml").write_text("[[actor]\nname = ", encoding="utf-8")
    monkeypatch.setenv("BORDERLENS_CONFIG_DIR", str(config))
    folder = write_corpus(ARTICLES)
    messages: list[str] = []
    engine = Engine.open(folder, cache_root=tmp_path / "cache", warn=messages.append)
    assert any("shipped aliases only" in m for m in messages)
    again: list[str] = []
    Engine.open(folder, cache_root=tmp_path / "cache", warn=again.append)
    assert not any("rebuilding" in m for m in again) and engine.search("wall").total == 2


@pytest.mark.parametrize("workers", ["serial", "parallel"])
def test_a_cancelled_build_stops_and_leaves_the_previous_index(
    tmp_path: Path, workers: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("index.store.workers.PARALLEL_MIN", 1 if workers == "parallel" else 10**6)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(40):
        (corpus / f"{n:02}.txt").write_text(f"Article {n} on the wall.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    before = Engine.open(corpus, cache_root=cache)
    for n in range(40):
        (corpus / f"{n:02}.txt").write_text(f"Article {n} on drones.\n", encoding="utf-8")

    def stop(done: int, total: int, what: str) -> None:
        if what == "indexing" and done >= 3:
            raise BuildCancelled

    with pytest.raises(BuildCancelled):
        Engine.open(corpus, cache_root=cache, progress=stop)
    with pytest.raises(BuildCancelled):
        Engine.open(corpus, cache_root=cache, rebuild=True, progress=stop)
    assert not list(before.index_dir.parent.glob("*.building"))
    assert _children(os.getpid()) == [] or all(not _alive(p) for p in _children(os.getpid()))
    kept = Engine.open(corpus, cache_root=tmp_path / "other").search("wall")
    assert kept.total == 0
    assert before.search("wall").total == 40


def test_work_stays_bounded_on_huge_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "huge.txt").write_text("word " * 500_000, encoding="utf-8")
    (corpus / "long.txt").write_text("The wall stands here. " * 2000, encoding="utf-8")
    messages: list[str] = []
    engine = Engine.open(corpus, cache_root=tmp_path / "cache", warn=messages.append)
    assert any(m.startswith("huge.txt: skipped, larger than 2 MB") for m in messages)
    assert engine.doc_ids == ("long",)
    passages = engine.catalog.entry("long").passages
    assert len(passages) > 5 and max(p.end - p.start for p in passages) <= 5000
    assert engine.search("wall").total == sum(p.section == "body" for p in passages)


def _killed_at_three(n: int) -> int:
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return n


def test_a_pool_worker_killed_stops_the_run_instead_of_waiting_for_ever(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a worker killed (out of memory, say) loses its batch; the pool starts another
    # worker and would wait for that batch for ever
    two_workers(monkeypatch)

    def hung(*_: object) -> None:
        raise TimeoutError("still waiting for the killed worker's batch")

    before = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    try:
        with pytest.raises(IndexBuildError, match="worker process died"):
            list(workers._mapped(_killed_at_three, list(range(40)), lambda: None))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)


def test_an_indexing_worker_killed_stops_the_build_at_once_and_keeps_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    two_workers(monkeypatch)
    corpus = numbered(tmp_path / "corpus", 60, lambda n: f"Article {n} on the wall.\n")
    assert Engine.open(corpus, cache_root=tmp_path / "cache").search("wall").total == 60
    numbered(corpus, 60, lambda n: f"Article {n} on drones.\n")
    analyse = workers.analyse

    def killed_at_seven(corpus_dir: Path, summary: object, *rest: object) -> object:
        if getattr(summary, "path", "") == "07.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        return analyse(corpus_dir, summary, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr("index.store.workers.analyse", killed_at_seven)
    with pytest.raises(IndexBuildError, match="worker process died"):
        Engine.open(corpus, cache_root=tmp_path / "cache")
    monkeypatch.setattr("index.store.workers.analyse", analyse)
    after = Engine.open(corpus, cache_root=tmp_path / "cache")  # the index left as it was
    assert after.report is not None and after.report.updated == 60
    assert after.search("drones").total == 60


ISOLATED = {
    "a.txt": 'Qasim al-Araji said: "The wall is finished." The Syriaborder wall runs 160 km.\n',
    "b.txt": 'Falih al-Fayyadh said: "The wall is not finished." The wall runs 360 km.\n',
}


def _fails_on_a(real: Callable[..., object]) -> Callable[..., object]:
    """`real`, except that it raises on article a (as a bug met on unseen text would)."""

    def work(*args: object) -> object:
        if any(isinstance(x, str) and "al-Araji" in x for x in args) or any(
            getattr(x, "id", "") == "a" for x in args
        ):
            raise ValueError("a bug met on 'The wall is finished'")
        return real(*args)

    return work


@pytest.mark.parametrize("parallel", [False, True])
def test_an_article_whose_extraction_fails_is_indexed_without_it_and_named(
    write_corpus: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parallel: bool
) -> None:
    from index.store import article

    if parallel:
        two_workers(monkeypatch)
    folder = write_corpus(ISOLATED)
    monkeypatch.setattr(article, "extract_document", _fails_on_a(article.extract_document))
    with pytest.raises((ValueError, RuntimeError)):  # the tests run strict: a bug fails them
        Engine.open(folder, cache_root=tmp_path / "strict")
    monkeypatch.delenv(article.STRICT)
    messages: list[str] = []
    engine = Engine.open(folder, cache_root=tmp_path / "cache", warn=messages.append)
    assert sorted(h.doc for h in engine.search("finished").hits) == ["a", "b"]
    assert [a.name for a in engine.actors() if a.type == "person"] == ["Falih al-Fayyadh"]
    assert [q.doc for q in engine.quotes()] == ["b"]
    assert {f.doc for f in engine.figures()} == {"b"}
    told = [m for m in engine.warnings if m.startswith("a.txt: extraction failed")]
    assert told == [
        "a.txt: extraction failed (ValueError: a bug in borderlens, please report it); "
        "its actors, quotes and figures are not listed"
    ]
    assert told[0] in messages and "The wall" not in told[0]


def test_an_article_whose_repair_fails_is_indexed_as_written(
    write_corpus: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from index.store import article

    monkeypatch.delenv(article.STRICT)
    folder = write_corpus(ISOLATED)
    repaired = Engine.open(folder, cache_root=tmp_path / "before")
    assert [h.doc for h in repaired.search('"Syria border"').hits] == ["a"]
    real = article.repair_with_dependencies
    monkeypatch.setattr(article, "repair_with_dependencies", _fails_on_a(real))
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    assert not engine.search('"Syria border"').hits
    assert [h.doc for h in engine.search("Syriaborder").hits] == ["a"]
    assert {"Qasim al-Araji", "Falih al-Fayyadh"} <= {a.name for a in engine.actors()}
    assert any(m.startswith("a.txt: repair failed") for m in engine.warnings)


def test_a_name_with_a_backslash_never_reads_like_one_with_a_byte_that_is_not_utf8(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / os.fsdecode(b"bad\xff.txt")).write_text("The wall rose.\n", encoding="utf-8")
    (folder / "bad\\xff.txt").write_text("The wall fell.\n", encoding="utf-8")
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    assert engine.report is not None and engine.report.added == 2
    assert sorted(h.doc for h in engine.search("wall").hits) == ["bad\\\\xff", "bad\\xff"]
