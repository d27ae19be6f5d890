"""`followthrough import`: real spreadsheets through the real command in a real repository."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import openpyxl
import pytest

from conftest import Ran, build_site, run_line
from followthrough.leads import load_file
from followthrough.sheet import parse_csv, sniff
from followthrough.sheet_dates import NotADate, parse_day

TODAY = "2026-11-20"
BIN = Path(sys.executable).parent


def run(repo: Path, *args: str) -> Ran:
    env = {"FOLLOWTHROUGH_TODAY": TODAY, "NO_COLOR": "1", "NO_MKDOCS_2_WARNING": "1"}
    return run_line(repo, *args, env=env)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    made = run(tmp_path, "init", str(root))
    assert made.returncode == 0, made.stderr
    return root


def leads(repo: Path) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((repo / "leads").glob("*.yaml"))}


def assert_checked_and_built(repo: Path) -> None:
    checked = run(repo, "check", "--format", "json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert json.loads(checked.stdout)["findings"] == []
    build_site(repo, {**os.environ, "FOLLOWTHROUGH_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1"})
    assert (repo / "site" / "index.html").is_file()


# ---- reading ---------------------------------------------------------------------------------


def test_csv_fields_keep_their_positions_and_quoted_line_breaks() -> None:
    text = 'a,"b ""x""",c\r\n"multi\r\nline",y,\r\nlast,"q,r",z'
    rows = parse_csv(text, ",")
    assert [[c.value for c in r] for r in rows] == [
        ["a", 'b "x"', "c"],
        ["multi\nline", "y", ""],
        ["last", "q,r", "z"],
    ]
    assert [(c.line, c.column) for c in rows[1]] == [(2, 1), (3, 7), (3, 9)]
    assert [(c.line, c.column) for c in rows[2]] == [(4, 1), (4, 6), (4, 12)]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Company,Role;x\n", ","),
        ("Company;Role;Status\n", ";"),
        ("Company\tRole\tStatus\n", "\t"),
        ('"A;B",C,D\n', ","),
        ("Company\n", ","),
    ],
)
def test_the_separator_is_sniffed_from_the_header(text: str, expect: str) -> None:
    assert sniff(text) == expect


@pytest.mark.parametrize(
    ("value", "dayfirst", "expect"),
    [
        ("2026-11-20", False, dt.date(2026, 11, 20)),
        ("2026-11-20 14:30", False, dt.date(2026, 11, 20)),
        ("11/20/2026", False, dt.date(2026, 11, 20)),
        ("20/11/2026", True, dt.date(2026, 11, 20)),
        ("03/04/2026", False, dt.date(2026, 3, 4)),
        ("03/04/2026", True, dt.date(2026, 4, 3)),
        ("20.11.2026", False, dt.date(2026, 11, 20)),
        ("11/20/26", False, dt.date(2026, 11, 20)),
        ("Nov 20, 2026", False, dt.date(2026, 11, 20)),
        ("November 20th, 2026", False, dt.date(2026, 11, 20)),
        ("20 Nov 2026", True, dt.date(2026, 11, 20)),
        ("Friday, 20 November 2026", False, dt.date(2026, 11, 20)),
        ("46346", False, dt.date(2026, 11, 20)),
        (46346.75, False, dt.date(2026, 11, 20)),
        (dt.datetime(2026, 11, 20, 9, 5), False, dt.date(2026, 11, 20)),
        ("", False, None),
    ],
)
def test_the_date_forms_of_real_exports(
    value: str | float | dt.datetime, dayfirst: bool, expect: dt.date | None
) -> None:
    assert parse_day(value, dayfirst) == expect


@pytest.mark.parametrize(
    ("value", "dayfirst", "says"),
    [
        ("20/11/2026", False, "run again with --dayfirst"),
        ("11/20/2026", True, "run again without --dayfirst"),
        ("2026-02-30", False, "not a real date"),
        ("soon", False, "write it as 2026-11-20"),
        ("3", False, "not a plausible date"),
    ],
)
def test_a_date_that_cannot_be_read_says_how_to_write_it(
    value: str, dayfirst: bool, says: str
) -> None:
    with pytest.raises(NotADate, match=says):
        parse_day(value, dayfirst)


# ---- the command -----------------------------------------------------------------------------

EXPORT = (
    "\ufeffCompany;Job Title;Stage;Date Applied;Recruiter;Email;Link;Notes;Salary\r\n"
    "Acme Corp;Platform Engineer;Interviewing;11/02/2026;Jo Smith;jo@acme.example;"
    'https://acme.example/jobs/1;"Met at the meetup.\r\nAsked about ""on-call"".";100k\r\n'
    ";;;;;;;;\r\n"
    "Globex;Analyst;Rejected;Oct 30, 2026;;;;;\r\n"
    "Acme Corp;Platform Engineer;Interviewing;11/02/2026;Jo Smith;jo@acme.example;"
    'https://acme.example/jobs/1;"Met at the meetup.\r\nAsked about ""on-call"".";100k\r\n'
    "Initech;Developer;No response;46300;;;;;\r\n"
    "\r\n"
)


def test_dry_run_shows_a_table_and_writes_nothing(repo: Path) -> None:
    (repo / "export.csv").write_bytes(EXPORT.encode("utf-8"))
    before = leads(repo)
    done = run(repo, "import", "export.csv")
    assert done.returncode == 0, done.stdout + done.stderr
    assert leads(repo) == before
    out = done.stdout
    assert "leads/acme-corp-platform-engineer.yaml" in out
    assert "same as line 2" in out  # the duplicate row (line 2 holds a quoted line break)
    assert "columns kept in the notes: Salary" in out
    assert "3 leads to create" in done.stderr
    assert "1 duplicate row;" in done.stderr
    assert "run again with --write" in done.stderr


def test_write_creates_valid_leads_and_never_twice(repo: Path) -> None:
    (repo / "export.csv").write_bytes(EXPORT.encode("utf-8"))
    done = run(repo, "import", "export.csv", "--write")
    assert done.returncode == 0, done.stdout + done.stderr
    made = leads(repo)
    acme = load_file(repo / "leads" / "acme-corp-platform-engineer.yaml").lead
    assert acme is not None
    assert (acme.company, acme.role, acme.status) == ("Acme Corp", "Platform Engineer", "active")
    assert acme.contacts[0].name == "Jo Smith"
    assert acme.contacts[0].email == "jo@acme.example"
    assert acme.url == "https://acme.example/jobs/1"
    assert acme.notes is not None
    assert 'Asked about "on-call".' in acme.notes
    assert "Status in the imported sheet: Interviewing" in acme.notes
    assert [(e.date, e.type) for e in acme.log] == [(dt.date(2026, 11, 2), "applied")]
    globex = load_file(repo / "leads" / "globex-analyst.yaml").lead
    assert globex is not None and globex.status == "lost"
    initech = load_file(repo / "leads" / "initech-developer.yaml").lead
    assert initech is not None and initech.status == "dormant"
    assert initech.log[0].date == dt.date(2026, 10, 5)  # serial 46300

    again = run(repo, "import", "export.csv", "--write")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "already there: leads/acme-corp-platform-engineer.yaml" in again.stdout
    assert "0 leads created; 3 already there" in again.stderr
    assert leads(repo) == made
    assert_checked_and_built(repo)


def test_format_json_gives_the_plan_the_findings_and_the_files_written(repo: Path) -> None:
    sheet = "Company,Role,Date applied,Kind\nAcme,Welder,2026-11-02,job\nGlobex,,31/31/2026,sale\n"
    (repo / "few.csv").write_text(sheet, encoding="utf-8")
    dry = run(repo, "import", "few.csv", "--format", "json")
    assert dry.returncode == 1  # the second row has an impossible date
    doc = json.loads(dry.stdout)
    assert doc["file"] == "few.csv" and doc["written"] == []
    assert [(r["line"], r["action"], r["company"]) for r in doc["rows"]] == [
        (2, "create", "Acme"),
        (3, "error", None),
    ]
    assert doc["rows"][0]["lead_file"] == "leads/acme-welder.yaml"
    assert [(f["line"], f["severity"]) for f in doc["findings"]] == [(3, "error")]
    assert not (repo / "leads" / "acme-welder.yaml").exists()
    wrote = run(repo, "import", "few.csv", "--format", "json", "--write")
    assert json.loads(wrote.stdout)["written"] == ["leads/acme-welder.yaml"]
    assert (repo / "leads" / "acme-welder.yaml").is_file()
    gone = run(repo, "import", "missing.csv", "--format", "json")
    assert gone.returncode == 1
    assert json.loads(gone.stdout)["findings"][0]["path"] == "missing.csv"


@pytest.mark.parametrize(
    ("header", "row", "unused"),
    [
        (  # a board tracker's export: the list a card is in is its status
            "Title,Company,List,Created,Date Applied,URL,Location,Salary,Notes",
            "Welder,Acme,Interview,2026-11-01,2026-11-02,https://acme.example/1,Berlin,50k,Met Jo",
            [],
        ),
        (  # a job-search tracker's export
            "Job Position,Company,Status,Date Saved,Date Applied,Job URL,Location,Salary,Priority",
            "Welder,Acme,Applied,11/01/2026,11/02/2026,https://acme.example/1,Berlin,50k,4",
            [],
        ),
        (  # a professional network's "job applications" export
            "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
            "Resume Name",
            '"11/2/26, 9:14 AM",jo@acme.example,+49 30 1234,Acme,Welder,https://acme.example/1,cv.pdf',
            ["Resume Name"],
        ),
    ],
)
def test_exports_of_other_trackers(repo: Path, header: str, row: str, unused: list[str]) -> None:
    (repo / "export.csv").write_text(f"{header}\n{row}\n", encoding="utf-8")
    done = run(repo, "import", "export.csv", "--write", "--format", "json")
    assert done.returncode == 0, done.stdout + done.stderr
    doc = json.loads(done.stdout)
    assert doc["columns_not_imported"] == unused
    lead = load_file(repo / "leads" / "acme-welder.yaml").lead
    assert lead is not None
    assert (lead.company, lead.role, lead.url) == ("Acme", "Welder", "https://acme.example/1")
    assert [(e.date, e.type) for e in lead.log] == [(dt.date(2026, 11, 2), "applied")]
    if "Location" in header:
        assert lead.notes is not None
        assert "Location: Berlin" in lead.notes and "Salary: 50k" in lead.notes
    if "Contact Phone Number" in header:
        assert lead.contacts[0].phone == "+49 30 1234"
    assert_checked_and_built(repo)


def test_kind_and_country_columns(repo: Path) -> None:
    sheet = (
        "Account,Deal,Pipeline stage,Lead type,Country\n"
        "Fabrikam,Fleet renewal,Proposal,Sales,Germany\n"
        "Contoso,Analyst,Applied,Job application,UK\n"
        "Tailspin,Pilot,Applied,job,USA\n"
        "Wingtip,Support plan,Qualified,deal,DE\n"
        "Litware,Designer,Applied,freelance gig,Atlantis\n"
    )
    (repo / "pipeline.csv").write_text(sheet, encoding="utf-8")
    done = run(repo, "import", "pipeline.csv", "--write")
    assert done.returncode == 0, done.stdout + done.stderr
    got = {}
    for path in sorted((repo / "leads").glob("*.yaml")):
        lead = load_file(path).lead
        assert lead is not None
        got[lead.company] = (lead.kind, lead.country)
    assert got["Fabrikam"] == ("sale", "DE")
    assert got["Contoso"] == ("job", "GB")
    assert got["Tailspin"] == ("job", "US")
    assert got["Wingtip"] == ("sale", "DE")
    assert got["Litware"] == ("job", None)
    warned = [line for line in done.stdout.splitlines() if "warning" in line]
    assert len(warned) == 2, done.stdout
    assert (
        warned[0].startswith("pipeline.csv:6:") and "kind `freelance gig` is neither" in warned[0]
    )
    assert warned[1].startswith("pipeline.csv:6:") and "country `Atlantis` is not" in warned[1]
    assert_checked_and_built(repo)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("tabs.tsv", "Employer\tPosition\tDate Added\nUmbrella\tChemist\t2026-11-01\n"),
        ("plain.csv", 'Organisation,Role,Date added\n"Umbrella","Chemist",2026-11-01\n'),
        ("lf-bom.csv", "\ufeffcompany,ROLE,date_added\nUmbrella,Chemist,2026-11-01\n"),
    ],
)
def test_csv_variants(repo: Path, name: str, data: str) -> None:
    (repo / name).write_text(data, encoding="utf-8")
    done = run(repo, "import", name, "--write")
    assert done.returncode == 0, done.stdout + done.stderr
    lead = load_file(repo / "leads" / "umbrella-chemist.yaml").lead
    assert lead is not None
    assert (lead.company, lead.role, lead.added) == ("Umbrella", "Chemist", dt.date(2026, 11, 1))


def test_xlsx_with_date_cells_serial_numbers_and_empty_rows(repo: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company Name", "Position", "Status", "Date Applied", "Contact Name", "Tags"])
    sheet.append(
        ["Stark Industries", "Engineer", "Applied", dt.datetime(2026, 11, 3), "Pepper", "a"]
    )
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Wayne Enterprises", "Analyst", "Offer", 46330, None, "remote, python"])
    sheet.append(["Tyrell", "Designer", "Hired", "Nov 5, 2026", None, None])
    book.save(repo / "tracker.xlsx")
    done = run(repo, "import", "tracker.xlsx", "--write")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 empty row skipped" in done.stderr
    stark = load_file(repo / "leads" / "stark-industries-engineer.yaml").lead
    wayne = load_file(repo / "leads" / "wayne-enterprises-analyst.yaml").lead
    tyrell = load_file(repo / "leads" / "tyrell-designer.yaml").lead
    assert stark is not None and wayne is not None and tyrell is not None
    assert stark.log[0].date == dt.date(2026, 11, 3)
    assert stark.contacts[0].name == "Pepper"
    assert wayne.log[0].date == dt.date(2026, 11, 4)  # serial 46330
    assert wayne.tags == ("remote", "python")
    assert tyrell.status == "won"
    assert_checked_and_built(repo)


def test_a_bad_date_points_at_its_cell_and_the_row_is_left_out(repo: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Role", "Date Applied"])
    sheet.append(["Good Co", "Dev", "2026-11-02"])
    sheet.append(["Bad Co", "Dev", "20/11/2026"])
    book.save(repo / "t.xlsx")
    done = run(repo, "import", "t.xlsx", "--write")
    assert done.returncode == 1
    assert "t.xlsx:3:3: error import Date Applied (C3):" in done.stdout
    assert "--dayfirst" in done.stdout
    assert (repo / "leads" / "good-co-dev.yaml").is_file()
    assert not (repo / "leads" / "bad-co-dev.yaml").exists()
    assert run(repo, "import", "t.xlsx", "--dayfirst").returncode == 0


def test_a_lead_that_would_not_pass_check_is_refused(repo: Path) -> None:
    (repo / "s.csv").write_text("Company,Role,Applied\nLater Inc,Dev,2026-12-24\n", "utf-8")
    done = run(repo, "import", "s.csv", "--write")
    assert done.returncode == 1
    assert "s.csv:2:1: error import the lead from this row would not pass" in done.stdout
    assert "log/future" in done.stdout
    assert not (repo / "leads" / "later-inc-dev.yaml").exists()


def test_never_overwrites_a_file_of_another_lead(repo: Path) -> None:
    other = repo / "leads" / "acme-dev.yaml"
    other.write_text("company: ACME dev\nrole: Something else\n", encoding="utf-8")
    (repo / "s.csv").write_text("Company,Role\nAcme,Dev\nacme ,  dev\n", "utf-8")
    done = run(repo, "import", "s.csv", "--write")
    assert done.returncode == 0, done.stdout + done.stderr
    assert other.read_text(encoding="utf-8") == "company: ACME dev\nrole: Something else\n"
    assert (repo / "leads" / "acme-dev-2.yaml").is_file()
    assert "same lead as line 2" in done.stdout  # same company and role, other spelling


def test_map_overrides_and_bad_maps(repo: Path) -> None:
    (repo / "s.csv").write_text("Client,Thing,Title\nHooli,Search,CEO\n", "utf-8")
    done = run(repo, "import", "s.csv", "--map", "Client=company", "--map", "thing=role", "--write")
    assert done.returncode == 0, done.stdout + done.stderr
    lead = load_file(repo / "leads" / "hooli-search.yaml").lead
    assert lead is not None and lead.role == "Search"
    assert "also reads as `role`" in done.stdout
    bad = run(repo, "import", "s.csv", "--map", "Client=firm")
    assert bad.returncode == 2
    assert "`firm` is not a field" in bad.stderr
    missing = run(repo, "import", "s.csv", "--map", "Nope=company")
    assert missing.returncode == 2
    assert "names no column `nope`" in missing.stderr


def test_a_title_above_the_header_is_skipped(repo: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["My job search, autumn 2026"])
    sheet.append([])
    sheet.append(["Employer", "Position"])
    sheet.append(["Hooli", "Dev"])
    book.save(repo / "t.xlsx")
    done = run(repo, "import", "t.xlsx", "--write")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (repo / "leads" / "hooli-dev.yaml").is_file()
    assert "row 4" in done.stdout


def test_sheet_picks_a_sheet_of_the_workbook(repo: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Summary"
    first.append(["Total", 1])
    leads_sheet = book.create_sheet("Applications")
    leads_sheet.append(["Company", "Role"])
    leads_sheet.append(["Hooli", "Dev"])
    book.save(repo / "t.xlsx")
    missing = run(repo, "import", "t.xlsx", "--sheet", "Nope")
    assert missing.returncode == 1
    assert "no sheet `Nope` in the workbook; it has `Summary`, `Applications`" in missing.stdout
    done = run(repo, "import", "t.xlsx", "--sheet", "Applications", "--write")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (repo / "leads" / "hooli-dev.yaml").is_file()


def test_no_company_column(repo: Path) -> None:
    (repo / "s.csv").write_text("Name,Role\nHooli,Dev\n", "utf-8")
    done = run(repo, "import", "s.csv")
    assert done.returncode == 1
    assert "s.csv:1:1: error import no column names the company" in done.stdout
    assert "--map COLUMN=company" in done.stdout


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0", "save the sheet as .xlsx or .csv"),
        ("broken.xlsx", b"not a zip", "cannot read the workbook"),
        ("leads.json", b"{}", "not a .csv, .tsv or .xlsx file"),
    ],
)
def test_files_that_are_not_sheets(repo: Path, name: str, data: bytes, says: str) -> None:
    (repo / name).write_bytes(data)
    done = run(repo, "import", name)
    assert done.returncode == 1
    assert f"{name}:1:1: error import" in done.stdout
    assert says in done.stdout
    assert "Traceback" not in done.stderr


def test_latin1_export_is_read_with_a_warning(repo: Path) -> None:
    (repo / "s.csv").write_bytes("Company,Role\nCafé Müller,Barista\n".encode("cp1252"))
    done = run(repo, "import", "s.csv", "--write")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "warning import the file is not UTF-8" in done.stdout
    lead = load_file(repo / "leads" / "cafe-muller-barista.yaml").lead
    assert lead is not None and lead.company == "Café Müller"


def test_create_atomic_never_replaces_a_file(tmp_path: Path) -> None:
    from followthrough.writer import create_atomic

    target = tmp_path / "a.yaml"
    create_atomic(target, b"company: A\n")
    assert target.read_bytes() == b"company: A\n"
    with pytest.raises(FileExistsError):
        create_atomic(target, b"company: B\n")
    assert target.read_bytes() == b"company: A\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]  # no temporary file left
