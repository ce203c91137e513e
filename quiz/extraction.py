"""Articles to facts, the first step of ``quiz generate``: one article, or many at once on worker processes.

Finding the facts is the costly part of generation (sentence splitting), so
:func:`extract_all` spreads a large run over processes; the second step,
:func:`quiz.generate.build_decks`, needs every article's facts at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quiz.articles import Sentence, parse_article, split_sentences
from quiz.extract import find_facts
from quiz.messages import Message
from quiz.models import Article, Fact


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """One article after extraction: what :func:`build_decks` needs, picklable."""

    article: Article
    sentences: tuple[Sentence, ...]
    facts: tuple[Fact, ...]
    path: Path | None = None
    """The article's file, when it was read from one."""


def extract(name: str, raw: str) -> ArticleFacts:
    """Read one article's raw text and find the facts in its sentences."""
    article = parse_article(raw, name)
    sentences = tuple(split_sentences(article.text))
    facts: list[Fact] = []
    for sentence in sentences:
        facts.extend(find_facts(sentence.text, name, article.date))
    return ArticleFacts(article, sentences, tuple(facts))


def extract_file(path: Path) -> ArticleFacts:
    """:func:`extract` for a file; raises OSError/UnicodeDecodeError for unreadable ones."""
    result = extract(path.name, path.read_text(encoding="utf-8"))
    return ArticleFacts(result.article, result.sentences, result.facts, path)


def extract_all(paths: Sequence[Path], workers: int = 2) -> tuple[list[ArticleFacts], list[tuple[Path, str]]]:
    """Extract many articles, on ``workers`` processes when there are enough to pay for them.

    A bad article does not stop the others: it comes back as (path, reason), the
    reason a :class:`~quiz.messages.Message` the command says in its language.
    """
    if workers > 1 and len(paths) >= 8:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers, initializer=_warm_up) as executor:
            outcomes = list(executor.map(_extract_safely, paths, chunksize=max(1, len(paths) // (workers * 8))))
    else:
        outcomes = [_extract_safely(path) for path in paths]
    done = [o for o in outcomes if isinstance(o, ArticleFacts)]
    failed = [(path, o) for path, o in zip(paths, outcomes, strict=True) if isinstance(o, str)]
    return done, failed


def _extract_safely(path: Path) -> ArticleFacts | str:
    try:
        return extract_file(path)
    except UnicodeDecodeError:
        return Message("cli.article_not_utf8")
    except OSError as error:
        return Message("cli.article_unreadable", reason=error.strerror or str(error))
    except Exception as error:  # noqa: BLE001 - one odd article must not stop the run
        return Message("cli.article_broken", error=f"{type(error).__name__}: {error}")


def _warm_up() -> None:
    split_sentences("Ein Satz.")
