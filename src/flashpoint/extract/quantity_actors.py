"""The counted actor (`of`) of a quantity: whose troops, whose migrants, whose dead.

A demonym or possessive on the phrase, the party that deployed or launched the counted
forces, the side of a build-up, the report's single country, else `UNK-<sector>`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flashpoint.extract.doc_index import doc_sents, sent_of
from flashpoint.extract.quantity_phrases import DEFINITE, DEMONYM_ENTRY, Phrase
from flashpoint.extract.quantity_units import shipped_gazetteer
from flashpoint.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from flashpoint.extract.actors import ActorIndex

_DEATH_WORDS = {"death", "deaths", "body", "bodies", "corpse", "corpses"}
_DEATH_VERBS = {"kill", "die", "drown", "freeze", "perish", "murder", "execute", "slay"}
_INJURY_VERBS = {"injure", "wound", "hurt"}
_DETAIN_VERBS = {"detain", "arrest", "capture", "imprison", "jail", "apprehend"}
_DEPLOY_VERBS = {
    "send", "deploy", "dispatch", "move", "station", "mass", "amass", "position", "have",
    "keep", "base", "mobilise", "mobilize", "commit", "pledge", "transfer", "bring",
    "field", "gather", "concentrate", "assemble", "redeploy", "reposition", "withdraw", "order",
    "provide", "supply", "deliver", "give", "donate", "ship", "launch", "fire", "raise",
    "increase", "boost", "double", "reinforce", "lose", "build", "put", "place", "maintain",
}  # fmt: skip
# sending verbs of an announced reinforcement ("another 5,000 soldiers would be sent")
_SEND_VERBS = frozenset(
    (
        "send", "deploy", "dispatch", "mobilise", "mobilize", "commit", "transfer", "redeploy",
        "move", "call", "station", "add",
    )
)  # fmt: skip
# verbs that place forces somewhere ("100 tanks parked at a training ground")
_POSITION_VERBS = frozenset(
    (
        "park", "station", "mass", "deploy", "concentrate", "gather", "position", "base",
        "amass", "assemble", "locate", "move", "place", "stockpile", "line", "see", "spot",
    )
)  # fmt: skip
_BUILDUP_WORDS = re.compile(
    r"\b(?:build-?up|deployment|concentration|massing|mobili[sz]ation|reinforcements?|"
    r"exercises?|drills?|manoeuvres?|maneuvers?)\b",
    re.I,
)
FORCE_UNITS = frozenset(("troops", "tanks", "weapons", "aircraft", "vehicles", "ships", "other"))
_MORE_WORDS = frozenset(("another", "additional", "further", "extra", "more", "new"))
_MODAL_AUX = frozenset(("will", "would", "shall", "could", "can", "may", "might", "'ll"))
_PRONOUNS = {"it", "they", "its", "their", "he", "she", "his", "her", "we", "our"}


# "identified as Iraqi men", "all Iraqis": the nationality of counted people
_NATIONALITY = re.compile(
    r"\b(?:as|all|both|being|mostly|mainly|largely|of\s+them|of\s+whom)\s+(?:an?\s+)?"
    r"(?:(?P<adj>[A-Z][a-z]+)\s+(?:men|women|nationals|citizens|people|children|migrants|"
    r"refugees|asylum[- ]seekers|family|families|man|woman|[A-Z][a-z]+s)|"
    r"(?P<plural>[A-Z][a-z]+s))\b"
)


_MAKE_WORDS = frozenset(("origin", "make", "design", "manufacture", "production", "vintage"))
_NAMING_KINDS = frozenset(("name", "country", "demonym", "metonym", "org"))


def entity_code(actor: str | None) -> str | None:
    if not actor:
        return None
    entity = actor.split("-", 1)[0]
    return None if entity in ("", "UNK") else entity


def _entity_of_token(token: Token, actors: ActorIndex) -> str | None:
    """Return the country or organisation a token names (actor index, else gazetteer)."""
    try:
        mention = actors.resolve(token)
    except (AttributeError, TypeError, ValueError):
        mention = None
    if mention is not None and entity_code(mention.actor):
        return entity_code(mention.actor)
    gazetteer = shipped_gazetteer()
    if gazetteer is None:
        return None
    return gazetteer.country_code(token.text)


def entity_in(doc: Doc, start: int, end: int, actors: ActorIndex) -> str | None:
    """Return the entity of a demonym or country named inside tokens [start, end)."""
    if start >= end:
        return None
    span = doc[start:end]
    for mention in actors.within(span.start_char, span.end_char):
        # names on the phrase, not the head noun resolved by coreference ("troops" -> ...)
        if mention.kind in _NAMING_KINDS and entity_code(mention.actor):
            return entity_code(mention.actor)
    gazetteer = shipped_gazetteer()
    if gazetteer is None:
        return None
    for token in span:
        if token.pos_ in ("PROPN", "ADJ", "NOUN") or token.ent_type_ in ("NORP", "GPE"):
            code = gazetteer.country_code(token.text)
            if code is not None:
                return code
    return None


def _nearest_country_before(
    doc: Doc, char: int, actors: ActorIndex, window: int = 600
) -> str | None:
    """Return the last country or organisation named before character `char`."""
    mentions = [m for m in actors.within(max(0, char - window), char) if entity_code(m.actor)]
    if mentions:
        return entity_code(max(mentions, key=lambda m: m.start).actor)
    gazetteer = shipped_gazetteer()
    if gazetteer is None:
        return None
    span = doc.char_span(max(0, char - window), char, alignment_mode="contract")
    if span is None:
        return None
    for token in reversed(span):
        if token.pos_ in ("PROPN", "ADJ") or token.ent_type_ in ("NORP", "GPE"):
            code = gazetteer.country_code(token.text)
            if code is not None:
                return code
    return None


def _possessor(doc: Doc, pronoun: Token, actors: ActorIndex) -> str | None:
    """Return who "its"/"their" refers to: the last named actor earlier in the sentence."""
    sent = sent_of(pronoun)
    named = [
        m
        for m in actors.within(sent.start_char, pronoun.idx)
        if m.kind not in ("pronoun",) and entity_code(m.actor)
    ]
    if named:
        return entity_code(max(named, key=lambda m: m.start).actor)
    return _entity_of_token(pronoun, actors) or _nearest_country_before(doc, pronoun.idx, actors)


def several(subject: Token) -> bool:
    """Return whether a subject names several parties: "Poland and Lithuania", "the
    European and NATO powers" (their forces together are an aggregate, UNK)."""
    return any(c.dep_ == "conj" for c in subject.children) or any(
        c.dep_ == "conj" for c in subject.subtree if c.i < subject.i
    )


def deployer(doc: Doc, head: Token, actors: ActorIndex) -> str | None:
    """Return the party that sends, deploys or has the counted troops (the verb's subject)."""
    current = head
    for _ in range(5):
        if current.dep_ in ("dobj", "pobj", "nsubjpass", "attr", "conj", "appos", "prep"):
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                break
            continue
        break
    if current.pos_ not in ("VERB", "AUX") or current.lemma_.lower() not in _DEPLOY_VERBS:
        return None
    subjects = [c for c in current.children if c.dep_ in ("nsubj", "agent")]
    if not subjects and current.dep_ in ("xcomp", "conj", "advcl") and current.head.pos_ == "VERB":
        subjects = [c for c in current.head.children if c.dep_ == "nsubj"]
    for subject in subjects:
        if subject.dep_ == "agent":
            subject = next((c for c in subject.children if c.dep_ == "pobj"), subject)
        if several(subject):
            return None  # "Poland and Lithuania have sent ...": an aggregate (seed NOTES)
        if subject.lower_ in _PRONOUNS:
            entity = _entity_of_token(subject, actors) or _nearest_country_before(
                doc, subject.idx, actors
            )
        else:
            entity = _entity_of_token(subject, actors) or entity_in(
                doc, subject.left_edge.i, subject.i + 1, actors
            )
        if entity is not None:
            return entity
    return None


_TROOP_WORDS = frozenset(("troops", "forces", "soldiers", "units", "personnel"))
DEPLOYER_WINDOW = 800  # characters back an unnamed troop count looks for who moves forces


def _recent_deployer(doc: Doc, phrase: Phrase, actors: ActorIndex) -> str | None:
    """Return who an earlier sentence said moves forces, for a count of troops on the move.

    "The United States will soon move additional forces to Romania ... First, 1,000
    soldiers ... will reposition to Romania": the soldiers are the mover's.
    """
    head = doc[phrase.head]
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.lemma_.lower() not in _DEPLOY_VERBS:
        return None
    sent = sent_of(head)
    since = sent.start_char - DEPLOYER_WINDOW
    sents = [s for s in doc_sents(doc) if s.end <= sent.start and s.end_char >= since]
    for previous in reversed(sents):
        for token in previous:
            if token.lower_ in _TROOP_WORDS and token.dep_ in ("dobj", "nsubjpass"):
                entity = deployer(doc, token, actors)
                if entity is not None:
                    return entity
    return None


def own_forces(doc: Doc, phrase: Phrase, claimant: str) -> str | None:
    """Return the speaker's country for reinforcements it announces without an agent.

    "The minister announced that another 5,000 soldiers would be sent to the border":
    the soldiers are the minister's country's.
    """
    parts = claimant.split("-", 1)
    if (
        phrase.head < 0
        or len(parts) != 2
        or parts[1] not in ("GOV", "MIL")
        or not entity_code(claimant)
    ):
        return None
    head = doc[phrase.head]
    verb = head.head
    if head.dep_ != "nsubjpass" or verb.lemma_.lower() not in _SEND_VERBS:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    modal = any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in verb.children)
    before = doc[phrase.start - 1].lower_ if phrase.start > 0 else ""
    more = before in _MORE_WORDS or any(
        c.lower_ in _MORE_WORDS for c in head.children if c.dep_ in ("amod", "det")
    )
    return entity_code(claimant) if modal or more else None


_LAUNCH_VERBS = frozenset(("launch", "fire", "shoot", "send", "aim", "direct", "hurl"))
_AT_PREPS = frozenset(("at", "on", "against", "towards", "toward", "into", "over"))


def launched_owner(doc: Doc, phrase: Phrase, actors: ActorIndex) -> str | None:
    """Return who launched weapons "launched at Ukraine" with no agent: the other side.

    The attacker is the party named nearest in the sentence (or the one before) that is
    not the target of the launch.
    """
    if phrase.head < 0:
        return None
    head = doc[phrase.head]
    verbs = [c for c in head.children if c.dep_ in ("acl", "pcomp", "relcl")]
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(head.head)
    related = [t for t in head.children if t.dep_ == "conj"]
    if head.dep_ == "conj":
        related.append(head.head)  # "300 drones and 20 missiles launched at"
    for other in related:
        verbs.extend(c for c in other.children if c.dep_ in ("acl", "pcomp", "relcl"))
        if other.dep_ in ("nsubj", "nsubjpass"):
            verbs.append(other.head)
    verbs = [v for v in verbs if v.lemma_.lower() in _LAUNCH_VERBS]
    if not verbs or any(c.dep_ == "agent" for v in verbs for c in v.children):
        return None
    targets: set[str] = set()
    for verb in verbs:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AT_PREPS):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                entity = _entity_of_token(obj, actors) or entity_in(
                    doc, obj.left_edge.i, obj.i + 1, actors
                )
                if entity is not None:
                    targets.add(entity)
    if not targets:
        return None
    sent = sent_of(head)
    sents = [s for s in doc_sents(doc) if s.end <= sent.start]
    since = sents[-1].start_char if sents else sent.start_char
    anchor = head.idx
    candidates = [
        m
        for m in actors.within(since, sent.end_char)
        if (entity := entity_code(m.actor)) is not None and entity not in targets
    ]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda m: (m.start > anchor, abs(m.start - anchor)))
    return entity_code(nearest.actor)


_AT_PLACE = frozenset(("at", "near", "around", "outside"))
_CARRY_VERBS = frozenset(("carry", "transport", "bring", "haul", "ship", "ferry", "move", "roll"))
_INTO_PREPS = frozenset(("into", "to", "towards", "toward", "across"))
_SITE_NOUNS = frozenset(
    ("base", "ground", "airfield", "airbase", "camp", "site", "range", "depot", "field", "border")
)


def _carried_in(token: Token) -> bool:
    """Return True for forces carried somewhere: "trains carrying dozens of vehicles into X"."""
    current = token
    chain = [token]
    for _ in range(4):
        if current.dep_ not in ("pobj", "prep", "dobj", "conj") or current.head == current:
            return False
        current = current.head
        chain.append(current)
        if current.pos_ == "VERB":
            break
    if current.pos_ != "VERB" or current.lemma_.lower() not in _CARRY_VERBS:
        return False
    holders = [*chain, *list(current.ancestors)[:3]]  # "showed trains carrying X into Y"
    return any(c.dep_ == "prep" and c.lower_ in _INTO_PREPS for h in holders for c in h.children)


def _placed(head: Token) -> bool:
    """Return True when forces are placed somewhere ("tanks parked at", "troops stationed")."""
    if _carried_in(head):
        return True
    tokens = [head, *head.conjuncts]
    if head.dep_ == "conj":
        tokens.append(head.head)
    for token in list(tokens):  # "100 tanks and dozens of artillery pieces parked at"
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            tokens.extend(c for c in prep.children if c.dep_ == "pobj")
    for token in tokens:
        if any(c.dep_ == "acl" and c.lemma_.lower() in _POSITION_VERBS for c in token.children):
            return True
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in _POSITION_VERBS:
            return True
        holders = [token, token.head] if token.dep_ == "dobj" else [token]
        preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
        for prep in (c for c in preps if c.lower_ in _AT_PLACE):
            if any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_ in _SITE_NOUNS
                   for o in prep.children if o.dep_ == "pobj"):  # fmt: skip
                return True  # "150 tanks at a base near Bryansk"
    return False


def buildup_owner(doc: Doc, phrase: Phrase, actors: ActorIndex, claimant: str) -> str | None:
    """Return whose forces an unowned count of placed equipment or troops is.

    "Satellite images ... show more than 100 tanks parked at a training ground": the
    tanks are the build-up's, the military last named before the sentence (not the
    claimant, who would name its own).
    """
    if phrase.head < 0 or not _placed(doc[phrase.head]):
        return None
    sent = sent_of(doc[phrase.head])
    mentions = [
        m
        for m in actors.within(max(0, sent.start_char - DEPLOYER_WINDOW), sent.start_char)
        if m.actor.endswith("-MIL") and entity_code(m.actor)
    ]
    own = entity_code(claimant)
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        entity = entity_code(mention.actor)
        if entity != own:
            return entity
    # no military named: the country whose build-up the sentence before tells ("Russia's")
    previous = [s for s in doc_sents(doc) if s.end <= sent.start][-1:]
    for before in previous:
        for mention in sorted(
            actors.within(before.start_char, before.end_char), key=lambda m: -m.start
        ):
            entity = entity_code(mention.actor)
            if (
                entity is not None
                and len(entity) == 3
                and entity != own
                and _BUILDUP_WORDS.search(before.text)
            ):
                return entity
    return None


def _context_nationality(doc: Doc, phrase: Phrase) -> str | None:
    """Return a nationality the text gives the counted people ("identified as Iraqi men")."""
    gazetteer = shipped_gazetteer()
    if gazetteer is None:
        return None
    sent = sent_of(doc[phrase.num_start])
    sents = doc_sents(doc)
    index = next((i for i, s in enumerate(sents) if s.start == sent.start), 0)
    window = sents[index : index + 2]
    text = " ".join(s.text for s in window)
    for match in _NATIONALITY.finditer(text):
        code = gazetteer.country_of_demonym(match["adj"] or match["plural"])
        if code is not None:
            return code
    return None


def _place_of_harm(head: Token) -> str | None:
    """Return the country where civilians were killed or hurt: "killing four people in Kyiv",
    "In Lviv, three people were injured", "A strike on a plant in Mukachevo injured 19".

    Only civilians: soldiers or migrants harmed somewhere are not that country's. The places
    of the clause must all lie in one country.
    """
    gazetteer = shipped_gazetteer()
    if gazetteer is None:
        return None
    for holder in (head, head.head):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                place = gazetteer.lookup(obj.text)
                if place is not None and place.country and place.kind != "border":
                    return place.country
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    countries = set()
    for token in verb.subtree:
        if token.pos_ != "PROPN" or token.dep_ != "pobj" or token.head.lower_ not in ("in", "on"):
            continue
        place = gazetteer.lookup(token.text)
        if place is not None and place.country and place.kind not in ("border", "sea"):
            countries.add(place.country)
    return countries.pop() if len(countries) == 1 else None


def _single_country(doc: Doc, phrase: Phrase, actors: ActorIndex) -> str | None:
    """Return the one country the sentence names (a sanctions listing "in Belarus")."""
    gazetteer = shipped_gazetteer()
    if gazetteer is None:
        return None
    sent = sent_of(doc[phrase.num_start])
    found = {
        code
        for token in sent
        if token.pos_ == "PROPN" and (code := gazetteer.country_code(token.text)) is not None
    }
    return found.pop() if len(found) == 1 else None


def override_unit(doc: Doc, phrase: Phrase) -> str:
    """Return `dead`/`injured`/`detained` when the clause says so, else the lexicon unit."""
    unit = phrase.entry.unit
    at = phrase.head if phrase.head >= 0 else phrase.anchor
    if unit not in ("migrants", "people", "troops") or at < 0:
        return unit
    head = doc[at]
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _DEATH_WORDS:
        return "dead"
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        # "police detained 15 people", "the strike killed 12 soldiers"
        lemma = head.head.lemma_.lower()
        if lemma in _DEATH_VERBS:
            return "dead"
        if lemma in _INJURY_VERBS:
            return "injured"
        if lemma in _DETAIN_VERBS:
            return "detained"
        return unit
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return unit
    lemma = verb.lemma_.lower()
    complements = {
        c.lower_ for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp", "advmod")
    }
    if lemma in _DEATH_VERBS or "dead" in complements:
        return "dead"
    if lemma in _INJURY_VERBS or complements & {"injured", "wounded"}:
        return "injured"
    if head.dep_ == "nsubjpass" and (lemma in _DETAIN_VERBS or lemma == "hold"):
        return "detained"  # "The five were held at a post"
    return unit


def counted_entity(
    doc: Doc,
    phrase: Phrase,
    unit: str,
    actors: ActorIndex,
    earlier: list[tuple[Phrase, str, str | None]],
) -> str | None:
    """Return the entity counted by a phrase, or None when unknown."""
    entity = entity_in(doc, phrase.num_end, phrase.end, actors)
    if entity is not None:
        return entity
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    owner = before
    if before is not None and before.lower_ in ("'s", "\u2019s", "'") and phrase.start > 1:
        owner = doc[phrase.start - 2]  # "Russia's 100,000 troops"
    if owner is not None and (
        owner.dep_ == "poss" or owner is not before or owner.lower_ in ("its", "their")
    ):
        if owner.lower_ in _PRONOUNS:
            entity = _possessor(doc, owner, actors)
        else:
            entity = _entity_of_token(owner, actors) or entity_in(
                doc, owner.left_edge.i, owner.i + 1, actors
            )
        if entity is not None:
            return entity
    if phrase.head >= 0:
        head = doc[phrase.head]
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.lemma_.lower() in _MAKE_WORDS:
                    continue  # "howitzers of East German origin": where they were made
                entity = _entity_of_token(obj, actors) or entity_in(
                    doc, obj.left_edge.i, obj.i + 1, actors
                )
                if entity is not None:
                    return entity
    if phrase.end + 1 < len(doc) and doc[phrase.end].lower_ == "from":
        prep = doc[phrase.end]
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            entity = entity_in(doc, obj.left_edge.i, obj.i + 1, actors)
            if entity is not None:
                return entity  # "five activists from the X network" (from attached to the verb)
    # a re-mention ("The five soldiers", "three of the dead"): the earlier count's actor
    definite = before is not None and before.lower_ in DEFINITE
    if definite or phrase.partitive:
        for old, old_unit, old_of in reversed(earlier):
            same_value = old.amount.low == phrase.amount.low
            if old_unit == unit and old_of and (phrase.partitive or same_value):
                return old_of
    if unit in FORCE_UNITS and phrase.head >= 0:
        entity = deployer(doc, doc[phrase.head], actors) or _recent_deployer(doc, phrase, actors)
        if entity is not None:
            return entity
    if unit in ("people", "dead", "migrants", "detained", "injured"):
        entity = _context_nationality(doc, phrase)
        if entity is not None:
            return entity
    if unit in ("dead", "injured") and phrase.entry.sector == "CVL" and phrase.head >= 0:
        entity = _place_of_harm(doc[phrase.head])
        if entity is not None:
            return entity
    if phrase.entry.sector is None and unit in ("people", "other"):
        return _single_country(doc, phrase, actors)
    return None


_MIGRANT_WORDS = re.compile(r"\b(?:migrants?|refugees?|asylum|immigrants?)\b", re.I)


# crossing, pushback and stranding: people counted in such a clause are migrants
_MIGRATION_CUES = re.compile(
    r"\b(?:cross(?:ed|es|ing|ings)?|prevent\w*\b[^.]{0,40}\bfrom\s+(?:cross|enter)\w*|push(?:ed|es|ing)?\b[^.]{0,40}\bback|pushbacks?|"
    r"turn(?:ed|s|ing)?\b[^.]{0,30}\bback|forced?\b[^.]{0,30}\bback|strand(?:ed)?|stuck|"
    r"enter(?:s|ed|ing)?\s+(?:the\s+)?(?:country|territory|EU)\b[^.]{0,20}\bvia|"
    r"smuggl\w*|deport\w*|expel\w*|illegally|asylum|camp(?:s|ed|ing)?|encampment)\b",
    re.I,
)
_WAITING_CUES = re.compile(
    r"\b(?:wait(?:s|ed|ing)?|gather(?:ed|ing)?|arriv(?:e|ed|es|als?|ing)|forests?|border|"
    r"frontier|checkpoint|countr(?:y|ies)|territory)\b",
    re.I,
)
_GENERIC_PEOPLE = frozenset(("people", "persons", "person", "individuals", "foreigners"))


def about_migrants(doc: Doc, phrase: Phrase) -> bool:
    """Return True when the text around a count of people is about migrants (sector REF)."""
    start = doc[phrase.start].idx
    window = doc_text(doc)[max(0, start - 1500) : start + 1500]
    found = len(_MIGRANT_WORDS.findall(window))
    if found >= 2:
        return True
    sent = sent_of(doc[phrase.num_start]).text
    if found >= 1 and (_MIGRATION_CUES.search(window) or _WAITING_CUES.search(sent)):
        return True
    near = doc_text(doc)[max(0, start - 400) : start + 200]
    if _MIGRATION_CUES.search(near) and _WAITING_CUES.search(near):
        return True  # "stopped 223 attempts to cross the border. Thirty-one people were ..."
    cues = len(_MIGRATION_CUES.findall(sent))
    return cues >= 2 or (cues == 1 and bool(_WAITING_CUES.search(window)))


def migrant_head(doc: Doc, phrase: Phrase) -> bool:
    """Return True for generic "people" crossing, pushed back or stranded at a border."""
    if phrase.entry is DEMONYM_ENTRY:
        return True  # "Another 118 Iraqis" where the text is about migrants
    if phrase.head_text.lower() not in _GENERIC_PEOPLE:
        return False
    sent = sent_of(doc[phrase.num_start]).text
    return bool(_MIGRATION_CUES.search(sent) or _WAITING_CUES.search(sent))


# verbs whose subject acts on the other side's forces: the counted forces are not the subject's
_OPPOSING_VERBS = frozenset(
    (
        "shoot", "down", "intercept", "destroy", "neutralise", "neutralize", "repel", "repulse",
        "capture", "seize", "spot", "see", "count", "detect", "track", "observe", "show",
        "indicate", "suggest", "reveal", "estimate", "face", "fight", "confront", "kill",
        "wound", "injure", "hit", "strike", "attack", "target", "eliminate", "defeat",
        "accuse", "condemn", "fear", "monitor", "report", "receive", "get", "request", "ask",
        "want", "seek", "demand", "need", "buy", "purchase", "order", "warn",
    )
)  # fmt: skip
_STOP_DEPS = frozenset(("ccomp", "parataxis", "ROOT"))  # a clause of its own: stop climbing
_CLIMB_LIMIT = 8


def _subject_entity(doc: Doc, subject: Token, actors: ActorIndex) -> str | None:
    if subject.lower_ in _PRONOUNS:
        return _entity_of_token(subject, actors) or _possessor(doc, subject, actors)
    return _entity_of_token(subject, actors) or entity_in(
        doc, subject.left_edge.i, subject.i + 1, actors
    )


def acting_party(doc: Doc, phrase: Phrase, actors: ActorIndex) -> str | None:
    """Return the party whose forces a count of troops or equipment is, from its clause.

    The subject of the verb the count hangs from ("Britain has flown 2,000 launchers to
    Kyiv", "the army announced drills involving 6,000 troops"), climbing through nouns,
    participles and infinitives, and the object of "accused Moscow of massing ...", but
    never past a clause of its own (the speaker of "officials said 90,000 troops were ...")
    nor the subject of a verb acting on the other side ("shot down 30 drones").
    """
    if phrase.head < 0:
        return None
    token = doc[phrase.head]
    came_from = token
    for _ in range(_CLIMB_LIMIT):
        if token.head == token:
            return None
        token, came_from = token.head, token
        if token.pos_ == "NOUN" or token.pos_ == "PROPN":
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is not None:  # "Russia's drills involving 6,000 troops"
                return _subject_entity(doc, owner, actors)
            continue
        if token.pos_ in ("ADP", "ADV"):
            continue  # "flown close to 2,300 weapons", "with 170 drones"
        if token.pos_ not in ("VERB", "AUX"):
            return None
        instrument = came_from.lower_ == "with"  # "attack ... with 170 drones": the attacker's
        if token.lemma_.lower() in _OPPOSING_VERBS and not instrument:
            return None
        if came_from.dep_ in ("nsubj", "nsubjpass") and phrase.start <= came_from.i <= phrase.end:
            reduced = token.tag_ == "VBN" and token.dep_ in ("acl", "pcomp", "advcl")
            if not reduced or any(c.dep_ in ("aux", "auxpass") for c in token.children):
                return None  # the counted forces act themselves ("5,000 troops arrived")
            continue  # "with 170 drones launched": a participle done to them, climb on
        if token.dep_ == "pcomp" and token.head.lower_ in ("of", "for", "from"):
            holder = token.head.head  # "accused Moscow of massing" ("of" on the verb or noun)
            objects = [c for c in holder.children if c.dep_ == "dobj"]
            if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ == "dobj":
                objects = [holder]
            if objects:  # "accused Moscow of massing 90,000 troops"
                return _subject_entity(doc, objects[0], actors)
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        agents = [
            g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
        if small_clause(token):
            continue  # "announced [drills involving 8,000 troops]": the announcer's
        for subject in subjects + agents:
            if subject.i == phrase.head:
                return None
            if several(subject):
                return None  # several parties ("the European and NATO powers"): an aggregate
            if token.dep_ == "relcl" and any(c.lower_ == "whose" for c in subject.children):
                subject = token.head  # "Britain, whose planes have flown 2,300 weapons"
            return _subject_entity(doc, subject, actors)
        if token.dep_ in _STOP_DEPS and not small_clause(token):
            return None
    return None


def small_clause(token: Token) -> bool:
    """Return whether a clause is a noun with a participle the parser took for a clause
    ("announced [drills involving 8,000 troops]"): a gerund head without auxiliary."""
    if token.tag_ != "VBG" or token.dep_ != "ccomp":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in token.children)


def sibling_owner(
    doc: Doc, phrase: Phrase, earlier: list[tuple[Phrase, str, str | None]]
) -> str | None:
    """Return the owner of the count listed right before: "40 tanks and 12 howitzers"."""
    if not earlier or phrase.start < 2:
        return None
    old, _, old_of = earlier[-1]
    if old_of is None or doc[phrase.start - 1].lower_ not in ("and", ",", "or"):
        return None
    gap = phrase.start - old.end
    if gap == 1 or (gap == 2 and doc[old.end].text == ","):
        return old_of
    return None


def repeated_owner(
    doc: Doc, phrase: Phrase, unit: str, earlier: list[tuple[Phrase, str, str | None]]
) -> str | None:
    """Return the owner of the same kind of equipment counted in the sentence before.

    "Russia launched 90 drones ... Air defences downed 80 drones": the drones are Russia's.
    """
    if unit not in ("aircraft", "weapons", "tanks", "vehicles", "ships") or not earlier:
        return None
    sent = sent_of(doc[phrase.num_start])
    sents = doc_sents(doc)
    previous = [s for s in sents if s.end <= sent.start][-1:]
    since = previous[0].start if previous else sent.start
    for old, old_unit, old_of in reversed(earlier):
        if old.start < since:
            break
        if old_unit == unit and old_of is not None and old.head_text == phrase.head_text:
            return old_of
    return None
