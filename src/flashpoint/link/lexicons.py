"""The data files of the link stage: PLOVER weights, loaded terms, organisation memberships.

Each loader reads the shipped file and the same-named files of FLASHPOINT_DATA folders
(`config.data_files`), later rows overriding earlier ones, and is cached: a file is parsed
once per settings object.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from flashpoint.config import Settings, data_files
from flashpoint.errors import ConfigError
from flashpoint.records import PLOVER_TYPES

WEIGHTS_FILE = "plover_weights.csv"
TERMS_FILE = "loaded_terms.csv"
MEMBERSHIPS_FILE = "memberships.csv"
TERM_CATEGORIES = ("delegitimising", "ideological", "blame", "dehumanising", "violence")


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) of a CSV data file, skipping `#` comment lines."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read data file ({exc.strerror})") from exc
    numbered = [
        (n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")
    ]
    reader = csv.DictReader([line for _, line in numbered])
    for (number, _), row in zip(numbered[1:], reader, strict=False):
        yield number, {k: (v or "").strip() for k, v in row.items() if k is not None}


@dataclass(frozen=True, slots=True)
class Weights:
    """PLOVER intensity weights: a default per type and optional per-mode overrides."""

    by_type: Mapping[str, float]
    by_mode: Mapping[tuple[str, str], float]

    def weight(self, type_: str, mode: str | None) -> float:
        """Return the weight of an event of this type and mode (0 for an unknown type)."""
        if mode and (type_, mode) in self.by_mode:
            return self.by_mode[(type_, mode)]
        return self.by_type.get(type_, 0.0)


@lru_cache(maxsize=8)
def load_weights(settings: Settings | None = None) -> Weights:
    """Read plover_weights.csv (shipped + user folders)."""
    by_type: dict[str, float] = {}
    by_mode: dict[tuple[str, str], float] = {}
    for path in data_files(WEIGHTS_FILE, settings):
        for number, row in _rows(path):
            type_, mode = row.get("type", "").upper(), row.get("mode", "")
            if type_ not in PLOVER_TYPES:
                raise ConfigError(f"{path}:{number}: unknown PLOVER type {type_!r}")
            try:
                weight = float(row.get("weight", ""))
            except ValueError as exc:
                raise ConfigError(f"{path}:{number}: weight is not a number") from exc
            if not -10.0 <= weight <= 10.0:
                raise ConfigError(f"{path}:{number}: weight {weight} is outside -10..10")
            if mode:
                by_mode[(type_, mode)] = weight
            else:
                by_type[type_] = weight
    missing = [t for t in PLOVER_TYPES if t not in by_type]
    if missing:
        raise ConfigError(f"{WEIGHTS_FILE}: no default weight for {', '.join(missing)}")
    return Weights(by_type=by_type, by_mode=by_mode)


@dataclass(frozen=True, slots=True)
class LoadedTerm:
    """One term row: the pattern text, the label it is counted under, its category."""

    term: str
    label: str
    category: str


@dataclass(frozen=True, slots=True)
class TermMatch:
    """A loaded term found in a text."""

    label: str
    category: str
    text: str
    start: int
    end: int


def _term_pattern(term: str) -> str:
    prefix = term.endswith("*")
    words = term.rstrip("*").split()
    body = r"[\s\-]+".join(re.escape(w) for w in words)
    return r"(?<![\w-])" + body + (r"[\w-]*" if prefix else r"(?![\w-])")


@dataclass(frozen=True, slots=True)
class Terms:
    """The loaded-term lexicon, compiled."""

    terms: tuple[LoadedTerm, ...]
    exclusions: tuple[str, ...]
    _pattern: re.Pattern[str] | None
    _exclude: re.Pattern[str] | None
    _by_group: Mapping[str, LoadedTerm]

    def find(self, text: str) -> list[TermMatch]:
        """Return the loaded terms in `text`, leftmost-longest, outside exclusion phrases."""
        if self._pattern is None:
            return []
        blocked = (
            []
            if self._exclude is None
            else [(m.start(), m.end()) for m in self._exclude.finditer(text)]
        )
        found: list[TermMatch] = []
        for match in self._pattern.finditer(text):
            if any(s <= match.start() < e for s, e in blocked):
                continue
            group = match.lastgroup
            if group is None:
                continue
            term = self._by_group[group]
            found.append(TermMatch(term.label, term.category, match.group(), *match.span()))
        return found


@lru_cache(maxsize=8)
def load_terms(settings: Settings | None = None) -> Terms:
    """Read loaded_terms.csv (shipped + user folders) and compile one pattern."""
    rows: dict[str, LoadedTerm] = {}
    exclusions: dict[str, None] = {}
    for path in data_files(TERMS_FILE, settings):
        for number, row in _rows(path):
            term = row.get("term", "").lower()
            if not term:
                raise ConfigError(f"{path}:{number}: empty term")
            if term.startswith("!"):
                exclusions[term[1:].strip()] = None
                continue
            category = row.get("category", "")
            if category not in TERM_CATEGORIES:
                raise ConfigError(
                    f"{path}:{number}: unknown category {category!r} "
                    f"(use one of {', '.join(TERM_CATEGORIES)})"
                )
            rows[term] = LoadedTerm(term, row.get("label") or term.rstrip("*"), category)
    # longest terms first, so "neo-nazi*" wins over "nazi*" and "hybrid warfare" over "hybrid war"
    ordered = sorted(rows.values(), key=lambda t: (-len(t.term.rstrip("*")), t.term))
    by_group = {f"t{i}": term for i, term in enumerate(ordered)}
    pattern = (
        re.compile(
            "|".join(f"(?P<{g}>{_term_pattern(t.term)})" for g, t in by_group.items()),
            re.IGNORECASE,
        )
        if by_group
        else None
    )
    exclude = (
        re.compile("|".join(_term_pattern(e) for e in exclusions), re.IGNORECASE)
        if exclusions
        else None
    )
    return Terms(tuple(ordered), tuple(exclusions), pattern, exclude, by_group)


@lru_cache(maxsize=8)
def load_memberships(settings: Settings | None = None) -> Mapping[str, frozenset[str]]:
    """Read memberships.csv: organisation code -> member entity codes."""
    groups: dict[str, set[str]] = {}
    for path in data_files(MEMBERSHIPS_FILE, settings):
        for number, row in _rows(path):
            group = row.get("group", "").upper()
            members = row.get("members", "").upper().split()
            if not group or not members:
                raise ConfigError(f"{path}:{number}: a row needs a group and its members")
            groups.setdefault(group, set()).update(members)
    return {group: frozenset(members) for group, members in groups.items()}


__all__ = [
    "LoadedTerm",
    "TermMatch",
    "Terms",
    "Weights",
    "load_memberships",
    "load_terms",
    "load_weights",
]
