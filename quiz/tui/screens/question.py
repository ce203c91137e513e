"""The question screen: one question at a time, the keys to answer it, and what follows each answer.

The question itself is drawn by :class:`~quiz.tui.widgets.question_card.QuestionCard`;
this screen passes answers to the session (which saves them) and moves on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, OptionList

from quiz.models import Verdict
from quiz.session import Outcome, Question, SessionError, Style
from quiz.store import StoreError
from quiz.tui.library import DeckEntry
from quiz.tui.run import StudyRun
from quiz.tui.screens.base import QuizScreen
from quiz.tui.widgets.footer import QuizFooter
from quiz.tui.widgets.question_card import RATINGS, QuestionCard
from quiz.tui.widgets.status import StatusBar


class QuestionScreen(QuizScreen[None]):
    """One question at a time from a :class:`StudyRun`; answers go to the feedback screen."""

    BINDINGS = [
        # While typing, letters go to the answer box: the keys are Ctrl+letter.
        Binding("ctrl+t", "hint", "key.hint"),
        Binding("ctrl+s", "skip", "key.skip"),
        Binding("ctrl+z", "undo", "key.undo"),
        # Choosing and flipping need no typing: plain letters and numbers.
        Binding("space", "reveal", "key.reveal"),
        Binding("1", "number(1)", "key.choose", key_display="1–4"),
        *(Binding(str(n), f"number({n})", "key.choose", show=False) for n in range(2, 5)),
        Binding("h", "letter_hint", "key.hint"),
        Binding("s", "letter_skip", "key.skip"),
        Binding("u", "letter_undo", "key.undo"),
        Binding("escape", "end", "key.end_session"),
        Binding("q", "app.quit", "key.quit", show=False),
    ]

    def __init__(self, run: StudyRun, entry: DeckEntry) -> None:
        super().__init__(id="question")
        self.run = run
        self.entry = entry
        self.revealed = False
        self.prefill = ""

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        yield QuestionCard(self.tr("q.placeholder"), id="card")
        yield QuizFooter()

    def on_mount(self) -> None:
        self.show_question()

    def cramped_changed(self, cramped: bool) -> None:
        self.card.set_cramped(cramped)

    async def retranslate(self) -> None:
        typed = self.card.typed
        await super().retranslate()
        self.prefill = typed
        self.show_question(keep_reveal=True)

    # ----- showing --------------------------------------------------------------------------------

    @property
    def question(self) -> Question | None:
        return self.run.current

    @property
    def card(self) -> QuestionCard:
        return self.query_one(QuestionCard)

    def show_question(self, keep_reveal: bool = False) -> None:
        question = self.question
        if question is None:
            self.quiz.show_summary(self.run, self.entry)
            return
        if not keep_reveal:
            self.revealed = False
        self.run.mark_shown()
        self._show_status()
        self.card.set_cramped(self.has_class("-cramped"))  # a card built again (new language) starts roomy
        hint_cost = self.run.session.rules.hint_cost
        self.card.show(question, lang=self.lang, revealed=self.revealed, prefill=self.prefill, hint_cost=hint_cost)
        self.prefill = ""
        self._label_number_keys()

    def _label_number_keys(self) -> None:
        """The footer names the number keys for what they do now: 1–4 choose, 1–3 rate a flipped card."""
        question = self.question
        rating = question is not None and question.style is Style.FLIP
        last = len(RATINGS) if rating else len(question.choices) if question is not None and question.choices else 4
        bindings = self._bindings.key_to_bindings.get("1", [])
        labelled = [
            replace(
                binding,
                key_display=f"1–{last}",
                description=self.tr("key.rate" if rating else "key.choose"),
            )
            for binding in bindings
        ]
        if labelled != bindings:
            self._bindings.key_to_bindings["1"] = labelled
        self.refresh_bindings()  # which keys apply changes with every question (check_action)

    def _show_status(self) -> None:
        question, run = self.question, self.run
        session = run.session
        self.query_one(StatusBar).show(
            lang=self.lang, deck=self.entry.title, mode=session.mode.value,
            number=question.position if question else session.position, total=session.total_cards,
            repeats=question.repeats_pending if question else session.repeats_pending,
            done=run.answered, questions=session.questions, points=session.points, streak=session.streak,
        )  # fmt: skip

    # ----- answering --------------------------------------------------------------------------------

    def _act(self, action: Callable[[], Outcome]) -> None:
        """Run one session action that produces an outcome (saved by the run), then show what follows."""
        try:
            outcome = action()
        except SessionError:
            self.app.bell()
            return
        except StoreError as error:
            self.notify(self.tr("app.save_failed", error=error.render(self.lang)), severity="error", timeout=10)
            self.show_question()
            return
        self.after_answer(outcome)

    def after_answer(self, outcome: Outcome) -> None:
        if outcome.reveal and outcome.style is not Style.FLIP:
            self.quiz.show_feedback(self.run, self.entry, outcome, self._after_feedback)
        else:
            self.show_question()

    def _after_feedback(self, result: str | None) -> None:
        if result == "end":
            self.action_end()
        elif result and result.startswith("undo:"):
            self.prefill = result[len("undo:") :]
            self.show_question()
        else:
            self.show_question()

    @on(Input.Submitted, "#answer")
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            self.notify(self.tr("q.empty_answer"), severity="warning", timeout=3)
            return
        self._act(lambda: self.run.answer(text))

    @on(OptionList.OptionSelected, "#choices")
    def _chose(self, event: OptionList.OptionSelected) -> None:
        index = int(event.option.id or 0)
        self._act(lambda: self.run.choose(index))

    @on(OptionList.OptionSelected, "#ratings")
    def _rated(self, event: OptionList.OptionSelected) -> None:
        verdict = Verdict(event.option.id or "wrong")
        self._act(lambda: self.run.self_grade(verdict))

    def on_click(self, event: events.Click) -> None:
        """A click on a face-down card turns it over (clicks on the footer keys do their own thing)."""
        question = self.question
        card = self.query_one("#card")
        on_card = event.widget is not None and card in event.widget.ancestors_with_self
        if on_card and question is not None and question.style is Style.FLIP and not self.revealed:
            self.action_reveal()

    # ----- actions ----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        question = self.question
        if question is None:
            return action in ("end",)
        style = question.style
        typed = style is Style.TYPE
        if action.startswith("letter_"):
            if typed:
                return False
            action = action[len("letter_") :]
        elif action in ("hint", "skip", "undo") and not typed:
            return False
        if action == "hint":
            return question.hints_allowed
        if action == "reveal":
            return style is Style.FLIP and not self.revealed
        if action == "number":
            return style is Style.CHOICE or (style is Style.FLIP and self.revealed)
        if action == "undo":
            return True if self.run.session.can_undo else None
        return True

    def action_letter_hint(self) -> None:
        self.action_hint()

    def action_letter_skip(self) -> None:
        self.action_skip()

    def action_letter_undo(self) -> None:
        self.action_undo()

    def action_hint(self) -> None:
        try:
            self.run.hint()
        except SessionError:
            self.notify(self.tr("q.no_more_hints"), timeout=3)
            return
        self.card.show_hints(self.question, lang=self.lang, hint_cost=self.run.session.rules.hint_cost)

    def action_skip(self) -> None:
        self._act(self.run.skip)

    def action_undo(self) -> None:
        outcome = self.undo_last(self.run)
        if outcome is None:
            return
        self.prefill = outcome.given if outcome.style is Style.TYPE and not outcome.skipped else ""
        self.notify(self.tr("q.undone"), timeout=3)
        self.show_question()

    def action_reveal(self) -> None:
        self.revealed = True
        self.card.show_flip(self.question, lang=self.lang, revealed=True)
        self._label_number_keys()

    def action_number(self, number: int) -> None:
        question = self.question
        if question is None:
            return
        if question.style is Style.CHOICE and number <= len(question.choices):
            self._act(lambda: self.run.choose(number - 1))
        elif question.style is Style.FLIP and self.revealed and number <= len(RATINGS):
            self._act(lambda: self.run.self_grade(RATINGS[number - 1]))

    def action_end(self) -> None:
        self.quiz.end_run(self.run, self.entry)
