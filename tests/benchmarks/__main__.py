"""`make bench`: every benchmark's table, one after another."""

from __future__ import annotations

import importlib
import time

BENCHMARKS = (
    "bench_repair",
    "bench_actors_quotes",
    "bench_figures",
    "bench_independent",
    "bench_devset",
    "bench_search",
    "bench_app",
)


def main() -> None:
    """Run each benchmark module's `main()` that exists, with a heading."""
    for name in BENCHMARKS:
        try:
            module = importlib.import_module(f"tests.benchmarks.{name}")
        except ModuleNotFoundError as error:
            print(f"\n## {name}: not run ({error})")
            continue
        print(f"\n## {name}")
        started = time.perf_counter()
        module.main()
        print(f"({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
