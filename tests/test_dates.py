"""Date lines as news sites print them, with the ISO value a reader would take."""

import datetime as dt

import pytest

from bangla_clean.dates import DHAKA, KOLKATA, bengali_to_gregorian, find_bengali_dates, find_dates, page_zone, parse_tz
from tests.conftest import nfc

CASES = [
    # (line, [(iso, role), ...])
    ("১৭ আগস্ট ২০২৪, ১২:০৬ এএম | আপডেট: ১৭ আগস্ট ২০২৪, ১২:০৬ এএম",
     [("2024-08-17T00:06:00+06:00", None), ("2024-08-17T00:06:00+06:00", "updated")]),
    ("০১ সেপ্টেম্বর ২০২৩, ০৯:২১ পিএম | আপডেট: ০২ সেপ্টেম্বর ২০২৩, ১২:০১ এএম",
     [("2023-09-01T21:21:00+06:00", None), ("2023-09-02T00:01:00+06:00", "updated")]),
    ("প্রকাশ : ৩১ ডিসেম্বর ২০২৪, ০৮:২২ পিএম", [("2024-12-31T20:22:00+06:00", "published")]),
    ("আপডেট : ৩১ ডিসেম্বর ২০২৪, ১২:২৩ পিএম", [("2024-12-31T12:23:00+06:00", "updated")]),
    ("২০২৫ জুলাই ১৩ ১০:২১:১৬", [("2025-07-13T10:21:16+06:00", None)]),
    ("প্রকাশিত: ১৫ জানুয়ারী ২০২৫, রাত ১১:২০", [("2025-01-15T23:20:00+06:00", "published")]),
    ("প্রকাশিত: ০৩ ফেব্রুয়ারী ২০২৪, বিকাল ৩:০৫", [("2024-02-03T15:05:00+06:00", "published")]),
    ("আপডেটঃ ২২ আগস্ট ২০২৬ | ০৭:৩৪", [("2026-08-22T07:34:00+06:00", "updated")]),
    ("নিজস্ব প্রতিবেদক৩০ ডিসেম্বর ২০২৫ | ১২:৫৪", [("2025-12-30T12:54:00+06:00", None)]),
    ("জ্যেষ্ঠ প্রতিবেদকপ্রকাশ : ৩০ ডিসেম্বর ২০২৫, ১০:০৪ এএম", [("2025-12-30T10:04:00+06:00", "published")]),
    ("প্রকাশ: ১৫ আগস্ট ২০২৪, ১৪: ৩০", [("2024-08-15T14:30:00+06:00", "published")]),
    ("১০:২১ এএম, ১৭ আগষ্ট ২০২৪", [("2024-08-17T10:21:00+06:00", None)]),
    ("শেষ আপডেট: ১৭ অগস্ট ২০২৪ ০৯:৩০", [("2024-08-17T09:30:00+06:00", "updated")]),
    ("Published : 17 Aug 2024, 12:06 AM", [("2024-08-17T00:06:00+06:00", "published")]),
    ("Updated: August 17, 2024 11:30 pm", [("2024-08-17T23:30:00+06:00", "updated")]),
    ("2024-08-17T00:06:00+05:30", [("2024-08-17T00:06:00+05:30", None)]),
    ("১৭/০৮/২০২৪ ১২:০৬ পিএম", [("2024-08-17T12:06:00+06:00", None)]),
    ("শনিবার, ২২ আগস্ট, ২০২৬", [("2026-08-22", None)]),
    ("ঢাকা   বৃহস্পতিবার, ১৬ জানুয়ারি ২০২৫ | ২ মাঘ ১৪৩১", [("2025-01-16", None)]),
    # the era or the weekday between date and time
    ("প্রকাশিত: ২৩ নভেম্বর, ২০২৬ ইং, ০৪:৩০ পিএম", [("2026-11-23T16:30:00+06:00", "published")]),
    ("২৩ নভেম্বর ২০২৬, সোমবার ১০:১৫ এএম", [("2026-11-23T10:15:00+06:00", None)]),
    ("২৩ নভেম্বর ২০২৬ খ্রিস্টাব্দ", [("2026-11-23", None)]),
    ("২৩ নভেম্বর ২০২৬ ইংল্যান্ড ১০:১৫", [("2026-11-23", None)]),  # a word that starts like ইং is no era
    # Bangla ordinals, short month names, year first with slashes
    ("সোমবার ২৩শে নভেম্বর ২০২৬", [("2026-11-23", None)]),
    ("১লা ডিসেম্বর ২০২৬", [("2026-12-01", None)]),
    ("২রা জানুয়ারি ২০২৬, ১০:১৫ এএম", [("2026-01-02T10:15:00+06:00", None)]),
    ("২৩ নভে. ২০২৬", [("2026-11-23", None)]),
    ("২০২৬/১১/২৩", [("2026-11-23", None)]),
    ("২০২৬-১১/২৩", []),  # mixed separators
    # the weekday between month and year, the time first
    ("প্রকাশ: ০৮:০০ পিএম, ২৩ নভেম্বর, রবিবার, ২০২৬", [("2026-11-23T20:00:00+06:00", "published")]),
    ("23 November, Sunday, 2026 10:22 AM", [("2026-11-23T10:22:00+06:00", None)]),
]


@pytest.mark.parametrize("line,expected", CASES, ids=[c[0][:30] for c in CASES])
def test_date_lines(line, expected):
    found = [(d.iso(), d.role) for d in find_dates(nfc(line))]
    assert found == expected


def test_no_date_in_plain_prose_day_month():
    # A day and month without a year is part of the story, not a dateline.
    assert find_dates(nfc("গতকাল বৃহস্পতিবার (১৫ আগস্ট) স্বাধীনতার বর্ষপূর্তি উপলক্ষে")) == []


def test_month_name_inside_a_word_is_no_month():
    assert find_dates(nfc("১৭ মেঘনা ২০২৪")) == []


def test_bengali_calendar_matches_the_gregorian_strip():
    # Site strips print both: "বৃহস্পতিবার, ১৬ জানুয়ারি ২০২৫ | ২ মাঘ ১৪৩১".
    assert [d.iso() for d in find_bengali_dates(nfc("২ মাঘ ১৪৩১"))] == ["2025-01-16"]
    assert bengali_to_gregorian(1, 1, 1431) == dt.date(2024, 4, 14)  # Pohela Boishakh
    assert bengali_to_gregorian(1, 10, 1431) == dt.date(2025, 1, 15)  # 1 Magh
    assert bengali_to_gregorian(31, 10, 1431) is None  # Magh has 30 days


def test_default_zone_and_override():
    assert find_dates(nfc("১৭ আগস্ট ২০২৪, ১২:০৬ এএম"))[0].value.utcoffset() == dt.timedelta(hours=6)
    kolkata = parse_tz("+05:30")
    assert find_dates(nfc("১৭ আগস্ট ২০২৪, ১২:০৬ এএম"), kolkata)[0].iso() == "2024-08-17T00:06:00+05:30"
    assert parse_tz("Asia/Kolkata").utcoffset(dt.datetime(2024, 1, 1)) == dt.timedelta(hours=5, minutes=30)
    with pytest.raises(ValueError):
        parse_tz("Mars/Olympus")
    assert DHAKA.utcoffset(None) == dt.timedelta(hours=6)


@pytest.mark.parametrize("line", [
    "AUGUST 17, 2024", "august 17, 2024", "17 AuG 2024",
    "İstanbul, 17 AUGUST 2024",  # İ lower-cases to two characters: the case-insensitive forms run
])
def test_month_names_in_any_case(line):
    found = find_dates(line)
    assert [d.value for d in found] == [dt.date(2024, 8, 17)]
    assert line[found[0].start:found[0].end].lower().startswith(("aug", "17"))


@pytest.mark.parametrize("text, iso", [
    ("Last Updated: November 23, 2026, 16:30 IST", "2026-11-23T16:30:00+05:30"),  # Kolkata sites
    ("Updated at : 03 Dec 2026 10:15 AM (IST)", "2026-12-03T10:15:00+05:30"),  # the zone in brackets
    ("Updated: 23 November 2026 16:30 GMT+5:30", "2026-11-23T16:30:00+05:30"),
    ("23 November 2026 16:30 +0530", "2026-11-23T16:30:00+05:30"),
    ("23 November 2026 16:30 UTC", "2026-11-23T16:30:00+00:00"),
    ("23 November 2026 16:30 ISTANBUL", "2026-11-23T16:30:00+06:00"),  # no zone: the default
])
def test_zones_printed_beside_the_time(text, iso):
    assert find_dates(text)[0].iso() == iso


def test_hours_of_the_day_before_a_month_first_date():
    # Banglanews24 writes the time as hours: "১৫৩০ ঘণ্টা" is 15:30.
    assert find_dates(nfc("আপডেট: ১৫৩০ ঘণ্টা, নভেম্বর ২৩, ২০২৬"))[0].iso() == "2026-11-23T15:30:00+06:00"
    assert find_dates(nfc("প্রকাশ: ০৪:৩০ অপরাহ্ন, ২৩ নভেম্বর ২০২৬"))[0].iso() == "2026-11-23T16:30:00+06:00"
    assert find_dates(nfc("মোট ১৫৩০ জন, নভেম্বর ২৩, ২০২৬"))[0].iso() == "2026-11-23"  # a number, not hours


def test_page_zone_from_the_chrome():
    menu = ["হোম", "জাতীয়", "সারাদেশ", "আন্তর্জাতিক", "খেলা"]
    assert page_zone(menu) is DHAKA
    assert page_zone(menu + ["রাজ্য"]) is KOLKATA  # the state's news: only Indian sites have it
    assert page_zone(["TV9 Bangla", *menu]) is KOLKATA
    # a Dhaka story about West Bengal may carry the state among its tags, below the story
    story = "কলকাতায় রাজ্য সরকারের নতুন প্রকল্পের উদ্বোধন করেছেন মুখ্যমন্ত্রী, সেখানে উপস্থিত ছিলেন মন্ত্রিসভার সদস্যরা।"
    assert page_zone([*menu, story, "পশ্চিমবঙ্গ", "মমতা বন্দ্যোপাধ্যায়"]) is DHAKA
    assert page_zone(["পশ্চিমবঙ্গ", *menu, story]) is KOLKATA
    # a Dhaka daily may have a Kolkata section: the city alone is not enough, nor inside a line
    assert page_zone(menu + ["কলকাতা"]) is DHAKA
    assert page_zone(menu + ["কলকাতা", "Kolkata"]) is KOLKATA
    assert page_zone(["পশ্চিমবঙ্গের রাজ্য সরকার নতুন প্রকল্প ঘোষণা করেছে।"]) is DHAKA
    # or the publisher in its copyright line
    for page, zone in (([*menu, "© 2026 ABP Pvt. Ltd. All rights reserved."], KOLKATA),
                       ([*menu, "© ২০২৬ সর্বস্বত্ব সংরক্ষিত | দৈনিক আনন্দবাজার অনলাইন", "যোগাযোগ"], KOLKATA),
                       (["© ২০২৬ প্রথম আলো", "ABP নিউজের খবর অনুযায়ী ভারতে ভোট শেষ।", *menu], DHAKA)):
        assert page_zone(page, "\n".join(page)) is zone
