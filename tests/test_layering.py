"""The library must stay usable without the terminal UI."""

from __future__ import annotations

import subprocess
import sys


def test_index_does_not_import_textual_or_rich() -> None:
    code = (
        "import sys, index, index.corpus, index.repair, index.metadata\n"
        "import pkgutil, importlib\n"
        "for m in pkgutil.walk_packages(index.__path__, 'index.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in {'textual', 'rich'})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
