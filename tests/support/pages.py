"""The pages bundled under ``tests/fixtures/pages`` and the article newsmend reads on one of them."""

from __future__ import annotations

from pathlib import Path

import newsmend
from newsmend.article import Article

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


def extract_page(relative: str) -> Article:
    """``newsmend.extract`` of the bundled page at ``relative`` (below :data:`PAGES`), read as raw bytes."""
    return newsmend.extract((PAGES / relative).read_bytes())
