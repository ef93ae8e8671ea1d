"""Events: PLOVER types and modes, their source and target, status, date and place.

Triggers come from the lexicon (`event_lexicon`, data file `events.csv`), arguments from
the dependency parse (`event_arguments`: subject, passive agent, possessor of a noun trigger
-> source; object or the party or place a preposition points at -> target), resolved to
actors through the document's actor index. Status and attribution come from the statements
and the words around the trigger (`event_status`). Sentences are the parser's, split at
headlines (`event_sentences`). A phrase naming several parties gives one actor each
(`event_conjuncts`); restrictions told as states ("remain barred") come from
`event_statives`; refusals and what they negate from `event_refusals`; the party a
refusal of "the account" or a condemnation of "the attack" is aimed at from
`event_antecedents`; settings, descriptions and open questions that report no act from
`event_filters`. This module decides what is an event at all (with those filters,
background noun phrases, the content of a request), fills targets the clause leaves out
(the other side of a border, the report's theatre), and makes one event per country,
target, status and mode (and clause) in a sentence.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from flashpoint.extract.dates import find_event_date
from flashpoint.extract.event_antecedents import (
    POINTING_TYPES,
    Earlier,
    antecedent,
    pointed_noun,
)
from flashpoint.extract.event_arguments import (
    FIRST_PERSON,
    RECIPROCAL_TYPES,
    deep_actors,
    distinct,
    doc_text,
    find_sources,
    find_targets,
    forces_of,
    from_object,
    is_noun,
    leading_mentions,
    noun_doer,
    outside,
    purpose_targets,
    resolve_all,
    source_code,
    target_code,
)
from flashpoint.extract.event_context import THEATRE, Context, Found
from flashpoint.extract.event_filters import (
    SPEECH_TYPES,
    back_reference,
    described,
    generic,
    in_modifier,
    in_setting_clause,
    indirect_question,
    is_setting,
    question,
    topic_participle,
)
from flashpoint.extract.event_lexicon import (
    EventLexicon,
    Match,
    destinations_of,
    find_triggers,
    in_class,
    load_event_lexicon,
    objects_of,
    subject_of,
)
from flashpoint.extract.event_refusals import (
    denial,
    inherit_targets,
    negated_mobilize_rejects,
    refused_forces,
)
from flashpoint.extract.event_sentences import sentences
from flashpoint.extract.event_statives import held_in, stative_matches, stative_subject
from flashpoint.extract.event_status import Carrier, decide_status, find_carrier, modality
from flashpoint.extract.places import find_location
from flashpoint.records import (
    DateInfo,
    Event,
    Location,
    Quantity,
    Speaker,
    Statement,
    entity_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from flashpoint.extract.actors import ActorIndex, ActorMention
    from flashpoint.extract.places import Gazetteer

# types whose complement is the requested or threatened act, not an event of its own
FRAMING_TYPES = frozenset({"REQUEST", "THREATEN"})
FRAMING_LEMMAS = frozenset({"invite"})  # "invited UNHCR to visit": the visit is the invitation
# accusations and threats are aimed at someone: with no target in the clause, the carrying
# statement's target (measured: helps; for REJECT, SUPPORT, REQUEST it hurts)
STATEMENT_TARGET_TYPES = frozenset({"ACCUSE", "THREATEN"})
# acts at a border whose target, when the clause names none, is the other side (guide:
# "cut fences", "attempt intrusion across a border"; forces stationed on a border)
BORDER_TYPES = frozenset({"MOBILIZE", "COERCE", "ASSAULT"})
# deployments, attacks and aid always land somewhere: with no target in the text, the
# country the report is about (measured on the dev corpus)
THEATRE_TYPES = frozenset({"MOBILIZE", "ASSAULT", "AID", "COERCE", "SANCTION", "RETREAT"})
# "those who ... should know this comes at a cost": a demand to know is a warning
WARNING_VERBS = frozenset({"know", "understand", "realise", "realize", "remember", "beware"})
# subjects that stand for the author's own act in an official text ("The decision targets")
VOICE_SUBJECTS = frozenset({"decision", "measure", "sanction", "package", "listing", "statement"})
PHYSICAL_TYPES = frozenset({"MOBILIZE", "RETREAT", "COERCE", "ASSAULT"})
EXERCISE_WORDS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "war game"})
PERSON_KINDS = frozenset({"name", "title", "country", "metonym", "org"})
HOSTILE_TYPES = frozenset({"COERCE", "ASSAULT"})
FORCE_TYPES = frozenset({"MOBILIZE", "ASSAULT"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such", "its", "their"})
# adverbs that make a reported hostile act a charge against its doer
DELIBERATE_WORDS = frozenset(
    {"deliberately", "intentionally", "purposely", "purposefully", "cynically", "knowingly",
     "systematically", "consciously", "wilfully", "willfully"}
)  # fmt: skip
_SELF_PRONOUNS = frozenset({"we", "i", "it", "this", "that", "you"})
# control acts a country's police or border guard does at home (detain, stop, push back)
CONTROL_MODES = frozenset({"arrest", "restrict", "deport"})
# doers of a control act that name no country ("patrols", "officers"): the home police
CONTROL_DOERS = frozenset(
    {"patrol", "border guard", "guard", "police", "officer", "authority", "state", "government",
     "official", "agent", "service"}
)  # fmt: skip
# a counted group of countries named before ("the three countries", "both governments")
GROUP_NOUNS = frozenset({"countries", "nations", "states", "governments", "capitals", "allies"})
# a transcript's speaker label at the start of a line ("NATO SECRETARY GENERAL: ...")
SPEAKER_LABEL = re.compile(r"([A-Z][A-Z .'()\-]{2,60}):\s")
GROUP_WINDOW = 600  # characters back to look for the people whose countries a group counts
NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4}
# words naming one state's own body ("the Cabinet of Ministers", "the interior ministry")
STATE_BODIES = frozenset(
    {"cabinet", "ministry", "government", "office", "police", "guard", "service", "forces",
     "army", "parliament", "prosecutor", "prosecutors", "court", "ministers", "premier",
     "presidency", "navy", "gendarmerie"}
)  # fmt: skip
PEOPLE_COUNTS = frozenset(
    {"another", "some", "dozens", "hundreds", "thousands", "several", "many", "about", "two",
     "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty"}
)  # fmt: skip
MOVED_FORCES = frozenset({"MOBILIZE", "RETREAT"})
# acts an agreement "on" decides ("agreed on sanctions", "agreed on sending troops")
DECIDED_TYPES = frozenset({"SANCTION", "AID", "MOBILIZE", "COERCE", "RETREAT", "CONCEDE"})
# sectors a state acts through: never the people a control act moves or holds
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", None})
PEOPLE_WINDOW = 400  # characters back to look for who "them" in a pushback are
PEOPLE_LOOKBACK = 12  # mentions back, at most
MEDIA_WORDS = frozenset({"journalist", "reporter", "photographer", "cameraman", "crew"})
POLICE_WORDS = ("police", "officer", "gendarm")  # a police force, not border guards
HELD_SECTORS = frozenset({"MED", "CVL", "REF", "OPP"})  # people a restriction holds out


# ---------------------------------------------------------------------------
# filters and frames


def _request_mode(head: Token, context: Context) -> str:
    """The PLOVER mode of a demand, from what it asks for ("release prisoners" -> yield)."""
    words = {t.lemma_.lower() for t in head.subtree if t.i != head.i}
    for mode in ("yield", "assist"):
        if words & context.classes.get(mode, frozenset()):
            return mode
    if words & context.talk_words:
        return "meet"
    return "change"


def _as_people(mention: ActorMention, control: bool) -> ActorMention:
    """A counted demonym ("25 Afghans", "another 118 Iraqis"), or any plural one stopped,
    detained or pushed back ("forced a group of Iraqis back"), stands for migrants."""
    words = mention.text.split()
    counted = control or any(w[:1].isdigit() or w.lower() in PEOPLE_COUNTS for w in words[:-1])
    if mention.kind == "demonym" and counted and words[-1].endswith("s"):
        return dataclasses.replace(mention, actor="UNK-REF", kind="group")
    return mention


def _police_force(source: str, mentions: dict[str, ActorMention], codes: list[str]) -> bool:
    """Whether a police source is a police force named beside soldiers of its own country
    ("soldiers and police officers were sent"), not border guards going with them."""
    mention = mentions.get(source)
    if mention is None or not source.endswith("-COP"):
        return False
    entity = entity_of(source)
    if not any(c != source and entity_of(c) == entity and c.endswith("-MIL") for c in codes):
        return False
    return any(word.startswith(POLICE_WORDS) for word in mention.text.lower().split())


def _refuser(match: Match, context: Context) -> Match | None:
    """The refusal whose denied report a pronoun-subject act is told in ("rejected reports
    that it has massed units, calling them ..."): the "it" is the one refusing."""
    head = match.head
    if is_noun(head):
        return None
    subject = subject_of(head)
    if subject is None or subject.pos_ != "PRON" or subject.lower_ not in ("it", "they"):
        return None
    token = head
    for _ in range(6):
        if token.head.i == token.i:
            return None
        token = token.head
        found = context.by_head.get(token.i)
        if found is not None and found.trigger.type == "REJECT" and found is not match:
            return found
    return None


def _declared_threat(match: Match, carrier: Carrier, sent: Span, context: Context) -> list[Found]:
    """A threat said as what something will be ("Any foreign troops will be a legitimate
    target," Peskov said): the speaker threatens the subject, by saying it (occurred)."""
    statement = carrier.statement
    if statement is None or carrier.is_cue or statement.speaker.actor is None:
        return []
    subject = subject_of(match.head.head)
    speaker = statement.speaker.actor
    found = resolve_all(context.actors, subject) if subject is not None else []
    targets: list[str | None] = [None]
    for mention in found:
        if entity_of(mention.actor) not in (None, "UNK", entity_of(speaker)):
            targets = [mention.actor]
            break
    return [
        Found(match, "THREATEN", match.trigger.mode, source, target, "occurred", statement.id, sent)
        for source in _speaker_codes(statement.speaker)
        for target in targets
    ]


def _charge(match: Match, carrier: Carrier, sent: Span, context: Context) -> list[Found]:
    """A speaker's charge told as what the subject does ("Minsk wants to provoke an
    incident," the minister said): ACCUSE by the speaker against the subject."""
    statement = carrier.statement
    if statement is None or carrier.is_cue or statement.speaker.actor is None:
        return []
    head = match.head
    clause = head.head if head.dep_ == "xcomp" else head  # "Minsk wants to provoke"
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    speaker = statement.speaker.actor
    if subject is None or entity_of(speaker) in (None, "UNK"):
        return []
    targets = [
        m.actor for m in resolve_all(context.actors, subject)
        if entity_of(m.actor) not in (None, "UNK", entity_of(speaker))
    ]  # fmt: skip
    return [
        Found(match, "ACCUSE", match.trigger.mode, source, target, "occurred", statement.id, sent)
        for source in _speaker_codes(statement.speaker)
        for target in targets[:1]
    ]


def _deliberate_charge(match: Match, carrier: Carrier, found: list[Found]) -> list[Found]:
    """A hostile act a party's speaker calls deliberate ("Belarus is deliberately using
    migrants ...," the Latvian minister said) is also the speaker's accusation of its doer."""
    statement = carrier.statement
    if statement is None or carrier.is_cue or statement.speaker.actor is None:
        return []
    if match.trigger.type not in HOSTILE_TYPES or not any(
        c.dep_ == "advmod" and c.lower_ in DELIBERATE_WORDS for c in match.head.children
    ):
        return []
    speaker = entity_of(statement.speaker.actor)
    if speaker in (None, "UNK"):
        return []
    doers = dict.fromkeys(f.source for f in found if entity_of(f.source) not in (speaker, "UNK"))
    return [
        Found(match, "ACCUSE", "disapprove", source, doer, "occurred", statement.id, found[0].sent)
        for source in _speaker_codes(statement.speaker)
        for doer in doers
    ]


def _doerless(match: Match) -> bool:
    """Whether a trigger names no doer at all: a bare noun ("an attack could come") or an
    agentless passive ("the drills would be held"), not an unplaced subject."""
    head = match.head
    if is_noun(head):  # the subject of its clause, not a reference back ("the attack")
        return (
            head.dep_ in ("nsubj", "nsubjpass")
            and noun_doer(head) is None
            and not any(c.dep_ == "poss" for c in head.children)
            and not any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in head.children)
            and not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)
        )
    passive = any(c.dep_ == "auxpass" for c in head.children)
    return passive and not any(c.dep_ == "agent" for c in head.children)


def _forces_around(match: Match, sent: Span, context: Context) -> list[str]:
    """The one country whose forces the sentence names before the trigger ("92,000 Russian
    troops are stationed ..., and an attack could come"), else the one that moved or
    struck in the sentences just before."""
    start = sent.doc[match.start].idx
    named = {
        m.actor for m in context.actors.within(sent.start_char, start)
        if m.sector == "MIL" and entity_of(m.actor) not in (None, "UNK")
    }  # fmt: skip
    if len({entity_of(a) for a in named}) == 1:
        return sorted(named)[:1]
    return list(context.forces)


def _numbered_group(mention: ActorMention, actors: ActorIndex) -> list[ActorMention]:
    """The countries a counted group refers back to ("the three countries", "both
    governments"): the last so many countries named before it, else the mention itself."""
    words = mention.text.lower().split()
    if len(words) < 2 or words[-1] not in GROUP_NOUNS or entity_of(mention.actor) != "UNK":
        return [mention]
    number = next((NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS), None)
    if number is None:
        return [mention]
    earlier: list[ActorMention] = []
    # countries named before it; then the countries of the people and bodies named just
    # before ("Lithuania and Poland face the same pressure, the Latvian minister said. The
    # three countries ...": the speaker's country too)
    for loose in (False, True):
        for other in sorted(actors.mentions, key=lambda m: -m.start):
            entity = entity_of(other.actor) or ""
            if other.start >= mention.start or any(entity_of(e.actor) == entity for e in earlier):
                continue
            if loose:
                state = len(entity) == 3 and entity.isupper() and entity != "UNK"
                near = mention.start - other.start <= GROUP_WINDOW
                if not (state and near and other.sector not in ("REF", "CVL", "MED")):
                    continue
            elif other.kind not in ("country", "demonym", "metonym") or entity in ("", "UNK"):
                continue
            earlier.append(other)
            if len(earlier) == number:
                return sorted(earlier, key=lambda m: m.start)
    return [mention]


def _decides(head: Token, context: Context) -> bool:
    """Whether an agreement verb only decides another act ("agreed to broaden sanctions",
    "agreed to send troops"): that act is the event, not an AGREE between parties."""
    if is_noun(head) or any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children):
        return False
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "to"):
            # "agreed on a new package of sanctions": the sanctions are decided
            for token in child.subtree:
                inner = context.by_head.get(token.i)
                if inner is not None and inner.trigger.type in DECIDED_TYPES:
                    return True
            continue
        if child.dep_ != "xcomp":
            continue
        for token in child.subtree:
            inner = context.by_head.get(token.i)
            if inner is not None and inner.trigger.type not in SPEECH_TYPES | {"CONSULT"}:
                return True
    return False


def _governor(match: Match, by_head: dict[int, Match]) -> Match | None:
    """Return the nearest trigger whose complement this trigger is ("ruled out sending")."""
    token = match.head
    for _ in range(6):
        if token.dep_ in ("ROOT", "parataxis") or token.head.i == token.i:
            return None
        if token.dep_ in ("nsubj", "csubj", "nsubjpass", "agent"):
            return None  # inside the subject: the doer, not the governing act's content
        if token.dep_ == "ccomp" and token.head.i not in by_head:
            return None
        if token.dep_ in ("conj", "appos", "relcl") and (
            token.tag_ in ("VBD", "VBZ", "VBP")
            or any(
                (c.dep_ == "aux" and c.lower_ != "to")  # "to de-escalate and to pull back"
                or c.dep_ in ("auxpass", "nsubj", "nsubjpass")
                for c in token.children
            )
        ):
            return None  # "ruled out X but is rumoured to bolster Y": a clause of its own
        token = token.head
        if token.i in by_head and token.i != match.head.i:
            return by_head[token.i]
    return None


def _alleged(governor: Match | None, by_head: dict[int, Match]) -> bool:
    """Whether an act is the content of an accusation, directly or through the act it is
    conjoined with ("accused Poland of beating refugees and throwing them back")."""
    for _ in range(3):
        if governor is None:
            return False
        if governor.trigger.mode == "allege":
            return True
        governor = _governor(governor, by_head)
    return False


def _speaker_sources(carrier: Carrier, match: Match) -> list[str]:
    statement = carrier.statement
    if statement is None or statement.speaker.actor is None:
        return []
    if carrier.is_cue and match.trigger.type in SPEECH_TYPES:
        return [statement.speaker.actor]
    return []


def _speaker_acts(match: Match, carrier: Carrier) -> bool:
    """Whether a trigger with no doer in its clause is the speaker's own act: a speech act
    in the speaker's words, or an agentless passive act reported by an agency."""
    statement = carrier.statement
    if statement is None or statement.speaker.actor is None:
        return False
    speaker = statement.speaker.actor
    head = match.head
    if match.trigger.type in SPEECH_TYPES - {"SUPPORT", "AGREE"}:
        return head.pos_ in ("NOUN", "PROPN")  # "will be a legitimate target," Peskov said
    # (an agent the actors cannot place, "stopped by patrols", is the agency's too)
    passive = any(c.dep_ == "auxpass" for c in head.children)
    sector = speaker.partition("-")[2]
    return (
        passive
        and match.trigger.type in PHYSICAL_TYPES - {"ASSAULT"}  # "were attacked": not by the agency
        and sector in ("COP", "MIL", "GOV")
        and statement.speaker.name is None  # an agency, not a person telling what happened
    )


def _controller(match: Match, context: Context) -> bool:
    """Whether a control act (detention, stop, pushback) has no placed doer: agentless
    passive, or a bare police or guard word the actors cannot place ("police detained")."""
    head = match.head
    if match.trigger.type != "COERCE" or match.trigger.mode not in CONTROL_MODES:
        return False
    if is_noun(head):
        # "were taken into custody", "placed in detention": the verb the noun's phrase
        # hangs from is the act's clause; any other noun has no clause of its own
        prep = head.head
        if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            return False
        head = prep.head
    if any(c.dep_ == "auxpass" for c in head.children) or (
        head.dep_ == "acl" and head.tag_ == "VBN"
    ):
        agent = next((c for c in head.children if c.dep_ == "agent"), None)
        if agent is None:
            return True
        doers = [g for g in agent.children if g.dep_ == "pobj"]
    else:
        subject = subject_of(head)
        doers = [subject] if subject is not None else []
    police = context.classes.get("police", frozenset()) | CONTROL_DOERS
    return bool(doers) and all(in_class(d, police) for d in doers)


def _home_source(match: Match, carrier: Carrier, sent: Span, context: Context) -> str | None:
    """The home country's police for an unplaced control act: the speaker's country (an
    agency's own code), else the country of the place the act happened in."""
    statement = carrier.statement
    if statement is not None and statement.speaker.actor is not None:
        speaker = statement.speaker.actor
        entity, _, sector = speaker.partition("-")
        if sector in ("COP", "MIL") and statement.speaker.name is None:
            return speaker
        if sector in ("GOV", "COP", "MIL") and entity != "UNK":
            return f"{entity}-COP"
    for token in sent:  # "stopped near the Lithuanian border": that country's own border
        if token.lemma_.lower() in ("border", "frontier"):
            for child in token.children:
                if child.dep_ in ("amod", "compound", "poss"):
                    found = [m for m in context.actors.within(child.idx, child.idx + len(child))
                             if m.kind in ("country", "demonym")]  # fmt: skip
                    side = entity_of(found[0].actor) if found else None
                    if side is not None and side != "UNK" and context.home in (None, side):
                        return f"{side}-COP"  # not "near the Russian border" in an
                        # Estonian report: the home country's side of it
    country = _place_country(match, sent, context)
    if country is not None and country in _destinations(match, context):
        country = None  # "were pushed back into Belarus": where to, not whose guards
    if country is None and context.home is not None:
        country = context.home  # the country the report's speakers speak for
    return f"{country}-COP" if country is not None else None


def _stative_events(match: Match, sent: Span, context: Context) -> list[Found]:
    """A restriction told as a state ("Journalists remain barred from the zone", "the
    crossing stays closed"): the home country's police keeps it; the target is whom it
    holds out (people; a closed place is no party)."""
    doc = sent.doc
    head = match.head
    governor = _governor(match, context.by_head)
    if governor is not None and governor.trigger.type in FRAMING_TYPES:
        return []  # "warned that the border would stay shut": the warning's content
    start, end = head.idx, head.idx + len(head.text)
    carrier = find_carrier(start, end, context.statements, doc_text(doc))
    source = _home_source(match, carrier, sent, context)
    if source is None:
        return []
    subject = stative_subject(head)
    targets: list[str | None] = []
    if subject is not None:
        held = [m.actor for m in resolve_all(context.actors, subject) if m.sector in HELD_SECTORS]
        if held:
            targets = list(held)
        elif in_class(subject, context.classes.get("civilians", frozenset())):
            targets = ["UNK-MED" if subject.lemma_.lower() in MEDIA_WORDS else "UNK-CVL"]
        elif in_class(subject, context.classes.get("crossers", frozenset())):
            targets = ["UNK-REF"]
    verb = head.head.head if head.dep_ == "pobj" else head.head  # "remain (in custody)"
    status, reported_by = decide_status(
        event_type=match.trigger.type, head=verb, carrier=carrier, source=source
    )
    return [
        Found(match, match.trigger.type, match.trigger.mode, source, t, status, reported_by, sent)
        for t in targets or [None]
    ]


def _destinations(match: Match, context: Context) -> set[str]:
    """The countries an act moves its object to ("pushed back into Belarus")."""
    out: set[str] = set()
    for token in destinations_of(match.head):
        for mention in deep_actors(context.actors, token, 1):
            entity = entity_of(mention.actor)
            if entity is not None:
                out.add(entity)
    return out


def _place_country(match: Match, sent: Span, context: Context) -> str | None:
    """The country of the place named in the sentence (not a border: either side)."""
    if context.gazetteer is None:
        return None
    lookup: Any = getattr(context.gazetteer, "lookup", None)
    anchor = sent.doc[match.start].idx
    location = find_location(sent, context.gazetteer, anchor=anchor)
    if location is not None and location.country is not None:
        place = lookup(location.name) if lookup is not None else None
        return None if getattr(place, "pair", ()) else location.country
    if lookup is None:
        return None
    for token in sent:  # "near the village of Kuznica": a named town the lookup knows
        if token.pos_ == "PROPN":
            place = lookup(token.text)
            kind = getattr(place, "kind", "country")
            if place is not None and kind != "country" and not getattr(place, "pair", ()):
                country: str | None = getattr(place, "country", None)
                if country is not None:
                    return country
    return None


def _home_institution(code: str, mention: ActorMention | None, context: Context) -> str:
    """An institution named with no country ("the Cabinet of Ministers", "the interior
    ministry") is the report's home country's, when its speakers speak for one country."""
    if mention is None or mention.kind != "org" or context.home is None:
        return code
    entity, _, sector = code.partition("-")
    if entity != "UNK" or sector not in ("GOV", "COP", "MIL", "JUD"):
        return code
    if not set(mention.text.lower().split()) & STATE_BODIES:
        return code  # "Coalition of the Willing partners": a group of states, not one
    return f"{context.home}-{sector}"


def _own_forces(code: str, event_type: str, carrier: Carrier) -> str:
    """Troops with no nationality that a country's official announces are its own ("2,000
    more troops would go to the border," the Polish defence minister said)."""
    entity, _, sector = code.partition("-")
    statement = carrier.statement
    if entity != "UNK" or sector not in ("MIL", "COP") or event_type not in MOVED_FORCES:
        return code
    if statement is None or statement.speaker.actor is None:
        return code
    own, _, speaker_sector = statement.speaker.actor.partition("-")
    if own in ("", "UNK") or speaker_sector not in ("GOV", "MIL", "COP"):
        return code
    return f"{own}-{sector}"


def _home_country(statements: Sequence[Statement]) -> str | None:
    """The country most of a report's speakers speak for (its police act at home)."""
    counts: dict[str, int] = {}
    for statement in statements:
        actor = statement.speaker.actor
        entity = entity_of(actor) if actor is not None and "-" in actor else None
        if entity is not None and entity != "UNK":
            counts[entity] = counts.get(entity, 0) + 1
    return max(counts, key=lambda e: counts[e]) if counts else None


def _civilian_target(match: Match, source: str, context: Context) -> str | None:
    """Civilians of the doer's own country for a control act or use of force on activists,
    volunteers or journalists the actors leave unplaced ("police detained five activists");
    the people stranded for aid "for them" and control acts on unplaced crossers."""
    if match.trigger.type not in ("COERCE", "ASSAULT", "AID"):
        return None
    civilians = context.classes.get("civilians", frozenset())
    entity = entity_of(source)
    if entity is None or entity == "UNK":
        return None
    crossers = context.classes.get("crossers", frozenset())
    for token in objects_of(match.head) if match.trigger.type != "AID" else []:
        if in_class(token, civilians):
            sector = "MED" if token.lemma_.lower() in MEDIA_WORDS else "CVL"
            return f"{entity}-{sector}"
    if match.trigger.type == "AID":  # "humanitarian aid for them": the people stranded
        migrants = context.classes.get("migrants", frozenset())
        for token in match.head.subtree:
            if token.dep_ == "pobj" and token.head.lower_ == "for" and in_class(token, migrants):
                return "UNK-REF"
    if match.trigger.type == "ASSAULT":  # "used water cannon against them": the crowd
        for token in match.head.subtree:
            aimed = token.dep_ == "pobj" and token.head.lower_ in ("against", "at", "on")
            if aimed and in_class(token, crossers) and token.pos_ in ("PRON", "NOUN"):
                return "UNK-REF"
    if match.trigger.type == "COERCE" and match.trigger.mode in CONTROL_MODES:
        fence = context.classes.get("fence", frozenset())
        closing = any(c.words == fence for c in match.trigger.conditions)
        for token in objects_of(match.head):
            if closing and in_class(token, fence):
                continue  # "kept the crossings shut": the border points, not people
            if in_class(token, crossers) or token.like_num:
                return "UNK-REF"  # "another 120 were detained": the people crossing
    return None


def _people_before(match: Match, context: Context) -> ActorMention | None:
    """The people (refugees, migrants) named last before a control act's pronoun object,
    within a few sentences ("the victim's husband said the guards took them ...")."""
    objects = [t for t in objects_of(match.head) if t.pos_ == "PRON"]
    if not objects:
        return None
    at = objects[0].idx
    mentions = context.actors.mentions  # sorted by start
    index = bisect.bisect_left(mentions, at, key=lambda m: m.start)
    for mention in reversed(mentions[max(0, index - PEOPLE_LOOKBACK) : index]):
        if mention.start < at - PEOPLE_WINDOW:
            break
        if mention.sector == "REF":
            return mention
    return None


def _moves_people(match: Match, context: Context) -> bool:
    """Whether a control act's object is people crossing ("pushed them back", "returned
    the group"): they are its target, not the place they are moved to."""
    crossers = context.classes.get("crossers", frozenset())
    return any(in_class(t, crossers) for t in objects_of(match.head))


def _speaker_codes(speaker: Speaker) -> list[str]:
    """A joint speaker acts as its collective code (UNSC), else once per member (notes)."""
    if speaker.actor is not None and entity_of(speaker.actor) != "UNK":
        return [speaker.actor]
    return list(speaker.members) or ([speaker.actor] if speaker.actor else [])


def _statement_target(carrier: Carrier, event_type: str) -> str | None:
    """The target of the statement carrying the event, for a trigger with none of its own."""
    statement = carrier.statement
    if statement is None or event_type not in STATEMENT_TARGET_TYPES:
        return None
    return statement.target


def _pronoun_subject(match: Match) -> bool:
    head = match.head
    subject = noun_doer(head) if is_noun(head) else subject_of(head)
    return subject is not None and subject.lower_ in FIRST_PERSON and subject.pos_ == "PRON"


# ---------------------------------------------------------------------------
# the stage


def _update_voice(sent: Span, context: Context) -> None:
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in FIRST_PERSON:
        return
    start = sent.start_char
    if any(s.content_span[0] <= start < s.content_span[1] for s in context.statements):
        return
    if outside(subject, sent):
        mentions = leading_mentions(context.actors, sent, root)
    else:
        mentions = resolve_all(context.actors, subject)
    found = [
        m
        for m in mentions
        if m.kind in ("country", "org", "metonym") and entity_of(m.actor) not in (None, "UNK")
    ]  # "ministers agreed": no one the outlet's "we" can stand for
    if found:
        context.voice = [source_code(m, "") for m in found]


def _same_act(kept: list[tuple[str | None, int | None]], item: Found) -> bool:
    """Whether an event repeats one kept for the same type, parties and status in its
    sentence: the same mode in the same clause (or a clause without a subject of its own)."""
    clause = _own_clause(item.match.head)
    return any(m == item.mode and (c is None or clause is None or c == clause) for m, c in kept)


def _result_of(item: Found, kept: list[Found]) -> bool:
    """Whether an act is the result a participle adds to a kept act of its type and doer
    ("fired rockets at towns, killing three people": one attack)."""
    head = item.match.head
    if head.dep_ != "advcl" or head.tag_ != "VBG":
        return False
    return any(
        f.match.head.i == head.head.i
        and f.type == item.type
        and entity_of(f.source) == entity_of(item.source)
        for f in kept
    )


def _own_clause(head: Token) -> int | None:
    """The verb trigger's index when it heads a clause with its own subject ("..., and we
    have 40,000 troops on alert"), else None (nouns, shared subjects)."""
    if is_noun(head) or head.dep_ not in ("conj", "ROOT", "ccomp"):
        return None
    return head.i if any(c.dep_ == "nsubj" for c in head.children) else None  # not the
    # agentless passives of one attack ("a woman was killed and three were injured")


def _label_voice(sent: Span, context: Context) -> list[str] | None:
    """The speaker a transcript's label names for the turn a sentence is in ("NATO
    SECRETARY GENERAL: ... We have deployed ..."): its "we" is that party (notes: official
    texts are in their own voice). None if the sentence's line has no label; [] if the
    label names no placed party ("QUESTION:", "MODERATOR:")."""
    text = doc_text(sent.doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    label = SPEAKER_LABEL.match(text, line_start)
    if label is None or label.end() > sent.end_char:
        return None
    found = [
        m for m in context.actors.within(label.start(1), label.end(1))
        if entity_of(m.actor) not in (None, "UNK") and m.sector != "MED"
    ]  # fmt: skip
    return [source_code(found[0], "")] if found else []


def _modal_request(match: Match, carrier: Carrier, context: Context) -> list[str | None] | None:
    """Targets of a normative demand ("The regime should enter into dialogue"), or None."""
    verb = match.head.head if match.head.dep_ == "aux" else match.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ == "PRON" and subject.lower_ in _SELF_PRONOUNS:
        return None  # "we should", "I must": the speaker's own resolve, not a demand
    found = deep_actors(context.actors, subject) if subject is not None else []
    speaker = carrier.statement.speaker.actor if carrier.statement is not None else None
    if speaker is not None and any(entity_of(m.actor) == entity_of(speaker) for m in found):
        return None  # "Poland needs to ensure ...": a speaker's plan for its own side
    targets: list[str | None] = [m.actor for m in found if m.sector not in ("REF", "CVL")]
    return targets or [None]


def _events_of_match(match: Match, sent: Span, context: Context) -> list[Found]:
    doc = sent.doc
    head = match.head
    trigger = match.trigger
    actors = context.actors
    if match.head.i in context.statives:
        return _stative_events(match, sent, context)  # "Journalists remain barred"
    if is_noun(head) and is_setting(head):
        return []
    if is_noun(head) and back_reference(head, trigger.type):
        return []  # "denied the accusation": a reference back to someone else's act
    if trigger.type == "THREATEN" and is_noun(head) and head.dep_ == "attr":
        # "Any foreign troops will be a legitimate target," he said: a threat of its own
        at = doc[match.start].idx
        carrier = find_carrier(at, at + len(head.text), context.statements, doc_text(doc))
        return _declared_threat(match, carrier, sent, context)
    if (
        is_noun(head)
        and trigger.type in SPEECH_TYPES
        and any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in head.children)
    ):
        return []  # "would support any request for help": a hypothetical speech act
    if head.dep_ == "relcl" and generic(head.head):
        return []  # "those who facilitate crossings should know": a class of doers, no act
    if trigger.type == "AGREE" and _decides(head, context):
        return []  # "ministers agreed to broaden sanctions": the decision is the act itself
    if is_noun(head) and in_modifier(head):
        return []  # "a campaign involving the deployment of troops": background in a noun phrase
    if (
        is_noun(head)
        and head.dep_ == "attr"
        and any(m.trigger.type == trigger.type and m is not match for m in context.by_head.values())
    ):
        return []  # "it has dispatched troops ... is the first deployment": a re-description
    if (
        is_noun(head)
        and head.dep_ in ("nsubj", "nsubjpass")
        and any(
            c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ not in FIRST_PERSON
            for c in head.children
        )
    ):
        return []  # "His threats were echoed by ...": a reference back to an earlier act
    if (
        not is_noun(head)
        and trigger.type == "MOBILIZE"
        and any(
            c.dep_ == "dobj"
            and c.i in context.by_head
            and context.by_head[c.i].trigger.type == "COOPERATE"
            for c in head.children
        )
    ):
        return []  # "held joint drills": the acts are read from the noun (and its host)
    if not is_noun(head) and head.dep_ == "amod":
        return []  # an adjectival participle ("forced", "armed") describes, it does not report
    if not is_noun(head) and indirect_question(head):
        return []  # "has not said how many soldiers it would send": nothing is asserted
    if trigger.type == "SUPPORT" and head.dep_ == "acl" and head.tag_ == "VBG":
        return []  # "leaders from 30 countries supporting Ukraine": who they are, not an act
    if not is_noun(head) and head.dep_ == "acl" and described(head.head):
        return []  # "any Western troops deployed to Ukraine", "those detained": no act told
    if is_noun(head) and any(c.dep_ in ("det", "predet") and c.lower_ == "such"
                             for c in head.children):  # fmt: skip
        return []  # "such a deployment would mean ...": a reference back, not a new act
    if (
        trigger.type == "CONSULT"
        and head.tag_ == "VBG"
        and head.dep_ == "acl"
        and head.head.dep_ in ("nsubj", "nsubjpass")
    ):
        return []  # "Johansson, visiting Vilnius, appealed to ...": the speaker's setting
    governor = _governor(match, context.by_head)
    if (
        governor is not None
        and governor.trigger.type == trigger.type
        and is_noun(head)
        and (
            head.head.i == governor.head.i
            or (
                head.dep_ == "pobj"
                and head.head.lower_ == "of"
                and head.head.head.head.i == governor.head.i
            )
        )
    ):
        return []  # "imposed sanctions", "released euros of aid": one act, read from its verb
    if (
        governor is not None
        and trigger.type == "CONSULT" == governor.trigger.type
        and is_noun(head)
        and head.dep_ == "pobj"
        and head.head.head.i == governor.head.i
    ):
        return []  # "arrived in Vilnius for talks": the visit's purpose, one meeting
    if (
        governor is not None
        and governor.trigger.type == "CONCEDE"
        and is_noun(head)
        and trigger.type in ("COERCE", "SANCTION")
        and head.head.i == governor.head.i
    ):
        return []  # "lifted the state of emergency": the measure lifted is the concession's
    if trigger.pos != "A" and any(
        c.dep_ == "aux" and c.i in context.by_head and context.by_head[c.i].trigger.pos == "A"
        for c in head.children
    ):
        return []  # "Minsk should release the prisoners": the release is the demand's content
    if (
        governor is not None
        and (governor.trigger.type in FRAMING_TYPES or governor.head.lemma_ in FRAMING_LEMMAS)
        and not (
            head.dep_ == "dobj"
            and head.head.i == governor.head.i
            and not (governor.trigger.type == "REQUEST" and trigger.type in ("AID", "SUPPORT"))
        )
    ):
        return []  # the requested or threatened act is the content of the request (notes);
        # a threatened noun object is the threat's act ("threatened sanctions"), a requested
        # one is not given yet ("requested NATO assistance")
    if (
        governor is not None
        and governor.trigger.type in ("REJECT", "AGREE")
        and is_noun(head)
        and (
            trigger.type in ("CONSULT", "AGREE")
            or (trigger.type in SPEECH_TYPES and governor.trigger.type == "REJECT")
            or governor.trigger.type == "AGREE"
            or governor.trigger.negative
        )
        and not (governor.trigger.type == "AGREE" and _decides(governor.head, context))
    ):
        return []  # "delayed peace talks", "rejected the deal", "turned down a request"
    if trigger.type == "CONSULT" and (in_setting_clause(head) or topic_participle(head)):
        return []  # "as he attended talks in Paris", "Discussing the plans, he said ..."
    start, end = doc[match.start].idx, doc[match.end - 1].idx + len(doc[match.end - 1].text)
    carrier = find_carrier(start, end, context.statements, doc_text(doc))
    if trigger.said:
        return _charge(match, carrier, sent, context)
    modal_targets: list[str | None] | None = None
    if trigger.pos == "A":
        modal_targets = _modal_request(match, carrier, context)
        if modal_targets is None:
            return []
        found_sources: list[ActorMention] = []
    else:
        found_sources = find_sources(match, actors, sent)
        found_sources = [n for m in found_sources for n in _numbered_group(m, actors)]
        refuser = _refuser(match, context)
        if refuser is not None and (own := find_sources(refuser, actors, sent)):
            found_sources = own  # "rejected reports that it had massed troops": "it" is the refuser
    receiver = subject_of(head) if trigger.receiver else None
    if trigger.receiver:  # "Ukraine received tanks from Poland", "Poland hosts US troops"
        found_sources = from_object(head, actors) or [
            m for c in head.children if c.dep_ == "dobj" for m in forces_of(actors, c)
        ]
    if trigger.person:  # "the minister arrived in Minsk", not "trains arrived in Minsk"
        found_sources = [m for m in found_sources if m.person or m.kind in PERSON_KINDS]
        if not found_sources:
            return []
    sources = [m.actor for m in found_sources]
    mentions = {m.actor: m for m in found_sources}
    voiced = False
    pronoun = _pronoun_subject(match) or trigger.pos == "A"
    if pronoun and carrier.statement is None and context.voice:
        sources = list(context.voice)  # "we" in an official text: its signatories (notes)
        voiced = True
    elif not sources or (pronoun and carrier.statement is not None):
        speaker = carrier.statement.speaker if carrier.statement is not None else None
        if speaker is not None and speaker.actor is not None and (pronoun or carrier.is_cue):
            sources = _speaker_codes(speaker)
        elif carrier.statement is None and pronoun and context.voice:
            sources = list(context.voice)  # "we" in an official text: its signatories
            voiced = True
        else:
            sources = sources or _speaker_sources(carrier, match)
    if not sources and _speaker_acts(match, carrier):
        # "... will be a legitimate target," Peskov said: the speaker's own threat;
        # "283 people were stopped, according to the Border Guard": the speaker's own act
        sources = _speaker_codes(carrier.statement.speaker) if carrier.statement else []
    unplaced = all(entity_of(s) == "UNK" for s in sources)  # "Officers detained ...": UNK-MIL
    if unplaced and _controller(match, context):
        # "283 people were prevented from crossing", "police detained five activists"
        home = _home_source(match, carrier, sent, context)
        sources = [home] if home is not None else sources
    if not sources and carrier.statement is None and context.voice and not is_noun(head):
        subject = subject_of(head)
        if subject is not None and subject.lemma_.lower() in VOICE_SUBJECTS:
            sources = list(context.voice)  # "The decision also targets ...": the author's
            voiced = True
    if not sources and trigger.type in FORCE_TYPES and _doerless(match):
        # "an attack could come in late January", "the drills would be held near the
        # borders": the forces the sentence names, else those that acted just before
        sources = _forces_around(match, sent, context)
        teller = carrier.statement.speaker.actor if carrier.statement is not None else None
        ruled_out = any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
        if not sources and ruled_out and teller is not None and entity_of(teller) != "UNK":
            sources = [f"{entity_of(teller)}-MIL"]  # "no invasion is planned," Moscow said
    if not sources:
        return []  # no identifiable source actor: not annotated (guide)
    codes = [
        source_code(mentions[s], trigger.type, trigger.mode) if s in mentions else s
        for s in sources
    ]
    codes = [_home_institution(c, mentions.get(c), context) for c in codes]
    codes = [_own_forces(c, trigger.type, carrier) for c in codes]
    exclude = set(codes) | {entity_of(c) or c for c in codes}
    moved = context.classes.get("troops", frozenset()) | context.classes.get("police", frozenset())
    targets = find_targets(match, actors, exclude, moved) if modal_targets is None else []
    if trigger.receiver:
        found = resolve_all(actors, receiver) if receiver is not None else []
        targets = [(m, m.kind in ("country", "metonym")) for m in found if distinct(m, exclude)]
    if modal_targets is None and all(m.sector == "REF" for m, _ in targets):
        # "destabilise their economies by falsely telling migrants ...": the means' target
        # is whom the purpose is aimed at
        aimed = purpose_targets(match, actors, exclude)
        targets = [(m, False) for m in aimed] or targets
    together = trigger.type in RECIPROCAL_TYPES and len({entity_of(c) for c in codes}) > 1
    if trigger.needs_target and not targets and not together:  # "Macron and Scholz met"
        return []
    if trigger.direct and not (
        any(c.dep_ == "nsubj" for c in head.children)  # not the inverted "..., warns US"
        and any(resolve_all(actors, c) for c in head.children if c.dep_ in ("dobj", "dative"))
    ):
        return []  # "warned Moscow that ...", not "warned that Moscow ..."
    event_type, mode = trigger.type, trigger.mode
    frame_type = governor.trigger.type if governor is not None else None
    out: list[Found] = []
    targets = [(m, p) for m, p in targets if entity_of(m.actor) != "UNK" or m.sector == "REF"]
    targets = [
        t for i, t in enumerate(targets) if t[0].actor not in {m.actor for m, _ in targets[:i]}
    ]
    control = trigger.type == "COERCE" and trigger.mode in CONTROL_MODES
    if (
        control
        and _moves_people(match, context)
        and not any(not p and m.sector not in STATE_SECTORS for m, p in targets)
    ):
        # "drove them back to the Belarusian side": the people, not the place; a "them"
        # the actors took for a state stands for the people named last
        people = _people_before(match, context)
        targets = [(people, False)] if people is not None else []
    if trigger.type in ("COERCE", "ASSAULT", "AID"):
        # "detained 25 Afghans": people of a nationality, the migrants of the crisis
        targets = [(_as_people(m, control), p) for m, p in targets]
    target_codes: list[str | None] = [target_code(m, p) for m, p in targets] or [None]
    if modal_targets is not None:
        target_codes = [t for t in modal_targets if t is None or entity_of(t) not in exclude]
        target_codes = target_codes or [None]
        verb = head.head if head.dep_ == "aux" else head
        if any(t.lemma_.lower() in context.talk_words for t in verb.subtree):
            mode = "meet"  # a demand to talk ("should enter into dialogue")
    if target_codes == [None] and codes:
        civilian = _civilian_target(match, codes[0], context)
        target_codes = [civilian] if civilian is not None else target_codes
    fallback = _statement_target(carrier, trigger.type)
    if target_codes == [None] and fallback is not None and entity_of(fallback) not in exclude:
        target_codes = [fallback]
    pointed = pointed_noun(head) if trigger.type in POINTING_TYPES and codes else None
    if target_codes == [None] and pointed is not None:
        # "Minsk rejected the account", "condemned the attack": whose claim or act it was
        maker = antecedent(pointed, codes[0], context.statements, context.earlier)
        target_codes = [maker] if maker is not None else target_codes
    codes = list(dict.fromkeys(codes))
    reciprocal = (
        trigger.type in RECIPROCAL_TYPES
        and target_codes == [None]
        and len({entity_of(c) for c in codes}) > 1
    )
    if reciprocal:  # "Zelensky and European leaders discussed": the first with the others
        codes, target_codes = codes[:1], list(codes[1:])
    for source in codes:
        if modal_targets is not None:
            reported_by = carrier.statement.id if carrier.statement is not None else "outlet"
            verb = head.head if head.dep_ == "aux" else head
            kind = "THREATEN" if verb.lemma_.lower() in WARNING_VERBS else "REQUEST"
            for target in target_codes:
                out.append(Found(match, kind, mode if kind == "REQUEST" else None, source,
                                  target, "occurred", reported_by, sent))  # fmt: skip
            continue
        if trigger.type == "REQUEST":
            mode = _request_mode(head, context) or mode
        status, reported_by = decide_status(
            event_type=event_type,
            head=head,
            carrier=carrier,
            source=source,
            claimed_frame=_alleged(governor, context.by_head),
        )
        if frame_type == "REJECT" and not carrier.is_cue and status != "possible":
            status = "denied" if governor is not None and denial(governor) else "negated"
            if governor is not None and modality(governor.head) == "negated":
                status = "possible"  # "did not rule out sending troops": still open
        kind = event_type
        if kind == "AGREE" and status == "negated" and trigger.words[0] in ("accept", "agree"):
            kind, status = "REJECT", "occurred"  # "would not accept" is a refusal
        if trigger.negative and status == "negated":
            status = "occurred"  # "will not tolerate": the negation is the act
        source_targets = target_codes
        if target_codes == [None] and kind in BORDER_TYPES | THEATRE_TYPES:
            source_targets = [_default_target(kind, source, sent, start, context)]
        source_mode = mode
        if kind == "MOBILIZE" and mode == "troops" and _police_force(source, mentions, codes):
            source_mode = "police"  # "soldiers ... and officers of the State Police": two acts
        for target in source_targets:
            out.append(
                Found(
                    match, kind, source_mode, source, target, status, reported_by, sent,
                    governor.head.i if governor is not None else None,
                )
            )  # fmt: skip
    out += _deliberate_charge(match, carrier, out)
    if trigger.type == "COOPERATE" and head.lemma_.lower() in EXERCISE_WORDS:
        # joint drills on a partner's soil: a deployment to the host as well (seed notes)
        out += [
            dataclasses.replace(f, type="MOBILIZE", mode="troops", target=entity_of(f.target))
            for f in out
            if f.target is not None
        ]
    return [dataclasses.replace(f, voiced=True) for f in out] if voiced else out


def _occasion_date(
    item: Found, statements: Sequence[Statement], doc: Doc, published: str | None
) -> DateInfo | None:
    """The date of the occasion a statement was made on ("Peskov said on Sept. 5"): speech
    acts and what they carry are dated by it when their own sentence has no date (notes)."""
    statement = next((s for s in statements if s.id == item.reported_by), None)
    if statement is None:
        return None
    # the statement's own cue sentence, else the last earlier one by the same speaker
    # ("Tusk said on Thursday ..." ... "'We are responsible for logistics,' he said")
    earlier = [
        s
        for s in statements
        if s.content_span[0] < statement.content_span[0]
        and s.speaker.actor == statement.speaker.actor
        and s.speaker.name == statement.speaker.name
    ]
    for candidate in [statement, *reversed(earlier)]:
        at = candidate.cue_span[0] if candidate.cue_span is not None else candidate.content_span[0]
        sent = doc.char_span(at, at + 1, alignment_mode="expand")
        if sent is None or (candidate is statement and sent.sent.start == item.sent.start):
            continue
        date = find_event_date(sent.sent, published, anchor=at)
        if date.start is not None or date.end is not None:
            return date
    return None


def _default_target(
    event_type: str, source: str, sent: Span, anchor: int, context: Context
) -> str | None:
    """A target for an act the clause names none for: across the border it happened at,
    else (deployments, attacks, aid) the country the report is about."""
    if event_type in BORDER_TYPES and context.gazetteer is not None:
        location = find_location(sent, context.gazetteer, anchor=anchor, actor=source)
        if location is not None and (across := _across_border(location, source, context.gazetteer)):
            return across
    if event_type in THEATRE_TYPES:
        return THEATRE  # settled once the whole report is read (`_settle_theatre`)
    return None


def _settle_theatre(
    found: list[Found], actors: ActorIndex, statements: Sequence[Statement] = ()
) -> list[Found]:
    """Give acts with no target the country the report is about, other than their source:
    the one its deployments, attacks and aid are most often aimed at, else the most named.
    A hostile act another country's speaker tells of is aimed at the speaker's country."""
    speakers = {s.id: entity_of(s.speaker.actor) for s in statements if s.speaker.actor is not None}
    aimed: dict[str, int] = {}
    for item in found:
        if item.type not in THEATRE_TYPES | {"REJECT"} or item.target in (None, THEATRE):
            continue
        if item.target.partition("-")[2] not in ("REF", "CVL"):  # people moved: not a country
            entity = entity_of(item.target) or ""
            aimed[entity] = aimed.get(entity, 0) + 1
    named: dict[str, int] = {}
    for mention in actors.mentions:
        if mention.kind in ("country", "demonym", "metonym"):
            entity = entity_of(mention.actor) or mention.actor
            named[entity] = named.get(entity, 0) + 1

    def theatre(source: str) -> str | None:
        own = entity_of(source) or source
        for counts in (aimed, named):
            options = {e: n for e, n in counts.items() if e not in (own, "UNK")}
            if options:
                return max(options, key=lambda e: (options[e], named.get(e, 0)))
        return None

    def settled(item: Found) -> str | None:
        speaker = speakers.get(item.reported_by)
        own = entity_of(item.source)
        if item.type in HOSTILE_TYPES and speaker not in (None, "UNK", own):
            return speaker  # "Poland needs troops to repel incursions from Belarus": at Poland
        return theatre(item.source)

    return [
        dataclasses.replace(item, target=settled(item)) if item.target == THEATRE else item
        for item in found
    ]


def _across_border(location: Location, source: str, gazetteer: Gazetteer) -> str | None:
    """The country on the other side of the border where an act happened ("cut the border
    fence" by Belarusian soldiers at the Poland-Belarus border -> POL)."""
    lookup: Any = getattr(gazetteer, "lookup", None)
    place = lookup(location.name) if lookup is not None else None
    entity = entity_of(source)
    pair: tuple[str, ...] = getattr(place, "pair", ()) or ()
    if entity in pair and len(pair) == 2:
        return pair[1] if pair[0] == entity else pair[0]
    if location.country is not None and location.country != entity and pair:
        return location.country  # "crossing the border into Polish territory"
    return None


def _quantity_ids(
    event_type: str, sent: Span, source: str, target: str | None, quantities: Sequence[Quantity]
) -> tuple[str, ...]:
    """The counts in the event's sentence of its source or target (an unattributed count of
    troops or people goes with the physical act it is told with)."""
    start, end = sent.start_char, sent.end_char
    wanted = {entity_of(source), entity_of(target)} - {None}
    if event_type in PHYSICAL_TYPES:
        wanted |= {None, "UNK"}
    return tuple(
        q.id
        for q in quantities
        if start <= q.span[0] and q.span[1] <= end and entity_of(q.of) in wanted
    )


def extract_events(
    doc: Doc,
    *,
    lexicon: EventLexicon,
    actors: ActorIndex,
    statements: Sequence[Statement],
    quantities: Sequence[Quantity],
    gazetteer: Gazetteer,
    published: str | None,
) -> list[Event]:
    """Return every PLOVER event of `doc`, ids e1, e2, ... in text order."""
    found: list[Found] = []
    context = Context(
        actors,
        statements,
        talk_words=lexicon.classes.get("talkish", frozenset()),
        gazetteer=gazetteer,
        classes=lexicon.classes,
        home=_home_country(statements),
    )
    for sent in sentences(doc):
        if question(sent):
            continue  # "Will the EU talk to Lukashenko?": a question reports no act
        labelled = _label_voice(sent, context)
        if labelled is not None:  # a transcript turn: its speaker's "we" until the next label
            context.labelled = bool(labelled)
            context.voice = labelled or context.voice
        matches = find_triggers(sent, lexicon)
        statives = stative_matches(sent, lexicon)  # "remain barred": no doer in the clause
        context.statives = {m.head.i for m in statives} | {
            m.head.i for m in matches if held_in(m)
        }  # "remain barred", "remain in custody"
        matches = [m for m in matches if m.head.i not in context.statives or held_in(m)]
        matches = sorted([*matches, *statives], key=lambda m: m.start)
        context.by_head = {m.head.i: m for m in matches}
        in_sentence: list[Found] = []
        for match in matches:
            in_sentence += _events_of_match(match, sent, context)
        if not context.labelled:
            _update_voice(sent, context)
        movers = {f.source for f in in_sentence if f.type in FORCE_TYPES}
        if movers:  # the forces that acted last, when one country's
            context.forces = sorted(movers)[:1] if len({entity_of(m) for m in movers}) == 1 else []
        in_sentence += negated_mobilize_rejects(in_sentence, statements, own_voice=context.labelled)
        in_sentence += refused_forces(in_sentence, context)
        in_sentence = inherit_targets(in_sentence)
        seen: dict[tuple[str, str, str | None, str], list[tuple[str | None, int | None]]] = {}
        kept: list[Found] = []
        for item in sorted(in_sentence, key=lambda f: f.match.start):
            # one event per named country (notes): "Polish troops and border guards" is one;
            # a police force deployed beside the army is another
            # distinct acts of one kind told together ("held them, denied them access and
            # forced them back") are one event each: the mode tells them apart, and so do
            # clauses of their own ("we have deployed ..., and we have 40,000 troops ...")
            key = (item.type, entity_of(item.source) or "", entity_of(item.target), item.status)
            if not _same_act(seen.get(key, []), item) and not _result_of(item, kept):
                seen.setdefault(key, []).append((item.mode, _own_clause(item.match.head)))
                found.append(item)
                kept.append(item)
                head = item.match.head
                context.earlier.append(
                    Earlier(head.idx, item.type, item.source, head.lemma_.lower())
                )
    found = _settle_theatre(found, actors, statements)
    events: list[Event] = []
    voice_date: DateInfo | None = None
    locations: dict[tuple[int, str], Location | None] = {}
    for number, item in enumerate(found, 1):
        sent = item.sent
        anchor = doc[item.match.start].idx
        if item.status in ("possible", "planned", "negated"):
            # not (yet) happened: no date unless the text dates it (notes), that is, unless
            # the sentence names a time after publication ("could come in early February")
            date = find_event_date(sent, published, anchor=anchor)
            if published is None or date.start is None or date.start <= published:
                date = DateInfo()
        else:
            date = find_event_date(sent, published, anchor=anchor)
            if date.start is None and date.end is None:
                date = _occasion_date(item, statements, doc, published) or date
            if date.start is None and date.end is None and item.voiced and voice_date is not None:
                date = voice_date  # the official text's "Today" dates all its acts (notes)
            if item.voiced and (date.start is not None or date.end is not None):
                voice_date = date
        place_key = (sent.start, item.source)
        if place_key not in locations:  # one place per sentence and actor: the lookup is slow
            locations[place_key] = find_location(sent, gazetteer, anchor=anchor, actor=item.source)
        location = locations[place_key]
        target = item.target
        head_tokens = doc[item.match.start : item.match.end]
        events.append(
            Event(
                id=f"e{number}",
                type=item.type,
                mode=item.mode,
                source=item.source,
                target=target,
                date=date,
                location=location,
                quantity_ids=_quantity_ids(item.type, sent, item.source, target, quantities),
                status=item.status,
                reported_by=item.reported_by,
                evidence=sent.text,
                evidence_span=(sent.start_char, sent.end_char),
                trigger=head_tokens.text,
                trigger_span=(head_tokens.start_char, head_tokens.end_char),
            )
        )
    return events


__all__ = ["EventLexicon", "extract_events", "load_event_lexicon"]
