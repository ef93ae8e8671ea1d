"""Quantities: counts of troops, migrants, dead ... and who claims them.

A quantity is a number phrase ("some 90,000", "several thousand", "at least 10", "5,000-7,000",
"dozens") whose head noun is in the unit lexicon (`data/units.csv`). Its `text` runs from the
first value-changing modifier to the head noun; hedges ("a reported") stay outside.
`of` is the counted actor: a demonym or possessive on the phrase, the party that deployed
the counted troops, an earlier mention of the same count, else `UNK-<sector of the unit>`.
`claimed_by` is the speaker of the innermost statement whose content holds the number.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from flashpoint.config import Settings, data_files
from flashpoint.errors import ConfigError
from flashpoint.nlp import doc_text
from flashpoint.records import UNITS, Quantity, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from flashpoint.extract.actors import ActorIndex
    from flashpoint.extract.places import Gazetteer

UNIT_FILE = "units.csv"
ELIDED_WINDOW = 25  # tokens back to the noun an elided head repeats ("migrants ... thousands")
NOT_A_UNIT = "-"  # lexicon marker: a head noun that is never a quantity (miles, countries)

WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
MULTIPLIERS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "k": 1_000, "m": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
}  # fmt: skip
# vague plurals: (low, high) of the amount, after the annotation guide's "dozens" -> 24..99
VAGUE_PLURALS = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999), "tens": (20, 99),
}  # fmt: skip
# "several thousand" -> 2000..9000 (the guide), "a few hundred" -> 200..500
VAGUE_FACTORS = {"several": (2, 9), "a few": (2, 5), "few": (2, 5), "many": (2, 9)}

# modifiers before the number, by their effect on the value (all but _OUTSIDE are in `text`)
_APPROX = {
    "some", "about", "around", "approximately", "roughly", "nearly", "almost", "circa",
    "approx", "approx.", "c.", "close to", "just under", "just over", "an estimated",
    "estimated", "up to", "as many as", "as much as", "fewer than", "less than", "under",
    "below", "nearly all",
}  # fmt: skip
_AT_LEAST = {
    "at least", "more than", "over", "no fewer than", "no less than", "above", "in excess of",
    "upwards of", "at minimum", "a minimum of",
}  # fmt: skip
_UPPER = {
    "up to", "as many as", "fewer than", "less than", "under", "below", "no more than", "at most",
}  # fmt: skip
# hedges kept outside `text` ("A reported 20,000 Polish soldiers"); an estimate is approx
_OUTSIDE = {
    "a reported", "an estimated", "a further", "another", "an additional", "a total of",
    "additional", "total of", "estimated",
}  # fmt: skip

# words that may sit between the number and its head noun ("two Russian nuclear-capable bombers")
_SKIP_POS = {"ADJ", "PROPN", "ADV", "NOUN", "NUM", "PUNCT", "CCONJ", "VERB", "X", "DET"}
_DEATH_WORDS = {"death", "deaths", "body", "bodies", "corpse", "corpses"}
_DEATH_VERBS = {"kill", "die", "drown", "freeze", "perish", "murder", "execute", "slay"}
_INJURY_VERBS = {"injure", "wound", "hurt"}
_DETAIN_VERBS = {"detain", "arrest", "capture", "imprison", "jail", "apprehend"}
_DEPLOY_VERBS = {
    "send", "deploy", "dispatch", "move", "station", "mass", "amass", "position", "have",
    "keep", "base", "mobilise", "mobilize", "commit", "pledge", "transfer", "bring",
    "field", "gather", "concentrate", "assemble", "redeploy", "reposition", "withdraw", "order",
    "provide", "supply", "deliver", "give", "donate", "ship", "launch", "fire", "raise",
    "increase", "boost", "double", "reinforce", "lose", "build", "put", "place", "maintain",
}  # fmt: skip
# sending verbs of an announced reinforcement ("another 5,000 soldiers would be sent")
_SEND_VERBS = frozenset(
    (
        "send", "deploy", "dispatch", "mobilise", "mobilize", "commit", "transfer", "redeploy",
        "move", "call", "station", "add",
    )
)  # fmt: skip
# verbs that place forces somewhere ("100 tanks parked at a training ground")
_POSITION_VERBS = frozenset(
    (
        "park", "station", "mass", "deploy", "concentrate", "gather", "position", "base",
        "amass", "assemble", "locate", "move", "place", "stockpile", "line", "see", "spot",
    )
)  # fmt: skip
_BUILDUP_WORDS = re.compile(
    r"\b(?:build-?up|deployment|concentration|massing|mobili[sz]ation|reinforcements?|"
    r"exercises?|drills?|manoeuvres?|maneuvers?)\b",
    re.I,
)
_FORCE_UNITS = frozenset(("troops", "tanks", "weapons", "aircraft", "vehicles", "ships", "other"))
_MORE_WORDS = frozenset(("another", "additional", "further", "extra", "more", "new"))
_MODAL_AUX = frozenset(("will", "would", "shall", "could", "can", "may", "might", "'ll"))


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


# ---------------------------------------------------------------------------
# number phrases

_DIGITS = re.compile(
    r"^(?P<num>\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+(?:\.\d+)?)(?P<mult>[kKmM]|bn|mln)?$"
)
_RANGE_TOKEN = re.compile(
    r"^(?P<a>\d[\d,.]*)(?P<am>[kKmM])?\s*(?:-|\u2013|\u2014)\s*(?P<b>\d[\d,.]*)(?P<bm>[kKmM])?$"
)


@dataclass(frozen=True, slots=True)
class Amount:
    """The value of a number phrase."""

    low: int | None
    high: int | None
    approx: bool


def _number_value(text: str) -> float | None:
    """Return the value of one number token: "90,000", "1.5", "ten", "100k"."""
    word = text.lower().strip()
    if word in WORD_NUMBERS:
        return float(WORD_NUMBERS[word])
    if "-" in word and all(part in WORD_NUMBERS for part in word.split("-")):
        return float(sum(WORD_NUMBERS[part] for part in word.split("-")))  # twenty-five
    match = _DIGITS.match(word)
    if match is None:
        return None
    digits = re.sub(r"[,\u202f\u00a0 ]", "", match["num"])
    try:
        value = float(digits)
    except ValueError:
        return None
    if match["mult"]:
        value *= MULTIPLIERS[match["mult"].lower()]
    return value


def parse_number(words: Sequence[str]) -> Amount | None:
    """Return the amount of a number phrase given as words, or None.

    Handles digits ("90,000", "1.5 million", "100k"), number words ("twenty-five",
    "two hundred"), ranges ("5,000-7,000", "5 to 7", "between 5 and 7"), and vague
    amounts ("several thousand", "thousands", "tens of thousands", "dozens").
    """
    tokens = _join_hyphenated([w.lower() for w in words if w.strip()])
    if tokens and tokens[0] == "between":
        tokens = tokens[1:]
    if not tokens:
        return None
    for sep in ("-", "\u2013", "\u2014", "to", "and", "or"):
        if sep in tokens[1:-1]:
            return _parse_range(tokens, tokens.index(sep, 1))
    if len(tokens) == 1 and (match := _RANGE_TOKEN.match(tokens[0])) is not None:
        low_v = _number_value(match["a"] + (match["am"] or match["bm"] or ""))
        high_v = _number_value(match["b"] + (match["bm"] or ""))
        if low_v is None or high_v is None or high_v < low_v:
            return None
        return Amount(int(low_v), int(high_v), False)
    text = " ".join(tokens)
    if text == "tens of thousands":
        return Amount(20_000, 99_999, True)
    if text == "hundreds of thousands":
        return Amount(200_000, 999_999, True)
    if len(tokens) == 1 and tokens[0] in VAGUE_PLURALS:
        low, high = VAGUE_PLURALS[tokens[0]]
        return Amount(low, high, True)
    for vague, (low_f, high_f) in VAGUE_FACTORS.items():
        parts = vague.split()
        rest = tokens[len(parts) :]
        if tokens[: len(parts)] == parts and 1 <= len(rest) <= 2:
            # "several thousand", "several hundred thousand", "a few dozen"
            mult = 1
            for word in rest:
                factor = 12 if word == "dozen" else MULTIPLIERS.get(word)
                if factor is None or word in ("k", "m"):
                    return None
                mult *= factor
            return Amount(low_f * mult, high_f * mult, True)
    if tokens[0] == "half" and len(tokens) > 1:
        whole = _plain(tokens[1:])
        return None if whole is None else Amount(whole // 2, whole // 2, False)
    value = _plain(tokens)
    return None if value is None else Amount(value, value, False)


def _join_hyphenated(tokens: list[str]) -> list[str]:
    """Join "thirty", "-", "one" (a tokenised "thirty-one") back into one number word."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if (
            i + 2 < len(tokens)
            and tokens[i + 1] in ("-", "\u2010")
            and WORD_NUMBERS.get(tokens[i], 0) >= 20
            and WORD_NUMBERS.get(tokens[i], 0) % 10 == 0
            and 1 <= WORD_NUMBERS.get(tokens[i + 2], 0) <= 9
        ):
            out.append(f"{tokens[i]}-{tokens[i + 2]}")
            i += 3
            continue
        out.append(tokens[i])
        i += 1
    return out


def _parse_range(tokens: list[str], at: int) -> Amount | None:
    left, right = tokens[:at], tokens[at + 1 :]
    low, high = _plain(left), _plain(right)
    if low is None or high is None:
        return None
    # "5 to 7 thousand": the multiplier of the right side applies to both
    if not any(t in MULTIPLIERS for t in left) and any(t in MULTIPLIERS for t in right):
        bare = _plain([t for t in right if t not in MULTIPLIERS])
        if bare and high // bare > 1 and low * (high // bare) <= high:
            low *= high // bare
    if high < low:
        return None
    return Amount(low, high, False)


def _plain(tokens: Sequence[str]) -> int | None:
    """Return the value of an exact number phrase ("two hundred", "1.5 million"), or None."""
    total = 0.0
    current: float | None = None
    seen = False
    previous_digits = False
    for token in tokens:
        if token in ("and", "a", "an"):
            continue
        if token == "dozen":
            current = (current if current is not None else 1.0) * 12
            seen = True
            continue
        if token in MULTIPLIERS and token not in ("k", "m"):
            current = (current if current is not None else 1.0) * MULTIPLIERS[token]
            if MULTIPLIERS[token] >= 1000:
                total += current
                current = None
            seen = True
            continue
        value = _number_value(token)
        if value is None:
            return None
        if current is not None and re.fullmatch(r"\d{3}", token) and previous_digits:
            current = current * 1000 + value  # "100 000": a space between thousands
        else:
            current = (current or 0.0) + value
        previous_digits = token.isdigit()
        seen = True
    total += current or 0.0
    if not seen:
        return None
    return round(total)


# ---------------------------------------------------------------------------
# finding quantities in a parsed document

_RANGE_WORDS = {"-", "\u2013", "\u2014", "to", "and", "or"}
_DEFINITE = {"the", "these", "those", "both"}
_PRONOUNS = {"it", "they", "its", "their", "he", "she", "his", "her", "we", "our"}


_CALENDAR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|day\b|\b(?:19|20)\d\d\b",
    re.I,
)


def _is_number(token: Token) -> bool:
    if token.ent_type_ in ("PERCENT", "MONEY", "ORDINAL"):
        return False
    if token.ent_type_ in ("DATE", "TIME"):
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is None or _CALENDAR.search(ent.text):
            return False  # "5 May", "2014", "Monday": a date; "between 40 and 60" mislabelled
    low = token.lower_
    if low in VAGUE_PLURALS or low in ("dozen", "hundred", "thousand", "million", "billion"):
        return True
    if low in WORD_NUMBERS or _number_value(low) is not None or _RANGE_TOKEN.match(low):
        return not _in_name(token)
    return False


def _in_name(token: Token) -> bool:
    """Return True for digits inside names and models ("F-16", "S-400", "G7", "COVID-19")."""
    doc = token.doc
    if (
        token.i > 0
        and doc[token.i - 1].text in ("-", "\u2013")
        and not doc[token.i - 1].whitespace_
    ):
        before = doc[token.i - 2] if token.i > 1 else None
        if before is not None and before.is_alpha and not before.whitespace_ and len(before) <= 3:
            return True
    return False


@dataclass
class _Phrase:
    start: int  # token index of the first token of `text`
    num_start: int
    num_end: int  # exclusive
    head: int  # token index of the head noun, or -1 (elided)
    end: int  # exclusive token index of `text`
    amount: Amount
    entry: UnitEntry
    head_text: str
    partitive: bool = False  # "three of the dead"
    ref: int = -1  # elided head: index of the earlier phrase whose noun it repeats
    owner: tuple[int, int] | None = None  # "the number of Polish soldiers ... to 12,000"
    anchor: int = -1  # the number token standing for an elided head


def _number_group(doc: Doc, i: int) -> tuple[int, int]:
    """Return the token range [start, end) of the number phrase starting at token i."""
    end = i + 1
    n = len(doc)
    while end < n:
        token = doc[end]
        if _is_number(token):
            end += 1
            continue
        if (
            token.lower_ in _RANGE_WORDS
            and end + 1 < n
            and _is_number(doc[end + 1])
            and not (token.lower_ == "and" and doc[end - 1].lower_ in VAGUE_PLURALS)
        ):
            end += 2
            continue
        if (
            token.lower_ == "of"
            and doc[end - 1].lower_ in ("tens", "hundreds")
            and end + 1 < n
            and doc[end + 1].lower_ in ("thousands", "millions")
        ):
            end += 2
            continue
        break
    start = i
    if start > 0 and (doc[start].lower_ in MULTIPLIERS or doc[start].lower_ == "dozen"):
        before = doc[start - 1].lower_
        if before in ("several", "few", "many", "a", "an"):
            start -= 1
            if before == "few" and start > 0 and doc[start - 1].lower_ == "a":
                start -= 1
            elif before in ("a", "an") and start > 0 and doc[start - 1].lower_ == "half":
                start -= 1  # "half a million"
    if (
        start > 0
        and doc[start - 1].lower_ == "between"
        and any(t.lower_ == "and" for t in doc[start:end])
    ):
        start -= 1
    return start, end


def _modifier(doc: Doc, start: int) -> tuple[int, str | None]:
    """Return (text start, modifier) for the words before a number ("some", "at least")."""
    for size in (3, 2, 1):
        if start - size < 0:
            continue
        words = " ".join(t.lower_ for t in doc[start - size : start])
        if words in _APPROX or words in _AT_LEAST or words in _UPPER or words in _OUTSIDE:
            begin = start if words in _OUTSIDE else start - size
            return begin, words
    return start, None


def _apply_modifier(amount: Amount, modifier: str | None) -> Amount:
    if modifier is None:
        return amount
    if modifier in _AT_LEAST:
        return Amount(amount.low, None, amount.approx)
    if modifier in _UPPER or modifier in _APPROX:
        return Amount(amount.low, amount.high, True)
    if modifier in ("an estimated", "estimated"):
        return Amount(amount.low, amount.high, True)
    return amount


def _unit_at(doc: Doc, k: int, units: UnitLexicon) -> tuple[UnitEntry, int, str] | None:
    """Return the unit entry of a head noun at token k (two-word terms first), end, text."""
    token = doc[k]
    if k + 2 < len(doc) and doc[k + 1].lower_ == "-" and not token.whitespace_:
        joined = f"{token.text}-{doc[k + 2].text}"
        if (entry := units.get(joined)) is not None:
            return entry, k + 3, joined
    if k + 2 < len(doc):
        triple = doc[k : k + 3].text
        if (entry := units.get(triple)) is not None:
            return entry, k + 3, triple  # "battalion tactical groups", "prisoners of war"
    if k + 1 < len(doc):
        pair = f"{token.text} {doc[k + 1].text}"
        if (entry := units.get(pair)) is not None:
            return entry, k + 2, pair
        if (entry := units.get(f"{token.text} {doc[k + 1].lemma_}")) is not None:
            return entry, k + 2, pair
    if k > 0:
        pair = f"{doc[k - 1].text} {token.text}"
        entry = units.get(pair)
        if entry is not None:
            return entry, k + 1, pair
    entry = units.get(token.text) or units.get(token.lemma_)
    if entry is not None:
        return entry, k + 1, token.text
    return None


def _find_head(
    doc: Doc, num_end: int, units: UnitLexicon, limit: int
) -> tuple[UnitEntry, int, int, str, bool] | None:
    """Return (entry, head index, end, head text, partitive) of the noun a number counts."""
    k = num_end
    partitive = False
    if k < limit and doc[k].lower_ == "of":
        k += 1
        while k < limit and doc[k].lower_ in ("the", "these", "those", "its", "their", "our"):
            partitive = True  # "three of the dead": a part of a group counted before
            k += 1
    steps = 0
    while k < limit and steps < 7:
        token = doc[k]
        found = _unit_at(doc, k, units)
        if found is not None:
            entry, end, text = found
            # a compound goes on ("tank divisions", "troop movements"): read the real head
            nxt = doc[end] if end < limit else None
            if (
                nxt is not None
                and nxt.pos_ in ("NOUN", "PROPN")
                and token.dep_ in ("compound", "amod", "nmod")
                and token.head.i >= end
            ):
                k = end
                steps += 1
                continue
            if entry.unit == NOT_A_UNIT:
                return None
            return entry, end - 1, end, text, partitive
        if _demonym_plural(token):
            return _DEMONYM_ENTRY, k, k + 1, token.text, partitive  # "Another 118 Iraqis"
        if token.pos_ in ("NOUN",) and token.dep_ not in ("compound", "amod", "nmod"):
            return None  # another noun heads the phrase ("20 miles", "30-day state")
        if token.pos_ not in _SKIP_POS or (
            token.pos_ in ("VERB",) and token.tag_ not in ("VBN", "VBG")
        ):
            return None
        if token.pos_ == "DET" and token.lower_ not in ("other", "more", "additional"):
            return None
        if (token.pos_ == "PUNCT" and token.text not in ("-", "\u2010")) or token.is_sent_start:
            return None
        if token.pos_ == "CCONJ" and not (
            k + 1 < limit
            and doc[k + 1].pos_ in ("ADJ", "PROPN")
            and doc[k - 1].pos_ in ("ADJ", "PROPN")
        ):
            return None  # "Russian and Belarusian troops" goes on; "10 and more" does not
        k += 1
        steps += 1
    return None


_DEMONYM_ENTRY = UnitEntry(unit="people", sector="CVL")


def _demonym_plural(token: Token) -> bool:
    """Return True for a people's name in the plural heading a count ("118 Iraqis")."""
    if not token.text[:1].isupper() or not token.lower_.endswith("s") or len(token) < 4:
        return False
    if token.pos_ not in ("PROPN", "NOUN") and token.ent_type_ != "NORP":
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return False  # "two Kurds officials": not the head
    gazetteer = _gazetteer()
    return gazetteer is not None and gazetteer.country_of_demonym(token.text) is not None


_STRENGTH = ("strong", "man", "member")


def _strong_head(
    doc: Doc, num_end: int, limit: int, units: UnitLexicon
) -> tuple[UnitEntry, int, int, str, bool] | None:
    """Return a troop head for "a 100,000-strong force" / "a 3,000-member contingent"."""
    if num_end + 2 >= limit or doc[num_end].text not in ("-", "\u2010"):
        return None
    if doc[num_end + 1].lower_ not in _STRENGTH:
        return None
    troops = units.get("troops")
    for k in range(num_end + 2, min(num_end + 5, limit)):
        if doc[k].pos_ in ("NOUN", "PROPN"):
            if troops is None:
                return None
            return troops, k, k + 1, doc[k].text, False
    return None


def _elided_unit(doc: Doc, sent: Span, at: int, units: UnitLexicon) -> tuple[UnitEntry, str] | None:
    """Return the unit of the nearest earlier unit noun ("migrants ... with thousands heading")."""
    first = sent.start
    sents = list(doc.sents)
    for index, candidate in enumerate(sents):
        if candidate.start == sent.start and index > 0:
            first = sents[index - 1].start
            break
    first = max(first, at - ELIDED_WINDOW)
    for k in range(at - 1, first - 1, -1):
        token = doc[k]
        if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        found = _unit_at(doc, k, units)
        if found is not None and found[0].unit not in (NOT_A_UNIT, "other", "weapons"):
            return found[0], found[2]
    return None


_PARTITIVE_PRONOUNS = frozenset(("them", "those", "these", "us", "whom"))
# nouns and verbs of a changing total: "bringing the total to 20,000", "rose to 900"
_TOTAL_NOUNS = frozenset(("total", "number", "figure", "tally", "count", "toll", "strength"))
_CHANGE_LEMMAS = frozenset(
    (
        "rise", "increase", "raise", "bring", "reach", "grow", "climb", "fall", "drop",
        "decline", "jump", "swell", "double", "triple", "boost", "cut", "reduce", "lift",
        "push", "up", "down", "take",
    )
)  # fmt: skip
_COMPARE_WORDS = frozenset(("compared", "comparison", "contrast", "compare"))
_REACH_LEMMAS = frozenset(("reach", "top", "exceed", "total", "hit", "surpass", "pass", "be"))
ELIDED_SENTENCES = 2  # sentences back an elided count looks for the noun it repeats


def _group_head(doc: Doc, start: int, end: int) -> Token:
    """Return the token of a number group whose syntactic head lies outside the group."""
    for token in doc[start:end]:
        if not start <= token.head.i < end or token.head is token:
            return token
    return doc[end - 1]


def _total_noun_of(doc: Doc, token: Token) -> Token | None:
    """Return the "total"/"number" noun a changing count belongs to, or None."""
    verb = token.head
    candidates = [verb, *verb.children]
    for candidate in candidates:
        if candidate.lemma_.lower() in _TOTAL_NOUNS and candidate.i < token.i:
            return candidate
    return None


def _elision_kind(doc: Doc, num: Token, end: int) -> str | None:
    """Return how a headless number refers back ("partitive", "subject", "compare", "total")."""
    if (
        end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and doc[end + 1].lower_ in (_PARTITIVE_PRONOUNS)
    ):
        return "partitive"  # "Nearly two thousand of them"
    after = doc[end] if end < len(doc) else None
    if (
        after is not None
        and after.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")
        and after.ent_type_ not in ("DATE", "TIME")
        and after.lower_ not in ("more", "others", "other")
    ):
        return None  # another noun follows: not an elided head ("20 miles", "30-day")
    if (
        num.dep_ in ("nsubj", "nsubjpass")
        and num.head.pos_ in ("VERB", "AUX")
        and num.head.i > num.i
    ):
        return "subject"  # "Another 344 have been detained", "The five were held"
    if num.dep_ == "nummod" and num.head.ent_type_ in ("DATE", "TIME"):
        num = num.head  # "up from 7,000 last month" parsed as "7,000 ... month"
    if num.dep_ == "pobj":
        prep = num.head
        governor = prep.head
        if prep.lower_ in ("with", "to") and governor.lower_ in _COMPARE_WORDS:
            return "compare"  # "compared with 81 in 2020"
        if prep.lower_ in ("against", "versus", "vs", "vs."):
            return "compare"
        if prep.lower_ in ("to", "from", "at") and (
            governor.lemma_.lower() in _CHANGE_LEMMAS
            or governor.lemma_.lower() in _TOTAL_NOUNS
            or governor.lemma_.lower() == "stand"
            or _total_noun_of(doc, prep) is not None
        ):
            return "total"  # "bringing the total to around 20,000", "up from 37"
    if num.dep_ in ("dobj", "attr") and num.head.lemma_.lower() in _REACH_LEMMAS:
        subjects = [c for c in num.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.lemma_.lower() in _TOTAL_NOUNS for c in subjects):
            return "total"  # "the number of arrivals reached 900"
    return None


_NOT_COUNTED = (UnitEntry(unit=NOT_A_UNIT, sector=None), -1, "")


def _number_of(
    doc: Doc, sent: Span, before: int, units: UnitLexicon
) -> tuple[UnitEntry, int, str] | None:
    """Return the unit noun of "the number of soldiers" earlier in the sentence."""
    for k in range(before - 1, sent.start - 1, -1):
        token = doc[k]
        if token.lemma_.lower() not in _TOTAL_NOUNS:
            continue
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found = _unit_at(doc, obj.i, units)
                if found is None or found[0].unit == NOT_A_UNIT:
                    return _NOT_COUNTED  # "the number of members to 32": not a quantity
                return found[0], obj.i, found[2]
    return None


def _referent(doc: Doc, phrases: list[_Phrase], start: int, value: int | None, kind: str) -> int:
    """Return the index of the earlier phrase an elided count repeats, or -1."""
    sents = list(doc[start].sent.doc.sents)
    sent_start = doc[start].sent.start
    index = next((i for i, s in enumerate(sents) if s.start == sent_start), 0)
    back = 1 if kind == "total" else ELIDED_SENTENCES
    first = sents[max(0, index - back)].start
    if kind == "compare" and index > 0:
        first = sents[index - 1].start
    candidates = [
        i
        for i, p in enumerate(phrases)
        if first <= p.start and p.end <= start and p.entry.unit not in ("other", NOT_A_UNIT)
    ]
    if not candidates:
        return -1
    definite = start > 0 and doc[start - 1].lower_ in _DEFINITE
    if definite:
        same = [i for i in candidates if phrases[i].amount.low == value]
        if same:
            return same[-1]  # "five activists ... The five were held"
    return candidates[-1]


def _elided_phrase(
    doc: Doc,
    bounds: tuple[int, int, int],
    amount: Amount,
    phrases: list[_Phrase],
    units: UnitLexicon,
) -> _Phrase | None:
    """Return a phrase for a number whose head noun is elided or a pronoun, or None.

    "compared with 81", "Another 344 have been detained", "The five were held", "Nearly
    two thousand of them", "bringing the total to around 20,000", "raised the number of
    soldiers to 12,000": the count takes the noun (and later the owner) it repeats.
    """
    text_start, num_start, num_end = bounds
    num = _group_head(doc, num_start, num_end)
    kind = _elision_kind(doc, num, num_end)
    if kind is None:
        return None
    end = num_end + 2 if kind == "partitive" else num_end
    sent = num.sent
    if kind == "total":
        counted = _number_of(doc, sent, num_start, units)
        if counted is _NOT_COUNTED:
            return None
        if counted is not None:
            entry, obj, head_text = counted
            owner = (doc[obj].left_edge.i, obj + 1)
            return _Phrase(
                text_start, num_start, num_end, -1, end, amount, entry, head_text, owner=owner
            )
    if amount.low == 1 and amount.high == 1:
        return None  # "one of them told us": a person, not a count
    ref = _referent(doc, phrases, text_start, amount.low, kind)
    if ref < 0:
        return None
    old = phrases[ref]
    return _Phrase(
        text_start,
        num_start,
        num_end,
        -1,
        end,
        amount,
        old.entry,
        old.head_text,
        partitive=kind == "partitive",
        ref=ref,
    )


def find_phrases(doc: Doc, units: UnitLexicon) -> list[_Phrase]:
    """Return every number phrase of `doc` that counts a unit, in text order."""
    phrases: list[_Phrase] = []
    i = 0
    n = len(doc)
    while i < n:
        token = doc[i]
        if not _is_number(token):
            i += 1
            continue
        num_start, num_end = _number_group(doc, i)
        words = [t.text for t in doc[num_start:num_end]]
        amount = parse_number(words)
        sent = token.sent
        if amount is None or amount.low is None:
            i = num_end
            continue
        text_start, modifier = _modifier(doc, num_start)
        amount = _apply_modifier(amount, modifier)
        head = _find_head(doc, num_end, units, sent.end)
        strong = _strong_head(doc, num_end, sent.end, units)
        if strong is not None:
            head = strong
        if head is not None:
            entry, head_i, end, head_text, partitive = head
            phrases.append(
                _Phrase(
                    text_start, num_start, num_end, head_i, end, amount, entry, head_text, partitive
                )
            )
        else:
            bare = None
            if _is_vague(doc[num_start:num_end]) and _ends_bare(doc, num_end, sent.end):
                elided = _elided_unit(doc, sent, num_start, units)
                if elided is not None:
                    entry, head_text = elided
                    bare = _Phrase(
                        text_start, num_start, num_end, -1, num_end, amount, entry, head_text
                    )
            if bare is None:
                bare = _elided_phrase(doc, (text_start, num_start, num_end), amount, phrases, units)
            if bare is not None:
                bare.anchor = _group_head(doc, num_start, num_end).i
                phrases.append(bare)
        i = num_end
    return phrases


def _is_vague(span: Span) -> bool:
    return any(t.lower_ in VAGUE_PLURALS for t in span)


def _ends_bare(doc: Doc, end: int, limit: int) -> bool:
    """Return True when a vague amount stands alone ("with thousands heading for Poland")."""
    if end >= limit:
        return True
    nxt = doc[end]
    if nxt.lower_ == "of":
        return False
    return nxt.pos_ in ("VERB", "AUX", "PUNCT", "ADP", "SCONJ", "ADV") or nxt.tag_ == "VBG"


# ---------------------------------------------------------------------------
# who is counted, who claims it

# "identified as Iraqi men", "all Iraqis": the nationality of counted people
_NATIONALITY = re.compile(
    r"\b(?:as|all|both|being|mostly|mainly|largely|of\s+them|of\s+whom)\s+(?:an?\s+)?"
    r"(?:(?P<adj>[A-Z][a-z]+)\s+(?:men|women|nationals|citizens|people|children|migrants|"
    r"refugees|asylum[- ]seekers|family|families|man|woman|[A-Z][a-z]+s)|"
    r"(?P<plural>[A-Z][a-z]+s))\b"
)


_NAMING_KINDS = frozenset(("name", "country", "demonym", "metonym", "org"))


@functools.lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer | None:
    from flashpoint.extract.places import load_gazetteer

    try:
        return load_gazetteer()
    except ConfigError:
        return None


def _entity(actor: str | None) -> str | None:
    if not actor:
        return None
    entity = actor.split("-", 1)[0]
    return None if entity in ("", "UNK") else entity


def _entity_of_token(token: Token, actors: ActorIndex) -> str | None:
    """Return the country or organisation a token names (actor index, else gazetteer)."""
    try:
        mention = actors.resolve(token)
    except (AttributeError, TypeError, ValueError):
        mention = None
    if mention is not None and _entity(mention.actor):
        return _entity(mention.actor)
    gazetteer = _gazetteer()
    if gazetteer is None:
        return None
    return gazetteer.country_code(token.text)


def _entity_in(doc: Doc, start: int, end: int, actors: ActorIndex) -> str | None:
    """Return the entity of a demonym or country named inside tokens [start, end)."""
    if start >= end:
        return None
    span = doc[start:end]
    for mention in actors.within(span.start_char, span.end_char):
        # names on the phrase, not the head noun resolved by coreference ("troops" -> ...)
        if mention.kind in _NAMING_KINDS and _entity(mention.actor):
            return _entity(mention.actor)
    gazetteer = _gazetteer()
    if gazetteer is None:
        return None
    for token in span:
        if token.pos_ in ("PROPN", "ADJ", "NOUN") or token.ent_type_ in ("NORP", "GPE"):
            code = gazetteer.country_code(token.text)
            if code is not None:
                return code
    return None


def _nearest_country_before(
    doc: Doc, char: int, actors: ActorIndex, window: int = 600
) -> str | None:
    """Return the last country or organisation named before character `char`."""
    mentions = [m for m in actors.within(max(0, char - window), char) if _entity(m.actor)]
    if mentions:
        return _entity(max(mentions, key=lambda m: m.start).actor)
    gazetteer = _gazetteer()
    if gazetteer is None:
        return None
    span = doc.char_span(max(0, char - window), char, alignment_mode="contract")
    if span is None:
        return None
    for token in reversed(span):
        if token.pos_ in ("PROPN", "ADJ") or token.ent_type_ in ("NORP", "GPE"):
            code = gazetteer.country_code(token.text)
            if code is not None:
                return code
    return None


def _possessor(doc: Doc, pronoun: Token, actors: ActorIndex) -> str | None:
    """Return who "its"/"their" refers to: the last named actor earlier in the sentence."""
    sent = pronoun.sent
    named = [
        m
        for m in actors.within(sent.start_char, pronoun.idx)
        if m.kind not in ("pronoun",) and _entity(m.actor)
    ]
    if named:
        return _entity(max(named, key=lambda m: m.start).actor)
    return _entity_of_token(pronoun, actors) or _nearest_country_before(doc, pronoun.idx, actors)


def _deployer(doc: Doc, head: Token, actors: ActorIndex) -> str | None:
    """Return the party that sends, deploys or has the counted troops (the verb's subject)."""
    current = head
    for _ in range(5):
        if current.dep_ in ("dobj", "pobj", "nsubjpass", "attr", "conj", "appos", "prep"):
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                break
            continue
        break
    if current.pos_ not in ("VERB", "AUX") or current.lemma_.lower() not in _DEPLOY_VERBS:
        return None
    subjects = [c for c in current.children if c.dep_ in ("nsubj", "agent")]
    if not subjects and current.dep_ in ("xcomp", "conj", "advcl") and current.head.pos_ == "VERB":
        subjects = [c for c in current.head.children if c.dep_ == "nsubj"]
    for subject in subjects:
        if subject.dep_ == "agent":
            subject = next((c for c in subject.children if c.dep_ == "pobj"), subject)
        if subject.lower_ in _PRONOUNS:
            entity = _entity_of_token(subject, actors) or _nearest_country_before(
                doc, subject.idx, actors
            )
        else:
            entity = _entity_of_token(subject, actors) or _entity_in(
                doc, subject.left_edge.i, subject.i + 1, actors
            )
        if entity is not None:
            return entity
    return None


_TROOP_WORDS = frozenset(("troops", "forces", "soldiers", "units", "personnel"))
DEPLOYER_WINDOW = 800  # characters back an unnamed troop count looks for who moves forces


def _recent_deployer(doc: Doc, phrase: _Phrase, actors: ActorIndex) -> str | None:
    """Return who an earlier sentence said moves forces, for a count of troops on the move.

    "The United States will soon move additional forces to Romania ... First, 1,000
    soldiers ... will reposition to Romania": the soldiers are the mover's.
    """
    head = doc[phrase.head]
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.lemma_.lower() not in _DEPLOY_VERBS:
        return None
    sent = head.sent
    since = sent.start_char - DEPLOYER_WINDOW
    sents = [s for s in doc.sents if s.end <= sent.start and s.end_char >= since]
    for previous in reversed(sents):
        for token in previous:
            if token.lower_ in _TROOP_WORDS and token.dep_ in ("dobj", "nsubjpass"):
                entity = _deployer(doc, token, actors)
                if entity is not None:
                    return entity
    return None


def _own_forces(doc: Doc, phrase: _Phrase, claimant: str) -> str | None:
    """Return the speaker's country for reinforcements it announces without an agent.

    "The minister announced that another 5,000 soldiers would be sent to the border":
    the soldiers are the minister's country's.
    """
    parts = claimant.split("-", 1)
    if (
        phrase.head < 0
        or len(parts) != 2
        or parts[1] not in ("GOV", "MIL")
        or not _entity(claimant)
    ):
        return None
    head = doc[phrase.head]
    verb = head.head
    if head.dep_ != "nsubjpass" or verb.lemma_.lower() not in _SEND_VERBS:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    modal = any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in verb.children)
    before = doc[phrase.start - 1].lower_ if phrase.start > 0 else ""
    more = before in _MORE_WORDS or any(
        c.lower_ in _MORE_WORDS for c in head.children if c.dep_ in ("amod", "det")
    )
    return _entity(claimant) if modal or more else None


_LAUNCH_VERBS = frozenset(("launch", "fire", "shoot", "send", "aim", "direct", "hurl"))
_AT_PREPS = frozenset(("at", "on", "against", "towards", "toward", "into", "over"))


def _launched_owner(doc: Doc, phrase: _Phrase, actors: ActorIndex) -> str | None:
    """Return who launched weapons "launched at Ukraine" with no agent: the other side.

    The attacker is the party named nearest in the sentence (or the one before) that is
    not the target of the launch.
    """
    if phrase.head < 0:
        return None
    head = doc[phrase.head]
    verbs = [c for c in head.children if c.dep_ in ("acl", "pcomp", "relcl")]
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(head.head)
    related = [t for t in head.children if t.dep_ == "conj"]
    if head.dep_ == "conj":
        related.append(head.head)  # "300 drones and 20 missiles launched at"
    for other in related:
        verbs.extend(c for c in other.children if c.dep_ in ("acl", "pcomp", "relcl"))
        if other.dep_ in ("nsubj", "nsubjpass"):
            verbs.append(other.head)
    verbs = [v for v in verbs if v.lemma_.lower() in _LAUNCH_VERBS]
    if not verbs or any(c.dep_ == "agent" for v in verbs for c in v.children):
        return None
    targets: set[str] = set()
    for verb in verbs:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AT_PREPS):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                entity = _entity_of_token(obj, actors) or _entity_in(
                    doc, obj.left_edge.i, obj.i + 1, actors
                )
                if entity is not None:
                    targets.add(entity)
    if not targets:
        return None
    sent = head.sent
    sents = [s for s in doc.sents if s.end <= sent.start]
    since = sents[-1].start_char if sents else sent.start_char
    anchor = head.idx
    candidates = [
        m
        for m in actors.within(since, sent.end_char)
        if (entity := _entity(m.actor)) is not None and entity not in targets
    ]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda m: (m.start > anchor, abs(m.start - anchor)))
    return _entity(nearest.actor)


_AT_PLACE = frozenset(("at", "near", "around", "outside"))
_SITE_NOUNS = frozenset(
    ("base", "ground", "airfield", "airbase", "camp", "site", "range", "depot", "field", "border")
)


def _placed(head: Token) -> bool:
    """Return True when forces are placed somewhere ("tanks parked at", "troops stationed")."""
    tokens = [head, *head.conjuncts]
    if head.dep_ == "conj":
        tokens.append(head.head)
    for token in list(tokens):  # "100 tanks and dozens of artillery pieces parked at"
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            tokens.extend(c for c in prep.children if c.dep_ == "pobj")
    for token in tokens:
        if any(c.dep_ == "acl" and c.lemma_.lower() in _POSITION_VERBS for c in token.children):
            return True
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in _POSITION_VERBS:
            return True
        holders = [token, token.head] if token.dep_ == "dobj" else [token]
        preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
        for prep in (c for c in preps if c.lower_ in _AT_PLACE):
            if any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_ in _SITE_NOUNS
                   for o in prep.children if o.dep_ == "pobj"):  # fmt: skip
                return True  # "150 tanks at a base near Bryansk"
    return False


def _buildup_owner(doc: Doc, phrase: _Phrase, actors: ActorIndex, claimant: str) -> str | None:
    """Return whose forces an unowned count of placed equipment or troops is.

    "Satellite images ... show more than 100 tanks parked at a training ground": the
    tanks are the build-up's, the military last named before the sentence (not the
    claimant, who would name its own).
    """
    if phrase.head < 0 or not _placed(doc[phrase.head]):
        return None
    sent = doc[phrase.head].sent
    mentions = [
        m
        for m in actors.within(max(0, sent.start_char - DEPLOYER_WINDOW), sent.start_char)
        if m.actor.endswith("-MIL") and _entity(m.actor)
    ]
    own = _entity(claimant)
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        entity = _entity(mention.actor)
        if entity != own:
            return entity
    # no military named: the country whose build-up the sentence before tells ("Russia's")
    previous = [s for s in doc.sents if s.end <= sent.start][-1:]
    for before in previous:
        for mention in sorted(
            actors.within(before.start_char, before.end_char), key=lambda m: -m.start
        ):
            entity = _entity(mention.actor)
            if (
                entity is not None
                and len(entity) == 3
                and entity != own
                and _BUILDUP_WORDS.search(before.text)
            ):
                return entity
    return None


def _context_nationality(doc: Doc, phrase: _Phrase) -> str | None:
    """Return a nationality the text gives the counted people ("identified as Iraqi men")."""
    gazetteer = _gazetteer()
    if gazetteer is None:
        return None
    sent = doc[phrase.num_start].sent
    sents = list(doc.sents)
    index = next((i for i, s in enumerate(sents) if s.start == sent.start), 0)
    window = sents[index : index + 2]
    text = " ".join(s.text for s in window)
    for match in _NATIONALITY.finditer(text):
        code = gazetteer.country_of_demonym(match["adj"] or match["plural"])
        if code is not None:
            return code
    return None


def _single_country(doc: Doc, phrase: _Phrase, actors: ActorIndex) -> str | None:
    """Return the one country the sentence names (a sanctions listing "in Belarus")."""
    gazetteer = _gazetteer()
    if gazetteer is None:
        return None
    sent = doc[phrase.num_start].sent
    found = {
        code
        for token in sent
        if token.pos_ == "PROPN" and (code := gazetteer.country_code(token.text)) is not None
    }
    return found.pop() if len(found) == 1 else None


def _override_unit(doc: Doc, phrase: _Phrase) -> str:
    """Return `dead`/`injured`/`detained` when the clause says so, else the lexicon unit."""
    unit = phrase.entry.unit
    at = phrase.head if phrase.head >= 0 else phrase.anchor
    if unit not in ("migrants", "people", "troops") or at < 0:
        return unit
    head = doc[at]
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _DEATH_WORDS:
        return "dead"
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        # "police detained 15 people", "the strike killed 12 soldiers"
        lemma = head.head.lemma_.lower()
        if lemma in _DEATH_VERBS:
            return "dead"
        if lemma in _INJURY_VERBS:
            return "injured"
        if lemma in _DETAIN_VERBS:
            return "detained"
        return unit
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return unit
    lemma = verb.lemma_.lower()
    complements = {
        c.lower_ for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp", "advmod")
    }
    if lemma in _DEATH_VERBS or "dead" in complements:
        return "dead"
    if lemma in _INJURY_VERBS or complements & {"injured", "wounded"}:
        return "injured"
    if head.dep_ == "nsubjpass" and (lemma in _DETAIN_VERBS or lemma == "hold"):
        return "detained"  # "The five were held at a post"
    return unit


def _counted(
    doc: Doc,
    phrase: _Phrase,
    unit: str,
    actors: ActorIndex,
    earlier: list[tuple[_Phrase, str, str | None]],
) -> str | None:
    """Return the entity counted by a phrase, or None when unknown."""
    entity = _entity_in(doc, phrase.num_end, phrase.end, actors)
    if entity is not None:
        return entity
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    owner = before
    if before is not None and before.lower_ in ("'s", "\u2019s", "'") and phrase.start > 1:
        owner = doc[phrase.start - 2]  # "Russia's 100,000 troops"
    if owner is not None and (
        owner.dep_ == "poss" or owner is not before or owner.lower_ in ("its", "their")
    ):
        if owner.lower_ in _PRONOUNS:
            entity = _possessor(doc, owner, actors)
        else:
            entity = _entity_of_token(owner, actors) or _entity_in(
                doc, owner.left_edge.i, owner.i + 1, actors
            )
        if entity is not None:
            return entity
    if phrase.head >= 0:
        head = doc[phrase.head]
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                entity = _entity_of_token(obj, actors) or _entity_in(
                    doc, obj.left_edge.i, obj.i + 1, actors
                )
                if entity is not None:
                    return entity
    if phrase.end + 1 < len(doc) and doc[phrase.end].lower_ == "from":
        prep = doc[phrase.end]
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            entity = _entity_in(doc, obj.left_edge.i, obj.i + 1, actors)
            if entity is not None:
                return entity  # "five activists from the X network" (from attached to the verb)
    # a re-mention ("The five soldiers", "three of the dead"): the earlier count's actor
    definite = before is not None and before.lower_ in _DEFINITE
    if definite or phrase.partitive:
        for old, old_unit, old_of in reversed(earlier):
            same_value = old.amount.low == phrase.amount.low
            if old_unit == unit and old_of and (phrase.partitive or same_value):
                return old_of
    if unit in _FORCE_UNITS and phrase.head >= 0:
        entity = _deployer(doc, doc[phrase.head], actors) or _recent_deployer(doc, phrase, actors)
        if entity is not None:
            return entity
    if unit in ("people", "dead", "migrants", "detained", "injured"):
        entity = _context_nationality(doc, phrase)
        if entity is not None:
            return entity
    if phrase.entry.sector is None and unit in ("people", "other"):
        return _single_country(doc, phrase, actors)
    return None


_MIGRANT_WORDS = re.compile(r"\b(?:migrants?|refugees?|asylum|immigrants?)\b", re.I)


# crossing, pushback and stranding: people counted in such a clause are migrants
_MIGRATION_CUES = re.compile(
    r"\b(?:cross(?:ed|es|ing|ings)?|prevent\w*\b[^.]{0,40}\bfrom\s+(?:cross|enter)\w*|push(?:ed|es|ing)?\b[^.]{0,40}\bback|pushbacks?|"
    r"turn(?:ed|s|ing)?\b[^.]{0,30}\bback|forced?\b[^.]{0,30}\bback|strand(?:ed)?|stuck|"
    r"enter(?:s|ed|ing)?\s+(?:the\s+)?(?:country|territory|EU)\b[^.]{0,20}\bvia|"
    r"smuggl\w*|deport\w*|expel\w*|illegally|asylum|camp(?:s|ed|ing)?|encampment)\b",
    re.I,
)
_WAITING_CUES = re.compile(
    r"\b(?:wait(?:s|ed|ing)?|gather(?:ed|ing)?|arriv(?:e|ed|es|als?|ing)|forests?|border|"
    r"frontier|checkpoint|countr(?:y|ies)|territory)\b",
    re.I,
)
_GENERIC_PEOPLE = frozenset(("people", "persons", "person", "individuals", "foreigners"))
# people counted by their role, never migrants however close the border ("five activists")
_NOT_MIGRANTS = frozenset(
    (
        "activists", "activist", "volunteers", "volunteer", "medics", "paramedics", "doctors",
        "aid workers", "humanitarian workers", "lawyers", "journalists", "protesters",
        "demonstrators", "residents", "citizens", "officers", "guards", "border guards",
    )
)  # fmt: skip


def _about_migrants(doc: Doc, phrase: _Phrase) -> bool:
    """Return True when the text around a count of people is about migrants (sector REF)."""
    start = doc[phrase.start].idx
    window = doc_text(doc)[max(0, start - 1500) : start + 1500]
    found = len(_MIGRANT_WORDS.findall(window))
    if found >= 2:
        return True
    sent = doc[phrase.num_start].sent.text
    if found >= 1 and (_MIGRATION_CUES.search(window) or _WAITING_CUES.search(sent)):
        return True
    near = doc_text(doc)[max(0, start - 400) : start + 200]
    if _MIGRATION_CUES.search(near) and _WAITING_CUES.search(near):
        return True  # "stopped 223 attempts to cross the border. Thirty-one people were ..."
    cues = len(_MIGRATION_CUES.findall(sent))
    return cues >= 2 or (cues == 1 and bool(_WAITING_CUES.search(window)))


def _migrant_head(doc: Doc, phrase: _Phrase) -> bool:
    """Return True for generic "people" crossing, pushed back or stranded at a border."""
    if phrase.entry is _DEMONYM_ENTRY:
        return True  # "Another 118 Iraqis" where the text is about migrants
    if phrase.head_text.lower() not in _GENERIC_PEOPLE:
        return False
    sent = doc[phrase.num_start].sent.text
    return bool(_MIGRATION_CUES.search(sent) or _WAITING_CUES.search(sent))


_RAISING_CUE = re.compile(
    r"^(?:is|are|was|were\s+)?(?:said|reported|believed|thought|alleged|understood|claimed|"
    r"rumou?red|estimated)\s+to\b|^reportedly\b",
    re.I,
)


def _claimant(span: tuple[int, int], statements: Sequence[Statement], text: str = "") -> str:
    """Return the speaker of the innermost statement holding `span`, else "outlet".

    The subject of a raising cue belongs to the statement too: in "The five soldiers are
    said to have attempted ..." the content starts at "attempted", the count is the claim's.
    """
    holding = [
        s for s in statements if s.content_span[0] <= span[0] and span[1] <= s.content_span[1]
    ]
    for statement in statements:
        cue = statement.cue_span
        if cue is None or not _RAISING_CUE.match(statement.cue or ""):
            continue
        gap = text[span[1] : cue[0]] if text else ""
        if 0 <= cue[0] - span[1] <= 30 and "." not in gap and "\n" not in gap:
            holding.append(statement)
    if not holding:
        return "outlet"
    inner = min(holding, key=lambda s: s.content_span[1] - s.content_span[0])
    return inner.speaker.actor or "outlet"


# the agency word of an unnamed source, by its sector ("according to the border guard")
_AGENCY_SECTORS = {
    "guard": "COP", "guards": "COP", "police": "COP", "service": "COP", "committee": "COP",
    "ministry": "GOV", "government": "GOV", "cabinet": "GOV", "office": "GOV",
    "authorities": "GOV", "officials": "GOV", "figures": "GOV", "data": "GOV",
    "statistics": "GOV", "army": "MIL", "military": "MIL", "forces": "MIL",
    "command": "MIL", "staff": "MIL",
}  # fmt: skip
_SHOW_VERBS = frozenset(("show", "indicate", "suggest", "reveal", "say", "put"))
_FIGURE_NOUNS = frozenset(
    (
        "figure", "data", "statistic", "number", "record", "estimate", "count", "image",
        "photo", "picture", "footage", "imagery",
    )
)  # fmt: skip


def _home_entity(statements: Sequence[Statement]) -> str | None:
    """Return the country most of the report's speakers belong to (its home side)."""
    counts: dict[str, int] = {}
    for statement in statements:
        entity = _entity(statement.speaker.actor)
        if entity is not None and len(entity) == 3:
            counts[entity] = counts.get(entity, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda e: counts[e])


def _source_of(
    doc: Doc, start: int, end: int, actors: ActorIndex, statements: Sequence[Statement]
) -> str | None:
    """Return the actor a source phrase names, or its home agency ("the border guard")."""
    span = doc[start:end]
    for mention in actors.within(span.start_char, span.end_char):
        if mention.actor and not mention.actor.startswith("UNK"):
            return mention.actor
    words = [t.lower_ for t in span]
    sector = next((_AGENCY_SECTORS[w] for w in reversed(words) if w in _AGENCY_SECTORS), None)
    if sector is None:
        return None
    home = _home_entity(statements)
    if home is None:
        gazetteer = _gazetteer()
        named = {
            code
            for token in span.sent
            if token.pos_ == "PROPN"
            and gazetteer is not None
            and (code := gazetteer.country_code(token.text)) is not None
        }
        home = named.pop() if len(named) == 1 else None  # "... into Latvia, figures show"
    return f"{home}-{sector}" if home else None


def _frame_claimant(
    doc: Doc, phrase: _Phrase, actors: ActorIndex, statements: Sequence[Statement]
) -> str | None:
    """Return the source of an "according to X, ..." or "..., official figures show" frame.

    Used when no statement holds the number: the frame still names who gives it.
    """
    sent = doc[phrase.num_start].sent
    for token in sent:
        if phrase.num_start <= token.i < phrase.end:
            continue
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor(1).lower_ == "to":
            objs = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            if objs:
                obj = objs[0]
                return _source_of(doc, obj.left_edge.i, obj.right_edge.i + 1, actors, statements)
    for token in sent:
        if token.lemma_.lower() not in _SHOW_VERBS or phrase.num_start <= token.i < phrase.end:
            continue
        for subject in (c for c in token.children if c.dep_ == "nsubj"):
            if subject.lemma_.lower() in _FIGURE_NOUNS:
                return _source_of(
                    doc, subject.left_edge.i, subject.right_edge.i + 1, actors, statements
                )
    return None


def extract_quantities(
    doc: Doc, *, units: UnitLexicon, actors: ActorIndex, statements: Sequence[Statement]
) -> list[Quantity]:
    """Return every count of people or equipment in `doc`, ids q1, q2, ... in text order."""
    quantities: list[Quantity] = []
    earlier: list[tuple[_Phrase, str, str | None]] = []
    for phrase in find_phrases(doc, units):
        unit = _override_unit(doc, phrase)
        sector = phrase.entry.sector
        if (
            unit in ("dead", "people", "injured", "detained")
            and sector in (None, "CVL")
            and phrase.head_text.lower() not in _NOT_MIGRANTS
        ):
            sector = "REF" if _about_migrants(doc, phrase) else sector
        if unit == "people" and sector == "REF" and _migrant_head(doc, phrase):
            unit = "migrants"  # "4,000 people have crossed": the people are migrants
        entity: str | None = None
        if phrase.ref >= 0:
            # an elided head: the noun it repeats gives unit, sector and owner
            old = quantities[phrase.ref]
            if unit == phrase.entry.unit:
                unit = old.unit
            old_of = old.of or "UNK"
            sector = old_of.split("-", 1)[1] if "-" in old_of else sector
            entity = _entity(old_of.split("-", 1)[0])
        elif phrase.owner is not None:
            entity = _entity_in(doc, phrase.owner[0], phrase.owner[1], actors)
            if entity is None:
                entity = _deployer(doc, doc[phrase.owner[1] - 1], actors)
        else:
            entity = _counted(doc, phrase, unit, actors, earlier)
        start_char = doc[phrase.start].idx
        last = doc[phrase.end - 1]
        end_char = last.idx + len(last.text)
        claimant = _claimant((start_char, end_char), statements, doc_text(doc))
        if claimant == "outlet":
            claimant = _frame_claimant(doc, phrase, actors, statements) or claimant
        if entity is None and unit in _FORCE_UNITS:
            entity = (
                _own_forces(doc, phrase, claimant)
                or _launched_owner(doc, phrase, actors)
                or _buildup_owner(doc, phrase, actors, claimant)
            )
        if entity is None and unit in ("dead", "injured") and sector in ("MIL", "COP"):
            # "Polish police said nine officers were injured": a force counts its own losses
            speaker = claimant.split("-", 1)
            if len(speaker) == 2 and speaker[1] == sector and _entity(claimant):
                entity = _entity(claimant)
        if entity is None:
            of = f"UNK-{sector}" if sector else "UNK"
        else:
            of = f"{entity}-{sector}" if sector and len(entity) == 3 else entity
        earlier.append((phrase, unit, of if entity is not None else None))
        quantities.append(
            Quantity(
                id=f"q{len(quantities) + 1}",
                text=doc_text(doc)[start_char:end_char],
                low=phrase.amount.low,
                high=phrase.amount.high,
                approx=phrase.amount.approx,
                unit=unit,
                of=of,
                claimed_by=claimant,
                span=(start_char, end_char),
            )
        )
    return quantities


__all__ = [
    "NOT_A_UNIT",
    "Amount",
    "UnitEntry",
    "UnitLexicon",
    "extract_quantities",
    "find_phrases",
    "load_unit_lexicon",
    "parse_number",
]
