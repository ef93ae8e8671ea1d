"""Event arguments and status on new sentences, through the whole extractor (real actors).

Several actors or targets in one mention, agentless and stative control acts, and the
status of events under modals, conditionals, plans and negation. The sentences are new
(not corpus ones): the rules must carry over to unseen reports.
"""

from __future__ import annotations

from typing import Any

import pytest

from flashpoint.records import Document, Record

PUBLISHED = "2021-11-10"


@pytest.fixture(scope="module")
def extractor() -> Any:
    from flashpoint.config import Settings
    from flashpoint.pipeline import Extractor

    return Extractor(Settings())


def _record(extractor: Any, text: str) -> Record:
    document = Document.from_text(text, file="t.txt", published=PUBLISHED)
    record: Record = extractor([document])[0]
    return record


def _events(extractor: Any, text: str) -> set[tuple[str, str | None, str | None, str]]:
    """(type, source entity, target entity, status) of every event of `text`."""
    return {
        (e.type, e.source.split("-")[0], e.target.split("-")[0] if e.target else None, e.status)
        for e in _record(extractor, text).events
    }


# ---------------------------------------------------------------------------
# status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland is set to deploy 10,000 more soldiers to Lithuania.",
         ("MOBILIZE", "POL", "LTU", "planned")),
        ("Latvia is due to send troops to Estonia next month.",
         ("MOBILIZE", "LVA", "EST", "planned")),
        ("Minsk failed to deploy its troops to the border with Ukraine in time.",
         ("MOBILIZE", "BLR", "UKR", "negated")),
        ("Finland is unlikely to send troops to Ukraine.",
         ("MOBILIZE", "FIN", "UKR", "possible")),
        ("Poland hopes to send troops to Lithuania.",
         ("MOBILIZE", "POL", "LTU", "possible")),
        ("Russia would attack Ukraine if NATO expanded further.",
         ("ASSAULT", "RUS", "UKR", "possible")),
        ("Neither Latvia nor Lithuania deployed troops to Ukraine.",
         ("MOBILIZE", "LTU", "UKR", "negated")),
        ("Germany declined to send weapons to Ukraine.",
         ("AID", "DEU", "UKR", "negated")),
        ("Russia has no intention of attacking anyone, Lavrov said.",
         ("ASSAULT", "RUS", None, "negated")),
        ("The Czech ministry said Prague would support any Slovak request for aid.",
         ("SUPPORT", "CZE", "SVK", "possible")),
        ("Minsk accused Poland of beating refugees and throwing them back across the border.",
         ("COERCE", "POL", "UNK", "claimed")),
    ],
    ids=["set-to", "due-to", "failed-to", "unlikely", "hopes", "would-if", "neither-nor",
         "declined", "no-intention", "would-any", "accused-conjunct"],
)  # fmt: skip
def test_status_of_unseen_shapes(extractor: Any, text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _events(extractor, text)


# ---------------------------------------------------------------------------
# several actors or targets in one mention: one event each


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers of the Estonian army and officers of the Finnish police will be deployed "
         "to the frontier.",
         {("MOBILIZE", "EST"), ("MOBILIZE", "FIN")}),
        ("Allies such as Canada, Norway and Denmark train Ukrainian forces.",
         {("AID", "CAN"), ("AID", "NOR"), ("AID", "DNK")}),
        ("The Danish and Dutch governments sent helmets to Ukraine.",
         {("AID", "DNK"), ("AID", "NLD")}),
        ("Macron and Scholz met in Berlin on Monday.",
         {("CONSULT", "FRA")}),
        ("Estonia, together with Finland, moved troops to the Russian border.",
         {("MOBILIZE", "EST"), ("MOBILIZE", "FIN")}),
        ("Latvia and Estonia, along with Lithuania, sent helmets to Ukraine.",
         {("AID", "LVA"), ("AID", "EST"), ("AID", "LTU")}),
        ("Norway as well as Denmark sent troops to Estonia.",
         {("MOBILIZE", "NOR"), ("MOBILIZE", "DNK")}),
    ],
    ids=["units-of", "such-as", "adjective-list", "reciprocal-no-target", "together-with",
         "along-with", "as-well-as"],
)  # fmt: skip
def test_one_event_per_source(extractor: Any, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(t, s) for t, s, _, _ in _events(extractor, text)} >= expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany will coordinate closely with France, with Poland and with Ukraine.",
         {("COOPERATE", "FRA"), ("COOPERATE", "POL"), ("COOPERATE", "UKR")}),
        ("Sweden expressed solidarity with its Estonian, Finnish and Danish partners.",
         {("SUPPORT", "EST"), ("SUPPORT", "FIN"), ("SUPPORT", "DNK")}),
        ("Canada is in close contact with our Estonian, Finnish and Latvian allies.",
         {("CONSULT", "EST"), ("CONSULT", "FIN"), ("CONSULT", "LVA")}),
        ("Moscow imposed new restrictions against Estonia and the European Union.",
         {("SANCTION", "EST"), ("SANCTION", "EU")}),
        ("Denmark sent jets to Estonia and to Latvia.",
         {("MOBILIZE", "EST"), ("MOBILIZE", "LVA")}),
    ],
    ids=["repeated-preposition", "adjective-list-target", "country-and-union",
         "adjective-list-of-names", "conjoined-dative"],
)  # fmt: skip
def test_one_event_per_target(extractor: Any, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(t, g) for t, _, g, _ in _events(extractor, text) if g} >= expected


def test_a_group_without_listed_members_stays_one(extractor: Any) -> None:
    found = _events(extractor, "Partners as far apart as Japan sent aid to Ukraine.")
    assert {s for t, s, _, _ in found if t == "AID"} <= {"UNK", "JPN"}


# ---------------------------------------------------------------------------
# control acts with no doer in the clause: the home country's police


HOME = "The Estonian interior minister said the situation at the border was calm. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HOME + "Reporters remain barred from the frontier area.",
         ("COERCE", "EST", "UNK", "occurred")),
        ("The road to Narva will stay blocked until spring, the Estonian police said.",
         ("COERCE", "EST", None, "planned")),
        (HOME + "Two medics were detained near the Russian border on Friday.",
         ("COERCE", "EST", "EST", "occurred")),
        (HOME + "Twelve migrants were held at a guard post near Narva.",
         ("COERCE", "EST", "UNK", "occurred")),
        (HOME + "Officers detained three activists who were bringing water to the forest.",
         ("COERCE", "EST", "EST", "occurred")),
        (HOME + "It is the state that has pushed dozens of families back into Russia.",
         ("COERCE", "EST", "UNK", "occurred")),
        (HOME + "Four volunteers will remain in custody until Friday.",
         ("COERCE", "EST", "UNK", "planned")),
    ],
    ids=["remain-barred", "stay-blocked", "agentless-detention", "held-at-a-post",
         "unplaced-officers", "generic-state", "remain-in-custody"],
)  # fmt: skip
def test_control_acts_with_no_doer(extractor: Any, text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _events(extractor, text)


def test_a_state_that_is_no_restriction_is_no_event(extractor: Any) -> None:
    found = _events(extractor, HOME + "Reporters remained in the frontier area for days.")
    assert not {e for e in found if e[0] == "COERCE"}


# ---------------------------------------------------------------------------
# refusals and criticism aimed back at a claim or act named before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vilnius accused Minsk of sending migrants. Minsk rejected the account.",
         ("REJECT", "BLR", "LTU", "occurred")),
        ("Estonian guards fired warning shots, Moscow said. Tallinn denied the report.",
         ("REJECT", "EST", "RUS", "occurred")),
        ("Russian forces shelled the port on Sunday. Zelensky condemned the attack.",
         ("ACCUSE", "UKR", "RUS", "occurred")),
        ("Britain announced plans to send troops to Estonia. Moscow condemned such plans.",
         ("ACCUSE", "RUS", "GBR", "occurred")),
    ],
    ids=["rejected-the-account", "denied-the-report", "condemned-the-attack", "such-plans"],
)  # fmt: skip
def test_refusal_of_a_claim_is_aimed_at_its_maker(
    extractor: Any, text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in _events(extractor, text)


def test_an_owned_object_keeps_its_own_target(extractor: Any) -> None:
    found = _events(extractor, "Kyiv accused Minsk of lying. Moscow rejected the report by Latvia.")
    assert ("REJECT", "RUS", "UKR", "occurred") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden is prepared in principle to send troops to Ukraine.",
         ("MOBILIZE", "SWE", "UKR", "possible")),
        ("Belarusian guards had not fired a single shot, Minsk said.",
         ("ASSAULT", "BLR", None, "negated")),
        ("Latvia never intended to close its border with Belarus.",
         ("COERCE", "LVA", "BLR", "negated")),
        ("Vilnius fears that Belarus will attack from the east.",
         ("ASSAULT", "BLR", "LTU", "possible")),
        ("Estonian officials fear the drills could allow Russia to invade Latvia.",
         ("ASSAULT", "RUS", "LVA", "possible")),
        ("Finland has yet to send troops to Estonia.",
         ("MOBILIZE", "FIN", "EST", "negated")),
        ("Russia may be preparing an attack on Moldova.",
         ("ASSAULT", "RUS", "MDA", "possible")),
        ("The planned deployment of Czech troops to Slovakia was approved.",
         ("MOBILIZE", "CZE", "SVK", "planned")),
        ("Austria is unwilling to send weapons to Ukraine.",
         ("AID", "AUT", "UKR", "negated")),
        ("The Czech minister welcomed plans by Prague to supply howitzers to Ukraine.",
         ("AID", "CZE", "UKR", "planned")),
        ("The Belarusian army announced snap drills near the Lithuanian border.",
         ("MOBILIZE", "BLR", "LTU", "planned")),
        ("Russia is believed to have moved 5,000 troops to Belarus.",
         ("MOBILIZE", "RUS", "BLR", "claimed")),
        ("Belarus appears to have moved troops to the Polish border.",
         ("MOBILIZE", "BLR", "POL", "claimed")),
        ("Russian troops apparently crossed into Ukraine overnight.",
         ("COERCE", "RUS", "UKR", "claimed")),
        ("Russia no longer keeps troops near the Estonian border.",
         ("MOBILIZE", "RUS", "EST", "negated")),
        ("None of the Nordic states sent troops to Ukraine.",
         ("MOBILIZE", "UNK", "UKR", "negated")),
        ("Not a single Belarusian soldier crossed into Latvia, Minsk said.",
         ("COERCE", "BLR", "LVA", "negated")),
        ("Norway did not rule out sending troops to Estonia.",
         ("MOBILIZE", "NOR", "EST", "possible")),
        ("Minsk rejected accusations that it had deployed troops near Vilnius.",
         ("MOBILIZE", "BLR", "LTU", "denied")),
        ("No attack on Lithuania is being prepared, Lukashenko said.",
         ("ASSAULT", "BLR", "LTU", "negated")),
        ("Estonia will deploy troops to Narva in case of an incursion.",
         ("MOBILIZE", "EST", None, "possible")),
        ("NATO agreed to send more troops to Estonia.", ("MOBILIZE", "NATO", "EST", "planned")),
        ("The EU decided to impose sanctions on Belarus.",
         ("SANCTION", "EU", "BLR", "occurred")),
    ],
    ids=["prepared-to", "not-a-single-shot", "never-intended", "fears-that", "fear-allow-to",
         "has-yet-to", "may-be-preparing", "planned-noun", "unwilling", "welcomed-plans-to",
         "announced-drills", "is-believed-to", "appears-to", "apparently", "no-longer",
         "none-of", "not-a-single", "did-not-rule-out", "rejected-accusations-that",
         "no-attack-is-prepared", "in-case-of", "agreed-to-send", "decided-sanctions"],
)  # fmt: skip
def test_more_status_shapes(extractor: Any, text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _events(extractor, text)


def test_distinct_acts_of_one_kind_are_one_event_each(extractor: Any) -> None:
    text = "Estonian guards detained the migrants and pushed them back to Russia."
    modes = {e.mode for e in _record(extractor, text).events if e.type == "COERCE"}
    assert modes >= {"arrest", "deport"}


def test_named_members_of_a_placed_group(extractor: Any) -> None:
    found = _events(extractor, "Allies like Norway, Canada and Denmark sent weapons to Ukraine.")
    assert {s for t, s, _, _ in found if t == "AID"} == {"NOR", "CAN", "DNK"}


def test_officers_beside_soldiers_are_a_police_deployment(extractor: Any) -> None:
    text = "Soldiers of the Estonian army and officers of the Estonian police will be sent north."
    record = _record(extractor, text)
    assert {e.mode for e in record.events if e.type == "MOBILIZE"} == {"troops", "police"}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The Spanish government ruled out Spanish soldiers for the mission in Ukraine.",
         ("MOBILIZE", "ESP", "UKR", "negated"), None),
        ("Denmark, which has declined to send tanks to Ukraine, offered fuel instead.",
         ("REJECT", "DNK", "UKR", "occurred"), None),
        ("The Kremlin has rejected any presence of European troops in Ukraine.",
         ("REJECT", "RUS", "EU", "occurred"), "MOBILIZE"),
        ("Hungary refused to risk its soldiers in Ukraine.",
         ("MOBILIZE", "HUN", "UKR", "negated"), None),
    ],
    ids=["ruled-out-own-soldiers", "declined-to-send", "others-troops-not-coded",
         "refused-to-risk-soldiers"],
)  # fmt: skip
def test_refusals_of_troops_and_aid(
    extractor: Any, text: str, expected: tuple[Any, ...], absent: str | None
) -> None:
    found = _events(extractor, text)
    assert expected in found
    assert absent is None or not any(e[0] == absent for e in found)


def test_an_apposed_list_replaces_its_group_noun(extractor: Any) -> None:
    text = "The two Nordic states, Norway and Denmark, condemned the attack on the ship."
    sources = {s for t, s, _, _ in _events(extractor, text) if t == "ACCUSE"}
    assert sources == {"NOR", "DNK"}


def test_a_counted_group_includes_the_speaker_s_country(extractor: Any) -> None:
    text = (
        "Estonia and Finland face the same threat, Latvian Prime Minister Krisjanis Karins "
        "said. The three countries would coordinate their air defence with NATO, he said."
    )
    sources = {s for t, s, _, _ in _events(extractor, text) if t == "COOPERATE"}
    assert sources == {"EST", "FIN", "LVA"}


def test_a_hostile_act_told_by_another_country_is_aimed_at_it(extractor: Any) -> None:
    text = (
        "Estonia needs more troops to repel potential incursions from Russia, the Estonian "
        "defence minister said."
    )
    assert ("COERCE", "RUS", "EST", "possible") in _events(extractor, text)


def test_a_refused_idea_with_its_content_points_back_to_no_one(extractor: Any) -> None:
    text = "Kyiv urged a new summit. The Kremlin dismissed the idea of guarantees without Moscow."
    found = _events(extractor, text)
    assert ("REJECT", "RUS", "UKR", "occurred") not in found


def test_a_transcript_label_is_the_voice_of_its_turn(extractor: Any) -> None:
    text = (
        "Press remarks by the NATO Secretary General\n\n"
        "NATO SECRETARY GENERAL: Good morning. Russia continues to mass troops near Latvia. "
        "We have sent more jets to Estonia.\n\n"
        "QUESTION: Will you send more?\n"
    )
    found = _events(extractor, text)
    assert ("MOBILIZE", "NATO", "EST", "occurred") in found
    assert not any(s == "RUS" and g == "EST" for _, s, g, _ in found)


def test_clauses_with_their_own_subject_are_events_of_their_own(extractor: Any) -> None:
    text = "Latvia has sent troops to Estonia, and it has moved more soldiers to Estonia since."
    record = _record(extractor, text)
    assert sum(1 for e in record.events if e.type == "MOBILIZE") == 2


def test_a_refusal_in_a_transcript_turn_is_a_reject(extractor: Any) -> None:
    text = (
        "Remarks by the NATO Secretary General\n\n"
        "NATO SECRETARY GENERAL: NATO has no plans to deploy combat troops to Moldova.\n"
    )
    found = _events(extractor, text)
    assert ("REJECT", "NATO", "MDA", "occurred") in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Lavrov warned that any British troops sent to Ukraine would be legitimate targets.",
         "MOBILIZE"),
        ("Of those arrested near Narva, twelve were Syrians, the Estonian police said.",
         "COERCE"),
        ("Such a deployment would mean war, the Russian foreign minister said.", "MOBILIZE"),
        ("The Swedish minister, visiting Tallinn, urged Russia to respect the border.",
         "CONSULT"),
        ("Latvia called on Russia to de-escalate and to pull back its troops.", "RETREAT"),
        ("The Dutch units are not going to Ukraine, the Dutch minister said.", "REJECT"),
        ("The summit brought together ministers from ten countries supporting Moldova.",
         "SUPPORT"),
        ("Denmark has not said how many soldiers it would send to Estonia.", "MOBILIZE"),
        ("The minister declined to say whether Finnish troops would be deployed to Estonia.",
         "MOBILIZE"),
    ],
    ids=["any-troops-deployed", "those-arrested", "such-a-deployment", "visiting-setting",
         "requested-pull-back", "not-going-is-no-refusal", "supporting-describes",
         "how-many-left-open",
         "whether-left-open"],
)  # fmt: skip
def test_descriptions_and_contents_are_no_events(extractor: Any, text: str, absent: str) -> None:
    assert not any(t == absent for t, _, _, _ in _events(extractor, text))


def test_a_result_participle_is_part_of_its_act(extractor: Any) -> None:
    text = "Russian forces fired rockets at Ukrainian towns overnight, killing three people."
    assert sum(1 for e in _record(extractor, text).events if e.type == "ASSAULT") == 1


def test_a_verb_in_case_of_leaves_its_object_held(extractor: Any) -> None:
    text = "Finland and Sweden intensified talks on air defence in case of a Russian attack."
    found = _events(extractor, text)
    assert any(t == "CONSULT" and st == "occurred" for t, _, _, st in found)


def test_people_beside_a_state_are_kept(extractor: Any) -> None:
    found = _events(extractor, "Polish police detained migrants and two Polish activists.")
    assert {g for t, _, g, _ in found if t == "COERCE"} >= {"UNK", "POL"}
