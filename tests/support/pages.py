"""The pages bundled under ``tests/fixtures/pages`` and the article newsmend reads on one of them."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import newsmend
from newsmend.article import Article

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


def extract_page(relative: str) -> Article:
    """``newsmend.extract`` of the bundled page at ``relative`` (below :data:`PAGES`), read as raw bytes."""
    return newsmend.extract((PAGES / relative).read_bytes())


class Guard(NamedTuple):
    """What a user reads on a page an audit found right: its fields, its body's two ends and what stays out."""

    page: str
    title: str
    author: list[str] | None
    date: str
    first: str
    last: str
    absent: tuple[str, ...]


def assert_reads_right(guard: Guard) -> None:
    """The page's title and author as the guard states them, its date starting so, its first paragraph opening
    with ``first``, its last holding ``last`` and none of ``absent`` in its body."""
    article = extract_page(guard.page)
    assert article.title == guard.title
    assert article.author == guard.author
    assert str(article.date).startswith(guard.date)
    assert article.body is not None
    assert article.paragraphs[0].startswith(guard.first)
    assert guard.last in article.paragraphs[-1]
    for boilerplate in guard.absent:
        assert boilerplate not in article.body
