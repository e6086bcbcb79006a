"""The benchmarks still run: `make bench` is not exercised by CI, so a smoke test is."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.benchmarks import (
    bench_actors_quotes,
    bench_app,
    bench_devset,
    bench_figures,
    bench_independent,
    bench_search,
)


@pytest.mark.parametrize("bench", [bench_actors_quotes, bench_figures, bench_independent])
def test_quality_benchmarks_print_their_tables(
    bench: object, capsys: pytest.CaptureFixture[str]
) -> None:
    bench.main()  # type: ignore[attr-defined]
    assert "1.00" in capsys.readouterr().out


def test_devset_gold_loads_and_its_scores_are_shares(capsys: pytest.CaptureFixture[str]) -> None:
    result = bench_devset.evaluate()
    assert result.problems == []  # every gold article exists and every context is found
    assert len(result.rows) == 33  # five clusters: 6 + 6 + 6 + 7 + 8 articles
    scores = [s for row in [*result.rows.values(), result.total] for s in row.values()]
    shares = [s.tp / s.pred for s in scores if s.pred] + [s.tp / s.gold for s in scores if s.gold]
    pairs = result.pairs["total"]
    shares += [x for x in (pairs.grouped_share(), pairs.mixed_share()) if x is not None]
    assert shares and all(0 <= x <= 1 for x in shares)
    assert result.total["quotes"].gold and result.total["figures"].gold and pairs.same
    bench_devset.print_tables(result)
    bench_devset.print_summary(result, None)
    out = capsys.readouterr().out
    assert "### politics" in out and "pairs grouped" in out


def test_search_benchmark_runs_on_a_small_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    bench_search.main(copies=2)
    out = capsys.readouterr().out
    assert "10 articles" in out and "fuzzy" in out


def test_app_benchmark_times_a_keystroke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench_app, "QUERIES", ("wall",))
    times = asyncio.run(bench_app.keystrokes(tmp_path))
    assert len(times) == 3 and all(t < 2 for t in times)


def test_scale_steps_of_an_opened_index_take_the_open_step(tmp_path: Path) -> None:
    from tests.benchmarks.scale.bench_scale import SizeBench

    def steps(chosen: list[str]) -> tuple[str, ...]:
        return SizeBench(tmp_path, 10, 7, 1.0, 1, chosen).steps

    assert steps(["app"]) == ("build", "open", "app")
    assert steps(["cold", "queries"]) == ("build", "open", "queries", "cold")
    assert steps(["updates"]) == ("build", "updates")
