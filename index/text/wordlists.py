"""Word lists that several parts of borderlens share, each written once."""

from __future__ import annotations

CLITICS = ("s", "t", "d", "m", "ll", "re", "ve")
"""Endings after an apostrophe that belong to the word before it (possessives, contractions)."""

SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
"""Number words that multiply the number before them."""

APPROXIMATORS = (
    "more than", "over", "around", "roughly", "approximately", "about", "nearly", "almost",
    "some", "up to", "at least", "less than", "fewer than", "under", "an estimated",
    "estimated", "close to", "as many as", "upwards of", "just over", "just under",
    "no fewer than", "no less than",
)  # fmt: skip
"""Words that hedge or bound a number before it ("more than 600 km")."""

SPEECH_VERBS = (
    "said says say stated states told tells warned warns noted notes added adds stressed "
    "stresses affirmed affirms explained explains remarked remarks asserted asserts observed "
    "observes emphasized emphasised emphasizes confirmed confirms highlighted highlights "
    "acknowledged acknowledges indicated indicating noting adding citing pointed revealed "
    "reveals announced announces insisted insists argued argues claimed claims declared "
    "declares continued continues expressed reiterated reiterating underlined cautioned "
    "anticipated predicted replied responded wrote writes reported reports suggested "
    "suggests called calls urged urges believes believed denied denies rejected reassured "
    "referred described describes mentioned admitted concluded recalled commented "
    "echoed stressing warning affirming explaining clarified clarifies disclosed vowed "
    "pledged promised alleged conceded maintained contended assured informed briefed "
    "tweeted testified countered retorted lamented complained insisting vowing saying describing "
    "shouted yelled screamed whispered pleaded"
).split()
"""Verbs that attribute speech."""

ATTRIBUTION_VERBS = [*SPEECH_VERBS, "asked", "answered", "dismissed", "branded"]
"""Verbs that tie a quotation to its speaker ("“Where?” she asked", "dismissed the motion
as “…”") but too often say no speech to make a name a speaker or a sentence speech
("Police asked Tal Afar residents to stay indoors")."""

TITLE_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl",
    "Adm", "Brig", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Prof", "Pres", "Amb", "Supt", "Insp",
    "Jr", "Sr", "No", "Mt", "Ft",
)  # fmt: skip
"""Abbreviations whose full stop ends no sentence ("Lt. Col. Smith said")."""


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of `words`, longest first, spaces matching any white space."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(w.replace(" ", r"\s+") for w in ordered)
