"""Editor support, checked with a real editor engine: the YAML language server from npm."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import lsp_client
from conftest import run_line
from followthrough import scaffold

ROOT = Path(__file__).resolve().parent.parent
SERVER = ROOT / "node_modules" / ".bin" / "yaml-language-server"
TODAY = "2026-11-20"

ENTRY = """\
log:
  - date: 2026-11-03
    type: interview
    with: Dana Reyes
  - date: 2026-11-12
    type: folow-up
"""
TYPE_LINE = "    type: "
EMPTY_TYPE = f"log:\n  - date: 2026-11-03\n{TYPE_LINE}\n"


def _run(*args: str, cwd: Path) -> None:
    ran = run_line(cwd, *args, env={"FOLLOWTHROUGH_TODAY": TODAY})
    assert ran.returncode == 0, ran.stderr


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    assert SERVER.exists(), "node_modules is missing: run `npm ci` (make test does)"
    _run("init", str(tmp_path), cwd=tmp_path)
    return tmp_path


def _workspace_settings(repo: Path) -> dict[str, object]:
    vscode = json.loads((repo / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    return {
        "yaml": {
            "schemas": vscode["yaml.schemas"],
            "validate": True,
            "completion": True,
            "hover": True,
            "schemaStore": {"enable": False},
        }
    }


@pytest.fixture
def vscode_client(repo: Path) -> Iterator[lsp_client.Client]:
    client = lsp_client.start(SERVER, repo, _workspace_settings(repo))
    yield client
    client.close()


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines()) if needle in line)


def _assert_flags_typo(client: lsp_client.Client, lead: Path) -> None:
    lsp_client.open_document(client, lead)
    found = lsp_client.diagnostics(client, lead)
    line = _line_of(lead.read_text(encoding="utf-8"), "folow-up")
    on_line = [d for d in found if d["range"]["start"]["line"] == line]
    assert on_line, found
    assert "follow-up" in on_line[0]["message"], on_line


def test_workspace_schema_setting_flags_unknown_entry_type(
    repo: Path, vscode_client: lsp_client.Client
) -> None:
    lead = repo / "leads" / "acme.yaml"
    lead.write_text("company: Acme\n" + ENTRY, encoding="utf-8")  # no modeline: settings only
    _assert_flags_typo(vscode_client, lead)


def test_modeline_of_a_new_lead_flags_unknown_entry_type(repo: Path) -> None:
    _run("new", "Acme", "--role", "Data Engineer", cwd=repo)
    lead = repo / "leads" / "acme-data-engineer.yaml"
    text = lead.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../.followthrough/lead.schema.json\n")
    lead.write_text(text.split("log: []")[0] + ENTRY, encoding="utf-8")
    client = lsp_client.start(
        SERVER,
        repo,
        {"yaml": {"validate": True, "completion": True, "schemaStore": {"enable": False}}},
    )
    try:
        _assert_flags_typo(client, lead)
    finally:
        client.close()


def test_completion_offers_entry_types(repo: Path, vscode_client: lsp_client.Client) -> None:
    lead = repo / "leads" / "beta.yaml"
    lead.write_text("company: Beta\n" + EMPTY_TYPE, encoding="utf-8")
    lsp_client.open_document(vscode_client, lead)
    lsp_client.diagnostics(vscode_client, lead)  # the schema is applied once it reports
    labels = lsp_client.completion_labels(vscode_client, lead, 3, len(TYPE_LINE))
    assert {"follow-up", "interview", "thank-you", "reply"} <= set(labels), labels
    assert "folow-up" not in labels


def test_a_valid_lead_gets_no_schema_diagnostics(
    repo: Path, vscode_client: lsp_client.Client
) -> None:
    lead = repo / "leads" / f"{scaffold.EXAMPLE_ID}.yaml"
    lsp_client.open_document(vscode_client, lead)
    assert lsp_client.diagnostics(vscode_client, lead, nonempty=False) == []
    line = _line_of(lead.read_text(encoding="utf-8"), "type: interview")
    hover = vscode_client.request(
        "textDocument/hover",
        {
            "textDocument": {"uri": lead.as_uri()},
            "position": {"line": line, "character": len("    ty")},
        },
    )
    assert "what happened" in json.dumps(hover), hover  # the schema's words: it is applied
