"""The independent gold annotations point at text that really is in their articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads(
    (ROOT / "tests" / "data" / "independent" / "gold.json").read_text(encoding="utf-8")
)
DOCS = sorted(GOLD["docs"])


def _text(doc: str) -> str:
    return (ROOT / "corpus" / f"{doc}.txt").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("doc", DOCS)
def test_quote_texts_occur(doc: str) -> None:
    text = _text(doc)
    for quote in GOLD["docs"][doc]["quotes"]:
        assert quote["text"] in text, quote["text"]
        assert quote["speaker"]
        if "context" in quote:
            assert text.count(quote["context"]) == 1 and quote["text"] in quote["context"]


@pytest.mark.parametrize("doc", DOCS)
def test_actor_surfaces_occur(doc: str) -> None:
    text = _text(doc)
    for actor in GOLD["docs"][doc]["actors"]:
        assert actor["type"] in {"person", "organization", "country"}
        assert actor["surfaces"], actor["name"]
        for surface in set(actor["surfaces"]):
            assert text.count(surface) >= actor["surfaces"].count(surface), surface


@pytest.mark.parametrize("doc", DOCS)
def test_figure_surfaces_occur(doc: str) -> None:
    text = _text(doc)
    for figure in GOLD["docs"][doc]["figures"]:
        assert figure["surface"] in text, figure["surface"]
        assert text.count(figure["context"]) == 1 and figure["surface"] in figure["context"]
        assert isinstance(figure["value"], (int, float)) and figure["unit"]
