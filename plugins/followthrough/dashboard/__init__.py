"""The dashboard: view model, pages (Jinja2 templates) and the calendar feed, apart from MkDocs."""

from __future__ import annotations

from .ics import calendar
from .render import (
    Parts,
    render_all_leads,
    render_board,
    render_due,
    render_home,
    render_numbers,
    render_pages,
    static_files,
)
from .view import Dashboard, Layout, build

__all__ = [
    "Dashboard",
    "Layout",
    "Parts",
    "build",
    "calendar",
    "render_all_leads",
    "render_board",
    "render_due",
    "render_home",
    "render_numbers",
    "render_pages",
    "static_files",
]
