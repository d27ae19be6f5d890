"""`followthrough import` on a generated tracker export, against `check` of the leads it makes.

    python benchmarks/spreadsheet.py [--rows 2000] [--rounds 3] [--workdir DIR]

The export (seeded, so every run builds the same one) has the columns of a typical tracker:
company, job title, stage, date applied (month first), recruiter, email, link, notes with line
breaks, tags, and one column nobody maps. It is written as CSV (`;`, a byte-order mark, CRLF)
and as .xlsx. Timed, each in a fresh process and as medians: the dry run of each file, the
`--write` of the CSV into an empty repository, and `check` of the leads it wrote, the floor
of reading that many leads at all. Print only; the machine is shared, so read the ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TODAY = "2026-11-20"
HEADER = ["Company", "Job Title", "Stage", "Date Applied", "Recruiter", "Email", "Link", "Notes"]
HEADER += ["Tags", "Salary"]
STAGES = ["Applied", "Interviewing", "Rejected", "Ghosted", "Offer", "Wishlist"]


def rows(count: int, seed: int = 7) -> list[list[str]]:
    rng = random.Random(seed)
    out = [HEADER]
    for i in range(count):
        day = dt.date(2026, 1, 2) + dt.timedelta(days=rng.randrange(300))
        out.append(
            [
                f"Company {i} Ltd",
                rng.choice(["Data Engineer", "Analyst", "Platform Engineer", "Designer"]),
                rng.choice(STAGES),
                day.strftime("%m/%d/%Y"),
                f"Person {i}",
                f"person{i}@company{i}.example",
                f"https://company{i}.example/jobs/{i}",
                "Met at the meetup.\nAsked about on-call.",
                "remote, python",
                f"{rng.randrange(50, 150)}k",
            ]
        )
    return out


def _csv_field(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ';"\n') else value


def write_inputs(folder: Path, count: int) -> tuple[Path, Path]:
    import openpyxl

    data = rows(count)
    csv_path = folder / "export.csv"
    text = "\r\n".join(";".join(_csv_field(v) for v in row) for row in data) + "\r\n"
    csv_path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in data:
        sheet.append(row)
    xlsx_path = folder / "export.xlsx"
    book.save(xlsx_path)
    return csv_path, xlsx_path


def _timed(args: list[str], cwd: Path) -> float:
    env = {**os.environ, "FOLLOWTHROUGH_TODAY": TODAY}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "followthrough", *args], cwd=cwd, env=env, capture_output=True
    )
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"followthrough {' '.join(args)} failed:\n{done.stderr.decode()}")
    return took


def _repo(parent: Path) -> Path:
    repo = parent / "repo"
    shutil.rmtree(repo, ignore_errors=True)
    _timed(["init", str(repo)], parent)
    for example in (repo / "leads").glob("*.yaml"):
        example.unlink()
    return repo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="ft-sheet-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    csv_path, xlsx_path = write_inputs(work, args.rows)
    times: dict[str, list[float]] = {"csv dry run": [], "xlsx dry run": [], "csv --write": []}
    times["check of the written leads"] = []
    for _ in range(args.rounds):  # interleaved, so a busy moment hits every command alike
        repo = _repo(work)
        times["csv dry run"].append(_timed(["import", str(csv_path)], repo))
        times["xlsx dry run"].append(_timed(["import", str(xlsx_path)], repo))
        times["csv --write"].append(_timed(["import", str(csv_path), "--write"], repo))
        times["check of the written leads"].append(_timed(["check"], repo))
    floor = statistics.median(times["check of the written leads"])
    print(f"{args.rows} rows, {args.rounds} round(s), medians:")
    for name, got in times.items():
        median = statistics.median(got)
        print(f"  {name:28} {median:7.2f} s  {median / floor:5.2f} x check")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
