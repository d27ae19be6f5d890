"""Lead text in every context it lands in: HTML, Markdown, URLs, the calendar feed and JSON.

Hostile values must come out as the same text the user wrote, never as markup, script,
a link target or a broken record.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import subprocess
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import icalendar
import markdown
import pytest
from mkdocs.utils import meta

from conftest import Ran, run_line
from followthrough import checker, dashboard
from followthrough.dashboard import escape
from followthrough.leads import load_text
from followthrough.settings import Settings

TODAY = dt.date(2026, 11, 25)
EXTENSIONS = ["toc", "tables", "attr_list", "md_in_html", "def_list", "admonition"]
UNSAFE_SCHEMES = ("javascript:", "data:", "vbscript:", "file:")

# ---- an HTML reader that collects what matters for script injection ----------------------


class Page(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.handlers: list[tuple[str, str]] = []
        self.urls: list[str] = []
        self.scripts: list[str] = []
        self.images: list[str] = []
        self.text: list[str] = []
        self._in_script = False
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "script":
            self._in_script = True
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in ("href", "src", "action", "formaction", "xlink:href") and value:
                self.urls.append(value)
            if tag == "img" and name == "src" and value:
                self.images.append(value)
            if tag == "script" and name == "src" and value:
                self.scripts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)

    @property
    def joined(self) -> str:
        return " ".join(" ".join(self.text).split())


def unsafe(url: str) -> bool:
    cleaned = "".join(ch for ch in url if ord(ch) > 0x20 and ord(ch) != 0x7F).lower()
    return cleaned.startswith(UNSAFE_SCHEMES)


def assert_inert(page: Page) -> None:
    assert not {"iframe", "object", "embed", "style", "b"} & set(page.tags), page.tags
    assert "x" not in page.images
    assert page.handlers == []
    assert [u for u in page.urls if unsafe(u)] == []
    assert not [s for s in page.scripts if "alert(" in s or "__ftPwned" in s]


# ---- URLs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "\tjavascript:alert(1)",
        "\x01\x02javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\rscript:alert(1)",
        "javascript\x00:alert(1)",
        "\x7fjavascript:alert(1)",
        "jav&#x61;script:alert(1)",
        "jav&#97;script:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        " DaTa:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "VBScript:msgbox(1)",
        "file:///etc/passwd",
        "//evil.example/x",
        "northwind.example/jobs",
        "",
        " ",
    ],
)
def test_unsafe_urls_never_become_links(value: str) -> None:
    assert escape.safe_url(value) is None
    out = str(escape.link(value))
    page = Page(out)
    assert "a" not in page.tags
    assert page.urls == []
    assert page.joined == " ".join(value.split())


@pytest.mark.parametrize(
    "value",
    [
        "https://northwind.example/jobs/42",
        "HTTPS://northwind.example/jobs/42?a=1&b=<2>",
        'http://example.com/" onmouseover="alert(1)',
        "mailto:dana@northwind.example",
        "tel:+15550100",
        " https://example.com/with space",
    ],
)
def test_safe_urls_become_links_with_nothing_else(value: str) -> None:
    url = escape.safe_url(value)
    assert url is not None
    page = Page(str(escape.link(value)))
    assert page.tags == ["a"]
    assert page.handlers == []
    assert len(page.urls) == 1 and not unsafe(page.urls[0])
    assert page.urls[0].lower().startswith(("http", "mailto:", "tel:"))
    assert page.joined == " ".join(value.split())


@pytest.mark.parametrize(
    "address",
    [
        "javascript:alert(1)",
        'x"@example.com',
        "dana@example.com?cc=<script>",
        "a@b.c\nBcc: everyone@example.com",
    ],
)
def test_mailto_keeps_the_address_inside_the_mailto(address: str) -> None:
    url = escape.mailto(address)
    assert url.startswith("mailto:")
    rest = url[len("mailto:") :]
    assert not set(rest) & set(':"<>\n\r ?&')


@pytest.mark.parametrize("number", ["javascript:alert(1)", '+1 555 0100" onclick="x', "<b>"])
def test_tel_keeps_only_dial_characters(number: str) -> None:
    url = escape.tel(number)
    assert url is None or set(url[len("tel:") :]) <= set("0123456789+*%23")


# ---- Markdown ----------------------------------------------------------------------------

MARKDOWN_HOSTILE = [
    "| a | b |",
    "a | b",
    "[x](javascript:alert(1))",
    "[x][1]\n\n[1]: javascript:alert(1)",
    "<https://example.com>",
    "![img](x onerror=alert(1))",
    "`code` and ``more``",
    "# heading",
    "## not a heading",
    "*star* _under_ **bold** __bold__",
    'Evil {: onclick="alert(1)" }',
    "Evil { #id .class onclick=alert(1) }",
    "<script>alert(1)</script>",
    "&lt;already escaped&gt; &amp; &#60;",
    "1. numbered",
    "- dashed",
    "> quoted",
    "term\n: definition",
    "!!! note",
    "---",
    "a\\b\\",
    "trailing #",
    "~~struck~~ ^sup^ ==mark==",
    "$$x$$",
    "name@example.com",
]


@pytest.mark.parametrize("value", MARKDOWN_HOSTILE)
def test_markdown_text_reads_as_itself_in_a_heading(value: str) -> None:
    rendered = markdown.markdown("# " + escape.markdown_text(value), extensions=EXTENSIONS)
    page = Page(rendered)
    assert page.tags == ["h1"], rendered
    assert page.handlers == [] and page.urls == []
    assert page.joined == " ".join(value.split())


@pytest.mark.parametrize("value", MARKDOWN_HOSTILE)
def test_page_title_has_no_markup(value: str) -> None:
    title = escape.page_title(value)
    assert "<" not in title and ">" not in title and "\n" not in title
    assert Page(title).tags == []


# ---- the dashboard's pages (templates, autoescape) ----------------------------------------

HOSTILE_YAML = r"""
company: "</title><script>window.__ftPwned=1</script>Evil <b>Co</b> | [x](javascript:alert(1))\
  \ {: onclick=\"alert(1)\" }"
role: '<img src=x onerror="window.__ftPwned = 2">'
url: " JaVaScRiPt:window.__ftPwned = 3"
source: "# heading *star* _under_ `tick` & \"quotes\" 'single'"
tags: ["<svg onload=alert(1)>", "a|b", "x\" data-y=\"1"]
notes: |
  first paragraph

  [click](javascript:alert(1)) and <b>bold</b> ![img](x onerror=alert(1))

  # heading
  | a | b |
  |---|---|
contacts:
  - name: "<svg onload=window.__ftPwned=4>"
    title: "\"><iframe src=javascript:alert(1)>"
    email: "x@example.com?cc=<script>"
    phone: "javascript:alert(1)"
    url: "data:text/html,<script>alert(1)</script>"
    notes: "<style>body{display:none}</style>"
instructions:
  - date: 2026-11-01
    kind: no-contact
    until: 2026-11-10
    said: "<script>alert('said')</script> & [link](javascript:alert(1))"
"x-<script>": "<b>own key</b>"
"<img src=x onerror=alert(1)>": unknown key
log:
  - date: 2026-11-02
    type: applied
    with: "<b onmouseover=alert(1)>Dana</b>"
    summary: "<iframe src=javascript:alert(5)></iframe>"
    message: "para\n\n<script>window.__ftPwned = 6</script>\n\n[link](javascript:alert(2))"
  - date: 2026-11-03
    type: follow-up
    waiver: "<script>alert('waiver')</script>"
    message: "Hi, just checking in."
"""
FIELDS_SHOWN = [
    "</title><script>window.__ftPwned=1</script>Evil <b>Co</b>",
    '<img src=x onerror="window.__ftPwned = 2">',
    "<svg onload=window.__ftPwned=4>",
    "<iframe src=javascript:alert(5)></iframe>",
    "<script>window.__ftPwned = 6</script>",
    "<script>alert('said')</script>",
    "<script>alert('waiver')</script>",
    "[click](javascript:alert(1)) and <b>bold</b>",
]


def hostile_board(name: str = "hostile") -> dashboard.Dashboard:
    loaded = load_text(HOSTILE_YAML.lstrip(), f"leads/{name}.yaml")
    assert loaded.lead is not None, loaded.findings
    config = Settings()
    checked = checker.check_loaded(loaded, config, TODAY)
    assert checked.findings and checked.waived  # the unknown key, and a waived follow-up
    return dashboard.build([checked], config, TODAY)


def pages_as_html(board: dashboard.Dashboard) -> dict[str, Page]:
    out = {}
    for uri, content in dashboard.render_pages(board).items():
        body, _ = meta.get_data(content)  # as MkDocs does: front matter first
        out[uri] = Page(markdown.markdown(body, extensions=EXTENSIONS))
    return out


@pytest.mark.parametrize("name", ["hostile", 'x"><svg onload=alert(1)>', "javascript:alert(1)"])
def test_rendered_pages_keep_lead_text_as_text(name: str) -> None:
    pages = pages_as_html(hostile_board(name))
    assert set(pages) == {
        "index.md",
        "all-leads.md",
        "due.md",
        "board.md",
        "numbers.md",
        f"lead/{name}.md",
    }
    for page in pages.values():
        assert_inert(page)
    lead_page = pages[f"lead/{name}.md"].joined
    for shown in FIELDS_SHOWN:
        assert " ".join(shown.split()) in lead_page
    assert "JaVaScRiPt:window.__ftPwned = 3" in lead_page  # the url, as text
    assert "data:text/html,<script>alert(1)</script>" in lead_page
    source = "# heading *star* _under_ `tick` & \"quotes\" 'single'"
    assert source in pages["numbers.md"].joined  # the source, whole in the table
    home = pages["index.md"].joined
    assert "<img src=x onerror=alert(1)>" in home  # in the unknown key's finding


def test_front_matter_title_is_the_company_without_markup() -> None:
    board = hostile_board()
    content = dashboard.render_pages(board)["lead/hostile.md"]
    _, data = meta.get_data(content)
    title = html.unescape(data["title"])
    assert "<" not in title and ">" not in title
    assert title.replace("\u2039", "<").replace("\u203a", ">").startswith("</title><script>")


# ---- the calendar feed --------------------------------------------------------------------


def ics_lead(company: str, role: str, contact: str) -> str:
    return textwrap.dedent(
        f"""\
        company: {yaml_quoted(company)}
        role: {yaml_quoted(role)}
        log:
          - date: 2026-11-20
            type: follow-up
            with: {yaml_quoted(contact)}
        """
    )


def feed_of(*texts: str, site_url: str | None = "https://example.com/site/") -> bytes:
    config = Settings()
    checked = [
        checker.check_loaded(load_text(t, f"leads/lead-{i}.yaml"), config, TODAY)
        for i, t in enumerate(texts)
    ]
    board = dashboard.build(checked, config, TODAY)
    return bytes(dashboard.calendar(board, "Follow-ups", site_url))


def events(feed: bytes) -> list[icalendar.Component]:
    return list(icalendar.Calendar.from_ical(feed).walk("VEVENT"))


@pytest.mark.parametrize(
    ("company", "role", "contact"),
    [
        ("Evil, Inc; Ltd", "Dev; Ops, QA", "Reyes, Dana; Jr"),
        ("Line\nbreak", "CR\r\nLF", "two\n\nlines"),
        ("Back\\slash\\", "ends with \\", "\\\\"),
        ("BEGIN:VEVENT", "END:VCALENDAR\nBEGIN:VEVENT", "UID:x@y"),
        ("Café 日本語 👩‍💻" * 8, "x" * 200, "Zoë Ångström"),
        ('"quoted"', "colon: here", "<b>tag</b>"),
    ],
)
def test_calendar_text_parses_back_exactly(company: str, role: str, contact: str) -> None:
    feed = feed_of(ics_lead(company, role, contact))
    found = events(feed)
    assert len(found) == 1
    want_role = role.replace("\r\n", "\n")
    assert str(found[0]["summary"]) == f"Follow up with {contact} — {company}"
    assert str(found[0]["description"]).startswith(f"{want_role} at {company}.\n")
    # each content line is one record: the value never starts a line of its own
    lines = feed.split(b"\r\n")
    assert lines.count(b"BEGIN:VEVENT") == 1 and lines.count(b"END:VCALENDAR") == 1
    assert all(len(line) <= 75 for line in lines), max(lines, key=len)


@pytest.mark.parametrize("text", ["C:\\Notes\\New", "a \\N b", "\\n literal"])
def test_calendar_keeps_backslash_n_as_written(text: str) -> None:
    (event,) = events(feed_of(ics_lead(text, "role", "Dana")))
    assert str(event["summary"]) == f"Follow up with Dana — {text}"


def test_calendar_has_no_control_characters() -> None:
    feed = feed_of(ics_lead("Evil\x1b[31m\x00\x07 Co", "r\x0bole", "Da\x08na"))
    for line in feed.split(b"\r\n"):
        assert not [b for b in line if b < 0x20 and b != 0x09], line
    (event,) = events(feed)
    assert "Evil" in str(event["summary"])


# ---- JSON from the command line -----------------------------------------------------------

JSON_HOSTILE = {
    "quotes": "a \"double\" and 'single' and \\ backslash",
    "script": "</script><script>alert(1)</script>",
    "controls": "\x00\x01\x07\x1b[31m\x7f",
    "separators": "line\u2028para\u2029next\x85nel",
    "unicode": "Zoë 日本語 👩‍💻 \ufeff bom",
    "newlines": "a\nb\r\nc\rd\te",
}


YAML_ESCAPES = {
    "\x7f": "\\x7f",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
    "\ufeff": "\\ufeff",
}


def yaml_quoted(value: str) -> str:
    """A YAML double-quoted scalar meaning exactly `value` (JSON's escapes, and YAML's own
    for the characters YAML reads as line breaks or refuses raw)."""
    text = json.dumps(value, ensure_ascii=False)
    return "".join(YAML_ESCAPES.get(ch, ch) for ch in text)


def cli_run(repo: Path, *args: str) -> Ran:
    return run_line(repo, *args, env={"FOLLOWTHROUGH_TODAY": TODAY.isoformat(), "NO_COLOR": "1"})


def json_repo(path: Path, key: str) -> Path:
    (path / "leads").mkdir(parents=True)
    (path / "mkdocs.yml").write_text("site_name: t\nplugins:\n  - followthrough\n")
    for name, value in JSON_HOSTILE.items():
        (path / "leads" / f"{name}.yaml").write_text(
            f"company: {yaml_quoted(value)}\nrole: {yaml_quoted(value[::-1])}\n"
            f"{yaml_quoted(key + value)}: 1\n"
            "log:\n  - date: 2026-11-20\n    type: applied\n",
            encoding="utf-8",
        )
    return path


def test_due_json_parses_back_exactly(tmp_path: Path) -> None:
    repo = json_repo(tmp_path, "x-")  # the user's own keys: no findings
    due = cli_run(repo, "due", "--format", "json")
    assert due.returncode == 0, due.stderr
    assert due.stderr_bytes == b""
    doc = json.loads(due.stdout_bytes.decode("utf-8"))
    got = {item["lead"]: (item["company"], item["role"]) for item in doc["leads"]}
    assert got == {name: (value, value[::-1]) for name, value in JSON_HOSTILE.items()}


def test_check_json_parses_back_exactly(tmp_path: Path) -> None:
    repo = json_repo(tmp_path, "")  # unknown keys: a finding each, quoting the key
    check = cli_run(repo, "check", "--format", "json")
    assert check.returncode == 1
    reported = json.loads(check.stdout_bytes.decode("utf-8"))
    assert reported["files"] == len(JSON_HOSTILE)
    config = Settings(root=repo)
    expected = []
    for name in sorted(JSON_HOSTILE):
        text = (repo / "leads" / f"{name}.yaml").read_text(encoding="utf-8")
        loaded = load_text(text, f"leads/{name}.yaml")
        expected += [vars_of(f) for f in checker.check_loaded(loaded, config, TODAY).findings]
    assert reported["findings"] == expected
    assert len(expected) == len(JSON_HOSTILE)  # one unknown key each
    assert "</script><script>alert(1)</script>" in json.dumps(reported, ensure_ascii=False)


def vars_of(finding: object) -> dict[str, object]:
    keys = ("path", "line", "column", "severity", "rule", "message")
    return {k: getattr(finding, k) for k in keys}


# ---- one real `mkdocs build` of a hostile lead --------------------------------------------

SITE = """\
site_name: Hostile
site_url: https://example.com/site/
theme:
  name: material
  font: false
markdown_extensions:
  - attr_list
  - md_in_html
  - tables
  - def_list
  - admonition
  - toc:
      permalink: true
plugins:
  - search
  - followthrough
"""


def test_mkdocs_build_of_hostile_leads(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "leads").mkdir(parents=True)
    (repo / "docs").mkdir()
    (repo / "mkdocs.yml").write_text(SITE, encoding="utf-8")
    for name in ("hostile", 'x"><svg onload=alert(1)>', "javascript:alert(1)"):
        (repo / "leads" / f"{name}.yaml").write_text(HOSTILE_YAML.lstrip(), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FOLLOWTHROUGH_TODAY": TODAY.isoformat()}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    site = repo / "site"
    built = [
        site / "index.html",
        site / "all-leads" / "index.html",
        site / "board" / "index.html",
        site / "numbers" / "index.html",
        *sorted((site / "lead").glob("*/index.html")),
    ]
    assert len(built) == 7
    for path in built:
        raw = path.read_text(encoding="utf-8")
        assert "<script>window.__ftPwned" not in raw and "<script>alert" not in raw
        assert 'href="javascript:' not in raw.lower()
        page = Page(raw)
        assert_inert(page)
    lead_page = Page((site / "lead" / "hostile" / "index.html").read_text(encoding="utf-8"))
    for shown in FIELDS_SHOWN:
        assert " ".join(shown.split()) in lead_page.joined
    feed = (site / "followups.ics").read_bytes()
    assert events(feed)


# ---- text for a terminal ------------------------------------------------------------------


def test_terminal_output_carries_no_control_characters(tmp_path: Path) -> None:
    """A lead file from someone else must not drive the terminal (colours, title, cursor)."""
    repo = tmp_path / "repo"
    (repo / "leads").mkdir(parents=True)
    (repo / "mkdocs.yml").write_text("site_name: t\nplugins:\n  - followthrough\n")
    hostile = "Evil\x1b]0;owned\x07 \x1b[2J\x1b[31mCo\r\x00\x08"
    (repo / "leads" / "evil.yaml").write_text(
        f"company: {yaml_quoted(hostile)}\nrole: {yaml_quoted(hostile)}\n"
        "log:\n  - date: 2026-11-01\n    type: applied\n",
        encoding="utf-8",
    )
    (repo / "leads" / "keys.yaml").write_text(
        f"company: x\n{yaml_quoted(hostile)}: 1\n", encoding="utf-8"
    )
    for args in (("due", "--all"), ("check",)):
        result = cli_run(repo, *args)
        assert b"Evil" in result.stdout_bytes + result.stderr_bytes
        for stream in (result.stdout_bytes, result.stderr_bytes):
            assert not [b for b in stream if b < 0x20 and b not in (0x09, 0x0A)], stream
