"""A ninety-first audit on news pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from other extractors' test data, read in 16,000-character pieces and transcribed trimmed
(their text kept as the pages write it, character references included); no whole copy was written out (so newsmend
never read a whole page): each reading was checked against the whole page as read in pieces, the cuts holding no line
of the text, headline, byline or footer notice, and the parts cut are named below:

- goose3/goose3 ``tests/data/content/test_time2.html``: a 2011 news magazine's blog post (Jared T. Miller on the crack
  the East Coast earthquake left in the Washington Monument, TIME's NewsFeed on WordPress.com VIP), the magazine's
  menus, a search box, a ``Trending Now`` row of five, a topic label and a Facebook box, the ``<h1>``, a meta box of
  two ``<h4>`` headings (``By:`` and the writer's link; ``Topics:`` and eight tag links), the lead picture and its
  credit as ``p#caption``, eight paragraphs (two of them in-text promos, ``(MORE: <a>…</a>)`` and ``PHOTOS:
  <a>…</a>``), share tools, a ``Read Other Related Stories About This:`` list of three other outlets' stories, and,
  still inside the post's ``div.hentry``, a ``The Latest on NewsFeed`` box of three posts marked up as the story is
  (``div.post.hentry`` with a linked ``<h1>`` over a ``div.entry``: a teaser, a partner box of four links and a quote
  post under its linked ``quotes`` label), a Disqus box, a sidebar (``Most Read`` three, a tweet box, follow links,
  ``Most Popular`` in three tabs, ``More on Time.com`` three, a newsletter form) and the footer with ``© 2011 Time
  Inc. All rights reserved`` (``time-washington-monument-crack-2011.html`` in
  ``tests/fixtures/pages/unseen-en46/``: 45,513 characters of 74,599, the scripts but the analytics lines naming
  the stamp and the writer, the share menu's other services and the most-popular tabs past five cut; the rest
  whole).

None is in any dev set (their sentences).

What newsmend read wrong, and what was fixed:

- the post's text ran on into the ``The Latest on NewsFeed`` box: its heading, the teaser's one sentence and the quote
  post (trafilatura stops at the text's end, readability runs on as newsmend did). The growth stage took the box's
  posts for the replies of a thread, their text elements (``div.entry``) of the story's own kind: teaser cards'
  lines, each under a headline linking away, are no posts unless the story too stands under such a heading (an
  author's linked name over every post), and the story's nearest heading was its ``Topics:`` line of eight tag links,
  read as a linked headline. A heading holding more links to other pages than a headline makes (its title, or a
  kicker and its title: :data:`~newsmend.content.growth.HEADLINE_MAX_LINKS`) is no headline now
  (``content/growth.py``, ``_links_away``): the text is the post's six paragraphs (the two promo lines, a linked
  title each, go as links do). 0 of 798 dev pages change.

Read right before and left as found: the title without the blog's name, the writer, the day (the page prints no
date; its address and its analytics line give it), the magazine's name as source, the credit as caption, the notice.
The related list reads the partner box's links, the ``Most Read`` three and the sidebar's tabs, not the ``Read Other
Related Stories`` list, whose items each link the other outlet after the headline (``(<a>CBS News</a>)``: two links).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend

TIME = "unseen-en46/time-washington-monument-crack-2011.html"

GUARDS = [
    # The blog post: its headline, the writer, the day, the lead to the last paragraph; the promo lines, the caption,
    # the tags, the share tools, the related list, the latest posts' box, the comments, the sidebar and the footer out.
    Guard(
        TIME,
        "Washington Monument Closes to Repair Earthquake-Induced Crack",
        ["Jared T. Miller"],
        "2011-08-24",
        "Despite what the jeers of jaded Californians might suggest, toppled lawn chairs",
        "fell from the central tower onto its roof.",
        (
            "Trending Now",
            "Topics:",
            "Mandel Ngan",
            "MORE:",
            "PHOTOS:",
            "Tweet",
            "Read Other Related Stories",
            "The Latest on NewsFeed",
            "albeit totally expected",
            "Dolphin With Prosthetic Tail",
            "TYLER MCCLOSKEY",
            "Disqus",
            "Most Read",
            "All rights reserved",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_blog_post_fields() -> None:
    """The magazine's name and notice, the credit as caption, six paragraphs."""
    article = extract_page(TIME)
    assert article.source == "TIME"
    assert article.copyright == "© 2011 Time Inc. All rights reserved"
    assert article.captions == ["Mandel Ngan / AFP / Getty Images"]
    assert len(article.paragraphs) == 6


_SENTENCE = "The city council met on Monday and, after a long debate, voted on next year's budget by a wide margin."


def test_a_heading_of_tag_links_is_no_headline_over_the_text() -> None:
    """A post's ``Topics:`` heading of several tag links over its text is no linked headline: the cards of other
    posts in a box below, each under its linked headline and of the text's own markup, are no thread's replies."""
    text = "".join(f"<p>Paragraph {i}: {_SENTENCE}</p>" for i in range(3))
    tags = "".join(f'<a href="/tag/{tag}/">{tag}</a>, ' for tag in ("budget", "council", "city"))
    card = '<div class="post hentry"><h1><a href="/2011/08/24/{}/">{}</a></h1><div class="entry"><p>{}</p></div></div>'
    leads = [
        "The mayor signed the long-awaited parks bill on Tuesday, ending a two-year fight over the plan for new parks.",
        "The main library reopened its doors on Wednesday after a year of repairs to its roof and its stairs.",
    ]
    cards = card.format("mayor-signs-bill", "Mayor Signs the Parks Bill Into Law", leads[0]) + card.format(
        "library-reopens", "Library Reopens After a Year of Repairs", leads[1]
    )
    page = (
        "<html><head><title>Council passes budget</title><meta property='og:type' content='article'></head><body>"
        "<div id='content'><div class='post hentry'><h1>Council passes budget</h1>"
        f"<div class='meta'><h4>By: <a href='/author/jane/'>Jane Doe</a></h4><h4>Topics: {tags}</h4></div>"
        f"<div class='entry'>{text}</div><div id='more'><h2>The Latest News</h2>{cards}</div></div></div></body></html>"
    )
    paragraphs = newsmend.extract(page.encode()).paragraphs
    assert paragraphs == [f"Paragraph {i}: {_SENTENCE}" for i in range(3)]
