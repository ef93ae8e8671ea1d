"""The unit lexicon of quantities (data/units.csv: head noun -> unit and sector), and the
shipped gazetteer the counted-actor rules read, both loaded once."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from flashpoint.config import Settings, data_files
from flashpoint.errors import ConfigError
from flashpoint.records import UNITS

if TYPE_CHECKING:
    from flashpoint.extract.places import Gazetteer


UNIT_FILE = "units.csv"
NOT_A_UNIT = "-"  # lexicon marker: a head noun that is never a quantity (miles, countries)


@dataclass(frozen=True, slots=True)
class UnitEntry:
    """One row of the unit lexicon."""

    unit: str  # a records.UNITS value, or NOT_A_UNIT
    sector: str | None


class UnitLexicon:
    """Head nouns that make a number a quantity, with their unit (data file)."""

    def __init__(self, entries: dict[str, UnitEntry] | None = None) -> None:
        self.entries: dict[str, UnitEntry] = dict(entries or {})

    def get(self, term: str) -> UnitEntry | None:
        """Return the entry of a head noun (one or more words, any case), or None."""
        return self.entries.get(" ".join(term.lower().replace("\u2019", "'").split()))

    def __contains__(self, term: str) -> bool:
        return self.get(term) is not None

    def __len__(self) -> int:
        return len(self.entries)


def _read_unit_file(path: Path, entries: dict[str, UnitEntry]) -> None:
    try:
        lines = [
            ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")
        ]
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the unit lexicon ({exc})") from exc
    for row in csv.DictReader(lines):
        term = " ".join((row.get("term") or "").lower().split())
        unit = (row.get("unit") or "").strip()
        if not term:
            continue
        if unit != NOT_A_UNIT and unit not in UNITS:
            raise ConfigError(f"{path}: unknown unit {unit!r} for term {term!r}")
        entries[term] = UnitEntry(unit=unit, sector=(row.get("sector") or "").strip() or None)


@functools.lru_cache(maxsize=8)
def _load_units(paths: tuple[Path, ...]) -> UnitLexicon:
    entries: dict[str, UnitEntry] = {}
    for path in paths:
        _read_unit_file(path, entries)
    return UnitLexicon(entries)


def load_unit_lexicon(settings: Settings | None = None) -> UnitLexicon:
    """Load the shipped unit lexicon, extended by the user's."""
    paths = tuple(data_files(UNIT_FILE, settings))
    if not paths:
        raise ConfigError(f"{UNIT_FILE}: the shipped unit lexicon is missing; reinstall flashpoint")
    return _load_units(paths)


@functools.lru_cache(maxsize=1)
def shipped_gazetteer() -> Gazetteer | None:
    from flashpoint.extract.places import load_gazetteer

    try:
        return load_gazetteer()
    except ConfigError:
        return None
