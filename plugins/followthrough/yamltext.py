"""Writing single YAML scalars as text that reads back to exactly the given string."""

from __future__ import annotations

import yaml

try:
    _Loader: type = yaml.CBaseLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.BaseLoader

_SPECIAL = frozenset({"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"})
_PLAIN_PUNCT = frozenset(" -_.,'()/&+@!?;")
_FLOW_CHARS = frozenset(",[]{}?")  # "?" too: pure PyYAML ends a flow plain scalar there


def _printable(ch: str) -> bool:
    code = ord(ch)
    return (
        0x20 <= code <= 0x7E
        or 0xA0 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    ) and code not in (0x2028, 0x2029, 0xFEFF)


def _plain_ok(value: str, flow: bool) -> bool:
    if not value or value != value.strip() or not value[0].isalpha():
        return False
    if value.lower() in _SPECIAL:
        return False
    allowed = _PLAIN_PUNCT - _FLOW_CHARS if flow else _PLAIN_PUNCT
    return all(ch.isalnum() or ch in allowed for ch in value)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def double_quoted(value: str) -> str:
    out = []
    for ch in value:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif _printable(ch):
            out.append(ch)
        elif ord(ch) <= 0xFF:
            out.append(f"\\x{ord(ch):02X}")
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(f"\\U{ord(ch):08X}")
    return '"' + "".join(out) + '"'


def literal(value: str, indent: int, step: int) -> str:
    """A `|` block scalar whose content lines sit at column `indent` (`step` past the key)."""
    trailing = len(value) - len(value.rstrip("\n"))
    chomp = "-" if trailing == 0 else ("" if trailing == 1 else "+")
    body = value if trailing == 0 else value[:-1]
    lines = body.split("\n")
    first = next((line for line in lines if line.strip(" ")), "")
    indicator = (
        str(step)
        if first.startswith(" ")
        or any(line.startswith(" ") for line in lines[: lines.index(first)])
        else ""
    )
    pad = " " * indent
    return f"|{indicator}{chomp}\n" + "\n".join(pad + line if line else "" for line in lines)


def reads_back(rendered: str, value: str, key_col: int, flow: bool) -> bool:
    doc = ("{k: " + rendered + "}") if flow else (" " * key_col + "k: " + rendered + "\n")
    try:
        data = yaml.load(doc, Loader=_Loader)  # BaseLoader: strings only, no objects
        node = yaml.compose(doc, Loader=_Loader)
    except yaml.YAMLError:
        return False
    if data != {"k": value}:
        return False
    scalar = node.value[0][1] if isinstance(node, yaml.MappingNode) else None
    return isinstance(scalar, yaml.ScalarNode) and (bool(scalar.style) or not _typed(value))


def _typed(value: str) -> bool:
    from .schema import scalar_kind

    return scalar_kind(yaml.ScalarNode("tag:yaml.org,2002:str", value)) != "str"


def scalar(value: str, key_col: int, step: int, flow: bool = False, block: bool = True) -> str:
    """`value` as plain, `|` block or double-quoted text, whichever is simplest and reads back."""
    candidates = []
    if "\n" in value and value.strip() and block and not flow:
        candidates.append(literal(value, key_col + step, step))
    if _plain_ok(value, flow):
        candidates.append(value)
    candidates.append(double_quoted(value))
    for text in candidates:
        if reads_back(text, value, key_col, flow):
            return text
    raise ValueError(f"cannot write {value[:40]!r} as YAML text")
