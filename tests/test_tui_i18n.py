"""One catalogue for the interface: every key the app uses exists, in German and in English."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from quiz.i18n import CATALOGUE, LANGUAGES, default_language, t
from quiz.models import Kind, Verdict
from quiz.session import Mode, Style
from quiz.tui.app import QuizApp

TUI = Path(__file__).resolve().parent.parent / "quiz" / "tui"
CLI = TUI.parent / "cli.py"
NAMESPACES = "app|key|cmd|kind|mode|style|home|start|q|fb|due|sum|stats|article|help|check|play"
LITERAL_KEY = re.compile(rf"""["']((?:{NAMESPACES})\.[a-z_]+(?:\.[a-z_]+)*)["']""")


def is_app_action(text: str) -> bool:
    """``"app.quit"`` in a binding names an action of the app, not a catalogue key."""
    namespace, _, name = text.partition(".")
    return namespace == "app" and hasattr(QuizApp, f"action_{name}")


def used_keys() -> set[str]:
    keys: set[str] = set()
    for path in [*TUI.rglob("*.py"), CLI]:
        text = path.read_text(encoding="utf-8")
        keys.update(key for key in LITERAL_KEY.findall(text) if not is_app_action(key))
    # keys built from values: f"kind.{kind}", f"mode.{mode}", ...
    keys.update(f"kind.{kind.value}" for kind in Kind)
    keys.update(f"mode.{mode.value}" for mode in Mode)
    keys.update(f"mode.{mode.value}.help" for mode in Mode)
    keys.update(f"style.{style.value}" for style in Style)
    keys.update(f"style.{style.value}.help" for style in Style)
    keys.update(f"fb.{verdict.value}" for verdict in Verdict)
    keys.update(f"q.rate.{verdict.value}" for verdict in Verdict)
    keys.update(f"home.col.{column}" for column in ("deck", "due", "new", "total", "last", "mastery"))
    keys.update(f"home.origin.{origin}" for origin in ("bundled", "user", "file"))
    for command in ("home", "stats", "help", "language", "theme", "reload", "screenshot", "quit"):
        keys.update((f"cmd.{command}", f"cmd.{command}.help"))
    keys.update(f"stats.tab.{tab}" for tab in ("history", "calendar", "forecast", "kinds", "hardest"))
    keys.update(f"{key}_one" for key in list(keys) if f"{key}_one" in CATALOGUE)  # tn(): the form for one
    return keys


def test_the_scan_finds_the_keys() -> None:
    keys = used_keys()
    assert {"q.progress", "fb.answer", "key.hint", "home.first_run", "sum.missed"} <= keys


def test_every_used_key_is_in_the_catalogue() -> None:
    missing = sorted(key for key in used_keys() if key not in CATALOGUE)
    assert missing == []


def test_every_catalogue_entry_is_used() -> None:
    assert sorted(set(CATALOGUE) - used_keys()) == []


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_each_entry_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = CATALOGUE[key]
    assert set(entry) == set(LANGUAGES)
    fields = {lang: {f for _, f, _, _ in string.Formatter().parse(text) if f} for lang, text in entry.items()}
    assert fields["de"] == fields["en"], key
    assert all(text.strip() for text in entry.values())


def test_lookup_fills_placeholders_and_falls_back_to_the_key() -> None:
    assert t("q.progress", "en", number=2, total=5) == "Question 2 of 5"
    assert t("q.progress", "de", number=2, total=5) == "Frage 2 von 5"
    assert t("no.such.key", "en") == "no.such.key"


def test_default_language_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("QUIZ_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert default_language() == "en"
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    assert default_language() == "de"
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert default_language() == "en"


def test_counts_take_the_singular_for_one() -> None:
    from quiz.i18n import tn

    assert [tn("home.cards", n, "de") for n in (0, 1, 2)] == ["0 Karten", "1 Karte", "2 Karten"]
    assert [tn("home.cards", n, "en") for n in (0, 1, 2)] == ["0 cards", "1 card", "2 cards"]
    assert tn("q.points", 1, "de") == "1 Punkt" and tn("fb.points", 1, "en") == "+1 point"
    assert tn("q.repeats", 1, "de") == "1 Wiederholung" and tn("q.repeats", 3, "en") == "3 repeats"
    assert tn("home.count", 1, "de", shown=1) == "1 von 1 Deck"
    assert tn("home.count", 2, "de", shown=1) == "1 von 2 Decks"
    assert tn("q.progress", 1, "de", number=1, total=2) == "Frage 1 von 2"  # no singular form: the one text


@pytest.mark.parametrize("key", sorted(key for key in CATALOGUE if key.endswith("_one")))
def test_a_singular_form_has_its_plural(key: str) -> None:
    assert key.removesuffix("_one") in CATALOGUE
