"""``quiz`` and ``quiz play``: bad input ends in one clear line and a non-zero status, before any screen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.tui.library import default_sources, find_entry, load_library
from tests.tui_fixtures import BROKEN_YAML, write_decks


def test_play_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["play", "nowhere/deck.yaml", "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == "quiz play: no such deck file: nowhere/deck.yaml"


def test_play_an_unknown_title(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["play", "Kein solches Deck", "--lang", "en"]) == 2
    assert "no deck file or deck titled 'Kein solches Deck'" in capsys.readouterr().err


def test_play_a_broken_deck_names_the_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "kaputt.yaml"
    broken.write_text(BROKEN_YAML)
    assert main(["play", str(broken), "--lang", "en"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "kaputt.yaml:3:5" in err[0] and "'answer' is missing" in err[0] and "quiz check" in err[0]
    assert main(["play", str(broken), "--lang", "de"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "kaputt.yaml:3:5: Karte 1 ('a'): 'answer' fehlt (" in err[0]
    assert err[0].endswith("“ zeigt alle Probleme)")


def test_the_app_needs_a_terminal(tmp_path: Path) -> None:
    deck = write_decks(tmp_path / "decks")
    for argv in (["play", str(deck)], []):
        result = subprocess.run(
            [sys.executable, "-m", "quiz", *argv, "--data-dir", str(tmp_path / "data"), "--lang", "en"],
            capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60,
        )  # fmt: skip
        assert result.returncode == 2
        assert result.stderr.strip() == "quiz: the app needs a terminal (for scripts use 'quiz check' or 'quiz stats')"
        assert "Traceback" not in result.stderr


def test_a_bundled_deck_is_found_by_title() -> None:
    entries = load_library(default_sources())
    example = find_entry("europa – orte, daten, zahlen", entries)
    assert example is not None and example.path.name == "beispiel-europa.yaml"
    assert find_entry("beispiel-europa", entries) is example  # by file name too


def test_the_textual_app_is_not_imported_for_other_commands() -> None:
    script = (
        "import sys; from quiz.cli import main; main(['check', 'decks'])\n"
        "print(any(name.startswith('textual') for name in sys.modules))"
    )
    project = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=project)
    assert result.stdout.strip().splitlines()[-1] == "False"
