"""Regenerate `index/data/english.tsv.gz`, the English word frequencies repair relies on.

Run `python -m tests.benchmarks.make_wordlist` with the `bench` extra installed. The list
is wordfreq's English data (CC BY-SA 4.0, Robyn Speer et al.) cut to alphabetic words with
a Zipf frequency of at least `MIN_ZIPF`; each line is `word<TAB>round(zipf * 100)`.
"""

from __future__ import annotations

import gzip
from pathlib import Path

MIN_ZIPF = 1.5
"""Rarer words are mostly noise for segmentation and would only add weight."""
TARGET = Path(__file__).resolve().parents[2] / "index" / "data" / "english.tsv.gz"


def rows() -> list[str]:
    """The lines of the list, most frequent first."""
    from wordfreq import top_n_list, zipf_frequency

    lines = []
    for word in top_n_list("en", 10**7):
        zipf = zipf_frequency(word, "en")
        if zipf >= MIN_ZIPF and word.replace("'", "").isalpha():
            lines.append(f"{word}\t{round(zipf * 100)}")
    return lines


def main() -> None:
    """Write the list, reproducibly (fixed gzip mtime)."""
    data = ("\n".join(rows()) + "\n").encode("utf-8")
    TARGET.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{TARGET}: {len(data)} bytes raw")


if __name__ == "__main__":
    main()
