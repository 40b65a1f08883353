"""The page being classified: its lines, the label and reason each has so far, and the
shapes that both the body search (`classify.py`) and the header walk (`header.py`) read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import rules as R
from .lines import Line


@dataclass(slots=True)
class Labelled:
    line: Line
    label: str
    reason: str


class Page:
    """Lines with the label and reason given so far; neighbours are found skipping blank lines."""

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.label: list[str | None] = [None] * len(lines)
        self.reason: list[str] = [""] * len(lines)
        self.nonblank = [i for i, ln in enumerate(lines) if ln.text]
        self.pos = dict(zip(self.nonblank, range(len(self.nonblank)), strict=True))  # index -> place
        self.wrapped: set[int] = set()  # lines of hard-wrapped paragraphs (see classify._hard_wrapped)
        self.framed: set[int] = set()  # paragraphs under a teaser's frame (see classify._framed)

    def set(self, i: int, label: str, reason: str) -> None:
        self.label[i] = label
        self.reason[i] = reason

    def prev(self, i: int, n: int = 1) -> int | None:
        k = self.pos[i] - n
        return self.nonblank[k] if k >= 0 else None

    def next(self, i: int, n: int = 1) -> int | None:
        k = self.pos[i] + n
        return self.nonblank[k] if k < len(self.nonblank) else None

    def dated_above(self, i: int) -> bool:
        """Does a date line stand somewhere above line i?"""
        return any(self.label[j] == R.DATELINE for j in self.nonblank[:self.pos[i]])


# A bulleted, numbered or lettered item: "• ...", "১. ...", "ক) ...".
LIST_ITEM = re.compile(r"^(?:[-–—•●▪◦*►]|[0-9০-৯]{1,2}[.)।]|[(]?[ক-ঙa-e][.)])\s*\S")
FURNITURE = (R.CAPTION, R.PROMO, R.SHARE, R.NOISE)  # between paragraphs, ads and photo credits do not count


def on_toolbar(page: Page, i: int) -> bool:
    """Furniture, or a comment or share count: what stands between a story and its own header or
    trailer without parting them."""
    return page.label[i] in FURNITURE or page.label[i] == R.COMMENTS or page.reason[i] == "lone_number"
