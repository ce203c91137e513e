"""Whether a sentence can carry a question on its own, and trimming it until it does.

A question shows one sentence out of its article, so the sentence must stand
alone: it must not open with an unresolved reference (``Dabei``, ``Diese``,
``Er``), lean on what came before (``dort``, ``damals``), hold the answer twice
or give it away, be a question, a headline or a quote fragment, or run longer
than two terminal lines. :func:`prepare` drops a leading connective or speaker
label and cuts a long sentence at a clause boundary first; :mod:`quiz.questions`
then words the question. Kept apart from the wording because these checks are
most of the work and grow on their own with every corpus review that turns up
a new kind of unfit sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quiz.models import Fact, Kind

MAX_CHARS = 200
MIN_WORDS = 6

_ANAPHORIC_OPENERS = frozenset(
    "dabei diese dieser dieses diesem diesen dies er sie es ihm ihn ihr ihre ihren ihrem sein seine seinen "
    "seinem seiner damit dafür darüber dadurch danach davor daher deshalb deswegen dort denn dazu darauf "
    "daraufhin hier ebenso ebenfalls auch beide beiden jener jene solche solch man wir ich du derartige "
    "derartigen dessen deren demnach somit trotzdem dennoch zudem außerdem ausserdem stattdessen und aber "
    "oder doch sondern hinzu anders demgemäß dementsprechend folglich insofern darum so hierbei hierzu hierfür "
    "dies dahinter daneben dagegen darin daraus davon dazwischen darunter".split()
)
_PRONOUNS = frozenset({"er", "ihn", "ihm"})
NOT_VERBS = frozenset(
    "der die das den dem des ein eine einen einem einer und oder sowie aber doch auch nur noch schon bereits erst "
    "in im am an auf aus bei mit nach von vom zu zum zur über unter vor hinter neben zwischen gegen ohne durch "
    "für um bis seit ab als wie wo wann was wer".split()
)
"""Words that are never the finite verb after a fact: articles, conjunctions, prepositions."""
CLAUSE_CUT = re.compile(
    r",\s+(?:(?:und|aber|doch|sondern|denn|seither|wobei|während|als|weil|da|dass|nachdem|bevor|obwohl|wenn|"
    r"was|wo|womit|so dass|sodass|bei dem|bei der|in dem|in der|mit dem|mit der|die|der|das|den|dem|mehr als|"
    r"weniger als|so|wie|hieß es|heißt es)\b|[a-zäöü]+te\b)"
)
"""A comma before a clause that can be cut off without breaking the sentence."""
_NOT_A_VERB_AFTER = NOT_VERBS | frozenset(
    "wegen trotz laut dank infolge angesichts statt anstatt außer gemäß zufolge innerhalb außerhalb entlang "
    "jenseits mittels seitens nahe gegenüber beim vom zum zur ins ans aufs".split()
)
_SUBORDINATE_OPENERS = frozenset(
    "während indem ob obwohl weil da als nachdem bevor wenn falls dass sodass damit wie wo was".split()
)
_QUOTES = (("„", "“"), ("«", "»"))


def prepare(fact: Fact) -> tuple[str, Fact] | None:
    """The text to show for a fact's sentence and the fact placed in it, or None if unfit.

    A leading connective (``Und``, ``Doch``) is dropped, a long sentence is cut
    at a clause boundary that keeps the fact; the text must then stand alone.
    """
    text, shift = fact.sentence, 0
    label = _SPEAKER.match(text)  # "STANDARD: Aber in Deutschland ...": an interview's speaker label
    if label and fact.start >= label.end():
        shift = label.end()
        text = text[shift:]
    opener = _CONNECTIVE.match(text)
    following = text[opener.end() :].split(" ", 1)[0] if opener else ""
    # "Und zum Beispiel in China behielt ..." loses its "Und"; "Und stellen fest" (subject left out) cannot.
    if opener and fact.start - shift >= opener.end() and (following[:1].isupper() or following in _NOT_A_VERB_AFTER):
        shift += opener.end()
        text = text[opener.end() :]
        text = text[:1].upper() + text[1:]
    start, end = fact.start - shift, fact.end - shift
    if len(text) > MAX_CHARS * 0.8:
        lead = _LEAD_CUT.search(text[:start])
        if lead and len(text) - lead.end() >= 40 and quotes_balanced(text[lead.end() :]):
            text, start, end = text[lead.end() :], start - lead.end(), end - lead.end()
    if len(text) > MAX_CHARS * 0.8 and text.split()[0].lower() not in _SUBORDINATE_OPENERS:
        for cut in CLAUSE_CUT.finditer(text):
            if cut.start() >= end and cut.start() >= 40 and quotes_balanced(text[: cut.start()]):
                if _main_clause_resumes(text[cut.end() :]):
                    continue
                text = text[: cut.start()].rstrip() + "."
                break
    if len(text) > MAX_CHARS or not usable(text):
        return None
    return text, replace(fact, sentence=text, start=start, end=end)


def _main_clause_resumes(rest: str) -> bool:
    """"…, wo Menschen hungern, ging es um Waffen": after the inserted clause the main clause goes on."""
    comma = rest.find(", ")
    if comma < 0:
        return False
    after = rest[comma + 2 :].split(" ", 1)[0]
    return after[:1].islower() and after not in _CLAUSE_WORDS


_CLAUSE_WORDS = frozenset(
    "und oder aber doch sondern denn als weil da dass wenn ob wie wo was die der das den dem deren dessen "
    "während nachdem bevor obwohl damit sodass so um sagte sagten erklärte berichtete hieß heißt".split()
)


def usable(sentence: str) -> bool:
    """Whether a sentence stands alone: no open reference, not a question, quotes closed."""
    words = sentence.split()
    if len(words) < MIN_WORDS or sentence.rstrip().endswith(("?", ":")) or _SHOUTING.search(sentence):
        return False
    first = words[0].strip("«»„“\"'(").lower()
    if first in _ANAPHORIC_OPENERS:
        return False
    adjective = len(words) > 2 and words[2][:1].isupper() and words[1].endswith(("e", "en", "er", "es", "em"))
    if words[0] in {"Das", "Der", "Die"} and len(words) > 1 and _finite_verb(words[1]) and not adjective:
        return False  # "Das schürt im Westen Sorgen": a pronoun, not an article
    if words[0] == "Das" and len(words) > 2 and words[1].islower() and not words[2][:1].isupper():
        return False  # "Das schlug sich in den Zahlen nieder", "Das taten auch zwei Bergarbeiter"
    head = [word.lower().strip(".;:") for word in sentence.split(",")[0].split()]
    if any(word in _PRONOUNS or word in _DEMONSTRATIVES for word in head):
        return False
    if _CONTEXT_NEEDED.search(sentence) or _MERGED_HEADING.search(sentence) or _RUN_ON.search(sentence):
        return False
    if _DIES.search(sentence) and not _CONDITION_FIRST.match(sentence):
        return False  # "In Wien hofft man, dies nachzuholen": "dies" is what came before
    if _POINTS_BACK.search(sentence) or _headline(sentence):
        return False
    return quotes_balanced(sentence)


# "Fosters Liberaldemokraten sorgten im März dafür.", "Wie berichtet, für 285.379 Stück Granaten ...".
_POINTS_BACK = re.compile(r"\b(?:dafür|dadurch|daraus|daran|darauf|damit)\s*[.!?;:]|\b[Ww]ie (?:bereits )?berichtet\b")


def _headline(sentence: str) -> bool:
    """Headline fragments joined by dashes: "Rund 100 Menschen verletzt – Politiker sehen IS – Furcht vor ..."."""
    parts = sentence.split(" – ")
    return len(parts) >= 3 and all(part[:1].isupper() or part[:1].isdigit() for part in parts)


_DIES = re.compile(r"\bdies\b", re.IGNORECASE)
# "Selbst wenn Russland Waffen erhielte, hätte dies ...", "Werden Erdäpfel eingeführt, kommt dies ...":
# "dies" is the clause before it, and the sentence stands alone.
_CONDITION_FIRST = re.compile(r"^(?:(?:Selbst|Auch|Nur|Gerade) )?(?:Wenn|wenn|Falls|Dass|Ob|Sollte|Sollten|Werden|Wird)"
                              r" [^,]+, (?:[a-zäöüß]+ )?dies\b")  # fmt: skip
_DEMONSTRATIVES = frozenset("dieser diese dieses diesem diesen jener jene jenes jenem jenen".split())
# Words that lean on what came before: "im gleichen Zeitraum", "dort", "damals", "also".
_CONTEXT_NEEDED = re.compile(
    r"^(?:Der )?(?:Hinter)?[Gg]rund (?:ist|war|sei|sind|waren|dafür|hierfür|dürfte|könnte)\b"  # "Grund ist auch ..."
    r"|^(?:Die|Den|Der) beiden\b"  # "Die beiden Länder wollen in Pjongjang ...": which two?
    r"|\b(?:der|die|das|den|dem|des) (?:restlichen|übrigen|genannten|erwähnten|betroffenen|besagten)\b"
    r"|\b(?:in|aus|zu|mit) diese[mnr]? (?:Fall|Zusammenhang|Grund|Zeitpunkt|Punkt|Sinne)\b"
    r"|\b(?:dort|damals|also|ebenda|derselbe|dieselbe|dasselbe|(?:im|in dem) (?:gleichen|selben) \w+|in dem Zeitraum"
    r"|der Brite|die Britin|der Österreicher|die Österreicherin|der Deutsche|der Schweizer|die Schweizerin"
    r"|der \d+-Jährige|die \d+-Jährige)\b|(?<=\w )(?-i:Ihre?[mnrs]?|Sie)\b",
    re.IGNORECASE,
)
# A subheading run into the next sentence (no line breaks in the source): "Ringen ums Geld Bei den Gesprächen".
_MERGED_HEADING = re.compile(
    r"(?<=[a-zäöüß]) (?:Bei|Der|Die|Das|Im|Am|Mit|Nach|Für|Auf|Von|Vor|Seit|Ein|Eine|Es|Er|Sie|Wir|Ich|Doch|Aber|Und"
    r"|Auch|Dabei|Damit|Dass|Wie|Was|Wer|Wo|Als|Wenn|Während|So) (?=[a-zäöüßA-ZÄÖÜ])"
)
# Shouting, and programme listings: "Bis 0.05, Arte 22.45 COMICUnbreakable – Unzerbrechlich (USA 2000) ...".
_SHOUTING = re.compile(
    r"[!?]{2,}|\.{4,}|\b[A-ZÄÖÜ]{4,}[a-zäöüß]{2,}|\b\d{1,2}\.\d{2},? [A-ZÄÖÜ][A-ZÄÖÜa-zäöü]+ \d{1,2}\.\d{2}\b"
)
# "STANDARD: ...", "Stefan Brändle: ...": who speaks in an interview or signs a comment.
_SPEAKER = re.compile(r"^(?:[A-ZÄÖÜ]{2,}(?: [A-ZÄÖÜ]{2,})?|[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß-]+): (?=[A-ZÄÖÜ])")
# Two sentences the splitter left together: "... zum Opfer gefallen. 2,8 Millionen Menschen flüchteten".
_RUN_ON = re.compile(
    r"\b(?!(?:bzw|ca|vgl|evtl|inkl|exkl|zzgl|ggf|usw|etc|sog|bzgl|geb|gest|mind|max|min|rd|insb|ff)\.)"
    r"[a-zäöüß]{2,}\. (?=[A-ZÄÖÜ0-9„«»\"])"
    r"|(?<![\w.])[A-ZÄÖÜ][a-zäöüß]{4,}\. (?=[A-ZÄÖÜ0-9„«»\"])"  # "... seines Aufnahmesystem. 108.199 Flüchtlinge"
)


def _finite_verb(word: str) -> bool:
    word = word.strip(",.;:")
    if not word[:1].islower() or word in _NOT_FINITE:
        return False
    return word in _COMMON_VERBS or (word.endswith("t") and not word.endswith(("st", "nt"))) or word.endswith("e")


_NOT_FINITE = frozenset("jetzt erst zuletzt meist nicht längst bereits seit mit nach bis ab".split())
_COMMON_VERBS = frozenset("ist sind war waren hat haben hatte hatten wird werden kann können könnte soll sollen "
                          "muss müssen gilt zeigt bleibt".split())  # fmt: skip
_CONNECTIVE = re.compile(r"^(?:Und|Aber|Doch)\s+(?=[A-ZÄÖÜa-zäöü])")
_LEAD_CUT = re.compile(r"(?:^|\s)\S+: (?=[A-ZÄÖÜ])")


def country_unnamed(sentence: str, same_sentence: list[Fact]) -> bool:
    """The sentence speaks of "the country" but names none: "Ausgangssperren im Südosten des Landes"."""
    if not _THE_COUNTRY.search(sentence):
        return False
    return not any(f.kind is Kind.PLACE and f.get("type") in ("country", "region") for f in same_sentence)


_THE_COUNTRY = re.compile(r"\b(?:des Landes|im (?:ganzen )?Land|ins Land|landesweit)\b")


def gives_away(sentence: str, fact: Fact, same_sentence: list[Fact]) -> bool:
    """The answer shows elsewhere in the sentence (written again, or as another fact of equal value)."""
    rest = (sentence[: fact.start] + " " + sentence[fact.end :]).casefold()
    for probe in {fact.surface, fact.value} | _stems(fact):
        if len(probe) >= 3 and probe.casefold() in rest:
            return True
    return any(o is not fact and o.kind is fact.kind and o.value == fact.value for o in same_sentence)


def _stems(fact: Fact) -> set[str]:
    if fact.kind is Kind.PLACE:
        names = {fact.value, *(fact.get("variants") or "").split("|")}
        return {n[: max(5, len(n) - 2)] for n in names if len(n) >= 5}
    if fact.kind is Kind.DATE and fact.get("granularity") in ("year", "month", "day"):
        year = fact.value[:4]
        return {year} if year.isdigit() else set()
    return set()


def quotes_balanced(text: str) -> bool:
    """Every quote opened in ``text`` is closed."""
    if text.count('"') % 2:
        return False
    for opening, closing in _QUOTES:
        if text.count(opening) != text.count(closing):
            return False
    return True
