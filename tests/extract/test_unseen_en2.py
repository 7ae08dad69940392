"""English and other European news pages from outside the dev set (second audit), and what newsmend reads on them.

The pages come from Postlight Parser's test fixtures (``fixtures/<site>/<time>.html`` of postlight/parser, bundled
in ``tests/fixtures/pages/unseen-en2/`` without scripts, styles, SVG paths and most of their menus' items; the
fixtures write a ``<meta>``'s value as ``value=``, the pages as served wrote ``content=``, as here). Each test
states the mechanism the page showed, so that it holds on other sites too.
"""

from __future__ import annotations

from pathlib import Path

import newsmend

PAGES = Path(__file__).parent.parent / "fixtures" / "pages" / "unseen-en2"


def _extract(name: str) -> newsmend.Article:
    return newsmend.extract((PAGES / name).read_bytes())


def test_registration_wall_laid_over_the_text_is_no_text() -> None:
    """A magazine (Prospect, ``fixtures/www.prospectmagazine.co.uk``) ends its free excerpt with a registration
    wall inside the post's element (``div.subscribe_overlay``: "You have now reached your allowance of 3 free
    articles…", six paragraphs, a quarter of the text): an element laid over the page is no text, whatever its
    share."""
    article = _extract("postlight-prospect.html")
    assert article.title == "The Anglosphere: new enthusiasm for an old dream"
    assert article.author == ["Duncan Bell"]
    assert article.body.startswith("Theresa May’s government is frantically trying to square all sorts of circles")
    assert article.body.endswith("round which peace, co-operation and democracy can develop.”")
    assert "free articles" not in article.body
    assert "unsubscribe" not in article.body
