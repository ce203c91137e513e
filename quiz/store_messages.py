"""What quiz says about the progress database, in German and English.

Keyed by code (``StoreError.code``, the notices of :class:`quiz.store.Store`);
used through :class:`quiz.messages.Message`. The English texts are the ones
quiz has always printed. ``file.*`` say what is wrong with a database file and
``hint`` how to choose another folder: both are parts of other messages.
"""

from __future__ import annotations

# code: (German, English)
STORE: dict[str, tuple[str, str]] = {
    # parts of other messages
    "hint": ("wähle einen anderen mit --data-dir oder ${env}", "choose another with --data-dir or ${env}"),
    "file.not_database": ("ist keine Datenbank", "is not a database"),
    "file.foreign": ("ist keine Fortschrittsdatenbank von quiz", "is not a quiz progress database"),
    "file.damaged": ("ist beschädigt", "is damaged"),
    "file.newer": (
        "wurde von einem neueren quiz geschrieben (Schema {version}; dieses liest bis {supported}); "
        "aktualisiere quiz und benenne die Datei zurück, um diesen Fortschritt zu behalten",
        "was written by a newer quiz (schema {version}; this one reads up to {supported});"
        " update quiz and rename it back to keep that progress",
    ),
    "file.newer_short": ("wurde von einem neueren quiz geschrieben", "was written by a newer quiz"),
    # notices on opening
    "moved_aside": (
        "{path} {problem}; in {target} umbenannt und eine neue Fortschrittsdatenbank angelegt",
        "{path} {problem}; moved it to {target} and started a new progress database",
    ),
    # errors
    "cannot_move": (
        "{path} {problem} und konnte nicht beiseitegelegt werden: {reason}",
        "{path} {problem}, and it could not be moved aside: {reason}",
    ),
    "busy": (
        "die Fortschrittsdatenbank {path} ist belegt (ein anderes quiz verwendet sie); versuche es noch einmal",
        "the progress database {path} is busy (another quiz is using it); try again",
    ),
    "read_only": (
        "Fortschritt kann nicht gespeichert werden: {path} ist schreibgeschützt",
        "cannot save progress: {path} is read-only",
    ),
    "damaged": (
        "die Fortschrittsdatenbank {path} ist beschädigt; starte quiz neu, um sie beiseitezulegen und neu anzufangen",
        "the progress database {path} is damaged; restart quiz to set it aside and start afresh",
    ),
    "disk": (
        "Fortschritt kann nicht in {path} gespeichert werden: {error}", "cannot save progress to {path}: {error}"
    ),
    "failed": ("Fortschrittsdatenbank {path}: {error}", "progress database {path}: {error}"),
    "cannot_read": (
        "die Fortschrittsdatenbank {path} kann nicht gelesen werden: {reason}",
        "cannot read the progress database {path}: {reason}",
    ),
    "folder_is_file": (
        "Fortschritt kann nicht gespeichert werden: {folder} ist kein Ordner ({hint})",
        "cannot save progress: {folder} is not a folder ({hint})",
    ),
    "cannot_create_folder": (
        "der Datenordner {folder} kann nicht angelegt werden: {reason} ({hint})",
        "cannot create the data folder {folder}: {reason} ({hint})",
    ),
    "path_is_folder": (
        "Fortschritt kann nicht gespeichert werden: {path} ist ein Ordner, keine Datei ({hint})",
        "cannot save progress: {path} is a folder, not a file ({hint})",
    ),
    "folder_read_only": (
        "Fortschritt kann nicht gespeichert werden: der Ordner {folder} ist schreibgeschützt ({hint})",
        "cannot save progress: the folder {folder} is read-only ({hint})",
    ),
    "file_read_only": (
        "Fortschritt kann nicht gespeichert werden: {path} ist schreibgeschützt ({hint})",
        "cannot save progress: {path} is read-only ({hint})",
    ),
    "no_session": ("keine Sitzung {session} in {path}", "no session {session} in {path}"),
    "unknown_deck": (
        "kein Fortschritt für ein Deck mit dem Titel {deck!r} (Decks mit Fortschritt: {known})",
        "no progress for a deck titled {deck!r} (decks with progress: {known})",
    ),
}
