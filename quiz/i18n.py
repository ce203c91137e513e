"""All user-facing interface strings, in German and English.

One catalogue keeps screens from mixing languages: every string shown in the
app is looked up here with :func:`t` (what the ``quiz`` command alone prints
is in :mod:`quiz.cli_messages`). Add a key with both translations
(tests/test_tui_i18n.py checks that every key used in quiz/tui exists in both).
"""

from __future__ import annotations

import locale
import os
from datetime import date

from quiz.messages import Message

LANGUAGES = ("de", "en")

# key: (German, English)
_ENTRIES: dict[str, tuple[str, str]] = {
    "app.title": ("Quiz", "Quiz"),
    "app.language_switched": ("Sprache: Deutsch", "Language: English"),
    "app.store_notice": ("Fortschritt: {notice}", "Progress: {notice}"),
    "app.save_failed": ("Konnte nicht speichern: {error}", "Could not save: {error}"),
    "app.palette_placeholder": ("Befehl suchen …", "Search for commands…"),
    "app.theme_placeholder": ("Farbschema suchen …", "Search for themes…"),
    "app.language_not_saved": (
        "Die Sprache gilt nur für diese Sitzung: {folder} ist nicht beschreibbar.",
        "The language applies to this session only: {folder} cannot be written.",
    ),
    # bindings (footer, help)
    "key.quit": ("Beenden", "Quit"),
    "key.help": ("Hilfe", "Help"),
    "key.language": ("English", "Deutsch"),
    "key.palette": ("Befehle", "Commands"),
    "key.start": ("Starten", "Start"),
    "key.filter": ("Suchen", "Search"),
    "key.stats": ("Statistik", "Stats"),
    "key.reload": ("Neu laden", "Reload"),
    "key.back": ("Zurück", "Back"),
    "key.hint": ("Tipp", "Hint"),
    "key.skip": ("Überspringen", "Skip"),
    "key.undo": ("Rückgängig", "Undo"),
    "key.end_session": ("Ende", "End"),
    "key.choose": ("Auswählen", "Choose"),
    "key.reveal": ("Aufdecken", "Reveal"),
    "key.rate": ("Bewerten", "Rate"),
    "key.continue": ("Weiter", "Continue"),
    "key.override": ("Ich hatte recht", "I was right"),
    "key.article": ("Artikel", "Article"),
    "key.practise_missed": ("Verpasste üben", "Practise missed"),
    "key.home": ("Übersicht", "Decks"),
    "key.close": ("Schließen", "Close"),
    "key.mode": ("Modus", "Mode"),
    "key.style": ("Stil", "Style"),
    "key.next_tab": ("Nächster Reiter", "Next tab"),
    "key.refresh": ("Aktualisieren", "Refresh"),
    # commands (palette)
    "cmd.home": ("Übersicht", "Decks"),
    "cmd.home.help": ("Zur Übersicht der Decks", "Back to the list of decks"),
    "cmd.stats": ("Statistik", "Statistics"),
    "cmd.stats.help": ("Wiederholungen, Trefferquote, Lernkalender, Vorschau", "Reviews, accuracy, calendar, forecast"),
    "cmd.help": ("Hilfe", "Help"),
    "cmd.help.help": ("Alle Tasten auf einen Blick", "Every key at a glance"),
    "cmd.language": ("Sprache: English", "Language: Deutsch"),
    "cmd.language.help": ("Oberfläche auf Englisch umstellen", "Switch the interface to German"),
    "cmd.theme": ("Farbschema", "Theme"),
    "cmd.theme.help": ("Ein eingebautes Farbschema wählen", "Choose a built-in colour theme"),
    "cmd.reload": ("Decks neu laden", "Reload decks"),
    "cmd.reload.help": ("Deck-Dateien neu einlesen", "Read the deck files again"),
    "cmd.screenshot": ("Bildschirmfoto", "Screenshot"),
    "cmd.screenshot.help": ("Den Bildschirm als SVG speichern", "Save the screen as an SVG file"),
    "cmd.quit": ("Beenden", "Quit"),
    "cmd.quit.help": ("Quiz beenden (der Fortschritt ist gespeichert)", "Quit quiz (your progress is saved)"),
    # kinds and verdicts
    "kind.text": ("Text", "Text"),
    "kind.place": ("Ort", "Place"),
    "kind.date": ("Datum", "Date"),
    "kind.number": ("Zahl", "Number"),
    "mode.learn": ("Lernen", "Learn"),
    "mode.practice": ("Üben", "Practice"),
    "mode.exam": ("Prüfung", "Exam"),
    "mode.learn.help": ("fällige und neue Karten, mit Wiederholungsplan", "due and new cards, scheduled"),
    "mode.practice.help": ("alle Karten, ohne Plan", "any cards, schedule untouched"),
    "mode.exam.help": ("{count} Fragen, Ergebnis am Ende", "{count} questions, score at the end"),
    "style.type": ("Eintippen", "Type"),
    "style.choice": ("Auswahl", "Choice"),
    "style.flip": ("Aufdecken", "Flip"),
    "style.type.help": ("die Antwort schreiben", "type the answer"),
    "style.choice.help": ("eine von vier wählen (1–4)", "pick one of four (1–4)"),
    "style.flip.help": ("Karte umdrehen, selbst bewerten", "flip the card, grade yourself"),
    # home
    "home.count": ("{shown} von {count} Decks", "{shown} of {count} decks"),
    "home.count_one": ("{shown} von 1 Deck", "{shown} of 1 deck"),
    "home.filter": ("Suchen nach Titel oder Schlagwort (/)", "Search by title or tag (/)"),
    "home.col.deck": ("Deck", "Deck"),
    "home.col.due": ("Fällig", "Due"),
    "home.col.new": ("Neu", "New"),
    "home.col.total": ("Karten", "Cards"),
    "home.col.last": ("Zuletzt", "Last"),
    "home.col.mastery": ("Sicher", "Mastered"),
    "home.first_run": (
        "Willkommen! Wähle ein Deck mit ↑ ↓ und drücke Enter zum Starten. F1 zeigt alle Tasten.",
        "Welcome! Pick a deck with ↑ ↓ and press Enter to start. F1 shows every key.",
    ),
    "home.empty": (
        "Keine Decks gefunden. Lege YAML-Decks in {folder} ab oder erzeuge welche mit „quiz generate“.",
        "No decks found. Put YAML decks in {folder} or make some with “quiz generate”.",
    ),
    "home.no_match": ("Kein Deck passt zu „{text}“.", "No deck matches “{text}”."),
    "home.broken_title": ("Nicht geladen ({count})", "Not loaded ({count})"),
    "home.broken_more": (
        "und {count} weitere Probleme – „{command}“ zeigt alle", "and {count} more problems – “{command}” shows all"
    ),
    "home.broken_more_one": (
        "und 1 weiteres Problem – „{command}“ zeigt alle", "and 1 more problem – “{command}” shows all"
    ),
    "home.broken_row": ("Fehler", "error"),
    "home.broken_selected": ("Dieses Deck hat Fehler: {problem}", "This deck has errors: {problem}"),
    "home.cards": ("{count} Karten", "{count} cards"),
    "home.cards_one": ("1 Karte", "1 card"),
    "home.file_mark": ("Datei", "file"),
    "home.origin.bundled": ("mitgeliefert: {file}", "bundled: {file}"),
    "home.origin.user": ("eigenes Deck: {file}", "your deck: {file}"),
    "home.origin.file": ("Datei: {file}", "file: {file}"),
    "home.nothing_due": (
        "In „{deck}“ ist heute nichts fällig – freies Üben (der Plan bleibt unverändert).",
        "Nothing is due in “{deck}” today – free practice (the schedule stays as it is).",
    ),
    "home.empty_deck": ("„{deck}“ hat keine Karten.", "“{deck}” has no cards."),
    # start dialog
    "start.title": ("Lernen starten", "Start studying"),
    "start.counts": ("{due} fällig · {new} neu · {cards}", "{due} due · {new} new · {cards}"),
    "start.mode": ("Modus (l/p/e)", "Mode (l/p/e)"),
    "start.style": ("Stil (t/c/f)", "Style (t/c/f)"),
    "start.go": ("Enter: Starten · Esc: Abbrechen", "Enter: start · Esc: cancel"),
    # question
    "q.progress": ("Frage {number} von {total}", "Question {number} of {total}"),
    "q.progress_short": ("{number}/{total}", "{number}/{total}"),
    "q.repeats": ("{count} Wiederholungen", "{count} repeats"),
    "q.repeats_one": ("1 Wiederholung", "1 repeat"),
    "q.repeats_short": ("+{count}", "+{count}"),
    "q.points": ("{count} Punkte", "{count} points"),
    "q.points_one": ("1 Punkt", "1 point"),
    "q.streak": ("Serie {streak}", "Streak {streak}"),
    "q.new": ("neu", "new"),
    "q.again": ("noch einmal", "once more"),
    "q.placeholder": ("Deine Antwort – Enter zum Prüfen", "Your answer – Enter to check"),
    "q.empty_answer": (
        "Bitte eine Antwort eingeben – oder Strg+S zum Überspringen.", "Type an answer – or Ctrl+S to skip."
    ),
    "q.hint": ("Tipp: {hint}", "Hint: {hint}"),
    "q.hint_cost": ("−{count} Punkte", "−{count} points"),
    "q.hint_cost_one": ("−1 Punkt", "−1 point"),
    "q.no_more_hints": ("Keine weiteren Tipps.", "No more hints."),
    "q.nothing_to_undo": ("Nichts zum Rückgängigmachen.", "Nothing to undo."),
    "q.undone": ("Letzte Antwort zurückgenommen.", "Last answer taken back."),
    "q.flip_prompt": ("Leertaste: Antwort zeigen", "Space: show the answer"),
    "q.flip_answer": ("Antwort: {answer}", "Answer: {answer}"),
    "q.flip_rate": ("Wie gut wusstest du es?", "How well did you know it?"),
    "q.rate.wrong": ("Nicht gewusst", "Didn't know"),
    "q.rate.almost": ("Fast", "Almost"),
    "q.rate.correct": ("Gewusst", "Knew it"),
    "q.choose_prompt": ("Wähle mit 1–{last} oder ↑ ↓ und Enter", "Choose with 1–{last} or ↑ ↓ and Enter"),
    "q.typed_fallback": (
        "Für diese Frage gibt es keine Auswahl – bitte eintippen.",
        "No options for this question – please type the answer.",
    ),
    # feedback
    "fb.correct": ("✓ Richtig!", "✓ Correct!"),
    "fb.almost": ("≈ Fast richtig", "≈ Almost"),
    "fb.wrong": ("✗ Leider falsch", "✗ Not quite"),
    "fb.wrong_answer": ("✗ Falsch. Richtig: {answer}", "✗ Wrong. Correct: {answer}"),
    "fb.skipped": ("→ Übersprungen", "→ Skipped"),
    "fb.overridden": ("✓ Als richtig gezählt", "✓ Counted as correct"),
    "fb.points": ("+{count} Punkte", "+{count} points"),
    "fb.points_one": ("+1 Punkt", "+1 point"),
    "fb.streak": ("Serie {streak}", "streak {streak}"),
    "fb.given": ("Deine Antwort", "Your answer"),
    "fb.nothing_given": ("(keine)", "(none)"),
    "fb.spelling": ("Richtig geschrieben", "Correct spelling"),
    "fb.answer": ("Richtige Antwort", "Correct answer"),
    "fb.also": ("Auch richtig", "Also accepted"),
    "fb.source": ("Quelle", "Source"),
    "fb.quoted": ("„{text}“", "“{text}”"),
    "fb.article": ("Artikel", "Article"),
    "fb.article_key": ("(a: lesen)", "(a: read)"),
    "fb.explanation": ("Erklärung", "Explanation"),
    "fb.next_due": ("Nächste Wiederholung", "Next review"),
    "fb.cannot_override": (
        "Diese Antwort zählt schon oder kann nicht geändert werden.", "This answer cannot be changed."
    ),
    "fb.last": ("Enter: Ergebnis ansehen", "Enter: see the result"),
    "fb.next": ("Enter: nächste Frage", "Enter: next question"),
    "due.minutes": ("in {n} Min.", "in {n} min"),
    "due.hours": ("in {n} Std.", "in {n} h"),
    "due.days": ("in {n} Tagen", "in {n} days"),
    "due.tomorrow": ("morgen", "tomorrow"),
    # summary
    "sum.title": ("Geschafft!", "Done!"),
    "sum.title_partial": ("Sitzung beendet", "Session ended"),
    "sum.title_perfect": ("Perfekt – alles richtig!", "Perfect – all correct!"),
    "sum.score": ("Punkte", "Points"),
    "sum.accuracy": ("Treffer", "Accuracy"),
    "sum.answered": ("Beantwortet", "Answered"),
    "sum.repeats": ("Wiederholt", "Repeated"),
    "sum.time": ("Zeit", "Time"),
    "sum.best_streak": ("Beste Serie", "Best streak"),
    "sum.of": ("{value} von {total}", "{value} of {total}"),
    "sum.by_kind": ("Nach Art", "By kind"),
    "sum.col.kind": ("Art", "Kind"),
    "sum.col.correct": ("Richtig", "Correct"),
    "sum.col.almost": ("Fast", "Almost"),
    "sum.col.wrong": ("Falsch", "Wrong"),
    "sum.col.rate": ("Quote", "Rate"),
    "sum.missed": ("Verpasst ({count})", "Missed ({count})"),
    "sum.col.question": ("Frage", "Question"),
    "sum.col.answer": ("Antwort", "Answer"),
    "sum.col.given": ("Deine Antwort", "Your answer"),
    "sum.none_missed": ("Nichts verpasst.", "Nothing missed."),
    "sum.practise_hint": ("p: die verpassten Karten gleich noch einmal üben", "p: practise the missed cards right now"),
    "sum.nothing_missed": ("Keine verpassten Karten zum Üben.", "No missed cards to practise."),
    # stats
    "stats.title": ("Statistik", "Statistics"),
    "stats.tab.history": ("Verlauf", "History"),
    "stats.tab.calendar": ("Kalender", "Calendar"),
    "stats.tab.forecast": ("Vorschau", "Forecast"),
    "stats.tab.hardest": ("Schwierig", "Hardest"),
    "stats.tab.kinds": ("Nach Art", "By kind"),
    "stats.reviews": ("Wiederholungen pro Tag", "Reviews per day"),
    "stats.accuracy": ("Trefferquote in %", "Accuracy in %"),
    "stats.forecast": ("Fällige Karten in den nächsten 14 Tagen", "Cards due in the next 14 days"),
    "stats.calendar": ("Lerntage der letzten {weeks} Wochen", "Study days of the last {weeks} weeks"),
    "stats.streak": ("Lernserie: {days} Tage in Folge", "Study streak: {days} days in a row"),
    "stats.streak_one": ("Lernserie: 1 Tag", "Study streak: 1 day"),
    "stats.less": ("weniger", "less"),
    "stats.more": ("mehr", "more"),
    "stats.empty": ("Noch keine Wiederholungen – lerne ein Deck, dann erscheinen hier Kurven.",
                    "No reviews yet – study a deck and the charts appear here."),
    "stats.no_missed": ("Noch keine schwierigen Karten: bisher wurde nichts verpasst.",
                        "No hard cards yet: nothing has been missed so far."),
    "stats.col.card": ("Karte", "Card"),
    "stats.col.misses": ("Fehler", "Misses"),
    "stats.col.reviews": ("Versuche", "Tries"),
    "stats.col.kind": ("Art", "Kind"),
    "stats.col.rate": ("Quote", "Rate"),
    "stats.today": ("heute", "today"),
    "stats.failed": ("Statistik nicht verfügbar: {error}", "Statistics unavailable: {error}"),
    # article
    "article.title": ("Artikel: {name}", "Article: {name}"),
    "article.missing": ("Der Artikel „{name}“ wurde nicht gefunden.", "The article “{name}” was not found."),
    "article.none": ("Zu dieser Karte gibt es keinen Artikel.", "This card has no article."),
    "article.legend": ("Hervorgehoben: die Fakten, nach denen das Deck fragt.",
                       "Highlighted: the facts the deck asks about."),
    # help
    "help.title": ("Hilfe", "Help"),
    "help.keys_here": ("Tasten auf diesem Bildschirm", "Keys on this screen"),
    "help.keys_everywhere": ("Überall", "Everywhere"),
    "help.close": ("Esc oder F1 schließt die Hilfe", "Esc or F1 closes help"),
    "help.about": (
        "Antworten werden sofort nach dem Prüfen gespeichert – Beenden (Strg+Q, Strg+C) verliert nichts. "
        "Fast richtige Antworten (kleine Tippfehler) zählen halb; „Ich hatte recht“ korrigiert eine strenge Bewertung.",
        "Answers are saved the moment they are checked – quitting (Ctrl+Q, Ctrl+C) loses nothing. "
        "Almost-right answers (small typos) count half; “I was right” corrects a strict verdict.",
    ),
}

CATALOGUE: dict[str, dict[str, str]] = {key: {"de": de, "en": en} for key, (de, en) in _ENTRIES.items()}


def default_language() -> str:
    """German or English from the environment's locale; German otherwise."""
    for variable in ("QUIZ_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "en" if value.lower().startswith("en") else "de"
    code = (locale.getlocale()[0] or "").lower()
    return "en" if code.startswith("en") else "de"


def short_date(day: date, lang: str) -> str:
    """A day of the coming or the last few weeks, without its year: 24.11. in German, 11/24 in English."""
    return f"{day.day}.{day.month}." if lang == "de" else f"{day.month}/{day.day}"


def t(key: str, lang: str = "de", **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``{placeholders}`` filled in.

    A value that is a :class:`~quiz.messages.Message` (a deck problem, a store
    error or notice) is said in ``lang`` too, so no line mixes two languages.
    """
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["de"]
    if not values:
        return text
    return text.format(**{name: v.render(lang) if isinstance(v, Message) else v for name, v in values.items()})


def tn(key: str, count: int, lang: str = "de", **values: object) -> str:
    """The text for ``key`` counting ``count`` things: ``key_one`` for one where the catalogue has it.

    ``{count}`` in the text is the number: "1 Karte", "3 Karten"; "1 card", "3 cards".
    """
    one = f"{key}_one"
    return t(one if count == 1 and one in CATALOGUE else key, lang, count=count, **values)
