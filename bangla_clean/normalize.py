"""Decoded text -> normalised text: line endings, invisible characters, spaces, Unicode NFC.

Each fix is a small pure function; `normalize` applies them in order and NFC last, because
NFC decomposes ড় ঢ় য় into letter + nukta (they are composition exclusions) and every table
in this package is keyed on that form. Nothing here changes the words: it removes characters
that do not show, and folds characters that show the same.
"""

from __future__ import annotations

import re
import unicodedata

_BANGLA = "\u0980-\u09ff"

# Invisible characters with no meaning in Bangla text: zero-width space, word joiner,
# soft hyphen, BOM inside text, bidi marks, and the C0/C1 controls other than tab and newline.
_INVISIBLE = re.compile("[\u200b\u2060\u00ad\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069"
                        "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# ZWJ/ZWNJ shape conjuncts (র‍্যাব, ক্‌ষ) next to Bangla letters; with no Bangla letter on either side
# they are debris. One beside a Bangla letter stays: the dumps (and the gold lines) keep it.
_JOINERS = re.compile("[\u200c\u200d]+")  # the neighbours are checked in Python: a lookbehind
# first would make the engine try every position instead of skipping to a joiner
# No-break, thin, ideographic and other odd spaces look like a space: make them one.
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# The lookbehind makes the match start only at the beginning of a run of spaces: linear time.
_SPACE_BEFORE_DARI = re.compile(r"(?<![ \t])[ \t]+(?=[।॥])")
# Legacy khanda ta: ta + hasanta + ZWJ, typed before Unicode 4.1 gave ৎ its own code point.
_LEGACY_KHANDA_TA = re.compile("\u09a4\u09cd\u200d")


def fix_line_endings(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def remove_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def remove_stray_joiners(text: str) -> str:
    if "\u200c" not in text and "\u200d" not in text:
        return text
    return _JOINERS.sub(_keep_if_beside_bangla, text)


def _keep_if_beside_bangla(m: re.Match[str]) -> str:
    s, a, b = m.string, m.start(), m.end()
    beside = (a > 0 and "\u0980" <= s[a - 1] <= "\u09ff") or (b < len(s) and "\u0980" <= s[b] <= "\u09ff")
    return m.group() if beside else ""


def fold_spaces(text: str) -> str:
    return _ODD_SPACE.sub(" ", text)


def fix_khanda_ta(text: str) -> str:
    return _LEGACY_KHANDA_TA.sub("\u09ce", text) if "\u09a4\u09cd\u200d" in text else text


def fix_dari(text: str) -> str:
    if "\u09f7" in text:
        text = text.replace("\u09f7", "\u0964")  # ৷ (Bengali currency numerator four) used as dari
    return _SPACE_BEFORE_DARI.sub("", text) if (" ।" in text or "\t।" in text or " ॥" in text) else text


FIXES = (fix_line_endings, remove_invisible, fix_khanda_ta, remove_stray_joiners, fold_spaces, fix_dari)


# NFC is the slowest step on a page, and on Bangla text it does almost nothing: it decomposes
# ড় ঢ় য় (composition exclusions) and composes ে+া / ে+ৗ. Text made only of the characters below
# (ASCII to IPA, dari, the Bangla block but for the sandhi mark, ZWNJ/ZWJ, general punctuation)
# and holding no virama before a nukta needs just those replacements; anything else gets full NFC.
# tests/test_robustness.py checks this against unicodedata on every pair and Bangla triple.
NFC_UNSAFE = re.compile("[^\x00-\u02ff\u0964\u0965\u0980-\u09fd\u09ff\u200c\u200d\u2010-\u206f]")
_NFC_BANGLA = (("\u09dc", "\u09a1\u09bc"), ("\u09dd", "\u09a2\u09bc"), ("\u09df", "\u09af\u09bc"),
               ("\u09c7\u09be", "\u09cb"), ("\u09c7\u09d7", "\u09cc"))


def nfc(text: str) -> str:
    if NFC_UNSAFE.search(text) or "\u09cd\u09bc" in text:
        return unicodedata.normalize("NFC", text)
    return _nfc_bangla(text)


def _nfc_bangla(text: str) -> str:
    for composed, nfc_form in _NFC_BANGLA:
        if composed in text:
            text = text.replace(composed, nfc_form)
    return text


# Most pages hold only these characters: tab, newline, printable ASCII and Latin-1 (no soft
# hyphen) to IPA, dari, the Bangla block (no ৷, no sandhi mark), quotes and dashes, no-break
# spaces and the two joiners. Then only three fixes can have work, and NFC is the Bangla
# replacements: a scan or two instead of every step.
_PLAIN = re.compile("[^\t\n\x20-\x7e\xa0-\xac\xae-\u02ff\u0964\u0965\u0980-\u09f6\u09f8-\u09fd\u09ff"
                    "\u200c\u200d\u2010-\u2027\u2030-\u205e]")


def normalize(text: str, full: bool = True) -> str:
    """Normalise a page. With full=False only line endings, a leading BOM and NFC are touched
    (NFC is needed because every rule compares NFC text)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not full:
        return nfc(fix_line_endings(text))
    if _PLAIN.search(text):
        for fix in FIXES:
            text = fix(text)
        return nfc(text)
    if "\xa0" in text:
        text = text.replace("\xa0", " ")  # fold_spaces, for the one odd space here
    text = fix_dari(remove_stray_joiners(fix_khanda_ta(text)))
    return unicodedata.normalize("NFC", text) if "\u09cd\u09bc" in text else _nfc_bangla(text)


def normalize_and_explain(text: str) -> tuple[str, list[str]]:
    """Like ftfy's fix_and_explain: the normalised text and the names of the fixes that changed it."""
    done = []
    for fix in FIXES:
        fixed = fix(text)
        if fixed != text:
            done.append(fix.__name__)
        text = fixed
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        done.append("nfc")
    return nfc, done
