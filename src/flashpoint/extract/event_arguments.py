"""Event arguments: who acts and who is acted on, from the parse and the actor index.

The source is the subject (or passive agent, or the possessor or "by"/"from" object of a
noun trigger, or the subject of the verb a noun trigger is the object of); the target is
the object, or the party or place a preposition points at. Both are resolved to actors
through the document's `ActorIndex`, one per conjunct.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from flashpoint.extract.event_conjuncts import companions, split_phrase
from flashpoint.extract.event_lexicon import Match, subject_of
from flashpoint.nlp import doc_text
from flashpoint.records import entity_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from flashpoint.extract.actors import ActorIndex, ActorMention

# verbs that report, show or frame: their subject is not the doer of a nominal event
FRAMING_VERBS = frozenset(
    {"say", "report", "show", "claim", "reveal", "tell", "state", "note", "add",
     "underscore", "underline", "highlight", "confirm", "describe", "call", "deny", "welcome",
     "cite", "spot", "observe", "condemn", "accuse", "express", "concern", "criticise",
     "criticize", "thank", "urge", "allege", "dismiss", "reject", "follow", "precede",
     "mark", "be", "deem", "suggest", "mention", "highlights"}
)  # fmt: skip
# verbs whose subject is the target of a nominal event and whose "from" object its source
# ("Poland's handling has drawn condemnation from the Council of Europe")
RECEIVING_VERBS = frozenset({"draw", "receive", "face", "earn", "attract", "get", "meet"})
# prepositions whose object is who or where a trigger acts on
TARGET_PREPS = frozenset(
    {"to", "against", "at", "on", "near", "into", "toward", "towards", "with", "over", "upon",
     "along", "across", "in", "onto", "inside"}
)  # fmt: skip
# prepositions of position: a target only for troops sent there ("stationed in Latvia")
LOCATIVE_PREPS = frozenset({"in", "inside", "along", "across"})
# prepositions pointing at a place: their actor is a territory (entity only, no sector)
PLACE_PREPS = frozenset(
    {"to", "near", "into", "toward", "towards", "along", "across", "in", "onto", "inside", "on",
     "at", "over"}
)  # fmt: skip
# noun-trigger "of" objects that are the doer for these types ("build-up of Russian forces")
OF_IS_SOURCE = frozenset({"MOBILIZE", "RETREAT", "CONSULT", "COOPERATE", "PROTEST"})
# types whose "of" object is not who is acted on ("warned of consequences")
OF_NOT_TARGET = OF_IS_SOURCE | {"THREATEN", "REQUEST"}
# an object's "on"/"over" names a topic ("intelligence on the movements") except for acts
# that land on someone ("imposed sanctions on Belarus", "launched strikes on Kyiv")
TOPIC_PREPS = frozenset({"on", "over", "with"})
ON_OBJECT_TYPES = frozenset({"SANCTION", "ASSAULT", "COERCE", "CONCEDE"})
# types whose moved object (troops) is their doer when no agent is named
MOVED_TYPES = frozenset({"MOBILIZE", "RETREAT"})
# physical force: a country as a whole acts through its armed forces (seed notes)
MILITARY_TYPES = frozenset({"MOBILIZE", "ASSAULT"})
# sectors of a country that its own state can act on (rebels, opposition, civilians, media)
OWN_SIDE_TARGETS = frozenset({"REB", "OPP", "CVL", "REF", "MED", "JUD", "BUS"})
# people moved or used by a state-engineered migration ("ferrying people", "luring migrants")
PEOPLE = frozenset(
    {"migrant", "refugee", "seeker", "people", "person", "family", "immigrant", "them", "they",
     "group", "crowd"}
)  # fmt: skip
# acts two parties do together: "A and B met" is A -> B
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# for these, "on"/"over"/"about" name a topic ("talks on security guarantees"), not a target
TOPIC_TYPES = frozenset({"CONSULT", "COOPERATE", "SUPPORT", "AGREE", "REQUEST", "THREATEN"})
# nouns that only say "an act of this kind" after a trigger noun ("sanctions action")
ACT_NOUNS = frozenset(
    {"action", "measure", "package", "step", "move", "operation", "campaign", "hub", "centre",
     "center", "effort", "programme", "program", "mission"}
)  # fmt: skip
# verbs whose object is their subject's own attitude ("expressed solidarity", "voiced
# support", "reiterated its condemnation"), though some of them frame reported acts
EXPRESSING_VERBS = frozenset(
    {"express", "voice", "reiterate", "reaffirm", "declare", "extend", "signal", "offer",
     "show", "convey", "renew"}
)  # fmt: skip
EXPRESSED_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "THREATEN", "REQUEST", "AGREE"})
# prepositions naming whom support or aid is for ("support for Latvia", "aid for Kyiv")
BENEFIT_TYPES = frozenset({"SUPPORT", "AID"})
# acts aimed at a party by saying something: a preposition names the party, not a place
SPOKEN_TYPES = frozenset({"ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "REJECT"})
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my"})
# criticism of a thing is aimed at whoever's it is ("condemned the attack by Russia")
OWNED_TARGET_TYPES = frozenset({"ACCUSE"})


# ---------------------------------------------------------------------------
# actors


def resolve_all(actors: ActorIndex, token: Token) -> list[ActorMention]:
    """Return the actors a phrase refers to, one per conjunct."""
    resolve_all: Any = getattr(actors, "resolve_all", None)
    mentions: list[ActorMention] = []
    if resolve_all is not None:
        mentions = [own_nationality(actors, m, token) for m in resolve_all(token) if m is not None]
        listed = conjoined(actors, token) if len(mentions) == 1 else []
        if mentions and mentions[0] in listed:
            mentions = listed
    if not mentions:
        for item in (token, *token.conjuncts):
            if item.i < token.i:
                continue
            mention = actors.resolve(item)
            if mention is None:
                start = item.left_edge.idx
                inner = actors.within(start, item.idx + len(item.text))
                mention = inner[-1] if inner else None
            if mention is not None and mention not in mentions:
                mentions.append(mention)
    return split_phrase(actors, token, mentions)  # "our Polish and Latvian allies": two


def conjoined(actors: ActorIndex, token: Token) -> list[ActorMention]:
    """The actors of a list the parse did not join ("The UK, USA, EU and Canada")."""
    subtree = list(token.subtree)
    inside = actors.within(subtree[0].idx, subtree[-1].idx + len(subtree[-1].text))
    text = doc_text(token.doc)
    out: list[ActorMention] = []
    for mention in inside:
        if out and text[out[-1].end : mention.start].strip(" ,").lower() not in ("and", "or", ""):
            break
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out if len(out) > 1 else []


def own_nationality(actors: ActorIndex, mention: ActorMention, token: Token) -> ActorMention:
    """Prefer the phrase's own nationality word over a coreference ("Polish soldiers")."""
    at: Any = getattr(actors, "at", None)
    if at is None or mention.kind not in ("group", "pronoun", "title"):
        return mention
    for item in (token, *token.conjuncts):
        for child in item.children:
            if child.dep_ not in ("amod", "compound", "poss"):
                continue
            own = at(child.i)
            if own is None or own.kind not in ("demonym", "country") or own is mention:
                continue
            entity = entity_of(own.actor) or own.actor
            if entity != entity_of(mention.actor):
                sector = mention.actor.partition("-")[2]
                code = f"{entity}-{sector}" if sector else entity
                return dataclasses.replace(mention, actor=code)
    return mention


def deep_actors(
    actors: ActorIndex,
    token: Token,
    depth: int = 3,
    preps: tuple[str, ...] = ("of", "with", "between", "in", "near"),
    *,
    known: bool = False,
) -> list[ActorMention]:
    """Resolve a phrase, else the places it names ("its side of the border with Russia").
    With `known`, unplaced actors ("soldiers", UNK) do not stop the search."""

    def placed(mentions: list[ActorMention]) -> list[ActorMention]:
        return [m for m in mentions if entity_of(m.actor) != "UNK"] if known else mentions

    found = placed(resolve_all(actors, token))
    if found or depth == 0:
        return found
    for child in token.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod"):
            found = placed(resolve_all(actors, child))
            if found:
                return found
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    found = deep_actors(actors, grandchild, depth - 1, preps, known=known)
                    if found:
                        return found
    return []


# ---------------------------------------------------------------------------
# arguments


def is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN")


def noun_source(match: Match, actors: ActorIndex) -> list[ActorMention]:
    head = match.head
    for child in head.children:
        if child.dep_ == "poss":
            found = resolve_all(actors, child)
            if found:
                return found
    for child in head.children:  # "pushbacks by Polish guards", "incursions from Russia"
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (found := resolve_all(actors, pobj)):
                    return found
    if match.trigger.type in RECIPROCAL_TYPES:  # "the talks between Macron and Putin"
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and len(found := resolve_all(actors, pobj)) > 1:
                        return found
    if match.trigger.type in OF_IS_SOURCE:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (found := resolve_all(actors, pobj)):
                        return found
    inside = range(match.start, match.end)
    for child in head.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i not in inside:
            found = resolve_all(actors, child)
            if found:
                return found
    verb = noun_verb(head)
    role = head.head if head.dep_ == "conj" else head  # "received food and medical help"
    if verb is not None and verb.lemma_.lower() in RECEIVING_VERBS and role.head.i == verb.i:
        return from_object(verb, actors)
    if (
        verb is not None
        and head.dep_ == "dobj"
        and head.head.i == verb.i
        and verb.lemma_.lower() in EXPRESSING_VERBS
        and match.trigger.type in EXPRESSED_TYPES
        and (subject := subject_of(verb)) is not None
    ):
        return resolve_all(actors, subject)  # "Germany expressed solidarity with Poland"
    subject = noun_doer(head)
    return resolve_all(actors, subject) if subject is not None else []


def anchor(head: Token) -> Token:
    """The noun that stands in the clause for a trigger noun ("sanctions [action]")."""
    if head.dep_ == "compound" and head.head.lemma_.lower() in ACT_NOUNS:
        return head.head
    return head


def noun_verb(head: Token) -> Token | None:
    """The verb a noun trigger is the object of ("carried out drills", "hub for aid")."""
    head = anchor(head)
    if head.dep_ not in ("dobj", "nsubjpass", "pobj", "attr", "conj") or head.head.i == head.i:
        return None
    verb = head.head
    for _ in range(4):  # "issued a statement on today's sanctions": up to the verb
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in (
            "pobj",
            "prep",
            "dobj",
            "conj",
            "attr",
            "acomp",
        ):
            break
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX", "ADJ") else None  # fmt: skip


def noun_doer(head: Token) -> Token | None:
    """Whoever does what a noun trigger names, through the verb it is the object of."""
    head = anchor(head)
    for child in head.children:
        if child.dep_ == "poss" and child.ent_type_ in ("DATE", "TIME"):
            continue  # "today's sanctions"
        if child.dep_ == "poss" and (child.pos_ != "PRON" or child.lower_ in FIRST_PERSON):
            return child  # "Russia's build-up", "our commitment"; "their strike": the verb's
    verb = noun_verb(head)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if lemma not in ("be", "deny") and lemma in FRAMING_VERBS | RECEIVING_VERBS:
        return None  # "reported a build-up": the reporter is not the doer ("denies a build-up"
        # is the denier's own)
    if verb.pos_ == "ADJ":  # "responsible for logistics": the subject of its copula
        verb = verb.head
    return subject_of(verb)


def from_object(verb: Token, actors: ActorIndex) -> list[ActorMention]:
    for token in verb.subtree:
        if token.dep_ == "prep" and token.lower_ == "from":
            for pobj in token.children:
                if pobj.dep_ == "pobj" and (found := resolve_all(actors, pobj)):
                    return found
    return []


def outside(token: Token, sent: Span) -> bool:
    return not sent.start <= token.i < sent.end


def leading_mentions(actors: ActorIndex, sent: Span, verb: Token) -> list[ActorMention]:
    """The actors listed before the verb when the parse took the subject from the line above
    (a headline run into its first sentence: "Coordinated sanctions\n\nThe UK, USA and
    Canada issued ...")."""
    text = doc_text(sent.doc)
    out: list[ActorMention] = []
    for mention in actors.within(sent.start_char, verb.idx):
        gap = text[out[-1].end if out else sent.start_char : mention.start]
        if gap.strip(" ,").lower() not in ("and", "or", "", "the"):
            break
        if not out or mention.start >= out[-1].end:
            out.append(mention)
    return out


def cut_off(subject: Token | None, verb: Token, sent: Span) -> bool:
    """Whether the parse took a verb's subject (or its head) from the line above."""
    if subject is not None:
        return outside(subject, sent)
    return verb.head.i != verb.i and outside(verb.head, sent)


def find_sources(match: Match, actors: ActorIndex, sent: Span) -> list[ActorMention]:
    head = match.head
    if is_noun(head):
        doer = noun_doer(head)
        verb = noun_verb(head)
        if verb is not None and cut_off(doer, verb, sent):
            return leading_mentions(actors, sent, verb)
        return noun_source(match, actors)
    subject = subject_of(head)
    if cut_off(subject, head, sent):
        return leading_mentions(actors, sent, head)
    if subject is not None:
        found = resolve_all(actors, subject)
        for other in head.children:  # "Poland as well as Lithuania sent": a second subject
            if other.dep_ == "nsubj" and other.i != subject.i and subject.head.i == head.i:
                found += [m for m in resolve_all(actors, other) if m not in found]
        if found:  # "Latvia, along with Lithuania, sent ...", parsed off the verb
            found += [m for m in companions(actors, head) if m not in found]
        if found:
            return found
    if subject is None and head.dep_ == "pcomp" and head.head.dep_ == "prep":
        # "Russia has no intention of attacking anyone", "its readiness to talks": the doer
        # of the noun the act hangs off
        noun = head.head.head
        doer = noun_doer(noun) if is_noun(noun) else None
        if doer is not None and (found := resolve_all(actors, doer)):
            return found
    if match.trigger.type in MOVED_TYPES:
        # troops that are deployed move themselves: "Polish soldiers are stationed on ...",
        # "Russian forces positioned near the border"
        if head.dep_ == "acl" and head.tag_ == "VBN" and (found := resolve_all(actors, head.head)):
            return found
        if any(c.dep_ == "expl" for c in head.children):  # "there are 90,000 Russian troops"
            for child in head.children:
                if child.dep_ in ("attr", "nsubj") and (found := resolve_all(actors, child)):
                    return found
        passive = any(c.dep_ == "auxpass" for c in head.children)
        for child in head.children:
            if child.dep_ == "nsubjpass" and passive and (found := resolve_all(actors, child)):
                return found
        if subject is None or not resolve_all(actors, subject):
            # "trains carrying Russian tanks into Belarus": the forces moved are whose
            for child in head.children:
                if child.dep_ == "dobj" and (found := forces_of(actors, child)):
                    return found
    return []


def forces_of(actors: ActorIndex, token: Token) -> list[ActorMention]:
    """The country whose forces or weapons a phrase names ("Russian tanks", "dozens of
    Belarusian armoured vehicles"), by the nationality word on it or on its "of" object."""
    items = [token] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    for item in items:
        own = [m for m in resolve_all(actors, item) if entity_of(m.actor) not in (None, "UNK")]
        if own:
            return own
        for child in item.children:
            if child.dep_ in ("amod", "compound", "poss"):
                found = [
                    m for m in resolve_all(actors, child)
                    if m.kind in ("demonym", "country") and entity_of(m.actor) != "UNK"
                ]  # fmt: skip
                if found:
                    return found
    return []


def find_targets(
    match: Match,
    actors: ActorIndex,
    source: set[str],
    moved: frozenset[str] = frozenset(),
) -> list[tuple[ActorMention, bool]]:
    """Return (actor, is_place) pairs for the trigger's target, first the best.

    `moved` are the words for what a deployment moves (troops): never its target."""
    head = match.head
    trigger_type = match.trigger.type
    out: list[tuple[ActorMention, bool]] = []
    object_deps = ("dobj", "dative", "nsubjpass") if not is_noun(head) else ()
    passive = any(c.dep_ == "auxpass" for c in head.children)
    candidates: list[tuple[Token, bool]] = []
    for child in head.children:
        if trigger_type in MOVED_TYPES and child.lemma_.lower() in moved | {"force"}:
            continue  # "sent troops": the troops move, they are not acted on
        if child.dep_ in object_deps and (child.dep_ != "nsubjpass" or passive):
            candidates.append((child, False))
    holders = [head] + [t for t in head.doc[match.start : match.end] if t.i != head.i]
    if anchor(head).i != head.i:
        holders.append(anchor(head))  # "sanctions action against ..."
        in_phrase_extra = {anchor(head).i}
    else:
        in_phrase_extra = set()
    if not is_noun(head):  # "imposed sanctions on Belarus", "stationed a brigade in Latvia"
        there = any(c.dep_ == "expl" for c in head.children)
        objects = [
            c
            for c in head.children
            if (c.dep_ == "dobj" or (there and c.dep_ == "attr")) and is_noun(c)
        ]
        holders += objects + [  # "a team of engineers to Poland"
            g for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"
        ]  # fmt: skip
        tools = [  # "used migrants as a weapon against Latvia"
            g for c in head.children if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children if g.dep_ == "pobj"
        ]  # fmt: skip
        holders += tools + [  # "as an instrument of pressure against Latvia"
            g for t in tools for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"
        ]  # fmt: skip
    if is_noun(head) and head.dep_ in ("dobj", "npadvmod", "advmod") and head.head.i != head.i:
        holders.append(head.head)  # "attempting an intrusion into Poland", "stands ... with"
    if is_noun(head) and head.dep_ == "pobj" and head.head.lower_ in ("into", "in"):
        verb = head.head.head  # "took ten migrants into custody": whom the verb acts on
        if verb.pos_ in ("VERB", "AUX"):
            acted_on = ("dobj", "nsubjpass")  # "ten migrants were taken into custody"
            candidates += [(c, False) for c in verb.children if c.dep_ in acted_on]
    in_phrase = {t.i for t in head.doc[match.start : match.end]} | in_phrase_extra
    for holder in holders:
        own = holder.i in in_phrase  # the trigger's own words ("shoulder to shoulder with")
        if is_noun(head) and holder.i == head.head.i and holder.lemma_.lower() in EXPRESSING_VERBS:
            own = True  # "expressed solidarity with Poland": the verb carries the noun's phrase
        preps = TARGET_PREPS if own or trigger_type in ON_OBJECT_TYPES else PLACE_PREPS
        if trigger_type in RECIPROCAL_TYPES:
            preps = preps | {"with"}  # "carried out drills with Belarus"
        if trigger_type in TOPIC_TYPES:
            preps = preps - {"on", "over", "about"}
        if trigger_type == "REQUEST":
            preps = preps | {"for"}  # "called for the regime to release ..."
        if trigger_type in BENEFIT_TYPES and own:
            preps = preps | {"for"}  # "its support for Latvia"
        if trigger_type == "REJECT":
            preps = frozenset()  # a refusal is aimed at a party or its claim, not a place
        if trigger_type not in MOVED_TYPES:
            preps = preps - LOCATIVE_PREPS  # "fight in Ukraine": where, not against whom
        for child in _with_conjoined_preps(holder):
            if child.dep_ in ("prep", "dative", "conj") and (
                (
                    child.lower_ in preps
                    and (
                        own
                        or trigger_type in ON_OBJECT_TYPES
                        or child.lower_ not in TOPIC_PREPS
                        or (child.lower_ == "with" and trigger_type in RECIPROCAL_TYPES)
                    )
                )
                or (child.lower_ == "of" and trigger_type not in OF_NOT_TARGET and own)
            ):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if (
                        child.lower_ == "for"
                        and trigger_type == "REQUEST"
                        and getattr(actors, "at", lambda i: None)(pobj.i) is None
                    ):
                        continue  # "called for the regime to ..." names it; "for talks" does not
                    place = child.lower_ in PLACE_PREPS and trigger_type not in SPOKEN_TYPES
                    candidates.append((pobj, place))  # "hit out at Russia": a party
    receiver = None  # "Poland's handling has drawn condemnation": Poland is condemned
    role = head.head if head.dep_ == "conj" and is_noun(head.head) else head
    if is_noun(head) and role.dep_ == "dobj" and role.head.lemma_.lower() in RECEIVING_VERBS:
        receiver = role.head
    elif is_noun(head) and head.dep_ == "pobj" and head.head.head.lemma_.lower() in RECEIVING_VERBS:
        receiver = head.head.head
    if receiver is not None and (subject := subject_of(receiver)) is not None:
        candidates.insert(0, (subject, False))
    if is_noun(head):  # "Austin's trip to Ukraine, as well as Georgia and Romania"
        candidates += [(c, True) for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if match.trigger.place_target:  # "drove them to Latvia", "used migrants against Latvia"
        candidates.sort(key=lambda pair: pair[0].dep_ != "pobj")
        # the people moved are the means, not the target ("ferrying migrants" with no place:
        # the target is left to the border or the theatre)
        candidates = [(t, p) for t, p in candidates if t.dep_ == "pobj" or not _people(t)]
    elif trigger_type in MOVED_TYPES:
        candidates.sort(key=lambda pair: not pair[1])  # places first ("sent ... to Latvia")
    for index, (token, is_place) in enumerate(candidates):
        previous = candidates[index - 1][0] if index else token
        if out and not is_noun(head) and not _same_preposition(token, previous):
            return out  # "with France, with Poland and with Ukraine": each; not other phrases
        # a refusal's object is a party or its claim, not the places the claim names
        if trigger_type == "REJECT":  # "would not accept the deployment of NATO troops"
            found = deep_actors(actors, token, 3, ("of", "from"), known=True)
            if not any(distinct(m, source) for m in found) and token.dep_ == "dobj":
                # "the deployment of soldiers from any NATO country": whoever the refused
                # thing is from, named anywhere in the object
                edge = token.right_edge
                found = [
                    m for m in actors.within(token.left_edge.idx, edge.idx + len(edge.text))
                    if entity_of(m.actor) != "UNK" and m.kind in ("country", "org", "demonym")
                    and distinct(m, source) and _owned_by(m, token)
                ][:1]  # fmt: skip
        elif trigger_type in OWNED_TARGET_TYPES:  # "condemned a scheme by Minsk": whose it is
            found = deep_actors(actors, token, 3, ("of", "with", "between", "in", "near", "by"))
        else:
            found = deep_actors(actors, token)
        for mention in found:
            if distinct(mention, source):
                out.append((mention, is_place))
        if out and token.dep_ != "pobj":
            return out
    if out:
        return out
    if trigger_type == "THREATEN":  # "threats to shoot Polish troops": whom the act would hit
        for child in head.children:
            if child.dep_ in ("xcomp", "acl", "ccomp"):
                for token in child.subtree:
                    if token.dep_ == "dobj" or (
                        token.dep_ == "pobj" and token.head.lower_ in ("on", "at", "against", "to")
                    ):
                        found = [m for m in resolve_all(actors, token) if distinct(m, source)]
                        if found:
                            return [(m, False) for m in found]
    if not is_noun(head):  # a mis-parsed object: the actor named right after the verb
        after = head.doc[match.end : min(match.end + 3, head.sent.end)]
        for mention in actors.within(after.start_char, head.sent.end_char):
            last = mention.text.split()[-1].lower() if mention.text.split() else ""
            if trigger_type == "MOBILIZE" and (last in moved or last.rstrip("s") in moved):
                break  # "sent troops": the troops move, they are not acted on
            if match.trigger.place_target:  # "flew migrants from Baghdad": where they came from
                break
            if match.trigger.place_target and mention.actor.endswith("-REF"):
                break  # "lured the migrants": the means of the act, not its target
            if mention.start <= after.end_char and entity_of(mention.actor) not in source:
                return [(mention, False)]
            break
    return out


def _with_conjoined_preps(holder: Token) -> list[Token]:
    """A holder's children, with the prepositions conjoined to them ("with Poland and with
    Ukraine": the second "with" hangs off the first)."""
    out: list[Token] = []
    for child in holder.children:
        out.append(child)
        if child.dep_ in ("prep", "dative"):
            out += [c for c in child.conjuncts if c.pos_ == "ADP" and c.lower_ == child.lower_]
    return out


def _same_preposition(token: Token, before: Token) -> bool:
    """Whether two target candidates are objects of the same preposition word on one
    holder, or of a conjoined one ("coordinate with France, with Poland and with Ukraine")."""
    if token.dep_ != "pobj" or before.dep_ != "pobj" or token.head.lower_ != before.head.lower_:
        return False
    prep, other = token.head, before.head
    return prep.head.i == other.head.i or prep.dep_ == "conj" or other.dep_ == "conj"


def purpose_targets(match: Match, actors: ActorIndex, source: set[str]) -> list[ActorMention]:
    """Whom an act done as the means of another is aimed at: the object of the purpose verb
    ("to destabilise its neighbours by falsely telling migrants ...": the neighbours, not
    the migrants told), its possessor for an abstract object ("destabilise their economies")."""
    head = match.head
    if is_noun(head) and head.dep_ == "dobj":
        head = head.head  # "by spreading false information": the verb of the means
    if head.dep_ != "pcomp" or head.head.lower_ not in ("by", "through"):
        return []
    verb = head.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        found = [m for m in deep_actors(actors, child, 1) if distinct(m, source)]
        if not found:
            found = [
                m for p in child.children if p.dep_ == "poss"
                for m in possessor(actors, p, source)
            ]  # fmt: skip
        if found:
            return found
    return []


def possessor(actors: ActorIndex, token: Token, source: set[str]) -> list[ActorMention]:
    """Who a possessive pronoun the actors left open stands for ("their economies"): the
    last group or country named before it in its sentence, other than the act's source."""
    found = resolve_all(actors, token)
    if found or token.lower_ not in ("their", "its"):
        return [m for m in found if distinct(m, source)]
    sent = token.sent
    earlier = [
        m for m in actors.within(sent.start_char, token.idx)
        if distinct(m, source) and not m.person and m.sector not in ("REF", "CVL", "MED")
        and entity_of(m.actor) != "UNK"
    ]  # fmt: skip
    return earlier[-1:]


def _owned_by(mention: ActorMention, phrase: Token) -> bool:
    """Whether a mention inside `phrase` names whose the thing is: the object of a "from"
    or "by" in it ("troops from any NATO country", "the plan by Poland")."""
    token = next((t for t in phrase.subtree if t.idx >= mention.start), None)
    for _ in range(6):
        if token is None or token.i == phrase.i or token.head.i == token.i:
            return False
        if token.dep_ == "pobj" and token.head.lower_ in ("from", "by"):
            return True
        token = token.head
    return False


def _people(token: Token) -> bool:
    return token.lemma_.lower() in PEOPLE or token.lower_ in PEOPLE


def distinct(mention: ActorMention, source: set[str]) -> bool:
    """Whether a target differs from the source: another country, or a non-state part of the
    same one ("Ukrainian forces" -> "pro-Russian forces in the Donbass", UKR-REB)."""
    if mention.actor in source:
        return False
    if entity_of(mention.actor) not in source:
        return True
    sector = mention.actor.partition("-")[2]
    return sector in OWN_SIDE_TARGETS and not any(s.endswith("-" + sector) for s in source)


def source_code(mention: ActorMention, event_type: str, mode: str | None = None) -> str:
    """The code of a source: a country acts through its government, its physical acts
    through its forces (police for a police deployment)."""
    code = mention.actor
    if "-" not in code and mention.kind in ("country", "demonym", "metonym"):
        code += "-GOV"
    if event_type == "PROTEST" and code.endswith("-GOV") and mention.kind == "demonym":
        return code[: -len("-GOV")] + "-CVL"  # "Hundreds of Poles protested": civilians
    if (
        event_type in MILITARY_TYPES
        and code.endswith("-GOV")
        and (
            mention.kind in ("country", "demonym", "metonym")
            or (
                event_type == "MOBILIZE"
                and mode in ("troops", "weapons")
                and mention.kind in ("name", "title")
                and not code.startswith("UNK-")
            )
        )
    ):  # a leader who sends troops acts through the armed forces too
        return code[: -len("-GOV")] + ("-COP" if mode == "police" else "-MIL")
    return code


def target_code(mention: ActorMention, is_place: bool) -> str:
    code = mention.actor
    if is_place and code.endswith("-GOV") and mention.kind in ("country", "demonym", "metonym"):
        return code[: -len("-GOV")]
    return code


__all__ = [
    "ACT_NOUNS",
    "FIRST_PERSON",
    "FRAMING_VERBS",
    "LOCATIVE_PREPS",
    "MILITARY_TYPES",
    "MOVED_TYPES",
    "OF_IS_SOURCE",
    "OF_NOT_TARGET",
    "ON_OBJECT_TYPES",
    "OWN_SIDE_TARGETS",
    "PLACE_PREPS",
    "RECEIVING_VERBS",
    "RECIPROCAL_TYPES",
    "TARGET_PREPS",
    "TOPIC_PREPS",
    "TOPIC_TYPES",
    "anchor",
    "conjoined",
    "cut_off",
    "deep_actors",
    "distinct",
    "doc_text",
    "find_sources",
    "find_targets",
    "forces_of",
    "from_object",
    "is_noun",
    "leading_mentions",
    "noun_doer",
    "noun_source",
    "noun_verb",
    "outside",
    "own_nationality",
    "resolve_all",
    "source_code",
    "target_code",
]
