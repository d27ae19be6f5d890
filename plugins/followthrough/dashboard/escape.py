"""Escaping for each context lead text lands in: HTML (Jinja autoescape), Markdown, URLs."""

from __future__ import annotations

import re
from urllib.parse import quote

from markupsafe import Markup, escape

SAFE_SCHEMES = ("http", "https", "mailto", "tel")
# what browsers drop from a URL before reading its scheme: C0 controls, space, tab, newline
_IGNORED = re.compile(r"[\x00-\x20\x7f]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
# every character that means something to Markdown or its common extensions
_MARKDOWN = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>&~^=:\"'$%@]")


def markdown_text(value: object) -> Markup:
    """Text that reads as itself in Markdown: each syntax character becomes an HTML entity."""
    text = " ".join(str(value).split())  # a newline would end a heading or table row
    return Markup(_MARKDOWN.sub(lambda m: f"&#{ord(m.group())};", text))


def page_title(value: object) -> str:
    """A page title for the theme's templates, which put it into <title> unescaped once and
    into the header as HTML: HTML-escaped, on one line, and without angle brackets at all."""
    text = " ".join(str(value).split()).replace("<", "\u2039").replace(">", "\u203a")
    return str(escape(text))


def safe_url(value: object) -> str | None:
    """The URL when it is http, https, mailto or tel; None for anything else (javascript:...)."""
    url = str(value).strip()
    match = _SCHEME.match(_IGNORED.sub("", url))
    if match is None or match.group(1).lower() not in SAFE_SCHEMES:
        return None
    if _IGNORED.search(url):
        url = quote(url, safe="/:?#[]@!$&'()*+,;=%~")
    return url


def mailto(address: str) -> str:
    return "mailto:" + quote(address.strip(), safe="@+.-_")


def tel(number: str) -> str | None:
    digits = re.sub(r"[^0-9+*#]", "", number)
    return "tel:" + quote(digits, safe="+") if digits else None


def link(value: object, text: object | None = None) -> Markup:
    """An <a> for a safe URL; for any other value the value itself, as text."""
    shown = value if text is None else text
    url = safe_url(value)
    if url is None:
        return Markup('<span class="ft-url">{}</span>').format(shown)
    return Markup('<a href="{}" rel="noopener noreferrer nofollow">{}</a>').format(url, shown)


__all__ = ["escape", "link", "mailto", "markdown_text", "page_title", "safe_url", "tel"]
