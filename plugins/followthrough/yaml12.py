"""YAML 1.2 where libyaml, a YAML 1.1 parser, reads otherwise.

libyaml gives every node its position and is fast, but it follows YAML 1.1: it refuses some
valid YAML 1.2 (a tab on a blank line, a flow key continued on the next line), accepts some
invalid YAML 1.2 (`"Acme"# note`), and counts U+0085, U+2028 and U+2029 as line breaks.
yaml-rs follows YAML 1.2 (the whole yaml-test-suite) but gives no positions for nodes.
So yaml-rs decides whether a text is YAML and where it is not; libyaml reads the nodes of the
texts it accepts, with the three 1.1 line breaks masked as ordinary characters first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml
import yaml_rs

from .model import Pos

BREAKS_1_1 = "\u0085\u2028\u2029"  # line breaks in YAML 1.1, ordinary text in YAML 1.2
_LIMITS = yaml_rs.AliasLimits(max_total_replayed_events=10_000, max_replay_stack_depth=64)
_AT = re.compile(r"line (\d+), column (\d+)")
TOO_DEEP = "recursion limit exceeded"
# What YAML's printable set leaves out (written as ranges, this compiles in a fraction of the time)
_NOT_PRINTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
)


@dataclass(frozen=True, slots=True)
class SyntaxProblem:
    pos: Pos | None  # None: the parser named no place
    problem: str


def syntax_problem(text: str) -> SyntaxProblem | None:
    """Why `text` is not YAML 1.2, and where; None when it is (tags and aliases count as YAML).

    Tags, anchors, aliases and duplicate keys are left to the caller, which refuses them
    with their positions.
    """
    control = _NOT_PRINTABLE.search(text)
    if control is not None:
        return SyntaxProblem(
            position(text, control.start()),
            f"the control character U+{ord(control.group()):04X} is not allowed in YAML "
            "(special characters are not allowed)",
        )
    try:
        yaml_rs.loads(
            _tab_after_colon(text),
            parse_datetime=False,
            alias_limits=_LIMITS,
            duplicate_key_policy=yaml_rs.DuplicateKeyPolicy.FirstWins,
        )
    except yaml_rs.YAMLDecodeError as exc:
        message = str(exc)
        if message.startswith(("Invalid tag", "alias ")):
            return None  # well-formed: a tag it would not apply, or aliases past its limits
        lines = [line for line in message.splitlines() if line.strip()]
        at = _AT.search(lines[0]) if lines else None
        pos = Pos(int(at.group(1)), int(at.group(2))) if at else None
        return SyntaxProblem(pos, lines[-1].strip() if lines else "invalid YAML")
    except (ValueError, TypeError, OverflowError):  # well-formed, but no Python value for it
        return None
    return None


def _tab_after_colon(text: str) -> str:
    """yaml-rs 0.1 refuses a tab after `:` before a plain scalar (`key:<TAB>value`), which
    YAML 1.2 allows: there a tab is separation, as a space is. Before a block collection a
    tab stays, as it is not allowed there."""
    return _TAB_VALUE.sub(_space_before_scalar, text) if ":\t" in text else text


_TAB_VALUE = re.compile(r":\t(?=([^\r\n]*))")


def _space_before_scalar(found: re.Match[str]) -> str:
    rest = found.group(1)
    block = rest[:1] in ("-", "?", ":") and rest[1:2] in ("", " ", "\t")  # `- item`, `? key`
    if block or not rest.strip() or re.search(r":(\s|$)", rest):  # or `key: value`
        return found.group(0)  # a tab before a block collection is not allowed: keep it
    return ": "


@dataclass(frozen=True, slots=True)
class Masked:
    """A text with the YAML 1.1 line breaks swapped for characters it does not contain."""

    text: str
    back: dict[int, str]

    def restore(self, value: str) -> str:
        return value.translate(self.back) if self.back else value


def mask(text: str) -> Masked:
    present = [ch for ch in BREAKS_1_1 if ch in text]
    if not present:
        return Masked(text, {})
    spare = (chr(c) for c in range(0xE000, 0xF900) if chr(c) not in text)  # private use
    there: dict[str, str] = {}
    for ch in present:
        there[ch] = next(spare)
    back = {ord(stand_in): ch for ch, stand_in in there.items()}
    return Masked(text.translate({ord(ch): s for ch, s in there.items()}), back)


def position(text: str, index: int) -> Pos:
    """Line and column of `index`, counting only LF, CR and CRLF as line breaks (YAML 1.2)."""
    index = max(0, min(index, len(text)))
    line = text.count("\n", 0, index) + text.count("\r", 0, index) - text.count("\r\n", 0, index)
    start = max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1
    return Pos(line + 1, index - start + 1)


_TOKEN_START = frozenset(" \t\r\n,[{")


def first_marker(text: str) -> tuple[int, str] | None:
    """Where the first tag (`!`), anchor (`&`) or alias (`*`) starts, outside comments and
    quoted scalars; None when there is none. A lexical look, for texts libyaml cannot read:
    text inside a block scalar that looks like one counts too."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        starts = i == 0 or text[i - 1] in _TOKEN_START
        if not starts:
            i += 1
        elif ch == "#":
            i = _line_end(text, i)
        elif ch == '"':
            i = _quoted_end(text, i + 1, '"')
        elif ch == "'":
            i = _quoted_end(text, i + 1, "'")
        elif ch in "!&*":
            return i, ch
        else:
            i += 1
    return None


def _line_end(text: str, i: int) -> int:
    ends = [j for j in (text.find("\n", i), text.find("\r", i)) if j >= 0]
    return min(ends) if ends else len(text)


def _quoted_end(text: str, i: int, quote: str) -> int:
    while i < len(text):
        if quote == '"' and text[i] == "\\":
            i += 2
        elif text[i] == quote:
            if quote == "'" and text[i + 1 : i + 2] == "'":
                i += 2
            else:
                return i + 1
        else:
            i += 1
    return len(text)


class Duplicate(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def value_of(text: str) -> Any:
    """The YAML 1.2 value of a text `syntax_problem` accepted; `Duplicate` for a repeated key."""
    try:
        try:
            return yaml_rs.loads(text, parse_datetime=False, alias_limits=_LIMITS)
        except yaml_rs.YAMLDecodeError as exc:
            if ":\t" not in text or "duplicate" in str(exc):
                raise
        return yaml_rs.loads(_tab_after_colon(text), parse_datetime=False, alias_limits=_LIMITS)
    except yaml_rs.YAMLDecodeError as exc:
        found = re.match(r"duplicate mapping key: ('(.*)'|.*)", str(exc), re.S)
        if found:
            raise Duplicate(
                found.group(2) if found.group(2) is not None else found.group(1)
            ) from None
        raise


def same_value(text: str, other: str) -> bool:
    """Whether two texts that `syntax_problem` accepts hold the same YAML 1.2 value."""
    try:
        return bool(value_of(text) == value_of(other))
    except (Duplicate, yaml_rs.YAMLDecodeError, ValueError, TypeError, RecursionError):
        return False


GUESSED = "<positions guessed>"  # the name in the marks of a node tree made by `nodes`
_STR, _SEQ, _MAP = (f"tag:yaml.org,2002:{t}" for t in ("str", "seq", "map"))


class _Nodes:
    """A node tree for a value, each node placed at the first match of its text after the
    previous node: a close guess, for the rare text that libyaml cannot read."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0

    def mark(self, index: int) -> yaml.Mark:
        pos = position(self.text, index)
        return yaml.Mark(GUESSED, index, pos.line - 1, pos.column - 1, None, 0)

    def node(self, value: Any) -> yaml.Node:
        if isinstance(value, dict):
            start = self.at
            pairs = [(self.node(k), self.node(v)) for k, v in value.items()]
            return yaml.MappingNode(_MAP, pairs, self.mark(start), self.mark(self.at))
        if isinstance(value, frozenset):  # a mapping used as a key
            return self.node(dict(value))
        if isinstance(value, list | tuple):
            start = self.at
            items = [self.node(v) for v in value]
            return yaml.SequenceNode(_SEQ, items, self.mark(start), self.mark(self.at))
        return self.scalar(value)

    def scalar(self, value: Any) -> yaml.Node:
        if value is None:
            text, style = "", ""
        elif isinstance(value, bool):
            text, style = ("true" if value else "false"), ""
        elif isinstance(value, float):
            text, style = _float_text(value), ""
        elif isinstance(value, int):
            text, style = str(value), ""
        else:
            text, style = str(value), '"'
        found = self.text.find(text, self.at) if text else -1
        start = found if found >= 0 else self.at
        self.at = start + len(text) if found >= 0 else self.at
        return yaml.ScalarNode(_STR, text, self.mark(start), self.mark(self.at), style=style)


def _float_text(value: float) -> str:
    if value != value:
        return ".nan"
    if value in (float("inf"), float("-inf")):
        return ".inf" if value > 0 else "-.inf"
    return repr(value)


def nodes(text: str, value: Any) -> yaml.Node:
    """A node tree for `value`, read from `text`, with positions found by looking."""
    return _Nodes(text).node(value)
