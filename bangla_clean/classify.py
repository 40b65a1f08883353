"""Lines -> labelled lines: context-free rules first, then the page's context decides.

The steps, in order:
1. every line gets the first context-free rule that fires (`rules.RULES`), or stays open
   as prose (reads like a paragraph) or short (headline, menu item, subhead);
2. teasers: prose cut short with an ellipsis, or a lone paragraph followed by a date;
3. blocks: runs of prose joined across small soft gaps (a caption, a subhead, an inline
   "আরও পড়ুন" link); the block with the most words is the article, if it has enough;
4. the header above the article (title, byline, date lines) is read backwards from it;
5. what is left outside the article is named by its shape: menus, headline lists, teasers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from . import rules as R
from .lines import Line, make_line

MIN_ARTICLE_WORDS = 20  # a page whose best block is smaller is a section front, not an article
MIN_BRIEF_WORDS = 8  # ... unless it stands under its own byline or labelled date: a news brief
MAX_SOFT_GAP = 3  # non-prose lines a body may hold between two paragraphs (ads and credits aside)
MAX_GAP_LINES = 8  # ... and all lines, ads and credits included (a list's items aside)
HEADER_WINDOW = 12  # non-blank lines read above the body for title, byline and dates

# Labels that end a body block when they stand between two paragraphs.
_HARD = {R.DATELINE, R.COMMENTS, R.CATEGORY, R.FOOTER, R.BYLINE, R.PAGE_HEADER, R.RANKED_LIST, R.MENU}


@dataclass(slots=True)
class Labelled:
    line: Line
    label: str
    reason: str


_SENTENCES = re.compile(r"[^।?!॥৷]+[।?!॥৷]?")


class _Page:
    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.label: list[str | None] = [None] * len(lines)
        self.reason: list[str] = [""] * len(lines)
        self.nonblank = [i for i, ln in enumerate(lines) if ln.text]
        self.pos = dict(zip(self.nonblank, range(len(self.nonblank)), strict=True))  # index -> place
        self.wrapped: set[int] = set()  # lines of hard-wrapped paragraphs (see _hard_wrapped)

    def set(self, i: int, label: str, reason: str) -> None:
        self.label[i] = label
        self.reason[i] = reason

    def prev(self, i: int, n: int = 1) -> int | None:
        k = self.pos[i] - n
        return self.nonblank[k] if k >= 0 else None

    def next(self, i: int, n: int = 1) -> int | None:
        k = self.pos[i] + n
        return self.nonblank[k] if k < len(self.nonblank) else None


def classify(lines: list[Line], boilerplate: Collection[int] = ()) -> list[Labelled]:
    """Give every line exactly one label and reason. Only `body` lines go into the text.
    `boilerplate`: indices of lines learned as the site's boilerplate (`profile.py`); when no
    rule names them, they are set aside before the article is looked for."""
    page = _Page(lines)
    label, reason = page.label, page.reason
    for i, line in enumerate(lines):
        if not line.ruled:
            line.verdict, line.ruled = R.first_rule(line), True
        verdict = line.verdict
        if verdict:
            label[i], reason[i] = verdict
        elif i in boilerplate:
            label[i], reason[i] = R.SITE_BOILERPLATE, "learned_from_batch"

    page.wrapped = _hard_wrapped(page)
    prose = {i for i in page.nonblank if page.label[i] is None and lines[i].prose} | page.wrapped
    _mark_teasers(page, prose)
    block = _best_block(page, prose)

    if block:
        _label_block(page, block, prose)
        start = block[0]
        _read_header(page, start, block)
        last = next((i for i in reversed(block) if page.label[i] == R.BODY), None)
        if last is not None and last != start and _repeats_byline(page, page.lines[last]):
            page.set(last, R.BYLINE, "author_bio")  # the writer's name and post closing the piece
        _read_trailer(page, block[-1])
    _label_leftovers(page, prose, article=bool(block))
    labels = [x or R.MORE_NEWS for x in page.label]  # (every line has one by now: a safety net)
    reasons = [x or "unlabelled" for x in page.reason]
    return list(map(Labelled, lines, labels, reasons))


_NUKTA = "\u09bc"


def _hard_wrapped(page: _Page) -> set[int]:
    """Lines of paragraphs hard-wrapped at a fixed width (lynx, html2text): chains of adjacent open
    lines where each line fills the width but for a word and the next line's first word would not
    have fitted on it (a greedy wrap's signature; a list of headlines lacks it), the chain joined
    reading as prose. The lines stay as they are; they only count as prose."""
    out: set[int] = set()
    lines = page.lines
    lengths = list(map(len, (ln.text for ln in lines)))
    width = max(lengths, default=0)
    # The whole page is wrapped, or none of it: no line longer than the width, many lines filling it.
    # (Most pages hold a longer paragraph and stop here: this runs on every page.)
    if not 40 <= width <= 124 or sum(1 for n in lengths if n >= width - 16) < 3:
        return out

    def size(text: str) -> int:
        return len(text) - text.count(_NUKTA)

    # Widths as the wrapping tool counted them: before NFC split "য়" into two code points (it may
    # have done so already, hence the slack of two). A short page needs three lines within a word
    # of the width; a longer one five within a long word.
    sizes = [size(ln.text) for ln in lines]
    width = max(sizes)
    if sum(1 for n in sizes if n >= width - 8) < 3 and sum(1 for n in sizes if n >= width - 16) < 5:
        return out

    def continues(a: str, b: str) -> bool:
        return size(a) >= width - 16 and size(a) + 1 + size(b.split()[0]) > width - 2

    chain: list[int] = []
    for i in [*page.nonblank, -1]:
        if (i >= 0 and chain and i == chain[-1] + 1 and page.label[i] is None and not R.is_time_of_day(lines[i])
                and continues(lines[chain[-1]].text, lines[i].text)):  # (a live blog's "৮:৩০ পিএম" under an entry)
            chain.append(i)
            continue
        # (Two lines must end a sentence: a paragraph as long as the page's widest line, then a
        # heading, have the signature by chance.)
        if len(chain) >= 2 and (len(chain) > 2 or lines[chain[-1]].terminal) \
                and make_line(" ".join(lines[j].text for j in chain)).prose:
            out.update(chain)
        chain = [i] if i >= 0 and page.label[i] is None else []
    return out


def _mark_teasers(page: _Page, prose: set[int]) -> None:
    lines = page.lines
    for i in page.nonblank:
        line = lines[i]
        if page.label[i] is None and line.truncated and line.words >= 6:
            nxt = page.next(i)
            if line.inner_stops and line.bangla_share >= 0.4 and nxt in prose:
                prose.add(i)  # whole sentences, then one that trails off, and the story goes on
            else:
                page.set(i, R.MORE_NEWS, "truncated_teaser")
    for i in sorted(prose):
        nxt, prv = page.next(i), page.prev(i)
        # Section fronts print a story's summary and then its date; an article's date comes first.
        if nxt is not None and page.label[nxt] == R.DATELINE and (prv is None or prv not in prose):
            page.set(i, R.MORE_NEWS, "summary_before_date")
            prose.discard(i)


_LIST_ITEM = re.compile(r"^(?:[-–—•●▪◦*►]|[0-9০-৯]{1,2}[.)।]|[(]?[ক-ঙa-e][.)])\s*\S")


def _list_items(page: _Page, gap: list[int]) -> set[int]:
    """Items of a list inside the story: two or more bulleted or numbered open lines in a row,
    announced by a line ending in a colon or themselves whole sentences; or an unmarked list of
    short lines that mostly give a number (ingredients, a scorecard) after a colon."""
    items: set[int] = set()
    run: list[int] = []
    for i in [*gap, -1]:
        if i >= 0 and page.label[i] is None and _LIST_ITEM.match(page.lines[i].text):
            run.append(i)
            continue
        if len(run) >= 2:
            before = page.prev(run[0])
            if _lead_in(page, before) or all(page.lines[j].terminal for j in run):
                items.update(run)
        run = []
    for i in [*gap, -1]:
        line = page.lines[i]
        if i >= 0 and i not in items and page.label[i] is None and not line.prose and line.words <= 8:
            run.append(i)
            continue
        # (Under a subhead without a colon, such a list is no different from a sidebar's prayer times
        # or exchange rates: those end the story.)
        announced = len(run) >= 4 and (_lead_in(page, run[0]) or _lead_in(page, page.prev(run[0])))
        if announced and 2 * sum(1 for j in run if _DIGIT.search(page.lines[j].text)) >= len(run):
            items.update(run)
        run = []
    return items


def _lead_in(page: _Page, i: int | None) -> bool:
    return i is not None and page.lines[i].text.endswith((":", "ঃ"))


_DIGIT = re.compile(r"[0-9০-৯]")


_FURNITURE = (R.CAPTION, R.PROMO, R.SHARE, R.NOISE)  # between paragraphs, ads and photo credits do not count


def _soft_gap(page: _Page, gap: list[int]) -> bool:
    items = _list_items(page, gap) if len(gap) > 1 else set()
    counted = sum(1 for i in gap if i not in items and page.label[i] not in _FURNITURE)
    if counted > MAX_SOFT_GAP or len(gap) - len(items) > MAX_GAP_LINES:
        return False
    for i in gap:
        if i in items:
            continue  # "- মাসিক লিখিত অনুশীলন" in a list is no reporter's sign-off
        label = page.label[i]
        if label in _HARD or page.reason[i] == "truncated_teaser" or R.is_sign_off(page.lines[i]):
            return False
    return True


def _best_block(page: _Page, prose: set[int]) -> list[int]:
    """The run of paragraphs (with the soft lines between them) that holds the most words."""
    blocks: list[list[int]] = []
    cur: list[int] = []
    gap: list[int] = []
    for i in page.nonblank:
        if i in prose:
            if cur and _soft_gap(page, gap):
                cur.extend(gap)
            elif cur:
                blocks.append(cur)
                cur = []
            cur.append(i)
            gap = []
        elif cur:
            gap.append(i)
    if cur:
        blocks.append(cur)

    def words(block: list[int]) -> int:
        return sum(page.lines[i].words for i in block if i in prose)

    repeated = _repeated_units(page, blocks, prose)
    candidates = [b for n, b in enumerate(blocks) if n not in repeated and not _is_teaser_list(page, b, prose)
                  and not _in_footer(page, b)]
    for b in blocks:
        if b not in candidates:
            label, reason = (R.FOOTER, "about_the_site") if _in_footer(page, b) else (R.MORE_NEWS, "teaser_list")
            for i in b:
                if i in prose:
                    page.set(i, label, reason)
                    prose.discard(i)
    if not candidates:
        return []
    best = _the_article(page, candidates, words, prose)
    if words(best) < MIN_ARTICLE_WORDS and not (words(best) >= MIN_BRIEF_WORDS and _under_own_header(page, best[0])):
        for i in best:
            if i in prose:
                page.set(i, R.MORE_NEWS, "too_short_for_article")
                prose.discard(i)
        return []
    return best


def _the_article(page: _Page, candidates: list[list[int]], words, prose: set[int]) -> list[int]:
    """The block with the most words; but one summary in a sidebar loses to a shorter story under
    its own byline or date (not to one many times shorter: a whole story may stand on one line),
    and of several stories each under its own header the first is the page's."""
    best = max(candidates, key=words)
    headed = [b for b in candidates if words(b) >= MIN_ARTICLE_WORDS and sum(1 for i in b if i in prose) >= 2
              and _under_own_header(page, b[0])]
    if len(headed) >= 2 and headed[0] is not best and 5 * words(headed[0]) >= words(best):
        return headed[0]  # infinite scroll: the next stories, each under its own header, follow the page's own
    if sum(1 for i in best if i in prose) == 1 and not _under_own_header(page, best[0]):
        headed = [b for b in candidates if words(b) >= MIN_ARTICLE_WORDS and 3 * words(b) >= words(best)
                  and _under_own_header(page, b[0])]
        if headed:
            best = max(headed, key=words)
    return best


def _under_own_header(page: _Page, start: int) -> bool:
    """A news brief too short for the article test still stands under a story's own header: a
    byline or a labelled date ("প্রকাশ: ...") just above it. Teasers in lists have neither."""
    for n in (1, 2, 3):
        j = page.prev(start, n)
        if j is None:
            return False
        label, line = page.label[j], page.lines[j]
        if label == R.BYLINE or (label == R.DATELINE and any(d.role for d in line.dates)):
            return True
        if label not in (R.DATELINE, R.CAPTION, R.SHARE, R.NOISE, R.PROMO) and not R.is_time_of_day(line):
            return False  # (a video's length, "০৩:২৫", may stand between)
    return False


def _in_footer(page: _Page, block: list[int]) -> bool:
    """Prose between footer lines ("আমাদের সম্পর্কে", the text about the site, "সম্পাদক: ...") is the
    site's own blurb, however long it is."""
    before, after = page.prev(block[0]), page.next(block[-1])
    return (before is not None and page.label[before] == R.FOOTER
            and after is not None and page.label[after] == R.FOOTER)


def _unit_shape(page: _Page, i: int) -> tuple:
    """What stands just above a paragraph: ('date', has time, has other words) or a label."""
    shape = []
    for n in (1, 2):
        j = page.prev(i, n)
        if j is None:
            shape.append(None)
            continue
        line, label = page.lines[j], page.label[j]
        if label == R.DATELINE:
            rest = R.dateline_residue(line)
            shape.append(("date", any(d.has_time for d in line.dates), bool(rest)))
        else:
            shape.append(label or ("prose" if line.prose else "short"))
    return tuple(shape)


def _repeated_units(page: _Page, blocks: list[list[int]], prose: set[int]) -> set[int]:
    """Blocks of one paragraph that stand in the same frame (headline, date, summary) three or more
    times are a section front's teasers. The article survives if it is much longer than they are."""
    groups: dict[tuple, list[int]] = {}
    for n, b in enumerate(blocks):
        paras = [i for i in b if i in prose]
        if len(paras) == 1:
            groups.setdefault(_unit_shape(page, paras[0]), []).append(n)
    out: set[int] = set()
    for members in groups.values():
        if len(members) < 3:
            continue
        size = {n: sum(page.lines[i].words for i in blocks[n] if i in prose) for n in members}
        biggest = max(members, key=size.get)
        others = max(v for n, v in size.items() if n != biggest)
        out.update(n for n in members if n != biggest or size[n] < 2 * others)
    return out


def _is_teaser_list(page: _Page, block: list[int], prose: set[int]) -> bool:
    """Headline, summary, headline, summary...: a section front, not an article with subheads."""
    paras = [i for i in block if i in prose]
    if len(paras) < 3:
        return False

    def island(i: int) -> bool:
        prv = page.prev(i)
        inside = prv is not None and prv > block[0]  # (a subhead inside the block heads part of a story)
        return (prv not in prose and page.next(i) not in prose and not _no_headline(page, prv)
                and not (inside and _subhead(page, prv)))

    islands = sum(1 for i in paras if island(i))
    return islands >= 3 and islands >= 0.6 * len(paras)


def _no_headline(page: _Page, i: int | None) -> bool:
    """A paragraph after a list item, a list's lead-in, a photo caption or a live blog's time stamp
    is no teaser under its headline."""
    if i is None:
        return False
    line = page.lines[i]
    return (page.label[i] == R.CAPTION or bool(_LIST_ITEM.match(line.text)) or line.text.endswith((":", "ঃ"))
            or R.is_time_of_day(line))


def _subhead(page: _Page, i: int) -> bool:
    """One or two words between paragraphs ('মেষ', 'উপকরণ'): a subhead, shorter than headlines."""
    return page.label[i] is None and page.lines[i].words <= 2 and not page.lines[i].terminal


_RELATED_BOX = ("more_news_heading", "inline_related", "inline_related_headline")


def _label_block(page: _Page, block: list[int], prose: set[int]) -> None:
    lines = page.lines
    seen: dict[str, int] = {}
    for i in block:
        if i in prose:
            k = lines[i].key
            if k in seen:
                page.set(i, R.DUPLICATE, "repeated_paragraph")
            else:
                seen[k] = i
                page.set(i, R.BODY, "prose")
        elif page.label[i] is None:
            prv = page.prev(i)
            if prv is not None and page.reason[prv] in _RELATED_BOX:  # every headline of it, up to the next paragraph
                page.set(i, R.MORE_NEWS, "inline_related_headline")
            elif R.is_time_of_day(lines[i]):
                page.set(i, R.DATELINE, "entry_time")
            elif _on_bare_credit(page, i):
                page.set(i, R.CAPTION, "caption_above_credit")  # "বৈঠকের পর দুই নেতা" over "ছবি: রয়টার্স"
            else:
                page.set(i, R.BODY, "short_paragraph")
    _mark_pull_quotes(page, [i for i in block if page.label[i] == R.BODY and i in prose])


def _mark_pull_quotes(page: _Page, body: list[int]) -> None:
    """A quote lifted from a paragraph and shown again, often with its speaker glued on."""
    keys = {i: page.lines[i].key for i in body}
    joined = "\n".join(keys.values())
    for i in body:
        parts = [p.strip() for p in _SENTENCES.findall(keys[i]) if p.strip()]
        whole = [p for p in parts if p[-1] in "।?!॥৷" and len(p.split()) >= 4]
        if not whole or joined.count(whole[0]) < 2:
            continue  # (its first sentence stands nowhere else: the usual case, found in one scan)
        tail = len(parts) - len(whole)
        for j in body:
            if j == i or len(keys[j]) < sum(map(len, whole)):
                continue
            if all(p in keys[j] for p in whole) and (tail or len(keys[j]) > len(keys[i])):
                page.set(i, R.DUPLICATE, "pull_quote")
                break


def _headline_like(page: _Page, i: int) -> bool:
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


def _name_under_headline(page: _Page, lower: int, upper: int) -> bool:
    """Headline, then a writer's bare name (a photo credit may stand between), then the date: the
    walk up met the name first. The line above it, longer, is the headline."""
    name, head = page.lines[lower], page.lines[upper]
    j = page.prev(lower)
    while j is not None and j != upper and page.label[j] in _FURNITURE:
        j = page.prev(j)
    return j == upper and _bare_name(name) and head.words > name.words + 1


_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]*\.?)?(?: [A-Z][a-z]+){1,2}$")  # "Sanket Roy", "Anita B. Das"


def _name_by_date(page: _Page, i: int) -> bool:
    """An open bare name right above or under the story's date: the writer (or, failing a headline
    above, a short headline: see the end of _read_header)."""
    line = page.lines[i]
    latin_name = page.reason[i] == "latin_fragment" and _LATIN_NAME.match(line.text)
    if (page.label[i] is not None and not latin_name) or not _bare_name(line) or _on_bare_credit(page, i):
        return False  # (a short line over "ছবি: ..." is the photo's caption)
    return any(j is not None and page.label[j] == R.DATELINE and page.reason[j] in ("date_shape", "article_date")
               for j in (page.next(i), page.prev(i)))


def _on_bare_credit(page: _Page, i: int) -> bool:
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


def _stepped_over(page: _Page, i: int, no_title_yet: bool, speakers: set[str]) -> tuple[str, str] | None:
    """Open lines between headline and story that the walk up labels and steps over."""
    line = page.lines[i]
    if page.label[i] is not None:
        return None
    if R.is_time_of_day(line):
        return R.DATELINE, "entry_time"  # the first entry's time stamp, above a live blog
    if no_title_yet and _LIST_ITEM.match(line.text):
        return R.TITLE, "key_point"  # a key-points box above the story repeats it
    if no_title_yet and _speaker(line) in speakers:
        return R.BODY, "first_question"  # an interview's first "প্রশ্ন: ...?" above its first answer
    return None


def _read_header(page: _Page, start: int, block: list[int]) -> None:
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
                on_credit = not replace and _on_bare_credit(page, i)
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


def _repeats_byline(page: _Page, line: Line) -> bool:
    """An opinion piece ends with its writer's name and post ("ড. সেলিম রায়হান ।। অধ্যাপক, ..."):
    a line that starts with the byline of the header."""
    names = [page.lines[j].key for j in page.nonblank
             if page.label[j] == R.BYLINE and page.reason[j] in ("byline_cue", "name_under_title")]
    # At the start, give or take a title such as "ড." that one of the two leaves out.
    return any(len(n) >= 6 and 0 <= line.key.find(n) <= 8 and line.words <= 25 for n in names)


def _read_trailer(page: _Page, end: int) -> None:
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
        if _repeats_byline(page, line):
            page.set(i, R.BYLINE, "author_bio")
            continue
        if n == 1 and page.label[i] is None and line.terminal and line.words >= 2 and line.bangla_share >= 0.5:
            page.set(i, R.BODY, "short_paragraph")
            return
        if page.label[i] not in (R.CAPTION, R.NOISE, R.SHARE):
            return


def _label_leftovers(page: _Page, prose: set[int], article: bool) -> None:
    lines, labels = page.lines, page.label
    todo = [i for i in page.nonblank if labels[i] is None or labels[i] == R.DATELINE]
    if not todo:
        return
    # Built only when an open headline-sized line needs it: most lines are labelled by now.
    counts = Counter(ln.key for ln in lines if ln.text) if any(
        labels[i] is None and lines[i].words > 3 and i not in prose for i in todo) else Counter()
    runs = _short_runs(page)
    first_title = next((i for i in page.nonblank if labels[i] == R.TITLE), None)
    for i in todo:
        label, line = labels[i], lines[i]
        if label == R.DATELINE and page.reason[i] in ("date_shape", "relative_time"):
            before_article = first_title is None or i < first_title
            if R.is_site_strip(line) and (before_article or not article):
                page.set(i, R.PAGE_HEADER, "site_date_strip")
            else:
                page.set(i, R.MORE_NEWS, "other_story_date" if page.reason[i] == "date_shape" else "relative_time")
            continue
        if label is not None:
            continue
        if i in prose:
            page.set(i, R.MORE_NEWS, "prose_outside_article" if article else "no_article_block")
        elif counts[line.key] > 1 and line.words > 3:
            page.set(i, R.MORE_NEWS, "repeated_headline")
        elif line.words <= 3:
            page.set(i, R.MENU, "menu_run" if i in runs else "nav_item")
        elif i in runs:
            page.set(i, R.MORE_NEWS, "headline_list")
        else:
            page.set(i, R.MORE_NEWS, "headline_outside_article")


_LIST_FURNITURE = (R.MENU, R.NOISE, R.RANKED_LIST, R.MORE_NEWS, R.DATELINE)


def _short_runs(page: _Page) -> set[int]:
    """Lines in runs of three or more open short lines: menus and headline lists."""
    out: set[int] = set()
    run: list[int] = []
    labels, lines = page.label, page.lines
    for i in page.nonblank:
        label = labels[i]
        if label is None and not lines[i].prose:
            run.append(i)
        elif label not in _LIST_FURNITURE:  # furniture between items does not end the list
            if len(run) >= 3:
                out.update(run)
            run = []
    if len(run) >= 3:
        out.update(run)
    return out
