"""What ``quiz check`` and Home say about a deck file, in German and English.

Keyed by a problem's stable code (``Problem.code``); used through
:class:`quiz.messages.Message`. The English texts are the ones quiz has always
printed: tests and users' scripts match them, so change them only on purpose.
The German ones are written for teachers: field names and YAML stay as typed
(``'answer'``, ``kind: number``, ``___``), the rest is plain German.

``found.*`` and ``did_you_mean`` are parts of other messages; ``where.*`` and
``warning`` build the start of a problem's line (``Karte 3 ('wien')``).
"""

from __future__ import annotations

# code: (German, English)
PROBLEMS: dict[str, tuple[str, str]] = {
    # where a problem is
    "where.card": ("Karte {number}", "card {number}"),
    "where.card_named": ("Karte {number} ({id!r})", "card {number} ({id!r})"),
    "warning": ("Warnung", "warning"),
    # what was found where something else belongs
    "found.text": ("Text", "text"),
    "found.list": ("eine Liste", "a list"),
    "found.mapping": ("eine Zuordnung", "a mapping"),
    "found.nothing": ("leer", "nothing"),
    "did_you_mean": ("; meintest du {name!r}?", "; did you mean {name!r}?"),
    # the deck as a whole
    "deck_empty": (
        "ein Deck muss eine Zuordnung mit 'title' und 'cards' sein, aber die Datei ist leer",
        "a deck must be a mapping with 'title' and 'cards', but the file is empty",
    ),
    "deck_is_list": (
        "ein Deck muss eine Zuordnung mit 'title' und 'cards' sein, aber die Datei ist eine Liste",
        "a deck must be a mapping with 'title' and 'cards', but the file is a list",
    ),
    "deck_is_text": (
        "ein Deck muss eine Zuordnung mit 'title' und 'cards' sein, aber die Datei ist reiner Text ohne YAML-Felder",
        "a deck must be a mapping with 'title' and 'cards', but the file is plain text, not YAML mappings",
    ),
    "format_unsupported": (
        "'format' ist {value!r}; diese Version von quiz liest Format {supported}",
        "'format' is {value!r}; this version of quiz reads format {supported}",
    ),
    "id_invalid": (
        "{field!r} darf nur Buchstaben, Ziffern und . : _ - enthalten",
        "{field!r} may hold only letters, digits and . : _ -",
    ),
    "language_invalid": (
        "'language' muss ein Sprachkürzel wie de oder en sein, nicht {value!r}",
        "'language' must be a language code like de or en, not {value!r}",
    ),
    "retention_range": ("'retention' muss zwischen 0,5 und 0,99 liegen", "'retention' must be between 0.5 and 0.99"),
    "cards_not_list": (
        "'cards' muss eine Liste von Karten sein, ist aber {found}",
        "'cards' must be a list of cards, not {found}",
    ),
    "unknown_deck_field": ("unbekanntes Feld {key!r} im Deck{hint}", "unknown deck field {key!r}{hint}"),
    # cards
    "card_not_mapping": (
        "eine Karte muss eine Zuordnung von Feldern sein, ist aber {found}",
        "a card must be a mapping of fields, not {found}",
    ),
    "duplicate_card_id": ("'id' kommt doppelt vor (auch in Karte {first})", "duplicate id (card {first} has it too)"),
    "unknown_card_field": ("unbekanntes Feld {key!r} in der Karte{hint}", "unknown card field {key!r}{hint}"),
    "unknown_source_field": ("unbekanntes Feld {key!r} in 'source'{hint}", "unknown source field {key!r}{hint}"),
    "no_prompt": ("braucht 'question' oder 'cloze'", "needs a 'question' or a 'cloze'"),
    "question_and_cloze": (
        "hat 'question' und 'cloze'; behalte nur eines davon", "has both 'question' and 'cloze'; keep one"
    ),
    "cloze_without_blank": (
        "'cloze' hat keine Lücke; markiere sie mit ___", "'cloze' has no blank; mark it with ___"
    ),
    "kind_invalid": (
        "'kind' muss eines von {allowed} sein, nicht {value!r}", "'kind' must be one of {allowed}, not {value!r}"
    ),
    "tolerance_negative": ("'tolerance' darf nicht negativ sein", "'tolerance' cannot be negative"),
    "tolerance_not_number": (
        "'tolerance' gilt nur für Karten mit kind: number", "'tolerance' only applies to number cards"
    ),
    "choice_is_answer": (
        "Auswahl {choice!r} gilt auch als richtige Antwort", "choice {choice!r} is also an accepted answer"
    ),
    "choice_repeated": ("Auswahl {choice!r} steht zweimal in der Liste", "choice {choice!r} is listed twice"),
    "source_not_mapping": (
        "'source' muss eine Zuordnung mit 'article' und 'sentence' sein",
        "'source' must be a mapping with 'article' and 'sentence'",
    ),
    # fields
    "missing_field": ("{field!r} fehlt", "{field!r} is missing"),
    "empty_field": ("{field!r} ist leer", "{field!r} is empty"),
    "not_text": ("{field!r} muss Text sein, ist aber {found}", "{field!r} must be text, not {found}"),
    "unquoted_colon": (
        "{field!r} muss Text sein, ist aber eine Zuordnung (setze Text mit ': ' in Anführungszeichen)",
        "{field!r} must be text, not a mapping (put text that holds ': ' in quotes)",
    ),
    "not_number": ("{field!r} muss eine Zahl sein, nicht {value!r}", "{field!r} must be a number, not {value!r}"),
    "not_list": (
        "{field!r} muss eine Liste von Texten sein, ist aber eine Zuordnung",
        "{field!r} must be a list of text, not a mapping",
    ),
    "entry_not_text": (
        "jeder Eintrag in {field!r} muss Text sein, einer ist aber {found}",
        "every entry of {field!r} must be text, not {found}",
    ),
    "empty_entry": ("{field!r} hat einen leeren Eintrag", "{field!r} has an empty entry"),
    "tags_empty": (
        "'tags' ist leer; entferne es oder trage Schlagwörter ein", "'tags' is empty; remove it or add tags"
    ),
    # reading the file (quiz/yamltree.py)
    "file_too_large": (
        "Datei ist zu groß ({size:.1f} MB; Grenze {limit} MB)",
        "file is too large ({size:.1f} MB; the limit is {limit} MB)",
    ),
    "no_such_file": ("Datei nicht gefunden", "no such file"),
    "is_folder": ("ist ein Ordner, keine Datei", "is a folder, not a file"),
    "permission_denied": ("keine Berechtigung zum Lesen", "permission denied"),
    "cannot_read": ("Datei kann nicht gelesen werden ({reason})", "cannot read the file ({reason})"),
    "binary": ("keine Textdatei (sie enthält Binärdaten)", "not a text file (it contains binary data)"),
    "not_utf8": (
        "kein gültiges UTF-8 (Byte 0x{byte}); speichere die Datei als UTF-8",
        "not valid UTF-8 (byte 0x{byte}); save the file as UTF-8",
    ),
    # YAML (quiz/yamltree.py)
    "yaml_tab": (
        "kein gültiges YAML: Tabulator zur Einrückung verwendet; YAML braucht Leerzeichen",
        "not valid YAML: a tab is used for indentation; YAML needs spaces",
    ),
    "yaml_colon_in_value": (
        "kein gültiges YAML: ': ' mitten in einem Wert; setze den ganzen Wert in Anführungszeichen",
        "not valid YAML: ': ' inside a value; put the whole value in quotes",
    ),
    "yaml_indented_further": (
        "kein gültiges YAML: diese Zeile ist weiter eingerückt als die Zeile, zu der sie gehört",
        "not valid YAML: this line is indented further than the line it belongs to",
    ),
    "yaml_not_lined_up": (
        "kein gültiges YAML: diese Zeile steht nicht bündig mit den Zeilen darüber; prüfe die Leerzeichen am Anfang",
        "not valid YAML: this line does not line up with the lines above it; check the spaces at its start",
    ),
    "yaml_unclosed_quote": (
        "kein gültiges YAML: dieses Anführungszeichen wird nie geschlossen",
        "not valid YAML: this quote is never closed",
    ),
    "yaml_special_start": (
        "kein gültiges YAML: ein Wert kann nicht mit {char!r} beginnen; setze ihn in Anführungszeichen",
        "not valid YAML: a value cannot start with {char!r}; put it in quotes",
    ),
    "yaml_no_colon": (
        "kein gültiges YAML: diese Zeile ist weder 'Name: Wert' noch '- Eintrag'",
        "not valid YAML: this line is neither 'name: value' nor '- item'",
    ),
    "yaml_flow_unclosed": (
        "kein gültiges YAML: eine Liste in [ ] oder { } ist nicht richtig geschlossen; "
        "setze Einträge mit ',' oder ':' in Anführungszeichen",
        "not valid YAML: a list in [ ] or { } is not closed properly; put entries holding ',' or ':' in quotes",
    ),
    "yaml_dash_in_flow": (
        "kein gültiges YAML: ein '- '-Eintrag in [ ] oder { }; trenne Einträge dort mit Kommas "
        "oder schreibe die Liste ohne Klammern als '- '-Zeilen",
        "not valid YAML: a '- ' item inside [ ] or { }; separate entries there with commas, "
        "or write the list without brackets as '- ' lines",
    ),
    "yaml_block_header": (
        "kein gültiges YAML: nach '|' oder '>' darf nur '-' oder '+' stehen; der Text beginnt in der nächsten Zeile",
        "not valid YAML: only '-' or '+' may follow '|' or '>'; the text starts on the next line",
    ),
    "yaml_after_quote": (
        "kein gültiges YAML: Text nach dem schließenden Anführungszeichen; setze den ganzen Wert in Anführungszeichen",
        "not valid YAML: text after the closing quote; put the whole value in quotes",
    ),
    "yaml_bad_escape": (
        "kein gültiges YAML: ein '\\' in doppelten Anführungszeichen leitet einen Code ein, den es nicht gibt; "
        "nimm einfache Anführungszeichen oder schreibe '\\\\'",
        "not valid YAML: a '\\' inside double quotes starts a code YAML does not know; "
        "use single quotes, or write '\\\\' for a backslash",
    ),
    "yaml_syntax": ("kein gültiges YAML: {problem}", "not valid YAML: {problem}"),
    "yaml_syntax_context": ("kein gültiges YAML: {problem} ({context})", "not valid YAML: {problem} ({context})"),
    "yaml_invalid": ("kein gültiges YAML ({error})", "not valid YAML ({error})"),
    "too_deep": ("Verschachtelung tiefer als {limit} Ebenen", "nesting is deeper than {limit} levels"),
    "unknown_alias": ("unbekannter Alias *{name}", "unknown alias *{name}"),
    "several_documents": (
        "nur ein YAML-Dokument pro Datei ist erlaubt", "only one YAML document per file is allowed"
    ),
    "too_many_anchors": ("mehr als {limit} Anker", "more than {limit} anchors"),
    "key_not_plain": ("ein Schlüssel muss ein einfacher Name sein", "a key must be a plain name"),
    "duplicate_key": (
        "Schlüssel {key!r} kommt doppelt vor (zuerst in Zeile {first})", "duplicate key {key!r} (first at line {first})"
    ),
    "tag_not_allowed": (
        "Tag {tag} ist nicht erlaubt; Deck-Dateien enthalten nur Text, Listen und Zuordnungen",
        "tag {tag} is not allowed; deck files hold only text, lists and mappings",
    ),
}
