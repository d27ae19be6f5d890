"""Raw HTML blocks set aside while Markdown converts a page: the same HTML as a whole page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import markdown
import pytest
from mkdocs.utils import meta

from conftest import HOSTILE_LEAD, SITE_LEADS, SITE_TODAY, write_site
from followthrough import checker, dashboard
from followthrough.dashboard import blocks
from followthrough.settings import Settings


def convert(text: str) -> str:
    md = markdown.Markdown(extensions=["toc"], extension_configs={"toc": {"permalink": True}})
    return str(md.convert(text))


def pages_of(repo: Path) -> dict[str, str]:
    settings = Settings(root=repo)
    today = dt.date.fromisoformat(SITE_TODAY)
    checked = checker.check_paths(sorted((repo / "leads").iterdir()), settings, today)
    return dashboard.render_pages(dashboard.build(checked, settings, today))


@pytest.mark.parametrize("hostile", (False, True))
def test_every_page_converts_the_same(tmp_path: Path, hostile: bool) -> None:
    leads = {**SITE_LEADS, "hostile": HOSTILE_LEAD} if hostile else None
    pages = pages_of(write_site(tmp_path / "repo", leads))
    for uri, text in pages.items():
        body, _ = meta.get_data(text)
        aside, kept = blocks.set_aside(body)
        assert kept, uri
        assert "<div" not in aside, uri
        assert blocks.put_back(convert(aside), kept) == convert(body), uri


@pytest.mark.parametrize(
    "text",
    (
        "# T\n\n<div>\nopen\n",  # never closed
        "# T\n<div>x</div>\n",  # no blank line before
        "# T\n\n<div>x</div>\ntext after\n",  # no blank line after
        "# T\n\n<div>x</div> tail\n",  # more on the closing line
    ),
)
def test_blocks_markdown_would_not_pass_through_stay(text: str) -> None:
    aside, kept = blocks.set_aside(text)
    assert (aside, kept) == (text, {})


def test_nested_and_consecutive_blocks() -> None:
    text = '<div class="a">\n<div>\n\n*x*\n</div>\n</div>\n\n<div>y</div>\n\n## H\n\n<div>z</div>'
    aside, kept = blocks.set_aside(text)
    assert len(kept) == 3
    assert blocks.put_back(convert(aside), kept) == convert(text)
