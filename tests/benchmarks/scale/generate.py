"""Deterministic synthetic corpora of any size, recombined from the bundled articles."""

from __future__ import annotations

import json
import random
import re
from bisect import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

BUNDLED = Path(__file__).resolve().parents[3] / "corpus"
"""The bundled articles every synthetic one is made from (their .toml sidecars are ignored)."""
REPLACED_SHARE = 0.08
"""Share of words (3 letters or more) replaced by another word."""
PSEUDO_SHARE = 0.85
"""Share of those replacements that draw a pseudo-word (the rest draw a bundled word)."""
PSEUDO_WORDS = 80_000
ZIPF_S, ZIPF_Q = 1.2, 20_000
"""Zipf–Mandelbrot law of the pseudo-words: rank k is drawn with weight 1 / (k + Q) ** S."""
SIDECAR_SHARE = 0.1
"""Share of articles whose source, date and title live in a sidecar instead of a header line."""
SIZES = (900, 4000, 1800)
"""Low, high and mode of the target body length in characters (triangular: mean ≈ 2.5 KB)."""
SOURCES = (
    "Shafaq News", "The New Region", "SouthFront", "Rudaw", "Kurdistan24", "The National",
    "Asharq Al-Awsat", "Al-Monitor", "Iraqi News Agency", "Baghdad Today", "Enab Baladi",
    "Middle East Eye",
)  # fmt: skip
FIRST_DAY, DAYS = date(2024, 1, 1), 731
EDITS = ("change one", "add ten", "remove one")

_SEPARATOR = re.compile(r"(?m)^\s*([_=*~-])\1{9,}\s*$")
_HEADER = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][\w.&' ]{1,40}?\s*/\s+")
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])")
_ONSETS = (*"bdfghjklmnprstvwz", "sh", "kh", "th", "br", "dr", "gr", "kr", "tr", "st")
_VOWELS = ("a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ou", "ia")
_CODAS = ("", "", "", "n", "r", "l", "s", "m", "k", "t")


@dataclass(frozen=True)
class Material:
    """What the bundled articles lend: body paragraphs, headings and word tokens."""

    paragraphs: tuple[str, ...]
    headings: tuple[str, ...]
    words: tuple[str, ...]


@dataclass(frozen=True)
class Edit:
    """The files one edit touched."""

    changed: tuple[Path, ...] = ()
    added: tuple[Path, ...] = ()
    removed: tuple[Path, ...] = ()


def read_material(folder: Path = BUNDLED) -> Material:
    """Body paragraphs (footers and headers left out), heading lines and words of `folder`."""
    paragraphs: list[str] = []
    headings: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        body = _SEPARATOR.split(path.read_text(encoding="utf-8"))[0]
        for line in (raw.strip() for raw in body.splitlines()):
            if _HEADER.match(line) or not line:
                continue
            if len(line) >= 80:
                paragraphs.append(_DATELINE.sub("", line))
            elif 15 < len(line) < 110 and not line.endswith((".", ":", ",", ";", ")")):
                headings.append(line)
    words = tuple(w for p in paragraphs for w in _WORD.findall(p) if len(w) >= 3)
    return Material(tuple(paragraphs), tuple(dict.fromkeys(headings)), words)


def pseudo_words(rng: random.Random, count: int, taken: Iterable[str]) -> list[str]:
    """`count` distinct pronounceable lowercase words, shortest first (frequent words are short)."""
    seen = {w.lower() for w in taken}
    words: list[str] = []
    while len(words) < count:
        syllables = rng.choice((2, 2, 3, 3, 3, 4))
        word = "".join(
            rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
        )
        if word not in seen:
            seen.add(word)
            words.append(word)
    return sorted(words, key=len)


def same_case(model: str, word: str) -> str:
    """`word` in the case of `model`: UPPER, Capitalised or lower."""
    if len(model) > 1 and model.isupper():
        return word.upper()
    return word.capitalize() if model[:1].isupper() else word.lower()


def vary_number(text: str, rng: random.Random) -> str:
    """A number moved by up to ±25 % in the same format (years and 30 % of numbers kept)."""
    digits = text.replace(",", "")
    value = float(digits)
    if (len(digits) == 4 and 1900 <= value <= 2100) or rng.random() < 0.3:
        return text
    moved = value * rng.uniform(0.75, 1.25)
    if "." in digits:
        return f"{moved:.{len(digits.split('.')[1])}f}"
    whole = max(1, round(moved)) if value >= 1 else 0
    return f"{whole:,}" if "," in text else str(whole)


def shuffle_sentences(paragraph: str, rng: random.Random) -> str:
    """The sentences of `paragraph` in a random order."""
    sentences = _SENTENCE.split(paragraph)
    rng.shuffle(sentences)
    return " ".join(sentences)


def vocabulary(folder: Path) -> set[str]:
    """Distinct lowercase words of every article in `folder`."""
    return {
        w.lower()
        for path in folder.glob("*.txt")
        for w in _WORD.findall(path.read_text(encoding="utf-8"))
    }


class Generator:
    """Makes article `i` of the corpus of a seed; the same seed and `i` give the same bytes."""

    def __init__(self, seed: int = 7, source: Path = BUNDLED) -> None:
        self.seed = seed
        self.material = read_material(source)
        rng = random.Random(f"{seed}:vocabulary")
        self.pseudo = pseudo_words(rng, PSEUDO_WORDS, self.material.words)
        weights = (1 / (k + ZIPF_Q) ** ZIPF_S for k in range(1, PSEUDO_WORDS + 1))
        self.cumulative = list(accumulate(weights))

    def name(self, i: int) -> str:
        """The file stem of article `i`, like the bundled `000_20b81c80feff52ed`."""
        return f"{i:06d}_{random.Random(f'{self.seed}:name:{i}').getrandbits(64):016x}"

    def write(self, folder: Path, i: int, variant: str = "") -> Path:
        """Write article `i` (and its sidecar, if it has one); `variant` changes only the body."""
        path = folder / f"{self.name(i)}.txt"
        text, sidecar = self.article(i, variant)
        path.write_bytes(text.encode("utf-8"))
        if sidecar is not None:
            path.with_suffix(".toml").write_bytes(sidecar.encode("utf-8"))
        return path

    def article(self, i: int, variant: str = "") -> tuple[str, str | None]:
        """The text of article `i` and its sidecar (None when a header line carries metadata)."""
        meta = random.Random(f"{self.seed}:meta:{i}")
        source = meta.choice(SOURCES)
        day = (FIRST_DAY + timedelta(days=meta.randrange(DAYS))).isoformat()
        title = self.vary(meta.choice(self.material.headings), meta, share=0.3)
        clock = f"{meta.randrange(24):02d}:{meta.randrange(60):02d}:{meta.randrange(60):02d}"
        body = self.body(random.Random(f"{self.seed}:body:{i}:{variant}"), source)
        if meta.random() < SIDECAR_SHARE:
            fields = {"source": source, "date": day, "title": title}
            toml = (f"{k} = {json.dumps(v, ensure_ascii=False)}\n" for k, v in fields.items())
            return f"{title}\n\n{body}\n", "".join(toml)
        return f" date {day} {day} {clock} - From: {source}\n\n{title}\n\n{body}\n", None

    def body(self, rng: random.Random, source: str) -> str:
        """Sampled paragraphs up to the target length, sentences shuffled, words varied."""
        target = rng.triangular(SIZES[0], SIZES[1], SIZES[2])
        chosen: list[str] = []
        for paragraph in rng.sample(self.material.paragraphs, len(self.material.paragraphs)):
            if sum(map(len, chosen)) >= target:
                break
            chosen.append(self.vary(shuffle_sentences(paragraph, rng), rng))
        if source == "Shafaq News" and rng.random() < 0.5:
            chosen[0] = f"Shafaq News/ {chosen[0]}"
        return ("\n\n" if rng.random() < 0.5 else "\n").join(chosen)

    def vary(self, text: str, rng: random.Random, share: float = REPLACED_SHARE) -> str:
        """`text` with a `share` of its words replaced and its numbers varied."""

        def word(match: re.Match[str]) -> str:
            found = match.group()
            if len(found) < 3 or rng.random() >= share:
                return found
            if rng.random() < PSEUDO_SHARE:
                return same_case(found, self.pseudo_word(rng))
            return same_case(found, rng.choice(self.material.words))

        text = _WORD.sub(word, text)
        return _NUMBER.sub(lambda match: vary_number(match.group(), rng), text)

    def pseudo_word(self, rng: random.Random) -> str:
        """One pseudo-word drawn from the Zipf–Mandelbrot law."""
        rank = bisect(self.cumulative, rng.random() * self.cumulative[-1])
        return self.pseudo[min(rank, PSEUDO_WORDS - 1)]


def generate(folder: Path, count: int, seed: int = 7, source: Path = BUNDLED) -> list[Path]:
    """Write articles 0 … count-1 of the corpus of `seed` into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    generator = Generator(seed, source)
    return [generator.write(folder, i) for i in range(count)]


def apply_edit(folder: Path, edit: str, seed: int = 7, source: Path = BUNDLED) -> Edit:
    """Apply one of `EDITS` to a generated folder: change one, add ten or remove one article."""
    generator = Generator(seed, source)
    articles = sorted(folder.glob("*.txt"))
    if edit == "change one":
        index = int(articles[len(articles) // 3].name[:6])
        return Edit(changed=(generator.write(folder, index, variant="changed"),))
    if edit == "add ten":
        start = max(int(p.name[:6]) for p in articles) + 1
        return Edit(added=tuple(generator.write(folder, i) for i in range(start, start + 10)))
    if edit == "remove one":
        path = articles[2 * len(articles) // 3]
        path.unlink()
        path.with_suffix(".toml").unlink(missing_ok=True)
        return Edit(removed=(path,))
    raise ValueError(f"unknown edit {edit!r}; expected one of {', '.join(EDITS)}")
