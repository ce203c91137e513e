"""The ``quiz`` command: parses arguments and wires the layers together.

This is the only place that knows about every layer. Each ``cmd_*`` function
runs one subcommand and returns the process exit status. Bad input ends in one
clear line on stderr and a non-zero status, never a traceback (``--debug``
shows one for internal errors).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from quiz import __version__, paths
from quiz.models import Card

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
ISSUES_URL = "https://github.com/quiz-terminal/quiz/issues"


class UserError(Exception):
    """A problem the user can fix; its message is printed as one line."""

    def __init__(self, message: str, status: int = EXIT_INVALID) -> None:
        super().__init__(message)
        self.status = status


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"where progress is kept (default: ${paths.DATA_DIR_ENV} or the user data folder)",
    )
    common.add_argument("--lang", choices=("de", "en"), default=argparse.SUPPRESS, help="language of the interface")
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks of internal errors"
    )

    parser = argparse.ArgumentParser(
        prog="quiz",
        description="Quizzes and flashcards in the terminal, with decks made from German news.",
        epilog="Run without a command to open the app on the bundled decks.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"quiz {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    play = commands.add_parser("play", parents=[common], help="study one deck right away")
    play.add_argument("deck", metavar="DECK", help="a deck file, or the title of a bundled deck")
    play.add_argument("--mode", choices=("learn", "practice", "exam"), default="learn",
                      help="learn: due and new cards, scheduled; practice: any cards, no schedule; "
                           "exam: fixed number of questions, score at the end (default: learn)")  # fmt: skip
    play.add_argument("--style", choices=("type", "choice", "flip"), default="type",
                      help="type the answer, pick one of the choices, or flip the card and grade yourself "
                           "(default: type)")  # fmt: skip

    generate = commands.add_parser("generate", parents=[common], help="make decks from German news articles")
    generate.add_argument("articles", nargs="*", metavar="ARTICLE", type=Path,
                          help="article .txt files or folders (default: seeds/)")  # fmt: skip
    generate.add_argument("-o", "--output", type=Path, default=Path("decks"), metavar="DIR",
                          help="folder for the generated decks (default: decks/)")  # fmt: skip
    generate.add_argument("--no-spelling", action="store_true",
                          help="leave out the cards that ask to write numbers in words")  # fmt: skip

    check = commands.add_parser("check", parents=[common], help="validate deck files")
    check.add_argument("paths", nargs="*", metavar="PATH", type=Path,
                       help="deck files or folders (default: decks/)")  # fmt: skip
    check.add_argument("-q", "--quiet", action="store_true", help="print problems only, no summary")

    stats = commands.add_parser("stats", parents=[common], help="show study statistics")
    stats.add_argument("--json", action="store_true", help="print machine-readable JSON")
    stats.add_argument("--deck", metavar="TITLE", help="only this deck")
    return parser


def _language(args: argparse.Namespace) -> str:
    """The language of messages: ``--lang``, else the locale's (as the app does)."""
    from quiz.i18n import default_language

    return str(args.lang or default_language())


def cmd_check(args: argparse.Namespace) -> int:
    from quiz.deck import deck_files, load_deck
    from quiz.i18n import t

    lang = _language(args)
    targets = list(args.paths) or [Path("decks")]
    missing = [p for p in targets if not p.exists()]
    if missing:
        raise UserError(t("check.no_such_path", lang, path=missing[0]), EXIT_USAGE)
    files = deck_files(targets)
    if not files:
        raise UserError(t("check.no_decks", lang, paths=", ".join(map(str, targets))))
    invalid = warnings = 0
    for path in files:
        result = load_deck(path)
        for problem in result.problems:
            print(problem.render(lang))
        warnings += len(result.warnings)
        if not result.ok:
            invalid += 1
    if not args.quiet:
        summary = t("check.valid_one" if len(files) == 1 else "check.valid", lang, valid=len(files) - invalid,
                    total=len(files))  # fmt: skip
        if warnings:
            summary += t("check.warning_one" if warnings == 1 else "check.warnings", lang, count=warnings)
        print(summary, file=sys.stderr)
    return EXIT_INVALID if invalid else EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    from quiz.deck import SCHEMA_PATH, dump_deck
    from quiz.generate import COMBINED_NAME, build_decks, extract_all

    targets = list(args.articles) or [Path("seeds")]
    missing = [p for p in targets if not p.exists()]
    if missing:
        raise UserError(f"quiz generate: no such file or folder: {missing[0]}", EXIT_USAGE)
    files = [f for t in targets for f in (sorted(t.glob("*.txt")) if t.is_dir() else [t])]
    if not files:
        raise UserError(f"quiz generate: no articles (*.txt) in {', '.join(map(str, targets))}")
    names: dict[str, Path] = {}
    for path in files:
        if path.stem in names and names[path.stem] != path:
            raise UserError(f"quiz generate: two articles named {path.stem!r}: {names[path.stem]} and {path}")
        names[path.stem] = path
    output: Path = args.output
    if output.exists() and not output.is_dir():
        raise UserError(f"quiz generate: output {output} is not a folder", EXIT_USAGE)
    results, failed = extract_all(list(names.values()), workers=min(2, os.cpu_count() or 1))
    for path, reason in failed:
        print(f"quiz generate: skipped {path}: {reason}", file=sys.stderr)
    decks = build_decks(results, spelling=not args.no_spelling, deck_dir=output)
    try:
        output.mkdir(parents=True, exist_ok=True)
        schema = os.path.relpath(SCHEMA_PATH, output.resolve())
        for stem, deck in decks:
            target = output / f"{stem}.yaml"
            partial = target.with_name(f".{target.name}.tmp")
            partial.write_text(dump_deck(deck, schema=schema), encoding="utf-8")
            os.replace(partial, target)
    except OSError as error:
        raise UserError(f"quiz generate: cannot write to {output}: {error.strerror or error}") from error
    cards = sum(len(deck.cards) for stem, deck in decks if stem != COMBINED_NAME)
    empty = len(results) - sum(1 for stem, _ in decks if stem != COMBINED_NAME)
    note = f", {empty} without questions" if empty else ""
    print(f"quiz generate: {len(results)} article{'s' if len(results) != 1 else ''}{note}, "
          f"{cards} cards, {len(decks)} deck{'s' if len(decks) != 1 else ''} written to {output}",
          file=sys.stderr)  # fmt: skip
    return EXIT_INVALID if failed else EXIT_OK


def _run_app(args: argparse.Namespace, play: object = None, plan: object = None) -> int:
    """Open the Textual app (imported here, so the other commands start fast)."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError("quiz: the app needs a terminal (for scripts use 'quiz check' or 'quiz stats')", EXIT_USAGE)
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
        raise UserError(f"quiz: {error.render(_language(args))}") from error
    try:
        app.run()
    finally:
        app.store.close()
    return EXIT_OK if app.return_code in (None, 0) else EXIT_INTERNAL


def cmd_app(args: argparse.Namespace) -> int:
    return _run_app(args)


def cmd_play(args: argparse.Namespace) -> int:
    from quiz.session import Mode, Style
    from quiz.tui.library import default_sources, find_entry, load_entry, load_library
    from quiz.tui.run import Plan

    path = Path(args.deck).expanduser()
    if path.is_file():
        entry = load_entry(path, "file")
    elif path.suffix in (".yaml", ".yml") or "/" in args.deck:
        raise UserError(f"quiz play: no such deck file: {path}", EXIT_USAGE)
    else:
        found = find_entry(args.deck, load_library(default_sources()))
        if found is None:
            raise UserError(f"quiz play: no deck file or deck titled {args.deck!r} (give a .yaml file)", EXIT_USAGE)
        entry = found
    if not entry.ok:
        from quiz.i18n import t

        lang = _language(args)
        problem = entry.error.render(lang) if entry.error else t("play.unusable", lang, path=entry.path)
        raise UserError(t("play.broken", lang, problem=problem, path=entry.path))
    return _run_app(args, play=entry, plan=Plan(Mode(args.mode), Style(args.style)))


def cmd_stats(args: argparse.Namespace) -> int:
    """Study statistics as Rich tables, or JSON with ``--json``; ``--deck TITLE`` narrows them to one deck."""
    import json

    from rich.console import Console
    from rich.table import Table

    from quiz import stats
    from quiz.i18n import t
    from quiz.messages import localized
    from quiz.store import Store, StoreError

    lang = _language(args)
    try:
        with Store.open(paths.database_path()) as store:
            for notice in store.notices:
                print(f"quiz stats: {localized(notice, lang)}", file=sys.stderr)
            report = stats.report(store, deck=args.deck)
    except StoreError as error:
        raise UserError(f"quiz stats: {error.render(lang)}") from error
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    console = Console()

    def table(title: str, *columns: str) -> Table:
        grid = Table(title=title, title_justify="left", title_style="bold", min_width=len(title))
        for number, column in enumerate(columns):
            grid.add_column(column, justify="left" if number == 0 else "right")
        return grid

    def rate(row: stats.Counts) -> str:
        return f"{row.accuracy:.0%}" if row.reviews else "–"

    heading = t("stats.title", lang) + (f": {args.deck}" if args.deck else "")
    streak = t("stats.streak_one", lang) if report.streak == 1 else t("stats.streak", lang, days=report.streak)
    console.print(f"[bold]{heading}[/bold]  {streak}")
    if not any(row.reviews for row in report.decks):
        console.print(t("stats.empty", lang))
    else:
        days = table(t("stats.reviews", lang), t("stats.day", lang), t("stats.col.reviews", lang),
                     t("stats.col.rate", lang))  # fmt: skip
        today = report.days[-1]
        for row in [day for day in report.days[:-1] if day.reviews][-13:] + [today]:
            days.add_row(t("stats.today", lang) if row is today else row.name, str(row.reviews), rate(row))
        decks = table(t("stats.tab.decks", lang), t("stats.col.deck", lang), t("stats.col.reviews", lang),
                      t("stats.col.rate", lang))  # fmt: skip
        for row in report.decks:
            decks.add_row(row.name, str(row.reviews), rate(row))
        kinds = table(t("stats.tab.kinds", lang), t("stats.col.kind", lang), t("stats.col.reviews", lang),
                      t("stats.col.rate", lang))  # fmt: skip
        for row in report.kinds:
            kinds.add_row(t(f"kind.{row.name}", lang), str(row.reviews), rate(row))
        missed = table(t("stats.tab.hardest", lang), t("stats.col.card", lang), t("stats.col.deck", lang),
                       t("stats.col.misses", lang), t("stats.col.reviews", lang))  # fmt: skip
        cards = _cards_by_deck() if report.missed else {}
        for card in report.missed:
            found = cards.get((card.deck, card.card))
            label = f"{found.answer} · {_shorten(found.prompt, 60)}" if found else card.card
            missed.add_row(label, card.deck, str(card.misses), str(card.reviews))
        for part in (days, decks, kinds, missed):
            if part.row_count:
                console.print(part)
    forecast = table(t("stats.forecast", lang), t("stats.day", lang), t("home.col.due", lang))
    for number, due in enumerate(report.forecast):
        forecast.add_row(t("stats.today", lang) if number == 0 else due.day.isoformat(), str(due.due))
    if any(row.due for row in report.forecast):
        console.print(forecast)
    return EXIT_OK


def _cards_by_deck() -> dict[tuple[str, str], Card]:
    """Every card of the bundled and the user's decks by (deck title, card id), to name cards in stats."""
    from quiz.tui.library import default_sources, load_library

    return {
        (entry.deck.title, card.id): card
        for entry in load_library(default_sources())
        if entry.deck is not None
        for card in entry.deck.cards
    }


def _shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def cmd_not_yet(args: argparse.Namespace) -> int:
    name = args.command or "the app"
    raise UserError(f"quiz: {name} is not yet available in this version")


COMMANDS = {
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
        print("quiz: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if args.debug:
            raise
        print(
            f"quiz: internal error ({type(error).__name__}: {error}); "
            f"please report it at {ISSUES_URL} (run with --debug for details)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
