"""What the ``quiz`` command prints, in German and English.

Keyed by code; said through :func:`quiz.cli_base.say` (``--lang``, else the
locale, as the app does). Words the app shows too (the headings of ``quiz
stats``) come from :mod:`quiz.i18n`, so both say them alike. ``quiz --help`` has
its own texts, in :mod:`quiz.cli_help`.
"""

from __future__ import annotations

# code: (German, English)
CLI: dict[str, tuple[str, str]] = {
    # any command
    "interrupted": ("quiz: abgebrochen", "quiz: interrupted"),
    "internal_error": (
        "quiz: interner Fehler ({error}); bitte melde ihn unter {url} (--debug zeigt die Einzelheiten)",
        "quiz: internal error ({error}); please report it at {url} (run with --debug for details)",
    ),
    "needs_terminal": (
        "quiz: die App braucht ein Terminal (für Skripte gibt es „quiz check“ und „quiz stats“)",
        "quiz: the app needs a terminal (for scripts use 'quiz check' or 'quiz stats')",
    ),
    # quiz play
    "play_no_file": ("quiz play: Deck-Datei nicht gefunden: {path}", "quiz play: no such deck file: {path}"),
    "play_not_found": (
        "quiz play: weder eine Deck-Datei noch ein Deck mit dem Titel „{name}“ (gib eine .yaml-Datei an)",
        "quiz play: no deck file or deck titled {name!r} (give a .yaml file)",
    ),
    "play_unusable": ("{path}: kein brauchbares Deck", "{path}: not a usable deck"),
    "play_broken": (
        "{problem} („quiz check {path}“ zeigt alle Probleme)",
        "{problem} (run 'quiz check {path}' to see every problem)",
    ),
    # quiz check
    "check_no_path": (
        "quiz check: Datei oder Ordner nicht gefunden: {path}",
        "quiz check: no such file or folder: {path}",
    ),
    "check_no_decks": (
        "quiz check: keine Deck-Dateien (*.yaml, *.yml) in {paths}",
        "quiz check: no deck files (*.yaml, *.yml) in {paths}",
    ),
    "check_valid": ("{valid} von {total} Deck-Dateien gültig", "{valid} of {total} deck files valid"),
    "check_valid_one": ("{valid} von {total} Deck-Datei gültig", "{valid} of {total} deck file valid"),
    "check_warnings": (", {count} Warnungen", ", {count} warnings"),
    "check_warning_one": (", {count} Warnung", ", {count} warning"),
    "check_where": ("(geprüft: {paths})", "(checked: {paths})"),
    # quiz generate
    "generate_no_path": (
        "quiz generate: Datei oder Ordner nicht gefunden: {path}",
        "quiz generate: no such file or folder: {path}",
    ),
    "generate_no_articles": (
        "quiz generate: keine Artikel (*.txt) in {paths}",
        "quiz generate: no articles (*.txt) in {paths}",
    ),
    "generate_same_name": (
        "quiz generate: zwei Artikel heißen „{name}“: {first} und {second}",
        "quiz generate: two articles named {name!r}: {first} and {second}",
    ),
    "generate_not_folder": (
        "quiz generate: das Ziel {output} ist kein Ordner",
        "quiz generate: output {output} is not a folder",
    ),
    "generate_skipped": ("quiz generate: {path} übersprungen: {reason}", "quiz generate: skipped {path}: {reason}"),
    "article_not_utf8": ("kein UTF-8-Text", "not UTF-8 text"),
    "article_unreadable": ("nicht lesbar ({reason})", "cannot be read ({reason})"),
    "article_broken": ("konnte nicht gelesen werden ({error})", "could not be read ({error})"),
    "generate_cannot_write": (
        "quiz generate: kann nicht nach {output} schreiben: {reason}",
        "quiz generate: cannot write to {output}: {reason}",
    ),
    "generate_done": (
        "quiz generate: {articles}{empty}, {cards}, {decks} nach {output} geschrieben",
        "quiz generate: {articles}{empty}, {cards}, {decks} written to {output}",
    ),
    "generate_articles": ("{count} Artikel", "{count} articles"),
    "generate_article_one": ("{count} Artikel", "{count} article"),
    "generate_cards": ("{count} Karten", "{count} cards"),
    "generate_card_one": ("{count} Karte", "{count} card"),
    "generate_decks": ("{count} Decks", "{count} decks"),
    "generate_deck_one": ("{count} Deck", "{count} deck"),
    "generate_empty": (", {count} ohne Fragen", ", {count} without questions"),
    # quiz stats (its other words are the app's)
    "stats_by_deck": ("Nach Deck", "By deck"),
    "stats_day": ("Tag", "Day"),
}
