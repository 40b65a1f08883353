"""Documents -> JSON lines, `explain` listings, and output files that are never left half-written."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import IO

from .document import Document


def to_json(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


@contextmanager
def atomic_output(path: str) -> Iterator[IO[str]]:
    """Write to a temporary file beside `path`, rename over it only when all went well."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".bangla-clean-", suffix=".part", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


# ANSI colours for `explain` on a terminal: body stands out, metadata is readable, the rest is dim.
_COLOURS = {"body": "32", "title": "1;36", "byline": "36", "dateline": "36", "category": "36",
            "page_header": "35", "duplicate": "33"}


def explain_lines(doc: Document, color: bool = False, width: int = 0) -> Iterator[str]:
    """One line per input line: number, label, reason, text."""
    meta = doc.to_record()
    fields = ("title", "published", "updated", "byline", "outlet", "category", "page_date", "is_article", "encoding")
    for k in fields:
        yield f"# {k}: {meta[k]}"
    for item in doc.labelled:
        text = item.line.text
        if width and len(text) > width:
            text = text[: width - 1] + "…"
        row = f"{item.line.no:5d}  {item.label:<12} {item.reason:<24} {text}"
        if color:
            code = _COLOURS.get(item.label, "2")
            row = f"\x1b[{code}m{row}\x1b[0m"
        yield row.rstrip()
