"""Events: verb and noun classes per PLOVER type, and general argument constructions.

New sentences of my own (not from any corpus). The fixtures and the small actor stand-in
come from `test_events`.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract import test_events as base
from tests.extract.test_events import _events, _statement, _summary


@pytest.fixture(scope="module", autouse=True)
def _gazetteer() -> None:
    from flashpoint.extract.places import load_gazetteer

    base._GAZETTEER[:] = [load_gazetteer()]


# ---------------------------------------------------------------------------
# people forced across a border; plans by someone; deception as the means of a purpose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polish guards drove them back to the Belarusian side at night.",
         {("COERCE", "deport", "POL-COP", "UNK-REF", "occurred")}),
        ("Latvian soldiers carried the migrants across the frontier.",
         {("COERCE", "deport", "LVA-MIL", "UNK-REF", "occurred")}),
        ("Lithuanian guards escorted the family to the Belarusian side.",
         {("COERCE", "deport", "LTU-COP", "UNK-REF", "occurred")}),
        ("Estonian guards marched the refugees back towards Russia.",
         {("COERCE", "deport", "EST-COP", "UNK-REF", "occurred")}),
        ("Polish soldiers forced the family back across the border.",
         {("COERCE", "deport", "POL-MIL", "UNK-REF", "occurred")}),
        ("Belarus drove the migrants to the Latvian border.",
         {("COERCE", None, "BLR-GOV", "LVA", "occurred")}),
    ],
    ids=["drove-back-to-the-side", "carried-across-the-frontier", "escorted-to-the-side",
         "marched-back", "forced-back-across", "drove-to-a-border-is-not-a-pushback"],
)  # fmt: skip
def test_people_forced_across_a_border(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


def test_pronoun_in_a_pushback_is_the_people_named_before(nlp: Any, lexicon: Any) -> None:
    text = "Twelve refugees reached the fence. Polish guards then took them back."
    found = _summary(_events(nlp, lexicon, text))
    assert found == {("COERCE", "deport", "POL-COP", "UNK-REF", "occurred")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials described a plot by Moscow to weaken Latvia by spreading false information.",
         {("COERCE", "misinformation", "RUS-GOV", "LVA-GOV", "occurred")}),
        ("Russia's attempt to isolate Lithuania by feeding fake news to its voters failed.",
         {("COERCE", "misinformation", "RUS-GOV", "LTU-GOV", "occurred")}),
        ("Belarusian officials lied to the refugees about the border.",
         {("COERCE", "misinformation", "BLR-GOV", "UNK-REF", "occurred")}),
        ("Latvia and Estonia condemned a scheme by Minsk to unsettle their economies by "
         "falsely telling migrants that the border was open.",
         {("ACCUSE", "disapprove", "LVA-GOV", "BLR-GOV", "occurred"),
          ("ACCUSE", "disapprove", "EST-GOV", "BLR-GOV", "occurred"),
          ("COERCE", "misinformation", "BLR-GOV", "EST-GOV", "occurred")}),
    ],
    ids=["plot-by-x-to-weaken-by-spreading", "attempt-of-x-by-feeding-fake-news", "lied-to",
         "their-economies-is-the-last-country"],
)  # fmt: skip
def test_plans_by_someone_and_deception(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


# ---------------------------------------------------------------------------
# verb and noun classes, one table per PLOVER family (synonyms a news writer uses)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia is pouring soldiers into Belarus.",
         {("MOBILIZE", "troops", "RUS-MIL", "BLR", "occurred")}),
        ("Moscow has beefed up its army near the Latvian border.",
         {("MOBILIZE", "troops", "RUS-MIL", "LVA", "occurred")}),
        ("Germany will transfer troops to Lithuania.",
         {("MOBILIZE", "troops", "DEU-MIL", "LTU", "planned")}),
        ("Romania called up reservists on Monday.",
         {("MOBILIZE", "troops", "ROU-MIL", None, "occurred")}),
        ("Estonian police stepped up patrols on the border with Russia.",
         {("MOBILIZE", "police", "EST-COP", "RUS", "occurred")}),
        ("Moscow ordered more troops to the Ukrainian frontier.",
         {("MOBILIZE", "troops", "RUS-MIL", "UKR", "occurred")}),
        ("Norway rushed soldiers to Finland.",
         {("MOBILIZE", "troops", "NOR-MIL", "FIN", "occurred")}),
        ("Russian troops left Belarus.",
         {("RETREAT", "withdraw", "RUS-MIL", "BLR-GOV", "occurred")}),
        ("Russia will scale back its troops in Belarus.",
         {("RETREAT", "withdraw", "RUS-GOV", "BLR", "planned")}),
    ],
    ids=["pour-into", "beef-up", "transfer", "call-up", "step-up-patrols", "order-troops-to",
         "rush", "troops-left", "scale-back"],
)  # fmt: skip
def test_deployment_and_withdrawal_classes(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvian guards caught a group of Syrians near the fence.",
         {("COERCE", "arrest", "LVA-COP", "UNK-REF", "occurred")}),
        ("Polish police took the migrants into custody.",
         {("COERCE", "arrest", "POL-COP", "UNK-REF", "occurred")}),
        ("Finland barred migrants from the crossing.",
         {("COERCE", "restrict", "FIN-GOV", "UNK-REF", "occurred")}),
        ("Russian missiles hit Kyiv overnight.",
         {("ASSAULT", None, "RUS-MIL", "UKR-GOV", "occurred")}),
        ("Russian artillery pounded Ukrainian positions.",
         {("ASSAULT", "heavy-weapons", "RUS-MIL", "UKR-GOV", "occurred")}),
    ],
    ids=["caught", "into-custody-targets-the-object", "barred", "missiles-hit", "pounded"],
)  # fmt: skip
def test_control_and_force_classes(nlp: Any, lexicon: Any, text: str, expected: set[Any]) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvia charged Belarus with organising the crossings.",
         {("ACCUSE", "allege", "LVA-GOV", "BLR-GOV", "occurred"),
          ("COERCE", None, "BLR-GOV", "LVA", "claimed")}),
        ("Estonia held Moscow responsible for the incident.",
         {("ACCUSE", "allege", "EST-GOV", "RUS-GOV", "occurred")}),
        ("Moldova implored the EU to act.",
         {("REQUEST", "change", "MDA-GOV", "EU", "occurred")}),
        ("Hungary opposed the plan.", {("REJECT", None, "HUN-GOV", None, "occurred")}),
        ("Belarus suspended its participation in the treaty.",
         {("REJECT", None, "BLR-GOV", None, "occurred")}),
        ("Moscow vowed to retaliate against Latvia.",
         {("THREATEN", None, "RUS-GOV", "LVA-GOV", "occurred")}),
        ("Latvia issued a warning to Belarus.",
         {("THREATEN", None, "LVA-GOV", "BLR-GOV", "occurred")}),
        ("France stands with Moldova.", {("SUPPORT", None, "FRA-GOV", "MDA-GOV", "occurred")}),
        ("Finland hailed Estonia for its courage.",
         {("SUPPORT", None, "FIN-GOV", "EST-GOV", "occurred")}),
        ("Norway gave Ukraine political cover.",
         {("SUPPORT", None, "NOR-GOV", "UKR-GOV", "occurred")}),
    ],
    ids=["charged-with-gerund-is-the-charged", "held-responsible", "implored", "opposed",
         "suspended-participation", "vowed-to-retaliate", "issued-a-warning-to", "stands-with",
         "hailed", "gave-cover"],
)  # fmt: skip
def test_speech_act_classes(nlp: Any, lexicon: Any, text: str, expected: set[Any]) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU adopted new restrictions on Belarus.",
         {("SANCTION", "discontinue", "EU", "BLR", "occurred")}),
        ("Britain froze the assets of Belarusian officials.",
         {("SANCTION", "discontinue", "GBR-GOV", "BLR-GOV", "occurred")}),
        ("Britain is arming Ukraine.", {("AID", None, "GBR-GOV", "UKR-GOV", "occurred")}),
        ("Sweden allocated 20 million euros to Moldova.",
         {("AID", None, "SWE-GOV", "MDA", "occurred")}),
        ("Macron travelled to Kyiv on Monday.",
         {("CONSULT", "visit", "FRA-GOV", "UKR", "occurred")}),
        ("Macron talked to Lukashenko by phone.",
         {("CONSULT", "phone", "FRA-GOV", "BLR-GOV", "occurred")}),
        ("Macron called Lukashenko on Monday.",
         {("CONSULT", "phone", "FRA-GOV", "BLR-GOV", "occurred")}),
        ("Romania and Moldova reached an agreement on border crossings.",
         {("AGREE", None, "ROU-GOV", "MDA-GOV", "occurred")}),
        ("Finland will collaborate with Estonia on air defence.",
         {("COOPERATE", None, "FIN-GOV", "EST-GOV", "planned")}),
        ("Finland relaxed the restrictions on Estonian trucks.",
         {("CONCEDE", None, "FIN-GOV", "EST", "occurred")}),
        ("Minsk backed down.", {("CONCEDE", None, "BLR-GOV", None, "occurred")}),
        ("Estonia lifted the state of emergency.",
         {("CONCEDE", None, "EST-GOV", None, "occurred")}),
        ("Estonian farmers took to the streets in Tallinn.",
         {("PROTEST", "demo", "EST-CVL", None, "occurred")}),
    ],
    ids=["adopted-restrictions", "froze-assets", "arming", "allocated-money", "travelled-to",
         "talked-by-phone", "called-someone-on-a-day", "reached-an-agreement", "collaborate",
         "relaxed", "backed-down", "lifted-an-emergency-is-no-emergency", "took-to-the-streets"],
)  # fmt: skip
def test_sanction_aid_meeting_and_concession_classes(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Will Latvia close the border?",
        "Migrants travelled to Minsk in October.",
        "Russian troops arrived in Belarus on Monday.",
    ],
    ids=["question", "migrants-travelling-are-no-visit", "troops-arriving-are-no-visit"],
)
def test_no_visit_or_question(nlp: Any, lexicon: Any, text: str) -> None:
    assert "CONSULT" not in {e.type for e in _events(nlp, lexicon, text)}
    if text.endswith("?"):
        assert _events(nlp, lexicon, text) == []


def test_protesters_of_a_nationality_are_civilians(nlp: Any) -> None:
    from flashpoint.extract.actors import ActorMention
    from flashpoint.extract.event_arguments import source_code

    poles = ActorMention(0, 5, "Poles", "POL", None, "demonym")
    assert source_code(poles, "PROTEST") == "POL-CVL"
    assert source_code(poles, "ACCUSE") == "POL-GOV"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trains carrying Russian tanks arrived in Belarus.",
         {("MOBILIZE", "weapons", "RUS-MIL", "BLR", "occurred")}),
        ("Russian paratroopers landed in Moldova.",
         {("MOBILIZE", "troops", "RUS-MIL", "MDA", "occurred")}),
        ("Russia flew bombers over Belarus on Tuesday.",
         {("MOBILIZE", None, "RUS-MIL", "BLR-GOV", "occurred")}),
        ("Ukrainian forces carried out a drone strike on Russia.",
         {("ASSAULT", "aerial", "UKR-MIL", "RUS", "occurred")}),
    ],
    ids=["carrying-nationals-weapons", "landed", "flew-bombers", "carried-out-is-no-move"],
)  # fmt: skip
def test_moved_forces_and_their_owner(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


def test_visits_need_a_person_or_a_government(nlp: Any, lexicon: Any) -> None:
    assert _summary(_events(nlp, lexicon, "Macron arrived in Kyiv.")) == {
        ("CONSULT", "visit", "FRA-GOV", "UKR-GOV", "occurred")
    }
    assert _events(nlp, lexicon, "Russian soldiers arrived in Kyiv.")[0].type == "MOBILIZE"


def test_no_on_the_object_negates_without_a_refusal(nlp: Any, lexicon: Any) -> None:
    text = "Belarusian soldiers will hold no drills near the border, Lukashenko said."
    content = "Belarusian soldiers will hold no drills near the border"
    statement = _statement(text, "said", content, "asserted", "BLR-GOV")
    types = {(e.type, e.status) for e in _events(nlp, lexicon, text, [statement])}
    assert ("MOBILIZE", "negated") in types
    assert "REJECT" not in {t for t, _ in types}


def test_pushed_back_into_a_country_is_not_that_country_s_act(nlp: Any, lexicon: Any) -> None:
    found = _events(nlp, lexicon, "Another 30 migrants were pushed back into Belarus.")
    assert not any(e.source.startswith("BLR") for e in found)


def test_a_hostile_act_called_deliberate_is_a_charge(nlp: Any, lexicon: Any) -> None:
    text = "Belarus is deliberately using migrants as a tool of pressure against Latvia, she said."
    content = "Belarus is deliberately using migrants as a tool of pressure against Latvia"
    statement = _statement(text, "said", content, "asserted", "LVA-GOV")
    assert _summary(_events(nlp, lexicon, text, [statement])) == {
        ("COERCE", None, "BLR-GOV", "LVA-GOV", "occurred"),
        ("ACCUSE", "disapprove", "LVA-GOV", "BLR-GOV", "occurred"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Macron will send troops to Estonia.",
         {("MOBILIZE", "troops", "FRA-MIL", "EST", "planned")}),
        ("Hungary refused to commit soldiers before a deal is signed.",
         {("REJECT", None, "HUN-GOV", None, "occurred"),
          ("MOBILIZE", "troops", "HUN-MIL", None, "negated")}),
    ],
    ids=["leader-sends-the-armed-forces", "commit-troops-and-a-passive-clause-of-its-own"],
)  # fmt: skip
def test_leaders_and_commitments(nlp: Any, lexicon: Any, text: str, expected: set[Any]) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian soldiers are massed near Latvia, and an attack could come soon.",
         {("MOBILIZE", "troops", "RUS-MIL", "LVA", "occurred"),
          ("ASSAULT", None, "RUS-MIL", "LVA", "possible")}),
        ("Russian soldiers are massed near Latvia, and the attack was condemned.",
         {("MOBILIZE", "troops", "RUS-MIL", "LVA", "occurred")}),
    ],
    ids=["doerless-attack-takes-the-forces-named", "a-definite-attack-is-a-reference"],
)  # fmt: skip
def test_doerless_force_takes_the_forces_named(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine received forty tanks from Norway.",
         {("AID", None, "NOR-GOV", "UKR", "occurred")}),
        ("Estonia is hosting 800 Norwegian soldiers.",
         {("MOBILIZE", "troops", "NOR-MIL", "EST", "occurred")}),
        ("Germany offered Moldova help with the border.",
         {("AID", None, "DEU-GOV", "MDA-GOV", "occurred")}),
        ("Moldova requested NATO assistance.",
         {("REQUEST", "assist", "MDA-GOV", "NATO", "occurred")}),
    ],
    ids=["received-from", "hosting-troops", "offered-help", "requested-aid-is-no-aid-yet"],
)  # fmt: skip
def test_receivers_and_hosts(nlp: Any, lexicon: Any, text: str, expected: set[Any]) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks between Macron and Lukashenko ended without a deal.",
         {("CONSULT", None, "FRA-GOV", "BLR-GOV", "occurred")}),
        ("Britain's delivery of rifles to Ukraine continued.",
         {("AID", None, "GBR-GOV", "UKR", "occurred")}),
        ("Moscow's threat to cut gas supplies to Moldova alarmed the EU.",
         {("THREATEN", None, "RUS-GOV", "MDA-GOV", "occurred")}),
        ("The threat on the border with Russia is growing.", set()),
    ],
    ids=["talks-between", "delivery-of-arms", "owned-threat", "unowned-threat-is-no-act"],
)  # fmt: skip
def test_nominal_acts_and_their_parties(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland called the EU's decision a mistake.", set()),
        ("Macron called Lukashenko on Monday.",
         {("CONSULT", "phone", "FRA-GOV", "BLR-GOV", "occurred")}),
        ("Macron arrived in Kyiv for talks.",
         {("CONSULT", "visit", "FRA-GOV", "UKR-GOV", "occurred")}),
    ],
    ids=["called-a-thing-something-is-no-call", "called-someone", "visit-for-talks-is-one-meeting"],
)  # fmt: skip
def test_calls_and_visits(nlp: Any, lexicon: Any, text: str, expected: set[Any]) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


def test_an_elided_count_held_for_days_is_a_detention(nlp: Any, lexicon: Any) -> None:
    text = "The five were held at a guard post for two days, the Polish guard said."
    content = "The five were held at a guard post for two days"
    statement = _statement(text, "said", content, "asserted", "POL-COP")
    found = {(e.type, e.mode, e.source, e.target) for e in _events(nlp, lexicon, text, [statement])}
    assert ("COERCE", "arrest", "POL-COP", "UNK-REF") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway has flown 300 anti-tank rifles to Kyiv.",
         {("AID", None, "NOR-GOV", "UKR", "occurred")}),
        ("Finland transferred 40 mortars to Ukraine in May.",
         {("AID", None, "FIN-GOV", "UKR", "occurred")}),
        ("Norway flew food and blankets to the migrants at the border.",
         {("AID", None, "NOR-GOV", "UNK-REF", "occurred")}),
        ("Russia flew two bombers over the Baltic Sea.",
         {("MOBILIZE", None, "RUS-MIL", None, "occurred")}),
        ("Russia transferred two warships to the Baltic Sea.",
         {("MOBILIZE", "weapons", "RUS-MIL", None, "occurred")}),
    ],
    ids=["weapons-flown-are-aid", "weapons-transferred-are-aid", "relief-flown-is-aid",
         "bombers-flown-deploy",
         "warships-transferred-deploy"],
)  # fmt: skip
def test_weapons_handed_over_are_aid_platforms_moved_are_deployments(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    found = _summary(_events(nlp, lexicon, text))
    assert {e for e in found if e[0] in ("AID", "MOBILIZE")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lithuania lodged a formal protest with Belarus over the balloons.",
         {("ACCUSE", "disapprove", "LTU-GOV", "BLR-GOV", "occurred")}),
        ("Belarus branded the Polish report a fabrication.",
         {("ACCUSE", "disapprove", "BLR-GOV", "POL-GOV", "occurred")}),
        ("Poland struck a deal with Lithuania on the border patrols.",
         {("AGREE", None, "POL-GOV", "LTU-GOV", "occurred")}),
        ("Estonia called in the Russian ambassador on Friday.",
         {("ACCUSE", "disapprove", "EST-GOV", "RUS-GOV", "occurred")}),
    ],
    ids=["a-formal-protest-is-no-demonstration", "branded-a-fabrication", "struck-a-deal",
         "called-in-an-ambassador"],
)  # fmt: skip
def test_diplomatic_protests_and_evaluations(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden declined to send mortars to Ukraine.",
         {("REJECT", None, "SWE-GOV", "UKR", "occurred")}),
        ("The Swedish minister declined to comment on the report.", set()),
        ("Shares declined sharply in Riga.", set()),
    ],
    ids=["declined-to-send", "declined-to-comment", "declined-intransitive"],
)  # fmt: skip
def test_declining_an_act_is_a_refusal_declining_to_speak_is_not(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    found = _summary(_events(nlp, lexicon, text))
    assert {e for e in found if e[0] == "REJECT"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarusian soldiers herded the migrants towards the Polish fence.",
         {("COERCE", None, "BLR-MIL", "POL")}),
        ("Polish and Lithuanian troops will train together near the border.",
         {("COOPERATE", None, "LTU-GOV", "POL-MIL")}),
        ("Ukrainian troops pushed Russian forces back from the river.",
         {("ASSAULT", None, "UKR-MIL", "RUS-GOV")}),
        ("Polish guards pushed the migrants back into Belarus.",
         {("COERCE", "deport", "POL-COP", "UNK-REF")}),
    ],
    ids=["herded-to-a-fence", "train-together", "forces-pushed-back", "people-pushed-back"],
)  # fmt: skip
def test_people_driven_forces_beaten_back_and_joint_training(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert {e[:4] for e in _summary(_events(nlp, lexicon, text))} == expected
