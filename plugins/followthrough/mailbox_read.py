"""Reading a mailbox export (mbox, Maildir, a folder of .eml files) into plain `Mail` records.

Only the standard library's `mailbox` and `email` (with `email.policy.default`, which decodes
RFC 2047 headers and charsets). The text of a message is its plain part, or its HTML part made
plain; quoted replies and signatures are taken out (`mail_text`). A message that cannot be read
becomes a `Skipped` record saying why, never an exception.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import mailbox
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from email.message import EmailMessage, Message
from functools import partial
from pathlib import Path

from .mail_text import html_to_text, mail_text


@dataclass(frozen=True, slots=True)
class Mail:
    message_id: str
    when: dt.datetime  # with the offset the message was sent with
    sender: str  # address, lower case
    recipients: tuple[str, ...]  # To and Cc, lower case, in order
    subject: str
    text: str  # plain text without quotes and signature
    where: str  # the file (and key) it came from


@dataclass(frozen=True, slots=True)
class Skipped:
    where: str
    why: str


@dataclass(frozen=True, slots=True)
class Unrelated:
    """A message whose headers name none of the addresses asked for: not read further."""

    where: str


Item = Mail | Skipped | Unrelated
Near = re.Pattern[bytes] | None


class NotAMailbox(Exception):
    """The path is none of the formats read here."""


def read_mailbox(path: Path, among: Collection[str] | None = None) -> Iterator[Item]:
    """Every message at `path`: an mbox file, a Maildir (with its subfolders), an .eml file, or a
    folder holding any of these (Apple Mail's `Name.mbox/mbox`, Thunderbird's folder files).

    With `among` (addresses), a message whose header lines hold none of them is `Unrelated`
    and not parsed: most of a mailbox is not about the leads, and parsing is the slow part.
    """
    near = _pattern(among) if among is not None else None
    if path.is_dir():
        found = False
        for item in _walk(path, near):
            found = True
            yield item
        if not found:
            raise NotAMailbox(f"{path} holds no mbox, Maildir or .eml files")
        return
    if not path.is_file():
        raise NotAMailbox(f"{path} does not exist")
    if path.suffix.lower() == ".eml":
        yield _read_bytes(path.read_bytes, str(path), near)
        return
    if not _is_mbox(path):
        raise NotAMailbox(f"{path} is not an mbox file (it does not start with 'From ')")
    yield from _mbox(path, near)


def _pattern(addresses: Collection[str]) -> re.Pattern[bytes]:
    words = sorted({a.lower().encode("utf-8") for a in addresses if a}, key=len, reverse=True)
    return re.compile(b"|".join(re.escape(w) for w in words) if words else b"(?!)")


def _is_maildir(folder: Path) -> bool:
    return (folder / "cur").is_dir() and (folder / "new").is_dir()


def _is_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False


def _walk(folder: Path, near: Near) -> Iterator[Item]:
    if _is_maildir(folder):  # and Maildir++ subfolders such as .Sent, which are Maildirs too
        maildir = mailbox.Maildir(folder, factory=None, create=False)
        for key in sorted(maildir.iterkeys()):
            yield _read_bytes(partial(maildir.get_bytes, key), f"{folder}/{key}", near)
    for entry in sorted(folder.iterdir()):
        if entry.is_dir() and not entry.is_symlink():
            if not (_is_maildir(folder) and entry.name in ("cur", "new", "tmp")):
                yield from _walk(entry, near)
        elif entry.is_file() and entry.suffix.lower() == ".eml":
            yield _read_bytes(entry.read_bytes, str(entry), near)
        elif entry.is_file() and not _is_maildir(folder) and _is_mbox(entry):
            yield from _mbox(entry, near)


def _mbox(path: Path, near: Near) -> Iterator[Item]:
    box = mailbox.mbox(path, factory=None, create=False)
    try:
        for n, key in enumerate(box.iterkeys(), start=1):
            yield _read_bytes(partial(box.get_bytes, key), f"{path} message {n}", near)
    finally:
        box.close()


_HEAD_END = re.compile(rb"\r?\n\r?\n")


def _read_bytes(get: Callable[[], bytes], where: str, near: Near = None) -> Item:
    try:
        raw = get()
        if near is not None:
            end = _HEAD_END.search(raw)
            if not near.search(raw[: end.start() if end else len(raw)].lower()):
                return Unrelated(where)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    except (OSError, ValueError, LookupError) as exc:
        return Skipped(where, f"cannot be read: {exc}")
    try:
        return parse(msg, raw, where)
    except (ValueError, LookupError, TypeError, AttributeError, IndexError) as exc:
        return Skipped(where, f"cannot be read: {exc}")


def parse(msg: Message, raw: bytes, where: str) -> Mail | Skipped:
    when = _date(msg)
    if when is None:
        return Skipped(where, "no readable Date header")
    senders = _addresses(msg, "From")
    if not senders:
        return Skipped(where, "no readable From address")
    recipients = tuple(dict.fromkeys(_addresses(msg, "To") + _addresses(msg, "Cc")))
    message_id = _header(msg, "Message-ID").strip()
    if not message_id:  # made from the bytes, so that a second import finds it again
        message_id = f"<{hashlib.sha256(raw).hexdigest()[:32]}@no-message-id.invalid>"
    subject = " ".join(_visible(_header(msg, "Subject")).split())
    text = mail_text(_body(msg))
    return Mail(_visible(message_id), when, senders[0], recipients, subject, text, where)


# control characters (but tab and line ends) and the byte-order mark: noise in a mail's text
_INVISIBLE = dict.fromkeys(
    [c for c in (*range(0x20), *range(0x7F, 0xA0)) if c not in (0x09, 0x0A, 0x0D)] + [0xFEFF]
)


def _visible(text: str) -> str:
    return text.translate(_INVISIBLE)


def _header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except (ValueError, LookupError, TypeError, IndexError):
        value = None
    return "" if value is None else str(value)


def _date(msg: Message) -> dt.datetime | None:
    text = _header(msg, "Date")
    if not text:
        return None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (ValueError, TypeError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000": the offset is unknown; UTC is the reading RFC 5322 gives
        when = when.replace(tzinfo=dt.UTC)
    return when


def _addresses(msg: Message, name: str) -> list[str]:
    out: list[str] = []
    try:
        values = msg.get_all(name) or []
    except (ValueError, LookupError, TypeError, IndexError):
        values = []
    for value in values:
        addresses = getattr(value, "addresses", None)
        if addresses is not None:
            out += [a.addr_spec.lower() for a in addresses if a.addr_spec and "@" in a.addr_spec]
        else:
            out += [a.lower() for _, a in email.utils.getaddresses([str(value)]) if "@" in a]
    return out


def _body(msg: Message) -> str:
    if isinstance(msg, EmailMessage):
        part = msg.get_body(preferencelist=("plain", "html"))
    else:  # pragma: no cover - the default policy always makes EmailMessage
        part = None
    if part is None:
        return ""
    text = _visible(_content(part))
    return html_to_text(text) if part.get_content_subtype() == "html" else text


def _content(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, ValueError, UnicodeError):  # an unknown or wrong charset
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
    if isinstance(content, bytes):
        return content.decode("utf-8", errors="replace")
    return str(content)
