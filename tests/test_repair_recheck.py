"""An article's repair checked run by run after the vocabulary moved is the repair done
again whole (`index.repair.recheck`), on generated articles made from the bundled ones."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.repair import Vocabulary, recheck, repair_with_dependencies, summarize
from index.repair.marks import LETTERS
from index.repair.reading import scan
from index.repair.recheck import Moved, unchanged
from tests.benchmarks.scale.generate import generate


def test_a_repair_checked_run_by_run_is_the_repair_done_again(tmp_path: Path) -> None:
    paths = generate(tmp_path / "corpus", 80, seed=11)
    texts = [path.read_text(encoding="utf-8") for path in sorted(paths)]
    words = [summarize(text) for text in texts]
    kept, added, removed = range(60), range(60, 80), range(50, 60)
    vocabulary = Vocabulary.from_summaries(words[i] for i in (*kept, *removed))
    before = {i: repair_with_dependencies(texts[i], vocabulary, words[i]) for i in kept}
    moved: set[str] = set()
    for i in added:
        moved |= vocabulary.add(words[i])
    for i in removed:
        moved |= vocabulary.remove(words[i])
    former, move = vocabulary.as_before(), Moved(moved)
    checked, touched = 0, 0
    for i in kept:
        repaired, read = before[i]
        found = unchanged(texts[i], words[i], vocabulary, former, move, read.penalty)
        again, now = repair_with_dependencies(texts[i], vocabulary, words[i])
        if found is None:
            continue
        checked += 1
        touched += bool(found.present or found.searched)
        assert again.inserted == repaired.inserted
        assert now.penalty == read.penalty
        # what the untouched runs read before and the touched ones read now covers
        # everything the repair done again reads
        assert now.present <= read.present | found.present
        assert now.searched <= read.searched | found.searched
    assert moved and checked > 40 and touched > 10


def test_a_run_holding_no_moved_word_is_left_alone() -> None:
    text = "Thewall runs along the border. Officials inspected it."
    vocabulary = Vocabulary.from_summaries([summarize("The wall runs along the border.")])
    assert Moved({"w:drones", "j:theborder"}).touched(text) == []
    touched = Moved({"w:wall"}).touched(text)
    assert [run.text for run in touched] == ["Thewall"]
    assert vocabulary.as_before().counts.get("w:wall") == 1


def test_a_text_with_a_sigma_is_repaired_again_whole() -> None:
    # "ΟΔΟΣ" of the run "ΟΔΟΣκαι" reads "w:οδος" (final sigma), which the run's own
    # lowercase "οδοσκαι" does not hold: the run cannot be found by its moved word
    filler = " ".join(["the cat sat on the mat"] * 8)
    text = "He said,the dog ran. " + filler + " ΟΔΟΣκαι " + filler
    words = summarize(text)
    vocabulary = Vocabulary.from_summaries(summarize(t) for t in ["οδος", filler])
    repaired, read = repair_with_dependencies(text, vocabulary, words)
    moved: set[str] = set()
    for copy in range(7):
        moved |= vocabulary.add(summarize("οδος" + "\n" * (copy + 1)))
    assert "w:οδος" in moved and "w:οδος" in read.present
    again, _ = repair_with_dependencies(text, vocabulary, words)
    assert again.inserted != repaired.inserted  # the move does change this repair
    found = unchanged(text, words, vocabulary, vocabulary.as_before(), Moved(moved), read.penalty)
    assert found is None


_PIECES = st.sampled_from(
    ["wall", "Wall", "thewall", "WALLS", "al-wall", "border", "é", "ǅ", "İ", "Ⅻ", "x_y", "3",
     "it’s", "www.wall.com", "http://a.b/wall", " ", "  ", "\n", "\t", "\xa0", ",", "-"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.integers(0, 3))
def test_the_runs_and_counts_read_around_moved_words_are_those_of_the_whole_text(
    pieces: list[str], long: int
) -> None:
    # the run-by-run check reads only the tokens holding a moved word, and counts only
    # the runs it weighs: the same as reading the whole text, also for a token longer
    # than it looks back (`_REACH`) and letters whose lowercase is longer ("İ")
    text = "".join(pieces) + "wall" * (long * recheck._REACH // 3)
    words = ["wall", "border", "al", "al-wall"]
    written = [(r, f"{r.text}-{r.tail}" if r.tail else r.text) for r in scan(text).runs]
    runs = [r for r, w in written if any(word in w.lower() for word in words)]
    assert Moved({f"w:{w}" for w in words}).touched(text) == runs
    low = text.lower()
    if len(low) == len(text):
        counts = Counter(map(str.lower, LETTERS.findall(text)))
        for word in {*words, *(run.text.lower() for run in runs)}:
            assert recheck._seen(text, low, word) == counts[word]
