from __future__ import annotations

from pathlib import Path

import click

from followthrough.cli import cli
from followthrough.findings import RULES

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands() -> None:
    head = README[: README.index("\n## ")]
    assert "make serve" in head
    assert "make test" in head


def test_readme_rule_table_matches_the_code() -> None:
    rows = [line for line in README.splitlines() if line.startswith("| `") and "|" in line[3:]]
    table = {row.split("|")[1].strip().strip("`"): row for row in rows}
    for rule, (severity, guards) in RULES.items():
        assert rule in table, rule
        assert f"| {severity} | {guards} |" in table[rule], rule


def test_readme_lists_every_command() -> None:
    for name in cli.list_commands(click.Context(cli)):
        assert f"`followthrough {name}" in README, name
