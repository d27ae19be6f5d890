"""`followthrough log`: appends an entry, keeps every byte, refuses what the hook would refuse."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import stat
from pathlib import Path

import pytest

from conftest import Ran, run_line
from followthrough.leads import load_file
from followthrough.writer import CannotAppend, append

CORPUS = Path(__file__).resolve().parent / "log_corpus"
CORPUS_FILES = sorted(p.name for p in CORPUS.glob("*.yaml"))
TODAY = "2026-12-01"
MKDOCS = "site_name: t\nplugins:\n  - followthrough:\n      leads_dir: leads\n"

# what each corpus file gets logged: the values vary so that quoting, block scalars and
# Unicode are exercised across every layout
VARIANTS: list[dict[str, str]] = [
    {
        "type": "follow-up",
        "with": "Dana Reyes",
        "channel": "email",
        "message": "Hi Dana,\n\nI remain very interested in the role and wanted to check in on "
        "the next steps.\n\nBest,\nSam\n",
    },
    {"type": "note", "summary": 'Recruiter said: "panel next week" # maybe'},
    {"type": "follow-up", "with": "Zoë Ångström", "summary": "Quick check-in ✉️"},
    {"type": "follow-up", "message": "  indented first line\nsecond line"},
    {"type": "note", "summary": "yes"},
    {"type": "call", "with": "O'Brien", "summary": "42", "date": "2026-11-30T09:15"},
    {"type": "follow-up", "channel": "linkedin", "summary": "A note: {short}, [kind] & brief"},
    {"type": "note", "message": "trailing spaces   \n\n\nkept blank lines\n\n"},
    {"type": "follow-up", "message": 'tab\there, a backslash \\ and a "quote"'},
    {"type": "note", "summary": "日本語のメモ"},
    {"type": "thank-you", "with": "- dash first", "summary": "null"},
]
OPTIONS = {
    "with": "--with",
    "channel": "--channel",
    "summary": "--summary",
    "message": "--message",
    "date": "--date",
}


def run(*args: str, cwd: Path, stdin: str | None = None) -> Ran:
    return run_line(cwd, *args, env={"FOLLOWTHROUGH_TODAY": TODAY}, stdin=stdin)


def repo(tmp_path: Path, *names: str) -> Path:
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    (tmp_path / "leads").mkdir()
    for name in names:
        shutil.copyfile(CORPUS / name, tmp_path / "leads" / name)
    return tmp_path


def command(lead: str, variant: dict[str, str]) -> list[str]:
    args = ["log", lead, variant["type"]]
    values = {"date": "2026-11-30", **variant}
    for key, option in OPTIONS.items():
        if key in values:
            args += [option, values[key]]
    return args


def single_insertion(old: bytes, new: bytes) -> bool:
    """new == old[:k] + something + old[k:] for some k."""
    k = 0
    while k < len(old) and old[k] == new[k]:
        k += 1
    return len(new) > len(old) and new.endswith(old[k:])


def test_the_corpus_is_big_and_valid(tmp_path: Path) -> None:
    assert len(CORPUS_FILES) >= 30
    base = repo(tmp_path, *CORPUS_FILES)
    result = run("check", cwd=base)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_log_keeps_every_byte(tmp_path: Path, name: str) -> None:
    base = repo(tmp_path, name)
    path = base / "leads" / name
    old = path.read_bytes()
    variant = VARIANTS[CORPUS_FILES.index(name) % len(VARIANTS)]

    result = run(*command(name.removesuffix(".yaml"), variant), cwd=base)

    assert result.returncode == 0, result.stdout + result.stderr
    new = path.read_bytes()
    if name.startswith("append-"):
        assert new.startswith(old)
        assert new[len(old) :].startswith(b"\r\n" if b"\r\n" in old else b"\n") or (
            old.endswith(b"\n")
        )
    elif name.startswith("insert-"):
        assert single_insertion(old, new)
    else:  # replace-: only the empty value (`[]`, `~`) went
        emptied = re.sub(rb"log: *(\[\]|~)(\r?\n)", rb"log:\2", old)
        emptied = re.sub(rb"log:( *)(\[\]|~)", rb"log:\1", emptied)
        assert single_insertion(emptied, new)
    assert (b"\r\n" in old) == (b"\r\n" in new)
    assert new.count(b"\n") == new.count(b"\r\n") or b"\r\n" not in old
    check = run("check", f"leads/{name}", cwd=base)
    assert check.returncode == 0, check.stdout + check.stderr
    lead = load_file(path).lead
    assert lead is not None
    entry = lead.log[-1]
    when = variant.get("date", "2026-11-30")
    assert entry.date == dt.date.fromisoformat(when[:10])
    assert entry.time == (dt.time.fromisoformat(when[11:]) if "T" in when else None)
    assert (entry.type, entry.with_, entry.channel, entry.summary, entry.message) == (
        variant["type"],
        variant.get("with"),
        variant.get("channel"),
        variant.get("summary"),
        variant.get("message"),
    )
    old_lead = load_file(CORPUS / name).lead
    assert old_lead is not None
    assert [(e.date, e.type, e.summary, e.message) for e in lead.log[:-1]] == [
        (e.date, e.type, e.summary, e.message) for e in old_lead.log
    ]


INTERVIEWED = """\
company: Acme
contacts:
  - name: Dana Reyes
log:
  - date: 2026-11-03
    type: interview
    with: Dana Reyes
"""


def test_a_follow_up_one_day_after_an_interview_is_refused(tmp_path: Path) -> None:
    base = repo(tmp_path)
    path = base / "leads" / "acme.yaml"
    path.write_text(INTERVIEWED, encoding="utf-8")
    before = path.read_bytes()

    result = run("log", "acme", "follow-up", "--date", "2026-11-04", cwd=base)

    assert result.returncode == 1
    assert path.read_bytes() == before
    assert re.search(
        r"^leads/acme\.yaml:8:5: error cadence/too-soon .*2026-11-10", result.stdout, re.M
    ), result.stdout
    assert "unchanged" in result.stderr and "--waiver" in result.stderr
    assert sorted(os.listdir(base / "leads")) == ["acme.yaml"]  # no temporary file left


def test_a_waiver_lets_it_through_and_check_agrees(tmp_path: Path) -> None:
    base = repo(tmp_path)
    path = base / "leads" / "acme.yaml"
    path.write_text(INTERVIEWED, encoding="utf-8")

    result = run(
        "log",
        "acme",
        "follow-up",
        "--date",
        "2026-11-04",
        "--waiver",
        "she asked me to send the portfolio link today",
        cwd=base,
    )

    assert result.returncode == 0, result.stderr
    assert "waived" in result.stdout
    text = path.read_text(encoding="utf-8")
    assert text.startswith(INTERVIEWED)
    assert text.endswith("    waiver: she asked me to send the portfolio link today\n")
    assert run("check", cwd=base).returncode == 0


def test_a_controlling_message_is_refused(tmp_path: Path) -> None:
    base = repo(tmp_path)
    path = base / "leads" / "acme.yaml"
    path.write_text(INTERVIEWED, encoding="utf-8")

    result = run(
        "log",
        "acme",
        "follow-up",
        "--date",
        "2026-11-20",
        "--message",
        "If I don't hear back by Friday I will withdraw my application.",
        cwd=base,
    )

    assert result.returncode == 1
    assert "tone/" in result.stdout
    assert path.read_text(encoding="utf-8") == INTERVIEWED


def test_errors_elsewhere_do_not_block_but_are_mentioned(tmp_path: Path) -> None:
    base = repo(tmp_path)
    path = base / "leads" / "acme.yaml"
    path.write_text(
        INTERVIEWED.replace("company: Acme\n", "company: Acme\ncolour: red\n"), encoding="utf-8"
    )

    result = run("log", "acme", "thank-you", "--date", "2026-11-04", cwd=base)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 error in other entries or keys" in result.stderr
    assert path.read_text(encoding="utf-8").endswith("    type: thank-you\n")


def test_permission_bits_are_kept(tmp_path: Path) -> None:
    base = repo(tmp_path)
    path = base / "leads" / "acme.yaml"
    path.write_text(INTERVIEWED, encoding="utf-8")
    path.chmod(0o640)

    assert run("log", "acme", "thank-you", "--date", "2026-11-04", cwd=base).returncode == 0

    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_the_message_comes_from_stdin(tmp_path: Path) -> None:
    base = repo(tmp_path)
    path = base / "leads" / "acme.yaml"
    path.write_text(INTERVIEWED, encoding="utf-8")
    message = "Dear Dana,\n\nthank you for yesterday's conversation.\n"

    result = run(
        "log",
        "acme",
        "thank-you",
        "--date",
        "2026-11-04",
        "--message-file",
        "-",
        cwd=base,
        stdin=message,
    )

    assert result.returncode == 0, result.stderr
    assert path.read_text(encoding="utf-8") == INTERVIEWED + (
        "  - date: 2026-11-04\n    type: thank-you\n    message: |\n      Dear Dana,\n\n"
        "      thank you for yesterday's conversation.\n"
    )


def test_the_date_defaults_to_today(tmp_path: Path) -> None:
    base = repo(tmp_path)
    path = base / "leads" / "acme.yaml"
    path.write_text(INTERVIEWED, encoding="utf-8")

    assert run("log", "acme", "note", cwd=base).returncode == 0

    assert path.read_text(encoding="utf-8").endswith(f"  - date: {TODAY}\n    type: note\n")


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (("log", "acmee", "note"), "close: acme"),
        (
            ("log", "acme", "folow-up"),
            "`folow-up` is not a log entry type; did you mean `follow-up`? Use one of: applied,",
        ),
        (("log", "acme", "note", "--channel", "e-mail"), "did you mean `email`? Use one of:"),
        (("log", "acme", "note", "--channel", "fax"), "not a channel; use one of: email, phone"),
        (("log", "acme", "note", "--date", "4 Nov"), "--date must be"),
        (
            ("log", "acme", "note", "--date", "2026-13-01"),
            "--date: `2026-13-01` is not a real date (month must be in 1..12); check the day",
        ),
        (
            ("log", "acme", "note", "--date", "2026-11-04T25:00"),
            "--date: `2026-11-04T25:00` is not a real date or time (hour must be in 0..23)",
        ),
        (("log", "acme", "note", "--message", "a", "--message-file", "-"), "not both"),
    ],
)
def test_bad_usage_exits_2(tmp_path: Path, args: tuple[str, ...], expect: str) -> None:
    base = repo(tmp_path)
    path = base / "leads" / "acme.yaml"
    path.write_text(INTERVIEWED, encoding="utf-8")

    result = run(*args, cwd=base)

    assert result.returncode == 2
    assert expect in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == INTERVIEWED


def test_a_broken_file_is_left_alone(tmp_path: Path) -> None:
    base = repo(tmp_path)
    path = base / "leads" / "acme.yaml"
    path.write_text("company: [unclosed\n", encoding="utf-8")

    result = run("log", "acme", "note", cwd=base)

    assert result.returncode == 1
    assert "leads/acme.yaml:" in result.stdout and " error yaml " in result.stdout
    assert path.read_text(encoding="utf-8") == "company: [unclosed\n"


def test_appending_never_changes_a_value_already_there() -> None:
    # a `|` scalar at the very end without a line end: adding one would change its value
    text = "company: A\nlog:\n  - date: 2026-11-03\n    type: note\n    message: |\n      hi"
    with pytest.raises(CannotAppend, match="change a value"):
        append(text, [("date", "2026-11-04"), ("type", "note")])


@pytest.mark.parametrize(
    "value",
    [
        "",
        " ",
        "true",
        "No",
        "~",
        "0x1F",
        "1e3",
        "-",
        "? x",
        "a: b",
        "#x",
        "x #y",
        "'q",
        '"q',
        "@at",
        "`tick",
        "%p",
        "&anchor",
        "*alias",
        "!tag",
        "|",
        ">",
        "\u2028",
        "\x85",
        "\x07",
        "a\r\nb",
        "\ttab",
        "é\n",
        "\n",
        "\n\nx",
        " lead\nx\n",
        "x\n \n",
        "🙂",
        "\ufeffbom",
    ],
)
def test_awkward_values_read_back_exactly(value: str) -> None:
    text = "company: A\nlog:\n  - date: 2026-11-03\n    type: note\n"
    fields = [("date", "2026-11-04"), ("type", "note"), ("summary", value), ("message", value)]
    appended = append(text, fields)  # raises unless the entry reads back as given
    assert appended.text.startswith(text)
