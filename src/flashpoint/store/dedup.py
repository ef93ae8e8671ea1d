"""Near-duplicate reports: MinHash signatures over word 5-shingles, looked up through LSH."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from flashpoint.records import normalise_text

NUM_PERM = 128  # datasketch's default; 1 KiB per stored signature
SHINGLE = 5  # words per shingle: long enough that shared boilerplate rarely matches
THRESHOLD = 0.8  # estimated Jaccard at or above which two texts are near duplicates
# named, not left to datasketch's default: stored signatures only compare within one scheme
SCHEME = "affine32"

_WORD = re.compile(r"\w+")


def signature(text: str) -> MinHash | None:
    """Return the MinHash of the text's word 5-shingles (None for a text without words)."""
    words = _WORD.findall(normalise_text(text).casefold())
    if not words:
        return None
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    size = min(SHINGLE, len(words))
    minhash.update_batch(
        " ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)
    )
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    """Return the signature as stored: NUM_PERM little-endian uint32 values."""
    return np.asarray(minhash.hashvalues, dtype="<u4").tobytes()


def from_bytes(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=np.frombuffer(blob, dtype="<u4"))


class NearDuplicateIndex:
    """An LSH index over stored signatures, filled once and kept up to date on insert."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self._lock = threading.Lock()
        self.loaded = False

    def load(self, signatures: Iterable[tuple[str, bytes]]) -> None:
        with self._lock:
            if self.loaded:
                return
            for document_id, blob in signatures:
                self._insert(document_id, from_bytes(blob))
            self.loaded = True

    def add(self, document_id: str, minhash: MinHash) -> None:
        with self._lock:
            if self.loaded:  # else load() reads it from the database later
                self._insert(document_id, minhash)

    def _insert(self, document_id: str, minhash: MinHash) -> None:
        if document_id not in self._lsh:
            self._lsh.insert(document_id, minhash)

    def candidates(self, minhash: MinHash) -> list[str]:
        with self._lock:
            return [str(key) for key in self._lsh.query(minhash)]


__all__ = ["NUM_PERM", "THRESHOLD", "NearDuplicateIndex", "from_bytes", "signature", "to_bytes"]
