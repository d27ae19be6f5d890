"""Settings come from the followthrough entry of mkdocs.yml, for the CLI and the hook alike."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import Ran, run_line
from followthrough import settings

TOO_SOON = """\
company: Acme Robotics
log:
  - date: 2026-11-03
    type: interview
  - date: 2026-11-08
    type: follow-up
    message: |
      Hi Robin, still no word from you about the role.
"""

MATERIAL_CONFIG = """\
site_name: My search
site_url: !ENV [SITE_URL, "http://localhost:8000/"]
theme:
  name: material
  palette:
    - scheme: slate
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
plugins:
  - search
  - followthrough:
      leads_dir: pipeline
      cadence_days: 5
      business_days: true
      max_unanswered: 4
      thank_you_days: 2
      weekly_new_leads: 3
      min_active_leads: 8
      today: 2026-11-20
      rules:
        tone/negative: warning
        log/future: off
"""


def run(cwd: Path, *args: str, env: dict[str, str] | None = None) -> Ran:
    return run_line(cwd, *args, env={settings.TODAY_ENV: None, **(env or {})})


def repo(tmp_path: Path, options: str, lead: str = TOO_SOON, leads_dir: str = "leads") -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: test\nplugins:\n  - search\n  - followthrough:{options}\n", encoding="utf-8"
    )
    (tmp_path / leads_dir).mkdir(parents=True)
    (tmp_path / leads_dir / "acme-robotics.yaml").write_text(lead, encoding="utf-8")
    return tmp_path


def findings(proc: Ran) -> list[dict[str, Any]]:
    doc = json.loads(proc.stdout)
    result: list[dict[str, Any]] = doc["findings"]
    return result


def test_material_config_with_python_name_and_env_tags(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text(MATERIAL_CONFIG, encoding="utf-8")
    got = settings.load(start=tmp_path)
    assert got.root == tmp_path.resolve()
    assert got.leads_path == tmp_path.resolve() / "pipeline"
    assert (got.cadence_days, got.business_days, got.max_unanswered) == (5, True, 4)
    assert (got.thank_you_days, got.weekly_new_leads, got.min_active_leads) == (2, 3, 8)
    assert got.today == dt.date(2026, 11, 20)
    assert got.severity("tone/negative") == "warning"
    assert got.severity("log/future") == "off"
    assert got.severity("cadence/too-soon") == "error"


def test_defaults_without_a_config_or_without_the_plugin(tmp_path: Path) -> None:
    assert settings.load(start=tmp_path) == settings.Settings(root=tmp_path.resolve())
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nplugins: [search]\n", encoding="utf-8")
    assert settings.load(start=tmp_path) == settings.Settings(root=tmp_path.resolve())
    (tmp_path / "mkdocs.yml").write_text("plugins: [search, followthrough]\n", encoding="utf-8")
    assert settings.load(start=tmp_path).cadence_days == 7


def test_plugins_written_as_a_mapping(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        "plugins:\n  search: {}\n  followthrough:\n    cadence_days: 9\n", encoding="utf-8"
    )
    assert settings.load(start=tmp_path).cadence_days == 9


def test_errors_by_default(tmp_path: Path) -> None:
    proc = run(repo(tmp_path, " {}"), "check", "--format", "json", "--today", "2026-11-25")
    assert proc.returncode == 1
    assert sorted(f["rule"] for f in findings(proc)) == ["cadence/too-soon", "tone/negative"]
    assert {f["severity"] for f in findings(proc)} == {"error"}


def test_warning_keeps_exit_zero_and_off_hides(tmp_path: Path) -> None:
    options = "\n      rules:\n        tone/negative: warning\n        cadence/too-soon: off\n"
    proc = run(repo(tmp_path, options), "check", "--format", "json", "--today", "2026-11-25")
    assert proc.returncode == 0
    (finding,) = findings(proc)
    assert (finding["rule"], finding["severity"]) == ("tone/negative", "warning")
    text = run(tmp_path, "check", "--today", "2026-11-25")
    assert text.returncode == 0
    assert ": warning tone/negative " in text.stdout
    assert "0 errors, 1 warning in 1 file" in text.stderr


def test_schema_findings_follow_the_rules_setting_too(tmp_path: Path) -> None:
    lead = "company: Acme Robotics\ncolour: blue\n"
    proc = run(
        repo(tmp_path, "\n      rules: {schema: warning}\n", lead),
        "check",
        "--format",
        "json",
        "--today",
        "2026-11-25",
    )
    assert proc.returncode == 0
    assert [(f["rule"], f["severity"]) for f in findings(proc)] == [("schema", "warning")]


def test_cadence_days_setting_moves_the_threshold(tmp_path: Path) -> None:
    proc = run(
        repo(tmp_path, "\n      cadence_days: 5\n      rules: {tone/negative: off}\n"),
        "check",
        "--format",
        "json",
        "--today",
        "2026-11-25",
    )
    assert proc.returncode == 0
    assert findings(proc) == []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ("\n      cadense_days: 5\n", "unknown followthrough option: cadense_days"),
        ("\n      rules: {tone/rude: warning}\n", "unknown rule id 'tone/rude'"),
        ("\n      rules: {tone/negative: loud}\n", "severity must be error, warning or off"),
        ("\n      rules: [tone/negative]\n", "rules must map rule ids"),
        ("\n      cadence_days: 0\n", "cadence_days must be at least 1"),
        ("\n      cadence_days: weekly\n", "cadence_days must be a whole number"),
        ("\n      max_unanswered: -1\n", "max_unanswered must be a whole number >= 0"),
        ("\n      business_days: sometimes\n", "business_days must be true or false"),
        ("\n      today: 20/11/2026\n", "today must be a date YYYY-MM-DD"),
        (" [cadence_days]\n", "options must be a mapping"),
    ],
)
def test_unusable_config_is_exit_2_with_one_line(
    tmp_path: Path, options: str, message: str
) -> None:
    proc = run(repo(tmp_path, options), "check", "--today", "2026-11-25")
    assert proc.returncode == 2
    assert message in proc.stderr
    assert proc.stdout == ""


def test_invalid_yaml_in_mkdocs_yml_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("plugins: [followthrough\n", encoding="utf-8")
    proc = run(tmp_path, "check")
    assert proc.returncode == 2
    assert "mkdocs.yml is not valid YAML" in proc.stderr


def test_found_by_walking_up_from_a_subfolder(tmp_path: Path) -> None:
    root = repo(tmp_path, "\n      leads_dir: pipeline\n", leads_dir="pipeline")
    sub = root / "docs" / "notes"
    sub.mkdir(parents=True)
    proc = run(sub, "check", "--format", "json", "--today", "2026-11-25")
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    assert doc["files"] == 1
    assert {Path(f["path"]).name for f in doc["findings"]} == {"acme-robotics.yaml"}
    assert settings.find_config(sub) == root / "mkdocs.yml"


def test_config_option_points_elsewhere(tmp_path: Path) -> None:
    site = repo(tmp_path / "site", "\n      rules: {cadence/too-soon: off, tone/negative: off}\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    proc = run(
        elsewhere,
        "check",
        "--format",
        "json",
        "--today",
        "2026-11-25",
        "--config",
        str(site / "mkdocs.yml"),
    )
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == {"files": 1, "findings": []}
    missing = run(elsewhere, "check", "--config", str(elsewhere / "mkdocs.yml"))
    assert missing.returncode == 2
    assert "cannot read" in missing.stderr


def test_today_comes_from_option_then_environment_then_setting(tmp_path: Path) -> None:
    lead = "company: Acme Robotics\nlog:\n  - date: 2026-11-21\n    type: applied\n"
    root = repo(tmp_path, "\n      today: 2026-11-20\n", lead)
    assert run(root, "check").returncode == 1  # the setting: 11-21 is in the future
    assert run(root, "check", env={settings.TODAY_ENV: "2026-11-21"}).returncode == 0
    assert (
        run(
            root, "check", "--today", "2026-11-20", env={settings.TODAY_ENV: "2026-11-21"}
        ).returncode
        == 1
    )
    bad_env = run(root, "check", env={settings.TODAY_ENV: "soon"})
    assert bad_env.returncode == 2
    assert f"{settings.TODAY_ENV} must be a date YYYY-MM-DD" in bad_env.stderr


def test_resolve_today_order(monkeypatch: pytest.MonkeyPatch) -> None:
    pinned = settings.Settings(today=dt.date(2026, 11, 20))
    monkeypatch.delenv(settings.TODAY_ENV, raising=False)
    assert settings.resolve_today(pinned) == dt.date(2026, 11, 20)
    assert settings.resolve_today(pinned, "2026-11-01") == dt.date(2026, 11, 1)
    monkeypatch.setenv(settings.TODAY_ENV, "2026-11-24")
    assert settings.resolve_today(pinned) == dt.date(2026, 11, 24)
    assert settings.resolve_today(pinned, "2026-11-01") == dt.date(2026, 11, 1)
    assert settings.resolve_today(settings.Settings()) == dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"cadence_days": 366}, "cadence_days must be at most 365"),
        ({"thank_you_days": 400}, "thank_you_days must be at most 365"),
        ({"templates_dir": 3}, "templates_dir must be a path"),
        ({"cadence_days": 0, "business_days": "x"}, "business_days must be true or false"),
        ({"cadence_days": 0, "thank_you_days": 400}, "cadence_days must be at least 1"),
        ({"my_addresses": ["me at home"]}, "'me at home' is not an email address"),
        ({"my_addresses": {"me": "a@b.c"}}, "my_addresses must be a list of addresses"),
    ],
)
def test_each_setting_is_checked_by_its_kind_then_its_range(
    options: dict[str, object], message: str
) -> None:
    with pytest.raises(settings.ConfigError, match=message):
        settings.from_mapping(options, Path("."))


def test_settings_table_gives_the_fields_their_defaults_and_the_plugin_its_options() -> None:
    from followthrough.plugin import FollowthroughConfig

    names = [f.name for f in dataclasses.fields(settings.Settings) if f.name != "root"]
    assert list(settings.OPTIONS) == names
    defaults = settings.Settings(root=Path("."))
    schema = dict(FollowthroughConfig._schema)
    assert list(schema) == names
    for name, opt in settings.OPTIONS.items():
        assert getattr(defaults, name) == opt.default, name
        assert opt.doc and settings.values(opt)
        if opt.kind in ("away", "addresses"):  # a list in mkdocs.yml, a tuple once read
            assert schema[name].default == [] and opt.default == (), name
        elif opt.kind not in ("date", "code"):
            assert schema[name].default == opt.default, name
    got = settings.from_mapping({"cadence_days": 365, "thank_you_days": 0}, Path("."))
    assert (got.cadence_days, got.thank_you_days) == (365, 0)


def test_my_addresses_are_read_in_lower_case_once_each() -> None:
    got = settings.from_mapping({"my_addresses": ["Me@Home.example", "me@home.example"]}, Path("."))
    assert got.my_addresses == ("me@home.example",)
    one = settings.from_mapping({"my_addresses": "sam@work.example"}, Path("."))
    assert one.my_addresses == ("sam@work.example",)
