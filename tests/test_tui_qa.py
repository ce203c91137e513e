"""What a QA tester found in the app, fixed and kept fixed: the counter, the keys, wording, file decks, articles."""

from __future__ import annotations

import re
from pathlib import Path

from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

from quiz.session import Mode, Style
from quiz.settings import LANG, read_setting
from quiz.store import StoreError
from quiz.tui.app import QuizApp, create_app
from quiz.tui.library import load_entry
from quiz.tui.run import Plan
from quiz.tui.screens.article import ArticleScreen
from quiz.tui.screens.feedback import FeedbackScreen
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.start import StartDialog
from quiz.tui.screens.summary import SummaryScreen
from quiz.tui.widgets.marks import prompt_content
from tests.test_tui_flows import RIGHT, answer, current_card, drive, settled
from tests.test_tui_footer import footer_line
from tests.test_tui_messages import notices
from tests.tui_fixtures import SEED, Clock, make_app, saved_reviews, screen_text, write_decks

ONE_CARD = "title: Eins\ncards:\n  - {id: fluss, question: Welcher Fluss fließt durch Wien?, answer: Donau}\n"


def app_on(
    tmp_path: Path, text: str, *, style: Style = Style.TYPE, lang: str = "de", name: str = "eins.yaml"
) -> QuizApp:
    """``quiz play FILE`` on a deck written outside the decks folders (the test deck is in them, for Home)."""
    write_decks(tmp_path / "decks")
    path = tmp_path / "anderswo" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return create_app(
        data_dir=tmp_path / "data", lang=lang, play=load_entry(path, "file"), plan=Plan(Mode.PRACTICE, style),
        sources=[(tmp_path / "decks", "user")], clock=Clock(), seed=SEED, theme="textual-dark", fuzz=False,
        preload=False,
    )  # fmt: skip


def status_line(app: QuizApp) -> str:
    return next(line for line in screen_text(app).splitlines() if re.search(r"Frage|Question", line))


async def next_screen(pilot: Pilot[None], *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


# ----- 1. the counter ---------------------------------------------------------------------------------


def test_the_counter_counts_cards_and_names_the_repeats_apart(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await answer(pilot, "Graz")  # wrong: Wien comes back after the other cards
        assert "Frage 1 von 4 · 1 Wiederholung" in status_line(app)
        await next_screen(pilot, "enter")
        assert "Frage 2 von 4 · 1 Wiederholung" in status_line(app)
        for _ in range(3):
            await answer(pilot, RIGHT[current_card(app)])
            await next_screen(pilot, "enter")
        assert current_card(app) == "wien"
        line = status_line(app)
        assert "Frage 4 von 4 · 1 Wiederholung" in line and "von 5" not in line  # the total never grows
        await answer(pilot, "Wien")
        line = status_line(app)
        assert "Frage 4 von 4" in line and "Wiederholung" not in line  # nothing left to repeat
        await next_screen(pilot, "enter")
        assert isinstance(app.screen, SummaryScreen)
        text = screen_text(app)
        assert re.search(r"Beantwortet\s*4 von 4 Karten", text) and re.search(r"Wiederholt\s*1 von 1", text)

    drive(make_app(tmp_path, play="europa"), scenario)


def test_the_counter_in_english(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await answer(pilot, "Graz")
        assert "Question 1 of 4 · 1 repeat" in status_line(app)
        await next_screen(pilot, "enter", "ctrl+s", "enter")  # skip the date: a second repeat
        assert "Question 3 of 4 · 2 repeats" in status_line(app)

    drive(make_app(tmp_path, play="europa", lang="en"), scenario)


# ----- 2. choice without options ---------------------------------------------------------------------


def test_a_choice_question_without_options_says_to_type(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        text = screen_text(app)
        assert "Für diese Frage gibt es keine Auswahl – bitte eintippen." in text
        assert app.screen.query_one("#answer", Input).has_focus
        await answer(pilot, "Donau")
        assert "Richtig" in screen_text(app)

    drive(app_on(tmp_path, ONE_CARD, style=Style.CHOICE), scenario)

    async def english(app: QuizApp, pilot: Pilot[None]) -> None:
        assert "No options for this question – please type the answer." in screen_text(app)

    drive(app_on(tmp_path, ONE_CARD, style=Style.CHOICE, lang="en"), english)


# ----- 3. the keys help and the footer name --------------------------------------------------------


def help_text(app: QuizApp) -> str:
    """The dialog's tables of keys (the screen's text export may lose the spaces between key and words)."""
    return screen_text(app).split("Hilfe", 1)[1].split("Antworten werden")[0]


def test_help_lists_the_keys_that_work_while_typing(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        assert not re.search(r"(?<![\^\w])[hsu] \w", footer_line(app))
        await next_screen(pilot, "f1")
        text = help_text(app)
        for key, words in (("^t", "Tipp"), ("^s", "Überspringen"), ("^z", "Rückgängig"), ("esc", "Ende")):
            assert re.search(rf"{re.escape(key)}\s*{words}", text), (key, text)
        for words in ("Aufdecken", "Auswählen", "Bewerten"):  # other styles' keys
            assert words not in text, words
        assert not re.search(r"(?<![\^\w])[hsuq]\s*(Tipp|Über|Rück|Beenden)", text), text  # letters are typed

    drive(make_app(tmp_path, play="europa"), scenario)


def test_help_lists_the_keys_of_choice_and_flip(tmp_path: Path) -> None:
    async def choice(app: QuizApp, pilot: Pilot[None]) -> None:
        await next_screen(pilot, "f1")
        text = help_text(app)
        assert re.search(r"1–4\s*Auswählen", text) and re.search(r"\bh\s*Tipp", text), text
        assert re.search(r"\bq\s*Beenden", text) and "^t" not in text and "Aufdecken" not in text
        assert not re.search(r"\b2\s*Auswählen", text)  # 2, 3 and 4 are in "1–4"

    drive(make_app(tmp_path, play="europa", style=Style.CHOICE), choice)

    async def flip(app: QuizApp, pilot: Pilot[None]) -> None:
        await next_screen(pilot, "f1")
        text = help_text(app)
        assert re.search(r"space\s*Aufdecken", text) and "Bewerten" not in text and "Tipp" not in text, text
        await next_screen(pilot, "escape", "space", "f1")
        text = help_text(app)
        assert re.search(r"1–3\s*Bewerten", text) and "Aufdecken" not in text and "Auswählen" not in text, text

    drive(make_app(tmp_path, play="europa", style=Style.FLIP), flip)


# ----- 4. feedback on a wrong choice ---------------------------------------------------------------


def test_a_wrong_choice_names_the_answer_and_cannot_be_overridden(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        screen = app.screen
        assert isinstance(screen, QuestionScreen) and screen.question is not None
        await next_screen(pilot, str(screen.question.choices.index("Graz") + 1))
        assert isinstance(app.screen, FeedbackScreen)
        assert "✗ Falsch. Richtig: Wien" in screen_text(app)
        assert "Ich hatte recht" not in footer_line(app)
        await next_screen(pilot, "r")
        assert saved_reviews(tmp_path) == [("wien", "Graz", "wrong", 0)]  # nothing changed
        await next_screen(pilot, "f1")
        assert "Ich hatte recht" not in help_text(app)

    drive(make_app(tmp_path, play="europa", style=Style.CHOICE), scenario)


# ----- 5. the blank ----------------------------------------------------------------------------------


def test_the_blank_takes_no_spaces_of_its_own() -> None:
    assert prompt_content("Er ist seit ___, als die Mauer fiel.").plain == "Er ist seit _____, als die Mauer fiel."
    assert prompt_content("Die Mauer fiel am ___ .").plain == "Die Mauer fiel am _____."
    assert prompt_content("Die Mauer fiel am ___.", filled="9. November").plain == "Die Mauer fiel am 9. November."


def test_a_flipped_cloze_shows_the_answer_in_its_blank(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await next_screen(pilot, "space", "3")  # Wien: knew it
        assert current_card(app) == "mauerfall"
        assert "Die Berliner Mauer fiel am _____." in screen_text(app)
        await next_screen(pilot, "space")
        assert "Die Berliner Mauer fiel am 9. November 1989." in screen_text(app)

    drive(make_app(tmp_path, play="europa", style=Style.FLIP), scenario)


# ----- 6. Home counts --------------------------------------------------------------------------------


def test_home_says_one_card_and_leaves_out_missing_tags(tmp_path: Path) -> None:
    def detail(app: QuizApp) -> str:
        return str(app.screen.query_one("#detail").render())

    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await settled(pilot)
        assert "2 von 2 Decks" in screen_text(app)
        assert detail(app) == "1 Karte · eigenes Deck: eins.yaml"  # not "1 Karten · – · ..."
        await next_screen(pilot, "f2")
        assert detail(app) == "1 card · your deck: eins.yaml"

    app = make_app(tmp_path)
    (tmp_path / "decks" / "eins.yaml").write_text(ONE_CARD, encoding="utf-8")
    drive(app, scenario)


# ----- 7. language leftovers -------------------------------------------------------------------------


def test_english_quotes_the_source_in_english(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await answer(pilot, "Graz")
        text = screen_text(app)
        assert "“Die Hauptstadt Wien liegt an der Donau.”" in text and "„" not in text

    drive(make_app(tmp_path, play="europa", lang="en"), scenario)


def test_the_theme_picker_speaks_the_app_language(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        app.action_change_theme()
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(Input).placeholder == "Farbschema suchen …"

    drive(make_app(tmp_path), scenario)


def test_a_store_error_on_home_is_said_in_the_app_language(tmp_path: Path) -> None:
    def busy(*args: object) -> object:
        raise StoreError.of("busy", path="progress.sqlite3")

    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await settled(pilot)
        assert any("ist belegt" in notice for notice in said), said

    app = make_app(tmp_path)
    app.store.overview = busy  # type: ignore[method-assign,assignment]
    said = notices(app)
    drive(app, scenario)


def test_the_language_chosen_with_f2_is_the_next_start_s(tmp_path: Path) -> None:
    async def switch(app: QuizApp, pilot: Pilot[None]) -> None:
        await next_screen(pilot, "f2")
        assert app.lang == "en"

    drive(make_app(tmp_path, lang="de"), switch)
    assert read_setting(tmp_path / "data", LANG) == "en"  # beside the progress: the quiz command reads it too
    app = create_app(data_dir=tmp_path / "data", sources=[(tmp_path / "decks", "user")], preload=False)
    try:
        assert app.lang == "en"
    finally:
        app.store.close()
    app = create_app(data_dir=tmp_path / "data", lang="de", sources=[(tmp_path / "decks", "user")], preload=False)
    try:
        assert app.lang == "de"  # --lang still wins
    finally:
        app.store.close()


# ----- 9. a deck played from a file ----------------------------------------------------------------


def test_a_deck_played_from_a_file_can_be_played_again_from_home(tmp_path: Path) -> None:
    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await answer(pilot, "Donau")
        await next_screen(pilot, "enter")
        assert isinstance(app.screen, SummaryScreen)
        await next_screen(pilot, "enter")
        await settled(pilot)
        assert isinstance(app.screen, HomeScreen)
        text = screen_text(app)
        assert "Eins · Datei" in text and "2 von 2 Decks" in text
        assert "Datei: eins.yaml" in text  # the deck under the cursor: it came first
        await next_screen(pilot, "enter")
        assert isinstance(app.screen, StartDialog) and app.screen.deck_title == "Eins"
        await next_screen(pilot, "enter")
        assert current_card(app) == "fluss"

    drive(app_on(tmp_path, ONE_CARD), scenario)


# ----- 10. the article -------------------------------------------------------------------------------


def test_the_article_opens_at_the_card_s_sentence(tmp_path: Path) -> None:
    app = make_app(tmp_path, play="europa")
    filler = "\n\n".join(f"Absatz {n}: Hier steht etwas anderes über Europa." for n in range(1, 81))
    sentences = "Die Hauptstadt Wien liegt an der Donau. Salzburg liegt in Österreich, nahe der Grenze zu Deutschland."
    after = filler.replace("Absatz", "Nachsatz")
    (tmp_path / "decks" / "artikel.txt").write_text(f"Europa im Überblick\n\n{filler}\n\n{sentences}\n\n{after}\n")

    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await answer(pilot, "Graz")
        await next_screen(pilot, "a")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        text = screen_text(app)
        assert "Die Hauptstadt Wien liegt an der Donau." in text, text
        assert "Absatz 1:" not in text and "Absatz 80:" in text and "Nachsatz 1:" in text  # in the middle

    drive(app, scenario)


def test_an_article_named_by_a_relative_path(tmp_path: Path) -> None:
    deck = (
        "title: Relativ\ncards:\n  - id: wien\n    question: Wie heißt die Hauptstadt Österreichs?\n    answer: Wien\n"
        "    source: {article: ../seeds/bericht.txt, sentence: Die Hauptstadt Wien liegt an der Donau.}\n"
    )
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "bericht.txt").write_text("Bericht\n\nDie Hauptstadt Wien liegt an der Donau.\n")

    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await answer(pilot, "Graz")
        text = screen_text(app)
        assert "Artikel: bericht.txt (a: lesen)" in text and "../seeds" not in text
        await next_screen(pilot, "a")
        text = screen_text(app)
        assert "Artikel: bericht.txt" in text and "Die Hauptstadt Wien liegt an der Donau." in text

    drive(app_on(tmp_path, deck, name="relativ.yaml"), scenario)


# ----- 11. stats ---------------------------------------------------------------------------------------


def test_stats_name_a_hard_card_from_the_store_when_no_deck_holds_it(tmp_path: Path) -> None:
    async def miss(app: QuizApp, pilot: Pilot[None]) -> None:
        await answer(pilot, "Graz")

    drive(make_app(tmp_path, play="europa"), miss)
    (tmp_path / "leer").mkdir()  # the next start has no deck that holds the card: only the store knows it

    async def scenario(app: QuizApp, pilot: Pilot[None]) -> None:
        await settled(pilot)
        await next_screen(pilot, "s")
        await settled(pilot)
        await next_screen(pilot, "5")
        text = screen_text(app)
        assert "Wie heißt die Hauptstadt Österreichs?" in text and "Wien" in text, text
        assert "Testdeck Europa: wien" not in text

    app = create_app(data_dir=tmp_path / "data", lang="de", sources=[(tmp_path / "leer", "user")], clock=Clock(),
                     theme="textual-dark", preload=False)  # fmt: skip
    drive(app, scenario)
