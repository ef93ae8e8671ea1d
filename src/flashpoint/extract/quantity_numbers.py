"""Number words and figures: which tokens are numbers (`is_number`), and their `Amount`
("some 90,000", "5,000-7,000", "several thousand")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


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
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
    "tens": (20, 99),
    "handful": (2, 9),
}  # fmt: skip  "a handful of" is as vague as "several" (2..9)
# "several thousand" -> 2000..9000 (the guide), "a few hundred" -> 200..500
VAGUE_FACTORS = {"several": (2, 9), "a few": (2, 5), "few": (2, 5), "many": (2, 9)}


_DIGITS = re.compile(
    r"^(?P<num>\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+(?:\.\d+)?)(?P<mult>[kKmM]|bn|mln)?$"
)
RANGE_TOKEN = re.compile(
    r"^(?P<a>\d[\d,.]*)(?P<am>[kKmM])?\s*(?:-|\u2013|\u2014)\s*(?P<b>\d[\d,.]*)(?P<bm>[kKmM])?$"
)


_CALENDAR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|day\b|\b(?:19|20)\d\d\b",
    re.I,
)


def may_be_number(low: str) -> bool:
    """Return False for a lower-cased token that cannot be a number (most words): the
    cheap test before `is_number`'s entity and value checks."""
    word = low.strip()
    return (
        word[:1].isdecimal()
        or "-" in word
        or low in VAGUE_PLURALS
        or low in WORD_NUMBERS
        or low in _SCALE_WORDS
    )


_SCALE_WORDS = ("dozen", "hundred", "thousand", "million", "billion")


def is_number(token: Token) -> bool:
    """Return whether a token is (part of) a number: not a date, a percentage or a name."""
    low = token.lower_
    if not may_be_number(low) or low == "zero":
        return False  # "zero boots", "zero tolerance": a figure of speech, no count
    if token.ent_type_ in ("PERCENT", "MONEY", "ORDINAL"):
        return False
    if token.ent_type_ in ("DATE", "TIME"):
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is None or _CALENDAR.search(ent.text):
            return False  # "5 May", "2014", "Monday": a date; "between 40 and 60" mislabelled
    if low in VAGUE_PLURALS or low in _SCALE_WORDS:
        return True
    if low in WORD_NUMBERS or number_value(low) is not None or RANGE_TOKEN.match(low):
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


@dataclass(frozen=True, slots=True)
class Amount:
    """The value of a number phrase."""

    low: int | None
    high: int | None
    approx: bool


def number_value(text: str) -> float | None:
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
    if len(tokens) == 1 and (match := RANGE_TOKEN.match(tokens[0])) is not None:
        low_v = number_value(match["a"] + (match["am"] or match["bm"] or ""))
        high_v = number_value(match["b"] + (match["bm"] or ""))
        if low_v is None or high_v is None or high_v < low_v:
            return None
        return Amount(int(low_v), int(high_v), False)
    text = " ".join(tokens)
    if text == "tens of thousands":
        return Amount(20_000, 99_999, True)
    if text == "hundreds of thousands":
        return Amount(200_000, 999_999, True)
    if len(tokens) == 2 and tokens[0] in ("a", "an") and tokens[1] in VAGUE_PLURALS:
        tokens = tokens[1:]  # "a handful"
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
        value = number_value(token)
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
