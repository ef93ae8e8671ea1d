"""Quantities: number phrases, units, counted actors and claimants, on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flashpoint.extract.actors import ActorIndex
from flashpoint.extract.quantities import (
    Amount,
    UnitLexicon,
    extract_quantities,
    load_unit_lexicon,
    parse_number,
)
from flashpoint.records import UNITS, Speaker, Statement

NO_ACTORS = ActorIndex([])


@pytest.fixture(scope="module")
def units() -> UnitLexicon:
    return load_unit_lexicon()


def _extract(nlp: Any, units: UnitLexicon, text: str, statements: list[Statement] | None = None):
    return extract_quantities(nlp(text), units=units, actors=NO_ACTORS, statements=statements or [])


@pytest.mark.parametrize(
    ("text", "phrase", "low", "high", "approx", "unit"),
    [
        (
            "Latvia moved 3,200 soldiers to the frontier.",
            "3,200 soldiers",
            3200,
            3200,
            False,
            "troops",
        ),
        (
            "Officials counted some 45,000 Russian troops in the area.",
            "some 45,000 Russian troops",
            45_000,
            45_000,
            True,
            "troops",
        ),
        ("Estonia sent twelve troops to the exercise.", "twelve troops", 12, 12, False, "troops"),
        (
            "Guards stopped several thousand migrants at the fence.",
            "several thousand migrants",
            2000,
            9000,
            True,
            "migrants",
        ),
        (
            "Thousands of refugees waited in the cold.",
            "Thousands of refugees",
            2000,
            9999,
            True,
            "migrants",
        ),
        (
            "Dozens of asylum seekers camped in the forest.",
            "Dozens of asylum seekers",
            24,
            99,
            True,
            "migrants",
        ),
        (
            "Hundreds of soldiers joined the drills.",
            "Hundreds of soldiers",
            200,
            999,
            True,
            "troops",
        ),
        (
            "At least 14 migrants reached the camp overnight.",
            "At least 14 migrants",
            14,
            None,
            False,
            "migrants",
        ),
        (
            "More than 300 vehicles crossed the bridge.",
            "More than 300 vehicles",
            300,
            None,
            False,
            "vehicles",
        ),
        (
            "Up to 6,000 reservists may be called up.",
            "Up to 6,000 reservists",
            6000,
            6000,
            True,
            "troops",
        ),
        (
            "The regime holds nearly 700 political prisoners.",
            "nearly 700 political prisoners",
            700,
            700,
            True,
            "detained",
        ),
        (
            "Between 40 and 60 tanks were seen near the road.",
            "Between 40 and 60 tanks",
            40,
            60,
            False,
            "tanks",
        ),
        (
            "Analysts counted 1,500-2,000 troops near the base.",
            "1,500-2,000 troops",
            1500,
            2000,
            False,
            "troops",
        ),
        ("The fleet sent three warships into the bay.", "three warships", 3, 3, False, "ships"),
        ("Radar tracked six spy planes over the sea.", "six spy planes", 6, 6, False, "aircraft"),
        (
            "Seven Russian fighter jets were scrambled.",
            "Seven Russian fighter jets",
            7,
            7,
            False,
            "aircraft",
        ),
        (
            "Tens of thousands of troops are massed near the border.",
            "Tens of thousands of troops",
            20_000,
            99_999,
            True,
            "troops",
        ),
        (
            "Moscow has deployed 1.2 million soldiers.",
            "1.2 million soldiers",
            1_200_000,
            1_200_000,
            False,
            "troops",
        ),
        (
            "The ministry listed 21 individuals and 4 entities.",
            "21 individuals",
            21,
            21,
            False,
            "people",
        ),
        (
            "About two dozen drones hit the city.",
            "About two dozen drones",
            24,
            24,
            True,
            "aircraft",
        ),
        (
            "Moscow massed a 40,000-strong force.",
            "40,000-strong force",
            40_000,
            40_000,
            False,
            "troops",
        ),
        (
            "Several hundred thousand refugees reached Moldova.",
            "Several hundred thousand refugees",
            200_000,
            900_000,
            True,
            "migrants",
        ),
    ],
    ids=[
        "digits",
        "some",
        "word",
        "several-thousand",
        "thousands-of",
        "dozens",
        "hundreds",
        "at-least",
        "more-than",
        "up-to",
        "nearly",
        "between",
        "dash-range",
        "ships",
        "two-word-unit",
        "adjectives",
        "tens-of-thousands",
        "million",
        "individuals",
        "two-dozen",
        "n-strong",
        "several-hundred-thousand",
    ],
)
def test_quantity_values(nlp, units, text, phrase, low, high, approx, unit):
    found = [q for q in _extract(nlp, units, text) if q.text == phrase]
    assert found, [q.text for q in _extract(nlp, units, text)]
    quantity = found[0]
    assert (quantity.low, quantity.high, quantity.approx, quantity.unit) == (
        low,
        high,
        approx,
        unit,
    )
    assert text[quantity.span[0] : quantity.span[1]] == quantity.text


@pytest.mark.parametrize(
    "text",
    [
        "The convoy stopped 30 miles from the border.",
        "The talks lasted 12 hours.",
        "Troops have been there since 2014.",
        "Prices rose by 15 percent in a month.",
        "The 2nd Guards Tank Army moved west.",
        "A Lithuanian soldier was seen at the post.",
        "Ministers from 27 countries met in Brussels.",
        "The children were aged between 4 and 9 years.",
        "The aid package is worth 300 million dollars.",
        "He has written 40 articles on the war.",
        "Kyiv asked for F-16 jets.",
    ],
    ids=[
        "distance",
        "duration",
        "year",
        "percent",
        "ordinal",
        "article",
        "countries",
        "ages",
        "money",
        "article-count",
        "model-number",
    ],
)
def test_not_quantities(nlp, units, text):
    assert _extract(nlp, units, text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "unit", "entity"),
    [
        (
            "Some 5,000 Belarusian troops gathered near Grodno.",
            "Some 5,000 Belarusian troops",
            "troops",
            "BLR",
        ),
        ("Two British warships entered the port.", "Two British warships", "ships", "GBR"),
        ("Eight refugees were found dead in the forest.", "Eight refugees", "dead", "UNK"),
        ("Twenty soldiers were killed in the attack.", "Twenty soldiers", "dead", "UNK"),
        ("Thirty migrants were detained by the guards.", "Thirty migrants", "detained", "UNK"),
        ("Guards arrested 25 Belarusian migrants.", "25 Belarusian migrants", "detained", "BLR"),
        ("Hungary's 4,000 soldiers stayed home.", "4,000 soldiers", "troops", "HUN"),
        ("The shelling killed 11 Ukrainian soldiers.", "11 Ukrainian soldiers", "dead", "UKR"),
        (
            "Kyiv counted 90 battalion tactical groups.",
            "90 battalion tactical groups",
            "troops",  # formations count as troops (held-out annotation notes)
            "UNK",
        ),
        ("Lithuania has deployed 900 troops to its border.", "900 troops", "troops", "LTU"),
        ("Four people were identified as Syrian nationals.", "Four people", "people", "SYR"),
        (
            "Five unidentified drones circled the base.",
            "Five unidentified drones",
            "aircraft",
            "UNK",
        ),
    ],
    ids=[
        "demonym",
        "demonym-ships",
        "found-dead",
        "killed",
        "detained",
        "arrested-object",
        "possessive",
        "killed-object",
        "three-word-unit",
        "deployer",
        "context-nationality",
        "unknown",
    ],
)
def test_counted_actor(nlp, units, text, phrase, unit, entity):
    (quantity,) = [q for q in _extract(nlp, units, text) if q.text == phrase]
    assert quantity.unit == unit
    assert quantity.of is not None and quantity.of.split("-")[0] == entity


def test_re_mention_keeps_the_counted_actor(nlp, units):
    text = "Three other Russian soldiers stood by the gate. The three soldiers then left."
    first, second = _extract(nlp, units, text)
    assert second.text == "three soldiers"
    assert first.of == second.of == "RUS-MIL"


def test_partitive_counts_the_group(nlp, units):
    text = "Six Afghan migrants were found dead on Sunday. Two of the dead were children."
    quantities = _extract(nlp, units, text)
    assert [q.text for q in quantities] == ["Six Afghan migrants", "Two of the dead"]
    assert quantities[1].unit == "dead"
    assert quantities[1].of is not None and quantities[1].of.startswith("AFG")


def test_elided_head_takes_the_earlier_unit(nlp, units):
    text = "A wave of migrants reached the frontier, with hundreds camping near the fence."
    quantities = _extract(nlp, units, text)
    assert [(q.text, q.unit) for q in quantities] == [("hundreds", "migrants")]


def test_hedge_stays_outside_the_text(nlp, units):
    (quantity,) = _extract(nlp, units, "A reported 15,000 Hungarian soldiers are on alert.")
    assert quantity.text == "15,000 Hungarian soldiers"
    assert quantity.approx is False


def test_claimed_by_innermost_statement(nlp, units):
    text = "Kyiv said Moscow claims there are 40,000 troops in the region."
    start = text.index("Moscow")
    inner_start = text.index("there")
    statements = [
        Statement(
            "s1",
            Speaker(None, "UKR-GOV"),
            "said",
            "indirect",
            text[start:-1],
            (start, len(text) - 1),
            "asserted",
        ),
        Statement(
            "s2",
            Speaker(None, "RUS-GOV"),
            "claims",
            "indirect",
            text[inner_start:-1],
            (inner_start, len(text) - 1),
            "claimed",
        ),
    ]
    (quantity,) = _extract(nlp, units, text, statements)
    assert quantity.claimed_by == "RUS-GOV"
    (outlet,) = _extract(nlp, units, text)
    assert outlet.claimed_by == "outlet"


def test_ids_in_text_order(nlp, units):
    quantities = _extract(nlp, units, "Ten tanks and 40 trucks crossed; 300 troops followed.")
    assert [q.id for q in quantities] == ["q1", "q2", "q3"]
    assert [q.unit for q in quantities] == ["tanks", "vehicles", "troops"]


def test_lexicon_units_are_known(units):
    assert len(units) > 50
    for entry in units.entries.values():
        assert entry.unit == "-" or entry.unit in UNITS
    assert units.get("Asylum  Seekers") is not None


def test_user_lexicon_extends(tmp_path, monkeypatch):
    from flashpoint.config import Settings

    (tmp_path / "units.csv").write_text("term,unit,sector\nsappers,troops,MIL\n", encoding="utf-8")
    lexicon = load_unit_lexicon(Settings(data_dirs=(tmp_path,)))
    assert lexicon.get("sappers") is not None
    assert lexicon.get("soldiers") is not None


def test_bad_lexicon_row_is_a_config_error(tmp_path):
    from flashpoint.config import Settings
    from flashpoint.errors import ConfigError

    (tmp_path / "units.csv").write_text(
        "term,unit,sector\nsappers,regiments,MIL\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="sappers"):
        load_unit_lexicon(Settings(data_dirs=(tmp_path,)))


@pytest.mark.parametrize(
    ("words", "amount"),
    [
        ("90,000", Amount(90_000, 90_000, False)),
        ("twenty-five", Amount(25, 25, False)),
        ("two hundred", Amount(200, 200, False)),
        ("100k", Amount(100_000, 100_000, False)),
        ("five to seven thousand", Amount(5000, 7000, False)),
        ("a few hundred", Amount(200, 500, True)),
        ("hundreds of thousands", Amount(200_000, 999_999, True)),
        ("100 000", Amount(100_000, 100_000, False)),
        ("half a million", Amount(500_000, 500_000, False)),
        ("banana", None),
    ],
    ids=[
        "comma",
        "hyphen-word",
        "word-multiplier",
        "k-suffix",
        "scaled-range",
        "a-few",
        "nested-vague",
        "space-thousands",
        "half",
        "not-a-number",
    ],
)
def test_parse_number(words, amount):
    assert parse_number(words.split()) == amount


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=6))
def test_parse_number_never_raises(words):
    amount = parse_number(words)
    if amount is not None and amount.low is not None and amount.high is not None:
        assert amount.low <= amount.high


_WORDS = st.sampled_from(
    [
        "some",
        "12",
        "3,000",
        "thousands",
        "of",
        "troops",
        "migrants",
        "the",
        "at",
        "least",
        "several",
        "-",
        "dozen",
        "five",
        "tanks",
        "miles",
        "between",
        "and",
        "Polish",
        ".",
        "dead",
    ]
)


@settings(max_examples=25, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12))
def test_extract_spans_inside_text(nlp, units, words):
    text = " ".join(words)
    for quantity in _extract(nlp, units, text):
        assert 0 <= quantity.span[0] < quantity.span[1] <= len(text)
        assert text[quantity.span[0] : quantity.span[1]] == quantity.text
        assert quantity.unit in UNITS


def test_troops_on_the_move_belong_to_the_earlier_mover(nlp, units):
    text = (
        "Canada will shortly send more forces to Latvia. These are rotations, not new bases. "
        "To begin with, 400 soldiers stationed in Quebec will deploy to Riga next week."
    )
    (quantity,) = _extract(nlp, units, text)
    assert quantity.text == "400 soldiers"
    assert quantity.of == "CAN-MIL"


def test_a_force_counts_its_own_casualties(nlp, units):
    text = "Latvian border guards said that four officers were injured at the post."
    start = text.index("four")
    statement = Statement(
        "s1", Speaker(None, "LVA-COP"), "said", "indirect", text[start:-1],
        (start, len(text) - 1), "asserted",
    )  # fmt: skip
    (quantity,) = _extract(nlp, units, text, [statement])
    assert (quantity.unit, quantity.of, quantity.claimed_by) == ("injured", "LVA-COP", "LVA-COP")


# --- elided and pronoun heads, migrants by context, owners and claimants from context ---


@pytest.fixture(scope="module")
def full(nlp: Any) -> Any:
    """Extract with the real actor registry and statements (the pipeline's inputs)."""
    from flashpoint.extract import load_resources
    from flashpoint.extract.actors import find_actors
    from flashpoint.extract.statements import extract_statements

    resources = load_resources()

    def run(text: str) -> list[Any]:
        doc = nlp(text)
        actors = find_actors(doc, resources.actors, published="2021-11-10")
        statements = extract_statements(doc, actors=actors, cues=resources.cues)
        return extract_quantities(doc, units=resources.units, actors=actors, statements=statements)

    return run


@pytest.mark.parametrize(
    ("text", "phrase", "low", "unit", "of"),
    [
        (
            "About 600 refugees reached Estonia in May, compared with 45 in the whole of April.",
            "45",
            45,
            "migrants",
            "UNK-REF",
        ),
        (
            "Guards stopped 150 migrants on Sunday. A further 212 have been arrested after "
            "crossing the river.",
            "212",
            212,
            "detained",
            "UNK-REF",
        ),
        (
            "Police arrested seven Lithuanian journalists near the fence. The seven were "
            "released after questioning.",
            "seven",
            7,
            "detained",
            "LTU-MED",
        ),
        (
            "Some 900 migrants reached the camp. Roughly half a thousand of them were children.",
            "Roughly half a thousand of them",
            500,
            "migrants",
            "UNK-REF",
        ),
        (
            "Estonia sent 3,000 troops on Friday, raising the total to some 15,000.",
            "some 15,000",
            15_000,
            "troops",
            "EST-MIL",
        ),
        (
            "The army increased the number of Latvian soldiers on the frontier to 9,000.",
            "9,000",
            9000,
            "troops",
            "LVA-MIL",
        ),
        (
            "Guards turned back 70 migrants at the fence. Another 45 Syrians were found in "
            "the forest.",
            "45 Syrians",
            45,
            "migrants",
            "SYR-REF",
        ),
    ],
    ids=[
        "compared-with",
        "another-n-subject",
        "the-n",
        "n-of-them",
        "total-to",
        "number-of",
        "demonym-head",
    ],
)
def test_elided_heads_take_the_repeated_noun(full, text, phrase, low, unit, of):
    (quantity,) = [q for q in full(text) if q.text == phrase]
    assert (quantity.low, quantity.unit, quantity.of) == (low, unit, of)


@pytest.mark.parametrize(
    "text",
    [
        "Two journalists were detained. One of them told us the cells were cold.",
        "The road is 40 kilometres long, compared with 30 before.",
        "The two leaders met in Vilnius in 2019.",
    ],
    ids=["one-of-them", "distance-compared", "no-earlier-count"],
)
def test_headless_numbers_without_a_count_to_repeat(full, text):
    found = [q.text for q in full(text) if q.low in (1, 30, 2019)]
    assert found == []


@pytest.mark.parametrize(
    ("text", "phrase", "unit", "of"),
    [
        (
            "Around 3,000 people are stranded in the woods near the crossing point.",
            "Around 3,000 people",
            "migrants",
            "UNK-REF",
        ),
        (
            "Since June more than 900 people have crossed into Latvia illegally.",
            "more than 900 people",
            "migrants",
            "UNK-REF",
        ),
        (
            "Nearly 500 people attended the rally in the capital.",
            "Nearly 500 people",
            "people",
            "UNK-CVL",
        ),
        (
            "Guards say migrants keep coming. Police detained six activists near the camp.",
            "six activists",
            "detained",
            "UNK-CVL",
        ),
    ],
    ids=["stranded", "crossed", "rally-not-migrants", "activists-stay-civilians"],
)
def test_people_at_the_border_are_migrants(full, text, phrase, unit, of):
    (quantity,) = [q for q in full(text) if q.text == phrase]
    assert (quantity.unit, quantity.of) == (unit, of)


@pytest.mark.parametrize(
    ("text", "phrase", "of"),
    [
        (
            "Britain will supply Ukraine with 300 armoured vehicles.",
            "300 armoured vehicles",
            "GBR-MIL",
        ),
        (
            "Poland's defence minister said 4,000 additional troops would be deployed to the "
            "frontier.",
            "4,000 additional troops",
            "POL-MIL",
        ),
        (
            "Russian forces are massing near the border. Images show 40 tanks parked in a "
            "field near Klintsy.",
            "40 tanks",
            "RUS-MIL",
        ),
        (
            "Ukraine's army chief said 40 tanks were spotted across the border.",
            "40 tanks",
            "UNK-MIL",
        ),
    ],
    ids=["supplier", "announced-reinforcement", "build-up", "observer-not-owner"],
)
def test_owner_from_context(full, text, phrase, of):
    (quantity,) = [q for q in full(text) if q.text == phrase]
    assert quantity.of == of


@pytest.mark.parametrize(
    ("text", "phrase", "claimed_by"),
    [
        (
            "Lithuanian officials said the border was quiet. According to the border guard, "
            "120 people tried to cross overnight, compared with 30 a week earlier.",
            "30",
            "LTU-COP",
        ),
        (
            "More than 2,000 migrants have reached Latvia since June, official figures show.",
            "More than 2,000 migrants",
            "LVA-GOV",
        ),
        ("The outlet counted 50 migrants at the fence.", "50 migrants", "outlet"),
    ],
    ids=["according-to-agency", "figures-show", "no-frame"],
)
def test_claimant_from_frame(full, text, phrase, claimed_by):
    (quantity,) = [q for q in full(text) if q.text == phrase]
    assert quantity.claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "phrase", "of"),
    [
        (
            "Overnight Moscow struck Odesa, with 300 drones and 20 missiles launched at Ukraine.",
            "20 missiles",
            "RUS-MIL",
        ),
        (
            "Kyiv said 120 drones were fired at the capital overnight by Russian forces.",
            "120 drones",
            "RUS-MIL",
        ),
        ("Russia said 40 drones launched at Belgorod had been shot down.", "40 drones", "UNK-MIL"),
    ],
    ids=["launched-at-target", "agent", "target-is-the-only-party"],
)
def test_launched_weapons_belong_to_the_attacker(full, text, phrase, of):
    (quantity,) = [q for q in full(text) if q.text == phrase]
    assert quantity.of == of


@pytest.mark.parametrize(
    "text",
    [
        "Sweden came with 2,000 troops, bringing the number of member states to 32.",
        "Some 4,000 migrants are stuck at the fence, up from 37 percent last week.",
        "About 500 soldiers arrived. The two sides met in Minsk.",
    ],
    ids=["number-of-non-unit", "percent", "the-two-sides"],
)
def test_headless_numbers_that_count_something_else(full, text):
    assert [q.low for q in full(text) if q.low in (32, 37, 2)] == []


@pytest.mark.parametrize(
    ("text", "phrase", "unit", "of"),
    [
        (
            "Latvia has detained 2,300 migrants this year, against 61 last year.",
            "61",
            "detained",
            "UNK-REF",
        ),
        (
            "Norway now has some 9,000 troops in the north, up from 7,000 last month.",
            "7,000",
            "troops",
            "NOR-MIL",
        ),
        (
            "Finland has sent 4,000 soldiers to the frontier. The government plans to raise "
            "the number to 6,000.",
            "6,000",
            "troops",
            "FIN-MIL",
        ),
        (
            "The Estonian police said they had prevented 45 people from entering the country.",
            "45 people",
            "migrants",
            "UNK-REF",
        ),
        (
            "Latvia's defence ministry said 800 reservists would be called up.",
            "800 reservists",
            "troops",
            "LVA-MIL",
        ),
    ],
    ids=[
        "against-last-year",
        "up-from-last-month",
        "raise-the-number-to",
        "prevented-entering",
        "called-up-reservists",
    ],
)
def test_more_elided_and_context_shapes(full, text, phrase, unit, of):
    (quantity,) = [q for q in full(text) if q.text == phrase]
    assert (quantity.unit, quantity.of) == (unit, of)


@pytest.mark.parametrize(
    ("text", "phrase", "unit", "of"),
    [
        (
            "Guards foiled 90 attempts to cross the frontier overnight. Twenty-two people were "
            "detained, most of them Syrian Kurds.",
            "Twenty-two people",
            "detained",
            "SYR-REF",
        ),
        (
            "The Austrian interior ministry said 3,100 people had entered the country via "
            "Hungary this year.",
            "3,100 people",
            "migrants",
            "UNK-REF",
        ),
        (
            "Russia has built up a force of 60,000 troops in the west.",
            "60,000 troops",
            "troops",
            "RUS-MIL",
        ),
        ("Canada put 1,500 troops on standby.", "1,500 troops", "troops", "CAN-MIL"),
    ],
    ids=["hyphenated-word-number-and-nationality", "entered-via", "built-up", "put-on-standby"],
)
def test_word_numbers_nationality_and_force_verbs(full, text, phrase, unit, of):
    (quantity,) = [q for q in full(text) if q.text == phrase]
    assert (quantity.unit, quantity.of) == (unit, of)


def test_hyphenated_word_numbers_parse():
    assert parse_number(["Thirty", "-", "one"]) == Amount(31, 31, False)
    assert parse_number(["twenty", "-", "thirty"]) == Amount(20, 30, False)


@pytest.mark.parametrize(
    ("text", "phrase", "unit", "of"),
    [
        (
            "Russia's build-up goes on. Photos taken on Friday show 90 tanks and 12 helicopters "
            "at an airfield near Pskov.",
            "12 helicopters",
            "aircraft",
            "RUS-MIL",
        ),
        (
            "Russia's economy is slowing. Photos taken on Friday show 90 tanks at an airfield "
            "near Pskov.",
            "90 tanks",
            "tanks",
            "UNK-MIL",
        ),
        (
            "Latvian data show that 700 foreigners tried to cross the border in a week.",
            "700 foreigners",
            "migrants",
            "UNK-REF",
        ),
    ],
    ids=["build-up-before", "no-build-up-no-owner", "foreigners-crossing"],
)
def test_build_up_and_foreigners(full, text, phrase, unit, of):
    (quantity,) = [q for q in full(text) if q.text == phrase]
    assert (quantity.unit, quantity.of) == (unit, of)


def test_trailing_according_to_frame(full):
    text = (
        "Finnish ministers met on Monday. Some 140 people were turned back at the frontier "
        "overnight, according to the Finnish border guard."
    )
    (quantity,) = full(text)
    assert quantity.claimed_by == "FIN-COP"


@pytest.mark.parametrize(
    ("text", "phrase", "low", "high", "approx"),
    [
        ("As many as 3,000 migrants waited.", "As many as 3,000 migrants", 3000, 3000, True),
        ("Almost 200 soldiers were sent north.", "Almost 200 soldiers", 200, 200, True),
        ("Roughly 15,000 troops are there.", "Roughly 15,000 troops", 15_000, 15_000, True),
        ("Upwards of 10,000 troops took part.", "Upwards of 10,000 troops", 10_000, None, False),
        ("Tens of thousands of troops came.", "Tens of thousands of troops", 20_000, 99_999, True),
        ("Hundreds of migrants camped in the woods.", "Hundreds of migrants", 200, 999, True),
        ("A dozen soldiers were hurt.", "A dozen soldiers", 12, 12, False),
        ("A handful of migrants stayed behind.", "A handful of migrants", 2, 9, True),
        ("Only a handful of soldiers remained.", "a handful of soldiers", 2, 9, True),
    ],
    ids=[
        "as-many-as", "almost", "roughly", "upwards-of", "tens-of-thousands", "hundreds-of",
        "a-dozen", "a-handful", "only-a-handful",
    ],
)  # fmt: skip
def test_approximate_and_vague_amounts(nlp, units, text, phrase, low, high, approx):
    found = [q for q in _extract(nlp, units, text) if q.text == phrase]
    assert found, [q.text for q in _extract(nlp, units, text)]
    assert (found[0].low, found[0].high, found[0].approx) == (low, high, approx)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met in Riga on Friday. Nine of them backed the plan.",
        "Zero boots on the ground, the minister promised.",
    ],
    ids=["of-them-are-ministers", "zero-is-a-figure-of-speech"],
)
def test_no_count_of_what_is_no_unit(full, text):
    assert full(text) == []


def test_of_them_goes_back_to_a_counted_subject(full):
    text = "Hundreds of migrants reached the river. About 80 of them swam across."
    found = [q for q in full(text) if q.low == 80]
    assert [(q.text, q.unit) for q in found] == [("About 80 of them", "migrants")]


def test_the_number_of_soldiers_doing_something_raised_to(full):
    text = "Latvia has raised the number of soldiers guarding the border to 4,000."
    found = [q for q in full(text) if q.low == 4000]
    assert [(q.text, q.unit, q.of) for q in found] == [("4,000", "troops", "LVA-MIL")]


@pytest.mark.parametrize(
    ("text", "of"),
    [
        ("Drones struck the city overnight, killing three people in Kharkiv.", "UKR-CVL"),
        ("Five people were injured in Vilnius when the roof collapsed.", "LTU-CVL"),
        ("Two migrants died in Poland after crossing the river.", "UNK-REF"),
    ],
    ids=["killed-in-a-city", "injured-in-a-capital", "migrants-keep-their-own"],
)
def test_civilians_harmed_in_a_place_are_its(full, text, of):
    (quantity,) = [q for q in full(text) if q.unit in ("dead", "injured")]
    assert quantity.of == of


@pytest.mark.parametrize(
    ("text", "phrase", "of"),
    [
        (
            "Russian troops have begun arriving in Belarus for joint drills. Trains carried"
            " dozens of tanks into the Brest region.",
            "dozens of tanks",
            "RUS-MIL",
        ),
        (
            "Belarusian troops crossed into the exercise area. Footage showed lorries"
            " hauling some 40 howitzers towards the border.",
            "some 40 howitzers",
            "BLR-MIL",
        ),
    ],
    ids=["trains-carried-into", "lorries-hauling-towards"],
)
def test_forces_carried_somewhere_are_the_last_named_military(full, text, phrase, of):
    (quantity,) = [q for q in full(text) if q.text == phrase]
    assert quantity.of == of


def test_the_death_toll_rose_to(full):
    found = [q for q in full("The death toll at the crossing rose to 9 on Friday.") if q.low == 9]
    assert [(q.text, q.unit) for q in found] == [("9", "dead")]
