"""Statement speakers: who a cue's subject stands for, with the fallbacks the actor index lacks.

Also the state the statement candidate finders share for one document (`Context`) and a
candidate before ids and nesting are settled (`Found`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from flashpoint.extract.attribution import resolve_speaker, speaker_from, subject_of
from flashpoint.extract.doc_index import sent_of, tokens_with
from flashpoint.extract.quantity_units import shipped_gazetteer
from flashpoint.extract.quotes import Quote, find_quotes, signed_quotes
from flashpoint.extract.statement_cues import Cue, CueLexicon
from flashpoint.nlp import doc_text
from flashpoint.records import Speaker, entity_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from flashpoint.extract.actors import ActorIndex, ActorMention

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
_NAME_SIMILARITY = 0.8  # "Msheli" for "Msehli": a misspelt surname of an earlier speaker
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)?$")  # between listed signatories
_ISSUER_WINDOW = 120  # tokens back to the sentence that introduced "a statement"
# a wire dateline: "VILNIUS, Aug 3 (Baltic Wire) - ", "MOSCOW, September 11. /TASS/. ",
# "BIAŁYSTOK, Poland, Oct 21 (Agency) - ", "(Riga, 14 October 2021) - "; the city is in
# capitals unless the dateline is in brackets, the part after the comma holds a date or an agency
_DATELINE = re.compile(
    r"\s*(\()?([^\W\d_][^\W\d_ .'\-]{1,30}),[ \t]+([^\n]{1,40}?)"
    r"(?:\)[ \t]*[-\u2013\u2014]|/\.|[ \t][-\u2013\u2014])[ \t]+"
)
_BARE_DATELINE = re.compile(
    r"\s*([^\W\d_][^\W\d_ .'\-]{2,30}?)(?:[ \t]+\([^)\n]{1,40}\))?[ \t]+[\u2013\u2014-][ \t]+"
)  # "KYIV - ", "ERBIL (Agency 24) - "
_DATELINE_LINES = 4  # a dateline opens one of the first lines (after a headline or a byline)
_STATE_OR_MEDIA = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "MED"})
_OFFICIAL_WORDS = frozenset({"official", "government", "state"})  # "official figures show"
_MILITARY_ROLES = frozenset(
    {"commander", "general", "officer", "colonel", "lieutenant", "captain", "admiral"}
)
_CIVILIAN_ROLES = frozenset(
    {
        "activist", "volunteer", "witness", "resident", "doctor", "medic", "lawyer",
        "researcher", "analyst", "expert",
    }
)  # fmt: skip
_POLICE_WORDS = frozenset({"police", "guard", "guards", "gendarmerie", "militia", "coastguard"})


@dataclass
class Found:
    """A statement before ids, nesting and targets are settled."""

    mention: ActorMention | None
    speaker: Speaker
    cue: str
    cue_span: tuple[int, int]
    content_span: tuple[int, int]
    factuality: str
    preferred_target: str | None = None
    subject: Token | None = None
    quote: Quote | None = None  # the quotation that is the whole content
    parent: int | None = None
    dropped: bool = False


class Context:
    """What the candidate finders share for one document."""

    def __init__(self, doc: Doc, actors: ActorIndex, cues: CueLexicon) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.actors = actors
        self.cues = cues
        self.quotes = signed_quotes(self.text, find_quotes(self.text))
        self.passive: list[tuple[Token, Cue, Token]] | None = None  # see passive_heads
        self.dateline: tuple[int, int, int] | None = None  # see dateline_span

    def tokens_for(self, words: Iterable[str]) -> list[Token]:
        """Return the tokens whose lower-case text or lemma is one of `words`, in text order."""
        return tokens_with(self.doc, words)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Return the character span of tokens first..last (inclusive)."""
        return self.doc[first].idx, self.doc[last].idx + len(self.doc[last])


def _recent_outlet(found: list[Found], before: int) -> Found | None:
    """Return the last statement before `before` whose speaker is a news outlet."""
    outlets = [
        f for f in found if f.cue_span[1] <= before and (f.speaker.actor or "").endswith("-MED")
    ]
    return max(outlets, key=lambda f: f.cue_span[1]) if outlets else None


Voice = tuple["ActorMention | None", Speaker]  # who speaks: the mention (if one) and the speaker


def _voice(mention: ActorMention | None) -> Voice | None:
    return None if mention is None else (mention, speaker_from(mention))


def speaker_for(ctx: Context, subject: Token, found: list[Found]) -> Voice | None:
    """Resolve a speaker; "the website", "the agency" and "it" go back to the outlet cited last.

    A speaker of unknown country takes the country of the place it is in or from
    ("local officials in the Podlasie region", "sources in the Polish government").
    """
    if unnamed_media(ctx, subject):
        return None, Speaker(name=None, actor="UNK-MED")  # "media reports said" (dev notes)
    voice = _speaker_for(ctx, subject, found) or _named_after(ctx, subject)
    if voice is not None and _someone_else(ctx, subject, voice):
        voice = None, Speaker(name=None, actor=voice[1].actor)  # "a spokeswoman said"
    if voice is None:
        return (
            _counted_speaker(subject, found)
            or _people_speaker(ctx, subject)
            or _state_body(ctx, subject)
        )
    if (
        "-" not in (voice[1].actor or "-")
        and (subject.pos_ == "NUM" or subject.lower_ in _QUANTIFIERS)
        and any(c.lower_ == "of" for c in subject.children)
    ):
        return None, Speaker(name=None, actor="UNK-REF")  # "Eleven of them said": people
    actor = voice[1].actor or ""
    name = voice[1].name
    entity, _, sector = actor.partition("-")
    if name is None and sector in ("REF", "CVL") and _first_name(ctx, subject):
        name = subject.text  # "said Karim, a 30-year-old Afghan refugee": a person's name
        voice = voice[0], Speaker(name=name, actor=actor)
    organisation = name is not None and (voice[0] is None or not voice[0].person)
    if organisation and sector == "CVL" and name is not None:
        state = _state_sector(ctx, name)
        if state is not None:  # "Russia's National Defence Control Centre": a state organ
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            mention = ctx.actors.resolve(owner) if owner is not None else None
            owned = entity_of(mention.actor) if mention is not None else None
            home = owned if owned and len(owned) == 3 else entity
            return voice[0], Speaker(name=None, actor=f"{home}-{state}")
    if entity == "UNK":
        country = place_country(ctx, subject) or (_country_in_name(name) if name else None)
        if country is None and organisation and sector in ("CVL", "OPP"):
            country = home_country(ctx)  # an NGO of the report's own country
        if country is not None:
            actor = f"{country}-{sector}" if sector else country
            return voice[0], Speaker(name=name, actor=actor)
    return voice


def _state_sector(ctx: Context, name: str) -> str | None:
    """Return the state sector an organisation's name gives ("Defence Control Centre" -> MIL),
    unless its head word names a non-state body ("Border Monitoring Network")."""
    words = name.lower().split()
    if not words or words[-1] in _NGO_HEADS or words[-1] not in ctx.cues.organisations:
        return None
    for words_of, state in _STATE_NAME_WORDS:
        if set(words) & words_of:
            return state
    return None


def _named_after(ctx: Context, subject: Token) -> Voice | None:
    """Resolve "the state news agency BelTA", "the rights group Ocalenie": the name right
    after a generic noun (the parser may leave it outside the noun's phrase)."""
    if subject.pos_ != "NOUN" or subject.i + 1 >= len(ctx.doc):
        return None
    name = ctx.doc[subject.i + 1]
    if name.pos_ != "PROPN":
        return None
    mention = ctx.actors.resolve(name)
    if mention is None or mention.person or not mention.name:
        return None
    return mention, speaker_from(mention)


_PLACE_OF = frozenset({"in", "from", "of", "at", "inside", "within"})


def _country_in_name(name: str) -> str | None:
    """Return the country a place or demonym in an organisation's name gives ("Vilnius ...")."""
    gazetteer = shipped_gazetteer()
    if gazetteer is None:
        return None
    for word in name.split():
        if not word[:1].isupper():
            continue
        place = gazetteer.lookup(word)
        if place is not None and place.country and len(place.country) == 3:
            return place.country
        code = gazetteer.country_of_demonym(word)
        if code is not None:
            return code
    return None


def place_country(ctx: Context, subject: Token) -> str | None:
    """Return the country of a place or state a speaker phrase is in or from."""
    gazetteer = shipped_gazetteer()
    preps = [c for c in subject.children if c.dep_ == "prep" and c.lower_ in _PLACE_OF]
    for near in subject.children:  # "sources close to the Kremlin"
        if near.dep_ == "amod" and near.lower_ in ("close", "near", "linked", "tied"):
            preps += [c for c in near.children if c.dep_ == "prep" and c.lower_ == "to"]
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            mention = ctx.actors.resolve(obj)
            entity = entity_of(mention.actor) if mention is not None else None
            if entity is not None and len(entity) == 3 and entity != "UNK":
                return entity
            for token in obj.subtree:
                if gazetteer is None or not token.text[:1].isupper():
                    continue
                place = gazetteer.lookup(token.text)
                code = place.country if place is not None else None
                code = code or gazetteer.country_of_demonym(token.text)
                if code is not None and len(code) == 3:
                    return code
    return None


_QUANTIFIERS = frozenset({"some", "others", "many", "most", "several", "few", "both", "all"})


def _people_speaker(ctx: Context, subject: Token) -> Voice | None:
    """Resolve "residents of Kuznica say", "eyewitnesses said": civilians of the place named,
    else of the report's country (migrants interviewed: UNK-REF)."""
    named: str | None = None
    if subject.pos_ == "PROPN":  # "said Olga, a 64-year-old pensioner"
        described = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if not described or not _first_name(ctx, subject):
            return None
        named, subject = subject.text, described[0]
    sector = ctx.cues.people.get(subject.lemma_.lower())  # data/speaker_nouns.csv
    if sector is None or subject.pos_ != "NOUN":
        return None
    if named is not None:
        demonyms = [
            entity_of(m.actor)
            for c in subject.children
            if c.dep_ == "amod" and (m := ctx.actors.resolve(c)) is not None
        ]  # "a 30-year-old Syrian refugee"
        own = next((d for d in demonyms if d and len(d) == 3 and d != "UNK"), None)
        if sector == "REF":
            country = own or "UNK"
        else:
            country = own or place_country(ctx, subject) or home_country(ctx) or "UNK"
        return None, Speaker(name=named, actor=f"{country}-{sector}")
    if sector == "REF":
        return None, Speaker(name=None, actor="UNK-REF")
    for prep in subject.children:  # "medics from the X Rescue group say": the group speaks
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "with", "at"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                organisation = unknown_organisation(ctx, obj)
                if organisation is not None and organisation[1].name:
                    return organisation
    country = place_country(ctx, subject) or home_country(ctx) or "UNK"
    return None, Speaker(name=None, actor=f"{country}-{sector}")


# nouns of state bodies the registry may not know ("the defence intelligence directorate")
_STATE_BODIES = frozenset(
    {
        "directorate", "ministry", "department", "agency", "service", "office", "committee",
        "command", "inspectorate", "administration", "authority", "authorities",
        "headquarters", "staff", "directorate-general", "secretariat", "cabinet", "government",
    }
)  # fmt: skip
_MILITARY_WORDS = frozenset({"army", "military", "armed", "forces", "command", "headquarters"})


def _first_name(ctx: Context, subject: Token) -> bool:
    """Return whether a speaker is a person's (first) name described by an apposition."""
    if subject.pos_ != "PROPN" or not subject.is_title:
        return False  # the tagger often takes a foreign first name for a place: not asked
    return any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ctx.cues.people
        for c in subject.children
    )


_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor"})


def _someone_else(ctx: Context, subject: Token, voice: Voice) -> bool:
    """Return whether "a spokeswoman" was resolved to a named person it cannot be: a
    spokesperson speaks for an office, never as the minister named before."""
    mention, speaker = voice
    if mention is None or not mention.person or not speaker.name:
        return False
    if subject.lemma_.lower() not in _SPOKES:
        return False
    phrase = ctx.text[subject.left_edge.idx : subject.right_edge.idx + len(subject.right_edge)]
    return speaker.name.split()[-1] not in phrase


def unnamed_media(ctx: Context, subject: Token) -> bool:
    """Return whether a speaker is unnamed media: "media reports said", "unconfirmed reports"."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return False
    if ctx.cues.first("unnamed", subject.lemma_.lower()) is None:
        return False
    return not any(
        c.dep_ in ("poss", "compound", "amod", "prep") and c.pos_ in ("PROPN", "PRON", "ADP")
        for c in subject.children
    ) and not any(c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") for c in subject.children)


def _state_body(ctx: Context, subject: Token) -> Voice | None:
    """Resolve "the Ukrainian defence intelligence directorate said", "In Kyiv, the
    directorate said": a state body of the country its words, its place or the dateline give."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in _STATE_BODIES:
        return None
    words = {t.lower_ for t in subject.subtree if t.i <= subject.i}
    sector = "MIL" if words & _MILITARY_WORDS else "COP" if words & _POLICE_WORDS else "GOV"
    country = None
    for child in subject.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < subject.i:
            mention = ctx.actors.resolve(child)
            entity = entity_of(mention.actor) if mention is not None else None
            if entity is not None and len(entity) == 3 and entity != "UNK":
                country = entity
    country = country or place_country(ctx, subject)
    if country is None and subject.head.pos_ in ("VERB", "AUX"):
        country = place_country(ctx, subject.head)  # "In Kyiv, the directorate said ..."
    country = country or home_country(ctx)
    if country is None:
        return None
    return None, Speaker(name=None, actor=f"{country}-{sector}")


def _counted_speaker(subject: Token, found: list[Found]) -> Voice | None:
    """Resolve "..., and four said ..." to the people "Eleven of them said" stood for."""
    if subject.pos_ != "NUM" and subject.lower_ not in _QUANTIFIERS:
        return None
    before = [
        f for f in found
        if f.subject is not None and f.cue_span[1] <= subject.idx
        and (f.subject.pos_ == "NUM" or f.subject.lower_ in _QUANTIFIERS)
        and subject.i - f.subject.i < _ISSUER_WINDOW
    ]  # fmt: skip
    if not before:
        return None
    last = max(before, key=lambda f: f.cue_span[1])
    return last.mention, last.speaker


def _speaker_for(ctx: Context, subject: Token, found: list[Found]) -> Voice | None:
    joint = _joint_referred_back(ctx, subject, found)
    if joint is not None:
        return joint
    refers_back = ctx.cues.first("medium", subject.lemma_.lower()) is not None and any(
        c.lower_ in ("the", "this") for c in subject.children
    )
    if refers_back or subject.lower_ == "it":
        outlet = _recent_outlet(found, subject.idx)
        if (
            outlet is not None
            and outlet.mention is not None
            and (refers_back or _within_sentences(ctx, outlet.cue_span[0], subject.idx))
        ):
            return outlet.mention, outlet.speaker
    role_voice = _role_of_owner(ctx, subject, found)
    if role_voice is not None:
        return role_voice
    if ctx.cues.first("evidence", subject.lemma_.lower()) is not None:
        owner_voice = evidence_owner(ctx, subject, found)
        if owner_voice is not None:
            return owner_voice
    mention = resolve_speaker(ctx.doc, subject, ctx.actors)
    if mention is not None and _inside_name(mention, subject):
        named = unknown_organisation(ctx, subject)  # "the Helsinki Foundation ...", not Helsinki
        if named is not None:
            return named
    if mention is not None:
        return mention, speaker_from(mention)
    member = _named_member(ctx, subject, found)
    if member is not None:
        return member
    group = _group_referred_back(ctx, subject) or _organisation_referred_back(ctx, subject, found)
    if group is not None:
        return group
    organisation = unknown_organisation(ctx, subject)
    if organisation is not None:
        return organisation
    anonymous = _anonymous_source(ctx, subject)
    if anonymous is not None:
        return anonymous
    issuer = _issuer_of(ctx, subject)
    if issuer is not None:
        return issuer
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and subject.pos_ == "NOUN":
        mention = resolve_speaker(ctx.doc, owner, ctx.actors) or earlier_speaker(owner, found)
        if mention is not None:  # "Her office said": the office speaks, not the person
            return None, Speaker(name=None if mention.person else mention.name, actor=mention.actor)
    earlier = _voice(earlier_speaker(subject, found, ctx.cues))
    if earlier is not None or not role_noun(ctx.cues, subject):
        return earlier
    country = home_country(ctx)  # "WARSAW, 8 Nov (Wire) - ..., the interior minister said"
    if country is None or country == "UNK":
        return None
    role = subject.lemma_.lower()
    sector = "MIL" if role in _MILITARY_ROLES else "CVL" if role in _CIVILIAN_ROLES else "GOV"
    if any(w.lemma_.lower() in _POLICE_WORDS for w in subject.subtree):
        sector = "COP"  # "a police spokesman", "a spokeswoman for the border guard"
    return None, Speaker(name=None, actor=f"{country}-{sector}")


def _dateline(text: str, start: int = 0) -> tuple[int, int, int] | None:
    """Return (city start, city end, end) of a wire dateline opening at `start`."""
    match = _DATELINE.match(text, start)
    if (
        match is not None
        and re.search(r"[\d(]", match.group(3))
        and (match.group(1) or match.group(2).isupper())
    ):
        return match.start(2), match.end(2), match.end()
    bare = _BARE_DATELINE.match(text, start)
    if bare is not None and bare.group(1).isupper() and len(bare.group(1).split()) <= 3:
        return bare.start(1), bare.end(1), bare.end()
    return None


def dateline_span(ctx: Context) -> tuple[int, int, int] | None:
    """Return (city start, city end, end) of the report's dateline, once per document."""
    if ctx.dateline is None:
        ctx.dateline = (-1, -1, -1)
        offset = 0
        lines = 0
        for line in ctx.text.splitlines(keepends=True):
            if line.strip():
                lines += 1
                found = _dateline(ctx.text, offset)
                if found is not None:
                    ctx.dateline = found
                    break
                if lines >= _DATELINE_LINES:
                    break
            offset += len(line)
    return None if ctx.dateline[0] < 0 else ctx.dateline


def in_dateline(ctx: Context, idx: int) -> bool:
    """Return whether character `idx` lies in the report's dateline ("WARSAW, 8 Nov (Wire) -")."""
    span = dateline_span(ctx)
    return span is not None and span[0] <= idx < span[2]


def home_country(ctx: Context) -> str | None:
    """Return the country of a report's dateline ("VILNIUS, Aug 3 (Wire) - " -> LTU)."""
    span = dateline_span(ctx)
    if span is None:
        return None
    mentions = ctx.actors.within(span[0], span[1])
    entity = entity_of(mentions[0].actor) if mentions else None
    if entity is None:
        gazetteer = shipped_gazetteer()  # the actor index ran the dateline into the lead
        city = ctx.text[span[0] : span[1]]
        place = gazetteer.lookup(city) or gazetteer.lookup(city.title()) if gazetteer else None
        entity = place.country if place is not None else None
    return entity if entity is not None and len(entity) == 3 else None


def evidence_owner(ctx: Context, noun: Token, found: list[Found]) -> Voice | None:
    """Return who speaks through "images published by X", "X's figures", "official data"."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "images published by Maxar"
            for agent in child.children:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if agent.dep_ == "agent" and pobj is not None:
                    named = [
                        m
                        for m in ctx.actors.within(*ctx.span(pobj.left_edge.i, pobj.right_edge.i))
                        if m.name and not m.person
                    ]  # "by the U.S. company Maxar": the firm's name, not "the U.S. company"
                    if named:
                        return named[-1], speaker_from(named[-1])
                    voice = speaker_for(ctx, pobj, found)
                    if voice is not None:
                        return voice
        if child.dep_ == "poss":
            voice = speaker_for(ctx, child, found)
            if voice is not None:
                return voice[0], Speaker(name=voice[1].name, actor=voice[1].actor)
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    for child in modifiers:
        mention = resolve_speaker(ctx.doc, child, ctx.actors)
        if mention is not None and mention.kind != "demonym":
            return mention, speaker_from(mention)
    if any(c.lower_ in _OFFICIAL_WORDS for c in modifiers):
        demonym = next(
            (m for c in modifiers if (m := ctx.actors.resolve(c)) is not None), None
        )  # "official Lithuanian data"
        country = entity_of(demonym.actor) if demonym is not None else home_country(ctx)
        if country is not None and country != "UNK":
            return None, Speaker(name=None, actor=f"{country}-GOV")
    return None


def appositive_name(noun: Token) -> str | None:
    """Return the person's name set off after a role noun: "its chief, Guntis Pujats,"."""
    for child in noun.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        words = [t for t in child.subtree if t.pos_ == "PROPN"]
        if child.ent_type_ == "PERSON" or (
            child.ent_type_ == "" and 2 <= len(words) <= 4 and all(t.is_title for t in words)
        ):  # "a police spokesman, Jan Nowak, said": a name the tagger left untyped
            return " ".join(t.text for t in words) or None
    return None


def member_of_named(ctx: Context, subject: Token, speaker: Speaker) -> str | None:
    """Return X's name in "volunteers from X say" when X is the speaker's named organisation."""
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "at", "with"):
            continue
        for pobj in prep.children:
            mention = ctx.actors.resolve(pobj) if pobj.dep_ == "pobj" else None
            if mention is not None and mention.name and not mention.person:
                same = entity_of(mention.actor) == entity_of(speaker.actor)
                return mention.name if same else None
    return None


def _role_of_owner(ctx: Context, subject: Token, found: list[Found]) -> Voice | None:
    """Resolve "its chief, Name, told ..." to the organisation of "its" (with the name)."""
    if not role_noun(ctx.cues, subject):
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in ("its", "their"):
        return None
    org = ctx.actors.resolve(owner)
    if org is None or org.person:
        before = [
            f for f in found
            if f.mention is not None and not f.mention.person and f.cue_span[1] <= subject.idx
            and _within_sentences(ctx, f.cue_span[0], subject.idx)
        ]  # fmt: skip
        org = max(before, key=lambda f: f.cue_span[1]).mention if before else None
    if org is None:
        return None
    return None, Speaker(name=appositive_name(subject), actor=org.actor)


def _anonymous_source(ctx: Context, subject: Token) -> Voice | None:
    """Resolve "a senior Polish security source said" to its government (the guide's
    "senior Whitehall sources" -> GBR-GOV), "a source close to the talks" to UNK-GOV."""
    if subject.lemma_.lower() != "source" or subject.tag_ not in ("NN", "NNS"):
        return None
    for child in subject.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < subject.i:
            mention = ctx.actors.resolve(child)
            country = entity_of(mention.actor) if mention is not None else None
            if country is not None and len(country) == 3 and country != "UNK":
                return None, Speaker(name=None, actor=f"{country}-GOV")
    country = place_country(ctx, subject)  # "sources in the Polish government"
    return None, Speaker(name=None, actor=f"{country or 'UNK'}-GOV")


def _group_referred_back(ctx: Context, subject: Token) -> Voice | None:
    """Resolve "the group said" to the last named non-state organisation before it."""
    if ctx.cues.first("group", subject.lemma_.lower()) is None:
        return None
    if not any(c.lower_ in ("the", "this") for c in subject.children):
        return None
    earlier = [
        m
        for m in ctx.actors.within(0, subject.idx)
        if m.name
        and not m.person
        and m.actor.partition("-")[2] not in _STATE_OR_MEDIA
        and ("-" in m.actor or m.kind in ("org", "group"))
    ]
    if not earlier:
        return None
    return earlier[-1], Speaker(name=earlier[-1].name, actor=earlier[-1].actor)


_STATE_NAME_WORDS = (
    (frozenset({"defence", "defense", "military", "armed", "army", "operational"}), "MIL"),
    (frozenset({"border", "police", "guard", "gendarmerie"}), "COP"),
    (frozenset({"ministry", "government", "presidential", "state", "national"}), "GOV"),
)
# heads that name a non-state body whatever words come before ("Border Monitoring Network")
_NGO_HEADS = frozenset(
    {
        "foundation", "network", "association", "society", "coalition", "alliance",
        "initiative", "movement", "watch", "fund", "trust", "federation", "league", "forum",
        "project", "group", "rights", "international", "aid", "relief", "cross", "institute",
    }
)  # fmt: skip
_GENERIC_NAME_WORDS = frozenset({"news", "press", "wire", "information", "broadcasting"})
_OF_WORDS = frozenset({"for", "of", "on"})  # "the Helsinki Foundation for Human Rights"


def unknown_organisation(ctx: Context, subject: Token) -> Voice | None:
    """Return a named organisation the actor registry does not know, as its own speaker.

    "the Vilnius Human Rights Institute said": a capitalised name ending in an
    organisation word (or one the parser tags ORG) keeps its name; the country is the one
    its name holds ("Latvian ...", "Vilnius ..."), else the report's dateline, else UNK.
    """
    if subject.pos_ not in ("PROPN", "NOUN") or subject.ent_type_ not in ("ORG", ""):
        return None
    sector = ctx.cues.organisations.get(subject.lower_)  # data/speaker_nouns.csv
    if sector is None:
        return None
    first = subject.i
    doc = ctx.doc
    while (
        first - 1 >= max(subject.left_edge.i, subject.i - 6)
        and doc[first - 1].text[:1].isupper()
        and doc[first - 1].pos_ in ("PROPN", "ADJ", "NOUN")
    ):
        first -= 1  # the capitalised words of the name: "the [Free Border Action] group"
    if first == subject.i and subject.pos_ == "NOUN":
        while (
            first - 1 >= max(subject.left_edge.i, subject.i - 6)
            and doc[first - 1].lower_ in _GENERIC_NAME_WORDS
        ):
            first -= 1  # "the BNS news agency": the name before "news agency"
        generic = first
        while (
            first - 1 >= max(subject.left_edge.i, subject.i - 6)
            and doc[first - 1].text[:1].isupper()
            and doc[first - 1].pos_ in ("PROPN", "NOUN")
        ):
            first -= 1
        if first == generic:
            return None
        subject_end = generic - 1
    else:
        subject_end = subject.i - 1
    if first == subject.i:
        return None
    last = subject.i
    if subject.pos_ == "NOUN" and not subject.text[:1].isupper():
        last = subject_end  # "the Polish Humanitarian Action group": the name before "group"
        if not any(t.pos_ == "PROPN" for t in doc[first : last + 1]):
            return None
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in _OF_WORDS):
        tail = list(prep.subtree)
        if all(t.text[:1].isupper() or t.pos_ in ("ADP", "DET", "CCONJ") for t in tail[1:]):
            last = max(last, tail[-1].i)  # "... Foundation for Human Rights"
    name = ctx.doc[first : last + 1].text
    lowered = {t.lower_ for t in ctx.doc[first : last + 1]}
    for words_of, state in _STATE_NAME_WORDS if subject.lower_ not in _NGO_HEADS else ():
        if lowered & words_of:
            sector = state  # "the Joint Defence Command Centre": a state organ, not an NGO
            break
    country = _country_in_name(name) or home_country(ctx) or "UNK"
    if sector in ("GOV", "MIL", "COP"):
        return None, Speaker(name=None, actor=f"{country}-{sector}")  # state organs: no name
    return None, Speaker(name=name, actor=f"{country}-{sector}")


def _named_member(ctx: Context, subject: Token, found: list[Found]) -> Voice | None:
    """Resolve "the foundation's Anna Nowak", "Ukraine's Ivan Petrenko": a person the
    registry does not know speaks for the owner, under the person's name."""
    if subject.pos_ != "PROPN":
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return None
    words = [t for t in subject.subtree if t.i > owner.right_edge.i and t.i <= subject.i]
    if not 2 <= len(words) <= 4 or not all(t.is_title and t.pos_ == "PROPN" for t in words):
        return None
    voice = speaker_for(ctx, owner, found)
    if voice is None or voice[1].actor is None:
        return None
    name = " ".join(t.text for t in words)
    return None, Speaker(name=name, actor=voice[1].actor)


def _inside_name(mention: ActorMention, subject: Token) -> bool:
    """Return whether a mention is only a word of the subject's name ("the Helsinki ...")."""
    if mention.start <= subject.idx < mention.end:
        return False
    words = [t.idx for t in subject.children if t.dep_ == "compound" and t.i < subject.i]
    return bool(words) and min(words) <= mention.start and mention.end <= subject.idx


def _organisation_referred_back(ctx: Context, subject: Token, found: list[Found]) -> Voice | None:
    """Resolve "the Centre said", "the group said" to the named organisation that spoke last.

    Organisations the actor registry does not know have no mention to go back to, only
    their earlier statements."""
    if not any(c.lower_ in ("the", "this") for c in subject.children):
        return None
    word = subject.lemma_.lower()
    if ctx.cues.first("group", word) is None and word not in ctx.cues.organisations:
        return None
    earlier = [
        f for f in found
        if f.cue_span[1] <= subject.idx and f.speaker.name and f.mention is None
        and f.speaker.actor is not None and f.speaker.actor.partition("-")[2] in ("CVL", "OPP")
    ]  # fmt: skip
    if earlier:
        last = max(earlier, key=lambda f: f.cue_span[1])
        if word in (last.speaker.name or "").lower() or ctx.cues.first("group", word) is not None:
            return None, last.speaker
    for named in reversed(ctx.tokens_for([subject.lower_])):
        if named.i >= subject.i or named.i < subject.i - _ISSUER_WINDOW * 4:
            continue
        voice = unknown_organisation(ctx, named)  # "the Kuznica Aid Network ... the network's"
        if voice is not None:
            return voice
    return None


def role_noun(cues: CueLexicon, token: Token | None) -> bool:
    """Return whether `token` is a singular role noun standing for one person ("spokesman")."""
    if token is None or token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS"):
        return False
    return cues.first("person", token.lemma_.lower()) is not None


def _within_sentences(ctx: Context, start: int, end: int, limit: int = 2) -> bool:
    near = ctx.doc.char_span(start, end, alignment_mode="expand")
    return near is not None and sum(bool(t.is_sent_start) for t in near) <= limit


def _joint_referred_back(ctx: Context, subject: Token, found: list[Found]) -> Voice | None:
    """Resolve "They called for ..." right after a joint statement to its signatories."""
    if subject.lower_ != "they":
        return None
    joint = [f for f in found if f.speaker.members and f.cue_span[1] <= subject.idx]
    if not joint:
        return None
    last = max(joint, key=lambda f: f.cue_span[1])
    if not _within_sentences(ctx, last.cue_span[0], subject.idx):
        return None
    return last.mention, last.speaker


def _issuer_of(ctx: Context, subject: Token) -> Voice | None:
    """Resolve "The statement said" to whoever issued the statement mentioned before."""
    if ctx.cues.first("source", subject.lemma_.lower()) is None:
        return None
    if any(c.dep_ == "poss" for c in subject.children):
        return None
    start = max(0, subject.i - _ISSUER_WINDOW)
    for token in reversed(ctx.doc[start : subject.i]):
        if token.lemma_ != subject.lemma_:
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None and token.dep_ == "dobj":
            joint = _joint_issuer(ctx, token.head)
            if joint is not None:
                return joint
            owner = subject_of(token.head)  # "Lithuania issued a statement"
        if owner is not None:
            return _voice(resolve_speaker(ctx.doc, owner, ctx.actors))
    return None


def _joint_issuer(ctx: Context, verb: Token) -> Voice | None:
    """Return the signatories of "Estonia, France ... and Britain issued a statement".

    As in the seed notes, a joint statement made at an organisation named in the same
    sentence ("during a meeting of the UNSC") is that organisation's, with the signatories
    as members; without one it is the first signatory's.
    """
    sentence = sent_of(verb)
    run: list[ActorMention] = []
    for mention in reversed(ctx.actors.within(sentence.start_char, verb.idx)):
        following = run[0].start if run else verb.idx
        if mention.kind != "country" or not _LIST_GAP.match(ctx.text[mention.end : following]):
            break  # signatories are countries listed right before the verb
        run.insert(0, mention)
    if len(run) < 2:
        return None
    members = tuple(m.actor if "-" in m.actor else f"{m.actor}-GOV" for m in run)
    hosts = [
        m
        for m in ctx.actors.within(sentence.start_char, sentence.end_char)
        if m.kind == "org" and "-" not in m.actor and m not in run
    ]
    actor = hosts[0].actor if hosts else run[0].actor
    name = ctx.text[run[0].start : run[-1].end]
    return None, Speaker(name=name, actor=actor, members=members)


def earlier_speaker(
    subject: Token, found: list[Found], cues: CueLexicon | None = None
) -> ActorMention | None:
    """Resolve "she" or a misspelt surname to a person already quoted, when actors cannot.

    "He" also goes back to an unnamed person ("a spokesman for the service said ... he
    added"), when that is the last person quoted.
    """
    before = [f for f in found if f.mention is not None and f.cue_span[1] <= subject.idx]
    people = [f for f in before if f.speaker.name]
    if subject.lower_ in _PERSON_PRONOUNS | POSSESSIVE_PRONOUNS:
        roles = [f for f in before if cues is not None and role_noun(cues, f.subject)]
        if not people and not roles:
            return None
        return max(people + roles, key=lambda f: f.cue_span[1]).mention
    if not people:
        return None
    if subject.pos_ != "PROPN":
        return None
    for earlier in sorted(people, key=lambda f: -f.cue_span[1]):
        surname = (earlier.speaker.name or "").split()[-1]
        ratio = difflib.SequenceMatcher(None, surname.lower(), subject.lower_).ratio()
        if ratio >= _NAME_SIMILARITY:
            return earlier.mention
    return None


def is_evidence(ctx: Context, subject: Token) -> bool:
    return ctx.cues.first("evidence", subject.lemma_.lower()) is not None


def dateline_end(text: str, start: int) -> int:
    """Return where a content opening with a wire dateline really starts."""
    found = _dateline(text, start)
    if found is None:
        return start
    opening = len(text) - len(text[start:].lstrip())
    if opening > 0 and text[opening - 1] != "\n" and text[:opening].strip():
        return start  # a dateline opens a line, never the middle of one
    return found[2]
