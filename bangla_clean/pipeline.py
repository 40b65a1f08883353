"""One document end to end: bytes -> text -> lines -> labelled lines -> Document."""

from __future__ import annotations

import datetime as dt
import hashlib
import lzma
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .classify import classify
from .dates import DHAKA
from .decode import NotText, decode
from .document import Document
from .lines import split_lines
from .metadata import extract
from .normalize import normalize
from .sources import Source


def clean_text(text: str, path: str = "-", tz: dt.tzinfo = DHAKA, *, encoding: str = "str",
               digest: str | None = None, warnings: list[str] | None = None, normalise: bool = True) -> Document:
    """Clean an already decoded page."""
    text = normalize(text, full=normalise)
    labelled = classify(split_lines(text, tz))
    meta = extract(labelled, tz)
    if digest is None:
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return Document(path, meta, labelled, encoding, digest, list(warnings or []))


def clean_bytes(data: bytes, path: str = "-", tz: dt.tzinfo = DHAKA, normalise: bool = True) -> Document:
    """Decode and clean one page. Raises decode.NotText for binary input."""
    decoded = decode(data)
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    return clean_text(decoded.text, path, tz, encoding=decoded.encoding, digest=digest,
                      warnings=decoded.warnings, normalise=normalise)


@dataclass(slots=True)
class Result:
    """What one input produced: a record and its dropped lines, or an error message."""

    name: str
    record: dict | None = None
    rejects: list[dict] | None = None
    error: str | None = None
    size: int = 0


def _describe(e: BaseException) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "is a folder"
    if isinstance(e, NotText):
        return f"not text: {e}"
    if isinstance(e, (EOFError, lzma.LZMAError, zlib.error)) or type(e).__name__ == "BadGzipFile":
        return f"cannot decompress: {e}"
    if isinstance(e, OSError):
        return e.strerror or str(e)
    return f"{type(e).__name__}: {e}"


def process(source: Source, tz: dt.tzinfo = DHAKA, want_rejects: bool = False, normalise: bool = True) -> Result:
    """Read, decode and clean one input; every failure becomes a one-line message."""
    if source.error:
        return Result(source.name, error=source.error)
    try:
        data = source.read()
        doc = clean_bytes(data, source.name, tz, normalise)
    except (OSError, EOFError, NotText, lzma.LZMAError, zlib.error) as e:
        return Result(source.name, error=_describe(e))
    rejects = None
    if want_rejects:
        rejects = [{"path": source.name, "line": x.line.no, "label": x.label, "reason": x.reason,
                    "text": x.line.text} for x in doc.labelled if x.label != "body"]
    return Result(source.name, doc.to_record(), rejects, size=len(data))


def _process_star(args: tuple) -> Result:
    return process(*args)


def run_batch(sources: Iterable[Source], tz: dt.tzinfo = DHAKA, jobs: int = 1,
              want_rejects: bool = False, normalise: bool = True) -> Iterator[Result]:
    """Results in input order. With jobs > 1 files are read and cleaned in worker processes;
    stdin is always read here, in the parent."""
    if jobs <= 1:
        for s in sources:
            yield process(s, tz, want_rejects, normalise)
        return
    import multiprocessing as mp

    with mp.get_context("spawn" if sys.platform == "win32" else "fork").Pool(jobs) as pool:
        # Worker processes get /dev/null as stdin, so stdin is read here and handed over.
        sources = (Source(s.name, s.error, sys.stdin.buffer.read()) if s.name == "-" and s.data is None else s
                   for s in sources)
        args = ((s, tz, want_rejects, normalise) for s in sources)
        yield from pool.imap(_process_star, args, chunksize=8)
