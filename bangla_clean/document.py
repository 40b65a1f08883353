"""The cleaned document: body, metadata and the account of every line."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from . import rules as R
from .classify import Labelled
from .lines import NOT_LATIN
from .metadata import Metadata


@dataclass(slots=True)
class Document:
    path: str
    meta: Metadata
    labelled: list[Labelled]
    encoding: str
    digest: str  # of the input bytes, for a stable id
    warnings: list[str] = field(default_factory=list)

    @property
    def body(self) -> list[str]:
        return [x.line.text for x in self.labelled if x.label == R.BODY]

    @property
    def text(self) -> str:
        return "\n".join(self.body)

    @property
    def is_article(self) -> bool:
        return any(x.label == R.BODY for x in self.labelled)

    @property
    def id(self) -> str:
        return hashlib.blake2b(f"{self.path}\0{self.digest}".encode(), digest_size=8).hexdigest()

    def line_counts(self) -> dict:
        by_label = Counter(x.label for x in self.labelled)
        kept = by_label.get(R.BODY, 0)
        return {"total": len(self.labelled), "kept": kept, "dropped": len(self.labelled) - kept,
                "by_label": dict(sorted(by_label.items()))}

    def to_record(self) -> dict:
        """The JSONL record; field names are the contract in README.md."""
        counts = self.line_counts()
        text = self.text if counts["kept"] else ""  # most section fronts keep nothing: skip the scan
        raw = text.encode("utf-8", "surrogatepass")  # counted in C, as lines.py does
        bangla = raw.count(b"\xe0\xa6") + raw.count(b"\xe0\xa7")
        letters = bangla + len(raw.translate(None, NOT_LATIN))
        m = self.meta
        return {
            "id": self.id,
            "path": self.path,
            "title": m.title,
            "published": m.published,
            "updated": m.updated,
            "byline": m.byline,
            "outlet": m.outlet,
            "category": m.category,
            "page_date": m.page_date,
            "is_article": counts["kept"] > 0,
            "text": text,
            "encoding": self.encoding,
            "bangla_share": round(bangla / letters, 3) if letters else 0.0,
            "lines": counts,
            "warnings": self.warnings,
        }
