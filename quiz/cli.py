"""The ``quiz`` command: parses arguments and hands each subcommand to its module.

This is the only place that knows about every layer. Each ``cmd_*`` function
(:mod:`quiz.cli_play`, :mod:`quiz.cli_check`, :mod:`quiz.cli_generate`,
:mod:`quiz.cli_stats`) runs one subcommand and returns the process exit status.
Bad input ends in one clear line on stderr and a non-zero status, never a
traceback (``--debug`` shows one for internal errors). Messages follow
``--lang`` or the locale; ``quiz --help`` is argparse's, in English.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from quiz import __version__, paths
from quiz.cli_base import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    ISSUES_URL,
    UserError,
    language,
    say,
)
from quiz.cli_check import cmd_check
from quiz.cli_generate import cmd_generate
from quiz.cli_play import cmd_app, cmd_play
from quiz.cli_stats import cmd_stats

__all__ = ["EXIT_INTERNAL", "EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "UserError", "build_parser", "main"]


def _options(data_dir: str | None) -> argparse.ArgumentParser:
    """The options a command shares: ``--lang``, ``--debug`` and, where it means something, ``--data-dir``."""
    common = argparse.ArgumentParser(add_help=False)
    if data_dir is not None:
        common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                            help=f"{data_dir} (default: ${paths.DATA_DIR_ENV} or the user data folder)")  # fmt: skip
    common.add_argument("--lang", choices=("de", "en"), default=argparse.SUPPRESS,
                        help="language of messages and of the app (default: from the locale)")  # fmt: skip
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks of internal errors"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    progress = _options("where progress and your own decks are kept")
    parser = argparse.ArgumentParser(
        prog="quiz",
        description="Quizzes and flashcards in the terminal, with decks made from German news.",
        epilog="Run without a command to open the app on the bundled decks.",
        parents=[progress],
    )
    parser.add_argument("--version", action="version", version=f"quiz {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    play = commands.add_parser("play", parents=[progress], help="study one deck right away")
    play.add_argument("deck", metavar="DECK", help="a deck file, or the title of a bundled deck")
    play.add_argument("--mode", choices=("learn", "practice", "exam"), default="learn",
                      help="learn: due and new cards, scheduled; practice: any cards, no schedule; "
                           "exam: fixed number of questions, score at the end (default: learn)")  # fmt: skip
    play.add_argument("--style", choices=("type", "choice", "flip"), default="type",
                      help="type the answer, pick one of the choices, or flip the card and grade yourself "
                           "(default: type)")  # fmt: skip

    generate = commands.add_parser("generate", parents=[_options(None)], help="make decks from German news articles")
    generate.add_argument("articles", nargs="*", metavar="ARTICLE", type=Path,
                          help="article .txt files or folders (default: seeds/)")  # fmt: skip
    generate.add_argument("-o", "--output", type=Path, default=Path("decks"), metavar="DIR",
                          help="folder for the generated decks (default: decks/)")  # fmt: skip
    generate.add_argument("--no-spelling", action="store_true",
                          help="leave out the cards that ask to write numbers in words")  # fmt: skip

    decks = _options("the data folder whose decks are checked when no PATH is given")
    check = commands.add_parser("check", parents=[decks], help="validate deck files")
    check.add_argument("paths", nargs="*", metavar="PATH", type=Path,
                       help="deck files or folders (default: every deck the app shows, and ./decks)")  # fmt: skip
    check.add_argument("-q", "--quiet", action="store_true", help="print problems only, no summary")

    stats = commands.add_parser("stats", parents=[progress], help="show study statistics")
    stats.add_argument("--json", action="store_true", help="print machine-readable JSON")
    stats.add_argument("--deck", metavar="TITLE", help="only this deck")
    return parser


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_app,
    "play": cmd_play,
    "generate": cmd_generate,
    "check": cmd_check,
    "stats": cmd_stats,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``quiz`` console script; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    for name, default in (("data_dir", None), ("lang", None), ("debug", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    if args.data_dir:
        os.environ[paths.DATA_DIR_ENV] = str(args.data_dir)
    try:
        return COMMANDS[args.command](args)
    except UserError as error:
        print(error, file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        print(say("interrupted", language(args)), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if args.debug:
            raise
        print(say("internal_error", language(args), error=f"{type(error).__name__}: {error}", url=ISSUES_URL),
              file=sys.stderr)  # fmt: skip
        return EXIT_INTERNAL
