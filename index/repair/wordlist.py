"""The general English word list that repair weighs words against.

The list is derived from wordfreq (see `index/data/README.md`): it was chosen over
symspellpy's dictionary (82k words from old Google Books n-grams, so few modern names
and terms) and wordninja's list (ranks only, no frequencies, many fragments) because it
blends news, encyclopaedia, subtitle and web text into calibrated Zipf frequencies. Only
a derived file ships, so nothing is installed or fetched at run time.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib.resources import files

LIST_FILE = "english.tsv.gz"


@lru_cache(maxsize=1)
def english_zipf() -> dict[str, float]:
    """Zipf frequency (log10 of occurrences per billion words) of each lowercase English word."""
    raw = files("index.repair.data").joinpath(LIST_FILE).read_bytes()
    table = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        word, _, zipf = line.partition("\t")
        table[word] = int(zipf) / 100
    return table


@lru_cache(maxsize=1)
def english_probabilities() -> dict[str, float]:
    """How likely each lowercase English word is as a token: `10 ** (zipf - 9)`, once."""
    return {word: 10 ** (zipf - 9) for word, zipf in english_zipf().items()}
