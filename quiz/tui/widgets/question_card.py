"""The question itself: its kind, the prompt, the hints taken, and the place to answer it.

How a question is answered decides what the card shows below the prompt: the
answer box (type), a numbered list (choose), or the card's back with three
ratings once it is turned over (flip). The lists are mounted the first time a
question needs them, so a typed session never builds them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from quiz.i18n import t, tn
from quiz.models import Verdict
from quiz.session import Question, Style
from quiz.tui.widgets.marks import prompt_content

RATINGS = (Verdict.WRONG, Verdict.ALMOST, Verdict.CORRECT)
"""What the number keys 1 to 3 say about a flipped card."""


class QuestionCard(VerticalScroll):
    """Shows one :class:`~quiz.session.Question`; the screen around it handles the answers."""

    def __init__(self, placeholder: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.placeholder = placeholder
        self.cramped = False

    def set_cramped(self, cramped: bool) -> None:
        """Few rows: the answer box and the lists lose their borders (and stay at the bottom, see quiz.tcss)."""
        self.cramped = cramped
        for widget in self.query("#answer, #choices, #ratings"):
            if isinstance(widget, Input | OptionList):
                widget.compact = cramped

    def compose(self) -> ComposeResult:
        yield Static("", id="kind")
        yield Static("", id="prompt")
        yield Static("", id="hints")
        yield Input(placeholder=self.placeholder, id="answer", select_on_focus=False)
        yield Static("", id="flip-answer")
        yield Static("", id="how", classes="hint")

    @property
    def typed(self) -> str:
        """What is in the answer box."""
        return self.query_one("#answer", Input).value

    def show(self, question: Question, *, lang: str, revealed: bool, prefill: str, hint_cost: int) -> None:
        """Everything about ``question``; the answer box starts with ``prefill`` (an answer taken back)."""
        card = question.card
        flags = [t("q.new", lang)] if question.is_new else []
        if question.repeat:
            flags.append(t("q.again", lang))
        kind = t(f"kind.{card.kind.value}", lang).upper()
        badge = (f" {kind} ", "bold $text-accent on $accent 25%")
        self.query_one("#kind", Static).update(Content.assemble(badge, ("  " + " · ".join(flags), "$text-muted")))
        self.query_one("#prompt", Static).update(prompt_content(card.prompt))
        self.show_hints(question, lang=lang, hint_cost=hint_cost)
        style = question.style
        answer = self.query_one("#answer", Input)
        answer.display = style is Style.TYPE
        choices = self._list("choices", style is Style.CHOICE)
        self.show_flip(question, lang=lang, revealed=revealed)
        how = self.query_one("#how", Static)
        how.set_class(question.typed_fallback, "-notice")
        if style is Style.TYPE:
            answer.value = prefill
            answer.cursor_position = len(prefill)
            answer.focus()
            # Multiple choice was asked for, but this card has nothing sensible to choose from.
            how.update(t("q.typed_fallback", lang) if question.typed_fallback else "")
        elif choices is not None:
            choices.set_options(
                Option(Content.assemble((f"{n}  ", "bold $accent"), text), id=str(n - 1))
                for n, text in enumerate(question.choices, 1)
            )
            choices.highlighted = 0
            choices.focus()
            how.update(t("q.choose_prompt", lang, last=len(question.choices)))
        self.scroll_home(animate=False)

    def show_hints(self, question: Question | None, *, lang: str, hint_cost: int) -> None:
        """The hints taken so far, each with what it costs."""
        hints = question.hints if question else ()
        cost = f"  ({tn('q.hint_cost', hint_cost, lang)})"
        lines = [Content.assemble((t("q.hint", lang, hint=hint), "italic"), (cost, "dim")) for hint in hints]
        widget = self.query_one("#hints", Static)
        widget.update(Content("\n").join(lines))
        widget.display = bool(lines)

    def show_flip(self, question: Question | None, *, lang: str, revealed: bool) -> None:
        """A flip question face down (how to turn it), or face up with its answer and the ratings."""
        flip = question is not None and question.style is Style.FLIP
        answer = self.query_one("#flip-answer", Static)
        ratings = self._list("ratings", flip and revealed)
        how = self.query_one("#how", Static)
        answer.display = flip and revealed
        if question is None or ratings is None:
            if flip and not revealed:
                how.update(Content.styled(t("q.flip_prompt", lang), "bold"))
                self.focus()
            return
        card = question.card
        if card.cloze:  # face up, the blank holds the answer
            self.query_one("#prompt", Static).update(prompt_content(card.prompt, filled=card.answer))
        parts: list[str | tuple[str, str] | Content] = [
            (t("q.flip_answer", lang, answer=card.answer), "bold $success"),
        ]
        if card.explanation:
            parts += ["\n", (card.explanation, "dim")]
        answer.update(Content.assemble(*parts))
        ratings.set_options(
            Option(Content.assemble((f"{n}  ", "bold $accent"), t(f"q.rate.{verdict.value}", lang)), id=verdict.value)
            for n, verdict in enumerate(RATINGS, 1)
        )
        ratings.highlighted = 2
        ratings.focus()
        how.update(t("q.flip_rate", lang))
        self.call_after_refresh(answer.scroll_visible, animate=False)  # the back of the card, on a short screen

    def _list(self, name: str, wanted: bool) -> OptionList | None:
        """The list of choices or ratings: mounted the first time it is wanted, hidden when not."""
        widget = next(self.query(f"#{name}").results(OptionList), None)
        if widget is None and wanted:
            widget = OptionList(id=name, compact=self.cramped)
            self.mount(widget, before=self.query_one("#how"))
        if widget is not None:
            widget.display = wanted
        return widget if wanted else None
