"""Where quiz keeps things: progress, user decks and the bundled decks.

Every location can be overridden (``--data-dir`` or ``QUIZ_DATA_DIR``) so tests
and portable installs never touch the real user directories.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_path, user_data_path

APP_NAME = "quiz"
DATA_DIR_ENV = "QUIZ_DATA_DIR"
CACHE_DIR_ENV = "QUIZ_CACHE_DIR"
DATABASE_NAME = "progress.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding progress and user decks (not created here)."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return user_data_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """Disposable files that only make things faster (``QUIZ_CACHE_DIR`` overrides)."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return user_cache_path(APP_NAME, appauthor=False)


def database_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The SQLite file with progress and review history."""
    return data_dir(override) / DATABASE_NAME


def user_decks_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Decks the user added; shown beside the bundled ones."""
    return data_dir(override) / "decks"


def bundled_decks_dir() -> Path:
    """The decks that ship with quiz.

    In a checkout (or editable install) that is the repository's ``decks/``;
    an installed wheel carries a copy inside the package.
    """
    package = Path(__file__).resolve().parent
    checkout = package.parent / "decks"
    if checkout.is_dir():
        return checkout
    return package / "bundled_decks"
