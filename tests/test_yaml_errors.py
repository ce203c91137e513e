"""YAML syntax errors are said in words about the file, in both languages, at the right place."""

from __future__ import annotations

import pytest

from quiz.deck import parse_deck

CASES = [
    # (text, code, line, column)
    ("cards:\n  - id: a\n    question: Wer sagte: Ich bin ein Berliner?\n", "yaml_colon_in_value", 3, 24),
    ("cards:\n  - id: a\n    kind: text\n   answer: x\n", "yaml_not_lined_up", 4, 4),
    ("cards:\n  - a\n - b\n", "yaml_not_lined_up", 3, 2),
    ("title: x\n  bad: y\n", "yaml_indented_further", 2, 6),
    ('title: "abc\nlanguage: de\n', "yaml_unclosed_quote", 1, 8),
    ("title: 'abc\nlanguage: de\n", "yaml_unclosed_quote", 1, 8),
    ("title: @home\n", "yaml_special_start", 1, 8),
    ("title: `x`\n", "yaml_special_start", 1, 8),
    ("title: & x\n", "yaml_special_start", 1, 8),
    ("title: * x\n", "yaml_special_start", 1, 8),
    ("title: b\nc\nlanguage: de\n", "yaml_no_colon", 2, 1),
    ("tags: [x, y\ntitle: c\n", "yaml_flow_unclosed", 1, 7),
    ('title: "x" y\n', "yaml_after_quote", 1, 12),
    ("title: |x\n  y\n", "yaml_block_header", 1, 9),
    ("title: x\n\tlanguage: de\n", "yaml_tab", 2, 1),
    ('title: "C:\\qx"\n', "yaml_bad_escape", 1, 11),
    ("title: T\ncards: [\n  - id: a\n", "yaml_dash_in_flow", 3, 3),
    ('title: "\\UFFFFFFFF"\n', "yaml_bad_escape", 1, 11),
]


@pytest.mark.parametrize(("text", "code", "line", "column"), CASES)
def test_common_mistakes_are_named(text: str, code: str, line: int, column: int) -> None:
    result = parse_deck(text, "deck.yaml")
    assert result.deck is None
    (problem,) = result.problems
    assert (problem.code, problem.line, problem.column) == (code, line, column)
    english, german = problem.render("en"), problem.render("de")
    assert english.startswith(f"deck.yaml:{line}:{column}: not valid YAML: ")
    assert german.startswith(f"deck.yaml:{line}:{column}: kein gültiges YAML: ")
    assert "expected" not in english and "scanning" not in english and "parsing" not in english


def test_other_syntax_errors_keep_libyamls_words() -> None:
    result = parse_deck("%YAML 9.9\n---\ntitle: b\n", "deck.yaml")
    (problem,) = result.problems
    assert problem.code in ("yaml_syntax", "yaml_syntax_context")
    assert problem.render("de").startswith("deck.yaml:1:")


def test_libyamls_own_depth_cap_is_said_like_ours() -> None:
    """PyYAML 6.0.4's libyaml stops deep flow nesting itself; older ones leave it to our cap. Both read alike."""
    import yaml

    from quiz.yaml_errors import syntax_problem

    mark = yaml.Mark("deck.yaml", 0, 0, 1000, "", 0)
    error = yaml.MarkedYAMLError("while increasing flow level", mark, "exceeded maximum nesting depth", mark)
    problem = syntax_problem("deck.yaml", error, "[" * 1001 + "\n")
    assert (problem.code, problem.line, problem.column) == ("too_deep", 1, 1001)
    assert "nesting is deeper than 64 levels" in problem.render("en")
