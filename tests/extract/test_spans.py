"""Inline element edges: the body keeps its text glued as the browser shows it, field readers see where one inline
element's text ends and the next begins (``<span>来源：X</span><span>作者：Y</span>``).

The pages (``tests/fixtures/pages/spans``) are trimmed copies of real pages: the head's title and metadata and the
elements around the article, the rest of the markup removed.
"""

from __future__ import annotations

from pathlib import Path

import newsmend
from newsmend.fields.people import split_names

PAGES = Path(__file__).parent.parent / "fixtures" / "pages" / "spans"


def _extract(name: str) -> newsmend.Article:
    return newsmend.extract((PAGES / f"{name}.html").read_bytes())


def test_outlet_after_the_time_under_the_headline_is_the_source() -> None:
    """``<span>2019-09-26 10:56:28</span> <a>证券时报网</a>`` under the headline: the date's match took the space
    after the time (where a zone may stand), so the outlet read as glued to it and was dropped."""
    article = _extract("hexun-1")
    assert article.source == "证券时报网"
    assert article.date == "2019-09-26T10:56:28"


def test_interface_link_labels_are_no_names() -> None:
    """A link's label opening with an interface verb (``返回X`` back to X, ``查看X``, ``点击X``) after a byline's
    names is no name, though shaped like one."""
    assert split_names("张三 返回首页 查看原文 点击这里") == ["张三"]
    assert split_names("余毅菁 向雪妮 返回富达，查看更多") == ["余毅菁", "向雪妮"]
