"""Feedback after each answer: the verdict in words and colour, the right answer, where it came from."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from quiz.models import Verdict
from quiz.session import Outcome, SessionError, Style
from quiz.store import StoreError
from quiz.tui.library import DeckEntry
from quiz.tui.run import StudyRun
from quiz.tui.screens.base import QuizScreen
from quiz.tui.widgets.footer import QuizFooter
from quiz.tui.widgets.marks import highlight_terms, prompt_content, spelling_diff
from quiz.tui.widgets.status import StatusBar

LABEL_STYLE = "bold"
WORD = re.compile(r"\w+")
SYMBOLS = {Verdict.CORRECT: "✓", Verdict.ALMOST: "≈", Verdict.WRONG: "✗"}


class FeedbackScreen(QuizScreen[str | None]):
    """Dismisses with "next", "end" or "undo:<given text>"."""

    BINDINGS = [
        Binding("enter", "next", "key.continue"),
        Binding("space", "next", "key.continue", show=False),
        Binding("r", "override", "key.override"),
        Binding("u,ctrl+z", "undo", "key.undo"),
        Binding("a", "article", "key.article"),
        Binding("escape", "end", "key.end_session", show=False),
        Binding("q", "app.quit", "key.quit", show=False),
    ]

    def __init__(self, run: StudyRun, entry: DeckEntry, outcome: Outcome) -> None:
        super().__init__(id="feedback")
        self.run = run
        self.entry = entry
        self.outcome = outcome

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        with VerticalScroll(id="feedback-body"):
            yield Static("", id="verdict")
            yield Static("", id="feedback-text")
            yield Static("", id="feedback-next", classes="hint")
        yield QuizFooter()

    def on_mount(self) -> None:
        self.show_outcome()
        self.query_one("#feedback-body").focus()

    async def retranslate(self) -> None:
        await super().retranslate()
        self.on_mount()

    # ----- showing --------------------------------------------------------------------------------

    def show_outcome(self) -> None:
        outcome, run = self.outcome, self.run
        session = run.session
        asked = run.asked
        self.query_one(StatusBar).show(
            lang=self.lang, deck=self.entry.title, mode=session.mode.value,
            number=asked.position if asked is not None else session.position, total=session.total_cards,
            repeats=session.repeats_pending, done=run.answered, questions=session.questions,
            points=session.points, streak=session.streak,
        )  # fmt: skip
        verdict = self.query_one("#verdict", Static)
        verdict.set_classes(f"verdict-{self._verdict_class()}")
        banner = [self._verdict_text()]
        if outcome.points:
            banner.append(self.trn("fb.points", outcome.points))
        if outcome.streak > 1:
            banner.append(self.tr("fb.streak", streak=outcome.streak))
        verdict.update(Content("   ".join(banner)))
        self.query_one("#feedback-text", Static).update(self._details())
        last = run.finished
        self.query_one("#feedback-next", Static).update(self.tr("fb.last" if last else "fb.next"))
        self.refresh_bindings()

    def _verdict_class(self) -> str:
        outcome = self.outcome
        if outcome.skipped:
            return "skipped"
        return outcome.verdict.value

    def _verdict_text(self) -> str:
        """The verdict in words: the grader's own explanation when it gave one (typed answers)."""
        outcome = self.outcome
        if outcome.skipped:
            return self.tr("fb.skipped")
        if outcome.overridden:
            return self.tr("fb.overridden")
        feedback = " ".join(outcome.grade.feedback.split())
        if feedback and outcome.style is Style.TYPE:
            return f"{SYMBOLS[outcome.verdict]} {feedback}"
        if outcome.verdict is Verdict.WRONG:  # a wrong choice: name the right one, as the grader does
            return self.tr("fb.wrong_answer", answer=outcome.card.answer)
        return self.tr(f"fb.{outcome.verdict.value}")

    def _details(self) -> Content:
        outcome = self.outcome
        card = outcome.card
        lines: list[Content] = []

        def row(label: str, value: Content | str) -> None:
            lines.append(Content.assemble((f"{self.tr(label)}: ", LABEL_STYLE), value))

        lines.append(prompt_content(card.prompt, filled=card.answer if card.cloze else None))
        lines.append(Content(""))
        if not outcome.skipped:
            given = outcome.given or self.tr("fb.nothing_given")
            correct = outcome.grade.matched or card.answer
            if outcome.grade.verdict is Verdict.ALMOST and outcome.given:
                shown_given, shown_correct = spelling_diff(outcome.given, correct)
                row("fb.given", shown_given)
                row("fb.spelling", shown_correct)
            else:
                row("fb.given", given)
        same = outcome.given.strip().casefold() == card.answer.strip().casefold()
        if (outcome.grade.verdict is not Verdict.ALMOST or outcome.skipped) and not (outcome.correct and same):
            style = "bold $success" if outcome.correct else "bold"
            row("fb.answer", Content.styled(card.answer, style))
        others = [alias for alias in card.aliases if alias != outcome.grade.matched]
        if others and not outcome.correct:
            row("fb.also", ", ".join(others[:4]))
        source = card.source
        sentence = source.sentence if source is not None and source.sentence else ""
        if card.explanation and not (sentence and _same_words(card.explanation, sentence)):
            row("fb.explanation", card.explanation)
        repeats_cloze = card.cloze is not None and source is not None and _same_words(
            (card.cloze or "").replace("___", card.answer), source.sentence or ""
        )
        if source is not None and source.sentence and not outcome.correct and not repeats_cloze:
            lines.append(Content(""))
            quoted = highlight_terms(self.tr("fb.quoted", text=source.sentence), card.accepted)
            row("fb.source", quoted)
        if source is not None and source.article:
            name = Path(source.article).name  # "../seeds/x.txt" is the file x.txt
            row("fb.article", Content.assemble(name, " ", (self.tr("fb.article_key"), "dim")))
        if outcome.schedule is not None:
            row("fb.next_due", self._when(outcome.schedule.due, outcome.answered_at))
        return Content("\n").join(lines)

    def _when(self, due: datetime, now: datetime) -> str:
        delta = due - now
        if delta < timedelta(hours=1):
            return self.tr("due.minutes", n=max(1, round(delta.total_seconds() / 60)))
        if delta < timedelta(hours=20):
            return self.tr("due.hours", n=round(delta.total_seconds() / 3600))
        days = max(1, round(delta.total_seconds() / 86400))
        return self.tr("due.tomorrow") if days == 1 else self.tr("due.days", n=days)

    # ----- actions ----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "override":  # only a typed answer can be graded too strictly
            outcome = self.outcome
            return outcome.can_override and self.run.session.last is outcome
        if action == "article":
            source = self.outcome.card.source
            return bool(source and source.article)
        return True

    def action_next(self) -> None:
        self.dismiss("next")

    def action_end(self) -> None:
        self.dismiss("end")

    def action_override(self) -> None:
        try:
            self.outcome = self.run.override()
        except SessionError:
            self.notify(self.tr("fb.cannot_override"), timeout=3)
            return
        except StoreError as error:
            self.notify(self.tr("app.save_failed", error=error.render(self.lang)), severity="error", timeout=10)
            return
        self.show_outcome()

    def action_undo(self) -> None:
        outcome = self.undo_last(self.run)
        if outcome is None:
            return
        self.dismiss(f"undo:{outcome.given if not outcome.skipped else ''}")

    def action_article(self) -> None:
        self.quiz.show_article(self.entry, self.outcome.card)


def _same_words(one: str, other: str) -> bool:
    """Does the filled-in cloze already hold the whole source sentence (then show it once)?"""
    inner = " ".join(WORD.findall(other.casefold()))
    return bool(inner) and inner in " ".join(WORD.findall(one.casefold()))
