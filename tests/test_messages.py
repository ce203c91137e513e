"""Deck problems and store messages: stable codes, said in German and in English, never mixed."""

from __future__ import annotations

import copy
import pickle
import re
import sqlite3
import string
from pathlib import Path

import pytest

from quiz.deck import parse_deck
from quiz.i18n import LANGUAGES, t
from quiz.messages import MESSAGES, Message, OneLineMessage
from quiz.problems import Problem, Severity, problem_message
from quiz.store import Store, StoreError
from quiz.store_files import diagnose, store_message

QUIZ = Path(__file__).resolve().parent.parent / "quiz"
USED = re.compile(r"""(problem_message|store_message|StoreError\.of)\(\s*f?["']([a-z_.{}]+)["']""")
SAME_IN_BOTH: set[str] = set()
"""Keys whose German text may equal the English one (none so far)."""


def placeholders(text: str) -> dict[str, str]:
    return {name: spec or "" for _, name, spec, _ in string.Formatter().parse(text) if name}


def sample_params(key: str) -> dict[str, object]:
    """A value for each placeholder: a number where the text formats one, a word otherwise."""
    return {name: 17.25 if spec else "x" for name, spec in placeholders(MESSAGES[key]["en"]).items()}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_each_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) == set(LANGUAGES)
    assert all(text and text == text.strip() for text in entry.values())
    assert placeholders(entry["de"]) == placeholders(entry["en"]), key


@pytest.mark.parametrize("key", sorted(set(MESSAGES) - SAME_IN_BOTH))
def test_german_differs_from_english(key: str) -> None:
    message = Message(key, **sample_params(key))  # type: ignore[arg-type]
    assert message.render("de") != message.render("en")


def test_every_code_the_code_uses_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in QUIZ.rglob("*.py"):
        for maker, code in USED.findall(path.read_text(encoding="utf-8")):
            prefix = "problem" if maker == "problem_message" else "store"
            used.add(f"{prefix}.{code}")
    used = {key.replace("{what}", what) for key in used for what in ("deck", "card", "source")}
    used = {key for key in used if "{" not in key} | {f"problem.found.{kind}" for kind in ("text", "list", "mapping")}
    assert len(used) > 40
    assert sorted(used - set(MESSAGES)) == []


def test_a_message_is_its_english_text_and_says_itself_in_german() -> None:
    message = problem_message("missing_field", field="answer")
    assert message == "'answer' is missing" and isinstance(message, str)
    assert message.render("de") == "'answer' fehlt"
    assert message.key == "problem.missing_field" and message.params == {"field": "answer"}
    assert str(message) is message  # str() keeps the key, so an exception's text stays translatable
    with pytest.raises(KeyError):
        Message("problem.no_such_code")


def test_parts_of_a_message_are_said_in_its_language() -> None:
    [problem] = parse_deck("title: T\ncards: [[a]]\n", "d.yaml").problems
    assert problem.text("en") == "a card must be a mapping of fields, not a list"
    assert problem.text("de") == "eine Karte muss eine Zuordnung von Feldern sein, ist aber eine Liste"


def test_german_numbers_have_a_decimal_comma() -> None:
    message = problem_message("file_too_large", size=52.4288, limit=16)
    assert message == "file is too large (52.4 MB; the limit is 16 MB)"
    assert message.render("de") == "Datei ist zu groß (52,4 MB; Grenze 16 MB)"


def test_messages_survive_copy_pickle_and_plain_data() -> None:
    message = problem_message("unknown_card_field", key="anwser", hint=problem_message("did_you_mean", name="answer"))
    for again in (copy.deepcopy(message), pickle.loads(pickle.dumps(message)), Message.from_data(message.to_data())):
        assert type(again) is Message and again == message
        assert again.render("de") == "unbekanntes Feld 'anwser' in der Karte; meintest du 'answer'?"


def test_a_one_line_message_squeezes_line_breaks_in_every_language() -> None:
    message = OneLineMessage("store.busy", path="/tmp/a\n  b")
    assert message == "the progress database /tmp/a b is busy (another quiz is using it); try again"
    assert "\n" not in message.render("de") and "/tmp/a b" in message.render("de")


# --- problems ---------------------------------------------------------------------------------


BROKEN = "titel: T\ncards:\n - {id: a, question: Q, anwser: A, tags: []}\n"


def test_a_problem_has_a_code_its_values_and_its_place() -> None:
    problems = parse_deck(BROKEN, "d.yaml").problems
    assert [(p.code, p.params.get("field") or p.params.get("key")) for p in problems] == [
        ("unknown_deck_field", "titel"),
        ("missing_field", "title"),
        ("missing_field", "answer"),
        ("unknown_card_field", "anwser"),
        ("tags_empty", None),
    ]
    missing = problems[2]
    assert (missing.line, missing.column, missing.card, missing.card_id, missing.field) == (3, 4, 1, "a", "answer")


def test_a_whole_problem_line_in_german_and_english() -> None:
    lines = {lang: [p.render(lang) for p in parse_deck(BROKEN, "d.yaml").problems] for lang in LANGUAGES}
    assert lines["en"] == [str(p) for p in parse_deck(BROKEN, "d.yaml").problems]
    assert lines["en"] == [
        "d.yaml:1:1: unknown deck field 'titel'; did you mean 'title'?",
        "d.yaml:1:1: 'title' is missing",
        "d.yaml:3:4: card 1 ('a'): 'answer' is missing",
        "d.yaml:3:25: card 1 ('a'): unknown card field 'anwser'; did you mean 'answer'?",
        "d.yaml:3:42: warning: card 1 ('a'): 'tags' is empty; remove it or add tags",
    ]
    assert lines["de"] == [
        "d.yaml:1:1: unbekanntes Feld 'titel' im Deck; meintest du 'title'?",
        "d.yaml:1:1: 'title' fehlt",
        "d.yaml:3:4: Karte 1 ('a'): 'answer' fehlt",
        "d.yaml:3:25: Karte 1 ('a'): unbekanntes Feld 'anwser' in der Karte; meintest du 'answer'?",
        "d.yaml:3:42: Warnung: Karte 1 ('a'): 'tags' ist leer; entferne es oder trage Schlagwörter ein",
    ]


def test_a_problem_without_a_code_is_shown_as_it_is() -> None:
    problem = Problem("d.yaml", "something odd", 2, card=3, severity=Severity.WARNING)
    assert problem.code is None and problem.params == {}
    assert problem.render("de") == "d.yaml:2: Warnung: Karte 3: something odd"
    assert str(problem) == "d.yaml:2: warning: card 3: something odd"


def test_every_problem_the_checker_finds_has_a_code() -> None:
    text = (
        "format: 2\nid: 'a b'\nlanguage: Deutsch\nretention: 2\nfoo: 1\ntitle: T\ncards:\n - x\n"
        " - {id: a, kind: ort, cloze: kein Platz, question: Q, answer: [A], tolerance: '-1', source: s}\n"
        " - {id: b, question: {a: b}, answer: A, aliases: [''], choices: [A, c, c], tags: {a: b}, tolerance: x}\n"
        " - {id: b, question: Q, answer: A, aliases: [[x]], source: {article: a, zeile: b}}\n"
    )
    problems = [*parse_deck(text, "d.yaml").problems, *parse_deck("", "e.yaml").problems]
    assert len({p.code for p in problems}) >= 20
    assert [str(p) for p in problems if p.code is None] == []
    for problem in problems:
        assert problem.render("de") != str(problem)


# --- the store --------------------------------------------------------------------------------


def test_store_errors_keep_their_english_text_and_say_it_in_german() -> None:
    error = StoreError.from_sqlite(sqlite3.OperationalError("database is locked"), Path("/x/p.db"))
    assert str(error) == "the progress database /x/p.db is busy (another quiz is using it); try again"
    assert error.code == "busy"
    assert error.render("de") == (
        "die Fortschrittsdatenbank /x/p.db ist belegt (ein anderes quiz verwendet sie); versuche es noch einmal"
    )
    # The screens pass str(error) to the catalogue: it still comes out in German.
    assert t("app.save_failed", "de", error=str(error)).startswith("Konnte nicht speichern: die Fortschrittsdatenbank")
    plain = StoreError("no  such\nthing")
    assert str(plain) == "no such thing" and plain.code is None and plain.render("de") == "no such thing"


def test_an_unusable_folder_is_said_in_german(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path / "file" / "progress.sqlite3")
    assert caught.value.code == "folder_is_file"
    assert caught.value.render("de") == (
        f"Fortschritt kann nicht gespeichert werden: {tmp_path / 'file'} ist kein Ordner"
        " (wähle einen anderen mit --data-dir oder $QUIZ_DATA_DIR)"
    )


def test_the_moved_aside_notice_in_both_languages(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    path.write_text("kaputt", encoding="utf-8")
    with Store.open(path) as store:
        [notice] = store.notices
    assert isinstance(notice, Message) and notice.key == "store.moved_aside"
    target = notice.params["target"]
    assert notice == f"{path} is not a database; moved it to {target} and started a new progress database"
    german = f"{path} ist keine Datenbank; in {target} umbenannt und eine neue Fortschrittsdatenbank angelegt"
    assert notice.render("de") == german
    assert t("app.store_notice", "de", notice=notice) == f"Fortschritt: {german}"


def test_a_newer_database_is_explained_in_german(tmp_path: Path) -> None:
    from quiz.store_migrations import APPLICATION_ID, SCHEMA_VERSION

    path = tmp_path / "newer.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 7}")
    connection.close()
    reason = diagnose(path)
    assert reason is not None and reason.startswith(f"was written by a newer quiz (schema {SCHEMA_VERSION + 7};")
    assert reason.render("de").startswith(f"wurde von einem neueren quiz geschrieben (Schema {SCHEMA_VERSION + 7};")
    assert store_message("file.damaged").render("de") == "ist beschädigt"
