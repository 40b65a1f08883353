"""Legacy Bijoy (SutonnyMJ) Bangla -> Unicode.

Before Unicode, most Bangla was typed in Bijoy: ASCII letters and Windows-1252 symbols drawn
as Bangla glyphs by the SutonnyMJ font ("evsjv‡`k" is বাংলাদেশ). Two things differ from
Unicode order: vowel signs drawn left of a consonant (ি ে ৈ) are typed before it, and the reph
(র্ drawn on top) is typed after the consonant it sits on. So conversion is a glyph table, then
one pass that moves those two back, then NFC (done later by normalize).

Detection is per line: Bijoy words carry capitals inside words (K=ক, M=গ, R=জ...) and 1252
symbols (†‡=ে, ©=র্, ¨=্য) that English text does not, so English lines in a Bijoy page stay.
"""

from __future__ import annotations

import re

# Glyph -> Unicode. Multi-character keys first when they overlap (Av is আ, not অ + া).
_GLYPHS = {
    # vowels
    "Av": "আ", "A": "অ", "B": "ই", "C": "ঈ", "D": "উ", "E": "ঊ", "F": "ঋ", "G": "এ", "H": "ঐ", "I": "ও", "J": "ঔ",
    # consonants
    "K": "ক", "L": "খ", "M": "গ", "N": "ঘ", "O": "ঙ", "P": "চ", "Q": "ছ", "R": "জ", "S": "ঝ", "T": "ঞ",
    "U": "ট", "V": "ঠ", "W": "ড", "X": "ঢ", "Y": "ণ", "Z": "ত", "_": "থ", "`": "দ", "a": "ধ", "b": "ন",
    "c": "প", "d": "ফ", "e": "ব", "f": "ভ", "g": "ম", "h": "য", "i": "র", "j": "ল", "k": "শ", "l": "ষ",
    "m": "স", "n": "হ", "o": "ড়", "p": "ঢ়", "q": "য়", "r": "ৎ", "s": "ং", "t": "ঃ", "u": "ঁ",
    # vowel signs
    "v": "া", "w": "ি", "x": "ী", "y": "ু", "z": "ু", "“": "ু", "–": "ু", "~": "ূ", "ƒ": "ূ", "‚": "ূ",
    "„": "ৃ", "…": "ৃ", "†": "ে", "‡": "ে", "ˆ": "ৈ", "‰": "ৈ", "Š": "ৗ",
    # digits and signs
    "0": "০", "1": "১", "2": "২", "3": "৩", "4": "৪", "5": "৫", "6": "৬", "7": "৭", "8": "৮", "9": "৯",
    "|": "।", "&": "্\u200c", "^": "্ব", "Ò": "“", "Ó": "”", "Ô": "‘", "Õ": "’", "Ð": "–", "Ñ": "—",
    # half forms and conjunct glyphs
    "•": "ঙ্", "‘": "্তু", "’": "্থ", "‹": "্ক", "Œ": "্ক্র", "”": "চ্", "—": "্ত", "˜": "দ্", "™": "দ্",
    "š": "ন্", "›": "ন্", "œ": "্ন", "Ÿ": "্ব", "¡": "্ব", "¢": "্ভ", "£": "্ভ্র", "¤": "ম্", "¥": "্ম",
    "¦": "্ব", "§": "্ম", "¨": "্য", "ª": "্র", "«": "্র", "¬": "্ল", "\u00ad": "্ল", "®": "ষ্", "¯": "স্",
    "°": "ক্ক", "±": "ক্ট", "²": "ক্ষ্ণ", "³": "ক্ত", "´": "ক্ম", "µ": "ক্র", "¶": "ক্ষ", "·": "ক্স", "¸": "গু",
    "¹": "জ্ঞ", "º": "গ্দ", "»": "গ্ধ", "¼": "ঙ্ক", "½": "ঙ্গ", "¾": "জ্জ", "¿": "্ত্র", "À": "জ্ঝ", "Á": "জ্ঞ",
    "Â": "ঞ্চ", "Ã": "ঞ্ছ", "Ä": "ঞ্জ", "Å": "ঞ্ঝ", "Æ": "ট্ট", "Ç": "ড্ড", "È": "ণ্ট", "É": "ণ্ঠ", "Ê": "ণ্ড",
    "Ë": "ত্ত", "Ì": "ত্থ", "Í": "ত্ম", "Î": "ত্র", "Ï": "দ্দ", "Ö": "্র", "×": "দ্ধ", "Ø": "দ্ব", "Ù": "দ্ম",
    "Ú": "ন্ঠ", "Û": "ন্ড", "Ü": "ন্ধ", "Ý": "ন্স", "Þ": "প্ট", "ß": "প্ত", "à": "প্প", "á": "প্স", "â": "ব্জ",
    "ã": "ব্দ", "ä": "ব্ধ", "å": "ভ্র", "æ": "ম্ন", "ç": "ম্ফ", "è": "্ন", "é": "ল্ক", "ê": "ল্গ", "ë": "ল্ট",
    "ì": "ল্ড", "í": "ল্প", "î": "ল্ফ", "ï": "শু", "ð": "শ্চ", "ñ": "শ্ছ", "ò": "ষ্ণ", "ó": "ষ্ট", "ô": "ষ্ঠ",
    "õ": "ষ্ফ", "ö": "স্খ", "÷": "স্ট", "ø": "স্ন", "ù": "স্ফ", "ú": "্প", "û": "হু", "ü": "হৃ", "ý": "হ্ন",
    "þ": "হ্ম", "ÿ": "ক্ষ",
}
_REPH = "\ue000"  # '©' (র্ drawn on top): a marker until it is moved before its consonant
_GLYPHS["©"] = _REPH
_GLYPH_RE = re.compile("|".join(re.escape(k) for k in sorted(_GLYPHS, key=len, reverse=True)))

_CONSONANTS = set("কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহড়ঢ়য়ৎ")
_HALANT = "্"
_NUKTA = "়"
_PRE_KARS = set("িেৈ")
_SIGNS = set("ািীুূৃেৈোৌৗংঃঁ")


def _cluster_end(chars: list[str], i: int) -> int:
    """Index just past the consonant cluster starting at i (consonant, nukta, halant + consonant...)."""
    n = len(chars)
    if i >= n or chars[i] not in _CONSONANTS:
        return i
    j = i + 1
    while j < n:
        if chars[j] == _NUKTA:
            j += 1
        elif chars[j] == _HALANT and j + 1 < n and chars[j + 1] in _CONSONANTS:
            j += 2
        else:
            break
    return j


def bijoy_to_unicode(s: str) -> str:
    """Convert one Bijoy string. Characters with no Bijoy meaning (spaces, , . ? ! etc.) stay."""
    # A half form before a conjunct glyph (¤§: ম্ + ্ম) doubles the halant: one is enough.
    chars = list(_GLYPH_RE.sub(lambda m: _GLYPHS[m.group()], s).replace(_HALANT + _HALANT, _HALANT))
    out: list[str] = []
    i, n = 0, len(chars)
    while i < n:
        c = chars[i]
        if c in _PRE_KARS:
            # Typed before its consonant cluster (and before a reph or ra-phala on it): move it after.
            end = _cluster_end(chars, i + 1)
            if end > i + 1:
                out.extend(chars[i + 1:end])
                reph = end < n and chars[end] == _REPH
                if reph:
                    end += 1
                nxt = chars[end] if end < n else ""
                if c == "ে" and nxt == "া":
                    out.append("ো")
                    end += 1
                elif c == "ে" and nxt == "ৗ":
                    out.append("ৌ")
                    end += 1
                else:
                    out.append(c)
                if reph:
                    _place_reph(out)
                i = end
                continue
            out.append(c)
        elif c == _REPH:
            _place_reph(out)
        else:
            out.append(c)
        i += 1
    return "".join(out)


def _place_reph(out: list[str]) -> None:
    """র্ goes before the cluster it was drawn on: back over vowel signs, then the cluster."""
    k = len(out)
    while k > 0 and out[k - 1] in _SIGNS:
        k -= 1
    while k > 0:
        if out[k - 1] == _NUKTA:
            k -= 1
        elif out[k - 1] in _CONSONANTS:
            k -= 1
            if k >= 2 and out[k - 1] == _HALANT and out[k - 2] in _CONSONANTS:
                k -= 1
                continue
            break
        else:
            break
    out[k:k] = ["র", _HALANT]


# --- detection ----------------------------------------------------------------------------------

_SYMBOLS = "†‡ˆ‰Š¨©ª«¬®¯µ¶¸¹»¼½¾¿ÖØÙÚÛÜÝßãäåæçèéêëíîïðñòóôõö÷øùúûüýþ“”–—˜™š›œŸ¡¢£¤¥¦§°±²³´·ºÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ×"
# A capital inside a word after a small letter or symbol (miKvi, evsjv‡`k); a capital before v
# (া: Av, Kv, Mv); v before a letter English rarely puts after v (vb, vq, vs); a word-initial
# ি or ে before its consonant (wK, †K); a 1252 symbol after a letter.
_BIJOY_WORD = re.compile(r"[a-z" + _SYMBOLS + r"][A-Z`_]|[A-Z`_]v|v[bcdfgjkmnpqst]|^w[A-Z`_]|^[†‡ˆ‰]\S"
                         r"|[A-Za-z`][" + _SYMBOLS + r"]")
_WORD = re.compile(r"\S+")


_BANGLA = re.compile("[\u0980-\u09ff]")


def line_is_bijoy(line: str) -> bool:
    words = [w for w in _WORD.findall(line) if any(ch.isalpha() or ch in _SYMBOLS for ch in w)]
    if not words or _BANGLA.search(line):
        return False
    hits = sum(1 for w in words if _BIJOY_WORD.search(w))
    if len(words) == 1:
        return hits == 1 and len(words[0]) >= 3
    return hits >= 2 and hits >= 0.5 * len(words)


def looks_like_bijoy(text: str) -> bool:
    """Is this page Bijoy? A third of its lines with letters, and at least two, must read as Bijoy."""
    if _BANGLA.search(text):
        return False  # already Unicode Bangla
    lines = [ln for ln in text.split("\n") if any(ch.isalpha() for ch in ln)]
    bijoy = sum(1 for ln in lines if line_is_bijoy(ln))
    return bijoy >= 2 and bijoy >= len(lines) / 3 or (len(lines) == 1 and bijoy == 1)


def convert(text: str) -> tuple[str, int]:
    """Convert the Bijoy lines of a page; other lines (English, URLs) stay. Returns (text, lines converted)."""
    out, n = [], 0
    for line in text.split("\n"):
        if line_is_bijoy(line):
            line = bijoy_to_unicode(line)
            n += 1
        out.append(line)
    return "\n".join(out), n
