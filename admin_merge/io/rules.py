"""Reading a rules file for split communes (YAML, through ``yaml.compose``: codes stay text,
every value keeps its line and column, duplicate keys are refused)."""

from __future__ import annotations

from pathlib import Path

import yaml

from admin_merge.errors import InputError
from admin_merge.matching.rules import Problem, RawRule, SplitRules, build_rules
from admin_merge.registry.crosswalk import Crosswalk


def _value(node: yaml.Node) -> object:
    if isinstance(node, yaml.SequenceNode):
        return [_value(item) for item in node.value]
    if isinstance(node, yaml.MappingNode):
        return {str(k.value): _value(v) for k, v in node.value}
    return str(node.value)


def _rules(path: Path, root: yaml.Node | None) -> tuple[list[RawRule], list[Problem]]:
    if not isinstance(root, yaml.MappingNode):
        return [], [Problem(1, 1, "a rules file is a mapping with a 'rules' list")]
    top = {str(k.value): v for k, v in root.value}
    node = top.get("rules")
    if not isinstance(node, yaml.SequenceNode):
        mark = node.start_mark if node is not None else root.start_mark
        return [], [Problem(mark.line + 1, mark.column + 1, "'rules' must be a list of rules")]
    raw, problems = [], []
    for item in node.value:
        line, column = item.start_mark.line + 1, item.start_mark.column + 1
        if not isinstance(item, yaml.MappingNode):
            problems.append(Problem(line, column, "a rule is a mapping (old, new, places, source)"))
            continue
        values: dict[str, object] = {}
        positions: dict[str, tuple[int, int]] = {}
        for key, value in item.value:
            name = str(key.value)
            if name in values:
                problems.append(Problem(key.start_mark.line + 1, key.start_mark.column + 1, f"duplicate key '{name}'"))
            values[name] = _value(value)
            positions[name] = (value.start_mark.line + 1, value.start_mark.column + 1)
        unknown = sorted(set(values) - {"old", "old_name", "new", "new_name", "places", "source"})
        if unknown:
            ln, col = positions[unknown[0]]
            problems.append(
                Problem(ln, col, f"unknown key '{unknown[0]}' (known: old, old_name, new, new_name, places, source)")
            )
        raw.append(RawRule(line, values, positions))
    return raw, problems


def load_rules(path: str | Path, crosswalk: Crosswalk) -> SplitRules:
    """Read and check a rules file; InputError naming file:line:column of every problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read the rules file: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: a rules file is UTF-8 text") from None
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{mark.line + 1}:{mark.column + 1}" if mark is not None else "1:1"
        raise InputError(f"{path}:{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    raw, problems = _rules(path, root)
    rules, more = build_rules(path, raw, crosswalk)
    problems = sorted([*problems, *more], key=lambda p: (p.line, p.column))
    if problems:
        first = problems[0]
        rest = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        raise InputError(f"{path}:{first.line}:{first.column}: error: {first.message}{rest}")
    return rules
