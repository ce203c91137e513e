"""A session bound to the store: each outcome is saved the moment the session produces it.

The app never grades or schedules: it calls :class:`~quiz.session.Session`
and hands every outcome straight to :class:`~quiz.store.Store`. This module
is only that wiring, kept out of the screens so each action saves in one place.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from quiz.models import Deck, Verdict
from quiz.scheduling import scheduler_for
from quiz.session import Clock, Mode, Outcome, Question, Session, Style, Summary, utc_now
from quiz.store import Store


class Plan(NamedTuple):
    """What the learner chose on Home (a named tuple: cheaper to define than a frozen dataclass)."""

    mode: Mode = Mode.LEARN
    style: Style = Style.TYPE


class StudyRun:
    """One session on screen, with its id in the store."""

    def __init__(self, store: Store, session: Session) -> None:
        self.store = store
        self.session = session
        self.session_id = store.begin(session)
        self.finished_saved = False
        self._shown_at = session.clock()
        self.asked: Question | None = None
        """The question last answered (its number for the feedback: the session has moved on)."""

    # ----- building -----------------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        store: Store,
        deck: Deck,
        plan: Plan,
        *,
        clock: Clock = utc_now,
        seed: int | None = None,
        lang: str = "de",
        fuzz: bool = True,
    ) -> StudyRun | None:
        """A new run, or None in learn mode when nothing is due and no new card is left for today.

        ``fuzz`` False makes intervals exact (for reproducible screens in tests).
        """
        session: Session
        if plan.mode is Mode.LEARN:
            agenda = store.agenda(deck, clock())
            if agenda.empty:
                return None
            scheduler = scheduler_for(store.retention(deck), fuzz)
            session = Session.learn(
                deck, agenda, style=plan.style, clock=clock, seed=seed, scheduler=scheduler, lang=lang
            )
        elif plan.mode is Mode.EXAM:
            session = Session.exam(deck, style=plan.style, clock=clock, seed=seed, lang=lang)
        else:
            session = Session.practice(deck, style=plan.style, clock=clock, seed=seed, lang=lang)
        if session.finished:
            return None
        return cls(store, session)

    def missed(self, seed: int | None = None) -> StudyRun | None:
        """A practice run with the cards missed in this one."""
        follow_up = self.session.missed_session(seed)
        return None if follow_up.finished else StudyRun(self.store, follow_up)

    # ----- state --------------------------------------------------------------------------------

    @property
    def current(self) -> Question | None:
        return self.session.current

    @property
    def finished(self) -> bool:
        return self.session.finished

    @property
    def answered(self) -> int:
        return len(self.session.outcomes)

    def summary(self) -> Summary:
        return self.session.summary()

    # ----- actions: each saves before it returns ------------------------------------------------

    def mark_shown(self) -> None:
        """The current question is on screen now: its answer time starts here.

        (The session would count from the previous answer, which includes
        the time spent reading its feedback.)
        """
        self._shown_at = self.session.clock()

    def _elapsed(self) -> int:
        return max(0, int((self.session.clock() - self._shown_at).total_seconds() * 1000))

    def answer(self, text: str) -> Outcome:
        self.asked = self.session.current
        return self._saved(self.session.answer(text, self._elapsed()))

    def choose(self, index: int) -> Outcome:
        self.asked = self.session.current
        return self._saved(self.session.choose(index, self._elapsed()))

    def self_grade(self, verdict: Verdict) -> Outcome:
        self.asked = self.session.current
        return self._saved(self.session.self_grade(verdict, self._elapsed()))

    def skip(self) -> Outcome:
        self.asked = self.session.current
        return self._saved(self.session.skip(self._elapsed()))

    def hint(self) -> str:
        return self.session.hint()

    def override(self) -> Outcome:
        return self._saved(self.session.override())

    def undo(self) -> Outcome:
        outcome = self.session.undo()
        self.store.undo(self.session_id, outcome)
        self.finished_saved = False
        return outcome

    def close(self) -> Summary:
        """Save the summary (also for a run cut short); safe to call more than once."""
        summary = self.session.summary()
        if not self.finished_saved:
            self.store.finish(self.session_id, summary)
            self.finished_saved = True
        return summary

    def _saved(self, outcome: Outcome) -> Outcome:
        self.store.record(self.session_id, outcome)
        self.finished_saved = False
        if self.session.finished:
            self.close()
        return outcome


def elapsed_text(start: datetime, end: datetime) -> str:
    """``m:ss`` (or ``h:mm:ss``) between two moments, for the summary."""
    seconds = max(0, int((end - start).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
