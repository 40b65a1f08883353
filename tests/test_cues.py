"""The needle prefilter of cue patterns never changes an answer, only skips work."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bangla_clean import rules as R
from bangla_clean.cues import Cue, required_literals
from bangla_clean.lines import make_line
from bangla_clean.normalize import normalize
from tests.conftest import ROOT, SAMPLES, SHARED

CUES = {name: obj for name, obj in vars(R).items() if isinstance(obj, Cue)}


@pytest.mark.parametrize("pattern, needles", [
    ("^abc$", ("abc",)),  # anchors consume nothing: still one string
    (r"foo\s+bar", ("foo",)),  # either word would do; on a tie the first stays
    (r"(?:ab|cd)x+", ("ab", "cd")),  # ab/cd (two letters) beat x (one)
    (r"a|b*", None),  # b* matches the empty string: nothing is required
    (r"x{0,3}y", ("y",)),
    (r"[ef]g?", ("e", "f")),
    (r"(?i)abc", None),  # case-insensitive: plain strings would miss "ABC"
    (r"\d+", None),
    ("ছবি\\s*[:ঃ]\\s*\\S+", ("ছবি",)),
    (r"^\S+\s+(?:প্রতিবেদন|রিপোর্ট)$", ("প্রতিবেদন", "রিপোর্ট")),
])
def test_required_literals(pattern, needles):
    got = required_literals(pattern)
    if needles is None:
        assert got is None
    else:
        assert got is not None and set(got) == set(needles)


def test_the_longer_word_is_required():
    assert required_literals(r"fo\s+bar") == ("bar",)


def _lines_we_have() -> list[str]:
    folders = [SAMPLES, ROOT / "tests" / "pages", SHARED / "eval" / "dev"]
    out = []
    for folder in folders:
        for p in sorted(folder.glob("*.txt")):
            out.extend(normalize(p.read_text(encoding="utf-8")).split("\n"))
    return out


def _same(cue: Cue, text: str) -> None:
    line = make_line(text)
    want = cue.pick(line).search(line.text)
    got = cue.search(line)
    assert (got is None) == (want is None), (text, cue.cs.pattern)
    if want is not None:
        assert got.span() == want.span()


def test_prefilter_changes_no_answer_on_real_lines():
    lines = _lines_we_have()
    assert len(lines) > 2000
    hits = 0
    for cue in CUES.values():
        for text in lines:
            _same(cue, text)
            hits += cue.search(make_line(text)) is not None
    assert hits > 100  # the lines exercise the cues, not only their absence


# Text made of the cues' own pieces (needles cut up, spaces, dari, colons, digits): near misses.
_PIECES = sorted({n[i:j] for c in CUES.values() for n in (c.needles or ()) for i in range(len(n))
                  for j in (i + 1, i + 3, len(n)) if j <= len(n)} | {" ", "  ", "।", ":", "ঃ", "১২", "-", "|"})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_prefilter_changes_no_answer_on_made_up_lines(pieces):
    text = "".join(pieces).strip()
    for cue in CUES.values():
        _same(cue, text)


def test_lines_with_cues_spliced_in():
    rnd = random.Random(7)
    lines = [t for t in _lines_we_have() if t.strip()]
    needles = [n for c in CUES.values() for n in (c.needles or ())]
    for _ in range(3000):
        words = rnd.choice(lines).split()
        words.insert(rnd.randrange(len(words) + 1), rnd.choice(needles))
        text = " ".join(words)
        for cue in CUES.values():
            _same(cue, text)
