"""The one definition of a lead file: it validates node trees and prints itself as JSON Schema."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from . import model
from .findings import ERROR, Finding
from .loader import REFUSED_TAG, Source, mark_pos

MIN_YEAR, MAX_YEAR = 1900, 2999  # keeps date arithmetic (date + cadence) in range
# Dates as JSON Schema can check them: the year range and real calendar days (29 February in
# leap years only); the checker parses with _DATETIME and then asks the calendar, and a test
# holds the two to the same answers.
_YEAR = "(?:19[0-9]{2}|2[0-9]{3})"
_LEAP_YEAR = "(?:(?:19|2[0-9])(?:0[48]|[2468][048]|[13579][26])|2000|2400)"
_MONTH_DAY = (
    "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    "|02-(?:0[1-9]|1[0-9]|2[0-8]))"
)
_DAY = f"(?:{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"
_TIME = (
    "(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?"
    "(?: ?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?))?"
)
DATE_PATTERN = f"^{_DAY}$"
DATETIME_PATTERN = f"^{_DAY}(?:[Tt ]{_TIME})?$"
_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[Tt ]([0-9]{1,2}):([0-9]{2})"
    r"(?::([0-9]{2})(?:\.[0-9]+)?)?(?: ?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?))?)?"
)
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(
    r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)"
    r"|\.(nan|NaN|NAN)"
)
_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_BOOL = frozenset({"true", "True", "TRUE", "false", "False", "FALSE"})


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    type: str  # text | int | date | datetime | enum | texts | objects
    doc: str
    required: bool = False
    choices: tuple[str, ...] = ()
    item: Obj | None = None
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class Obj:
    name: str
    doc: str
    fields: tuple[Field, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})

    def get(self, name: str) -> Field | None:
        return self.by_name.get(name)  # type: ignore[attr-defined,no-any-return]


CONTACT = Obj(
    "contact",
    "a person at the company",
    (
        Field("name", "text", "their name", required=True),
        Field("title", "text", "their job title"),
        Field("email", "text", "email address"),
        Field("phone", "text", "phone number"),
        Field("url", "text", "a profile page"),
        Field("notes", "text", "private notes"),
    ),
)
INSTRUCTION = Obj(
    "instruction",
    "what they told you about contacting them",
    (
        Field("date", "date", "when they said it", required=True),
        Field(
            "kind",
            "enum",
            "quiet-until: no contact before `until`; no-contact: none until they "
            "make contact (or `until`)",
            required=True,
            choices=model.INSTRUCTION_KINDS,
        ),
        Field("until", "date", "the first day contact is allowed again"),
        Field("said", "text", "their words"),
    ),
)
ENTRY = Obj(
    "entry",
    "one contact or note, oldest first",
    (
        Field("date", "datetime", "the day (or date and time) it happened", required=True),
        Field("type", "enum", "what happened", required=True, choices=model.ENTRY_TYPES),
        Field("with", "text", "who it was with"),
        Field("channel", "enum", "how", choices=model.CHANNELS),
        Field("summary", "text", "a line about it"),
        Field("message", "text", "what was said or sent"),
        Field(
            "waiver",
            "text",
            "why a rule is broken on purpose: turns off cadence and tone errors for this entry",
        ),
        Field(
            "message_id",
            "text",
            "the Message-ID of the email it was imported from (`mail import` adds each once)",
        ),
    ),
)
LEAD = Obj(
    "lead",
    "a job application or sales prospect followed up by followthrough",
    (
        Field("company", "text", "the company", required=True),
        Field("role", "text", "the job, or what is being sold"),
        Field("kind", "enum", "job or sale (default job)", choices=model.KINDS),
        Field("status", "enum", "active, or how it ended (default active)", choices=model.STATUSES),
        Field("contacts", "objects", "people at the company", item=CONTACT),
        Field("source", "text", "where the lead came from"),
        Field("url", "text", "the job posting or company page"),
        Field("tags", "texts", "labels"),
        Field(
            "cadence_days", "int", "days between follow-ups for this lead", minimum=1, maximum=365
        ),
        Field(
            "country",
            "text",
            "whose public holidays count for this lead's follow-ups (ISO 3166 code such as DE; "
            "default: the country setting)",
        ),
        Field("added", "date", "when the lead entered the pipeline (default: first log entry)"),
        Field("notes", "text", "private notes"),
        Field(
            "stage",
            "enum",
            "where an active lead stands in the pipeline, when the log does not show it "
            "(default: derived from the log)",
            choices=model.OPEN_STAGES,
        ),
        Field(
            "instructions", "objects", "what they told you about contacting them", item=INSTRUCTION
        ),
        Field("log", "objects", "contacts and notes, oldest first", item=ENTRY),
    ),
)


# ---- JSON Schema -----------------------------------------------------------------------------


def _field_schema(f: Field) -> dict[str, Any]:
    out: dict[str, Any]
    if f.type == "text":
        out = {"type": "string"}
    elif f.type == "int":
        out = {"type": "integer"}
        if f.minimum is not None:
            out["minimum"] = f.minimum
        if f.maximum is not None:
            out["maximum"] = f.maximum
    elif f.type == "date":
        out = {"type": "string", "format": "date", "pattern": DATE_PATTERN}
    elif f.type == "datetime":
        out = {"type": "string", "pattern": DATETIME_PATTERN}
    elif f.type == "enum":
        out = {"type": "string", "enum": list(f.choices)}
    elif f.type == "texts":
        out = {"type": "array", "items": {"type": "string"}}
    else:
        assert f.item is not None
        out = {"type": "array", "items": {"$ref": f"#/$defs/{f.item.name}"}}
    if not f.required:  # an optional key may be left empty (`role:`), as the checker allows
        out["type"] = [out["type"], "null"]
        if "enum" in out:
            out["enum"].append(None)
    out["description"] = f.doc
    return out


def _obj_schema(obj: Obj) -> dict[str, Any]:
    return {
        "type": "object",
        "description": obj.doc,
        "properties": {f.name: _field_schema(f) for f in obj.fields},
        "required": [f.name for f in obj.fields if f.required],
        "patternProperties": {"^x-": {"description": "your own field"}},
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    doc: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://followthrough.invalid/lead.schema.json",
        "title": "followthrough lead",
    }
    doc.update(_obj_schema(LEAD))
    doc["$defs"] = {o.name: _obj_schema(o) for o in (CONTACT, INSTRUCTION, ENTRY)}
    doc["$defs"][INSTRUCTION.name]["allOf"] = [
        {  # a quiet period ends on a date; only no-contact may last until they get in touch
            "if": {"properties": {"kind": {"const": "quiet-until"}}, "required": ["kind"]},
            "then": {"required": ["until"], "properties": {"until": {"type": "string"}}},
        }
    ]
    return doc


# ---- validation of node trees ----------------------------------------------------------------


def _int_value(text: str) -> int:
    """A YAML 1.2 core-schema integer (decimal, 0o octal, 0x hex); absurdly long ones are huge."""
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("+-")
    if len(digits) > 30:
        return sign * 10**30
    if digits.startswith("0o"):
        return int(text[: -len(digits)] + digits[2:], 8)
    if digits.startswith("0x"):
        return int(text[: -len(digits)] + digits[2:], 16)
    return int(text, 10)


def scalar_kind(node: yaml.ScalarNode) -> str:
    """The YAML 1.2 core-schema type of a scalar: str, null, bool, int or float."""
    if node.style:  # libyaml marks plain scalars with "", pure-Python PyYAML with None
        return "str"
    value = node.value
    if value in _NULL:
        return "null"
    if value in _BOOL:
        return "bool"
    if _INT.fullmatch(value):
        return "int"
    if _FLOAT.fullmatch(value):
        return "float"
    return "str"


_NAMES = {
    "str": "text",
    "null": "nothing",
    "bool": "true/false",
    "int": "a number",
    "float": "a number",
    "seq": "a list",
    "map": "a mapping",
}


def _node_kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return scalar_kind(node)
    return "seq" if isinstance(node, yaml.SequenceNode) else "map"


def suggest(
    word: str, choices: Iterator[str] | tuple[str, ...] | list[str], cutoff: float = 0.6
) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return f"; did you mean `{close[0]}`?" if close else ""


class Builder:
    """Turns a composed node tree into a `model.Lead`, collecting `schema` findings."""

    def __init__(self, src: Source) -> None:
        self.src = src
        self.findings: list[Finding] = []
        self.entry: int | None = None  # the log entry being read, for the findings about it

    def fail(self, node: yaml.Node, message: str, rule: str = "schema") -> None:
        pos = mark_pos(node.start_mark)
        self.findings.append(
            Finding(self.src.path, pos.line, pos.column, ERROR, rule, message, self.entry)
        )

    def mapping(self, node: yaml.Node, obj: Obj, where: str) -> dict[str, tuple[Any, yaml.Node]]:
        """Known keys with their converted values and key nodes; findings for the rest."""
        if not isinstance(node, yaml.MappingNode):
            self.fail(
                node,
                f"{where} must be a mapping of keys such as "
                f"'{obj.fields[0].name}: ...', not {_NAMES[_node_kind(node)]}",
            )
            return {}
        out: dict[str, tuple[Any, yaml.Node]] = {}
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.fail(key_node, f"a key in {where} must be a plain name")
                continue
            key = key_node.value
            if key in seen:
                line = mark_pos(seen[key].start_mark).line
                self.fail(
                    key_node, f"duplicate key `{key}` (first on line {line}); keep one", rule="yaml"
                )
                continue
            seen[key] = key_node
            if REFUSED_TAG in (key_node.tag, value_node.tag):
                continue  # reported where the tag is
            if key.startswith("x-"):
                continue
            spec = obj.get(key)
            if spec is None:
                hint = suggest(key, [f.name for f in obj.fields])
                if not hint:
                    hint = "; your own keys must start with `x-`"
                self.fail(key_node, f"unknown key `{key}` in {where}{hint}")
                continue
            ok, value = self.value(value_node, spec, where)
            if ok:
                out[key] = (value, key_node)
        for spec in obj.fields:
            if spec.required and spec.name not in seen:
                self.fail(node, f"{where} is missing the required key `{spec.name}` ({spec.doc})")
        return out

    def value(self, node: yaml.Node, spec: Field, where: str) -> tuple[bool, Any]:
        kind = _node_kind(node)
        if kind == "null" and not spec.required:
            return False, None
        handler = _CONVERTERS[spec.type]
        return handler(self, node, spec, kind)

    def _wrong(self, node: yaml.Node, spec: Field, want: str, kind: str) -> tuple[bool, Any]:
        fix = ""
        if kind == "null":
            fix = f"; fill it in: {spec.name}: ..."
        elif want == "text" and isinstance(node, yaml.ScalarNode):
            fix = f'; quote it: {spec.name}: "{node.value}"'
        self.fail(node, f"`{spec.name}` must be {want}, not {_NAMES[kind]}{fix}")
        return False, None

    def _text(self, node: yaml.Node, spec: Field, kind: str) -> tuple[bool, Any]:
        if kind != "str" or not isinstance(node, yaml.ScalarNode):
            return self._wrong(node, spec, "text", kind)
        return True, node.value

    def _int(self, node: yaml.Node, spec: Field, kind: str) -> tuple[bool, Any]:
        if kind != "int" or not isinstance(node, yaml.ScalarNode):
            return self._wrong(node, spec, "a whole number", kind)
        value = _int_value(node.value)
        if spec.minimum is not None and value < spec.minimum:
            self.fail(node, f"`{spec.name}` must be at least {spec.minimum}, not {value}")
            return False, None
        if spec.maximum is not None and value > spec.maximum:
            self.fail(node, f"`{spec.name}` must be at most {spec.maximum}, not {node.value[:40]}")
            return False, None
        return True, value

    def _date(self, node: yaml.Node, spec: Field, kind: str) -> tuple[bool, Any]:
        allow_time = spec.type == "datetime"
        shape = "YYYY-MM-DD" + (" or YYYY-MM-DDTHH:MM" if allow_time else "")
        if not isinstance(node, yaml.ScalarNode) or kind not in ("str", "int"):
            return self._wrong(node, spec, f"a date ({shape})", kind)
        if node.style in ("|", ">"):
            self.fail(
                node,
                f"`{spec.name}` must be a date written {shape} on its line, "
                "not a block scalar (`|` or `>`)",
            )
            return False, None
        m = _DATETIME.fullmatch(node.value)
        if m is None or (m.group(4) is not None and not allow_time):
            self.fail(
                node, f"`{spec.name}` must be a date written {shape}, not `{node.value[:40]}`"
            )
            return False, None
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not MIN_YEAR <= y <= MAX_YEAR:
            self.fail(
                node,
                f"`{node.value}` is not a plausible date (the year must be between "
                f"{MIN_YEAR} and {MAX_YEAR}); check the year",
            )
            return False, None
        try:
            day = dt.date(y, mo, d)
            time = None
            if m.group(4) is not None:
                time = dt.time(int(m.group(4)), int(m.group(5)), int(m.group(6) or 0))
        except ValueError as exc:
            self.fail(
                node,
                f"`{node.value}` is not a real date or time ({exc}); check the day and month",
            )
            return False, None
        return True, (day, time) if allow_time else day

    def _enum(self, node: yaml.Node, spec: Field, kind: str) -> tuple[bool, Any]:
        if not isinstance(node, yaml.ScalarNode) or kind not in ("str", "bool", "int"):
            return self._wrong(node, spec, "one of " + ", ".join(spec.choices), kind)
        if node.value not in spec.choices:
            hint = suggest(node.value, spec.choices) or ("; use one of " + ", ".join(spec.choices))
            self.fail(node, f"`{node.value[:40]}` is not a valid `{spec.name}`{hint}")
            return False, None
        return True, node.value

    def _texts(self, node: yaml.Node, spec: Field, kind: str) -> tuple[bool, Any]:
        if not isinstance(node, yaml.SequenceNode):
            return self._wrong(node, spec, "a list of text", kind)
        out = []
        item = Field(f"{spec.name} item", "text", "")
        for child in node.value:
            if child.tag == REFUSED_TAG:
                continue
            ok, value = self._text(child, item, _node_kind(child))
            if ok:
                out.append(value)
        return True, tuple(out)

    def _objects(self, node: yaml.Node, spec: Field, kind: str) -> tuple[bool, Any]:
        if not isinstance(node, yaml.SequenceNode):
            return self._wrong(node, spec, "a list", kind)
        assert spec.item is not None
        items: list[tuple[dict[str, tuple[Any, yaml.Node]], yaml.Node]] = []
        for i, child in enumerate(node.value, start=1):
            self.entry = i - 1 if spec.item is ENTRY else None
            if child.tag == REFUSED_TAG:  # reported where the tag is; kept in place, empty
                items.append(({}, child))
                continue
            items.append(
                (self.mapping(child, spec.item, f"{spec.item.name} {i} of `{spec.name}`"), child)
            )
        self.entry = None
        return True, items


_CONVERTERS: dict[str, Callable[[Builder, yaml.Node, Field, str], tuple[bool, Any]]] = {
    "text": Builder._text,
    "int": Builder._int,
    "date": Builder._date,
    "datetime": Builder._date,
    "enum": Builder._enum,
    "texts": Builder._texts,
    "objects": Builder._objects,
}
