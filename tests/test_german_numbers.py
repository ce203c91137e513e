"""quiz.german.numbers and units: German numbers from digits, words, scales and units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from quiz.german import format_number, parse_number, parse_quantity
from quiz.german.number_slips import repair_number_word, repair_quantity
from quiz.german.units import UNITS, convert, find_unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("685", "685"),
        ("17,2", "17.2"),
        ("17.2", "17.2"),
        ("0,5", "0.5"),
        ("0.500", "0.5"),
        ("2.850", "2850"),
        ("5.000.000", "5000000"),
        ("5 000 000", "5000000"),
        ("5\u00a0000", "5000"),
        ("5\u202f000", "5000"),
        ("5'000'000", "5000000"),
        ("1.234,5", "1234.5"),
        ("1,234.5", "1234.5"),
        ("1,234,567", "1234567"),
        ("5 000,5", "5000.5"),
        ("sechshundertfünfundachtzig", "685"),
        ("sechshundertfuenfundachtzig", "685"),
        ("sechshundert fünfundachtzig", "685"),
        ("dreissig", "30"),
        ("dreißig", "30"),
        ("zwölf", "12"),
        ("zwoelf", "12"),
        ("siebzehn", "17"),
        ("einundzwanzig", "21"),
        ("zweitausenddreiundzwanzig", "2023"),
        ("neunzehnhundertneunundachtzig", "1989"),
        ("tausendundeins", "1001"),
        ("eins", "1"),
        ("eine", "1"),
        ("null", "0"),
        ("fünf Millionen", "5000000"),
        ("eine Million", "1000000"),
        ("zwei Millionen dreihunderttausend", "2300000"),
        ("fünf Milliarden", "5000000000"),
        ("drei Billionen", "3000000000000"),
        ("5 Mio.", "5000000"),
        ("5 Mio", "5000000"),
        ("5Mio", "5000000"),
        ("fünf Mio.", "5000000"),
        ("2,5 Millionen", "2500000"),
        ("1,5 Mrd.", "1500000000"),
        ("3 Tsd.", "3000"),
        ("zwei Komma fünf", "2.5"),
        ("null Komma null fünf", "0.05"),
        ("zweieinhalb", "2.5"),
        ("eineinhalb", "1.5"),
        ("anderthalb", "1.5"),
        ("zweieinhalb Millionen", "2500000"),
        ("ein Dutzend", "12"),
        ("zwei Dutzend Eier", "24"),
        ("eineinhalb Mrd.", "1500000000"),
        ("sechshundertneunundsechzigtausendvierhundertfünfundachtzig", "669485"),
        ("rund 685", "685"),
        ("ca. 685", "685"),
        ("etwa 685", "685"),
        ("ungefähr 685", "685"),
        ("-5", "-5"),
        ("−5", "-5"),
        ("minus fünf", "-5"),
        ("3.", "3"),
        ("685 km", "685"),
        ("24 Jahre", "24"),
        ("17 Soldaten", "17"),
        ("5 Mio. Einwohner", "5000000"),
    ],
)
def test_reads_the_value(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "Millionen", "5 oder 6", "5-6", "fünf oder sechs", "1/2", "12345 678", "30.6.2019",
     "1.2.3", "sechshundertfünfundachzig", "fünf fünf", "😀", "\x00", "6" * 300, "Platz 3", "1,2,3",
     "drei Millionen Millionen"],
)  # fmt: skip
def test_rejects_what_is_not_one_number(text: str) -> None:
    assert parse_quantity(text) is None


def test_ambiguous_separator_keeps_the_other_reading() -> None:
    comma = parse_quantity("2,850")
    assert comma is not None and comma.value == Decimal("2.85") and comma.alternative == Decimal(2850)
    dot = parse_quantity("5.000")
    assert dot is not None and dot.value == 5000 and dot.alternative == 5
    assert parse_quantity("17,2") == parse_quantity("17.2")
    spaced = parse_quantity("5 000")
    assert spaced is not None and spaced.alternative is None


@pytest.mark.parametrize(
    ("text", "symbol"),
    [("685 km", "km"), ("685 Kilometer", "km"), ("5 %", "%"), ("5%", "%"), ("5 Prozent", "%"),
     ("24 Jahre", "Jahre"), ("24 Jahren", "Jahre"), ("3 Monate", "Monate"), ("-5 °C", "°C"), ("5 Grad", "°C"),
     ("5 €", "€"), ("€ 5", "€"), ("5€", "€"), ("$5", "$"), ("1,5 Mrd. Euro", "€"), ("10 km/h", "km/h"),
     ("zehn Kilometer pro Stunde", "km/h"), ("3 km²", "km²"), ("7 Tage", "Tage"), ("2 TWh", "TWh")],
)  # fmt: skip
def test_reads_the_unit(text: str, symbol: str) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None and quantity.unit is not None
    assert quantity.unit.symbol == symbol


def test_counted_things_are_no_unit() -> None:
    quantity = parse_quantity("685 Einwohner")
    assert quantity is not None and quantity.unit is None


def test_units_convert_within_a_dimension_only() -> None:
    km, m, year, month, euro = UNITS["km"], UNITS["m"], UNITS["jahre"], UNITS["monate"], UNITS["euro"]
    assert convert(Decimal(685), km, m) == 685000
    assert convert(Decimal(24), year, month) == 288
    assert convert(Decimal(5), km, euro) is None
    assert find_unit(["kilometer", "pro", "stunde", "schnell"])[1] == 3
    assert find_unit(["einwohner"]) == (None, 0)


@pytest.mark.parametrize(
    ("value", "german", "english"),
    [("2850", "2.850", "2,850"), ("17.2", "17,2", "17.2"), ("5000000", "5.000.000", "5,000,000"),
     ("-1234.5", "-1.234,5", "-1,234.5"), ("0.05", "0,05", "0.05"), ("685", "685", "685"), ("2.50", "2,5", "2.5")],
)  # fmt: skip
def test_formats_for_readers(value: str, german: str, english: str) -> None:
    assert format_number(Decimal(value)) == german
    assert format_number(Decimal(value), "en") == english
    assert parse_number(german) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [("dreii", "3", "drei"), ("Drie", "3", "Drei"), ("zweitausnd", "2000", "zweitausend"), ("dreizig", "30", "dreißig"),
     ("funf", "5", "fünf"), ("zwolf", "12", "zwölf"), ("zwßei", "2", "zwei"), ("achzehn", "18", "achtzehn"),
     ("sechshundertfünfundachzig", "685", "sechshundertfünfundachtzig"), ("fünf Milionen", "5000000", "Millionen"),
     ("dreii Prozent", "3", "drei"), ("rund zwanzg", "20", "zwanzig")],
)  # fmt: skip
def test_repairs_a_number_word_with_one_slip(text: str, value: str, word: str) -> None:
    repair = repair_quantity(text)
    assert repair is not None and repair.quantity.value == Decimal(value)
    assert repair.word == word


@pytest.mark.parametrize(
    "text",
    ["zrei", "eunundachtzig", "dweiundachtzig", "hier", "neu", "elv", "Sieb", "Wladiwostock", "Bundesregierung",
     "drei", "sechshundertfünfundachzg", "fünf Millionen", "17 Soldaten", "", "x" * 300],
)  # fmt: skip
def test_repairs_nothing_ambiguous_common_or_far(text: str) -> None:
    assert repair_quantity(text) is None  # zwei or drei? neun or ein? hier is a word; two slips are too many


def test_repairs_a_year_word_for_dates() -> None:
    assert repair_number_word("neunzehnhundertneunundachzig") == (1989, "neunzehnhundertneunundachtzig")
    assert repair_number_word("neunzehnhundertneunundachtzig") is None  # nothing to repair
    assert repair_number_word("zrei") is None
