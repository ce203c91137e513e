"""German and English month names in every spelling a reader meets: full, short, Austrian, with one slip.

One table serves both directions: :mod:`quiz.german.date_values` writes the
names, :mod:`quiz.german.dates` reads them (``Jänner``, ``Feber``, ``Sept.``,
``Septmber``), and :func:`month_number` answers for anyone holding a single word.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from quiz.german.normalize import fold

MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni",
             "Juli", "August", "September", "Oktober", "November", "Dezember")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June",
             "July", "August", "September", "October", "November", "December")  # fmt: skip
_MONTH_SPELLINGS: dict[str, int] = {}
for _number, (_de, _en) in enumerate(zip(MONTHS_DE, MONTHS_EN, strict=True), start=1):
    for _name in (_de, _en, _de[:3], _en[:3]):
        _MONTH_SPELLINGS[fold(_name)] = _number
_MONTH_SPELLINGS.update({
    "jaenner": 1, "jaen": 1, "janner": 1, "feber": 2, "marz": 3, "mrz": 3, "maer": 3,
    "sept": 9, "okt": 10, "dez": 12,
})  # fmt: skip
# Full names only are matched with one slip; short ones (Juni/Juli) never are.
_FUZZY_MONTHS = {name: number for name, number in _MONTH_SPELLINGS.items() if len(name) >= 6}


def month_number(word: str) -> int | None:
    """The month a German or English month name or abbreviation means: ``Jänner`` and ``Sept.`` give 1 and 9."""
    return _MONTH_SPELLINGS.get(fold(word).strip(". "))


def exact_month(word: str) -> int | None:
    """The month a folded ``word`` spells exactly (``juni``, ``sept``, ``jaenner``), else None."""
    return _MONTH_SPELLINGS.get(word)


def near_month(word: str) -> int | None:
    """The month a folded ``word`` spells, exactly or as a full name with one slip (``septmber``), else None."""
    number = _MONTH_SPELLINGS.get(word)
    if number is None and len(word) >= 5:
        close = {n for name, n in _FUZZY_MONTHS.items() if OSA.distance(word, name, score_cutoff=1) <= 1}
        if len(close) == 1:
            return close.pop()
    return number
