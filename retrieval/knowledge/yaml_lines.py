"""Load YAML while remembering the line of every value, so problems can name file:line."""

from __future__ import annotations

from typing import Any

import yaml

Path_ = tuple[Any, ...]

# libyaml's parser when PyYAML was built with it (the wheels are): the knowledge folder is
# parsed at every start-up, and the pure-Python parser took most of the cold start.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LocatedYAML:
    """A plain Python value plus the 1-based line of each nested value, keyed by its path."""

    def __init__(self, value: Any, lines: dict[Path_, int]) -> None:
        self.value = value
        self._lines = lines

    def line(self, *path: Any) -> int:
        """Line of the value at `path`; falls back to the nearest enclosing value."""
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return self._lines.get((), 1)


class YAMLRefused(yaml.YAMLError):
    """YAML that is valid but not accepted in the knowledge folder (anchors and aliases)."""

    def __init__(self, line: int, message: str, hint: str, code: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.hint = hint
        self.code = code


class DuplicateKeyError(yaml.YAMLError):
    def __init__(self, key: str, line: int) -> None:
        super().__init__(f"duplicate key {key!r}")
        self.key = key
        self.line = line


def load_located(text: str) -> LocatedYAML:
    """Parse one YAML document. Raises yaml.YAMLError (with problem_mark), DuplicateKeyError or YAMLRefused."""
    refuse_anchors(text)
    node = yaml.compose(text, Loader=FAST_LOADER)
    lines: dict[Path_, int] = {}
    if node is None:
        return LocatedYAML(None, {(): 1})
    constructor = yaml.SafeLoader("")
    try:
        return LocatedYAML(_convert(node, (), lines, constructor), lines)
    finally:
        constructor.dispose()


def refuse_anchors(text: str) -> None:
    """Anchors and aliases (&a, *a) are refused: expanding nested aliases grows exponentially
    (seven levels of a "billion laughs" delayed start-up by 20 s), and knowledge files have no
    use for them. Only the events are read, which costs nothing like the expansion."""
    if "&" not in text and "*" not in text:
        return
    for event in yaml.parse(text, Loader=FAST_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YAMLRefused(event.start_mark.line + 1, "YAML のアンカー・エイリアス（&名前 と *名前）は使えません。",
                              "値をそのまま書いてください（同じ値を繰り返すときも書き写してください）。", "yaml-alias")


def _convert(node: yaml.Node, path: Path_, lines: dict[Path_, int], constructor: yaml.SafeLoader) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node, constructor)
            if key in result:
                raise DuplicateKeyError(str(key), key_node.start_mark.line + 1)
            result[key] = _convert(value_node, (*path, key), lines, constructor)
            lines[(*path, key)] = key_node.start_mark.line + 1  # problems point at the key's line
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*path, i), lines, constructor) for i, item in enumerate(node.value)]
    return _scalar(node, constructor)


def _scalar(node: yaml.Node, constructor: yaml.SafeLoader) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        return None
    return constructor.construct_object(node, deep=True)
