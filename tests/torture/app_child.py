"""Child process: the Textual app driven with Pilot while its articles change under it.

    python -m tests.torture.app_child CORPUS OUT

Prints one JSON object: each step (name, ok, what happened), the raw control characters
found in every screen, notification, status line and copy, and any crash.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import subprocess
import sys
import traceback
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from tests.app_fixtures import ready, screen_text, search, settle
from tests.torture.harness import ROOT, raw_count, raw_kinds
from tui import clipboard
from tui.app import BorderlensApp, make_app
from tui.widgets.reader import Reader
from tui.widgets.results import ResultList

Step = tuple[str, bool, str]
DELETED, SHORTENED = "002_59fcd07f68cb0717", "001_45ac109033e947cf"
"""Articles with results for `wall`, not opened before they change."""
HOSTILE = "osc\x1b]52;c;SElKQUNLRUQ=\x1b\\\\"  # its id: a backslash of a name doubled
"""The id of the article with escape sequences in its name, text and metadata."""
ADDED = "The wall zqxjadded stands on the border, officials said.\n"


def status(app: BorderlensApp) -> str:
    return str(app.screen_stack[0].query_one("#status-text").render())


async def choose(pilot: Pilot[None], doc: str) -> bool:
    """Highlight the first result of article `doc` and move to the results; False if none."""
    listing = pilot.app.screen.query_one(ResultList)
    found = [i for i, h in enumerate(listing.hits) if h.doc == doc]
    if not found:
        return False
    await pilot.press("escape")
    listing.highlighted = listing.get_option_index(str(found[-1]))
    await settle(pilot)
    return True


class Drive:
    """The steps, with everything shown kept to look for raw control characters."""

    def __init__(self, app: BorderlensApp, pilot: Pilot[None], corpus: Path, out: Path) -> None:
        self.app, self.pilot, self.corpus, self.out = app, pilot, corpus, out
        self.steps: list[Step] = []
        self.shown: list[str] = []
        self.copied: list[str] = []

    def look(self) -> None:
        self.shown += [screen_text(self.app), status(self.app)]
        self.shown += [f"{n.title} {n.message}" for n in self.app._notifications]

    async def keys(self, *keys: str) -> None:
        await self.pilot.press(*keys)
        await settle(self.pilot)
        self.look()

    async def views(self) -> None:
        """Every view, after the changes: the figures of the changed articles included."""
        await search(self.pilot, "commander OR wall")
        await choose(self.pilot, HOSTILE)
        for keys in (("enter",), ("r",), ("a",), ("q",), ("f",), ("down",) * 40, ("C",)):
            await self.keys(*keys)
        await self.keys("escape", "w")
        await self.keys("escape")
        self.steps.append(("every view (figures row by row) after the changes", True, "shown"))

    async def export(self) -> None:
        """Export the figures (their sentences are read from the articles)."""
        await self.keys("escape", "5", "e")
        dialog = self.app.screen
        dialog.query_one("#export-folder", Input).value = str(self.out / "export")
        await self.pilot.pause()
        await self.pilot.click("#export-ok")
        await settle(self.pilot)
        written = list((self.out / "export").glob("*")) if (self.out / "export").is_dir() else []
        self.shown += [p.read_text(encoding="utf-8") for p in written]
        self.steps.append(
            (
                "figures exported after the changes",
                bool(written),
                f"{len(written)} files; status: {status(self.app)}",
            )
        )

    async def added(self) -> None:
        (self.corpus / "added.txt").write_text(ADDED, encoding="utf-8")
        await search(self.pilot, "zqxjadded")
        seen = bool(self.app.screen.query_one(ResultList).hits)
        self.steps.append(
            (
                "added article noticed without an external index",
                seen,
                "found by the next search" if seen else "not found by the next search",
            )
        )
        env = {**os.environ, "BORDERLENS_CACHE_DIR": str(self.out / "cache")}
        done = subprocess.run(
            [str(ROOT / ".venv/bin/borderlens"), "--corpus", str(self.corpus), "index"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        await search(self.pilot, "zqxjadded")
        seen = bool(self.app.screen.query_one(ResultList).hits)
        self.steps.append(
            (
                "added article found by the same word after an external `index`",
                seen,
                f"index exit {done.returncode}: {done.stdout.strip()[:60]}; found: {seen}",
            )
        )
        await search(self.pilot, "zqxjadd*")
        if not await choose(self.pilot, "added"):
            self.steps.append(("added article after `index`", False, "not found by zqxjadd*"))
            return
        await self.keys("enter")
        reader = self.app.screen.query_one(Reader)
        opened = reader.document is not None and reader.document.id == "added"
        await self.keys("y")
        copied = bool(self.copied) and "zqxjadded" in self.copied[-1]
        self.steps.append(
            (
                "added article after `index`: opened and copied",
                opened and copied,
                f"opened: {opened}, copied: {copied}, status: {status(self.app)}",
            )
        )

    async def deleted(self) -> None:
        await search(self.pilot, "wall")
        if not await choose(self.pilot, DELETED):
            self.steps.append(("deleted article", False, "no result of it to open"))
            return
        (self.corpus / f"{DELETED}.txt").unlink()
        await self.keys("enter")
        said = status(self.app)
        await self.keys("y")
        ok = "no longer" in said
        self.steps.append(
            ("deleted article opened", ok, f"status: {said}; then y: {status(self.app)}")
        )

    async def shortened(self) -> None:
        await search(self.pilot, "drones")
        if not await choose(self.pilot, SHORTENED):
            self.steps.append(("shortened article", False, "no result of it to open"))
            return
        hit = self.app.screen.query_one(ResultList).current
        path = self.corpus / f"{SHORTENED}.txt"
        path.write_text(path.read_text(encoding="utf-8")[:80], encoding="utf-8")
        await self.keys("enter")
        said = status(self.app)
        reader = self.app.screen.query_one(Reader).document
        stale = reader is not None and reader.id == SHORTENED and len(reader.text) > 80
        said += " (the reader shows the indexed text)" if stale else ""
        await self.keys("escape", "1")
        before = len(self.copied)
        await self.keys("y")
        cited = self.copied[-1] if len(self.copied) > before else ""
        words = cited.split("\n")[0].strip("“”")
        told = "changed since" in said or stale
        ok = told and bool(words) and hit is not None and hit.text[:20] in cited
        self.steps.append(
            ("shortened article opened and copied", ok, f"status: {said}; copied: {cited[:80]!r}")
        )


async def drive(corpus: Path, out: Path) -> dict[str, object]:
    sent: list[str] = []
    setattr(clipboard, "clipboard_file", lambda: out / "clip.txt")  # noqa: B010
    setattr(clipboard, "write_to_terminal", sent.append)  # noqa: B010
    app = make_app(corpus, out / "cache", out / "state.json")
    crash = ""
    steps: list[Step] = []
    shown: list[str] = []
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            await ready(pilot)
            run = Drive(app, pilot, corpus, out)
            setattr(app, "copy_to_clipboard", run.copied.append)  # noqa: B010
            run.look()
            for step in (run.added, run.deleted, run.shortened, run.views, run.export):
                await step()
            steps, shown = run.steps, run.shown + run.copied
            await search(pilot, "wall OR zqxjadded")
            run.look()
    except Exception as error:
        crash = f"{type(error).__name__}: {error}"
        traceback.print_exc()
    clip = out / "clip.txt"
    shown += [clip.read_text(encoding="utf-8")] if clip.exists() else []
    shown += [base64.b64decode(s.split(";c;")[1].split("\a")[0]).decode() for s in sent]
    text = "\n".join(shown)
    return {
        "steps": steps,
        "leaks": raw_count(text),
        "kinds": raw_kinds(text),
        "crash": crash,
        "screens": len(shown),
    }


if __name__ == "__main__":
    found = asyncio.run(drive(Path(sys.argv[1]), Path(sys.argv[2])))
    print(json.dumps(found, ensure_ascii=True))
