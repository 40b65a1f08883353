"""Documents -> JSON lines, `explain` listings, and output files that are never left half-written."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import IO

from .document import Document

_SURROGATE = re.compile("[\ud800-\udfff]")


def to_json(record: dict) -> str:
    """One record as JSON. A lone surrogate (a JSON input may escape one) cannot be written as
    UTF-8, so such a record is written with escapes, as valid JSON and valid UTF-8."""
    line = json.dumps(record, ensure_ascii=False)
    return json.dumps(record) if _SURROGATE.search(line) else line


def to_jsonl_bytes(record: dict) -> bytes:
    """The record as one UTF-8 JSON line, newline included (escaped as to_json does)."""
    try:
        return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the encoding finds it, no second scan needed
        return (json.dumps(record) + "\n").encode("ascii")


def partial_path(path: str) -> str:
    return path + ".part"


@contextmanager
def atomic_output(path: str, keep_partial_on_interrupt: bool = True) -> Iterator[IO[str]]:
    """Write to PATH.part and rename it over PATH only when all went well, so PATH is never
    left half-written. On Ctrl-C the .part file stays for `--resume`; on any other error it goes."""
    if os.path.exists(path) and not os.path.isfile(path):
        # /dev/null, a FIFO, /dev/stdout: write straight to it; renaming over it would replace it.
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            yield f
        return
    tmp = partial_path(path)
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except KeyboardInterrupt:
        if not keep_partial_on_interrupt:
            with suppress(FileNotFoundError):
                os.unlink(tmp)
        raise
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def completed_records(path: str) -> Iterator[tuple[str, str]]:
    """(input path, JSON line) of each whole record in an earlier output, stopping at a cut-off line."""
    for candidate in (partial_path(path), path):
        if not os.path.exists(candidate):
            continue
        with open(candidate, encoding="utf-8", errors="replace") as f:
            for line in f:
                if not line.endswith("\n"):
                    return  # the last write was cut short
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    return
                yield rec.get("path", ""), line
        return


# ANSI colours for `explain` on a terminal: body stands out, metadata is readable, the rest is dim.
_COLOURS = {"body": "32", "title": "1;36", "byline": "36", "dateline": "36", "category": "36",
            "page_header": "35", "duplicate": "33"}


def explain_lines(doc: Document, color: bool = False, width: int = 0) -> Iterator[str]:
    """One line per input line: number, label, reason, text."""
    meta = doc.to_record()
    fields = ("title", "published", "updated", "byline", "outlet", "category", "page_date", "is_article", "encoding")
    for k in fields:
        yield f"# {k}: {meta[k]}"
    for no, item in enumerate(doc.labelled, 1):
        text = item.line.text
        if width and len(text) > width:
            text = text[: width - 1] + "…"
        row = f"{no:5d}  {item.label:<12} {item.reason:<24} {text}"
        if color:
            code = _COLOURS.get(item.label, "2")
            row = f"\x1b[{code}m{row}\x1b[0m"
        yield row.rstrip()
