"""What a story may hold between two of its paragraphs without ending there: an ad, a photo and its
credit, a list, a subhead, a related-links box ("আরও পড়ুন" and up to three headlines), a video
player, a fact box of "label: value" lines. `classify.py` reads them when it joins paragraphs into
blocks; `teasers.py` when it tells a story's parts from a section front's teasers."""

from __future__ import annotations

import re

from .header import on_bare_credit
from .page import FURNITURE, LIST_ITEM, Page


def aside(page: Page, i: int) -> bool:
    """What a story may hold between two paragraphs without a break: an ad, a photo and its
    credit, an "আরও পড়ুন" box."""
    return (page.label[i] in FURNITURE or box_heading(page, i) is not None
            or (page.label[i] is None and not page.lines[i].prose and on_bare_credit(page, i)))


def list_items(page: Page, gap: list[int]) -> set[int]:
    """Items of a list inside the story: two or more bulleted or numbered open lines in a row,
    announced by a line ending in a colon or themselves whole sentences, or three or more (two
    dashed lines may be sign-offs); an unmarked list of short lines that mostly give a number
    (ingredients, a scorecard) after a colon, or that all do with nothing between them and the
    paragraphs around; two names or more after a lead-in ("নিহতরা হলেন:" then "মো. রফিকুল
    ইসলাম", "আবদুল করিম"); or the rows of a table."""
    items: set[int] = set()
    run: list[int] = []
    for i in [*gap, -1]:
        if i >= 0 and page.label[i] is None and LIST_ITEM.match(page.lines[i].text):
            run.append(i)
            continue
        if len(run) >= 2:
            before = page.prev(run[0])
            if _lead_in(page, before) or all(page.lines[j].terminal for j in run) or len(run) >= 3:
                items.update(run)
        run = []
    for i in [*gap, -1]:
        line = page.lines[i]
        if i >= 0 and i not in items and page.label[i] is None and not line.prose and line.words <= 8:
            run.append(i)
            continue
        # (Under a subhead without a colon, such a list is no different from a sidebar's prayer times
        # or exchange rates: those end the story. With nothing at all between it and the paragraphs
        # around it, every line a figure, it is the story's: a sidebar comes with its heading.)
        announced = len(run) >= 4 and (_lead_in(page, run[0]) or _lead_in(page, page.prev(run[0])))
        figures = sum(1 for j in run if DIGIT.search(page.lines[j].text))
        bare = len(run) >= 3 and figures == len(run) and run == gap and all(
            j is not None and page.lines[j].prose for j in (page.prev(run[0]), page.next(run[-1])))
        if (announced and 2 * figures >= len(run)) or bare:
            items.update(run)
        run = []
    for i in [*gap, -1]:
        if i >= 0 and i not in items and (page.label[i] is None or page.reason[i] == "byline_cue") \
                and _name_like(page.lines[i].text):
            run.append(i)
            continue
        if len(run) >= 2 and _lead_in(page, page.prev(run[0]), dash=True):
            items.update(run)
        run = []
    items.update(_table_rows(page, gap))
    items.update(list_between_subheads(page, gap))
    return items


def list_between_subheads(page: Page, gap: list[int]) -> list[int]:
    """Short lines between two subheads, the gap's first and last line ("উপকরণ", "চালের গুঁড়া ২ কাপ",
    ..., "প্রণালি"): a list the story goes on after. A sidebar between paragraphs comes with its
    heading but no subhead of the story's under it."""
    if len(gap) < 4 or not (_subhead(page, gap[0]) and _subhead(page, gap[-1])):
        return []
    inner = gap[1:-1]
    ok = all(page.label[i] is None and not page.lines[i].prose and not page.lines[i].terminal
             and page.lines[i].words <= 6 and ":" not in page.lines[i].text for i in inner)
    return inner if ok else []


def _subhead(page: Page, i: int) -> bool:
    line = page.lines[i]
    return page.label[i] is None and line.words <= 3 and not line.terminal and not DIGIT.search(line.text)


_CELL_EDGE = re.compile(r"\s*\|\s*|\t+")


def _cells(text: str) -> int:
    """How many cells a table row copied with '|' or tabs between them holds (0: not a row)."""
    if "|" not in text and "\t" not in text:
        return 0
    cells = [c for c in _CELL_EDGE.split(text) if c.strip()]
    return len(cells) if len(cells) >= 2 and all(len(c.split()) <= 6 for c in cells) else 0


def _table_rows(page: Page, gap: list[int]) -> list[int]:
    """Three rows or more in a row with the same number of cells: a table in the story
    ('প্রার্থী | প্রতীক | ভোট', 'আবদুল করিম | নৌকা | ২৪,৫৬১')."""
    rows: list[int] = []
    run: list[int] = []
    width = 0  # cells in the run's rows
    for i in [*gap, -1]:
        n = _cells(page.lines[i].text) if i >= 0 and not page.lines[i].prose else 0
        if n and run and n == width and i == page.next(run[-1]):
            run.append(i)
            continue
        if len(run) >= 3:
            rows += run
        run, width = ([i], n) if n else ([], 0)
    return rows


def _name_like(text: str) -> bool:
    """Two to five words with no figures and no punctuation but a title's dot ('মো.', 'ড.')."""
    return 2 <= len(text.split()) <= 5 and not DIGIT.search(text) and not _PUNCT.search(text)


_PUNCT = re.compile(r"[,;:ঃ।?!()\"'‘’“”—–]")


def _lead_in(page: Page, i: int | None, dash: bool = False) -> bool:
    """A line that announces a list: it ends in a colon (or, before names, a dash: 'নিহতরা হলেন—')."""
    ends = (":", "ঃ", "—", "–") if dash else (":", "ঃ")
    return i is not None and page.lines[i].text.endswith(ends)


DIGIT = re.compile(r"[0-9০-৯]")


# "আবেদনের শেষ তারিখ: ২৪ ডিসেম্বর ২০২৬", "পদের সংখ্যা: ১৩টি", "ডিসেম্বর ২০২৪: ৩,৪৫,৭৬৫": a label of up
# to four words (ending in a letter or a year, not a time's hour), then its value.
_KEY_VALUE = re.compile(r"^(?:[^\s:ঃ।?!]+\s){0,3}(?:[^\s:ঃ।?!]*[^\s:ঃ।?!0-9০-৯]|[0-9০-৯]{4})\s?[:ঃ]\s*\S")


def _fact_line(page: Page, i: int) -> bool:
    line = page.lines[i]
    return ((page.label[i] is None or page.reason[i] == "date_shape") and not line.prose
            and line.words <= 12 and bool(_KEY_VALUE.match(line.text)))


def fact_box(page: Page, gap: list[int]) -> bool:
    """Three 'label: value' lines or more and nothing else (ads and credits aside; a short heading
    over them) between two parts of a story: its fact box ('পদের সংখ্যা: ১৩টি', 'আবেদনের শেষ তারিখ:
    ২৪ ডিসেম্বর ২০২৬'), or a small table ('খেলাপি ঋণ (কোটি টাকা)' over 'ডিসেম্বর ২০২৪: ৩,৪৫,৭৬৫'),
    whose dates are facts, not the story's date."""
    lines = [i for i in gap if page.label[i] not in FURNITURE]
    if len(lines) >= 4 and _box_title(page, lines[0]):
        lines = lines[1:]
    return len(lines) >= 3 and all(_fact_line(page, i) for i in lines)


def _box_title(page: Page, i: int) -> bool:
    line = page.lines[i]
    return page.label[i] is None and not line.prose and not line.terminal and line.words <= 6


def link_box(page: Page, gap: list[int]) -> bool:
    """A related-links box: its heading, its headlines, maybe their dates or ages; not a labelled
    date ("প্রকাশ : ..."), which heads a story of its own."""
    lines = [i for i in gap if page.label[i] not in FURNITURE]
    return bool(lines) and _heads_a_box(page, lines[0]) and all(
        (page.reason[i] in _LINK_DATES and not any(d.role for d in page.lines[i].dates))
        or box_heading(page, i) == lines[0] for i in lines[1:])


_BOX_HEADS = ("more_news_heading", "inline_related")


_LINK_DATES = ("date_shape", "relative_time")


# A video player's heading and running time ("ভিডিও", "০৩:২৫") over the video's title.
VIDEO_HEAD = re.compile(r"^(?:ভিডিও|ভিডিও\s+দেখুন|ভিডিও\s+সংবাদ|video)$", re.IGNORECASE)


_RUNNING_TIME = re.compile(r"^[0-9০-৯]{1,2}:[0-9০-৯]{2}(?::[0-9০-৯]{2})?$")


def _heads_a_box(page: Page, i: int) -> bool:
    text = page.lines[i].text
    return page.reason[i] in _BOX_HEADS or (len(text) <= 12 and bool(VIDEO_HEAD.match(text)))


def box_heading(page: Page, i: int) -> int | None:
    """The heading of the related-links box that line i stands in: 'আরও পড়ুন' or 'সম্পর্কিত খবর'
    (or 'আরও পড়ুন: <headline>' itself), then up to three headlines, maybe with their dates."""
    if page.reason[i] in _LINK_DATES:
        return None  # (a date line starts no walk: above a story, it is the story's)
    j: int | None = i
    links = 0
    while j is not None:
        reason = page.reason[j]
        if _heads_a_box(page, j):
            return None if j != i and link_on_the_line(page, j) else j
        if (page.label[j] is None and not page.lines[j].prose) or reason == "inline_related_headline":
            links += 1
            if links > 3:
                return None
        elif reason not in _LINK_DATES and not _RUNNING_TIME.match(page.lines[j].text):
            return None
        j = page.prev(j)
    return None


def subhead(page: Page, i: int) -> bool:
    """One or two words between paragraphs ('মেষ', 'উপকরণ'): a subhead, shorter than headlines."""
    open_line = page.label[i] is None or page.reason[i] == "menu_word"  # ('খেলা' heading a year in review)
    return open_line and page.lines[i].words <= 2 and not page.lines[i].terminal


def dates_a_link(page: Page, i: int) -> bool:
    """A date or age ("২ ঘণ্টা আগে") right under a related-links box's link: the link's, no story's."""
    k = page.prev(i)
    return page.reason[i] in _LINK_DATES and k is not None and box_heading(page, k) is not None


def link_on_the_line(page: Page, i: int) -> bool:
    """'আরও পড়ুন: <headline>' holds its one link: the short line under it is the story's again."""
    return page.reason[i] == "inline_related" and page.lines[i].words > 3
