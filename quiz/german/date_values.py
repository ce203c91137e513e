"""What a date read from text is: a calendar date with unknown parts, or a range, and how precise it is.

Kept apart from the reading (:mod:`quiz.german.dates`) because graders,
feedback and generated answers use these values without parsing anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from quiz.german.months import MONTHS_DE, MONTHS_EN


class Granularity(StrEnum):
    """How precise a date is."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date whose parts may be unknown (``Juni 2019``, ``30. Juni``, ``2019``).

    Years before Christ are negative (``44 v. Chr.`` is -44).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def granularity(self) -> Granularity:
        """The finest part that is known."""
        if self.day is not None:
            return Granularity.DAY
        return Granularity.MONTH if self.month is not None else Granularity.YEAR

    def iso(self) -> str:
        """ISO 8601 text: ``2019-06-30``, ``2019-06``, ``2019`` (``--06-30`` without a year)."""
        year = "-" if self.year is None else (f"{self.year:04d}" if self.year >= 0 else f"-{-self.year:04d}")
        parts = [year] + [f"{p:02d}" for p in (self.month, self.day) if p is not None]
        return "-".join(parts)

    def text(self, lang: str = "de") -> str:
        """The date written out: ``30. Juni 2019`` (German) or ``30 June 2019`` (English)."""
        names = MONTHS_EN if lang == "en" else MONTHS_DE
        parts: list[str] = []
        if self.day is not None:
            parts.append(f"{self.day}" if lang == "en" else f"{self.day}.")
        if self.month is not None:
            parts.append(names[self.month - 1])
        if self.year is not None:
            era = (" BC" if lang == "en" else " v. Chr.") if self.year < 0 else ""
            parts.append(f"{abs(self.year)}{era}")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date or a range of dates read from text.

    ``respelled`` is True when a month name was read despite one slip
    (``Septmber``); callers may show the right spelling. ``repairs`` lists
    number words read despite one slip, as (typed, meant) pairs
    (``neunzehnhundertneunundachzig``): the date is read, but not as typed.
    """

    start: PartialDate
    end: PartialDate | None = None
    respelled: bool = False
    repairs: tuple[tuple[str, str], ...] = ()

    @property
    def granularity(self) -> Granularity:
        """``range`` for a range, else the start's granularity."""
        return Granularity.RANGE if self.end is not None else self.start.granularity

    def iso(self) -> str:
        """``2019-06-30`` or, for a range, ``2019-06-01/2019-06-03``."""
        return self.start.iso() if self.end is None else f"{self.start.iso()}/{self.end.iso()}"

    def text(self, lang: str = "de") -> str:
        """The date or range written out in German or English."""
        if self.end is None:
            return self.start.text(lang)
        return f"{self.start.text(lang)} – {self.end.text(lang)}"
