"""``quiz generate``: decks from German news articles, written atomically, one deck per article and a combined one."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from quiz.cli_base import EXIT_INVALID, EXIT_OK, EXIT_USAGE, UserError, language, say


def cmd_generate(args: argparse.Namespace) -> int:
    from quiz import deck_cache
    from quiz.deck import SCHEMA_PATH, dump_deck, load_deck
    from quiz.extraction import extract_all
    from quiz.generate import COMBINED_NAME, build_decks

    lang = language(args)
    targets = list(args.articles) or [Path("seeds")]
    missing = [p for p in targets if not p.exists()]
    if missing:
        raise UserError(say("generate_no_path", lang, path=str(missing[0])), EXIT_USAGE)
    files = [f for t in targets for f in (sorted(t.glob("*.txt")) if t.is_dir() else [t])]
    if not files:
        raise UserError(say("generate_no_articles", lang, paths=", ".join(map(str, targets))))
    names: dict[str, Path] = {}
    for path in files:
        if path.stem in names and names[path.stem] != path:
            raise UserError(say("generate_same_name", lang, name=path.stem, first=str(names[path.stem]),
                                second=str(path)))  # fmt: skip
        names[path.stem] = path
    output: Path = args.output
    if output.exists() and not output.is_dir():
        raise UserError(say("generate_not_folder", lang, output=str(output)), EXIT_USAGE)
    results, failed = extract_all(list(names.values()), workers=min(2, os.cpu_count() or 1))
    for path, reason in failed:
        print(say("generate_skipped", lang, path=str(path), reason=reason), file=sys.stderr)
    decks = build_decks(results, spelling=not args.no_spelling, deck_dir=output)
    try:
        output.mkdir(parents=True, exist_ok=True)
        schema = os.path.relpath(SCHEMA_PATH, output.resolve())
        for stem, deck in decks:
            target = output / f"{stem}.yaml"
            partial = target.with_name(f".{target.name}.tmp")
            text = dump_deck(deck, schema=schema)
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, target)
            if len(text) >= deck_cache.MIN_CHARS:  # read it back once now, so the app's first load is a cached one
                if load_deck(target).deck != deck:
                    raise RuntimeError(f"{target} does not read back as the deck written")
    except OSError as error:
        reason = error.strerror or str(error)
        raise UserError(say("generate_cannot_write", lang, output=str(output), reason=reason)) from error
    cards = sum(len(deck.cards) for stem, deck in decks if stem != COMBINED_NAME)
    empty = len(results) - sum(1 for stem, _ in decks if stem != COMBINED_NAME)

    def count(key: str, number: int) -> str:
        return say(f"generate_{key}_one" if number == 1 else f"generate_{key}s", lang, count=number)

    print(say("generate_done", lang, articles=count("article", len(results)), cards=count("card", cards),
              decks=count("deck", len(decks)), empty=say("generate_empty", lang, count=empty) if empty else "",
              output=str(output)), file=sys.stderr)  # fmt: skip
    return EXIT_INVALID if failed else EXIT_OK
