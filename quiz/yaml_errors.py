"""libyaml's syntax errors, said so that a teacher knows what to change.

libyaml reports what its parser expected ("mapping values are not allowed in
this context", "did not find expected key"); a teacher needs to hear what is
wrong in the file: a colon inside a value, a line that does not line up, a
quote that is never closed. The common mistakes are recognised from libyaml's
message and the text around the place it points to; anything else keeps
libyaml's own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quiz.problems import Problem, problem_message
from quiz.yaml_nodes import MAX_DEPTH

if TYPE_CHECKING:
    import yaml


def syntax_problem(label: str, error: yaml.MarkedYAMLError, text: str) -> Problem:
    """One located problem for a YAML syntax error, in words about the file rather than the parser."""
    mark = error.problem_mark or error.context_mark
    if mark is None:
        return Problem(label, problem_message("yaml_syntax", problem=error.problem or "syntax error"))
    lines = text.splitlines()
    problem = error.problem or ""
    context = error.context or ""

    def line_at(at: Any) -> str:
        return lines[at.line] if at is not None and at.line < len(lines) else ""

    line = line_at(mark)
    indent = len(line) - len(line.lstrip(" \t"))
    before = line[: mark.column]
    if problem.startswith("exceeded maximum nesting depth"):  # libyaml's own cap (PyYAML >= 6.0.4), beyond ours
        return _problem(label, mark, "too_deep", limit=MAX_DEPTH)
    if "\t" in line[:indent] or line[mark.column : mark.column + 1] == "\t":
        return _problem(label, mark, "yaml_tab")
    if problem.startswith("mapping values are not allowed"):
        if ": " in before.lstrip(" -"):
            return _problem(label, mark, "yaml_colon_in_value")
        return _problem(label, mark, "yaml_indented_further")
    if "quoted scalar" in context and problem.startswith("found unexpected end of stream"):
        start = error.context_mark or mark
        return _problem(label, start, "yaml_unclosed_quote")
    if "quoted scalar" in context and ("escape" in problem or "hexdecimal" in problem):
        return _problem(label, mark, "yaml_bad_escape")
    if problem == "found character that cannot start any token" and mark.column < len(line):
        return _problem(label, mark, "yaml_special_start", char=line[mark.column])
    if "alphabetic or numeric character" in problem and ("anchor" in context or "alias" in context):
        start = error.context_mark or mark
        return _problem(label, start, "yaml_special_start", char=line_at(start)[start.column : start.column + 1])
    if problem == "could not find expected ':'" and error.context_mark is not None:
        return _problem(label, error.context_mark, "yaml_no_colon")
    if problem == "did not find expected node content" and "flow" in context and line[mark.column :].startswith("-"):
        return _problem(label, mark, "yaml_dash_in_flow")
    if problem.startswith("did not find expected ',' or"):
        return _problem(label, error.context_mark or mark, "yaml_flow_unclosed")
    if "block scalar" in context:
        return _problem(label, mark, "yaml_block_header")
    if problem in ("did not find expected key", "did not find expected '-' indicator") or problem.startswith(
        "expected <block end>"
    ):
        if mark.column > indent:
            if before.rstrip(" ")[-1:] in ("'", '"'):
                return _problem(label, mark, "yaml_after_quote")
        else:
            return _problem(label, mark, "yaml_not_lined_up")
    if context:
        return _problem(label, mark, "yaml_syntax_context", problem=problem, context=context)
    return _problem(label, mark, "yaml_syntax", problem=problem or "syntax error")


def _problem(label: str, mark: Any, code: str, **params: str | int) -> Problem:
    return Problem(label, problem_message(code, **params), mark.line + 1, mark.column + 1)
