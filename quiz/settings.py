"""Preferences kept between runs in a small JSON file in the data folder (the interface language).

The ``quiz`` command reads it before it knows whether it will open the app (its
messages follow the language chosen with F2), so it is a plain file, not the
progress database. Settings are a convenience: a file that is missing,
unreadable or not what we wrote reads as no settings, and a folder that cannot
be written keeps the choice for this run only. Neither ever stops a command.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

SETTINGS_NAME = "settings.json"
LANG = "lang"


def settings_path(folder: Path) -> Path:
    """The settings file in the data folder ``folder``."""
    return folder / SETTINGS_NAME


def read_settings(folder: Path) -> dict[str, str]:
    """Every setting saved in ``folder`` (text values only); empty when there is no usable file."""
    try:
        data = json.loads(settings_path(folder).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(key): value for key, value in data.items() if isinstance(value, str)}


def read_setting(folder: Path, key: str) -> str | None:
    return read_settings(folder).get(key)


def save_setting(folder: Path, key: str, value: str) -> bool:
    """Save one setting beside the others; False when the folder cannot be written.

    Written to a temporary file and renamed over the old one, so a crash never leaves half a file.
    """
    settings = read_settings(folder)
    if settings.get(key) == value and settings_path(folder).is_file():
        return True
    settings[key] = value
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(settings, file, ensure_ascii=False, indent=2, sort_keys=True)
                file.write("\n")
            os.replace(temporary, settings_path(folder))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True
