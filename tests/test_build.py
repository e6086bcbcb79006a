"""The index: cache location, incremental updates, damage recovery."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from index import Engine
from index.paths import index_dir

Writer = Callable[[dict[str, str | bytes]], Path]


def test_index_lives_under_the_cache_root_keyed_by_folder_and_version(tmp_path: Path) -> None:
    a = index_dir(tmp_path / "a", 1, tmp_path / "cache")
    assert a.parent.parent == tmp_path / "cache" and a.name == "v1"
    assert a != index_dir(tmp_path / "b", 1, tmp_path / "cache")
    assert a.parent == index_dir(tmp_path / "a", 2, tmp_path / "cache").parent


def test_only_changed_documents_are_reindexed(write_corpus: Writer, tmp_path: Path) -> None:
    folder = write_corpus({"a.txt": "Walls and fences.\n", "b.txt": "Drones overhead.\n"})
    cache = tmp_path / "cache"
    first = Engine.open(folder, cache_root=cache)
    assert first.report is not None and first.report.added == 2
    assert Engine.open(folder, cache_root=cache).report is None
    (folder / "b.txt").write_text("Drones and walls overhead.\n", encoding="utf-8")
    (folder / "c.txt").write_text("A third article about walls.\n", encoding="utf-8")
    (folder / "a.txt").unlink()
    engine = Engine.open(folder, cache_root=cache)
    assert engine.report is not None
    assert (engine.report.added, engine.report.updated, engine.report.removed) == (1, 1, 1)
    assert sorted(h.doc for h in engine.search("walls").hits) == ["b", "c"]


def test_a_damaged_index_is_rebuilt_with_a_message(write_corpus: Writer, tmp_path: Path) -> None:
    folder = write_corpus({"a.txt": "Walls and fences.\n"})
    cache = tmp_path / "cache"
    engine = Engine.open(folder, cache_root=cache)
    for path in engine.index_dir.glob("*.seg"):
        path.write_bytes(b"garbage")
    for path in engine.index_dir.glob("_MAIN_*.toc"):
        path.write_bytes(b"garbage")
    (folder / "a.txt").write_text("Walls and fences again.\n", encoding="utf-8")
    messages: list[str] = []
    rebuilt = Engine.open(folder, cache_root=cache, warn=messages.append)
    assert any("rebuilding" in m for m in messages)
    assert [h.doc for h in rebuilt.search("fences").hits] == ["a"]


def test_opening_a_ready_index_reads_no_article(write_corpus: Writer, tmp_path: Path) -> None:
    folder = write_corpus({"a.txt": "Walls and fences.\n"})
    Engine.open(folder, cache_root=tmp_path / "cache")
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    assert engine.report is None and engine._documents == {}
    assert engine.search("walls").hits[0].text == "Walls and fences."


def test_loading_warnings_are_kept_and_told_when_the_folder_is_read_or_verified(
    write_corpus: Writer, tmp_path: Path
) -> None:
    folder = write_corpus({"bad.txt": b"caf\xe9 wall\n", "ok.txt": "Walls.\n"})
    first: list[str] = []
    built = Engine.open(folder, cache_root=tmp_path / "cache", warn=first.append)
    assert any(m.startswith("bad.txt") for m in first)
    again: list[str] = []
    engine = Engine.open(folder, cache_root=tmp_path / "cache", warn=again.append)
    assert engine.report is None and again == []  # a query's opening says nothing
    assert engine.warnings == built.warnings  # the app's `w` lists them all the same
    verified: list[str] = []
    Engine.open(folder, cache_root=tmp_path / "cache", verify=True, warn=verified.append)
    assert verified == first  # as `borderlens index` tells them


def test_a_new_schema_version_removes_the_older_indexes(
    write_corpus: Writer, tmp_path: Path
) -> None:
    folder = write_corpus({"a.txt": "Walls.\n"})
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    stale = engine.index_dir.parent / "v0"
    stale.mkdir()
    (stale / "junk").write_text("old", encoding="utf-8")
    Engine.open(folder, cache_root=tmp_path / "cache", rebuild=True)
    assert not stale.exists() and engine.index_dir.is_dir()


def test_a_file_skipped_as_binary_is_not_counted_as_an_unchanged_article(
    write_corpus: Writer, tmp_path: Path
) -> None:
    folder = write_corpus({"a.txt": "The wall.\n", "b.txt": "The border.\n", "c.txt": bytes(64)})
    first = Engine.open(folder, cache_root=tmp_path / "cache").report
    assert first is not None and (first.added, first.unchanged) == (2, 0)
    (folder / "a.txt").write_text("The wall, longer.\n", encoding="utf-8")
    report = Engine.open(folder, cache_root=tmp_path / "cache").report
    assert report is not None
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 1, 0, 1)
    os.utime(folder / "b.txt")  # a new time, the same text: only stamped again
    report = Engine.open(folder, cache_root=tmp_path / "cache").report
    assert report is not None
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 0, 0, 2)


def test_the_size_limit_reads_the_article_alone_not_its_sidecar(
    write_corpus: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("index.store.article.MAX_ARTICLE_BYTES", 200)
    text = "The wall runs along the border. " * 5  # 160 bytes
    folder = write_corpus(
        {"a.txt": text, "a.toml": 'source = "' + "x" * 60 + '"\n', "big.txt": text * 2}
    )
    said: list[str] = []
    engine = Engine.open(folder, cache_root=tmp_path / "cache", warn=said.append)
    assert engine.doc_ids == ("a",)
    assert [m for m in said if "larger than" in m] == [
        "big.txt: skipped, larger than 0 MB (320 bytes)"
    ]
