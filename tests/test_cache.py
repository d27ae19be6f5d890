"""Tests for what is kept in the cache directory: compiled patterns that a later run builds from
the file behave as re.compile does, data parsed once per source, and a missing, damaged or
unwritable cache only costs time."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml

from followthrough import compiled, tone
from followthrough.cache import kept

PATTERNS = [
    r"\b(?:you|your team) (?:never|still haven't) (?P<act>replied|answered)\b",
    r"(?-i:[A-Z]{4,})",
    r"^\W*(?:twice|again)\W*$",
    r"(?<=[\w,] )[A-Z][a-z']+",
    r"\bcan't wait\b(?!\s+to)",
]
TEXTS = [
    "you never replied to me",
    "Your team still haven't answered. WHY",
    "  Twice.",
    "I met Anna, Bob and Carla at the fair",
    "I can't wait. I can't wait to start",
    "",
]

CORPUS = Path(__file__).parent / "tone_corpus" / "train.yaml"


def _never() -> Iterable[str]:
    raise AssertionError("the store compiled again instead of reading its file")


def _same(made: re.Pattern[str], pattern: str, texts: Iterable[str]) -> None:
    plain = re.compile(pattern)
    assert (made.pattern, made.flags, made.groups, made.groupindex) == (
        plain.pattern,
        plain.flags,
        plain.groups,
        plain.groupindex,
    )
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in made.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ], (pattern, text)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWTHROUGH_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_later_store_builds_every_pattern_from_the_file(cache: Path) -> None:
    first = compiled.Store("t", lambda: PATTERNS)
    first.compile(PATTERNS[0])
    (held,) = cache.glob("t-*.marshal")
    assert set(marshal.loads(held.read_bytes())) == set(PATTERNS)
    later = compiled.Store("t", _never)
    for pattern in PATTERNS:
        _same(later.compile(pattern), pattern, TEXTS)


def test_every_tone_pattern_from_the_file_matches_as_compiled(cache: Path) -> None:
    compiled.Store("tone-test", tone.every_pattern).compile(tone.every_pattern()[0])
    later = compiled.Store("tone-test", _never)
    rows = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    texts = [str(row["text"]).lower() for row in rows[::7]]
    for pattern in tone.every_pattern():
        _same(later.compile(pattern), pattern, texts)


def test_a_pattern_the_file_lacks_is_compiled_and_added(cache: Path) -> None:
    compiled.Store("t", lambda: PATTERNS[:2]).compile(PATTERNS[0])
    extra = r"\bfollow(?:ing)? up\b"
    _same(compiled.Store("t", lambda: PATTERNS[:2]).compile(extra), extra, ["following up"])
    (held,) = cache.glob("t-*.marshal")
    assert extra in marshal.loads(held.read_bytes())


def test_a_damaged_file_is_written_again(cache: Path) -> None:
    compiled.Store("t", lambda: PATTERNS).compile(PATTERNS[0])
    (held,) = cache.glob("t-*.marshal")
    held.write_bytes(b"\x00not marshal data")
    _same(compiled.Store("t", lambda: PATTERNS).compile(PATTERNS[1]), PATTERNS[1], TEXTS)
    assert set(marshal.loads(held.read_bytes())) == set(PATTERNS)


@pytest.mark.parametrize("where", ["", "a file"])
def test_without_a_usable_cache_directory_patterns_still_compile(
    where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if where:
        (tmp_path / "taken").write_text("not a directory", encoding="utf-8")
        where = str(tmp_path / "taken" / "cache")
    monkeypatch.setenv("FOLLOWTHROUGH_CACHE", where)
    monkeypatch.setenv("HOME", str(tmp_path))  # where a fallback would write
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    store = compiled.Store("t", lambda: PATTERNS)
    for pattern in PATTERNS:
        _same(store.compile(pattern), pattern, TEXTS)
    assert [p.name for p in tmp_path.iterdir()] == (["taken"] if where else [])


def test_a_bad_pattern_raises_as_re_does(cache: Path) -> None:
    with pytest.raises(re.error):
        compiled.Store("t", lambda: PATTERNS).compile(r"(unclosed")


def test_a_check_keeps_the_tone_patterns(tmp_path: Path) -> None:
    lead = tmp_path / "leads" / "acme.yaml"
    lead.parent.mkdir()
    lead.write_text(
        "company: Acme\nstatus: active\nlog:\n"
        "  - date: 2026-11-02\n    type: follow-up\n    channel: email\n"
        "    message: Why have you ignored my last three emails?\n",
        encoding="utf-8",
    )
    ran = subprocess.run(
        [sys.executable, "-m", "followthrough", "check", str(lead)],
        capture_output=True,
        text=True,
        env={"FOLLOWTHROUGH_CACHE": str(tmp_path / "cache"), "PATH": ""},
        cwd=tmp_path,
    )
    assert ran.returncode == 1 and "tone/negative" in ran.stdout
    (held,) = (tmp_path / "cache").glob("tone-patterns-*.marshal")
    assert set(marshal.loads(held.read_bytes())) == set(tone.every_pattern())


def test_kept_data_is_built_once_per_source(cache: Path) -> None:
    built: list[bytes] = []

    def build(source: bytes) -> dict[str, object]:
        built.append(source)
        return {"words": ["late", "again"], "size": len(source)}

    for source in (b"one", b"one", b"two", b"one"):
        assert compiled_data(source, build) == {"words": ["late", "again"], "size": len(source)}
    assert built == [b"one", b"two"]
    for held in cache.glob("words-*.marshal"):
        held.write_bytes(b"\x00 damaged")
    assert compiled_data(b"one", build)["size"] == 3 and built[-1] == b"one"


def compiled_data(source: bytes, build: Callable[[bytes], dict[str, object]]) -> dict[str, Any]:
    return kept("words", source, lambda: build(source))


@pytest.mark.parametrize(
    "damage",
    [
        lambda parts: (0, b"\x01\x02\x03\x04" * 3, 0, {}, ()),  # code the engine refuses
        lambda parts: parts[:3],
        lambda parts: "not parts",
    ],
)
def test_damaged_entries_compile_as_re_does(
    cache: Path, damage: Callable[[tuple[object, ...]], object]
) -> None:
    compiled.Store("t", lambda: PATTERNS).compile(PATTERNS[0])
    (held,) = cache.glob("t-*.marshal")
    entries = marshal.loads(held.read_bytes())
    held.write_bytes(marshal.dumps({p: damage(parts) for p, parts in entries.items()}))
    later = compiled.Store("t", _never)
    for pattern in PATTERNS:
        _same(later.compile(pattern), pattern, TEXTS)
