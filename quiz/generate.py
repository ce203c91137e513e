"""Facts to cards: the decks ``quiz generate`` writes.

Generation has two steps. :mod:`quiz.extraction` reads each article and
finds its facts; it is the costly part (sentence splitting) and runs in
worker processes. :func:`build_decks` then turns all facts of a run into cards:
cloze and W-questions, accepted variants, distractors drawn from the whole
run, stable ids, spelling practice, and one card per fact across articles.
Both are pure and deterministic: the same articles give the same decks.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from rapidfuzz import fuzz

from quiz import questions
from quiz.articles import bundled_seeds_dirs
from quiz.distractors import Pool, spelling_choices
from quiz.extract.names import about_sport, sentence_about_sport
from quiz.extraction import ArticleFacts
from quiz.models import Article, Card, Deck, Fact, Kind, Source
from quiz.variants import accepted, place_forms, spelled_variants

COMBINED_NAME = "alle-artikel"
NEAR_DUPLICATE = 90  # rapidfuzz ratio from which two sentences with the same answer say the same
MAX_CARDS_PER_VALUE = 2  # per article: a third cloze on "Pjöngjang" teaches nothing new
MAX_SPELLING_CARDS = 2  # per article: "Wie schreibt man 37 in Worten?" a dozen times is drill, not news
SPELLING_TAG = "rechtschreibung"
_TRICKY = ("sech", "sieb", "acht", "dreißig")  # two-digit number words people misspell: sechzig, siebzehn, achtzig
_KIND_TAGS = {Kind.DATE: "datum", Kind.PLACE: "ort", Kind.NUMBER: "zahl"}


def build_decks(
    results: Sequence[ArticleFacts], spelling: bool = True, deck_dir: Path | None = None
) -> list[tuple[str, Deck]]:
    """One deck per article (file stem -> deck) and, for two or more, a combined deck.

    ``deck_dir`` is where the decks will be written: a card's ``source.article`` is then the path of its
    article relative to it (``../news/x.txt``), so the app finds the article from the deck; articles in
    the bundled seeds keep their bare file name.
    """
    ordered = sorted(results, key=lambda r: r.article.name)
    pool = Pool(f for r in ordered for f in r.facts)
    spellings = _place_spellings(f for r in ordered for f in r.facts)
    decks: list[tuple[str, Deck]] = []
    combined: dict[str, tuple[Card, list[str]]] = {}
    by_answer: dict[str, list[str]] = defaultdict(list)
    by_prompt: dict[str, str] = {}
    for result in ordered:
        cards = _article_cards(result, pool, spellings, spelling, article_reference(result, deck_dir))
        if not cards:
            continue
        decks.append((Path(result.article.name).stem, _article_deck(result.article, cards)))
        for card in cards:
            key = _dedup_key(card)
            same = key if key in combined else by_prompt.get(_prompt_key(card))
            if same is None:
                same = _near_duplicate(key, by_answer[_answer_key(card)])
            if same is not None:
                if result.article.name not in combined[same][1] and combined[same][0].source != card.source:
                    combined[same][1].append(result.article.name)
            else:
                combined[key] = (card, [])
                by_answer[_answer_key(card)].append(key)
                by_prompt[_prompt_key(card)] = key
    if len(ordered) > 1 and combined:
        merged = tuple(_with_sources(card, others) for card, others in combined.values())
        names = ", ".join(r.article.name for r in ordered)
        decks.append((COMBINED_NAME, Deck(
            id="nachrichten-alle-artikel",
            title=f"Nachrichten-Quiz: alle {len(ordered)} Artikel",
            cards=merged,
            description=f"Daten, Orte und Zahlen aus {len(ordered)} Artikeln, jede Frage nur einmal.",
            source=names if len(names) <= 300 else f"{len(ordered)} Artikel",
            tags=("nachrichten",),
        )))  # fmt: skip
    return decks


def article_reference(result: ArticleFacts, deck_dir: Path | None) -> str:
    """What a card's ``source.article`` says: the file name for the bundled seeds (and without ``deck_dir``),
    else the article's path relative to the deck's folder, with forward slashes."""
    if deck_dir is None or result.path is None:
        return result.article.name
    path = result.path.resolve()
    if any(path.parent == seeds.resolve() for seeds in bundled_seeds_dirs()):
        return result.article.name
    return Path(os.path.relpath(path, deck_dir.resolve())).as_posix()


def _article_cards(
    result: ArticleFacts, pool: Pool, spellings: dict[str, set[str]], spelling: bool, reference: str
) -> list[Card]:
    sport = about_sport(result.article.text)
    by_sentence: dict[str, list[Fact]] = defaultdict(list)
    for fact in result.facts:
        by_sentence[fact.sentence].append(fact)
    per_value: dict[tuple[Kind, str], int] = defaultdict(int)
    cards: list[Card] = []
    seen_ids: set[str] = set()
    for sentence in result.sentences:
        facts = by_sentence.get(sentence.text, [])
        if not facts:
            continue
        for fact in facts:
            key = (fact.kind, fact.value)
            if not worth_asking(fact, sport) or per_value[key] >= MAX_CARDS_PER_VALUE:
                continue
            if questions.gives_away(sentence.text, fact, facts) or questions.country_unnamed(sentence.text, facts):
                continue
            neighbours = [f.value for f in facts if f.kind is Kind.PLACE and f.value != fact.value]
            others = tuple(f.surface for f in facts if f is not fact)
            known = tuple(sorted(spellings.get(fact.value, ())))
            made = _fact_cards(fact, pool, known, spelling, neighbours, others, reference)
            made = [card for card in made if card.id not in seen_ids]
            if made:
                per_value[key] += 1
                seen_ids.update(card.id for card in made)
                cards.extend(made)
    return _fewer_spelling_cards(cards)


def _fewer_spelling_cards(cards: list[Card]) -> list[Card]:
    """At most :data:`MAX_SPELLING_CARDS` spelling cards, the longest number words first (685 before 37),
    each word once; the rest keep their order."""
    spelling = [card for card in cards if SPELLING_TAG in card.tags]
    chosen: dict[str, str] = {}  # answer -> card id
    for card in sorted(spelling, key=lambda c: -len(c.answer)):  # stable: the earlier card wins a tie
        if len(chosen) < MAX_SPELLING_CARDS and card.answer not in chosen:
            chosen[card.answer] = card.id
    keep = set(chosen.values())
    return [card for card in cards if SPELLING_TAG not in card.tags or card.id in keep]


def _fact_cards(
    fact: Fact,
    pool: Pool,
    extra_spellings: tuple[str, ...],
    spelling: bool,
    neighbours: list[str],
    others: tuple[str, ...] = (),
    reference: str | None = None,
) -> list[Card]:
    prepared = questions.prepare(fact)
    if prepared is None:
        return []
    text, shown = prepared
    # only the forms that fit the gap: "in der ___" takes "demilitarisierten Zone", not "Demilitarisierte Zone"
    answer, aliases = accepted(fact, extra_spellings if fact.get("form", "base") == "base" else ())
    base = card_id(fact)
    choices = pool.choices(fact, answer, aliases, base, neighbours=neighbours)
    source = Source(article=reference or fact.article, sentence=fact.sentence)
    tags = (_KIND_TAGS.get(fact.kind, "fakt"),)
    cards = [Card(id=base, kind=fact.kind, answer=answer, cloze=questions.cloze(text, shown), aliases=aliases,
                  choices=choices, tags=tags, source=source)]  # fmt: skip
    question = questions.w_question(text, shown, others)
    if question is not None:
        if fact.kind is Kind.PLACE:  # the W-question's answer is the name itself, not the form in the gap
            answer, aliases = place_forms(fact, extra_spellings)
            choices = pool.choices(fact, answer, aliases, base, inflect=False, neighbours=neighbours)
        cards.append(Card(id=f"{base}-w", kind=fact.kind, answer=answer, question=question, aliases=aliases,
                          choices=choices, explanation=fact.sentence, tags=tags, source=source))  # fmt: skip
    if spelling:
        cards.extend(_spelling_card(fact, base, source))
    return cards


def _spelling_card(fact: Fact, base: str, source: Source) -> list[Card]:
    """Write a number or year from the text in words: 685 -> sechshundertfünfundachtzig."""
    year = fact.kind is Kind.DATE and fact.get("granularity") == "year"
    if not (year or fact.kind is Kind.NUMBER) or not fact.surface.isdigit():
        return []
    value = int(fact.surface)
    if not year and not 13 <= value < 1_000_000:
        return []
    forms = spelled_variants(value, year=year)
    if value < 100 and not any(tricky in forms[0] for tricky in _TRICKY):
        return []  # "vierundzwanzig" is no test of spelling; "siebenunddreißig", "sechzehn" are
    question = f"Wie schreibt man die Jahreszahl {value} in Worten?" if year else f"Wie schreibt man {value} in Worten?"
    choices = spelling_choices(forms[0], forms[1:], value if year else None, f"{base}-s")
    return [Card(id=f"{base}-s", kind=Kind.TEXT, answer=forms[0], question=question, aliases=tuple(forms[1:]),
                 choices=choices, explanation=fact.sentence, tags=(SPELLING_TAG,), source=source)]  # fmt: skip


def worth_asking(fact: Fact, sport: bool = False) -> bool:
    """Whether a fact makes a fair card. Places do where the text says where something is or happens.

    A capital standing for its government ("Washington warnte") and a country
    named as an actor ("Russland lieferte") give guessable or ambiguous blanks;
    a place inside a name ("Universität Wien") or a dateline is no place fact;
    a name right after an inflected adjective ("großer Mengen") is most likely
    a common noun that happens to be a place name. In a sports text (``sport``,
    or a sentence that reads like sport) a town is mostly its team ("Salzburg
    gewann", "bei Altach engagiert"): only a place where something happens counts.
    """
    if fact.kind is Kind.NUMBER:
        decimals = len(fact.surface.split(",")[1].split()[0]) if "," in fact.surface else 0
        # "2.411,77 Einheiten", "266.016,99 Euro": exact to the cent, a figure to look up, not to learn;
        # "14,6 Mrd. Dollar (12,9 Mrd. Euro)": a conversion in brackets repeats the fact before it
        in_brackets = fact.sentence[: fact.start].rstrip().endswith("(")
        return not (decimals >= 2 and float(fact.value) >= 100) and not in_brackets
    if fact.kind is not Kind.PLACE:
        return True
    role = fact.get("role")
    if role in ("government", "name", "dateline"):
        return False
    if sport or sentence_about_sport(fact.sentence):
        return role == "locative" and fact.get("preposition") not in ("bei", "beim")
    if role == "locative" or fact.get("trigger"):
        return True
    before = fact.sentence[: fact.start].split()
    after_adjective = bool(before) and before[-1][:1].islower() and before[-1].endswith(("en", "er", "es", "em"))
    return fact.get("type") not in ("country", "continent") and not (after_adjective and " " not in fact.surface)


def card_id(fact: Fact) -> str:
    """A stable id from the fact and its sentence: regenerating keeps a learner's progress."""
    normal = " ".join(fact.sentence.split())
    digest = hashlib.blake2b(
        f"{fact.kind}|{fact.value}|{fact.surface}|{normal[: fact.start]}".encode() + b"|" + normal.encode(),
        digest_size=5,
    ).hexdigest()
    slug = re.sub(r"[^\w]+", "-", fact.value.casefold()).strip("-")[:24] or "x"
    return f"{fact.kind}-{slug}-{digest}"


def _place_spellings(facts: Iterable[Fact]) -> dict[str, set[str]]:
    """Every spelling seen for each place across the run: Pjongjang and Pjöngjang are one place."""
    found: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        if fact.kind is Kind.PLACE:
            found[fact.value].update(v for v in (fact.value, *(fact.get("variants") or "").split("|")) if v)
            if fact.surface[:1].isupper() and not fact.surface.endswith("s"):
                found[fact.value].add(fact.surface)
    return found


def _answer_key(card: Card) -> str:
    style = card.id.rsplit("-", 1)[-1] if card.id.endswith(("-w", "-s")) else "c"
    return f"{style}|{card.kind}|{card.answer.casefold()}"


def _dedup_key(card: Card) -> str:
    """Cards asking the same fact with the same sentence are one card in the combined deck."""
    sentence = card.source.sentence if card.source and card.source.sentence else card.prompt
    return f"{_answer_key(card)}|" + " ".join(re.findall(r"\w+", sentence.casefold()))


def _prompt_key(card: Card) -> str:
    """Cards that ask the same words for the same answer are one question, whatever sentence they came from:
    "Wie schreibt man die Jahreszahl 2022 in Worten?" from two articles."""
    return f"{card.kind}|{card.answer.casefold()}|" + " ".join(re.findall(r"\w+", card.prompt.casefold()))


def _near_duplicate(key: str, candidates: list[str]) -> str | None:
    """A card already kept for the same answer whose sentence says nearly the same (agency copy, updates)."""
    sentence = key.split("|", 3)[3]
    for other in candidates:
        if fuzz.ratio(sentence, other.split("|", 3)[3]) >= NEAR_DUPLICATE:
            return other
    return None


def _with_sources(card: Card, others: list[str]) -> Card:
    if not others:
        return card
    also = ", ".join(dict.fromkeys(others))
    note = f"Auch in: {also}"
    explanation = f"{card.explanation}\n{note}" if card.explanation else note
    return Card(id=card.id, kind=card.kind, answer=card.answer, question=card.question, cloze=card.cloze,
                aliases=card.aliases, choices=card.choices, hint=card.hint, explanation=explanation,
                tags=card.tags, tolerance=card.tolerance, source=card.source)  # fmt: skip


def _article_deck(article: Article, cards: list[Card]) -> Deck:
    return Deck(
        id=f"nachrichten-{Path(article.name).stem}",
        title=deck_title(article),
        cards=tuple(cards),
        description=f"Daten, Orte und Zahlen aus dem Artikel {article.name}.",
        source=article.name,
        tags=("nachrichten",),
    )


def deck_title(article: Article) -> str:
    """The article's title, or its first words when it has none."""
    if article.title:
        return article.title
    first = article.text.split("\n")[0]
    if len(first) <= 70:
        return first or article.name
    cut = first[:70].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return f"{cut} …"
