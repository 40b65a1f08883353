"""Bytes -> text: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise chardet decides."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field


class NotText(ValueError):
    """The input is binary (an image, a PDF...), not a text dump."""


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode(data: bytes) -> Decoded:
    """Decode one document. Invalid bytes never stop it: they are replaced and counted."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_with(data, name)
    if b"\x00" in data[:8192]:
        raise NotText("binary data (NUL bytes), not a text dump")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    import chardet  # only for inputs that are not UTF-8: keeps start-up small

    guess = chardet.detect(data[:65536]) or {}
    name = (guess.get("encoding") or "utf-8").lower()
    return _decode_with(data, name)


def _decode_with(data: bytes, name: str) -> Decoded:
    try:
        codecs.lookup(name)
    except LookupError:
        name = "utf-8"
    text = data.decode(name, errors="replace")
    bad = text.count("\ufffd") - data.decode(name, errors="ignore").count("\ufffd") if "\ufffd" in text else 0
    warnings = [f"{bad} undecodable byte sequence(s) replaced with U+FFFD"] if bad > 0 else []
    return Decoded(text, name, warnings)
