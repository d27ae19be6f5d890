"""Drafts on the dashboard, in Chromium: copy buttons, the mailto: link, the log command."""

from __future__ import annotations

import os
import shutil
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from conftest import build_site
from served import serve_folder
from test_browser import LOCAL_HOSTS, Watched, chromium_browser

ROOT = Path(__file__).resolve().parent.parent
__all__ = ["chromium_browser"]  # the fixture, shared with the other browser tests


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example repository built with `mkdocs build` and served over HTTP on this machine."""
    repo = tmp_path_factory.mktemp("drafts") / "repo"
    repo.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", repo / "mkdocs.yml")
    shutil.copytree(ROOT / "leads", repo / "leads")
    (repo / "docs").mkdir()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FOLLOWTHROUGH_TODAY": "2026-11-20"}
    build_site(repo, env)
    with serve_folder(repo / "site") as url:
        yield url


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
def test_a_due_item_offers_its_draft(
    chromium_browser: Browser, example_site: str, width: int, scheme: str
) -> None:
    context = chromium_browser.new_context(
        viewport={"width": width, "height": 900},
        color_scheme=scheme,  # type: ignore[arg-type]
        permissions=["clipboard-read", "clipboard-write"],
    )
    try:
        w = Watched(context.new_page())
        page = w.page
        page.goto(example_site)
        item = page.locator('.ft-item--due[data-lead="quillfeather-labs"]')
        draft = item.locator(".ft-draft")
        body = draft.locator(".ft-draft__body")
        expect(body).to_be_hidden()  # folded until asked for
        draft.locator("summary").click()
        expect(body).to_be_visible()
        text = body.text_content() or ""
        assert text.startswith("Hi Tomás,\n") and "Quillfeather Labs" in text

        draft.get_by_role("button", name="Copy draft").click()
        expect(draft.get_by_role("button", name="Copied")).to_be_visible()
        assert page.evaluate("navigator.clipboard.readText()") == text

        draft.get_by_role("button", name="Copy command").click()
        command = page.evaluate("navigator.clipboard.readText()")
        assert command == (
            "followthrough log quillfeather-labs thank-you --with 'Tomás Alvarado' "
            "--channel email --message-file -"
        )

        href = draft.locator("a.ft-mailto").get_attribute("href") or ""
        target, _, query = href.partition("?")
        assert target == "mailto:tomas@quillfeather.example"
        fields = urllib.parse.parse_qs(query, strict_parsing=True)
        assert fields["subject"] == [draft.locator(".ft-draft__subject").text_content()]
        assert fields["body"] == ["\r\n".join(text.splitlines())]

        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"the page scrolls sideways by {overflow} px at {width} px"
        assert w.errors == []
        assert {urllib.parse.urlsplit(u).hostname for u in w.requests} <= LOCAL_HOSTS
    finally:
        context.close()


def test_the_lead_page_shows_the_draft_open(chromium_browser: Browser, example_site: str) -> None:
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(example_site + "lead/tidewater-logistics/")
        body = page.locator(".ft-draft__body")
        expect(body).to_be_visible()
        assert "Tidewater Logistics" in (body.text_content() or "")
        last = page.locator(".ft-draft__to")
        expect(last).to_contain_text("farah.haddad@tidewater.example")
    finally:
        context.close()
