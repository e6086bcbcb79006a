"""Answers in an interview written as questions and answers: each answer is a quotation
of the person interviewed, with no quote marks and no verb.

An interview is told by its layout: paragraphs that open with "Q:" and "A:" (or
"Question:" and "Answer:"), at least two of each; or paragraphs that open with one
person's name and a colon, at least two, beside paragraphs that ask ("…?"). The person
interviewed is the one the answers' label names, or else the first person the article
names before its first question who did not write or ask it ("Interview by …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.extract.quotes.context import Named, Person

_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s+")
MIN_TURNS = 2
"""Questions and answers (each) that make an interview."""
_BY = re.compile(r"\b(?:[Bb]y|[Ii]nterviewer|[Rr]eporter|[Cc]orrespondent)\b[^.\n]{0,40}$")
"""What stands before the name of the one who wrote or asked: "Interview by …"."""
_LABEL_END = re.compile(r"\s*:\s+")


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
    for n in named:
        if n.start >= first_question:
            break
        if not n.person.is_person or n.person.described:
            continue
        line_start = text.rfind("\n", 0, n.start) + 1
        if _BY.search(text, line_start, n.start):
            continue
        return n.person
    return None


def _trimmed(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
