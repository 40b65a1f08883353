"""One document end to end: bytes -> text -> lines -> labelled lines -> Document."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import lzma
import os
import sys
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .classify import classify
from .dates import DHAKA
from .decode import NotText, decode
from .document import Document
from .lines import split_lines
from .metadata import extract
from .normalize import normalize
from .output import to_jsonl_bytes
from .profile import Profile, key_hash, page_lines, site_names
from .sources import Source


def clean_text(text: str, path: str = "-", tz: dt.tzinfo | None = None, *, encoding: str = "str",
               digest: str | None = None, warnings: list[str] | None = None, normalise: bool = True,
               profile: Profile | None = None, url: str | None = None) -> Document:
    """Clean an already decoded page. With a learned `profile`, the lines it holds for the page's
    site (outlet, else URL host, else folder) are set aside as `site_boilerplate`. Without `tz`,
    times that show no zone are Dhaka's, or Kolkata's on a page whose chrome is Indian."""
    text = normalize(text, full=normalise)
    lines = split_lines(text, tz)
    tz = lines[0].tz if lines else DHAKA
    labelled = classify(lines)
    meta = extract(labelled, tz)
    if profile is not None:
        learned = profile.lines_of(*site_names(meta.outlet, path, url))
        hits = {i for i, ln in enumerate(lines) if ln.text and key_hash(ln.key) in learned} if learned else ()
        if hits:  # classify again: the article is looked for without them
            labelled = classify(lines, boilerplate=hits)
            meta = extract(labelled, tz)
    if digest is None:
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return Document(path, meta, labelled, encoding, digest, list(warnings or []))


def clean_bytes(data: bytes, path: str = "-", tz: dt.tzinfo | None = None, normalise: bool = True,
                profile: Profile | None = None, url: str | None = None) -> Document:
    """Decode and clean one page. Raises decode.NotText for binary input."""
    decoded = decode(data)
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    return clean_text(decoded.text, path, tz, encoding=decoded.encoding, digest=digest,
                      warnings=decoded.warnings, normalise=normalise, profile=profile, url=url)


@dataclass(slots=True)
class Result:
    """What one input produced: a record and its dropped lines, or an error message. With
    Options(as_json=True) they come as UTF-8 JSON lines instead, made in the worker process:
    the parent then only writes them, and bytes cross between processes faster than a dict."""

    name: str
    record: dict | None = None
    rejects: list[dict] | None = None
    error: str | None = None
    size: int = 0
    learned: tuple[list[str], set[int], int | None] | None = None  # (site names, line hashes, story): `learn`
    jsonl: bytes | None = None  # as_json: the record's JSON line
    rejects_jsonl: bytes | None = None  # as_json: the dropped lines' JSON lines


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


@dataclass(frozen=True, slots=True)
class Options:
    """How to clean: the same for every document of a batch (and picklable for workers)."""

    tz: dt.tzinfo | None = None  # None: Dhaka, or Kolkata for a page whose chrome is Indian
    want_rejects: bool = False
    normalise: bool = True
    profile: Profile | None = None  # drop lines learned as site boilerplate
    want_learning: bool = False  # return what `learn` counts
    as_json: bool = False  # records and rejects as UTF-8 JSON lines (Result.jsonl, Result.rejects_jsonl)


DEFAULT_OPTIONS = Options()


def process(source: Source, options: Options = DEFAULT_OPTIONS) -> Result:
    """Read, decode and clean one input; every failure becomes a one-line message."""
    if source.error:
        return Result(source.name, error=source.error)
    url = (source.fields or {}).get("url")
    url = url if isinstance(url, str) else None
    try:
        if source.text is not None:
            doc = clean_text(source.text, source.name, options.tz, encoding="utf-8", normalise=options.normalise,
                             profile=options.profile, url=url)
            size = len(source.text.encode("utf-8", "surrogatepass"))
        else:
            data = source.read()
            doc = clean_bytes(data, source.name, options.tz, options.normalise, options.profile, url)
            size = len(data)
    except (OSError, EOFError, NotText, lzma.LZMAError, zlib.error) as e:
        return Result(source.name, error=_describe(e))
    except Exception as e:  # a bug of ours must cost one input, not the night's batch
        return Result(source.name, error=f"internal error, please report: {type(e).__name__}: {e}")
    record = doc.to_record()
    if source.doc_id is not None:
        record["id"] = source.doc_id
    for k, v in (source.fields or {}).items():
        record[f"input_{k}" if k in record else k] = v  # carried fields never overwrite ours
    rejects = None
    if options.want_rejects:
        rejects = [{"path": source.name, "line": no, "label": x.label, "reason": x.reason,
                    "text": x.line.text} for no, x in enumerate(doc.labelled, 1) if x.label != "body"]
    learned = None
    if options.want_learning:
        learned = (site_names(doc.meta.outlet, source.name, url), *page_lines(doc.labelled))
    if options.as_json:
        rejects_jsonl = b"".join(map(to_jsonl_bytes, rejects)) if rejects is not None else None
        return Result(source.name, size=size, learned=learned, jsonl=to_jsonl_bytes(record),
                      rejects_jsonl=rejects_jsonl)
    return Result(source.name, record, rejects, size=size, learned=learned)


_worker_options = DEFAULT_OPTIONS


def _init_worker(options: Options) -> None:
    global _worker_options
    _worker_options = options  # sent once per worker, not with every chunk (a profile can be large)


def _process_chunk(chunk: list[Source]) -> list[Result]:
    return [process(s, _worker_options) for s in chunk]


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


CHUNK = 32  # documents per task: amortises the hand-over between processes
IN_FLIGHT_PER_JOB = 4  # chunks queued per worker: keeps them busy, bounds memory


def run_batch(sources: Iterable[Source], options: Options = DEFAULT_OPTIONS, jobs: int = 1) -> Iterator[Result]:
    """Results in input order. With jobs > 1, documents are read and cleaned in worker processes,
    and at most jobs * IN_FLIGHT_PER_JOB chunks are under way at once, so memory stays flat
    however long the input list. Stdin is read here: worker processes see /dev/null."""
    if jobs <= 1:
        for s in sources:
            yield process(s, options)
        return
    import multiprocessing as mp

    sources = (Source(s.name, s.error, sys.stdin.buffer.read()) if s.name == "-" and s.data is None else s
               for s in sources)
    pending: deque = deque()
    with mp.get_context("spawn" if sys.platform == "win32" else "fork").Pool(jobs, _init_worker, (options,)) as pool:
        for chunk in _chunks(sources, CHUNK):
            pending.append(pool.apply_async(_process_chunk, (chunk,)))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _chunks(items: Iterable[Source], n: int) -> Iterator[list[Source]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, n)):
        yield chunk
