"""Decoded text -> normalised text: one line-ending convention and Unicode NFC.

NFC decomposes ড় ঢ় য় into letter + nukta (they are composition exclusions); every table in
this package is keyed on that form, so NFC is applied here, once, and last.
"""

from __future__ import annotations

import unicodedata


def normalize(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
