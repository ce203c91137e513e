"""Turn one fact in a sentence that stands alone into question text: cloze, W-question, prompt.

W-questions are made only from one reliable pattern: the fact is the
sentence's first phrase and the finite verb follows it (verb-second), so
swapping the phrase for ``Wann``/``Wo``/``Wie viele`` keeps the word order
correct. Everything else gets a cloze only; a clumsy question is worse than
none. Which sentences are fit to ask about at all is decided in
:mod:`quiz.standalone`; its checks are importable from here too.
"""

from __future__ import annotations

import re

from quiz.models import Fact, Kind
from quiz.standalone import CLAUSE_CUT, NOT_VERBS, country_unnamed, gives_away, prepare, quotes_balanced, usable

__all__ = ["BLANK", "cloze", "country_unnamed", "gives_away", "prepare", "prompt", "usable", "w_question"]

_YEAR = re.compile(r"\b\d{4}\b")

BLANK = "___"
_PLACE_QUESTION = {
    "city": "Welche Stadt?", "country": "Welches Land?", "river": "Welcher Fluss?", "sea": "Welches Meer?",
    "lake": "Welcher See?", "mountain": "Welcher Berg?", "island": "Welche Insel?", "region": "Welche Region?",
    "state": "Welches Bundesland?", "continent": "Welcher Kontinent?",
}  # fmt: skip
_NOT_A_CITY = frozenset(
    "Region Regionen Gebiet Gebiete Gebieten Provinz Provinzen Oblast Bezirk Universität Flughafen".split()
)
_DATE_PREPOSITIONS = (
    (re.compile(r"^(?:Im Jahre?|Im|Am|Anfang|Mitte|Ende|Von|Vom|Zwischen)\s+$"), "Wann"),
    (re.compile(r"^$"), "Wann"),
    (re.compile(r"^Seit(?: dem Jahre?)?\s+$"), "Seit wann"),
    (re.compile(r"^Bis(?: zum Jahre?)?\s+$"), "Bis wann"),
    (re.compile(r"^Ab(?: dem Jahre?)?\s+$"), "Ab wann"),
)
_PLACE_PREPOSITIONS = (
    (re.compile(r"^In(?: (?:der|den|dem|die))?\s+$"), "Wo"),
    (re.compile(r"^Nach\s+$"), "Wohin"),
    (re.compile(r"^Aus(?: (?:der|den|dem))?\s+$"), "Woher"),
)
_NUMBER_PREFIX = re.compile(
    r"^(?:(?P<prep>Seit|Vor)\s+)?"
    r"(?:(?:nur|rund|etwa|knapp|fast|mehr als|über|mindestens|wenigstens|insgesamt|gut|bereits)\s+)*$",
    re.IGNORECASE,
)


def cloze(sentence: str, fact: Fact) -> str:
    """The sentence with the fact blanked, led by a prompt that says what is missing."""
    return f"{prompt(fact)} {sentence[: fact.start]}{BLANK}{sentence[fact.end :]}"


def prompt(fact: Fact) -> str:
    """What the blank asks for: Welches Datum? Welche Stadt? Wie viele Kilometer?"""
    if fact.kind is Kind.DATE:
        granularity = fact.get("granularity")
        if granularity == "year":
            return "Welches Jahr?"
        if granularity == "month":  # "im ___" asks for "September 2023" or just "Juni"
            return "Welcher Monat und welches Jahr?" if _YEAR.search(fact.surface) else "Welcher Monat?"
        return "Welches Datum?"
    if fact.kind is Kind.PLACE:
        if fact.get("seat"):  # "Regionen Donezk und Luhansk": regions named after their cities
            return "Welche Region?"
        before = fact.sentence[: fact.start].replace(",", " ").split()[-3:]
        if any(word in _NOT_A_CITY for word in before):  # "Bezirk Mödling", "Flughafen von Pjongjang"
            return "Welcher Ort?"
        return _PLACE_QUESTION.get(fact.get("type") or "", "Welcher Ort?")
    word = fact.get("word")
    if word is None:
        return "Welche Zahl?"
    return f"Wie viel {word}?" if fact.get("mass") else f"Wie viele {word}?"


def w_question(sentence: str, fact: Fact, others: tuple[str, ...] = ()) -> str | None:
    """A W-question when the fact opens the sentence and the verb follows; otherwise None.

    A trailing clause is cut for a shorter question, unless it names another fact of the sentence
    (``others``, as written): "Wie viele Jahre tobte der blutige Krieg?" asks about no war in
    particular; "..., nachdem Nordkorea 1950 den Süden angegriffen hatte?" does.
    """
    head = sentence[: fact.start]
    rest = sentence[fact.end :]
    if fact.kind is Kind.NUMBER:
        head_match = _NUMBER_PREFIX.match(head)
        noun = fact.get("noun") or ""
        if head_match is None or not rest.startswith(" " + noun):
            return None
        rest = rest[len(noun) + 1 :]
        preposition = head_match.group("prep")
        many = "wie viel" if fact.get("mass") else ("wie vielen" if preposition else "wie viele")
        opener = f"{preposition.capitalize()} {many} {noun}" if preposition else f"{many.capitalize()} {noun}"
    elif fact.kind is Kind.DATE:
        found = _opener(head, _DATE_PREPOSITIONS)
        if found is None or fact.get("granularity") == "range" and head.strip() not in ("Von", "Vom", ""):
            return None
        opener = found
    else:
        found = _opener(head, _PLACE_PREPOSITIONS)
        if fact.get("role") != "locative" or found is None:
            return None
        opener = found
    if not opener:
        return None
    verb = re.match(r" ([a-zäöüß]+)\b( [A-ZÄÖÜ])?", rest)
    if verb is None or verb.group(1) in NOT_VERBS:
        return None
    if verb.group(2) and verb.group(1).endswith(("e", "en", "er", "es", "em")):
        return None  # "2014 gegründete Plattform": an adjective before its noun, not the verb
    body = rest.rstrip()
    for mark in (" – ", ": "):  # "... aus allen Leitungen – ein Luxus": an unpaired dash or a colon ends it
        if body.count(mark) % 2 == 1 and body.index(mark) > 15:
            body = body[: body.index(mark)]
    cut = CLAUSE_CUT.search(body)
    if cut is not None and cut.start() > 15 and quotes_balanced(body[: cut.start()]):
        if not any(other in body[cut.start() :] for other in others):
            body = body[: cut.start()]
    body = body.rstrip(" .!;:")
    if not quotes_balanced(body) or len(body.split()) < 4:  # "Wo wird befürchtet?" asks nothing
        return None
    return f"{opener}{body}?"


def _opener(head: str, patterns: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    for pattern, word in patterns:
        if pattern.match(head):
            return word
    return None
