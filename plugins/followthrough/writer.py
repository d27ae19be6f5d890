"""Appending a log entry to a lead file's text: every byte already there stays, in order.

The `log` sequence and its last entry are found from the composed node tree; the new
entry is written after it in the file's own style (dash indentation, block or flow
entries, line ends). The result is read back: the old data must be unchanged and the
new entry must hold exactly the given values, or nothing is written.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .loader import Source, compose
from .schema import scalar_kind
from .yaml12 import GUESSED
from .yamltext import scalar

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

Fields = Sequence[tuple[str, str]]


class CannotAppend(Exception):
    """The entry cannot be added to this text without changing what is already there."""


@dataclass(frozen=True, slots=True)
class Appended:
    text: str
    start: int  # the new entry's text is text[start:end]
    end: int


@dataclass(frozen=True, slots=True)
class Layout:
    dash: str  # what precedes an entry's first key, e.g. "  - "
    step: int  # indentation step for block scalar content
    flow: bool  # entries are written as {flow: mappings}


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    """The index just past the line break ending the line that holds `index` (or len)."""
    found = text.find("\n", index)
    return len(text) if found < 0 else found + 1


def _dash(text: str, seq: yaml.SequenceNode, item: yaml.Node) -> str:
    start = item.start_mark.index
    prefix = text[_line_start(text, start) : start]
    if prefix.strip(" \t") == "-" and prefix.lstrip(" ").startswith("-"):
        return prefix.replace("\t", " ")
    return " " * seq.start_mark.column + "- "


def _layout(text: str, top: yaml.MappingNode, key: yaml.Node, value: yaml.Node) -> Layout:
    if isinstance(value, yaml.SequenceNode) and value.value and not value.flow_style:
        item = value.value[-1]
        dash = _dash(text, value, item)
        offset = value.start_mark.column - key.start_mark.column
        flow = isinstance(item, yaml.MappingNode) and bool(item.flow_style)
        return Layout(dash, offset or len(dash) - value.start_mark.column, flow)
    for other_key, other in top.value:  # no entries yet: follow the file's other lists
        if isinstance(other, yaml.SequenceNode) and other.value and not other.flow_style:
            offset = other.start_mark.column - other_key.start_mark.column
            gap = _dash(text, other, other.value[0])[other.start_mark.column :]
            column = key.start_mark.column + offset
            return Layout(" " * column + gap, offset or len(gap), False)
    return Layout(" " * (key.start_mark.column + 2) + "- ", 2, False)


def render(fields: Fields, layout: Layout, nl: str, blocks: bool = True) -> str:
    """The entry as sequence-item text ending with a line end (flow when the file uses it)."""
    col = len(layout.dash)
    multiline = blocks and any("\n" in value for _, value in fields)
    if layout.flow and not multiline:
        pairs = [f"{k}: {_value(k, v, col, layout.step, True)}" for k, v in fields]
        return layout.dash + "{" + ", ".join(pairs) + "}" + nl
    lines = []
    for i, (k, v) in enumerate(fields):
        lead = layout.dash if i == 0 else " " * col
        lines.append(f"{lead}{k}: {_value(k, v, col, layout.step, False, blocks)}")
    return nl.join("\n".join(lines).split("\n")) + nl


def flow_item(fields: Fields) -> str:
    return "{" + ", ".join(f"{k}: {_value(k, v, 0, 2, True)}" for k, v in fields) + "}"


def _value(key: str, value: str, col: int, step: int, flow: bool, blocks: bool = True) -> str:
    if key == "date":
        return value  # validated YYYY-MM-DD[THH:MM], a plain string in YAML 1.2
    try:
        return scalar(value, col, step, flow, blocks)
    except ValueError as exc:
        raise CannotAppend(f"`{key}`: {exc}") from None


def _content_end(node: yaml.Node) -> int:
    """Where the node's last token ends (block scalars: after their trailing lines)."""
    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        return _content_end(node.value[-1][1])
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return _content_end(node.value[-1])
    return int(node.end_mark.index)


def _is_empty(node: yaml.Node) -> bool:
    if isinstance(node, yaml.ScalarNode):
        return not node.style and scalar_kind(node) == "null"
    return isinstance(node, yaml.SequenceNode) and bool(node.flow_style) and not node.value


def _with_final_newline(text: str, at: int, nl: str) -> tuple[str, int]:
    if at == len(text) and text and not text.endswith("\n"):
        return text + nl, at + len(nl)
    return text, at


class _Unreadable(CannotAppend):
    pass


def append(text: str, fields: Fields) -> Appended:
    """`text` with the entry added; block scalars where they read back, else quoted text."""
    try:
        return _append(text, fields, True)
    except _Unreadable:  # e.g. a `|+` scalar would swallow the blank lines that follow
        return _append(text, fields, False)


def _append(text: str, fields: Fields, blocks: bool) -> Appended:
    node, findings = compose(Source("", text))
    if node is None or not isinstance(node, yaml.MappingNode):
        raise CannotAppend(findings[0].message if findings else "the file is not a lead mapping")
    if node.start_mark.name == GUESSED:
        raise CannotAppend(
            "the file is valid YAML, but written in a way whose layout cannot be edited in "
            "place (tabs as indentation, keys split over lines); add the entry by hand"
        )
    first_break = text.find("\n")
    nl = "\r\n" if first_break > 0 and text[first_break - 1] == "\r" else "\n"
    pairs = [(k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == "log"]
    if node.flow_style:
        if pairs and isinstance(pairs[-1][1], yaml.SequenceNode) and pairs[-1][1].flow_style:
            return _append_flow(text, pairs[-1][1], fields)
        raise CannotAppend("the lead is written as one {flow: mapping}; add the entry by hand")
    if not pairs:
        layout = _layout(text, node, node, node)
        body, at = _with_final_newline(text, len(text), nl)
        chunk = " " * node.start_mark.column + "log:" + nl + render(fields, layout, nl, blocks)
        return _checked(text, Appended(body + chunk, at, at + len(chunk)), fields)
    key, value = pairs[-1]
    last_key = node.value[-1][0] is key
    layout = _layout(text, node, key, value)
    if isinstance(value, yaml.SequenceNode) and value.value:
        if value.flow_style:
            return _append_flow(text, value, fields)
        end = _content_end(value.value[-1])
        at = len(text) if last_key else end if text[end - 1] == "\n" else _line_end(text, end)
    elif _is_empty(value):
        text = _drop_empty_value(text, value)
        at = len(text) if last_key else _line_end(text, key.start_mark.index)
    else:
        raise CannotAppend("`log` must be a list of entries; fix it first (followthrough check)")
    body, at = _with_final_newline(text, at, nl)
    chunk = render(fields, layout, nl, blocks)
    return _checked(text, Appended(body[:at] + chunk + body[at:], at, at + len(chunk)), fields)


def _drop_empty_value(text: str, value: yaml.Node) -> str:
    start, end = value.start_mark.index, value.end_mark.index
    if start == end:
        return text
    rest = text[end : _line_end(text, end)]
    if not rest.strip():
        while start > 0 and text[start - 1] == " ":
            start -= 1
    return text[:start] + text[end:]


def _append_flow(text: str, seq: yaml.SequenceNode, fields: Fields) -> Appended:
    at = seq.value[-1].end_mark.index
    chunk = ", " + flow_item(fields)
    return _checked(text, Appended(text[:at] + chunk + text[at:], at + 2, at + len(chunk)), fields)


# ---- inserting -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Inserted:
    text: str
    indexes: tuple[int, ...]  # each new entry's place in the new log, in the order given


Placed = Sequence[tuple[int, Fields]]  # (index in the old log to go before, entry)


def insert(text: str, placed: Placed) -> Inserted:
    """`text` with each entry put before the old log's entry of the given index (the number of
    entries: at the end); entries given the same index keep their order. Every byte stays."""
    order = sorted(range(len(placed)), key=lambda i: placed[i][0])
    items = [placed[i] for i in order]
    try:
        text = _insert(text, items, True)
    except _Unreadable:
        text = _insert(text, items, False)
    indexes = [0] * len(placed)
    for shift, i in enumerate(order):
        indexes[i] = placed[i][0] + shift
    return Inserted(text, tuple(indexes))


def _insert(text: str, items: Placed, blocks: bool) -> str:
    if not items:
        return text
    node, findings = compose(Source("", text))
    if node is None or not isinstance(node, yaml.MappingNode):
        raise CannotAppend(findings[0].message if findings else "the file is not a lead mapping")
    pairs = [(k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == "log"]
    value = pairs[-1][1] if pairs else None
    if not isinstance(value, yaml.SequenceNode) or not value.value:
        if any(index != 0 for index, _ in items):
            raise CannotAppend("the log has no entries to insert among")
        first = _append(text, items[0][1], blocks).text
        return _insert(first, [(1, fields) for _, fields in items[1:]], blocks)
    count = len(value.value)
    if any(not 0 <= index <= count for index, _ in items):
        raise CannotAppend(f"the log has {count} entries")
    old = text
    groups: dict[int, list[Fields]] = {}
    for index, fields in items:
        groups.setdefault(index, []).append(fields)
    if value.flow_style:
        text = _insert_flow(text, value, groups)
    else:
        text = _insert_block(text, node, pairs[-1][0], value, groups, blocks)
    _check_inserted(old, text, items)
    return text


def _insert_flow(text: str, value: yaml.SequenceNode, groups: dict[int, list[Fields]]) -> str:
    """Entries into a flow sequence (`log: [{...}, {...}]`), each group before its index."""
    count = len(value.value)
    for index in sorted(groups, reverse=True):
        chunk = ", ".join(flow_item(fields) for fields in groups[index])
        if index == count:
            at, chunk = value.value[-1].end_mark.index, ", " + chunk
        else:
            at, chunk = value.value[index].start_mark.index, chunk + ", "
        text = text[:at] + chunk + text[at:]
    return text


def _insert_block(
    text: str,
    node: yaml.MappingNode,
    key: yaml.Node,
    value: yaml.SequenceNode,
    groups: dict[int, list[Fields]],
    blocks: bool,
) -> str:
    """Entries into a block sequence, each group on its own lines before its index."""
    count = len(value.value)
    layout = _layout(text, node, key, value)
    first_break = text.find("\n")
    nl = "\r\n" if first_break > 0 and text[first_break - 1] == "\r" else "\n"
    for index in sorted(groups, reverse=True):
        chunk = "".join(render(fields, layout, nl, blocks) for fields in groups[index])
        if index == 0:
            at = _line_start(text, value.start_mark.index)
            if text[at : value.start_mark.index].strip(" "):
                raise CannotAppend("the first entry does not start its own line")
        else:
            end = _content_end(value.value[index - 1])
            last = index == count and node.value[-1][0] is key
            at = len(text) if last else end if text[end - 1] == "\n" else _line_end(text, end)
            text, at = _with_final_newline(text, at, nl)
        text = text[:at] + chunk + text[at:]
    return text


def _check_inserted(old: str, new: str, items: Placed) -> None:
    old_others, old_log = _split(old)
    new_others, new_log = _split(new)
    want = list(old_log)
    for shift, (index, fields) in enumerate(items):
        want.insert(index + shift, [(("str", k), ("str", v)) for k, v in fields])
    if new_others != old_others or len(new_log) != len(want):
        raise CannotAppend(
            "inserting here would change a value already in the file; add the entries by hand"
        )
    if new_log != want:
        raise _Unreadable("the new entries would not read back as given; add them by hand")


# ---- reading back ---------------------------------------------------------------------------


def _data(node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return (scalar_kind(node), node.value)
    if isinstance(node, yaml.SequenceNode):
        return [_data(child) for child in node.value]
    return [(_data(k), _data(v)) for k, v in node.value]


def _split(text: str) -> tuple[list[Any], list[Any]]:
    node, _ = compose(Source("", text))
    if node is None:
        raise CannotAppend("the new text would not be valid YAML")
    others, log = [], []
    for k, v in _data(node):
        if k == ("str", "log"):
            log = v if isinstance(v, list) else []
        else:
            others.append((k, v))
    return others, log


def _checked(old: str, new: Appended, fields: Fields) -> Appended:
    old_others, old_log = _split(old)
    new_others, new_log = _split(new.text)
    want = [(("str", k), ("str", v)) for k, v in fields]
    if new_others != old_others or new_log[:-1] != old_log:
        raise CannotAppend(
            "appending here would change a value already in the file (does it "
            "end inside a block scalar without a final line end?); add a line "
            "end at the end of the file, or add the entry by hand"
        )
    if not new_log or new_log[-1] != want:
        raise _Unreadable("the new entry would not read back as given; add it by hand")
    return new


# ---- writing --------------------------------------------------------------------------------


# Test hooks: when set to a path, the writer creates that file at the named point of its write
# and waits (at most PAUSE_SECONDS) until the file is removed, so that a test can kill it, race
# it or change the lead right there. Unset, they cost one environment lookup.
PAUSE_BEFORE_REPLACE = "FOLLOWTHROUGH_PAUSE_BEFORE_REPLACE"
PAUSE_AFTER_REPLACE = "FOLLOWTHROUGH_PAUSE_AFTER_REPLACE"
PAUSE_SECONDS = 30.0


def _pause(variable: str) -> None:
    marker = os.environ.get(variable)
    if not marker:
        return
    Path(marker).touch()
    deadline = time.monotonic() + PAUSE_SECONDS
    while os.path.exists(marker) and time.monotonic() < deadline:
        time.sleep(0.01)


def _temp_name(path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(f".{path.name}.") + r"[a-z0-9_]{8}\.tmp")


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the lead's lock (`.NAME.lock` next to it) from reading it to replacing it.

    Every `log` takes it, so two at once on one lead run one after the other and both
    entries land. The lock file is removed on the way out; a process that locked a file
    removed meanwhile locks again. Temporary files of writers that died (kill -9, power
    loss) are removed while the lock is held: no live writer can own them then.
    """
    real = Path(os.path.realpath(path))
    lock = real.parent / f".{real.name}.lock"
    if fcntl is None:  # pragma: no cover - no flock on this system: rely on the `expect` check
        yield
        return
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(lock))
            except FileNotFoundError:
                same = False
        except BaseException:
            os.close(fd)
            raise
        if same:
            break
        os.close(fd)  # the holder before us removed it: lock the one that is there now
    try:
        stale = _temp_name(real)
        for other in real.parent.iterdir():
            if stale.fullmatch(other.name):
                other.unlink(missing_ok=True)
        yield
    finally:
        try:
            os.unlink(lock)
        finally:
            os.close(fd)


def write_atomic(path: Path, data: bytes, expect: bytes | None = None) -> None:
    """Replace `path` by `data` in one step, keeping its permission bits.

    The data goes to a temporary file next to it (named `.NAME.XXXXXXXX.tmp`, which is never
    taken for a lead), is flushed to disk, then renamed over the lead: a crash at any point
    leaves either the old file or the new one, whole. With `expect`, refuse when the file no
    longer holds those bytes (an editor changed it meanwhile).
    """
    path = Path(os.path.realpath(path))
    mode = stat.S_IMODE(path.stat().st_mode)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        _pause(PAUSE_BEFORE_REPLACE)
        if expect is not None and path.read_bytes() != expect:
            raise CannotAppend(f"{path.name} changed while the entry was being added; try again")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    _pause(PAUSE_AFTER_REPLACE)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def create_atomic(path: Path, data: bytes, sync_dir: bool = True) -> None:
    """Write a new file in one step; FileExistsError, and nothing changed, if `path` exists.

    The data goes to a temporary file next to it, is flushed to disk, then linked to its name,
    which fails when the name is taken: a file that appeared meanwhile is never replaced, and
    a crash leaves either no file or the whole one. Writing many, pass `sync_dir=False`
    and call `sync_folder(folder)` once after the last.
    """
    umask = os.umask(0)
    os.umask(umask)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~umask)
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:  # no hard links on this file system: exclusive create instead
            with open(path, "xb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
    finally:
        Path(tmp).unlink(missing_ok=True)
    if sync_dir:
        _fsync_dir(path.parent)


def sync_folder(folder: Path) -> None:
    """Make the names created in `folder` durable."""
    _fsync_dir(folder)
