"""Actor mentions: every candidate phrase of a document composed into an actor code
("Poland's Ministry of Defense" -> POL-GOV, "Polish Deputy Defense Minister Pawel Zalewski"
-> POL-GOV with name), with `find_actors`, the entry point.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from flashpoint.errors import ConfigError
from flashpoint.extract.actor_index import ActorIndex, ActorMention
from flashpoint.extract.actor_phrases import _Phrases
from flashpoint.extract.actor_registry import (
    ActorRegistry,
    Office,
    _Entry,
    _fold,
    _Match,
)
from flashpoint.extract.actor_words import (
    BORDER_WORDS,
    COMMANDING_VERBS,
    ENTITY_CATEGORIES,
    FIRST_PLURAL,
    GENERIC_PEOPLE,
    GENERIC_STATES,
    GROUP_PRONOUNS,
    HOME_SECTORS,
    NO_COUNTRY,
    NOT_THE_HOLDER,
    OFFICER_WORDS,
    PERSON_PRONOUNS,
    QUANTIFIERS,
    RELATIONAL_NOUNS,
    RELATIVE_PRONOUNS,
    SPONSOR_WORDS,
    THING_PRONOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class _Finder(_Phrases):
    """Composes every candidate phrase into an actor mention."""

    __slots__ = ()

    def run(self) -> list[ActorMention]:
        self.prepare()
        self.match()
        if self.published is None:
            self.published = self.era()
        for start, end, head, how in self.phrases():
            if how == "person":
                mention = self.person(start, end, head)
            else:
                mention = self.phrase(start, end, head)
                if mention is None:
                    for inner in self.modifier_mentions(start, end, head):
                        self.add(inner)
                    continue
            if mention is not None:
                self.add(mention)
                if how != "person":
                    self.inner_orgs(start, end, mention)
        return self.mentions

    def inner_orgs(self, start: int, end: int, outer: ActorMention) -> None:
        """Named organisations inside another actor's phrase keep their own mention."""
        for m in self.matches_in(start, end):
            org = m.first("org")
            if org is None or org.actor.partition("-")[0] == outer.entity:
                continue
            if outer.token_start <= m.start and m.end <= outer.token_end:
                self.mentions.append(self.make(m.start, m.end, m.end - 1, org.actor, "org",
                                               name=org.name))  # fmt: skip

    def add(self, mention: ActorMention) -> None:
        if mention.person and mention.actor and mention.head >= 0:
            mention = self.share_name(mention)
        self.mentions.append(mention)
        self.taken.update(range(mention.token_start, mention.token_end))

    def share_name(self, mention: ActorMention) -> ActorMention:
        """Appositions name one person: 'A spokesperson for the IOM, Safa Msehli, ...'."""
        token = self.tokens[mention.head]
        others = [token.head] if token.dep_ == "appos" else []
        others += [c for c in token.children if c.dep_ == "appos"]
        for other in others:
            found = self.mention_at(other.i)
            if found is not None and not found.person and other.dep_ == "pobj":
                found = self.mention_at(other.head.head.i)  # "a spokeswoman for the agency"
            if found is None or not found.person or not found.actor:
                continue
            if mention.name and not found.name:
                index = self.mentions.index(found)
                self.mentions[index] = dataclasses.replace(
                    found, name=mention.name, actor=mention.actor, role=mention.role
                )
            elif found.name and not mention.name:
                return dataclasses.replace(mention, name=found.name, role=found.role)
        return mention

    def person(self, start: int, end: int, head: int) -> ActorMention | None:
        name_start = start
        while name_start < end and not self._is_name_token(name_start):
            name_start += 1
        m = self.by_token.get(head)
        entry = m.first("person") if m is not None else None
        if m is not None and entry is not None and entry.name is not None:
            office = self.registry.office_of(entry.name, self.published)
            if office is not None:
                return self.make(
                    start,
                    end,
                    head,
                    office.actor,
                    "name",
                    name=_as_written(entry.name, self.span_text(m.start, m.end)),
                    person=True,
                    role=office.role,
                    office=office.office,
                )
        name = self.span_text(name_start, end).strip()
        local = self.local_people.get(self.tokens[end - 1].text)
        if local is not None and start == name_start:
            return self.make(start, end, head, local[0], "name", name=local[1], person=True)
        actor = None
        if self.has_title(start, name_start):  # "British Boeing RC-135 Rivet Joint" is no one
            actor = self.compose(start, name_start, head, person=True)
        if actor is None:
            actor = self.appositive(self.tokens[head])
        if actor is None:
            self.add(self.make(start, end, head, "", "name", name=name, person=True))
            return None
        self.local_people[self.tokens[end - 1].text] = (actor, name)
        kind = "title" if name_start > start else "name"
        return self.make(start, end, head, actor, kind, name=name, person=True)

    def has_title(self, start: int, end: int) -> bool:
        """Does [start, end) hold a title or role word (minister, spokesman, official)?"""
        return any(
            e.category == "sector" and e.kind == "person"
            for m in self.matches_in(start, end)
            for e in m.entries
        )

    def appositive(self, token: Token) -> str | None:
        """The actor of an apposition: 'Safa Msehli, a spokeswoman for the IOM'."""
        others = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            others.append(token.head)
        for other in others:
            left, right = other.left_edge.i, other.i + 1
            if not self.has_title(left, right) and other.dep_ == "pobj":
                other = other.head.head  # "a spokeswoman for the agency, Maria Lopez"
                left, right = other.left_edge.i, other.i + 1
            if not self.has_title(left, right):
                continue
            actor = self.compose(left, right, other.i, person=True)
            if actor is not None:
                return actor
        return None

    def phrase(self, start: int, end: int, head: int) -> ActorMention | None:
        """The mention of a noun phrase headed by `head`, or None."""
        token = self.tokens[head]
        pronoun = token.pos_ == "PRON" and not (token.is_upper and len(token) > 1)  # not "US"
        if (
            pronoun
            and head not in self.by_token
            and start == head
            and token.lower_ in (PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | FIRST_PLURAL)
        ):
            return self.pronoun(token)
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            antecedent = self.mention_at(token.head.head.i)
            if antecedent is not None:
                return self.make(
                    head,
                    head + 1,
                    head,
                    antecedent.actor,
                    "pronoun",
                    name=antecedent.name,
                    person=antecedent.person,
                )
            return None
        local = self.local_people.get(token.text)
        if local is not None and token.pos_ == "PROPN" and head not in self.by_token:
            return self.make(start, end, head, local[0], "name", name=local[1], person=True)
        m = self.by_token.get(head)
        if m is not None:
            sector = m.first("sector")
            ent = m.first(*ENTITY_CATEGORIES)
            if ent is not None and (sector is None or self.entity_clue(start, m.start) is None):
                return self.entity_mention(start, max(end, m.end), head, ent, token)
            if sector is not None:
                return self.sector_mention(start, max(end, m.end), head, m, sector)
        definite = start < head and self.tokens[start].lower_ in {"the", "this"}
        if definite and token.lower_ in {"country", "nation"}:
            last = self.last(lambda x: x.kind in {"country", "metonym"})
            if last is not None:
                actor = last.entity + "-GOV" if self.agentive(token) else last.entity
                return self.make(start, end, head, actor, "group")
        own_name = token.text in self.outlet_words and token.is_title and start == head - 1
        if definite and own_name and self.outlet_actor is not None:  # "The Council" in its own
            entity = self.outlet_entity or ""  # release is the outlet
            actor = f"{entity}-GOV" if entity in self.registry.countries else self.outlet_actor
            return self.make(start, end, head, actor, "org")
        if definite and token.pos_ == "NOUN" and start == head - 1:
            lemma = token.lemma_.lower()  # "the UN refugee agency ... the agency"
            for mention in reversed(self.mentions):
                if mention.person or not mention.actor or mention.kind == "pronoun":
                    continue
                if mention.head >= 0 and self.tokens[mention.head].lemma_.lower() == lemma:
                    return self.make(start, end, head, mention.actor, mention.kind,
                                     name=mention.name)  # fmt: skip
        return None

    def entity_mention(
        self, start: int, end: int, head: int, ent: _Entry, token: Token
    ) -> ActorMention | None:
        if ent.category == "region":
            return None
        if ent.category == "org":
            return self.make(start, end, head, ent.actor, "org", name=ent.name)
        if ent.category == "metonym":
            actor = ent.actor
            modifier = token.dep_ == "compound" and token.head.i not in self.by_token
            if self.locative(token) or modifier or _dateline(token):  # "in Moscow", "WARSAW -"
                actor = actor.partition("-")[0]
            return self.make(start, end, head, actor, "metonym")
        code = ent.actor
        if self.pro_prefix(start, head):
            return None
        agent = self.agentive(token)
        if ent.category == "people" and not agent and self.migrant_story(code):
            return self.make(start, end, head, f"{code}-REF", "group")  # "three Syrians"
        if ent.category in {"people", "demonym"}:
            return self.make(start, end, head, f"{code}-GOV" if agent else code, "demonym")
        return self.make(start, end, head, f"{code}-GOV" if agent else code, "country")

    def migrant_story(self, code: str) -> bool:
        """Has the text spoken of migrants, and is `code` no party to the story so far?"""
        refugees = any(m.sector == "REF" for m in self.mentions)
        party = any(m.entity == code and m.sector in {"GOV", "MIL", "COP"} for m in self.mentions)
        return refugees and not party

    def sector_mention(
        self, start: int, end: int, head: int, m: _Match, sector: _Entry
    ) -> ActorMention | None:
        token = self.tokens[head]
        actor = self.compose(start, end, head, person=sector.kind == "person")
        kind = {"person": "title", "org": "org"}.get(sector.kind, "group")
        person = sector.kind == "person" and token.tag_ not in {"NNS", "NNPS"}
        specific = person and not any(t.lower_ in NOT_THE_HOLDER for t in self.tokens[start:head])
        if specific and sector.office is not None:
            entity = actor.partition("-")[0] if actor else None
            holder = self.holder(entity, sector.office, title=token.lemma_.lower())
            if holder is not None:
                extra = {"name": holder.name or None, "role": holder.role or None}
                return self.make(
                    start, end, head, holder.actor, kind, person=True, office=sector.office, **extra
                )
        if actor is None:
            actor = self.subject_entity(token, sector) or self.conjunct_entity(token, sector)
        plain = token.lemma_.lower() in GENERIC_PEOPLE and actor is not None
        if (
            plain
            and actor is not None
            and actor.endswith("-CVL")
            and self.migrant_story(actor[:-4])
        ):
            actor = actor[:-4] + "-REF"  # "an Iraqi woman" among Iraqi migrants
        if actor is not None:
            if specific:  # "the Kremlin spokesman" -> the registry's Kremlin spokesman
                words = {t.lower_ for t in self.tokens[start:end]}
                holder = self.registry.holder_by_role(actor, words, self.published)
                if holder is not None:
                    return self.make(start, end, head, holder.actor, kind, name=holder.name,
                                     person=True, role=holder.role)  # fmt: skip
            name = None if sector.kind == "person" else self.org_name(start, end, actor)
            return self.make(
                start, end, head, actor, kind, name=name, person=person, office=sector.office
            )
        pair = self.pair(start, head, sector)
        if pair is not None:
            return pair
        placed = self.place_entity(token, sector)  # "the defence ministry in Warsaw"
        if placed is not None:
            return self.make(start, end, head, f"{placed}-{sector.actor}", kind)
        institution = sector.kind == "org" or (sector.kind == "group" and sector.actor == "COP")
        reporter = self.reporting_person(token) if institution else None
        if reporter is not None and sector.actor in HOME_SECTORS:  # "Kallas said the
            entity = reporter.entity  # government was ...": her government
            return self.make(start, end, head, f"{entity}-{sector.actor}", kind)
        if sector.actor == "CVL" and token.lemma_.lower() in GENERIC_PEOPLE:
            refugees = self.recent_refugees(token)  # "Iraqi migrants ... three people died"
            if refugees is not None:
                return self.make(start, end, head, refugees.actor, kind, person=person)
        other = any(t.lower_ in {"other", "another"} for t in self.tokens[start:head])
        definite = any(t.dep_ in {"det", "poss"} and t.lower_ not in {"a", "an", "some", "any"}
                       for t in self.tokens[start:head])  # fmt: skip
        generic = sector.actor in {"MED", "CVL", "OPP", "BUS", "JUD", "LEG"} and not definite
        before = self.tokens[start : min(head, m.start)]
        other = other or any(t.lower_ in NO_COUNTRY for t in before)
        counted = any(t.like_num or t.lower_ in QUANTIFIERS for t in self.tokens[start:head])
        new_group = sector.kind == "group" and sector.actor == "GOV" and (counted or not definite)
        antecedent = (
            None
            if other or generic
            else self.antecedent(sector, person, token, local_only=new_group)
        )
        if antecedent is not None:
            name = antecedent.name if person or not antecedent.person else None
            return self.make(start, end, head, antecedent.actor, kind, name=name, person=person)
        if sector.actor == "CVL" and token.lemma_.lower() in GENERIC_PEOPLE and definite:
            return self.make(
                start, end, head, "UNK-CVL", kind, person=person
            )  # "the victim's husband"
        if sector.kind == "person":
            head_of = self.outlet_head(start, end) if specific else None
            if head_of is not None:  # "the secretary" in a Department of Defense release
                return self.make(start, end, head, head_of.actor, kind, name=head_of.name,
                                 person=True, role=head_of.role)  # fmt: skip
            if person:
                self.add(self.make(start, end, head, "", kind, person=True))  # blocks he/she
            return None
        if institution and sector.actor in HOME_SECTORS and not (other or generic):
            home = self.home_entity()  # "the Cabinet", "police": the report's own country
            if home is not None:
                return self.make(start, end, head, f"{home}-{sector.actor}", kind)
        own = self.own_voice()
        if own is not None and sector.actor == "GOV" and not (other or counted):
            return self.make(start, end, head, own, kind)  # "Ministers agreed" in its release
        if sector.actor in {"REF", "MIL", "GOV"}:
            return self.make(start, end, head, f"UNK-{sector.actor}", kind)
        return None

    def outlet_head(self, start: int, end: int) -> Office | None:
        """The one office-holder of an official outlet's country whose role is all in the
        title and the outlet's name: 'the secretary' + 'US Department of Defense' ->
        'Secretary of Defense'."""
        own = self.own_voice()
        if own is None or own.partition("-")[0] not in self.registry.countries:
            return None
        words = {t.lower_ for t in self.tokens[start:end]} | {w.lower() for w in self.outlet_words}
        return self.registry.holder_by_role(own, words, self.published)

    def border_context(self, head: int) -> bool:
        """Is the sentence of `head` about the border or migrants?"""
        sent = self.tokens[self.sent_start(head) : self.sent_end(head)]
        return any(t.lemma_.lower() in BORDER_WORDS for t in sent) or any(
            m.sector == "REF" for m in self.mentions
        )

    def place_entity(self, token: Token, sector: _Entry) -> str | None:
        """'the defence ministry in Warsaw', 'police in Minsk': the country of the place an
        institution sits in (not for forces, which are often abroad)."""
        if sector.actor not in HOME_SECTORS - {"MIL"} or sector.kind == "person":
            return None
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"}:
                continue
            for obj in prep.children:
                m = self.by_token.get(obj.i) if obj.dep_ == "pobj" else None
                ent = m.first("country", "metonym") if m is not None else None
                if ent is not None:
                    return ent.actor.partition("-")[0]
        return None

    def home_institution(self, token: Token, m: _Match | None) -> str | None:
        """'(soldiers of) the National Armed Forces': an institution with no country of its
        own, in the report's own country."""
        sector = m.first("sector") if m is not None else None
        if sector is None or sector.kind != "org" or sector.actor not in HOME_SECTORS:
            return None
        if self.entity_clue(token.left_edge.i, token.i + 1) is not None:
            return None
        home = self.home_entity()
        return f"{home}-{sector.actor}" if home is not None else None

    def home_entity(self) -> str | None:
        """The report's own country: an official outlet's country, else the dateline's
        ('VILNIUS, Aug 12 (Reuters) -'), else the country the text shows acting most, else
        a media outlet's country."""
        official = self.outlet_actor is not None and self.outlet_actor.partition("-")[2] != "MED"
        if official and self.outlet_entity in self.registry.countries:
            return self.outlet_entity
        for mention in self.mentions:
            if mention.kind in {"metonym", "country"} and _dateline(self.tokens[mention.head]):
                return mention.entity
        focus = self.focus_entity()
        if focus is not None:
            return focus
        if self.outlet_entity in self.registry.countries:
            return self.outlet_entity
        return self.named_most()

    def named_most(self) -> str | None:
        """The country the whole text names most (places included), if clearly."""
        counts: dict[str, int] = {}
        for m in self.matches:
            entry = m.first("country", "demonym", "people", "metonym")
            entity = entry.actor.partition("-")[0] if entry is not None else ""
            if entity in self.registry.countries:
                counts[entity] = counts.get(entity, 0) + 1
        ranked = [*sorted(counts.values(), reverse=True), 0]
        if not counts or ranked[0] < 2 or ranked[0] < 2 * ranked[1]:
            return None
        return max(counts, key=lambda k: counts[k])

    def recent_refugees(self, token: Token) -> ActorMention | None:
        """The last migrants named in this or the three sentences before (those of a known
        country first)."""
        here = self.sentence_starts.get(token.i, 0)
        nearest: ActorMention | None = None
        for mention in reversed(self.mentions):
            if here - self.sentence_starts.get(mention.head, 0) > 3:
                break
            if mention.sector == "REF" and mention.kind != "pronoun":
                if mention.entity != "UNK":
                    return mention  # a nationality the text gave ("an Iraqi woman")
                nearest = nearest or mention
        return nearest

    def pair(self, start: int, head: int, sector: _Entry) -> ActorMention | None:
        """'both leaders', 'the two ministers': the last two people named; 'the two countries':
        the countries of the last two people (a bilateral meeting), else the last two named."""
        words = [t.lower_ for t in self.tokens[start:head]]
        if sector.actor != "GOV" or not ("both" in words or "two" in words):
            return None
        here = self.sentence_starts.get(head, 0)
        people: list[ActorMention] = []
        for mention in reversed(self.mentions):
            recent = here - self.sentence_starts.get(mention.head, 0) <= 3
            named = mention.person and mention.actor and mention.kind != "pronoun"
            if named and recent and mention.name not in {p.name for p in people}:
                people.append(mention)
            if len(people) == 2:
                break
        if self.tokens[head].lemma_.lower() in GENERIC_STATES:  # "the two countries"
            if len(people) < 2 or people[0].entity == people[1].entity:
                people = []
                for mention in reversed(self.mentions):
                    country = mention.entity in self.registry.countries
                    if not mention.actor or mention.kind == "pronoun" or not country:
                        continue
                    place = self.locative(self.tokens[mention.head])
                    if not place and mention.entity not in {p.entity for p in people}:
                        people.append(mention)
                    if len(people) == 2:
                        break
            people = [dataclasses.replace(p, actor=f"{p.entity}-GOV") for p in people]
        if len(people) < 2:
            return None
        first_seen: dict[
            str, int
        ] = {}  # order of first appearance: "Blinken met Kuleba ... the two officials"
        for mention in self.mentions:
            first_seen.setdefault(mention.name or mention.entity, mention.start)
        self.groups[head] = sorted(people, key=lambda m: first_seen.get(m.name or m.entity, 0))
        first = self.groups[head][0]
        return self.make(start, head + 1, head, first.actor, "group", name=None)

    def org_name(self, start: int, end: int, actor: str) -> str | None:
        """The name of the named organisation a phrase is about: 'the Belta news agency'."""
        for m in self.matches_in(start, end):
            org = m.first("org")
            if (
                org is not None
                and org.name
                and org.actor.partition("-")[0] == actor.partition("-")[0]
            ):
                return org.name
        return None

    def holder(self, entity: str | None, office: str, *, title: str = "") -> Office | None:
        """The holder of a title with no name: the last mention with that office and title
        word ("the Defence Secretary" is not Ukraine's defence minister), else the registry's
        office-holder for the phrase's, the outlet's or the text's country."""
        if entity is None:
            for mention in reversed(self.mentions):
                titled = not title or not mention.role or title in mention.role.lower()
                if mention.person and mention.actor and mention.office == office and titled:
                    name, role = mention.name or "", mention.role or ""
                    return Office(name, mention.actor, office, role, "", None)
        guesses = () if office == "leader" else (self.outlet_entity, self.focus_entity())
        for candidate in (entity, *guesses):
            if candidate is not None:
                found = self.registry.office_holder(candidate, office, self.published)
                if found is not None:
                    return found
            if entity is not None:
                return None
        return None

    def conjunct_entity(self, token: Token, sector: _Entry) -> str | None:
        """'Polish troops and border guards': the guards are Polish too."""
        if token.dep_ != "conj" or sector.kind == "person":
            return None
        first = self.mention_at(token.head.i)
        if first is None or first.entity not in self.registry.countries or first.person:
            return None
        if first.kind not in {"group", "org"}:
            return None
        return f"{first.entity}-{sector.actor}"

    def subject_entity(self, token: Token, sector: _Entry) -> str | None:
        """'Poland sent soldiers', 'it has dispatched ten troops': the sender's forces."""
        if sector.actor not in {"MIL", "COP"} or token.dep_ not in {"dobj", "nsubjpass"}:
            return None
        verb = token.head
        if verb.lemma_.lower() not in COMMANDING_VERBS:
            return None  # "he thanked the military planners"
        while verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head  # "26 countries pledged to deploy troops"
        for child in verb.children:
            if child.dep_ in {"nsubj", "agent"}:
                subject = child if child.dep_ == "nsubj" else next(child.children, None)
                if subject is not None and subject.lemma_.lower() in GENERIC_STATES:
                    return f"UNK-{sector.actor}"
                found = self.mention_at(subject.i) if subject is not None else None
                if found is None or not found.actor:
                    continue
                if found.sector in {"MIL", "COP"}:
                    return found.actor  # "Frontex will send more officers" -> EU-COP
                return f"{found.entity}-{sector.actor}"
        if token.dep_ == "nsubjpass" and verb.dep_ == "ccomp":  # "X said troops would be sent"
            for child in verb.head.children:
                found = self.mention_at(child.i) if child.dep_ == "nsubj" else None
                if found is not None and found.entity in self.registry.countries:
                    return f"{found.entity}-{sector.actor}"
        return None

    def compose(self, start: int, end: int, head: int, *, person: bool) -> str | None:
        """entity + sector of the phrase [start, end) headed by `head` (its modifiers, PPs)."""
        sectors: list[_Entry] = []
        entity: _Entry | None = None
        for m in self.matches_in(start, end):
            sector = m.first("sector")
            ent = m.first(*ENTITY_CATEGORIES)
            if ent is not None and (sector is None or m.start != head):
                if ent.category != "region" and not self.pro_prefix(start, m.start):
                    entity = ent
            elif sector is not None:
                sectors.append(sector)
            if m.start <= head < m.end and sector is not None and sector not in sectors:
                sectors.append(sector)
        if entity is None:
            entity = self.pro_entity(start, end) or self.person_clue(start, end, head)
        own = self.sector_of(sectors)
        sector_words = [self.tokens[m.start].lower_ for m in self.matches_in(start, end)
                        if m.first("sector") is not None]  # fmt: skip
        officers = all(word in OFFICER_WORDS for word in sector_words)
        if own == "MIL" and officers and self.border_context(head):
            own = "COP"  # "Lithuanian officers detained migrants": border officers
        if own in {"MIL", "REB"} and self.has_pro(start, end):
            own = "REB"
        code: str | None = None
        if entity is not None:
            code = entity.actor
        else:
            relational = self.tokens[head].lemma_.lower() in RELATIONAL_NOUNS  # "its allies"
            code = (None if relational else self.possessive(start, end)) or self.attached(head)
            if code is None and self.has_pro(start, end):
                code = "UNK-REB"
        if code is None:
            return None
        if own is None:
            if entity is not None and entity.category in {"country", "demonym", "people"}:
                return f"{code}-GOV" if person else code
            return code
        ent_code, _, ent_sector = code.partition("-")
        org_level = any(s.kind == "org" for s in sectors)
        if ent_sector and not org_level and ent_sector != "GOV":
            return code
        if ent_code in self.registry.countries or ent_code == "UNK":
            return f"{ent_code}-{own}"
        return ent_code if own == "GOV" else f"{ent_code}-{own}"

    def person_clue(self, start: int, end: int, head: int) -> _Entry | None:
        """'the Lukashenka regime', 'Putin's government': the named person's country."""
        for m in self.matches_in(start, end):
            person = m.first("person")
            if person is None or person.name is None or m.start <= head < m.end:
                continue
            office = self.registry.office_of(person.name, self.published)
            if office is not None:
                return _Entry("country", office.actor.partition("-")[0])
        return None

    @staticmethod
    def sector_of(sectors: list[_Entry]) -> str | None:
        for kind in ("org", "group", "person"):
            for s in sectors:
                if s.kind == kind:
                    return s.actor
        return None

    def entity_clue(self, start: int, end: int) -> _Entry | None:
        for m in self.matches_in(start, end):
            ent = m.first("country", "demonym", "people", "metonym", "org")
            if ent is not None:
                return ent
        return None

    def pro_prefix(self, start: int, i: int) -> bool:
        """'pro-Russian', 'Kremlin-backed': the word at `i` names a sponsor, not the actor."""
        if self.pro_free:
            return False
        doc = self.tokens
        before = i - 2 >= start and doc[i - 2].lower_ == "pro" and doc[i - 1].text == "-"
        after = i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in SPONSOR_WORDS
        return before or after or (i >= start and doc[i].lower_.startswith("pro-"))

    def has_pro(self, start: int, end: int) -> bool:
        """'pro-Russian', 'Moscow-backed': the country named is a sponsor."""
        if self.pro_free:
            return False
        return any(self.pro_prefix(start, i) for i in range(start, end))

    def pro_entity(self, start: int, end: int) -> _Entry | None:
        """'pro-Russian forces in the Donbass' -> the region's country."""
        if not self.has_pro(start, end):
            return None
        sent_end = self.sent_end(end - 1) if end > start else end
        for i in range(end, min(end + 6, sent_end)):
            m = self.by_token.get(i)
            ent = m.first("region", "country") if m else None
            between = self.tokens[end:i]
            if ent is not None and any(t.lower_ in {"in", "of", "from"} for t in between):
                return _Entry("country", ent.actor)
        return None

    def possessive(self, start: int, end: int) -> str | None:
        """'his ministry', 'its troops': the possessor pronoun's entity."""
        for token in self.tokens[start:end]:
            if token.dep_ == "poss" and token.lower_ in {"his", "her", "its", "their", "our"}:
                ref = self.pronoun(token)
                if ref is not None and ref.actor:
                    return ref.entity
        return None

    def attached(self, head: int) -> str | None:
        """'the armed forces of Ukraine', 'a spokeswoman for the IOM': the PP's actor."""
        token = self.tokens[head]
        own = self.by_token.get(head)
        frontier = [token]
        for _ in range(3):
            nxt = []
            for tok in frontier:
                for prep in tok.children:
                    if prep.dep_ != "prep" or prep.lower_ not in {"of", "for", "from"}:
                        continue
                    for obj in prep.children:
                        if obj.dep_ != "pobj":
                            continue
                        if own is not None and own.start <= obj.i < own.end:
                            nxt.append(obj)
                            continue
                        if obj.lemma_.lower() in GENERIC_STATES:
                            return "UNK"  # "leaders from more than 30 countries"
                        mention = self.mention_at(obj.i)
                        if mention is not None and mention.actor:
                            return mention.actor if mention.sector != "GOV" else mention.entity
                        m = self.by_token.get(obj.i)
                        ent = m.first("country", "people", "metonym", "org") if m else None
                        if ent is not None:
                            return ent.actor
                        home = self.home_institution(obj, m)
                        if home is not None:
                            return home
                        nxt.append(obj)
            frontier = nxt
        return None

    def modifier_mentions(self, start: int, end: int, head: int) -> list[ActorMention]:
        """Entity words inside a phrase that is not an actor: 'Ukraine's border' -> UKR."""
        out = []
        for m in self.matches_in(start, end):
            ent = m.first(*ENTITY_CATEGORIES)
            if (
                ent is None
                or ent.category == "region"
                or any(i in self.taken for i in range(m.start, m.end))
            ):
                continue
            token = self.tokens[m.end - 1]
            mention = self.entity_mention(m.start, m.end, m.end - 1, ent, token)
            if mention is not None:
                out.append(mention)
        return out


def _dateline(token: Token) -> bool:
    """'WARSAW (Reuters) -': an all-capitals place opening a line."""
    first = token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws
    if not first or token.i + 2 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    dated = after.text == "," and token.doc[token.i + 2].ent_type_ == "DATE"  # "Kyiv, Sept. 6 -"
    return (token.is_upper and len(token) > 3) or dated


def _as_written(name: str, text: str) -> str:
    """The canonical name, spelt as the text spells it ('Pawel Zalewski' for 'Paweł ...')."""
    if _fold(text) == _fold(name):
        return text
    if text.isascii() and not name.isascii():
        return _fold(name)
    return name


def find_actors(
    doc: Doc, registry: ActorRegistry, *, published: str | None, outlet: str | None = None
) -> ActorIndex:
    """Find and resolve every actor mention of `doc`; office-holders as of `published`.

    `outlet` (the publication's name) gives the country of titles with no country of their
    own: "the Prime Minister" in a Polish outlet is Poland's, when the text names no other.
    """
    if len(doc) and not doc.has_annotation("DEP"):
        raise ConfigError("find_actors needs a parsed Doc: use a spaCy model with a parser")
    outlet_actor = registry.actor_of(outlet, doc.vocab)
    finder = _Finder(
        doc,
        registry,
        published,
        outlet_actor.partition("-")[0] if outlet_actor else None,
        outlet_actor=outlet_actor,
        outlet_words=frozenset(w for w in (outlet or "").split() if w[:1].isupper()),
    )
    mentions = [m for m in finder.run() if m.actor]
    return ActorIndex(mentions, doc, groups=finder.groups, chunks=finder.chunks)
