"""The queries of the scale benchmark, by type; the last three exist only in borderlens."""

from __future__ import annotations


def typed(word: str) -> tuple[str, ...]:
    """A prefix query as typed letter by letter, from two letters: `co*`, `con*`, …"""
    return tuple(f"{word[:n]}*" for n in range(2, len(word) + 1))


QUERIES: dict[str, tuple[str, ...]] = {
    "one word": ("border", "wall", "drones", "security", "militants"),
    "two words": ("border security", "concrete wall", "isis syria", "iraqi forces"),
    "phrase": ('"concrete wall"', '"security forces"', '"popular mobilization"'),
    "prefix as typed, co* … concrete*, se* … security*": typed("concrete") + typed("security"),
    "prefix `co*`": ("co*",),
    "prefix `con*`": ("con*",),
    "fuzzy `~1`": ("Bendawi~1", "Khafagi~1", "bordr~1", "Watoot~1"),
    "`actor:`": ("actor:Bindawi", "actor:Khafaji", "actor:Daesh"),
    "`quote:`": ("quote:borders", "quote:security"),
    "`date:` range": ("date:[2025-01-01 TO 2025-06-30]",),
}
BORDERLENS_ONLY = frozenset({"`actor:`", "`quote:`", "`date:` range"})
