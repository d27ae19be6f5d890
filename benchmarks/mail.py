"""`followthrough mail import` on a generated mailbox, against reading the same mailbox alone.

    python benchmarks/mail.py [--messages 10000] [--leads 100] [--rounds 3] [--workdir DIR]
    python benchmarks/mail.py --generate DIR [--messages N] [--leads N]

The mailbox (seeded, so every run builds the same one) is an mbox of threads between you and
the contacts of the generated leads, one in five messages from nobody a lead knows: plain,
multipart/alternative and HTML-only bodies, latin-1, windows-1252 and iso-2022-jp charsets,
RFC 2047 subjects, quoted replies, signatures and attachments. Each timed command is a fresh
process; the figures are medians of wall-clock and CPU time (user + system, from os.wait4).
The floor is reading and parsing every message with `mailbox` and `email` (policy=default) in
one process and nothing else. Print only; the machine is shared, so read the CPU ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import mailbox
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

TODAY = dt.date(2026, 11, 20)
ME = "Sam Lee <sam@home.example>"
FIRST = ["Dana", "Priya", "Ben", "Zoë", "Haruto", "Lena", "Omar", "Chloé", "Ravi", "Ines"]
LAST = ["Reyes", "Nair", "Okafor", "Ångström", "Sato", "Novak", "Haddad", "Martin", "Iyer", "Costa"]
COMPANIES = ["Northwind", "Kestrel", "Contoso", "Fabrikam", "Litware", "Tailspin", "Sakura"]
YOURS = [
    "Thank you for the update on the {role} role; I remain very interested.",
    "I wanted to check in on the next steps for the {role} position.",
    "Here is the portfolio link we talked about, in case it helps the panel.",
    "Thank you for your time today; I enjoyed hearing about the team's plans.",
    "I am available on Tuesday or Thursday afternoon, whichever suits you.",
]
THEIRS = [
    "Thanks for your note. The team meets on Friday and I will get back to you after that.",
    "We would like to invite you to a conversation with two engineers next week.",
    "Could you send over a few times that work for you?",
    "Merci pour votre message, nous revenons vers vous très bientôt.",
    "ご連絡ありがとうございます。来週お返事いたします。",
]
FLOOR = (
    "import email, email.policy, mailbox, sys\n"
    "box = mailbox.mbox(sys.argv[1], factory=None, create=False)\n"
    "for key in box.iterkeys():\n"
    "    msg = email.message_from_bytes(box.get_bytes(key), policy=email.policy.default)\n"
    "    part = msg.get_body(preferencelist=('plain', 'html'))\n"
    "    part.get_content() if part is not None else None\n"
)


def _message(
    rng: random.Random, n: int, sender: str, to: str, when: dt.datetime, text: str, subject: str
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S %z")
    msg["Message-ID"] = f"<bench-{n}@mail.example>"
    body = f"Hello,\n\n{text}\n\nBest regards,\nSomeone\n+1 555 0100\n"
    if rng.random() < 0.5:
        body += "\nOn Mon, Nov 2, 2026 at 9:00 AM Someone <x@example.com> wrote:\n> earlier\n"
    kind = rng.random()
    charset = (
        "iso-2022-jp"
        if any(ord(c) > 0x3000 for c in text)
        else (
            rng.choice(["utf-8", "latin-1", "windows-1252"])
            if text.isascii() or "é" in text
            else "utf-8"
        )
    )
    if kind < 0.6:
        msg.set_content(body, charset=charset if charset != "iso-2022-jp" else "utf-8")
        if charset == "iso-2022-jp":
            msg.set_content(
                body.encode("iso-2022-jp"),
                "text",
                "plain",
                cte="7bit",
                params={"charset": "iso-2022-jp"},
            )
    elif kind < 0.85:
        msg.set_content(body)
        msg.add_alternative(
            f"<p>Hello,</p><p>{text}</p><blockquote>earlier</blockquote>", subtype="html"
        )
    else:
        msg.set_content(f"<div>Hello,</div><div>{text}</div>", subtype="html")
    if rng.random() < 0.1:
        msg.add_attachment(
            b"%PDF-1.4 " + bytes(200), maintype="application", subtype="pdf", filename="cv.pdf"
        )
    return msg


def generate(root: Path, messages: int, leads: int, seed: int = 12) -> Path:
    """A repository with `leads` leads in root/repo, and root/mail.mbox; returns the mbox."""
    rng = random.Random(seed)
    repo = root / "repo"
    (repo / "leads").mkdir(parents=True)
    (repo / "docs").mkdir()
    (repo / "mkdocs.yml").write_text(
        "site_name: Mail bench\ntheme:\n  name: material\n  font: false\nplugins:\n"
        f"  - search\n  - followthrough:\n      today: {TODAY.isoformat()}\n",
        encoding="utf-8",
    )
    contacts = []
    for i in range(leads):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"
        address = f"contact{i}@{COMPANIES[i % len(COMPANIES)].lower()}{i}.example"
        role = rng.choice(["Data Engineer", "Platform Engineer", "Analytics Lead"])
        contacts.append((name, address, role))
        (repo / "leads" / f"lead-{i:04}.yaml").write_text(
            f"company: {COMPANIES[i % len(COMPANIES)]} {i}\nrole: {role}\ncontacts:\n"
            f"  - name: {name}\n    email: {address}\nlog:\n"
            f"  - date: {(TODAY - dt.timedelta(days=400)).isoformat()}\n    type: applied\n",
            encoding="utf-8",
        )
    box = mailbox.mbox(root / "mail.mbox")
    start = dt.datetime.combine(TODAY - dt.timedelta(days=365), dt.time(9), dt.UTC)
    zones = [dt.timezone(dt.timedelta(hours=h)) for h in (-5, 0, 1, 9)]
    for n in range(messages):
        when = (start + dt.timedelta(minutes=rng.randrange(365 * 24 * 60))).astimezone(
            rng.choice(zones)
        )
        if rng.random() < 0.2:
            msg = _message(
                rng,
                n,
                "News <news@shop.example>",
                "sam@home.example",
                when,
                "Our autumn sale starts today.",
                "Sale",
            )
        else:
            name, address, role = contacts[rng.randrange(leads)]
            if rng.random() < 0.5:
                text = rng.choice(YOURS).format(role=role)
                msg = _message(rng, n, ME, f"{name} <{address}>", when, text, f"Re: {role}")
            else:
                text = rng.choice(THEIRS)
                msg = _message(rng, n, f"{name} <{address}>", ME, when, text, f"Re: {role}")
        box.add(msg)
    box.close()
    return root / "mail.mbox"


def _timed(args: list[str], cwd: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, from os.wait4) of one fresh process."""
    env = {k: v for k, v in os.environ.items() if k != "FOLLOWTHROUGH_TODAY"}
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            out.seek(0)
            tail = out.read().decode("utf-8", "replace")[-3000:]
            raise SystemExit(f"{' '.join(args)} failed:\n{tail}")
    return seconds, usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--leads", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--generate", type=Path, metavar="DIR", help="only write the inputs")
    args = parser.parse_args(argv)
    if args.generate:
        print(generate(args.generate, args.messages, args.leads))
        return 0
    work = Path(args.workdir or tempfile.mkdtemp(prefix="ft-mail-bench-"))
    box = generate(work / "input", args.messages, args.leads)
    ft = [sys.executable, "-m", "followthrough"]
    rows: dict[str, list[tuple[float, float]]] = {
        "floor": [],
        "dry run": [],
        "--write": [],
        "again": [],
    }
    for _ in range(args.rounds):
        repo = work / "round"
        shutil.rmtree(repo, ignore_errors=True)
        shutil.copytree(work / "input" / "repo", repo)
        rows["floor"].append(_timed([sys.executable, "-c", FLOOR, str(box)], repo))
        rows["dry run"].append(_timed([*ft, "mail", "import", str(box)], repo))
        rows["--write"].append(_timed([*ft, "mail", "import", str(box), "--write"], repo))
        rows["again"].append(_timed([*ft, "mail", "import", str(box), "--write"], repo))
        _timed([*ft, "check"], repo)  # what was written passes check
    floor = statistics.median(cpu for _, cpu in rows["floor"])
    print(f"{args.messages} messages, {args.leads} leads, {args.rounds} rounds, medians")
    print("| what | wall s | CPU s | messages per CPU s | CPU against reading alone |")
    print("|---|---|---|---|---|")
    for name, times in rows.items():
        wall = statistics.median(w for w, _ in times)
        cpu = statistics.median(c for _, c in times)
        print(
            f"| {name} | {wall:.2f} | {cpu:.2f} | {args.messages / cpu:,.0f} | {cpu / floor:.2f}x |"
        )
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
