"""Quotations and speakers: rule families on short texts, hard cases, the corpus."""

from __future__ import annotations

import pytest

from index.extract import extract_corpus
from index.model import Quote
from tests.test_actors import NO_USER_FILE, corpus, corpus_knowledge, make_doc


def quotes_of(text: str) -> tuple[Quote, ...]:
    docs = [make_doc(text, "d0")]
    return extract_corpus(docs, NO_USER_FILE).quotes


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        ('"The road is closed to all traffic," said Karim Hassan.', "Karim Hassan", "said"),
        ("“The road is closed to all traffic,” Karim Hassan warned.", "Karim Hassan", "warned"),
        (
            "Karim Hassan stressed that “the road is closed to all traffic.”",
            "Karim Hassan",
            "stressed",
        ),
        (
            "Karim Hassan told reporters: “The road is closed to all traffic.”",
            "Karim Hassan",
            "told",
        ),
        (
            "“The road is closed to all traffic,” a local police officer explained.",
            "a local police officer",
            "explained",
        ),
        (
            "According to a statement from the road authority, “the road is closed to all "
            "traffic tonight.”",
            "the road authority",
            "",
        ),
        (
            "According to Karim Hassan, “the road is closed to all traffic tonight.”",
            "Karim Hassan",
            "",
        ),
    ],
)
def test_attribution_patterns(text: str, speaker: str, verb: str) -> None:
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.verb) == (speaker, verb)
    assert quote.text.lower().startswith("the road is closed")


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Karim Hassan said in a televised statement that “the road is closed” and left.",
            "the road is closed",
            "Karim Hassan",
        ),
        (
            "Karim Hassan told reporters in Basra that Iraq “stands with its neighbours.”",
            "stands with its neighbours.",
            "Karim Hassan",
        ),
        (
            "Karim Hassan described the situation as “stable but tense” on Monday.",
            "stable but tense",
            "Karim Hassan",
        ),
        (
            "Karim Hassan said the returnees would undergo checks, adding that they would "
            "face “security screening and rehabilitation” before going home.",
            "security screening and rehabilitation",
            "Karim Hassan",
        ),
        (
            "Karim Hassan spoke, adding that Iraq would judge the new authorities “by "
            "actions, not statements.”",
            "by actions, not statements.",
            "Karim Hassan",
        ),
    ],
)
def test_a_fragment_a_speech_verb_introduces_is_a_quotation(
    text: str, quoted: str, speaker: str
) -> None:
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [(quoted, speaker)]


def test_the_one_a_report_quotes_is_the_speaker() -> None:
    text = "Rudaw quoted a security official as saying that “dozens of fighters fled.”"
    assert [(q.speaker, q.verb) for q in quotes_of(text)] == [("a security official", "quoted")]


def test_the_official_is_the_unnamed_official_described_before() -> None:
    text = (
        "Colonel Omar Sabri visited the post on Monday. Some 1,800 soldiers crossed at "
        "al-Qaim, an Iraqi border official said.\n\n"
        "“They arrived exhausted and hungry,” the official said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["an Iraqi border official"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "An SDF commander, who asked not to be named, told Rudaw that the force “cannot "
            "guard the camps and fight on every front.”",
            "An SDF commander",
        ),
        (
            "A Syrian Democratic Forces (SDF) commander said the force “cannot guard the "
            "camps and fight on every front.”",
            "A Syrian Democratic Forces (SDF) commander",
        ),
        (
            "Omar Sabri met the envoy. He warned the militias, saying “we will respond to "
            "any attack.”",
            "Omar Sabri",
        ),
    ],
)
def test_the_subject_of_a_speech_verb_past_a_clause_or_a_participle(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in quotes_of(text)] == [speaker]


def test_a_term_after_that_and_a_common_noun_is_no_quotation() -> None:
    text = "Karim Hassan said that the “zero point border” plan had stalled."
    assert quotes_of(text) == ()


def test_pronoun_and_description_refer_back() -> None:
    text = (
        "Colonel Omar Sabri, a spokesman for the army, visited the border post on Monday.\n\n"
        "“We have doubled the patrols along the whole frontier,” he noted.\n\n"
        "The spokesman continued, “No smuggler will cross this line again.”"
    )
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Omar Sabri", "Omar Sabri"]


def test_a_quotation_left_open_ends_at_the_comma_that_credits_it() -> None:
    text = (
        "“The work did not happen by accident. It exists because of the crews, said "
        "Minister Ana Ruiz. “While this is a milestone, we are building more.”"
    )
    found = [(q.text, q.speaker) for q in quotes_of(text)]
    assert found == [
        ("The work did not happen by accident. It exists because of the crews,", "Ana Ruiz"),
        ("While this is a milestone, we are building more.", "Ana Ruiz"),
    ]


def test_guillemets_quote() -> None:
    text = "«This will ruin every farm in the valley», said René Dupré, a farmer."
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("This will ruin every farm in the valley", "René Dupré")
    ]


def test_multi_sentence_quote_is_one_quote() -> None:
    text = "“The wall is finished. The towers are manned. We are ready,” said Omar Sabri."
    [quote] = quotes_of(text)
    assert quote.text == "The wall is finished. The towers are manned. We are ready,"


@pytest.mark.parametrize(
    "text",
    [
        "Officials called the camp a “ticking time bomb” last year.",
        "The group is led by the so-called “Wali of Iraq” in the desert.",
        'Observers said the "greater threat" may come from elsewhere.',
    ],
)
def test_scare_quotes_are_not_quotations(text: str) -> None:
    assert quotes_of(text) == ()


def test_apostrophes_and_stray_marks_do_not_derail() -> None:
    text = (
        "Iraq’s army said ‘the plan has been approved by the cabinet today.\n\n"
        "“We will keep the border closed for now,” said Omar Sabri."
    )
    [quote] = quotes_of(text)
    assert quote.speaker == "Omar Sabri"


def test_quote_spans_are_original_offsets() -> None:
    for quote in corpus_knowledge().quotes:
        doc = next(d for d in corpus() if d.id == quote.doc)
        assert doc.text[quote.start : quote.end] == quote.text


def test_corpus_speakers_resolve_to_actors() -> None:
    found = corpus_knowledge().quotes
    khafaji = [q for q in found if q.speaker_id == "tahsin-al-khafaji"]
    assert len(khafaji) == 3


def test_annotated_quote_spans_match_the_text() -> None:
    import json
    from pathlib import Path

    path = Path(__file__).parent / "data/annotations/quotes.json"
    texts = {d.id: d.text for d in corpus()}
    for q in json.loads(path.read_text("utf-8"))["quotes"]:
        assert texts[q["doc"]][q["start"] : q["end"]] == q["text"]


def test_lone_surname_speaks_only_where_the_corpus_resolves_it() -> None:
    profile = make_doc(
        "Yasser Watout, a member of the security committee, visited the border.", "d1"
    )
    text = (
        "Officials met in Baghdad on Sunday.\n\n"
        "Later Watout toured the crossing with the governor.\n\n"
        "“We do not want Syria to be divided at any cost,” he said."
    )
    article = make_doc(text, "d2")
    [alone] = extract_corpus([article], NO_USER_FILE).quotes
    [resolved] = extract_corpus([profile, article], NO_USER_FILE).quotes
    assert (alone.speaker, alone.speaker_id) == ("", "")
    assert (resolved.speaker, resolved.speaker_id) == ("Yasser Watout", "yasser-watout")


def test_description_keeps_its_words_and_takes_the_actor_id() -> None:
    text = (
        "The Institute for the Study of War (ISW) published a study on Monday.\n\n"
        "“The group is rebuilding its networks along the border,” the ISW report stated."
    )
    [quote] = quotes_of(text)
    assert quote.speaker == "the ISW report"
    assert quote.speaker_id == "institute-for-the-study-of-war"


def test_the_n_year_old_is_the_person_the_story_is_about() -> None:
    text = (
        "On the tower, Iraqi soldier Hassan scans the scrubland.\n\n"
        "“Every night we see lights moving on the other side,” said the 45-year-old."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Hassan"]


def test_the_statement_a_quotation_is_credited_to_is_its_issuers() -> None:
    text = (
        "The gunmen were stopped near Sinjar, the Joint Operations Command (JOC) said in a "
        "statement. According to the statement, the troops “clashed with the group after it "
        "crossed the berm.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Joint Operations Command"]
    credited = "According to Karim Hassan, the militias “are moving toward Sinjar every night.”"
    assert [q.speaker for q in quotes_of(credited)] == ["Karim Hassan"]


def test_the_statement_that_speaks_and_an_organisation_that_affirms() -> None:
    said = (
        "The Security Media Cell (SMC) said in a statement that troops moved.\n\nThe "
        "statement added that “the operation resulted in the destruction of 7 hideouts.”"
    )  # (the statement named in the paragraph before)
    assert [q.speaker for q in quotes_of(said)] == ["Security Media Cell"]
    affirmed = (
        "The Security Media Cell called on citizens to report any movement by calling the "
        "hotline 130, affirming that “the security of the border is a red line.”"
    )
    assert [q.speaker for q in quotes_of(affirmed)] == ["Security Media Cell"]


def test_a_headlines_organisation_with_a_role_is_a_described_speaker() -> None:
    text = "Zeravani commander on Syria border: “We will not let 2014 happen again”"
    assert [q.speaker for q in quotes_of(text)] == ["Zeravani commander"]


def test_a_few_words_quoted_in_reported_speech_are_the_speakers() -> None:
    text = (
        "Ahmed Jadaan, the mayor of Al Qaim, said the crossing was closed to traffic "
        "“until further notice,” leaving trucks stranded. He added that the Syrian side "
        "was “quiet, but too quiet.” Officials said the so-called “security belt” held."
    )
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("until further notice,", "Ahmed Jadaan"),
        ("quiet, but too quiet.", "Ahmed Jadaan"),
    ]
    named = "Iraq claims to have eliminated what it termed the “Wali of Iraq” in ISIS."
    assert quotes_of(named) == ()


def test_the_colonel_is_the_person_named_under_that_title() -> None:
    text = (
        "Lieutenant Colonel Qais al-Rawi commands the sector. His brother, Ammar al-Rawi, "
        "is an engineer who, the colonel says, “has never once visited the tower.”\n\n"
        "Foreign Minister Fuad Hussein spoke. Later the prime minister said: “Iraq will not "
        "be a corridor for anyone’s war.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Qais al-Rawi", "the prime minister"]


def test_a_quotation_going_on_a_sentence_a_verb_tied_is_the_same_speakers() -> None:
    text = (
        "Karwan Amin told reporters that “two brigades are on standby” near the crossing and "
        "that coordination with the army was “continuous, hour by hour.”"
    )
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("two brigades are on standby", "Karwan Amin"),
        ("continuous, hour by hour.", "Karwan Amin"),
    ]


def test_one_name_with_an_age_set_after_it_is_a_person_who_speaks() -> None:
    text = (
        "Minister Hussam al-Maliki praised the programme.\n\n"
        "Fatima, 34, who returned to a village near Baaj, disagreed. “My son has never been "
        "inside a school,” she told me."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Fatima"]


def test_straight_single_marks_quote_and_apostrophes_do_not() -> None:
    text = (
        "'On the Iraqi side they check everything twice,' said a driver from Ramadi. "
        "The drivers' union and Iraq's customs office made no comment."
    )
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("On the Iraqi side they check everything twice,", "a driver from Ramadi")
    ]


def test_speakers_credited_after_the_quotation_or_before_a_participle() -> None:
    according = (
        'The withdrawal was "an order, not a retreat", according to Haider al-Shakeri, '
        "a researcher in Baghdad."
    )
    assert [q.speaker for q in quotes_of(according)] == ["Haider al-Shakeri"]
    adding = (
        "“Show us where the money went,” the deputy chairman said, adding that the funds "
        "had “never been properly accounted for”."
    )
    assert [q.speaker for q in quotes_of(adding)] == ["the deputy chairman"] * 2
    apposed = (
        '"Today the gap is closed," Staff Brig. Gen. Sarbast Jabar Qadir, the ministry\'s '
        "director of operations, told Rudaw English on Sunday."
    )
    assert [q.speaker for q in quotes_of(apposed)] == ["Sarbast Jabar Qadir"]


def test_no_subject_ends_with_a_conjunction_and_the_party_is_the_one_named() -> None:
    text = (
        "CENTCOM did not name the two leaders but described one as a “senior official "
        "responsible for cross-border logistics.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["U.S. Central Command"]
    party = (
        "Lawmakers of the Sunni Taqaddum (Progress) party walked out.\n\n"
        "In a statement, the party said it had “voted for every security budget since 2022”."
    )
    assert [q.speaker for q in quotes_of(party)] == ["Taqaddum"]


def test_the_minister_is_the_person_named_under_a_title_with_joining_words() -> None:
    text = (
        "Minister of State for Border Affairs Salam Naji al-Hamdani presented the request. "
        "Karim Saleh, an MP, objected.\n\n"
        "The minister told reporters that the contracts were “classified for security "
        "reasons, not hidden.”"
    )
    assert [q.speaker for q in quotes_of(text)][-1:] == ["Salam Naji al-Hamdani"]


def test_he_after_a_described_speaker_is_that_speaker() -> None:
    text = (
        "Farah Khouri, a spokesperson, said crossings rose.\n\n"
        "“They check everything twice,” said a driver from Ramadi hauling cement, who did "
        "not want his name published.\n\n"
        "He said the trip took four days. “Nobody gives you a receipt,” he added."
    )
    assert [q.speaker for q in quotes_of(text)] == ["a driver from Ramadi hauling cement"] * 2


def test_the_organisations_role_is_the_person_named_with_both() -> None:
    text = (
        "Kurdistan24 spoke with Rebwar Hawrami, commander of the 4th Brigade of the Zeravani "
        "forces, at the border. Karim Saleh, a farmer, listened.\n\n"
        "“Geography has not changed,” the Zeravani commander said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Rebwar Hawrami"]


def test_a_sentence_opening_with_someone_described_is_about_them() -> None:
    text = (
        "Saad al-Karbouli, an MP, wants a wall.\n\n"
        "A 19-year-old conscript from Basra, posted near the old base, told me his unit had "
        "one generator. “At night we guard the dark,” he said.\n\n"
        "A smuggler from a border village, who gave his name only as Abu Omar, said prices "
        "had doubled. “Money opens every door,” he said."
    )
    assert [q.speaker for q in quotes_of(text)] == [
        "A 19-year-old conscript from Basra",
        "Abu Omar",
    ]


def test_the_group_is_the_organisation_the_passage_is_about() -> None:
    text = (
        "On December 11, Kataib Hezbollah claimed that fighters of PMF Brigade 46 had "
        "“sealed the desert from al-Qaim to Rutba.” Three weeks later, the group claimed "
        "that its men were “not on the border, but behind the army.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Kata'ib Hezbollah"] * 2
    statement = (
        "For its part, the Ministry of Defense announced, in a separate statement, that "
        "strikes hit hideouts.\n\nThe statement added that “the engineering units completed "
        "26 kilometres of the wall.”"
    )
    assert [q.speaker for q in quotes_of(statement)] == ["Ministry of Defense"]


def test_an_interviews_answers_are_the_interviewees_and_the_questions_no_ones() -> None:
    text = (
        "Interview by Rasha Khalil Nasser\n\n"
        "Col. Abdulrahman Khalid al-Hussein heads the border branch in Albu Kamal.\n\n"
        "Q: What did you find when you arrived?\n\n"
        "A: Empty offices and full warehouses. A colonel told me once, ‘You bring the "
        "trust, we bring the concrete.’\n\n"
        "Q: Is Iraq cooperating?\n\n"
        "A: On trade, very well.\n\n"
        "Rasha Khalil Nasser is a correspondent."
    )
    found = [(q.text, q.speaker) for q in quotes_of(text)]
    assert found == [
        (
            "Empty offices and full warehouses. A colonel told me once, ‘You bring the "
            "trust, we bring the concrete.’",
            "Abdulrahman Khalid al-Hussein",
        ),
        ("You bring the trust, we bring the concrete.", "A colonel"),
        ("On trade, very well.", "Abdulrahman Khalid al-Hussein"),
    ]
    labelled = (
        "Rudaw spoke with Brig. Gen. Hazim Salman al-Juburi about the wall.\n\n"
        "Rudaw: How long is the wall now?\n\n"
        "Al-Juburi: About 400 kilometres, and the rest by summer.\n\n"
        "Rudaw: Who guards it?\n\n"
        "Al-Juburi: Our brigades, with drones."
    )
    assert [(q.text, q.speaker) for q in quotes_of(labelled)] == [
        ("About 400 kilometres, and the rest by summer.", "Hazim Salman al-Juburi"),
        ("Our brigades, with drones.", "Hazim Salman al-Juburi"),
    ]
    unnamed = "By Sara Ali\n\nQ: Where were you born?\n\nA: In Mosul.\n\nQ: Why?\n\nA: Work."
    assert quotes_of(unnamed) == ()


def test_a_speaker_after_a_relative_clause_or_a_pronoun_that_opens_the_sentence() -> None:
    text = (
        "Staff Maj. Gen. Karim al-Fartousi spoke first.\n\n"
        "He referred the question to the Ministry of Migration and Displaced, and said the "
        "ports authority was a separate body: “It is not under my command.”\n\n"
        "Turkey, whose drones strike PKK targets in Sinjar, said that Ankara “supports every "
        "effort by the Iraqi state.”\n\n"
        "The court jailed Khudair Abbas Hamad, 58, for life.\n\n"
        "From the dock, Hamad interrupted the judge. “I brought Iraqi children home,” he "
        "shouted."
    )
    found = [(q.speaker, q.verb) for q in quotes_of(text)]
    assert found == [
        ("Karim al-Fartousi", "said"),
        ("Turkey", "said"),
        ("Khudair Abbas Hamad", "shouted"),
    ]


def test_a_short_phrase_a_speaker_is_said_to_use_is_a_quotation_a_term_is_not() -> None:
    text = (
        "The Syrian Interior Ministry said its forces were “cooperating fully” with Iraq. "
        "The committee said in a statement that it would summon the ministers of finance "
        "and interior “within two weeks”. Hassan Radhi al-Kaabi, an MP, spoke. Al-Kaabi "
        "dismissed the motion as “electioneering "
        "dressed as security policy”. The ministry said the “security belt” was finished."
    )
    found = [(q.text, q.speaker) for q in quotes_of(text)]
    assert [t for t, _ in found] == [
        "cooperating fully",
        "within two weeks",
        "electioneering dressed as security policy",
    ]


def test_the_narrative_after_a_quotations_full_stop_is_a_new_sentence() -> None:
    text = (
        '"Those men are behind bars," said Noor Ali Hamdan, a researcher.\n\n'
        'Asked about the gap, al-Zaidi told Tabayyan: "I meant that nobody crosses without '
        'being seen." Hamdan was unconvinced. "Being seen is not the same as being '
        'stopped," she said.'
    )
    assert [q.speaker for q in quotes_of(text)] == [
        "Noor Ali Hamdan", "al-Zaidi", "Noor Ali Hamdan"
    ]  # fmt: skip


def test_someone_described_who_puts_it_bluntly_speaks_the_quotation_after() -> None:
    text = (
        "Captain Mustafa Adel Hamoud walks the trench. “We had eyes,” he says.\n\n"
        "A senior Iraqi intelligence officer, who spoke on condition of anonymity, put it "
        "bluntly. “The Americans gave us the picture from above.\n\n"
        "“ISIS does not need an army to cross. It needs a dark night.”\n\n"
        "“One night,” Hamoud says, “it will not be camels.”"
    )
    found = [(q.text, q.speaker) for q in quotes_of(text)]
    assert found == [
        ("We had eyes,", "Mustafa Adel Hamoud"),
        ("The Americans gave us the picture from above.", "A senior Iraqi intelligence officer"),
        (
            "ISIS does not need an army to cross. It needs a dark night.",
            "A senior Iraqi intelligence officer",
        ),
        ("One night,", "Mustafa Adel Hamoud"),
        ("it will not be camels.", "Mustafa Adel Hamoud"),
    ]


def test_a_claim_credited_below_it_and_a_second_that_clause_of_reported_speech() -> None:
    claim = (
        "A clip of Muhammad Jabbar al-Saedi was shared.\n\n"
        'CLAIM 2: "The wall has sealed the border completely." Who said it: Brig. Gen. '
        "Abbas Fadhil al-Zaidi, press conference"
    )
    assert [q.speaker for q in quotes_of(claim)] == ["Abbas Fadhil al-Zaidi"]
    text = (
        "Brig. Gen. Shirwan Barzinji said the trench was finished. Barzinji explained that "
        "the area, which lies 15 km from the border, had long been used by smugglers, and "
        "that those networks “have been dealt painful blows.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Shirwan Barzinji"]


def test_a_relative_speaker_terms_in_marks_and_an_explainers_answers() -> None:
    text = (
        "Staff Maj. Gen. Karim al-Fartousi spoke first.\n\n"
        "He passed the question to the Ministry of Migration, which said in a statement: "
        "“All returns are voluntary and safe.”\n\n"
        "The Security Media Cell said it had dismantled two “terrorist cells” in Anbar. "
        "Amnesty said detainees faced “enforced disappearance”."
    )
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("All returns are voluntary and safe.", "Ministry of Migration")
    ]
    explainer = (
        "Parliament passed the amnesty law that Speaker Mahmoud al-Mashhadani had promised. "
        "Here is what we know.\n\nQ: Who is covered?\n\nA: Most detainees.\n\n"
        "Q: When does it start?\n\nA: Next month."
    )
    assert quotes_of(explainer) == ()
    interview = (
        "Six months after the fall of Bashar al-Assad, Syrian Interior Minister Anas Khattab "
        "sat down with us.\n\nQ: Is the border calm?\n\nA: Mostly, yes.\n\n"
        "Q: And the militias?\n\nA: They are on the Iraqi side now."
    )
    assert {q.speaker for q in quotes_of(interview)} == {"Anas Khattab"}


def test_his_excellency_is_the_official_named_after_the_honorific() -> None:
    text = (
        "On Sunday, His Excellency the Governor of Anbar, Mr. Rafi Hameed al-Jumaili, "
        "toured the border.\n\n"
        "During the tour, His Excellency listened to Engineer Hazem Najm Abdullah.\n\n"
        "His Excellency the Governor affirmed, in a speech, that “the security of the border "
        "is a shared responsibility of us all.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Rafi Hameed al-Jumaili"]


def test_short_sayings_a_sentence_ended_after_the_mark_and_a_long_credit() -> None:
    text = (
        "Prime Minister Mohammed Shia al-Sudani said the reports were “not true”. The "
        "Foreign Ministry described the strike as “very dangerous”. The prime minister said "
        "he wanted “early elections”.\n\n"
        "The representative of the United States said Washington would “continue to support "
        "Iraqi counter-terrorism capabilities”. The representative of the Russian Federation "
        "said foreign forces should withdraw.\n\n"
        '"This is not an alliance, it is a telephone that works," JOC spokesman Staff Brig. '
        "Gen. Tahsin Kareem al-Mayahi told reporters at the crossing."
    )
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("not true", "Mohammed Shia al-Sudani"),
        ("very dangerous", "Foreign Ministry"),
        ("continue to support Iraqi counter-terrorism capabilities",
         "The representative of the United States"),
        ("This is not an alliance, it is a telephone that works,", "Tahsin Kareem al-Mayahi"),
    ]  # fmt: skip


def test_a_statement_introduced_with_a_colon_and_a_post_on_telegram() -> None:
    text = (
        "Kataib Hezbollah (KH) said in a statement posted to the channel:\n\n"
        "«Our brigades on the western border are not guests of anyone.\n\n"
        "«We warn Damascus that any attack on Iraqi fighters will be answered.»\n\n"
        "Syria's Interior Ministry, in a post on Telegram, said the border was "
        "“protected by Syrians alone”."
    )
    found = [(q.text, q.speaker) for q in quotes_of(text)]
    assert [speaker for _, speaker in found] == [
        "Kata'ib Hezbollah", "Kata'ib Hezbollah", "Syrian Interior Ministry"
    ]  # fmt: skip


def test_he_and_she_skip_a_subject_whose_name_says_the_other_sex() -> None:
    text = (
        "Speaking to Al-Sharqiya TV on Sunday, Salam Hadi al-Ghazali said the committee had "
        "counted “at least 14 positions” held by armed groups.\n\n"
        "The presenter, Rana Sabah, pressed him: “And if they refuse?”\n\n"
        "“Then the commander-in-chief decides, not me and not you,” he replied."
    )
    assert [q.speaker for q in quotes_of(text)] == [
        "Salam Hadi al-Ghazali", "Rana Sabah", "Salam Hadi al-Ghazali"
    ]  # fmt: skip


def test_the_general_is_the_subject_when_the_subject_is_a_general() -> None:
    text = (
        "Al-Saadi appeared with Lt. Gen. Muhannad Aziz al-Rubaie, commander of the Border "
        "Guard Command, and the spokesman, Brig. Gen. Mazin Abbas al-Tamimi.\n\n"
        "Al-Rubaie, asked whether the wall had solved the problem, was more cautious. "
        "“A wall stops a man. It does not stop a drone,” the general said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Muhannad Aziz al-Rubaie"]


def test_another_anonymous_voice_is_what_the_next_he_stands_for() -> None:
    text = (
        "The draft covers 130 km, according to a senior Iraqi security official.\n\n"
        "The outline was confirmed by another official, who works on the border file, but "
        "he said the drone clause was disputed. “The Syrians want 10 kilometres. We said "
        "five,” he said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["another official"]
