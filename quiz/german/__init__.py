"""German-language helpers: normal forms, numbers, dates, units and spelling slips.

Plain functions over strings, importing nothing above :mod:`quiz.models`, so any
layer (deck generation, grading) can use them::

    from quiz.german import parse_number, parse_date, normalize
    parse_number("2,5 Mio.")          # Decimal('2500000.0')
    parse_date("Sept. 2023").iso()    # '2023-09'
    normalize("„Orlow-Traber“")       # 'orlow traber'
"""

from quiz.german.dates import DateValue, Granularity, PartialDate, month_number, parse_date
from quiz.german.normalize import answer_key, fold, normalize
from quiz.german.numbers import Quantity, format_number, parse_number, parse_quantity
from quiz.german.units import Unit, find_unit

__all__ = [
    "DateValue",
    "Granularity",
    "PartialDate",
    "Quantity",
    "Unit",
    "answer_key",
    "find_unit",
    "fold",
    "format_number",
    "month_number",
    "normalize",
    "parse_date",
    "parse_number",
    "parse_quantity",
]
