"""Places: the gazetteer and the location of an event, on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from flashpoint.config import Settings
from flashpoint.errors import ConfigError
from flashpoint.extract.places import Gazetteer, find_border, find_location, load_gazetteer

D = "\u2013"  # the en dash of normalised border names


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _where(nlp: Any, gazetteer: Gazetteer, text: str, **kwargs: Any):
    sents = list(nlp(text).sents)
    return find_location(sents[-1], gazetteer, **kwargs)


@pytest.mark.parametrize(
    ("text", "name", "country", "has_coordinates"),
    [
        ("Russian paratroopers landed in Belgorod on Monday.", "Belgorod", "RUS", True),
        ("Migrants gathered near the Bruzgi crossing.", "Bruzgi", "BLR", True),
        ("Polish police detained two men in Hajnowka.", "Hajnowka", "POL", True),
        ("Drones struck a depot in Kharkiv overnight.", "Kharkiv", "UKR", True),
        ("Two frigates sailed into the Black Sea.", "Black Sea", None, True),
        ("Moscow moved troops into Crimea.", "Crimea", "UKR", True),
        ("Germany sent 500 soldiers to Lithuania.", "Lithuania", "LTU", True),
        ("The ministers met in Madrid to discuss the crisis.", "Madrid", "ESP", True),
        ("Belarusian units withdrew from Gomel after the drills.", "Gomel", "BLR", True),
        (
            "Artillery was moved to areas around Voronezh and Belgorod.",
            "Voronezh and Belgorod",
            "RUS",
            False,
        ),
        ("Shelling was reported in Donetsk and Kharkiv.", "Donetsk and Kharkiv", "UKR", False),
    ],
    ids=[
        "oblast",
        "crossing",
        "small-town",
        "city",
        "sea",
        "crimea-is-ukr",
        "country-centroid",
        "geonames-city",
        "withdrew-from",
        "several-places",
        "several-places-2",
    ],
)
def test_find_location(nlp, gazetteer, text, name, country, has_coordinates):
    location = _where(nlp, gazetteer, text)
    assert location is not None
    assert (location.name, location.country) == (name, country)
    assert (location.lat is not None and location.lon is not None) is has_coordinates


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Guards pushed the group back across the Polish-Belarusian border.",
            f"Poland{D}Belarus border",
            None,
        ),
        (
            "Shots were fired at the border between Lithuania and Belarus.",
            f"Lithuania{D}Belarus border",
            None,
        ),
        (
            "Belarusian soldiers crossed into Polish territory at the border with Belarus.",
            f"Poland{D}Belarus border",
            "POL",
        ),
        (
            "Ukraine moved a brigade to its side of the border with Russia.",
            f"Russia{D}Ukraine border",
            "UKR",
        ),
        ("Estonian guards patrolled their border with Russia.", f"Estonia{D}Russia border", "EST"),
    ],
    ids=["adjective-pair", "between", "into-territory", "its-side", "their-border"],
)
def test_borders_are_normalised(nlp, gazetteer, text, name, country):
    location = _where(nlp, gazetteer, text)
    assert location is not None
    assert (location.name, location.country, location.lat, location.lon) == (
        name,
        country,
        None,
        None,
    )


def test_border_of_the_two_countries_from_context(nlp, gazetteer):
    text = (
        "Latvia and Belarus traded accusations on Monday. "
        "Soldiers fired warning shots on the border between the two countries."
    )
    location = _where(nlp, gazetteer, text)
    assert location is not None and location.name == f"Latvia{D}Belarus border"


def test_actor_decides_the_side(nlp, gazetteer):
    text = "Troops reinforced their own border after the incident."
    sents = list(nlp("Finland and Russia argued. " + text).sents)
    location = find_location(sents[-1], gazetteer, actor="FIN-MIL")
    assert location is not None
    assert (location.name, location.country) == (f"Finland{D}Russia border", "FIN")


@pytest.mark.parametrize(
    "text",
    [
        "Russia denied the claims.",
        "The statement was published by the Kremlin.",
        "Officials said the talks would continue.",
        "Berlin called on Belarus to stop the flights.",
        "Vilnius described the drills as a threat to Lithuania.",
        "Refugees from Afghanistan waited at the camp gate.",
        "Tensions over Moldova grew during the week.",
    ],
    ids=["subject-country", "metonym", "no-place", "call-on", "threat-to", "origin", "over-about"],
)
def test_no_location(nlp, gazetteer, text):
    assert _where(nlp, gazetteer, text) is None


def test_anchor_picks_the_nearest_place(nlp, gazetteer):
    text = "After talks in Warsaw, Lithuania sent 200 troops to Latvia."
    location = _where(nlp, gazetteer, text, anchor=text.index("sent"))
    assert location is not None and location.name == "Latvia"


def test_gazetteer_lookup(gazetteer):
    kuznica = gazetteer.lookup("Kuźnica")
    assert kuznica is not None and kuznica.country == "POL"
    assert gazetteer.lookup("Donbass") is gazetteer.lookup("Donbas")
    assert gazetteer.country_code("Belarussian") == "BLR"
    assert gazetteer.country_code("Ukraine's") == "UKR"
    assert gazetteer.lookup("Nowhereville-upon-Nothing") is None


def test_find_border_needs_a_border(gazetteer):
    assert find_border("Troops moved to Poland.", gazetteer) is None


def test_user_places_extend_the_gazetteer(tmp_path):
    (tmp_path / "places.csv").write_text(
        "name,kind,country,lat,lon,aliases,demonyms\nTestville,city,POL,50.0,20.0,Testowo,\n",
        encoding="utf-8",
    )
    gazetteer = load_gazetteer(Settings(data_dirs=(tmp_path,)))
    place = gazetteer.lookup("Testowo")
    assert place is not None and (place.name, place.lat) == ("Testville", 50.0)
    assert gazetteer.lookup("Kuznica") is not None


def test_bad_place_row_is_a_config_error(tmp_path):
    (tmp_path / "places.csv").write_text(
        "name,kind,country,lat,lon,aliases,demonyms\nTestville,village,POL,north,20.0,,\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="Testville"):
        load_gazetteer(Settings(data_dirs=(tmp_path,)))


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Vilnius accused Minsk of staging an incursion into Lithuania.", "accused", None),
        ("Vilnius accused Minsk of staging an incursion into Lithuania.", "incursion", "Lithuania"),
        ("Latvia has refused to send troops to Moldova.", "refused", None),
        ("Latvia has refused to send troops to Moldova.", "send", "Moldova"),
        ("The sanctions answer attacks on the free press in Georgia.", "sanctions", None),
    ],
    ids=["speech-act", "content-event", "refusal", "refused-act", "noun-modifier"],
)
def test_place_belongs_to_the_trigger_clause(nlp, gazetteer, text, trigger, name):
    location = _where(nlp, gazetteer, text, anchor=text.index(trigger))
    assert (location.name if location else None) == name


def test_one_named_side_and_the_actor(nlp, gazetteer):
    text = "Some 3,000 Lithuanian troops guard the Belarusian border."
    location = _where(nlp, gazetteer, text, actor="LTU-MIL")
    assert location is not None
    assert (location.name, location.country) == (f"Lithuania{D}Belarus border", "LTU")


def test_find_places_lists_each_place(nlp, gazetteer):
    from flashpoint.extract.places import find_places

    sent = next(iter(nlp("Canada will move jets to Latvia, Estonia and Finland.").sents))
    assert [p.name for p in find_places(sent, gazetteer)] == ["Latvia", "Estonia", "Finland"]
    joined = find_location(sent, gazetteer)
    assert joined is not None and joined.name == "Latvia, Estonia and Finland"
    assert joined.lat is None


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "name", "country"),
    [
        (
            "Belarusian units drilled 12 miles from the Lithuanian border.",
            "drilled",
            "BLR-MIL",
            "12 miles from the Lithuanian border",
            "BLR",
        ),
        (
            "Belarusian units drilled only 12 miles from a camp on the Lithuanian border.",
            "drilled",
            "BLR-MIL",
            "12 miles from the Lithuanian border",
            "BLR",
        ),
        (
            "Russian artillery was seen 35 km north of the Ukrainian border.",
            "seen",
            "RUS-MIL",
            "35 km north of the Ukrainian border",
            "RUS",
        ),
        (
            "The convoy stopped near Klintsy, some 50 kilometres east of the Ukrainian border.",
            "stopped",
            "RUS-MIL",
            "Klintsy",
            "RUS",
        ),
    ],
    ids=["miles-from-border", "flashpoint-on-border", "north-of-border", "named-town-wins"],
)
def test_places_told_by_distance(nlp, gazetteer, text, trigger, actor, name, country):
    found = _where(nlp, gazetteer, text, anchor=text.index(trigger), actor=actor)
    assert found is not None
    assert (found.name, found.country) == (name, country)
