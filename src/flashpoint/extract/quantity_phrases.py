"""Number phrases of quantities: the number, its modifier and the head noun it counts.

`find_phrases` also follows an elided head ("migrants ... thousands of them") back to the
noun it repeats.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from flashpoint.extract.doc_index import doc_sents, lower_texts, sent_of, tokens_with
from flashpoint.extract.quantity_numbers import (
    MULTIPLIERS,
    VAGUE_PLURALS,
    Amount,
    is_number,
    may_be_number,
    parse_number,
)
from flashpoint.extract.quantity_units import NOT_A_UNIT, UnitEntry, UnitLexicon, shipped_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


ELIDED_WINDOW = 25  # tokens back to the noun an elided head repeats ("migrants ... thousands")

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


_RANGE_WORDS = {"-", "\u2013", "\u2014", "to", "and", "or"}
DEFINITE = {"the", "these", "those", "both"}


@dataclass
class Phrase:
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


_COUNT_NOUNS = ("dozen", "handful")  # singular nouns that take "a": "a dozen", "a handful"


def _number_group(doc: Doc, i: int) -> tuple[int, int]:
    """Return the token range [start, end) of the number phrase starting at token i."""
    end = i + 1
    n = len(doc)
    while end < n:
        token = doc[end]
        if is_number(token):
            end += 1
            continue
        if (
            token.lower_ in _RANGE_WORDS
            and end + 1 < n
            and is_number(doc[end + 1])
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
    if start > 0 and (
        doc[start].lower_ in MULTIPLIERS or doc[start].lower_ in ("dozen", "handful")
    ):
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
            return DEMONYM_ENTRY, k, k + 1, token.text, partitive  # "Another 118 Iraqis"
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


DEMONYM_ENTRY = UnitEntry(unit="people", sector="CVL")


def _demonym_plural(token: Token) -> bool:
    """Return True for a people's name in the plural heading a count ("118 Iraqis")."""
    if not token.text[:1].isupper() or not token.lower_.endswith("s") or len(token) < 4:
        return False
    if token.pos_ not in ("PROPN", "NOUN") and token.ent_type_ != "NORP":
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return False  # "two Kurds officials": not the head
    gazetteer = shipped_gazetteer()
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
    sents = doc_sents(doc)
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
    if verb.pos_ == "VERB" and verb.dep_ == "acl":
        # "raised the number of soldiers guarding the frontier to 12,000": the count goes
        # with the noun the participle describes, up to the "number" it counts
        for ancestor in list(verb.ancestors)[:4]:
            if ancestor.lemma_.lower() in _TOTAL_NOUNS and ancestor.i < token.i:
                return ancestor
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
        dead = units.get("dead")
        if token.lemma_.lower() == "toll" and dead is not None:
            return dead, token.i, token.text  # "the death toll rose to 12"
    return None


def _referent(doc: Doc, phrases: list[Phrase], start: int, value: int | None, kind: str) -> int:
    """Return the index of the earlier phrase an elided count repeats, or -1."""
    sents = doc_sents(doc)
    sent_start = sent_of(doc[start]).start
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
    definite = start > 0 and doc[start - 1].lower_ in DEFINITE
    if definite:
        same = [i for i in candidates if phrases[i].amount.low == value]
        if same:
            return same[-1]  # "five activists ... The five were held"
    return candidates[-1]


def _elided_phrase(
    doc: Doc,
    bounds: tuple[int, int, int],
    amount: Amount,
    phrases: list[Phrase],
    units: UnitLexicon,
) -> Phrase | None:
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
    sent = sent_of(num)
    if kind == "total":
        counted = _number_of(doc, sent, num_start, units)
        if counted is _NOT_COUNTED:
            return None
        if counted is not None:
            entry, obj, head_text = counted
            owner = (doc[obj].left_edge.i, obj + 1)
            return Phrase(
                text_start, num_start, num_end, -1, end, amount, entry, head_text, owner=owner
            )
    if amount.low == 1 and amount.high == 1:
        return None  # "one of them told us": a person, not a count
    if kind == "partitive" and _uncounted_antecedent(doc, num, units):
        return None  # "Europe's leaders met. Twenty-six of them promised ...": not a unit
    ref = _referent(doc, phrases, text_start, amount.low, kind)
    if ref < 0:
        return None
    old = phrases[ref]
    return Phrase(
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


def _uncounted_antecedent(doc: Doc, num: Token, units: UnitLexicon) -> bool:
    """Return whether "of them" goes back to subjects that are no unit ("leaders").

    "Them" most often stands for a subject before it, in the same sentence or the one
    before; when none of those subjects is a count or a unit noun, and one is a plural
    noun, the number counts what is no quantity.
    """
    sent = sent_of(num)
    sents = doc_sents(doc)
    index = sents.index(sent) if sent in sents else 0
    previous = sents[index - 1] if index > 0 else None
    for span in (sent, previous):
        if span is None:
            continue
        subjects = [
            t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.i < num.i and t != num
        ]
        if not subjects:
            continue
        if any(is_number(t) or _counts(t, units) for t in subjects):
            return False  # "More than 4,000 people have crossed ...": them = the people
        return any(t.tag_ in ("NNS", "NNPS") for t in subjects)
    return False


def _counts(token: Token, units: UnitLexicon) -> bool:
    entry = units.get(token.lower_) or units.get(token.lemma_.lower())
    return entry is not None and entry.unit != NOT_A_UNIT


def find_phrases(doc: Doc, units: UnitLexicon) -> list[Phrase]:
    """Return every number phrase of `doc` that counts a unit, in text order."""
    phrases: list[Phrase] = []
    candidates = tokens_with(doc, [w for w in lower_texts(doc) if may_be_number(w)])
    i = 0
    for token in candidates:  # the other tokens are no number: `_is_number` is False
        if token.i < i:
            continue  # inside the number group before
        i = token.i
        if not is_number(token):
            continue
        num_start, num_end = _number_group(doc, i)
        words = [t.text for t in doc[num_start:num_end]]
        amount = parse_number(words)
        sent = sent_of(token)
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
                Phrase(
                    text_start, num_start, num_end, head_i, end, amount, entry, head_text, partitive
                )
            )
        else:
            bare = None
            if _is_vague(doc[num_start:num_end]) and _ends_bare(doc, num_end, sent.end):
                elided = _elided_unit(doc, sent, num_start, units)
                if elided is not None:
                    entry, head_text = elided
                    bare = Phrase(
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
