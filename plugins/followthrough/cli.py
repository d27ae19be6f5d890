"""The command line's entry point: the group of commands (in `commands/`) and `main`."""

from __future__ import annotations

from collections.abc import Sequence

import click

from .commands import COMMANDS, LazyGroup


@click.group(
    cls=LazyGroup,
    lazy=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(package_name="followthrough")
def cli() -> None:
    """Persistent, never pushy: follow-up for job searches and sales kept in git."""


def main(argv: Sequence[str] | None = None) -> int:
    try:
        cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="followthrough",
            standalone_mode=True,
        )
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
