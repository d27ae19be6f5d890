"""Tests for the memo of tone hits: a message read once is not read again while the rules are
the same, any change to the rules' sources starts afresh, and the findings do not change."""

from __future__ import annotations

import marshal
import subprocess
import sys
from pathlib import Path

import pytest

from followthrough import tone_memo
from followthrough.tone_memo import Found, Memo

MESSAGES = [
    "Why have you ignored my last three emails?",
    "Thank you for your time today; I enjoyed learning about the team.",
    "Unless I hear back by Friday, I will take my business elsewhere.",
]


class Reader:
    """The real tone scan, counting the messages it is given."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def __call__(self, message: str) -> list[Found]:
        self.read.append(message)
        return tone_memo._tone_scan(message)


@pytest.fixture
def rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.setenv("FOLLOWTHROUGH_CACHE", str(tmp_path / "cache"))
    sources = [tmp_path / "rules.py", tmp_path / "words.toml"]
    for source in sources:
        source.write_text(f"# {source.name}\n", encoding="utf-8")
    return sources


def test_a_saved_message_is_not_read_again_and_gives_the_same_hits(rules: list[Path]) -> None:
    first = Reader()
    memo = Memo(rules, first)
    before = [memo.scan(m) for m in MESSAGES]
    assert before[0] and before[2] and not before[1]
    memo.save()
    later = Reader()
    assert [Memo(rules, later).scan(m) for m in MESSAGES] == before
    assert first.read == MESSAGES and later.read == []


@pytest.mark.parametrize("which", [0, 1])
def test_a_change_to_any_source_of_the_rules_reads_every_message_again(
    rules: list[Path], which: int
) -> None:
    memo = Memo(rules, Reader())
    for message in MESSAGES:
        memo.scan(message)
    memo.save()
    rules[which].write_text("# changed\n", encoding="utf-8")
    again = Reader()
    Memo(rules, again).scan(MESSAGES[0])
    assert again.read == MESSAGES[:1]


def test_two_runs_add_to_one_file(rules: list[Path]) -> None:
    one, two = Memo(rules, Reader()), Memo(rules, Reader())
    one.scan(MESSAGES[0])
    two.scan(MESSAGES[1])
    one.save()
    two.save()
    later = Reader()
    memo = Memo(rules, later)
    for message in MESSAGES[:2]:
        memo.scan(message)
    assert later.read == []


def test_a_damaged_file_only_means_reading_again(rules: list[Path], tmp_path: Path) -> None:
    memo = Memo(rules, Reader())
    memo.scan(MESSAGES[0])
    memo.save()
    (held,) = (tmp_path / "cache").glob("tone-hits-*.marshal")
    held.write_bytes(b"\x00 not marshal data")
    again = Reader()
    assert Memo(rules, again).scan(MESSAGES[0]) == tone_memo._tone_scan(MESSAGES[0])
    assert again.read == MESSAGES[:1]


def test_with_caching_off_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWTHROUGH_CACHE", "")
    monkeypatch.setenv("HOME", str(tmp_path))  # where a fallback would write
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    memo = Memo(reader=Reader())
    memo.scan(MESSAGES[0])
    memo.save()
    assert list(tmp_path.iterdir()) == []


LEAD = """\
company: Acme
status: active
log:
  - date: 2026-11-02
    type: follow-up
    channel: email
    message: |
      Hi Sam, why have you ignored my last three emails? Unless I hear back by
      Friday, I will take my business elsewhere.
"""
PROBE = (
    "import sys\n"
    "from followthrough.cli import main\n"
    "try:\n"
    "    main(['check', 'leads/acme.yaml'])\n"
    "except SystemExit:\n"
    "    pass\n"
    "print('read' if 'followthrough.tone' in sys.modules else 'kept', file=sys.stderr)\n"
)


def test_a_second_check_reports_the_same_without_loading_the_rules(tmp_path: Path) -> None:
    (tmp_path / "leads").mkdir()
    (tmp_path / "leads" / "acme.yaml").write_text(LEAD, encoding="utf-8")
    env = {"FOLLOWTHROUGH_CACHE": str(tmp_path / "cache"), "PATH": ""}
    runs = [
        subprocess.run(
            [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=tmp_path
        )
        for _ in range(2)
    ]
    assert runs[0].stdout.count("tone/") >= 3
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stderr.splitlines()[-1] == "read"
    assert runs[1].stderr.splitlines()[-1] == "kept"


def test_rules_that_cannot_be_read_keep_nothing(rules: list[Path], tmp_path: Path) -> None:
    rules[1].unlink()
    memo = Memo(rules, Reader())
    memo.scan(MESSAGES[0])
    memo.save()
    assert not (tmp_path / "cache").exists()


def test_entries_of_the_wrong_shape_are_read_again(rules: list[Path], tmp_path: Path) -> None:
    memo = Memo(rules, Reader())
    for message in MESSAGES:
        memo.scan(message)
    memo.save()
    (held,) = (tmp_path / "cache").glob("tone-hits-*.marshal")
    keys = list(marshal.loads(held.read_bytes()))
    damaged = [("x",), (("a", "b"),), "hits"]
    held.write_bytes(marshal.dumps(dict(zip(keys, damaged, strict=True))))
    again = Reader()
    later = Memo(rules, again)
    assert [later.scan(m) for m in MESSAGES] == [tone_memo._tone_scan(m) for m in MESSAGES]
    assert again.read == MESSAGES
