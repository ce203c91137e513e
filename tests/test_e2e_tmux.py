"""End to end: the real ``quiz`` command in a tmux terminal, typed at like a learner, quit and started again."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from quiz.store import Store
from tests.tui_fixtures import write_decks

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

TIMEOUT_S = 30.0


class Terminal:
    """One tmux session of 80x24 running a command."""

    def __init__(self, name: str, command: list[str], cwd: Path) -> None:
        self.name = name
        line = f"cd {shlex.quote(str(cwd))} && {shlex.join(command)}; echo QUIZ-EXITED-$?; sleep 30"
        subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", "80", "-y", "24", line], check=True)

    def screen(self) -> str:
        result = subprocess.run(["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True)
        return result.stdout

    def wait_for(self, text: str) -> str:
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear; the screen shows:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        for key in keys:
            subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, "-l", text], check=True)
        time.sleep(0.15)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def terminals() -> Iterator[list[Terminal]]:
    opened: list[Terminal] = []
    yield opened
    for terminal in opened:
        terminal.close()


def quiz_command() -> list[str]:
    installed = shutil.which("quiz")
    return [installed] if installed else [sys.executable, "-m", "quiz"]


def test_answers_survive_quitting_and_show_after_a_restart(tmp_path: Path, terminals: list[Terminal]) -> None:
    data = tmp_path / "data"
    deck = write_decks(data / "decks")  # the user's own decks: Home lists them after the restart
    common = ["--data-dir", str(data), "--lang", "de"]
    tag = f"quiz-e2e-{os.getpid()}"

    first = Terminal(f"{tag}-1", [*quiz_command(), "play", str(deck), *common], tmp_path)
    terminals.append(first)
    first.wait_for("Frage 1 von 4")
    first.wait_for("Wie heißt die Hauptstadt Österreichs?")
    first.type("Wien")
    first.keys("Enter")
    first.wait_for("Richtig")
    first.keys("Enter")
    first.wait_for("Die Berliner Mauer fiel am")
    first.type("1. Mai 1990")
    first.keys("Enter")
    first.wait_for("Richtige Antwort: 9. November 1989")
    first.keys("q")  # quit straight from the feedback
    first.wait_for("QUIZ-EXITED-0")

    with Store.open(data / "progress.sqlite3") as store:
        rows = store.read("SELECT given, verdict FROM reviews WHERE void = 0 ORDER BY id")
    assert rows == [("Wien", "correct"), ("1. Mai 1990", "wrong")]

    second = Terminal(f"{tag}-2", [*quiz_command(), *common], tmp_path)
    terminals.append(second)
    screen = second.wait_for("Testdeck Europa")
    row = next(line for line in screen.splitlines() if "Testdeck Europa" in line)
    assert row.split()[2:5] == ["0", "2", "4"]  # due (the missed card comes back in a minute), new, cards
    assert "50 %" in row  # the last session's score: one of two right
    second.keys("C-c")
    second.wait_for("QUIZ-EXITED-0")
