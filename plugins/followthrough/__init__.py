"""followthrough: persistent, never pushy follow-up for job searches and sales."""

from __future__ import annotations

__version__ = "0.1.0"
