"""Messages about the user's files, sayable in German and English.

A deck problem or a store error is made in the layer that finds it, long
before anyone knows which language the screen speaks. So it is kept as a
:class:`Message`: a catalogue key and its values, which :meth:`Message.render`
turns into text in any language. A Message *is* its English text (a ``str``),
so logs, tests and code that only wants a string keep working unchanged;
:func:`quiz.i18n.t` renders a Message passed as a value in the screen's
language.

The texts live in :mod:`quiz.problem_messages` (deck files),
:mod:`quiz.store_messages` (the progress database) and
:mod:`quiz.cli_messages` (what the ``quiz`` command prints).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeAlias

from quiz.cli_messages import CLI
from quiz.problem_messages import PROBLEMS
from quiz.store_messages import STORE

Param: TypeAlias = "str | int | float | Message"

MESSAGES: dict[str, dict[str, str]] = {
    f"{prefix}.{code}": {"de": de, "en": en}
    for prefix, entries in (("problem", PROBLEMS), ("store", STORE), ("cli", CLI))
    for code, (de, en) in entries.items()
}
"""Every message text by key (``problem.missing_field``, ``store.busy``, ``cli.interrupted``) and language."""

SOURCE_LANGUAGE = "en"


class _GermanNumber:
    """A number that formats itself with a decimal comma (``17,3``) and a dot between thousands."""

    __slots__ = ("value",)

    def __init__(self, value: int | float) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec).translate(_DECIMAL_COMMA)

    def __repr__(self) -> str:
        return repr(self.value)


_DECIMAL_COMMA = str.maketrans(".,", ",.")


def format_message(key: str, params: Mapping[str, Param], lang: str) -> str:
    """The text of ``key`` in ``lang`` (English if it has none) with ``params`` filled in.

    Raises KeyError for a key that is not in the catalogue: that is a bug, caught by the tests.
    """
    entry = MESSAGES[key]
    template = entry.get(lang) or entry[SOURCE_LANGUAGE]
    if not params:
        return template
    values: dict[str, object] = {}
    for name, value in params.items():
        if isinstance(value, Message):
            values[name] = value.render(lang)
        elif lang == "de" and isinstance(value, int | float) and not isinstance(value, bool):
            values[name] = _GermanNumber(value)
        else:
            values[name] = value
    return template.format_map(values)


class Message(str):
    """A catalogue key with its values; as a ``str`` it is the English text.

    Values may be text, numbers or other Messages (a clause or a word that is
    itself translated, like the type name in "must be text, not a list").
    """

    key: str
    _params: tuple[tuple[str, Param], ...]

    def __new__(cls, key: str, /, **params: Param) -> Self:
        self = super().__new__(cls, cls._format(key, params, SOURCE_LANGUAGE))
        self.key = key
        self._params = tuple(params.items())
        return self

    @classmethod
    def _format(cls, key: str, params: Mapping[str, Param], lang: str) -> str:
        return format_message(key, params, lang)

    @property
    def params(self) -> dict[str, Param]:
        return dict(self._params)

    def render(self, lang: str) -> str:
        """The message in ``lang`` ("de" or "en")."""
        if lang == SOURCE_LANGUAGE:
            return str.__str__(self)
        return self._format(self.key, self.params, lang)

    def __str__(self) -> str:
        return self  # keeps the key through str(): an exception's str() is still translatable

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Param]]:
        return (self.key,), self.params

    def to_data(self) -> dict[str, Any]:
        """Plain JSON-able data (for caches); :meth:`from_data` rebuilds the Message."""
        params = {name: v.to_data() if isinstance(v, Message) else v for name, v in self._params}
        return {"key": self.key, "params": params}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Message:
        params = {name: cls.from_data(v) if isinstance(v, dict) else v for name, v in data["params"].items()}
        return cls(data["key"], **params)


def localized(text: str, lang: str) -> str:
    """``text`` in ``lang`` if it is a :class:`Message`; any other string as it is."""
    return text.render(lang) if isinstance(text, Message) else str(text)


class OneLineMessage(Message):
    """A Message whose text, in every language, is squeezed onto one line (paths may hold line breaks)."""

    @classmethod
    def _format(cls, key: str, params: Mapping[str, Param], lang: str) -> str:
        return " ".join(format_message(key, params, lang).split())
