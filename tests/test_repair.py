"""Fused-word repair on the real articles: hard cases, names, clean text, offset maps."""

from __future__ import annotations

import importlib
import math
import random
import re
from functools import cache, lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.repair import Repaired, Vocabulary, build_vocabulary, repair, scan, summarize
from index.repair.splitter import Segmenter
from tests.benchmarks.bench_repair import Score, damage, score, snap, truth_000

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@lru_cache(maxsize=1)
def texts() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8-sig") for p in sorted(CORPUS.glob("*.txt")))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return build_vocabulary(texts())


@cache
def repaired(n: int) -> Repaired:
    return repair(texts()[n], vocabulary())


def repaired_token(token: str) -> str:
    """How the repaired view of article 000 writes the token that reads `token` there."""
    start = texts()[0].index(token)
    result = repaired(0)
    return result.text[result.to_repaired(start) : result.to_repaired(start + len(token) - 1) + 1]


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Syriaplunges", "Syria plunges"),
        ("WithISIS", "With ISIS"),
        ("instabilityin", "instability in"),
        ("afoothold", "a foothold"),
        ("al-Arajihas", "al-Araji has"),
        ("Al-Saadiwarned", "Al-Saadi warned"),
        ("30watchtowers", "30 watchtowers"),
        ("2024alone", "2024 alone"),
        ("rise,Baghdad", "rise, Baghdad"),
        ('vulnerable."The', 'vulnerable. "The'),
        ('theworld,"', 'the world,"'),
        ('a"ticking', 'a "ticking'),
        ("ThatEngulfs", "That Engulfs"),
        ("Shiaal-Sudani", "Shia al-Sudani"),
        ("Forces(PMF)", "Forces (PMF)"),
        ("(PMF)were", "(PMF) were"),
        ("alongside11,000", "alongside 11,000"),
        ("10,000additional", "10,000 additional"),
        ("Israel’sGaza", "Israel’s Gaza"),
        ('them,"al-Mamaari', 'them," al-Mamaari'),
    ],
)
def test_hard_cases_in_000(token: str, expected: str) -> None:
    assert repaired_token(token) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Tinderbox",
        "watchtowers",
        "foolproof",
        "Abdelwahab",
        "Nehmeh",
        "Jughayfi",
        "Fishkhabour",
        "Watout",
        "Abdulkhaleq",
        "Al-Muhammadawi",
        "al-Bandawi",
        "al-Mamaari",
        "Kata’ib",
    ],
)
def test_names_and_words_stay_whole(name: str) -> None:
    for n, text in enumerate(texts()):
        start = text.find(name)
        if start >= 0:
            assert repaired(n).breaks_in(start, start + len(name)) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Army, e.g. in 2024, paid 3.5 million or 10,000 dollars to southfront.press.",
        "Mail info@example.com or see https://www.example.org/a,b.html now.",
        "An F16 and 4th wave in the 1990s after COVID-19 covered 12 km2.",
        "McDonald sold an iPhone on YouTube, said al-Sudani.",
    ],
)
def test_clean_marks_are_left_alone(text: str) -> None:
    assert repair(text, build_vocabulary([text, *texts()])).inserted == ()


def test_clean_articles_come_out_nearly_unchanged() -> None:
    false_splits = sum(len(repaired(n).inserted) for n in range(1, 5))
    assert false_splits <= 2


def test_article_000_reaches_the_quality_bar() -> None:
    truth = truth_000()
    assert score(repaired(0).inserted, truth).f1 >= 0.97


def test_repair_without_vocabulary_uses_the_text_alone() -> None:
    assert repair("They saw the attack onthe border.").text == "They saw the attack on the border."


def check_maps(result: Repaired) -> None:
    assert len(result.text) == len(result.original) + len(result.inserted)
    assert _strip_inserted(result) == result.original
    for i, char in enumerate(result.text):
        j = result.to_original(i)
        if result.to_repaired(j) == i:
            assert result.original[j] == char
        else:
            assert char == " " and j in result.inserted
    for j in range(len(result.original)):
        assert result.to_original(result.to_repaired(j)) == j


def _strip_inserted(result: Repaired) -> str:
    kept = (c for i, c in enumerate(result.text) if result.to_repaired(result.to_original(i)) == i)
    return "".join(kept)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcIS ,.\"'’-0123456789\n", max_size=80))
def test_maps_hold_for_random_text(text: str) -> None:
    check_maps(repair(text))


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 4), st.integers(0, 10_000), st.integers(10, 400))
def test_maps_hold_for_damaged_articles(n: int, seed: int, length: int) -> None:
    damaged, _ = damage(texts()[n], random.Random(seed))
    start = random.Random(seed).randrange(len(damaged))
    check_maps(repair(damaged[start : start + length], vocabulary()))


def test_maps_hold_for_article_000() -> None:
    check_maps(repaired(0))


def test_scorer_counts_hits_false_and_missed() -> None:
    result = score([3, 7, 9], [3, 9, 12])
    assert result == Score(hits=2, false=1, missed=1)
    assert result.precision == pytest.approx(2 / 3) and result.recall == pytest.approx(2 / 3)
    assert score([], []).f1 == 1.0


def test_snap_moves_only_across_punctuation() -> None:
    text = 'vulnerable."The end'
    assert snap(text, [12, 3], [11]) == [11, 3]


def test_damage_deletes_the_spaces_at_wraps() -> None:
    text = " ".join(["word"] * 40)
    damaged, truth = damage(text, random.Random(0))
    assert damaged.replace("wordword", "word word") != damaged
    restored = "".join(" " + c if i in truth else c for i, c in enumerate(damaged))
    assert restored == text


@pytest.mark.parametrize("penalty", [3.0, 5.5, 8.0])
def test_shortcut_keeps_every_decision_of_the_full_search(penalty: float) -> None:
    evidence = vocabulary().evidence
    segmenter = Segmenter(evidence, penalty, math.log(1000))
    read = scan(texts()[0])
    for run in {r for r in read.runs if not r.after_apostrophe}:
        seen = read.seen[run.text.lower()]
        whole = segmenter.whole_cost(run.text, seen)
        cost, cuts = segmenter._search(run.text, False, run.tail)
        assert segmenter.split(run.text, seen, run.tail) == (
            () if run.text.isupper() or cost >= whole else cuts
        )


def test_part_cost_floor_is_below_every_part() -> None:
    segmenter = Segmenter(vocabulary().evidence, 3.0, 1.0)
    words = {w for text in texts() for w in re.findall(r"[^\W\d_]+", text)}
    parts = {w[i:j] for w in words for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
    assert min(segmenter.part_cost(p) for p in parts) >= segmenter.floor


def test_cheapest_splits_are_shared_by_documents_of_one_vocabulary() -> None:
    vocab = build_vocabulary(texts())
    first = repair(texts()[0], vocab)
    assert vocab.evidence.splits
    assert repair(texts()[0], vocab) == first


def test_a_full_cache_of_splits_starts_afresh_and_repairs_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = [repair(text, build_vocabulary(texts())).inserted for text in texts()]
    monkeypatch.setattr(importlib.import_module("index.repair.evidence"), "SPLITS_KEPT", 3)
    vocab = build_vocabulary(texts())
    again = [repair(text, vocab).inserted for text in texts()]
    assert again == kept
    assert 0 < len(vocab.evidence.splits) <= 3
    assert kept[0]  # the damaged article 000 has spaces restored


def test_a_token_too_long_to_be_words_is_left_as_written() -> None:
    prose = "The border wall runs along the frontier. Officials said {} now.\n"
    assert repair(prose.format("thewallisfinished")).inserted  # a short token is weighed
    data = "thewallisfinished" * 6 + "abc"  # 105 characters without a space: data
    assert repair(prose.format(data)).inserted == ()
    huge = prose.format("wall" * 250_000)  # a megabyte of letters: left, not weighed
    assert repair(huge).inserted == () and not [r for r in scan(huge).runs if len(r.text) > 100]


def test_data_adds_no_word_to_the_vocabulary() -> None:
    """An encoded image's letters are no words the corpus writes."""
    image = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA" * 3
    summary = summarize(f"The wall was built. {image} Officials said so.\n")
    assert summary.words == {"the", "wall", "was", "built", "officials", "said", "so"}
    assert summary.joined == {"thewall", "wallwas", "wasbuilt", "officialssaid", "saidso"}


def test_a_capitalised_word_with_a_number_is_a_name_not_a_lost_space() -> None:
    text = "France24 and Kurdistan24 reported on the wall. The toll rose andalso2025.\n"
    repaired = repair(text).text
    assert "France24 and Kurdistan24 reported" in repaired  # outlets, as written
    assert "and also 2025" in repaired  # a word that lost its space before digits
    fused = repair("Officials toldKurdistan24 on Monday that the wall was done.\n").text
    assert "told Kurdistan24 on" in fused  # a name with a number, split from the word before


@pytest.mark.parametrize(
    ("fused", "restored"),
    [
        ("built 57 miles of450 km", "of 450 km"),  # a function word before a number
        ("rose to14,626 by noon", "to 14,626 by"),
        ("struck by a7.8-magnitude quake", "a 7.8-magnitude"),
        ("In2024, the wall", "In 2024, the"),
        ("some 23,000and more", "23,000 and more"),  # and after one
        ("about 70%of the border", "70% of the"),
        ("the U.S.Customs office", "U.S. Customs office"),  # initials, then a word
        ("with U.N.Security Council", "U.N. Security Council"),
        ("said theU.S. envoy", "the U.S. envoy"),  # a word, then initials
        ("on April28, the", "April 28, the"),  # a month is no outlet with a number
        ("on June 18,2017. Then", "18, 2017. Then"),  # a day's comma and a year
        ("a rise (+28,000).Sectors grew", "(+28,000). Sectors grew"),
    ],
)
def test_lost_spaces_next_to_numbers_and_initials(fused: str, restored: str) -> None:
    assert restored in repair(fused, build_vocabulary(texts())).text


@pytest.mark.parametrize(
    "text",
    [
        "A 12in screen, item 12a, an A7 and 3on3 games at 10am.",
        "Codes a05001902b7f1c33 and This%20is%20encoded stay.",
        "It cost 12,500 or 1,200,000 units; ratio 3:1 by 2024.",
        "The U.S.-led coalition and U.S. forces met Sen. J. Smith.",
    ],
)
def test_numbers_codes_and_initials_written_so_are_left_alone(text: str) -> None:
    assert repair(text, build_vocabulary([text, *texts()])).inserted == ()
