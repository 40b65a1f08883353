"""`dedup` on a test set built from the samples, and `stats` on its output."""

import json

from click.testing import CliRunner

from bangla_clean.cli import main
from bangla_clean.dedup import Deduper, shingles, similarity, sketch
from tests.conftest import SAMPLES, nfc

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
PAGE = SAMPLE_FILES[0].read_text(encoding="utf-8")
TITLE = nfc("উত্তর কোরিয়ার সঙ্গে সম্পর্ক আরো ঘনিষ্ঠ করতে চান পুতিন")
# Two reports of one event in different words, as two outlets would write them.
EVENT_A = nfc("""রাজধানীর মিরপুরে একটি পোশাক কারখানায় ভয়াবহ অগ্নিকাণ্ডে অন্তত পাঁচজন শ্রমিক আহত হয়েছেন। শনিবার ভোরে আগুনের সূত্রপাত হলে ফায়ার সার্ভিসের দশটি ইউনিট প্রায় তিন ঘণ্টা চেষ্টা চালিয়ে আগুন নিয়ন্ত্রণে আনে।

ফায়ার সার্ভিসের এক কর্মকর্তা জানান, প্রাথমিকভাবে বৈদ্যুতিক শর্টসার্কিট থেকে আগুন লেগেছে বলে ধারণা করা হচ্ছে। আহতদের স্থানীয় একটি হাসপাতালে চিকিৎসা দেওয়া হচ্ছে এবং তাঁদের অবস্থা আশঙ্কামুক্ত।

কারখানার মালিকপক্ষ ক্ষয়ক্ষতির পরিমাণ এখনো নিরূপণ করতে পারেনি। ঘটনার কারণ খুঁজতে তিন সদস্যের একটি তদন্ত কমিটি গঠন করা হয়েছে।""")
EVENT_B = nfc("""মিরপুরের একটি গার্মেন্টস ফ্যাক্টরিতে শনিবার সকালে লাগা আগুনে পাঁচ শ্রমিক দগ্ধ হয়েছেন বলে জানিয়েছে পুলিশ। খবর পেয়ে দমকল বাহিনীর দশটি দল ঘটনাস্থলে ছুটে যায়।

তিন ঘণ্টার চেষ্টায় আগুন নেভানো সম্ভব হয়। দমকল বাহিনীর ভাষ্য, বিদ্যুতের লাইনে ত্রুটি থেকেই এ আগুন ছড়িয়ে থাকতে পারে।

দগ্ধ শ্রমিকেরা হাসপাতালে ভর্তি আছেন, তবে কারও অবস্থাই গুরুতর নয় বলে চিকিৎসকেরা জানিয়েছেন। কারখানা কর্তৃপক্ষ বলছে, কত টাকার ক্ষতি হয়েছে তা এখনই বলা যাচ্ছে না। বিষয়টি খতিয়ে দেখতে তদন্ত কমিটি করা হয়েছে।""")


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def records(out):
    return [json.loads(x) for x in out.splitlines() if x.strip()]


def build(tmp_path):
    d = tmp_path / "pages"
    d.mkdir()
    lines = PAGE.split("\n")
    title_at = next(n for n, x in enumerate(lines) if nfc(x) == TITLE)
    body = [n for n, x in enumerate(lines) if len(x.split()) > 25]
    headline = lines[:title_at] + [nfc("পুতিন চান উত্তর কোরিয়ার সঙ্গে আরও ঘনিষ্ঠ সম্পর্ক")] + lines[title_at + 1:]
    edited = list(headline)
    # An updated copy: one sentence rewritten at the end of a paragraph.
    edited[body[1]] = edited[body[1]].rsplit("।", 2)[0] + nfc("। এ বিষয়ে মস্কোর কোনো মন্তব্য পাওয়া যায়নি।")
    files = {
        "a_page.txt": PAGE,
        "b_same_page_again.txt": PAGE,
        "c_new_headline.txt": "\n".join(headline),
        "d_new_headline_one_sentence_rewritten.txt": "\n".join(edited),
        "e_event_outlet1.txt": f"মিরপুরে কারখানায় আগুন, আহত ৫\n\n{EVENT_A}\n",
        "f_event_outlet2.txt": f"পোশাক কারখানায় অগ্নিকাণ্ডে দগ্ধ পাঁচ শ্রমিক\n\n{EVENT_B}\n",
    }
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    for f in SAMPLE_FILES[1:]:
        (d / f"z_{f.name}").write_bytes(f.read_bytes())
    out = tmp_path / "clean.jsonl"
    assert run("clean", str(d), "-j", "1", "-o", str(out)).exit_code == 0
    return out


def test_dedup_finds_the_right_pairs_and_no_others(tmp_path):
    src = build(tmp_path)
    cleaned = records(src.read_text(encoding="utf-8"))
    by_name = {r["path"].rsplit("/", 1)[1]: r for r in cleaned}
    assert by_name["c_new_headline.txt"]["title"] != by_name["a_page.txt"]["title"]
    assert by_name["e_event_outlet1.txt"]["is_article"] and by_name["f_event_outlet2.txt"]["is_article"]

    r = run("dedup", str(src))
    assert r.exit_code == 0
    out = {x["path"].rsplit("/", 1)[1]: x for x in records(r.stdout)}
    first = by_name["a_page.txt"]["id"]
    marked = {name: (x["duplicate_of"], x["similarity"]) for name, x in out.items() if x["duplicate_of"]}
    assert set(marked) == {"b_same_page_again.txt", "c_new_headline.txt",
                           "d_new_headline_one_sentence_rewritten.txt"}
    assert marked["b_same_page_again.txt"] == (first, 1.0)
    assert marked["c_new_headline.txt"] == (first, 1.0)  # same wire copy, new headline: same text
    dup_of, sim = marked["d_new_headline_one_sentence_rewritten.txt"]
    assert dup_of == first and 0.7 <= sim < 1.0
    assert out["f_event_outlet2.txt"]["duplicate_of"] is None  # one event, two wordings
    assert len(out) == len(cleaned)  # nothing removed without --drop

    dropped = records(run("dedup", str(src), "--drop").stdout)
    assert len(dropped) == len(cleaned) - 3 and all(x["duplicate_of"] is None for x in dropped)


def test_similarity_estimates_are_close_to_jaccard():
    words = EVENT_A.split()
    a = shingles(" ".join(words))
    b = shingles(" ".join(words[: len(words) // 2] + EVENT_B.split()))
    true = len(a & b) / len(a | b)
    assert abs(similarity(sketch(a), sketch(b)) - true) < 0.12
    assert similarity(sketch(a), sketch(a)) == 1.0
    assert Deduper().check("x", "") == (None, None)  # empty texts are not stories


def test_stats_text_json_and_html(tmp_path):
    src = build(tmp_path)
    deduped = tmp_path / "dd.jsonl"
    assert run("dedup", str(src), "-o", str(deduped), "-q").exit_code == 0
    r = run("stats", str(deduped), "--json")
    s = json.loads(r.stdout)
    cleaned = records(src.read_text(encoding="utf-8"))
    assert s["documents"] == len(cleaned) == 10
    assert s["duplicates"] == {"exact": 2, "near": 1}
    assert s["outlets"]["Daily Inqilab"] == 5  # a-d, and sample 001 of the same outlet
    assert s["published"]["first"] == min(x["published"][:10] for x in cleaned if x["published"])
    assert sum(s["body_size_bins"].values()) == 10
    assert s["lines"]["dropped"] == sum(s["dropped_by_label"].values())
    assert s["lines"]["total"] == sum(x["lines"]["total"] for x in cleaned)

    page = tmp_path / "report.html"
    r = run("stats", str(deduped), "--html", str(page))
    assert r.exit_code == 0 and "duplicates  exact 2  near 1" in r.stdout
    html = page.read_text(encoding="utf-8")
    assert html.count("<svg") == 5 and "Daily Inqilab" in html and "<script" not in html and "http" not in html
