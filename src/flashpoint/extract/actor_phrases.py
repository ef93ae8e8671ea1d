"""Actor phrases: registry matches in a Doc and the candidate noun phrases around them."""

from __future__ import annotations

from datetime import date
from operator import itemgetter
from typing import TYPE_CHECKING

from flashpoint.extract.actor_coref import _Coreference
from flashpoint.extract.actor_doc import line_breaks, line_numbers, person_entities, pronouns
from flashpoint.extract.actor_registry import _Match
from flashpoint.extract.actor_words import (
    DEFINITE_DETS,
    FIRST_PLURAL,
    GROUP_PRONOUNS,
    MODIFIER_DEPS,
    NUMBER_ARGUMENT_DEPS,
    PERSON_PRONOUNS,
    THING_PRONOUNS,
)

if TYPE_CHECKING:
    pass


class _Phrases(_Coreference):
    """Registry matches in a Doc and the candidate phrases built around them."""

    __slots__ = ()

    def match(self) -> None:
        found: list[_Match] = []
        seen_people: set[str] = set()
        strings = self.doc.vocab.strings
        raw = self.registry.matcher(self.doc.vocab)(self.doc)
        raw.sort(key=itemgetter(2), reverse=True)  # by start, the longest first (stable sorts)
        raw.sort(key=itemgetter(1))
        tokens = self.tokens
        for match_id, start, end in raw:
            entries = self.registry.fitting(
                strings[match_id], self.span_text(start, end), [t.text for t in tokens[start:end]]
            )
            full = [e for e in entries if e.category == "person" and not e.needs_intro]
            if full and end - start > 1:
                seen_people.update(e.actor for e in full)
            entries = [e for e in entries if not e.needs_intro or e.actor in seen_people]
            if tokens[start].ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"}:
                entries = [e for e in entries if e.category == "sector"]
            if entries:
                found.append(_Match(start, end, entries))
        # longest first, no overlaps
        chosen: list[_Match] = []
        used: set[int] = set()
        for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
            if used.isdisjoint(range(m.start, m.end)):
                chosen.append(m)
                used.update(range(m.start, m.end))
        self.matches = sorted(chosen, key=lambda m: m.start)
        for m in self.matches:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    def era(self) -> str | None:
        """A date for an undated text: the middle of the time when every office-holder it
        names by full name held an office (None when they never overlap)."""
        low, high = "0000", "9999"
        for m in self.matches:
            entry = m.first("person")
            if entry is None or entry.name is None or m.end - m.start < 2:
                continue
            offices = self.registry.offices.get(entry.name, [])
            if not offices:
                continue
            low = max(low, min(o.start for o in offices))
            high = min(high, max(o.end or "2026-12-31" for o in offices))
        if low == "0000" or low > high:
            return None
        start, end = date.fromisoformat(_full_date(low)), date.fromisoformat(_full_date(high))
        return (start + (end - start) / 2).isoformat()

    def phrases(self) -> list[tuple[int, int, int, str]]:
        """Candidate phrases in document order: (start, end, head, how)."""
        out: list[tuple[int, int, int, str]] = []
        people = self.person_extents()
        covered: set[int] = set()
        for start, end, head in people:
            out.append((start, end, head, "person"))
            covered.update(range(start, end))
        tokens = self.tokens
        breaks = line_breaks(tokens, self.starts, self.text)
        for start, end, root in self.chunks:
            if root in covered:
                continue
            m = self.by_token.get(root)
            if m is not None:
                end = max(end, m.end)
            for i in range(start, end):  # a phrase never crosses a line break
                if i in breaks:
                    if i < root:
                        start = i + 1
                    else:
                        end = i
                        break
            out.append((start, end, root, "chunk"))
            covered.update(range(start, end))
        for m in self.matches:
            last = tokens[m.end - 1]
            owner = self.by_token.get(last.head.i)
            modifier = last.dep_ in MODIFIER_DEPS and owner is not None and owner is not m
            if modifier and last.head.i > last.i and last.head.i not in covered:
                continue  # "20,000 Polish soldiers": "Polish" goes with its head
            if covered.isdisjoint(range(m.start, m.end)):
                start = self.left_extent(m.end - 1, m.start, covered)
                out.append((start, m.end, m.end - 1, "match"))
                covered.update(range(start, m.end))
        words = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | FIRST_PLURAL
        for i in pronouns(self.doc):
            if i not in covered and tokens[i].lower_ in words:
                out.append((i, i + 1, i, "chunk"))
        for token in tokens:  # "The five were held": a number standing for a group
            if token.pos_ != "NUM" or token.dep_ not in NUMBER_ARGUMENT_DEPS or token.i in covered:
                continue
            det = [c for c in token.lefts if c.dep_ == "det" and c.lower_ in DEFINITE_DETS]
            if det and det[0].i == token.i - 1 and det[0].i not in covered:
                out.append((det[0].i, token.i + 1, token.i, "chunk"))
        return sorted(out)

    def left_extent(self, head: int, start: int, covered: set[int]) -> int:
        """Extend a phrase leftwards over its head's modifiers ('20,000 Polish | soldiers')."""
        token = self.tokens[head]
        for child in sorted(token.lefts, key=lambda t: -t.i):
            if child.dep_ not in MODIFIER_DEPS or child.i != start - 1:
                break
            if child.i in covered:
                break
            start = child.i
        return start

    def person_extents(self) -> list[tuple[int, int, int]]:
        """Token ranges of people: registry names and PERSON entities, with title prefixes."""
        spans: list[tuple[int, int]] = []
        for m in self.matches:
            if m.first("person") is not None:
                spans.append((m.start, m.end))
        for ent_start, ent_end in person_entities(self.doc):
            if self.headline(ent_start):
                continue
            if any(s < ent_end and ent_start < e for s, e in spans):
                continue
            if any(self.by_token.get(i) is not None for i in range(ent_start, ent_end)):
                inner = {
                    id(self.by_token[i]) for i in range(ent_start, ent_end) if i in self.by_token
                }
                if len(inner) == 1 and all(i in self.by_token for i in range(ent_start, ent_end)):
                    continue  # the whole entity is a registry phrase (an org, a title)
            start = ent_start
            while start < ent_end and start in self.by_token:
                start = self.by_token[start].end  # "Spokesman John Doe": the title is a prefix
            if start < ent_end:
                spans.append((start, ent_end))
        for start, end in self.titled_names():
            if not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
        out = []
        for start, end in sorted(spans):
            out.append((self.title_start(start), end, end - 1))
        return out

    def titled_names(self) -> list[tuple[int, int]]:
        """Names the parser did not take for people, in apposition to a person's title: 'a
        spokeswoman for the border guard, Ewa Nowak,' / 'Ewa Nowak, a spokeswoman ...'."""
        out: list[tuple[int, int]] = []
        for token in self.tokens:
            if token.dep_ != "appos":
                continue
            name, title = (token, token.head) if token.pos_ == "PROPN" else (token.head, token)
            if name.pos_ != "PROPN" or not self.title_word(title.i) or name.i in self.by_token:
                continue
            start = name.i
            while (
                start > 0
                and self.tokens[start - 1].dep_ == "compound"
                and (self.tokens[start - 1].head.i == name.i)
            ):
                start -= 1
            words = self.tokens[start : name.i + 1]
            if len(words) < 2 or any(
                not t.is_title or t.pos_ != "PROPN" or t.i in self.by_token for t in words
            ):
                continue  # a first name and a surname, neither a known word
            if self.headline(start):
                continue
            out.append((start, name.i + 1))
        return out

    def title_start(self, start: int) -> int:
        """Where a title before a name begins: 'Polish Deputy Defense Minister | Pawel Zalewski'."""
        i = start - 1
        tokens = self.tokens
        sent_start = self.sent_start(start)
        while i >= sent_start:
            token = tokens[i]
            if i == start - 1 and token.is_space and i > 0 and self.title_word(i - 1):
                sent_start = self.sent_start(i - 1)  # "US Defense Secretary\n\nLloyd Austin"
                i -= 1
                continue
            if i in self.by_token:
                i = self.by_token[i].start - 1
                continue
            if token.lower_ == "of" and i + 1 < start and i - 1 >= sent_start:
                i -= 1
                continue
            if token.text in {"-", "'s", "\u2019s"} and i - 1 >= sent_start:
                i -= 1
                continue
            capitalised = token.is_title or token.is_upper
            if (
                capitalised
                and token.pos_ in {"PROPN", "NOUN", "ADJ"}
                and token.ent_type_ in {"", "PERSON", "NORP", "ORG", "GPE"}
            ):
                i -= 1
                continue
            modifier = token.dep_ in {"compound", "amod"} and token.pos_ in {"NOUN", "ADJ"}
            if modifier and token.head.i > i:  # "US special envoy Steve Witkoff"
                i -= 1
                continue
            break
        j = i + 1
        while j < start and tokens[j].text in {"-", "'s", "\u2019s", "of"}:
            j += 1
        return j

    def title_word(self, i: int) -> bool:
        m = self.by_token.get(i)
        return m is not None and any(
            e.category == "sector" and e.kind == "person" for e in m.entries
        )

    def headline(self, i: int) -> bool:
        """Is token `i` on a line in Title Case (a headline, where capitals prove nothing)?"""
        if not self.line_of:
            self.line_of = line_numbers(self.starts, self.text)
        line = self.line_of[i]
        found = self.headlines.get(line)
        if found is None:
            first = i
            while first > 0 and self.line_of[first - 1] == line:
                first -= 1
            words = []
            for j in range(first, len(self.tokens)):
                if self.line_of[j] != line:
                    break
                t = self.tokens[j]
                if t.is_alpha and len(t) > 3:
                    words.append(t)
            found = len(words) >= 4 and sum(t.is_title for t in words) >= 0.8 * len(words)
            self.headlines[line] = found
        return found

    def _is_name_token(self, i: int) -> bool:
        token = self.tokens[i]
        return token.ent_type_ == "PERSON" and (
            i not in self.by_token or self.by_token[i].first("person") is not None
        )


def _full_date(text: str) -> str:
    return text if len(text) == 10 else f"{text[:4]}-01-01"
