"""What the words around a name say about it: a role, speech, a place, an acronym.

Every function reads the text just before or just after a name span; none knows any
particular article.
"""

from __future__ import annotations

import re

from index.extract.names.keys import ACRONYM_AFTER, initials_match
from index.extract.names.spans import is_org_name
from index.extract.names.wordlists import (
    CLAUSE_OPENERS,
    DEMONYMS,
    ORG_HEADS,
    OUTLET_NOUNS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    ROLE_NOUNS,
)
from index.text.wordlists import SPEECH_VERBS, TITLE_ABBREVIATIONS, alternation

_WINDOW = 160
_SPEECH = alternation(SPEECH_VERBS)
_CLAUSE_NEXT = rf"who|which|has|had|is|was|will|{_SPEECH}"
"""Words after which an apposition has ended ("…, a member of X, who…", "… X said")."""
_APPOSITION = re.compile(
    r"^,\s+(?:(?:a|an|the)\s+)?((?:(?:[A-Z]\.){2,}|[^,.;:“”\"()]){3,140}?)"
    rf"(?=\s*[,.;:“\"(]|\s+(?:and|{_CLAUSE_NEXT})\b|$)"
)
_SPEAKS_AFTER = re.compile(
    rf"^(?:,[^,.“”\"]{{3,140}},)?\s+(?:\w+ly\s+|has\s+|had\s+|have\s+|also\s+)*(?:{_SPEECH})\b"
)
_SPEAKS_AFTER_RELATIVE = re.compile(
    rf",\s*(?:whose|which|who)\s[^,.“”\"]{{3,140}},\s+(?:\w+ly\s+|has\s+|had\s+|also\s+)*"
    rf"(?:{_SPEECH})\b"
)
"""A name that speaks past a relative clause about it ("Turkey, whose drones strike
PKK targets in Sinjar, said …"), not past any aside ("into Syria, he said, adding")."""
_SAID = alternation([v for v in SPEECH_VERBS if v[:3] != "tol"])
_SPEAKS_BEFORE = re.compile(rf"\b(?:{_SAID})\s+$")
_PLACE_AFTER = re.compile(r"^\s+(?:{})\b".format("|".join(PLACE_NOUNS)))
_PLACE_BEFORE = re.compile(
    r"(?<!according\s)\b(?:{})\s+(?:the\s+)?$".format("|".join(PLACE_PREPOSITIONS)),
    re.IGNORECASE,
)
_PLACES_LISTED = re.compile(
    r"\b(?:{})\s+(?:like|such\s+as|including)\s+".format(
        "|".join(f"{noun}s|{noun}es" if noun.endswith("s") else f"{noun}s" for noun in PLACE_NOUNS)
    ),
    re.IGNORECASE,
)
_PLACE_JOINED = re.compile(
    r"\b(?:in|into|near|inside|within|along|outside)"
    r"\s+(?:the\s+)?(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*){0,2}"
    r"(?:,\s+(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*){0,2})*,?\s+(?:and|or)\s+$"
)
"""A name joined by "and" to a place after a preposition of place ("in Anbar and …")."""
_CLAUSE_END = re.compile(r"\s*(?:[.;:)]|,\s+(?:and|but)\s+[a-z]|$)")
"""What may follow the last of places so joined: the clause ends, no verb of theirs."""
_LISTED_NAMES = re.compile(r"(?:[A-Z][\w’'-]*|al-[A-Z][\w’'-]*|and|or|,|\s)*")
"""What may stand between "provinces like" and a name it lists: names, commas, and/or."""
_OUTLET_AFTER = re.compile(r"^\s+(?:{})\b".format("|".join(OUTLET_NOUNS)))
_ACTING = re.compile(
    r"^(?:,\s*(?:meanwhile|however|though|too|instead|in\s+turn|for\s+its\s+part),"
    r"|,\s*(?:which|who)(?=\s))?"
    r"(?:\s+(?:\w+ly|not|also|now|today|currently|still|never|already|itself))*\s+"
    r"(?:is|are|was|were|has|have|had|will|would|must|can|could|may|might|should|does|did"
    r"|(?P<s>[a-z]{3,}(?<!ss)s)|[a-z]{3,}ed|said|told|wrote|took|sent|held|made|gave|won|lost"
    r"|led|fought|struck|began|sought|kept|left|met)\b"
)
_PAST_SPEECH = alternation([v for v in SPEECH_VERBS if not v.endswith("s")])
_VERB_NEXT = re.compile(
    rf"^\s+(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|will|would|must|can|could|may|might"
    rf"|should|did|do|heard|held|led|took|saw|met|left|sent|fought|{_PAST_SPEECH}|[a-z]{{3,}}ed)\b"
)
_GROUP_NOUNS = frozenset(
    """officials forces troops soldiers citizens nationals workers exports imports companies
    firms businesses officers diplomats lawmakers authorities sources interests goods
    products warships jets drones strikes airstrikes sanctions investments allies
    partners envoys negotiators commanders advisers advisors contractors""".split()
)
_COORDINATED_ADJECTIVE = re.compile(
    r"^\s+(?:and|or)\s+(?:{})\b".format("|".join(sorted(DEMONYMS, key=len, reverse=True)))
)
_MODIFIED = re.compile(r"^\s+(?P<word>[a-z][a-z-]+)\b")
_NOT_MODIFIED = frozenset(
    """and or but nor of in on at to for from with by as than that which who whose while
    into over under after before during since until against between through about is are
    was were has have had will would must can could may might should does did do not also
    now today currently still never already itself alone each every due beyond within
    without across along toward towards upon via per amid despite near inside outside
    itself""".split()
)
_NOT_ACTING_BEFORE = re.compile(
    r"\b(?:of|and|or|with|by|than|as|on|for|against|upon|about|between|among|north|south|east|west"
    r"|(?:north|south)?-?(?:east|west)?(?:ern)|northern|southern|eastern|western)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_POLITY_AFTER = re.compile(
    r"[’']s\s+(?:own\s+|new\s+|internal\s+|foreign\s+)*(?:affairs|matters|government|president"
    r"|leadership|sovereignty|policy|policies|decision|position|stance|regime|authorities"
    r"|interests|leaders?|rulers?|officials|ministers?|ambassador|envoy|delegation|demands"
    r"|consent|approval|request|refusal|support|opposition|involvement|intervention)\b"
)
_POLITY_BEFORE = re.compile(
    r"\b(?:(?:destabiliz|destabilis|support|attack|accus|pressur|sanction|recogni[sz]|invad"
    r"|threaten|condemn|criticiz|criticis|blam|urg|negotiat|mediat)\w*"
    r"|(?:talks|relations|ties|agreement|deal|accord|cooperation|coordination|negotiations"
    r"|dialogue|war|tensions?|disputes?|differences|disagreements?|rift|row|feud|standoff"
    r"|rapprochement)\s+(?:with|between))\s+$",
    re.IGNORECASE,
)
_PASSIVE_AGENT = re.compile(
    r"\b(?:[a-z]{2,}(?:ed|en|wn)|led|held|run|made|sent|built|paid|hit|fought)\s+by\s+$"
)
_VERBAL = re.compile(
    r"^(?!(?:acting|retired|outgoing|incoming|designated|elected|appointed|serving|visiting"
    r"|ranking|leading|governing|ruling|founding|managing|commanding|presiding)\b)"
    r"\w+(?:ing|ed)\b",
    re.IGNORECASE,
)
"""A verb opening what follows a name's comma (", speaking to reporters,"): no role, unless
the word is one that stands before a role ("acting secretary", "retired general")."""
_ROLE_STOP = frozenset({"the", "a", "an", "his", "her", "its", "their", "by", "with", "to"})
_NOT_MODIFIERS = frozenset(
    """of and or but that which who as at in on for from after before while when than is
    are was were am be been has have had said says told also then into about said met saw
    went came took gave made held sent led left won lost spoke wrote hit put let ran began
    fought struck sought kept brought thought found got became visited""".split()
)
_ABBREVIATED = re.compile(rf"(?:{'|'.join(TITLE_ABBREVIATIONS)})\.|(?:[A-Z]\.)+")
"""A word whose full stop abbreviates it ("Gen.", "U.S."), which ends no sentence."""


_TITLE_AND = re.compile(
    r"\s+(?:and|&)\s+(?:[A-Z][\w’'-]*\s+(?:of\s+)?)*[A-Z][\w’'-]*"
    rf"(?=\s*[,.;:“\"(]|\s+(?:{_CLAUSE_NEXT})\b|$)"
)
"""Title Case words joined by "and" to those before, up to where an apposition ends:
the rest of a name the apposition's "and" cut ("Security" and "Defense Committee")."""
_HEAD_AND = re.compile(
    r"\s+and\s+(?:[a-z][\w’'-]*\s+){0,2}(?P<head>[a-z][\w’'-]*)"
    rf"(?=\s*[,.;:“\"(]|\s+(?:{_CLAUSE_NEXT})\b|$)"
)
"""The same in lower case, when the words after "and" end on the head of an
organisation ("security" and "defense committee"): a role's "and" otherwise joins two
people or two roles, where the apposition ends."""


def apposition_role(text: str, end: int) -> str:
    """The role an apposition gives right after a name: ", a member of the ... Committee"."""
    window = text[end : end + _WINDOW]
    match = _APPOSITION.match(window)
    if not match or not has_role_noun(match.group(1)) or _VERBAL.match(match.group(1)):
        return ""
    role = match.group(1).strip()
    if role.split()[-1][:1].isupper():
        joined = _TITLE_AND.match(window, match.end(1))
        if joined:
            role += joined.group()
    else:
        joined = _HEAD_AND.match(window, match.end(1))
        if joined and joined.group("head").lower() in ORG_HEADS:
            role += joined.group()
    return role


_FRONTED = re.compile(
    r"(?:^|[\s“”\"(])(?:[Tt]he|[Aa]n?|[A-Z][\w-]*[’']s)\s+"
    r"(?P<role>[^,.;:“”\"()]{3,80}?)\s*,\s*\Z"
)
"""A description set before a name between commas: "the governor of Anbar, X, said"."""


def fronted_role(text: str, start: int, end: int) -> str:
    """The role a description gives a name it stands before, set off by commas on both
    sides ("…,” the governor of Anbar, Ali Nouri, told reporters"): a list of people
    ("the minister, Ali Hassan and …") has no comma right after the name."""
    if not text.startswith(",", end):
        return ""
    match = _FRONTED.search(text, max(0, start - _WINDOW), start)
    if not match or not has_role_noun(match.group("role")) or _VERBAL.match(match.group("role")):
        return ""
    role = match.group("role").strip()
    return role if len(role.split()) <= 8 else ""


def has_role_noun(phrase: str) -> bool:
    """Whether a phrase holds a noun that names a person's role."""
    return any(w.lower().strip("’'") in ROLE_NOUNS for w in phrase.split()[:6])


def role_before(text: str, start: int) -> str:
    """A role written just before a name: "the political analyst", "Security expert"."""
    before = text[max(0, start - _WINDOW) : start]
    words = before[before.rfind("\n") + 1 :].split()
    kept = _role_of(words)  # "chief of staff", "head of security"
    if not kept and (not words or words[-1].lower() not in ROLE_NOUNS):
        return ""
    kept = kept or [words.pop()]
    title_case = kept[0][:1].isupper()
    while words and len(kept) < 6:
        before = words[-2] if len(words) > 1 else ""
        if not _role_word(words[-1], kept[0], before, title_case):
            break
        kept.insert(0, words.pop())
    return " ".join(kept)


_DETERMINED = frozenset("the a an his her its their this that these those our my your".split())


def _role_of(words: list[str]) -> list[str]:
    """A lower-case role with its complement at the end of `words` ("chief of staff",
    "head of security"), taken off them; [] when there is none."""
    if len(words) < 3 or words[-2] != "of" or not words[-1].isalpha() or not words[-1].islower():
        return []
    if words[-3].lower() not in ROLE_NOUNS or words[-1] in CLAUSE_OPENERS | _DETERMINED:
        return []  # "the captain of the Maersk-Alabama": a complement still to come
    kept = words[-3:]
    del words[-3:]
    return kept


def _role_word(word: str, following: str, before: str, title_case: bool) -> bool:
    """A word of the role before a name: Title Case words before a capitalised role
    ("Agriculture Secretary"), modifiers before a lower-case one ("political analyst"),
    which may be a name in Title Case ("State of Law Coalition leader"); `following`
    and `before` are the words next to it. Never a word that opens a clause ("If")."""
    lower = word.lower()
    if lower in _ROLE_STOP or not word.replace("-", "").replace(".", "").isalpha():
        return False
    if word.endswith(".") and not _ABBREVIATED.fullmatch(word):
        return False  # "… in Nairobi. Opposition leader": a sentence ends there
    if word == "of":  # inside a name: Title Case on both sides
        return (
            following[:1].isupper()
            and before[:1].isupper()
            and before.lower() not in CLAUSE_OPENERS
        )
    if lower in CLAUSE_OPENERS:
        return False
    if title_case:
        return word[:1].isupper()
    if following[:1].isupper() and word[:1].isupper():
        return True
    return lower not in _NOT_MODIFIERS and not lower.endswith(("ed", "ly"))


def speaks(text: str, start: int, end: int) -> bool:
    """Whether the name is the subject ("X said") or object ("said X") of a speech verb."""
    after = _SPEAKS_AFTER.match(text[end : end + _WINDOW])
    return bool(after or _SPEAKS_BEFORE.search(text[max(0, start - 30) : start]))


def is_place(text: str, start: int, end: int) -> bool:
    """Whether the name stands as a location: "in al-Qaim", "al-Anbar province", or
    listed after places: "border provinces like Nineveh, al-Anbar, and al-Qaim"."""
    before = text[max(0, start - 30) : start]
    if _PLACE_AFTER.match(text[end : end + 30]) or _PLACE_BEFORE.search(before):
        return True
    if joined_place(text, start, end):
        return True
    cues = list(_PLACES_LISTED.finditer(text, max(0, start - 80), start))
    return bool(cues) and _LISTED_NAMES.fullmatch(text, cues[-1].end(), start) is not None


def joined_place(text: str, start: int, end: int) -> bool:
    """Whether the name is the last of places joined after a preposition of place, the
    clause ending with it: "in Anbar and Salah al-Din;" (a province, not Salah)."""
    before = _PLACE_JOINED.search(text[max(0, start - 60) : start])
    return before is not None and _CLAUSE_END.match(text, end) is not None


def is_outlet(text: str, end: int) -> bool:
    """Whether a lowercase media noun follows: "the Aljeebal news outlet"."""
    return bool(_OUTLET_AFTER.match(text[end : end + 30]))


def acts(text: str, start: int, end: int) -> bool:
    """Whether a country name is the subject of a verb, or a passive's agent ("backed by
    Iran"), or the one who is to do what another asks of it ("urged Iraq to", "helping
    Ecuador coordinate"), rather than a location."""
    before = text[max(0, start - 30) : start]
    if _PASSIVE_AGENT.search(before) or _POLITY_BEFORE.search(before):
        return True
    if _POLITY_AFTER.match(text, end) or _asked_to_act(before, text, end):
        return True
    if _SPEAKS_AFTER_RELATIVE.match(text, end):
        return True  # "Turkey, whose drones strike PKK targets, said …"
    after = text[end : end + 60]
    conjoined = _CONJOINED_BEFORE.search(before)
    if conjoined:  # "Iraq and Jordan agreed": both act, unless a place ("between X and Y")
        first = max(0, start - 30) + conjoined.start()  # where the first name starts
        earlier = text[max(0, first - 30) : first]
        if _POLITY_BEFORE.search(earlier):  # "tension between Somalia and Ethiopia"
            return True
        placed = _PLACE_BEFORE.search(earlier) or _NOT_ACTING_BEFORE.search(earlier)
        return not placed and _verb_after(after)
    if _PLACE_BEFORE.search(before) or _NOT_ACTING_BEFORE.search(before):
        return False
    conjoined = _CONJOINED_AFTER.match(after)
    if conjoined:
        return _verb_after(after[conjoined.end() :])
    return _verb_after(after)


def _verb_after(after: str) -> bool:
    match = _ACTING.match(after)
    return bool(match) and not _plural_noun(match, after)


_ASKING = re.compile(
    r"\b(?:urg|press|ask|allow|forc|encourag|push|persuad|convinc|invit|compel|enabl"
    r"|permit|requir|call(?:ed|ing|s)?\s+on|call\s+on)\w*\s+$",
    re.IGNORECASE,
)
_LETTING = re.compile(r"\b(?:help|helps|helped|helping|let|lets|letting)\s+$", re.IGNORECASE)
_TO_VERB = re.compile(r"^\s+to\s+(?!the\b|a\b|an\b)[a-z]{2,}\b")
_BARE_VERB = re.compile(
    r"^\s+(?!(?:with|in|on|at|to|for|from|and|or|but|the|a|an|its|this|that|by|as)\b)"
    r"[a-z]{3,}\b(?<!ly)(?<!ing)(?![’'-])"
)
_CONJOINED_BEFORE = re.compile(r"\b[A-Z][\w’'.-]*\s+and\s+$")
_CONJOINED_AFTER = re.compile(r"^\s+and\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*(?=\s)")


def _asked_to_act(before: str, text: str, end: int) -> bool:
    """ "urged Iraq to secure", "helping Ecuador coordinate": the name is the agent of
    the verb that follows it."""
    after = text[end : end + 40]
    if _ASKING.search(before):
        return bool(_TO_VERB.match(after))
    return bool(_LETTING.search(before) and _BARE_VERB.match(after))


def modifies(text: str, end: int) -> bool:
    """Whether a name stands as an adjective before a noun ("U.S. troops", "a Syria
    policy") rather than as a noun itself."""
    after = text[end : end + 60]
    if _COORDINATED_ADJECTIVE.match(after):
        return True
    match = _MODIFIED.match(after)
    if match is None or match.group("word") in _NOT_MODIFIED or match.group("word").endswith("ing"):
        return False
    acting = _ACTING.match(after)
    return acting is None or _plural_noun(acting, after)


def _plural_noun(acting: re.Match[str], after: str) -> bool:
    """Whether the "-s" word taken for a verb is the plural noun a name modifies."""
    word = acting.group("s")
    return bool(word) and (word in _GROUP_NOUNS or bool(_VERB_NEXT.match(after[acting.end() :])))


def defined_acronym(text: str, end: int, name: str) -> str:
    """The acronym a name defines in brackets after it, when its initials agree, or an
    organisation's acronym in capitals from another language ("Sinjar Resistance Units
    (YBŞ)", "People's Protection Units (YPG)")."""
    match = ACRONYM_AFTER.match(text, end)
    if not match:
        return ""
    acronym = match.group(1).replace(".", "")
    if initials_match(name, acronym):
        return acronym
    foreign = acronym.isupper() and is_org_name(name)  # "Kurdistan Workers' Party (PKK)"
    return acronym if foreign else ""
