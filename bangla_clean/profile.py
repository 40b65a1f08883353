"""Boilerplate learned from a batch: lines that recur on a large share of one site's pages.

A footer, a slogan or a promo paragraph that every page of an outlet carries is boilerplate even
when it reads like a sentence. `Learner` counts, per site, in how many pages each line occurs;
`Profile` is what it keeps, and `clean --profile` labels those lines `site_boilerplate`.

- A line counts once per page, so a quote used twice in one story is not learned.
- Pages are counted once per story: syndicated copies and re-crawls of one story (same longest
  paragraphs) count as one page, so the body of a story copied many times is not learned.
- Memory stays bounded on millions of pages: lines are 64-bit hashes, counts are pruned by lossy
  counting (Manku & Motwani: a line seen on fewer than `epsilon` of a site's pages may be
  forgotten, anything above `min_share` never is), and the stories seen are a Bloom filter.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections import Counter
from collections.abc import Iterable

from . import rules as R
from .classify import Labelled
from .lines import line_key

FORMAT = "bangla-clean-profile"


def line_hash(text: str) -> int:
    """Stable 64-bit hash of a line's comparison form (quotes dropped, spaces folded)."""
    return key_hash(line_key(text))


def key_hash(key: str) -> int:
    """line_hash of a line whose key (`Line.key`) is at hand."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def site_names(outlet: str | None, path: str, url: str | None = None) -> list[str]:
    """The names a page's site may go by, most specific first: its outlet (from the metadata),
    the host of its URL, its folder. `learn` counts a page under the first; `clean --profile`
    looks under all, since one page of a site may show its outlet and the next may not."""
    names = [outlet] if outlet else []
    if url and "://" in url:
        names.append(url.split("://", 1)[1].split("/", 1)[0].lower().removeprefix("www."))
    file = path.rsplit(":", 1)[0] if ":" in os.path.basename(path) else path
    names.append(os.path.basename(os.path.dirname(os.path.abspath(file))) or "-")
    return names


def page_lines(labelled: list[Labelled]) -> tuple[set[int], int | None]:
    """The distinct line hashes of a page, and its story's fingerprint: the hash of its three longest
    body paragraphs (None for a page with no body, which is then its own story)."""
    hashes = {key_hash(x.line.key) for x in labelled if x.line.text}
    body = sorted((x.line.text for x in labelled if x.label == R.BODY), key=len, reverse=True)[:3]
    story = line_hash("\n".join(sorted(body))) if body else None
    return hashes, story


class _Bloom:
    """Set membership in a fixed number of bits; false positives only (a story taken as seen).
    2 MB and 4 hashes keep them near 1% up to about 1.7 million stories."""

    def __init__(self, bits: int = 1 << 24, k: int = 4):
        self.bits, self.k = bits, k
        self.array = bytearray(bits // 8)

    def add(self, h: int) -> bool:
        """Add h; True if it was (probably) there already."""
        seen = True
        for i in range(self.k):
            pos = ((h >> (16 * i)) ^ (h * (i + 1))) % self.bits
            byte, bit = divmod(pos, 8)
            if not self.array[byte] >> bit & 1:
                seen = False
                self.array[byte] |= 1 << bit
        return seen


class _Site:
    __slots__ = ("pages", "counts")

    def __init__(self) -> None:
        self.pages = 0
        self.counts: dict[int, list[int]] = {}  # hash -> [count, most it may have been undercounted]


class Learner:
    """Feed it pages (`add`), then take the `profile()`."""

    def __init__(self, min_share: float = 0.5, min_pages: int = 5, epsilon: float = 0.01):
        if not 0 < epsilon < min_share <= 1:
            raise ValueError("need 0 < epsilon < min_share <= 1")
        self.min_share, self.min_pages, self.epsilon = min_share, min_pages, epsilon
        self.width = math.ceil(1 / epsilon)
        self.sites: dict[str, _Site] = {}
        self.aliases: dict[str, Counter[str]] = {}  # folder or host -> the sites its pages named
        self.stories = _Bloom()
        self.seen_pages = self.skipped_copies = 0

    def add(self, names: list[str], hashes: Iterable[int], story: int | None) -> None:
        """One page: its site's names (`site_names`), its line hashes and story (`page_lines`)."""
        site = names[0]
        for alias in names[1:]:
            self.aliases.setdefault(alias, Counter())[site] += 1
        self.seen_pages += 1
        if story is not None and self.stories.add(story ^ line_hash(site)):
            self.skipped_copies += 1  # another copy of a story this site already gave us
            return
        s = self.sites.get(site)
        if s is None:
            s = self.sites[site] = _Site()
        s.pages += 1
        bucket = math.ceil(s.pages / self.width)
        counts = s.counts
        for h in hashes:
            c = counts.get(h)
            if c is None:
                counts[h] = [1, bucket - 1]
            else:
                c[0] += 1
        if s.pages % self.width == 0:
            s.counts = {h: c for h, c in counts.items() if c[0] + c[1] > bucket}

    def profile(self) -> Profile:
        sites = {}
        for name, s in sorted(self.sites.items()):
            if s.pages < self.min_pages:
                continue
            keep = {h: c[0] / s.pages for h, c in s.counts.items()
                    if c[0] >= self.min_pages and c[0] >= self.min_share * s.pages}
            if keep:
                sites[name] = {"pages": s.pages, "lines": keep}
        # A folder or host whose pages mostly named one learned site stands for it: a page there
        # that shows no outlet still gets that site's lines.
        aliases = {}
        for alias, named in sorted(self.aliases.items()):
            site, _ = named.most_common(1)[0]
            if site != alias and site in sites and alias not in sites:
                aliases[alias] = site
        return Profile(sites, {"min_share": self.min_share, "min_pages": self.min_pages, "epsilon": self.epsilon,
                               "pages_seen": self.seen_pages, "story_copies_skipped": self.skipped_copies},
                       aliases)


class Profile:
    """Per site, the hashes of its boilerplate lines (and the share of its pages each was on)."""

    def __init__(self, sites: dict[str, dict], params: dict | None = None, aliases: dict[str, str] | None = None):
        self.sites = sites
        self.params = params or {}
        self.aliases = aliases or {}
        self._sets = {name: frozenset(s["lines"]) for name, s in sites.items()}

    def lines_of(self, *names: str) -> frozenset[int]:
        """The learned lines of a page that goes by these names (`site_names`)."""
        sites = {self.aliases.get(n, n) for n in names}
        found = [self._sets[s] for s in sites if s in self._sets]
        return found[0] if len(found) == 1 else frozenset().union(*found)

    def __len__(self) -> int:
        return sum(len(s) for s in self._sets.values())

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "version": 1, "params": self.params,
                           "sites": {name: {"pages": s["pages"],
                                            "lines": {f"{h:016x}": round(v, 4) for h, v in sorted(s["lines"].items())}}
                                     for name, s in self.sites.items()},
                           "aliases": self.aliases},
                          ensure_ascii=False, indent=1)

    @classmethod
    def load(cls, path: str) -> Profile:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if data.get("format") != FORMAT:
            raise ValueError(f"{path}: not a bangla-clean profile")
        sites = {name: {"pages": s["pages"], "lines": {int(h, 16): v for h, v in s["lines"].items()}}
                 for name, s in data["sites"].items()}
        return cls(sites, data.get("params"), data.get("aliases"))
