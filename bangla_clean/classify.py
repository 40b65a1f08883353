"""Lines -> labelled lines: context-free rules first, then the page's context decides.

The steps, in order:
1. every line gets the first context-free rule that fires (`rules.RULES`), or stays open
   as prose (reads like a paragraph) or short (headline, menu item, subhead);
2. teasers: prose cut short with an ellipsis, or a lone paragraph followed by a date;
3. blocks: runs of prose joined across small soft gaps (a caption, a subhead, an inline
   "আরও পড়ুন" link), and across a related-links box, a video player or a fact box when two
   paragraphs follow; a teaser's frame (a headline and a writer's name, where the page has two or
   more) starts a part of its own; blocks of headline-and-summary teasers are a section front's;
   the block with the most words is the article, if it has enough;
4. the header above the article (title, byline, date lines) is read backwards from it,
   and its trailer below (`header.py`);
5. what is left outside the article is named by its shape: menus, headline lists, teasers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from . import rules as R
from .header import on_bare_credit, read_header, read_trailer, repeats_byline, speaker
from .lines import CLOSERS, Line, make_line
from .page import FURNITURE, LIST_ITEM, Labelled, Page, on_toolbar

MIN_ARTICLE_WORDS = 20  # a page whose best block is smaller is a section front, not an article
MIN_BRIEF_WORDS = 8  # ... unless it stands under its own byline or labelled date: a news brief
MAX_SOFT_GAP = 3  # non-prose lines a body may hold between two paragraphs (ads and credits aside)
MAX_GAP_LINES = 8  # ... and all lines, ads and credits included (a list's items aside)

# Labels that end a body block when they stand between two paragraphs.
_HARD = {R.DATELINE, R.COMMENTS, R.CATEGORY, R.FOOTER, R.BYLINE, R.PAGE_HEADER, R.RANKED_LIST, R.MENU}
_SENTENCES = re.compile(r"[^।?!॥৷]+[।?!॥৷]?")


def classify(lines: list[Line], boilerplate: Collection[int] = ()) -> list[Labelled]:
    """Give every line exactly one label and reason. Only `body` lines go into the text.
    `boilerplate`: indices of lines learned as the site's boilerplate (`profile.py`); when no
    rule names them, they are set aside before the article is looked for."""
    page = Page(lines)
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
        if _lead_caption(page, block, prose):
            page.set(start, R.CAPTION, "caption_above_credit")
            start = next(i for i in block[1:] if i in prose)
            block = block[block.index(start):]
        read_header(page, start, block)
        last = next((i for i in reversed(block) if page.label[i] == R.BODY), None)
        if last is not None and last != start and repeats_byline(page, page.lines[last]):
            page.set(last, R.BYLINE, "author_bio")  # the writer's name and post closing the piece
        read_trailer(page, block[-1])
    _label_leftovers(page, prose, article=bool(block))
    labels = [x or R.MORE_NEWS for x in page.label]  # (every line has one by now: a safety net)
    reasons = [x or "unlabelled" for x in page.reason]
    return list(map(Labelled, lines, labels, reasons))


def _lead_caption(page: Page, block: list[int], prose: set[int]) -> bool:
    """The lead photo's caption over its credit, above the story ('... থেকে তোলা।', 'ছবি: সংগৃহীত'):
    a first paragraph of one or two sentences and at most 25 words (a lede is mostly longer),
    shorter than the one after the credit, with two or more paragraphs to follow. Not where other
    paragraphs stand over a bare credit: that site's photos have none, and its first paragraph is
    the story's. (A short lede over the one captionless photo of a story is lost this way.)"""
    first = block[0]
    if not on_bare_credit(page, first):
        return False
    paras = [i for i in block if i in prose and i > first]
    line = page.lines[first]
    return (len(paras) >= 2 and line.inner_stops <= 1 and line.words <= 25 and line.words < page.lines[paras[0]].words
            and not any(on_bare_credit(page, i) for i in paras))


_NUKTA = "\u09bc"


def _hard_wrapped(page: Page) -> set[int]:
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


def _mark_teasers(page: Page, prose: set[int]) -> None:
    lines = page.lines
    for i in page.nonblank:
        line = lines[i]
        if page.label[i] is None and line.truncated and line.words >= 6:
            nxt = page.next(i)
            while nxt is not None and _aside(page, nxt):
                nxt = page.next(nxt)
            if line.inner_stops and line.bangla_share >= 0.4 and nxt in prose:
                prose.add(i)  # whole sentences, then one that trails off, and the story goes on
            else:
                page.set(i, R.MORE_NEWS, "truncated_teaser")
    for i in sorted(prose):
        nxt, prv = page.next(i), page.prev(i)
        while nxt is not None and page.label[nxt] in (R.PROMO, R.SHARE):
            nxt = page.next(nxt)  # (a "বিস্তারিত পড়ুন" link between a summary and its date)
        while prv is not None and _aside(page, prv):
            prv = page.prev(prv)
        # Section fronts print a story's summary and then its date; an article's date comes first.
        if nxt is not None and page.label[nxt] == R.DATELINE and (prv is None or prv not in prose):
            page.set(i, R.MORE_NEWS, "summary_before_date")
            prose.discard(i)


def _aside(page: Page, i: int) -> bool:
    """What a story may hold between two paragraphs without a break: an ad, a photo and its
    credit, an "আরও পড়ুন" box."""
    return (page.label[i] in FURNITURE or _box_heading(page, i) is not None
            or (page.label[i] is None and not page.lines[i].prose and on_bare_credit(page, i)))


def _list_items(page: Page, gap: list[int]) -> set[int]:
    """Items of a list inside the story: two or more bulleted or numbered open lines in a row,
    announced by a line ending in a colon or themselves whole sentences; or an unmarked list of
    short lines that mostly give a number (ingredients, a scorecard) after a colon."""
    items: set[int] = set()
    run: list[int] = []
    for i in [*gap, -1]:
        if i >= 0 and page.label[i] is None and LIST_ITEM.match(page.lines[i].text):
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


def _lead_in(page: Page, i: int | None) -> bool:
    return i is not None and page.lines[i].text.endswith((":", "ঃ"))


_DIGIT = re.compile(r"[0-9০-৯]")


def _soft_gap(page: Page, gap: list[int]) -> bool:
    items = _list_items(page, gap) if len(gap) > 1 else set()
    counted = sum(1 for i in gap if i not in items and page.label[i] not in FURNITURE)
    if counted > MAX_SOFT_GAP or len(gap) - len(items) > MAX_GAP_LINES:
        return False
    for i in gap:
        if i in items or (counted == 1 and page.reason[i] == "menu_word"):
            continue  # "- মাসিক লিখিত অনুশীলন" in a list is no sign-off; "খেলা" alone between paragraphs is a subhead
        label = page.label[i]
        if label in _HARD or page.reason[i] == "truncated_teaser" or R.is_sign_off(page.lines[i]):
            return False
    return True


def _teaser_frame(page: Page, gap: list[int]) -> bool:
    """A headline and a writer's name between two paragraphs ('সোহরাব হাসান' over or under 'রাজনীতির
    চক্রব্যূহে বন্দি গণতন্ত্র'): a teaser's frame, not a story's subhead. The headline: three words or
    more that end no sentence, verse line or lead-in, and give no figures under a label
    ('বাংলাদেশ: ৫০ ওভারে ২৮৫/৭'); the name: four words or fewer, no figures, no colon. A list's
    items and a photo's caption over its credit are neither."""
    if sum(1 for i in gap if page.label[i] is None) < 2:
        return False  # (the usual gap between two paragraphs: none)
    items = _list_items(page, gap)
    open_lines = [page.lines[i] for i in gap if page.label[i] is None and i not in items
                  and not LIST_ITEM.match(page.lines[i].text) and _box_heading(page, i) is None
                  and not on_bare_credit(page, i)]  # (a photo's caption over its credit)
    heads = [x for x in open_lines if x.words >= 3 and not x.text.endswith(("।", ":", "ঃ", ",", ";", "-", "—"))
             and not (speaker(x) and _DIGIT.search(x.text.split(":", 1)[-1]))]
    names = [x for x in open_lines if x.words <= 4 and not x.terminal and not _DIGIT.search(x.text)
             and ":" not in x.text and "ঃ" not in x.text]
    return any(h is not n for h in heads for n in names)


def _framed(page: Page, prose: set[int]) -> set[int]:
    """Paragraphs under a teaser's frame (in the three lines above, after the paragraph before),
    where the page holds two or more: one headline-and-name pair is as likely two lines of verse
    quoted in a story ('আমার সোনার বাংলা', 'আমি তোমায় ভালোবাসি')."""
    out: set[int] = set()
    last = 0
    for i in page.nonblank:
        if i in prose:
            if _teaser_frame(page, page.nonblank[max(last, page.pos[i] - 3):page.pos[i]]):
                out.add(i)
            last = page.pos[i] + 1
    return out if len(out) >= 2 else set()


def _split_at_frames(page: Page, block: list[int], prose: set[int]) -> list[list[int]]:
    """A paragraph under a teaser's frame (a writer's name and a headline) starts a part of its own,
    and is a teaser of its own when more lines than paragraphs follow it: the story, if any, starts
    after it (a story's lead under its title and a bare name goes on with the next paragraph).
    (A section front's teasers are found in the whole block.)"""
    paras = [i for i in block if i in prose]
    cuts = set()
    for n in range(1, len(paras)):
        if paras[n] in page.framed:
            cuts.add(paras[n])
            if n + 1 < len(paras) and page.next(paras[n]) != paras[n + 1]:
                cuts.add(paras[n + 1])
    if not cuts or _is_teaser_list(page, block, prose):
        return [block]
    parts: list[list[int]] = [[]]
    for i in block:
        if i in cuts:
            parts.append([])
        parts[-1].append(i)
    return [part[:max(n for n, i in enumerate(part) if i in prose) + 1] for part in parts if part]


def _best_block(page: Page, prose: set[int]) -> list[int]:
    """The run of paragraphs (with the soft lines between them) that holds the most words."""
    page.framed = _framed(page, prose)
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
    blocks = _across_link_boxes(page, blocks, prose)
    blocks = [part for b in blocks for part in _split_at_frames(page, b, prose)]

    def words(block: list[int]) -> int:
        return sum(page.lines[i].words for i in block if i in prose)

    repeated = _repeated_units(page, blocks, prose)
    candidates = []
    for n, b in enumerate(blocks):
        if _in_footer(page, b):
            label, reason = R.FOOTER, "about_the_site"
        elif _comment_thread(page, b, prose):
            label, reason = R.COMMENTS, "reader_comment"
        elif n in repeated or _is_teaser_list(page, b, prose):
            label, reason = R.MORE_NEWS, "teaser_list"
        else:
            candidates.append(b)
            continue
        for i in b:
            if i in prose:
                page.set(i, label, reason)
                prose.discard(i)
    if not candidates:
        return []
    best = _the_article(page, candidates, words, prose)
    if _last_of_the_list(page, best, prose):
        for i in best:
            if i in prose:
                page.set(i, R.MORE_NEWS, "teaser_list")
                prose.discard(i)
        return []
    brief = words(best) >= MIN_BRIEF_WORDS and _under_own_header(page, best[0])
    short = words(best) < MIN_ARTICLE_WORDS and not brief
    # One paragraph with no headline, date or byline above it: a blurb (an author's bio), not a story.
    lone = sum(1 for i in best if i in prose) == 1 and not _story_header_above(page, best[0])
    if short or lone:
        for i in best:
            if i in prose:
                page.set(i, R.MORE_NEWS, "too_short_for_article" if short else "undated_lone_paragraph")
                prose.discard(i)
        return []
    return best


def _last_of_the_list(page: Page, block: list[int], prose: set[int]) -> bool:
    """Date, headline, summary, date, headline, summary...: every summary but the last stands over
    the next teaser's date and was taken for a teaser already (or all but the first were found as
    repeated units); the one left, alone, is a teaser too when it stands in the same frame and is
    not much longer."""
    paras = [i for i in block if i in prose]
    if len(paras) != 1:
        return False
    # (the line right above is what must match: above that stands the previous teaser, or, for the
    # first one, the page's menus)
    above = _unit_shape(page, paras[0])[0]
    teasers = [i for i in page.nonblank if page.reason[i] in ("summary_before_date", "teaser_list")
               and _unit_shape(page, i)[0] == above]
    return len(teasers) >= 2 and page.lines[paras[0]].words < 3 * max(page.lines[i].words for i in teasers)


def _story_header_above(page: Page, start: int, headline: bool = True) -> bool:
    """Is there a byline or a date line just above the paragraph (before any other story's text or
    a menu), or (if `headline`) a headline-sized line right above it?"""
    for n in range(1, 7):
        j = page.prev(start, n)
        if j is None or page.lines[j].prose or page.lines[j].truncated or page.label[j] == R.MENU:
            return False  # (another story's text, or navigation: what stands above is not this one's)
        line = page.lines[j]
        if page.label[j] == R.BYLINE or (page.reason[j] == "date_shape" and not R.is_site_strip(line)):
            return True  # (a teaser's age, "৩ ঘণ্টা আগে", dates no story)
        if headline and n <= 3 and page.label[j] is None and 4 <= line.words <= 30:
            return True
    return False


def _across_link_boxes(page: Page, blocks: list[list[int]], prose: set[int]) -> list[list[int]]:
    """A story goes on past a related-links box inside it ("সম্পর্কিত খবর" or "আরও পড়ুন", up to three
    headlines, maybe with their dates), or past a fact box of its own, when two paragraphs or more
    follow it: a teaser's summary after such a box at the story's end is one paragraph."""
    out = blocks[:1]
    for block in blocks[1:]:
        gap = page.nonblank[page.pos[out[-1][-1]] + 1:page.pos[block[0]]]
        if len(gap) <= 12 and sum(1 for i in block if i in prose) >= 2 and (
                _link_box(page, gap) or _fact_box(page, gap)):
            out[-1] = out[-1] + gap + block
        else:
            out.append(block)
    return out


# "আবেদনের শেষ তারিখ: ২৪ ডিসেম্বর ২০২৬", "পদের সংখ্যা: ১৩টি": a label of up to four words, then its value.
_KEY_VALUE = re.compile(r"^(?:[^\s:ঃ।?!]+\s){0,3}[^\s:ঃ।?!]*[^\s:ঃ।?!0-9০-৯]\s?[:ঃ]\s*\S")


def _fact_line(page: Page, i: int) -> bool:
    line = page.lines[i]
    return ((page.label[i] is None or page.reason[i] == "date_shape") and not line.prose
            and line.words <= 12 and bool(_KEY_VALUE.match(line.text)))


def _fact_box(page: Page, gap: list[int]) -> bool:
    """Three 'label: value' lines or more and nothing else (ads and credits aside) between two
    parts of a story: its fact box ('পদের সংখ্যা: ১৩টি', 'আবেদনের শেষ তারিখ: ২৪ ডিসেম্বর ২০২৬'), whose
    dates are facts, not the story's date."""
    lines = [i for i in gap if page.label[i] not in FURNITURE]
    return len(lines) >= 3 and all(_fact_line(page, i) for i in lines)


def _link_box(page: Page, gap: list[int]) -> bool:
    lines = [i for i in gap if page.label[i] not in FURNITURE]
    return bool(lines) and _heads_a_box(page, lines[0]) and all(
        page.reason[i] in _LINK_DATES or _box_heading(page, i) == lines[0] for i in lines[1:])


def _the_article(page: Page, candidates: list[list[int]], words, prose: set[int]) -> list[int]:
    """The block with the most words; but one summary in a sidebar loses to a shorter story under
    its own byline or date (not to one many times shorter: a whole story may stand on one line),
    and of several stories each under its own header the first is the page's."""
    best = max(candidates, key=words)
    stories = [b for b in candidates if words(b) >= MIN_ARTICLE_WORDS and sum(1 for i in b if i in prose) >= 2
               and _under_own_header(page, b[0])]
    if len(stories) >= 2 and stories[0] is not best and 5 * words(stories[0]) >= words(best):
        return stories[0]  # infinite scroll: the next stories, each under its own header, follow the page's own
    if sum(1 for i in best if i in prose) == 1 and not _under_own_header(page, best[0]):
        headed = [b for b in candidates if words(b) >= MIN_ARTICLE_WORDS and 3 * words(b) >= words(best)
                  and _under_own_header(page, b[0])]
        if headed:
            best = max(headed, key=words)
    return best


def _under_own_header(page: Page, start: int) -> bool:
    """A news brief too short for the article test still stands under a story's own header: a
    byline or a labelled date ("প্রকাশ: ...") just above it, or a date line that names the writer
    ("নিজস্ব প্রতিবেদক৩০ ডিসেম্বর ২০২৫ | ০৯:৪১"). Teasers in lists have none of them."""
    for n in range(1, 9):
        j = page.prev(start, n)
        if j is None:
            return False
        label, line = page.label[j], page.lines[j]
        if label == R.BYLINE or (label == R.DATELINE and (
                any(d.role for d in line.dates) or R.byline(make_line(R.dateline_residue(line))))):
            return True
        # (A video's length "০৩:২৫", a share bar, a comment or share count may stand between.)
        if not (on_toolbar(page, j) or label == R.DATELINE or R.is_time_of_day(line)):
            return False
    return False


def _in_footer(page: Page, block: list[int]) -> bool:
    """Prose between footer lines ("আমাদের সম্পর্কে", the text about the site, "সম্পাদক: ...") is the
    site's own blurb, however long it is."""
    before, after = page.prev(block[0]), page.next(block[-1])
    return (before is not None and page.label[before] == R.FOOTER
            and after is not None and page.label[after] == R.FOOTER)


def _comment_thread(page: Page, block: list[int], prose: set[int]) -> bool:
    """Readers' comments: under a comments heading ("পাঠকের মন্তব্য", "মন্তব্য (৫)"), paragraphs each
    under a commenter's name (a comment count in the story's header stands over no names)."""
    j = page.prev(block[0])
    for _ in range(3):
        if j is None or j in prose or page.label[j] == R.BYLINE or page.reason[j] == "date_shape":
            return False  # (a story's own byline or date: the comment count is in its header)
        if page.label[j] == R.COMMENTS:
            break
        j = page.prev(j)
    else:
        return False
    paras = [i for i in block if i in prose]
    named = sum(1 for i in paras if (k := page.prev(i)) is not None and k not in prose and page.lines[k].words <= 4
                and (page.label[k] in (None, R.DATELINE) or page.reason[k] == "latin_fragment"))  # name, or its time
    return 2 * named >= len(paras) and page.prev(block[0]) != j


def _unit_shape(page: Page, i: int, step: int = -1) -> tuple:
    """What stands just above a paragraph (step -1) or below it (step 1): ('date', has time, has
    other words) or a label, for two lines. A writer's name is a short line whether a cue marks it
    as a byline ('ড. ...') or not."""
    shape: list[object] = []
    for n in (1, 2):
        j = page.prev(i, n) if step < 0 else page.next(i, n)
        if j is None:
            shape.append(None)
            continue
        line, label = page.lines[j], page.label[j]
        if label == R.DATELINE:
            rest = R.dateline_residue(line)
            shape.append(("date", any(d.has_time for d in line.dates), bool(rest)))
        elif label is None or label == R.BYLINE:
            shape.append("prose" if line.prose else "short")
        else:
            shape.append(label)
    return tuple(shape)


def _repeated_units(page: Page, blocks: list[list[int]], prose: set[int]) -> set[int]:
    """Blocks of one paragraph that stand in the same frame (headline, date, summary) three or more
    times are a section front's teasers. The article survives if it is much longer than they are
    and has a byline or date of its own."""
    groups: dict[tuple, list[int]] = {}
    for n, b in enumerate(blocks):
        paras = [i for i in b if i in prose]
        if len(paras) == 1:
            # (the frame above, or the one below: share and comment counts under each teaser)
            for step in (-1, 1):
                groups.setdefault((step, _unit_shape(page, paras[0], step)), []).append(n)
    out: set[int] = set()
    for members in groups.values():
        if len(members) < 3:
            continue
        size = {n: sum(page.lines[i].words for i in blocks[n] if i in prose) for n in members}
        biggest = max(members, key=size.__getitem__)
        others = max(v for n, v in size.items() if n != biggest)
        # (A home page's lead teaser is longer than the rest too, but has no date or byline.)
        out.update(n for n in members if n != biggest or size[n] < 2 * others
                   or not _story_header_above(page, blocks[n][0], headline=False))
    return out


def _is_teaser_list(page: Page, block: list[int], prose: set[int]) -> bool:
    """Headline, summary, headline, summary...: a section front, not an article with subheads."""
    paras = [i for i in block if i in prose]
    framed = {b for b in paras[1:] if b in page.framed}
    if len(paras) == 2 and framed:
        return True  # two paragraphs, the second under a teaser's frame: two teasers
    if len(paras) < 3:
        return False
    said = Counter(speaker(page.lines[i]) for i in paras)  # an interview's answers: "রফিকুল ইসলাম: ..."
    # Headline, its photo's bare credit, summary: a teaser with a picture. (Between a byline or a
    # date and the story, or above one closing it, a line over a credit is a photo's caption.)
    first, last = page.pos[block[0]], page.pos[block[-1]]
    pictured = not any(page.label[j] in (R.BYLINE, R.DATELINE) and not R.is_site_strip(page.lines[j])
                       for j in page.nonblank[max(0, first - 8):first] + page.nonblank[last + 1:last + 4])

    def island(i: int) -> bool:
        if i in framed:
            return True
        prv = page.prev(i)
        if pictured and prv is not None and page.reason[prv] == "photo_credit" and page.lines[prv].words <= 4:
            prv = page.prev(prv)
        who = speaker(page.lines[i])
        # (Over the first paragraph, "শিরোনাম" or "সর্বশেষ" and a headline head a list, not a link box in a story.)
        return (prv not in prose and page.next(i) not in prose and not _no_headline(page, prv, box=i != paras[0])
                and not (prv is not None and prv > block[0] and _subhead(page, prv))  # heads part of a story
                and not (who and said[who] >= 2))

    islands = [i for i in paras if island(i)]
    if all(_asks(page, page.prev(i)) for i in islands if i != paras[0]):
        return False  # an explainer's or interview's questions over their answers (after its lead)
    return len(islands) >= 3 and len(islands) >= 0.6 * len(paras)


def _asks(page: Page, i: int | None) -> bool:
    return i is not None and page.lines[i].text.rstrip(CLOSERS + " ").endswith("?")


def _no_headline(page: Page, i: int | None, box: bool = True) -> bool:
    """A paragraph after a list item, a list's lead-in, a photo caption, an ad or a share button, a
    live blog's time stamp, a related-link box ("আরও পড়ুন" and its link) or a fact box is no
    teaser under its headline."""
    if i is None:
        return False
    line = page.lines[i]
    return (page.label[i] in FURNITURE or bool(LIST_ITEM.match(line.text)) or line.text.endswith((":", "ঃ"))
            or R.is_time_of_day(line) or (box and _box_heading(page, i) is not None)
            or _fact_box(page, [j for j in (page.prev(i, 2), page.prev(i), i) if j is not None]))


_BOX_HEADS = ("more_news_heading", "inline_related")
_LINK_DATES = ("date_shape", "relative_time")
# A video player's heading and running time ("ভিডিও", "০৩:২৫") over the video's title.
_VIDEO_HEAD = re.compile(r"^(?:ভিডিও|ভিডিও\s+দেখুন|ভিডিও\s+সংবাদ|video)$", re.IGNORECASE)
_RUNNING_TIME = re.compile(r"^[0-9০-৯]{1,2}:[0-9০-৯]{2}(?::[0-9০-৯]{2})?$")


def _heads_a_box(page: Page, i: int) -> bool:
    return page.reason[i] in _BOX_HEADS or bool(_VIDEO_HEAD.match(page.lines[i].text))


def _box_heading(page: Page, i: int) -> int | None:
    """The heading of the related-links box that line i stands in: 'আরও পড়ুন' or 'সম্পর্কিত খবর'
    (or 'আরও পড়ুন: <headline>' itself), then up to three headlines, maybe with their dates."""
    if page.reason[i] in _LINK_DATES:
        return None  # (a date line starts no walk: above a story, it is the story's)
    j: int | None = i
    links = 0
    while j is not None:
        reason = page.reason[j]
        if _heads_a_box(page, j):
            return None if j != i and _link_on_the_line(page, j) else j
        if (page.label[j] is None and not page.lines[j].prose) or reason == "inline_related_headline":
            links += 1
            if links > 3:
                return None
        elif reason not in _LINK_DATES and not _RUNNING_TIME.match(page.lines[j].text):
            return None
        j = page.prev(j)
    return None


def _subhead(page: Page, i: int) -> bool:
    """One or two words between paragraphs ('মেষ', 'উপকরণ'): a subhead, shorter than headlines."""
    open_line = page.label[i] is None or page.reason[i] == "menu_word"  # ('খেলা' heading a year in review)
    return open_line and page.lines[i].words <= 2 and not page.lines[i].terminal




def _label_block(page: Page, block: list[int], prose: set[int]) -> None:
    lines = page.lines
    seen: dict[str, int] = {}
    repeating = False  # the story printed twice (a print view under it): its short lines repeat too
    facts = ({i for n in range(len(block)) if _fact_box(page, block[n:n + 3]) for i in block[n:n + 3]}
             if any(page.reason[i] == "date_shape" for i in block) else set())
    for i in block:
        if i in prose:
            k = lines[i].key
            if k in seen:
                page.set(i, R.DUPLICATE, "repeated_paragraph")
                repeating = True
            else:
                seen[k] = i
                page.set(i, R.BODY, "prose")
        elif repeating and lines[i].key in seen:
            page.set(i, R.DUPLICATE, "repeated_paragraph")
        elif page.reason[i] == "date_shape" and i in facts:
            page.set(i, R.BODY, "fact_line")  # a date the story gives as a fact (see _fact_box)
            seen.setdefault(lines[i].key, i)
        elif page.reason[i] == "menu_word" and _VIDEO_HEAD.match(lines[i].text) and any(
                _box_heading(page, j) == i for j in (page.next(i), page.next(i, 2)) if j is not None):
            page.set(i, R.MORE_NEWS, "video_embed")  # "ভিডিও", its running time and title in the story
        elif page.reason[i] == "menu_word":
            page.set(i, R.BODY, "subhead")  # a section's name heading part of the story (see _soft_gap)
            seen.setdefault(lines[i].key, i)
        elif page.label[i] is None:
            if _box_heading(page, i) is not None:
                page.set(i, R.MORE_NEWS, "inline_related_headline")  # a headline of a related-links box
            elif R.is_time_of_day(lines[i]):
                page.set(i, R.DATELINE, "entry_time")
            elif on_bare_credit(page, i):
                page.set(i, R.CAPTION, "caption_above_credit")  # "বৈঠকের পর দুই নেতা" over "ছবি: রয়টার্স"
            else:
                page.set(i, R.BODY, "short_paragraph")
                seen.setdefault(lines[i].key, i)
    _mark_pull_quotes(page, [i for i in block if page.label[i] == R.BODY and i in prose])


def _link_on_the_line(page: Page, i: int) -> bool:
    """'আরও পড়ুন: <headline>' holds its one link: the short line under it is the story's again."""
    return page.reason[i] == "inline_related" and page.lines[i].words > 3


def _mark_pull_quotes(page: Page, body: list[int]) -> None:
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


def _label_leftovers(page: Page, prose: set[int], article: bool) -> None:
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


def _short_runs(page: Page) -> set[int]:
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
