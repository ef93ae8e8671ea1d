"""Actors: registry loading, mention finding, composition, coreference, dates of office."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from flashpoint.config import Settings
from flashpoint.errors import ConfigError
from flashpoint.extract.actors import (
    ActorIndex,
    ActorMention,
    ActorRegistry,
    find_actors,
    load_actor_registry,
)

if TYPE_CHECKING:
    from spacy.language import Language


def _actors(
    nlp: Language, registry: ActorRegistry, text: str, published: str | None = "2021-11-15"
) -> tuple[ActorIndex, dict[str, ActorMention]]:
    index = find_actors(nlp(text), registry, published=published)
    return index, {m.text: m for m in index.mentions}


# (sentence, phrase as written, expected code)
MENTIONS = [
    ("Lithuania has closed two crossings.", "Lithuania", "LTU-GOV"),
    ("Troops were sent to Latvia on Monday.", "Latvia", "LVA"),
    ("The fence was cut, according to Lithuania.", "Lithuania", "LTU-GOV"),
    ("The plan was rejected by Estonia.", "Estonia", "EST-GOV"),
    ("Russia's announcement surprised no one.", "Russia", "RUS-GOV"),
    ("Russia's border is long.", "Russia", "RUS"),
    ("Polish border guards detained nine people overnight.", "Polish border guards", "POL-COP"),
    ("The Belarusian Foreign Ministry issued a note.", "The Belarusian Foreign Ministry",
     "BLR-GOV"),
    ("Belarusian soldiers were seen near the fence.", "Belarusian soldiers", "BLR-MIL"),
    ("Russian troops moved west.", "Russian troops", "RUS-MIL"),
    ("Latvia's Ministry of Defence said drills would start.", "Latvia's Ministry of Defence",
     "LVA-GOV"),
    ("Estonia's defence ministry replied on Tuesday.", "Estonia's defence ministry", "EST-GOV"),
    ("The armed forces of Lithuania were put on alert.", "The armed forces", "LTU-MIL"),
    ("Twelve Syrian refugees waited in the forest.", "Twelve Syrian refugees", "SYR-REF"),
    ("A group of asylum seekers slept in the woods.", "asylum seekers", "UNK-REF"),
    ("The Sejm voted on a new law.", "The Sejm", "POL-LEG"),
    ("The Kremlin rejected the claims.", "The Kremlin", "RUS-GOV"),
    ("Minsk denied the report.", "Minsk", "BLR-GOV"),
    ("Vilnius summoned the envoy.", "Vilnius", "LTU-GOV"),
    ("Whitehall declined to comment.", "Whitehall", "GBR-GOV"),
    ("The Pentagon ordered more jets to the region.", "The Pentagon", "USA-GOV"),
    ("Reuters reported the move late on Friday.", "Reuters", "GBR-MED"),
    ("The decision was first reported by Belta.", "Belta", "BLR-MED"),
    ("NATO will hold talks next week.", "NATO", "NATO"),
    ("Frontex sent extra officers.", "Frontex", "EU-COP"),
    ("Amnesty International criticised the pushbacks.", "Amnesty International", "AMNESTY"),
    ("The U.S. warned Moscow against escalation.", "The U.S.", "USA-GOV"),
    ('The paper ran the headline "Russia may invade Ukraine, warns US".', "US", "USA-GOV"),
    ("Pro-Russian separatists in Luhansk shelled a village.", "Pro-Russian separatists",
     "UKR-REB"),
    ("Unidentified armed men crossed the line at night.", "Unidentified armed men", "UNK-MIL"),
    ("Lithuanian police officers checked the cars.", "Lithuanian police officers", "LTU-COP"),
    ("Kurdish migrants camped near the crossing.", "Kurdish migrants", "IRQ-REF"),
    ("German state media carried the interview.", "German state media", "DEU-MED"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "actor"), MENTIONS, ids=[m[1] for m in MENTIONS])
def test_mentions(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, actor: str
) -> None:
    _, found = _actors(nlp, registry, text)
    assert phrase in found, f"{phrase!r} not found in {sorted(found)}"
    assert found[phrase].actor == actor


# (sentence, published, name as written in the text, expected code, expected kept name)
PEOPLE = [
    ("Vladimir Putin spoke to reporters.", "2021-11-15", "Vladimir Putin", "RUS-GOV",
     "Vladimir Putin"),
    ("Major General Igor Konashenkov said the drills were over.", "2021-11-15",
     "Major General Igor Konashenkov", "RUS-MIL", "Igor Konashenkov"),
    ("Polish Deputy Interior Minister Jan Kowalczyk visited the camp.", "2021-11-15",
     "Polish Deputy Interior Minister Jan Kowalczyk", "POL-GOV", "Jan Kowalczyk"),
    ("Mariusz Blaszczak praised the soldiers.", "2021-11-15", "Mariusz Blaszczak", "POL-GOV",
     "Mariusz Blaszczak"),
    ("Tusk spoke in Brussels.", "2017-03-01", "Tusk", "EU", "Donald Tusk"),
    ("Tusk spoke in Brussels.", "2024-03-01", "Tusk", "POL-GOV", "Donald Tusk"),
    ("Anthony Blinken arrived in Kyiv.", "2022-01-19", "Anthony Blinken", "USA-GOV",
     "Antony Blinken"),
    ("Belarusian border guard spokesman Ivan Petrov denied it.", "2021-11-15",
     "Belarusian border guard spokesman Ivan Petrov", "BLR-COP", "Ivan Petrov"),
    ("Kremlin spokesman Dmitry Peskov said the talks were useful.", "2021-11-15",
     "Kremlin spokesman Dmitry Peskov", "RUS-GOV", "Dmitry Peskov"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "phrase", "actor", "name"), PEOPLE, ids=[p[2] + p[1] for p in PEOPLE]
)
def test_people(
    nlp: Language,
    registry: ActorRegistry,
    text: str,
    published: str,
    phrase: str,
    actor: str,
    name: str,
) -> None:
    _, found = _actors(nlp, registry, text, published)
    assert phrase in found, f"{phrase!r} not found in {sorted(found)}"
    assert (found[phrase].actor, found[phrase].name) == (actor, name)
    assert found[phrase].person


def test_title_only_resolves_to_the_office_holder(nlp: Language, registry: ActorRegistry) -> None:
    _, found = _actors(nlp, registry, "The Lithuanian prime minister flew to Warsaw.", "2022-05-01")
    mention = found["The Lithuanian prime minister"]
    assert (mention.actor, mention.name) == ("LTU-GOV", "Ingrida Šimonytė")


TITLES = [
    ("The Kremlin spokesman said the talks failed.", "The Kremlin spokesman", "RUS-GOV",
     "Dmitry Peskov"),
    ("The Belarusian president flew to Sochi.", "The Belarusian president", "BLR-GOV",
     "Alexander Lukashenko"),
    ("A Polish official declined to comment.", "A Polish official", "POL-GOV", None),
    ("The Russian leader spoke.", "The Russian leader", "RUS-GOV", "Vladimir Putin"),
    ("The German leader replied.", "The German leader", "DEU-GOV", "Olaf Scholz"),
    ("The NATO secretary general arrived.", "The NATO secretary general", "NATO",
     "Jens Stoltenberg"),
    ("The European Commission president spoke.", "The European Commission president", "EU",
     "Ursula von der Leyen"),
    ("The former British prime minister spoke in Kyiv.", "The former British prime minister",
     "GBR-GOV", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "actor", "name"), TITLES, ids=[t[1] for t in TITLES])
def test_titles(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, actor: str, name: str | None
) -> None:
    _, found = _actors(nlp, registry, text, "2022-01-10")
    assert (found[phrase].actor, found[phrase].name) == (actor, name)


def test_surname_after_an_unknown_titled_person(nlp: Language, registry: ActorRegistry) -> None:
    text = (
        "Lithuanian Interior Minister Rita Kaunaite visited the border. "
        "Kaunaite said more help was coming."
    )
    index, _ = _actors(nlp, registry, text)
    later = [m for m in index.mentions if m.text == "Kaunaite"]
    assert later and (later[0].actor, later[0].name) == ("LTU-GOV", "Rita Kaunaite")


# (text, the phrase to check, expected code): coreference to the last fitting actor
COREFERENCE = [
    ("Sergei Lavrov met his counterpart. He said the talks went well.", "He", "RUS-GOV"),
    ("Latvian soldiers built a fence. The soldiers worked at night.", "The soldiers", "LVA-MIL"),
    ("Estonia's foreign ministry summoned the envoy. The ministry said it was a protest.",
     "The ministry", "EST-GOV"),
    ("NATO met in Brussels. The alliance agreed to send ships.", "The alliance", "NATO"),
    ("Belarus opened its border. It said the migrants were free to go.", "It", "BLR-GOV"),
    ("Iraqi migrants were found near the fence. The migrants were taken to hospital.",
     "The migrants", "IRQ-REF"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "actor"), COREFERENCE, ids=[c[1] for c in COREFERENCE])
def test_coreference(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, actor: str
) -> None:
    _, found = _actors(nlp, registry, text)
    assert phrase in found, f"{phrase!r} not found in {sorted(found)}"
    assert found[phrase].actor == actor


# (text, the phrase to check, expected code, expected name)
CONTEXT = [
    ("A spokeswoman for the UN refugee agency, Maria Lopez, visited a camp. She said it was cold.",
     "She", "UNHCR", "Maria Lopez"),
    ("Olena Bondar, a Ukrainian army spokeswoman, said the shelling went on.", "Olena Bondar",
     "UKR-MIL", "Olena Bondar"),
    ("The Reuters news agency said the border was closed.", "The Reuters news agency", "GBR-MED",
     "Reuters"),
    ("Sergei Lavrov met Antony Blinken in Geneva. As the minister said, talks would go on.",
     "the minister", "RUS-GOV", "Sergei Lavrov"),
    ("Latvia sent soldiers to the border.", "soldiers", "LVA-MIL", None),
    ("Estonia closed the crossing, and its border guards turned back cars.", "its border guards",
     "EST-COP", None),
    ("The Riga summit ended late.", "Riga", "LVA", None),
    ("Forty leaders met. Other leaders joined by video.", "Other leaders", "UNK-GOV", None),
    ("European leaders met in Rome.", "European leaders", "EU", None),
    ("Thirty countries pledged to send troops to Latvia.", "troops", "UNK-MIL", None),
    ("Lithuania said Western troops were welcome.", "Western troops", "UNK-MIL", None),
    ("US special envoy Keith Kellogg met Zelensky.", "US special envoy Keith Kellogg", "USA-GOV",
     "Keith Kellogg"),
    ("Kremlin-backed separatists in Donetsk fired.", "Kremlin-backed separatists", "UKR-REB",
     None),
    ("Russian troops backed by tanks entered the town.", "tanks", "RUS-MIL", None),
    ("The Belarusian KGB arrested two activists.", "The Belarusian KGB", "BLR-GOV", None),
    ("The UN refugee agency warned of deaths. The agency said 12 people died.", "The agency",
     "UNHCR", None),
    ("The Guardian ran the story. The paper said it was true.", "The paper", "GBR-MED",
     "The Guardian"),
    ("Latvian troops and border guards arrived.", "border guards", "LVA-COP", None),
    ("The US and its allies met in Brussels.", "its allies", "UNK-GOV", None),
    ("Lavrov met his Polish counterpart.", "his Polish counterpart", "POL-GOV", None),
    ("Frontex said it would send more officers.", "more officers", "EU-COP", None),
    ("Vladimir Putin ordered troops to the border.", "troops", "RUS-MIL", None),
    ("Keir Starmer thanked military planners for their work.", "military planners", "UNK-MIL",
     None),
    ("Lithuanian officials met. Officials from 26 countries came.", "Officials", "UNK-GOV", None),
    ("Polish farmer Jan Kos said the soldiers came at night.", "Polish farmer Jan Kos", "POL-CVL",
     "Jan Kos"),
    ("Estonia's troops drilled, and they are going to stay, Latvia said.", "they", "EST-MIL", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "actor", "name"), CONTEXT, ids=[c[1] for c in CONTEXT])
def test_context(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, actor: str, name: str | None
) -> None:
    _, found = _actors(nlp, registry, text)
    assert phrase in found, f"{phrase!r} not found in {sorted(found)}"
    assert (found[phrase].actor, found[phrase].name) == (actor, name)


def test_outlet_gives_the_country_of_a_bare_title(nlp: Language, registry: ActorRegistry) -> None:
    doc = nlp("The Prime Minister spoke to the press on Monday.")
    index = find_actors(doc, registry, published="2021-11-15", outlet="Polskie Radio")
    assert [(m.actor, m.name) for m in index.mentions] == [("POL-GOV", "Mateusz Morawiecki")]
    assert find_actors(doc, registry, published="2021-11-15").mentions == []


def test_undated_text_dates_titles_by_the_people_it_names(
    nlp: Language, registry: ActorRegistry
) -> None:
    text = "Jens Stoltenberg met Mateusz Morawiecki. The Polish defence minister was there too."
    _, found = _actors(nlp, registry, text, None)
    assert found["The Polish defence minister"].name == "Mariusz Błaszczak"


def test_both_leaders_are_the_last_two_people(nlp: Language, registry: ActorRegistry) -> None:
    text = "Gitanas Nauseda met Alar Karis in Riga. Both leaders called for more troops."
    doc = nlp(text)
    index = find_actors(doc, registry, published="2022-06-01")
    both = next(t for t in doc if t.text == "leaders")
    assert [m.name for m in index.resolve_all(both)] == ["Gitanas Nauseda", "Alar Karis"]


def test_the_two_officials_after_a_meeting(nlp: Language, registry: ActorRegistry) -> None:
    text = (
        "Antony Blinken met Dmytro Kuleba in Washington on Wednesday. Russia was not invited. "
        "The two officials signed a charter, and the two countries agreed to meet again."
    )
    doc = nlp(text)
    index = find_actors(doc, registry, published="2021-11-10")
    officials = next(t for t in doc if t.text == "officials")
    countries = next(t for t in doc if t.text == "countries")
    assert [m.name for m in index.resolve_all(officials)] == ["Antony Blinken", "Dmytro Kuleba"]
    assert [m.actor for m in index.resolve_all(countries)] == ["USA-GOV", "UKR-GOV"]


def test_the_two_countries(nlp: Language, registry: ActorRegistry) -> None:
    doc = nlp("Romania and Moldova met in Chisinau; the two countries signed a deal.")
    index = find_actors(doc, registry, published="2024-05-01")
    both = next(t for t in doc if t.text == "countries")
    assert [m.actor for m in index.resolve_all(both)] == ["ROU-GOV", "MDA-GOV"]
    _, found = _actors(nlp, registry, "He said 26 countries would send troops.")
    assert found["26 countries"].actor == "UNK-GOV"


def test_pronoun_prefers_the_main_subject_before(nlp: Language, registry: ActorRegistry) -> None:
    text = (
        "Ingrida Simonyte spoke after Kaja Kallas. Latvia's defence minister Artis Pabriks "
        "visited the troops. He said more help would come."
    )
    _, found = _actors(nlp, registry, text, "2021-11-20")
    assert (found["He"].actor, found["He"].name) == ("LVA-GOV", "Artis Pabriks")


def test_named_organisation_inside_another_phrase(nlp: Language, registry: ActorRegistry) -> None:
    _, found = _actors(nlp, registry, "Images from Planet Labs show Russian tanks.")
    assert found["Planet Labs"].actor == "PLANET"


def test_people_in_a_migrant_story_are_the_migrants(nlp: Language, registry: ActorRegistry) -> None:
    text = "Syrian migrants crossed at night. Two people died. A Syrian woman survived."
    _, found = _actors(nlp, registry, text)
    assert found["Two people"].actor == "SYR-REF"
    assert found["A Syrian woman"].actor == "SYR-REF"
    text = "An Afghan migrant died. Thousands of migrants wait nearby. Two children were saved."
    _, found = _actors(nlp, registry, text)
    assert found["Two children"].actor == "AFG-REF"  # the nationality the text gave
    _, found = _actors(nlp, registry, "Polish women protested in Warsaw.")
    assert found["Polish women"].actor == "POL-CVL"


def test_unknown_person_without_title_is_no_actor(nlp: Language, registry: ActorRegistry) -> None:
    index, found = _actors(nlp, registry, "John Smithers waited outside. He said nothing.")
    assert "John Smithers" not in found and "He" not in found
    assert index.mentions == []


def test_resolve_subject_token_and_span(nlp: Language, registry: ActorRegistry) -> None:
    doc = nlp("The Polish Ministry of National Defence accused Minsk of staging provocations.")
    index = find_actors(doc, registry, published="2021-11-15")
    verb = next(t for t in doc if t.lemma_ == "accuse")
    subject = next(t for t in verb.children if t.dep_ == "nsubj")
    mention = index.resolve(subject)
    assert mention is not None and mention.actor == "POL-GOV"
    obj = next(t for t in verb.children if t.dep_ == "dobj")
    target = index.resolve(doc[obj.i : obj.i + 1])
    assert target is not None and target.actor == "BLR-GOV"


def test_resolve_all_conjuncts(nlp: Language, registry: ActorRegistry) -> None:
    doc = nlp("Estonia, Norway and Ireland issued a joint statement.")
    index = find_actors(doc, registry, published=None)
    verb = next(t for t in doc if t.lemma_ == "issue")
    subject = next(t for t in verb.children if t.dep_ == "nsubj")
    assert [m.entity for m in index.resolve_all(subject)] == ["EST", "NOR", "IRL"]


def test_plural_pronoun_after_a_coordination_resolves_to_all(
    nlp: Language, registry: ActorRegistry
) -> None:
    text = (
        "Moldova has detained two officers. Norway, Japan and Australia issued a statement. "
        'We urge the regime to free them. "We are worried," Kaja Kallas said.'
    )
    doc = nlp(text)
    index = find_actors(doc, registry, published="2025-03-01")
    first, second = (t for t in doc if t.text == "We")
    assert [m.entity for m in index.resolve_all(first)] == ["NOR", "JPN", "AUS"]
    assert [m.actor for m in index.resolve_all(second)] == ["EU"]  # the quotation's speaker
    regime = next(m for m in index.mentions if m.text == "the regime")
    assert regime.actor == "MDA-GOV"


def test_places_are_no_antecedents(nlp: Language, registry: ActorRegistry) -> None:
    text = "A statement from Norway, Japan and Australia: rights are abused in Moldova. We act."
    doc = nlp(text)
    index = find_actors(doc, registry, published="2025-03-01")
    we = next(t for t in doc if t.text == "We")
    assert [m.actor for m in index.resolve_all(we)] == ["NOR-GOV", "JPN-GOV", "AUS-GOV"]


QUOTED = [
    ('Mette Frederiksen said: "We will keep our troops there."', "our troops", "DNK-MIL"),
    ('"We will keep our troops there," Mette Frederiksen said.', "our troops", "DNK-MIL"),
    ('Andrzej Duda spoke. "We are ready," he said.', "We", "POL-GOV"),
    ('"We are ready," the Lithuanian army said.', "We", "LTU-MIL"),
]


@pytest.mark.parametrize(("text", "phrase", "actor"), QUOTED, ids=[q[0][:20] for q in QUOTED])
def test_first_person_in_a_quotation_is_the_speaker(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, actor: str
) -> None:
    _, found = _actors(nlp, registry, text, "2023-01-01")
    assert found[phrase].actor == actor


def test_person_in_a_sector_phrase_gives_the_country(
    nlp: Language, registry: ActorRegistry
) -> None:
    _, found = _actors(nlp, registry, "Lukashenko's government denied it.")
    assert found["Lukashenko's government"].actor == "BLR-GOV"


def test_within(nlp: Language, registry: ActorRegistry) -> None:
    text = "Lithuania accused Belarus of sending migrants."
    index = find_actors(nlp(text), registry, published=None)
    start = text.index("Belarus")
    assert [m.entity for m in index.within(start, len(text))] == ["BLR", "UNK"]


def test_registry_has_countries_capitals_and_offices(registry: ActorRegistry) -> None:
    assert {"POL", "BLR", "RUS", "UKR", "USA", "GBR", "FRA", "DEU"} <= set(registry.countries)
    assert any(e.actor == "PRT-GOV" for e in registry.lookup("lisbon"))  # derived capital
    assert any(e.actor == "BLR" for e in registry.lookup("belarussian"))
    office = registry.office_of("Jens Stoltenberg", "2022-02-01")
    assert office is not None and office.actor == "NATO"
    holder = registry.office_holder("GBR", "head_of_government", "2022-02-01")
    assert holder is not None and holder.name == "Boris Johnson"


def test_user_data_file_extends_and_overrides(tmp_path: Path, nlp: Language) -> None:
    folder = tmp_path / "actors"
    folder.mkdir()
    (folder / "people.csv").write_text(
        "# a user's extra office-holder\n"
        "name,aliases,actor,office,role,start,end\n"
        "Ruta Zilinskiene,,LTU-COP,,Border guard spokeswoman,2020-01-01,\n"
        "Vladimir Putin,,RUS-MIL,,Test override,2000-01-01,\n",
        encoding="utf-8",
    )
    (folder / "organisations.csv").write_text(
        "text,actor,name\nBaltic Daily Wire,LTU-MED,Baltic Daily Wire\n", encoding="utf-8"
    )
    registry = load_actor_registry(Settings(data_dirs=(tmp_path,)))
    text = "Ruta Zilinskiene told the Baltic Daily Wire that Vladimir Putin was wrong."
    _, found = _actors(nlp, registry, text)
    assert found["Ruta Zilinskiene"].actor == "LTU-COP"
    assert found["the Baltic Daily Wire"].actor == "LTU-MED"
    assert found["Vladimir Putin"].actor == "RUS-MIL"
    assert load_actor_registry(Settings(data_dirs=())).office_of("Vladimir Putin", None) is not None


def test_registry_pickles_for_worker_processes(nlp: Language, registry: ActorRegistry) -> None:
    import pickle

    find_actors(nlp("Poland said so."), registry, published=None)  # builds the matcher
    copy = pickle.loads(pickle.dumps(registry))
    assert [m.actor for m in find_actors(nlp("Latvia said so."), copy, published=None)] == [
        "LVA-GOV"
    ]


def test_malformed_user_file_is_a_config_error(tmp_path: Path) -> None:
    folder = tmp_path / "actors"
    folder.mkdir()
    (folder / "seats.csv").write_text("text\nSomewhere\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"seats\.csv"):
        load_actor_registry(Settings(data_dirs=(tmp_path,)))


def test_empty_and_unparsed_docs(nlp: Language, registry: ActorRegistry) -> None:
    import spacy

    assert find_actors(nlp(""), registry, published=None).mentions == []
    with pytest.raises(ConfigError, match="parser"):
        find_actors(spacy.blank("en")("Poland said so."), registry, published=None)


# ---------------------------------------------------------------- round 2: the report's country

# (text, outlet, phrase, expected code): institutions with no country word of their own
HOME = [
    ("The interior ministry in Riga said more guards were needed.", None,
     "The interior ministry", "LVA-GOV"),
    ("Police in Minsk detained two reporters.", None, "Police", "BLR-COP"),
    ("TALLINN, 3 March (Reuters) - The government approved a new barrier on Friday.", None,
     "The government", "EST-GOV"),
    ("TALLINN, 3 March (Reuters) - The cabinet met. It approved a new barrier.", None,
     "It", "EST-GOV"),
    ("The Cabinet of Ministers extended the emergency on Tuesday.",
     "Government of the Republic of Estonia", "The Cabinet of Ministers", "EST-GOV"),
    ("The prosecutor's office has charged a driver.", "Government of the Republic of Estonia",
     "The prosecutor's office", "EST-JUD"),
    ("Border guards turned back 40 people overnight.", "Polskie Radio", "Border guards",
     "POL-COP"),
    ("Units of the National Guard were moved to the frontier.",
     "Ministry of the Interior of Lithuania", "Units", "LTU-MIL"),
    ("The EU condemned the move. The foreign ministry summoned the ambassador.",
     "Government of the Republic of Estonia", "The foreign ministry", "EST-GOV"),
    ("The Commission proposed a new package of measures.", "European Commission",
     "The Commission", "EU"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outlet", "phrase", "actor"),
    HOME,
    ids=["place-phrase", "police-in-capital", "dateline", "dateline-pronoun", "cabinet-outlet",
         "prosecutor-outlet", "media-outlet", "of-institution", "not-eu", "outlet-itself"],
)  # fmt: skip
def test_institutions_take_the_reports_country(
    nlp: Language, registry: ActorRegistry, text: str, outlet: str | None, phrase: str, actor: str
) -> None:
    index = find_actors(nlp(text), registry, published="2021-11-15", outlet=outlet)
    assert {m.text: m.actor for m in index.mentions}.get(phrase) == actor


def test_unqualified_ministry_with_no_clue_stays_unknown(
    nlp: Language, registry: ActorRegistry
) -> None:
    _, found = _actors(nlp, registry, "The ministry said the drills were over.")
    assert found["The ministry"].actor == "UNK-GOV"


def test_title_word_must_match_the_last_holder(nlp: Language, registry: ActorRegistry) -> None:
    """'The Defence Secretary' in a British release is not Ukraine's defence minister."""
    text = (
        "Defence Minister Denys Shmyhal thanked donors. The Defence Secretary said more will come."
    )
    index = find_actors(
        nlp(text), registry, published="2025-09-20", outlet="UK Ministry of Defence"
    )
    found = {m.text: m for m in index.mentions}
    assert (found["The Defence Secretary"].actor, found["The Defence Secretary"].name) == (
        "GBR-GOV",
        "John Healey",
    )


def test_bare_secretary_is_not_the_press_secretary(nlp: Language, registry: ActorRegistry) -> None:
    text = "Press Secretary John Kirby told reporters that the secretary would travel to Vilnius."
    _, found = _actors(nlp, registry, text, published="2021-11-15")
    assert found.get("the secretary") is None or found["the secretary"].name != "John Kirby"


@pytest.mark.parametrize(
    ("text", "phrase", "actor"),
    [
        ("Jane's estimated that the brigade had moved.", "Jane's", "JANES"),
        ("Her brother said the guards had beaten them.", "Her brother", "UNK-CVL"),
    ],
    ids=["possessive-name", "kin-noun"],
)
def test_names_and_people_nouns(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, actor: str
) -> None:
    _, found = _actors(nlp, registry, text)
    assert found[phrase].actor == actor


PRONOUNS = [
    ("Belarus drove the families to the wire. Latvia refused shelter to them.", "them",
     "UNK-CVL"),
    ("Dozens of migrants waited at the fence while Polish soldiers watched them.", "them",
     "UNK-REF"),
    ("Defence ministry spokesman Igor Konashenkov denied claims that it had shelled Avdiivka.",
     "it", "RUS-MIL"),
    ("Estonia rejected a Russian report that it was hiding troops.", "it", "EST-GOV"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "actor"),
    PRONOUNS,
    ids=["them-plural", "them-not-own-subject", "it-of-a-speaker", "it-of-a-denier"],
)
def test_pronouns_in_reported_content_and_objects(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, actor: str
) -> None:
    _, found = _actors(nlp, registry, text)
    assert found[phrase].actor == actor


OWN_VOICE = [
    ("We will reopen the crossing once the threat has passed.",
     "Government of the Republic of Estonia", "We", "EST-GOV"),
    ("Ministers discussed the situation and our partners joined by video.",
     "European External Action Service", "Ministers", "EU"),
    ("We will reopen the crossing once the threat has passed.", "Polskie Radio", "We", None),
    ("The interior minister said 800 more guards would be posted along the river.",
     "Government of the Republic of Estonia", "800 more guards", "EST-COP"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outlet", "phrase", "actor"),
    OWN_VOICE,
    ids=["we-of-a-government", "ministers-of-an-eu-body", "we-of-a-medium", "passive-under-said"],
)
def test_official_outlets_speak_for_themselves(
    nlp: Language, registry: ActorRegistry, text: str, outlet: str, phrase: str, actor: str | None
) -> None:
    index = find_actors(nlp(text), registry, published="2021-11-15", outlet=outlet)
    assert {m.text: m.actor for m in index.mentions}.get(phrase) == actor


@pytest.mark.parametrize(
    ("text", "outlet", "name"),
    [
        ("The secretary flew to Vilnius after the talks.", "US Department of Defense",
         "Lloyd Austin"),
        ("The minister inspected the new fence.",
         "Ministry of the Interior of the Republic of Lithuania", "Agnė Bilotaitė"),
        ("The secretary flew to Vilnius after the talks.", "Reuters", None),
    ],
    ids=["secretary-of-defense", "interior-minister", "not-from-a-medium"],
)  # fmt: skip
def test_bare_title_in_an_official_release_is_its_head(
    nlp: Language, registry: ActorRegistry, text: str, outlet: str, name: str | None
) -> None:
    index = find_actors(nlp(text), registry, published="2021-11-15", outlet=outlet)
    names = [m.name for m in index.mentions if m.person]
    assert names == ([name] if name else [])


@pytest.mark.parametrize(
    ("text", "phrase", "actor"),
    [
        ("Minsk keeps sending people west. Kaja Kallas said the cabinet would meet again.",
         "the cabinet", "EST-GOV"),
        ("Lithuanian villagers and Lithuanian farmers complained. Police said they would help.",
         "Police", "LTU-COP"),
    ],
    ids=["speaker-s-institution", "country-named-most"],
)  # fmt: skip
def test_institution_from_speaker_or_the_text(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, actor: str
) -> None:
    _, found = _actors(nlp, registry, text)
    assert found[phrase].actor == actor


@pytest.mark.parametrize(
    ("text", "phrase", "actor"),
    [
        ("Estonian officers stopped a van full of migrants at the checkpoint.",
         "Estonian officers", "EST-COP"),
        ("Russian officers supervised the tank crews near Pskov.", "Russian officers", "RUS-MIL"),
    ],
    ids=["border-officers", "army-officers"],
)  # fmt: skip
def test_officers_at_the_border_are_border_officers(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, actor: str
) -> None:
    _, found = _actors(nlp, registry, text)
    assert found[phrase].actor == actor
