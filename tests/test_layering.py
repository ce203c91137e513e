"""The architecture holds: data flows one way and only the app imports Textual."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import quiz

UI_MODULES = ("quiz.tui", "quiz.cli", "quiz.__main__")
PROJECT = Path(__file__).resolve().parent.parent


def headless_modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(quiz.__path__, "quiz.")]
    return sorted(n for n in names if not n.startswith(UI_MODULES))


def test_there_are_headless_modules_to_check() -> None:
    names = headless_modules()
    assert {"quiz.models", "quiz.deck", "quiz.matching", "quiz.paths"} <= set(names)


def test_no_headless_module_imports_textual() -> None:
    script = (
        "import importlib, sys\n"
        f"for name in {headless_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "    ui = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'textual_plotext'))\n"
        "    if ui:\n"
        "        print(name, 'pulls in', ui[0]); sys.exit(1)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_are_kept() -> None:
    from importlinter.cli import lint_imports

    cwd = os.getcwd()
    os.chdir(PROJECT)
    try:
        status = lint_imports(no_cache=True, no_logo=True)
    finally:
        os.chdir(cwd)
    assert status == 0
