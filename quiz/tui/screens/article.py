"""The source article of a card, with the facts the deck asks about highlighted (reading practice)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Label, Static

from quiz.articles import find_article, read_article
from quiz.models import Card
from quiz.tui.library import DeckEntry
from quiz.tui.screens.base import QuizScreen
from quiz.tui.widgets.footer import QuizFooter

SENTENCE_STYLE = "on $accent 15%"
FACT_STYLE = "bold underline $success"
CURRENT_STYLE = "bold reverse $success"


def marked_text(text: str, cards: Sequence[Card], current: Card) -> tuple[Content, int]:
    """The article with each quizzed sentence shaded and its answer marked; the current card's stands out.

    Also where the current card's sentence starts in ``text`` (-1 when it is not found).
    """
    content = Content(text)
    current_start = -1
    for card in sorted(cards, key=lambda c: c.id == current.id):
        source = card.source
        if source is None or not source.sentence:
            continue
        start = text.find(source.sentence)
        if start < 0:
            start = _fuzzy_find(text, source.sentence)
        if start < 0:
            continue
        if card.id == current.id:
            current_start = start
        end = start + len(source.sentence)
        content = content.stylize(SENTENCE_STYLE, start, end)
        terms = sorted({a for a in card.accepted if a.strip()}, key=len, reverse=True)
        if not terms:
            continue
        pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
        style = CURRENT_STYLE if card.id == current.id else FACT_STYLE
        for match in pattern.finditer(text, start, end):
            content = content.stylize(style, match.start(), match.end())
    return content, current_start


def _fuzzy_find(text: str, sentence: str) -> int:
    """Find a sentence whose spacing differs from the article's."""
    words = sentence.split()
    if not words:
        return -1
    pattern = r"\s+".join(re.escape(word) for word in words)
    match = re.search(pattern, text)
    return match.start() if match else -1


class ArticleScreen(QuizScreen[None]):
    """Read the article a card came from, opened at the card's sentence; Esc goes back."""

    BINDINGS = [
        Binding("escape,a,q", "back", "key.back"),
    ]

    def __init__(self, entry: DeckEntry, card: Card, folders: Sequence[Path] = ()) -> None:
        super().__init__(id="article")
        self.entry = entry
        self.card = card
        self.folders = list(folders)
        self.article_name = card.source.article if card.source and card.source.article else ""
        self._text = Content("")
        self._sentence_at = -1
        """Where the current card's sentence starts in the shown text (-1: not found)."""

    def compose(self) -> ComposeResult:
        shown = Path(self.article_name).name  # "../seeds/x.txt" is the article x.txt
        yield Label(Content(self.tr("article.title", name=shown)), classes="topbar")
        self._text = self._body(self.article_name)
        with VerticalScroll(id="article-body"):
            yield Static(self._text, id="article-text")
        yield QuizFooter()

    def on_mount(self) -> None:
        self.query_one("#article-body").focus()
        self.call_after_refresh(self.show_sentence)

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self.show_sentence)

    def show_sentence(self) -> None:
        """Scroll the current card's sentence into view, in the middle of the screen where the text allows."""
        if self._sentence_at < 0:
            return
        text = self.query_one("#article-text", Static)
        width = text.content_region.width
        if width <= 0:
            return
        line = len(self._text[: self._sentence_at].wrap(width)) - 1  # wrapped lines before the sentence
        body = self.query_one("#article-body", VerticalScroll)
        top = text.virtual_region.y + text.styles.padding.top + line
        body.scroll_to(y=max(0, top - body.scrollable_content_region.height // 2), animate=False)

    def _body(self, name: str) -> Content:
        if not name:
            return Content(self.tr("article.none"))
        path = find_article(name, self.entry.path, self.folders)
        if path is None:
            return Content(self.tr("article.missing", name=name))
        try:
            article = read_article(path)
        except (OSError, UnicodeDecodeError):
            return Content(self.tr("article.missing", name=name))
        deck = self.entry.deck
        cards = [c for c in deck.cards if c.source and c.source.article == name] if deck else [self.card]
        parts: list[Content] = []
        if article.title:
            parts.append(Content.styled(article.title, "bold"))
        if article.date:
            parts.append(Content.styled(article.date, "dim"))
        parts.append(Content.styled(self.tr("article.legend"), "italic dim"))
        marked, start = marked_text(article.text, cards, self.card)
        head = Content("\n\n").join(parts)
        if start >= 0:
            self._sentence_at = len(head.plain) + 2 + start
        return Content("\n\n").join([head, marked])

    def action_back(self) -> None:
        self.dismiss(None)
