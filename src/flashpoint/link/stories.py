"""Stories: documents about the same developing situation, from text similarity and time.

Each document is a TF-IDF vector (sublinear tf, scikit-learn's English stop words and
tokens, smoothed idf, L2 norm). The document frequencies come from the first `IDF_SAMPLE`
documents of the canonical order (all of them in a smaller corpus): so the similarity of
two documents depends on them and that fixed sample only, never on the rest of the corpus,
and linking a new batch need only compare it with the documents it can reach (see
link/incremental.py). Words the sample never saw weigh as words of one document in it.
Two dated documents are linked when their cosine similarity reaches `STORY_THRESHOLD` and
they were published at most `STORY_WINDOW_DAYS` apart; stories are the connected
components of these links. An undated document joins the story of its most similar dated
document (else of its most similar undated one) if that reaches the threshold, so it can
never bridge two stories. Dated
documents are compared only with documents of their time window (sorted by date, in chunks),
undated ones with all: the cost grows as n times the documents of a window, not n².
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np

from flashpoint.link.model import Story, outlet_of, parse_day
from flashpoint.records import Record

STORY_THRESHOLD = 0.12  # dev: same-situation pairs 0.13-0.30, different situations <= 0.11
STORY_WINDOW_DAYS = 14  # a developing situation is reported on for days, not months apart
CHUNK = 256  # rows per sparse product: bounds memory at CHUNK x window
TOP_TERMS = 8
# documents whose words set the idf: enough for stable weights of common news words, and
# small enough that a growing store soon has it full (then it no longer changes)
IDF_SAMPLE = 500


@dataclass(frozen=True, slots=True)
class IdfModel:
    """Document frequencies of the idf sample: idf = ln((1 + n) / (1 + df)) + 1."""

    documents: int
    df: Mapping[str, int]

    def idf(self, term: str) -> float:
        return math.log((1 + self.documents) / (1 + self.df.get(term, 0))) + 1.0


@lru_cache(maxsize=1)
def _analyzer() -> Callable[[str], list[str]]:
    from sklearn.feature_extraction.text import TfidfVectorizer  # slow import: only when linking

    return TfidfVectorizer(stop_words="english").build_analyzer()  # type: ignore[no-any-return]


def fit_idf(records: Sequence[Record], *, size: int = IDF_SAMPLE) -> IdfModel:
    """Return the idf model of the first `size` records (given in canonical order)."""
    analyze = _analyzer()
    df: Counter[str] = Counter()
    sample = records[: max(1, size)]
    for record in sample:
        df.update(set(analyze(record_text(record))))
    return IdfModel(documents=len(sample), df=dict(df))


def vectorize(records: Sequence[Record], model: IdfModel) -> tuple[Any, list[str]]:
    """Return the L2-normalised TF-IDF rows of the records (CSR) and the column terms.

    None instead of a matrix when no record has a word outside the stop words. A row
    depends on its record and the model only (columns are in term order, whatever the
    other records), so one report gets the same similarities in any batch.
    """
    from sklearn.feature_extraction.text import CountVectorizer

    counter = CountVectorizer(stop_words="english")
    try:
        counts = counter.fit_transform([record_text(r) for r in records]).tocsr()
    except ValueError:  # every text empty or stop words only: no vocabulary
        return None, []
    terms = [str(t) for t in counter.get_feature_names_out()]
    counts.sort_indices()
    weights = counts.astype(np.float64)
    weights.data = 1.0 + np.log(weights.data)
    idf = np.array([model.idf(term) for term in terms])
    weights.data *= idf[weights.indices]
    squares = weights.multiply(weights).sum(axis=1)
    norms = np.sqrt(np.asarray(squares).ravel())
    norms[norms == 0] = 1.0
    weights.data /= np.repeat(norms, np.diff(weights.indptr))
    matrix = weights.astype(np.float32)
    return matrix, terms


def record_text(record: Record) -> str:
    """Return the text a record is compared on (its extracted items if the text is empty)."""
    document = record.document
    if document.text.strip():
        return f"{document.title or ''}\n{document.text}"
    parts = [document.title or ""]
    parts += [s.content for s in record.statements]
    parts += [e.evidence for e in record.events]
    return "\n".join(parts)


class _Union:
    """Union-find over 0..n-1 whose root is always the smallest index."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def group_stories(
    records: Sequence[Record],
    *,
    threshold: float = STORY_THRESHOLD,
    window_days: int = STORY_WINDOW_DAYS,
    idf: IdfModel | None = None,
) -> tuple[Story, ...]:
    """Group records (in canonical order) into stories; return them in order of first member.

    `idf` defaults to the model of these records' own sample; the incremental linker passes
    the model of the whole corpus when it links a part of it.
    """
    n = len(records)
    if n == 0:
        return ()
    matrix, vocabulary = vectorize(records, idf if idf is not None else fit_idf(records))
    days = [parse_day(r.document.published) for r in records]
    union = _Union(n)
    if matrix is not None:
        _link_dated(matrix, days, union, threshold, window_days)
        _link_undated(matrix, days, union, threshold)
    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(union.find(i), []).append(i)
    stories = []
    for root in sorted(members):
        rows = members[root]
        known = sorted(d.isoformat() for d in (days[i] for i in rows) if d is not None)
        terms: tuple[str, ...] = ()
        if matrix is not None and len(vocabulary):
            weights = np.asarray(matrix[rows].sum(axis=0)).ravel()
            top = np.argsort(-weights, kind="stable")[:TOP_TERMS]
            terms = tuple(str(vocabulary[j]) for j in top if weights[j] > 0)
        stories.append(
            Story(
                id="s-" + records[root].document.id,
                documents=tuple(records[i].document.id for i in rows),
                outlets=tuple(dict.fromkeys(outlet_of(records[i].document) for i in rows)),
                first=known[0] if known else None,
                last=known[-1] if known else None,
                titles=tuple(t for t in (records[i].document.title for i in rows) if t),
                terms=terms,
            )
        )
    return tuple(stories)


def _link_dated(
    matrix: object, days: list[date | None], union: _Union, threshold: float, window: int
) -> None:
    """Union dated documents that are similar and published within the window."""
    dated = sorted((d.toordinal(), i) for i, d in enumerate(days) if d is not None)
    if not dated:
        return
    ordinals = np.array([o for o, _ in dated])
    index = np.array([i for _, i in dated])
    sub = matrix[index]  # type: ignore[index]
    for lo in range(0, len(index), CHUNK):
        hi = min(lo + CHUNK, len(index))
        start = int(np.searchsorted(ordinals, ordinals[lo] - window, side="left"))
        sims = (sub[lo:hi] @ sub[start:hi].T).toarray()
        rows, cols = np.nonzero(sims >= threshold)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            a, b = lo + r, start + c
            if b < a and ordinals[a] - ordinals[b] <= window:
                union.union(int(index[a]), int(index[b]))


def _link_undated(matrix: object, days: list[date | None], union: _Union, threshold: float) -> None:
    """Attach each undated document to one story: its most similar dated document's, else
    (no dated document is similar enough) its most similar undated document's.

    Each undated document adds exactly one link, and dated documents add none towards
    undated ones, so one story never holds two stories of dated documents.
    """
    undated = [i for i, d in enumerate(days) if d is None]
    is_dated = np.array([d is not None for d in days])
    for lo in range(0, len(undated), CHUNK):
        chunk = undated[lo : lo + CHUNK]
        sims = (matrix[chunk] @ matrix.T).toarray()  # type: ignore[index, attr-defined]
        for r, i in enumerate(chunk):
            sims[r, i] = -1.0
            dated_sims = np.where(is_dated, sims[r], -1.0)
            best = int(np.argmax(dated_sims))
            if dated_sims[best] < threshold:
                best = int(np.argmax(sims[r]))
            if sims[r, best] >= threshold:
                union.union(i, best)


def story_sizes(stories: Sequence[Story]) -> Counter[int]:
    """Return how many stories have each size (for reports and benchmarks)."""
    return Counter(len(s.documents) for s in stories)


__all__ = [
    "IDF_SAMPLE",
    "STORY_THRESHOLD",
    "STORY_WINDOW_DAYS",
    "IdfModel",
    "fit_idf",
    "group_stories",
    "record_text",
    "story_sizes",
    "vectorize",
]
