"""Any bytes in, a valid record (or a clear error) out, and every line accounted for."""

import json
import os
import random
import re
import time

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from bangla_clean import clean_bytes, clean_text
from bangla_clean import rules as R
from bangla_clean.cli import main
from bangla_clean.dates import DHAKA, KOLKATA
from bangla_clean.decode import NotText, decode
from bangla_clean.lines import make_line
from bangla_clean.normalize import normalize
from tests.conftest import SAMPLES, interrupting, nfc

S0 = SAMPLES / "000_6d873b4824e253f4.txt"
SAMPLE_BYTES = [p.read_bytes() for p in sorted(SAMPLES.glob("*.txt"))]
TEXT = S0.read_text(encoding="utf-8")


def check_invariants(data: bytes):
    """The contract for any input: a JSON record, body lines taken from the input, lines add up."""
    try:
        doc = clean_bytes(data, "fuzz")
    except NotText:
        return None
    rec = json.loads(json.dumps(doc.to_record(), ensure_ascii=False))
    text = normalize(decode(data).text)
    source_lines = {ln.strip() for ln in text.split("\n")}
    for line in rec["text"].split("\n") if rec["text"] else []:
        assert line in source_lines
    n = rec["lines"]
    assert n["kept"] + n["dropped"] == n["total"] == len(doc.labelled)
    assert sum(n["by_label"].values()) == n["total"]
    return rec


# --- encodings ------------------------------------------------------------------------------

@pytest.mark.parametrize("codec,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"),
    ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
])
def test_unicode_encodings_give_the_same_body(codec, expected):
    doc = clean_bytes(TEXT.encode(codec), "x")
    assert doc.encoding == expected
    assert doc.body == clean_bytes(S0.read_bytes(), "x").body


def test_windows_1252_is_found_by_chardet():
    text = ("Le café est très apprécié à Paris, où les élèves étudient près de la fenêtre. "
            "Ça coûte cher, mais c’est délicieux — « voilà » ce qu’on dit en été.\n") * 5
    doc = clean_bytes(text.encode("cp1252"))
    assert doc.encoding in ("windows-1252", "cp1252", "iso-8859-1")
    assert "café est très apprécié" in doc.labelled[0].line.text


def test_mojibake_is_repaired():
    line = "উত্তর কোরিয়ার সঙ্গে সম্পর্ক। ক্ষেপণাস্ত্র"
    mangled = "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
                      for b in line.encode("utf-8"))
    assert mangled.startswith("à¦")
    d = decode(mangled.encode("utf-8"))
    assert d.text == line and "mojibake" in d.encoding


def test_invalid_bytes_are_replaced_and_counted():
    data = TEXT.encode("utf-8")
    broken = data[:300] + b"\xff\xfe\xfa" + data[300:]
    rec = check_invariants(broken)
    assert rec["warnings"] and "replaced" in rec["warnings"][0]


# --- normalisation --------------------------------------------------------------------------

def test_nukta_letters_in_either_form_read_the_same():
    precomposed = "\u09df\u09dc\u09dd"  # য় ড় ঢ় as single code points
    assert normalize(precomposed) == normalize("\u09af\u09bc\u09a1\u09bc\u09a2\u09bc")


def test_invisible_characters_spaces_khanda_ta_and_dari():
    raw = "উ\u09a4\u09cd\u200dসব\u200b পালন\u00a0করা হয় ।\u00ad"
    assert normalize(raw) == nfc("উৎসব পালন করা হয়।")


def test_joiners_that_shape_conjuncts_stay():
    for word in ("র\u200d্যাব", "ক্\u200cষ"):
        assert normalize(word) == nfc(word)
    assert normalize("abc\u200d def") == "abc def"


def test_no_normalize_keeps_text_as_read():
    raw = "প্রথম লাইন\u00a0এখানে ।\nদ্বিতীয়"
    doc = clean_text(raw, normalise=False)
    assert doc.labelled[0].line.text == nfc("প্রথম লাইন\u00a0এখানে ।")


def test_line_endings_crlf_and_lone_cr():
    for sep in ("\r\n", "\r"):
        doc = clean_bytes(TEXT.replace("\n", sep).encode("utf-8"))
        assert doc.body == clean_bytes(S0.read_bytes()).body


# --- bad inputs -----------------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"   \n\n \t\n", b"\n"])
def test_empty_and_blank_files_give_an_empty_record(data):
    rec = check_invariants(data)
    assert rec["text"] == "" and rec["is_article"] is False


@pytest.mark.parametrize("data", [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00",
                                  b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_binary_is_not_text(data):
    with pytest.raises(NotText):
        clean_bytes(data)


def test_broken_symlink_vanished_file_and_symlink_loop(tmp_path):
    (tmp_path / "ok.txt").write_bytes(S0.read_bytes())
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "broken.txt")
    os.symlink(tmp_path, tmp_path / "loop")  # a folder that contains itself
    r = CliRunner().invoke(main, ["clean", str(tmp_path), str(tmp_path / "vanished.txt")])
    assert r.exit_code == 1
    assert len([x for x in r.stdout.splitlines() if x]) == 1
    assert "broken.txt: no such file" in r.stderr and "vanished.txt: no such file" in r.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_bytes(S0.read_bytes())
    f.chmod(0)
    r = CliRunner().invoke(main, ["clean", str(f)])
    assert r.exit_code == 1 and "permission denied" in r.stderr


def test_big_file_and_one_huge_line():
    big = (TEXT + "\n") * 200  # about 4 MB, 24,000 lines
    rec = check_invariants(big.encode("utf-8"))
    assert rec["lines"]["total"] == big.count("\n")
    huge = ("উত্তর কোরিয়ার সঙ্গে সম্পর্ক আরও ঘনিষ্ঠ " * 100_000).encode("utf-8")  # one 5 MB line
    assert check_invariants(huge)["lines"]["total"] == 1


def test_100_mb_file_and_50_mb_line_in_a_batch(tmp_path):
    """The sizes the issue names, between two ordinary pages: every input gets its record."""
    page = SAMPLE_BYTES[0]
    (tmp_path / "a.txt").write_bytes(page)
    with open(tmp_path / "b_100mb.txt", "wb") as f:
        for _ in range(100_000_000 // len(page) + 1):
            f.write(page)
    unit = "উত্তর কোরিয়ার সঙ্গে সম্পর্ক আরও ঘনিষ্ঠ ".encode()
    (tmp_path / "c_50mb_line.txt").write_bytes(unit * (50_000_000 // len(unit) + 1))
    (tmp_path / "d.txt").write_bytes(page)
    r = CliRunner().invoke(main, ["clean", str(tmp_path), "-j", "1"])
    assert r.exit_code == 0, r.stderr
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert [os.path.basename(x["path"]) for x in recs] == ["a.txt", "b_100mb.txt", "c_50mb_line.txt", "d.txt"]
    assert recs[0]["text"] == recs[3]["text"] and recs[0]["text"]
    big = recs[1]["lines"]
    copies = 100_000_000 // len(page) + 1
    assert not page.endswith(b"\n")  # so each copy's last line runs into the next copy's first
    assert big["total"] == page.count(b"\n") * copies + 1
    assert big["kept"] + big["dropped"] == big["total"]
    assert recs[2]["lines"]["total"] == 1
    del r, recs


PATHOLOGICAL = [
    "১" * 2000, "১ আগস্ট " * 500, "১২:" * 1000, "আরও " * 1000, "ছবি: " * 1000, "- " * 2000,
    "২০২৪-" * 800, "a." * 2000, "a" * 4000, "1" * 4000, "x@" * 2000, "ডটকম" * 1000, "…" * 2000, "‘" * 2000,
    "© " * 1000, "প্রকাশ : " * 500, " " * 5000 + "x",
]


@pytest.mark.parametrize("unit", PATHOLOGICAL, ids=range(len(PATHOLOGICAL)))
def test_no_rule_is_worse_than_linear(unit):
    """Cleaning a line 8x as long must not take anything like 64x as long."""
    def cost(n):
        t = time.perf_counter()
        clean_text(unit * n)
        return time.perf_counter() - t

    small, large = min(cost(1) for _ in range(3)), min(cost(8) for _ in range(3))
    assert large < 20 * small + 0.05


# --- nothing lost ---------------------------------------------------------------------------

def test_interrupted_run_leaves_no_file_and_resume_equals_a_full_run(tmp_path, monkeypatch):
    import bangla_clean.cli as cli

    folder = tmp_path / "in"
    folder.mkdir()
    for n, data in enumerate(SAMPLE_BYTES * 4):
        (folder / f"{n:02d}.txt").write_bytes(data)
    full, out = tmp_path / "full.jsonl", tmp_path / "out.jsonl"
    assert CliRunner().invoke(main, ["clean", str(folder), "-o", str(full)]).exit_code == 0

    real = cli.run_batch
    interrupted = interrupting(real, after=7)

    monkeypatch.setattr(cli, "run_batch", interrupted)
    r = CliRunner().invoke(main, ["clean", str(folder), "-o", str(out)])
    assert r.exit_code == 130 and "interrupted" in r.stderr
    assert not out.exists()
    assert len((tmp_path / "out.jsonl.part").read_text(encoding="utf-8").splitlines()) == 7

    monkeypatch.setattr(cli, "run_batch", real)
    r = CliRunner().invoke(main, ["clean", str(folder), "-o", str(out), "--resume"])
    assert r.exit_code == 0
    assert out.read_bytes() == full.read_bytes()
    assert not (tmp_path / "out.jsonl.part").exists()


def test_resume_needs_an_output_file():
    assert CliRunner().invoke(main, ["clean", str(S0), "--resume"]).exit_code == 2


# --- property tests -------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes(data):
    check_invariants(data)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("অআকখগঘঙচছজঝটঠডঢণতথদধনপফবভমযরলশষসহড়ঢ়য়ৎংঃঁািীুূৃেৈোৌ্।০১২৩৪৫৬৭৮৯ \n:|,-‘’“”…."
                                             "\u200c\u200d\u00a0\u200bXAPM")), max_size=2000))
def test_any_bangla_like_text(text):
    check_invariants(text.encode("utf-8"))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mutated_samples(data):
    raw = bytearray(data.draw(st.sampled_from(SAMPLE_BYTES)))
    for _ in range(data.draw(st.integers(1, 20))):
        op = data.draw(st.sampled_from(["flip", "cut", "dup", "insert"]))
        i = data.draw(st.integers(0, max(len(raw) - 1, 0)))
        if op == "flip" and raw:
            raw[i] ^= 1 << data.draw(st.integers(0, 7))
        elif op == "cut":
            del raw[i:i + data.draw(st.integers(1, 200))]
        elif op == "dup":
            raw[i:i] = raw[i:i + data.draw(st.integers(1, 400))]
        else:
            raw[i:i] = data.draw(st.binary(max_size=20))
    check_invariants(bytes(raw))


def test_fuzz_ten_thousand_inputs():
    """A plain seeded fuzz run: 10,000 inputs built from sample lines, random bytes and mutations."""
    rng = random.Random(20261123)
    lines = [ln for b in SAMPLE_BYTES for ln in b.split(b"\n")]
    crashes = 0
    for n in range(10_000):
        kind = n % 4
        if kind == 0:
            data = b"\n".join(rng.choices(lines, k=rng.randint(0, 40)))
        elif kind == 1:
            data = rng.randbytes(rng.randint(0, 400))
        elif kind == 2:
            data = bytearray(rng.choice(SAMPLE_BYTES))
            for _ in range(rng.randint(1, 10)):
                i = rng.randrange(len(data))
                data[i:i + rng.randint(0, 50)] = rng.randbytes(rng.randint(0, 10))
            data = bytes(data)
        else:
            data = "\n".join(rng.choice(["", " ", "X", "১০", "আরও পড়ুন", "মন্তব্য করুন", "১৭ আগস্ট ২০২৪, ১২:০৬ এএম"]
                                         + [ln.decode("utf-8", "replace") for ln in rng.choices(lines, k=3)])
                             for _ in range(rng.randint(0, 30))).encode("utf-8")
        try:
            check_invariants(data)
        except Exception:  # noqa: BLE001 - counted and reported below
            crashes += 1
    assert crashes == 0


@pytest.mark.parametrize("make", [lambda n: " " * (2000 * n) + "।", lambda n: "a" * (2000 * n) + ".com",
                                  lambda n: "১" * (2000 * n) + " আগস্ট", lambda n: "\u200d" * (2000 * n) + "x"],
                         ids=["spaces", "domain", "digits", "joiners"])
def test_one_long_run_is_linear(make):
    def cost(n):
        t = time.perf_counter()
        clean_text(make(n))
        return time.perf_counter() - t

    small, large = min(cost(1) for _ in range(3)), min(cost(8) for _ in range(3))
    assert large < 20 * small + 0.05


def test_nfc_shortcut_never_skips_text_that_nfc_would_change():
    import unicodedata

    from bangla_clean.normalize import NFC_UNSAFE, nfc

    safe = [chr(c) for c in [*range(0x300), 0x964, 0x965, *range(0x980, 0xA00), 0x200C, 0x200D,
                             *range(0x2010, 0x2070)] if not NFC_UNSAFE.search(chr(c))]
    for a in safe:
        for b in safe:
            s = a + b
            assert nfc(s) == unicodedata.normalize("NFC", s), repr(s)
    bangla = [c for c in safe if "\u0980" <= c <= "\u09ff"]
    for a in bangla:
        for b in bangla:
            for c in bangla:
                s = a + b + c
                assert nfc(s) == unicodedata.normalize("NFC", s), repr(s)
    assert nfc("\u09df") == "\u09af\u09bc"  # ড় ঢ় য় are decomposed
    assert nfc("\u09c7\u09be") == "\u09cb"


def test_plain_text_shortcut_equals_every_fix_then_nfc():
    import unicodedata

    from bangla_clean.normalize import FIXES, normalize

    pool = ("কখগয়ড়ঢ়\u09df\u09dc\u09c7\u09be\u09d7\u09bc\u09cd\u09f7\u09fe।॥ \t\n.a1০‘’—\u00a0\u00ad\u200b\u200c\u200d"
            "\u2028\u202f\u2060\ufeff\r\x07\x85é\u0301")
    rnd = random.Random(3)
    for _ in range(20_000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(1, 12)))
        expected = text[1:] if text.startswith("\ufeff") else text
        for fix in FIXES:
            expected = fix(expected)
        assert normalize(text) == unicodedata.normalize("NFC", expected), repr(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=list("কখাি।১২০২৪   ab\"'‘’“”\t\u00a0\u200c\u2003\u3000\u2028\x1f\x85"), max_size=40))
def test_word_count_and_key_shortcuts_agree_with_split(text):
    from bangla_clean.lines import _features, line_key

    text = text.strip()
    line = _features(text, DHAKA)
    assert line.words == len(text.split())
    assert line.key == line_key(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["১৭", "আগস্ট", "২০২৪", "১২:০৬", "এএম", "|", "আপডেট:", "২", "মাঘ", "১৪৩১", "১৬",
                                 "মিনিট", "আগে", "শনিবার", "2024-08-17", "17/08/2024", "১২৩", "abc"]), max_size=8))
def test_dates_asked_late_are_the_dates(words):
    from bangla_clean import dates
    from bangla_clean.lines import _features

    text = " ".join(words)
    line = _features(text, dates.DHAKA)
    assert line.dates == tuple(dates.find_dates(text, dates.DHAKA))
    assert line.bengali_dates == tuple(dates.find_bengali_dates(text))
    assert line.relative_time == dates.has_relative_time(text)
    assert line.weekday == (bool(line.dates or line.bengali_dates) and dates.has_weekday(text))


def _layout_variants(text: str):
    lines = text.split("\n")
    yield "no blank lines", "\n".join(x for x in lines if x.strip())
    yield "every line apart", "\n\n".join(lines)
    yield "trailing spaces", "\n".join(x + "  " for x in lines)
    yield "CRLF", text.replace("\n", "\r\n")
    yield "no-break space indent", "\n".join("\u00a0" + x if x.strip() else x for x in lines)


def test_blank_lines_spaces_and_line_ends_change_nothing():
    from tests.conftest import ROOT, SHARED

    folders = [SAMPLES, ROOT / "tests" / "pages", SHARED / "eval" / "dev"]
    pages = [p for folder in folders for p in folder.glob("*.txt")]
    assert len(pages) > 40
    for p in pages:
        text = p.read_text(encoding="utf-8")
        base = clean_text(text)
        for name, variant in _layout_variants(text):
            doc = clean_text(variant)
            assert doc.body == base.body, (p.name, name)
            assert (doc.meta.title, doc.meta.published) == (base.meta.title, base.meta.published), (p.name, name)


_NAV = "\n".join(["প্রচ্ছদ", "সর্বশেষ", "জাতীয়", "রাজনীতি", "অর্থনীতি", "আন্তর্জাতিক", "খেলা", "বিনোদন", "মতামত", "ই-পেপার", ""])
_MORE = "\n".join(["", "সর্বাধিক পঠিত", "রাজধানীতে বাসে আগুন, আহত ৫", "শীতের শুরুতে বাড়ছে ডেঙ্গু", "টেস্ট দলে ফিরলেন ওপেনার",
                   "মেট্রোরেলের নতুন স্টেশন চালু", ""])
_FOOT = "\n".join(["", "সম্পাদক: মো. আব্দুল্লাহ", "ঠিকানা: ৩০ কারওয়ান বাজার, ঢাকা", "ফোন: ০২-৯১১২২৩৩",
                   "© ২০২৬ সর্বস্বত্ব সংরক্ষিত", "গোপনীয়তা নীতি | যোগাযোগ"])


def test_another_sites_menu_more_news_and_footer_around_a_page_change_nothing():
    from tests.conftest import ROOT, SHARED

    folders = [SAMPLES, ROOT / "tests" / "pages", SHARED / "eval" / "dev"]
    for p in [p for folder in folders for p in folder.glob("*.txt")]:
        text = p.read_text(encoding="utf-8")
        base = clean_text(text)
        for name, variant in (("menu", _NAV + text), ("more news and footer", text + _MORE + _FOOT)):
            doc = clean_text(variant)
            assert doc.body == base.body, (p.name, name)
            assert (doc.meta.title, doc.meta.published) == (base.meta.title, base.meta.published), (p.name, name)


def _paragraph_gaps(doc) -> list[int]:
    """Lines after which a story goes on with another paragraph (only blank lines between)."""
    labs = doc.labelled
    body = [i for i, x in enumerate(labs) if x.label == "body"]
    return [a for a, b in zip(body, body[1:], strict=False) if labs[a].reason == labs[b].reason == "prose"
            and all(not labs[k].line.text for k in range(a + 1, b))]


def _articles_with_their_chrome():
    """(name, lines, first header line, last line of the story and its trailer, document, dated above,
    whether its chrome may hold another page's story) of each gold article."""
    from tests.conftest import ROOT, SHARED

    out = []
    for folder in (SAMPLES, ROOT / "tests" / "pages", SHARED / "eval" / "dev"):
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if not gold.get("body") or not gold.get("title"):
                continue
            doc = clean_text((folder / gold["file"]).read_text(encoding="utf-8"))
            labs = doc.labelled
            title = next(i for i, x in enumerate(labs) if x.reason == "headline_above_body")
            header = [i for i in range(max(0, title - 6), title) if labs[i].label in ("byline", "dateline", "title")]
            last = max(i for i, x in enumerate(labs) if x.label == "body")
            trailer = ("byline", "dateline", "empty")  # its own trailer: the writer's name, the date under the story
            while last + 1 < len(labs) and labs[last + 1].label in trailer:
                last += 1
            first_body = next(i for i, x in enumerate(labs) if x.label == "body")
            dated_above = any(x.reason == "article_date" for x in labs[:first_body])
            donor = not gold.get("chrome_holds_a_story")  # (an infinitely scrolled page: its next story competes)
            out.append((gold["file"], [x.line.text for x in labs], min(header, default=title), last, doc, dated_above,
                        donor))
    return out


def test_every_article_keeps_its_text_inside_every_other_sites_chrome():
    """Put each gold article (header, story, trailer) into each other page's menus, lists and footer."""
    articles = _articles_with_their_chrome()
    assert len(articles) > 30
    for name_a, lines_a, first_a, last_a, doc_a, dated_above, _ in articles:
        story = lines_a[first_a:last_a + 1]
        # (times with no zone are read in the zone of the chrome around them: Dhaka's or Kolkata's)
        published = {tz: clean_text("\n".join(lines_a), tz=tz).meta.published for tz in (DHAKA, KOLKATA)}
        for name_b, lines_b, first_b, last_b, _, _, donor in articles:
            if name_a == name_b or not donor:
                continue
            doc = clean_text("\n".join(lines_b[:first_b] + story + lines_b[last_b + 1:]))
            assert doc.body == doc_a.body, (name_a, name_b)
            assert doc.meta.title == doc_a.meta.title, (name_a, name_b)
            if dated_above:  # a story dated below or by its lead may take a teaser's date just above it
                assert doc.meta.published == published[doc.labelled[0].line.tz], (name_a, name_b)


_WIDGETS = [
    ["বিজ্ঞাপন"], ["Advertisement", "স্ক্রল করে এগিয়ে যান"],
    ["আরও পড়ুন", "গাজায় যুদ্ধবিরতি চুক্তিতে সম্মত হামাস-ইসরাইল", "বিপিএলের নিলাম শুরু আজ"],
    ["আরও পড়ুন: গাজায় যুদ্ধবিরতি চুক্তিতে সম্মত হামাস-ইসরাইল"],
    ["বৈঠকে দুই দেশের নেতারা", "ছবি: সংগৃহীত"], ["ছবি: রয়টার্স"],
    ["শেয়ার করুন", "Facebook", "X"], ["খবরটি শুনুন"],
    ["— António Guterres (@antonioguterres) November 23, 2026"], ["ভিডিওতে দেখুন বিস্তারিত"],
    ["১২৩ বার পড়া হয়েছে"], ["Loading..."], ["বিজ্ঞাপন", "সর্বশেষ খবর পেতে আমাদের ফেসবুক পেজে লাইক দিন।"],
    ["Embed from Getty Images"], ["Google News-এ ফলো করুন"], ["অ+", "অ-"],
]


@pytest.mark.parametrize("where", ["middle", "every gap"])
def test_widgets_between_paragraphs_of_every_article_change_nothing(where):
    """Ads, captions, related links, share and listen buttons, embeds, between two paragraphs of each
    gold article (16 widgets; in the middle gap, or in every gap): body and title stay. All but 5
    and 2 pass today (a bare credit right under a story's short first paragraph makes that
    paragraph the lead photo's caption: anandabazar_like, heavychrome_like, health_like; a bare
    credit lower down makes the caption over eisamay_like's first credit, and tvnews_like's lead
    caption, the story's first paragraph); 122 of 688 and 45 of 512 failed when this probe was
    written (and serial_like, one-paragraph parts under three-word subheads, read as a section
    front with a caption between its first two paragraphs until a lead under its own signed header
    stopped making a list of teasers)."""
    bad = n = 0
    for _, lines, _, _, doc, _, _ in _articles_with_their_chrome():
        gaps = _paragraph_gaps(doc)
        if not gaps or (where == "every gap" and len(gaps) < 2):
            continue
        chosen = [gaps[len(gaps) // 2]] if where == "middle" else gaps
        for widget in _WIDGETS:
            n += 1
            page = list(lines)
            for g in sorted(chosen, reverse=True):
                page = page[:g + 1] + widget + page[g + 1:]
            got = clean_text("\n".join(page))
            bad += got.body != doc.body or got.meta.title != doc.meta.title
    assert n > 500 and bad <= 0.006 * n, (bad, n)


_HEADER_WIDGETS = [
    ["শেয়ার করুন", "Facebook", "X", "WhatsApp"], ["অ+", "অ-"], ["পড়তে সময় লাগবে ৩ মিনিট"],
    ["Google News-এ ফলো করুন"], ["খবরটি শুনুন", "০০:০০ / ০২:৩৫"], ["বিজ্ঞাপন"], ["প্রিন্ট"], ["মন্তব্য (৩)"],
    ["ফাইল ছবি"], ["সংগৃহীত ছবি"], ["৫২৩ বার পড়া হয়েছে"], ["Advertisement"], ["শেয়ার", "১২"], ["ফলো করুন"],
    ["ছবি: সংগৃহীত"],
]


def test_toolbars_in_every_articles_header_change_nothing():
    """Share bars, text size, reading time, an audio player, comment and share counts, ads and photo
    credits under the headline or right above the story of each gold article: body,
    title and date stay. All pass today; 385 of 1,920 failed before the walk stepped over counts."""
    bad = n = 0
    for _, lines, _, _, doc, _, _ in _articles_with_their_chrome():
        labs = doc.labelled
        title = next(i for i, x in enumerate(labs) if x.reason == "headline_above_body")
        story = next(i for i, x in enumerate(labs) if x.label == "body")
        if title > story:
            continue
        for at in (title, story - 1):
            for widget in _HEADER_WIDGETS:
                n += 1
                got = clean_text("\n".join(lines[:at + 1] + widget + lines[at + 1:]))
                bad += (got.body, got.meta.title, got.meta.published) != (doc.body, doc.meta.title, doc.meta.published)
    assert n > 1500 and bad <= 0.005 * n, (bad, n)


_TRAILER_WIDGETS = [
    ["ট্যাগ: রাজনীতি, নির্বাচন"], ["শেয়ার করুন", "Facebook", "X"], ["মন্তব্য করুন"], ["বিজ্ঞাপন"],
    ["সর্বশেষ খবর পেতে আমাদের ফেসবুক পেজে লাইক দিন।"], ["Google News-এ ফলো করুন"], ["০ মন্তব্য"], ["প্রিন্ট"],
]
_AFTER_WIDGETS = _TRAILER_WIDGETS + [
    ["বিষয়:", "রাজনীতি", "নির্বাচন"], ["এই বিভাগের আরও খবর", "শীতে বাড়ছে রোগী", "শীতে বাড়ছে রোগী"],
    ["আরও পড়ুন", "বিপিএলের নিলাম শুরু আজ", "টেস্ট দলে ফিরলেন সাকিব"], ["[মতামত লেখকের নিজস্ব]"],
    ["সম্পাদক: মতিউর রহমান", "© ২০২৬ সর্বস্বত্ব সংরক্ষিত"], ["পাঠকের মন্তব্য", "রহিম উদ্দিন", "খুব ভালো লেখা। এমন আরও চাই।"],
    ["সর্বাধিক পঠিত", "১", "শীতে বাড়ছে রোগী", "২", "বিপিএলের নিলাম শুরু আজ"], ["ভিডিও", "শীতে বাড়ছে রোগী", "০২:৩৫"],
    ["আমাদের অ্যাপ ডাউনলোড করুন। গুগল প্লে স্টোর ও অ্যাপ স্টোরে পাওয়া যাচ্ছে।"],
]


@pytest.mark.parametrize("where", ["after the trailer", "before the trailer"])
def test_what_follows_every_story_changes_nothing(where):
    """Tags, share bars, comment widgets, ads, asks to follow (and, after the story's own trailer,
    lists, comments, footers too) under each gold article: body, title and date stay. All pass
    today; a story dated under it lost its date when a share bar or tags stood between."""
    bad = n = 0
    for _, lines, _, last, doc, _, _ in _articles_with_their_chrome():
        at = last if where == "after the trailer" else max(i for i, x in enumerate(doc.labelled) if x.label == "body")
        for widget in _AFTER_WIDGETS if where == "after the trailer" else _TRAILER_WIDGETS:
            n += 1
            got = clean_text("\n".join(lines[:at + 1] + widget + lines[at + 1:]))
            bad += (got.body, got.meta.title, got.meta.published) != (doc.body, doc.meta.title, doc.meta.published)
    assert n > 500 and bad <= 0.005 * n, (bad, n)


def test_an_article_without_its_title_byline_or_date_keeps_its_body():
    """Dumps lose header lines. Each gold article without its title, its byline or its date lines:
    the body stays, but for 4 today (a summary under the headline, with the date gone, reads as the
    story's first paragraph; on dw_like a bare short link, "https://p.dw.com/...", stood between
    until a bare address between two paragraphs stopped ending a story)."""
    bad = n = 0
    for _, lines, _, _, doc, _, _ in _articles_with_their_chrome():
        for label, reason in (("title", "headline_above_body"), ("byline", None), ("dateline", "article_date")):
            drop = {i for i, x in enumerate(doc.labelled) if x.label == label and reason in (None, x.reason)}
            if drop:
                n += 1
                bad += clean_text("\n".join(x for i, x in enumerate(lines) if i not in drop)).body != doc.body
    assert n > 150 and bad <= 4, (bad, n)


def test_section_fronts_made_of_the_gold_headlines_are_no_articles():
    """A section front from the gold articles' headlines and first paragraphs (up to 60 words, as
    summaries), in five layouts (date over or under the headline, or none, a "বিস্তারিত" link), with
    four kinds of date, 3 or 5 stories: never an article (30 of 260 pages were when this was
    written)."""
    teasers = [(doc.meta.title, doc.body[0]) for *_, doc, _, _ in _articles_with_their_chrome()
               if doc.meta.title and doc.body and 8 <= len(doc.body[0].split()) <= 60]
    layouts = [lambda h, s, d: [h, s, *d], lambda h, s, d: [*d, h, s], lambda h, s, d: [h, *d, s],
               lambda h, s, d: [h, s], lambda h, s, d: [h, s, "বিস্তারিত"]]
    dates = [["২৩ নভেম্বর ২০২৬, ১০:৩০"], ["২ ঘণ্টা আগে"], ["প্রকাশ: ২৩ নভেম্বর ২০২৬, ০৯:১৫ এএম"], []]
    articles = n = 0
    for layout in layouts:
        for date in dates:
            for count in (3, 5):
                for start in range(0, len(teasers) - count, 7):
                    page = ["প্রচ্ছদ", "জাতীয়", "রাজনীতি", "খেলা", "জাতীয়"]
                    for headline, summary in teasers[start:start + count]:
                        page += layout(headline, summary, date)
                    page += ["১", "২", "৩", "পরবর্তী", "© ২০২৬ সর্বস্বত্ব সংরক্ষিত"]
                    n += 1
                    articles += bool(clean_text("\n".join(page)).body)
    assert n > 200 and articles == 0, (articles, n)


def _fronts_in_chrome(layouts) -> tuple[int, int]:
    """Section fronts of 3 or 5 teasers (gold headlines and first paragraphs) in each layout, inside
    the chrome of every sixth gold page: (pages that give an article, pages)."""
    arts = _articles_with_their_chrome()
    teasers = [(doc.meta.title, doc.body[0]) for *_, doc, _, _ in arts
               if doc.meta.title and doc.body and 8 <= len(doc.body[0].split()) <= 60]
    chromes = [(lines[:first], lines[last + 1:]) for _, lines, first, last, _, _, donor in arts if donor][::6]
    articles = n = 0
    for layout in layouts:
        for count in (3, 5):
            for c, (top, bottom) in enumerate(chromes):
                start = (c * 5) % (len(teasers) - count)
                page = list(top)
                for k, (headline, summary) in enumerate(teasers[start:start + count]):
                    page += layout(headline, summary, k)
                n += 1
                articles += bool(clean_text("\n".join(page + bottom)).body)
    return articles, n


def test_section_fronts_in_other_layouts_inside_other_pages_chrome():
    """Seven more teaser layouts (section name over each, byline and date, rank numbers, a photo
    credit, share and comment counts under each, age and section on one line, a "বিস্তারিত পড়ুন" link
    before the date), 3 or 5 teasers, inside the chrome of every sixth gold page: 6 of 266 still
    give an article (a photo credit between every headline and summary, next to a chrome's date or
    byline); 60 of 154 did when this was written, 36 of 168 before the frame below a teaser counted
    as well as the one above, 24 before a headline over a bare credit counted as a teaser's."""
    date = "২৩ নভেম্বর ২০২৬, ১০:৩০"
    layouts = [lambda h, s, k: ["জাতীয়", h, s, date], lambda h, s, k: [h, "নিজস্ব প্রতিবেদক", date, s],
               lambda h, s, k: [str(k + 1), h, s], lambda h, s, k: [h, "ছবি: সংগৃহীত", s],
               lambda h, s, k: [h, s, "শেয়ার", "মন্তব্য (২)"], lambda h, s, k: [h, "২ ঘণ্টা আগে | জাতীয়", s],
               lambda h, s, k: [h, s, "বিস্তারিত পড়ুন", "প্রকাশ: " + date]]
    articles, n = _fronts_in_chrome(layouts)
    assert n > 150 and articles <= 0.05 * n, (articles, n)


def test_a_story_printed_twice_gives_its_body_once():
    """A print view or a second copy of the story under it (after a "প্রিন্ট" button, a more-news
    heading, or nothing): body and title as once. All but 3 today (an interview's repeated first
    question stays); 36 failed when this was written (short lines of the copy were kept)."""
    bad = n = 0
    for _, lines, _, last, doc, _, _ in _articles_with_their_chrome():
        for between in (["প্রিন্ট"], ["এই বিভাগের আরও খবর"], []):
            n += 1
            got = clean_text("\n".join(lines[:last + 1] + between + doc.body + lines[last + 1:]))
            bad += got.body != doc.body or got.meta.title != doc.meta.title
    assert n > 150 and bad <= 3, (bad, n)


def test_heavier_boxes_between_paragraphs():
    """Related-links boxes with dates, a three-headline "সম্পর্কিত খবর" box, an ad stack and a video
    embed ("ভিডিও", its running time, its title) in the middle gap of each gold article: body and
    title stay on all but a few pages (6 of 420: a box between a fact box and the last paragraph; a
    story whose own header reads as a teaser's). 172 of 215 pages lost part of the story when this
    was written; 156 of 270 while one paragraph after a box was taken for a teaser's summary, 14 of
    350 while the paragraph under a dated link ("২ ঘণ্টা আগে") could read as a teaser's."""
    widgets = [["আরও পড়ুন", "গাজায় যুদ্ধবিরতি চুক্তিতে সম্মত হামাস-ইসরাইল", "২ ঘণ্টা আগে"],
               ["আরও পড়ুন", "গাজায় যুদ্ধবিরতি চুক্তিতে সম্মত হামাস-ইসরাইল", "২৩ নভেম্বর ২০২৬, ১০:৩০"],
               ["সম্পর্কিত খবর", "গাজায় যুদ্ধবিরতি চুক্তিতে সম্মত হামাস-ইসরাইল", "বিপিএলের নিলাম শুরু আজ",
                "টেস্ট দলে ফিরলেন সাকিব"],
               ["বিজ্ঞাপন", "Advertisement", "স্ক্রল করে এগিয়ে যান", "বিজ্ঞাপন"],
               ["ভিডিও", "০৩:২৫", "মেট্রোরেলে চড়ে যা বললেন যাত্রীরা"]]
    bad = n = 0
    for doc, got, _ in _in_the_middle_gap(widgets):
        n += 1
        bad += got.body != doc.body or got.meta.title != doc.meta.title
    assert n > 200 and bad <= 0.05 * n, (bad, n)


def _in_the_middle_gap(inserts):
    """(gold document, the page cleaned with the insert between its middle two paragraphs, insert)
    for each gold article with two paragraphs or more and each insert (a list of lines)."""
    for _, lines, _, _, doc, _, _ in _articles_with_their_chrome():
        gaps = _paragraph_gaps(doc)
        if gaps:
            m = gaps[len(gaps) // 2]
            for insert in inserts:
                yield doc, clean_text("\n".join(lines[:m + 1] + insert + lines[m + 1:])), insert


def test_a_list_of_headlines_with_summaries_after_every_story_stays_out():
    """Under a more-news heading, two or three teasers (other gold pages' titles and first
    paragraphs, with or without a date under each headline) right after each gold story or after
    its trailer: body and title stay. 4% fail (a one-paragraph story whose own header has the
    teasers' shape); 49% did before a box's list of summaries ended the story. Without a heading,
    or with only an ad between, about half still fail: a story's last parts under subheads look
    the same (README, known limits); after a share bar, 6% do."""
    articles = _articles_with_their_chrome()
    pool = [(doc.meta.title, doc.body[0]) for _, _, _, _, doc, _, _ in articles
            if len(doc.body[0].split()) < 60 and doc.body[0].endswith("।")]  # (a summary is sentences)
    bad = n = 0
    for a, (_, lines, _, last, doc, _, _) in enumerate(articles):
        end = max(i for i, x in enumerate(doc.labelled) if x.label == "body")
        others = [p for p in pool if p[0] != doc.meta.title]
        for h, heading in enumerate(("এই বিভাগের আরও খবর", "আরও পড়ুন", "সম্পর্কিত খবর", "সর্বশেষ")):
            for at in (end, last):
                for k, dated in ((2, False), (3, True)):
                    teasers = [others[(7 * a + 5 * h + j) % len(others)] for j in range(k)]
                    block = [x for t, s in teasers for x in ([t, "২৩ নভেম্বর ২০২৬, ১০:৩০", s] if dated else [t, s])]
                    got = clean_text("\n".join(lines[:at + 1] + [heading] + block + lines[at + 1:]))
                    n += 1
                    bad += got.body != doc.body or got.meta.title != doc.meta.title
    assert n > 1000 and bad <= 0.06 * n, (bad, n)


def test_no_section_front_becomes_an_article_inside_any_sites_chrome():
    from tests.conftest import ROOT, SHARED

    fronts = []
    for folder in (SAMPLES, ROOT / "tests" / "pages", SHARED / "eval" / "dev"):
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if not gold.get("body"):
                fronts.append((gold["file"], (folder / gold["file"]).read_text(encoding="utf-8")))
    articles = _articles_with_their_chrome()
    assert len(fronts) >= 4 and len(articles) > 30
    for name_f, text in fronts:
        for name_b, lines_b, first_b, last_b, _, _, donor in articles:
            if not donor:
                continue
            doc = clean_text("\n".join(lines_b[:first_b] + text.split("\n") + lines_b[last_b + 1:]))
            assert doc.body == [], (name_f, name_b)


def test_header_layouts_grid():
    """Kicker, headline, summary, byline, date and photo in five orders, with variants of each
    (4,320 pages): the story is always found whole when no summary stands by it, and the title and
    date are right on at least 94% of the dated layouts (2,814 of 2,880 today; a bare name with no date
    anchoring it, or a kicker over a caption, can still be taken for the headline)."""
    import itertools

    from tests.test_classify import P1, P2, P3

    titles = ["পুতিনকে নববর্ষের চিঠি পাঠালেন কিম জং উন", "কিমের চিঠি", "‘সম্পর্ক আরও গভীর হবে’: পুতিনকে কিম",
              "পুতিনকে চিঠি পাঠালেন কিম, কী আছে তাতে?"]
    kickers = [None, "কূটনীতি", "রাশিয়া-উত্তর কোরিয়া"]
    summaries = [None, "দুই দেশের সম্পর্ক আরও ঘনিষ্ঠ করার অঙ্গীকার করেছেন দুই নেতা। চিঠিতে সহযোগিতার কথা বলা হয়েছে।"]
    bylines = [None, "আন্তর্জাতিক ডেস্ক", "রহিম উদ্দিন, ঢাকা", "মো. রহিম উদ্দিন"]
    dates = [None, "প্রকাশ: ১৭ আগস্ট ২০২৪, ১২:০৬ এএম", "১৭ আগস্ট ২০২৪, ১২:০৬ এএম | আপডেট: ১৭ আগস্ট ২০২৪, ১০:০০ এএম"]
    photos = [None, ("বৈঠকে কিম ও পুতিন", "ছবি: রয়টার্স"), ("ফাইল ছবি",)]
    orders = ["kTsbdc", "kTbdsc", "kTdbsc", "dkTsbc", "kTscbd"]
    story = [nfc(p) for p in (P1, P2, P3)]
    dated = right = 0
    for t, k, s, b, d, c, order in itertools.product(titles, kickers, summaries, bylines, dates, photos, orders):
        parts = {"k": [k] if k else [], "T": [t], "s": [s] if s else [], "b": [b] if b else [], "d": [d] if d else [],
                 "c": list(c or ())}
        lines = ["প্রচ্ছদ", "বিশ্ব", *[x for ch in order for x in parts[ch]], P1, P2, P3, "আরও পড়ুন", "বাজারে সবজির দাম চড়া"]
        doc = clean_text("\n".join(lines))
        if not s:
            assert doc.body == story, lines
        if d:
            dated += 1
            right += doc.meta.title == nfc(t) and doc.meta.published == "2024-08-17T00:06:00+06:00"
    assert right >= 0.94 * dated, (right, dated)


@pytest.mark.parametrize("width", [60, 72, 100])
def test_pages_hard_wrapped_at_a_fixed_width_keep_their_text(width):
    """lynx and html2text wrap every paragraph at a fixed width. Each gold page wrapped so: the
    story's words are still found (recall 0.94-0.98 today, floor 0.94; precision 0.93-0.95, floor
    0.92: wrapped section fronts can give a false story) and most titles (80%, 93% and 83% at 60,
    72 and 100 columns today; floor 0.78)."""
    import textwrap
    from collections import Counter

    from tests.conftest import ROOT, SHARED

    got = want = hit = titles = titled = 0
    for folder in (SAMPLES, ROOT / "tests" / "pages", SHARED / "eval" / "dev"):
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = (folder / gold["file"]).read_text(encoding="utf-8")
            wrapped = "\n".join("\n".join(textwrap.wrap(x, width)) if x.strip() else "" for x in text.split("\n"))
            doc = clean_text(wrapped)
            truth = Counter(nfc(" ".join(gold.get("body", []))).split())
            found = Counter(doc.text.split())
            got, want, hit = got + sum(found.values()), want + sum(truth.values()), hit + sum((truth & found).values())
            if gold.get("title"):
                titled += 1
                titles += doc.meta.title == nfc(gold["title"])
    assert hit >= 0.94 * want and hit >= 0.92 * got, (hit, want, got)
    assert titles >= 0.78 * titled and titled >= 44, (titles, titled)


_WRITERS = ["মাহফুজ আনাম", "সোহরাব হাসান", "ড. বদিউল আলম মজুমদার", "আনু মুহাম্মদ", "সালেহ উদ্দিন আহমদ"]


def test_opinion_fronts_with_writers_names_give_no_article():
    """Opinion and column fronts: each teaser with its writer's bare name above, between or below its
    headline and summary (and seven more layouts: a date, a section word, a rank, a "বিস্তারিত" link,
    no frame, summary first, a section word over headline and name), 3 or 5 teasers, inside the
    chrome of every sixth gold page: must give no article. 3 of 418 do today (summary first, then
    headline: the chrome's own date over the first summary reads as a story's, and each headline
    under a summary as its subhead; the chrome sample moves as pages are added, and 4 of 396 did
    with 112 hand-made pages); three teasers under a writer each, the first frame taken for the
    chrome's list above and the third writer read as a byline by its "ড.", gave an article until a
    titled name counted as a frame's name;
    61 of the first 240 did when this was written, and 12 of the last 24 before a name
    marked by a cue ('ড. ...') and a bare name counted as one frame."""
    date = "২৩ নভেম্বর ২০২৬, ১০:৩০"
    layouts = [lambda h, s, k: [_WRITERS[k % 5], h, s], lambda h, s, k: [h, s, _WRITERS[k % 5]],
               lambda h, s, k: [h, _WRITERS[k % 5], s], lambda h, s, k: [h, _WRITERS[k % 5], s, date],
               lambda h, s, k: ["মতামত", h, s], lambda h, s, k: [f"০{k + 1}", h, s],
               lambda h, s, k: [h, s, "বিস্তারিত"], lambda h, s, k: [h, date, s, _WRITERS[k % 5]],
               lambda h, s, k: [h, s], lambda h, s, k: [s, h], lambda h, s, k: ["মতামত", h, _WRITERS[k % 5], s]]
    articles, n = _fronts_in_chrome(layouts)
    assert n > 200 and articles <= 0.01 * n, (articles, n)


def test_every_article_as_the_evals_composites_are_made():
    """The dev set's composite pages put a scraped article (its paragraphs run into one line) under
    its title and a date line printed as one of the samples' outlets print it, maybe with the
    writer run into it ("নিজস্ব প্রতিবেদক৩০ ডিসেম্বর ২০২৫, ...") in the chrome of another outlet's
    section front. Every gold article so, in three such chromes, four date forms and three bylines,
    whole and cut to a 12-word brief: body, title and date must be right (all are today; the
    briefs failed in two of the chromes before a date line naming its writer counted as a header).
    A brief under a headline and a bare date alone is a section front's teaser, by design."""
    from tests.conftest import SHARED

    stories = [(doc.meta.title, " ".join(doc.body)) for *_, doc, _, _ in _articles_with_their_chrome()
               if doc.meta.title and doc.body]
    forms = {"৩০ ডিসেম্বর ২০২৫, ১০:২২ এএম": "2025-12-30T10:22:00+06:00",
             "প্রকাশ : ৩০ ডিসেম্বর ২০২৫, ১০:২২ এএম": "2025-12-30T10:22:00+06:00",
             "২০২৫ ডিসেম্বর ৩০ ১০:২২:১৬": "2025-12-30T10:22:16+06:00",
             "৩০ ডিসেম্বর ২০২৫ | ১০:২২": "2025-12-30T10:22:00+06:00"}
    bad = n = 0
    for name in ("bdpratidin_c03", "samakal_c02", "amadershomoy_c01"):
        gold = json.loads((SHARED / "eval" / "dev" / f"{name}.gold.json").read_text(encoding="utf-8"))
        lines = (SHARED / "eval" / "dev" / f"{name}.txt").read_text(encoding="utf-8").split("\n")
        t = next(k for k, x in enumerate(lines) if nfc(x.strip()) == nfc(gold["title"]))
        b = next(k for k, x in enumerate(lines) if nfc(x.strip()) == nfc(gold["body"][0]))
        for title, story in stories:
            for text in (story, " ".join(story.split()[:12]).rstrip("।") + "।"):
                for form, when in forms.items():
                    for writer in ("", "নিজস্ব প্রতিবেদক", "অনলাইন ডেস্ক | "):
                        if text != story and not writer and form[0] in "০১২৩৪৫৬৭৮৯":
                            continue
                        page = lines[:t] + [title, writer + form] + lines[t + 2:b] + [text] + lines[b + 1:]
                        doc = clean_text("\n".join(page))
                        n += 1
                        bad += (doc.body, doc.meta.title, doc.meta.published) != ([nfc(text)], nfc(title), when)
    assert n > 2000 and bad == 0, (bad, n)


def test_a_column_sidebar_with_excerpts_before_or_after_every_article_changes_nothing():
    """A sidebar of three columns (writer, headline, one-sentence excerpt, in either order) between
    the page's chrome and each gold article's header, or right after its trailer: body, title and
    date stay (all do today; 31 of 312 pages failed on the build before teaser frames were read)."""
    from tests.test_classify import OPINION_TEASERS as OT

    third = ["সালেহ উদ্দিন আহমদ", "শিক্ষায় বিনিয়োগ কেন বাড়াতে হবে",
             "প্রতিবছর বাজেটে শিক্ষা খাতের বরাদ্দ মোট দেশজ উৎপাদনের দুই শতাংশের আশপাশে ঘুরপাক খাচ্ছে।"]
    sidebars = [["মতামত", *OT, *third],
                ["মতামত", OT[1], OT[0], OT[2], OT[4], OT[3], OT[5], third[1], third[0], third[2]]]
    bad = n = 0
    for before in (True, False):
        for sidebar in sidebars:
            for _, lines, first, last, doc, _, _ in _articles_with_their_chrome():
                at = first if before else last + 1
                got = clean_text("\n".join(lines[:at] + sidebar + lines[at:]))
                n += 1
                bad += (got.body, got.meta.title, got.meta.published) != (doc.body, doc.meta.title, doc.meta.published)
    assert n > 250 and bad == 0, (bad, n)


_SITE_PARAGRAPHS = [
    ["আমরা আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করি। এই সাইট ব্যবহার চালিয়ে গেলে আপনি আমাদের কুকি নীতিতে সম্মতি দিচ্ছেন।",
     "সম্মত"],
    ["নিউজলেটার", "আমাদের নিউজলেটারে সাবস্ক্রাইব করুন এবং প্রতিদিনের গুরুত্বপূর্ণ খবর সরাসরি আপনার ইনবক্সে পান।", "সাবস্ক্রাইব"],
    ["প্রিয় পাঠক, আপনিও লিখতে পারেন নাগরিক সংবাদে। আপনার লেখা পাঠান এই ঠিকানায়: nagorik@example.com"],
    ["যেকোনো সময় সর্বশেষ খবর পড়তে ডাউনলোড করুন আমাদের অ্যাপ। অ্যান্ড্রয়েড ও আইফোনে পাওয়া যাচ্ছে।"],
    ["এই ওয়েবসাইটের কোনো লেখা, ছবি, অডিও বা ভিডিও অনুমতি ছাড়া ব্যবহার বেআইনি। সব লেখার দায় লেখকের।"],
    ["ইস্ট ওয়েস্ট মিডিয়া গ্রুপ লিমিটেডের পক্ষে ময়নাল হোসেন চৌধুরী কর্তৃক প্লট-৩৭১/এ, ব্লক-ডি, বসুন্ধরা, বারিধারা, ঢাকা-১২২৯ "
     "থেকে প্রকাশিত এবং প্লট-সি/৫২, ব্লক-কে, বসুন্ধরা, খিলক্ষেত, বাড্ডা, ঢাকা-১২২৯ থেকে মুদ্রিত।"],
    ["ভারপ্রাপ্ত সম্পাদক: আবু তাহের, প্রকাশক: মো. রফিকুল ইসলাম, ১৩৬ তেজগাঁও শিল্প এলাকা, ঢাকা-১২০৮। ফোন: ০২-৮১৮০০৭৮-৮১"],
    ["আমাদের সম্পর্কে", "দৈনিক সকালবেলা বাংলাদেশের একটি জনপ্রিয় সংবাদমাধ্যম। সত্য ও বস্তুনিষ্ঠ সংবাদ পরিবেশনে আমরা "
     "অঙ্গীকারবদ্ধ। ২০১০ সাল থেকে আমরা পাঠকের আস্থা অর্জন করে চলেছি।"],
]


def test_the_sites_own_paragraphs_around_every_story_stay_out():
    """Whole sentences of the site's own (a cookie notice, a newsletter box, an invitation to
    write, an app promo, a reuse notice, an imprint, a masthead with address, a blurb under
    "আমাদের সম্পর্কে") at the page's top, right after the story, or above the footer of each gold
    article: body and title stay. All but 2 pass (a blurb above a video page's short story);
    the app promo and the imprint joined the story right after it on 86 of 94 pages when this
    was written. Not covered: a blurb with no heading right under a more-news box at the page's
    end joins the story like its last paragraph (README, known limits)."""
    footer = ["সম্পাদক: মতিউর রহমান", "© ২০২৬ সর্বস্বত্ব সংরক্ষিত"]
    bad = n = 0
    for _, lines, _, last, doc, _, _ in _articles_with_their_chrome():
        for extra in _SITE_PARAGRAPHS:
            for page in (extra + lines, lines[:last + 1] + extra + lines[last + 1:], lines + extra + footer):
                n += 1
                got = clean_text("\n".join(page))
                bad += got.body != doc.body or got.meta.title != doc.meta.title
    assert n > 2000 and bad <= 2, (bad, n)


_BARE_CAPTIONS = ["রাজধানীর মিরপুরে আগুন নেভাতে কাজ করছেন ফায়ার সার্ভিসের কর্মীরা", "সংবাদ সম্মেলনে বক্তব্য দেন দলের মহাসচিব",
                  "বৈঠকে উপস্থিত দুই দেশের প্রতিনিধিরা, ঢাকা, ২৩ নভেম্বর",
                  "শনিবার সকালে নগরের একটি স্কুলে ভোট দিতে আসা নারী ভোটারদের দীর্ঘ সারি।"]


def test_a_caption_without_a_credit_between_paragraphs_keeps_the_story():
    """A photo's caption with no credit ("ছবি: ...") in the middle gap of each gold article: the story
    stays whole and the title right (the caption itself may stay: it reads like a subhead). 6 of
    280 fail (a job circular's fact box; a column over readers' comments); 85 of 268 did when this
    was written (a short story's paragraphs each alone under a line read as a front's teasers;
    "প্রতিনিধিরা" read as a byline; a last paragraph over the story's closing date read as a
    teaser's summary; after an inline "আরও পড়ুন:" link, paragraph, caption, paragraph read as the
    link's list going on with summaries)."""
    bad = n = 0
    for doc, got, (caption,) in _in_the_middle_gap([[c] for c in _BARE_CAPTIONS]):
        n += 1
        bad += [x for x in got.body if x != caption] != doc.body or got.meta.title != doc.meta.title
    assert n > 250 and bad <= 0.05 * n, (bad, n)


def test_every_article_after_the_teasers_of_every_section_front():
    """The eval's composites put an article (title, a date line, its text on one line) into another
    outlet's page after the teasers of a section front, above its footer. Every fourth gold article
    so, whole and cut to a 12-word brief, with two date forms and with or without the writer run
    into the date ("নিজস্ব প্রতিবেদক৩০ ডিসেম্বর ..."), after the last more-news line of every gold
    front: body, title and date right on all but a few (a one-line story less than three times as
    long as the teasers' summaries, after teasers in its own frame, reads as one more: README,
    known limits; of two frames, one with a labelled date "প্রকাশ :", one without, are not alike).
    553 of 3,192 failed when this was written (the story joined to the last teaser across a list's
    "আরও খবর" button; a brief lost to a site's apology or a writer's bio; a short title read as a
    writer's name under a footer's address; a story under a labelled date read as one more teaser
    with bare dates)."""
    from tests.conftest import ROOT, SHARED

    stories = [(doc.meta.title, " ".join(doc.body)) for *_, doc, _, _ in _articles_with_their_chrome()
               if doc.meta.title and doc.body][::4]
    forms = ["৩০ ডিসেম্বর ২০২৫, ১০:২২ এএম", "প্রকাশ : ৩০ ডিসেম্বর ২০২৫, ১০:২২ এএম"]
    bad = n = 0
    for folder in (SAMPLES, ROOT / "tests" / "pages", SHARED / "eval" / "dev"):
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if gold.get("body"):
                continue
            text = (folder / gold["file"]).read_text(encoding="utf-8")
            front = clean_text(text).labelled
            k = 1 + max((i for i, x in enumerate(front) if x.label in ("more_news", "ranked_list")), default=-1)
            when = "2025-12-30T10:22:00" + ("+05:30" if front[0].line.tz is KOLKATA else "+06:00")  # its zone
            lines = text.split("\n")
            for title, story in stories:
                for body in (story, " ".join(story.split()[:12]).rstrip("।") + "।"):
                    for form in forms:
                        for writer in ("", "নিজস্ব প্রতিবেদক"):
                            if body != story and not writer and form[0] in "০১২৩৪৫৬৭৮৯":
                                continue  # (a brief under a headline and a bare date is a teaser, by design)
                            n += 1
                            doc = clean_text("\n".join(lines[:k] + [title, writer + form, body] + lines[k:]))
                            bad += (doc.body, doc.meta.title, doc.meta.published) != ([nfc(body)], nfc(title), when)
    assert n > 1500 and bad <= 0.03 * n, (bad, n)


_STORY_PARTS = [
    ["চাল (মোটা) ৫৫-৬০ টাকা", "চাল (সরু) ৭৫-৮০ টাকা", "পেঁয়াজ ৯০-১০০ টাকা", "আলু ৪৫-৫০ টাকা"],
    ["- ঢাকা বিশ্ববিদ্যালয়", "- জাহাঙ্গীরনগর বিশ্ববিদ্যালয়", "- রাজশাহী বিশ্ববিদ্যালয়"],
    ["১. ঢাকা বিশ্ববিদ্যালয়", "২. জাহাঙ্গীরনগর বিশ্ববিদ্যালয়", "৩. রাজশাহী বিশ্ববিদ্যালয়"],
    ["‘আমরা লড়াই চালিয়ে যাব’", "— রাশেদ খান, আহ্বায়ক"],
    ["বাংলাদেশ: ২৮৫/৭ (৫০ ওভার)", "শ্রীলঙ্কা: ২৪১/১০ (৪৭.২ ওভার)", "ফল: বাংলাদেশ ৪৪ রানে জয়ী"],
    ["মোট ক্ষতি: ১২ কোটি টাকা"], ["কেন এই সিদ্ধান্ত?"], ["***"], ["---"], ["সূত্র: রয়টার্স"],
    ["https://www.example.com/report"], ["#বাংলাদেশ #ক্রিকেট #বিপিএল"],
    ["প্রার্থী\tপ্রতীক\tভোট", "আবদুল করিম\tনৌকা\t২৪,৫৬১", "রহিম উদ্দিন\tধানের শীষ\t২১,০৩২"],
    ["১৫ আগস্ট ১৯৭৫"], ["যা বললেন উপদেষ্টা"], ["সংকট কাটাতে সরকারের নতুন পরিকল্পনা"],
    ["আমার সোনার বাংলা, আমি তোমায় ভালোবাসি", "চিরদিন তোমার আকাশ, তোমার বাতাস"],
    ["বৈঠকে দুই দেশের নেতারা", "ছবি: সংগৃহীত"], ["এক নজরে", "আক্রান্ত: ১২৩ জন", "মৃত্যু: ৩ জন", "সুস্থ: ১০০ জন"],
]


def test_the_storys_own_parts_between_paragraphs_keep_it_whole():
    """A story's own lists, quotes, scores, fact lines, subheads, separators, a source's address, a
    table, a timeline's date, two verse lines, a captioned photo and a fact box, each between the
    middle two paragraphs of every gold article: the other paragraphs and the title stay (the part
    itself may stay or go). 14 of 1,596 fail today; 232 of 1,400 did when this was written ("---"
    read as a sign-off, a web address as the site's name, a bare date as another story's, a price
    list without a lead-in as a sidebar, a story's last paragraph over its closing date under a
    list read as a teaser's summary)."""
    bad = n = 0
    for doc, got, part in _in_the_middle_gap(_STORY_PARTS):
        n += 1
        bad += [x for x in got.body if x not in part] != doc.body or got.meta.title != doc.meta.title
    assert n > 1200 and bad <= 0.03 * n, (bad, n)


_HEADER_PARTS = [["শুনুন", "০:০০ / ৩:২৫"], ["অনুসরণ করুন"], ["A", "A", "A"], ["পঠিত: ১২৩৪"], ["১২", "শেয়ার", "৩", "মন্তব্য"],
                 ["রাজধানীর মিরপুরে গতকাল সকালে আগুন নেভাতে কাজ করছেন ফায়ার সার্ভিসের কর্মীরা, পাশে দাঁড়িয়ে আছেন আতঙ্কিত "
                  "বাসিন্দারা। ছবি: প্রথম আলো"],
                 ["[সম্পাদকের নোট: প্রতিবেদনটি প্রথম প্রকাশের পর সংশোধন করা হয়েছে]"]]


def test_what_stands_between_the_header_and_the_story_is_no_title():
    """An audio player, a follow button, font-size buttons, a view count, share and comment counts,
    a long caption with its credit, an editor's bracketed note, right above each gold story: body,
    title and date stay on all but 6 (the three pages whose header ends in a summary or a caption
    over a credit take the note or count for a headline there); an editor's note and a view count
    were taken for the title on 96 and 97 of 97 pages when this was written. Not covered here: a
    writer's box (name, designation, e-mail) under the date takes the title (README, known limits)."""
    bad = n = 0
    for _, lines, _, _, doc, _, _ in _articles_with_their_chrome():
        labs = doc.labelled
        story = next(i for i, x in enumerate(labs) if x.label == "body")
        if next(i for i, x in enumerate(labs) if x.reason == "headline_above_body") > story:
            continue
        for part in _HEADER_PARTS:
            n += 1
            got = clean_text("\n".join(lines[:story] + part + lines[story:]))
            bad += ([x for x in got.body if x not in part], got.meta.title, got.meta.published) != (
                doc.body, doc.meta.title, doc.meta.published)
    assert n > 600 and bad <= 6, (bad, n)


_SENTENCE_END = re.compile(r"(?<=[।?!])\s+(?=\S)")


def test_a_story_broken_at_every_sentence_keeps_its_text_title_and_date():
    """Some sites put each sentence of a story on a line of its own. Each gold story's paragraphs
    split so: every sentence stays (bar the pieces that are a credit or desk initials by
    themselves), and title and date stay. 5 of 112 fail: a horoscope's sign names among two-word
    sentences, a short story's dialogue, and a caption over a credit among one-sentence paragraphs,
    which reads as one more. 9 of 97 failed when this was written (a short first sentence under the date
    taken for the title, a short last one hiding the byline and date under it, a short sentence
    before a section name as subhead ending the story)."""
    bad = n = 0
    for _, lines, _, _, doc, _, _ in _articles_with_their_chrome():
        split, expected = [], []
        for line, x in zip(lines, doc.labelled, strict=True):
            parts = _SENTENCE_END.split(line) if x.label == "body" else [line]
            split += parts
            if x.label == "body":
                expected += [p for p in parts if len(parts) == 1 or not (
                    R.first_rule(make_line(p)) or (len(p.split()) == 1 and not p.endswith(("।", "?", "!"))))]
        got = clean_text("\n".join(split))
        n += 1
        bad += (got.body, got.meta.title, got.meta.published) != (expected, doc.meta.title, doc.meta.published)
    assert n > 90 and bad <= 5, (bad, n)


def test_a_story_in_one_paragraph_keeps_its_text_title_and_date():
    """Each gold story's paragraphs joined into one (a brief, or a site that prints the story as one
    block): that paragraph, title and date stay. 3 of 112 fail: two whose lead photo's caption, over
    its credit, then reads as a paragraph of a two-paragraph story, and an infinitely scrolled page
    whose next story is now the longer. 7 of 97 failed when this was written (a brief dated above and
    below read as a teaser's summary; a section name alone between the date and the text parting
    them)."""
    bad = n = 0
    for _, lines, _, _, doc, _, _ in _articles_with_their_chrome():
        body = [i for i, x in enumerate(doc.labelled) if x.label == "body"]
        joined = " ".join(doc.body)
        got = clean_text("\n".join(lines[:body[0]] + [joined] + lines[body[-1] + 1:]))
        n += 1
        bad += (got.body, got.meta.title, got.meta.published) != ([joined], doc.meta.title, doc.meta.published)
    assert n > 90 and bad <= 3, (bad, n)


def test_every_article_after_a_section_front_in_twelve_layouts():
    """The eval's composites in other frames: a front of three or five gold teasers in twelve
    layouts (headline and summary alone, under or over an age, a date, a time of day, a writer, a
    section, a desk and an age, a "বিস্তারিত" link), then nothing, a more button or page numbers,
    then an article (whole, or a 12-word brief under its writer and date) and a footer. 116 of
    4,608 pages fail today (a one-line story under a bare date, in the frame of teasers with bare
    dates, reads as one more: README, known limits); 1,374 did when this was written (the story
    joined to the last teaser across "আরও", when the teasers above were marked already or stood
    in one block; a labelled date taken for a related link's; a brief after the list's last
    teaser lost with it). Fronts of only two teasers still fail often (README)."""
    date = "২৩ নভেম্বর ২০২৬, ১০:৩০"
    layouts = [lambda h, s, k: [h, s], lambda h, s, k: [f"{k + 1} ঘণ্টা আগে", h, s],
               lambda h, s, k: [h, s, f"{k + 1} ঘণ্টা আগে"], lambda h, s, k: [h, date, s],
               lambda h, s, k: [h, s, date], lambda h, s, k: [date, h, s], lambda h, s, k: [_WRITERS[k % 5], h, s],
               lambda h, s, k: [h, _WRITERS[k % 5], s], lambda h, s, k: ["জাতীয়", h, s],
               lambda h, s, k: [h, s, "বিস্তারিত"], lambda h, s, k: [f"১০:{k + 1}৫", h, s],
               lambda h, s, k: [h, "নিজস্ব প্রতিবেদক", f"{k + 1} ঘণ্টা আগে", s]]
    buttons = [[], ["আরও"], ["আরও দেখুন"], ["Load More"], ["১", "২", "৩", "পরবর্তী"], ["আরও খবর"]]
    arts = _articles_with_their_chrome()
    teasers = [(doc.meta.title, doc.body[0]) for *_, doc, _, _ in arts
               if doc.meta.title and doc.body and 8 <= len(doc.body[0].split()) <= 45]
    stories = [(doc.meta.title, " ".join(doc.body)) for *_, doc, _, _ in arts if doc.meta.title and doc.body][::7]
    forms = ["প্রকাশ : ৩০ ডিসেম্বর ২০২৫, ১০:২২ এএম", "৩০ ডিসেম্বর ২০২৫, ১০:২২ এএম"]
    bad = n = 0
    for layout in layouts:
        for b, button in enumerate(buttons):
            for count in (3, 5):
                for s_i, (title, story) in enumerate(stories):
                    start = (s_i * 3 + b + count) % (len(teasers) - count)
                    front = [x for k, (h, s) in enumerate(teasers[start:start + count]) if h != title
                             for x in layout(h, s, k)]
                    for brief in (False, True):
                        body = " ".join(story.split()[:12]).rstrip("।") + "।" if brief else story
                        header = [title, ("নিজস্ব প্রতিবেদক" if brief else "") + forms[(s_i + count) % 2]]
                        page = ["প্রথম আলো", "বাংলাদেশ", "রাজনীতি", "বিশ্ব", "খেলা", "সারাদেশ", *front, *button,
                                *header, body, "সম্পাদক: মতিউর রহমান", "© ২০২৬ সর্বস্বত্ব সংরক্ষিত"]
                        doc = clean_text("\n".join(page))
                        n += 1
                        bad += (doc.body, doc.meta.title, doc.meta.published) != (
                            [nfc(body)], nfc(title), "2025-12-30T10:22:00+06:00")
    assert n > 4000 and bad <= 0.03 * n, (bad, n)
