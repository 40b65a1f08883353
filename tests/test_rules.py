"""One test per context-free rule: a line it must catch and a body line it must leave alone."""

import pytest

from bangla_clean import rules as R
from bangla_clean.lines import make_line
from tests.conftest import nfc

BODY_LINE = ("উত্তর কোরিয়ার সঙ্গে দ্বিপাক্ষিক সম্পর্ক আরও ঘনিষ্ঠ করতে চায় রাশিয়া। ১৫ আগস্ট দেশটির স্বাধীনতা দিবস "
             "উপলক্ষে পাঠানো এক শুভেচ্ছাবার্তায় এ আকাঙ্ক্ষা জানিয়েছেন রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন।")


def line(text):
    return make_line(nfc(text))


CASES = [
    # (rule, label, caught, reason)
    (R.blank, R.EMPTY, "   ", "blank"),
    (R.lone_number, R.RANKED_LIST, "১৭", "lone_number"),
    (R.embed_credit, R.CAPTION, "— António Guterres (@antonioguterres) November 23, 2026", "embed_credit"),
    # page widgets, calls to action, counts and credits that stand between paragraphs
    (R.share_widget, R.SHARE, "১২৩ বার পড়া হয়েছে", "page_widget"),
    (R.share_widget, R.SHARE, "পড়তে সময় লাগবে ৩ মিনিট", "page_widget"),
    (R.share_widget, R.SHARE, "ফন্ট সাইজ", "page_widget"),
    (R.share_widget, R.SHARE, "পড়ুন ২ মিনিটে", "page_widget"),
    (R.category, R.CATEGORY, "#বাংলাদেশ #ঢাকা #রাজনীতি", "hashtags"),
    (R.embed_credit, R.CAPTION, "Posted by Mirza Fakhrul Islam Alamgir on Monday, November 23, 2026", "embed_credit"),
    (R.junk, R.NOISE, "(ভিডিও)", "marker"),
    (R.share_widget, R.SHARE, "৩ মিনিটের পড়া", "page_widget"),
    (R.promo, R.PROMO, "ভিডিও দেখুন", "call_to_action"),
    (R.promo, R.PROMO, "খবরটি ভালো লাগলে শেয়ার করুন", "call_to_action"),
    (R.promo, R.PROMO, "বিজ্ঞাপন দিন", "promo_cue"),
    (R.promo, R.PROMO, "Follow Us", "promo_cue"),  # (not a writer's name under the date)
    (R.comment_widget, R.COMMENTS, "০ মন্তব্য", "comment_cue"),
    (R.comment_widget, R.COMMENTS, "মন্তব্য (২)", "comment_cue"),
    (R.caption, R.CAPTION, "সূত্র: রয়টার্স, এএফপি", "source_credit"),
    (R.byline, R.BYLINE, "অনুবাদ: রহিম উদ্দিন", "byline_cue"),
    (R.junk, R.NOISE, "X", "lone_symbol"),
    (R.junk, R.NOISE, "• • •", "no_letters"),
    (R.junk, R.NOISE, "We're sorry but doesn't work properly without JavaScript enabled.", "browser_notice"),
    (R.junk, R.NOISE, "https://p.dw.com/p/4xYz", "link"),
    (R.footer, R.FOOTER, "ইমেইল: rahim@example.com", "contact"),  # a reporter's, under the byline
    (R.comment_widget, R.COMMENTS, "মন্তব্য করুন", "comment_cue"),
    (R.comment_widget, R.COMMENTS, "পাঠকের মতামত:", "comment_cue"),
    (R.comment_widget, R.COMMENTS, "HTML Comment Box is loading comments...", "comment_widget"),
    (R.share_widget, R.SHARE, "শেয়ার করুন", "share_cue"),
    (R.share_widget, R.SHARE, "Facebook Twitter WhatsApp", "share_cue"),
    (R.more_news_heading, R.MORE_NEWS, "আরও পড়ুন", "more_news_heading"),
    (R.more_news_heading, R.MORE_NEWS, "এই বিভাগের আরও", "more_news_heading"),
    (R.more_news_heading, R.MORE_NEWS, "এ বিভাগের অন্যান্য সংবাদ", "more_news_heading"),
    (R.more_news_heading, R.MORE_NEWS, "• জনপ্রিয়", "more_news_heading"),
    (R.more_news_heading, R.MORE_NEWS, "আরও পড়ুন: সংসদ নির্বাচনের তারিখ ঘোষণা", "inline_related"),
    (R.more_news_heading, R.MORE_NEWS, "আরও পড়ুন >> সংসদ নির্বাচনের তারিখ ঘোষণা", "inline_related"),
    (R.more_news_heading, R.MORE_NEWS, "আরও পড়ুন » সংসদ নির্বাচনের তারিখ ঘোষণা", "inline_related"),
    (R.promo, R.PROMO, "কালবেলা অনলাইন এর সর্বশেষ খবর পেতে Google News ফিডটি অনুসরণ করুন", "promo_cue"),
    (R.category, R.CATEGORY, "বিভাগ : আন্তর্জাতিক", "category_label"),
    (R.caption, R.CAPTION, "উত্তর কোরিয়ার নেতা কিম জং উন এবং পুতিন। ছবি : সংগৃহীত", "photo_credit"),
    (R.caption, R.CAPTION, "ছবি: রয়টার্স", "photo_credit"),
    (R.footer, R.FOOTER, "© ২০০৫ - ২০২৬ সমকাল কর্তৃক সর্বসত্ব ® সংরক্ষিত", "copyright_or_policy"),
    (R.footer, R.FOOTER, "সম্পাদক : শাহেদ মুহাম্মদ আলী", "masthead_or_contact"),
    (R.dateline, R.DATELINE, "প্রকাশ : ৩১ ডিসেম্বর ২০২৪, ০৮:২২ পিএম", "date_shape"),
    (R.dateline, R.DATELINE, "Written By Sanjay Das | Last Updated: Dec 3, 2026, 10:15 AM IST | Source: Bureau",
     "date_shape"),
    (R.byline, R.BYLINE, "আমার দেশ অনলাইন", "byline_cue"),  # the paper's online desk
    (R.dateline, R.DATELINE, "১৬ মিনিট আগে | দেশগ্রাম", "relative_time"),
    (R.byline, R.BYLINE, "Daily Inqilab ইনকিলাব ডেস্ক", "byline_cue"),
    (R.byline, R.BYLINE, "নিজস্ব প্রতিবেদক", "byline_cue"),
    (R.byline, R.BYLINE, "রাজশাহী প্রতিনিধি", "byline_cue"),
    (R.menu_word, R.MENU, "অনলাইন সংস্করণ", "menu_word"),
    (R.menu_word, R.MENU, "ই-পেপার", "menu_word"),
    (R.latin_fragment, R.NOISE, "PRIVACY POLICY", "latin_fragment"),
    # the site's notices and asks, written as whole sentences
    (R.promo, R.PROMO, "সর্বশেষ খবর পেতে আমাদের ফেসবুক পেজে লাইক দিন এবং ইউটিউব চ্যানেল সাবস্ক্রাইব করুন।", "call_to_action"),
    (R.promo, R.PROMO, "ঢাকা পোস্টের সর্বশেষ খবর পেতে গুগল নিউজ ফিডটি অনুসরণ করুন।", "call_to_action"),
    (R.promo, R.PROMO, "নিউজলেটারে সাইন আপ করুন এবং প্রতিদিন গুরুত্বপূর্ণ খবর পান সরাসরি আপনার ইনবক্সে।", "call_to_action"),
    (R.promo, R.PROMO, "ভিডিওতে দেখুন বিস্তারিত", "call_to_action"),
    (R.promo, R.PROMO, "স্ক্রল করে এগিয়ে যান", "promo_cue"),
    (R.footer, R.FOOTER, "এই ওয়েবসাইটের কোনো লেখা বা ছবি অনুমতি ছাড়া ব্যবহার করা বেআইনি।", "copyright_or_policy"),
    (R.footer, R.FOOTER, "মতামত-বিশ্লেষণ লেখকের নিজস্ব, bdnews24.com-এর সম্পাদকীয় অবস্থানের প্রতিফলন নয়।",
     "copyright_or_policy"),
    (R.promo, R.PROMO, "বিস্তারিত »", "call_to_action"),  # a link to the whole story, under a teaser
    (R.footer, R.FOOTER, "[প্রকাশিত লেখার মতামত লেখকের নিজস্ব। এর সঙ্গে প্রতিষ্ঠানের সম্পাদকীয় নীতির মিল না-ও থাকতে পারে।]",
     "copyright_or_policy"),
    (R.footer, R.FOOTER, "আমরা আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করি। সাইটটি ব্যবহার করে আপনি এতে সম্মত হচ্ছেন।",
     "copyright_or_policy"),
    # the ask before the platform; a paper's imprint (published and printed at)
    (R.promo, R.PROMO, "যেকোনো সময় সর্বশেষ খবর পড়তে ডাউনলোড করুন আমাদের অ্যাপ। অ্যান্ড্রয়েড ও আইফোনে পাওয়া যাচ্ছে।",
     "call_to_action"),
    (R.footer, R.FOOTER, "ইস্ট ওয়েস্ট মিডিয়া গ্রুপ লিমিটেডের পক্ষে ময়নাল হোসেন চৌধুরী কর্তৃক প্লট-৩৭১/এ, ব্লক-ডি, বসুন্ধরা, "
     "বারিধারা, ঢাকা-১২২৯ থেকে প্রকাশিত এবং প্লট-সি/৫২, ব্লক-কে, বসুন্ধরা, খিলক্ষেত, বাড্ডা, ঢাকা-১২২৯ থেকে মুদ্রিত।",
     "masthead_or_contact"),
    # an English credit; a byline with the desk's editor after a bar
    (R.caption, R.CAPTION, "Image Credit: TV9 Bangla", "photo_credit"),
    (R.byline, R.BYLINE, "Tapas Das | Edited By: Soumya Saha", "byline_cue"),
    (R.byline, R.BYLINE, "জ্যেষ্ঠ প্রতিবেদকপ্রকাশ", "byline_cue"),  # a label run into the desk word
]


@pytest.mark.parametrize("rule,label,text,reason", CASES, ids=[f"{c[0].__name__}:{c[2][:20]}" for c in CASES])
def test_rule_catches(rule, label, text, reason):
    assert rule(line(text)) == reason
    assert (label, rule) in R.RULES


@pytest.mark.parametrize("rule", sorted({c[0] for c in CASES}, key=lambda f: f.__name__), ids=lambda f: f.__name__)
def test_rule_leaves_body_alone(rule):
    assert rule(line(BODY_LINE)) is None


def test_body_sentences_that_mention_cues_are_not_boilerplate():
    for text in ("তিনি আরও বলেন, এই সিদ্ধান্ত দেশের জন্য ভালো হবে না বলে মনে করি।",
                 "তিনি সবাইকে নিয়ম অনুসরণ করুন বলে অনুরোধ জানান এবং বিদায় নেন।",
                 "গতকাল বৃহস্পতিবার (১৫ আগস্ট) স্বাধীনতার বর্ষপূর্তি উপলক্ষে অভিনন্দন জানানো হয়।",
                 # a tip or a subhead in the imperative names no medium: not a call to action
                 "পানি পান করুন", "১. পর্যাপ্ত পানি পান করুন।", "নতুন ভিডিও প্রকাশ করলেন শিল্পী",
                 "সূত্র জানায়, বৈঠকে কোনো সিদ্ধান্ত হয়নি।",
                 # news that names a platform or an app, or quotes an ask
                 "প্রধানমন্ত্রী বলেন, ফেসবুকে গুজব ছড়াবেন না, সতর্ক থাকুন। দেশের মানুষ এখন অনেক সচেতন।",
                 "গ্রাহকেরা ব্যাংকের নতুন অ্যাপটি ডাউনলোড করছেন। এতে লেনদেন সহজ হয়েছে বলে জানান তাঁরা।",
                 "অনুমতি ছাড়া সভা করায় তিনজনকে আটক করেছে পুলিশ।",
                 # "পড়ুন" and minutes in a sentence are no reading time
                 "পড়ুন ২ মিনিটে আপনার অভিজ্ঞতা",
                 # a hashtag opening a story's first words, a bracketed note of three words or more
                 "#কলকাতা: শীতের ছুটি বাড়াল রাজ্য", "(বাকি অংশ আগামীকাল)",
                 # an ask and a platform in a quote; a gazette "published by" the government
                 "অনুষ্ঠানে যুক্ত হোন সবাই, বললেন চ্যানেল কর্তৃপক্ষ।",
                 "সরকার কর্তৃক প্রকাশিত গেজেটে বলা হয়েছে, নতুন নিয়ম আগামী মাস থেকে কার্যকর হবে।",
                 # a desk word with a plural or case ending is the story's: a caption, a clause
                 "বৈঠকে উপস্থিত দুই দেশের প্রতিনিধিরা, ঢাকা, ২৩ নভেম্বর", "সংসদে জনগণের প্রতিনিধিত্ব করবেন তাঁরা"):
        assert R.first_rule(line(text)) is None, text


def test_abbreviated_titles_keep_a_name_a_byline():
    assert R.byline(line("মো. রহিম উদ্দিন")) == "byline_cue"  # "মো." is no sentence end


def test_sign_off_and_site_strip():
    assert R.is_sign_off(line("-হাসানুজ্জামান, নিজস্ব প্রতিবেদক"))
    assert not R.is_sign_off(line("- তিনি বলেন, এটা ঠিক নয়।"))
    assert not R.is_sign_off(line("---"))  # a separator: no letter
    assert R.is_site_strip(line("ঢাকা   বৃহস্পতিবার, ১৬ জানুয়ারি ২০২৫ | ২ মাঘ ১৪৩১"))
    assert not R.is_site_strip(line("প্রকাশ : ৩১ ডিসেম্বর ২০২৪, ০৮:২২ পিএম"))


def test_every_rule_label_is_a_known_label():
    assert {label for label, _ in R.RULES} <= set(R.LABELS)


@pytest.mark.parametrize("text,prose", [
    (BODY_LINE, True),
    ("তিনি বলেন, আমরা জিতব এবং এগিয়ে যাব।", True),  # a short paragraph of one sentence
    ("পুতিনকে নববর্ষে যে চিঠি পাঠালেন কিম", False),  # a headline
    ("বিয়ে করলেন অর্জুন রামপাল, পাত্রী কে?", False),  # a question headline
    ("‘হলফনামা ঠিকমতো যাচাই হলে শেখ হাসিনার প্রার্থিতা বাতিল হতো’", False),  # a quoted headline
    ("বাংলাদেশের ২৩তম রাষ্ট্রপতি হিসেবে মির্জা ফখরুল ইসলাম আলমগীর নির্বাচিত হওয়ার পর তাঁর...", False),
    (" ".join(["ভালুকায় আনন্দ শোভাযাত্রা সৌদি থেকে ফেরার প্রস্তুতিকালে প্রবাসীর মৃত্যু"] * 8), False),  # ticker
    # '|' typed for the dari (some Kolkata sites), but not a menu that ends in its separator
    ("অবশেষে চালু হচ্ছে মেট্রোর নতুন রুট | সোমবার সকাল আটটা থেকে যাত্রী পরিষেবা শুরু হবে |", True),
    ("হোম | কলকাতা | রাজ্য | দেশ | খেলা | বিনোদন |", False),
    ("প্রকাশ: ২৩ নভেম্বর ২০২৬ | আপডেট: ২৩ নভেম্বর ২০২৬ |", False),
    # the full stop typed for the dari, but not after an abbreviation or in a decimal
    ("রাজধানীর মিরপুরে আজ একটি বাসে আগুন দেওয়া হয়েছে. এতে কেউ হতাহত হয়নি বলে জানিয়েছে পুলিশ.", True),
    ("ড. মো. আব্দুল্লাহ আজ প্রধান উপদেষ্টার সঙ্গে বৈঠক করেছেন", False),
    ("চলতি অর্থবছরে জিডিপি প্রবৃদ্ধি হবে ৬.৫ শতাংশ বলে আশা সরকারের", False),
    # a citation in brackets after the sentence end, but not a headline's bracket
    ("রাসুলুল্লাহ (সা.) বলেছেন, ধৈর্যের চেয়ে উত্তম কোনো দান কাউকে দেওয়া হয়নি। (বুখারি, হাদিস: ১৪৬৯)", True),
    ("ঘূর্ণিঝড়ে উপকূলের তিন জেলায় ব্যাপক ক্ষতি (ভিডিও)", False),
])
def test_prose_shape(text, prose):
    assert line(text).prose is prose


def test_caption_credit_without_colon_and_paper_report_byline():
    from bangla_clean.rules import byline, caption

    assert caption(line("মেট্রোরেল। ফাইল ছবি")) == "photo_credit"
    assert caption(line("প্রতীকী ছবি")) == "photo_credit"
    assert caption(line("শিশুটির হাতে একটি ছবি তুলে দেন তিনি।")) is None  # ছবি in a sentence
    assert byline(line("যুগান্তর প্রতিবেদন")) == "byline_cue"
    assert byline(line("সরকারের নতুন তদন্ত প্রতিবেদন প্রকাশ")) is None  # a headline about a report


def test_paper_report_desk_but_not_a_report_headline():
    from bangla_clean.rules import byline

    assert byline(line("স্টার অনলাইন রিপোর্ট")) == "byline_cue"
    assert byline(line("যুগান্তর প্রতিবেদন")) == "byline_cue"
    assert byline(line("জাতিসংঘের প্রতিবেদন")) is None  # the UN's report: a headline
    assert byline(line("টিআইবির নতুন রিপোর্ট")) is None


def test_a_dated_sentence_is_a_timeline_entry_not_a_date_line():
    from bangla_clean.rules import dateline

    assert dateline(line("৪ জুলাই ২০০১: মাওয়ায় সেতুর ভিত্তিপ্রস্তর স্থাপন করা হয়।")) is None
    assert dateline(line("প্রকাশিত: ২৩ নভেম্বর ২০২৬, ১০:৩০ এএম।")) == "date_shape"  # a stray dari
    assert dateline(line("নিজস্ব প্রতিবেদক, ঢাকা | ২৩ নভেম্বর ২০২৬")) == "date_shape"


@pytest.mark.parametrize("text", ["Written by: সুজিত ভৌমিক", "Reported By Anita Das", "By: রহিম উদ্দিন"])
def test_english_name_intros_make_a_byline(text):
    from bangla_clean.rules import BYLINE_INTRO, byline

    assert byline(line(text)) == "byline_cue"
    assert BYLINE_INTRO.sub("", text).split()[0] in ("সুজিত", "Anita", "রহিম")
    assert byline(line("Bypass road closed")) is None


def test_a_date_beside_a_relative_age_is_a_date_line_and_a_labelled_time_a_stamp():
    from bangla_clean.rules import dateline, is_time_of_day

    assert dateline(line("(৩ ঘণ্টা আগে) ২৩ নভেম্বর ২০২৬, সোমবার, ১২:৪৫ অপরাহ্ন")) == "date_shape"
    assert dateline(line("৩ ঘণ্টা আগে")) == "relative_time"
    assert is_time_of_day(line("সর্বশেষ আপডেট: ১:১০ অপরাহ্ন")) and is_time_of_day(line("৯:৪৫ পিএম"))
    assert not is_time_of_day(line("সর্বশেষ খবর ১০টা"))
