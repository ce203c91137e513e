"""Read untrusted YAML into plain strings, lists and mappings that know their lines.

Why not ``yaml.safe_load``: YAML 1.1 turns ``1.000`` into 1.0, ``20:15`` into
1215, ``NO`` into False and ``1989-11-09`` into a date, and a teacher's answers
must survive exactly as typed. Here every scalar stays the string that was
written (a plain ``~``, ``null`` or empty value becomes None), no tag may build
an object, duplicate keys are errors, and the work an input can cause is
bounded: file size, nesting depth and anchors are all capped. The tree is built
from libyaml's event stream without recursion, so deep nesting cannot crash it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

import yaml
from yaml import events

from quiz.problems import Problem

MAX_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64
MAX_ANCHORS = 1000

_LOADER: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_STR_TAGS = frozenset({None, "!", "tag:yaml.org,2002:str"})
_SEQ_TAGS = frozenset({None, "!", "tag:yaml.org,2002:seq"})
_MAP_TAGS = frozenset({None, "!", "tag:yaml.org,2002:map"})
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_SKIP = "\0skip"  # marks the value of a rejected key, which is dropped


@dataclass(frozen=True, slots=True)
class Pos:
    """A 1-based line and column."""

    line: int
    column: int


class YMap(dict[str, "Value"]):
    """A mapping that remembers where it, each key and each value stand."""

    __slots__ = ("pos", "key_pos", "value_pos")

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self.key_pos: dict[str, Pos] = {}
        self.value_pos: dict[str, Pos] = {}

    def where(self, key: str) -> Pos:
        """Position of the value under ``key``, else of the mapping itself."""
        return self.value_pos.get(key) or self.pos


class YSeq(list["Value"]):
    """A list that remembers where it and each item stand."""

    __slots__ = ("pos", "item_pos")

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self.item_pos: list[Pos] = []


Value: TypeAlias = "str | None | YMap | YSeq"


class YamlError(Exception):
    """The file cannot be read as YAML at all; carries one located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def read_text(path: Path, label: str) -> str:
    """Read a file as UTF-8 text, refusing what is too large, binary or mis-encoded."""

    def fail(message: str, line: int | None = None) -> YamlError:
        return YamlError(Problem(label, message, line=line))

    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise fail(
                f"file is too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise fail("no such file") from None
    except IsADirectoryError:
        raise fail("is a folder, not a file") from None
    except PermissionError:
        raise fail("permission denied") from None
    except OSError as error:
        raise fail(f"cannot read the file ({error.strerror or error})") from None
    nul = data.find(b"\0")
    if nul >= 0:
        raise fail("not a text file (it contains binary data)", data.count(b"\n", 0, nul) + 1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        bad = data[error.start : error.start + 1].hex()
        raise fail(f"not valid UTF-8 (byte 0x{bad}); save the file as UTF-8", line) from None


def parse(text: str, label: str) -> tuple[Value, list[Problem]]:
    """Build the tree of one YAML document; problems that do not stop reading are returned.

    Raises :class:`YamlError` when the text is not YAML or breaks a hard limit.
    """
    problems: list[Problem] = []
    parser = _LOADER(text)
    stack: list[YMap | YSeq] = []
    keys: list[str | None] = []
    anchors: dict[str, Value] = {}
    root: Value = None
    documents = 0
    try:
        while True:
            event = parser.get_event()
            if event is None:
                break
            cls = event.__class__
            mark = event.start_mark
            pos = Pos(mark.line + 1, mark.column + 1)
            value: Value
            if cls is events.ScalarEvent:
                value = event.value
                if event.tag not in _STR_TAGS:
                    problems.append(_tag_problem(label, pos, event.tag))
                    value = None
                elif not event.style and value in _NULLS and event.tag is None:
                    value = None
            elif cls is events.MappingStartEvent or cls is events.SequenceStartEvent:
                if len(stack) >= MAX_DEPTH:
                    raise YamlError(
                        Problem(label, f"nesting is deeper than {MAX_DEPTH} levels", pos.line, pos.column)
                    )
                is_map = cls is events.MappingStartEvent
                if event.tag not in (_MAP_TAGS if is_map else _SEQ_TAGS):
                    problems.append(_tag_problem(label, pos, event.tag))
                value = YMap(pos) if is_map else YSeq(pos)
            elif cls is events.MappingEndEvent or cls is events.SequenceEndEvent:
                stack.pop()
                keys.pop()
                continue
            elif cls is events.AliasEvent:
                if event.anchor not in anchors:
                    raise YamlError(
                        Problem(label, f"unknown alias *{event.anchor}", pos.line, pos.column)
                    )
                value = anchors[event.anchor]
            elif cls is events.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise YamlError(
                        Problem(label, "only one YAML document per file is allowed", pos.line, pos.column)
                    )
                continue
            else:
                continue

            anchor = getattr(event, "anchor", None)
            if anchor is not None and cls is not events.AliasEvent:
                if len(anchors) >= MAX_ANCHORS:
                    raise YamlError(
                        Problem(label, f"more than {MAX_ANCHORS} anchors", pos.line, pos.column)
                    )
                anchors[anchor] = value

            if stack:
                _attach(stack[-1], keys, value, pos, label, problems)
            else:
                root = value
            if cls is events.MappingStartEvent or cls is events.SequenceStartEvent:
                stack.append(value)  # type: ignore[arg-type]
                keys.append(None)
    except yaml.MarkedYAMLError as error:
        raise YamlError(_syntax_problem(label, error)) from None
    except yaml.YAMLError as error:
        raise YamlError(Problem(label, f"not valid YAML ({error})")) from None
    finally:
        parser.dispose()
    return root, problems


def _attach(
    parent: YMap | YSeq,
    keys: list[str | None],
    value: Value,
    pos: Pos,
    label: str,
    problems: list[Problem],
) -> None:
    if isinstance(parent, YSeq):
        parent.append(value)
        parent.item_pos.append(pos)
        return
    key = keys[-1]
    if key is None:
        if not isinstance(value, str):
            problems.append(Problem(label, "a key must be a plain name", pos.line, pos.column))
            keys[-1] = _SKIP
        elif value in parent.key_pos:
            first = parent.key_pos[value]
            problems.append(
                Problem(
                    label,
                    f"duplicate key {value!r} (first at line {first.line})",
                    pos.line,
                    pos.column,
                    field=value,
                )
            )
            keys[-1] = _SKIP
        else:
            parent.key_pos[value] = pos
            keys[-1] = value
    else:
        if key is not _SKIP:
            parent[key] = value
            parent.value_pos[key] = pos
        keys[-1] = None


def _tag_problem(label: str, pos: Pos, tag: str | None) -> Problem:
    shown = str(tag).replace("tag:yaml.org,2002:", "!!")
    return Problem(
        label,
        f"tag {shown} is not allowed; deck files hold only text, lists and mappings",
        pos.line,
        pos.column,
    )


def _syntax_problem(label: str, error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    problem = error.problem or "syntax error"
    if "'\\t'" in problem or "\t" in problem:
        problem = "a tab is used for indentation; YAML needs spaces"
    message = f"not valid YAML: {problem}"
    if error.context and "tab" not in problem:
        message += f" ({error.context})"
    if mark is None:
        return Problem(label, message)
    return Problem(label, message, mark.line + 1, mark.column + 1)
