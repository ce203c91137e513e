"""``quiz --help`` in German and English: the help texts, and an argparse parser that says its own words too.

The language is settled before the parser is built (:func:`help_language`:
``--lang`` on the command line, else the language last chosen in the app,
else the locale), so help and usage errors speak the language the rest of the
command speaks. argparse's own words ("usage:", "options", its usage errors)
are said through :class:`QuizParser`; anything argparse adds that is not
known here stays English.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

# code: (German, English)
HELP: dict[str, tuple[str, str]] = {
    "description": (
        "Quiz und Karteikarten im Terminal, mit Decks aus deutschen Nachrichten.",
        "Quizzes and flashcards in the terminal, with decks made from German news.",
    ),
    "epilog": (
        "Ohne Befehl öffnet sich die App mit den mitgelieferten Decks.",
        "Run without a command to open the app on the bundled decks.",
    ),
    "data_dir_progress": ("wo Fortschritt und eigene Decks liegen", "where progress and your own decks are kept"),
    "data_dir_check": (
        "der Datenordner, dessen Decks ohne PFAD geprüft werden",
        "the data folder whose decks are checked when no PATH is given",
    ),
    "data_dir_default": (
        "(Standard: ${env} oder der Datenordner des Benutzers)",
        "(default: ${env} or the user data folder)",
    ),
    "lang": (
        "Sprache der Meldungen und der App (Standard: zuletzt in der App gewählt, sonst die des Systems)",
        "language of messages and of the app (default: as last chosen in the app, else the system's)",
    ),
    "debug": ("bei internen Fehlern den Traceback zeigen", "show tracebacks of internal errors"),
    "help": ("diese Hilfe zeigen und beenden", "show this help message and exit"),
    "version": ("die Versionsnummer zeigen und beenden", "show the version number and exit"),
    "play": ("ein Deck sofort lernen", "study one deck right away"),
    "play_deck": (
        "eine Deck-Datei oder der Titel eines mitgelieferten Decks",
        "a deck file, or the title of a bundled deck",
    ),
    "play_mode": (
        "learn: fällige und neue Karten, geplant; practice: beliebige Karten, ohne Plan; "
        "exam: feste Zahl an Fragen, Ergebnis am Ende (Standard: learn)",
        "learn: due and new cards, scheduled; practice: any cards, no schedule; "
        "exam: fixed number of questions, score at the end (default: learn)",
    ),
    "play_style": (
        "die Antwort tippen, eine der Auswahlen nehmen oder die Karte umdrehen und selbst bewerten (Standard: type)",
        "type the answer, pick one of the choices, or flip the card and grade yourself (default: type)",
    ),
    "generate": ("Decks aus deutschen Nachrichtenartikeln machen", "make decks from German news articles"),
    "generate_articles": (
        "Artikel (.txt) oder Ordner (Standard: seeds/)",
        "article .txt files or folders (default: seeds/)",
    ),
    "generate_output": ("Ordner für die Decks (Standard: decks/)", "folder for the generated decks (default: decks/)"),
    "generate_no_spelling": (
        "ohne die Karten, die nach Zahlen in Worten fragen",
        "leave out the cards that ask to write numbers in words",
    ),
    "check": ("Deck-Dateien prüfen", "validate deck files"),
    "check_paths": (
        "Deck-Dateien oder Ordner (Standard: alle Decks der App und ./decks)",
        "deck files or folders (default: every deck the app shows, and ./decks)",
    ),
    "check_quiet": ("nur Probleme ausgeben, keine Zusammenfassung", "print problems only, no summary"),
    "stats": ("Lernstatistik zeigen", "show study statistics"),
    "stats_json": ("maschinenlesbares JSON ausgeben", "print machine-readable JSON"),
    "stats_deck": ("nur dieses Deck (Id oder Titel)", "only this deck (id or title)"),
    # argparse's own words
    "usage": ("Aufruf: ", "usage: "),
    "positionals": ("Argumente", "positional arguments"),
    "optionals": ("Optionen", "options"),
    "error": ("{prog}: Fehler: {message}\n", "{prog}: error: {message}\n"),
}

# argparse's usage errors (Python 3.11), said in German; the English ones are argparse's own.
_GERMAN_ERRORS = (
    (re.compile(r"the following arguments are required: (.*)"), r"diese Angaben fehlen: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"unbekannte Angaben: \1"),
    (re.compile(r"argument (.*?): invalid choice: (.*) \(choose from (.*)\)"), r"\1: \2 gibt es nicht (möglich: \3)"),
    (re.compile(r"argument (.*?): expected one argument"), r"\1 braucht einen Wert"),
    (re.compile(r"argument (.*?): ambiguous option: (.*) could match (.*)"), r"\1: \2 ist mehrdeutig (\3)"),
    (re.compile(r"argument (.*?): (.*)"), r"\1: \2"),
)


def say_help(code: str, lang: str, **params: str) -> str:
    """The help text ``code`` in ``lang``."""
    german, english = HELP[code]
    text = german if lang == "de" else english
    return text.format(**params) if params else text


def help_language(argv: Sequence[str] | None) -> str:
    """The language ``quiz`` will speak, found before the real parser exists: ``--lang``, the app's, the locale's."""
    from quiz.cli_base import language

    early = _QuietParser(add_help=False, allow_abbrev=False)
    early.add_argument("--lang")
    early.add_argument("--data-dir")
    try:
        known, _ = early.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    except _Unparsable:
        known = argparse.Namespace(lang=None, data_dir=None)  # the real parser will say what is wrong
    if known.lang not in ("de", "en"):
        known.lang = None
    return language(known)


class _Unparsable(Exception):
    pass


class _QuietParser(argparse.ArgumentParser):
    """Reads the language early and leaves every complaint to the real parser."""

    def error(self, message: str) -> NoReturn:
        raise _Unparsable(message)


class _GermanFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, say_help("usage", "de") if prefix is None else prefix)


class QuizParser(argparse.ArgumentParser):
    """An argparse parser that says "usage", its headings, ``-h`` and its usage errors in ``lang``."""

    def __init__(self, *, lang: str = "en", add_help: bool = True, **kwargs: Any) -> None:
        if lang == "de":
            kwargs.setdefault("formatter_class", _GermanFormatter)
        super().__init__(add_help=False, **kwargs)  # parents' options join the sections by their English titles
        self.lang = lang
        # argparse has no public way to name its two standard sections.
        self._positionals.title = say_help("positionals", lang)
        self._optionals.title = say_help("optionals", lang)
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=say_help("help", lang))

    def error(self, message: str) -> NoReturn:
        if self.lang == "de":
            for pattern, german in _GERMAN_ERRORS:
                if pattern.fullmatch(message):
                    message = pattern.sub(german, message)
                    break
        self.print_usage(sys.stderr)
        self.exit(2, say_help("error", self.lang, prog=self.prog, message=message))
