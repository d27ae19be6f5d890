"""10,000 messages: the real command on a generated mbox, and `check` on what it wrote.

The speed is measured by benchmarks/mail.py, not asserted here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "mail.py"
MESSAGES, LEADS = 10_000, 100


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FOLLOWTHROUGH_TODAY"}
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def test_ten_thousand_messages(tmp_path: Path) -> None:
    made = run(tmp_path, str(BENCH), "--generate", str(tmp_path), "--messages", str(MESSAGES))
    assert made.returncode == 0, made.stderr
    repo, box = tmp_path / "repo", Path(made.stdout.strip())

    done = run(repo, "-m", "followthrough", "mail", "import", str(box), "--write")

    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    summary = done.stdout.strip().splitlines()[-1]
    found = re.match(
        r"added (\d+) entries to (\d+) leads; (\d+) already in the log; "
        r"(\d+) to or from no contact of a lead",
        summary,
    )
    assert found, summary
    added, leads, already, unmatched = map(int, found.groups())
    assert leads == LEADS and already == 0
    assert added > 0.7 * MESSAGES and unmatched > 0.1 * MESSAGES
    assert added + unmatched == MESSAGES  # none left out, none unreadable
    assert "imported" in (repo / "leads" / "lead-0000.yaml").read_text(encoding="utf-8")
    checked = run(repo, "-m", "followthrough", "check")
    assert checked.returncode == 0, checked.stdout[-3000:]
