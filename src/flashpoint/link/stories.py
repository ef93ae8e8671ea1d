"""Stories: documents about the same developing situation, from text similarity and time.

Each document is a TF-IDF vector (scikit-learn, sublinear tf, English stop words, L2 norm).
Two dated documents are linked when their cosine similarity reaches `STORY_THRESHOLD` and
they were published at most `STORY_WINDOW_DAYS` apart; stories are the connected
components of these links. An undated document joins the story of its most similar dated
document (else of its most similar undated one) if that reaches the threshold, so it can
never bridge two stories. Dated
documents are compared only with documents of their time window (sorted by date, in chunks),
undated ones with all: the cost grows as n times the documents of a window, not n².
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

import numpy as np

from flashpoint.link.model import Story, outlet_of, parse_day
from flashpoint.records import Record

STORY_THRESHOLD = 0.12  # dev: same-situation pairs 0.13-0.30, different situations <= 0.11
STORY_WINDOW_DAYS = 14  # a developing situation is reported on for days, not months apart
CHUNK = 256  # rows per sparse product: bounds memory at CHUNK x window
TOP_TERMS = 8


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
) -> tuple[Story, ...]:
    """Group records (in canonical order) into stories; return them in order of first member."""
    n = len(records)
    if n == 0:
        return ()
    from sklearn.feature_extraction.text import TfidfVectorizer  # slow import: only when linking

    texts = [record_text(r) for r in records]
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", dtype=np.float32)
    try:
        matrix = vectorizer.fit_transform(texts).tocsr()
        vocabulary = vectorizer.get_feature_names_out()
    except ValueError:  # every text empty or stop words only: no vocabulary
        matrix, vocabulary = None, np.array([], dtype=object)
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


__all__ = ["STORY_THRESHOLD", "STORY_WINDOW_DAYS", "group_stories", "record_text", "story_sizes"]
