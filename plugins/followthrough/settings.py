"""Settings from the followthrough entry of mkdocs.yml: one source for the site, CLI and hook."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from .findings import RULES, SEVERITIES

CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml", "properdocs.yml", "properdocs.yaml")
TODAY_ENV = "FOLLOWTHROUGH_TODAY"


class ConfigError(Exception):
    """The configuration cannot be used (exit status 2)."""


@dataclass(frozen=True, slots=True)
class Settings:
    root: Path = field(default_factory=Path.cwd)
    leads_dir: str = "leads"
    templates_dir: str = "templates"  # the repository's own drafts (draft_templates/ names)
    cadence_days: int = 7
    business_days: bool = False
    max_unanswered: int = 3
    thank_you_days: int = 1
    weekly_new_leads: int = 5
    min_active_leads: int = 5
    rules: Mapping[str, str] = field(default_factory=dict)
    today: dt.date | None = None  # pins the date, e.g. for a demo

    @property
    def leads_path(self) -> Path:
        return self.root / self.leads_dir

    @property
    def templates_path(self) -> Path | None:
        """The repository's own drafts folder, when there is one."""
        path = self.root / self.templates_dir
        return path if path.is_dir() else None

    def severity(self, rule: str) -> str:
        return self.rules.get(rule, RULES[rule][0])


OPTIONS = {f.name: f for f in fields(Settings) if f.name != "root"}
MAX_DAYS = 365
_INTS = ("cadence_days", "max_unanswered", "thank_you_days", "weekly_new_leads", "min_active_leads")


def from_mapping(options: Mapping[str, Any], root: Path) -> Settings:
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise ConfigError(
            f"unknown followthrough option(s): {', '.join(unknown)}; known: {', '.join(OPTIONS)}"
        )
    values: dict[str, Any] = {}
    for name, value in options.items():
        if value is None:
            continue
        if name in _INTS:
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ConfigError(
                    f"followthrough option {name} must be a whole number >= 0, not {value!r}"
                )
        elif name == "business_days" and not isinstance(value, bool):
            raise ConfigError(
                f"followthrough option business_days must be true or false, not {value!r}"
            )
        elif name in ("leads_dir", "templates_dir") and not isinstance(value, str):
            raise ConfigError(f"followthrough option {name} must be a path, not {value!r}")
        elif name == "rules":
            value = _rules(value)
        elif name == "today":
            value = parse_date(str(value), "followthrough option today")
        values[name] = value
    if values.get("cadence_days") == 0:
        raise ConfigError("followthrough option cadence_days must be at least 1")
    for name in ("cadence_days", "thank_you_days"):
        if values.get(name, 0) > MAX_DAYS:
            raise ConfigError(f"followthrough option {name} must be at most {MAX_DAYS}")
    return Settings(root=root, **values)


def _rules(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ConfigError("followthrough option rules must map rule ids to error|warning|off")
    out = {}
    for rule, severity in value.items():
        if rule not in RULES:
            raise ConfigError(f"unknown rule id {rule!r} in rules; known: {', '.join(RULES)}")
        if severity is False:  # `off` read as YAML 1.1 boolean
            severity = "off"
        if severity not in SEVERITIES:
            raise ConfigError(
                f"rule {rule}: severity must be error, warning or off, not {severity!r}"
            )
        out[rule] = severity
    return out


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(text: str, what: str) -> dt.date:
    """A calendar date written YYYY-MM-DD (not the other ISO 8601 forms Python accepts)."""
    try:
        if _DATE.fullmatch(text.strip()):
            return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    raise ConfigError(f"{what} must be a date YYYY-MM-DD, not {text!r}")


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml whatever tags it holds (`!!python/name:`, `!ENV`) without acting on them."""


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_TolerantLoader.add_multi_constructor("", _any_tag)
_TolerantLoader.add_multi_constructor("!", _any_tag)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _any_tag)


def find_config(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


def plugin_options(config: Mapping[str, Any]) -> Mapping[str, Any] | None:
    plugins = config.get("plugins")
    if isinstance(plugins, Mapping):
        plugins = [{k: v} for k, v in plugins.items()]
    if not isinstance(plugins, list):
        return None
    for item in plugins:
        if item == "followthrough":
            return {}
        if isinstance(item, Mapping) and "followthrough" in item:
            options = item["followthrough"] or {}
            if not isinstance(options, Mapping):
                raise ConfigError("the followthrough plugin's options must be a mapping")
            return options
    return None


def load(config_file: Path | None = None, start: Path | None = None) -> Settings:
    """Settings from `config_file`, or the mkdocs.yml found walking up from `start`."""
    if config_file is None:
        config_file = find_config((start or Path.cwd()).resolve())
        if config_file is None:
            return Settings(root=(start or Path.cwd()).resolve())
    try:
        text = config_file.read_text(encoding="utf-8")
        config = yaml.load(text, Loader=_TolerantLoader)
    except OSError as exc:
        raise ConfigError(f"cannot read {config_file}: {exc.strerror}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{config_file} is not valid YAML: {exc}") from None
    if not isinstance(config, Mapping):
        config = {}
    options = plugin_options(config) or {}
    return from_mapping(options, config_file.resolve().parent)


def resolve_today(settings: Settings, override: str | None = None) -> dt.date:
    """--today, else $FOLLOWTHROUGH_TODAY, else the `today` setting, else the local date."""
    if override:
        return parse_date(override, "--today")
    env = os.environ.get(TODAY_ENV)
    if env:
        return parse_date(env, TODAY_ENV)
    if settings.today is not None:
        return settings.today
    return dt.date.today()
