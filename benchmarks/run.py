"""Benchmarks: followthrough against its baselines, side by side, written to RESULTS.md.

    python benchmarks/run.py [--leads 2000] [--small 200] [--rounds 5] [--quick]
                             [--workdir DIR] [--output FILE] [--no-profile]

Every timed command is a fresh process (start to exit) whose peak memory comes from
os.wait4(). The commands run interleaved: each round runs all of them, the order reversed
every other round, and the figures are medians over the rounds. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import os
import platform
import pstats
import queue
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import browser
import generate
from served import stop

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
PACKAGES = (
    "followthrough",
    "mkdocs",
    "mkdocs-material",
    "PyYAML",
    "click",
    "vaderSentiment",
    "Jinja2",
    "Markdown",
    "check-jsonschema",
    "jsonschema",
    "ruamel.yaml",
    "ruamel.yaml.clib",
)
FLOOR = (
    "import glob, yaml\n"
    "for name in sorted(glob.glob('leads/*.yaml')):\n"
    "    with open(name, 'rb') as fh:\n"
    "        yaml.load(fh, Loader=yaml.CSafeLoader)\n"
)
REPARSE = """\
import statistics, sys, time
from pathlib import Path
from followthrough import checker, leads, settings
cfg = settings.load(Path('mkdocs.yml').resolve())
day = settings.resolve_today(cfg)
path = Path(sys.argv[1])
checker.check_loaded(leads.load_file(path), cfg, day)  # warm: lazy imports done
times = []
for _ in range(int(sys.argv[2])):
    t0 = time.perf_counter()
    checker.check_loaded(leads.load_file(path), cfg, day)
    times.append(time.perf_counter() - t0)
print(statistics.median(times))
"""


@dataclass
class Sample:
    seconds: float
    maxrss_mb: float


@dataclass
class Command:
    name: str
    argv: list[str]
    cwd: Path
    samples: list[Sample] = field(default_factory=list)
    error: str | None = None
    # what followthrough's cache directory holds when a run starts: everything earlier runs
    # kept ("all"), only the compiled patterns ("patterns": every message is new) or nothing
    keep: str = "all"

    def median(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    def peak_mb(self) -> float:
        return max(s.maxrss_mb for s in self.samples)


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "FOLLOWTHROUGH_TODAY"}
    env["NO_MKDOCS_2_WARNING"] = "1"  # Material's banner: not part of what is measured
    return env


def cache_env(cmd: Command, fresh: Path) -> dict[str, str]:
    """The environment of a run, its cache directory prepared as `cmd.keep` says."""
    env = child_env()
    if cmd.keep == "nothing":
        env["FOLLOWTHROUGH_CACHE"] = str(fresh)
        return env
    folder = cmd.cwd.parent / f"cache-{cmd.keep}"
    if cmd.keep == "patterns":
        for hits in folder.glob("tone-hits-*"):
            hits.unlink()
    env["FOLLOWTHROUGH_CACHE"] = str(folder)
    return env


def run_once(cmd: Command) -> None:
    """Run the command once (fresh process), recording wall time and the child's peak RSS."""
    with tempfile.TemporaryFile() as err, tempfile.TemporaryDirectory() as fresh:
        env = cache_env(cmd, Path(fresh))
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd.argv, cwd=cmd.cwd, env=env, stdout=subprocess.DEVNULL, stderr=err
        )
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            cmd.error = f"exit {proc.returncode}: " + " / ".join(tail)
            return
    cmd.samples.append(Sample(elapsed, usage.ru_maxrss / 1024))  # ru_maxrss is in KiB


def run_rounds(commands: list[Command], rounds: int, say: Callable[[str], None]) -> None:
    for r in range(rounds):
        order = commands if r % 2 == 0 else commands[::-1]
        for cmd in order:
            if cmd.error is None:
                run_once(cmd)
        done = ", ".join(
            f"{c.name} {c.samples[-1].seconds:.2f}s" for c in commands if c.error is None
        )
        say(f"round {r + 1}/{rounds}: {done}")


# ---- mkdocs serve: time a rebuild after editing one file --------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Rebuild:
    build: float  # "Building documentation..." to "Reloading browsers", as the log shows them
    reported: float  # mkdocs' own "Documentation built in X seconds"
    latency: float  # from the edit to "Reloading browsers" (includes the file watcher's polling)


_BUILT = re.compile(r"Documentation built in ([0-9.]+) seconds")


def _wait_for(
    proc: subprocess.Popen[str], lines: queue.Queue[tuple[float, str]], text: str, timeout: float
) -> tuple[float, list[tuple[float, str]]] | None:
    """The time the server printed a line holding `text`, with the lines up to it."""
    deadline = time.perf_counter() + timeout
    seen: list[tuple[float, str]] = []
    while True:
        left = deadline - time.perf_counter()
        if left <= 0:
            return None
        try:
            stamp, line = lines.get(timeout=left)
        except queue.Empty:
            return None
        seen.append((stamp, line))
        if text in line:
            return stamp, seen
        if proc.poll() is not None and lines.empty():
            return None


def serve_rebuilds(
    root: Path, edited: Path, edit: str, rounds: int, startup_timeout: float
) -> tuple[list[Rebuild], str | None]:
    """Start `mkdocs serve` (full rebuilds, no --dirty), edit a file `rounds` times, time each."""
    argv = [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{free_port()}"]
    proc = subprocess.Popen(
        argv,
        cwd=root,
        env=child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    lines: queue.Queue[tuple[float, str]] = queue.Queue()

    def pump() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.put((time.perf_counter(), line.rstrip()))
        lines.put((time.perf_counter(), ""))

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()

    def wait_for(text: str, timeout: float) -> tuple[float, list[tuple[float, str]]] | None:
        return _wait_for(proc, lines, text, timeout)

    results: list[Rebuild] = []
    try:
        if wait_for("Serving on", startup_timeout) is None:
            return results, "the server did not start"
        time.sleep(1.5)  # let the polling watcher take its first snapshot
        for i in range(rounds):
            with open(edited, "a", encoding="utf-8") as fh:
                fh.write(edit.format(i))
            touched = time.perf_counter()
            got = wait_for("Reloading browsers", startup_timeout)
            if got is None:
                return results, "no rebuild after the edit (is the folder watched?)"
            stamp, seen = got
            starts = [s for s, line in seen if "Building documentation" in line]
            reported = [float(m.group(1)) for _, line in seen if (m := _BUILT.search(line))]
            results.append(
                Rebuild(
                    stamp - (starts[-1] if starts else touched),
                    reported[-1] if reported else float("nan"),
                    stamp - touched,
                )
            )
            time.sleep(1.0)
    finally:
        stop(proc, reader)
    return results, None


# ---- profile ---------------------------------------------------------------------------------


def profile_check(root: Path, top: int) -> str:
    """cProfile of `followthrough check` in this process, and the slowest imports of the CLI."""
    from followthrough import cli

    prof = cProfile.Profile()
    cwd = os.getcwd()
    os.chdir(root)
    try:
        prof.enable()
        cli.main(["check"])
        prof.disable()
    finally:
        os.chdir(cwd)
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    total = re.search(r"in ([0-9.]+) seconds", out.getvalue())
    body = _rows(out.getvalue())
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats("followthrough", top)
    ours = _rows(out.getvalue())
    imports = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import followthrough.cli, followthrough.tone"],
        capture_output=True,
        text=True,
        env=child_env(),
        check=False,
    ).stderr
    rows = []
    for line in imports.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    rows.sort(reverse=True)
    imp = "\n".join(f"{us / 1000:8.1f} ms  {name}" for us, name in rows[:12])
    head = f"total {total.group(1)} s under cProfile" if total else "cProfile"
    return (
        f"{head}; by own time:\n{body}\n\nfollowthrough's functions by cumulative time:\n{ours}"
        f"\n\nslowest imports (cumulative, -X importtime):\n{imp}\n"
    )


def _rows(text: str) -> str:
    """The table of a pstats listing, with the site-packages prefix cut from paths."""
    start = text.find("   ncalls")
    body = text[start:] if start >= 0 else text
    return re.sub(r"\S*/(?:site-packages|plugins|lib/python3\.\d+)/", "", body).rstrip()


# ---- report ----------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> list[str]:
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        f"- Date: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"- CPU: {cpu_model()}; {os.cpu_count()} cores, {len(os.sched_getaffinity(0))} usable",
        f"- OS: {platform.platform()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        f"- Load average at the start: {load}",
        "- Packages: " + ", ".join(versions),
    ]


def fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


@dataclass
class Row:
    what: str
    target: str
    baseline: str
    ratio: str
    limit: str
    verdict: str


def compare(what: str, target: Command, base: Command | None, limit: float, base_name: str) -> Row:
    for cmd in (target, base):
        if cmd is not None and (cmd.error or not cmd.samples):
            msg = f"failed: {cmd.name}: {cmd.error}" if cmd.error else "not available"
            return Row(what, msg, base_name, "—", f"<= {limit:g}x", "—")
    assert base is not None
    ratio = target.median() / base.median()
    return Row(
        what,
        fmt_s(target.median()),
        f"{base_name}: {fmt_s(base.median())}",
        f"{ratio:.2f}x",
        f"<= {limit:g}x",
        "ok" if ratio <= limit else "over",
    )


def table(rows: Sequence[Row]) -> list[str]:
    out = [
        "| what | followthrough | baseline | ratio | target | verdict |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        out.append(
            f"| {r.what} | {r.target} | {r.baseline} | {r.ratio} | {r.limit} | {r.verdict} |"
        )
    return out


def plugin_available() -> bool:
    probe = subprocess.run(
        [sys.executable, "-c", "import followthrough.plugin"],
        capture_output=True,
        env=child_env(),
        check=False,
    )
    return probe.returncode == 0


@dataclass
class Bench:
    """The repositories and the commands measured on them."""

    n: int
    small: int
    work: Path
    repo: Path
    static: Path
    one: Path  # the lead edited and checked alone, relative to repo
    check_all: Command
    cjs_all: Command
    floor: Command
    check_one: Command
    cjs_one: Command
    check_small: Command
    check_cold: Command  # nothing kept from earlier runs: the first check after installing
    check_one_cold: Command
    build: Command
    build_static: Command
    commands: list[Command]
    rebuilds: dict[str, list[Rebuild]] = field(default_factory=dict)
    dirty: browser.Edits | None = None  # `mkdocs serve --dirty`, seen in the browser
    pages: browser.Browser | None = None  # the built site in the browser
    big: Command | None = None  # `mkdocs build` of the big repository
    serve_errors: dict[str, str] = field(default_factory=dict)
    reparse: float | str = "not run"


def prepare(work: Path, n: int, small: int, plugin: bool) -> Bench:
    repo, static, little = work / f"repo-{n}", work / f"static-{n}", work / f"repo-{small}"
    for d in (repo, static, little, work / "cache-all", work / "cache-patterns"):
        shutil.rmtree(d, ignore_errors=True)
    generate.write_repo(n, repo)
    generate.write_static(n, static)
    generate.write_repo(small, little)
    schema = work / "lead.schema.json"
    ft, cj, mk = str(BIN / "followthrough"), str(BIN / "check-jsonschema"), str(BIN / "mkdocs")
    made = subprocess.run([ft, "schema"], capture_output=True, text=True, check=True)
    schema.write_text(made.stdout, encoding="utf-8")
    paths = sorted((repo / "leads").glob("*.yaml"), key=lambda p: (p.stat().st_size, p.name))
    one = paths[len(paths) // 2].relative_to(repo)  # a lead of median size
    files = [str(p.relative_to(repo)) for p in sorted(paths)]
    bench = Bench(
        n,
        small,
        work,
        repo,
        static,
        one,
        check_all=Command("check", [ft, "check"], repo),
        cjs_all=Command("check-jsonschema", [cj, "--schemafile", str(schema), *files], repo),
        floor=Command("CSafeLoader", [sys.executable, "-c", FLOOR], repo),
        # the hook on a lead with a new message: only the compiled patterns are kept
        check_one=Command("check one", [ft, "check", str(one)], repo, keep="patterns"),
        cjs_one=Command("check-jsonschema one", [cj, "--schemafile", str(schema), str(one)], repo),
        check_small=Command(f"check {small}", [ft, "check"], little),
        check_cold=Command("check, nothing kept", [ft, "check"], repo, keep="nothing"),
        check_one_cold=Command(
            "check one, nothing kept", [ft, "check", str(one)], repo, keep="nothing"
        ),
        build=Command("build", [mk, "build", "-q", "-d", str(work / "site-plugin")], repo),
        build_static=Command(
            "static build", [mk, "build", "-q", "-d", str(work / "site-static")], static
        ),
        commands=[],
    )
    bench.commands = [
        bench.check_all,
        bench.cjs_all,
        bench.floor,
        bench.check_one,
        bench.cjs_one,
        bench.check_small,
        bench.check_cold,
        bench.check_one_cold,
    ]
    if plugin:
        bench.commands += [bench.build, bench.build_static]
    for cmd in (bench.check_all, bench.check_one, bench.check_small):
        fill_cache(cmd)
    return bench


def fill_cache(cmd: Command) -> None:
    """One run, not measured, that leaves in the cache what the command's later runs find."""
    with tempfile.TemporaryDirectory() as fresh:
        env = cache_env(cmd, Path(fresh))
        subprocess.run(cmd.argv, cwd=cmd.cwd, env=env, capture_output=True, check=False)


def measure_serve(bench: Bench, rounds: int, say: Callable[[str], None]) -> None:
    static_build = bench.build_static.median() if bench.build_static.samples else 1.0
    budget = 60 + 10 * static_build
    page = bench.static / "docs" / "leads" / f"{bench.one.stem}.md"
    for name, root, edited, edit in (
        ("plugin", bench.repo, bench.repo / bench.one, "# edited {}\n"),
        ("static", bench.static, page, "\nEdited {}.\n"),
    ):
        say(f"mkdocs serve ({name}): editing {edited.name} {rounds} time(s)")
        got, error = serve_rebuilds(root, edited, edit, rounds, budget)
        bench.rebuilds[name] = got
        if error:
            bench.serve_errors[name] = error
            say(f"  {error}")
        for r in got:
            say(
                f"  rebuild {r.build:.2f} s (mkdocs: {r.reported:.2f} s), edit to reload "
                f"{r.latency:.2f} s"
            )


def measure_dirty(bench: Bench, rounds: int, say: Callable[[str], None]) -> None:
    """`make serve`: `mkdocs serve --dirty`, the edited lead's page open in Chromium."""
    say(f"mkdocs serve --dirty: renaming the company of {bench.one.name} {rounds} time(s)")
    argv = [str(BIN / "mkdocs"), "serve", "--dirty", "-a", f"127.0.0.1:{free_port()}"]
    budget = 120 + 10 * (bench.build.median() if bench.build.samples else 60.0)
    bench.dirty = browser.measure_dirty_serve(
        argv, bench.repo, bench.repo / bench.one, child_env(), rounds, budget, say
    )
    if bench.dirty.error:
        say(f"  {bench.dirty.error}")


def measure_big(bench: Bench, n: int, say: Callable[[str], None]) -> None:
    """One clean `mkdocs build` of a repository of `n` leads: time and peak memory."""
    repo = bench.work / f"repo-{n}"
    shutil.rmtree(repo, ignore_errors=True)
    say(f"writing {n} leads and building them once")
    generate.write_repo(n, repo)
    mk = str(BIN / "mkdocs")
    bench.big = Command(f"build {n}", [mk, "build", "-q", "-d", str(bench.work / "site-big")], repo)
    run_once(bench.big)
    say(f"  {bench.big.error or fmt_s(bench.big.median())}")
    shutil.rmtree(bench.work / "site-big", ignore_errors=True)


def measure_browser(bench: Bench, rounds: int, say: Callable[[str], None]) -> None:
    say("Chromium: the home page, the all-leads filter, the search index")
    bench.pages = browser.measure_pages(
        bench.work / "site-plugin", bench.work / "site-static", rounds
    )
    if bench.pages.error:
        say(f"  {bench.pages.error}")


def measure_site(bench: Bench, args: argparse.Namespace, say: Callable[[str], None]) -> None:
    """What needs the plugin, but the big build: `mkdocs serve`, the browser."""
    measure_serve(bench, args.rounds, say)
    measure_dirty(bench, args.rounds, say)
    if not args.no_browser:
        measure_browser(bench, max(args.rounds, 3), say)


def measure_reparse(bench: Bench, repeat: int) -> None:
    got = subprocess.run(
        [sys.executable, "-c", REPARSE, str(bench.one), str(repeat)],
        cwd=bench.repo,
        capture_output=True,
        text=True,
        env=child_env(),
        check=False,
    )
    if got.returncode == 0:
        bench.reparse = float(got.stdout.strip())
    else:
        bench.reparse = "failed: " + " / ".join(got.stderr.strip().splitlines()[-2:])


def row(what: str, target: str, baseline: str, value: float, unit: str, limit: float) -> Row:
    shown = f"{value:.2f}x" if unit == "x" else "—"
    return Row(
        what, target, baseline, shown, f"<= {limit:g}{unit}", "ok" if value <= limit else "over"
    )


def results(bench: Bench, plugin: bool) -> list[Row]:
    n, small = bench.n, bench.small
    rows = [
        compare(f"`check`, {n} leads", bench.check_all, bench.cjs_all, 0.5, "check-jsonschema"),
        compare(f"`check`, {n} leads", bench.check_all, bench.floor, 2, "CSafeLoader parse only"),
        compare(
            f"`check`, {n} leads, nothing kept from earlier runs",
            bench.check_cold,
            bench.floor,
            2,
            "CSafeLoader parse only",
        ),
        compare(
            "`check` one file (the hook), a new message",
            bench.check_one,
            bench.cjs_one,
            0.5,
            "check-jsonschema",
        ),
        compare(
            "`check` one file, nothing kept from earlier runs",
            bench.check_one_cold,
            bench.cjs_one,
            0.5,
            "check-jsonschema",
        ),
        compare(
            f"`mkdocs build`, {n} leads",
            bench.build,
            bench.build_static if plugin else None,
            1.25,
            "static Markdown build",
        ),
    ]
    what = "rebuild under `mkdocs serve` after editing one lead"
    ours, theirs = bench.rebuilds.get("plugin"), bench.rebuilds.get("static")
    if bench.serve_errors:
        which, error = next(iter(bench.serve_errors.items()))
        rows.append(Row(what, f"failed ({which}): {error}", "static site", "—", "<= 1.25x", "—"))
    elif ours and theirs:
        a = statistics.median(r.build for r in ours)
        b = statistics.median(r.build for r in theirs)
        rows.append(row(what, fmt_s(a), f"static site, same edit: {fmt_s(b)}", a / b, "x", 1.25))
    else:
        rows.append(Row(what, "not available", "static site", "—", "<= 1.25x", "—"))
    rows += speed_rows(bench)
    big, little = bench.check_all, bench.check_small
    if big.samples and little.samples and not (big.error or little.error):
        rows.append(
            row(
                f"growth {small} -> {n} leads (`check`)",
                f"{fmt_s(little.median())} -> {fmt_s(big.median())}",
                f"linear: {n / small:g}x",
                big.median() / little.median(),
                "x",
                round(1.1 * n / small, 2),
            )
        )
    for name, cmd, limit in (("`check`", big, 150), ("`mkdocs build`", bench.build, 400)):
        what = f"peak memory of {name}, {n} leads"
        if cmd.samples and not cmd.error:
            peak = cmd.peak_mb()
            rows.append(row(what, f"{peak:.0f} MB", "—", peak, " MB", limit))
        else:
            rows.append(Row(what, "not available", "—", "—", f"<= {limit} MB", "—"))
    return rows


def absolute(what: str, value: float, baseline: str, limit: float) -> Row:
    """A row whose target is a time (seconds), not a ratio."""
    if value != value:  # nan: not measured
        return Row(what, "not available", baseline, "—", f"<= {fmt_s(limit)}", "—")
    verdict = "ok" if value <= limit else "over"
    return Row(what, fmt_s(value), baseline, "—", f"<= {fmt_s(limit)}", verdict)


def speed_rows(bench: Bench) -> list[Row]:
    """`make serve` after one edit, the big build, the browser."""
    n, rows = bench.n, []
    static = bench.rebuilds.get("static")
    static_latency = statistics.median(r.latency for r in static) if static else float("nan")
    base = f"static site, full rebuild, edit to reload: {fmt_s(static_latency)}"
    d = bench.dirty
    if d is not None:
        what = f"`make serve` (`--dirty`), one lead of {n} renamed: save to the page showing it"
        if d.error:
            rows.append(Row(what, f"failed: {d.error}", base, "—", "<= 3 s", "—"))
        else:
            rows.append(absolute(what, browser.median(d.browser), base, 3.0))
    if bench.big is not None:
        big = bench.big.name.split()[-1]
        rows.append(
            compare(f"`mkdocs build`, {big} leads", bench.big, bench.build, 5.5, f"{n} leads")
        )
        if bench.big.samples:
            peak = bench.big.peak_mb()
            what = f"peak memory of `mkdocs build`, {big} leads"
            rows.append(row(what, f"{peak:.0f} MB", "—", peak, " MB", 1024))
    p = bench.pages
    if p is not None:
        static_home = f"static twin's home, load event: {fmt_s(browser.median(p.static_loaded))}"
        what = f"home page interactive in Chromium, {n} leads (navigation start to script done)"
        rows.append(absolute(what, browser.median(p.home_ready), static_home, 1.0))
        what = "all-leads filter: one keystroke to the next frame (median)"
        rows.append(absolute(what, browser.median(p.keystrokes), "—", 0.1))
        rows.append(
            Row(
                "search index (`search/search_index.json`)",
                f"{p.index_bytes / 1e6:.2f} MB",
                f"static twin: {p.static_index_bytes / 1e6:.2f} MB",
                f"{p.index_bytes / max(p.static_index_bytes, 1):.2f}x",
                "reported",
                "—",
            )
        )
    return rows


def details(bench: Bench) -> list[str]:
    out = ["| command | median | min | max | peak RSS | runs |", "|---|---|---|---|---|---|"]
    for c in bench.commands:
        if c.samples:
            secs = [s.seconds for s in c.samples]
            out.append(
                f"| {c.name} | {fmt_s(c.median())} | {fmt_s(min(secs))} | {fmt_s(max(secs))} "
                f"| {c.peak_mb():.0f} MB | {len(secs)} |"
            )
        else:
            out.append(f"| {c.name} | {c.error or 'not run'} | | | | 0 |")
    notes = []
    for name, got in bench.rebuilds.items():
        if not got:
            continue
        builds = [r.build for r in got]
        out.append(
            f"| serve rebuild ({name}) | {fmt_s(statistics.median(builds))} "
            f"| {fmt_s(min(builds))} | {fmt_s(max(builds))} | | {len(got)} |"
        )
        notes.append(
            f"- `mkdocs serve` ({name}): mkdocs reports "
            f"{statistics.median(r.reported for r in got):.2f} s per rebuild; from the edit to "
            f"the reload {statistics.median(r.latency for r in got):.2f} s (that includes the "
            "file watcher's 0.5 s polling)"
        )
    if bench.big is not None and bench.big.samples:
        s = bench.big.samples[0]
        out.append(f"| {bench.big.name} | {fmt_s(s.seconds)} | | | {s.maxrss_mb:.0f} MB | 1 |")
    d = bench.dirty
    if d is not None and d.browser:
        notes.append(
            f"- `mkdocs serve --dirty`, each edit renaming the company of `{bench.one.name}`: "
            f"the page showed it {', '.join(f'{x:.2f}' for x in d.browser)} s after the save; "
            f"the reload was sent after {', '.join(f'{x:.2f}' for x in d.server)} s; mkdocs "
            f"reports {', '.join(f'{x:.2f}' for x in d.reported)} s per build; "
            f"{'; '.join(sorted(set(d.changed)))}"
        )
    p = bench.pages
    if p is not None and p.home_ready:
        notes.append(
            f"- Chromium, home page ({p.home_bytes / 1e6:.2f} MB of HTML): dashboard script done "
            f"at {fmt_s(browser.median(p.home_ready))}, load event at "
            f"{fmt_s(browser.median(p.home_loaded))}; static twin's home: DOMContentLoaded "
            f"{fmt_s(browser.median(p.static_dcl))}, load event "
            f"{fmt_s(browser.median(p.static_loaded))} (medians of {len(p.home_ready)}); the "
            f"home page lists the most overdue items, the Due now page all of them "
            f"({p.due_bytes / 1e6:.2f} MB of HTML)"
        )
    if p is not None and p.keystrokes:
        notes.append(
            f"- all-leads filter, typing and deleting `kestrel`: {len(p.keystrokes)} keystrokes, "
            f"median {fmt_s(browser.median(p.keystrokes))}, slowest {fmt_s(max(p.keystrokes))}"
        )
    if isinstance(bench.reparse, float):
        notes.append(
            f"- re-parsing and checking only the edited lead (`{bench.one.name}`) in a warm "
            f"process: {bench.reparse * 1000:.1f} ms (what an edit costs the plugin's cache)"
        )
    else:
        notes.append(f"- re-parsing one lead: {bench.reparse}")
    return [*out, "", *notes]


def write_results(
    output: Path, bench: Bench, rounds: int, about: list[str], rows: list[Row], profile: str
) -> None:
    doc = [
        "# Benchmark results",
        "",
        f"Written by `benchmarks/run.py`: {bench.n} leads ({bench.small} for the growth row), "
        f"{rounds} interleaved rounds, medians. benchmarks/README.md says what each row measures.",
        "",
        *about,
        "",
        "## Against the baselines",
        "",
        *table(rows),
        "",
        "## Every command",
        "",
        *details(bench),
        "",
    ]
    if profile:
        doc += [
            f"## Where `check` spends its time ({bench.n} leads)",
            "",
            "```text",
            profile.rstrip(),
            "```",
            "",
        ]
    output.write_text("\n".join(doc), encoding="utf-8")


def compile_package() -> None:
    """Bytecode for followthrough's modules, as an installed copy has (pip compiles a wheel's
    modules; the baselines come from wheels), even where PYTHONDONTWRITEBYTECODE is set."""
    import compileall

    import followthrough

    compileall.compile_dir(Path(followthrough.__file__).parent, quiet=1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="followthrough benchmarks")
    parser.add_argument("--leads", type=int, default=2000, help="leads in the big repository")
    parser.add_argument("--small", type=int, default=200, help="leads for the growth measurement")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="a smoke run: <= 20 leads, 1 round")
    parser.add_argument("--workdir", type=Path, default=HERE / "work")
    parser.add_argument(
        "--output", type=Path, help="where to write the results (default: RESULTS.md, not --quick)"
    )
    parser.add_argument("--no-profile", action="store_true", help="skip the profile section")
    parser.add_argument(
        "--big", type=int, default=10000, help="leads for the one big build (0: none)"
    )
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium rows")
    args = parser.parse_args(argv)
    if args.quick:
        args.leads, args.small, args.rounds = min(args.leads, 20), min(args.small, 5), 1
        args.big = min(args.big, 40)
    if args.leads < 1 or args.small < 1 or args.rounds < 1:
        parser.error("--leads, --small and --rounds must be at least 1")
    output = args.output or (None if args.quick else HERE / "RESULTS.md")
    for tool in ("followthrough", "check-jsonschema", "mkdocs"):
        if not (BIN / tool).exists():
            print(f"run.py: {BIN / tool} not found; run it with the project's .venv/bin/python")
            return 2

    def say(text: str) -> None:
        print(text, flush=True)

    about = machine()  # before anything runs: the load average is the other users' load
    compile_package()
    plugin = plugin_available()
    say(f"writing {args.leads} leads (and their static twin) and {args.small} leads")
    bench = prepare(args.workdir.resolve(), args.leads, args.small, plugin)
    if not plugin:
        say("followthrough.plugin cannot be imported: the build benchmarks are not available")
    say(f"{args.rounds} round(s), every command a fresh process")
    run_rounds(bench.commands, args.rounds, say)
    if plugin:
        measure_site(bench, args, say)
    measure_reparse(bench, 3 if args.quick else 50)
    profile = ""
    if not args.no_profile:
        say("\nprofiling `followthrough check` in this process ...")
        profile = profile_check(bench.repo, 5 if args.quick else 20)
        say(profile)
    report(bench, plugin, args.rounds, about, profile, output, say)
    if plugin and args.big:  # last, and the file is written before it: it takes longest
        measure_big(bench, args.big, say)
        report(bench, plugin, args.rounds, about, profile, output, say)
    return 0


def report(
    bench: Bench,
    plugin: bool,
    rounds: int,
    about: list[str],
    profile: str,
    output: Path | None,
    say: Callable[[str], None],
) -> None:
    rows = results(bench, plugin)
    say("")
    for line in [*table(rows), "", *details(bench)]:
        say(line)
    if output is not None:
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        about = [*about, f"- Load average when written ({now}): {load}"]
        write_results(output, bench, rounds, about, rows, profile)
        say(f"wrote {output}")


if __name__ == "__main__":
    raise SystemExit(main())
