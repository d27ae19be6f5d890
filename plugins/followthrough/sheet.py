"""Reading a spreadsheet (CSV, TSV or .xlsx) into rows of cells that remember where they are."""

from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass
from pathlib import Path

from .findings import ERROR, WARNING, Finding

Value = str | int | float | dt.date | dt.datetime
DELIMITERS = (",", ";", "\t", "|")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
MAX_BYTES = 50 << 20


@dataclass(frozen=True, slots=True)
class Cell:
    value: Value
    line: int  # 1-based: the text line (CSV) or the row (xlsx)
    column: int  # 1-based: the character column (CSV) or the column number (xlsx)
    ref: str  # how a person finds it: "line 7, field 3" or "C7"

    @property
    def text(self) -> str:
        return self.value.strip() if isinstance(self.value, str) else str(self.value)


@dataclass(frozen=True, slots=True)
class Sheet:
    path: str
    rows: list[list[Cell]]  # every record, the header included, empty ones too

    def finding(self, cell: Cell | None, message: str, severity: str = ERROR) -> Finding:
        line, column = (cell.line, cell.column) if cell is not None else (1, 1)
        return Finding(self.path, line, column, severity, "import", message)


def read(
    path: Path, display: str, sheet_name: str | None = None
) -> tuple[Sheet | None, list[Finding]]:
    """The sheet in `path` (of a workbook: the named one, else the active one), or findings."""
    name = path.name.lower()
    if name.endswith(XLSX_SUFFIXES):
        return _read_xlsx(path, display, sheet_name)
    if sheet_name is not None:
        return None, [_top(display, "--sheet is for workbooks (.xlsx); a text file has one")]
    if name.endswith(".xls") or name.endswith(".ods") or name.endswith(".numbers"):
        return None, [_top(display, "this format is not read; save the sheet as .xlsx or .csv")]
    if not name.endswith(CSV_SUFFIXES):
        return None, [_top(display, "not a .csv, .tsv or .xlsx file; export the sheet as one")]
    try:
        if path.stat().st_size > MAX_BYTES:
            return None, [_top(display, "the file is over 50 MiB; split it")]
        data = path.read_bytes()
    except OSError as exc:
        return None, [_top(display, f"cannot read the file: {exc.strerror or exc}")]
    text, findings = decode(data, display)
    rows = parse_csv(text, sniff(text))
    return Sheet(display, rows), findings


def _top(display: str, message: str) -> Finding:
    return Finding(display, 1, 1, ERROR, "import", message)


def decode(data: bytes, display: str) -> tuple[str, list[Finding]]:
    """UTF-8 (with or without a byte-order mark), UTF-16 with one, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        note = Finding(
            display,
            line,
            1,
            WARNING,
            "import",
            "the file is not UTF-8; it was read as Windows-1252: check accented letters, "
            "or export the sheet as UTF-8 CSV",
        )
        return data.decode("cp1252", errors="replace"), [note]


def sniff(text: str) -> str:
    """The separator that splits the first record into the most fields (`,` on a tie)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in text[:65536]:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\r\n":
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_csv(text: str, delimiter: str = ",") -> list[list[Cell]]:
    """RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks.

    Every field remembers the line and column where it starts; line breaks inside quotes
    become `\\n`. A quote in the middle of an unquoted field is kept as written.
    """
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    buf: list[str] = []
    line, line_start = 1, 0
    start = (1, 1)
    quoted = closed = False
    at_field_start = True
    i, n = 0, len(text)

    def end_field() -> None:
        nonlocal buf, at_field_start, quoted, closed
        row.append(Cell("".join(buf), start[0], start[1], f"line {start[0]}, field {len(row) + 1}"))
        buf, at_field_start, quoted, closed = [], True, False, False

    while i < n:
        ch = text[i]
        if at_field_start:
            start = (line, i - line_start + 1)
            at_field_start = False
            if ch == '"':
                quoted = True
                i += 1
                continue
        if quoted and not closed:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    buf.append('"')
                    i += 2
                    continue
                closed = True
                i += 1
                continue
            if ch in "\r\n":
                step = 2 if text.startswith("\r\n", i) else 1
                buf.append("\n")
                i += step
                line, line_start = line + 1, i
                continue
            buf.append(ch)
            i += 1
            continue
        if ch == delimiter:
            end_field()
            i += 1
            continue
        if ch in "\r\n":
            end_field()
            rows.append(row)
            row = []
            i += 2 if text.startswith("\r\n", i) else 1
            line, line_start = line + 1, i
            continue
        buf.append(ch)  # after a closing quote, stray text is kept too
        i += 1
    if not at_field_start or row:
        end_field()
        rows.append(row)
    return rows


def _read_xlsx(
    path: Path, display: str, sheet_name: str | None
) -> tuple[Sheet | None, list[Finding]]:
    import zipfile

    import openpyxl
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. "workbook contains no default style"
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                names = book.sheetnames
                if sheet_name is not None and sheet_name not in names:
                    listed = ", ".join(f"`{n}`" for n in names)
                    return None, [
                        _top(display, f"no sheet `{sheet_name}` in the workbook; it has {listed}")
                    ]
                sheet = book[sheet_name] if sheet_name else (book.active or book.worksheets[0])
                rows: list[list[Cell]] = []
                for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
                    rows.append(
                        [
                            Cell(
                                "" if value is None else _xlsx_value(value),
                                number,
                                col,
                                f"{get_column_letter(col)}{number}",
                            )
                            for col, value in enumerate(cells, start=1)
                        ]
                    )
            finally:
                book.close()
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, InvalidFileException) as exc:
        why = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return None, [_top(display, f"cannot read the workbook ({why}); save it again as .xlsx")]
    return Sheet(display, rows), []


def _xlsx_value(value: object) -> Value:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, str | int | float | dt.date):
        return value
    return str(value)
