"""Shared test setup: never touch the real user folders."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("QUIZ_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _private_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Progress and settings (the saved language) of the machine's user never leak into a test."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("QUIZ_DATA_DIR", str(folder))
    return folder
