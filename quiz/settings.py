"""Preferences kept between runs in a small text file in the data folder (the interface language).

The ``quiz`` command reads it before it knows whether it will open the app (its
messages follow the language chosen with F2), so it is a plain file, not the
progress database, and one line per setting (``lang = en``): reading it costs
no import on the way to the first question. Settings are a convenience: a file
that is missing, unreadable or not what we wrote reads as no settings (callers
check the values they get), and a folder that cannot be written keeps the
choice for this run only. Neither ever stops a command.
"""

from __future__ import annotations

import os
from pathlib import Path

SETTINGS_NAME = "settings.txt"
LANG = "lang"
HEADER = "# quiz settings, one per line: name = value\n"


def settings_path(folder: Path) -> Path:
    """The settings file in the data folder ``folder``."""
    return folder / SETTINGS_NAME


def read_settings(folder: Path) -> dict[str, str]:
    """Every setting saved in ``folder`` (empty when there is no readable file); other lines are skipped."""
    try:
        text = settings_path(folder).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    settings: dict[str, str] = {}
    for line in text.splitlines():
        name, equals, value = line.partition("=")
        name, value = name.strip(), value.strip()
        if equals and name.isidentifier() and value.isprintable():
            settings[name] = value
    return settings


def read_setting(folder: Path, key: str) -> str | None:
    return read_settings(folder).get(key)


def save_setting(folder: Path, key: str, value: str) -> bool:
    """Save one setting beside the others; False when the folder cannot be written.

    Written to a temporary file and renamed over the old one, so a crash never leaves half a file.
    """
    if not key.isidentifier() or not value.isprintable() or value != value.strip():
        raise ValueError(f"not a setting: {key!r} = {value!r}")
    settings = read_settings(folder)
    if settings.get(key) == value:
        return True
    settings[key] = value
    text = HEADER + "".join(f"{name} = {settings[name]}\n" for name in sorted(settings))
    import tempfile  # only when the learner changes something

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(text)
            os.replace(temporary, settings_path(folder))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True
