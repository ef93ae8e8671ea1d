"""Actor mentions: every candidate phrase of a document turned into an actor mention (a
person, a country, an organisation, a sector noun, a pronoun), with `find_actors`, the entry
point. Codes are composed in `actor_compose`.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from flashpoint.errors import ConfigError
from flashpoint.extract.actor_compose import _Composer, _dateline
from flashpoint.extract.actor_index import ActorIndex, ActorMention
from flashpoint.extract.actor_registry import (
    ActorRegistry,
    _Entry,
    _fold,
    _Match,
)
from flashpoint.extract.actor_words import (
    CIVIC_ACTORS,
    CIVIC_GROUP_NOUNS,
    ENTITY_CATEGORIES,
    FIRST_PLURAL,
    GENERIC_PEOPLE,
    GENERIC_STATES,
    GROUP_PRONOUNS,
    HOME_SECTORS,
    INFORMATION_NOUNS,
    INSTITUTION_NOUNS,
    NAMED_SECTORS,
    NO_COUNTRY,
    NOT_THE_HOLDER,
    OFFICER_WORDS,
    PERSON_PRONOUNS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    STATE_WORDS,
    SUBJECT_DEPS,
    THING_PRONOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class _Finder(_Composer):
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
            if m.first("sector") is not None and outer.entity in self.registry.countries:
                continue  # "Belarus's Security Council": a body of that country
            if outer.token_start <= m.start and m.end <= outer.token_end:
                self.mentions.append(self.make(m.start, m.end, m.end - 1, org.actor, "org",
                                               name=org.name))  # fmt: skip

    def add(self, mention: ActorMention) -> None:
        if mention.person and mention.head >= 0:
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
            if found is not None and found.person and not found.actor and mention.actor:
                # "Ieva Ozolina, the group's researcher" (the title, read after the name,
                # gives its actor), "A police spokesman, Jan Nowak," (the name gives one)
                name = mention.name or found.name
                index = self.mentions.index(found)
                self.mentions[index] = dataclasses.replace(
                    found, actor=mention.actor, role=mention.role, name=name
                )
                return dataclasses.replace(mention, name=name)
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
        if name_start == end:  # a name the parser took for no person ("titled_names")
            name_start = start
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
        titled = self.has_title(start, name_start)  # "British Boeing RC-135 Rivet Joint" is
        if titled:  # no one
            actor = self.compose(start, name_start, head, person=True)
        if actor is None:
            actor = self.appositive(self.tokens[head])
        if actor is None and titled:  # "Deputy Interior Minister Jan Nowak" after a dateline
            actor = self.untitled_country(start, name_start)
        if actor is None:
            body = self.named_body(start, end, head)  # "Nasha Niva, a Belarusian newspaper"
            if body is not None:
                return body
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
        """The actor of an apposition: 'Safa Msehli, a spokeswoman for the IOM'; 'The head
        of the presidential administration, Jan Nowak': the title's mention found before."""
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
            before = self.mention_at(other.i) if other.i < token.i else None
            if before is not None and before.person and before.actor and not before.name:
                return before.actor  # "A spokeswoman for the border guard, Anna Nowak,"
            right = max(right, other.right_edge.i + 1) if other.i > token.i else right
            return self.untitled_country(left, right)  # "A police spokesman, Jan Nowak,",
        return None  # "Jan Nowak, a lawyer for the charity": the report's country, else UNK

    def untitled_country(self, start: int, end: int) -> str | None:
        """A named person whose title [start, end) gives a sector but no country: the
        report's own country ('Deputy Interior Minister Jan Nowak' in a report from Warsaw),
        else an unknown one of that sector (the name is kept either way)."""
        sectors = [e for m in self.matches_in(start, end) if (e := m.first("sector"))]
        own = self.sector_of([e for e in sectors if e.kind != "group"])
        if own is None:
            return None
        home = self.home_entity()
        return f"{home or 'UNK'}-{own}"

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
        if token.pos_ == "NUM" and start == head - 1:
            return self.counted_group(start, head)
        local = self.local_people.get(token.text)
        if local is not None and token.pos_ == "PROPN" and head not in self.by_token:
            return self.make(start, end, head, local[0], "name", name=local[1], person=True)
        m = self.by_token.get(head)
        if m is not None:
            sector = m.first("sector")
            ent = m.first(*ENTITY_CATEGORIES)
            if ent is not None and (sector is None or self.entity_clue(start, m.start) is None):
                clue = self.entity_clue(start, m.start) if ent.category == "people" else None
                if clue is not None and clue.category in {"country", "demonym"}:
                    ent = _Entry("people", clue.actor)  # "Syrian Kurds" are Syria's
                return self.entity_mention(start, max(end, m.end), head, ent, token)
            if sector is not None:
                return self.sector_mention(start, max(end, m.end), head, m, sector)
        definite = start < head and self.tokens[start].lower_ in {"the", "this"}
        if definite and token.lower_ == "capital" and start == head - 2:
            clue = self.entity_clue(start, head)  # "The Belarusian capital denied ...": its
            if clue is not None and clue.category in {"country", "demonym"}:  # government;
                actor = f"{clue.actor}-GOV" if self.agentive(token) else clue.actor  # "in the
                return self.make(start, end, head, actor, "metonym")  # Latvian capital": LVA
        if definite and token.lower_ == "side" and token.dep_ in SUBJECT_DEPS:
            clue = self.entity_clue(start, head)  # "The Russian side has refuted ...": its
            if clue is not None and clue.category in {"country", "demonym"}:  # government
                return self.make(start, end, head, f"{clue.actor}-GOV", "org")
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
            if lemma in INSTITUTION_NOUNS:  # "Poland's border guard said ... The service"
                body = self.recent_body(head)
                if body is not None:
                    return self.make(start, end, head, body.actor, "org", name=body.name)
        if head not in self.by_token and token.is_title and token.pos_ in {"PROPN", "NOUN"}:
            return self.named_body(start, end, head)  # "the Belarusian news site Pozirk",
        return None  # "the Baltic Centre for Migration"

    def recent_body(self, head: int) -> ActorMention | None:
        """The last institution (an organisation, not a country or a person) named in this or
        the two sentences before."""
        here = self.sentence_starts.get(head, 0)
        for mention in reversed(self.mentions):
            if here - self.sentence_starts.get(mention.head, 0) > 2:
                break
            if mention.kind == "org" and mention.actor and not mention.person:
                return mention
        return None

    def named_body(self, start: int, end: int, head: int) -> ActorMention | None:
        """A medium, firm or civil-society body the registry does not know, named by a
        proper name after its kind ('the Belarusian news site Pozirk', 'Nasha Niva, a
        Belarusian newspaper') or by capitalised words before a group noun ('the Baltic
        Centre for Migration'): its sector, the country of a demonym in the phrase, its name."""
        token = self.tokens[head]
        kinds = [(start, head)] + [
            (c.left_edge.i, c.i + 1) for c in token.children if c.dep_ == "appos"
        ]  # "Nasha Niva, a Belarusian newspaper"
        if token.dep_ == "appos" and token.head.i < head:  # "the news site | Pozirk"
            kinds.append((token.head.left_edge.i, token.head.i + 1))
        for left, right in kinds:
            sectors = [
                e
                for m in self.matches_in(left, right)
                if (e := m.first("sector")) and e.kind == "org" and e.actor in NAMED_SECTORS
            ]
            if not sectors or token.pos_ != "PROPN":
                continue
            first = head
            while (
                first - 1 >= start
                and self.tokens[first - 1].pos_ == "PROPN"
                and (first - 1 not in self.by_token)
            ):
                first -= 1
            clue = self.entity_clue(left, right)
            entity = clue.actor if clue is not None and clue.category != "org" else "UNK"
            actor = f"{entity.partition('-')[0]}-{sectors[0].actor}"
            name = self.span_text(first, head + 1)
            outer = self.mention_at(token.head.i) if token.dep_ == "appos" else None
            if outer is not None and not outer.name and outer.sector == sectors[0].actor:
                index = self.mentions.index(outer)  # the kind's mention takes the name too
                self.mentions[index] = dataclasses.replace(outer, name=name)
            return self.make(start, end, head, actor, "org", name=name)
        if token.lemma_.lower() not in CIVIC_GROUP_NOUNS or token.dep_ == "compound":
            return None
        words = [t for t in self.tokens[start:head] if t.dep_ not in {"det", "poss"}]
        last = head
        for prep in token.children:  # "Centre for Migration"
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.dep_ == "prep" and prep.i == head + 1 and obj is not None and obj.is_title:
                last = obj.i
        if not words and last == head:
            return None
        if not all(t.is_title or t.is_upper for t in words):
            return None
        if any(t.lower_ in STATE_WORDS for t in self.tokens[start : last + 1]):
            return None  # "the National Defence Control Centre" is the state's
        if token.text in self.outlet_words:
            return None  # the outlet naming itself: the statement stage knows its voice
        opening = head == self.sent_start(head) or (words and words[0].i == self.sent_start(head))
        if opening and last == head and len(words) < 2:
            return None  # "Rights Centre" opening a sentence proves little
        clue = self.entity_clue(start, last + 1)
        if clue is not None and clue.category == "org":
            return None  # "the NATO Centre of Excellence" is the organisation's
        entity = clue.actor.partition("-")[0] if clue is not None else "UNK"
        first = words[0].i if words else head
        return self.make(start, last + 1, head, f"{entity}-CVL", "org",
                         name=self.span_text(first, last + 1))  # fmt: skip

    def recent_titled(self, actor: str, title: str, head: int) -> ActorMention | None:
        """The last named person of `actor`'s country and sector, in this or the five
        sentences before, whose role holds the title word ('the Polish minister' after
        'Polish Foreign Minister Zbigniew Rau')."""
        here = self.sentence_starts.get(head, 0)
        entity, _, sector = actor.partition("-")
        for mention in reversed(self.mentions):
            if here - self.sentence_starts.get(mention.head, 0) > 5:
                break
            if not (mention.person and mention.name and mention.entity == entity):
                continue
            if (mention.sector or "") == sector and title in (mention.role or "").lower().split():
                return mention
        return None

    def counted_group(self, start: int, head: int) -> ActorMention | None:
        """'The five were held': the group counted with the same number in this or the three
        sentences before ('police detained five activists')."""
        number = self.tokens[head].lower_
        here = self.sentence_starts.get(head, 0)
        for mention in reversed(self.mentions):
            if here - self.sentence_starts.get(mention.head, 0) > 3:
                break
            if mention.kind != "group" or not mention.actor or mention.person:
                continue
            words = self.tokens[mention.token_start : mention.head]
            if any(t.lower_ == number for t in words):
                return self.make(start, head + 1, head, mention.actor, "group", name=mention.name)
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
        counted = any(t.like_num or t.lower_ in QUANTIFIERS for t in self.tokens[start:head])
        if ent.category == "people" and self.migrant_story(code):  # "three Syrians", "Iraqi
            return self.make(start, end, head, f"{code}-REF", "group")  # Kurds made up most"
        if ent.category == "people" and counted:  # "Another 118 Iraqis flew home": people,
            return self.make(start, end, head, f"{code}-CVL", "group")  # no government
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
        if start == head and token.lower_ in INFORMATION_NOUNS and token.dep_ not in SUBJECT_DEPS:
            return None  # "shared intelligence on the movements": information, no agency
        actor = self.compose(start, end, head, person=sector.kind == "person")
        kind = {"person": "title", "org": "org"}.get(sector.kind, "group")
        person = sector.kind == "person" and token.tag_ not in {"NNS", "NNPS"}
        specific = person and not any(t.lower_ in NOT_THE_HOLDER for t in self.tokens[start:head])
        if specific and sector.office is not None:
            entity = actor.partition("-")[0] if actor else None
            holder = None
            if actor is not None:  # "the Pentagon press secretary": the role, not the office
                words = {t.lower_ for t in self.tokens[start:end]}
                holder = self.registry.holder_by_role(
                    actor, words, self.published, head=token.lower_
                )
            if holder is None:
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
                holder = self.registry.holder_by_role(
                    actor, words, self.published, head=token.lower_
                )
                if holder is not None:
                    return self.make(start, end, head, holder.actor, kind, name=holder.name,
                                     person=True, role=holder.role)  # fmt: skip
                recent = self.recent_titled(actor, token.lower_, head)
                if recent is not None:  # "... Zbigniew Rau ... The Polish minister said"
                    return self.make(start, end, head, recent.actor, kind, name=recent.name,
                                     person=True, role=recent.role)  # fmt: skip
            name = None if sector.kind == "person" else self.org_name(start, end, actor)
            if name is None and sector.actor in {"CVL", "OPP"} and sector.kind == "group":
                name = self.civic_name(token)  # "medics from the Baltic Aid group"
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
        officers = sector.kind == "group" and token.lower_ in OFFICER_WORDS
        reporter = self.reporting_person(token, anyone=True) if institution or officers else None
        if officers and reporter is not None and reporter.sector in {"COP", "MIL"}:
            # "Border Guard spokeswoman X insisted that officers acted lawfully": hers
            return self.make(start, end, head, reporter.actor, kind)
        if officers and not institution:
            reporter = None
        if reporter is not None and sector.actor in HOME_SECTORS:  # "Kallas said the
            entity = reporter.entity  # government was ...": her government
            return self.make(start, end, head, f"{entity}-{sector.actor}", kind)
        named = institution and token.is_title and sector.actor in HOME_SECTORS
        official = self.own_voice()
        if named and official is not None and official.partition("-")[0] in self.registry.countries:
            entity = official.partition("-")[0]  # "The Ministry of Foreign Affairs" in a
            return self.make(start, end, head, f"{entity}-{sector.actor}", kind)  # release
        if sector.actor == "CVL" and token.lemma_.lower() in GENERIC_PEOPLE:
            refugees = self.recent_refugees(token)  # "Iraqi migrants ... three people died"
            if refugees is not None:
                return self.make(start, end, head, refugees.actor, kind, person=person)
        other = any(t.lower_ in {"other", "another"} for t in self.tokens[start:head])
        definite = any(t.dep_ in {"det", "poss"} and t.lower_ not in {"a", "an", "some", "any"}
                       for t in self.tokens[start:head])  # fmt: skip
        if sector.kind == "org" and start == head and token.tag_ in {"NN", "NNP"}:
            definite = True  # "Parliament approved ...": a bare singular institution is one
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
            titled = self.home_title(start, end, head, definite=definite) if specific else None
            if titled is not None:
                return titled
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
        if sector.actor in {"REF", "MIL", "GOV", "COP"}:  # "police detained ...": someone's
            return self.make(start, end, head, f"UNK-{sector.actor}", kind)
        if sector.actor == "REB" and token.lemma_.lower() != "fighter":  # "unknown gunmen"
            return self.make(start, end, head, "UNK-REB", kind)
        if token.lemma_.lower() in CIVIC_ACTORS:  # "volunteers brought soup"; unnamed "rights
            entity, name = "UNK", None  # groups" are no actor (seed notes)
            span = self.civic_span(token) if sector.kind == "group" else None
            if span is not None:
                name = self.span_text(*span)
                clue = self.entity_clue(*span)  # "the Polish Medical Rescue group"
                if clue is not None and clue.category in {"country", "demonym"}:
                    entity = clue.actor
            return self.make(start, end, head, f"{entity}-{sector.actor}", kind, name=name)
        return None

    def civic_name(self, token: Token) -> str | None:
        span = self.civic_span(token)
        return self.span_text(*span) if span is not None else None

    def civic_span(self, token: Token) -> tuple[int, int] | None:
        """The name of the civil-society group members are 'from' or 'of', when the registry
        does not know it: 'medics from the Polish Medical Rescue group' -> 'Polish Medical
        Rescue' (capitalised words before a group noun, or a proper name itself)."""
        preps = [c for c in token.children if c.dep_ == "prep"]
        if token.i + 1 < len(self.tokens):
            after = self.tokens[token.i + 1]  # the parser may hang the PP on the verb
            if after.dep_ == "prep" and after.head.i == token.head.i != token.i:
                preps.append(after)
        for prep in preps:
            if prep.lower_ not in {"from", "of"}:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                named = obj.lemma_.lower() in CIVIC_GROUP_NOUNS or obj.pos_ == "PROPN"
                words = [
                    t for t in self.tokens[obj.left_edge.i : obj.i] if t.dep_ not in {"det", "poss"}
                ]
                if obj.pos_ == "PROPN":
                    words.append(obj)
                if not named or not words or not all(t.is_title or t.is_upper for t in words):
                    continue
                if not any(t.pos_ == "PROPN" for t in words) and len(words) < 2:
                    continue
                first, last = words[0].i, words[-1].i
                return first, last + 1
        return None

    def home_title(self, start: int, end: int, head: int, *, definite: bool) -> ActorMention | None:
        """A title with no country of its own, of the report's own country: 'the foreign
        ministry spokeswoman' in a Russian report, 'the interior minister' after a Vilnius
        dateline (the holder's name when the registry knows one role it fits)."""
        sectors = [e for m in self.matches_in(start, end) if (e := m.first("sector"))]
        institution = any(e.kind == "org" for e in sectors)  # "border guard spokeswoman"
        if not (definite or institution):
            return None
        home = self.home_entity()
        own = self.sector_of(sectors)
        if home is None or own is None:
            return None
        actor = f"{home}-{own}"
        words = {t.lower_ for t in self.tokens[start:end]}
        title = self.tokens[head].lower_
        holder = self.registry.holder_by_role(actor, words, self.published, head=title)
        if holder is not None:
            return self.make(start, end, head, holder.actor, "title", name=holder.name,
                             person=True, role=holder.role)  # fmt: skip
        return self.make(start, end, head, actor, "title", person=True)

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

    def modifier_mentions(self, start: int, end: int, head: int) -> list[ActorMention]:
        """Entity words inside a phrase that is not an actor: 'Ukraine's border' -> UKR;
        an institution owning it: 'the Border Guard's figures' -> the border guard."""
        out = []
        covered: set[int] = set()
        matches = self.matches_in(start, end)  # institutions first: they hold the entities
        for m in sorted(matches, key=lambda x: x.first(*ENTITY_CATEGORIES) is not None):
            ent = m.first(*ENTITY_CATEGORIES)
            sector = m.first("sector")
            owner = self.tokens[m.end - 1]
            if (
                ent is None
                and sector is not None
                and sector.kind == "org"
                and (
                    owner.dep_ == "poss" and owner.head.i >= m.end  # "the Border Guard's figures"
                )
            ):
                left = owner.left_edge.i
                if not any(i in self.taken for i in range(left, m.end)):
                    found = self.sector_mention(left, m.end, owner.i, m, sector)
                    if found is not None:
                        out.append(found)
                        covered.update(range(left, m.end))
                continue
            if (
                ent is None
                or ent.category == "region"
                or any(i in self.taken or i in covered for i in range(m.start, m.end))
            ):
                continue
            token = self.tokens[m.end - 1]
            mention = self.entity_mention(m.start, m.end, m.end - 1, ent, token)
            if mention is not None:
                out.append(mention)
        return sorted(out, key=lambda x: x.token_start)


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
        outlet_domestic=registry.domestic(outlet, doc.vocab),
    )
    mentions = [m for m in finder.run() if m.actor]
    return ActorIndex(
        mentions, doc, groups=finder.groups, chunks=finder.chunks, voice=finder.own_voice()
    )
