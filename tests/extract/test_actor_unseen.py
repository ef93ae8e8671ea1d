"""Actors on text the registry does not cover: unknown people with titles, appositions the
parser misses, titles that name a person by the body they lead, civil society, numbers that
refer back to a group, and the office-holders of the allies. New sentences, none from a corpus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from flashpoint.extract.actors import ActorMention, ActorRegistry, find_actors

if TYPE_CHECKING:
    from spacy.language import Language


def _found(
    nlp: Language,
    registry: ActorRegistry,
    text: str,
    outlet: str | None = None,
    published: str = "2021-11-15",
) -> dict[str, ActorMention]:
    index = find_actors(nlp(text), registry, published=published, outlet=outlet)
    return {m.text: m for m in index.mentions}


# (text, phrase, code, name): a title with no country of its own, of a person the registry
# does not know, takes the report's country (dateline, the country acting) or stays UNK
UNKNOWN_TITLED = [
    ("VILNIUS, Sept 2 (Reuters) - Deputy Interior Minister Tomas Zilinskas said the wall would "
     "be ready in spring.", "Deputy Interior Minister Tomas Zilinskas", "LTU-GOV",
     "Tomas Zilinskas"),
    ("Latvia declared an emergency on Friday. Deputy State Secretary Juris Ozols said the army "
     "would help.", "Deputy State Secretary Juris Ozols", "LVA-GOV", "Juris Ozols"),
    ("Deputy Foreign Minister Karel Novotny said talks would resume.",
     "Deputy Foreign Minister Karel Novotny", "UNK-GOV", "Karel Novotny"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code", "name"), UNKNOWN_TITLED, ids=["dateline", "acting", "unknown"]
)
def test_unknown_titled_person_keeps_name_and_gets_country(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str, name: str
) -> None:
    found = _found(nlp, registry, text)
    assert found[phrase].actor == code
    assert found[phrase].name == name
    assert found[phrase].person


# (text, title phrase, code, name): apposition of a title and a name the parser may not take
# for a person; the title mention carries the name, the name the title's actor
APPOSITIONS = [
    ("Poland sealed the crossing on Monday. A spokeswoman for the border guard, Jolanta "
     "Wrzesniak, said 80 people had tried to cross.", "A spokeswoman", "POL-COP",
     "Jolanta Wrzesniak"),
    ("Poland sealed the crossing on Monday. A police spokesman, Dariusz Kolanko, said the "
     "car had been found.", "A police spokesman", "POL-COP", "Dariusz Kolanko"),
    ("\"The camp must close,\" said Liga Berzina, the charity's legal adviser.",
     "Liga Berzina", "UNK-CVL", "Liga Berzina"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code", "name"), APPOSITIONS, ids=["for-the-guard", "police", "after"]
)
def test_apposition_shares_name_and_actor(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str, name: str
) -> None:
    found = _found(nlp, registry, text)
    assert found[phrase].actor.partition("-")[2] == code.partition("-")[2]
    assert found[phrase].name == name


# (text, phrase, code): the title is the body it leads or speaks for
BODY_TITLES = [
    ("The commander of the Belarusian air force said the flights were routine.",
     "The commander", "BLR-MIL"),
    ("Belarus staged drills near Brest. The head of the presidential administration, Pavel "
     "Lysenko, blamed the West.", "The head of", "BLR-GOV"),
    ("The Lithuanian ombudsman said the detentions broke the law.", "The Lithuanian ombudsman",
     "LTU-GOV"),
    ("The Polish police chief said more officers would be sent.", "The Polish police chief",
     "POL-COP"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code"), BODY_TITLES, ids=["commander-of", "head-of", "ombudsman", "chief"]
)
def test_titles_of_bodies(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str
) -> None:
    assert _found(nlp, registry, text)[phrase].actor == code


# (text, phrase, code or None): civil society and protesters
CIVIL = [
    ("Volunteers carried water to the camp at night.", "Volunteers", "UNK-CVL"),
    ("Protesters in Riga demanded a tougher line.", "Protesters", "LVA-OPP"),
    ("Latvian activists said the family was exhausted.", "Latvian activists", "LVA-CVL"),
    ("Police stopped eight medics from the Baltic Aid network near the village.",
     "eight medics", "UNK-CVL"),
    ("Police stopped eight activists from the Grupa Granica network near the village.",
     "eight activists", "POL-CVL"),
    # unnamed rights groups are no actor (seed notes: "the rights groups are not named")
    ("The plan drew criticism from rights groups.", "rights groups", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    CIVIL,
    ids=["volunteers", "protesters-in", "activists", "medics", "from-network", "rights-groups"],
)
def test_civil_society(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str | None
) -> None:
    found = _found(nlp, registry, text)
    if code is None:
        assert phrase not in found
    else:
        assert found[phrase].actor == code


def test_named_group_is_not_the_family(nlp: Language, registry: ActorRegistry) -> None:
    text = "Grupa Granica volunteers said the family had been in the forest for a week."
    found = _found(nlp, registry, text)
    assert found["Grupa Granica volunteers"].name == "Grupa Granica"
    assert found["the family"].name is None


def test_number_refers_back_to_the_group_counted(nlp: Language, registry: ActorRegistry) -> None:
    text = (
        "Police detained four activists from the Grupa Granica network on Sunday. "
        "The four were released after a day."
    )
    found = _found(nlp, registry, text)
    assert found["The four"].actor == "POL-CVL"


def test_number_without_a_counted_group_is_no_actor(nlp: Language, registry: ActorRegistry) -> None:
    found = _found(nlp, registry, "The two met in Geneva. The three sides disagreed.")
    assert "The two" not in found


# (text, phrase, name, published): allies' office-holders and their titles
ALLIES = [
    ("Swedish Defence Minister Pal Jonson said the jets would stay.", "Swedish Defence "
     "Minister Pal Jonson", "Pal Jonson", "2023-03-01"),  # as written
    ("The Dutch defence minister said the drones would arrive in May.",
     "The Dutch defence minister", "Ruben Brekelmans", "2025-03-10"),
    ("The Dutch defence minister said the drones would arrive in May.",
     "The Dutch defence minister", "Kajsa Ollongren", "2022-06-10"),
    ("Akar said Ankara would keep talking to both sides.", "Akar", "Hulusi Akar",
     "2022-02-01"),
    ("Italian Foreign Minister Luigi Di Maio spoke with Lavrov.",
     "Italian Foreign Minister Luigi Di Maio", "Luigi Di Maio", "2022-02-01"),
    ("The Canadian foreign minister arrived in Riga.", "The Canadian foreign minister",
     "Mélanie Joly", "2022-02-01"),
    ("Danish Prime Minister Mette Frederiksen met Kofod.", "Kofod", "Jeppe Kofod",
     "2021-11-15"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "name", "published"),
    ALLIES,
    ids=["ascii-name", "title-2025", "title-2022", "surname", "full", "canada", "denmark"],
)
def test_allies_office_holders(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, name: str, published: str
) -> None:
    found = _found(nlp, registry, text, published=published)
    assert found[phrase].name == name


def test_ambiguous_new_surname_needs_the_full_name(nlp: Language, registry: ActorRegistry) -> None:
    found = _found(nlp, registry, "Walker said the talks had gone well.", published="2024-09-01")
    assert "Walker" not in found or found["Walker"].name != "Roly Walker"


def test_registry_covers_the_allies(registry: ActorRegistry) -> None:
    for code in ("NOR", "SWE", "FIN", "DNK", "NLD", "ITA", "TUR", "HUN", "CAN"):
        offices = {office.office for office, _ in registry.offices_of(code)}
        assert {"head_of_government", "foreign_minister", "defence_minister"} <= offices, code


# (text, phrase, code): "the government" refers to the country the text has just turned to
GOVERNMENT = [
    # the legislature of the same sentence, not the country named before
    ("Belarus moved troops. Lawmakers in Riga voted to extend the emergency, and the "
     "government asked for more money.", "the government", "LVA-GOV"),
    # the minister of the sentence before, not the country in an earlier sentence
    ("Russia fired drones at Odesa overnight. Dutch Defence Minister Ruben Brekelmans "
     "condemned it. The government will also send 20 ambulances.", "The government",
     "NLD-GOV"),
    # the speaker, not the country in the speaker's own quotation
    ("\"Russia broke every truce,\" Finnish Foreign Minister Elina Valtonen said. The "
     "government will send more mine-clearing teams.", "The government", "FIN-GOV"),
    # an institution in a later sentence still wins over an earlier person
    ("Danish Prime Minister Mette Frederiksen spoke in Aarhus. Later, Sweden said it would "
     "help. The government will send two ships.", "The government", "SWE-GOV"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    GOVERNMENT,
    ids=["same-sentence-legislature", "later-minister", "quoted-country", "later-country"],
)
def test_the_government_refers_to_the_latest_country(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str
) -> None:
    assert _found(nlp, registry, text, published="2025-03-17")[phrase].actor == code


# (text, phrase, code): firms, airlines, civil-society groups and volunteer forces by name
NAMED_BODIES = [
    ("Rheinmetall said it would open a plant near Lviv.", "Rheinmetall", "DEU-BUS"),
    ("Iraqi Airways cancelled its flights to Minsk.", "Iraqi Airways", "IRQ-BUS"),
    ("Doctors from the Polish Medical Mission treated a boy.", "the Polish Medical Mission",
     "POL-CVL"),
    ("The Estonian Defence League trained 300 volunteers.", "The Estonian Defence League",
     "EST-MIL"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code"), NAMED_BODIES, ids=["firm", "airline", "ngo", "volunteer-force"]
)
def test_named_bodies(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str
) -> None:
    assert _found(nlp, registry, text)[phrase].actor == code


# (text, phrase, code or None): "the service", "the committee" refer back to the institution
# named last (within two sentences), never to a country
BODY_COREFERENCE = [
    ("Latvia's border guard said 41 people were turned back. The service said they came "
     "from Iraq.", "The service", "LVA-COP"),
    ("The Belarusian State Border Committee blamed Warsaw. The committee said gas was used.",
     "The committee", "BLR-COP"),
    ("Lithuania tightened the rules. The service said nothing.", "The service", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code"), BODY_COREFERENCE, ids=["service", "committee", "no-body"]
)
def test_institution_nouns_refer_back(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str | None
) -> None:
    found = _found(nlp, registry, text)
    if code is None:
        assert phrase not in found
    else:
        assert found[phrase].actor == code


# (text, phrase, code): demonyms and metonyms with a noun
DEMONYM_NOUNS = [
    ("The Lithuanian side said the meeting was useful.", "The Lithuanian side", "LTU-GOV"),
    ("A Kremlin aide said the summit was off.", "A Kremlin aide", "RUS-GOV"),
    # coordinated demonyms: the first country leads the phrase
    ("Latvian and Estonian border guards patrolled the lake.",
     "Latvian and Estonian border guards", "LVA-COP"),
    ("Afghan and Iraqi migrants waited at the fence.", "Afghan and Iraqi migrants", "AFG-REF"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code"), DEMONYM_NOUNS, ids=["side", "aide", "guards", "migrants"]
)
def test_demonym_nouns(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str
) -> None:
    assert _found(nlp, registry, text)[phrase].actor == code


def test_side_as_a_place_is_no_government(nlp: Language, registry: ActorRegistry) -> None:
    found = _found(nlp, registry, "The family was pushed back to the Latvian side.")
    assert all(not m.actor.endswith("-GOV") for m in found.values())


def test_quoted_country_is_not_the_speakers(nlp: Language, registry: ActorRegistry) -> None:
    text = '"They [Belarusian officials] want to provoke us," the minister said.'
    found = _found(nlp, registry, text)
    assert "the minister" not in found or found["the minister"].entity != "BLR"


def test_bracketed_gloss_names_the_pronoun(nlp: Language, registry: ActorRegistry) -> None:
    text = 'The paper went on: "They [Polish officials] have asked Berlin for more help."'
    assert _found(nlp, registry, text)["They"].actor == "POL-GOV"


def test_bare_intelligence_is_information(nlp: Language, registry: ActorRegistry) -> None:
    found = _found(nlp, registry, "Britain shared intelligence with Kyiv on the convoys.")
    assert "intelligence" not in found


def test_allies_are_not_the_country_named_before(nlp: Language, registry: ActorRegistry) -> None:
    text = "Canadian officials said they had briefed allies on the flights."
    found = _found(nlp, registry, text)
    assert "allies" not in found or found["allies"].entity != "CAN"


# (text, phrase, code): plural nationals counted are people, never a government
COUNTED_NATIONALS = [
    ("Some 300 migrants waited near Grodno. Another 90 Syrians flew home on Friday.",
     "Another 90 Syrians", "SYR-REF"),
    ("About 60 Lithuanians rallied outside parliament.", "About 60 Lithuanians", "LTU-CVL"),
    # in a migrant story, nationals of no party to it are migrants even as subjects
    ("About 200 migrants reached the fence. Syrian Kurds made up half of the group.",
     "Syrian Kurds", "SYR-REF"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    COUNTED_NATIONALS,
    ids=["migrant-story", "citizens", "subject-migrants"],
)
def test_counted_nationals(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str
) -> None:
    assert _found(nlp, registry, text)[phrase].actor == code


# (text, phrase, code, name): members of a civil-society group the registry does not know
# keep the group's name (a demonym in it gives the country)
UNKNOWN_GROUPS = [
    ("Doctors from the Latvian Field Aid group said they were turned away.", "Doctors",
     "LVA-CVL", "Latvian Field Aid"),
    ("Volunteers of the Open Border Foundation handed out tea.", "Volunteers", "UNK-CVL",
     "Open Border Foundation"),
    ("Volunteers from the region handed out tea.", "Volunteers", "UNK-CVL", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code", "name"), UNKNOWN_GROUPS, ids=["demonym", "foundation", "no-name"]
)
def test_unknown_civil_groups_keep_their_name(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str, name: str | None
) -> None:
    found = _found(nlp, registry, text)
    assert found[phrase].actor == code
    assert found[phrase].name == name


# (text, phrase, code, name): media, firms and civil-society bodies the registry does not
# know keep their name and take their kind's sector (and a demonym's country)
UNKNOWN_BODIES = [
    ("The Latvian news site Rigas Vestis reported the arrests.", "Rigas Vestis", "LVA-MED",
     "Rigas Vestis"),
    ("Minska Pravda, a Belarusian newspaper, printed the list.", "Minska Pravda", "BLR-MED",
     "Minska Pravda"),
    ("The Nemunas Centre for Refugees said the camp was full.",
     "The Nemunas Centre for Refugees", "UNK-CVL", "Nemunas Centre for Refugees"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code", "name"), UNKNOWN_BODIES, ids=["site", "appos-paper", "centre"]
)
def test_unknown_bodies_keep_their_name(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str, name: str
) -> None:
    found = _found(nlp, registry, text)
    named = [m for m in found.values() if m.name == name and phrase in m.text]
    assert named, found
    assert named[0].actor == code


def test_state_centre_is_no_civil_society(nlp: Language, registry: ActorRegistry) -> None:
    found = _found(nlp, registry, "The National Air Defence Centre said two drones fell.")
    assert all(not m.actor.endswith("-CVL") for m in found.values())


def test_spokesman_for_a_charity(nlp: Language, registry: ActorRegistry) -> None:
    found = _found(nlp, registry, "A spokesman for the Kresy Aid charity said food ran out.")
    assert found["A spokesman"].actor == "UNK-CVL"


def test_border_with_a_country_is_not_its_guards(nlp: Language, registry: ActorRegistry) -> None:
    text = (
        "TALLINN, Nov 3 (Baltic Wire) - Estonia tightened checks on the border with Russia "
        "after border guards stopped 14 people overnight."
    )
    assert _found(nlp, registry, text)["border guards"].actor == "EST-COP"


@pytest.mark.parametrize(
    ("outlet", "voice"),
    [("NATO", "NATO"), ("U.S. Department of State", "USA-GOV"), ("Reuters", None)],
    ids=["nato", "state-department", "medium"],
)
def test_index_knows_the_outlets_own_voice(
    nlp: Language, registry: ActorRegistry, outlet: str, voice: str | None
) -> None:
    index = find_actors(nlp("We call on Minsk to stop."), registry, published=None, outlet=outlet)
    assert index.voice == voice


# (text, phrase, code): "unidentified", "unknown" say the country is not known
UNIDENTIFIED = [
    ("Belarusian troops gathered at the fence. Unidentified armed men then crossed the "
     "border.", "Unidentified armed men", "UNK-MIL"),
    ("Latvian police patrolled the lake. Unknown gunmen fired at a boat.", "Unknown gunmen",
     "UNK-REB"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "code"), UNIDENTIFIED, ids=["men", "gunmen"])
def test_unidentified_forces(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str
) -> None:
    assert _found(nlp, registry, text)[phrase].actor == code


# (text, phrase, name, published): unnamed titles name the holder whose role they hold,
# the country given by a demonym; the role beats the office ("Pentagon press secretary")
UNNAMED_TITLES = [
    ("The Latvian interior minister said the fence would be ready.",
     "The Latvian interior minister", "Marija Golubeva", "2021-11-15"),
    ("The Pentagon press secretary said the troops were on alert.",
     "The Pentagon press secretary", "John Kirby", "2022-01-25"),
    ("The White House press secretary said talks would go on.",
     "The White House press secretary", "Jen Psaki", "2022-01-25"),
    # the title's head must be in the role: a president's aide is not the president
    ("The Lithuanian president's chief adviser said the talks were useful.",
     "The Lithuanian president's chief adviser", None, "2021-11-15"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "name", "published"),
    UNNAMED_TITLES,
    ids=["demonym-role", "role-over-office", "office", "aide"],
)
def test_unnamed_titles_name_the_holder(
    nlp: Language,
    registry: ActorRegistry,
    text: str,
    phrase: str,
    name: str | None,
    published: str,
) -> None:
    assert _found(nlp, registry, text, published=published)[phrase].name == name


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("The OSCE chief urged both sides to talk.", "The OSCE chief", "Helga Schmid"),
        ("The head of the UN said the camps must close.", "The head of", "António Guterres"),
        ("The Polish police chief said more patrols would come.", "The Polish police chief",
         None),
    ],
    ids=["osce-chief", "head-of-un", "police-chief"],
)  # fmt: skip
def test_chief_of_an_organisation_is_its_secretary_general(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, name: str | None
) -> None:
    assert _found(nlp, registry, text, published="2022-03-01")[phrase].name == name


# (text, phrase, code): "the X capital" and "X's allies"
CAPITALS_AND_ALLIES = [
    ("The Lithuanian capital protested to Minsk.", "The Lithuanian capital", "LTU-GOV"),
    ("Talks were held in the Latvian capital.", "the Latvian capital", "LVA"),
    ("Warsaw's allies promised more aid.", "Warsaw's allies", "UNK-GOV"),
    ("Estonia's partners sent two ships.", "Estonia's partners", "UNK-GOV"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    CAPITALS_AND_ALLIES,
    ids=["capital-acts", "capital-place", "allies", "partners"],
)
def test_capitals_and_allies(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str
) -> None:
    assert _found(nlp, registry, text)[phrase].actor == code


# (outlet, text, code): a border guard's, police's or army's own release speaks for it
FORCE_VOICES = [
    ("Lithuanian State Border Guard Service", "We stopped 31 people overnight.", "LTU-COP"),
    ("Armed Forces of Ukraine", "We repelled four attacks near Avdiivka.", "UKR-MIL"),
    ("Ministry of Foreign Affairs of Latvia", "We condemn the move.", "LVA-GOV"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("outlet", "text", "code"), FORCE_VOICES, ids=["border-guard", "army", "ministry"]
)
def test_forces_speak_for_themselves(
    nlp: Language, registry: ActorRegistry, outlet: str, text: str, code: str
) -> None:
    assert _found(nlp, registry, text, outlet=outlet)["We"].actor == code


def test_federal_foreign_office_is_germanys(nlp: Language, registry: ActorRegistry) -> None:
    found = _found(nlp, registry, "The Federal Foreign Office summoned the envoy.")
    assert found["The Federal Foreign Office"].actor == "DEU-GOV"


# (text, phrase, code): a country's own body named like an international one
NATIONAL_BODIES = [
    ("Estonia's Security Council met on Monday.", "Estonia's Security Council", "EST-GOV"),
    ("Ivan Petrenko, the secretary of Belarus's Security Council, spoke.",
     "the secretary", "BLR-GOV"),
    ("Lithuania raised the flights at the UN Security Council.", "the UN Security Council",
     "UNSC"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code"), NATIONAL_BODIES, ids=["possessive", "title-of", "the-un"]
)
def test_national_bodies(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str
) -> None:
    found = _found(nlp, registry, text)
    assert found[phrase].actor == code
    if code != "UNSC":
        assert all(m.actor != "UNSC" for m in found.values())


# (text, phrase, code): an institution owning a noun phrase, and its officers
OWNERS_AND_OFFICERS = [
    ("Latvia closed two crossings. According to the Border Guard's figures, 90 people "
     "were stopped.", "the Border Guard", "LVA-COP"),
    ("Lithuanian border guard spokesman Tomas Rakauskas said officers had acted by the book.",
     "officers", "LTU-COP"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "code"), OWNERS_AND_OFFICERS, ids=["possessor", "speakers-officers"]
)
def test_owners_and_officers(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, code: str
) -> None:
    assert _found(nlp, registry, text)[phrase].actor == code


def test_a_national_title_names_the_person_just_named(
    nlp: Language, registry: ActorRegistry
) -> None:
    text = (
        "Estonian Foreign Minister Eva-Maria Liimets met Latvian Foreign Minister Edgars "
        "Rinkēvičs in Riga. The Estonian minister said the border was calm."
    )
    found = _found(nlp, registry, text, published="2021-11-15")
    assert found["The Estonian minister"].name == "Eva-Maria Liimets"
