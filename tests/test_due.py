from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Ran, run_line

ANSI = "\x1b["
TODAY = "2026-11-20"  # a Friday

MKDOCS = """\
site_name: Job search
plugins:
  - search
  - followthrough:
      leads_dir: leads
      cadence_days: 10
      max_unanswered: 3
"""

LEADS = {
    # due: applied 11-01, cadence 10 -> 11-11, 9 days overdue
    "acme": "company: Acme\nrole: Data Engineer\nlog:\n  - {date: 2026-11-01, type: applied}\n",
    # due: their response of 11-17 waits for a reply, 3 days overdue
    "bolt": "company: Bolt\nlog:\n  - {date: 2026-11-10, type: applied}\n"
    "  - {date: 2026-11-17, type: response}\n",
    # due today: applied 11-10 + 10
    "cord": "company: Cord\nlog:\n  - {date: 2026-11-10, type: applied}\n",
    # blocked until 11-24
    "dune": "company: Dune\ninstructions:\n  - date: 2026-11-12\n    kind: quiet-until\n"
    "    until: 2026-11-24\n    said: No decision before the committee meets on the 23rd.\n"
    "log:\n  - {date: 2026-11-05, type: interview}\n  - {date: 2026-11-06, type: thank-you}\n",
    # blocked until they get in touch
    "echo": "company: Echo\ninstructions:\n  - date: 2026-11-02\n    kind: no-contact\n"
    "    said: We will call you.\nlog:\n  - {date: 2026-11-01, type: call}\n",
    # upcoming on 11-26
    "fern": "company: Fern\nlog:\n  - {date: 2026-11-16, type: applied}\n",
    # upcoming on Sunday 11-22: a per-lead cadence of 3 after an applied on 11-19
    "gale": "company: Gale\ncadence_days: 3\nlog:\n  - {date: 2026-11-19, type: applied}\n",
    # upcoming beyond 14 days: per-lead cadence 30 -> 12-18
    "hive": "company: Hive\ncadence_days: 30\nlog:\n  - {date: 2026-11-18, type: applied}\n",
    # stale: three follow-ups with no answer
    "iris": "company: Iris\nlog:\n  - {date: 2026-09-01, type: applied}\n"
    "  - {date: 2026-09-15, type: follow-up}\n  - {date: 2026-10-01, type: follow-up}\n"
    "  - {date: 2026-10-15, type: follow-up}\n",
    # closed
    "jade": "company: Jade\nstatus: won\nlog:\n  - {date: 2026-10-01, type: offer}\n",
}


def make_repo(root: Path, leads: dict[str, str] = LEADS) -> Path:
    (root / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    folder = root / "leads"
    folder.mkdir()
    for name, text in leads.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    (folder / "_template.yaml").write_text("company: [not a lead\n", encoding="utf-8")
    return root


def env(**extra: str) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FOLLOWTHROUGH_TODAY")}
    out.update(extra)
    return out


def run(cwd: Path, *args: str, environ: dict[str, str] | None = None) -> Ran:
    """`due` in this process, with exactly the variables of `environ` (default: `env()`)."""
    wanted = environ if environ is not None else env()
    gone: dict[str, str | None] = {k: None for k in os.environ if k not in wanted}
    return run_line(cwd, "due", *args, env={**gone, **wanted})


def run_on_terminal(cwd: Path, *args: str, environ: dict[str, str]) -> str:
    """Run `due` with its stdout on a real pseudo-terminal and return what it printed."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "followthrough", "due", *args],
        cwd=cwd,
        env=environ,
        stdout=follower,
        stderr=subprocess.DEVNULL,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the command has finished
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert proc.wait() == 0
    return b"".join(chunks).decode("utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path)


def sections(text: str) -> dict[str, list[str]]:
    """Section title (without its count) -> the lead ids listed under it, in order."""
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        title = re.fullmatch(r"(\S.*) \(\d+\)", line)
        if title:
            current = out.setdefault(title.group(1), [])
        elif line.startswith("  ") and not line.startswith("   ") and "[" in line:
            assert current is not None
            current.append(line.split("[", 1)[1].split("]", 1)[0])
    return out


def test_text_sections_and_order(repo: Path) -> None:
    result = run(repo, "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith("As of Friday 2026-11-20\n")
    assert sections(out) == {
        "Due now": ["acme", "bolt", "cord"],
        "Blocked": ["dune", "echo"],
        "Upcoming, next 14 days": ["gale", "fern"],
    }
    assert "  Acme — Data Engineer [acme]: follow-up, 9 days overdue\n" in out
    assert "  Bolt [bolt]: reply, 3 days overdue\n" in out
    assert "  Cord [cord]: follow-up, due today\n" in out
    assert "last contact: the application on 2026-11-01; check in every 10 days" in out
    assert "  Dune [dune]: until 2026-11-24\n" in out
    assert (
        'they said "No decision before the committee meets on the 23rd." on 2026-11-12; '
        "no unprompted contact before 2026-11-24" in out
    )
    assert "  Echo [echo]: until they get in touch\n" in out
    assert 'they said "We will call you." on 2026-11-02' in out
    assert "  Gale [gale]: follow-up on Sun 2026-11-22 (in 2 days)\n" in out
    assert "  Fern [fern]: follow-up on Thu 2026-11-26 (in 6 days)\n" in out
    assert out.index("Due now") < out.index("Blocked") < out.index("Upcoming")
    for hidden in ("hive", "iris", "jade", "_template"):
        assert f"[{hidden}]" not in out
    assert out.endswith("\nNot shown: 1 upcoming later, 1 stale, 1 closed (--all shows them)\n")


def test_all_adds_later_stale_and_closed(repo: Path) -> None:
    result = run(repo, "--today", TODAY, "--all")
    assert result.returncode == 0, result.stderr
    assert sections(result.stdout) == {
        "Due now": ["acme", "bolt", "cord"],
        "Blocked": ["dune", "echo"],
        "Upcoming, next 14 days": ["gale", "fern"],
        "Later": ["hive"],
        "Consider letting go": ["iris"],
        "Closed": ["jade"],
    }
    assert "  Hive [hive]: follow-up on Fri 2026-12-18 (in 28 days)\n" in result.stdout
    assert "3 follow-ups with no answer" in result.stdout
    assert "  Jade [jade]: status: won\n" in result.stdout
    assert result.stdout.count("status: won") == 1
    assert "Not shown" not in result.stdout


def test_empty_sections_say_nothing(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, {"jade": LEADS["jade"]})
    result = run(repo, "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "As of Friday 2026-11-20\n\nDue now (0)\n  nothing\n\nBlocked (0)\n  nothing\n\n"
        "Upcoming, next 14 days (0)\n  nothing\n\nNot shown: 1 closed (--all shows them)\n"
    )


KEYS = [
    "lead",
    "path",
    "company",
    "role",
    "state",
    "action",
    "due",
    "until",
    "days_overdue",
    "reason",
]


def test_json_lists_every_lead(repo: Path) -> None:
    result = run(repo, "--today", TODAY, "--format", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert list(doc) == ["today", "leads"]
    assert doc["today"] == TODAY
    assert all(list(lead) == KEYS for lead in doc["leads"])
    got = [
        (d["lead"], d["state"], d["action"], d["due"], d["until"], d["days_overdue"])
        for d in doc["leads"]
    ]
    assert got == [
        ("acme", "due", "follow-up", "2026-11-11", None, 9),
        ("bolt", "due", "reply", "2026-11-17", None, 3),
        ("cord", "due", "follow-up", "2026-11-20", None, 0),
        ("dune", "blocked", None, None, "2026-11-24", None),
        ("echo", "blocked", None, None, None, None),
        ("gale", "upcoming", "follow-up", "2026-11-22", None, None),
        ("fern", "upcoming", "follow-up", "2026-11-26", None, None),
        ("hive", "upcoming", "follow-up", "2026-12-18", None, None),
        ("iris", "stale", None, None, None, None),
        ("jade", "closed", None, None, None, None),
    ]
    acme = doc["leads"][0]
    assert acme["path"] == os.path.join("leads", "acme.yaml")
    assert acme["company"] == "Acme"
    assert acme["role"] == "Data Engineer"
    assert acme["reason"] == "last contact: the application on 2026-11-01; check in every 10 days"
    assert doc["leads"][1]["role"] is None
    assert run(repo, "--today", TODAY, "--format", "json", "--all").stdout == result.stdout


def test_business_days_from_mkdocs_yml(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, {"gale": LEADS["gale"]})
    config = repo / "mkdocs.yml"
    config.write_text(config.read_text() + "      business_days: true\n", encoding="utf-8")
    doc = json.loads(run(repo, "--today", TODAY, "--format", "json").stdout)
    assert doc["leads"][0]["due"] == "2026-11-23"  # Sunday the 22nd moved to Monday


def test_settings_found_walking_up(repo: Path) -> None:
    doc = json.loads(run(repo / "leads", "--today", TODAY, "--format", "json").stdout)
    assert [d["lead"] for d in doc["leads"]][:3] == ["acme", "bolt", "cord"]
    assert doc["leads"][0]["path"] == "acme.yaml"


def test_today_from_the_environment(repo: Path) -> None:
    result = run(repo, "--format", "json", environ=env(FOLLOWTHROUGH_TODAY="2026-11-11"))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["today"] == "2026-11-11"
    acme = next(d for d in doc["leads"] if d["lead"] == "acme")
    assert (acme["state"], acme["days_overdue"]) == ("due", 0)


def test_today_option_beats_the_environment(repo: Path) -> None:
    result = run(repo, "--today", "2026-11-10", environ=env(FOLLOWTHROUGH_TODAY="2026-11-11"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("As of Tuesday 2026-11-10\n")
    assert "  Acme — Data Engineer [acme]: follow-up on Wed 2026-11-11 (in 1 day)\n" in (
        result.stdout
    )


@pytest.mark.parametrize(
    ("args", "environ"),
    [
        (["--today", "20-11-2026"], {}),
        ([], {"FOLLOWTHROUGH_TODAY": "next friday"}),
    ],
)
def test_bad_today_is_bad_usage(repo: Path, args: list[str], environ: dict[str, str]) -> None:
    result = run(repo, *args, environ=env(**environ))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "must be a date YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_colour_when_piped(repo: Path) -> None:
    result = run(repo, "--today", TODAY, "--all")
    assert result.returncode == 0
    assert ANSI not in result.stdout
    assert "Due now (3)" in result.stdout


def test_colour_on_a_terminal(repo: Path) -> None:
    out = run_on_terminal(repo, "--today", TODAY, environ=env(TERM="xterm"))
    assert ANSI in out
    assert "\x1b[31m\x1b[1mDue now (3)\x1b[0m" in out
    assert "\x1b[31m\x1b[1m9 days overdue\x1b[0m" in out


@pytest.mark.parametrize("extra", [{"NO_COLOR": "1", "TERM": "xterm"}, {"TERM": "dumb"}])
def test_no_colour_on_a_terminal_when_asked(repo: Path, extra: dict[str, str]) -> None:
    out = run_on_terminal(repo, "--today", TODAY, environ=env(**extra))
    assert "Due now (3)" in out
    assert ANSI not in out


def test_broken_lead_files_are_skipped_with_a_warning(repo: Path) -> None:
    folder = repo / "leads"
    (folder / "bad-yaml.yaml").write_text("company: Kilo\nlog: [\n", encoding="utf-8")
    (folder / "typo.yml").write_text(
        "company: Lima\nlgo:\n  - {date: 2026-11-01, type: applied}\n", encoding="utf-8"
    )
    (folder / "latin1.yaml").write_bytes("company: Café\n".encode("latin-1"))
    (folder / "folder.yaml").mkdir()
    for fmt in ("text", "json"):
        result = run(repo, "--today", TODAY, "--format", fmt)
        assert result.returncode == 0
        assert "Traceback" not in result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 4, result.stderr
        for name, line in zip(
            ["bad-yaml.yaml", "folder.yaml", "latin1.yaml", "typo.yml"], lines, strict=True
        ):
            path = os.path.join("leads", name)
            assert line.startswith(f"warning: {path}: skipped ("), line
            assert line.endswith(f"; run `followthrough check {path}`"), line
        assert "(1 error, on line 2)" in lines[3]
        if fmt == "json":
            listed = [d["lead"] for d in json.loads(result.stdout)["leads"]]
            assert sorted(listed) == sorted(LEADS)
        else:
            assert "Due now (3)" in result.stdout
            assert "Kilo" not in result.stdout
            assert "Lima" not in result.stdout


def test_a_rule_turned_off_keeps_the_lead(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, {"typo": "company: Lima\nx-mine: 1\nsource2: job board\n"})
    config = repo / "mkdocs.yml"
    config.write_text(config.read_text() + "      rules: {schema: warning}\n", encoding="utf-8")
    result = run(repo, "--today", TODAY, "--format", "json")
    assert result.stderr == ""
    assert [d["lead"] for d in json.loads(result.stdout)["leads"]] == ["typo"]
