"""``quiz --help`` and usage errors speak the command's language: ``--lang``, the app's, the locale's."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.cli_help import HELP, help_language
from quiz.settings import LANG, save_setting


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as leaving:
        main(argv)
    out, err = capsys.readouterr()
    return int(leaving.value.code or 0), out, err


@pytest.mark.parametrize("command", [[], ["play"], ["generate"], ["check"], ["stats"]])
def test_help_is_german_with_lang_de(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["--lang", "de", *command, "--help"], capsys)
    assert status == 0
    assert out.startswith("Aufruf: quiz") and "\nOptionen:\n" in out
    assert "diese Hilfe zeigen und beenden" in out and "show this help" not in out
    assert "usage:" not in out and "options:" not in out


def test_help_is_english_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["--lang", "en", "--help"], capsys)
    assert status == 0 and out.startswith("usage: quiz")
    assert "study one deck right away" in out and "\noptions:\n" in out and "Optionen" not in out
    assert out.count("options:") == 1  # the shared options join the command's own section


def test_help_follows_the_language_chosen_in_the_app(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_setting(tmp_path, LANG, "en")
    status, out, _ = run(["--data-dir", str(tmp_path), "check", "--help"], capsys)
    assert status == 0 and out.startswith("usage: quiz check")
    save_setting(tmp_path, LANG, "de")
    assert run(["--data-dir", str(tmp_path), "--help"], capsys)[1].startswith("Aufruf: quiz")
    assert run(["--data-dir", str(tmp_path), "--lang", "en", "--help"], capsys)[1].startswith("usage: quiz")


@pytest.mark.parametrize(
    ("argv", "german"),
    [
        (["play"], "quiz play: Fehler: diese Angaben fehlen: DECK"),
        (["plai"], "quiz: Fehler: COMMAND: 'plai' gibt es nicht (möglich: 'play', 'generate', 'check', 'stats')"),
        (["check", "--wat"], "quiz: Fehler: unbekannte Angaben: --wat"),
        (["play", "d.yaml", "--mode"], "quiz play: Fehler: --mode braucht einen Wert"),
    ],
)
def test_usage_errors_are_german_with_lang_de(argv: list[str], german: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["--lang", "de", *argv], capsys)
    assert status == 2
    usage, said = err.rstrip("\n").rsplit("\n", 1)
    assert usage.startswith("Aufruf: quiz") and said == german
    status, _, err = run(["--lang", "en", *argv], capsys)
    assert status == 2 and "usage: quiz" in err and ": error: " in err


def test_a_broken_lang_option_is_left_to_the_real_parser(capsys: pytest.CaptureFixture[str]) -> None:
    assert help_language(["--lang"]) in ("de", "en")
    assert capsys.readouterr() == ("", "")  # the early look says nothing
    status, _, err = run(["--lang"], capsys)
    lines = err.splitlines()
    assert status == 2 and lines[0].startswith(("Aufruf: quiz", "usage: quiz"))
    expected = ("quiz: Fehler: --lang braucht einen Wert", "quiz: error: argument --lang: expected one argument")
    assert lines[-1] in expected


def test_every_help_text_has_both_languages_with_the_same_fields() -> None:
    for code, (german, english) in HELP.items():
        assert german and english, code
        fields = [{name for _, name, _, _ in string.Formatter().parse(text) if name} for text in (german, english)]
        assert fields[0] == fields[1], code


def test_every_help_code_is_used() -> None:
    root = Path(__file__).resolve().parent.parent / "quiz"
    source = (root / "cli.py").read_text(encoding="utf-8") + (root / "cli_help.py").read_text(encoding="utf-8")
    used = set(re.findall(r"""(?:text|say_help|_options)\(\s*(?:lang, )?["']([a-z_]+)["']""", source))
    assert used == set(HELP)
