"""Inputs -> (name, bytes): files, folders walked recursively, globs, stdin, .gz/.bz2/.xz."""

from __future__ import annotations

import bz2
import fnmatch
import glob as globmod
import gzip
import lzma
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass

_OPENERS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Source:
    """One input document, named as the user gave it (or as found in a walked folder)."""

    name: str
    error: str | None = None  # set when the input could not even be found
    data: bytes | None = None  # already read (stdin handed to a worker process)

    def read(self) -> bytes:
        if self.data is not None:
            return self.data
        if self.name == STDIN:
            return sys.stdin.buffer.read()
        opener = _OPENERS.get(os.path.splitext(self.name)[1].lower())
        if opener:
            with opener(self.name, "rb") as f:
                return f.read()
        with open(self.name, "rb") as f:
            return f.read()


def _matches(name: str, pattern: str) -> bool:
    base, ext = os.path.splitext(name)
    return fnmatch.fnmatch(name, pattern) or (ext.lower() in _OPENERS and fnmatch.fnmatch(base, pattern))


def _walk(top: str, pattern: str) -> Iterator[Source]:
    def onerror(e: OSError) -> None:
        raise e

    try:
        # followlinks=False: a symlink loop cannot trap the walk; linked files are still read.
        for root, dirs, files in os.walk(top, onerror=onerror):
            dirs.sort()
            for f in sorted(files):
                if _matches(f, pattern):
                    yield Source(os.path.join(root, f))
    except OSError as e:
        yield Source(getattr(e, "filename", None) or top, f"cannot walk folder: {e.strerror or e}")


def iter_sources(paths: list[str] | tuple[str, ...], pattern: str = "*.txt") -> Iterator[Source]:
    """Expand the user's paths lazily, in the order given (folders in sorted order)."""
    if not paths:
        paths = [STDIN]
    for p in paths:
        if p == STDIN:
            yield Source(STDIN)
        elif os.path.isdir(p):
            yield from _walk(p, pattern)
        elif not os.path.lexists(p) and globmod.has_magic(p):
            matches = sorted(globmod.glob(p, recursive=True))
            if not matches:
                yield Source(p, "no file matches this pattern")
            for m in matches:
                if os.path.isdir(m):
                    yield from _walk(m, pattern)
                else:
                    yield Source(m)
        else:
            yield Source(p)
