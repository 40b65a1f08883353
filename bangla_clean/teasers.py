"""Section fronts: teasers (a headline and its summary, maybe a date, a writer, a photo credit)
and the frames they stand in, told apart from a story's parts under its subheads."""

from __future__ import annotations

from collections import Counter

from . import boxes
from . import rules as R
from .header import on_bare_credit, speaker, story_header_above, under_own_header
from .lines import CLOSERS
from .page import FURNITURE, LIST_ITEM, Page

SUMMARIES = ("summary_before_date", "summary_before_link")  # paragraphs mark_teasers found to be summaries
MARKED = ("truncated_teaser", *SUMMARIES)  # the reasons mark_teasers gives


def mark_teasers(page: Page, prose: set[int]) -> None:
    """Teasers that show by themselves: prose cut short with an ellipsis, a summary over a link to
    the whole story ("বিস্তারিত"), and a summary printed over its date (an article's date comes
    before its first paragraph)."""
    lines = page.lines
    for i in page.nonblank:
        line = lines[i]
        if page.label[i] is None and line.truncated and line.words >= 6:
            nxt = page.next(i)
            while nxt is not None and boxes.aside(page, nxt):
                nxt = page.next(nxt)
            if line.inner_stops and line.bangla_share >= 0.4 and nxt in prose:
                prose.add(i)  # whole sentences, then one that trails off, and the story goes on
            else:
                page.set(i, R.MORE_NEWS, "truncated_teaser")
    for i in sorted(prose):
        nxt, prv = page.next(i), page.prev(i)
        if nxt is not None and R.is_read_more(lines[nxt]):
            page.set(i, R.MORE_NEWS, "summary_before_link")  # (a story's paragraph links to nothing)
            prose.discard(i)
            continue
        while nxt is not None and page.label[nxt] in (R.PROMO, R.SHARE):
            nxt = page.next(nxt)  # (a "বিস্তারিত পড়ুন" link between a summary and its date)
        while prv is not None and boxes.aside(page, prv):
            prv = page.prev(prv)
        # Section fronts print a story's summary and then its date; an article's date comes first.
        if nxt is None or page.label[nxt] != R.DATELINE or (prv is not None and prv in prose):
            continue
        # (A bare date between two paragraphs of a story dated above them is a timeline's date.)
        timeline = R.is_bare_date(lines[nxt]) and page.next(nxt) in prose and page.dated_above(i)
        # (A paragraph right under a date, or under its own byline or labelled date, is a story's,
        # dated at both ends or followed by a list whose items start with their dates.)
        dated = prv is not None and page.reason[prv] == "date_shape" and not R.dateline_residue(lines[prv])
        if not (timeline or dated or _story_goes_on(page, prv, nxt, prose) or under_own_header(page, i)):
            page.set(i, R.MORE_NEWS, "summary_before_date")
            prose.discard(i)


def _story_goes_on(page: Page, above: int | None, date: int, prose: set[int]) -> bool:
    """A paragraph, a few lines with no date among them (a caption, a subhead, a list), this
    paragraph, and a date with no teaser after it: the story's last paragraph over its own
    closing date, not a teaser's summary (a teaser's headline stands under the last one's date)."""
    j = above
    for _ in range(6):
        if j is None or page.label[j] == R.DATELINE:
            return False
        j = page.prev(j)
        if j in prose:
            return not any(page.next(date, n) in prose for n in range(1, 7))
    return False


def _teaser_frame(page: Page, gap: list[int], whole: list[int]) -> bool:
    """A headline and a writer's name between two paragraphs ('সোহরাব হাসান' over or under 'রাজনীতির
    চক্রব্যূহে বন্দি গণতন্ত্র'): a teaser's frame, not a story's subhead. The headline: three words or
    more that end no sentence, verse line or lead-in, and give no figures under a label
    ('বাংলাদেশ: ৫০ ওভারে ২৮৫/৭'); the name: four words or fewer, no figures, no colon. A list's
    items (a list between two subheads is told in the `whole` gap since the last paragraph) and a
    photo's caption over its credit are neither."""
    # (A writer marked by a title, "ড. ...", is read as a byline by the rules: here it is a name too.)
    named = [i for i in gap if page.reason[i] == "byline_cue" and R.titled_name(page.lines[i])]
    if sum(1 for i in gap if page.label[i] is None) + len(named) < 2:
        return False  # (the usual gap between two paragraphs: none)
    items = boxes.list_items(page, gap)
    items.update(boxes.list_between_subheads(page, whole))  # ("উপকরণ", its items, "প্রণালি")
    open_lines = [page.lines[i] for i in gap if (page.label[i] is None or i in named) and i not in items
                  and not LIST_ITEM.match(page.lines[i].text) and boxes.box_heading(page, i) is None
                  and not on_bare_credit(page, i)]  # (a photo's caption over its credit)
    heads = [x for x in open_lines if x.words >= 3 and not x.text.endswith(("।", ":", "ঃ", ",", ";", "-", "—"))
             and not (speaker(x) and boxes.DIGIT.search(x.text.split(":", 1)[-1]))]
    names = [x for x in open_lines if x.words <= 4 and not x.terminal and not boxes.DIGIT.search(x.text)
             and ":" not in x.text and "ঃ" not in x.text]
    return any(h is not n for h in heads for n in names)


def framed(page: Page, prose: set[int]) -> set[int]:
    """Paragraphs under a teaser's frame (in the three lines above, after the paragraph before),
    where the page holds two or more: one headline-and-name pair is as likely two lines of verse
    quoted in a story ('আমার সোনার বাংলা', 'আমি তোমায় ভালোবাসি')."""
    out: set[int] = set()
    last = 0
    for i in page.nonblank:
        if i in prose:
            gap = page.nonblank[last:page.pos[i]]
            if _teaser_frame(page, gap[-3:], gap):
                out.add(i)
            last = page.pos[i] + 1
    return out if len(out) >= 2 else set()


def split_at_frames(page: Page, block: list[int], prose: set[int]) -> list[list[int]]:
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
    if not cuts or is_teaser_list(page, block, prose):
        return [block]
    parts: list[list[int]] = [[]]
    for i in block:
        if i in cuts:
            parts.append([])
        parts[-1].append(i)
    return [part[:max(n for n, i in enumerate(part) if i in prose) + 1] for part in parts if part]


def last_of_the_list(page: Page, block: list[int], prose: set[int]) -> bool:
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


def _unit_shape(page: Page, i: int, step: int = -1) -> tuple:
    """What stands just above a paragraph (step -1) or below it (step 1): ('date', has time, has
    other words, has a label such as "প্রকাশ :") or a label, for two lines. A writer's name is a
    short line whether a cue marks it as a byline ('ড. ...') or not."""
    shape: list[object] = []
    for n in (1, 2):
        j = page.prev(i, n) if step < 0 else page.next(i, n)
        if j is None:
            shape.append(None)
            continue
        line, label = page.lines[j], page.label[j]
        if label == R.DATELINE:
            rest = R.dateline_residue(line)
            shape.append(("date", any(d.has_time for d in line.dates), bool(rest), any(d.role for d in line.dates)))
        elif label is None or label == R.BYLINE:
            shape.append("prose" if line.prose else "short")
        else:
            shape.append(label)
    return tuple(shape)


def one_of_many(page: Page, blocks: list[list[int]], prose: set[int]) -> set[int]:
    """The first lines of one-paragraph blocks under the same frame as two lone paragraphs or more
    above them (headline, its desk, age or date, summary): the later teasers of a list, which no
    box joins to the story below. (A story's lead stands above the teasers that frame it alike.)
    A lone paragraph counts in a block of its own or in a list's block, and so does a summary
    already marked as a teaser (age, headline, summary, age...)."""
    seen: Counter = Counter()
    out: set[int] = set()
    firsts = {b[0]: b for b in blocks}
    for i in page.nonblank:
        if page.reason[i] in SUMMARIES or (
                i in prose and page.prev(i) not in prose and page.next(i) not in prose):
            shape = _unit_shape(page, i)
            b = firsts.get(i)
            if b is not None and seen[shape] >= 2 and sum(1 for j in b if j in prose) == 1:
                out.add(i)
            seen[shape] += 1
    return out


def repeated_units(page: Page, blocks: list[list[int]], prose: set[int]) -> set[int]:
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
                   or not story_header_above(page, blocks[n][0], headline=False))
    return out


def is_teaser_list(page: Page, block: list[int], prose: set[int]) -> bool:
    """Headline, summary, headline, summary...: a section front, not an article with subheads.
    (A paragraph printed again counts once: a story over its print view is still one story.)"""
    paras: list[int] = []
    seen: set[str] = set()
    for i in block:
        if i in prose and page.lines[i].key not in seen:
            seen.add(page.lines[i].key)
            paras.append(i)
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
        return (prv not in prose and _below_asides(page, i) not in prose
                and not no_headline(page, prv, box=i != paras[0])
                and not (prv is not None and prv > block[0] and boxes.subhead(page, prv))  # heads part of a story
                and not (who and said[who] >= 2))

    islands = [i for i in paras if island(i)]
    if all(_asks(page, page.prev(i)) for i in islands if i != paras[0]):
        return False  # an explainer's or interview's questions over their answers (after its lead)
    if under_own_header(page, paras[0], headline=True) and not any(
            _dated_or_signed(page, i) for i in islands if i != paras[0]):
        return False  # the story's own byline or labelled date over its lead, and no other: captions, subheads
    return len(islands) >= 3 and len(islands) >= 0.6 * len(paras)


def _dated_or_signed(page: Page, i: int) -> bool:
    """A date or a writer's name within the two lines above paragraph i: a teaser's frame."""
    return any(j is not None and (page.label[j] in (R.DATELINE, R.BYLINE) or page.lines[j].dates
                                  or page.lines[j].relative_time) for j in (page.prev(i), page.prev(i, 2)))


def _below_asides(page: Page, i: int) -> int | None:
    """The line under line i, past ads, credits, share buttons and a related-links box: a
    paragraph over an ad and then another is not alone. (Not past a line over a credit: that is
    a pictured teaser's headline as often as a caption.)"""
    j = page.next(i)
    while j is not None and (page.label[j] in FURNITURE or boxes.box_heading(page, j) is not None):
        j = page.next(j)
    return j


def _asks(page: Page, i: int | None) -> bool:
    return i is not None and page.lines[i].text.rstrip(CLOSERS + " ").endswith("?")


def no_headline(page: Page, i: int | None, box: bool = True) -> bool:
    """A paragraph after a list item, a list's lead-in, a photo caption, an ad or a share button, a
    live blog's time stamp, a related-link box ("আরও পড়ুন" and its link, maybe with the link's date)
    or a fact box is no teaser under its headline."""
    if i is None:
        return False
    line = page.lines[i]
    return (page.label[i] in FURNITURE or bool(LIST_ITEM.match(line.text)) or line.text.endswith((":", "ঃ"))
            or R.is_time_of_day(line) or (box and boxes.box_heading(page, i) is not None)
            or (box and boxes.dates_a_link(page, i))
            or boxes.fact_box(page, [j for j in (page.prev(i, 2), page.prev(i), i) if j is not None]))
