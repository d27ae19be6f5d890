from __future__ import annotations

import re
import tomllib
from pathlib import Path

import click

from followthrough.cli import cli
from followthrough.rules import RULES

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands() -> None:
    head = README[: README.index("\n## ")]
    assert "make serve" in head
    assert "make test" in head


def test_readme_rule_table_matches_the_code() -> None:
    rows = [line for line in README.splitlines() if line.startswith("| `") and "|" in line[3:]]
    table = {row.split("|")[1].strip().strip("`"): row for row in rows}
    for rule, (_, severity, guards) in RULES.items():
        assert rule in table, rule
        assert f"| {severity} | {guards} |" in table[rule], rule


def test_readme_lists_every_command() -> None:
    for name in cli.list_commands(click.Context(cli)):
        assert f"`followthrough {name}" in README, name


def _requirements(extras: str, table: dict[str, list[str]]) -> set[str]:
    names: set[str] = set()
    for extra in extras.split(","):
        for req in table[extra.strip()]:
            name = re.split(r"[<>=!\[ ;]", req, maxsplit=1)[0].lower()
            if name == "followthrough":
                names |= _requirements(req[req.index("[") + 1 : req.index("]")], table)
            else:
                names.add(name)
    return names


def test_the_user_install_brings_every_command_the_user_flow_runs() -> None:
    section = README[README.index("## Start your own search") :]
    block = section[section.index("```sh") : section.index("```", section.index("```sh") + 5)]
    match = re.search(r"pip install -e '\.\[([a-z,]+)\]'", block)
    assert match, block
    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text("utf-8"))
    installed = _requirements(match.group(1), project["project"]["optional-dependencies"])
    for command, package in (("pre-commit install", "pre-commit"), ("mkdocs serve", "mkdocs")):
        assert command in block
        assert package in installed, package


def test_readme_settings_table_is_the_one_the_code_makes() -> None:
    from followthrough.settings import markdown_table

    assert markdown_table() in README


def test_the_init_example_is_another_company_than_the_readme_walk_through() -> None:
    from followthrough import scaffold

    example = (Path(scaffold.__file__).parent / "example-lead.yaml").read_text("utf-8")
    company = re.search(r"^company: (.+)$", example, re.M)
    assert company, example
    section = README[README.index("## Start your own search") :]
    walk_through = section[: section.index("\n## ", 3)]
    assert company.group(1) not in walk_through
    assert company.group(1) not in README  # nor in the example lead file shown further on
