"""The words around a place name: nouns that introduce it, names that contain it, and sports text.

Nouns like "Hauptstadt", "Grenzfluss", "Heimatstadt" introduce a place ("Hauptstadt Pjongjang").

A place name inside another name is no place mention: "Rapid Wien", "Washington Post", "Universität
Wien", "Arbeitsgericht Frankfurt", "Spitzenreiter Salzburg" (a team). A "Welche Stadt?" card about them
asks a piece of a name, or something untrue. Clubs and papers are known by the word before or after
the name; institutions and teams by the noun the name stands after.

On a sports page even a bare town is mostly its team ("Salzburg gewann", "gegen Grödig", "bei Altach
engagiert"). The gazetteer cannot tell a club from its town, so this is decided per text: an article
(or a sentence) that reads like sport (results like ``2:1``, words like Tabellenführer, Trainer, Liga)
is sport, and there only a place where something happens ("in Bremen", "nach London gereist", "aus
Kingston") is still a place.
"""

from __future__ import annotations

import re

SPORT_WORDS = frozenset(
    """Tor Tore Toren Treffer Trainer Liga Bundesliga Meisterschaft Tabelle Tabellenführer Spitzenreiter Saison
    Spiel Spiele Spielen Partie Partien Match Halbzeit Elfmeter Stürmer Verteidiger Torhüter Goalie Kicker Mannschaft
    Team Klub Club Verein Cup Finale Halbfinale Viertelfinale Achtelfinale Aufsteiger Absteiger Heimsieg Auswärtssieg
    Niederlage Remis Punkte Runde Weltcup Teamchef Kapitän Torschütze Ausgleich Abstieg Aufstieg Meister Titel Sieg
    Siege Rennen Weltmeister Olympiasieger Etappe Grand-Slam Satz Fans Stadion Transfer Rückrunde Hinrunde Hinspiel
    Rückspiel Derby Play-off Playoffs Spieltag Torjäger Legionär Nationalteam Teamspieler Mittelfeldspieler Coach
    Kader Zweitligist Erstligist Bundesligist Tabellenletzter Tabellenzweiter Titelverteidiger Tabellenplatz
    FC SV SK VfB VfL KSV SCR LASK WAC NFL NBA NHL Quarterback Touchdown Super-Bowl Endspiel""".split()
)
#: Nouns that introduce a place name ("Hauptstadt Pjongjang", "Grenzfluss Tumen").
TRIGGERS = frozenset(
    """Hauptstadt Landeshauptstadt Provinzhauptstadt Stadt Großstadt Grossstadt Metropole Hafenstadt
    Küstenstadt Grenzstadt Millionenstadt Kleinstadt Kreisstadt Gemeinde Marktgemeinde Ort Ortschaft Dorf
    Grenzort Kurort Skiort Urlaubsort Region Provinz Bundesland Bundesstaat Freistaat Staat Land Nachbarland
    Nachbarstaat Inselstaat Stadtstaat Emirat Königreich Kanton Bezirk Stadtteil Oblast Gebiet Republik
    Halbinsel Insel Fluss Grenzfluss Strom Nebenfluss See Meer Gebirge Berg Vulkan Tal Kosmodrom
    Weltraumbahnhof Flughafen Hafen Grenzübergang Flüchtlingslager Lager Enklave Exklave Städte Orte Dörfer
    Gemeinden Regionen Provinzen Bundesländer Länder Staaten Nachbarländer Inseln Gebiete Bezirke""".split()
)
#: Nouns before a city's name that make it the region named after the city ("Region Donezk", "Gebiet Kursk").
REGION_NOUNS = frozenset("Region Regionen Gebiet Gebiete Gebieten Oblast Oblasten Provinz Provinzen".split())
#: Compounds of a place noun introduce a name too ("Heimatstadt Linz", "US-Bundesstaat Texas", "Geburtsort Braunau").
_TRIGGER_ENDINGS = ("stadt", "städte", "land", "länder", "dorf", "gemeinde", "gemeinden", "region", "provinz", "staat",
                    "staaten", "insel", "bezirk", "gebiet", "hafen", "fluss", "kanton", "raum")  # fmt: skip
_TRIGGER_PLACES = frozenset(
    """Wohnort Geburtsort Heimatort Austragungsort Standort Tatort Nachbarort Urlaubsort Ferienort Badeort Zielort
    Wallfahrtsort Fundort Schloss Stift Kloster Bahnhof Hauptbahnhof Raum Großraum Grossraum Landkreis Kreis
    Distrikt Gouvernement Stadtgebiet Gegend Schauplatz Zeltlager Transitlager Erstaufnahmezentrum""".split()
)


def is_trigger(word: str) -> bool:
    """A noun that introduces a place's name: "Hauptstadt", "Grenzübergang", "Heimatstadt", "Landkreis"."""
    if word in TRIGGERS or word in _TRIGGER_PLACES:
        return True
    last = word.rsplit("-", 1)[-1]
    return word[:1].isupper() and len(last) > 5 and last.lower().endswith(_TRIGGER_ENDINGS)


#: Words before a place name that make it part of a club's name ("Rapid Wien", "Red Bull Salzburg", "VfB Stuttgart").
CLUB_PREFIXES = frozenset(
    """Rapid Austria Sturm Admira Wacker LASK SV SK FC SC AC AS SSC Bull Borussia Dynamo Dinamo Lokomotive
    Spartak ZSKA CSKA Real Atlético Atletico Inter Olympique Hertha Werder Eintracht Union Fortuna Hapoel
    Maccabi Legia Sparta Slavia Viktoria Vienna Juventus Schachtar Schachtjor Zenit Celtic Galatasaray Fenerbahçe
    Lazio Sporting Benfica Bayer Olympiakos Partizan Stern Bayern Hajduk Steaua Ferencváros Roma VfL VfB VfR FSV
    TSV TSG SpVgg SCR SKN SKU KSV WAC FK NK HNK PSV RB KAC VSV EC EHC HC Wings Kickers Stuttgarter Hamburger""".split()
)
#: Words after a place name that make it part of another name ("Washington Post", "Manchester United",
#: "Güssing Knights").
NAME_SUFFIXES = frozenset(
    """Post Times Journal Herald Tribune Capitals United City Saint-Germain Open Marathon Airlines Airways
    Philharmoniker Declaration Agreement Protocol Gipfel Today the of and München Flyers Rockets Devils Bulls
    Spurs Clippers Pistons Lakers Knicks Celtics Rangers Kings Penguins Bruins Blackhawks Sabres Predators Islanders
    Giants Jets Patriots Warriors Heat Nets Raptors Canadiens Senators Oilers Flames Canucks Jazz Suns Mavericks
    Thunder Grizzlies Pelicans Hawks Hornets Bucks Cavaliers Pacers Wizards Nuggets Sharks Ducks Coyotes Stars Wild
    Blues Lightning Panthers Hurricanes Avalanche Dodgers Yankees Mets Cubs Maple Red Knights Vikings Lions Tigers
    Eagles Dragons Raiders Titans Broncos Seahawks Steelers Packers Cowboys Chiefs Colts Ravens Saints Bears
    Falcons Dolphins Bills Browns Bengals Texans Chargers Cardinals Rams Timberwolves Magic 99ers Capitals""".split()
)
#: Head nouns that a place name follows as part of a name: institutions ("Universität Wien", "Medizin-Uni Wien",
#: "Arbeiterkammer Wien", "Arbeiterpartei Kurdistans"), teams ("Zweitligist St. Pölten", "Stöger-Elf") and people
#: ("sein Zwillingsbruder Lech"); compounds ending in one count too ("Bundespolizeiinspektion", "Basketballmeister").
NAME_HEADS = (
    "uni", "universität", "hochschule", "klinikum", "klinik", "spital", "krankenhaus", "institut", "akademie",
    "gericht", "anwaltschaft", "polizei", "inspektion", "direktion", "studio", "theater", "oper", "museum", "bank",
    "börse", "partei", "magistrat", "diözese", "bistum", "regierung", "landtag", "senat", "gemeinderat", "stadtrat",
    "rathaus", "messe", "kammer", "werke", "zeitung", "verlag", "konzern", "holding", "boot", "spitzenreiter",
    "tabellenführer", "aufsteiger", "absteiger", "ligist", "meister", "titelverteidiger", "gegner", "verfolger",
    "schlusslicht", "tabellenletzter", "tabellenzweiter", "cupsieger", "klub", "club", "team", "mannschaft", "verein",
    "konkurrent", "rivale", "elf", "tu", "fh", "wu", "eth", "boku", "meduni", "ams", "orf",
    "ministerium", "amt",
)  # fmt: skip


#: Nouns a person's name follows ("sein Zwillingsbruder Lech"); a genitive after them is still a place
#: ("der kleine Bruder Pekings").
PERSON_HEADS = ("bruder", "schwester", "sohn", "tochter", "vater", "mutter", "onkel", "tante", "neffe", "nichte",
                "ehemann", "ehefrau", "gattin", "witwe", "kollege", "kollegin")  # fmt: skip


def is_name_head(word: str, genitive: bool = False) -> bool:
    """A noun a place name can follow as part of an institution's, team's or person's name ("Universität",
    "Med-Uni", "Zwillingsbruder"); a ``genitive`` place after a person's noun is not part of a name."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    last = word.rsplit("-", 1)[-1].lower()
    heads = NAME_HEADS if genitive else NAME_HEADS + PERSON_HEADS
    return last.endswith(heads) and (last in heads or len(last) > 6)


#: A result or a half-time score ("2:1", "(0:1)"), not a clock time ("20:15 Uhr") nor a ratio inside numbers.
_SCORE = re.compile(r"(?<![\d:.,])\d{1,3}:\d{1,3}(?![\d:])(?! Uhr)")
_WORD = re.compile(r"[\w-]+")
#: Sport words per 100 words (a score counts twice) from which an article is about sport. The DER STANDARD
#: corpus: sports articles have a median of 4.6, no article of another section more than 3.6, 9 in 10 under 1.
ARTICLE_SHARE = 1.5
#: Sport words in one sentence (a score counts twice) from which the sentence is about sport.
SENTENCE_HITS = 2


def _hits(text: str) -> tuple[int, int]:
    words = _WORD.findall(text)
    sporty = sum(word in SPORT_WORDS or word.rsplit("-", 1)[-1] in SPORT_WORDS for word in words)  # "Last-Minute-Sieg"
    return sporty + 2 * len(_SCORE.findall(text)), len(words)


def about_sport(text: str) -> bool:
    """Whether an article's text reads like a sports report."""
    hits, words = _hits(text)
    return words > 0 and hits * 100 / words >= ARTICLE_SHARE


def sentence_about_sport(sentence: str) -> bool:
    """Whether one sentence reads like sport ("Altach gewann 2:0", "Trainer und Kader von Grödig")."""
    return _hits(sentence)[0] >= SENTENCE_HITS
