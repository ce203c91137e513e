"""The ``quiz`` command: parses arguments and hands each subcommand to its module.

This is the only place that knows about every layer. Each ``cmd_*`` function
(:mod:`quiz.cli_play`, :mod:`quiz.cli_check`, :mod:`quiz.cli_generate`,
:mod:`quiz.cli_stats`) runs one subcommand and returns the process exit status.
Bad input ends in one clear line on stderr and a non-zero status, never a
traceback (``--debug`` shows one for internal errors). Messages and
``--help`` follow ``--lang``, else the language last chosen in the app, else
the locale (:mod:`quiz.cli_help`).
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
from quiz.cli_help import QuizParser, help_language, say_help
from quiz.cli_play import cmd_app, cmd_play
from quiz.cli_stats import cmd_stats

__all__ = ["EXIT_INTERNAL", "EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "UserError", "build_parser", "main"]


def _options(lang: str, data_dir: str | None) -> QuizParser:
    """The options a command shares: ``--lang``, ``--debug`` and, where it means something, ``--data-dir``."""
    common = QuizParser(add_help=False)  # never shown, so its sections keep the English titles the others match
    if data_dir is not None:
        default = say_help("data_dir_default", lang, env=paths.DATA_DIR_ENV)
        common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                            help=f"{say_help(data_dir, lang)} {default}")  # fmt: skip
    common.add_argument("--lang", choices=("de", "en"), default=argparse.SUPPRESS, help=say_help("lang", lang))
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=say_help("debug", lang))
    return common


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The whole command line, its help said in ``lang``."""

    def text(code: str) -> str:
        return say_help(code, lang)

    progress = _options(lang, "data_dir_progress")
    parser = QuizParser(prog="quiz", description=text("description"), epilog=text("epilog"), parents=[progress],
                        lang=lang)  # fmt: skip
    parser.add_argument("--version", action="version", version=f"quiz {__version__}", help=text("version"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    play = commands.add_parser("play", parents=[progress], help=text("play"), lang=lang)
    play.add_argument("deck", metavar="DECK", help=text("play_deck"))
    play.add_argument("--mode", choices=("learn", "practice", "exam"), default="learn", help=text("play_mode"))
    play.add_argument("--style", choices=("type", "choice", "flip"), default="type", help=text("play_style"))

    generate = commands.add_parser("generate", parents=[_options(lang, None)], help=text("generate"), lang=lang)
    generate.add_argument("articles", nargs="*", metavar="ARTICLE", type=Path, help=text("generate_articles"))
    generate.add_argument("-o", "--output", type=Path, default=Path("decks"), metavar="DIR",
                          help=text("generate_output"))  # fmt: skip
    generate.add_argument("--no-spelling", action="store_true", help=text("generate_no_spelling"))

    decks = _options(lang, "data_dir_check")
    check = commands.add_parser("check", parents=[decks], help=text("check"), lang=lang)
    check.add_argument("paths", nargs="*", metavar="PATH", type=Path, help=text("check_paths"))
    check.add_argument("-q", "--quiet", action="store_true", help=text("check_quiet"))

    stats = commands.add_parser("stats", parents=[progress], help=text("stats"), lang=lang)
    stats.add_argument("--json", action="store_true", help=text("stats_json"))
    stats.add_argument("--deck", metavar="DECK", help=text("stats_deck"))
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
    parser = build_parser(help_language(argv))
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
