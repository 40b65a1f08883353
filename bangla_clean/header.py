"""The header above the story (title, byline, its own date lines) and the trailer under it,
read outwards from the article block that `classify.py` chose."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from . import rules as R
from .lines import Line, ends_in_dari, make_line
from .page import FURNITURE, LIST_ITEM, Page, on_toolbar

HEADER_WINDOW = 12  # non-blank lines read above the body for title, byline and dates


def _headline_like(page: Page, i: int) -> bool:
    """No headline: a bracketed note ("[সম্পাদকের নোট: ...]"), a count under its label ("পঠিত: ১২৩৪")."""
    line = page.lines[i]
    return (page.label[i] is None and not line.prose and not line.truncated and 2 <= line.words <= 30
            and line.bangla_share >= 0.5 and not (line.text.endswith("।") and line.inner_stops)
            and i not in page.wrapped and not _NOTE_OR_COUNT.match(line.text))


_NOTE_OR_COUNT = re.compile(r"[\[(].*[\])]$|[^:ঃ]{1,30}[:ঃ][\s0-9০-৯,.]+$")


_PUNCT = re.compile(r"[,;:?!।‘’“”\"'()\-–—]")


def _bare_name(line: Line) -> bool:
    """A writer's name, maybe with a place after a comma: "রহিম উদ্দিন", "রাশেদ মাহমুদ, চট্টগ্রাম".
    (Two names joined by "ও" are left out: "সংসদ নির্বাচন ও সংস্কার প্রস্তাব" is a headline.)"""
    name, _, place = line.text.partition(",")
    return (2 <= len(name.split()) <= 4 and len(place.split()) <= 1 and not _PUNCT.search(name)
            and not _PUNCT.search(place))


# A figure; a last word that is a verb ("দাম বাড়ছে", "ভোট হবে", "বৈঠক করলেন", "চাপ নেই"); a word
# before the last in the genitive or locative case ("শীতবস্ত্রের", "ঢাকাতে") or a postposition
# ("জন্য", "নিয়ে"): a short headline over the date, not the writer's name. (Plain "-ল", "-র" and
# "-এ" are left out: জামাল, কবির, "ফজলে রাব্বি" are names.)
_NOT_A_NAME = re.compile(unicodedata.normalize("NFC",
    r"[0-9০-৯]|(?:ছে|ছেন|বে|বেন|লেন|লো|নেই|নি)\s*$"
    r"|\S{2}(?:ের|তে|কে)(?=\s)"
    r"|(?:^|\s)(?:জন্য|নিয়ে|থেকে|দিয়ে|সঙ্গে|সাথে|বিরুদ্ধে|মধ্যে|এবং|না|নয়|হয়ে|করে|পর|আগে)(?=\s|$)"))


def _name_under_headline(page: Page, lower: int, upper: int) -> bool:
    """Headline, then a writer's bare name (a photo credit may stand between), then the date: the
    walk up met the name first. The line above it, longer, is the headline; or as short, when the
    name stands over its designation ("নিজস্ব প্রতিবেদক, ঢাকা")."""
    name, head = page.lines[lower], page.lines[upper]
    j = page.prev(lower)
    while j is not None and j != upper and page.label[j] in FURNITURE:
        j = page.prev(j)
    below = page.next(lower)
    designated = below is not None and page.reason[below] == "byline_cue"
    # (A short headline's words, "চরাঞ্চলে শীতবস্ত্রের জন্য হাহাকার", are no name; but a short line over
    # a photo credit under a longer headline is the photo's caption, which gives way all the same.)
    return (j == upper and _bare_name(name) and (head.words > name.words + 1 or designated)
            and (on_bare_credit(page, lower) or not _NOT_A_NAME.search(name.text.partition(",")[0])))


_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]*\.?)?(?: [A-Z][a-z]+){1,2}$")  # "Sanket Roy", "Anita B. Das"


def _name_by_date(page: Page, i: int) -> bool:
    """An open bare name right above or under the story's date: the writer (or, failing a headline
    above, a short headline: see the end of read_header)."""
    line = page.lines[i]
    latin_name = page.reason[i] == "latin_fragment" and _LATIN_NAME.match(line.text)
    if (page.label[i] is not None and not latin_name) or not _bare_name(line) or on_bare_credit(page, i):
        return False  # (a short line over "ছবি: ..." is the photo's caption)
    if _NOT_A_NAME.search(line.text.partition(",")[0]):
        return False
    return any(j is not None and page.label[j] == R.DATELINE and page.reason[j] in ("date_shape", "article_date")
               for j in (page.next(i), page.prev(i)))


def on_bare_credit(page: Page, i: int) -> bool:
    """Is the next line a photo credit alone ("ছবি: সংগৃহীত"), so that this one may be its caption?"""
    j = page.next(i)
    return j is not None and page.reason[j] == "photo_credit" and page.lines[j].words <= 4


_SPEAKER = re.compile(r"^([^:ঃ।?!]{1,40})[:ঃ]\s")


def speaker(line: Line) -> str | None:
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
    if no_title_yet and speaker(line) in speakers:
        return R.BODY, "first_question"  # an interview's first "প্রশ্ন: ...?" above its first answer
    return None


@dataclass
class _Walk:
    """What the walk up from the story has taken so far."""

    title: int | None = None
    standfirst: int | None = None  # a summary printed under the headline
    name: int | None = None  # a bare name taken for the byline (the title if no headline turns up)
    have_date: bool = False
    last_was_date: bool = False
    on_credit: bool = False  # the title taken stands on a bare photo credit: it may be the photo's caption
    above_title: bool = False  # a date, byline or summary met after (above) the title taken
    stepped: bool = False  # a section label, menu word or kicker stepped over after (above) the title taken

    def take_title(self, page: Page, i: int) -> None:
        self.title = i
        page.set(i, R.TITLE, "headline_above_body")
        if self.standfirst is not None:
            page.set(self.standfirst, R.TITLE, "standfirst")

    def met_header_line(self) -> None:
        self.above_title = self.above_title or self.title is not None


def read_header(page: Page, start: int, block: list[int]) -> None:
    """Walk up from the first paragraph: title, byline and the article's own date lines.

    Layouts differ (title-byline-date, byline-date-title, title-date-title), so the walk takes
    what it meets until it has a title and a date and then meets something that belongs above."""
    before = page.label[:], page.reason[:]
    walk = _walk_up(page, start, block)
    if _first_sentence_taken(page, walk, start):
        # One short sentence right over the story, under a date or byline: the story's first
        # paragraph if a headline (which ends in no dari) stands above the header.
        after = page.label[:], page.reason[:]
        first = walk.title
        page.label[:], page.reason[:] = before
        page.set(first, R.BODY, "short_paragraph")
        again = _walk_up(page, first, block)
        if again.title is not None and not _one_sentence(page.lines[again.title]):
            walk = again
        else:
            page.label[:], page.reason[:] = after
    title, standfirst = walk.title, walk.standfirst
    if walk.name is not None and (title is None or (walk.on_credit and walk.name < title)):
        # A short headline right above the date, taken for a name: nothing better above it (the
        # other candidate, over a photo credit, is the photo's caption).
        if title is not None:
            page.set(title, R.CAPTION, "caption_above_credit")
        title = walk.name
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


def _first_sentence_taken(page: Page, walk: _Walk, start: int) -> bool:
    """The walk took a one-sentence line right above the story for the title, and met a date or
    byline above it."""
    return (walk.title is not None and walk.title == page.prev(start) and walk.above_title
            and walk.standfirst is None and _one_sentence(page.lines[walk.title]))


def _furniture(page: Page, i: int) -> bool:
    """Lines the walk steps over: buttons and counts, captions, "সংক্ষেপে", the reporter's e-mail,
    an age ("আপডেট: ৩ ঘণ্টা আগে"), an editor's bracketed note, a count under its label."""
    label, line = page.label[i], page.lines[i]
    return (on_toolbar(page, i) or label in (R.CATEGORY, R.PAGE_HEADER)
            or (label == R.MENU and line.words <= 3) or (label is None and line.words == 1)
            or page.reason[i] in ("contact", "breadcrumb", "relative_time")
            or (label is None and bool(_NOTE_OR_COUNT.match(line.text))))


def _walk_up(page: Page, start: int, block: list[int]) -> _Walk:
    walk = _Walk()
    speakers = {who for i in block if page.label[i] == R.BODY and (who := speaker(page.lines[i]))}
    k, seen = page.pos[start] - 1, 0
    while k >= 0 and seen < HEADER_WINDOW:
        i = page.nonblank[k]
        k -= 1
        seen += 1
        label, line = page.label[i], page.lines[i]
        if walk.name is None and _name_by_date(page, i):
            walk.name = i
            page.set(i, R.BYLINE, "name_under_title")
            walk.met_header_line()
            walk.last_was_date = False
            continue
        if _furniture(page, i):
            walk.stepped = walk.stepped or (walk.title is not None and label in (R.MENU, None))
            continue
        if (walk.title is None or walk.on_credit) and walk.standfirst is None and (
                (label is None and (line.prose or i in page.wrapped))
                # headline, summary, date is also a section front's teaser: above the article's own date it is not
                or (walk.last_was_date and page.reason[i] == "summary_before_date")
                # (nor the last of a list of teasers in that frame, right above the story's own byline and date)
                or (walk.title is None and walk.have_date and page.reason[i] == "teaser_list"
                    and (above := page.prev(i)) is not None and _headline_like(page, above))):
            # A summary printed under the headline (bdnews24, Prothom Alo): part of the header.
            walk.standfirst = i
            walk.above_title = walk.title is not None
            continue
        if walk.standfirst is not None and i in page.wrapped and i == walk.standfirst - 1:
            walk.standfirst = i  # the summary goes on above: it was hard-wrapped
            continue
        if label == R.DATELINE and page.reason[i] == "date_shape":
            if (walk.title is not None and walk.have_date and not walk.last_was_date) or (
                    (walk.title is not None or walk.have_date) and R.is_site_strip(line)):
                break  # the site's date strip is today's date, not the story's
            if walk.title is None and walk.have_date and walk.name is not None and not walk.last_was_date:
                break  # another item's date above a short line over ours: that line was our headline
            if walk.title is None and walk.have_date and _dated_headline(line):
                walk.take_title(page, i)  # "রাশিফল: ২৩ নভেম্বর ২০২৬" above the story's own date line
                walk.last_was_date = False
                continue
            page.set(i, R.DATELINE, "article_date")
            walk.have_date = walk.last_was_date = True
            walk.met_header_line()
            continue
        walk.last_was_date = False
        if label == R.BYLINE:
            walk.met_header_line()
            continue
        step = _stepped_over(page, i, walk.title is None, speakers)
        if step:
            page.set(i, *step)
            walk.stepped = walk.stepped or walk.title is not None
            continue
        if not (_headline_like(page, i) and _take_headline(page, walk, i)):
            break
    return walk


def _take_headline(page: Page, walk: _Walk, i: int) -> bool:
    """A headline-like line met on the way up: the title, a better title, or one to step over.
    False: it belongs above the header (the walk ends)."""
    title, line = walk.title, page.lines[i]
    # Headline, date or byline, then the photo's caption over its credit ("ছবি: Reuters"): the
    # caption, taken first on the way up, gives way to a headline above them.
    # (Not over a section label: 'মতামত' over the writer's name over the headline is the page's.)
    replace = title is not None and walk.on_credit and walk.above_title and not walk.stepped
    if title is None or replace:
        if replace and title is not None:
            page.set(title, R.CAPTION, "caption_above_credit")
        walk.on_credit = not replace and on_bare_credit(page, i)
        walk.take_title(page, i)
        return True
    if _name_under_headline(page, title, i):
        page.set(title, R.BYLINE, "name_under_title")
        walk.title = i
        page.set(i, R.TITLE, "headline_above_body")
        return True
    if line.key == page.lines[title].key:
        page.set(i, R.TITLE, "title_repeated")
        return True
    if _one_sentence(page.lines[title]) and not _one_sentence(line) and _next_to(page, i, title):
        # Headline, then a one-line deck that ends in a dari (headlines do not): the deck was taken first.
        page.set(title, R.TITLE, "standfirst")
        walk.title = i
        page.set(i, R.TITLE, "headline_above_body")
        return True
    # A kicker over the headline ("কূটনীতি", "রাশিয়া-উত্তর কোরিয়া"): the date may stand above it.
    return not walk.have_date and line.words <= 3 and page.prev(title) == i


def _next_to(page: Page, i: int, j: int) -> bool:
    """Nothing but buttons, counts and credits between lines i and j (i above j)."""
    return all(_furniture(page, k) for k in page.nonblank[page.pos[i] + 1:page.pos[j]])


def _one_sentence(line: Line) -> bool:
    return line.terminal == "stop" and line.inner_stops == 0 and ends_in_dari(line)


def repeats_byline(page: Page, line: Line) -> bool:
    """An opinion piece ends with its writer's name and post ("ড. সেলিম রায়হান ।। অধ্যাপক, ..."):
    a line that starts with the byline of the header (or with the bare name taken for the title,
    when the page lost its headline)."""
    names = [page.lines[j].key for j in page.nonblank
             if (page.label[j] == R.BYLINE and page.reason[j] in ("byline_cue", "name_under_title"))
             or (page.label[j] == R.TITLE and _bare_name(page.lines[j]))]
    # At the start, give or take a title such as "ড." that one of the two leaves out.
    return any(len(n) >= 6 and 0 <= line.key.find(n) <= 8 and line.words <= 25 for n in names)


def read_trailer(page: Page, end: int) -> None:
    """Just after the story: a reporter's sign-off, the writer's name and post, a last one-line
    quote, and the story's own date when none stood above it (byline and date under the story)."""
    # (A first-published date under the story counts also when the header showed only an update.)
    dated = any(d.role != "updated" for j in page.nonblank if page.reason[j] == "article_date"
                for d in page.lines[j].dates)
    for n in range(1, 6):
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
            continue  # (the story's byline and date may stand under its short last paragraph)
        if not (on_toolbar(page, i) or page.label[i] == R.CATEGORY):
            return  # (tags, a share bar, "মন্তব্য করুন" or an ad may stand between the story and its date)


def story_header_above(page: Page, start: int, headline: bool = True) -> bool:
    """Is there a byline or a date line just above the paragraph (before any other story's text or
    a menu), or (if `headline`) a headline-sized line right above it?"""
    for n in range(1, 7):
        j = page.prev(start, n)
        if j is None or page.lines[j].prose or page.lines[j].truncated or (
                page.label[j] == R.MENU and not _lone_menu_word(page, j)):
            return False  # (another story's text, or navigation: what stands above is not this one's)
        line = page.lines[j]
        if page.label[j] == R.BYLINE or (page.reason[j] == "date_shape" and not R.is_site_strip(line)):
            return True  # (a teaser's age, "৩ ঘণ্টা আগে", dates no story)
        if headline and n <= 3 and page.label[j] is None and 4 <= line.words <= 30:
            return True
    return False


def _lone_menu_word(page: Page, j: int) -> bool:
    """A section's or edition's name alone between a story's header and its text ('অনলাইন সংস্করণ',
    'ভিডিও'), not a menu or breadcrumb (menu lines around it)."""
    return page.reason[j] == "menu_word" and all(
        k is None or page.label[k] != R.MENU for k in (page.prev(j), page.next(j)))


def under_own_header(page: Page, start: int, headline: bool = False) -> bool:
    """A news brief too short for the article test still stands under a story's own header: a
    byline or a labelled date ("প্রকাশ: ...") just above it, or a date line that names the writer
    ("নিজস্ব প্রতিবেদক৩০ ডিসেম্বর ২০২৫ | ০৯:৪১"). Teasers in lists have none of them.
    `headline`: the headline may stand between them, under a byline (a date alone over a headline
    may be the last teaser's of a list above)."""
    over_headline = False
    for n in range(1, 9):
        j = page.prev(start, n)
        if j is None:
            return False
        label, line = page.label[j], page.lines[j]
        if headline and n == 1 and _headline_like(page, j):
            over_headline = True
            continue
        if label == R.BYLINE or (label == R.DATELINE and (
                (any(d.role for d in line.dates) and not over_headline)
                or R.byline(make_line(R.dateline_residue(line))))):
            return True
        # (A video's length "০৩:২৫", a share bar, a comment or share count may stand between.)
        if not (on_toolbar(page, j) or label == R.DATELINE or R.is_time_of_day(line)):
            return False
    return False
