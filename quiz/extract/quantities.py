"""Find counted quantities in a German sentence: a number and what it counts.

Numbers come as digits with the German decimal comma and thousands dot
(``17,2``, ``1.000``), as words (``fünfhundert``, Swiss ``dreissig``) and with
a scale (``fünf Millionen``, ``1,5 Mrd.``). A number is only a fact when a
noun or unit follows it (``17,2 Kilometern`` -> 17.2 km,
``dreißig Orlow-Traber-Rassepferde``); a bare number in running text rarely
makes a fair question. Qualifiers stay with the fact: ``rund``/``etwa`` mark
it approximate, ``mehr als``/``mindestens``/``wenigstens`` a lower bound.
Vague amounts (``Dutzende``, ``zehntausende``, ``ein paar Hundert``) and the
article ``ein`` are never answers; the verb ``achten`` is not 8.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from quiz.models import Fact, Kind


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit or counted noun: its symbol for values and the word a question uses."""

    symbol: str
    word: str
    mass: bool = False  # "Wie viel Prozent?" rather than "Wie viele ...?"


_UNITS: dict[str, Unit] = {}
for _forms, _unit in (
    ("km kilometer kilometern", Unit("km", "Kilometer")),
    ("m meter metern", Unit("m", "Meter")),
    ("cm zentimeter zentimetern", Unit("cm", "Zentimeter")),
    ("km² quadratkilometer quadratkilometern", Unit("km²", "Quadratkilometer")),
    ("ha hektar", Unit("ha", "Hektar")),
    ("kg kilo kilogramm", Unit("kg", "Kilogramm", True)),
    ("t tonnen", Unit("t", "Tonnen")),
    ("l liter litern", Unit("l", "Liter")),
    ("% prozent", Unit("%", "Prozent", True)),
    ("prozentpunkte prozentpunkten", Unit("Prozentpunkte", "Prozentpunkte")),
    ("€ euro eur", Unit("EUR", "Euro", True)),
    ("$ dollar us-dollar usd", Unit("USD", "Dollar", True)),
    ("franken chf", Unit("CHF", "Franken", True)),
    ("grad", Unit("°", "Grad", True)),
    ("jahr jahre jahren", Unit("Jahre", "Jahre")),
    ("jahrzehnt jahrzehnte jahrzehnten", Unit("Jahrzehnte", "Jahrzehnte")),
    ("monat monate monaten", Unit("Monate", "Monate")),
    ("woche wochen", Unit("Wochen", "Wochen")),
    ("tag tage tagen", Unit("Tage", "Tage")),
    ("stunde stunden", Unit("Stunden", "Stunden")),
    ("minute minuten", Unit("Minuten", "Minuten")),
    ("sekunde sekunden", Unit("Sekunden", "Sekunden")),
):
    for _form in _forms.split():
        _UNITS[_form] = _unit

_SCALES = {"million": 10**6, "millionen": 10**6, "mio": 10**6, "mio.": 10**6, "milliarde": 10**9,
           "milliarden": 10**9, "mrd": 10**9, "mrd.": 10**9, "billion": 10**12, "billionen": 10**12,
           "tausend": 10**3}  # fmt: skip
_QUALIFIERS = (
    ("approx", ("rund", "etwa", "ca.", "circa", "zirka", "ungefähr", "knapp", "fast", "beinahe", "an die")),
    ("min", ("mehr als", "über", "mindestens", "wenigstens", "gut", "mehr denn", "weit über")),
    ("max", ("weniger als", "unter", "höchstens", "maximal", "bis zu", "nicht mehr als")),
)
_QUALIFIER = re.compile(
    r"\b(" + "|".join(re.escape(q) for _, words in _QUALIFIERS for q in sorted(words, key=len, reverse=True))
    + r")\s+$", re.IGNORECASE,
)  # fmt: skip
_QUALIFIER_KIND = {q: kind for kind, words in _QUALIFIERS for q in words}

_DIGITS = (
    r"(?<![\w.,:/-])(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0]\d{3})+(?![.,]?\d)|\d+)"  # 1.000, 10 000, 17
    r"(?:,\d+)?(?![\w]|[.,:/]\d|-\w)"
)
_WORD = (r"(?:ein|zwei|drei|vier|fünf|sechs|sech|sieben|sieb|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|dreissig"
         r"|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|und)+")  # fmt: skip
_NUMBER = re.compile(rf"{_DIGITS}|\b(?:eine[nmr]?|{_WORD})\b", re.IGNORECASE)
_SCALE_AFTER = re.compile(r"\s+(Millionen|Million|Mio\.|Milliarden|Milliarde|Mrd\.|Billionen|Billion)(?=\W|$)")
_NOUN_AFTER = re.compile(
    r"(?:\s+(?!(?:eine[mnrs]?|der|die|das|den|dem|des|seine[mnrs]?|ihre[mnrs]?|unsere[mnrs]?|diese[mnrs]?)\b)"
    r"(?:[a-zäöüß][\w-]*(?:e|en|er|es|em)|[a-zäöüß]+ten))?"  # one inflected adjective at most, not an article
    r"\s*(%|€|\$|km²|km|cm|kg|ha|(?<=\s)[mtl](?=[\s.,;)])|[A-ZÄÖÜ][\w-]*[\wäöüß]|US-Dollar)"
)
_NOT_NUMBERS = frozenset({"ein", "und", "eins", "einer", "einen", "einem", "eines", "eine"})
_NOT_COUNTED = frozenset({"uhr", "prozentpunkt", "mal", "januar", "jänner", "februar", "feber", "märz", "april",
                          "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
                          "stock", "grad", "cent", "nummer", "punkt", "platz", "drittel", "viertel", "fünftel",
                          "sechstel", "achtel", "zehntel", "hälfte"})  # fmt: skip
_VAGUE_BEFORE = re.compile(r"\b(?:paar|einige|einigen|mehrere|mehreren|viele|vielen|hunderte|tausende|etliche)\s+$",
                           re.IGNORECASE)
_ONE = frozenset({"ein", "eine", "einen", "einem", "einer"})
# A number after these names something (a round, a paragraph, a product), it does not count anything.
_LABELS = frozenset(
    """Runde Platz Rang Artikel Art. Absatz Abs. Paragraf Paragraph Nummer Nr. Kapitel Gruppe Folge Staffel Teil Band
    Seite Zimmer Linie Level Stufe Version Windows iPhone iPad Galaxy Pixel Nexus Xbox PlayStation Formel Ligue Tag
    Etappe Spieltag Minute""".split()
)
# Words after a number that make it part of a name: "2014 MU69", "iPhone 6 Plus", "Windows 10 Mobile".
_IN_A_NAME = re.compile(r"\d|^(?:Plus|Pro|Max|Mini|Ultra|Lite|Edge|Mobile|Home|Enterprise)$")
_ELLIPSIS = re.compile(r" (?:nach|in|aus|für|an|bei|gegen|im|ins) [A-ZÄÖÜ]")
_LISTED_AFTER_NUMBER = re.compile(r"(?:\d|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)),\s+$")
# Prepositions after which a plural noun may stand in the dative ("in 164 Orten", "von fünf Staaten").
_DATIVE = frozenset(
    "von mit aus bei nach seit zu zwischen vor innerhalb binnen in an auf unter über hinter neben".split()
)


def find_quantities(sentence: str, article: str) -> list[Fact]:
    """Every counted quantity in ``sentence``, left to right.

    ``surface`` is the number (with its scale word) but not the qualifier or
    the noun, so a cloze keeps ``mehr als ___ Kilometer`` readable.
    ``detail`` holds ``unit`` (symbol), ``noun`` (as written), ``word`` (the
    noun a question may use) and ``qualifier`` (approx, min, max).
    """
    facts: list[Fact] = []
    for match in _NUMBER.finditer(sentence):
        text = match.group(0)
        start, end = match.span()
        if text[0].isdigit():
            value = _parse_digits(text)
            if end < len(sentence) and sentence[end] == "." and re.match(r"\.\s+\S", sentence[end:]):
                continue  # "3. Platz": an ordinal
        elif text.lower() in _ONE and _one_is_a_number(sentence[:start]):
            value = 1.0  # "mindestens eine Rakete": after a qualifier "eine" is a numeral, not an article
        else:
            if text.lower() in _NOT_NUMBERS or (text[0].isupper() and start > 0 and not _opens(sentence, start)):
                continue
            try:
                value = float(text2num(text.lower(), "de"))
            except (ValueError, AssertionError):
                continue
        if _VAGUE_BEFORE.search(sentence[:start]) or _LISTED_AFTER_NUMBER.search(sentence[:start]):
            continue  # "zehntausende", "einer von fünf, sechs Politikern": no single answer
        if sentence[max(0, start - 12) : start].rstrip().rpartition(" ")[2] in _LABELS:
            continue  # "in Runde 18 Schwächen", "Absatz 35", "iPhone 6 Plus": a label or a name, not a count
        scale = _SCALE_AFTER.match(sentence, end)
        if scale:
            value *= _SCALES[scale.group(1).lower()]
            end = scale.end()
        noun = _NOUN_AFTER.match(sentence, end)
        if noun is None and facts and _ELLIPSIS.match(sentence, end) and start - facts[-1].end < 60:
            # "neun Auslandsbesuche: vier nach China, zwei nach Südkorea": the noun is understood
            noun_text = facts[-1].get("noun") or ""
        elif noun is None or noun.group(1).lower() in _NOT_COUNTED or _IN_A_NAME.search(noun.group(1)):
            continue  # "2014 MU69" (an asteroid), "6 Plus": part of a name
        else:
            noun_text = noun.group(1)
        if noun_text.lower() in _SCALES or noun_text.endswith(("tausende", "hunderte")):
            continue
        qualifier = _QUALIFIER.search(sentence[:start])
        detail = [("noun", noun_text)]
        unit = _UNITS.get(noun_text.lower())
        if unit is not None:
            detail += [("unit", unit.symbol), ("word", unit.word)]
            if unit.mass:
                detail.append(("mass", "yes"))
        else:
            word = _plural(noun_text, _word_before(sentence, qualifier.start() if qualifier else start))
            if word:
                detail.append(("word", word))
        if value == 1:  # "Wie viele Rakete?" is wrong; the prompt falls back to "Welche Zahl?"
            detail = [(key, item) for key, item in detail if key != "word"]
        if qualifier:
            detail.append(("qualifier", _QUALIFIER_KIND[qualifier.group(1).lower()]))
        facts.append(Fact(Kind.NUMBER, sentence[start:end], _format(value), sentence, start, end, article,
                          tuple(detail)))  # fmt: skip
    return facts


def _one_is_a_number(before: str) -> bool:
    """"mindestens eine Rakete", "je einen nach Russland": a numeral; "seit über einem Jahr", "fast ein ...": not."""
    return before.endswith((" je ", " nur ", " genau ", " mindestens ", " wenigstens ", " höchstens "))


def _opens(sentence: str, start: int) -> bool:
    """A capitalised number word is a number only where a sentence or quote opens."""
    return not sentence[:start].strip(" «»„“\"'(–-")


def _parse_digits(text: str) -> float:
    return float(text.replace(".", "").replace(" ", "").replace("\u00a0", "").replace(",", "."))


def _format(value: float) -> str:
    """A value as a plain string: ``17.2``, ``5000000``."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _word_before(sentence: str, start: int) -> str:
    """The word that governs the number phrase, looking past particles like "nur" and, for the second of two
    coordinated phrases, past the first ("mit Bewegungssteuerung und zwei Spielen" is governed by "mit")."""
    words = [w.lower().strip(",") for w in sentence[:start].split()]
    words = [w for w in words if w not in _PARTICLES]
    if not words:
        return ""
    if words[-1] in ("und", "oder", "sowie"):
        governing = next((w for w in reversed(words[-5:-1]) if w in _DATIVE), None)
        if governing:
            return governing
    return words[-1]


_PARTICLES = frozenset("nur insgesamt gerade noch weitere bereits schon ganze ganzen genau exakt".split())


def _plural(noun: str, before: str) -> str:
    """The noun in the nominative for "Wie viele ...?": "von fünf Staaten" -> Staaten, "in 164 Orten" -> Orte,
    "mit 269 Mitarbeitern" -> Mitarbeiter. A dative plural adds -n unless the plural ends in -n already."""
    if before not in _DATIVE and before not in _DATIVE_PLURAL_DETERMINERS:
        return noun  # "fünf Bauern", "zwei Eltern": not a dative, so the plural as written
    if noun.endswith(("ern", "eln")):  # Mitarbeitern, Ländern; but Nummern, Regeln are plurals of feminine nouns
        return noun if noun[:-1].lower() in _FEMININE_ER_EL else noun[:-1]
    if noun.endswith("en") and _is_plural_in_e(noun[:-1]):
        return noun[:-1]  # Orten, Tagen, Spielen: the plural is Orte, Tage, Spiele
    return noun  # Staaten, Menschen, Kirchen: the plural has its -n; Terabytes, Autos: a plural in -s has no other


def _is_plural_in_e(word: str) -> bool:
    """"Tage" (of Tag) is a plural in -e; "Kirche", "Staate" are not (the plural is Kirchen, Staaten)."""
    from quiz.german.lexicon import zipf
    from quiz.german.normalize import normalize

    if not word.endswith("e") or zipf(normalize(word)) < _COMMON:
        return False
    stem = word[:-1]
    plain = stem.replace("ä", "a").replace("ö", "o").replace("ü", "u")  # Fälle -> Fall
    return max(zipf(normalize(stem)), zipf(normalize(plain))) >= _COMMON


_DATIVE_PLURAL_DETERMINERS = frozenset("den diesen jenen allen ihren seinen unseren euren meinen deinen".split())
_COMMON = 3.5  # Zipf frequency of a word found in every few hundred thousand words of news
_FEMININE_ER_EL = frozenset(
    """nummer regel insel kugel nadel schüssel tafel zwiebel gabel kartoffel klausel formel mauer steuer feder ader
    leiter schwester kammer klammer ziffer schulter faser wimper folter trauer dauer mutter tochter kachel fessel
    achsel orgel wurzel schachtel windel staffel geisel muschel""".split()
)
