"""What the ``quiz`` command prints follows ``--lang`` (else the locale), and each command lists only its options."""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

import pytest

import quiz.cli
from quiz.cli import build_parser, main
from quiz.cli_messages import CLI
from quiz.i18n import CATALOGUE

QUIZ = Path(__file__).resolve().parent.parent / "quiz"
SEEDS = QUIZ.parent / "seeds"
CLI_MODULES = sorted(QUIZ.glob("cli*.py"))


def test_every_text_the_command_uses_is_in_a_catalogue_and_every_code_is_used() -> None:
    source = "\n".join(path.read_text(encoding="utf-8") for path in CLI_MODULES)
    said = {code for code in re.findall(r"""say\(\s*f?["']([a-z_{}]+)["']""", source) if "{" not in code}
    said |= set(re.findall(r"""["']([a-z_]+)["'] if """, source)) & set(CLI)  # say("one" if n == 1 else "many")
    said |= set(re.findall(r"""else ["']([a-z_]+)["']""", source)) & set(CLI)
    said |= {f"generate_{key}{end}" for key in ("article", "card", "deck") for end in ("s", "_one")}  # counted
    everywhere = "\n".join(path.read_text(encoding="utf-8") for path in QUIZ.rglob("*.py"))
    said |= set(re.findall(r"""Message\(\s*["']cli\.([a-z0-9_]+)["']""", everywhere))  # reasons made below the CLI
    assert sorted(said - set(CLI)) == []
    assert sorted(set(CLI) - said) == []
    looked_up = set(re.findall(r"""\bt\(\s*["']([a-z_.]+)["']""", source))
    assert looked_up and sorted(looked_up - set(CATALOGUE)) == []


@pytest.mark.parametrize(
    ("argv", "german", "english"),
    [
        (["play", "nirgendwo/deck.yaml"], "quiz play: Deck-Datei nicht gefunden: nirgendwo/deck.yaml",
         "quiz play: no such deck file: nirgendwo/deck.yaml"),
        (["play", "Kein solches Deck"],
         "quiz play: weder eine Deck-Datei noch ein Deck mit dem Titel „Kein solches Deck“",
         "quiz play: no deck file or deck titled 'Kein solches Deck'"),
        (["generate", "nirgendwo/"], "quiz generate: Datei oder Ordner nicht gefunden: nirgendwo",
         "quiz generate: no such file or folder: nirgendwo"),
        ([], "quiz: die App braucht ein Terminal", "quiz: the app needs a terminal"),
    ],
)  # fmt: skip
def test_usage_errors_in_either_language(
    argv: list[str], german: str, english: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--lang", "de"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(german) and err.count("\n") == 1
    assert main([*argv, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(english) and err.count("\n") == 1


def test_the_locale_chooses_when_no_lang_is_given(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QUIZ_LANG", "en")
    assert main(["play", "nirgendwo/deck.yaml"]) == 2
    assert capsys.readouterr().err.startswith("quiz play: no such deck file")
    monkeypatch.setenv("QUIZ_LANG", "de_AT.UTF-8")
    assert main(["play", "nirgendwo/deck.yaml"]) == 2
    assert capsys.readouterr().err.startswith("quiz play: Deck-Datei nicht gefunden")


def test_generate_reports_in_either_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    shutil.copy(SEEDS / "003_fe929fc1e77a1e87.txt", articles / "eins.txt")
    (articles / "kaputt.txt").write_bytes(b"\xff\xfe nicht UTF-8 \x81")
    assert main(["generate", str(articles), "-o", str(tmp_path / "out"), "--lang", "de"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"quiz generate: {articles / 'kaputt.txt'} übersprungen: ")
    assert re.fullmatch(rf"quiz generate: 1 Artikel, \d+ Karten, 1 Deck nach {tmp_path / 'out'} geschrieben", err[1])
    assert main(["generate", str(articles), "-o", str(tmp_path / "out"), "--lang", "en"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"quiz generate: skipped {articles / 'kaputt.txt'}: ")
    assert re.fullmatch(rf"quiz generate: 1 article, \d+ cards, 1 deck written to {tmp_path / 'out'}", err[1])
    (tmp_path / "datei").write_text("x", encoding="utf-8")
    assert main(["generate", str(articles), "-o", str(tmp_path / "datei"), "--lang", "de"]) == 2
    assert capsys.readouterr().err == f"quiz generate: das Ziel {tmp_path / 'datei'} ist kein Ordner\n"


@pytest.mark.parametrize(
    ("failure", "status", "german", "english"),
    [
        (KeyboardInterrupt(), 130, "quiz: abgebrochen\n", "quiz: interrupted\n"),
        (RuntimeError("kaputt"), 70, "quiz: interner Fehler (RuntimeError: kaputt); bitte melde ihn unter ",
         "quiz: internal error (RuntimeError: kaputt); please report it at "),
    ],
)  # fmt: skip
def test_interruptions_and_internal_errors_in_either_language(
    failure: BaseException, status: int, german: str, english: str,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    def fail(args: argparse.Namespace) -> int:
        raise failure

    monkeypatch.setitem(quiz.cli.COMMANDS, "check", fail)
    for lang, expected in (("de", german), ("en", english)):
        assert main(["check", "--lang", lang]) == status
        err = capsys.readouterr().err
        assert err.startswith(expected) and err.count("\n") == 1
    if isinstance(failure, Exception):
        with pytest.raises(type(failure)):  # --debug shows the traceback
            main(["check", "--debug"])


def options(command: str) -> set[str]:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    chosen = subparsers.choices[command] if command else parser
    return {flag for action in chosen._actions for flag in action.option_strings}


def test_each_command_lists_only_the_options_that_matter_to_it() -> None:
    assert "--data-dir" not in options("generate")  # it neither reads progress nor the user's decks
    for command in ("", "play", "stats", "check"):
        assert "--data-dir" in options(command), command
    for command in ("", "play", "generate", "check", "stats"):
        assert {"--lang", "--debug"} <= options(command), command
    with pytest.raises(SystemExit):
        main(["generate", "--data-dir", "x"])
