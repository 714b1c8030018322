"""Near-duplicate articles: the same wire story republished with small edits.

Method: MinHash over word shingles with locality-sensitive hashing (Broder 1997,
"On the resemblance and containment of documents"; Leskovec, Rajaraman & Ullman,
*Mining of Massive Datasets*, ch. 3), via ``datasketch``. Text is lower-cased and cut
into words; every run of ``SHINGLE`` (3) consecutive words is one shingle. Two articles
are near-duplicates when the estimated Jaccard similarity of their shingle sets is at
least ``THRESHOLD`` (0.8): a 500-word story with a rewritten lede and a changed byline
stays above it; two different stories on the same topic (sharing names and stock
phrases) fall far below it. The LSH index (``NUM_PERM`` 128 permutations) proposes
candidates; each candidate is confirmed by its estimated Jaccard before it counts.
The false-merge rate on ``tests/data/corpus/dedup`` is reported in docs/store.md.

A near-duplicate is not deleted: it is stored with ``duplicate_of`` = the id of the
first-seen article of its group, and only first-seen articles are indexed, so a chain
of small edits cannot drift far from the original.
"""
from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE = 3
THRESHOLD = 0.8
NUM_PERM = 128
SEED = 1
# datasketch's hashing scheme, fixed so stored signatures stay comparable across versions.
SCHEME = "affine32"
WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


class NearDuplicates:
    """An in-memory LSH index of first-seen articles (rebuilt from the store's signatures)."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        self.threshold = threshold
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.signatures: dict[str, MinHash] = {}
        self.order: dict[str, int] = {}

    def signature(self, text: str) -> MinHash:
        mh = MinHash(num_perm=self.num_perm, seed=SEED, scheme=SCHEME)
        sh = shingles(text)
        if sh:
            mh.update_batch(list(sh))
        return mh

    def to_bytes(self, mh: MinHash) -> bytes:
        return np.asarray(mh.hashvalues, dtype="<u8").tobytes()

    def from_bytes(self, data: bytes) -> MinHash:
        return MinHash(num_perm=self.num_perm, seed=SEED, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype="<u8").astype(np.uint64))

    def first_match(self, mh: MinHash, exclude: str | None = None) -> str | None:
        """The earliest indexed article whose estimated Jaccard with ``mh`` reaches the threshold."""
        best = None
        for key in self.lsh.query(mh):
            if key == exclude or key not in self.signatures:
                continue
            if mh.jaccard(self.signatures[key]) >= self.threshold:
                if best is None or self.order[key] < self.order[best]:
                    best = key
        return best

    def add(self, key: str, mh: MinHash) -> None:
        if key in self.signatures:
            return
        self.lsh.insert(key, mh)
        self.signatures[key] = mh
        self.order[key] = len(self.order)

    def __len__(self) -> int:
        return len(self.signatures)
