"""The check pipeline: paths -> loaded leads -> rules -> findings, each with its severity."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from . import rules
from .findings import OFF, Finding, sort_key
from .leads import Loaded, lead_files, load_file
from .model import Entry
from .settings import Settings


@dataclass(frozen=True, slots=True)
class Checked:
    loaded: Loaded
    findings: list[Finding]
    waived: list[tuple[Entry, Finding]]


def with_settings(findings: Iterable[Finding], settings: Settings) -> list[Finding]:
    out = []
    for f in findings:
        severity = settings.severity(f.rule)
        if severity != OFF:
            out.append(f if severity == f.severity else replace(f, severity=severity))
    return out


def check_loaded(loaded: Loaded, settings: Settings, today: dt.date) -> Checked:
    findings = with_settings(loaded.findings, settings)
    waived: list[tuple[Entry, Finding]] = []
    if loaded.lead is not None:
        result = rules.check(loaded.lead, rules.Context(settings, today, loaded.source))
        findings.extend(result.findings)
        waived = result.waived
    findings.sort(key=sort_key)
    return Checked(loaded, findings, waived)


def display_path(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def check_paths(paths: Iterable[Path], settings: Settings, today: dt.date) -> list[Checked]:
    return [
        check_loaded(load_file(p, display_path(p), settings.root), settings, today) for p in paths
    ]


def load_all(settings: Settings) -> list[Loaded]:
    return [load_file(p, display_path(p), settings.root) for p in lead_files(settings.leads_path)]
