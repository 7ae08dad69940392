"""A sixty-eighth audit on English news pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from codelucas/newspaper's ``tests/data/html/`` (2013–2016 copies), read in
16,000-character pieces and trimmed of their scripts, ad slots, tracking tags and most menu and sidebar items (their
text kept as the page writes it), in ``tests/fixtures/pages/unseen-en35/``:

- codelucas/newspaper ``tests/data/html/space.com1.html``: a 2014 space news site's reference feature on Mars, the
  headline in an ``<h1>`` under a ``Reference:`` label, the byline and date in one line (``by Charles Q.  Choi,
  Space.com Contributor | November 04, 2014 09:00pm ET``; ``parsely-page`` JSON names the writer and
  ``2014-11-04 at 21:00:00PM EST``), share counters, the lead picture in a floated table with its caption, a
  ``Credit: NASA/ESA`` line and a ``View full size image`` link, the text in ``div.content`` under ``<h2>``
  subheadings and bold run-in heads, two of the site's store's product boxes (``Space.com Exclusive T-shirt.
  Available to Populate Mars. Buy Now`` / ``Credit: Space.com Store``) and an infographic with its caption and
  credit among the paragraphs, two video players, a closing list of ``Additional resources`` and three lists of
  links to the site's own reference pages (``Related:``, ``Also see:``, ``Learn more about each of the primary
  planets:``), an author bio, a comment box, a ``Latest on …`` sidebar and a footer closed by ``Copyright © 2014
  All Rights Reserved.`` (``space-mars-facts-2014.html``: the player and ad scripts cut, the sidebar cut to five of
  its twenty stories, the share and follow buttons to two).

Not in the dev set (by its sentences; the page tried first, talkingpointsmemo.com1.html, is a saved server error,
no article).

On the Mars feature the title, the writer (the byline's ``Charles Q.  Choi`` with its double space closed), the
date (the byline's 09:00pm, as ``parsely-page`` states it; no zone), the outlet and the text's end (the
``Additional resources`` list closing it; the ``Related:`` and ``Also see:`` links read as the related stories, the
planets list out) were read right; the label, the share counters, the bio, the sidebar and the footer stay out.
trafilatura reads the same ends (its text opens with the lead caption too, and it keeps the three link lists'
headings), readability the same start and the ``Additional resources`` list. No notice: the footer's ``Copyright ©
2014 All Rights Reserved.`` names no holder, and a notice naming none is no field (``fields.evidence
._states_rights``). Left as found: the lead picture's caption opens the text and the credit lines stay as the page
writes them, in a table and in ``div``s of the text's element with no caption markup (captions written in the
running text are listed and kept in place; trafilatura keeps both too); the two store boxes stay in the text
(trafilatura drops them: their boxes are ``div.article_img_right`` three levels over the line, and a picture box
is read from the line's own element or its parent alone, ``fields.evidence._in_picture_box``).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

GUARDS = [
    # Read right but the captions kept in place: the writer from the byline, the byline's time, the lead caption
    # first (as trafilatura) and the resources list last; the label, the share bar, the full-size links, the bio,
    # the related links, the sidebar and the footer out.
    Guard(
        "unseen-en35/space-mars-facts-2014.html",
        "Mars Facts: Life, Water and Robots on the Red Planet",
        ["Charles Q. Choi"],
        "2014-11-04T21:00",
        "NASA's Hubble Space Telescope snapped this shot of Mars on Aug. 26, 2003",
        "Learn more about Mars at NASA's Solar System Exploration website.",
        (
            "Reference:",
            "TRENDING",
            "Space.com Contributor",
            "View full size image",
            "How Big is Mars?",
            "Learn more about each of the primary planets",
            "AUTHOR BIO",
            "Latest on Mars Facts",
            "Partial Solar Eclipse",
            "Company Info",
            "All Rights Reserved",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_reference_links_read_as_related_and_no_holderless_notice() -> None:
    """The feature's ``Related:`` and ``Also see:`` lists of the site's own reference pages are its related stories,
    in the page's order; the outlet is the site's name; the footer's notice names no holder and gives no field."""
    article = extract_page("unseen-en35/space-mars-facts-2014.html")
    assert [story.title for story in article.related][:2] == ["How Big is Mars?", "How Far Away is Mars?"]
    assert "Solar System Facts" in [story.title for story in article.related]
    assert article.source == "Space.com"
    assert article.copyright is None
