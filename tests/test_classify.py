"""The context step: what a line is depends on where it stands."""

import pytest

from tests.conftest import nfc

P1 = "রাশিয়ার সঙ্গে সহযোগিতার সম্পর্ক আরও গভীর করার অঙ্গীকার পুনর্ব্যক্ত করেছেন উত্তর কোরিয়ার নেতা কিম জং উন।"
P2 = "উত্তর কোরিয়ার রাষ্ট্রীয় বার্তা সংস্থা কেসিএনএ আজ শুক্রবার এ তথ্য জানিয়েছে। গতকাল বার্তাটি পাঠানো হয়।"
P3 = "গত জুনে পিয়ংইয়ংয়ে বৈঠক করেছেন কিম জং উন ও ভ্লাদিমির পুতিন। এক বছরের মধ্যে এটি দ্বিতীয় বৈঠক।"
TITLE = "উত্তর কোরিয়ার সঙ্গে সম্পর্ক আরো ঘনিষ্ঠ করতে চান পুতিন"
DATE = "১৭ আগস্ট ২০২৪, ১২:০৬ এএম"


def labels(doc):
    return {x.line.text: (x.label, x.reason) for x in doc.labelled if x.line.text}


def test_short_paragraph_between_paragraphs_survives(page):
    short = "তিনি বলেন, ‘না।’"
    doc = page(TITLE, DATE, "", P1, "", short, "", P2, "", P3)
    assert doc.body == [nfc(P1), nfc(short), nfc(P2), nfc(P3)]


def test_eight_word_paragraph_survives(page):
    eight = "সভায় উপস্থিত সবাই এই প্রস্তাবে সম্মতি দেন।"
    doc = page(TITLE, DATE, P1, eight, P2)
    assert nfc(eight) in doc.body


def test_subhead_inside_the_story_is_kept(page):
    doc = page(TITLE, DATE, P1, "যা বললেন কিম", P2, P3)
    assert nfc("যা বললেন কিম") in doc.body


def test_inline_related_link_is_dropped_but_the_story_goes_on(page):
    doc = page(TITLE, DATE, P1, "আরও পড়ুন", "গাজায় যুদ্ধবিরতি চুক্তিতে সম্মত হামাস-ইসরাইল", P2, P3)
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]
    assert labels(doc)[nfc("গাজায় যুদ্ধবিরতি চুক্তিতে সম্মত হামাস-ইসরাইল")] == ("more_news", "inline_related_headline")


def test_repeated_paragraph_keeps_the_first(page):
    doc = page(P1, P2, P3, P2)
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]
    assert [x.reason for x in doc.labelled].count("repeated_paragraph") == 1


def test_pull_quote_with_speaker_glued_on_is_dropped(page):
    quoted = "পুতিনকে পাঠানো বার্তায় কিম বলেন, ‘দুই দেশের বন্ধুত্ব আরও গভীর হয়েছে। এটি আমাদের শক্তি।’"
    pull = "দুই দেশের বন্ধুত্ব আরও গভীর হয়েছে। এটি আমাদের শক্তি।কিম জং উন, উত্তর কোরিয়ার নেতা"
    doc = page(P1, quoted, pull, P2)
    assert doc.body == [nfc(P1), nfc(quoted), nfc(P2)]
    assert labels(doc)[nfc(pull)] == ("duplicate", "pull_quote")


def test_title_after_the_date_block_as_kalbela_prints_it(page):
    doc = page("কালবেলা ডেস্ক", "প্রকাশ : ৩১ ডিসেম্বর ২০২৪, ০৮:২২ পিএম", "আপডেট : ৩১ ডিসেম্বর ২০২৪, ০৮:২৩ পিএম",
               "অনলাইন সংস্করণ", "", TITLE, "", P1, P2)
    assert doc.meta.title == nfc(TITLE)
    assert doc.meta.published == "2024-12-31T20:22:00+06:00"
    assert doc.meta.updated == "2024-12-31T20:23:00+06:00"
    assert doc.meta.byline == nfc("কালবেলা ডেস্ক")
    assert doc.meta.outlet == nfc("কালবেলা")


@pytest.mark.parametrize("header", [
    ["নিজস্ব প্রতিবেদক", DATE],
    [DATE],
    ["রহিম উদ্দিন", DATE],
    ["উত্তর কোরিয়ার নেতার বার্তা নিয়ে নানা প্রশ্ন। বিশ্লেষকেরা বলছেন, সম্পর্ক আরও গভীর হবে।", DATE],
])
def test_a_short_first_sentence_under_the_date_is_the_storys_not_the_title(page, header):
    first = "বার্তাটি এসেছে গতকাল।"  # four words: too short to read as prose by itself
    doc = page("প্রচ্ছদ", "আন্তর্জাতিক", TITLE, *header, first, P1, P2)
    assert doc.meta.title == nfc(TITLE)
    assert doc.body == [nfc(first), nfc(P1), nfc(P2)]


def test_a_headline_with_a_dari_under_the_date_with_none_above_stays_the_title(page):
    headline = "শুক্রবারেও চলবে মেট্রোরেল।"
    doc = page("প্রচ্ছদ", "কালবেলা ডেস্ক", "প্রকাশ : ৩১ ডিসেম্বর ২০২৪, ০৮:২২ পিএম", headline, P1, P2)
    assert doc.meta.title == nfc(headline)
    assert doc.body == [nfc(P1), nfc(P2)]


def test_a_short_last_sentence_does_not_hide_the_storys_byline_and_date_under_it(page):
    last = "দ্বিতীয় টেস্ট হবে মিরপুরে।"
    doc = page("খেলা", TITLE, P1, P2, last, "ক্রীড়া প্রতিবেদক", "প্রকাশিত: ২৩ নভেম্বর ২০২৬, ১৬:৩০", "শেয়ার করুন")
    assert doc.body == [nfc(P1), nfc(P2), nfc(last)]
    assert doc.meta.published == "2026-11-23T16:30:00+06:00"
    assert doc.meta.byline == nfc("ক্রীড়া প্রতিবেদক")


def test_a_short_sentence_and_a_section_name_between_paragraphs_keep_the_story_whole(page):
    short, subhead = "তবে বিনিয়োগে স্থবিরতা কাটেনি।", "খেলা"  # a story broken at every sentence
    doc = page("প্রচ্ছদ", "রাজনীতি", "খেলা", TITLE, DATE, P1, short, subhead, P2, P3)
    assert doc.body == [nfc(P1), nfc(short), nfc(subhead), nfc(P2), nfc(P3)]


CYCLONE_BRIEF = ("ঘূর্ণিঝড়ের প্রভাবে উপকূলীয় জেলাগুলোতে ভারী বৃষ্টির আশঙ্কা করা হচ্ছে। সমুদ্রবন্দরগুলোকে তিন নম্বর সতর্কসংকেত "
         "দেখাতে বলা হয়েছে। মাছ ধরার নৌকাগুলোকে উপকূলের কাছাকাছি থাকতে বলা হয়েছে।")


BODY_P4 = "সিটি করপোরেশনের প্রধান নির্বাহী কর্মকর্তা বলেন, ঝুঁকিপূর্ণ ভবনের তালিকা করা হচ্ছে। শিগগিরই অভিযান শুরু হবে।"


def test_a_one_paragraph_story_dated_above_and_below_is_no_teaser(page):
    doc = page("রাজ্য", TITLE, "Written by: সুজিত ভৌমিক", "Last Updated: November 23, 2026, 16:30 IST", CYCLONE_BRIEF,
               "First Published: November 23, 2026, 16:30 IST", "Tags: West Bengal")
    assert doc.body == [nfc(CYCLONE_BRIEF)]
    assert doc.meta.title == nfc(TITLE)


def test_a_section_name_alone_between_a_briefs_date_and_its_text_does_not_part_them(page):
    doc = page("প্রচ্ছদ", "সারাদেশ", TITLE, "নিজস্ব প্রতিবেদক", "আপডেট : ২৩ নভেম্বর ২০২৪, ১০:৩৫", "শেয়ার", "ভিডিও",
               CYCLONE_BRIEF, "এই বিভাগের আরো খবর", "বরিশালে লঞ্চ চলাচল বন্ধ")
    assert doc.body == [nfc(CYCLONE_BRIEF)]
    assert doc.meta.title == nfc(TITLE)


def test_writer_and_last_updated_time_on_one_line_under_a_summary(page):
    summary = "Bagdogra Airport: বাগডোগরা থেকে দিল্লি পর্যন্ত নতুন উড়ান চালু হচ্ছে। সপ্তাহে পাঁচ দিন চলবে এই বিমান।"
    written = "Written By Sanjay Das | Last Updated: Dec 3, 2026, 10:15 AM IST | Source: Bureau"
    doc = page("রাজ্য", TITLE, summary, written, "Follow Us", P1, P2)
    assert doc.body == [nfc(P1), nfc(P2)]
    assert (doc.meta.title, doc.meta.published) == (nfc(TITLE), "2026-12-03T10:15:00+05:30")
    assert doc.meta.byline == "Sanjay Das"
    assert doc.meta.outlet is None  # ("Last" of "Last Updated" was taken for the outlet)


def test_byline_and_dates_joined_by_a_bullet(page):
    doc = page(TITLE, "নিজস্ব প্রতিবেদক, চট্টগ্রাম ●  প্রকাশিত: ১০:১৫, ৩ ডিসেম্বর ২০২৬   আপডেট: ১১:০৫, ৩ ডিসেম্বর ২০২৬",
               P1, P2)
    assert doc.meta.byline == nfc("নিজস্ব প্রতিবেদক, চট্টগ্রাম")
    assert (doc.meta.published, doc.meta.updated) == ("2026-12-03T10:15:00+06:00", "2026-12-03T11:05:00+06:00")


@pytest.mark.parametrize("lead,writer", [
    ("নিজস্ব প্রতিনিধি, শিলিগুড়ি: ", "নিজস্ব প্রতিনিধি"),
    ("নিজস্ব সংবাদদাতা, কলকাতা: ", "নিজস্ব সংবাদদাতা"),
    ("নিজস্ব সংবাদদাতা, জলপাইগুড়ি, ৩ ডিসেম্বর: ", "নিজস্ব সংবাদদাতা"),
    ("এই সময়, গোসাবা: ", None),  # the outlet, not a writer
    ("ঢাকা, ২৩ নভেম্বর: ", None),
])
def test_the_writer_opening_the_story_is_the_byline_when_none_stands_above(page, lead, writer):
    doc = page(TITLE, "প্রকাশিত: ৩ ডিসেম্বর ২০২৬", lead + P1, P2)
    assert doc.meta.byline == (nfc(writer) if writer else None)


def test_a_feature_under_subheads_signed_above_its_headline_is_an_article(page):
    parts = [P1, P2, "গুদাম সরানোর উদ্যোগ", P3, "যা বললেন উপদেষ্টা", CYCLONE_BRIEF, "যা বলছে কর্তৃপক্ষ", BODY_P4]
    doc = page("প্রিন্ট সংস্করণ", "মহানগর", "স্টাফ রিপোর্টার", "০৩ ডিসেম্বর ২০২৬, ১২:০০ এএম", TITLE, *parts,
               "এ পাতার অন্যান্য খবর", "মেট্রোরেলের নতুন স্টেশনের কাজ শুরু", "রাজধানীতে ডেঙ্গু রোগী কমছে")
    assert doc.body == [nfc(x) for x in parts]
    assert doc.meta.title == nfc(TITLE)


def test_the_online_desk_over_the_date_is_no_title_when_a_credit_stands_under_the_headline(page):
    doc = page("খেলা", "আমার দেশ অনলাইন", "প্রকাশ : ০৩ ডিসেম্বর ২০২৬, ১০:১৫", TITLE, "ছবি: সংগৃহীত", P1, P2)
    assert doc.meta.title == nfc(TITLE)
    assert doc.meta.byline == nfc("আমার দেশ অনলাইন")


def test_an_opinion_front_whose_writers_are_partly_marked_by_a_title_gives_no_article(page):
    teasers = [("মাহফুজ আনাম", "রাজনীতির চক্রব্যূহে বন্দি গণতন্ত্র", P1), ("সোহরাব হাসান", "শিক্ষায় বরাদ্দ বাড়ানোর সময় এখনই", P2),
               ("ড. বদিউল আলম মজুমদার", "জলবায়ু অর্থায়নে ধনী দেশগুলোর দায়", P3)]
    doc = page("প্রচ্ছদ", "মতামত", "শিরোনাম", *[x for t in teasers for x in t], "সর্বাধিক পঠিত", "Follow Us")
    assert doc.body == []


def test_a_home_pages_signed_lead_teaser_over_a_read_more_link_gives_no_article(page):
    lead = " ".join((P1, P2, P3))  # a summary of some 50 words, under its own byline and date
    teasers = [("শিক্ষায় বরাদ্দ বাড়ানোর সময় এখনই", P2), ("রাজধানীতে শীতের তীব্রতা বাড়ছে", P3),
               ("বিপিএলের নিলামে সর্বোচ্চ দর পেলেন তাসকিন", P1)]
    doc = page("প্রচ্ছদ", "শীর্ষ সংবাদ", TITLE, "নিজস্ব প্রতিবেদক", DATE, lead, "বিস্তারিত",
               *[x for t in teasers for x in t], "সর্বাধিক পঠিত")
    assert doc.body == []


def test_a_tv_storys_last_paragraph_over_a_see_more_line_stays(page):
    doc = page(TITLE, DATE, P1, P2, P3, "বিস্তারিত দেখুন", "আরও পড়ুন", "বিপিএলের নিলাম শুরু আজ")
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]


def test_updated_at_is_a_date_label_not_the_outlet(page):
    doc = page(TITLE, "By: ABP Ananda Digital | Updated at : 03 Dec 2026 10:15 AM (IST)", P1, P2)
    assert doc.meta.published == "2026-12-03T10:15:00+05:30"
    assert doc.meta.outlet != "Updated at"


def test_a_recipes_ingredients_between_two_subheads_keep_the_story_whole(page):
    items = ["চালের গুঁড়া ২ কাপ", "নারকেল কোরানো ১ কাপ", "খেজুরের গুড় আধা কাপ", "লবণ সামান্য"]
    doc = page("লাইফস্টাইল", TITLE, "লাইফস্টাইল ডেস্ক", DATE, P1, "উপকরণ", *items, "প্রণালি", P2, P3)
    assert doc.body == [nfc(x) for x in (P1, "উপকরণ", *items, "প্রণালি", P2, P3)]
    assert doc.meta.title == nfc(TITLE)


def test_an_article_after_a_list_of_aged_teasers_and_its_more_button_stands_alone(page):
    teasers = [("১ দিন আগে", "শীতেও কমছে না ডেঙ্গু, কারণ কী", "বিশেষজ্ঞরা বলছেন, জমে থাকা পানিতে এডিস মশার বংশবিস্তার চলছেই।"),
               ("২ দিন আগে", "ডেঙ্গু প্রতিরোধে সিটি করপোরেশনের অভিযান", "দুই সিটি করপোরেশন মশা নিধনে অভিযান শুরু করেছে।"),
               ("৩ দিন আগে", "ডেঙ্গুতে আরও দুজনের মৃত্যু, ভর্তি ৬২০", "গত ২৪ ঘণ্টায় ডেঙ্গু আক্রান্ত হয়ে আরও দুজনের মৃত্যু হয়েছে।")]
    story = P1 + " " + P2
    doc = page("ডেঙ্গু", *[x for t in teasers for x in t], "আরও", TITLE, "প্রকাশ : ৩০ ডিসেম্বর ২০২৫, ১০:২২ এএম", story)
    assert doc.body == [nfc(story)]
    assert doc.meta.title == nfc(TITLE)


SMOG = ("ঢাকা: শীত শুরু হতেই রাজধানীর বাতাসের মান আবার খারাপ হতে শুরু করেছে। সোমবার সকালে বায়ুমান সূচকে ঢাকার স্কোর ছিল "
        "১৮৫, যা ‘অস্বাস্থ্যকর’ হিসেবে বিবেচিত।")
HILLS = ("নিজস্ব প্রতিনিধি, শিলিগুড়ি: শীতের ছুটির আগেই দার্জিলিং ও কালিম্পংয়ে পর্যটকের ভিড় বাড়তে শুরু করেছে। হোটেলগুলিতে "
         "প্রায় সব ঘর ভর্তি। ভিড় সামলাতে বাড়তি পুলিস মোতায়েন করেছে প্রশাসন।")
AIR = ("শীত এলেই ঢাকার বাতাসের মান খারাপ হতে শুরু করে। গত কয়েক সপ্তাহ ধরে বায়ুমান সূচকে বিশ্বের দূষিত শহরের তালিকায় "
       "শীর্ষে উঠে আসছে ঢাকা।")


def test_a_signed_brief_after_a_list_of_teasers_is_the_pages_story(page):
    teasers = [("1 ঘণ্টা আগে", "শীতে বাড়ছে বায়ুদূষণ, ঢাকার বাতাস ‘অস্বাস্থ্যকর’", SMOG),
               ("2 ঘণ্টা আগে", "পাহাড়ে পর্যটকের ঢল, ভিড় সামলাতে বাড়তি পুলিস", HILLS),
               ("3 ঘণ্টা আগে", "ঢাকায় বায়ুদূষণ কেন কমছে না?", AIR)]
    brief = "শহরে ডেঙ্গির প্রকোপ কমার বদলে বাড়ছে। গত এক সপ্তাহে আক্রান্তের সংখ্যা প্রায়।"
    doc = page("প্রচ্ছদ", *[x for t in teasers for x in t], "আরও", TITLE, "নিজস্ব প্রতিবেদকপ্রকাশ : " + DATE, brief)
    assert doc.body == [nfc(brief)]
    assert doc.meta.title == nfc(TITLE)


def test_writers_teasers_in_one_block_are_no_story_to_join_across_more(page):
    teasers = [("মাহফুজ আনাম", "শীতে বাড়ছে বায়ুদূষণ, ঢাকার বাতাস ‘অস্বাস্থ্যকর’", SMOG),
               ("সোহরাব হাসান", "পাহাড়ে পর্যটকের ঢল, ভিড় সামলাতে বাড়তি পুলিস", HILLS),
               ("ড. বদিউল আলম মজুমদার", "ঢাকায় বায়ুদূষণ কেন কমছে না", AIR)]
    story = " ".join((P1, P2, P3))
    doc = page("প্রচ্ছদ", *[x for t in teasers for x in t], "আরও", TITLE, DATE, story)
    assert doc.body == [nfc(story)]
    assert doc.meta.title == nfc(TITLE)


def test_a_story_right_under_its_date_over_a_list_of_dated_items_is_no_teaser(page):
    doc = page("আর্কাইভ", TITLE, DATE, P1 + " " + P2, "৩০ ডিসেম্বর ২০২৫ তারিখের খবর", "১১:৫৫ পিএম",
               "রাজধানীতে শীতের তীব্রতা বাড়ছে, কাল থেকে শৈত্যপ্রবাহের আভাস", "১১:৪০ পিএম", "বিপিএলের উদ্বোধনী ম্যাচে রংপুরের সহজ জয়")
    assert doc.body == [nfc(P1 + " " + P2)]
    assert doc.meta.title == nfc(TITLE)


def test_headline_standing_twice_around_the_date(page):
    doc = page(TITLE, "", "বিশ্ব ডেস্ক . সত্য নিউজ", "২০২৫ জুলাই ১৩ ১০:২১:১৬", TITLE, "", P1, P2)
    assert doc.meta.title == nfc(TITLE)
    assert [x.label for x in doc.labelled if x.line.text == nfc(TITLE)] == ["title", "title"]
    assert doc.meta.outlet == nfc("সত্য নিউজ")


@pytest.mark.parametrize("footer,outlet", [
    ("© ২০২৪ জাগো নিউজ ২৪ সর্বস্বত্ব সংরক্ষিত", "জাগো নিউজ ২৪"),
    ("© 2024 Daily Example. All rights reserved.", "Daily Example"),
    ("স্বত্ব © ২০২৪ সমকাল", "সমকাল"),
    ("© ২০২৪ সর্বস্বত্ব সংরক্ষিত | কালের কণ্ঠ", "কালের কণ্ঠ"),
    ("© ২০০৫ - ২০২৬ সমকাল কর্তৃক সর্বসত্ব ® সংরক্ষিত", "সমকাল"),
])
def test_outlet_from_the_copyright_line_without_the_rights_wording(page, footer, outlet):
    doc = page(TITLE, "", P1, P2, "", footer)
    assert doc.meta.outlet == nfc(outlet)


def test_a_policy_line_in_the_footer_names_no_outlet(page):
    doc = page(TITLE, "", P1, P2, "", "Privacy Policy")
    assert doc.meta.outlet is None


def test_site_strip_date_is_page_date_not_published(page):
    doc = page("ঢাকা   বৃহস্পতিবার, ১৬ জানুয়ারি ২০২৫ | ২ মাঘ ১৪৩১", "", TITLE, DATE, P1, P2)
    assert doc.meta.page_date == "2025-01-16"
    assert doc.meta.published == "2024-08-17T00:06:00+06:00"
    assert labels(doc)[nfc("ঢাকা   বৃহস্পতিবার, ১৬ জানুয়ারি ২০২৫ | ২ মাঘ ১৪৩১")][0] == "page_header"


def test_teaser_dates_above_the_title_are_not_the_article_date(page):
    doc = page("সবুজায়ন / চারাগুলো বৃক্ষ হবে কি?", "আপডেটঃ ২২ আগস্ট ২০২৬ | ০৭:৩২",
               "চারদিক / বরেন্দ্র অঞ্চলের নতুন সম্ভাবনা", "আপডেটঃ ২২ আগস্ট ২০২৬ | ০৭:২৪",
               TITLE, "নিজস্ব প্রতিবেদক৩০ ডিসেম্বর ২০২৫ | ১২:৫৪", "", P1, P2)
    assert doc.meta.title == nfc(TITLE)
    assert doc.meta.published == "2025-12-30T12:54:00+06:00"
    assert doc.meta.updated is None
    assert doc.meta.byline == nfc("নিজস্ব প্রতিবেদক")


def test_ranked_list_and_close_button_after_the_story(page):
    doc = page(TITLE, DATE, P1, P2, "মন্তব্য করুন", "• সর্বশেষ", "• জনপ্রিয়", "ফসলি জমি কেটে খাল খনন", "১০",
               "বিএনপির এক নেতা বহিষ্কার", "১১", "X")
    assert doc.body == [nfc(P1), nfc(P2)]
    lab = labels(doc)
    assert lab["১০"] == ("ranked_list", "lone_number")
    assert lab["X"][0] == "noise"


def test_section_front_gives_no_text(page):
    teasers = []
    for n in range(4):
        teasers += [f"শিরোনাম নম্বর {n} নিয়ে আলোচনা", f"{n + 10} নভেম্বর ২০২৫, ০৭:৪৫ এএম",
                    "কখনও কখনও মনে হয় শহরটা আর মানুষ নয় বরং এক বিশাল যন্ত্র, যে ক্রমাগত শব্দ করছে..."]
    doc = page("শনিবার, ১৫ নভেম্বর ২০২৫", "সর্বশেষ", "জাতীয়", "রাজনীতি", *teasers)
    assert doc.text == ""
    assert not doc.is_article


def test_summaries_printed_before_their_dates_are_teasers(page):
    rows = []
    for n in range(3):
        rows += [f"সমকালীন প্রসঙ্গ / বিষয় {n}", "", P1.replace("কিম", f"কিম {n}"), "", "আপডেটঃ ২২ আগস্ট ২০২৬ | ০৭:৩৪"]
    doc = page(*rows)
    assert doc.text == ""


def test_every_line_has_one_label_and_a_reason(page):
    doc = page("", TITLE, DATE, P1, "মন্তব্য করুন", "X", "", "")  # ends in a newline: 7 lines, as wc -l counts
    assert len(doc.labelled) == 7
    assert all(x.label and x.reason for x in doc.labelled)
    counts = doc.line_counts()
    assert counts["kept"] + counts["dropped"] == counts["total"] == 7


def test_bare_name_between_headline_and_date_is_the_byline(page):
    doc = page("মতামত", TITLE, "সেলিম রায়হান", DATE, P1, P2)
    assert doc.meta.title == nfc(TITLE)
    assert doc.meta.byline == nfc("সেলিম রায়হান")


def test_short_headline_is_not_taken_for_a_name(page):
    doc = page("রাজনীতি", "ভোটের তারিখ ঘোষণা", DATE, P1, P2)  # kicker above a short headline
    assert doc.meta.title == nfc("ভোটের তারিখ ঘোষণা")


def test_writer_name_and_post_after_the_piece_is_not_body(page):
    bio = "ড. সেলিম রায়হান ।। অধ্যাপক, অর্থনীতি বিভাগ, ঢাকা বিশ্ববিদ্যালয়"
    doc = page(TITLE, "ড. সেলিম রায়হান", DATE, P1, P2, P3, bio)
    assert doc.meta.byline == nfc("ড. সেলিম রায়হান")
    assert labels(doc)[nfc(bio).replace(" ।।", "।।")] == ("byline", "author_bio")
    assert doc.text.split("\n") == [nfc(P1), nfc(P2), nfc(P3)]


CAPTION = "সম্মেলনের মূল মিলনায়তনের বাইরে বিক্ষোভকারীরা"


def test_caption_over_a_bare_credit_gives_way_to_the_headline_above_the_date(page):
    summary = "উন্নয়নশীল দেশগুলো বলছে, প্রতিশ্রুত অর্থ প্রয়োজনের তুলনায় অনেক কম। সম্মেলনের শেষ দিনেও সমঝোতা হয়নি।"
    doc = page("বিশ্ব", TITLE, summary, "২৩/১১/২০২৬", CAPTION, "ছবি: Reuters", "", P1, P2, P3)
    assert doc.meta.title == nfc(TITLE)
    got = labels(doc)
    assert got[nfc(CAPTION)] == ("caption", "caption_above_credit")
    assert got[nfc(summary)] == ("title", "standfirst")
    assert doc.meta.published == "2026-11-23" and doc.body == [nfc(P1), nfc(P2), nfc(P3)]


def test_headline_over_a_bare_credit_stays_the_title_when_no_date_stands_between(page):
    doc = page("প্রচ্ছদ", "জাতীয়", "বিশ্ব", "খেলা", TITLE, "ছবি: সংগৃহীত", P1, P2, P3)
    assert doc.meta.title == nfc(TITLE)


def test_more_reports_heading_is_no_byline(page):
    doc = page(TITLE, DATE, P1, P2, P3, "আরো প্রতিবেদন", "জলবায়ু তহবিলে নতুন প্রতিশ্রুতি", "২২/১১/২০২৬")
    assert labels(doc)[nfc("আরো প্রতিবেদন")] == ("more_news", "more_news_heading")
    assert doc.meta.byline is None and doc.meta.outlet is None


LEAD_IN = "বোর্ডের প্রস্তাব অনুযায়ী, প্রতিটি বিষয়ে তিন ধাপে শিক্ষার্থীদের মূল্যায়ন করা হবে:"
ITEMS = ["- শ্রেণিকক্ষে দলগত কাজ ও উপস্থাপনা", "- মাসিক লিখিত অনুশীলন", "- বছর শেষে সংক্ষিপ্ত লিখিত পরীক্ষা"]


def test_a_list_inside_the_story_keeps_the_story_whole(page):
    doc = page(TITLE, DATE, P1, LEAD_IN, *ITEMS, P2, "শ্রেণিকক্ষে শিক্ষার্থীরা (ছবি: সংগৃহীত)", P3)
    assert doc.body == [nfc(x) for x in (P1, LEAD_IN, *ITEMS, P2, P3)]
    assert doc.meta.title == nfc(TITLE)


def test_dashed_lines_without_a_lead_in_are_not_a_list(page):
    # Two short dashed lines after a story are sign-offs or links, not list items of the story.
    doc = page(TITLE, DATE, P1, P2, "- করেসপন্ডেন্ট", "- অনলাইন ডেস্ক", P3)
    assert nfc("- করেসপন্ডেন্ট") not in doc.body
    # three or more are a list of the story's, lead-in or not (sign-offs do not come three at a time)
    items = ["- ঢাকা বিশ্ববিদ্যালয়", "- জাহাঙ্গীরনগর বিশ্ববিদ্যালয়", "- রাজশাহী বিশ্ববিদ্যালয়"]
    doc = page(TITLE, "নিজস্ব প্রতিবেদক", DATE, P1, *items, P2, P3)
    assert doc.body == [nfc(x) for x in (P1, *items, P2, P3)]


def test_an_interviews_first_question_is_not_its_title(page):
    q1 = "প্রশ্ন: এবার আমন মৌসুমে ফলন কেমন হলো?"
    a1 = "রফিকুল ইসলাম: সার্বিকভাবে ফলন ভালো হয়েছে। তবে কয়েকটি জেলায় শেষ সময়ের বৃষ্টিতে কিছু ক্ষতি হয়েছে।"
    q2 = "প্রশ্ন: কৃষকের আয় বাড়াতে কী করা দরকার?"
    a2 = "রফিকুল ইসলাম: প্রথমত, সরাসরি কৃষকের কাছ থেকে সরকারি ক্রয় বাড়াতে হবে। দ্বিতীয়ত, বাজার ব্যবস্থাপনা শক্ত করতে হবে।"
    doc = page("‘কৃষকের কাছে প্রযুক্তি পৌঁছাতে না পারলে উৎপাদন বাড়বে না’", "সাক্ষাৎকার নিয়েছেন নাসরিন আক্তার",
               DATE, q1, a1, q2, a2, P1)
    assert doc.meta.title == nfc("‘কৃষকের কাছে প্রযুক্তি পৌঁছাতে না পারলে উৎপাদন বাড়বে না’")
    assert doc.meta.byline == nfc("নাসরিন আক্তার")
    assert doc.body[:4] == [nfc(q1), nfc(a1), nfc(q2), nfc(a2)]


def test_a_live_blog_keeps_every_entry_and_drops_their_time_stamps(page):
    entries = [P1, P2, P3, "টস জিতে আগে ব্যাট করার সিদ্ধান্ত নিয়েছে ঢাকা। দুই দলেই একটি করে পরিবর্তন এসেছে।"]
    lines = [TITLE, "ক্রীড়া ডেস্ক", DATE]
    for stamp, entry in zip(["৯:৪৫ পিএম", "৯:১০ পিএম", "৮:৩০ পিএম", "৭:০০ পিএম"], entries, strict=True):
        lines += [stamp, entry]
    doc = page(*lines)
    assert doc.body == [nfc(x) for x in entries]
    assert doc.meta.title == nfc(TITLE)
    assert labels(doc)[nfc("৮:৩০ পিএম")] == ("dateline", "entry_time")


def test_a_key_points_box_above_the_story_is_no_title_and_no_body(page):
    points = ["• অক্টোবরে রপ্তানি আয় বেড়েছে ১১ শতাংশ", "• তৈরি পোশাক খাতের অবদান সবচেয়ে বেশি"]
    doc = page(TITLE, "অর্থনীতি ডেস্ক", DATE, "সংক্ষেপে", *points, P1, P2, P3)
    assert doc.meta.title == nfc(TITLE) and doc.meta.published == "2024-08-17T00:06:00+06:00"
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]
    assert labels(doc)[nfc(points[0])] == ("title", "key_point")


@pytest.mark.parametrize("lead, published", [
    ("ঢাকা, ২৩ নভেম্বর, ২০২৬ (বাসস) : ", "2026-11-23"),  # a wire story's dateline lead
    ("কলকাতা, ২৩ নভেম্বর ২০২৬ — ", "2026-11-23"),
    ("২৬ মার্চ ১৯৭১ সালে ", None),  # history in the first sentence is no dateline
    ("গত ২৩ নভেম্বর ২০২৬ তারিখে সারা দেশে ", None),
])
def test_a_dateline_lead_dates_a_story_that_shows_no_date_line(page, lead, published):
    doc = page(TITLE, lead + P1, P2, P3)
    assert doc.meta.published == published
    assert doc.body[0] == nfc(lead + P1)  # the lead stays in the text


def test_every_headline_of_a_related_box_inside_the_story_is_dropped(page):
    heads = ["শিক্ষকদের বেতন কাঠামো নিয়ে নতুন প্রস্তাব", "প্রাথমিকে ঝরে পড়ার হার কমেছে"]
    doc = page(TITLE, DATE, P1, "আরও পড়ুন", *heads, P2, P3)
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]
    assert {labels(doc)[nfc(h)] for h in heads} == {("more_news", "inline_related_headline")}


def test_byline_and_date_under_the_story_date_it(page):
    doc = page(TITLE, P1, P2, P3, "ক্রীড়া প্রতিবেদক", "প্রকাশিত: ২৩ নভেম্বর ২০২৬, ১৬:৩০", "সম্পর্কিত খবর",
               "বিপিএলের নিলাম শুরু আজ", "২২ নভেম্বর ২০২৬, ১০:০০")
    assert doc.meta.published == "2026-11-23T16:30:00+06:00"
    assert doc.meta.byline == nfc("ক্রীড়া প্রতিবেদক")
    assert labels(doc)[nfc("২২ নভেম্বর ২০২৬, ১০:০০")] == ("more_news", "other_story_date")


def test_a_date_under_the_story_does_not_override_the_one_above(page):
    doc = page(TITLE, DATE, P1, P2, P3, "২২ নভেম্বর ২০২৬, ১০:০০")
    assert doc.meta.published == "2024-08-17T00:06:00+06:00"


@pytest.mark.parametrize("title", [
    "মেট্রোরেলের নতুন স্টেশন চালু।",  # short: headline-like
    "পুতিনকে চিঠি পাঠালেন কিম, সম্পর্ক আরও গভীর করার অঙ্গীকার।",  # reads as a sentence: no headline above it
])
def test_a_headline_that_ends_in_a_dari(page, title):
    doc = page("প্রচ্ছদ", "জাতীয়", title, "নিজস্ব প্রতিবেদক", DATE, P1, P2, P3)
    assert doc.meta.title == nfc(title) and doc.body == [nfc(P1), nfc(P2), nfc(P3)]


def test_an_embedded_post_inside_the_story_keeps_the_story_whole(page):
    lead = "জাতিসংঘ মহাসচিব এক্সে দেওয়া এক পোস্টে লিখেছেন:"
    post = "My heart goes out to the people affected by the earthquake. The UN stands ready to help."
    credit = "— António Guterres (@antonioguterres) November 23, 2026"
    doc = page(TITLE, DATE, P1, lead, post, credit, P2, P3)
    assert doc.body == [nfc(P1), nfc(lead), post, nfc(P2), nfc(P3)]
    assert doc.meta.published == "2024-08-17T00:06:00+06:00"


BRIEF = "রাজধানীর মিরপুরে আজ সন্ধ্যায় একটি যাত্রীবাহী বাসে আগুন দেওয়া হয়েছে। এতে কেউ হতাহত হয়নি।"


def test_a_news_brief_under_its_own_byline_is_an_article(page):
    doc = page("প্রচ্ছদ", "জাতীয়", "রাজধানীতে বাসে আগুন", "নিজস্ব প্রতিবেদক", DATE, BRIEF, "আরও পড়ুন",
               "বাজারে সবজির দাম চড়া", "মেট্রোরেলের নতুন স্টেশন চালু")
    assert doc.body == [nfc(BRIEF)] and doc.meta.title == nfc("রাজধানীতে বাসে আগুন")


def test_a_short_teaser_without_byline_or_date_label_is_no_article(page):
    doc = page("সর্বশেষ", "রাজধানীতে বাসে আগুন", DATE, BRIEF, "বাজারে সবজির দাম চড়া", "১৭ আগস্ট ২০২৪, ১১:০৬ এএম",
               "সবজির দাম কেজিতে ২০ টাকা পর্যন্ত বেড়েছে। ক্রেতারা বিপাকে পড়েছেন।")
    assert doc.body == [] and not doc.is_article


def test_ads_and_a_photo_between_paragraphs_do_not_split_the_story(page):
    p4 = "বিশ্লেষকেরা বলছেন, দুই দেশের এই ঘনিষ্ঠতা পশ্চিমা দেশগুলোর জন্য উদ্বেগের কারণ। তবে রাশিয়া বলছে, এটি দ্বিপাক্ষিক বিষয়।"
    doc = page(TITLE, DATE, P1, P2, "বৈঠকের পর দুই নেতা", "ছবি: রয়টার্স", "বিজ্ঞাপন", "Advertisement", P3, p4)
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3), nfc(p4)] and doc.meta.title == nfc(TITLE)
    assert labels(doc)[nfc("বৈঠকের পর দুই নেতা")] == ("caption", "caption_above_credit")


def test_two_stories_far_apart_stay_apart(page):
    other = "অন্য এক খবরে জানা গেছে, রাজধানীতে আজ থেকে নতুন বাস সেবা চালু হয়েছে। যাত্রীরা এতে খুশি বলে জানিয়েছেন।"
    doc = page(TITLE, DATE, P1, P2, P3, *(["বিজ্ঞাপন"] * 9), other)
    assert nfc(other) not in doc.body


def test_a_breadcrumb_above_the_headline_is_navigation(page):
    crumb = "প্রচ্ছদ » আন্তর্জাতিক » পুতিনকে চিঠি পাঠালেন কিম"
    doc = page(crumb, "পুতিনকে চিঠি পাঠালেন কিম", "আন্তর্জাতিক ডেস্ক", DATE, P1, P2, P3)
    assert doc.meta.title == nfc("পুতিনকে চিঠি পাঠালেন কিম")
    assert labels(doc)[nfc(crumb)] == ("menu", "breadcrumb")


def test_the_reporters_email_under_the_byline_does_not_end_the_header(page):
    doc = page(TITLE, "রহিম উদ্দিন", "rahim@example.com", DATE, P1, P2, P3)
    assert doc.meta.title == nfc(TITLE) and doc.meta.byline == nfc("রহিম উদ্দিন")


def test_the_sites_blurb_between_footer_lines_is_no_article(page):
    about = ("দৈনিক সংবাদপ্রবাহ বাংলাদেশের একটি জনপ্রিয় অনলাইন সংবাদমাধ্যম। ২০১০ সাল থেকে আমরা দেশ ও বিদেশের সর্বশেষ খবর, "
             "বিশ্লেষণ, মতামত এবং বিনোদনের খবর পাঠকের কাছে পৌঁছে দিচ্ছি। আমাদের লক্ষ্য বস্তুনিষ্ঠ, নিরপেক্ষ ও দায়িত্বশীল "
             "সাংবাদিকতা। আপনার মতামত আমাদের কাছে অত্যন্ত গুরুত্বপূর্ণ।")
    doc = page(TITLE, DATE, P1, P2, "আরও পড়ুন", "বাজারে সবজির দাম চড়া", "আমাদের সম্পর্কে", about,
               "সম্পাদক: মো. আব্দুল্লাহ", "© ২০২৬ সর্বস্বত্ব সংরক্ষিত")
    assert doc.body == [nfc(P1), nfc(P2)]
    assert labels(doc)[nfc(about)] == ("footer", "about_the_site")


SUMMARY = ("দেশের রপ্তানি আয় টানা তৃতীয় মাসে বেড়েছে। রপ্তানি উন্নয়ন ব্যুরোর হালনাগাদ তথ্যে দেখা যায়, অক্টোবরে আগের বছরের "
           "একই মাসের তুলনায় আয় বেড়েছে ১১ শতাংশ। তৈরি পোশাক খাত থেকেই এসেছে মোট আয়ের বড় অংশ। নিট ও ওভেন দুই ধরনের "
           "পোশাকেই ক্রয়াদেশ বেড়েছে বলে জানিয়েছেন উদ্যোক্তারা।")


def test_a_sidebar_summary_loses_to_a_shorter_story_under_its_own_byline(page):
    doc = page("প্রচ্ছদ", "নির্বাচিত", "রপ্তানি আয়ে টানা তৃতীয় মাসে প্রবৃদ্ধি", SUMMARY, "জাতীয়", TITLE,
               "নিজস্ব প্রতিবেদক", DATE, P1, P2)
    assert doc.body == [nfc(P1), nfc(P2)] and doc.meta.title == nfc(TITLE)


def test_a_whole_story_on_one_line_still_beats_a_headed_teaser(page):
    story = " ".join([P1, P2, P3] * 3)
    doc = page("সর্বশেষ", "রাজধানীতে বাসে আগুন", "নিজস্ব প্রতিবেদক", DATE, P1 + " " + P2, "জাতীয়", TITLE, story)
    assert doc.body == [nfc(story)]


@pytest.mark.parametrize("headline", ["আজকের নামাজের সময়সূচি, ২৩ নভেম্বর ২০২৬", "আজকের সোনার দাম (২৩ নভেম্বর ২০২৬)"])
def test_a_headline_that_names_a_day_is_the_title_not_the_date(page, headline):
    doc = page("প্রচ্ছদ", headline, "ডেস্ক রিপোর্ট", "প্রকাশ: ২৩ নভেম্বর ২০২৬, ০৬:০০", P1, P2, P3)
    assert doc.meta.title == nfc(headline) and doc.meta.published == "2026-11-23T06:00:00+06:00"


def test_a_site_strip_above_a_date_line_is_no_headline(page):
    doc = page("ঢাকা, রবিবার, ২৩ নভেম্বর ২০২৬", "প্রকাশ: ২৩ নভেম্বর ২০২৬, ০৬:০০", P1, P2, P3)
    assert doc.meta.title is None and doc.meta.published == "2026-11-23T06:00:00+06:00"


def test_a_video_page_keeps_its_short_description(page):
    about = "মেট্রোরেলে চড়ে কেমন লাগছে যাত্রীদের? তাঁদের অভিজ্ঞতা শুনেছেন আমাদের প্রতিবেদক।"
    doc = page("ভিডিও", "মেট্রোরেলে একদিন: যাত্রীদের অভিজ্ঞতা", "ভিডিও ডেস্ক", "প্রকাশ: ২৩ নভেম্বর ২০২৬, ১৮:০০", "০৩:২৫", about,
               "আরও ভিডিও", "রাজধানীতে বাসে আগুন", "০১:১০")
    assert doc.body == [nfc(about)] and doc.meta.title == nfc("মেট্রোরেলে একদিন: যাত্রীদের অভিজ্ঞতা")


HEAD = "পুতিনকে নববর্ষের চিঠি পাঠালেন কিম জং উন"


@pytest.mark.parametrize("header", [
    [HEAD, "রহিম উদ্দিন, ঢাকা", DATE],  # a bare name with its place over the date
    [HEAD, DATE, "রহিম উদ্দিন, ঢাকা"],  # ... or under it
    [HEAD, "আন্তর্জাতিক ডেস্ক", "বৈঠকে কিম ও পুতিন", "ছবি: রয়টার্স"],  # a byline between headline and photo
    [HEAD, "ফাইল ছবি", "রহিম উদ্দিন"],  # a credit between headline and name
])
def test_headline_over_names_captions_and_credits(page, header):
    doc = page("প্রচ্ছদ", "বিশ্ব", *header, P1, P2, P3)
    assert doc.meta.title == nfc(HEAD) and doc.body == [nfc(P1), nfc(P2), nfc(P3)]


def test_a_short_headline_over_the_date_is_still_the_title_when_nothing_is_above_it(page):
    doc = page("কিমের চিঠি", DATE, P1, P2, P3)
    assert doc.meta.title == nfc("কিমের চিঠি")


def test_a_date_above_the_kicker_and_headline_is_the_storys_date(page):
    doc = page("প্রচ্ছদ", DATE, "রাশিয়া-উত্তর কোরিয়া", HEAD, "আন্তর্জাতিক ডেস্ক", P1, P2, P3)
    assert doc.meta.title == nfc(HEAD) and doc.meta.published == "2024-08-17T00:06:00+06:00"


def test_a_timeline_inside_the_story_stays_in_it(page):
    entries = ["৪ জুলাই ২০০১: মাওয়ায় সেতুর ভিত্তিপ্রস্তর স্থাপন করা হয়।", "২৯ জুন ২০১২: বিশ্বব্যাংক ঋণচুক্তি বাতিল করে।",
               "২৫ জুন ২০২২: সেতুটি যান চলাচলের জন্য উদ্বোধন করা হয়।"]
    doc = page(TITLE, DATE, P1, *entries, P2, P3)
    assert doc.body == [nfc(x) for x in (P1, *entries, P2, P3)]
    assert doc.meta.published == "2024-08-17T00:06:00+06:00"


def test_one_word_subheads_make_no_section_front(page):
    # A horoscope: each sign a subhead over a short paragraph. A section front's headlines are longer.
    signs = [("মেষ", "কর্মক্ষেত্রে নতুন দায়িত্ব আসতে পারে। পরিবারের সঙ্গে সময় কাটান।"),
             ("বৃষ", "অর্থ সংক্রান্ত বিষয়ে সতর্ক থাকুন। পুরোনো বন্ধুর সঙ্গে দেখা হতে পারে।"),
             ("মিথুন", "ভ্রমণের যোগ আছে। স্বাস্থ্যের দিকে নজর দিন।"),
             ("কর্কট", "ব্যবসায় লাভের সম্ভাবনা রয়েছে। কাউকে ধার দেবেন না।")]
    lines = [x for pair in signs for x in pair]
    doc = page("আজকের রাশিফল", "জ্যোতিষ ডেস্ক", DATE, "দিনটি কেমন যাবে, জেনে নিন আজকের রাশিফলে।", *lines)
    assert doc.body == [nfc(x) for x in ["দিনটি কেমন যাবে, জেনে নিন আজকের রাশিফলে।", *lines]]
    # ... but headlines of four words and more over one-paragraph summaries are still a section front
    front = page("খেলা", *[x for h, p in signs for x in (f"{h} দলের নতুন অধিনায়ক ঘোষণা", p)])
    assert front.body == []


def test_an_unmarked_list_of_quantities_stays_in_the_story(page):
    items = ["মুরগির মাংস ৫০০ গ্রাম", "পেঁয়াজ কুচি আধা কাপ", "কাঁচা মরিচ ৬টি", "আদা-রসুন বাটা ১ টেবিল চামচ",
             "হলুদ গুঁড়া ১ চা চামচ", "লবণ স্বাদমতো", "তেল ৩ টেবিল চামচ"]
    doc = page(TITLE, DATE, P1, "উপকরণ:", *items, "প্রণালি:", P2, P3)
    assert doc.body == [nfc(x) for x in (P1, "উপকরণ:", *items, "প্রণালি:", P2, P3)]
    # ... but under a heading without a colon it reads as a sidebar widget (prayer times, exchange rates)
    doc = page(TITLE, DATE, P1, P2, "নামাজের সময়সূচি", "ফজর ৪:৫৫ এএম", "জোহর ১১:৫২ এএম", "আসর ৩:৩৫ পিএম",
               "মাগরিব ৫:১৫ পিএম", "আমাদের কথা", P3)
    assert doc.body == [nfc(P1), nfc(P2)]
    # short lines without numbers (a list of headlines) still end the story
    heads = ["বিপিএলের নিলাম শুরু আজ", "টেস্ট দলে ফিরলেন সাকিব", "শীতে ত্বকের যত্ন নেবেন যেভাবে",
             "বইমেলার দিন ঘোষণা", "মেট্রোর নতুন রুট চালু"]
    doc = page(TITLE, DATE, P1, P2, "সংবাদ", *heads, P3)
    assert nfc(P3) not in doc.body and nfc(heads[0]) not in doc.body
    # with nothing at all between it and the paragraphs around it, every line a figure, it is the story's
    prices = ["চাল (মোটা) ৫৫-৬০ টাকা", "চাল (সরু) ৭৫-৮০ টাকা", "পেঁয়াজ ৯০-১০০ টাকা", "আলু ৪৫-৫০ টাকা"]
    doc = page(TITLE, "নিজস্ব প্রতিবেদক", DATE, P1, *prices, P2, P3, "আরও পড়ুন", "বাজারে সবজির দাম চড়া")
    assert doc.body == [nfc(x) for x in (P1, *prices, P2, P3)]


def test_a_latin_name_by_the_date_is_the_byline(page):
    doc = page("Home", "Latest News", TITLE, "Sanket Roy", "Published Nov 23, 2026 09:30 AM IST", P1, P2, P3)
    assert doc.meta.byline == "Sanket Roy" and doc.meta.title == nfc(TITLE)
    assert doc.meta.published == "2026-11-23T09:30:00+05:30"


def test_first_published_under_the_story_when_the_header_shows_an_update(page):
    doc = page(TITLE, "Last Updated: November 23, 2026, 18:00 IST", P1, P2, P3,
               "First Published: November 23, 2026, 16:30 IST")
    assert doc.meta.published == "2026-11-23T16:30:00+05:30"
    assert doc.meta.updated == "2026-11-23T18:00:00+05:30"


def test_of_two_stories_under_their_own_headers_the_first_is_the_pages(page):
    # Infinite scroll appends the next story, header and all, under the page's own.
    nxt = ["শীতের শুরুতেই বাড়ছে শ্বাসকষ্টের রোগী", "নিজস্ব প্রতিবেদক", "প্রকাশ: ২৩ নভেম্বর ২০২৬, ০৫:৩০ পিএম",
           P3 + " " + P2, P1 + " " + P3, P2 + " " + P1]
    doc = page(TITLE, "নিজস্ব প্রতিবেদক", "প্রকাশ: " + DATE, P1, P2, "পরবর্তী খবর", *nxt)
    assert doc.body == [nfc(P1), nfc(P2)] and doc.meta.title == nfc(TITLE)
    # ... unless the first is many times shorter than the other: then it is a brief in a sidebar
    short = "সভায় উপস্থিত সবাই এই প্রস্তাবে সম্মতি দেন। পরে সভা শেষ হয় দুপুরে।"
    doc = page(TITLE, "নিজস্ব প্রতিবেদক", "প্রকাশ: " + DATE, short, short.replace("দুপুরে", "বিকেলে"), *nxt, P1, P2, P3)
    assert doc.body[0] == nfc(P3 + " " + P2)


def test_the_online_date_beats_the_print_editions(page):
    doc = page(TITLE, "নিজস্ব প্রতিবেদক", "প্রিন্ট সংস্করণ: ২৪ নভেম্বর ২০২৬", "অনলাইন সংস্করণ: ২৩ নভেম্বর ২০২৬, ০৮:১৫ পিএম",
               P1, P2, P3)
    assert doc.meta.title == nfc(TITLE) and doc.meta.published == "2026-11-23T20:15:00+06:00"
    doc = page(TITLE, "প্রিন্ট সংস্করণ: ২৪ নভেম্বর ২০২৬", P1, P2, P3)
    assert doc.meta.published == "2026-11-24"  # the only date shown


def test_a_paragraph_that_trails_off_inside_the_story_is_no_teaser(page):
    trailing = "বাবা তো সাত বছর আগেই চলে গেছেন। তবু খামের ওপর তাঁর হাতের লেখা..."
    doc = page(TITLE, DATE, P1, "— কার চিঠি, মা?", "— তোর বাবার।", trailing, P2, P3)
    assert doc.body == [nfc(x) for x in (P1, "— কার চিঠি, মা?", "— তোর বাবার।", trailing, P2, P3)]
    # a cut summary in a list is still a teaser
    doc = page(TITLE, DATE, P1, P2, P3, "আরও খবর", "শীতে বাড়ছে রোগী", "রাজধানীর হাসপাতালগুলোতে রোগী বাড়ছে। শিশুরা বেশি...")
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]


def test_section_names_as_subheads_inside_the_story(page):
    # A year in review headed by the menu's own words; they are the story's subheads there.
    parts = ["রাজনীতি", P2, "খেলা", P3]
    doc = page("রাজনীতি", "খেলা", "বিনোদন", TITLE, DATE, P1, *parts)
    assert doc.body == [nfc(x) for x in (P1, *parts)]
    assert labels(doc)[nfc("খেলা")] == ("body", "subhead")
    # ... but a section's box after the story, its headline over a summary, stays out
    doc = page(TITLE, DATE, P1, P2, "খেলা", "টেস্ট দলে ফিরলেন অভিজ্ঞ ওপেনার", P3)
    assert doc.body == [nfc(P1), nfc(P2)]


def test_a_bare_paragraph_is_no_article_but_one_under_a_headline_is(page):
    bio = ("সেলিনা হোসেন কথাসাহিত্যিক ও প্রাবন্ধিক। তিনি বাংলা একাডেমির সভাপতি ছিলেন। মুক্তিযুদ্ধ, নারী ও "
           "প্রান্তিক মানুষের জীবন তাঁর লেখার প্রধান বিষয়।")
    doc = page("মতামত", "লেখক", "সেলিনা হোসেন", bio, "এই লেখকের আরও লেখা", "বইমেলা ও আমাদের পাঠাভ্যাস", "১০ ফেব্রুয়ারি ২০২৬")
    assert doc.body == [] and labels(doc)[nfc(bio)] == ("more_news", "undated_lone_paragraph")
    # a one-paragraph story under its headline is kept, even with no date we can read
    doc = page("মতামত", TITLE, bio)
    assert doc.body == [nfc(bio)] and doc.meta.title == nfc(TITLE)


def test_a_home_pages_long_lead_teaser_is_no_article(page):
    lead = " ".join([P1, P2, P3])
    units = [x for h in ("রাজনীতি", "অর্থনীতি", "খেলা")
             for x in (h, f"{h} নিয়ে নতুন সিদ্ধান্ত জানাল সরকার", "সরকার আজ এ বিষয়ে নতুন সিদ্ধান্ত জানিয়েছে। শিগগিরই তা কার্যকর হবে।")]
    doc = page("প্রচ্ছদ", "বিনোদন", TITLE, lead, *units)
    assert doc.body == []
    # ... but the same lead under its own date is the page's story
    doc = page("প্রচ্ছদ", "বিনোদন", TITLE, DATE, lead, *units)
    assert doc.body == [nfc(lead)]


def test_readers_comments_under_their_names_are_no_story(page):
    names = ["রহিম উদ্দিন", "করিম মিয়া", "সালমা খাতুন", "জাহিদ হাসান"]
    said = [P1 + " " + P3, P2 + " " + P1, P3 + " " + P2, P1 + " " + P2]  # together longer than the story
    thread = [x for pair in zip(names, said, strict=True) for x in pair]
    doc = page(TITLE, DATE, P1, P2, P3, "পাঠকের মন্তব্য", *thread)
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]
    assert labels(doc)[nfc(said[0])] == ("comments", "reader_comment")
    # a comment count in the story's header, right above the story, is no thread
    doc = page(TITLE, DATE, "মন্তব্য (৪)", P1, "যা বললেন কিম", P2, P3)
    assert doc.body == [nfc(P1), nfc("যা বললেন কিম"), nfc(P2), nfc(P3)]


def test_a_related_box_inside_the_story_does_not_cut_it(page):
    box = ["সম্পর্কিত খবর", "গাজায় যুদ্ধবিরতি চুক্তিতে সম্মত হামাস-ইসরাইল", "২ ঘণ্টা আগে",
           "বিপিএলের নিলাম শুরু আজ", "৩ ঘণ্টা আগে", "টেস্ট দলে ফিরলেন সাকিব"]
    doc = page(TITLE, DATE, P1, *box, P2, P3)
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]
    # ... and so does one paragraph after it, when the page's end, tags or a list of headlines follow
    for after in ([], ["ট্যাগ: রাজনীতি, নির্বাচন"], ["সর্বশেষ", *[t for t, _ in TEASERS]]):
        doc = page(TITLE, DATE, P1, P2, *box, P3, *after)
        assert doc.body == [nfc(P1), nfc(P2), nfc(P3)], after
    # ... but not a teaser's summary with another teaser under it: a list of them
    summary = "প্রতিবেদনে বলা হয়, নতুন ফোনে শক্তিশালী ক্যামেরা থাকবে। ব্যাটারির ক্ষমতাও বাড়ানো হতে পারে।"
    doc = page(TITLE, DATE, P1, P2, P3, *box, summary, *TEASERS[1])
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]
    # ... nor a list of headlines and summaries under a more-news heading right after the story
    teasers = [x for t in TEASERS[:3] for x in t]
    for heading in ("এই বিভাগের আরও খবর", "আরও পড়ুন", "সম্পর্কিত খবর"):
        doc = page(TITLE, DATE, P1, P2, P3, heading, *teasers)
        assert doc.body == [nfc(P1), nfc(P2), nfc(P3)], heading
    # ... nor such a list right after a share bar under the story
    doc = page(TITLE, DATE, P1, P2, P3, "শেয়ার করুন", "Facebook", *teasers)
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]
    # ... while a story's own subheads (shorter than headlines) after such a box are the story's
    doc = page(TITLE, DATE, P1, "আরও পড়ুন", TEASERS[0][0], P2, "যান চলাচলে বিকল্প পথ", P3)
    assert doc.body == [nfc(P1), nfc(P2), "যান চলাচলে বিকল্প পথ", nfc(P3)]


def test_an_explainers_questions_over_their_answers_are_its_subheads(page):
    qa = [("ডেঙ্গু কীভাবে ছড়ায়?", "এডিস মশার কামড়ে ডেঙ্গু ছড়ায়। এই মশা সাধারণত দিনের বেলায় কামড়ায়।"),
          ("লক্ষণগুলো কী কী?", "তীব্র জ্বর, মাথাব্যথা, চোখের পেছনে ব্যথা, শরীরে ব্যথা ও র‍্যাশ ডেঙ্গুর সাধারণ লক্ষণ। "
           "অনেকের ক্ষেত্রে বমি ও পেটব্যথাও দেখা দেয়।"),
          ("কখন হাসপাতালে যাবেন?", "পেটে তীব্র ব্যথা, বারবার বমি কিংবা রক্তপাত হলে দেরি না করে হাসপাতালে যেতে হবে।")]
    lines = [x for pair in qa for x in pair]
    doc = page(TITLE, "স্বাস্থ্য ডেস্ক", DATE, P1, *lines)
    assert doc.body == [nfc(x) for x in [P1, *lines]]
    assert doc.meta.title == nfc(TITLE)
    # ... but a section front with one question among its headlines is still a section front
    front = page("সর্বশেষ", *TEASERS[0], "ডেঙ্গু কীভাবে ছড়ায়?", TEASERS[1][1], *TEASERS[2], *TEASERS[3])
    assert front.body == []


TEASERS = [("রাজধানীতে আজ যেসব সড়ক এড়িয়ে চলবেন", "রাজধানীর বিভিন্ন এলাকায় আজ সকাল থেকে তীব্র যানজট দেখা দিয়েছে।"),
           ("ডেঙ্গুতে আরও ৬ জনের মৃত্যু", "ডেঙ্গুতে আক্রান্ত হয়ে গত ২৪ ঘণ্টায় আরও ছয়জনের মৃত্যু হয়েছে। এ সময় হাসপাতালে "
            "ভর্তি হয়েছেন ৮২৩ জন রোগী।"),
           ("সোনার দাম ভরিতে কমল ১৭৫০ টাকা", "দেশের বাজারে সোনার দাম ভরিতে এক হাজার ৭৫০ টাকা কমানোর ঘোষণা দিয়েছে বাজুস।"),
           ("বিপিএলের নিলামে সবচেয়ে দামি তাসকিন", "বিপিএলের নিলামে এবার সবচেয়ে বেশি দামে দল পেয়েছেন পেসার তাসকিন আহমেদ। "
            "তাঁকে কিনেছে ঢাকা, দাম উঠেছে এক কোটি টাকা।")]


CAPTION = "উদ্ধার অভিযান চালাচ্ছে ফায়ার সার্ভিসের ডুবুরি দল। সোমবার দুপুরে মেঘাই ঘাট এলাকা থেকে তোলা।"
LONG = P2 + " " + P1


def test_the_lead_photos_caption_over_its_credit_is_no_paragraph(page):
    doc = page(TITLE, DATE, CAPTION, "ছবি: সংগৃহীত", LONG, P3, TEASERS[3][1])
    assert doc.body == [nfc(LONG), nfc(P3), nfc(TEASERS[3][1])]
    assert labels(doc)[nfc(CAPTION)] == ("caption", "caption_above_credit")
    assert doc.meta.title == nfc(TITLE)
    # ... but where paragraphs stand over bare credits further down too, the site's photos have no
    # caption, and the first paragraph is the story's
    doc = page(TITLE, DATE, CAPTION, "ছবি: সংগৃহীত", LONG, "ছবি: সংগৃহীত", P3, TEASERS[3][1])
    assert doc.body == [nfc(CAPTION), nfc(LONG), nfc(P3), nfc(TEASERS[3][1])]


def test_a_short_caption_over_its_credit_between_two_paragraphs_is_no_paragraph(page):
    caption = "হেলিপ্যাড থেকে সূর্যোদয় দেখতে ভিড় জমিয়েছেন পর্যটকেরা।"
    doc = page(TITLE, DATE, P1, caption, "ছবি: লেখক", P2, P3)
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]
    assert labels(doc)[nfc(caption)] == ("caption", "caption_above_credit")
    # ... but a paragraph as long as its neighbours over a bare credit is the story's, and so is a tip
    doc = page(TITLE, DATE, P1, P2, "ছবি: সংগৃহীত", P3)
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]
    doc = page(TITLE, DATE, P1, "১. প্রতিদিন আট গ্লাস পানি খান।", "ছবি: সংগৃহীত", P2, P3)
    assert doc.body == [nfc(P1), "১. প্রতিদিন আট গ্লাস পানি খান।", nfc(P2), nfc(P3)]


def test_text_and_photos_by_is_a_byline_not_a_photo_credit(page):
    doc = page(TITLE, "লেখা ও ছবি: তানভীর হাসান", DATE, P1, P2)
    assert doc.meta.byline == "তানভীর হাসান"
    assert labels(doc)["লেখা ও ছবি: তানভীর হাসান"] == ("byline", "byline_cue")


def test_a_one_sentence_deck_under_the_headline_is_not_the_title(page):
    deck = "জেলাশাসকদের নিয়ে ভিডিও কনফারেন্স।"
    doc = page("রাজ্য", TITLE, deck, "Published by: Sayani Sen", DATE, P1, P2, P3)
    assert doc.meta.title == nfc(TITLE)
    assert labels(doc)[nfc(deck)] == ("title", "standfirst")
    assert doc.meta.byline == "Sayani Sen"
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]


def test_three_teasers_alike_below_are_a_section_front(page):
    # share and comment counts under each teaser: the frame below them repeats, not the one above
    summaries = [TEASERS[0][1] + " " + P1, TEASERS[1][1] + " " + P2, TEASERS[2][1] + " " + P3]
    rows = [x for (h, _), s in zip(TEASERS[:3], summaries, strict=True) for x in (h, s, "শেয়ার", "মন্তব্য (২)")]
    front = page("সর্বশেষ", "জাতীয়", "রাজনীতি", *rows, "বিভাগ : জাতীয়", "মন্তব্য করুন")
    assert front.body == []
    # ... but a long story under its own date, framed as they are, is the page's article
    story = " ".join([P1, P2, P3, TEASERS[3][1], P2, P1])
    doc = page(*rows[:8], TITLE, DATE, story, "শেয়ার", "মন্তব্য (২)", *rows[8:])
    assert doc.body == [nfc(story)]


def test_teasers_with_a_photo_credit_under_each_headline_are_a_section_front(page):
    summaries = [TEASERS[0][1] + " " + P1, TEASERS[1][1] + " " + P2, TEASERS[2][1] + " " + P3]
    rows = [x for (h, _), s in zip(TEASERS[:3], summaries, strict=True) for x in (h, "ছবি: সংগৃহীত", s)]
    front = page("সর্বশেষ", "জাতীয়", "রাজনীতি", *rows, "বিভাগ : জাতীয়", "মন্তব্য করুন")
    assert front.body == []
    # ... but under the story's date, a line over a credit between paragraphs is a photo's caption
    captions = ["বৈঠকে দুই দেশের নেতারা", "পিয়ংইয়ংয়ে কিম জং উন", "ক্রেমলিনে পুতিন"]
    doc = page(TITLE, DATE, *[x for c, s in zip(captions, summaries, strict=True) for x in (s, c, "ছবি: সংগৃহীত")],
               TEASERS[3][1])
    assert doc.body == [nfc(x) for x in [*summaries, TEASERS[3][1]]]


def test_writers_names_with_headlines_between_summaries_are_a_section_front(page):
    summaries = [TEASERS[0][1] + " " + P1, TEASERS[1][1] + " " + P2, TEASERS[2][1] + " " + P3]
    names = ["মাহফুজ আনাম", "আনু মুহাম্মদ", "ড. বদিউল আলম মজুমদার"]
    rows = [x for (h, _), n, s in zip(TEASERS[:3], names, summaries, strict=True) for x in (h, n, s)]
    assert page("মতামত", *rows, "সম্পাদক: মতিউর রহমান").body == []
    # ... but a scorecard under a bare subhead, in a match report, is no teaser's frame
    report = [P1, "সংক্ষিপ্ত স্কোর", "বাংলাদেশ: ৫০ ওভারে ২৮৫/৭ (মিরাজ ৮৬, লিটন ৫৪)", P2, P3]
    assert page(TITLE, DATE, *report).body == [nfc(x) for x in report]


def test_a_teasers_or_sidebars_writer_is_not_the_pages_byline(page):
    names = ["মাহফুজ আনাম", "আনু মুহাম্মদ", "ড. বদিউল আলম মজুমদার"]
    summaries = [TEASERS[0][1] + " " + P1, TEASERS[1][1] + " " + P2, TEASERS[2][1] + " " + P3]
    rows = [x for (h, _), n, s in zip(TEASERS[:3], names, summaries, strict=True) for x in (h, n, s)]
    front = page("মতামত", *rows)
    assert front.body == [] and front.meta.byline is None
    # a story without a byline, a column's writer in the sidebar far below it
    story = page(TITLE, DATE, P1, P2, P3, "মন্তব্য করুন", "এই বিভাগের আরও", *TEASERS[3], *TEASERS[0],
                 *TEASERS[1], "সর্বাধিক পঠিত", "ড. বদিউল আলম মজুমদার", TEASERS[2][0])
    assert story.body == [nfc(P1), nfc(P2), nfc(P3)] and story.meta.byline is None


OPINION_TEASERS = ["মাহফুজ আনাম", "গণমাধ্যমের স্বাধীনতা রক্ষায় আইন নয়, দরকার চর্চা",
                   "সাংবাদিকতার স্বাধীনতা কেবল আইনের পাতায় নিশ্চিত করা যায় না।",
                   "আনু মুহাম্মদ", "জ্বালানি খাতে আমদানিনির্ভরতা কমানোর পথ",
                   "গ্যাস অনুসন্ধানে বিনিয়োগ না বাড়িয়ে এলএনজি আমদানির ওপর নির্ভরতা বাড়ানো হয়েছে।"]


def test_a_story_right_under_a_columns_teasers_starts_after_them(page):
    # writer, headline, excerpt twice; then the story's headline alone over its paragraphs
    doc = page("মতামত", *OPINION_TEASERS, TITLE, P1, P2, P3, "ক্রীড়া প্রতিবেদক", DATE)
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]
    assert doc.meta.title == nfc(TITLE)


def test_a_headline_and_summary_right_above_the_storys_own_date_are_its_own(page):
    # teasers of headline and one-sentence summary, then the story's headline and standfirst
    deck = "আগামী সপ্তাহ থেকে ধাপে ধাপে এই সংলাপ শুরু হবে বলে জানিয়েছে কমিশন।"
    doc = page("মতামত", *OPINION_TEASERS[1:3], *OPINION_TEASERS[4:], TITLE, deck, "নিজস্ব প্রতিবেদক", DATE,
               P1, P2, P3)
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]
    assert doc.meta.title == nfc(TITLE)
    assert labels(doc)[nfc(deck)] == ("title", "standfirst")


def test_a_video_embed_inside_the_story_is_crossed_like_a_link_box(page):
    video = ["ভিডিও", "০৩:২৫", "মেট্রোরেলে চড়ে যা বললেন যাত্রীরা"]
    doc = page(TITLE, DATE, P1, *video, P2, P3, TEASERS[3][1])
    assert doc.body == [nfc(x) for x in (P1, P2, P3, TEASERS[3][1])]
    assert labels(doc)["ভিডিও"] == ("more_news", "video_embed")
    # ... but "ভিডিও" heading a part of the story, with no player under it, is a subhead
    doc = page(TITLE, DATE, P1, "ভিডিও", P2, P3)
    assert labels(doc)["ভিডিও"] == ("body", "subhead")


def test_a_fact_box_inside_the_story_keeps_it_whole_and_its_dates_are_facts(page):
    facts = ["প্রতিষ্ঠানের নাম: খাদ্য অধিদপ্তর", "পদের সংখ্যা: ১৩টি", "আবেদন শুরু: ২৫ নভেম্বর ২০২৬",
             "আবেদনের শেষ তারিখ: ২৪ ডিসেম্বর ২০২৬"]
    doc = page(TITLE, DATE, P1, *facts, P2, TEASERS[3][1])
    assert doc.body == [nfc(x) for x in (P1, *facts, P2, TEASERS[3][1])]
    assert doc.meta.published == "2024-08-17T00:06:00+06:00"
    assert labels(doc)[nfc(facts[3])] == ("body", "fact_line")
    # the paragraph after the box is no teaser under a headline, even with a subhead further down
    doc = page(TITLE, DATE, P1, *facts, P2, "যা বললেন উপদেষ্টা", TEASERS[3][1])
    assert doc.body == [nfc(x) for x in (P1, *facts, P2, "যা বললেন উপদেষ্টা", TEASERS[3][1])]
    # ... and so does a small table under its heading, its rows' labels being dates
    table = ["খেলাপি ঋণ (কোটি টাকা)", "ডিসেম্বর ২০২৩: ১,৪৫,৬৩৩", "ডিসেম্বর ২০২৪: ৩,৪৫,৭৬৫", "সেপ্টেম্বর ২০২৫: ৬,৪৪,৫১৫"]
    doc = page(TITLE, DATE, P1, *table, P2, P3)
    assert doc.body == [nfc(x) for x in (P1, *table, P2, P3)]
    assert doc.meta.published == "2024-08-17T00:06:00+06:00"
    # ... but prayer times after the story, then another story under its headline, stay apart
    prayer = ["নামাজের সময়সূচি", "ফজর: ৫:০২", "যোহর: ১১:৪৫", "আসর: ৩:৩৫", "মাগরিব: ৫:১২"]
    doc = page(TITLE, DATE, P1, P2, P3, *prayer, TEASERS[3][0], TEASERS[3][1], TEASERS[2][1])
    assert doc.body == [nfc(x) for x in (P1, P2, P3)]


def test_a_brief_under_a_date_line_that_names_its_writer_is_an_article(page):
    brief = "রাজধানীর কারওয়ান বাজারে আজ সকালে একটি ভবনে আগুন লাগে।"
    glued = "নিজস্ব প্রতিবেদক৩০ ডিসেম্বর ২০২৫ | ০৯:৪১"
    doc = page("মতামত", *OPINION_TEASERS, TITLE, glued, brief, "সম্পাদক: মতিউর রহমান")
    assert doc.body == [nfc(brief)] and doc.meta.title == nfc(TITLE)
    assert doc.meta.published == "2025-12-30T09:41:00+06:00"
    # ... but three such briefs in a row are a section front's teasers
    rows = [x for h, s in TEASERS[:3] for x in (h, glued, s)]
    assert page("সর্বশেষ", *rows, "সম্পাদক: মতিউর রহমান").body == []


def test_two_lines_of_verse_quoted_in_a_story_do_not_cut_it(page):
    # (a headline over a name is a teaser's frame only where the page holds two of them or more)
    for verse in (["আমার সোনার বাংলা", "আমি তোমায় ভালোবাসি"], ["চিরদিন কাহারও সমান নাহি যায়", "জীবনানন্দ দাশ"]):
        doc = page(TITLE, DATE, P1, P2, *verse, P3, TEASERS[3][1], TEASERS[1][1])
        assert doc.body == [nfc(x) for x in (P1, P2, *verse, P3, TEASERS[3][1], TEASERS[1][1])]


def test_a_list_heading_over_the_first_teaser_is_no_link_box(page):
    # "শিরোনাম" and a headline over a summary head a list of teasers, not a related-links box in a story
    summaries = [TEASERS[0][1] + " " + P1, TEASERS[1][1] + " " + P2, TEASERS[2][1] + " " + P3]
    rows = [x for (h, _), s in zip(TEASERS[:3], summaries, strict=True) for x in (h, s)]
    assert page("প্রচ্ছদ", "জাতীয়", "শিরোনাম", *rows, "Follow Us", "সম্পাদক: মতিউর রহমান").body == []


def test_a_story_under_its_title_and_a_bare_name_after_column_teasers_keeps_its_lead(page):
    # the story's own title and writer look like a teaser's frame; its lead goes on into the story
    story = [P1, P2, P3, TEASERS[3][1], TEASERS[1][1]]
    doc = page("মতামত", *OPINION_TEASERS, TITLE, "রহিম উদ্দিন", *story, "সম্পাদক: মতিউর রহমান")
    assert doc.body == [nfc(x) for x in story]
    assert doc.meta.title == nfc(TITLE)


def test_a_list_of_names_after_its_lead_in_stays_in_the_story(page):
    names = ["মো. রফিকুল ইসলাম", "আবদুল করিম", "সুমন মিয়া"]
    for lead in ("দণ্ডপ্রাপ্তরা হলেন:", "নিহতরা হলেন—"):
        doc = page(TITLE, DATE, P1, lead, *names, P2, P3)
        assert doc.body == [nfc(x) for x in (P1, lead, *names, P2, P3)]
        assert doc.meta.title == nfc(TITLE) and doc.meta.byline is None


def test_a_quote_and_its_speaker_between_paragraphs_do_not_end_the_story(page):
    # "— রাশেদ খান, আহ্বায়ক" under a quote names its speaker; a reporter's sign-off ends a story
    for quote, speaker_line in (("‘আমরা লড়াই চালিয়ে যাব’", "— রাশেদ খান, আহ্বায়ক"), ("“আমরা লড়াই চালিয়ে যাব”", "-রাশেদ খান")):
        doc = page(TITLE, DATE, P1, quote, speaker_line, P2, P3)
        assert doc.body == [nfc(x) for x in (P1, quote, speaker_line, P2, P3)]
        assert doc.meta.title == nfc(TITLE)


def test_a_photo_gallery_or_hashtags_between_paragraphs_do_not_end_the_story(page):
    gallery = [x for c in ("বৈঠকে কিম ও পুতিন", "পিয়ংইয়ংয়ে সংবর্ধনা", "দুই নেতার করমর্দন", "যৌথ সংবাদ সম্মেলন")
               for x in (c, "ছবি: রয়টার্স")]
    for between in (gallery, ["#বাংলাদেশ #ঢাকা #রাজনীতি"], ["(ভিডিও)"]):
        doc = page(TITLE, DATE, P1, *between, P2, P3)
        assert doc.body == [nfc(P1), nfc(P2), nfc(P3)], between
        assert doc.meta.title == nfc(TITLE)


def test_an_age_under_the_date_and_a_reporter_label_leave_the_header_whole(page):
    doc = page(TITLE, "প্রতিবেদক: রফিকুল ইসলাম", DATE, "আপডেট: ৩ ঘণ্টা আগে", P1, P2, P3)
    assert doc.meta.title == nfc(TITLE)
    assert doc.meta.published == "2024-08-17T00:06:00+06:00"
    assert doc.meta.byline == nfc("রফিকুল ইসলাম")
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]


def test_a_story_with_two_fact_lines_printed_twice_is_one_story(page):
    facts = ["জানাজা: বাদ জোহর, সার্কিট হাউস মাঠ", "দাফন: পারিবারিক কবরস্থান, গৌরীপুর"]
    story = [P1, *facts, P2]
    doc = page(TITLE, DATE, *story, "প্রিন্ট", *story, "আরও খবর", TEASERS[0][0])
    assert doc.body == [nfc(x) for x in story]


def test_a_headline_over_a_photo_credit_under_the_writers_name_stays_the_title(page):
    # section label, writer, headline, credit, date: the site's name above is no better headline
    doc = page("দৈনিক আমাদের সময়", "মতামত", "ড. সেলিম রায়হান", TITLE, "ফাইল ছবি", DATE, P1, P2, P3)
    assert doc.meta.title == nfc(TITLE)
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]


def test_a_writers_name_beats_a_report_label_for_the_byline(page):
    doc = page("বিশেষ প্রতিবেদন", TITLE, "রফিকুল ইসলাম", DATE, P1, P2)
    assert doc.meta.byline == "রফিকুল ইসলাম"
    doc = page("যুগান্তর প্রতিবেদন", TITLE, DATE, P1, P2)  # (alone, the desk is the byline)
    assert doc.meta.byline == nfc("যুগান্তর প্রতিবেদন")


def test_an_ad_after_the_first_paragraph_does_not_make_a_feature_with_subheads_a_front(page):
    parts = ["যেভাবে দখল হয়", TEASERS[1][1], "প্রশাসন কী বলছে", TEASERS[2][1]]
    doc = page(TITLE, DATE, P1, "বিজ্ঞাপন", P2, *parts)
    assert doc.body == [nfc(x) for x in (P1, P2, *parts)]


def test_a_short_headline_over_the_date_under_another_items_date_is_the_title(page):
    # a teaser (headline, its date), then our short headline, our date and the story
    for short in ("সোনার দাম কমল", "ডিজেলের দাম বাড়ছে", "৫ দফা দাবি"):
        doc = page("মতামত", TEASERS[0][0], "আপডেটঃ ২০ জানুয়ারি ২০২৬ | ০৬:৫৩", short, DATE, P1 + " " + P2)
        assert doc.meta.title == nfc(short), short
        assert doc.meta.published == "2024-08-17T00:06:00+06:00"
    # ... and one with a word in the genitive, under a list of headlines with no dates
    short = "চরাঞ্চলে শীতবস্ত্রের জন্য হাহাকার"
    doc = page("শিরোনাম", "সৌরবিদ্যুতে সমাধান", "টার্গেট কিলিং", short, DATE, P1 + " " + P2)
    assert doc.meta.title == nfc(short)
    # ... while a writer's name under a headline stays the byline
    doc = page(TITLE, "রফিকুল ইসলাম", DATE, P1, P2)
    assert doc.meta.title == nfc(TITLE) and doc.meta.byline == "রফিকুল ইসলাম"


def test_a_table_copied_with_bars_or_tabs_stays_in_the_story(page):
    for sep in (" | ", "\t"):
        rows = [sep.join(r) for r in (("প্রার্থী", "প্রতীক", "ভোট"), ("আবদুল করিম", "নৌকা", "২৪,৫৬১"),
                                      ("মো. শফিকুল ইসলাম", "ধানের শীষ", "১৮,৩০২"), ("রহিম উদ্দিন", "লাঙ্গল", "৩,১১৫"))]
        doc = page(TITLE, DATE, P1, *rows, P2, P3)
        assert doc.body == [nfc(x) for x in (P1, *rows, P2, P3)], repr(sep)
    # ... but a menu with bars between two paragraphs is no table: one line
    doc = page(TITLE, DATE, P1, P2, "হোম | জাতীয় | রাজনীতি | খেলা", "সর্বশেষ", "মতামত", "বিনোদন", P3)
    assert nfc("হোম | জাতীয় | রাজনীতি | খেলা") not in doc.body


def test_a_date_line_with_the_bengali_date_beside_a_time_is_the_storys(page):
    story = P1 + " " + P2 + " " + P3
    doc = page("শিরোনাম", "সৌরবিদ্যুতে সমাধান", "টার্গেট কিলিং", "গল্প: শীতের চিঠি", "১৫ পৌষ ১৪৩২, ৩০ ডিসেম্বর ২০২৫, ১০:২২",
               story)
    assert doc.meta.published == "2025-12-30T10:22:00+06:00"
    assert doc.body == [nfc(story)]
    # ... while the site's strip of today's date (no time) is no story's date
    doc = page("মঙ্গলবার, ৩০ ডিসেম্বর ২০২৫, ১৫ পৌষ ১৪৩২", "প্রচ্ছদ", TITLE, P1, P2, P3)
    assert doc.meta.published is None


def test_a_bulleted_list_under_a_lead_in_after_an_inline_link_stays_in_the_story(page):
    # After "আরও পড়ুন: ...", what follows is a teaser's summary only if it stands under a headline:
    # a bulleted item or a line ending in a colon is the story's own list, not a headline.
    lead_in = "যেসব দেশ থেকে সবচেয়ে বেশি আয় এসেছে:"
    items = ["• সংযুক্ত আরব আমিরাত: ৩৮ কোটি ডলার", "• সৌদি আরব: ৩৫ কোটি ডলার", "• যুক্তরাষ্ট্র: ৩১ কোটি ডলার"]
    doc = page("প্রচ্ছদ", "অর্থনীতি", TITLE, "স্টাফ করেসপন্ডেন্ট", DATE, P1,
               "আরও পড়ুন: গাজায় যুদ্ধবিরতি চুক্তিতে সম্মত হামাস-ইসরাইল", P2, lead_in, *items, P3,
               "সম্পর্কিত খবর", "ডলারের দাম কমল আরও ৫০ পয়সা", "রিজার্ভ ছাড়াল ৩০ বিলিয়ন ডলার")
    assert doc.body == [nfc(x) for x in (P1, P2, lead_in, *items, P3)]


def test_an_english_image_credit_and_a_byline_with_its_editor(page):
    deck = "রবিবার সন্ধ্যায় স্টেশনের কাছে ঘটনাটি ঘটে। দেহ দুটি উদ্ধার করে ময়নাতদন্তে পাঠিয়েছে রেল পুলিশ।"
    doc = page("Home", "Kolkata", "West Bengal", TITLE, deck, "Image Credit: TV9 Bangla",
               "Tapas Das | Edited By: Soumya Saha", P1, P2, P3)
    got = labels(doc)
    assert got["Image Credit: TV9 Bangla"] == ("caption", "photo_credit")
    assert got["Tapas Das | Edited By: Soumya Saha"] == ("byline", "byline_cue")
    assert doc.meta.byline == "Tapas Das"  # the writer, not the desk's editor
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]  # the deck over the byline is no story (no date needed)


MID_CAPTION = "সংবাদ সম্মেলনে বক্তব্য দেন দলের মহাসচিব"


def test_a_caption_between_a_short_storys_paragraphs_does_not_make_it_a_front(page):
    # Each paragraph alone under a line: the shape of a front's teasers. But the first stands under
    # the story's own signed header and no other under a date or a name: a caption and a subhead.
    doc = page("প্রচ্ছদ", "বাংলাদেশ", TITLE, "লেখা: মুকিমুল আহসান", DATE, P1, MID_CAPTION, P2, "তাহলে সমাধান কী?", P3,
               "আরও খবর", "শীতে ঢাকায় ডেঙ্গু কমলেও বাড়ছে নিউমোনিয়া")
    assert [x for x in doc.body if x != nfc(MID_CAPTION)] == [nfc(P1), nfc(P2), nfc("তাহলে সমাধান কী?"), nfc(P3)]
    assert doc.meta.title == nfc(TITLE)


def test_the_last_paragraph_under_a_caption_over_the_storys_closing_date_stays(page):
    # (a summary over its date is a front's teaser; not a paragraph that goes on a story, with no
    # other teaser after the date)
    doc = page("প্রচ্ছদ", TITLE, "স্পেশাল করেসপন্ডেন্ট", "আপডেট: ১৫৩০ ঘণ্টা, নভেম্বর ২৩, ২০২৬", P1, P2, MID_CAPTION, P3,
               "বাংলাদেশ সময়: ১৫২৫ ঘণ্টা, নভেম্বর ২৩, ২০২৬", "ট্যাগ: কূটনীতি", "আরও খবর", "বিপিএলের নিলাম শুরু আজ")
    assert [x for x in doc.body if x != nfc(MID_CAPTION)] == [nfc(P1), nfc(P2), nfc(P3)]


FRONT = ["সর্বশেষ",
         "সিলেটে বন্যার পানি কমতে শুরু করেছে", "৪৫ মিনিট আগে",
         "সিলেটের নদ-নদীর পানি কমতে শুরু করেছে। তবে নিম্নাঞ্চলের মানুষের দুর্ভোগ এখনো কমেনি।",
         "বিপিএলের সূচি ঘোষণা", "১ ঘণ্টা আগে",
         "আগামী জানুয়ারিতে শুরু হবে বিপিএল। প্রথম ম্যাচে মুখোমুখি হবে ঢাকা ও চট্টগ্রাম।",
         "পেঁয়াজের দাম কেজিতে কমল ২০ টাকা", "২ ঘণ্টা আগে",
         "নতুন পেঁয়াজ বাজারে আসায় দাম কমতে শুরু করেছে। খুচরা বাজারে এখন প্রতি কেজি ৮০ টাকা।"]


def test_a_story_after_a_lists_load_more_button_is_not_joined_to_its_last_teaser(page):
    # "আরও খবর" ends the list of teasers, each under the same frame; the story under it is the
    # page's, and the list's last summary is no part of it.
    story = " ".join([P1, P2, P3])
    doc = page("প্রচ্ছদ", *FRONT, "আরও খবর", TITLE, DATE, story, "© ২০২৬ সর্বস্বত্ব সংরক্ষিত")
    assert doc.body == [nfc(story)]
    assert doc.meta.title == nfc(TITLE)


def test_a_brief_under_its_own_header_beats_a_bare_paragraph_too_short_for_an_article(page):
    brief = "রাশিয়ার সঙ্গে সহযোগিতার সম্পর্ক আরও গভীর করার অঙ্গীকার পুনর্ব্যক্ত করেছেন উত্তর কোরিয়ার নেতা।"
    sorry = "দুঃখিত! আপনি যে পাতাটি খুঁজছেন তা পাওয়া যায়নি। পাতাটি সরিয়ে নেওয়া হয়েছে অথবা ঠিকানাটি ভুল।"
    doc = page("প্রচ্ছদ", "৪০৪", sorry, "প্রচ্ছদে ফিরে যান", "সর্বশেষ", "মেট্রোরেলের নতুন লাইনে পরীক্ষামূলক চলাচল শুরু",
               TITLE, "প্রকাশ : ৩০ ডিসেম্বর ২০২৫, ১০:২২ এএম", brief, "শীতে বাড়ছে বায়ুদূষণ")
    assert doc.body == [nfc(brief)]
    assert (doc.meta.title, doc.meta.published) == (nfc(TITLE), "2025-12-30T10:22:00+06:00")


def test_a_short_headline_under_a_longer_line_is_no_writers_name_when_its_words_say_so(page):
    # "চরাঞ্চলে শীতবস্ত্রের জন্য হাহাকার": a genitive and a postposition, no name; the line above it
    # (here the footer's address) is not the headline.
    short = "চরাঞ্চলে শীতবস্ত্রের জন্য হাহাকার"
    doc = page("প্রচ্ছদ", "সম্পাদক: মোহাম্মদ আতিকউল্লাহ খান মাসুদ", "জনকণ্ঠ ভবন, ২৪/এ নিউ ইস্কাটন রোড, ঢাকা", short, DATE,
               " ".join([P1, P2, P3]), "© ২০২৫ দৈনিক জনকণ্ঠ")
    assert doc.meta.title == nfc(short)


DESK_FRONT = ["কুড়িগ্রামে জেঁকে বসেছে শীত, তাপমাত্রা ১১ ডিগ্রি", "কুড়িগ্রাম প্রতিনিধি", "২ মিনিট আগে",
              "উত্তরের জেলা কুড়িগ্রামে জেঁকে বসেছে শীত। সোমবার সকালে জেলায় সর্বনিম্ন তাপমাত্রা ১১ ডিগ্রি।",
              "বগুড়ায় ট্রাক-অটোরিকশা সংঘর্ষে নিহত ২", "বগুড়া প্রতিনিধি", "১৫ মিনিট আগে",
              "বগুড়ার শেরপুরে ট্রাক ও অটোরিকশার মুখোমুখি সংঘর্ষে দুজন নিহত হয়েছেন। আহত হয়েছেন আরও তিনজন।",
              "সিলেটে পাথর কোয়ারি খুলে দেওয়ার দাবিতে মানববন্ধন", "সিলেট প্রতিনিধি", "১ ঘণ্টা আগে",
              "সিলেটের পাথর কোয়ারিগুলো খুলে দেওয়ার দাবিতে মানববন্ধন করেছেন শ্রমিকেরা। তাদের দাবি, শ্রমিকেরা বেকার।"]


def test_a_story_after_teasers_each_under_a_desk_and_an_age_is_not_joined_to_the_last(page):
    # (the teasers stand under a byline each: the list's last is still one of many, the story below
    # its "আরও পড়ুন" button the page's own)
    story = " ".join([P1, P2, P3])
    doc = page("প্রচ্ছদ", "সারা দেশ", *DESK_FRONT, "আরও পড়ুন", TITLE, DATE, story, "© কালবেলা সর্বস্বত্ব সংরক্ষিত")
    assert doc.body == [nfc(story)]
    assert doc.meta.title == nfc(TITLE)


def test_a_brief_under_a_labelled_date_after_teasers_with_bare_dates_is_no_teaser(page):
    brief = "রাশিয়ার সঙ্গে সহযোগিতার সম্পর্ক আরও গভীর করার অঙ্গীকার পুনর্ব্যক্ত করেছেন উত্তর কোরিয়ার নেতা।"
    front = []
    for headline, summary in TEASERS[:3]:
        front += [headline, "২৩ নভেম্বর ২০২৬ ১৮:৪০", summary]
    doc = page("প্রচ্ছদ", "অর্থনীতি", *front, TITLE, "প্রকাশ : ৩০ ডিসেম্বর ২০২৫, ১০:২২ এএম", brief, "পরের পাতা")
    assert doc.body == [nfc(brief)]
    assert (doc.meta.title, doc.meta.published) == (nfc(TITLE), "2025-12-30T10:22:00+06:00")


def test_a_caption_after_an_inline_link_does_not_make_the_rest_of_the_story_its_list(page):
    # "আরও পড়ুন: <headline>" holds its one link on its line: paragraph, caption, paragraph after it
    # are the story going on, not the link's list going on with summaries.
    p4 = "জ্বালানি বিশেষজ্ঞরা বলছেন, শীত বাড়লে চাহিদা আরও বাড়বে। তাই এখনই বিকল্প ব্যবস্থার কথা ভাবতে হবে।"
    doc = page("প্রচ্ছদ", TITLE, "নিজস্ব প্রতিবেদক", DATE, P1, P2, "আরও পড়ুন: এলপি গ্যাসের দাম কমল ১২ কেজিতে ৩৫ টাকা",
               P3, MID_CAPTION, p4, "মন্তব্য করুন", "সর্বশেষ", "মেট্রোরেলের কার্ড রিচার্জ এখন মোবাইলে")
    assert [x for x in doc.body if x != nfc(MID_CAPTION)] == [nfc(P1), nfc(P2), nfc(P3), nfc(p4)]


def test_a_dated_related_link_between_a_short_storys_paragraphs_does_not_make_it_a_front(page):
    # paragraph, "আরও পড়ুন" with a headline and its age, paragraph, a question subhead, paragraph:
    # the age dates the link, and the paragraph under it is no teaser under its headline
    doc = page("প্রচ্ছদ", TITLE, "লেখা: মুকিমুল আহসান", "১৬ জানুয়ারি ২০২৫", P1, "আরও পড়ুন",
               "গাজায় যুদ্ধবিরতি চুক্তিতে সম্মত হামাস-ইসরাইল", "২ ঘণ্টা আগে", P2, "তাহলে সমাধান কী?", P3,
               "বিবিসি বাংলার আরো খবর", "শীতে ঢাকায় ডেঙ্গু কমলেও বাড়ছে নিউমোনিয়া")
    assert doc.body == [nfc(P1), nfc(P2), nfc("তাহলে সমাধান কী?"), nfc(P3)]


def test_a_feature_of_one_paragraph_parts_under_its_own_signed_header_is_an_article(page):
    p4 = "উত্তর কোরিয়ার নেতা কিম জং উন বলেছেন, দুই দেশের সম্পর্ক নতুন উচ্চতায় পৌঁছাবে। বিশ্লেষকেরা বলছেন, এতে উদ্বেগ বাড়বে।"
    parts = [P1, "সম্পর্কের নতুন অধ্যায় শুরু", P2, "পশ্চিমা দেশগুলোর উদ্বেগ বাড়ছে", P3, "সামনে আরও বৈঠকের সম্ভাবনা", p4]
    signed = page("প্রচ্ছদ", TITLE, "নিজস্ব প্রতিবেদক", "প্রকাশ: ১৭ আগস্ট ২০২৪, ১২:০৬ এএম", *parts,
                  "আরও পড়ুন", "বাজারে সবজির দাম চড়া")
    assert signed.body == [nfc(x) for x in parts]
    # under a bare date it has the shape of a section front's teasers (README, known limits)
    assert page("প্রচ্ছদ", TITLE, DATE, *parts, "আরও পড়ুন", "বাজারে সবজির দাম চড়া").body == []


@pytest.mark.parametrize("between", ["---", "https://www.example.com/report/2026/11/23", "১৫ আগস্ট ১৯৭৫"])
def test_a_separator_an_address_or_a_bare_date_between_paragraphs_does_not_cut_the_story(page, between):
    # "---" has no letter: no sign-off; a bare address is a source, not the site's name; a date alone
    # between two paragraphs of a story dated above them is a timeline's
    doc = page("প্রচ্ছদ", TITLE, "নিজস্ব প্রতিবেদক", DATE, P1, between, P2, P3, "আরও পড়ুন", "বাজারে সবজির দাম চড়া")
    assert [x for x in doc.body if x != nfc(between)] == [nfc(P1), nfc(P2), nfc(P3)]
    assert doc.meta.published == "2024-08-17T00:06:00+06:00"


def test_the_last_paragraph_under_a_list_over_the_storys_closing_date_stays(page):
    # (a teaser's headline stands under the last teaser's date; this list stands under a paragraph)
    items = ["১. ঢাকা বিশ্ববিদ্যালয়", "২. জাহাঙ্গীরনগর বিশ্ববিদ্যালয়", "৩. রাজশাহী বিশ্ববিদ্যালয়"]
    doc = page("প্রচ্ছদ", TITLE, "Written by: সুজিত ভৌমিক", "Last Updated: November 23, 2026, 16:30 IST", P1, P2, *items,
               P3, "First Published: November 23, 2026, 16:30 IST", "Tags: West Bengal", "Read More", "বইমেলার দিন ঘোষণা")
    assert [x for x in doc.body if x not in items] == [nfc(P1), nfc(P2), nfc(P3)]


@pytest.mark.parametrize("note", ["[সম্পাদকের নোট: প্রতিবেদনটি প্রথম প্রকাশের পর সংশোধন করা হয়েছে]", "পঠিত: ১২৩৪"])
def test_a_bracketed_note_or_a_count_between_the_header_and_the_story_is_no_title(page, note):
    doc = page("প্রচ্ছদ", "অর্থনীতি", TITLE, "অর্থনীতি ডেস্ক", "প্রকাশ : ২৩ নভেম্বর ২০২৬, ১৩:৪৫", note, P1, P2, P3)
    assert doc.meta.title == nfc(TITLE)
    assert doc.meta.published == "2026-11-23T13:45:00+06:00"
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]


def test_a_short_headline_over_the_writers_name_and_designation_is_the_title(page):
    # the name over its designation ("নিজস্ব প্রতিবেদক, ঢাকা") is the writer's, however short the line above
    doc = page("প্রচ্ছদ", "জাতীয়", "সোনার দাম কমল", "রহিম উদ্দিন", "নিজস্ব প্রতিবেদক, ঢাকা", DATE, P1, P2, P3)
    assert (doc.meta.title, doc.meta.byline) == (nfc("সোনার দাম কমল"), nfc("রহিম উদ্দিন"))
    assert doc.body == [nfc(P1), nfc(P2), nfc(P3)]
