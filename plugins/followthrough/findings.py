"""The one Finding type, the severities, and the reporters (rule ids are in `rules`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field

ERROR = "error"
WARNING = "warning"
OFF = "off"
SEVERITIES = (ERROR, WARNING, OFF)

WAIVABLE_PREFIXES = ("cadence/", "tone/")


# C0 and C1 control characters (and DEL) shown as escapes, so a lead file cannot drive a terminal
_CONTROL_ESCAPES = {
    c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0)) if c not in (0x09,)
}


def printable(text: str) -> str:
    """The text with control characters written as escapes; one line, safe for a terminal."""
    return text.translate(_CONTROL_ESCAPES)


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    line: int
    column: int
    severity: str
    rule: str
    message: str
    # the index of the log entry it is about (its place in the file's `log` list), if any
    entry: int | None = field(default=None, compare=False)

    def text(self) -> str:
        line = f"{self.path}:{self.line}:{self.column}: {self.severity} {self.rule} {self.message}"
        return printable(line)


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)


def sort_key(f: Finding) -> tuple[str, int, int, str]:
    return (f.path, f.line, f.column, f.rule)


def report_text(findings: list[Finding], files: int) -> str:
    lines = [f.text() for f in findings]
    return "\n".join(lines) + ("\n" if lines else "")


def public(f: Finding) -> dict[str, object]:
    """The finding as the JSON reports give it."""
    out = asdict(f)
    del out["entry"]
    return out


def report_json(findings: list[Finding], files: int) -> str:
    doc = {"files": files, "findings": [public(f) for f in findings]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


REPORTERS: Mapping[str, Callable[[list[Finding], int], str]] = {
    "text": report_text,
    "json": report_json,
}
