"""Opening the progress database file safely.

A file we cannot use is never overwritten: one that is damaged, not a
database, or written by a newer quiz is renamed with a timestamp (its ``-wal``
and ``-shm`` companions with it) and a new database is started. Folders that
are missing or read-only give a one-line :class:`StoreError`.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from datetime import datetime
from pathlib import Path

from quiz import paths
from quiz.messages import Message, OneLineMessage, Param
from quiz.store_migrations import APPLICATION_ID, SCHEMA_VERSION, migrate

SQLITE_HEADER = b"SQLite format 3\x00"
QUICK_CHECK_LIMIT = 64 * 1024 * 1024
"""Files up to this size get a full ``PRAGMA quick_check`` on opening (a few ms per MB); bigger
ones only after damage showed while they were in use (see :data:`CHECK_MARK`)."""
CHECK_MARK = ".check"
"""Left beside the database when SQLite reported damage in use, so the next opening checks it in full."""
BUSY_TIMEOUT_S = 10.0
SYNCHRONOUS = "NORMAL"
"""WAL + NORMAL: a committed answer survives any crash of the app; only a power cut may lose the last ones."""
COMPANIONS = ("-wal", "-shm")
CHECKPOINT_IDLE_S = 0.5
CHECKPOINT_WRITES = 5_000
CHECKPOINT_POLL_S = 0.1


def store_message(code: str, /, **params: Param) -> Message:
    """A one-line message about the database (see :mod:`quiz.store_messages`), sayable in German and English."""
    return OneLineMessage(f"store.{code}", **params)


class StoreError(Exception):
    """The progress database cannot be used; the message is one line for the user.

    Made with :func:`store_message`, ``str(error)`` is the English line that
    still knows its :attr:`code`: :meth:`render` (and :func:`quiz.i18n.t`) say
    it in German. A plain string is kept as it is.
    """

    def __init__(self, message: str) -> None:
        self.message: str = message if isinstance(message, Message) else " ".join(message.split())
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    @property
    def code(self) -> str | None:
        return self.message.key.removeprefix("store.") if isinstance(self.message, Message) else None

    def render(self, lang: str) -> str:
        """The message in ``lang``."""
        return self.message.render(lang) if isinstance(self.message, Message) else self.message

    @classmethod
    def of(cls, code: str, /, **params: Param) -> StoreError:
        return cls(store_message(code, **params))

    @classmethod
    def from_sqlite(cls, error: sqlite3.Error, path: Path) -> StoreError:
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            return cls.of("busy", path=str(path))
        if "readonly" in text or "read-only" in text:
            return cls.of("read_only", path=str(path))
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            try:
                Path(f"{path}{CHECK_MARK}").touch()
            except OSError:
                pass  # the message still says what to do
            return cls.of("damaged", path=str(path))
        if "disk" in text or "full" in text:
            return cls.of("disk", path=str(path), error=str(error))
        return cls.of("failed", path=str(path), error=str(error))


def prepare(path: Path) -> tuple[sqlite3.Connection, list[Message]]:
    """A connection to a usable, migrated database at ``path``, and notices for the user."""
    _check_folder(path)
    notices: list[Message] = []
    problem = diagnose(path)
    if problem is not None:
        notices.append(_set_aside(path, problem))
    try:
        return _connect(path), notices
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and not _is_damage(error):
            raise StoreError.from_sqlite(error, path) from error
        # Damage that only showed once we read further: set it aside once and start again.
        notices.append(_set_aside(path, store_message("file.damaged")))
        try:
            return _connect(path), notices
        except sqlite3.Error as again:
            raise StoreError.from_sqlite(again, path) from again


def diagnose(path: Path) -> Message | None:
    """Why the file at ``path`` cannot be used as our database ("is damaged"), or None if it can (or does not exist)."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return None
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError.of("cannot_read", path=str(path), reason=str(error.strerror)) from error
    if header != SQLITE_HEADER:
        return store_message("file.not_database")
    try:
        # Read-only, so looking never changes the file or its journal (a closing
        # read-write connection may checkpoint and delete the -wal file).
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                     timeout=BUSY_TIMEOUT_S)  # fmt: skip
    except sqlite3.Error:
        return store_message("file.damaged")
    try:
        app_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and (version or tables)):
            return store_message("file.foreign")
        if version > SCHEMA_VERSION:
            return store_message("file.newer", version=version, supported=SCHEMA_VERSION)
        mark = Path(f"{path}{CHECK_MARK}")
        if path.stat().st_size <= QUICK_CHECK_LIMIT or mark.exists():
            result = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
            if result != "ok":
                return store_message("file.damaged")
            mark.unlink(missing_ok=True)
    except sqlite3.OperationalError as error:
        if _is_damage(error):
            return store_message("file.damaged")
        raise StoreError.from_sqlite(error, path) from error
    except sqlite3.DatabaseError:
        return store_message("file.damaged")
    finally:
        connection.close()
    return None


def _is_damage(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return any(word in text for word in ("malformed", "not a database", "corrupt", "unsupported file format"))


def _check_folder(path: Path) -> None:
    folder = path.parent
    hint = store_message("hint", env=paths.DATA_DIR_ENV)
    if folder.exists() and not folder.is_dir():
        raise StoreError.of("folder_is_file", folder=str(folder), hint=hint)
    if not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError.of(
                "cannot_create_folder", folder=str(folder), reason=str(error.strerror), hint=hint
            ) from error
    if path.is_dir():
        raise StoreError.of("path_is_folder", path=str(path), hint=hint)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError.of("folder_read_only", folder=str(folder), hint=hint)
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StoreError.of("file_read_only", path=str(path), hint=hint)


def _set_aside(path: Path, problem: Message) -> Message:
    """Rename the unusable file (and its journal files) with a timestamp; the notice for the user."""
    reason = {"store.file.newer": "newer", "store.file.damaged": "damaged"}.get(problem.key, "unknown")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    number = 2
    while target.exists():
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{number}")
        number += 1
    Path(f"{path}{CHECK_MARK}").unlink(missing_ok=True)
    try:
        os.replace(path, target)
        for suffix in COMPANIONS:
            companion = Path(f"{path}{suffix}")
            if companion.exists():
                os.replace(companion, Path(f"{target}{suffix}"))
    except OSError as error:
        short = store_message("file.newer_short") if reason == "newer" else problem
        raise StoreError.of("cannot_move", path=str(path), problem=short, reason=str(error.strerror)) from error
    return store_message("moved_aside", path=str(path), problem=problem, target=target.name)


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    try:
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        connection.execute("PRAGMA journal_mode = WAL").fetchone()
        connection.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
        connection.execute("PRAGMA wal_autocheckpoint = 0")  # see Checkpointer
        connection.execute("PRAGMA foreign_keys = ON")
        migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


class Checkpointer:
    """Copies committed answers from the WAL into the database file, in the background, when idle.

    SQLite would otherwise do this inside whichever commit crosses 1,000 WAL
    pages, making that answer wait 10 to 60 ms for the file to be synced. Our
    connection turns automatic checkpoints off; this thread, with its own
    connection, runs a passive checkpoint (it never blocks readers or writers)
    once no answer has been written for :data:`CHECKPOINT_IDLE_S`, which is
    while the learner reads the feedback, or after :data:`CHECKPOINT_WRITES`
    writes in a row without a pause.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stop = threading.Event()
        self._last_write = 0.0
        self._writes = 0
        self._thread = threading.Thread(target=self._run, name="quiz-checkpoint", daemon=True)
        self._thread.start()

    def wrote(self) -> None:
        """Note a committed write (called by the store after each transaction)."""
        self._last_write = time.monotonic()
        self._writes += 1

    def _due(self) -> bool:
        if not self._writes:
            return False
        return self._writes >= CHECKPOINT_WRITES or time.monotonic() - self._last_write >= CHECKPOINT_IDLE_S

    def _run(self) -> None:
        try:
            connection = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        except sqlite3.Error:
            return
        try:
            while not self._stop.wait(CHECKPOINT_POLL_S):
                if self._due():
                    self._writes = 0
                    try:
                        connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                    except sqlite3.Error:
                        self._writes += 1  # busy or gone: try again next round (closing catches up too)
        finally:
            connection.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
