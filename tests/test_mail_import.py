"""`followthrough mail import` on mailboxes built here: mbox, Maildir and .eml folders."""

from __future__ import annotations

import datetime as dt
import mailbox
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest

from conftest import build_site
from followthrough.cli import main
from followthrough.leads import load_file
from followthrough.mail_import import their_kind
from followthrough.mailbox_read import Mail
from followthrough.model import Lead

TODAY = "2026-12-01"
SITE = """\
site_name: Imported
theme:
  name: material
  font: false
plugins:
  - search
  - followthrough
"""
LEADS = {
    "northwind": """\
        company: Northwind Traders
        role: Data Engineer
        contacts:
          - name: Dana Reyes
            email: Dana.Reyes@Northwind.example  # mixed case on purpose
        log:
          - date: 2026-11-01
            type: applied
          # the panel
          - date: 2026-11-10
            type: interview
            with: Dana Reyes
        """,
    "kestrel": """\
        company: Kestrel Outdoor Gear
        contacts:
          - name: Zoë Ångström
            email: zoe@kestrel.example
        """,
    "sakura": """\
        company: Sakura Systems
        role: Platform Engineer
        contacts:
          - name: Haruto Sato
            email: haruto@sakura.example
        log: []
        """,
}
ME = "Sam Lee <sam@home.example>"
DANA = "Dana Reyes <dana.reyes@northwind.example>"


def plain(
    sender: str, to: str, date: str, subject: str, body: str, mid: str | None, cc: str = ""
) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Date"], msg["Subject"] = sender, to, date, subject
    if cc:
        msg["Cc"] = cc
    if mid:
        msg["Message-ID"] = mid
    msg.set_content(body)
    return bytes(msg)


def raw(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode("ascii") + b"\r\n" + body


def messages() -> list[bytes]:
    """A search's mail: a thread with Dana, a French and a Japanese contact, and noise."""
    first = EmailMessage()
    first["From"], first["To"] = ME, DANA
    first["Date"] = "Mon, 02 Nov 2026 09:00:00 +0100"
    first["Subject"] = "Application: Data Engineer"
    first["Message-ID"] = "<m1@home.example>"
    first.set_content(
        "Hi Dana,\n\nI applied for the Data Engineer role yesterday and wanted to introduce "
        "myself.\n\nBest regards,\nSam Lee\nsam@home.example | +1 555 0100\n"
    )
    first.add_alternative("<p>Hi Dana,</p><p>I applied (HTML version).</p>", subtype="html")
    html_only = raw(
        "From: Dana Reyes <dana.reyes@northwind.example>\nTo: sam@home.example\n"
        "Date: Tue, 03 Nov 2026 16:20:00 -0500\nSubject: Re: Application: Data Engineer\n"
        "Message-ID: <m2@northwind.example>\nIn-Reply-To: <m1@home.example>\n"
        "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n",
        b"<html><head><style>p{color:red}</style></head><body><div>Thanks Sam &amp; welcome!"
        b'</div><div>Could you do a panel on the 10th?</div><div class=3D"gmail_quote">'
        b"<div>On Mon, Nov 2, 2026 Sam Lee wrote:</div><blockquote>Hi Dana, I applied"
        b"</blockquote></div></body></html>",
    )
    answer = plain(
        ME,
        DANA,
        "Wed, 04 Nov 2026 08:30:00 +0100",
        "Re: Application: Data Engineer",
        "The 10th works well for me.\n\nOn Tue, Nov 3, 2026 at 4:20 PM Dana Reyes\n"
        "<dana.reyes@northwind.example> wrote:\n> Could you do a panel on the 10th?\n",
        "<m3@home.example>",
    )
    thanks = EmailMessage()
    thanks["From"], thanks["To"] = ME, DANA
    thanks["Date"] = "Wed, 11 Nov 2026 07:45:00 +0100"
    thanks["Subject"] = "Thank you"
    thanks["Message-ID"] = "<m4@home.example>"
    thanks.set_content("Thank you for the panel yesterday.\n-- \nSam Lee\nData person\n")
    thanks.add_attachment(
        b"%PDF-1.4 portfolio", maintype="application", subtype="pdf", filename="portfolio.pdf"
    )
    nudge = plain(
        ME,
        "recruiting@northwind.example",
        "Thu, 12 Nov 2026 10:00:00 +0100",
        "Any news?",
        "Why haven't you answered yet? I have been waiting for days.\n",
        "<m5@home.example>",
        cc=DANA,
    )
    french = raw(
        "From: =?iso-8859-1?q?Zo=EB_=C5ngstr=F6m?= <ZOE@kestrel.example>\n"
        "To: sam@home.example\nDate: Fri, 13 Nov 2026 11:00:00 +0100\n"
        "Subject: =?iso-8859-1?q?R=E9ponse_=E0_votre_message?=\n"
        "Message-ID: <k1@kestrel.example>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n",
        "Très bien, à bientôt.\n\nCordialement,\nZoë\n".encode("latin-1"),
    )
    cp1252 = raw(
        "From: Sam Lee <sam@home.example>\nTo: =?utf-8?b?Wm/DqyDDhW5nc3Ryw7Zt?= "
        "<zoe@kestrel.example>\nDate: Sat, 14 Nov 2026 09:00:00 +0000\n"
        "Subject: Re: =?utf-8?q?R=C3=A9ponse?=\nMessage-ID: <k2@home.example>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=windows-1252\n"
        "Content-Transfer-Encoding: quoted-printable\n",
        b"Merci \x93beaucoup\x94 =96 it=92s a deal.\n",
    )
    japanese = raw(
        "From: Haruto Sato <haruto@sakura.example>\nTo: sam@home.example\n"
        "Date: Mon, 16 Nov 2026 10:00:00 +0900\n"
        "Subject: =?ISO-2022-JP?B?GyRCJDRPIk1tJCIkaiQsJEgkJiQ0JDYkJCReJDkbKEI=?=\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=iso-2022-jp\n"
        "Content-Transfer-Encoding: 7bit\n",
        "ご連絡ありがとうございます。\n".encode("iso-2022-jp"),
    )
    noise = plain(
        "News <news@shop.example>",
        "sam@home.example",
        "Tue, 17 Nov 2026 10:00:00 +0000",
        "Sale",
        "Buy now",
        "<n1@shop.example>",
    )
    future = plain(
        ME, DANA, "Sat, 05 Dec 2026 10:00:00 +0100", "Later", "Hi again.\n", "<m9@home.example>"
    )
    return [
        bytes(first),
        html_only,
        answer,
        bytes(thanks),
        nudge,
        french,
        cp1252,
        japanese,
        noise,
        future,
        b"From: dana.reyes@northwind.example\r\n\r\nno date\r\n",
    ]


def write_box(kind: str, where: Path, items: list[bytes]) -> Path:
    if kind == "mbox":
        box = mailbox.mbox(where / "mail.mbox")
        for item in items:
            box.add(item)
        box.close()
        return where / "mail.mbox"
    if kind == "maildir":
        maildir = mailbox.Maildir(where / "Mail")
        for item in items:
            maildir.add(item)
        return where / "Mail"
    folder = where / "export"
    folder.mkdir()
    for n, item in enumerate(items):
        (folder / f"{n:03}.eml").write_bytes(item)
    return folder


def make_repo(root: Path, leads: dict[str, str] = LEADS) -> Path:
    (root / "leads").mkdir(parents=True)
    (root / "docs").mkdir()
    (root / "mkdocs.yml").write_text(SITE, encoding="utf-8")
    for name, text in leads.items():
        (root / "leads" / f"{name}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return root


Run = Callable[..., tuple[int, str, str]]  # (cwd, *args) -> (status, stdout, stderr)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    monkeypatch.setenv("FOLLOWTHROUGH_TODAY", TODAY)

    def call(cwd: Path, *args: str) -> tuple[int, str, str]:
        monkeypatch.chdir(cwd)
        status = main(list(args))
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return status, out, err

    return call


def lead(repo: Path, name: str) -> Lead:
    loaded = load_file(repo / "leads" / f"{name}.yaml")
    assert loaded.lead is not None
    return loaded.lead


def snapshot(repo: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((repo / "leads").iterdir())}


@pytest.mark.parametrize("kind", ["mbox", "maildir", "eml"])
def test_import_types_places_and_cleans_every_message(tmp_path: Path, run: Run, kind: str) -> None:
    repo = make_repo(tmp_path / "repo")
    box = write_box(kind, tmp_path, messages())
    before = snapshot(repo)

    status, out, err = run(repo, "mail", "import", str(box))

    assert status == 0, out + err
    assert snapshot(repo) == before  # a dry run writes nothing
    assert "would add 8 entries to 3 leads" in out
    assert "run again with --write" in out
    assert "skipped: no readable Date header" in err
    assert "left out:" in out and "log/future" in out

    status, out, err = run(repo, "mail", "import", str(box), "--write")

    assert status == 0, out + err
    northwind = lead(repo, "northwind")
    got = [(e.date.isoformat(), e.type, e.with_, e.channel) for e in northwind.log]
    assert got == [
        ("2026-11-01", "applied", None, None),
        ("2026-11-02", "outreach", "Dana Reyes", "email"),
        ("2026-11-03", "response", "Dana Reyes", "email"),
        ("2026-11-04", "reply", "Dana Reyes", "email"),
        ("2026-11-10", "interview", "Dana Reyes", None),
        ("2026-11-11", "thank-you", "Dana Reyes", "email"),
        ("2026-11-12", "follow-up", "Dana Reyes", "email"),
    ]
    first, response, reply, _, thanks, nudge = northwind.log[1:]
    assert first.message == (
        "Hi Dana,\n\nI applied for the Data Engineer role yesterday and wanted to introduce "
        "myself.\n"
    )
    assert response.message == "Thanks Sam & welcome!\nCould you do a panel on the 10th?\n"
    assert reply.message == "The 10th works well for me."
    assert thanks.message == "Thank you for the panel yesterday."
    assert (first.message_id, response.message_id) == (
        "<m1@home.example>",
        "<m2@northwind.example>",
    )
    assert (first.time, response.time) == (dt.time(9, 0), dt.time(16, 20))
    assert nudge.waiver == "imported" and first.waiver is None
    text = (repo / "leads" / "northwind.yaml").read_text(encoding="utf-8")
    assert "date: 2026-11-03T16:20-05:00" in text  # the message's own offset
    assert "  # the panel\n  - date: 2026-11-10\n" in text  # the comment stays with its entry

    kestrel = lead(repo, "kestrel")
    assert [(e.type, e.with_, e.summary, e.message) for e in kestrel.log] == [
        ("response", "Zoë Ångström", "Réponse à votre message", "Très bien, à bientôt."),
        ("reply", "Zoë Ångström", "Re: Réponse", "Merci “beaucoup” – it’s a deal."),
    ]
    sakura = lead(repo, "sakura")
    assert [(e.type, e.summary, e.message) for e in sakura.log] == [
        ("response", "ご連絡ありがとうございます", "ご連絡ありがとうございます。"),
    ]
    assert sakura.log[0].message_id and sakura.log[0].message_id.endswith("@no-message-id.invalid>")

    status, out, _ = run(repo, "check")
    assert status == 0, out
    written = snapshot(repo)
    status, out, _ = run(repo, "mail", "import", str(box), "--write")
    assert status == 0
    assert "added 0 entries" in out and "8 already in the log" in out
    assert snapshot(repo) == written  # the second import adds nothing


def test_the_three_formats_give_the_same_files(tmp_path: Path, run: Run) -> None:
    results = []
    for kind in ("mbox", "maildir", "eml"):
        where = tmp_path / kind
        repo = make_repo(where / "repo")
        status, out, err = run(
            repo, "mail", "import", str(write_box(kind, where, messages())), "--write"
        )
        assert status == 0, out + err
        results.append(snapshot(repo))
    assert results[0] == results[1] == results[2]


def split_inbox_sent(where: Path, layout: str) -> list[str]:
    """The messages split into what you sent and the rest, laid out as mail programs do."""
    items = messages()
    sent = [m for m in items if b"From: Sam Lee" in m.split(b"\n\n", 1)[0].replace(b"\r", b"")]
    inbox = [m for m in items if m not in sent]
    if layout == "maildir++":
        maildir = mailbox.Maildir(where / "Mail")
        for item in inbox:
            maildir.add(item)
        folder = maildir.add_folder("Sent")
        for item in sent:
            folder.add(item)
        return [str(where / "Mail")]
    boxes = []
    for name, part in (("Inbox", inbox), ("Sent", sent)):
        if layout == "apple":  # Name.mbox/mbox
            (where / "export" / f"{name}.mbox").mkdir(parents=True)
            box = mailbox.mbox(where / "export" / f"{name}.mbox" / "mbox")
        else:
            box = mailbox.mbox(where / f"{name}.mbox")
        for item in part:
            box.add(item)
        box.close()
        boxes.append(str(where / f"{name}.mbox"))
    return [str(where / "export")] if layout == "apple" else boxes


@pytest.mark.parametrize("layout", ["maildir++", "apple", "two paths"])
def test_inbox_and_sent_folders_give_the_same_files(tmp_path: Path, run: Run, layout: str) -> None:
    one = make_repo(tmp_path / "one")
    status, out, _ = run(
        one, "mail", "import", str(write_box("mbox", tmp_path, messages())), "--write"
    )
    assert status == 0, out
    split = make_repo(tmp_path / "split" / "repo")
    paths = split_inbox_sent(tmp_path / "split", layout)
    status, out, err = run(split, "mail", "import", *paths, "--write")
    assert status == 0, out + err
    assert snapshot(split) == snapshot(one)


def test_the_site_builds_strict_and_lists_the_imported_waiver(tmp_path: Path, run: Run) -> None:
    repo = make_repo(tmp_path / "repo")
    status, out, err = run(
        repo, "mail", "import", str(write_box("mbox", tmp_path, messages())), "--write"
    )
    assert status == 0, out + err
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FOLLOWTHROUGH_TODAY": TODAY}
    build_site(repo, env)
    home = (repo / "site" / "index.html").read_text(encoding="utf-8")
    waived = home[home.index("ft-waived") :]
    assert "Northwind Traders" in waived[:4000] and "imported" in waived[:4000]


def test_me_names_your_addresses(tmp_path: Path, run: Run) -> None:
    repo = make_repo(tmp_path / "repo")
    items = [
        plain(ME, DANA, "Mon, 02 Nov 2026 09:00:00 +0100", "Hello", "Hi.\n", "<a@x>"),
        plain(
            "Lee Assistant <assist@home.example>",
            DANA,
            "Mon, 02 Nov 2026 10:00:00 +0100",
            "For Sam",
            "On his behalf.\n",
            "<b@x>",
        ),
    ]
    box = write_box("eml", tmp_path, items)
    status, out, _ = run(repo, "mail", "import", str(box), "--me", "SAM@home.example")
    assert status == 0
    assert "would add 1 entry to 1 lead" in out
    assert "1 neither yours nor from a contact" in out
    status, out, _ = run(repo, "mail", "import", str(box))
    assert "would add 2 entries to 1 lead" in out
    # the same, said once in mkdocs.yml
    config = repo / "mkdocs.yml"
    config.write_text(
        SITE.replace(
            "  - followthrough\n", "  - followthrough:\n      my_addresses: [SAM@home.example]\n"
        ),
        encoding="utf-8",
    )
    status, out, _ = run(repo, "mail", "import", str(box))
    assert status == 0
    assert "would add 1 entry to 1 lead" in out
    assert "1 neither yours nor from a contact" in out


def test_a_contact_of_two_leads_the_message_goes_where_it_names(tmp_path: Path, run: Run) -> None:
    agency = """\
        company: Hays Talent
        role: {role}
        contacts:
          - name: Ola Berg
            email: ola@hays.example
        log: []
        """
    leads = {
        "data": agency.format(role="Data Engineer"),
        "platform": agency.format(role="Platform Engineer"),
    }
    repo = make_repo(tmp_path / "repo", leads)
    ola = "Ola Berg <ola@hays.example>"
    items = [
        plain(
            ME, ola, "Mon, 02 Nov 2026 09:00:00 +0100", "Data engineer role", "Hi Ola.\n", "<1@x>"
        ),
        plain(
            ola,
            ME,
            "Tue, 03 Nov 2026 09:00:00 +0100",
            "Re: the platform engineer role",
            "Thanks Sam, the team will call you.\n",
            "<2@x>",
        ),
        plain(
            ola,
            ME,
            "Wed, 04 Nov 2026 09:00:00 +0100",
            "Both openings",
            "The data engineer and platform engineer roles both close soon.\n",
            "<3@x>",
        ),
        plain(ola, ME, "Thu, 05 Nov 2026 09:00:00 +0100", "Hello", "A quick hello.\n", "<4@x>"),
    ]
    box = write_box("eml", tmp_path, items)
    status, out, err = run(repo, "mail", "import", str(box), "--write")
    assert status == 0, out + err
    ids = {name: [e.message_id for e in lead(repo, name).log] for name in leads}
    assert ids == {"data": ["<1@x>", "<3@x>", "<4@x>"], "platform": ["<2@x>", "<3@x>", "<4@x>"]}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We are delighted to offer you the post of Site Manager.", "offer"),
        ("Your written offer letter is attached; sign by the 20th.", "offer"),
        ("We would love to extend an offer, once the budget is approved.", "offer"),
        ("We're not ready to extend an offer yet; the panel meets again.", "response"),
        ("Sadly we have decided not to progress your application further.", "rejection"),
        ("We'll be going forward with another candidate whose background fits.", "rejection"),
        ("I regret to tell you the vacancy has now been filled.", "rejection"),
        ("Your application was unsuccessful.", "rejection"),
        ("We chose a different supplier for this year's contract.", "rejection"),
        ("I can't say yet whether we'll proceed with another vendor.", "response"),
        ("If the role has been filled, I'll let you know at once.", "response"),
        ("Happy to offer you the role, though another candidate was close.", "offer"),
        ("We regret to inform you... but we're pleased to offer you a different role.", "response"),
        ("Thanks, the panel meets on Friday and I'll write after.", "response"),
    ],
)
def test_their_message_is_an_offer_or_rejection_only_when_it_says_so(text: str, kind: str) -> None:
    mail = Mail(
        "<m@x>", dt.datetime(2026, 11, 2, 9), "ola@x", ("sam@x",), "Your application", text, ""
    )
    assert their_kind(mail) == kind


def test_an_entry_logged_by_hand_is_not_added_again(tmp_path: Path, run: Run) -> None:
    leads = {
        "northwind": """\
            company: Northwind Traders
            contacts:
              - name: Dana Reyes
                email: dana.reyes@northwind.example
            log:
              - date: 2026-11-02
                type: outreach
                with: Dana Reyes
              - date: 2026-11-20
                type: follow-up
            """
    }
    repo = make_repo(tmp_path / "repo", leads)
    items = [
        plain(ME, DANA, "Mon, 02 Nov 2026 09:00:00 +0100", "Hello", "Hi.\n", "<a@x>"),
        plain(DANA, ME, "Wed, 18 Nov 2026 09:00:00 +0100", "Re: Hello", "Hi!\n", "<b@x>"),
    ]
    before = snapshot(repo)
    status, out, _ = run(repo, "mail", "import", str(write_box("mbox", tmp_path, items)), "--write")
    # their answer two days before the follow-up would make that follow-up too soon: left out
    assert status == 0
    assert "1 already in the log" in out
    assert "left out:" in out and "cadence/too-soon" in out
    assert snapshot(repo) == before


def test_not_a_mailbox_is_a_usage_error(tmp_path: Path, run: Run) -> None:
    repo = make_repo(tmp_path / "repo")
    (tmp_path / "notes.txt").write_text("hello\n", encoding="utf-8")
    status, _, err = run(repo, "mail", "import", str(tmp_path / "notes.txt"))
    assert status == 2
    assert "not an mbox file" in err


def test_control_characters_and_markup_stay_text(tmp_path: Path, run: Run) -> None:
    repo = make_repo(tmp_path / "repo")
    hostile = raw(
        "From: Dana Reyes <dana.reyes@northwind.example>\nTo: sam@home.example\n"
        "Date: Tue, 03 Nov 2026 16:20:00 -0500\nSubject: =?utf-8?q?Hi_=1B[31mred=1B[0m?=\n"
        "Message-ID: <h1@x>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n",
        b"<p>Tabs\tand a NUL \x00 here</p><script>alert(1)</script><p>&lt;b&gt;bold&lt;/b&gt;</p>",
    )
    box = write_box("eml", tmp_path, [hostile])
    status, out, _ = run(repo, "mail", "import", str(box), "--write")
    assert status == 0, out
    assert "\x1b" not in out
    entry = lead(repo, "northwind").log[1]
    assert entry.summary == "Hi [31mred[0m"
    assert entry.message == "Tabs and a NUL here\n\n<b>bold</b>\n"
    status, out, _ = run(repo, "check")
    assert status == 0, out


def test_two_imports_at_once_add_each_message_once(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    box = write_box("mbox", tmp_path, messages())
    env = {**os.environ, "FOLLOWTHROUGH_TODAY": TODAY}
    command = [sys.executable, "-m", "followthrough", "mail", "import", str(box), "--write"]
    both = [
        subprocess.Popen(command, cwd=repo, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outs = [proc.communicate()[0] for proc in both]
    assert [proc.returncode for proc in both] == [0, 0], outs
    ids = [e.message_id for name in LEADS for e in lead(repo, name).log if e.message_id]
    assert len(ids) == len(set(ids)) == 8
    checked = subprocess.run(
        [sys.executable, "-m", "followthrough", "check"], cwd=repo, env=env, check=False
    )
    assert checked.returncode == 0


def test_messages_naming_no_contact_are_not_parsed(tmp_path: Path) -> None:
    from followthrough.mailbox_read import Mail, Unrelated, read_mailbox

    items = [
        plain(ME, DANA, "Mon, 02 Nov 2026 09:00:00 +0100", "Hello", "Hi.\n", "<a@x>"),
        plain("News <news@shop.example>", ME, "Mon, 02 Nov 2026 10:00:00 +0100", "S", "x", None),
    ]
    box = write_box("mbox", tmp_path, items)
    got = list(read_mailbox(box, among={"dana.reyes@northwind.example"}))
    assert [type(item) for item in got] == [Mail, Unrelated]
    assert [type(item) for item in read_mailbox(box)] == [Mail, Mail]
