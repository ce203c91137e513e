"""A fast reader for the plain block YAML that decks are almost always written in.

libyaml hands Python one event object (with two position objects) per scalar,
which alone takes about half a second for a 10,000-card deck. Deck files,
whether dumped by ``quiz generate`` or written by hand, use a small part of
YAML: block mappings with simple keys, block sequences, plain, quoted and
``|``/``>`` scalars, flow lists of simple items, comments. This module reads
exactly that part, line by line, into the same tree :mod:`quiz.yamltree`
builds, with the same positions.

It is only a fast path. Whenever a line is anything else (anchors, tags,
multi-line plain or quoted scalars, tabs, odd line breaks, duplicate keys,
syntax errors …) :func:`read_block_yaml` returns None and the caller reads the
text with libyaml, which also reports any problem. A differential test holds
the two readers to the same trees.
"""

from __future__ import annotations

import re
from typing import Any

from quiz.yaml_nodes import MAX_DEPTH, NULLS, YMap, YSeq

# Characters libyaml rejects or treats as line breaks, tabs, and the byte order mark: all go the slow way.
UNUSUAL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")
_SINGLE = re.compile(r"'((?:[^']|'')*)'(?: +#.*)?")
_DOUBLE = re.compile(r'"((?:[^"\\]|\\.)*)"(?: +#.*)?')
_ESCAPE = re.compile(r"\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r", "e": "\x1b",
    " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_FLOW_ITEM = re.compile(
    r" *(?:'((?:[^']|'')*)'"  # 'single'
    r'|"((?:[^"\\]|\\.)*)"'  # "double"
    r"|([^\s,\[\]{}#&*!|>'\"%@`:?-](?:[^ ,\[\]{}#:]++| ++(?=[^ ,\[\]{}#:]))*+))"  # plain, spaces inside only
    r" *+(,|\])"
)
_BLOCK_HEADER = re.compile(r"([|>])(-?) *")
_COMMENT = re.compile(r"(?: +#.*)?").fullmatch


class Decline(Exception):
    """The text uses YAML this reader leaves to libyaml."""


def read_block_yaml(text: str) -> YMap | YSeq | None:
    """The tree of ``text``, or None when it needs the full YAML reader."""
    if UNUSUAL.search(text) is not None:
        return None
    try:
        return _read(text.split("\n"))
    except Decline:
        return None


def _read(lines: list[str]) -> YMap | YSeq:
    """One pass over the lines with a stack of open collections; written flat because it is the hot loop.

    Marks are ``(line, column)``, 0-based, placed where libyaml places them:
    a key and a scalar where they start, a collection at its first key or
    dash, an empty value just after its colon or dash.
    """
    stack: list[tuple[Any, int, bool]] = []  # open collections: node, column, indentless sequence
    node: Any = YMap((0, 0))  # YMap or YSeq; checked with type() where it matters
    column = -1  # of the innermost open collection's keys or dashes
    loose = False  # it is a sequence at its parent key's own column, closed by the next key there
    pending = 0  # 1: a key waits for a value on later lines, 2: a dash does
    waiting, waiting_mark = "", (0, 0)
    root: YMap | YSeq | None = None
    index, count = 0, len(lines)
    ymap, plain_start, nulls = YMap, _PLAIN_START, NULLS  # locals: this loop runs once per line
    while index < count:
        line = lines[index]
        body = line.lstrip(" ")
        if not body:
            index += 1
            continue
        indent = len(line) - len(body)
        first = body[0]
        if first == "#":
            if not pending and root is not None and indent > column:
                raise Decline  # might continue the scalar above
            index += 1
            continue
        if body[-1] == " ":
            body = body.rstrip(" ")
        if indent != column or pending or type(node) is not ymap:  # else: one more key of the open mapping
            dash = first == "-" and (len(body) == 1 or body[1] == " ")
            if pending:
                if indent > column or (dash and indent == column and pending == 1):
                    new = YSeq((index, indent)) if dash else YMap((index, indent))
                    if pending == 1:
                        node[waiting] = new
                        node.value_marks[waiting] = (index, indent)
                    else:
                        node.append(new)
                        node.item_marks.append((index, indent))
                    if len(stack) >= MAX_DEPTH:
                        raise Decline
                    stack.append((node, column, loose))
                    node, loose, column = new, indent == column, indent
                elif pending == 1:
                    node[waiting] = None
                    node.value_marks[waiting] = waiting_mark
                else:
                    node.append(None)
                    node.item_marks.append(waiting_mark)
                pending = 0
            elif root is None:
                if indent or first == "%":
                    raise Decline
                if body == "---" and column == -1:
                    column = -2  # one document start line is allowed before the content
                    index += 1
                    continue
                root = node = YSeq((index, 0)) if dash else YMap((index, 0))
                column = 0
            elif indent > column:
                raise Decline  # a continued scalar, or bad indentation
            while column > indent or (loose and column == indent and not dash):
                if not stack:
                    raise Decline
                node, column, loose = stack.pop()
            if column != indent:
                raise Decline
            if dash:
                if type(node) is not YSeq:
                    raise Decline
                rest = body[1:].lstrip(" ")
                if not rest or rest[0] == "#":
                    pending, waiting_mark = 2, (index, indent + 1)
                    index += 1
                    continue
                at = indent + len(body) - len(rest)
                if _key(rest) is None:
                    value, after = _scalar(rest, lines, index, indent, at)
                    node.append(value)
                    node.item_marks.append((index, at))
                    index = after
                    continue
                new = YMap((index, at))
                node.append(new)
                node.item_marks.append((index, at))
                if len(stack) >= MAX_DEPTH:
                    raise Decline
                stack.append((node, column, loose))
                node, loose, column, body, indent = new, False, at, rest, at
            elif type(node) is not ymap:
                raise Decline
        name = _key(body)  # a key line: ``name: value`` or ``name:``
        marks = node.key_marks
        if name is None or name in marks:
            raise Decline  # libyaml's reader reads the odd key, or reports the duplicate
        rest = body[len(name) + 1 :].lstrip(" ")
        marks[name] = (index, indent)
        if not rest or rest[0] == "#":
            pending, waiting, waiting_mark = 1, name, (index, indent + len(name) + 1)
            index += 1
            continue
        at = indent + len(body) - len(rest)
        node.value_marks[name] = (index, at)
        if rest[0] not in plain_start and ": " not in rest and " #" not in rest and rest[-1] != ":":
            node[name] = None if rest in nulls else rest
            index += 1
        else:
            node[name], index = _scalar(rest, lines, index, indent, at)
    if root is None:
        raise Decline
    if pending == 1:
        node[waiting] = None
        node.value_marks[waiting] = waiting_mark
    elif pending == 2:
        node.append(None)
        node.item_marks.append(waiting_mark)
    return root


def _key(body: str) -> str | None:
    """The name when ``body`` is a ``name: …`` line whose name libyaml would read as the same plain word."""
    split = body.find(": ")
    name = body[:split] if split > 0 else body[:-1] if body[-1] == ":" else ""
    if name and (name[0].isalnum() or name[0] == "_") and name[-1] not in " :" and " #" not in name:
        return None if name in NULLS else name
    return None


def _scalar(text: str, lines: list[str], index: int, parent: int, at: int) -> tuple[str | YSeq | None, int]:
    """The value ``text`` at column ``at`` for a key or dash at column ``parent``, and the next line to read."""
    first = text[0]
    if first == "'":
        match = _SINGLE.fullmatch(text)
        if match is None:
            raise Decline
        return match.group(1).replace("''", "'"), index + 1
    if first == '"':
        match = _DOUBLE.fullmatch(text)
        if match is None:
            raise Decline
        return unescape(match.group(1)), index + 1
    if first == "[":
        return flow_list(text, (index, at)), index + 1
    if first == "|" or first == ">":
        return block_scalar(text, lines, index, parent)
    if first in _PLAIN_START and not (first in "-?:" and len(text) > 1 and text[1] != " "):
        raise Decline
    if " #" in text:
        text = text[: text.index(" #")].rstrip(" ")  # a comment ends a plain scalar
    if ": " in text or text.endswith(":"):
        raise Decline
    return (None if text in NULLS else text), index + 1


def block_scalar(header: str, lines: list[str], index: int, parent: int) -> tuple[str, int]:
    """A ``|`` or ``>`` scalar whose lines all share one indentation (folded) or start at it (literal)."""
    match = _BLOCK_HEADER.fullmatch(header)
    if match is None:
        raise Decline
    style, chomp = match.group(1, 2)
    end = index + 1
    if end >= len(lines) or not lines[end].strip(" "):
        raise Decline  # leading blank lines and empty scalars keep libyaml's finer rules
    first = lines[end]
    width = len(first) - len(first.lstrip(" "))
    if width <= parent:
        raise Decline
    parts: list[str] = []
    while end < len(lines):
        line = lines[end]
        body = line.lstrip(" ")
        indent = len(line) - len(body)
        if not body:
            if indent > width:
                raise Decline
            parts.append("")
        elif indent < width:
            break
        elif indent > width and style == ">":
            raise Decline
        else:
            parts.append(line[width:])
        end += 1
    if end == len(lines) and lines[-1]:
        raise Decline  # the last line has no line break to keep or chomp
    while parts and not parts[-1]:
        parts.pop()
    if style == "|":
        value = "\n".join(parts)
    else:
        value = "".join(
            part if i == 0 else ("\n" if not part else ("" if not parts[i - 1] else " ") + part)
            for i, part in enumerate(parts)
        )
    return (value if chomp else value + "\n"), end


def unescape(body: str) -> str:
    if "\\" not in body:
        return body

    def replace(match: re.Match[str]) -> str:
        code = match.group(1) or match.group(2) or match.group(3)
        if code is not None:
            number = int(code, 16)
            if 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
                raise Decline  # a surrogate or beyond Unicode: libyaml says what is wrong
            return chr(number)
        if match.group(4) not in _ESCAPES:
            raise Decline
        return _ESCAPES[match.group(4)]

    return _ESCAPE.sub(replace, body)


def flow_list(text: str, mark: tuple[int, int]) -> YSeq:
    """``[a, 'b', "c"]`` on one line; anything richer is left to libyaml."""
    node = YSeq(mark)
    if re.fullmatch(r"\[ *\] *", text):
        return node
    position = 1
    while True:
        match = _FLOW_ITEM.match(text, position)
        if match is None:
            raise Decline
        single, double, plain = match.group(1, 2, 3)
        start = match.start(1) if single is not None else match.start(2) if double is not None else match.start(3)
        if single is not None:
            value: str | None = single.replace("''", "'")
            start -= 1
        elif double is not None:
            value = unescape(double)
            start -= 1
        else:
            value = None if plain in NULLS else plain
        node.append(value)
        node.item_marks.append((mark[0], mark[1] + start))
        position = match.end()
        if match.group(4) == "]":
            if not _COMMENT(text, position):
                raise Decline
            return node
