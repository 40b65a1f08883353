"""Inputs -> documents: files, folders walked recursively, globs, stdin, .gz/.bz2/.xz;
one page per file (`text`), one per JSON line (`jsonl`) or one per WET record (`wet`)."""

from __future__ import annotations

import bz2
import contextlib
import fnmatch
import glob as globmod
import gzip
import json
import lzma
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO

_OPENERS: dict[str, Callable[..., IO]] = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
STDIN = "-"
FORMATS = ("text", "jsonl", "wet")
DEFAULT_GLOB = {"text": "*.txt", "jsonl": "*.jsonl", "wet": "*.wet"}


@dataclass(frozen=True, slots=True)
class Source:
    """One input document, named as the user gave it (or as found in a walked folder)."""

    name: str
    error: str | None = None  # set when the input could not even be found or parsed
    data: bytes | None = None  # already read (stdin handed to a worker, a WET record)
    text: str | None = None  # already text (a JSONL record's text field)
    doc_id: str | None = None  # the record's own id (JSONL --id-field)
    fields: dict | None = None  # other fields of the record, carried into the output

    def read(self) -> bytes:
        if self.data is not None:
            return self.data
        if self.text is not None:
            return self.text.encode("utf-8", "surrogatepass")
        with open_input(self.name) as f:
            return f.read()


def open_input(name: str):
    """A binary stream of a file (decompressed by its extension) or of stdin, as a context manager."""
    if name == STDIN:
        return contextlib.nullcontext(sys.stdin.buffer)  # never close the process's stdin
    opener = _OPENERS.get(os.path.splitext(name)[1].lower())
    return opener(name, "rb") if opener else open(name, "rb")


def matches(name: str, pattern: str) -> bool:
    """Does a file name match the --glob pattern (a .gz/.bz2/.xz copy of a match counts)?"""
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
                if matches(f, pattern):
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


def iter_documents(paths: list[str] | tuple[str, ...], pattern: str | None = None, fmt: str = "text",
                   text_field: str = "text", id_field: str | None = None) -> Iterator[Source]:
    """Every document in the inputs, lazily: a file is one page (`text`), or holds one page per
    JSON line (`jsonl`) or per WET conversion record (`wet`)."""
    files = iter_sources(paths, pattern or DEFAULT_GLOB[fmt])
    if fmt == "text":
        yield from files
        return
    unpack = jsonl_records if fmt == "jsonl" else wet_records
    for f in files:
        if f.error:
            yield f
            continue
        try:
            with open_input(f.name) as stream:
                yield from unpack(f.name, stream, text_field, id_field)
        except OSError as e:
            yield Source(f.name, f"cannot read: {e.strerror or e}")
        except Exception as e:  # a corrupt archive: report it and go on with the next input
            yield Source(f.name, f"cannot read {fmt}: {type(e).__name__}: {e}")


def jsonl_records(name: str, stream: Iterable[bytes], text_field: str, id_field: str | None) -> Iterator[Source]:
    """One document per JSON line of a stream; a bad line becomes an error, not a stop."""
    for no, raw in enumerate(stream, 1):
        where = f"{name}:{no}"
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
        except ValueError as e:
            yield Source(where, f"invalid JSON: {e}")
            continue
        if not isinstance(rec, dict):
            yield Source(where, "not a JSON object")
            continue
        text = rec.pop(text_field, None)
        if not isinstance(text, str):
            yield Source(where, f"no text field {text_field!r}" if text is None else f"{text_field!r} is not a string")
            continue
        doc_id = rec.get(id_field) if id_field else None
        yield Source(where, text=text, doc_id=None if doc_id is None else str(doc_id), fields=rec)


def wet_records(name: str, stream, text_field: str, id_field: str | None) -> Iterator[Source]:
    """One document per conversion record of a WET stream (warcio reads it)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as e:
        raise RuntimeError("WET input needs warcio: pip install 'bangla-clean[wet]'") from e
    n = 0
    for record in ArchiveIterator(stream):
        if record.format != "warc":
            raise ValueError("not a WARC/WET file")
        if record.rec_type != "conversion":
            continue  # the warcinfo record at the start
        n += 1
        h = record.rec_headers
        url = h.get_header("WARC-Target-URI")
        yield Source(f"{name}:{n}", data=record.content_stream().read(),
                     doc_id=h.get_header("WARC-Record-ID"),
                     fields={"url": url, "warc_date": h.get_header("WARC-Date")})
    if n == 0:
        raise ValueError("no conversion records: is this a WET file?")
