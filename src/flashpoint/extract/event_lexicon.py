"""The event trigger lexicon (`data/events.csv`) and its matching against a parsed sentence.

A trigger is a lemma or a lemma sequence with the part of speech of its head word, a PLOVER
type and mode, and conditions on its dependents ("send" is MOBILIZE when its object is a
troop word, AID when it is a weapon word). A second, lower-priority layer comes from the
CAMEO verb classes (`data/event_verbs.csv`, types and modes by CAMEO code from
`data/cameo_plover.csv`): its rows are tried for a word only when no events.csv row for it
holds. The file formats are documented in their headers and in docs/data-files.md ("Event
triggers").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from flashpoint.config import Settings, data_files
from flashpoint.errors import ConfigError
from flashpoint.records import PLOVER_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

LEXICON_FILE = "events.csv"
VERBS_FILE = "event_verbs.csv"  # derived CAMEO verb classes: the lower-priority layer
CAMEO_FILE = "cameo_plover.csv"  # CAMEO code -> PLOVER type and mode
EXPLICIT, DERIVED = 0, 1  # trigger layers: events.csv rows first, then the verb classes
_VERB_POS = ("VERB", "AUX")
_NOUN_POS = ("NOUN", "PROPN")
_CONDITION_KEYS = ("obj", "subj", "mod", "prep", "pred", "dest", "comp")
_FLAGS = (
    "target",
    "plural",
    "place",
    "neg",
    "direct",
    "there",
    "said",
    "person",
    "receiver",
    "owned",
    "bare",
    "clause",
)
# dependents that carry what a trigger acts on or with
_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd", "dative")
_NOUN_OBJECT_DEPS = ("compound", "amod", "nmod", "poss")
_TIME_PREPS = frozenset({"after", "before", "until", "since", "when", "as", "once"})
_COLLECTIVES = frozenset(
    {"group", "number", "crowd", "column", "convoy", "dozens", "hundreds", "thousands", "team",
     "detachment", "euro", "dollar", "pound", "million", "billion", "package", "shipment",
     "batch", "tranche", "consignment", "worth", "most", "many", "some", "half", "majority",
     "rest", "several", "all", "none", "part"}
)  # fmt: skip
# "used logs to break the fence": the object is the means, the subject still acts
_INSTRUMENT_VERBS = frozenset({"use", "employ", "utilise", "utilize", "take", "bring"})
_MOD_DEPS = ("amod", "compound", "advmod", "nmod", "npadvmod", "acomp")
# nouns of intent whose "by"/"of" object or possessor does the infinitive after them
PLAN_NOUNS = frozenset(
    {"policy", "plan", "campaign", "strategy", "attempt", "effort", "bid", "scheme", "plot",
     "drive", "push", "ploy", "tactic", "operation", "project", "decision", "intention",
     "aim", "goal", "move", "programme", "program"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Condition:
    """One test on a trigger's dependents: `obj=@troops`, `!prep=from`, ..."""

    key: str  # obj | subj | mod | prep
    words: frozenset[str]
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of the lexicon: a word sequence that reports a PLOVER type (and mode)."""

    words: tuple[str, ...]
    pos: str  # V | N | *
    type: str
    mode: str | None
    conditions: tuple[Condition, ...] = ()
    needs_target: bool = False
    plural: bool = False
    place_target: bool = False  # the target is where the act points, not its object
    negative: bool = False  # the trigger is negated by meaning ("will not tolerate")
    direct: bool = False  # the target must be the direct object ("warned Moscow")
    existential: bool = False  # "there are 90,000 troops near ...": the verb has "there"
    said: bool = False  # a speaker's charge against the subject ("Minsk wants to provoke")
    person: bool = False  # the doer is a person or a government, not troops or vehicles
    receiver: bool = False  # the subject receives: the giver is the "from" object or owner
    owned: bool = False  # the noun has a possessor or a "by" doer ("Lukashenko's threat")
    bare: bool = False  # one named object and no complement ("called Lukashenko")
    clause: bool = False  # an infinitive clause with its own subject ("wants Minsk to stop")
    layer: int = EXPLICIT  # DERIVED: a CAMEO verb-class row, tried after every explicit one
    cameo: str | None = None  # the CAMEO code of a derived row


class EventLexicon:
    """Trigger verbs and nouns for each PLOVER type and mode (data file)."""

    def __init__(
        self, triggers: Iterable[Trigger] = (), classes: dict[str, frozenset[str]] | None = None
    ) -> None:
        self.triggers = list(triggers)
        self.classes = dict(classes or {})
        self._by_first: dict[str, list[Trigger]] = {}
        for trigger in self.triggers:
            self._by_first.setdefault(trigger.words[0], []).append(trigger)
        for rows in self._by_first.values():  # explicit rows first; longest, then file order
            rows.sort(key=_priority)

    def candidates(self, first: str) -> list[Trigger]:
        """Return the triggers whose first word is `first`, longest first."""
        return self._by_first.get(first, [])


def _priority(trigger: Trigger) -> tuple[int, int]:
    """Sort key of a word's candidate triggers: the layer, then the longest phrase."""
    return trigger.layer, -len(trigger.words)


def _variants(phrase: str) -> list[tuple[str, ...]]:
    """Spell a trigger phrase every way the tokenizer may split it ("build-up", "buildup")."""
    words = phrase.split()
    out: list[list[str]] = [[]]
    for word in words:
        if "-" in word and word.strip("-"):
            parts = [p for p in word.split("-") if p]
            options = [["".join(parts)], parts, [x for p in parts for x in (p, "-")][:-1]]
        else:
            options = [[word]]
        out = [prefix + option for prefix in out for option in options]
    unique: list[tuple[str, ...]] = []
    for variant in out:
        if tuple(variant) not in unique:
            unique.append(tuple(variant))
    return unique


def _parse_when(
    text: str, classes: dict[str, frozenset[str]], where: str
) -> tuple[tuple[Condition, ...], frozenset[str]]:
    conditions: list[Condition] = []
    flags: set[str] = set()
    for part in text.split():
        if part in _FLAGS:
            flags.add(part)
            continue
        negated = part.startswith("!")
        key, sep, value = part.lstrip("!").partition("=")
        if not sep or key not in _CONDITION_KEYS or not value:
            raise ConfigError(f"{where}: bad condition {part!r}")
        words: set[str] = set()
        for item in value.split("|"):  # words and @classes, in any mix: "@backing|support"
            if item.startswith("@"):
                if item[1:] not in classes:
                    raise ConfigError(f"{where}: unknown word class {item!r}")
                words |= classes[item[1:]]
            elif item:
                words.add(item)
        conditions.append(Condition(key, frozenset(words), negated))
    return tuple(conditions), frozenset(flags)


def _read_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the event lexicon ({exc.strerror})") from exc
    lines = [line if not line.lstrip().startswith("#") else "" for line in text.splitlines()]
    for number, row in enumerate(csv.reader(io.StringIO("\n".join(lines))), 1):
        if row and any(cell.strip() for cell in row):
            yield number, [cell.strip() for cell in row] + [""] * (5 - len(row))


def _trigger_rows(
    where: str,
    phrase: str,
    pos: str,
    type_: str,
    mode: str | None,
    when: str,
    classes: dict[str, frozenset[str]],
    *,
    layer: int = EXPLICIT,
    cameo: str | None = None,
) -> list[Trigger]:
    """The triggers of one lexicon row, one per spelling of its phrase."""
    if type_ not in PLOVER_TYPES:
        raise ConfigError(f"{where}: unknown PLOVER type {type_!r}")
    if pos not in ("V", "N", "*", "A"):
        raise ConfigError(f"{where}: part of speech must be V, N, A or *, not {pos!r}")
    conditions, flags = _parse_when(when, classes, where)
    return [
        Trigger(
            words, pos, type_, mode or None, conditions,
            needs_target="target" in flags,
            plural="plural" in flags,
            place_target="place" in flags,
            negative="neg" in flags,
            direct="direct" in flags,
            existential="there" in flags,
            said="said" in flags,
            person="person" in flags,
            receiver="receiver" in flags,
            owned="owned" in flags,
            bare="bare" in flags,
            clause="clause" in flags,
            layer=layer,
            cameo=cameo,
        )
        for words in _variants(phrase.lower())
    ]  # fmt: skip


def parse_cameo_table(paths: Iterable[Path]) -> dict[str, tuple[str | None, str | None]]:
    """Read CAMEO code -> (PLOVER type, mode) tables; later files replace a code's row."""
    table: dict[str, tuple[str | None, str | None]] = {}
    for path in paths:
        for number, row in _read_rows(path):
            code, type_, mode = row[0], row[1] or None, row[2] or None
            if not code.isdigit():
                raise ConfigError(f"{path}:{number}: a CAMEO code is digits, not {code!r}")
            if type_ is not None and type_ not in PLOVER_TYPES:
                raise ConfigError(f"{path}:{number}: unknown PLOVER type {type_!r}")
            table[code] = (type_, mode)
    return table


def cameo_plover(
    code: str, table: dict[str, tuple[str | None, str | None]]
) -> tuple[str | None, str | None] | None:
    """The PLOVER type and mode of a CAMEO code, by its longest listed prefix (1056 -> 105)."""
    for size in range(len(code), 1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return None


def parse_verb_classes(
    paths: Iterable[Path],
    classes: dict[str, frozenset[str]],
    cameo: dict[str, tuple[str | None, str | None]],
) -> list[Trigger]:
    """Read derived verb-class files (`class,lemma,pos,cameo,type,mode,when,note`): the
    lower-priority layer. An empty type takes the CAMEO code's type and mode; a type of
    `-` drops the rows of that lemma and part of speech read so far."""
    rows: list[tuple[str, str, list[Trigger]]] = []
    for path in paths:
        for number, cells in _read_rows(path):
            where = f"{path}:{number}"
            cells = cells + [""] * (8 - len(cells))
            _, phrase, pos, code, type_, mode, when = cells[:7]
            if not phrase:
                raise ConfigError(f"{where}: a verb-class row needs a lemma")
            if type_ == "-":
                rows = [r for r in rows if (r[0], r[1]) != (phrase.lower(), pos)]
                continue
            mapped = cameo_plover(code, cameo) if code else None
            if code and mapped is None:
                raise ConfigError(f"{where}: CAMEO code {code!r} is not in {CAMEO_FILE}")
            if not type_:
                if mapped is None or mapped[0] is None:
                    raise ConfigError(f"{where}: no PLOVER type for CAMEO code {code!r}")
                type_, mode = mapped[0], mapped[1] or ""
            triggers = _trigger_rows(
                where, phrase, pos, type_, mode or None, when, classes,
                layer=DERIVED, cameo=code or None,
            )  # fmt: skip
            rows.append((phrase.lower(), pos, triggers))
    return [t for _, _, triggers in rows for t in triggers]


def parse_lexicon(
    paths: Iterable[Path],
    *,
    verb_paths: Iterable[Path] = (),
    cameo_paths: Iterable[Path] = (),
) -> EventLexicon:
    """Read lexicon files in order; later files add triggers and classes (user overrides).
    Derived verb-class files (`verb_paths`, coded by the `cameo_paths` tables) add a
    lower-priority layer that may use the lexicon's word classes."""
    classes: dict[str, frozenset[str]] = {}
    pending: list[tuple[str, list[str]]] = []
    for path in paths:
        for number, row in _read_rows(path):
            where = f"{path}:{number}"
            if row[1] == "CLASS":
                classes[row[0].lower()] = frozenset(row[4].lower().split())
            else:
                pending.append((where, row))
    triggers: list[Trigger] = []
    for where, row in pending:
        phrase, pos, type_, mode, when = row[:5]
        triggers += _trigger_rows(where, phrase, pos, type_, mode or None, when, classes)
    verb_paths = list(verb_paths)
    if verb_paths:
        table = parse_cameo_table(cameo_paths)
        triggers += parse_verb_classes(verb_paths, classes, table)
    return EventLexicon(triggers, classes)


_LEXICONS: dict[tuple[str, ...], EventLexicon] = {}


def load_event_lexicon(settings: Settings | None = None) -> EventLexicon:
    """Load the shipped event lexicon and verb classes, extended by the user's (once per
    data path)."""
    paths = data_files(LEXICON_FILE, settings)
    verbs = data_files(VERBS_FILE, settings)
    cameo = data_files(CAMEO_FILE, settings)
    key = tuple(str(p) for p in (*paths, "|", *verbs, "|", *cameo))
    if key not in _LEXICONS:
        _LEXICONS[key] = parse_lexicon(paths, verb_paths=verbs, cameo_paths=cameo)
    return _LEXICONS[key]


# ---------------------------------------------------------------------------
# matching


def forms(token: Token) -> set[str]:
    """Return the lower-cased lemma and surface form of a token."""
    return {token.lemma_.lower(), token.lower_}


def in_class(token: Token, words: frozenset[str]) -> bool:
    """Whether the token's lemma or form is in a word class (entries ending in * are prefixes)."""
    for form in forms(token):
        if form in words:
            return True
        if any(w.endswith("*") and form.startswith(w[:-1]) for w in words):
            return True
    return False


def subject_of(token: Token) -> Token | None:
    """Return the token that does what `token` (a verb or participle) says, from the parse."""
    seen = 0
    climbed = False  # a participle or infinitive takes its head's passive subject too
    while seen < 8:
        seen += 1
        subject_deps = ("nsubj", "csubj", "nsubjpass") if climbed else ("nsubj", "csubj")
        for child in token.children:
            if child.dep_ in subject_deps:
                if child.lower_ in ("which", "that", "who") and token.dep_ == "relcl":
                    return token.head
                return child
        for child in token.children:
            if child.dep_ == "agent":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if infinitive and token.dep_ != "acl" and (planner := _plan_doer(token)) is not None:
            return planner  # "a policy by Lukashenko to destabilise", parsed off the noun
        if token.dep_ == "acl" and infinitive and token.head.pos_ in _NOUN_POS:
            # "a policy by Lukashenko to destabilise ...": the noun's own "by" doer
            for prep in token.head.children:
                if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i < token.i:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return pobj
            # "has no plans to send", "proposals to deploy": the doer of the noun's verb
            noun = token.head
            for _ in range(4):
                if noun.dep_ not in ("dobj", "pobj", "prep", "attr", "appos"):
                    break
                noun = noun.head
            if noun.pos_ in _VERB_POS:
                climbed, token = True, noun
                continue
            return token.head
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) or (
            token.dep_ == "acl" and token.tag_ == "VBN"
        )
        if token.dep_ in ("acl", "relcl") and passive and token.head.pos_ in _NOUN_POS:
            # "seekers who are then driven to the border": the noun is the patient; the doer
            # is whoever acts on the noun ("luring in asylum seekers who are then driven")
            noun = token.head
            if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in _VERB_POS:
                climbed, token = True, noun.head
                continue
            return None
        if token.dep_ in ("acl", "relcl") and token.head.pos_ in (*_NOUN_POS, "PRON"):
            return token.head
        if token.dep_ == "advcl":
            # "retreated after Polish troops arrived", parsed as "after [troops]" + "arrived"
            for prep in token.head.children:
                if prep.dep_ == "prep" and prep.i < token.i and prep.lower_ in _TIME_PREPS:
                    pobjs = [g for g in prep.children if g.dep_ == "pobj"]
                    if pobjs and max(t.i for t in pobjs[0].subtree) == token.i - 1:
                        return pobjs[0]
        if token.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for c in token.children):
            return None  # "before a peace deal is signed": its own (unnamed) doer
        if token.dep_ in ("xcomp", "conj", "advcl", "acomp"):
            if token.dep_ == "xcomp" and token.head.lemma_.lower() not in _INSTRUMENT_VERBS:
                objects = [c for c in token.head.children if c.dep_ == "dobj"]
                if objects:
                    return objects[0]
            climbed = token.dep_ != "conj"
            token = token.head
            continue
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            verb = token.head.head
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if token.head.lower_ in ("of", "with", "for") and objects:
                return objects[0]  # "accused Minsk of organising", "charged it with"
            token = verb
            continue
        if token.dep_ == "pcomp" and token.head.head.i != token.head.i:
            token = token.head.head  # "..., as well as issuing a note": the main verb's
            continue
        return None
    return None


def _plan_doer(verb: Token) -> Token | None:
    """The doer of a plan noun an infinitive follows though the parse hung it elsewhere
    ("a deliberate policy by Lukashenko to destabilise", "Moscow's attempt to split the
    EU"): the noun's possessor or its "by"/"of" object."""
    left = verb.left_edge
    if left.i == 0:
        return None
    token = verb.doc[left.i - 1]  # the word before "to"
    for _ in range(5):
        if token.lemma_.lower() in PLAN_NOUNS and token.pos_ in _NOUN_POS:
            break
        if token.dep_ not in ("pobj", "prep", "compound", "appos", "flat", "poss", "nmod"):
            return None
        token = token.head
    else:
        return None
    if token.i >= verb.i:
        return None
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "of"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() not in PLAN_NOUNS:
                return pobj
    return None


def objects_of(token: Token) -> list[Token]:
    """Return the tokens a trigger acts on or with: objects, "of" objects, noun modifiers."""
    out: list[Token] = []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    if token.dep_ == "acl" and token.tag_ == "VBN":
        out.append(token.head)  # "forces positioned near the border": the forces
    for child in token.children:
        if child.dep_ in _OBJECT_DEPS and (child.dep_ != "nsubjpass" or passive):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "with", "from", "in"):
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif token.pos_ in _NOUN_POS and child.dep_ in _NOUN_OBJECT_DEPS:
            out.append(child)
    for index, item in enumerate(out):
        if item.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
            out[index] = token.head  # "seekers who are then driven": the seekers
        elif item.lemma_.lower() in _COLLECTIVES:  # "a group of 250 migrants"
            out.extend(
                g for c in item.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"
            )  # fmt: skip
    for item in list(out):
        out.extend(c for c in item.conjuncts if c not in out)
        out.extend(c for c in item.children if c.dep_ == "compound" and c not in out)
    return out


def predicates_of(token: Token) -> list[Token]:
    """Return what a trigger says its object is or is like: "described X as a provocation",
    "called them a lie", "treated us like smugglers" (the nouns and their modifiers)."""
    heads: list[Token] = []
    for child in token.children:
        if child.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "attr"):
            heads.append(child)
            heads.extend(g for g in child.children if g.dep_ in ("attr", "dobj", "oprd"))
        elif child.dep_ == "prep" and child.lower_ in ("as", "like"):
            heads.extend(g for g in child.children if g.dep_ in ("pobj", "amod", "acomp", "pcomp"))
        elif child.dep_ in ("dobj", "npadvmod") and any(
            c.dep_ == "dobj" and c.i < child.i for c in token.children
        ):
            # "branded the decision a provocation": the second object (also when the parser
            # takes it for an adverbial noun: "branded the report a fabrication")
            heads.append(child)
        elif child.dep_ == "dobj":
            for grand in child.children:  # "described such plans as ...", parsed under the object
                if grand.dep_ == "prep" and grand.lower_ in ("as", "like"):
                    heads.extend(g for g in grand.children if g.dep_ == "pobj")
    out: list[Token] = []
    for item in heads:
        out.append(item)
        out.extend(c for c in item.children if c.dep_ in ("amod", "compound", "pobj"))
        out.extend(g for c in item.children if c.dep_ == "prep" for g in c.children)
    return out


def _has_prep(token: Token, words: frozenset[str]) -> bool:
    holders = [token] + [c for c in token.children if c.dep_ == "dobj"]
    if token.dep_ == "dobj":
        holders.append(token.head)  # "carried out drills with Belarus"
    for holder in holders:  # "has troops in Ukraine": the object's preposition too
        if any(
            c.dep_ in ("prep", "agent", "prt", "dative") and c.lower_ in words
            for c in holder.children
        ):
            return True
    return token.dep_ == "pobj" and token.head.lower_ in words


_DEST_PREPS = frozenset({"to", "into", "across", "over", "onto", "toward", "towards"})


def destinations_of(token: Token) -> list[Token]:
    """Where an act moves its object: "took them to the Belarusian side" -> [side]; also
    under an adverb the parser hung it on ("drove them back to ...", "took them, barefoot,
    to ...")."""
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "advmod", "npadvmod")]
    return [
        pobj
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in _DEST_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _bare_object(token: Token) -> bool:
    """Whether a verb's only object is a name (or pronoun) and it has no complement."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "oprd", "attr", "dative")]
    if len(objects) != 1 or objects[0].pos_ not in ("PROPN", "PRON"):
        return False
    return not any(
        c.dep_ in ("xcomp", "ccomp", "acomp") or (c.dep_ == "prep" and c.lower_ in ("as", "like"))
        for c in token.children
    )


def _negated(token: Token) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    return token.dep_ == "xcomp" and any(c.dep_ == "neg" for c in token.head.children)


def _infinitives(head: Token) -> list[Token]:
    """The infinitives a verb governs: "declined to send" (xcomp), "wants Minsk to stop"
    (an infinitive clause with its own subject, parsed as ccomp)."""
    return [
        c
        for c in head.children
        if c.pos_ in _VERB_POS
        and (
            c.dep_ == "xcomp"
            or (
                c.dep_ == "ccomp"
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                and any(g.dep_ == "nsubj" for g in c.children)
            )
        )
    ]


def _phrase_objects(trigger: Trigger, head: Token) -> list[Token]:
    """The object of a phrasal verb ending in a preposition ("paid for 200 drones" ->
    drones): the object of that preposition, with its conjuncts."""
    if len(trigger.words) < 2:
        return []
    last = trigger.words[-1]
    out = [
        g
        for c in head.children
        if c.dep_ in ("prep", "prt") and last in forms(c)
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return out + [c for item in out for c in item.conjuncts]


def conditions_hold(trigger: Trigger, head: Token, lexicon: EventLexicon) -> bool:
    """Whether a matched trigger's conditions hold for its head word."""
    if trigger.plural and head.tag_ not in ("NNS", "NNPS") and head.lower_ == head.lemma_.lower():
        return False
    if trigger.negative and not _negated(head):
        return False
    if trigger.existential and not any(c.dep_ == "expl" for c in head.children):
        return False
    if trigger.clause and not any(v.dep_ == "ccomp" for v in _infinitives(head)):
        return False  # "expects Washington to reply", not "expects to reply" or "expects that"
    if trigger.bare and not _bare_object(head):
        return False  # "called Lukashenko", not "called the EU's decision a mistake"
    if trigger.owned and not any(
        (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in head.children
    ):
        return False  # "Lukashenko's threat to cut supplies", not "the threat on the border"
    if trigger.direct and not (
        any(c.dep_ == "nsubj" for c in head.children)
        and any(c.dep_ in ("dobj", "dative") for c in head.children)
    ):
        return False  # "warned Moscow", not "warning that Moscow could ..." nor "..., warns US"
    for condition in trigger.conditions:
        if condition.key == "obj":
            objects = objects_of(head) + _phrase_objects(trigger, head)
            result = any(in_class(t, condition.words) for t in objects)
        elif condition.key == "subj":
            subject = subject_of(head)
            result = subject is not None and in_class(subject, condition.words)
        elif condition.key == "pred":
            result = any(in_class(t, condition.words) for t in predicates_of(head))
        elif condition.key == "dest":
            result = any(in_class(t, condition.words) for t in destinations_of(head))
        elif condition.key == "comp":
            # the infinitive the trigger governs ("declined to send"); negated: it has one,
            # and not one of these ("declined to comment" is no refusal of an act)
            verbs = _infinitives(head)
            if not verbs:
                return False
            result = any(in_class(v, condition.words) for v in verbs)
        elif condition.key == "mod":
            result = any(
                c.dep_ in _MOD_DEPS and in_class(c, condition.words) for c in head.children
            )
        else:
            result = _has_prep(head, condition.words)
        if result == condition.negated:
            return False
    return True


@dataclass(frozen=True, slots=True)
class Match:
    """A trigger found in a sentence: its entry, its head token and its tokens."""

    trigger: Trigger
    head: Token
    start: int  # token index of the first and past-the-last token in the doc
    end: int


def _pos_ok(pos: str, token: Token) -> bool:
    if pos == "A":  # a modal of obligation ("should") or "need to" with its verb
        if token.dep_ == "aux" and token.tag_ == "MD":
            return token.head.pos_ in _VERB_POS
        return token.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in token.children)
    if pos == "V":
        return token.pos_ in _VERB_POS or token.tag_ in ("VBN", "VBG")
    if pos == "N":
        return token.pos_ in _NOUN_POS
    return token.pos_ in _VERB_POS + _NOUN_POS


def _head_of(tokens: list[Token]) -> Token:
    indices = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in indices or token.head.i == token.i:
            return token
    return tokens[0]


def _phrase_at(sent: Span, index: int, words: tuple[str, ...]) -> list[Token] | None:
    doc = sent.doc
    tokens: list[Token] = []
    i = index
    for word in words:
        if i >= sent.end:
            return None
        if word not in forms(doc[i]):
            return None
        tokens.append(doc[i])
        i += 1
    return tokens


def _split_particle(token: Token, words: tuple[str, ...]) -> list[Token] | None:
    """A verb and its particle apart ("pushed them back"): the particle as a dependent."""
    if len(words) != 2:
        return None
    for child in token.children:
        if child.dep_ in ("prt", "prep", "advmod") and words[1] in forms(child):
            if child.dep_ == "prep" and any(g.dep_ == "pobj" for g in child.children):
                continue  # "called Lukashenko on Monday": a preposition, not "call on"
            return [token, child]
    return None


def find_triggers(sent: Span, lexicon: EventLexicon) -> list[Match]:
    """Return the triggers of a sentence whose conditions hold, one per head token."""
    found: dict[int, Match] = {}
    used: set[int] = set()
    for token in sent:
        if token.i in used:
            continue
        for trigger in _candidates_for(token, lexicon):
            tokens = _phrase_at(sent, token.i, trigger.words)
            if tokens is None and trigger.pos != "N":
                tokens = _split_particle(token, trigger.words)
            if tokens is None:
                continue
            head = _head_of(tokens)
            if not _pos_ok(trigger.pos, head) or head.i in found:
                continue
            if not conditions_hold(trigger, head, lexicon):
                continue
            found[head.i] = Match(trigger, head, tokens[0].i, tokens[-1].i + 1)
            used.update(t.i for t in tokens)
            break
    return sorted(found.values(), key=lambda m: m.start)


def _candidates_for(token: Token, lexicon: EventLexicon) -> list[Trigger]:
    lemma, lower = token.lemma_.lower(), token.lower_
    by_lemma = lexicon.candidates(lemma)
    by_form = lexicon.candidates(lower) if lower != lemma else []
    if not by_form:
        return by_lemma  # already longest first (most tokens: no trigger at all)
    out: list[Trigger] = list(by_lemma)
    for trigger in by_form:
        if trigger not in out:
            out.append(trigger)
    out.sort(key=_priority)
    return out


__all__ = [
    "CAMEO_FILE",
    "DERIVED",
    "EXPLICIT",
    "VERBS_FILE",
    "EventLexicon",
    "Match",
    "Trigger",
    "cameo_plover",
    "destinations_of",
    "find_triggers",
    "load_event_lexicon",
    "objects_of",
    "parse_cameo_table",
    "parse_lexicon",
    "parse_verb_classes",
    "predicates_of",
    "subject_of",
]
