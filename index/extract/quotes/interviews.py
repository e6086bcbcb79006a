"""Answers in an interview written as questions and answers: each answer is a quotation
of the person interviewed, with no quote marks and no verb.

An interview is told by its layout: paragraphs that open with "Q:" and "A:" (or
"Question:" and "Answer:"), at least two of each; or paragraphs that open with one
person's name and a colon, at least two, beside paragraphs that ask ("…?"). The person
interviewed is the one the answers' label names, or else the one the article's opening
says it talked to (`_interviewed`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.extract.quotes.context import Named, Person

_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s+")
MIN_TURNS = 2
"""Questions and answers (each) that make an interview."""
_WRITER_BEFORE = re.compile(
    r"\b(?:[Bb]y|[Ii]nterviewer|[Rr]eporter|[Cc]orrespondent)\b[^.\n]{0,40}$"
)
"""What may stand before the name of the one who wrote or asked, on its line ("Interview
by …"): a name so placed is not whom the article interviews."""
_INTERVIEW = re.compile(
    r"\b(?:[Ii]nterview(?:ed|s)?|sat\s+down\s+with|(?:spoke|talked|[Ss]peaking)\s+(?:to|with)"
    r"|in\s+conversation\s+with|edited\s+for\s+(?:length|clarity)|asked|answered|told)\b"
)
"""Words that say an article is an interview, and near whom."""
_TITLES_BETWEEN = re.compile(r"[\s,]*(?:(?:the|our|its)\s+)?(?:[A-Z][\w.’'-]*[\s,]+){0,6}")
"""What may stand between "spoke to" and the name of whom it spoke to: titles, an
outlet's name ("Speaking to Shafaq News, Interior Minister Abdul Amir al-Shammari")."""
_OPENS = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){0,4}")
"""What may stand before a name that opens its sentence: titles ("Col. …")."""
_LABEL_END = re.compile(r"\s*:\s+")
"""The colon after a speaker's name that opens a turn ("Al-Juburi: About 400 …")."""


Span = tuple[int, int]
"""A passage's start and end, in repaired coordinates."""


def answers(
    text: str, passages: Sequence[Span], named: Sequence[Named]
) -> list[tuple[int, int, Person]]:
    """The answers of an interview laid out in `passages` of `text` (repaired), each as
    (start, end, the person interviewed), or none when the layout is no interview."""
    marked = _marked_answers(text, passages, named)
    return marked if marked else _labelled_answers(text, passages, named)


def _marked_answers(
    text: str, passages: Sequence[Span], named: Sequence[Named]
) -> list[tuple[int, int, Person]]:
    """The answers of "Q:"/"A:" paragraphs, the person interviewed found in the intro."""
    asked = [p for p in passages if _QUESTION.match(text, p[0])]
    told = [(p, _ANSWER.match(text, p[0])) for p in passages]
    said = [(m.end(), p[1]) for p, m in told if m is not None]
    if len(asked) < MIN_TURNS or len(said) < MIN_TURNS:
        return []
    person = _interviewed(text, asked[0][0], named)
    if person is None:
        return []
    return [(start, _trimmed(text, start, end), person) for start, end in said if end > start]


def _labelled_answers(
    text: str, passages: Sequence[Span], named: Sequence[Named]
) -> list[tuple[int, int, Person]]:
    """The turns of the person whose name and a colon open most paragraphs (two or more),
    in an article that asks questions ("Rudaw: Who guards it?" / "Al-Juburi: …")."""
    asks = any(text[s:e].rstrip().endswith("?") for s, e in passages)
    if not asks:
        return []
    by_key: dict[str, list[tuple[int, int, Person]]] = {}
    opening = {n.start: n for n in named}
    for start, end in passages:
        label = opening.get(start)
        if label is None or not label.person.is_person or label.person.described:
            continue
        colon = _LABEL_END.match(text, label.end)
        if colon is None or colon.end() >= end:
            continue
        said = (colon.end(), _trimmed(text, colon.end(), end), label.person)
        by_key.setdefault(label.person.key, []).append(said)
    turns = max(by_key.values(), key=len, default=[])
    return turns if len(turns) >= MIN_TURNS else []


def _interviewed(text: str, first_question: int, named: Sequence[Named]) -> Person | None:
    """Whom the article interviews: of the people it names before its first question
    (not its writer's), in the sentence with the words that say so, the one they name
    ("spoke to Interior Minister X") or else the last named before them ("X, the party's
    leader, talked with Rudaw"); else the one a sentence opens with, where the article
    says it is an interview ("The interview was edited for length"); no one otherwise
    (an explainer's questions are answered by its writer)."""
    people = [
        n for n in named
        if n.start < first_question and n.person.is_person and not n.person.described
        and not _WRITER_BEFORE.search(text, text.rfind("\n", 0, n.start) + 1, n.start)
    ]  # fmt: skip
    cues = list(_INTERVIEW.finditer(text, 0, first_question))
    if not people or not cues:
        return None
    for cue in cues:
        start = _sentence_start(text, cue.start())
        after = [n for n in people if _TITLES_BETWEEN.fullmatch(text, cue.end(), n.start)]
        before = [n for n in people if start <= n.start < cue.start()]
        if after or before:  # "sat down with Minister X"; "X, …, talked with Rudaw"
            return after[0].person if after else before[-1].person
    opening = [n for n in people if _OPENS.fullmatch(text, _sentence_start(text, n.start), n.start)]
    return opening[0].person if opening else None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts (just after the stop or line before it)."""
    return max(text.rfind(stop, 0, at) for stop in (". ", "? ", "! ", "\n")) + 1


def _trimmed(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
