"""The cue lexicon of statements: reporting verbs and attribution cues (data/cues.csv).

One row per cue: `cue,type,factuality,content` (the file's header comment documents the
types and content kinds). `load_cue_lexicon` reads the shipped file and the user's, and the
speaker nouns beside them (data/speaker_nouns.csv: `word,kind,sector`).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from flashpoint.config import Settings, data_files
from flashpoint.errors import ConfigError
from flashpoint.records import FACTUALITIES

if TYPE_CHECKING:
    from spacy.tokens import Token


CUE_FILE = "cues.csv"
CUE_TYPES = (
    "verb", "noun", "prep", "passive", "hedge", "source", "medium", "unnamed", "refusal",
    "headline", "dash", "person", "group", "evidence", "referent",
)  # fmt: skip
CONTENT_TYPES = (
    "clause", "recipient", "object", "as", "any", "quote", "none", "act", "evidence", "claim",
)  # fmt: skip
_HEADER = ("cue", "type", "factuality", "content")
SPEAKER_FILE = "speaker_nouns.csv"
SPEAKER_KINDS = ("people", "organisation")
_SPEAKER_HEADER = ("word", "kind", "sector")
_SECTORS = frozenset(["GOV", "MIL", "COP", "LEG", "JUD", "MED", "REF", "CVL", "OPP", "REB", "BUS"])


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of the cue lexicon."""

    words: tuple[str, ...]  # lemmas; the first is the head of the cue
    type: str
    factuality: str
    content: str


class CueLexicon:
    """Reporting verbs and attribution cues with their factuality (data file)."""

    def __init__(
        self, cues: Iterable[Cue] = (), speaker_nouns: Iterable[tuple[str, str, str]] = ()
    ) -> None:
        # speaker nouns: word -> sector, one table per kind (a later row replaces; an empty
        # sector drops the word)
        nouns: dict[str, dict[str, str]] = {kind: {} for kind in SPEAKER_KINDS}
        for word, kind, sector in speaker_nouns:
            if sector:
                nouns[kind][word] = sector
            else:
                nouns[kind].pop(word, None)
        self.people: dict[str, str] = nouns["people"]  # "resident" -> CVL
        self.organisations: dict[str, str] = nouns["organisation"]  # "foundation" -> CVL
        self._by_type: dict[str, dict[str, list[Cue]]] = {kind: {} for kind in CUE_TYPES}
        for cue in cues:
            bucket = self._by_type[cue.type].setdefault(cue.words[0], [])
            bucket[:] = [c for c in bucket if c.words != cue.words] + [cue]
            bucket.sort(key=lambda c: -len(c.words))  # longest first: "call on" before "call"
        # the single-word cue of each type and word: `first` is asked once per token
        self._single: dict[str, dict[str, Cue]] = {
            kind: {
                word: one[0]
                for word, bucket in words.items()
                if (one := [c for c in bucket if len(c.words) == 1])
            }
            for kind, words in self._by_type.items()
        }

    def __len__(self) -> int:
        return sum(len(b) for kinds in self._by_type.values() for b in kinds.values())

    def heads(self, type_: str) -> list[str]:
        """Return the first words of the cues of one type."""
        return list(self._by_type.get(type_, {}))

    def lookup(self, type_: str, word: str) -> list[Cue]:
        """Return the cues of one type whose first word is `word` (a lower-case lemma)."""
        return self._by_type.get(type_, {}).get(word, [])

    def first(self, type_: str, word: str) -> Cue | None:
        """Return the single-word cue of one type for `word`, if any."""
        return self._single.get(type_, {}).get(word)

    def match(self, token: Token, type_: str = "verb") -> tuple[Cue, list[Token]] | None:
        """Return the cue starting at `token` and its tokens ("ruled" "out"), if any."""
        words = self._by_type.get(type_, {})
        lemma, lower = token.lemma_.lower(), token.lower_
        if lemma not in words and lower not in words:
            return None  # most tokens: no cue starts with them
        doc = token.doc
        heads = words.get(lemma, [])
        if lower != lemma:
            heads = heads + words.get(lower, [])  # "according" lemmatises to "accord"
        for cue in heads:
            tokens = [token]
            for offset, word in enumerate(cue.words[1:], start=1):
                index = token.i + offset
                if index >= len(doc) or word not in (doc[index].lower_, doc[index].lemma_.lower()):
                    break
                tokens.append(doc[index])
            else:
                return cue, tokens
        return None

    def hedge(self, word: str) -> Cue | None:
        """Return the hedge cue for a word such as "reportedly", if it is one."""
        return self.first("hedge", word.lower())


def _csv_rows(path: Path, header: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, stripped cells) of a data file with `header`, comments skipped."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(line for line in handle if line.strip() and not line.startswith("#"))
        first = next(rows, None)
        if first is None or tuple(h.strip() for h in first) != header:
            raise ConfigError(f"{path}: header must be {','.join(header)}")
        for number, row in enumerate(rows, start=2):
            if len(row) != len(header):
                raise ConfigError(
                    f"{path}: row {number}: expected {len(header)} columns, got {len(row)}"
                )
            yield number, [cell.strip() for cell in row]


def _read_cues(path: Path) -> Iterator[Cue]:
    for number, cells in _csv_rows(path, _HEADER):
        text, type_, factuality, content = cells
        if type_ not in CUE_TYPES or factuality not in FACTUALITIES:
            raise ConfigError(f"{path}: row {number}: unknown type or factuality in {cells}")
        if content not in CONTENT_TYPES or not text:
            raise ConfigError(f"{path}: row {number}: bad cue or content in {cells}")
        yield Cue(tuple(text.lower().split()), type_, factuality, content)


def _read_speaker_nouns(path: Path) -> Iterator[tuple[str, str, str]]:
    for number, cells in _csv_rows(path, _SPEAKER_HEADER):
        word, kind, sector = cells
        if not word or kind not in SPEAKER_KINDS or (sector and sector not in _SECTORS):
            raise ConfigError(f"{path}: row {number}: bad word, kind or sector in {cells}")
        yield word.lower(), kind, sector


def load_cue_lexicon(settings: Settings | None = None) -> CueLexicon:
    """Load the shipped cue lexicon and speaker nouns, extended by the user's."""
    cues: list[Cue] = []
    for path in data_files(CUE_FILE, settings):
        cues.extend(_read_cues(path))
    if not cues:
        raise ConfigError(f"{CUE_FILE}: no cues found; reinstall flashpoint")
    nouns = [
        row for path in data_files(SPEAKER_FILE, settings) for row in _read_speaker_nouns(path)
    ]
    return CueLexicon(cues, nouns)
