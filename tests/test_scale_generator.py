"""The scale corpus generator: deterministic, sized, growing, and its edits do what they say."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks.scale.generate import apply_edit, generate, vocabulary


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of `folder` by name, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated corpus of 20 articles, seed 7."""
    folder = tmp_path_factory.mktemp("scale") / "corpus"
    generate(folder, 20, seed=7)
    return folder


def test_same_seed_same_bytes(small: Path, tmp_path: Path) -> None:
    generate(tmp_path / "again", 20, seed=7)
    assert snapshot(tmp_path / "again") == snapshot(small)


def test_another_seed_other_articles(small: Path, tmp_path: Path) -> None:
    generate(tmp_path / "other", 20, seed=8)
    assert snapshot(tmp_path / "other") != snapshot(small)


def test_yields_n_articles_of_realistic_size(small: Path) -> None:
    articles = list(small.glob("*.txt"))
    assert len(articles) == 20
    assert 1500 < sum(p.stat().st_size for p in articles) / 20 < 4000
    assert all(p.with_suffix(".txt").is_file() for p in small.glob("*.toml"))


def test_articles_carry_a_header_or_a_sidecar(small: Path) -> None:
    for article in small.glob("*.txt"):
        first = article.read_text(encoding="utf-8").splitlines()[0]
        has_sidecar = article.with_suffix(".toml").is_file()
        assert first.startswith(" date 202") != has_sidecar, article.name


def test_vocabulary_grows_with_the_corpus(small: Path, tmp_path: Path) -> None:
    generate(tmp_path / "bigger", 40, seed=7)
    assert len(vocabulary(tmp_path / "bigger")) > len(vocabulary(small)) * 1.3


def test_edits_change_add_and_remove(small: Path, tmp_path: Path) -> None:
    folder = tmp_path / "edited"
    generate(folder, 20, seed=7)
    before = snapshot(folder)

    changed = apply_edit(folder, "change one", seed=7).changed
    assert [p.name for p in changed] == [n for n, b in snapshot(folder).items() if before[n] != b]
    assert set(snapshot(folder)) == set(before)

    added = apply_edit(folder, "add ten", seed=7).added
    assert len(added) == 10 and not {p.name for p in added} & set(before)
    assert len(list(folder.glob("*.txt"))) == 30

    removed = apply_edit(folder, "remove one", seed=7).removed
    assert len(removed) == 1 and not removed[0].exists()
    assert len(list(folder.glob("*.txt"))) == 29


def test_unknown_edit_is_refused(small: Path) -> None:
    with pytest.raises(ValueError, match="unknown edit"):
        apply_edit(small, "rename all")
