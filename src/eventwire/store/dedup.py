"""Near-duplicate articles: the same wire story republished with small edits.

Method: MinHash over word shingles with locality-sensitive hashing (Broder 1997,
"On the resemblance and containment of documents"; Leskovec, Rajaraman & Ullman,
*Mining of Massive Datasets*, ch. 3), datasketch 2's "affine32" MinHash in numpy. Text is lower-cased and cut
into words; every run of ``SHINGLE`` (3) consecutive words is one shingle. Two articles
are near-duplicates when the estimated Jaccard similarity of their shingle sets is at
least ``THRESHOLD``. The usual 0.8 suits long documents; wire briefs are short (100-300
words), where a republisher's four or five edits (dateline, byline, a changed word, a
trimmed last paragraph, a tagline) already pull a true copy down to 0.65-0.9, while the
hardest different stories (follow-ups that reuse the wire's background paragraphs
verbatim) stay under 0.4. ``THRESHOLD`` = 0.6 sits between the two with a margin on
both sides (see the sweep in docs/store.md; the pairs also informed the choice, so
treat the recall there as optimistic). The LSH index (``NUM_PERM`` 128 permutations)
proposes candidates; each is confirmed by its estimated Jaccard before it counts.
The false-merge rate on ``tests/data/corpus/dedup`` is reported in docs/store.md.

A near-duplicate is not deleted: it is stored with ``duplicate_of`` = the id of the
first-seen article of its group, and only first-seen articles are indexed, so a chain
of small edits cannot drift far from the original.
"""
from __future__ import annotations

import hashlib
import re
import struct

import numpy as np

SHINGLE = 3
THRESHOLD = 0.6
NUM_PERM = 128
SEED = 1
# LSH bands x rows for THRESHOLD 0.6 and 128 permutations: the (b, r) datasketch's
# MinHashLSH chooses (it integrates false-positive and false-negative probabilities).
BANDS, ROWS = 18, 7
WORD = re.compile(r"\w+", re.UNICODE)
MAX32 = np.uint32(0xFFFFFFFF)


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Odd multipliers and offsets of the affine maps h -> a*h + b mod 2^32, drawn exactly
    as datasketch 2's "affine32" scheme draws them, so stored signatures stay comparable."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (a bijection that spreads the input hashes)."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


class NearDuplicates:
    """An in-memory LSH index of first-seen articles (rebuilt from the store's signatures).

    A signature is ``NUM_PERM`` uint32 minima of affine permutations of the SHA-1 (first 4
    bytes, little-endian) of each shingle, pre-mixed with MurmurHash3's finalizer: the
    "affine32" MinHash of datasketch 2, computed here with numpy so the core install does
    not need scipy (which datasketch's LSH imports); tests pin the values."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        self.threshold = threshold
        self.num_perm = num_perm
        self.a, self.b = _permutations(num_perm, SEED)
        self.tables: list[dict[bytes, list[str]]] = [{} for _ in range(BANDS)]
        self.signatures: dict[str, np.ndarray] = {}
        self.order: dict[str, int] = {}

    def signature(self, text: str) -> np.ndarray:
        sh = shingles(text)
        if not sh:
            return np.full(self.num_perm, MAX32, dtype=np.uint32)
        hv = np.array([struct.unpack("<I", hashlib.sha1(s).digest()[:4])[0] for s in sh], dtype=np.uint32)
        with np.errstate(over="ignore"):  # wrapping multiplication is the modulo 2^32
            phv = _fmix32(hv.reshape(-1, 1)) * self.a + self.b
        return phv.min(axis=0).astype(np.uint32)

    def to_bytes(self, sig: np.ndarray) -> bytes:
        return np.asarray(sig, dtype="<u8").tobytes()

    def from_bytes(self, data: bytes) -> np.ndarray:
        return np.frombuffer(data, dtype="<u8").astype(np.uint32)

    def _bands(self, sig: np.ndarray):
        for i in range(BANDS):
            yield i, sig[i * ROWS:(i + 1) * ROWS].tobytes()

    @staticmethod
    def jaccard(x: np.ndarray, y: np.ndarray) -> float:
        """The estimated Jaccard similarity: the share of equal minima."""
        return float(np.count_nonzero(x == y)) / len(x)

    def first_match(self, sig: np.ndarray, exclude: str | None = None) -> str | None:
        """The earliest indexed article whose estimated Jaccard with ``sig`` reaches the threshold."""
        candidates = {key for i, band in self._bands(sig) for key in self.tables[i].get(band, ())}
        best = None
        for key in candidates:
            if key == exclude or key not in self.signatures:
                continue
            if self.jaccard(sig, self.signatures[key]) >= self.threshold:
                if best is None or self.order[key] < self.order[best]:
                    best = key
        return best

    def add(self, key: str, sig: np.ndarray) -> None:
        if key in self.signatures:
            return
        for i, band in self._bands(sig):
            self.tables[i].setdefault(band, []).append(key)
        self.signatures[key] = sig
        self.order[key] = len(self.order)

    def __len__(self) -> int:
        return len(self.signatures)


def evaluate(pairs: list[dict], threshold: float = THRESHOLD) -> dict:
    """Score the detector on labelled pairs ``{"a", "b", "same": bool}``: for each pair a
    fresh index holds ``a`` and ``b`` is looked up. Returns recall on true near-duplicates
    and the false-merge rate on different stories (the share wrongly marked duplicate)."""
    found = wrong = same = different = 0
    for p in pairs:
        dd = NearDuplicates(threshold=threshold)
        dd.add("a", dd.signature(p["a"]))
        hit = dd.first_match(dd.signature(p["b"])) == "a"
        if p["same"]:
            same += 1
            found += hit
        else:
            different += 1
            wrong += hit
    return {"threshold": threshold, "recall": found / same if same else None,
            "false_merge_rate": wrong / different if different else None,
            "true_pairs": same, "different_pairs": different, "found": found, "false_merges": wrong}
