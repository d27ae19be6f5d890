"""Loading lead files: read, compose, validate, build the model. Never raises on bad input."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import loader
from .findings import Finding
from .loader import Source, mark_pos
from .model import Contact, Entry, Instruction, Lead, Span
from .schema import CONTACT, ENTRY, INSTRUCTION, LEAD, Builder, scalar_kind

SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class Loaded:
    path: str
    lead: Lead | None
    findings: tuple[Finding, ...]
    source: Source | None = None


def is_lead_name(name: str) -> bool:
    return name.endswith(SUFFIXES) and not name.startswith(("_", "."))


def lead_files(leads_dir: Path) -> list[Path]:
    try:
        return sorted(p for p in leads_dir.iterdir() if is_lead_name(p.name))
    except OSError:
        return []


def lead_id(path: str) -> str:
    name = Path(path).name
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def load_file(path: Path, display: str | None = None, root: Path | None = None) -> Loaded:
    """The lead in `path`; with `root`, a symlink from inside it to outside it is refused."""
    display = display if display is not None else str(path)
    src, findings = loader.read(path, display, root)
    if src is None:
        return Loaded(display, None, tuple(findings))
    return load_source(src)


def load_text(text: str, display: str) -> Loaded:
    return load_source(Source(display, text))


def load_source(src: Source) -> Loaded:
    node, findings = loader.compose(src)
    if node is None:
        return Loaded(src.path, None, tuple(findings), src)
    builder = Builder(src)
    lead = build(builder, node, src)
    return Loaded(src.path, lead, (*findings, *builder.findings), src)


def _val(fields: dict[str, tuple[Any, yaml.Node]], key: str, default: Any = None) -> Any:
    got = fields.get(key)
    return default if got is None else got[0]


def build(builder: Builder, node: yaml.Node, src: Source) -> Lead | None:
    top = builder.mapping(node, LEAD, "the lead")
    contacts = tuple(_contacts(_val(top, "contacts", [])))
    instructions = tuple(_instructions(builder, _val(top, "instructions", [])))
    log = tuple(_entries(_val(top, "log", [])))
    country = _country(builder, top)
    return Lead(
        id=lead_id(src.path),
        path=src.path,
        company=_val(top, "company", lead_id(src.path)),
        role=_val(top, "role"),
        kind=_val(top, "kind", "job"),
        status=_val(top, "status", "active"),
        contacts=contacts,
        source=_val(top, "source"),
        url=_val(top, "url"),
        tags=_val(top, "tags", ()),
        cadence_days=_val(top, "cadence_days"),
        country=country,
        added=_val(top, "added"),
        notes=_val(top, "notes"),
        stage=_val(top, "stage"),
        instructions=instructions,
        log=log,
    )


def _country(builder: Builder, top: dict[str, tuple[Any, yaml.Node]]) -> str | None:
    """The lead's own country code, if the holiday calendar knows it."""
    code = _val(top, "country")
    if code is None:
        return None
    from .days_off import country_problem

    problem = country_problem(str(code).strip().upper())
    if problem is not None:
        builder.fail(top["country"][1], f"`country`: {problem}")
        return None
    return str(code).strip().upper()


Items = Iterable[tuple[dict[str, tuple[Any, yaml.Node]], yaml.Node]]


def _contacts(items: Items) -> Iterable[Contact]:
    for fields, _node in items:
        if "name" not in fields:
            continue
        yield Contact(**{f.name: _val(fields, f.name) for f in CONTACT.fields})


def _instructions(builder: Builder, items: Items) -> Iterable[Instruction]:
    for fields, node in items:
        if "date" not in fields or "kind" not in fields:
            continue
        instr = Instruction(
            pos=mark_pos(node.start_mark),
            **{f.name: _val(fields, f.name) for f in INSTRUCTION.fields},
        )
        if instr.until is not None and instr.until <= instr.date:
            builder.fail(
                fields["until"][1],
                f"`until` ({instr.until}) must come after the "
                f"instruction's `date` ({instr.date}): it is the first day contact "
                "is allowed again",
            )
            continue
        if instr.kind == "quiet-until" and instr.until is None:
            if _written(node, "until"):
                continue  # written, but not as a date: that finding says what to fix
            builder.fail(
                node,
                "a quiet-until instruction needs `until:` (the first day contact "
                "is allowed again); for no end date use `kind: no-contact`",
            )
            continue
        yield instr


def _entries(items: Items) -> Iterable[Entry]:
    for index, (fields, node) in enumerate(items):
        if "date" not in fields or "type" not in fields:
            continue
        day, time = _val(fields, "date")
        span = None
        if "message" in fields:
            value_node = _value_node(node, "message")
            if value_node is not None:
                span = Span(
                    value_node.start_mark.index,
                    value_node.end_mark.index,
                    mark_pos(value_node.start_mark),
                )
        values = {
            f.name: _val(fields, f.name) for f in ENTRY.fields if f.name not in ("date", "with")
        }
        yield Entry(
            date=day,
            time=time,
            pos=mark_pos(node.start_mark),
            index=index,
            with_=_val(fields, "with"),
            message_span=span,
            **values,
        )


def _written(node: yaml.Node, key: str) -> bool:
    """Whether `key` is there with a value other than nothing (`until:` or `until: ~`)."""
    value = _value_node(node, key)
    if value is None:
        return False
    return not (isinstance(value, yaml.ScalarNode) and scalar_kind(value) == "null")


def _value_node(node: yaml.Node, key: str) -> yaml.Node | None:
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return value_node  # type: ignore[no-any-return]
    return None
