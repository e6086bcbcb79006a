"""Shared fixtures: the bundled corpus, an engine over it, and throwaway corpora."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from index import Engine
from index.paths import CACHE_ENV, STATE_ENV, bundled_corpus
from index.store.article import STRICT

os.environ[STRICT] = "1"  # a bug met on one article fails the test (the app goes on)

CORPUS = bundled_corpus()
DAMAGED = "000_20b81c80feff52ed"


def two_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every pool and analysis with two worker processes, however few the articles."""
    monkeypatch.setattr("index.store.workers.PARALLEL_MIN", 1)
    monkeypatch.setattr("index.store.workers.cores", lambda: 2)


def numbered(folder: Path, count: int, text: Callable[[int], str]) -> Path:
    """Write articles 00.txt, 01.txt, … of `text(n)` into `folder` (made if need be)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{n:02}.txt").write_text(text(n), encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the developer's real cache or the app's remembered state."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.setenv(STATE_ENV, str(tmp_path_factory.mktemp("state")))


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """An engine over the bundled corpus, built once for the session."""
    return Engine.open(CORPUS, cache_root=tmp_path_factory.mktemp("engine-cache"))


@pytest.fixture
def write_corpus(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write a small corpus folder: file name -> text (or raw bytes)."""

    def write(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "corpus"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder

    return write


@pytest.fixture(scope="session")
def cache_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One index cache for the app tests of the whole session, built on first use."""
    return tmp_path_factory.mktemp("blc")


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Freeze the input cursor so screens are deterministic."""
    from textual.widgets import Input

    monkeypatch.setattr(Input, "cursor_blink", False)
    yield
