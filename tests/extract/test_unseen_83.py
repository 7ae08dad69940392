"""An eighty-third audit on an English news page outside the dev set, and what newsmend reads on it.

The page is a saved page from postlight/parser's ``fixtures/``, read in 16,000-character pieces and transcribed (its
text kept as the page writes it, character references included), in ``tests/fixtures/pages/unseen-en41/``:

- postlight/parser ``fixtures/www.politico.com/1475617690069.html`` (a 2016 copy the parser's fixture writer
  serialised again, its ``<meta>`` values in ``value`` attributes): a politics site's survey story on the
  vice-presidential debate (The POLITICO Caucus), a "Latest 50" timeline of fifty teasers in the header menu, each
  with its ``<time>`` in a ``p.timestamp`` and its byline, a utility bar of teaser cards with bylines (``By Matthew
  Nussbaum and Burgess Everett``), a suggestion strip, then the story: its illustration and caption, the ``<h1>``,
  a subhead, ``footer.meta`` holding ``p.byline`` (``By Steven Shepard``, a ``rel="author"`` link) and
  ``p.timestamp`` (``<time datetime="2016-10-04T05:07-0400">``, the page's only date of the story), thirty-one
  paragraphs with a ``p.story-continued`` ``Story Continued Below`` line over an ad slot after the second, the list
  of the panel's members by state and the contributor's line, then an authors box, tags, a promo and the footer's
  notice (``politico-vp-debate-insiders-2016.html``: 39,203 characters of 136,611, the timeline cut to three
  teasers and its end box, the menus and footer link columns cut to a few entries each, the utility bar's sponsor
  and branding slots and three of its six cards cut, the suggestion strip cut to five cards, the head's icon links
  cut; the members' list cut to four of its eleven states; the story otherwise whole).

It is in no dev set (its sentences).

What newsmend read wrong, and what was fixed:

- no date: the story's ``<time>`` has no class or itemprop naming publication, and its holders (``p.timestamp``,
  ``footer.meta``, ``div.summary``) no byline class, so the marked-time reader (``html/meta.py``,
  ``_published_time``) passed it, and the page has no date metadata. A ``<time>`` whose box, its parent or
  grandparent, holds the byline's element as a child of its own is now the story's (``_beside_byline``,
  ``BESIDE_BYLINE_DEPTH``): ``2016-10-04T05:07-04:00``. The timeline's teasers hold theirs in a header box beside the
  one holding their byline, deeper, and are not read so. No dev page changes (798 pages dumped before and after).
- ``Story Continued Below`` stood in the body as its third paragraph: the sentence an ad slot's label takes on some
  templates (``Story continues below advertisement``, ``Article continues below``). As the whole line it is
  furniture now, as ``Advertisement`` is (``content/pruning.py``, ``_BOILERPLATE``). No dev page holds one; no dev
  page changes. (readability and trafilatura both keep it.)
- the author was ``Matthew Nussbaum``, ``Burgess Everett``, ``Steven Shepard``: the utility bar's last teaser card
  (``article.story-frag``), within the window of blocks read before the body, credits its own story with
  ``rel="author"`` links, which the credit reader took as the story's (``fields/evidence.py``; the story-box test,
  ``_in_story_box``, is read only after the body, and its words name no such card). A block above the headline that
  stands in an ``<article>`` element not holding the headline is a teaser card now, its credits, dates and captions
  its own story's (``_in_other_article``): ``Steven Shepard``. One dev page changes: readability-testpages cnn loses
  the caption ``GM paid $1.3 million to buy back its cool 1960s research car``, a navigation flyout's teaser card
  (``article.summary.hero > a > figcaption.nav-summary-hed``), no caption of the story (right).

Read right before: the ``<h1>`` headline (the ``<title>`` adds the site), the source, the caption with its credit as
the page writes it in one line, the notice, and the body from the lead to the contributor's line, the empty related
asides, the authors box, the tags, the promo and the footer out. trafilatura reads the date ``2016-04-10`` (month
and day swapped from the teasers' ``10/04/16``) and the author ``Burgess Everett`` (a teaser's).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend

POLITICO = "unseen-en41/politico-vp-debate-insiders-2016.html"

GUARDS = [
    # The headline, the story's own byline (no teaser card's), the time beside it, the thirty-five paragraphs; the
    # timeline, the menus, the cards, the ad slot's line, the authors box, the tags and the promo out.
    Guard(
        POLITICO,
        "Insiders: Trump will sink Pence in VP debate",
        ["Steven Shepard"],
        "2016-10-04T05:07",
        "Tim Kaine isn’t Mike Pence’s only opponent Tuesday night",
        "Kristen Hayford contributed to this report.",
        (
            "Latest 50",
            "Clinton camp responds",
            "Hours until the VP debate",
            "Kaine bests Pence",
            "Story Continued Below",
            "Share on Facebook",
            "Authors:",
            "SShepard@politico.com",
            "This story tagged under",
            "Show Comments",
            "In the archive",
            "Terms of Service",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_survey_story_fields() -> None:
    """Title, date beside the byline, source, caption, notice, and the body's two ends without the ad slot's line,
    the members' list, the authors box and the tags."""
    article = extract_page(POLITICO)
    assert article.title == "Insiders: Trump will sink Pence in VP debate"
    assert article.date == "2016-10-04T05:07-04:00"
    assert article.source == "POLITICO"
    assert article.author == ["Steven Shepard"]
    assert article.captions == [
        "“Pence will have to defend Trump and his year-plus of inflammatory comments,” a New Hampshire Republican "
        "told POLITICO. | Illustration by POLITICO / AP Photo"
    ]
    assert article.copyright == "© 2016 POLITICO LLC"
    paragraphs = article.paragraphs
    assert len(paragraphs) == 35
    assert paragraphs[0].startswith("Tim Kaine isn’t Mike Pence’s only opponent Tuesday night")
    assert paragraphs[2].startswith("Virtually all Democratic insiders surveyed last week")
    assert paragraphs[-1] == "Kristen Hayford contributed to this report."
    assert article.body is not None
    for furniture in ("Story Continued Below", "Authors:", "SShepard@", "tagged under", "Show Comments", "Latest 50"):
        assert furniture not in article.body


def _story(meta_box: str, before: str = "", middle: str = "") -> bytes:
    """A small story page with ``before`` above it (a teaser list), ``meta_box`` under its headline and ``middle``
    between its third and fourth paragraphs."""
    line = "<p>The city council debated item {} of the harbour plan at length on Monday night.</p>"
    text = "".join(line.format(n) for n in range(3)) + middle + "".join(line.format(n) for n in range(3, 6))
    return (
        f"<html><head><title>Harbour plan debated</title></head><body>{before}<article><h1>Harbour plan debated</h1>"
        f"{meta_box}{text}</article></body></html>"
    ).encode()


def test_time_beside_the_byline_dates_the_story() -> None:
    """A ``<time>`` in a box that holds the byline's element beside it dates the story; a teaser's, whose byline
    sits deeper under a box of its own, does not, nor does a lone unmarked one."""
    box = (
        "<footer class='meta'><p class='byline'>By Jane Roe</p><p class='timestamp'>"
        "<time datetime='2016-10-04T05:07-0400'>10/04/16 05:07 AM EDT</time></p></footer>"
    )
    assert newsmend.extract(_story(box)).date == "2016-10-04T05:07-04:00"
    teaser = (
        "<div class='summary'><header><p class='timestamp'><time datetime='2016-10-03T17:29-0400'>10/03/16</time>"
        "</p><h4><a href='/other'>Another story</a></h4></header><footer class='meta'><p class='byline'>By John Doe"
        "</p></footer></div>"
    )
    assert newsmend.extract(_story("<p class='byline'>By Jane Roe</p>", teaser)).date is None
    lone = "<p>By Jane Roe</p><div><time datetime='2016-10-04T05:07-0400'>10/04/16</time></div>"
    assert newsmend.extract(_story(lone)).date is None


def test_story_continued_below_line_leaves_the_body() -> None:
    """The ad slot's label written as a sentence, as the whole line, is furniture; a sentence that says more stays."""
    slot = "<p>{}</p><div class='ad-slot'></div>"
    for label in ("Story Continued Below", "Story continues below advertisement", "Article continues below"):
        article = newsmend.extract(_story("", middle=slot.format(label)))
        assert len(article.paragraphs) == 6
        assert label not in (article.body or "")
    said = "The story continued below the surface of the harbour for years, the council heard on Monday."
    assert said in newsmend.extract(_story("", middle=f"<p>{said}</p>")).paragraphs


def test_teaser_card_above_the_headline_credits_its_own_story() -> None:
    """A byline in an ``<article>`` card above the story's headline is the card's; the story's own byline above its
    headline inside the story's ``<article>`` still counts."""
    card = (
        "<article class='story-frag'><h3><a href='/other'>Another story</a></h3><p class='byline'>By <a rel='author' "
        "href='/staff/john-doe'>John Doe</a></p></article>"
    )
    page = (
        f"<html><head><title>Harbour plan debated</title></head><body>{card}<article class='story-main'>"
        "<p class='byline'>By <a rel='author' href='/staff/jane-roe'>Jane Roe</a></p><h1>Harbour plan debated</h1>"
        + "".join(f"<p>The city council debated item {n} of the harbour plan at length on Monday night.</p>"
                  for n in range(6))
        + "</article></body></html>"
    )
    assert newsmend.extract(page.encode()).author == ["Jane Roe"]
