"""Events: triggers, arguments, status and attribution on new sentences (not corpus ones)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from flashpoint.errors import ConfigError
from flashpoint.extract.actors import ActorIndex, ActorMention
from flashpoint.extract.event_lexicon import find_triggers, parse_lexicon
from flashpoint.extract.events import extract_events
from flashpoint.records import Event, Speaker, Statement

# A small stand-in for the actor stage: names, demonyms and sector nouns.
_NAMES = {
    "russia": ("RUS-GOV", "country"), "russian": ("RUS-GOV", "demonym"),
    "moscow": ("RUS-GOV", "metonym"), "latvia": ("LVA-GOV", "country"),
    "latvian": ("LVA-GOV", "demonym"), "lithuania": ("LTU-GOV", "country"),
    "lithuanian": ("LTU-GOV", "demonym"), "belarus": ("BLR-GOV", "country"),
    "belarusian": ("BLR-GOV", "demonym"), "minsk": ("BLR-GOV", "metonym"),
    "estonia": ("EST-GOV", "country"), "estonian": ("EST-GOV", "demonym"),
    "norwegian": ("NOR-GOV", "demonym"), "finland": ("FIN-GOV", "country"),
    "germany": ("DEU-GOV", "country"), "norway": ("NOR-GOV", "country"),
    "romania": ("ROU-GOV", "country"), "bulgaria": ("BGR-GOV", "country"),
    "moldova": ("MDA-GOV", "country"), "moldovan": ("MDA-GOV", "demonym"),
    "france": ("FRA-GOV", "country"),
    "britain": ("GBR-GOV", "country"), "hungary": ("HUN-GOV", "country"),
    "slovakia": ("SVK-GOV", "country"), "polish": ("POL-GOV", "demonym"),
    "poland": ("POL-GOV", "country"), "ukraine": ("UKR-GOV", "country"),
    "ukrainian": ("UKR-GOV", "demonym"), "kyiv": ("UKR-GOV", "metonym"),
    "sweden": ("SWE-GOV", "country"), "nato": ("NATO", "org"), "eu": ("EU", "org"),
    "macron": ("FRA-GOV", "name"), "lukashenko": ("BLR-GOV", "name"),
    "syrians": ("SYR", "demonym"),
}  # fmt: skip
_SECTORS = {
    "soldier": "MIL", "troop": "MIL", "guard": "COP", "farmer": "CVL", "army": "MIL",
    "ambassador": "GOV", "instructor": "MIL", "minister": "GOV", "police": "COP",
}  # fmt: skip
_PEOPLE = {"migrant": "UNK-REF", "refugee": "UNK-REF"}


class FakeActors(ActorIndex):
    """Resolve a token by its own text, or a sector noun by its nationality modifier."""

    def resolve(self, target: Any) -> ActorMention | None:
        token = getattr(target, "root", target)
        start, end = token.idx, token.idx + len(token.text)
        if token.lower_ in _NAMES:
            actor, kind = _NAMES[token.lower_]
            return ActorMention(start, end, token.text, actor, None, kind)
        if token.lemma_.lower() in _PEOPLE:
            return ActorMention(
                start, end, token.text, _PEOPLE[token.lemma_.lower()], None, "group"
            )
        if token.lemma_.lower() in ("ministry", "cabinet") and not any(
            c.lower_ in _NAMES for c in token.children
        ):  # "the interior ministry": an institution with no country word
            left = token.left_edge.idx
            return ActorMention(left, end, token.doc.text[left:end], "UNK-GOV", None, "org")
        if token.lower_ == "countries":  # "the three countries": a group the stage leaves UNK
            left = token.left_edge.idx
            return ActorMention(left, end, token.doc.text[left:end], "UNK-GOV", None, "group")
        sector = _SECTORS.get(token.lemma_.lower())
        if sector is None:
            return None
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss") and child.lower_ in _NAMES:
                entity = _NAMES[child.lower_][0].split("-")[0]
                return ActorMention(start, end, token.text, f"{entity}-{sector}", None, "group")
        return None

    def resolve_all(self, target: Any) -> list[ActorMention]:
        token = getattr(target, "root", target)
        found = [self.resolve(t) for t in (token, *token.conjuncts)]
        return [m for m in found if m is not None]


NO_ACTORS = FakeActors([])


@pytest.fixture(scope="module")
def gazetteer() -> Any:
    from flashpoint.extract.places import load_gazetteer

    return load_gazetteer()


_GAZETTEER: list[Any] = []


@pytest.fixture(autouse=True)
def _gazetteer(gazetteer: Any) -> None:
    _GAZETTEER[:] = [gazetteer]


def _events(nlp: Any, lexicon: Any, text: str, statements: Sequence[Statement] = ()) -> list[Event]:
    doc = nlp(text)
    # one mention per phrase, as the actor stage makes them: "Polish soldiers" is one
    phrases = [t for t in doc if not (t.dep_ in ("amod", "compound") and NO_ACTORS.resolve(t.head))]
    mentions = [m for m in (NO_ACTORS.resolve(t) for t in phrases) if m is not None]
    return extract_events(
        doc,
        lexicon=lexicon,
        actors=FakeActors(mentions),
        statements=statements,
        quantities=(),
        gazetteer=_GAZETTEER[0],
        published="2024-03-08",
    )


def _statement(text: str, cue: str, content: str, factuality: str, actor: str) -> Statement:
    start = text.index(content)
    cue_start = text.index(cue)
    return Statement(
        id="s1",
        speaker=Speaker(name=None, actor=actor),
        cue=cue,
        kind="indirect",
        content=content,
        content_span=(start, start + len(content)),
        factuality=factuality,
        cue_span=(cue_start, cue_start + len(cue)),
    )


def _summary(events: Sequence[Event]) -> set[tuple[str, str | None, str | None, str | None, str]]:
    return {(e.type, e.mode, e.source, e.target, e.status) for e in events}


# ---------------------------------------------------------------------------
# one sentence -> its events, every PLOVER type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia deployed 5,000 troops near the Latvian border.",
         {("MOBILIZE", "troops", "RUS-MIL", "LVA", "occurred")}),
        ("Germany moved fighter jets to Romania last week.",
         {("MOBILIZE", "weapons", "DEU-MIL", "ROU", "occurred")}),
        ("Russia's build-up near the Latvian border continued.",
         {("MOBILIZE", "troops", "RUS-MIL", "LVA", "occurred")}),
        ("Lithuanian border guards pushed back dozens of migrants.",
         {("COERCE", "deport", "LTU-COP", "UNK-REF", "occurred")}),
        ("Migrants were pushed back by Polish soldiers overnight.",
         {("COERCE", "deport", "POL-MIL", "UNK-REF", "occurred")}),
        ("Belarus drove the migrants to the borders with Latvia and Lithuania.",
         {("COERCE", None, "BLR-GOV", "LVA", "occurred"),
          ("COERCE", None, "BLR-GOV", "LTU", "occurred")}),
        ("Belarusian soldiers fired shots at Latvian guards.",
         {("ASSAULT", "firearms", "BLR-MIL", "LVA-COP", "occurred")}),
        ("Latvia accused Belarus of orchestrating the crisis.",
         {("ACCUSE", "allege", "LVA-GOV", "BLR-GOV", "occurred")}),
        ("Estonia condemned Russia over the cyber campaign.",
         {("ACCUSE", "disapprove", "EST-GOV", "RUS-GOV", "occurred")}),
        ("Finland rejected the proposal on Tuesday.",
         {("REJECT", None, "FIN-GOV", None, "occurred")}),
        ("Moscow threatened Lithuania with retaliation.",
         {("THREATEN", None, "RUS-GOV", "LTU-GOV", "occurred")}),
        ("The EU imposed new sanctions on Belarus.",
         {("SANCTION", "discontinue", "EU", "BLR", "occurred")}),
        ("France praised Moldova for its reforms.",
         {("SUPPORT", None, "FRA-GOV", "MDA-GOV", "occurred")}),
        ("Norway sent weapons to Ukraine.",
         {("AID", None, "NOR-GOV", "UKR", "occurred")}),
        ("Macron visited Estonia on Monday.",
         {("CONSULT", "visit", "FRA-GOV", "EST-GOV", "occurred")}),
        ("Romania and Bulgaria signed a defence agreement.",
         {("AGREE", None, "ROU-GOV", "BGR-GOV", "occurred")}),
        ("Finland shared intelligence with Estonia.",
         {("COOPERATE", None, "FIN-GOV", "EST-GOV", "occurred")}),
        ("Hungary withdrew its army from the frontier.",
         {("RETREAT", "withdraw", "HUN-GOV", None, "occurred")}),
        ("Slovakia eased restrictions on Ukraine.",
         {("CONCEDE", None, "SVK-GOV", "UKR", "occurred")}),
        ("Polish farmers protested against the import rules.",
         {("PROTEST", "demo", "POL-CVL", None, "occurred")}),
        ("Germany urged Russia to withdraw its army.",
         {("REQUEST", "yield", "DEU-GOV", "RUS-GOV", "occurred")}),
        ("Polish guards used tear gas against the migrants.",
         {("ASSAULT", "crowd-control", "POL-COP", "UNK-REF", "occurred")}),
        ("Latvian guards turned back the migrants at the crossing.",
         {("COERCE", "deport", "LVA-COP", "UNK-REF", "occurred")}),
        ("Estonia summoned the Russian ambassador.",
         {("ACCUSE", "disapprove", "EST-GOV", "RUS-GOV", "occurred")}),
    ],
    ids=[
        "mobilize-deploy", "mobilize-assets", "mobilize-possessor", "coerce-pushback",
        "coerce-passive-agent", "coerce-place-conjuncts", "assault-fire", "accuse", "condemn",
        "reject", "threaten", "sanction", "support", "aid-send-arms", "consult-visit",
        "agree-reciprocal", "cooperate", "retreat", "concede", "protest",
        "request-not-its-content", "assault-crowd-control", "coerce-turn-back", "summon",
    ],
)  # fmt: skip
def test_event_table(nlp: Any, lexicon: Any, text: str, expected: set[tuple[Any, ...]]) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


# ---------------------------------------------------------------------------
# status rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia may invade Moldova.", {("ASSAULT", None, "RUS-MIL", "MDA-GOV", "possible")}),
        ("Britain will deploy additional troops to Estonia.",
         {("MOBILIZE", "troops", "GBR-MIL", "EST", "planned")}),
        ("Germany plans to station a brigade in Lithuania.",
         {("MOBILIZE", "troops", "DEU-MIL", "LTU", "planned")}),
        ("Poland ruled out sending troops to Moldova.",
         {("REJECT", None, "POL-GOV", "MDA", "occurred"),
          ("MOBILIZE", "troops", "POL-MIL", "MDA", "negated")}),
        ("Russia did not withdraw its army.",
         {("RETREAT", "withdraw", "RUS-GOV", None, "negated")}),
        ("Belarus reportedly detained two Latvian guards.",
         {("COERCE", "arrest", "BLR-GOV", "LVA-COP", "claimed")}),
        ("Moscow would not accept the deal.", {("REJECT", None, "RUS-GOV", None, "occurred")}),
    ],
    ids=["may-possible", "will-planned", "plans-planned", "ruled-out", "not-negated",
         "reportedly-claimed", "not-accept-is-reject"],
)  # fmt: skip
def test_status_rules(nlp: Any, lexicon: Any, text: str, expected: set[tuple[Any, ...]]) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("These soldiers are not going to fight in Moldova.",
         {("ASSAULT", None, "UNK", None, "negated")}),
        ("The announcement that Britain has deployed troops to Estonia came on Monday.",
         {("MOBILIZE", "troops", "GBR-MIL", "EST", "occurred")}),
        ("Belarus will not tolerate interference in its affairs.",
         {("ACCUSE", "disapprove", "BLR-GOV", None, "occurred")}),
        ("Moscow has begun offering visas, luring migrants to the Latvian border.",
         {("COERCE", None, "RUS-GOV", "LVA", "occurred")}),
        ("Moscow denied plans to invade Moldova.",
         {("REJECT", None, "RUS-GOV", None, "occurred"),
          ("ASSAULT", None, "RUS-MIL", "MDA-GOV", "denied")}),
        ("Britain sent a team of engineers to Estonia.",
         {("MOBILIZE", "troops", "GBR-MIL", "EST", "occurred")}),
        ("Estonia is reportedly preparing to deploy tanks to Latvia.",
         {("MOBILIZE", "weapons", "EST-MIL", "LVA", "claimed")}),
        ("Moscow rejected reports that Russian troops had deployed to Belarus.",
         {("REJECT", None, "RUS-GOV", None, "occurred"),
          ("MOBILIZE", "troops", "RUS-MIL", "BLR", "denied")}),
    ],
    ids=["not-going-to", "done-not-planned", "negative-trigger", "adverbial-keeps-mood",
         "denied-plans", "collective-object", "reportedly-over-plans", "rejected-reports"],
)  # fmt: skip
def test_more_status_rules(nlp: Any, lexicon: Any, text: str, expected: set[Any]) -> None:
    found = _summary(_events(nlp, lexicon, text))
    assert {e for e in found if e[2] != "UNK"} == {e for e in expected if e[2] != "UNK"}


def test_modal_demand_inside_a_statement(nlp: Any, lexicon: Any) -> None:
    text = '"Minsk should release the prisoners," the Latvian minister said.'
    statement = _statement(
        text, "said", "Minsk should release the prisoners,", "asserted", "LVA-GOV"
    )
    events = _events(nlp, lexicon, text, [statement])
    assert [(e.type, e.source, e.target, e.status) for e in events] == [
        ("REQUEST", "LVA-GOV", "BLR-GOV", "occurred"),
    ]  # fmt: skip


def test_outlet_we_is_the_signatories(nlp: Any, lexicon: Any) -> None:
    text = "Latvia, Estonia and Finland issued a joint text. We condemn the attack on the cable."
    accuse = [e for e in _events(nlp, lexicon, text) if e.type == "ACCUSE"]
    assert sorted(e.source or "" for e in accuse) == ["EST-GOV", "FIN-GOV", "LVA-GOV"]


def test_headline_does_not_swallow_the_first_sentence(nlp: Any, lexicon: Any) -> None:
    text = "Latvia acts on border\n\nLatvia declared a state of emergency on its border."
    events = _events(nlp, lexicon, text)
    assert [(e.type, e.mode, e.source) for e in events] == [("COERCE", "martial-law", "LVA-GOV")]
    assert events[0].evidence == "Latvia declared a state of emergency on its border."


def test_one_event_per_country(nlp: Any, lexicon: Any) -> None:
    text = "Latvian soldiers and Latvian guards pushed back the migrants."
    events = _events(nlp, lexicon, text)
    assert [(e.type, e.source) for e in events] == [("COERCE", "LVA-MIL")]


def test_act_noun_after_a_trigger_noun(nlp: Any, lexicon: Any) -> None:
    text = "Finland took sanctions action against Belarus."
    events = _events(nlp, lexicon, text)
    assert [(e.type, e.source, e.target) for e in events] == [("SANCTION", "FIN-GOV", "BLR-GOV")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow denies a build-up near Latvia.",
         {("REJECT", None, "RUS-GOV", None, "occurred"),
          ("MOBILIZE", "troops", "RUS-MIL", "LVA", "denied")}),
        ("Finland warned Moscow that the border would stay shut.",
         {("THREATEN", None, "FIN-GOV", "RUS-GOV", "occurred")}),
        ("Finland warned that Moscow would retaliate.", set()),
        ("Latvia called for talks, warning that Russia could attack Estonia.",
         {("REQUEST", "meet", "LVA-GOV", None, "occurred"),
          ("ASSAULT", None, "RUS-MIL", "EST-GOV", "possible")}),
        ("Norway released humanitarian aid for Ukraine.",
         {("AID", None, "NOR-GOV", "UKR", "occurred")}),
        ("Latvian troops held joint drills with Estonia.",
         {("COOPERATE", None, "LVA-MIL", "EST-GOV", "occurred"),
          ("MOBILIZE", "troops", "LVA-MIL", "EST", "occurred")}),
        ("Belarus used the migrants as a weapon against Latvia.",
         {("COERCE", None, "BLR-GOV", "LVA-GOV", "occurred")}),
        ("Norway will release 20 million euros of aid.",
         {("AID", None, "NOR-GOV", None, "planned")}),
        ("Germany pledged new air defence systems to Moldova.",
         {("AID", None, "DEU-GOV", "MDA", "planned")}),
        ("Latvian instructors will train Moldovan soldiers.",
         {("AID", None, "LVA-MIL", "MDA-MIL", "planned")}),
        ("Minsk lured the migrants with promises.",
         {("COERCE", None, "BLR-GOV", None, "occurred")}),
        ("Latvia's handling of the crisis drew condemnation from Estonia.",
         {("ACCUSE", "disapprove", "EST-GOV", "LVA-GOV", "occurred")}),
        ("Satellite images show Russian soldiers positioned near the Latvian border.",
         {("MOBILIZE", "troops", "RUS-MIL", "LVA", "occurred")}),
        ("There are 30,000 Russian soldiers near the Latvian border.",
         {("MOBILIZE", "troops", "RUS-MIL", "LVA", "occurred")}),
        ("There are no Russian soldiers in Latvia.",
         {("MOBILIZE", "troops", "RUS-MIL", "LVA", "negated")}),
        ("There are many reasons for the crisis.", set()),
        ("Latvia will send border guards to Estonia.",
         {("MOBILIZE", "police", "LVA-COP", "EST", "planned")}),
        ("Estonia denied the accusation.", {("REJECT", None, "EST-GOV", None, "occurred")}),
        ("Estonia took part in the summit.",
         {("CONSULT", "multilateral", "EST-GOV", None, "occurred")}),
        ("Estonia took part in the deployment.",
         {("MOBILIZE", "troops", "EST-MIL", None, "occurred")}),
        ("Discussing the talks, the Latvian minister praised Estonia.",
         {("SUPPORT", None, "LVA-GOV", "EST-GOV", "occurred")}),
    ],
    ids=["denied-build-up", "warn-direct", "warn-that-is-no-threat",
         "warning-that-frames-nothing", "release-aid", "joint-drills",
         "migrants-as-weapon", "money-of-aid", "pledge-is-planned", "training-is-aid",
         "lured-migrants-are-no-target", "drew-condemnation", "positioned-troops",
         "there-are-troops", "there-are-no-troops", "there-are-reasons",
         "police-deployment", "back-reference",
         "take-part-in-a-meeting", "take-part-in-a-deployment", "topic-participle"],
)  # fmt: skip
def test_more_triggers(nlp: Any, lexicon: Any, text: str, expected: set[Any]) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


def test_agency_passive_acts_are_the_agency_s(nlp: Any, lexicon: Any) -> None:
    text = "Forty migrants were stopped at the crossing, the Latvian border guard said."
    statement = _statement(
        text, "said", "Forty migrants were stopped at the crossing", "asserted", "LVA-COP"
    )
    events = _events(nlp, lexicon, text, [statement])
    assert [(e.type, e.mode, e.source, e.status) for e in events] == [
        ("COERCE", "restrict", "LVA-COP", "occurred"),
    ]  # fmt: skip


def test_no_plans_to_meet_is_a_refusal(nlp: Any, lexicon: Any) -> None:
    text = "The Latvian minister said Latvia had no plans to meet Lukashenko."
    statement = _statement(
        text, "said", "Latvia had no plans to meet Lukashenko", "asserted", "LVA-GOV"
    )
    found = {(e.type, e.mode, e.status) for e in _events(nlp, lexicon, text, [statement])}
    assert {("CONSULT", None, "negated"), ("REJECT", "meet", "occurred")} <= found


def test_reports_of_an_act_are_hearsay(nlp: Any, lexicon: Any) -> None:
    text = "Latvia said it was worried about reports of Russian troop movements."
    assert [e.type for e in _events(nlp, lexicon, text)] == []


@pytest.mark.parametrize(
    ("factuality", "status"),
    [("asserted", "occurred"), ("claimed", "claimed"), ("hedged", "claimed")],
    ids=["asserted", "claimed", "hedged"],
)
def test_status_follows_statement(nlp: Any, lexicon: Any, factuality: str, status: str) -> None:
    text = "Kyiv said Russian soldiers had shelled the village."
    statement = _statement(
        text, "said", "Russian soldiers had shelled the village", factuality, "UKR-GOV"
    )
    (event,) = _events(nlp, lexicon, text, [statement])
    assert (event.type, event.source, event.status, event.reported_by) == (
        "ASSAULT", "RUS-MIL", status, "s1",
    )  # fmt: skip


def test_speech_act_has_occurred_whatever_its_factuality(nlp: Any, lexicon: Any) -> None:
    text = "Estonia accused Russia of jamming the signals."
    statement = _statement(text, "accused", "Russia of jamming the signals", "claimed", "EST-GOV")
    accuse, jam = _events(nlp, lexicon, text, [statement])
    assert (accuse.type, accuse.source, accuse.target, accuse.status, accuse.reported_by) == (
        "ACCUSE", "EST-GOV", "RUS-GOV", "occurred", "s1",
    )  # fmt: skip
    # what the accusation says is the accuser's claim (seed notes)
    assert (jam.type, jam.mode, jam.source, jam.status, jam.reported_by) == (
        "COERCE", "cyber", "RUS-GOV", "claimed", "s1",
    )  # fmt: skip


def test_modality_inside_statement_comes_first(nlp: Any, lexicon: Any) -> None:
    text = "Latvia said Russia could attack Estonia."
    statement = _statement(text, "said", "Russia could attack Estonia", "asserted", "LVA-GOV")
    (event,) = _events(nlp, lexicon, text, [statement])
    assert (event.type, event.status, event.reported_by, event.date.start) == (
        "ASSAULT", "possible", "s1", None,
    )  # fmt: skip


def test_future_dates_are_kept_for_plans(nlp: Any, lexicon: Any) -> None:
    (planned,) = _events(nlp, lexicon, "Britain will deploy troops to Estonia on 20 March 2024.")
    (past,) = _events(nlp, lexicon, "On 1 March 2024 Britain announced plans to deploy troops.")
    assert (planned.status, planned.date.start) == ("planned", "2024-03-20")
    assert (past.status, past.date.start) == ("planned", None)


def test_denial_makes_its_content_denied(nlp: Any, lexicon: Any) -> None:
    text = "Minsk denied that its soldiers crossed into Latvia."
    events = _events(nlp, lexicon, text)
    assert ("REJECT", "BLR-GOV", "occurred") in {(e.type, e.source, e.status) for e in events}


def test_first_person_takes_the_speaker(nlp: Any, lexicon: Any) -> None:
    text = '"We condemn the attack on the convoy," the Latvian minister said.'
    content = "We condemn the attack on the convoy,"
    statement = _statement(text, "said", content, "asserted", "LVA-GOV")
    events = _events(nlp, lexicon, text, [statement])
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert [(e.source, e.status, e.reported_by) for e in accuse] == [("LVA-GOV", "occurred", "s1")]


# ---------------------------------------------------------------------------
# what is not an event


@pytest.mark.parametrize(
    "text",
    [
        "After a meeting with Latvia, the minister left for home.",
        "In response to the sanctions, Belarus changed its rules.",
        "The talks were long and difficult.",
        "Somebody deployed something somewhere.",
        "Poland sent a letter to Latvia.",
        "Anyone in Latvia who smuggles migrants to Estonia will be punished.",
        "Latvia would not answer any Estonian request.",
    ],
    ids=[
        "setting-meeting",
        "setting-response",
        "no-source",
        "no-actor",
        "send-without-troops",
        "generic-doer",
        "hypothetical-speech-act-noun",
    ],
)
def test_not_events(nlp: Any, lexicon: Any, text: str) -> None:
    assert _events(nlp, lexicon, text) == []


def test_ids_and_spans_in_text_order(nlp: Any, lexicon: Any) -> None:
    text = "Estonia condemned Russia. Later, Russia deployed troops to Belarus."
    events = _events(nlp, lexicon, text)
    assert [e.id for e in events] == ["e1", "e2"]
    assert [e.type for e in events] == ["ACCUSE", "MOBILIZE"]
    for event in events:
        start, end = event.evidence_span
        assert text[start:end] == event.evidence
        assert event.trigger_span is not None
        assert text[event.trigger_span[0] : event.trigger_span[1]] == event.trigger


# ---------------------------------------------------------------------------
# the lexicon file


def test_lexicon_spellings_of_hyphenated_triggers(nlp: Any, lexicon: Any) -> None:
    for text in ("The buildup continued.", "The build-up continued."):
        (match,) = find_triggers(next(nlp(text).sents), lexicon)
        assert match.trigger.type == "MOBILIZE"


def test_user_lexicon_extends_the_shipped_one(tmp_path: Path, nlp: Any) -> None:
    extra = tmp_path / "events.csv"
    extra.write_text("# user triggers\nembarrass,V,ACCUSE,disapprove,\n", encoding="utf-8")
    from flashpoint.config import package_data_dir

    lexicon = parse_lexicon([package_data_dir() / "events.csv", extra])
    (match,) = find_triggers(next(nlp("Latvia embarrassed Russia.").sents), lexicon)
    assert (match.trigger.type, match.trigger.mode) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("fly,V,SOAR,,", "unknown PLOVER type"),
        ("fly,X,MOBILIZE,,", "part of speech"),
        ("fly,V,MOBILIZE,,obj=@nothing", "unknown word class"),
        ("fly,V,MOBILIZE,,sideways", "bad condition"),
    ],
    ids=["type", "pos", "class", "condition"],
)
def test_bad_lexicon_rows(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "events.csv"
    path.write_text(row + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        parse_lexicon([path])


# ---------------------------------------------------------------------------
# the shared corpus, when present: a smoke test that events come out with valid fields

SHARED = Path(__file__).parents[3] / "shared"


def test_seed_corpus_events_are_well_formed(nlp: Any, lexicon: Any) -> None:
    seeds = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("shared corpus not present")
    text = seeds[0].read_text(encoding="utf-8")
    events = _events(nlp, lexicon, text)
    assert events
    for event in events:
        assert event.source is not None
        assert text[event.evidence_span[0] : event.evidence_span[1]] == event.evidence


# ---------------------------------------------------------------------------
# hand-built parses: the argument rules without the statistical parser


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Any:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    lemmas = [
        w.lower().rstrip("s") if p == "NOUN" else w.lower() for w, p in zip(words, pos, strict=True)
    ]
    lemmas = [{"pushed": "push", "were": "be"}.get(w, w) for w in lemmas]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_passive_agent_is_the_source(lexicon: Any) -> None:
    doc = _doc(
        ["Migrants", "were", "pushed", "back", "by", "Latvian", "guards"],
        [2, 2, 2, 2, 2, 6, 4],
        ["nsubjpass", "auxpass", "ROOT", "prt", "agent", "amod", "pobj"],
        ["NOUN", "AUX", "VERB", "ADP", "ADP", "ADJ", "NOUN"],
    )
    (match,) = find_triggers(doc[0:7], lexicon)
    assert (match.trigger.type, match.trigger.mode) == ("COERCE", "deport")
    from flashpoint.extract.event_lexicon import subject_of

    subject = subject_of(match.head)
    assert subject is not None and subject.text == "guards"


# ---------------------------------------------------------------------------
# generalisation: word classes and shapes, not single words (round 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # control acts with no placed doer: the home country's police
        ("Twelve migrants were detained near the Estonian border on Sunday.",
         {("COERCE", "arrest", "EST-COP", "UNK-REF", "occurred")}),
        ("Police arrested four volunteers in Hajnowka.",
         {("COERCE", "arrest", "POL-COP", "POL-CVL", "occurred")}),
        ("Two photographers were held by patrols near the Latvian border.",
         {("COERCE", "arrest", "LVA-COP", "LVA-MED", "occurred")}),
        ("Latvian guards detained three activists at the crossing.",
         {("COERCE", "arrest", "LVA-COP", "LVA-CVL", "occurred")}),
        # synonym sets of stopping, returning, breaching
        ("Estonian guards halted a column of migrants at the fence.",
         {("COERCE", "restrict", "EST-COP", "UNK-REF", "occurred")}),
        ("Lithuanian soldiers repulsed dozens of migrants overnight.",
         {("COERCE", "restrict", "LTU-MIL", "UNK-REF", "occurred")}),
        ("Belarusian soldiers sent the migrants back across the border.",
         {("COERCE", "deport", "BLR-MIL", "UNK-REF", "occurred")}),
        ("A Russian jet breached Estonian airspace.",
         {("COERCE", None, "RUS-GOV", "EST-GOV", "occurred")}),
        ("Belarusian soldiers damaged the fence with axes.",
         {("COERCE", None, "BLR-MIL", None, "occurred")}),
        ("Finland will keep the crossings shut.",
         {("COERCE", "restrict", "FIN-GOV", None, "planned")}),
        ("We are not letting anyone through, the Estonian minister said.",
         {("COERCE", "restrict", "EST-GOV", None, "occurred")}),
        # troop numbers raised, exercises held, recruits trained
        ("Latvia increased the number of soldiers on the frontier.",
         {("MOBILIZE", "troops", "LVA-MIL", None, "occurred")}),
        ("Russian troops conducted exercises near the Latvian border.",
         {("MOBILIZE", "troops", "RUS-MIL", "LVA", "occurred")}),
        ("Norwegian instructors trained Moldovan conscripts.",
         {("AID", None, "NOR-MIL", "MDA-GOV", "occurred")}),
        # talking, refusing, recognising, solidarity
        ("The Latvian minister chatted with the Estonian minister by phone.",
         {("CONSULT", None, "LVA-GOV", "EST-GOV", "occurred")}),
        ("Belarus declined the offer from Latvia.",
         {("REJECT", None, "BLR-GOV", "LVA-GOV", "occurred")}),
        ("Estonia does not recognise Lukashenko as the legitimate president.",
         {("SUPPORT", None, "EST-GOV", "BLR-GOV", "negated")}),
        # criticism without an accuse verb
        ("Moscow branded the Latvian decision a reckless provocation.",
         {("ACCUSE", "disapprove", "RUS-GOV", "LVA-GOV", "occurred")}),
        ("Estonia described the Russian drills as dangerous.",
         {("ACCUSE", "disapprove", "EST-GOV", "RUS-GOV", "occurred"),
          ("MOBILIZE", "troops", "RUS-MIL", "EST", "occurred")}),
        ("Estonia described the talks as useful.", set()),
    ],
    ids=[
        "agentless-passive-home-border", "bare-police-place-country",
        "unplaced-agent-journalists", "civilian-target",
        "halt", "repulse", "send-back", "breach-airspace", "damage-fence", "keep-shut",
        "not-letting-through", "number-of-soldiers", "stage-exercises", "train-conscripts",
        "chat-with", "decline-offer", "not-recognise", "brand-provocation",
        "describe-as-dangerous", "describe-as-useful-is-no-criticism",
    ],
)  # fmt: skip
def test_word_classes(nlp: Any, lexicon: Any, text: str, expected: set[Any]) -> None:
    statements: list[Statement] = []
    if " minister said" in text:
        content = text.split(",")[0]
        statements = [_statement(text, "said", content, "asserted", "EST-GOV")]
    assert _summary(_events(nlp, lexicon, text, statements)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarusian troops will hold no drills near Latvia.",
         {("MOBILIZE", "troops", "BLR-MIL", "LVA", "negated")}),
        ("A Russian invasion could begin in spring.",
         {("ASSAULT", None, "RUS-MIL", None, "possible")}),
        ("Any Russian attack on Estonia would be answered.",
         {("ASSAULT", None, "RUS-MIL", "EST", "possible")}),
        ("Finland would back any Estonian demand for talks.",
         {("SUPPORT", None, "FIN-GOV", "EST-GOV", "possible")}),
        ("Latvia and Estonia agreed to impose sanctions on Belarus.",
         {("SANCTION", "discontinue", "LVA-GOV", "BLR", "occurred"),
          ("SANCTION", "discontinue", "EST-GOV", "BLR", "occurred")}),
        ("Latvia and Estonia agreed on a border treaty.",
         {("AGREE", None, "LVA-GOV", "EST-GOV", "occurred")}),
    ],
    ids=["determiner-no-negates", "noun-subject-of-could", "any-noun-is-hypothetical",
         "would-any-is-possible", "agreed-to-sanction-is-the-sanction", "agree-on-is-agree"],
)  # fmt: skip
def test_modality_of_nouns_and_decisions(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia and Finland said the two countries would cooperate with NATO.",
         {("COOPERATE", None, "EST-GOV", "NATO", "planned"),
          ("COOPERATE", None, "FIN-GOV", "NATO", "planned")}),
        ("Norway expressed its solidarity with Estonia.",
         {("SUPPORT", None, "NOR-GOV", "EST-GOV", "occurred")}),
        ("Finland reiterated its support for Moldova.",
         {("SUPPORT", None, "FIN-GOV", "MDA-GOV", "occurred")}),
        ("Belarusian soldiers used axes to damage the fence.",
         {("COERCE", None, "BLR-MIL", None, "occurred")}),
    ],
    ids=["counted-group-is-the-named-countries", "expressed-solidarity-with",
         "support-for", "used-means-to"],
)  # fmt: skip
def test_arguments_of_groups_and_expressions(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


def test_unplaced_control_acts_take_the_home_country(nlp: Any, lexicon: Any) -> None:
    text = "Another 40 were detained overnight. The numbers keep rising, the Latvian minister said."
    statement = _statement(text, "said", "The numbers keep rising", "asserted", "LVA-GOV")
    assert _summary(_events(nlp, lexicon, text, [statement])) == {
        ("COERCE", "arrest", "LVA-COP", "UNK-REF", "occurred")
    }


def test_part_of_a_group_is_the_group(nlp: Any, lexicon: Any) -> None:
    text = "Most of the group was halted by patrols at the crossing, the Estonian guard said."
    content = "Most of the group was halted by patrols at the crossing"
    statement = _statement(text, "said", content, "asserted", "EST-COP")
    assert _summary(_events(nlp, lexicon, text, [statement])) == {
        ("COERCE", "restrict", "EST-COP", "UNK-REF", "occurred")
    }


def test_named_town_places_bare_police(nlp: Any, lexicon: Any) -> None:
    text = "Police held two medics near the village of Kuznica overnight."
    assert _summary(_events(nlp, lexicon, text)) == {
        ("COERCE", "arrest", "POL-COP", "POL-CVL", "occurred")
    }


def test_pronoun_in_a_rejected_report_is_the_refuser(nlp: Any, lexicon: Any) -> None:
    text = "Moscow dismissed claims that it had massed soldiers near Estonia."
    assert _summary(_events(nlp, lexicon, text)) == {
        ("REJECT", None, "RUS-GOV", None, "occurred"),
        ("MOBILIZE", "troops", "RUS-MIL", "EST", "denied"),
    }


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("Moscow wants to destabilise the region, the Estonian minister said.",
         "Moscow wants to destabilise the region",
         {("ACCUSE", "allege", "EST-GOV", "RUS-GOV", "occurred")}),
        ("Minsk is exploiting migrants, the Estonian minister said.",
         "Minsk is exploiting migrants",
         {("ACCUSE", "allege", "EST-GOV", "BLR-GOV", "occurred")}),
        ("The plan would destabilise the region, the Estonian minister said.",
         "The plan would destabilise the region", set()),
    ],
    ids=["charge-wants-to", "charge-exploit-migrants", "charge-needs-an-actor-subject"],
)  # fmt: skip
def test_charges_told_as_the_subject_s_doing(
    nlp: Any, lexicon: Any, text: str, content: str, expected: set[Any]
) -> None:
    statement = _statement(text, "said", content, "asserted", "EST-GOV")
    assert _summary(_events(nlp, lexicon, text, [statement])) == expected


def test_home_institution_takes_the_speakers_country(nlp: Any, lexicon: Any) -> None:
    text = (
        "The interior ministry imposed a state of emergency. "
        "The situation is serious, the Estonian minister said."
    )
    statement = _statement(text, "said", "The situation is serious", "asserted", "EST-GOV")
    summary = _summary(_events(nlp, lexicon, text, [statement]))
    assert {(t, s) for t, _, s, _, _ in summary} == {("COERCE", "EST-GOV")}


def test_declared_threat_is_the_speaker_s(nlp: Any, lexicon: Any) -> None:
    text = (
        '"Any Latvian convoy near Minsk will be a legitimate target," the Belarusian minister said.'
    )
    content = "Any Latvian convoy near Minsk will be a legitimate target"
    statement = _statement(text, "said", content, "asserted", "BLR-GOV")
    summary = _summary(_events(nlp, lexicon, text, [statement]))
    assert summary == {("THREATEN", "violence", "BLR-GOV", "LVA-GOV", "occurred")}


def test_withdrawals_land_in_the_theatre(nlp: Any, lexicon: Any) -> None:
    text = (
        "Russian soldiers massed near the Estonian border. "
        "Later the Russian soldiers returned to their barracks."
    )
    summary = _summary(_events(nlp, lexicon, text))
    assert ("RETREAT", "withdraw", "RUS-MIL", "EST", "occurred") in summary


def test_police_force_beside_soldiers_is_its_own_deployment(nlp: Any, lexicon: Any) -> None:
    text = "Latvian soldiers and Latvian police were sent to the border with Belarus."
    assert _summary(_events(nlp, lexicon, text)) == {
        ("MOBILIZE", "troops", "LVA-MIL", "BLR-GOV", "occurred"),
        ("MOBILIZE", "police", "LVA-COP", "BLR-GOV", "occurred"),
    }


def test_border_guards_beside_soldiers_are_one_deployment(nlp: Any, lexicon: Any) -> None:
    text = "Latvian soldiers and Latvian guards were sent to the border with Belarus."
    assert _summary(_events(nlp, lexicon, text)) == {
        ("MOBILIZE", "troops", "LVA-MIL", "BLR-GOV", "occurred"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finland agreed to widen the rules so that Finland can sanction Russia.",
         {("SANCTION", "discontinue", "FIN-GOV", "RUS-GOV", "occurred")}),
        ("Finland wants new rules so that Finland can sanction Russia.",
         {("SANCTION", "discontinue", "FIN-GOV", "RUS-GOV", "possible")}),
        ("The refugees received blankets and humanitarian help from Norway.",
         {("AID", None, "NOR-GOV", "UNK-REF", "occurred")}),
        ("Estonian guards halted a crowd at the crossing.",
         {("COERCE", "restrict", "EST-COP", "UNK-REF", "occurred")}),
    ],
    ids=["purpose-of-a-decision-is-decided", "purpose-of-a-wish-stays-possible",
         "receiver-of-help-is-the-target", "crowd-is-crossers"],
)  # fmt: skip
def test_purposes_receivers_and_crowds(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia will not accept the deployment of soldiers from any NATO country.",
         {("REJECT", None, "RUS-GOV", "NATO", "occurred")}),
        ("Norway will release 2 million euros of aid for the refugees.",
         {("AID", None, "NOR-GOV", "UNK-REF", "planned")}),
        ("Germany will station fighter jets in Estonia.",
         {("MOBILIZE", "weapons", "DEU-MIL", "EST", "planned")}),
    ],
    ids=["refused-thing-from-a-party", "aid-for-the-stranded", "station-assets"],
)  # fmt: skip
def test_refusals_aid_and_assets(nlp: Any, lexicon: Any, text: str, expected: set[Any]) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonian guards detained Syrians at the crossing.",
         {("COERCE", "arrest", "EST-COP", "UNK-REF", "occurred")}),
        ("Finland blasted Russia over the crossings.",
         {("ACCUSE", "disapprove", "FIN-GOV", "RUS-GOV", "occurred")}),
        ("Estonia hit out at Russia.",
         {("ACCUSE", "disapprove", "EST-GOV", "RUS-GOV", "occurred")}),
        ("Hungary blocked the Estonian proposal.",
         {("REJECT", None, "HUN-GOV", "EST-GOV", "occurred")}),
        ("Belarus freed the prisoners.", {("CONCEDE", None, "BLR-GOV", None, "occurred")}),
    ],
    ids=["demonym-people-are-migrants", "blast", "hit-out-at", "block-a-proposal", "free"],
)  # fmt: skip
def test_more_synonym_sets(nlp: Any, lexicon: Any, text: str, expected: set[Any]) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No Latvian soldiers will be sent to Estonia.",
         {("MOBILIZE", "troops", "LVA-MIL", "EST", "negated")}),
        ("Moscow threatened to cut supplies to Moldova.",
         {("THREATEN", None, "RUS-GOV", "MDA-GOV", "occurred")}),
        ("Belarus bused the migrants to the Latvian border.",
         {("COERCE", None, "BLR-GOV", "LVA", "occurred")}),
        ("Estonia erected a fence on the border with Russia.",
         {("MOBILIZE", None, "EST-MIL", "RUS", "occurred")}),
        ("Latvian soldiers will go to Estonia.",
         {("MOBILIZE", "troops", "LVA-MIL", "EST", "planned")}),
    ],
    ids=["no-subject-negates", "threaten-to-cut-to", "bus-migrants-to-a-border",
         "erect-fence", "soldiers-go-to"],
)  # fmt: skip
def test_movements_threats_and_no(nlp: Any, lexicon: Any, text: str, expected: set[Any]) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


def test_unplaced_troops_an_official_announces_are_his_own(nlp: Any, lexicon: Any) -> None:
    text = "More soldiers will be sent to the border, the Estonian minister said."
    content = "More soldiers will be sent to the border"
    statement = _statement(text, "said", content, "asserted", "EST-GOV")
    _PEOPLE["soldier"] = "UNK-MIL"
    try:
        summary = _summary(_events(nlp, lexicon, text, [statement]))
    finally:
        _PEOPLE.pop("soldier")
    assert {(t, s, st) for t, _, s, _, st in summary} == {("MOBILIZE", "EST-MIL", "planned")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU agreed on new sanctions against Belarus.",
         {("SANCTION", "discontinue", "EU", "BLR-GOV", "occurred")}),
        ("Polish guards used tear gas against them.",
         {("ASSAULT", "crowd-control", "POL-COP", "UNK-REF", "occurred")}),
        ("Estonian guards prevented 40 crossings.",
         {("COERCE", "restrict", "EST-COP", "UNK-REF", "occurred")}),
        ("Germany offered to send air defence batteries to Estonia.",
         {("AID", None, "DEU-GOV", "EST", "possible")}),
    ],
    ids=["agreed-on-sanctions-is-the-sanction", "force-against-them",
         "prevented-crossings", "offer-is-possible"],
)  # fmt: skip
def test_decisions_crowds_and_offers(nlp: Any, lexicon: Any, text: str, expected: set[Any]) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


def test_refused_demand_is_the_object_of_the_refusal(nlp: Any, lexicon: Any) -> None:
    text = "Latvia turned down the Estonian demand."
    assert _summary(_events(nlp, lexicon, text)) == {
        ("REJECT", None, "LVA-GOV", "EST-GOV", "occurred")
    }


# ---------------------------------------------------------------------------
# destinations and deception (lead, round 3)


@pytest.mark.parametrize(
    ("text", "expected_types"),
    [
        ("Latvian guards took the migrants to the Belarusian side.", {("COERCE", "deport")}),
        ("Volunteers took the migrants to a hospital.", set()),
        ("Belarus misled migrants about the route.", {("COERCE", "misinformation")}),
        ("Minsk lured them by falsely telling migrants they could enter Poland.",
         {("COERCE", None), ("COERCE", "misinformation")}),
        ("Minsk told migrants the journey would take two days.", set()),
    ],
    ids=["taken-across", "taken-to-hospital", "misled", "falsely-telling", "plain-telling"],
)  # fmt: skip
def test_moves_and_deception(nlp: Any, lexicon: Any, text: str, expected_types: set[Any]) -> None:
    found = {(e.type, e.mode) for e in _events(nlp, lexicon, text) if e.type == "COERCE"}
    assert found == expected_types


def test_a_policy_by_someone_to_act_has_that_doer(nlp: Any) -> None:
    from flashpoint.extract.event_lexicon import subject_of

    doc = nlp("Analysts criticised a plan by Minsk to flood the border with migrants.")
    flood = next(t for t in doc if t.lemma_ == "flood")
    if flood.dep_ != "acl":
        pytest.skip(f"the parser attached 'to flood' as {flood.dep_}, not to the noun")
    assert subject_of(flood).text == "Minsk"
