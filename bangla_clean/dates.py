"""Find and parse dates in Bangla (and English) news text.

dateparser misses এএম/পিএম and the Bengali calendar, so this is a small parser of
our own: Bangla digits are mapped to ASCII first (same length, so spans stay valid),
then a handful of linear regular expressions find day-month-year, year-month-day,
month-day-year, numeric and ISO forms, each with an optional time after it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from .normalize import nfc

BANGLA_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# Spelling variants seen on Bangladeshi and West Bengal sites; keys are NFC because
# NFC decomposes য় into য + nukta and the input is NFC too.
_MONTH_NAMES = {
    1: ["জানুয়ারি", "জানুয়ারী", "জানুয়ারী", "জানু", "January", "Jan"],
    2: ["ফেব্রুয়ারি", "ফেব্রুয়ারী", "ফেব্রুয়ারি", "ফেব্রু", "February", "Feb"],
    3: ["মার্চ", "March", "Mar"],
    4: ["এপ্রিল", "April", "Apr"],
    5: ["মে", "May"],
    6: ["জুন", "June", "Jun"],
    7: ["জুলাই", "July", "Jul"],
    8: ["আগস্ট", "আগষ্ট", "অগস্ট", "অগাস্ট", "আগাস্ট", "August", "Aug"],
    9: ["সেপ্টেম্বর", "সেপ্টেম্বার", "সেপ্টে", "September", "Sept", "Sep"],
    10: ["অক্টোবর", "অক্টোবার", "অক্টো", "October", "Oct"],
    11: ["নভেম্বর", "নভেম্বার", "নভে", "November", "Nov"],
    12: ["ডিসেম্বর", "ডিসেম্বার", "ডিসে", "December", "Dec"],
}
MONTHS: dict[str, int] = {}
for _n, _names in _MONTH_NAMES.items():
    for _name in _names:
        MONTHS[_nfc(_name).lower()] = _n

# Bangladesh's revised Bengali calendar (1 Boishakh = 14 April).
_BENGALI_MONTH_NAMES = [
    ["বৈশাখ"], ["জ্যৈষ্ঠ", "জৈষ্ঠ্য", "জ্যেষ্ঠ"], ["আষাঢ়"], ["শ্রাবণ"], ["ভাদ্র"], ["আশ্বিন"],
    ["কার্তিক"], ["অগ্রহায়ণ", "অগ্রহায়ন"], ["পৌষ"], ["মাঘ"], ["ফাল্গুন"], ["চৈত্র"],
]
BENGALI_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(_BENGALI_MONTH_NAMES, 1):
    for _name in _names:
        BENGALI_MONTHS[_nfc(_name)] = _i

WEEKDAYS = [_nfc(w) for w in (
    "শনিবার", "রবিবার", "রোববার", "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "বৃহষ্পতিবার",
    "শুক্রবার", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
)]


def _alt(names) -> str:
    # Longest first so that "Sept" wins over "Sep" and জুলাই over জুন-like prefixes.
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


_MONTH = _alt(MONTHS)
_BMONTH = _alt(BENGALI_MONTHS)
_WEEKDAY_RE = re.compile(_alt(WEEKDAYS), re.IGNORECASE)

# Letters that may follow a month name inside a word (ASCII or Bangla) mean it is no month.
_END = r"(?![A-Za-z\u0980-\u09FF])"
_D = r"(?<![0-9])(?P<d>[0-3]?[0-9])"
_Y = r"(?P<y>(?:19|20)[0-9]{2})(?![0-9])"

# Year-like numbers. No lookbehind here (it slows the scan threefold); callers check the digit before.
_YEAR = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])")
_BENGALI_YEAR = re.compile(r"1[34][0-9]{2}(?![0-9])")


def _years(pattern: re.Pattern[str], s: str) -> Iterator[re.Match[str]]:
    return (m for m in pattern.finditer(s) if m.start() == 0 or not s[m.start() - 1].isdigit())
_NUMERIC_SEP = re.compile(r"[0-9][/.-][0-9]")


_ORDINAL = r"(?:st|nd|rd|th|শে|লা|রা|ঠা|ই)?"  # 17th; ২৩শে, ১লা, ২রা, ৪ঠা, ৫ই
_WEEKDAY_BETWEEN = r"(?:(?:{})[ \t\u00a0,]{{1,3}})?"  # "২৩ নভেম্বর, রবিবার, ২০২৬": formatted with the weekdays


def _date_patterns(month: str, weekday: str, flags: int) -> list[re.Pattern[str]]:
    """The date forms; the first three hold a month name (see find_dates)."""
    return [
        # ১৭ আগস্ট ২০২৪ / 17 Aug, 2024 / 17th August 2024 / ২৩ নভেম্বর, রবিবার, ২০২৬
        re.compile(_D + _ORDINAL + r"[ \t\u00a0,.-]{0,3}(?P<m>" + month + r")\.?" + _END
                   + r"[ \t\u00a0,.-]{0,3}" + _WEEKDAY_BETWEEN.format(weekday) + _Y, flags),
        # ২০২৫ জুলাই ১৩
        re.compile(r"(?<![0-9])" + _Y + r"[ \t\u00a0,.-]{1,3}(?P<m>" + month + r")" + _END
                   + r"[ \t\u00a0,.-]{1,3}(?P<d>[0-3]?[0-9])(?![0-9])", flags),
        # August 17, 2024
        re.compile(r"(?<![A-Za-z])(?P<m>" + month + r")\.?[ \t\u00a0]{1,3}(?P<d>[0-3]?[0-9])" + _ORDINAL
                   + r"[ \t\u00a0,]{1,3}" + _Y, flags),
        # 2024-08-17 (ISO, optionally with a time that the time pattern picks up), 2024/08/17
        re.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-/.])(?P<mo>[01]?[0-9])(?P=sep)(?P<d>[0-3]?[0-9])"
                   r"(?![0-9])"),
        # 17/08/2024, 17.08.2024, 17-08-2024 (day first, as Bangladeshi sites write it)
        re.compile(_D + r"[/.-](?P<mo>[01]?[0-9])[/.-]" + _Y),
    ]


# Case-insensitive matching of this many month names costs 4x: the forms run case-sensitively
# on the lower-cased line, unless lower-casing changes its length (İ) and so the spans.
_DATE_PATTERNS = _date_patterns(_MONTH, _alt(WEEKDAYS), re.IGNORECASE)
_DATE_PATTERNS_LOWER = _date_patterns(_MONTH.lower(), _alt(WEEKDAYS).lower(), 0)
_MONTH_NAME = re.compile(_MONTH, re.IGNORECASE)
_MONTH_NAME_LOWER = re.compile(_MONTH.lower())

_AMPM = (r"(?P<ampm>এএম|পিএম|এ\.এম\.?|পি\.এম\.?|[AaPp]\.?[Mm]\.?(?![A-Za-z])|পূর্বাহ্ণ|পূর্বাহ্ন|অপরাহ্ণ|অপরাহ্ন)")
_PERIOD = r"(?P<period>ভোর|সকাল|দুপুর|বিকাল|বিকেল|সন্ধ্যা|রাত)"
# Between date and time may stand the era ("২৩ নভেম্বর, ২০২৬ ইং, ০৪:৩০ পিএম") or the weekday.
_ERA_OR_WEEKDAY = (r"(?:(?:ইং|ইংরেজি|খ্রিস্টাব্দ|খ্রিষ্টাব্দ|খ্রিঃ|খ্রি\.|" + _alt(WEEKDAYS) + r")(?![\u0980-\u09ffA-Za-z])"
                   r"[ \t\u00a0,|।:ঃ/-]{0,4})?")
# "+06:00", "+0530", "GMT+5:30", "UTC", "IST" (India, as Kolkata sites print it)
_ZONE = (r"(?P<tz>Z|IST(?![A-Za-z])|[+-][01][0-9]:?[0-5][0-9]"
         r"|(?:GMT|UTC)(?:[ \t]*[+-][ \t]*[0-9]{1,2}(?::?[0-9]{2})?)?(?![A-Za-z]))")
_TIME_AFTER = re.compile(_nfc(
    r"[ \t\u00a0,|।:ঃ/-]{0,6}" + _ERA_OR_WEEKDAY
    + r"(?:(?:সময়|Time)[ \t]*[:ঃ]?[ \t]*)?(?:" + _nfc(_PERIOD) + r"[ \t]*)?"
    r"[T ]?(?P<H>[0-2]?[0-9])[:.ঃ] ?(?P<M>[0-5][0-9])(?:[:.](?P<S>[0-5][0-9]))?(?![0-9])"
    r"(?:[ \t]*" + _nfc(_AMPM) + r")?"
    r"(?:[ \t]*\(?" + _ZONE + r"\)?)?"  # (in brackets too: "10:15 AM (IST)")
))
# Some sites put the time first: "১০:২১ এএম, ১৭ আগস্ট ২০২৪".
_TIME_BEFORE = re.compile(
    r"(?P<H>[0-2]?[0-9])[:.](?P<M>[0-5][0-9])(?:[:.](?P<S>[0-5][0-9]))?[ \t]*" + _nfc(_AMPM) + r"?"
    r"[ \t\u00a0,|-]{0,4}$"
)
# ... or as hours of the day: "১৫৩০ ঘণ্টা, নভেম্বর ২৩, ২০২৬" (Banglanews24).
_HOURS_BEFORE = re.compile(_nfc(r"(?<![0-9])(?P<H>[0-2][0-9])(?P<M>[0-5][0-9])[ \t]*(?:ঘণ্টা|ঘন্টা)[ \t\u00a0,|-]{0,4}$"))
_BENGALI_DATE = re.compile(r"(?<![0-9])(?P<d>[0-3]?[0-9])[ \t\u00a0]{0,3}(?P<m>" + _nfc(_BMONTH) + r")"
                           r"[ \t\u00a0,]{0,3}(?P<y>1[34][0-9]{2})(?![0-9])")
_RELATIVE = re.compile(_nfc(
    r"(?<![0-9])[0-9]{1,3}[ \t]*"
    r"(?:সেকেন্ড|মিনিট|ঘণ্টা|ঘন্টা|দিন|সপ্তাহ|মাস|বছর|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
    r"[ \t]*(?:আগে|ago)"), re.IGNORECASE)
_UPDATED_LABEL = re.compile(r"(?:আপডেট|হালনাগাদ|সংশোধিত|পরিমার্জিত|updated?|modified|last\s+update)", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"(?:প্রকাশ|প্রকাশিত|পোস্ট|published|posted|first\s+published)", re.IGNORECASE)
# The day the story was in the paper: the online date, when one is shown too, is the better one.
_PRINT_LABEL = re.compile(_nfc(r"(?:প্রিন্ট|ছাপা|মুদ্রিত)\s+সংস্করণ|print\s+edition"), re.IGNORECASE)
_ROLE_LABELS = (("published", _PUBLISHED_LABEL), ("updated", _UPDATED_LABEL), ("print", _PRINT_LABEL))


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date found in a line: its span, value, and what kind of date it is."""

    start: int
    end: int
    value: dt.datetime | dt.date
    has_time: bool
    role: str | None  # "published", "updated" or None when no label says
    calendar: str = "gregorian"  # or "bengali"

    def iso(self) -> str:
        return self.value.isoformat()


_BANGLA_DIGIT_RUN = re.compile("[০-৯]+")


def to_ascii_digits(s: str) -> str:
    """Bangla digits to ASCII, same length (spans stay valid). Idempotent."""
    # A callback per digit run beats str.translate, which is slow on non-ASCII text.
    return _BANGLA_DIGIT_RUN.sub(lambda m: m.group().translate(BANGLA_DIGITS), s)


def _hour24(h: int, ampm: str | None, period: str | None) -> int | None:
    """12-hour clock to 24: ১২:০৬ এএম is 00:06; Bangla day periods (বিকাল ৩টা) count too."""
    if h > 23:
        return None
    if ampm:
        if h == 0 or h > 12:  # already a 24-hour time with a stray AM/PM
            return h
        a = ampm.lower().replace(".", "")
        pm = a in ("pm", "পিএম") or a.startswith("অপরাহ্")
        if pm:
            return 12 if h == 12 else h + 12
        return 0 if h == 12 else h
    if period in ("বিকাল", "বিকেল", "সন্ধ্যা") and h < 12:
        return h + 12
    if period == "দুপুর" and 1 <= h < 6:
        return h + 12
    if period == "রাত":
        if 6 <= h < 12:
            return h + 12
        if h == 12:
            return 0
    return h


_OFFSET = re.compile(r"([+-])([0-9]{1,2}):?([0-9]{2})?")
_NAMED_ZONES = {"Z": dt.timezone.utc, "IST": dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")}


def _tzinfo(tz: str | None, default: dt.tzinfo) -> dt.tzinfo:
    """'+06:00', '+0530', 'GMT+5:30', 'UTC', 'IST' (India, as Kolkata sites print it)."""
    if not tz:
        return default
    t = tz.upper().replace(" ", "").replace("GMT", "").replace("UTC", "")
    if t in _NAMED_ZONES or t == "":
        return _NAMED_ZONES.get(t, dt.timezone.utc)
    m = _OFFSET.fullmatch(t)
    if m is None:
        return default
    sign = -1 if m.group(1) == "-" else 1
    try:
        return dt.timezone(sign * dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0)))
    except ValueError:
        return default


def _role(prefix: str) -> str | None:
    """The label nearest before a date ("প্রকাশ :", "আপডেট:", "প্রিন্ট সংস্করণ:") says which date it is."""
    tail = prefix[-40:]
    ends = {role: max((m.end() for m in label.finditer(tail)), default=-1) for role, label in _ROLE_LABELS}
    role, end = max(ends.items(), key=lambda kv: kv[1])
    return role if end >= 0 else None


DHAKA = dt.timezone(dt.timedelta(hours=6), "Asia/Dhaka")
KOLKATA = dt.timezone(dt.timedelta(hours=5, minutes=30), "Asia/Kolkata")

# Lines standing alone in the chrome of pages from West Bengal, Tripura or Assam: "রাজ্য" (the
# state's news) as a menu item, or an Indian outlet's name, anywhere; a state's name, or two
# Indian cities, only above the first paragraph: a Dhaka daily's story about Kolkata may carry
# "পশ্চিমবঙ্গ" among its tags below, and may have a Kolkata section in its menu.
_INDIAN = frozenset((
    "রাজ্য", "আনন্দবাজার", "আনন্দবাজার অনলাইন", "Anandabazar", "এই সময় ডিজিটাল", "Eisamay", "EiSamay",
    "Sangbad Pratidin", "সংবাদ প্রতিদিন", "TV9 Bangla", "TV9 বাংলা", "Zee 24 Ghanta", "জি ২৪ ঘণ্টা",
    "ABP Ananda", "এবিপি আনন্দ", "News18 Bangla", "নিউজ ১৮ বাংলা", "Hindustan Times Bangla",
    "হিন্দুস্তান টাইমস বাংলা", "Bartaman", "Uttarbanga Sambad", "উত্তরবঙ্গ সংবাদ", "Dainik Sambad",
))
_INDIAN_STATES = frozenset((
    "পশ্চিমবঙ্গ", "ত্রিপুরা", "অসম", "উত্তরবঙ্গ", "দক্ষিণবঙ্গ",
    "West Bengal", "WEST BENGAL", "Tripura", "TRIPURA", "Assam", "ASSAM", "North Bengal",
))
_INDIAN_CITIES = frozenset({"কলকাতা", "Kolkata", "KOLKATA", "আগরতলা", "Agartala", "শিলচর", "Silchar", "গুয়াহাটি"})


# The copyright line of an Indian publisher: "© 2026 ABP Pvt. Ltd.", "Bennett, Coleman & Co. Ltd."
_INDIAN_OWNER = re.compile(r"\bABP\b|Anandabazar|Bennett,? Coleman|Sangbad Pratidin|TV9|Zee Media|Hindustan Times"
                           r"|Network18|News18|আনন্দবাজার")


def page_zone(texts: list[str], text: str = "") -> dt.tzinfo:
    """The zone of a page's undated times: Kolkata's when its chrome (`texts`, its stripped lines;
    `text`, the page, for its copyright lines) shows it is Indian."""
    if not _INDIAN.isdisjoint(texts):
        return KOLKATA
    if not _INDIAN_STATES.isdisjoint(texts) or len(_INDIAN_CITIES.intersection(texts)) >= 2:
        head = next((texts[:n] for n, t in enumerate(texts) if t.count(" ") >= 10), texts)  # above the first paragraph
        if not _INDIAN_STATES.isdisjoint(head) or len(_INDIAN_CITIES.intersection(head)) >= 2:
            return KOLKATA
    at = text.find("©")  # (found in C: a loop over the lines in Python would cost more than the rest)
    while at >= 0:  # each line with a "©" once
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if _INDIAN_OWNER.search(text, text.rfind("\n", 0, at) + 1, end):
            return KOLKATA
        at = text.find("©", end)
    return DHAKA


_WORD_TAIL = re.compile(r"[\w\u0980-\u09ff]*")
_WINDOW = 40  # a date's other parts stand this close to its year


def _year_windows(s: str) -> list[tuple[int, int]]:
    """Spans around each year-like number, merged: the date patterns run only there, which on
    a long paragraph is many times faster than scanning all of it. A window ends after a run of
    letters or digits so that no lookahead is cut short; lookbehinds see past its start."""
    spans: list[tuple[int, int]] = []
    for m in _years(_YEAR, s):
        lo, hi = max(0, m.start() - _WINDOW), min(len(s), m.end() + _WINDOW)
        hi = _WORD_TAIL.match(s, hi).end()  # type: ignore[union-attr]  # (it matches the empty string)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def find_dates(text: str, tz: dt.tzinfo = DHAKA, digits_ascii: bool = False) -> list[DateMatch]:
    """All Gregorian dates in `text` (NFC), left to right, with times and labels when present.
    digits_ascii: the caller already mapped Bangla digits to ASCII."""
    s = text if digits_ascii or text.isascii() else to_ascii_digits(text)
    windows = _year_windows(s)
    if not windows:
        return []  # every form below holds a year: most lines with digits stop here
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    # The first three forms need a month name, the other two a - / or . between numbers: a year
    # in running text ("১৯৭১ সালে") usually has neither, and then no pattern runs at all.
    lower = s.lower()
    if len(lower) == len(s):
        month_name, patterns, text = _MONTH_NAME_LOWER, _DATE_PATTERNS_LOWER, lower
    else:
        month_name, patterns, text = _MONTH_NAME, _DATE_PATTERNS, s
    with_month = [(lo, hi) for lo, hi in windows if month_name.search(text, lo, hi)]
    with_sep = [(lo, hi) for lo, hi in windows if _NUMERIC_SEP.search(s, lo, hi)]
    if not (with_month or with_sep):
        return []
    for n, pat in enumerate(patterns):
        for m in (m for lo, hi in (with_month if n < 3 else with_sep) for m in pat.finditer(text, lo, hi)):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            month = MONTHS.get(m.group("m").lower()) if "m" in m.groupdict() and m.group("m") else None
            if month is None and "mo" in m.groupdict() and m.group("mo"):
                month = int(m.group("mo"))
            try:
                day, year = int(m.group("d")), int(m.group("y"))
                date = dt.date(year, month or 0, day)
            except (TypeError, ValueError):
                continue
            start, end = m.start(), m.end()
            value: dt.date | dt.datetime = date
            has_time = False
            t = _TIME_AFTER.match(s, end)
            if t is None:
                before = s[max(0, start - 24):start]
                t = _TIME_BEFORE.search(before) or _HOURS_BEFORE.search(before)
                if t is not None:
                    start = max(0, start - 24) + t.start()
            elif t:
                end = t.end()
            if t is not None:
                gd = t.groupdict()
                hour = _hour24(int(gd["H"]), gd.get("ampm"), gd.get("period"))
                sec = int(gd["S"]) if gd.get("S") else 0
                if hour is not None:
                    value = dt.datetime(year, date.month, day, hour, int(gd["M"]), sec,
                                        tzinfo=_tzinfo(gd.get("tz"), tz))
                    has_time = True
            taken.append((start, end))
            found.append(DateMatch(start, end, value, has_time, _role(s[:start])))
    found.sort(key=lambda d: d.start)
    return found


def find_bengali_dates(text: str, digits_ascii: bool = False) -> list[DateMatch]:
    """Bengali-calendar dates (`২ মাঘ ১৪৩১`), converted to Gregorian by Bangladesh's calendar."""
    s = text if digits_ascii else to_ascii_digits(text)
    if next(_years(_BENGALI_YEAR, s), None) is None:
        return []
    s = to_ascii_digits(nfc(s))
    out = []
    for m in _BENGALI_DATE.finditer(s):
        g = bengali_to_gregorian(int(m.group("d")), BENGALI_MONTHS[m.group("m")], int(m.group("y")))
        if g is not None:
            out.append(DateMatch(m.start(), m.end(), g, False, None, "bengali"))
    return out


def bengali_to_gregorian(day: int, month: int, year: int) -> dt.date | None:
    """Bangladesh's revised calendar: 1 Boishakh = 14 April; months 1-6 have 31 days,
    Falgun 29 (30 in a Gregorian leap year), the rest 30."""
    start = dt.date(year + 593, 4, 14)
    greg_year_of_falgun = year + 594
    leap = greg_year_of_falgun % 4 == 0 and (greg_year_of_falgun % 100 != 0 or greg_year_of_falgun % 400 == 0)
    lengths = [31] * 6 + [30, 30, 30, 30, 30 if leap else 29, 30]
    if not (1 <= month <= 12 and 1 <= day <= lengths[month - 1]):
        return None
    return start + dt.timedelta(days=sum(lengths[: month - 1]) + day - 1)


def has_relative_time(text: str, digits_ascii: bool = False) -> bool:
    """'১৬ মিনিট আগে', '2 hours ago': a teaser's age, not a date."""
    if "আগে" not in text and "ago" not in text.lower():
        return False
    return bool(_RELATIVE.search(text if digits_ascii else to_ascii_digits(text)))


def has_weekday(text: str) -> bool:
    return bool(_WEEKDAY_RE.search(text))


def parse_tz(spec: str) -> dt.tzinfo:
    """'+06:00', '+0530', 'UTC', or an IANA name such as 'Asia/Kolkata'."""
    spec = spec.strip()
    if re.fullmatch(r"[+-][0-9]{1,2}(:?[0-9]{2})?|Z|UTC|GMT", spec, re.IGNORECASE):
        return _tzinfo(spec if spec[0] in "+-" else "Z", DHAKA)
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(spec)
    except Exception as e:  # zoneinfo raises several kinds for a bad name
        raise ValueError(f"unknown time zone {spec!r}") from e
