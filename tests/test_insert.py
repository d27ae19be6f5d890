"""Inserting entries at their place in the log: every byte already there stays, in order."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from followthrough.checker import check_loaded
from followthrough.findings import ERROR
from followthrough.leads import load_file, load_text
from followthrough.settings import Settings
from followthrough.writer import insert

CORPUS = Path(__file__).resolve().parent / "log_corpus"
CORPUS_FILES = sorted(p.name for p in CORPUS.glob("*.yaml"))
TODAY = dt.date(2026, 12, 1)


def kept_in_order(old: str, new: str) -> bool:
    """Every character of `old` is in `new`, in order: new only adds text."""
    it = iter(new)
    return all(ch in it for ch in old)


def entry(day: dt.date, summary: str, message: str | None = None) -> list[tuple[str, str]]:
    fields = [("date", day.isoformat()), ("type", "note"), ("summary", summary)]
    if message is not None:
        fields.append(("message", message))
    return fields


@pytest.mark.parametrize("name", CORPUS_FILES)
@pytest.mark.parametrize("message", [None, "two lines\nof text\n", "kept blank lines\n\n\n"])
def test_insert_first_middle_and_last_keeps_every_byte(name: str, message: str | None) -> None:
    old = (CORPUS / name).read_bytes().decode("utf-8-sig")
    lead = load_file(CORPUS / name).lead
    assert lead is not None
    log = lead.log
    first = log[0].date - dt.timedelta(days=1) if log else dt.date(2026, 11, 1)
    placed = [(0, entry(first, "before all", message))]
    if len(log) >= 2:
        placed.append((1, entry(log[0].date, "in the middle", message)))
    if log:
        placed.append((len(log), entry(log[-1].date, "at the end", message)))
        placed.append((len(log), entry(log[-1].date, "after that", message)))

    new = insert(old, placed)

    if name.startswith("replace-"):  # only the empty value (`[]`, `~`) of `log` goes
        old = re.sub(r"log:( *)(\[\]|~)", r"log:\1", old)
    assert kept_in_order(old, new.text)
    loaded = load_text(new.text, name)
    assert loaded.lead is not None
    checked = check_loaded(loaded, Settings(), TODAY)
    assert not [f for f in checked.findings if f.severity == ERROR], new.text
    got = loaded.lead.log
    assert len(got) == len(log) + len(placed)
    for index, (_, fields) in zip(new.indexes, placed, strict=True):
        assert (got[index].summary, got[index].message) == (fields[2][1], message)
    old_entries = [e for i, e in enumerate(got) if i not in new.indexes]
    assert [(e.date, e.type, e.summary, e.message) for e in old_entries] == [
        (e.date, e.type, e.summary, e.message) for e in log
    ]
    if "\r\n" in old:
        assert new.text.count("\n") == new.text.count("\r\n")


def test_inserting_nothing_changes_nothing() -> None:
    text = (CORPUS / "append-spec-example.yaml").read_text(encoding="utf-8")
    assert insert(text, []).text == text


def test_a_comment_above_an_entry_stays_above_it() -> None:
    text = (
        "company: A\nlog:\n  - date: 2026-11-01\n    type: applied\n\n"
        "  # the call went well\n  - date: 2026-11-05\n    type: call\n"
    )
    new = insert(text, [(1, entry(dt.date(2026, 11, 3), "between"))])
    assert new.text == (
        "company: A\nlog:\n  - date: 2026-11-01\n    type: applied\n"
        "  - date: 2026-11-03\n    type: note\n    summary: between\n\n"
        "  # the call went well\n  - date: 2026-11-05\n    type: call\n"
    )
    assert new.indexes == (1,)
