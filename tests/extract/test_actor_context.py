"""Actors: institutions and titles with no country word take the country the context fixes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from flashpoint.config import Settings
from flashpoint.extract.actors import ActorMention, ActorRegistry, find_actors, load_actor_registry

if TYPE_CHECKING:
    from spacy.language import Language


def _found(
    nlp: Language,
    registry: ActorRegistry,
    text: str,
    outlet: str | None,
    published: str = "2021-11-15",
) -> dict[str, ActorMention]:
    index = find_actors(nlp(text), registry, published=published, outlet=outlet)
    return {m.text: m for m in index.mentions}


# (text, outlet, phrase, expected code): new sentences, none from a corpus
CONTEXT = [
    # an international medium's country is no clue ...
    ("Police said two men had been held near the river.", "Reuters", "Police", "UNK-COP"),
    ("The ministry said the drills near the lake had ended.", "AFP", "The ministry", "UNK-GOV"),
    # ... a domestic medium's is
    ("Police detained eleven protesters outside the court.", "TASS", "Police", "RUS-COP"),
    ("Parliament extended martial law by ninety days.", "Ukrinform", "Parliament", "UKR-LEG"),
    ("The border guard said 64 people had been stopped overnight.", "LRT", "The border guard",
     "LTU-COP"),
    # the ministry of the minister named before
    ("Latvian Interior Minister Marija Golubeva toured the camp. The ministry said more tents "
     "were coming.", "Reuters", "The ministry", "LVA-GOV"),
    ("Estonia's defence minister spoke in Tapa. The ministry later said the drills would go "
     "on.", "Reuters", "The ministry", "EST-GOV"),
    # an institution named before wins over the person last named
    ("The Kremlin said Putin had spoken with Scholz. The presidential press service said the "
     "call was frank.", "Reuters", "The presidential press service", "RUS-GOV"),
    # the speaker's country
    ("Lithuanian state television said the border guard had detained 12 people.", "Reuters",
     "the border guard", "LTU-COP"),
    # a capitalised institution in an official release is the outlet's
    ("Polish troops closed a crossing. The Ministry of Foreign Affairs summoned the Belarusian "
     "envoy.", "Government of the Republic of Estonia", "The Ministry of Foreign Affairs",
     "EST-GOV"),
    # seats of power and parliaments of other forms
    ("The Saeima backed the fence on Thursday.", "Reuters", "The Saeima", "LVA-LEG"),
    ("The Seimas approved the detention law.", "Reuters", "The Seimas", "LTU-LEG"),
    ("The Verkhovna Rada voted for the appeal.", "Reuters", "The Verkhovna Rada", "UKR-LEG"),
    ("The Bundestag debated the mission.", "Reuters", "The Bundestag", "DEU-LEG"),
    ("Bankova denied the report.", "Reuters", "Bankova", "UKR-GOV"),
    ("Downing Street said the call went well.", "Reuters", "Downing Street", "GBR-GOV"),
    ("The Elysee said Paris was ready.", "Reuters", "The Elysee", "FRA-GOV"),
    ("The Duma passed the appeal to the president.", "Reuters", "The Duma", "RUS-LEG"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outlet", "phrase", "actor"),
    CONTEXT,
    ids=["intl-police", "intl-ministry", "domestic-police", "domestic-parliament",
         "domestic-border-guard", "minister-s-ministry", "minister-s-ministry-possessive",
         "institution-before-person", "speaker-s-country", "official-release-ministry",
         "saeima", "seimas", "verkhovna-rada", "bundestag", "bankova", "downing-street",
         "elysee", "duma"],
)  # fmt: skip
def test_institution_takes_the_context_country(
    nlp: Language, registry: ActorRegistry, text: str, outlet: str, phrase: str, actor: str
) -> None:
    assert _found(nlp, registry, text, outlet)[phrase].actor == actor


@pytest.mark.parametrize(
    ("text", "outlet", "published", "phrase", "actor", "name"),
    [
        ("The foreign ministry spokesman rejected the Polish note.", "BelTA", "2021-11-20",
         "The foreign ministry spokesman", "BLR-GOV", "Anatoly Glaz"),
        ("VILNIUS, Nov 3 (Reuters) - The interior minister visited the camp.", "Reuters",
         "2021-11-03", "The interior minister", "LTU-GOV", None),
    ],
    ids=["spokesman-of-a-domestic-medium", "minister-after-a-dateline"],
)  # fmt: skip
def test_title_with_no_country_takes_the_report_s(
    nlp: Language,
    registry: ActorRegistry,
    text: str,
    outlet: str,
    published: str,
    phrase: str,
    actor: str,
    name: str | None,
) -> None:
    found = _found(nlp, registry, text, outlet, published)[phrase]
    assert (found.actor, found.person) == (actor, True)
    if name is not None:
        assert found.name == name


def test_international_medium_gives_no_office_holder(
    nlp: Language, registry: ActorRegistry
) -> None:
    """'The prime minister' in a Reuters report is not Britain's by default."""
    found = _found(nlp, registry, "The prime minister said the fence works.", "Reuters")
    assert found.get("The prime minister") is None or found["The prime minister"].entity != "GBR"


def test_domestic_flag_in_a_user_file(tmp_path: object, nlp: Language) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path)) / "actors"
    folder.mkdir()
    (folder / "organisations.csv").write_text(
        "text,actor,name,domestic\nRiga Courier,LVA-MED,Riga Courier,yes\n", encoding="utf-8"
    )
    registry = load_actor_registry(Settings(data_dirs=(Path(str(tmp_path)),)))
    found = _found(nlp, registry, "Police said the van was stopped.", "Riga Courier")
    assert found["Police"].actor == "LVA-COP"


# office-holders of 2021-2022 and 2025 (people.csv), in new sentences
PEOPLE = [
    ("German government spokesman Steffen Seibert condemned the landing.", "2021-06-14",
     "Steffen Seibert", "DEU-GOV"),
    ("The French government spokesman said Paris backed the package.", "2021-10-20",
     "Gabriel Attal", "FRA-GOV"),
    ("Latvian border guard chief Guntis Pujats inspected the fence.", "2021-08-20",
     "Guntis Pujats", "LVA-COP"),
    ("Interior Minister Tomasz Siemoniak extended the buffer zone.", "2024-10-10",
     "Tomasz Siemoniak", "POL-GOV"),
    ("Seimas Speaker Saulius Skvernelis opened the session.", "2025-01-10",
     "Saulius Skvernelis", "LTU-LEG"),
    ("Giedrius Misutis, a spokesman for the border guard, said the night was quiet.",
     "2021-08-02", "Giedrius Misutis", "LTU-COP"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "name", "actor"),
    PEOPLE,
    ids=["seibert-2021", "attal-2021", "pujats-2021", "siemoniak-2024", "skvernelis-2025",
         "misutis-2021"],
)  # fmt: skip
def test_office_holders_of_the_crisis_years(
    nlp: Language, registry: ActorRegistry, text: str, published: str, name: str, actor: str
) -> None:
    index = find_actors(nlp(text), registry, published=published, outlet="Reuters")
    assert (name, actor) in {(m.name, m.actor) for m in index.mentions}


@pytest.mark.parametrize(
    ("text", "phrase", "actor"),
    [
        ("BREST, Dec 2 (Reuters) - The border guard said the crossing was closed.",
         "The border guard", "BLR-COP"),
        ("KUZNICA, Poland, Nov 9 (Reuters) - The ministry said the crowd had dispersed.",
         "The ministry", "POL-GOV"),
        ("Guards of the State Border Guard Service of Ukraine stopped two cars. "
         "\"Nobody was hurt,\" a spokeswoman for the service said.", "a spokeswoman", "UKR-COP"),
    ],
    ids=["region-dateline", "city-country-dateline", "spokeswoman-for-the-service"],
)  # fmt: skip
def test_datelines_and_services_named_before(
    nlp: Language, registry: ActorRegistry, text: str, phrase: str, actor: str
) -> None:
    assert _found(nlp, registry, text, "Reuters")[phrase].actor == actor


def test_she_is_no_spokesman(nlp: Language, registry: ActorRegistry) -> None:
    text = (
        "A spokesman for the Latvian border guard said the night was calm, and he added that "
        "patrols would go on. Interior Minister Marija Golubeva visited the camp. "
        "She accused Minsk of lying."
    )
    found = _found(nlp, registry, text, "Reuters", "2021-08-20")
    assert found["She"].name == "Marija Golubeva"
