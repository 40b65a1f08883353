"""Cue patterns for the line rules: a regex, and the strings any match of it must contain.

Python's regex engine tries every alternative at every position: a lexicon of thirty cue
phrases costs microseconds on a short Bangla line, while `in` costs tens of nanoseconds. So
each cue works out from its parsed pattern a few literal strings, one of which every match
must contain (the prefilter idea of RE2 and ripgrep), and a line that holds none of them is
not searched at all. The answer is the same; tests/test_cues.py checks that on every line we have.
"""

from __future__ import annotations

import re
import unicodedata

try:
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # Python < 3.11
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

from .lines import Line

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains; None when no such set is known.
    Case-sensitive: a pattern with an inline (?i) gets None."""
    parsed = P.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _sequence(parsed)
    return tuple(sorted(found)) if found else None


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective requirement: longer shortest string, then fewer strings."""
    if not a:
        return b
    if not b:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _sequence(items) -> set[str] | None:
    best: set[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:  # consumes nothing: the literals either side stay adjacent
            continue
        if run:
            best = _better(best, {"".join(run)})
            run = []
        if op is C.BRANCH:
            branches = [_sequence(b) for b in av[1]]
            if all(branches):
                best = _better(best, set().union(*(b for b in branches if b)))
        elif op is C.SUBPATTERN:
            if not (av[1] & re.IGNORECASE):
                best = _better(best, _sequence(av[-1]))
        elif op in _REPEATS and av[0] >= 1:
            best = _better(best, _sequence(av[2]))
        elif op is C.IN and av and all(o is C.LITERAL for o, _ in av):
            best = _better(best, {chr(v) for _, v in av})
    if run:
        best = _better(best, {"".join(run)})
    return best


class Cue:
    """A cue pattern, case-insensitive for Latin words. It is compiled twice because
    case-insensitive matching costs up to 10x on Bangla text, and a line with no ASCII letter
    matches the same without it (leaving aside the Kelvin sign and the long s). Those lines
    are searched only when they hold one of the cue's needles."""

    __slots__ = ("ci", "cs", "needles", "prefilter")

    def __init__(self, pattern: str):
        pattern = unicodedata.normalize("NFC", pattern)
        self.ci = re.compile(pattern, re.IGNORECASE)
        self.cs = re.compile(pattern)
        self.needles = required_literals(pattern)
        # An alternation of plain strings: the engine skips ahead by first letter, which the
        # cue itself often defeats (anchors, \b, \s+ between words).
        self.prefilter = re.compile("|".join(map(re.escape, self.needles))) if self.needles else None

    def pick(self, line: Line) -> re.Pattern[str]:
        return self.ci if line.latin else self.cs

    def search(self, line: Line, text: str | None = None) -> re.Match[str] | None:
        """Search `text` (default: the line's text), which must be the line or part of it."""
        text = line.text if text is None else text
        if line.latin:
            return self.ci.search(text)
        if self.prefilter is not None and not self.prefilter.search(text):
            return None  # holds none of the strings a match needs
        return self.cs.search(text)

    def match(self, line: Line, text: str | None = None) -> re.Match[str] | None:
        # No prefilter: a match is tried at the start only, which is cheap already.
        return (self.ci if line.latin else self.cs).match(line.text if text is None else text)
