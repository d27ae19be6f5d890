"""What a person wrote in an email: HTML made plain, quoted replies and signatures taken out."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_LINES = frozenset(  # each starts a new line
    {"address", "article", "aside", "dd", "div", "dl", "dt", "footer", "header", "li", "section"}
    | {"tr"}
)
_PARAGRAPHS = frozenset(  # each stands apart, after a blank line
    {"blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ol", "p", "pre", "table", "ul"}
)
_HIDDEN = frozenset({"head", "script", "style", "title", "template"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.quoted = 0  # inside <blockquote>: its lines are marked as quoted

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "blockquote" or "gmail_quote" in classes:
            self.quoted += 1
            self._break(2)
        elif tag == "br":
            self.parts.append("\n")
        else:
            self._breaks(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "blockquote":
            self.quoted = max(0, self.quoted - 1)
            self._break(2)
        else:
            self._breaks(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        else:
            self._breaks(tag)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        text = " ".join(data.split())
        if data[:1].isspace() and text:
            text = " " + text
        if data[-1:].isspace() and text:
            text += " "
        if text:
            if self.quoted and (not self.parts or self.parts[-1].endswith("\n")):
                text = "> " + text.lstrip()
            self.parts.append(text)

    def _breaks(self, tag: str) -> None:
        if tag in _PARAGRAPHS:
            self._break(2)
        elif tag in _LINES:
            self._break(1)

    def _break(self, lines: int) -> None:
        """End the line (lines=1) or the paragraph (2), unless that is done already."""
        if not self.parts:
            return
        tail = "".join(self.parts[-2:])
        have = len(tail) - len(tail.rstrip("\n"))
        if have < lines:
            self.parts.append("\n" * (lines - have))


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return "\n".join(lines).strip("\n")


_WROTE = re.compile(
    r"^(On|Am|Le|El|Il|Op)\b.{0,300}\b(wrote|schrieb|a écrit|escribió|ha scritto|schreef)"
    r"(\s.{0,200})?:\s*$",
    re.I,
)
_CUT = (
    re.compile(r"^-{2,}\s*Original Message\s*-{2,}\s*$", re.I),
    re.compile(r"^_{10,}\s*$"),  # Outlook's line above the quoted message
    re.compile(r"^-- ?$"),  # the signature separator (RFC 3676)
)
_HEADER_BLOCK = re.compile(r"^(From|De|Von):\s.+$")
_HEADER_NEXT = re.compile(r"^(Sent|Date|To|Subject|Envoyé|Gesendet):\s", re.I)
_DEVICE = re.compile(
    r"^(Sent from my \w+.*|Sent from (Outlook|Mail|Yahoo Mail).*|Get Outlook for \w+.*)$", re.I
)
_SIGN_OFF = re.compile(
    r"^(best|best regards|best wishes|kind regards|warm regards|warmly|regards|many thanks|"
    r"thanks|thank you|thanks again|cheers|sincerely|yours sincerely|yours truly|yours|"
    r"all the best|with thanks|talk soon|speak soon|"
    r"cordialement|bien cordialement|bien à vous|mit freundlichen grüßen|viele grüße|"
    r"beste grüße|saludos|un saludo|atentamente|distinti saluti|cordiali saluti|"
    r"met vriendelijke groet|groeten)\s*[,.!]?\s*$",
    re.I,
)
SIGNATURE_LINES = 6  # at most this many short lines after a sign-off are its signature
SIGNATURE_WIDTH = 72


def mail_text(text: str) -> str:
    """The text without quoted lines, what follows "On ... wrote:", and the signature."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = _before_quote(lines)
    lines = [line for line in lines if not line.lstrip().startswith(">")]
    lines = [line for line in lines if not _DEVICE.match(line.strip())]
    lines = _without_sign_off(lines)
    out = "\n".join(lines).strip("\n")
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out + "\n" if "\n" in out else out


def _before_quote(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        stripped = line.strip()
        joined = f"{stripped} {lines[i + 1].strip()}" if i + 1 < len(lines) else stripped
        if any(cut.match(stripped) for cut in _CUT):
            return lines[:i]
        if _WROTE.match(stripped) or (not stripped.endswith(":") and _WROTE.match(joined)):
            return lines[:i]
        if _HEADER_BLOCK.match(stripped) and any(
            _HEADER_NEXT.match(n.strip()) for n in lines[i + 1 : i + 4]
        ):
            return lines[:i]
    return lines


def _without_sign_off(lines: list[str]) -> list[str]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for i in reversed(filled[-(SIGNATURE_LINES + 1) :]):
        if i != filled[0] and _SIGN_OFF.match(lines[i].strip()):
            after = [line for line in lines[i + 1 :] if line.strip()]
            if len(after) <= SIGNATURE_LINES and all(len(a) <= SIGNATURE_WIDTH for a in after):
                return lines[:i]
    return lines
