"""The question: prompt, kind, and the way to answer it (type, choose or flip)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from quiz.models import Verdict
from quiz.session import Outcome, Question, SessionError, Style
from quiz.store import StoreError
from quiz.tui.library import DeckEntry
from quiz.tui.run import StudyRun
from quiz.tui.screens.base import QuizScreen
from quiz.tui.widgets.footer import QuizFooter
from quiz.tui.widgets.marks import prompt_content
from quiz.tui.widgets.status import StatusBar

RATINGS = (Verdict.WRONG, Verdict.ALMOST, Verdict.CORRECT)


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
        with VerticalScroll(id="card"):
            yield Static("", id="kind")
            yield Static("", id="prompt")
            yield Static("", id="hints")
            yield Input(placeholder=self.tr("q.placeholder"), id="answer", select_on_focus=False)
            # The lists for choices and ratings are mounted when a question needs them (faster start).
            yield Static("", id="flip-answer")
            yield Static("", id="how", classes="hint")
        yield QuizFooter()

    def on_mount(self) -> None:
        self.show_question()

    async def retranslate(self) -> None:
        typed = self.query_one("#answer", Input).value
        await super().retranslate()
        self.prefill = typed
        self.show_question(keep_reveal=True)

    # ----- showing --------------------------------------------------------------------------------

    @property
    def question(self) -> Question | None:
        return self.run.current

    def show_question(self, keep_reveal: bool = False) -> None:
        question = self.question
        if question is None:
            self.quiz.show_summary(self.run, self.entry)
            return
        if not keep_reveal:
            self.revealed = False
        self.run.mark_shown()
        self._show_status()
        card = question.card
        flags = [self.tr("q.new")] if question.is_new else []
        if question.repeat:
            flags.append(self.tr("q.again"))
        kind = self.tr(f"kind.{card.kind.value}").upper()
        badge = (f" {kind} ", "bold $text-accent on $accent 25%")
        self.query_one("#kind", Static).update(Content.assemble(badge, ("  " + " · ".join(flags), "$text-muted")))
        self.query_one("#prompt", Static).update(prompt_content(card.prompt))
        self._show_hints()
        style = question.style
        answer = self.query_one("#answer", Input)
        answer.display = style is Style.TYPE
        choices = self._options("choices", style is Style.CHOICE)
        self._show_flip(style is Style.FLIP)
        how = self.query_one("#how", Static)
        if style is Style.TYPE:
            answer.value = self.prefill
            answer.cursor_position = len(self.prefill)
            answer.focus()
            how.update("")
        elif choices is not None:
            choices.set_options(
                Option(Content.assemble((f"{n}  ", "bold $accent"), text), id=str(n - 1))
                for n, text in enumerate(question.choices, 1)
            )
            choices.highlighted = 0
            choices.focus()
            how.update(self.tr("q.choose_prompt"))
        self.prefill = ""
        self.query_one("#card", VerticalScroll).scroll_home(animate=False)
        self._label_number_keys()

    def _label_number_keys(self) -> None:
        """The footer names the number keys for what they do now: 1–4 choose, 1–3 rate a flipped card."""
        question = self.question
        rating = question is not None and question.style is Style.FLIP
        bindings = self._bindings.key_to_bindings.get("1", [])
        labelled = [
            replace(
                binding,
                key_display=f"1–{len(RATINGS)}" if rating else "1–4",
                description=self.tr("key.rate" if rating else "key.choose"),
            )
            for binding in bindings
        ]
        if labelled != bindings:
            self._bindings.key_to_bindings["1"] = labelled
        self.refresh_bindings()  # which keys apply changes with every question (check_action)

    def _options(self, name: str, wanted: bool) -> OptionList | None:
        """The list of choices or ratings: mounted the first time it is wanted, hidden when not."""
        found = self.query(f"#{name}").results(OptionList)
        widget = next(found, None)
        if widget is None and wanted:
            widget = OptionList(id=name)
            self.query_one("#card", VerticalScroll).mount(widget, before=self.query_one("#how"))
        if widget is not None:
            widget.display = wanted
        return widget if wanted else None

    def _show_status(self) -> None:
        question = self.question
        run = self.run
        self.query_one(StatusBar).show(
            lang=self.lang, deck=self.entry.title, mode=run.session.mode.value,
            number=question.number if question else run.session.questions, total=run.session.questions,
            done=run.answered, points=run.session.points, streak=run.session.streak,
        )  # fmt: skip

    def _show_hints(self) -> None:
        question = self.question
        hints = question.hints if question else ()
        cost = f"  ({self.tr('q.hint_cost', cost=self.run.session.rules.hint_cost)})"
        lines = [Content.assemble((self.tr("q.hint", hint=hint), "italic"), (cost, "dim")) for hint in hints]
        widget = self.query_one("#hints", Static)
        widget.update(Content("\n").join(lines))
        widget.display = bool(lines)

    def _show_flip(self, flip: bool) -> None:
        question = self.question
        answer = self.query_one("#flip-answer", Static)
        ratings = self._options("ratings", flip and self.revealed)
        how = self.query_one("#how", Static)
        answer.display = flip and self.revealed
        if not flip or question is None or ratings is None:
            if flip and not self.revealed:
                how.update(Content.styled(self.tr("q.flip_prompt"), "bold"))
                self.query_one("#card").focus()
            return
        card = question.card
        parts: list[str | tuple[str, str] | Content] = [
            (self.tr("q.flip_answer", answer=card.answer), "bold $success"),
        ]
        if card.explanation:
            parts += ["\n", (card.explanation, "dim")]
        answer.update(Content.assemble(*parts))
        ratings.set_options(
            Option(Content.assemble((f"{n}  ", "bold $accent"), self.tr(f"q.rate.{verdict.value}")), id=verdict.value)
            for n, verdict in enumerate(RATINGS, 1)
        )
        ratings.highlighted = 2
        ratings.focus()
        how.update(self.tr("q.flip_rate"))

    # ----- answering --------------------------------------------------------------------------------

    def _act(self, action: Callable[[], Outcome]) -> None:
        """Run one session action that produces an outcome (saved by the run), then show what follows."""
        try:
            outcome = action()
        except SessionError:
            self.app.bell()
            return
        except StoreError as error:
            self.notify(self.tr("app.save_failed", error=str(error)), severity="error", timeout=10)
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
        self._show_hints()

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
        self._show_flip(True)
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

