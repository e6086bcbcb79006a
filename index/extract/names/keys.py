"""Normal forms of names: transliteration keys, particles stripped, slugs.

Arabic names reach English in many spellings (al-Bindawi / al-Bandawi, Qasim / Qassem,
Tahsin / Tahseen, Kata'ib / Kataib). `translit_key` folds those differences away while
keeping the consonant skeleton, which is what tells two different names apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.text.fold import strip_accents

_APOSTROPHES = re.compile(r"[’'‘`ʿʾ]")
_PARTICLE = re.compile(r"^(?:a[ldnrstz]|el|ad|ash)[-\s]+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_DOUBLED = re.compile(r"([a-z])\1+")
_DIGRAPHS = (
    ("ee", "i"),
    ("oo", "u"),
    ("ou", "u"),
    ("ph", "f"),
    ("dh", "z"),
    ("q", "k"),
    ("ck", "k"),
    ("th", "s"),
    ("ce", "se"),
    ("gh", "g"),
)
_VOWELS = re.compile(r"(?<=.)[aeiouy]+")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_SLUG = re.compile(r"[^a-z0-9]+")
KEYS_KEPT = 1 << 16
"""Keys remembered per function: names recur across a corpus, keys are pure."""


@lru_cache(maxsize=KEYS_KEPT)
def fold(text: str) -> str:
    """Lowercase ASCII letters of `text`: diacritics and apostrophes dropped."""
    return strip_accents(_APOSTROPHES.sub("", text)).lower()


def strip_particle(word: str) -> str:
    """`word` without a leading al-/Al-/el- article."""
    return _PARTICLE.sub("", word)


def _digraphed(word: str) -> str:
    """One word folded, its article, doubled letters and final h dropped and its
    digraphs written as one letter: what `word_key` and `spelling` start from."""
    text = _DOUBLED.sub(r"\1", _NON_WORD.sub("", fold(strip_particle(word))))
    text = _FINAL_H.sub("", text)
    for old, new in _DIGRAPHS:
        text = text.replace(old, new)
    return text


@lru_cache(maxsize=KEYS_KEPT)
def word_key(word: str) -> str:
    """The transliteration key of one word: its folded consonant skeleton."""
    return _VOWELS.sub("", _DOUBLED.sub(r"\1", _digraphed(word)))


_VOWEL_PAIRS = (("ei", "i"), ("ai", "i"), ("ay", "i"), ("ey", "i"), ("ie", "i"), ("y", "i"))


@lru_cache(maxsize=KEYS_KEPT)
def spelling(word: str) -> str:
    """One word as written, its spelling's variants folded (article, doubled letters,
    digraphs, vowel pairs) but its vowels kept: "al-Bindawi" → "bindawi", "Hussein" and
    "Husayn" → "husin", "Hassan" → "hasan"."""
    text = _digraphed(word)
    for old, new in _VOWEL_PAIRS:
        text = text.replace(old, new)
    return _DOUBLED.sub(r"\1", text)


@lru_cache(maxsize=KEYS_KEPT)
def full_name_id(name: str) -> str:
    """What tells one full name from another: the keys of its given name and surname and
    their `spelling`s ("Ali Hassan" → "al|hsn|ali|hasan"); "" for a single word. Two
    full names write one person's when their keys agree and their spellings are close
    (`close_spellings`): "Ali Nehmeh al-Bandawi" and "Ali Naama Al-Bindawi" do, "Ali
    Hassan" and "Ali Hussein" do not."""
    if len(name.split()) < 2:
        return ""
    return f"{given_key(name)}|{surname_key(name)}|{given_spelling(name)}|{surname_spelling(name)}"


@lru_cache(maxsize=KEYS_KEPT)
def close_spellings(a: str, b: str) -> bool:
    """Whether two `spelling`s can write one name: transliterations differ in a vowel or
    two ("bindawi" / "bandawi", "mohamed" / "muhamad"), a short name in one at most; two
    names of one consonant skeleton differ in more ("hasan" / "husin", Hassan and
    Hussein, "mohamed" / "mahmud")."""
    if a == b:
        return True
    most = 1 if min(len(a), len(b)) <= 5 else 2
    if abs(len(a) - len(b)) > most:
        return False
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        diagonal, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (x != y))
    return row[-1] <= most


@lru_cache(maxsize=KEYS_KEPT)
def translit_key(name: str) -> str:
    """The key of a whole name: word keys of its words, articles and hyphens ignored."""
    words = _SPACES.split(_NON_WORD.sub(" ", fold(name.replace("-", " "))).strip())
    kept = [w for w in words if w not in {"al", "el", "the", "ad", "as", "an", "ar", "az"}]
    return " ".join(word_key(w) for w in kept if w)


KUNYA_WORDS = frozenset({"Abu", "Umm", "Um", "Abo"})
"""First words of a kunya, "father of" or "mother of" a given name."""


def is_kunya(name: str) -> bool:
    """Whether a name is a kunya alone ("Abu Yasser", the father of a Yasser, whom
    "Yasser" alone never names; "Abu Ali al-Basri" goes on with his own name)."""
    words = name.split()
    return len(words) == 2 and words[0] in KUNYA_WORDS


def surname_key(name: str) -> str:
    """The key of the last word of a name."""
    words = name.split()
    return word_key(words[-1]) if words else ""


def given_key(name: str) -> str:
    """The key of the first word of a multi-word name, or "" for a single word."""
    words = name.split()
    return word_key(words[0]) if len(words) > 1 else ""


def surname_spelling(name: str) -> str:
    """The `spelling` of the last word of a name."""
    words = name.split()
    return spelling(words[-1]) if words else ""


def given_spelling(name: str) -> str:
    """The `spelling` of the first word of a multi-word name, or "" for a single word."""
    words = name.split()
    return spelling(words[0]) if len(words) > 1 else ""


def slugify(name: str) -> str:
    """A stable id for a canonical name: "Qasim al-Araji" -> "qasim-al-araji"."""
    return _SLUG.sub("-", fold(name)).strip("-")


_INITIAL_SKIP = frozenset({"of", "for", "the", "and", "in", "on", "to", "al", "el", "us"})
"""Words an acronym may leave out: short function words, and the "U.S." before an
agency's name (U.S. Customs and Border Protection: CBP)."""


UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
"""Capital letters of Latin script, accented ones included ("Érdi", "Şahin", "Łukasz")."""
ACRONYM_LETTER = rf"(?:[{UPPER}](?:[a-z](?=[{UPPER}]))?\.?)"
"""One letter of an acronym: a capital, with a small letter before the next capital
("MoMD", the Ministry of Migration and Displaced; "YBŞ")."""
ACRONYM_AFTER = re.compile(
    rf"[”\"’']?s?\s*(?:\(\s*|,\s+or\s+)({ACRONYM_LETTER}{{2,7}})(?:s?\s*\)|(?=[,.;:]))"
)
"""An acronym right after a name, which defines it when it spells the name (see
`initials_match`): "U.S. Customs and Border Protection (CBP)", "the Army’s (SNA)",
"the African Union Support and Stabilization Mission in Somalia, or AUSSOM,"."""


def initials_match(name: str, acronym: str) -> bool:
    """Whether `acronym` spells `name` by the first letters of its words, in order: each
    significant word gives one or more of its first letters (U.S. Agency for International
    Development: USAID), a short function word one or none. An acronym made of syllables
    (a word giving two letters or more) may leave out up to `SYLLABIC_SKIPS` significant
    words: the African Union Mission in Somalia is AMISOM, the African Union Transition
    Mission in Somalia ATMIS."""
    words = [strip_particle(w).replace(".", "").upper() for w in re.split(r"[\s-]+", name)]
    return _spells(acronym.upper(), [w for w in words if w])


SYLLABIC_SKIPS = 2


def _spells(
    acronym: str, words: list[str], skipped: int = 0, syllabic: bool = False, begun: bool = False
) -> bool:
    """Whether `acronym` spells `words`; `skipped` significant words were left out after
    the first letter was spelled (`begun`), which holds only if a word gave two letters
    or more (`syllabic`)."""
    if not words:
        return not acronym and (syllabic or not skipped)
    word, rest = words[0], words[1:]
    if word.lower() in _INITIAL_SKIP and _spells(acronym, rest, skipped, syllabic, begun):
        return True
    if any(
        acronym[:n] == word[:n] and _spells(acronym[n:], rest, skipped, syllabic or n > 1, True)
        for n in range(1, min(len(word), len(acronym)) + 1)
    ):
        return True
    return (
        begun and skipped < SYLLABIC_SKIPS and _spells(acronym, rest, skipped + 1, syllabic, True)
    )
