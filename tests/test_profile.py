"""Boilerplate learned from a batch (`learn`, `clean --profile`) on small real-shaped corpora."""

import json
import random

from click.testing import CliRunner

from bangla_clean.cli import main
from bangla_clean.profile import Learner, Profile, line_hash
from tests.conftest import SAMPLES, nfc

PAGE = (SAMPLES / "000_6d873b4824e253f4.txt").read_text(encoding="utf-8")
LAST_BODY = nfc("কোরিয়ার স্বাধীনতা যুদ্ধ চলমান")  # start of the sample's last body paragraph
# Reads like a paragraph, ends with a dari, matches no rule: only the batch shows it is boilerplate.
FOOTER = nfc("আমাদের পত্রিকা সবসময় সত্য ও নিরপেক্ষ সংবাদ প্রকাশে অঙ্গীকারবদ্ধ, পাঠকের আস্থাই আমাদের প্রধান শক্তি।")
QUOTE = nfc("তিনি বলেন, “আমরা শান্তি চাই, যুদ্ধ চাই না, এ কথা আমরা বারবার বলেছি এবং আবারও বলছি।”")


def vary(text: str, k: int) -> str:
    """Another story in the same page chrome: long lines get their words rotated by k."""
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        if len(words) >= 6 and k:
            body, last = words[:-1], words[-1]
            r = k % len(body)
            line = " ".join(body[r:] + body[:r] + [last])
        out.append(line)
    return "\n".join(out)


# vary() keeps the line count, so the place found in the sample holds in every variant.
AFTER_BODY = next(n for n, x in enumerate(PAGE.split("\n")) if nfc(x).startswith(LAST_BODY)) + 1


def with_line_after_body(text: str, extra: str, times: int = 1) -> str:
    lines = text.split("\n")
    at = AFTER_BODY
    return "\n".join(lines[:at] + ["", extra] * times + lines[at:])


def run(*args):
    return CliRunner().invoke(main, list(args))


def records(out):
    return [json.loads(x) for x in out.splitlines() if x.strip()]


def make_site(folder, n=12):
    folder.mkdir(parents=True)
    for k in range(n):
        text = with_line_after_body(vary(PAGE, k + 1), FOOTER)
        if k == 3:
            text = with_line_after_body(text, QUOTE, times=2)  # one story quotes the same words twice
        (folder / f"{k:02d}.txt").write_text(text, encoding="utf-8")


def test_learned_footer_is_dropped_and_a_quote_repeated_in_one_story_is_kept(tmp_path):
    site = tmp_path / "site"
    make_site(site)
    plain = records(run("clean", str(site), "-j", "1").stdout)
    assert all(FOOTER in r["text"] for r in plain)  # no line rule catches it
    assert QUOTE in plain[3]["text"]

    prof = tmp_path / "profile.json"
    r = run("learn", str(site), "-o", str(prof), "-j", "1")
    assert r.exit_code == 0, r.stderr
    profile = Profile.load(str(prof))
    learned = profile.lines_of("Daily Inqilab")  # the site is the outlet the metadata names
    assert line_hash(FOOTER) in learned
    assert line_hash(QUOTE) not in learned

    cleaned = records(run("clean", str(site), "-j", "1", "--profile", str(prof)).stdout)
    for before, after in zip(plain, cleaned, strict=True):
        assert FOOTER not in after["text"]
        assert after["text"] == "\n".join(x for x in before["text"].split("\n") if x != FOOTER)
        assert after["lines"]["by_label"]["site_boilerplate"] >= 1  # the footer, and chrome lines no rule named
        assert after["title"] == before["title"]
    assert QUOTE in cleaned[3]["text"]
    shown = run("explain", str(site / "00.txt"), "--profile", str(prof)).stdout
    assert any("site_boilerplate" in row and "learned_from_batch" in row and row.endswith(FOOTER)
               for row in shown.splitlines())


def test_syndicated_copies_of_one_story_do_not_teach_its_body(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for k in range(14):
        # 8 of the 14 pages are copies of one story (k=0), so its lines are on 57% of the pages.
        (site / f"{k:02d}.txt").write_text(with_line_after_body(vary(PAGE, 0 if k < 8 else k), FOOTER),
                                           encoding="utf-8")
    prof = tmp_path / "p.json"
    assert run("learn", str(site), "-o", str(prof), "-j", "1").exit_code == 0
    learned = Profile.load(str(prof)).lines_of("Daily Inqilab")
    story_line = next(x for x in PAGE.split("\n") if nfc(x).startswith(LAST_BODY))
    assert line_hash(story_line) not in learned
    assert line_hash(FOOTER) in learned  # on all 7 distinct stories
    assert Profile.load(str(prof)).sites["Daily Inqilab"]["pages"] == 7


def test_a_page_that_shows_no_outlet_gets_its_folders_site(tmp_path):
    make_site(tmp_path / "site")
    prof = tmp_path / "profile.json"
    assert run("learn", str(tmp_path / "site"), "-o", str(prof), "-j", "1").exit_code == 0
    assert Profile.load(str(prof)).aliases == {"site": "Daily Inqilab"}
    page = (tmp_path / "site" / "05.txt").read_text(encoding="utf-8").split("\n")
    bare = [x for x in page if "Inqilab" not in x and "ইনকিলাব" not in x]  # no line names the outlet
    (tmp_path / "site" / "new.txt").write_text("\n".join(bare), encoding="utf-8")
    rec = records(run("clean", str(tmp_path / "site" / "new.txt"), "--profile", str(prof)).stdout)[0]
    assert rec["outlet"] is None and rec["text"] and FOOTER not in rec["text"]


def test_profile_is_per_site(tmp_path):
    make_site(tmp_path / "site")
    prof = tmp_path / "profile.json"
    assert run("learn", str(tmp_path / "site"), "-o", str(prof), "-j", "1").exit_code == 0
    other = tmp_path / "other" / "page.txt"
    other.parent.mkdir()
    # Another outlet's page that happens to carry the same sentence keeps it.
    other_page = (SAMPLES / "004_ed0b08c6267b0598.txt").read_text(encoding="utf-8")
    lines = other_page.split("\n")
    body_at = next(n for n, x in enumerate(lines) if len(x.split()) > 25)
    other.write_text("\n".join(lines[:body_at + 1] + ["", FOOTER] + lines[body_at + 1:]), encoding="utf-8")
    rec = records(run("clean", str(other), "--profile", str(prof)).stdout)[0]
    assert rec["outlet"] != "Daily Inqilab" and FOOTER in rec["text"]


def test_lossy_counting_keeps_memory_bounded_and_keeps_frequent_lines():
    rnd = random.Random(7)
    learner = Learner(min_share=0.5, min_pages=5, epsilon=0.01)
    common = [rnd.getrandbits(64) for _ in range(5)]
    for n in range(5000):
        unique = {rnd.getrandbits(64) for _ in range(200)}
        learner.add(["site"], unique | set(common[: 5 if n % 3 else 2]), story=n)
        assert len(learner.sites["site"].counts) <= 200 * 2 * learner.width  # never the 1,000,000 seen
    learned = learner.profile().lines_of("site")
    assert learned == set(common)  # lines on 67% and 100% of pages; no unique line
    assert learner.profile().sites["site"]["pages"] == 5000


def test_bad_profile_is_a_usage_error(tmp_path):
    bad = tmp_path / "p.json"
    bad.write_text("{}", encoding="utf-8")
    r = run("clean", str(SAMPLES), "--profile", str(bad))
    assert r.exit_code == 2 and "not a bangla-clean profile" in r.stderr


def test_site_names_outlet_host_folder():
    from bangla_clean.profile import site_names

    assert site_names("কালবেলা", "/data/kalbela/1.txt") == ["কালবেলা", "kalbela"]
    assert site_names(None, "/data/crawl.jsonl:7", "https://www.jugantor.com/national/1") == ["jugantor.com", "data"]
    assert site_names(None, "page.txt")[-1]  # a folder name even for a bare file name
