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

import gc
from pathlib import Path
from typing import Any

import yaml
from yaml import events

from quiz.problems import Problem
from quiz.yaml_block import read_block_yaml
from quiz.yaml_nodes import MAX_DEPTH, Pos, Value, YMap, YSeq, _pos

__all__ = [
    "MAX_BYTES", "MAX_DEPTH", "Pos", "Value", "YMap", "YSeq", "YamlError", "_pos", "parse", "parse_events", "read_text",
]  # fmt: skip

MAX_BYTES = 16 * 1024 * 1024
MAX_ANCHORS = 1000

_LOADER: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_STR_TAGS = frozenset({None, "!", "tag:yaml.org,2002:str"})
_SEQ_TAGS = frozenset({None, "!", "tag:yaml.org,2002:seq"})
_MAP_TAGS = frozenset({None, "!", "tag:yaml.org,2002:map"})
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_SKIP = "\0skip"  # marks the value of a rejected key, which is dropped


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
            raise fail(f"file is too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)")
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

    Plain block YAML, which nearly every deck is, takes the fast line reader
    (:mod:`quiz.yaml_block`); everything else, including every file with a
    problem, goes through libyaml. Raises :class:`YamlError` when the text is
    not YAML or breaks a hard limit.
    """
    collecting = gc.isenabled()
    gc.disable()  # the tree is acyclic and large: cycle detection only slows building it
    try:
        tree = read_block_yaml(text)
    finally:
        if collecting:
            gc.enable()
    if tree is not None:
        return tree, []
    return parse_events(text, label)


def parse_events(text: str, label: str) -> tuple[Value, list[Problem]]:
    """Build the tree from libyaml's events: any YAML, with every problem located."""
    problems: list[Problem] = []
    parser = _LOADER(text)
    stack: list[YMap | YSeq] = []
    keys: list[str | None] = []
    anchors: dict[str, Value] = {}
    root: Value = None
    documents = 0
    scalar, map_start, seq_start = events.ScalarEvent, events.MappingStartEvent, events.SequenceStartEvent
    alias, map_end, seq_end = events.AliasEvent, events.MappingEndEvent, events.SequenceEndEvent
    skip, str_tags, nulls = _SKIP, _STR_TAGS, _NULLS
    next_event = parser.get_event
    parent: YMap | YSeq | None = None
    collecting = gc.isenabled()
    gc.disable()  # the tree is acyclic and large: cycle detection only slows building it
    try:
        while True:
            event = next_event()
            if event is None:
                break
            cls = event.__class__
            value: Value
            if cls is scalar:
                value = event.value
                if event.tag is not None or not event.style:
                    if event.tag not in str_tags:
                        problems.append(_tag_problem(label, event.start_mark, event.tag))
                        value = None
                    elif not event.style and event.tag is None and value in nulls:
                        value = None
            elif cls is map_end or cls is seq_end:
                stack.pop()
                keys.pop()
                parent = stack[-1] if stack else None
                continue
            elif cls is map_start or cls is seq_start:
                if len(stack) >= MAX_DEPTH:
                    raise YamlError(_at(label, event.start_mark, f"nesting is deeper than {MAX_DEPTH} levels"))
                is_map = cls is map_start
                if event.tag not in (_MAP_TAGS if is_map else _SEQ_TAGS):
                    problems.append(_tag_problem(label, event.start_mark, event.tag))
                value = YMap(event.start_mark) if is_map else YSeq(event.start_mark)
            elif cls is alias:
                if event.anchor not in anchors:
                    raise YamlError(_at(label, event.start_mark, f"unknown alias *{event.anchor}"))
                value = anchors[event.anchor]
            elif cls is events.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise YamlError(_at(label, event.start_mark, "only one YAML document per file is allowed"))
                continue
            else:
                continue

            if cls is not alias and event.anchor is not None:
                if len(anchors) >= MAX_ANCHORS:
                    raise YamlError(_at(label, event.start_mark, f"more than {MAX_ANCHORS} anchors"))
                anchors[event.anchor] = value

            if parent is None:
                root = value
            elif isinstance(parent, YSeq):
                parent.append(value)
                parent.item_marks.append(event.start_mark)
            else:
                key = keys[-1]
                if key is None:
                    keys[-1] = _new_key(parent, value, event.start_mark, label, problems)
                else:
                    if key is not skip:
                        parent[key] = value
                        parent.value_marks[key] = event.start_mark
                    keys[-1] = None
            if cls is map_start or cls is seq_start:
                stack.append(value)  # type: ignore[arg-type]
                keys.append(None)
                parent = value  # type: ignore[assignment]
    except yaml.MarkedYAMLError as error:
        raise YamlError(_syntax_problem(label, error, text)) from None
    except yaml.YAMLError as error:
        raise YamlError(Problem(label, f"not valid YAML ({error})")) from None
    finally:
        parser.dispose()
        if collecting:
            gc.enable()
    return root, problems


def _new_key(parent: YMap, key: Value, mark: Any, label: str, problems: list[Problem]) -> str:
    """Register a mapping key; a bad or repeated key is reported and its value skipped."""
    if not isinstance(key, str):
        problems.append(_at(label, mark, "a key must be a plain name"))
        return _SKIP
    if key in parent.key_marks:
        first = parent.key_marks[key]
        problems.append(_at(label, mark, f"duplicate key {key!r} (first at line {first.line + 1})", key))
        return _SKIP
    parent.key_marks[key] = mark
    return key


def _at(label: str, mark: Any, message: str, field: str | None = None) -> Problem:
    return Problem(label, message, mark.line + 1, mark.column + 1, field=field)


def _tag_problem(label: str, mark: Any, tag: str | None) -> Problem:
    shown = str(tag).replace("tag:yaml.org,2002:", "!!")
    return _at(label, mark, f"tag {shown} is not allowed; deck files hold only text, lists and mappings")


def _syntax_problem(label: str, error: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    problem = error.problem or "syntax error"
    if mark is not None:
        lines = text.splitlines()
        line = lines[mark.line] if mark.line < len(lines) else ""
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent or line[mark.column : mark.column + 1] == "\t":
            problem = "a tab is used for indentation; YAML needs spaces"
    message = f"not valid YAML: {problem}"
    if error.context and "tab" not in problem:
        message += f" ({error.context})"
    if mark is None:
        return Problem(label, message)
    return Problem(label, message, mark.line + 1, mark.column + 1)
