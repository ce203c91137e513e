"""Preferences kept between runs (quiz.settings): the language chosen with F2, for the app and the quiz command."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from quiz import paths
from quiz.cli import main
from quiz.cli_base import language
from quiz.settings import LANG, SETTINGS_NAME, read_setting, read_settings, save_setting


@pytest.fixture
def german_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("QUIZ_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")


def test_a_setting_is_saved_and_read_back_beside_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "daten"  # created when first written
    assert read_settings(folder) == {}
    assert save_setting(folder, LANG, "en")
    assert save_setting(folder, "other", "x")
    assert read_setting(folder, LANG) == "en"
    assert (folder / SETTINGS_NAME).read_text(encoding="utf-8").splitlines()[1:] == ["lang = en", "other = x"]
    assert save_setting(folder, LANG, "de")
    assert read_settings(folder) == {"lang": "de", "other": "x"}
    assert [p.name for p in folder.iterdir()] == [SETTINGS_NAME]  # no temporary file left behind


@pytest.mark.parametrize(
    "content",
    [b"{not settings", b"lang\n= en\n", b"lang = \x00\x01", b"\xff\xfe", b"", b"1 = en\n"],
    ids=["no equals sign", "split line", "control characters", "not utf-8", "empty", "not a name"],
)
def test_a_damaged_file_reads_as_no_settings_and_is_replaced(tmp_path: Path, content: bytes) -> None:
    (tmp_path / SETTINGS_NAME).write_bytes(content)
    assert read_setting(tmp_path, LANG) is None
    assert save_setting(tmp_path, LANG, "en")
    assert read_setting(tmp_path, LANG) == "en"


def test_a_hand_edited_file_is_read(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_NAME).write_text("# mine\n\n  lang=en  \nnonsense\n", encoding="utf-8")
    assert read_settings(tmp_path) == {"lang": "en"}


def test_a_folder_that_cannot_be_written_costs_the_setting_only(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert save_setting(blocked, LANG, "en") is False  # no exception
    assert read_setting(blocked, LANG) is None
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / SETTINGS_NAME).mkdir()  # the file's name is taken by a folder
    assert save_setting(tmp_path / "dir", LANG, "en") is False
    assert read_setting(tmp_path / "dir", LANG) is None


def test_the_quiz_command_speaks_the_saved_language_unless_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], german_locale: None
) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path))
    assert language(argparse.Namespace(lang=None)) == "de"  # the locale
    save_setting(tmp_path, LANG, "en")
    assert language(argparse.Namespace(lang=None)) == "en"
    assert language(argparse.Namespace(lang="de")) == "de"  # --lang wins
    assert main(["play", "nowhere/deck.yaml", "--data-dir", str(tmp_path)]) == 2
    assert capsys.readouterr().err.strip() == "quiz play: no such deck file: nowhere/deck.yaml"
    assert main(["play", "nowhere/deck.yaml", "--data-dir", str(tmp_path), "--lang", "de"]) == 2
    err = capsys.readouterr().err
    assert "nowhere/deck.yaml" in err and "no such" not in err, err


def test_a_saved_language_that_is_not_one_of_ours_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, german_locale: None
) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path))
    save_setting(tmp_path, LANG, "fr")
    assert language(argparse.Namespace(lang=None)) == "de"
