"""Duplicate stories across a corpus: the same text exactly, or nearly (MinHash + LSH).

Exact duplicates share their normalised text (spaces and quotes folded). Near duplicates share
most of their 5-word shingles: each text gets a MinHash sketch by one-permutation hashing (one
64-bit hash per shingle, spread over K bins, empty bins filled from their neighbours), the
sketch is cut into bands, and texts that share a band are compared. The similarity reported is
the sketch's estimate of the Jaccard similarity of the shingle sets (1.0 only for the same text).

Records stream through in order; a record that duplicates an earlier one gets `duplicate_of`
(the id of the first of its group) and `similarity`. Memory: about 2 KB per distinct text.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .lines import line_key

BINS = 128
BANDS = 16  # 16 bands of 8 rows: pairs above ~0.7 similarity almost always share a band
ROWS = BINS // BANDS
_MASK = (1 << 64) - 1


def _h64(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def text_key(text: str) -> str:
    return "\n".join(line_key(x) for x in text.split("\n"))


def shingles(text: str, n: int = 5) -> set[int]:
    words = text_key(text).split()
    if len(words) <= n:
        return {_h64(" ".join(words))} if words else set()
    return {_h64(" ".join(words[i:i + n])) for i in range(len(words) - n + 1)}


def sketch(hashes: set[int]) -> array:
    """One-permutation MinHash: the smallest hash in each of BINS bins; an empty bin borrows
    from the next filled one (with an offset per step), so short texts still compare fairly."""
    mins = [_MASK] * BINS
    filled = [False] * BINS
    for h in hashes:
        b = h % BINS
        v = h // BINS
        if v < mins[b] or not filled[b]:
            mins[b] = v
            filled[b] = True
    if hashes and not all(filled):
        for b in range(BINS):
            if not filled[b]:
                step = 1
                while not filled[(b + step) % BINS]:
                    step += 1
                mins[b] = (mins[(b + step) % BINS] + step * 0x9E3779B97F4A7C15) & _MASK
    return array("Q", mins)


def similarity(a: array, b: array) -> float:
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / BINS


@dataclass
class Deduper:
    """Feed records in order with `check`; it says which earlier record each one repeats."""

    threshold: float = 0.7
    shingle: int = 5
    exact: dict[bytes, str] = field(default_factory=dict)
    bands: dict[tuple[int, int], int] = field(default_factory=dict)
    sketches: list[array] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"documents": 0, "exact": 0, "near": 0})

    def check(self, doc_id: str, text: str) -> tuple[str | None, float | None]:
        """(id of the first record this one duplicates, similarity), or (None, None)."""
        self.counts["documents"] += 1
        if not text.strip():
            return None, None  # pages with no body are not stories
        digest = hashlib.blake2b(text_key(text).encode("utf-8", "surrogatepass"), digest_size=16).digest()
        first = self.exact.get(digest)
        if first is not None:
            self.counts["exact"] += 1
            return first, 1.0
        self.exact[digest] = doc_id
        sk = sketch(shingles(text, self.shingle))
        keys = [(band, hash(tuple(sk[band * ROWS:(band + 1) * ROWS]))) for band in range(BANDS)]
        best, best_sim = None, 0.0
        for k in keys:
            n = self.bands.get(k)
            if n is not None and n != best:
                sim = similarity(sk, self.sketches[n])
                if sim > best_sim:
                    best, best_sim = n, sim
        if best is not None and best_sim >= self.threshold:
            self.exact[digest] = self.ids[best]  # an exact copy of this one points to the first as well
            self.counts["near"] += 1
            # 1.0 is kept for the same text: equal sketches of different texts say "0.999".
            return self.ids[best], min(round(best_sim, 3), 0.999)
        n = len(self.sketches)  # a new story: index it
        self.sketches.append(sk)
        self.ids.append(doc_id)
        for k in keys:
            self.bands.setdefault(k, n)
        return None, None


def dedup_records(records: Iterable[dict], threshold: float = 0.7, shingle: int = 5,
                  drop: bool = False, deduper: Deduper | None = None) -> Iterator[dict]:
    """Each record with `duplicate_of` and `similarity` set; with drop=True duplicates are left out."""
    d = deduper or Deduper(threshold, shingle)
    for rec in records:
        first, sim = d.check(str(rec.get("id") or rec.get("path")), rec.get("text") or "")
        if first is not None and drop:
            continue
        rec["duplicate_of"] = first
        rec["similarity"] = sim
        yield rec
