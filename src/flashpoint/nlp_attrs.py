"""spaCy's attribute ruler, with its patterns found by lookup instead of by the Matcher.

The attribute ruler of the English pipelines maps each tagger tag to its part of speech and
morphology and fixes a few words ("gonna", "let's", "there is"): about 180 patterns, almost
all of one token. spaCy runs them through its general Matcher, which tries every pattern at
every token: about 12 % of the whole parse of a news report with `en_core_web_sm`, as much
as the parser. These patterns only ask for equality (or membership) of a token's tag, lower
case form, dependency label or whitespace flag, so the same matches come out of a dict
lookup per token and pattern shape.

`index_attribute_ruler` gives a ruler a `match` that returns exactly the list spaCy's own
`AttributeRuler.match` returns; spaCy's `set_annotations` then applies it as before, so the
annotations are the same token for token. A ruler with any pattern outside that subset
(operators, regular expressions, other attributes: a user's own model may have them) keeps
spaCy's Matcher.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

# the token attributes a pattern may test, in the order of the array read from each Doc
_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_MAX_LENGTH = 4  # longer patterns are left to the Matcher

Match = tuple[int, int, int, int]  # (attribute rule, its string id, start, end), as spaCy's


@dataclass(frozen=True, slots=True)
class _Check:
    """A test on one column that a lookup cannot answer: NOT_IN or REGEX."""

    column: int
    excluded: frozenset[int] = frozenset()
    regex: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class _TokenSpec:
    """One token of a pattern: the columns looked up, the value rows allowed, other checks."""

    columns: tuple[int, ...]
    rows: frozenset[tuple[int, ...]]
    checks: tuple[_Check, ...]


def _token_spec(token: dict[str, Any], strings: Any) -> _TokenSpec | None:
    """The lookup and checks of one token pattern; None if it uses anything else."""
    columns: list[int] = []
    choices: list[list[int]] = []
    checks: list[_Check] = []
    for key, value in sorted(token.items()):
        if key not in _ATTRS:
            return None
        column = _ATTRS.index(key)
        if isinstance(value, dict):
            if len(value) != 1:
                return None
            ((operator, operand),) = value.items()
            if operator == "REGEX" and isinstance(operand, str) and key != "IS_SPACE":
                checks.append(_Check(column, regex=re.compile(operand)))
                continue
            if operator not in ("IN", "NOT_IN") or not isinstance(operand, list):
                return None
            coded = _codes(key, operand, strings)
            if coded is None:
                return None
            if operator == "NOT_IN":
                checks.append(_Check(column, excluded=frozenset(coded)))
                continue
        else:
            coded = _codes(key, [value], strings)
            if coded is None:
                return None
        columns.append(column)
        choices.append(coded)
    if not columns and not checks:
        return None
    rows = frozenset(tuple(row) for row in itertools.product(*choices)) if columns else frozenset()
    return _TokenSpec(tuple(columns), rows, tuple(checks))


def _codes(key: str, values: list[Any], strings: Any) -> list[int] | None:
    """The values of a pattern as the integers `Doc.to_array` gives for `key`."""
    coded: list[int] = []
    for item in values:
        if key == "IS_SPACE":
            if not isinstance(item, bool):
                return None
            coded.append(int(item))
        elif isinstance(item, str):
            coded.append(strings.add(item))
        else:
            return None
    return coded


_Rule = tuple[int, list[_TokenSpec]]  # an attribute rule and one of its patterns
_Candidate = tuple[int, list[_TokenSpec] | None]  # a rule; None: matched by the lookup alone


class IndexedMatch:
    """`AttributeRuler.match` by lookup: the same (rule, id, start, end) list, sorted alike."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self._strings = ruler.vocab.strings
        self._attr_ids: list[int | str] = [self._strings.add(name) for name in _ATTRS]
        # one (getter, table) per column set a pattern's first token looks up; a getter of
        # one column gives the bare value, so that column's table is keyed by it. Patterns
        # whose first token has no lookup (NOT_IN or REGEX only) are scanned.
        self._tables: list[tuple[Callable[[list[int]], Any], dict[Any, list[_Candidate]]]] = []
        self._scanned: list[_Rule] = []
        self._regex_cache: dict[tuple[str, int], bool] = {}
        self._ids: list[int] = []
        self.supported = True
        indexed: dict[tuple[int, ...], dict[tuple[int, ...], list[_Rule]]] = {}
        for rule in range(len(ruler.attrs)):
            key = str(rule)
            self._ids.append(self._strings.add(key))
            found = ruler.matcher.get(self._strings[key])
            for pattern in found[1] if found is not None else []:
                found_specs = [_token_spec(token, self._strings) for token in pattern]
                specs = [s for s in found_specs if s is not None]
                if not 1 <= len(specs) == len(found_specs) <= _MAX_LENGTH:
                    self.supported = False  # an empty, too long or unsupported pattern
                    return
                first = specs[0]
                if not first.columns:
                    self._scanned.append((rule, specs))
                    continue
                by_row = indexed.setdefault(first.columns, {})
                for row in first.rows:
                    by_row.setdefault(row, []).append((rule, specs))
        for columns, rows in indexed.items():
            table: dict[Any, list[_Candidate]] = {}
            for row, candidates in rows.items():
                table[row[0] if len(columns) == 1 else row] = [
                    (rule, None if len(specs) == 1 and not specs[0].checks else specs)
                    for rule, specs in candidates
                ]
            self._tables.append((operator.itemgetter(*columns), table))

    def _holds(self, spec: _TokenSpec, values: list[int], lookup: bool) -> bool:
        if lookup and spec.columns and tuple(values[c] for c in spec.columns) not in spec.rows:
            return False
        for check in spec.checks:
            value = values[check.column]
            if check.regex is None:
                if value in check.excluded:
                    return False
                continue
            cache_key = (check.regex.pattern, value)
            hit = self._regex_cache.get(cache_key)
            if hit is None:
                text = self._strings[value] if value else ""
                hit = self._regex_cache[cache_key] = check.regex.search(text) is not None
            if not hit:
                return False
        return True

    def _extend(self, found: set[Match], rule: int, specs: list[_TokenSpec], start: int,
                values: list[list[int]], lookup_first: bool) -> None:  # fmt: skip
        end = start + len(specs)
        if end > len(values):
            return
        if not self._holds(specs[0], values[start], lookup_first):
            return
        for k, spec in enumerate(specs[1:], start + 1):
            if not self._holds(spec, values[k], True):
                return
        found.add((rule, self._ids[rule], start, end))

    def __call__(self, doc: Doc) -> list[Match]:
        values: list[list[int]] = doc.to_array(self._attr_ids).tolist()
        found: set[Match] = set()
        ids = self._ids
        for getter, table in self._tables:
            for start, key in enumerate(map(getter, values)):
                candidates = table.get(key)
                if candidates is None:
                    continue
                for rule, specs in candidates:
                    if specs is None:  # one token, nothing to check beyond the lookup
                        found.add((rule, ids[rule], start, start + 1))
                    else:
                        self._extend(found, rule, specs, start, values, False)
        for rule, specs in self._scanned:
            for start in range(len(values)):
                self._extend(found, rule, specs, start, values, True)
        return sorted(found)


def index_attribute_ruler(ruler: AttributeRuler) -> bool:
    """Give `ruler` the lookup `match` if its patterns allow it; return whether they did."""
    indexed = IndexedMatch(ruler)
    if not indexed.supported:
        return False
    ruler.match = indexed  # type: ignore[method-assign]
    return True
