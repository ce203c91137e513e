"""Places in German news sentences: gazetteer lookup plus context rules.

A name is found by longest match in the gazetteer (with its genitive and declined forms), then
checked against its context:

- a hyphenated compound is not a place mention ("Nordkorea-Besuch", "Russland- und China-Politik");
- a person or a club is not a place ("Wladimir Putin", "Jack London", "Rapid Wien", "Washington Post");
- a name that is also a common word ("Essen", "Spielfeld", "Main") counts only after a locative
  preposition or a trigger noun ("in Essen", "Grenzübergang Spielfeld");
- the role tells the question writer what a "Wo?" question can ask: ``locative`` after a
  preposition of place or direction ("in Pjongjang", "nach Russland", "am Grenzübergang von
  Panmunjom", and names coordinated with one: "nach Russland, Singapur und Vietnam");
  ``government`` for a capital standing for its government ("Washington warnte Pjöngjang",
  "Moskau erklärte", "Pekings und Moskaus"); ``name`` for a place inside an institution's or team's name
  ("Universität Wien", "Arbeiterpartei Kurdistans", "Spitzenreiter Salzburg"; see :mod:`quiz.extract.names`);
  ``dateline`` for the place line that opens a news item ("Wien – Die Regierung ..."); neither is quiz
  material. ``other`` for every other mention.

Surface and value. ``surface`` is the name exactly as written, inflection included ("Russlands",
"Japanischen Meer"), because a cloze blanks exactly that span and the learner must type what fits
the gap. ``value`` is always the canonical German name in its base form ("Russland"), so facts
about one place merge across articles and spellings ("Pjongjang" and "Pjöngjang" both give
"Pjöngjang"). ``detail`` carries:

- ``type``: country, city, region, river, sea, lake, mountain, island, continent or landmark;
- ``variants``: every accepted spelling of the base form, canonical first ("Pjöngjang|Pjongjang|Pyongyang"),
  for W-questions, whose answer is the base form;
- ``cloze_answers``: the surface first, then the other spellings inflected the same way
  ("Pjongjangs|Pjöngjangs|Pyongyangs"); for an uninflected surface these are the variants;
- ``form``: ``base``, ``genitive`` (-s/-es), ``dative`` (plural -n) or ``declined`` (an adjective
  ending changed: "im Japanischen Meer");
- ``role``: locative, government, name, dateline or other (see above);
- ``country`` (ISO code), ``preposition`` (for locative mentions) and ``trigger`` (the noun that
  introduced the name: "Grenzfluss", "Hauptstadt"), each only when known;
- ``seat``: for a region named after its city ("Regionen Donezk und Luhansk"), whose ``type`` is then
  region: the city it is named after.
"""

from __future__ import annotations

import re

from quiz.extract import gazetteer
from quiz.extract.gazetteer import Form, Place
from quiz.extract.names import CLUB_PREFIXES, NAME_SUFFIXES, REGION_NOUNS, TRIGGERS, is_name_head, is_trigger
from quiz.models import Fact, Kind

__all__ = ["Place", "find_places", "lookup_place", "places_of_type"]

ARTICLES = frozenset("der die das den dem des ein eine einer einem einen".split())
#: Prepositions after which any place is where something happens, goes to or comes from.
LOCATIVE = frozenset(
    "in im ins nach aus richtung gen nahe nächst unweit via durch innerhalb außerhalb ausserhalb bis ab".split()
)
#: Prepositions of place that suit only some kinds of place ("am Rhein", "auf der Krim", "bei Wien").
LOCATIVE_FOR = {
    "an": {"river", "sea", "lake", "mountain", "landmark"},
    "am": {"river", "sea", "lake", "mountain", "landmark"},
    "auf": {"island", "mountain", "landmark", "sea", "region"},
    "bei": {"city", "landmark", "river", "lake", "mountain"},
    "beim": {"city", "landmark", "river", "lake", "mountain"},
}
#: Prepositions that make the place noun they govern a location ("am Flughafen von Pjongjang").
_GOVERNS_A_PLACE_NOUN = LOCATIVE | {"am", "bei", "beim", "auf", "im"}
#: Nouns after which "von" names the place the noun belongs to ("am Flughafen von Pjongjang").
VON_PLACES = frozenset(
    """Flughafen Hafen Bahnhof Grenzübergang Umgebung Nähe Stadtrand Rand Zentrum Innenstadt Vorort Vororten
    Vororte Stadtteil Küste Norden Süden Osten Westen Nordosten Nordwesten Südosten Südwesten Hauptstadt
    Straßen Strassen nördlich südlich östlich westlich nordöstlich nordwestlich südöstlich südwestlich
    nahe unweit""".split()
)
#: Lower-case words ending like adjectives that are not adjectives (so scanning stops at them).
NOT_ADJECTIVES = frozenset(
    """über unter hinter wider gegen ohne neben zwischen binnen wegen entgegen gegenüber außer ausser aber
    oder sondern weder entweder immer wieder mehr eher bisher daher ebenfalls gerne lange heute nachdem indem
    trotzdem seitdem außerdem ausserdem zudem ehe bevor aufgrund anstelle""".split()
)
#: Words that may stand between coordinated names ("nach China, Südkorea und auch den USA").
COORDINATION = frozenset(", und oder sowie bzw . ( ) beziehungsweise auch dem der den".split())
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w'.-]*(?:[ /][A-ZÄÖÜ][\w'.-]*){0,3} ?[–—-] ")
#: Verbs after which a capital is the place visited, not its government ("besuchte ... Pjöngjang").
VISIT_STEMS = ("besuch", "bereist", "erreich", "verließ", "verliess", "verlass", "reist", "flog", "fuhr")
#: Capitalised at the start of a sentence, these are not nouns ("Für Pjöngjang waren Moskau ...").
FUNCTION_WORDS = frozenset(
    """für mit von zu zwischen gegen ohne auch und aber doch denn dass ob wie als wenn weil während seit laut
    trotz wegen bei nach vor über unter auf an in aus durch um dann nun noch schon so selbst sogar erst""".split()
)
_MAX_SCAN = 5


def lookup_place(name: str) -> Place | None:
    """The place a name (any accepted spelling, base or inflected) refers to, or None."""
    gaz = gazetteer.load()
    text = name.strip()
    entry = gaz.by_name.get(text) or gaz.by_name.get(text.casefold())
    if entry is not None:
        return entry.place
    tokens = gazetteer.tokens_of(text)
    for form in gaz.index.get(tokens[0], ()) if tokens else ():
        if form.tokens == tokens:
            return form.entry.place
    return None


def places_of_type(type: str) -> tuple[Place, ...]:  # noqa: A002 - the interface names it so
    """Every place of one type, best known first (curated and CLDR names, then by population)."""
    return gazetteer.load().by_type.get(type, ())


class _Sentence:
    """A sentence split into tokens with their character offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        matches = list(gazetteer.TOKEN.finditer(text))
        self.words = [m.group() for m in matches]
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""


def _match_at(sentence: _Sentence, i: int, index: dict[str, tuple[Form, ...]]) -> Form | None:
    for form in index.get(sentence.words[i], ()):
        n = len(form.tokens)
        if tuple(sentence.words[i : i + n]) == form.tokens:
            return form
    return None


def _is_adjective(word: str) -> bool:
    return (
        word.islower()
        and len(word) > 3
        and word.endswith(("e", "en", "er", "es", "em"))
        and (word not in NOT_ADJECTIVES)
    )


def _context(sentence: _Sentence, i: int) -> tuple[str | None, str | None, bool]:
    """(preposition, trigger noun, via a 'von' after a place noun) governing the name at token i."""
    trigger: str | None = None
    via_von = False
    j = i - 1
    steps = 0
    while j >= 0 and steps < _MAX_SCAN:
        word = sentence.words[j]
        low = word.lower()
        if low in LOCATIVE or low in LOCATIVE_FOR or low in {"von", "vom", "zwischen", "zu", "zum", "zur"}:
            if low in {"von", "vom"} and sentence.word(j - 1) in VON_PLACES:
                via_von = True
                trigger = trigger or (sentence.word(j - 1) if is_trigger(sentence.word(j - 1)) else None)
                if sentence.word(j - 1).islower():  # "nördlich von Kiew"
                    return f"{sentence.word(j - 1)} von", trigger, True
                j -= 2
                steps += 1
                continue
            return low, trigger, via_von
        if is_trigger(word):
            trigger = trigger or word
        elif not (low in ARTICLES or _is_adjective(word) or (word.isdigit() and j < i - 1)):
            return None, trigger, via_von
        j -= 1
        steps += 1
    return None, trigger, via_von


def _is_person_or_club(sentence: _Sentence, i: int, end: int, form: Form, gaz: gazetteer.Gazetteer) -> bool:
    before, after = sentence.word(i - 1), sentence.word(end)
    if before in CLUB_PREFIXES or after in NAME_SUFFIXES:
        return True
    if before in gaz.given_names and before not in gaz.by_name and before[:1].isupper():
        return True  # "George Washington", "Jack London"
    if "given_name" in form.entry.flags and form.inflection == "":
        follows_name = after[:1].isupper() and after.isalpha() and not _match_at(sentence, end, gaz.index)
        governed = before.lower() in LOCATIVE or before.lower() in ARTICLES or before in TRIGGERS
        return follows_name and not governed  # "Wladimir Putin", "Sofia Coppola"
    return False


def _dateline(sentence: _Sentence, end: int) -> bool:
    """A place line opening a news item: "Wien – ...", "Berkeley/Wien – ..."."""
    found = _DATELINE.match(sentence.text)
    return found is not None and sentence.ends[end - 1] <= found.end()


def _visited(sentence: _Sentence, i: int) -> bool:
    return any(w.islower() and w.startswith(VISIT_STEMS) for w in sentence.words[max(0, i - 8) : i])


def _route(sentence: _Sentence, end: int) -> bool:
    """A name followed by 'nach'/'bis' is the start of a route ("zwischen Pjöngjang nach Wladiwostok")."""
    return any(w in {"nach", "bis"} for w in sentence.words[end : end + 2])


def _in_a_name(sentence: _Sentence, i: int, form: Form) -> bool:
    """The name is part of an institution's or a team's name ("Universität Wien", "Medizin-Uni Wien",
    "Arbeiterpartei Kurdistans", "Spitzenreiter Salzburg")."""
    return i > 0 and is_name_head(sentence.word(i - 1), genitive=form.inflection in {"s", "es"})


def _role(form: Form, preposition: str | None, trigger: str | None, via_von: bool, coordinated_role: str | None) -> str:
    kind = form.entry.place.type
    if form.inflection in {"s", "es"}:
        return "government" if "capital" in form.entry.flags else "other"
    if preposition in LOCATIVE or (preposition and kind in LOCATIVE_FOR.get(preposition, ())):
        return "locative"
    if preposition and preposition.endswith(" von"):  # "südlich von Beirut", "unweit von Wien"
        return "locative"
    if (via_von or trigger) and preposition in _GOVERNS_A_PLACE_NOUN:  # "am Grenzübergang (von) Panmunjom"
        return "locative"
    if preposition is None and coordinated_role == "locative":
        return "locative"
    return "other"


def _form_name(form: Form) -> str:
    return {"": "base", "s": "genitive", "es": "genitive", "n": "dative"}.get(form.inflection, "declined")


def _cloze_answers(surface: str, form: Form) -> str:
    place = form.entry.place
    if form.inflection == "" or form.inflection == "lower":
        others = [v for v in place.variants if v != surface]
    elif form.inflection in {"s", "es", "n"}:  # single words only: "Russische Föderation" has no "-s"
        others = [v + form.inflection for v in place.variants if " " not in v and v + form.inflection != surface]
    else:
        others = []
    return "|".join([surface, *others])


def find_places(sentence: str, article: str) -> list[Fact]:
    """Every place mentioned in one sentence, in order, as PLACE facts."""
    gaz = gazetteer.load()
    sent = _Sentence(sentence)
    facts: list[Fact] = []
    i = 0
    last_end, last_role, last_seat = -1, None, False
    while i < len(sent.words):
        form = _match_at(sent, i, gaz.index)
        if form is None:
            i += 1
            continue
        end = i + len(form.tokens)
        start_char, end_char = sent.starts[i], sent.ends[end - 1]
        next_char = sentence[end_char : end_char + 1]
        prev_char = sentence[start_char - 1 : start_char] if start_char else ""
        if next_char in "-‐‑" and next_char or prev_char in "-‐‑" and prev_char:
            i = end
            continue  # part of a compound: "Russland- und China-Politik"
        if _is_person_or_club(sent, i, end, form, gaz):
            i = end
            continue
        preposition, trigger, via_von = _context(sent, i)
        entry = form.entry
        if "ambiguous" in entry.flags and not (
            (preposition in LOCATIVE and sent.word(i - 1).lower() == preposition) or trigger
        ):
            i = end
            continue  # "Essen" the meal, "Spielfeld" the pitch
        between = sent.words[last_end:i] if last_end >= 0 else ["x"]
        coordinated = last_role if between and all(w in COORDINATION for w in between) else None
        role = _role(form, preposition, trigger, via_von, coordinated)
        if role in {"other", "government"} and (coordinated == "name" or _in_a_name(sent, i, form)):
            role = "name"
        if role == "other" and "capital" in entry.flags and form.inflection in {"", "lower"}:
            if not (trigger or _visited(sent, i) or _route(sent, end)):
                role = "government"
        if role == "other" and coordinated == "government" and "capital" in entry.flags:
            role = "government"
        if _dateline(sent, end):
            role = "dateline"
        surface = sentence[start_char:end_char]
        place = entry.place
        # "in den Regionen Donezk und Luhansk": the region named after its city, as in Ukraine and Russia
        seat = place.type == "city" and (trigger in REGION_NOUNS or (coordinated is not None and last_seat))
        detail: list[tuple[str, str]] = [
            ("type", "region" if seat else place.type),
            ("variants", "|".join(place.variants)),
            ("cloze_answers", _cloze_answers(surface, form)),
            ("form", _form_name(form)),
            ("role", role),
        ]
        if place.country:
            detail.append(("country", place.country))
        if role == "locative" and preposition:
            detail.append(("preposition", preposition))
        if trigger:
            detail.append(("trigger", trigger))
        if seat:
            detail.append(("seat", place.name))
        facts.append(Fact(Kind.PLACE, surface, place.name, sentence, start_char, end_char, article, tuple(detail)))
        last_end, last_role, last_seat = end, role, seat
        i = end
    return facts
