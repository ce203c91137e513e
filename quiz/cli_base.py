"""What every ``quiz`` subcommand shares: exit statuses, the one-line user error, the language of messages.

Kept free of heavy imports: ``quiz check`` and ``quiz stats`` start without the app.
"""

from __future__ import annotations

import argparse

from quiz.messages import Param, format_message

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
ISSUES_URL = "https://github.com/quiz-terminal/quiz/issues"


class UserError(Exception):
    """A problem the user can fix; its message is printed as one line."""

    def __init__(self, message: str, status: int = EXIT_INVALID) -> None:
        super().__init__(message)
        self.status = status


def language(args: argparse.Namespace) -> str:
    """The language of messages: ``--lang``, else the one last chosen in the app (F2), else the locale's."""
    from quiz import paths
    from quiz.i18n import LANGUAGES, default_language
    from quiz.settings import LANG, read_setting

    chosen = getattr(args, "lang", None)
    if chosen:
        return str(chosen)
    saved = read_setting(paths.data_dir(getattr(args, "data_dir", None)), LANG)  # --data-dir, else the env's
    return saved if saved is not None and saved in LANGUAGES else default_language()


def say(code: str, lang: str, /, **params: Param) -> str:
    """The command line's text for ``code`` (:mod:`quiz.cli_messages`) in ``lang``."""
    return format_message(f"cli.{code}", params, lang)
