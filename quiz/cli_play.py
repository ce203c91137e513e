"""``quiz`` and ``quiz play``: open the Textual app, on Home or straight into one deck.

The app is imported only here, when it is needed, so the other commands start fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quiz.cli_base import EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UserError, language, say


def run_app(args: argparse.Namespace, play: object = None, plan: object = None) -> int:
    """Open the Textual app (imported here, so the other commands start fast)."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError(say("needs_terminal", language(args)), EXIT_USAGE)
    from quiz.store import StoreError
    from quiz.tui.app import create_app
    from quiz.tui.library import DeckEntry
    from quiz.tui.run import Plan

    try:
        app = create_app(
            lang=args.lang,
            play=play if isinstance(play, DeckEntry) else None,
            plan=plan if isinstance(plan, Plan) else None,
        )
    except StoreError as error:
        raise UserError(f"quiz: {error.render(language(args))}") from error
    try:
        app.run()
    finally:
        app.store.close()
    return EXIT_OK if app.return_code in (None, 0) else EXIT_INTERNAL


def cmd_app(args: argparse.Namespace) -> int:
    return run_app(args)


def cmd_play(args: argparse.Namespace) -> int:
    from quiz.session import Mode, Style
    from quiz.tui.library import default_sources, find_entry, load_entry, load_library
    from quiz.tui.run import Plan

    lang = language(args)
    path = Path(args.deck).expanduser()
    if path.is_file():
        entry = load_entry(path, "file")
    elif path.suffix in (".yaml", ".yml") or "/" in args.deck:
        raise UserError(say("play_no_file", lang, path=str(path)), EXIT_USAGE)
    else:
        found = find_entry(args.deck, load_library(default_sources()))
        if found is None:
            raise UserError(say("play_not_found", lang, name=args.deck), EXIT_USAGE)
        entry = found
    if not entry.ok:
        problem = entry.error.render(lang) if entry.error else say("play_unusable", lang, path=str(entry.path))
        raise UserError(say("play_broken", lang, problem=problem, path=str(entry.path)))
    return run_app(args, play=entry, plan=Plan(Mode(args.mode), Style(args.style)))
