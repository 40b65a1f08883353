"""The header above the story (title, byline, its own date lines) and the trailer under it,
read outwards from the article block that `classify.py` chose."""

from __future__ import annotations

import re

from . import rules as R
from .lines import Line
from .page import FURNITURE, LIST_ITEM, Page

HEADER_WINDOW = 12  # non-blank lines read above the body for title, byline and dates


def _headline_like(page: Page, i: int) -> bool:
    line = page.lines[i]
    return (page.label[i] is None and not line.prose and not line.truncated and 2 <= line.words <= 30
            and line.bangla_share >= 0.5 and not (line.text.endswith("।") and line.inner_stops)
            and i not in page.wrapped)


_PUNCT = re.compile(r"[,;:?!।‘’“”\"'()\-–—]")


def _bare_name(line: Line) -> bool:
    """A writer's name, maybe with a place after a comma: "রহিম উদ্দিন", "রাশেদ মাহমুদ, চট্টগ্রাম"."""
    name, _, place = line.text.partition(",")
    return (2 <= len(name.split()) <= 4 and len(place.split()) <= 1 and not _PUNCT.search(name)
            and not _PUNCT.search(place))


def _name_under_headline(page: Page, lower: int, upper: int) -> bool:
    """Headline, then a writer's bare name (a photo credit may stand between), then the date: the
    walk up met the name first. The line above it, longer, is the headline."""
    name, head = page.lines[lower], page.lines[upper]
    j = page.prev(lower)
    while j is not None and j != upper and page.label[j] in FURNITURE:
        j = page.prev(j)
    return j == upper and _bare_name(name) and head.words > name.words + 1


_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]*\.?)?(?: [A-Z][a-z]+){1,2}$")  # "Sanket Roy", "Anita B. Das"


def _name_by_date(page: Page, i: int) -> bool:
    """An open bare name right above or under the story's date: the writer (or, failing a headline
    above, a short headline: see the end of read_header)."""
    line = page.lines[i]
    latin_name = page.reason[i] == "latin_fragment" and _LATIN_NAME.match(line.text)
    if (page.label[i] is not None and not latin_name) or not _bare_name(line) or on_bare_credit(page, i):
        return False  # (a short line over "ছবি: ..." is the photo's caption)
    return any(j is not None and page.label[j] == R.DATELINE and page.reason[j] in ("date_shape", "article_date")
               for j in (page.next(i), page.prev(i)))


def on_bare_credit(page: Page, i: int) -> bool:
    """Is the next line a photo credit alone ("ছবি: সংগৃহীত"), so that this one may be its caption?"""
    j = page.next(i)
    return j is not None and page.reason[j] == "photo_credit" and page.lines[j].words <= 4


_SPEAKER = re.compile(r"^([^:ঃ।?!]{1,40})[:ঃ]\s")


def _speaker(line: Line) -> str | None:
    """'প্রশ্ন' of 'প্রশ্ন: ...', 'রফিকুল ইসলাম' of 'রফিকুল ইসলাম: ...': who speaks in a Q&A."""
    m = _SPEAKER.match(line.text)
    return m.group(1).strip() if m and len(m.group(1).split()) <= 3 else None


def _dated_headline(line: Line) -> bool:
    """A headline that names a day ("আজকের নামাজের সময়সূচি, ২৩ নভেম্বর ২০২৬"): words beside the date,
    and no time and no 'প্রকাশ'/'আপডেট' label that a date line would have."""
    return (len(R.dateline_residue(line).split()) >= 2 and not line.bengali_dates and not line.weekday
            and not any(d.has_time or d.role for d in line.dates))


def _stepped_over(page: Page, i: int, no_title_yet: bool, speakers: set[str]) -> tuple[str, str] | None:
    """Open lines between headline and story that the walk up labels and steps over."""
    line = page.lines[i]
    if page.label[i] is not None:
        return None
    if R.is_time_of_day(line):
        return R.DATELINE, "entry_time"  # the first entry's time stamp, above a live blog
    if no_title_yet and LIST_ITEM.match(line.text):
        return R.TITLE, "key_point"  # a key-points box above the story repeats it
    if no_title_yet and _speaker(line) in speakers:
        return R.BODY, "first_question"  # an interview's first "প্রশ্ন: ...?" above its first answer
    return None


def read_header(page: Page, start: int, block: list[int]) -> None:
    """Walk up from the first paragraph: title, byline and the article's own date lines.

    Layouts differ (title-byline-date, byline-date-title, title-date-title), so the walk takes
    what it meets until it has a title and a date and then meets something that belongs above."""
    title: int | None = None
    standfirst: int | None = None
    have_date = last_was_date = False
    on_credit = False  # the title taken stands on a bare photo credit: it may be the photo's caption
    header_above_title = False  # a date, byline or summary met after (above) the title taken
    name = None  # a bare name taken for the byline (the title if no headline turns up)
    speakers = {_speaker(page.lines[i]) for i in block if page.label[i] == R.BODY} - {None}
    k, seen = page.pos[start] - 1, 0
    while k >= 0 and seen < HEADER_WINDOW:
        i = page.nonblank[k]
        k -= 1
        seen += 1
        label, line = page.label[i], page.lines[i]
        if name is None and _name_by_date(page, i):
            name = i
            page.set(i, R.BYLINE, "name_under_title")
            header_above_title = header_above_title or title is not None
            last_was_date = False
            continue
        if label in (R.CAPTION, R.SHARE, R.NOISE, R.PROMO, R.CATEGORY, R.PAGE_HEADER) or (
                label == R.MENU and line.words <= 3) or (label is None and line.words == 1) or (
                page.reason[i] in ("contact", "breadcrumb")):
            continue  # furniture between headline and story: buttons, "সংক্ষেপে", the reporter's e-mail
        open_title = title is None or on_credit
        if open_title and standfirst is None and (
                (label is None and (line.prose or i in page.wrapped))
                # headline, summary, date is also a section front's teaser: above the article's own date it is not
                or (last_was_date and page.reason[i] == "summary_before_date")):
            # A summary printed under the headline (bdnews24, Prothom Alo): part of the header.
            standfirst = i
            header_above_title = title is not None
            continue
        if standfirst is not None and i in page.wrapped and i == standfirst - 1:
            standfirst = i  # the summary goes on above: it was hard-wrapped
            continue
        if label == R.DATELINE and page.reason[i] == "date_shape":
            if (title is not None and have_date and not last_was_date) or (
                    (title is not None or have_date) and R.is_site_strip(line)):
                break  # the site's date strip is today's date, not the story's
            if title is None and have_date and _dated_headline(line):
                title = i  # "রাশিফল: ২৩ নভেম্বর ২০২৬" above the story's own date line
                page.set(i, R.TITLE, "headline_above_body")
                if standfirst is not None:
                    page.set(standfirst, R.TITLE, "standfirst")
                last_was_date = False
                continue
            page.set(i, R.DATELINE, "article_date")
            have_date = last_was_date = True
            header_above_title = header_above_title or title is not None
            continue
        last_was_date = False
        if label == R.BYLINE:
            header_above_title = header_above_title or title is not None
            continue
        step = _stepped_over(page, i, title is None, speakers)
        if step:
            page.set(i, *step)
            continue
        if _headline_like(page, i):
            # Headline, date or byline, then the photo's caption over its credit ("ছবি: Reuters"): the
            # caption, taken first on the way up, gives way to a headline above them.
            replace = title is not None and on_credit and header_above_title
            if title is None or replace:
                if replace:
                    page.set(title, R.CAPTION, "caption_above_credit")
                on_credit = not replace and on_bare_credit(page, i)
                title = i
                page.set(i, R.TITLE, "headline_above_body")
                if standfirst is not None:
                    page.set(standfirst, R.TITLE, "standfirst")
                continue
            if _name_under_headline(page, title, i):
                page.set(title, R.BYLINE, "name_under_title")
                title = i
                page.set(i, R.TITLE, "headline_above_body")
                continue
            if line.key == page.lines[title].key:
                page.set(i, R.TITLE, "title_repeated")
                continue
            if not have_date and line.words <= 3 and page.prev(title) == i:
                continue  # a kicker over the headline ("কূটনীতি", "রাশিয়া-উত্তর কোরিয়া"): the date may stand above it
        break
    if name is not None and (title is None or (on_credit and name < title)):
        # A short headline right above the date, taken for a name: nothing better above it (the
        # other candidate, over a photo credit, is the photo's caption).
        if title is not None:
            page.set(title, R.CAPTION, "caption_above_credit")
        title = name
        page.set(title, R.TITLE, "headline_above_body")
    if title is None and standfirst is not None and page.lines[standfirst].inner_stops == 0 \
            and page.lines[standfirst].words <= 20:
        title = standfirst  # one sentence above the byline and date, nothing above it: a headline with a dari
        page.set(title, R.TITLE, "headline_above_body")
    if title is not None:
        key = page.lines[title].key
        for i in page.nonblank:
            if page.label[i] is None and page.lines[i].key == key:
                page.set(i, R.TITLE, "title_repeated")


def repeats_byline(page: Page, line: Line) -> bool:
    """An opinion piece ends with its writer's name and post ("ড. সেলিম রায়হান ।। অধ্যাপক, ..."):
    a line that starts with the byline of the header."""
    names = [page.lines[j].key for j in page.nonblank
             if page.label[j] == R.BYLINE and page.reason[j] in ("byline_cue", "name_under_title")]
    # At the start, give or take a title such as "ড." that one of the two leaves out.
    return any(len(n) >= 6 and 0 <= line.key.find(n) <= 8 and line.words <= 25 for n in names)


def read_trailer(page: Page, end: int) -> None:
    """Just after the story: a reporter's sign-off, the writer's name and post, a last one-line
    quote, and the story's own date when none stood above it (byline and date under the story)."""
    # (A first-published date under the story counts also when the header showed only an update.)
    dated = any(d.role != "updated" for j in page.nonblank if page.reason[j] == "article_date"
                for d in page.lines[j].dates)
    for n in (1, 2, 3):
        i = page.next(end, n)
        if i is None:
            return
        line = page.lines[i]
        if page.label[i] == R.DATELINE and page.reason[i] == "date_shape" and not dated:
            page.set(i, R.DATELINE, "article_date")
            return
        if page.label[i] == R.BYLINE and page.reason[i] == "byline_cue":
            continue
        if R.is_sign_off(line):
            page.set(i, R.BYLINE, "sign_off")
            continue
        if repeats_byline(page, line):
            page.set(i, R.BYLINE, "author_bio")
            continue
        if n == 1 and page.label[i] is None and line.terminal and line.words >= 2 and line.bangla_share >= 0.5:
            page.set(i, R.BODY, "short_paragraph")
            return
        if page.label[i] not in (R.CAPTION, R.NOISE, R.SHARE):
            return
