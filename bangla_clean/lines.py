"""Text -> lines with the features the rules read (one pass, computed once per line)."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import dates

# Sentence ends in Bangla text: dari (and its variants), ?, !, and a closing quote after them.
SENTENCE_END = "।॥৷?!"
CLOSERS = "’”\"')]}»"
ELLIPSES = ("...", "…", "..")


def _is_bangla(ch: str) -> bool:
    return "\u0980" <= ch <= "\u09ff"


@dataclass(slots=True)
class Line:
    """One input line and its features. `no` is 1-based, as editors and `explain` show it."""

    no: int
    text: str  # stripped; this is what a body line is written as
    words: int
    bangla: int  # Bangla letters (and signs)
    latin: int  # ASCII letters
    terminal: str  # how the line ends a sentence: "stop" (। ? !), "quote" (’ ”), or "" (it does not)
    inner_stops: int  # dari / ? / ! inside the line
    truncated: bool  # ends in an ellipsis: a teaser cut short
    dates: list[dates.DateMatch] = field(default_factory=list)
    bengali_dates: list[dates.DateMatch] = field(default_factory=list)
    relative_time: bool = False
    weekday: bool = False

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def letters(self) -> int:
        return self.bangla + self.latin

    @property
    def bangla_share(self) -> float:
        return self.bangla / self.letters if self.letters else 0.0

    @property
    def prose(self) -> bool:
        """Reads like a paragraph of Bangla text rather than a headline, label or menu item.

        A long line with no sentence end at all is a ticker of headlines, not a paragraph;
        a headline may end in ? or ! or a closing quote, so those need more words."""
        if self.truncated or self.bangla < 12 or self.bangla_share < 0.4 or self.words < 5:
            return False
        stops = self.inner_stops + (1 if self.terminal else 0)
        if self.words > 45 * max(stops, 1):
            return False  # paragraphs end a sentence every 35 words or so; tickers never do
        end = self.text.rstrip(CLOSERS + " ")[-1:]
        if self.terminal == "stop" and end not in "?!":
            return True
        if self.terminal:
            return self.inner_stops >= 1 or self.words >= 12
        return self.inner_stops >= 2 or (self.inner_stops >= 1 and self.words >= 20)


def make_line(no: int, raw: str, tz=dates.DHAKA) -> Line:
    text = raw.strip()
    bangla = latin = 0
    for ch in text:
        if _is_bangla(ch):
            bangla += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    core = text.rstrip(CLOSERS + " ")
    terminal = "stop" if core and core[-1] in SENTENCE_END else ""
    if not terminal and text and text[-1] in "’”\"" and len(core) > 20:
        terminal = "quote"
    if not terminal and core.endswith(".") and not core.endswith(ELLIPSES) and (latin > bangla or core[-2:-1] in "।"):
        terminal = "stop"  # English prose, or a stray "।."
    inner = sum(text.count(c) for c in SENTENCE_END) - (1 if core and core[-1] in SENTENCE_END else 0)
    truncated = text.endswith(ELLIPSES) and not text.endswith("....")
    has_digit = any(c.isdigit() for c in text)
    line = Line(
        no=no,
        text=text,
        words=len(text.split()),
        bangla=bangla,
        latin=latin,
        terminal=terminal,
        inner_stops=max(inner, 0),
        truncated=truncated or text.endswith("…"),
    )
    if has_digit:
        line.dates = dates.find_dates(text, tz)
        line.bengali_dates = dates.find_bengali_dates(text)
        line.relative_time = dates.has_relative_time(text)
    if line.dates or line.bengali_dates:
        line.weekday = dates.has_weekday(text)
    return line


def split_lines(text: str, tz=dates.DHAKA) -> list[Line]:
    """Split decoded, normalised text into featured lines (\\n only: the decoder folded CR).
    A final newline ends the last line rather than starting an empty one."""
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    return [make_line(i, raw, tz) for i, raw in enumerate(text.split("\n"), 1)]
