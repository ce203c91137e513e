"""``quiz check``: validate deck files, one located line per problem.

Without a path it checks every deck the app would show (the bundled decks and
the user's, in the data folder) and ``./decks``, where ``quiz generate`` writes
by default: the decks a user has in mind when Home says some could not be loaded.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from quiz import paths
from quiz.cli_base import EXIT_INVALID, EXIT_OK, EXIT_USAGE, UserError, language, say


def default_targets() -> list[Path]:
    """``./decks`` (if there is one), the bundled decks and the user's deck folder (if it exists), each once."""
    candidates = [Path("decks"), paths.bundled_decks_dir(), paths.user_decks_dir()]
    found: dict[Path, Path] = {}
    for folder in candidates:
        if folder.is_dir():
            found.setdefault(folder.resolve(), folder)
    return list(found.values())


def shown(path: Path) -> str:
    """A folder as a user would type it: relative to here when inside it, ``~`` for the home folder."""
    absolute = path.resolve()
    for base, prefix in ((Path.cwd(), ""), (Path.home(), "~" + os.sep)):
        if absolute.is_relative_to(base) and absolute != base:
            return prefix + str(absolute.relative_to(base))
    return str(path)


def cmd_check(args: argparse.Namespace) -> int:
    from quiz.deck import deck_files, load_deck

    lang = language(args)
    targets = list(args.paths) or default_targets()
    missing = [p for p in targets if not p.exists()]
    if missing:
        raise UserError(say("check_no_path", lang, path=str(missing[0])), EXIT_USAGE)
    files = deck_files(targets)
    if not files:
        where = ", ".join(map(shown, targets)) or shown(paths.user_decks_dir())
        raise UserError(say("check_no_decks", lang, paths=where))
    invalid = warnings = 0
    for path in files:
        result = load_deck(path)
        for problem in result.problems:
            print(problem.render(lang))
        warnings += len(result.warnings)
        if not result.ok:
            invalid += 1
    if not args.quiet:
        summary = say("check_valid_one" if len(files) == 1 else "check_valid", lang, valid=len(files) - invalid,
                      total=len(files))  # fmt: skip
        if warnings:
            summary += say("check_warning_one" if warnings == 1 else "check_warnings", lang, count=warnings)
        if not args.paths:
            summary += " " + say("check_where", lang, paths=", ".join(map(shown, targets)))
        print(summary, file=sys.stderr)
    return EXIT_INVALID if invalid else EXIT_OK
