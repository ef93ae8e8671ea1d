"""Several actors in one phrase: one actor per country a list, a unit phrase or a group names.

The record format has one event per (type, source, target) in a sentence, so a phrase that
names several parties gives one actor each (the events share their evidence):

- an adjective list the actor stage reads as one mention ("our Polish, Lithuanian and
  Latvian allies", "the Danish and Dutch governments") -> one actor per demonym, with the
  phrase's sector;
- unit phrases whose "of" object names the party, joined under one another by the parse
  ("Soldiers of the Estonian army and officers of the Finnish police") -> the army and the
  police;
- a group with its members listed ("Allies such as Canada, Norway and Denmark", "countries
  like ...", "partners, including ...") -> the members.

Demonyms are looked up in the shipped actor registry (`actor_registry`), loaded once.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from flashpoint.records import entity_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.extract.actors import ActorIndex, ActorMention

# prepositions (and participles) that introduce a group's listed members
MEMBER_PREPS = frozenset({"like", "as"})  # not "including": often a background list
_CACHE: dict[str, str | None] = {}


def _demonym_entity(word: str) -> str | None:
    """The country a capitalised demonym or country name is of ("Lithuanian" -> LTU)."""
    if word not in _CACHE:
        from flashpoint.extract.actor_registry import load_actor_registry

        entries = load_actor_registry().lookup(word)
        found = [e.actor for e in entries if e.category in ("demonym", "country")]
        _CACHE[word] = entity_of(found[0]) if found else None
    return _CACHE[word]


def _state_group(mention: ActorMention) -> bool:
    """An unplaced group of states or their forces ("the three Baltic states": UNK-GOV)."""
    return mention.kind in ("group", "org") and mention.sector in (None, "GOV", "MIL", "COP")


def _placed(mention: ActorMention) -> bool:
    return entity_of(mention.actor) not in (None, "UNK")


def adjective_list(token: Token, mention: ActorMention | None) -> list[ActorMention]:
    """One actor per demonym of an adjective list on `token` ("our Polish, Lithuanian and
    Latvian allies"), with the sector the phrase has; [] unless it names two or more."""
    first = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
    words: list[Token] = []
    for child in first:
        words += [child, *(c for c in child.conjuncts if c.i < token.i)]
    out: list[ActorMention] = []
    sector = mention.actor.partition("-")[2] if mention is not None else ""
    for word in sorted(set(words), key=lambda t: t.i):
        if not word.text[:1].isupper():
            continue
        entity = _demonym_entity(word.text)
        if entity is None or any(entity_of(m.actor) == entity for m in out):
            continue
        code = f"{entity}-{sector or 'GOV'}"
        kind = mention.kind if mention is not None else "group"
        start, end = word.idx, word.idx + len(word.text)
        out.append(_mention(mention, start, end, word.text, code, kind, word.i))
    return out if len(out) > 1 else []


def _mention(
    like: ActorMention | None, start: int, end: int, text: str, code: str, kind: str, head: int
) -> ActorMention:
    from flashpoint.extract.actors import ActorMention

    if like is None:
        return ActorMention(start, end, text, code, None, kind, head=head)
    return dataclasses.replace(
        like, start=start, end=end, text=text, actor=code, kind=kind, name=None, head=head,
        person=False,
    )  # fmt: skip


def _of_objects(token: Token) -> list[Token]:
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def unit_phrases(actors: ActorIndex, token: Token) -> list[ActorMention]:
    """The parties of unplaced unit nouns named by their "of" object, the later ones hung
    by the parse under the first ("Soldiers of the Estonian army and officers of the
    Finnish police" -> the army, the police); [] unless it names two or more."""
    out: list[ActorMention] = []
    for pobj in _of_objects(token):
        for item in (pobj, *pobj.conjuncts):
            found = actors.resolve(item)
            inner = _of_objects(item) if item.i != pobj.i else []
            if inner:  # "officers of the Finnish police": the police
                found = actors.resolve(inner[0]) or found
            if found is not None and _placed(found) and found not in out:
                out.append(found)
    return out if len({entity_of(m.actor) for m in out} | {m.actor for m in out}) > 1 else []


def members(actors: ActorIndex, token: Token) -> list[ActorMention]:
    """The listed members of a group ("Allies such as Canada, Norway and Denmark", "partners
    including Norway and Denmark")."""
    out: list[ActorMention] = []
    for child in token.children:
        if child.lower_ not in MEMBER_PREPS or child.dep_ not in ("prep", "acl", "amod"):
            continue
        if child.lower_ == "as" and not any(g.lower_ == "such" for g in child.children):
            continue  # "allies as partners": not a list
        for pobj in (g for g in child.children if g.dep_ in ("pobj", "dobj")):
            for item in (pobj, *pobj.conjuncts):
                found = actors.resolve(item)
                if found is not None and _placed(found) and found not in out:
                    out.append(found)
    return out


def companions(actors: ActorIndex, token: Token) -> list[ActorMention]:
    """Parties named beside a phrase as acting with it ("Russia, together with Belarus,";
    "Lithuania, along with Poland,"; "alongside Estonia")."""
    out: list[ActorMention] = []
    for child in (c for item in (token, *token.conjuncts) for c in item.children):
        if child.dep_ != "prep":
            continue
        preps = [child]
        if child.lower_ == "along":
            preps = [g for g in child.children if g.dep_ == "prep" and g.lower_ == "with"]
        elif child.lower_ == "with":
            if not any(g.lower_ == "together" for g in child.children if g.dep_ == "advmod"):
                continue
        elif child.lower_ != "alongside":
            continue
        for prep in preps:
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                for item in (pobj, *pobj.conjuncts):
                    found = actors.resolve(item)
                    if found is not None and _placed(found) and found not in out:
                        out.append(found)
    return out


def split_phrase(
    actors: ActorIndex, token: Token, mentions: list[ActorMention]
) -> list[ActorMention]:
    """The actors a phrase names one by one, when it names several the actor stage took as
    one (or as an unplaced group); else `mentions` unchanged."""
    if mentions and (extra := companions(actors, token)):
        mentions = [*mentions, *(m for m in extra if m not in mentions)]
    if len(mentions) > 1:
        # "The three Baltic states, Estonia, Latvia and Lithuania,": the states named stand
        # for the group of states (not for migrants or civilians named beside them)
        groups = [m for m in mentions if not _placed(m) and _state_group(m)]
        if groups and any(_placed(m) for m in mentions):
            return [m for m in mentions if m not in groups]
        return mentions
    mention = mentions[0] if mentions else None
    if mention is None or not _placed(mention) or mention.kind in ("group", "org"):
        listed = adjective_list(token, mention)
        if listed:
            return listed
    found = members(actors, token)  # "Allies like the US, Canada and the UK": the members
    if found and (mention is None or not _placed(mention) or len(found) > 1):
        return found
    if mention is None or not _placed(mention) or mention.kind == "group":
        # "Soldiers of the Estonian army and officers of ...": placed by the first "of"
        found = unit_phrases(actors, token)
        if found:
            return found
    return mentions


__all__ = ["adjective_list", "members", "split_phrase", "unit_phrases"]
