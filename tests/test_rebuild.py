"""What `mkdocs serve --dirty` keeps between builds, apart from a server."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from followthrough import rebuild

WAIT = 60.0  # seconds to wait for the idle work before giving up (not a measure)


def generated(site: Path, uri: str) -> rebuild.GeneratedFile:
    return rebuild.GeneratedFile(uri, src_dir=None, dest_dir=str(site), use_directory_urls=True)


def test_a_file_is_unchanged_when_its_content_is_the_last_build_s(tmp_path: Path) -> None:
    dirty = rebuild.Dirty()
    assert dirty.start("site") is True
    page = "# a page\n" * 100
    first = generated(tmp_path, "a.md")
    dirty.mark(first, page)
    assert first.is_modified()
    dirty.finish()
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text("written", "utf-8")
    assert dirty.start("site") is False
    same_object, equal_text, other = (generated(tmp_path, "a.md") for _ in range(3))
    dirty.mark(same_object, page)  # the very text kept from the last build
    assert not same_object.is_modified()
    dirty.mark(equal_text, "".join(["# a page\n" * 100]))
    assert not equal_text.is_modified()
    dirty.mark(other, page + "more\n")
    assert other.is_modified()
    # a file the site folder lacks is written whatever its content
    (tmp_path / "a" / "index.html").unlink()
    again = generated(tmp_path, "a.md")
    dirty.mark(again, page)
    assert again.is_modified()


def test_idle_work_runs_its_jobs_then_a_full_collection() -> None:
    ran: list[str] = []
    collected = threading.Event()

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and info["generation"] == 2 and ran == ["job"]:
            collected.set()

    gc.callbacks.append(on_gc)
    try:
        idle = rebuild.Idle(delay=0.0)
        idle.schedule([lambda: ran.append("job")])
        assert collected.wait(WAIT)
    finally:
        gc.callbacks.remove(on_gc)
    assert ran == ["job"]


def test_idle_work_stops_when_a_build_starts() -> None:
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def first() -> None:
        started.set()
        release.wait(WAIT)
        ran.append("first")

    idle = rebuild.Idle(delay=0.0)
    idle.schedule([first, lambda: ran.append("second")])
    assert started.wait(WAIT)
    running = idle._timer  # the thread that runs the jobs
    assert running is not None
    idle.cancel()  # a build starts while the first job runs: nothing runs after it
    release.set()
    running.join(WAIT)
    assert not running.is_alive()
    assert ran == ["first"]

    later = rebuild.Idle(delay=WAIT)
    later.schedule([lambda: ran.append("never")])
    waiting = later._timer
    later.cancel()
    assert waiting is not None
    waiting.join(WAIT)
    assert ran == ["first"]
