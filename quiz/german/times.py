"""Read clock times as German texts write them: ``20:15``, ``20.15 Uhr``, ``20 Uhr``, ``20 Uhr 15``."""

from __future__ import annotations

import re

from quiz.german.normalize import fold

__all__ = ["parse_time"]

_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})(?:\s*(?:uhr|h))?")
_HOURS = re.compile(r"(\d{1,2})\s*(?:uhr|h)(?:\s*(\d{2}))?")
_LEADING = ("um ", "gegen ", "ab ", "at ")


def parse_time(text: str) -> tuple[int, int] | None:
    """The hour and minute of a time of day, or None: ``parse_time("um 20.15 Uhr") == (20, 15)``.

    Hours run 0-24, minutes 0-59; ``24:00`` is midnight and kept as written.
    """
    if len(text) > 40:
        return None
    folded = " ".join(fold(text).split()).strip(".,;!?")
    for word in _LEADING:
        if folded.startswith(word):
            folded = folded[len(word) :]
    match = _CLOCK.fullmatch(folded) or _HOURS.fullmatch(folded)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return hour, minute
