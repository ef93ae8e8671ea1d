"""Actor composition: the code of a phrase from its words and its context ("Poland's
Ministry of Defense" -> POL-GOV, "the armed forces of Ukraine" -> UKR-MIL, "pro-Russian
separatists" -> UKR-REB, "police" in a Lithuanian report -> LTU-COP), and the office-holder a
title with no name means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.extract.actor_index import ActorMention
from flashpoint.extract.actor_phrases import _Phrases
from flashpoint.extract.actor_registry import Office, _Entry, _Match
from flashpoint.extract.actor_words import (
    BORDER_WORDS,
    CIVIC_ACTORS,
    COMMANDING_VERBS,
    ENTITY_CATEGORIES,
    GENERIC_STATES,
    HOME_SECTORS,
    NAMED_SECTORS,
    OFFICER_WORDS,
    RELATIONAL_NOUNS,
    SPONSOR_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


class _Composer(_Phrases):
    """Composes actor codes from registry matches, the parse and the mentions so far."""

    __slots__ = ()

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
        civic = token.lemma_.lower() in CIVIC_ACTORS or (
            sector.actor == "CVL" and sector.kind == "org"
        )
        if (sector.actor not in HOME_SECTORS - {"MIL"} and not civic) or sector.kind == "person":
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

    def own_country(self) -> str | None:
        """The outlet's country where the outlet speaks for it or reports it: an official
        outlet or a domestic medium ('Polskie Radio'), not an international one ('Reuters')."""
        official = self.outlet_actor is not None and self.outlet_actor.partition("-")[2] != "MED"
        if (official or self.outlet_domestic) and self.outlet_entity in self.registry.countries:
            return self.outlet_entity
        return None

    def dateline_entity(self) -> str | None:
        """The country of the dateline: 'VILNIUS, Aug 12 (Reuters) -', 'GRODNO, Nov 26',
        'KUZNICA, Poland, Nov 9 (Reuters) -' (a country, capital or region opening a line)."""
        for m in self.matches:
            entry = m.first("country", "metonym", "region")
            if entry is None:
                continue
            i = m.start
            city = i >= 2 and self.tokens[i - 1].text == "," and _dateline(self.tokens[i - 2])
            if _dateline(self.tokens[i]) or city:
                return entry.actor.partition("-")[0]
        return None

    def home_entity(self) -> str | None:
        """The report's own country: an official outlet's country, else the dateline's
        ('VILNIUS, Aug 12 (Reuters) -'), else the country the text shows acting most, else
        the country of a medium that reports its own country (TASS, not Reuters), else the
        country the text names most."""
        official = self.outlet_actor is not None and self.outlet_actor.partition("-")[2] != "MED"
        if official and self.outlet_entity in self.registry.countries:
            return self.outlet_entity
        dateline = self.dateline_entity()
        if dateline is not None:
            return dateline
        focus = self.focus_entity()
        if focus is not None:
            return focus
        if self.outlet_domestic and self.outlet_entity in self.registry.countries:
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
        guesses = () if office == "leader" else (self.own_country(), self.focus_entity())
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
                coordinated = entity is not None and self.tokens[m.end - 1].dep_ == "conj"
                if coordinated:
                    continue  # "Russian and US diplomats": the first country leads
                national = entity is not None and entity.category != "org"
                if national and sector is not None:  # "Belarus's Security Council" is
                    # Belarus's, not the UN's
                    sectors.append(sector)
                    continue
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
        relational = self.tokens[head].lemma_.lower() in RELATIONAL_NOUNS
        if entity is not None and relational and self.possessed(head, start):
            entity = None  # "Kyiv's allies", "Russia's neighbours": others, of no one country
            code = "UNK"
        elif entity is not None:
            code = entity.actor
        else:  # "its allies" are not its own
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

    def possessed(self, head: int, start: int) -> bool:
        """Does a possessive ('s) stand between `start` and `head` ("Kyiv's allies")?"""
        return any(t.dep_ == "case" and t.head.dep_ == "poss" for t in self.tokens[start:head])

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

    def named_before(self, token: Token, m: _Match | None) -> str | None:
        """'(a spokesman for) the service': the institution a definite sector noun refers
        back to, when it stands after the phrase it belongs to."""
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children):
            return None
        sector = m.first("sector") if m is not None else None
        found: ActorMention | None = None
        if sector is not None and sector.kind == "org":
            found = self.antecedent(sector, False, token)
        elif m is None and token.pos_ == "NOUN":  # "the service" after "the ... Service"
            lemma = token.lemma_.lower()
            for mention in reversed(self.mentions):
                if mention.person or not mention.actor or mention.kind == "pronoun":
                    continue
                if mention.head >= 0 and self.tokens[mention.head].lemma_.lower() == lemma:
                    found = mention
                    break
        if found is None or not found.actor:
            return None
        return found.actor if found.sector != "GOV" else found.entity

    def attached(self, head: int) -> str | None:
        """'the armed forces of Ukraine', 'a spokeswoman for the IOM': the PP's actor."""
        token = self.tokens[head]
        own = self.by_token.get(head)
        frontier = [token]
        sector = own.first("sector") if own is not None else None
        loose: list[Token] = []  # "detained five activists | from the X network": the parser
        if head + 1 < len(self.tokens) and sector is not None and sector.actor != "MIL":
            after = self.tokens[head + 1]  # hangs the PP on the verb
            if after.dep_ == "prep" and after.head.i == token.head.i != head:
                loose.append(after)
        for _ in range(3):
            nxt = []
            for tok in frontier:
                for prep in [*tok.children, *loose]:
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
                        if ent is not None and m is not None and m.first("sector") is not None:
                            clue = self.entity_clue(obj.left_edge.i, m.start)
                            if clue is not None and clue.category != "org":  # "of Belarus's
                                return self.compose(  # Security Council": Belarus's
                                    obj.left_edge.i, obj.i + 1, obj.i, person=False
                                )
                        if ent is not None:
                            return ent.actor
                        inner = self.entity_clue(obj.left_edge.i, obj.i)
                        if inner is not None and inner.category == "org":
                            return inner.actor  # "activists from the Grupa Granica network"
                        if inner is not None and m is not None and m.first("sector"):
                            # "the commander of the Belarusian air force"
                            return self.compose(obj.left_edge.i, obj.i + 1, obj.i, person=False)
                        earlier = self.named_before(obj, m)  # "a spokesman for the service"
                        if earlier is not None:
                            return earlier
                        home = self.home_institution(obj, m)
                        if home is not None:
                            return home
                        body = m.first("sector") if m is not None else None
                        if body is not None and body.kind == "org" and body.actor in NAMED_SECTORS:
                            return f"UNK-{body.actor}"  # "a spokesman for the X charity"
                        nxt.append(obj)
            frontier = nxt
            loose = []
        return None


def _dateline(token: Token) -> bool:
    """'WARSAW (Reuters) -': an all-capitals place opening a line."""
    first = token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws
    if not first or token.i + 2 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    dated = after.text == "," and token.doc[token.i + 2].ent_type_ == "DATE"  # "Kyiv, Sept. 6 -"
    return (token.is_upper and len(token) > 3) or dated
