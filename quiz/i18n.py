"""All user-facing interface strings, in German and English.

One catalogue keeps screens from mixing languages: every string shown in the
app is looked up here with :func:`t`. Add a key with both translations.
"""

from __future__ import annotations

import locale
import os

LANGUAGES = ("de", "en")

CATALOGUE: dict[str, dict[str, str]] = {
    "app.title": {"de": "Quiz", "en": "Quiz"},
}


def default_language() -> str:
    """German or English from the environment's locale; German otherwise."""
    for variable in ("QUIZ_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "en" if value.lower().startswith("en") else "de"
    code = (locale.getlocale()[0] or "").lower()
    return "en" if code.startswith("en") else "de"


def t(key: str, lang: str = "de", **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["de"]
    return text.format(**values) if values else text
