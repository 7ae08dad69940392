"""A second audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh2/``) are saved pages from other extractors' demo folders, trimmed of
scripts, styles, ad slots and, on the blog, of some of the article's paragraphs and sidebar items:
amumu-dev/cx-extractor ``demo/Perl/html/``: a 2009 WordPress blog post (``blog-alipay.html``), a 2009 politics
story of a national daily's site (``people-2009.html``, GB2312), an IT site's republished story
(``kuqin-2009.html``, GB2312) and a 2009 portal entertainment story (``sina-ent-2009.html``, GB2312). The
Taiwanese agency story comes from the first audit's fixtures. Each test states the mechanism the page showed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsmend
from newsmend.article import Article
from newsmend.fields.dates import parse_date

PAGES = Path(__file__).parent.parent / "fixtures" / "pages"


def _extract(name: str) -> Article:
    return newsmend.extract((PAGES / name).read_bytes())


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("十一月 6th, 2009", "2009-11-06"),
        ("十二月 19, 2008", "2008-12-19"),
        ("一月 3rd, 2020 at 12:02", "2020-01-03T12:02"),
        ("2009年十一月", None),  # a month's archive link: no day, no date
    ],
)
def test_wordpress_chinese_locale_dates(text: str, iso: str | None) -> None:
    """WordPress's Chinese locales write the month's name and keep PHP's English day suffix and order."""
    assert parse_date(text) == iso


def test_blog_date_beside_a_category_link() -> None:
    """``<a href=".../category/misc">其它内容</a> 十一月 6th, 2009`` under the post's title: the date is read and
    the category's name, standing where news pages print the outlet, is no source."""
    article = _extract("unseen-zh2/blog-alipay.html")
    assert article.title == "阿里巴巴：制造孤独的CEO"
    assert str(article.date) == "2009-11-06"
    assert article.source is None
    assert article.author == ["林涛"]
