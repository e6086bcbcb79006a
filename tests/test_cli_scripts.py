"""The command line in scripts and on a terminal: records per line, counts, quiet stderr,
and no byte of a hostile corpus acting on the terminal."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.app_fixtures import HOSTILE_ID, hostile_corpus, raw_controls
from tests.test_cli import borderlens

COMMANDS = [
    ("search", "wall"),
    ("search", "wall", "--count"),
    ("search", "wall", "-l"),
    ("actors",),
    ("quotes",),
    ("figures",),
    ("figures", "--compare"),
]


def on_terminal(*args: str) -> tuple[int, str]:
    """Run borderlens with stdout and stderr on a pseudo-terminal (TERM=dumb: no styles of
    its own); its exit code and everything it wrote."""
    leader, follower = pty.openpty()
    env = os.environ | {"TERM": "dumb", "COLUMNS": "100"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", *args], stdout=follower, stderr=follower, env=env
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def _json(*args: str) -> list[dict[str, object]]:
    return json.loads(borderlens(*args, "--json").stdout)  # type: ignore[no-any-return]


def test_piped_search_is_one_record_per_line() -> None:
    result = borderlens("search", "border", "--limit", "50")
    lines = result.stdout.splitlines()
    hits = _json("search", "border", "--limit", "50")
    assert lines[0].split("\t")[:3] == ["doc", "passage", "source"]
    assert len(lines) == 1 + len(hits)
    assert all(line.count("\t") == lines[0].count("\t") for line in lines)
    assert [line.split("\t")[0] for line in lines[1:]] == [h["doc"] for h in hits]
    assert result.stderr == ""


@pytest.mark.parametrize("command", [("actors",), ("figures",), ("figures", "--compare")])
def test_tsv_has_a_header_and_a_line_per_record(command: tuple[str, ...]) -> None:
    lines = borderlens(*command, "--tsv").stdout.splitlines()
    records = _json(*command)
    if command[-1] == "--compare":
        records = [v for g in records for v in g["values"]]  # type: ignore[attr-defined]
    assert len(lines) == 1 + len(records) and len(records) > 1
    width = len(lines[0].split("\t"))
    assert all(len(line.split("\t")) == width for line in lines)


def test_every_json_record_says_where_it_comes_from() -> None:
    where = {"doc", "source", "date", "title", "start", "end"}
    quotes = _json("quotes")
    assert quotes and all(where | {"speaker", "verb", "text", "repaired"} <= set(q) for q in quotes)
    assert any(q["source"] == "Shafaq News" and q["date"] for q in quotes)
    figures = _json("figures")
    fields = where | {"value", "unit", "measure", "context"}
    assert figures and all(fields <= set(f) for f in figures)
    groups = _json("figures", "--compare")
    assert all(where <= set(v) for g in groups for v in g["values"])  # type: ignore[attr-defined]


def test_count_and_files_with_matches_agree_with_the_passages() -> None:
    hits = _json("search", "border", "--limit", "500")
    counts: dict[str, int] = {}
    for hit in hits:
        counts[str(hit["doc"])] = counts.get(str(hit["doc"]), 0) + 1
    counted = borderlens("search", "border", "--count").stdout.splitlines()
    assert dict(line.split("\t") for line in counted) == {d: str(n) for d, n in counts.items()}
    files = borderlens("search", "border", "--files-with-matches").stdout.splitlines()
    assert files == list(counts)
    assert borderlens("search", "xylophonist", "-l").returncode == 1


def test_stats_count_every_reachable_passage() -> None:
    every = borderlens("search", "wall", "--limit", "500", "--stats")
    assert every.stderr.strip() == f"{len(every.stdout.splitlines()) - 1} matching passages"
    few = borderlens("search", "border", "--limit", "2", "--stats")
    total = len(_json("search", "border", "--limit", "500"))
    assert few.stderr.strip() == f"2 of {total} matching passages; --limit for more"


def test_figures_compare_with_nothing_to_compare_prints_nothing(write_corpus: object) -> None:
    folder = write_corpus({"a.txt": "The wall is 20 km long.\n"})  # type: ignore[operator]
    result = borderlens("figures", "--compare", "--corpus", str(folder))
    assert (result.returncode, result.stdout) == (1, "")
    assert borderlens("figures", "--compare", "--corpus", str(folder), "--json").stdout == "[]\n"


def test_a_terminal_sees_a_summary_but_no_progress_bar_when_nothing_is_indexed() -> None:
    borderlens("index")
    code, shown = on_terminal("search", "wall")
    assert code == 0 and "indexing" not in shown and "0/?" not in shown
    assert shown.rstrip().endswith("matching passages")
    code, shown = on_terminal("search", "wall", "-q", "--limit", "1")
    assert code == 0 and "matching passages" not in shown


@pytest.mark.parametrize("args", COMMANDS)
@pytest.mark.parametrize("form", ["piped", "json", "terminal"])
def test_a_hostile_corpus_prints_neutralised(
    tmp_path: Path, args: tuple[str, ...], form: str
) -> None:
    folder = str(hostile_corpus(tmp_path / "hostile"))
    out = ""
    if form == "terminal":
        code, shown = on_terminal(*args, "--corpus", folder)
    else:
        extra = ("--json",) if form == "json" else ()
        result = borderlens(*args, "--corpus", folder, *extra)
        code, shown, out = result.returncode, result.stdout + result.stderr, result.stdout
    assert code == 0, shown
    assert not raw_controls(shown), shown
    assert "Traceback" not in shown and "MarkupError" not in shown
    assert "warning: osc␛]52;c;SElKQUNLRUQ=␛\\.toml: metadata ignored" in shown
    if form == "json":
        records = json.loads(out)
        if args[0] == "search" and len(args) == 2:
            assert HOSTILE_ID in {h["doc"] for h in records}
    else:
        assert "[/y]" in shown or args[0] != "actors"
