"""Checking a deck's YAML tree: builds the :class:`~quiz.models.Deck` and every problem on the way.

Reading never stops at the first mistake: every problem is collected with its
line, column, card and field, and a code with its values (see
:mod:`quiz.problem_messages`) so it can be shown in German or English.
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
from collections.abc import Sequence
from typing import Any, TypeAlias

from quiz.deck_format import (
    BLANK,
    CARD_FIELDS,
    DECK_FIELDS,
    FORMAT_VERSION,
    ID_PATTERN,
    KINDS,
    LANGUAGE_PATTERN,
    SOURCE_FIELDS,
    fold,
)  # fmt: skip
from quiz.messages import Message, Param
from quiz.models import Card, Deck, Kind, Source
from quiz.problems import Problem, Severity, problem_message
from quiz.yamltree import Pos, Value, YMap, YSeq, position

ReadCards: TypeAlias = "tuple[Sequence[Value | Card], Sequence[Any]]"
"""Cards the fast lane read, each a :class:`Card` or a tree to check, and where each starts."""
_KNOWN = {"deck": frozenset(DECK_FIELDS), "card": frozenset(CARD_FIELDS), "source": frozenset(SOURCE_FIELDS)}


class Checker:
    """Walks the YAML tree once, building the deck and collecting problems."""

    def __init__(self, label: str, problems: list[Problem]) -> None:
        self.label = label
        self.problems = problems
        self.from_reader = len(problems)  # the first problems are the reader's; the checker's own follow
        self.error_count = sum(p.is_error for p in problems)
        self.card_no: int | None = None
        self.card_id: str | None = None
        # Where the reader already refused a tag: the value there is void, and saying more about it is noise.
        self.refused = {(p.line, p.column) for p in problems if p.code == "tag_not_allowed"}

    def report(self, pos: Pos, message: Message, field: str | None = None, warn: bool = False) -> None:
        """Record a problem at ``pos`` in the current card; ``message`` comes from :func:`problem_message`."""
        self.error_count += not warn
        if (pos.line, pos.column) in self.refused:
            return
        self.problems.append(
            Problem(
                self.label, message, pos.line, pos.column, self.card_no, self.card_id, field,
                Severity.WARNING if warn else Severity.ERROR,
            )
        )  # fmt: skip

    def deck(self, root: Value, read_cards: ReadCards | None = None) -> Deck | None:
        """The deck in ``root``; ``read_cards`` are its cards when the fast lane read them (:mod:`quiz.deck_fast`)."""
        if not isinstance(root, YMap):
            code = "deck_empty" if root is None else "deck_is_list" if isinstance(root, YSeq) else "deck_is_text"
            self.problems.append(Problem(self.label, problem_message(code), 1, 1))
            return None
        self.unknown_fields(root, DECK_FIELDS, "deck")
        fmt = self.text(root, "format")
        if fmt is not None and fmt != FORMAT_VERSION:
            message = problem_message("format_unsupported", value=fmt, supported=FORMAT_VERSION)
            self.report(root.where("format"), message, "format")
        deck_id = self.text(root, "id")
        if deck_id is not None and not ID_PATTERN.match(deck_id):
            self.report(root.where("id"), problem_message("id_invalid", field="id"), "id")
            deck_id = None
        title = self.text(root, "title", required=True)
        language = self.text(root, "language") or "de"
        if not LANGUAGE_PATTERN.fullmatch(language):
            self.report(root.where("language"), problem_message("language_invalid", value=language), "language")
        retention = self.number(root, "retention")
        if retention is not None and not 0.5 <= retention < 1:
            self.report(root.where("retention"), problem_message("retention_range"), "retention")
            retention = None
        cards = self.cards(root) if read_cards is None else self.card_items(root, *read_cards)
        if title is None or cards is None:
            return None
        return Deck(
            title=title,
            cards=cards,
            language=language,
            description=self.text(root, "description"),
            source=self.text(root, "source"),
            retention=retention,
            tags=self.text_list(root, "tags"),
            id=deck_id,
        )

    def cards(self, root: YMap) -> tuple[Card, ...] | None:
        items = root.get("cards")
        if "cards" not in root or items is None:
            code = "missing_field" if "cards" not in root else "empty_field"
            self.report(root.where("cards"), problem_message(code, field="cards"), "cards")
            return None
        if not isinstance(items, YSeq):
            self.report(root.where("cards"), problem_message("cards_not_list", found=found(items)), "cards")
            return None
        if not items:
            self.report(items.pos, problem_message("empty_field", field="cards"), "cards")
        return self.card_items(root, items, items.item_marks)

    def card_items(self, root: YMap, items: Sequence[Value | Card], marks: Sequence[Any]) -> tuple[Card, ...] | None:
        """Check each card; an item that is already a :class:`Card` was read clean by the fast lane."""
        cards: list[Card] = []
        first_seen: dict[str, int] = {}
        starts: list[tuple[int, int, str | None]] = []  # each card's first line, number and id
        for number, (item, pos) in enumerate(zip(items, map(position, marks), strict=True), start=1):
            self.card_no, self.card_id = number, None
            if isinstance(item, Card):
                card: Card | None = item
                self.card_id = item.id
            else:
                card = self.card(item, pos)
            if self.card_id is not None:  # a card with other mistakes still claims its id
                if self.card_id in first_seen:
                    message = problem_message("duplicate_card_id", first=first_seen[self.card_id])
                    self.report(pos, message, "id", warn=True)
                else:
                    first_seen[self.card_id] = number
            starts.append((pos.line, number, self.card_id))
            if card is not None:
                cards.append(card)
        self.card_no, self.card_id = None, None
        after = [pos.line for pos in map(root.key_where, root) if pos.line > (starts[-1][0] if starts else 0)]
        self.name_cards(starts, min(after, default=None))
        ok = len(cards) == len(items)
        return tuple(cards) if ok else None

    def name_cards(self, starts: list[tuple[int, int, str | None]], end: int | None) -> None:
        """Give the reader's problems (a duplicate key, a refused tag) the card they stand in.

        ``end`` is the first line after the cards (the next deck field), if any.
        """
        lines = [line for line, _, _ in starts]
        for index, problem in enumerate(self.problems[: self.from_reader]):
            line = problem.line
            if problem.card is None and line is not None and lines and lines[0] <= line < (end or line + 1):
                _, number, card_id = starts[bisect.bisect_right(lines, line) - 1]
                self.problems[index] = dataclasses.replace(problem, card=number, card_id=card_id)

    def card(self, item: Value, pos: Pos) -> Card | None:
        if not isinstance(item, YMap):
            self.report(pos, problem_message("card_not_mapping", found=found(item)))
            return None
        errors_before = self.error_count
        card_id = self.text(item, "id", required=True)
        if card_id is not None:
            self.card_id = card_id
            if not ID_PATTERN.match(card_id):
                self.report(item.where("id"), problem_message("id_invalid", field="id"), "id")
        self.unknown_fields(item, CARD_FIELDS, "card")
        kind = self.kind(item)
        question = self.text(item, "question")
        cloze = self.text(item, "cloze")
        if question is None and cloze is None:
            if not any((item.where(key).line, item.where(key).column) in self.refused for key in ("question", "cloze")):
                self.report(item.pos, problem_message("no_prompt"), "question")
            else:
                self.error_count += 1
        elif question is not None and cloze is not None:
            self.report(item.where("cloze"), problem_message("question_and_cloze"), "cloze")
        elif cloze is not None and not BLANK.search(cloze):
            self.report(item.where("cloze"), problem_message("cloze_without_blank"), "cloze", warn=True)
        answer = self.text(item, "answer", required=True)
        aliases = self.text_list(item, "aliases")
        choices = self.text_list(item, "choices")
        self.check_choices(item, answer, aliases, choices)
        tags = self.text_list(item, "tags")
        tolerance = self.number(item, "tolerance")
        if tolerance is not None:
            if tolerance < 0:
                self.report(item.where("tolerance"), problem_message("tolerance_negative"), "tolerance")
            if kind is not Kind.NUMBER:
                message = problem_message("tolerance_not_number")
                self.report(item.where("tolerance"), message, "tolerance", warn=True)
        source = self.source(item)
        if self.error_count > errors_before or card_id is None or answer is None:
            return None
        return Card(
            id=card_id, kind=kind or Kind.TEXT, answer=answer, question=question, cloze=cloze,
            aliases=aliases, choices=choices, hint=self.text(item, "hint"),
            explanation=self.text(item, "explanation"), tags=tags, tolerance=tolerance, source=source,
        )  # fmt: skip

    def kind(self, item: YMap) -> Kind | None:
        value = self.text(item, "kind")
        if value is None:
            return Kind.TEXT
        if value in KINDS:
            return KINDS[value]
        try:
            return Kind(value.strip().lower())
        except ValueError:
            allowed = ", ".join(k.value for k in Kind)
            self.report(item.where("kind"), problem_message("kind_invalid", allowed=allowed, value=value), "kind")
            return None

    def check_choices(self, item: YMap, answer: str | None, aliases: Sequence[str], choices: Sequence[str]) -> None:
        if not choices:
            return
        accepted = {fold(a) for a in (answer, *aliases) if a}
        seen: set[str] = set()
        for choice in choices:
            folded = fold(choice)
            if folded in accepted or folded in seen:
                code = "choice_is_answer" if folded in accepted else "choice_repeated"
                self.report(item.where("choices"), problem_message(code, choice=choice), "choices", warn=True)
            seen.add(folded)

    def source(self, item: YMap) -> Source | None:
        value = item.get("source")
        if value is None:
            return None
        if not isinstance(value, YMap):
            self.report(item.where("source"), problem_message("source_not_mapping"), "source")
            return None
        self.unknown_fields(value, SOURCE_FIELDS, "source")
        article = self.text(value, "article", prefix="source.")
        sentence = self.text(value, "sentence", prefix="source.")
        return Source(article=article, sentence=sentence)

    def unknown_fields(self, mapping: YMap, allowed: Sequence[str], what: str) -> None:
        if mapping.keys() <= _KNOWN[what]:
            return
        for key in mapping:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint: Param = problem_message("did_you_mean", name=close[0]) if close else ""
                self.report(mapping.key_where(key), problem_message(f"unknown_{what}_field", key=key, hint=hint), key)

    def text(self, mapping: YMap, key: str, required: bool = False, prefix: str = "") -> str | None:
        name = prefix + key
        if key not in mapping:
            if required:
                self.report(mapping.pos, problem_message("missing_field", field=name), name)
            return None
        value = mapping[key]
        if value is None:
            if required:
                self.report(mapping.where(key), problem_message("empty_field", field=name), name)
            return None
        if not isinstance(value, str):
            message = (
                problem_message("unquoted_colon", field=name)
                if isinstance(value, YMap)
                else problem_message("not_text", field=name, found=found(value))
            )
            self.report(mapping.where(key), message, name)
            return None
        if required and not value.strip():
            self.report(mapping.where(key), problem_message("empty_field", field=name), name)
            return None
        return value

    def text_list(self, mapping: YMap, key: str) -> tuple[str, ...]:
        value = mapping.get(key)
        if value is None:
            if key in mapping and key == "tags":
                self.report(mapping.where(key), problem_message("tags_empty"), key, warn=True)
            return ()
        if isinstance(value, str):
            return (value,) if value.strip() else self._empty_entry(mapping.where(key), key)
        if not isinstance(value, YSeq):
            self.report(mapping.where(key), problem_message("not_list", field=key), key)
            return ()
        items: list[str] = []
        for index, entry in enumerate(value):
            if isinstance(entry, str) and entry.strip():
                items.append(entry)
            elif entry is None or isinstance(entry, str):
                self._empty_entry(value.where(index), key)
            else:
                message = problem_message("entry_not_text", field=key, found=found(entry))
                self.report(value.where(index), message, key)
        if key == "tags" and not value:
            self.report(mapping.where(key), problem_message("tags_empty"), key, warn=True)
        return tuple(items)

    def _empty_entry(self, pos: Pos, key: str) -> tuple[str, ...]:
        self.report(pos, problem_message("empty_entry", field=key), key, warn=True)
        return ()

    def number(self, mapping: YMap, key: str) -> float | None:
        value = self.text(mapping, key)
        if value is None:
            return None
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            self.report(mapping.where(key), problem_message("not_number", field=key, value=value), key)
            return None


def found(value: Value) -> Message:
    """What a value is, as a word for messages ("a list"), said in the message's language."""
    if isinstance(value, YMap):
        kind = "mapping"
    elif isinstance(value, YSeq):
        kind = "list"
    else:
        kind = "nothing" if value is None else "text"
    return problem_message(f"found.{kind}")
