"""One quiz run: which card is asked next, what an answer is worth, and undo.

Pure logic with an injected clock: nothing here reads files, the database or
the real time, so every path can be tested exactly. The store persists what a
session produces (:class:`Outcome` for each answer, :class:`Summary` at the end);
the app only calls the methods of :class:`Session`, and imports session names
from here. :class:`Session` checks what the learner may do now; the modules
beside it do the work: ``session_order`` picks the cards, ``session_asking``
puts each one, ``session_grading`` grades, ``session_progress`` keeps the score
and undo, ``session_summary`` counts the result.

Typical use::

    session = Session.learn(deck, agenda, clock=clock)
    while not session.finished:
        question = session.current
        outcome = session.answer(typed_text)   # or choose / self_grade / skip
        store.record(session_id, outcome)
    store.finish(session_id, session.summary())
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping, Sequence

from quiz.models import Card, Deck, Verdict
from quiz.scheduling import CardState, Scheduler, scheduler_for
from quiz.session_asking import Asker, hint_ladder
from quiz.session_grading import SKIPPED, grade_answer, self_graded
from quiz.session_order import exam_order, learn_order, practice_order
from quiz.session_progress import Progress, Slot
from quiz.session_summary import Summary, Tally, summarize
from quiz.session_values import (
    DEFAULT_RULES,
    Agenda,
    Clock,
    Mode,
    Outcome,
    Question,
    Rules,
    SessionError,
    Style,
    plan,
    utc_now,
)

__all__ = [
    "DEFAULT_RULES", "Agenda", "Clock", "Mode", "Outcome", "Question", "Rules", "Session",
    "SessionError", "Style", "Summary", "Tally", "plan", "utc_now",
]  # fmt: skip


class Session:
    """A run through a list of cards in one mode and style.

    Build one with :meth:`learn`, :meth:`practice` or :meth:`exam`. ``seed``
    makes the order and the multiple-choice shuffles reproducible; ``clock``
    gives the time (UTC) for answer times and the schedule; ``lang`` (de or
    en) is the language of the grader's feedback.
    """

    def __init__(
        self,
        deck: Deck,
        cards: Sequence[Card],
        mode: Mode,
        *,
        style: Style = Style.TYPE,
        clock: Clock = utc_now,
        seed: int | None = None,
        rules: Rules = DEFAULT_RULES,
        scheduler: Scheduler | None = None,
        states: Mapping[str, CardState] | None = None,
        new: Iterable[str] = (),
        lang: str = "de",
    ) -> None:
        self.deck = deck
        self.mode = Mode(mode)
        self.style = Style(style)
        self.clock = clock
        self.seed = _seed(seed)
        self.rules = rules
        self.lang = lang
        self.scheduler = scheduler or scheduler_for(deck.retention or 0.9)
        self.started_at = clock()
        new_ids = set(new)
        queue = [Slot(card, card.id in new_ids, False) for card in cards]
        self._progress = Progress(
            queue, states or {}, mode=self.mode, rules=rules, scheduler=self.scheduler, clock=clock,
            shown_at=self.started_at,
        )  # fmt: skip
        self._asker = Asker(deck, self.style, self.seed, self.mode)

    # ----- constructors -------------------------------------------------------------------------

    @classmethod
    def learn(
        cls,
        deck: Deck,
        agenda: Agenda,
        *,
        style: Style = Style.TYPE,
        clock: Clock = utc_now,
        seed: int | None = None,
        rules: Rules = DEFAULT_RULES,
        scheduler: Scheduler | None = None,
        lang: str = "de",
    ) -> Session:
        """Due cards first, then new ones; every answer updates the card's schedule."""
        cards, states, new = learn_order(deck, agenda)
        return cls(
            deck, cards, Mode.LEARN, style=style, clock=clock, seed=seed, rules=rules, scheduler=scheduler,
            states=states, new=new, lang=lang,
        )  # fmt: skip

    @classmethod
    def practice(
        cls,
        deck: Deck,
        cards: Sequence[Card] | None = None,
        *,
        tag: str | None = None,
        style: Style = Style.TYPE,
        clock: Clock = utc_now,
        seed: int | None = None,
        rules: Rules = DEFAULT_RULES,
        lang: str = "de",
    ) -> Session:
        """Any cards (default: the whole deck, or those tagged ``tag``) in a seeded random order.

        Never touches the schedule.
        """
        seed = _seed(seed)
        chosen = practice_order(deck, cards, tag, seed)
        return cls(deck, chosen, Mode.PRACTICE, style=style, clock=clock, seed=seed, rules=rules, lang=lang)

    @classmethod
    def exam(
        cls,
        deck: Deck,
        size: int | None = None,
        *,
        style: Style = Style.TYPE,
        clock: Clock = utc_now,
        seed: int | None = None,
        rules: Rules = DEFAULT_RULES,
        lang: str = "de",
    ) -> Session:
        """``size`` (default ``rules.exam_size``) cards drawn at random; no hints, score only at the end."""
        seed = _seed(seed)
        count = min(size if size is not None else rules.exam_size, len(deck.cards))
        chosen = exam_order(deck, count, seed)
        return cls(deck, chosen, Mode.EXAM, style=style, clock=clock, seed=seed, rules=rules, lang=lang)

    def missed_session(self, seed: int | None = None) -> Session:
        """A practice follow-up with the cards missed so far."""
        missed = self.summary().missed
        return Session.practice(
            self.deck, missed, style=self.style, clock=self.clock, seed=seed, rules=self.rules, lang=self.lang
        )

    # ----- state --------------------------------------------------------------------------------

    @property
    def _queue(self) -> list[Slot]:
        """Every question so far and to come, in order."""
        return self._progress.queue

    @property
    def finished(self) -> bool:
        return self._progress.finished

    @property
    def current(self) -> Question | None:
        """The question to show, or None when the session is finished."""
        if self.finished:
            return None
        progress = self._progress
        slot = progress.slot
        return self._asker.question(
            slot.card, number=progress.position + 1, total=len(self._queue), hints=progress.hints,
            is_new=slot.is_new, repeat=slot.repeat, position=progress.card_position, total_cards=progress.total_cards,
            repeats_pending=progress.repeats_pending,
        )  # fmt: skip

    @property
    def questions(self) -> int:
        """Questions in the session so far, repeats included (learn sessions grow when a card comes back).

        For "Frage 6 von 20" show :attr:`position` and :attr:`total_cards`, and :attr:`repeats_pending` apart.
        """
        return len(self._queue)

    @property
    def position(self) -> int:
        """1-based number of the current card among the session's cards; a repeat keeps the last card's number.

        Once finished: :attr:`total_cards`.
        """
        return self._progress.card_position

    @property
    def total_cards(self) -> int:
        """The session's cards, each counted once: the size the learner chose, never growing."""
        return self._progress.total_cards

    @property
    def repeats_pending(self) -> int:
        """Learn: missed cards queued to come back and not answered yet (the current one included)."""
        return self._progress.repeats_pending

    @property
    def points(self) -> int:
        return self._progress.points

    @property
    def streak(self) -> int:
        return self._progress.streak

    @property
    def best_streak(self) -> int:
        return self._progress.best_streak

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        """The answers that count, in order (overridden ones replaced, undone ones gone)."""
        return tuple(self._progress.outcomes)

    @property
    def last(self) -> Outcome | None:
        return self._progress.outcomes[-1] if self._progress.outcomes else None

    @property
    def can_undo(self) -> bool:
        return bool(self._progress.outcomes)

    def state_of(self, card_id: str) -> CardState | None:
        """Learn: the card's schedule as it stands in this session."""
        return self._progress.states.get(card_id)

    # ----- actions ------------------------------------------------------------------------------

    def answer(self, text: str, elapsed_ms: int | None = None) -> Outcome:
        """Grade a typed answer (or, in multiple choice, the text of the chosen option)."""
        question = self._require_question()
        if question.style is Style.CHOICE and text not in question.choices:
            raise SessionError(f"{text!r} is not one of the choices")
        return self._progress.record(
            question, text, grade_answer(question.card, text, question.style, self.lang), elapsed_ms
        )

    def choose(self, index: int, elapsed_ms: int | None = None) -> Outcome:
        """Multiple choice: pick the option at ``index`` (0-based) of ``current.choices``."""
        question = self._require_question()
        if not 0 <= index < len(question.choices):
            raise SessionError(f"there is no choice {index + 1}")
        return self.answer(question.choices[index], elapsed_ms)

    def self_grade(self, verdict: Verdict, elapsed_ms: int | None = None) -> Outcome:
        """Flip style: the learner saw the answer and says how well they knew it."""
        question = self._require_question()
        if question.style is not Style.FLIP:
            raise SessionError("self-grading is for flip cards; type or choose the answer")
        return self._progress.record(question, "", self_graded(verdict), elapsed_ms)

    def skip(self, elapsed_ms: int | None = None) -> Outcome:
        """Give up on the current question: it counts as missed and shows the answer."""
        question = self._require_question()
        return self._progress.record(question, "", SKIPPED, elapsed_ms, skipped=True)

    def hint(self) -> str:
        """The next hint for the current question (costs ``rules.hint_cost`` points on the answer).

        First the card's own hint, then the answer's first letter, then its first half.
        """
        question = self._require_question()
        if not question.hints_allowed:
            raise SessionError("no hints in an exam" if self.mode is Mode.EXAM else "no hints for this question")
        ladder = hint_ladder(question.card)
        shown = self._progress.hints
        if len(shown) >= len(ladder):
            raise SessionError("no more hints")
        self._progress.hints = (*shown, ladder[len(shown)])
        return ladder[len(shown)]

    def override(self) -> Outcome:
        """Count the last answer as correct after all ("I was right") and re-rate it.

        Returns the new outcome; its ``replaces`` names the one it corrects.
        """
        last = self.last
        if last is None:
            raise SessionError("there is no answer to override")
        if not last.can_override:
            raise SessionError("this answer cannot be overridden")
        self._progress.take_back()
        question = self._require_question()
        return self._progress.record(
            question, last.given, last.grade, last.elapsed_ms,
            overridden=True, replaces=last.seq, when=last.answered_at,
        )  # fmt: skip

    def undo(self) -> Outcome:
        """Take back the last answer: score, streak, schedule and position return to before it.

        Returns the undone outcome so the store can take it back too.
        """
        if not self.can_undo:
            raise SessionError("there is nothing to undo")
        outcome = self._progress.take_back()
        self._progress.shown_at = self.clock()
        return outcome

    def summary(self) -> Summary:
        """The answers that stand so far, counted."""
        return summarize(
            self._progress.outcomes, deck=self.deck.title, mode=self.mode, style=self.style, started_at=self.started_at,
            ended_at=self.clock(), points=self._progress.points, best_streak=self._progress.best_streak,
            rules=self.rules, questions=len(self._queue), total_cards=self._progress.total_cards,
        )  # fmt: skip

    # ----- internals ----------------------------------------------------------------------------

    def _require_question(self) -> Question:
        question = self.current
        if question is None:
            raise SessionError("the session is finished")
        return question


def _seed(seed: int | None) -> int:
    """The seed given, or a fresh random one (kept on the session, so a run can be replayed)."""
    return seed if seed is not None else secrets.randbelow(2**31)
