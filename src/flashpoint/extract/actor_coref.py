"""Actor coreference: pronouns, relative pronouns' antecedents and bare sector nouns
('the ministry', 'the soldiers') resolved to the last fitting actor.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from flashpoint.extract.actor_doc import maybe_pro, noun_chunks, quote_table, sentences
from flashpoint.extract.actor_index import ActorMention
from flashpoint.extract.actor_registry import (
    ActorRegistry,
    _Entry,
    _Match,
)
from flashpoint.extract.actor_words import (
    AGENTIVE_NOUNS,
    BORDER_WORDS,
    EXPLETIVE_HEADS,
    FEMININE_WORDS,
    FIRST_PLURAL,
    GENERIC_PEOPLE,
    GENERIC_STATES,
    GROUP_PRONOUNS,
    LOCATIVE_PREPS,
    MASCULINE_PRONOUNS,
    MASCULINE_WORDS,
    PERSON_PRONOUNS,
    RELATIONAL_NOUNS,
    SUBJECT_DEPS,
    SUPRANATIONAL_NOUNS,
    THING_PRONOUNS,
    TITLE_QUALIFIERS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(slots=True)
class _Coreference:
    """The state of one document's actor finding, and the coreference rules on it."""

    doc: Doc
    registry: ActorRegistry
    published: str | None
    outlet_entity: str | None = None
    outlet_actor: str | None = None  # "POL-MED" for Polskie Radio, "LVA" for a Latvian ministry
    outlet_words: frozenset[str] = frozenset()  # capitalised words of the outlet's name
    outlet_domestic: bool = False  # a medium reporting its own country ("TASS", not "Reuters")
    matches: list[_Match] = field(default_factory=list)
    by_token: dict[int, _Match] = field(default_factory=dict)
    mentions: list[ActorMention] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)
    local_people: dict[str, tuple[str, str]] = field(
        default_factory=dict
    )  # surname -> (actor, name)
    sentence_starts: dict[int, int] = field(default_factory=dict)  # token -> sentence number
    groups: dict[int, list[ActorMention]] = field(default_factory=dict)  # "they" -> conjuncts
    quote_depth: list[bool] = field(default_factory=list)  # per token: inside quotation marks
    # built once per document by `prepare` (spaCy makes a new Token on every `doc[i]`, and
    # walks to the sentence's edges on every `token.sent`)
    tokens: list[Token] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # token -> its first character
    text: str = ""  # the document text
    sents: list[tuple[int, int]] = field(default_factory=list)  # sentences: start, end
    sent_roots: dict[int, Token] = field(default_factory=dict)  # sentence number -> root
    sent_of: list[int] = field(default_factory=list)  # token -> sentence number
    chunks: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, root
    line_of: list[int] = field(default_factory=list)  # token -> line number (built on demand)
    headlines: dict[int, bool] = field(default_factory=dict)  # line number -> in Title Case
    pro_free: bool = False  # no word can be "pro-Russian" or "Kremlin-backed"

    def prepare(self) -> None:
        """Read the Doc once: its tokens, text, sentences and noun chunks."""
        from flashpoint.nlp import doc_text

        self.tokens = list(self.doc)
        self.text = doc_text(self.doc)
        self.starts = [t.idx for t in self.tokens]
        self.sents = sentences(self.doc)
        self.sent_of = []
        for number, (start, end) in enumerate(self.sents):
            self.sent_of.extend([number] * (end - start))
        self.sentence_starts = dict(enumerate(self.sent_of))
        self.chunks = noun_chunks(self.doc, self.tokens)
        self.pro_free = not maybe_pro(self.text)

    def sent_start(self, i: int) -> int:
        """The first token of token `i`'s sentence (`doc[i].sent.start`)."""
        return self.sents[self.sent_of[i]][0]

    def sent_end(self, i: int) -> int:
        """The end of token `i`'s sentence (`doc[i].sent.end`)."""
        return self.sents[self.sent_of[i]][1]

    def quoted(self, token: Token) -> bool:
        """Is `token` inside quotation marks (a paragraph break closes any quotation)?"""
        if not self.quote_depth:
            self.quote_depth = quote_table(self.tokens, self.starts, self.text)
        return self.quote_depth[token.i]

    def quote_speaker(self, token: Token) -> str | None:
        """The actor saying the quotation holding `token`: the subject of its sentence's main
        verb, when that subject stands outside the quotation marks ('"We ...," he said')."""
        number = self.sent_of[token.i]
        if number not in self.sent_roots:
            self.sent_roots[number] = self.doc[slice(*self.sents[number])].root
        for child in self.sent_roots[number].children:
            if child.dep_ != "nsubj" or self.quoted(child):
                continue
            found = self.mention_at(child.i)
            if found is not None and found.actor:
                return found.actor
            if child.lower_ in PERSON_PRONOUNS and child.i > token.i:
                said_by = self.pronoun(child)
                return said_by.actor if said_by is not None else None
            m = self.by_token.get(child.i)
            entry = m.first("person", "org", "metonym", "country") if m is not None else None
            if entry is None:
                if m is not None and m.first("sector") is not None:  # "the Lithuanian army"
                    return self.compose(child.left_edge.i, child.i + 1, child.i, person=False)
                continue
            if entry.category == "person" and entry.name is not None:
                office = self.registry.office_of(entry.name, self.published)
                return office.actor if office is not None else None
            return entry.actor if entry.category != "country" else f"{entry.actor}-GOV"
        return None

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens [start, end) (`doc[start:end].text`)."""
        if start >= end:
            return ""
        last = self.tokens[end - 1]
        return self.text[self.tokens[start].idx : last.idx + len(last.text)]

    def make(
        self, start: int, end: int, head: int, actor: str, kind: str, **extra: object
    ) -> ActorMention:
        if start < end:
            last = self.tokens[end - 1]
            start_char, end_char = self.tokens[start].idx, last.idx + len(last.text)
            text = self.text[start_char:end_char]
        else:
            span = self.doc[start:end]
            start_char, end_char, text = span.start_char, span.end_char, span.text
        return ActorMention(
            start=start_char,
            end=end_char,
            text=text,
            actor=actor,
            kind=kind,
            token_start=start,
            token_end=end,
            head=head,
            **extra,  # type: ignore[arg-type]
        )

    def matches_in(self, start: int, end: int) -> list[_Match]:
        seen: list[_Match] = []
        for i in range(start, end):
            m = self.by_token.get(i)
            if m is not None and (not seen or seen[-1] is not m):  # matches never overlap
                seen.append(m)
        return seen

    def agentive(self, token: Token) -> bool:
        """Does the phrase headed by `token` act: 'Poland has accused', 'the UK's announcement'."""
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token.dep_ in {"nsubj", "csubj", "agent"}:
            return True
        verb = token.head
        inverted = token.dep_ == "dobj" and verb.tag_ in {"VBZ", "VBD"} and verb.i < token.i
        inverted = inverted and verb.i > 0 and self.tokens[verb.i - 1].text == ","
        if inverted and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return True  # '"Russia may invade Ukraine," warns US'

        if token.dep_ == "pobj" and token.head.dep_ == "agent":
            return True
        if token.dep_ == "poss":
            return (
                token.head.lemma_.lower() in AGENTIVE_NOUNS or token.head.lower_ in AGENTIVE_NOUNS
            )
        according = token.head.lower_ == "according" or token.head.head.lower_ == "according"
        return token.dep_ == "pobj" and according

    def locative(self, token: Token) -> bool:
        return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS

    def mention_at(self, i: int) -> ActorMention | None:
        for mention in reversed(self.mentions):
            if mention.token_start <= i < mention.token_end:
                return mention
        return None

    def last(self, fits: object) -> ActorMention | None:
        for mention in reversed(self.mentions):
            if mention.actor and fits(mention):  # type: ignore[operator]
                return mention
        return None

    def pronoun(self, token: Token) -> ActorMention | None:
        """he/she -> the last person; it/they -> the last organisation, country or group.
        Within the sentence the nearest wins; across sentences the main-clause subject of the
        nearest sentence with a candidate."""
        word = token.lower_
        glossed = self.gloss(token)  # 'They [US officials] have shared ...'
        if glossed is not None:
            return self.make(token.i, token.i + 1, token.i, glossed, "pronoun")
        if word in FIRST_PLURAL and self.quoted(token):
            speaker = self.quote_speaker(token)  # '"We will stay," the minister said'
            if speaker is None:
                return None
            return self.make(token.i, token.i + 1, token.i, speaker, "pronoun")
        own = self.own_voice() if word in FIRST_PLURAL else None
        if own is not None:  # "we" in a ministry's own release or transcript is the ministry's
            return self.make(token.i, token.i + 1, token.i, own, "pronoun")
        if word in THING_PRONOUNS and (
            token.dep_ == "expl" or token.head.lemma_.lower() in EXPLETIVE_HEADS
        ):
            return None
        sents = self.sentence_starts
        here = sents.get(token.i, 0)
        candidates = [
            m
            for m in reversed(self.mentions)
            if m.token_end <= token.i
            and m.head >= 0
            and here - sents.get(m.head, 0) <= 3
            and _pronoun_fits(m, word, self.tokens[m.head])
        ]
        own_subjects = _clause_subject_tokens(token)
        candidates = [m for m in candidates if m.head not in own_subjects]  # "they saw them"
        if word in GROUP_PRONOUNS:  # "them" after "Poland ... the migrants": the plural
            tokens = self.tokens
            plural = [m for m in candidates if _plural(tokens[m.head]) or m.head in self.groups]
            candidates = plural or candidates
        reporter = self.reporting_person(token) if word in THING_PRONOUNS else None
        if reporter is not None:  # "Peskov rejected reports that it has massed troops"
            return self.make(token.i, token.i + 1, token.i, reporter.actor, "pronoun")
        if not candidates:
            return None
        same = [m for m in candidates if sents.get(m.head, 0) == here]
        nearest = sents.get(candidates[0].head, 0)
        main = [
            m
            for m in candidates
            if nearest - sents.get(m.head, 0) <= 1 and _main_subject(m, self.tokens)
        ]
        subjects = [m for m in same if self.tokens[m.head].dep_ in SUBJECT_DEPS]
        if subjects and token.dep_ in SUBJECT_DEPS:
            chosen = subjects[0]  # "these forces are not going to ..., they are going to ..."
        elif same:
            chosen = same[0]
        elif main:
            latest = sents.get(main[0].head, 0)  # the main-clause subject of the latest sentence
            chosen = [m for m in main if sents.get(m.head, 0) == latest][-1]
        else:
            chosen = candidates[0]
        if not chosen.actor:
            return None  # an unknown person is the likelier antecedent
        if word in GROUP_PRONOUNS | FIRST_PLURAL:
            group = [chosen]
            for conjunct in self.tokens[chosen.head].conjuncts:
                member = self.mention_at(conjunct.i)
                if member is not None and member.actor and member not in group:
                    group.append(member)
            if len(group) > 1:
                if self.agentive(token):  # "we demand": the governments, not the places
                    group = [self.acting(m) for m in group]
                self.groups[token.i] = sorted(group, key=lambda m: m.start)
                chosen = self.groups[token.i][0]
        if self.agentive(token):
            chosen = self.acting(chosen)
        return self.make(
            token.i, token.i + 1, token.i, chosen.actor, "pronoun",
            name=chosen.name if chosen.person or chosen.kind != "group" else None,
            person=chosen.person, role=chosen.role, office=chosen.office,
        )  # fmt: skip

    def gloss(self, token: Token) -> str | None:
        """The actor of an editor's gloss in square brackets right after a pronoun: 'They
        [US officials]', 'he [Lukashenko]'."""
        tokens = self.tokens
        i = token.i + 1
        if i >= len(tokens) or tokens[i].text != "[":
            return None
        for close in range(i + 2, min(i + 8, len(tokens))):
            if tokens[close].text == "]":
                return self.compose(i + 1, close, close - 1, person=False)
        return None

    def own_voice(self) -> str | None:
        """The actor an official outlet (a government, ministry or EU body, not a medium)
        speaks for in its own texts: 'LVA-GOV', 'EU'."""
        actor = self.outlet_actor
        if actor is None or actor.partition("-")[2] not in {"", "GOV", "COP", "MIL"}:
            return None  # a medium, a firm, civil society: no official voice
        if actor.partition("-")[2] in {"COP", "MIL"}:
            return actor  # "we" in a border guard's or army's own release
        entity = actor.partition("-")[0]
        return f"{entity}-GOV" if entity in self.registry.countries else actor

    def reporting_person(self, token: Token, *, anyone: bool = False) -> ActorMention | None:
        """The person whose report, denial or claim holds `token` as a subject: 'it' there is
        the institution that person speaks for. `anyone`: also an unnamed actor of a country
        ('Belarusian state media said the border guard ...')."""
        if token.dep_ not in SUBJECT_DEPS:
            return None
        clause = token.head
        if clause.dep_ == "ccomp":
            verb = clause.head
        elif clause.dep_ == "acl" and clause.head.dep_ in {"dobj", "pobj", "nsubjpass"}:
            verb = clause.head.head  # "rejected reports that it ..."
            if verb.dep_ == "prep":
                verb = verb.head
        else:
            return None
        for child in verb.children:
            if child.dep_ == "nsubj":
                found = self.mention_at(child.i)
                if found is not None and found.person and found.actor.partition("-")[2]:
                    return found
                national = found is not None and found.entity in self.registry.countries
                if anyone and national and found is not None and not found.name:
                    return found
        return None

    def acting(self, mention: ActorMention) -> ActorMention:
        """A country as an agent is its government: 'GBR' -> 'GBR-GOV'."""
        if mention.sector is None and mention.entity in self.registry.countries:
            return dataclasses.replace(mention, actor=f"{mention.entity}-GOV")
        return mention

    def antecedent(
        self, sector: _Entry, person: bool, token: Token, *, local_only: bool = False
    ) -> ActorMention | None:
        """'the ministry', 'the soldiers', 'the spokesman': the last actor of that sector in
        the sentence, else (governments, forces, police) the last country named in it, else
        the last actor of that sector before (not for `local_only`: "26 countries")."""
        sent_start = self.sent_start(token.i)
        own_side = self.clause_subjects(token) if sector.actor == "GOV" else set()
        if person:  # "the secretary" -> the last person whose role says "Secretary"
            title = token.lemma_.lower()
            words: set[str] | None = None  # the phrase's words, read when needed
            for mention in reversed(self.mentions):
                role = (mention.role or "").lower().split()
                if not mention.person or not mention.actor or title not in role:
                    continue
                before = role[role.index(title) - 1] if role.index(title) else ""
                if before in TITLE_QUALIFIERS:
                    if words is None:
                        words = {t.lower_ for t in token.subtree}
                    if before not in words:
                        continue  # "the secretary" is not the press secretary
                return mention
        if sector.kind == "org":  # "the Ministry" -> the last phrase headed by "ministry"
            lemma = token.lemma_.lower()
            for mention in reversed(self.mentions):
                if mention.entity in own_side or mention.kind == "pronoun" or not mention.actor:
                    continue
                same_head = mention.head >= 0 and self.tokens[mention.head].lemma_.lower() == lemma
                fitting = (
                    mention.sector == sector.actor or mention.entity not in self.registry.countries
                )
                if same_head and fitting:
                    return mention
        earlier: ActorMention | None = None
        noun = token.lemma_.lower()
        # an institution named before, else a person's; for "the government" the person's
        # when named in a later sentence ("Russia ... . The Dutch minister said ... . The
        # government will ...")
        recency = sector.kind == "org" and sector.actor == "GOV"
        for persons in (False, True):
            candidate: ActorMention | None = None
            for mention in reversed(self.mentions):
                if mention.entity in own_side:
                    continue  # "We demand that the regime ...": not ourselves
                if self.fits(mention, sector, person, noun=noun, persons=persons):
                    candidate = mention
                    break
            if candidate is None:
                continue
            if candidate.token_start >= sent_start:
                return candidate
            if local_only:
                break
            if earlier is None or self.later(candidate, earlier):
                earlier = candidate
            if not recency or earlier.head < 0:
                break
        if recency:  # "Lawmakers in Warsaw voted ..., and the government
            for mention in reversed(self.mentions):  # has asked ...": the same country's
                if mention.token_start < sent_start:
                    break
                domestic = mention.sector in {"LEG", "JUD"} and mention.kind in {"group", "org"}
                if domestic and mention.entity in self.registry.countries:
                    return dataclasses.replace(mention, actor=f"{mention.entity}-GOV", name=None)
        states = token.lemma_.lower() in GENERIC_STATES | RELATIONAL_NOUNS  # not one country
        if sector.actor in {"GOV", "MIL", "COP"} and not person and not states:
            for mention in reversed(self.mentions):
                if mention.token_start < sent_start:
                    break
                word = self.tokens[mention.head] if mention.head >= 0 else None
                if word is None or word.dep_ == "compound" or self.locative(word):
                    continue
                if self.across_border(word):
                    continue  # "the border with Belarus": the other side's
                if mention.kind in {"country", "metonym"} and mention.actor:
                    return dataclasses.replace(
                        mention, actor=f"{mention.entity}-{sector.actor}", name=None
                    )
        if earlier is None and sector.actor == "GOV" and sector.kind == "org" and not local_only:
            for mention in reversed(self.mentions):  # "Belarus ... the regime"
                if mention.entity in own_side or mention.kind != "country" or not mention.actor:
                    continue
                if not self.locative(self.tokens[mention.head]):
                    return dataclasses.replace(mention, actor=f"{mention.entity}-GOV")
        return earlier

    def across_border(self, word: Token) -> bool:
        """Is `word` the neighbour in 'the border with X' / 'the frontier with X'?"""
        if word.dep_ != "pobj" or word.head.lower_ != "with":
            return False
        before = self.tokens[word.head.i - 1] if word.head.i > 0 else None
        neighbour = before is not None and before.lemma_.lower() in BORDER_WORDS
        return neighbour or word.head.head.lemma_.lower() in BORDER_WORDS

    def later(self, mention: ActorMention, other: ActorMention) -> bool:
        """Is `mention` named in a later sentence than `other`, or in the same one outside
        the quotation `other` stands in (the speaker, not a country they speak of)?"""
        here, there = self.sent_of[mention.head], self.sent_of[other.head]
        if here != there:
            return here > there
        return self.quoted(self.tokens[other.head]) and not self.quoted(self.tokens[mention.head])

    def clause_subjects(self, token: Token) -> set[str]:
        """Entities of the subjects of the verbs above `token` (the other side of the act)."""
        found: set[str] = set()
        verb = token.head
        for _ in range(4):
            for child in verb.children:
                if child.dep_ in SUBJECT_DEPS and child.i != token.i:
                    group = self.groups.get(child.i)
                    mentions = group if group else [self.mention_at(child.i)]
                    found.update(m.entity for m in mentions if m is not None and m.actor)
            if verb.head.i == verb.i:
                break
            verb = verb.head
        return found

    def fits(
        self,
        mention: ActorMention,
        sector: _Entry,
        person: bool,
        *,
        noun: str = "",
        persons: bool = False,
    ) -> bool:
        """Can `mention` be what a bare sector noun refers back to? With `persons`, an
        institution can be a person's ('Polish Interior Minister X said ... The ministry')."""
        if not mention.actor or mention.kind == "pronoun":
            return False
        if noun in GENERIC_PEOPLE and mention.name:
            return False  # "Grupa Granica activists ... the family": not the named group
        if noun in RELATIONAL_NOUNS and mention.entity in self.registry.countries:
            return False  # "US officials briefed allies": others, not the US (NATO's are)
        if person != mention.person:
            own = persons and sector.kind == "org" and not person
            own = own and noun not in SUPRANATIONAL_NOUNS
            return (
                own and mention.sector == sector.actor and mention.entity in self.registry.countries
            )
        if sector.kind == "group" and sector.actor == "GOV" and mention.kind != "group":
            return False  # "the leaders", "officials": only a group named before
        if mention.entity == "UNK" and sector.kind == "org":
            return False  # "soldiers ... the National Armed Forces": an unknown group is no lead
        if mention.sector == sector.actor:
            return True
        if sector.actor != "GOV" or mention.sector is not None:
            return False
        if noun and noun not in SUPRANATIONAL_NOUNS and sector.kind == "org":
            return False  # "the EU ... the ministry": a ministry is a country's
        return mention.entity not in self.registry.countries  # "NATO ... the alliance"

    def focus_entity(self) -> str | None:
        """The country whose government the text has shown acting most so far, if clearly."""
        counts: dict[str, int] = {}
        for mention in self.mentions:
            acting = mention.sector == "GOV" and mention.kind not in {"pronoun", "title", "name"}
            if acting and mention.head >= 0 and self.quoted(self.tokens[mention.head]):
                continue  # a country in someone's quotation is theirs to speak of
            if acting and mention.entity in self.registry.countries:
                counts[mention.entity] = counts.get(mention.entity, 0) + 1
        ranked = [*sorted(counts.values(), reverse=True), 0]
        if not counts or ranked[0] < 2 * ranked[1]:
            return None
        return max(counts, key=lambda k: counts[k])

    def compose(self, start: int, end: int, head: int, *, person: bool) -> str | None:
        """entity + sector of a phrase (defined by the mention finder)."""
        raise NotImplementedError


def _pronoun_fits(mention: ActorMention, word: str, head: Token) -> bool:
    if word in PERSON_PRONOUNS:
        if not mention.person:
            return False
        other = FEMININE_WORDS if word in MASCULINE_PRONOUNS else MASCULINE_WORDS
        words = head.doc[mention.token_start : mention.token_end]
        return not any(t.lower_ in other for t in words)  # "she" is no spokesman
    if mention.person or not mention.actor:
        return False
    if head.dep_ == "compound" or (head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS):
        return False  # a place: "in Belarus", "the Minsk talks"
    if mention.kind == "demonym" and "-" not in mention.actor:
        return False  # "Russian" in "Russian invasion"
    return word not in THING_PRONOUNS or mention.kind != "group"


def _clause_subject_tokens(token: Token) -> set[int]:
    """The subject of the clause an object pronoun stands in ('the guards watched them')."""
    if token.dep_ not in {"dobj", "pobj", "dative"}:
        return set()
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}


def _plural(token: Token) -> bool:
    return token.tag_ in {"NNS", "NNPS"} or bool(token.conjuncts)


def _main_subject(mention: ActorMention, tokens: list[Token]) -> bool:
    """Is some word of the mention the subject of its sentence's main verb?"""
    for token in tokens[mention.token_start : mention.token_end]:
        while token.dep_ == "conj":
            token = token.head
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT":
            return True
    return False
