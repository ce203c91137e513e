"""Table-driven tests for quiz.matching.grade: every rule of issue 4 and its traps.

Each row: kind, expected answer, aliases, what the learner typed, the verdict.
Rows are grouped by the rule they check; the traps (close but different words,
digits that look alike, dates with a missing part) are wrong on purpose.
"""

from __future__ import annotations

import pytest

from quiz.matching import grade
from quiz.models import Verdict

C, A, W = Verdict.CORRECT, Verdict.ALMOST, Verdict.WRONG

NORMALISATION = [
    ("place", "Wien", (), "wien", C),
    ("place", "Wien", (), "  WIEN  ", C),
    ("place", "Wien", (), "Wien.", C),
    ("place", "Wien", (), "„Wien“", C),
    ("place", "Wien", (), "'Wien'", C),
    ("place", "Wien", (), "Wien!?", C),
    ("place", "Wien", (), "Wien\n", C),
    ("place", "Wien", (), "Wien\u200b", C),  # zero-width space
    ("place", "Wien", (), "ＷＩＥＮ", C),  # full-width letters (NFKC)
    ("text", "Müller", (), "Mu\u0308ller", C),  # decomposed umlaut (NFC)
    ("text", "Orlow-Traber", (), "Orlow Traber", C),
    ("text", "Orlow-Traber", (), "Orlow–Traber", C),
    ("text", "Orlow-Traber", (), "Orlow—Traber", C),
    ("text", "Orlow-Traber", (), "OrlowTraber", C),
    ("text", "Orlow Traber", (), "orlow-traber", C),
    ("text", "Müller", (), "Mueller", C),
    ("text", "Müller", (), "MÜLLER", C),
    ("text", "Mueller", (), "Müller", C),
    ("place", "Köln", (), "Koeln", C),
    ("place", "Düsseldorf", (), "Duesseldorf", C),
    ("place", "Thüringen", (), "THUERINGEN", C),
    ("text", "Straße", (), "Strasse", C),
    ("text", "Strasse", (), "Straße", C),
    ("place", "Großbritannien", (), "Grossbritannien", C),
    ("place", "São Paulo", (), "Sao Paulo", C),
    ("place", "Kraków", (), "Krakow", C),
    ("place", "Côte d'Ivoire", (), "Cote d’Ivoire", C),
    ("text", "USA", (), "U.S.A.", C),
    ("text", "„Die Zeit“", (), "Die Zeit", C),
    ("place", "Nordrhein-Westfalen", (), "Nordrhein Westfalen", C),
    ("place", "Sankt Petersburg", (), "St. Petersburg", C),
    ("place", "St. Gallen", (), "Sankt Gallen", C),
]

LEADING_WORDS = [
    ("place", "Ukraine", (), "die Ukraine", C),
    ("place", "Ukraine", (), "in der Ukraine", C),
    ("place", "die Ukraine", (), "Ukraine", C),
    ("place", "Wladiwostok", (), "in Wladiwostok", C),
    ("place", "Schweiz", (), "der Schweiz", C),
    ("place", "Berlin", (), "nach Berlin", C),
    ("place", "Türkei", (), "in die Türkei", C),
    ("place", "Den Haag", (), "Den Haag", C),
    ("place", "Den Haag", (), "Den Hag", A),
    ("text", "Die Linke", (), "die Linke", C),
]

ALIASES = [
    ("place", "Wien", ("Vienna",), "Vienna", C),
    ("place", "Wien", ("Vienna",), "vienna", C),
    ("place", "Kiew", ("Kyjiw", "Kiev"), "Kyjiw", C),
    ("place", "Kiew", ("Kyjiw", "Kiev"), "Kiev", C),
    ("place", "Kiew", ("Kyjiw", "Kiev"), "Kyjw", A),
    ("text", "20:00", ("20 Uhr", "20.00 Uhr"), "20 Uhr", C),
    ("text", "20:00", ("20 Uhr", "20.00 Uhr"), "20.00", C),
    ("place", "Kanada", (), "Canada", C),  # the same country by its English name
    ("place", "Deutschland", (), "Germany", C),
    ("place", "Peking", (), "Beijing", C),  # spellings of the same place from the gazetteer
    ("place", "Wladiwostok", (), "Vladivostok", C),
    ("place", "Kiew", (), "Kyiv", C),
    ("place", "Belarus", (), "Weißrussland", C),
]

SLIPS = [
    ("place", "Wladiwostok", (), "Wladiwostock", A),
    ("place", "Wladiwostok", (), "Wladiwotsok", A),  # transposition: one slip
    ("place", "Wladiwostok", (), "Wladiwostk", A),
    ("place", "Wladiwostok", (), "Wladiwoztok", A),
    ("place", "Wladiwostok", (), "in Wladiwostock", A),
    ("place", "Österreich", (), "Osterreich", A),  # umlaut left out
    ("place", "München", (), "Munchen", A),
    ("place", "Brüssel", (), "Brussel", A),
    ("place", "München", (), "Münchn", A),
    ("place", "Deutschland", (), "Deutschlnad", A),
    ("place", "Deutschland", (), "Deutchland", A),
    ("place", "Deutschland", (), "Deutchlnad", A),  # two slips in a long word
    ("place", "Berlin", (), "Berlni", A),
    ("place", "Paris", (), "Parsi", A),
    ("place", "Moskau", (), "Moskua", A),
    ("place", "Hamburg", (), "Hamburk", A),
    ("place", "Portugal", (), "Protugal", A),
    ("place", "Ukraine", (), "Ukriane", A),
    ("place", "Brandenburg", (), "Brandenbrug", A),
    ("place", "Mecklenburg-Vorpommern", (), "Mecklenburg-Vorpomern", A),
    ("place", "Schleswig-Holstein", (), "Schleswig Holstien", A),
    ("place", "Frankfurt am Main", (), "Frankfurt am Mainn", A),
    ("text", "Orlow-Traber", (), "Orlow-Trabr", A),
    ("text", "Kim Jong Un", (), "Kim Jung Un", A),
    ("text", "Angela Merkel", (), "Angela Merkl", A),
    ("place", "Dänemark", (), "Dänemarks", A),  # an inflection, not another word
]

TRAPS = [
    ("place", "Wien", (), "Wein", W),  # short words must be exact
    ("place", "Wien", (), "Win", W),
    ("place", "Rom", (), "Rum", W),
    ("place", "Iran", (), "Irak", W),
    ("place", "Mali", (), "Malta", W),
    ("place", "Elbe", (), "Eble", W),
    ("place", "Bern", (), "Berlin", W),
    ("place", "Berlin", (), "Bern", W),
    ("place", "Nordkorea", (), "Südkorea", W),
    ("place", "Nordkorea", (), "Sudkorea", W),
    ("place", "Südkorea", (), "Nordkorea", W),
    ("place", "Niger", (), "Nigeria", W),
    ("place", "Nigeria", (), "Niger", W),
    ("place", "China", (), "Chile", W),
    ("place", "Chile", (), "China", W),
    ("place", "Irland", (), "Island", W),  # one letter, another country
    ("place", "Island", (), "Irland", W),
    ("place", "Gambia", (), "Sambia", W),
    ("place", "Sambia", (), "Gambia", W),
    ("place", "Österreich", (), "Australien", W),
    ("place", "Austria", (), "Australia", W),
    ("place", "Schweden", (), "Schweiz", W),
    ("place", "Slowakei", (), "Slowenien", W),
    ("place", "Lettland", (), "Estland", W),
    ("place", "Slowenien", (), "Slowakei", W),
    ("place", "Hessen", (), "Essen", W),  # one letter, another real word
    ("place", "Polen", (), "Posen", W),
    ("place", "Sachsen", (), "Sachen", W),
    ("text", "Kanzler", (), "Kanzlei", W),
    ("text", "Bundestag", (), "Bundesrat", W),
    ("text", "Scholz", (), "Schulz", W),
    ("text", "Olaf Scholz", (), "Scholz", W),  # a missing part is not correct
    ("place", "Wladiwostok", (), "Wladiwostok in Russland", W),
    ("place", "Wladiwostok", (), "Moskau", W),
    ("place", "Ancona", (), "Ascona", W),  # one letter, another town on the map
    ("place", "Tangermünde", (), "Angermünde", W),
    ("place", "Bad Dürkheim", (), "Bad Dürrheim", W),
    ("place", "Borkum", (), "Bockum", W),
    ("text", "G20", (), "G7", W),  # digits inside text must match
    ("text", "G20", (), "G 20", C),
    ("text", "Airbus A320", (), "Airbus A321", W),
    ("text", "NO", (), "No", C),
    ("text", "NO", (), "NL", W),
    ("place", "Wien", ("Vienna",), "Venice", W),
]

UMLAUTS_LEFT_OUT = [
    ("place", "München", (), "Munchen", A),
    ("text", "Übermäßig", (), "Ubermassig", A),
    ("text", "Bär", (), "Bar", W),  # without the umlaut it is another word
    ("text", "zählen", (), "zahlen", W),
    ("text", "schön", (), "schon", W),
    ("text", "Bär", (), "Baer", C),  # ae, oe, ue: the standard spelling without umlaut keys
    ("place", "Österreich", (), "Oesterreich", C),
    ("place", "München", (), "MUENCHEN", C),
    ("text", "Übermäßig", (), "Uebermaessig", C),
    ("text", "Maß", (), "Mass", C),  # ss for ß: Swiss spelling
]

TIMES = [
    ("text", "20:00", (), "20:00 Uhr", C),
    ("text", "20:00", (), "20 Uhr", C),
    ("text", "20:00", (), "um 20.00 Uhr", C),
    ("text", "20:15", (), "20 Uhr 15", C),
    ("text", "20:00", (), "21 Uhr", W),
    ("text", "20:15", (), "20:51", W),
    ("text", "20:15", (), "Viertel nach acht", W),
]

NUMBERS_RIGHT = [
    ("number", "685", (), "685", C),
    ("number", "685", (), "sechshundertfünfundachtzig", C),
    ("number", "685", (), "Sechshundertfünfundachtzig", C),
    ("number", "685", (), "sechshundert fünfundachtzig", C),
    ("number", "685", (), "sechshundertfuenfundachtzig", C),
    ("number", "685", (), "685 km", C),
    ("number", "685", (), "rund 685", C),
    ("number", "685", (), "685.", C),
    ("number", "685 km", (), "685", C),
    ("number", "685 km", (), "685 Kilometer", C),
    ("number", "685 km", (), "685.000 m", C),
    ("number", "30", (), "dreissig", C),
    ("number", "30", (), "dreißig", C),
    ("number", "12", (), "zwölf", C),
    ("number", "12", (), "zwoelf", C),
    ("number", "17,2", (), "17.2", C),
    ("number", "17.2", (), "17,2", C),
    ("number", "5.000.000", (), "5 000 000", C),
    ("number", "5.000.000", (), "5000000", C),
    ("number", "5.000.000", (), "5 Mio.", C),
    ("number", "5.000.000", (), "fünf Millionen", C),
    ("number", "fünf Millionen", (), "5.000.000", C),
    ("number", "5 Millionen", (), "5 Mio", C),
    ("number", "2,5 Mio.", (), "2.500.000", C),
    ("number", "2,5 Mio.", (), "2,5 Millionen", C),
    ("number", "1,5 Mrd.", (), "1.500.000.000", C),
    ("number", "1,5 Mrd. Euro", (), "1,5 Milliarden €", C),
    ("number", "24 Jahre", (), "24", C),
    ("number", "24 Jahre", (), "vierundzwanzig Jahre", C),
    ("number", "24 Jahre", (), "288 Monate", C),
    ("number", "2.850", (), "2850", C),
    ("number", "2.850", (), "zweitausendachthundertfünfzig", C),
    ("number", "5 %", (), "5 Prozent", C),
    ("number", "5 %", (), "fünf Prozent", C),
    ("number", "-5 °C", (), "minus 5 Grad", C),
    ("number", "1.000", (), "tausend", C),
    ("number", "1 Million", (), "eine Million", C),
    ("number", "2,5", (), "zwei Komma fünf", C),
    ("number", "2,5", (), "zweieinhalb", C),
    ("number", "17", (), "17 Soldaten", C),
]

NUMBERS_WRONG = [
    ("number", "685", (), "658", W),  # swapped digits are wrong, however close
    ("number", "685", (), "686", W),
    ("number", "685", (), "685 000", W),
    ("number", "685", (), "685 oder 686", W),
    ("number", "685", (), "6 85", W),
    ("number", "17,2", (), "17 2", W),
    ("number", "685", (), "abc", W),
    ("number", "fünfzig", (), "fünfzehn", W),
    ("number", "50", (), "fünfzehn", W),
    ("number", "30", (), "dreizehn", W),
    ("number", "fünf Millionen", (), "fünf Milliarden", W),
    ("number", "5 Mio.", (), "5 Mrd.", W),
    ("number", "2.850", (), "2,850", W),  # the German comma marks decimals
    ("number", "2.850", (), "2.85", W),
    ("number", "17,2", (), "172", W),
    ("number", "685 km", (), "685 m", W),
    ("number", "24 Jahre", (), "24 Monate", W),
    ("number", "5 %", (), "5 Euro", W),
]

NUMBER_WORD_SLIPS = [
    ("number", "3", (), "dreii", A),  # one slip, and it can only be drei
    ("number", "3", (), "Drie", A),  # two letters swapped
    ("number", "2000", (), "zweitausnd", A),
    ("number", "2.000", (), "zweitausnd", A),
    ("number", "30", (), "dreizig", A),  # z for ß
    ("number", "5", (), "funf", A),  # an umlaut left out
    ("number", "19", (), "neunzeh", A),
    ("number", "685", (), "sechshundertfünfundachzig", A),
    ("number", "5 Millionen", (), "fünf Milionen", A),  # a slip in the scale word
    ("number", "3 %", (), "dreii Prozent", A),
    ("number", "4", (), "dreii", W),  # reads as drei: a different number is wrong
    ("number", "2", (), "dreii", W),
    ("number", "90", (), "neunzeh", W),
    ("number", "5", (), "fünf Milionen", W),  # five million, not five and a stray word
    ("number", "3", (), "zrei", W),  # zwei or drei? no reading
    ("number", "2", (), "zrei", W),
    ("number", "4", (), "hier", W),  # a real word, not a slip for vier
    ("number", "9", (), "neu", W),
    ("number", "11", (), "elv", W),  # words under four letters must be exact
    ("number", "685", (), "sechshundertfünfundachzg", W),  # two slips
]

DATES_RIGHT = [
    ("date", "30. Juni 2019", (), "30.6.2019", C),
    ("date", "30. Juni 2019", (), "30.06.2019", C),
    ("date", "30. Juni 2019", (), "2019-06-30", C),
    ("date", "30. Juni 2019", (), "am 30. Juni 2019", C),
    ("date", "30. Juni 2019", (), "Sonntag, 30. Juni 2019", C),
    ("date", "30. Juni 2019", (), "30.06.19", C),
    ("date", "30. Juni 2019", (), "30 Juni 2019", C),
    ("date", "30. Juni 2019", (), "30. Jun. 2019", C),
    ("date", "2019-06-30", (), "30. Juni 2019", C),
    ("date", "September 2023", (), "Sept. 2023", C),
    ("date", "September 2023", (), "Sep 2023", C),
    ("date", "September 2023", (), "09/2023", C),
    ("date", "September 2023", (), "9/2023", C),
    ("date", "September 2023", (), "2023-09", C),
    ("date", "September 2023", (), "im September 2023", C),
    ("date", "September 2023", (), "5. September 2023", C),  # more precise than asked
    ("date", "Januar 2020", (), "Jänner 2020", C),
    ("date", "Jänner 2020", (), "Januar 2020", C),
    ("date", "Februar 2021", (), "Feber 2021", C),
    ("date", "März 2020", (), "Maerz 2020", C),
    ("date", "5.9.2023", (), "5. September 2023", C),  # day first, German order
    ("date", "5. September 2023", (), "05.09.2023", C),
    ("date", "9. November 1989", (), "09.11.1989", C),
    ("date", "2019", (), "im Jahr 2019", C),
    ("date", "2019", (), "Juni 2019", C),
    ("date", "1.–3. Juni 2019", (), "1. bis 3. Juni 2019", C),
    ("date", "2019–2021", (), "2019 bis 2021", C),
    ("date", "2019–2021", (), "von 2019 bis 2021", C),
    ("date", "44 v. Chr.", (), "44 vor Christus", C),
    ("date", "September 2023", (), "Septmber 2023", C),  # a slip in a month name is no wrong date
]

DATES_WRONG = [
    ("date", "30. Juni 2019", (), "30.7.2019", W),
    ("date", "30. Juni 2019", (), "29.6.2019", W),
    ("date", "30. Juni 2019", (), "30.6.2018", W),
    ("date", "30. Juni 2019", (), "30. Juli 2019", W),
    ("date", "30. Juni 2019", (), "Juni 2019", W),  # a missing part is not correct
    ("date", "30. Juni 2019", (), "30. Juni", W),
    ("date", "30. Juni 2019", (), "2019", W),
    ("date", "30. Juni 2019", (), "6/30/2019", W),
    ("date", "30. Juni 2019", (), "31.6.2019", W),
    ("date", "30. Juni 2019", (), "gestern", W),
    ("date", "5.9.2023", (), "9.5.2023", W),
    ("date", "September 2023", (), "Oktober 2023", W),
    ("date", "September 2023", (), "2023", W),
    ("date", "September 2023", (), "September", W),
    ("date", "Juni 2019", (), "Juli 2019", W),
    ("date", "2019", (), "2018", W),
    ("date", "2019–2021", (), "2019", W),
    ("date", "2019–2021", (), "2019 bis 2022", W),
    ("date", "44 v. Chr.", (), "44", W),
    ("date", "44 v. Chr.", (), "44 n. Chr.", W),
]

DATES_IN_WORDS = [
    ("date", "1950", (), "neunzehnhundertfünfzig", C),
    ("date", "1950", (), "im Jahr neunzehnhundertfünfzig", C),
    ("date", "2002", (), "im Jahr zweitausendzwei", C),
    ("date", "2002", (), "zweitausend zwei", C),
    ("date", "9. November 1989", (), "neunter November neunzehnhundertneunundachtzig", C),
    ("date", "9. November 1989", (), "am neunten November 1989", C),
    ("date", "9. November 1989", (), "9ten November 1989", C),
    ("date", "9. November 1989", (), "neun November neunzehnhundert neunundachtzig", C),
    ("date", "9. November 1989", (), "der neunte elfte neunzehnhundertneunundachtzig", C),
    ("date", "9. November 1989", (), "9. November '89", C),
    ("date", "3. Oktober 1990", (), "dritter Oktober neunzehnhundertneunzig", C),
    ("date", "31. Dezember 1999", (), "einunddreißigster Dezember neunzehnhundertneunundneunzig", C),
    ("date", "1. Mai", (), "am ersten Mai", C),
    ("date", "8. März", (), "achter März", C),
    ("date", "2019–2021", (), "von zweitausendneunzehn bis zweitausendeinundzwanzig", C),
    ("date", "1950", (), "neunzehnhundertfünfzehn", W),  # fünfzehn is not fünfzig
    ("date", "9. November 1989", (), "zehnter November 1989", W),
    ("date", "9. November 1989", (), "neunter Oktober 1989", W),
    ("date", "9. November 1989", (), "neunter November", W),
    ("date", "1989", (), "neunzehnhundertneunundachzig", A),  # one slip that reads as 1989
    ("date", "1989", (), "neunzehnhundertneunundsechzig", W),
    ("date", "1950", (), "neunzehnhundertfünfzg", A),
    ("date", "1950", (), "neunzehnhundertfünzehn", W),  # the slip reads as 1915
]

UNREADABLE_ANSWERS = [
    ("date", "Anfang der 1990er", (), "anfang der 1990er", C),  # no date: compared as text, never 'almost'
    ("date", "Anfang der 1990er", (), "Anfang der 1990err", W),
    ("number", "viele", (), "Viele", C),
    ("number", "viele", (), "viel", W),
]

EMPTY_AND_ODD = [
    ("place", "Wien", (), "", W),
    ("place", "Wien", (), "   ", W),
    ("place", "Wien", (), "😀", W),
    ("place", "Wien", (), "☕", W),
    ("number", "685", (), "?", W),
    ("date", "2019", (), "…", W),
    ("text", "☕", (), "☕", C),  # a symbol answer is still an answer
    ("text", "♥", ("<3",), "♥️", C),  # with an emoji variation selector
    ("place", "Wien", (), "\x00\x01\x7f", W),
    ("place", "Wien", (), "Wien 😀", C),
    ("number", "685", (), "", W),
    ("date", "30. Juni 2019", (), "\t", W),
    ("text", "Wien", (), "x" * 10_000, W),
    ("number", "685", (), "6" * 10_000, W),
    ("date", "2019", (), "2019 " * 2_000, W),
]

CASES = (
    NORMALISATION + LEADING_WORDS + ALIASES + SLIPS + TRAPS + UMLAUTS_LEFT_OUT + TIMES + NUMBERS_RIGHT + NUMBERS_WRONG
    + NUMBER_WORD_SLIPS + DATES_RIGHT + DATES_WRONG + DATES_IN_WORDS + UNREADABLE_ANSWERS + EMPTY_AND_ODD
)  # fmt: skip


def _id(case: tuple[str, str, tuple[str, ...], str, Verdict]) -> str:
    kind, expected, _aliases, given, verdict = case
    return f"{kind}:{expected}<-{given[:30]!r}={verdict.value}"


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_grade(case: tuple[str, str, tuple[str, ...], str, Verdict]) -> None:
    kind, expected, aliases, given, verdict = case
    result = grade(expected, given, kind, aliases)
    assert result.verdict is verdict, result.feedback
    if verdict is Verdict.CORRECT:
        assert result.matched in (expected, *aliases)
        assert result.score == 100
    elif verdict is Verdict.ALMOST:
        assert result.matched in (expected, *aliases)
        assert 70 <= result.score < 100
        assert result.feedback
    else:
        assert result.matched is None
        assert result.score < 70
        assert expected in result.feedback


TOLERANCE = [
    ("2.850", "2.800", 50, C),
    ("2.850", "2.900", 50, C),
    ("2.850", "2.901", 50, W),
    ("2.850", "2.799", 50, W),
    ("2.850", "2.851", None, W),
    ("2.850", "2,85 Tausend", None, C),
    ("17,2", "17,25", 0.1, C),
    ("17,2", "17,35", 0.1, W),
    ("685 km", "690.000 m", 5, C),
    ("685 km", "fünf", 1000, C),
]


@pytest.mark.parametrize(("expected", "given", "tolerance", "verdict"), TOLERANCE)
def test_tolerance_only_when_the_card_gives_one(
    expected: str, given: str, tolerance: float | None, verdict: Verdict
) -> None:
    assert grade(expected, given, "number", (), tolerance).verdict is verdict
    assert grade(expected, given, "number", tolerance=tolerance).verdict is verdict


@pytest.mark.parametrize(
    ("kind", "expected", "given", "words"),
    [
        ("place", "Wladiwostok", "Wladiwostock", ["Fast richtig", "Wladiwostok", "Wladiwosto[c]k"]),
        ("place", "Wien", "Wein", ["Falsch", "Wien"]),
        ("place", "Irland", "Island", ["anderer Ort", "Irland"]),
        ("text", "Kanzler", "Kanzlei", ["anderes Wort", "Kanzler"]),
        ("place", "Österreich", "Osterreich", ["Fast richtig", "Umlaut fehlt: Österreich"]),
        ("place", "München", "Munchen", ["Umlaut fehlt: München"]),
        ("text", "Übermäßig", "Ubermassig", ["Umlaute fehlen: Übermäßig"]),
        ("text", "Straße", "Strasse", []),
        ("number", "3", "dreii", ["Fast richtig: drei", "(du: drei[i])"]),
        ("number", "2000", "Zweitausnd", ["Fast richtig: Zweitausend", "Zweitaus_nd"]),
        ("number", "30", "dreizig", ["Fast richtig: dreißig"]),
        ("number", "4", "dreii", ["zu niedrig", "4"]),
        ("date", "1989", "neunzehnhundertneunundachzig", ["Fast richtig: neunzehnhundertneunundachtzig"]),
        ("place", "Wien", "☕", ["Falsch", "Wien"]),
        ("text", "Müller", "Mueller", ["Schreibweise", "Müller"]),
        ("text", "Müller", "müller", []),
        ("text", "Orlow-Traber", "Orlow Traber", ["Schreibweise", "Orlow-Traber"]),
        ("text", "Olaf Scholz", "Scholz", ["Unvollständig", "Olaf Scholz"]),
        ("number", "685", "658", ["Zahlendreher", "685"]),
        ("number", "fünf Millionen", "fünf Milliarden", ["Milliarden statt Millionen"]),
        ("number", "2.850", "2,850", ["Dezimalzeichen", "2,85"]),
        ("number", "685 km", "685 m", ["Einheit", "km"]),
        ("number", "685", "700", ["zu hoch", "685"]),
        ("number", "685", "abc", ["Keine Zahl", "685"]),
        ("date", "30. Juni 2019", "Juni 2019", ["Unvollständig", "Tag"]),
        ("date", "30. Juni 2019", "30. Juni", ["Jahr"]),
        ("date", "30. Juni 2019", "30.7.2019", ["der Monat stimmt nicht"]),
        ("date", "30. Juni 2019", "29.7.2019", ["Tag und Monat stimmen nicht"]),
        ("date", "9. November 1989", "3. Oktober 1990", ["Tag, Monat und Jahr stimmen nicht"]),
        ("date", "5.9.2023", "9.5.2023", ["vertauscht"]),
        ("date", "2019–2021", "2019", ["Zeitraum"]),
        ("date", "2019", "gestern", ["Kein Datum"]),
        ("place", "Wien", "", ["Keine Antwort", "Wien"]),
    ],
)
def test_feedback_explains(kind: str, expected: str, given: str, words: list[str]) -> None:
    feedback = grade(expected, given, kind).feedback
    for word in words:
        assert word in feedback
    if not words:
        assert feedback == ""


def test_exact_answer_has_no_feedback() -> None:
    assert grade("Wien", "Wien", "place") == grade("Wien", "wien", "place")
    assert grade("Wien", "Wien", "place").feedback == ""


def test_alias_match_names_the_main_answer() -> None:
    result = grade("Wien", "Vienna", "place", ["Vienna"])
    assert result.matched == "Vienna"
    assert "Wien" in result.feedback


def test_a_single_alias_string_is_one_alias() -> None:
    assert grade("Wien", "Vienna", "place", "Vienna").verdict is Verdict.CORRECT  # type: ignore[arg-type]
    assert grade("Wien", "V", "place", "Vienna").verdict is Verdict.WRONG  # type: ignore[arg-type]


def test_almost_matches_the_closest_alias() -> None:
    result = grade("Kiew", "Kyjw", "place", ["Kyjiw"])
    assert result.verdict is Verdict.ALMOST
    assert result.matched == "Kyjiw"


def test_numbers_and_dates_are_never_almost() -> None:
    for expected, given in [("685", "658"), ("1234", "1243"), ("fünfzig", "fünfzehn"), ("1989", "1898")]:
        assert grade(expected, given, "number").verdict is Verdict.WRONG
        assert grade(expected, given, "date").verdict is Verdict.WRONG
    assert grade("30. Juni 2019", "30. Juno 2019", "date").verdict is Verdict.WRONG


def test_a_slipped_number_word_is_almost_never_correct() -> None:
    for expected, given in [("3", "dreii"), ("1989", "neunzehnhundertneunundachzig"), ("20", "zwanzg")]:
        for kind in ("number", "date"):
            if kind == "date" and len(expected) < 3:
                continue
            result = grade(expected, given, kind)
            assert result.verdict is Verdict.ALMOST, (kind, given)
            assert 70 <= result.score < 100


@pytest.mark.parametrize("typed", ["☕", "?", "…", "😀🎉", "+++", "→"])
@pytest.mark.parametrize("kind", ["text", "place", "number", "date"])
def test_symbols_are_an_answer_not_none(typed: str, kind: str) -> None:
    result = grade("2019", typed, kind, lang="en")
    assert result.verdict is Verdict.WRONG
    assert result.feedback == "Wrong. Correct: 2019"
    assert grade("2019", typed, kind).feedback == "Falsch. Richtig: 2019"


@pytest.mark.parametrize("typed", ["", "   ", "\t\n", "\u200b", "\ufeff\u00ad", "\x00\x01"])
def test_only_blank_input_is_no_answer(typed: str) -> None:
    assert grade("Wien", typed, "place").feedback == "Keine Antwort. Richtig: Wien"


def test_english_feedback() -> None:
    assert grade("Wladiwostok", "Wladiwostock", "place", lang="en").feedback.startswith("Almost: Wladiwostok")
    assert grade("685", "658", "number", lang="en").feedback == "Wrong – digits swapped? Correct: 685"
    assert "missing: day" in grade("30. Juni 2019", "Juni 2019", "date", lang="en").feedback


def test_kind_is_forgiving() -> None:
    from quiz.models import Kind

    assert grade("685", "sechshundertfünfundachtzig", Kind.NUMBER).verdict is Verdict.CORRECT
    assert grade("685", "sechshundertfünfundachtzig", " Number ").verdict is Verdict.CORRECT
    assert grade("Wien", "wien", "unknown-kind").verdict is Verdict.CORRECT


def test_preload_loads_the_tables_once() -> None:
    from quiz.matching import preload

    preload()
    preload()
    assert grade("Ancona", "Ascona", "place").verdict is Verdict.WRONG
    assert grade("Wladiwostok", "Vladivostock", "place").verdict is Verdict.ALMOST
