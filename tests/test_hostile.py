"""Hostile lead files: each gives a finding with file, line and column, exit 1, no traceback.

Every run is a real `python -m followthrough` in a subprocess held to 1 GiB of address space
and 20 s of CPU (so a memory bomb or a runaway parse is killed, and the test fails), with a
subprocess timeout only as a guard against a hang.
"""

from __future__ import annotations

import ctypes
import os
import re
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

TODAY = "2026-11-25"
MEMORY = 1 << 30
CPU_SECONDS = 20
HANG_GUARD = 120
MKDOCS = "site_name: t\nplugins:\n  - followthrough\n"
GOOD = "company: Northwind Traders\nlog:\n  - date: 2026-11-20\n    type: applied\n"
FINDING = re.compile(r"^(?P<path>[^\n]+?):(?P<line>\d+):(?P<col>\d+): error (?P<rule>yaml|schema) ")

# PR_CAPBSET_DROP and the capabilities that let root read any file whatever its mode
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2


def limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


def limits_without_root_reading() -> None:
    """The limits, and root loses the capabilities to read past file modes (at exec)."""
    limits()
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def run(
    repo: Path, *args: str, preexec: Callable[[], None] = limits
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FOLLOWTHROUGH_TODAY": TODAY, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "followthrough", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        preexec_fn=preexec,
        timeout=HANG_GUARD,
        check=False,
    )


def make_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "leads").mkdir(parents=True)
    (repo / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    return repo


def findings(stdout: str) -> list[re.Match[str]]:
    return [m for line in stdout.splitlines() if (m := FINDING.match(line))]


def assert_one_finding(
    result: subprocess.CompletedProcess[str],
    path: str,
    rule: str,
    line: int | None,
    says: str,
    lines_in_file: int,
) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, (result.stdout, result.stderr)
    found = findings(result.stdout)
    assert found, result.stdout
    first = found[0]
    assert first["path"] == path
    assert first["rule"] == rule, result.stdout
    assert 1 <= int(first["line"]) <= lines_in_file + 1
    assert int(first["col"]) >= 1
    if line is not None:
        assert int(first["line"]) == line, result.stdout
    assert re.search(says, result.stdout, re.IGNORECASE), result.stdout


# ---- hostile content: name -> (bytes, rule, line of the finding, what the message says) -----

BILLION_LAUGHS = (
    "company: lol\nnotes: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + "".join(f"x-l{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10))
)
ALIAS_ONLY_LATE = "company: lol\nx-a: [1, 2]\nx-b: &b [3]\nx-c: [*b, *b, *b]\n"

CONTENT: dict[str, tuple[bytes, str, int | None, str]] = {
    "billion-laughs": (BILLION_LAUGHS.encode(), "yaml", 2, r"anchor &a0 is not allowed"),
    "late-anchor": (ALIAS_ONLY_LATE.encode(), "yaml", 3, r"anchor &b"),
    "deep-flow": (
        b"company: x\nnotes: " + b"[" * 5000 + b"]" * 5000 + b"\n",
        "yaml",
        2,
        r"nested|nesting depth",
    ),
    "deep-flow-maps": (
        b"company: x\nnotes: " + b"{a: " * 5000 + b"}" * 5000 + b"\n",
        "yaml",
        2,
        r"nesting depth",
    ),
    "deep-block-seq": (b"company: x\nnotes:\n" + b"- " * 5000 + b"x\n", "yaml", 3, r"nesting"),
    "deep-block-map": (
        b"company: x\nnotes:\n"
        + b"".join(b" " * i + b"k%d:\n" % i for i in range(1, 1200))
        + b" " * 1200
        + b"x\n",
        "yaml",
        None,
        r"nesting depth",
    ),
    "binary": (bytes(range(256)) * 8, "yaml", 2, r"byte 0x80 is not UTF-8"),
    "binary-zeros": (b"\x00" * 4096, "yaml", 1, r"control character|UTF-16"),
    "utf16-bom": ("company: Café\n".encode("utf-16"), "yaml", 1, r"UTF-16"),
    "utf16-le-no-bom": ("company: Café\n".encode("utf-16-le"), "yaml", 1, r"UTF-16"),
    "utf16-be-no-bom": ("company: Café\n".encode("utf-16-be"), "yaml", 1, r"UTF-16"),
    "latin-1": ("company: Café Müller\nrole: Ingénieur\n".encode("latin-1"), "yaml", 1, "0xe9"),
    "empty": (b"", "yaml", 1, r"empty"),
    "only-a-comment": (b"# company: not yet\n", "yaml", 1, r"empty"),
    "tilde": (b"~\n", "yaml", 1, r"must be a mapping"),
    "a-list": (b"- company: x\n", "yaml", 1, r"must be a mapping"),
    "a-string": (b"just some words\n", "yaml", 1, r"must be a mapping"),
    "two-documents": (b"company: a\n---\ncompany: b\n", "yaml", 2, r"one lead per file"),
    "tab-indent": (b"company: a\ncontacts:\n\t- name: Dana\n", "yaml", 3, r"tabs"),
    "control-char": (b"company: a\x07b\n", "yaml", 1, r"U\+0007"),
    "nul-in-text": (b"company: ab\nrole: x\x00y\n", "yaml", 2, r"U\+0000"),
    "unclosed-quote": (b'company: "abc\nrole: x\n', "yaml", None, r"invalid YAML"),
    "duplicate-key": (b"company: a\nrole: x\ncompany: b\n", "yaml", 3, r"duplicate key"),
    # wrong types at every level
    "log-not-a-list": (b"company: a\nlog: yes\n", "schema", 2, r"`log` must be a list"),
    "entry-not-a-mapping": (b"company: a\nlog:\n  - applied\n", "schema", 3, r"must be a mapping"),
    "date-an-integer": (
        b"company: a\nlog:\n  - date: 20261103\n    type: applied\n",
        "schema",
        3,
        r"`date` must be a date",
    ),
    "company-a-list": (b"company: [a, b]\n", "schema", 1, r"`company` must be text"),
    "contacts-a-string": (b"company: a\ncontacts: Dana\n", "schema", 2, r"`contacts` must be a"),
    "contact-not-a-mapping": (b"company: a\ncontacts:\n  - Dana\n", "schema", 3, r"mapping"),
    "tags-a-mapping": (b"company: a\ntags: {a: 1}\n", "schema", 2, r"`tags` must be a list"),
    "cadence-a-string": (
        b"company: a\ncadence_days: weekly\n",
        "schema",
        2,
        r"`cadence_days` must be a whole number",
    ),
    "instruction-kind-a-list": (
        b"company: a\ninstructions:\n  - date: 2026-11-01\n    kind: [quiet-until]\n"
        b"    until: 2026-11-20\n",
        "schema",
        4,
        r"`kind` must be one of",
    ),
    "instructions-a-mapping": (
        b"company: a\ninstructions: {date: 2026-11-01}\n",
        "schema",
        2,
        r"`instructions` must be a list",
    ),
    "key-a-list": (b"company: a\n? [x]\n: b\n", "schema", 2, r"plain name"),
    "company-missing": (b"role: x\n", "schema", 1, r"company"),
}


@pytest.mark.parametrize("name", sorted(CONTENT))
def test_hostile_content(tmp_path: Path, name: str) -> None:
    data, rule, line, says = CONTENT[name]
    repo = make_repo(tmp_path)
    (repo / "leads" / f"{name}.yaml").write_bytes(data)
    result = run(repo, "check", f"leads/{name}.yaml")
    assert_one_finding(result, f"leads/{name}.yaml", rule, line, says, data.count(b"\n"))


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system",
        "!!python/object/new:os.system",
        "!!python/name:os.system",
        "tag:yaml.org,2002:python/object/apply:os.system",
    ],
)
def test_python_object_tags_are_never_run(tmp_path: Path, tag: str) -> None:
    repo = make_repo(tmp_path)
    marker = tmp_path / "pwned"
    payload = f'["touch {marker}"]'
    shown = f"!<{tag}>" if tag.startswith("tag:") else tag
    texts = {
        "value": f"company: {shown} {payload}\n",
        "root": f"--- {shown}\n- touch {marker}\n",
        "in-log": f"company: a\nlog:\n  - {shown} {payload}\n",
    }
    for where, text in texts.items():
        (repo / "leads" / f"{where}.yaml").write_text(text, encoding="utf-8")
    for args in (("check",), ("due",), ("log", "root", "note")):
        result = run(repo, *args)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == (0 if args == ("due",) else 1), (result.stdout, result.stderr)
    # a note can be logged next to the tag (an error elsewhere); the tag stays refused, inert
    for lead in ("value", "in-log"):
        result = run(repo, "log", lead, "note")
        assert result.returncode == 0 and "has 1 error in" in result.stderr
    checked = run(repo, "check")
    lines = {m["path"]: int(m["line"]) for m in findings(checked.stdout)}
    assert lines == {"leads/value.yaml": 1, "leads/root.yaml": 1, "leads/in-log.yaml": 3}
    assert "is not allowed" in checked.stdout
    assert not marker.exists()
    assert (repo / "leads" / "value.yaml").read_text(encoding="utf-8").startswith(texts["value"])


def test_a_30_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    big = repo / "leads" / "big.yaml"
    with open(big, "wb") as fh:
        fh.write(b"company: x\nnotes: ")
        for _ in range(30):
            fh.write(b"a" * (1 << 20))
        fh.write(b"\n")
    # well under the 30 MB file: the reader may hold 1 MiB of it, never the whole
    tight = 200 << 20

    def small_memory() -> None:
        limits()
        resource.setrlimit(resource.RLIMIT_DATA, (tight, tight))

    result = run(repo, "check", "leads/big.yaml", preexec=small_memory)
    assert_one_finding(result, "leads/big.yaml", "yaml", 1, r"over the 1 MiB limit", 2)
    assert "31,457,299 bytes" in result.stdout
    due = run(repo, "due", preexec=small_memory)
    assert due.returncode == 0 and "Traceback" not in due.stderr
    assert "leads/big.yaml: skipped" in due.stderr


def test_just_over_the_limit_is_refused_and_at_the_limit_is_read(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    head = b"company: x\nnotes: "
    at_limit = head + b"a" * ((1 << 20) - len(head) - 1) + b"\n"
    (repo / "leads" / "at.yaml").write_bytes(at_limit)
    (repo / "leads" / "over.yaml").write_bytes(at_limit + b"\n")
    result = run(repo, "check")
    assert [m["path"] for m in findings(result.stdout)] == ["leads/over.yaml"]
    assert result.returncode == 1


# ---- things that are not plain files inside the repository --------------------------------


def test_symlink_out_of_the_repository_is_refused(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    secret = outside / "secret.yaml"
    secret.write_text(GOOD, encoding="utf-8")  # a valid lead: only the link is wrong
    (repo / "leads" / "out.yaml").symlink_to(secret)
    (repo / "leads" / "rel.yaml").symlink_to(Path("..") / ".." / "elsewhere" / "secret.yaml")
    result = run(repo, "check")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    got = {m["path"]: (m["line"], m["col"], m["rule"]) for m in findings(result.stdout)}
    assert got == {"leads/out.yaml": ("1", "1", "yaml"), "leads/rel.yaml": ("1", "1", "yaml")}
    assert result.stdout.count("symlink points outside the repository") == 2
    explicit = run(repo, "check", "leads/out.yaml")
    assert_one_finding(explicit, "leads/out.yaml", "yaml", 1, "outside the repository", 1)
    # `log` neither reads nor writes through it
    logged = run(repo, "log", "out", "note", "--summary", "written outside")
    assert logged.returncode == 1 and "Traceback" not in logged.stderr
    assert secret.read_text(encoding="utf-8") == GOOD
    assert [p.name for p in outside.iterdir()] == ["secret.yaml"]  # not even a lock file
    due = run(repo, "due", "--format", "json")
    assert due.returncode == 0 and '"leads": []' in due.stdout
    assert "leads/out.yaml: skipped" in due.stderr


def test_symlinked_leads_folder_outside_is_refused(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "acme.yaml").write_text(GOOD, encoding="utf-8")
    (repo / "leads").symlink_to(outside, target_is_directory=True)
    result = run(repo, "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert [m["path"] for m in findings(result.stdout)] == ["leads/acme.yaml"]


def test_symlink_inside_the_repository_is_a_lead(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "archive").mkdir()
    (repo / "archive" / "acme.yaml").write_text(GOOD, encoding="utf-8")
    (repo / "leads" / "acme.yaml").symlink_to(Path("..") / "archive" / "acme.yaml")
    result = run(repo, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    logged = run(repo, "log", "acme", "note", "--date", "2026-11-21", "--summary", "kept")
    assert logged.returncode == 0, logged.stderr
    assert (repo / "leads" / "acme.yaml").is_symlink()
    assert "summary: kept" in (repo / "archive" / "acme.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("target", ["missing.yaml", "/nonexistent/followthrough/x.yaml"])
def test_dangling_symlink(tmp_path: Path, target: str) -> None:
    repo = make_repo(tmp_path)
    (repo / "leads" / "gone.yaml").symlink_to(target)
    result = run(repo, "check")
    assert_one_finding(result, "leads/gone.yaml", "yaml", 1, "dangling", 1)
    assert target in result.stdout


def test_symlink_loop(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "leads" / "a.yaml").symlink_to("b.yaml")
    (repo / "leads" / "b.yaml").symlink_to("a.yaml")
    result = run(repo, "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert [m["path"] for m in findings(result.stdout)] == ["leads/a.yaml", "leads/b.yaml"]
    assert result.stdout.count("loops") == 2


def test_fifo_named_like_a_lead_does_not_hang(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    os.mkfifo(repo / "leads" / "x.yaml")  # nobody ever writes to it: a blocking open waits
    for args in (("check",), ("check", "leads/x.yaml")):
        result = run(repo, *args)
        assert_one_finding(result, "leads/x.yaml", "yaml", 1, "not a regular file", 0)
    due = run(repo, "due")
    assert due.returncode == 0 and "leads/x.yaml: skipped" in due.stderr
    logged = run(repo, "log", "x", "note")
    assert logged.returncode != 0 and "Traceback" not in logged.stderr


def test_directory_named_like_a_lead(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "leads" / "x.yaml").mkdir()
    (repo / "leads" / "x.yaml" / "inner.yaml").write_text(GOOD, encoding="utf-8")
    result = run(repo, "check")
    assert_one_finding(result, "leads/x.yaml", "yaml", 1, "not a regular file", 0)
    due = run(repo, "due")
    assert due.returncode == 0 and "leads/x.yaml: skipped" in due.stderr


def test_unreadable_file(tmp_path: Path) -> None:
    """As root, mode 000 does not stop reading: the check runs without the capabilities that
    let root read past file modes, so the kernel refuses the open as it would for anyone."""
    repo = make_repo(tmp_path)
    (repo / "leads" / "good.yaml").write_text(GOOD, encoding="utf-8")
    locked = repo / "leads" / "locked.yaml"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    result = run(repo, "check", preexec=limits_without_root_reading)
    assert_one_finding(result, "leads/locked.yaml", "yaml", 1, "permission denied", 4)
    assert [m["path"] for m in findings(result.stdout)] == ["leads/locked.yaml"]
    due = run(repo, "due", preexec=limits_without_root_reading)
    assert due.returncode == 0 and "Traceback" not in due.stderr
    assert "leads/locked.yaml: skipped" in due.stderr
    assert "Northwind Traders" in due.stdout
    logged = run(repo, "log", "locked", "note", preexec=limits_without_root_reading)
    assert logged.returncode == 1 and "Traceback" not in logged.stderr
    assert "permission denied" in logged.stdout + logged.stderr


# ---- everything at once: check reports each file, due skips each with a warning ------------


def test_whole_hostile_folder(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    leads = repo / "leads"
    for name, (data, *_) in CONTENT.items():
        (leads / f"{name}.yaml").write_bytes(data)
    os.mkfifo(leads / "fifo.yaml")
    (leads / "dir.yaml").mkdir()
    (leads / "dangling.yaml").symlink_to("nothing-here.yaml")
    (leads / "passwd.yaml").symlink_to("/etc/passwd")
    (leads / "good.yaml").write_text(GOOD, encoding="utf-8")
    broken = {*CONTENT, "fifo", "dir", "dangling", "passwd"}

    result = run(repo, "check")
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1
    assert {m["path"] for m in findings(result.stdout)} == {f"leads/{n}.yaml" for n in broken}
    as_json = run(repo, "check", "--format", "json")
    assert as_json.returncode == 1 and "Traceback" not in as_json.stderr

    due = run(repo, "due", "--all")
    assert "Traceback" not in due.stderr, due.stderr
    assert due.returncode == 0
    assert "Northwind Traders" in due.stdout
    skipped = set(re.findall(r"^warning: leads/(.+?)\.yaml: skipped", due.stderr, re.M))
    assert skipped == broken
