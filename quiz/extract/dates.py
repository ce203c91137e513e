"""Find calendar dates in a German sentence and normalise them to ISO.

Only absolute dates are facts worth a question: ``am 30. Juni 2019``,
``im September 2023``, ``von 10. bis 13. September``, ``5.9.2023``,
``im Jahr 1959``, ``seit 2022``, bare years and months. Relative expressions
(``kommende Woche``, ``am Montag``, ``im Vorjahr``) and clock times
(``15.05 Uhr``) are left alone on purpose. A month without a year takes the
year from the article's reference date and is marked ``inferred``; without a
reference the year stays open (``--06-19``) instead of being invented.

``surface`` is the date itself without its preposition (``30. Juni 2019`` in
``am 30. Juni 2019``), so a cloze keeps the preposition as a clue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.german.months import MONTHS_DE
from quiz.models import Fact, Kind

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip
MONTH_NAMES = MONTHS_DE  # the German month names, in order
FIRST_YEAR, LAST_YEAR = 1000, 2099

_M = r"(?P<{}>Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
_D = r"(?P<{}>[12]?\d|3[01])\."
_Y = r"(?P<{}>1\d{{3}}|20\d{{2}})"
_END = r"(?![\w.,:/-]\d|\w)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("day_range", re.compile(
        rf"\b{_D.format('d1')}(?:\s*{_M.format('m1')})?\s*(?:bis|–|-)\s*{_D.format('d2')}\s*{_M.format('m2')}"
        rf"(?:\s+{_Y.format('y')})?{_END}")),
    ("numeric", re.compile(rf"(?<![\d.,])(?P<d>[12]?\d|3[01])\.\s?(?P<m>0?[1-9]|1[0-2])\.\s?{_Y.format('y')}{_END}")),
    ("day", re.compile(rf"\b{_D.format('d')}\s*{_M.format('m')}(?:\s+{_Y.format('y')})?{_END}")),
    ("year_range", re.compile(rf"\b(?:von|zwischen)\s+{_Y.format('y1')}\s+(?:bis|und)\s+{_Y.format('y2')}{_END}")),
    ("month", re.compile(rf"\b{_M.format('m')}(?:\s+{_Y.format('y')})?{_END}")),
    ("year", re.compile(rf"(?<![\w.,:/€$-]){_Y.format('y')}(?![\w.,:/%-]?\d|[-/]\w|\w| ?%| ?Uhr)")),
)  # fmt: skip

# Words right before a month name that make it a date, not a name ("August Schmidt").
_MONTH_CUES = frozenset(
    "im in seit bis ab ab vom von zum anfang mitte ende letzten vergangenen kommenden nächsten diesen "
    "jeden monat des am den der bereits schon noch erst spätestens frühestens".split()
)
# Words before a bare four-digit number that make it a year.
_YEAR_CUES = frozenset(
    "jahr jahre jahres jahren im seit bis ab anno um von vor nach frühjahr sommer herbst winter saison "
    "jahrgang ende anfang mitte bereits schon erst noch zuletzt damals".split()
)
# Words before a four-digit number that make it a count ("rund 2000").
_COUNT_CUES = frozenset(
    "rund etwa ca ca. knapp über unter fast mehr weniger als mindestens höchstens insgesamt je pro zirka "
    "weitere nur gut bis zu exakt genau ganze".split()
)
_WORD_BEFORE = re.compile(r"([\wäöüÄÖÜß.]+)\W*$")
_WORD_AFTER = re.compile(r"^\W{0,2}?\s*([\wäöüÄÖÜß-]+)")


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    value: str
    granularity: str
    inferred: bool


def find_dates(sentence: str, article: str, reference: str | None = None) -> list[Fact]:
    """Every absolute date in ``sentence``, left to right, without overlaps.

    ``reference`` is the article's date (``2023-09`` or ``2023-09-05``), used
    only to infer the year of a month or day named without one.
    """
    taken: list[tuple[int, int]] = []
    found: list[_Found] = []
    ref_year, ref_month = _reference(reference)
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            hit = _interpret(name, match, sentence, ref_year, ref_month)
            if hit is not None:
                taken.append((match.start(), match.end()))
                found.append(hit)
    facts = []
    for hit in sorted(found, key=lambda h: h.start):
        detail = [("granularity", hit.granularity)]
        if hit.inferred:
            detail.append(("inferred", "year"))
        facts.append(
            Fact(Kind.DATE, sentence[hit.start : hit.end], hit.value, sentence, hit.start, hit.end, article,
                 tuple(detail))
        )  # fmt: skip
    return facts


def _interpret(name: str, m: re.Match[str], text: str, ref_year: int | None, ref_month: int | None) -> _Found | None:
    groups = m.groupdict()
    if name == "day_range":
        m2 = MONTHS[groups["m2"].lower()]
        m1 = MONTHS[groups["m1"].lower()] if groups["m1"] else m2
        d1, d2 = int(groups["d1"]), int(groups["d2"])
        if not (_valid_day(d1, m1) and _valid_day(d2, m2)) or (m1, d1) >= (m2, d2):
            return None
        year, inferred = _year(groups["y"], m2, ref_year, ref_month)
        return _Found(m.start(), m.end(), f"{_iso(year, m1, d1)}/{_iso(year, m2, d2)}", "range", inferred)
    if name == "numeric":
        day, month, year_num = int(groups["d"]), int(groups["m"]), int(groups["y"])
        if not _valid_day(day, month):
            return None
        return _Found(m.start(), m.end(), _iso(year_num, month, day), "day", False)
    if name == "day":
        month, day = MONTHS[groups["m"].lower()], int(groups["d"])
        if not _valid_day(day, month):
            return None
        year, inferred = _year(groups["y"], month, ref_year, ref_month)
        return _Found(m.start(), m.end(), _iso(year, month, day), "day", inferred)
    if name == "year_range":
        y1, y2 = int(groups["y1"]), int(groups["y2"])
        if not y1 < y2 or _counted(text, m.end()):
            return None
        return _Found(m.start() + m.group(0).index(groups["y1"]), m.end(), f"{y1}/{y2}", "range", False)
    if name == "month":
        month = MONTHS[groups["m"].lower()]
        before = _word_before(text, m.start())
        if groups["y"] is None and before not in _MONTH_CUES:
            return None
        if groups["y"] is None and _WORD_AFTER.match(text[m.end() :] or "") and text[m.end() : m.end() + 1] == " ":
            after = _WORD_AFTER.match(text[m.end() :])
            if after and after.group(1)[:1].isupper() and before not in _MONTH_CUES - {"des", "der", "den"}:
                return None
        year, inferred = _year(groups["y"], month, ref_year, ref_month)
        return _Found(m.start(), m.end(), _iso(year, month), "month", inferred)
    year_num = int(groups["y"])
    if not FIRST_YEAR <= year_num <= LAST_YEAR or not _looks_like_year(text, m.start(), m.end(), year_num):
        return None
    return _Found(m.start(), m.end(), str(year_num), "year", False)


def _looks_like_year(text: str, start: int, end: int, year: int) -> bool:
    before = _word_before(text, start)
    if before in _COUNT_CUES or (before and before[0].isdigit()):
        return False
    if _counted(text, end):
        return False
    if before in _YEAR_CUES:
        return True
    if not 1800 <= year <= 2049:
        return False
    after = _WORD_AFTER.match(text[end:])
    if after is None:
        return True
    word = after.group(1)
    if text[end : end + 1] != " ":
        return True
    if word[:1].isupper():
        return word in _YEAR_FOLLOWERS
    if _PARTICIPLE.match(word):
        return True  # "die 2011 durchgeführten Studien", "das 2015 gegründete Start-up"
    # "2022 neue Wohnungen": an inflected adjective right before a noun counts something.
    rest = text[end + 1 + len(word) :]
    nxt = _WORD_AFTER.match(rest)
    return not (word.endswith(("e", "en", "er", "es")) and len(word) > 3 and nxt and nxt.group(1)[:1].isupper()
                and rest[:1] == " " and word not in _LOWER_YEAR_FOLLOWERS)  # fmt: skip


_PARTICIPLE = re.compile(r"^(?:\w*ge\w+(?:t|en)|\w+iert)(?:e|en|er|es|em)$")
# Capitalised words that may follow a year ("2019 Wladiwostok" never happens, "2019 Olympische ..." might).
_YEAR_FOLLOWERS = frozenset({"Die", "Der", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen"})
_LOWER_YEAR_FOLLOWERS = frozenset({"anstelle", "eine", "einen", "seine", "seinen", "ihre", "ihren", "diese",
                                   "diesen", "wieder", "wurde", "hatte", "habe", "gegen", "unter", "ohne",
                                   "über", "erste", "ersten", "erstmals", "zwischen", "gegenüber"})  # fmt: skip


def _counted(text: str, end: int) -> bool:
    """A unit or counted noun right after the number ("2000 Jahre", "1500 Euro")."""
    after = _WORD_AFTER.match(text[end:])
    if after is None or text[end : end + 1] not in (" ", "\u00a0"):
        return False
    return after.group(1).lower() in _COUNT_NOUNS


_COUNT_NOUNS = frozenset(
    "jahr jahre jahren tag tage tagen woche wochen monat monate monaten stunde stunden minute minuten sekunden "
    "menschen personen euro dollar franken mal meter metern kilometer kilometern kilo kilogramm tonnen prozent "
    "stück leute einwohner mitarbeiter soldaten besucher zuschauer fans exemplare punkte stimmen".split()
)


def _word_before(text: str, start: int) -> str:
    found = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return found.group(1).lower() if found else ""


def _reference(reference: str | None) -> tuple[int | None, int | None]:
    if not reference:
        return None, None
    parts = reference.split("-")
    try:
        return int(parts[0]), int(parts[1]) if len(parts) > 1 else None
    except ValueError:
        return None, None


def _year(written: str | None, month: int, ref_year: int | None, ref_month: int | None) -> tuple[int | None, bool]:
    if written:
        return int(written), False
    if ref_year is None:
        return None, False
    if ref_month is not None and month > ref_month + 3:
        return ref_year - 1, True
    return ref_year, True


def _valid_day(day: int, month: int) -> bool:
    return 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


def _iso(year: int | None, month: int, day: int | None = None) -> str:
    head = f"{year:04d}" if year is not None else "-"
    return f"{head}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def month_name(month: int) -> str:
    """The standard German name of a month (1-12)."""
    return MONTH_NAMES[month - 1]
