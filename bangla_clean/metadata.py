"""Labelled lines -> metadata: title, dates, byline, outlet, category, page date."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from . import rules as R
from .classify import Labelled
from .dates import find_dates


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    byline: str | None = None
    outlet: str | None = None
    category: str | None = None
    page_date: str | None = None


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


_SEPARATORS = re.compile(r"\s+[.|•·●,/–—-]\s+|\s*[|•·●]\s*")
_DATE_LABEL = re.compile(_nfc(r"(?:" + R.DATE_LABEL + r")\s*(?:সময়)?\s*[:ঃ]?\s*$"),
                         re.IGNORECASE)
_DESK = re.compile(_nfc(r"^(?P<name>\S+(?:\s+\S+)?)\s+(?:ডেস্ক|প্রতিবেদন)$"))
# Desk names that are sections, not outlets ("বিশ্ব ডেস্ক" is the world desk of any paper).
_GENERIC_DESKS = {_nfc(w) for w in (
    "বিশ্ব", "অনলাইন", "জাতীয়", "আন্তর্জাতিক", "ক্রীড়া", "খেলা", "খেলাধুলা", "বিনোদন", "বাণিজ্য", "অর্থনীতি", "নিউজ",
    "বার্তা", "সংবাদ", "ডিজিটাল", "মফস্বল", "রাজনীতি", "শিক্ষা", "স্বাস্থ্য", "লাইফস্টাইল", "প্রযুক্তি", "ধর্ম", "মতামত",
    "ফিচার", "ইসলাম", "সারাদেশ", "ঢাকা", "নগর", "প্রবাস", "কূটনৈতিক", "আইন", "অপরাধ", "কৃষি", "বিজ্ঞান", "জেলা",
)}
_DESIGNATION = re.compile(_nfc(r"^পদবী\s*[:ঃ,]"))
_PROMO_OUTLET = re.compile(_nfc(r"^(?P<name>\S+(?:\s+\S+)?)\s+(?:অনলাইন\s+)?(?:এর|এ?র)\s+সর্বশেষ"))


def extract(labelled: list[Labelled], tz: dt.tzinfo) -> Metadata:
    meta = Metadata()
    named: list[tuple[int, str, str]] = []  # (place, reason, text) of bylines; -1: beside the story's date
    first = last = -1  # the first and last line of the story (its title or body)
    printed: list[str] = []  # print-edition dates
    for n, item in enumerate(labelled):
        line, label, reason = item.line, item.label, item.reason
        if label == R.BODY or reason == "headline_above_body":
            first, last = (n if first < 0 else first), n
        if label == R.TITLE and reason == "headline_above_body" and meta.title is None:
            meta.title = line.text
        elif label == R.DATELINE and reason == "article_date":
            _take_dates(meta, line, printed)
            rest = _text_beside_dates(line)
            if rest and R.byline(_as_line(rest)):
                named.append((-1, "glued", rest))
        elif label == R.BYLINE:
            named.append((n, reason, line.text))
        elif label == R.CATEGORY and meta.category is None and reason == "category_label":
            meta.category = re.split(r"[:ঃ]", line.text, maxsplit=1)[1].strip() or None
        elif label == R.PAGE_HEADER and meta.page_date is None:
            meta.page_date = _page_date(line)
    if meta.published is None and meta.updated is not None:
        meta.published, meta.updated = meta.updated, None
    if meta.published is None and printed:
        meta.published = printed[0]
    if meta.published is None:
        meta.published = _lead_date(next((x.line for x in labelled if x.label == R.BODY), None), tz)
    # The story's own byline stands from its header (ten lines above the title or the first
    # paragraph) to six lines under it; a name in a teaser or a sidebar is another piece's writer,
    # and a page without a story has none.
    near = range(first - 10, last + 7) if first >= 0 else range(0)
    meta.byline, outlet = _choose_byline([(reason, text) for n, reason, text in named if n < 0 or n in near])
    if meta.byline is None:
        meta.byline = _lead_writer(next((x.line for x in labelled if x.label == R.BODY), None))
    meta.outlet = outlet or _outlet_from_page(labelled)
    return meta


_LEAD_END = re.compile(r"^[^।]{0,25}?[:ঃ—–-]")


def _lead_date(line, tz: dt.tzinfo) -> str | None:
    """The date of a wire story's opening 'ঢাকা, ২৩ নভেম্বর, ২০২৬ (বাসস) :': a place of up to
    three words, the date, then soon a colon or dash. "২৬ মার্চ ১৯৭১ সালে ..." is no such lead."""
    if line is None:
        return None
    head = line.text[:120]  # not the whole paragraph: the lead is at its start
    for d in find_dates(head, tz):
        if d.start > 40:
            break
        if len(head[: d.start].split()) <= 3 and _LEAD_END.match(head[d.end:]):
            return d.iso()
    return None


# The writer and place (and day) opening a story: "নিজস্ব প্রতিনিধি, শিলিগুড়ি: ...",
# "নিজস্ব সংবাদদাতা, জলপাইগুড়ি, ৩ ডিসেম্বর: ...".
_LEAD_WRITER = re.compile(_nfc(r"^(?P<who>[^,:ঃ।]{3,40}?),(?:\s*[^,:ঃ।\s]+,)?\s*[^,:ঃ।\s]+(?:\s+[^,:ঃ।\s]+)?\s*[:ঃ]\s"))


def _lead_writer(line) -> str | None:
    m = _LEAD_WRITER.match(line.text) if line is not None else None
    return m.group("who") if m and R.byline(_as_line(m.group("who"))) else None


def _as_line(text: str):
    from .lines import make_line

    return make_line(text)


def _take_dates(meta: Metadata, line, printed: list[str]) -> None:
    for d in line.dates:
        value = d.iso()
        if d.role == "print":
            printed.append(value)  # a fallback: the online date is the story's
        elif d.role == "updated":
            meta.updated = meta.updated or value
        elif meta.published is None:
            meta.published = value
        elif meta.updated is None and d.role is None:
            meta.updated = value


def _text_beside_dates(line) -> str:
    """'নিজস্ব প্রতিবেদক৩০ ডিসেম্বর ২০২৫ | ১২:৫৪' -> 'নিজস্ব প্রতিবেদক'."""
    if not line.dates:
        return ""
    head = line.text[: line.dates[0].start]
    head = _DATE_LABEL.sub("", head).strip(" |,:ঃ-•·●")
    return head


def _page_date(line) -> str | None:
    if line.dates:
        v = line.dates[0].value
        return (v.date() if isinstance(v, dt.datetime) else v).isoformat()
    if line.bengali_dates:
        return line.bengali_dates[0].value.isoformat()
    return None


_EDITOR = re.compile(r"^edited\s+by\b", re.IGNORECASE)


def _choose_byline(bylines: list[tuple[str, str]]) -> tuple[str | None, str | None]:
    """A reporter's name beats a desk; the outlet often rides along ('বিশ্ব ডেস্ক . সত্য নিউজ')."""
    if not bylines:
        return None, None
    outlet = None
    cleaned = []
    for reason, text in bylines:
        text = R.BYLINE_INTRO.sub("", text.lstrip("-–— ")).strip()
        if not text or _DESIGNATION.match(text):
            continue
        parts = [p.strip() for p in _SEPARATORS.split(text) if p.strip()] if reason != "sign_off" else [text]
        parts = [p for p in parts if not _EDITOR.match(p)] or parts  # the writer, not the desk's editor
        main = next((p for p in parts if R.byline(_as_line(p))), parts[0] if parts else text)
        for p in parts:
            if p != main and not R.byline(_as_line(p)) and outlet is None:
                outlet = p
        latin = re.match(r"^(?P<latin>[A-Za-z][A-Za-z .&'-]+?)\s+(?P<rest>[\u0980-\u09ff].*)$", main)
        if latin:
            outlet = outlet or latin.group("latin").strip()
            main = latin.group("rest").strip()
        desk = _DESK.match(main)
        if desk and outlet is None and desk.group("name") not in _GENERIC_DESKS:
            outlet = desk.group("name")
        cleaned.append((reason, main))
    if not cleaned:
        return None, outlet
    # (A desk or a report, 'বিশেষ প্রতিবেদন', 'যুগান্তর প্রতিবেদন', gives way to a writer's name.)
    personal = [t for r, t in cleaned if "ডেস্ক" not in t and "desk" not in t.lower() and not t.endswith("প্রতিবেদন")]
    sign_off = [t for r, t in cleaned if r == "sign_off"]
    byline = (sign_off or personal or [t for _, t in cleaned])[0]
    return byline or None, outlet


_RIGHTS = re.compile(_nfc(
    r"©|®|\(c\)|স্বত্ব(?:াধিকার)?|সর্বস্বত্ব|সর্বসত্ব|সংরক্ষিত|all\s+rights\s+reserved|copyright|কপিরাইট"
    r"|(?<![০-৯0-9])[০-৯0-9]{4}(?:\s*[-–]\s*[০-৯0-9]{4})?(?![০-৯0-9])"), re.IGNORECASE)


def copyright_owner(text: str) -> str | None:
    """Who a copyright line names: the words left when the ©, the years and the rights wording
    are gone, in the first part (split at | or ।) that has any ("© ২০২৪ সর্বস্বত্ব সংরক্ষিত | কালের
    কণ্ঠ", "© 2024 Daily Example. All rights reserved.", "স্বত্ব © ২০২৬ বাংলাদেশ প্রতিদিন")."""
    if not R.is_copyright(text):
        return None  # a policy or contact line of the footer names no owner
    for part in re.split(r"[|।]", text.split(_nfc("কর্তৃক"))[0]):
        name = " ".join(_RIGHTS.sub(" ", part).split()).strip(" .,-–:")
        if name and len(name.split()) <= 4 and any(ch.isalpha() for ch in name):
            return name
    return None


def _outlet_from_page(labelled: list[Labelled]) -> str | None:
    """The copyright line or a 'follow us' promo names the site."""
    for item in reversed(labelled):
        if item.label == R.FOOTER:
            name = copyright_owner(item.line.text)
            if name:
                return name
    for item in labelled:
        if item.label == R.PROMO:
            m = _PROMO_OUTLET.match(item.line.text)
            if m:
                return m.group("name")
    return None
