"""Text -> lines with the features the rules read (one pass, computed once per line)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import dates
from .dates import DHAKA, DateMatch

# Sentence ends in Bangla text: dari (and its variants), ?, !, and a closing quote after them.
SENTENCE_END = "।॥৷?!"
CLOSERS = "’”\"')]}»"
ELLIPSES = ("...", "…", "..")


@dataclass(slots=True)
class Line:
    """One input line and its features. Lines of the same text are one shared object (see the
    cache below), so a Line is never changed after it is made (but for filling in its dates and
    rule verdict the first time they are asked for); its number is its place in the page."""

    text: str  # stripped; this is what a body line is written as
    words: int
    bangla: int  # Bangla letters (and signs)
    latin: int  # ASCII letters
    terminal: str  # how the line ends a sentence: "stop" (। ? !), "quote" (’ ”), or "" (it does not)
    inner_stops: int  # dari / ? / ! inside the line
    truncated: bool  # ends in an ellipsis: a teaser cut short
    prose: bool = False  # see _reads_as_prose
    key: str = ""  # comparison form: see line_key
    tz: dt.tzinfo = DHAKA  # for dates that show none
    # Dates are looked for only when asked: only short lines (date lines, bylines, page headers)
    # ever are, and on a paragraph the search costs more than all its other features.
    _when: tuple | None = field(default=None, repr=False, compare=False)
    # The first context-free rule's (label, reason), kept by classify.py: rules read only the
    # line, so lines of one text (one shared object) need it worked out once.
    verdict: tuple[str, str] | None = field(default=None, repr=False, compare=False)
    ruled: bool = field(default=False, repr=False, compare=False)

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
    def dates(self) -> tuple[DateMatch, ...]:
        return (self._when or self._find_when())[0]

    @property
    def bengali_dates(self) -> tuple[DateMatch, ...]:
        return (self._when or self._find_when())[1]

    @property
    def relative_time(self) -> bool:
        return (self._when or self._find_when())[2]

    @property
    def weekday(self) -> bool:
        return (self._when or self._find_when())[3]

    def _find_when(self) -> tuple:
        text = self.text
        found: tuple[DateMatch, ...] = ()
        bengali: tuple[DateMatch, ...] = ()
        if _FOUR_DIGITS.search(text):  # every date form we read holds a four-digit year
            ascii_digits = dates.to_ascii_digits(text)
            found = tuple(dates.find_dates(ascii_digits, self.tz, digits_ascii=True))
            bengali = tuple(dates.find_bengali_dates(ascii_digits, digits_ascii=True))
        relative = _DIGIT.search(text) is not None and dates.has_relative_time(text)
        weekday = bool(found or bengali) and dates.has_weekday(text)
        self._when = (found, bengali, relative, weekday) if (found or bengali or relative) else _NO_DATES
        return self._when


_NO_DATES: tuple = ((), (), False, False)
_DIGIT = re.compile(r"\d")
_BANGLA_PERIOD = re.compile(r"[\u0980-\u09e5]{3}\.(?=\s|$)")  # after a word, not a digit (১০.৫) or "ড.", "মো."
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _reads_as_prose(line: Line) -> bool:
    """Reads like a paragraph of Bangla text rather than a headline, label or menu item.

    A long line with no sentence end at all is a ticker of headlines, not a paragraph;
    a headline may end in ? or ! or a closing quote, so those need more words."""
    if line.truncated or line.bangla < 12 or line.bangla_share < 0.4 or line.words < 5:
        return False
    stops = line.inner_stops + (1 if line.terminal else 0)
    if line.words > 45 * max(stops, 1):
        return False  # paragraphs end a sentence every 35 words or so; tickers never do
    end = line.text.rstrip(CLOSERS + " ")[-1:]
    if line.terminal == "stop" and end not in "?!":
        return True
    if line.terminal:
        return line.inner_stops >= 1 or line.words >= 12
    return line.inner_stops >= 2 or (line.inner_stops >= 1 and line.words >= 20)


def ends_in_dari(line: Line) -> bool:
    """Ends a sentence with a dari (closing quotes aside), as headlines do not."""
    return line.text.rstrip(CLOSERS + " ").endswith("।")


def _pipe_for_dari(core: str) -> bool:
    """Some Kolkata sites type '|' for the dari: 'সোমবার থেকে পরিষেবা শুরু হবে |'. A line that ends in
    one counts as sentences when every part reads as one (three words or more, ending in a Bangla
    letter, not a digit); a menu ('হোম | কলকাতা | রাজ্য |') does not."""
    parts = core[:-1].split("|")
    return all(len(p.split()) >= 3 and "\u0980" <= p.rstrip()[-1:] <= "\u09e5" for p in parts)


def _cited(text: str) -> bool:
    """A sentence end before a short bracket that closes the line: a source or citation after the
    sentence ('... হয়নি। (বুখারি, হাদিস: ১৪৬৯)', '... জানান তিনি। (সূত্র: বিবিসি)')."""
    opening = text.rfind("(")
    before = text[:opening].rstrip(CLOSERS + " ")
    return opening > 0 and before != "" and before[-1] in SENTENCE_END and text.count(" ", opening) <= 8


NOT_LATIN = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
# Short lines (menus, widgets, headers) recur across a site's pages; prose does not. The caches
# keep the last few thousand: enough for the chrome of several sites, a few MB at most.
CACHE_MAX_CHARS = 160
CACHE_ENTRIES = 4096


_QUOTES = re.compile(r"[‘’“”\"'«»]")


def line_key(text: str) -> str:
    """Comparison form of a line: no quotes, folded spaces (repeats, learned lines, duplicates)."""
    return " ".join(_QUOTES.sub("", text).split())


def _features(text: str, tz: dt.tzinfo) -> Line:
    """A stripped line with all its features."""
    # Counted on the UTF-8 bytes, in C: U+0980-U+09FF all start E0 A6 or E0 A7, and no byte
    # of a multi-byte character falls in A-Z/a-z.
    raw = text.encode("utf-8", "surrogatepass")
    bangla = raw.count(b"\xe0\xa6") + raw.count(b"\xe0\xa7")
    latin = len(raw.translate(None, NOT_LATIN))
    core = text.rstrip(CLOSERS + " ")
    terminal = "stop" if core and core[-1] in SENTENCE_END else ""
    if not terminal and text and text[-1] in "’”\"" and len(core) > 20:
        terminal = "quote"
    if not terminal and core.endswith(".") and not core.endswith(ELLIPSES) and (latin > bangla or core[-2:-1] in "।"):
        terminal = "stop"  # English prose, or a stray "।."
    inner = (text.count("।") + text.count("?") + text.count("!") + text.count("॥") + text.count("৷")
             - (1 if core and core[-1] in SENTENCE_END else 0))  # SENTENCE_END, unrolled: a hot line
    if "." in text and bangla > latin:
        # Some write the full stop for the dari: "আগুন দেওয়া হয়েছে. এতে কেউ হতাহত হয়নি."
        periods = len(_BANGLA_PERIOD.findall(text))
        if not terminal and periods and _BANGLA_PERIOD.search(core[-4:]):
            terminal, periods = "stop", periods - 1
        inner += periods
    if not terminal and core.endswith("|") and _pipe_for_dari(core):
        terminal, inner = "stop", inner + core.count("|") - 1
    if not terminal and text.endswith(")") and _cited(text):
        terminal, inner = "stop", inner - 1  # "... দেওয়া হয়নি। (বুখারি, হাদিস: ১৪৬৯)"
    truncated = text.endswith(ELLIPSES) and not text.endswith("....")
    # Words apart by single spaces only (the usual line): counting spaces is 4x cheaper than
    # split(), and the key is the text unless it holds quotes. (Every other space is unprintable.)
    single_spaced = text.isprintable() and "  " not in text
    words = (text.count(" ") + 1 if text else 0) if single_spaced else len(text.split())
    line = Line(text, words, bangla, latin, terminal, max(inner, 0), truncated or text.endswith("…"), tz=tz)
    line.prose = _reads_as_prose(line)
    line.key = text if single_spaced and not _QUOTES.search(text) else line_key(text)
    return line


_CACHES: dict = {}  # time zone -> cached _features for that zone (dates depend on it)


def _cached(tz: dt.tzinfo) -> Callable[[str], Line]:
    f = _CACHES.get(tz)
    if f is None:
        f = _CACHES[tz] = functools.lru_cache(maxsize=CACHE_ENTRIES)(functools.partial(_features, tz=tz))
    return f


def make_line(raw: str, tz: dt.tzinfo = DHAKA) -> Line:
    text = raw.strip()
    return _cached(tz)(text) if len(text) <= CACHE_MAX_CHARS else _features(text, tz)


def split_lines(text: str, tz: dt.tzinfo | None = None) -> list[Line]:
    """Split decoded, normalised text into featured lines (\\n only: the decoder folded CR).
    A final newline ends the last line rather than starting an empty one. Without `tz`, the
    page's chrome decides (dates.page_zone); each line's `tz` tells which was taken."""
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    texts = [raw.strip() for raw in text.split("\n")]
    if tz is None:
        tz = dates.page_zone(texts, text)
    cached = _cached(tz)
    return [cached(t) if len(t) <= CACHE_MAX_CHARS else _features(t, tz) for t in texts]
