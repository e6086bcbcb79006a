"""The two layers: `index` works without the terminal UI; `tui` uses only its public API."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import index

TUI = Path(__file__).parent.parent / "tui"


def internal_imports(source: str) -> list[tuple[int, str]]:
    """(line, name) of each import of an `index` submodule, or of a name `index` does not
    export, in Python `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names if a.name.startswith("index.")]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.startswith("index."):
                names = [node.module]
            elif node.module == "index":
                names = [f"index.{a.name}" for a in node.names if a.name not in index.__all__]
            else:
                names = []
        else:
            names = []
        found += [(node.lineno, name) for name in names]
    return found


def test_tui_imports_only_the_public_index_api() -> None:
    offenders = [
        f"{path.relative_to(TUI.parent)}:{line}: {name}"
        for path in sorted(TUI.rglob("*.py"))
        for line, name in internal_imports(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, "tui reaches into index internals:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    ("source", "offends"),
    [
        ("from index import Engine, QueryError", False),
        ("import index", False),
        ("from tui.render import plain", False),
        ("from index.search.query import QueryError", True),
        ("import index.engine", True),
        ("import index.store.build as build", True),
        ("from index import store", True),
        ("def f():\n    from index.model import Hit", True),
    ],
)
def test_the_import_check_sees_every_form(source: str, offends: bool) -> None:
    assert bool(internal_imports(source)) is offends


def test_index_does_not_import_textual_or_rich() -> None:
    code = (
        "import sys, importlib, pkgutil, index\n"
        "for m in pkgutil.walk_packages(index.__path__, 'index.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in {'textual', 'rich'})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_a_search_loads_no_extractor_and_no_update_pipeline() -> None:
    """A cold `borderlens search` pays for what it runs: with a ready index the
    extractors, repair's segmenter and the update pipeline stay unimported."""
    code = (
        "import sys\n"
        "from tui.cli.main import run\n"
        "run(['--corpus', sys.argv[1], 'search', 'wall', '--limit', '3'])\n"
        "heavy = ('index.extract.document', 'index.extract.actors.find', 'index.store.update',"
        " 'index.store.workers', 'index.extract.figures.compare')\n"
        "print('loaded:' + ','.join(n for n in heavy if n in sys.modules), file=sys.stderr)\n"
    )
    corpus = str(Path(index.__file__).parent.parent / "corpus")
    args = [sys.executable, "-c", code, corpus]
    subprocess.run(args, capture_output=True, check=True)  # a ready index first
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    assert "passage" in result.stdout or "wall" in result.stdout.lower()
    assert result.stderr.strip().splitlines()[-1] == "loaded:"
