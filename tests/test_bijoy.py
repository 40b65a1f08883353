"""Legacy Bijoy (SutonnyMJ) input: detected per line, converted to Unicode, English left alone."""

import json
import unicodedata

import pytest
from click.testing import CliRunner

from bangla_clean.bijoy import bijoy_to_unicode, line_is_bijoy, looks_like_bijoy
from bangla_clean.cli import main
from bangla_clean.decode import decode


def nfc(s):
    return unicodedata.normalize("NFC", s)


# Each pair was worked out glyph by glyph from the SutonnyMJ layout and checked by eye.
WORDS = {
    "Avwg evsjvq Mvb MvB": "আমি বাংলায় গান গাই",  # ি typed before its consonant
    "evsjv‡`k": "বাংলাদেশ",
    "‡gvU": "মোট",  # ে ... া is ো
    "cÖav‡bi": "প্রধানের",  # ra-phala after its consonant
    "ag©": "ধর্ম",  # reph typed after the consonant it sits on
    "wbe©vPb": "নির্বাচন",  # ি and reph in one word
    "Kg©KZ©v": "কর্মকর্তা",
    "‡cÖg": "প্রেম",  # ে before a consonant with ra-phala
    "gš¿x": "মন্ত্রী",  # half form + conjunct glyph
    "m‡¤§j‡b": "সম্মেলনে",
    "wkÿv": "শিক্ষা",
    "Rb¨": "জন্য",
    "ˆe`¨ywZK": "বৈদ্যুতিক",
    "wbR¯^ cÖwZ‡e`K": "নিজস্ব প্রতিবেদক",
    "c~‡e©": "পূর্বে",
}


@pytest.mark.parametrize("bijoy,unicode", WORDS.items())
def test_glyphs_and_reordering(bijoy, unicode):
    assert nfc(bijoy_to_unicode(bijoy)) == nfc(unicode)


@pytest.mark.parametrize("line", [
    "The iPhone and McDonald's are here", "Hello world, this is English.", "www.example.com/news/2024",
    "Ivan and Evan have a vs. match in Avignon", "Copyright 2024 Daily Star. All rights reserved.",
    "বাংলাদেশ", "",
])
def test_english_and_unicode_lines_are_not_bijoy(line):
    assert not line_is_bijoy(line)


PAGE = [
    "evsjv‡`‡k wbe©vP‡bi ZvwiL †NvlYv",
    "",
    "wbR¯^ cÖwZ‡e`K",
    "",
    "cÖavb wbe©vPb Kwgkbvi AvR XvKvq GK msev` m‡¤§j‡b GB †NvlYv †`b| "
    "wZwb e‡jb, AvMvgx Rvbyqvwi gv‡m †fvU MÖnY Kiv n‡e|",
    "",
    "GB wbe©vP‡b cÖvq `k †KvwU †fvUvi †fvU w`‡Z cvi‡eb|",
    "",
    "Copyright 2024 Example News. All rights reserved.",
]
EXPECTED_TITLE = "বাংলাদেশে নির্বাচনের তারিখ ঘোষণা"
EXPECTED_BODY = [
    "প্রধান নির্বাচন কমিশনার আজ ঢাকায় এক সংবাদ সম্মেলনে এই ঘোষণা দেন। তিনি বলেন, আগামী জানুয়ারি মাসে ভোট গ্রহণ করা হবে।",
    "এই নির্বাচনে প্রায় দশ কোটি ভোটার ভোট দিতে পারবেন।",
]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8"])
def test_bijoy_page_is_converted_and_cleaned(tmp_path, encoding):
    f = tmp_path / "old.txt"
    f.write_bytes("\n".join(PAGE).encode(encoding))
    assert looks_like_bijoy("\n".join(PAGE))
    r = CliRunner().invoke(main, ["clean", str(f)])
    assert r.exit_code == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["encoding"] == "bijoy"
    assert rec["title"] == nfc(EXPECTED_TITLE)
    assert rec["text"].split("\n") == [nfc(x) for x in EXPECTED_BODY]
    assert rec["byline"] == nfc("নিজস্ব প্রতিবেদক")
    assert any("converted from Bijoy" in w for w in rec["warnings"])


def test_bijoy_conversion_keeps_english_lines():
    d = decode("\n".join(PAGE).encode("cp1252"))
    lines = d.text.split("\n")
    assert lines[-1] == PAGE[-1]  # the English footer is not converted
    assert nfc(lines[0]) == nfc(EXPECTED_TITLE)


def test_english_and_bangla_pages_are_not_taken_for_bijoy():
    english = b"Election date announced\n\nThe chief election commissioner announced the date today.\n"
    assert decode(english).encoding == "utf-8"
    assert decode("বাংলাদেশে নির্বাচন\n".encode()).encoding == "utf-8"
