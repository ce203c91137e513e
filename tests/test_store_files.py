"""Files the store cannot use: moved aside with a timestamp and a clear message, never overwritten."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from quiz import paths
from quiz.store import Store, StoreError
from quiz.store_files import SQLITE_HEADER, diagnose
from quiz.store_migrations import SCHEMA_VERSION
from tests.test_session import make_deck


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "progress.sqlite3"


def set_aside(folder: Path) -> list[Path]:
    """The database files moved aside (without their -wal and -shm companions)."""
    return sorted(
        p
        for p in folder.iterdir()
        if any(tag in p.name for tag in (".damaged-", ".newer-", ".unknown-")) and not p.name.endswith(("-wal", "-shm"))
    )


def assert_fresh_and_working(store: Store) -> None:
    deck = make_deck()
    assert store.overview([deck])[0].total == len(deck.cards)
    assert store.read("PRAGMA integrity_check")[0][0] == "ok"


def test_a_missing_folder_is_created(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a" / "b" / "progress.sqlite3") as store:
        assert store.path.exists() and store.notices == ()


def test_the_default_path_follows_quiz_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    with Store.open() as store:
        assert store.path == tmp_path / "elsewhere" / paths.DATABASE_NAME


def test_a_file_that_is_not_a_database_is_moved_aside(db_path: Path) -> None:
    db_path.write_text("meine Notizen\n" * 100, encoding="utf-8")
    with Store.open(db_path) as store:
        [notice] = store.notices
        assert "is not a database" in notice and "moved it to progress.sqlite3.unknown-" in notice
        assert_fresh_and_working(store)
    [moved] = set_aside(db_path.parent)
    assert moved.read_text(encoding="utf-8") == "meine Notizen\n" * 100
    assert moved.name in notice


def test_another_programs_database_is_moved_aside(db_path: Path) -> None:
    with sqlite3.connect(db_path) as other:
        other.execute("CREATE TABLE contacts (name TEXT)")
        other.execute("INSERT INTO contacts VALUES ('Ada')")
    other.close()
    with Store.open(db_path) as store:
        assert "is not a quiz progress database" in store.notices[0]
    [moved] = set_aside(db_path.parent)
    with sqlite3.connect(moved) as kept:
        assert kept.execute("SELECT name FROM contacts").fetchall() == [("Ada",)]
    kept.close()


def test_a_database_from_a_newer_quiz_is_moved_aside_with_advice(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.set_setting("lang", "en")
        store.read(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with Store.open(db_path) as store:
        [notice] = store.notices
        assert f"newer quiz (schema {SCHEMA_VERSION + 1}" in notice and "update quiz" in notice
        assert store.setting("lang") is None
    [moved] = set_aside(db_path.parent)
    assert ".newer-" in moved.name
    with sqlite3.connect(moved) as kept:
        assert kept.execute("SELECT value FROM settings").fetchall() == [("en",)]
    kept.close()


def damage(path: Path) -> None:
    """Scribble over the middle of the file, as a failing disk or a bad copy would."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = os.urandom(8192)
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_moved_aside(db_path: Path) -> None:
    with Store.open(db_path) as store:
        for n in range(300):
            store.set_setting(f"key-{n}", "x" * 200)
    assert db_path.stat().st_size > 30_000
    damage(db_path)
    assert diagnose(db_path) == "is damaged"
    with Store.open(db_path) as store:
        assert "is damaged" in store.notices[0]
        assert_fresh_and_working(store)
    assert len(set_aside(db_path.parent)) == 1


def test_a_damaged_first_page_is_moved_aside(db_path: Path) -> None:
    with Store.open(db_path):
        pass
    data = bytearray(db_path.read_bytes())
    data[16:100] = b"\xff" * 84  # valid magic, nonsense header fields
    db_path.write_bytes(bytes(data))
    with Store.open(db_path) as store:
        assert store.notices and "damaged" in store.notices[0]
        assert_fresh_and_working(store)


def test_the_journal_files_move_with_the_database(db_path: Path) -> None:
    db_path.write_bytes(SQLITE_HEADER + b"\x00" * 100)  # a header and nothing else: damaged
    Path(f"{db_path}-wal").write_bytes(b"old journal")
    Path(f"{db_path}-shm").write_bytes(b"\x00" * 32768)
    with Store.open(db_path) as store:
        assert store.notices
        assert_fresh_and_working(store)
    [moved] = set_aside(db_path.parent)
    assert Path(f"{moved}-wal").read_bytes() == b"old journal"
    assert Path(f"{moved}-shm").exists()  # the shared-memory index: rebuilt by SQLite, kept beside it


def test_moved_files_never_overwrite_each_other(db_path: Path) -> None:
    for n in range(3):
        db_path.write_text(f"kaputt {n}", encoding="utf-8")
        Store.open(db_path).close()
    moved = set_aside(db_path.parent)
    assert sorted(p.read_text(encoding="utf-8") for p in moved) == ["kaputt 0", "kaputt 1", "kaputt 2"]


def test_an_empty_file_becomes_a_new_database(db_path: Path) -> None:
    db_path.touch()
    with Store.open(db_path) as store:
        assert store.notices == ()
        assert_fresh_and_working(store)


def test_a_folder_where_the_data_folder_should_be_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file", encoding="utf-8")
    with pytest.raises(StoreError, match=r"is not a folder \(choose another with --data-dir") as caught:
        Store.open(tmp_path / "data" / "progress.sqlite3")
    assert "\n" not in str(caught.value)


def test_a_folder_in_place_of_the_database_is_a_clear_error(db_path: Path) -> None:
    db_path.mkdir()
    with pytest.raises(StoreError, match="is a folder, not a file"):
        Store.open(db_path)


def test_a_folder_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot create the data folder"):
        Store.open(blocker / "sub" / "progress.sqlite3")


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder an unprivileged user can reach (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="quiz-ro-", dir="/tmp"))
    folder.chmod(0o755)
    yield folder
    for path in sorted(folder.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    folder.rmdir()


def open_as_nobody(path: Path) -> str:
    """Try Store.open in a forked child that dropped root rights; the error message it got."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: no exec, so the already imported modules are used
        os.close(read_end)
        try:
            os.setgid(65534)
            os.setuid(65534)
            try:
                Store.open(path).close()
                message = "opened"
            except StoreError as error:
                message = f"StoreError: {error}"
            except BaseException as error:  # noqa: BLE001 - report anything to the parent
                message = f"{type(error).__name__}: {error}"
            os.write(write_end, message.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        message = pipe.read().decode()
    os.waitpid(pid, 0)
    return message


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to drop to an unprivileged user")
def test_a_read_only_folder_is_a_clear_error(shared_dir: Path) -> None:
    folder = shared_dir / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    message = open_as_nobody(folder / "progress.sqlite3")
    assert message.startswith("StoreError: cannot save progress: the folder") and "is read-only" in message
    assert not (folder / "progress.sqlite3").exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to drop to an unprivileged user")
def test_a_database_the_user_may_not_write_is_a_clear_error(shared_dir: Path) -> None:
    folder = shared_dir / "rw"
    folder.mkdir()
    with Store.open(folder / "progress.sqlite3") as store:
        store.set_setting("lang", "de")
    folder.chmod(0o777)
    message = open_as_nobody(folder / "progress.sqlite3")
    assert message.startswith("StoreError: cannot save progress:") and "read-only" in message
    with Store.open(folder / "progress.sqlite3") as store:
        assert store.setting("lang") == "de"


def test_damage_found_while_running_is_a_one_line_error(db_path: Path) -> None:
    error = sqlite3.DatabaseError("database disk image is malformed")
    message = str(StoreError.from_sqlite(error, db_path))
    assert "is damaged" in message and "\n" not in message
    assert "busy" in str(StoreError.from_sqlite(sqlite3.OperationalError("database is locked"), db_path))


def damage_table(path: Path, table: str) -> None:
    """Scribble over every page of one table (wherever the file's layout put them), as a failing disk would."""
    with sqlite3.connect(path) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        pages = [row[0] for row in db.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
    db.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        if page > 1:  # the first page holds the header and the schema: opening must still work
            start = (page - 1) * page_size
            data[start : start + page_size] = os.urandom(page_size)
    path.write_bytes(bytes(data))


def test_damage_seen_in_use_is_checked_and_set_aside_next_time(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import quiz.store_files

    monkeypatch.setattr(quiz.store_files, "QUICK_CHECK_LIMIT", 0)  # as for a big file: no full check on opening
    with Store.open(db_path) as store:
        for n in range(300):
            store.set_setting(f"key-{n}", "x" * 200)
    damage_table(db_path, "settings")
    with Store.open(db_path) as store:
        assert store.notices == ()  # not noticed yet
        with pytest.raises(StoreError, match="is damaged; restart quiz"):
            store.read("SELECT count(*), max(value) FROM settings")
    assert Path(f"{db_path}.check").exists()
    with Store.open(db_path) as store:
        assert "is damaged" in store.notices[0]
        assert_fresh_and_working(store)
    assert not Path(f"{db_path}.check").exists()
    assert len(set_aside(db_path.parent)) == 1


def test_a_sound_file_loses_its_check_mark(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import quiz.store_files

    monkeypatch.setattr(quiz.store_files, "QUICK_CHECK_LIMIT", 0)
    Store.open(db_path).close()
    Path(f"{db_path}.check").touch()
    with Store.open(db_path) as store:
        assert store.notices == ()
    assert not Path(f"{db_path}.check").exists()
