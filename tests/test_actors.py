"""Actors: rule families on short sentences, alias merging, and the bundled corpus."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from index import Engine
from index.corpus import load_corpus, make_document
from index.extract import extract_corpus, extract_document, knowledge_of, merge_actors
from index.extract.actors.merge import ranked_roles
from index.extract.names.aliases import AliasFileError, load_alias_table
from index.extract.names.keys import close_spellings, spelling, translit_key
from index.model import Actor, Document, Knowledge
from index.repair import build_vocabulary
from index.search.actors import match_actors

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
NO_USER_FILE = Path("/nonexistent/aliases.toml")


def make_doc(text: str, doc_id: str = "t") -> Document:
    """A one-article document from `text` (paragraphs separated by blank lines)."""
    return make_document(doc_id, Path(f"{doc_id}.txt"), text, build_vocabulary([text]), [])


def actors_of(*texts: str) -> tuple[Actor, ...]:
    docs = [make_doc(t, f"d{i}") for i, t in enumerate(texts)]
    return extract_corpus(docs, NO_USER_FILE).actors


def names(*texts: str) -> set[str]:
    return {a.name for a in actors_of(*texts)}


def surfaces(actor: Actor, docs: dict[str, str]) -> list[str]:
    return [docs[m.doc][m.start : m.end] for m in actor.mentions]


@cache
def corpus() -> tuple[Document, ...]:
    return tuple(load_corpus(CORPUS))


@cache
def corpus_knowledge() -> Knowledge:
    return extract_corpus(corpus(), NO_USER_FILE)


def corpus_actors() -> tuple[Actor, ...]:
    return corpus_knowledge().actors


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Major General Karim Hassan inspected the troops on the border.",
            "Karim Hassan",
            "person",
        ),
        ("The attack was condemned by Colonel Omar Sabri on Monday.", "Omar Sabri", "person"),
        ("Later, Dr. Samir Haddad reviewed the plans for the region.", "Samir Haddad", "person"),
        (
            "Farid Touma, a member of the provincial council, visited the site.",
            "Farid Touma",
            "person",
        ),
        (
            "Reporters met Wissam Kandil, spokesman for the army, in the capital.",
            "Wissam Kandil",
            "person",
        ),
        (
            "The veteran journalist Rami Sleiman covered the clashes last year.",
            "Rami Sleiman",
            "person",
        ),
        (
            "Officials said Khalil Abu Zeid had left the country in a hurry.",
            "Khalil Abu Zeid",
            "person",
        ),
        ("Jamal al-Rubaie warned that the crossing would be closed.", "Jamal al-Rubaie", "person"),
        (
            "The Ministry of Water Resources opened a new office.",
            "Ministry of Water Resources",
            "organization",
        ),
        (
            "The Border Guard Command sent more troops to the frontier.",
            "Border Guard Command",
            "organization",
        ),
        (
            "A study by the Institute for Regional Affairs was published.",
            "Institute for Regional Affairs",
            "organization",
        ),
        (
            "The Kirkuk News Agency published the figures on Sunday.",
            "Kirkuk News Agency",
            "organization",
        ),
        ("Jordan says the border will stay open for trade.", "Jordan", "country"),
    ],
)
def test_rule_families_find_the_actor(sentence: str, name: str, kind: str) -> None:
    found = {a.name: a.type for a in actors_of(sentence)}
    assert found.get(name) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Although the talks failed, both sides met again in December.",
        "The convoy drove through Deir ez-Zor and reached al-Anbar province at night.",
        "Clashes erupted near al-Qaim on Tuesday, residents said.",
        "Smuggling from Syria has grown since the war began.",
        "Security Concerns Grow Along The Frontier",
    ],
)
def test_no_false_actors(sentence: str) -> None:
    assert names(sentence) == set()


def test_acronym_defined_in_text_is_one_actor() -> None:
    [actor] = actors_of("The Rafidain Defence Council (RDC) met in May. The RDC said little.")
    assert actor.name == "Rafidain Defence Council"
    assert "RDC" in actor.aliases and len(actor.mentions) == 3


def test_surname_goes_to_nearest_preceding_namesake() -> None:
    text = (
        "Ali al-Mamaari, a political analyst, spoke first.\n\n"
        "Later Talib Abdul Karim al-Mamaari, a parliamentarian, spoke too. "
        "The plan is good, al-Mamaari stated."
    )
    doc = make_doc(text, "d0")
    actors = extract_corpus([doc], NO_USER_FILE).actors
    talib = next(a for a in actors if a.name.startswith("Talib"))
    ali = next(a for a in actors if a.name == "Ali al-Mamaari")
    assert len(talib.mentions) == 2 and len(ali.mentions) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("al-Bindawi", "Al-Bandawi"),
        ("Qasim", "Qassem"),
        ("Tahsin", "Tahseen"),
        ("Kata’ib", "Kataib"),
        ("Mohammed", "Muhammad"),
    ],
)
def test_transliteration_variants_share_a_key(a: str, b: str) -> None:
    assert translit_key(a) == translit_key(b)


@pytest.mark.parametrize(
    ("a", "b"), [("Ali", "Talib"), ("al-Mamaari", "al-Maliki"), ("Hossam", "Hisham")]
)
def test_different_names_keep_apart(a: str, b: str) -> None:
    assert translit_key(a) != translit_key(b)


def test_people_merge_across_articles_when_given_names_agree() -> None:
    found = actors_of(
        "Ali Nehmeh al-Bandawi, a member of the committee, spoke on Monday.",
        "Ali Naama Al-Bindawi, a member of the committee, spoke again.",
    )
    assert len([a for a in found if a.type == "person"]) == 1


def test_text_stated_alias_merges() -> None:
    found = actors_of("The Free Levant Front, formerly Liwa al-Haqq, said it would fight on.")
    named = [a.name for a in found if "Liwa al-Haqq" in (a.name, *a.aliases)]
    assert named == ["Free Levant Front"]


def test_a_name_the_text_says_one_is_known_as_is_an_alias() -> None:
    found = actors_of(
        "Hamid Karim al-Jazairi, known as Abu Ali al-Basri, commands the brigade. "
        "Al-Basri said the border was calm."
    )
    people = [(a.name, a.aliases) for a in found if a.type == "person"]
    assert people == [("Hamid Karim al-Jazairi", ("Abu Ali al-Basri", "Al-Basri"))]


def test_user_alias_file_extends_table(tmp_path: Path) -> None:
    user = tmp_path / "aliases.toml"
    user.write_text(
        '[[actor]]\nname = "Rafidain Brigade"\ntype = "organization"\n'
        'aliases = ["RB", "Liwa al-Rafidain"]\n',
        encoding="utf-8",
    )
    table = load_alias_table(user)
    entry = table.lookup("Liwa al-Rafidain")
    assert entry is not None and entry.name == "Rafidain Brigade"
    assert table.lookup("PMF") is not None


def test_bad_user_alias_file_is_reported(tmp_path: Path) -> None:
    user = tmp_path / "aliases.toml"
    user.write_text("[[actor]]\ntype = 3\n", encoding="utf-8")
    with pytest.raises(AliasFileError):
        load_alias_table(user)


def test_corpus_bandawi_is_one_actor() -> None:
    texts = {d.id: d.text for d in corpus()}
    hits = [a for a in corpus_actors() if {"al-Bandawi", "Al-Bindawi"} <= set(surfaces(a, texts))]
    assert len(hits) == 1


def test_corpus_pmf_is_one_actor_and_mamaaris_apart() -> None:
    [pmf] = match_actors("PMF", corpus_actors())
    assert pmf.name == "Popular Mobilization Forces"
    mamaaris = [a for a in corpus_actors() if a.name.endswith("al-Mamaari")]
    assert len(mamaaris) == 2


def test_match_actors_by_variant_surname() -> None:
    [found] = match_actors("Bindawi", corpus_actors())
    assert "al-Bandawi" in found.aliases


def test_annotated_actor_spans_match_the_text() -> None:
    import json

    data = json.loads((Path(__file__).parent / "data/annotations/actors.json").read_text("utf-8"))
    texts = {d.id: d.text for d in corpus()}
    for actor in data["actors"]:
        for m in actor["mentions"]:
            assert texts[m["doc"]][m["start"] : m["end"]] == m["text"]


@pytest.mark.parametrize(
    ("sentence", "name", "surface"),
    [
        ("On Friday the Jordanian army closed two crossings.", "Jordanian army", "Jordanian army"),
        (
            "The talks were welcomed by the Turkish government.",
            "Turkish government",
            "Turkish government",
        ),
        (
            "Iraqi security forces arrested three suspects.",
            "Iraqi security forces",
            "Iraqi security forces",
        ),
        (
            "The U.S. administration announced new sanctions.",
            "US administration",
            "U.S. administration",
        ),
        ("Observers said the American military had withdrawn.", "US military", "American military"),
        ("Lebanon's army deployed more troops to the valley.", "Lebanese army", "Lebanon's army"),
        (
            "A statement from the Egyptian military, issued late, was brief.",
            "Egyptian military",
            "Egyptian military",
        ),
        ("In 2019 Syrian army units entered the town.", "Syrian army", "Syrian army"),
    ],
)
def test_national_institution_is_an_organisation(sentence: str, name: str, surface: str) -> None:
    [actor] = [a for a in actors_of(sentence) if a.type == "organization"]
    assert (actor.name, surfaces(actor, {"d0": sentence})) == (name, [surface])


@pytest.mark.parametrize(
    "sentence",
    [
        "Iraqi officials met the delegation on Monday.",
        "Iranian-backed militias fired rockets at the base.",
        "Iraqi forces moved north before dawn.",
        "A senior Jordanian military officer described the raid.",
        "He spoke to Syrian police officers at the checkpoint.",
    ],
)
def test_groups_and_adjectives_are_no_institutions(sentence: str) -> None:
    assert not [a for a in actors_of(sentence) if a.type == "organization"]


def test_spellings_of_one_institution_merge() -> None:
    text = "The Israeli army said a drone was shot down. Israel's army later confirmed it."
    [actor] = [a for a in actors_of(text) if a.type == "organization"]
    assert actor.name == "Israeli army" and len(actor.mentions) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Jordan says the border is open. Trucks from Jordan crossed into Syria.", 2),
        ("Trucks from Jordan crossed the border. Traders in Jordan were pleased.", 0),
        ("Jordan warned of smuggling. Jordan's army then sealed the crossing.", 1),
    ],
)
def test_acting_country_counts_every_noun_mention(text: str, count: int) -> None:
    found = [a for a in actors_of(text) if a.name == "Jordan"]
    assert sum(len(a.mentions) for a in found) == count


def test_regime_is_the_government() -> None:
    text = "The Syrian regime lost ground. Later the Syrian government asked for talks."
    [actor] = [a for a in actors_of(text) if a.type == "organization"]
    assert actor.name == "Syrian government" and len(actor.mentions) == 2


def test_agent_of_a_passive_acts() -> None:
    assert "Jordan" in names("The new crossing was built by Jordan last year.")


def test_document_extraction_depends_on_the_document_alone(tmp_path: Path) -> None:
    aliases = load_alias_table(NO_USER_FILE)
    docs = corpus()
    first = [extract_document(d, aliases) for d in docs]
    assert [extract_document(d, aliases) for d in reversed(docs)] == first[::-1]
    same_view = 0
    for doc, extraction in zip(docs, first, strict=True):
        folder = tmp_path / doc.id
        folder.mkdir()
        (folder / doc.path.name).write_text(doc.text, encoding="utf-8")
        [alone] = load_corpus(folder)
        if alone.repaired == doc.repaired and alone.passages == doc.passages:
            same_view += 1
            assert extract_document(alone, aliases) == extraction
    assert same_view >= 3


def test_corpus_extraction_is_the_composition_of_its_parts() -> None:
    aliases = load_alias_table(NO_USER_FILE)
    extractions = [extract_document(d, aliases) for d in corpus()]
    assert knowledge_of(extractions, aliases) == corpus_knowledge()
    merge = merge_actors(extractions, aliases)
    assert merge.actors == corpus_actors()
    assert {merge.actor_of[k] for e in extractions for _, k in e.keyed if k in merge.actor_of} == {
        a.id for a in merge.actors
    }


def test_document_extraction_is_picklable() -> None:
    aliases = load_alias_table(NO_USER_FILE)
    for doc in corpus():
        extraction = extract_document(doc, aliases)
        assert pickle.loads(pickle.dumps(extraction)) == extraction


def test_lowercase_words_of_other_articles_do_not_change_an_article() -> None:
    article = make_doc("Iraq says the border will stay open for trade.", "a")
    comment = make_doc("i wish iraq and syria would close the border for good.", "b")
    alone = extract_corpus([article], NO_USER_FILE).actors
    together = extract_corpus([article, comment], NO_USER_FILE).actors
    assert [a.name for a in alone] == ["Iraq"]
    assert [(a.name, a.mentions) for a in together] == [(a.name, a.mentions) for a in alone]


def test_merged_speaker_takes_the_actor_name_and_id() -> None:
    found = extract_corpus(
        [
            make_doc("Ali Nehmeh al-Bandawi, a member of the committee, spoke on Monday.", "d0"),
            make_doc(
                "“The border is sealed against every smuggler,” said Ali Naama Al-Bindawi.", "d1"
            ),
        ],
        NO_USER_FILE,
    )
    [person] = [a for a in found.actors if a.type == "person"]
    [quote] = found.quotes
    assert (quote.speaker, quote.speaker_id) == (person.name, person.id)
    assert person.name == "Ali Nehmeh al-Bandawi"


@pytest.mark.parametrize(
    ("typed", "names"),
    [("Hashd", {"Popular Mobilization Forces"}),
     ("popular mobilization", {"Popular Mobilization Forces"}),
     ("Hezbollah", {"Hezbollah"}),  # a whole name first: not Kata'ib Hezbollah
     ("Hezb", set()), ("al", set())],
)  # fmt: skip
def test_a_name_matched_by_none_whole_matches_the_names_it_opens(
    typed: str, names: set[str]
) -> None:
    from index.extract.names.aliases import load_alias_table

    found = match_actors(typed, corpus_actors(), load_alias_table(None))
    assert {a.name for a in found} == names


def test_an_actors_roles_come_most_borne_first_ties_in_order_of_appearance() -> None:
    # a role that one garbled paragraph gives first never stands before the usual one
    borne = [(("Stalsitfi Minister",), 1), (("Prime Minister", "leader"), 3), (("leader",), 1)]
    assert ranked_roles(borne) == ("leader", "Prime Minister", "Stalsitfi Minister")
    assert ranked_roles(borne[:2]) == ("Prime Minister", "leader", "Stalsitfi Minister")
    assert ranked_roles([(("b",), 2), (("a", "a"), 2)]) == ("b", "a")  # once per mention


def test_a_town_named_like_a_persons_surname_stays_a_town(
    tmp_path: Path, write_corpus: Callable[[dict[str, str | bytes]], Path]
) -> None:
    # "al-Qaim" alone, where it stands as a place, is no surname for the one person of
    # that name to take
    corpus = write_corpus(
        {
            "a.txt": "Border report\n\nSecurity in regions like al-Qaim and al-Anbar has "
            "improved. Troops reached border provinces like Nineveh, al-Anbar, and al-Qaim, "
            "and a convoy drove to al-Qaim on Monday.\n",
            "b.txt": "Officer\n\nColonel Ahmad al-Qaim, a border officer, said 40 trucks "
            "crossed. Al-Qaim said more would follow.\n",
        }
    )
    engine = Engine.open(corpus, cache_root=tmp_path / "cache")
    (qaim,) = [a for a in engine.actors() if a.name == "Ahmad al-Qaim"]
    assert qaim.doc_total == 1 and qaim.mention_total == 2
    assert {h.doc for h in engine.search('actor:"Ahmad al-Qaim"').hits} == {"b"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "PMF chief of staff Abdul Aziz al-Mohammedawi inspected the units.",
            "Abdul Aziz al-Mohammedawi",
            "PMF chief of staff",
        ),
        (
            "The head of the Anbar Provincial Council, Omar Mishaan al-Dulaimi, called for calm.",
            "Omar Mishaan al-Dulaimi",
            "head of the Anbar Provincial Council",
        ),
    ],
)
def test_a_role_with_its_complement_before_a_name(text: str, name: str, role: str) -> None:
    [person] = [a for a in actors_of(text) if a.type == "person"]
    assert (person.name, person.roles) == (name, (role,))


def test_a_co_chair_is_a_person_with_a_role() -> None:
    found = actors_of(
        "According to Jiyan Hasan Murad, co-chair of the camp office, 36,000 people live there."
    )
    people = [(a.name, a.roles) for a in found if a.type == "person"]
    assert people == [("Jiyan Hasan Murad", ("co-chair of the camp office",))]


def test_a_role_whose_complement_is_still_to_come_makes_no_one() -> None:
    found = actors_of("Officials praised the captain of the Maersk-Alabama cargo ship.")
    assert [a.name for a in found if a.type == "person"] == []


def test_a_lone_surname_after_according_to_is_the_person_named_before() -> None:
    found = actors_of(
        "Maj. Gen. Abdul Karim Hamid al-Fahdawi spoke on Monday. According to al-Fahdawi, "
        "the wall rises 3.5 meters."
    )
    [person] = [a for a in found if a.type == "person"]
    assert (person.name, person.mention_total) == ("Abdul Karim Hamid al-Fahdawi", 2)


def test_a_name_set_after_an_outlets_noun_is_the_outlet() -> None:
    found = actors_of(
        "An official spoke to the paper's Arabic-language sister edition, Al-Sabah Al-Jadid."
    )
    assert [(a.name, a.type) for a in found] == [("Al-Sabah Al-Jadid", "organization")]


def test_a_country_acts_past_an_interjection() -> None:
    found = actors_of("Washington, meanwhile, is winding down the coalition's mission.")
    assert [(a.name, a.type) for a in found] == [("United States", "country")]


def test_a_country_acts_in_its_own_relative_clause() -> None:
    found = actors_of("The United States, which leads the coalition, keeps 2,500 troops.")
    assert [(a.name, a.type) for a in found] == [("United States", "country")]
    placed = actors_of("The camp in Syria, which holds 40,000 people, is overcrowded.")
    assert placed == ()


def test_an_acronym_that_spells_a_word_is_a_mention() -> None:
    found = actors_of("Families of Islamic State (IS) fighters remain. IS fighters attacked.")
    [group] = [a for a in found if a.name == "Islamic State"]
    assert (group.mention_total, group.aliases) == (3, ("IS",))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("al-Bindawi", "Al-Bandawi", True),
        ("Hussein", "Husayn", True),
        ("Hussein", "Hussain", True),
        ("Mohammed", "Muhammad", True),
        ("Qasim", "Qassem", True),
        ("Hassan", "Hussein", False),  # one consonant skeleton, two names
        ("Mohammed", "Mahmoud", False),
    ],
)
def test_spellings_of_one_name_are_close_and_of_two_names_are_not(
    a: str, b: str, same: bool
) -> None:
    assert close_spellings(spelling(a), spelling(b)) is same


def test_a_lone_name_of_the_same_skeleton_is_not_the_person_named_before() -> None:
    text = (
        "Foreign Minister Fuad Hussein visited Baghdad. On the tower, the soldier Hassan "
        "scans the scrubland. “We sleep with one eye open,” Hassan said."
    )
    found = actors_of(text)
    assert sorted(a.name for a in found if a.type == "person") == ["Fuad Hussein", "Hassan"]
    again = actors_of("Foreign Minister Fuad Hussein spoke.", "Hassan said the post was calm.")
    assert sorted(a.name for a in again if a.type == "person") == ["Fuad Hussein", "Hassan"]
    same = actors_of("Foreign Minister Fuad Hussein spoke.", "Hussein said the post was calm.")
    assert [(a.name, a.aliases) for a in same if a.type == "person"] == [
        ("Fuad Hussein", ("Hussein",))
    ]


def test_full_names_of_one_skeleton_are_two_people_unless_spelt_alike() -> None:
    found = actors_of(
        "Ali Hassan spoke on Monday. Mohammed Sabri spoke. Mahmoud Sabri left.",
        "Ali Hussein spoke on Tuesday. Muhammad Sabri returned.",
    )
    people = sorted((a.name, a.aliases) for a in found if a.type == "person")
    assert people == [
        ("Ali Hassan", ()),
        ("Ali Hussein", ()),
        ("Mahmoud Sabri", ()),
        ("Mohammed Sabri", ("Muhammad Sabri",)),
    ]


def test_a_kunya_of_a_given_name_is_a_person_and_a_town_so_named_is_not() -> None:
    found = actors_of("A smuggler, who gave his name only as Abu Omar, said prices doubled.")
    assert [(a.name, a.type) for a in found] == [("Abu Omar", "person")]
    assert actors_of("Fighting near Abu Kamal grew. Abu Kamal fell on Sunday.") == ()


def test_a_name_with_a_number_is_a_label_and_the_zeravani_a_force() -> None:
    assert actors_of("The old base that everyone calls Camp 4, told me it was cold.") == ()
    found = actors_of("The Zeravani deployed 1,200 troops near Faysh Khabur.")
    assert [(a.name, a.type) for a in found] == [("Zeravani", "organization")]


def test_a_surname_that_named_someone_goes_on_naming_them() -> None:
    text = (
        "Lieutenant Colonel Qais al-Rawi climbs the tower. “It is quiet,” Rawi says.\n\n"
        "His brother, Ammar al-Rawi, is an engineer in Ramadi.\n\n"
        "Rawi said the posts had been empty."
    )
    actors = extract_corpus([make_doc(text, "d0")], NO_USER_FILE).actors
    qais = next(a for a in actors if a.name == "Qais al-Rawi")
    ammar = next(a for a in actors if a.name == "Ammar al-Rawi")
    assert surfaces(qais, {"d0": text}) == ["Qais al-Rawi", "Rawi", "Rawi"]
    assert surfaces(ammar, {"d0": text}) == ["Ammar al-Rawi"]


def test_acronyms_in_mixed_case_or_another_language_are_defined() -> None:
    text = (
        "The Ministry of Migration and Displaced (MoMD) counted them. The MoMD said so.\n\n"
        "A drone killed two members of the Sinjar Resistance Units (YBŞ). "
        "Ankara accuses the YBŞ of links to the PKK."
    )
    found = {a.name: surfaces(a, {"d0": text}) for a in actors_of(text)}
    assert found["Ministry of Migration and Displaced"] == [
        "Ministry of Migration and Displaced", "MoMD", "MoMD"
    ]  # fmt: skip
    assert found["Sinjar Resistance Units"] == ["Sinjar Resistance Units", "YBŞ", "YBŞ"]


def test_a_title_before_an_organisations_head_is_its_name_and_a_country_keeps_its_own() -> None:
    text = (
        "The General Directorate for Narcotics Affairs seized a shipment. "
        "Al-Ugaidi said Saudi Arabia had provided information."
    )
    found = {(a.name, a.type) for a in actors_of(text)}
    assert ("General Directorate for Narcotics Affairs", "organization") in found
    assert ("Saudi Arabia", "country") in found
    assert not any("Arabiya" in name or name == "Arabia" for name, _ in found)


def test_a_party_named_by_one_word_and_a_minister_after_his_portfolio() -> None:
    text = (
        "Lawmakers of the Sunni Taqaddum (Progress) party walked out. Minister of State "
        "for Border Affairs Salam Naji al-Hamdani presented the request."
    )
    found = {(a.name, a.type) for a in actors_of(text)}
    assert found == {("Taqaddum", "organization"), ("Salam Naji al-Hamdani", "person")}


def test_a_capital_after_an_organisation_and_a_consultancy_named_after_its_noun() -> None:
    text = (
        "Officers of the Joint Operations Command in Baghdad met. Lina Sarraf tracks armed "
        "groups for the consultancy Karam Advisory; Haider al-Shakeri is a researcher at "
        "the Dijla Policy Forum."
    )
    found = {a.name: surfaces(a, {"d0": text}) for a in actors_of(text)}
    assert found["Joint Operations Command"] == ["Joint Operations Command"]
    assert found["Karam Advisory"] == ["Karam Advisory"]
    assert found["Dijla Policy Forum"] == ["Dijla Policy Forum"]


def test_a_name_after_a_role_and_a_comma_or_given_as_ones_name_is_a_person() -> None:
    text = (
        "The district's mayor, Khalaf Hassan Murad, works from a prefab office. At a post "
        "outside Khanasor, a fighter who gives his name only as Zerdeşt checks cars."
    )
    found = {(a.name, a.type) for a in actors_of(text)}
    assert {("Khalaf Hassan Murad", "person"), ("Zerdeşt", "person")} <= found


def test_another_countrys_ministry_is_not_the_home_one() -> None:
    text = (
        "Iraq's border with Syria is calm, Iraqi officials say. The Iraqi Interior Ministry "
        "said patrols in Iraq had doubled, and Iraq's army agreed. The Syrian Interior "
        "Ministry said its side was closed."
    )
    found = {a.name: surfaces(a, {"d0": text}) for a in actors_of(text)}
    assert found["Ministry of Interior"] == ["Iraqi Interior Ministry"]
    assert found["Syrian Interior Ministry"] == ["Syrian Interior Ministry"]


def test_a_table_entry_of_one_nationality_is_no_other_countrys_institution() -> None:
    text = (
        "Captagon smuggled from Syria was seized. Syria's border and Syrian smugglers were "
        "named. The Syrian Ministry of Interior announced arrests in Syria. The Ministry of "
        "Interior in Baghdad sent dogs, and the Iraqi Ministry of Defense sent drones."
    )
    found = {a.name: surfaces(a, {"d0": text}) for a in actors_of(text)}
    assert found["Syrian Ministry of Interior"] == ["Syrian Ministry of Interior"]
    assert found["Ministry of Interior"] == ["Ministry of Interior"]
    assert found["Ministry of Defense"] == ["Iraqi Ministry of Defense"]


def test_someone_of_an_organisation_is_a_person_beside_it() -> None:
    text = (
        "Brig. Gen. Saad Maan of the Security Media Cell said the border was calm. Sergeant "
        "Laith Karim Jassim of the Border Guard Command was jailed. The session was chaired "
        "by Dr. Salah Jabbar al-Hilfi of the State of Law Coalition. The Head of the Border "
        "Guard Command did not attend."
    )
    found = {(a.name, a.type) for a in actors_of(text)}
    assert {
        ("Saad Maan", "person"),
        ("Security Media Cell", "organization"),
        ("Laith Karim Jassim", "person"),
        ("Salah Jabbar al-Hilfi", "person"),
        ("State of Law Coalition", "organization"),
    } <= found
    assert not any(name.startswith("Head") for name, _ in found)


def test_an_age_or_a_party_in_brackets_after_a_name_makes_a_person() -> None:
    text = (
        "The court found Khudair Abbas Hamad, 58, guilty. Shilan Aziz Doski (Kurdistan "
        "Democratic Party, Duhok) raised the Rabia sector. Returnees fear stigma in Anbar "
        "and Salah al-Din; reconciliation is pending."
    )
    found = {(a.name, a.type) for a in actors_of(text)}
    assert {("Khudair Abbas Hamad", "person"), ("Shilan Aziz Doski", "person")} <= found
    assert ("Kurdistan Democratic Party", "organization") in found
    assert not any(name == "Salah al-Din" for name, _ in found)


def test_a_kunya_does_not_answer_to_the_name_of_the_child_it_names() -> None:
    text = (
        "The court found Khudair Abbas Hamad, 58, known to smugglers as Abu Yasser, guilty. "
        "Abu Yasser was given life. His son, Yasser Khudair Abbas, 31, received 15 years.\n\n"
        "Yasser wept as his sentence was read."
    )
    found = {a.name: surfaces(a, {"d0": text}) for a in actors_of(text)}
    assert found["Khudair Abbas Hamad"] == ["Khudair Abbas Hamad", "Abu Yasser", "Abu Yasser"]
    assert found["Yasser Khudair Abbas"] == ["Yasser Khudair Abbas", "Yasser"]


def test_an_honorific_and_a_given_name_name_whom_the_article_named_in_full() -> None:
    text = (
        "Sheikh Nawaf Daham al-Aslan read the charter. Hajji Ismail Suwaid Hardan, mukhtar "
        "of a village, signed it. Later Hajji Ismail said the berm was near, and Sheikh "
        "Nawaf thanked the guards. Layla Qasim Haji watched."
    )
    found = {a.name: surfaces(a, {"d0": text}) for a in actors_of(text)}
    assert found["Nawaf Daham al-Aslan"] == ["Nawaf Daham al-Aslan", "Nawaf"]
    assert found["Ismail Suwaid Hardan"] == ["Ismail Suwaid Hardan", "Ismail"]
    assert found["Layla Qasim Haji"] == ["Layla Qasim Haji"]


def test_offices_of_a_post_and_united_nations_bodies_are_organisations() -> None:
    text = (
        "Access needs the approval of the Office of the National Security Adviser. The "
        "United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said the "
        "World Food Programme (WFP) had distributed food. WFP said stocks would last."
    )
    found = {a.name: surfaces(a, {"d0": text}) for a in actors_of(text)}
    assert found["Office of the National Security Adviser"] == [
        "Office of the National Security Adviser"
    ]
    assert found["OCHA"] == [
        "United Nations Office for the Coordination of Humanitarian Affairs", "OCHA"
    ]  # fmt: skip
    assert found["World Food Programme"] == ["World Food Programme", "WFP", "WFP"]


def test_a_general_directorate_keeps_its_general_and_drops_its_province() -> None:
    text = (
        "Officers from the General Security Directorate met Brigadier General Ghassan "
        "Bakir, commander of the Internal Security Command in Deir Ezzor Province."
    )
    found = {a.name: a.type for a in actors_of(text)}
    assert found["General Security Directorate"] == "organization"
    assert found["Internal Security Command"] == "organization"
    assert found["Ghassan Bakir"] == "person"


def test_rules_for_names_beside_places_and_asides_do_not_overreach() -> None:
    text = (
        "The Ministry of Interior in the Kurdistan Region said no. In Baghdad, the Ministry "
        "of Interior said yes. A dispute between Ali Hussein Jabbar and Khalid Omar Salman, "
        "which began in May, was settled. Fighters crossed into Syria, he said, adding that "
        "more would come. Control of Ain Issa (Syrian Democratic Forces, Raqqa) changed "
        "hands. Police asked Tal Afar residents to stay indoors. Prime Minister Abiy Ahmed "
        "met them. Ahmed said no."
    )
    found = {a.name: (a.type, surfaces(a, {"d0": text})) for a in actors_of(text)}
    assert found["Ministry of Interior in the Kurdistan Region"][1] == [
        "Ministry of Interior in the Kurdistan Region"
    ]
    assert found["Khalid Omar Salman"][0] == "person"
    assert found["Abiy Ahmed"][1] == ["Abiy Ahmed", "Ahmed"]
    assert not {"Syria", "Ain Issa", "Tal Afar", "Police"} & found.keys()


def test_general_security_is_a_body_and_another_countrys_ministry_stays_its_own() -> None:
    text = (
        "Iraq's army said Iraq's border was calm. Damascus sent two brigades of General "
        "Security forces to Albu Kamal. Syria’s Interior Ministry said in a statement that "
        "it was fine. The Syrian Interior Ministry said so. His Excellency listened."
    )
    found = {a.name: (a.type, surfaces(a, {"d0": text})) for a in actors_of(text)}
    assert found["General Security"][0] == "organization"
    assert found["Syrian Interior Ministry"][1] == ["Interior Ministry", "Syrian Interior Ministry"]
    assert "Ministry of Interior" not in found and "Excellency" not in found


def test_a_possessive_renames_only_a_table_institution_and_platforms_are_no_actors() -> None:
    text = (
        "Iraqi officials said Iraq's border was calm. Syria's Hayat Tahrir al-Sham said no; "
        "HTS later said yes. The Syrian Arab Republic said it would sign. Nujaba wrote in a "
        "post on Telegram that it was ready. The Counter-Terrorism Service in Anbar Province "
        "said more, and the Counter-Terrorism Service added."
    )
    found = {a.name: (a.type, surfaces(a, {"d0": text})) for a in actors_of(text)}
    assert found["Hayat Tahrir al-Sham"][1] == ["Hayat Tahrir al-Sham", "HTS"]
    assert "Syrian Arab Republic" in found["Syria"][1]
    assert found["Counter-Terrorism Service"][1] == [
        "Counter-Terrorism Service", "Counter-Terrorism Service"
    ]  # fmt: skip
    assert "Telegram" not in found and "Republic" not in found
