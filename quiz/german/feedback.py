"""What the learner reads after answering, in German (default) and English.

One catalogue for every grading message, so the wording stays short and alike:
a verdict first, then why, then the right answer.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["date_parts", "say", "scale_name"]

MESSAGES: dict[str, tuple[str, str]] = {
    "empty": ("Keine Antwort. Richtig: {answer}", "No answer. Correct: {answer}"),
    "alias": ("Richtig. Hauptantwort: {answer}", "Correct. Main answer: {answer}"),
    "spelling": ("Richtig. Schreibweise: {answer}", "Correct. Spelled: {answer}"),
    "name": ("Richtig. Gebräuchlich: {answer}", "Correct. Usual form: {answer}"),
    "almost": ("Fast richtig: {answer} (du: {diff})", "Almost: {answer} (you: {diff})"),
    "umlaut": ("Fast richtig – Umlaut fehlt: {answer}", "Almost – umlaut missing: {answer}"),
    "umlauts": ("Fast richtig – Umlaute fehlen: {answer}", "Almost – umlauts missing: {answer}"),
    "wrong": ("Falsch. Richtig: {answer}", "Wrong. Correct: {answer}"),
    "word": ("Falsch: „{word}“ ist ein anderes Wort. Richtig: {answer}",
             "Wrong: “{word}” is a different word. Correct: {answer}"),
    "place": ("Falsch: {word} ist ein anderer Ort. Richtig: {answer}",
              "Wrong: {word} is a different place. Correct: {answer}"),
    "partial": ("Unvollständig. Richtig: {answer}", "Incomplete. Correct: {answer}"),
    "no_number": ("Keine Zahl erkannt. Richtig: {answer}", "No number recognised. Correct: {answer}"),
    "tolerance": ("Richtig (genau: {answer})", "Correct (exactly: {answer})"),
    "swapped": ("Falsch – Zahlendreher? Richtig: {answer}", "Wrong – digits swapped? Correct: {answer}"),
    "scale": ("Falsch – {got} statt {want}. Richtig: {answer}", "Wrong – {got} instead of {want}. Correct: {answer}"),
    "separator": ("Falsch – {given} bedeutet {reading} (Komma = Dezimalzeichen). Richtig: {answer}",
                  "Wrong – in German {given} means {reading}. Correct: {answer}"),
    "unit": ("Falsch – andere Einheit ({got} statt {want}). Richtig: {answer}",
             "Wrong – different unit ({got} instead of {want}). Correct: {answer}"),
    "high": ("Falsch – zu hoch. Richtig: {answer}", "Wrong – too high. Correct: {answer}"),
    "low": ("Falsch – zu niedrig. Richtig: {answer}", "Wrong – too low. Correct: {answer}"),
    "no_date": ("Kein Datum erkannt. Richtig: {answer}", "No date recognised. Correct: {answer}"),
    "date_parts": ("Falsch – {parts} {verb} nicht. Richtig: {answer}", "Wrong {parts}. Correct: {answer}"),
    "date_missing": ("Unvollständig – es fehlt: {parts}. Richtig: {answer}",
                     "Incomplete – missing: {parts}. Correct: {answer}"),
    "date_swapped": ("Falsch – Tag und Monat vertauscht? Richtig: {answer}",
                     "Wrong – day and month swapped? (German order: day.month.) Correct: {answer}"),
    "date_range": ("Falsch – gefragt ist ein Zeitraum. Richtig: {answer}",
                   "Wrong – a period is asked for. Correct: {answer}"),
    "date_single": ("Falsch – gefragt ist ein Zeitpunkt, kein Zeitraum. Richtig: {answer}",
                    "Wrong – a point in time is asked for, not a period. Correct: {answer}"),
}  # fmt: skip
_PARTS = {"day": ("Tag", "day"), "month": ("Monat", "month"), "year": ("Jahr", "year")}
_ARTICLES = {"day": "der", "month": "der", "year": "das"}
_SCALE_NAMES = ((10**12, "Billionen", "trillions"), (10**9, "Milliarden", "billions"),
                (10**6, "Millionen", "millions"), (10**3, "Tausend", "thousands"))  # fmt: skip


def say(key: str, lang: str = "de", **values: object) -> str:
    """The message ``key`` in ``lang`` (``de`` unless ``en``) with its ``{placeholders}`` filled in."""
    german, english = MESSAGES[key]
    return (english if lang == "en" else german).format(**values)


def date_parts(parts: list[str], lang: str = "de", article: bool = False) -> str:
    """Name date parts: ``["day", "month"]`` gives ``Tag und Monat``; one part may take its article (``der Tag``)."""
    names = [_PARTS[p][1 if lang == "en" else 0] for p in parts]
    if article and len(parts) == 1 and lang != "en":
        return f"{_ARTICLES[parts[0]]} {names[0]}"
    if len(names) > 2:  # "Tag, Monat und Jahr", "day, month and year"
        names = [", ".join(names[:-1]), names[-1]]
    return (" and " if lang == "en" else " und ").join(names)


def scale_name(value: Decimal, lang: str = "de") -> str:
    """The word for the size of ``value``: ``Millionen`` for 5.000.000, empty below a thousand."""
    for size, german, english in _SCALE_NAMES:
        if abs(value) >= size:
            return english if lang == "en" else german
    return ""
