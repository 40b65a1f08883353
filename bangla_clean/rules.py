"""Context-free line rules: each is a small function that returns a reason code or None.

A rule looks at one line only. Rules that need neighbours (teasers, runs of headlines,
the article block) live in `classify.py`, the header above it in `header.py`. The first rule that
fires gives the line its label; `RULES` lists them in that order.

Cue words are evidence, not the core: most pages are decided by the shape of their
lines (length, share of Bangla letters, sentence ends, dates) and their position.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .cues import Cue
from .lines import Line

# Labels. Only BODY reaches `text`; TITLE, BYLINE, DATELINE, CATEGORY and PAGE_HEADER feed metadata.
BODY = "body"
TITLE = "title"
BYLINE = "byline"
DATELINE = "dateline"
PAGE_HEADER = "page_header"
CATEGORY = "category"
CAPTION = "caption"
COMMENTS = "comments"
SHARE = "share"
MORE_NEWS = "more_news"
RANKED_LIST = "ranked_list"
PROMO = "promo"
MENU = "menu"
FOOTER = "footer"
DUPLICATE = "duplicate"
SITE_BOILERPLATE = "site_boilerplate"  # learned from the batch (`clean --profile`), not by a rule
EMPTY = "empty"
NOISE = "noise"

LABELS = (BODY, TITLE, BYLINE, DATELINE, PAGE_HEADER, CATEGORY, CAPTION, COMMENTS, SHARE, MORE_NEWS,
          RANKED_LIST, PROMO, MENU, FOOTER, DUPLICATE, SITE_BOILERPLATE, EMPTY, NOISE)


def _re(pattern: str) -> Cue:
    return Cue(pattern)


_BULLETS = "•●◦▪■□►▶➤→·*-–—|:"


def _bare(line: Line) -> str:
    """The line without bullets and trailing colons, for matching whole-line cues."""
    return line.text.strip(_BULLETS + " \t:ঃ")


def _short(line: Line, words: int) -> bool:
    return line.words <= words and not line.prose


# --- cue lexicons (NFC) ---------------------------------------------------------------------

_COMMENT = _re(r"^(?:মন্তব্য\s*(?:করুন|লিখুন|দিন|কর[ুু]ন)?|মন্তব্যসমূহ|পাঠকের\s+মন্তব্য|পাঠকের\s+মতামত|আপনার\s+মতামত(?:\s+দিন|\s+লিখুন)?"
               r"|কমেন্ট(?:\s+করুন)?|comments?|leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|\d*\s*comments?"
               r"|[০-৯0-9]+\s*(?:টি\s*)?মন্তব্য|মন্তব্য\s*\(\s*[০-৯0-9]+\s*\))$")
_COMMENT_WIDGET = _re(r"(?:comment\s*box|loading\s+comments|disqus|facebook\s+comments?|মন্তব্য\s+লোড)")

_SHARE_WORDS = _re(r"^(?:(?:শেয়ার|শেয়ার\s+করুন|share(?:\s+this)?|facebook|twitter|x|whatsapp|messenger|linkedin|telegram|"
                   r"email|ই-?মেইল|print|প্রিন্ট|copy\s*link|কপি|লিংক\s+কপি|pinterest|reddit|ফেসবুক|টুইটার|হোয়াটসঅ্যাপ)"
                   r"[\s,|/•·]*)+$")

# Counters and reading aids: "১২৩ বার পড়া হয়েছে", "পড়েছেন ৫০০ জন", "পড়তে সময় লাগবে ৩ মিনিট", "ফন্ট সাইজ".
_PAGE_WIDGET = _re(r"^[০-৯0-9,]+\s*(?:বার\s+(?:পড়া|পঠিত|দেখা)|জন\s+পড়েছেন|ভিউ|views?|shares?|likes?)"
                   r"|পড়েছেন\s+[০-৯0-9,]+\s*জন|পড়া\s+হয়েছে\s+[০-৯0-9,]+\s*বার|পড়তে\s+সময়\s+লাগবে|মিনিটে\s+পড়ুন"
                   r"|^পড়ুন\s+[০-৯0-9]+\s*মিনিটে$|^[০-৯0-9]+\s*মিনিটের?\s+পড়া$"
                   r"|\bmin(?:ute)?s?\s+read\b|^ফন্ট(?:\s+সাইজ)?$|^font\s+size$|^লেখার\s+আকার")
# A prompt to do something with the page, ending in a polite imperative and naming the medium:
# "ভিডিও দেখুন", "বিস্তারিত পড়ুন", "লিংক কপি করুন", "খবরটি ভালো লাগলে শেয়ার করুন". A tip ("পানি পান করুন।")
# names no medium and ends in a dari.
_CALL_TO_ACTION = _re(r"(?:খবর|সংবাদ|ভিডিও|লিংক|লিঙ্ক|শেয়ার|চ্যানেল|আপডেট|অ্যাপ|পেজ|নিউজ|বিস্তারিত|ক্লিক|নোটিফিকেশন)"
                      r"\S*(?:\s+\S+)*\s+(?:করুন|দেখুন|পড়ুন|শুনুন|রাখুন|জানুন|থাকুন|চাপুন)(?:\s+বিস্তারিত)?$|^(?:শুনুন|পড়ুন|দেখুন)$")
# A link to the whole story under a teaser's summary: "বিস্তারিত", "বিস্তারিত পড়ুন »", "Continue reading".
# (Not "বিস্তারিত দেখুন": a TV story's last line may send the reader to its video.)
_READ_MORE = _re(r"^(?:বিস্তারিত(?:\s+পড়ুন)?|continue\s+reading|read\s+the\s+full\s+story)\s*[»›>→….]*$")
# "সর্বশেষ খবর পেতে আমাদের ফেসবুক পেজে লাইক দিন", "গুগল নিউজ ফিডটি অনুসরণ করুন", "অ্যাপটি ডাউনলোড করুন":
# a platform, then the reader asked to follow, like, subscribe, join or install.
_PLATFORM = r"(?:ফেসবুক|ইউটিউব|টুইটার|ইনস্টাগ্রাম|টেলিগ্রাম|হোয়াটসঅ্যাপ|গুগল\s+নিউজ|অ্যাপ|পেজ|চ্যানেল|নিউজলেটার|ফিড)"
_ASK = r"(?:লাইক|সাবস্ক্রাইব|ফলো|অনুসরণ|ডাউনলোড|ইনস্টল|যুক্ত|জয়েন|সাইন\s*আপ)\s*(?:দিন|করুন|হোন)"
_FOLLOW_US = _re(_PLATFORM +  # (the ask in a lookahead: the platforms, not the common "দিন", are what a line must hold)
                 r"\S*(?=(?:\s+\S+){0,4}?\s+" + _ASK + ")"
                 r"|" + _ASK + r"\s+আমাদের(?:\s+\S+){0,2}?\s+" + _PLATFORM)  # "ডাউনলোড করুন আমাদের অ্যাপ"
_SHARE_ASK = _re(r"শেয়ার\s+করুন$|^share\s+(?:this|the)\s+(?:story|article|news)$")

_MORE_HEADING = _re(
    r"^(?:আরও|আরো)(?:\s+\S+|\s+যা\s+আছে)?$"  # "আরও খবর", "আরো প্রতিবেদন", "আরও ভিডিও"
    r"|(?:আরও|আরো)\s+(?:খবর|সংবাদ|পড়ুন)$|বিভাগের\s+(?:আরও|আরো|অন্যান্য|সব|সর্বশেষ)|অন্যান্য\s+(?:সংবাদ|খবর)|সম্পর্কিত|সংশ্লিষ্ট\s+(?:খবর|সংবাদ)"
    r"|^সর্বশেষ(?:\s+(?:খবর|সংবাদ))?$|^জনপ্রিয়(?:\s+(?:খবর|সংবাদ))?$|সর্বাধিক\s+(?:পঠিত|পড়া|দেখা)|^সর্বাধিক$"
    r"|^(?:প্রিন্ট\s+)?সর্বাধিক|পাঠকের\s+পছন্দ|বাছাই\s+করা|^শিরোনাম$|^ট্রেন্ডিং|^লেটেস্ট|^আলোচিত(?:\s+(?:খবর|সংবাদ))?$"
    r"|এ\s*সংক্রান্ত|এই\s+সংক্রান্ত|পরবর্তী\s+(?:খবর|সংবাদ)|(?:পূর্ববর্তী|আগের)\s+(?:খবর|সংবাদ)|^মুলপাতা$|^মূলপাতা$"
    r"|^(?:related|more|read\s+more|latest|popular|most\s+read|trending|see\s+more|more\s+news|also\s+read)"
    r"(?:\s+(?:news|stories|articles))?$"
)
_INLINE_RELATED = _re(r"^(?:আরও|আরো)\s+পড়ুন\s*(?:[:ঃ\-–—»→]|>>?)|^পড়ুন\s*[:ঃ]"
                      r"|^(?:also\s+read|read\s+more)\s*(?:[:\-»→]|>>?)")

_PROMO = _re(r"google\s+news|গুগল\s+নিউজ|ফিডটি|চ্যানেলটি|সাবস্ক্রাইব|subscribe|ফলো\s+করুন|অনুসরণ\s+করুন|^follow\s+us|"
             r"ডাউনলোড\s+করুন|download\s+(?:the\s+)?app|অ্যাপ\s+ডাউনলোড|অ্যাপটি|বিজ্ঞাপন$|^advertisement$|^sponsored|"
             r"স্পন্সরড|^বিজ্ঞাপন\s*$|^বিজ্ঞাপন\s+দিন$|আমাদের\s+সঙ্গে\s+থাকুন|সঙ্গে\s+থাকুন|যুক্ত\s+হোন|join\s+us"
             r"|^স্ক্রল\s+করে|scroll\s+to\s+continue")  # (an ad between paragraphs: "স্ক্রল করে এগিয়ে যান")

_CATEGORY = _re(r"^(?:বিভাগ|ক্যাটাগরি|ক্যাটেগরি|বিষয়|ট্যাগ|ট্যাগস|category|categories|tags?|topics?)\s*[:ঃ]\s*\S")

_CAPTION = _re(r"(?:^|[\s।|,.(])(?:ফাইল\s+)?(?:ছবি|ছবিঃ|ফটো|ভিডিও|ইনফোগ্রাফ|photo|image|file\s+photo|picture)"
               r"\s*(?:[:ঃ]|সূত্র\s*[:ঃ])"
               r"\s*[^\s।]+(?:\s+[^\s।]+){0,5}\s*\)?$")
# A credit at the end of a caption with no colon: "মেট্রোরেল। ফাইল ছবি", "প্রতীকী ছবি".
_CAPTION_END = _re(r"(?:^|[\s।|,.(])(?:ফাইল|সংগৃহীত|প্রতীকী|প্রতীকি)\s+ছবি\)?[।.]?$|ছবি\s*[:ঃ]?\s*সংগৃহীত\)?[।.]?$")
# The credit line of an embedded post: "— António Guterres (@antonioguterres) November 23, 2026".
# "— Name (@handle) November 23, 2026" under a tweet; "Posted by Name on Monday, November 23, 2026" under a post.
_EMBED_CREDIT = _re(r"^[—–-]\s*\S[^@]{0,80}\(@\w{1,30}\)|^(?:posted|shared)\s+by\s+\S.{0,80}\s+on\s+\S")
_SOURCE_CREDIT = _re(r"^(?:সূত্র|উৎস|তথ্যসূত্র|source)\s*[:ঃ]")  # "সূত্র: রয়টার্স, এএফপি"
_CAPTION_START = _re(r"^(?:ছবি|ফটো|photo|image|ক্যাপশন|ক্যাপশান)\s*[:ঃ]"
                     r"|^ছবির\s+(?:উৎস|ক্যাপশান|ক্যাপশন|সূত্র)\s*[,:ঃ]"
                     r"|^(?:image|photo)\s+(?:source|caption|credit)")

_COPYRIGHT = _re(r"©|সর্বস্বত্ব|সর্বসত্ব|স্বত্বাধিকার|all\s+rights\s+reserved|কপিরাইট|copyright"
                 # the site's notices: reuse without leave is unlawful; it uses cookies; opinions are the writer's
                 r"|অনুমতি\s+(?:ছাড়া|ব্যতীত)[^।]{0,60}(?:বেআইনি|নিষিদ্ধ|দণ্ডনীয়)|কুকি(?=জ?\s+ব্যবহার)|\bcookies?\b"
                 r"|মতামত\S*\s+লেখকের\s+(?:নিজস্ব|ব্যক্তিগত)|লেখকের\s+(?:নিজস্ব|ব্যক্তিগত)\s+মতামত"
                 r"|সম্পাদকীয়\s+(?:অবস্থান|নীতি)\S*\s+(?:প্রতিফলন|প্রতিফলিত)")  # ("... not the paper's position")
# Copyright wording is _COPYRIGHT's, checked first in footer(); these are the footer's other lines.
_FOOTER = _re(r"®|privacy\s+policy|terms\s+(?:of|&)|"
              r"গোপনীয়তা\s+নীতি|শর্তাবলি|শর্তাবলী|ব্যবহারের\s+শর্ত|unicode\s+converter|ইউনিকোড\s+কনভার্টার|"
              r"বিজ্ঞাপনের?\s+মূল্য\s+তালিকা|আমাদের\s+সম্পর্কে|about\s+us|contact\s+us|রিটার্ন\s+পলিসি|সাইটম্যাপ|sitemap")
_FOOTER_ROLE = _re(r"^(?:সম্পাদক|প্রকাশক|ভারপ্রাপ্ত\s+সম্পাদক|নির্বাহী\s+সম্পাদক|প্রধান\s+সম্পাদক|বার্তা\s+সম্পাদক|"
                   r"সম্পাদক\s+ও\s+প্রকাশক|উপদেষ্টা\s+সম্পাদক|ব্যবস্থাপনা\s+সম্পাদক|editor|publisher|"
                   r"ফোন|ফ্যাক্স|মোবাইল|ই-?মেইল|ইমেল|email|e-mail|phone|fax|ঠিকানা|যোগাযোগ|বিজ্ঞাপন|সার্কুলেশন|"
                   r"বার্তা\s+বিভাগ|অফিস|কার্যালয়|address)\s*[:ঃ]")
# The imprint: "... ঢাকা-১২২৯ থেকে প্রকাশিত এবং ... থেকে মুদ্রিত।" (published and printed at).
_IMPRINT = _re(r"প্রকাশিত\s*(?:ও|এবং)\s*(?:\S+\s+){0,12}?মুদ্রিত|মুদ্রিত\s*(?:ও|এবং)\s*প্রকাশিত")
# Bounded repeats: a 50 MB line without spaces must not make these quadratic.
_EMAIL_OR_PHONE = _re(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}|\+?৮৮০|\+?880[0-9\s-]{6,20}")

# Words that introduce a writer's name ("লিখেছেন ...", "সাক্ষাৎকার নিয়েছেন ...", "অনুলিখন: ..."); the
# first four only with a colon ("লেখা: ..." but not "লেখা হয়েছে"). metadata.py strips them off the byline.
_NAME_INTRO = (r"(?:(?:লেখক|লেখা(?:\s+ও\s+(?:ছবি|আলোকচিত্র))?|রিপোর্ট|প্রতিবেদন|অনুবাদ|ভাষান্তর)\s*[:ঃ,]"
               r"|প্রতিবেদক\s*[:ঃ]|লিখেছেন"
               r"|সাক্ষাৎকার\s+(?:নিয়েছেন|গ্রহণ)|অনুলিখন|গ্রন্থনা"
               r"|(?:(?:written|reported|edited|published|posted)\s+)?by(?=\s*[:ঃ]?\s+\S))")
BYLINE_INTRO = re.compile(unicodedata.normalize("NFC", "^" + _NAME_INTRO + r"\s*[:ঃ,]?\s*"), re.IGNORECASE)
# A name with a title: ড. (Dr), অধ্যাপক (Prof), মো./মোঃ (Md) and the like.
_TITLED = r"^(?:ড\.|ডা\.|ডক্টর|অধ্যাপক|প্রফেসর|প্রকৌশলী|ব্যারিস্টার|অ্যাডভোকেট|এডভোকেট|মো\.|মোঃ|Dr\.|Prof\.)\s*\S"
_BYLINE = _re(
    # (not "প্রতিনিধিরা", "প্রতিবেদকের", "প্রতিনিধিত্ব": a case or plural ending makes them the story's
    # words; but a date or label may follow with no space, "প্রতিবেদক৩০ ডিসেম্বর", "প্রতিবেদকপ্রকাশ :")
    r"(?:(?:ডেস্ক|প্রতিবেদক|প্রতিনিধি|সংবাদদাতা|স্টাফ\s+রিপোর্টার|করেসপন্ডেন্ট)(?!র|ে|দে|কে|গণ|ত্ব|টি)|"
    r"\bdesk\b|correspondent|staff\s+reporter|\breporter\b|^পদবী\s*[:ঃ,]|^" + _NAME_INTRO +
    r"|\|\s*(?:written|reported|edited)\s+by\b"  # "Tapas Das | Edited By: Soumya Saha"
    r"|" + _TITLED + r")"
)
_TITLED_NAME = _re(_TITLED)
# "যুগান্তর প্রতিবেদন", "স্টার অনলাইন রিপোর্ট": the paper's own report, signed as a desk. But
# "জাতিসংঘের প্রতিবেদন" (the UN's report) is a headline: a possessive (-এর, -র after a vowel sign).
_DESK_REPORT = _re(r"^\S+(?:\s+\S+){0,2}\s+(?:প্রতিবেদন|রিপোর্ট|অনলাইন)$")  # "আমার দেশ অনলাইন": the online desk
_POSSESSIVE = _re(r"[েিীুূো]র(?:\s|$)")  # not -ার: স্টার, সরকার
_SIGN_OFF = _re(r"^[-–—]\s*\S")

# Section names that menus repeat; a single such line is navigation. Runs of short lines are
# caught by shape in classify.py, so this list only needs the common words.
_MENU_WORDS = {unicodedata.normalize("NFC", w).lower() for w in (
    "প্রচ্ছদ", "হোম", "মূলপাতা", "মুলপাতা", "জাতীয়", "রাজনীতি", "অর্থনীতি", "আন্তর্জাতিক", "বিশ্ব", "সারাদেশ", "খেলা",
    "খেলাধুলা", "বিনোদন", "মতামত", "সম্পাদকীয়", "লাইফস্টাইল", "প্রযুক্তি", "বিজ্ঞান ও প্রযুক্তি", "শিক্ষা", "স্বাস্থ্য",
    "ধর্ম", "চাকরি", "প্রবাস", "ফিচার", "ভিডিও", "ছবি", "ফটো গ্যালারি", "ই-পেপার", "ই–পেপার", "আর্কাইভ", "অনুসন্ধান",
    "অনলাইন সংস্করণ", "প্রিন্ট সংস্করণ", "অনলাইন", "সর্বশেষ", "জনপ্রিয়", "english", "en", "bn", "add", "menu",
    "search", "login", "লগইন", "সাইন ইন", "রেজিস্টার", "ঢাকা", "আইন-আদালত", "অপরাধ", "কৃষি", "পরিবেশ", "ক্যাম্পাস",
    "নগর জীবন", "দেশগ্রাম", "অন্যান্য", "বাংলাদেশ", "বাণিজ্য", "শেয়ারবাজার", "লাইভ", "লাইভ টিভি", "পডকাস্ট",
    "রাশিফল", "আজকের রাশি", "আজকের পত্রিকা", "প্রথম পাতা", "প্রথম পৃষ্ঠা", "শেষ পাতা", "পেছনের পৃষ্ঠা", "ইভেন্ট",
    "টপিক", "টপিকস", "ট্যাগ", "ট্যাগস", "topics", "tags",
)}

_SITE_NAME = _re(r"ডটকম|ডট\s+কম|\b[a-z0-9-]{1,63}\.(?:com|net|org|info|news|tv|bd|in)\b")
_BREADCRUMB = re.compile(r"\s[»›>/]\s")
_LETTER = re.compile(r"[A-Za-z\u0985-\u09b9\u09ce\u09dc-\u09e1]")  # a letter, not a digit, sign or mark
_LONE_NUMBER = re.compile(r"^[#(]?[0-9০-৯]{1,3}[.)]?$")
_JS_NOTICE = _re(r"javascript|enable\s+cookies|your\s+browser|loading\.\.\.|^item\s+[0-9]+\s+of\s+[0-9]+$")


# --- rules ------------------------------------------------------------------------------------
# Each returns a short reason code (shown by `explain`, counted in the output) or None.


def blank(line: Line) -> str | None:
    return "blank" if line.blank else None


def lone_number(line: Line) -> str | None:
    """`১০` alone on a line: the rank in a most-read list."""
    return "lone_number" if _LONE_NUMBER.match(line.text) else None


def junk(line: Line) -> str | None:
    """No letters at all, a lone letter such as the close button `X`, or a browser notice."""
    if (line.letters == 0 or (line.words <= 6 and not _LETTER.search(line.text))) and not line.dates:
        return "no_letters"  # (Bangla digits count as Bangla: "০০:০০ / ০২:৩৫", an audio player, has no letter)
    if line.letters <= 2 and line.words <= 2 and not line.dates:
        return "lone_symbol"
    if line.words <= 2 and _BRACKETED.match(line.text):
        return "marker"  # "(ভিডিও)", "[ছবি]": what the page showed there
    if line.bangla_share < 0.3 and _JS_NOTICE.search(line):
        return "browser_notice"
    if line.words == 1 and _URL.match(line.text):
        return "link"  # a bare address, in the header (a short link) or between paragraphs (a source)
    return None


_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


_BRACKETED = re.compile(r"^[(\[][^()\[\]]+[)\]]$")


def comment_widget(line: Line) -> str | None:
    if _short(line, 6) and _COMMENT.match(line, _bare(line)):
        return "comment_cue"
    if line.words <= 12 and _COMMENT_WIDGET.search(line):
        return "comment_widget"
    return None


def share_widget(line: Line) -> str | None:
    if _short(line, 8) and _SHARE_WORDS.match(line, _bare(line)):
        return "share_cue"
    if line.words <= 8 and not line.terminal and _PAGE_WIDGET.search(line):
        return "page_widget"  # view counts, reading time, text size
    if line.words <= 4 and not line.terminal and _SHARE_ASK.search(line):
        return "share_cue"  # "সংবাদটি শেয়ার করুন": share this story
    return None


def more_news_heading(line: Line) -> str | None:
    if line.prose:
        return None
    if _INLINE_RELATED.match(line):
        return "inline_related"
    if line.words <= 7 and _MORE_HEADING.search(line, _bare(line)):
        return "more_news_heading"
    return None


def promo(line: Line) -> str | None:
    if line.words <= 20 and not line.terminal and _PROMO.search(line):
        return "promo_cue"
    if line.words <= 10 and not line.terminal and (_CALL_TO_ACTION.search(line) or is_read_more(line)):
        return "call_to_action"
    if line.words <= 30 and _asks_politely(line.text) and _FOLLOW_US.search(line):
        return "call_to_action"  # a whole sentence asking the reader to follow, like or install
    return None


def is_read_more(line: Line) -> bool:
    """A link to the whole story ("বিস্তারিত", "বিস্তারিত পড়ুন »"): what stands over it is a teaser's summary."""
    return line.words <= 3 and bool(_READ_MORE.match(line))


def _asks_politely(text: str) -> bool:
    # Three substring tests cost less than the cue's prefilter, and most lines fail them.
    return "করুন" in text or "দিন" in text or "হোন" in text


def category(line: Line) -> str | None:
    if line.words <= 12 and _CATEGORY.match(line):
        return "category_label"
    if _HASHTAGS.match(line.text):
        return "hashtags"  # "#বাংলাদেশ #ঢাকা": the story's tags
    return None


_HASHTAGS = re.compile(r"^#[^\s#]+(?:\s+#[^\s#]+)*$")


def embed_credit(line: Line) -> str | None:
    """Who posted an embedded tweet or post, and when: a credit, not the story's date line."""
    return "embed_credit" if line.words <= 20 and _EMBED_CREDIT.match(line) else None


def caption(line: Line) -> str | None:
    """`... ছবি : সংগৃহীত`, `ছবি: রয়টার্স`: a photo caption or credit; `সূত্র: রয়টার্স`: the story's sources.
    (`লেখা ও ছবি: <name>` is a byline.)"""
    if line.words <= 12 and _SOURCE_CREDIT.match(line):
        return "source_credit"
    if _CAPTION_START.match(line) and line.words <= 30:
        return "photo_credit"
    if line.words <= 30 and _CAPTION_END.search(line):
        return "photo_credit"
    if line.words <= 60 and _CAPTION.search(line) and not BYLINE_INTRO.match(line.text):
        return "photo_credit"
    return None


def footer(line: Line) -> str | None:
    if line.words <= 40 and _COPYRIGHT.search(line):
        return "copyright_or_policy"
    if line.words <= 25 and _FOOTER.search(line) and not line.prose:
        return "copyright_or_policy"
    if line.words <= 3 and _EMAIL_OR_PHONE.search(line):
        return "contact"  # "ইমেইল: rahim@example.com": a reporter's, under the byline, as often as the site's
    if (line.words <= 16 and _FOOTER_ROLE.match(line)) or (line.words <= 60 and _IMPRINT.search(line)):
        return "masthead_or_contact"
    if line.words <= 8 and _EMAIL_OR_PHONE.search(line) and not line.prose:
        return "contact"
    return None


def dateline(line: Line) -> str | None:
    """A line that is mostly a date (with labels, a place, a byline or a section name beside it)."""
    if line.words <= 16 and (line.dates or line.bengali_dates):
        rest = len(dateline_residue(line).split())
        # (a sentence after a date, "৪ জুলাই ২০০১: ভিত্তিপ্রস্তর স্থাপন করা হয়।", is a timeline's entry)
        if rest <= 6 and not (line.terminal == "stop" and rest >= 3):
            return "date_shape"
    if line.words <= 10 and not line.prose and line.relative_time:
        return "relative_time"  # "৩ ঘণ্টা আগে" alone; beside a date ("(৩ ঘণ্টা আগে) ২৩ নভেম্বর ...") the date counts
    return None


# Labels of a date line (metadata.py reads them too): "প্রকাশ :", "Last Updated:", "Updated at :".
DATE_LABEL = r"প্রকাশ(?:িত)?|আপডেট|হালনাগাদ|(?:(?:last|first)\s+)?(?:published|updated)(?:\s+(?:at|on))?|posted"
_LABEL_WORDS = _re(DATE_LABEL + r"|সময়|[|,:ঃ।\-–—]")


def dateline_residue(line: Line) -> str:
    """The words of a date line that are not the date or its labels: a byline, a place, a section."""
    rest = line.text
    for d in sorted(line.dates + line.bengali_dates, key=lambda d: d.start, reverse=True):
        rest = rest[: d.start] + " " + rest[d.end:]
    return " ".join(_LABEL_WORDS.pick(line).sub(" ", rest).split())


def is_bare_date(line: Line) -> bool:
    """A date and nothing else ("১৫ আগস্ট ১৯৭৫"): no time, no label, no byline or place beside it."""
    return (bool(line.dates) and not any(d.has_time or d.role for d in line.dates)
            and not dateline_residue(line))


def byline(line: Line) -> str | None:
    if line.words > 9 or line.terminal or line.inner_stops:
        return None
    if _BYLINE.search(line):
        return "byline_cue"
    if _DESK_REPORT.match(line) and not _POSSESSIVE.search(line):
        return "byline_cue"
    return None


def titled_name(line: Line) -> bool:
    """A bare name with a title ("ড. বদিউল আলম মজুমদার"): a writer, as a bare name may be."""
    return line.words <= 5 and not line.terminal and bool(_TITLED_NAME.match(line))


def site_name(line: Line) -> str | None:
    """The site's own name as a masthead line (`বিডিনিউজ টোয়েন্টিফোর ডটকম`, `bdnews24.com`)."""
    return "site_name" if line.words <= 4 and not line.terminal and _SITE_NAME.search(line) else None


def menu_word(line: Line) -> str | None:
    if line.words <= 4 and _bare(line).lower() in _MENU_WORDS:
        return "menu_word"
    if line.words <= 25 and _breadcrumb(line):
        return "breadcrumb"  # "প্রচ্ছদ » আন্তর্জাতিক » ...", "Bangla News / Kolkata / <the headline>?"
    return None


def _breadcrumb(line: Line) -> bool:
    """Two separators or more, with sections of a few words before the last (which may be the
    headline, even a question); not a sentence that lists places ('ঢাকা / চট্টগ্রাম / সিলেট: ...।')."""
    parts = _BREADCRUMB.split(line.text)
    if len(parts) < 3 or line.text.endswith(("।", "৷")):
        return False
    return all(len(p.split()) <= 3 for p in parts[:-1]) or ("/" not in line.text and not line.terminal)


def latin_fragment(line: Line) -> str | None:
    """Short English-only lines in a Bangla page are menu items, buttons or ads."""
    if line.bangla == 0 and line.latin and line.words <= 8:
        return "latin_fragment"
    return None


# Order matters: the first rule that fires labels the line.
RULES: list[tuple[str, Callable[[Line], str | None]]] = [
    (EMPTY, blank),
    (RANKED_LIST, lone_number),
    (NOISE, junk),
    (COMMENTS, comment_widget),
    (SHARE, share_widget),
    (CATEGORY, category),
    (CAPTION, embed_credit),
    (DATELINE, dateline),
    (CAPTION, caption),
    (MORE_NEWS, more_news_heading),
    (PROMO, promo),
    (FOOTER, footer),
    (BYLINE, byline),
    (PAGE_HEADER, site_name),
    (MENU, menu_word),
    (NOISE, latin_fragment),
]


def first_rule(line: Line) -> tuple[str, str] | None:
    """(label, reason) of the first rule that fires, or None for a line the rules leave open."""
    for label, rule in RULES:
        reason = rule(line)
        if reason:
            return label, reason
    return None


def is_copyright(text: str) -> bool:
    """Does the line carry copyright wording (©, সর্বস্বত্ব, all rights reserved...)?"""
    return bool(_COPYRIGHT.ci.search(text))


def is_sign_off(line: Line) -> bool:
    """`-হাসানুজ্জামান, নিজস্ব প্রতিবেদক`: the reporter's name after the story."""
    return bool(_SIGN_OFF.match(line)) and line.words <= 6 and not line.terminal and bool(_LETTER.search(line.text))


_TIME_OF_DAY = re.compile(unicodedata.normalize("NFC",
    r"^(?:(?:সর্বশেষ\s+)?(?:আপডেট|হালনাগাদ|প্রকাশ(?:িত)?|updated?|published)\s*[:ঃ]?\s*)?"
    r"[0-9০-৯]{1,2}[:.ঃ][0-9০-৯]{2}\s*(?:[AaPp]\.?[Mm]\.?|এএম|পিএম|অপরাহ্ণ|অপরাহ্ন|পূর্বাহ্ণ|পূর্বাহ্ন)?$"), re.IGNORECASE)


def is_time_of_day(line: Line) -> bool:
    """`৯:৪৫ পিএম` alone, or labelled ('সর্বশেষ আপডেট: ১:১০ অপরাহ্ন'): a time with no date, the stamp
    of a live blog's entry or of an update."""
    return line.words <= 4 and bool(_TIME_OF_DAY.match(line.text))


def is_site_strip(line: Line) -> bool:
    """Today's date in the site header: a weekday or Bengali-calendar date and no time. (A story's
    date line may give the Bengali date beside its own: '১৫ পৌষ ১৪৩২, ৩০ ডিসেম্বর ২০২৫, ১০:২২'.)"""
    if any(d.has_time for d in line.dates):
        return False
    return bool(line.bengali_dates) or (line.weekday and not any(d.role for d in line.dates))
