"""Statements: quotations, reported speech, attributions, factuality, nesting and targets.

Most tests use a tiny stand-in actor index (a table of names -> codes, he/she/it back to the
last mention) so that they test the statement rules, not the actor registry; a few at the end
run the real actor stage to check the wiring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashpoint.config import Settings
from flashpoint.errors import ConfigError
from flashpoint.extract.statements import (
    CueLexicon,
    extract_statements,
    load_cue_lexicon,
)
from flashpoint.nlp import load_nlp
from flashpoint.records import Statement

# surface text -> (actor, name, is a person)
ACTORS: dict[str, tuple[str, str | None, bool]] = {
    "Marta Kowal": ("POL-GOV", "Marta Kowal", True),
    "Kowal": ("POL-GOV", "Marta Kowal", True),
    "Ivan Petrov": ("BLR-GOV", "Ivan Petrov", True),
    "Petrov": ("BLR-GOV", "Ivan Petrov", True),
    "Lithuania's foreign ministry": ("LTU-GOV", None, False),
    "Lithuania's defence ministry": ("LTU-GOV", None, False),
    "Lithuanian officials": ("LTU-GOV", None, False),
    "The Latvian army": ("LVA-MIL", None, False),
    "Lithuania": ("LTU", None, False),
    "Belarusian": ("BLR", None, False),
    "Belarus": ("BLR", None, False),
    "Estonian": ("EST", None, False),
    "Russia": ("RUS", None, False),
    "Moscow": ("RUS-GOV", None, False),
    "Minsk": ("BLR-GOV", None, False),
    "Vilnius": ("LTU-GOV", None, False),
    "Reuters": ("GBR-MED", "Reuters", False),
    "The ministry": ("LTU-GOV", None, False),
    "the ministry": ("LTU-GOV", None, False),
    "Polish": ("POL", None, False),
    "Latvia": ("LVA", None, False),
    "Estonia": ("EST", None, False),
    "the OSCE": ("OSCE", None, False),
    "Helsinki Committee": ("POL-CVL", "Helsinki Committee", False),
    "Planet Labs": ("PLANET", "Planet Labs", False),
    "VILNIUS": ("LTU", None, False),
    "MARTA KOWAL": ("POL-GOV", "Marta Kowal", True),
}
DEMONYMS = {"Polish", "Belarusian", "Estonian"}
COUNTRIES = {"Lithuania", "Latvia", "Estonia", "Belarus", "Russia"}
ORGANISATIONS = {"the OSCE", "Helsinki Committee", "Planet Labs"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
THING_PRONOUNS = {"it", "they", "them"}


@dataclass(frozen=True)
class FakeMention:
    start: int
    end: int
    text: str
    actor: str
    name: str | None
    person: bool
    kind: str = "name"


class FakeActors:
    """The ActorIndex interface statements use: resolve(token | span) and within(start, end)."""

    def __init__(self, text: str) -> None:
        found: list[FakeMention] = []
        for surface in sorted(ACTORS, key=len, reverse=True):
            for match in re.finditer(rf"\b{re.escape(surface)}\b", text):
                if any(m.start <= match.start() < m.end for m in found):
                    continue
                actor, name, person = ACTORS[surface]
                kind = "demonym" if surface in DEMONYMS else "name"
                kind = "country" if surface in COUNTRIES else kind
                kind = "org" if surface in ORGANISATIONS else kind
                found.append(
                    FakeMention(match.start(), match.end(), surface, actor, name, person, kind)
                )
        self.mentions = sorted(found, key=lambda m: m.start)

    def _at(self, start: int, end: int) -> FakeMention | None:
        for mention in self.mentions:
            if mention.start < end and start < mention.end:
                return mention
        return None

    def resolve(self, target: Any) -> FakeMention | None:
        lower = getattr(target, "lower_", None)
        if lower in PERSON_PRONOUNS | THING_PRONOUNS:
            idx = target.idx
            person = lower in PERSON_PRONOUNS
            earlier = [m for m in self.mentions if m.end <= idx and m.person == person]
            return earlier[-1] if earlier else None
        if lower is not None:
            return self._at(target.idx, target.idx + len(target))
        return self._at(target.start_char, target.end_char)

    def within(self, start: int, end: int) -> list[FakeMention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]


@pytest.fixture(scope="module")
def nlp() -> Any:
    try:
        return load_nlp("en_core_web_sm")
    except ConfigError:
        pytest.skip("spaCy model en_core_web_sm is not installed")


@pytest.fixture(scope="module")
def cues() -> CueLexicon:
    return load_cue_lexicon(Settings(data_dirs=()))


def _extract(nlp: Any, cues: CueLexicon, text: str) -> list[Statement]:
    actors: Any = FakeActors(text)
    statements: list[Statement] = extract_statements(nlp(text), actors=actors, cues=cues)
    return statements


def _brief(statement: Statement) -> tuple[str | None, str | None, str, str, str]:
    return (
        statement.speaker.actor,
        statement.speaker.name,
        statement.kind,
        statement.factuality,
        statement.content,
    )


ONE_STATEMENT = [
    (
        '"The bridge will stay closed," Marta Kowal said on Sunday.',
        ("POL-GOV", "Marta Kowal", "direct", "asserted", "The bridge will stay closed"),
    ),
    (
        'Ivan Petrov said: "Our tanks are only training."',
        ("BLR-GOV", "Ivan Petrov", "direct", "asserted", "Our tanks are only training."),
    ),
    (
        '"No soldier will cross the river," said Ivan Petrov.',
        ("BLR-GOV", "Ivan Petrov", "direct", "asserted", "No soldier will cross the river"),
    ),
    (
        "Marta Kowal told reporters: “We are ready. We have waited long enough.”",
        (
            "POL-GOV",
            "Marta Kowal",
            "direct",
            "asserted",
            "We are ready. We have waited long enough.",
        ),
    ),
    (
        'Ivan Petrov warned: "We will answer any provocation',
        ("BLR-GOV", "Ivan Petrov", "direct", "asserted", "We will answer any provocation"),
    ),
    (
        "Lithuania's foreign ministry said that Belarusian guards had crossed the line.",
        ("LTU-GOV", None, "indirect", "asserted", "Belarusian guards had crossed the line"),
    ),
    (
        "The Latvian army said two drones had entered its airspace overnight.",
        ("LVA-MIL", None, "indirect", "asserted", "two drones had entered its airspace overnight"),
    ),
    (
        "Lithuania accused Minsk of flying smuggling balloons over the border.",
        ("LTU", None, "indirect", "asserted", "Minsk of flying smuggling balloons over the border"),
    ),
    (
        'Marta Kowal called on Moscow to "stop the drills at once."',
        ("POL-GOV", "Marta Kowal", "mixed", "asserted", 'Moscow to "stop the drills at once."'),
    ),
    (
        'Ivan Petrov dismissed the report as "pure fiction."',
        ("BLR-GOV", "Ivan Petrov", "mixed", "denied", 'the report as "pure fiction."'),
    ),
    (
        "Russia denied that its jets had violated Estonian airspace.",
        ("RUS", None, "indirect", "denied", "its jets had violated Estonian airspace"),
    ),
    (
        "Belarus claimed that Polish guards had beaten the migrants.",
        ("BLR", None, "indirect", "claimed", "Polish guards had beaten the migrants"),
    ),
    (
        "According to Petrov, the convoy was carrying only food.",
        ("BLR-GOV", "Ivan Petrov", "indirect", "claimed", "the convoy was carrying only food"),
    ),
    (
        "The road was closed for six hours, according to Lithuanian officials.",
        ("LTU-GOV", None, "indirect", "claimed", "The road was closed for six hours"),
    ),
    (
        "According to a statement from Lithuania's defence ministry, the drill ended early.",
        ("LTU-GOV", None, "indirect", "asserted", "the drill ended early"),
    ),
    (
        "According to media reports, hundreds of people gathered at the crossing.",
        ("UNK-MED", None, "indirect", "claimed", "hundreds of people gathered at the crossing"),
    ),
    (
        "The convoy was carrying only food, Ivan Petrov said.",
        ("BLR-GOV", "Ivan Petrov", "indirect", "asserted", "The convoy was carrying only food"),
    ),
    (
        'Marta Kowal said the drills were a "provocation" aimed at Vilnius.',
        (
            "POL-GOV",
            "Marta Kowal",
            "mixed",
            "asserted",
            'the drills were a "provocation" aimed at Vilnius',
        ),
    ),
    (
        "Ivan Petrov arrived in Minsk on Monday. He said the border would remain open.",
        ("BLR-GOV", "Ivan Petrov", "indirect", "asserted", "the border would remain open"),
    ),
    (
        "As Kowal said, the fence protects the whole of Europe.",
        (
            "POL-GOV",
            "Marta Kowal",
            "indirect",
            "asserted",
            "the fence protects the whole of Europe",
        ),
    ),
    (
        "Vilnius: Balloons From Belarus Close The Airport Again\n\nThe airport shut at night.",
        ("LTU-GOV", None, "indirect", "claimed", "Balloons From Belarus Close The Airport Again"),
    ),
    (
        "“We stand with our neighbours in this hour.” \u2013 Marta Kowal, deputy minister",
        (
            "POL-GOV",
            "Marta Kowal",
            "direct",
            "asserted",
            "We stand with our neighbours in this hour.",
        ),
    ),
    (
        "Moscow has ruled out withdrawing its battalions from the exercise area.",
        (
            "RUS-GOV",
            None,
            "indirect",
            "denied",
            "withdrawing its battalions from the exercise area",
        ),
    ),
    (
        'Ivan Petrov pledged "to keep the crossing open for trucks."',
        ("BLR-GOV", "Ivan Petrov", "direct", "asserted", "to keep the crossing open for trucks."),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ONE_STATEMENT,
    ids=[
        "quote-then-said",
        "said-colon-quote",
        "said-x-inverted",
        "multi-sentence-quote",
        "unclosed-quote",
        "said-that",
        "said-bare-clause",
        "accused-object-of",
        "called-on-object-to",
        "dismissed-as-denied",
        "denied",
        "claimed",
        "according-to-person",
        "according-to-at-end",
        "according-to-statement-neutral",
        "according-to-media-reports",
        "content-first-then-said",
        "scare-quote-mixed",
        "pronoun-speaker",
        "as-x-said",
        "headline-colon",
        "dash-signature",
        "ruled-out",
        "pledged-quoted-fragment",
    ],
)
def test_one_statement(nlp: Any, cues: CueLexicon, text: str, expected: Any) -> None:
    statements = _extract(nlp, cues, text)
    assert [_brief(s) for s in statements] == [expected]
    (statement,) = statements
    start, end = statement.content_span
    assert text[start:end] == statement.content
    assert statement.id == "s1"
    assert statement.cue_span is not None
    assert text[slice(*statement.cue_span)] == statement.cue


@pytest.mark.parametrize(
    "text",
    [
        "Petrov did not say when the troops would leave.",
        "The troops left the base on Monday and drove north.",
        "The talks continued until late at night.",
        "The fence was reportedly damaged in two places.",
        "On Monday, Petrov said nothing about the convoy.",
        "Petrov denied entry to the Lithuanian delegation.",
        "Lithuania called a meeting of the border commission.",
        "",
        '"',
    ],
    ids=[
        "negated",
        "no-cue",
        "continue-without-quote",
        "hedge-without-speaker",
        "said-nothing",
        "denied-entry-to",
        "called-a-meeting",
        "empty",
        "mark",
    ],
)
def test_no_statement(nlp: Any, cues: CueLexicon, text: str) -> None:
    assert _extract(nlp, cues, text) == []


MORE_CASES = [
    (
        "Petrov reportedly told the envoy that the crossing would close.",
        ("BLR-GOV", "Ivan Petrov", "indirect", "hedged", "the crossing would close"),
    ),
    (
        "Moscow said it would not accept foreign troops near its border.",
        (
            "RUS-GOV",
            None,
            "indirect",
            "denied",
            "it would not accept foreign troops near its border",
        ),
    ),
    (
        "Footage of what Minsk says are Polish drones over the river was shown on television.",
        ("BLR-GOV", None, "indirect", "claimed", "Polish drones over the river"),
    ),
    (
        "Minsk may close the border next week, warns Lithuania.",
        ("LTU", None, "indirect", "asserted", "Minsk may close the border next week"),
    ),
    (
        "Lithuania shuts two crossings, PM Kowal says after talks\n\nThe crossings are busy.",
        ("POL-GOV", "Marta Kowal", "indirect", "asserted", "Lithuania shuts two crossings"),
    ),
    (
        'Petrov called the report "a crude fake" and left the room.',
        ("BLR-GOV", "Ivan Petrov", "mixed", "asserted", 'the report "a crude fake"'),
    ),
    (
        'Petrov claimed that "foreign agents" had crossed the river.',
        ("BLR-GOV", "Ivan Petrov", "mixed", "claimed", '"foreign agents" had crossed the river'),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    MORE_CASES,
    ids=[
        "hedging-adverb",
        "refusal-denied",
        "what-x-says-are",
        "inverted-warns-x",
        "headline-pm-says",
        "called-x-y",
        "quote-fragment-after-that",
    ],
)
def test_more_constructions(nlp: Any, cues: CueLexicon, text: str, expected: Any) -> None:
    assert [_brief(s) for s in _extract(nlp, cues, text)] == [expected]


def test_adding_that_keeps_its_own_clause(nlp: Any, cues: CueLexicon) -> None:
    text = (
        "Minsk moved two brigades to the river, Lithuanian officials said, "
        "adding that more may follow."
    )
    statements = _extract(nlp, cues, text)
    assert [(s.cue, s.content) for s in statements] == [
        ("said", "Minsk moved two brigades to the river"),
        ("adding", "more may follow"),
    ]


def test_said_to_have_warned_is_the_warning_hedged(nlp: Any, cues: CueLexicon) -> None:
    text = (
        "Reuters reported that the gates were shut. "
        "Kowal is said to have warned that guards were tired."
    )
    statements = _extract(nlp, cues, text)
    assert [(s.speaker.name, s.factuality, s.content) for s in statements] == [
        ("Reuters", "asserted", "the gates were shut"),
        ("Marta Kowal", "hedged", "guards were tired"),
    ]


def test_first_person_outside_quotes_is_the_outlet(nlp: Any, cues: CueLexicon) -> None:
    text = "We condemn the attacks on the border guards. We urge Minsk to stop the flights."
    assert _extract(nlp, cues, text) == []


def test_nested_quotation_of_the_citing_source_is_indirect(nlp: Any, cues: CueLexicon) -> None:
    text = 'Reuters reported that Lithuania said "the balloons came from Belarus."'
    outer, inner = _extract(nlp, cues, text)
    assert (outer.kind, inner.kind, inner.parent) == ("mixed", "indirect", "s1")


def test_demonym_alone_is_no_speaker(nlp: Any, cues: CueLexicon) -> None:
    assert _extract(nlp, cues, "Polish camera footage showed that soldiers cut the fence.") == []


def test_misspelt_surname_goes_to_the_earlier_speaker(nlp: Any, cues: CueLexicon) -> None:
    text = "Marta Kowal said the fence was finished. Kowall said more guards were coming."
    statements = _extract(nlp, cues, text)
    assert [s.speaker.name for s in statements] == ["Marta Kowal", "Marta Kowal"]


def test_unfinished_final_sentence_is_left_out(nlp: Any, cues: CueLexicon) -> None:
    text = (
        "The border was quiet. Trucks waited. Guards patrolled the fence. "
        "Kowal said the queue was long.\nPetrov said the talks about the"
    )
    statements = _extract(nlp, cues, text)
    assert [s.content for s in statements] == ["the queue was long"]


def test_quote_broken_by_attribution_is_two_statements(nlp: Any, cues: CueLexicon) -> None:
    text = '"The fence is finished," Kowal said. "It will be guarded day and night."'
    statements = _extract(nlp, cues, text)
    assert [(s.id, s.content, s.cue, s.speaker.name) for s in statements] == [
        ("s1", "The fence is finished", "said", "Marta Kowal"),
        ("s2", "It will be guarded day and night.", "said", "Marta Kowal"),
    ]


def test_british_single_quotes(nlp: Any, cues: CueLexicon) -> None:
    text = "\u2018The queue is ten kilometres long,\u2019 Kowal told reporters."
    (statement,) = _extract(nlp, cues, text)
    assert (statement.kind, statement.content) == ("direct", "The queue is ten kilometres long")


def test_the_statement_said_goes_to_its_issuer(nlp: Any, cues: CueLexicon) -> None:
    text = "Lithuania issued a statement on Monday. The statement said Minsk sent the balloons."
    (statement,) = _extract(nlp, cues, text)
    assert (statement.speaker.actor, statement.content) == ("LTU", "Minsk sent the balloons")


def test_quoted_as_saying_is_the_person_and_the_medium(nlp: Any, cues: CueLexicon) -> None:
    text = "Petrov was quoted by Reuters as saying that the gates would reopen."
    person, medium = _extract(nlp, cues, text)
    assert (person.speaker.name, person.cue, person.content) == (
        "Ivan Petrov",
        "was quoted by Reuters as saying",
        "the gates would reopen",
    )
    assert (medium.speaker.name, medium.cue, medium.content) == (
        "Reuters",
        "quoted",
        "the gates would reopen",
    )


def test_reduced_relative_speaker(nlp: Any, cues: CueLexicon) -> None:
    text = 'The army flew new drones, a weapon Reuters described as "a turning point" for Kyiv.'
    statements = _extract(nlp, cues, text)
    assert [(s.speaker.name, s.kind, s.content) for s in statements] == [
        ("Reuters", "mixed", '"a turning point" for Kyiv')
    ]


def test_caption_run_into_the_text_is_not_the_speaker(nlp: Any, cues: CueLexicon) -> None:
    text = (
        "Camera footage of what Minsk says are Polish drones (photo: Marta Kowal)\n\n"
        "Lithuania has expressed alarm, saying on Friday that the balloons came from Belarus."
    )
    statements = _extract(nlp, cues, text)
    assert [(s.speaker.actor, s.content) for s in statements][-1] == (
        "LTU",
        "the balloons came from Belarus",
    )


def test_a_persons_office_speaks_without_the_name(nlp: Any, cues: CueLexicon) -> None:
    text = "Marta Kowal ruled out new talks. Her office said that the border would stay shut."
    first, second = _extract(nlp, cues, text)
    assert (first.speaker.name, first.factuality) == ("Marta Kowal", "denied")
    assert (second.speaker.actor, second.speaker.name) == ("POL-GOV", None)


@pytest.mark.parametrize(
    ("text", "actor", "cue", "content"),
    [
        (
            "Lithuania's announcement that it would close two crossings angered Minsk.",
            "LTU",
            "announcement",
            "it would close two crossings",
        ),
        (
            "Lithuania's statement read: \u201cThe border stays closed until further notice.\u201d",
            "LTU",
            "read",
            "The border stays closed until further notice.",
        ),
        (
            "In a statement posted on Twitter, the ministry claimed that two drones fell.",
            "LTU-GOV",
            "claimed",
            "two drones fell",
        ),
    ],
    ids=["announcement-that", "statement-read", "in-a-statement-posted"],
)
def test_nominal_and_written_cues(
    nlp: Any, cues: CueLexicon, text: str, actor: str, cue: str, content: str
) -> None:
    (statement,) = _extract(nlp, cues, text)
    assert (statement.speaker.actor, statement.cue, statement.content) == (actor, cue, content)


def test_joint_statement_at_an_organisation(nlp: Any, cues: CueLexicon) -> None:
    text = (
        "At a session of the OSCE, Latvia, Estonia and Lithuania issued a statement. "
        'The statement read, "We will not accept threats." They also called for calm.'
    )
    read, called = _extract(nlp, cues, text)
    assert read.speaker.name == "Latvia, Estonia and Lithuania"
    assert read.speaker.actor == "OSCE"
    assert read.speaker.members == ("LVA-GOV", "EST-GOV", "LTU-GOV")
    assert (called.speaker, called.content) == (read.speaker, "calm")


def test_quote_continued_in_next_paragraph(nlp: Any, cues: CueLexicon) -> None:
    text = "“We expect calm,” Petrov said.\n\n“Nobody here wants a war. Nobody.”"
    statements = _extract(nlp, cues, text)
    assert [s.content for s in statements] == ["We expect calm", "Nobody here wants a war. Nobody."]
    assert {s.speaker.actor for s in statements} == {"BLR-GOV"}


def test_added_is_a_separate_statement(nlp: Any, cues: CueLexicon) -> None:
    text = "Kowal said the border was calm. She added that more guards would arrive."
    statements = _extract(nlp, cues, text)
    assert [(s.cue, s.content) for s in statements] == [
        ("said", "the border was calm"),
        ("added", "more guards would arrive"),
    ]
    assert statements[1].speaker.name == "Marta Kowal"


def test_one_statement_per_cue(nlp: Any, cues: CueLexicon) -> None:
    text = "Lithuania accused Belarus of staging the crisis, claiming guards escorted migrants."
    statements = _extract(nlp, cues, text)
    assert [(s.cue, s.factuality, s.content) for s in statements] == [
        ("accused", "asserted", "Belarus of staging the crisis"),
        ("claiming", "claimed", "guards escorted migrants"),
    ]
    assert [s.target for s in statements] == ["BLR", None]


def test_nested_attribution_has_parent(nlp: Any, cues: CueLexicon) -> None:
    text = "Reuters reported that Lithuanian officials claimed the balloons carried cigarettes."
    outer, inner = _extract(nlp, cues, text)
    assert (outer.speaker.name, outer.factuality, outer.parent) == ("Reuters", "asserted", None)
    assert (inner.speaker.actor, inner.factuality, inner.parent) == ("LTU-GOV", "claimed", "s1")
    assert inner.content == "the balloons carried cigarettes"


def test_inner_statement_inherits_distancing(nlp: Any, cues: CueLexicon) -> None:
    text = "Belarus claimed that Lithuanian officials had said the fence was illegal."
    outer, inner = _extract(nlp, cues, text)
    assert outer.factuality == "claimed"
    assert (inner.speaker.actor, inner.factuality, inner.parent) == ("LTU-GOV", "claimed", "s1")


def test_same_speaker_relative_clause_is_its_own_statement(nlp: Any, cues: CueLexicon) -> None:
    text = "Russia reported that it had intercepted a drone, which it claimed was Estonian."
    reported, claimed = _extract(nlp, cues, text)
    assert reported.content == "it had intercepted a drone"
    assert (claimed.factuality, claimed.content, claimed.parent) == (
        "claimed",
        "was Estonian",
        None,
    )


def test_said_to_takes_the_speaker_before(nlp: Any, cues: CueLexicon) -> None:
    text = (
        "The ministry claimed that guards were attacked at dawn. "
        "The attackers are said to have thrown stones at the patrol."
    )
    first, second = _extract(nlp, cues, text)
    assert second.speaker == first.speaker
    assert (second.factuality, second.content) == ("hedged", "thrown stones at the patrol")


def test_outlet_referred_back_to(nlp: Any, cues: CueLexicon) -> None:
    text = "Reuters reported that the crossing was closed. The agency added that trucks waited."
    statements = _extract(nlp, cues, text)
    assert [s.speaker.name for s in statements] == ["Reuters", "Reuters"]


def test_target_is_the_main_other_actor(nlp: Any, cues: CueLexicon) -> None:
    text = "Kowal said Belarusian helicopters had flown over Belarus and Lithuania twice."
    (statement,) = _extract(nlp, cues, text)
    assert statement.target == "BLR"


def test_ids_in_text_order(nlp: Any, cues: CueLexicon) -> None:
    text = (
        "Kowal said the crossing would reopen. Petrov denied that trucks were stopped. "
        '"We are patient," Kowal said.'
    )
    statements = _extract(nlp, cues, text)
    assert [s.id for s in statements] == ["s1", "s2", "s3"]
    assert [s.content_span[0] for s in statements] == sorted(s.content_span[0] for s in statements)


# ---------------------------------------------------------------------------
# the cue lexicon


def _factuality(lexicon: CueLexicon, verb: str) -> str | None:
    cue = lexicon.first("verb", verb)
    return None if cue is None else cue.factuality


def test_lexicon_loads_and_matches(cues: CueLexicon) -> None:
    assert len(cues) > 50
    assert cues.first("verb", "say") is not None
    assert _factuality(cues, "claim") == "claimed"
    assert _factuality(cues, "dismiss") == "denied"
    assert cues.hedge("Reportedly") is not None
    phrases = [c.words for c in cues.lookup("verb", "call")]
    assert ("call", "on") in phrases
    assert phrases[-1] == ("call",)  # longest first: "call on" is tried before "call"
    call = cues.first("verb", "call")
    assert call is not None
    assert call.content == "as"  # "called X a provocation", never "called a meeting"


def test_user_cues_extend_and_override(tmp_path: Path, nlp: Any) -> None:
    (tmp_path / "cues.csv").write_text(
        "# mine\ncue,type,factuality,content\n"
        "say,verb,claimed,clause\nmutter,verb,asserted,clause\n",
        encoding="utf-8",
    )
    lexicon = load_cue_lexicon(Settings(data_dirs=(tmp_path,)))
    assert _factuality(lexicon, "say") == "claimed"
    (statement,) = _extract(nlp, lexicon, "Petrov muttered that the gate was shut.")
    assert statement.cue == "muttered"


@pytest.mark.parametrize(
    "body",
    [
        "cue,type\nsay,verb\n",
        "cue,type,factuality,content\nsay,verb,maybe,clause\n",
        "cue,type,factuality,content\nsay,noise,asserted,clause\n",
        "cue,type,factuality,content\nsay,verb,asserted\n",
    ],
    ids=["bad-header", "bad-factuality", "bad-type", "short-row"],
)
def test_bad_cue_file_is_a_config_error(tmp_path: Path, body: str) -> None:
    (tmp_path / "cues.csv").write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"cues\.csv"):
        load_cue_lexicon(Settings(data_dirs=(tmp_path,)))


# ---------------------------------------------------------------------------
# properties and wiring


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "Kowal said",
                '"',
                "“",
                "”",
                " that ",
                "Petrov",
                " accused Minsk of ",
                "according to Reuters",
                ", ",
                ". ",
                "\n\n",
                "the guards left",
                ":",
                " \u2013 ",
                "are said to have",
                "which it claimed",
            ]
        ),
        max_size=14,
    ).map("".join)
)
def test_arbitrary_text_gives_spans_inside(nlp: Any, cues: CueLexicon, text: str) -> None:
    for statement in _extract(nlp, cues, text):
        start, end = statement.content_span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == statement.content
        assert statement.factuality in ("asserted", "claimed", "denied", "hedged")
        assert statement.kind in ("direct", "indirect", "mixed")


def test_with_the_real_actor_stage(nlp: Any, cues: CueLexicon) -> None:
    from flashpoint.extract.actors import find_actors, load_actor_registry

    text = '"We will not send soldiers," Polish Prime Minister Donald Tusk told reporters.'
    doc = nlp(text)
    actors = find_actors(doc, load_actor_registry(Settings(data_dirs=())), published="2025-09-05")
    (statement,) = extract_statements(doc, actors=actors, cues=cues)
    assert statement.speaker.actor is not None
    assert statement.speaker.actor.startswith("POL")
    assert statement.speaker.name is not None
    assert statement.speaker.name.endswith("Tusk")
    assert statement.content == "We will not send soldiers"


# round 2: attribution frames, role-noun and anaphoric speakers (new sentences)
FRAMES = [
    (
        "Two drones crossed the river overnight, a spokeswoman for the ministry said.",
        [("LTU-GOV", None, "said", "Two drones crossed the river overnight")],
    ),
    (
        '"The river is calm," a spokeswoman for the ministry said. "We are watching it," '
        "she added.",
        [
            ("LTU-GOV", None, "said", "The river is calm"),
            ("LTU-GOV", None, "added", "We are watching it"),
        ],
    ),
    (
        'Minsk moved tanks to the river, a spokesman for the ministry said. "The tanks are new," '
        'he added, "and they are many."',
        [
            ("LTU-GOV", None, "said", "Minsk moved tanks to the river"),
            ("LTU-GOV", None, "added", "The tanks are new"),
            ("LTU-GOV", None, "added", "and they are many."),
        ],
    ),
    (
        "The Helsinki Committee sent lawyers to the border on Monday. Two of them were "
        "detained, the group said in a statement.",
        [("POL-CVL", "Helsinki Committee", "said", "Two of them were detained")],
    ),
    (
        'Minsk dismissed reports that it had moved tanks, calling them "a crude lie".',
        [
            ("BLR-GOV", None, "dismissed", "reports that it had moved tanks"),
            ("BLR-GOV", None, "calling", 'them "a crude lie"'),
        ],
    ),
    (
        '"We see no threat," Petrov said. The tanks, he went on, had left the river.',
        [
            ("BLR-GOV", "Ivan Petrov", "said", "We see no threat"),
            ("BLR-GOV", "Ivan Petrov", "went on", "The tanks, he went on, had left the river"),
        ],
    ),
    (
        "The gates will reopen on Monday, Petrov was quoted as saying by Reuters.",
        [
            ("BLR-GOV", "Ivan Petrov", "was quoted as saying", "The gates will reopen on Monday"),
            ("GBR-MED", "Reuters", "quoted", "The gates will reopen on Monday"),
        ],
    ),
    (
        "Images published by Planet Labs on Sunday show new tents near the river.",
        [("PLANET", "Planet Labs", "show", "new tents near the river")],
    ),
    (
        "VILNIUS, May 4 (Wire) - Around 600 people crossed in April, official figures show.",
        [("LTU-GOV", None, "show", "Around 600 people crossed in April")],
    ),
    (
        "According to the ministry's own figures, 600 people crossed in April.",
        [("LTU-GOV", None, "According to", "600 people crossed in April")],
    ),
    (
        'Kowal spoke after the talks. In her words, Minsk is "playing a dangerous game".',
        [("POL-GOV", "Marta Kowal", "In her words", 'Minsk is "playing a dangerous game"')],
    ),
    (
        "MINSK, 4 May (Wire) \u2013 Ivan Petrov on Monday accused Lithuania of closing the road.",
        [("BLR-GOV", "Ivan Petrov", "accused", "Lithuania of closing the road")],
    ),
    (
        "VILNIUS, May 4 (Wire) - Two drones fell near the river, Lithuanian officials said.",
        [("LTU-GOV", None, "said", "Two drones fell near the river")],
    ),
    (
        'Petrov said: "The road stays shut." He added that talks would resume.',
        [
            ("BLR-GOV", "Ivan Petrov", "said", "The road stays shut."),
            ("BLR-GOV", "Ivan Petrov", "added", "talks would resume"),
        ],
    ),
    (
        "VILNIUS, May 4 (Wire) - Two drones fell near the river overnight, a spokeswoman for "
        "the ministry told reporters.",
        [("LTU-GOV", None, "told", "Two drones fell near the river overnight")],
    ),
    (
        "Marta Kowal spoke with Petrov by phone on Monday, her spokesman said.",
        [("POL-GOV", None, "said", "Marta Kowal spoke with Petrov by phone on Monday")],
    ),
    (
        "As Petrov put it, the road is a lifeline.",
        [("BLR-GOV", "Ivan Petrov", "put it", "the road is a lifeline")],
    ),
    (
        "Petrov, quoted by Reuters, said the road would reopen.",
        [
            ("GBR-MED", "Reuters", "quoted", "the road would reopen"),
            ("BLR-GOV", "Ivan Petrov", "said", "the road would reopen"),
        ],
    ),
    (
        "VILNIUS, May 4 (Wire) - The checkpoint will close at noon, the interior minister said.",
        [("LTU-GOV", None, "said", "The checkpoint will close at noon")],
    ),
    (
        "VILNIUS, May 4 (Wire) - The drills will end on Friday, a senior commander said.",
        [("LTU-MIL", None, "said", "The drills will end on Friday")],
    ),
    (
        "The Latvian army said it had sent 200 soldiers to the river. \u201cThe men are ready,"
        "\u201d its commander, Janis Ozols, told reporters.",
        [
            ("LVA-MIL", None, "said", "it had sent 200 soldiers to the river"),
            ("LVA-MIL", "Janis Ozols", "told", "The men are ready"),
        ],
    ),
    (
        "Two drones fell near the river, a spokeswoman for the ministry, Rasa Kalnina, said.",
        [("LTU-GOV", "Rasa Kalnina", "said", "Two drones fell near the river")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    FRAMES,
    ids=[
        "role-noun-for-x",
        "she-added-after-unnamed-spokeswoman",
        "broken-quote-he-added",
        "the-group-said",
        "participle-second-cue",
        "parenthetical-went-on",
        "quoted-as-saying-by-medium",
        "images-published-by-x-show",
        "official-figures-show-dateline-country",
        "according-to-owners-figures",
        "in-her-words",
        "dateline-lead-subject",
        "dateline-not-in-content",
        "quote-then-he-added-that",
        "dateline-is-no-subject",
        "her-spokesman-is-the-content-subjects",
        "as-x-put-it",
        "quoted-by-medium-participle",
        "unnamed-minister-is-the-datelines",
        "unnamed-commander-is-the-datelines-forces",
        "its-chief-name-told",
        "spokeswoman-for-x-name-said",
    ],
)
def test_attribution_frames(nlp: Any, cues: CueLexicon, text: str, expected: Any) -> None:
    statements = _extract(nlp, cues, text)
    got = [(s.speaker.actor, s.speaker.name, s.cue, s.content) for s in statements]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania denied the report on Monday.",
        "Moscow has rejected the corridor proposal.",
        "The Commission promised Latvia new funding for the fence.",
        "Press remarks\n\nMINISTER MARTA KOWAL: Good morning. We discussed the border.",
    ],
    ids=[
        "denied-the-report",
        "rejected-a-proposal",
        "promised-x-funding",
        "transcript-speaker-label",
    ],
)
def test_no_statement_from_non_speech_objects(nlp: Any, cues: CueLexicon, text: str) -> None:
    assert _extract(nlp, cues, text) == []


def test_denial_with_a_clause_stays(nlp: Any, cues: CueLexicon) -> None:
    (statement,) = _extract(nlp, cues, "Minsk denied reports that it had closed the road.")
    assert (statement.factuality, statement.content) == (
        "denied",
        "reports that it had closed the road",
    )


def test_continued_quote_has_its_own_factuality(nlp: Any, cues: CueLexicon) -> None:
    text = '"We will not accept this," Petrov said. "The road stays open."'
    assert [s.factuality for s in _extract(nlp, cues, text)] == ["denied", "asserted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Petrov said that Lithuanian guards had beaten two men, which Vilnius denied.",
            [
                ("BLR-GOV", "said", "asserted", "Lithuanian guards had beaten two men"),
                ("LTU-GOV", "denied", "denied", "Lithuanian guards had beaten two men"),
            ],
        ),
        (
            "Minsk says Lithuanian guards crossed the river, a claim Vilnius has denied.",
            [
                ("BLR-GOV", "says", "asserted", "Lithuanian guards crossed the river"),
                ("LTU-GOV", "denied", "denied", "Lithuanian guards crossed the river"),
            ],
        ),
    ],
    ids=["which-x-denied", "a-claim-x-denied"],
)
def test_relative_denial_answers_the_clause_before(
    nlp: Any, cues: CueLexicon, text: str, expected: Any
) -> None:
    got = [(s.speaker.actor, s.cue, s.factuality, s.content) for s in _extract(nlp, cues, text)]
    assert got == expected


def test_quote_before_a_speaker_with_a_relative_clause(nlp: Any, cues: CueLexicon) -> None:
    text = '"The road is closed," Petrov, who spoke in Minsk, told reporters.'
    assert [_brief(s) for s in _extract(nlp, cues, text)] == [
        ("BLR-GOV", "Ivan Petrov", "direct", "asserted", "The road is closed")
    ]


def test_members_of_a_named_organisation_speak_with_its_name(nlp: Any, cues: CueLexicon) -> None:
    from flashpoint.extract.actors import find_actors, load_actor_registry

    text = "Doctors from Medecins Sans Frontieres say the camp has no clean water."
    doc = nlp(text)
    actors = find_actors(doc, load_actor_registry(Settings(data_dirs=())), published="2021-11-10")
    (statement,) = extract_statements(doc, actors=actors, cues=cues)
    assert (statement.speaker.name or "").startswith("M")
    assert statement.content == "the camp has no clean water"


def test_quotation_going_on_is_not_the_next_cues_content(nlp: Any, cues: CueLexicon) -> None:
    text = (
        '"The road stays shut," Petrov told reporters. "We will not be blackmailed." '
        "Vilnius has denied claims that its guards beat two men."
    )
    got = [(s.speaker.actor, s.cue, s.content) for s in _extract(nlp, cues, text)]
    assert got == [
        ("BLR-GOV", "told", "The road stays shut"),
        ("BLR-GOV", "told", "We will not be blackmailed."),
        ("LTU-GOV", "denied", "claims that its guards beat two men"),
    ]


def test_content_that_is_one_quotation_with_its_marks_is_direct(nlp: Any, cues: CueLexicon) -> None:
    text = "Lithuania warns of \u201cgrave consequences\u201d\n\nThe ministers met on Monday."
    (statement,) = _extract(nlp, cues, text)
    assert (statement.kind, statement.content) == (
        "direct",
        "\u201cgrave consequences\u201d",
    )


def test_quotation_closed_by_a_full_stop_before_told_reporters(nlp: Any, cues: CueLexicon) -> None:
    text = '"The road stays shut." Petrov told reporters on Monday.'
    assert [(s.speaker.name, s.content) for s in _extract(nlp, cues, text)] == [
        ("Ivan Petrov", "The road stays shut.")
    ]


# reporting verbs by class: each gives one statement with its class's factuality
VERB_CLASSES = [
    ("Kowal conceded that the camp had run out of blankets.", "Kowal", "asserted"),
    ("Petrov cautioned that the convoy might be delayed.", "Petrov", "asserted"),
    ("Moscow countered that the drills had been announced months ago.", "Moscow", "asserted"),
    ("Minsk complained that its observers had been turned away.", "Minsk", "asserted"),
    ("Vilnius reaffirmed that the crossing would remain shut.", "Vilnius", "asserted"),
    ("Petrov disclosed that two more battalions had arrived.", "Petrov", "asserted"),
    ("Lithuanian officials fear the new camp could draw more migrants.", "officials", "asserted"),
    ("Lithuanian officials believe the fire was started on purpose.", "officials", "asserted"),
    ("Kowal reminded Minsk that the agreement expired in May.", "Kowal", "asserted"),
    ("Petrov has refused to pull the battalions back from the river.", "Petrov", "denied"),
    ("Kowal declined to send more guards to the crossing.", "Kowal", "denied"),
    ("Moscow insisted the exercises were purely defensive.", "Moscow", "asserted"),
    ("Minsk refuted the claim that its guards had cut the wire.", "Minsk", "denied"),
    ("Petrov alleged that the patrol had fired first.", "Petrov", "claimed"),
    ("Kowal repeated that the camp would close in spring.", "Kowal", "asserted"),
    ("Moscow expressed concern that the patrols could clash.", "Moscow", "asserted"),
    ("Petrov was adamant that no convoy had crossed.", "Petrov", "asserted"),
    ('Kowal posted on Telegram: "The road is open again."', "Kowal", "asserted"),
]


@pytest.mark.parametrize(
    ("text", "speaker", "factuality"),
    VERB_CLASSES,
    ids=[
        "conceded",
        "cautioned",
        "countered",
        "complained",
        "reaffirmed",
        "disclosed",
        "officials-fear",
        "officials-believe",
        "reminded-x-that",
        "refused-to",
        "declined-to",
        "insisted",
        "refuted",
        "alleged",
        "repeated",
        "expressed-concern",
        "was-adamant",
        "posted-quote",
    ],
)
def test_reporting_verb_classes(
    nlp: Any, cues: CueLexicon, text: str, speaker: str, factuality: str
) -> None:
    (statement,) = _extract(nlp, cues, text)
    assert statement.factuality == factuality
    assert text[slice(*statement.cue_span or (0, 0))] == statement.cue
    assert speaker in text[: statement.cue_span[0] if statement.cue_span else 0]
    assert statement.content and statement.content in text


@pytest.mark.parametrize(
    "text",
    [
        "Minsk announced the drills on Monday without saying how many troops would take part.",
        "Kowal declined to say how many guards had been sent.",
        "Petrov refused to comment on the report.",
        "Not one minister has said how many soldiers would go.",
        "No official has said whether the camp will close.",
        "None of the officials said when the road would reopen.",
        "Kowal did not want to say where the convoy was heading.",
    ],
    ids=[
        "without-saying",
        "declined-to-say",
        "refused-to-comment",
        "not-one-has-said",
        "no-official-has-said",
        "none-of-them-said",
        "did-not-want-to-say",
    ],
)
def test_withheld_speech_reports_nothing(nlp: Any, cues: CueLexicon, text: str) -> None:
    statements = _extract(nlp, cues, text)
    assert [s for s in statements if s.cue.lower() not in ("announced",)] == []


def test_offer_declined_in_a_relative_clause_is_no_denial(nlp: Any, cues: CueLexicon) -> None:
    text = "Riga would welcome help from the OSCE, which Vilnius has so far declined."
    assert _extract(nlp, cues, text) == []


def test_speaker_before_an_interrupting_participle(nlp: Any, cues: CueLexicon) -> None:
    text = "Ivan Petrov, asked about the convoy in Minsk, warned that any patrol would be stopped."
    (statement,) = _extract(nlp, cues, text)
    assert (statement.speaker.actor, statement.speaker.name) == ("BLR-GOV", "Ivan Petrov")
    assert statement.content == "any patrol would be stopped"


def test_that_clause_after_a_prepositional_phrase(nlp: Any, cues: CueLexicon) -> None:
    text = "Minsk said in a readout of the call that the leaders had discussed the border."
    (statement,) = _extract(nlp, cues, text)
    assert (statement.speaker.actor, statement.content) == (
        "BLR-GOV",
        "the leaders had discussed the border",
    )


def test_reporting_verb_parsed_as_a_plural_noun(nlp: Any, cues: CueLexicon) -> None:
    text = "Lithuanian officials' intelligence estimates that two brigades have left."
    statements = _extract(nlp, cues, text)
    assert [(s.cue, s.content) for s in statements] == [("estimates", "two brigades have left")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Vilnius questioned Petrov's remarks that the convoy had turned back.",
            "BLR-GOV",
            "remarks",
            "the convoy had turned back",
        ),
        (
            "Minsk welcomed Kowal's assurance that the camp would close.",
            "POL-GOV",
            "assurance",
            "the camp would close",
        ),
        (
            '"The gate stays shut," according to Ivan Petrov.',
            "BLR-GOV",
            "according to",
            "The gate stays shut",
        ),
    ],
    ids=["remarks-that", "assurance-that", "quote-according-to"],
)
def test_nominal_cues_and_quoted_according_to(
    nlp: Any, cues: CueLexicon, text: str, speaker: str, cue: str, content: str
) -> None:
    statements = _extract(nlp, cues, text)
    assert (speaker, cue, content) in [(s.speaker.actor, s.cue, s.content) for s in statements]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A senior Polish security source said the road had been closed.", "POL-GOV"),
        ("A source close to the talks said the convoy had stopped.", "UNK-GOV"),
    ],
    ids=["demonym-source", "unplaced-source"],
)
def test_anonymous_source_speaks_for_its_government(
    nlp: Any, cues: CueLexicon, text: str, actor: str
) -> None:
    (statement,) = _extract(nlp, cues, text)
    assert (statement.speaker.actor, statement.speaker.name) == (actor, None)


def test_cue_before_a_contrasting_clause_is_not_parenthetical(nlp: Any, cues: CueLexicon) -> None:
    text = (
        "The guards will reopen the crossing on Monday, Kowal announced, yet the road"
        " itself remains closed."
    )
    statements = _extract(nlp, cues, text)
    assert [(s.speaker.actor, s.content) for s in statements] == [
        ("POL-GOV", "The guards will reopen the crossing on Monday")
    ]
