"""Headlines run into the next sentence, as text without line breaks has them.

The 10kGNAD corpus, among others, runs a subheading straight into the next
sentence: "Das Ohr am Bürger gehabt Leopoldsdorf, Lanzendorf ... werden ...".
The sentence splitter cannot see that; German word classes can.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!:;…][\"“”»«'’)]*\s*$")
"""Where a line ends like running text: a full stop, colon or ellipsis, perhaps inside quotes."""


def heading_length(sentence: str) -> int:
    """How many characters of ``sentence`` are a headline or subheading run into it, or 0.

    Text without line breaks (the 10kGNAD corpus) runs a subheading into the next sentence, which the
    sentence splitter cannot see: "Das Ohr am Bürger gehabt Leopoldsdorf, Lanzendorf und Maria-Lanzendorf
    werden ...". A heading is a few words without punctuation; it shows where a word that never starts a
    noun is capitalised ("Anlaufzeit geben Gleich neun Spieler ..."), or where a participle ends it with
    no auxiliary before ("... Bürger gehabt Leopoldsdorf"), which only a headline leaves out.
    """
    words = list(re.finditer(r"\S+", sentence))
    if len(words) < 3 or words[0].group().lower() in _CLAUSE_OPENERS or not SENTENCE_END.search(sentence):
        return 0
    for k in range(1, min(_MAX_HEADING_WORDS + 1, len(words) - _MIN_REST_WORDS + 1)):
        last, first = words[k - 1].group(), words[k].group()
        if not (last[-1:].isalpha() and last[:1].isalnum()):
            return 0  # "Wien, Graz ...", "„Zitat“": a heading has no punctuation
        if k < 2 or not (last[-1].islower() and first[:1].isupper()):
            continue
        before = [w.group().lower() for w in words[: k - 1]]
        leads_on = last.lower() in _LEADS_ON or last.lower().endswith(_TITLE_NOUNS)
        if first in _NEVER_A_NOUN and not leads_on and last not in _AUXILIARIES:
            return words[k].start()
        if _PARTICIPLE.fullmatch(last) and last not in _FINITE_GE and not _AUXILIARIES.intersection(before):
            return words[k].start()
    return 0


_MAX_HEADING_WORDS = 8
_MIN_REST_WORDS = 5
#: Capitalised only where a sentence (or a heading) starts: articles, pronouns, prepositions, adverbs.
_NEVER_A_NOUN = frozenset(
    """Bei Der Die Das Im Am Mit Nach Für Auf Von Vor Seit Ein Eine Es Er Wir Ich Doch Aber Und Auch Dabei Damit
    Dass Wie Was Wer Wo Als Wenn Während So Gleich Noch Schon Nun Jetzt Heute Gestern Zudem Außerdem Immer Erst
    Bereits Zwar Allerdings Dennoch Trotzdem Laut Unter Über Durch Zum Zur Beim Vom Ins Um Wegen Nachdem Obwohl
    Weil Dafür Deshalb Daher Darüber Insgesamt Bis Ab Gegen Ohne Hier Dort Dann Denn Man Diese Dieser Dieses Viele
    Einige Alle Nur Selbst Sogar Knapp Rund Etwa Fast Kaum Zuletzt Zuerst Dem Des Einen Einem Einer In Zu Kein
    Keine Unser Unsere Mein Meine Vielleicht Warum Welche Welcher Jeder Jede Derzeit Bisher Zunächst Später Dazu
    Deswegen Somit Stattdessen Inzwischen Mittlerweile Vorerst Demnach Ebenso Ebenfalls Genau Gerade Eigentlich
    Tatsächlich Offenbar Angeblich Jedenfalls Jedoch Angesichts Trotz Neben Zwischen Hinter Seitdem""".split()
)
#: Words after which a capitalised word goes on the same phrase ("mit Ja", "das geplante Aus", "sich Ihr"), or
#: a title or quote follows unmarked ("unter dem Titel Der Hexer ...", "namens Die Enkel ...", "Den Satz Wenn ...").
_LEADS_ON = frozenset(
    """der die das den dem des ein eine einen einem einer eines und oder sowie mit in im an am auf aus bei nach von
    vom vor zu zum zur für über unter um sich dass wie als ob wenn kein keine nicht ihr sein namens etwa titel
    satz motto zitat slogan frage tatort oper uraufführung uraufführungen schlagzeile""".split()
)
_TITLE_NOUNS = ("roman", "film", "krimi", "buch", "stück", "song", "album", "serie", "band", "titel")
_CLAUSE_OPENERS = frozenset("dass wie wo als ob wenn weil während nachdem obwohl damit sodass bevor falls".split())
_PARTICIPLE = re.compile(r"(?:[a-zäöü]+)?ge[a-zäöüß]{2,}t")
#: Finite verbs that look like participles: "Die Wohnung gehört Maria ...".
_FINITE_GE = frozenset(
    """gehört gehörte gefällt gefiel gelingt gelang genügt genügte gerät geriet gelangt gelangte gewinnt gewährt
    gesteht gestand gedenkt gebietet gebührt geschieht geschah gestattet gebraucht gewährleistet""".split()
)
_AUXILIARIES = frozenset(
    """hat haben hatte hatten habe hätte hätten ist sind war waren sei seien wäre wären wird werden wurde wurden
    würde würden worden bin bist kann können konnte konnten muss müssen musste mussten soll sollen sollte sollten
    will wollen wollte wollten darf dürfen durfte lässt ließ bleibt blieb gilt galt scheint""".split()
)
