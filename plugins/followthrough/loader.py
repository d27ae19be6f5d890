"""Reading a lead file into a YAML node tree that keeps positions, or findings that say why not.

yaml-rs decides whether the text is YAML 1.2, and where it is not (see `yaml12`). The nodes
come from libyaml through PyYAML's C parser when it is there, with no implicit tag
resolution: every scalar stays a string with its style, and `schema` applies YAML 1.2
core-schema typing itself (so `company: no` is the string "no"). Tags are refused with a
finding; nothing is ever constructed from them, so no Python object can be made.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import yaml12
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


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    text: str

    def pos(self, index: int) -> Pos:
        return yaml12.position(self.text, index)


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
    ("tabs disallowed", "indent with spaces, not tabs"),
    ("found a tab", "indent with spaces, not tabs"),
    ("expected a single document", "keep one lead per file: remove the '---' line"),
    ("but found another document", "keep one lead per file: remove the '---' line"),
    (
        "found undefined alias",
        "anchors and aliases are not used in lead files; write the value out",
    ),
    ("special characters are not allowed", "remove control characters; is this a binary file?"),
    ("could not find expected ':'", "write each key as 'key: value'"),
    ("simple key expect ':'", "write each key as 'key: value'"),
    ("did not find expected key", "line the keys of one mapping up at the same indentation"),
    ("comments must be separated", "put a space before '#', or quote the whole value"),
    (
        "trailing content after double-quoted",
        "after the closing quote only a comment may follow (a space, then '#')",
    ),
    ("comment intercepting", "a comment cannot sit inside a value; move it above the key"),
    (
        "indentation in multiline quoted",
        "indent the continuation lines of a quoted value past its key",
    ),
    (
        "wrongly indented line in block scalar",
        "indent every line of a '|' or '>' text at least as far as its first line",
    ),
    ("unclosed quote", "close the quote"),
    ("unclosed bracket", "close the bracket"),
    ("unexpected EOF while parsing a flow", "close the bracket"),
    (
        "unknown escape character",
        "in double quotes write a backslash as \\\\, or use single quotes",
    ),
    ("block sequence entries are not allowed", "start the list on the line after 'key:'"),
    ("document end marker before directive", "keep one lead per file: remove the '%' line"),
    ("maximum nesting depth", "a lead is never nested this deeply; flatten this value"),
)


def _char_at(src: Source, pos: Pos) -> str:
    lines = _LINES.split(src.text)
    if pos.line - 1 < len(lines) and pos.column - 1 < len(lines[pos.line - 1]):
        return lines[pos.line - 1][pos.column - 1]
    return ""


_LINES = re.compile(r"\r\n|\r|\n")  # the only line breaks in YAML 1.2


# where a tag (`!`), an anchor (`&name`) or an alias (`*name`) could start
_MAY_MARK = re.compile(r"[ \t\r\n,\[{](?:!|[&*][^ \t\r\n,\[\]{}])")


def _may_mark(text: str) -> bool:
    return text.startswith(("!", "&", "*")) or _MAY_MARK.search(text) is not None


REFUSED_TAG = "tag:followthrough.invalid,2026:refused"  # a tagged node: reported, then skipped


def _markers(src: Source, text: str) -> tuple[Finding | None, dict[int, Finding]]:
    """The first anchor or alias (refused before anything is expanded: events only), and
    every tag by the index where its node starts."""
    tags: dict[int, Finding] = {}
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            return _alias(src, str(event.anchor), mark_pos(event.start_mark)), tags
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            return _anchor(src, anchor, mark_pos(event.start_mark)), tags
        tag = getattr(event, "tag", None)
        if tag is not None:
            mark = event.start_mark
            tags[mark.index if mark else 0] = _tag(src, tag, mark_pos(mark))
    return None, tags


def _alias(src: Source, name: str, pos: Pos) -> Finding:
    return _finding(
        src.path,
        pos,
        f"alias *{name} is not allowed in lead files (aliases can blow up memory); "
        "write the value out",
    )


def _anchor(src: Source, name: str, pos: Pos) -> Finding:
    return _finding(
        src.path,
        pos,
        f"anchor &{name} is not allowed in lead files; write the value out and remove the anchor",
    )


def _tag(src: Source, tag: str, pos: Pos) -> Finding:
    shown = str(tag).replace("tag:yaml.org,2002:", "!!", 1)
    return _finding(
        src.path,
        pos,
        f"the tag {shown} is not allowed in lead files; remove it (a value's type comes "
        "from how it is written: quote text that looks like a number)",
    )


def _several(src: Source, pos: Pos) -> Finding:
    return _finding(
        src.path,
        pos,
        "the file holds more than one YAML document; keep one lead per file: "
        "remove the '---' line and split the leads into files of their own",
    )


def _not_mapping(src: Source, pos: Pos) -> Finding:
    return _finding(src.path, pos, "a lead file must be a mapping of keys such as 'company: NAME'")


def _too_deep(src: Source, pos: Pos) -> Finding:
    return _finding(
        src.path,
        pos,
        "the YAML is nested too deeply to be a lead (past the maximum nesting depth); "
        "a lead is never nested this deeply: flatten this value",
    )


def _libyaml_error(src: Source, exc: yaml.YAMLError) -> Finding:
    if not isinstance(exc, yaml.MarkedYAMLError):
        return _too_deep(src, Pos(1, 1))
    pos = mark_pos(exc.problem_mark or exc.context_mark)
    if "nesting depth" in str(exc):
        return _too_deep(src, pos)
    problem = ", ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
    return _syntax(src, yaml12.SyntaxProblem(pos, problem))


def _syntax(src: Source, bad: yaml12.SyntaxProblem) -> Finding:
    pos = bad.pos or Pos(1, 1)
    lines = _LINES.split(src.text)
    line = min(max(pos.line, 1), len(lines))
    pos = Pos(line, min(max(pos.column, 1), len(lines[line - 1]) + 1))
    if "unknown anchor" in bad.problem and _char_at(src, pos) == "*":  # aliases are refused
        name = re.match(r"[^\s,\[\]{}]*", lines[line - 1][pos.column :])
        return _alias(src, name.group(0) if name else "", pos)
    if "tab" in bad.problem:  # point at the tab itself: on this line, else the next one
        if "\t" in lines[line - 1][: pos.column]:
            pos = Pos(line, lines[line - 1].find("\t") + 1)
        else:
            after = src.text.find("\t", sum(len(text) + 1 for text in lines[: line - 1]))
            pos = src.pos(after) if after >= 0 else pos
    text = bad.problem + (" found a tab character" if _char_at(src, pos) == "\t" else "")
    fix = next((hint for key, hint in _HINTS if key in text), "fix the YAML syntax here")
    return _finding(src.path, pos, f"invalid YAML: {bad.problem}; {fix}")


def compose(src: Source) -> tuple[yaml.Node | None, list[Finding]]:
    """The single document's node tree, or a `yaml` finding at the first problem.

    yaml-rs decides whether the text is YAML 1.2 (see `yaml12`); libyaml reads the nodes.
    """
    bad = yaml12.syntax_problem(src.text)
    if bad is not None and bad.problem != yaml12.TOO_DEEP:
        return None, [_syntax(src, bad)]
    return _read(src, src.text, bad is not None)


def _read(src: Source, text: str, too_deep: bool) -> tuple[yaml.Node | None, list[Finding]]:
    """The nodes of valid YAML `text` (`src`'s text, or the same with tabs as spaces)."""
    masked = yaml12.mask(text)
    tags: dict[int, Finding] = {}
    try:
        if _may_mark(masked.text):
            found, tags = _markers(src, masked.text)
            if found is not None:
                return None, [found]
        node = yaml.compose(masked.text, Loader=_Loader)
    except yaml.composer.ComposerError as exc:
        if "expected a single document" in str(exc):
            return None, [_several(src, mark_pos(exc.problem_mark))]
        return _read_otherwise(src)
    except yaml.YAMLError as exc:
        if too_deep or "nesting depth" in str(exc):  # too deep for yaml-rs to judge
            return None, [_libyaml_error(src, exc)]
        if text is src.text and "\t" in text:
            spaced = text.replace("\t", " ")  # same length: every position stays
            if yaml12.same_value(spaced, text):  # the tabs were only separation
                return _read(src, spaced, too_deep)
        return _read_otherwise(src)
    except RecursionError:
        return None, [_too_deep(src, Pos(1, 1))]
    return _document(src, node, masked, tags)


def _document(
    src: Source, node: yaml.Node | None, masked: yaml12.Masked, tags: dict[int, Finding]
) -> tuple[yaml.Node | None, list[Finding]]:
    """The composed root: a mapping with its YAML 1.2 values back, or why it is not a lead."""
    if node is None:
        return None, [
            _finding(
                src.path, Pos(1, 1), "the file is empty; a lead needs at least 'company: NAME'"
            )
        ]
    if not isinstance(node, yaml.MappingNode):
        return None, [*tags.values(), _not_mapping(src, mark_pos(node.start_mark))]
    if masked.back or tags:
        for key, value in node.value:
            _finish(key, masked, tags)
            _finish(value, masked, tags)
    return node, list(tags.values())


def _finish(node: yaml.Node, masked: yaml12.Masked, tags: dict[int, Finding]) -> None:
    """Values get their YAML 1.2 text back; tagged nodes are marked to be skipped."""
    if node.start_mark.index in tags:
        node.tag = REFUSED_TAG
    if isinstance(node, yaml.ScalarNode):
        node.value = masked.restore(node.value)
    elif isinstance(node, yaml.SequenceNode):
        for child in node.value:
            _finish(child, masked, tags)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _finish(key, masked, tags)
            _finish(value, masked, tags)


def _read_otherwise(src: Source) -> tuple[yaml.Node | None, list[Finding]]:
    """Valid YAML 1.2 that libyaml cannot read: the value from yaml-rs, positions by looking."""
    marker = yaml12.first_marker(src.text)
    if marker is not None:
        index, kind = marker
        pos = src.pos(index)
        name = re.match(r"[^\s,\[\]{}]*", src.text[index + 1 :])
        word = name.group(0) if name else ""
        if kind == "&":
            return None, [_anchor(src, word, pos)]
        if kind == "*":
            return None, [_alias(src, word, pos)]
        return None, [_tag(src, "!" + word, pos)]
    try:
        value = yaml12.value_of(src.text)
    except yaml12.Duplicate as dup:
        key = "" if dup.key == "None" else dup.key
        at = src.text.find(key, src.text.find(key) + 1) if key else -1
        shown = f"`{key}`" if key else "(an empty key)"
        return None, [_finding(src.path, src.pos(max(at, 0)), f"duplicate key {shown}; keep one")]
    except RecursionError:
        return None, [_too_deep(src, Pos(1, 1))]
    except Exception:  # the syntax check accepted it: nothing else is expected here
        return None, [_finding(src.path, Pos(1, 1), "invalid YAML; fix the YAML syntax")]
    if value is None:
        return None, [
            _finding(
                src.path, Pos(1, 1), "the file is empty; a lead needs at least 'company: NAME'"
            )
        ]
    if not isinstance(value, dict):
        starts = _DOC_START.findall(src.text)
        if len(starts) > 1 or (starts and src.text.lstrip().find("---") > 0):
            return None, [_several(src, Pos(1, 1))]
        return None, [_not_mapping(src, Pos(1, 1))]
    try:
        return yaml12.nodes(src.text, value), []
    except RecursionError:
        return None, [_too_deep(src, Pos(1, 1))]


_DOC_START = re.compile(r"^---(?=[ \t\r\n]|$)", re.M)
