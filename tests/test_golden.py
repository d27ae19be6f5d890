"""The golden corpus: for every rule, lead files that must fire it and files that must not.

tests/golden/<rule id, slashes as dashes>/bad-*.yaml sit next to bad-*.expected, which lists
every finding of that file as `path:line:col rule`; good-*.yaml must give no finding at all.
Each folder is run once through the real command line, from inside the folder.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from conftest import run_line
from followthrough.rules import RULES

GOLDEN = Path(__file__).resolve().parent / "golden"
TODAY = "2026-11-25"
FOLDERS = {rule: GOLDEN / rule.replace("/", "-") for rule in RULES}


def _lead_files(folder: Path, prefix: str) -> list[str]:
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith(prefix) and p.suffix in (".yaml", ".yml")
    )


def run_check(cwd: Path, *args: str) -> tuple[int, dict[str, Any]]:
    config = ("--config", str(GOLDEN / "mkdocs.yml"))
    proc = run_line(cwd, "check", "--format", "json", "--today", TODAY, *config, *args)
    return proc.returncode, json.loads(proc.stdout)


@functools.cache
def folder_run(folder: Path, prefix: str) -> tuple[int, dict[str, list[dict[str, Any]]]]:
    code, doc = run_check(folder, *_lead_files(folder, prefix))
    by_path: dict[str, list[dict[str, Any]]] = {}
    for finding in doc["findings"]:
        by_path.setdefault(finding["path"], []).append(finding)
    return code, by_path


def _short(finding: dict[str, Any]) -> str:
    return f"{finding['path']}:{finding['line']}:{finding['column']} {finding['rule']}"


def _cases(prefix: str) -> list[tuple[str, str]]:
    return [
        (rule, name)
        for rule, folder in FOLDERS.items()
        if folder.is_dir()
        for name in _lead_files(folder, prefix)
    ]


def test_every_rule_has_a_corpus() -> None:
    folders = {p.name for p in GOLDEN.iterdir() if p.is_dir()}
    assert folders == {folder.name for folder in FOLDERS.values()}
    for rule, folder in FOLDERS.items():
        assert len(_lead_files(folder, "bad-")) >= 3, rule
        assert len(_lead_files(folder, "good-")) >= 2, rule
        stems = {Path(n).stem for n in _lead_files(folder, "bad-")}
        assert {p.stem for p in folder.glob("*.expected")} == stems, rule


@pytest.mark.parametrize(("rule", "name"), _cases("bad-"))
def test_bad_file_gives_exactly_the_expected_findings(rule: str, name: str) -> None:
    folder = FOLDERS[rule]
    code, by_path = folder_run(folder, "bad-")
    severity = RULES[rule].severity  # a warning is shown, and lets the commit through
    assert code == (1 if severity == "error" else 0)
    expected_file = folder / (Path(name).stem + ".expected")
    expected = Counter(expected_file.read_text(encoding="utf-8").split("\n")) - Counter([""])
    got = Counter(_short(f) for f in by_path.get(name, []))
    assert got == expected
    assert any(f["rule"] == rule for f in by_path[name])
    for finding in by_path[name]:
        assert finding["severity"] == RULES[finding["rule"]].severity
        assert finding["message"].strip()


@pytest.mark.parametrize(("rule", "name"), _cases("good-"))
def test_good_file_gives_no_finding(rule: str, name: str) -> None:
    code, by_path = folder_run(FOLDERS[rule], "good-")
    assert by_path.get(name, []) == []
    assert code == 0


@pytest.mark.parametrize(("rule", "name"), [c for c in _cases("good-") if "waiver" in c[1]])
def test_without_its_waiver_the_entry_breaks_the_rule(rule: str, name: str, tmp_path: Path) -> None:
    text = (FOLDERS[rule] / name).read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    assert any(line.lstrip().startswith("waiver:") for line in lines)
    (tmp_path / name).write_text(
        "".join(line for line in lines if not line.lstrip().startswith("waiver:")),
        encoding="utf-8",
    )
    code, doc = run_check(tmp_path, name)
    assert code == (1 if RULES[rule].severity == "error" else 0)
    assert rule in {f["rule"] for f in doc["findings"]}


def _message(rule: str, name: str) -> str:
    _, by_path = folder_run(FOLDERS[rule], "bad-")
    messages = [str(f["message"]) for f in by_path[name] if f["rule"] == rule]
    assert len(messages) == 1
    return messages[0]


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        (
            "bad-day-after-interview.yaml",
            (
                "2026-11-04",
                "1 day after the interview on 2026-11-03",
                "every 7 days",
                "first day for it is 2026-11-10",
            ),
        ),
        (
            "bad-per-lead-cadence.yaml",
            ("2026-11-09", "2026-11-01", "every 10 days", "first day for it is 2026-11-11"),
        ),
        (
            "bad-note-between.yaml",
            ("6 days after the application on 2026-11-01", "first day for it is 2026-11-08"),
        ),
    ],
)
def test_too_soon_message_names_both_dates_and_the_first_allowed_day(
    name: str, parts: tuple[str, ...]
) -> None:
    message = _message("cadence/too-soon", name)
    for part in parts:
        assert part in message


def test_instruction_messages_quote_them_and_say_when_contact_is_allowed() -> None:
    quiet = _message("cadence/quiet-period", "bad-follow-up-inside.yaml")
    assert "the follow-up on 2026-11-17" in quiet
    assert "No decision before the committee meets on the 23rd." in quiet
    assert "allowed again from 2026-11-24" in quiet
    lifted_by_them = _message("cadence/do-not-contact", "bad-no-until.yaml")
    assert "wait until they contact you" in lifted_by_them
    with_until = _message("cadence/do-not-contact", "bad-with-until.yaml")
    assert "allowed again from 2026-12-01" in with_until


@pytest.mark.parametrize(
    ("rule", "name", "phrase", "column"),
    [
        ("tone/negative", "bad-guilt.yaml", "kept me waiting", 16),
        ("tone/negative", "bad-double-quoted.yaml", "kept me waiting", 29),
        ("tone/negative", "bad-cursing.yaml", "hell", 26),
        ("tone/controlling", "bad-deadline.yaml", "let me know by Friday", 7),
        ("tone/controlling", "bad-promise.yaml", "you promised", 17),
    ],
)
def test_tone_message_quotes_the_phrase_and_points_at_it(
    rule: str, name: str, phrase: str, column: int
) -> None:
    message = _message(rule, name)
    quoted = re.search(r'in the message: "([^"]+)"', message)
    assert quoted is not None, message
    assert phrase.lower() in quoted.group(1).lower()
    _, by_path = folder_run(FOLDERS[rule], "bad-")
    (finding,) = [f for f in by_path[name] if f["rule"] == rule]
    assert finding["column"] == column
    line = (FOLDERS[rule] / name).read_text(encoding="utf-8").splitlines()[finding["line"] - 1]
    assert line[column - 1 :].startswith(quoted.group(1))


@pytest.mark.parametrize(
    ("name", "part"),
    [
        ("bad-typo-key.yaml", "did you mean `role`?"),
        ("bad-typo-key.yaml", "did you mean `summary`?"),
        ("bad-enum.yaml", "did you mean `follow-up`?"),
        ("bad-enum.yaml", "did you mean `active`?"),
        ("bad-unknown-key.yaml", "your own keys must start with `x-`"),
        ("bad-impossible-date.yaml", "`2026-02-30` is not a real date"),
        ("bad-number-as-text.yaml", 'quote it: company: "1984"'),
        ("bad-missing-company.yaml", "missing the required key `company`"),
    ],
)
def test_schema_messages_say_how_to_fix_it(name: str, part: str) -> None:
    _, by_path = folder_run(FOLDERS["schema"], "bad-")
    assert any(part in f["message"] for f in by_path[name])


@pytest.mark.parametrize(
    ("name", "part"),
    [
        ("bad-tabs.yaml", "indent with spaces, not tabs"),
        ("bad-two-documents.yaml", "keep one lead per file"),
        ("bad-alias.yaml", "alias *job is not allowed"),
        ("bad-utf16.yaml", "save it as UTF-8"),
        ("bad-latin1.yaml", "byte 0xe9 is not UTF-8"),
        ("bad-duplicate-key.yaml", "duplicate key `company` (first on line 1)"),
    ],
)
def test_yaml_messages_say_how_to_fix_it(name: str, part: str) -> None:
    _, by_path = folder_run(FOLDERS["yaml"], "bad-")
    assert any(part in f["message"] for f in by_path[name])


def test_over_one_mebibyte_is_refused_and_exactly_one_is_read(tmp_path: Path) -> None:
    head = "company: Acme Robotics\nnotes: "
    limit = 1 << 20
    (tmp_path / "at-limit.yaml").write_text(head + "x" * (limit - len(head)), encoding="utf-8")
    (tmp_path / "over-limit.yaml").write_text(
        head + "x" * (limit - len(head) + 1), encoding="utf-8"
    )
    assert (tmp_path / "at-limit.yaml").stat().st_size == limit
    code, doc = run_check(tmp_path, "at-limit.yaml", "over-limit.yaml")
    assert code == 1
    assert [_short(f) for f in doc["findings"]] == ["over-limit.yaml:1:1 yaml"]
    assert "1 MiB" in doc["findings"][0]["message"]


def test_text_output_has_path_line_column_severity_rule_message() -> None:
    folder = FOLDERS["cadence/too-soon"]
    config = ("--config", str(GOLDEN / "mkdocs.yml"))
    proc = run_line(folder, "check", "--today", TODAY, *config, "bad-day-after-interview.yaml")
    assert proc.returncode == 1
    assert proc.stdout.startswith(
        "bad-day-after-interview.yaml:6:5: error cadence/too-soon this follow-up on 2026-11-04"
    )
    assert "1 error, 0 warnings in 1 file" in proc.stderr
