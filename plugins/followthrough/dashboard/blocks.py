"""Raw HTML blocks of the generated pages, set aside while Markdown converts the rest.

A page of the dashboard is mostly `<div class="ft ...">` blocks that Markdown passes through
unchanged; parsing them costs most of a page's conversion. Each top-level `<div>` block (at the
start of a line, after a blank line, ending where its `</div>` closes it, before a blank line)
becomes a placeholder paragraph, and the placeholder is replaced by the block afterwards.
"""

from __future__ import annotations

import re
import secrets

_OPEN = re.compile(r"<div\b")
_CLOSE = re.compile(r"</div>")


def set_aside(markdown: str) -> tuple[str, dict[str, str]]:
    """The Markdown with its top-level div blocks replaced by placeholders, and the blocks."""
    lines = markdown.split("\n")
    out: list[str] = []
    blocks: dict[str, str] = {}
    nonce = secrets.token_hex(8)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("<div") and (i == 0 or not lines[i - 1].strip()):
            depth = 0
            end = i
            while end < len(lines):
                depth += len(_OPEN.findall(lines[end])) - len(_CLOSE.findall(lines[end]))
                if depth <= 0:
                    break
                end += 1
            closed = depth == 0 and end < len(lines) and lines[end].endswith("</div>")
            if closed and (end + 1 == len(lines) or not lines[end + 1].strip()):
                key = f"FTBLOCK{len(blocks)}x{nonce}"
                blocks[key] = "\n".join(lines[i : end + 1])
                out.append(key)
                i = end + 1
                continue
        out.append(line)
        i += 1
    return "\n".join(out), blocks


def put_back(html: str, blocks: dict[str, str]) -> str:
    """The converted page with every placeholder paragraph replaced by its block."""
    for key, block in blocks.items():
        # Markdown leaves a blank line after a raw block, one line break after a paragraph
        html = html.replace(f"<p>{key}</p>\n", block + "\n\n", 1).replace(f"<p>{key}</p>", block, 1)
    return html
