"""`followthrough log` never loses a contact log: killed anywhere, raced, or beaten by an editor.

The writer's test hooks (FOLLOWTHROUGH_PAUSE_BEFORE_REPLACE / _AFTER_REPLACE, see writer.py)
stop a real `log` process at a known point of its write; the test then kills it, races it or
changes the lead, and lets it go on by removing the marker file.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from followthrough.leads import lead_files
from followthrough.writer import PAUSE_AFTER_REPLACE, PAUSE_BEFORE_REPLACE, append

TODAY = "2026-11-25"
MKDOCS = "site_name: t\nplugins:\n  - followthrough\n"
LEAD = """\
# Northwind: keep every byte of this
company: Northwind Traders
role: Senior Data Engineer   # the job
contacts:
  - name: Dana Reyes
log:
  - date: 2026-11-03
    type: interview
    with: Dana Reyes
  - date: 2026-11-04
    type: thank-you
    message: |
      Thank you for your time yesterday.
"""
NOTE = ("log", "acme", "note", "--date", "2026-11-20", "--summary", "Called: voicemail")
CALL = ("log", "acme", "call", "--date", "2026-11-21", "--with", "Dana Reyes")
GUARD_STEPS = 12_000  # x 10 ms: only a guard against a hang, never a timing assertion


def make_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "leads").mkdir(parents=True)
    (repo / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    (repo / "leads" / "acme.yaml").write_bytes(LEAD.encode())
    return repo


def env(**pause: Path) -> dict[str, str]:
    out = {**os.environ, "FOLLOWTHROUGH_TODAY": TODAY}
    for key in (PAUSE_BEFORE_REPLACE, PAUSE_AFTER_REPLACE):
        out.pop(key, None)
    out.update({k: str(v) for k, v in pause.items()})
    return out


def start(repo: Path, args: tuple[str, ...], **pause: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "followthrough", *args],
        cwd=repo,
        env=env(**pause),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "followthrough", *args],
        cwd=repo,
        env=env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def wait_for(proc: subprocess.Popen[str], done: object) -> None:
    """Poll until `done()` holds; fail if the process ends first (or a hang guard runs out)."""
    assert callable(done)
    for _ in range(GUARD_STEPS):
        if done():
            return
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"exited {proc.returncode} first: {out} {err}")
        time.sleep(0.01)
    proc.kill()
    raise AssertionError("the writer never reached the pause point")


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out, err


def kill9(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL


def expected_after(text: str, *entries: list[tuple[str, str]]) -> bytes:
    for fields in entries:
        text = append(text, fields).text
    return text.encode()


NOTE_FIELDS = [
    ("date", "2026-11-20"),
    ("type", "note"),
    ("summary", "Called: voicemail"),
]
CALL_FIELDS = [("date", "2026-11-21"), ("type", "call"), ("with", "Dana Reyes")]


def hidden(repo: Path) -> list[str]:
    return sorted(p.name for p in (repo / "leads").iterdir() if p.name.startswith("."))


def assert_clean_check(repo: Path, files: int = 1) -> None:
    result = run(repo, "check", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout) == {"files": files, "findings": []}


def blocked_on_flock(pid: int) -> bool:
    """The process waits for a flock (a `->` line of /proc/locks names the waiters)."""
    with open("/proc/locks", encoding="ascii") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) > 5 and parts[1] == "->" and parts[2] == "FLOCK" and parts[5] == str(pid):
                return True
    return False


# ---- killed at any point ---------------------------------------------------------------


def test_killed_before_replace_leaves_the_old_file(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    marker = tmp_path / "paused"
    proc = start(repo, NOTE, **{PAUSE_BEFORE_REPLACE: marker})
    wait_for(proc, marker.exists)
    # the new text is on disk (fsynced) in a temporary file, and not yet the lead
    temps = [n for n in hidden(repo) if n.endswith(".tmp")]
    assert len(temps) == 1 and temps[0].startswith(".acme.yaml.")
    assert (repo / "leads" / temps[0]).read_bytes() == expected_after(LEAD, NOTE_FIELDS)
    kill9(proc)
    assert (repo / "leads" / "acme.yaml").read_bytes() == LEAD.encode()
    # the leftovers are never taken for leads
    assert hidden(repo) == sorted([temps[0], ".acme.yaml.lock"])
    assert [p.name for p in lead_files(repo / "leads")] == ["acme.yaml"]
    assert_clean_check(repo)
    due = run(repo, "due", "--format", "json")
    assert [i["lead"] for i in json.loads(due.stdout)["leads"]] == ["acme"]
    # the next log takes the stale lock, clears the dead writer's temporary file, and lands
    again = run(repo, *NOTE)
    assert again.returncode == 0, again.stderr
    assert (repo / "leads" / "acme.yaml").read_bytes() == expected_after(LEAD, NOTE_FIELDS)
    assert hidden(repo) == []


def test_killed_after_replace_leaves_the_new_file(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    marker = tmp_path / "paused"
    proc = start(repo, NOTE, **{PAUSE_AFTER_REPLACE: marker})
    wait_for(proc, marker.exists)
    kill9(proc)
    assert (repo / "leads" / "acme.yaml").read_bytes() == expected_after(LEAD, NOTE_FIELDS)
    assert hidden(repo) == [".acme.yaml.lock"]  # held by the dead process: free again
    assert_clean_check(repo)
    again = run(repo, *CALL)
    assert again.returncode == 0, again.stderr
    want = expected_after(LEAD, NOTE_FIELDS, CALL_FIELDS)
    assert (repo / "leads" / "acme.yaml").read_bytes() == want
    assert hidden(repo) == []


def test_killed_right_after_start_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    old, new = LEAD.encode(), expected_after(LEAD, NOTE_FIELDS)
    seen = set()
    for _ in range(5):
        (repo / "leads" / "acme.yaml").write_bytes(old)
        proc = start(repo, NOTE)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=120)
        data = (repo / "leads" / "acme.yaml").read_bytes()
        assert data in (old, new)
        seen.add(data)
        assert_clean_check(repo)
    assert old in seen


def test_an_uninterrupted_log_leaves_nothing_behind(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "leads" / "acme.yaml").chmod(0o640)
    result = run(repo, *NOTE)
    assert result.returncode == 0, result.stderr
    assert hidden(repo) == []
    assert (repo / "leads" / "acme.yaml").stat().st_mode & 0o777 == 0o640


# ---- two logs at once --------------------------------------------------------------------


def test_two_logs_at_once_both_land(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    marker = tmp_path / "first-paused"
    first = start(repo, NOTE, **{PAUSE_BEFORE_REPLACE: marker})
    wait_for(first, marker.exists)  # the first holds the lock, its entry not yet in the file
    second = start(repo, CALL)
    wait_for(second, lambda: blocked_on_flock(second.pid))
    assert (repo / "leads" / "acme.yaml").read_bytes() == LEAD.encode()
    marker.unlink()  # let the first go on: it writes, unlocks, then the second reads and writes
    code1, out1, err1 = finish(first)
    code2, out2, err2 = finish(second)
    assert (code1, code2) == (0, 0), (err1, err2)
    assert "logged the note of 2026-11-20" in out1
    assert "logged the call of 2026-11-21" in out2
    want = expected_after(LEAD, NOTE_FIELDS, CALL_FIELDS)
    assert (repo / "leads" / "acme.yaml").read_bytes() == want
    assert hidden(repo) == []
    assert_clean_check(repo)


def test_many_logs_at_once_all_land(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    procs = [
        start(repo, ("log", "acme", "note", "--date", "2026-11-20", "--summary", f"note {i}"))
        for i in range(6)
    ]
    codes = [finish(p)[0] for p in procs]
    assert codes == [0] * 6
    text = (repo / "leads" / "acme.yaml").read_text(encoding="utf-8")
    assert text.startswith(LEAD)
    assert sorted(line.strip() for line in text.splitlines() if "summary: note" in line) == [
        f"summary: note {i}" for i in range(6)
    ]
    assert hidden(repo) == []
    assert_clean_check(repo)


# ---- changed on disk between read and write ----------------------------------------------


def test_a_lead_changed_while_writing_is_not_overwritten(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    marker = tmp_path / "paused"
    proc = start(repo, NOTE, **{PAUSE_BEFORE_REPLACE: marker})
    wait_for(proc, marker.exists)
    edited = LEAD.replace("role: Senior Data Engineer", "role: Staff Data Engineer").encode()
    (repo / "leads" / "acme.yaml").write_bytes(edited)  # an editor saves meanwhile
    marker.unlink()
    code, _, err = finish(proc)
    assert code == 1
    assert "changed while the entry was being added" in err
    assert "Traceback" not in err
    assert (repo / "leads" / "acme.yaml").read_bytes() == edited
    assert hidden(repo) == []
    assert_clean_check(repo)
