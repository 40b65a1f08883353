"""Lines -> labelled lines: context-free rules first, then the page's context decides.

The steps, in order:
1. every line gets the first context-free rule that fires (`rules.RULES`), or stays open
   as prose (reads like a paragraph) or short (headline, menu item, subhead);
2. teasers: prose cut short with an ellipsis, or a lone paragraph followed by a date
   (`teasers.py`);
3. blocks: runs of prose joined across small soft gaps (a caption, a subhead, an inline
   "আরও পড়ুন" link), and across a related-links box, a video player or a fact box when the story
   goes on after it (`boxes.py`), not the box's own list of summaries; a teaser's frame (a headline
   and a writer's name, where the page has two or more) starts a part of its own; blocks of
   headline-and-summary teasers are a section front's;
   the block with the most words is the article, if it has enough;
4. the header above the article (title, byline, date lines) is read backwards from it,
   and its trailer below (`header.py`);
5. what is left outside the article is named by its shape: menus, headline lists, teasers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection

from . import boxes, teasers
from . import rules as R
from .header import on_bare_credit, read_header, read_trailer, repeats_byline, story_header_above, under_own_header
from .lines import Line, ends_in_dari, make_line
from .page import FURNITURE, LIST_ITEM, Labelled, Page

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
    teasers.mark_teasers(page, prose)
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

    # Widths as the wrapping tool counted them: "য়" as one code point (as most pages print it, before
    # NFC split it in two) or as two (as some print it): the count under which more lines come
    # within a few characters of the widest.
    def tight(size: Callable[[str], int]) -> int:
        sizes = [size(ln.text) for ln in lines]
        return sum(1 for n in sizes if n >= max(sizes) - 4)

    return _wrapped_chains(page, max((_precomposed_size, len), key=tight))


def _precomposed_size(text: str) -> int:
    return len(text) - text.count(_NUKTA)


def _wrapped_chains(page: Page, size: Callable[[str], int]) -> set[int]:
    out: set[int] = set()
    lines = page.lines
    # A short page needs three lines within a word of the width; a longer one five within a long word.
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


def _soft_gap(page: Page, gap: list[int]) -> bool:
    items = boxes.list_items(page, gap) if len(gap) > 1 else set()
    # (Ads, credits and the captions over credits do not count: a photo gallery in the story.)
    # (Nor does a short sentence: a story that breaks its paragraphs at every sentence.)
    counted = sum(1 for i in gap if i not in items and page.label[i] not in FURNITURE
                  and not (page.label[i] is None and (on_bare_credit(page, i) or ends_in_dari(page.lines[i]))))
    if counted > MAX_SOFT_GAP or len(gap) - len(items) > MAX_GAP_LINES:
        return False
    for i in gap:
        if i in items or (counted == 1 and page.reason[i] == "menu_word"):
            continue  # "- মাসিক লিখিত অনুশীলন" in a list is no sign-off; "খেলা" alone between paragraphs is a subhead
        label = page.label[i]
        if len(gap) == 1 and label == R.DATELINE and R.is_bare_date(page.lines[i]) and page.dated_above(i):
            continue  # "১৫ আগস্ট ১৯৭৫" alone between two paragraphs of a dated story: a timeline's date
        # (A line of hashtags is the story's tags, or an embedded post's: it ends nothing.)
        if (label in _HARD and page.reason[i] != "hashtags") or page.reason[i] == "truncated_teaser" or (
                R.is_sign_off(page.lines[i]) and not _after_a_quote(page, i)):
            return False
    return True


def _after_a_quote(page: Page, i: int) -> bool:
    """'— রাশেদ খান, আহ্বায়ক' under '‘আমরা লড়াই চালিয়ে যাব’': a quote's speaker, not the story's sign-off."""
    j = page.prev(i)
    return j is not None and page.lines[j].text.endswith(("’", "”", '"', "»"))


def _best_block(page: Page, prose: set[int]) -> list[int]:
    """The run of paragraphs (with the soft lines between them) that holds the most words."""
    page.framed = teasers.framed(page, prose)
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
    blocks = [part for b in blocks for part in _split_at_lists(page, b, prose)]
    blocks = _across_link_boxes(page, blocks, prose)
    blocks = [part for b in blocks for part in teasers.split_at_frames(page, b, prose)]

    def words(block: list[int]) -> int:
        return sum(page.lines[i].words for i in block if i in prose)

    repeated = teasers.repeated_units(page, blocks, prose)
    candidates = []
    for n, b in enumerate(blocks):
        if _in_footer(page, b):
            label, reason = R.FOOTER, "about_the_site"
        elif _comment_thread(page, b, prose):
            label, reason = R.COMMENTS, "reader_comment"
        elif n in repeated or teasers.is_teaser_list(page, b, prose):
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
    if teasers.last_of_the_list(page, best, prose):
        for i in best:
            if i in prose:
                page.set(i, R.MORE_NEWS, "teaser_list")
                prose.discard(i)
        # (A brief under its own byline or labelled date, after the list, is still the page's story.)
        briefs = [b for b in candidates if b is not best and words(b) >= MIN_BRIEF_WORDS
                  and under_own_header(page, b[0])]
        if not briefs:
            return []
        best = max(briefs, key=words)
    reason = _no_article(page, best, words(best), prose)
    if reason:
        for i in best:
            if i in prose:
                page.set(i, R.MORE_NEWS, reason)
                prose.discard(i)
        return []
    return best


def _no_article(page: Page, block: list[int], words: int, prose: set[int]) -> str | None:
    """Why the page's best block is no article: too short (unless a brief under its own byline or
    labelled date), or one paragraph with no headline, date or byline above it (an author's bio)."""
    if words < MIN_ARTICLE_WORDS and not (words >= MIN_BRIEF_WORDS and under_own_header(page, block[0])):
        return "too_short_for_article"
    if sum(1 for i in block if i in prose) == 1 and not story_header_above(page, block[0]):
        return "undated_lone_paragraph"
    return None


def _across_link_boxes(page: Page, blocks: list[list[int]], prose: set[int]) -> list[list[int]]:
    """A story goes on past a related-links box inside it ("সম্পর্কিত খবর" or "আরও পড়ুন", up to three
    headlines, maybe with their dates), or past a fact box of its own, when what follows is more
    of the story: two paragraphs or more that are not headline-and-summary units, or one that
    chrome follows (see `_last_paragraph`)."""
    out = blocks[:1]
    teasers_above: set[int] | None = None  # (found when a box first asks)
    for block in blocks[1:]:
        gap = page.nonblank[page.pos[out[-1][-1]] + 1:page.pos[block[0]]]
        if len(gap) <= 12 and (boxes.link_box(page, gap) or boxes.fact_box(page, gap)):
            paragraphs = sum(1 for i in block if i in prose)
            goes_on = ((_inline_link(page, gap) or not _teaser_units(page, block, prose)) if paragraphs >= 2
                       else _last_paragraph(page, block, prose))
            if goes_on:
                if teasers_above is None:
                    teasers_above = teasers.one_of_many(page, blocks, prose)
                # (Nor to a list of headline-summary teasers in one block: "আরও" is its button.)
                if out[-1][0] not in teasers_above and not teasers.is_teaser_list(page, out[-1], prose):
                    out[-1] = out[-1] + gap + block
                    continue
        out.append(block)
    return out


def _inline_link(page: Page, gap: list[int]) -> bool:
    """'আরও পড়ুন: <headline>' on one line: a link inside the story, whose list has no summaries."""
    return any(boxes.link_on_the_line(page, i) for i in gap)


def _teaser_units(page: Page, part: list[int], prose: set[int]) -> bool:
    """Headline, summary, headline, summary...: two paragraphs or more, each alone, the first under
    the box's link and the others under a line of five words or more (a story's subheads are mostly
    shorter). After a related-links box, that is the box's list going on with summaries."""
    paras = [i for i in part if i in prose]
    return len(paras) >= 2 and page.next(paras[0]) not in prose and all(
        page.next(i) not in prose and _under_a_headline(page, i) for i in paras[1:])


def _under_a_headline(page: Page, i: int) -> bool:
    """Right under an open line of five words or more (maybe with a date between), not a box's link,
    nor a list's item or lead-in (the story's own list: see teasers.no_headline)."""
    j = page.prev(i)
    if j is not None and (page.lines[j].dates or page.lines[j].relative_time) and page.lines[j].words <= 8:
        j = page.prev(j)
    return (j is not None and page.label[j] is None and j not in page.wrapped and not page.lines[j].prose
            and page.lines[j].words >= 5 and boxes.box_heading(page, j) is None
            and not teasers.no_headline(page, j, box=False))


def _split_at_lists(page: Page, block: list[int], prose: set[int]) -> list[list[int]]:
    """A story ends at a related-links box ("এই বিভাগের আরও খবর" and a headline), or at a share bar,
    whose list goes on with each headline's summary to the end of the block (or, after a box,
    whose one summary has teasers right under it). The list's summaries are labelled here; the
    last such list is cut first, then the block is looked at again."""
    paras = [k for k, i in enumerate(block) if i in prose]
    for a, b in reversed(list(zip(paras, paras[1:], strict=False))):
        rest, gap = block[b:], block[a + 1:b]
        after_box = boxes.link_box(page, gap) and not _inline_link(page, gap) and (_teaser_units(page, rest, prose) or (
            len(rest) == 1 and _a_teaser_in(page, _below(page, rest[0], prose)[0])))
        after_share = (any(page.label[i] == R.SHARE for i in gap) and _under_a_headline(page, rest[0])
                       and _teaser_units(page, rest, prose))
        if after_box or after_share:
            for i in rest:
                if i in prose:
                    page.set(i, R.MORE_NEWS, "teaser_list")
                    prose.discard(i)
            return _split_at_lists(page, block[:a + 1], prose)
    return [block]


def _last_paragraph(page: Page, block: list[int], prose: set[int]) -> bool:
    """One paragraph after a box is the story's last when what comes after it is no teaser's frame:
    the page's end, a labelled line (tags, a more-news heading, a byline, the footer), or a run of
    four short lines or more (a menu, a list of headlines); not one to three short lines over
    another paragraph, nor another box over one, nor a teaser within four lines."""
    after, more = _below(page, block[-1], prose)
    if _a_teaser_in(page, after):
        return False
    if not more or not after:
        return True
    if boxes.link_box(page, after):
        return False
    return page.label[after[0]] is not None or len(after) >= 4


def _a_teaser_in(page: Page, after: list[int]) -> bool:
    """A teaser (cut short, or a summary over its date: see teasers.mark_teasers) in the first
    four of these lines."""
    return any(page.reason[j] in teasers.MARKED for j in after[:4])


def _below(page: Page, i: int, prose: set[int]) -> tuple[list[int], bool]:
    """Up to twelve lines below line i before the next paragraph (ads and credits aside), and
    whether more may follow (a paragraph, or lines past the twelfth)."""
    after: list[int] = []
    for j in page.nonblank[page.pos[i] + 1:]:
        if j in prose or len(after) == 12:
            return after, True
        if page.label[j] not in FURNITURE:
            after.append(j)
    return after, False


def _the_article(page: Page, candidates: list[list[int]], words, prose: set[int]) -> list[int]:
    """The block with the most words; but one summary in a sidebar loses to a shorter story under
    its own byline or date (not to one many times shorter: a whole story may stand on one line),
    and of several stories each under its own header the first is the page's."""
    best = max(candidates, key=words)
    stories = [b for b in candidates if words(b) >= MIN_ARTICLE_WORDS and sum(1 for i in b if i in prose) >= 2
               and under_own_header(page, b[0])]
    if len(stories) >= 2 and stories[0] is not best and 5 * words(stories[0]) >= words(best):
        return stories[0]  # infinite scroll: the next stories, each under its own header, follow the page's own
    if sum(1 for i in best if i in prose) == 1 and not under_own_header(page, best[0]):
        headed = [b for b in candidates if words(b) >= MIN_ARTICLE_WORDS and 3 * words(b) >= words(best)
                  and under_own_header(page, b[0])]
        if headed:
            best = max(headed, key=words)
    if _no_article(page, best, words(best), prose) and not under_own_header(page, best[0]):
        # (too short or too bare to be the page's article: a news brief under its own header wins)
        briefs = [b for b in candidates if words(b) >= MIN_BRIEF_WORDS and under_own_header(page, b[0])]
        if briefs:
            best = max(briefs, key=words)
    return best


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


def _label_block(page: Page, block: list[int], prose: set[int]) -> None:
    lines = page.lines
    seen: dict[str, int] = {}
    repeating = False  # the story printed twice (a print view under it): its short lines repeat too
    facts = ({i for n in range(len(block)) if boxes.fact_box(page, block[n:n + 3]) for i in block[n:n + 3]}
             if any(page.reason[i] == "date_shape" for i in block) else set())
    named = boxes.list_items(page, block) if any(page.reason[i] == "byline_cue" for i in block) else set()
    for i in block:
        if i in prose and _caption_between(page, i, prose):
            page.set(i, R.CAPTION, "caption_above_credit")  # "হেলিপ্যাড থেকে ...।" over "ছবি: লেখক"
        elif i in prose:
            k = lines[i].key
            if k in seen:
                page.set(i, R.DUPLICATE, "repeated_paragraph")
                repeating = True
            else:
                seen[k] = i
                page.set(i, R.BODY, "prose")
        elif repeating and lines[i].key in seen:
            page.set(i, R.DUPLICATE, "repeated_paragraph")
        elif page.reason[i] == "byline_cue" and i in named:
            page.set(i, R.BODY, "list_item")  # "মো. রফিকুল ইসলাম" in a list of names (see boxes.list_items)
            seen.setdefault(lines[i].key, i)
        elif page.reason[i] == "date_shape" and i in facts:
            page.set(i, R.BODY, "fact_line")  # a date the story gives as a fact (see boxes.fact_box)
            seen.setdefault(lines[i].key, i)
        elif page.reason[i] == "menu_word" and boxes.VIDEO_HEAD.match(lines[i].text) and any(
                boxes.box_heading(page, j) == i for j in (page.next(i), page.next(i, 2)) if j is not None):
            page.set(i, R.MORE_NEWS, "video_embed")  # "ভিডিও", its running time and title in the story
        elif page.reason[i] == "menu_word":
            page.set(i, R.BODY, "subhead")  # a section's name heading part of the story (see _soft_gap)
            seen.setdefault(lines[i].key, i)
        elif page.label[i] is None:
            if boxes.box_heading(page, i) is not None:
                page.set(i, R.MORE_NEWS, "inline_related_headline")  # a headline of a related-links box
            elif R.is_time_of_day(lines[i]):
                page.set(i, R.DATELINE, "entry_time")
            elif on_bare_credit(page, i):
                page.set(i, R.CAPTION, "caption_above_credit")  # "বৈঠকের পর দুই নেতা" over "ছবি: রয়টার্স"
            else:
                page.set(i, R.BODY, "short_paragraph")
                seen.setdefault(lines[i].key, i)
    _mark_pull_quotes(page, [i for i in block if page.label[i] == R.BODY and i in prose])


def _caption_between(page: Page, i: int, prose: set[int]) -> bool:
    """A photo's caption between two paragraphs: one sentence of 15 words or fewer over a bare
    credit, the paragraphs right above it and right under the credit each twice as long or more
    (not a numbered or bulleted item: a list's, over its picture)."""
    line = page.lines[i]
    if line.words > 15 or line.inner_stops or not on_bare_credit(page, i) or LIST_ITEM.match(line.text):
        return False
    above, credit = page.prev(i), page.next(i)
    under = page.next(credit) if credit is not None else None
    if above is None or under is None or above not in prose or under not in prose:
        return False
    return min(page.lines[above].words, page.lines[under].words) >= 2 * line.words


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
