"""Who said a quotation: attribution after the quote, before it, or carried over.

In order: "…,” said X" / "…,” X said" right after the closing mark; else a speech verb
earlier in the quote's own sentence ("X stated that “…”"), whose subject is the first
person of the sentence or the pronoun or description before the verb; else the speaker
of the previous quotation of the paragraph, or the subject the narrative is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from index.extract.names.wordlists import DEMONYMS, ORG_HEADS, ROLE_NOUNS
from index.extract.quotes.context import Named, Person, SubjectTrail
from index.text.wordlists import ATTRIBUTION_VERBS, TITLE_ABBREVIATIONS, alternation

_ALL = alternation(ATTRIBUTION_VERBS)
_FINITE = alternation([v for v in ATTRIBUTION_VERBS if not v.endswith("ing")])
_LEAD = r"^[\s,.;’‘”\"]*"
_ABBREVIATED = rf"(?:{'|'.join(TITLE_ABBREVIATIONS)})\.|(?:[A-Z]\.)+(?=\s*[A-Z(])"
_POST_SAID = re.compile(rf"{_LEAD}(?P<verb>{_FINITE})\s+(?P<np>(?:{_ABBREVIATED}|[^,.;:“”\"])+)")
_POST_SUBJECT = re.compile(
    rf"{_LEAD}(?P<np>(?:[\w’'‘.-]+\s+){{1,10}}?"
    rf"|(?:[A-Z]|(?:the|a|an)\s+[a-z])[\w’'‘.-]*(?:\s+[\w’'‘.-]+){{0,6}},"
    rf"(?:{_ABBREVIATED}|[^,.;:“”\"]){{2,80}}?,?\s+)(?:\w+ly\s+|has\s+|had\s+|also\s+)*"
    rf"(?P<verb>{_FINITE})\b"
)
_VERB = re.compile(rf"(?<![\w-])(?:{_ALL})\b")
_POST_ACCORDING = re.compile(rf"{_LEAD}according\s+to\s+(?P<np>(?:{_ABBREVIATED}|[^,.;:“”\"])+)")
_STOP_AFTER_MARK = re.compile(r"\s*[.!?](?:\s|$)")
"""A sentence that ends right after the closing mark: the next one's subject is no
attribution of the quotation, unless it is all the sentence says ("Ali added.")."""
_POST_CREDIT = re.compile(
    rf"{_LEAD}(?:Who\s+said\s+it|Said\s+by|Claimed\s+by|Claim\s+by|Attributed\s+to)\s*:\s*"
    rf"(?P<np>(?:{_ABBREVIATED}|[^,.;:“”\"\n])+)"
)
"""A fact-check's credit line under the claim it quotes: "Who said it: Brig. Gen. X, …"."""
_CLAUSE_VERB = (
    r"(?:would|will|could|should|must|might|may|can|was|were|is|are|had|has|have|[a-z]{3,}ed)"
)
_INTRODUCES = re.compile(
    r"^\S*(?:\s+[\w’'-]+){0,6}?\s*(?:(?:that|as)(?:\s+(?:[A-Z][\w’'-]*|he|she|it|they|we)"
    r"(?:\s+[A-Z][\w’'-]*){0,2})?|,|:"
    r"|that(?:\s+[\w’'-]+){1,8}?\s+" + _CLAUSE_VERB + r"(?:\s+[a-z][\w’'-]*){0,9})\s*$"
    r"|^\S*(?:\s+[\w’'-]+){1,8}?\s+" + _CLAUSE_VERB + r"(?:\s+[a-z][\w’'-]*){0,9}\s*$"
)
"""What ties a speech verb to the quotation after it: a few words ("said in a televised
statement that “…”"), then "that", "as" ("described the situation as “…”"), a comma or
a colon; after "that" a name or a pronoun may open the clause the quotation ends ("told
reporters that Iraq “stands with …”"), or a clause whose verb the quotation completes
("that the returnees would undergo “security screening and …”"), "that" left out or not
("said the crossing was closed “until further notice”"); never a common noun alone
("that the “security belt” plan": a term in quote marks)."""
_AND_THAT = re.compile(
    r"[,;]\s+and\s+that\s+(?:the|those|these|its|their|his|her|[A-Z][\w’'-]*)"
    r"(?:\s+[\w’'-]+){0,3}\s*$"
)
"""A second clause of the reported speech whose subject the quotation goes on: "explained
that the area …, and that those networks “have been dealt painful blows.”"."""
_CLAUSE_END = re.compile(r"^\s*(?:[.!?]|$)")
_NP_BEFORE = re.compile(
    r"(?P<np>\b[Hh]e|\b[Ss]he|\b(?:[Tt]he|[Aa]n?)\s[\w\s’'()-]{1,60}?)\s*,?\s*"
    r"(?:\w+ly\s+|has\s+|had\s+|have\s+|also\s+)*$"
)
_APPOSED = re.compile(r",\s*(?:[A-Z][a-z]{0,6}\.?\s+){0,3}\Z")
"""A description set before a person's name by a comma: the name is who it describes."""
_ACCORDING = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|post"
    r"|communiqu[eé]|release)\s+(?:by|from|of|issued\s+by)\s+)?"
    r"(?P<np>[\w’'.-]+(?:\s+[\w’'.-]+){0,6}?)\s*[,:](?:\s+[\w’'-]+){0,4}?\s*$"
)
"""A credit before the quotation: "According to Sukkar, “…”", "according to a statement
from the ministry: “…”", "According to the statement, the troops “…”" (a few words of
the clause the quotation ends may come between)."""
_QUOTED_AS = re.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<np>[^,;:“”\"]{2,80}?)\s+as\s+(?:saying|stating|telling\s+\w+)"
    r"(?:\s+that)?\s*[,:]?\s*$"
)
"""One who reports another's words: "Rudaw quoted a security official as saying that
“…”" is the official's."""
_PRONOUNS = frozenset({"he", "she", "He", "She"})
_DETERMINERS = ("the ", "The ", "a ", "A ", "an ", "An ")


@dataclass(frozen=True)
class Attribution:
    """A quotation's speaker (None when unknown), its verb, and whether a verb tied them."""

    person: Person | None
    verb: str = ""
    explicit: bool = False


@dataclass(frozen=True)
class Scene:
    """What attribution may look at: the text, the passage's masked text, the names."""

    text: str
    plain: str
    offset: int
    starts: Sequence[int]
    named: Sequence[Named]
    trail: SubjectTrail
    everyone: Sequence[Named]
    """Every mention of the document, in text order (`named` holds the passage's)."""


def after_quote(scene: Scene, close: int, limit: int, full_stop: bool) -> Attribution | None:
    """ "…,” said X" or "…,” X said" in the words right after the closing mark.

    After a quotation that ends its sentence only a bare "X added." counts.
    """
    tail = scene.text[close:limit]
    full_stop = full_stop or bool(_STOP_AFTER_MARK.match(tail))  # "…”. The envoy said …"
    credited = _POST_ACCORDING.match(tail) or _POST_CREDIT.match(tail)
    if credited is not None:  # "…”, according to Haider al-Shakeri, a researcher"
        person = resolve_phrase(scene, close + credited.start("np"), close + credited.end("np"))
        if person is not None:
            return Attribution(person, "", True)
    for pattern in (_POST_SUBJECT,) if full_stop else (_POST_SAID, _POST_SUBJECT):
        match = pattern.match(tail)
        if match and (not full_stop or _CLAUSE_END.match(tail[match.end() :])):
            np_start = close + match.start("np")
            person = resolve_phrase(scene, np_start, close + match.end("np"))
            if person is not None:
                return Attribution(person, match.group("verb"), True)
    return None


def before_quote(scene: Scene, opener: int) -> Attribution | None:
    """A speech verb earlier in the quote's sentence, and its subject (none for a
    quotation that opened in the paragraph before, `marks.runs_on`)."""
    start = max((s for s in scene.starts if s <= opener), default=None)
    if start is None:
        return None
    head = scene.plain[start - scene.offset : opener - scene.offset]
    credited = _ACCORDING.search(head)
    if credited is not None:  # "According to a statement by the ministry, “…”"
        at = start + credited.start("np")
        if _THE_STATEMENT.fullmatch(credited.group("np")):
            person = _issuer_before(scene, at)  # "According to the statement, “…”"
        else:
            person = resolve_phrase(scene, at, at + len(credited.group("np")))
        if person is not None:
            return Attribution(person, "", True)
    reported = _QUOTED_AS.search(head)
    if reported is not None:
        at = start + reported.start("np")
        person = resolve_phrase(scene, at, at + len(reported.group("np")))
        if person is not None:
            return Attribution(person, "quoted", True)
    verbs = [v for v in _VERB.finditer(head) if not _NOUN_BEFORE.search(head, 0, v.start())]
    cut = start + verbs[-1].start() if verbs else opener
    person = _described_subject(scene, start, cut) if verbs else None
    person = person or _first_person(scene, start, cut)
    if person is None and verbs and _PARTICIPLE.search(head, 0, verbs[-1].end()):
        # "He warned them, saying “…”": his; "The SMC called on …, affirming “…”": its
        person = _sentence_subject(scene, start, cut) or _first_actor(scene, start, cut)
    if person is None and verbs:  # the words before the verb are its subject
        chained = len(verbs) > 1 and _PARTICIPLE.search(head, 0, verbs[-1].end())
        subject_cut = start + verbs[-2].start() if chained else cut  # "X said, adding that"
        person = _subject_phrase(scene, start, subject_cut)
    if person is None:  # without a verb, the words before the marks are no subject
        relative = _WHICH_SAID.search(head, 0, cut - start)  # "the ministry, which said"
        person = (
            (None if relative else _pronoun_subject(scene, start, cut))
            or _first_actor(scene, start, cut)
            or _sentence_subject(scene, start, cut)
        )
    if person is None:
        return None
    said = head[verbs[-1].start() :] if verbs else ""
    tight = bool(verbs) and bool(_INTRODUCES.match(said) or _AND_THAT.search(said))
    return Attribution(person, verbs[-1].group() if verbs else "", tight)


_NOUN_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his)\s+$"
)
"""A determiner before a speech verb's letters makes them a noun ("the reports were")."""
_PARTICIPLE = re.compile(r",\s+\w+ing$")
"""A speech verb in -ing after a comma ("…, saying", "…, describing"): its subject is
the sentence's, not the words before it."""


_THE_STATEMENT = re.compile(r"[Tt]he\s+(?:statement|report|communiqu[eé]|release)")
_ISSUED = re.compile(
    r"\b(?:said|says|announced|stated|added|reported),?\s+(?:on\s+\w+\s+)?in\s+(?:a|its|an)\s+"
    r"(?:\w+\s+)?(?:statement|report|communiqu[eé]|release)\b"
    r"|\b(?:issued|released|published)\s+(?:a|an)\s+(?:\w+\s+)?(?:statement|report|communiqu[eé])\b"
)


def _issuer_before(scene: Scene, at: int) -> Person | None:
    """Who issued "the statement" a quotation is credited to: the actor named last
    before the latest "… said in a statement" (or "issued a statement") of the text
    before it; None when there is none within reach."""
    issued = max(
        _ISSUED.finditer(scene.text, max(0, at - _REACH_BACK), at),
        key=lambda m: m.start(),
        default=None,
    )
    if issued is None:
        return None
    floor = scene.text.rfind(".", 0, issued.start()) + 1
    named = [n for n in scene.everyone if floor <= n.start < issued.start()]
    return named[-1].person if named else None


def _first_person(scene: Scene, start: int, end: int) -> Person | None:
    people = [n.person for n in scene.named if start <= n.start < end and n.person.is_person]
    return people[0] if people else None


def _first_actor(scene: Scene, start: int, end: int) -> Person | None:
    """The first actor named in `[start, end)`; an organisation's name with a role after
    it ("Zeravani commander on Syria border: “…”") is that description, the speaker."""
    found = [n for n in scene.named if start <= n.start < end]
    found = _owned(scene, found)  # "Syria’s Interior Ministry, in a post …, said"
    if not found:
        return None
    first = found[0]
    role = _ROLE_AFTER.match(scene.text, first.end, end)
    if not first.person.is_person and role is not None:
        phrase = scene.text[first.start : role.end()]
        return Person(phrase, first.person.key, False, described=True)
    return first.person


_ROLE_AFTER = re.compile(rf"\s+(?:{alternation(list(ROLE_NOUNS))})\b")


_SUBJECT_FIRST = re.compile(
    r"\s*(?:(?P<np>[Hh]e|[Ss]he|(?:[Tt]he|[Aa]n?)\s[a-z][\w’'-]*(?:\s[a-z][\w’'-]*){0,2}?)"
    r"\s+(?:\w+ly\s+|also\s+)?(?:[a-z]{3,}ed|[a-z]{3,}(?<!s)s|called|termed|dubbed)"
    r"|(?P<place>(?!(?:Yesterday|Today|Tomorrow|Earlier|Later|Then|Now)\b)[A-Z][a-z]{2,})"
    r"\s+[a-z]{3,}ed)\b"
)
"""The subject opening a sentence, before its finite verb ("The ministry protested …",
"Mogadishu protested …")."""


def _sentence_subject(scene: Scene, start: int, end: int) -> Person | None:
    match = _SUBJECT_FIRST.match(scene.plain, start - scene.offset, end - scene.offset)
    if not match:
        return None
    if match.group("place"):  # "Mogadishu protested …": a capital for its government
        return Person(match.group("place"), "", False, described=True)
    return resolve_phrase(scene, scene.offset + match.start("np"), scene.offset + match.end("np"))


_WHICH_SAID = re.compile(r",\s*(?:which|who)\s+(?:\w+ly\s+|also\s+)?$")
"""A relative pronoun right before the speech verb: its antecedent speaks, not the
sentence's subject."""


def _pronoun_subject(scene: Scene, start: int, end: int) -> Person | None:
    """The one a sentence opening "He …" or "She …" and a verb is about."""
    match = _SUBJECT_FIRST.match(scene.plain, start - scene.offset, end - scene.offset)
    if not match or match.group("np") not in _PRONOUNS:
        return None
    return scene.trail.before(scene.offset + match.start("np"), match.group("np"))


_RELATIVE = re.compile(
    r",\s*(?:(?:who|whose|which)\b|(?:in|on|via|through)\s)[^,;:“”\"]{1,80},\s*$"
)
"""A relative clause or an aside between a subject and its verb ("An SDF commander, who
asked not to be named, told …"; "The ministry, in a post on Telegram, said …"), passed
over."""


def _described_subject(scene: Scene, start: int, end: int) -> Person | None:
    """The speaker "the colonel" right before the verb names, before any person named
    earlier in the sentence ("His brother, Ammar, is an engineer who, the colonel says,
    “…”")."""
    match = _NP_BEFORE.search(scene.plain, start - scene.offset, end - scene.offset)
    if match is None or not _is_back_reference(match.group("np")):
        return None
    return resolve_phrase(scene, scene.offset + match.start("np"), scene.offset + match.end("np"))


def _subject_phrase(scene: Scene, start: int, end: int) -> Person | None:
    relative = _RELATIVE.search(scene.plain, start - scene.offset, end - scene.offset)
    if relative is not None:
        end = scene.offset + relative.start()
    match = _NP_BEFORE.search(scene.plain, start - scene.offset, end - scene.offset)
    if not match or match.group("np").split()[-1] in _NO_NOUN_END:
        return None  # "CENTCOM did not name the two leaders but described …": no subject
    return resolve_phrase(scene, scene.offset + match.start("np"), scene.offset + match.end("np"))


_POSSESSIVE = re.compile(r"[’']s?\s")
"""The possessive after a name that owns the next one ("Syria’s Interior Ministry")."""


def _owned(scene: Scene, named: list[Named]) -> list[Named]:
    """`named` without the owners that open it ("Syria’s" of "Syria’s Interior
    Ministry"): what the phrase names is what they own."""
    while len(named) > 1 and _POSSESSIVE.match(scene.text, named[0].end):
        named = named[1:]
    return named


_NO_NOUN_END = frozenset(
    "but and or nor yet so that which who to of for with by as than then said says told".split()
)
"""Words no noun phrase ends with: a conjunction, a preposition or a verb."""


def resolve_phrase(scene: Scene, start: int, end: int) -> Person | None:
    """The speaker a noun phrase names: an actor, a pronoun's antecedent, a description."""
    phrase = scene.text[start:end].strip().rstrip(",.;:")
    if _THE_STATEMENT.fullmatch(phrase):  # "The statement added that “…”": its issuer's
        return _issuer_before(scene, start) or Person(phrase, "", False, described=True)
    inside = [n for n in scene.named if start <= n.start < end]
    inside = _owned(scene, inside)  # "Syria’s Interior Ministry said": the ministry speaks
    if inside and phrase.split(" ", 1)[-1] == scene.text[inside[0].start : inside[0].end]:
        return inside[0].person
    people = [n for n in inside if n.person.is_person]
    apposed = [n for n in people if _APPOSED.search(scene.text, start, n.start)]
    if apposed and phrase.startswith(_DETERMINERS):
        return apposed[0].person  # "the governor of Anbar, Ali Nouri," is Ali Nouri
    if people and not phrase.startswith(_DETERMINERS):
        return people[0].person
    if inside and not phrase.startswith(_DETERMINERS):
        if _describes(scene.text[inside[0].end : end]):
            return Person(phrase, inside[0].person.key, False, described=True)
        return inside[0].person
    if phrase in _PRONOUNS:
        return scene.trail.before(start, phrase)
    if _is_back_reference(phrase):
        head = phrase.split()[-1]
        subject = scene.trail.before(start)
        if subject is not None and _titled_as(scene, start, subject, phrase):
            return subject  # of two generals named, "the general" is the one spoken of
        described = _described_before(scene, start, head) or _titled_before(scene, start, phrase)
        if subject is not None and _titled_otherwise(scene, start, subject, phrase):
            subject = None  # "the prime minister" is not "Foreign Minister Fuad Hussein"
        return described or subject or Person(phrase, "", False, described=True)
    if inside:
        role = phrase.split()[-1].lower()
        if phrase.startswith(_DETERMINERS[:2]) and role in ROLE_NOUNS:
            org = scene.text[inside[0].start : inside[0].end]
            serving = _serving_before(scene, start, role, org)  # "the Zeravani commander"
            if serving is not None:
                return serving
        return Person(phrase, inside[0].person.key, False, described=True)
    words = phrase.split()
    if len(words) == 2 and words[0] in {"the", "The"} and words[1] in ORG_HEADS:
        named = _organisation_before(scene, start, words[1])  # "the party said"
        if named is not None:
            return named
    if phrase.startswith(_DETERMINERS) and len(words) > 1:
        return Person(phrase, "", False, described=True)
    return None


def _serving_before(scene: Scene, start: int, role: str, org: str) -> Person | None:
    """The person "the Zeravani commander" refers to: the last one named before it with
    the role and the organisation right after the name ("Rebwar Hawrami, commander of the
    4th Brigade of the Zeravani forces")."""
    for named in reversed(scene.everyone):
        if named.start >= start or not named.person.is_person:
            continue
        after = scene.text[named.end : named.end + 100].split(".")[0]
        if after.startswith(",") and role in after.lower().split() and org in after:
            return named.person
    return None


def _organisation_before(scene: Scene, start: int, head: str) -> Person | None:
    """The organisation "the party" refers to: the last named before it, within reach,
    whose name holds the word or was once followed by it ("the Taqaddum (Progress)
    party")."""
    floor = max(0, start - _REACH_BACK)
    keys = {
        n.person.key
        for n in scene.everyone
        if n.start < start and not n.person.is_person
        and head in scene.text[n.start : n.end + 20].lower().split(".")[0]
    }  # fmt: skip
    later = [n for n in scene.everyone if floor <= n.start < start and n.person.key in keys]
    if later:
        return later[-1].person
    if head not in _GROUP_HEADS:
        return None
    near = max(0, start - _GROUP_REACH)  # "Kataib Hezbollah … the group said"
    named = [n for n in scene.everyone if near <= n.start < start and n.person.organisation]
    if not named:
        return None
    counts = Counter(n.person.key for n in named)
    return max(
        reversed(named), key=lambda n: (_opens_sentence(scene, n), counts[n.person.key])
    ).person


def _opens_sentence(scene: Scene, named: Named) -> bool:
    """Whether no other actor is named before `named` in its sentence (its subject)."""
    floor = max(scene.text.rfind(". ", 0, named.start), scene.text.rfind("\n", 0, named.start))
    return not any(floor < n.start < named.start for n in scene.everyone)


_GROUP_HEADS = frozenset(
    {"group", "faction", "militia", "movement", "organisation", "organization"}
)
_GROUP_REACH = 400
"""Characters looked back for the organisation "the group" stands for, when no name
holds the word: one that was a sentence's subject there, the one named most, the last."""


_REACH_BACK = 800
"""Characters looked back for the description a definite one refers to."""


def _described_before(scene: Scene, start: int, head: str) -> Person | None:
    """The unnamed speaker "the official" refers to: the last description with its head
    ("an Iraqi border official said …", "A security source in Nineveh told …") when no
    subject of the narrative stands between them; None otherwise."""
    pattern = re.compile(rf"\b[Aa]n?\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(head)}\b")
    floor = max(0, start - _REACH_BACK)
    found = max(pattern.finditer(scene.text, floor, start), key=lambda m: m.start(), default=None)
    if found is None:
        return None
    named = scene.trail.positions
    later = bisect_left(named, found.end()) < bisect_left(named, start)
    if later:  # a person became the subject after the description: "the official" is theirs
        return None
    return Person(found.group(), "", False, described=True)


_TITLE_BEFORE = re.compile(r"\b[A-Z][\w-]*\.?\s+(?:(?:[A-Z][\w-]*\.?|of|for|and)\s+){0,6}\Z")
"""A title right before a name ("Maj. Gen.", "Minister of State for Border Affairs")."""
_RANKS = {
    "gen": "general", "col": "colonel", "lt": "lieutenant", "maj": "major",
    "brig": "brigadier", "capt": "captain", "cpt": "captain", "sgt": "sergeant",
    "cpl": "corporal", "adm": "admiral", "cmdr": "commander", "gov": "governor",
    "sen": "senator", "rep": "representative", "amb": "ambassador", "prof": "professor",
    "supt": "superintendent", "insp": "inspector",
}  # fmt: skip
"""The words the abbreviated titles stand for ("Lt. Col." is a colonel)."""


def _titled_before(scene: Scene, start: int, phrase: str) -> Person | None:
    """The person "the colonel" refers to: the last one named before it under a title
    that holds its words ("Lieutenant Colonel Qais al-Rawi", "Maj. Gen. Adnan al-Rubaie"
    for "the general"; "Foreign Minister Fuad Hussein" is no "prime minister"), however
    far back; None when none was."""
    wanted = {word.lower() for word in phrase.split()[1:]}
    for named in reversed(scene.everyone):
        if named.start < start and named.person.is_person and wanted <= _title(scene, named):
            return named.person
    return None


def _titled_as(scene: Scene, start: int, person: Person, phrase: str) -> bool:
    """Whether `person` was named before `start` under a title holding the words of
    `phrase` ("Lt. Gen. Muhannad al-Rubaie" for "the general")."""
    wanted = {word.lower() for word in phrase.split()[1:]}
    return any(
        named.start < start and named.person.key == person.key and wanted <= _title(scene, named)
        for named in scene.everyone
    )


def _titled_otherwise(scene: Scene, start: int, person: Person, phrase: str) -> bool:
    """Whether `person` was named before `start` under a title of the head of `phrase`
    that lacks its other words ("Foreign Minister" for "the prime minister")."""
    words = [word.lower() for word in phrase.split()[1:]]
    for named in scene.everyone:
        if named.start < start and named.person.key == person.key:
            title = _title(scene, named)
            if words[-1] in title and not set(words) <= title:
                return True
    return False


def _title(scene: Scene, named: Named) -> set[str]:
    """The words of the title written right before a name, abbreviations spelt out."""
    title = _TITLE_BEFORE.search(scene.text, max(0, named.start - 60), named.start)
    words = title.group().replace(".", " ").lower().split() if title else ()
    return {_RANKS.get(word, word) for word in words}


def _describes(after: str) -> bool:
    """Whether the words right after an organisation's name make a description of people
    ("Centcom officials", "ministry spokesman"), which is then the speaker."""
    words = after.split()
    if not words or not all(w.islower() for w in words):
        return False
    return words[-1] in ROLE_NOUNS or words[-1] in {"sources", "aides", "staff", "officers"}


_AGED = re.compile(r"\d+-year-old")


def _is_back_reference(phrase: str) -> bool:
    """ "the official", "the MP", "the Iraqi leader", "the 45-year-old": a definite
    person description."""
    words = phrase.split()
    if len(words) < 2 or words[0] not in {"the", "The"}:
        return False
    if len(words) == 2 and _AGED.fullmatch(words[1]):
        return True
    modifiers_ok = all(w.islower() or w in DEMONYMS for w in words[1:-1])
    return modifiers_ok and (words[-1].lower() in ROLE_NOUNS or words[-1] == "MP")
