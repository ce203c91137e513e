"""The tree a deck file is read into: plain strings, lists and mappings that know their lines.

Both readers build it: :mod:`quiz.yamltree` from libyaml's events and
:mod:`quiz.yaml_block` line by line. Positions are kept as the reader's own
0-based marks (anything with ``line`` and ``column``) and turned into a 1-based
:class:`Pos` only when a problem is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeAlias

MAX_DEPTH = 64
NULLS = frozenset({"", "~", "null", "Null", "NULL"})
"""What a plain, untagged scalar reads as: empty (None)."""


@dataclass(frozen=True, slots=True)
class Pos:
    """A 1-based line and column."""

    line: int
    column: int


def position(mark: Any) -> Pos:
    """Marks are 0-based, libyaml's objects or the line reader's ``(line, column)`` pairs."""
    if type(mark) is tuple:
        return Pos(mark[0] + 1, mark[1] + 1)
    return Pos(mark.line + 1, mark.column + 1)


class YMap(dict[str, "Value"]):
    """A mapping that remembers where it, each key and each value stand."""

    __slots__ = ("mark", "key_marks", "value_marks")

    def __init__(self, mark: Any) -> None:
        super().__init__()
        self.mark = mark
        self.key_marks: dict[str, Any] = {}
        self.value_marks: dict[str, Any] = {}

    @property
    def pos(self) -> Pos:
        return position(self.mark)

    def where(self, key: str) -> Pos:
        """Position of the value under ``key``, else of the mapping itself."""
        return position(self.value_marks.get(key) or self.mark)

    def key_where(self, key: str) -> Pos:
        """Position of the key itself."""
        return position(self.key_marks.get(key) or self.mark)


class YSeq(list["Value"]):
    """A list that remembers where it and each item stand."""

    __slots__ = ("mark", "item_marks")

    def __init__(self, mark: Any) -> None:
        super().__init__()
        self.mark = mark
        self.item_marks: list[Any] = []

    @property
    def pos(self) -> Pos:
        return position(self.mark)

    def where(self, index: int) -> Pos:
        """Position of the item at ``index``."""
        return position(self.item_marks[index])


Value: TypeAlias = "str | None | YMap | YSeq"


def move_marks(node: Value, lines: int, columns: int) -> None:
    """Shift every line-reader mark in a freshly read tree, for a part that was read apart from its file."""
    if isinstance(node, YMap):
        node.mark = (node.mark[0] + lines, node.mark[1] + columns)
        for marks in (node.key_marks, node.value_marks):
            for key, (line, column) in marks.items():
                marks[key] = (line + lines, column + columns)
        for value in node.values():
            move_marks(value, lines, columns)
    elif isinstance(node, YSeq):
        node.mark = (node.mark[0] + lines, node.mark[1] + columns)
        node.item_marks = [(line + lines, column + columns) for line, column in node.item_marks]
        for value in node:
            move_marks(value, lines, columns)
