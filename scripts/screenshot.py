"""Build the demo site and take docs/screenshot.png of its dashboard with Playwright + Chromium."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from served import CHROMIUM, chromium, serve_folder  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--full-page", action="store_true")
    parser.add_argument("--chromium", default=CHROMIUM)
    args = parser.parse_args(argv)
    if not Path(args.chromium).is_file():
        print(f"{args.chromium} not found: install Chromium (Debian: apt install chromium)")
        return 2
    (args.config.parent / "docs").mkdir(exist_ok=True)  # MkDocs insists on a docs folder
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as site:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        built = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(args.config), "-d", site],
            env=env,
            check=False,
        )
        if built.returncode != 0:
            return built.returncode
        with serve_folder(Path(site)) as url, chromium(args.chromium) as browser:
            page = browser.new_page(
                viewport={"width": args.width, "height": args.height},
                color_scheme=args.scheme,
                device_scale_factor=1,
            )
            page.goto(url)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(args.out), full_page=args.full_page)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
