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

from quiz.messages import Message
from quiz.problems import Problem, problem_message
from quiz.yaml_block import read_block_yaml
from quiz.yaml_errors import syntax_problem
from quiz.yaml_nodes import MAX_DEPTH, NULLS, Pos, Value, YMap, YSeq, position

__all__ = [
    "MAX_BYTES", "MAX_DEPTH", "Pos", "Value", "YMap", "YSeq", "YamlError",
    "parse", "parse_events", "position", "read_text",
]  # fmt: skip

MAX_BYTES = 16 * 1024 * 1024
MAX_ANCHORS = 1000

_STR_TAGS = frozenset({None, "!", "tag:yaml.org,2002:str"})
_SEQ_TAGS = frozenset({None, "!", "tag:yaml.org,2002:seq"})
_MAP_TAGS = frozenset({None, "!", "tag:yaml.org,2002:map"})
_SKIP = "\0skip"  # marks the value of a rejected key, which is dropped


class YamlError(Exception):
    """The file cannot be read as YAML at all; carries one located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def read_text(path: Path, label: str) -> str:
    """Read a file as UTF-8 text, refusing what is too large, binary or mis-encoded."""

    def fail(message: Message, line: int | None = None) -> YamlError:
        return YamlError(Problem(label, message, line=line))

    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise fail(problem_message("file_too_large", size=size / 1e6, limit=MAX_BYTES // 2**20))
        data = path.read_bytes()
    except FileNotFoundError:
        raise fail(problem_message("no_such_file")) from None
    except IsADirectoryError:
        raise fail(problem_message("is_folder")) from None
    except PermissionError:
        raise fail(problem_message("permission_denied")) from None
    except OSError as error:
        raise fail(problem_message("cannot_read", reason=str(error.strerror or error))) from None
    nul = data.find(b"\0")
    if nul >= 0:
        raise fail(problem_message("binary"), data.count(b"\n", 0, nul) + 1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        bad = data[error.start : error.start + 1].hex()
        raise fail(problem_message("not_utf8", byte=bad), line) from None


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
    import yaml  # only here: plain decks never need PyYAML, and importing it costs start-up time
    from yaml import events

    problems: list[Problem] = []
    loader: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    parser = loader(text)
    stack: list[YMap | YSeq] = []
    keys: list[str | None] = []
    anchors: dict[str, Value] = {}
    root: Value = None
    documents = 0
    scalar, map_start, seq_start = events.ScalarEvent, events.MappingStartEvent, events.SequenceStartEvent
    alias, map_end, seq_end = events.AliasEvent, events.MappingEndEvent, events.SequenceEndEvent
    skip, str_tags, nulls = _SKIP, _STR_TAGS, NULLS
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
                    raise YamlError(_at(label, event.start_mark, problem_message("too_deep", limit=MAX_DEPTH)))
                is_map = cls is map_start
                if event.tag not in (_MAP_TAGS if is_map else _SEQ_TAGS):
                    problems.append(_tag_problem(label, event.start_mark, event.tag))
                value = YMap(event.start_mark) if is_map else YSeq(event.start_mark)
            elif cls is alias:
                if event.anchor not in anchors:
                    raise YamlError(_at(label, event.start_mark, problem_message("unknown_alias", name=event.anchor)))
                value = anchors[event.anchor]
            elif cls is events.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise YamlError(_at(label, event.start_mark, problem_message("several_documents")))
                continue
            else:
                continue

            if cls is not alias and event.anchor is not None:
                if len(anchors) >= MAX_ANCHORS:
                    message = problem_message("too_many_anchors", limit=MAX_ANCHORS)
                    raise YamlError(_at(label, event.start_mark, message))
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
        raise YamlError(syntax_problem(label, error, text)) from None
    except yaml.YAMLError as error:
        raise YamlError(Problem(label, problem_message("yaml_invalid", error=str(error)))) from None
    finally:
        parser.dispose()
        if collecting:
            gc.enable()
    return root, problems


def _new_key(parent: YMap, key: Value, mark: Any, label: str, problems: list[Problem]) -> str:
    """Register a mapping key; a bad or repeated key is reported and its value skipped."""
    if not isinstance(key, str):
        problems.append(_at(label, mark, problem_message("key_not_plain")))
        return _SKIP
    if key in parent.key_marks:
        first = parent.key_marks[key]
        problems.append(_at(label, mark, problem_message("duplicate_key", key=key, first=first.line + 1), key))
        return _SKIP
    parent.key_marks[key] = mark
    return key


def _at(label: str, mark: Any, message: Message, field: str | None = None) -> Problem:
    return Problem(label, message, mark.line + 1, mark.column + 1, field=field)


def _tag_problem(label: str, mark: Any, tag: str | None) -> Problem:
    shown = str(tag).replace("tag:yaml.org,2002:", "!!")
    return _at(label, mark, problem_message("tag_not_allowed", tag=shown))
