"""One line per scenario, and the summary at the end."""

from __future__ import annotations

from dataclasses import dataclass

from tests.torture.harness import Tally, printable

DETAIL_MAX = 15000
"""Characters of details shown on a scenario's line."""


@dataclass(frozen=True)
class Result:
    """How one scenario went."""

    name: str
    ok: bool
    details: str

    def line(self) -> str:
        """`name: ok|FAIL — details`, on one line, printable."""
        details = printable(" ".join(self.details.split()))
        if len(details) > DETAIL_MAX:
            details = details[: DETAIL_MAX - 1] + "…"
        return f"{self.name}: {'ok' if self.ok else 'FAIL'} — {details}"


def summary(results: list[Result], tally: Tally, seconds: float) -> list[str]:
    """The summary lines; the `must be 0` counts say so."""
    skipped = "; ".join(f"{name}: {why}" for name, why in sorted(tally.skipped.items()))
    failed = [r.name for r in results if not r.ok]
    lines = [
        "",
        "summary",
        f"  files tried: {tally.tried}; indexed: {tally.indexed}; "
        f"skipped or ignored: {len(tally.skipped)}",
        printable(f"  skipped with reason: {skipped or 'none'}"),
        f"  faults injected: {tally.faults}; recovered: {tally.recovered}",
        f"  articles lost: {tally.lost} (must be 0)",
        f"  escape or control characters reaching any output: {tally.leaks} (must be 0)",
        f"  tracebacks: {tally.tracebacks} (must be 0)",
        f"  orphan processes: {tally.orphans} (must be 0)",
    ]
    lines += [printable(f"  note: {note}") for note in tally.notes]
    verdict = "every scenario ok" if not failed else f"FAILED: {', '.join(failed)}"
    lines.append(f"  {len(results)} scenarios in {seconds:.0f} s; {verdict}")
    return lines
