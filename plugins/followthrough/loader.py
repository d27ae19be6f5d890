"""Reading a lead file into a YAML node tree that keeps positions, or findings that say why not.

Reading uses libyaml through PyYAML's C parser when it is there, with no implicit
tag resolution: every scalar stays a string with its style, and `schema` applies
YAML 1.2 core-schema typing itself (so `company: no` is the string "no").
Nothing is ever constructed from tags, so no Python object can be made.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .findings import ERROR, Finding
from .model import Pos

MAX_BYTES = 1 << 20

_Base: type = getattr(yaml, "CBaseLoader", yaml.BaseLoader)  # libyaml, when PyYAML has it


class _Loader(_Base):  # type: ignore[misc]
    """Every scalar stays a string: no implicit resolution (the base resolver has none)."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            return "tag:yaml.org,2002:str"
        return "tag:yaml.org,2002:seq" if kind is yaml.SequenceNode else "tag:yaml.org,2002:map"


STANDARD_TAGS = frozenset(
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
)


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    text: str

    def pos(self, index: int) -> Pos:
        index = max(0, min(index, len(self.text)))
        line_start = self.text.rfind("\n", 0, index) + 1
        return Pos(self.text.count("\n", 0, index) + 1, index - line_start + 1)


def _finding(path: str, pos: Pos, message: str) -> Finding:
    return Finding(path, pos.line, pos.column, ERROR, "yaml", message)


def mark_pos(mark: Any) -> Pos:
    if mark is None:
        return Pos(1, 1)
    return Pos(mark.line + 1, mark.column + 1)


def read(path: Path, display: str, root: Path | None = None) -> tuple[Source | None, list[Finding]]:
    """The file's text, or a finding; never blocks on a FIFO, never reads more than 1 MiB + 1.

    With `root` (the repository: the folder of mkdocs.yml), a file inside it that is a
    symlink to somewhere outside it is refused: the repository holds the leads, and a
    link out of it could make the tools read (or `log` write) any file on the machine.
    """
    top = Pos(1, 1)
    if root is not None:
        why = outside(path, root)
        if why is not None:
            return None, [_finding(display, top, why)]
    try:
        # O_NONBLOCK: a FIFO swapped in after a stat would otherwise block the open
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        return None, [_finding(display, top, _cannot_read(path, exc))]
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None, [_finding(display, top, "not a regular file; a lead must be a plain file")]
        if st.st_size > MAX_BYTES:
            return None, [
                _finding(
                    display,
                    top,
                    f"the file is {st.st_size:,} bytes, over the 1 MiB "
                    "limit for a lead; move long texts elsewhere or split the lead",
                )
            ]
        data = _read_at_most(fd, MAX_BYTES + 1)
    except OSError as exc:
        return None, [_finding(display, top, _cannot_read(path, exc))]
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        return None, [_finding(display, top, "the file is over the 1 MiB limit for a lead")]
    return decode(data, display)


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks, size = [], 0
    while size < limit:
        chunk = os.read(fd, limit - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def outside(path: Path, root: Path) -> str | None:
    """Why a file under `root` reached through a symlink that leads out of it is refused."""
    where = os.path.abspath(path)
    if not _inside(where, os.path.abspath(root)):
        return None  # named explicitly from outside the repository: no link is involved
    target = os.path.realpath(where)
    if _inside(target, os.path.realpath(root)) or not os.path.exists(target):
        return None  # inside, or dangling (opening it says so)
    return (
        f"symlink points outside the repository (to {target}); "
        "keep lead files inside the repository, or copy the file in"
    )


def _cannot_read(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "the symlink loops back on itself; point it at a lead file or remove it"
    if os.path.islink(path) and not os.path.exists(path):
        return (
            f"the symlink is dangling: {os.readlink(path)} does not exist; "
            "remove the link or restore its target"
        )
    if isinstance(exc, PermissionError):
        return "cannot read the file: permission denied; make it readable (chmod u+r)"
    return f"cannot read the file: {exc.strerror or exc}"


def decode(data: bytes, display: str) -> tuple[Source | None, list[Finding]]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [_finding(display, Pos(1, 1), "the file is UTF-16; save it as UTF-8")]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:512]
    if b"\x00" in sample and max(sample[0::2].count(0), sample[1::2].count(0)) > len(sample) // 4:
        return None, [
            _finding(display, Pos(1, 1), "the file looks like UTF-16 (no BOM); save it as UTF-8")
        ]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        return None, [
            Finding(
                display,
                line,
                column,
                ERROR,
                "yaml",
                f"byte 0x{data[exc.start]:02x} is not UTF-8; save the file as "
                "UTF-8 (it may be Latin-1 or binary)",
            )
        ]
    return Source(display, text), []


_HINTS = (
    (
        "mapping values are not allowed",
        "quote a value that contains ': ' (for example summary: \"Call: went well\")",
    ),
    ("found character '\\t'", "indent with spaces, not tabs"),
    ("found a tab character", "indent with spaces, not tabs"),
    ("expected a single document", "keep one lead per file: remove the '---' line"),
    ("but found another document", "keep one lead per file: remove the '---' line"),
    (
        "found undefined alias",
        "anchors and aliases are not used in lead files; write the value out",
    ),
    ("special characters are not allowed", "remove control characters; is this a binary file?"),
    ("could not find expected ':'", "write each key as 'key: value'"),
    ("maximum nesting depth", "a lead is never nested this deeply; flatten this value"),
)


def _char_at(src: Source, pos: Pos) -> str:
    lines = src.text.split("\n")
    if pos.line - 1 < len(lines) and pos.column - 1 < len(lines[pos.line - 1]):
        return lines[pos.line - 1][pos.column - 1]
    return ""


def _yaml_error(display: str, src: Source, exc: yaml.YAMLError) -> Finding:
    text = str(exc)
    if isinstance(exc, yaml.MarkedYAMLError):
        pos = mark_pos(exc.problem_mark or exc.context_mark)
        problem = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            where = ""
            c_mark, p_mark = exc.context_mark, exc.problem_mark
            if c_mark is not None and p_mark is not None and c_mark.line != p_mark.line:
                where = f" that starts on line {c_mark.line + 1}"
            problem = f"{exc.context}{where}, {exc.problem}"
        if _char_at(src, pos) == "\t":
            text += " found a tab character"
    elif isinstance(exc, yaml.reader.ReaderError):
        index = exc.position
        if _Base is not yaml.BaseLoader:  # libyaml counts UTF-8 bytes, not characters
            index = len(src.text.encode("utf-8")[:index].decode("utf-8", "ignore"))
        pos = src.pos(index)
        char = exc.character
        shown = f"U+{char:04X}" if isinstance(char, int) else f"U+{ord(char):04X}"
        problem = f"the control character {shown} is not allowed in YAML"
        text += " special characters are not allowed"
    else:
        pos, problem = Pos(1, 1), text.splitlines()[0] if text else "invalid YAML"
    fix = next((hint for key, hint in _HINTS if key in text), "fix the YAML syntax here")
    return _finding(display, pos, f"invalid YAML: {problem}; {fix}")


def _refuse_anchors(src: Source) -> Finding | None:
    """Anchors and aliases are refused before anything is expanded (events only, no nodes)."""
    for event in yaml.parse(src.text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            return _finding(
                src.path,
                mark_pos(event.start_mark),
                f"alias *{event.anchor} is not allowed in lead files (aliases can "
                "blow up memory); write the value out",
            )
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            return _finding(
                src.path,
                mark_pos(event.start_mark),
                f"anchor &{anchor} is not allowed in lead files; write the value "
                "out and remove the anchor",
            )
    return None


def compose(src: Source) -> tuple[yaml.Node | None, list[Finding]]:
    """The single document's node tree, or a `yaml` finding at the first problem."""
    try:
        if "&" in src.text or "*" in src.text:
            found = _refuse_anchors(src)
            if found is not None:
                return None, [found]
        node = yaml.compose(src.text, Loader=_Loader)
    except yaml.YAMLError as exc:
        return None, [_yaml_error(src.path, src, exc)]
    except RecursionError:
        return None, [_finding(src.path, Pos(1, 1), "the YAML is nested too deeply to be a lead")]
    if node is None:
        return None, [
            _finding(
                src.path, Pos(1, 1), "the file is empty; a lead needs at least 'company: NAME'"
            )
        ]
    if not isinstance(node, yaml.MappingNode):
        return None, [
            _finding(
                src.path,
                mark_pos(node.start_mark),
                "a lead file must be a mapping of keys such as 'company: NAME'",
            )
        ]
    return node, []


def foreign_tag(node: yaml.Node) -> str | None:
    tag = node.tag
    if tag is None or tag in STANDARD_TAGS:
        return None
    return str(tag).replace("tag:yaml.org,2002:", "!!", 1)
