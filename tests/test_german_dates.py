"""quiz.german.dates: German dates with their granularity."""

from __future__ import annotations

import pytest

from quiz.german import Granularity, PartialDate, month_number, parse_date


@pytest.mark.parametrize(
    ("text", "iso", "granularity"),
    [
        ("30. Juni 2019", "2019-06-30", "day"),
        ("30.6.2019", "2019-06-30", "day"),
        ("30.06.2019", "2019-06-30", "day"),
        ("30. 06. 2019", "2019-06-30", "day"),
        ("30.06.19", "2019-06-30", "day"),
        ("1.1.68", "1968-01-01", "day"),
        ("2019-06-30", "2019-06-30", "day"),
        ("30/06/2019", "2019-06-30", "day"),
        ("am 30. Juni 2019", "2019-06-30", "day"),
        ("Sonntag, 30. Juni 2019", "2019-06-30", "day"),
        ("So., 30. Juni 2019", "2019-06-30", "day"),
        ("30 Juni 2019", "2019-06-30", "day"),
        ("30. Jun. 2019", "2019-06-30", "day"),
        ("June 30, 2019", "2019-06-30", "day"),
        ("Jan 5th, 2020", "2020-01-05", "day"),
        ("5.9.2023", "2023-09-05", "day"),
        ("29.2.2020", "2020-02-29", "day"),
        ("30. Juni", "--06-30", "day"),
        ("30.6.", "--06-30", "day"),
        ("September 2023", "2023-09", "month"),
        ("Sept. 2023", "2023-09", "month"),
        ("Sep 2023", "2023-09", "month"),
        ("09/2023", "2023-09", "month"),
        ("9/2023", "2023-09", "month"),
        ("09.2023", "2023-09", "month"),
        ("2023-09", "2023-09", "month"),
        ("im September 2023", "2023-09", "month"),
        ("Jänner 2020", "2020-01", "month"),
        ("Jän. 2020", "2020-01", "month"),
        ("Feber 2021", "2021-02", "month"),
        ("Maerz 2019", "2019-03", "month"),
        ("Dez. 2019", "2019-12", "month"),
        ("im März", "--03", "month"),
        ("2019", "2019", "year"),
        ("im Jahr 2019", "2019", "year"),
        ("im Jahre 1989", "1989", "year"),
        ("800", "0800", "year"),
        ("44 v. Chr.", "-0044", "year"),
        ("9 n. Chr.", "0009", "year"),
        ("15. März 44 v. Chr.", "-0044-03-15", "day"),
        ("1.–3. Juni 2019", "2019-06-01/2019-06-03", "range"),
        ("1. bis 3. Juni 2019", "2019-06-01/2019-06-03", "range"),
        ("30. Mai bis 2. Juni 2019", "2019-05-30/2019-06-02", "range"),
        ("Juni bis August 2019", "2019-06/2019-08", "range"),
        ("2019–2021", "2019/2021", "range"),
        ("2019 - 2021", "2019/2021", "range"),
        ("von 2019 bis 2021", "2019/2021", "range"),
        ("zwischen 2019 und 2021", "2019/2021", "range"),
        ("2019-06-30 - 2019-07-02", "2019-06-30/2019-07-02", "range"),
        ("neunzehnhundertfünfzig", "1950", "year"),
        ("im Jahr zweitausendzwei", "2002", "year"),
        ("zweitausend zwei", "2002", "year"),
        ("neunter November neunzehnhundertneunundachtzig", "1989-11-09", "day"),
        ("am neunten November 1989", "1989-11-09", "day"),
        ("der neunte elfte neunzehnhundertneunundachtzig", "1989-11-09", "day"),
        ("9ten November 1989", "1989-11-09", "day"),
        ("1ste Mai", "--05-01", "day"),
        ("am ersten Mai", "--05-01", "day"),
        ("dritter Oktober neunzehnhundertneunzig", "1990-10-03", "day"),
        ("siebter Juli", "--07-07", "day"),
        ("siebenten Juli", "--07-07", "day"),
        ("achter März", "--03-08", "day"),
        ("sechzehnter Juni", "--06-16", "day"),
        ("zwanzigster Juni", "--06-20", "day"),
        ("einunddreißigster Dezember", "--12-31", "day"),
        ("9. November '89", "1989-11-09", "day"),
        ("Juni ’19", "2019-06", "month"),
        ("von zweitausendneunzehn bis zweitausendeinundzwanzig", "2019/2021", "range"),
        ("zweihundert vor Christus", "-0200", "year"),
    ],
)
def test_reads_dates(text: str, iso: str, granularity: str) -> None:
    date = parse_date(text)
    assert date is not None, text
    assert date.iso() == iso
    assert date.granularity == Granularity(granularity)


@pytest.mark.parametrize(
    "text",
    ["", "abc", "gestern", "30", "12345", "31.2.2019", "29.2.2019", "31.6.2019", "6/30/2019", "13.13.2019",
     "0.5.2019", "Juno 2019", "2021 bis 2019", "2019-21", "30. Juni 2019 um 14 Uhr", "1990er", "😀", "x" * 500,
     "zwei", "Ende Juni", "zweiter Weltkrieg", "zweiunddreißigster Mai", "drei drei", "und", "erster"],
)  # fmt: skip
def test_rejects_what_is_not_a_date(text: str) -> None:
    assert parse_date(text) is None


def test_a_month_name_with_one_slip_is_read_and_flagged() -> None:
    date = parse_date("Septmber 2023")
    assert date is not None and date.iso() == "2023-09" and date.respelled
    clean = parse_date("September 2023")
    assert clean is not None and not clean.respelled
    assert parse_date("Juno 2019") is None  # short names must be exact: Juni or Juli?


def test_a_year_word_with_one_slip_is_read_and_flagged() -> None:
    date = parse_date("im Jahr neunzehnhundertneunundachzig")
    assert date is not None and date.iso() == "1989"
    assert date.repairs == (("neunzehnhundertneunundachzig", "neunzehnhundertneunundachtzig"),)
    clean = parse_date("neunzehnhundertneunundachtzig")
    assert clean is not None and clean.repairs == ()
    assert parse_date("neunzehnhundertneunund") is None


def test_writes_dates_out() -> None:
    assert PartialDate(2019, 6, 30).text() == "30. Juni 2019"
    assert PartialDate(2019, 6, 30).text("en") == "30 June 2019"
    assert PartialDate(-44, 3, 15).text() == "15. März 44 v. Chr."
    assert PartialDate(2023, 9).text() == "September 2023"
    date = parse_date("1.–3. Juni 2019")
    assert date is not None and date.text() == "1. Juni 2019 – 3. Juni 2019"


@pytest.mark.parametrize(
    ("word", "number"),
    [("Januar", 1), ("Jänner", 1), ("Jaenner", 1), ("Feber", 2), ("März", 3), ("Maerz", 3), ("Mrz", 3),
     ("Mai", 5), ("May", 5), ("Juni", 6), ("Juli", 7), ("Sept.", 9), ("Okt", 10), ("October", 10), ("Dez.", 12)],
)  # fmt: skip
def test_month_names(word: str, number: int) -> None:
    assert month_number(word) == number


def test_unknown_month_name() -> None:
    assert month_number("Juno") is None
