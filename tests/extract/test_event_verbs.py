"""Derived event verbs: the CAMEO verb classes of data/event_verbs.csv (lower-priority layer).

One new sentence of my own per verb class (not from any corpus), each checked twice: the
full lexicon reports the event, and events.csv alone does not (the layer makes it). Then the
data files themselves: every row is coded, agrees with cameo_plover.csv or says why not, and
never loosens a word events.csv already restricts; and the loader's priority and overrides.
The fixtures and the small actor stand-in come from `test_events`.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from flashpoint.config import Settings, package_data_dir
from flashpoint.errors import ConfigError
from flashpoint.extract import event_lexicon
from flashpoint.extract.event_lexicon import (
    DERIVED,
    EXPLICIT,
    cameo_plover,
    find_triggers,
    load_event_lexicon,
    parse_cameo_table,
    parse_lexicon,
)
from tests.extract import test_events as base
from tests.extract.test_events import _events, _statement, _summary

DATA = package_data_dir()


@pytest.fixture(scope="module")
def plain() -> Any:
    """events.csv alone: the lexicon without the derived layer."""
    return parse_lexicon([DATA / "events.csv"])


@pytest.fixture(scope="module", autouse=True)
def _gazetteer() -> None:
    from flashpoint.extract.places import load_gazetteer

    base._GAZETTEER[:] = [load_gazetteer()]


# ---------------------------------------------------------------------------
# one sentence per verb class: (CAMEO class, sentence, the event it reports)

VERB_CLASSES = [
    # REQUEST
    ("APPEAL", "The Ukrainian ambassador begged Germany for more air defence systems.",
     ("REQUEST", "assist", "UKR-GOV", "DEU-GOV", "occurred")),
    ("ASK", "Latvian farmers petitioned the EU to compensate them for the closed crossings.",
     ("REQUEST", "change", "LVA-CVL", "EU", "occurred")),
    ("DEMAND", "Poland exhorted Belarus to stop the flights from the Middle East.",
     ("REQUEST", "change", "POL-GOV", "BLR-GOV", "occurred")),
    ("PREDICT", "Lithuania expects the EU to pay for the fence.",
     ("REQUEST", "change", "LTU-GOV", "EU", "occurred")),
    ("SEARCH", "Moldova sought weapons from France last week.",
     ("REQUEST", "assist", "MDA-GOV", "FRA-GOV", "occurred")),
    # AGREE
    ("CLINCH", "Estonia clinched a deal with Latvia on air defence.",
     ("AGREE", None, "EST-GOV", "LVA-GOV", "occurred")),
    ("ARRANGE", "Latvia sealed a pact with Estonia on the shared border.",
     ("AGREE", None, "LVA-GOV", "EST-GOV", "occurred")),
    # CONSULT
    ("MEET_PEOPLE", "Norwegian officials contacted Russia about the missing fishing boat.",
     ("CONSULT", None, "NOR-GOV", "RUS-GOV", "occurred")),
    ("ASSEMBLE", "Lithuanian ministers huddled with NATO officials in Brussels.",
     ("CONSULT", None, "LTU-GOV", "NATO", "occurred")),
    ("GO_SOMEWHERE", "The Latvian minister toured Ukraine on Tuesday.",
     ("CONSULT", "visit", "LVA-GOV", "UKR-GOV", "occurred")),
    ("COMPROMISE", "Germany mediated between Poland and Belarus in the dispute over the crossings.",
     ("CONSULT", None, "DEU-GOV", "POL-GOV", "occurred")),
    # SUPPORT
    ("ACCLAIM", "Latvia acclaimed Lithuania for its swift response to the crisis.",
     ("SUPPORT", None, "LVA-GOV", "LTU-GOV", "occurred")),
    ("ENCOURAGE", "NATO reassured Lithuania after the drone incursion.",
     ("SUPPORT", None, "NATO", "LTU-GOV", "occurred")),
    ("DEFEND", "Britain will defend Estonia against any invader, the minister said.",
     ("SUPPORT", None, "GBR-GOV", "EST-GOV", "planned")),
    # AID
    ("GRANT", "Germany lent Ukraine 40 armoured vehicles last month.",
     ("AID", None, "DEU-GOV", "UKR-GOV", "occurred")),
    ("EXTEND", "Germany extended a loan to Ukraine.", ("AID", None, "DEU-GOV", "UKR", "occurred")),
    ("GRANT", "Latvia gifted Ukraine two radar units.",
     ("AID", None, "LVA-GOV", "UKR-GOV", "occurred")),
    ("SEND", "Estonia handed 20 howitzers to Ukraine in the spring.",
     ("AID", None, "EST-GOV", "UKR", "occurred")),
    ("FINANCE", "Finland paid for 200 generators for Ukrainian hospitals.",
     ("AID", None, "FIN-GOV", "UKR", "occurred")),
    ("ARM", "Sweden furnished Ukraine with radios and helmets.",
     ("AID", None, "SWE-GOV", "UKR-GOV", "occurred")),
    ("PREPARE", "Norwegian instructors trained Ukrainian medics near Lviv.",
     ("AID", None, "NOR-MIL", "UKR-GOV", "occurred")),
    ("RESCUE", "Polish volunteers rescued twelve migrants from the swamp.",
     ("AID", None, "POL-GOV", "UNK-REF", "occurred")),
    # CONCEDE and RETREAT
    ("RELEASE", "Belarus set free two Lithuanian farmers on Friday.",
     ("CONCEDE", None, "BLR-GOV", "LTU-CVL", "occurred")),
    ("RETURN", "Belarus returned two Lithuanian activists to Vilnius.",
     ("CONCEDE", None, "BLR-GOV", "LTU-GOV", "occurred")),
    ("YIELD", "Belarus relinquished control of the border post to Poland.",
     ("CONCEDE", None, "BLR-GOV", "POL", "occurred")),
    ("LOOSEN", "Lithuania loosened the restrictions on Belarusian trucks.",
     ("CONCEDE", None, "LTU-GOV", "BLR", "occurred")),
    ("REVOKE_", "Lithuania revoked the ban on Belarusian trucks.",
     ("CONCEDE", None, "LTU-GOV", "BLR", "occurred")),
    ("RETREAT", "Russian troops disengaged from the Ukrainian border on Sunday.",
     ("RETREAT", None, "RUS-MIL", "UKR-GOV", "occurred")),
    ("ABANDON", "Belarusian soldiers abandoned their positions near the river.",
     ("RETREAT", "withdraw", "BLR-MIL", None, "occurred")),
    ("RESIGN", "Belarusian soldiers vacated their positions near the river.",
     ("RETREAT", "withdraw", "BLR-MIL", None, "occurred")),
    # ACCUSE
    ("PROBE", "Polish prosecutors probed the shooting at the border.",
     ("ACCUSE", "investigate", "POL-GOV", None, "occurred")),
    ("DENOUNCE", "Lithuania reprimanded Belarus over the balloons.",
     ("ACCUSE", "disapprove", "LTU-GOV", "BLR-GOV", "occurred")),
    ("DENIGRATE", "Polish ministers denigrated the Belarusian election.",
     ("ACCUSE", "disapprove", "POL-GOV", "BLR-GOV", "occurred")),
    ("DEPLORE", "Estonia abhorred the Russian attacks on Ukrainian cities.",
     ("ACCUSE", "disapprove", "EST-GOV", "RUS-GOV", "occurred")),
    ("JEER", "Latvian ministers jeered at the Russian claims.",
     ("ACCUSE", "disapprove", "LVA-GOV", "RUS-GOV", "occurred")),
    ("SAVAGE", "Polish ministers savaged the Belarusian plan for a corridor.",
     ("ACCUSE", "disapprove", "POL-GOV", "BLR-GOV", "occurred")),
    ("DISAPPROVE", "Lithuania disapproved of the Belarusian flights.",
     ("ACCUSE", "disapprove", "LTU-GOV", "BLR-GOV", "occurred")),
    ("VERBAL_CONFLICT", "Latvia complained about Russia to the UN.",
     ("ACCUSE", "disapprove", "LVA-GOV", "RUS-GOV", "occurred")),
    ("BLAME", "Poland implicated Belarus in the attack on the border post.",
     ("ACCUSE", "allege", "POL-GOV", "BLR-GOV", "occurred")),
    ("DISTRUST", "Lithuania suspected Belarus of sending the balloons.",
     ("ACCUSE", "allege", "LTU-GOV", "BLR-GOV", "occurred")),
    ("HURL", "Lithuanian farmers hurled insults at the Belarusian guards.",
     ("ACCUSE", "disapprove", "LTU-CVL", "BLR-COP", "occurred")),
    ("LODGE", "Russia lodged a complaint with Estonia about the monument.",
     ("ACCUSE", "disapprove", "RUS-GOV", "EST-GOV", "occurred")),
    ("SOUND", "Estonia voiced outrage at the Russian drone flights.",
     ("ACCUSE", "disapprove", "EST-GOV", "RUS-GOV", "occurred")),
    ("REGARD", "Lithuania regards the flights as a hostile act.",
     ("ACCUSE", "disapprove", "LTU-GOV", None, "occurred")),
    ("OBSERVE", "Minsk views the new fence as a provocation.",
     ("ACCUSE", "disapprove", "BLR-GOV", None, "occurred")),
    ("CONSIDER", "Latvia considers the Russian flights a provocation.",
     ("ACCUSE", "disapprove", "LVA-GOV", "RUS-GOV", "occurred")),
    # REJECT
    ("REBUFF", "Russia snubbed the NATO summit.",
     ("REJECT", "meet", "RUS-GOV", "NATO", "occurred")),
    ("EXCLUDE", "Russia shunned the talks with NATO.",
     ("REJECT", "meet", "RUS-GOV", None, "occurred")),
    ("IGNORE", "Minsk ignored the demands from the EU.",
     ("REJECT", None, "BLR-GOV", "EU", "occurred")),
    ("DELAY", "Belarus postponed the talks with Lithuania.",
     ("REJECT", "meet", "BLR-GOV", None, "occurred")),
    ("CANCEL", "Belarus called off the talks with Lithuania.",
     ("REJECT", "meet", "BLR-GOV", None, "occurred")),
    # THREATEN
    ("WARN", "Russia cautioned Finland against joining NATO.",
     ("THREATEN", None, "RUS-GOV", "FIN-GOV", "occurred")),
    ("VOW", "Belarus vowed revenge for the new sanctions.",
     ("THREATEN", "violence", "BLR-GOV", None, "occurred")),
    ("PROMISE", "Russia promised retaliation against Finland.",
     ("THREATEN", None, "RUS-GOV", "FIN-GOV", "occurred")),
    # MOBILIZE
    ("DRAFT", "Russia drafted 10,000 reservists in the autumn.",
     ("MOBILIZE", "troops", "RUS-MIL", None, "occurred")),
    ("MOBILIZE", "Belarus marshalled its troops near the Polish border.",
     ("MOBILIZE", "troops", "BLR-MIL", "POL", "occurred")),
    ("OVERFLY", "Russian bombers overflew the Estonian island.",
     ("MOBILIZE", "weapons", "RUS-MIL", "EST-GOV", "occurred")),
    ("MARCH", "Russian troops marched towards the Ukrainian border.",
     ("MOBILIZE", "troops", "RUS-MIL", "UKR", "occurred")),
    ("ENCIRCLE", "Russian troops encircled the Ukrainian town.",
     ("MOBILIZE", "troops", "RUS-MIL", "UKR-GOV", "occurred")),
    ("BOOST", "Poland augmented its forces on the border.",
     ("MOBILIZE", "troops", "POL-MIL", None, "occurred")),
    ("POUR", "Russian troops poured into Belarus on Monday.",
     ("MOBILIZE", "troops", "RUS-MIL", "BLR", "occurred")),
    ("DESPATCH", "Russia despatched troops to the Belarusian border.",
     ("MOBILIZE", "troops", "RUS-MIL", "BLR", "occurred")),
    ("CONSTRUCT", "Russia set up a new base near the Finnish border.",
     ("MOBILIZE", "troops", "RUS-MIL", "FIN", "occurred")),
    ("ENACT", "Russia established a base near the Finnish border.",
     ("MOBILIZE", "troops", "RUS-MIL", "FIN", "occurred")),
    ("TIGHTEN", "Polish police tightened security at the crossings.",
     ("MOBILIZE", "police", "POL-COP", None, "occurred")),
    ("PERFORM", "Belarusian troops performed exercises near Grodno.",
     ("MOBILIZE", "troops", "BLR-MIL", None, "occurred")),
    ("PERPETUATE", "Russian troops carried out exercises near the Latvian border.",
     ("MOBILIZE", "troops", "RUS-MIL", "LVA", "occurred")),
    ("MAINTAIN", "Russia kept 5,000 troops near the Estonian border all winter.",
     ("MOBILIZE", "troops", "RUS-MIL", "EST", "occurred")),
    # SANCTION
    ("CONFINE", "Norway withheld funding from Belarus.",
     ("SANCTION", "discontinue", "NOR-GOV", "BLR-GOV", "occurred")),
    ("FREEZE", "Finland froze loans to Belarus.",
     ("SANCTION", "discontinue", "FIN-GOV", "BLR", "occurred")),
    ("RECALL", "Lithuania recalled its ambassador from Minsk.",
     ("SANCTION", "withdraw", "LTU-GOV", "BLR", "occurred")),
    ("SEPARATE", "Estonia severed ties with Belarus.",
     ("SANCTION", "withdraw", "EST-GOV", "BLR-GOV", "occurred")),
    ("DESTROY", "Lithuania broke off relations with Belarus.",
     ("SANCTION", "withdraw", "LTU-GOV", "BLR-GOV", "occurred")),
    ("SHUT", "Latvia shut its embassy in Minsk.",
     ("SANCTION", "withdraw", "LVA-GOV", "BLR-GOV", "occurred")),
    ("PUNISH", "The EU will punish Belarus for the crisis, the minister said.",
     ("SANCTION", "discontinue", "EU", "BLR-GOV", "planned")),
    # COERCE
    ("APPREHEND", "Ukrainian soldiers took forty Russian soldiers prisoner.",
     ("COERCE", "arrest", "UKR-MIL", "RUS-MIL", "occurred")),
    ("RECAPTURE", "Ukrainian troops recaptured three villages in the east.",
     ("COERCE", "seize", "UKR-MIL", None, "occurred")),
    ("INVADE", "Russian forces occupied the Ukrainian town of Kherson.",
     ("COERCE", "seize", "RUS-GOV", "UKR-GOV", "occurred")),
    ("TAKE_PROPERTY", "Belarusian police confiscated the phones of the journalists.",
     ("COERCE", "seize", "BLR-COP", None, "occurred")),
    ("PROHIBIT", "Belarus banned travel to Lithuania.",
     ("COERCE", "restrict", "BLR-GOV", "LTU", "occurred")),
    ("SENTENCE", "Belarus sentenced the journalists to five years.",
     ("COERCE", "arrest", "BLR-GOV", "BLR-MED", "occurred")),
    ("PROSECUTE", "Belarus prosecuted the journalists for the reports.",
     ("COERCE", "arrest", "BLR-GOV", "BLR-MED", "occurred")),
    ("DEPORT", "Belarus evicted the migrants from the warehouse.",
     ("COERCE", "deport", "BLR-GOV", "UNK-REF", "occurred")),
    ("SUPPRESS", "Belarusian police cracked down on the protesters.",
     ("COERCE", None, "BLR-COP", None, "occurred")),
    ("BESIEGE", "Russian troops besieged the Ukrainian town.",
     ("COERCE", "restrict", "RUS-MIL", "UKR-GOV", "occurred")),
    # ASSAULT
    ("ABUSE", "Belarusian soldiers abused the migrants at the fence.",
     ("ASSAULT", "beat", "BLR-MIL", "UNK-REF", "occurred")),
    ("HURT", "Belarusian soldiers harmed the migrants at the fence.",
     ("ASSAULT", None, "BLR-MIL", "UNK-REF", "occurred")),
    ("KIDNAP", "Belarusian guards kidnapped two Lithuanian farmers.",
     ("ASSAULT", "abduct", "BLR-COP", "LTU-CVL", "occurred")),
    ("TAKE_CONTROL", "Belarusian soldiers hijacked a Lithuanian truck.",
     ("ASSAULT", "abduct", "BLR-MIL", "LTU-GOV", "occurred")),
    ("STAB", "Russian soldiers stabbed a Ukrainian farmer.",
     ("ASSAULT", "beat", "RUS-MIL", "UKR-CVL", "occurred")),
    ("PHYSICAL_CONFLICT", "Polish police clashed with the migrants at the fence.",
     ("ASSAULT", None, "POL-COP", "UNK-REF", "occurred")),
    ("ASSASSINATE", "Russian troops assassinated a Ukrainian official.",
     ("ASSAULT", "targeted", "RUS-MIL", "UKR-GOV", "occurred")),
    ("KILL", "Russian troops murdered three Ukrainian farmers.",
     ("ASSAULT", None, "RUS-MIL", "UKR-CVL", "occurred")),
    ("MASSACRE", "Russian troops massacred Ukrainian farmers.",
     ("ASSAULT", "unconventional", "RUS-MIL", "UKR-CVL", "occurred")),
    ("AMBUSH", "Russian troops ambushed the Ukrainian convoy.",
     ("ASSAULT", None, "RUS-MIL", "UKR-GOV", "occurred")),
    ("RAID", "Russian troops raided the Ukrainian village.",
     ("ASSAULT", None, "RUS-MIL", "UKR-GOV", "occurred")),
    ("CONTINUE", "Russian troops advanced on Kharkiv.",
     ("ASSAULT", None, "RUS-MIL", None, "occurred")),
    ("START", "Russia launched 40 drones at Ukraine overnight.",
     ("ASSAULT", "aerial", "RUS-MIL", "UKR", "occurred")),
    ("FELL", "Ukrainian troops downed three Russian drones overnight.",
     ("ASSAULT", None, "UKR-MIL", "RUS-GOV", "occurred")),
    ("GUNFIRE", "Russian snipers gunned down two Ukrainian soldiers.",
     ("ASSAULT", "firearms", "RUS-MIL", "UKR-MIL", "occurred")),
    ("DESTROY", "Ukrainian troops destroyed a Russian fuel depot.",
     ("ASSAULT", "destroy", "UKR-MIL", "RUS-GOV", "occurred")),
    ("EXPLOSIVE_DESTRUCTION", "Russian soldiers torched the Ukrainian farm.",
     ("ASSAULT", None, "RUS-MIL", "UKR-GOV", "occurred")),
    ("EXPLOSIVE_DESTRUCTION", "Russian troops blew up the Ukrainian bridge.",
     ("ASSAULT", None, "RUS-MIL", "UKR-GOV", "occurred")),
    ("TARGET", "Russian missiles targeted Kyiv overnight.",
     ("ASSAULT", None, "RUS-MIL", "UKR-GOV", "occurred")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VERB_CLASSES],
                         ids=[c[0].lower() for c in VERB_CLASSES])  # fmt: skip
def test_a_verb_class_reports_its_event_and_events_csv_alone_does_not(
    nlp: Any, lexicon: Any, plain: Any, text: str, expected: tuple[Any, ...]
) -> None:
    found = _summary(_events(nlp, lexicon, text))
    assert expected in found
    assert {e for e in found if e[0] == expected[0]} == {expected}  # one event of its type
    assert expected not in _summary(_events(nlp, plain, text))


def test_every_shipped_verb_class_has_a_sentence() -> None:
    shipped = {row["class"] for row in _verb_rows()}
    assert shipped - {c[0] for c in VERB_CLASSES} <= _CLASSES_WITHOUT_OWN_SENTENCE


# classes whose rows are a second sense or spelling of a tested lemma (express and voice,
# lodge and file, rearrest and arrest), or that have a test of their own (REPEAT: mock)
_CLASSES_WITHOUT_OWN_SENTENCE = {"EXPLAIN_VERBAL", "FILE", "RE_ARREST", "REPEAT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland issued a sharp rebuke to Belarus.",
         ("ACCUSE", "disapprove", "POL-GOV", "BLR-GOV", "occurred")),
        ("Ukraine made a plea for more air defence.",
         ("REQUEST", "change", "UKR-GOV", None, "occurred")),
        ("Latvian prosecutors opened an inquiry into the shooting.",
         ("ACCUSE", "investigate", "LVA-GOV", None, "occurred")),
        ("The Belarusian police announced the confiscation of the farmers trucks.",
         ("COERCE", "seize", "BLR-COP", None, "occurred")),
    ],
    ids=["rebuke", "plea", "inquiry-into", "confiscation"],
)  # fmt: skip
def test_nominalisations_of_the_verb_classes(
    nlp: Any, lexicon: Any, plain: Any, text: str, expected: tuple[Any, ...]
) -> None:
    # the act and its parties (the status of a reported noun is event_status's business)
    assert expected[:4] in {e[:4] for e in _summary(_events(nlp, lexicon, text))}
    assert expected[:4] not in {e[:4] for e in _summary(_events(nlp, plain, text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian troops liberated two villages near the river.",
         ("COERCE", "seize", "UKR-MIL", None)),
        ("Finland sent a field hospital to western Ukraine.", ("AID", None, "FIN-GOV", "UKR")),
        ("Belarusian students marched through Vilnius against the regime.",
         ("PROTEST", "demo", "BLR-CVL", None)),
        ("Russian troops massed near the Finnish border.",
         ("MOBILIZE", "troops", "RUS-MIL", "FIN")),
        ("Russian soldiers executed two Ukrainian prisoners.",
         ("ASSAULT", None, "RUS-MIL", "UKR-GOV")),
        ("Russian missiles damaged the Ukrainian power grid.",
         ("ASSAULT", "destroy", "RUS-MIL", "UKR-GOV")),
    ],
    ids=["liberate-ground", "send-a-hospital", "march-in-protest", "troops-mass",
         "execute-prisoners", "damage-a-grid"],
)  # fmt: skip
def test_second_senses_of_a_class(
    nlp: Any, lexicon: Any, plain: Any, text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in {e[:4] for e in _summary(_events(nlp, lexicon, text))}
    assert expected not in {e[:4] for e in _summary(_events(nlp, plain, text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland wants Belarus to stop the flights.", {("REQUEST", "POL-GOV", "BLR-GOV")}),
        ("Norway wants Russia to withdraw its troops.", {("REQUEST", "NOR-GOV", "RUS-GOV")}),
        ("NATO expects Russia to attack in January.", set()),  # a forecast, not a demand
        ("Russia wants to provoke an incident.", set()),  # no addressee
        ("Poland wants more tanks.", set()),  # no clause
        ("Minsk wants the migrants to cross into Poland.", set()),  # a wish, not a demand
    ],
    ids=["wants-x-to-stop", "wants-x-to-withdraw", "expects-an-attack", "wants-to",
         "wants-a-thing", "wants-people-to-cross"],
)  # fmt: skip
def test_wanting_another_party_to_act_is_a_demand(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    found = {(e[0], e[2], e[3]) for e in _summary(_events(nlp, lexicon, text))}
    assert {e for e in found if e[0] == "REQUEST"} == expected


def test_not_compromising_is_a_refusal(nlp: Any, lexicon: Any) -> None:
    text = "Lithuania will not compromise on its sanctions against Belarus."
    assert ("REJECT", None, "LTU-GOV", None, "occurred") in _summary(_events(nlp, lexicon, text))
    assert _summary(_events(nlp, lexicon, "Lithuania compromised with Belarus.")) == set()


def test_bearing_responsibility_in_a_statement_is_the_speakers_charge(
    nlp: Any, lexicon: Any
) -> None:
    text = '"Belarus bears full responsibility for the deaths," the Polish minister said.'
    content = "Belarus bears full responsibility for the deaths"
    statement = _statement(text, "said", content, "asserted", "POL-GOV")
    found = _summary(_events(nlp, lexicon, text, [statement]))
    assert ("ACCUSE", "allege", "POL-GOV", "BLR-GOV", "occurred") in found
    assert _summary(_events(nlp, lexicon, "Poland considers Lithuania a close ally.")) == set()


def test_mocking_in_a_statement_is_the_speakers_charge(nlp: Any, lexicon: Any) -> None:
    text = '"Moscow is mocking the ceasefire," the Lithuanian minister said.'
    content = "Moscow is mocking the ceasefire"
    statement = _statement(text, "said", content, "asserted", "LTU-GOV")
    found = _summary(_events(nlp, lexicon, text, [statement]))
    assert ("ACCUSE", "disapprove", "LTU-GOV", "RUS-GOV", "occurred") in found


@pytest.mark.parametrize(
    "text",
    [
        "Belarusian guards shunned the reporters at the fence.",  # shun: only talks
        "Lithuania ignored the weather on Monday.",  # ignore: only appeals and offers
        "The minister toured the factory on Tuesday.",  # tour: only an actor visited
        "Finland paid for the lunch in Vilnius.",  # pay for: only goods
        "Russia launched a new television channel.",  # launch: only projectiles at a target
        "Lithuania kicked off the trade fair on Monday.",  # kick off: no blow
        "Polish and Lithuanian ministers clashed over the budget.",  # a clash of words
        "The Polish army executed the plan.",  # execute: only people
        "Belarusian soldiers marched the migrants to the fence.",  # no troop movement
        "Lithuanian soldiers marched in the parade on Independence Day.",  # a parade
    ],
    ids=[
        "shun-people",
        "ignore-weather",
        "tour-a-factory",
        "pay-for-lunch",
        "launch-a-channel",
        "kick-off",
        "clash-over",
        "execute-a-plan",
        "march-people",
        "march-in-a-parade",
    ],
)
def test_a_verb_class_row_needs_its_condition(nlp: Any, lexicon: Any, text: str) -> None:
    assert _summary(_events(nlp, lexicon, text)) == set()


# ---------------------------------------------------------------------------
# the data files


def _csv_rows(path: Path, columns: list[str]) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = csv.reader(io.StringIO("\n".join(lines)))
    return [dict(zip(columns, row, strict=False)) for row in rows]


def _verb_rows() -> list[dict[str, str]]:
    columns = ["class", "lemma", "pos", "cameo", "type", "mode", "when", "note"]
    return _csv_rows(DATA / "event_verbs.csv", columns)


def _explicit_rows() -> list[dict[str, str]]:
    rows = _csv_rows(DATA / "events.csv", ["trigger", "pos", "type", "mode", "when"])
    return [r for r in rows if r["pos"] != "CLASS"]


def test_every_derived_row_agrees_with_its_cameo_code_or_says_why() -> None:
    table = parse_cameo_table([DATA / "cameo_plover.csv"])
    rows = _verb_rows()
    assert len(rows) > 150
    for row in rows:
        mapped = cameo_plover(row["cameo"], table)
        assert mapped is not None, row
        if not row.get("note"):
            assert (row["type"], row["mode"] or None) == mapped, row


# the modes of the record format (shared/spec/record-format.md, "mode"), by type
_MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}  # fmt: skip


def test_every_mode_is_one_of_the_record_formats() -> None:
    table = parse_cameo_table([DATA / "cameo_plover.csv"])
    pairs = [pair for pair in table.values() if pair[0] is not None]
    pairs += [(row["type"], row["mode"] or None) for row in _verb_rows()]
    for type_, mode in pairs:
        assert mode is None or mode in _MODES.get(type_, set()), (type_, mode)


def test_no_derived_row_loosens_a_word_events_csv_restricts() -> None:
    """A derived row for a word events.csv already lists must carry a condition: the
    explicit rows' restrictions ("decline" only with a rejectable object) stay in force."""
    explicit = {(r["trigger"], r["pos"]) for r in _explicit_rows()}
    explicit |= {(r["trigger"], p) for r in _explicit_rows() if r["pos"] == "*" for p in "VN"}
    for row in _verb_rows():
        if (row["lemma"], row["pos"]) in explicit:
            assert row["when"].strip(), row


def test_derived_rows_are_tried_after_every_explicit_row(lexicon: Any) -> None:
    layers = [t.layer for t in lexicon.candidates("train")]
    assert layers == sorted(layers) and {EXPLICIT, DERIVED} <= set(layers)
    # a longer derived phrase does not jump ahead of a shorter explicit word
    layers = [t.layer for t in lexicon.candidates("take")]
    assert layers == sorted(layers)


def test_an_explicit_row_wins_over_a_derived_one(nlp: Any, lexicon: Any) -> None:
    # "hand" with a tool object is the explicit COERCE row, with a weapon the derived AID
    (match,) = find_triggers(next(nlp("The soldiers handed ladders to the men.").sents), lexicon)
    assert (match.trigger.type, match.trigger.layer) == ("COERCE", EXPLICIT)
    (match,) = find_triggers(next(nlp("Estonia handed rifles to Ukraine.").sents), lexicon)
    assert (match.trigger.type, match.trigger.layer, match.trigger.cameo) == ("AID", DERIVED, "072")


def test_a_user_row_takes_its_type_from_the_code_and_can_switch_a_lemma_off(
    nlp: Any, tmp_path: Path
) -> None:
    extra = tmp_path / "event_verbs.csv"
    extra.write_text("MINE,detain again,V,173,,,,\nREPEAT,mock,V,,-,,,\n", encoding="utf-8")
    lexicon = parse_lexicon(
        [DATA / "events.csv"],
        verb_paths=[DATA / "event_verbs.csv", extra],
        cameo_paths=[DATA / "cameo_plover.csv"],
    )
    (row,) = [t for t in lexicon.triggers if t.words == ("detain", "again")]
    assert (row.type, row.mode, row.layer) == ("COERCE", "arrest", DERIVED)
    assert not [t for t in lexicon.triggers if t.words == ("mock",)]


def test_user_data_dirs_extend_the_verb_layer(tmp_path: Path) -> None:
    (tmp_path / "event_verbs.csv").write_text("MINE,outflank,V,190,,,,\n", encoding="utf-8")
    lexicon = load_event_lexicon(Settings(data_dirs=(tmp_path,)))
    assert [t.type for t in lexicon.candidates("outflank")] == ["ASSAULT"]
    assert not load_event_lexicon().candidates("outflank")


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("X,outflank,V,999,,,,\n", "not in cameo_plover.csv"),
        ("X,outflank,V,010,,,,\n", "no PLOVER type"),
        ("X,outflank,V,190,FIGHT,,,\n", "unknown PLOVER type"),
        ("X,outflank,V,190,,,obj=@nowhere,\n", "unknown word class"),
        ("X,,V,190,,,,\n", "needs a lemma"),
    ],
    ids=["unknown-code", "statement-code", "bad-type", "bad-class", "no-lemma"],
)
def test_a_bad_verb_row_is_a_config_error(tmp_path: Path, rows: str, message: str) -> None:
    extra = tmp_path / "event_verbs.csv"
    extra.write_text(rows, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        parse_lexicon(
            [DATA / "events.csv"], verb_paths=[extra], cameo_paths=[DATA / "cameo_plover.csv"]
        )


def test_cameo_codes_resolve_by_their_longest_listed_prefix() -> None:
    table = parse_cameo_table([DATA / "cameo_plover.csv"])
    assert cameo_plover("1056", table) == ("REQUEST", "yield")
    assert cameo_plover("1059", table) == ("REQUEST", "change")  # 105
    assert cameo_plover("0312", table) == ("AGREE", None)  # 031 -> 03
    assert cameo_plover("010", table) == (None, None)  # statements: no event
    assert event_lexicon.CAMEO_FILE == "cameo_plover.csv"
