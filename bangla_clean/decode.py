"""Bytes -> text: UTF-8 (with or without BOM), UTF-16, legacy Bijoy, otherwise chardet decides."""

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
    head = data[:8192]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16:
            return _decode_with(data, utf16)
        raise NotText("binary data (NUL bytes), not a text dump")
    has_bangla = b"\xe0\xa6" in data or b"\xe0\xa7" in data  # UTF-8 of U+0980-U+09FF
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not has_bangla:
            legacy = _from_bijoy(text, "utf-8")
            if legacy.encoding == "bijoy":
                return legacy
        return _repair_mojibake(Decoded(text, "utf-8"))
    # Mostly valid UTF-8 with a few broken bytes (a cut download, a bad copy) stays UTF-8.
    loose = _decode_with(data, "utf-8")
    bad = loose.text.count("\ufffd")
    if bad <= max(3, len(loose.text) // 200) and any(ord(c) > 0x7F and c != "\ufffd" for c in loose.text[:4096]):
        return loose
    as_1252 = _from_bijoy(data.decode("cp1252", errors="replace"), "")
    if as_1252.encoding == "bijoy":
        return as_1252
    import chardet  # only for inputs that are not UTF-8: keeps start-up small

    guess = chardet.detect(data[:65536]) or {}
    name = (guess.get("encoding") or "utf-8").lower()
    return _decode_with(data, name)


def _utf16_without_bom(head: bytes) -> str | None:
    """Text in UTF-16 has NULs in every other byte for ASCII and a steady high byte (0x09) for Bangla."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    for name, hi, lo in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        text_like = sum(1 for b in hi if b in (0x00, 0x09, 0x20)) / len(hi)
        if text_like > 0.9 and lo.count(0) < len(lo) * 0.1:
            try:
                head[: len(head) // 2 * 2].decode(name)
            except UnicodeDecodeError:
                continue
            return name
    return None


# UTF-8 Bangla read once as Windows-1252 or Latin-1 and saved again as UTF-8: "à¦¬à¦¾à¦‚à¦²à¦¾".
_MOJIBAKE_MARK = ("à¦", "à§")


def _sloppy_1252(text: str) -> bytes:
    """Undo a Windows-1252 decode; bytes 1252 leaves undefined came through as C1 controls."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                raise
            out.append(ord(ch))
    return bytes(out)


def _repair_mojibake(decoded: Decoded) -> Decoded:
    """Repair each line that holds mojibake and round-trips to valid UTF-8; leave the rest."""
    text = decoded.text
    if "à" not in text or not any(m in text for m in _MOJIBAKE_MARK):  # one letter is found faster than two
        return decoded
    out, repaired = [], 0
    for line in text.split("\n"):
        if any(m in line for m in _MOJIBAKE_MARK):
            try:
                line = _sloppy_1252(line).decode("utf-8")
                repaired += 1
            except UnicodeError:
                pass
        out.append(line)
    if not repaired:
        return decoded
    return Decoded("\n".join(out), "utf-8+mojibake-repaired", decoded.warnings)


def _from_bijoy(text: str, encoding: str) -> Decoded:
    """Legacy Bijoy text (ASCII and 1252 symbols drawn as Bangla) converted line by line."""
    from . import bijoy

    if bijoy.looks_like_bijoy(text):
        converted, n = bijoy.convert(text)
        return Decoded(converted, "bijoy", [f"{n} line(s) converted from Bijoy (SutonnyMJ) to Unicode"])
    return Decoded(text, encoding)


def _decode_with(data: bytes, name: str) -> Decoded:
    try:
        codecs.lookup(name)
    except LookupError:
        name = "utf-8"
    text = data.decode(name, errors="replace")
    bad = text.count("\ufffd") - data.decode(name, errors="ignore").count("\ufffd") if "\ufffd" in text else 0
    warnings = [f"{bad} undecodable byte sequence(s) replaced with U+FFFD"] if bad > 0 else []
    return Decoded(text, name, warnings)
