"""Small general word lists behind measure keys: synonyms, plurals, stop words."""

from __future__ import annotations

import re

HEAD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "border": ("border", "frontier", "borderline", "boundary", "border line"),
    "wall": ("wall", "barrier", "fence", "fencing", "fortification", "barricade"),
    "trench": ("trench", "ditch", "moat"),
    "berm": ("berm", "embankment", "earth mound", "sand barrier"),
    "watchtower": ("watchtower", "tower", "observation tower", "guard tower", "outpost"),
    "militant": ("militant", "fighter", "jihadist", "insurgent", "terrorist", "extremist",
                 "gunman", "infiltrator", "mujahid", "militiaman"),
    "personnel": ("personnel", "troop", "soldier", "serviceman", "servicemen", "officer"),
    "death": ("death", "fatality", "dead", "killed", "body", "corpse"),
    "injury": ("injury", "injured", "wounded"),
    "drone": ("drone", "uav", "unmanned aerial vehicle"),
    "people": ("people", "person", "individual", "resident", "inhabitant"),
    "detainee": ("detainee", "inmate", "prisoner"),
    "earthquake": ("earthquake", "quake", "tremor"),
    "project": ("project", "program", "programme", "scheme"),
}  # fmt: skip
"""Canonical head noun → the nouns folded into it."""

FOLD = {word: head for head, words in HEAD_SYNONYMS.items() for word in words}
"""Any head noun → its canonical head."""

PHYSICAL_HEADS = frozenset({"border", "wall", "trench", "berm", "road", "river", "pipeline"})
"""Heads whose length, depth or height a bare "N km" near them likely measures."""

PARTITIVES = frozenset(
    {"stretch", "section", "part", "portion", "length", "segment", "strip", "area", "total"}
)
"""Heads that stand for part of what follows them: "a 50 km stretch of the border"."""

TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "time"}
)
"""Counted nouns that make a duration or a repetition, not a reported figure."""

PEOPLE = frozenset(
    {"people", "family", "child", "woman", "man", "militant", "detainee", "refugee",
     "foreigner", "national", "member", "civilian", "displaced"}
)  # fmt: skip
"""Canonical heads that count people (a camp's population)."""

DISCRIMINATORS = frozenset(
    {"drone", "rocket", "missile", "suicide", "civilian", "police", "mortar", "artillery"}
)
"""Modifiers that make a different measure of the same head: "drone attacks"."""

IRREGULAR_SINGULAR = {
    "people": "people", "personnel": "personnel", "police": "police", "staff": "staff",
    "children": "child", "men": "man", "women": "woman", "axes": "axis", "crises": "crisis",
    "servicemen": "serviceman", "gunmen": "gunman", "analyses": "analysis", "series": "series",
    "news": "news", "dead": "dead", "wounded": "wounded", "injured": "injured",
    "displaced": "displaced", "forces": "force", "policemen": "policeman",
    "militiamen": "militiaman", "tribesmen": "tribesman", "fishermen": "fisherman",
    "mujahideen": "mujahid", "sheep": "sheep", "aircraft": "aircraft", "cattle": "cattle",
    "accused": "accused",
}  # fmt: skip
"""Plural or collective nouns that a suffix rule would get wrong."""

STOP = frozenset(
    """of in on at to from with by for or nor but than as into onto across along alongside
    including include includes included are is was were be been being have has had will
    would can could may might must should shall do does did that which who whom whose where
    when while the a an this these those their its his her our your my each every per some
    any all both more most such not no also already only just very so if then there here it
    they them he she we you i said says according despite during after before since until
    over under about around among against through throughout within without toward towards
    near remain remains remained stay stayed out up down off due because amid following
    via like where how what why whether
    """.split()
)
"""Words that end a noun phrase."""

_PLURAL_END = re.compile(r"[a-z]{2,}s$(?<!ss)(?<!us)(?<!sis)(?<!xis)(?<!his)")
"""A plural's ending: an s, unless the word is a singular in -ss, -us, -sis, -xis or -his
(process, focus, crisis, axis, this); "Iraqis" and "taxis" are plurals."""


def singular(word: str) -> str:
    """The singular of an English noun, lower-cased ("fatalities" → "fatality")."""
    word = word.lower().replace("’", "'")
    if word in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if _PLURAL_END.search(word) else word


_COLLECTIVE = frozenset({"people", "personnel", "police", "sheep", "aircraft", "cattle", "accused"})
"""Nouns whose plural is the singular: a number before one counts them."""


_NOT_PLURALS = frozenset(
    """perhaps always sometimes besides towards afterwards whereas was has does its hers
    ours yours theirs less unless across thus nevertheless regardless""".split()
)
"""Words in -s that are no plural noun: adverbs, verbs, pronouns ("perhaps a third")."""


def is_plural(word: str) -> bool:
    """True for a word that reads as a plural noun ("cameras", "people", not "ISIS")."""
    if word.isupper():
        return False
    lower = word.lower()
    if lower in _NOT_PLURALS:
        return False
    if lower in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[lower] != lower or lower in _COLLECTIVE
    return bool(_PLURAL_END.search(lower))


def fold(noun: str) -> str:
    """The canonical head of a singular noun ("barrier" → "wall", "fighter" → "militant")."""
    return FOLD.get(noun, noun)
