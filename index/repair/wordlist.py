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
    fields = gzip.decompress(raw).decode("utf-8").split()  # word, zipf × 100, word, …
    words, values = fields[0::2], fields[1::2]
    if len(words) != len(values):
        raise ValueError(f"{LIST_FILE}: a line is not a word and its frequency")
    zipfs = {value: int(value) / 100 for value in set(values)}  # about 500 distinct values
    return dict(zip(words, map(zipfs.__getitem__, values), strict=True))


@lru_cache(maxsize=1)
def english_probabilities() -> dict[str, float]:
    """How likely each lowercase English word is as a token: `10 ** (zipf - 9)`, once."""
    zipfs = english_zipf()
    likely = {zipf: 10 ** (zipf - 9) for zipf in set(zipfs.values())}
    return dict(zip(zipfs, map(likely.__getitem__, zipfs.values()), strict=True))
