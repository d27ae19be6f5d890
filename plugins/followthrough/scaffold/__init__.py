"""The files of a new repository and of a new lead; the templates sit next to this module."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
from importlib.resources import files
from pathlib import Path
from string import Template

from ..yamltext import double_quoted, scalar

LEADS_DIR = "leads"
SCHEMA_PATH = ".followthrough/lead.schema.json"
EXAMPLE_ID = "alder-creek-outfitters-data-engineer"
# repository path -> template name (package data cannot start with a dot)
REPO_FILES = {
    "mkdocs.yml": "mkdocs.yml",
    ".pre-commit-config.yaml": "pre-commit-config.yaml",
    ".gitignore": "gitignore",
    ".vscode/settings.json": "vscode-settings.json",
    "README.md": "README.md",
    "docs/notes.md": "notes.md",
    f"{LEADS_DIR}/{EXAMPLE_ID}.yaml": "example-lead.yaml",
}
_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "ø": "o",
        "Ø": "O",
        "œ": "oe",
        "Œ": "OE",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "ı": "i",
        "&": " and ",
    }
)


def template(name: str) -> Template:
    return Template(files(__name__).joinpath(name).read_text(encoding="utf-8"))


def slug(*parts: str | None) -> str:
    """Lowercase ASCII words joined by hyphens; other letters transliterated or dropped."""
    text = " ".join(p for p in parts if p).translate(_LETTERS)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return words[:60].rstrip("-") or "lead"


def schema_text() -> str:
    from ..schema import json_schema

    return json.dumps(json_schema(), indent=2) + "\n"


def modeline(lead_dir: Path, root: Path) -> str:
    rel = os.path.relpath(root / SCHEMA_PATH, lead_dir).replace(os.sep, "/")
    return f"# yaml-language-server: $schema={rel}"


def _one_line(value: str) -> str:
    return double_quoted(value) if "\n" in value or "\r" in value else scalar(value, 0, 2)


def lead_text(company: str, role: str | None, kind: str, today: dt.date, line: str) -> str:
    lines = [line, f"company: {_one_line(company)}"]
    if role:
        lines.append(f"role: {_one_line(role)}")
    lines += [
        f"kind: {kind}",
        "status: active",
        f"added: {today.isoformat()}",
        "contacts: []  # - {name: ..., title: ..., email: ...}",
        "log: []  # oldest first; add entries with `followthrough log`",
    ]
    return "\n".join(lines) + "\n"


def repo_files(today: dt.date) -> dict[str, str]:
    """Every file `followthrough init` writes, by path relative to the repository."""
    days = {"applied": 14, "interview": 6, "thanked": 5}
    values = {name: (today - dt.timedelta(days=n)).isoformat() for name, n in days.items()}
    values |= {
        "leads_dir": LEADS_DIR,
        "schema_path": SCHEMA_PATH,
        "modeline": modeline(Path(LEADS_DIR), Path()),
    }
    out = {path: template(name).substitute(values) for path, name in REPO_FILES.items()}
    out[SCHEMA_PATH] = schema_text()
    return out
