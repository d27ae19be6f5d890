"""`followthrough schema` in a real JSON Schema validator (check-jsonschema) against
`followthrough check`: both accept or both refuse every file of the golden corpus, the example
leads and several hundred mutations of a full lead, except for what README's "Where the schema
and the checker differ" lists (each entry here names its README line)."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import run_line
from followthrough import schema

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TODAY = "2026-11-20"

BASE: dict[str, Any] = {
    "company": "Northwind Traders",
    "role": "Data Engineer",
    "kind": "job",
    "status": "active",
    "contacts": [{"name": "Dana Reyes", "title": "Hiring manager", "email": "d@n.example"}],
    "source": "referral",
    "url": "https://northwind.example/jobs/42",
    "tags": ["remote", "python"],
    "cadence_days": 10,
    "added": "2026-10-01",
    "notes": "met at a meetup",
    "instructions": [
        {"date": "2026-11-10", "kind": "quiet-until", "until": "2026-11-24", "said": "Wait."}
    ],
    "log": [
        {"date": "2026-11-03", "type": "interview", "with": "Dana Reyes", "summary": "Panel"},
        {"date": "2026-11-04T10:30", "type": "thank-you", "channel": "email", "message": "Thanks"},
    ],
}
DATES = ("added", "date", "until")
ENUMS = ("kind", "status", "type", "channel")
BAD_DATES = (
    "2026-13-01",
    "2026-02-30",
    "2026-02-29",
    "2100-02-29",
    "2026-04-31",
    "2026-00-10",
    "1899-12-31",
    "3000-01-01",
    "0999-01-01",
    "2026-1-5",
    " 2026-11-03",
    "2026-11-03T25:00",
    "2026-11-03T10:60",
    "2026-11-03T10:30:61",
    "٢٠٢٦-١١-٠٣",
)
GOOD_DATES = ("2024-02-29", "2000-02-29", "1900-01-01", "2999-12-31")
GOOD_TIMES = (
    "2026-11-03T23:59",
    "2026-11-03 09:05:30",
    "2026-11-03T9:05Z",
    "2026-11-03T10:00+01:00",
)
ODD_VALUES: tuple[Any, ...] = (None, "", "x", 7, -1, 0, 400, 7.5, True, [], ["x"], {}, {"a": 1})

# Plain YAML values written as they are, where the two readers type them differently.
RAW = {
    "binary-int": "company: x\ncadence_days: 0b101\n",
    "underscore-int": "company: x\ncadence_days: 1_000\n",
    "float-seven": "company: x\ncadence_days: 7.0\n",
    "octal-12": "company: x\ncadence_days: 0o17\n",
    "octal-11": "company: x\ncadence_days: 017\n",
    "hex": "company: x\ncadence_days: 0x1F\n",
    "yes": "company: yes\n",
    "sexagesimal": "company: x\ncadence_days: 1:30\n",
    "tagged-str": "company: !!str 2026\n",
    "tagged-int": "company: x\ncadence_days: !!int 7\n",
    "anchor": "company: &c x\nrole: *c\n",
    "until-before-date": (
        "company: x\ninstructions:\n  - date: 2026-11-10\n    kind: no-contact\n"
        "    until: 2026-11-01\n"
    ),
    "block-date": "company: x\nadded: |\n  2026-11-03\n",
    "block-date-stripped": "company: x\nadded: >-\n  2026-11-03\n",
    "tab-blank-line": "company: x\n\t\nrole: y\n",
    "tab-separation": "company:\tx\nrole:\ty\n",
    "flow-key-next-line": "{company: x, role\n: y}\n",
    "line-separator": "company: Acme\u2028Corp\nrole: y\n",
    "next-line": "company: Acme\u0085Corp\nrole: y\n",
    "comment-after-quote": 'company: "Acme"# note\n',
    "folded-comment": "company: x\nnotes: ># note\n  text\n",
    "quoted-at-column-0": 'company: "Acme\ncorp"\n',
    "null-until": (
        "company: x\ninstructions:\n  - date: 2026-11-10\n    kind: quiet-until\n    until: ~\n"
    ),
    "duplicate-key": "company: x\ncompany: y\n",
    "two-documents": "company: x\n---\ncompany: y\n",
}

# What JSON Schema cannot say, or where check-jsonschema reads YAML otherwise (README lists
# these under "Where the schema and the checker differ"): README words -> the checker's
# message in such a file (None: the checker accepts what check-jsonschema cannot parse).
KNOWN: dict[str, str | None] = {
    "an `until` on or before its instruction's": r"must come after the instruction's `date`",
    "anchors and aliases": r"^anchor &|^alias \*",
    "tags": r"^the tag ",
    "encodings": r"not UTF-8|UTF-16|control character",
    "a date in a block scalar": r"not a block scalar",
    "numbers written": r"`cadence_days` must be a whole number, not (text|a number)",
    "YAML 1.2 that check-jsonschema refuses": None,
    "invalid YAML 1.2 that check-jsonschema accepts": r"^invalid YAML: ",
}


def _walk(doc: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, doc
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from _walk(value, (*path, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            yield from _walk(value, (*path, i))


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    out = copy.deepcopy(doc)
    target = out
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return out


def _drop(doc: Any, path: tuple[Any, ...]) -> Any:
    out = copy.deepcopy(doc)
    target = out
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]
    return out


def _renamed(doc: Any, path: tuple[Any, ...], new: str) -> Any:
    out = copy.deepcopy(doc)
    target = out
    for step in path[:-1]:
        target = target[step]
    target.update({(new if k == path[-1] else k): v for k, v in list(target.items())})
    del target[path[-1]]
    return out


def mutations() -> Iterator[tuple[str, Any]]:
    yield "base", BASE
    for path, value in list(_walk(BASE)):
        if not path:
            continue
        name = "-".join(str(p) for p in path)
        key = path[-1]
        if isinstance(key, str):
            yield f"drop-{name}", _drop(BASE, path)
            yield f"typo-{name}", _renamed(BASE, path, key[:-1] + key[-1] * 2 + "e")
            yield f"x-{name}", _renamed(BASE, path, "x-" + key)
        for i, odd in enumerate(ODD_VALUES):
            yield f"odd{i}-{name}", _set(BASE, path, odd)
        if key in DATES:
            for i, bad in enumerate(BAD_DATES + GOOD_DATES):
                yield f"date{i}-{name}", _set(BASE, path, bad)
        if key == "date" and path[0] == "log":
            for i, when in enumerate(GOOD_TIMES):
                yield f"time{i}-{name}", _set(BASE, path, when)
        if key in ENUMS:
            yield f"enum-{name}", _set(BASE, path, "bogus")
        if isinstance(value, dict):
            yield f"unknown-key-{name}", _set(BASE, (*path, "colour"), "blue")
            yield f"own-key-{name}", _set(BASE, (*path, "x-colour"), "blue")
    yield "unknown-top", {**BASE, "colour": "blue"}
    yield "own-top", {**BASE, "x-colour": {"deep": [1, 2]}}
    yield "only-company", {"company": "x"}
    yield "empty-mapping", {}


def _corpus(folder: Path) -> list[Path]:
    folder.mkdir()
    files = []
    for path in sorted((ROOT / "tests" / "golden").rglob("*.yaml")):
        files.append(folder / f"golden-{path.parent.name}-{path.name}")
        files[-1].write_bytes(path.read_bytes())
    for path in sorted((ROOT / "leads").glob("*.yaml")):
        files.append(folder / f"lead-{path.name}")
        files[-1].write_bytes(path.read_bytes())
    for name, doc in mutations():
        files.append(folder / f"mut-{name}.yaml")
        text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True)
        files[-1].write_text(text, encoding="utf-8")
    for name, text in RAW.items():
        files.append(folder / f"raw-{name}.yaml")
        files[-1].write_text(text, encoding="utf-8")
    return files


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("parity")
    files = _corpus(work / "leads")
    schema_file = work / "lead.schema.json"
    made = run_line(work, "schema")
    schema_file.write_text(made.stdout, encoding="utf-8")
    jsonschema = subprocess.run(
        [str(BIN / "check-jsonschema"), "--schemafile", str(schema_file), "--output-format", "json"]
        + [str(p) for p in files],
        capture_output=True,
        text=True,
        check=False,
    )
    refused_by_schema: dict[str, list[str]] = {}
    report = json.loads(jsonschema.stdout)
    for error in report["errors"] + report["parse_errors"]:
        name = Path(error["filename"]).name
        refused_by_schema.setdefault(name, []).append(error.get("message", "parse error"))
    args = ["check", "--format", "json", "--today", TODAY, *(str(p) for p in files)]
    checked = run_line(work, *args)
    refused_by_check: dict[str, list[str]] = {}
    for f in json.loads(checked.stdout)["findings"]:
        if f["rule"] in ("yaml", "schema"):
            refused_by_check.setdefault(Path(f["path"]).name, []).append(f["message"])
    return {"files": files, "schema": refused_by_schema, "check": refused_by_check}


def test_the_corpus_is_large_enough(verdicts: dict[str, Any]) -> None:
    names = [p.name for p in verdicts["files"]]
    assert sum(n.startswith("mut-") for n in names) >= 300
    assert sum(n.startswith("golden-") for n in names) >= 50
    assert sum(n.startswith("lead-") for n in names) >= 10
    assert len(verdicts["check"]) >= 200 and len(verdicts["schema"]) >= 200


def _explained(by_check: list[str] | None, by_schema: list[str] | None) -> str | None:
    """The README words for this difference, if it is a documented one."""
    for words, pattern in KNOWN.items():
        if pattern is None:
            if not by_check and by_schema and all("Failed to parse" in m for m in by_schema):
                return words
        elif by_check and not by_schema and any(re.search(pattern, m) for m in by_check):
            return words
    return None


def test_schema_and_checker_agree(verdicts: dict[str, Any]) -> None:
    """Every file both refuse or both accept, but for the documented differences, each of
    which shows up at least once (so the list stays short and true)."""
    unexplained, seen = [], set()
    for path in verdicts["files"]:
        by_schema = verdicts["schema"].get(path.name)
        by_check = verdicts["check"].get(path.name)
        if bool(by_schema) == bool(by_check):
            continue
        words = _explained(by_check, by_schema)
        if words is None:
            unexplained.append((path.name, by_check, by_schema))
        seen.add(words)
    assert unexplained == []
    assert seen == set(KNOWN)


def test_readme_lists_the_differences() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Where the schema and the checker differ", 1)[1].split("\n#", 1)[0]
    for words in KNOWN:
        assert words in section, words


@pytest.mark.parametrize(
    "text",
    [
        f"{y:04d}-{m:02d}-{d:02d}"
        for y in (1899, 1900, 2000, 2024, 2100, 2400, 2999, 3000)
        for m in (0, 1, 2, 4, 12, 13)
        for d in (0, 1, 28, 29, 30, 31, 32)
    ]
    + [
        f"2026-11-03{sep}{t}"
        for sep in ("T", "t", " ", "x")
        for t in (
            "0:00",
            "9:05",
            "23:59",
            "24:00",
            "10:60",
            "10:30:59",
            "10:30:60",
            "10:30:00.5",
            "10:30Z",
            "10:30 +01:00",
            "10:30-0130",
            "10:30+1",
            "10:30z",
        )
    ],
)
def test_date_patterns_match_the_checker(text: str) -> None:
    lead = f'company: x\nlog:\n  - date: "{text}"\n    type: note\nadded: "{text[:10]}"\n'
    from followthrough.leads import load_text

    found = load_text(lead, "x").findings
    entry_ok = not any(f.line == 3 for f in found)
    added_ok = not any(f.line == 5 for f in found)
    assert entry_ok == bool(re.fullmatch(schema.DATETIME_PATTERN, text))
    assert added_ok == bool(re.fullmatch(schema.DATE_PATTERN, text[:10]))
