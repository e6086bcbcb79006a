"""Catalog rows decoded with their types checked.

SQLite keeps whatever a damaged or tampered catalog holds ("many" where a number was
stored, `{` where a JSON list was). Reading a row through these functions raises
TypeError or ValueError at once, where the engine finds the damage and rebuilds the
index, instead of handing wrong-typed values to code far from the catalog.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from index.model import Figure, Mention, Passage, Quote


def integer(value: object) -> int:
    """An INTEGER column's value."""
    if type(value) is not int:
        raise TypeError(f"catalog: integer expected, found {type(value).__name__}")
    return value


def text(value: object) -> str:
    """A TEXT column's value."""
    if not isinstance(value, str):
        raise TypeError(f"catalog: text expected, found {type(value).__name__}")
    return value


def optional_text(value: object) -> str:
    """A TEXT column's value, "" for NULL."""
    return "" if value is None else text(value)


def number(value: object) -> float:
    """A REAL column's value."""
    if type(value) not in (int, float):
        raise TypeError(f"catalog: number expected, found {type(value).__name__}")
    return float(value)  # type: ignore[arg-type]


def json_list(value: object) -> list:
    """A TEXT column holding a JSON list."""
    found = json.loads(text(value))
    if not isinstance(found, list):
        raise TypeError("catalog: JSON list expected")
    return found


def texts(value: object) -> tuple[str, ...]:
    """A JSON list of strings."""
    return tuple(text(item) for item in json_list(value))


def integers(value: object) -> tuple[int, ...]:
    """A JSON list of integers."""
    return tuple(integer(item) for item in json_list(value))


def passages(value: object) -> tuple[Passage, ...]:
    """A JSON list of [number, start, end, section]."""
    return tuple(
        Passage(integer(n), integer(s), integer(e), text(section))
        for n, s, e, section in json_list(value)
    )


def mention(row: Sequence[object]) -> Mention:
    """(doc, start, end)."""
    return Mention(text(row[0]), integer(row[1]), integer(row[2]))


def quote(row: Sequence[object]) -> Quote:
    """(doc, start, end, text, speaker, verb, speaker_id)."""
    return Quote(
        text(row[0]), integer(row[1]), integer(row[2]), text(row[3]), optional_text(row[4]),
        optional_text(row[5]), optional_text(row[6]),
    )  # fmt: skip


def figure(row: Sequence[object]) -> Figure:
    """(doc, start, end, value, value_max, unit, measure, context)."""
    return Figure(
        text(row[0]), integer(row[1]), integer(row[2]), number(row[3]),
        None if row[4] is None else number(row[4]), text(row[5]), text(row[6]),
        optional_text(row[7]),
    )  # fmt: skip
