"""The check pipeline: paths -> loaded leads -> rules -> findings, each with its severity."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

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


def check_paths(
    paths: Iterable[Path], settings: Settings, today: dt.date, base: Path | None = None
) -> list[Checked]:
    """Load and check each file; paths are shown relative to `base` (default: the cwd)."""
    checked = [
        check_loaded(load_file(p, _display(p, base), settings.root), settings, today) for p in paths
    ]
    if "followthrough.tone_memo" in sys.modules:  # messages were read: keep what was found
        from .tone_memo import MEMO

        MEMO.save()
    return checked


def _display(path: Path, base: Path | None) -> str:
    return display_path(path) if base is None else Path(os.path.relpath(path, base)).as_posix()


def _findings_of(paths: list[Path], settings: Settings, today: dt.date) -> list[Finding]:
    return [f for checked in check_paths(paths, settings, today) for f in checked.findings]


PARALLEL_FROM = 200  # files; below this, starting more processes costs more than it saves
T = TypeVar("T")


def _shared(work: Callable[..., list[T]], paths: list[Path], *args: object) -> list[T]:
    """work(paths, *args), with many paths shared among the CPU cores (results in path order)."""
    jobs = min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1, 8)
    if jobs < 2 or len(paths) < PARALLEL_FROM:
        return work(paths, *args)
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(paths) // (jobs * 4))  # a few chunks per process evens out the load
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    # fork is quick, but not safe once threads run (as in `mkdocs serve`): then spawn
    context = multiprocessing.get_context("fork" if threading.active_count() == 1 else "spawn")
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        parts = pool.map(work, chunks, *([arg] * len(chunks) for arg in args))
        return [item for part in parts for item in part]


def check_many(
    paths: list[Path], settings: Settings, today: dt.date, base: Path | None = None
) -> list[Checked]:
    return _shared(check_paths, paths, settings, today, base)


def findings_of(paths: list[Path], settings: Settings, today: dt.date) -> list[Finding]:
    """Every finding in the files, in file order (only findings travel between processes)."""
    return _shared(_findings_of, paths, settings, today)


def load_all(settings: Settings) -> list[Loaded]:
    return [load_file(p, display_path(p), settings.root) for p in lead_files(settings.leads_path)]
