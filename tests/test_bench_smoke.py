"""The benchmark tools run: generated leads are valid, and a quick benchmark completes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
TODAY = "2026-11-20"  # the date generate.py pins in mkdocs.yml


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "FOLLOWTHROUGH_TODAY"}


def test_generated_leads_pass_check_with_no_findings(tmp_path: Path) -> None:
    repo, static = tmp_path / "repo", tmp_path / "static"
    subprocess.run(
        [sys.executable, str(BENCH / "generate.py"), "5", str(repo), "--static", str(static)],
        check=True,
        env=_env(),
    )
    leads = sorted((repo / "leads").glob("*.yaml"))
    assert len(leads) == 5
    texts = [p.read_text(encoding="utf-8") for p in leads]
    assert any("message:" in t for t in texts)  # the tone rule has something to read
    assert f"today: {TODAY}" in (repo / "mkdocs.yml").read_text(encoding="utf-8")
    got = subprocess.run(
        [sys.executable, "-m", "followthrough", "check", "--format", "json", "--today", TODAY],
        cwd=repo,
        capture_output=True,
        text=True,
        env=_env(),
        check=False,
    )
    assert got.returncode == 0, got.stdout + got.stderr
    assert json.loads(got.stdout) == {"files": 5, "findings": []}
    pages = sorted(p.stem for p in (static / "docs" / "leads").glob("*.md"))
    assert pages == sorted(p.stem for p in leads)
    assert (static / "docs" / "index.md").is_file()
    assert "followthrough" not in (static / "mkdocs.yml").read_text(encoding="utf-8")


def test_generation_is_deterministic(tmp_path: Path) -> None:
    for name in ("a", "b"):
        subprocess.run(
            [sys.executable, str(BENCH / "generate.py"), "3", str(tmp_path / name)], check=True
        )
    a = {p.name: p.read_bytes() for p in (tmp_path / "a" / "leads").iterdir()}
    b = {p.name: p.read_bytes() for p in (tmp_path / "b" / "leads").iterdir()}
    assert a == b


def test_quick_benchmark_runs(tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    got = subprocess.run(
        [
            sys.executable,
            str(BENCH / "run.py"),
            "--quick",
            "--leads",
            "3",
            "--small",
            "2",
            "--workdir",
            str(tmp_path / "work"),
            "--output",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=_env(),
        check=False,
    )
    assert got.returncode == 0, got.stdout + got.stderr
    text = out.read_text(encoding="utf-8")
    assert "## Against the baselines" in text
    assert "check-jsonschema" in text
    assert "failed" not in text
    for row in ("`make serve` (`--dirty`)", "home page interactive", "filter", "search index"):
        assert row in text, row
    assert "failed" not in text and "not available" not in text


def test_spreadsheet_benchmark_runs(tmp_path: Path) -> None:
    got = subprocess.run(
        [
            sys.executable,
            str(BENCH / "spreadsheet.py"),
            "--rows",
            "20",
            "--rounds",
            "1",
            "--workdir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=_env(),
        check=False,
    )
    assert got.returncode == 0, got.stdout + got.stderr
    assert "20 rows, 1 round(s)" in got.stdout
    assert "csv --write" in got.stdout
    assert len(list((tmp_path / "repo" / "leads").glob("*.yaml"))) == 20
