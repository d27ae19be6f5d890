"""Settings from the followthrough entry of mkdocs.yml: one source for the site, CLI and hook."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from .days_off import Away
from .findings import SEVERITIES
from .rules import RULES

CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml", "properdocs.yml", "properdocs.yaml")
TODAY_ENV = "FOLLOWTHROUGH_TODAY"


class ConfigError(Exception):
    """The configuration cannot be used (exit status 2)."""


MAX_DAYS = 365


def option(
    kind: str,
    default: Any,
    doc: str,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
) -> Any:
    """A setting: its kind (path, int, bool, rules, date), default, help and range, in one place.

    Validation (`from_mapping`), the MkDocs config class and the README's settings table are
    all made from these.
    """
    meta = {"kind": kind, "doc": doc, "minimum": minimum, "maximum": maximum}
    if isinstance(default, dict):
        return field(default_factory=dict, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True, slots=True)
class Settings:
    root: Path = field(default_factory=Path.cwd)  # the folder of mkdocs.yml; not an option
    leads_dir: str = option("path", "leads", "the folder of lead files, relative to mkdocs.yml")
    templates_dir: str = option(
        "path", "templates", "your own drafts, when the folder exists (see Drafts)"
    )
    cadence_days: int = option(
        "int",
        7,
        "days between check-ins (a lead's own cadence_days wins)",
        minimum=1,
        maximum=MAX_DAYS,
    )
    business_days: bool = option(
        "bool", False, "move a follow-up off weekends, and off public holidays with `country`"
    )
    max_unanswered: int = option(
        "int", 3, "follow-ups without an answer before a lead is stale (0: never stale)"
    )
    thank_you_days: int = option(
        "int", 1, "a thank-you is due this many days after the conversation", maximum=MAX_DAYS
    )
    weekly_new_leads: int = option("int", 5, "prospecting goal shown on the dashboard")
    min_active_leads: int = option(
        "int", 5, "fewer active leads than this: a warning on the dashboard"
    )
    rules: Mapping[str, str] = option(
        "rules", {}, "severity per rule id, e.g. {tone/negative: warning, log/future: off}"
    )
    today: dt.date | None = option(  # noqa: RUF009 - `option` makes a dataclass field
        "date", None, "pins the date (the demo does); leave it out normally"
    )
    country: str | None = option(
        "code", None, "whose public holidays count: an ISO 3166 country code such as `GB`"
    )
    subdivision: str | None = option(
        "code", None, "a state or region of that country, such as `SCT`"
    )
    away: tuple[Away, ...] = option(
        "away", (), "your own time away: a list of `{from: DATE, until: DATE, note: TEXT}`"
    )
    my_addresses: tuple[str, ...] = option(
        "addresses", (), "your own email addresses: `mail import` reads what they sent as yours"
    )

    @property
    def leads_path(self) -> Path:
        return self.root / self.leads_dir

    @property
    def templates_path(self) -> Path | None:
        """The repository's own drafts folder, when there is one."""
        path = self.root / self.templates_dir
        return path if path.is_dir() else None

    def severity(self, rule: str) -> str:
        return self.rules.get(rule, RULES[rule].severity)


@dataclass(frozen=True, slots=True)
class Option:
    name: str
    kind: str
    default: Any
    doc: str
    minimum: int | None = None
    maximum: int | None = None


def _options() -> dict[str, Option]:
    out = {}
    for f in fields(Settings):
        if f.metadata:
            default = {} if f.default is MISSING else f.default
            out[f.name] = Option(f.name, default=default, **f.metadata)
    return out


OPTIONS = _options()


def from_mapping(options: Mapping[str, Any], root: Path) -> Settings:
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise ConfigError(
            f"unknown followthrough {'option' if len(unknown) == 1 else 'options'}: "
            f"{', '.join(unknown)}; known: {', '.join(OPTIONS)}"
        )
    values = {name: _value(OPTIONS[name], v) for name, v in options.items() if v is not None}
    for opt in OPTIONS.values():
        value = values.get(opt.name)
        if opt.kind != "int" or value is None:
            continue
        if opt.minimum is not None and value < opt.minimum:
            raise ConfigError(f"followthrough option {opt.name} must be at least {opt.minimum}")
        if opt.maximum is not None and value > opt.maximum:
            raise ConfigError(f"followthrough option {opt.name} must be at most {opt.maximum}")
    _check_country(values.get("country"), values.get("subdivision"))
    return Settings(root=root, **values)


def _value(opt: Option, value: Any) -> Any:
    """The option's value checked for its kind (ranges come after every kind is checked)."""
    name = opt.name
    if opt.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ConfigError(
                f"followthrough option {name} must be a whole number >= 0, not {value!r}"
            )
    elif opt.kind == "bool" and not isinstance(value, bool):
        raise ConfigError(f"followthrough option {name} must be true or false, not {value!r}")
    elif opt.kind == "path" and not isinstance(value, str):
        raise ConfigError(f"followthrough option {name} must be a path, not {value!r}")
    elif opt.kind == "rules":
        return _rules(value)
    elif opt.kind == "date":
        return parse_date(str(value), f"followthrough option {name}")
    elif opt.kind == "code":
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"followthrough option {name} must be a code, not {value!r}")
        return value.strip().upper()
    elif opt.kind == "away":
        return _away(value)
    elif opt.kind == "addresses":
        return _addresses(name, value)
    return value


def _yaml(value: Any) -> str:
    """The default as written in mkdocs.yml, or a dash when there is none."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if value == ():
        return "`[]`"
    return "`{}`" if value == {} else f"`{value}`"


def values(opt: Option) -> str:
    """What the setting accepts, in words."""
    if opt.kind == "int":
        low = 0 if opt.minimum is None else opt.minimum
        return f"{low} to {opt.maximum}" if opt.maximum is not None else f"{low} or more"
    return {
        "bool": "true or false",
        "path": "a folder",
        "rules": "rule id: error, warning or off",
        "date": "YYYY-MM-DD",
        "code": "a code",
        "away": "a list of periods",
        "addresses": "a list of addresses",
    }[opt.kind]


def markdown_table() -> str:
    """The settings as a Markdown table, as the README shows them."""
    rows = ["| setting | default | values | what it does |", "|---|---|---|---|"]
    rows += [
        f"| `{o.name}` | {_yaml(o.default)} | {values(o)} | {o.doc} |" for o in OPTIONS.values()
    ]
    return "\n".join(rows) + "\n"


def _check_country(country: str | None, subdivision: str | None) -> None:
    if subdivision is not None and country is None:
        raise ConfigError("followthrough option subdivision needs the option country as well")
    if country is not None:
        from .days_off import country_problem

        problem = country_problem(country, subdivision)
        if problem is not None:
            raise ConfigError(f"followthrough option country/subdivision: {problem}")


def _addresses(name: str, value: Any) -> tuple[str, ...]:
    example = "[me@example.com, me@work.example]"
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ConfigError(f"followthrough option {name} must be a list of addresses: {example}")
    out = []
    for item in value:
        text = item.strip() if isinstance(item, str) else ""
        local, at, domain = text.rpartition("@")
        if not (local and at and domain) or any(ch.isspace() for ch in text):
            raise ConfigError(
                f"followthrough option {name}: {item!r} is not an email address; "
                f"write them as {example}"
            )
        out.append(text.lower())
    return tuple(dict.fromkeys(out))


_AWAY_KEYS = ("from", "until", "note")


def _away(value: Any) -> tuple[Away, ...]:
    example = "away: [{from: 2026-12-21, until: 2027-01-03, note: Winter holiday}]"
    if not isinstance(value, list):
        raise ConfigError(f"followthrough option away must be a list of periods: {example}")
    out = []
    for i, period in enumerate(value, start=1):
        what = f"followthrough option away, period {i}"
        if not isinstance(period, Mapping):
            raise ConfigError(f"{what} must be a mapping such as {example[7:-1]}")
        unknown = sorted(set(map(str, period)) - set(_AWAY_KEYS))
        if unknown:
            raise ConfigError(f"{what}: unknown key {unknown[0]!r}; use from, until and note")
        for key in ("from", "until"):
            if period.get(key) is None:
                raise ConfigError(f"{what} needs `{key}` (a date YYYY-MM-DD)")
        start = parse_date(str(period["from"]), f"{what}, from")
        end = parse_date(str(period["until"]), f"{what}, until")
        if end < start:
            raise ConfigError(f"{what}: until ({end}) is before from ({start})")
        note = period.get("note")
        out.append(Away(start, end, None if note is None else str(note)))
    return tuple(out)


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
    cleaned = text.strip()
    if not _DATE.fullmatch(cleaned):
        raise ConfigError(f"{what} must be a date YYYY-MM-DD, not {text!r}")
    try:
        return dt.date.fromisoformat(cleaned)
    except ValueError as exc:  # the shape is right: say which part is out of range
        raise ConfigError(
            f"{what}: `{cleaned}` is not a real date ({exc}); check the day and month"
        ) from None


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
