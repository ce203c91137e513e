"""The source article of a card, with the facts the deck asks about highlighted (reading practice)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Label, Static

from quiz.articles import read_article
from quiz.models import Card
from quiz.tui.library import DeckEntry
from quiz.tui.screens.base import QuizScreen
from quiz.tui.widgets.footer import QuizFooter

SENTENCE_STYLE = "on $accent 15%"
FACT_STYLE = "bold underline $success"
CURRENT_STYLE = "bold reverse $success"


def find_article(name: str, entry: DeckEntry, folders: Sequence[Path]) -> Path | None:
    """The article file named by a card: beside the deck, in a seeds/ folder near it, or in ``folders``."""
    relative = Path(name)
    if relative.is_absolute():
        return relative if relative.is_file() else None
    bases = [entry.path.parent, entry.path.parent.parent, entry.path.parent / "seeds",
             entry.path.parent.parent / "seeds", Path.cwd(), *folders]  # fmt: skip
    for base in bases:
        candidate = base / relative
        if candidate.is_file():
            return candidate
    return None


def marked_text(text: str, cards: Sequence[Card], current: Card) -> Content:
    """The article with each quizzed sentence shaded and its answer marked; the current card's stands out."""
    content = Content(text)
    for card in sorted(cards, key=lambda c: c.id == current.id):
        source = card.source
        if source is None or not source.sentence:
            continue
        start = text.find(source.sentence)
        if start < 0:
            start = _fuzzy_find(text, source.sentence)
        if start < 0:
            continue
        end = start + len(source.sentence)
        content = content.stylize(SENTENCE_STYLE, start, end)
        terms = sorted({a for a in card.accepted if a.strip()}, key=len, reverse=True)
        if not terms:
            continue
        pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
        style = CURRENT_STYLE if card.id == current.id else FACT_STYLE
        for match in pattern.finditer(text, start, end):
            content = content.stylize(style, match.start(), match.end())
    return content


def _fuzzy_find(text: str, sentence: str) -> int:
    """Find a sentence whose spacing differs from the article's."""
    words = sentence.split()
    if not words:
        return -1
    pattern = r"\s+".join(re.escape(word) for word in words)
    match = re.search(pattern, text)
    return match.start() if match else -1


class ArticleScreen(QuizScreen[None]):
    """Read the article a card came from; Esc goes back."""

    BINDINGS = [
        Binding("escape,a,q", "back", "key.back"),
    ]

    def __init__(self, entry: DeckEntry, card: Card, folders: Sequence[Path] = ()) -> None:
        super().__init__(id="article")
        self.entry = entry
        self.card = card
        self.folders = list(folders)

    def compose(self) -> ComposeResult:
        name = self.card.source.article if self.card.source and self.card.source.article else ""
        yield Label(Content(self.tr("article.title", name=name)), classes="topbar")
        with VerticalScroll(id="article-body"):
            yield Static(self._body(name), id="article-text")
        yield QuizFooter()

    def on_mount(self) -> None:
        self.query_one("#article-body").focus()

    def _body(self, name: str) -> Content:
        if not name:
            return Content(self.tr("article.none"))
        path = find_article(name, self.entry, self.folders)
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
        parts.append(marked_text(article.text, cards, self.card))
        return Content("\n\n").join(parts)

    def action_back(self) -> None:
        self.dismiss(None)
