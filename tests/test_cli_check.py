"""``quiz check``: one clear line per problem, the right exit status, no traceback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quiz.cli import main
from tests.broken_decks import TEXT_FILES, make_broken_decks

PROJECT = Path(__file__).resolve().parent.parent
LOCATED = re.compile(r"^(?P<file>[^:]+\.yaml)(:\d+(:\d+)?)?: .+$")


def test_bundled_decks_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--lang", "en", str(PROJECT / "decks")]) == 0
    out, err = capsys.readouterr()
    assert ": error" not in out
    assert re.search(r"(\d+) of \1 deck files? valid", err)


def test_broken_folder_gives_one_located_line_per_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = make_broken_decks(tmp_path / "broken")
    (tmp_path / "broken" / "fine.yaml").write_text("title: Gut\ncards:\n  - {id: a, question: Q, answer: A}\n")
    assert main(["check", "--lang", "en", str(tmp_path / "broken")]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert "Traceback" not in out + err
    for line in lines:
        assert LOCATED.match(line), line
    named = {Path(LOCATED.match(line).group("file")).name for line in lines}  # type: ignore[union-attr]
    assert named == set(files)  # every broken file is reported, the good one is not
    assert f"1 of {len(files) + 1} deck files valid" in err
    by_file = {name: [line for line in lines if f"/{name}:" in line] for name in files}
    assert "a tab is used for indentation" in by_file["tabs.yaml"][0]
    assert "file is too large" in by_file["huge.yaml"][0]
    assert "not a text file" in by_file["binary.yaml"][0]
    assert "not valid UTF-8" in by_file["latin1.yaml"][0]
    assert "nesting is deeper" in by_file["deep.yaml"][0]
    assert any("duplicate key 'title'" in line for line in by_file["duplicate-keys.yaml"])
    assert any("'answer' is missing" in line for line in by_file["missing-answer.yaml"])
    assert len(by_file["wrong-types.yaml"]) == 3


def test_single_valid_file_and_quiet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tmp_path / "d.yml"
    deck.write_text("title: T\ncards:\n  - {id: a, question: Q, answer: A}\n")
    assert main(["check", "--quiet", str(deck)]) == 0
    assert capsys.readouterr() == ("", "")


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--lang", "en", str(tmp_path / "missing")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--no-such-option"])
    assert exit_info.value.code == 2


def test_folder_without_decks_is_invalid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--lang", "en", str(tmp_path)]) == 1
    assert "no deck files" in capsys.readouterr().err


def test_real_command_on_broken_folder_runs_nothing(tmp_path: Path) -> None:
    make_broken_decks(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "quiz", "check", str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert len(result.stdout.splitlines()) >= len(TEXT_FILES)


def test_help_lists_every_command() -> None:
    result = subprocess.run([sys.executable, "-m", "quiz", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for command in ("play", "generate", "check", "stats", "--data-dir", "--lang"):
        assert command in result.stdout


def test_check_speaks_german_with_lang_de(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "d.yaml").write_text("title: T\ncards:\n  - {id: a, question: Q, answer: A}\n", encoding="utf-8")
    (tmp_path / "e.yaml").write_text("title: T\ncards:\n  - {id: a, question: Q, anwser: A, tags: []}\n")
    assert main(["check", "--lang", "de", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    broken = tmp_path / "e.yaml"
    assert out.splitlines() == [
        f"{broken}:3:5: Karte 1 ('a'): 'answer' fehlt",
        f"{broken}:3:26: Karte 1 ('a'): unbekanntes Feld 'anwser' in der Karte; meintest du 'answer'?",
        f"{broken}:3:43: Warnung: Karte 1 ('a'): 'tags' ist leer; entferne es oder trage Schlagwörter ein",
    ]
    assert err == "1 von 2 Deck-Dateien gültig, 1 Warnung\n"
    assert main(["check", "--lang", "de", str(tmp_path / "nirgends")]) == 2
    assert capsys.readouterr().err == f"quiz check: Datei oder Ordner nicht gefunden: {tmp_path / 'nirgends'}\n"


def test_check_follows_the_locale_without_lang(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "d.yaml").write_text("title: T\ncards:\n  - {id: a, question: Q}\n", encoding="utf-8")
    for variable in ("QUIZ_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert main(["check", str(tmp_path)]) == 1
    assert capsys.readouterr() == (f"{tmp_path / 'd.yaml'}:3:5: Karte 1 ('a'): 'answer' fehlt\n",
                                   "0 von 1 Deck-Datei gültig\n")  # fmt: skip
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main(["check", str(tmp_path)]) == 1
    assert capsys.readouterr() == (f"{tmp_path / 'd.yaml'}:3:5: card 1 ('a'): 'answer' is missing\n",
                                   "0 of 1 deck file valid\n")  # fmt: skip


def test_without_a_path_it_checks_the_decks_the_app_shows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Home says a deck of the user's could not be loaded: plain ``quiz check`` finds it (and ./decks, if any)."""
    from quiz import paths

    data = tmp_path / "data"
    (data / "decks").mkdir(parents=True)
    (data / "decks" / "kaputt.yaml").write_text("title: K\ncards:\n  - {id: a, question: Q}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    bundled = len(list(paths.bundled_decks_dir().glob("*.yaml")))
    assert main(["check", "--lang", "en", "--data-dir", str(data)]) == 1
    out, err = capsys.readouterr()
    assert out == f"{data / 'decks' / 'kaputt.yaml'}:3:5: card 1 ('a'): 'answer' is missing\n"
    assert err.startswith(f"{bundled} of {bundled + 1} deck files valid (checked: ")
    assert err.rstrip().endswith(f", data{os.sep}decks)")  # shown relative to here
    (tmp_path / "decks").mkdir()  # where quiz generate writes by default
    (tmp_path / "decks" / "eigen.yml").write_text("title: E\ncards:\n  - {id: a, question: Q, answer: A}\n")
    assert main(["check", "--lang", "de", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{bundled + 1} von {bundled + 2} Deck-Dateien gültig (geprüft: decks, ")


def test_without_a_path_and_without_decks_it_says_where_it_looked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from quiz import paths

    monkeypatch.setattr(paths, "bundled_decks_dir", lambda: tmp_path / "nothing-bundled")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--lang", "en", "--data-dir", str(tmp_path / "data")]) == 1
    assert capsys.readouterr().err == f"quiz check: no deck files (*.yaml, *.yml) in data{os.sep}decks\n"
