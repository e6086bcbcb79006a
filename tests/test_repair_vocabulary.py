"""Repair evidence by distinct clean articles: duplicates, per-article summaries, updates.

Every test runs on the bundled articles (000 is the damaged one) and the dev set's
articles, which share no story with them.
"""

from __future__ import annotations

import pickle
import re
from functools import cache
from pathlib import Path

import pytest

from index.repair import (
    CAP,
    Repaired,
    Vocabulary,
    WordSummary,
    build_vocabulary,
    repair,
    repair_article_text,
    scan,
    summarize,
)
from index.repair.summary import DAMAGE_RATE, is_clean
from index.repair.vocabulary import LEVEL
from tests.benchmarks.bench_repair import truth_000

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
DEVSET = ROOT / "tests" / "data" / "devset"


def _read(paths: list[Path]) -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8-sig") for p in paths)


@cache
def texts() -> tuple[str, ...]:
    return _read(sorted(CORPUS.glob("*.txt")))


@cache
def unrelated() -> tuple[str, ...]:
    """Articles on other events (earthquakes, jobs, trade, security elsewhere)."""
    return _read(sorted(DEVSET.rglob("*.txt")))


@cache
def summary(text: str) -> WordSummary:
    return summarize(text)


def vocabulary(corpus: tuple[str, ...]) -> Vocabulary:
    return Vocabulary.from_summaries(summary(text) for text in corpus)


def levels(vocab: Vocabulary) -> dict[str, int]:
    return {key: vocab.level(key) for key in vocab.counts}


def keys_of(s: WordSummary) -> set[str]:
    kinds = {"w": s.words, "f": s.forms, "c": s.compounds, "j": s.joined}
    return {f"{kind}:{string}" for kind, strings in kinds.items() for string in strings}


def test_the_marks_tell_the_damaged_article_from_the_clean_ones() -> None:
    assert [summary(text).clean for text in texts()] == [False, True, True, True, True]
    assert all(summary(text).clean for text in unrelated())
    marked = len(scan(texts()[0]).marked)
    assert marked > 10 * DAMAGE_RATE * scan(texts()[0]).size  # far from the threshold
    assert is_clean(1, 1500) and not is_clean(1, 500) and is_clean(0, 10)


def test_a_copy_of_the_damaged_article_does_not_vouch_for_its_fused_words() -> None:
    once = repair(texts()[0], vocabulary(texts()))
    twice = repair(texts()[0], vocabulary((*texts(), texts()[0])))
    absent = repair(texts()[0], vocabulary(texts()[1:]))
    assert once == twice == absent
    assert once.inserted == tuple(sorted(truth_000()))  # all 172 hand-checked boundaries


def test_build_vocabulary_counts_copies_once() -> None:
    copied = build_vocabulary([*texts(), texts()[0], texts()[1]])
    assert copied.counts == vocabulary(texts()).counts
    assert copied.articles[summary(texts()[1]).digest] == 2  # to remove one copy later
    assert summary(texts()[0]).digest not in copied.articles


@pytest.mark.parametrize("n", range(5))
def test_an_article_repairs_alike_in_the_corpus_or_out_of_it(n: int) -> None:
    """`repair FILE` and the index agree, whether or not the corpus holds the file."""
    others = texts()[:n] + texts()[n + 1 :]
    inside = repair_article_text(texts()[n], vocabulary(texts()), summary(texts()[n]))
    outside = repair_article_text(texts()[n], vocabulary(others), summary(texts()[n]))
    doubled = repair_article_text(texts()[n], vocabulary((*texts(), texts()[n])))
    assert inside[0] == outside[0] == doubled[0]


def test_repair_without_a_vocabulary_is_the_article_alone() -> None:
    for text in texts():
        alone = repair_article_text(text, None)
        assert repair(text) == alone[0] == repair_article_text(text, Vocabulary())[0]


def test_a_summary_is_the_article_alone_and_pickles() -> None:
    text = texts()[4]
    s = summarize(text)
    assert s == summary(text) and pickle.loads(pickle.dumps(s)) == s
    assert s.forms == set(re.findall(r"[^\W\d_]+", text))
    assert s.words == {form.lower() for form in s.forms}
    assert {"al-sudani", "al-maliki"} <= s.compounds and "al-Sudani" in text
    assert "theborder" in s.joined and "theborder" not in s.words
    assert s.digest != summarize(text + " ").digest


def test_an_unrelated_article_changes_only_the_words_it_brings() -> None:
    vocab = vocabulary(texts())
    before = levels(vocab)
    for text in unrelated():
        brought = keys_of(summary(text))
        changed = vocab.add(summary(text))
        after = levels(vocab)
        moved = {k for k in before.keys() | after.keys() if before.get(k, 0) != after.get(k, 0)}
        assert changed == moved and changed <= brought
        assert all(0 < after[k] <= LEVEL for k in changed)
        before = after


def test_add_then_remove_restores_the_vocabulary_and_reports_the_same_keys() -> None:
    vocab = vocabulary(texts())
    rows = sorted(vocab.to_rows())
    s = summary(unrelated()[0])
    added = vocab.add(s)
    assert added and vocab.add(s) == set()  # a second copy adds nothing
    assert vocab.remove(s) == set()  # nor does removing one of two copies
    assert vocab.remove(s) == added
    assert sorted(vocab.to_rows()) == rows
    assert vocab.add(summary(texts()[0])) == set()  # a damaged article adds nothing


def test_moved_keeps_only_the_keys_whose_level_ends_where_it_did_not_start() -> None:
    """An article changed in a few words: removed, then added back with its new words.
    Every one of its words was reported by `add` or `remove`, but only the words it
    gained or lost moved (an update rechecks the articles that read those alone)."""
    vocab = vocabulary(texts() + unrelated())
    old = next(t for t in unrelated() if "earthquake" in t)
    new = old.replace("earthquake", "zqxquake").replace("Earthquake", "Zqxquake")
    assert new != old
    start = levels(vocab)
    reported = vocab.remove(summary(old)) | vocab.add(summary(new))
    end = levels(vocab)
    truly = {k for k in start.keys() | end.keys() if start.get(k, 0) != end.get(k, 0)}
    assert vocab.moved(reported) == truly
    assert truly and len(truly) < len(reported) // 4
    assert {"w:zqxquake"} <= truly


def test_values_are_capped_and_counted_by_articles() -> None:
    vocab = vocabulary(unrelated() + texts())
    for key in ("w:the", "w:earthquake", "w:border"):
        counts = sum(key in keys_of(summary(t)) for t in set(unrelated() + texts()[1:]))
        assert vocab.counts[key] == counts
        assert vocab.level(key) == min(counts, CAP + 1)


def test_rows_round_trip() -> None:
    vocab = vocabulary(texts() + unrelated() + (texts()[1],))
    rows = list(vocab.to_rows())
    assert all(isinstance(c, int) and kind in "wfcja" for kind, _, c in rows)
    again = Vocabulary.from_rows(rows)
    assert again == vocab and sorted(again.to_rows()) == sorted(rows)
    assert pickle.loads(pickle.dumps(vocab)) == vocab
    s = summary(texts()[1])
    assert again.remove(s) == vocab.remove(s) == set()  # the copy's count survived the rows
    assert again.remove(s) == vocab.remove(s) != set()
    assert repair(texts()[0], again) == repair(texts()[0], vocab)


def test_consulted_keys_are_the_same_from_a_cached_search() -> None:
    vocab = vocabulary(texts())
    first = [repair_article_text(text, vocab) for text in texts()]
    again = [repair_article_text(text, vocab) for text in texts()]  # every search cached
    fresh = [repair_article_text(text, vocabulary(texts())) for text in reversed(texts())]
    assert first == again == fresh[::-1]
    assert all(keys for _, keys in first)


def _update(
    vocab: Vocabulary, before: list[tuple[Repaired, frozenset[str]]], changed: set[str]
) -> list[bool]:
    """Check the contract after an update; returns which articles were touched."""
    touched = []
    for text, (result, keys) in zip(texts(), before, strict=True):
        now = repair_article_text(text, vocab, summary(text))
        fresh = repair_article_text(text, Vocabulary.from_rows(vocab.to_rows()), summary(text))
        assert now == fresh  # the cache forgot what the update made stale
        touched.append(not keys.isdisjoint(changed))
        if not touched[-1]:
            assert now == (result, keys)
    return touched


def _warm(vocab: Vocabulary) -> list[tuple[Repaired, frozenset[str]]]:
    """Every bundled article repaired against `vocab`, whose cache of splits fills."""
    return [repair_article_text(text, vocab, summary(text)) for text in texts()]


def test_untouched_articles_repair_alike_after_adding_and_removing_articles() -> None:
    touched = []
    for text in unrelated()[:6]:
        vocab = vocabulary(texts())
        before = _warm(vocab)
        touched += _update(vocab, before, vocab.add(summary(text)))
    assert any(touched) and not all(touched)
    vocab = vocabulary(texts())
    before = _warm(vocab)
    removed = vocab.remove(summary(texts()[3]))
    assert removed
    _update(vocab, before, removed)


def test_an_article_whose_repair_changes_is_told_by_its_keys() -> None:
    """Near-copies of 000 that show no marks count as clean: adding enough of them makes
    000's fused words look attested, and the keys that moved are among those 000 read."""
    paragraphs = [p for p in texts()[0].split("\n") if len(p) > 200]
    copies = [p for p in paragraphs if summary(p).clean]
    assert len(copies) >= 3
    vocab = vocabulary(texts())
    before = _warm(vocab)
    changed: set[str] = set()
    for copy in range(CAP):
        for p in copies:
            changed |= vocab.add(summarize(p + "\n" * (copy + 1)))  # distinct contents
    after = repair_article_text(texts()[0], vocab, summary(texts()[0]))
    assert after[0] != before[0][0]
    assert not before[0][1].isdisjoint(changed)
    _update(vocab, before, changed)


def test_keys_not_read_cannot_change_the_result() -> None:
    """Make every part of every run of 000 that its repair did not read an attested word
    (and form), and every joined pair it did not read common: the repair is the same
    (the keys it reads may differ: with other values a search weighs other parts)."""
    vocab = vocabulary(texts())
    result, keys = repair_article_text(texts()[0], vocab)
    parts = set()
    for run in {m.group() for m in re.finditer(r"[^\W\d_]+", texts()[0])}:
        parts |= {run[i:j] for i in range(len(run)) for j in range(i + 1, len(run) + 1)}
    rows = list(vocab.to_rows())
    for part in parts:
        for kind, key in (("w", part.lower()), ("f", part), ("j", part.lower())):
            if f"{kind}:{key}" not in keys:
                rows.append((kind, key, LEVEL))
    changed = Vocabulary.from_rows(rows)
    assert len(changed.counts) > 5 * len(vocab.counts)
    assert repair_article_text(texts()[0], changed)[0] == result
