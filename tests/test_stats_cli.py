"""``quiz stats``: Rich tables, ``--json`` for scripts, ``--deck``, one-line errors."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest

from quiz import paths
from quiz.cli import main
from quiz.models import Card, Kind, Verdict
from quiz.session import Session, Style
from quiz.store import Store
from tests.test_session import CARDS, make_deck


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))  # main() sets it too; this restores it afterwards
    return folder


def studied(data_dir: Path) -> None:
    """Two decks, flip-style so the learner grades: places mostly right, dates wrong."""
    with Store.open(data_dir / paths.DATABASE_NAME) as store:
        for deck, verdicts in ((make_deck(CARDS[0], CARDS[1], title="Orte"), (Verdict.CORRECT, Verdict.WRONG)),
                               (make_deck(CARDS[2], title="Daten"), (Verdict.WRONG,))):  # fmt: skip
            session = Session.learn(deck, store.agenda(deck), style=Style.FLIP, seed=1)
            session_id = store.begin(session)
            for verdict in verdicts:
                store.record(session_id, session.self_grade(verdict, 4_000))
            store.finish(session_id, session.summary())


def test_json_for_scripts(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    studied(data_dir)
    assert main(["stats", "--json", "--data-dir", str(data_dir)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {d["deck"]: d["reviews"] for d in data["decks"]} == {"Orte": 2, "Daten": 1}
    assert {k["kind"]: k["correct"] for k in data["kinds"]} == {"place": 1, "date": 0}
    assert data["streak"] == {"days": 1, "studied_today": True}
    assert data["days"][-1]["reviews"] == 3 and len(data["days"]) == 30
    assert sorted(m["card"] for m in data["missed"]) == ["bern", "mauer"]
    assert len(data["forecast"]) == 14


def test_one_deck(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    studied(data_dir)
    assert main(["stats", "--json", "--deck", "Daten"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["deck"] == "Daten" and [d["deck"] for d in data["decks"]] == ["Daten"]
    assert [m["card"] for m in data["missed"]] == ["mauer"]


def test_tables_in_either_language(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    studied(data_dir)
    assert main(["stats", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    for text in ("Statistics", "Reviews per day", "today", "Orte", "Daten", "By kind", "Place", "Date", "Hardest",
                 "mauer", "50%"):  # fmt: skip
        assert text in out, text
    assert main(["stats", "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert "Statistik" in out and "Wiederholungen pro Tag" in out and "Ort" in out


def test_nothing_studied_yet(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--lang", "en"]) == 0
    assert "No reviews yet" in capsys.readouterr().out
    assert main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["decks"] == []


def test_an_unknown_deck_is_one_line_naming_the_known_ones(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    studied(data_dir)
    assert main(["stats", "--deck", "Städte"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'Städte'" in err and "Daten, Orte" in err


def test_a_damaged_database_is_set_aside_and_said_so(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir.mkdir()
    (data_dir / paths.DATABASE_NAME).write_text("kaputt", encoding="utf-8")
    assert main(["stats", "--json", "--lang", "en"]) == 0
    captured = capsys.readouterr()
    assert "is not a database; moved it to" in captured.err and captured.err.count("\n") == 1
    assert json.loads(captured.out)["decks"] == []


def test_an_unusable_data_folder_is_one_line(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["stats", "--lang", "en", "--data-dir", str(tmp_path / "file")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quiz stats: cannot save progress:") and err.count("\n") == 1


def test_hardest_cards_are_named_by_question_and_answer(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A deck the app shows names its cards as its file says now; another (played from a file, since gone) by the
    text the store kept with its answers. A cloze's blank is shown as …, as in the app."""
    from quiz.deck import dump_deck

    monkeypatch.setenv("COLUMNS", "160")  # no wrapping in the table
    studied(data_dir)  # Orte: bern missed; Daten (not on disk): mauer missed
    edited = Card("bern", Kind.PLACE, "Bern", cloze="Die Hauptstadt der Schweiz ist ___.")
    (data_dir / "decks").mkdir(parents=True)
    (data_dir / "decks" / "orte.yaml").write_text(dump_deck(make_deck(CARDS[0], edited, title="Orte")))
    assert main(["stats", "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert "Die Hauptstadt der Schweiz ist …." in out and "Frage bern?" not in out  # the file as it is now
    assert "Frage mauer?" in out and "9. November 1989" in out  # the store's text
    assert "Lernserie: 1 Tag" in out and "Nach Deck" in out and "Antwort" in out
    assert main(["stats", "--json"]) == 0
    missed = {m["card"]: (m["prompt"], m["answer"]) for m in json.loads(capsys.readouterr().out)["missed"]}
    assert missed == {
        "bern": ("Die Hauptstadt der Schweiz ist ___.", "Bern"),
        "mauer": ("Frage mauer?", "9. November 1989"),
    }


def test_days_are_short_dates_as_in_the_app(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from quiz.scheduling import study_day
    from quiz.session import utc_now

    studied(data_dir)  # cards in learning: the forecast lists the coming days
    tomorrow = study_day(utc_now(), None) + timedelta(days=1)
    assert main(["stats", "--lang", "de"]) == 0
    german = capsys.readouterr().out
    assert f"│ {tomorrow.day}.{tomorrow.month}. " in german and "│ heute " in german
    assert main(["stats", "--lang", "en"]) == 0
    english = capsys.readouterr().out
    assert f"│ {tomorrow.month}/{tomorrow.day} " in english and "│ today " in english
    assert not re.search(r"\d{4}-\d\d-\d\d", german + english)


def test_store_notices_and_errors_in_german(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir()
    (data_dir / paths.DATABASE_NAME).write_text("kaputt", encoding="utf-8")
    assert main(["stats", "--json", "--lang", "de"]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"quiz stats: {data_dir / paths.DATABASE_NAME} ist keine Datenbank; in progress")
    assert err.endswith(" umbenannt und eine neue Fortschrittsdatenbank angelegt\n")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["stats", "--lang", "de", "--data-dir", str(tmp_path / "file")]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"quiz stats: Fortschritt kann nicht gespeichert werden: {tmp_path / 'file'} ist kein Ordner"
        f" (wähle einen anderen mit --data-dir oder ${paths.DATA_DIR_ENV})\n"
    )
