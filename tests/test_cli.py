"""The command line: exit codes, one-line errors, JSON fields, any corpus folder."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CORPUS

Writer = Callable[[dict[str, str | bytes]], Path]


def borderlens(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_search_json_has_the_stable_fields() -> None:
    result = borderlens("search", "wall", "--json", "--limit", "3")
    assert result.returncode == 0
    hits = json.loads(result.stdout)
    assert len(hits) == 3
    expected = {"doc", "passage", "score", "source", "date", "title", "text", "highlights"}
    assert expected <= set(hits[0])
    for hit in hits:
        text = (CORPUS / f"{hit['doc']}.txt").read_text(encoding="utf-8")
        for start, end in hit["highlights"]:
            assert text[start:end].lower().startswith("wall")


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("search", "AND ("), 2),
        (("search", "xylophonist"), 1),
        (("search", "wall", "--limit", "0"), 2),
        (("search", "wall", "--actor", "Nobody Atall"), 2),
        (("frobnicate",), 2),
        (("search", "wall", "--corpus", "/nonexistent/folder"), 2),
        (("repair", "/nonexistent/file.txt"), 2),
    ],
)
def test_errors_exit_2_with_one_line_and_no_traceback(args: tuple[str, ...], code: int) -> None:
    result = borderlens(*args)
    assert result.returncode == code
    assert "Traceback" not in result.stderr
    if code == 2:
        assert len(result.stderr.strip().splitlines()) == 1


def test_any_folder_of_articles_works(write_corpus: Writer) -> None:
    folder = write_corpus(
        {
            "a.txt": "The wall along the border was extended.\n",
            "nested/b.txt": "Nothing to see.\n",
        }
    )
    result = borderlens("search", "wall", "--corpus", str(folder), "--json")
    assert result.returncode == 0
    assert [h["doc"] for h in json.loads(result.stdout)] == ["a"]


def test_index_reports_counts(write_corpus: Writer) -> None:
    folder = write_corpus({"a.txt": "First article.\n"})
    first = json.loads(borderlens("index", "--corpus", str(folder), "--json").stdout)
    assert first["added"] == 1
    (folder / "b.txt").write_text("Second article.\n", encoding="utf-8")
    second = json.loads(borderlens("index", "--corpus", str(folder), "--json").stdout)
    assert (second["added"], second["unchanged"], second["documents"]) == (1, 1, 2)


def test_loading_warnings_are_said_when_the_folder_is_read_not_on_every_query(
    write_corpus: Writer,
) -> None:
    folder = str(write_corpus({"a.txt": b"caf\xe9 by the wall\n", "b.txt": "The wall.\n"}))
    said = "a.txt: not UTF-8"
    assert said in borderlens("search", "wall", "--corpus", folder).stderr  # built
    assert said not in borderlens("search", "wall", "--corpus", folder).stderr
    assert said in borderlens("index", "--corpus", folder).stderr  # asked for


def test_repair_json_lists_original_offsets(write_corpus: Writer) -> None:
    folder = write_corpus({"clean.txt": "A clean sentence with ordinary words in it.\n"})
    result = borderlens("repair", str(folder / "clean.txt"), "--json", "--corpus", str(folder))
    assert result.returncode == 1
    assert json.loads(result.stdout) == {
        "text": "A clean sentence with ordinary words in it.\n",
        "inserted": [],
    }


def test_help_explains_every_command() -> None:
    result = borderlens("--help")
    assert result.returncode == 0
    for command in ("index", "search", "actors", "quotes", "figures", "repair"):
        assert command in result.stdout


def test_hostile_text_is_printed_as_text(write_corpus: Writer) -> None:
    folder = write_corpus(
        {"evil.txt": "The wall \x1b[2J\x1b[31mred\x1b[0m [bold]rises[/bold] \\ here\x07.\n"}
    )
    result = borderlens("search", "wall", "--corpus", str(folder))
    assert result.returncode == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "␛[31m" in result.stdout and "rises[/bold] \\ here" in result.stdout


def test_a_closed_pipe_is_not_an_error() -> None:
    shell = f"{sys.executable} -m tui search border --limit 50 | head -n 1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "Traceback" not in result.stderr and "Exception" not in result.stderr


def test_corpus_option_works_before_or_after_the_command(write_corpus: Writer) -> None:
    folder = write_corpus({"a.txt": "The fence is long.\n"})
    for args in (
        ("--corpus", str(folder), "search", "fence"),
        ("search", "fence", "--corpus", str(folder)),
    ):
        result = borderlens(*args, "--json")
        assert [h["doc"] for h in json.loads(result.stdout)] == ["a"]


def test_repair_of_an_indexed_article_reads_the_index_s_words_and_gives_its_repair(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # with an index, the words are read from it (no article besides FILE is opened),
    # and an article of the corpus is repaired as the index repaired it
    from index import Engine, indexed_vocabulary, repair_article
    from tests.benchmarks.scale.generate import generate

    corpus = tmp_path / "corpus"
    generate(corpus, 40, seed=4)
    engine = Engine.open(corpus, cache_root=tmp_path / "cache")
    vocabulary = indexed_vocabulary(corpus, tmp_path / "cache")
    assert vocabulary is not None
    monkeypatch.setattr("index.corpus.load.article_paths", lambda folder: 1 / 0)
    repaired = 0
    for doc_id in engine.doc_ids:
        path = corpus / f"{doc_id}.txt"
        found, _ = repair_article(path, corpus, vocabulary)
        assert found.inserted == engine.catalog.entry(doc_id).inserted
        repaired += bool(found.inserted)
    assert repaired > 10
    assert indexed_vocabulary(tmp_path / "elsewhere", tmp_path / "cache") is None


def test_repair_of_a_folder_says_so(write_corpus: Writer) -> None:
    folder = write_corpus({"a.txt": "A wall.\n"})
    result = borderlens("repair", str(folder), "--corpus", str(folder))
    assert result.returncode == 2
    assert "a folder; give one article file" in result.stderr


def test_repair_falls_back_to_the_articles_when_the_index_cannot_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from index import Engine, repair_article, repair_file

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in CORPUS.glob("*.txt"):
        (corpus / path.name).write_bytes(path.read_bytes())
    Engine.open(corpus, cache_root=tmp_path / "cache")

    def damaged(self: object, kind: str, key: str) -> int:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("index.store.catalog.VocabularyLookup.__call__", damaged)
    damaged_one = next(corpus.glob("000_*.txt"))
    found, _ = repair_file(damaged_one, corpus, tmp_path / "cache")
    assert found.inserted and found == repair_article(damaged_one, corpus)[0]


def test_a_file_given_as_the_corpus_is_said_not_a_folder(write_corpus: Writer) -> None:
    folder = write_corpus({"a.txt": "A wall.\n"})
    result = borderlens("--corpus", str(folder / "a.txt"), "search", "wall")
    assert result.returncode == 2 and "a.txt: not a folder" in result.stderr


def test_an_empty_answer_says_why(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = borderlens("search", "wall", "--corpus", str(empty))
    assert result.returncode == 1
    assert f"{empty}: no article (no readable .txt file)" in result.stderr
    common = borderlens("search", "the With")
    assert common.returncode == 1
    assert "the, with: too common to be searched (stop words)" in common.stderr
    nobody = borderlens("quotes", "--speaker", "Nobody")
    assert nobody.returncode == 1 and nobody.stdout == ""
    assert "no quotation by a speaker matching 'Nobody'" in nobody.stderr
    backwards = borderlens("search", "date:[2025-06-30 TO 2025-01-01]")
    assert backwards.returncode == 2
    assert backwards.stderr.strip() == (
        "borderlens: the date range ends before it starts: 2025-06-30 TO 2025-01-01"
    )


def test_count_and_file_names_are_one_or_the_other() -> None:
    both = borderlens("search", "wall", "--count", "-l")
    assert both.returncode == 2 and "not allowed with argument" in both.stderr
