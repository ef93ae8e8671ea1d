"""Statements: quotations, reported speech and attributions, with their factuality.

Every candidate is tied to one cue (one statement per cue). The cues come from the cue
lexicon (data/cues.csv, `load_cue_lexicon`):

- reporting verbs, with the speaker in their subject and the content in an adjacent
  quotation, a complement clause or their object ("accused [Belarus of ...]");
- "according to X", "X's announcement that ...", "are said to have ..." (speaker from the
  statement before), a headline "Warsaw: ..." and a quotation signed with a dash and a name;
- quotations that go on right after an attributed one (`"X," he said. "Y."`: two statements);
- frames: "X was quoted as saying by Y" and "X, quoted by Y, said" (two statements: the
  person and the medium), a parenthetical cue ("The troops, he went on, had ..."), a
  participle inside another cue's content ("rejected reports that ..., calling them ..."),
  "In her words, ...", "As X put it, ...", evidence nouns ("images published by X show",
  "the ministry's figures", "official figures show" -> the dateline country's government),
  and relative replies ("..., which Warsaw denied").

Not statements: the bare object of a denial that only names something said ("Warsaw
denied the report": a REJECT event), a transfer ("promised Riga new funding"), and a
transcript's speaker labels ("HIGH REPRESENTATIVE BORRELL: ..."), the outlet's own voice.

Speakers resolve through the actor index, with fallbacks for what it cannot know here:
"the agency" / "it" after a cited outlet, "The statement said" after "X issued a
statement", joint statements ("Estonia, France and Britain issued ..."), "she" or a
misspelt surname after a quoted person, "he added" after an unnamed role noun ("a
spokesman for the service said"), "the group said" (the last named non-state
organisation), "its chief, Name," (the organisation of "its"), "X did Y, his spokesman
said" (X's office), a speaker phrase the parser left unattached, never a wire dateline,
and an unnamed "the minister" (the dateline country). A statement whose cue sits inside another
statement's content is nested in it (`parent`) and inherits a distancing frame; the same
voice repeating itself there is dropped, or cut off as its own trailing statement.
"""

from __future__ import annotations

import csv
import dataclasses
import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from flashpoint.config import Settings, data_files
from flashpoint.errors import ConfigError
from flashpoint.extract.attribution import (
    as_clause_content,
    choose_target,
    clause_after_recipient,
    clause_range,
    clip_to_paragraph,
    inverted_content,
    object_content,
    paragraph_of,
    resolve_speaker,
    same_paragraph,
    speaker_from,
    subject_of,
    subtree_range,
    that_clause,
    what_x_says,
)
from flashpoint.extract.quotes import (
    QUOTE_MARKS,
    Quote,
    find_quotes,
    quote_after,
    quote_before,
    quote_kind,
    signed_quotes,
    trim_content,
)
from flashpoint.nlp import doc_text
from flashpoint.records import FACTUALITIES, Speaker, Statement, entity_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from flashpoint.extract.actors import ActorIndex, ActorMention

CUE_FILE = "cues.csv"
CUE_TYPES = (
    "verb", "noun", "prep", "passive", "hedge", "source", "medium", "unnamed", "refusal",
    "headline", "dash", "person", "group", "evidence", "referent",
)  # fmt: skip
UNNAMED_MEDIA = "UNK-MED"  # "according to media reports": an outlet of unknown country (dev NOTES)
CONTENT_TYPES = (
    "clause", "recipient", "object", "as", "any", "quote", "none", "act", "evidence",
)  # fmt: skip
_CLAUSE_TYPES = ("clause", "recipient", "any", "act", "evidence")  # a complement clause is content
_INFINITIVE_TYPES = ("any", "act")  # "pledged [to help]": an infinitive is the content
_HEADER = ("cue", "type", "factuality", "content")

_FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
_MAX_HEADLINE_LINES = 3  # the title block of a report
_HEADLINE = re.compile(r"^([^:\n]{2,40}):\s+(\S[^\n]*?)\s*$")
_DASH_AFTER = re.compile(r"\s*([\u2013\u2014])\s*(?=[A-Z])")
# the rest of an attribution sentence, up to where the next quotation opens
_ATTRIBUTION_END = re.compile(r"[^.!?\n\"\u201c\u201d]{0,120}[.!?]\s*$")
# clauses that close a content and may carry the same speaker's next cue: ", which it
# claimed ...", ", saying ...", "but ruled out ...", ", despite proclaiming ..."
_TRAILING_DEPS = ("relcl", "advcl", "conj", "prep")
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
_TERMINAL = '.!?"\u201d\u2019)\u2026'  # other final characters: cut off mid-sentence
_MIN_SENTENCES_FOR_CUT = 4  # short snippets often end without a full stop
_NAME_SIMILARITY = 0.8  # "Msheli" for "Msehli": a misspelt surname of an earlier speaker
_REFUSED = "denied"  # "would not accept": the content is a refusal (seed NOTES)
_DISTANCED = "claimed"  # "what Warsaw says are ...": the outlet keeps its distance (seed NOTES)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)?$")  # between listed signatories
_ISSUER_WINDOW = 120  # tokens back to the sentence that introduced "a statement"
# a wire dateline: "VILNIUS, Aug 3 (Baltic Wire) - ", "MOSCOW, September 11. /TASS/. "
_DATELINE = re.compile(
    r"\s*([A-Z][A-Z .'\-]{1,30}),[ \t]+([^\n]{1,40}?)"
    r"(?:\)[ \t]*[-\u2013\u2014]|/\.|[ \t][-\u2013\u2014])[ \t]+"
)  # "BRUSSELS, 10 November \u2013 " too; the part after the comma holds a date or an agency
_STATE_OR_MEDIA = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "MED"})
_OFFICIAL_WORDS = frozenset({"official", "government", "state"})  # "official figures show"
_MILITARY_ROLES = frozenset({"commander", "general", "officer"})
_PARENTHETICAL = (",", "\u2014", "\u2013")
_SUBJECT_GAP = 10  # tokens of a speaker phrase the parser left without a subject link


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of the cue lexicon."""

    words: tuple[str, ...]  # lemmas; the first is the head of the cue
    type: str
    factuality: str
    content: str


class CueLexicon:
    """Reporting verbs and attribution cues with their factuality (data file)."""

    def __init__(self, cues: Iterable[Cue] = ()) -> None:
        self._by_type: dict[str, dict[str, list[Cue]]] = {kind: {} for kind in CUE_TYPES}
        for cue in cues:
            bucket = self._by_type[cue.type].setdefault(cue.words[0], [])
            bucket[:] = [c for c in bucket if c.words != cue.words] + [cue]
            bucket.sort(key=lambda c: -len(c.words))  # longest first: "call on" before "call"

    def __len__(self) -> int:
        return sum(len(b) for kinds in self._by_type.values() for b in kinds.values())

    def lookup(self, type_: str, word: str) -> list[Cue]:
        """Return the cues of one type whose first word is `word` (a lower-case lemma)."""
        return self._by_type.get(type_, {}).get(word, [])

    def first(self, type_: str, word: str) -> Cue | None:
        """Return the single-word cue of one type for `word`, if any."""
        found = [c for c in self.lookup(type_, word) if len(c.words) == 1]
        return found[0] if found else None

    def match(self, token: Token, type_: str = "verb") -> tuple[Cue, list[Token]] | None:
        """Return the cue starting at `token` and its tokens ("ruled" "out"), if any."""
        doc = token.doc
        heads = self.lookup(type_, token.lemma_.lower())
        if token.lower_ != token.lemma_.lower():
            heads = heads + self.lookup(type_, token.lower_)  # "according" lemmatises to "accord"
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


def _read_cues(path: Path) -> Iterator[Cue]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(line for line in handle if line.strip() and not line.startswith("#"))
        header = next(rows, None)
        if header is None or tuple(h.strip() for h in header) != _HEADER:
            raise ConfigError(f"{path}: header must be {','.join(_HEADER)}")
        for number, row in enumerate(rows, start=2):
            if len(row) != len(_HEADER):
                raise ConfigError(f"{path}: row {number}: expected 4 columns, got {len(row)}")
            text, type_, factuality, content = (cell.strip() for cell in row)
            if type_ not in CUE_TYPES or factuality not in FACTUALITIES:
                raise ConfigError(f"{path}: row {number}: unknown type or factuality in {row}")
            if content not in CONTENT_TYPES or not text:
                raise ConfigError(f"{path}: row {number}: bad cue or content in {row}")
            yield Cue(tuple(text.lower().split()), type_, factuality, content)


def load_cue_lexicon(settings: Settings | None = None) -> CueLexicon:
    """Load the shipped cue lexicon, extended by the user's."""
    cues: list[Cue] = []
    for path in data_files(CUE_FILE, settings):
        cues.extend(_read_cues(path))
    if not cues:
        raise ConfigError(f"{CUE_FILE}: no cues found; reinstall flashpoint")
    return CueLexicon(cues)


# ---------------------------------------------------------------------------
# candidates


@dataclass
class _Found:
    """A statement before ids, nesting and targets are settled."""

    mention: ActorMention | None
    speaker: Speaker
    cue: str
    cue_span: tuple[int, int]
    content_span: tuple[int, int]
    factuality: str
    preferred_target: str | None = None
    subject: Token | None = None
    quote: Quote | None = None  # the quotation that is the whole content
    parent: int | None = None
    dropped: bool = False


class _Context:
    """What the candidate finders share for one document."""

    def __init__(self, doc: Doc, actors: ActorIndex, cues: CueLexicon) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.actors = actors
        self.cues = cues
        self.quotes = signed_quotes(doc_text(doc), find_quotes(doc_text(doc)))

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Return the character span of tokens first..last (inclusive)."""
        return self.doc[first].idx, self.doc[last].idx + len(self.doc[last])


def _recent_outlet(found: list[_Found], before: int) -> _Found | None:
    """Return the last statement before `before` whose speaker is a news outlet."""
    outlets = [
        f for f in found if f.cue_span[1] <= before and (f.speaker.actor or "").endswith("-MED")
    ]
    return max(outlets, key=lambda f: f.cue_span[1]) if outlets else None


_Voice = tuple["ActorMention | None", Speaker]  # who speaks: the mention (if one) and the speaker


def _voice(mention: ActorMention | None) -> _Voice | None:
    return None if mention is None else (mention, speaker_from(mention))


def _speaker_for(ctx: _Context, subject: Token, found: list[_Found]) -> _Voice | None:
    """Resolve a speaker; "the website", "the agency" and "it" go back to the outlet cited last."""
    joint = _joint_referred_back(ctx, subject, found)
    if joint is not None:
        return joint
    refers_back = ctx.cues.first("medium", subject.lemma_.lower()) is not None and any(
        c.lower_ in ("the", "this") for c in subject.children
    )
    if refers_back or subject.lower_ == "it":
        outlet = _recent_outlet(found, subject.idx)
        if (
            outlet is not None
            and outlet.mention is not None
            and (refers_back or _within_sentences(ctx, outlet.cue_span[0], subject.idx))
        ):
            return outlet.mention, outlet.speaker
    role_voice = _role_of_owner(ctx, subject, found)
    if role_voice is not None:
        return role_voice
    if ctx.cues.first("evidence", subject.lemma_.lower()) is not None:
        owner_voice = _evidence_owner(ctx, subject, found)
        if owner_voice is not None:
            return owner_voice
    mention = resolve_speaker(ctx.doc, subject, ctx.actors)
    if mention is not None:
        return mention, speaker_from(mention)
    group = _group_referred_back(ctx, subject)
    if group is not None:
        return group
    issuer = _issuer_of(ctx, subject)
    if issuer is not None:
        return issuer
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and subject.pos_ == "NOUN":
        mention = resolve_speaker(ctx.doc, owner, ctx.actors) or _earlier_speaker(owner, found)
        if mention is not None:  # "Her office said": the office speaks, not the person
            return None, Speaker(name=None if mention.person else mention.name, actor=mention.actor)
    earlier = _voice(_earlier_speaker(subject, found, ctx.cues))
    if earlier is not None or not _role_noun(ctx.cues, subject):
        return earlier
    country = home_country(ctx)  # "WARSAW, 8 Nov (Wire) - ..., the interior minister said"
    if country is None or country == "UNK":
        return None
    sector = "MIL" if subject.lemma_.lower() in _MILITARY_ROLES else "GOV"
    return None, Speaker(name=None, actor=f"{country}-{sector}")


def _dateline(text: str, start: int = 0) -> re.Match[str] | None:
    match = _DATELINE.match(text, start)
    if match is None or not re.search(r"[\d(]", match.group(2)):
        return None
    return match


def home_country(ctx: _Context) -> str | None:
    """Return the country of a report's dateline ("VILNIUS, Aug 3 (Wire) - " -> LTU)."""
    match = _dateline(ctx.text)
    if match is None:
        return None
    mentions = ctx.actors.within(match.start(1), match.end(1))
    return entity_of(mentions[0].actor) if mentions else None


def _evidence_owner(ctx: _Context, noun: Token, found: list[_Found]) -> _Voice | None:
    """Return who speaks through "images published by X", "X's figures", "official data"."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "images published by Maxar"
            for agent in child.children:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if agent.dep_ == "agent" and pobj is not None:
                    named = [
                        m
                        for m in ctx.actors.within(*ctx.span(pobj.left_edge.i, pobj.right_edge.i))
                        if m.name and not m.person
                    ]  # "by the U.S. company Maxar": the firm's name, not "the U.S. company"
                    if named:
                        return named[-1], speaker_from(named[-1])
                    voice = _speaker_for(ctx, pobj, found)
                    if voice is not None:
                        return voice
        if child.dep_ == "poss":
            voice = _speaker_for(ctx, child, found)
            if voice is not None:
                return voice[0], Speaker(name=voice[1].name, actor=voice[1].actor)
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    for child in modifiers:
        mention = resolve_speaker(ctx.doc, child, ctx.actors)
        if mention is not None and mention.kind != "demonym":
            return mention, speaker_from(mention)
    if any(c.lower_ in _OFFICIAL_WORDS for c in modifiers):
        demonym = next(
            (m for c in modifiers if (m := ctx.actors.resolve(c)) is not None), None
        )  # "official Lithuanian data"
        country = entity_of(demonym.actor) if demonym is not None else home_country(ctx)
        if country is not None and country != "UNK":
            return None, Speaker(name=None, actor=f"{country}-GOV")
    return None


def _appositive_name(noun: Token) -> str | None:
    """Return the person's name set off after a role noun: "its chief, Guntis Pujats,"."""
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ == "PERSON":
            words = [t for t in child.subtree if t.pos_ == "PROPN"]
            return " ".join(t.text for t in words) or None
    return None


def _member_of_named(ctx: _Context, subject: Token, speaker: Speaker) -> str | None:
    """Return X's name in "volunteers from X say" when X is the speaker's named organisation."""
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "at", "with"):
            continue
        for pobj in prep.children:
            mention = ctx.actors.resolve(pobj) if pobj.dep_ == "pobj" else None
            if mention is not None and mention.name and not mention.person:
                same = entity_of(mention.actor) == entity_of(speaker.actor)
                return mention.name if same else None
    return None


def _role_of_owner(ctx: _Context, subject: Token, found: list[_Found]) -> _Voice | None:
    """Resolve "its chief, Name, told ..." to the organisation of "its" (with the name)."""
    if not _role_noun(ctx.cues, subject):
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in ("its", "their"):
        return None
    org = ctx.actors.resolve(owner)
    if org is None or org.person:
        before = [
            f for f in found
            if f.mention is not None and not f.mention.person and f.cue_span[1] <= subject.idx
            and _within_sentences(ctx, f.cue_span[0], subject.idx)
        ]  # fmt: skip
        org = max(before, key=lambda f: f.cue_span[1]).mention if before else None
    if org is None:
        return None
    return None, Speaker(name=_appositive_name(subject), actor=org.actor)


def _group_referred_back(ctx: _Context, subject: Token) -> _Voice | None:
    """Resolve "the group said" to the last named non-state organisation before it."""
    if ctx.cues.first("group", subject.lemma_.lower()) is None:
        return None
    if not any(c.lower_ in ("the", "this") for c in subject.children):
        return None
    earlier = [
        m
        for m in ctx.actors.within(0, subject.idx)
        if m.name
        and not m.person
        and m.actor.partition("-")[2] not in _STATE_OR_MEDIA
        and ("-" in m.actor or m.kind in ("org", "group"))
    ]
    if not earlier:
        return None
    return earlier[-1], Speaker(name=earlier[-1].name, actor=earlier[-1].actor)


def _role_noun(cues: CueLexicon, token: Token | None) -> bool:
    """Return whether `token` is a singular role noun standing for one person ("spokesman")."""
    if token is None or token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS"):
        return False
    return cues.first("person", token.lemma_.lower()) is not None


def _within_sentences(ctx: _Context, start: int, end: int, limit: int = 2) -> bool:
    near = ctx.doc.char_span(start, end, alignment_mode="expand")
    return near is not None and sum(bool(t.is_sent_start) for t in near) <= limit


def _joint_referred_back(ctx: _Context, subject: Token, found: list[_Found]) -> _Voice | None:
    """Resolve "They called for ..." right after a joint statement to its signatories."""
    if subject.lower_ != "they":
        return None
    joint = [f for f in found if f.speaker.members and f.cue_span[1] <= subject.idx]
    if not joint:
        return None
    last = max(joint, key=lambda f: f.cue_span[1])
    if not _within_sentences(ctx, last.cue_span[0], subject.idx):
        return None
    return last.mention, last.speaker


def _issuer_of(ctx: _Context, subject: Token) -> _Voice | None:
    """Resolve "The statement said" to whoever issued the statement mentioned before."""
    if ctx.cues.first("source", subject.lemma_.lower()) is None:
        return None
    if any(c.dep_ == "poss" for c in subject.children):
        return None
    start = max(0, subject.i - _ISSUER_WINDOW)
    for token in reversed(ctx.doc[start : subject.i]):
        if token.lemma_ != subject.lemma_:
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None and token.dep_ == "dobj":
            joint = _joint_issuer(ctx, token.head)
            if joint is not None:
                return joint
            owner = subject_of(token.head)  # "Lithuania issued a statement"
        if owner is not None:
            return _voice(resolve_speaker(ctx.doc, owner, ctx.actors))
    return None


def _joint_issuer(ctx: _Context, verb: Token) -> _Voice | None:
    """Return the signatories of "Estonia, France ... and Britain issued a statement".

    As in the seed notes, a joint statement made at an organisation named in the same
    sentence ("during a meeting of the UNSC") is that organisation's, with the signatories
    as members; without one it is the first signatory's.
    """
    sentence = verb.sent
    run: list[ActorMention] = []
    for mention in reversed(ctx.actors.within(sentence.start_char, verb.idx)):
        following = run[0].start if run else verb.idx
        if mention.kind != "country" or not _LIST_GAP.match(ctx.text[mention.end : following]):
            break  # signatories are countries listed right before the verb
        run.insert(0, mention)
    if len(run) < 2:
        return None
    members = tuple(m.actor if "-" in m.actor else f"{m.actor}-GOV" for m in run)
    hosts = [
        m
        for m in ctx.actors.within(sentence.start_char, sentence.end_char)
        if m.kind == "org" and "-" not in m.actor and m not in run
    ]
    actor = hosts[0].actor if hosts else run[0].actor
    name = ctx.text[run[0].start : run[-1].end]
    return None, Speaker(name=name, actor=actor, members=members)


def _earlier_speaker(
    subject: Token, found: list[_Found], cues: CueLexicon | None = None
) -> ActorMention | None:
    """Resolve "she" or a misspelt surname to a person already quoted, when actors cannot.

    "He" also goes back to an unnamed person ("a spokesman for the service said ... he
    added"), when that is the last person quoted.
    """
    before = [f for f in found if f.mention is not None and f.cue_span[1] <= subject.idx]
    people = [f for f in before if f.speaker.name]
    if subject.lower_ in _PERSON_PRONOUNS | _POSSESSIVE_PRONOUNS:
        roles = [f for f in before if cues is not None and _role_noun(cues, f.subject)]
        if not people and not roles:
            return None
        return max(people + roles, key=lambda f: f.cue_span[1]).mention
    if not people:
        return None
    if subject.pos_ != "PROPN":
        return None
    for earlier in sorted(people, key=lambda f: -f.cue_span[1]):
        surname = (earlier.speaker.name or "").split()[-1]
        ratio = difflib.SequenceMatcher(None, surname.lower(), subject.lower_).ratio()
        if ratio >= _NAME_SIMILARITY:
            return earlier.mention
    return None


def _verb_factuality(ctx: _Context, verb: Token, cue: Cue, span: tuple[int, int]) -> str:
    """Return how the outlet presents a verb-cued statement."""
    if what_x_says(verb):
        return _DISTANCED
    if verb.dep_ == "xcomp":
        for _, passive, complement in _passive_heads(ctx):
            if complement == verb:
                return passive.factuality  # "Wallace is said to have warned ...": hedged
    for child in verb.children:
        hedge = ctx.cues.hedge(child.lower_) if child.dep_ == "advmod" else None
        if hedge is not None:
            return hedge.factuality  # "reportedly told", "allegedly said"
    if cue.factuality == "asserted" and _refuses(ctx, span):
        return _REFUSED
    return cue.factuality


def _refuses(ctx: _Context, span: tuple[int, int]) -> bool:
    """Return whether a content is a refusal: "it would not accept ..." (seed NOTES)."""
    content = ctx.doc.char_span(*span, alignment_mode="expand")
    if content is None:
        return False
    root = content.root
    negated = any(c.dep_ == "neg" for c in root.children)
    return negated and ctx.cues.first("refusal", root.lemma_.lower()) is not None


def _outlet_voice(ctx: _Context, subject: Token) -> bool:
    """Return whether a first-person subject speaks for the outlet (not inside a quotation)."""
    if subject.pos_ != "PRON" or subject.lower_ not in ("i", "we"):
        return False
    return not any(q.content_start <= subject.idx < q.content_end for q in ctx.quotes)


def _paragraph_subject(ctx: _Context, verb: Token) -> Token | None:
    """Return the head of the phrase opening the verb's paragraph: its subject, as written."""
    start, _ = paragraph_of(ctx, verb.idx)
    opening = ctx.doc.char_span(start, verb.idx, alignment_mode="expand")
    if opening is None:
        return None
    for token in opening:
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            while (
                token.head.i < verb.i
                and token.head.pos_ in ("PROPN", "NOUN")
                and (token.head.i > token.i and same_paragraph(ctx, token.head, verb))
            ):
                token = token.head
            return token
    return None


def _grants(verb: Token, obj: Token | None) -> bool:
    """Return whether "deny/refuse X to Y" hands something to a recipient."""
    heads = [verb] if obj is None else [verb, obj]
    return any(
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
        for head in heads
        for c in head.children
    )


def _is_evidence(ctx: _Context, subject: Token) -> bool:
    return ctx.cues.first("evidence", subject.lemma_.lower()) is not None


def _bare_referent(ctx: _Context, content: tuple[int, int], obj: Token | None) -> bool:
    """Return whether a denied object only names something said: "denied the report"."""
    if obj is None or ctx.cues.first("referent", obj.lemma_.lower()) is None:
        return False
    if content != subtree_range(obj):
        return False  # "dismissed the report as fiction": the content says more
    return not any(c.dep_ in ("acl", "relcl", "ccomp", "prep", "appos") for c in obj.children)


def _quoted_as_saying(verb: Token) -> tuple[Token, Token] | None:
    """Return (passive "quoted", "saying") for "X was quoted (by Y) as saying ..."."""
    saying = verb
    if verb.lemma_ == "quote":
        saying = next(
            (g for c in verb.children if c.lower_ == "as" for g in c.children if g.tag_ == "VBG"),
            verb,
        )
    head = saying.head.head if saying.head.lower_ == "as" else saying
    if head.lemma_ != "quote" or saying == head or saying.tag_ != "VBG":
        return None
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return head, saying


def _verb_candidates(ctx: _Context) -> Iterator[_Found]:
    found: list[_Found] = []
    for verb in ctx.doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        matched = ctx.cues.match(verb, "verb")
        if matched is None:
            continue
        cue, cue_tokens = matched
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "did not say" reports no statement
        if any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "agent" for c in verb.children
        ):
            continue  # passives: "are said to" is its own cue; "was reported" has no speaker
        if _quoted_as_saying(verb) is not None:
            continue  # "was quoted as saying by X": two statements, see _quoted_candidates
        subject = _enclosing_cue_subject(ctx, verb) or subject_of(verb)
        if subject is None or subject.idx < _dateline_end(ctx.text, 0):
            subject = _bare_subject(ctx, verb)  # "WARSAW, 8 Nov (Wire) - ..., a spokesman said"
        if subject is not None and not same_paragraph(ctx, subject, verb):
            subject = _paragraph_subject(ctx, verb)  # the parser ran a caption into the text
        if subject is None:
            continue
        if _outlet_voice(ctx, subject):
            continue  # "We demand ..." in a government's own release: the outlet speaking
        voice = _office_of_content_subject(ctx, verb, subject) or _speaker_for(ctx, subject, found)
        if voice is None:
            continue
        mention, speaker = voice
        named = _appositive_name(subject) if _role_noun(ctx.cues, subject) else None
        if speaker.name is None:  # "a spokeswoman for X, Name, said", "medics from X say"
            named = named or _member_of_named(ctx, subject, speaker)
            if named is not None:
                speaker = dataclasses.replace(speaker, name=named)
        cue_span = (cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1]))
        for span, quote, preferred in _verb_contents(ctx, verb, cue, cue_tokens, subject):
            item = _Found(
                mention=mention,
                speaker=speaker,
                cue=ctx.text[cue_span[0] : cue_span[1]],
                cue_span=cue_span,
                content_span=span,
                factuality=_verb_factuality(ctx, verb, cue, span),
                preferred_target=preferred,
                subject=subject,
                quote=quote,
            )
            found.append(item)
            yield item


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _enclosing_cue_subject(ctx: _Context, verb: Token) -> Token | None:
    """Return the speaker of a participle cue inside another cue's content.

    "rejected reports that it had ..., calling them ...": the participle after the comma
    speaks with the subject of the reporting verb above it, not with "it".
    """
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].text not in _PARENTHETICAL:
        return None
    for ancestor in verb.ancestors:
        if ancestor.pos_ not in ("VERB", "AUX") or _negated(ancestor):
            continue
        if ctx.cues.match(ancestor, "verb") is not None:
            return subject_of(ancestor)
    return None


def _office_of_content_subject(ctx: _Context, verb: Token, subject: Token) -> _Voice | None:
    """Return the office in "Michel spoke with X, his spokesman said": "his" is the content's
    subject (a person), not the last person named."""
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in _POSSESSIVE_PRONOUNS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i), None)
    if clause is None:
        return None
    content_subject = subject_of(clause)
    if content_subject is None or content_subject.pos_ == "PRON":
        return None
    mention = resolve_speaker(ctx.doc, content_subject, ctx.actors)
    if mention is None or not mention.person:
        return None
    return None, Speaker(name=None, actor=mention.actor)


def _relative_antecedent(ctx: _Context, verb: Token) -> tuple[int, int] | None:
    """Return the clause a relative cue refers back to.

    "Polish soldiers fired shots, which Warsaw denied" and "..., a claim Warsaw has
    denied": the content is the clause before the comma, up to where its reporting starts.
    """
    if verb.dep_ != "relcl":
        return None
    relative = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("which", "that")), None
    )
    noun = verb.head
    if relative is not None and relative.i < verb.i:
        opening = relative
    elif ctx.cues.first("referent", noun.lemma_.lower()) is not None and noun.i < verb.i:
        opening = noun.left_edge  # "a claim Warsaw has denied"
    else:
        return None
    comma = opening.i - 1
    if comma <= verb.sent.start or ctx.doc[comma].text != ",":
        return None
    clause = ctx.doc[comma - 1]
    for ancestor in ctx.doc[comma - 1].ancestors:
        if ancestor.dep_ == "ccomp" and ancestor.i < comma:
            clause = ancestor
            break
    else:
        clause = verb.sent.root
    first = max(clause.left_edge.i, verb.sent.start)
    if ctx.doc[first].dep_ == "mark":
        first += 1
    if first >= comma - 1:
        return None
    bounds = clip_to_paragraph(ctx, verb, first, comma - 1)
    return None if bounds is None else ctx.span(*bounds)


def _bare_subject(ctx: _Context, verb: Token) -> Token | None:
    """Return the head of "..., a spokesman for the service said." left without a subject link."""
    doc = verb.doc
    first = verb.i
    while first > verb.sent.start and doc[first - 1].text not in _PARENTHETICAL:
        first -= 1
    phrase = doc[first : verb.i]
    if first == verb.sent.start or not 0 < len(phrase) <= _SUBJECT_GAP:
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS for t in phrase):
        return None
    heads = [
        t for t in phrase
        if t.pos_ in ("NOUN", "PROPN", "PRON") and not (first <= t.head.i < verb.i)
    ]  # fmt: skip
    return heads[0] if heads else None


def _parenthetical(ctx: _Context, verb: Token, cue_tokens: list[Token], subject: Token) -> bool:
    """Return whether a cue sits between commas inside its content: "X, he went on, had ..."."""
    doc = verb.doc
    first, last = min(subject.left_edge.i, verb.i), cue_tokens[-1].i
    if first == 0 or last + 1 >= len(doc) or first <= verb.sent.start:
        return False
    if doc[first - 1].text not in _PARENTHETICAL or doc[last + 1].text not in _PARENTHETICAL:
        return False
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return False
    return verb.dep_ in ("parataxis", "advcl", "conj") or verb.head == verb


def _verb_contents(
    ctx: _Context, verb: Token, cue: Cue, cue_tokens: list[Token], subject: Token
) -> Iterator[tuple[tuple[int, int], Quote | None, str | None]]:
    """Yield (content span, whole-content quote, preferred target) for one cue verb."""
    cue_end = cue_tokens[-1].idx + len(cue_tokens[-1])
    after = quote_after(ctx, cue_end)
    before = quote_before(ctx, verb, subject)
    if before is not None and (after is None or before.start != after.start):
        yield (before.content_start, before.content_end), before, None
    if after is not None:
        yield (after.content_start, after.content_end), after, None
    if before is not None or after is not None:
        return
    if _parenthetical(ctx, verb, cue_tokens, subject):
        sentence = clip_to_paragraph(ctx, verb, verb.sent.start, verb.sent.end - 1)
        if sentence is not None:
            first, last = sentence
            while last > first and (ctx.doc[last].is_punct or ctx.doc[last].is_space):
                last -= 1
            yield ctx.span(first, last), None, None
        return
    if cue.content == "quote":
        return
    antecedent = _relative_antecedent(ctx, verb)
    if antecedent is not None:  # "..., which Warsaw denied": the clause before the comma
        yield antecedent, None, None
        return
    framed = as_clause_content(ctx, verb)
    if framed is not None:
        yield framed, None, None
        return
    distanced = what_x_says(verb)
    if distanced is not None:
        yield ctx.span(*distanced), None, None
        return
    preferred: str | None = None
    token_range: tuple[int, int] | None = None
    if cue.content in _CLAUSE_TYPES:
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if not clauses and cue.content in _INFINITIVE_TYPES:
            clauses = [c for c in verb.children if c.dep_ == "xcomp"]
        if clauses and same_paragraph(ctx, verb, clauses[0]):
            first, last = subtree_range(clauses[0])
            if clauses[0].i > verb.i:
                first = max(first, cue_tokens[-1].i + 1)  # "which it claimed [was ...]"
            token_range = clip_to_paragraph(ctx, verb, first, last)
    inverted_subject = subject.i > verb.i and subject.head == verb and subject.dep_ != "nsubj"
    evidence = cue.content == "evidence" and _is_evidence(ctx, subject)
    objects = ("object", "as", "any")
    if token_range is None and (cue.content in objects or evidence) and not inverted_subject:
        got = object_content(verb, cue_tokens, "any" if evidence else cue.content)
        if got is not None and cue.factuality == "denied" and _grants(verb, got[1]):
            return  # "denied entry to the delegation": a refusal to grant, not a denial
        if got is not None and cue.factuality == "denied" and _bare_referent(ctx, *got):
            return  # "Warsaw denied the report": a REJECT event only (seed NOTES)
        if got is not None and evidence:  # "images show [tanks] [near X]": the rest of the clause
            last = verb.right_edge.i
            while last > got[0][1] and (ctx.doc[last].is_punct or ctx.doc[last].is_space):
                last -= 1
            got = ((got[0][0], max(got[0][1], last)), got[1])
        if got is not None:
            token_range, obj = got
            if obj is not None:
                target = ctx.actors.resolve(obj)
                preferred = target.actor if target is not None else None
    if token_range is None and cue.content in _CLAUSE_TYPES:
        for found in (
            that_clause(verb),
            clause_after_recipient(verb) if cue.content == "recipient" else None,
        ):
            if found is not None and token_range is None:
                token_range = clip_to_paragraph(ctx, verb, *found)
    if token_range is None and cue.content in _CLAUSE_TYPES:
        inverted = inverted_content(ctx, verb, subject)
        if inverted is not None and verb.dep_ in ("ROOT", "ccomp", "parataxis", "conj"):
            yield inverted, None, None
        return
    if token_range is not None:
        token_range = clip_to_paragraph(ctx, verb, *token_range)
    if token_range is not None and subject.i < verb.i:
        first, last = token_range
        if first < subject.left_edge.i <= last:  # the parser hung the speaker in the clause
            last = subject.left_edge.i - 1
            while last > first and ctx.doc[last].is_punct:
                last -= 1
            token_range = (first, last)
    if token_range is not None:
        yield ctx.span(*token_range), None, preferred


def _according_candidates(ctx: _Context, found: list[_Found]) -> Iterator[_Found]:
    for token in ctx.doc:
        matched = ctx.cues.match(token, "prep")
        if matched is None:
            continue
        cue, cue_tokens = matched
        objects = [c for c in cue_tokens[-1].children if c.dep_ == "pobj"]
        if not objects:
            continue
        source = objects[0]
        evidence = _evidence_owner(ctx, source, found) if _is_evidence(ctx, source) else None
        mention: ActorMention | None = None
        speaker: Speaker | None = None
        if evidence is not None:  # "according to the Border Guard's figures", "official data"
            mention, speaker = evidence
        else:
            mention = resolve_speaker(ctx.doc, source, ctx.actors) or _earlier_speaker(
                source, found, ctx.cues
            )
            speaker = speaker_from(mention) if mention is not None else None
        if speaker is None and ctx.cues.first("unnamed", source.lemma_.lower()) is not None:
            speaker = Speaker(name=None, actor=UNNAMED_MEDIA)
        if speaker is None:
            continue
        factuality = cue.factuality
        neutral = ctx.cues.first("source", source.lemma_.lower())
        if neutral is not None:
            factuality = neutral.factuality
        bounds = clip_to_paragraph(ctx, token, token.sent.start, token.sent.end - 1)
        if bounds is None:
            continue
        sent_first, sent_last = bounds
        while sent_last > sent_first and (
            ctx.doc[sent_last].is_punct or ctx.doc[sent_last].is_space
        ):
            sent_last -= 1
        phrase_first, phrase_last = token.left_edge.i, token.right_edge.i
        if phrase_first <= sent_first + 1:
            first, last = phrase_last + 1, sent_last
        elif phrase_last >= sent_last:
            first, last = sent_first, phrase_first - 1
        else:
            first, last = sent_first, sent_last  # "X, according to Y, has ...": the sentence
        if first > last:
            continue
        cue_span = (cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1]))
        yield _Found(
            mention=mention,
            speaker=speaker,
            cue=ctx.text[cue_span[0] : cue_span[1]],
            cue_span=cue_span,
            content_span=ctx.span(first, last),
            factuality=factuality,
            subject=source,
        )


def _noun_candidates(ctx: _Context) -> Iterator[_Found]:
    for noun in ctx.doc:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        cue = ctx.cues.first("noun", noun.lemma_.lower())
        if cue is None:
            continue
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp", "relcl", "appos")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        owners = [c for c in noun.children if c.dep_ == "poss" and same_paragraph(ctx, c, noun)]
        owner = owners[-1] if owners else None  # the possessor next to the noun
        if clause is None or owner is None:
            continue
        mention = resolve_speaker(ctx.doc, owner, ctx.actors)
        if mention is None:
            continue
        yield _Found(
            mention=mention,
            speaker=speaker_from(mention),
            cue=noun.text,
            cue_span=(noun.idx, noun.idx + len(noun)),
            content_span=ctx.span(*subtree_range(clause)),
            factuality=cue.factuality,
            subject=owner,
        )


def _quoting_medium(ctx: _Context, verb: Token, found: list[_Found]) -> Iterator[_Found]:
    """Yield the medium of "Lukashenko, quoted by BelTA, said ...": the person's content."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    medium = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if medium is None or verb.dep_ != "acl":
        return
    person = [f for f in found if f.subject is not None and f.subject.i == verb.head.i]
    voice = _speaker_for(ctx, medium, found) if person else None
    if voice is None:
        return
    for item in person:
        yield dataclasses.replace(
            item,
            mention=voice[0],
            speaker=voice[1],
            cue=verb.text,
            cue_span=(verb.idx, verb.idx + len(verb)),
            subject=medium,
            parent=None,
        )


def _quoted_candidates(ctx: _Context, found: list[_Found]) -> Iterator[_Found]:
    """Yield the person and the medium of "X was quoted as saying by Y" (two statements)."""
    for verb in ctx.doc:
        if verb.lemma_ != "quote" or verb.pos_ != "VERB":
            continue
        if verb.tag_ == "VBN" and verb.dep_ == "acl":
            yield from _quoting_medium(ctx, verb, found)
            continue
        pair = _quoted_as_saying(verb)
        if pair is None:
            continue
        quoted, saying = pair
        person = next((c for c in quoted.children if c.dep_ == "nsubjpass"), None)
        by = [
            g
            for head in (quoted, saying)
            for c in head.children
            if c.dep_ in ("agent", "prep") and c.lower_ == "by"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if person is None:
            continue
        clauses = [c for c in saying.children if c.dep_ == "ccomp"]
        if clauses:
            first, last = subtree_range(clauses[0])
            span: tuple[int, int] | None = ctx.span(first, last)
        else:
            span = inverted_content(ctx, quoted, person)
        if span is None:
            continue
        auxiliary = next(c for c in quoted.children if c.dep_ == "auxpass")
        voices = [(person, auxiliary.idx, saying.idx + len(saying))]
        voices += [(medium, quoted.idx, quoted.idx + len(quoted)) for medium in by[:1]]
        for subject, cue_start, cue_end in voices:
            voice = _speaker_for(ctx, subject, found)
            if voice is None:
                continue
            yield _Found(
                mention=voice[0],
                speaker=voice[1],
                cue=ctx.text[cue_start:cue_end],
                cue_span=(cue_start, cue_end),
                content_span=span,
                factuality="asserted",
                subject=subject,
            )


def _in_words_candidates(ctx: _Context, found: list[_Found]) -> Iterator[_Found]:
    """Yield "In her words, ..." and "In the words of X, ...": the rest of the sentence."""
    for words in ctx.doc:
        if words.lower_ != "words" or words.head.lower_ != "in" or words.dep_ != "pobj":
            continue
        owner = next((c for c in words.children if c.dep_ == "poss"), None)
        if owner is None:
            of = next((c for c in words.children if c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if owner is None:
            continue
        voice = _speaker_for(ctx, owner, found)
        phrase_end = max(words.right_edge.i, owner.right_edge.i) + 1
        sentence = clip_to_paragraph(ctx, words, words.sent.start, words.sent.end - 1)
        if voice is None or sentence is None or phrase_end > sentence[1]:
            continue
        first = phrase_end + (ctx.doc[phrase_end].text == ",")
        last = sentence[1]
        while last > first and (ctx.doc[last].is_punct or ctx.doc[last].is_space):
            last -= 1
        if first > last:
            continue
        cue_start = words.head.idx
        cue_end = ctx.doc[phrase_end - 1].idx + len(ctx.doc[phrase_end - 1])
        yield _Found(
            mention=voice[0],
            speaker=voice[1],
            cue=ctx.text[cue_start:cue_end],
            cue_span=(cue_start, cue_end),
            content_span=ctx.span(first, last),
            factuality="asserted",
            subject=owner,
        )


_EVIDENCE_VERBS = frozenset({"show", "shows", "suggest", "suggests", "indicate", "indicates"})


def _misparsed_evidence(ctx: _Context, found: list[_Found]) -> Iterator[_Found]:
    """Yield "..., official figures show." where the parser took "show" for a noun."""
    for token in ctx.doc:
        if token.lower_ not in _EVIDENCE_VERBS or token.pos_ in ("VERB", "AUX") or token.i == 0:
            continue
        noun = ctx.doc[token.i - 1]
        after = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
        if not _is_evidence(ctx, noun) or (after is not None and after.text not in ".;!?"):
            continue
        voice = _evidence_owner(ctx, noun, found) or _evidence_owner(ctx, token, found)
        if voice is None:
            continue
        first = noun.i
        while first > token.sent.start and ctx.doc[first - 1].text not in _PARENTHETICAL:
            first -= 1
        start = clip_to_paragraph(ctx, token, token.sent.start, first - 2)
        if start is None or first - 1 <= token.sent.start:
            continue
        yield _Found(
            mention=voice[0],
            speaker=voice[1],
            cue=token.text,
            cue_span=(token.idx, token.idx + len(token)),
            content_span=ctx.span(*start),
            factuality="asserted",
            subject=noun,
        )


def _passive_heads(ctx: _Context) -> Iterator[tuple[Token, Cue, Token]]:
    """Yield (verb, cue, complement) for "are said to have attempted ..."."""
    for verb in ctx.doc:
        if not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        for cue in ctx.cues.lookup("passive", "be"):
            if len(cue.words) != 3 or verb.lemma_.lower() != cue.words[1]:
                continue
            complement = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if complement is not None and any(
                c.lower_ == cue.words[2] for c in complement.children
            ):
                yield verb, cue, complement


def _passive_candidates(ctx: _Context, found: list[_Found]) -> Iterator[_Found]:
    for verb, cue, complement in _passive_heads(ctx):
        if ctx.cues.match(complement, "verb") is not None:
            continue  # "is said to have warned that ...": the warning is the statement
        earlier = [f for f in found if f.cue_span[1] <= verb.idx and not f.dropped]
        if not earlier:
            continue  # no source in sight: the events stage treats it as the outlet's hedge
        source = max(earlier, key=lambda f: f.cue_span[1])
        if len(list(ctx.doc.char_span(source.cue_span[0], verb.idx, "expand") or ())) > 60:
            continue  # the last attribution is too far back to carry over
        tokens = [t for t in complement.subtree if not (t.dep_ == "aux" and t.i <= complement.i)]
        start, end = clause_range(tokens) or (complement.i, complement.i)
        yield _Found(
            mention=source.mention,
            speaker=source.speaker,
            cue=ctx.text[verb.idx : complement.idx].strip() or verb.text,
            cue_span=(verb.idx, verb.idx + len(verb)),
            content_span=ctx.span(start, end),
            factuality=cue.factuality,
        )


def _headline_candidates(ctx: _Context) -> Iterator[_Found]:
    cue = ctx.cues.first("headline", ":")
    if cue is None:
        return
    offset = 0
    lines = 0
    for line in ctx.text.splitlines(keepends=True):
        stripped = line.strip()
        start = offset + len(line) - len(line.lstrip())
        offset += len(line)
        if not stripped:
            continue
        lines += 1
        if lines > _MAX_HEADLINE_LINES:
            return
        match = _HEADLINE.match(stripped.lstrip("#").strip())
        if match is None or len(match.group(1).split()) > 4 or match.group(2)[0] in QUOTE_MARKS:
            continue
        if _speaker_label(match.group(1)):
            continue  # "HIGH REPRESENTATIVE BORRELL: ..." opens a transcript turn, no headline
        head_start = ctx.text.find(match.group(1), start)
        head_end = head_start + len(match.group(1))
        mentions = ctx.actors.within(head_start, head_end)
        if len(mentions) != 1 or mentions[0].end - mentions[0].start < head_end - head_start - 4:
            continue  # the part before the colon must be the actor alone ("Warsaw:")
        content_start = ctx.text.find(match.group(2), head_end)
        yield _Found(
            mention=mentions[0],
            speaker=speaker_from(mentions[0]),
            cue=":",
            cue_span=(head_end, head_end + 1),
            content_span=(content_start, content_start + len(match.group(2))),
            factuality=cue.factuality,
        )


def _speaker_label(head: str) -> bool:
    """Return whether "NAME:" is a transcript speaker label (capitals, more than one word)."""
    words = head.split()
    return len(words) > 1 and all(w.isupper() for w in words if w.isalpha())


def _dateline_end(text: str, start: int) -> int:
    """Return where a content opening with a wire dateline really starts."""
    match = _dateline(text, start)
    if match is None or text[: match.start()].strip():
        return start
    return match.end()


def _dash_candidates(ctx: _Context) -> Iterator[_Found]:
    for quote in ctx.quotes:
        match = _DASH_AFTER.match(ctx.text, quote.end)
        if match is None:
            continue
        cue = ctx.cues.first("dash", match.group(1))
        name = ctx.doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if cue is None or name is None:
            continue
        mention = resolve_speaker(ctx.doc, name.root, ctx.actors)
        if mention is None:
            continue
        yield _Found(
            mention=mention,
            speaker=speaker_from(mention),
            cue=match.group(1),
            cue_span=(match.start(1), match.end(1)),
            content_span=(quote.content_start, quote.content_end),
            factuality=cue.factuality,
            quote=quote,
        )


def _continuations(ctx: _Context, found: list[_Found]) -> Iterator[_Found]:
    """Yield quotations that go on right after an attributed one, as their own statements."""
    used = {f.quote.start for f in found if f.quote is not None}
    for quote in ctx.quotes:
        if quote.start in used:
            continue
        for earlier in found:
            if earlier.quote is None or earlier.dropped or earlier.cue_span[1] > quote.start:
                continue
            if earlier.quote.end > earlier.cue_span[0]:
                continue  # the quotation came after its cue: `X said: "..."`, nothing goes on
            if _ATTRIBUTION_END.match(ctx.text, earlier.cue_span[1], quote.start):
                span = (quote.content_start, quote.content_end)
                factuality = earlier.factuality
                if factuality == _REFUSED and not _refuses(ctx, span):
                    factuality = "asserted"  # the refusal was the first quotation's
                yield dataclasses.replace(
                    earlier, content_span=span, quote=quote, factuality=factuality
                )
                used.add(quote.start)
                break


# ---------------------------------------------------------------------------
# settling


def _same_speaker(a: _Found, b: _Found) -> bool:
    """Same voice: one actor, and not two different named people or outlets."""
    if a.speaker.actor != b.speaker.actor:
        return False
    return a.speaker.name is None or b.speaker.name is None or a.speaker.name == b.speaker.name


def _settle_nesting(ctx: _Context, found: list[_Found]) -> None:
    """Nest statements cued inside another's content; drop a speaker repeating himself."""
    for inner in found:
        for index, outer in enumerate(found):
            if outer is inner or outer.dropped or inner.dropped:
                continue
            start, end = outer.content_span
            if not (start <= inner.cue_span[0] and inner.cue_span[1] <= end):
                continue
            if _answers_back(ctx, inner, outer):
                outer.content_span = (start, inner.content_span[1])  # "Y, which Warsaw denied"
                continue
            first_person = (
                inner.subject is not None
                and inner.subject.pos_ == "PRON"
                and inner.subject.lower_ in _FIRST_PERSON
            )
            if first_person and quote_kind(ctx, *inner.cue_span) == "direct":
                inner.dropped = True  # "We condemn ..." inside the speaker's own quotation
            elif _same_speaker(inner, outer):
                cut = _trailing_clause_start(ctx, outer, inner)
                if cut is None:
                    inner.dropped = True
                else:
                    outer.content_span = (start, cut)
            else:
                if inner.parent is None or _narrower(found[inner.parent], outer):
                    inner.parent = index
                if outer.factuality in ("claimed", "hedged") and inner.factuality == "asserted":
                    inner.factuality = outer.factuality


def _answers_back(ctx: _Context, inner: _Found, outer: _Found) -> bool:
    """Return whether `inner` is a relative reply to the end of `outer`'s content."""
    if not (outer.content_span[0] <= inner.content_span[0] < inner.content_span[1]):
        return False
    if inner.content_span[1] > inner.cue_span[0] or _same_speaker(inner, outer):
        return False
    cue = ctx.doc.char_span(*inner.cue_span, alignment_mode="expand")
    return cue is not None and cue.root.dep_ == "relcl"


def _narrower(a: _Found, b: _Found) -> bool:
    return (b.content_span[1] - b.content_span[0]) < (a.content_span[1] - a.content_span[0])


def _trailing_clause_start(ctx: _Context, outer: _Found, inner: _Found) -> int | None:
    """Return where `, which it claimed ...` starts when it closes the outer content."""
    cue = ctx.doc.char_span(*inner.cue_span, alignment_mode="expand")
    if cue is None:
        return None
    clause = cue.root
    while clause.dep_ not in _TRAILING_DEPS and clause.head != clause:
        if clause.head.idx < outer.content_span[0]:
            return None
        clause = clause.head
    if clause.dep_ not in _TRAILING_DEPS:
        return None
    left = clause.left_edge
    if clause.dep_ == "conj":
        joins = [c for c in clause.head.children if c.dep_ == "cc" and c.i < clause.i]
        if not joins:
            return None
        left = joins[-1]  # "... air support [but ruled out] ..."
        return left.idx if left.idx > outer.content_span[0] else None
    if left.i == 0 or ctx.doc[left.i - 1].text != ",":
        return None
    if clause.right_edge.idx + len(clause.right_edge) < outer.content_span[1] - 2:
        return None
    return ctx.doc[left.i - 1].idx


def _unfinished_tail(doc: Doc) -> int:
    """Return where a report cut off mid-sentence stops making sense (else its length)."""
    sentences = list(doc.sents)
    if len(sentences) < _MIN_SENTENCES_FOR_CUT:
        return len(doc_text(doc))
    last = sentences[-1]
    tail = last.text.rstrip()
    if not tail or tail[-1] in _TERMINAL:
        return len(doc_text(doc))
    paragraph = doc_text(doc).rstrip().rfind("\n") + 1
    return max(last.start_char, paragraph)  # unfinished final sentences are not annotated


def _dedupe(found: list[_Found]) -> list[_Found]:
    seen: set[tuple[int, int, str | None]] = set()
    out = []
    for item in found:
        key = (item.content_span[0], item.content_span[1], item.speaker.actor)
        if item.dropped or key in seen:
            continue
        seen.add(key)
        out.append(item)
    return out


def extract_statements(doc: Doc, *, actors: ActorIndex, cues: CueLexicon) -> list[Statement]:
    """Return every attributed statement of `doc`, ids s1, s2, ... in text order."""
    ctx = _Context(doc, actors, cues)
    found = list(_verb_candidates(ctx))
    found += _dash_candidates(ctx)
    found += _continuations(ctx, found)
    found += _quoted_candidates(ctx, found)
    found += _in_words_candidates(ctx, found)
    found += _misparsed_evidence(ctx, found)
    found += _according_candidates(ctx, found)
    found += _noun_candidates(ctx)
    found += _headline_candidates(ctx)
    found += _passive_candidates(ctx, found)
    for item in found:
        if item.quote is None:
            start, end = item.content_span
            start = min(_dateline_end(ctx.text, start), end)
            item.content_span = trim_content(ctx.text, start, end, ctx.quotes)
    found = [f for f in found if f.content_span[1] - f.content_span[0] >= 3]
    cut_from = _unfinished_tail(doc)
    found = [f for f in found if f.cue_span[0] < cut_from]
    found = _dedupe(found)
    _settle_nesting(ctx, found)
    order = sorted(
        (f for f in found if not f.dropped),
        key=lambda f: (min(f.content_span[0], f.cue_span[0]), f.content_span[0]),
    )
    ids = {id(item): f"s{number}" for number, item in enumerate(order, start=1)}
    statements: list[Statement] = []
    for item in order:
        start, end = item.content_span
        parent = found[item.parent] if item.parent is not None else None
        target = choose_target(
            actors.within(start, end), item.speaker.actor, preferred=item.preferred_target
        )
        previous = statements[-1] if statements else None
        if (
            target is None
            and item.quote is not None
            and previous is not None
            and previous.speaker == item.speaker
            and previous.kind == "direct"
        ):
            target = previous.target  # a quotation going on about the same actor
        kind = quote_kind(ctx, start, end)
        if kind == "direct" and parent is not None and parent.cue_span[0] < item.cue_span[0]:
            kind = "indirect"  # the quoted words are the citing source's, not this speaker's
        statements.append(
            Statement(
                id=ids[id(item)],
                speaker=item.speaker,
                cue=item.cue,
                kind=kind,
                content=ctx.text[start:end],
                content_span=(start, end),
                factuality=item.factuality,
                target=target,
                cue_span=item.cue_span,
                parent=ids.get(id(parent)) if parent is not None else None,
            )
        )
    return statements


__all__ = ["CUE_FILE", "Cue", "CueLexicon", "extract_statements", "load_cue_lexicon"]
