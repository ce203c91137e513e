"""Which article a place name takes, and which names fit a gap: "in der ___" wants die Steiermark, not Tirol.

A cloze keeps the words before the gap, so every option must fit them. Names fall into article
classes: ``bare`` names take no article (Wien, Russland, Tirol; neuter, so "das heutige Russland"),
``m``, ``f`` and ``n`` names always take one (der Irak, die Ukraine, das Burgenland), ``pl`` names
are plural (die USA). The class comes from a short list of names the rules get wrong, then from the
name's last word ("-mark", "-ei" feminine; "-land" of a region, "-meer", "-tal" neuter; "-berg",
"-streifen", "-bahnhof" masculine), then from the place's type (a city or country is bare, a lake
masculine). A name without a known class is never offered where an article stands before the gap.

The rule for options: the words before the gap (:func:`gap_frame`) decide what fits. Without an
article only ``bare`` names fit; after an article only names of the answer's class, where a bare
name counts as neuter when an adjective stands before it ("im südlichen ___"). Options are then
declined like the gap wants (:func:`decline`): "im ___" gets "Südchinesischen Meer", "in den ___"
gets "Niederlanden".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from quiz.extract import gazetteer

BARE, MASCULINE, FEMININE, NEUTER, PLURAL = "bare", "m", "f", "n", "pl"

_FIXED = {
    # countries, unions and former states with an article
    **dict.fromkeys("Ukraine Türkei Schweiz Slowakei Mongolei Sowjetunion Tschechoslowakei DDR EU Antarktis Arktis "
                    "Krim Ostukraine Westukraine Elfenbeinküste Karibik Sahara Ägäis Adria Toskana Provence "
                    "Normandie Bretagne Champagne Pfalz Oberpfalz Lausitz Wachau Brigittenau Akropolis Tatra"
                    .split(), FEMININE),
    **dict.fromkeys(["Zentralafrikanische Republik", "Dominikanische Republik", "Tschechische Republik",
                     "Demokratische Republik Kongo", "Europäische Union", "Straße von Hormus", "Innere Stadt",
                     "Demilitarisierte Zone"], FEMININE),
    **dict.fromkeys("USA Niederlande Philippinen Malediven Seychellen Bahamas Komoren Salomonen Färöer Alpen "
                    "Karpaten Anden Pyrenäen Rocky Dolomiten Golanhöhen Kanaren Balearen Kurilen".split(), PLURAL),
    **dict.fromkeys(["Vereinigte Staaten", "Vereinigte Arabische Emirate", "Hohe Tauern"], PLURAL),
    **dict.fromkeys("Iran Irak Libanon Jemen Sudan Südsudan Tschad Kongo Niger Senegal Oman Vatikan Kosovo Balkan "
                    "Westbalkan Donbass Donbas Kaukasus Maghreb Sinai Nordirak Nordiran Südlibanon Maidan Kreml "
                    "Atlantik Pazifik Bosporus Himalaya Rhein Main Inn Lech Neckar Nil Jordan Don Dnipro Dnjepr Po "
                    "Tiber Ganges Euphrat Tigris Amazonas Mississippi Jangtse Mekong Tumen Amur Pinzgau Pongau "
                    "Lungau Flachgau Tennengau Semmering Großglockner Alsergrund Hindukusch Brenner Prater Bug "
                    "Dnjestr Ebro Indus Jenissei Sambesi Yalu Pruth Tajo".split(), MASCULINE),
    **dict.fromkeys(["Rio Grande"], MASCULINE),
    **dict.fromkeys(["Downing Street"], FEMININE),
    **dict.fromkeys("Elsass Engadin Wallis Tessin Montafon Baltikum Banat Pentagon Salzkammergut Westjordanland "
                    "Kosmodrom Allgäu Ruhrgebiet Saarland Rheinland Vogtland Kapitol Kolosseum Burgenland "
                    "Nordburgenland Mittelburgenland Südburgenland Baskenland Sauerland Münsterland Havelland "
                    "Sudetenland Zweistromland Weserbergland Emsland Waadtland Markgräflerland".split(), NEUTER),
    **dict.fromkeys(["Vereinigtes Königreich"], NEUTER),
    **dict.fromkeys(["Weißes Haus", "Rotes Meer", "Schwarzes Meer", "Tote Meer", "Totes Meer", "Kaspische Meer",
                     "Kaspisches Meer", "Kosmodrom Wostotschny", "Kosmodrom Baikonur"], NEUTER),
    **dict.fromkeys("Neubau Wieden Favoriten Tirol Kärnten Vorarlberg".split(), BARE),
}  # fmt: skip
# The last word of a name says its gender ("Steiermark", "Gazastreifen", "Weltraumbahnhof Wostotschny").
_ENDINGS = (
    (FEMININE, ("mark", "ei", "zone", "straße", "strasse", "brücke", "insel", "halbinsel", "küste", "bucht",
                "kirche", "kathedrale", "moschee", "stadt", "heide", "spitze", "schlucht", "ebene", "wüste",
                "republik", "föderation", "union", "platte", "alm", "burg", "mauer")),
    (MASCULINE, ("gau", "berg", "fluss", "kanal", "golf", "platz", "palast", "dom", "bahnhof", "flughafen", "hafen",
                 "hof", "streifen", "pass", "park", "turm", "ozean", "wald", "gipfel", "gletscher", "strom", "see",
                 "grund", "markt", "friedhof", "tempel", "osten", "westen", "norden", "süden")),
    (NEUTER, ("land", "viertel", "tal", "gebirge", "gebiet", "meer", "haus", "tor", "zentrum", "becken", "delta",
              "horn", "gut", "lager", "kloster", "schloss", "stift", "museum", "parlament", "kosmodrom", "eck",
              "werk", "königreich")),
    (PLURAL, ("inseln", "staaten", "emirate", "alpen", "länder")),
)  # fmt: skip
_BARE_REGION_ENDINGS = ("land", "berg", "burg", "reich")
_BY_TYPE = {"city": BARE, "country": BARE, "continent": BARE, "island": BARE, "lake": MASCULINE,
            "mountain": MASCULINE}  # fmt: skip


@cache
def article_class(name: str, type: str = "") -> str | None:  # noqa: A002 - the gazetteer's word
    """The article class of a place name (bare, m, f, n, pl), or None when unknown."""
    if name in _FIXED:
        return _FIXED[name]
    entry = gazetteer.load().by_name.get(name)
    if entry is not None:
        type = type or entry.place.type  # noqa: A001
        if "plural" in entry.flags:
            return PLURAL
    if type in ("city", "country", "continent") and (entry is None or entry.place.name not in _FIXED):
        return BARE  # "Mödling", "Russland": the ones with an article are in the list above
    head = _head(name)
    if type == "sea" and head.endswith("see"):
        return FEMININE  # die Ostsee; der Bodensee is a lake
    if type == "region" and " " not in name and head.endswith(_BARE_REGION_ENDINGS):
        return BARE  # "England", "Norddeutschland", "Vorarlberg", "Baden-Württemberg"; Burgenland is listed
    for cls, endings in _ENDINGS:
        if head.endswith(endings):
            return cls
    if entry is not None and entry.place.name in _FIXED:
        return _FIXED[entry.place.name]  # "Wostotschny" is the Kosmodrom
    if type == "river":  # Donau, Elbe, Mur, Salzach, Wolga; the masculine ones are in the list above
        return FEMININE
    if type == "sea":
        return FEMININE if head.endswith(("a", "e", "is", "ik")) else MASCULINE
    if type in _BY_TYPE:
        return _BY_TYPE[type]
    if (" " not in name and "-" not in name) or type == "region":
        return BARE  # "Panmunjom", "Guantánamo", "South Carolina": a place's own name, no place noun in it
    return None


def _head(name: str) -> str:
    """The noun that gives a name its gender, lower case: the last word after an adjective ("Demilitarisierte
    Zone"), else the first word where it is a place noun ("Weltraumbahnhof Wostotschny", "Straße von Hormus",
    "Land Salzburg"); the last part of a hyphenated word ("Tiananmen-Platz")."""
    words = name.split(" ")
    first, last = words[0].lower(), words[-1].lower()
    part = last.rsplit("-", 1)[-1]
    if part != last and any(part == e for _, endings in _ENDINGS for e in endings):
        last = part  # "Tiananmen-Platz", "Krim-Brücke"; not "Baden-Württemberg"
    adjective = first.endswith(("e", "er", "es", "en")) and words[1][:1].isupper() if len(words) > 1 else False
    if len(words) == 1 or adjective or first in _NAME_ADJECTIVES or first.endswith(_ADJECTIVE_ENDINGS):
        return last  # "Naher Osten", "Vereinigtes Königreich", "Neusiedler See"
    if any(w.islower() for w in words[1:]) or any(first.endswith(e) for _, endings in _ENDINGS for e in endings):
        return first
    return last


_NAME_ADJECTIVES = frozenset(
    """hohe hoher hohes rote roter rotes weiße weißer weißes schwarze schwarzer schwarzes tote toter totes große
    großer großes kleine kleiner kleines neue neuer neues innere äußere obere untere vereinigte""".split()
)
_ADJECTIVE_ENDINGS = ("ische", "isches", "ischer", "ischen", "ierte", "iertes", "ierter", "ige", "iges", "iger")


# Determiners and the classes they can stand before (any case).
_DETERMINERS = {
    "der": {MASCULINE, FEMININE, PLURAL}, "die": {FEMININE, PLURAL}, "das": {NEUTER}, "den": {MASCULINE, PLURAL},
    "dem": {MASCULINE, NEUTER}, "des": {MASCULINE, NEUTER}, "im": {MASCULINE, NEUTER}, "am": {MASCULINE, NEUTER},
    "vom": {MASCULINE, NEUTER}, "zum": {MASCULINE, NEUTER}, "beim": {MASCULINE, NEUTER}, "ins": {NEUTER},
    "ans": {NEUTER}, "aufs": {NEUTER}, "übers": {NEUTER}, "zur": {FEMININE},
}  # fmt: skip
_DATIVE_PREPOSITIONS = frozenset("aus bei mit nach seit von zu gegenüber nahe in an auf unter über vor hinter neben "
                                 "zwischen".split())  # fmt: skip
_ADJECTIVE = re.compile(r"^[a-zäöüß][\w-]*(?:e|en|er|es|em)$")
_NOT_ADJECTIVES = frozenset(
    """oder aber über unter hinter wieder immer sondern seither außer ausser entweder weder nahe gegen ohne neben
    zwischen wegen innerhalb außerhalb ausserhalb jenseits diesseits seitens anstelle sowie bisher daher eher
    mehr lange heute ebenfalls gerne zuvor später früher""".split()
)


def _is_adjective(word: str) -> bool:
    return len(word) > 3 and bool(_ADJECTIVE.match(word)) and word not in _NOT_ADJECTIVES and word not in _DETERMINERS


@dataclass(frozen=True, slots=True)
class Frame:
    """What stands before a gap: its determiner (lower case) if any, and whether an adjective does."""

    determiner: str | None
    adjective: bool
    classes: frozenset[str]
    """The article classes the determiner allows (all but bare when there is one)."""


def gap_frame(sentence: str, start: int) -> Frame:
    """The determiner and adjectives right before ``sentence[start:]``: "den russischen ___" -> den, adjective."""
    words = sentence[:start].split()
    adjective = False
    while words and _is_adjective(words[-1]):
        words.pop()
        adjective = True
    last = words[-1].lower().strip("„“\"«»(") if words else ""
    if last not in _DETERMINERS:
        return Frame(None, adjective, frozenset({BARE}))
    classes = set(_DETERMINERS[last])
    before = words[-2].lower() if len(words) > 1 else ""
    if last == "der" and before in _DATIVE_PREPOSITIONS:
        classes = {FEMININE}  # "in der ___": dative feminine
    return Frame(last, adjective, frozenset(classes))


def fits(option: str | None, answer: str | None, frame: Frame) -> bool:
    """Whether a name of class ``option`` fits the gap whose answer has class ``answer``."""
    if option is None:
        return False
    if frame.determiner is None:
        return option == BARE
    if answer == BARE and not frame.adjective:
        answer = None  # the text puts an article before a name that takes none: trust the article
    effective = NEUTER if option == BARE and frame.adjective else option
    wanted = NEUTER if answer == BARE and frame.adjective else answer
    if wanted is not None:
        return effective == wanted
    return effective in frame.classes


def decline(name: str, option: str, frame: Frame) -> str:
    """``name`` in the form the gap wants: adjectives weak after the determiner, dative plural -n."""
    weak = option == PLURAL or frame.determiner in ("dem", "den", "des", "im", "am", "vom", "zum", "beim", "zur") or (
        frame.determiner == "der" and option != MASCULINE
    )
    words = name.split(" ")
    for i, word in enumerate(words[:-1]):
        if words[i + 1][:1].isupper() and re.fullmatch(r"[\wäöüß-]+?(?:e|es|er)", word) and len(word) > 3:
            stem = re.sub(r"(?:es|er|e)$", "", word)
            words[i] = stem + ("en" if weak else ("es" if option == NEUTER and frame.determiner is None else "e"))
    if option == PLURAL and frame.determiner == "den" and words[-1].endswith("e"):
        words[-1] += "n"  # "in den Niederlanden", "Vereinigten Arabischen Emiraten"
    return " ".join(words)
