"""Near-duplicate reports: MinHash signatures over word 5-shingles, looked up through LSH.

The LSH bands are datasketch's for THRESHOLD and NUM_PERM (9 bands of 13 values); each band
is stored as a 64-bit hash in the `minhash_bands` table, so a lookup is one index probe per
band and candidates sharing a band are then checked on their full signatures.
"""

from __future__ import annotations

import functools
import hashlib
import re

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


@functools.lru_cache(maxsize=1)
def _bands() -> tuple[tuple[int, int], ...]:
    """(start, end) of each band: datasketch's optimal split for THRESHOLD and NUM_PERM."""
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return tuple((i * lsh.r, (i + 1) * lsh.r) for i in range(lsh.b))


def band_keys(minhash: MinHash) -> list[tuple[int, int]]:
    """Return (band, key) for each LSH band of a signature; key is a signed 64-bit hash.

    Two signatures that agree on every value of a band get the same key; an unrelated
    collision only adds a candidate, which the full-signature check then drops.
    """
    values = np.asarray(minhash.hashvalues, dtype="<u4")
    return [
        (
            band,
            int.from_bytes(
                hashlib.blake2b(values[start:end].tobytes(), digest_size=8).digest(),
                "little",
                signed=True,
            ),
        )
        for band, (start, end) in enumerate(_bands())
    ]


def band_rows(document_id: str, minhash: MinHash) -> list[dict[str, object]]:
    """The `minhash_bands` rows of one document's signature."""
    return [
        {"document_id": document_id, "band": band, "key": key} for band, key in band_keys(minhash)
    ]


__all__ = ["NUM_PERM", "THRESHOLD", "band_keys", "band_rows", "from_bytes", "signature", "to_bytes"]
