"""Spreadsheet columns: which field each header names, by the usual names or --map."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from .findings import WARNING, Finding
from .schema import suggest
from .sheet import Cell, Sheet

FIELDS = (
    "company",
    "role",
    "status",
    "applied",
    "added",
    "contact",
    "email",
    "phone",
    "title",
    "url",
    "notes",
    "source",
    "tags",
    "kind",
    "country",
)
SKIP = "skip"


@cache
def _table() -> dict[str, dict[str, list[str]]]:
    text = files(__package__).joinpath("spreadsheet_columns.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def words(text: str) -> str:
    """Lower case, punctuation as spaces, one space between words."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())


@cache
def synonyms() -> dict[str, str]:
    """Header words -> field."""
    return {words(name): f for f, names in _table()["columns"].items() for name in names}


@cache
def statuses() -> dict[str, str]:
    """Status words of other trackers -> one of STATUSES."""
    return {words(name): s for s, names in _table()["status"].items() for name in names}


@cache
def kept_in_notes() -> frozenset[str]:
    """Header words of columns with no field whose values go into the notes."""
    return frozenset(words(name) for name in _table()["kept_in_notes"]["columns"])


@cache
def kinds() -> dict[str, str]:
    """Words of a kind column -> job or sale."""
    return {words(name): k for k, names in _table()["kind"].items() for name in names}


@cache
def country_names() -> dict[str, str]:
    """Country names and codes (as words) -> ISO 3166 alpha-2 codes the holiday calendar knows."""
    from holidays.registry import COUNTRIES

    out: dict[str, str] = {}
    for module, (_, alpha2, alpha3, *_rest) in COUNTRIES.items():
        for name in (module, alpha2, alpha3):
            out[words(name.replace("_", " "))] = alpha2
    for code, names in _table()["country"].items():
        out.update({words(name): code for name in names})
    return out


@dataclass(frozen=True, slots=True)
class Columns:
    fields: dict[str, int]  # field -> index in the row
    header: list[Cell]
    unused: list[str]  # headers not imported
    findings: list[Finding]
    noted: tuple[int, ...] = ()  # columns kept in the notes as "Header: value"


class BadMap(ValueError):
    """A --map option names no column or no field (bad usage)."""


def parse_maps(options: Sequence[str]) -> dict[str, str]:
    """`COLUMN=field` options as {column words: field}."""
    out = {}
    for option in options:
        column, sep, target = option.rpartition("=")
        target = target.strip().lower()
        if not sep or not column.strip():
            raise BadMap(f"--map takes COLUMN=FIELD, not {option!r}")
        if target in ("-", "", "none", "ignore"):
            target = SKIP
        if target != SKIP and target not in FIELDS:
            hint = suggest(target, FIELDS)
            raise BadMap(
                f"--map {option}: `{target}` is not a field{hint}; use one of "
                f"{', '.join(FIELDS)}, or `skip`"
            )
        out[words(column)] = target
    return out


def columns(sheet: Sheet, header: list[Cell], maps: Mapping[str, str]) -> Columns:
    names = [words(c.text) for c in header]
    missing = [m for m in maps if m not in names]
    if missing:
        shown = ", ".join(c.text for c in header if c.text)
        raise BadMap(f"--map names no column `{missing[0]}`; the columns are: {shown}")
    known = synonyms()
    chosen: dict[str, int] = {}
    findings: list[Finding] = []
    unused: list[str] = []
    noted: list[int] = []
    for i, name in enumerate(names):  # mapped columns first: they win
        target = maps.get(name)
        if target is not None and target != SKIP:
            if target in chosen:
                raise BadMap(f"--map gives two columns the field `{target}`; keep one")
            chosen[target] = i
    for i, name in enumerate(names):
        if name in maps or not name:
            if name in maps and maps[name] == SKIP:
                unused.append(header[i].text)
            continue
        target = known.get(name)
        if target is None:
            if name in kept_in_notes():
                noted.append(i)
            else:
                unused.append(header[i].text)
            continue
        if target in chosen:
            if chosen[target] != i:
                other = header[chosen[target]].text
                findings.append(
                    sheet.finding(
                        header[i],
                        f"column `{header[i].text}` also reads as `{target}`; `{other}` is used. "
                        f"To use this one: --map '{header[i].text}={target}'",
                        WARNING,
                    )
                )
                unused.append(header[i].text)
            continue
        chosen[target] = i
    return Columns(chosen, header, unused, findings, tuple(noted))


HEADER_SEARCH = 10  # rows: a title or a blank line or two above the header is common


def header_row(records: list[list[Cell]], first: int, maps: Mapping[str, str]) -> int:
    """The first row naming a company column (a title above it is skipped), else `first`."""
    known = synonyms()
    for i in range(first, min(first + HEADER_SEARCH, len(records))):
        names = [words(c.text) for c in records[i]]
        if any(maps.get(n, known.get(n)) == "company" for n in names):
            return i
    return first
